//! Finds and reads the numbers, dates, times and codes in Bengali minutes text.
//!
//! (Being built: see issue 2.)

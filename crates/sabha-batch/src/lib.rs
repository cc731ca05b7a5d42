//! Converts whole archives of minutes: walks files, directories and zip archives,
//! runs every document through ingestion and the normalizer in parallel, and
//! streams one record per document in input order.
//!
//! (Being built: see issue 6.)

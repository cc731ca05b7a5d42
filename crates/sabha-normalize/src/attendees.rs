//! Attendees: the rows of attendance and member tables (a table with a name
//! column that is not a list of beneficiaries, candidates or applicants — no
//! father's name, address, amount column), with name and designation split where
//! one cell holds both, the
//! phone number in ASCII digits, the e-mail address without OCR spaces, and
//! the committee role where the table has a column for it.

use sabha_doc::{ColumnRole, Row, Table};
use sabha_record::Attendee;

use crate::grid::Grid;
use crate::person;
use crate::text::{clean, header_value, strip_enclosing_parens};
use crate::values;

/// The fewest digits a phone number has (a land line without area code).
const MIN_PHONE_DIGITS: usize = 6;

/// Where each field sits in a people table's rows.
#[derive(Debug, Clone, Copy)]
struct Layout {
    name: Option<usize>,
    name_designation: Option<usize>,
    designation: Option<usize>,
    phone: Option<usize>,
    email: Option<usize>,
    phone_email: Option<usize>,
    role: Option<usize>,
    width: usize,
}

impl Layout {
    fn of(grid: &Grid<'_>) -> Option<Layout> {
        let l = Layout {
            name: grid.column(ColumnRole::Name),
            name_designation: grid.column(ColumnRole::NameDesignation),
            designation: grid.column(ColumnRole::Designation),
            phone: grid.column(ColumnRole::Phone),
            email: grid.column(ColumnRole::Email),
            phone_email: grid.column(ColumnRole::PhoneEmail),
            role: grid.column(ColumnRole::CommitteeRole),
            width: grid.roles.len(),
        };
        (l.name.is_some() || l.name_designation.is_some()).then_some(l).filter(|_| !grid.lists_other_people())
    }
}

/// Every attendee of every people table, in order. A header-less table of the
/// same width right after a people table continues it.
pub(crate) fn read(tables: &[(usize, &Table)]) -> Vec<Attendee> {
    let mut out = Vec::new();
    let mut previous: Option<(usize, Layout)> = None;
    for &(block, table) in tables {
        let grid = Grid::of(table);
        let own = Layout::of(&grid);
        let continued = own.is_none()
            && table.columns.iter().all(|c| c.role == ColumnRole::Unknown)
            && previous.is_some_and(|(b, l)| b + 1 == block && l.width == table.columns.len());
        let Some(layout) = own.or(if continued { previous.map(|(_, l)| l) } else { None }) else {
            previous = None;
            continue;
        };
        let rows: Vec<&Row> = if continued {
            table.header.iter().chain(table.rows.iter()).collect()
        } else {
            grid.rows.iter().collect()
        };
        out.extend(rows.into_iter().filter_map(|r| attendee(r, &layout)));
        previous = Some((block, layout));
    }
    out
}

fn attendee(row: &Row, layout: &Layout) -> Option<Attendee> {
    let cell =
        |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map(|c| clean(&c.text)).filter(|t| !t.is_empty());
    let (name, designation) = match (cell(layout.name), cell(layout.name_designation)) {
        (Some(n), _) => (
            Some(header_value(strip_enclosing_parens(&n))),
            cell(layout.designation).map(|d| header_value(&d)),
        ),
        (None, Some(both)) => {
            let nd = person::split(&both);
            (nd.name, nd.designation.or_else(|| cell(layout.designation).map(|d| header_value(&d))))
        }
        (None, None) => return None,
    };
    if name.is_none() && designation.is_none() {
        return None;
    }
    let mut contact = String::new();
    for i in [layout.phone, layout.email, layout.phone_email] {
        if let Some(t) = cell(i).filter(|t| !contact.contains(t.as_str())) {
            contact.push_str(&t);
            contact.push(' ');
        }
    }
    let (phone, email) = contact_of(&contact);
    Some(Attendee {
        name,
        designation: designation.filter(|d| !d.is_empty()),
        phone,
        email,
        role: cell(layout.role).map(|r| header_value(&r)).filter(|r| !r.is_empty()),
        span: Some(row.span),
    })
}

/// The phone number (ASCII digits only) and the e-mail address in a contact
/// cell; OCR spaces inside the number and around `@` are removed.
fn contact_of(text: &str) -> (Option<String>, Option<String>) {
    let joined = join_at_sign(text);
    let emails = values::emails(&joined);
    let email = emails.first().map(|e| e.raw.trim().to_string());
    let mut rest = joined.clone();
    for e in emails.iter().rev() {
        rest.replace_range(e.start..e.end, " / ");
    }
    let phone = rest
        .split(['/', ',', ';'])
        .map(|part| values::ascii_digits(part).chars().filter(char::is_ascii_digit).collect::<String>())
        .find(|d| d.len() >= MIN_PHONE_DIGITS);
    (phone, email)
}

/// `name @gmail.com` → `name@gmail.com`.
fn join_at_sign(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && chars.peek() == Some(&'@') {
            continue;
        }
        out.push(c);
        if c == '@' {
            while chars.peek().is_some_and(|n| n.is_whitespace()) {
                chars.next();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{View, testdoc::doc};

    fn people(text: &str) -> Vec<Attendee> {
        let d = doc(text);
        let v = View::new(&d);
        read(&v.tables)
    }

    #[test]
    fn name_and_designation_in_one_cell_with_role() {
        let got = people(
            "|@serial:ক্রঃ নং|@namedesignation:নাম ও পদবী|@committee:কমিটিতে পদবী|@signature:স্বাক্ষর|\n|১|জনাব মোহাম্মদ মনির হোসেন উপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী|আহবায়ক||\n|২|জনাব অপু রানী নাথ সহকারী পরিদর্শক উপজেলা সমবায় কার্যালয় চাটখিল, নোয়াখালী।|সদস্য||",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].name.as_deref(), Some("জনাব মোহাম্মদ মনির হোসেন"));
        assert_eq!(got[0].designation.as_deref(), Some("উপজেলা সমবায় অফিসার, চাটখিল, নোয়াখালী"));
        assert_eq!(got[0].role.as_deref(), Some("আহবায়ক"));
        assert_eq!(got[1].designation.as_deref(), Some("সহকারী পরিদর্শক উপজেলা সমবায় কার্যালয় চাটখিল, নোয়াখালী"));
        assert_eq!((got[0].phone.clone(), got[0].email.clone()), (None, None));
    }

    #[test]
    fn empty_numbered_rows_are_skipped() {
        let got = people(
            "|@serial:ক্র. নং|@namedesignation:কর্মকর্তার নাম, পদবি ও কর্মস্থল|@phoneemail:মোবাইল ও ই-মেইল নম্বর|@signature:স্বাক্ষর|\n|৬.|কাজী মোহাম্মদ হাফিজুল উপসচিব, আইন - ১ জনস্বাস্থ্য সঞ্চালনা|০১৭১৬০৭৭৩৭১ Kazimolammedchahil @gmail.com|28/06/2022|\n|৭.||||\n|৮.||||",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].phone.as_deref(), Some("01716077371"));
        assert_eq!(got[0].role, None);
    }

    #[test]
    fn phone_digits_without_ocr_spaces_and_hyphens() {
        assert_eq!(contact_of("০১৭১৭-১৩৬৮৬ ৯").0.as_deref(), Some("01717136869"));
        assert_eq!(contact_of("০১৭১১২১৫০৭").0.as_deref(), Some("0171121507"));
        assert_eq!(contact_of("").0, None);
        assert_eq!(join_at_sign("Kazimolammedchahil @gmail.com"), "Kazimolammedchahil@gmail.com");
        assert_eq!(join_at_sign("a @ b.com"), "a@b.com");
    }

    #[test]
    fn separate_name_and_designation_columns() {
        let got = people(
            "|@serial:ক্রম|@name:নাম|@designation:পদবি|@phone:মোবাইল|\n|১|(মোঃ আবদুল করিম)|জেলা প্রশাসক, নাটোর।|০১৭১১-০০০০০০|",
        );
        assert_eq!(got[0].name.as_deref(), Some("মোঃ আবদুল করিম"));
        assert_eq!(got[0].designation.as_deref(), Some("জেলা প্রশাসক, নাটোর"));
        assert_eq!(got[0].phone.as_deref(), Some("01711000000"));
    }

    #[test]
    fn tables_without_a_name_column_are_not_people() {
        assert!(people("|@serial:ক্রম|@decision:সিদ্ধান্ত|\n|১|কাজ।|").is_empty());
    }
}

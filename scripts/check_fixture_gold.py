#!/usr/bin/env python3
"""Validate the gold records of the extra fixtures: fixtures/gold/<stem>.json for every
document fixtures/docs/<stem>.<ext> (.txt, .md, .html, .docx).

Usage: python3 scripts/check_fixture_gold.py              (every document in fixtures/docs)
       python3 scripts/check_fixture_gold.py x01 x07      (stems starting with these)
       python3 scripts/check_fixture_gold.py --seeds      (also the seeds 000-004 against
                                                           their gold, as a cross-check of
                                                           this script's rules)
       python3 scripts/check_fixture_gold.py --vectors    (also run this script's date and
                                                           time readers over fixtures/vectors)

The rules are those of fixtures/gold/README.md plus the additions listed in
fixtures/docs/README.md. Checks, per document:
  * the gold file is one JSON object with exactly the judged top-level keys in
    contract order, and the contract shapes (meeting keys, decision keys, attendee
    keys incl. `role`, date objects {raw, iso, calendar}, time {raw, hh_mm});
  * every text value is clean (NFC, no tags, no `**`/leading `#`, white space folded,
    trimmed, never "") and occurs verbatim in the document's text (for .txt also in
    its space-aligned columns read downwards, see column_streams) normalized as the gold
    README says (NFC, Assamese ৰ/ৱ -> র/ব, HTML tags removed and entities decoded,
    `**` and heading `#` removed, white-space runs folded, trimmed). DOCX text is the
    body in order: paragraphs one per line, table rows one per line, cells TAB-separated;
  * ASCII-only normalized values: `iso` YYYY-MM-DD and a real day, `hh_mm` HH:MM,
    `memo.number` = raw with ASCII digits and no white space (letters kept), phone ASCII digits found in
    the document, e-mail found in the document;
  * every `iso` is recomputed from `raw`: Gregorian forms (d month y, ordinal days ১লা
    ২রা ৪ঠা ৫ই ২১শে, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, era words খ্রিঃ খ্রি. ইং
    খ্রিস্টাব্দ); বঙ্গাব্দ dates by the Bangladesh calendar (1987 rule up to 30 আশ্বিন
    1426, the 2019 revision from 31 আশ্বিন 1426 = 2019-10-16; 1 বৈশাখ = 14 April);
    a day and month without a year (`৩০ জুন`) in a deadline takes the meeting's year, or
    the next year when that day would fall before the meeting date; a relative deadline
    (`১৫ দিনের মধ্যে`) must have iso and calendar null;
  * `hh_mm` recomputed from `raw` by the day-part table of fixtures/vectors/README.md
    (সকাল, বেলা, দুপুর, বিকাল/বিকেল, সন্ধ্যা, রাত; সাড়ে/সোয়া/পৌনে);
  * decisions indexed 1..n; labels without brackets/punctuation (a resolution number
    may end in a bracket opened inside it, `৪১২/০২(ক)`); responsible items
    without numbering or trailing `।`; deadline raws inside the decision text (or, for a
    deadline column, inside the document); distribution items without list markers
    (`১.` `১)` `(১)` `০১.` `- ১।` `ক)`) or trailing `;` `।`; designations without
    trailing `।` `,`; title without trailing `।` `:`; issuer without a web address;
  * warnings: `issued_dates_disagree` exactly when the issued dates name different
    days; one `percentage_over_100` per percentage above 100 in the document;
  * every document has a gold file and a line in fixtures/docs/README.md.
Exit status 0 when every document passes. Needs only the Python standard library.
"""
import datetime
import glob
import html
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'fixtures', 'docs')
GOLD = os.path.join(ROOT, 'fixtures', 'gold')
DOC_EXTS = ('.txt', '.md', '.html', '.htm', '.docx')

TOP_KEYS = ['schema_version', 'status', 'title', 'issuer', 'meeting', 'decisions', 'memo',
            'issued', 'signatories', 'distribution', 'attendees', 'warnings']
MEETING_KEYS = ['chair', 'date', 'time', 'venue', 'attendance']
DECISION_KEYS = ['index', 'label', 'topic', 'discussion', 'decision', 'responsible', 'deadlines']
ATTENDEE_KEYS = ['name', 'designation', 'phone', 'email', 'role']
WARNING_CODES = {'issued_dates_disagree', 'percentage_over_100', 'table_row_missing_cells',
                 'month_read_by_closeness'}

BN_DIGITS = '০১২৩৪৫৬৭৮৯'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def bn2ascii(s):
    return s.translate(str.maketrans(BN_DIGITS, '0123456789'))


def norm(s):
    """The gold README's normalization of a document (and of every text value)."""
    s = nfc(s)
    s = s.replace('\u09f0', '\u09b0').replace('\u09f1', '\u09ac')
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s).replace('\u00a0', ' ')
    s = s.replace('**', '')
    s = re.sub(r'(?m)^[ \t]*#+[ \t]*', '', s)
    s = re.sub(r'(?m)(?<!\\)\\[ \t]*$', '', s)  # a pandoc hard line break
    s = re.sub(r'\s+', ' ', s)
    return s.strip()


# -- document text -------------------------------------------------------------

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def _para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + 't' and el.text:
            out.append(el.text)
        elif el.tag == W + 'tab':
            out.append('\t')
        elif el.tag in (W + 'br', W + 'cr'):
            out.append('\n')
    return ''.join(out)


def docx_text(path):
    """Body text of a .docx in document order: paragraphs one a line, table rows one
    a line with cells TAB-separated (nested tables flattened into their cell)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    body = root.find(W + 'body')
    lines = []

    def cell_text(tc):
        return ' '.join(_para_text(p) for p in tc.iter(W + 'p'))

    for child in body:
        if child.tag == W + 'p':
            lines.append(_para_text(child))
        elif child.tag == W + 'tbl':
            for tr in child.findall(W + 'tr'):
                lines.append('\t'.join(cell_text(tc) for tc in tr.findall(W + 'tc')))
            lines.append('')
    return '\n'.join(lines)


GRID_JUNCTIONS = '+\u250c-\u254b\u2552-\u256c'
GRID_BORDER = re.compile('^\\s*[' + GRID_JUNCTIONS + '][-=:' + GRID_JUNCTIONS + '─━═┄┅┈┉╌╍]*'
                         '[-=─━═┄┅┈┉╌╍][-=:' + GRID_JUNCTIONS + '─━═┄┅┈┉╌╍]*[' + GRID_JUNCTIONS + ']\\s*$')
GRID_WALLS = '|│┃║┆┇┊┋╎╏'
# `│ ১    ├──────┤`: a rule under some columns only (the others merged down).
GRID_PARTIAL_RULE = re.compile('^\\s*[' + GRID_JUNCTIONS + GRID_WALLS.replace('|', '\\|') + '].*['
                               + GRID_JUNCTIONS + '].*[-=─━═]{2}.*[' + GRID_JUNCTIONS + GRID_WALLS.replace('|', '\\|')
                               + ']\\s*$')


def flatten_grid_tables(text):
    """Pandoc grid tables (`+---+` borders, `|` walls) and box-drawing tables (`┌─┬─┐`,
    `│`, `║`, mixed with `+`/`|`; partial rules `│ ১ ├───┤` end a row too) with each
    row's cells joined over its lines: a cell
    wrapped over lines reads as one text, as a table reader gives it. Other lines stay
    as they are."""
    out, row, in_grid = [], [], False
    walls = str.maketrans({w: '|' for w in GRID_WALLS})

    def flush():
        if row:
            cols = max(len(r) for r in row)
            cells = [' '.join(r[k].strip() for r in row if k < len(r) and r[k].strip()) for k in range(cols)]
            out.append('\t'.join(cells))
            row.clear()

    for line in text.split('\n'):
        t = line.strip().translate(walls)
        if GRID_BORDER.match(line) or (in_grid and GRID_PARTIAL_RULE.match(line)):
            flush()
            in_grid = True
        elif in_grid and t.startswith('|') and t.endswith('|') and len(t) > 1:
            row.append(t[1:-1].split('|'))
        else:
            flush()
            in_grid = False
            out.append(line)
    flush()
    return '\n'.join(out)


EXCEL_MAX_LINES = 16


def flatten_excel_quotes(text):
    """Excel "Text (Tab delimited)" cells holding line breaks: a field that opens
    with `"` at a line start or after a TAB and closes with `"` before a TAB or the
    line end, within 16 lines and before a blank line, is one cell on one line, its
    lines joined with a space and `""` read as `"`. A one-line field is unquoted only
    when it holds `""`. Other quotes are text (as the table reader does)."""
    lines = text.split('\n')
    out, i = [], 0
    while i < len(lines):
        fields, j, rest = [], i, lines[i]
        while True:
            quoted = _excel_quoted(lines, j, rest[1:]) if rest.startswith('"') else None
            if quoted:
                field, j, rest = quoted
            else:
                cut = rest.find('\t')
                field, rest = (rest, '') if cut < 0 else (rest[:cut], rest[cut:])
            fields.append(field)
            if not rest.startswith('\t'):
                break
            rest = rest[1:]
        out.append('\t'.join(fields))
        i = j + 1
    return '\n'.join(out)


def _excel_quoted(lines, index, after):
    parts, doubled, line = [], False, after
    for end in range(index, min(index + EXCEL_MAX_LINES, len(lines))):
        if end > index:
            line = lines[end]
            if not line.strip():
                return None
            parts.append(' ')
        k = 0
        while True:
            at = line.find('"', k)
            if at < 0:
                parts.append(line[k:])
                break
            parts.append(line[k:at])
            tail = line[at + 1:]
            if tail.startswith('"'):
                parts.append('"')
                doubled = True
                k = at + 2
            elif tail == '' or tail.startswith('\t'):
                return (''.join(parts), end, tail) if end > index or doubled else None
            else:
                return None
    return None


def document_text(path):
    if path.endswith('.docx'):
        return docx_text(path)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    return flatten_excel_quotes(flatten_grid_tables(text))


COLUMN_GAP = re.compile(r'\S+(?: \S+)*')


def column_streams(text):
    """The cells of space-aligned tables (`pdftotext -layout`) read down their columns:
    a cell wrapped over several lines is verbatim only when its pieces are joined.
    Segments (text between runs of two or more spaces) are grouped by start column,
    starts within two characters of each other counting as one column, and each
    column's segments are joined in line order. A line printed before (a table header
    repeated after a page break) is left out."""
    segments = []
    seen = set()
    for line in text.replace('\f', ' ').split('\n'):
        if line.strip() in seen:
            continue
        seen.add(line.strip())
        found = [(m.start(), m.group()) for m in COLUMN_GAP.finditer(line)]
        if len(found) >= 2 or (found and found[0][0] > 0):
            segments.append(found)
    starts = sorted({start for line in segments for start, _ in line})
    column_of = {}
    column = -1
    previous = None
    for start in starts:
        if previous is None or start - previous > 2:
            column += 1
        column_of[start] = column
        previous = start
    streams = {}
    for line in segments:
        for start, seg in line:
            streams.setdefault(column_of[start], []).append(seg)
    return '\n'.join(' '.join(parts) for _, parts in sorted(streams.items()))


# -- dates and times -----------------------------------------------------------

GREG_MONTHS = {nfc(k): v for k, v in {
    'জানুয়ারি': 1, 'জানুয়ারী': 1, 'ফেব্রুয়ারি': 2, 'ফেব্রুয়ারী': 2, 'মার্চ': 3, 'এপ্রিল': 4,
    'মে': 5, 'জুন': 6, 'জুলাই': 7, 'আগস্ট': 8, 'আগষ্ট': 8, 'সেপ্টেম্বর': 9, 'অক্টোবর': 10,
    'নভেম্বর': 11, 'ডিসেম্বর': 12}.items()}
# OCR-garbled month names seen in the seeds, and the month they stand for (seed 001).
BANGLA_MONTH_ALIASES = {nfc('জ্যোতি'): nfc('জ্যৈষ্ঠ')}
BANGLA_MONTHS = [nfc(m) for m in ['বৈশাখ', 'জ্যৈষ্ঠ', 'আষাঢ়', 'শ্রাবণ', 'ভাদ্র', 'আশ্বিন',
                                  'কার্তিক', 'অগ্রহায়ণ', 'পৌষ', 'মাঘ', 'ফাল্গুন', 'চৈত্র']]
DAY_SUFFIX = r'(?:লা|রা|ঠা|ই|শে|শ)?'


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def bangla_to_gregorian(day, month, year):
    """Bangladesh calendar, fixtures/vectors/README.md: 1 বৈশাখ = 14 April. Up to
    30 আশ্বিন 1426 the 1987 rule (বৈশাখ-ভাদ্র 31 days, the rest 30, ফাল্গুন 31 in a
    Gregorian leap year); from 31 আশ্বিন 1426 (2019-10-16) the 2019 revision (বৈশাখ-আশ্বিন
    31, ফাল্গুন 29 or 30 in a leap year, the rest 30)."""
    gy = year + 593
    leap = is_leap(gy + 1)
    if year > 1426 or (year == 1426 and (month > 6 or (month == 6 and day == 31))):
        lengths = [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    else:
        lengths = [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    if not 1 <= day <= lengths[month - 1]:
        raise ValueError('day %d out of range for month %d of %d' % (day, month, year))
    return datetime.date(gy, 4, 14) + datetime.timedelta(days=sum(lengths[:month - 1]) + day - 1)


RELATIVE = re.compile(r'^[০-৯]+\s*(?:\([^)]*\)\s*)?(?:দিন|কার্যদিবস|কর্মদিবস|ঘণ্টা|ঘন্টা|সপ্তাহ|মাস)[^\s]*\s+মধ্যে$')


def iso_from_raw(raw, calendar, meeting_iso=None):
    """The Gregorian day a date raw names, or raises ValueError."""
    r = bn2ascii(nfc(raw))
    if calendar == 'bangla':
        m = re.search(r'(\d{1,2})' + DAY_SUFFIX + r'\s+([^\s,\d]+),?\s+(\d{4})', r)
        month = BANGLA_MONTH_ALIASES.get(m.group(2), m.group(2)) if m else None
        if month not in BANGLA_MONTHS:
            raise ValueError('no বঙ্গাব্দ day month year in %r' % raw)
        return bangla_to_gregorian(int(m.group(1)), BANGLA_MONTHS.index(month) + 1,
                                   int(m.group(3))).isoformat()
    m = re.search(r'(\d{1,2})' + DAY_SUFFIX + r'\s*([^\s,\d]+?),?\s+(\d{4})', r)
    if m and m.group(2) in GREG_MONTHS:
        return datetime.date(int(m.group(3)), GREG_MONTHS[m.group(2)], int(m.group(1))).isoformat()
    m = re.search(r'(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)', r)
    if m:
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        return datetime.date(y, int(m.group(2)), int(m.group(1))).isoformat()
    m = re.fullmatch(r'(\d{1,2})' + DAY_SUFFIX + r'\s*([^\s,\d]+)', r.strip())
    if m and m.group(2) in GREG_MONTHS and meeting_iso:
        meeting = datetime.date.fromisoformat(meeting_iso)
        d = datetime.date(meeting.year, GREG_MONTHS[m.group(2)], int(m.group(1)))
        if d < meeting:
            d = d.replace(year=meeting.year + 1)
        return d.isoformat()
    raise ValueError('cannot read %r as a Gregorian date' % raw)


DAY_PARTS = [  # word, {hour as written: 24-hour hour}
    ('ভোর', {h: h for h in range(4, 7)}),
    ('সকাল', {h: h for h in range(6, 12)}),
    ('পূর্বাহ্ন', {**{h: h for h in range(8, 12)}, 12: 12}),
    ('বেলা', {**{h: h for h in range(9, 12)}, 12: 12, **{h: h + 12 for h in range(1, 6)}}),
    ('দুপুর', {12: 12, **{h: h + 12 for h in range(1, 4)}}),
    ('অপরাহ্ন', {12: 12, **{h: h + 12 for h in range(1, 7)}}),
    ('বিকাল', {h: h + 12 for h in range(2, 7)}),
    ('বিকেল', {h: h + 12 for h in range(2, 7)}),
    ('সন্ধ্যা', {h: h + 12 for h in range(5, 9)}),
    ('রাত', {**{h: h + 12 for h in range(7, 12)}, 12: 0, 1: 1, 2: 2, 3: 3}),
]


def hh_mm_from_raw(raw):
    r = nfc(raw)
    nums = [int(x) for x in re.findall(r'\d+', bn2ascii(r))]
    if not nums:
        raise ValueError('no hour in %r' % raw)
    h, m = nums[0], (nums[1] if len(nums) > 1 else 0)
    if nfc('সাড়ে') in r:
        m = 30
    elif nfc('সোয়া') in r:
        m = 15
    elif nfc('পৌনে') in r:
        m = 45
    for word, table in DAY_PARTS:
        if word in r:
            if h not in table:
                raise ValueError('hour %d is not %s' % (h, word))
            h = table[h]
            break
    if nfc('পৌনে') in r:
        h = (h - 1) % 24
    return '%02d:%02d' % (h, m)


# -- the checker ---------------------------------------------------------------

LIST_MARKER = re.compile(r'^(?:[-–•]\s*)?(?:\(?[০-৯0-9]+\s*[।.)]|\([০-৯0-9]+\)|[ক-হ]\))\s')


class Checker:
    def __init__(self, doc_path):
        self.stem = os.path.splitext(os.path.basename(doc_path))[0]
        self.errors = []
        self.notes = []
        self.checked_texts = 0
        text = document_text(doc_path)
        self.doc = norm(text)
        # Aligned table cells are verbatim down their columns (see column_streams).
        self.columns = norm(column_streams(text)) if doc_path.endswith('.txt') else ''

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))

    def keys(self, where, obj, want):
        if not isinstance(obj, dict) or list(obj) != want:
            self.err(where, 'keys must be %s in that order, got %r' % (
                want, list(obj) if isinstance(obj, dict) else obj))
            return False
        return True

    def text(self, where, v, nullable=False):
        if v is None:
            if not nullable:
                self.err(where, 'is null but must be a string')
            return
        if not isinstance(v, str) or v == '':
            self.err(where, 'must be a non-empty string, got %r' % (v,))
            return
        if norm(v) != v:
            self.err(where, 'not clean (NFC / tags / ** / white space): %r' % v)
        self.checked_texts += 1
        if v not in self.doc and v not in self.columns:
            self.err(where, 'not found verbatim in the normalized document: %r' % v)

    def no_trailing(self, where, v, chars):
        if isinstance(v, str) and v and v[-1] in chars:
            self.err(where, 'trailing %r must be removed: %r' % (v[-1], v))

    def date(self, where, d, meeting_iso=None, relative_ok=False):
        if not isinstance(d, dict) or list(d) != ['raw', 'iso', 'calendar']:
            self.err(where, 'date must have raw, iso, calendar in order: %r' % (d,))
            return None
        self.text(where + '.raw', d['raw'])
        if d['iso'] is None or d['calendar'] is None:
            if not (relative_ok and d['iso'] is None and d['calendar'] is None
                    and RELATIVE.match(d['raw'] or '')):
                self.err(where, 'iso/calendar null is only for a relative deadline: %r' % (d,))
            return None
        if d['calendar'] not in ('gregorian', 'bangla'):
            self.err(where + '.calendar', 'must be gregorian or bangla: %r' % d['calendar'])
            return None
        iso = d['iso']
        if not isinstance(iso, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', iso):
            self.err(where + '.iso', 'not YYYY-MM-DD: %r' % (iso,))
            return None
        try:
            datetime.date.fromisoformat(iso)
            want = iso_from_raw(d['raw'], d['calendar'], meeting_iso)
        except ValueError as e:
            self.err(where, str(e))
            return None
        if want != iso:
            self.err(where + '.iso', '%s but raw %r names %s' % (iso, d['raw'], want))
        return iso

    def person(self, where, p):
        if not self.keys(where, p, ['name', 'designation']):
            return
        self.text(where + '.name', p['name'])
        if p['name'] and re.fullmatch(r'\(.*\)', p['name']):
            self.err(where + '.name', 'enclosing parentheses must be removed')
        self.text(where + '.designation', p['designation'], nullable=True)
        self.no_trailing(where + '.designation', p['designation'], '।,')

    def strlist(self, where, xs):
        if not isinstance(xs, list):
            self.err(where, 'not a list')
            return []
        for i, x in enumerate(xs):
            self.text('%s[%d]' % (where, i), x)
        return xs

    def check(self, rec):
        if not isinstance(rec, dict) or list(rec) != TOP_KEYS:
            self.err('top', 'keys must be %s, got %r' % (
                TOP_KEYS, list(rec) if isinstance(rec, dict) else rec))
            return
        if rec['schema_version'] != '1' or rec['status'] != 'ok':
            self.err('top', 'schema_version must be "1" and status "ok"')
        self.text('title', rec['title'], nullable=True)
        self.no_trailing('title', rec['title'], '।:')
        for i, x in enumerate(self.strlist('issuer', rec['issuer'])):
            if re.search(r'www\.|https?:|\.gov\.bd\b', x or ''):
                self.err('issuer[%d]' % i, 'web address in issuer: %r' % x)
            self.no_trailing('issuer[%d]' % i, x, '।')

        meeting_iso = self.meeting(rec['meeting'])
        self.decisions(rec['decisions'], meeting_iso)

        memo = rec['memo']
        if memo is not None and self.keys('memo', memo, ['raw', 'number']):
            self.text('memo.raw', memo['raw'])
            want = re.sub(r'\s+', '', bn2ascii(memo['raw'] or ''))
            # Digits are ASCII; letters of a memo like `মেকৃব/প্রকা/৪১২` stay as printed.
            if memo['number'] != want or re.search(r'[০-৯]', memo['number']):
                self.err('memo.number', '%r, expected %r' % (memo['number'], want))

        isos = []
        if not isinstance(rec['issued'], list):
            self.err('issued', 'not a list')
        else:
            for i, d in enumerate(rec['issued']):
                isos.append(self.date('issued[%d]' % i, d))

        if not isinstance(rec['signatories'], list):
            self.err('signatories', 'not a list')
        else:
            for i, p in enumerate(rec['signatories']):
                self.person('signatories[%d]' % i, p)

        for i, x in enumerate(self.strlist('distribution', rec['distribution'])):
            if LIST_MARKER.match(x or '') or re.search(r'[;।]$|\sএবং$', x or ''):
                self.err('distribution[%d]' % i, 'list marker or trailing ; । এবং left: %r' % x)

        self.attendees(rec['attendees'])
        self.warnings(rec['warnings'], [x for x in isos if x])

    def meeting(self, m):
        if not self.keys('meeting', m, MEETING_KEYS):
            return None
        if m['chair'] is not None:
            self.person('meeting.chair', m['chair'])
        meeting_iso = None
        if m['date'] is not None:
            meeting_iso = self.date('meeting.date', m['date'])
            self.no_trailing('meeting.date.raw', m['date'].get('raw'), '।')
        t = m['time']
        if t is not None and self.keys('meeting.time', t, ['raw', 'hh_mm']):
            self.text('meeting.time.raw', t['raw'])
            self.no_trailing('meeting.time.raw', t['raw'], '।')
            hm = t['hh_mm']
            if not (isinstance(hm, str) and re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d', hm)):
                self.err('meeting.time.hh_mm', 'not HH:MM: %r' % (hm,))
            else:
                try:
                    want = hh_mm_from_raw(t['raw'])
                    if want != hm:
                        self.err('meeting.time.hh_mm', '%r but raw %r reads %r' % (hm, t['raw'], want))
                except ValueError as e:
                    self.err('meeting.time', str(e))
        for k in ('venue', 'attendance'):
            self.text('meeting.' + k, m[k], nullable=True)
            self.no_trailing('meeting.' + k, m[k], '।')
        return meeting_iso

    def decisions(self, ds, meeting_iso):
        if not isinstance(ds, list):
            self.err('decisions', 'not a list')
            return
        for i, d in enumerate(ds):
            w = 'decisions[%d]' % i
            if not self.keys(w, d, DECISION_KEYS):
                continue
            if d['index'] != i + 1 or isinstance(d['index'], bool):
                self.err(w + '.index', 'expected %d, got %r' % (i + 1, d['index']))
            self.text(w + '.label', d['label'], nullable=True)
            # A resolution's own number may end in a bracket it opened (`৪১২/০২(ক)`).
            inner_bracket = re.search(r'[^\s(]\([^()]+\)$', d['label'] or '')
            if d['label'] is not None and (re.search(r'[\[\].।:]$|^[\[(]', d['label'])
                                           or d['label'].endswith(')') and not inner_bracket):
                self.err(w + '.label', 'label keeps brackets/punctuation: %r' % d['label'])
            self.text(w + '.topic', d['topic'], nullable=True)
            self.text(w + '.discussion', d['discussion'], nullable=True)
            self.text(w + '.decision', d['decision'])
            for j, r in enumerate(self.strlist(w + '.responsible', d['responsible'])):
                if LIST_MARKER.match((r or '') + ' ') or (r or '').endswith('।'):
                    self.err('%s.responsible[%d]' % (w, j), 'numbering or trailing । left: %r' % r)
            if not isinstance(d['deadlines'], list):
                self.err(w + '.deadlines', 'not a list')
                continue
            for j, dl in enumerate(d['deadlines']):
                where = '%s.deadlines[%d]' % (w, j)
                self.date(where, dl, meeting_iso, relative_ok=True)
                raw = dl.get('raw') if isinstance(dl, dict) else None
                if isinstance(raw, str) and raw not in (d['decision'] or ''):
                    self.notes.append('%s: %r is not in the decision text (deadline column)'
                                      % (where, raw))

    def attendees(self, att):
        if not isinstance(att, list):
            self.err('attendees', 'not a list')
            return
        flat = re.sub(r'[\s\-]', '', bn2ascii(self.doc))
        for i, a in enumerate(att):
            w = 'attendees[%d]' % i
            if not self.keys(w, a, ATTENDEE_KEYS):
                continue
            self.text(w + '.name', a['name'])
            self.text(w + '.designation', a['designation'], nullable=True)
            self.no_trailing(w + '.designation', a['designation'], '।,')
            self.text(w + '.role', a['role'], nullable=True)
            ph = a['phone']
            if ph is not None:
                if not (isinstance(ph, str) and re.fullmatch(r'\+?[0-9]+', ph)):
                    self.err(w + '.phone', 'must be ASCII digits, no spaces: %r' % (ph,))
                elif ph not in flat:
                    self.err(w + '.phone', 'digits not found in the document: %r' % ph)
            em = a['email']
            if em is not None:
                if not (isinstance(em, str) and em.isascii()
                        and re.fullmatch(r'[^\s@]+@[^\s@]+\.[^\s@]+', em)):
                    self.err(w + '.email', 'not an ASCII e-mail address: %r' % (em,))
                elif em not in re.sub(r'\s*@\s*', '@', self.doc):
                    self.err(w + '.email', 'not found in the document: %r' % em)

    def warnings(self, ws, isos):
        if not isinstance(ws, list):
            self.err('warnings', 'not a list')
            return
        for i, w in enumerate(ws):
            if not self.keys('warnings[%d]' % i, w, ['code', 'message']):
                continue
            if w['code'] not in WARNING_CODES:
                self.err('warnings[%d]' % i, 'unknown code %r' % w['code'])
            if not isinstance(w['message'], str) or not w['message'].strip():
                self.err('warnings[%d]' % i, 'empty message')
        codes = [w.get('code') for w in ws if isinstance(w, dict)]
        disagree = len(set(isos)) > 1
        if disagree != ('issued_dates_disagree' in codes):
            self.err('warnings', 'issued dates %s but issued_dates_disagree %s' % (
                isos, 'missing' if disagree else 'present'))
        over = [p for p in re.findall(r'([০-৯0-9]+(?:[.,][০-৯0-9]+)*)\s*%', self.doc)
                if float(bn2ascii(p).replace(',', '')) > 100]
        if len(over) != codes.count('percentage_over_100'):
            self.err('warnings', 'percentages over 100 in the document: %s; '
                     'percentage_over_100 warnings: %d' % (over, codes.count('percentage_over_100')))


def check_vectors():
    """This script's readers against the independent vectors in fixtures/vectors:
    returns the number of rows they read differently."""
    vectors = os.path.join(ROOT, 'fixtures', 'vectors')
    readers = [('times.jsonl', 'hh_mm', hh_mm_from_raw),
               ('gregorian_dates.jsonl', 'iso', lambda s: iso_from_raw(s, 'gregorian')),
               ('bangla_calendar.jsonl', 'iso', lambda s: iso_from_raw(s, 'bangla'))]
    wrong = 0
    for name, key, read in readers:
        rows = bad = 0
        with open(os.path.join(vectors, name), encoding='utf-8') as f:
            for line in f:
                row = json.loads(line)
                rows += 1
                try:
                    got = read(row['input'])
                except ValueError as e:
                    got = 'error: %s' % e
                if got != row['expect'][key]:
                    bad += 1
                    print('  vector %s: %r expected %s, read %s' % (name, row['input'],
                                                                    row['expect'][key], got))
        print('%s   vectors/%s: %d rows, %d read differently' % ('ok' if not bad else 'FAIL', name, rows, bad))
        wrong += bad
    return wrong


def main(argv):
    vectors_wrong = check_vectors() if '--vectors' in argv else 0
    args = [a for a in argv[1:] if a not in ('--seeds', '--vectors')]
    docs = sorted(p for p in glob.glob(os.path.join(DOCS, '*'))
                  if p.endswith(DOC_EXTS) and os.path.basename(p) != 'README.md')
    if args:
        docs = [p for p in docs if os.path.basename(p).startswith(tuple(args))]
    seeds = sorted(glob.glob(os.path.join(ROOT, 'fixtures', 'seeds', '*.txt'))) \
        if '--seeds' in argv else []
    if not docs:
        print('no documents found in %s' % DOCS)
        return 1
    readme_path = os.path.join(DOCS, 'README.md')
    readme = open(readme_path, encoding='utf-8').read() if os.path.exists(readme_path) else ''
    stems = [os.path.splitext(os.path.basename(p))[0] for p in docs + seeds]
    failed = 0
    for path, stem in zip(docs + seeds, stems):
        problems = []
        if stems.count(stem) > 1:
            problems.append('stem %s is not unique' % stem)
        if path not in seeds and '`%s`' % os.path.basename(path) not in readme:
            problems.append('no line for `%s` in fixtures/docs/README.md' % os.path.basename(path))
        gold_path = os.path.join(GOLD, stem + '.json')
        c = Checker(path)
        rec = None
        try:
            with open(gold_path, encoding='utf-8') as f:
                rec = json.load(f)
        except (OSError, ValueError) as e:
            problems.append('gold file %s: %s' % (os.path.relpath(gold_path, ROOT), e))
        if rec is not None:
            c.check(rec)
        problems += c.errors
        if problems:
            failed += 1
            print('FAIL %s (%d problems)' % (stem, len(problems)))
            for p in problems:
                print('  ' + p)
        else:
            print('ok   %-28s decisions=%-2d distribution=%-2d signatories=%d attendees=%-2d '
                  'warnings=%d issued=%d; %d text values found verbatim' % (
                      stem, len(rec['decisions']), len(rec['distribution']),
                      len(rec['signatories']), len(rec['attendees']), len(rec['warnings']),
                      len(rec['issued']), c.checked_texts))
        for n in c.notes:
            print('     note: ' + n)
    print('%d document(s) checked, %d failed' % (len(docs) + len(seeds), failed))
    return 1 if failed or vectors_wrong else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Write the Word fixtures fixtures/docs/x15-college-governing.docx and
fixtures/docs/x16-upazila-kabita.docx and
fixtures/docs/x28-education-committee.docx with python-docx (pip install python-docx).

The documents are laid out the way offices type them in Word: letterhead and
signature lines as separate paragraphs, the header block and the decision and
attendance lists as real Word tables (w:tbl), one merged title row, a table cell
holding two paragraphs, and an empty paragraph between signature blocks.
Their expected records are fixtures/gold/x15-college-governing.json and
fixtures/gold/x16-upazila-kabita.json. Run from the repository root:

    python3 scripts/make_fixture_docx.py

The output is deterministic apart from the timestamps python-docx writes into
docProps/core.xml, which are pinned below so that reruns give identical bytes.
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'fixtures', 'docs')
FONT = 'Nikosh'
PINNED = datetime.datetime(2024, 11, 12, 10, 0, 0)


def new_document():
    doc = Document()
    style = doc.styles['Normal']
    style.font.name = FONT
    style.font.size = Pt(12)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rfonts)
    for attr in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rfonts.set(qn(attr), FONT)
    props = doc.core_properties
    props.author = 'sabha fixtures'
    props.created = PINNED
    props.modified = PINNED
    props.last_modified_by = 'sabha fixtures'
    props.revision = 1
    return doc


def para(doc, text='', bold=False, center=False, right=False):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, header_bold=True):
    """rows: list of lists of cell texts; a cell text containing '\n\n' becomes
    several paragraphs in that cell."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, text in enumerate(r):
            cell = t.cell(i, j)
            parts = text.split('\n\n')
            cell.paragraphs[0].text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)
            if i == 0 and header_bold:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def blocks_side_by_side(doc, blocks):
    """Signature blocks side by side: a borderless one-row table, a block of lines
    (one paragraph each) per cell."""
    signatures = doc.add_table(rows=1, cols=len(blocks))
    for cell, lines in zip(signatures.rows[0].cells, blocks):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def college():
    doc = new_document()
    para(doc, 'মির্জাপুর ডিগ্রি কলেজ', bold=True, center=True)
    para(doc, 'মির্জাপুর, টাঙ্গাইল', center=True)
    para(doc)
    para(doc, 'গভর্নিং বডির ১১৮তম সভার কার্যবিবরণী', bold=True, center=True)
    table(doc, [
        ['সভাপতি', 'অধ্যাপক ড. মোঃ শহিদুল ইসলাম, সভাপতি, গভর্নিং বডি'],
        ['তারিখ', '০৫/০৩/২০২৪ খ্রিঃ'],
        ['সময়', 'বিকাল ৪.৩০ ঘটিকা'],
        ['স্থান', 'অধ্যক্ষের কক্ষ, মির্জাপুর ডিগ্রি কলেজ'],
        ['উপস্থিতি', 'হাজিরা খাতা অনুযায়ী (সংযুক্ত)'],
    ], header_bold=False)
    para(doc)
    para(doc, 'সভাপতি উপস্থিত সদস্যগণকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। অধ্যক্ষ ও সদস্য সচিব '
              'আলোচ্যসূচি অনুযায়ী বিষয়সমূহ সভায় উপস্থাপন করেন এবং বিস্তারিত আলোচনা শেষে '
              'সর্বসম্মতিক্রমে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:')
    t = table(doc, [
        ['গৃহীত সিদ্ধান্তসমূহ', '', ''],
        ['ক্রমিক', 'আলোচ্য বিষয়', 'সিদ্ধান্ত'],
        ['১', 'বিগত সভার কার্যবিবরণী পাঠ ও অনুমোদন',
         'বিগত ১৮/১২/২০২৩ তারিখের সভার কার্যবিবরণী পাঠ করা হয় এবং সর্বসম্মতিক্রমে অনুমোদিত হয়।'],
        ['২', 'এইচএসসি পরীক্ষা-২০২৪ এর প্রস্তুতি',
         'নির্বাচনী পরীক্ষায় অকৃতকার্য শিক্ষার্থীদের জন্য বিশেষ ক্লাসের ব্যবস্থা করতে হবে।\n\n'
         'অভিভাবকদের সাথে মতবিনিময় সভা আয়োজন করতে হবে।'],
        ['৩', '২০২৩-২৪ অর্থবছরের সংশোধিত বাজেট অনুমোদন',
         'কলেজের ২০২৩-২৪ অর্থবছরের সংশোধিত বাজেট ২,৮৭,৫০,০০০/- (দুই কোটি সাতাশি লক্ষ পঞ্চাশ হাজার) টাকা অনুমোদন করা হলো।'],
        ['৪', 'বিজ্ঞান ভবনের সংস্কার',
         'বিজ্ঞান ভবনের ছাদ সংস্কারের প্রাক্কলন ৩১ মার্চের মধ্যে শিক্ষা প্রকৌশল অধিদপ্তরে প্রেরণ করতে হবে।'],
        ['৫', 'বিবিধ',
         'কলেজ ক্যাম্পাসে ধূমপান সম্পূর্ণ নিষিদ্ধ ঘোষণা করা হলো।'],
    ])
    t.cell(0, 0).merge(t.cell(0, 2))
    para(doc)
    para(doc, 'আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।')
    para(doc)
    para(doc, 'সভায় উপস্থিত সদস্যবৃন্দ:', bold=True)
    table(doc, [
        ['ক্রম', 'নাম', 'পদবি', 'কমিটিতে পদ', 'স্বাক্ষর'],
        ['১', 'অধ্যাপক ড. মোঃ শহিদুল ইসলাম', "অবসরপ্রাপ্ত অধ্যাপক, সরকারি সা'দত কলেজ", 'সভাপতি', ''],
        ['২', 'মোঃ আব্দুর রউফ', 'অধ্যক্ষ, মির্জাপুর ডিগ্রি কলেজ', 'সদস্য সচিব', ''],
        ['৩', 'নাসরিন জাহান', 'সহযোগী অধ্যাপক (বাংলা)', 'শিক্ষক প্রতিনিধি', ''],
        ['৪', 'মোঃ আনোয়ার হোসেন', 'ব্যবসায়ী, মির্জাপুর বাজার', 'অভিভাবক প্রতিনিধি', ''],
        ['৫', 'ড. সেলিনা আক্তার', 'সহযোগী অধ্যাপক, জাতীয় বিশ্ববিদ্যালয়', 'বিদ্যোৎসাহী সদস্য', ''],
        ['৬', '', '', '', ''],
    ])
    para(doc)
    para(doc)
    for line in ['(মোঃ আব্দুর রউফ)', 'অধ্যক্ষ', 'ও', 'সদস্য সচিব, গভর্নিং বডি']:
        para(doc, line)
    para(doc)
    for line in ['(অধ্যাপক ড. মোঃ শহিদুল ইসলাম)', 'সভাপতি', 'গভর্নিং বডি', 'মির্জাপুর ডিগ্রি কলেজ']:
        para(doc, line)
    para(doc)
    para(doc, 'বিতরণ:')
    for line in ['১. গভর্নিং বডির সকল সদস্য।', '২. জেলা শিক্ষা অফিসার, টাঙ্গাইল।',
                 '৩. উপজেলা মাধ্যমিক শিক্ষা অফিসার, মির্জাপুর, টাঙ্গাইল।', '৪. অফিস নথি।']:
        para(doc, line)
    return doc


def kabita():
    doc = new_document()
    for line in ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তার কার্যালয়', 'ধামরাই, ঢাকা']:
        para(doc, line, center=True)
    para(doc)
    para(doc, 'উপজেলা কাবিখা/কাবিটা ও টিআর কর্মসূচি বাস্তবায়ন কমিটির সভার কার্যবিবরণী', bold=True, center=True)
    para(doc)
    para(doc, 'সভাপতি : মোছাঃ ফারহানা আক্তার')
    para(doc, 'উপজেলা নির্বাহী অফিসার, ধামরাই, ঢাকা।')
    para(doc, 'তারিখ : ৫ই নভেম্বর ২০২৪ খ্রিঃ')
    para(doc, 'সময় : সকাল ১১টা ৩০ মিনিটে')
    para(doc, 'স্থান : উপজেলা নির্বাহী অফিসারের সম্মেলন কক্ষ')
    para(doc, 'উপস্থিত সদস্যবৃন্দ : নিম্নের ছক অনুযায়ী')
    para(doc)
    table(doc, [
        ['ক্রমিক নং', 'নাম ও পদবি', 'মোবাইল নং', 'কমিটিতে পদবি'],
        ['১', 'মোছাঃ ফারহানা আক্তার, উপজেলা নির্বাহী অফিসার, ধামরাই', '০১৭০০-০০০০২১', 'সভাপতি'],
        ['২', 'মোঃ সাইদুর রহমান, উপজেলা প্রকৌশলী, এলজিইডি, ধামরাই', '০১৭০০-০০০০২২', 'সদস্য'],
        ['৩', 'মোঃ কামরুল হাসান, উপজেলা কৃষি অফিসার, ধামরাই', '০১৭০০ ০০০০২৩', 'সদস্য'],
        ['৪', 'রোকসানা পারভীন, উপজেলা মহিলা বিষয়ক কর্মকর্তা, ধামরাই', '০১৭০০-০০০০২৪', 'সদস্য'],
        ['৫', 'মোঃ আবু সাঈদ, উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তা, ধামরাই', '০১৭০০-০০০০২৫', 'সদস্য সচিব'],
    ])
    para(doc)
    para(doc, 'সভাপতি উপস্থিত সদস্যগণকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। সদস্য সচিব জানান, '
              '২০২৪-২৫ অর্থবছরে ১ম পর্যায়ে গ্রামীণ অবকাঠামো সংস্কার (কাবিটা) কর্মসূচির আওতায় '
              '৪২,৫০,০০০/- টাকা এবং গ্রামীণ অবকাঠামো রক্ষণাবেক্ষণ (টিআর) কর্মসূচির আওতায় '
              '৩৮,০০,০০০/- টাকা বরাদ্দ পাওয়া গেছে। ইউনিয়ন পরিষদসমূহ হতে প্রাপ্ত প্রকল্প তালিকা '
              'যাচাই-বাছাই করে প্রকল্প বাস্তবায়ন কমিটি (পিআইসি) গঠনের প্রস্তাব সভায় উপস্থাপন করা হয়।')
    para(doc, 'বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্তসমূহ গৃহীত হয়:')
    para(doc, 'সিদ্ধান্তসমূহ:', bold=True)
    for line in [
        'ক) ইউনিয়ন পরিষদসমূহ হতে প্রাপ্ত ৬৭টি প্রকল্পের তালিকা অনুমোদন করা হলো এবং প্রতিটি প্রকল্পের জন্য পিআইসি গঠন করতে হবে।',
        'খ) অনুমোদিত প্রকল্পসমূহের তালিকা ৩ (তিন) দিনের মধ্যে উপজেলা পরিষদ ও ইউনিয়ন পরিষদের নোটিশ বোর্ডে প্রকাশ করতে হবে।',
        'গ) গত ১৫/১০/২০২৪ তারিখে প্রাপ্ত বরাদ্দপত্রের শর্ত অনুযায়ী প্রকল্পের কাজ আগামী ৩০ নভেম্বর ২০২৪ তারিখের মধ্যে শুরু করতে হবে।',
        'ঘ) প্রকল্প এলাকায় প্রকল্পের নাম, বরাদ্দ ও পিআইসি সভাপতির নাম সম্বলিত সাইনবোর্ড স্থাপন বাধ্যতামূলক।',
    ]:
        para(doc, line)
    para(doc, 'সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।')
    para(doc)
    for line in ['(মোঃ আবু সাঈদ)', 'উপজেলা প্রকল্প বাস্তবায়ন কর্মকর্তা', 'ও', 'সদস্য সচিব', 'ধামরাই, ঢাকা।']:
        para(doc, line)
    para(doc)
    for line in ['(মোছাঃ ফারহানা আক্তার)', 'উপজেলা নির্বাহী অফিসার', 'ও', 'সভাপতি', 'ধামরাই, ঢাকা।']:
        para(doc, line)
    para(doc)
    para(doc, 'স্মারক নং-৫১.০১.২৬১৪.০০০.১৪.০০৭.২৪-৭০২')
    para(doc, 'তারিখঃ ২৭ কার্তিক ১৪৩১ বঙ্গাব্দ')
    para(doc, '১২ নভেম্বর ২০২৪ খ্রিস্টাব্দ')
    para(doc)
    para(doc, 'অনুলিপি সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে:')
    for line in ['১. জেলা প্রশাসক, ঢাকা।', '২. জেলা ত্রাণ ও পুনর্বাসন কর্মকর্তা, ঢাকা।',
                 '৩. চেয়ারম্যান, উপজেলা পরিষদ, ধামরাই, ঢাকা।', '৪. চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), ধামরাই, ঢাকা।',
                 '৫. কমিটির সকল সদস্য।']:
        para(doc, line)
    return doc


def education():
    """x28: Word auto-numbered distribution list (the numbers are not in the text), a
    decision table without a serial column whose responsible and deadline cells are
    merged down (w:vMerge), and an attendance table whose `নাম ও পদবি` cells hold the
    name and the designation as two paragraphs."""
    doc = new_document()
    for line in ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'জেলা শিক্ষা অফিসারের কার্যালয়', 'ফেনী']:
        para(doc, line, center=True)
    para(doc)
    para(doc, 'জেলা মাধ্যমিক শিক্ষা উন্নয়ন কমিটির সভার কার্যবিবরণী', bold=True, center=True)
    para(doc)
    para(doc, 'সভাপতি: মোছাঃ শাহনাজ পারভীন (জেলা শিক্ষা অফিসার, ফেনী)')
    para(doc, 'সভার তারিখ: ১১ জুলাই ২০২৪ খ্রিঃ')
    para(doc, 'সময়: বেলা ১২:০০ ঘটিকা')
    para(doc, 'স্থান: জেলা শিক্ষা অফিসারের সম্মেলন কক্ষ, ফেনী')
    para(doc)
    para(doc, 'সভাপতি উপস্থিত সদস্যগণকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। আলোচ্যসূচি অনুযায়ী '
              'বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:')
    t = table(doc, [
        ['আলোচ্য বিষয়', 'সিদ্ধান্ত', 'দায়িত্বপ্রাপ্ত কর্মকর্তা', 'সময়সীমা'],
        ['বিদ্যালয়ে শিক্ষার্থীদের উপস্থিতি',
         'শিক্ষার্থী উপস্থিতির হার ৮৫% এর নিচে এমন বিদ্যালয়সমূহ সরেজমিনে পরিদর্শন করে প্রতিবেদন দাখিল করতে হবে।',
         'উপজেলা মাধ্যমিক শিক্ষা অফিসার (সকল)', '৩১ জুলাই ২০২৪'],
        ['মাল্টিমিডিয়া ক্লাসরুম ব্যবহার',
         'সকল মাল্টিমিডিয়া ক্লাসরুম সচল রাখতে হবে এবং ব্যবহারের তথ্য অনলাইনে হালনাগাদ করতে হবে।', '', ''],
        ['বার্ষিক ক্রীড়া প্রতিযোগিতা',
         'জেলা পর্যায়ের আন্তঃবিদ্যালয় ক্রীড়া প্রতিযোগিতার সময়সূচি চূড়ান্ত করে বিদ্যালয়সমূহকে জানাতে হবে।',
         'জেলা শিক্ষা অফিসার', '২৫ আগস্ট ২০২৪'],
        ['বিবিধ', 'বিদ্যালয়ের নিরাপত্তায় সিসি ক্যামেরা স্থাপনের উদ্যোগ গ্রহণ করতে হবে।', 'প্রধান শিক্ষক (সকল)', '-'],
    ])
    t.cell(1, 2).merge(t.cell(2, 2))
    t.cell(1, 3).merge(t.cell(2, 3))
    para(doc)
    para(doc, 'সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।')
    para(doc)
    for line in ['(মোছাঃ শাহনাজ পারভীন)', 'জেলা শিক্ষা অফিসার', 'ফেনী']:
        para(doc, line)
    para(doc)
    para(doc, 'স্মারক নং-৩৭.০২.৩০০০.০০০.০৬.০১২.২৪-৫১৫          তারিখ: ১৬ জুলাই ২০২৪ খ্রিঃ')
    para(doc)
    para(doc, 'বিতরণ:')
    for line in ['উপজেলা নির্বাহী অফিসার (সকল), ফেনী জেলা',
                 'উপজেলা মাধ্যমিক শিক্ষা অফিসার (সকল), ফেনী জেলা',
                 'প্রধান শিক্ষক (সকল), মাধ্যমিক বিদ্যালয়, ফেনী জেলা', 'অফিস কপি']:
        doc.add_paragraph(line, style='List Number')
    para(doc)
    para(doc, 'সভায় উপস্থিত সদস্যবৃন্দ:', bold=True)
    table(doc, [
        ['ক্রমিক', 'নাম ও পদবি', 'কমিটিতে অবস্থান', 'মোবাইল'],
        ['১', 'মোছাঃ শাহনাজ পারভীন\n\nজেলা শিক্ষা অফিসার, ফেনী', 'সভাপতি', '০১৭০০-০০০৪০১'],
        ['২', 'মোঃ ওবায়দুল হক\n\nসহকারী জেলা শিক্ষা অফিসার, ফেনী', 'সদস্য সচিব', '০১৭০০-০০০৪০২'],
        ['৩', 'তপন কুমার সাহা\n\nপ্রধান শিক্ষক, ফেনী সরকারি পাইলট উচ্চ বিদ্যালয়', 'সদস্য', '-'],
        ['৪', 'মোসাম্মৎ হাসিনা বেগম\n\nউপজেলা মাধ্যমিক শিক্ষা অফিসার, সোনাগাজী', 'সদস্য', '০১৭০০-০০০৪০৪'],
    ])
    return doc


def main():
    for name, build in (('x15-college-governing.docx', college), ('x16-upazila-kabita.docx', kabita),
                        ('x28-education-committee.docx', education)):
        path = os.path.join(OUT, name)
        build().save(path)
        print('wrote', os.path.relpath(path, ROOT))


if __name__ == '__main__':
    main()

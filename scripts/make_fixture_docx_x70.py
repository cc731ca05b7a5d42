#!/usr/bin/env python3
"""Write fixtures/docs/x70-upazila-coordination-word.docx with python-docx (pip install
python-docx), using the helpers of make_fixture_docx.py. Run from the repository root:

    python3 scripts/make_fixture_docx_x70.py

The layout: the meeting's header as a Word table across the page (a row of labels
`সভাপতি | তারিখ | সময় | স্থান` over one row of values); a decision table whose group
rows (`ক. কৃষি ও খাদ্য`) are one cell merged across the table (`w:gridSpan`), with a
`সময়সীমা` column; the two signature blocks side by side in a borderless two-column
table, each cell holding the name, the designation lines and a signature date.
Expected record: fixtures/gold/x70-upazila-coordination-word.json.
"""
import os

from make_fixture_docx import OUT, ROOT, blocks_side_by_side, new_document, para, table


def coordination():
    doc = new_document()
    for line in ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'উপজেলা নির্বাহী অফিসারের কার্যালয়', 'ধুনট, বগুড়া']:
        para(doc, line, center=True)
    para(doc)
    para(doc, 'উপজেলা উন্নয়ন সমন্বয় কমিটির মাসিক সভার কার্যবিবরণী', bold=True, center=True)
    para(doc)
    table(doc, [
        ['সভাপতি', 'তারিখ', 'সময়', 'স্থান'],
        ['জনাব মোঃ মাহমুদুল হাসান\n\nউপজেলা নির্বাহী অফিসার, ধুনট', '১৯ ডিসেম্বর ২০২৪ খ্রিস্টাব্দ',
         'সকাল ১০.৩০ ঘটিকা', 'উপজেলা পরিষদ সভাকক্ষ, ধুনট'],
    ])
    para(doc)
    para(doc, 'সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন। দপ্তরভিত্তিক অগ্রগতি '
              'পর্যালোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:')
    rows = [
        ['ক্রম', 'আলোচ্য বিষয়', 'সিদ্ধান্ত', 'বাস্তবায়নে', 'সময়সীমা'],
        ['ক. কৃষি ও খাদ্য', '', '', '', ''],
        ['১', 'বোরো বীজতলা', 'বোরো বীজতলা শৈত্যপ্রবাহ থেকে রক্ষায় কৃষকদের পরামর্শ দিতে হবে।',
         'উপজেলা কৃষি অফিসার, ধুনট', 'অবিলম্বে'],
        ['২', 'ওএমএস কার্যক্রম', 'ওএমএস ডিলারদের বিক্রয় কেন্দ্র নিয়মিত পরিদর্শন করতে হবে।',
         'উপজেলা খাদ্য নিয়ন্ত্রক, ধুনট', '৭ দিনের মধ্যে'],
        ['খ. স্বাস্থ্য ও শিক্ষা', '', '', '', ''],
        ['৩', 'শীতজনিত রোগ', 'শীতজনিত রোগের চিকিৎসায় উপজেলা স্বাস্থ্য কমপ্লেক্সে পৃথক ওয়ার্ড চালু রাখতে হবে।',
         'উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা', '৩০ পৌষ ১৪৩১'],
        ['৪', 'পাঠ্যপুস্তক বিতরণ', 'বছরের প্রথম দিনে সকল বিদ্যালয়ে পাঠ্যপুস্তক বিতরণ নিশ্চিত করতে হবে।',
         '১। উপজেলা শিক্ষা অফিসার, ধুনট\n\n২। উপজেলা মাধ্যমিক শিক্ষা অফিসার, ধুনট', '৩১ ডিসেম্বরের মধ্যে'],
    ]
    t = table(doc, rows)
    for i, r in enumerate(rows):
        if r[1:] == ['', '', '', '']:
            merged = t.cell(i, 0).merge(t.cell(i, len(r) - 1))
            merged.paragraphs[0].text = r[0]
            for extra in merged.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
    para(doc)
    para(doc, 'সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।')
    para(doc)
    blocks_side_by_side(doc, [
        ['(মোঃ রেজাউল করিম)', 'সহকারী কমিশনার (ভূমি)', 'ধুনট, বগুড়া', '২২/১২/২০২৪'],
        ['(মোঃ মাহমুদুল হাসান)', 'উপজেলা নির্বাহী অফিসার', 'ধুনট, বগুড়া', '২২/১২/২০২৪'],
    ])
    para(doc)
    para(doc, 'স্মারক নং-০৫.১০.১০২৭.০০০.০৬.০০৮.২৪-৯০৩        তারিখ: ২৩ ডিসেম্বর ২০২৪ খ্রিঃ')
    para(doc)
    para(doc, 'বিতরণ:')
    for line in ['১। জেলা প্রশাসক, বগুড়া।', '২। উপজেলা কৃষি অফিসার, ধুনট।',
                 '৩। উপজেলা খাদ্য নিয়ন্ত্রক, ধুনট।', '৪। অফিস কপি।']:
        para(doc, line)
    return doc


def main():
    path = os.path.join(OUT, 'x70-upazila-coordination-word.docx')
    coordination().save(path)
    print('wrote', os.path.relpath(path, ROOT))


if __name__ == '__main__':
    main()

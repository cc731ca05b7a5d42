#!/usr/bin/env python3
"""Write fixtures/docs/x44-upazila-education.docx with python-docx (pip install
python-docx), using the helpers of make_fixture_docx.py. Run from the repository root:

    python3 scripts/make_fixture_docx_x44.py

The layout: a decision table with only `ক্রম | সিদ্ধান্ত` columns (no topic,
discussion or responsible column), and the two signature blocks side by side in a
borderless two-column Word table, each cell holding the signed mark, the name and
the designation as separate paragraphs. Expected record:
fixtures/gold/x44-upazila-education.json.
"""
import os

from make_fixture_docx import OUT, ROOT, blocks_side_by_side, new_document, para, table


def education():
    doc = new_document()
    for line in ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'উপজেলা নির্বাহী অফিসারের কার্যালয়', 'মুকসুদপুর, গোপালগঞ্জ']:
        para(doc, line, center=True)
    para(doc)
    para(doc, 'উপজেলা শিক্ষা কমিটির মাসিক সভার কার্যবিবরণী', bold=True, center=True)
    para(doc)
    para(doc, 'সভাপতি : জনাব শারমিন আক্তার, উপজেলা নির্বাহী অফিসার, মুকসুদপুর')
    para(doc, 'তারিখ : ২৩ অক্টোবর ২০২৪ খ্রিঃ')
    para(doc, 'সময় : সকাল ১০.০০ ঘটিকা')
    para(doc, 'স্থান : উপজেলা পরিষদ হলরুম, মুকসুদপুর')
    para(doc)
    para(doc, 'সভাপতি উপস্থিত সদস্যগণকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন। উপজেলা মাধ্যমিক '
              'শিক্ষা অফিসার বিদ্যালয়সমূহের উপস্থিতি ও পাঠদান পরিস্থিতি উপস্থাপন করেন। আলোচনা শেষে '
              'নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:')
    table(doc, [
        ['ক্রম', 'সিদ্ধান্ত'],
        ['১', 'শিক্ষার্থীদের উপস্থিতির হার বৃদ্ধির জন্য অভিভাবক সমাবেশ আয়োজন করতে হবে।'],
        ['২', 'বার্ষিক পরীক্ষার প্রশ্নপত্র ১৫ নভেম্বর ২০২৪ তারিখের মধ্যে উপজেলা মাধ্যমিক শিক্ষা অফিসে জমা দিতে হবে।'],
        ['৩', 'বিদ্যালয়ের শৌচাগার পরিষ্কার-পরিচ্ছন্ন রাখার বিষয়ে প্রধান শিক্ষকগণ নিয়মিত তদারকি করবেন।'],
        ['৪', 'মাল্টিমিডিয়া ক্লাসরুমের তথ্য ৭ দিনের মধ্যে হালনাগাদ করতে হবে।'],
    ])
    para(doc)
    para(doc, 'সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।')
    para(doc)
    blocks_side_by_side(doc, [
        ['স্বাক্ষরিত/-', 'মোঃ হাবিবুর রহমান', 'উপজেলা মাধ্যমিক শিক্ষা অফিসার', 'ও সদস্য সচিব, উপজেলা শিক্ষা কমিটি'],
        ['স্বাক্ষরিত/-', 'শারমিন আক্তার', 'উপজেলা নির্বাহী অফিসার', 'ও সভাপতি, উপজেলা শিক্ষা কমিটি'],
    ])
    para(doc)
    para(doc, 'স্মারক নং-০৫.৪৪.৩৫৫৮.০০০.০৬.০০১.২৪-২১৭        তারিখ: ২৭ অক্টোবর ২০২৪ খ্রিঃ')
    para(doc)
    para(doc, 'অনুলিপি সদয় অবগতি ও কার্যার্থে:')
    for line in ['১। জেলা প্রশাসক, গোপালগঞ্জ।', '২। জেলা শিক্ষা অফিসার, গোপালগঞ্জ।',
                 '৩। প্রধান শিক্ষক (সকল), মুকসুদপুর, গোপালগঞ্জ।', '৪। অফিস কপি।']:
        para(doc, line)
    return doc


def main():
    path = os.path.join(OUT, 'x44-upazila-education.docx')
    education().save(path)
    print('wrote', os.path.relpath(path, ROOT))


if __name__ == '__main__':
    main()

//! Layouts of decisions and headers that offices use beside the common ones, end
//! to end (bytes → ingest → tables → record): pandoc grid tables, label–value agenda
//! tables, `;`-separated header pairs, a decision table without discussion or
//! responsible columns. The fuller documents are the golden fixtures x40–x43.

use serde_json::Value;

fn record(name: &str, text: &str) -> Value {
    let options = sabha_batch::Options::default();
    let record = sabha_batch::convert_document(name, text.as_bytes(), &options);
    let v = serde_json::to_value(record).unwrap();
    assert_eq!(v["status"], "ok", "{v}");
    v
}

fn field(v: &Value, key: &str) -> Vec<Value> {
    v["decisions"].as_array().unwrap().iter().map(|d| d[key].clone()).collect()
}

const TITLE: &str = "জেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী\n\nসভাপতি: জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nতারিখ: ১৪ মার্চ ২০২৪\n\n";

#[test]
fn a_grid_table_in_the_usual_decision_layout() {
    let text = format!(
        "{TITLE}+-----+-----------+-------------------+----------------+-------------+\n\
         | ক্রম | আলোচ্য বিষয় | আলোচনা            | সিদ্ধান্ত          | বাস্তবায়নে   |\n\
         +=====+===========+===================+================+=============+\n\
         | ১   | সড়ক মেরামত | মহাসড়কের অংশ     | মেরামত কাজ      | নির্বাহী       |\n\
         |     |           | ক্ষতিগ্রস্ত হয়েছে।   | ৩০ এপ্রিল       | প্রকৌশলী,     |\n\
         |     |           |                   | ২০২৪ তারিখের    | সওজ          |\n\
         |     |           |                   | মধ্যে শেষ করতে   |             |\n\
         |     |           |                   | হবে।            |             |\n\
         +-----+-----------+-------------------+----------------+-------------+\n\
         | ২   | হাট-বাজার  | ইজারা চলমান।       | ইজারার অর্থ জমা  | ১। ইউএনও     |\n\
         |     |           |                   | দিতে হবে।        | ২। এসিল্যান্ড  |\n\
         +-----+-----------+-------------------+----------------+-------------+\n\n\
         সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।\n"
    );
    let v = record("grid.md", &text);
    assert_eq!(field(&v, "label"), ["১", "২"]);
    assert_eq!(field(&v, "topic"), ["সড়ক মেরামত", "হাট-বাজার"]);
    assert_eq!(field(&v, "discussion")[0], "মহাসড়কের অংশ ক্ষতিগ্রস্ত হয়েছে।");
    assert_eq!(field(&v, "decision")[0], "মেরামত কাজ ৩০ এপ্রিল ২০২৪ তারিখের মধ্যে শেষ করতে হবে।");
    assert_eq!(v["decisions"][0]["deadlines"][0]["iso"], "2024-04-30");
    assert_eq!(v["decisions"][0]["responsible"][0], "নির্বাহী প্রকৌশলী, সওজ");
    assert_eq!(v["decisions"][1]["responsible"], serde_json::json!(["ইউএনও", "এসিল্যান্ড"]));
}

#[test]
fn header_pairs_separated_by_semicolons() {
    let v = record(
        "h.txt",
        "সভার কার্যবিবরণী\n\nসভাপতি: জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nতারিখ: ১৪ মার্চ ২০২৪ খ্রিঃ; সময়: সকাল ১১.০০ ঘটিকা; স্থান: জেলা প্রশাসকের সম্মেলন কক্ষ\n",
    );
    let m = &v["meeting"];
    assert_eq!(m["date"]["raw"], "১৪ মার্চ ২০২৪ খ্রিঃ", "{m}");
    assert_eq!(m["time"]["hh_mm"], "11:00", "{m}");
    assert_eq!(m["venue"], "জেলা প্রশাসকের সম্মেলন কক্ষ", "{m}");
}

#[test]
fn a_table_of_serials_and_decisions_only() {
    let text = format!(
        "{TITLE}| ক্রম | সিদ্ধান্ত |\n|---|---|\n| ১। | তালিকা প্রেরণ করতে হবে। |\n| ২। | সভা প্রতি মাসে হবে। |\n"
    );
    let v = record("two.md", &text);
    assert_eq!(field(&v, "label"), ["১", "২"]);
    assert_eq!(field(&v, "decision"), ["তালিকা প্রেরণ করতে হবে।", "সভা প্রতি মাসে হবে।"]);
    let html = format!(
        "<p>{}</p><table><tr><th>ক্রম</th><th>আলোচ্য বিষয়</th><th>সিদ্ধান্ত</th></tr>\
         <tr><td>১</td><td>ই-নথি</td><td>ই-নথি চালু করতে হবে।</td></tr>\
         <tr><td>২</td><td>শুদ্ধাচার</td><td>পুরস্কার দিতে হবে।</td></tr></table>",
        TITLE.replace("\n\n", "</p><p>").replace('\n', "</p><p>")
    );
    let v = record("three.html", &html);
    assert_eq!(field(&v, "topic"), ["ই-নথি", "শুদ্ধাচার"]);
    assert_eq!(field(&v, "label"), ["১", "২"]);
    assert!(field(&v, "discussion").iter().all(Value::is_null));
}

#[test]
fn a_label_value_table_per_agenda_item() {
    let html = "<p>সভার কার্যবিবরণী</p><p>সভাপতি: জনাব ক, মেয়র</p>\
        <table><tr><td>বিষয়</td><td>জলাবদ্ধতা নিরসন</td></tr><tr><td>আলোচনা</td><td>ড্রেন বন্ধ।</td></tr>\
        <tr><td>সিদ্ধান্ত</td><td>ড্রেন পরিষ্কার করতে হবে।</td></tr><tr><td>বাস্তবায়নে</td><td>নির্বাহী প্রকৌশলী</td></tr></table>\
        <table><tr><td>বিষয়</td><td>কর আদায়</td></tr><tr><td>সিদ্ধান্ত</td><td>ক্যাম্প করতে হবে।</td></tr>\
        <tr><td>সময়সীমা</td><td>৭ দিনের মধ্যে</td></tr></table>";
    let v = record("v.html", html);
    assert_eq!(field(&v, "topic"), ["জলাবদ্ধতা নিরসন", "কর আদায়"]);
    assert_eq!(field(&v, "discussion")[0], "ড্রেন বন্ধ।");
    assert_eq!(v["decisions"][0]["responsible"][0], "নির্বাহী প্রকৌশলী");
    assert_eq!(v["decisions"][1]["deadlines"][0]["raw"], "৭ দিনের মধ্যে");
    assert!(v["signatories"].as_array().unwrap().is_empty(), "{}", v["signatories"]);
}

#[test]
fn the_responsible_column_before_the_decision_and_sub_numbered_serials() {
    let text = format!(
        "{TITLE}ক্রমিক\tবাস্তবায়নকারী\tসিদ্ধান্ত\tসময়সীমা\n\
         ৩.১\tনির্বাহী প্রকৌশলী, সওজ\tসড়ক মেরামত করতে হবে।\t৩০ এপ্রিল ২০২৪\n\
         ৩.২\t১। ইউএনও ২। এসিল্যান্ড\tইজারার অর্থ জমা দিতে হবে।\tচলমান\n\
         ৩.৩\tজেলা শিক্ষা অফিসার\tতালিকা প্রেরণ করতে হবে।\t১৫ দিনের মধ্যে\n"
    );
    let v = record("t.txt", &text);
    assert_eq!(field(&v, "label"), ["৩.১", "৩.২", "৩.৩"]);
    assert_eq!(field(&v, "decision")[0], "সড়ক মেরামত করতে হবে।");
    assert_eq!(v["decisions"][1]["responsible"], serde_json::json!(["ইউএনও", "এসিল্যান্ড"]));
    assert_eq!(v["decisions"][0]["deadlines"][0]["iso"], "2024-04-30");
    assert!(v["decisions"][1]["deadlines"].as_array().unwrap().is_empty());
    assert_eq!(v["decisions"][2]["deadlines"][0]["raw"], "১৫ দিনের মধ্যে");
}

#[test]
fn group_rows_in_a_tab_separated_table_with_crlf() {
    // The group rows come padded with tabs and typed without them; neither ends the
    // table nor becomes a decision.
    let text = format!(
        "{TITLE}ক্রম\tআলোচ্য বিষয়\tসিদ্ধান্ত\tবাস্তবায়নে\nক. আমন সংগ্রহ\t\t\t\n১\tধান সংগ্রহ\tধান সংগ্রহ জোরদার করতে হবে।\tখাদ্য নিয়ন্ত্রক\nখ. খাদ্য মজুদ পরিস্থিতি\n২\tএলএসডি মজুদ\tমজুদের মান পরীক্ষা করতে হবে।\tভারপ্রাপ্ত কর্মকর্তা, এলএসডি\n\nসভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।\n"
    )
    .replace('\n', "\r\n");
    let v = record("groups.txt", &text);
    assert_eq!(v["title"], "জেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী");
    assert_eq!(field(&v, "label"), ["১", "২"]);
    assert_eq!(field(&v, "topic"), ["ধান সংগ্রহ", "এলএসডি মজুদ"]);
    assert_eq!(field(&v, "decision")[1], "মজুদের মান পরীক্ষা করতে হবে।");
    assert!(v["warnings"].as_array().unwrap().iter().all(|w| w["code"] != "table_row_missing_cells"), "{v}");
}

#[test]
fn group_rows_in_a_markdown_table() {
    let text = format!(
        "{TITLE}| ক্রমিক | আলোচ্য বিষয় | সিদ্ধান্ত | বাস্তবায়নকারী |\n|---|---|---|---|\n| **১. আমন সংগ্রহ** | | | |\n| ১.১ | ধান সংগ্রহ | ধান সংগ্রহ বৃদ্ধি করতে হবে। | খাদ্য নিয়ন্ত্রক |\n| | **২. খাদ্য মজুদ** | | |\n| ২.১ | গুদাম মেরামত | প্রাক্কলন ১৫ দিনের মধ্যে পাঠাতে হবে। | খাদ্য নিয়ন্ত্রক |\n"
    );
    let v = record("groups.md", &text);
    assert_eq!(field(&v, "label"), ["১.১", "২.১"]);
    assert_eq!(field(&v, "topic"), ["ধান সংগ্রহ", "গুদাম মেরামত"]);
    assert_eq!(v["decisions"][1]["deadlines"][0]["raw"], "১৫ দিনের মধ্যে");
}

#[test]
fn lines_an_excel_sheet_padded_with_tabs_are_text() {
    let text = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\t\t\t\r\nজেলা প্রশাসকের কার্যালয়, জয়পুরহাট\t\t\t\r\nজেলা কৃষি ঋণ কমিটির সভার কার্যবিবরণী\t\t\t\r\n\t\t\t\r\nক্রম\tআলোচ্য বিষয়\tসিদ্ধান্ত\tবাস্তবায়নে\r\n১\tঋণ বিতরণ\tঋণ বিতরণ বাড়াতে হবে।\tলিড ব্যাংক\r\n২\tঋণ আদায়\tক্যাম্প করতে হবে।\tব্যবস্থাপক\r\n";
    let v = record("excel.txt", text);
    assert_eq!(v["title"], "জেলা কৃষি ঋণ কমিটির সভার কার্যবিবরণী", "{v}");
    assert_eq!(v["issuer"], serde_json::json!(["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা প্রশাসকের কার্যালয়, জয়পুরহাট"]));
    assert_eq!(field(&v, "label"), ["১", "২"]);
}

#[test]
fn a_header_across_the_page_in_html_and_tab_separated_text() {
    let html = "<html><body><p>জেলা পরিবেশ কমিটির সভার কার্যবিবরণী</p><table><tr><th>সভাপতি</th><th>তারিখ</th><th>সময়</th><th>স্থান</th></tr><tr><td>জনাব নূর আলম<br>জেলা প্রশাসক, পটুয়াখালী</td><td>১৪ মে ২০২৪ খ্রিস্টাব্দ</td><td>সকাল ১০.৩০ ঘটিকা</td><td>সম্মেলন কক্ষ</td></tr></table></body></html>";
    let tsv = "জেলা পরিবেশ কমিটির সভার কার্যবিবরণী\r\n\r\nসভাপতি\tতারিখ\tসময়\tস্থান\r\nজনাব নূর আলম, জেলা প্রশাসক, পটুয়াখালী\t১৪ মে ২০২৪ খ্রিস্টাব্দ\tসকাল ১০.৩০ ঘটিকা\tসম্মেলন কক্ষ\r\n";
    for (name, text) in [("across.html", html), ("across.txt", tsv)] {
        let m = record(name, text)["meeting"].clone();
        assert_eq!(m["chair"]["name"], "জনাব নূর আলম", "{name}: {m}");
        assert_eq!(m["chair"]["designation"], "জেলা প্রশাসক, পটুয়াখালী", "{name}: {m}");
        assert_eq!(m["date"]["iso"], "2024-05-14", "{name}: {m}");
        assert_eq!(m["time"]["hh_mm"], "10:30", "{name}: {m}");
        assert_eq!(m["venue"], "সম্মেলন কক্ষ", "{name}: {m}");
    }
}

#[test]
fn signature_blocks_side_by_side_in_an_html_table() {
    let html = format!(
        "<html><body><p>{}</p><table><tr><td>(মোঃ কামরুল হাসান)<br>উপপরিচালক<br>পরিবেশ অধিদপ্তর, পটুয়াখালী<br>ও<br>সদস্য সচিব</td><td>(নূর কুতুবুল আলম)<br>জেলা প্রশাসক, পটুয়াখালী<br>ও<br>সভাপতি</td></tr></table></body></html>",
        TITLE.replace("\n\n", "</p><p>")
    );
    let v = record("sign.html", &html);
    let people: Vec<(Value, Value)> = v["signatories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].clone(), p["designation"].clone()))
        .collect();
    assert_eq!(
        people,
        [
            ("মোঃ কামরুল হাসান".into(), "উপপরিচালক পরিবেশ অধিদপ্তর, পটুয়াখালী ও সদস্য সচিব".into()),
            ("নূর কুতুবুল আলম".into(), "জেলা প্রশাসক, পটুয়াখালী ও সভাপতি".into()),
        ]
    );
}

#[test]
fn deadline_cells_of_an_html_decision_table() {
    let html = format!(
        "<html><body><p>{}</p><table><tr><th>ক্রম</th><th>সিদ্ধান্ত</th><th>সময়সীমা</th></tr><tr><td>১</td><td>অভিযান চালাতে হবে।</td><td>অবিলম্বে</td></tr><tr><td>২</td><td>প্রচারণা চালাতে হবে।</td><td>পরবর্তী সভার পূর্বে</td></tr><tr><td>৩</td><td>বৃক্ষরোপণ করতে হবে।</td><td>৩০ জুনের মধ্যে</td></tr><tr><td>৪</td><td>তালিকা করতে হবে।</td><td>১৫ দিনের মধ্যে</td></tr><tr><td>৫</td><td>সাইনবোর্ড দিতে হবে।</td><td>৩১ আষাঢ় ১৪৩১</td></tr></table></body></html>",
        TITLE.replace("\n\n", "</p><p>")
    );
    let v = record("limits.html", &html);
    let deadlines: Vec<Vec<(Value, Value, Value)>> = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| (x["raw"].clone(), x["iso"].clone(), x["calendar"].clone()))
                .collect()
        })
        .collect();
    let (n, s) = (Value::Null, |x: &str| Value::from(x));
    assert_eq!(
        deadlines,
        [
            vec![],
            vec![],
            vec![(s("৩০ জুন"), s("2024-06-30"), s("gregorian"))],
            vec![(s("১৫ দিনের মধ্যে"), n.clone(), n.clone())],
            vec![(s("৩১ আষাঢ় ১৪৩১"), s("2024-07-15"), s("bangla"))],
        ]
    );
}

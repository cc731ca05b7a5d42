//! Every form the normalizer reads, end to end (bytes → ingest → tables →
//! tokens → record), on small documents written the way offices write them.
//! Each test names the form it covers; the larger real layouts are the golden
//! fixtures (`tests/golden.rs`).

use serde_json::Value;

/// The record of a text document.
fn record(text: &str) -> Value {
    let options = sabha_batch::Options::default();
    let record = sabha_batch::convert_document("form.txt", text.as_bytes(), &options);
    let v = serde_json::to_value(record).unwrap();
    assert_eq!(v["status"], "ok", "{v}");
    v
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

fn codes(v: &Value) -> Vec<String> {
    v["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap().to_string()).collect()
}

const CHAIR_NAME: &str = "জনাব মোঃ আবদুল করিম";
const CHAIR_POST: &str = "জেলা প্রশাসক, কুমিল্লা";

fn assert_header(v: &Value) {
    assert_eq!(v["meeting"]["chair"]["name"], CHAIR_NAME, "{}", v["meeting"]);
    assert_eq!(v["meeting"]["chair"]["designation"], CHAIR_POST, "{}", v["meeting"]);
    assert_eq!(v["meeting"]["date"]["iso"], "2024-03-14", "{}", v["meeting"]);
    assert_eq!(v["meeting"]["time"]["hh_mm"], "11:00", "{}", v["meeting"]);
    assert_eq!(v["meeting"]["venue"], "জেলা প্রশাসকের সম্মেলন কক্ষ", "{}", v["meeting"]);
}

#[test]
fn header_label_tab_value() {
    let v = record(
        "সভাপতি\tজনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nসভার তারিখ\t১৪ মার্চ ২০২৪\nসভার সময়\tসকাল ১১.০০ টা\nস্থান\tজেলা প্রশাসকের সম্মেলন কক্ষ\n",
    );
    assert_header(&v);
}

#[test]
fn header_label_tab_colon_tab_value() {
    let v = record(
        "সভাপতি\t:\tজনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা।\nতারিখ\t:\t১৪/০৩/২০২৪ খ্রিঃ।\nসময়\t:\tসকাল ১১.০০ টা।\nস্থান\t:\tজেলা প্রশাসকের সম্মেলন কক্ষ।\n",
    );
    assert_header(&v);
    assert_eq!(v["meeting"]["date"]["raw"], "১৪/০৩/২০২৪ খ্রিঃ");
}

#[test]
fn header_label_colon_and_visarga() {
    let v = record(
        "সভাপতি : জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nসভার তারিখঃ ১৪ মার্চ, ২০২৪\nসময়ঃ সকাল ১১.০০ টা\nস্থান ঃ জেলা প্রশাসকের সম্মেলন কক্ষ\n",
    );
    assert_header(&v);
}

#[test]
fn header_label_and_value_on_separate_lines() {
    let v = record(
        "সভাপতি\nজনাব মোঃ আবদুল করিম\nজেলা প্রশাসক, কুমিল্লা\n\nসভার তারিখ\n১৪/০৩/২০২৪\n\nসময়\nসকাল ১১.০০ টা\n\nস্থান\nজেলা প্রশাসকের সম্মেলন কক্ষ\n",
    );
    assert_header(&v);
}

#[test]
fn header_label_then_value_without_separator() {
    let v = record(
        "সভাপতি জনাব মোঃ আবদুল করিম জেলা প্রশাসক, কুমিল্লা\nসভার তারিখ ১৪ মার্চ ২০২৪\nসভার সময় সকাল ১১.০০ টা\nস্থান জেলা প্রশাসকের সম্মেলন কক্ষ\n\nসভাপতি সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।\n",
    );
    assert_header(&v);
}

#[test]
fn header_two_column_table() {
    let v = record(
        "| সভাপতি | জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা |\n|---|---|\n| তারিখ ও সময় | ১৪ মার্চ ২০২৪, সকাল ১১.০০ টা |\n| স্থান | জেলা প্রশাসকের সম্মেলন কক্ষ |\n",
    );
    assert_header(&v);
    assert_eq!(v["meeting"]["date"]["raw"], "১৪ মার্চ ২০২৪");
    assert_eq!(v["meeting"]["time"]["raw"], "সকাল ১১.০০ টা");
}

#[test]
fn convener_with_designation_in_the_next_paragraph_and_attendance() {
    let v = record(
        "আহবায়ক: জনাব মোঃ আবদুল করিম\n\nজেলা প্রশাসক, কুমিল্লা\n\nসভার তারিখঃ ১৪/০৩/২০২৪খ্রি.\n\nসময়ঃ বেলা ১১.০০ ঘটিকা।\n\nস্থানঃ জেলা প্রশাসকের সম্মেলন কক্ষ।\n\nউপস্থিত সদস্যবৃন্দ : পরিশিষ্ট “ক” দ্রষ্টব্য।\n",
    );
    assert_header(&v);
    assert_eq!(v["meeting"]["attendance"], "পরিশিষ্ট “ক” দ্রষ্টব্য");
}

#[test]
fn decision_table_columns_in_any_order_without_discussion() {
    let v = record(
        "| সিদ্ধান্ত | ক্রম | বাস্তবায়নকারী | আলোচ্য বিষয় |\n|---|---|---|---|\n| আগামী ৩০ জুন, ২০২৪ তারিখের মধ্যে প্রতিবেদন দিতে হবে। | ১. | ১। উপজেলা নির্বাহী অফিসার (সকল) ২। জেলা শিক্ষা অফিসার, কুমিল্লা। | প্রতিবেদন |\n| কাজ চলমান রাখতে হবে। | ২. | চলমান | বিবিধ |\n",
    );
    let d = &v["decisions"];
    assert_eq!(d.as_array().unwrap().len(), 2, "{d}");
    assert_eq!(d[0]["label"], "১");
    assert_eq!(d[0]["topic"], "প্রতিবেদন");
    assert_eq!(d[0]["discussion"], Value::Null);
    assert_eq!(strs(&d[0]["responsible"]), ["উপজেলা নির্বাহী অফিসার (সকল)", "জেলা শিক্ষা অফিসার, কুমিল্লা"]);
    assert_eq!(d[0]["deadlines"][0]["iso"], "2024-06-30");
    assert_eq!(d[0]["deadlines"][0]["raw"], "৩০ জুন, ২০২৪");
    assert_eq!(d[1]["responsible"], serde_json::json!([]));
}

#[test]
fn indicator_rows_and_a_continuation_table() {
    let v = record(
        "| আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে |\n|---|---|---|---|\n| [১.১.১] সেবা সহজিকরণ | আলোচনা হয়। | সেবা সহজ করতে হবে। | কমিটি |\n\n\n| | | | |\n|---|---|---|---|\n| [২.১.১] তথ্য বাতায়ন হালনাগাদ | আলোচনা হয়। | হালনাগাদ করতে হবে। | কমিটি |\n",
    );
    let d = v["decisions"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!((d[0]["label"].as_str(), d[0]["topic"].as_str()), (Some("১.১.১"), Some("সেবা সহজিকরণ")));
    assert_eq!(d[1]["label"], "২.১.১");
}

#[test]
fn lettered_items_after_the_decisions_heading() {
    let v = record(
        "সভার তারিখ: ০১ জুলাই ২০২৪\n\nসিদ্ধান্তসমূহ:\n\nক) সকল দপ্তরে পত্র দিতে হবে।\n\nখ) তথ্য ৩০ জুলাইয়ের মধ্যে সংগ্রহ করতে হবে।\n\n০৭। সভায় আর কোন আলোচ্য বিষয় না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।\n",
    );
    let d = v["decisions"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1]["label"], "খ");
    assert_eq!(d[1]["deadlines"][0]["iso"], "2024-07-30");
}

#[test]
fn numbered_items_after_an_announcing_sentence() {
    let v = record(
        "বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n১. প্রথম কাজ ১৫ দিনের মধ্যে করতে হবে।\n২. দ্বিতীয় কাজ করতে হবে।\n\nসভাপতি সকলকে ধন্যবাদ জানান।\n",
    );
    let d = v["decisions"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0]["deadlines"][0]["raw"], "১৫ দিনের মধ্যে");
    assert_eq!(d[0]["deadlines"][0]["iso"], Value::Null);
}

#[test]
fn a_single_decision_paragraph() {
    let v = record("**সিদ্ধান্ত:** সকল দপ্তর নির্ধারিত সময়ের মধ্যে কার্যক্রম সম্পন্ন করবে।\n");
    let d = v["decisions"].as_array().unwrap();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["decision"], "সকল দপ্তর নির্ধারিত সময়ের মধ্যে কার্যক্রম সম্পন্ন করবে।");
    assert_eq!(d[0]["deadlines"], serde_json::json!([]));
}

#[test]
fn agenda_by_agenda_narrative() {
    let v = record(
        "আলোচ্যসূচি-১: বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ\nআলোচনা: কার্যবিবরণী পাঠ করা হয়।\nসিদ্ধান্তঃ কার্যবিবরণী দৃঢ়ীকরণ করা হলো।\nবাস্তবায়নে: ১। সদস্য সচিব ২। সকল সদস্য\n\nআলোচ্যসূচি-২: বিবিধ\nআলোচনা: গত ২৪ সেপ্টেম্বর ২০২৩ তারিখে অনুষ্ঠিত সভার সিদ্ধান্ত পর্যালোচনা করা হয়।\nসিদ্ধান্তঃ গত ২৪ সেপ্টেম্বর ২০২৩ তারিখের সিদ্ধান্ত বহাল থাকবে।\nবাস্তবায়নে: উপজেলা নির্বাহী অফিসার, কুমিল্লা\n",
    );
    let d = v["decisions"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(
        (d[0]["label"].as_str(), d[0]["topic"].as_str()),
        (Some("১"), Some("বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ"))
    );
    assert_eq!(d[0]["discussion"], "কার্যবিবরণী পাঠ করা হয়।");
    assert_eq!(strs(&d[0]["responsible"]), ["সদস্য সচিব", "সকল সদস্য"]);
    assert_eq!(strs(&d[1]["responsible"]), ["উপজেলা নির্বাহী অফিসার, কুমিল্লা"]);
    assert_eq!(d[1]["deadlines"], serde_json::json!([]), "a past date is no deadline");
}

#[test]
fn memo_issue_dates_signature_and_distribution() {
    let v = record(
        "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।\n\n\n২৫-১০-২০২৩\n\n(মোঃ আবদুল করিম)\nজেলা প্রশাসক\nকুমিল্লা।\nফোন: ০৮১-৬৬০০০\n\nস্মারক নং-০৫.৪৩.১৯০০.০০৪.১৬.০১১.২৩-২১৩\t\tতারিখ: ৯ কার্তিক ১৪৩০ বঙ্গাব্দ\n\t\t২৫ অক্টোবর ২০২৩ খ্রিস্টাব্দ\n\nঅনুলিপি সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে:\n- ১) বিভাগীয় কমিশনার, চট্টগ্রাম বিভাগ, চট্টগ্রাম ;\n- ২) পুলিশ সুপার, কুমিল্লা এবং\n- ৩) উপজেলা নির্বাহী অফিসার (সকল), কুমিল্লা\n(সংশ্লিষ্ট সিদ্ধান্ত বাস্তবায়নের অনুরোধসহ)।\n\nঅনুলিপি জ্ঞাতার্থে:\nজনাব,\n....., কুমিল্লা\n",
    );
    assert_eq!(v["memo"]["number"], "05.43.1900.004.16.011.23-213", "{}", v["memo"]);
    let issued: Vec<(&str, &str)> = v["issued"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["calendar"].as_str().unwrap(), d["iso"].as_str().unwrap()))
        .collect();
    assert_eq!(issued, [("bangla", "2023-10-25"), ("gregorian", "2023-10-25")]);
    assert_eq!(v["signatories"][0]["name"], "মোঃ আবদুল করিম");
    assert_eq!(v["signatories"][0]["designation"], "জেলা প্রশাসক কুমিল্লা");
    assert_eq!(
        strs(&v["distribution"]),
        [
            "বিভাগীয় কমিশনার, চট্টগ্রাম বিভাগ, চট্টগ্রাম",
            "পুলিশ সুপার, কুমিল্লা",
            "উপজেলা নির্বাহী অফিসার (সকল), কুমিল্লা (সংশ্লিষ্ট সিদ্ধান্ত বাস্তবায়নের অনুরোধসহ)"
        ]
    );
}

#[test]
fn attendance_table_with_split_names_phone_email_and_role() {
    let v = record(
        "| ক্রম | নাম ও পদবি | মোবাইল ও ই-মেইল | কমিটিতে পদবি |\n|---|---|---|---|\n| ১ | মোঃ এনামুল হক, উপসচিব, প্রশাসন-১ | ০১৭১০-৭৬৫১ ৩৩ anamul @example.gov.bd | আহবায়ক |\n| ২ | জনাব অপু রানী নাথ সহকারী পরিদর্শক | ০১৭১১২৬৬০৮৫ | সদস্য |\n| ৩ | | | |\n",
    );
    let a = v["attendees"].as_array().unwrap();
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(
        (a[0]["name"].as_str(), a[0]["designation"].as_str()),
        (Some("মোঃ এনামুল হক"), Some("উপসচিব, প্রশাসন-১"))
    );
    assert_eq!(
        (a[0]["phone"].as_str(), a[0]["email"].as_str()),
        (Some("01710765133"), Some("anamul@example.gov.bd"))
    );
    assert_eq!(a[0]["role"], "আহবায়ক");
    assert_eq!(a[1]["designation"], "সহকারী পরিদর্শক");
}

#[test]
fn a_notice_and_a_letter_get_no_decisions() {
    let notice = record(
        "সভার নোটিশ\n\nসভার তারিখ : ২৯ এপ্রিল ২০২৪\n\nআলোচ্যসূচি:\n১. বিগত সভার কার্যবিবরণী পাঠ ও দৃঢ়ীকরণ;\n২. বিবিধ।\n\nযথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।\n",
    );
    assert_eq!(notice["decisions"], serde_json::json!([]));
    assert_eq!(notice["title"], "সভার নোটিশ");
    let letter = record(
        "বিষয়: সভার কার্যবিবরণী প্রেরণ প্রসঙ্গে।\n\nউপর্যুক্ত বিষয়ে গৃহীত সিদ্ধান্তসমূহ আগামী ১৫ সেপ্টেম্বর ২০২৪ তারিখের মধ্যে বাস্তবায়নের অনুরোধ করা হলো।\n",
    );
    assert_eq!(letter["decisions"], serde_json::json!([]));
    assert_eq!(letter["title"], Value::Null);
}

#[test]
fn warnings_about_the_document_itself() {
    let v = record(
        "সভার তারিখ: ৩০ অক্টোবর ২০২৩\n\nসিদ্ধান্ত: সম্পূর্ণতার হার ৮৯০% সংশোধন করতে হবে।\n\nস্মারক নম্বর: ০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮\n\nতারিখ:\n\n২০ জ্যোতি, ১৪৩০\n২৫ অক্টোবর ২০২৩\n",
    );
    let c = codes(&v);
    for code in [
        "percentage_over_100",
        "issued_dates_disagree",
        "month_read_by_closeness",
        "meeting_date_after_issue_date",
    ] {
        assert!(c.iter().any(|x| x == code), "no {code} in {c:?}");
    }
}

#[test]
fn department_wise_progress_paragraphs() {
    // Upazila / district coordination meetings report department by department:
    // each numbered paragraph is an agenda item (label, department, report) with its
    // own decision, the heading on the report's line or alone above it.
    let v = record(
        "উপজেলা উন্নয়ন সমন্বয় কমিটির মাসিক সভার কার্যবিবরণী\r\n\r\nসভাপতি: জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\r\n\r\n২. দপ্তরভিত্তিক আলোচনা ও সিদ্ধান্ত:\r\n\r\n২.১ কৃষি বিভাগ: উপজেলা কৃষি অফিসার জানান, বীজ বিতরণ করা হয়েছে।\r\nসিদ্ধান্ত: তালিকা নোটিশ বোর্ডে প্রকাশ করতে হবে।\r\nবাস্তবায়নে: উপজেলা কৃষি অফিসার\r\n\r\n২.২ উপজেলা শিক্ষা অফিস:\r\nশিক্ষা অফিসার জানান, ১৪টি বিদ্যালয়ে পাঠদান ব্যাহত হচ্ছে।\r\nসিদ্ধান্ত: মেরামত প্রাক্কলন ১০ কার্যদিবসের মধ্যে প্রেরণ করতে হবে।\r\nবাস্তবায়নে: ১। উপজেলা শিক্ষা অফিসার ২। উপজেলা প্রকৌশলী\r\n",
    );
    let d = v["decisions"].as_array().unwrap();
    let read: Vec<(&str, &str, &str)> = d
        .iter()
        .map(|d| {
            (d["label"].as_str().unwrap(), d["topic"].as_str().unwrap(), d["discussion"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        read,
        [
            ("২.১", "কৃষি বিভাগ", "উপজেলা কৃষি অফিসার জানান, বীজ বিতরণ করা হয়েছে।"),
            ("২.২", "উপজেলা শিক্ষা অফিস", "শিক্ষা অফিসার জানান, ১৪টি বিদ্যালয়ে পাঠদান ব্যাহত হচ্ছে।"),
        ]
    );
    assert_eq!(d[0]["decision"], "তালিকা নোটিশ বোর্ডে প্রকাশ করতে হবে।");
    assert_eq!(strs(&d[1]["responsible"]), ["উপজেলা শিক্ষা অফিসার", "উপজেলা প্রকৌশলী"]);
    assert_eq!(d[1]["deadlines"][0]["raw"], "১০ কার্যদিবসের মধ্যে");
}

#[test]
fn signature_of_a_post_named_for_its_work_after_the_distribution_list() {
    // Word exports put every line in a paragraph of its own.
    let v = record(
        "সভাপতি: জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\n\n১। পাঠ্যপুস্তক বিতরণ: সিদ্ধান্ত: বই যথাসময়ে বিতরণ করতে হবে।\n\nমোঃ আবদুল করিম\n\nজেলা প্রশাসক\n\nবিতরণ:\n\n০১) সচিব, শিক্ষা মন্ত্রণালয়।\n\n০২) মহাপরিচালক, প্রাথমিক শিক্ষা অধিদপ্তর।\n\nমোহাম্মদ আনোয়ার হোসেন\n\nবিতরণ নিয়ন্ত্রক ও সদস্য সচিব\n\nফোন: ০১৭০০-০০০৭৪১\n",
    );
    let signatories: Vec<(String, String)> = v["signatories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap().to_string(), p["designation"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        signatories,
        [
            ("মোঃ আবদুল করিম".to_string(), "জেলা প্রশাসক".to_string()),
            ("মোহাম্মদ আনোয়ার হোসেন".to_string(), "বিতরণ নিয়ন্ত্রক ও সদস্য সচিব".to_string())
        ]
    );
    assert_eq!(strs(&v["distribution"]), ["সচিব, শিক্ষা মন্ত্রণালয়", "মহাপরিচালক, প্রাথমিক শিক্ষা অধিদপ্তর"]);
}

#[test]
fn header_labels_padded_to_a_colon_column_in_groups() {
    // Labels padded with spaces so the colons line up, in groups parted by blank
    // lines: the space-aligned table reader must keep each label its own row.
    let v = record(
        "দরপত্র মূল্যায়ন কমিটির সভার কার্যবিবরণী\n\nপ্যাকেজ নং      : KP/W-07/2026-27\nকাজের নাম       : ড্রেন নির্মাণ\n\nসভাপতি          : জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nসভার তারিখ      : ১৪ মার্চ ২০২৪\nসময়             : সকাল ১১.০০ টা\nস্থান            : জেলা প্রশাসকের সম্মেলন কক্ষ\n\n০১। সভাপতি উপস্থিত সকলকে স্বাগত জানান।\n",
    );
    assert_header(&v);
}

#[test]
fn label_value_agenda_tables_one_after_another_whose_topic_names_a_decision() {
    // Each agenda item is its own two-column table of labels and values; the
    // first item's topic mentions decisions, which must not make it a table read
    // across (nor the tables after it its continuations).
    let item = |topic: &str, decision: &str, by: &str| {
        format!(
            "<table><tr><td>বিষয়</td><td>{topic}</td></tr><tr><td>আলোচনা</td><td>বিস্তারিত আলোচনা হয়।</td></tr><tr><td>সিদ্ধান্ত</td><td>{decision}</td></tr><tr><td>বাস্তবায়নে</td><td>{by}</td></tr></table>"
        )
    };
    let html = format!(
        "<html><body><p>সভাপতি: জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা</p>{}{}</body></html>",
        item("বিগত সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি", "প্রতিবেদন মাসিক ছকে দাখিল করতে হবে।", "সকল অপারেটর"),
        item("কল ড্রপ ও ডেটা সেবার মান", "সাইটের তালিকা ৭ কর্মদিবসের মধ্যে দাখিল করতে হবে।", "মোবাইল অপারেটর"),
    );
    let v = record(&html);
    let d = v["decisions"].as_array().unwrap();
    let got: Vec<(&str, &str)> =
        d.iter().map(|x| (x["topic"].as_str().unwrap(), x["decision"].as_str().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("বিগত সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি", "প্রতিবেদন মাসিক ছকে দাখিল করতে হবে।"),
            ("কল ড্রপ ও ডেটা সেবার মান", "সাইটের তালিকা ৭ কর্মদিবসের মধ্যে দাখিল করতে হবে।"),
        ]
    );
    assert_eq!(strs(&d[1]["responsible"]), ["মোবাইল অপারেটর"]);
}

#[test]
fn a_notice_above_the_minutes_it_attaches_announces_the_next_meeting() {
    // The notice's date and place are the next meeting's; the minutes' own header
    // follows their title.
    let v = record(
        "উপজেলা নির্বাহী অফিসারের কার্যালয়\n\nসভার নোটিশ\n\nকমিটির অক্টোবর মাসের সভা নিম্নোক্ত তারিখ ও স্থানে অনুষ্ঠিত হবে। বিগত সভার কার্যবিবরণী সংযুক্ত করা হলো।\n\nতারিখ : ০৮ অক্টোবর ২০২৪ খ্রিঃ\nস্থান  : উপজেলা পরিষদ সভাকক্ষ\n\nউপজেলা হাট-বাজার ব্যবস্থাপনা কমিটির সেপ্টেম্বর/২০২৪ মাসের সভার কার্যবিবরণী\n\nসভাপতি : জনাব মোঃ আবদুল করিম, জেলা প্রশাসক, কুমিল্লা\nসভার তারিখ : ১৪ মার্চ ২০২৪\nসময় : সকাল ১১.০০ টা\nস্থান : জেলা প্রশাসকের সম্মেলন কক্ষ\n\nসিদ্ধান্ত: ইজারা মূল্য আদায় করতে হবে।\n",
    );
    assert_header(&v);
}

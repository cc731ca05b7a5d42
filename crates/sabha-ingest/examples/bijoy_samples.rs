//! Prints Bijoy test inputs made by an independent converter (poriborton) from a
//! Bengali word list, one JSON object a line: `{"unicode": …, "bijoy": …}`.
//! `tools/bijoy_vectors.py` runs the PyPI converters on them.
//!
//! ```sh
//! cargo run -p sabha-ingest --example bijoy_samples -- /tmp/tess/ben.words 60 > /tmp/bijoy_samples.jsonl
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (path, every) = match args.as_slice() {
        [_, path, every] => (path, every.parse::<usize>()?),
        _ => return Err("usage: bijoy_samples WORDS EVERY_NTH".into()),
    };
    let words = std::fs::read_to_string(path)?;
    let bengali = words.lines().filter(|w| w.chars().all(|c| ('\u{0980}'..='\u{09FF}').contains(&c)));
    for word in bengali.step_by(every.max(1)) {
        // poriborton reads য় ড় ঢ় only precomposed.
        let word = word
            .replace("য\u{09BC}", "\u{09DF}")
            .replace("ড\u{09BC}", "\u{09DC}")
            .replace("ঢ\u{09BC}", "\u{09DD}");
        let bijoy = poriborton::bijoy2000::unicode_to_bijoy(&word);
        println!("{}", serde_json::json!({ "unicode": word, "bijoy": bijoy }));
    }
    Ok(())
}

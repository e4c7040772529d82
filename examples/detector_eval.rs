//! Prints the detector's recall and precision on the labelled corpus, per split.
//! `cargo run --release --example detector_eval [dev|test|all] [--missed]`
fn main() {
    use parley::moderation::detector::evaluation::{evaluate, parse_corpus};
    let corpus = std::fs::read_to_string("tests/data/detector_corpus.jsonl").unwrap();
    let docs = parse_corpus(&corpus);
    let split = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let chosen: Vec<_> = docs
        .into_iter()
        .filter(|d| split == "all" || d.split.as_deref() == Some(split.as_str()))
        .collect();
    let report = evaluate(&chosen);
    println!("{split} ({} documents)\n{}", chosen.len(), report.table());
    if std::env::args().any(|a| a == "--missed") {
        let mut missed = report.missed.clone();
        missed.sort();
        for m in missed {
            println!("missed {m:?}");
        }
    }
}

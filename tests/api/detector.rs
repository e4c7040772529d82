//! The detector measured on its labelled corpus (tests/data/detector_corpus.jsonl). The `dev`
//! split holds the phrasings the rules were tuned on and must meet the targets; the `test`
//! split (phrasings never tuned on) must not fall below where it stood when it was written.

use parley::moderation::detector::Kind;
use parley::moderation::detector::evaluation::{Document, evaluate, parse_corpus};

fn corpus(split: &str) -> Vec<Document> {
    let text = include_str!("../data/detector_corpus.jsonl");
    parse_corpus(text)
        .into_iter()
        .filter(|d| d.split.as_deref() == Some(split))
        .collect()
}

fn target(kind: Kind) -> f64 {
    match kind {
        Kind::Person | Kind::Location | Kind::Date => 0.95,
        Kind::Organisation => 0.85,
        _ => 0.99,
    }
}

#[test]
fn the_dev_split_meets_every_recall_target_per_kind_and_language() {
    let docs = corpus("dev");
    assert!(docs.len() >= 200, "at least 200 documents");
    let report = evaluate(&docs);
    let mut short = Vec::new();
    for ((kind, lang), counts) in &report.cells {
        if counts.gold > 0 && counts.recall() < target(*kind) {
            short.push(format!(
                "{kind} {lang}: {:.3} < {}",
                counts.recall(),
                target(*kind)
            ));
        }
    }
    assert!(
        short.is_empty(),
        "below target:\n{}\n{}",
        short.join("\n"),
        report.table()
    );
    assert!(report.ordinary_rate() < 0.10, "{}", report.table());
}

/// Asserts a split's recall stays at or above `floor(kind)` in every language.
fn no_regression(split: &str, floor: impl Fn(Kind) -> f64) {
    let report = evaluate(&corpus(split));
    for ((kind, lang), counts) in &report.cells {
        assert!(
            counts.recall() >= floor(*kind),
            "{split} split, {kind} {lang}: {:.3}\n{}",
            counts.recall(),
            report.table()
        );
    }
    assert!(report.ordinary_rate() < 0.10, "{}", report.table());
}

#[test]
fn the_test_split_meets_the_targets_and_does_not_regress() {
    // Figures when the split was written: person 0.89 (ro) to 1.00, everything else 1.00; since
    // the rules for brackets, Romanian clitics, "to"/"do"/"pe"/"la" and instrumental surnames
    // (tuned on the dev split's added phrasings): person 0.98 (ro) to 1.00.
    no_regression("test", target);
}

#[test]
fn the_unseen_split_does_not_regress() {
    // Written on 2026-11-29 before the last round of rules and measured once after it (never
    // tuned on): 1.00 for every kind in every language, 8 of 743 ordinary capitalised words
    // flagged. Three earlier unseen splits, measured the same way (person 0.77 to 1.00), are
    // now dev.
    no_regression("unseen", target);
}

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

/// The "field" split (`tests/data/detector_field.txt`): long first-person stories with the
/// vocabulary of the field. `[[kind|text]]` is a labelled span, `{{text}}` an ordinary mention
/// (an international body, a treaty, a method, a platform) that must not be flagged.
fn field_split() -> Vec<Document> {
    let source = include_str!("../data/detector_field.txt");
    let mut documents = Vec::new();
    for block in source.split("\n=== ").skip(1) {
        let (lang, marked) = block.split_once('\n').unwrap();
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut ordinary = Vec::new();
        let mut rest = marked.trim();
        while !rest.is_empty() {
            let next = [rest.find("[["), rest.find("{{")]
                .into_iter()
                .flatten()
                .min();
            let Some(at) = next else {
                text.push_str(rest);
                break;
            };
            text.push_str(&rest[..at]);
            let start = text.chars().count();
            if rest[at..].starts_with("[[") {
                let end = at + rest[at..].find("]]").unwrap();
                let (kind, inner) = rest[at + 2..end].split_once('|').unwrap();
                text.push_str(inner);
                spans.push(serde_json::json!({
                    "kind": kind, "start": start, "end": text.chars().count()
                }));
                rest = &rest[end + 2..];
            } else {
                let end = at + rest[at..].find("}}").unwrap();
                text.push_str(&rest[at + 2..end]);
                ordinary.push([start, text.chars().count()]);
                rest = &rest[end + 2..];
            }
        }
        documents.push(
            serde_json::from_value(serde_json::json!({
                "split": "field", "lang": lang.trim(), "text": text,
                "spans": spans, "ordinary": ordinary,
            }))
            .unwrap(),
        );
    }
    documents
}

#[test]
fn the_field_split_flags_no_ordinary_mention_and_does_not_regress() {
    use parley::moderation::detector::{ScanOptions, scan};
    use parley::moderation::redact::ACCEPTED_BY_DEFAULT;
    let docs = field_split();
    assert_eq!(docs.len(), 10, "two stories in each of the five languages");
    let report = evaluate(&docs);
    let mut mentions = 0;
    let mut flagged = Vec::new();
    let mut ticked = Vec::new();
    for doc in &docs {
        let findings = scan(&doc.text, &ScanOptions::default());
        for [start, end] in &doc.ordinary {
            mentions += 1;
            let mention: String = doc.text.chars().skip(*start).take(end - start).collect();
            let over: Vec<_> = findings
                .iter()
                .filter(|f| f.start < *end && *start < f.end)
                .collect();
            if let Some(f) = over.first() {
                flagged.push(format!("{} ({}: {})", mention, f.kind, f.text));
            }
            if over.iter().any(|f| f.confidence >= ACCEPTED_BY_DEFAULT) {
                ticked.push(mention.clone());
            }
        }
    }
    println!(
        "field split\n{}ordinary mentions flagged: {} of {mentions}\n{}",
        report.table(),
        flagged.len(),
        flagged.join("\n")
    );
    // Measured on 2026-12-06 when the split was written, before any rule was tuned on it: 35
    // of the 57 ordinary mentions flagged (61 %); person 0.95 / 0.37
    // (recall / precision), location 0.92 / 0.55. After the never-identifying rule (written
    // from the categories, then checked here, so this split is now tuned on): 0 of 57,
    // person 0.95 / 0.83, location 0.92 / 0.86; the other splits unchanged.
    assert!(
        flagged.len() * 20 <= mentions,
        "more than 5 % of {mentions} ordinary mentions flagged:\n{}",
        flagged.join("\n")
    );
    assert!(
        ticked.is_empty(),
        "pre-ticked ordinary mentions: {ticked:?}"
    );
    for (kind, counts) in report.by_kind() {
        let floor = match kind {
            Kind::Person => 0.95,
            Kind::Location => 0.91,
            _ => 1.0,
        };
        assert!(
            counts.recall() >= floor,
            "field split, {kind}: {:.3}\n{}",
            counts.recall(),
            report.table()
        );
    }
}

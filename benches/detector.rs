//! `cargo bench --bench detector`: how long a scan of a 10 KB case study takes, and the
//! detector's recall and precision on the labelled corpus (dev and unseen test splits).

use criterion::{Criterion, criterion_group, criterion_main};
use parley::moderation::detector::evaluation::{evaluate, parse_corpus};
use parley::moderation::detector::{ScanOptions, scan};

fn ten_kilobytes() -> String {
    let corpus = parse_corpus(include_str!("../tests/data/detector_corpus.jsonl"));
    let mut text = String::new();
    for doc in corpus.iter().cycle() {
        if text.len() >= 10 * 1024 {
            break;
        }
        text.push_str(&doc.text);
        text.push_str("\n\n");
    }
    text
}

fn bench(c: &mut Criterion) {
    let corpus = parse_corpus(include_str!("../tests/data/detector_corpus.jsonl"));
    for split in ["dev", "test"] {
        let docs: Vec<_> = corpus
            .iter()
            .filter(|d| d.split.as_deref() == Some(split))
            .cloned()
            .collect();
        println!(
            "\n{split} split ({} documents)\n{}",
            docs.len(),
            evaluate(&docs).table()
        );
    }
    let text = ten_kilobytes();
    let options = ScanOptions::default();
    let _ = scan(&text, &options);
    c.bench_function(&format!("scan {} bytes", text.len()), |b| {
        b.iter(|| scan(&text, &options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

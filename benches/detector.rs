//! `cargo bench --bench detector`: how long a scan of a 10 KB case study takes (with an empty
//! and with a 1,000-term deny-list; of templated sentences and of the long first-person stories
//! of the field splits), and the detector's recall and precision on the labelled corpus (the dev
//! split, the test split and the unseen split written after the last rule change).

use criterion::{Criterion, criterion_group, criterion_main};
use parley::moderation::detector::deny::{DenyKey, DenyList};
use parley::moderation::detector::evaluation::{evaluate, parse_corpus, parse_marked};
use parley::moderation::detector::{Kind, ScanOptions, scan};

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

/// 10 KB of the field splits' long stories (their marks taken out): run-on sentences, quotes,
/// five languages, the text the detector really meets.
fn ten_kilobytes_of_stories() -> String {
    let marked = [
        include_str!("../tests/data/detector_field.txt"),
        include_str!("../tests/data/detector_field2.txt"),
    ];
    let stories: Vec<String> = marked
        .iter()
        .flat_map(|source| parse_marked(source, "field"))
        .map(|doc| doc.text)
        .collect();
    let mut text = String::new();
    for story in stories.iter().cycle() {
        if text.len() >= 10 * 1024 {
            break;
        }
        text.push_str(story);
        text.push_str("\n\n");
    }
    text
}

fn bench(c: &mut Criterion) {
    let corpus = parse_corpus(include_str!("../tests/data/detector_corpus.jsonl"));
    for split in ["dev", "test", "unseen"] {
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
    for (name, source) in [
        ("field", include_str!("../tests/data/detector_field.txt")),
        (
            "second field",
            include_str!("../tests/data/detector_field2.txt"),
        ),
    ] {
        let docs = parse_marked(source, name);
        println!(
            "\n{name} split ({} documents)\n{}",
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
    let stories = ten_kilobytes_of_stories();
    c.bench_function(
        &format!("scan {} bytes of field stories", stories.len()),
        |b| b.iter(|| scan(&stories, &options)),
    );
    // A community a few years on: 1,000 confirmed terms (one and two words) on the deny-list.
    let mut deny_list = DenyList::new(DenyKey(*b"bench-deny-key!!"));
    for i in 0..1000 {
        let term = if i % 2 == 0 {
            format!("Selo{i}ivka")
        } else {
            format!("Name{i} Surname{i}enko")
        };
        deny_list.insert(&term, Kind::Person);
    }
    let options = ScanOptions {
        deny_list,
        ..ScanOptions::default()
    };
    c.bench_function(
        &format!("scan {} bytes, 1000 deny-list terms", text.len()),
        |b| b.iter(|| scan(&text, &options)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);

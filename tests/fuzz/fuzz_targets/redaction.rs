//! Accepting every finding leaves none of their texts, in any form, outside the labels that
//! redaction put in; and redaction is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parley::moderation::detector::{ScanOptions, occurrences, scan};
use parley::moderation::redact::{
    Accepted, Surroundings, Strategy, Texts, redact_with_spans, without_replacements,
};

fuzz_target!(|input: &str| {
    // The first line is the title, the rest the body.
    let (title, body) = input.split_once('\n').unwrap_or((input, ""));
    let findings = scan(input, &ScanOptions::default());
    let strategies = [Strategy::Pseudonym, Strategy::Generalise, Strategy::Remove];
    let accepted: Vec<Accepted> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| Accepted {
            kind: f.kind,
            text: f.text.clone(),
            strategy: strategies[i % strategies.len()].clone(),
            suggestion: Some(f.suggestion.clone()),
        })
        .collect();
    let texts = Texts {
        title: title.into(),
        lessons: String::new(),
        body_markdown: body.into(),
    };
    let (out, _, inserted) = redact_with_spans(&texts, &accepted, &Surroundings::default());
    for rest in [
        without_replacements(&out.title, &inserted[0]),
        without_replacements(&out.body_markdown, &inserted[2]),
    ] {
        for f in &findings {
            assert!(!rest.contains(&f.text), "{:?} survived in {rest:?}", f.text);
            assert!(
                occurrences(&rest, &f.text).is_empty(),
                "a form of {:?} survived in {rest:?}",
                f.text
            );
        }
    }
    let (again, _, _) = redact_with_spans(&texts, &accepted, &Surroundings::default());
    assert_eq!(again, out);
});

use proptest::prelude::{Strategy as Generator, *};

use super::{Accepted, Strategy, Surroundings, Texts, redact};
use crate::moderation::detector::{Kind, ScanOptions, scan};

/// Words that make findings likely, mixed with arbitrary ones.
fn word() -> impl Generator<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "Оксана", "Оксаною", "Kharkiv", "Харкова", "Agnieszką", "Ionescu", "Mr", "Petrenko",
            "village", "of", "Zorianivka", "Fundacja", "Nadzieja", "+380 67 123 4567",
            "olena@example.org", "14 січня 2023", "в/ч А1234", "the", "we", "met", "з", "у",
            "UNHCR", "Monday", "Ukraine", "Coral", "Heron", "Person", "[Person A]", "ГО", "«Світанок»",
        ])
        .prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

fn text() -> impl Generator<Value = String> {
    prop::collection::vec(
        (
            word(),
            prop::sample::select(vec![" ", " ", ", ", ". ", "\n", "-"]),
        ),
        0..40,
    )
    .prop_map(|parts| parts.into_iter().map(|(w, sep)| w + sep).collect())
}

/// 300 cases per property (`PROPTEST_CASES` for a longer hunt); shrunk failures are kept
/// in `tests/data` (re-run first).
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(300),
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::Direct("tests/data/proptest-redact.txt"),
        )),
        ..ProptestConfig::default()
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// One way of writing a character so that a reader still sees it.
fn encode_char(c: char, how: u8) -> String {
    let lookalike = |c: char| match c {
        'a' => Some('а'),
        'o' => Some('о'),
        'e' => Some('е'),
        'O' => Some('О'),
        'K' => Some('К'),
        'а' => Some('a'),
        'о' => Some('o'),
        'О' => Some('O'),
        'К' => Some('K'),
        _ => None,
    };
    match how {
        1 => format!("&#{};", c as u32),
        2 => format!("&#x{:X};", c as u32),
        3 => format!("{c}\u{200B}"),
        4 => format!("{c}\u{00AD}"),
        5 => lookalike(c).unwrap_or(c).to_string(),
        6 if ('!'..='~').contains(&c) => char::from_u32(c as u32 - 0x21 + 0xFF01)
            .unwrap_or(c)
            .to_string(),
        7 if c.is_alphabetic() => format!("**{c}**"),
        _ => c.to_string(),
    }
}

/// A term and two copies of it, each character written one of eight ways (emphasis only
/// inside the word, where a reader sees one word).
fn encoded_pair() -> impl Generator<Value = (String, String, String)> {
    prop_oneof![
        Just("Oksana Kovalenko"),
        Just("Vilkhivka"),
        Just("+380 67 123 4567"),
        Just("Оксана Коваленко"),
    ]
    .prop_flat_map(|term| {
        let n = term.chars().count();
        (
            Just(term.to_string()),
            prop::collection::vec(0u8..8, n),
            prop::collection::vec(0u8..8, n),
        )
    })
    .prop_map(|(term, a, b)| {
        let chars: Vec<char> = term.chars().collect();
        let encode = |ways: &[u8]| -> String {
            chars
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let inner = i > 0
                        && i + 1 < chars.len()
                        && chars[i - 1].is_alphabetic()
                        && chars[i + 1].is_alphabetic();
                    let how = if ways[i] == 7 && !inner { 0 } else { ways[i] };
                    encode_char(*c, how)
                })
                .collect()
        };
        let (first, second) = (encode(&a), encode(&b));
        (term, first, second)
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn scanning_never_panics_and_spans_are_code_points(input in any::<String>()) {
        let chars: Vec<char> = input.chars().collect();
        for f in scan(&input, &ScanOptions::default()) {
            prop_assert!(f.start < f.end && f.end <= chars.len());
            let span: String = chars[f.start..f.end].iter().collect();
            prop_assert_eq!(span, f.text);
        }
    }

    #[test]
    fn no_accepted_finding_survives_redaction(body in text(), title in text()) {
        let findings = scan(&format!("{title}\n{body}"), &ScanOptions::default());
        let accepted: Vec<Accepted> = findings
            .iter()
            .map(|f| Accepted { kind: f.kind, text: f.text.clone(), strategy: Strategy::Pseudonym, suggestion: None })
            .collect();
        let texts = Texts { title: title.clone(), lessons: String::new(), body_markdown: body.clone() };
        let (out, _, inserted) = super::redact_with_spans(&texts, &accepted, &Surroundings::default());
        // What remains once the replacements put in are cut out again must hold none of
        // the accepted terms, in any form.
        // Title and body are separate texts, shown apart: a term is looked for in each (a
        // join would invent terms spanning the end of the title and the start of the body).
        for rest in [
            super::without_replacements(&out.title, &inserted[0]),
            super::without_replacements(&out.body_markdown, &inserted[2]),
        ] {
            for f in &findings {
                prop_assert!(!rest.contains(&f.text), "{:?} survived in {:?}", f.text, rest);
                // "A form of" the term as a reader sees both (what redaction and the detector
                // work on): read raw, a lone "𝒢" (four bytes) passed for a prefix form of
                // "𝒢e", which every reader reads as "G" and "Ge".
                let (read_rest, read_term) = (crate::text::reader::as_read(&rest), crate::text::reader::as_read(&f.text));
                prop_assert!(crate::moderation::detector::occurrences(&read_rest, &read_term).is_empty(), "a form of {:?} survived in {:?}", f.text, rest);
            }
        }
    }

    /// Issue 18: whatever way a term is written so that a reader still sees it (character
    /// references, invisible characters, look-alike letters, full-width forms, emphasis
    /// inside the word), once redaction says the text is clean the rendered page shows
    /// none of it.
    #[test]
    fn no_encoded_copy_of_an_accepted_term_is_shown_after_redaction(
        (term, first, second) in encoded_pair(),
        before in "[a-z ]{0,30}",
        after in "[a-z .]{0,30}",
    ) {
        let body = format!("{before} {first} met us, and later {second}.{after}");
        let accepted = [Accepted { kind: Kind::Person, text: term.clone(), strategy: Strategy::Pseudonym, suggestion: None }];
        let texts = Texts { title: String::new(), lessons: String::new(), body_markdown: body.clone() };
        let (out, _) = redact(&texts, &accepted, &Surroundings::default());
        let html = crate::cases::markdown::render(&out.body_markdown);
        let visible = crate::text::reader::as_read(&strip_tags(&html)).to_lowercase();
        let wanted = crate::text::reader::as_read(&term).to_lowercase();
        prop_assert!(!visible.contains(&wanted), "{:?} is shown in {:?} (from {:?})", term, visible, body);
    }

    #[test]
    fn pseudonyms_are_consistent_across_the_three_texts(body in text()) {
        let findings = scan(&body, &ScanOptions::default());
        let accepted: Vec<Accepted> = findings
            .iter()
            .map(|f| Accepted { kind: f.kind, text: f.text.clone(), strategy: Strategy::Pseudonym, suggestion: None })
            .collect();
        let texts = Texts { title: body.clone(), lessons: body.clone(), body_markdown: body.clone() };
        let (out, _) = redact(&texts, &accepted, &Surroundings::default());
        prop_assert_eq!(&out.title, &out.body_markdown);
        prop_assert_eq!(&out.lessons, &out.body_markdown);
        let (again, _) = redact(&texts, &accepted, &Surroundings::default());
        prop_assert_eq!(again, out);
    }
}

//! Each rule alone, on the word it is about: what it claims, as what, and what it leaves
//! to the rules after it.

use super::*;

/// The rule's hits on `text` when offered the word `word`, as (kind, text) pairs, and the
/// word it says to look at next (`None`: it left the word to the next rule).
fn offer(
    text: &str,
    word: &str,
    rule: impl Fn(&Analysis, usize, &mut Vec<Hit>) -> Option<usize>,
) -> (Vec<(Kind, String)>, Option<usize>) {
    let a = Analysis::new(text);
    let i = a
        .words
        .iter()
        .position(|w| w.text == word)
        .unwrap_or_else(|| panic!("{word:?} is a word of {text:?}"));
    let mut hits = Vec::new();
    let next = rule(&a, i, &mut hits);
    let found = hits
        .iter()
        .map(|h| (h.kind, text[h.start..h.end].to_string()))
        .collect();
    (found, next)
}

fn with_surroundings(
    rule: fn(&Analysis, usize, &Surroundings, &mut Vec<Hit>) -> Option<usize>,
) -> impl Fn(&Analysis, usize, &mut Vec<Hit>) -> Option<usize> {
    move |a, i, hits| rule(a, i, &Surroundings::of(a, i), hits)
}

#[test]
fn organisation_takes_a_quoted_name_or_the_capitalised_words_beside_it() {
    let (found, _) = offer("Допомогло ГО «Світанок» з пальним.", "ГО", organisation);
    assert_eq!(found, [(Kind::Organisation, "ГО «Світанок»".into())]);
    let (found, _) = offer(
        "Pomogła Fundacja Nadzieja Wschodu.",
        "Fundacja",
        organisation,
    );
    assert_eq!(
        found,
        [(Kind::Organisation, "Fundacja Nadzieja Wschodu".into())]
    );
    let (found, next) = offer("The Nadiya Foundation paid.", "Foundation", organisation);
    assert_eq!(found, [(Kind::Organisation, "Nadiya Foundation".into())]);
    assert_eq!(next, Some(3));
    // Not a word of organisation: left to the next rules.
    assert_eq!(
        offer("Oksana paid.", "Oksana", organisation),
        (vec![], None)
    );
}

#[test]
fn not_a_name_passes_over_lower_case_words_and_cues() {
    let a = Analysis::new("we met Mr Sydorenko");
    assert_eq!(not_a_name(&a, 0), Some(1));
    assert_eq!(not_a_name(&a, 2), Some(3), "a title is a cue, not a name");
    assert_eq!(not_a_name(&a, 3), None);
}

#[test]
fn after_title_takes_the_name_after_a_form_of_address() {
    let (found, _) = offer("We met Mr Sydorenko there.", "Sydorenko", after_title);
    assert_eq!(found, [(Kind::Person, "Sydorenko".into())]);
    let (found, _) = offer("Am vorbit cu doamna Ionescu ieri.", "Ionescu", after_title);
    assert_eq!(found, [(Kind::Person, "Ionescu".into())]);
    assert_eq!(offer("We met Sydorenko.", "Sydorenko", after_title).1, None);
}

#[test]
fn after_place_word_takes_the_place_after_a_word_of_place() {
    let (found, _) = offer(
        "We reached the village of Zelenyi Hai.",
        "Zelenyi",
        after_place_word,
    );
    assert_eq!(found, [(Kind::Location, "Zelenyi Hai".into())]);
    let (found, _) = offer(
        "Ми приїхали в село Вільхівка.",
        "Вільхівка",
        after_place_word,
    );
    assert_eq!(found, [(Kind::Location, "Вільхівка".into())]);
    // "с" without its full stop is "with", not "село".
    assert_eq!(
        offer("Говорила с Оксаною.", "Оксаною", after_place_word).1,
        None
    );
}

#[test]
fn known_place_follows_the_grammar_around_it() {
    let rule = with_surroundings(known_place);
    let (found, _) = offer("The convoy left Kharkiv at dawn.", "Kharkiv", &rule);
    assert_eq!(found, [(Kind::Location, "Kharkiv".into())]);
    let (found, _) = offer("Колона виїхала з Харкова вранці.", "Харкова", &rule);
    assert_eq!(found, [(Kind::Location, "Харкова".into())]);
    // "with" and the instrumental case make a person of a village's name.
    assert_eq!(
        offer("Rozmawiałam z Agnieszką o konwoju.", "Agnieszką", &rule).1,
        None
    );
}

#[test]
fn given_name_takes_the_surname_beside_it() {
    let rule = with_surroundings(given_name);
    let (found, _) = offer("Переговори вела Олена Коваленко.", "Олена", &rule);
    assert_eq!(found, [(Kind::Person, "Олена Коваленко".into())]);
    let (found, _) = offer("We met David Kovalenko at the school.", "David", &rule);
    assert_eq!(found, [(Kind::Person, "David Kovalenko".into())]);
    assert_eq!(offer("The convoy left Kharkiv.", "Kharkiv", &rule).1, None);
}

#[test]
fn surname_by_its_ending_is_weak_at_a_sentence_start() {
    let (found, _) = offer(
        "The list was signed by Petrenko yesterday.",
        "Petrenko",
        surname,
    );
    assert_eq!(found, [(Kind::Person, "Petrenko".into())]);
    let a = Analysis::new("Письмова угода була готова.");
    let mut hits = Vec::new();
    surname(&a, 0, &mut hits);
    assert!(
        !hits.is_empty() && hits.iter().all(|h| h.confidence <= 0.4),
        "{hits:?}"
    );
}

#[test]
fn unknown_name_guesses_a_place_after_in_and_a_person_elsewhere() {
    let rule = with_surroundings(unknown_name);
    let (found, _) = offer("We slept in Zbarazhivka that night.", "Zbarazhivka", &rule);
    assert_eq!(found, [(Kind::Location, "Zbarazhivka".into())]);
    let (found, _) = offer("The paper was brought by Quorra Wyndle.", "Quorra", &rule);
    assert_eq!(found, [(Kind::Person, "Quorra Wyndle".into())]);
}

#[test]
fn name_at_sentence_start_needs_an_unknown_word_before_a_common_one() {
    let (found, _) = offer(
        "Bronwen signed the paper.",
        "Bronwen",
        name_at_sentence_start,
    );
    assert_eq!(found, [(Kind::Person, "Bronwen".into())]);
    assert_eq!(
        offer("Yesterday we signed.", "Yesterday", name_at_sentence_start).1,
        None
    );
}

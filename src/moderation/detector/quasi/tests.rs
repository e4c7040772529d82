//! The quasi-identifier rules on the issue's own examples, and on what they must leave alone.

use crate::moderation::detector::{Finding, Kind, ScanOptions, scan};

fn findings(text: &str) -> Vec<Finding> {
    scan(text, &ScanOptions::default())
}

/// The findings of `kind` in `text`, as their texts.
fn of_kind(text: &str, kind: Kind) -> Vec<String> {
    findings(text)
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.text)
        .collect()
}

#[test]
fn a_role_with_its_place_is_a_quasi_identifier_in_every_language() {
    for (text, want) in [
        (
            "We met the only paediatrician in the village twice.",
            "the only paediatrician in the village",
        ),
        (
            "Then the head of the district hospital called us back.",
            "the head of the district hospital",
        ),
        ("Потім голова сільради сказав, що ні.", "голова сільради"),
        (
            "Нам допомогла єдина фельдшерка на весь район, і ми поїхали.",
            "єдина фельдшерка на весь район",
        ),
        (
            "Пришёл глава поселковой администрации и всё решил.",
            "глава поселковой администрации",
        ),
        ("Zadzwonił sołtys wsi i powiedział, że nie.", "sołtys wsi"),
        ("Ne-a primit primarul comunei seara.", "primarul comunei"),
        (
            "L-am sunat pe singurul medic din sat dimineața.",
            "singurul medic din sat",
        ),
        (
            "I spoke to the widow of the former mayor about it.",
            "widow of the former mayor",
        ),
    ] {
        assert_eq!(of_kind(text, Kind::Quasi), [want], "{text}");
    }
}

#[test]
fn an_exact_age_of_a_person_is_a_quasi_identifier() {
    for (text, want) in [
        ("We found her son, 14, at the station.", "son, 14"),
        (
            "A 73-year-old widow who lives alone by the dam refused to leave.",
            "73-year-old",
        ),
        ("Її сину 14 років, і він боїться.", "сину 14 років"),
        ("Там лишилась пенсіонерка 81 року.", "пенсіонерка 81 року"),
        ("Została tylko 72-letnia sąsiadka.", "72-letnia"),
        ("A rămas doar bătrâna de 79 de ani.", "bătrâna de 79 de ani"),
    ] {
        assert_eq!(of_kind(text, Kind::Quasi), [want], "{text}");
    }
}

#[test]
fn roles_ages_and_numbers_that_single_nobody_out_are_left_alone() {
    for text in [
        "We head to the village every Tuesday.",
        "We worked there for 3 years without a break.",
        "The convoy left at 14:30 on 24.09 and came back.",
        "The only way out was the bridge.",
        "Ми працювали там 3 роки.",
        "Lucrez aici de 3 ani.",
        "Volunteers and doctors came from everywhere.",
    ] {
        assert_eq!(of_kind(text, Kind::Quasi), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_quasi_identifier_stops_before_the_place_that_has_its_own_pseudonym() {
    let found = findings("The head of the school in Vilkhivka village agreed.");
    assert!(
        found
            .iter()
            .any(|f| f.kind == Kind::Location && f.text.contains("Vilkhivka")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|f| f.kind != Kind::Quasi || !f.text.contains("Vilkhivka")),
        "{found:?}"
    );
}

#[test]
fn quasi_identifiers_are_offered_with_a_generalisation_and_pre_ticked() {
    use crate::moderation::redact::ACCEPTED_BY_DEFAULT;
    let found = findings("Її сину 14 років. The only paediatrician in the village left.");
    let quasi: Vec<_> = found.iter().filter(|f| f.kind == Kind::Quasi).collect();
    assert_eq!(quasi.len(), 2, "{found:?}");
    assert_eq!(quasi[0].suggestion, "сину [a teenager]");
    assert_eq!(quasi[1].suggestion, "[a health worker in the area]");
    assert!(quasi.iter().all(|f| f.confidence >= ACCEPTED_BY_DEFAULT));
}

#[test]
fn numbered_institutions_are_organisations() {
    for (text, want) in [
        ("Діти ходили до школи №5 до війни.", "школи №5"),
        ("Am dus-o la spitalul nr. 3 noaptea.", "spitalul nr. 3"),
        ("Leżała w szpital nr 2 przez tydzień.", "szpital nr 2"),
        ("The shelter was in school No. 17 then.", "school No. 17"),
        ("Его отвезли в больница № 2 утром.", "больница № 2"),
    ] {
        assert_eq!(of_kind(text, Kind::Organisation), [want], "{text}");
    }
}

#[test]
fn chat_style_lower_case_names_are_shown_but_not_pre_ticked() {
    use crate::moderation::redact::ACCEPTED_BY_DEFAULT;
    for (text, name) in [
        ("ok so i called olena and she said no", "olena"),
        ("валя сказала що не поїде", "валя"),
    ] {
        let found = findings(text);
        let hit = found
            .iter()
            .find(|f| f.text == name)
            .unwrap_or_else(|| panic!("{name} in {found:?}"));
        assert_eq!(hit.kind, Kind::Person);
        assert!(hit.confidence < ACCEPTED_BY_DEFAULT);
    }
    // Ordinary lower-case words are not names.
    assert!(findings("we waited at the border for hours and then drove on").is_empty());
}

#[test]
fn who_wrote_or_said_something_in_a_chat_aside_is_a_name() {
    use crate::moderation::redact::ACCEPTED_BY_DEFAULT;
    for (text, name) in [
        ("О 15:40 оксанка написала в Signal, що їдемо.", "оксанка"),
        (
            "Wieczorem wiesia napisała na Messengerze, że jutro.",
            "wiesia",
        ),
        ("Seara, ninuca mi-a scris pe Viber că vine.", "ninuca"),
        ("Вечером написала вере в Вайбере про крышу.", "вере"),
    ] {
        let found = findings(text);
        let hit = found
            .iter()
            .find(|f| f.text == name)
            .unwrap_or_else(|| panic!("{name} in {found:?}"));
        assert_eq!(hit.kind, Kind::Person, "{text}");
        assert!(hit.confidence < ACCEPTED_BY_DEFAULT, "shown, not ticked");
    }
    // A pronoun or a noun before the verb is nobody's name.
    for text in ["Потім вона написала в Signal.", "Then mama wrote on Viber."] {
        let found = findings(text);
        assert!(
            found.iter().all(|f| f.kind != Kind::Person),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn ages_written_in_words_are_quasi_identifiers() {
    for (text, want) in [
        (
            "Клієнтка — Ганна Мельник, п'ятдесят вісім років, вдова.",
            "п'ятдесят вісім років",
        ),
        ("Только восьмилетняя девочка плакала.", "восьмилетняя"),
    ] {
        assert_eq!(of_kind(text, Kind::Quasi), [want], "{text}");
    }
    // A summer camp is no age.
    assert!(of_kind("Летний лагерь открылся.", Kind::Quasi).is_empty());
}

#[test]
fn acronyms_headings_and_holidays_are_not_names() {
    for text in [
        "Тоді ВПО з Харкова прийшли до ЦНАП.",
        "How It Went. We drove on.",
        "Before Easter we had no fuel; after Crăciun it came.",
    ] {
        let people: Vec<_> = findings(text)
            .into_iter()
            .filter(|f| f.kind == Kind::Person)
            .collect();
        assert!(people.is_empty(), "{text}: {people:?}");
    }
}

/// Round 14: the oldest or youngest of a place, the only pupil of a class, and an age after a
/// man in an oblique case.
#[test]
fn the_oldest_of_a_place_the_only_pupil_of_a_class_and_an_age_after_a_man_are_quasi() {
    for (text, want) in [
        (
            "met baba Paraska — the oldest resident of the dorm, 94, from Putyla — and cried",
            "the oldest resident of the dorm",
        ),
        (
            "mama Solomii, jedynej uczennicy z Ukrainy w klasie 7b, przyszła",
            "jedynej uczennicy z Ukrainy w klasie",
        ),
        (
            "вивезли двох бабусь, чоловіка на візку, 67 років, і родину",
            "67 років",
        ),
    ] {
        let found = of_kind(text, Kind::Quasi);
        assert!(
            found.iter().any(|f| f.contains(want)),
            "{want:?} not in {found:?}"
        );
    }
    // The oldest of nothing in particular singles no one out.
    assert!(of_kind("It was the oldest trick in the book.", Kind::Quasi).is_empty());
}

//! The rule "an address is its numbers too": a street found by its cue ("вул. Сумська",
//! "ul. Marszałkowska", "strada Mihai Eminescu", "Shevchenka street") becomes an `address`
//! that runs over the house and flat numbers after it ("…, 25, кв. 14", "… 104", "… nr. 12",
//! "…, flat 4"). A street name alone narrows a town down to a few hundred doors; with the
//! number it is one door.

use std::sync::LazyLock;

use regex::Regex;

use super::analysis::Analysis;
use super::{Hit, Kind};

/// Words (folded) that say the next name is a street (before it) …
const BEFORE: &[&str] = &[
    "vul",
    "vulytsia",
    "vulytsi",
    "vulytsiu",
    "ulitsa",
    "ulitse",
    "ulitsu",
    "prospekt",
    "prosp",
    "provulok",
    "prov",
    "pereulok",
    "per",
    "bulvar",
    "ul",
    "ulica",
    "ulicy",
    "ulice",
    "al",
    "aleja",
    "alei",
    "os",
    "osiedle",
    "strada",
    "str",
    "bulevardul",
    "bd",
    "bdul",
    "aleea",
    "calea",
    "soseaua",
    "street",
    "avenue",
    "road",
];
/// … or after it ("Shevchenka street", "Lenina Avenue").
const AFTER: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "lane", "vulytsia",
];

/// The numbers after a street: a house number (with "nr.", "№", "no." before it, a letter or
/// a "/3" after it), then any of flat, block, staircase, floor with their number.
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^
        ,?\s{0,2}(?:(?:nr|no|n|№)\.?\s?)?\d{1,4}(?:[a-zа-яіїє]\b)?(?:/\d{1,4})?
        (?:,?\s{0,2}(?:кв|квартира|kw|m|mieszk|mieszkanie|apt|apartment|flat|ap|bl|bloc|sc|et|etaj|корп|к|lok|lokal)\.?\s?[0-9a-zа-я]{1,4}\b)*",
    )
    .expect("a valid address pattern")
});

fn is_cue(folded: &str, list: &[&str]) -> bool {
    list.contains(&folded)
}

/// Turns street findings into addresses with their numbers.
pub(super) fn with_numbers(a: &Analysis, hits: &mut [Hit]) {
    for hit in hits.iter_mut().filter(|h| h.kind == Kind::Location) {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        let last = (first..a.words.len())
            .take_while(|&j| a.words[j].byte_start < hit.end)
            .last()
            .unwrap_or(first);
        let cue_before = first > 0 && is_cue(&a.folded[first - 1], BEFORE);
        let cue_after =
            last + 1 < a.words.len() && a.adjacent(last) && is_cue(&a.folded[last + 1], AFTER);
        if !cue_before && !cue_after {
            continue;
        }
        let mut end = if cue_after {
            a.words[last + 1].byte_end
        } else {
            hit.end
        };
        // "St." after a name keeps its full stop out of the tail.
        let rest = &a.text[end..];
        let rest_trimmed = rest.strip_prefix('.').unwrap_or(rest);
        let skipped = rest.len() - rest_trimmed.len();
        let Some(tail) = TAIL
            .find(rest_trimmed)
            .filter(|m| m.as_str().chars().any(|c| c.is_ascii_digit()))
        else {
            continue;
        };
        end += skipped + tail.end();
        // The tail ends on a number or a letter, never on the comma after it.
        let tail_text = a.text[hit.end..end].trim_end_matches([',', ' ']);
        hit.end += tail_text.len();
        if cue_before {
            hit.start = a.words[first - 1].byte_start;
        }
        hit.kind = Kind::Address;
        hit.confidence = hit.confidence.max(0.9);
        hit.suggestion = None;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ScanOptions, scan};

    fn addresses(text: &str) -> Vec<String> {
        scan(text, &ScanOptions::default())
            .into_iter()
            .filter(|f| f.kind.as_str() == "address")
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn a_street_takes_its_house_and_flat_numbers_in_five_languages() {
        for (text, address) in [
            (
                "Вона живе на вул. Сумська, 25, кв. 14 у Харкові.",
                "вул. Сумська, 25, кв. 14",
            ),
            (
                "Biuro jest przy ul. Marszałkowska 104 w Warszawie.",
                "ul. Marszałkowska 104",
            ),
            (
                "Locuiește pe strada Mihai Eminescu nr. 12 din Iași.",
                "strada Mihai Eminescu nr. 12",
            ),
            (
                "She lives at Shevchenka street 12, flat 4, with her son.",
                "Shevchenka street 12, flat 4",
            ),
            (
                "Мы жили на ул. Ленина, 5/2, кв. 7.",
                "ул. Ленина, 5/2, кв. 7",
            ),
        ] {
            assert_eq!(addresses(text), vec![address.to_string()], "{text}");
        }
    }

    #[test]
    fn a_street_without_a_number_stays_a_place() {
        assert!(addresses("We met on Shevchenka street near the market.").is_empty());
        assert!(addresses("Шли по вул. Сумській до вокзалу.").is_empty());
    }
}

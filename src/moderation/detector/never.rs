//! The rule "never identifying": mentions of what every story in this field names and that
//! names no one — international bodies, treaties, the method's tools, messengers
//! (`data/never_identifying.txt`, five languages). A word inside such a mention is not a name.
//!
//! It runs after the word rules, on their hits: a person, place or organisation made only of
//! mention words and common words ("UN Women", "Представники МКЧХ", "Reprezentanții CICR") is
//! dropped; one that runs into a mention ("Olena UNHCR") is cut back to the words beside it.
//! What the moderator or the deny-list named (declared terms, confirmed terms) is never touched:
//! they come later, and their word is final.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Hit;
use super::analysis::Analysis;
use super::lexicon::LEXICON;
use crate::text::fold;
use crate::text::stem::stem;

/// Mentions by their first word's stem: the stems of all their words.
static MENTIONS: LazyLock<HashMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut mentions: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for line in include_str!("data/never_identifying.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let stems: Vec<String> = crate::text::words(line)
            .iter()
            .map(|w| stem(&fold(w.text)))
            .collect();
        if let Some(first) = stems.first() {
            mentions.entry(first.clone()).or_default().push(stems);
        }
    }
    mentions
});

/// Whether word `j` is a form of the mention word with stem `want`: the same stem, or (for
/// four bytes and more) the stem followed by an ending of at most six bytes.
fn is_form_of(a: &Analysis, j: usize, want: &str) -> bool {
    a.stems[j] == want
        || (want.len() >= 4 && a.folded[j].starts_with(want) && a.folded[j].len() <= want.len() + 6)
}

/// Which words belong to a never-identifying mention. A one-word mention counts only when
/// written with a capital (the app, not the ordinary word "signal" or "zoom").
pub(super) fn mention_words(a: &Analysis) -> Vec<bool> {
    let n = a.words.len();
    let mut inside = vec![false; n];
    let mut i = 0;
    while i < n {
        let mut longest = 0;
        let candidates = (0..a.folded[i].len())
            .filter(|cut| a.folded[i].is_char_boundary(*cut) && *cut >= 2)
            .map(|cut| &a.folded[i][..cut])
            .chain([a.stems[i].as_str(), a.folded[i].as_str()]);
        for key in candidates {
            for mention in MENTIONS.get(key).into_iter().flatten() {
                let len = mention.len();
                if len <= longest || i + len > n {
                    continue;
                }
                let fits = mention
                    .iter()
                    .enumerate()
                    .all(|(k, want)| is_form_of(a, i + k, want))
                    && (i..i + len - 1).all(|j| joined(a, j))
                    && (len > 1 || a.capitalised(i));
                if fits {
                    longest = len;
                }
            }
        }
        if longest > 0 {
            inside[i..i + longest].iter_mut().for_each(|w| *w = true);
            i += longest;
        } else {
            i += 1;
        }
    }
    inside
}

/// Only spaces or a hyphen between word `j` and the next ("ООН-Жінки", "ONU Femei").
fn joined(a: &Analysis, j: usize) -> bool {
    a.adjacent(j) || {
        let gap = &a.text[a.words[j].byte_end..a.words[j + 1].byte_start];
        gap == "-" || gap == "‑"
    }
}

/// Drops or cuts back the word hits that lean on a never-identifying mention.
pub(super) fn drop_mentions(a: &Analysis, inside: &[bool], hits: &mut Vec<Hit>) {
    if !inside.contains(&true) {
        return;
    }
    let mut kept = Vec::with_capacity(hits.len());
    for hit in hits.drain(..) {
        if !hit.kind.is_word_kind() {
            kept.push(hit);
            continue;
        }
        let words: Vec<usize> = (0..a.words.len())
            .filter(|&j| a.words[j].byte_start < hit.end && hit.start < a.words[j].byte_end)
            .collect();
        if !words.iter().any(|&j| inside[j]) {
            kept.push(hit);
            continue;
        }
        // The words of the hit that could still be a name: outside the mention, capitalised,
        // and no common word ("Представники", "Reprezentanții", "the").
        let names: Vec<usize> = words
            .iter()
            .copied()
            .filter(|&j| {
                !inside[j]
                    && a.capitalised(j)
                    && !a.ordinary(j)
                    && !LEXICON.common.contains(&a.folded[j])
                    && (!a.sentence_start[j] || !LEXICON.common_stems.contains(&a.stems[j]))
            })
            .collect();
        let (Some(&first), Some(&last)) = (names.first(), names.last()) else {
            continue;
        };
        // Keep the name's own run: stop at the first mention word after it.
        let last = (first..=last)
            .take_while(|&j| !inside[j])
            .last()
            .unwrap_or(first);
        kept.push(Hit {
            start: a.words[first].byte_start.max(hit.start),
            end: a.words[last].byte_end.min(hit.end),
            ..hit
        });
    }
    *hits = kept;
}

#[cfg(test)]
mod tests {
    use super::super::{ScanOptions, scan};

    fn found(text: &str) -> Vec<String> {
        scan(text, &ScanOptions::default())
            .into_iter()
            .map(|f| format!("{}: {}", f.kind, f.text))
            .collect()
    }

    #[test]
    fn international_bodies_treaties_tools_and_apps_are_not_names() {
        for text in [
            "Then UN Women invited me to speak.",
            "Потім ООН Жінки запросили мене.",
            "Представники МКЧХ приїхали вранці.",
            "Reprezentanții CICR au vizitat sala.",
            "He did not care about the Geneva Conventions at all.",
            "Я пояснила, що Женевських конвенцій ніхто не скасовував.",
            "We used the Island of Agreement from the training.",
            "Я написала йому у Вайбері, потім у Телеграмі.",
            "Wszystko ustalałyśmy na WhatsAppie.",
            "Am vorbit pe Telegram și pe Signal.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_name_beside_a_mention_is_still_found() {
        let text = "Then I called Olena Hrytsenko from UNHCR and Oksana Moroz UN Women.";
        let findings = found(text);
        assert!(
            findings.contains(&"person: Olena Hrytsenko".to_string())
                && findings.contains(&"person: Oksana Moroz".to_string())
                && findings.len() == 2,
            "{findings:?}"
        );
        assert!(
            found("Мені подзвонила Наталія Гончаренко з УВКБ ООН.")
                .iter()
                .any(|f| f.starts_with("person: Наталія Гончаренко")),
        );
        // The ordinary word is not the app.
        assert!(found("We waited for a signal from the post.").is_empty());
    }
}

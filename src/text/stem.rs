//! Stemming shared by the detector and search: one light suffix stripper for the case endings
//! of Ukrainian, Russian, Polish and Romanian nouns and names, working on folded words
//! ([`super::fold`]), so that "Оксаною", "Oksany" and "Oksana" meet.

use super::fold;

/// Case endings of Ukrainian, Russian, Polish and Romanian nouns and names, in folded form,
/// longest first.
const ENDINGS: &[&str] = &[
    "iakh", "akh", "ach", "ami", "ului", "owie", "owi", "ovi", "evi", "oiu", "eiu", "iiu", "iei",
    "ego", "emu", "oho", "omu", "iem", "ie", "ei", "ii", "ul", "om", "em", "ym", "im", "oi", "ia",
    "iu", "ka", "a", "e", "i", "o", "u", "y",
];

/// The stem of a folded word: its longest case ending removed, keeping at least three letters.
/// Polish consonant alternations before -e are undone (Agnieszce → agnieszk).
pub fn stem(folded: &str) -> String {
    for (alternated, base) in [("ce", "k"), ("dze", "g"), ("rze", "r")] {
        if folded.len() > alternated.len() + 3 && folded.ends_with(alternated) {
            return format!("{}{}", &folded[..folded.len() - alternated.len()], base);
        }
    }
    for ending in ENDINGS {
        if folded.len() >= ending.len() + 3 && folded.ends_with(ending) {
            // "-ka" is part of many stems (Agnieszka, Petrenka): strip only the vowel.
            if *ending == "ka" {
                return folded[..folded.len() - 1].to_string();
            }
            return folded[..folded.len() - ending.len()].to_string();
        }
    }
    folded.to_string()
}

/// The stem of each word of a phrase, joined by spaces.
pub fn phrase_stem(phrase: &str) -> String {
    fold(phrase)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

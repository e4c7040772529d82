//! The field's vocabulary in the five languages (`data/glossary.txt`), for searching across
//! them: a member who reads English and types "evacuation" also finds "евакуація",
//! "эвакуация", "ewakuacja" and "evacuare" — ranked below the cases that use her own words.
//!
//! Each line of the data file is one concept in one language: `id<TAB>lang<TAB>form; form; …`,
//! forms of up to three words, with the inflections people write. Every form is read through
//! the folded analyzer (the same as the index's `content` field: lower-cased, transliterated,
//! suffixes stripped, places mapped to one name), so a form is a sequence of folded terms, and
//! a query's words meet it whatever their script or ending.
//!
//! Decisions:
//! - Texts and queries are matched against the forms longest first (three words, then two,
//!   then one), left to right: "village council" is one concept, not "village" and "council".
//! - A document is indexed under the concepts it mentions (the `concepts` field, one term per
//!   mention: [`Glossary::mentions`]), so that a query's concept is one term to look up, not
//!   its thirty forms (expanding the query to every form cost two thirds of the search's
//!   throughput at 100,000 case studies).
//! - A word that is a form of no concept is searched as typed only. A word that is a form of
//!   several concepts is expanded to all of them (forms are chosen to avoid that).
//! - The concept is an alternative inside the word's own clause (words must all still
//!   appear, in some language), weighted [`EXPANDED_WEIGHT`] of the typed form, so that her own
//!   words rank first.
//! - Function words ("of", "для", "w", "de") are never required: a query written in one
//!   language would otherwise demand them of stories written in another.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::analysis::{self, terms};

/// A concept's form, as folded terms ("punct de control" → ["punct", "de", "control"]).
pub type Form = Vec<String>;

pub struct Glossary {
    /// Folded terms of a form joined by a space → the concepts it is a form of.
    by_form: HashMap<String, Vec<usize>>,
    /// Every concept's id (the data file's first column).
    ids: Vec<String>,
    /// Every concept's forms, all languages, without repeats.
    concepts: Vec<Vec<Form>>,
    /// The most words a form has.
    longest: usize,
}

/// How much a word found only through the glossary counts beside the word as typed.
pub const EXPANDED_WEIGHT: f32 = 0.2;

static GLOSSARY: LazyLock<Glossary> =
    LazyLock::new(|| Glossary::parse(include_str!("data/glossary.txt")));

/// The glossary Parley carries.
pub fn glossary() -> &'static Glossary {
    &GLOSSARY
}

/// A run of a query's words: `words` of the query, and the concepts they are a form of (none
/// when they are no form).
pub struct Group {
    pub words: std::ops::Range<usize>,
    pub concepts: Vec<usize>,
}

impl Glossary {
    fn parse(source: &str) -> Glossary {
        let mut folded = analysis::folded();
        let mut index_of: HashMap<&str, usize> = HashMap::new();
        let mut ids: Vec<String> = Vec::new();
        let mut concepts: Vec<Vec<Form>> = Vec::new();
        let mut by_form: HashMap<String, Vec<usize>> = HashMap::new();
        let mut longest = 1;
        for line in source.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.splitn(3, '\t');
            let (Some(id), Some(_lang), Some(forms)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let concept = *index_of.entry(id).or_insert_with(|| {
                ids.push(id.to_string());
                concepts.push(Vec::new());
                concepts.len() - 1
            });
            for form in forms.split(';') {
                let form = terms(&mut folded, form.trim());
                if form.is_empty() || concepts[concept].contains(&form) {
                    continue;
                }
                longest = longest.max(form.len());
                let owners = by_form.entry(form.join(" ")).or_default();
                if !owners.contains(&concept) {
                    owners.push(concept);
                }
                concepts[concept].push(form);
            }
        }
        Glossary {
            by_form,
            ids,
            concepts,
            longest,
        }
    }

    /// How many concepts it holds.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// A concept's id, the term it is indexed as.
    pub fn id(&self, concept: usize) -> &str {
        &self.ids[concept]
    }

    /// A concept's forms in every language.
    pub fn forms(&self, concept: usize) -> &[Form] {
        &self.concepts[concept]
    }

    /// The longest form of some concept that starts at `words[start]`: how many words it
    /// takes, and its concepts. Only words that are one term each make a multi-word form.
    fn longest_at<W: AsTerms>(&self, words: &[W], start: usize) -> Option<(usize, &[usize])> {
        let mut key = String::new();
        for n in (1..=self.longest.min(words.len() - start)).rev() {
            let run = &words[start..start + n];
            if n > 1 && run.iter().any(|w| w.terms().len() != 1) {
                continue;
            }
            key.clear();
            for term in run.iter().flat_map(|w| w.terms()) {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(term);
            }
            if let Some(concepts) = self.by_form.get(&key) {
                return Some((n, concepts));
            }
        }
        None
    }

    /// A query's words (each as its folded terms) in groups, left to right, longest forms
    /// first: a run of words that together are one form of some concepts, or one word that is
    /// none.
    pub fn group(&self, words: &[Vec<String>]) -> Vec<Group> {
        let mut groups = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let (n, concepts) = self
                .longest_at(words, start)
                .map_or((1, Vec::new()), |(n, c)| (n, c.to_vec()));
            groups.push(Group {
                words: start..start + n,
                concepts,
            });
            start += n;
        }
        groups
    }

    /// The concepts a text speaks of, once per mention (its folded terms, in order): what a
    /// document is indexed under, so that a query's concept is one term to look up.
    pub fn mentions<'a>(&'a self, terms: &[String]) -> impl Iterator<Item = &'a str> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < terms.len() {
            match self.longest_at(terms, start) {
                Some((n, concepts)) => {
                    found.extend(concepts.iter().map(|&c| self.id(c)));
                    start += n;
                }
                None => start += 1,
            }
        }
        found.into_iter()
    }
}

/// A word as its folded terms: a query's word may have several ("e-mail"), a document's term
/// is one.
trait AsTerms {
    fn terms(&self) -> &[String];
}

impl AsTerms for Vec<String> {
    fn terms(&self) -> &[String] {
        self
    }
}

impl AsTerms for String {
    fn terms(&self) -> &[String] {
        std::slice::from_ref(self)
    }
}

/// Words that join others in every language of the community; a query never requires them.
const FUNCTION_WORDS: &[&str] = &[
    // English
    "a",
    "an",
    "the",
    "of",
    "for",
    "in",
    "on",
    "at",
    "to",
    "with",
    "and",
    "or",
    "by",
    "from",
    "about",
    "into",
    "how",
    "what",
    "when",
    "our",
    "we",
    "their",
    "is",
    "are",
    "was", // Ukrainian
    "з",
    "із",
    "зі",
    "у",
    "в",
    "на",
    "для",
    "та",
    "і",
    "й",
    "до",
    "про",
    "від",
    "по",
    "за",
    "як",
    "що",
    "щодо",
    "під",
    "через",
    "між",
    "або",
    "чи", // Russian
    "с",
    "со",
    "во",
    "и",
    "о",
    "об",
    "от",
    "как",
    "что",
    "или",
    "при",
    "из",
    "для",
    // Polish
    "z",
    "ze",
    "w",
    "we",
    "dla",
    "do",
    "o",
    "od",
    "po",
    "przy",
    "oraz",
    "lub",
    "jak",
    "co",
    "na",
    "się",
    "i",
    "za",
    "pod",
    "przez", // Romanian
    "de",
    "la",
    "cu",
    "în",
    "pe",
    "și",
    "si",
    "din",
    "pentru",
    "al",
    "ale",
    "lui",
    "cum",
    "ce",
    "sau",
    "despre",
    "prin",
    "către",
    "fără",
    "un",
    "o",
    "una",
];

/// Whether a typed word is a function word (see [`FUNCTION_WORDS`]). A word in capitals is an
/// acronym, not one ("UN", "CO").
pub fn is_function_word(word: &str) -> bool {
    if word.chars().count() > 1 && !word.chars().any(char::is_lowercase) {
        return false;
    }
    let lower = word.to_lowercase();
    FUNCTION_WORDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_words(text: &str) -> Vec<Vec<String>> {
        let mut a = analysis::folded();
        text.split_whitespace().map(|w| terms(&mut a, w)).collect()
    }

    fn expansions(text: &str) -> Vec<Vec<String>> {
        let words = folded_words(text);
        glossary()
            .group(&words)
            .into_iter()
            .flat_map(|g| g.concepts)
            .flat_map(|c| glossary().forms(c).to_vec())
            .collect()
    }

    fn has(expanded: &[Vec<String>], form: &str) -> bool {
        let wanted = terms(&mut analysis::folded(), form);
        expanded.contains(&wanted)
    }

    #[test]
    fn holds_the_field_in_five_languages() {
        assert!(glossary().len() >= 200, "{} concepts", glossary().len());
        let source = include_str!("data/glossary.txt");
        let mut langs: HashMap<&str, Vec<&str>> = HashMap::new();
        for line in source
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line:?}");
            langs.entry(fields[0]).or_default().push(fields[1]);
        }
        for (concept, have) in langs {
            assert_eq!(have, ["en", "uk", "ru", "pl", "ro"], "{concept}");
        }
    }

    #[test]
    fn a_word_meets_its_concept_in_the_other_languages() {
        let evacuation = expansions("evacuation");
        for other in ["евакуація", "эвакуация", "ewakuacja", "evacuare"] {
            assert!(
                has(&evacuation, other),
                "evacuation → {other}: {evacuation:?}"
            );
        }
        // Inflected and in another script, the same concept.
        assert!(has(&expansions("евакуації"), "evacuation"));
        assert!(has(&expansions("checkpoints"), "блокпост"));
    }

    #[test]
    fn longer_forms_first_and_unknown_words_alone() {
        let words = folded_words("border crossing zebra");
        let groups = glossary().group(&words);
        assert_eq!(groups[0].words, 0..2, "two words, one concept");
        assert!(!groups[0].concepts.is_empty());
        assert_eq!(groups[1].words, 2..3);
        assert!(groups[1].concepts.is_empty(), "zebra is no concept");
    }

    #[test]
    fn a_text_is_indexed_under_the_concepts_it_mentions() {
        let text = terms(
            &mut analysis::folded(),
            "Ми домовилися про евакуацію через блокпост біля пункту пропуску, zebra.",
        );
        let mentioned: Vec<&str> = glossary().mentions(&text).collect();
        for concept in ["evacuation", "checkpoint"] {
            assert!(mentioned.contains(&concept), "{concept}: {mentioned:?}");
        }
    }

    #[test]
    fn function_words_in_five_languages() {
        for w in ["of", "For", "для", "w", "în", "и"] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["evacuation", "блокпост", "fuel", "UN", "CO"] {
            assert!(!is_function_word(w), "{w}");
        }
    }
}

//! The community deny-list: terms moderators confirmed as identifying, found again in later
//! texts — without the database ever holding them. A confirmed name or village is exactly
//! what the purge of originals is there to forget, so an entry is only a keyed hash of each
//! of its words (folded and stemmed), under a key derived from the server's secret. A copy of
//! the database alone does not say which names were confirmed; whoever also holds the key can
//! only test guesses one by one.
//!
//! Matching is the same as for a declared term ([`super::occurrences`]): a word matches when
//! its stem is the term word's stem, or when the term word's stem has at least four bytes and
//! the folded word starts with it and is at most four bytes longer ("Оксан" in "Оксаною").
//! Here each side is hashed, so a word is compared through its stem and its folded prefixes.

use rustc_hash::FxHashMap as HashMap;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

use super::Kind;
use crate::text::stem::stem;
use crate::text::{self, fold};

/// The 128-bit key the word hashes are made with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct DenyKey(pub [u8; 16]);

impl std::fmt::Debug for DenyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DenyKey(…)")
    }
}

impl DenyKey {
    fn hash(&self, word: &str) -> u64 {
        let mut hasher = SipHasher13::new_with_key(&self.0);
        hasher.write(word.as_bytes());
        hasher.finish()
    }

    /// A term's fingerprint: the hash of each of its words' stems, as stored (`"9f…e1 03…7a"`).
    /// `None` for a term with no word of two bytes or more (nothing to find).
    pub fn fingerprint(&self, term: &str) -> Option<String> {
        // The term as a reader sees it: a moderator who confirms "O&#107;sana" confirms
        // "Oksana".
        let term = crate::text::reader::as_read(term);
        let stems: Vec<String> = text::words(&term)
            .iter()
            .map(|w| stem(&fold(w.text)))
            .collect();
        if stems.is_empty() || stems.iter().all(|s| s.len() < 2) {
            return None;
        }
        Some(
            stems
                .iter()
                .map(|s| format!("{:016x}", self.hash(s)))
                .collect::<Vec<_>>()
                .join(" "),
        )
    }
}

/// The confirmed terms, as fingerprints, ready to be matched.
#[derive(Debug, Clone)]
pub struct DenyList {
    key: DenyKey,
    /// By the hash of the term's first word: the rest of its words' hashes, and its kind.
    entries: HashMap<u64, Vec<(Vec<u64>, Kind)>>,
}

impl Default for DenyList {
    fn default() -> Self {
        DenyList::new(DenyKey([0; 16]))
    }
}

impl DenyList {
    pub fn new(key: DenyKey) -> Self {
        DenyList {
            key,
            entries: HashMap::default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }

    /// Adds a stored fingerprint; a malformed one is skipped.
    pub fn insert_fingerprint(&mut self, fingerprint: &str, kind: Kind) {
        let hashes: Option<Vec<u64>> = fingerprint
            .split(' ')
            .map(|h| u64::from_str_radix(h, 16).ok())
            .collect();
        if let Some(hashes) = hashes.filter(|h| !h.is_empty()) {
            self.entries
                .entry(hashes[0])
                .or_default()
                .push((hashes[1..].to_vec(), kind));
        }
    }

    /// Adds a term in clear (tests, and terms confirmed within this request).
    pub fn insert(&mut self, term: &str, kind: Kind) {
        if let Some(fingerprint) = self.key.fingerprint(term) {
            self.insert_fingerprint(&fingerprint, kind);
        }
    }

    /// Every word's candidate hashes: its stem, and its folded prefixes a term stem of four
    /// bytes or more could be (at most four bytes shorter than the word).
    fn candidates(&self, folded: &str, stemmed: &str) -> Vec<u64> {
        let mut out = vec![self.key.hash(stemmed)];
        let shortest = folded.len().saturating_sub(4).max(4);
        for (cut, _) in folded
            .char_indices()
            .skip(1)
            .chain(std::iter::once((folded.len(), ' ')))
        {
            if cut >= shortest && &folded[..cut] != stemmed {
                out.push(self.key.hash(&folded[..cut]));
            }
        }
        out
    }

    /// Byte spans and kinds of the confirmed terms in a text, given its words (folded and
    /// stemmed) and whether each word joins the next (only spaces between).
    pub(super) fn find(
        &self,
        words: &[text::Word<'_>],
        folded: &[String],
        stems: &[String],
        joined: impl Fn(usize) -> bool,
    ) -> Vec<(usize, usize, Kind)> {
        if self.is_empty() {
            return Vec::new();
        }
        let candidates: Vec<Vec<u64>> = folded
            .iter()
            .zip(stems)
            .map(|(f, s)| self.candidates(f, s))
            .collect();
        let mut spans = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = None;
            for first in &candidates[i] {
                for (rest, kind) in self.entries.get(first).into_iter().flatten() {
                    let end = i + rest.len();
                    if end >= words.len() {
                        continue;
                    }
                    let fits = rest
                        .iter()
                        .enumerate()
                        .all(|(j, h)| joined(i + j) && candidates[i + j + 1].contains(h));
                    if fits && matched.is_none_or(|(e, _)| end > e) {
                        matched = Some((end, *kind));
                    }
                }
            }
            match matched {
                Some((end, kind)) => {
                    spans.push((words[i].byte_start, words[end].byte_end, kind));
                    i = end + 1;
                }
                None => i += 1,
            }
        }
        spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(list: &DenyList, text: &str) -> Vec<String> {
        let words = text::words(text);
        let folded: Vec<String> = words.iter().map(|w| fold(w.text)).collect();
        let stems: Vec<String> = folded.iter().map(|f| stem(f)).collect();
        list.find(&words, &folded, &stems, |_| true)
            .into_iter()
            .map(|(s, e, _)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn a_fingerprint_holds_no_word_of_the_term() {
        let key = DenyKey(*b"0123456789abcdef");
        let fingerprint = key.fingerprint("Zorianivka").unwrap();
        assert!(!fingerprint.to_lowercase().contains("zorian"));
        assert_eq!(fingerprint.len(), 16);
        assert_ne!(
            Some(fingerprint),
            DenyKey(*b"fedcba9876543210").fingerprint("Zorianivka"),
            "another server's key, another fingerprint"
        );
        assert_eq!(key.fingerprint("a"), None);
    }

    #[test]
    fn confirmed_terms_are_found_in_other_forms() {
        let mut list = DenyList::new(DenyKey(*b"0123456789abcdef"));
        list.insert("Оксана Коваленко", Kind::Person);
        list.insert("Zorianivka", Kind::Location);
        assert_eq!(
            find(&list, "Ми говорили з Оксаною Коваленко біля zorianivky."),
            vec!["Оксаною Коваленко", "zorianivky"]
        );
        assert!(find(&list, "Оксаною сама").is_empty(), "both words or none");
        assert!(find(&list, "Zorya and Kyiv").is_empty());
    }
}

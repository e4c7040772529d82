//! Typo respelling: when a search finds nothing as typed, a word of five letters or more that
//! the index does not hold (within the reader's reach) is replaced by the most common close
//! word she may read, and the page says "showing results for …" (never silently).

use std::collections::BTreeMap;

use tantivy::Term;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;

use super::analysis::{self, terms};
use super::index::{SearchIndex, within_reach};
use super::query::Parsed;
use crate::cases::Reach;

/// The typed words with each unknown word of five letters or more replaced by the most common
/// word of the index within one edit (two for nine letters or more), among words that start
/// with the same two letters; `None` when no word changes.
///
/// Counted within the reader's reach: a word only a cohort's threads hold is unknown to anyone
/// outside it, and is neither kept as known nor offered as a respelling (whether a correction is
/// offered must not tell her that a cohort wrote a word).
pub(super) fn respelt(
    index: &SearchIndex,
    parsed: &Parsed,
    reach: &Reach,
) -> tantivy::Result<Option<Vec<String>>> {
    let searcher = index.reader.searcher();
    let field = index.fields.content;
    let visible = |term: &str| -> tantivy::Result<bool> {
        let term = Term::from_field_text(field, term);
        if *reach == Reach::Everything {
            return Ok(searcher.doc_freq(&term)? > 0);
        }
        let query = within_reach(
            &index.fields,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            reach,
        );
        Ok(searcher.search(&query, &tantivy::collector::Count)? > 0)
    };
    let mut folded = analysis::folded();
    let mut changed = false;
    let mut words = Vec::with_capacity(parsed.words.len());
    for word in &parsed.words {
        let terms = terms(&mut folded, word);
        let [term] = terms.as_slice() else {
            words.push(word.clone());
            continue;
        };
        let length = term.chars().count();
        let known = visible(term)?;
        if known || length < 5 {
            words.push(word.clone());
            continue;
        }
        let allowed = if length >= 9 { 2 } else { 1 };
        let prefix: String = term.chars().take(2).collect();
        let mut close: BTreeMap<String, u64> = BTreeMap::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()?;
            while stream.advance() {
                let Ok(candidate) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if !candidate.starts_with(&prefix) {
                    break;
                }
                let n = candidate.chars().count();
                if n + allowed < length || n > length + allowed {
                    continue;
                }
                if edit_distance(term, candidate) <= allowed {
                    *close.entry(candidate.to_string()).or_default() +=
                        u64::from(stream.value().doc_freq);
                }
            }
        }
        // The most common close word she may read (at most a few looked at in her reach).
        let mut close: Vec<(String, u64)> = close.into_iter().collect();
        close.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut best = None;
        for (candidate, _) in close.into_iter().take(20) {
            if visible(&candidate)? {
                best = Some(candidate);
                break;
            }
        }
        match best {
            Some(candidate) => {
                words.push(candidate);
                changed = true;
            }
            None => words.push(word.clone()),
        }
    }
    Ok(changed.then_some(words))
}

/// Levenshtein distance between two words, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

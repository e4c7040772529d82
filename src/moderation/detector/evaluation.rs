//! Measuring the detector against a labelled corpus (`tests/data/detector_corpus.jsonl`, built
//! by `.ci/gen_detector_corpus.py`): recall and precision per kind and per language, and how
//! many ordinary capitalised words (countries, UN agencies, weekdays, sentence starts) it
//! flags. A gold span counts as found when a finding of the same kind overlaps it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Kind, ScanOptions, scan};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Document {
    /// `dev` (phrasings the rules were tuned on), `test` or `unseen` (only ever measured).
    pub split: Option<String>,
    pub lang: String,
    pub text: String,
    pub spans: Vec<GoldSpan>,
    #[serde(default)]
    pub ordinary: Vec<[usize; 2]>,
}

/// The documents of a split written by hand (`tests/data/detector_field*.txt`): each after a
/// "=== lang" line, `[[kind|text]]` for what identifies, `{{text}}` for an ordinary mention that
/// must not be flagged; lines starting with "#" before the first document are comments.
pub fn parse_marked(source: &str, split: &str) -> Vec<Document> {
    let mut documents = Vec::new();
    for block in source.split("\n=== ").skip(1) {
        let Some((lang, marked)) = block.split_once('\n') else {
            continue;
        };
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut ordinary = Vec::new();
        let mut rest = marked.trim();
        while !rest.is_empty() {
            let next = [rest.find("[["), rest.find("{{")]
                .into_iter()
                .flatten()
                .min();
            let Some(at) = next else {
                text.push_str(rest);
                break;
            };
            text.push_str(&rest[..at]);
            let start = text.chars().count();
            let (close, is_span) = if rest[at..].starts_with("[[") {
                ("]]", true)
            } else {
                ("}}", false)
            };
            let Some(end) = rest[at..].find(close).map(|e| at + e) else {
                text.push_str(&rest[at..]);
                break;
            };
            let inner = &rest[at + 2..end];
            if is_span {
                let (kind, inner) = inner.split_once('|').unwrap_or(("person", inner));
                text.push_str(inner);
                spans.push(GoldSpan {
                    kind: kind.to_string(),
                    start,
                    end: text.chars().count(),
                });
            } else {
                text.push_str(inner);
                ordinary.push([start, text.chars().count()]);
            }
            rest = &rest[end + 2..];
        }
        documents.push(Document {
            split: Some(split.to_string()),
            lang: lang.trim().to_string(),
            text,
            spans,
            ordinary,
        });
    }
    documents
}

/// Counts for one (kind, language) cell.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub flagged: usize,
    pub correct: usize,
}

impl Counts {
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.found as f64 / self.gold as f64
        }
    }
    pub fn precision(&self) -> f64 {
        if self.flagged == 0 {
            1.0
        } else {
            self.correct as f64 / self.flagged as f64
        }
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub cells: BTreeMap<(Kind, String), Counts>,
    pub ordinary_total: usize,
    pub ordinary_flagged: usize,
    /// Gold spans no finding of their kind overlapped: language, kind, text and the words
    /// around it (for reading the misses of the dev split).
    pub missed: Vec<Miss>,
    /// Findings that overlap no gold span of their kind (same shape as a miss).
    pub wrong: Vec<Miss>,
}

#[derive(Debug, Clone)]
pub struct Miss {
    pub lang: String,
    pub kind: Kind,
    pub text: String,
    pub context: String,
}

impl Miss {
    /// The span `start..end` (code points) of a document, with 40 code points either side.
    fn at(doc: &Document, kind: Kind, start: usize, end: usize) -> Miss {
        let chars = |from: usize, to: usize| -> String {
            doc.text
                .chars()
                .skip(from)
                .take(to.saturating_sub(from))
                .collect()
        };
        Miss {
            lang: doc.lang.clone(),
            kind,
            text: chars(start, end),
            context: chars(start.saturating_sub(40), end + 40),
        }
    }
}

impl Report {
    pub fn ordinary_rate(&self) -> f64 {
        if self.ordinary_total == 0 {
            0.0
        } else {
            self.ordinary_flagged as f64 / self.ordinary_total as f64
        }
    }

    /// Totals over languages, per kind.
    pub fn by_kind(&self) -> BTreeMap<Kind, Counts> {
        let mut totals: BTreeMap<Kind, Counts> = BTreeMap::new();
        for ((kind, _), c) in &self.cells {
            let t = totals.entry(*kind).or_default();
            t.gold += c.gold;
            t.found += c.found;
            t.flagged += c.flagged;
            t.correct += c.correct;
        }
        totals
    }

    /// The table for people: kind × language, recall/precision.
    pub fn table(&self) -> String {
        let languages = ["en", "uk", "ru", "pl", "ro"];
        let mut out = format!("{:<14}", "kind");
        for lang in languages {
            out.push_str(&format!(" | {lang:^11}"));
        }
        out.push_str(" | all (R / P)\n");
        for (kind, total) in self.by_kind() {
            out.push_str(&format!("{:<14}", kind.as_str()));
            for lang in languages {
                match self.cells.get(&(kind, lang.to_string())) {
                    Some(c) if c.gold > 0 || c.flagged > 0 => {
                        out.push_str(&format!(" | {:.2} / {:.2}", c.recall(), c.precision()))
                    }
                    _ => out.push_str(" |      —     "),
                }
            }
            out.push_str(&format!(
                " | {:.3} / {:.3} (n={})\n",
                total.recall(),
                total.precision(),
                total.gold
            ));
        }
        out.push_str(&format!(
            "ordinary capitalised words flagged: {} of {} ({:.1} %)\n",
            self.ordinary_flagged,
            self.ordinary_total,
            self.ordinary_rate() * 100.0
        ));
        out
    }
}

pub fn parse_corpus(jsonl: &str) -> Vec<Document> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a corpus line is a document"))
        .collect()
}

/// The ordinary capitalised words of a document (code-point spans): those the corpus marks
/// (countries, UN agencies, weekdays, months), and every other capitalised word outside the
/// labelled spans — each sentence start included, so that a rule which flags the first word of
/// every sentence pays for it here.
fn ordinary_words(doc: &Document) -> Vec<[usize; 2]> {
    let mut spans: Vec<[usize; 2]> = doc.ordinary.clone();
    let mut chars = 0;
    let mut byte = 0;
    for word in crate::text::words(&doc.text) {
        chars += doc.text[byte..word.byte_start].chars().count();
        let start = chars;
        chars += word.text.chars().count();
        byte = word.byte_end;
        let labelled = |s: usize, e: usize| start < e && s < chars;
        if word.is_capitalised()
            && !doc.spans.iter().any(|g| labelled(g.start, g.end))
            && !spans.iter().any(|[s, e]| labelled(*s, *e))
        {
            spans.push([start, chars]);
        }
    }
    spans
}

pub fn evaluate(documents: &[Document]) -> Report {
    let mut report = Report::default();
    for doc in documents {
        let findings = scan(&doc.text, &ScanOptions::default());
        let overlaps = |s: usize, e: usize, fs: usize, fe: usize| s < fe && fs < e;
        for gold in &doc.spans {
            let Ok(kind) = gold.kind.parse::<Kind>() else {
                continue;
            };
            let cell = report.cells.entry((kind, doc.lang.clone())).or_default();
            cell.gold += 1;
            if findings
                .iter()
                .any(|f| f.kind == kind && overlaps(gold.start, gold.end, f.start, f.end))
            {
                cell.found += 1;
            } else {
                report
                    .missed
                    .push(Miss::at(doc, kind, gold.start, gold.end));
            }
        }
        for f in &findings {
            let cell = report.cells.entry((f.kind, doc.lang.clone())).or_default();
            cell.flagged += 1;
            if doc
                .spans
                .iter()
                .any(|g| g.kind == f.kind.as_str() && overlaps(g.start, g.end, f.start, f.end))
            {
                cell.correct += 1;
            } else {
                report.wrong.push(Miss::at(doc, f.kind, f.start, f.end));
            }
        }
        for [s, e] in ordinary_words(doc) {
            report.ordinary_total += 1;
            if findings.iter().any(|f| overlaps(s, e, f.start, f.end)) {
                report.ordinary_flagged += 1;
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cargo test --lib dev_split_misses -- --ignored --nocapture`: the dev split's table and
    /// every miss with its context, for working on the rules. `PARLEY_SPLIT=test` prints the
    /// test split's table only: its misses are not for reading, it is never tuned on.
    #[test]
    #[ignore]
    fn dev_split_misses() {
        let split = std::env::var("PARLEY_SPLIT").unwrap_or_else(|_| "dev".into());
        let docs: Vec<Document> =
            parse_corpus(include_str!("../../../tests/data/detector_corpus.jsonl"))
                .into_iter()
                .filter(|d| d.split.as_deref() == Some(split.as_str()))
                .collect();
        let report = evaluate(&docs);
        println!(
            "{split} split ({} documents)\n{}",
            docs.len(),
            report.table()
        );
        if split == "dev" {
            for miss in &report.missed {
                println!(
                    "{} {} {:?} in {:?}",
                    miss.lang, miss.kind, miss.text, miss.context
                );
            }
        }
        for wrong in &report.wrong {
            println!(
                "wrong: {} {} {:?} in {:?}",
                wrong.lang, wrong.kind, wrong.text, wrong.context
            );
        }
    }
}

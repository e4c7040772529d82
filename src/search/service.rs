//! Running a search against the live index: the query built from the parsed search box and
//! the URL's filters, facet counts for every filter, highlighted snippets, relevance or
//! newest-first order, pages; and the related case studies of a case page.
//!
//! Words must all appear; a word matches when any analyzer agrees — the folded one (other
//! scripts, no diacritics) or any language's stemmer — and a title match weighs more. When no
//! document has every word, the search is relaxed to any of them and says so.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, MoreLikeThisQuery, Occur, PhraseQuery,
    Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption, OwnedValue, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

use super::analysis::{self, terms};
use super::facets::FacetTally;
use super::glossary::{EXPANDED_WEIGHT, glossary, is_function_word};
use super::index::{Counts, Fields, SearchIndex, audience_filter, facet_value, within_reach};
use super::pruned::Split;
use super::query::{Filter, Parsed};
use crate::cases::Reach;
use crate::i18n::Lang;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By relevance when there is text to match, else newest first.
    #[default]
    Best,
    Newest,
}

/// A search to run.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub parsed: Parsed,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    /// Whose search: which cohorts' threads it may find (and count). The default is a member
    /// in no cohort; handlers set the reader's.
    pub reach: Reach,
}

/// One result. Only published, anonymised text: title and a snippet of lessons and body.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Hit {
    pub id: i64,
    pub kind: String,
    pub title: String,
    /// HTML: the text is escaped; matched words are in `<mark>`.
    pub snippet_html: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub contexts: Vec<String>,
    pub year: Option<i32>,
    pub lang: String,
    pub score: f32,
}

/// Counts per value of one facet, in the current results.
pub type FacetCounts = BTreeMap<String, u64>;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// For each of country, context, counterpart, outcome, year and lang.
    pub facets: BTreeMap<String, FacetCounts>,
    pub page: usize,
    pub per_page: usize,
    /// True when no document had every word and results have some of them.
    pub relaxed: bool,
    /// When nothing was found as typed: the words the results are for instead, respelt by the
    /// closest word the index holds ("checkpont" → "checkpoint"). Always said, never silent.
    pub corrected: Option<String>,
}

/// Per-field analyzers, made once per search (they hold buffers).
struct Analyzers {
    folded: TextAnalyzer,
    languages: Vec<(Lang, TextAnalyzer)>,
}

impl Analyzers {
    fn new() -> Self {
        Analyzers {
            folded: analysis::folded(),
            languages: Lang::ALL
                .into_iter()
                .map(|l| (l, analysis::for_language(l)))
                .collect(),
        }
    }
}

const TITLE_BOOST: f32 = 2.5;
const LANGUAGE_BOOST: f32 = 1.3;
/// A case's labels ("Evacuation", "Kharkivska oblast") find it, below its own words.
const LABEL_BOOST: f32 = 0.4;

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

/// Any of `clauses`, their scores summed: a flat union of term queries, which tantivy ranks
/// with block-max WAND (skipping the blocks of documents that cannot reach the page).
fn any_of(mut clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if clauses.len() == 1 {
        return clauses.pop().expect("one");
    }
    Box::new(BooleanQuery::new(
        clauses.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

/// All of `clauses`.
fn all_of(mut clauses: Vec<Box<dyn Query>>) -> Option<Box<dyn Query>> {
    match clauses.len() {
        0 => None,
        1 => clauses.pop(),
        _ => Some(Box::new(BooleanQuery::new(
            clauses.into_iter().map(|q| (Occur::Must, q)).collect(),
        ))),
    }
}

/// The term queries of one typed word, one list per part (a word like "e-mail" has two): the
/// part's folded form in the title and the text, and every language's stem of it in that
/// language's text and labels, each weighted.
///
/// Decision, and why: a part's fields are summed, not maximised. On the graded set the sum
/// ranks as well as the maximum did (nDCG@10 0.82 overall and 0.78 across languages with
/// either; docs/search.md has every kind), but no maximum can skip a document: every one of
/// the 95,000 stories a common word matches was scored on every search. Summed, a word is a
/// flat union of term queries, and the top of its ranking is found without scoring what
/// cannot reach it (block-max WAND).
fn word_terms(f: &Fields, a: &mut Analyzers, word: &str) -> Vec<Vec<Box<dyn Query>>> {
    let mut parts = Vec::new();
    let mut spans = Vec::new();
    {
        let mut stream = a.folded.token_stream(word);
        while tantivy::tokenizer::TokenStream::advance(&mut stream) {
            let t = tantivy::tokenizer::TokenStream::token(&stream);
            spans.push((t.text.clone(), t.offset_from, t.offset_to));
        }
    }
    for (folded, from, to) in spans {
        let original = &word[from..to];
        let mut options: Vec<Box<dyn Query>> = vec![
            Box::new(BoostQuery::new(
                term_query(Term::from_field_text(f.title, &folded)),
                TITLE_BOOST,
            )),
            term_query(Term::from_field_text(f.content, &folded)),
        ];
        for (lang, analyzer) in a.languages.iter_mut() {
            for stemmed in terms(analyzer, original) {
                options.push(Box::new(BoostQuery::new(
                    term_query(Term::from_field_text(f.language_field(*lang), &stemmed)),
                    LANGUAGE_BOOST,
                )));
                options.push(Box::new(BoostQuery::new(
                    term_query(Term::from_field_text(f.labels_field(*lang), &stemmed)),
                    LABEL_BOOST,
                )));
            }
        }
        parts.push(options);
    }
    parts
}

/// The query for one typed word: each of its parts in any of its fields. `None` when nothing
/// of it is searchable.
fn word_query(f: &Fields, a: &mut Analyzers, word: &str) -> Option<Box<dyn Query>> {
    all_of(word_terms(f, a, word).into_iter().map(any_of).collect())
}

/// A phrase: the words in this order, in the title or the text (folded forms). Two words are
/// one term of the pairs fields; a longer phrase needs all its pairs (which narrows it to a
/// few documents) and then the positions.
fn phrase_query(f: &Fields, a: &mut Analyzers, phrase: &str) -> Option<Box<dyn Query>> {
    let folded = terms(&mut a.folded, phrase);
    if folded.len() < 2 {
        return word_query(f, a, phrase);
    }
    let pairs: Vec<String> = folded
        .windows(2)
        .map(|w| analysis::pair(&w[0], &w[1]))
        .collect();
    let on = |words: Field, pairs_field: Field| -> Box<dyn Query> {
        let pair_term = |p: &String| term_query(Term::from_field_text(pairs_field, p));
        if let [only] = pairs.as_slice() {
            return pair_term(only);
        }
        // A longer phrase scores as the phrase: its pairs only narrow the documents down.
        let mut pair_terms: Vec<(Occur, Box<dyn Query>)> = pairs
            .iter()
            .map(|p| {
                let narrowing: Box<dyn Query> = Box::new(BoostQuery::new(pair_term(p), 0.0));
                (Occur::Must, narrowing)
            })
            .collect();
        pair_terms.push((
            Occur::Must,
            Box::new(PhraseQuery::new(
                folded
                    .iter()
                    .map(|t| Term::from_field_text(words, t))
                    .collect(),
            )),
        ));
        Box::new(BooleanQuery::new(pair_terms))
    };
    Some(Box::new(DisjunctionMaxQuery::new(vec![
        Box::new(BoostQuery::new(on(f.title, f.title_pairs), TITLE_BOOST)),
        on(f.content, f.content_pairs),
    ])))
}

/// A hit's snippet: the passage of its text (at most [`SNIPPET_BYTES`]) where the searched
/// words are, with them marked. What is marked: the folded forms of the typed words, of the
/// phrases' words and of the single-word forms of the typed words' glossary concepts, in the
/// content (the search itself matches phrases on the pairs fields, whose terms a snippet of
/// the content cannot show); a rarer word weighs more in choosing the passage.
///
/// Decision, and why: with one searched word, the snippet is the first passage that holds
/// it, and the rest of the text is not read. (tantivy's snippets read every word of every
/// hit's text to pick the passage with most matches: with one word that is the first passage
/// that has it, give or take a repetition, and reading the twenty hits' texts word by word
/// was a third of a search's time.) With more words or a phrase, every passage is weighed and
/// the best is shown.
struct Highlighter {
    marked: HashMap<String, f32>,
    analyzer: TextAnalyzer,
    first_is_enough: bool,
}

/// The longest snippet, in bytes of the text.
const SNIPPET_BYTES: usize = 220;

impl Highlighter {
    fn new(f: &Fields, searcher: &Searcher, parsed: &Parsed) -> tantivy::Result<Highlighter> {
        let mut folded = analysis::folded();
        let words: Vec<Vec<String>> = parsed.words.iter().map(|w| terms(&mut folded, w)).collect();
        // The concepts' single-word forms too: a story found through the glossary shows why.
        let expanded: Vec<String> = glossary()
            .group(&words)
            .into_iter()
            .flat_map(|group| group.concepts)
            .flat_map(|c| glossary().forms(c))
            .filter(|form| form.len() == 1)
            .map(|form| form[0].clone())
            .collect();
        let mut marked = HashMap::new();
        for term in words
            .into_iter()
            .flatten()
            .chain(parsed.phrases.iter().flat_map(|p| terms(&mut folded, p)))
            .chain(expanded)
        {
            if marked.contains_key(&term) {
                continue;
            }
            let found_in = searcher.doc_freq(&Term::from_field_text(f.content, &term))?;
            if found_in > 0 {
                marked.insert(term, 1.0 / (1.0 + found_in as f32));
            }
        }
        Ok(Highlighter {
            marked,
            analyzer: searcher.index().tokenizer_for_field(f.content)?,
            first_is_enough: parsed.words.len() == 1 && parsed.phrases.is_empty(),
        })
    }

    /// The snippet of `text` as HTML (escaped, the marked words in `<mark>`); empty when no
    /// searched word is in it.
    fn snippet_html(&mut self, text: &str) -> String {
        struct Passage {
            from: usize,
            to: usize,
            score: f32,
            marks: Vec<(usize, usize)>,
        }
        let fresh = |from| Passage {
            from,
            to: from,
            score: 0.0,
            marks: Vec::new(),
        };
        let mut best: Option<Passage> = None;
        let mut current = fresh(0);
        let mut stream = self.analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            if token.offset_to - current.from > SNIPPET_BYTES {
                let done = std::mem::replace(&mut current, fresh(token.offset_from));
                if done.score > best.as_ref().map_or(0.0, |b| b.score) {
                    best = Some(done);
                    if self.first_is_enough {
                        break;
                    }
                }
            }
            current.to = token.offset_to;
            if let Some(score) = self.marked.get(&token.text) {
                current.score += score;
                current.marks.push((token.offset_from, token.offset_to));
            }
        }
        if current.score > best.as_ref().map_or(0.0, |b| b.score) {
            best = Some(current);
        }
        let Some(passage) = best else {
            return String::new();
        };
        let mut html = String::new();
        let mut at = passage.from;
        for (from, to) in passage.marks {
            if from < at {
                continue;
            }
            html.push_str(&crate::text::html_escaped(&text[at..from]));
            html.push_str("<mark>");
            html.push_str(&crate::text::html_escaped(&text[from..to]));
            html.push_str("</mark>");
            at = to;
        }
        html.push_str(&crate::text::html_escaped(&text[at..passage.to]));
        html
    }
}

fn filter_query(f: &Fields, filter: &Filter) -> Box<dyn Query> {
    let facet = |field, value: &str| term_query(Term::from_facet(field, &facet_value(value)));
    match filter {
        Filter::Country(v) => facet(f.country, v),
        Filter::Region(v) => facet(f.region, v),
        Filter::Context(v) => facet(f.context, v),
        Filter::Counterpart(v) => facet(f.counterpart, v),
        Filter::Outcome(v) => facet(f.outcome, v),
        Filter::Lang(v) => facet(f.lang, v),
        Filter::Tag(v) => facet(f.tag, v),
        Filter::Kind(v) => facet(f.kind, v),
        Filter::Years(from, to) => Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_u64(f.year_number, (*from).max(0) as u64)),
            Bound::Included(Term::from_field_u64(f.year_number, (*to).max(0) as u64)),
        )),
    }
}

/// The glossary's concepts found for a typed word, as alternatives to it: documents that
/// mention any of them, in any language ([`super::glossary`]), below the word as typed.
fn concept_terms(f: &Fields, concepts: &[usize]) -> Vec<Box<dyn Query>> {
    concepts
        .iter()
        .map(|&c| {
            Box::new(BoostQuery::new(
                term_query(Term::from_field_text(f.concepts, glossary().id(c))),
                EXPANDED_WEIGHT,
            )) as Box<dyn Query>
        })
        .collect()
}

/// The typed words as clauses: each run of words that is a form of a glossary concept is
/// matched as typed, or by the concept's term in the documents that mention it in any language
/// ([`super::glossary`]). Function words beside other words are left out.
fn word_clauses(
    f: &Fields,
    a: &mut Analyzers,
    words: &[String],
    has_phrases: bool,
) -> Vec<WordClause> {
    let folded: Vec<Vec<String>> = words.iter().map(|w| terms(&mut a.folded, w)).collect();
    let content_words =
        words.iter().filter(|w| !is_function_word(w)).count() + usize::from(has_phrases);
    let mut clauses = Vec::new();
    for group in glossary().group(&folded) {
        let range = group.words;
        // A function word beside other words is not searched: required, it would ask stories
        // in other languages for it; optional, it would favour the query's own language.
        if range.len() == 1 && is_function_word(&words[range.start]) && content_words > 0 {
            continue;
        }
        let mut parts: Vec<Vec<Box<dyn Query>>> = words[range.clone()]
            .iter()
            .flat_map(|w| word_terms(f, a, w))
            .collect();
        let clause = if parts.len() == 1 {
            // One word of one part (the common case): its terms and its concepts' terms in
            // one flat union.
            let mut terms = parts.pop().expect("one");
            terms.extend(concept_terms(f, &group.concepts));
            WordClause {
                flat: Some(terms.iter().map(|q| q.box_clone()).collect()),
                query: any_of(terms),
            }
        } else {
            let Some(own) = all_of(parts.into_iter().map(any_of).collect()) else {
                continue;
            };
            WordClause {
                query: or_concepts(f, own, &group.concepts),
                flat: None,
            }
        };
        clauses.push(clause);
    }
    clauses
}

/// One word's (or one glossary phrase's) clause of a search.
struct WordClause {
    query: Box<dyn Query>,
    /// Its terms, when the clause is their flat union (see [`super::pruned`]).
    flat: Option<Vec<Box<dyn Query>>>,
}

/// `own` (the words as typed), or any of `concepts`, below it.
fn or_concepts(f: &Fields, own: Box<dyn Query>, concepts: &[usize]) -> Box<dyn Query> {
    if concepts.is_empty() {
        return own;
    }
    any_of(vec![own, any_of(concept_terms(f, concepts))])
}

/// A phrase that is one form of a glossary concept ("safe space", "пункт незламності") is
/// found as typed, or as the concept's other forms below it.
fn phrase_clause(f: &Fields, a: &mut Analyzers, phrase: &str) -> Option<Box<dyn Query>> {
    let own = phrase_query(f, a, phrase)?;
    let words: Vec<Vec<String>> = terms(&mut a.folded, phrase)
        .into_iter()
        .map(|t| vec![t])
        .collect();
    match glossary().group(&words).as_slice() {
        [only] if only.words.len() == words.len() => Some(or_concepts(f, own, &only.concepts)),
        _ => Some(own),
    }
}

/// From this many searched words on, one in every `LONG_QUERY` may be missing from a result.
const LONG_QUERY: usize = 4;

/// The whole query; `relaxed` makes words optional (at least one must match).
fn build(f: &Fields, parsed: &Parsed, relaxed: bool) -> Box<dyn Query> {
    let mut a = Analyzers::new();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let words: Vec<Box<dyn Query>> =
        word_clauses(f, &mut a, &parsed.words, !parsed.phrases.is_empty())
            .into_iter()
            .map(|w| w.query)
            .collect();
    if relaxed && words.len() > 1 {
        clauses.push((
            Occur::Must,
            Box::new(BooleanQuery::new(
                words.into_iter().map(|q| (Occur::Should, q)).collect(),
            )),
        ));
    } else if words.len() >= LONG_QUERY {
        // A long query is a description, not a list of conditions: a story that has all its
        // words but one is still what she means (it ranks below those that have them all).
        let needed = words.len() - words.len() / LONG_QUERY;
        clauses.push((
            Occur::Must,
            Box::new(BooleanQuery::with_minimum_required_clauses(
                words.into_iter().map(|q| (Occur::Should, q)).collect(),
                needed,
            )),
        ));
    } else {
        clauses.extend(words.into_iter().map(|q| (Occur::Must, q)));
    }
    for phrase in &parsed.phrases {
        if let Some(q) = phrase_clause(f, &mut a, phrase) {
            clauses.push((Occur::Must, q));
        }
    }
    clauses.extend(
        excluded_clauses(f, &mut a, parsed)
            .into_iter()
            .map(|q| (Occur::MustNot, q)),
    );
    clauses.extend(filter_clauses(f, parsed).map(|q| (Occur::Must, q)));
    if !clauses.iter().any(|(o, _)| *o == Occur::Must) {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    // One required clause is the query itself: wrapped, a word's flat union would no longer
    // be ranked by block-max WAND.
    if let [(Occur::Must, _)] = clauses.as_slice() {
        return clauses.pop().expect("one").1;
    }
    Box::new(BooleanQuery::new(clauses))
}

/// What a result must not hold: the excluded words and phrases.
fn excluded_clauses(f: &Fields, a: &mut Analyzers, parsed: &Parsed) -> Vec<Box<dyn Query>> {
    let words = parsed
        .excluded_words
        .iter()
        .filter_map(|w| word_query(f, a, w));
    let mut out: Vec<Box<dyn Query>> = words.collect();
    for phrase in &parsed.excluded_phrases {
        out.extend(phrase_query(f, a, phrase));
    }
    out
}

/// The search's filters: every name must hold; values of one name are alternatives. Each
/// weighs nothing: filters do not change the order of relevance.
fn filter_clauses(f: &Fields, parsed: &Parsed) -> impl Iterator<Item = Box<dyn Query>> {
    let mut by_name: BTreeMap<&str, Vec<Box<dyn Query>>> = BTreeMap::new();
    for filter in &parsed.filters {
        by_name
            .entry(filter.name())
            .or_default()
            .push(filter_query(f, filter));
    }
    by_name.into_values().map(|mut alternatives| {
        let q = if alternatives.len() == 1 {
            alternatives.pop().expect("one")
        } else {
            Box::new(BooleanQuery::new(
                alternatives
                    .into_iter()
                    .map(|q| (Occur::Should, q))
                    .collect(),
            )) as Box<dyn Query>
        };
        Box::new(BoostQuery::new(q, 0.0)) as Box<dyn Query>
    })
}

/// The search made ready for ranking by [`super::pruned`], when it is one it ranks the same:
/// up to three words, each one flat union, no phrase, not relaxed; excluded words and
/// phrases, and filters, may be there.
fn split(f: &Fields, parsed: &Parsed, relaxed: bool) -> Option<Split> {
    if relaxed || !parsed.phrases.is_empty() {
        return None;
    }
    let mut a = Analyzers::new();
    let words = word_clauses(f, &mut a, &parsed.words, false);
    if words.is_empty() || words.len() >= LONG_QUERY {
        return None;
    }
    let several = words.len() > 1;
    let mut ranked = Vec::new();
    let mut required = Vec::new();
    for word in words {
        ranked.extend(word.flat?);
        // One word is the ranked union itself.
        if several {
            required.push(word.query);
        }
    }
    required.extend(filter_clauses(f, parsed));
    Some(Split {
        ranked: any_of(ranked),
        required,
        excluded: excluded_clauses(f, &mut a, parsed),
    })
}

/// A stored facet's value (`/UA` → `UA`), from its encoded form.
fn facet_text(encoded: &str) -> Option<String> {
    Facet::from_encoded(encoded.as_bytes().to_vec())
        .ok()
        .and_then(|f| f.to_path().first().map(|s| s.to_string()))
}

fn first_facet(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_facet())
        .and_then(facet_text)
}

fn all_facets(doc: &TantivyDocument, field: tantivy::schema::Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_facet())
        .filter_map(facet_text)
        .collect()
}

fn hit(
    f: &Fields,
    searcher: &Searcher,
    address: DocAddress,
    score: f32,
    snippets: Option<&mut Highlighter>,
) -> tantivy::Result<Hit> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let content = text(f.content_shown);
    let snippet_html = match snippets {
        Some(highlighter) => highlighter.snippet_html(&content),
        None => String::new(),
    };
    let snippet_html = if snippet_html.is_empty() {
        // No word to show in context: the beginning of the text.
        let mut start: String = content.chars().take(200).collect();
        if content.chars().count() > 200 {
            start.push('…');
        }
        crate::text::html_escaped(&start)
    } else {
        snippet_html
    };
    Ok(Hit {
        id: doc
            .get_first(f.id)
            .and_then(|v| v.as_u64())
            .unwrap_or_default() as i64,
        kind: first_facet(&doc, f.kind).unwrap_or_default(),
        title: text(f.title_shown),
        snippet_html,
        country: first_facet(&doc, f.country),
        region: first_facet(&doc, f.region),
        contexts: all_facets(&doc, f.context),
        year: first_facet(&doc, f.year).and_then(|y| y.parse().ok()),
        lang: first_facet(&doc, f.lang).unwrap_or_default(),
        score,
    })
}

/// Runs a search.
pub fn search(index: &SearchIndex, request: &Request) -> tantivy::Result<Results> {
    let results = run(index, request, false)?;
    if results.total > 0 {
        return Ok(results);
    }
    // Nothing as typed: a word of five letters or more the index does not hold may be a typo.
    if let Some(respelt) = super::respell::respelt(index, &request.parsed, &request.reach)? {
        let mut corrected = request.clone();
        corrected.parsed.words = respelt.clone();
        let mut found = run(index, &corrected, false)?;
        if found.total > 0 {
            found.corrected = Some(respelt.join(" "));
            return Ok(found);
        }
    }
    if request.parsed.words.len() > 1 {
        return run(index, request, true);
    }
    Ok(results)
}

fn run(index: &SearchIndex, request: &Request, relaxed: bool) -> tantivy::Result<Results> {
    let f = &index.fields;
    let searcher = index.reader.searcher();
    // Built only when something is worked out afresh: a kept count and page need no query.
    let query = std::cell::OnceCell::new();
    let query = || query.get_or_init(|| build(f, &request.parsed, relaxed));
    let per_page = request.per_page.clamp(1, 100);
    let page = request.page.max(1);
    let offset = (page - 1) * per_page;
    let by_relevance = request.sort == Sort::Best && request.parsed.has_text();

    let tally = counts(index, &searcher, &query, request, relaxed)?;
    let (total, facets) = (tally.0, tally.1.clone());
    // A page already worked out in this generation, for the same search, reach and page
    // (see `page_of_hits`).
    let generation = searcher.generation().generation_id();
    let key = (
        request.parsed.clone(),
        relaxed,
        request.reach.clone(),
        offset,
        per_page,
        by_relevance,
    );
    let hits = match index.search_pages.get(generation, &key) {
        Some(kept) => kept.as_ref().clone(),
        None => {
            let hits = page_of_hits(
                index,
                &searcher,
                &query,
                request,
                offset..offset + per_page,
                total,
                relaxed,
            )?;
            index
                .search_pages
                .put(generation, key, std::sync::Arc::new(hits.clone()));
            hits
        }
    };
    Ok(Results {
        total,
        hits,
        facets,
        page,
        per_page,
        relaxed,
        corrected: None,
    })
}

/// How many documents within her reach match `query`, and per facet value: worked out once
/// per index generation for a search and reach, and kept until anything is published,
/// changed or hidden.
///
/// Decision, and why: counting is the one part of a search that must visit every match (the
/// page's ranking need not: see [`page_of`]); a common word matches most of the collection,
/// and its count and facets do not change until the index does. What a search counts is
/// exact, never estimated: the facet menu is how members narrow a search, and an estimated
/// "about 40" beside a country with three stories would mislead her.
fn counts<'q>(
    index: &SearchIndex,
    searcher: &Searcher,
    query: &dyn Fn() -> &'q Box<dyn Query>,
    request: &Request,
    relaxed: bool,
) -> tantivy::Result<Counts> {
    let generation = searcher.generation().generation_id();
    let key = (request.parsed.clone(), relaxed, request.reach.clone());
    if let Some(kept) = index.search_counts.get(generation, &key) {
        return Ok(kept);
    }
    let within = within_reach(&index.fields, query().box_clone(), &request.reach);
    let tally = searcher.search(&*within, &FacetTally)?;
    let counts: Counts = std::sync::Arc::new((tally.total, tally.by_name()));
    index.search_counts.put(generation, key, counts.clone());
    Ok(counts)
}

/// A search's page of hits: ranked ([`page_of`]), read from the stored documents, with
/// snippets.
///
/// Decision, and why: a page is kept, like the counts, for its search, reach and page until
/// the index changes (at most [`super::index::SEARCH_PAGES_MOST`] per generation). Ranking,
/// reading twenty stored documents and finding their snippets were four fifths of a search's
/// time; members ask the same words again (the field's vocabulary is small), and the answer
/// cannot change before the index does. What is kept is only what the index shows her reach:
/// whether each hit is still published is checked against the database on every request, by
/// the caller, kept or not.
fn page_of_hits<'q>(
    index: &SearchIndex,
    searcher: &Searcher,
    query: &dyn Fn() -> &'q Box<dyn Query>,
    request: &Request,
    places: std::ops::Range<usize>,
    total: usize,
    relaxed: bool,
) -> tantivy::Result<Vec<Hit>> {
    let f = &index.fields;
    let by_relevance = request.sort == Sort::Best && request.parsed.has_text();
    let split = match by_relevance {
        true => split(f, &request.parsed, relaxed),
        false => None,
    };
    let found = if total <= places.start {
        Vec::new()
    } else if let Some(split) = split {
        pruned_page(index, searcher, &split, &request.reach, places)?
    } else {
        page_of(
            index,
            searcher,
            query().box_clone(),
            &request.reach,
            places,
            total,
            by_relevance,
        )?
    };
    let mut snippets = if request.parsed.has_text() {
        Some(Highlighter::new(f, searcher, &request.parsed)?)
    } else {
        None
    };
    found
        .into_iter()
        .map(|(score, address)| hit(f, searcher, address, score, snippets.as_mut()))
        .collect()
}

/// The page's documents by relevance, for a search [`split`] for [`super::pruned`]: her reach
/// is one more clause each candidate is checked against, which costs the pruning nothing.
fn pruned_page(
    index: &SearchIndex,
    searcher: &Searcher,
    split: &Split,
    reach: &Reach,
    places: std::ops::Range<usize>,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    let audience = match super::lists::ReachCheck::of(index, searcher, reach)? {
        Some(_) => audience_filter(&index.fields, reach),
        None => None,
    };
    let best = super::pruned::best(searcher, split, audience.as_deref(), places.end)?;
    Ok(best.into_iter().skip(places.start).collect())
}

/// The page's documents, best or newest first, among those within her reach.
///
///
/// Her reach is checked on what is found rather than required in the query: a required
/// clause beside a word's union of terms keeps tantivy from skipping what cannot reach the
/// page (block-max WAND), so every match would be scored. The first `n` of the ranking that
/// she may read are the first `n` she may read of the whole ranking; it is asked for a few
/// more than the page needs, and only when threads of other cohorts take too many of those
/// places is it asked again with her reach in the query — unless all `hers` (her count of
/// matches) are already among them. When the index holds nothing outside her reach (a member
/// of every cohort, or no cohort threads), nothing is checked.
fn page_of(
    index: &SearchIndex,
    searcher: &Searcher,
    query: Box<dyn Query>,
    reach: &Reach,
    places: std::ops::Range<usize>,
    hers_in_all: usize,
    by_relevance: bool,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    let (offset, per_page) = (places.start, places.len());
    let ranked = |q: &dyn Query, limit: usize| -> tantivy::Result<Vec<(f32, DocAddress)>> {
        if by_relevance {
            searcher.search(q, &TopDocs::with_limit(limit).order_by_score())
        } else {
            let newest = searcher.search(
                q,
                &TopDocs::with_limit(limit).order_by_fast_field::<i64>("published", Order::Desc),
            )?;
            Ok(newest.into_iter().map(|(_, a)| (0.0, a)).collect())
        }
    };
    let wanted = offset + per_page;
    let Some(check) = super::lists::ReachCheck::of(index, searcher, reach)? else {
        return Ok(ranked(&*query, wanted)?.into_iter().skip(offset).collect());
    };
    let asked = wanted + wanted / 2 + 10;
    let found = ranked(&*query, asked)?;
    let all_of_them = found.len() < asked;
    let hers: Vec<(f32, DocAddress)> = found
        .into_iter()
        .filter(|(_, a)| check.reaches(*a))
        .collect();
    if hers.len() >= wanted.min(hers_in_all) || all_of_them {
        return Ok(hers.into_iter().skip(offset).take(per_page).collect());
    }
    let within = within_reach(&index.fields, query, reach);
    Ok(ranked(&*within, wanted)?.into_iter().skip(offset).collect())
}

/// The ids of up to `limit` newest documents matching `parsed`: no counts, no snippets (what
/// a digest's saved search needs).
pub fn newest_ids(
    index: &SearchIndex,
    parsed: &Parsed,
    reach: &Reach,
    limit: usize,
) -> tantivy::Result<Vec<i64>> {
    let searcher = index.reader.searcher();
    let query = within_reach(&index.fields, build(&index.fields, parsed, false), reach);
    let top = searcher.search(
        &query,
        &TopDocs::with_limit(limit.max(1)).order_by_fast_field::<i64>("published", Order::Desc),
    )?;
    top.into_iter()
        .map(|(_, address)| {
            let ids = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64("id")?;
            Ok(ids.first(address.doc_id).unwrap_or_default() as i64)
        })
        .collect()
}

/// A related case study, as the case page lists it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Related {
    pub id: i64,
    pub title: String,
    pub country: Option<String>,
    pub year: Option<i32>,
}

/// The ids of up to `limit` published case studies most like `id`, closest first: the same
/// region or country and the same kind of negotiation, then shared facets and distinctive
/// words (see below). The caller reads their titles from the database, through the gate.
pub fn related(
    index: &SearchIndex,
    id: i64,
    limit: usize,
    reach: &Reach,
) -> tantivy::Result<Vec<i64>> {
    let searcher = index.reader.searcher();
    let generation = searcher.generation().generation_id();
    let key = (id, limit, reach.clone());
    if let Some(found) = index.related_cache.get(generation, &key) {
        return Ok(found);
    }
    let found = related_uncached(index, &searcher, id, limit, reach)?;
    index.related_cache.put(generation, key, found.clone());
    Ok(found)
}

/// The query that ranks the whole collection against a case (after its closest tiers): shared
/// facets at constant scores and shared distinctive words.
fn related_by_words_and_facets(
    f: &Fields,
    searcher: &Searcher,
    doc: &TantivyDocument,
    this: &TermQuery,
) -> Vec<(Occur, Box<dyn Query>)> {
    let text_of = |field| -> Vec<OwnedValue> {
        doc.get_all(field)
            .filter_map(|v| {
                v.as_str()
                    .map(|s| OwnedValue::Str(super::index::without_placeholders(s)))
            })
            .collect()
    };
    let like_this = MoreLikeThisQuery::builder()
        .with_min_doc_frequency(1)
        // A word in more than one document in fifty says little about what a case is like,
        // and its long posting list is most of the cost; a small community keeps words
        // shared by up to twenty documents.
        .with_max_doc_frequency((searcher.num_docs() / 50).max(20))
        .with_min_term_frequency(1)
        .with_min_word_length(3)
        .with_max_query_terms(30)
        .with_document_fields(vec![
            (f.title, text_of(f.title_shown)),
            (f.content, text_of(f.content_shown)),
        ]);
    // Only optional clauses, and exclusions: the candidates are the documents that share a
    // distinctive word or a facet, and tantivy can skip those that cannot reach the top. A
    // required "is a case study" clause made every case study a candidate to score (a cold
    // case page spent nine tenths of its time there at 100,000 case studies).
    // What a case is about weighs more than the words it shares: the same contexts,
    // counterparts and region first (whatever language the other case is written in), shared
    // distinctive words after (`WORDS`). Facets score a constant each, not by rarity: a
    // shared context is as telling in a common context as in a rare one.
    const WORDS: f32 = 0.25;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(like_this), WORDS)),
        ),
        (Occur::MustNot, Box::new(this.clone())),
        (
            Occur::MustNot,
            term_query(Term::from_facet(f.kind, &facet_value("discussion"))),
        ),
    ];
    // Country is left out: a quarter of all cases share one, and each would become a
    // candidate to score (the region narrows it down instead).
    for (field, weight) in [(f.context, 3.0), (f.counterpart, 1.5), (f.region, 2.0)] {
        for value in all_facets(doc, field) {
            clauses.push((
                Occur::Should,
                Box::new(tantivy::query::ConstScoreQuery::new(
                    term_query(Term::from_facet(field, &facet_value(&value))),
                    weight,
                )),
            ));
        }
    }
    clauses
}

fn related_uncached(
    index: &SearchIndex,
    searcher: &Searcher,
    id: i64,
    limit: usize,
    reach: &Reach,
) -> tantivy::Result<Vec<i64>> {
    let f = &index.fields;
    let this = TermQuery::new(
        Term::from_field_u64(f.id, id as u64),
        IndexRecordOption::Basic,
    );
    let Some((_, address)) = searcher
        .search(&this, &TopDocs::with_limit(1).order_by_score())?
        .into_iter()
        .next()
    else {
        return Ok(Vec::new());
    };
    let doc: TantivyDocument = searcher.doc(address)?;
    // First the closest, in two tiers: the same region and a shared context; then the same
    // country, a shared context and a shared counterpart. Each tier is a union of the case's
    // neighbour terms ([`super::index::neighbours`]: short posting lists, a few hundred
    // candidates at 100,000 case studies, instead of scoring every case that shares one
    // context or one distinctive word); its candidates are ranked by the facets they share
    // (contexts 3, counterparts 1.5, from the packed facet number), newest first among equals. Only when
    // the tiers hold fewer than asked does the rest of the collection compete, by the scores
    // below (facets, then words).
    let contexts = all_facets(&doc, f.context);
    let counterparts = all_facets(&doc, f.counterpart);
    let (by_region, by_country) = super::index::neighbours(
        first_facet(&doc, f.country).as_deref(),
        first_facet(&doc, f.region).as_deref(),
        &contexts.iter().map(String::as_str).collect::<Vec<_>>(),
        &counterparts.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let any_of = |terms: Vec<String>| -> Box<dyn Query> {
        Box::new(BooleanQuery::new(
            terms
                .iter()
                .map(|t| {
                    (
                        Occur::Should,
                        term_query(Term::from_field_text(f.neighbours, t)),
                    )
                })
                .collect(),
        ))
    };
    let tiers: Vec<Box<dyn Query>> = [by_region, by_country]
        .into_iter()
        .filter(|terms| !terms.is_empty())
        .map(any_of)
        .collect();
    let columns = index.related_columns(searcher)?;
    let mine = columns.segments[address.segment_ord as usize]
        .packed
        .first(address.doc_id)
        .unwrap_or_default();
    let mut found: Vec<DocAddress> = Vec::new();
    for tier in tiers {
        if found.len() >= limit {
            break;
        }
        // Only case studies carry neighbour terms: no discussion among them.
        let required: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, tier),
            (Occur::MustNot, Box::new(this.clone())),
        ];
        let query = within_reach(f, Box::new(BooleanQuery::new(required)), reach);
        let candidates: Vec<DocAddress> = searcher
            .search(&*query, &tantivy::collector::DocSetCollector)?
            .into_iter()
            .filter(|c| !found.contains(c))
            .collect();
        let mut ranked: Vec<(u32, i64, DocAddress)> = Vec::with_capacity(candidates.len());
        for candidate in candidates {
            let segment = &columns.segments[candidate.segment_ord as usize];
            let theirs = segment.packed.first(candidate.doc_id).unwrap_or_default();
            let (contexts, counterparts) = super::facets::shared(mine, theirs);
            // Twice the weights (3 and 1.5), in whole numbers.
            let score = contexts * 6 + counterparts * 3;
            let key = segment.keys.first(candidate.doc_id).unwrap_or_default();
            ranked.push((score, key, candidate));
        }
        // Only the first few are wanted: chosen, then ordered, without sorting them all.
        let wanted = (limit - found.len()).min(ranked.len());
        let order =
            |a: &(u32, i64, DocAddress), b: &(u32, i64, DocAddress)| (b.0, b.1).cmp(&(a.0, a.1));
        if wanted > 0 && wanted < ranked.len() {
            ranked.select_nth_unstable_by(wanted - 1, order);
            ranked.truncate(wanted);
        }
        ranked.sort_by(order);
        found.extend(
            ranked
                .into_iter()
                .take(limit - found.len())
                .map(|(_, _, address)| address),
        );
    }
    if found.len() < limit {
        // The candidates are those sharing something, within her reach: the optional clauses
        // as one query (at least one must match), intersected with the audiences she may read.
        let clauses = related_by_words_and_facets(f, searcher, &doc, &this);
        let query = within_reach(f, Box::new(BooleanQuery::new(clauses)), reach);
        let more = searcher.search(
            &*query,
            &TopDocs::with_limit(limit + found.len()).order_by_score(),
        )?;
        for (_, address) in more {
            if found.len() < limit && !found.contains(&address) {
                found.push(address);
            }
        }
    }
    // The ids from the `id` fast field: no stored document is read for them.
    Ok(found
        .into_iter()
        .map(|address| {
            columns.segments[address.segment_ord as usize]
                .ids
                .first(address.doc_id)
                .unwrap_or_default() as i64
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::Indexable;
    use crate::search::query::parse;

    const WORDS: &[&str] = &[
        "water",
        "fuel",
        "convoy",
        "bridge",
        "school",
        "evacuation",
        "checkpoint",
        "donor",
        "вода",
        "школа",
        "евакуація",
        "блокпост",
        "paliwo",
        "ewakuacja",
        "negocieri",
        "apă",
    ];

    /// A story of `len` words drawn from a small vocabulary (so that pairs are common), in
    /// one of four countries and, for a few, a cohort's thread.
    fn story(id: i64, next: &mut impl FnMut() -> usize) -> Indexable {
        let len = 20 + next() % 200;
        let words: Vec<&str> = (0..len).map(|_| WORDS[next() % WORDS.len()]).collect();
        Indexable {
            id,
            kind: "case".into(),
            title: words[..3].join(" "),
            lessons: String::new(),
            body_markdown: words.join(" "),
            country: Some(["UA", "MD", "PL", "RO"][next() % 4].into()),
            region: None,
            period_year: Some(2022),
            outcome: None,
            language: ["en", "uk", "pl", "ro"][next() % 4].into(),
            published_at: None,
            context_keys: String::new(),
            counterpart_keys: String::new(),
            tag_list: String::new(),
            audience_cohort_id: next().is_multiple_of(5).then_some(7),
        }
    }

    /// The addresses of `ranking`, level by level of score, the last level (cut by the page's
    /// end) left out: within a level, equal scores may come in either order.
    fn levels(ranking: &[(f32, DocAddress)]) -> Vec<Vec<DocAddress>> {
        let mut out: Vec<(f32, Vec<DocAddress>)> = Vec::new();
        for &(score, address) in ranking {
            match out.last_mut() {
                Some((level, addresses)) if (*level - score).abs() <= 1e-4 * level.abs() => {
                    addresses.push(address)
                }
                _ => out.push((score, vec![address])),
            }
        }
        out.pop();
        out.into_iter()
            .map(|(_, mut addresses)| {
                addresses.sort();
                addresses
            })
            .collect()
    }

    #[test]
    fn a_pruned_page_is_the_page_of_the_boolean_query() {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 33) as usize
        };
        // Three commits (three segments), the last replacing some of the first (deletions).
        let mut seq = 0;
        for ids in [1..1500, 1500..3000, 1..400] {
            let ids: Vec<i64> = ids.collect();
            let docs: Vec<Indexable> = ids.iter().map(|&id| story(id, &mut next)).collect();
            seq += 1;
            index.apply(&ids, &docs, seq, true).unwrap();
        }
        let searcher = index.reader.searcher();
        assert!(searcher.segment_readers().len() > 1);
        let f = &index.fields;
        let cohort_less = Reach::Cohorts(vec![]);
        let mut compared = 0;
        for text in [
            "water fuel",
            "школа вода",
            "convoy -bridge",
            "fuel country:UA",
            "water fuel -school country:MD",
            "евакуація paliwo apă",
            "checkpoint -\"water fuel\"",
            "donor",
        ] {
            let parsed = parse(text).unwrap();
            let split = split(f, &parsed, false).unwrap_or_else(|| panic!("{text} is split"));
            for reach in [&Reach::Everything, &cohort_less] {
                let query = within_reach(f, build(f, &parsed, false), reach);
                let expected = searcher
                    .search(&*query, &TopDocs::with_limit(60).order_by_score())
                    .unwrap();
                let audience = audience_filter(f, reach);
                let got =
                    super::super::pruned::best(&searcher, &split, audience.as_deref(), 60).unwrap();
                assert!(expected.len() > 10, "{text}: {} found", expected.len());
                assert_eq!(got.len(), expected.len(), "{text}");
                for ((a, _), (b, _)) in got.iter().zip(&expected) {
                    assert!((a - b).abs() <= 1e-4 * b.abs(), "{text}: score {a} for {b}");
                }
                assert_eq!(levels(&got), levels(&expected), "{text}, {reach:?}");
                compared += 1;
            }
        }
        assert_eq!(compared, 16);
        // What is not split keeps the boolean query: phrases, long and relaxed searches.
        for text in ["\"water fuel\"", "water fuel convoy bridge"] {
            assert!(split(f, &parse(text).unwrap(), false).is_none(), "{text}");
        }
        assert!(split(f, &parse("water fuel").unwrap(), true).is_none());
    }
}

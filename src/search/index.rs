//! One tantivy index (a "generation" directory): its schema, the documents made from
//! published threads, and the batch that applies outbox rows to it.
//!
//! A document is rebuilt from the database's *current* state of a thread, read through
//! [`crate::cases::store::published_threads`] — the gate every member-facing read passes.
//! A thread that is not published (pending, hidden, rejected, deleted) only ever gets its
//! document deleted. So replaying an outbox row is harmless, and nothing unpublished can be
//! indexed whatever the row says.
//!
//! Each commit carries the last outbox sequence number it covers as its payload: a restart
//! resumes exactly after it, and a batch that was not committed (a crash mid-batch) is simply
//! done again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::analysis::{self, FOLDED, PAIRS, language_analyzer};
use crate::cases::Reach;
use crate::cases::markdown::plain_text;
use crate::db::DbConnection;
use crate::db::schema::threads;
use crate::error::AppError;
use crate::i18n::Lang;

/// The fields of a document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub kind: Field,
    /// The folded title as searched: without the anonymiser's placeholders ("[Person A]").
    pub title: Field,
    /// The title and text as results show them (placeholders included), stored only.
    pub title_shown: Field,
    pub content_shown: Field,
    /// Folded lessons and body as plain text, as searched (without placeholders).
    pub content: Field,
    /// The title's and the content's neighbouring folded words as one term each
    /// ([`analysis::pair`]), for phrases. Not stored, no positions.
    pub title_pairs: Field,
    pub content_pairs: Field,
    /// Title, lessons and body again under the document's own language analyzer; the other
    /// languages' fields stay empty. In `Lang::ALL` order.
    pub by_language: [Field; 5],
    /// What the case is filed under (country and region by every name, labels of its contexts,
    /// counterparts and outcome), in each language under that language's analyzer. Searched
    /// with a low weight: a word of the story counts more than a label.
    pub labels: [Field; 5],
    /// The glossary's concepts the title and text mention, one term per mention
    /// ([`super::glossary`]).
    pub concepts: Field,
    pub country: Field,
    pub region: Field,
    pub context: Field,
    pub counterpart: Field,
    pub outcome: Field,
    /// As a facet (counts) …
    pub year: Field,
    /// … and as a number (ranges).
    pub year_number: Field,
    pub lang: Field,
    pub tag: Field,
    /// Seconds since 1970 (newest first).
    pub published: Field,
    /// The order of lists: published second and id in one number, newest first
    /// ([`list_key`]).
    pub list_key: Field,
    /// The six counted facets packed in one number ([`super::facets`]).
    pub facet_bits: Field,
    /// Who the thread is for: `all`, or `c<id>` for a cohort ([`within_reach`]).
    pub audience: Field,
    /// A case study's closest neighbours by facets, one term per combination ([`neighbours`]):
    /// what related cases are found by first.
    pub neighbours: Field,
}

/// The terms a case study shares with its closest neighbours: each of its contexts with its
/// region (`r/UA-63/evacuation`), and with its country and each of its counterparts
/// (`c/UA/military/evacuation`). A related-case search is a union of a few such terms, each a
/// short posting list, instead of an intersection of the long lists of a country, a context
/// and a counterpart.
pub fn neighbours(
    country: Option<&str>,
    region: Option<&str>,
    contexts: &[&str],
    counterparts: &[&str],
) -> (Vec<String>, Vec<String>) {
    let mut by_region = Vec::new();
    let mut by_country = Vec::new();
    for context in contexts {
        if let Some(region) = region {
            by_region.push(format!("r/{region}/{context}"));
        }
        if let Some(country) = country {
            for counterpart in counterparts {
                by_country.push(format!("c/{country}/{counterpart}/{context}"));
            }
        }
    }
    (by_region, by_country)
}

/// The facet fields, by the name filters and the API use.
pub const FACETS: [&str; 6] = [
    "country",
    "context",
    "counterpart",
    "outcome",
    "year",
    "lang",
];

impl Fields {
    pub fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let text = |analyzer: &str, positions: bool| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer)
                    .set_index_option(if positions {
                        IndexRecordOption::WithFreqsAndPositions
                    } else {
                        IndexRecordOption::WithFreqs
                    }),
            )
        };
        let facet = || FacetOptions::default().set_stored();
        let fields = Fields {
            id: builder.add_u64_field("id", INDEXED | FAST | STORED),
            kind: builder.add_facet_field("kind", facet()),
            title: builder.add_text_field("title", text(FOLDED, true)),
            content: builder.add_text_field("content", text(FOLDED, true)),
            title_shown: builder.add_text_field("title_shown", STORED),
            content_shown: builder.add_text_field("content_shown", STORED),
            title_pairs: builder.add_text_field("title_pairs", text(PAIRS, false)),
            content_pairs: builder.add_text_field("content_pairs", text(PAIRS, false)),
            by_language: Lang::ALL.map(|lang| {
                builder.add_text_field(
                    &format!("text_{}", lang.code()),
                    text(language_analyzer(lang), false),
                )
            }),
            labels: Lang::ALL.map(|lang| {
                builder.add_text_field(
                    &format!("labels_{}", lang.code()),
                    text(language_analyzer(lang), false),
                )
            }),
            concepts: builder.add_text_field("concepts", text("raw", false)),
            country: builder.add_facet_field("country", facet()),
            region: builder.add_facet_field("region", facet()),
            context: builder.add_facet_field("context", facet()),
            counterpart: builder.add_facet_field("counterpart", facet()),
            outcome: builder.add_facet_field("outcome", facet()),
            year: builder.add_facet_field("year", facet()),
            year_number: builder.add_u64_field("year_number", INDEXED | FAST),
            lang: builder.add_facet_field("lang", facet()),
            tag: builder.add_facet_field("tag", facet()),
            published: builder.add_i64_field("published", FAST | STORED),
            list_key: builder.add_i64_field("list_key", FAST | INDEXED),
            facet_bits: builder.add_u64_field(super::facets::FIELD, FAST),
            audience: builder.add_facet_field("audience", FacetOptions::default()),
            neighbours: builder.add_text_field("neighbours", tantivy::schema::STRING),
        };
        (builder.build(), fields)
    }

    /// A facet field by its filter name.
    pub fn facet(&self, name: &str) -> Option<Field> {
        Some(match name {
            "country" => self.country,
            "region" => self.region,
            "context" => self.context,
            "counterpart" => self.counterpart,
            "outcome" => self.outcome,
            "year" => self.year,
            "lang" => self.lang,
            "tag" => self.tag,
            "kind" => self.kind,
            _ => return None,
        })
    }

    /// The field of what the case is filed under, as words of `lang` ([`Indexable::labels`]).
    pub fn labels_field(&self, lang: Lang) -> Field {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.labels[i]
    }

    pub fn language_field(&self, lang: Lang) -> Field {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.by_language[i]
    }
}

/// A text without the anonymiser's placeholders: every short bracketed span ("[Person A]",
/// "[Особа B]", "[a village in Kharkivska oblast]", "[June 2023]"). Markdown links are gone
/// by then (`plain_text` keeps their words without brackets).
pub fn without_placeholders(text: &str) -> String {
    static PLACEHOLDER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\[[^\[\]\n]{1,60}\]").expect("a valid pattern")
    });
    PLACEHOLDER.replace_all(text, " ").into_owned()
}

/// Where a thread stands in a list, newest first: its published second in the high bits, its
/// id in the low 32 (threads published in the same second: the higher id first). A list's
/// cursor is this number.
pub fn list_key(published_at: Option<NaiveDateTime>, id: i64) -> i64 {
    let seconds = published_at.map_or(0, |t| t.and_utc().timestamp().max(0));
    (seconds << 32) | (id & 0xFFFF_FFFF)
}

/// A facet value as tantivy stores it: `/UA`, `/armed_actors`, `/2023`.
pub fn facet_value(value: &str) -> Facet {
    Facet::from_path([value])
}

/// What a document is made of, read from a published thread.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = threads)]
pub struct Indexable {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub period_year: Option<i32>,
    pub outcome: Option<String>,
    pub language: String,
    pub published_at: Option<NaiveDateTime>,
    pub context_keys: String,
    pub counterpart_keys: String,
    pub tag_list: String,
    pub audience_cohort_id: Option<i64>,
}

/// The audience term of a thread for all members, or of cohort `id`'s threads.
fn audience_value(cohort: Option<i64>) -> Facet {
    match cohort {
        None => facet_value("all"),
        Some(id) => facet_value(&format!("c{id}")),
    }
}

/// `query` limited to the threads a reader reaches: those for all members and those of her
/// cohorts. Every search, list, count, related case and digest search goes through it; for
/// moderators and the service's own work ([`Reach::Everything`]) it is `query` itself.
pub fn within_reach(f: &Fields, query: Box<dyn Query>, reach: &Reach) -> Box<dyn Query> {
    match audience_filter(f, reach) {
        None => query,
        Some(audiences) => Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Must, audiences),
        ])),
    }
}

/// The documents `reach` may find (the threads for all, and those of her cohorts), as a
/// filter that weighs nothing; `None` when she may find everything.
pub fn audience_filter(f: &Fields, reach: &Reach) -> Option<Box<dyn Query>> {
    let Reach::Cohorts(ids) = reach else {
        return None;
    };
    let audiences: Vec<(Occur, Box<dyn Query>)> = std::iter::once(None)
        .chain(ids.iter().copied().map(Some))
        .map(|cohort| {
            let term: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_facet(f.audience, &audience_value(cohort)),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, term)
        })
        .collect();
    // A filter, not a score: which audience a thread is for must not move it up or down (a
    // rare cohort term would score high), nor make scores depend on how many threads each
    // cohort has.
    Some(Box::new(tantivy::query::BoostQuery::new(
        Box::new(BooleanQuery::new(audiences)),
        0.0,
    )))
}

/// The published threads among `ids` (the others are to be deleted).
pub fn load_published(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<Indexable>, AppError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        out.extend(
            crate::cases::store::published_among(chunk, &Reach::Everything)
                .query()
                .select(Indexable::as_select())
                .load::<Indexable>(conn)?,
        );
    }
    Ok(out)
}

fn split_keys(keys: &str) -> impl Iterator<Item = &str> {
    keys.split(',').map(str::trim).filter(|k| !k.is_empty())
}

impl Indexable {
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    pub fn contexts(&self) -> Vec<String> {
        split_keys(&self.context_keys).map(str::to_string).collect()
    }

    /// What the case is filed under, as words a member types: its country and region by every
    /// name and script Parley knows (the region's main city too: "Kharkiv", "Харків",
    /// "Charków", "Kharkivska"), and the labels of its contexts, counterparts and outcome in
    /// `lang` ("блокпост", "evacuation"). Indexed into `lang`'s field, so that its stemmer
    /// reads them as it reads the query.
    pub fn labels(&self, lang: Lang) -> String {
        use crate::cases::taxonomy::{
            ContextKind, CounterpartKind, CountryCode, Outcome, RegionCode,
        };
        let tr = crate::i18n::Tr(lang);
        let mut words: Vec<String> = Vec::new();
        if let Some(country) = self.country.as_deref().and_then(CountryCode::parse) {
            words.extend(Lang::ALL.iter().map(|l| country.name(*l).to_string()));
            if let Some(region) = self
                .region
                .as_deref()
                .and_then(|r| RegionCode::parse(r, country))
            {
                words.extend(region.search_names().into_iter().map(str::to_string));
            }
        }
        for key in split_keys(&self.context_keys) {
            if let Ok(context) = key.parse::<ContextKind>() {
                words.push(tr.t(&context.label_key()));
            }
        }
        for key in split_keys(&self.counterpart_keys) {
            if let Ok(counterpart) = key.parse::<CounterpartKind>() {
                words.push(tr.t(&counterpart.label_key()));
            }
        }
        if let Some(outcome) = self
            .outcome
            .as_deref()
            .and_then(|o| o.parse::<Outcome>().ok())
        {
            words.push(tr.t(&outcome.label_key()));
        }
        words.join(" · ")
    }

    /// The text a search reads: lessons then the body, as plain text.
    pub fn content(&self) -> String {
        let body = plain_text(&self.body_markdown);
        if self.lessons.trim().is_empty() {
            body
        } else {
            format!("{}\n\n{body}", self.lessons.trim())
        }
    }

    pub fn to_document(&self, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::new();
        doc.add_u64(f.id, self.id as u64);
        doc.add_facet(f.kind, facet_value(&self.kind));
        doc.add_facet(f.audience, audience_value(self.audience_cohort_id));
        // Placeholders are the same words in thousands of cases and say nothing a member
        // looks for ("Place B" found cases): searched without them, shown with them.
        doc.add_text(f.title_shown, &self.title);
        let shown = self.content();
        doc.add_text(f.content_shown, &shown);
        let title = without_placeholders(&self.title);
        let content = without_placeholders(&shown);
        doc.add_text(f.title, &title);
        doc.add_text(f.content, &content);
        doc.add_text(f.title_pairs, &title);
        doc.add_text(f.content_pairs, &content);
        let lang_field = f.language_field(self.lang());
        doc.add_text(lang_field, &title);
        doc.add_text(lang_field, &content);
        for lang in Lang::ALL {
            doc.add_text(f.labels_field(lang), self.labels(lang));
        }
        let mut folded = super::analysis::folded();
        for text in [&title, &content] {
            let words = super::analysis::terms(&mut folded, text);
            for concept in super::glossary::glossary().mentions(&words) {
                doc.add_text(f.concepts, concept);
            }
        }
        if let Some(country) = &self.country {
            doc.add_facet(f.country, facet_value(country));
        }
        if let Some(region) = &self.region {
            doc.add_facet(f.region, facet_value(region));
        }
        for key in split_keys(&self.context_keys) {
            doc.add_facet(f.context, facet_value(key));
        }
        for key in split_keys(&self.counterpart_keys) {
            doc.add_facet(f.counterpart, facet_value(key));
        }
        if let Some(outcome) = &self.outcome {
            doc.add_facet(f.outcome, facet_value(outcome));
        }
        if let Some(year) = self.period_year {
            doc.add_facet(f.year, facet_value(&year.to_string()));
            doc.add_u64(f.year_number, year.max(0) as u64);
        }
        doc.add_facet(f.lang, facet_value(self.lang().code()));
        for tag in split_keys(&self.tag_list) {
            doc.add_facet(f.tag, facet_value(tag));
        }
        if self.kind == "case_study" {
            let contexts: Vec<&str> = split_keys(&self.context_keys).collect();
            let counterparts: Vec<&str> = split_keys(&self.counterpart_keys).collect();
            let (by_region, by_country) = neighbours(
                self.country.as_deref(),
                self.region.as_deref(),
                &contexts,
                &counterparts,
            );
            for term in by_region.iter().chain(&by_country) {
                doc.add_text(f.neighbours, term);
            }
        }
        doc.add_i64(
            f.published,
            self.published_at.map_or(0, |t| t.and_utc().timestamp()),
        );
        doc.add_i64(f.list_key, list_key(self.published_at, self.id));
        doc.add_u64(
            f.facet_bits,
            super::facets::pack(&super::facets::Values {
                country: self.country.as_deref(),
                contexts: split_keys(&self.context_keys).collect(),
                counterparts: split_keys(&self.counterpart_keys).collect(),
                outcome: self.outcome.as_deref(),
                year: self.period_year,
                lang: self.lang(),
            }),
        );
        doc
    }
}

/// An open generation: the index, its reader, its one writer.
pub struct SearchIndex {
    pub dir: PathBuf,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// `None` when opened for reading only (the command line, beside a running server).
    writer: Mutex<Option<IndexWriter>>,
    /// Related case studies already worked out, for the searcher generation they came from.
    pub(crate) related_cache: RelatedCache,
    /// The fast-field columns related cases read, opened once per searcher generation (opening
    /// one reads its whole block index: most of a related-case search when done per call).
    columns: Mutex<Option<std::sync::Arc<RelatedColumns>>>,
    /// The countries a list's menu offers, per thread kind and reach, for one searcher
    /// generation (see [`super::lists::countries_within`]).
    pub(crate) country_menus: super::lists::CountryMenus,
    /// The counts of searches (matches and facets), for one searcher generation (see
    /// [`super::service`]).
    pub(crate) search_counts: SearchCounts,
    /// Searches' pages of hits, for one searcher generation (see [`super::service`]).
    pub(crate) search_pages: SearchPages,
    /// Each segment's documents in list order, by segment and number of deleted documents
    /// (see [`super::lists::ListOrder`]).
    list_orders:
        Mutex<HashMap<(tantivy::index::SegmentId, u32), std::sync::Arc<super::lists::ListOrder>>>,
    /// The last outbox sequence number searches see (set after the reader reloaded).
    visible: std::sync::atomic::AtomicI64,
}

/// The columns of one segment that related cases read: ids, packed facets, list order.
pub(crate) struct SegmentColumns {
    pub ids: tantivy::columnar::Column<u64>,
    pub packed: tantivy::columnar::Column<u64>,
    pub keys: tantivy::columnar::Column<i64>,
}

/// [`SegmentColumns`] of every segment of one searcher generation, by segment ordinal.
pub(crate) struct RelatedColumns {
    generation: u64,
    pub segments: Vec<SegmentColumns>,
}

impl SearchIndex {
    /// The list order of each of `searcher`'s segments, by segment ordinal: built for a
    /// segment the first time a list reads it (under the lock, so that a thousand requests
    /// after a commit build it once) and dropped with the segment.
    pub(crate) fn list_orders(
        &self,
        searcher: &tantivy::Searcher,
    ) -> tantivy::Result<Vec<std::sync::Arc<super::lists::ListOrder>>> {
        let mut kept = self.list_orders.lock().unwrap_or_else(|p| p.into_inner());
        let mut orders = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let key = (segment.segment_id(), segment.num_deleted_docs());
            let order = match kept.get(&key) {
                Some(order) => order.clone(),
                None => {
                    let order =
                        std::sync::Arc::new(super::lists::ListOrder::build(&self.fields, segment)?);
                    kept.insert(key, order.clone());
                    order
                }
            };
            orders.push(order);
        }
        // What no current segment uses (merged away, or with fewer deletions) goes — decided
        // by the newest searcher only, so that a request still holding the previous one does
        // not drop what the newest uses.
        if self.reader.searcher().generation().generation_id()
            != searcher.generation().generation_id()
        {
            return Ok(orders);
        }
        let current: std::collections::HashSet<_> = searcher
            .segment_readers()
            .iter()
            .map(|s| (s.segment_id(), s.num_deleted_docs()))
            .collect();
        kept.retain(|key, _| current.contains(key));
        Ok(orders)
    }

    /// The columns of `searcher`'s segments, opened once for its generation.
    pub(crate) fn related_columns(
        &self,
        searcher: &tantivy::Searcher,
    ) -> tantivy::Result<std::sync::Arc<RelatedColumns>> {
        let generation = searcher.generation().generation_id();
        let mut kept = self.columns.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(columns) = kept.as_ref().filter(|c| c.generation == generation) {
            return Ok(columns.clone());
        }
        let mut segments = Vec::with_capacity(searcher.segment_readers().len());
        for reader in searcher.segment_readers() {
            let fast = reader.fast_fields();
            segments.push(SegmentColumns {
                ids: fast.u64("id")?,
                packed: fast.u64(super::facets::FIELD)?,
                keys: fast.i64("list_key")?,
            });
        }
        let columns = std::sync::Arc::new(RelatedColumns {
            generation,
            segments,
        });
        *kept = Some(columns.clone());
        Ok(columns)
    }
}

/// Answers worked out from one searcher generation, kept until the next commit is visible,
/// and at most `most` of them (past it, the one kept longest goes).
///
/// Used for related case studies — more-like-this re-analyses a whole case study and scores
/// the collection against it (milliseconds at 20,000), and the case page asks on every view;
/// whether each related case is still published is checked against the database on every
/// view all the same — and for the list's country menu per reach.
///
/// Decision, and why: first in, first out. Dropping everything when full (as it first did)
/// left the store half empty on average; the oldest answer is the one least likely to be
/// asked again under a steady mix, and finding it costs nothing (a queue of the keys).
pub(crate) struct PerGeneration<K, V> {
    most: usize,
    kept: Mutex<Kept<K, V>>,
}

struct Kept<K, V> {
    generation: u64,
    answers: HashMap<K, V>,
    /// The keys in the order they were kept.
    order: std::collections::VecDeque<K>,
}

impl<K: std::hash::Hash + Eq + Clone, V: Clone> PerGeneration<K, V> {
    pub fn new(most: usize) -> Self {
        PerGeneration {
            most: most.max(1),
            kept: Mutex::new(Kept {
                generation: 0,
                answers: HashMap::new(),
                order: std::collections::VecDeque::new(),
            }),
        }
    }

    /// The answer kept for `key` in `generation`.
    pub fn get(&self, generation: u64, key: &K) -> Option<V> {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        (kept.generation == generation).then(|| kept.answers.get(key).cloned())?
    }

    /// Keeps `value` for `key` in `generation`; what another generation kept goes, and past
    /// `most` the answer kept longest.
    pub fn put(&self, generation: u64, key: K, value: V) {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        if kept.generation != generation {
            kept.answers.clear();
            kept.order.clear();
            kept.generation = generation;
        }
        if kept.answers.insert(key.clone(), value).is_none() {
            kept.order.push_back(key);
        }
        while kept.answers.len() > self.most {
            let Some(oldest) = kept.order.pop_front() else {
                break;
            };
            kept.answers.remove(&oldest);
        }
    }

    /// How many answers are kept (for the tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.kept
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .answers
            .len()
    }
}

#[cfg(test)]
mod per_generation_tests {
    use super::PerGeneration;

    #[test]
    fn the_oldest_answer_goes_first_and_a_new_generation_starts_empty() {
        let kept: PerGeneration<u32, u32> = PerGeneration::new(3);
        for k in 0..5 {
            kept.put(1, k, k * 10);
        }
        assert_eq!(kept.len(), 3);
        assert_eq!(kept.get(1, &0), None);
        assert_eq!(kept.get(1, &1), None);
        assert_eq!(kept.get(1, &4), Some(40));
        // Kept again, an answer does not take a second place in the queue.
        kept.put(1, 4, 41);
        kept.put(1, 5, 50);
        assert_eq!(kept.get(1, &2), None);
        assert_eq!(kept.get(1, &3), Some(30));
        assert_eq!(kept.get(1, &4), Some(41));
        assert_eq!(kept.len(), 3);
        kept.put(2, 9, 90);
        assert_eq!(kept.get(2, &3), None);
        assert_eq!(kept.get(1, &9), None);
        assert_eq!(kept.len(), 1);
    }
}

/// Related case studies by case, number asked and the reader's reach (what a member outside a
/// cohort is shown is found among what she may see, not trimmed from what others are shown).
pub(crate) type RelatedCache = PerGeneration<(i64, usize, Reach), Vec<i64>>;

/// How many matched and per facet value: what a search counts.
pub(crate) type Counts = std::sync::Arc<(
    usize,
    std::collections::BTreeMap<String, super::service::FacetCounts>,
)>;

/// Counts by search (the parsed words and filters, whether relaxed) and reach.
pub(crate) type SearchCounts = PerGeneration<(super::query::Parsed, bool, Reach), Counts>;

/// How many searches' counts one generation keeps (a few KB each: a count per facet value
/// with a match, which for a common word is every country, region, context, counterpart,
/// outcome, year and language; the values with no match are not kept). Decision, and why:
/// 2,048, not 4,096, since the store stays full now that the oldest goes first (before, it
/// was emptied when full and held half on average): after the load benchmark the server held
/// 197–199 MB with 4,096, against the 200 MB asked.
pub(crate) const SEARCH_COUNTS_MOST: usize = 2048;

/// A page of a search: the parsed words and filters, whether relaxed, her reach, the first
/// place and the page's length, whether by relevance.
pub(crate) type PageKey = (super::query::Parsed, bool, Reach, usize, usize, bool);

/// Pages of hits by search, reach and page.
pub(crate) type SearchPages = PerGeneration<PageKey, std::sync::Arc<Vec<super::service::Hit>>>;

/// How many pages of hits one generation keeps (a page of twenty hits is about 10 KB: at most
/// about 5 MB); past it, the page kept longest goes.
pub(crate) const SEARCH_PAGES_MOST: usize = 512;

/// How many cases' related case studies one generation keeps.
pub(crate) const RELATED_MOST: usize = 4096;

/// What an open index may hold in memory (`[search]` settings, docs/configuration.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    /// The writer's arena, split between its threads: taken as documents are indexed, given
    /// back at each commit. A rebuild ([`super::indexer::rebuild`]) takes [`REBUILD_WRITER`].
    pub writer_bytes: usize,
    /// Decompressed blocks of stored documents kept per segment (tantivy's default is 100).
    pub doc_store_blocks: usize,
}

/// The stored documents' compression blocks: a search page reads the stored text of its 20
/// hits, each from its own block, and decompresses the whole block for it. At tantivy's
/// 16 KiB a page decompressed 320 KiB to read 36 (a case study's stored title and text is
/// about 1.8 KiB): a fifth of a search's time. At 4 KiB a block holds two or three; the
/// index is a little larger (LZ4 finds less to share in a smaller block).
pub const DOC_STORE_BLOCK_BYTES: usize = 4096;

/// tantivy's least writer arena per thread.
const WRITER_BYTES_PER_THREAD_MIN: usize = 15_000_000;

/// A rebuild's writer: a one-off that wants speed (44.9 s for 100,000 cases with it).
pub const REBUILD_WRITER: usize = 96 * 1024 * 1024;

impl Default for Memory {
    /// The values of config/default.toml.
    fn default() -> Self {
        Memory::from_settings(&crate::config::SearchSettings::default())
    }
}

impl Memory {
    pub fn from_settings(search: &crate::config::SearchSettings) -> Memory {
        Memory {
            writer_bytes: search.writer_megabytes * 1024 * 1024,
            doc_store_blocks: search.doc_store_cache_blocks,
        }
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating an empty one if there is none, with the default
    /// memory settings.
    pub fn open(dir: &Path) -> anyhow::Result<SearchIndex> {
        Self::open_with(dir, Some(Memory::default()))
    }

    /// [`SearchIndex::open`], holding at most `memory`.
    pub fn open_tuned(dir: &Path, memory: Memory) -> anyhow::Result<SearchIndex> {
        Self::open_with(dir, Some(memory))
    }

    /// Opens an existing index for searching only: no writer, so no lock — it can be read
    /// while a server holds the writer. It sees the commits made before it was opened.
    pub fn open_for_reading(dir: &Path) -> anyhow::Result<SearchIndex> {
        if !dir.is_dir() {
            anyhow::bail!("there is no search index in {}", dir.display());
        }
        Self::open_with(dir, None)
    }

    /// `memory` is `None` for reading only (no writer).
    fn open_with(dir: &Path, memory: Option<Memory>) -> anyhow::Result<SearchIndex> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = Fields::schema();
        let directory = super::directory::IndexDirectory::open(dir)?;
        let mut index = Index::open_or_create(directory, schema.clone())?;
        // Segments written from now on (new ones and merges) store their documents in
        // smaller blocks; those already written keep theirs until a reindex.
        index.settings_mut().docstore_blocksize = DOC_STORE_BLOCK_BYTES;
        if index.schema() != schema {
            anyhow::bail!(
                "the search index in {} was built by another version of Parley: run `parley reindex`",
                dir.display()
            );
        }
        analysis::register(index.tokenizers());
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let writer = match memory {
            Some(memory) => {
                let threads = threads
                    .min(memory.writer_bytes / WRITER_BYTES_PER_THREAD_MIN)
                    .max(1);
                let bytes = memory
                    .writer_bytes
                    .max(threads * WRITER_BYTES_PER_THREAD_MIN);
                Some(index.writer_with_num_threads(threads, bytes)?)
            }
            None => None,
        };
        let blocks = memory.unwrap_or_default().doc_store_blocks;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(blocks)
            .try_into()?;
        let mut opened = SearchIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            writer: Mutex::new(writer),
            related_cache: PerGeneration::new(RELATED_MOST),
            search_counts: PerGeneration::new(SEARCH_COUNTS_MOST),
            search_pages: PerGeneration::new(SEARCH_PAGES_MOST),
            columns: Mutex::default(),
            country_menus: PerGeneration::new(super::lists::COUNTRY_MENUS_MOST),
            list_orders: Mutex::default(),
            visible: std::sync::atomic::AtomicI64::new(0),
        };
        let seen = opened.last_seq()?;
        *opened.visible.get_mut() = seen;
        Ok(opened)
    }

    /// The last outbox sequence number that searches (and lists) see.
    pub fn visible_seq(&self) -> i64 {
        self.visible.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The last outbox sequence number this index has committed.
    pub fn last_seq(&self) -> anyhow::Result<i64> {
        let metas = self.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| p.strip_prefix("seq:"))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0))
    }

    /// Replaces the documents of `ids` with their current published state (or nothing), and
    /// commits with `seq` as the last sequence number covered. `commit = false` leaves the
    /// changes uncommitted (what a crash mid-batch leaves: they are discarded on reopen).
    pub fn apply(
        &self,
        ids: &[i64],
        published: &[Indexable],
        seq: i64,
        commit: bool,
    ) -> anyhow::Result<()> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the index writer lock is poisoned"))?;
        let writer = guard
            .as_mut()
            .ok_or_else(|| anyhow::anyhow!("the search index was opened for reading only"))?;
        for id in ids {
            writer.delete_term(Term::from_field_u64(self.fields.id, *id as u64));
        }
        for doc in published {
            writer.add_document(doc.to_document(&self.fields))?;
        }
        if commit {
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&format!("seq:{seq}"));
            prepared.commit()?;
            drop(guard);
            self.reader.reload()?;
            self.visible
                .fetch_max(seq, std::sync::atomic::Ordering::SeqCst);
        }
        Ok(())
    }

    /// Discards whatever was added since the last commit.
    pub fn rollback(&self) -> anyhow::Result<()> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the index writer lock is poisoned"))?;
        if let Some(writer) = guard.as_mut() {
            writer.rollback()?;
        }
        Ok(())
    }

    /// The ids of every document, sorted (for checks against the database).
    pub fn all_ids(&self) -> anyhow::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let mut ids = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("id")?;
            let alive = segment.alive_bitset();
            for doc in 0..segment.max_doc() {
                if alive.is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                if let Some(id) = column.first(doc) {
                    ids.push(id as i64);
                }
            }
        }
        ids.sort_unstable();
        Ok(ids)
    }

    /// Waits for background merges, so the directory can be handed over (reindex).
    pub fn finish(self) -> anyhow::Result<()> {
        let writer = self
            .writer
            .into_inner()
            .map_err(|_| anyhow::anyhow!("the index writer lock is poisoned"))?;
        if let Some(writer) = writer {
            writer.wait_merging_threads()?;
        }
        Ok(())
    }
}

//! Lists (`/cases`, `/discussions`, `GET /api/v1/cases`) answered from the index: any
//! combination of filters is a conjunction of facet terms, and the order is one fast field
//! ([`super::index::list_key`]), so a page costs the same whether the combination is common or
//! rare. The database used to walk its listing index newest-first until it had a page: fast for
//! "everything", a walk of the whole table for `context=evacuation&outcome=no_agreement&year=2019`.
//!
//! Decision: the index, not more database indexes. Six filters combine in 64 ways; no set of
//! composite indexes makes every one a seek (contexts and counterparts are many-to-many), while
//! tantivy's posting lists intersect them and its fast field sorts them. The index holds only
//! published threads, and the page's rows are read back from the database through the published
//! gate ([`crate::cases::store::published_among`]): a thread unpublished a moment ago and not yet
//! out of the index is left out, never shown. What the index lags (milliseconds after a commit)
//! a list lags too. Without an index (a command-line tool, a server still opening it) the
//! database answers as before.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Cardinality, Column, ColumnValues};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, Term};

use super::index::{SearchIndex, facet_value, list_key, within_reach};
use crate::accounts::tokens::Signer;
use crate::cases::store::{self, ListFilter};
use crate::cases::views::{CaseSummary, Page};
use crate::cases::{Reach, ThreadKind};
use crate::db::DbConnection;
use crate::error::AppError;

/// The ids of one page of a list, newest first, and whether there is more after them.
///
/// The query holds the thread kind, the tag, the reader's reach and the one filter whose
/// term is rarest (it drives: the fewest documents are visited); the other filters, and the
/// cursor, are checked on the packed facet number and the list key of each document visited
/// ([`ListCollector`]), with the columns opened once per searcher generation. Checking a
/// number costs less than walking three more posting lists side by side, which was most of a
/// list's index time. A value the packed number cannot hold (a year outside 1950–2204) is left
/// to its term, as before.
pub fn list_ids(
    index: &SearchIndex,
    filter: &ListFilter,
    reach: &Reach,
    limit: usize,
) -> tantivy::Result<(Vec<i64>, bool)> {
    let f = &index.fields;
    let searcher = index.reader.searcher();
    let term = |field, value: &str| Term::from_facet(field, &facet_value(value));
    let must = |term: Term| -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        )
    };
    let year = filter.year.map(|y| y.to_string());
    let filters: Vec<Term> = [
        filter.country.map(|c| term(f.country, c.as_str())),
        filter.context.map(|c| term(f.context, c.key())),
        filter.counterpart.map(|c| term(f.counterpart, c.key())),
        filter.outcome.map(|o| term(f.outcome, o.key())),
        year.as_deref().map(|y| term(f.year, y)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let packed = super::facets::list_mask(
        filter.country.map(|c| c.as_str()),
        filter.context.map(|c| c.key()),
        filter.counterpart.map(|c| c.key()),
        filter.outcome.map(|o| o.key()),
        filter.year,
    );
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(kind) = filter.kind {
        clauses.push(must(term(f.kind, kind.as_str())));
    }
    if let Some(tag) = &filter.tag {
        clauses.push(must(term(f.tag, tag)));
    }
    match packed {
        Some(_) => {
            // The rarest filter drives; the packed number checks the rest.
            let mut rarest: Option<(u64, Term)> = None;
            for t in filters {
                let n = searcher.doc_freq(&t)?;
                if rarest.as_ref().is_none_or(|(m, _)| n < *m) {
                    rarest = Some((n, t));
                }
            }
            clauses.extend(rarest.map(|(_, t)| must(t)));
        }
        None => clauses.extend(filters.into_iter().map(must)),
    }
    let query: Box<dyn Query> = if clauses.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    let query = within_reach(f, query, reach);
    let (mask, want) = packed.unwrap_or((0, 0));
    let collector = ListCollector {
        columns: index.related_columns(&searcher)?,
        mask,
        want,
        below: filter.cursor.map(|(at, id)| list_key(Some(at), id)),
        limit: limit + 1,
    };
    let top = searcher.search(&query, &collector)?;
    let more = top.len() > limit;
    let ids = top
        .into_iter()
        .take(limit)
        .map(|key| key & 0xFFFF_FFFF)
        .collect();
    Ok((ids, more))
}

/// The `limit` greatest list keys among the documents whose packed facets pass
/// `bits & mask == want` and whose key is below the cursor, greatest first.
struct ListCollector {
    columns: std::sync::Arc<super::index::RelatedColumns>,
    mask: u64,
    want: u64,
    below: Option<i64>,
    limit: usize,
}

struct ListSegment {
    columns: std::sync::Arc<super::index::RelatedColumns>,
    segment: usize,
    mask: u64,
    want: u64,
    below: i64,
    limit: usize,
    /// The greatest keys so far, as a min-heap: its top is the one to beat.
    top: BinaryHeap<Reverse<i64>>,
}

impl Collector for ListCollector {
    type Fruit = Vec<i64>;
    type Child = ListSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<ListSegment> {
        Ok(ListSegment {
            columns: self.columns.clone(),
            segment: segment as usize,
            mask: self.mask,
            want: self.want,
            below: self.below.unwrap_or(i64::MAX),
            limit: self.limit,
            top: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<i64>>) -> tantivy::Result<Vec<i64>> {
        let mut all: Vec<i64> = fruits.into_iter().flatten().collect();
        all.sort_unstable_by(|a, b| b.cmp(a));
        all.truncate(self.limit);
        Ok(all)
    }
}

impl ListSegment {
    fn offer(&mut self, doc: DocId) {
        let columns = &self.columns.segments[self.segment];
        if self.mask != 0 {
            let Some(bits) = value_of(&columns.packed, doc) else {
                return;
            };
            if bits & self.mask != self.want {
                return;
            }
        }
        let Some(key) = value_of(&columns.keys, doc) else {
            return;
        };
        if key >= self.below {
            return;
        }
        if self.top.len() < self.limit {
            self.top.push(Reverse(key));
        } else if self.top.peek().is_some_and(|Reverse(least)| key > *least) {
            self.top.pop();
            self.top.push(Reverse(key));
        }
    }
}

/// A document's value in `column`: by position when every document has one (the column is
/// full, as the index writes it), else through the column's index of which documents do.
fn value_of<T>(column: &Column<T>, doc: DocId) -> Option<T>
where
    T: PartialOrd + Copy + std::fmt::Debug + Send + Sync + 'static,
{
    if column.get_cardinality() == Cardinality::Full {
        Some(column.values.get_val(doc))
    } else {
        column.first(doc)
    }
}

impl SegmentCollector for ListSegment {
    type Fruit = Vec<i64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.offer(doc);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for &doc in docs {
            self.offer(doc);
        }
    }

    fn harvest(self) -> Vec<i64> {
        self.top.into_iter().map(|Reverse(key)| key).collect()
    }
}

/// The country menus worked out for one searcher generation: per thread kind and reach, the
/// countries of the published threads that reader may see.
#[derive(Default)]
pub struct CountryMenus {
    generation: u64,
    menus: HashMap<(ThreadKind, Reach), Arc<BTreeSet<String>>>,
}

/// How many menus one generation keeps (one per kind and set of cohorts in use): past it, the
/// kept ones are dropped and worked out again.
const COUNTRY_MENUS_MOST: usize = 512;

/// The countries (ISO codes) of the published threads of `kind` within `reach`.
///
/// Decision: a list's country filter offers the community's four countries and these, not the
/// 250 of the world. A menu of 250 where 246 answer "nothing" is noise to a member, and it was
/// a third of every list page (9.5 KB of 32 KB; the page cache held a third fewer lists for it).
/// The set is counted per reach, not over every thread: a country that only a cohort's thread
/// has must not show in the menu of members outside that cohort. It is counted once per index
/// generation (a tally of the packed facet column over the reader's threads, a fraction of a
/// millisecond per 100,000) and kept until the index changes.
pub fn countries_within(
    index: &SearchIndex,
    kind: ThreadKind,
    reach: &Reach,
) -> tantivy::Result<Arc<BTreeSet<String>>> {
    let searcher = index.reader.searcher();
    let generation = searcher.generation().generation_id();
    let key = (kind, reach.clone());
    {
        let kept = index
            .country_menus
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if kept.generation == generation
            && let Some(menu) = kept.menus.get(&key)
        {
            return Ok(menu.clone());
        }
    }
    let f = &index.fields;
    let query: Box<dyn Query> = Box::new(TermQuery::new(
        Term::from_facet(f.kind, &facet_value(kind.as_str())),
        IndexRecordOption::Basic,
    ));
    let tally = searcher.search(&within_reach(f, query, reach), &super::facets::FacetTally)?;
    let menu: Arc<BTreeSet<String>> = Arc::new(
        tally
            .by_name()
            .remove("country")
            .unwrap_or_default()
            .into_keys()
            .collect(),
    );
    let mut kept = index
        .country_menus
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if kept.generation != generation || kept.menus.len() >= COUNTRY_MENUS_MOST {
        kept.generation = generation;
        kept.menus.clear();
    }
    kept.menus.insert(key, menu.clone());
    Ok(menu)
}

/// A page of published threads, newest first, filtered: from the index when there is one.
pub fn list_published(
    conn: &mut DbConnection,
    index: Option<&SearchIndex>,
    signer: &Signer,
    filter: &ListFilter,
    reader: store::Reader,
    limit: i64,
) -> Result<Page<CaseSummary>, AppError> {
    let Some(index) = index else {
        return store::list_published(conn, signer, filter, reader, limit);
    };
    let (ids, more) =
        list_ids(index, filter, reader.reach, limit.max(1) as usize).map_err(AppError::internal)?;
    store::summaries_in_order(conn, signer, &ids, more, reader)
}

/// Waits (at most `limit`) until this instance's searches see every outbox row committed so
/// far: a member who just published, hid or edited something sees it in the next list she
/// opens (the page cache promises the same). Called after every state-changing request; the
/// in-process indexer is woken by the commit and usually needs a few milliseconds.
pub async fn caught_up(state: &crate::context::Context, limit: std::time::Duration) {
    let Some(search) = state.search.get().cloned() else {
        return;
    };
    let Ok(newest) = state.run(|conn, _| super::indexer::newest_seq(conn)).await else {
        return;
    };
    let deadline = std::time::Instant::now() + limit;
    while search.index().visible_seq() < newest && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
}

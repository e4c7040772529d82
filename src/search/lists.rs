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
use std::collections::{BTreeSet, BinaryHeap};
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
/// Without a tag filter (every list the filter form makes), each segment's [`ListOrder`] is
/// walked newest first until the page is full. With a tag, the query holds the thread kind, the tag, the reader's reach and the one filter whose
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
    let packed = super::facets::list_mask(
        filter.country.map(|c| c.as_str()),
        filter.context.map(|c| c.key()),
        filter.counterpart.map(|c| c.key()),
        filter.outcome.map(|o| o.key()),
        filter.year,
    );
    if let (Some((mask, want)), None) = (packed, &filter.tag) {
        let orders = index.list_orders(&searcher)?;
        return Ok(newest_first(
            &orders,
            &Wanted {
                kind: filter.kind.map(kind_code),
                reach,
                mask,
                want,
                below: filter.cursor.map(|(at, id)| list_key(Some(at), id)),
            },
            limit,
        ));
    }
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
    Ok(page_of(searcher.search(&query, &collector)?, limit))
}

/// The ids of the first `limit` of `keys` (greatest first), and whether there were more.
fn page_of(keys: Vec<i64>, limit: usize) -> (Vec<i64>, bool) {
    let more = keys.len() > limit;
    let ids = keys
        .into_iter()
        .take(limit)
        .map(|key| key & 0xFFFF_FFFF)
        .collect();
    (ids, more)
}

/// A thread kind as [`ListOrder`] keeps it.
fn kind_code(kind: ThreadKind) -> u8 {
    match kind {
        ThreadKind::CaseStudy => 1,
        ThreadKind::Discussion => 2,
    }
}

/// One segment's live documents in list order, newest first, with what a list filters on:
/// built once per segment (and per deletion count) and kept while the segment lives.
///
/// Decision, and why: a list is "the newest twenty that pass", so walking the documents
/// newest first and stopping at the twenty-first that passes costs twenty-one checks for the
/// unfiltered list and a few hundred for a common filter, where visiting every document a
/// filter's term matches (as before) cost one column read per document: 100,000 for the
/// unfiltered list, a quarter of that for one country — the index's whole share of a list
/// (a third of the server's time with the page cache off). The worst case is a combination
/// nothing matches: one pass over the table, a tight loop over arrays in memory (about 0.1 ms
/// per 100,000). It takes 25 bytes a document (2.5 MB per 100,000), counted in
/// docs/performance.md. Lists with a tag go through the posting lists as before: a tag is not
/// in the packed number.
pub(crate) struct ListOrder {
    keys: Vec<i64>,
    packed: Vec<u64>,
    /// 0 for the threads for all members, else the cohort's id.
    audience: Vec<i64>,
    kinds: Vec<u8>,
    /// The documents of a cohort, by document id, with the cohort's id (few: most threads are
    /// for all members). A search checks the reader's reach on what it found here.
    cohort_docs: Vec<(DocId, i64)>,
}

impl ListOrder {
    /// Reads `segment`'s columns and its kind and audience terms.
    pub(crate) fn build(
        f: &super::index::Fields,
        segment: &SegmentReader,
    ) -> tantivy::Result<ListOrder> {
        let max = segment.max_doc() as usize;
        let mut kinds = vec![0u8; max];
        for kind in [ThreadKind::CaseStudy, ThreadKind::Discussion] {
            let term = Term::from_facet(f.kind, &facet_value(kind.as_str()));
            for_each_doc(segment, &term, |doc| kinds[doc as usize] = kind_code(kind))?;
        }
        let mut audience = vec![0i64; max];
        let inverted = segment.inverted_index(f.audience)?;
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            let facet = tantivy::schema::Facet::from_encoded(terms.key().to_vec())
                .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
            let cohort = facet
                .to_path()
                .first()
                .and_then(|value| value.strip_prefix('c'))
                .and_then(|id| id.parse::<i64>().ok());
            if let Some(cohort) = cohort {
                let term = Term::from_facet(f.audience, &facet);
                for_each_doc(segment, &term, |doc| audience[doc as usize] = cohort)?;
            }
        }
        let cohort_docs: Vec<(DocId, i64)> = audience
            .iter()
            .enumerate()
            .filter(|(_, cohort)| **cohort != 0)
            .map(|(doc, cohort)| (doc as DocId, *cohort))
            .collect();
        let fast = segment.fast_fields();
        let (keys, packed) = (fast.i64("list_key")?, fast.u64(super::facets::FIELD)?);
        let mut rows: Vec<(i64, u64, i64, u8)> = segment
            .doc_ids_alive()
            .filter_map(|doc| {
                let key = value_of(&keys, doc)?;
                let bits = value_of(&packed, doc).unwrap_or(0);
                Some((key, bits, audience[doc as usize], kinds[doc as usize]))
            })
            .collect();
        rows.sort_unstable_by_key(|r| Reverse(r.0));
        Ok(ListOrder {
            keys: rows.iter().map(|r| r.0).collect(),
            packed: rows.iter().map(|r| r.1).collect(),
            audience: rows.iter().map(|r| r.2).collect(),
            kinds: rows.iter().map(|r| r.3).collect(),
            cohort_docs,
        })
    }

    /// The cohort whose document `doc` is, or 0 when it is for all members.
    pub(crate) fn cohort_of(&self, doc: DocId) -> i64 {
        self.cohort_docs
            .binary_search_by_key(&doc, |(d, _)| *d)
            .map_or(0, |i| self.cohort_docs[i].1)
    }

    /// Whether the segment holds a thread of a cohort `reach` does not include.
    pub(crate) fn holds_outside(&self, reach: &Reach) -> bool {
        match reach {
            Reach::Everything => false,
            Reach::Cohorts(ids) => self.cohort_docs.iter().any(|(_, c)| !ids.contains(c)),
        }
    }
}

/// Which of a searcher's documents a reader reaches, when some of them she does not (see
/// [`ListOrder::cohort_of`]).
pub(crate) struct ReachCheck<'a> {
    orders: Vec<Arc<ListOrder>>,
    reach: &'a Reach,
}

impl<'a> ReachCheck<'a> {
    /// `None` when she reaches every document of `searcher`: no check is needed.
    pub(crate) fn of(
        index: &SearchIndex,
        searcher: &tantivy::Searcher,
        reach: &'a Reach,
    ) -> tantivy::Result<Option<ReachCheck<'a>>> {
        if matches!(reach, Reach::Everything) {
            return Ok(None);
        }
        let orders = index.list_orders(searcher)?;
        Ok(orders
            .iter()
            .any(|order| order.holds_outside(reach))
            .then_some(ReachCheck { orders, reach }))
    }

    /// Whether she may read the document at `address`.
    pub(crate) fn reaches(&self, address: tantivy::DocAddress) -> bool {
        let cohort = self.orders[address.segment_ord as usize].cohort_of(address.doc_id);
        cohort == 0
            || match self.reach {
                Reach::Everything => true,
                Reach::Cohorts(ids) => ids.contains(&cohort),
            }
    }
}

/// Calls `each` with every document (live or not) that holds `term` in `segment`.
fn for_each_doc(
    segment: &SegmentReader,
    term: &Term,
    mut each: impl FnMut(DocId),
) -> tantivy::Result<()> {
    let inverted = segment.inverted_index(term.field())?;
    if let Some(mut postings) =
        inverted.read_postings(term, tantivy::schema::IndexRecordOption::Basic)?
    {
        let mut doc = tantivy::DocSet::doc(&postings);
        while doc != tantivy::TERMINATED {
            each(doc);
            doc = tantivy::DocSet::advance(&mut postings);
        }
    }
    Ok(())
}

/// What a list asks of each document in [`newest_first`].
struct Wanted<'a> {
    kind: Option<u8>,
    reach: &'a Reach,
    mask: u64,
    want: u64,
    below: Option<i64>,
}

/// The `limit` + 1 newest list keys that pass `wanted`, over every segment's [`ListOrder`],
/// and whether there are more than `limit`.
fn newest_first(orders: &[Arc<ListOrder>], wanted: &Wanted<'_>, limit: usize) -> (Vec<i64>, bool) {
    let cohorts: &[i64] = match wanted.reach {
        Reach::Cohorts(ids) => ids,
        Reach::Everything => &[],
    };
    let everything = matches!(wanted.reach, Reach::Everything);
    let mut found: Vec<i64> = Vec::with_capacity(limit + 1);
    for order in orders {
        // Newest first: the cursor is a position, found by halving.
        let start = match wanted.below {
            Some(below) => order.keys.partition_point(|&key| key >= below),
            None => 0,
        };
        let mut taken = 0;
        for i in start..order.keys.len() {
            if order.packed[i] & wanted.mask != wanted.want
                || wanted.kind.is_some_and(|kind| order.kinds[i] != kind)
            {
                continue;
            }
            let audience = order.audience[i];
            if !(everything || audience == 0 || cohorts.contains(&audience)) {
                continue;
            }
            found.push(order.keys[i]);
            taken += 1;
            if taken > limit {
                break;
            }
        }
    }
    found.sort_unstable_by(|a, b| b.cmp(a));
    page_of(found, limit)
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
pub(crate) type CountryMenus =
    super::index::PerGeneration<(ThreadKind, Reach), Arc<BTreeSet<String>>>;

/// How many menus one generation keeps (one per kind and set of cohorts in use).
pub(crate) const COUNTRY_MENUS_MOST: usize = 512;

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
    if let Some(menu) = index.country_menus.get(generation, &key) {
        return Ok(menu);
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
    index.country_menus.put(generation, key, menu.clone());
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

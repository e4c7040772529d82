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

use std::ops::Bound;

use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Order, Term};

use super::index::{SearchIndex, facet_value, list_key, within_reach};
use crate::accounts::tokens::Signer;
use crate::cases::Reach;
use crate::cases::store::{self, ListFilter};
use crate::cases::views::{CaseSummary, Page};
use crate::db::DbConnection;
use crate::error::AppError;

/// The ids of one page of a list, newest first, and whether there is more after them.
pub fn list_ids(
    index: &SearchIndex,
    filter: &ListFilter,
    reach: &Reach,
    limit: usize,
) -> tantivy::Result<(Vec<i64>, bool)> {
    let f = &index.fields;
    let facet = |field, value: &str| -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_facet(field, &facet_value(value)),
                IndexRecordOption::Basic,
            )),
        )
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(kind) = filter.kind {
        clauses.push(facet(f.kind, kind.as_str()));
    }
    if let Some(country) = filter.country {
        clauses.push(facet(f.country, country.as_str()));
    }
    if let Some(context) = filter.context {
        clauses.push(facet(f.context, context.key()));
    }
    if let Some(counterpart) = filter.counterpart {
        clauses.push(facet(f.counterpart, counterpart.key()));
    }
    if let Some(outcome) = filter.outcome {
        clauses.push(facet(f.outcome, outcome.key()));
    }
    if let Some(year) = filter.year {
        clauses.push(facet(f.year, &year.to_string()));
    }
    if let Some(tag) = &filter.tag {
        clauses.push(facet(f.tag, tag));
    }
    if let Some((at, id)) = filter.cursor {
        clauses.push((
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Excluded(Term::from_field_i64(f.list_key, list_key(Some(at), id))),
            )),
        ));
    }
    let query: Box<dyn Query> = if clauses.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    let query = within_reach(f, query, reach);
    let searcher = index.reader.searcher();
    let top = searcher.search(
        &query,
        &TopDocs::with_limit(limit + 1).order_by_fast_field::<i64>("list_key", Order::Desc),
    )?;
    let more = top.len() > limit;
    let ids = top
        .into_iter()
        .take(limit)
        .filter_map(|(key, _)| key.map(|k| k & 0xFFFF_FFFF))
        .collect();
    Ok((ids, more))
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

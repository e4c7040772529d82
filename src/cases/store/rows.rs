//! The rows of threads, revisions and replies as stored, a thread's lifecycle state, and the
//! one gate members' reads start from ([`published_threads`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable};

use crate::cases::lifecycle::ReplyStatus;

use crate::cases::Reach;
use crate::cases::input::Metadata;
use crate::cases::lifecycle::{Action, RevisionStatus, State, ThreadStatus};
use crate::cases::views::RevisionInfo;
use crate::db::schema::{replies, revisions, search_outbox, threads};
use crate::db::{DbConnection, now};
use crate::error::AppError;

use super::*;

pub type Db = <DbConnection as diesel::Connection>::Backend;

pub const PAGE_SIZE: i64 = 30;
pub const REPLIES_PAGE: i64 = 30;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = threads)]
pub struct ThreadRow {
    pub id: i64,
    pub kind: String,
    pub author_id: Option<i64>,
    pub status: String,
    pub locked: bool,
    pub show_name: bool,
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
    pub body_html: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub period_year: Option<i32>,
    pub period_month: Option<i32>,
    pub outcome: Option<String>,
    pub language: String,
    pub reply_count: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub last_activity_at: NaiveDateTime,
    pub context_keys: String,
    pub counterpart_keys: String,
    pub tag_list: String,
    pub audience_cohort_id: Option<i64>,
    pub advice_by: Option<chrono::NaiveDate>,
}

impl ThreadRow {
    /// Who the thread is for.
    pub fn audience(&self) -> crate::cases::ThreadAudience {
        crate::cases::ThreadAudience::from_column(self.audience_cohort_id)
    }

    /// The published facets, from the row's copies (see migration 4).
    pub(super) fn facets(&self) -> Facets {
        let split = |s: &str| {
            s.split(',')
                .filter(|k| !k.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let mut facets = Facets {
            contexts: split(&self.context_keys)
                .iter()
                .filter_map(|k| k.parse().ok())
                .collect(),
            counterparts: split(&self.counterpart_keys)
                .iter()
                .filter_map(|k| k.parse().ok())
                .collect(),
            tags: split(&self.tag_list),
        };
        facets.contexts.sort();
        facets.counterparts.sort();
        facets.tags.sort();
        facets
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = revisions)]
pub struct RevisionRow {
    pub id: i64,
    pub thread_id: i64,
    pub number: i32,
    pub author_id: Option<i64>,
    pub status: String,
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
    pub metadata: String,
    pub sensitive_terms: String,
    pub reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    pub decided_by: Option<i64>,
    pub purged_at: Option<NaiveDateTime>,
}

impl RevisionRow {
    pub fn status(&self) -> Result<RevisionStatus, AppError> {
        self.status.parse()
    }

    pub fn metadata(&self) -> Result<Metadata, AppError> {
        serde_json::from_str(&self.metadata).map_err(AppError::internal)
    }

    pub fn sensitive_terms(&self) -> Vec<String> {
        serde_json::from_str(&self.sensitive_terms).unwrap_or_default()
    }

    pub(super) fn info(&self) -> Result<RevisionInfo, AppError> {
        Ok(RevisionInfo {
            number: self.number,
            status: self.status()?,
            reason: self.reason.clone(),
            submitted_at: self.submitted_at,
        })
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = replies)]
pub struct ReplyRow {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: Option<i64>,
    pub status: String,
    pub original_markdown: String,
    pub body_markdown: String,
    pub body_html: String,
    pub reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
    pub decided_by: Option<i64>,
    pub purged_at: Option<NaiveDateTime>,
}

impl ReplyRow {
    /// Where the reply stands (the column holds [`ReplyStatus::as_str`]).
    pub fn status(&self) -> Result<ReplyStatus, AppError> {
        self.status.parse()
    }
}

/// The gate: the threads members may see. Every member-facing read starts from a `Gate` —
/// lists, search hits, related cases, the dashboard, the indexer, digests — and only a gate
/// makes a [`PublishedThread`], which is what member-facing pages are built from.
///
/// A gate's conditions can be narrowed ([`Gate::narrow`]: more filters, an order, a limit) and
/// never widened: nothing in Parley calls `or_filter` on a gated query (a test checks).
pub struct Gate<'a>(threads::BoxedQuery<'a, Db>);

/// A thread a member may read. Its only makers are [`Gate::load`] and [`Gate::admit`]; a
/// function that takes one cannot be handed a draft, a pending, hidden or removed thread.
#[derive(Debug, Clone)]
pub struct PublishedThread(ThreadRow);

impl std::ops::Deref for PublishedThread {
    type Target = ThreadRow;
    fn deref(&self) -> &ThreadRow {
        &self.0
    }
}

/// `column = a OR column = b OR …` over `values`, padded to a multiple of eight by repeating
/// the last one, boxed as a condition of type `$sql`. Diesel never keeps a statement with
/// `IN (…)` prepared (`eq_any`: its SQL changes with the number of values), and preparing the
/// twenty-row read of a list page was a fifth of its time under load (docs/performance.md);
/// this SQL is one of a few shapes, each parsed and planned once per connection. SQLite turns
/// equalities on one column joined by OR into one lookup per value, as it does for `IN`;
/// PostgreSQL into an index scan per value. Past [`ONE_OF_MOST`] values (a batch of the
/// indexer) the nesting would be too deep: `IN`, as before.
macro_rules! one_of {
    ($column:expr, $values:expr, $sql:ty) => {{
        let values: &[i64] = $values;
        type Condition<'c> = Box<dyn BoxableExpression<threads::table, Db, SqlType = $sql> + 'c>;
        match values.last() {
            Some(&last) if values.len() <= ONE_OF_MOST => {
                let mut condition: Condition<'_> = Box::new($column.eq(values[0]));
                for i in 1..values.len().div_ceil(8) * 8 {
                    let value = values.get(i).copied().unwrap_or(last);
                    condition = Box::new(condition.or($column.eq(value)));
                }
                condition
            }
            _ => Box::new($column.eq_any(values.to_vec())) as Condition<'_>,
        }
    }};
}

/// The most values [`one_of`] writes as equalities.
const ONE_OF_MOST: usize = 64;

/// The gate over every thread, for a reader who reaches `reach`.
pub fn published_threads<'a>(reach: &Reach) -> Gate<'a> {
    Gate(
        threads::table
            .filter(threads::status.eq(ThreadStatus::Published.as_str()))
            .into_boxed(),
    )
    .within(reach)
}

/// The gate applied to a handful of known ids (search hits, digest items, indexer batches):
/// the published threads among `ids`, found by primary key. The gate's condition is written
/// `(status || '') = 'published'` on purpose: as a plain `status = ?`, SQLite's planner
/// (without statistics) prefers scanning every published row of the status index over
/// `ids.len()` primary-key lookups — 20,000 rows per call on a benchmark database, which made
/// the case page (related cases) and the search page ten times slower.
pub fn published_among<'a>(ids: &'a [i64], reach: &Reach) -> Gate<'a> {
    Gate(
        threads::table
            .filter(one_of!(threads::id, ids, Bool))
            .filter(
                threads::status
                    .concat("")
                    .eq(ThreadStatus::Published.as_str()),
            )
            .into_boxed(),
    )
    .within(reach)
}

impl<'a> Gate<'a> {
    /// The cohorts' threads a reader may see, besides those for all members.
    fn within(self, reach: &Reach) -> Self {
        match reach {
            Reach::Everything => self,
            Reach::Cohorts(ids) => Gate(self.0.filter(
                threads::audience_cohort_id.is_null().or(one_of!(
                    threads::audience_cohort_id,
                    ids,
                    Nullable<Bool>
                )),
            )),
        }
    }

    /// More conditions, an order, a limit.
    pub fn narrow(
        self,
        more: impl FnOnce(threads::BoxedQuery<'a, Db>) -> threads::BoxedQuery<'a, Db>,
    ) -> Self {
        Gate(more(self.0))
    }

    /// The gated query, for reads that are not shown as threads (ids for the index, counts,
    /// a digest's candidates): select the columns needed.
    pub fn query(self) -> threads::BoxedQuery<'a, Db> {
        self.0
    }

    /// The threads that pass, with the columns lists show (everything but the body).
    pub fn load(self, conn: &mut DbConnection) -> Result<Vec<PublishedThread>, AppError> {
        Ok(self
            .0
            .select(list_columns!())
            .load::<ThreadRow>(conn)?
            .into_iter()
            .map(PublishedThread)
            .collect())
    }

    /// A thread read in full (by its page) passes the same gate: published and within her
    /// reach, or nothing.
    pub fn admit(row: ThreadRow, reach: &Reach) -> Option<PublishedThread> {
        (row.status == ThreadStatus::Published.as_str() && reach.sees(row.audience()))
            .then_some(PublishedThread(row))
    }
}

/// `NotFound` unless `user_id` may see thread `thread_id` by its audience: a thread for all
/// members, her own thread, or a thread of one of her cohorts (every cohort for staff). For
/// what members do to a thread by its id (reply, flag): outside the cohort, the thread does
/// not exist.
pub fn ensure_reached(
    conn: &mut DbConnection,
    thread_id: i64,
    user_id: i64,
) -> Result<(), AppError> {
    let found: Option<(Option<i64>, Option<i64>)> = threads::table
        .find(thread_id)
        .select((threads::audience_cohort_id, threads::author_id))
        .first(conn)
        .optional()?;
    let Some((audience, author)) = found else {
        return Err(AppError::NotFound);
    };
    if audience.is_none() || author == Some(user_id) {
        return Ok(());
    }
    let reach = crate::accounts::cohorts::reach_of(conn, user_id)?;
    if reach.sees(crate::cases::ThreadAudience::from_column(audience)) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Records that what search may show of `thread_id` changed, in the caller's transaction.
pub fn enqueue_search_update(conn: &mut DbConnection, thread_id: i64) -> Result<(), AppError> {
    conn.transaction(|conn| {
        crate::search::indexer::hold_outbox_order(conn)?;
        diesel::insert_into(search_outbox::table)
            .values((
                search_outbox::thread_id.eq(thread_id),
                search_outbox::created_at.eq(now()),
            ))
            .execute(conn)?;
        crate::db::note_outbox_write();
        Ok(())
    })
}

pub(super) fn thread_row(conn: &mut DbConnection, id: i64) -> Result<ThreadRow, AppError> {
    threads::table
        .find(id)
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

pub fn latest_revision(conn: &mut DbConnection, thread_id: i64) -> Result<RevisionRow, AppError> {
    revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .order(revisions::number.desc())
        .select(RevisionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// A thread's row, its latest revision and its lifecycle state.
pub fn load_state(
    conn: &mut DbConnection,
    thread_id: i64,
) -> Result<(ThreadRow, RevisionRow, State), AppError> {
    let thread = thread_row(conn, thread_id)?;
    let revision = latest_revision(conn, thread_id)?;
    let state = State {
        thread: thread.status.parse()?,
        revision: revision.status()?,
        locked: thread.locked,
    };
    Ok((thread, revision, state))
}

/// Turns a lifecycle refusal into a 409 that says why.
pub fn check(state: State, action: Action) -> Result<State, AppError> {
    state
        .apply(action)
        .map_err(|refusal| AppError::conflict(refusal.0))
}

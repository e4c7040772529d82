//! Threads, revisions and replies in the database, and the one gate between them and members.
//!
//! [`published_threads`] is the only query members' reads start from: lists, pages, the API
//! and (later) search and digests. The author's own text is read by [`thread_view`] only when
//! the reader is the author or a moderator; anyone else gets `NotFound` (never 403: whether a
//! thread exists is itself not theirs to know).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use super::ThreadKind;
use super::input::{CaseContent, Metadata, Period};
use super::lifecycle::{Action, EditEffect, RevisionStatus, State, ThreadStatus};
use super::markdown;
use super::pseudonyms::{ThreadNames, pseudonym};
use super::taxonomy::{ContextKind, CounterpartKind, CountryCode, Outcome};
use super::views::{
    AuthorLabel, CaseSummary, CaseView, MyThread, Page, Relation, ReplyView, RevisionInfo,
};
use crate::accounts::sessions::Identity;
use crate::accounts::tokens::Signer;
use crate::db::schema::{replies, revisions, search_outbox, threads, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

type Db = <DbConnection as diesel::Connection>::Backend;

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
}

impl ThreadRow {
    /// The published facets, from the row's copies (see migration 4).
    fn facets(&self) -> Facets {
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

    fn info(&self) -> Result<RevisionInfo, AppError> {
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

/// The gate: threads members may see. Every member-facing read starts here.
pub fn published_threads<'a>() -> threads::BoxedQuery<'a, Db> {
    threads::table
        .filter(threads::status.eq(ThreadStatus::Published.as_str()))
        .into_boxed()
}

/// The gate applied to a handful of known ids (search hits, digest items, indexer batches):
/// the published threads among `ids`, found by primary key. The gate's condition is written
/// `(status || '') = 'published'` on purpose: as a plain `status = ?`, SQLite's planner
/// (without statistics) prefers scanning every published row of the status index over
/// `ids.len()` primary-key lookups — 20,000 rows per call on a benchmark database, which made
/// the case page (related cases) and the search page ten times slower.
pub fn published_among(ids: &[i64]) -> threads::BoxedQuery<'_, Db> {
    threads::table
        .filter(threads::id.eq_any(ids))
        .filter(
            threads::status
                .concat("")
                .eq(ThreadStatus::Published.as_str()),
        )
        .into_boxed()
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

fn thread_row(conn: &mut DbConnection, id: i64) -> Result<ThreadRow, AppError> {
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
        .map_err(|refusal| AppError::Conflict(refusal.0.to_string()))
}

fn insert_revision(
    conn: &mut DbConnection,
    thread_id: i64,
    number: i32,
    author_id: i64,
    content: &CaseContent,
    status: RevisionStatus,
) -> Result<(), AppError> {
    let at = now();
    diesel::insert_into(revisions::table)
        .values((
            revisions::thread_id.eq(thread_id),
            revisions::number.eq(number),
            revisions::author_id.eq(Some(author_id)),
            revisions::status.eq(status.as_str()),
            revisions::title.eq(&content.title),
            revisions::lessons.eq(&content.lessons),
            revisions::body_markdown.eq(&content.body_markdown),
            revisions::metadata
                .eq(serde_json::to_string(&content.metadata).map_err(AppError::internal)?),
            revisions::sensitive_terms
                .eq(serde_json::to_string(&content.sensitive_terms).map_err(AppError::internal)?),
            revisions::created_at.eq(at),
            revisions::submitted_at.eq((status == RevisionStatus::Pending).then_some(at)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Creates a thread with its first revision, as a draft or submitted for review.
pub fn create_thread(
    conn: &mut DbConnection,
    author_id: i64,
    kind: ThreadKind,
    content: &CaseContent,
    submit: bool,
) -> Result<(i64, ThreadStatus), AppError> {
    let (thread_status, revision_status) = if submit {
        (ThreadStatus::Pending, RevisionStatus::Pending)
    } else {
        (ThreadStatus::Draft, RevisionStatus::Draft)
    };
    conn.transaction(|conn| {
        let at = now();
        let id: i64 = diesel::insert_into(threads::table)
            .values((
                threads::kind.eq(kind.as_str()),
                threads::author_id.eq(Some(author_id)),
                threads::status.eq(thread_status.as_str()),
                threads::show_name.eq(content.metadata.show_name),
                threads::language.eq(&content.metadata.language),
                threads::created_at.eq(at),
                threads::updated_at.eq(at),
                threads::last_activity_at.eq(at),
            ))
            .returning(threads::id)
            .get_result(conn)?;
        insert_revision(conn, id, 1, author_id, content, revision_status)?;
        Ok((id, thread_status))
    })
}

fn set_statuses(
    conn: &mut DbConnection,
    thread_id: i64,
    revision_id: i64,
    state: State,
) -> Result<(), AppError> {
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::status.eq(state.thread.as_str()),
            threads::locked.eq(state.locked),
            threads::updated_at.eq(now()),
        ))
        .execute(conn)?;
    diesel::update(revisions::table.find(revision_id))
        .set(revisions::status.eq(state.revision.as_str()))
        .execute(conn)?;
    Ok(())
}

fn require_author(thread: &ThreadRow, author_id: i64) -> Result<(), AppError> {
    if thread.author_id == Some(author_id) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The author changes her thread: the draft or changes-requested revision in place, or a new
/// revision of a published thread (which stays as it is until a moderator approves). With
/// `submit`, the revision goes to the moderators.
pub fn edit_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
    content: &CaseContent,
    submit: bool,
) -> Result<ThreadStatus, AppError> {
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        let edited = check(state, Action::Edit)?;
        let revision_id = match state.edit_effect() {
            EditEffect::InPlace => {
                diesel::update(revisions::table.find(revision.id))
                    .set((
                        revisions::title.eq(&content.title),
                        revisions::lessons.eq(&content.lessons),
                        revisions::body_markdown.eq(&content.body_markdown),
                        revisions::metadata
                            .eq(serde_json::to_string(&content.metadata)
                                .map_err(AppError::internal)?),
                        revisions::sensitive_terms
                            .eq(serde_json::to_string(&content.sensitive_terms)
                                .map_err(AppError::internal)?),
                    ))
                    .execute(conn)?;
                revision.id
            }
            EditEffect::NewRevision => {
                insert_revision(
                    conn,
                    thread_id,
                    revision.number + 1,
                    author_id,
                    content,
                    RevisionStatus::Draft,
                )?;
                latest_revision(conn, thread_id)?.id
            }
        };
        let mut next = edited;
        if submit {
            next = check(edited, Action::Submit)?;
            diesel::update(revisions::table.find(revision_id))
                .set(revisions::submitted_at.eq(Some(now())))
                .execute(conn)?;
        }
        set_statuses(conn, thread_id, revision_id, next)?;
        Ok(next.thread)
    })
}

/// Sends the latest (draft or changes-requested) revision to the moderators.
pub fn submit_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
) -> Result<ThreadStatus, AppError> {
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        let next = check(state, Action::Submit)?;
        // What is submitted must be complete, even if the draft was not.
        let kind: ThreadKind = thread.kind.parse()?;
        revision_input(&revision)?.validate(kind, super::input::Strictness::Submission)?;
        diesel::update(revisions::table.find(revision.id))
            .set(revisions::submitted_at.eq(Some(now())))
            .execute(conn)?;
        set_statuses(conn, thread_id, revision.id, next)?;
        Ok(next.thread)
    })
}

/// A revision turned back into input, to check it again or to fill the edit form.
pub fn revision_input(revision: &RevisionRow) -> Result<super::input::CaseInput, AppError> {
    let metadata = revision.metadata()?;
    Ok(super::input::CaseInput {
        title: Some(revision.title.clone()),
        country: metadata.country.clone(),
        region: metadata.region.clone(),
        contexts: metadata
            .contexts
            .iter()
            .map(|c| c.key().to_string())
            .collect(),
        counterparts: metadata
            .counterparts
            .iter()
            .map(|c| c.key().to_string())
            .collect(),
        period: metadata.period,
        outcome: metadata.outcome.map(|o| o.key().to_string()),
        lessons: Some(revision.lessons.clone()),
        body_markdown: Some(revision.body_markdown.clone()),
        tags: metadata.tags.clone(),
        sensitive_terms: revision.sensitive_terms(),
        show_name: metadata.show_name,
        language: Some(metadata.language.clone()),
    })
}

/// The author deletes her thread: never published, it is gone with everything she wrote;
/// published, it is removed from members' view (and search) but kept for the moderation log.
pub fn delete_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
) -> Result<(), AppError> {
    conn.transaction(|conn| {
        let (thread, _, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        remove_thread(conn, thread_id, state)
    })
}

pub(crate) fn remove_thread(
    conn: &mut DbConnection,
    thread_id: i64,
    state: State,
) -> Result<(), AppError> {
    check(state, Action::Delete)?;
    if state.ever_published() {
        diesel::update(threads::table.find(thread_id))
            .set((
                threads::status.eq(ThreadStatus::Removed.as_str()),
                threads::updated_at.eq(now()),
            ))
            .execute(conn)?;
        purge_revisions(conn, thread_id)?;
        enqueue_search_update(conn, thread_id)?;
    } else {
        diesel::delete(threads::table.find(thread_id)).execute(conn)?;
    }
    Ok(())
}

/// Empties what the author wrote in every revision of a thread (the published text stays):
/// at publication and when a published thread is removed.
pub fn purge_revisions(conn: &mut DbConnection, thread_id: i64) -> Result<usize, AppError> {
    let unpurged: Vec<i64> = revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .filter(revisions::purged_at.is_null())
        .select(revisions::id)
        .load(conn)?;
    for id in &unpurged {
        purge_revision(conn, *id)?;
    }
    Ok(unpurged.len())
}

/// Empties what the author wrote in one revision: title, lessons, story, declared terms and
/// her tags. The metadata keeps only what she chose from lists (country, region, contexts,
/// period, outcome).
pub fn purge_revision(conn: &mut DbConnection, revision_id: i64) -> Result<(), AppError> {
    let metadata: String = revisions::table
        .find(revision_id)
        .select(revisions::metadata)
        .first(conn)?;
    let mut metadata: Metadata = serde_json::from_str(&metadata).unwrap_or_default();
    metadata.tags.clear();
    diesel::update(revisions::table.find(revision_id))
        .set((
            revisions::title.eq(""),
            revisions::lessons.eq(""),
            revisions::body_markdown.eq(""),
            revisions::metadata.eq(serde_json::to_string(&metadata).map_err(AppError::internal)?),
            revisions::sensitive_terms.eq("[]"),
            revisions::purged_at.eq(Some(now())),
        ))
        .execute(conn)?;
    Ok(())
}

/// Filters of the list pages and `GET /api/v1/cases`, as given in the address.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    pub kind: Option<String>,
    pub country: Option<String>,
    pub context: Option<String>,
    pub counterpart: Option<String>,
    pub outcome: Option<String>,
    pub year: Option<i32>,
    pub tag: Option<String>,
    pub cursor: Option<String>,
}

/// Checked filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub kind: Option<ThreadKind>,
    pub country: Option<CountryCode>,
    pub context: Option<ContextKind>,
    pub counterpart: Option<CounterpartKind>,
    pub outcome: Option<Outcome>,
    pub year: Option<i32>,
    pub tag: Option<String>,
    pub cursor: Option<(NaiveDateTime, i64)>,
}

impl ListQuery {
    pub fn parse(&self) -> Result<ListFilter, AppError> {
        let non_empty = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let mut errors = Vec::new();
        let kind =
            non_empty(&self.kind).and_then(|k| k.parse().map_err(|_| errors.push("kind")).ok());
        let country = non_empty(&self.country).and_then(|c| {
            CountryCode::parse(&c).or_else(|| {
                errors.push("country");
                None
            })
        });
        let context = non_empty(&self.context)
            .and_then(|c| c.parse().map_err(|_| errors.push("context")).ok());
        let counterpart = non_empty(&self.counterpart)
            .and_then(|c| c.parse().map_err(|_| errors.push("counterpart")).ok());
        let outcome = non_empty(&self.outcome)
            .and_then(|o| o.parse().map_err(|_| errors.push("outcome")).ok());
        let cursor = non_empty(&self.cursor).and_then(|c| {
            decode_cursor(&c).or_else(|| {
                errors.push("cursor");
                None
            })
        });
        if let Some(field) = errors.first() {
            return Err(AppError::invalid(*field, "is not a value Parley knows"));
        }
        Ok(ListFilter {
            kind,
            country,
            context,
            counterpart,
            outcome,
            year: self.year,
            tag: non_empty(&self.tag).and_then(|t| super::input::clean_tag(&t)),
            cursor,
        })
    }
}

fn encode_cursor(at: NaiveDateTime, id: i64) -> String {
    format!("{}_{}", at.and_utc().timestamp_micros(), id)
}

fn decode_cursor(raw: &str) -> Option<(NaiveDateTime, i64)> {
    let (micros, id) = raw.split_once('_')?;
    let at = chrono::DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc();
    Some((at, id.parse().ok()?))
}

/// The facets of a thread as shown.
#[derive(Default)]
struct Facets {
    contexts: Vec<ContextKind>,
    counterparts: Vec<CounterpartKind>,
    tags: Vec<String>,
}

/// Names of authors who chose to show them, for the threads given.
fn shown_names(
    conn: &mut DbConnection,
    rows: &[ThreadRow],
) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = rows
        .iter()
        .filter(|r| r.show_name)
        .filter_map(|r| r.author_id)
        .collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::table
        .filter(users::id.eq_any(&ids))
        .select((users::id, users::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}

/// How the thread's author appears to `viewer`.
fn thread_author_label(
    signer: &Signer,
    row: &ThreadRow,
    names: &HashMap<i64, String>,
    viewer: Option<i64>,
) -> AuthorLabel {
    let display = match row.author_id {
        None => "Former member".to_string(),
        Some(author) => match names.get(&author).filter(|_| row.show_name) {
            Some(name) => name.clone(),
            None => pseudonym(signer, row.id, author),
        },
    };
    AuthorLabel {
        display,
        is_you: viewer.is_some() && row.author_id == viewer,
        is_thread_author: true,
    }
}

fn summary(
    signer: &Signer,
    row: &ThreadRow,
    names: &HashMap<i64, String>,
    viewer: Option<i64>,
) -> Result<CaseSummary, AppError> {
    let facets = row.facets();
    Ok(CaseSummary {
        id: row.id,
        kind: row.kind.parse()?,
        title: row.title.clone(),
        country: row.country.clone(),
        region: row.region.clone(),
        contexts: facets.contexts.clone(),
        counterparts: facets.counterparts.clone(),
        period: row.period_year.map(|year| Period {
            year,
            month: row.period_month,
        }),
        outcome: row.outcome.as_deref().and_then(|o| o.parse().ok()),
        lessons: row.lessons.clone(),
        language: row.language.clone(),
        tags: facets.tags.clone(),
        reply_count: row.reply_count,
        published_at: row.published_at,
        author: thread_author_label(signer, row, names, viewer),
    })
}

/// A page of published threads, newest first, filtered; keyset-paginated.
pub fn list_published(
    conn: &mut DbConnection,
    signer: &Signer,
    filter: &ListFilter,
    viewer: Option<i64>,
    limit: i64,
) -> Result<Page<CaseSummary>, AppError> {
    let mut query = published_threads();
    if let Some(kind) = filter.kind {
        query = query.filter(threads::kind.eq(kind.as_str()));
    }
    if let Some(country) = filter.country {
        query = query.filter(threads::country.eq(country.as_str()));
    }
    // Membership in a facet table, as an uncorrelated subquery (diesel's typed subselects
    // want the two tables joinable, which these are not in the direction needed).
    // EXISTS, not IN: walking the listing index newest-first, each candidate costs one
    // primary-key probe, and the walk stops after a page; IN would build the whole set.
    let member_of = |table: &str, column: &str, value: String| {
        diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
            "EXISTS (SELECT 1 FROM {table} WHERE {table}.thread_id = threads.id AND {table}.{column} = "
        ))
        .bind::<diesel::sql_types::Text, _>(value)
        .sql(")")
    };
    if let Some(context) = filter.context {
        query = query.filter(member_of(
            "thread_contexts",
            "context",
            context.key().to_string(),
        ));
    }
    if let Some(counterpart) = filter.counterpart {
        query = query.filter(member_of(
            "thread_counterparts",
            "counterpart",
            counterpart.key().to_string(),
        ));
    }
    if let Some(tag) = &filter.tag {
        query = query.filter(member_of("thread_tags", "tag", tag.clone()));
    }
    if let Some(outcome) = filter.outcome {
        query = query.filter(threads::outcome.eq(outcome.key()));
    }
    if let Some(year) = filter.year {
        query = query.filter(threads::period_year.eq(year));
    }
    if let Some((at, id)) = filter.cursor {
        query = query.filter(
            threads::published_at
                .lt(at)
                .or(threads::published_at.eq(at).and(threads::id.lt(id))),
        );
    }
    // A list shows neither body, and the bodies are most of a row's bytes (reading them
    // was a sixth of a list page's time): they are read as empty strings here.
    let no_body = || diesel::dsl::sql::<diesel::sql_types::Text>("''");
    let mut rows: Vec<ThreadRow> = query
        .order((threads::published_at.desc(), threads::id.desc()))
        .limit(limit + 1)
        .select((
            threads::id,
            threads::kind,
            threads::author_id,
            threads::status,
            threads::locked,
            threads::show_name,
            threads::title,
            threads::lessons,
            no_body(),
            no_body(),
            threads::country,
            threads::region,
            threads::period_year,
            threads::period_month,
            threads::outcome,
            threads::language,
            threads::reply_count,
            threads::created_at,
            threads::updated_at,
            threads::published_at,
            threads::last_activity_at,
            threads::context_keys,
            threads::counterpart_keys,
            threads::tag_list,
        ))
        .load::<ThreadRow>(conn)?;
    let next_cursor = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last()
            .and_then(|r| r.published_at.map(|at| encode_cursor(at, r.id)))
    } else {
        None
    };
    let names = shown_names(conn, &rows)?;
    let items = rows
        .iter()
        .map(|row| summary(signer, row, &names, viewer))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page { items, next_cursor })
}

/// Everything a thread's page needs, for this reader. Published threads for everyone; the
/// author's own unpublished thread for her (her original text); any thread for moderators.
/// Anyone else: `NotFound`.
pub fn thread_view(
    conn: &mut DbConnection,
    signer: &Signer,
    viewer: &Identity,
    thread_id: i64,
    replies_after: Option<i64>,
) -> Result<CaseView, AppError> {
    let row = thread_row(conn, thread_id)?;
    let status: ThreadStatus = row.status.parse()?;
    let relation = if row.author_id == Some(viewer.user_id) {
        Relation::Author
    } else if viewer.role.is_staff() {
        Relation::Moderator
    } else {
        Relation::Member
    };
    let visible = match relation {
        Relation::Member => status == ThreadStatus::Published,
        Relation::Author => status != ThreadStatus::Removed,
        Relation::Moderator => true,
    };
    if !visible {
        return Err(AppError::NotFound);
    }
    let names = shown_names(conn, std::slice::from_ref(&row))?;
    let mut summary = summary(signer, &row, &names, Some(viewer.user_id))?;
    let mut body_html = row.body_html.clone();
    let mut is_original = false;
    let latest_revision = if relation == Relation::Member {
        None
    } else {
        let revision = latest_revision(conn, thread_id)?;
        if row.published_at.is_none() {
            // Nothing published yet: the author and moderators see the original.
            let metadata = revision.metadata()?;
            summary.title = revision.title.clone();
            summary.lessons = revision.lessons.clone();
            summary.country = metadata.country.clone();
            summary.region = metadata.region.clone();
            summary.contexts = metadata.contexts.clone();
            summary.counterparts = metadata.counterparts.clone();
            summary.period = metadata.period;
            summary.outcome = metadata.outcome;
            summary.tags = metadata.tags.clone();
            summary.language = metadata.language.clone();
            body_html = markdown::render(&revision.body_markdown);
            is_original = true;
            if relation == Relation::Moderator {
                // Every staff read of an original is logged, whichever page shows it.
                crate::moderation::log::record(
                    conn,
                    Some(viewer.user_id),
                    "read_original",
                    Some(thread_id),
                    None,
                    None,
                )?;
            }
        }
        Some(revision.info()?)
    };
    let (replies, next_replies_cursor) = reply_views(conn, signer, &row, viewer, replies_after)?;
    Ok(CaseView {
        summary,
        status,
        body_html,
        locked: row.locked,
        relation,
        latest_revision,
        is_original,
        replies,
        next_replies_cursor,
    })
}

/// Everyone who takes part in a thread: its author and whoever replied in it, in any state.
/// Their pages say "you" or show their held replies, so the page cache never serves them a
/// page rendered for someone else. Kept in server memory only; never shown.
pub fn thread_participants(conn: &mut DbConnection, thread_id: i64) -> Result<Vec<i64>, AppError> {
    let mut ids: Vec<i64> = replies::table
        .filter(replies::thread_id.eq(thread_id))
        .filter(replies::author_id.is_not_null())
        .select(replies::author_id.assume_not_null())
        .distinct()
        .load(conn)?;
    let author: Option<Option<i64>> = threads::table
        .find(thread_id)
        .select(threads::author_id)
        .first(conn)
        .optional()?;
    ids.extend(author.flatten());
    Ok(ids)
}

fn reply_views(
    conn: &mut DbConnection,
    signer: &Signer,
    thread: &ThreadRow,
    viewer: &Identity,
    after: Option<i64>,
) -> Result<(Vec<ReplyView>, Option<i64>), AppError> {
    let mut query = replies::table
        .filter(replies::thread_id.eq(thread.id))
        .filter(
            replies::status.eq("published").or(replies::status
                .eq("pending")
                .and(replies::author_id.eq(viewer.user_id))),
        )
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(replies::id.gt(after));
    }
    let mut rows: Vec<ReplyRow> = query
        .order(replies::id.asc())
        .limit(REPLIES_PAGE + 1)
        .select(ReplyRow::as_select())
        .load(conn)?;
    let next = if rows.len() as i64 > REPLIES_PAGE {
        rows.truncate(REPLIES_PAGE as usize);
        rows.last().map(|r| r.id)
    } else {
        None
    };
    // Everyone who ever replied here, in the order of her first reply (any status: a name
    // must not move when a reply is held, hidden or rejected).
    let repliers: Vec<i64> = replies::table
        .filter(replies::thread_id.eq(thread.id))
        .filter(replies::author_id.is_not_null())
        .group_by(replies::author_id)
        .select((replies::author_id, diesel::dsl::min(replies::id)))
        .load::<(Option<i64>, Option<i64>)>(conn)?
        .into_iter()
        .filter_map(|(author, first)| Some((first?, author?)))
        .collect::<std::collections::BTreeMap<i64, i64>>()
        .into_values()
        .collect();
    let names = ThreadNames::new(signer, thread.id, thread.author_id, &repliers);
    let views = rows
        .into_iter()
        .map(|r| {
            let is_thread_author = r.author_id.is_some() && r.author_id == thread.author_id;
            let display = match r.author_id {
                None => "Former member".to_string(),
                Some(_) if is_thread_author => "Author".to_string(),
                Some(id) => names.of(id).to_string(),
            };
            let own_pending = r.status == "pending";
            ReplyView {
                id: r.id,
                author: AuthorLabel {
                    display,
                    is_you: r.author_id == Some(viewer.user_id),
                    is_thread_author,
                },
                body_html: if own_pending {
                    markdown::render(&r.original_markdown)
                } else {
                    r.body_html
                },
                status: r.status,
                published_at: r.published_at,
                created_at: r.created_at,
            }
        })
        .collect();
    Ok((views, next))
}

/// Whether a new reply waits for a moderator (`moderation.hold_replies`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyGate {
    Hold,
    Publish,
}

/// Adds a reply to a published, unlocked thread; held for review or published at once.
pub fn add_reply(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
    body_markdown: &str,
    gate: ReplyGate,
) -> Result<(i64, &'static str), AppError> {
    let body = check_reply_text(body_markdown)?;
    conn.transaction(|conn| {
        let (_, _, state) = load_state(conn, thread_id)?;
        if state.thread != ThreadStatus::Published {
            return Err(AppError::NotFound);
        }
        check(state, Action::Reply)?;
        let at = now();
        let (status, published_body, html, published_at, purged_at) = match gate {
            ReplyGate::Hold => ("pending", String::new(), String::new(), None, None),
            ReplyGate::Publish => (
                "published",
                body.to_string(),
                markdown::render(body),
                Some(at),
                Some(at),
            ),
        };
        let id: i64 = diesel::insert_into(replies::table)
            .values((
                replies::thread_id.eq(thread_id),
                replies::author_id.eq(Some(author_id)),
                replies::status.eq(status),
                // A published reply's original is its published text: nothing to keep apart.
                replies::original_markdown.eq(if gate == ReplyGate::Hold { body } else { "" }),
                replies::body_markdown.eq(&published_body),
                replies::body_html.eq(&html),
                replies::created_at.eq(at),
                replies::published_at.eq(published_at),
                replies::purged_at.eq(purged_at),
            ))
            .returning(replies::id)
            .get_result(conn)?;
        if gate == ReplyGate::Publish {
            count_published_reply(conn, thread_id)?;
        }
        Ok((id, status))
    })
}

/// The longest reply: a reply answers a case, it does not retell one (a case study may be five
/// times longer). Checked before anything else reads the text.
pub const MAX_REPLY_CHARS: usize = 20_000;

/// The cheap checks on a reply, before the detector reads it: not empty, not too long.
pub fn check_reply_text(body_markdown: &str) -> Result<&str, AppError> {
    let body = body_markdown.trim();
    if body.is_empty() {
        return Err(AppError::invalid_key("body_markdown", "error-required"));
    }
    // Counting stops at the limit: a 1 MiB body costs no more than a long reply.
    if body.chars().take(MAX_REPLY_CHARS + 1).count() > MAX_REPLY_CHARS {
        return Err(AppError::invalid_key("body_markdown", "error-reply-long"));
    }
    Ok(body)
}

/// Whether the thread takes replies now (published, not locked); `NotFound` otherwise.
pub fn may_reply(conn: &mut DbConnection, thread_id: i64) -> Result<(), AppError> {
    let (_, _, state) = load_state(conn, thread_id)?;
    if state.thread != ThreadStatus::Published {
        return Err(AppError::NotFound);
    }
    check(state, Action::Reply)?;
    Ok(())
}

/// Whether any reply of hers since `since` was held for a moderator (still waiting, or
/// decided by one).
pub fn reply_held_since(
    conn: &mut DbConnection,
    author_id: i64,
    since: NaiveDateTime,
) -> Result<bool, AppError> {
    let held: i64 = replies::table
        .filter(replies::author_id.eq(author_id))
        .filter(replies::created_at.gt(since))
        .filter(
            replies::status
                .eq("pending")
                .or(replies::decided_by.is_not_null()),
        )
        .count()
        .get_result(conn)?;
    Ok(held > 0)
}

pub(crate) fn count_published_reply(
    conn: &mut DbConnection,
    thread_id: i64,
) -> Result<(), AppError> {
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::reply_count.eq(threads::reply_count + 1),
            threads::last_activity_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The author's own threads, newest first, with where each stands and the moderators' reasons.
pub fn my_threads(conn: &mut DbConnection, author_id: i64) -> Result<Vec<MyThread>, AppError> {
    let rows: Vec<ThreadRow> = threads::table
        .filter(threads::author_id.eq(author_id))
        .filter(threads::status.ne(ThreadStatus::Removed.as_str()))
        .order(threads::updated_at.desc())
        .select(ThreadRow::as_select())
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let revision = latest_revision(conn, row.id)?;
        out.push(MyThread {
            id: row.id,
            kind: row.kind.parse()?,
            title: if revision.title.is_empty() {
                row.title.clone()
            } else {
                revision.title.clone()
            },
            status: row.status.parse()?,
            revision: revision.info()?,
            updated_at: row.updated_at,
        });
    }
    Ok(out)
}

/// The latest revision for the author's edit form; others get `NotFound`.
pub fn revision_for_edit(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
) -> Result<(ThreadKind, RevisionRow, State), AppError> {
    let (thread, revision, state) = load_state(conn, thread_id)?;
    require_author(&thread, author_id)?;
    check(state, Action::Edit)?;
    Ok((thread.kind.parse()?, revision, state))
}

/// Every revision of a thread, for its author and moderators (history); others `NotFound`.
pub fn revision_history(
    conn: &mut DbConnection,
    viewer: &Identity,
    thread_id: i64,
) -> Result<Vec<RevisionInfo>, AppError> {
    let thread = thread_row(conn, thread_id)?;
    if thread.author_id != Some(viewer.user_id) && !viewer.role.is_staff() {
        return Err(AppError::NotFound);
    }
    revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .order(revisions::number.asc())
        .select(RevisionRow::as_select())
        .load(conn)?
        .iter()
        .map(RevisionRow::info)
        .collect()
}

/// What becomes of a leaving member's threads and replies. Unpublished ones always go with
/// her (they are her words, never seen by members); published ones stay as "former member"
/// or are removed, as she chose.
pub fn on_account_deleted(
    conn: &mut DbConnection,
    user_id: i64,
    keep_published: bool,
) -> Result<(), AppError> {
    let own: Vec<(i64, String)> = threads::table
        .filter(threads::author_id.eq(user_id))
        .select((threads::id, threads::status))
        .load(conn)?;
    for (id, status) in own {
        let (_, _, state) = load_state(conn, id)?;
        let published = matches!(status.as_str(), "published" | "hidden");
        if !published || !keep_published {
            if state.thread != ThreadStatus::Removed {
                remove_thread(conn, id, state)?;
            }
        } else {
            diesel::update(threads::table.find(id))
                .set(threads::show_name.eq(false))
                .execute(conn)?;
            enqueue_search_update(conn, id)?;
        }
    }
    diesel::delete(
        replies::table
            .filter(replies::author_id.eq(user_id))
            .filter(replies::status.ne("published")),
    )
    .execute(conn)?;
    if !keep_published {
        diesel::update(replies::table.filter(replies::author_id.eq(user_id)))
            .set((
                replies::status.eq("removed"),
                replies::body_markdown.eq(""),
                replies::body_html.eq(""),
            ))
            .execute(conn)?;
    }
    Ok(())
}

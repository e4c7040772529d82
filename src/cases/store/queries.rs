//! Read models: lists of published threads with their filters and cursors, a thread as its
//! reader may see it, the author's own threads and a thread's history.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use crate::accounts::sessions::Identity;
use crate::accounts::tokens::Signer;
use crate::cases::input::Period;
use crate::cases::lifecycle::{Action, ReplyStatus, State, ThreadStatus};
use crate::cases::markdown;
use crate::cases::pseudonyms::{ThreadNames, pseudonym};
use crate::cases::taxonomy::{ContextKind, CounterpartKind, CountryCode, Outcome};
use crate::cases::views::{
    AuthorLabel, CaseSummary, CaseView, MyThread, Page, Relation, ReplyView, RevisionInfo,
};
use crate::cases::{Reach, ThreadKind};
use crate::db::DbConnection;
use crate::db::schema::{replies, revisions, threads, users};
use crate::error::AppError;

use super::*;

/// Filters of the list pages and `GET /api/v1/cases`, as given in the address.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    pub kind: Option<String>,
    pub country: Option<String>,
    pub context: Option<String>,
    pub counterpart: Option<String>,
    pub outcome: Option<String>,
    /// A year; empty means any (a browser sends `year=` for the untouched field).
    #[param(value_type = Option<i32>)]
    pub year: Option<String>,
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
        let year = non_empty(&self.year).and_then(|y| {
            y.parse::<i32>()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .or_else(|| {
                    errors.push("year");
                    None
                })
        });
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
            year,
            tag: non_empty(&self.tag).and_then(|t| crate::cases::input::clean_tag(&t)),
            cursor,
        })
    }
}

pub(super) fn encode_cursor(at: NaiveDateTime, id: i64) -> String {
    format!("{}_{}", at.and_utc().timestamp_micros(), id)
}

pub(super) fn decode_cursor(raw: &str) -> Option<(NaiveDateTime, i64)> {
    let (micros, id) = raw.split_once('_')?;
    let at = chrono::DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc();
    Some((at, id.parse().ok()?))
}

/// The facets of a thread as shown.
#[derive(Default)]
pub(super) struct Facets {
    pub(super) contexts: Vec<ContextKind>,
    pub(super) counterparts: Vec<CounterpartKind>,
    pub(super) tags: Vec<String>,
}

/// Names of authors who chose to show them, for the threads given.
pub(super) fn shown_names<'r>(
    conn: &mut DbConnection,
    rows: impl IntoIterator<Item = &'r ThreadRow>,
) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = rows
        .into_iter()
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
pub(super) fn thread_author_label(
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

pub(super) fn summary(
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
        audience: row.audience(),
        advice_by: row.advice_by,
    })
}

/// Who reads a list: her id (her own threads say so) and which cohorts' threads she reaches.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    pub id: Option<i64>,
    pub reach: &'a Reach,
}

impl<'a> Reader<'a> {
    pub fn new(id: i64, reach: &'a Reach) -> Self {
        Reader {
            id: Some(id),
            reach,
        }
    }
}

/// A page of published threads, newest first, filtered; keyset-paginated.
pub fn list_published(
    conn: &mut DbConnection,
    signer: &Signer,
    filter: &ListFilter,
    reader: Reader,
    limit: i64,
) -> Result<Page<CaseSummary>, AppError> {
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
    let narrow = |mut query: threads::BoxedQuery<'static, Db>| {
        if let Some(kind) = filter.kind {
            query = query.filter(threads::kind.eq(kind.as_str()));
        }
        if let Some(country) = filter.country {
            query = query.filter(threads::country.eq(country.as_str()));
        }
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
        query
            .order((threads::published_at.desc(), threads::id.desc()))
            .limit(limit + 1)
    };
    let mut rows = published_threads(reader.reach).narrow(narrow).load(conn)?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    page_of(conn, signer, rows, more, reader.id)
}

/// The page a list shows of `rows`; `more`: there are threads after them, and the cursor is
/// the last one shown.
fn page_of(
    conn: &mut DbConnection,
    signer: &Signer,
    rows: Vec<PublishedThread>,
    more: bool,
    viewer: Option<i64>,
) -> Result<Page<CaseSummary>, AppError> {
    let next_cursor = rows
        .last()
        .filter(|_| more)
        .and_then(|r| r.published_at.map(|at| encode_cursor(at, r.id)));
    let names = shown_names(conn, rows.iter().map(|r| &**r))?;
    let items = rows
        .iter()
        .map(|row| summary(signer, row, &names, viewer))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page { items, next_cursor })
}

/// A page of a list whose ids (and order) the search index chose: read through the published
/// gate, so that a thread unpublished since it was indexed is left out. `more`: the index has
/// threads after these; the cursor is the last one shown.
pub fn summaries_in_order(
    conn: &mut DbConnection,
    signer: &Signer,
    ids: &[i64],
    more: bool,
    reader: Reader,
) -> Result<Page<CaseSummary>, AppError> {
    let found = published_among(ids, reader.reach).load(conn)?;
    let mut by_id: HashMap<i64, PublishedThread> = found.into_iter().map(|r| (r.id, r)).collect();
    let rows: Vec<PublishedThread> = ids.iter().filter_map(|id| by_id.remove(id)).collect();
    page_of(conn, signer, rows, more, reader.id)
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
        // The same gate as every list: published, and for all members or for her cohort.
        Relation::Member => {
            status == ThreadStatus::Published && Reach::of(viewer).sees(row.audience())
        }
        Relation::Author => status != ThreadStatus::Removed,
        Relation::Moderator => true,
    };
    if !visible {
        return Err(AppError::NotFound);
    }
    let names = shown_names(conn, [&row])?;
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

pub(super) fn reply_views(
    conn: &mut DbConnection,
    signer: &Signer,
    thread: &ThreadRow,
    viewer: &Identity,
    after: Option<i64>,
) -> Result<(Vec<ReplyView>, Option<i64>), AppError> {
    let mut query = replies::table
        .filter(replies::thread_id.eq(thread.id))
        .filter(
            replies::status
                .eq(ReplyStatus::Published.as_str())
                .or(replies::status
                    .eq(ReplyStatus::Pending.as_str())
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
            let own_pending = r.status == ReplyStatus::Pending.as_str();
            let is_you = r.author_id == Some(viewer.user_id);
            let own_markdown = is_you.then(|| {
                if own_pending {
                    r.original_markdown.clone()
                } else {
                    r.body_markdown.clone()
                }
            });
            ReplyView {
                id: r.id,
                author: AuthorLabel {
                    display,
                    is_you,
                    is_thread_author,
                },
                own_markdown,
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

/// A cohort's space: its published threads for a reader who reaches it, those asking for
/// advice until today or later first (soonest first), then the newest. `NotFound` for anyone
/// outside the cohort.
pub fn cohort_threads(
    conn: &mut DbConnection,
    signer: &Signer,
    reader: Reader,
    cohort_id: i64,
    today: chrono::NaiveDate,
) -> Result<Vec<CaseSummary>, AppError> {
    if !reader
        .reach
        .sees(crate::cases::ThreadAudience::Cohort(cohort_id))
    {
        return Err(AppError::NotFound);
    }
    let rows = published_threads(reader.reach)
        .narrow(|gated| {
            gated
                .filter(threads::audience_cohort_id.eq(cohort_id))
                .order((threads::published_at.desc(), threads::id.desc()))
                .limit(200)
        })
        .load(conn)?;
    let mut page = page_of(conn, signer, rows, false, reader.id)?.items;
    let asking = |c: &CaseSummary| c.advice_by.filter(|by| *by >= today);
    page.sort_by_key(|c| match asking(c) {
        Some(by) => (0, Some(by)),
        None => (1, None),
    });
    Ok(page)
}

/// The published titles of the threads among `ids` that `reach` reaches (what her
/// notifications may name).
pub fn shown_titles(
    conn: &mut DbConnection,
    ids: &[i64],
    reach: &Reach,
) -> Result<HashMap<i64, String>, AppError> {
    Ok(published_among(ids, reach)
        .query()
        .select((threads::id, threads::title))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}

//! The review queue: case studies and revisions waiting for a moderator, and held replies,
//! oldest first. A moderator claims an item before deciding on it, so that no two moderators
//! anonymise the same story at once; deciding releases the claim. A claim lapses when its
//! holder is no longer an active moderator or admin, or after [`CLAIM_HOURS`] hours, so a
//! story never waits on someone who left or forgot it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::log;
use crate::cases::lifecycle::{ReplyStatus, RevisionStatus, ThreadStatus};
use crate::db::schema::{claims, replies, revisions, threads, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// What can be claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Revision,
    Reply,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Revision => "revision",
            ItemKind::Reply => "reply",
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueItem {
    pub kind: ItemKind,
    pub thread_id: i64,
    /// For replies.
    pub reply_id: Option<i64>,
    /// The thread's published (anonymised) title, or empty while it has none. The queue never
    /// shows what the author wrote: original text is shown only on the review, where reading
    /// it is logged (`read_original`).
    pub title: String,
    /// For revisions: 1 for a new thread, more for an edit of a published one.
    pub revision: Option<i32>,
    #[schema(value_type = String)]
    pub waiting_since: NaiveDateTime,
    /// The moderator working on it, if any.
    pub claimed_by: Option<String>,
    pub claimed_by_me: bool,
}

/// How long a claim holds without a decision.
pub const CLAIM_HOURS: i64 = 24;

/// The live claim on an item: its holder's id and name.
fn claim_of(
    conn: &mut DbConnection,
    kind: ItemKind,
    id: i64,
) -> Result<Option<(i64, String)>, AppError> {
    let since = now() - chrono::Duration::hours(CLAIM_HOURS);
    Ok(claims::table
        .inner_join(users::table.on(users::id.eq(claims::moderator_id)))
        .filter(claims::item_kind.eq(kind.as_str()))
        .filter(claims::item_id.eq(id))
        .filter(claims::claimed_at.gt(since))
        .filter(users::status.eq("active"))
        .filter(users::role.eq_any(["moderator", "admin"]))
        .select((claims::moderator_id, users::name))
        .first(conn)
        .optional()?)
}

/// Everything waiting for a moderator, oldest first.
pub fn queue(conn: &mut DbConnection, moderator_id: i64) -> Result<Vec<QueueItem>, AppError> {
    let pending: Vec<(i64, i64, i32, String, Option<NaiveDateTime>)> = revisions::table
        .inner_join(threads::table)
        .filter(revisions::status.eq(RevisionStatus::Pending.as_str()))
        .filter(threads::status.ne(ThreadStatus::Removed.as_str()))
        .select((
            revisions::id,
            revisions::thread_id,
            revisions::number,
            threads::title,
            revisions::submitted_at,
        ))
        .load(conn)?;
    let held: Vec<(i64, i64, String, NaiveDateTime)> = replies::table
        .inner_join(threads::table)
        .filter(replies::status.eq(ReplyStatus::Pending.as_str()))
        .select((
            replies::id,
            replies::thread_id,
            threads::title,
            replies::created_at,
        ))
        .load(conn)?;
    let mut items = Vec::with_capacity(pending.len() + held.len());
    for (revision_id, thread_id, number, title, submitted) in pending {
        let claim = claim_of(conn, ItemKind::Revision, revision_id)?;
        items.push(QueueItem {
            kind: ItemKind::Revision,
            thread_id,
            reply_id: None,
            // A thread never published has no title on its row (create_thread sets none).
            title,
            revision: Some(number),
            waiting_since: submitted.unwrap_or_else(now),
            claimed_by_me: claim.as_ref().is_some_and(|(id, _)| *id == moderator_id),
            claimed_by: claim.map(|(_, name)| name),
        });
    }
    for (reply_id, thread_id, title, created) in held {
        let claim = claim_of(conn, ItemKind::Reply, reply_id)?;
        items.push(QueueItem {
            kind: ItemKind::Reply,
            thread_id,
            reply_id: Some(reply_id),
            title,
            revision: None,
            waiting_since: created,
            claimed_by_me: claim.as_ref().is_some_and(|(id, _)| *id == moderator_id),
            claimed_by: claim.map(|(_, name)| name),
        });
    }
    items.sort_by_key(|i| i.waiting_since);
    Ok(items)
}

/// The pending revision of a thread, or `Conflict` when nothing waits.
pub fn pending_revision(conn: &mut DbConnection, thread_id: i64) -> Result<i64, AppError> {
    let exists: i64 = threads::table.find(thread_id).count().get_result(conn)?;
    if exists == 0 {
        return Err(AppError::NotFound);
    }
    revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .filter(revisions::status.eq(RevisionStatus::Pending.as_str()))
        .select(revisions::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::conflict("refusal-nothing-waiting"))
}

/// Claims an item for `moderator_id`. Claiming one's own claim again is fine; someone
/// else's is a conflict.
pub fn claim(
    conn: &mut DbConnection,
    moderator_id: i64,
    kind: ItemKind,
    id: i64,
    thread_id: i64,
) -> Result<(), AppError> {
    conn.transaction(|conn| match claim_of(conn, kind, id)? {
        Some((holder, _)) if holder == moderator_id => Ok(()),
        Some((_, name)) => Err(AppError::Conflict(crate::error::Said::with_args(
            "refusal-claimed",
            vec![("name", name)],
        ))),
        None => {
            // A lapsed claim gives way.
            diesel::delete(
                claims::table
                    .filter(claims::item_kind.eq(kind.as_str()))
                    .filter(claims::item_id.eq(id)),
            )
            .execute(conn)?;
            diesel::insert_into(claims::table)
                .values((
                    claims::item_kind.eq(kind.as_str()),
                    claims::item_id.eq(id),
                    claims::moderator_id.eq(moderator_id),
                    claims::claimed_at.eq(now()),
                ))
                .execute(conn)?;
            let reply = (kind == ItemKind::Reply).then_some(id);
            log::record(
                conn,
                Some(moderator_id),
                "claim",
                Some(thread_id),
                reply,
                None,
            )
        }
    })
}

/// Gives an item back to the queue.
pub fn release(
    conn: &mut DbConnection,
    moderator_id: i64,
    kind: ItemKind,
    id: i64,
    thread_id: i64,
) -> Result<(), AppError> {
    let removed = diesel::delete(
        claims::table
            .filter(claims::item_kind.eq(kind.as_str()))
            .filter(claims::item_id.eq(id))
            .filter(claims::moderator_id.eq(moderator_id)),
    )
    .execute(conn)?;
    if removed == 0 {
        return Err(AppError::conflict("refusal-not-yours"));
    }
    let reply = (kind == ItemKind::Reply).then_some(id);
    log::record(
        conn,
        Some(moderator_id),
        "release",
        Some(thread_id),
        reply,
        None,
    )
}

/// Before a decision: the item must be this moderator's (claimed now if nobody holds it).
pub fn ensure_claim(
    conn: &mut DbConnection,
    moderator_id: i64,
    kind: ItemKind,
    id: i64,
    thread_id: i64,
) -> Result<(), AppError> {
    claim(conn, moderator_id, kind, id, thread_id)
}

/// After a decision the claim has done its work.
pub fn clear(conn: &mut DbConnection, kind: ItemKind, id: i64) -> Result<(), AppError> {
    diesel::delete(
        claims::table
            .filter(claims::item_kind.eq(kind.as_str()))
            .filter(claims::item_id.eq(id)),
    )
    .execute(conn)?;
    Ok(())
}

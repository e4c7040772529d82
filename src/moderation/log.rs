//! The moderation log: every decision, every change of visibility, every flag resolved, every
//! moderator read of an original. Moderators see all of it; an author sees the decisions on her
//! own threads, signed "moderators" (not by name).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{moderation_log, replies, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// Records one action. Call it inside the transaction that does the action.
pub fn record(
    conn: &mut DbConnection,
    actor: Option<i64>,
    action: &str,
    thread_id: Option<i64>,
    reply_id: Option<i64>,
    reason: Option<&str>,
) -> Result<(), AppError> {
    diesel::insert_into(moderation_log::table)
        .values((
            moderation_log::actor_id.eq(actor),
            moderation_log::action.eq(action),
            moderation_log::thread_id.eq(thread_id),
            moderation_log::reply_id.eq(reply_id),
            moderation_log::reason.eq(reason),
            moderation_log::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LogEntry {
    pub id: i64,
    /// The moderator's name for moderators; "moderators" for authors; "system" for automatic
    /// actions.
    pub actor: String,
    pub action: String,
    pub thread_id: Option<i64>,
    pub reply_id: Option<i64>,
    pub reason: Option<String>,
    #[schema(value_type = String)]
    pub at: NaiveDateTime,
}

type Row = (
    i64,
    Option<i64>,
    String,
    Option<i64>,
    Option<i64>,
    Option<String>,
    NaiveDateTime,
    Option<String>,
);

fn entries(rows: Vec<Row>, name_actors: bool) -> Vec<LogEntry> {
    rows.into_iter()
        .map(
            |(id, actor_id, action, thread_id, reply_id, reason, at, name)| LogEntry {
                id,
                actor: match (actor_id, name_actors) {
                    (None, _) => "system".into(),
                    (Some(_), true) => name.unwrap_or_else(|| "former moderator".into()),
                    (Some(_), false) => "moderators".into(),
                },
                action,
                thread_id,
                reply_id,
                reason,
                at,
            },
        )
        .collect()
}

/// The newest entries first, for moderators.
pub fn recent(
    conn: &mut DbConnection,
    limit: i64,
    before: Option<i64>,
) -> Result<Vec<LogEntry>, AppError> {
    let mut query = moderation_log::table
        .left_join(users::table.on(users::id.nullable().eq(moderation_log::actor_id)))
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(moderation_log::id.lt(before));
    }
    let rows: Vec<Row> = query
        .order(moderation_log::id.desc())
        .limit(limit)
        .select((
            moderation_log::id,
            moderation_log::actor_id,
            moderation_log::action,
            moderation_log::thread_id,
            moderation_log::reply_id,
            moderation_log::reason,
            moderation_log::created_at,
            users::name.nullable(),
        ))
        .load(conn)?;
    Ok(entries(rows, true))
}

/// Decisions on one thread. For moderators, everything with names; for anyone else (the
/// thread's author), no reads, no moderator names, and of the decisions on replies only those
/// on her own: whether another member's reply was held, and why it was refused, is between
/// that member and the moderators.
pub fn decisions_on(
    conn: &mut DbConnection,
    thread_id: i64,
    for_moderator: bool,
    viewer_id: i64,
) -> Result<Vec<LogEntry>, AppError> {
    let mut query = moderation_log::table
        .left_join(users::table.on(users::id.nullable().eq(moderation_log::actor_id)))
        .filter(moderation_log::thread_id.eq(thread_id))
        .into_boxed();
    if !for_moderator {
        let own_replies = replies::table
            .filter(replies::author_id.eq(viewer_id))
            .select(replies::id.nullable());
        query = query
            .filter(moderation_log::action.ne("read_original"))
            .filter(moderation_log::action.ne("claim"))
            .filter(moderation_log::action.ne("release"))
            .filter(
                moderation_log::reply_id
                    .is_null()
                    .or(moderation_log::reply_id.eq_any(own_replies)),
            );
    }
    let rows: Vec<Row> = query
        .order(moderation_log::id.asc())
        .select((
            moderation_log::id,
            moderation_log::actor_id,
            moderation_log::action,
            moderation_log::thread_id,
            moderation_log::reply_id,
            moderation_log::reason,
            moderation_log::created_at,
            users::name.nullable(),
        ))
        .load(conn)?;
    Ok(entries(rows, for_moderator))
}

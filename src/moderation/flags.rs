//! Flags: a member reports a published post with a reason code and a note. A flag never copies
//! the post's text (a reference only), so the report itself leaks nothing. Open flags from
//! `moderation.flag_threshold` different members hide the post until a moderator reviews it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::log;
use crate::cases::lifecycle::{Action, ReplyStatus, ThreadStatus};
use crate::cases::store::{check, load_state};
use crate::db::schema::{flags, replies, threads};
use crate::db::{DbConnection, now};
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    IdentifiesSomeone,
    Harmful,
    OffTopic,
    Other,
}

impl FlagReason {
    pub fn as_str(self) -> &'static str {
        match self {
            FlagReason::IdentifiesSomeone => "identifies_someone",
            FlagReason::Harmful => "harmful",
            FlagReason::OffTopic => "off_topic",
            FlagReason::Other => "other",
        }
    }
}

/// What flagging did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Flagged {
    pub id: i64,
    /// True when this flag reached the threshold and the post is now hidden.
    pub hidden: bool,
}

/// Flags a published thread (or one of its published replies).
pub fn flag(
    conn: &mut DbConnection,
    reporter: i64,
    thread_id: i64,
    reply_id: Option<i64>,
    reason: FlagReason,
    note: &str,
    threshold: i64,
) -> Result<Flagged, AppError> {
    let note: String = note.trim().chars().take(1000).collect();
    conn.transaction(|conn| {
        let status: Option<String> = threads::table
            .find(thread_id)
            .select(threads::status)
            .first(conn)
            .optional()?;
        if status.as_deref() != Some(ThreadStatus::Published.as_str()) {
            return Err(AppError::NotFound);
        }
        crate::cases::store::ensure_reached(conn, thread_id, reporter)?;
        if let Some(reply) = reply_id {
            let ok: i64 = replies::table
                .filter(replies::id.eq(reply))
                .filter(replies::thread_id.eq(thread_id))
                .filter(replies::status.eq(ReplyStatus::Published.as_str()))
                .count()
                .get_result(conn)?;
            if ok == 0 {
                return Err(AppError::NotFound);
            }
        }
        let target = flags::table
            .filter(flags::thread_id.eq(thread_id))
            .filter(flags::status.eq("open"))
            .into_boxed();
        let target = match reply_id {
            Some(r) => target.filter(flags::reply_id.eq(r)),
            None => target.filter(flags::reply_id.is_null()),
        };
        let mine: i64 = target
            .filter(flags::reporter_id.eq(reporter))
            .count()
            .get_result(conn)?;
        if mine > 0 {
            return Err(AppError::conflict("refusal-flagged-already"));
        }
        let id: i64 = diesel::insert_into(flags::table)
            .values((
                flags::thread_id.eq(thread_id),
                flags::reply_id.eq(reply_id),
                flags::reporter_id.eq(Some(reporter)),
                flags::reason.eq(reason.as_str()),
                flags::note.eq(&note),
                flags::created_at.eq(now()),
            ))
            .returning(flags::id)
            .get_result(conn)?;
        let reporters: Vec<Option<i64>> = {
            let q = flags::table
                .filter(flags::thread_id.eq(thread_id))
                .filter(flags::status.eq("open"))
                .into_boxed();
            let q = match reply_id {
                Some(r) => q.filter(flags::reply_id.eq(r)),
                None => q.filter(flags::reply_id.is_null()),
            };
            q.select(flags::reporter_id).distinct().load(conn)?
        };
        let hidden = reporters.len() as i64 >= threshold.max(1);
        if hidden {
            match reply_id {
                Some(r) => crate::cases::store::hide_flagged_reply(conn, thread_id, r)?,
                None => {
                    let (_, _, state) = load_state(conn, thread_id)?;
                    let next = check(state, Action::Hide)?;
                    crate::cases::store::set_visibility(conn, thread_id, next)?;
                }
            }
            log::record(
                conn,
                None,
                "auto_hide",
                Some(thread_id),
                reply_id,
                Some("flag threshold reached"),
            )?;
        }
        Ok(Flagged { id, hidden })
    })
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema, Queryable)]
pub struct FlagView {
    pub id: i64,
    pub thread_id: i64,
    pub reply_id: Option<i64>,
    pub reason: String,
    pub note: String,
    pub status: String,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
}

/// Open flags, oldest first (moderators). The reporter is not shown.
pub fn open_flags(conn: &mut DbConnection) -> Result<Vec<FlagView>, AppError> {
    Ok(flags::table
        .filter(flags::status.eq("open"))
        .order(flags::created_at.asc())
        .select((
            flags::id,
            flags::thread_id,
            flags::reply_id,
            flags::reason,
            flags::note,
            flags::status,
            flags::created_at,
        ))
        .load(conn)?)
}

/// Closes a flag: `resolved` (acted on) or `dismissed` (nothing wrong). Dismissing every open
/// flag of a post hidden by flags shows it again.
pub fn close(
    conn: &mut DbConnection,
    moderator_id: i64,
    flag_id: i64,
    dismissed: bool,
) -> Result<(), AppError> {
    conn.transaction(|conn| {
        let (thread_id, reply_id, status): (i64, Option<i64>, String) = flags::table
            .find(flag_id)
            .select((flags::thread_id, flags::reply_id, flags::status))
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        if status != "open" {
            return Err(AppError::conflict("refusal-flag-closed"));
        }
        let outcome = if dismissed { "dismissed" } else { "resolved" };
        diesel::update(flags::table.find(flag_id))
            .set((
                flags::status.eq(outcome),
                flags::resolved_at.eq(Some(now())),
                flags::resolved_by.eq(Some(moderator_id)),
            ))
            .execute(conn)?;
        log::record(
            conn,
            Some(moderator_id),
            &format!("flag_{outcome}"),
            Some(thread_id),
            reply_id,
            None,
        )?;
        Ok(())
    })
}

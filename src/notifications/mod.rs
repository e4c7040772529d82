//! Notifications (issue 23; docs/cohorts.md): an author hears back without coming to look.
//!
//! Kinds: a reply to her thread (`reply`), her submission published / sent back for changes /
//! rejected (`published`, `changes_requested`, `rejected`), her held reply decided
//! (`reply_decided`), a new thread in one of her cohorts (`cohort_thread`).
//!
//! Decisions, and why:
//! - A notification row holds a kind and a thread id, never text. What the list shows of the
//!   thread is read when she looks, through the published gate with her reach: the published
//!   title, or a neutral reference ("case study no. 12") for a thread she may not read (her
//!   own, not yet published; one of a cohort she has left).
//! - By mail, per kind, as she chose on her account page (`users.notify_by_mail`; by default
//!   only decisions on her own submissions). The mail names no title and carries no story
//!   text: a neutral reference and a link. A decision on a case study comes by the decision
//!   mail (with the moderators' reason) when she wants that kind by mail; the other kinds go
//!   through the notification mail worker, which sends rows marked `mail_pending`.
//! - Rows are written in the transaction of what caused them: a reply that is rolled back
//!   leaves no notification behind.

pub mod mail;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{cohort_members, notifications, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Reply,
    Published,
    ChangesRequested,
    Rejected,
    ReplyDecided,
    CohortThread,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Reply,
        Kind::Published,
        Kind::ChangesRequested,
        Kind::Rejected,
        Kind::ReplyDecided,
        Kind::CohortThread,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reply => "reply",
            Kind::Published => "published",
            Kind::ChangesRequested => "changes_requested",
            Kind::Rejected => "rejected",
            Kind::ReplyDecided => "reply_decided",
            Kind::CohortThread => "cohort_thread",
        }
    }

    pub fn parse(raw: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// A decision on a case study or discussion she submitted: mailed by the decision mail.
    pub fn is_decision(self) -> bool {
        matches!(
            self,
            Kind::Published | Kind::ChangesRequested | Kind::Rejected
        )
    }
}

/// The kinds she wants by mail.
pub fn mailed_kinds(raw: &str) -> Vec<Kind> {
    raw.split(',')
        .filter_map(|k| Kind::parse(k.trim()))
        .collect()
}

fn wants_mail(conn: &mut DbConnection, user_id: i64, kind: Kind) -> Result<bool, AppError> {
    let chosen: Option<String> = users::table
        .find(user_id)
        .select(users::notify_by_mail)
        .first(conn)
        .optional()?;
    Ok(chosen.is_some_and(|c| mailed_kinds(&c).contains(&kind)))
}

/// Tells `recipients` that `kind` happened on `thread_id`. Decisions are mailed by the
/// decision mail, so their rows are never marked for the notification mail.
pub fn notify(
    conn: &mut DbConnection,
    recipients: &[i64],
    kind: Kind,
    thread_id: i64,
) -> Result<(), AppError> {
    let at = now();
    for &user_id in recipients {
        let mail_pending = !kind.is_decision() && wants_mail(conn, user_id, kind)?;
        diesel::insert_into(notifications::table)
            .values((
                notifications::user_id.eq(user_id),
                notifications::kind.eq(kind.as_str()),
                notifications::thread_id.eq(Some(thread_id)),
                notifications::created_at.eq(at),
                notifications::mail_pending.eq(mail_pending),
            ))
            .execute(conn)?;
    }
    if !recipients.is_empty() {
        // Her unread count is part of who she is on every page (read with her session).
        crate::accounts::sessions::sessions_changed();
    }
    Ok(())
}

/// A new thread in cohort `cohort_id`: every member but its author hears of it.
pub fn notify_cohort(
    conn: &mut DbConnection,
    cohort_id: i64,
    author_id: Option<i64>,
    thread_id: i64,
) -> Result<(), AppError> {
    let members: Vec<i64> = cohort_members::table
        .filter(cohort_members::cohort_id.eq(cohort_id))
        .select(cohort_members::user_id)
        .load(conn)?;
    let others: Vec<i64> = members
        .into_iter()
        .filter(|m| Some(*m) != author_id)
        .collect();
    notify(conn, &others, Kind::CohortThread, thread_id)
}

/// One notification as she sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Item {
    pub id: i64,
    pub kind: Kind,
    pub thread_id: Option<i64>,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
    pub read: bool,
}

/// Her notifications, newest first, and how many are unread.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Inbox {
    pub items: Vec<Item>,
    pub unread: i64,
}

/// A stored notification: id, kind, thread, when, read when.
type Row = (
    i64,
    String,
    Option<i64>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// Her newest notifications (at most `limit`).
pub fn inbox(conn: &mut DbConnection, user_id: i64, limit: i64) -> Result<Inbox, AppError> {
    let rows: Vec<Row> = notifications::table
        .filter(notifications::user_id.eq(user_id))
        .order(notifications::id.desc())
        .limit(limit)
        .select((
            notifications::id,
            notifications::kind,
            notifications::thread_id,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    let items = rows
        .into_iter()
        .filter_map(|(id, kind, thread_id, created_at, read_at)| {
            Some(Item {
                id,
                kind: Kind::parse(&kind)?,
                thread_id,
                created_at,
                read: read_at.is_some(),
            })
        })
        .collect();
    Ok(Inbox {
        items,
        unread: unread(conn, user_id)?,
    })
}

/// How many of her notifications are unread.
pub fn unread(conn: &mut DbConnection, user_id: i64) -> Result<i64, AppError> {
    Ok(notifications::table
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Which of hers to mark read.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct MarkRead {
    #[serde(default)]
    pub ids: Vec<i64>,
    #[serde(default)]
    pub all: bool,
}

/// Marks her notifications read (others' ids are ignored); returns how many are still unread.
pub fn mark_read(conn: &mut DbConnection, user_id: i64, which: &MarkRead) -> Result<i64, AppError> {
    let mine = notifications::table
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null());
    if which.all {
        diesel::update(mine)
            .set(notifications::read_at.eq(Some(now())))
            .execute(conn)?;
    } else if !which.ids.is_empty() {
        diesel::update(mine.filter(notifications::id.eq_any(&which.ids)))
            .set(notifications::read_at.eq(Some(now())))
            .execute(conn)?;
    }
    crate::accounts::sessions::sessions_changed();
    unread(conn, user_id)
}

/// Marks read her notifications about `thread_id` (she opened it).
pub fn read_thread(conn: &mut DbConnection, user_id: i64, thread_id: i64) -> Result<(), AppError> {
    let changed = diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(user_id))
            .filter(notifications::thread_id.eq(Some(thread_id)))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(Some(now())))
    .execute(conn)?;
    if changed > 0 {
        crate::accounts::sessions::sessions_changed();
    }
    Ok(())
}

/// The kinds she wants by mail.
pub fn mail_choices(conn: &mut DbConnection, user_id: i64) -> Result<Vec<Kind>, AppError> {
    let raw: String = users::table
        .find(user_id)
        .select(users::notify_by_mail)
        .first(conn)?;
    Ok(mailed_kinds(&raw))
}

/// Sets the kinds she wants by mail.
pub fn set_mail_choices(
    conn: &mut DbConnection,
    user_id: i64,
    kinds: &[Kind],
) -> Result<(), AppError> {
    let raw = Kind::ALL
        .into_iter()
        .filter(|k| kinds.contains(k))
        .map(Kind::as_str)
        .collect::<Vec<_>>()
        .join(",");
    diesel::update(users::table.find(user_id))
        .set(users::notify_by_mail.eq(raw))
        .execute(conn)?;
    Ok(())
}

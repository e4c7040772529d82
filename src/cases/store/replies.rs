//! Replies: the cheap checks a reply passes before anything reads it, and writing it (held for
//! a moderator or published).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::cases::lifecycle::{Action, ReplyStatus, ThreadStatus};
use crate::cases::markdown;
use crate::db::schema::{replies, threads, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::notifications::{self, Kind};

use super::*;

/// Whether a new reply waits for a moderator (`moderation.hold_replies`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyGate {
    Hold,
    Publish,
    /// Published unless a reply of hers since then was held: decided inside the reply's
    /// transaction, after her earlier replies are written (see [`add_reply`]).
    PublishUnlessHeldSince(NaiveDateTime),
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
        one_gated_write_at_a_time(conn, author_id, gate)?;
        may_reply(conn, thread_id, author_id)?;
        let hold = holds(conn, author_id, gate)?;
        let at = now();
        let (status, published_body, html, published_at, purged_at) = match hold {
            true => (
                ReplyStatus::Pending.as_str(),
                String::new(),
                String::new(),
                None,
                None,
            ),
            false => (
                ReplyStatus::Published.as_str(),
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
                replies::original_markdown.eq(if hold { body } else { "" }),
                replies::body_markdown.eq(&published_body),
                replies::body_html.eq(&html),
                replies::created_at.eq(at),
                replies::published_at.eq(published_at),
                replies::purged_at.eq(purged_at),
            ))
            .returning(replies::id)
            .get_result(conn)?;
        if !hold {
            count_published_reply(conn, thread_id)?;
            notify_thread_author(conn, thread_id, Some(author_id))?;
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

/// One gated reply of hers at a time, from here to the commit: a write to her own row (first,
/// so that SQLite takes its write lock before reading) waits for any other transaction
/// holding it — a row lock on PostgreSQL, the write lock on SQLite. A hold made by a reply sent
/// a moment earlier is then seen by [`holds`], and many replies sent at once learn no more than
/// one would (issue 18, finding 5). The row is not changed.
fn one_gated_write_at_a_time(
    conn: &mut DbConnection,
    author_id: i64,
    gate: ReplyGate,
) -> Result<(), AppError> {
    if gate != ReplyGate::Publish {
        diesel::update(users::table.find(author_id))
            .set(users::locale.eq(users::locale))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether the gate holds her reply for a moderator, decided inside its transaction.
fn holds(conn: &mut DbConnection, author_id: i64, gate: ReplyGate) -> Result<bool, AppError> {
    Ok(match gate {
        ReplyGate::Hold => true,
        ReplyGate::Publish => false,
        ReplyGate::PublishUnlessHeldSince(since) => reply_held_since(conn, author_id, since)?,
    })
}

/// Whether the thread takes replies now (published, not locked); `NotFound` otherwise.
pub fn may_reply(conn: &mut DbConnection, thread_id: i64, author_id: i64) -> Result<(), AppError> {
    let (_, _, state) = load_state(conn, thread_id)?;
    if state.thread != ThreadStatus::Published {
        return Err(AppError::NotFound);
    }
    ensure_reached(conn, thread_id, author_id)?;
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
                .eq(ReplyStatus::Pending.as_str())
                .or(replies::decided_by.is_not_null()),
        )
        .count()
        .get_result(conn)?;
    Ok(held > 0)
}

/// A reply waiting for a moderator; anything else is a conflict (decided meanwhile).
pub fn pending_reply(conn: &mut DbConnection, reply_id: i64) -> Result<ReplyRow, AppError> {
    let reply: ReplyRow = replies::table
        .find(reply_id)
        .select(ReplyRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if reply.status()? != ReplyStatus::Pending {
        return Err(AppError::conflict("refusal-reply-not-waiting"));
    }
    Ok(reply)
}

/// Publishes a held reply in the moderator's (anonymised) words; its original is purged. The
/// moderation rules around it (the claim, the log) are the caller's.
pub fn publish_held_reply(
    conn: &mut DbConnection,
    reply: &ReplyRow,
    body: &str,
    moderator_id: i64,
) -> Result<(), AppError> {
    let at = now();
    diesel::update(replies::table.find(reply.id))
        .set((
            replies::status.eq(ReplyStatus::Published.as_str()),
            replies::body_markdown.eq(body),
            replies::body_html.eq(markdown::render(body)),
            replies::original_markdown.eq(""),
            replies::purged_at.eq(Some(at)),
            replies::published_at.eq(Some(at)),
            replies::decided_by.eq(Some(moderator_id)),
        ))
        .execute(conn)?;
    count_published_reply(conn, reply.thread_id)?;
    notify_replier(conn, reply)?;
    notify_thread_author(conn, reply.thread_id, reply.author_id)
}

/// A held reply was decided: its author hears of it — if she may still see the thread (a
/// member who left the cohort since does not learn that its thread is alive).
fn notify_replier(conn: &mut DbConnection, reply: &ReplyRow) -> Result<(), AppError> {
    match reply.author_id {
        Some(replier) if ensure_reached(conn, reply.thread_id, replier).is_ok() => {
            notifications::notify(conn, &[replier], Kind::ReplyDecided, reply.thread_id)
        }
        _ => Ok(()),
    }
}

/// A published reply: the thread's author hears of it, unless she wrote it.
fn notify_thread_author(
    conn: &mut DbConnection,
    thread_id: i64,
    replier: Option<i64>,
) -> Result<(), AppError> {
    let author: Option<i64> = threads::table
        .find(thread_id)
        .select(threads::author_id)
        .first(conn)?;
    match author {
        Some(author) if Some(author) != replier => {
            notifications::notify(conn, &[author], Kind::Reply, thread_id)
        }
        _ => Ok(()),
    }
}

/// Refuses a held reply: its text is deleted, the reason kept for her.
pub fn reject_held_reply(
    conn: &mut DbConnection,
    reply: &ReplyRow,
    reason: &str,
    moderator_id: i64,
) -> Result<(), AppError> {
    notify_replier(conn, reply)?;
    diesel::update(replies::table.find(reply.id))
        .set((
            replies::status.eq(ReplyStatus::Rejected.as_str()),
            replies::original_markdown.eq(""),
            replies::purged_at.eq(Some(now())),
            replies::reason.eq(Some(reason)),
            replies::decided_by.eq(Some(moderator_id)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Hides a published reply that members flagged; the thread counts one reply fewer.
pub fn hide_flagged_reply(
    conn: &mut DbConnection,
    thread_id: i64,
    reply_id: i64,
) -> Result<(), AppError> {
    diesel::update(replies::table.find(reply_id))
        .set(replies::status.eq(ReplyStatus::Hidden.as_str()))
        .execute(conn)?;
    uncount_published_reply(conn, thread_id)
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

/// Her own reply, to change or withdraw: `NotFound` for anyone else's (its existence is not
/// hers to learn).
fn own_reply(conn: &mut DbConnection, author_id: i64, reply_id: i64) -> Result<ReplyRow, AppError> {
    replies::table
        .find(reply_id)
        .filter(replies::author_id.eq(author_id))
        .select(ReplyRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Changes her own reply. A published reply's new words pass the same gate as a new reply:
/// held, the reply leaves the page until a moderator decides (she may be taking a name out;
/// the old words are not shown meanwhile, the new ones not before a moderator reads them). A
/// reply still waiting keeps waiting, in its new words. A rejected or hidden reply is not
/// hers to change (409). Returns the thread and the reply's status afterwards.
pub fn edit_own_reply(
    conn: &mut DbConnection,
    author_id: i64,
    reply_id: i64,
    body_markdown: &str,
    gate: ReplyGate,
) -> Result<(i64, &'static str), AppError> {
    let body = check_reply_text(body_markdown)?;
    conn.transaction(|conn| {
        one_gated_write_at_a_time(conn, author_id, gate)?;
        let reply = own_reply(conn, author_id, reply_id)?;
        let status = reply.status()?;
        if !matches!(status, ReplyStatus::Published | ReplyStatus::Pending) {
            return Err(AppError::conflict("refusal-reply-not-editable"));
        }
        may_reply(conn, reply.thread_id, author_id)?;
        let hold = status == ReplyStatus::Pending || holds(conn, author_id, gate)?;
        // Only if it still stands where it was read (a moderator's decision or a flag may have
        // moved it meanwhile): otherwise the count and the decision would be undone.
        let target = diesel::update(
            replies::table
                .find(reply_id)
                .filter(replies::status.eq(status.as_str())),
        );
        let changed = if hold {
            // Written now: the hold it starts counts from now ([`reply_held_since`]), however
            // old the reply it changes.
            target
                .set((
                    replies::status.eq(ReplyStatus::Pending.as_str()),
                    replies::original_markdown.eq(body),
                    replies::body_markdown.eq(""),
                    replies::body_html.eq(""),
                    replies::created_at.eq(now()),
                    replies::published_at.eq(None::<NaiveDateTime>),
                    replies::purged_at.eq(None::<NaiveDateTime>),
                    replies::decided_by.eq(None::<i64>),
                ))
                .execute(conn)?
        } else {
            target
                .set((
                    replies::body_markdown.eq(body),
                    replies::body_html.eq(markdown::render(body)),
                ))
                .execute(conn)?
        };
        if changed != 1 {
            return Err(AppError::conflict("refusal-reply-not-editable"));
        }
        if hold && status == ReplyStatus::Published {
            uncount_published_reply(conn, reply.thread_id)?;
        }
        let after = if hold {
            ReplyStatus::Pending
        } else {
            ReplyStatus::Published
        };
        Ok((reply.thread_id, after.as_str()))
    })
}

/// Withdraws her own reply, whatever the thread's state (locked, hidden, a cohort she left):
/// her words leave the page and the database; the reply stays as "removed" so that the names
/// of the other repliers do not move. A reply members flagged (hidden) waits for a moderator
/// first (409). Returns the thread.
pub fn delete_own_reply(
    conn: &mut DbConnection,
    author_id: i64,
    reply_id: i64,
) -> Result<i64, AppError> {
    conn.transaction(|conn| {
        let reply = own_reply(conn, author_id, reply_id)?;
        let status = reply.status()?;
        match status {
            ReplyStatus::Removed | ReplyStatus::Rejected => return Err(AppError::NotFound),
            // Members flagged it: it waits for a moderator's look, not to vanish first.
            ReplyStatus::Hidden => return Err(AppError::conflict("refusal-reply-not-editable")),
            ReplyStatus::Pending | ReplyStatus::Published => {}
        }
        // A held reply withdrawn keeps its hold on record (decided, by her): withdrawing must
        // not erase the hold that [`reply_held_since`] counts, or a probe of the deny-list
        // could be sent, seen held, withdrawn and sent again.
        let decided_by = match status {
            ReplyStatus::Pending => Some(author_id),
            _ => reply.decided_by,
        };
        let changed = diesel::update(
            replies::table
                .find(reply_id)
                .filter(replies::status.eq(status.as_str())),
        )
        .set((
            replies::status.eq(ReplyStatus::Removed.as_str()),
            replies::original_markdown.eq(""),
            replies::body_markdown.eq(""),
            replies::body_html.eq(""),
            replies::purged_at.eq(Some(now())),
            replies::decided_by.eq(decided_by),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(AppError::conflict("refusal-reply-not-editable"));
        }
        if status == ReplyStatus::Published {
            uncount_published_reply(conn, reply.thread_id)?;
        }
        Ok(reply.thread_id)
    })
}

fn uncount_published_reply(conn: &mut DbConnection, thread_id: i64) -> Result<(), AppError> {
    diesel::update(threads::table.find(thread_id))
        .set(threads::reply_count.eq(threads::reply_count - 1))
        .execute(conn)?;
    Ok(())
}

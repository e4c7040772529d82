//! A moderator's decisions on threads and replies. Each runs in one transaction with its
//! search-outbox row.

use diesel::prelude::*;
use serde::Deserialize;

use super::detector::Kind;
use super::detector::deny::DenyKey;
use super::log;
use super::queue::{self, ItemKind};
use super::review::confirm_terms;
use crate::cases::input::{MAX_TAGS, Metadata, clean_tag};
use crate::cases::lifecycle::{Action, ThreadStatus};
use crate::cases::store::{self, check, load_state};
use crate::db::schema::approvals;
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::notifications;

/// The anonymised version a moderator publishes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize, utoipa::ToSchema)]
pub struct Publication {
    pub title: String,
    pub body_markdown: String,
    #[serde(default)]
    pub lessons: String,
    /// The tags members will see. The author's tags are never published by themselves (a
    /// tag can name someone): absent or empty, the case is published without tags.
    pub tags: Option<Vec<String>>,
    /// A note for the moderation log.
    pub note: Option<String>,
    /// Terms the moderator confirmed as identifying: the detector will find them in every
    /// later text.
    #[serde(default)]
    pub confirmed_terms: Vec<ConfirmedTerm>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize, utoipa::ToSchema)]
pub struct ConfirmedTerm {
    pub text: String,
    pub kind: Kind,
}

/// How originals are kept and who must agree, from `[retention]` and `[moderation]`, and the
/// key confirmed terms are fingerprinted with.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub days_after_publish: i64,
    /// A second moderator must approve (`moderation.four_eyes`).
    pub four_eyes: bool,
    pub deny_key: DenyKey,
}

/// What a publish request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublishOutcome {
    Published,
    /// Four-eyes mode: this version waits for another moderator's approval.
    AwaitingSecondApproval,
}

/// Publishes the anonymised version of the pending revision: it becomes what members see,
/// with the revision's structure (country, contexts…); the original is purged now when
/// retention is 0 days.
pub fn publish(
    conn: &mut DbConnection,
    moderator_id: i64,
    thread_id: i64,
    publication: &Publication,
    retention: Policy,
) -> Result<PublishOutcome, AppError> {
    let title = publication.title.trim();
    if title.is_empty() {
        return Err(AppError::invalid_key("title", "error-required"));
    }
    if publication.body_markdown.trim().is_empty() {
        return Err(AppError::invalid_key("body_markdown", "error-required"));
    }
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        let next = check(state, Action::Publish)?;
        queue::ensure_claim(
            conn,
            moderator_id,
            ItemKind::Revision,
            revision.id,
            thread_id,
        )?;
        let publication = if retention.four_eyes {
            let first: Option<(i64, String)> = approvals::table
                .find(revision.id)
                .select((approvals::moderator_id, approvals::publication))
                .first(conn)
                .optional()?;
            let stored: Option<Publication> = first
                .as_ref()
                .and_then(|(_, json)| serde_json::from_str(json).ok());
            match first {
                Some((approver, _))
                    if approver != moderator_id && stored.as_ref() == Some(publication) =>
                {
                    stored.expect("checked above")
                }
                Some((approver, _)) if approver == moderator_id => {
                    return Err(AppError::conflict("refusal-four-eyes"));
                }
                _ => {
                    diesel::delete(approvals::table.find(revision.id)).execute(conn)?;
                    diesel::insert_into(approvals::table)
                        .values((
                            approvals::revision_id.eq(revision.id),
                            approvals::moderator_id.eq(moderator_id),
                            approvals::publication
                                .eq(serde_json::to_string(publication)
                                    .map_err(AppError::internal)?),
                            approvals::approved_at.eq(now()),
                        ))
                        .execute(conn)?;
                    // The item goes back to the queue for a second pair of eyes.
                    queue::clear(conn, ItemKind::Revision, revision.id)?;
                    log::record(
                        conn,
                        Some(moderator_id),
                        "approve",
                        Some(thread_id),
                        None,
                        publication.note.as_deref(),
                    )?;
                    return Ok(PublishOutcome::AwaitingSecondApproval);
                }
            }
        } else {
            publication.clone()
        };
        let publication = &publication;
        let mut metadata: Metadata = revision.metadata()?;
        metadata.tags = publication
            .tags
            .iter()
            .flatten()
            .filter_map(|t| clean_tag(t))
            .fold(Vec::new(), |mut tags, tag| {
                if !tags.contains(&tag) && tags.len() < MAX_TAGS {
                    tags.push(tag);
                }
                tags
            });
        store::publish_revision(
            conn,
            store::Publishing {
                thread_id,
                revision_id: revision.id,
                moderator_id,
                status: next.thread,
                first_published_at: thread.published_at,
                title,
                lessons: publication.lessons.trim(),
                body_markdown: publication.body_markdown.trim(),
                metadata: &metadata,
            },
        )?;
        if retention.days_after_publish <= 0 {
            store::purge_revisions(conn, thread_id)?;
        }
        let confirmed: Vec<(String, Kind)> = publication
            .confirmed_terms
            .iter()
            .map(|t| (t.text.clone(), t.kind))
            .collect();
        confirm_terms(conn, retention.deny_key, moderator_id, &confirmed)?;
        diesel::delete(approvals::table.find(revision.id)).execute(conn)?;
        queue::clear(conn, ItemKind::Revision, revision.id)?;
        if let Some(author) = thread.author_id {
            notifications::notify(conn, &[author], notifications::Kind::Published, thread_id)?;
        }
        // A cohort's new thread: its members hear of it once, when it is first published.
        if thread.published_at.is_none()
            && let Some(cohort) = thread.audience_cohort_id
        {
            notifications::notify_cohort(conn, cohort, thread.author_id, thread_id)?;
        }
        log::record(
            conn,
            Some(moderator_id),
            "publish",
            Some(thread_id),
            None,
            publication.note.as_deref(),
        )?;
        Ok(PublishOutcome::Published)
    })
}

fn clean_reason(reason: &str) -> Result<String, AppError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::invalid_key("reason", "error-required"));
    }
    if reason.chars().count() > 2000 {
        return Err(AppError::invalid_key("reason", "error-lessons-long"));
    }
    Ok(reason.to_string())
}

/// Sends the pending revision back to its author with a reason.
pub fn request_changes(
    conn: &mut DbConnection,
    moderator_id: i64,
    thread_id: i64,
    reason: &str,
) -> Result<ThreadStatus, AppError> {
    decide(
        conn,
        moderator_id,
        thread_id,
        Action::RequestChanges,
        &clean_reason(reason)?,
    )
}

/// Refuses the pending revision, with a reason. A never-published thread ends here.
pub fn reject(
    conn: &mut DbConnection,
    moderator_id: i64,
    thread_id: i64,
    reason: &str,
) -> Result<ThreadStatus, AppError> {
    decide(
        conn,
        moderator_id,
        thread_id,
        Action::Reject,
        &clean_reason(reason)?,
    )
}

fn decide(
    conn: &mut DbConnection,
    moderator_id: i64,
    thread_id: i64,
    action: Action,
    reason: &str,
) -> Result<ThreadStatus, AppError> {
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        let next = check(state, action)?;
        queue::ensure_claim(
            conn,
            moderator_id,
            ItemKind::Revision,
            revision.id,
            thread_id,
        )?;
        store::send_back(conn, thread_id, revision.id, next, moderator_id, reason)?;
        if let Some(author) = thread.author_id {
            let kind = if action == Action::Reject {
                notifications::Kind::Rejected
            } else {
                notifications::Kind::ChangesRequested
            };
            notifications::notify(conn, &[author], kind, thread_id)?;
        }
        let name = if action == Action::Reject {
            "reject"
        } else {
            "request_changes"
        };
        log::record(
            conn,
            Some(moderator_id),
            name,
            Some(thread_id),
            None,
            Some(reason),
        )?;
        Ok(next.thread)
    })
}

/// Hide / show again / lock / unlock a published thread.
pub fn set_visibility(
    conn: &mut DbConnection,
    moderator_id: i64,
    thread_id: i64,
    action: Action,
) -> Result<ThreadStatus, AppError> {
    if !matches!(
        action,
        Action::Hide | Action::Unhide | Action::Lock | Action::Unlock
    ) {
        return Err(AppError::internal(anyhow::anyhow!(
            "not a visibility action: {action:?}"
        )));
    }
    conn.transaction(|conn| {
        let (_, _, state) = load_state(conn, thread_id)?;
        let next = check(state, action)?;
        store::set_visibility(conn, thread_id, next)?;
        let name = match action {
            Action::Hide => "hide",
            Action::Unhide => "unhide",
            Action::Lock => "lock",
            _ => "unlock",
        };
        log::record(conn, Some(moderator_id), name, Some(thread_id), None, None)?;
        Ok(next.thread)
    })
}

/// Publishes a held reply in the moderator's (anonymised) words; its original is purged.
pub fn publish_reply(
    conn: &mut DbConnection,
    moderator_id: i64,
    reply_id: i64,
    body_markdown: &str,
) -> Result<(), AppError> {
    let body = body_markdown.trim();
    if body.is_empty() {
        return Err(AppError::invalid_key("body_markdown", "error-required"));
    }
    conn.transaction(|conn| {
        let reply = store::pending_reply(conn, reply_id)?;
        queue::ensure_claim(
            conn,
            moderator_id,
            ItemKind::Reply,
            reply_id,
            reply.thread_id,
        )?;
        store::publish_held_reply(conn, &reply, body, moderator_id)?;
        queue::clear(conn, ItemKind::Reply, reply_id)?;
        log::record(
            conn,
            Some(moderator_id),
            "publish_reply",
            Some(reply.thread_id),
            Some(reply_id),
            None,
        )?;
        Ok(())
    })
}

/// Refuses a held reply; its text is deleted.
pub fn reject_reply(
    conn: &mut DbConnection,
    moderator_id: i64,
    reply_id: i64,
    reason: &str,
) -> Result<(), AppError> {
    let reason = clean_reason(reason)?;
    conn.transaction(|conn| {
        let reply = store::pending_reply(conn, reply_id)?;
        queue::ensure_claim(
            conn,
            moderator_id,
            ItemKind::Reply,
            reply_id,
            reply.thread_id,
        )?;
        store::reject_held_reply(conn, &reply, &reason, moderator_id)?;
        queue::clear(conn, ItemKind::Reply, reply_id)?;
        log::record(
            conn,
            Some(moderator_id),
            "reject_reply",
            Some(reply.thread_id),
            Some(reply_id),
            Some(&reason),
        )?;
        Ok(())
    })
}

//! Moderation as moderators perform it, one call for the page, the API and the tests: the
//! decision in the database, then the mail that tells the author (in her language, with the
//! reason). And the reply gate (`moderation.hold_replies`).

use diesel::prelude::*;

use super::decisions::{self, Policy, Publication, PublishOutcome};
use super::detector::scan;
use super::review::{deny_key, scan_options};
use crate::accounts::sessions::Identity;
use crate::cases::store::ReplyGate;
use crate::config::HoldReplies;
use crate::context::Context;
use crate::db::schema::{threads, users};
use crate::error::AppError;
use crate::i18n::{Lang, Tr};
use crate::mail::notices;

/// What a moderator decided.
#[derive(Debug, Clone)]
pub enum Decision {
    Publish(Publication),
    RequestChanges(String),
    Reject(String),
}

pub fn retention(state: &Context) -> Policy {
    Policy {
        days_after_publish: state.settings.retention.original_after_publish_days,
        four_eyes: state.settings.moderation.four_eyes,
        deny_key: super::review::deny_key(&state.auth.signer),
    }
}

/// The author to tell: address, name, language, and the kinds she wants by mail.
type Author = (String, String, String, String);

fn author_of(
    conn: &mut crate::db::DbConnection,
    thread_id: i64,
) -> Result<Option<Author>, AppError> {
    let author: Option<Author> = threads::table
        .inner_join(users::table.on(threads::author_id.eq(users::id.nullable())))
        .filter(threads::id.eq(thread_id))
        .select((
            users::email,
            users::name,
            users::locale,
            users::notify_by_mail,
        ))
        .first(conn)
        .optional()?;
    Ok(author)
}

/// What a decision did: the publish outcome (always `published` for the other decisions)
/// and the thread's status afterwards.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Decided {
    pub id: i64,
    /// The thread's status after the decision (`published`, `changes_requested`,
    /// `rejected`, or still `pending` while a four-eyes approval waits).
    pub status: String,
    /// `published`, or in four-eyes mode `awaiting_second_approval`.
    pub outcome: PublishOutcome,
}

/// Decides on a thread's pending submission and tells its author.
pub async fn decide(
    state: &Context,
    moderator: &Identity,
    thread_id: i64,
    decision: Decision,
) -> Result<Decided, AppError> {
    let moderator_id = moderator.user_id;
    let retention = retention(state);
    let kept = decision.clone();
    let (outcome, author) = state
        .run(move |conn, _| {
            let author = author_of(conn, thread_id)?;
            let outcome = match &kept {
                Decision::Publish(publication) => {
                    decisions::publish(conn, moderator_id, thread_id, publication, retention)?
                }
                Decision::RequestChanges(reason) => {
                    decisions::request_changes(conn, moderator_id, thread_id, reason)?;
                    PublishOutcome::Published
                }
                Decision::Reject(reason) => {
                    decisions::reject(conn, moderator_id, thread_id, reason)?;
                    PublishOutcome::Published
                }
            };
            let status: String = threads::table
                .find(thread_id)
                .select(threads::status)
                .first(conn)?;
            Ok((
                Decided {
                    id: thread_id,
                    status,
                    outcome,
                },
                author,
            ))
        })
        .await?;
    if outcome.outcome == PublishOutcome::AwaitingSecondApproval {
        return Ok(outcome);
    }
    // By mail when she wants this kind by mail (decisions on her submissions are on by
    // default). The mail names the thread by a neutral reference only: no title, no story
    // text (a mail outlives everything in mailboxes and on mail servers).
    if let Some((email, name, locale, wanted)) = author {
        let (word, reason) = match &decision {
            Decision::Publish(_) => ("published", None),
            Decision::RequestChanges(reason) => ("changes_requested", Some(reason.as_str())),
            Decision::Reject(reason) => ("rejected", Some(reason.as_str())),
        };
        if !crate::notifications::mailed_kinds(&wanted)
            .iter()
            .any(|k| k.as_str() == word)
        {
            return Ok(outcome);
        }
        let link = format!(
            "{}/cases/{thread_id}",
            state.settings.public_url.trim_end_matches('/')
        );
        let tr = Tr(Lang::parse(&locale).unwrap_or_default());
        let title = tr.t1("mail-decision-case-number", "id", thread_id);
        let notice = notices::decision(tr, &name, word, &title, reason, &link);
        // Through the outbox: a mail server that is down delays the mail, never loses it.
        match notices::mailbox(&email).and_then(|to| notice.to_mail(to)) {
            Ok(mail) => {
                crate::mail::outbox::send_or_queue(state, &mail).await;
            }
            Err(e) => tracing::error!(error = %e, "could not compose a moderation decision mail"),
        }
    }
    Ok(outcome)
}

/// How long every reply of a member is held after one of hers was held: a member who tries
/// words to learn which ones the deny-list holds learns one answer a day, not one a second.
pub const HOLD_AFTER_A_HOLD_HOURS: i64 = 24;

/// A member replies to a thread. The cheap checks come first — length, her reply budget
/// (`moderation.replies_per_hour`), whether the thread exists and takes replies — so that the detector
/// only ever reads text that passed them; then the gate decides whether a moderator sees the
/// reply first. Returns the reply's id and status (`published` or `pending`).
pub async fn post_reply(
    state: &Context,
    author_id: i64,
    thread_id: i64,
    body_markdown: &str,
) -> Result<(i64, &'static str), AppError> {
    let body = reply_text(state, author_id, body_markdown)?;
    // Existence first, so that the detector never reads a reply to nothing; `add_reply`
    // checks it again inside its transaction (the thread may be locked meanwhile).
    state
        .run(move |conn, _| crate::cases::store::may_reply(conn, thread_id, author_id))
        .await?;
    let gate = reply_gate(state, author_id, &body).await?;
    state
        .run(move |conn, _| crate::cases::store::add_reply(conn, author_id, thread_id, &body, gate))
        .await
}

/// The cheap checks on a reply's words, and one more of her replies this hour.
fn reply_text(state: &Context, author_id: i64, body_markdown: &str) -> Result<String, AppError> {
    let body = crate::cases::store::check_reply_text(body_markdown)?.to_string();
    state.limiter.hit(
        &crate::accounts::rate_limit::replies_per_account(
            state.settings.moderation.replies_per_hour,
        ),
        &author_id.to_string(),
    )?;
    Ok(body)
}

/// Changes her own reply; its new words pass the gate a new reply passes
/// ([`crate::cases::store::edit_own_reply`]). Counts against her replies an hour. Returns the
/// thread and the reply's status afterwards.
pub async fn edit_reply(
    state: &Context,
    author_id: i64,
    reply_id: i64,
    body_markdown: &str,
) -> Result<(i64, &'static str), AppError> {
    let body = reply_text(state, author_id, body_markdown)?;
    let gate = reply_gate(state, author_id, &body).await?;
    state
        .run(move |conn, _| {
            crate::cases::store::edit_own_reply(conn, author_id, reply_id, &body, gate)
        })
        .await
}

/// Withdraws her own reply; returns its thread.
pub async fn delete_reply(state: &Context, author_id: i64, reply_id: i64) -> Result<i64, AppError> {
    state
        .run(move |conn, _| crate::cases::store::delete_own_reply(conn, author_id, reply_id))
        .await
}

/// Whether a new reply waits for a moderator: always, never, or when the detector finds
/// anything in it (the deny-list included) — and, so that the status of a reply cannot be
/// used to test words against the deny-list, for [`HOLD_AFTER_A_HOLD_HOURS`] after any of
/// her replies was held. The answer never says why a reply waits.
pub async fn reply_gate(
    state: &Context,
    author_id: i64,
    text: &str,
) -> Result<ReplyGate, AppError> {
    match state.settings.moderation.hold_replies {
        HoldReplies::Always => Ok(ReplyGate::Hold),
        HoldReplies::Never => Ok(ReplyGate::Publish),
        HoldReplies::OnFindings => {
            let text = text.to_string();
            let since = crate::db::now() - chrono::Duration::hours(HOLD_AFTER_A_HOLD_HOURS);
            let hold = state
                .run(move |conn, kit| {
                    if crate::cases::store::reply_held_since(conn, author_id, since)? {
                        return Ok(true);
                    }
                    let options = scan_options(conn, deny_key(&kit.signer), Vec::new())?;
                    Ok(!scan(&text, &options).is_empty())
                })
                .await?;
            Ok(if hold {
                ReplyGate::Hold
            } else {
                ReplyGate::PublishUnlessHeldSince(since)
            })
        }
    }
}

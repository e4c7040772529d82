//! Moderation as moderators perform it, one call for the page, the API and the tests: the
//! decision in the database, then the mail that tells the author (in her language, with the
//! reason). And the reply gate (`moderation.hold_replies`).

use diesel::prelude::*;

use super::decisions::{self, Policy, Publication, PublishOutcome};
use super::detector::scan;
use super::review::{deny_key, scan_options};
use crate::accounts::sessions::Identity;
use crate::app::AppState;
use crate::cases::store::ReplyGate;
use crate::config::HoldReplies;
use crate::db::schema::{revisions, threads, users};
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

pub fn retention(state: &AppState) -> Policy {
    Policy {
        days_after_publish: state.settings.retention.original_after_publish_days,
        four_eyes: state.settings.moderation.four_eyes,
        deny_key: super::review::deny_key(&state.auth.signer),
    }
}

/// The author to tell: address, name, language, and the title she wrote.
type Author = (String, String, String, String);

fn author_of(
    conn: &mut crate::db::DbConnection,
    thread_id: i64,
) -> Result<Option<Author>, AppError> {
    let title: String = revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .order(revisions::number.desc())
        .select(revisions::title)
        .first(conn)?;
    let author: Option<(String, String, String)> = threads::table
        .inner_join(users::table.on(threads::author_id.eq(users::id.nullable())))
        .filter(threads::id.eq(thread_id))
        .select((users::email, users::name, users::locale))
        .first(conn)
        .optional()?;
    Ok(author.map(|(email, name, locale)| (email, name, locale, title)))
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
    state: &AppState,
    moderator: &Identity,
    thread_id: i64,
    decision: Decision,
) -> Result<Decided, AppError> {
    let moderator_id = moderator.user_id;
    let retention = retention(state);
    let kept = decision.clone();
    let (outcome, author) = state
        .run(move |conn, _| {
            // The title she wrote, read before publishing purges it.
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
    if let Some((email, name, locale, title)) = author {
        let (word, reason) = match &decision {
            Decision::Publish(_) => ("published", None),
            Decision::RequestChanges(reason) => ("changes_requested", Some(reason.as_str())),
            Decision::Reject(reason) => ("rejected", Some(reason.as_str())),
        };
        let link = format!(
            "{}/cases/{thread_id}",
            state.settings.public_url.trim_end_matches('/')
        );
        let tr = Tr(Lang::parse(&locale).unwrap_or_default());
        let notice = notices::decision(tr, &name, word, &title, reason, &link);
        match notices::mailbox(&email).and_then(|to| notice.to_mail(to)) {
            Ok(mail) => {
                if let Err(e) = state.mailer.send(&mail).await {
                    tracing::error!(error = %e, "could not mail a moderation decision");
                }
            }
            Err(e) => tracing::error!(error = %e, "could not compose a moderation decision mail"),
        }
    }
    Ok(outcome)
}

/// Whether a new reply waits for a moderator: always, never, or when the detector finds
/// anything in it (the deny-list included).
pub async fn reply_gate(state: &AppState, text: &str) -> Result<ReplyGate, AppError> {
    match state.settings.moderation.hold_replies {
        HoldReplies::Always => Ok(ReplyGate::Hold),
        HoldReplies::Never => Ok(ReplyGate::Publish),
        HoldReplies::OnFindings => {
            let text = text.to_string();
            let findings = state
                .run(move |conn, kit| {
                    let options = scan_options(conn, deny_key(&kit.signer), Vec::new())?;
                    Ok(scan(&text, &options).len())
                })
                .await?;
            Ok(if findings > 0 {
                ReplyGate::Hold
            } else {
                ReplyGate::Publish
            })
        }
    }
}

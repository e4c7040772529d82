//! Account mails that have to get through: invitations, password resets, a moderator's
//! decision. Each is sent at once; when the mail server does not take it (down, refusing for
//! now), the whole message is kept in `mail_outbox` and the `mail outbox` worker sends it again
//! with a growing pause (`mail.retry_seconds`, default 30 s, doubling, at most an hour) until
//! the server takes it or the mail expires (`mail.outbox_expiry_hours`, default 24: the links
//! in these mails stop working soon after). So an SMTP outage only delays these mails.
//!
//! Decisions, and why:
//! - The message is stored exactly as built (RFC 5322 text) with its recipient: a retry sends
//!   the same bytes, the same Message-ID, in the language it was written in.
//! - A row is deleted once its mail is sent or expires, and holds a sign-in link at most for
//!   the expiry: an outbox row is as sensitive as the link in it (see docs/security.md).
//! - Several instances share the table: a row is claimed for a minute by a conditional update
//!   before it is sent, so no two instances send the same mail.
//! - A permanent refusal (unknown mailbox) is not retried: it is logged without the address.
//!   Digests have their own ledger (`digest_deliveries`) and do not come through here.

use chrono::{Duration as ChronoDuration, NaiveDateTime};
use diesel::prelude::*;

use super::{MailError, OutgoingMail};
use crate::context::Context;
use crate::context::Shutdown;
use crate::db::schema::mail_outbox;
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// What became of a mail handed to [`send_or_queue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// The mail server (or the mail folder) took it.
    Now,
    /// Kept in the outbox; it goes out when the mail server takes it.
    Queued,
    /// It cannot be sent (a malformed address, a permanent refusal); logged.
    Never,
}

/// How long a claim on a row lasts: longer than one send can take (the SMTP timeout is 20 s).
const CLAIM_SECONDS: i64 = 60;
/// Rows looked at per round.
const BATCH: i64 = 20;

/// The pause after `attempts` failed attempts: `base`, doubling, at most an hour.
pub fn backoff(attempts: i32, base: u64) -> ChronoDuration {
    let base = i64::try_from(base.max(1)).unwrap_or(3600);
    let seconds = base.saturating_mul(1i64 << (attempts - 1).clamp(0, 12));
    ChronoDuration::seconds(seconds.min(3600))
}

/// Sends `mail` now; if the mail server does not take it for now, keeps it in the outbox.
pub async fn send_or_queue(state: &Context, mail: &OutgoingMail) -> Sent {
    let message = match state.mailer.build(mail) {
        Ok(message) => message,
        Err(e) => {
            tracing::error!(error = %e, "could not build a mail");
            return Sent::Never;
        }
    };
    let raw = message.formatted();
    match state.mailer.send_raw(&mail.to.email, &raw).await {
        Ok(()) => Sent::Now,
        Err(MailError::Permanent(reason)) => {
            tracing::error!(%reason, "the mail server refused a mail for good");
            Sent::Never
        }
        Err(MailError::Temporary(reason)) => {
            let Ok(text) = String::from_utf8(raw) else {
                tracing::error!("a mail could not be kept for later (not UTF-8)");
                return Sent::Never;
            };
            let recipient = mail.to.email.to_string();
            let hours = i64::from(state.settings.mail.outbox_expiry_hours.max(1));
            let first_pause = backoff(1, state.settings.mail.retry_seconds);
            let why = reason.clone();
            let kept = state
                .run(move |conn, _| enqueue(conn, &recipient, &text, &why, first_pause, hours))
                .await;
            match kept {
                Ok(()) => {
                    tracing::warn!(%reason, "the mail server did not take a mail; it is kept and retried");
                    Sent::Queued
                }
                Err(e) => {
                    tracing::error!(error = %e, "a mail could not be sent nor kept");
                    Sent::Never
                }
            }
        }
    }
}

fn enqueue(
    conn: &mut DbConnection,
    recipient: &str,
    message: &str,
    reason: &str,
    first_pause: ChronoDuration,
    expiry_hours: i64,
) -> Result<(), AppError> {
    let at = now();
    diesel::insert_into(mail_outbox::table)
        .values((
            mail_outbox::recipient.eq(recipient),
            mail_outbox::message.eq(message),
            mail_outbox::created_at.eq(at),
            mail_outbox::attempts.eq(1),
            mail_outbox::next_attempt_at.eq(at + first_pause),
            mail_outbox::expires_at.eq(at + ChronoDuration::hours(expiry_hours)),
            mail_outbox::last_error.eq(Some(reason)),
        ))
        .execute(conn)?;
    Ok(())
}

/// One row claimed for sending.
#[derive(Queryable)]
struct Claimed {
    id: i64,
    recipient: String,
    message: String,
    attempts: i32,
}

/// Claims up to [`BATCH`] rows that are due, dropping expired ones first.
fn claim_due(conn: &mut DbConnection, at: NaiveDateTime) -> Result<Vec<Claimed>, AppError> {
    let expired =
        diesel::delete(mail_outbox::table.filter(mail_outbox::expires_at.le(at))).execute(conn)?;
    if expired > 0 {
        tracing::warn!(
            expired,
            "account mails expired before the mail server took them"
        );
    }
    let due: Vec<i64> = mail_outbox::table
        .filter(mail_outbox::next_attempt_at.le(at))
        .filter(
            mail_outbox::claimed_until
                .is_null()
                .or(mail_outbox::claimed_until.lt(at)),
        )
        .order(mail_outbox::next_attempt_at)
        .limit(BATCH)
        .select(mail_outbox::id)
        .load(conn)?;
    let mut claimed = Vec::with_capacity(due.len());
    for id in due {
        let won = diesel::update(
            mail_outbox::table.find(id).filter(
                mail_outbox::claimed_until
                    .is_null()
                    .or(mail_outbox::claimed_until.lt(at)),
            ),
        )
        .set(mail_outbox::claimed_until.eq(Some(at + ChronoDuration::seconds(CLAIM_SECONDS))))
        .execute(conn)?;
        if won == 1 {
            claimed.push(
                mail_outbox::table
                    .find(id)
                    .select((
                        mail_outbox::id,
                        mail_outbox::recipient,
                        mail_outbox::message,
                        mail_outbox::attempts,
                    ))
                    .first(conn)?,
            );
        }
    }
    Ok(claimed)
}

/// Sends what is due; returns (sent, still waiting, given up).
pub async fn retry_due(state: &Context) -> Result<(usize, usize, usize), AppError> {
    let claimed = state.run(|conn, _| claim_due(conn, now())).await?;
    let (mut sent, mut waiting, mut given_up) = (0, 0, 0);
    for row in claimed {
        let outcome = match row.recipient.parse::<lettre::Address>() {
            Ok(to) => state.mailer.send_raw(&to, row.message.as_bytes()).await,
            Err(e) => Err(MailError::Permanent(format!("bad recipient: {e}"))),
        };
        let (id, attempts) = (row.id, row.attempts);
        let base = state.settings.mail.retry_seconds;
        match outcome {
            Err(MailError::Temporary(reason)) => {
                waiting += 1;
                state
                    .run(move |conn, _| {
                        diesel::update(mail_outbox::table.find(id))
                            .set((
                                mail_outbox::attempts.eq(attempts + 1),
                                mail_outbox::next_attempt_at
                                    .eq(now() + backoff(attempts + 1, base)),
                                mail_outbox::claimed_until.eq(None::<NaiveDateTime>),
                                mail_outbox::last_error.eq(Some(reason)),
                            ))
                            .execute(conn)?;
                        Ok(())
                    })
                    .await?;
            }
            done => {
                match done {
                    Err(MailError::Permanent(reason)) => {
                        given_up += 1;
                        tracing::error!(%reason, "the mail server refused a kept mail for good");
                    }
                    _ => sent += 1,
                }
                state
                    .run(move |conn, _| {
                        diesel::delete(mail_outbox::table.find(id)).execute(conn)?;
                        Ok(())
                    })
                    .await?;
            }
        }
    }
    Ok((sent, waiting, given_up))
}

/// How many account mails wait in the outbox (for `/metrics`).
pub fn waiting(conn: &mut DbConnection) -> Result<i64, AppError> {
    Ok(mail_outbox::table.count().get_result(conn)?)
}

/// The server's outbox worker: a round every `mail.retry_seconds` (at most every 30 s).
pub async fn worker(state: std::sync::Arc<Context>, shutdown: Shutdown) {
    let poll = std::time::Duration::from_secs(state.settings.mail.retry_seconds.clamp(1, 30));
    loop {
        match retry_due(&state).await {
            Ok((0, 0, 0)) => {}
            Ok((sent, waiting, given_up)) => {
                tracing::info!(sent, waiting, given_up, "account mail outbox round")
            }
            Err(e) => tracing::warn!(error = %e, "the mail outbox round failed; will retry"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(poll) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pause_grows_and_is_bounded() {
        let seconds: Vec<i64> = (1..12)
            .map(|a| super::backoff(a, 30).num_seconds())
            .collect();
        assert_eq!(&seconds[..5], &[30, 60, 120, 240, 480]);
        assert!(seconds.iter().all(|s| *s <= 3600));
        assert_eq!(seconds[10], 3600);
        assert_eq!(super::backoff(1, 1).num_seconds(), 1);
    }
}

//! The delivery worker, the scheduler, and the one function both the server and
//! `parley digest run` use to send claimed deliveries.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;

use super::compose::{self, Links};
use super::{Delivery, Frequency, Outcome, claim, finish, start_run, unsubscribe_token};
use crate::accounts::{UserStatus, users};
use crate::context::Context;
use crate::context::Shutdown;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{MailError, OutgoingMail, notices};
use crate::search::SearchIndex;

/// Deliveries claimed at a time.
const BATCH: i64 = 20;

/// Batches in flight at once in one process: as many as the SMTP pool has connections
/// ([`crate::mail::SMTP_POOL`]).
pub const LANES: usize = 12;

/// The mail of one delivery, or `None` when there is nothing to send.
fn compose_mail(
    conn: &mut crate::db::DbConnection,
    cache: &compose::CandidateCache,
    signer: &crate::accounts::tokens::Signer,
    index: Option<&SearchIndex>,
    public_url: &str,
    d: &Delivery,
) -> Result<Option<(OutgoingMail, String, usize)>, AppError> {
    let user = users::find_by_id(conn, d.user_id)?;
    let Some(sub) = super::subscriptions::find(conn, d.user_id)? else {
        return Ok(None);
    };
    // She unsubscribed or changed frequency after the run: nothing to send.
    if user.status != UserStatus::Active || sub.frequency != d.frequency {
        return Ok(None);
    }
    let frequency = Frequency::parse(&d.frequency).unwrap_or(Frequency::Daily);
    let tr = Tr(user.locale);
    let digest = compose::collect(
        conn,
        Some(cache),
        index,
        user.id,
        &sub.preferences(),
        (d.window_start, d.window_end),
        tr,
        public_url,
    )?;
    if digest.is_empty() {
        return Ok(None);
    }
    let base = public_url.trim_end_matches('/');
    let token = unsubscribe_token(signer, &sub)?;
    let links = Links {
        unsubscribe: format!("{base}/unsubscribe?token={token}"),
        preferences: format!("{base}/account/digest"),
        archive: format!("{base}/digests/{}", d.id),
    };
    let (subject, text, html) = compose::render(&digest, frequency, user.locale, &links)?;
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or(base)
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost")
        .to_string();
    let mail = OutgoingMail {
        to: notices::mailbox(&user.email)?,
        subject: subject.clone(),
        text,
        html,
        headers: vec![
            ("List-Id", format!("Parley digest <digest.{host}>")),
            ("List-Unsubscribe", format!("<{}>", links.unsubscribe)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into()),
            ("Auto-Submitted", "auto-generated".into()),
        ],
        message_id: Some(d.message_id.clone()),
    };
    Ok(Some((mail, subject, digest.items())))
}

/// `parley digest run --dry-run`: what each subscriber's digest would hold now (reader id,
/// item count, subject); nothing is written or sent.
pub fn dry_run(
    conn: &mut crate::db::DbConnection,
    index: Option<&SearchIndex>,
    frequency: Frequency,
    at: chrono::DateTime<Utc>,
    public_url: &str,
) -> Result<Vec<String>, AppError> {
    let end = at.naive_utc();
    let mut lines = Vec::new();
    for sub in super::subscribers(conn, frequency)? {
        let period = super::period_of(frequency, sub.zone(), at);
        let start = super::window_start(conn, sub.user_id, frequency, end)?;
        let user = users::find_by_id(conn, sub.user_id)?;
        let digest = compose::collect(
            conn,
            None,
            index,
            sub.user_id,
            &sub.preferences(),
            (start, end),
            Tr(user.locale),
            public_url,
        )?;
        let what = if digest.is_empty() {
            "nothing new: no mail".to_string()
        } else {
            compose::subject(&digest, frequency, Tr(user.locale))
        };
        lines.push(format!(
            "reader #{} ({period}): {} items — {what}",
            sub.user_id,
            digest.items()
        ));
    }
    Ok(lines)
}

/// Claims and sends up to one batch of due deliveries (of one run, if given); returns how
/// many were handled.
pub async fn deliver_batch(
    state: &Context,
    index: Option<Arc<SearchIndex>>,
    only_run: Option<i64>,
) -> Result<usize, AppError> {
    let lease = chrono::Duration::seconds(state.settings.digest.claim_seconds.max(10));
    let claimed = state
        .run(move |conn, _| claim(conn, BATCH, lease, only_run))
        .await?;
    let count = claimed.len();
    for delivery in claimed {
        let outcome = deliver_one(state, index.clone(), &delivery).await;
        let (max, retry) = (
            state.settings.digest.max_attempts,
            chrono::Duration::seconds(state.settings.digest.retry_seconds.max(1)),
        );
        if let Outcome::Temporary(reason) | Outcome::Permanent(reason) = &outcome {
            tracing::warn!(delivery = delivery.id, attempts = delivery.attempts, %reason, "a digest was not delivered");
        }
        state
            .run(move |conn, _| finish(conn, &delivery, &outcome, max, retry))
            .await?;
    }
    Ok(count)
}

async fn deliver_one(state: &Context, index: Option<Arc<SearchIndex>>, d: &Delivery) -> Outcome {
    let public_url = state.settings.public_url.clone();
    let delivery = d.clone();
    let cache = state.digest_cache.clone();
    let composed = state
        .run(move |conn, kit| {
            compose_mail(
                conn,
                &cache,
                &kit.signer,
                index.as_deref(),
                &public_url,
                &delivery,
            )
        })
        .await;
    match composed {
        Ok(None) => Outcome::Empty,
        Ok(Some((mail, subject, items))) => match state.mailer.send(&mail).await {
            Ok(()) => Outcome::Sent { subject, items },
            Err(MailError::Temporary(reason)) => Outcome::Temporary(reason),
            Err(MailError::Permanent(reason)) => Outcome::Permanent(reason),
        },
        // A database hiccup: try again later.
        Err(e) => Outcome::Temporary(format!("could not compose the digest: {e}")),
    }
}

/// Delivers everything due, `lanes` batches at a time (each lane claims its own rows, so
/// they never overlap); returns how many deliveries were handled.
/// With `stop`, lanes claim nothing more once it is cancelled, and finish the batch they hold.
pub async fn deliver_all(
    state: &std::sync::Arc<Context>,
    index: Option<Arc<SearchIndex>>,
    lanes: usize,
    stop: Option<Shutdown>,
) -> Result<usize, AppError> {
    // One batch first: when there is little or nothing to do (the worker's usual wake-up),
    // no more than one connection is taken from the pool.
    let first = deliver_batch(state, index.clone(), None).await?;
    if first < BATCH as usize {
        return Ok(first);
    }
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..lanes.max(1) {
        let (state, index, stop) = (state.clone(), index.clone(), stop.clone());
        set.spawn(async move {
            let mut handled = 0;
            loop {
                if stop.as_ref().is_some_and(|s| s.is_cancelled()) {
                    return Ok(handled);
                }
                let n = deliver_batch(&state, index.clone(), None).await?;
                if n == 0 {
                    return Ok::<usize, AppError>(handled);
                }
                handled += n;
            }
        });
    }
    let mut total = first;
    while let Some(lane) = set.join_next().await {
        total += lane.map_err(AppError::internal)??;
    }
    Ok(total)
}

/// The server's delivery worker: sends whatever is due, then waits for a new run (or checks
/// every few seconds, for retries and for runs started by other processes). A batch in
/// flight at shutdown finishes; its claims protect the rest.
pub async fn worker(state: std::sync::Arc<Context>, shutdown: Shutdown) {
    loop {
        let index = state.search.get().map(|s| s.index());
        if let Err(e) = deliver_all(&state, index, LANES, Some(shutdown.clone())).await {
            tracing::error!(error = %e, "the digest worker failed; retrying");
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = state.digest_wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

/// The server's scheduler: at start and at the top of every hour, writes the deliveries of
/// the readers whose hour has come.
pub async fn scheduler(state: std::sync::Arc<Context>, shutdown: Shutdown) {
    loop {
        let at = Utc::now();
        for frequency in [Frequency::Daily, Frequency::Weekly] {
            match state
                .run(move |conn, _| {
                    start_run(conn, frequency, at, true, "scheduler", &mut |_, _| {})
                })
                .await
            {
                Ok(report) if report.created > 0 => {
                    tracing::info!(
                        frequency = frequency.as_str(),
                        created = report.created,
                        "digest run started"
                    );
                    state.digest_wake.notify_one();
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "a digest run failed"),
            }
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(super::until(super::next_hour(Utc::now()))) => {}
        }
    }
}

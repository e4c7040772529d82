//! The notification mail: for each notification she asked to have by mail too (`mail_pending`),
//! a short neutral mail in her language — what kind of thing happened and a link to her
//! notifications, never a title or any story text. Sent by the `notification mail` worker
//! through the account-mail outbox, so a mail server that is down delays it, never loses it.

use diesel::prelude::*;

use super::Kind;
use crate::context::{Context, Shutdown};
use crate::db::schema::{notifications, users};
use crate::error::AppError;
use crate::i18n::{Lang, Tr};
use crate::mail::notices;

/// Mails sent per round.
const BATCH: i64 = 50;

/// Sends the notifications waiting for their mail; returns how many were handled.
pub async fn send_pending(state: &Context) -> Result<usize, AppError> {
    let due: Vec<(i64, String, String, String, String)> = state
        .run(|conn, _| {
            Ok(notifications::table
                .inner_join(users::table)
                // Unbound: it is the partial index `notifications_mail`'s own condition.
                .filter(notifications::mail_pending)
                .order(notifications::id.asc())
                .limit(BATCH)
                .select((
                    notifications::id,
                    notifications::kind,
                    users::email,
                    users::name,
                    users::locale,
                ))
                .load(conn)?)
        })
        .await?;
    let handled = due.len();
    let link = state.link_plain("/notifications");
    for (id, kind, email, name, locale) in due {
        // Marked first: a crash after this loses one mail rather than sending it twice, and
        // the notification itself stays in the app.
        state
            .run(move |conn, _| {
                diesel::update(notifications::table.find(id))
                    .set(notifications::mail_pending.eq(false))
                    .execute(conn)?;
                Ok(())
            })
            .await?;
        let Some(kind) = Kind::parse(&kind) else {
            continue;
        };
        let tr = Tr(Lang::parse(&locale).unwrap_or_default());
        let notice = notices::notification(tr, &name, kind.as_str(), &link);
        match notices::mailbox(&email).and_then(|to| notice.to_mail(to)) {
            Ok(mail) => {
                crate::mail::outbox::send_or_queue(state, &mail).await;
            }
            Err(e) => tracing::error!(error = %e, "could not compose a notification mail"),
        }
    }
    Ok(handled)
}

pub async fn worker(state: std::sync::Arc<Context>, shutdown: Shutdown) {
    let poll = std::time::Duration::from_secs(2);
    loop {
        if let Err(e) = send_pending(&state).await {
            tracing::warn!(error = %e, "the notification mail round failed; will retry");
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(poll) => {}
        }
    }
}

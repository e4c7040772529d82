//! Her data (`GET /api/v1/me/export`, `/account/export`): everything Parley keeps about one
//! account, as its owner may download it, and nothing about anyone else — her account and
//! sessions; her case studies and discussions, published or not, with every revision she wrote
//! (originals not yet purged included, and the terms she declared); her replies; the flags she
//! filed (not what they point at); her digest settings and the digests she was sent; her
//! cohorts; her notifications. Who moderated what is not hers to know and is left out.
//!
//! Read-only: it reads the tables of several domains directly, and writes none.

use diesel::prelude::*;
use serde_json::{Value, json};

use super::users::find_by_id;
use super::{cohorts, sessions};
use crate::db::DbConnection;
use crate::db::schema::{
    digest_deliveries, flags, invitations, notifications, replies, revisions, subscriptions,
    threads,
};
use crate::error::AppError;

fn at(t: chrono::NaiveDateTime) -> String {
    t.and_utc().to_rfc3339()
}

fn maybe(t: Option<chrono::NaiveDateTime>) -> Option<String> {
    t.map(at)
}

type ThreadCols = (
    i64,
    String,
    String,
    String,
    String,
    String,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
    Option<i64>,
);
type RevisionCols = (
    i64,
    i32,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
);
type ReplyCols = (
    i64,
    i64,
    String,
    String,
    String,
    Option<String>,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
);

type FlagCols = (
    i64,
    i64,
    Option<i64>,
    String,
    String,
    String,
    chrono::NaiveDateTime,
);
type SubscriptionCols = (
    String,
    i32,
    i32,
    String,
    String,
    String,
    String,
    String,
    bool,
);

pub fn export(conn: &mut DbConnection, user_id: i64) -> Result<Value, AppError> {
    let user = find_by_id(conn, user_id)?;
    let sessions = sessions::list_sessions(conn, user_id, None)?;
    // The people she invited are someone else's data: only their number is hers.
    let invitations_sent: i64 = invitations::table
        .filter(invitations::invited_by.eq(user_id))
        .count()
        .get_result(conn)?;

    let mine: Vec<ThreadCols> = threads::table
        .filter(threads::author_id.eq(user_id))
        .order(threads::id.asc())
        .select((
            threads::id,
            threads::kind,
            threads::status,
            threads::title,
            threads::lessons,
            threads::body_markdown,
            threads::created_at,
            threads::published_at,
            threads::audience_cohort_id,
        ))
        .load(conn)?;
    let ids: Vec<i64> = mine.iter().map(|t| t.0).collect();
    let all_revisions: Vec<RevisionCols> = revisions::table
        .filter(revisions::thread_id.eq_any(&ids))
        .order((revisions::thread_id.asc(), revisions::number.asc()))
        .select((
            revisions::thread_id,
            revisions::number,
            revisions::status,
            revisions::title,
            revisions::lessons,
            revisions::body_markdown,
            revisions::metadata,
            revisions::sensitive_terms,
            revisions::reason,
            revisions::created_at,
            revisions::purged_at,
        ))
        .load(conn)?;
    let threads_out: Vec<Value> = mine
        .into_iter()
        .map(
            |(id, kind, status, title, lessons, body, created, published, audience)| {
                let revisions: Vec<Value> = all_revisions
                    .iter()
                    .filter(|r| r.0 == id)
                    .map(|r| {
                        json!({
                            "number": r.1,
                            "status": r.2,
                            "title": r.3,
                            "lessons": r.4,
                            "body_markdown": r.5,
                            "metadata": serde_json::from_str::<Value>(&r.6).unwrap_or(Value::Null),
                            "sensitive_terms": serde_json::from_str::<Value>(&r.7)
                                .unwrap_or_else(|_| Value::String(r.7.clone())),
                            "moderators_reason": r.8,
                            "created_at": at(r.9),
                            "original_purged_at": maybe(r.10),
                        })
                    })
                    .collect();
                json!({
                    "id": id,
                    "kind": kind,
                    "status": status,
                    "audience": crate::cases::ThreadAudience::from_column(audience).to_string(),
                    "published": {
                        "title": title,
                        "lessons": lessons,
                        "body_markdown": body,
                        "published_at": maybe(published),
                    },
                    "created_at": at(created),
                    "revisions": revisions,
                })
            },
        )
        .collect();

    let my_replies: Vec<ReplyCols> = replies::table
        .filter(replies::author_id.eq(user_id))
        .order(replies::id.asc())
        .select((
            replies::id,
            replies::thread_id,
            replies::status,
            replies::original_markdown,
            replies::body_markdown,
            replies::reason,
            replies::created_at,
            replies::published_at,
        ))
        .load(conn)?;
    let replies_out: Vec<Value> = my_replies
        .into_iter()
        .map(
            |(id, thread, status, original, body, reason, created, published)| {
                json!({
                    "id": id,
                    "thread_id": thread,
                    "status": status,
                    "original_markdown": original,
                    "published_markdown": body,
                    "moderators_reason": reason,
                    "created_at": at(created),
                    "published_at": maybe(published),
                })
            },
        )
        .collect();

    let filed: Vec<FlagCols> = flags::table
        .filter(flags::reporter_id.eq(user_id))
        .order(flags::id.asc())
        .select((
            flags::id,
            flags::thread_id,
            flags::reply_id,
            flags::reason,
            flags::note,
            flags::status,
            flags::created_at,
        ))
        .load(conn)?;
    let flags_out: Vec<Value> = filed
        .into_iter()
        .map(|(id, thread, reply, reason, note, status, created)| {
            json!({"id": id, "thread_id": thread, "reply_id": reply, "reason": reason,
                   "note": note, "status": status, "created_at": at(created)})
        })
        .collect();

    let subscription: Option<SubscriptionCols> = subscriptions::table
        .find(user_id)
        .select((
            subscriptions::frequency,
            subscriptions::weekday,
            subscriptions::hour,
            subscriptions::time_zone,
            subscriptions::countries,
            subscriptions::contexts,
            subscriptions::tags,
            subscriptions::queries,
            subscriptions::own_replies,
        ))
        .first(conn)
        .optional()?;
    let subscription = subscription.map(
        |(frequency, weekday, hour, zone, countries, contexts, tags, queries, own)| {
            json!({"frequency": frequency, "weekday": weekday, "hour": hour,
                   "time_zone": zone, "countries": countries, "contexts": contexts,
                   "tags": tags, "queries": queries, "own_replies": own})
        },
    );
    let sent: Vec<(String, chrono::NaiveDateTime, chrono::NaiveDateTime, String)> =
        digest_deliveries::table
            .filter(digest_deliveries::user_id.eq(user_id))
            .order(digest_deliveries::id.asc())
            .select((
                digest_deliveries::frequency,
                digest_deliveries::window_start,
                digest_deliveries::window_end,
                digest_deliveries::state,
            ))
            .load(conn)?;
    let digests: Vec<Value> = sent
        .into_iter()
        .map(|(frequency, start, end, state)| {
            json!({"frequency": frequency, "window_start": at(start), "window_end": at(end),
                   "state": state})
        })
        .collect();

    let my_cohorts = cohorts::of_user(conn, user_id)?;
    let notes: Vec<(
        String,
        Option<i64>,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
    )> = notifications::table
        .filter(notifications::user_id.eq(user_id))
        .order(notifications::id.asc())
        .select((
            notifications::kind,
            notifications::thread_id,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    let notes: Vec<Value> = notes
        .into_iter()
        .map(|(kind, thread, created, read)| {
            json!({"kind": kind, "thread_id": thread, "created_at": at(created),
                   "read_at": maybe(read)})
        })
        .collect();

    Ok(json!({
        "format": "parley-account-export/2",
        "exported_at": at(crate::db::now()),
        "account": {
            "id": user.id,
            "email": user.email,
            "name": user.name,
            "role": user.role,
            "locale": user.locale.code(),
            "status": user.status,
            "two_factor": user.has_2fa(),
            "created_at": at(user.created_at),
            "last_login_at": maybe(user.last_login_at),
            "password_changed_at": at(user.password_changed_at),
        },
        "sessions": sessions,
        "invitations_sent": invitations_sent,
        "threads": threads_out,
        "replies": replies_out,
        "flags_filed": flags_out,
        "subscription": subscription,
        "digests_sent": digests,
        "cohorts": my_cohorts,
        "notifications": notes,
    }))
}

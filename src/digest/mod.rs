//! E-mail digests: subscriptions, composition, the delivery ledger, the scheduler.
//!
//! A **run** (the hourly scheduler, or `parley digest run`) writes one `digest_deliveries` row
//! per subscriber and period — unique per (reader, frequency, period), so a second run of the
//! same period, on this instance or another, adds nothing — before anything is sent. The
//! period is the reader's own: her local date for daily digests, her ISO week for weekly ones,
//! in her time zone; the scheduler takes her once her hour (and weekday) has come.
//!
//! **Workers** claim rows (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so several instances share
//! the work; one writer at a time on SQLite), compose the mail at that moment from the
//! published content of the row's window, send it through the pooled transport, and mark the
//! row `sent` only after the server accepted it. A claim is a lease (`digest.claim_seconds`):
//! if the process dies, the row is taken up again when the lease ends. Temporary failures go
//! back to `pending` with a doubling delay; permanent ones (and too many temporary ones) end
//! as `failed` with the server's reason, shown to admins on `/admin/digests`. A window with
//! nothing new ends as `empty`: no mail.
//!
//! Exactly once: a row becomes `sent` in the same moment the server's acceptance comes back,
//! and never goes back. The one gap no ledger can close is a crash between the SMTP server's
//! "250 accepted" and that update (a few milliseconds): the mail is then sent again after the
//! lease, with the **same `Message-ID`**, which mail systems use to drop the duplicate.
//!
//! Content comes through [`crate::cases::store::published_threads`] when the mail is composed —
//! a case hidden between the run and the sending is not in it — and the archive (`/digests`)
//! composes again from the window when it is read, so it never keeps a copy of text that was
//! hidden later.

pub mod compose;
pub mod send;
pub mod subscriptions;

use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};

use crate::accounts::UserStatus;
use crate::accounts::tokens::{Purpose, Signer, random_token};
use crate::db::schema::{digest_deliveries, digest_runs, subscriptions as subs, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;
pub use subscriptions::{Frequency, Preferences, SubscriptionRow};

/// The reader's period containing `at`: `2026-11-28` or `2026-W48`.
pub fn period_of(frequency: Frequency, zone: chrono_tz::Tz, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&zone);
    match frequency {
        Frequency::Weekly => {
            let week = local.iso_week();
            format!("{}-W{:02}", week.year(), week.week())
        }
        _ => local.format("%Y-%m-%d").to_string(),
    }
}

/// Whether the reader's hour (and weekday, for weekly digests) has come in her period.
pub fn is_due(sub: &SubscriptionRow, frequency: Frequency, at: DateTime<Utc>) -> bool {
    let local = at.with_timezone(&sub.zone());
    let hour_come = local.hour() as i32 >= sub.hour;
    match frequency {
        Frequency::Weekly => {
            let today = local.weekday().number_from_monday() as i32;
            today > sub.weekday || (today == sub.weekday && hour_come)
        }
        _ => hour_come,
    }
}

fn period_length(frequency: Frequency) -> chrono::Duration {
    match frequency {
        Frequency::Weekly => chrono::Duration::days(7),
        _ => chrono::Duration::days(1),
    }
}

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunReport {
    /// 0 when the run created nothing.
    pub run_id: i64,
    /// Deliveries this run created.
    pub created: usize,
    /// Subscribers who already have this period's delivery.
    pub already: usize,
    /// Subscribers whose hour has not come yet (scheduler runs only).
    pub not_due: usize,
}

/// The subscribers of `frequency` whose accounts are active.
pub fn subscribers(
    conn: &mut DbConnection,
    frequency: Frequency,
) -> Result<Vec<SubscriptionRow>, AppError> {
    Ok(subs::table
        .inner_join(users::table)
        .filter(subs::frequency.eq(frequency.as_str()))
        .filter(users::status.eq(UserStatus::Active.as_str()))
        .order(subs::user_id)
        .select(SubscriptionRow::as_select())
        .load(conn)?)
}

/// Where the reader's next digest starts: where her last one ended, else one period ago.
pub(crate) fn window_start(
    conn: &mut DbConnection,
    user_id: i64,
    frequency: Frequency,
    end: NaiveDateTime,
) -> Result<NaiveDateTime, AppError> {
    let last: Option<NaiveDateTime> = digest_deliveries::table
        .filter(digest_deliveries::user_id.eq(user_id))
        .select(diesel::dsl::max(digest_deliveries::window_end))
        .first(conn)?;
    Ok(last.unwrap_or(end - period_length(frequency)).min(end))
}

/// Writes this period's deliveries for the subscribers of `frequency`. With `only_due`
/// (the scheduler), a reader is taken once her hour has come; `parley digest run` takes
/// everyone. Calls `progress(done, total)` as it goes.
pub fn start_run(
    conn: &mut DbConnection,
    frequency: Frequency,
    at: DateTime<Utc>,
    only_due: bool,
    started_by: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<RunReport, AppError> {
    if frequency == Frequency::Off {
        return Err(AppError::invalid("frequency", "must be daily or weekly"));
    }
    let end = at.naive_utc();
    let subscribers = subscribers(conn, frequency)?;
    let host = message_host();
    let mut report = RunReport::default();
    let total = subscribers.len();
    for (i, sub) in subscribers.iter().enumerate() {
        progress(i, total);
        if only_due && !is_due(sub, frequency, at) {
            report.not_due += 1;
            continue;
        }
        let period = period_of(frequency, sub.zone(), at);
        let exists = digest_deliveries::table
            .filter(digest_deliveries::user_id.eq(sub.user_id))
            .filter(digest_deliveries::frequency.eq(frequency.as_str()))
            .filter(digest_deliveries::period.eq(&period))
            .count()
            .get_result::<i64>(conn)?
            > 0;
        if exists {
            report.already += 1;
            continue;
        }
        let start = window_start(conn, sub.user_id, frequency, end)?;
        // The run's row is written with its first delivery: an hourly scheduler run that
        // finds nobody due leaves no trace.
        if report.run_id == 0 {
            report.run_id = diesel::insert_into(digest_runs::table)
                .values((
                    digest_runs::frequency.eq(frequency.as_str()),
                    digest_runs::started_at.eq(now()),
                    digest_runs::started_by.eq(started_by),
                ))
                .returning(digest_runs::id)
                .get_result(conn)?;
        }
        let run_id = report.run_id;
        let message_id = format!(
            "digest.{}.{}.{}.{}@{host}",
            frequency.as_str(),
            period,
            sub.user_id,
            &random_token()[..12]
        );
        // Another instance may write the same row at the same moment: the unique key decides,
        // and the loser moves on (a savepoint keeps PostgreSQL's transaction usable).
        let inserted = conn.transaction(|conn| {
            diesel::insert_into(digest_deliveries::table)
                .values((
                    digest_deliveries::run_id.eq(run_id),
                    digest_deliveries::user_id.eq(sub.user_id),
                    digest_deliveries::frequency.eq(frequency.as_str()),
                    digest_deliveries::period.eq(&period),
                    digest_deliveries::window_start.eq(start),
                    digest_deliveries::window_end.eq(end),
                    digest_deliveries::state.eq("pending"),
                    digest_deliveries::next_attempt_at.eq(now()),
                    digest_deliveries::message_id.eq(&message_id),
                    digest_deliveries::created_at.eq(now()),
                ))
                .execute(conn)
        });
        match inserted {
            Ok(_) => report.created += 1,
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => report.already += 1,
            Err(e) => return Err(e.into()),
        }
    }
    progress(total, total);
    if report.run_id != 0 {
        diesel::update(digest_runs::table.find(report.run_id))
            .set(digest_runs::deliveries.eq(report.created as i32))
            .execute(conn)?;
    }
    Ok(report)
}

fn message_host() -> String {
    "digest.parley.invalid".to_string()
}

/// A delivery as the worker handles it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = digest_deliveries)]
pub struct Delivery {
    pub id: i64,
    pub user_id: i64,
    pub frequency: String,
    pub period: String,
    pub window_start: NaiveDateTime,
    pub window_end: NaiveDateTime,
    pub state: String,
    pub attempts: i32,
    pub message_id: String,
    pub subject: Option<String>,
    pub items: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(QueryableByName)]
struct ClaimedId {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Claims up to `limit` deliveries that are due (pending and their time has come, or claimed
/// by a worker whose lease ran out) for `lease`; returns them.
pub fn claim(
    conn: &mut DbConnection,
    limit: i64,
    lease: chrono::Duration,
    only_run: Option<i64>,
) -> Result<Vec<Delivery>, AppError> {
    let at = now();
    let run_filter = match only_run {
        Some(run) => format!(" AND run_id = {run}"),
        None => String::new(),
    };
    // PostgreSQL numbers parameters `$n`, SQLite `?n`.
    let due = |p: &str| {
        format!(
            "SELECT id FROM digest_deliveries \
             WHERE ((state = 'pending' AND next_attempt_at <= {p}1) \
                OR (state = 'sending' AND claimed_until < {p}1)){run_filter} \
             ORDER BY id LIMIT {p}2"
        )
    };
    let claimed: Vec<ClaimedId> = match conn {
        DbConnection::Postgres(pg) => diesel::sql_query(format!(
            "UPDATE digest_deliveries SET state = 'sending', claimed_until = $3, \
             attempts = attempts + 1 \
             WHERE id IN ({} FOR UPDATE SKIP LOCKED) RETURNING id",
            due("$")
        ))
        .bind::<Timestamp, _>(at)
        .bind::<BigInt, _>(limit)
        .bind::<Timestamp, _>(at + lease)
        .load(pg)?,
        DbConnection::Sqlite(lite) => diesel::sql_query(format!(
            "UPDATE digest_deliveries SET state = 'sending', claimed_until = ?3, \
             attempts = attempts + 1 \
             WHERE id IN ({}) RETURNING id",
            due("?")
        ))
        .bind::<Timestamp, _>(at)
        .bind::<BigInt, _>(limit)
        .bind::<Timestamp, _>(at + lease)
        .load(lite)?,
    };
    let ids: Vec<i64> = claimed.into_iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(digest_deliveries::table
        .filter(digest_deliveries::id.eq_any(&ids))
        .order(digest_deliveries::id)
        .select(Delivery::as_select())
        .load(conn)?)
}

/// How a delivery ended this time.
#[derive(Debug, Clone)]
pub enum Outcome {
    Sent { subject: String, items: usize },
    Empty,
    Temporary(String),
    Permanent(String),
}

/// Records how a claimed delivery ended. A row already `sent` is never touched again.
pub fn finish(
    conn: &mut DbConnection,
    delivery: &Delivery,
    outcome: &Outcome,
    max_attempts: i32,
    retry: chrono::Duration,
) -> Result<(), AppError> {
    let mine = digest_deliveries::table
        .filter(digest_deliveries::id.eq(delivery.id))
        .filter(digest_deliveries::state.eq("sending"));
    let at = now();
    match outcome {
        Outcome::Sent { subject, items } => {
            diesel::update(mine)
                .set((
                    digest_deliveries::state.eq("sent"),
                    digest_deliveries::sent_at.eq(Some(at)),
                    digest_deliveries::subject.eq(Some(subject)),
                    digest_deliveries::items.eq(*items as i32),
                    digest_deliveries::claimed_until.eq(None::<NaiveDateTime>),
                    digest_deliveries::last_error.eq(None::<String>),
                ))
                .execute(conn)?;
        }
        Outcome::Empty => {
            diesel::update(mine)
                .set((
                    digest_deliveries::state.eq("empty"),
                    digest_deliveries::claimed_until.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)?;
        }
        Outcome::Temporary(reason) if delivery.attempts < max_attempts => {
            let wait = retry * 2i32.pow((delivery.attempts - 1).clamp(0, 16) as u32);
            let wait = wait.min(chrono::Duration::hours(6));
            diesel::update(mine)
                .set((
                    digest_deliveries::state.eq("pending"),
                    digest_deliveries::next_attempt_at.eq(at + wait),
                    digest_deliveries::claimed_until.eq(None::<NaiveDateTime>),
                    digest_deliveries::last_error.eq(Some(reason)),
                ))
                .execute(conn)?;
        }
        Outcome::Temporary(reason) | Outcome::Permanent(reason) => {
            diesel::update(mine)
                .set((
                    digest_deliveries::state.eq("failed"),
                    digest_deliveries::claimed_until.eq(None::<NaiveDateTime>),
                    digest_deliveries::last_error.eq(Some(reason)),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// The unsubscribe token's claims: the reader and her subscription's token version.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct UnsubscribeClaims {
    pub uid: i64,
    pub v: i32,
}

/// How long an unsubscribe link works (a digest may be read weeks later).
pub const UNSUBSCRIBE_DAYS: i64 = 90;

pub fn unsubscribe_token(signer: &Signer, sub: &SubscriptionRow) -> Result<String, AppError> {
    signer.sign(
        Purpose::Unsubscribe,
        chrono::Duration::days(UNSUBSCRIBE_DAYS),
        &UnsubscribeClaims {
            uid: sub.user_id,
            v: sub.token_version,
        },
    )
}

/// Counts of deliveries by state, for admins.
pub fn state_counts(conn: &mut DbConnection) -> Result<Vec<(String, i64)>, AppError> {
    Ok(digest_deliveries::table
        .group_by(digest_deliveries::state)
        .select((
            digest_deliveries::state,
            diesel::dsl::count(digest_deliveries::id),
        ))
        .order(digest_deliveries::state)
        .load(conn)?)
}

/// Deliveries waiting to be sent now (pending and due, or with a lapsed claim).
pub fn due_count(conn: &mut DbConnection) -> Result<i64, AppError> {
    let at = now();
    Ok(digest_deliveries::table
        .filter(
            digest_deliveries::state
                .eq("pending")
                .and(digest_deliveries::next_attempt_at.le(at))
                .or(digest_deliveries::state
                    .eq("sending")
                    .and(digest_deliveries::claimed_until.lt(at))),
        )
        .count()
        .get_result(conn)?)
}

/// Counts of one run's deliveries by state.
pub fn run_summary(conn: &mut DbConnection, run_id: i64) -> Result<Vec<(String, i64)>, AppError> {
    Ok(digest_deliveries::table
        .filter(digest_deliveries::run_id.eq(run_id))
        .group_by(digest_deliveries::state)
        .select((
            digest_deliveries::state,
            diesel::dsl::count(digest_deliveries::id),
        ))
        .order(digest_deliveries::state)
        .load(conn)?)
}

/// The latest failed deliveries, for admins: when, which period, why (no address, no text).
pub fn failures(conn: &mut DbConnection, limit: i64) -> Result<Vec<Delivery>, AppError> {
    Ok(digest_deliveries::table
        .filter(digest_deliveries::state.eq("failed"))
        .order(digest_deliveries::id.desc())
        .limit(limit)
        .select(Delivery::as_select())
        .load(conn)?)
}

/// A reader's past digests, newest first.
pub fn archive(conn: &mut DbConnection, user_id: i64) -> Result<Vec<Delivery>, AppError> {
    Ok(digest_deliveries::table
        .filter(digest_deliveries::user_id.eq(user_id))
        .filter(digest_deliveries::state.eq("sent"))
        .order(digest_deliveries::window_end.desc())
        .limit(200)
        .select(Delivery::as_select())
        .load(conn)?)
}

/// One of her past digests; `None` for anyone else's.
pub fn archived(
    conn: &mut DbConnection,
    user_id: i64,
    id: i64,
) -> Result<Option<Delivery>, AppError> {
    Ok(digest_deliveries::table
        .filter(digest_deliveries::id.eq(id))
        .filter(digest_deliveries::user_id.eq(user_id))
        .filter(digest_deliveries::state.eq("sent"))
        .select(Delivery::as_select())
        .first(conn)
        .optional()?)
}

/// The next top of the hour after `at`.
pub fn next_hour(at: DateTime<Utc>) -> DateTime<Utc> {
    let base = at
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at);
    base + chrono::Duration::hours(1)
}

/// Time until `when`, for a timer.
pub fn until(when: DateTime<Utc>) -> Duration {
    (when - Utc::now()).to_std().unwrap_or(Duration::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn sub(zone: &str, hour: i32, weekday: i32) -> SubscriptionRow {
        SubscriptionRow {
            user_id: 1,
            frequency: "daily".into(),
            weekday,
            hour,
            time_zone: zone.into(),
            countries: String::new(),
            contexts: String::new(),
            tags: String::new(),
            queries: "[]".into(),
            own_replies: true,
            token_version: 0,
        }
    }

    #[test]
    fn periods_are_the_readers_own_day_and_week() {
        // 22:30 UTC on Saturday 28 November is already Sunday 29 November in Kyiv.
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 22, 30, 0).unwrap();
        let kyiv: chrono_tz::Tz = "Europe/Kyiv".parse().unwrap();
        assert_eq!(period_of(Frequency::Daily, kyiv, at), "2026-11-29");
        assert_eq!(
            period_of(Frequency::Daily, chrono_tz::UTC, at),
            "2026-11-28"
        );
        assert_eq!(period_of(Frequency::Weekly, kyiv, at), "2026-W48");
        // Monday 30 November in Kyiv starts week 49.
        let monday = Utc.with_ymd_and_hms(2026, 11, 29, 22, 30, 0).unwrap();
        assert_eq!(period_of(Frequency::Weekly, kyiv, monday), "2026-W49");
    }

    #[test]
    fn a_reader_is_due_once_her_local_hour_and_weekday_come() {
        // 05:30 UTC is 07:30 in Kyiv (winter, UTC+2).
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 5, 30, 0).unwrap();
        assert!(is_due(&sub("Europe/Kyiv", 7, 1), Frequency::Daily, at));
        assert!(!is_due(&sub("UTC", 7, 1), Frequency::Daily, at));
        // Saturday is ISO day 6: a Friday reader is due, a Sunday reader is not.
        assert!(is_due(&sub("Europe/Kyiv", 7, 5), Frequency::Weekly, at));
        assert!(!is_due(&sub("Europe/Kyiv", 7, 7), Frequency::Weekly, at));
        assert!(!is_due(&sub("Europe/Kyiv", 8, 6), Frequency::Weekly, at));
    }

    #[test]
    fn the_next_hour_is_the_top_of_the_next_hour() {
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 5, 30, 12).unwrap();
        assert_eq!(
            next_hour(at),
            Utc.with_ymd_and_hms(2026, 11, 28, 6, 0, 0).unwrap()
        );
    }
}

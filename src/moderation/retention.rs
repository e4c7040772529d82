//! Retention of originals. With `retention.original_after_publish_days` > 0 the original of a
//! published revision is kept that many days (default 0: deleted at publication, in the same
//! transaction); a rejected submission's text is kept `retention.rejected_after_days` so that
//! its author can read the reason beside it. A background worker deletes what is due.

use chrono::Duration;
use diesel::prelude::*;

use crate::cases::lifecycle::RevisionStatus;

use super::log;
use crate::db::schema::revisions;
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// Empties the originals whose time is up; returns how many revisions were purged.
pub fn purge_due(
    conn: &mut DbConnection,
    after_publish_days: i64,
    rejected_days: i64,
) -> Result<usize, AppError> {
    let at = now();
    conn.transaction(|conn| {
        let published_cutoff = at - Duration::days(after_publish_days.max(0));
        let rejected_cutoff = at - Duration::days(rejected_days.max(0));
        let due: Vec<(i64, i64)> = revisions::table
            .filter(revisions::purged_at.is_null())
            .filter(
                revisions::status
                    .eq(RevisionStatus::Approved.as_str())
                    .and(revisions::decided_at.le(published_cutoff))
                    .or(revisions::status
                        .eq(RevisionStatus::Rejected.as_str())
                        .and(revisions::decided_at.le(rejected_cutoff))),
            )
            .select((revisions::id, revisions::thread_id))
            .load(conn)?;
        for (id, thread_id) in &due {
            crate::cases::store::purge_revision(conn, *id)?;
            log::record(conn, None, "purge_original", Some(*thread_id), None, None)?;
        }
        Ok(due.len())
    })
}

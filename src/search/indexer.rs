//! Keeping the index in step with the database: the outbox tail, the worker, and full
//! rebuilds.
//!
//! Sequence numbers and commit order: on PostgreSQL a transaction can take sequence number 10,
//! another 11 and commit first; an indexer that read 11 and moved past it would never see 10.
//! So writers take a shared transaction-level advisory lock before writing their outbox row
//! ([`hold_outbox_order`]), and the indexer reads the outbox under the exclusive one: when it
//! reads, every row with a number below the newest it sees has been committed. SQLite
//! serialises writers, so there is nothing to do there.

use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::prelude::*;

use super::index::{Indexable, SearchIndex, load_published};
use super::{Search, new_generation_name, write_pointer};
use crate::cases::store::published_threads;
use crate::context::Shutdown;
use crate::context::{Announcement, Context};
use crate::db::DbConnection;
use crate::db::schema::{search_outbox, threads};
use crate::error::AppError;

const ORDER_LOCK: i64 = 727_385;

/// Outbox rows handled per commit.
pub const BATCH: i64 = 1000;

/// For a writer, before its outbox row: the shared side of the ordering lock (PostgreSQL).
pub fn hold_outbox_order(conn: &mut DbConnection) -> Result<(), AppError> {
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query(format!("SELECT pg_advisory_xact_lock_shared({ORDER_LOCK})"))
            .execute(pg)?;
    }
    Ok(())
}

/// Outbox rows after `after`, oldest first: (sequence number, thread).
pub fn outbox_after(
    conn: &mut DbConnection,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, i64)>, AppError> {
    conn.transaction(|conn| {
        if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query(format!("SELECT pg_advisory_xact_lock({ORDER_LOCK})")).execute(pg)?;
        }
        Ok(search_outbox::table
            .filter(search_outbox::seq.gt(after))
            .order(search_outbox::seq.asc())
            .limit(limit)
            .select((search_outbox::seq, search_outbox::thread_id))
            .load(conn)?)
    })
}

/// The newest outbox sequence number (0 when empty), read under the ordering lock.
pub fn newest_seq(conn: &mut DbConnection) -> Result<i64, AppError> {
    conn.transaction(|conn| {
        if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query(format!("SELECT pg_advisory_xact_lock({ORDER_LOCK})")).execute(pg)?;
        }
        Ok(search_outbox::table
            .select(diesel::dsl::max(search_outbox::seq))
            .first::<Option<i64>>(conn)?
            .unwrap_or(0))
    })
}

/// Applies the next batch of outbox rows to `index`; returns how many rows it covered (0 when
/// caught up). With `commit = false` the batch is left uncommitted, as a crash would leave it.
pub fn catch_up(
    conn: &mut DbConnection,
    index: &SearchIndex,
    limit: i64,
    commit: bool,
) -> Result<usize, AppError> {
    let last = index.last_seq().map_err(AppError::internal)?;
    let rows = outbox_after(conn, last, limit)?;
    let Some(&(newest, _)) = rows.last() else {
        return Ok(0);
    };
    let mut ids: Vec<i64> = rows.iter().map(|(_, id)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    let published = load_published(conn, &ids)?;
    index
        .apply(&ids, &published, newest, commit)
        .map_err(AppError::internal)?;
    Ok(rows.len())
}

/// How often the worker looks for outbox rows it was not told about: rows written by other
/// instances on the same database, a generation swapped in by `parley reindex`. One cheap
/// indexed query; a quarter second keeps another instance's change searchable well within
/// the two seconds a deployment of several instances promises.
const POLL: Duration = Duration::from_millis(250);

/// The worker: catches up at start, then whenever work that wrote to the outbox returns, and
/// every [`POLL`].
pub async fn run(state: Arc<Context>, search: Arc<Search>, shutdown: Shutdown) {
    let signal = state.db.outbox_signal();
    loop {
        match search.follow_pointer() {
            Ok(true) => state.announce(Announcement::SearchIndexChanged),
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "could not open the rebuilt search index"),
        }
        loop {
            let index = search.index();
            match state
                .run(move |conn, _| catch_up(conn, &index, BATCH, true))
                .await
            {
                Ok(0) => break,
                Ok(n) => {
                    tracing::debug!(rows = n, "indexed");
                    // Kept pages list related case studies read from the index.
                    state.announce(Announcement::SearchIndexChanged);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "indexing failed; will retry");
                    break;
                }
            }
            if shutdown.is_cancelled() {
                return;
            }
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = signal.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}

/// What a rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    pub documents: usize,
    pub seconds: f64,
    pub generation: String,
}

/// Builds a fresh generation from every published thread and points `current` at it. The
/// running server keeps answering from the old one and switches within a second; changes made
/// meanwhile are replayed from the outbox (the new generation's payload is the newest sequence
/// number read *before* the threads). `progress(done, total)` is called as it goes.
pub fn rebuild(
    db: &crate::db::Database,
    root: &std::path::Path,
    progress: &mut dyn FnMut(usize, usize),
) -> anyhow::Result<Rebuilt> {
    let started = Instant::now();
    std::fs::create_dir_all(root)?;
    let name = new_generation_name();
    let dir = root.join(&name);
    let result = (|| -> anyhow::Result<usize> {
        let mut conn = db.get()?;
        let seq = newest_seq(&mut conn)?;
        let ids: Vec<i64> = published_threads(&crate::cases::Reach::Everything)
            .query()
            .select(threads::id)
            .order(threads::id.asc())
            .load(&mut *conn)?;
        let memory = super::index::Memory {
            writer_bytes: super::index::REBUILD_WRITER,
            ..Default::default()
        };
        let index = SearchIndex::open_tuned(&dir, memory)?;
        let total = ids.len();
        progress(0, total);
        let mut done = 0;
        for chunk in ids.chunks(2000) {
            let docs: Vec<Indexable> = load_published(&mut conn, chunk)?;
            // A fresh index: nothing to delete.
            index.apply(&[], &docs, seq, false)?;
            done += chunk.len();
            progress(done, total);
        }
        index.apply(&[], &[], seq, true)?;
        index.finish()?;
        Ok(total)
    })();
    match result {
        Ok(documents) => {
            write_pointer(root, &name)?;
            Ok(Rebuilt {
                documents,
                seconds: started.elapsed().as_secs_f64(),
                generation: name,
            })
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            Err(e)
        }
    }
}

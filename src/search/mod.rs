//! Search: a tantivy index of published, anonymised case studies and discussions — a derived
//! view of the database that can always be rebuilt (`parley reindex`), kept in step through
//! the `search_outbox` table.
//!
//! Owns the index directory (`<data_dir>/index/`), the analyzers, the query language, the
//! indexer worker and the search and related-cases queries. Must never index anything but
//! what [`crate::cases::store::published_threads`] returns, and never store an author's
//! identity or an original.
//!
//! Layout: `index/current` names the live generation, `index/gen-…/` holds it. A reindex
//! builds a new generation beside it and swaps the pointer; the running server notices within
//! a second, opens the new one and resumes from the sequence number in its commit payload.
//! Deleting `index/` is always safe: the next start rebuilds it from the database.
//!
//! Staying in step: every change to what search may show writes an outbox row in the same
//! transaction ([`crate::cases::store::enqueue_search_update`]). The connection that wrote it
//! wakes the indexer when its work returns; the indexer also looks every second, for rows
//! written by other instances sharing a PostgreSQL database.

pub mod analysis;
mod directory;
pub mod facets;
pub mod glossary;
pub mod index;
pub mod indexer;
pub mod lists;
pub mod params;
mod pruned;
pub mod query;
mod respell;
pub mod service;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use anyhow::Context;

pub use index::SearchIndex;

/// The live index generation, swappable under running searches.
pub struct Search {
    root: PathBuf,
    memory: index::Memory,
    current: RwLock<(String, Arc<SearchIndex>)>,
}

const POINTER: &str = "current";

impl Search {
    /// Opens the live generation under `root`, creating an empty one (which the indexer then
    /// fills from the outbox) if there is none. Older generations left behind are removed
    /// (newer ones may be a reindex in progress).
    pub fn open(root: &Path) -> anyhow::Result<Search> {
        Self::open_tuned(root, index::Memory::default())
    }

    /// [`Search::open`], each generation holding at most `memory`.
    pub fn open_tuned(root: &Path, memory: index::Memory) -> anyhow::Result<Search> {
        std::fs::create_dir_all(root)
            .with_context(|| format!("cannot create the index directory {}", root.display()))?;
        let name = match read_pointer(root) {
            Some(name) if root.join(&name).is_dir() => name,
            _ => {
                let name = new_generation_name();
                write_pointer(root, &name)?;
                name
            }
        };
        let (name, index) = match SearchIndex::open_tuned(&root.join(&name), memory) {
            Ok(index) => (name, index),
            Err(e) => {
                // A derived view: start a new one, which the indexer fills from the outbox.
                tracing::warn!(error = %e, "the search index could not be opened; rebuilding it");
                let name = new_generation_name();
                let index =
                    SearchIndex::open_tuned(&root.join(&name), memory).with_context(|| {
                        format!("cannot create a search index in {}", root.display())
                    })?;
                write_pointer(root, &name)?;
                (name, index)
            }
        };
        remove_other_generations(root, &name);
        Ok(Search {
            root: root.to_path_buf(),
            memory,
            current: RwLock::new((name, Arc::new(index))),
        })
    }

    /// The live index.
    pub fn index(&self) -> Arc<SearchIndex> {
        self.current
            .read()
            .map(|c| c.1.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().1.clone())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Opens the generation the pointer names if a reindex has swapped it; `true` if so.
    pub fn follow_pointer(&self) -> anyhow::Result<bool> {
        let Some(name) = read_pointer(&self.root) else {
            return Ok(false);
        };
        let live = self.current.read().map(|c| c.0.clone()).unwrap_or_default();
        if name == live {
            return Ok(false);
        }
        let index = Arc::new(SearchIndex::open_tuned(
            &self.root.join(&name),
            self.memory,
        )?);
        let old = {
            let mut current = self
                .current
                .write()
                .map_err(|_| anyhow::anyhow!("the search index lock is poisoned"))?;
            std::mem::replace(&mut *current, (name.clone(), index))
        };
        tracing::info!(generation = %name, "switched to a rebuilt search index");
        let old_dir = old.1.dir.clone();
        drop(old);
        // Searches still holding the old generation keep their open files (Unix semantics).
        if let Err(e) = std::fs::remove_dir_all(&old_dir) {
            tracing::warn!(error = %e, "could not remove the previous search index");
        }
        Ok(true)
    }
}

/// A fresh generation directory name, unique and sortable.
pub fn new_generation_name() -> String {
    let mut bytes = [0u8; 4];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    format!(
        "gen-{}-{}",
        chrono::Utc::now().format("%Y%m%d%H%M%S"),
        hex::encode(bytes)
    )
}

pub fn read_pointer(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join(POINTER))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| s.starts_with("gen-") && !s.contains(['/', '\\']))
}

/// The live generation under `root`, for searching only (see
/// [`SearchIndex::open_for_reading`]).
pub fn open_live_for_reading(root: &Path) -> anyhow::Result<SearchIndex> {
    let name = read_pointer(root)
        .ok_or_else(|| anyhow::anyhow!("there is no search index in {}", root.display()))?;
    SearchIndex::open_for_reading(&root.join(name))
}

/// Points `current` at `name`, atomically (write then rename).
pub fn write_pointer(root: &Path, name: &str) -> anyhow::Result<()> {
    let temp = root.join(format!("{POINTER}.tmp"));
    std::fs::write(&temp, name)?;
    std::fs::rename(&temp, root.join(POINTER))?;
    Ok(())
}

fn remove_other_generations(root: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("gen-") && name.as_str() < keep {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Runs a search, then keeps only hits the database still shows members: a thread hidden a
/// moment ago is never shown while the indexer catches up.
pub fn search_published(
    conn: &mut crate::db::DbConnection,
    index: &SearchIndex,
    request: &service::Request,
) -> Result<service::Results, crate::error::AppError> {
    let mut results = service::search(index, request).map_err(crate::error::AppError::internal)?;
    let ids: Vec<i64> = results.hits.iter().map(|h| h.id).collect();
    let live = still_published(conn, &ids, &request.reach)?;
    let before = results.hits.len();
    results.hits.retain(|h| live.contains(&h.id));
    results.total = results.total.saturating_sub(before - results.hits.len());
    Ok(results)
}

/// Up to five related published case studies of `id` (see [`service::related`]).
pub fn related_published(
    conn: &mut crate::db::DbConnection,
    index: &SearchIndex,
    id: i64,
    reach: &crate::cases::Reach,
) -> Result<Vec<service::Related>, crate::error::AppError> {
    use diesel::prelude::*;
    // Found among what she may read (in the index), then read through the gate with her reach
    // (a thread unpublished since it was indexed is left out): titles, countries and years
    // come from the database, in the index's order.
    let ids = service::related(index, id, 8, reach).map_err(crate::error::AppError::internal)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    use crate::db::schema::threads;
    let rows: Vec<(i64, String, Option<String>, Option<i32>)> =
        crate::cases::store::published_among(&ids, reach)
            .query()
            .select((
                threads::id,
                threads::title,
                threads::country,
                threads::period_year,
            ))
            .load(conn)?;
    let mut by_id: std::collections::HashMap<i64, service::Related> = rows
        .into_iter()
        .map(|(id, title, country, year)| {
            (
                id,
                service::Related {
                    id,
                    title,
                    country,
                    year,
                },
            )
        })
        .collect();
    let mut related: Vec<service::Related> = ids.iter().filter_map(|id| by_id.remove(id)).collect();
    related.truncate(5);
    Ok(related)
}

fn still_published(
    conn: &mut crate::db::DbConnection,
    ids: &[i64],
    reach: &crate::cases::Reach,
) -> Result<std::collections::HashSet<i64>, crate::error::AppError> {
    use diesel::prelude::*;
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(crate::cases::store::published_among(ids, reach)
        .query()
        .select(crate::db::schema::threads::id)
        .load::<i64>(conn)?
        .into_iter()
        .collect())
}

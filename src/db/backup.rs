//! `parley backup FILE` and `parley restore FILE` for the embedded SQLite database.
//!
//! A backup is SQLite's `VACUUM INTO`: one read transaction, so the copy is consistent even
//! while a server writes (WAL mode lets it go on writing), and compact. A restore checks the
//! copy (SQLite's integrity check, Parley's migrations table, not newer than this binary),
//! refuses while a server holds the data directory, keeps the database it replaces as
//! `parley.db.before-restore-<time>` (a mistaken restore loses nothing), moves the copy in
//! atomically, and leaves the search index to be rebuilt from the restored outbox (the
//! command does that at once).
//!
//! PostgreSQL has its own tools, which are better at this than anything Parley could add:
//! `pg_dump --format=custom` online, `pg_restore --clean`, then `parley reindex`. The commands
//! say so instead of half-doing it.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

/// The lock file a serving process holds (shared) for as long as it runs.
pub const LOCK_FILE: &str = "parley.lock";

/// Held by `parley serve`: a restore cannot replace the database under a running server.
pub fn hold_data_dir(data_dir: &Path) -> anyhow::Result<File> {
    let file = lock_file(data_dir)?;
    file.try_lock_shared().map_err(|_| {
        anyhow::anyhow!(
            "{} is being restored; start the server when the restore has finished",
            data_dir.display()
        )
    })?;
    Ok(file)
}

/// Held by commands that must not run beside a server (`restore`, `copy`): fails with
/// `refusal` when a server holds the data directory.
pub fn hold_data_dir_alone(data_dir: &Path, refusal: &str) -> anyhow::Result<File> {
    std::fs::create_dir_all(data_dir)?;
    let file = lock_file(data_dir)?;
    if file.try_lock().is_err() {
        bail!("{refusal}");
    }
    Ok(file)
}

fn lock_file(data_dir: &Path) -> anyhow::Result<File> {
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))
        .with_context(|| format!("cannot open {}", data_dir.join(LOCK_FILE).display()))
}

/// One text value from a raw query (`… AS value`).
#[derive(QueryableByName)]
pub(super) struct One {
    #[diesel(sql_type = Text)]
    pub value: String,
}

/// A count from a raw query (`count(*) AS n`).
#[derive(QueryableByName)]
pub(super) struct Count {
    #[diesel(sql_type = BigInt)]
    pub n: i64,
}

fn quoted(path: &Path) -> anyhow::Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("{} is not valid UTF-8", path.display()))?;
    Ok(format!("'{}'", text.replace('\'', "''")))
}

/// Writes a consistent copy of the live SQLite database to `target` (which must not exist).
pub fn backup_sqlite(live: &Path, target: &Path) -> anyhow::Result<u64> {
    if target.exists() {
        bail!(
            "{} already exists; choose a new file name (a backup never overwrites)",
            target.display()
        );
    }
    if !live.exists() {
        bail!("there is no database at {} to back up", live.display());
    }
    // Readable by its owner only, like the database: VACUUM INTO fills an empty file.
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(target)
            .with_context(|| format!("cannot create {}", target.display()))?;
    }
    let mut conn = SqliteConnection::establish(&live.to_string_lossy())
        .with_context(|| format!("cannot open {}", live.display()))?;
    diesel::sql_query("PRAGMA busy_timeout = 10000").execute(&mut conn)?;
    let written = diesel::sql_query(format!("VACUUM INTO {}", quoted(target)?))
        .execute(&mut conn)
        .with_context(|| format!("writing {} failed", target.display()));
    if written.is_err() {
        let _ = std::fs::remove_file(target);
    }
    written?;
    Ok(std::fs::metadata(target)?.len())
}

/// The checks a file must pass before it may replace the live database.
pub fn check_sqlite_backup(file: &Path, latest_migration: &str) -> anyhow::Result<()> {
    if !file.is_file() {
        bail!("{} does not exist", file.display());
    }
    let mut conn = SqliteConnection::establish(&format!("file:{}?mode=ro", file.display()))
        .with_context(|| format!("{} is not an SQLite database", file.display()))?;
    let integrity: Vec<One> =
        diesel::sql_query("SELECT integrity_check AS value FROM pragma_integrity_check")
            .load(&mut conn)
            .with_context(|| format!("{} is not an SQLite database", file.display()))?;
    if integrity.first().map(|r| r.value.as_str()) != Some("ok") {
        bail!(
            "{} is damaged (SQLite's integrity check failed)",
            file.display()
        );
    }
    let tables: Vec<Count> = diesel::sql_query(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' \
         AND name IN ('__diesel_schema_migrations', 'users', 'threads')",
    )
    .load(&mut conn)?;
    if tables.first().map(|c| c.n) != Some(3) {
        bail!("{} is not a Parley database", file.display());
    }
    let newest: Vec<One> = diesel::sql_query(
        "SELECT coalesce(max(version), '') AS value FROM __diesel_schema_migrations",
    )
    .load(&mut conn)?;
    let newest = newest.first().map(|r| r.value.clone()).unwrap_or_default();
    if newest.as_str() > latest_migration {
        bail!(
            "{} was made by a newer Parley (schema {newest}, this one knows up to {latest_migration}); upgrade first",
            file.display()
        );
    }
    Ok(())
}

/// Replaces the live database with `backup`; returns where the replaced one was kept.
pub fn restore_sqlite(
    backup: &Path,
    live: &Path,
    data_dir: &Path,
    latest_migration: &str,
) -> anyhow::Result<Option<PathBuf>> {
    check_sqlite_backup(backup, latest_migration)?;
    let lock = hold_data_dir_alone(
        data_dir,
        &format!(
            "a Parley server is running on {}; stop it before restoring",
            data_dir.display()
        ),
    )?;
    let dir = live.parent().unwrap_or(Path::new("."));
    let staged = dir.join(".parley-restore.db");
    std::fs::copy(backup, &staged)
        .with_context(|| format!("cannot copy {} next to the database", backup.display()))?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&staged, std::fs::Permissions::from_mode(0o600))?;
    }
    File::open(&staged)?.sync_all()?;
    let kept = if live.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let name = live
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "parley.db".into());
        let kept = dir.join(format!("{name}.before-restore-{stamp}"));
        // The write-ahead log belongs to the database it was written for: it moves with it.
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", live.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", kept.display()))?;
            }
        }
        std::fs::rename(live, &kept)?;
        Some(kept)
    } else {
        None
    };
    std::fs::rename(&staged, live)?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    drop(lock);
    Ok(kept)
}

//! The database: one connection type over SQLite (embedded default) and PostgreSQL, its pool,
//! the hand-written `schema`, and the embedded migrations of both backends.
//!
//! Owns connecting, pooling and migrating. Must never run a blocking diesel call on the async
//! executor: async code goes through [`Database::run`], which hops to the blocking pool.

pub mod backup;
pub mod copy;
pub mod schema;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::{DatabaseSettings, DatabaseTarget};
use crate::error::AppError;

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The newest SQLite migration this binary carries, as diesel records its version.
pub fn latest_sqlite_migration() -> String {
    use diesel::migration::MigrationSource;
    MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS)
        .ok()
        .and_then(|all| all.iter().map(|m| m.name().version().to_string()).max())
        .unwrap_or_default()
}

/// A connection to whichever backend is configured. Domain functions take `&mut DbConnection`.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Sqlite(_) => Backend::Sqlite,
            DbConnection::Postgres(_) => Backend::Postgres,
        }
    }

    /// First thing in a transaction that reads and then writes: on SQLite, takes the write
    /// lock now (a write statement, matching no row), so the transaction waits its turn
    /// (`busy_timeout`) instead of failing at once with "database is busy" when another
    /// connection wrote after it read. Nothing to do on PostgreSQL.
    pub fn write_first(&mut self) -> Result<(), diesel::result::Error> {
        if let DbConnection::Sqlite(sqlite) = self {
            use diesel::RunQueryDsl;
            diesel::sql_query("UPDATE view_epoch SET epoch = epoch WHERE id = 0")
                .execute(sqlite)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// Why the database could not be reached or prepared, worded for the operator.
#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error("could not open the database at {target}: {reason}")]
    Connect { target: String, reason: String },
    #[error("could not apply migrations to {target}: {reason}")]
    Migrate { target: String, reason: String },
}

/// Opens connections for the pool, choosing the backend from the configured target (never by
/// trial), and prepares every SQLite connection: WAL, busy timeout, foreign keys.
#[derive(Debug)]
pub struct ConnectionManager {
    target: DatabaseTarget,
    busy_timeout_ms: u32,
    /// SQLite's page cache per connection, in KiB (`database.sqlite_cache_kib`).
    sqlite_cache_kib: u32,
    connect_timeout_secs: u64,
}

impl ConnectionManager {
    fn open(&self) -> Result<DbConnection, diesel::r2d2::Error> {
        match &self.target {
            DatabaseTarget::Sqlite(path) => {
                let path = path.to_str().ok_or_else(|| {
                    diesel::r2d2::Error::ConnectionError(
                        diesel::ConnectionError::InvalidConnectionUrl(
                            "the SQLite path is not valid UTF-8".into(),
                        ),
                    )
                })?;
                let mut conn = SqliteConnection::establish(path)
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                // busy_timeout first: switching to WAL itself may wait for a lock.
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA cache_size = -{};",
                    self.busy_timeout_ms, self.sqlite_cache_kib
                ))
                .map_err(diesel::r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseTarget::Postgres(url) => {
                let url = with_connect_timeout(url.expose(), self.connect_timeout_secs);
                let conn =
                    PgConnection::establish(&url).map_err(diesel::r2d2::Error::ConnectionError)?;
                Ok(DbConnection::Postgres(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        self.open()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        match conn {
            DbConnection::Sqlite(_) => false,
            DbConnection::Postgres(c) => diesel::r2d2::R2D2Connection::is_broken(c),
        }
    }
}

/// libpq waits for an unreachable host as long as the OS lets it; bound it unless the operator
/// chose a value in the URL.
fn with_connect_timeout(url: &str, secs: u64) -> String {
    if url.contains("connect_timeout=") {
        return url.to_string();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}connect_timeout={}", secs.max(1))
}

/// The pool and what it points at. Cheap to clone.
#[derive(Clone)]
pub struct Database {
    pool: r2d2::Pool<ConnectionManager>,
    backend: Backend,
    description: String,
    /// Raised when work run through [`Database::run`] wrote a `search_outbox` row.
    outbox: std::sync::Arc<tokio::sync::Notify>,
    /// One permit per pooled connection: async callers queue here, cheaply, instead of each
    /// taking a blocking thread to wait for a connection. Under a thousand concurrent requests
    /// the blocking pool otherwise grows to hundreds of threads fighting over eight
    /// connections on two cores, and throughput collapses (measured: 6,250 → 206 pages/s).
    permits: std::sync::Arc<tokio::sync::Semaphore>,
    /// How long a caller may queue for a connection before it is told to come back (503).
    wait: Duration,
}

thread_local! {
    /// Set by [`note_outbox_write`] on the thread doing the work, read by [`Database::run`].
    static OUTBOX_WRITTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Records that the current work wrote a `search_outbox` row, so that the search indexer is
/// woken when the work returns (after its transaction has committed).
pub fn note_outbox_write() {
    OUTBOX_WRITTEN.set(true);
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("target", &self.description)
            .finish()
    }
}

impl Database {
    /// Opens one connection first, so that an unreachable or unwritable database is reported
    /// with its real cause, then builds the pool.
    pub fn connect(
        target: &DatabaseTarget,
        settings: &DatabaseSettings,
    ) -> Result<Database, DbSetupError> {
        let description = target.to_string();
        if let DatabaseTarget::Sqlite(path) = target
            && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).map_err(|e| DbSetupError::Connect {
                target: description.clone(),
                reason: format!("cannot create directory {}: {e}", parent.display()),
            })?;
        }
        let manager = ConnectionManager {
            target: target.clone(),
            busy_timeout_ms: settings.busy_timeout_ms,
            sqlite_cache_kib: settings.sqlite_cache_kib,
            connect_timeout_secs: settings.connect_timeout_secs,
        };
        let first = manager.open().map_err(|e| DbSetupError::Connect {
            target: description.clone(),
            reason: e.to_string().trim().to_string(),
        })?;
        let backend = first.backend();
        let pool = r2d2::Pool::builder()
            .max_size(settings.pool_size)
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(settings.connect_timeout_secs.max(1)))
            .build_unchecked(manager);
        drop(first);
        Ok(Database {
            pool,
            backend,
            description,
            outbox: Default::default(),
            permits: std::sync::Arc::new(tokio::sync::Semaphore::new(settings.pool_size as usize)),
            wait: Duration::from_secs(settings.connect_timeout_secs.max(1)),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Notified after work that wrote a `search_outbox` row has returned.
    pub fn outbox_signal(&self) -> std::sync::Arc<tokio::sync::Notify> {
        self.outbox.clone()
    }

    /// Where the database is, password removed; safe to log.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// A pooled connection for blocking code (the command line, background threads). Async
    /// code uses [`Database::run`].
    pub fn get(&self) -> Result<PooledConnection, AppError> {
        self.pool.get().map_err(|e| {
            tracing::warn!(error = %e, "no database connection available");
            AppError::Unavailable("The database is not answering. Please try again shortly.".into())
        })
    }

    /// Runs `f` with a pooled connection on the blocking thread pool.
    pub async fn run<F, T>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| {
                tracing::warn!("no database connection became free in time");
                AppError::Unavailable("Parley is very busy. Please try again in a moment.".into())
            })?
            .map_err(|e| AppError::Internal(anyhow::anyhow!("database permits closed: {e}")))?;
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let mut conn = db.get()?;
            OUTBOX_WRITTEN.set(false);
            let result = f(&mut conn);
            if OUTBOX_WRITTEN.replace(false) && result.is_ok() {
                db.outbox.notify_one();
            }
            result
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("database task failed: {e}")))?
    }

    /// Applies pending migrations; returns the versions applied. On PostgreSQL an advisory
    /// lock keeps two instances starting together from migrating at once.
    pub fn migrate(&self) -> Result<Vec<String>, DbSetupError> {
        let fail = |reason: String| DbSetupError::Migrate {
            target: self.description.clone(),
            reason,
        };
        let mut conn = self.pool.get().map_err(|e| fail(e.to_string()))?;
        let applied = match &mut *conn {
            DbConnection::Sqlite(c) => c
                .run_pending_migrations(SQLITE_MIGRATIONS)
                .map(|v| v.iter().map(|m| m.to_string()).collect())
                .map_err(|e| fail(e.to_string()))?,
            DbConnection::Postgres(c) => {
                c.batch_execute("SELECT pg_advisory_lock(727384)")
                    .map_err(|e| fail(e.to_string()))?;
                let result = c
                    .run_pending_migrations(POSTGRES_MIGRATIONS)
                    .map(|v| v.iter().map(|m| m.to_string()).collect::<Vec<_>>())
                    .map_err(|e| fail(e.to_string()));
                let _ = c.batch_execute("SELECT pg_advisory_unlock(727384)");
                result?
            }
        };
        Ok(applied)
    }

    /// Readiness: the database answers a trivial query.
    pub async fn ping(&self) -> Result<(), AppError> {
        self.run(|conn| {
            conn.batch_execute("SELECT 1")
                .map_err(|e| AppError::Unavailable(format!("database check failed: {e}")))
        })
        .await
    }
}

/// The current time as stored: UTC, truncated to microseconds (PostgreSQL's precision), so a
/// value reads back equal on both backends.
pub fn now() -> chrono::NaiveDateTime {
    truncate_to_micros(chrono::Utc::now().naive_utc())
}

pub fn truncate_to_micros(t: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let nanos = t.nanosecond() / 1_000 * 1_000;
    t.with_nanosecond(nanos).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::migration::MigrationSource;
    use diesel::sql_types::{Integer, Text};
    use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};

    #[derive(QueryableByName)]
    struct Column {
        #[diesel(sql_type = Integer)]
        cid: i32,
        #[diesel(sql_type = Text)]
        name: String,
    }

    #[derive(QueryableByName)]
    struct Texts {
        #[diesel(sql_type = Text)]
        title: String,
        #[diesel(sql_type = Text)]
        lessons: String,
        #[diesel(sql_type = Text)]
        body_markdown: String,
        #[diesel(sql_type = Text)]
        body_html: String,
        #[diesel(sql_type = Text)]
        country: String,
        #[diesel(sql_type = Integer)]
        contexts: i32,
    }

    #[derive(QueryableByName)]
    struct Used {
        #[diesel(sql_type = Integer)]
        used: i32,
    }

    /// SQLite keeps a prepared statement's plan whatever values are bound (`.cargo/config.toml`
    /// builds it so). Without the option, a statement with `LIMIT ?` is planned again at every
    /// execution: a fifth of a case page's time under load.
    #[test]
    fn sqlite_is_built_to_keep_its_plans() {
        let mut conn = SqliteConnection::establish(":memory:").unwrap();
        let found: Used =
            diesel::sql_query("SELECT sqlite_compileoption_used('ENABLE_QPSG') AS used")
                .get_result(&mut conn)
                .unwrap();
        assert_eq!(
            found.used, 1,
            "build with LIBSQLITE3_FLAGS=-DSQLITE_ENABLE_QPSG"
        );
    }

    /// Upgrading a community that already holds case studies: the migration that moves a
    /// thread's long text behind its metadata keeps every text and every row that hangs from
    /// the thread (no table dropped, no cascade), and lists then find the metadata first.
    #[test]
    fn moving_the_long_text_last_keeps_every_case_and_puts_the_metadata_first() {
        let mut conn = SqliteConnection::establish(":memory:").unwrap();
        conn.batch_execute("PRAGMA foreign_keys = ON").unwrap();
        diesel::migration::MigrationConnection::setup(&mut conn).unwrap();
        let mut all =
            MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS).unwrap();
        all.sort_by_key(|m| m.name().version().to_string());
        let (last, before) = all.split_last().unwrap();
        assert!(last.name().to_string().ends_with("thread_text_last"));
        for m in before {
            conn.run_migration(m.as_ref()).unwrap();
        }
        conn.batch_execute(
            "INSERT INTO threads (id, kind, status, title, lessons, body_markdown, body_html,
                 country, created_at, updated_at, published_at, last_activity_at, context_keys)
             VALUES (7, 'case_study', 'published', 'Bus through the checkpoint',
                 'Ask twice.', '# Convoy\n\nLong story', '<h1>Convoy</h1><p>Long story</p>',
                 'UA', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '2026-01-02 00:00:00',
                 '2026-01-02 00:00:00', 'checkpoints');
             INSERT INTO thread_contexts (thread_id, context) VALUES (7, 'checkpoints');",
        )
        .unwrap();

        conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap();

        let row: Texts = diesel::sql_query(
            "SELECT title, lessons, body_markdown, body_html, country,
                 (SELECT COUNT(*) FROM thread_contexts WHERE thread_id = 7) AS contexts
             FROM threads WHERE id = 7",
        )
        .get_result(&mut conn)
        .unwrap();
        assert_eq!(row.title, "Bus through the checkpoint");
        assert_eq!(row.lessons, "Ask twice.");
        assert_eq!(row.body_markdown, "# Convoy\n\nLong story");
        assert_eq!(row.body_html, "<h1>Convoy</h1><p>Long story</p>");
        assert_eq!(row.country, "UA");
        assert_eq!(row.contexts, 1, "the thread's contexts were cascaded away");

        let mut columns: Vec<Column> = diesel::sql_query("PRAGMA table_info(threads)")
            .load(&mut conn)
            .unwrap();
        columns.sort_by_key(|c| c.cid);
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names[names.len() - 3..],
            ["lessons", "body_markdown", "body_html"],
            "{names:?}"
        );
        let integrity: Vec<Column> =
            diesel::sql_query("SELECT 0 AS cid, \"table\" AS name FROM pragma_foreign_key_check")
                .load(&mut conn)
                .unwrap();
        assert!(integrity.is_empty(), "foreign keys broken by the migration");
    }
}

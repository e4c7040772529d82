//! What the domain needs from a running Parley, and nothing of how it is delivered: the
//! settings, the database, the account tools (signing key, password hashing, session policy),
//! the mailer, rate limits, the search index, and the digest worker's wake-up and window cache.
//!
//! Defined below the shell (`app`, `web`, `api`), so that domain functions take a `&Context`
//! (or less) and never the shell's types: a test calls them without HTTP, and the arrows of
//! the import graph point down only. The shell builds one `Context` per process and hands it
//! to handlers (as actix `Data<Context>`) and workers (as `Arc<Context>`).
//!
//! Where the shell must react to the domain — drop kept pages when the search index changes —
//! the domain *announces* ([`Context::announce`]) and the shell listens
//! ([`Context::listen`]); the domain never reaches up.

use std::sync::{Arc, OnceLock, RwLock};
use std::time::Duration;

use crate::accounts::passwords::PasswordHashing;
use crate::accounts::rate_limit::RateLimiter;
use crate::accounts::sessions::{IdentityCache, SessionPolicy};
use crate::accounts::tokens::Signer;
use crate::config::{Secret, Settings};
use crate::db::{Database, DbConnection};
use crate::error::AppError;
use crate::mail::Mailer;

/// The signal a background worker watches: `signal.cancelled().await` resolves when Parley is
/// stopping.
pub type Shutdown = tokio_util::sync::CancellationToken;

/// The services domain work runs with.
pub struct Context {
    pub settings: Arc<Settings>,
    pub db: Database,
    pub auth: AuthKit,
    pub mailer: Mailer,
    pub limiter: RateLimiter,
    /// Recently checked sessions (see [`IdentityCache`]).
    pub identities: IdentityCache,
    /// The search index; opened by the server (the command line leaves it alone, so that it
    /// can run beside a server that holds the index writer).
    pub search: OnceLock<Arc<crate::search::Search>>,
    /// Woken when a digest run wrote deliveries, so the worker starts at once.
    pub digest_wake: tokio::sync::Notify,
    /// Which posts a digest window holds, shared by the digests of one run.
    pub digest_cache: Arc<crate::digest::compose::CandidateCache>,
    listeners: RwLock<Vec<Listener>>,
}

type Listener = Box<dyn Fn(Announcement) + Send + Sync>;

/// What the domain tells whoever listens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Announcement {
    /// The search index took in changes: anything built from it (related cases on a kept
    /// page) may be stale.
    SearchIndexChanged,
}

/// The account tools a database closure needs: cheap to clone onto the blocking pool.
#[derive(Clone)]
pub struct AuthKit {
    pub signer: Signer,
    pub hashing: PasswordHashing,
    pub session_policy: SessionPolicy,
}

impl AuthKit {
    pub fn from_settings(settings: &Settings, signing_key: Secret) -> AuthKit {
        AuthKit {
            signer: Signer::new(signing_key),
            hashing: PasswordHashing::from_settings(&settings.auth),
            session_policy: SessionPolicy::from_settings(&settings.auth),
        }
    }
}

impl Context {
    /// A context over an open (migrated) database, with the account tools and the mailer.
    pub fn new(settings: Settings, db: Database, auth: AuthKit, mailer: Mailer) -> Context {
        Context {
            settings: Arc::new(settings),
            db,
            auth,
            mailer,
            limiter: RateLimiter::new(),
            identities: IdentityCache::new(Duration::from_secs(3)),
            search: OnceLock::new(),
            digest_wake: tokio::sync::Notify::new(),
            digest_cache: Default::default(),
            listeners: RwLock::new(Vec::new()),
        }
    }

    /// Runs database work on the blocking pool, with the account tools at hand.
    pub async fn run<F, T>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection, &AuthKit) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let kit = self.auth.clone();
        self.db.run(move |conn| f(conn, &kit)).await
    }

    /// An absolute link to `path` carrying `token`, for mails and the terminal.
    pub fn link(&self, path: &str, token: &str) -> String {
        format!(
            "{}{}?token={}",
            self.settings.public_url.trim_end_matches('/'),
            path,
            token
        )
    }

    /// An address of this Parley, for a mail.
    pub fn link_plain(&self, path: &str) -> String {
        format!("{}{path}", self.settings.public_url.trim_end_matches('/'))
    }

    /// The search index, or 503 while it is not open.
    pub fn search(&self) -> Result<Arc<crate::search::Search>, AppError> {
        self.search.get().cloned().ok_or_else(|| {
            AppError::Unavailable("Search is starting. Please try again in a moment.".into())
        })
    }

    /// Where the search index lives.
    pub fn index_dir(&self) -> std::path::PathBuf {
        self.settings.data_dir.join("index")
    }

    /// Tells every listener (at once, on this thread).
    pub fn announce(&self, announcement: Announcement) {
        let listeners = self.listeners.read().unwrap_or_else(|p| p.into_inner());
        for listener in listeners.iter() {
            listener(announcement);
        }
    }

    /// Calls `listener` on every later announcement.
    pub fn listen(&self, listener: impl Fn(Announcement) + Send + Sync + 'static) {
        self.listeners
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .push(Box::new(listener));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn announcements_reach_every_listener() {
        let settings = Settings::with_overrides(serde_json::json!({
            "data_dir": std::env::temp_dir(),
            "database": {"url": "sqlite://:memory:"},
        }))
        .unwrap();
        let db = Database::connect(
            &settings.database_target().unwrap(),
            &settings.database.clone(),
        )
        .unwrap();
        let auth = AuthKit::from_settings(&settings, Secret::new("k".repeat(64)));
        let mailer = Mailer::from_settings(&settings).unwrap();
        let ctx = Context::new(settings, db, auth, mailer);
        let heard = Arc::new(AtomicUsize::new(0));
        for _ in 0..2 {
            let heard = heard.clone();
            ctx.listen(move |a| {
                assert_eq!(a, Announcement::SearchIndexChanged);
                heard.fetch_add(1, Ordering::SeqCst);
            });
        }
        ctx.announce(Announcement::SearchIndexChanged);
        assert_eq!(heard.load(Ordering::SeqCst), 2);
    }
}

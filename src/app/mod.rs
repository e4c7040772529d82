//! Builds the running service: shared state, the actix `App` with its middleware, the HTTP
//! server, and the background workers; and stops them in order (requests drain first, then
//! workers finish their unit of work).
//!
//! Owns wiring only. Must never hold domain logic: routes live with their domain (`web`, `api`).

pub mod memory;
pub mod signing_key;
pub mod telemetry;
pub mod workers;

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::{Server, ServerHandle};
use actix_web::middleware::{Compress, from_fn};
use actix_web::web::Data;
use actix_web::{App, HttpServer};
use anyhow::Context as _;

use crate::config::Settings;
use crate::context::{Announcement, AuthKit, Context, Shutdown};
use crate::db::Database;
use crate::mail::Mailer;
use crate::web;
use crate::web::assets::Assets;
use crate::web::page_cache::PageCache;
use workers::Workers;

/// Prepares the data directory, opens and migrates the database, loads the signing key and
/// the mail transport: the [`Context`] domain work runs with, for the server and the command
/// line alike.
pub async fn build_context(settings: Settings) -> anyhow::Result<Context> {
    prepare_data_dir(&settings.data_dir)?;
    let target = settings.database_target()?;
    let db_settings = settings.database.clone();
    let db = tokio::task::spawn_blocking(move || -> anyhow::Result<Database> {
        let db = Database::connect(&target, &db_settings)?;
        let applied = db.migrate()?;
        if !applied.is_empty() {
            tracing::info!(count = applied.len(), "applied migrations");
        }
        Ok(db)
    })
    .await??;
    tracing::info!(database = db.description(), "database ready");
    let signing_key =
        signing_key::load_or_create(&settings.auth.signing_secret, &settings.data_dir)?;
    let auth = AuthKit::from_settings(&settings, signing_key);
    let mailer = Mailer::from_settings(&settings)?;
    Ok(Context::new(settings, db, auth, mailer))
}

/// The address links name. A loopback `public_url` (the default, the demo's) follows the port
/// the server really listens on — `server.bind` set to another port, or port 0 — so that the
/// links printed and mailed lead to it; any other `public_url` is the operator's (a proxy in
/// front) and is left alone.
pub fn public_url_for(public_url: &str, bind: std::net::SocketAddr, port: u16) -> String {
    let Ok(mut url) = url::Url::parse(public_url) else {
        return public_url.to_string();
    };
    if !crate::demo::local_only(public_url) || url.port_or_known_default() == Some(port) {
        return public_url.to_string();
    }
    if bind.ip().is_loopback() || bind.ip().is_unspecified() {
        let _ = url.set_port(Some(port));
    }
    url.as_str().trim_end_matches('/').to_string()
}

/// A bound, not yet running, Parley server and its workers.
pub struct Application {
    port: u16,
    server: Server,
    workers: Workers,
    state: Data<Context>,
    pages: Data<PageCache>,
}

impl Application {
    /// Prepares the data directory, opens and migrates the database, binds the listener.
    /// Everything that can fail at start fails here, with a message for the operator.
    pub async fn build(mut settings: Settings) -> anyhow::Result<Application> {
        // Listening first: the address links name (mails, the demo's sign-in page, the
        // start-up message) is the one the server answers on.
        let listener = TcpListener::bind(settings.server.bind).with_context(|| {
            format!("cannot listen on {} (`server.bind`)", settings.server.bind)
        })?;
        let port = listener.local_addr()?.port();
        settings.public_url = public_url_for(&settings.public_url, settings.server.bind, port);
        // Whether the signing key was there before this start (a key made just now, say for
        // a data directory given by mistake, must not seal anything for good).
        let key_was_there = !settings.auth.signing_secret.is_empty()
            || signing_key::key_file(&settings.data_dir).exists();
        let state = Data::new(build_context(settings).await?);
        let settings = state.settings.clone();
        // The web layer's parts: the static files and the page cache, which listens for the
        // domain's announcements (the domain never calls into the web layer).
        let assets = Data::new(Assets::load(&settings.server.static_dir));
        let pages = Data::new(PageCache::new(
            settings.page_cache.megabytes,
            settings.page_cache.poll_ms,
        ));
        {
            let pages = pages.clone();
            state.listen(move |announcement| match announcement {
                Announcement::SearchIndexChanged => pages.index_changed(),
            });
        }
        // Two-factor secrets an earlier version stored in plain text are sealed — by the
        // server only, with the key it has been using (not by a one-off command, nor with a
        // key made at this start).
        if key_was_there {
            let sealed = state
                .run(|conn, kit| crate::accounts::totp::seal_plaintext_secrets(conn, &kit.signer))
                .await?;
            if sealed > 0 {
                tracing::info!(
                    count = sealed,
                    "sealed two-factor secrets stored in plain text"
                );
            }
        } else {
            tracing::warn!(
                "a new signing key was made at this start: two-factor secrets stored in plain text (if any) are left as they are"
            );
        }
        if settings.demo {
            if !crate::demo::local_only(&settings.public_url) {
                tracing::warn!(
                    "`demo` is on but `public_url` is not a loopback address: no demo community is seeded"
                );
            } else if state.run(|conn, _| crate::demo::fresh(conn)).await? {
                seed_demo(&state).await?;
            }
        }
        announce_setup_link(&state).await?;

        let server = build_server(listener, state.clone(), pages.clone(), assets, &settings)?;
        let search = Arc::new(crate::search::Search::open_tuned(
            &state.index_dir(),
            crate::search::index::Memory::from_settings(&settings.search),
        )?);
        let _ = state.search.set(search.clone());
        let mut workers = Workers::new();
        if state.settings.page_cache.megabytes > 0 {
            // The counter is read through a connection of its own, so that reading it never
            // waits behind the requests queued for the pool: under overload a late read
            // would stop the cache, and the load would rise further.
            let target = settings.database_target()?;
            let own = crate::config::DatabaseSettings {
                pool_size: 1,
                ..settings.database.clone()
            };
            let db =
                tokio::task::spawn_blocking(move || Database::connect(&target, &own)).await??;
            pages.use_database(db);
        }
        // The change counter is read once before the first request, then polled.
        pages.refresh(&state).await;
        if state.settings.page_cache.megabytes > 0 {
            let (pages, state) = (pages.clone(), state.clone());
            workers.spawn("page cache", move |shutdown| {
                web::page_cache::poll(pages, state, shutdown)
            });
        }
        memory::configure();
        if state.settings.server.trim_memory_seconds > 0 {
            let every = Duration::from_secs(state.settings.server.trim_memory_seconds);
            workers.spawn("memory trim", move |shutdown| {
                memory::trim_every(every, shutdown)
            });
        }
        let indexer = state.clone().into_inner();
        workers.spawn("indexer", move |shutdown| {
            crate::search::indexer::run(indexer, search, shutdown)
        });
        let purger = state.clone().into_inner();
        workers.spawn("retention", move |shutdown| {
            purge_originals(purger, shutdown)
        });
        let outbox = state.clone().into_inner();
        workers.spawn("mail outbox", move |shutdown| {
            crate::mail::outbox::worker(outbox, shutdown)
        });
        let notifier = state.clone().into_inner();
        workers.spawn("notification mail", move |shutdown| {
            crate::notifications::mail::worker(notifier, shutdown)
        });
        let sender = state.clone().into_inner();
        workers.spawn("digest delivery", move |shutdown| {
            crate::digest::send::worker(sender, shutdown)
        });
        if state.settings.digest.scheduler {
            let scheduler = state.clone().into_inner();
            workers.spawn("digest scheduler", move |shutdown| {
                crate::digest::send::scheduler(scheduler, shutdown)
            });
        }
        Ok(Application {
            port,
            server,
            workers,
            state,
            pages,
        })
    }

    /// The address links name (see [`public_url_for`]).
    pub fn public_url(&self) -> &str {
        &self.state.settings.public_url
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> Data<Context> {
        self.state.clone()
    }

    /// The page cache of this server (tests read its hit count).
    pub fn pages(&self) -> Data<PageCache> {
        self.pages.clone()
    }

    /// A handle that can stop the server gracefully (what SIGTERM does).
    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serves until SIGTERM, Ctrl-C or [`ServerHandle::stop`]; in-flight requests are drained,
    /// then the background workers are stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let deadline = Duration::from_secs(self.state.settings.server.shutdown_timeout_secs);
        let result = self.server.await;
        tracing::info!("HTTP server stopped; stopping background workers");
        self.workers.stop(deadline).await;
        result
    }
}

/// Deletes originals whose retention is over, at start and every hour.
async fn purge_originals(state: Arc<Context>, shutdown: Shutdown) {
    loop {
        let (after, rejected) = (
            state.settings.retention.original_after_publish_days,
            state.settings.retention.rejected_after_days,
        );
        match state
            .run(move |conn, _| crate::moderation::retention::purge_due(conn, after, rejected))
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(purged = n, "deleted originals past their retention"),
            Err(e) => tracing::warn!(error = %e, "purging originals failed; will retry"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
        }
    }
}

/// Seeds the demo community on its first start and prints how to sign in.
pub async fn seed_demo(state: &Context) -> anyhow::Result<()> {
    if let Some(accounts) = crate::demo::seed(state).await? {
        let path = crate::demo::save(&accounts, state)?;
        let digests = crate::demo::first_digest(state).await?;
        eprintln!(
            "\n{}",
            crate::demo::describe(&accounts, &state.settings.public_url)
        );
        if let Some(dir) = state.mailer.mail_dir() {
            eprintln!(
                "  The demo members' first daily digests ({digests}) are in {}",
                dir.display()
            );
        }
        eprintln!(
            "  (kept in {}; set `demo = false` for a real deployment)\n",
            path.display()
        );
        tracing::info!("seeded the demo community");
    }
    Ok(())
}

/// With no admin yet, prints the one-time link that creates one.
async fn announce_setup_link(state: &Context) -> anyhow::Result<()> {
    // On SQLite a transaction that reads before it writes fails at once, without waiting,
    // when another connection wrote meanwhile (another instance starting on the same file,
    // its workers): a start retries a few times rather than refusing to start.
    let mut attempt = 0;
    let token = loop {
        match state
            .run(|conn, kit| crate::accounts::setup::prepare_setup(conn, &kit.signer))
            .await
        {
            Err(crate::error::AppError::Unavailable(_)) if attempt < 10 => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
            }
            other => {
                break other
                    .map_err(|e| anyhow::anyhow!("preparing the admin set-up link failed: {e}"))?;
            }
        }
    };
    if let Some(token) = token {
        // The one token Parley ever shows outside a mail: written to the terminal, not into
        // the structured log, which may be shipped elsewhere.
        let link = state.link("/setup", &token);
        eprintln!(
            "\n  Parley has no admin account yet. Open this one-time link (valid {} hours) to create it:\n\n    {link}\n",
            crate::accounts::setup::VALIDITY_HOURS
        );
        tracing::warn!("no admin account yet: a one-time set-up link was printed to the terminal");
    }
    Ok(())
}

/// Creates the data directory, readable by its owner only.
pub fn prepare_data_dir(dir: &std::path::Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    }
    Ok(())
}

fn build_server(
    listener: TcpListener,
    state: Data<Context>,
    pages: Data<PageCache>,
    assets: Data<Assets>,
    settings: &Settings,
) -> anyhow::Result<Server> {
    let security_headers = web::headers::SecurityHeaders::new(settings.is_https());
    let limits = web::limits::Limits::new(settings.server.max_body_bytes);
    let mut server = HttpServer::new(move || {
        let files = assets.clone();
        App::new()
            .app_data(state.clone())
            .app_data(pages.clone())
            .app_data(assets.clone())
            .app_data(limits.json_config())
            .app_data(limits.form_config())
            .app_data(limits.payload_config())
            .app_data(limits.query_config())
            .app_data(limits.path_config())
            // Innermost first: the last `wrap` sees the request first.
            .wrap(from_fn(web::page_cache::refresh_after_writes))
            .wrap(from_fn(web::csrf::protect_forms))
            .wrap(from_fn(crate::http::auth::resolve_identity))
            .wrap(from_fn(web::limits::refuse_oversized_bodies))
            .wrap(from_fn(web::error_page::render_errors))
            .wrap(Compress::default())
            .wrap(security_headers.middleware())
            .wrap(from_fn(web::request_log::log_requests))
            .wrap(from_fn(web::headers::head_as_get))
            .configure(crate::api::configure)
            .configure(web::configure)
            .configure(|cfg| files.configure(cfg))
            .default_service(actix_web::web::to(web::not_found))
    })
    .listen(listener)?
    .shutdown_timeout(settings.server.shutdown_timeout_secs);
    if settings.server.workers > 0 {
        server = server.workers(settings.server.workers);
    }
    Ok(server.run())
}

#[cfg(test)]
mod public_url_tests {
    use super::public_url_for;

    #[test]
    fn a_loopback_address_follows_the_port_listened_on() {
        let bind = "127.0.0.1:18080".parse().unwrap();
        assert_eq!(
            public_url_for("http://127.0.0.1:8080", bind, 18080),
            "http://127.0.0.1:18080"
        );
        assert_eq!(
            public_url_for(
                "http://localhost:8080/",
                "0.0.0.0:0".parse().unwrap(),
                41234
            ),
            "http://localhost:41234"
        );
        assert_eq!(
            public_url_for(
                "http://127.0.0.1:8080",
                "127.0.0.1:8080".parse().unwrap(),
                8080
            ),
            "http://127.0.0.1:8080"
        );
        // An operator's address (a proxy in front) is hers.
        assert_eq!(
            public_url_for("https://parley.example.org", bind, 18080),
            "https://parley.example.org"
        );
    }
}

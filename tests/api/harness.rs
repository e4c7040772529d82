//! `spawn_app()`: a real Parley on port 0 with a temp data dir and a fresh database.
//!
//! With PARLEY_TEST_DATABASE_URL=postgres://… every test creates its own database on that
//! server (named `parley_t_<random>`) and drops it when the test ends; otherwise each test gets
//! a SQLite file in its temp data dir.

use std::path::PathBuf;

use actix_web::web::Data;
use diesel::Connection;
use diesel::PgConnection;
use diesel::connection::SimpleConnection;
use parley::app::Application;
use parley::config::Settings;
use parley::context::Context;
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::mailbox::smtp_sink;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: TempDir,
    pub db: TestDatabase,
    pub handle: actix_web::dev::ServerHandle,
    pub state: Data<Context>,
    /// The server's page cache (its hit count tells a page came from memory).
    pub pages: Data<parley::web::page_cache::PageCache>,
    undone_mail_expected: std::sync::atomic::AtomicBool,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request failed")
    }
}

impl TestApp {
    /// Says this test leaves account mails in the outbox on purpose (an SMTP outage that is
    /// not over when it ends); otherwise the end of the test fails on them.
    pub fn expect_undone_mail(&self) {
        self.undone_mail_expected
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Account mails still waiting in the outbox (read with a connection of its own).
    pub fn mail_left_in_outbox(&self) -> i64 {
        use diesel::prelude::*;
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let sql = "SELECT COUNT(*) AS n FROM mail_outbox";
        let count = if self.db.is_postgres() {
            PgConnection::establish(&self.db.url)
                .ok()
                .and_then(|mut c| diesel::sql_query(sql).get_result::<Count>(&mut c).ok())
        } else {
            diesel::SqliteConnection::establish(self.db.url.trim_start_matches("sqlite://"))
                .ok()
                .and_then(|mut c| diesel::sql_query(sql).get_result::<Count>(&mut c).ok())
        };
        count.map_or(0, |c| c.n)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Like crates.io's test app: a test that ends with work left undone fails, unless it
        // said so (an outage that is still on). A mail stuck in the outbox is a mail a member
        // never got.
        if !std::thread::panicking()
            && !self
                .undone_mail_expected
                .load(std::sync::atomic::Ordering::SeqCst)
        {
            let left = self.mail_left_in_outbox();
            assert_eq!(
                left, 0,
                "the test ended with {left} mail(s) left in the outbox"
            );
        }
        // Stop accepting and close pooled connections before the database is dropped.
        let handle = self.handle.clone();
        tokio::spawn(async move { handle.stop(false).await });
    }
}

/// The test's own database, dropped with it.
pub struct TestDatabase {
    /// The URL the app is given.
    pub url: String,
    /// Set for PostgreSQL: (server URL to administer from, database name).
    postgres: Option<(String, String)>,
}

impl TestDatabase {
    pub fn create(data_dir: &std::path::Path) -> TestDatabase {
        match std::env::var("PARLEY_TEST_DATABASE_URL") {
            Ok(server) if !server.is_empty() => {
                let server = without_tls(&server);
                let name = format!("parley_t_{}", random_suffix());
                let mut admin = PgConnection::establish(&server)
                    .unwrap_or_else(|e| panic!("cannot reach PARLEY_TEST_DATABASE_URL: {e}"));
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("cannot create the test database");
                let url = replace_database(&server, &name);
                TestDatabase {
                    url,
                    postgres: Some((server, name)),
                }
            }
            _ => TestDatabase {
                url: format!("sqlite://{}", data_dir.join("parley.db").display()),
                postgres: None,
            },
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// PostgreSQL only: the server URL to administer from and this test's database name.
    pub fn postgres(&self) -> Option<(&str, &str)> {
        self.postgres
            .as_ref()
            .map(|(s, n)| (s.as_str(), n.as_str()))
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.postgres
            && let Ok(mut admin) = PgConnection::establish(server)
        {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// The test server on loopback, without TLS: when the test process exits, OpenSSL's exit-time
/// clean-up runs while servers of finished tests still poll their databases on other threads,
/// and libpq's TLS connections then crashed the process (SIGSEGV after every test passed, seen
/// once in CI). A plain connection keeps OpenSSL out of it. An explicit `sslmode` is kept.
fn without_tls(server_url: &str) -> String {
    let mut url = url::Url::parse(server_url).expect("PARLEY_TEST_DATABASE_URL is not a URL");
    if !url.query_pairs().any(|(k, _)| k == "sslmode") {
        url.query_pairs_mut().append_pair("sslmode", "disable");
    }
    url.to_string()
}

fn replace_database(server_url: &str, name: &str) -> String {
    let mut url = url::Url::parse(server_url).expect("PARLEY_TEST_DATABASE_URL is not a URL");
    url.set_path(&format!("/{name}"));
    url.to_string()
}

pub fn random_suffix() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Settings for a test: temp data dir, its database, port 0, one worker, quiet logs.
pub fn test_settings(data_dir: &std::path::Path, db: &TestDatabase, overrides: Value) -> Settings {
    let mut base = json!({
        "data_dir": data_dir,
        "server": {"bind": "127.0.0.1:0", "workers": 1, "shutdown_timeout_secs": 2},
        "database": {"url": db.url, "pool_size": 4},
        "log": {"filter": "warn"},
        "demo": false,
        // Cheap hashing: tests create many accounts. Production keeps OWASP's cost.
        "auth": {"password_memory_kib": 1024, "password_iterations": 1},
        // Tests write many case studies as one author; the budget has its own test.
        "moderation": {"submissions_per_hour": 100000},
    });
    merge(&mut base, overrides);
    Settings::with_overrides(base).expect("test settings are valid")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(json!({})).await
}

pub async fn spawn_app_with(overrides: Value) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let db = TestDatabase::create(data_dir.path());
    spawn_on(data_dir, db, overrides).await
}

/// Two instances on one database, each with its own data directory (so its own search
/// index) and the same signing secret, as a deployment of several instances runs them.
/// The first one owns the database and drops it.
pub async fn spawn_pair(overrides: Value) -> (TestApp, TestApp) {
    let mut overrides = overrides;
    merge(
        &mut overrides,
        json!({"auth": {"signing_secret": format!("shared-secret-of-both-instances-{}", random_suffix())}}),
    );
    let first_dir = tempfile::tempdir().expect("temp dir");
    let db = TestDatabase::create(first_dir.path());
    let shared = TestDatabase {
        url: db.url.clone(),
        postgres: None,
    };
    let first = spawn_on(first_dir, db, overrides.clone()).await;
    let second = spawn_on(tempfile::tempdir().expect("temp dir"), shared, overrides).await;
    (first, second)
}

async fn spawn_on(data_dir: TempDir, db: TestDatabase, overrides: Value) -> TestApp {
    let settings = test_settings(data_dir.path(), &db, overrides);
    let application = Application::build(settings)
        .await
        .unwrap_or_else(|e| panic!("the application starts: {e:#}"));
    let port = application.port();
    let handle = application.handle();
    let state = application.state();
    let pages = application.pages();
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client,
        data_dir,
        db,
        handle,
        state,
        pages,
        undone_mail_expected: Default::default(),
    }
}

/// A Parley that sends its mail to the shared real SMTP server of this test run.
pub async fn spawn_app_with_smtp() -> TestApp {
    let sink = smtp_sink();
    spawn_app_with(json!({"mail": {
        "transport": "smtp",
        "smtp_url": format!("smtp://127.0.0.1:{}", sink.port),
    }}))
    .await
}

/// Deep-merges `patch` into `base` (objects merge, anything else replaces).
pub fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, patch) => *base = patch,
    }
}

/// The `parley` binary built for these tests.
pub fn parley_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_parley"))
}

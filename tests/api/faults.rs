//! What the database can do to a running server: a SQLite file locked by another writer, and
//! a PostgreSQL server that drops every connection and refuses new ones for a while (a restart,
//! as Parley sees it). Each is answered 503 with a message a person understands and a
//! Retry-After, never a 500; nothing is half-written; the server recovers by itself once the
//! database is back. The SQLite test runs in the SQLite pass, the PostgreSQL one in the
//! PostgreSQL pass (`.ci/run` runs both). Killing the process mid-write is in `cli.rs`.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use parley::accounts::Role;
use parley::db::schema::{revisions, threads};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::spawn_app_with;
use crate::steps::case_json;

/// How many revisions carry `title`, and how many threads exist for them, on either backend's
/// connection. A case study is a thread and its first revision, written in one transaction:
/// whole is (1, 1), nothing is (0, 0).
macro_rules! stored {
    ($conn:expr, $title:expr) => {{
        let thread_ids: Vec<i64> = revisions::table
            .filter(revisions::title.eq($title))
            .select(revisions::thread_id)
            .load($conn)
            .unwrap();
        let threads: i64 = threads::table
            .filter(threads::id.eq_any(&thread_ids))
            .count()
            .get_result($conn)
            .unwrap();
        (thread_ids.len(), threads)
    }};
}

async fn problem(response: reqwest::Response) -> (StatusCode, Option<String>, Value) {
    let status = response.status();
    let retry = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_string());
    (status, retry, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_locked_sqlite_database_is_answered_503_and_nothing_is_half_written() {
    let app = spawn_app_with(json!({"database": {"busy_timeout_ms": 200}})).await;
    if app.db.is_postgres() {
        return; // the PostgreSQL pass has its own fault below
    }
    let author = app.person(Role::Member).await;
    let token = app.token(&author).await;
    let path = app.data_dir.path().join("parley.db");
    let mut other = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
    // Another process holds the write lock (a backup tool, a stuck script). Parley's own
    // workers may hold it for a moment when the test asks (the indexer after sign-up): the
    // test waits its turn, as that other process would.
    let mut tries = 0;
    while let Err(error) = other.batch_execute("BEGIN IMMEDIATE") {
        tries += 1;
        assert!(tries < 100, "the test never got the write lock: {error}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    let (status, retry, body) = problem(
        app.post_json(
            &token,
            "/api/v1/cases",
            &case_json("Locked out", "The body."),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(retry.is_some(), "503 says when to come back");
    assert!(
        body["detail"].as_str().unwrap().contains("try again"),
        "{body}"
    );
    // Readers are not blocked by a writer (WAL): the list still answers.
    assert_eq!(
        app.get_as(&token, "/api/v1/cases").await.status(),
        StatusCode::OK
    );

    other.batch_execute("COMMIT").unwrap();
    assert_eq!(
        stored!(&mut other, "Locked out"),
        (0, 0),
        "nothing half-written"
    );
    let again = app
        .post_json(
            &token,
            "/api/v1/cases",
            &case_json("Locked out", "The body."),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CREATED);
    assert_eq!(
        stored!(&mut other, "Locked out"),
        (1, 1),
        "written whole once the lock is gone: the thread and its revision"
    );
}

#[tokio::test]
async fn a_postgres_restart_is_answered_503_and_recovers_without_half_writes() {
    let app = spawn_app_with(json!({"database": {"connect_timeout_secs": 1}})).await;
    let Some((server, name)) = app.db.postgres() else {
        return; // runs in the PostgreSQL pass
    };
    let author = app.person(Role::Member).await;
    let token = app.token(&author).await;
    assert_eq!(
        app.get_as(&token, "/api/v1/cases").await.status(),
        StatusCode::OK
    );

    // The server goes away: every connection is cut and new ones are refused.
    let mut admin = PgConnection::establish(server).unwrap();
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';"
        ))
        .unwrap();
    let (status, retry, body) = problem(
        app.post_json(
            &token,
            "/api/v1/cases",
            &case_json("During the outage", "Body."),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(retry.is_some());
    assert!(
        body["detail"].as_str().unwrap().contains("try again"),
        "{body}"
    );
    let (status, _, _) = problem(app.get_as(&token, "/api/v1/cases").await).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let ready = app.get("/readyz").await.status();
    assert_eq!(
        ready,
        StatusCode::SERVICE_UNAVAILABLE,
        "readiness reports it"
    );

    // Back: the very next requests succeed, on fresh connections.
    admin
        .batch_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .unwrap();
    let created = app
        .post_json(
            &token,
            "/api/v1/cases",
            &case_json("After the outage", "Body."),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);

    let mut conn = PgConnection::establish(&app.db.url).unwrap();
    assert_eq!(stored!(&mut conn, "During the outage"), (0, 0));
    assert_eq!(stored!(&mut conn, "After the outage"), (1, 1));
}

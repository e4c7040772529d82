//! Several instances on one database (PostgreSQL in CI's second run; one SQLite file in the
//! first): sessions valid on both, a case published through one found by search on the other
//! within two seconds, and a digest run by both with every subscriber served exactly once.

use std::time::{Duration, Instant};

use chrono::Utc;
use parley::accounts::Role;
use parley::digest::send::deliver_batch;
use parley::digest::start_run;
use parley::digest::subscriptions::Frequency;
use reqwest::StatusCode;
use serde_json::json;

use crate::digest::subscriber;
use crate::harness::{TestApp, spawn_pair};
use crate::mailbox::{mails_to, smtp_sink, wait_for_mails};
use crate::people::fresh_email;

/// Delivers until this instance finds nothing more to claim; returns how many it delivered.
async fn drain(app: &TestApp) -> usize {
    let index = app.state.search.get().map(|s| s.index());
    let mut delivered = 0;
    loop {
        let n = deliver_batch(&app.state, index.clone(), None)
            .await
            .unwrap();
        if n == 0 {
            return delivered;
        }
        delivered += n;
        // Let the other instance claim too, as two processes would.
        tokio::task::yield_now().await;
    }
}

#[tokio::test]
async fn two_instances_share_sessions_search_and_the_digest_ledger() {
    let sink = smtp_sink();
    let (a, b) = spawn_pair(json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{}", sink.port)},
        "digest": {"scheduler": false},
    }))
    .await;
    let author = a.person(Role::Member).await;
    let moderator = a.person(Role::Moderator).await;
    let reader = a.person(Role::Member).await;

    // A session opened on A is valid on B.
    let token = a.token(&reader).await;
    let me = b.get_as(&token, "/api/v1/me").await;
    assert_eq!(me.status(), StatusCode::OK);
    assert_eq!(
        me.json::<serde_json::Value>().await.unwrap()["email"],
        reader.email.as_str()
    );

    // Published through A, found by search on B within two seconds.
    let id = a
        .published_case(
            &author,
            &moderator,
            "Quinoa convoy talks at the river crossing",
            "MD",
            "We spoke with Colonel Andrei Rusu about the quinoa convoy.",
            "We spoke with [Person A] about the quinoa convoy.",
        )
        .await;
    let published_at = Instant::now();
    loop {
        let response = b.get_as(&token, "/api/v1/search?q=quinoa").await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: serde_json::Value = response.json().await.unwrap();
        if body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"].as_i64() == Some(id))
        {
            break;
        }
        assert!(
            published_at.elapsed() < Duration::from_secs(2),
            "instance B did not find the case within 2 s: {body}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    eprintln!(
        "found on B {:?} after publication on A",
        published_at.elapsed()
    );

    // A digest: both instances plan the period (the ledger keeps one delivery per reader)…
    let mut subscribers = Vec::new();
    for _ in 0..60 {
        let email = fresh_email("pair-subscriber");
        subscriber(&a, email.clone()).await;
        subscribers.push(email);
    }
    let at = Utc::now();
    let planned_a = a
        .state
        .run(move |conn, _| start_run(conn, Frequency::Daily, at, false, "A", &mut |_, _| {}))
        .await
        .unwrap();
    let planned_b = b
        .state
        .run(move |conn, _| start_run(conn, Frequency::Daily, at, false, "B", &mut |_, _| {}))
        .await
        .unwrap();
    assert!(planned_a.created >= subscribers.len());
    assert_eq!(
        planned_b.created, 0,
        "B finds every delivery already planned"
    );
    assert_eq!(planned_b.already, planned_a.created);

    // …and both deliver at once: every subscriber gets exactly one digest.
    let (by_a, by_b) = tokio::join!(drain(&a), drain(&b));
    assert_eq!(by_a + by_b, planned_a.created, "each delivery is made once");
    assert!(
        by_a > 0 && by_b > 0,
        "both took a share: A {by_a}, B {by_b}"
    );
    for email in &subscribers {
        let mails = wait_for_mails(email, 1).await;
        assert!(mails[0].text.contains("Quinoa convoy"), "{}", mails[0].text);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for email in &subscribers {
        assert_eq!(mails_to(email).len(), 1, "{email} got exactly one digest");
    }
}

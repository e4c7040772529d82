//! Operations: who may read `/metrics` and what it reports.

use reqwest::StatusCode;
use serde_json::json;

use crate::harness::{spawn_app, spawn_app_with};

#[tokio::test]
async fn metrics_refuse_an_unknown_caller_and_answer_the_token() {
    let app = spawn_app_with(json!({
        "metrics": {"allow_from": ["10.9.8.7"], "token": "metrics-token-for-tests"},
    }))
    .await;
    let anonymous = app.get("/metrics").await;
    assert_eq!(anonymous.status(), StatusCode::FORBIDDEN);
    assert!(
        !anonymous.text().await.unwrap().contains("parley_"),
        "nothing of the metrics leaks in the refusal"
    );
    let wrong = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("metrics-token-for-test")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);

    app.get("/healthz").await;
    let scrape = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("metrics-token-for-tests")
        .send()
        .await
        .unwrap();
    assert_eq!(scrape.status(), StatusCode::OK);
    assert!(
        scrape
            .headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let body = scrape.text().await.unwrap();
    for expected in [
        "parley_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"}",
        "parley_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"}",
        "parley_search_outbox_lag 0",
        "parley_moderation_queue_length{kind=\"revision\"} 0",
        "parley_digest_deliveries{state=\"failed\"} 0",
    ] {
        assert!(body.contains(expected), "{expected} missing in:\n{body}");
    }
}

#[tokio::test]
async fn metrics_are_closed_until_an_operator_names_who_may_read_them() {
    // Issue 18: loopback is not trusted by default (behind a proxy on the same host every
    // request is loopback).
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn metrics_trust_a_listed_address_but_not_a_proxied_request() {
    let app = spawn_app_with(json!({"metrics": {"allow_from": ["127.0.0.1", "::1"]}})).await;
    assert_eq!(app.get("/metrics").await.status(), StatusCode::OK);
    // …but a request that came through a proxy on the same host is not local, whichever
    // header the proxy sets (nginx's X-Real-IP included).
    for header in [
        "X-Forwarded-For",
        "Forwarded",
        "X-Real-IP",
        "X-Forwarded-Host",
        "True-Client-IP",
    ] {
        let proxied = app
            .client
            .get(app.url("/metrics"))
            .header(header, "203.0.113.9")
            .send()
            .await
            .unwrap();
        assert_eq!(proxied.status(), StatusCode::FORBIDDEN, "{header}");
    }
}

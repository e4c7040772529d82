//! The service shell: health probes, the layout, security headers, error bodies, body limits.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::harness::spawn_app;

fn assert_security_headers(headers: &HeaderMap, what: &str) {
    let csp = headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy"))
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'"), "{what}: {csp}");
    assert!(csp.contains("script-src 'self'"), "{what}: {csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-eval"), "{what}: {csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["referrer-policy"], "no-referrer", "{what}");
    assert!(
        headers.contains_key("x-request-id"),
        "{what}: no request id"
    );
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), StatusCode::OK);
    let body: serde_json::Value = health.json().await.unwrap();
    assert_eq!(body["status"], "ok");

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn the_database_and_signing_key_live_in_the_data_dir() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_app().await;
    if !app.db.is_postgres() {
        assert!(app.data_dir.path().join("parley.db").is_file());
    }
    let key = app.data_dir.path().join("signing.key");
    let mode = std::fs::metadata(&key).unwrap().permissions().mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "the signing key is readable by its owner only"
    );
}

#[tokio::test]
async fn home_renders_the_layout_with_its_stylesheet() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = response.text().await.unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<html lang=\"en\" data-exit-url=\""));
    assert!(
        html.contains("<title>Parley</title>"),
        "the tab says Parley only"
    );
    assert!(html.contains("<main id=\"main\""), "main landmark");
    assert!(!html.contains("<script>"), "no inline script");
    let href = html
        .split("href=\"")
        .map(|s| s.split('"').next().unwrap())
        .find(|s| s.starts_with("/static/parley.css"))
        .expect("the layout links its stylesheet");

    let css = app.get(href).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=31536000")
    );
    assert!(css.text().await.unwrap().contains("--accent"));
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/healthz",
        "/readyz",
        "/no/such/page",
        "/api/v1/no-such-route",
        "/static/parley.css",
        "/static/missing.css",
        "/api/v1/openapi.json",
    ] {
        let response = app.get(path).await;
        assert_security_headers(response.headers(), path);
    }
    let pages = app.get("/").await;
    assert_eq!(
        pages.headers()["cache-control"],
        "no-store",
        "pages are never cached"
    );
    let missing_static = app.get("/static/missing.css").await;
    assert_eq!(missing_static.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        missing_static.headers()["cache-control"],
        "no-store",
        "a missing file must not be cached for a year"
    );
}

#[tokio::test]
async fn not_found_is_problem_json_under_api_and_a_page_elsewhere() {
    let app = spawn_app().await;

    let api = app.get("/api/v1/nothing-here").await;
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(api.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = api.json().await.unwrap();
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["title"], "Not Found");
    assert!(problem["type"].as_str().unwrap().contains("not-found"));
    assert!(problem["detail"].as_str().unwrap().len() > 5);

    let page = app.get("/nothing-here").await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<h1 id=\"error-heading\">Page not found</h1>"),
        "{html}"
    );
    assert!(
        html.contains("/static/parley.css"),
        "the error page uses the layout"
    );

    // A method without a route is answered the same way.
    let post = app
        .client
        .post(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert!(post.status().is_client_error());
    assert_eq!(post.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413() {
    let app = spawn_app_with_limit(4096).await;
    let big = vec![b'x'; 10_000];

    let api = app
        .client
        .post(app.url("/api/v1/anything"))
        .header("content-type", "application/json")
        .body(big.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(api.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = api.json().await.unwrap();
    assert_eq!(problem["status"], 413);
    assert!(problem["detail"].as_str().unwrap().contains("4096"));

    let page = app
        .client
        .post(app.url("/"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

async fn spawn_app_with_limit(bytes: usize) -> crate::harness::TestApp {
    crate::harness::spawn_app_with(serde_json::json!({"server": {"max_body_bytes": bytes}})).await
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc: serde_json::Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["paths"]["/api/v1/openapi.json"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
}

/// Issue 19: the document says what each route answers. Each status provoked here — the way a
/// schema fuzzer would meet it — must be listed for its operation, with a problem body.
#[tokio::test]
async fn every_status_a_route_answers_is_in_the_openapi_document() {
    use parley::accounts::Role;
    let app = crate::harness::spawn_app().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let member = app.person(Role::Member).await;
    let token = app.token(&member).await;
    let client = &app.client;
    let cases: [(&str, &str, reqwest::RequestBuilder); 7] = [
        ("get", "/api/v1/me", client.get(app.url("/api/v1/me"))),
        (
            "get",
            "/api/v1/cases/{id}",
            client
                .get(app.url("/api/v1/cases/999999"))
                .bearer_auth(&token),
        ),
        (
            "get",
            "/api/v1/cases",
            client
                .get(app.url("/api/v1/cases?year=soon"))
                .bearer_auth(&token),
        ),
        (
            "post",
            "/api/v1/cases",
            client
                .post(app.url("/api/v1/cases"))
                .bearer_auth(&token)
                .header("content-type", "application/json")
                .body("{not json"),
        ),
        (
            "post",
            "/api/v1/cases/{id}/replies",
            client
                .post(app.url("/api/v1/cases/1/replies"))
                .bearer_auth(&token)
                .json(&serde_json::json!({"body_markdown": "x".repeat(300_000)})),
        ),
        (
            "get",
            "/api/v1/moderation/queue",
            client
                .get(app.url("/api/v1/moderation/queue"))
                .bearer_auth(&token),
        ),
        (
            "post",
            "/api/v1/cases",
            client
                .post(app.url("/api/v1/cases"))
                .bearer_auth(&token)
                .json(&serde_json::json!({"title": ""})),
        ),
    ];
    let mut seen = Vec::new();
    for (method, path, request) in cases {
        let answer = request.send().await.unwrap();
        let status = answer.status().as_u16().to_string();
        let content_type = answer
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let listed = &doc["paths"][path][method]["responses"][&status];
        assert!(
            listed.is_object(),
            "{method} {path} answered {status}, which its operation does not list"
        );
        if !status.starts_with('2') {
            assert!(
                content_type.starts_with("application/problem+json"),
                "{path}: {content_type}"
            );
            assert!(
                listed["content"]["application/problem+json"].is_object(),
                "{method} {path} {status}: no problem body listed"
            );
        }
        seen.push(status);
    }
    // The answers provoked were the errors meant, not one status seven times.
    seen.sort();
    seen.dedup();
    assert!(seen.len() >= 5, "{seen:?}");
}

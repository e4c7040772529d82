//! The authorisation matrix: every route × {anonymous, member, moderator, admin, disabled
//! account} gets the answer its entry says. The table must list every route the source
//! declares: adding a route without deciding who may use it fails this test.

use std::collections::BTreeSet;

use parley::accounts::{Role, UserStatus};
use reqwest::{Method, StatusCode};

use crate::harness::{TestApp, spawn_app_with};
use crate::people::Person;

/// Who a route is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Anyone, signed in or not.
    Public,
    /// Any live session of an active account.
    SignedIn,
    Moderator,
    Admin,
}

/// One route: method, the pattern as declared, a concrete path to call, who it is for.
struct Route {
    method: Method,
    pattern: &'static str,
    path: &'static str,
    need: Need,
}

const fn r(method: Method, pattern: &'static str, path: &'static str, need: Need) -> Route {
    Route {
        method,
        pattern,
        path,
        need,
    }
}

/// Every route. Calls carry no (or an empty) body, so an allowed call fails validation
/// harmlessly instead of changing anything that later rows depend on.
fn routes() -> Vec<Route> {
    use Need::*;
    let (get, post, put, delete, patch) = (
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::DELETE,
        Method::PATCH,
    );
    vec![
        // The shell
        r(get.clone(), "/", "/", Public),
        r(get.clone(), "/healthz", "/healthz", Public),
        // From loopback, as here; other callers need the token (tests/api/ops.rs).
        r(get.clone(), "/metrics", "/metrics", Public),
        r(get.clone(), "/readyz", "/readyz", Public),
        r(
            get.clone(),
            "/api/v1/openapi.json",
            "/api/v1/openapi.json",
            Public,
        ),
        // The doors
        r(get.clone(), "/login", "/login", Public),
        r(post.clone(), "/login", "/login", Public),
        r(post.clone(), "/login/code", "/login/code", Public),
        r(post.clone(), "/logout", "/logout", SignedIn),
        // The quick exit answers anyone (it ends a session when there is one).
        r(get.clone(), "/exit", "/exit", Public),
        r(get.clone(), "/safety", "/safety", Public),
        r(get.clone(), "/alive", "/alive", SignedIn),
        r(get.clone(), "/draft-key", "/draft-key", SignedIn),
        r(post.clone(), "/account/device", "/account/device", SignedIn),
        r(get.clone(), "/setup", "/setup", Public),
        r(post.clone(), "/setup", "/setup", Public),
        r(
            get.clone(),
            "/invitations/accept",
            "/invitations/accept",
            Public,
        ),
        r(
            post.clone(),
            "/invitations/accept",
            "/invitations/accept",
            Public,
        ),
        r(get.clone(), "/password-reset", "/password-reset", Public),
        r(post.clone(), "/password-reset", "/password-reset", Public),
        r(
            get.clone(),
            "/password-reset/confirm",
            "/password-reset/confirm",
            Public,
        ),
        r(
            post.clone(),
            "/password-reset/confirm",
            "/password-reset/confirm",
            Public,
        ),
        r(
            get.clone(),
            "/account/email/confirm",
            "/account/email/confirm",
            Public,
        ),
        r(
            post.clone(),
            "/account/email/confirm",
            "/account/email/confirm",
            Public,
        ),
        r(post.clone(), "/lang", "/lang", Public),
        // Account pages
        r(get.clone(), "/account", "/account", SignedIn),
        r(
            post.clone(),
            "/account/profile",
            "/account/profile",
            SignedIn,
        ),
        r(post.clone(), "/account/email", "/account/email", SignedIn),
        r(
            post.clone(),
            "/account/password",
            "/account/password",
            SignedIn,
        ),
        r(get.clone(), "/account/2fa", "/account/2fa", SignedIn),
        r(
            post.clone(),
            "/account/2fa/enable",
            "/account/2fa/enable",
            SignedIn,
        ),
        r(
            post.clone(),
            "/account/2fa/recovery-codes",
            "/account/2fa/recovery-codes",
            SignedIn,
        ),
        r(
            post.clone(),
            "/account/2fa/disable",
            "/account/2fa/disable",
            SignedIn,
        ),
        r(
            get.clone(),
            "/account/sessions",
            "/account/sessions",
            SignedIn,
        ),
        r(
            post.clone(),
            "/account/sessions/{id}/revoke",
            "/account/sessions/999999/revoke",
            SignedIn,
        ),
        r(
            post.clone(),
            "/account/sessions/revoke-all",
            "/account/sessions/revoke-all",
            SignedIn,
        ),
        r(get.clone(), "/account/export", "/account/export", SignedIn),
        r(get.clone(), "/account/delete", "/account/delete", SignedIn),
        r(post.clone(), "/account/delete", "/account/delete", SignedIn),
        // Case studies and discussions
        r(get.clone(), "/cases", "/cases", SignedIn),
        r(get.clone(), "/discussions", "/discussions", SignedIn),
        r(get.clone(), "/cases/new", "/cases/new", SignedIn),
        r(post.clone(), "/cases", "/cases", SignedIn),
        r(get.clone(), "/cases/{id}", "/cases/999999", SignedIn),
        r(
            get.clone(),
            "/cases/{id}/edit",
            "/cases/999999/edit",
            SignedIn,
        ),
        r(post.clone(), "/cases/{id}", "/cases/999999", SignedIn),
        r(
            post.clone(),
            "/cases/{id}/submit",
            "/cases/999999/submit",
            SignedIn,
        ),
        r(
            post.clone(),
            "/cases/{id}/delete",
            "/cases/999999/delete",
            SignedIn,
        ),
        r(
            post.clone(),
            "/cases/{id}/replies",
            "/cases/999999/replies",
            SignedIn,
        ),
        r(
            post.clone(),
            "/cases/{id}/replies/{reply}/edit",
            "/cases/999999/replies/999999/edit",
            SignedIn,
        ),
        r(
            post.clone(),
            "/cases/{id}/replies/{reply}/delete",
            "/cases/999999/replies/999999/delete",
            SignedIn,
        ),
        r(
            get.clone(),
            "/cases/{id}/history",
            "/cases/999999/history",
            SignedIn,
        ),
        r(get.clone(), "/my/cases", "/my/cases", SignedIn),
        r(post.clone(), "/preview", "/preview", SignedIn),
        // Search
        r(get.clone(), "/search", "/search?q=water", SignedIn),
        r(
            get.clone(),
            "/api/v1/search",
            "/api/v1/search?q=water",
            SignedIn,
        ),
        // Cohorts
        r(get.clone(), "/cohorts", "/cohorts", SignedIn),
        // A cohort that does not exist answers 404 to everyone signed in.
        r(get.clone(), "/cohorts/{id}", "/cohorts/999999", SignedIn),
        r(get.clone(), "/admin/cohorts", "/admin/cohorts", Admin),
        r(post.clone(), "/admin/cohorts", "/admin/cohorts", Admin),
        r(
            post.clone(),
            "/admin/cohorts/{id}/members",
            "/admin/cohorts/999999/members",
            Admin,
        ),
        r(
            post.clone(),
            "/admin/cohorts/{id}/members/remove",
            "/admin/cohorts/999999/members/remove",
            Admin,
        ),
        r(get.clone(), "/notifications", "/notifications", SignedIn),
        r(
            post.clone(),
            "/notifications/read",
            "/notifications/read",
            SignedIn,
        ),
        r(
            post.clone(),
            "/notifications/mail",
            "/notifications/mail",
            SignedIn,
        ),
        r(get.clone(), "/api/v1/cohorts", "/api/v1/cohorts", SignedIn),
        r(
            get.clone(),
            "/api/v1/me/cohorts",
            "/api/v1/me/cohorts",
            SignedIn,
        ),
        r(post.clone(), "/api/v1/cohorts", "/api/v1/cohorts", Admin),
        r(
            post.clone(),
            "/api/v1/cohorts/{id}/members",
            "/api/v1/cohorts/999999/members",
            Admin,
        ),
        r(
            delete.clone(),
            "/api/v1/cohorts/{id}/members",
            "/api/v1/cohorts/999999/members",
            Admin,
        ),
        r(
            get.clone(),
            "/api/v1/notifications",
            "/api/v1/notifications",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/notifications/read",
            "/api/v1/notifications/read",
            SignedIn,
        ),
        // Digests
        r(
            get.clone(),
            "/api/v1/me/subscription",
            "/api/v1/me/subscription",
            SignedIn,
        ),
        r(
            put.clone(),
            "/api/v1/me/subscription",
            "/api/v1/me/subscription",
            SignedIn,
        ),
        r(get.clone(), "/account/digest", "/account/digest", SignedIn),
        r(post.clone(), "/account/digest", "/account/digest", SignedIn),
        r(
            post.clone(),
            "/account/digest/follow",
            "/account/digest/follow",
            SignedIn,
        ),
        r(get.clone(), "/digests", "/digests", SignedIn),
        r(get.clone(), "/digests/{id}", "/digests/999999", SignedIn),
        r(get.clone(), "/admin/digests", "/admin/digests", Admin),
        // The token is the authority; without a valid one: 400 for everyone.
        r(get.clone(), "/unsubscribe", "/unsubscribe?token=x", Public),
        r(post.clone(), "/unsubscribe", "/unsubscribe?token=x", Public),
        // Moderation pages
        r(get.clone(), "/moderation", "/moderation", Moderator),
        r(
            get.clone(),
            "/moderation/cases/{id}",
            "/moderation/cases/999999",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/preview",
            "/moderation/cases/999999/preview",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/publish",
            "/moderation/cases/999999/publish",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/request-changes",
            "/moderation/cases/999999/request-changes",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/reject",
            "/moderation/cases/999999/reject",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/{verb:claim|release}",
            "/moderation/cases/999999/claim",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/cases/{id}/{action:hide|unhide|lock|unlock}",
            "/moderation/cases/999999/lock",
            Moderator,
        ),
        r(
            get.clone(),
            "/moderation/replies/{id}",
            "/moderation/replies/999999",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/replies/{id}/publish",
            "/moderation/replies/999999/publish",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/replies/{id}/reject",
            "/moderation/replies/999999/reject",
            Moderator,
        ),
        r(get.clone(), "/moderation/log", "/moderation/log", Moderator),
        r(
            get.clone(),
            "/moderation/flags",
            "/moderation/flags",
            Moderator,
        ),
        r(
            post.clone(),
            "/moderation/flags/{id}/{outcome:resolve|dismiss}",
            "/moderation/flags/999999/dismiss",
            Moderator,
        ),
        r(
            post.clone(),
            "/cases/{id}/flags",
            "/cases/999999/flags",
            SignedIn,
        ),
        // Staff pages
        r(get.clone(), "/invitations", "/invitations", Moderator),
        r(post.clone(), "/invitations", "/invitations", Moderator),
        r(
            post.clone(),
            "/invitations/{id}/revoke",
            "/invitations/999999/revoke",
            Moderator,
        ),
        r(get.clone(), "/admin/users", "/admin/users", Admin),
        r(
            post.clone(),
            "/admin/users/{id}/role",
            "/admin/users/999999/role",
            Admin,
        ),
        r(
            post.clone(),
            "/admin/users/{id}/status",
            "/admin/users/999999/status",
            Admin,
        ),
        // API: auth
        r(
            post.clone(),
            "/api/v1/auth/login",
            "/api/v1/auth/login",
            Public,
        ),
        r(
            post.clone(),
            "/api/v1/auth/refresh",
            "/api/v1/auth/refresh",
            Public,
        ),
        r(
            post.clone(),
            "/api/v1/auth/logout",
            "/api/v1/auth/logout",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/auth/password-reset",
            "/api/v1/auth/password-reset",
            Public,
        ),
        r(
            post.clone(),
            "/api/v1/auth/password-reset/confirm",
            "/api/v1/auth/password-reset/confirm",
            Public,
        ),
        r(
            post.clone(),
            "/api/v1/auth/email-change/confirm",
            "/api/v1/auth/email-change/confirm",
            Public,
        ),
        r(
            post.clone(),
            "/api/v1/invitations/accept",
            "/api/v1/invitations/accept",
            Public,
        ),
        // API: own account
        r(get.clone(), "/api/v1/me", "/api/v1/me", SignedIn),
        r(patch.clone(), "/api/v1/me", "/api/v1/me", SignedIn),
        r(delete.clone(), "/api/v1/me", "/api/v1/me", SignedIn),
        r(
            post.clone(),
            "/api/v1/me/password",
            "/api/v1/me/password",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/me/email",
            "/api/v1/me/email",
            SignedIn,
        ),
        r(
            get.clone(),
            "/api/v1/me/sessions",
            "/api/v1/me/sessions",
            SignedIn,
        ),
        r(
            delete.clone(),
            "/api/v1/me/sessions/{id}",
            "/api/v1/me/sessions/999999",
            SignedIn,
        ),
        r(
            delete.clone(),
            "/api/v1/me/sessions",
            "/api/v1/me/sessions",
            SignedIn,
        ),
        r(
            get.clone(),
            "/api/v1/me/export",
            "/api/v1/me/export",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/me/2fa/setup",
            "/api/v1/me/2fa/setup",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/me/2fa/enable",
            "/api/v1/me/2fa/enable",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/me/2fa/disable",
            "/api/v1/me/2fa/disable",
            SignedIn,
        ),
        // API: case studies
        r(post.clone(), "/api/v1/cases", "/api/v1/cases", SignedIn),
        r(get.clone(), "/api/v1/cases", "/api/v1/cases", SignedIn),
        r(
            get.clone(),
            "/api/v1/cases/{id}",
            "/api/v1/cases/999999",
            SignedIn,
        ),
        r(
            put.clone(),
            "/api/v1/cases/{id}",
            "/api/v1/cases/999999",
            SignedIn,
        ),
        r(
            delete.clone(),
            "/api/v1/cases/{id}",
            "/api/v1/cases/999999",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/cases/{id}/submit",
            "/api/v1/cases/999999/submit",
            SignedIn,
        ),
        r(
            get.clone(),
            "/api/v1/cases/{id}/revisions",
            "/api/v1/cases/999999/revisions",
            SignedIn,
        ),
        r(
            post.clone(),
            "/api/v1/cases/{id}/replies",
            "/api/v1/cases/999999/replies",
            SignedIn,
        ),
        r(
            patch.clone(),
            "/api/v1/replies/{id}",
            "/api/v1/replies/999999",
            SignedIn,
        ),
        r(
            delete.clone(),
            "/api/v1/replies/{id}",
            "/api/v1/replies/999999",
            SignedIn,
        ),
        r(
            get.clone(),
            "/api/v1/me/cases",
            "/api/v1/me/cases",
            SignedIn,
        ),
        r(post.clone(), "/api/v1/preview", "/api/v1/preview", SignedIn),
        // API: moderation
        r(
            get.clone(),
            "/api/v1/moderation/queue",
            "/api/v1/moderation/queue",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/moderation/cases/{id}",
            "/api/v1/moderation/cases/999999",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/{item}/{id}/{claim:claim|release}",
            "/api/v1/moderation/cases/999999/claim",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/cases/{id}/redact",
            "/api/v1/moderation/cases/999999/redact",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/cases/{id}/publish",
            "/api/v1/moderation/cases/999999/publish",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/cases/{id}/request-changes",
            "/api/v1/moderation/cases/999999/request-changes",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/cases/{id}/reject",
            "/api/v1/moderation/cases/999999/reject",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/cases/{id}/{action:hide|unhide|lock|unlock}",
            "/api/v1/moderation/cases/999999/hide",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/moderation/replies/{id}",
            "/api/v1/moderation/replies/999999",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/replies/{id}/publish",
            "/api/v1/moderation/replies/999999/publish",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/replies/{id}/reject",
            "/api/v1/moderation/replies/999999/reject",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/scan",
            "/api/v1/moderation/scan",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/moderation/log",
            "/api/v1/moderation/log",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/moderation/flags",
            "/api/v1/moderation/flags",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/moderation/flags/{id}/{outcome:resolve|dismiss}",
            "/api/v1/moderation/flags/999999/resolve",
            Moderator,
        ),
        r(
            post.clone(),
            "/api/v1/cases/{id}/flags",
            "/api/v1/cases/999999/flags",
            SignedIn,
        ),
        r(
            get.clone(),
            "/api/v1/cases/{id}/log",
            "/api/v1/cases/999999/log",
            SignedIn,
        ),
        // API: people
        r(
            post.clone(),
            "/api/v1/invitations",
            "/api/v1/invitations",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/invitations",
            "/api/v1/invitations",
            Moderator,
        ),
        r(
            delete.clone(),
            "/api/v1/invitations/{id}",
            "/api/v1/invitations/999999",
            Moderator,
        ),
        r(
            get.clone(),
            "/api/v1/admin/users",
            "/api/v1/admin/users",
            Admin,
        ),
        r(
            put.clone(),
            "/api/v1/admin/users/{id}",
            "/api/v1/admin/users/999999",
            Admin,
        ),
    ]
}

/// The routes the source declares with actix's route attributes (the only way Parley declares
/// routes), as (METHOD, pattern).
fn declared_routes() -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                // `src/api` is mounted in one `/api/v1` scope (`api::configure`), all but the
                // health checks.
                let in_api_scope = path.parent().is_some_and(|d| d.ends_with("src/api"))
                    && !path.ends_with("health.rs");
                let scope = if in_api_scope { "/api/v1" } else { "" };
                let source = std::fs::read_to_string(&path).unwrap();
                for line in source.lines().map(str::trim) {
                    for method in ["get", "post", "put", "delete", "patch"] {
                        let prefix = format!("#[{method}(\"");
                        if let Some(rest) = line.strip_prefix(&prefix) {
                            let pattern = format!("{scope}{}", rest.split('"').next().unwrap());
                            found.insert((method.to_uppercase(), pattern));
                        }
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_declared_route_has_an_entry() {
    let declared = declared_routes();
    let listed: BTreeSet<(String, String)> = routes()
        .iter()
        .map(|r| (r.method.to_string(), r.pattern.to_string()))
        .collect();
    let missing: Vec<_> = declared.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "routes without an access entry: {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "entries for routes that no longer exist: {stale:?}"
    );
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// Served (any status but "who are you" or "not you").
    Served,
    /// 401, or for pages a redirect to sign in.
    SignIn,
    /// 403.
    Refused,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Caller {
    Anonymous,
    Member,
    Moderator,
    Admin,
    Disabled,
}

fn expected(need: Need, caller: Caller) -> Answer {
    let rank = match caller {
        Caller::Anonymous | Caller::Disabled => {
            return if need == Need::Public {
                Answer::Served
            } else {
                Answer::SignIn
            };
        }
        Caller::Member => 1,
        Caller::Moderator => 2,
        Caller::Admin => 3,
    };
    let needed = match need {
        Need::Public => 0,
        Need::SignedIn => 1,
        Need::Moderator => 2,
        Need::Admin => 3,
    };
    if rank >= needed {
        Answer::Served
    } else {
        Answer::Refused
    }
}

fn classify(status: StatusCode, location: Option<&str>) -> Answer {
    match status {
        StatusCode::UNAUTHORIZED => Answer::SignIn,
        StatusCode::FORBIDDEN => Answer::Refused,
        StatusCode::SEE_OTHER if location.is_some_and(|l| l.starts_with("/login?next=")) => {
            Answer::SignIn
        }
        _ => Answer::Served,
    }
}

async fn call(
    app: &TestApp,
    route: &Route,
    person: Option<&Person>,
) -> (StatusCode, Option<String>) {
    let response = if route.path.starts_with("/api/") {
        let mut request = app
            .client
            .request(route.method.clone(), app.url(route.path));
        if let Some(person) = person {
            request = request.bearer_auth(app.token(person).await);
        }
        if route.method != Method::GET {
            request = request.json(&serde_json::json!({}));
        }
        request.send().await.unwrap()
    } else {
        let browser = match person {
            Some(person) => app.browser_for(person).await,
            None => app.browser(),
        };
        if route.method == Method::GET {
            browser.get(app.url(route.path)).send().await.unwrap()
        } else {
            app.post_form(&browser, route.path, &[]).await
        }
    };
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string());
    (response.status(), location)
}

#[tokio::test]
async fn every_route_answers_each_kind_of_caller_as_its_entry_says() {
    // Metrics are served to the addresses an operator lists (none by default; ops.rs tests
    // that): list loopback, where this test calls from.
    let app = spawn_app_with(serde_json::json!({"metrics": {"allow_from": ["127.0.0.1"]}})).await;
    let member = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let admin = app.person(Role::Admin).await;
    let disabled = app.person(Role::Moderator).await;
    let id = disabled.id;
    app.state
        .run(move |conn, _| parley::accounts::users::set_status(conn, id, UserStatus::Disabled))
        .await
        .unwrap();

    let mut wrong = Vec::new();
    for route in routes() {
        for (caller, person) in [
            (Caller::Anonymous, None),
            (Caller::Member, Some(&member)),
            (Caller::Moderator, Some(&moderator)),
            (Caller::Admin, Some(&admin)),
            (Caller::Disabled, Some(&disabled)),
        ] {
            let (status, location) = call(&app, &route, person).await;
            let answer = classify(status, location.as_deref());
            let want = expected(route.need, caller);
            if answer != want {
                wrong.push(format!(
                    "{} {} as {caller:?}: got {status} ({answer:?}), want {want:?}",
                    route.method, route.path
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "wrong answers:\n{}", wrong.join("\n"));
}

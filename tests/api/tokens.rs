//! Attacks on tokens: every forged, stale or misused token gets 401.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use parley::accounts::Role;
use parley::accounts::sessions::AccessClaims;
use parley::accounts::tokens::{Purpose, Signer};
use parley::config::Secret;
use reqwest::StatusCode;

use crate::harness::spawn_app;

/// `POST /api/v1/auth/refresh` with a refresh token.
async fn refresh(app: &crate::harness::TestApp, token: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/refresh"))
        .json(&serde_json::json!({"refresh_token": token}))
        .send()
        .await
        .unwrap()
}

fn segment(json: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(json).unwrap())
}

#[tokio::test]
async fn forged_stale_and_misused_access_tokens_are_refused() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let other = app.person(Role::Member).await;
    let good = app
        .session(&member, parley::accounts::sessions::Client::Api)
        .await;
    let sid = good.session_id;
    assert_eq!(
        app.get_as(&good.access_token, "/api/v1/me").await.status(),
        StatusCode::OK
    );

    let far_future = chrono::Utc::now().timestamp() + 3600;
    let claims = serde_json::json!({
        "purpose": "access", "iat": 0, "exp": far_future,
        "sub": member.id.to_string(), "sid": sid,
    });

    // alg: none
    let none = format!(
        "{}.{}.",
        segment(&serde_json::json!({"alg": "none", "typ": "JWT"})),
        segment(&claims)
    );
    // the right shape, signed with a key that is not Parley's
    let wrong_key = Signer::new(Secret::new("an-attacker-chosen-key-that-is-long-enough"))
        .sign(
            Purpose::Access,
            chrono::Duration::minutes(5),
            &AccessClaims {
                sub: member.id.to_string(),
                sid,
            },
        )
        .unwrap();
    // Parley's key, but expired
    let expired = app
        .state
        .auth
        .signer
        .sign(
            Purpose::Access,
            chrono::Duration::minutes(-5),
            &AccessClaims {
                sub: member.id.to_string(),
                sid,
            },
        )
        .unwrap();
    // a valid token whose claims were edited to name someone else
    let parts: Vec<&str> = good.access_token.split('.').collect();
    let mut tampered_claims = claims.clone();
    tampered_claims["sub"] = other.id.to_string().into();
    let tampered = format!("{}.{}.{}", parts[0], segment(&tampered_claims), parts[2]);
    // Parley's key, the right claims, but made for another purpose (a password-reset link)
    let other_purpose = app
        .state
        .auth
        .signer
        .sign(
            Purpose::PasswordReset,
            chrono::Duration::minutes(5),
            &AccessClaims {
                sub: member.id.to_string(),
                sid,
            },
        )
        .unwrap();
    // HS256 with the *public*… there is no public key; an RS256 header must still be refused
    let rs256 = format!(
        "{}.{}.{}",
        segment(&serde_json::json!({"alg": "RS256", "typ": "JWT"})),
        segment(&claims),
        parts[2]
    );

    for (what, token) in [
        ("alg none", none),
        ("wrong key", wrong_key),
        ("expired", expired),
        ("tampered claims", tampered),
        ("another purpose", other_purpose),
        ("algorithm swap", rs256),
        ("garbage", "not.a.token".to_string()),
    ] {
        let response = app.get_as(&token, "/api/v1/me").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{what}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{what}"
        );
    }
    // The genuine token still works: the refusals were about the tokens, not the session.
    assert_eq!(
        app.get_as(&good.access_token, "/api/v1/me").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_signed_out_session_is_refused_at_once() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let token = app.token(&member).await;
    let logout = app
        .client
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_reused_refresh_token_revokes_its_whole_session() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let login = app.api_login(&member.email, &member.password, None).await;
    assert_eq!(login.status(), StatusCode::OK);
    let first: serde_json::Value = login.json().await.unwrap();
    let refresh = |token: String| {
        let app = &app;
        async move { refresh(app, &token).await }
    };

    let rotated = refresh(first["refresh_token"].as_str().unwrap().to_string()).await;
    assert_eq!(rotated.status(), StatusCode::OK);
    let second: serde_json::Value = rotated.json().await.unwrap();
    assert_ne!(second["refresh_token"], first["refresh_token"]);
    let access = second["access_token"].as_str().unwrap().to_string();
    assert_eq!(
        app.get_as(&access, "/api/v1/me").await.status(),
        StatusCode::OK
    );

    // Someone replays the first (already rotated) refresh token…
    let replay = refresh(first["refresh_token"].as_str().unwrap().to_string()).await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    // …so the whole family is dead: the current refresh token and access token too.
    let current = refresh(second["refresh_token"].as_str().unwrap().to_string()).await;
    assert_eq!(current.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get_as(&access, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    // Other sign-ins of the same person are untouched.
    let elsewhere = app.token(&member).await;
    assert_eq!(
        app.get_as(&elsewhere, "/api/v1/me").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_session_ends_at_its_maximum_age_however_often_it_is_used() {
    use diesel::prelude::*;
    use parley::db::schema::sessions;
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let login: serde_json::Value = app
        .api_login(&member.email, &member.password, None)
        .await
        .json()
        .await
        .unwrap();
    let token = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    let used = refresh(&app, &token(&login["refresh_token"])).await;
    assert_eq!(used.status(), StatusCode::OK, "a young session slides on");
    let used: serde_json::Value = used.json().await.unwrap();

    // The same session, used every day, but begun 91 days ago (auth.session_max_days = 90).
    let id = member.id;
    app.state
        .run(move |conn, _| {
            let began = parley::db::now() - chrono::Duration::days(91);
            diesel::update(sessions::table.filter(sessions::user_id.eq(id)))
                .set(sessions::created_at.eq(began))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let refused = refresh(&app, &token(&used["refresh_token"])).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    // It is over, not just refused once: its access token stops working too.
    let access = used["access_token"].as_str().unwrap();
    assert_eq!(
        app.get_as(access, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    // Signing in again starts a new one.
    assert_eq!(
        app.get_as(&app.token(&member).await, "/api/v1/me")
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once() {
    let app = spawn_app().await;
    let admin = app.person(Role::Admin).await;
    let member = app.person(Role::Member).await;
    let member_token = app.token(&member).await;
    let admin_token = app.token(&admin).await;
    let disable = app
        .client
        .put(app.url(&format!("/api/v1/admin/users/{}", member.id)))
        .bearer_auth(&admin_token)
        .json(&serde_json::json!({"status": "disabled"}))
        .send()
        .await
        .unwrap();
    assert_eq!(disable.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(&member_token, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let again = app.api_login(&member.email, &member.password, None).await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
}

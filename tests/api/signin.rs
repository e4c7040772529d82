//! Signing in on the web and over the API: wrong credentials, brute force, two-factor sign-in,
//! staff without it, CSRF, the first admin's set-up link.

use parley::accounts::Role;
use reqwest::StatusCode;

use crate::harness::spawn_app;
use crate::people::{code_for, form_value};

#[tokio::test]
async fn wrong_address_and_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let wrong_password = app
        .api_login(&member.email, "not her password at all", None)
        .await;
    let unknown = app
        .api_login("nobody-here@example.org", "not her password at all", None)
        .await;
    assert_eq!(wrong_password.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let a: serde_json::Value = wrong_password.json().await.unwrap();
    let b: serde_json::Value = unknown.json().await.unwrap();
    assert_eq!(a["detail"], b["detail"]);
    assert_eq!(a["type"], b["type"]);

    let ok = app
        .api_login(&member.email.to_uppercase(), &member.password, None)
        .await;
    assert_eq!(
        ok.status(),
        StatusCode::OK,
        "addresses are case-insensitive"
    );
    let tokens: serde_json::Value = ok.json().await.unwrap();
    assert!(tokens["expires_in"].as_i64().unwrap() > 0);
    let me: serde_json::Value = app
        .get_as(tokens["access_token"].as_str().unwrap(), "/api/v1/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["email"], member.email);
    assert_eq!(me["role"], "member");
}

#[tokio::test]
async fn brute_force_on_one_account_hits_429_with_retry_after() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let mut statuses = Vec::new();
    for _ in 0..10 {
        statuses.push(app.api_login(&member.email, "guessing wrongly", None).await);
    }
    let codes: Vec<u16> = statuses.iter().map(|r| r.status().as_u16()).collect();
    assert!(codes[..8].iter().all(|c| *c == 401), "{codes:?}");
    let limited = statuses.last().unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS, "{codes:?}");
    let retry: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 900);
    // Even the right password waits now: the limit is on the account, not the guess.
    let right = app.api_login(&member.email, &member.password, None).await;
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn brute_force_from_one_address_across_accounts_hits_429() {
    let app = spawn_app().await;
    let mut last = StatusCode::OK;
    for i in 0..25 {
        last = app
            .api_login(&format!("spray-{i}@example.org"), "Password123!", None)
            .await
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn two_factor_sign_in_needs_a_fresh_code_or_a_recovery_code() {
    let app = spawn_app().await;
    let moderator = app.person(Role::Moderator).await;
    let without = app
        .api_login(&moderator.email, &moderator.password, None)
        .await;
    assert_eq!(without.status(), StatusCode::UNAUTHORIZED);
    let wrong = app
        .api_login(&moderator.email, &moderator.password, Some("000000"))
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);

    // The code that enabled 2FA was already spent: the same code is not accepted twice. Wait
    // for the next time step, then sign in with it.
    let code = wait_for_new_code(&moderator).await;
    let with = app
        .api_login(&moderator.email, &moderator.password, Some(&code))
        .await;
    assert_eq!(with.status(), StatusCode::OK);
    let replay = app
        .api_login(&moderator.email, &moderator.password, Some(&code))
        .await;
    assert_eq!(
        replay.status(),
        StatusCode::UNAUTHORIZED,
        "a code works once"
    );

    // Recovery codes work once each.
    let codes = regenerate_codes(&app, &moderator).await;
    let first = app
        .api_login(&moderator.email, &moderator.password, Some(&codes[0]))
        .await;
    assert_eq!(first.status(), StatusCode::OK);
    let again = app
        .api_login(&moderator.email, &moderator.password, Some(&codes[0]))
        .await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
}

async fn wait_for_new_code(person: &crate::people::Person) -> String {
    let spent = code_for(person);
    loop {
        let now = code_for(person);
        if now != spent {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

/// New recovery codes, through the domain call the account page uses.
async fn regenerate_codes(
    app: &crate::harness::TestApp,
    person: &crate::people::Person,
) -> Vec<String> {
    let id = person.id;
    app.state
        .run(move |conn, kit| parley::accounts::totp::replace_recovery_codes(conn, &kit.signer, id))
        .await
        .unwrap()
}

#[tokio::test]
async fn staff_without_two_factor_can_only_set_it_up() {
    let app = spawn_app().await;
    let moderator = app.person_without_2fa(Role::Moderator).await;
    let login = app
        .api_login(&moderator.email, &moderator.password, None)
        .await;
    assert_eq!(login.status(), StatusCode::OK);
    let token: serde_json::Value = login.json().await.unwrap();
    let token = token["access_token"].as_str().unwrap();

    let queue = app.get_as(token, "/api/v1/invitations").await;
    assert_eq!(queue.status(), StatusCode::FORBIDDEN);
    let problem: serde_json::Value = queue.json().await.unwrap();
    assert!(
        problem["type"]
            .as_str()
            .unwrap()
            .contains("two-factor-required")
    );
    assert_eq!(
        app.get_as(token, "/api/v1/me").await.status(),
        StatusCode::OK
    );

    // On the web she is sent to the set-up page.
    let browser = app.browser_for(&moderator).await;
    let page = browser.get(app.url("/invitations")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
    assert_eq!(page.headers()["location"], "/account/2fa");
    let setup = browser.get(app.url("/account/2fa")).send().await.unwrap();
    assert_eq!(setup.status(), StatusCode::OK);
    let html = setup.text().await.unwrap();
    assert!(html.contains("<svg"), "the QR code is inline SVG");
    assert!(html.contains("name=\"enrolment_token\""));

    // Enabling it through the page opens the door.
    let enrolment = form_value(&html, "enrolment_token").unwrap();
    // The key as the page shows it, in groups of four; apps take it without the spaces.
    let secret = html
        .split("<code class=\"key\">")
        .nth(1)
        .and_then(|s| s.split("</code>").next())
        .unwrap()
        .replace(' ', "");
    let code = parley::accounts::totp::current_code(&secret).unwrap();
    let enabled = app
        .post_form(
            &browser,
            "/account/2fa/enable",
            &[("enrolment_token", &enrolment), ("code", &code)],
        )
        .await;
    assert_eq!(enabled.status(), StatusCode::OK);
    let codes_page = enabled.text().await.unwrap();
    assert!(
        codes_page.contains("class=\"codes"),
        "recovery codes are shown once"
    );
    let queue = browser.get(app.url("/invitations")).send().await.unwrap();
    assert_eq!(queue.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_form_without_a_valid_csrf_token_gets_403() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let browser = app.browser_for(&member).await;
    // Load a page so the browser has its CSRF cookie, then post without the token…
    let token = app.csrf_token(&browser, "/account").await;
    let without = browser
        .post(app.url("/account/profile"))
        .form(&[("name", "Changed"), ("locale", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(without.status(), StatusCode::FORBIDDEN);
    // …with a token for another browser's cookie…
    let other = app.browser();
    let foreign = app.csrf_token(&other, "/login").await;
    let forged = browser
        .post(app.url("/account/profile"))
        .form(&[
            ("name", "Changed"),
            ("locale", "en"),
            ("csrf_token", &foreign),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let me: serde_json::Value = app
        .get_as(&app.token(&member).await, "/api/v1/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["name"], member.name, "nothing changed");
    // …and with its own token it works.
    let ok = browser
        .post(app.url("/account/profile"))
        .form(&[
            ("name", "Changed Name"),
            ("locale", "en"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    // Sign-in itself is protected too (login CSRF).
    let login = app
        .browser()
        .post(app.url("/login"))
        .form(&[
            ("email", member.email.as_str()),
            ("password", member.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn signing_in_on_the_web_sets_httponly_cookies_and_signing_out_ends_the_session() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let browser = app.browser();
    let anonymous = browser.get(app.url("/account")).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    assert_eq!(anonymous.headers()["location"], "/login?next=%2Faccount");

    let wrong = app
        .post_form(
            &browser,
            "/login",
            &[
                ("email", &member.email),
                ("password", "wrong password here"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.text().await.unwrap().contains("not right"));

    let signed_in = app
        .post_form(
            &browser,
            "/login",
            &[
                ("email", &member.email),
                ("password", &member.password),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    assert_eq!(signed_in.headers()["location"], "/account");
    let cookies: Vec<String> = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let access = cookies
        .iter()
        .find(|c| c.starts_with("parley_access="))
        .unwrap();
    assert!(access.contains("HttpOnly"), "{access}");
    assert!(access.contains("SameSite=Lax"), "{access}");
    assert!(!access.contains("Secure"), "plain http in tests: {access}");

    let account = browser.get(app.url("/account")).send().await.unwrap();
    assert_eq!(account.status(), StatusCode::OK);
    assert!(account.text().await.unwrap().contains(&member.email));

    let out = app.post_form(&browser, "/logout", &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let after = browser.get(app.url("/account")).send().await.unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn an_expired_access_cookie_is_renewed_from_the_refresh_cookie() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let tokens = app
        .session(&member, parley::accounts::sessions::Client::Web)
        .await;
    let browser = app.browser_with_stale_access(&tokens);
    let page = browser.get(app.url("/account")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let renewed: Vec<String> = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        renewed
            .iter()
            .any(|c| c.starts_with("parley_refresh=") && !c.contains(&tokens.refresh_token))
    );
    // The browser keeps working with the new cookies.
    assert_eq!(
        browser
            .get(app.url("/account"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once() {
    let app = spawn_app().await;
    let token = app
        .state
        .run(|conn, kit| parley::accounts::setup::prepare_setup(conn, &kit.signer))
        .await
        .unwrap()
        .expect("no admin yet, so there is a set-up link");
    let browser = app.browser();
    let page = browser
        .get(app.url(&format!("/setup?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let email = crate::people::fresh_email("admin");
    let weak = app
        .post_form(
            &browser,
            "/setup",
            &[
                ("token", &token),
                ("email", &email),
                ("name", "First Admin"),
                ("password", "password"),
            ],
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.text()
            .await
            .unwrap()
            .contains("at least 12 characters")
    );
    let created = app
        .post_form(
            &browser,
            "/setup",
            &[
                ("token", &token),
                ("email", &email),
                ("name", "First Admin"),
                ("password", "granite meadow lantern"),
            ],
        )
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        created.headers()["location"],
        "/account/2fa",
        "an admin sets up 2FA first"
    );
    let again = app
        .browser()
        .get(app.url(&format!("/setup?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::GONE);
    let no_new_link = app
        .state
        .run(|conn, kit| parley::accounts::setup::prepare_setup(conn, &kit.signer))
        .await
        .unwrap();
    assert!(no_new_link.is_none());
}

#[tokio::test]
async fn two_factor_secrets_are_sealed_in_the_database_and_old_plain_ones_get_sealed() {
    use diesel::prelude::*;
    use parley::db::schema::users;
    let app = spawn_app().await;
    let moderator = app.person(Role::Moderator).await;
    let secret = moderator.totp_secret.clone().unwrap();
    let id = moderator.id;
    let stored = || {
        app.state.run(move |conn, _| {
            Ok(users::table
                .find(id)
                .select(users::totp_secret)
                .first::<Option<String>>(conn)?
                .unwrap())
        })
    };
    // A copy of the database does not hold what makes codes.
    let sealed = stored().await.unwrap();
    assert!(!sealed.contains(&secret), "{sealed}");
    assert!(sealed.starts_with("sealed1:"), "{sealed}");
    // (Forget the step her set-up spent, so that the current code counts again.)
    let forget_step = || {
        app.state.run(move |conn, _| {
            diesel::update(users::table.find(id))
                .set(users::totp_last_step.eq(None::<i64>))
                .execute(conn)?;
            Ok(())
        })
    };
    let signs_in = || async {
        forget_step().await.unwrap();
        app.api_login(
            &moderator.email,
            &moderator.password,
            Some(&code_for(&moderator)),
        )
        .await
        .status()
    };
    assert_eq!(
        signs_in().await,
        StatusCode::OK,
        "her app's codes still work"
    );

    // As an earlier version stored it: in plain text. The start-up step seals it, and her
    // codes keep working.
    let plain = secret.clone();
    app.state
        .run(move |conn, _| {
            diesel::update(users::table.find(id))
                .set(users::totp_secret.eq(Some(plain)))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let sealed_now = app
        .state
        .run(|conn, kit| parley::accounts::totp::seal_plaintext_secrets(conn, &kit.signer))
        .await
        .unwrap();
    assert_eq!(sealed_now, 1);
    let resealed = stored().await.unwrap();
    assert!(resealed.starts_with("sealed1:") && !resealed.contains(&secret));
    assert_eq!(signs_in().await, StatusCode::OK);
}

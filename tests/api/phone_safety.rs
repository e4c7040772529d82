//! The phone in her pocket (issue 24, docs/phone-safety.md): the quick exit, sign-out that
//! leaves nothing behind, drafts kept in the browser only encrypted, page titles that say
//! nothing, and the idle limit of a shared device. The browser tests run real Chromium.

use std::time::{Duration, Instant};

use diesel::prelude::*;
use parley::accounts::Role;
use parley::db::schema::sessions;
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::browser::{Browser, Driver};
use crate::harness::{TestApp, spawn_app_with};
use crate::people::form_value;

/// A neutral page on a port of its own (another origin than Parley): what the quick exit
/// leads to in these tests. Answers every request with the same small page.
async fn neutral_page() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = [0u8; 4096];
                let _ = stream.read(&mut buffer).await;
                let body = "<!doctype html><title>Weather</title><h1>Weather tomorrow</h1>";
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(answer.as_bytes()).await;
            });
        }
    });
    format!("http://localhost:{port}/weather")
}

async fn app_with_exit(exit_url: &str) -> TestApp {
    spawn_app_with(json!({
        "safety": {"exit_url": exit_url},
        "digest": {"scheduler": false},
    }))
    .await
}

/// Waits until the browser's address starts with `prefix`; fails after ten seconds.
async fn until_address(browser: &Browser, prefix: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let here = browser.client.current_url().await.unwrap().to_string();
        if here.starts_with(prefix) {
            return here;
        }
        assert!(
            Instant::now() < deadline,
            "never reached {prefix}: at {here}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn script(browser: &Browser, js: &str) -> serde_json::Value {
    browser.client.execute(js, vec![]).await.unwrap()
}

async fn access_cookie(browser: &Browser) -> String {
    browser
        .client
        .get_named_cookie("parley_access")
        .await
        .expect("signed in: the session cookie is there")
        .value()
        .to_string()
}

/// Cookies and storage the browser keeps for Parley, read on a Parley page without script of
/// its own (`/healthz`).
async fn kept_for_parley(browser: &Browser, app: &TestApp) -> (Vec<String>, i64) {
    browser.open(app, "/healthz").await;
    let cookies = browser
        .client
        .get_all_cookies()
        .await
        .unwrap()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let stored = script(
        browser,
        "return localStorage.length + sessionStorage.length",
    )
    .await
    .as_i64()
    .unwrap();
    (cookies, stored)
}

#[tokio::test]
async fn quick_exit_leaves_no_way_back_no_cookies_no_storage_and_no_live_session() {
    let neutral = neutral_page().await;
    let app = app_with_exit(&neutral).await;
    let member = app.person(Role::Member).await;
    app.speaks(&member, "uk").await;
    let driver = Driver::start();
    let browser = driver.browser("uk").await;
    browser.sign_in(&app, &member).await;
    browser.click_and_wait("nav a[href='/cases']").await;
    browser.click_and_wait("nav a[href='/search']").await;
    script(
        &browser,
        "localStorage.setItem('parley-note', 'kept by a page')",
    )
    .await;
    let token = access_cookie(&browser).await;
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::OK
    );

    // At phone size the control is the first thing on the page and large enough to tap.
    let first_focus = script(
        &browser,
        "const c = document.querySelector('#quick-exit'); const r = c.getBoundingClientRect(); \
         return {first: document.querySelector('body a') === c, height: r.height, \
                 label: c.textContent.trim()}",
    )
    .await;
    assert_eq!(first_focus["first"], true, "{first_focus}");
    assert!(
        first_focus["height"].as_f64().unwrap() >= 40.0,
        "{first_focus}"
    );
    assert_eq!(first_focus["label"], "Швидкий вихід");

    browser.click("#quick-exit").await;
    until_address(&browser, &neutral).await;

    // Nothing is left for the site: no cookie, nothing stored.
    let (cookies, stored) = kept_for_parley(&browser, &app).await;
    assert!(cookies.is_empty(), "cookies left: {cookies:?}");
    assert_eq!(stored, 0, "storage left after the quick exit");

    // Back (twice: the last step above was a page of its own) does not show Parley: not the
    // search page, not its sign-in page.
    browser.client.back().await.unwrap();
    until_address(&browser, &neutral).await;
    browser.client.back().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let here = until_address(&browser, &neutral).await;
    let text = browser.text().await;
    assert!(
        !text.contains("Parley") && text.contains("Weather"),
        "after Back, at {here}: {text}"
    );
    // The sign-in page the server answered on the way (the session is gone) may have set a
    // fresh CSRF token, random and tied to nothing; no session came back.
    let (cookies, _) = kept_for_parley(&browser, &app).await;
    assert!(
        !cookies
            .iter()
            .any(|c| c == "parley_access" || c == "parley_refresh"),
        "{cookies:?}"
    );
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "the old session's token still works"
    );
}

#[tokio::test]
async fn three_escapes_leave_as_the_button_does() {
    let neutral = neutral_page().await;
    let app = app_with_exit(&neutral).await;
    let member = app.person(Role::Member).await;
    let driver = Driver::start();
    let browser = driver.browser("pl").await;
    browser.sign_in(&app, &member).await;
    browser.click_and_wait("nav a[href='/cases']").await;
    let token = access_cookie(&browser).await;
    let body = browser.find("body").await;
    for _ in 0..3 {
        body.send_keys("\u{E00C}").await.unwrap();
    }
    until_address(&browser, &neutral).await;
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

const SLOT: &str = "parley-draft:/cases?kind=discussion";

async fn stored_draft(browser: &Browser) -> Option<String> {
    script(browser, &format!("return localStorage.getItem('{SLOT}')"))
        .await
        .as_str()
        .map(str::to_string)
}

#[tokio::test]
async fn a_draft_is_kept_encrypted_survives_a_lost_session_and_is_unreadable_after_sign_out() {
    let neutral = neutral_page().await;
    let app = app_with_exit(&neutral).await;
    let member = app.person(Role::Member).await;
    let driver = Driver::start();
    let browser = driver.browser("en").await;
    browser.sign_in(&app, &member).await;
    browser.open(&app, "/cases/new?kind=discussion").await;
    let title = "Convoy held at the Zatoka bridge";
    let body = "Olena Hrytsenko and I waited at the bridge for nine hours.";
    browser.fill("#title", title).await;
    browser
        .fill("#case-form textarea[name=body_markdown]", body)
        .await;

    // Kept in the browser, but not as text.
    let deadline = Instant::now() + Duration::from_secs(10);
    let kept = loop {
        if let Some(kept) = stored_draft(&browser).await {
            break kept;
        }
        assert!(Instant::now() < deadline, "no draft was kept");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    for word in ["Convoy", "Zatoka", "Olena", "Hrytsenko", "bridge"] {
        assert!(
            !kept.contains(word),
            "the stored draft holds {word:?}: {kept}"
        );
    }

    // The session runs out while she writes (both of its tokens expire): sending leads to the
    // sign-in page, and after it back to her form, with her text.
    app.expire_sessions(member.id).await;
    browser
        .click_and_wait("#case-form button[type=submit]")
        .await;
    assert_eq!(browser.path().await, "/login");
    browser.sign_in_here(&member).await;
    assert_eq!(browser.path().await, "/cases/new");
    let deadline = Instant::now() + Duration::from_secs(10);
    while browser.value("#title").await != title {
        assert!(Instant::now() < deadline, "the draft did not come back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        browser
            .value("#case-form textarea[name=body_markdown]")
            .await
            .contains(body)
    );
    assert!(
        browser
            .text()
            .await
            .contains("unsent text was brought back"),
        "she is told her text came back"
    );

    // Signing out forgets it; and what a copy of the stored bytes holds cannot be read by her
    // next session either (the key moved on).
    browser
        .click_and_wait("form[action='/logout'] button")
        .await;
    assert_eq!(
        stored_draft(&browser).await,
        None,
        "the draft outlived sign-out"
    );
    browser.open(&app, "/login").await;
    browser.sign_in_here(&member).await;
    browser
        .client
        .execute(
            &format!("localStorage.setItem('{SLOT}', arguments[0])"),
            vec![json!(kept)],
        )
        .await
        .unwrap();
    browser.open(&app, "/cases/new?kind=discussion").await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while stored_draft(&browser).await.is_some() {
        assert!(
            Instant::now() < deadline,
            "an old draft was neither read nor dropped"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(browser.value("#title").await, "", "an old draft was read");
}

/// The `href`s of the links in a page's navigation and footer.
fn navigation_links(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    for part in ["<nav", "<footer"] {
        let Some(start) = html.find(part) else {
            continue;
        };
        let end = start + html[start..].find(&format!("</{}", &part[1..])).unwrap();
        for piece in html[start..end].split("href=\"").skip(1) {
            let href = piece.split('"').next().unwrap();
            if href.starts_with('/') {
                links.push(href.to_string());
            }
        }
    }
    links
}

fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    &html[start..start + html[start..].find("</title>").unwrap()]
}

#[tokio::test]
async fn every_page_of_the_navigation_carries_the_quick_exit_and_is_titled_parley_only() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let admin = app.person(Role::Admin).await;
    let id = app
        .submit_case(
            &author,
            "Talks at the Vesele checkpoint",
            "We spoke at the checkpoint.",
        )
        .await;
    let published = app
        .publish(
            &admin,
            id,
            "Talks at the Vesele checkpoint",
            "We spoke at the checkpoint.",
        )
        .await;
    assert!(published.status().is_success());
    app.wait_indexed().await;

    for person in [&author, &admin] {
        let browser = app.browser_for(person).await;
        let home = app.page(&browser, "/").await;
        let links = navigation_links(&home);
        assert!(links.len() >= 6, "navigation: {links:?}");
        for link in links.iter().chain(["/".to_string()].iter()) {
            let response = browser.get(app.url(link)).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{link}");
            let html = response.text().await.unwrap();
            assert!(
                html.contains("id=\"quick-exit\" href=\"/exit\""),
                "{link} has no quick exit"
            );
            assert_eq!(title_of(&html), "Parley", "{link}");
        }
        // The pages that would name a case or a query.
        for path in [
            format!("/cases/{id}"),
            "/search?q=Vesele+checkpoint".to_string(),
            "/cases?country=UA".to_string(),
        ] {
            let html = app.page(&browser, &path).await;
            assert!(html.contains("Vesele"), "{path} shows the case");
            assert_eq!(title_of(&html), "Parley", "{path}");
            assert!(html.contains("id=\"quick-exit\""), "{path}");
        }
    }
    // Signed out, too: the sign-in page has it (and the exit answers anyone).
    let html = app.page(&app.browser(), "/login").await;
    assert!(html.contains("id=\"quick-exit\""));
    assert_eq!(title_of(&html), "Parley");
}

#[tokio::test]
async fn the_exit_and_sign_out_tell_the_browser_to_forget_and_end_the_session() {
    let app =
        spawn_app_with(json!({"safety": {"exit_url": "https://weather.example/today?city=x&y=1"}}))
            .await;
    let member = app.person(Role::Member).await;
    let tokens = app
        .session(&member, parley::accounts::sessions::Client::Web)
        .await;
    let browser = app.browser_for_tokens(&tokens);
    let exit = browser.get(app.url("/exit")).send().await.unwrap();
    assert_eq!(exit.status(), StatusCode::OK);
    assert_eq!(
        exit.headers()["clear-site-data"],
        "\"cache\", \"cookies\", \"storage\""
    );
    assert_eq!(exit.headers()["cache-control"], "no-store");
    let cleared: Vec<_> = exit
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        cleared.iter().any(|c| c.starts_with("parley_access=;")),
        "{cleared:?}"
    );
    let html = exit.text().await.unwrap();
    assert!(
        html.contains("content=\"0; url=https://weather.example/today?city=x&#38;y=1\""),
        "{html}"
    );
    assert!(
        !html.contains("Parley"),
        "the exit page names Parley: {html}"
    );
    assert_eq!(
        app.get_as(&tokens.access_token, "/api/v1/me")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    // Sign-out says the same to the browser.
    let browser = app.browser_for(&member).await;
    let token = app.csrf_token(&browser, "/account").await;
    let out = browser
        .post(app.url("/logout"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        out.headers()["clear-site-data"],
        "\"cache\", \"cookies\", \"storage\""
    );

    // Her access token has expired (as after 15 minutes): the way in renews the session, and
    // the exit must still leave no session cookie on the device — the last word on each cookie
    // is the one the browser keeps.
    let tokens = app
        .session(&member, parley::accounts::sessions::Client::Web)
        .await;
    let stale = app.browser_with_stale_access(&tokens);
    let exit = stale.get(app.url("/exit")).send().await.unwrap();
    let mut last: std::collections::HashMap<String, String> = Default::default();
    for header in exit.headers().get_all("set-cookie") {
        let header = header.to_str().unwrap().to_string();
        let name = header.split('=').next().unwrap().to_string();
        last.insert(name, header);
    }
    for name in ["parley_access", "parley_refresh"] {
        let cookie = &last[name];
        assert!(
            cookie.starts_with(&format!("{name}=;")) && cookie.contains("Max-Age=0"),
            "{name} is left on the device: {cookie}"
        );
    }

    // Nobody signed in: the exit still leaves.
    let anonymous = app.browser().get(app.url("/exit")).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_shared_device_is_signed_out_after_the_idle_limit_and_her_own_is_not() {
    let app = spawn_app_with(json!({"safety": {"shared_device_idle_minutes": 10}})).await;
    let member = app.person(Role::Member).await;

    // Signing in through the form with "this is a shared device" ticked, in Romanian.
    let shared = app.browser();
    let token = app.csrf_token(&shared, "/login").await;
    let login = shared
        .post(app.url("/login"))
        .header("accept-language", "ro")
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", member.email.as_str()),
            ("password", member.password.as_str()),
            ("next", "/cases"),
            ("shared", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER, "signed in");
    let page = app.page(&shared, "/cases").await;
    assert!(
        page.contains("data-idle-minutes=\"10\""),
        "the page knows the limit"
    );
    let own = app.browser_for(&member).await;
    assert!(!app.page(&own, "/cases").await.contains("data-idle-minutes"));

    // Eleven minutes without activity on both.
    let user_id = member.id;
    app.state
        .run(move |conn, _| {
            diesel::update(sessions::table.filter(sessions::user_id.eq(user_id)))
                .set(
                    sessions::last_seen_at
                        .eq(chrono::Utc::now().naive_utc() - chrono::Duration::minutes(11)),
                )
                .execute(conn)?;
            parley::accounts::sessions::sessions_changed();
            Ok(())
        })
        .await
        .unwrap();
    let after = shared.get(app.url("/cases")).send().await.unwrap();
    assert_eq!(
        after.status(),
        StatusCode::SEE_OTHER,
        "the shared device is signed out"
    );
    assert!(
        after.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );
    let still = own.get(app.url("/cases")).send().await.unwrap();
    assert_eq!(
        still.status(),
        StatusCode::OK,
        "her own device stays signed in"
    );

    // On the account page she can mark the device she is on as shared, and unmark it.
    let token = app.csrf_token(&own, "/account").await;
    let saved = own
        .post(app.url("/account/device"))
        .form(&[("csrf_token", token.as_str()), ("shared", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let account = app.page(&own, "/account?notice=device-saved").await;
    assert!(account.contains("data-idle-minutes=\"10\""));
    let token = form_value(&account, "csrf_token").unwrap();
    let unmarked = own
        .post(app.url("/account/device"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(unmarked.status(), StatusCode::SEE_OTHER);
    assert!(
        !app.page(&own, "/account")
            .await
            .contains("data-idle-minutes")
    );

    // Ending her other sessions from here (after a phone was taken) makes what that phone kept
    // of her drafts unreadable: the key moves on.
    let key = |browser: reqwest::Client| {
        let url = app.url("/draft-key");
        async move {
            let body: serde_json::Value =
                browser.get(url).send().await.unwrap().json().await.unwrap();
            body["key"].as_str().unwrap().to_string()
        }
    };
    let before = key(own.clone()).await;
    assert_eq!(
        before,
        key(own.clone()).await,
        "the key is stable between sign-outs"
    );
    let token = app.csrf_token(&own, "/account/sessions").await;
    let ended = own
        .post(app.url("/account/sessions/revoke-all"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert!(ended.status().is_redirection(), "{}", ended.status());
    assert_eq!(
        ended.headers()["clear-site-data"],
        "\"cache\", \"cookies\", \"storage\""
    );
    let next_session = app.browser_for(&member).await;
    assert_ne!(before, key(next_session).await, "the key did not move on");
}

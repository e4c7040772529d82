//! Mails that carry links — invitation, password reset, e-mail change — delivered to a real
//! SMTP server, parsed, and their links used: once, and only once. Plus export and deletion.

use parley::accounts::Role;
use reqwest::StatusCode;

use crate::harness::{spawn_app, spawn_app_with, spawn_app_with_smtp};
use crate::mailbox::{mails_in, start_sink, wait_for_mails};
use crate::people::{form_value, fresh_email};

fn token_of(link: &str) -> String {
    link.split("token=")
        .nth(1)
        .expect("the link has a token")
        .to_string()
}

/// The state of the newest invitation to `email` in the list `token` sees.
async fn invitation_state(app: &crate::harness::TestApp, token: &str, email: &str) -> String {
    let list: serde_json::Value = app
        .get_as(token, "/api/v1/invitations")
        .await
        .json()
        .await
        .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|i| i["email"] == email)
        .map(|i| i["state"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn an_invitation_mail_links_to_a_single_use_sign_up() {
    let app = spawn_app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let token = app.token(&admin).await;
    let invitee = fresh_email("invitee");
    let created = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"email": invitee, "role": "member", "cohort": "Chișinău 2024", "locale": "en"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let body: serde_json::Value = created.json().await.unwrap();
    assert_eq!(body["mailed"], true);

    let mail = wait_for_mails(&invitee, 1).await.remove(0);
    assert_eq!(mail.subject, "Your invitation to Parley");
    assert!(
        mail.header("Content-Type")
            .unwrap()
            .starts_with("multipart/alternative")
    );
    assert!(mail.text.contains(&admin.name), "names who invited her");
    assert!(
        mail.html.contains("<a href=\""),
        "has an HTML part with the link"
    );
    assert!(!mail.html.contains("<img"), "no images, no tracking pixels");
    let link = mail.link("/invitations/accept?token=");
    // The default public_url is a loopback address: links follow the port the server
    // really listens on (issue 19), so the link in the mail is the server's own.
    assert!(
        link.starts_with(&app.url("/")),
        "links lead to the server that sent them: {link}"
    );

    // The link opens the sign-up page…
    let path = &link[app.url("").len()..];
    let page = app.browser().get(app.url(path)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains(&invitee));

    // …which creates the account once.
    let accept = |name: &str| {
        let body = serde_json::json!({"token": token_of(&link), "name": name, "password": "harbour willow compass", "locale": "uk"});
        let app = &app;
        async move {
            app.client
                .post(app.url("/api/v1/invitations/accept"))
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let first = accept("Olena").await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let tokens: serde_json::Value = first.json().await.unwrap();
    let me: serde_json::Value = app
        .get_as(tokens["access_token"].as_str().unwrap(), "/api/v1/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["email"], invitee);
    assert_eq!(me["role"], "member");
    assert_eq!(me["locale"], "uk");
    assert_eq!(me["cohort"], "Chișinău 2024");

    let second = accept("Someone Else").await;
    assert_eq!(second.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = second.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "token");
    let page_again = app.browser().get(app.url(path)).send().await.unwrap();
    assert_eq!(page_again.status(), StatusCode::GONE);
}

#[tokio::test]
async fn moderators_invite_members_only_and_revoked_links_die() {
    let app = spawn_app_with_smtp().await;
    let moderator = app.person(Role::Moderator).await;
    let token = app.token(&moderator).await;
    let invite = |role: &str, email: &str| {
        let body = serde_json::json!({"email": email, "role": role});
        let (app, token) = (&app, token.clone());
        async move {
            app.client
                .post(app.url("/api/v1/invitations"))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        invite("admin", &fresh_email("x")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        invite("moderator", &fresh_email("x")).await.status(),
        StatusCode::FORBIDDEN
    );
    let bad = invite("member", "not an address").await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let existing = invite("member", &moderator.email).await;
    assert_eq!(existing.status(), StatusCode::CONFLICT);

    let invitee = fresh_email("revoked");
    let created: serde_json::Value = invite("member", &invitee).await.json().await.unwrap();
    let link = wait_for_mails(&invitee, 1).await.remove(0).link("token=");
    let revoke = app
        .client
        .delete(app.url(&format!("/api/v1/invitations/{}", created["id"])))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), StatusCode::NO_CONTENT);
    let accept = app
        .client
        .post(app.url("/api/v1/invitations/accept"))
        .json(&serde_json::json!({"token": token_of(&link), "name": "Late", "password": "harbour willow compass"}))
        .send()
        .await
        .unwrap();
    assert_eq!(accept.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invitation_state(&app, &token, &invitee).await, "revoked");
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_signs_out_everywhere() {
    let app = spawn_app_with_smtp().await;
    let member = app.person(Role::Member).await;
    let old_session = app.token(&member).await;

    let asked = app
        .client
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&serde_json::json!({"email": member.email}))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let unknown = app
        .client
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&serde_json::json!({"email": "no-account@example.org"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        unknown.status(),
        StatusCode::ACCEPTED,
        "same answer for unknown addresses"
    );

    let mail = wait_for_mails(&member.email, 1).await.remove(0);
    assert_eq!(mail.subject, "Reset your Parley password");
    let link = mail.link("/password-reset/confirm?token=");
    let confirm = |password: &str| {
        let body = serde_json::json!({"token": token_of(&link), "new_password": password});
        let app = &app;
        async move {
            app.client
                .post(app.url("/api/v1/auth/password-reset/confirm"))
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let weak = confirm("password123456").await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = weak.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "new_password");

    assert_eq!(
        confirm("saffron kettle meridian").await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get_as(&old_session, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.api_login(&member.email, "saffron kettle meridian", None)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.api_login(&member.email, &member.password, None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let reused = confirm("another fresh passphrase").await;
    assert_eq!(
        reused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the link worked once"
    );
}

#[tokio::test]
async fn an_email_change_is_confirmed_from_the_new_address_once() {
    let app = spawn_app_with_smtp().await;
    let member = app.person(Role::Member).await;
    let token = app.token(&member).await;
    let new_address = fresh_email("moved");
    let wrong_password = app
        .client
        .post(app.url("/api/v1/me/email"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"new_email": new_address, "password": "wrong wrong wrong"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_password.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let asked = app
        .client
        .post(app.url("/api/v1/me/email"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"new_email": new_address, "password": member.password}))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let confirmation = wait_for_mails(&new_address, 1).await.remove(0);
    let notice = wait_for_mails(&member.email, 1).await.remove(0);
    assert_eq!(notice.subject, "Your Parley address is being changed");
    assert!(
        !notice.text.contains("token="),
        "the old address gets no link"
    );

    // The page behind the link only shows a button (mail scanners follow GETs)…
    let link = confirmation.link("/account/email/confirm?token=");
    let path = &link[app.url("").len()..];
    let browser = app.browser();
    let page = browser.get(app.url(path)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let me: serde_json::Value = app.get_as(&token, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["email"], member.email, "a GET changes nothing");
    // …and the button changes the address, once.
    let form_token = form_value(&page.text().await.unwrap(), "token").unwrap();
    let confirmed = app
        .post_form(
            &browser,
            "/account/email/confirm",
            &[("token", &form_token)],
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    let me: serde_json::Value = app.get_as(&token, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["email"], new_address);
    let again = app
        .post_form(
            &browser,
            "/account/email/confirm",
            &[("token", &form_token)],
        )
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
}

#[tokio::test]
async fn export_holds_her_data_and_nothing_of_anyone_else() {
    let app = spawn_app().await;
    let admin = app.person(Role::Admin).await;
    let member = app.person(Role::Member).await;
    // Someone else's data that shares tables with hers: another account, an invitation.
    let bystander = app.person(Role::Member).await;
    let invited_canary = fresh_email("canary-invitee");
    parley::accounts::flows::invite(
        &app.state,
        None,
        &invited_canary,
        Role::Member,
        None,
        parley::i18n::Lang::En,
    )
    .await
    .unwrap();
    // Issue 20: everything Parley keeps about her — a draft she wrote (its revision with her
    // declared terms), her digest settings, her cohort.
    let token = app.token(&member).await;
    let mut draft = crate::steps::case_json("My unfinished story", "Draft text.");
    draft["draft"] = serde_json::json!(true);
    let created = app.post_json(&token, "/api/v1/cases", &draft).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let subscribed = app
        .put_json(
            &token,
            "/api/v1/me/subscription",
            &serde_json::json!({"frequency": "weekly"}),
        )
        .await;
    assert!(subscribed.status().is_success());
    let member_id = member.id;
    app.state
        .run(move |conn, _| {
            let cohort = parley::accounts::cohorts::create(conn, "Export cohort", "")?;
            parley::accounts::cohorts::join(conn, cohort.id, member_id)
        })
        .await
        .unwrap();
    let export = app.get_as(&token, "/api/v1/me/export").await;
    assert_eq!(export.status(), StatusCode::OK);
    let text = export.text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["account"]["email"], member.email);
    assert_eq!(data["account"]["name"], member.name);
    assert!(!data["sessions"].as_array().unwrap().is_empty());
    let thread = &data["threads"][0];
    assert_eq!(thread["status"], "draft", "{data}");
    assert_eq!(thread["revisions"][0]["title"], "My unfinished story");
    assert_eq!(thread["revisions"][0]["body_markdown"], "Draft text.");
    assert!(
        thread["revisions"][0]["sensitive_terms"]
            .to_string()
            .contains("Oksana Petrenko"),
        "the terms she declared are hers: {thread}"
    );
    assert_eq!(data["subscription"]["frequency"], "weekly");
    assert_eq!(data["cohorts"][0]["name"], "Export cohort");
    for key in ["replies", "flags_filed", "digests_sent", "notifications"] {
        assert!(data[key].is_array(), "{key} is in the export");
    }
    for foreign in [
        &admin.email,
        &admin.name,
        &bystander.email,
        &bystander.name,
        &invited_canary,
    ] {
        assert!(!text.contains(foreign.as_str()), "export leaks {foreign}");
    }
    assert!(!text.contains("argon2"), "no password hash");

    let browser = app.browser_for(&member).await;
    let download = browser
        .get(app.url("/account/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
}

#[tokio::test]
async fn deleting_the_account_removes_it_and_ends_its_sessions() {
    let app = spawn_app().await;
    let member = app.person(Role::Member).await;
    let token = app.token(&member).await;
    let browser = app.browser_for(&member).await;
    let wrong = app
        .client
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"password": "not my password", "published": "keep_as_former_member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::OK
    );

    let deleted = app
        .client
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"password": member.password, "published": "remove"}))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_as(&token, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        browser
            .get(app.url("/account"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER,
        "the web session ended too"
    );
    assert_eq!(
        app.api_login(&member.email, &member.password, None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let email = parley::accounts::Email::parse(&member.email).unwrap();
    let gone = app
        .state
        .run(move |conn, _| parley::accounts::users::find_by_email(conn, &email))
        .await
        .unwrap();
    assert!(gone.is_none());
}

#[tokio::test]
async fn a_moderator_cannot_withdraw_or_replace_an_admins_staff_invitation() {
    let app = spawn_app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (admin_token, moderator_token) = (app.token(&admin).await, app.token(&moderator).await);
    let invite = |token: &str, role: &str, email: &str| {
        let body = serde_json::json!({"email": email, "role": role});
        let (app, token) = (&app, token.to_string());
        async move { app.post_json(&token, "/api/v1/invitations", &body).await }
    };
    let revoke = |token: &str, id: &serde_json::Value| {
        let (app, token, id) = (&app, token.to_string(), id.clone());
        async move {
            app.client
                .delete(app.url(&format!("/api/v1/invitations/{id}")))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    let future_moderator = fresh_email("future-moderator");
    let staff: serde_json::Value = invite(&admin_token, "moderator", &future_moderator)
        .await
        .json()
        .await
        .unwrap();
    // Neither withdrawn by a moderator…
    assert_eq!(
        revoke(&moderator_token, &staff["id"]).await.status(),
        StatusCode::FORBIDDEN
    );
    // …nor replaced by a member's invitation to the same address (that would withdraw it).
    let replaced = invite(&moderator_token, "member", &future_moderator).await;
    assert_eq!(replaced.status(), StatusCode::CONFLICT);
    let problem: serde_json::Value = replaced.json().await.unwrap();
    assert!(problem.to_string().contains("only an admin"), "{problem}");
    assert_eq!(
        invitation_state(&app, &admin_token, &future_moderator).await,
        "pending"
    );
    // A member's invitation she made, and the admin's, are theirs to withdraw.
    let member: serde_json::Value = invite(&moderator_token, "member", &fresh_email("m"))
        .await
        .json()
        .await
        .unwrap();
    // Her page offers the button only where she may use it.
    let page = app
        .browser_for(&moderator)
        .await
        .get(app.url("/invitations"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("/invitations/{}/revoke", member["id"])));
    assert!(!page.contains(&format!("/invitations/{}/revoke", staff["id"])));
    assert_eq!(
        revoke(&moderator_token, &member["id"]).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        revoke(&admin_token, &staff["id"]).await.status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn an_smtp_refusal_keeps_the_invitation_and_shows_its_link() {
    let app = spawn_app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let browser = app.browser_for(&admin).await;
    let bounced = format!("bounce-{}", fresh_email("x"));
    let response = app
        .post_form(
            &browser,
            "/invitations",
            &[("email", &bounced), ("role", "member"), ("locale", "en")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("/invitations/accept?token="),
        "the link is shown to pass on"
    );
    assert!(
        html.contains("could not be sent"),
        "a refusal is final: no promise of a later mail"
    );
}

#[tokio::test]
async fn mails_are_written_in_the_recipients_language() {
    let app = spawn_app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let token = app.token(&admin).await;
    for (locale, subject, action) in [
        ("uk", "Ваше запрошення до Parley", "Прийняти запрошення"),
        (
            "ro",
            "Invitația dumneavoastră în Parley",
            "Acceptați invitația",
        ),
        ("pl", "Twoje zaproszenie do Parley", "Przyjmij zaproszenie"),
        ("ru", "Ваше приглашение в Parley", "Принять приглашение"),
    ] {
        let invitee = fresh_email(&format!("lang-{locale}"));
        let created = app
            .client
            .post(app.url("/api/v1/invitations"))
            .bearer_auth(&token)
            .json(&serde_json::json!({"email": invitee, "locale": locale}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), StatusCode::CREATED);
        let mail = wait_for_mails(&invitee, 1).await.remove(0);
        assert_eq!(mail.subject, subject);
        assert!(mail.text.contains(action), "{locale}: {}", mail.text);
        assert!(mail.html.contains(&format!("<html lang=\"{locale}\">")));
    }
}

/// The mail server is down when an admin invites someone: the invitation is kept (the admin
/// is told it was not mailed yet and gets the link), retried while the server stays down, and
/// delivered once, whole, when it is back.
#[tokio::test]
async fn an_smtp_outage_only_delays_an_invitation() {
    let folder = tempfile::tempdir().unwrap();
    let sink = start_sink(folder.path().to_path_buf(), None);
    let port = sink.port;
    let app = spawn_app_with(serde_json::json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{port}"), "retry_seconds": 1},
        "metrics": {"allow_from": ["127.0.0.1"]},
    }))
    .await;
    let admin = app.person(Role::Admin).await;
    let token = app.token(&admin).await;
    let browser = app.browser_for(&admin).await;
    sink.stop();

    // Through the page: the admin is told the mail will follow, and gets the link meanwhile.
    let by_page = fresh_email("delayed-page");
    let page = app
        .post_form(
            &browser,
            "/invitations",
            &[("email", &by_page), ("role", "member"), ("locale", "en")],
        )
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("will be sent as soon as it is back"),
        "{html}"
    );
    assert!(html.contains("/invitations/accept?token="));

    let invitee = fresh_email("delayed");
    let created = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"email": invitee, "role": "member", "locale": "ro"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let body: serde_json::Value = created.json().await.unwrap();
    assert_eq!(body["mailed"], false, "not mailed yet: {body}");
    assert_eq!(body["queued"], true, "but kept: {body}");
    let waiting = || async {
        app.state
            .run(|conn, _| parley::mail::outbox::waiting(conn))
            .await
            .unwrap()
    };
    assert_eq!(waiting().await, 2, "both kept for later");

    // Still down: retried, still kept, nothing lost.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(waiting().await, 2);
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(
        metrics.contains("parley_mail_outbox_waiting 2"),
        "{metrics}"
    );

    // Back on the same port: it arrives, once.
    let _back = start_sink(folder.path().to_path_buf(), Some(port));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while mails_in(folder.path(), &invitee).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the kept invitation never arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    while mails_in(folder.path(), &by_page).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the page's invitation never arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(mails_in(folder.path(), &by_page).len(), 1);
    let mails = mails_in(folder.path(), &invitee);
    assert_eq!(mails.len(), 1, "sent once");
    assert_eq!(waiting().await, 0, "the outbox row is gone once sent");
    let mail = &mails[0];
    assert_eq!(
        mail.subject, "Invitația dumneavoastră în Parley",
        "in the language it was written in"
    );
    // Its link is the invitation's, and it signs her up.
    let link = mail.link("/invitations/accept?token=");
    let accepted = app
        .client
        .post(app.url("/api/v1/invitations/accept"))
        .json(&serde_json::json!({"token": token_of(&link), "name": "Ioana", "password": "harbour willow compass"}))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), StatusCode::CREATED);
}

/// A mail server that takes connections and never says a word: a mail to it hangs until the
/// SMTP timeout.
fn silent_mail_server() -> (u16, std::thread::JoinHandle<()>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let held = std::thread::spawn(move || {
        let mut connections = Vec::new();
        for stream in listener.incoming().take(8) {
            connections.push(stream);
        }
    });
    (port, held)
}

#[tokio::test]
async fn a_reset_request_is_answered_before_any_mail_so_it_cannot_tell_who_has_an_account() {
    let (port, _held) = silent_mail_server();
    let app = spawn_app_with(serde_json::json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{port}")},
    }))
    .await;
    let member = app.person(Role::Member).await;
    // The mail to her hangs for the SMTP timeout (20 s); her answer must not wait for it, or
    // the time it takes would tell that the address has an account.
    let quick = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(8))
        .build()
        .unwrap();
    for email in [member.email.as_str(), "nobody-here@example.org"] {
        let answer = quick
            .post(app.url("/api/v1/auth/password-reset"))
            .json(&serde_json::json!({"email": email}))
            .send()
            .await
            .unwrap_or_else(|e| panic!("the answer for {email} waited for the mail: {e}"));
        assert_eq!(answer.status(), StatusCode::ACCEPTED);
    }
}

#[tokio::test]
async fn asking_for_an_address_that_has_an_account_looks_the_same_and_tells_its_owner() {
    let app = spawn_app_with_smtp().await;
    let asker = app.person(Role::Member).await;
    let owner = app.person(Role::Member).await;
    let token = app.token(&asker).await;
    let ask = |address: String| {
        let body = serde_json::json!({"new_email": address, "password": asker.password});
        let (app, token) = (&app, token.clone());
        async move { app.post_json(&token, "/api/v1/me/email", &body).await }
    };
    let free = ask(fresh_email("free")).await;
    let taken = ask(owner.email.clone()).await;
    assert_eq!(free.status(), StatusCode::ACCEPTED);
    assert_eq!(
        taken.status(),
        free.status(),
        "the one asking cannot tell that the address has an account"
    );
    assert_eq!(taken.text().await.unwrap(), free.text().await.unwrap());
    // Her own mailbox gets the same notice twice: nothing there tells the two apart either.
    let notices = wait_for_mails(&asker.email, 2).await;
    assert!(notices.iter().all(|m| m.subject == notices[0].subject));

    // The owner learns that her address was asked for: no link, no name, nothing changed.
    let told = wait_for_mails(&owner.email, 1).await.remove(0);
    assert_eq!(told.subject, "Someone asked to use this address for Parley");
    assert!(!told.text.contains("token="), "{}", told.text);
    assert!(!told.text.contains(&asker.name), "{}", told.text);
    let me: serde_json::Value = app.get_as(&token, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["email"], asker.email);

    // Each request mails two addresses: five an hour, then 429.
    for _ in 0..3 {
        assert_eq!(
            ask(fresh_email("more")).await.status(),
            StatusCode::ACCEPTED
        );
    }
    let sixth = ask(fresh_email("flood")).await;
    assert_eq!(sixth.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(sixth.headers().contains_key("retry-after"));
}

/// The harness fails a test that ends with account mail left in the outbox (issue 19): here a
/// mail is left on purpose — the server stays down — and the harness sees it.
#[tokio::test]
async fn the_harness_sees_mail_left_undone() {
    let folder = tempfile::tempdir().unwrap();
    let sink = start_sink(folder.path().to_path_buf(), None);
    let port = sink.port;
    sink.stop();
    let app = spawn_app_with(serde_json::json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{port}"), "retry_seconds": 3600},
    }))
    .await;
    let admin = app.person(Role::Admin).await;
    let token = app.token(&admin).await;
    let created = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"email": fresh_email("left"), "role": "member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(
        app.mail_left_in_outbox(),
        1,
        "the end-of-test check would fail"
    );
    app.expect_undone_mail();
}

//! Digests end to end through a real SMTP server: what arrives and what never does, the
//! headers and links, one-click unsubscribe, nothing new means no mail, failures retried or
//! given up, and `parley digest run` killed mid-run losing nothing and sending nothing twice.

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use parley::accounts::users::{NewAccount, create_user};
use parley::accounts::{Email, Role};
use parley::digest::subscriptions::{self, Frequency, Preferences};
use parley::digest::{self, start_run};
use parley::i18n::Lang;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::{TestApp, parley_bin, spawn_app_with};
use crate::mailbox::{ReceivedMail, mails_to, smtp_sink, start_sink, wait_for_mails};

pub(crate) async fn app_with_smtp() -> TestApp {
    let sink = smtp_sink();
    spawn_app_with(json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{}", sink.port)},
        // Runs are started by the tests, not by the clock.
        "digest": {"scheduler": false, "retry_seconds": 60},
    }))
    .await
}

fn all_text(mail: &ReceivedMail) -> String {
    format!("{}\n{}\n{}", mail.subject, mail.text, mail.html)
}

#[tokio::test]
async fn a_digest_arrives_with_its_headers_links_and_one_click_unsubscribe() {
    let app = app_with_smtp().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let reader_token = app.token(&reader).await;
    let saved = app
        .put_json(
            &reader_token,
            "/api/v1/me/subscription",
            &json!({"frequency": "daily", "countries": ["UA"], "contexts": [], "queries": []}),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::OK);
    let (_, prefs) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(prefs["frequency"], "daily");
    assert_eq!(prefs["countries"], json!(["UA"]));

    let followed = app
        .published_case(
            &author,
            &moderator,
            "Water through the northern checkpoint",
            "UA",
            "Oksana Petrenko from Vilkhivka negotiated the water convoy.",
            "[Person A] from [a village in Kharkiv oblast] negotiated the water convoy.",
        )
        .await;
    let elsewhere = app
        .published_case(&author, &moderator, "Fuel in Balti", "MD", "Fuel.", "Fuel.")
        .await;
    let hidden = app
        .published_case(
            &author,
            &moderator,
            "Later hidden story",
            "UA",
            "Hidden.",
            "Hidden.",
        )
        .await;
    let mod_token = app.token(&moderator).await;
    let hid = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{hidden}/hide"),
            &json!({}),
        )
        .await;
    assert_eq!(hid.status(), StatusCode::OK);
    // Pending: never in a digest.
    let pending = app
        .submit_case(
            &author,
            "Pending canary story",
            "Canary text, not anonymised.",
        )
        .await;
    assert!(pending > 0);
    // Rejected: never either.
    let rejected = app
        .submit_case(&author, "Rejected canary story", "Rejected text.")
        .await;
    let refused = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{rejected}/reject"),
            &json!({"reason": "Too identifying to publish."}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::OK);

    let report = app.run_daily().await;
    assert_eq!(report.created, 1, "one subscriber, one delivery");
    let mails = wait_for_mails(&reader.email, 1).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    let everything = all_text(mail);
    assert!(everything.contains("Water through the northern checkpoint"));
    assert!(
        mail.subject.contains("1 new case study"),
        "{}",
        mail.subject
    );
    for never in [
        "Fuel in Balti",
        "Later hidden story",
        "Pending canary",
        "Canary text",
        "Rejected canary",
        "Rejected text",
        "Oksana",
        "Vilkhivka",
        &author.name,
        &author.email,
    ] {
        assert!(!everything.contains(never), "{never:?} is in the digest");
    }
    assert!(elsewhere > 0);

    // multipart/alternative with both parts, the list headers, a stable Message-ID.
    assert!(
        mail.header("Content-Type")
            .unwrap_or_default()
            .starts_with("multipart/alternative"),
        "{:?}",
        mail.header("Content-Type")
    );
    assert!(!mail.text.is_empty() && mail.html.contains("<html"));
    assert!(!mail.html.contains("<img"), "no remote images, no pixels");
    assert!(mail.header("List-Id").unwrap().contains("Parley digest"));
    let list_unsubscribe = mail.header("List-Unsubscribe").unwrap();
    assert!(list_unsubscribe.starts_with('<') && list_unsubscribe.contains("/unsubscribe?token="));
    assert_eq!(
        mail.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let stored = app
        .state
        .run(move |conn, _| digest::run_summary(conn, report.run_id))
        .await
        .unwrap();
    assert_eq!(stored, vec![("sent".to_string(), 1)]);
    let message_id = mail.header("Message-ID").unwrap().to_string();
    assert!(message_id.starts_with("<digest.daily."), "{message_id}");

    // Its links resolve for her (on this test server: `public_url` is the configured one).
    let public_url = app
        .state
        .settings
        .public_url
        .trim_end_matches('/')
        .to_string();
    let local = |link: String| {
        assert!(
            link.starts_with(&public_url),
            "{link} is not under {public_url}"
        );
        app.url(&link[public_url.len()..])
    };
    let browser = app.browser_for(&reader).await;
    let case_link = local(mail.link(&format!("/cases/{followed}")));
    let page = browser.get(&case_link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let archive = browser
        .get(local(mail.link("/digests/")))
        .send()
        .await
        .unwrap();
    assert_eq!(archive.status(), StatusCode::OK);
    let archive = archive.text().await.unwrap();
    assert!(archive.contains("Water through the northern checkpoint"));
    assert!(!archive.contains("Later hidden story"));
    let settings = browser
        .get(local(mail.link("/account/digest")))
        .send()
        .await
        .unwrap();
    assert_eq!(settings.status(), StatusCode::OK);
    // Someone else's archived digest does not exist for her.
    let other = app.browser_for(&author).await;
    let theirs = other
        .get(local(mail.link("/digests/")))
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);

    // The same period again: nothing new is written or sent.
    let again = app.run_daily().await;
    assert_eq!((again.created, again.already), (0, 1));
    assert_eq!(mails_to(&reader.email).len(), 1);

    // A GET (a mail scanner) only shows a button; the one-click POST, without any cookie,
    // unsubscribes.
    let unsubscribe_url = local(mail.link("/unsubscribe?token="));
    assert_eq!(
        list_unsubscribe.trim_matches(['<', '>']),
        mail.link("/unsubscribe?token=")
    );
    let anonymous = reqwest::Client::new();
    let shown = anonymous.get(&unsubscribe_url).send().await.unwrap();
    assert_eq!(shown.status(), StatusCode::OK);
    let (_, still) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(still["frequency"], "daily");
    let done = anonymous
        .post(&unsubscribe_url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::OK);
    let (_, after) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(after["frequency"], "off");
    // The link is spent; a forged one never worked.
    let reused = anonymous.post(&unsubscribe_url).send().await.unwrap();
    assert_eq!(reused.status(), StatusCode::BAD_REQUEST);
    let forged = anonymous
        .post(app.url("/unsubscribe?token=eyJhbGciOiJub25lIn0.e30."))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn preferences_are_checked_and_nothing_new_sends_nothing() {
    let app = app_with_smtp().await;
    let reader = app.person(Role::Member).await;
    let token = app.token(&reader).await;
    for (body, field) in [
        (json!({"frequency": "hourly"}), ""),
        (
            json!({"frequency": "daily", "countries": ["XX"]}),
            "countries",
        ),
        (
            json!({"frequency": "daily", "contexts": ["nope"]}),
            "contexts",
        ),
        (
            json!({"frequency": "daily", "time_zone": "Mars/Olympus"}),
            "time_zone",
        ),
        (json!({"frequency": "daily", "hour": 24}), "hour"),
        (
            json!({"frequency": "daily", "queries": ["year:soon"]}),
            "queries",
        ),
    ] {
        let response = app.put_json(&token, "/api/v1/me/subscription", &body).await;
        assert!(
            response.status().is_client_error(),
            "{body} was accepted: {}",
            response.status()
        );
        let problem: Value = response.json().await.unwrap_or(Value::Null);
        if !field.is_empty() {
            assert_eq!(problem["errors"][0]["field"], field, "{problem}");
        }
    }
    // Without a token: 401.
    let anonymous = reqwest::Client::new()
        .get(app.url("/api/v1/me/subscription"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let ok = app
        .put_json(
            &token,
            "/api/v1/me/subscription",
            &json!({"frequency": "daily", "countries": ["ro"], "time_zone": "Europe/Bucharest"}),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    let report = app.run_daily().await;
    assert_eq!(report.created, 1);
    let summary = app
        .state
        .run(move |conn, _| digest::run_summary(conn, report.run_id))
        .await
        .unwrap();
    assert_eq!(summary, vec![("empty".to_string(), 1)]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        mails_to(&reader.email).is_empty(),
        "no mail when nothing is new"
    );
}

/// An account made directly in the database, subscribed daily to everything.
pub(crate) async fn subscriber(app: &TestApp, email: String) -> i64 {
    app.state
        .run(move |conn, _| {
            let user = create_user(
                conn,
                NewAccount {
                    email: Email::parse(&email)?,
                    name: "Subscriber".into(),
                    role: Role::Member,
                    locale: Lang::Uk,
                    cohort: None,
                    password_hash: "not a hash".into(),
                },
            )?;
            subscriptions::save(
                conn,
                user.id,
                &Preferences {
                    frequency: Frequency::Daily,
                    ..Preferences::default()
                },
            )?;
            Ok(user.id)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn temporary_failures_wait_and_retry_permanent_ones_are_shown_to_admins() {
    let app = app_with_smtp().await;
    let (author, moderator, admin) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Admin).await,
    );
    app.published_case(
        &author,
        &moderator,
        "Convoy lessons",
        "PL",
        "Text.",
        "Text.",
    )
    .await;
    let suffix = crate::harness::random_suffix();
    subscriber(&app, format!("tempfail-{suffix}@example.org")).await;
    subscriber(&app, format!("bounce-{suffix}@example.org")).await;
    let fine = format!("fine-{suffix}@example.org");
    subscriber(&app, fine.clone()).await;
    let report = app.run_daily().await;
    assert_eq!(report.created, 3);
    let mails = wait_for_mails(&fine, 1).await;
    // In her language (Ukrainian), with the plural form Ukrainian needs.
    assert!(
        mails[0].subject.contains("1 новий кейс"),
        "{}",
        mails[0].subject
    );
    let mut summary = app
        .state
        .run(move |conn, _| digest::run_summary(conn, report.run_id))
        .await
        .unwrap();
    summary.sort();
    assert_eq!(
        summary,
        vec![
            ("failed".to_string(), 1),
            ("pending".to_string(), 1),
            ("sent".to_string(), 1)
        ]
    );
    // The temporary failure waits (60 s here) instead of hammering the server.
    let due = app
        .state
        .run(|conn, _| digest::due_count(conn))
        .await
        .unwrap();
    assert_eq!(due, 0);
    let failures = app
        .state
        .run(|conn, _| digest::failures(conn, 10))
        .await
        .unwrap();
    assert_eq!(failures.len(), 1);
    assert!(
        failures[0]
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("550")
    );
    assert!(
        !failures[0]
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("@")
    );
    let browser = app.browser_for(&admin).await;
    let page = browser.get(app.url("/admin/digests")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("550"));
    let member = app.browser_for(&author).await;
    let refused = member.get(app.url("/admin/digests")).send().await.unwrap();
    assert!(refused.status().is_client_error());
}

/// One new published case study and `n` daily subscribers to everything, with addresses
/// `<prefix>NNN-<suffix>@example.org`; returns the suffix and the addresses.
async fn one_case_and_subscribers(
    app: &TestApp,
    title: &str,
    prefix: &str,
    n: usize,
) -> (String, Vec<String>) {
    let (author, moderator) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
    );
    app.published_case(&author, &moderator, title, "UA", "T.", "T.")
        .await;
    let suffix = crate::harness::random_suffix();
    let emails: Vec<String> = (0..n)
        .map(|i| format!("{prefix}{i:03}-{suffix}@example.org"))
        .collect();
    for email in &emails {
        subscriber(app, email.clone()).await;
    }
    (suffix, emails)
}

/// Message-IDs received so far per recipient whose address contains `marker` (one pass
/// over the sink's folder, headers only).
fn message_ids_by_recipient(marker: &str) -> HashMap<String, Vec<String>> {
    message_ids_in(&smtp_sink().folder, marker)
}

fn message_ids_in(folder: &std::path::Path, marker: &str) -> HashMap<String, Vec<String>> {
    let mut found: HashMap<String, Vec<String>> = HashMap::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return found;
    };
    for entry in entries.flatten() {
        if entry.path().extension().is_none_or(|x| x != "eml") {
            continue;
        }
        let Ok(raw) = std::fs::read(entry.path()) else {
            continue;
        };
        let Ok((headers, _)) = mailparse::parse_headers(&raw) else {
            continue;
        };
        let get = |name: &str| {
            headers
                .iter()
                .find(|h| h.get_key().eq_ignore_ascii_case(name))
                .map(|h| h.get_value())
        };
        let (Some(to), Some(id)) = (get("X-Envelope-To"), get("Message-ID")) else {
            continue;
        };
        if to.contains(marker) {
            found.entry(to.trim().to_lowercase()).or_default().push(id);
        }
    }
    found
}

/// `parley digest run` against the test app's database and SMTP server.
fn digest_command(app: &TestApp) -> Command {
    let mut command = Command::new(parley_bin());
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PARLEY__DATA_DIR", app.data_dir.path())
        .env("PARLEY__DATABASE__URL", &app.db.url)
        .env("PARLEY__MAIL__TRANSPORT", "smtp")
        .env(
            "PARLEY__MAIL__SMTP_URL",
            format!("smtp://127.0.0.1:{}", smtp_sink().port),
        )
        .env("PARLEY__DIGEST__CLAIM_SECONDS", "10")
        .env("PARLEY__LOG__FILTER", "warn")
        .env("PARLEY__DEMO", "false")
        .args(["digest", "run", "--frequency", "daily"])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

#[tokio::test]
async fn a_run_killed_midway_is_finished_by_the_next_with_one_digest_each() {
    let app = app_with_smtp().await;
    let (suffix, emails) =
        one_case_and_subscribers(&app, "Shelter for the winter", "kill", 200).await;

    // A dry run writes and sends nothing.
    let dry = digest_command(&app).arg("--dry-run").output().unwrap();
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(String::from_utf8_lossy(&dry.stdout).contains("dry run"));
    assert_eq!(
        app.state
            .run(|conn, _| digest::due_count(conn))
            .await
            .unwrap(),
        0
    );

    let mut child = digest_command(&app)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let count_arrived = || {
        let seen = message_ids_by_recipient(&suffix);
        emails.iter().filter(|e| seen.contains_key(*e)).count()
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while count_arrived() < 40 {
        assert!(Instant::now() < deadline, "the run did not start sending");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let at_kill = count_arrived();
    assert!(
        at_kill < 200,
        "killed too late to prove anything ({at_kill})"
    );

    // Its claims lapse (10 s here); the next command finishes the work.
    std::thread::sleep(Duration::from_secs(11));
    let out = digest_command(&app).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("0 new deliveries"), "{stdout}");

    let received = message_ids_by_recipient(&suffix);
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut copies = 0;
    for email in &emails {
        let mails = received.get(email).cloned().unwrap_or_default();
        assert!(!mails.is_empty(), "{email} got no digest");
        copies += mails.len();
        let mut distinct = mails.clone();
        distinct.sort();
        distinct.dedup();
        // Exactly one digest: a copy of the mail in flight at the kill would carry the same
        // Message-ID (mail systems drop it); two different digests never happen.
        assert_eq!(distinct.len(), 1, "{email} got {} digests", distinct.len());
        *ids.entry(distinct[0].to_string()).or_default() += 1;
    }
    assert_eq!(
        ids.len(),
        200,
        "every reader's digest has its own Message-ID"
    );
    assert!(
        copies <= 201,
        "at most the one mail in flight is repeated ({copies})"
    );
}

#[tokio::test]
async fn an_smtp_outage_only_delays_the_rest_of_a_run() {
    let folder = tempfile::tempdir().unwrap();
    let sink = start_sink(folder.path().to_path_buf(), None);
    let port = sink.port;
    let app = spawn_app_with(json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{port}")},
        "digest": {"scheduler": false, "retry_seconds": 1},
    }))
    .await;
    let (suffix, emails) =
        one_case_and_subscribers(&app, "Generators in winter", "outage", 80).await;
    // The server's own worker delivers; the test only starts the run.
    let at = Utc::now();
    let report = app
        .state
        .run(move |conn, _| start_run(conn, Frequency::Daily, at, false, "test", &mut |_, _| {}))
        .await
        .unwrap();
    assert_eq!(report.created, 80);
    app.state.digest_wake.notify_one();
    let arrived = || message_ids_in(folder.path(), &suffix).len();
    let deadline = Instant::now() + Duration::from_secs(30);
    while arrived() < 10 {
        assert!(
            Instant::now() < deadline,
            "the worker did not start sending"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    sink.stop();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let during = arrived();
    assert!(during < 80, "the outage came too late to prove anything");
    let waiting = app
        .state
        .run(move |conn, _| digest::run_summary(conn, report.run_id))
        .await
        .unwrap();
    assert!(
        waiting
            .iter()
            .any(|(state, n)| state == "pending" && *n > 0),
        "deliveries wait during the outage: {waiting:?}"
    );
    assert!(
        !waiting.iter().any(|(state, _)| state == "failed"),
        "an outage is temporary: {waiting:?}"
    );

    // The server comes back on the same port; the rest go out, each once.
    let _back = start_sink(folder.path().to_path_buf(), Some(port));
    let deadline = Instant::now() + Duration::from_secs(60);
    while arrived() < 80 {
        assert!(
            Instant::now() < deadline,
            "only {} of 80 arrived after the outage",
            arrived()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let received = message_ids_in(folder.path(), &suffix);
    for email in &emails {
        let mut ids = received.get(email).cloned().unwrap_or_default();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 1, "{email}: {ids:?}");
    }
    // The last rows are marked a moment after the server accepted their mail.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let summary = app
            .state
            .run(move |conn, _| digest::run_summary(conn, report.run_id))
            .await
            .unwrap();
        if summary == vec![("sent".to_string(), 80)] {
            break;
        }
        assert!(Instant::now() < deadline, "{summary:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_settings_page_saves_choices_and_search_can_be_followed() {
    let app = app_with_smtp().await;
    let reader = app.person(Role::Member).await;
    let browser = app.browser_for(&reader).await;
    let page = browser
        .get(app.url("/account/digest"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let saved = app
        .post_form(
            &browser,
            "/account/digest",
            &[
                ("frequency", "weekly"),
                ("weekday", "5"),
                ("hour", "18"),
                ("time_zone", "Europe/Chisinau"),
                ("countries", "MD"),
                ("countries", "RO"),
                ("contexts", "donors"),
                ("tags", "fuel, Winter "),
                ("queries", "checkpoint\ncountry:UA convoy"),
                ("own_replies", "on"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, prefs) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(prefs["frequency"], "weekly");
    assert_eq!(prefs["weekday"], 5);
    assert_eq!(prefs["hour"], 18);
    assert_eq!(prefs["time_zone"], "Europe/Chisinau");
    assert_eq!(prefs["countries"], json!(["MD", "RO"]));
    assert_eq!(prefs["contexts"], json!(["donors"]));
    assert_eq!(prefs["tags"], json!(["fuel", "winter"]));
    assert_eq!(prefs["queries"], json!(["checkpoint", "country:UA convoy"]));

    // A mistake is named next to its field, and nothing is saved.
    let wrong = app
        .post_form(
            &browser,
            "/account/digest",
            &[("frequency", "daily"), ("time_zone", "Atlantis/Capital")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (_, unchanged) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(unchanged["frequency"], "weekly");

    // Without the CSRF token the form is refused.
    let forged = browser
        .post(app.url("/account/digest"))
        .form(&[("frequency", "off")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    let followed = app
        .post_form(
            &browser,
            "/account/digest/follow",
            &[("q", "lang:uk evacuation")],
        )
        .await;
    assert_eq!(followed.status(), StatusCode::SEE_OTHER);
    let (_, prefs) = app.json_as(&reader, "/api/v1/me/subscription").await;
    assert_eq!(
        prefs["queries"],
        json!(["checkpoint", "country:UA convoy", "lang:uk evacuation"])
    );
    // Signed out: the pages send her to sign in, the archive too.
    for path in ["/account/digest", "/digests"] {
        let anonymous = app.browser().get(app.url(path)).send().await.unwrap();
        assert!(
            anonymous.status().is_redirection() || anonymous.status().is_client_error(),
            "{path}: {}",
            anonymous.status()
        );
    }
}

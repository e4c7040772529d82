//! Moderation end to end: findings, redaction, publication, the original's purge, claims,
//! four-eyes, held replies, flags, the log, the decision mail, and the review pages.

use diesel::prelude::*;
use parley::accounts::Role;
use parley::db::schema::revisions;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::{spawn_app, spawn_app_with, spawn_app_with_smtp};
use crate::mailbox::wait_for_mails;
use crate::people::{Person, form_value};

const STORY: &str = "## Situation\n\nOn 14 January 2023 Oksana Kovalenko from the Nadiya Foundation took us to the village of Zorianivka. Call her on +380 67 123 4567.";

/// The original text of every revision of a thread, straight from the database.
async fn originals(app: &crate::harness::TestApp, thread: i64) -> Vec<String> {
    app.state
        .run(move |conn, _| {
            Ok(revisions::table
                .filter(revisions::thread_id.eq(thread))
                .select(revisions::body_markdown)
                .load::<String>(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn submit_find_redact_publish_and_the_original_is_gone() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let id = app
        .submit_case(&author, "How Oksana got us into Zorianivka", STORY)
        .await;
    let token = app.token(&moderator).await;

    let (status, review) = app
        .json_as(&moderator, &format!("/api/v1/moderation/cases/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let body_findings = review["findings"]["body_markdown"].as_array().unwrap();
    let found: Vec<(&str, &str)> = body_findings
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["text"].as_str().unwrap()))
        .collect();
    for (kind, text) in [
        ("date", "14 January 2023"),
        ("person", "Oksana Kovalenko"),
        ("organisation", "Nadiya Foundation"),
        ("location", "Zorianivka"),
        ("phone", "+380 67 123 4567"),
    ] {
        assert!(
            found.iter().any(|(k, t)| *k == kind && t.contains(text)),
            "{kind} {text} not in {found:?}"
        );
    }
    assert_eq!(
        review["sensitive_terms"],
        json!(["Oksana Petrenko", "Vilkhivka"])
    );
    // Spans are code points into the original.
    let chars: Vec<char> = review["body_markdown"].as_str().unwrap().chars().collect();
    for f in body_findings {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            f["text"].as_str().unwrap()
        );
    }

    // Accept everything, with the detector's strategy, and preview.
    let accepted: Vec<Value> = review["findings"]["title"].as_array().unwrap().iter().chain(body_findings)
        .map(|f| json!({"kind": f["kind"], "text": f["text"], "strategy": if ["person", "location", "organisation"].contains(&f["kind"].as_str().unwrap()) {"pseudonym"} else {"generalise"}, "suggestion": f["suggestion"]}))
        .collect();
    let preview = app
        .post_json(
            &token,
            &format!("/api/v1/moderation/cases/{id}/redact"),
            &json!({"accepted": accepted}),
        )
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    let preview: Value = preview.json().await.unwrap();
    let redacted_body = preview["body_markdown"].as_str().unwrap().to_string();
    let redacted_title = preview["title"].as_str().unwrap().to_string();
    for secret in [
        "Oksana",
        "Kovalenko",
        "Zorianivka",
        "Nadiya",
        "123 4567",
        "14 January",
    ] {
        assert!(
            !redacted_body.contains(secret) && !redacted_title.contains(secret),
            "{secret} in {redacted_title} / {redacted_body}"
        );
    }
    assert!(redacted_body.contains("[Person A]"), "{redacted_body}");
    assert!(
        redacted_title.contains("[Person A]"),
        "the same person, the same pseudonym: {redacted_title}"
    );
    assert!(
        redacted_body.contains("January 2023"),
        "a day becomes its month: {redacted_body}"
    );

    let published = app
        .post_json(&token, &format!("/api/v1/moderation/cases/{id}/publish"), &json!({
            "title": redacted_title, "body_markdown": redacted_body, "lessons": "Find the person who signs.",
            "confirmed_terms": [{"text": "Zorianivka", "kind": "location"}],
        }))
        .await;
    assert_eq!(published.status(), StatusCode::OK);
    let (_, seen) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert!(seen["body_html"].as_str().unwrap().contains("[Person A]"));
    assert!(!seen.to_string().contains("Oksana"));
    // Retention 0: the original is gone from the database.
    for original in originals(&app, id).await {
        assert!(original.is_empty(), "original kept: {original}");
    }
    // The deny-list keeps a fingerprint of the confirmed term, never the term.
    let stored: Vec<String> = app
        .state
        .run(|conn, _| {
            Ok(parley::db::schema::deny_terms::table
                .select(parley::db::schema::deny_terms::fingerprint)
                .load::<String>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].to_lowercase().contains("zorian"), "{stored:?}");
    // The confirmed term is found in later texts, even in another form.
    let scanned: Value = app
        .post_json(
            &token,
            "/api/v1/moderation/scan",
            &json!({"text": "We went back to zorianivka later."}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        scanned["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["text"] == "zorianivka"),
        "{scanned}"
    );
}

#[tokio::test]
async fn with_retention_the_original_is_kept_then_purged() {
    let app = spawn_app_with(json!({"retention": {"original_after_publish_days": 7}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app.submit_case(&author, "Kept for a week", STORY).await;
    assert_eq!(
        app.publish(&moderator, id, "Kept", "Anonymised.")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        originals(&app, id).await,
        vec![STORY.to_string()],
        "kept during retention"
    );
    let purged = app
        .state
        .run(|conn, _| parley::moderation::retention::purge_due(conn, 7, 30))
        .await
        .unwrap();
    assert_eq!(purged, 0, "not due yet");
    let purged = app
        .state
        .run(|conn, _| parley::moderation::retention::purge_due(conn, 0, 30))
        .await
        .unwrap();
    assert_eq!(purged, 1);
    assert_eq!(originals(&app, id).await, vec![String::new()]);
}

#[tokio::test]
async fn one_moderator_per_item_and_four_eyes_needs_two() {
    let app = spawn_app_with(json!({"moderation": {"four_eyes": true}})).await;
    let author = app.person(Role::Member).await;
    let first = app.person(Role::Moderator).await;
    let second = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let id = app
        .submit_case(&author, "Two pairs of eyes", "A story.")
        .await;
    let (t1, t2) = (app.token(&first).await, app.token(&second).await);

    let claimed = app
        .post_json(
            &t1,
            &format!("/api/v1/moderation/cases/{id}/claim"),
            &json!({}),
        )
        .await;
    assert_eq!(claimed.status(), StatusCode::NO_CONTENT);
    let taken = app
        .post_json(
            &t2,
            &format!("/api/v1/moderation/cases/{id}/claim"),
            &json!({}),
        )
        .await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    let (_, queue) = app.json_as(&second, "/api/v1/moderation/queue").await;
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["thread_id"] == id)
        .unwrap();
    assert_eq!(item["claimed_by"], first.name);
    assert_eq!(item["claimed_by_me"], false);
    let blocked = app
        .post_json(
            &t2,
            &format!("/api/v1/moderation/cases/{id}/reject"),
            &json!({"reason": "no"}),
        )
        .await;
    assert_eq!(
        blocked.status(),
        StatusCode::CONFLICT,
        "the claim holds against decisions too"
    );

    let version = json!({"title": "Two pairs", "body_markdown": "Anonymised.", "lessons": "x"});
    let approved: Value = app
        .post_json(
            &t1,
            &format!("/api/v1/moderation/cases/{id}/publish"),
            &version,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(approved["outcome"], "awaiting_second_approval");
    assert_eq!(
        app.json_as(&reader, &format!("/api/v1/cases/{id}")).await.0,
        StatusCode::NOT_FOUND,
        "not yet"
    );
    let again = app
        .post_json(
            &t1,
            &format!("/api/v1/moderation/cases/{id}/publish"),
            &version,
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "not twice by the same moderator"
    );
    let done: Value = app
        .post_json(
            &t2,
            &format!("/api/v1/moderation/cases/{id}/publish"),
            &version,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(done["outcome"], "published");
    assert_eq!(
        app.json_as(&reader, &format!("/api/v1/cases/{id}")).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn replies_with_findings_are_held_and_nobody_else_reads_them() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "on_findings"}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let replier = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let id = app.submit_case(&author, "A story", "A story.").await;
    app.publish(&moderator, id, "A story", "A story.").await;
    let token = app.token(&replier).await;
    let plain: Value = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "Thank you, this helps."}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plain["status"], "published");
    let named: Value = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "I know Olena Marchenko from Izium, call +380 50 123 45 67"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(named["status"], "pending");

    let (_, thread) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert!(
        !thread.to_string().contains("Marchenko"),
        "a held reply is nobody else's"
    );
    let (status, _) = app
        .json_as(
            &reader,
            &format!("/api/v1/moderation/replies/{}", named["id"]),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, review) = app
        .json_as(
            &moderator,
            &format!("/api/v1/moderation/replies/{}", named["id"]),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        review["findings"].as_array().unwrap().len() >= 3,
        "{review}"
    );
    let mod_token = app.token(&moderator).await;
    let ok = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/replies/{}/publish", named["id"]),
            &json!({"body_markdown": "I know [Person A] from [a town]."}),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::NO_CONTENT);
    let (_, thread) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(thread["replies"].as_array().unwrap().len(), 2);
    assert!(!thread.to_string().contains("Marchenko"));
}

#[tokio::test]
async fn flags_hide_a_post_at_the_threshold_and_every_action_is_logged() {
    let app = spawn_app_with(json!({"moderation": {"flag_threshold": 2}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let (m1, m2, m3) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let mod_token = app.token(&moderator).await;
    let id = app.submit_case(&author, "Flag me", "A story.").await;
    let other = app.submit_case(&author, "Send me back", "Another.").await;
    let third = app.submit_case(&author, "Reject me", "And another.").await;

    app.json_as(&moderator, &format!("/api/v1/moderation/cases/{id}"))
        .await; // read_original
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{id}/claim"),
        &json!({}),
    )
    .await;
    app.publish(&moderator, id, "Flag me", "A story.").await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{other}/request-changes"),
        &json!({"reason": "Remove the date."}),
    )
    .await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{third}/reject"),
        &json!({"reason": "Off topic."}),
    )
    .await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{id}/lock"),
        &json!({}),
    )
    .await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{id}/unlock"),
        &json!({}),
    )
    .await;

    let flag = |who: &crate::people::Person| {
        let (app, who) = (&app, who.clone());
        async move {
            let token = app.token(&who).await;
            app.post_json(
                &token,
                &format!("/api/v1/cases/{id}/flags"),
                &json!({"reason": "identifies_someone", "note": "The second paragraph"}),
            )
            .await
        }
    };
    let first: Value = flag(&m1).await.json().await.unwrap();
    assert_eq!(first["hidden"], false);
    assert_eq!(
        flag(&m1).await.status(),
        StatusCode::CONFLICT,
        "one flag per member"
    );
    assert_eq!(
        app.json_as(&m3, &format!("/api/v1/cases/{id}")).await.0,
        StatusCode::OK
    );
    let second: Value = flag(&m2).await.json().await.unwrap();
    assert_eq!(second["hidden"], true);
    assert_eq!(
        app.json_as(&m3, &format!("/api/v1/cases/{id}")).await.0,
        StatusCode::NOT_FOUND,
        "hidden until reviewed"
    );
    let (_, open) = app.json_as(&moderator, "/api/v1/moderation/flags").await;
    let open = open.as_array().unwrap();
    assert_eq!(open.len(), 2);
    assert!(
        !open.iter().any(|f| f.to_string().contains("A story")),
        "a flag copies no text"
    );
    assert!(open.iter().all(|f| f.get("reporter_id").is_none()));
    let fid = open[0]["id"].as_i64().unwrap();
    assert_eq!(
        app.post_json(
            &mod_token,
            &format!("/api/v1/moderation/flags/{fid}/dismiss"),
            &json!({})
        )
        .await
        .status(),
        StatusCode::NO_CONTENT
    );
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{id}/unhide"),
        &json!({}),
    )
    .await;

    let (_, log) = app.json_as(&moderator, "/api/v1/moderation/log").await;
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for expected in [
        "read_original",
        "claim",
        "publish",
        "request_changes",
        "reject",
        "lock",
        "unlock",
        "auto_hide",
        "flag_dismissed",
        "unhide",
    ] {
        assert!(
            actions.contains(&expected),
            "{expected} not logged: {actions:?}"
        );
    }
    let publish = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "publish")
        .unwrap();
    assert_eq!(publish["actor"], moderator.name);
    // The author sees the decisions on her threads, not who took them, not the reads.
    let (_, mine) = app
        .json_as(&author, &format!("/api/v1/cases/{other}/log"))
        .await;
    let mine = mine.as_array().unwrap();
    assert!(
        mine.iter()
            .any(|e| e["action"] == "request_changes" && e["reason"] == "Remove the date.")
    );
    assert!(
        mine.iter()
            .all(|e| e["actor"] == "moderators" || e["actor"] == "system")
    );
    assert_eq!(
        app.json_as(&m3, &format!("/api/v1/cases/{other}/log"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_author_is_told_the_reason_by_mail_in_her_language() {
    let app = spawn_app_with_smtp().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let author_id = author.id;
    app.state
        .run(move |conn, _| {
            parley::accounts::users::update_profile(
                conn,
                author_id,
                "Olena",
                parley::i18n::Lang::Uk,
            )
            .map(|_| ())
        })
        .await
        .unwrap();
    let id = app.submit_case(&author, "Моя історія", "Текст.").await;
    let token = app.token(&moderator).await;
    let asked = app
        .post_json(
            &token,
            &format!("/api/v1/moderation/cases/{id}/request-changes"),
            &json!({"reason": "Приберіть назву села."}),
        )
        .await;
    assert_eq!(asked.status(), StatusCode::OK);
    let mail = wait_for_mails(&author.email, 1).await.remove(0);
    assert_eq!(mail.subject, "Модераторки просять внести зміни");
    assert!(mail.text.contains("Приберіть назву села."));
    assert!(mail.text.contains(&format!("/cases/{id}")));
    assert!(
        !mail.text.contains(&moderator.name),
        "the moderator is not named"
    );
}

#[tokio::test]
async fn the_review_pages_highlight_preview_and_publish() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(&author, "Water for Zorianivka", STORY)
        .await;
    let browser = app.browser_for(&moderator).await;
    let queue = browser
        .get(app.url("/moderation"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue.contains(&format!("/moderation/cases/{id}")));
    let page = browser
        .get(app.url(&format!("/moderation/cases/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<mark class=\"finding kind-person\""),
        "findings are highlighted"
    );
    assert!(
        html.contains("Oksana Petrenko"),
        "the declared terms are shown"
    );
    let token = form_value(&html, "csrf_token").unwrap();

    // Accept every finding the page offers, with its default strategy.
    let mut form: Vec<(String, String)> = vec![("csrf_token".into(), token.clone())];
    let rows = html.matches("name=\"accept\"").count();
    for i in 0..rows {
        form.push(("accept".into(), i.to_string()));
    }
    for field in ["text", "kind", "suggestion"] {
        let marker = format!("name=\"{field}\" value=\"");
        for part in html.split(&marker).skip(1) {
            form.push((
                field.into(),
                part.split('"')
                    .next()
                    .unwrap()
                    .replace("&#43;", "+")
                    .replace("&amp;", "&"),
            ));
        }
    }
    for _ in 0..rows {
        form.push(("strategy".into(), "pseudonym".into()));
        form.push(("custom".into(), String::new()));
    }
    let preview = browser
        .post(app.url(&format!("/moderation/cases/{id}/preview")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status(), StatusCode::OK);
    let preview = preview.text().await.unwrap();
    let publish_form = preview
        .split("id=\"publish-form\"")
        .nth(1)
        .expect("a publish form after the preview");
    let body = publish_form
        .split("name=\"body_markdown\"")
        .nth(1)
        .unwrap()
        .split('>')
        .nth(1)
        .unwrap()
        .split("</textarea")
        .next()
        .unwrap();
    assert!(
        !body.contains("Oksana") && !body.contains("Zorianivka"),
        "{body}"
    );

    let title = form_value(publish_form, "title").unwrap();
    let published = browser
        .post(app.url(&format!("/moderation/cases/{id}/publish")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", title.as_str()),
            ("lessons", ""),
            (
                "body_markdown",
                &body.replace("&#10;", "\n").replace("&#38;", "&"),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    let reader = app.person(Role::Member).await;
    let (_, seen) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(seen["status"], "published");
    assert!(!seen.to_string().contains("Oksana"));
}

#[tokio::test]
async fn a_claim_lapses_when_its_holder_is_disabled() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let leaving = app.person(Role::Moderator).await;
    let staying = app.person(Role::Moderator).await;
    let id = app.submit_case(&author, "Waiting", "A story.").await;
    let token = app.token(&leaving).await;
    let claimed = app
        .post_json(
            &token,
            &format!("/api/v1/moderation/cases/{id}/claim"),
            &json!({}),
        )
        .await;
    assert_eq!(claimed.status(), StatusCode::NO_CONTENT);
    let other = app.token(&staying).await;
    let taken = app
        .post_json(
            &other,
            &format!("/api/v1/moderation/cases/{id}/claim"),
            &json!({}),
        )
        .await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    let leaving_id = leaving.id;
    app.state
        .run(move |conn, _| {
            parley::accounts::users::set_status(
                conn,
                leaving_id,
                parley::accounts::UserStatus::Disabled,
            )
        })
        .await
        .unwrap();
    let (_, queue) = app.json_as(&staying, "/api/v1/moderation/queue").await;
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["thread_id"] == id)
        .unwrap();
    assert_eq!(
        item["claimed_by"],
        Value::Null,
        "a disabled moderator holds nothing"
    );
    let published = app.publish(&staying, id, "Waiting", "A story.").await;
    assert_eq!(published.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_staff_read_of_an_original_on_the_case_page_is_logged_too() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(
            &author,
            "Pending story",
            "We met Oksana Melnyk in Vilkhivka.",
        )
        .await;
    let reads = |log: &serde_json::Value| {
        log.as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "read_original" && e["thread_id"].as_i64() == Some(id))
            .count()
    };
    let (_, before) = app.json_as(&moderator, "/api/v1/moderation/log").await;
    // The author reading her own original is not a moderator read.
    let (status, _) = app.json_as(&author, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, case) = app
        .json_as(&moderator, &format!("/api/v1/cases/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        case.to_string().contains("Oksana"),
        "staff see the original"
    );
    let (_, after) = app.json_as(&moderator, "/api/v1/moderation/log").await;
    assert_eq!(reads(&after), reads(&before) + 1, "{after}");
}

/// Issue 20: she can change or withdraw her own reply. A change passes the gate a new reply
/// passes: held, the reply leaves the page (neither the old words nor the new ones are shown)
/// until a moderator publishes it; withdrawn, its words leave the page and the database. Nobody
/// else can touch it, and the case page offers both to her, in her language, and to no one else.
#[tokio::test]
async fn her_own_reply_can_be_changed_through_the_gate_and_withdrawn() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "on_findings"}})).await;
    let (author, moderator, replier, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let id = app.submit_case(&author, "A story", "A story.").await;
    app.publish(&moderator, id, "A story", "A story.").await;
    let token = app.token(&replier).await;
    let posted: Value = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "Thank you, this helps."}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(posted["status"], "published");
    let reply = posted["id"].as_i64().unwrap();
    let patch = |who: String, body: &'static str| {
        let request = app
            .client
            .patch(app.url(&format!("/api/v1/replies/{reply}")))
            .bearer_auth(who)
            .json(&json!({ "body_markdown": body }));
        async move { request.send().await.unwrap() }
    };
    let delete = |who: String| {
        let request = app
            .client
            .delete(app.url(&format!("/api/v1/replies/{reply}")))
            .bearer_auth(who);
        async move { request.send().await.unwrap() }
    };
    let case_path = format!("/api/v1/cases/{id}");
    let thread = |who: &Person| {
        let (app, path) = (&app, case_path.clone());
        let who = who.clone();
        async move { app.json_as(&who, &path).await }
    };

    // Someone else's reply: as if it did not exist.
    let other = app.token(&reader).await;
    assert_eq!(
        patch(other.clone(), "Mine now").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(delete(other.clone()).await.status(), StatusCode::NOT_FOUND);

    // A plain change is published at once.
    let changed = patch(token.clone(), "Thank you, this helps a lot.").await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(
        changed.json::<Value>().await.unwrap()["status"],
        "published"
    );
    let (_, seen) = thread(&reader).await;
    assert_eq!(
        seen["replies"][0]["body_html"],
        "<p>Thank you, this helps a lot.</p>\n"
    );
    assert!(seen["replies"][0].get("own_markdown").is_none(), "{seen}");
    assert_eq!(seen["reply_count"], 1);

    // A change with a name and a phone number waits, and the reply leaves the page.
    let held = patch(
        token.clone(),
        "I know Olena Marchenko from Izium, call +380 50 123 45 67",
    )
    .await;
    assert_eq!(held.json::<Value>().await.unwrap()["status"], "pending");
    let (_, seen) = thread(&reader).await;
    assert_eq!(seen["replies"].as_array().unwrap().len(), 0, "{seen}");
    assert_eq!(seen["reply_count"], 0);
    assert!(!seen.to_string().contains("Marchenko") && !seen.to_string().contains("a lot"));
    let (_, hers) = thread(&replier).await;
    assert_eq!(hers["replies"][0]["status"], "pending");
    assert!(
        hers["replies"][0]["own_markdown"]
            .as_str()
            .unwrap()
            .contains("Marchenko")
    );
    let (status, review) = app
        .json_as(&moderator, &format!("/api/v1/moderation/replies/{reply}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !review["findings"].as_array().unwrap().is_empty(),
        "{review}"
    );
    let published = app
        .post_json(
            &app.token(&moderator).await,
            &format!("/api/v1/moderation/replies/{reply}/publish"),
            &json!({"body_markdown": "I know [Person A] from [a town]."}),
        )
        .await;
    assert_eq!(published.status(), StatusCode::NO_CONTENT);
    let (_, seen) = thread(&reader).await;
    assert!(seen.to_string().contains("[Person A]") && !seen.to_string().contains("Marchenko"));
    assert_eq!(seen["reply_count"], 1);

    // The case page offers her the change and the withdrawal, in her language; nobody else.
    app.speaks(&replier, "uk").await;
    let browser = app.browser_for(&replier).await;
    let page = app.page(&browser, &format!("/cases/{id}")).await;
    assert!(
        page.contains("Змінити або відкликати"),
        "her own reply offers a change"
    );
    assert!(page.contains(&format!("/cases/{id}/replies/{reply}/delete")));
    let others = app
        .page(&app.browser_for(&reader).await, &format!("/cases/{id}"))
        .await;
    assert!(!others.contains(&format!("/replies/{reply}/edit")));

    // Withdrawn from the page, as a browser sends the form.
    let answer = app
        .post_form(
            &browser,
            &format!("/cases/{id}/replies/{reply}/delete"),
            &[],
        )
        .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let back = answer.headers()["location"].to_str().unwrap().to_string();
    assert!(back.contains("notice=reply-deleted"), "{back}");
    assert!(
        app.page(&browser, &back)
            .await
            .contains("Вашу відповідь відкликано.")
    );
    let (_, seen) = thread(&reader).await;
    assert_eq!(seen["replies"].as_array().unwrap().len(), 0);
    assert_eq!(seen["reply_count"], 0);
    let left: (String, String, String) = app
        .state
        .run(move |conn, _| {
            use parley::db::schema::replies;
            Ok(replies::table
                .find(reply)
                .select((
                    replies::original_markdown,
                    replies::body_markdown,
                    replies::body_html,
                ))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(left, Default::default(), "no words of hers are kept");
    assert_eq!(delete(token.clone()).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        patch(token, "Back again").await.status(),
        StatusCode::CONFLICT
    );

    // A held reply withdrawn keeps its hold on record: her next plain reply waits too, so a
    // name cannot be tested against the deny-list, withdrawn and tested again.
    let prober = app.person(Role::Member).await;
    let prober_token = app.token(&prober).await;
    let send = |text: &'static str| {
        let request = app
            .client
            .post(app.url(&format!("/api/v1/cases/{id}/replies")))
            .bearer_auth(prober_token.clone())
            .json(&json!({ "body_markdown": text }));
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let probe = send("Is Olena Marchenko from Izium on your list?").await;
    assert_eq!(probe["status"], "pending");
    let withdrawn = app
        .client
        .delete(app.url(&format!("/api/v1/replies/{}", probe["id"])))
        .bearer_auth(prober_token.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    assert_eq!(send("Thank you for this.").await["status"], "pending");
}

/// A member who leaves and removes what she published takes her replies off the count too
/// (the thread said "2 replies" over an empty list before).
#[tokio::test]
async fn a_leaving_member_who_removes_her_replies_leaves_the_count_true() {
    let app = spawn_app().await;
    let (author, moderator, replier, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let id = app.submit_case(&author, "A story", "A story.").await;
    app.publish(&moderator, id, "A story", "A story.").await;
    let token = app.token(&replier).await;
    for text in ["Thank you.", "This helped us in March."] {
        let posted: Value = app
            .post_json(
                &token,
                &format!("/api/v1/cases/{id}/replies"),
                &json!({ "body_markdown": text }),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(posted["status"], "published");
    }
    let other = app.token(&reader).await;
    app.post_json(
        &other,
        &format!("/api/v1/cases/{id}/replies"),
        &json!({"body_markdown": "Same for us."}),
    )
    .await;
    let (_, before) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(before["reply_count"], 3);
    let left = app
        .client
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"password": replier.password, "published": "remove"}))
        .send()
        .await
        .unwrap();
    assert_eq!(left.status(), StatusCode::NO_CONTENT);
    let (_, after) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(after["replies"].as_array().unwrap().len(), 1, "{after}");
    assert_eq!(after["reply_count"], 1);
}

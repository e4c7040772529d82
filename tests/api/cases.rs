//! Case studies and discussions: the lifecycle end to end, who sees what, pseudonyms, bad
//! input.

use parley::accounts::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::{spawn_app, spawn_app_with};
use crate::people::Person;
use crate::steps::case_json;

#[tokio::test]
async fn the_lifecycle_from_draft_to_published_and_hidden() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "always"}})).await;
    let author = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let author_token = app.token(&author).await;
    let mod_token = app.token(&moderator).await;

    // A draft: the author's only.
    let mut draft = case_json(
        "Water through the checkpoint",
        "## Situation\n\nWe needed water.",
    );
    draft["draft"] = true.into();
    let created: Value = app
        .post_json(&author_token, "/api/v1/cases", &draft)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created["status"], "draft");
    let id = created["id"].as_i64().unwrap();
    let (status, _) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Drafts cannot be published.
    assert_eq!(
        app.publish(&moderator, id, "X", "Y").await.status(),
        StatusCode::CONFLICT
    );

    // Submitted: moderators see the original, other members still nothing.
    let submitted = app
        .post_json(
            &author_token,
            &format!("/api/v1/cases/{id}/submit"),
            &json!({}),
        )
        .await;
    assert_eq!(submitted.status(), StatusCode::OK);
    let again = app
        .post_json(
            &author_token,
            &format!("/api/v1/cases/{id}/submit"),
            &json!({}),
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "nothing new to submit"
    );
    let (status, original) = app
        .json_as(&moderator, &format!("/api/v1/cases/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(original["is_original"], true);
    assert_eq!(original["status"], "pending");
    let (status, _) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // While it waits, the author cannot change it.
    let edit_pending = app
        .client
        .put(app.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&author_token)
        .json(&case_json("Changed", "Changed body."))
        .send()
        .await
        .unwrap();
    assert_eq!(edit_pending.status(), StatusCode::CONFLICT);

    // Changes requested: the reason reaches the author.
    let asked = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/request-changes"),
            &json!({"reason": "Please remove the village name."}),
        )
        .await;
    assert_eq!(asked.status(), StatusCode::OK);
    let (_, mine) = app.json_as(&author, "/api/v1/me/cases").await;
    let entry = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap();
    assert_eq!(entry["status"], "changes_requested");
    assert_eq!(
        entry["revision"]["reason"],
        "Please remove the village name."
    );
    // A member cannot decide anything.
    let member_tries = app
        .post_json(
            &author_token,
            &format!("/api/v1/moderation/cases/{id}/publish"),
            &json!({"title": "x", "body_markdown": "y"}),
        )
        .await;
    assert_eq!(member_tries.status(), StatusCode::FORBIDDEN);

    // Edited and resubmitted in place, then published.
    let edited = app
        .client
        .put(app.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&author_token)
        .json(&case_json(
            "Water through the checkpoint",
            "## Situation\n\nWe needed water in a village.",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), StatusCode::OK);
    let published = app
        .publish(
            &moderator,
            id,
            "Water through a checkpoint",
            "## Situation\n\nWe needed water in [a village].",
        )
        .await;
    assert_eq!(published.status(), StatusCode::OK);
    let (status, seen) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["title"], "Water through a checkpoint");
    assert_eq!(seen["is_original"], false);
    assert_eq!(
        seen["contexts"],
        json!(["humanitarian_access", "armed_actors"]),
        "the published facets are shown"
    );
    assert_eq!(
        seen["counterparts"],
        json!(["military", "local_administration"])
    );
    // Her tags are published only as a moderator names them (issue 18); this one named none.
    assert_eq!(seen["tags"], json!([]));
    assert!(
        seen.get("latest_revision").is_none(),
        "members see no revision details"
    );
    let (_, list) = app
        .json_as(&reader, "/api/v1/cases?country=UA&context=armed_actors")
        .await;
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == id)
    );
    assert_eq!(
        app.publish(&moderator, id, "X", "Y").await.status(),
        StatusCode::CONFLICT,
        "nothing pending"
    );

    // An edit of a published case is a new revision; members keep the published text.
    let revised = app
        .client
        .put(app.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&author_token)
        .json(&case_json(
            "A new title with a name: Oksana",
            "New text naming Vilkhivka.",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(revised.status(), StatusCode::OK);
    let (_, seen) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(seen["title"], "Water through a checkpoint");
    assert!(!seen.to_string().contains("Vilkhivka"));
    let rejected = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/reject"),
            &json!({"reason": "Too identifying."}),
        )
        .await;
    assert_eq!(rejected.status(), StatusCode::OK);
    let (_, seen) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(
        seen["status"], "published",
        "a rejected revision leaves the published case"
    );
    let (_, history) = app
        .json_as(&author, &format!("/api/v1/cases/{id}/revisions"))
        .await;
    let statuses: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["approved", "rejected"]);
    let (status, _) = app
        .json_as(&reader, &format!("/api/v1/cases/{id}/revisions"))
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "revision history is not for other members"
    );

    // Locked: no replies; unlocked: a reply is held until a moderator publishes it.
    let lock = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/lock"),
            &json!({}),
        )
        .await;
    assert_eq!(lock.status(), StatusCode::OK);
    let reader_token = app.token(&reader).await;
    let refused = app
        .post_json(
            &reader_token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "Thank you"}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{id}/unlock"),
        &json!({}),
    )
    .await;
    let reply = app
        .post_json(
            &reader_token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "We met Oksana too"}),
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);
    let reply: Value = reply.json().await.unwrap();
    assert_eq!(reply["status"], "pending");
    let (_, as_author) = app.json_as(&author, &format!("/api/v1/cases/{id}")).await;
    assert!(
        as_author["replies"].as_array().unwrap().is_empty(),
        "a held reply is not shown to others"
    );
    let (_, as_replier) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(
        as_replier["replies"][0]["status"], "pending",
        "its author sees it waiting"
    );
    let ok = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/replies/{}/publish", reply["id"]),
            &json!({"body_markdown": "We met [Person A] too"}),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::NO_CONTENT);
    let (_, as_author) = app.json_as(&author, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(as_author["replies"].as_array().unwrap().len(), 1);
    assert!(!as_author.to_string().contains("Oksana"));
    assert_eq!(as_author["reply_count"], 1);

    // Hidden: gone for members (page, list, API), still there for its author.
    let hide = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/hide"),
            &json!({}),
        )
        .await;
    assert_eq!(hide.status(), StatusCode::OK);
    let (status, _) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, list) = app.json_as(&reader, "/api/v1/cases").await;
    assert!(
        !list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == id)
    );
    let page = app
        .browser_for(&reader)
        .await
        .get(app.url(&format!("/cases/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    let (status, _) = app.json_as(&author, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let unhide = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/unhide"),
            &json!({}),
        )
        .await;
    assert_eq!(unhide.status(), StatusCode::OK);
    let (status, _) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn rejected_and_pending_cases_are_404_to_other_members_everywhere() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let pending = app
        .submit_case(&author, "Pending story", "Pending body")
        .await;
    let rejected = app
        .submit_case(&author, "Rejected story", "Rejected body")
        .await;
    let mod_token = app.token(&moderator).await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{rejected}/reject"),
        &json!({"reason": "No."}),
    )
    .await;
    let browser = app.browser_for(&reader).await;
    for id in [pending, rejected] {
        let (status, body) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["status"], 404, "problem JSON, not a hint");
        let page = browser
            .get(app.url(&format!("/cases/{id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        let replies = app
            .post_json(
                &app.token(&reader).await,
                &format!("/api/v1/cases/{id}/replies"),
                &json!({"body_markdown": "hello"}),
            )
            .await;
        assert_eq!(replies.status(), StatusCode::NOT_FOUND);
    }
    let missing = app.json_as(&reader, "/api/v1/cases/987654").await;
    assert_eq!(
        missing.0,
        StatusCode::NOT_FOUND,
        "the same answer as for a thread that does not exist"
    );
    let (_, list) = app.json_as(&reader, "/api/v1/cases").await;
    assert!(list["items"].as_array().unwrap().is_empty());
    let list_page = browser
        .get(app.url("/cases"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!list_page.contains("Pending story") && !list_page.contains("Rejected story"));
    // Someone else cannot edit or delete it either.
    let reader_token = app.token(&reader).await;
    let edit = app
        .client
        .put(app.url(&format!("/api/v1/cases/{pending}")))
        .bearer_auth(&reader_token)
        .json(&case_json("Mine now", "Mine."))
        .send()
        .await
        .unwrap();
    assert_eq!(edit.status(), StatusCode::NOT_FOUND);
    let delete = app
        .client
        .delete(app.url(&format!("/api/v1/cases/{pending}")))
        .bearer_auth(&reader_token)
        .send()
        .await
        .unwrap();
    assert_eq!(delete.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_canary_in_the_authors_identity_and_unpublished_text_never_reaches_members() {
    // Every reply is held, so the canary reply below stays unpublished.
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "always"}})).await;
    let canary = format!("canary{}", crate::harness::random_suffix());
    // Plant the canary in the author's name and e-mail address…
    let email = format!("{canary}@example.org");
    let password = "marble hollow saffron";
    let user = parley::accounts::flows::create_account(
        &app.state,
        &email,
        &format!("Olena {canary}"),
        Role::Member,
        password,
    )
    .await
    .unwrap();
    let author = Person {
        id: user.id,
        email,
        name: format!("Olena {canary}"),
        password: password.into(),
        totp_secret: None,
    };
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    // …and in unpublished text: a published case whose original names it, and a pending one.
    let published = app
        .submit_case(
            &author,
            &format!("Original title {canary}"),
            &format!("Original body {canary}"),
        )
        .await;
    assert_eq!(
        app.publish(&moderator, published, "Anonymised title", "Anonymised body")
            .await
            .status(),
        StatusCode::OK
    );
    let _pending = app
        .submit_case(
            &author,
            &format!("Pending {canary}"),
            &format!("Pending body {canary}"),
        )
        .await;
    let reply = app
        .post_json(
            &app.token(&author).await,
            &format!("/api/v1/cases/{published}/replies"),
            &json!({"body_markdown": format!("held reply {canary}")}),
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);

    let browser = app.browser_for(&reader).await;
    let mut seen = String::new();
    for path in [
        "/",
        "/cases",
        "/discussions",
        &format!("/cases/{published}"),
        "/my/cases",
        "/account",
    ] {
        let page = browser.get(app.url(path)).send().await.unwrap();
        seen.push_str(&page.text().await.unwrap());
    }
    for path in [
        "/api/v1/cases",
        &format!("/api/v1/cases/{published}"),
        "/api/v1/me/cases",
        "/api/v1/me",
    ] {
        let (_, body) = app.json_as(&reader, path).await;
        seen.push_str(&body.to_string());
    }
    assert!(
        seen.contains("Anonymised title"),
        "the reader did see the published case"
    );
    assert!(!seen.contains(&canary), "the canary leaked to a member");
    assert!(!seen.contains("author_id"));
}

#[tokio::test]
async fn pseudonyms_are_stable_in_a_thread_and_differ_across_threads() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "never"}})).await;
    let author = app.person(Role::Member).await;
    let replier = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let mut threads = Vec::new();
    for i in 0..6 {
        let id = app
            .submit_case(&author, &format!("Story {i}"), "Body")
            .await;
        app.publish(&moderator, id, &format!("Story {i}"), "Body")
            .await;
        threads.push(id);
    }
    let replier_token = app.token(&replier).await;
    for (n, id) in threads.iter().enumerate() {
        // Twice in the first two threads, once in the others.
        for _ in 0..if n < 2 { 2 } else { 1 } {
            let r = app
                .post_json(
                    &replier_token,
                    &format!("/api/v1/cases/{id}/replies"),
                    &json!({"body_markdown": "A thought"}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::CREATED);
        }
    }
    let author_token = app.token(&author).await;
    app.post_json(
        &author_token,
        &format!("/api/v1/cases/{}/replies", threads[0]),
        &json!({"body_markdown": "Thanks"}),
    )
    .await;

    let mut author_names = std::collections::HashSet::new();
    for id in &threads {
        let (_, first) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
        let (_, second) = app.json_as(&replier, &format!("/api/v1/cases/{id}")).await;
        assert_eq!(
            first["author"]["display"], second["author"]["display"],
            "stable for every reader"
        );
        let name = first["author"]["display"].as_str().unwrap().to_string();
        assert!(name.starts_with("Alumna · "), "{name}");
        assert!(!name.contains(&author.name));
        author_names.insert(name);
    }
    assert!(
        author_names.len() >= 5,
        "one person, different names across threads: {author_names:?}"
    );

    let (_, thread) = app
        .json_as(&reader, &format!("/api/v1/cases/{}", threads[0]))
        .await;
    let replies = thread["replies"].as_array().unwrap();
    assert_eq!(replies.len(), 3);
    assert_eq!(
        replies[0]["author"]["display"], replies[1]["author"]["display"],
        "the replier keeps her name in a thread"
    );
    assert_eq!(replies[2]["author"]["is_thread_author"], true);
    assert_eq!(replies[2]["author"]["display"], "Author");
    // …and not across threads: her six names are independent draws among 1,024, so two may
    // meet (once in about 70 runs for some pair); five different ones fail once in 10,000.
    let mut replier_names = std::collections::HashSet::new();
    for id in &threads {
        let (_, other) = app.json_as(&reader, &format!("/api/v1/cases/{id}")).await;
        replier_names.insert(other["replies"][0]["author"]["display"].to_string());
    }
    assert!(
        replier_names.len() >= 5,
        "the replier, different names across threads: {replier_names:?}"
    );
    for r in replies {
        assert!(r.get("author_id").is_none());
    }
}

#[tokio::test]
async fn no_two_repliers_in_a_thread_share_a_pseudonym() {
    // 80 people among 1,024 names: drawn independently, two would share one in 19 threads of
    // 20 (birthday bound). The page must show 80 different names, the author's apart.
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "never"}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app.submit_case(&author, "A crowded thread", "Body").await;
    app.publish(&moderator, id, "A crowded thread", "Body")
        .await;
    let path = format!("/api/v1/cases/{id}/replies");
    for _ in 0..80 {
        let replier = app.person(Role::Member).await;
        let token = app.token(&replier).await;
        let r = app
            .post_json(&token, &path, &json!({"body_markdown": "Agreed"}))
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    let reader = app.person(Role::Member).await;
    let mut names = Vec::new();
    let mut after: Option<i64> = None;
    let author_name = loop {
        let query = after.map_or(String::new(), |a| format!("?after={a}"));
        let (_, page) = app
            .json_as(&reader, &format!("/api/v1/cases/{id}{query}"))
            .await;
        for reply in page["replies"].as_array().unwrap() {
            names.push(reply["author"]["display"].as_str().unwrap().to_string());
        }
        match page["next_replies_cursor"].as_i64() {
            Some(next) => after = Some(next),
            None => break page["author"]["display"].as_str().unwrap().to_string(),
        }
    };
    assert_eq!(names.len(), 80);
    let distinct: std::collections::HashSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), 80, "{names:?}");
    assert!(
        !distinct.contains(&author_name),
        "{author_name} is the author's"
    );
}

#[tokio::test]
async fn bad_input_is_refused_with_the_field_named_and_nothing_stored() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let token = app.token(&author).await;
    let cases: Vec<(Value, &str)> = vec![
        (
            {
                let mut c = case_json("T", "B");
                c["country"] = "XX".into();
                c
            },
            "country",
        ),
        (
            {
                let mut c = case_json("T", "B");
                c["contexts"] = json!(["bribery"]);
                c
            },
            "contexts",
        ),
        (
            {
                let mut c = case_json("T", "B");
                c.as_object_mut().unwrap().remove("title");
                c
            },
            "title",
        ),
        (
            {
                let mut c = case_json("T", "B");
                c["region"] = "PL-14".into();
                c
            },
            "region",
        ),
        (
            {
                let mut c = case_json("T", "B");
                c["outcome"] = "victory".into();
                c
            },
            "outcome",
        ),
        (
            {
                let mut c = case_json("T", "B");
                c["period"] = json!({"year": 2023, "month": 14});
                c
            },
            "period.month",
        ),
    ];
    for (body, field) in cases {
        let response = app.post_json(&token, "/api/v1/cases", &body).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Value = response.json().await.unwrap();
        let named: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert!(named.contains(&field), "{field} not in {named:?}");
    }
    let huge = case_json("T", &"x".repeat(1_200_000));
    let too_big = app.post_json(&token, "/api/v1/cases", &huge).await;
    assert_eq!(too_big.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let long = case_json("T", &"x".repeat(150_000));
    let too_long = app.post_json(&token, "/api/v1/cases", &long).await;
    assert_eq!(too_long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (_, mine) = app.json_as(&author, "/api/v1/me/cases").await;
    assert!(
        mine.as_array().unwrap().is_empty(),
        "nothing half-stored: {mine}"
    );
    let list = app.get_as(&token, "/api/v1/cases?context=bribery").await;
    assert_eq!(list.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_web_form_saves_a_draft_shows_it_to_its_author_only_and_submits_it() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let browser = app.browser_for(&author).await;
    let form_page = browser
        .get(app.url("/cases/new"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        form_page.contains("## Situation"),
        "the body starts from the template"
    );
    let token = crate::people::form_value(&form_page, "csrf_token").unwrap();
    let fields = [
        ("csrf_token", token.as_str()),
        ("title", "Negotiating a convoy"),
        ("country", "MD"),
        ("contexts", "humanitarian_access"),
        ("contexts", "local_authorities"),
        ("counterparts", "local_administration"),
        ("period_year", "2022"),
        ("outcome", "agreement"),
        ("lessons", "Bring the mayor's deputy."),
        (
            "body_markdown",
            "## Situation\n\nA **convoy** was stuck. ![map](https://tracker.example/p.png)",
        ),
        ("tags", "convoy, fuel"),
        ("action", "draft"),
    ];
    let saved = browser
        .post(app.url("/cases?kind=case_study"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let location = saved.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location
        .trim_start_matches("/cases/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = browser
        .get(app.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Negotiating a convoy"));
    assert!(page.contains("<strong>convoy</strong>"));
    assert!(page.contains("image-link"), "the remote image is a link");
    assert!(!page.contains("<img"));
    let other = app
        .browser_for(&reader)
        .await
        .get(app.url(&format!("/cases/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);

    let submit = app
        .post_form(&browser, &format!("/cases/{id}/submit"), &[])
        .await;
    assert_eq!(submit.status(), StatusCode::SEE_OTHER);
    let (_, mine) = app.json_as(&author, "/api/v1/me/cases").await;
    assert_eq!(mine[0]["status"], "pending");

    // A submission with a missing field comes back with the field marked, nothing lost.
    let bad = [
        ("csrf_token", token.as_str()),
        ("title", "Half"),
        ("action", "submit"),
    ];
    let again = browser
        .post(app.url("/cases?kind=case_study"))
        .form(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = again.text().await.unwrap();
    assert!(html.contains("value=\"Half\""), "what she typed is kept");
    assert!(html.contains("class=\"field-error\""));
}

#[tokio::test]
async fn the_demo_community_is_seeded_once_with_published_and_pending_stories() {
    let app = spawn_app().await;
    let accounts = parley::demo::seed(&app.state)
        .await
        .unwrap()
        .expect("seeded");
    assert_eq!(accounts.len(), 7);
    assert!(
        accounts
            .iter()
            .filter(|a| a.role.is_staff())
            .all(|a| a.totp_secret.is_some())
    );
    assert!(
        parley::demo::seed(&app.state).await.unwrap().is_none(),
        "only once"
    );

    let member = &accounts.iter().find(|a| a.role == Role::Member).unwrap();
    let login = app.api_login(&member.email, &member.password, None).await;
    assert_eq!(login.status(), StatusCode::OK, "the printed password works");
    let token: Value = login.json().await.unwrap();
    let token = token["access_token"].as_str().unwrap();
    let list: Value = app
        .get_as(token, "/api/v1/cases")
        .await
        .json()
        .await
        .unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), parley::demo::stories::PUBLISHED.len());
    let languages: std::collections::HashSet<&str> = items
        .iter()
        .map(|c| c["language"].as_str().unwrap())
        .collect();
    for lang in ["en", "uk", "ro", "pl", "ru"] {
        assert!(languages.contains(lang), "a story in {lang}");
    }
    // The pending ones, with the names a moderator must remove, are nowhere for members.
    let text = list.to_string();
    assert!(!text.contains("Oksana Kovalenko") && !text.contains("Vilkhivka"));
    let discussions: Value = app
        .get_as(token, "/api/v1/cases?kind=discussion")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(discussions["items"][0]["reply_count"], 3);
}

/// Issue 20's first finding: the filter form on `/cases` answered 400 on every use, because a
/// browser sends `year=` for the untouched field. Submitted as a browser does — every field
/// present, most of them empty — in each of the five languages.
#[tokio::test]
async fn the_list_filter_form_works_as_a_browser_submits_it_in_every_language() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let id = app
        .submit_case(&author, "Water at the bridge", "We waited.")
        .await;
    app.publish(&moderator, id, "Water at the bridge", "We waited.")
        .await;
    let browser = app.browser_for(&reader).await;
    let token = app.token(&reader).await;
    for lang in ["en", "uk", "ru", "pl", "ro"] {
        let patched = app
            .client
            .patch(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .json(&json!({"locale": lang}))
            .send()
            .await
            .unwrap();
        assert!(patched.status().is_success(), "{lang}");
        for query in [
            "country=&context=&counterpart=&outcome=&year=",
            "country=UA&context=&counterpart=&outcome=&year=",
            "country=UA&context=humanitarian_access&counterpart=&outcome=partial&year=2023",
        ] {
            let page = browser
                .get(app.url(&format!("/cases?{query}")))
                .send()
                .await
                .unwrap();
            assert_eq!(page.status(), StatusCode::OK, "{lang}: {query}");
            let html = page.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
            assert!(html.contains("Water at the bridge"), "{lang}: {query}");
        }
        // A filter that matches nothing shows nothing (the filter is applied, not ignored).
        let none = browser
            .get(app.url("/cases?country=&context=&counterpart=&outcome=&year=2001"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!none.contains("Water at the bridge"), "{lang}");
    }
    // The API takes the same untouched fields, and says which one is wrong.
    let (status, listed) = app
        .json_as(&reader, "/api/v1/cases?country=&year=&outcome=")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed["items"][0]["id"], id);
    let (status, problem) = app.json_as(&reader, "/api/v1/cases?year=soon").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(problem.to_string().contains("year"), "{problem}");
}

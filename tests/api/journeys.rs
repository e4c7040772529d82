//! Journeys as people walk them (issue 20): the start page after sign-in, the writing form
//! (findings shown to the author in her preview, lessons asked once, regions in her script
//! following the country, what the draft notice promises), in her language.

use parley::accounts::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::browser::Driver;
use crate::harness::{TestApp, spawn_app_with};
use crate::people::{Person, form_value};

async fn speaks(app: &TestApp, person: &Person, locale: &str) {
    let token = app.token(person).await;
    let answer = app
        .client
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({ "locale": locale }))
        .send()
        .await
        .unwrap();
    assert!(answer.status().is_success());
}

#[tokio::test]
async fn the_author_is_shown_what_looks_identifying_in_her_preview_in_her_language() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    speaks(&app, &author, "uk").await;
    let browser = app.browser_for(&author).await;
    let token = app.csrf_token(&browser, "/cases/new").await;
    let story =
        "Я подзвонила Олені Гриценко на +380 67 314 22 90 і написала на olena.h@example.org.";

    // The live preview, as static/editor.js asks for it from her form.
    let live = browser
        .post(app.url("/preview"))
        .header("x-csrf-token", &token)
        .form(&[
            ("body_markdown", story),
            ("title", "Переговори в Балаклії"),
            ("lessons", ""),
            ("findings", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    let html = live.text().await.unwrap();
    assert!(
        html.contains("Перед надсиланням:"),
        "in her language: {html}"
    );
    for found in [
        "+380 67 314 22 90",
        "olena.h@example.org",
        "Олені Гриценко",
        "Балаклії",
    ] {
        assert!(html.contains(found), "{found} is not pointed out: {html}");
    }
    assert!(html.contains("Телефон"), "the kind in Ukrainian: {html}");

    // The moderator's editor asks for the rendering only.
    let plain = browser
        .post(app.url("/preview"))
        .header("x-csrf-token", &token)
        .form(&[("body_markdown", story)])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!plain.contains("author-findings"), "{plain}");

    // Without script: the form's Preview button shows the same.
    let page = browser
        .post(app.url("/cases?kind=case_study"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "Переговори"),
            ("body_markdown", story),
            ("action", "preview"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Перед надсиланням:") && page.contains("+380 67 314 22 90"));
}

#[tokio::test]
async fn the_form_asks_for_lessons_once_and_the_draft_notice_does_not_promise_secrecy() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    let browser = app.browser_for(&author).await;
    let form = app.page(&browser, "/cases/new").await;
    assert!(form.contains("name=\"lessons\""), "the lessons field");
    assert!(
        !form.contains("## Lessons"),
        "the story's template asks for lessons again"
    );
    let token = form_value(&form, "csrf_token").unwrap();
    let saved = browser
        .post(app.url("/cases?kind=discussion"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("title", "A question about donors"),
            (
                "body_markdown",
                "How do you answer a donor who asks for photos?",
            ),
            ("action", "draft"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let location = saved.headers()["location"].to_str().unwrap().to_string();
    let page = app.page(&browser, &location).await;
    assert!(
        page.contains("the moderators can"),
        "the notice says who can read a draft: {page}"
    );
    assert!(!page.contains("Only you can see it"));
}

#[tokio::test]
async fn regions_are_named_in_her_script_and_follow_the_chosen_country() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    speaks(&app, &author, "ru").await;
    let form = app
        .page(&app.browser_for(&author).await, "/cases/new")
        .await;
    assert!(form.contains("Харьковская область"), "in Cyrillic");
    assert!(!form.contains("Kharkivska oblast"));
    assert!(form.contains("data-country=\"MD\""));

    // In a browser, at phone size: choosing Moldova leaves Moldova's regions only.
    let driver = Driver::start();
    let browser = driver.browser("ru").await;
    browser.sign_in(&app, &author).await;
    browser.open(&app, "/cases/new").await;
    let offered = |country: &'static str| {
        let client = browser.client.clone();
        async move {
            client
                .execute(
                    "const c = document.getElementById('country'); c.value = arguments[0]; \
                     c.dispatchEvent(new Event('change')); \
                     return Array.from(document.querySelectorAll('#region option')) \
                       .filter(o => o.value && !o.parentNode.disabled).map(o => o.value);",
                    vec![json!(country)],
                )
                .await
                .unwrap()
        }
    };
    let moldova = offered("MD").await;
    let moldova: Vec<&str> = moldova
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(!moldova.is_empty());
    assert!(moldova.iter().all(|r| r.starts_with("MD-")), "{moldova:?}");
    let germany = offered("DE").await;
    assert_eq!(
        germany.as_array().unwrap().len(),
        0,
        "no regions of other countries"
    );
}

#[tokio::test]
async fn after_sign_in_home_shows_what_is_new_replies_to_her_threads_and_her_submissions() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    speaks(&app, &author, "pl").await;
    let published = app
        .submit_case(&author, "Water at the bridge", "We waited at the bridge.")
        .await;
    assert!(
        app.publish(
            &moderator,
            published,
            "Water at the bridge",
            "We waited at the bridge."
        )
        .await
        .status()
        .is_success()
    );
    let pending = app
        .submit_case(&author, "Second story", "Another day at the bridge.")
        .await;
    let token = app.token(&reader).await;
    let replied = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{published}/replies"),
            &json!({"body_markdown": "Thank you, this helps with our own convoy."}),
        )
        .await;
    assert_eq!(replied.status(), StatusCode::CREATED);

    let home = app.page(&app.browser_for(&author).await, "/").await;
    assert!(
        !home.contains("will appear here"),
        "the placeholder is gone"
    );
    assert!(
        home.contains(&format!("href=\"/cases/{published}#replies\"")),
        "{home}"
    );
    assert!(home.contains("Odpowiedzi w Twoich wątkach"), "in Polish");
    assert!(
        home.contains("1 odpowiedź"),
        "one reply to her thread: {home}"
    );
    assert!(
        home.contains(&format!("href=\"/cases/{pending}\"")),
        "her submission"
    );
    assert!(home.contains("Water at the bridge"), "the newest cases");

    // A moderator's start page counts the queue.
    let staff_home = app.page(&app.browser_for(&moderator).await, "/").await;
    assert!(staff_home.contains("1 item waiting"), "{staff_home}");
    assert!(staff_home.contains("href=\"/moderation\""));

    // Signed out, the start page stays the public one and says nothing of the community.
    let public = app.page(&app.browser(), "/").await;
    assert!(!public.contains("Water at the bridge"));
}

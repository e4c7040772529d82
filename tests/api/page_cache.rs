//! The page cache (src/web/page_cache.rs): a page kept for members is each reader's own (her
//! name, a working CSRF token), never a thread participant's, and gone as soon as what it
//! shows changes — at once on the instance that made the change, within the poll interval on
//! another.

use std::time::{Duration, Instant};

use parley::accounts::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::harness::{TestApp, spawn_app_with, spawn_pair};
use crate::people::{Person, form_value};

async fn page(browser: &reqwest::Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = browser.get(app.url(path)).send().await.unwrap();
    let status = response.status();
    (status, response.text().await.unwrap())
}

/// The page with every form's (masked, so per-page) CSRF token blanked out.
fn without_tokens(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("name=\"csrf_token\" value=\"") {
        let start = at + "name=\"csrf_token\" value=\"".len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('"').unwrap();
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

async fn published(app: &TestApp, author: &Person, moderator: &Person, title: &str) -> i64 {
    let id = app
        .submit_case(author, title, "We met the deputy mayor twice.")
        .await;
    let response = app
        .publish(moderator, id, title, "We met the deputy mayor twice.")
        .await;
    assert!(response.status().is_success(), "{}", response.status());
    id
}

/// Loads `path` until it comes from memory: after the search index has taken in the newest
/// change (its commits also make kept pages stale, as related case studies may differ).
async fn warm(browser: &reqwest::Client, app: &TestApp, path: &str) {
    app.wait_indexed().await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let hits = app.pages.hits();
        assert_eq!(page(browser, app, path).await.0, StatusCode::OK);
        if app.pages.hits() > hits {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{path} is never served from memory"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn reply(app: &TestApp, person: &Person, id: i64, body: &str) -> serde_json::Value {
    let token = app.token(person).await;
    let response = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": body}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_kept_page_is_each_readers_own_and_its_token_works() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "never"}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let olena = app.person(Role::Member).await;
    let maria = app.person(Role::Member).await;
    let id = published(&app, &author, &moderator, "Convoy through the checkpoint").await;
    let path = format!("/cases/{id}");
    let (olena_browser, maria_browser) =
        (app.browser_for(&olena).await, app.browser_for(&maria).await);

    warm(&olena_browser, &app, &path).await;
    let (status, first) = page(&olena_browser, &app, &path).await;
    assert_eq!(status, StatusCode::OK);
    let hits = app.pages.hits();
    let (_, again) = page(&olena_browser, &app, &path).await;
    let (_, for_maria) = page(&maria_browser, &app, &path).await;
    assert_eq!(app.pages.hits(), hits + 2, "both served from memory");
    assert_eq!(without_tokens(&first), without_tokens(&again));
    // The same page, apart from the tokens, which are masked afresh on every page.
    assert_eq!(without_tokens(&first), without_tokens(&again));
    assert_ne!(
        form_value(&first, "csrf_token"),
        form_value(&again, "csrf_token")
    );
    // Each reader's own name, never the one who made the page kept.
    assert!(first.contains(&olena.name) && again.contains(&olena.name));
    assert!(for_maria.contains(&maria.name), "{for_maria}");
    assert!(!for_maria.contains(&olena.name));
    assert!(!for_maria.contains("pcsrf") && !for_maria.contains("pname"));

    // The token in a kept page is good for its reader's form.
    let token = form_value(&for_maria, "csrf_token").unwrap();
    let posted = maria_browser
        .post(app.url(&format!("/cases/{id}/replies")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("body_markdown", "Thank you, this helps our team."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    // …and the reply shows on the next page at once, for her as "You", for others by a
    // pseudonym.
    let (_, for_maria) = page(&maria_browser, &app, &path).await;
    assert!(for_maria.contains("Thank you, this helps our team."));
    assert!(
        for_maria.contains("<p class=\"muted\">You · <time"),
        "{for_maria}"
    );
    let (_, for_olena) = page(&olena_browser, &app, &path).await;
    assert!(for_olena.contains("Thank you, this helps our team."));
    assert!(!for_olena.contains("<p class=\"muted\">You · <time"));
    assert!(!for_olena.contains(&maria.name));
}

#[tokio::test]
async fn participants_never_get_a_page_kept_for_someone_else() {
    let app = spawn_app_with(json!({"moderation": {"hold_replies": "always"}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let replier = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let id = published(&app, &author, &moderator, "Water point talks").await;
    let path = format!("/cases/{id}");
    let reader_browser = app.browser_for(&reader).await;
    // A member with no part in the thread makes the page kept…
    warm(&reader_browser, &app, &path).await;
    let (status, kept) = page(&reader_browser, &app, &path).await;
    assert_eq!(status, StatusCode::OK);
    let hits = app.pages.hits();
    // …and the author still gets hers: "by you", the edit link, her own name.
    let (_, for_author) = page(&app.browser_for(&author).await, &app, &path).await;
    assert_eq!(
        app.pages.hits(),
        hits,
        "the author is not served the kept page"
    );
    assert!(
        for_author.contains(&format!("/cases/{id}/edit")),
        "{for_author}"
    );
    assert!(for_author.contains(&author.name) && !for_author.contains(&reader.name));
    assert!(!kept.contains(&format!("/cases/{id}/edit")));

    // A held reply: its writer sees it waiting; nobody else sees it. (Accounts and sessions
    // first: making them writes to the database too.)
    let other_browser = app.browser_for(&app.person(Role::Member).await).await;
    let replier_browser = app.browser_for(&replier).await;
    reply(&app, &replier, id, "Held words about Hostomel").await;
    let (_, for_replier) = page(&replier_browser, &app, &path).await;
    assert!(for_replier.contains("Held words about Hostomel"));
    let (_, for_reader) = page(&reader_browser, &app, &path).await;
    assert!(!for_reader.contains("Held words about Hostomel"));
    assert!(!for_reader.contains(&replier.name));
    // The reader's page is kept again and served to another member; never to the replier.
    let hits = app.pages.hits();
    let (_, for_other) = page(&other_browser, &app, &path).await;
    assert!(!for_other.contains("Held words about Hostomel"));
    assert_eq!(app.pages.hits(), hits + 1);
    let (_, for_replier) = page(&replier_browser, &app, &path).await;
    assert!(for_replier.contains("Held words about Hostomel"));
    assert_eq!(app.pages.hits(), hits + 1);
}

#[tokio::test]
async fn a_change_shows_at_once_on_the_same_instance() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let browser = app.browser_for(&reader).await;
    let id = published(&app, &author, &moderator, "Bread for the shelter").await;
    let path = format!("/cases/{id}");
    warm(&browser, &app, &path).await;
    warm(&browser, &app, "/cases").await;
    let (_, list) = page(&browser, &app, "/cases").await;
    assert!(list.contains("Bread for the shelter"));
    // Both are kept now.
    let hits = app.pages.hits();
    assert_eq!(page(&browser, &app, &path).await.0, StatusCode::OK);
    assert!(
        page(&browser, &app, "/cases")
            .await
            .1
            .contains("Bread for the shelter")
    );
    assert_eq!(app.pages.hits(), hits + 2);

    let mod_token = app.token(&moderator).await;
    let hidden = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/hide"),
            &json!({"reason": "identifies someone"}),
        )
        .await;
    assert!(hidden.status().is_success(), "{}", hidden.status());
    // No waiting: the next request is answered from the database's new state.
    assert_eq!(page(&browser, &app, &path).await.0, StatusCode::NOT_FOUND);
    let (_, list) = page(&browser, &app, "/cases").await;
    assert!(!list.contains("Bread for the shelter"));

    let unhidden = app
        .post_json(
            &mod_token,
            &format!("/api/v1/moderation/cases/{id}/unhide"),
            &json!({}),
        )
        .await;
    assert!(unhidden.status().is_success());
    assert_eq!(page(&browser, &app, &path).await.0, StatusCode::OK);
    // A newly published case is on the kept list at once.
    published(&app, &author, &moderator, "Generator fuel for the clinic").await;
    let (_, list) = page(&browser, &app, "/cases").await;
    assert!(list.contains("Generator fuel for the clinic"));
}

#[tokio::test]
async fn a_case_hidden_through_one_instance_is_gone_from_the_other_within_the_poll() {
    let (a, b) = spawn_pair(json!({"page_cache": {"poll_ms": 100}})).await;
    let author = a.person(Role::Member).await;
    let moderator = a.person(Role::Moderator).await;
    let reader = a.person(Role::Member).await;
    let id = published(&a, &author, &moderator, "Night shift at the border").await;
    let path = format!("/cases/{id}");
    let on_b = b.browser_for(&reader).await;
    // Kept on B.
    warm(&on_b, &b, &path).await;

    let hidden = a
        .post_json(
            &a.token(&moderator).await,
            &format!("/api/v1/moderation/cases/{id}/hide"),
            &json!({"reason": "identifies someone"}),
        )
        .await;
    assert!(hidden.status().is_success());
    let started = Instant::now();
    loop {
        let status = page(&on_b, &b, &path).await.0;
        if status == StatusCode::NOT_FOUND {
            break;
        }
        assert_eq!(status, StatusCode::OK);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "B still serves a hidden case after {:?}",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn staff_pages_are_never_taken_from_the_cache() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let id = published(&app, &author, &moderator, "Medicines at the river crossing").await;
    let path = format!("/cases/{id}");
    // A member's page is kept first…
    let (_, for_reader) = page(&app.browser_for(&reader).await, &app, &path).await;
    assert!(!for_reader.contains(&format!("/moderation/cases/{id}/hide")));
    // …a moderator still gets the moderation controls and her own name.
    let (_, for_moderator) = page(&app.browser_for(&moderator).await, &app, &path).await;
    assert!(for_moderator.contains(&format!("/moderation/cases/{id}/hide")));
    assert!(for_moderator.contains(&moderator.name));
    assert!(!for_moderator.contains(&reader.name));
}

#[tokio::test]
async fn an_author_who_shows_her_name_is_shown_by_her_new_name_at_once() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let token = app.token(&author).await;
    let mut case = crate::steps::case_json("Signed: talks at the depot", "We met twice.");
    case["show_name"] = json!(true);
    let created = app.post_json(&token, "/api/v1/cases", &case).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let published = app
        .publish(
            &moderator,
            id,
            "Signed: talks at the depot",
            "We met twice.",
        )
        .await;
    assert!(published.status().is_success());
    let browser = app.browser_for(&reader).await;
    let path = format!("/cases/{id}");
    let (_, before) = page(&browser, &app, &path).await;
    assert!(before.contains(&author.name), "she chose to show her name");
    let renamed = app
        .client
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"name": "Halyna Renamed"}))
        .send()
        .await
        .unwrap();
    assert!(renamed.status().is_success(), "{}", renamed.status());
    let (_, after) = page(&browser, &app, &path).await;
    assert!(after.contains("Halyna Renamed"), "{after}");
    assert!(!after.contains(&author.name));
}

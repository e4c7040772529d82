//! Cohorts (issue 23): a cohort's thread, published, is seen by its members and the
//! moderators, and by nobody else through any way of reading — lists, the case page, search
//! with its totals and facet counts, related cases, the start page, pages kept in memory,
//! digests and their archive, replies and flags by id. A member removed loses access with her
//! next request. Runs on both backends.

use parley::accounts::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::digest::app_with_smtp;
use crate::harness::TestApp;
use crate::mailbox::wait_for_mails;
use crate::people::Person;
use crate::steps::case_json;

const SECRET_TITLE: &str = "Cohort canary: the generator at the depot";
const SECRET_WORD: &str = "quokkaplan";
const PUBLIC_TITLE: &str = "Public twin: the generator at the depot";

/// A member's search through the API: (total, facet count of Ukraine, the titles found).
async fn searched(app: &TestApp, who: &Person, q: &str) -> (u64, u64, Vec<String>) {
    let (status, found) = app.search_api(who, q).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    (
        found["total"].as_u64().unwrap(),
        found["facets"]["country"]["UA"].as_u64().unwrap_or(0),
        titles_of(&found),
    )
}

/// The titles of a search answer's hits, in order.
pub(crate) fn titles_of(found: &Value) -> Vec<String> {
    found["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_string())
        .collect()
}

/// A search's page of the `page`th results for `who`: (total, titles).
async fn search_page(app: &TestApp, who: &Person, q: &str, page: usize) -> (u64, Vec<String>) {
    let (status, found) = app
        .json_as(who, &format!("/api/v1/search?q={q}&page={page}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    (found["total"].as_u64().unwrap(), titles_of(&found))
}

/// An admin makes a cohort through the API and puts `members` in it; returns its id.
async fn cohort_of(app: &TestApp, admin_token: &str, name: &str, members: &[&Person]) -> i64 {
    let created = app
        .post_json(admin_token, "/api/v1/cohorts", &json!({"name": name}))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    for who in members {
        let added = app
            .post_json(
                admin_token,
                &format!("/api/v1/cohorts/{id}/members"),
                &json!({"email": who.email}),
            )
            .await;
        assert_eq!(added.status(), StatusCode::NO_CONTENT);
    }
    id
}

async fn subscribe_daily(app: &TestApp, who: &Person) {
    let token = app.token(who).await;
    let answer = app
        .put_json(
            &token,
            "/api/v1/me/subscription",
            &json!({"frequency": "daily"}),
        )
        .await;
    assert!(answer.status().is_success());
}

#[tokio::test]
async fn a_cohort_thread_exists_only_for_its_cohort_and_the_moderators() {
    let app = app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (author, peer, outsider) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let admin_token = app.token(&admin).await;

    // The admin makes the cohort and puts the author and her peer in it.
    let cohort = cohort_of(&app, &admin_token, "Chisinau 2026", &[&author, &peer]).await;
    // Only an admin makes cohorts.
    let refused = app
        .post_json(
            &app.token(&peer).await,
            "/api/v1/cohorts",
            &json!({"name": "Mine"}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let (_, mine) = app.json_as(&peer, "/api/v1/me/cohorts").await;
    assert_eq!(mine[0]["name"], "Chisinau 2026", "{mine}");
    let (_, none) = app.json_as(&outsider, "/api/v1/cohorts").await;
    assert_eq!(none, json!([]), "an outsider lists no cohort");

    for who in [&peer, &outsider] {
        subscribe_daily(&app, who).await;
    }

    // Two twin case studies, one for the cohort and one for everyone, published.
    let author_token = app.token(&author).await;
    let mut secret = case_json(SECRET_TITLE, &format!("The {SECRET_WORD} worked."));
    secret["audience"] = json!(format!("cohort:{cohort}"));
    let answer = app.post_json(&author_token, "/api/v1/cases", &secret).await;
    assert_eq!(answer.status(), StatusCode::CREATED);
    let secret_id = answer.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let public_id = app
        .submit_case(&author, PUBLIC_TITLE, "The plan worked.")
        .await;
    for (id, title, body) in [
        (
            secret_id,
            SECRET_TITLE,
            format!("The {SECRET_WORD} worked."),
        ),
        (public_id, PUBLIC_TITLE, "The plan worked.".to_string()),
    ] {
        let published = app.publish(&moderator, id, title, &body).await;
        assert_eq!(published.status(), StatusCode::OK);
    }
    // Not for a cohort she is not in.
    let mut elsewhere = case_json("Not mine to address", "Text.");
    elsewhere["audience"] = json!(format!("cohort:{cohort}"));
    let refused = app
        .post_json(&app.token(&outsider).await, "/api/v1/cases", &elsewhere)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    app.wait_indexed().await;

    // The case page and its JSON.
    let (status, case) = app
        .json_as(&peer, &format!("/api/v1/cases/{secret_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(case["audience"], format!("cohort:{cohort}"), "{case}");
    let (status, _) = app
        .json_as(&moderator, &format!("/api/v1/cases/{secret_id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "moderators see every cohort");
    let (status, _) = app
        .json_as(&outsider, &format!("/api/v1/cases/{secret_id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let outsider_browser = app.browser_for(&outsider).await;
    let page = outsider_browser
        .get(app.url(&format!("/cases/{secret_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);

    // Lists: JSON and pages (the page cache keeps pages per set of cohorts).
    let (_, list) = app.json_as(&outsider, "/api/v1/cases?country=UA").await;
    assert!(!list.to_string().contains(SECRET_TITLE), "{list}");
    assert!(list.to_string().contains(PUBLIC_TITLE));
    let (_, list) = app.json_as(&peer, "/api/v1/cases?country=UA").await;
    assert!(list.to_string().contains(SECRET_TITLE), "{list}");
    let peer_browser = app.browser_for(&peer).await;
    for _ in 0..2 {
        // Twice: the second answer may come from the page cache.
        assert!(
            app.page(&peer_browser, "/cases")
                .await
                .contains(SECRET_TITLE)
        );
        let page = app.page(&outsider_browser, "/cases").await;
        assert!(!page.contains(SECRET_TITLE) && page.contains(PUBLIC_TITLE));
    }
    assert!(
        !app.page(&outsider_browser, "/")
            .await
            .contains(SECRET_TITLE)
    );

    // Search: hits, totals and facet counts.
    let (total, _, titles) = searched(&app, &outsider, SECRET_WORD).await;
    assert_eq!((total, titles.len()), (0, 0), "not found, not counted");
    let (total, _, _) = searched(&app, &peer, SECRET_WORD).await;
    assert_eq!(total, 1);
    let (outsider_total, outsider_ua, outsider_titles) =
        searched(&app, &outsider, "generator depot").await;
    assert_eq!(
        outsider_titles,
        [PUBLIC_TITLE],
        "the twin, not the cohort's"
    );
    let (peer_total, peer_ua, _) = searched(&app, &peer, "generator depot").await;
    assert_eq!(
        peer_total,
        outsider_total + 1,
        "the total counts what she may see"
    );
    assert_eq!(peer_ua, outsider_ua + 1, "and so do the facet counts");
    let page = app
        .page(&outsider_browser, &format!("/search?q={SECRET_WORD}"))
        .await;
    assert!(!page.contains(SECRET_TITLE));
    // A typo of a word only the cohort wrote: respelt for the cohort, never suggested outside
    // it (that a correction is offered would tell her the cohort wrote the word).
    let typo = "quokkaplam";
    let (_, for_peer) = app.search_api(&peer, typo).await;
    assert_eq!(for_peer["corrected"], SECRET_WORD, "{for_peer}");
    let (_, for_outsider) = app.search_api(&outsider, typo).await;
    assert!(for_outsider["corrected"].is_null(), "{for_outsider}");
    assert_eq!(for_outsider["total"], 0);

    // Related cases on the twin's page.
    let page = app
        .page(&peer_browser, &format!("/cases/{public_id}"))
        .await;
    assert!(
        page.contains(SECRET_TITLE),
        "the twin is related for the cohort"
    );
    let page = app
        .page(&outsider_browser, &format!("/cases/{public_id}"))
        .await;
    assert!(
        !page.contains(SECRET_TITLE),
        "and never suggested outside it"
    );

    // Replies and flags by id: the thread does not exist for her.
    let replied = app
        .post_json(
            &app.token(&outsider).await,
            &format!("/api/v1/cases/{secret_id}/replies"),
            &json!({"body_markdown": "Let me in."}),
        )
        .await;
    assert_eq!(replied.status(), StatusCode::NOT_FOUND);
    let flagged = app
        .post_json(
            &app.token(&outsider).await,
            &format!("/api/v1/cases/{secret_id}/flags"),
            &json!({"reason": "other", "note": "x"}),
        )
        .await;
    assert_eq!(flagged.status(), StatusCode::NOT_FOUND);

    // Digests: the peer's has the cohort's case, the outsider's does not.
    app.run_daily().await;
    let peer_mail = &wait_for_mails(&peer.email, 1).await[0];
    // A mail cannot be taken back from a member who later leaves: the cohort's thread is named
    // by a neutral reference, its title and lessons stay in Parley.
    assert!(
        peer_mail
            .text
            .contains(&format!("New in your cohort: thread no. {secret_id}")),
        "{}",
        peer_mail.text
    );
    assert!(!peer_mail.text.contains(SECRET_TITLE) && !peer_mail.html.contains(SECRET_TITLE));
    let outsider_mail = &wait_for_mails(&outsider.email, 1).await[0];
    assert!(outsider_mail.text.contains(PUBLIC_TITLE));
    assert!(!outsider_mail.text.contains(SECRET_TITLE));
    assert!(!outsider_mail.html.contains(SECRET_TITLE));
    assert!(
        !outsider_mail.subject.contains("2 new"),
        "{}",
        outsider_mail.subject
    );

    // The peer is removed: at once, nothing of the cohort is hers — the page she read a
    // moment ago (kept in memory), the JSON, search, and the archive of the digest that had it.
    let archive_path = {
        let link = peer_mail.link("/digests/");
        link[link.find("/digests/").unwrap()..].to_string()
    };
    assert!(
        app.page(&peer_browser, &archive_path)
            .await
            .contains(SECRET_TITLE)
    );
    let (_, inbox) = app.json_as(&peer, "/api/v1/notifications").await;
    assert_eq!(
        inbox["items"][0]["thread_id"], secret_id,
        "told of it: {inbox}"
    );
    let removed = app
        .client
        .delete(app.url(&format!("/api/v1/cohorts/{cohort}/members")))
        .bearer_auth(&admin_token)
        .json(&json!({"email": peer.email}))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert!(
        !app.page(&peer_browser, "/cases")
            .await
            .contains(SECRET_TITLE)
    );
    let (status, _) = app
        .json_as(&peer, &format!("/api/v1/cases/{secret_id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (total, _, _) = searched(&app, &peer, SECRET_WORD).await;
    assert_eq!(total, 0);
    assert!(
        !app.page(&peer_browser, &archive_path)
            .await
            .contains(SECRET_TITLE)
    );
    let (_, inbox) = app.json_as(&peer, "/api/v1/notifications").await;
    assert!(
        inbox["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["thread_id"] != secret_id),
        "what she was told of the cohort's thread is gone: {inbox}"
    );
    // The author keeps her own thread.
    let (status, _) = app
        .json_as(&author, &format!("/api/v1/cases/{secret_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
}

/// The unread count in the header of a page.
fn unread_in_header(page: &str) -> String {
    page.split("class=\"unread\"")
        .nth(1)
        .and_then(|rest| rest.split('>').nth(1))
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("the header has an unread count: {page}"))
        .to_string()
}

#[tokio::test]
async fn an_advice_request_is_heard_by_the_cohort_and_the_reply_by_its_author() {
    let app = app_with_smtp().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (asker, adviser, outsider) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let admin_token = app.token(&admin).await;
    let cohort = cohort_of(&app, &admin_token, "Iasi 2026", &[&asker, &adviser]).await;
    subscribe_daily(&app, &adviser).await;
    // The adviser wants news of her cohort by mail too.
    let adviser_browser = app.browser_for(&adviser).await;
    let saved = app
        .post_form(
            &adviser_browser,
            "/notifications/mail",
            &[("kinds", "cohort_thread"), ("kinds", "reply_decided")],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    // The asker asks her cohort, by a day next week.
    let by = (chrono::Utc::now() + chrono::Duration::days(7))
        .date_naive()
        .to_string();
    let mut ask = case_json(
        "Advice: a deputy mayor who will not meet",
        "What would you do?",
    );
    ask["kind"] = json!("discussion");
    ask["audience"] = json!(format!("cohort:{cohort}"));
    ask["advice_by"] = json!(by);
    let answer = app
        .post_json(&app.token(&asker).await, "/api/v1/cases", &ask)
        .await;
    assert_eq!(answer.status(), StatusCode::CREATED);
    let id = answer.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let published = app
        .publish(
            &moderator,
            id,
            "Advice: a deputy mayor who will not meet",
            "What would you do?",
        )
        .await;
    assert_eq!(published.status(), StatusCode::OK);

    // The adviser hears of it: in the app, in the header, by a mail without its title.
    let (_, inbox) = app.json_as(&adviser, "/api/v1/notifications").await;
    assert_eq!(inbox["unread"], 1, "{inbox}");
    assert_eq!(inbox["items"][0]["kind"], "cohort_thread");
    assert_eq!(inbox["items"][0]["thread_id"], id);
    assert_eq!(
        unread_in_header(&app.page(&adviser_browser, "/cases").await),
        "1"
    );
    let mail = &wait_for_mails(&adviser.email, 1).await[0];
    assert!(mail.text.contains("/notifications"), "{}", mail.text);
    assert!(!mail.text.contains("deputy mayor"), "no title in a mail");
    let (_, theirs) = app.json_as(&outsider, "/api/v1/notifications").await;
    assert_eq!(
        theirs["unread"], 0,
        "nothing for someone outside the cohort"
    );
    // Her cohort's space shows the request first, with its day.
    let space = app
        .page(&adviser_browser, &format!("/cohorts/{cohort}"))
        .await;
    assert!(
        space.contains("deputy mayor") && space.contains(&by),
        "{space}"
    );
    let outsider_browser = app.browser_for(&outsider).await;
    let refused = outsider_browser
        .get(app.url(&format!("/cohorts/{cohort}")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // She replies; the asker hears of it; reading the thread reads the notification.
    let replied = app
        .post_json(
            &app.token(&adviser).await,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "Ask for the logistics officer first."}),
        )
        .await;
    assert!(replied.status().is_success());
    let replied: Value = replied.json().await.unwrap();
    if replied["status"] == "pending" {
        let token = app.token(&moderator).await;
        let reply_id = replied["id"].as_i64().unwrap();
        app.post_json(
            &token,
            &format!("/api/v1/moderation/replies/{reply_id}/claim"),
            &json!({}),
        )
        .await;
        let decided = app
            .post_json(
                &token,
                &format!("/api/v1/moderation/replies/{reply_id}/publish"),
                &json!({"body_markdown": "Ask for the logistics officer first."}),
            )
            .await;
        assert!(decided.status().is_success());
    }
    let asker_browser = app.browser_for(&asker).await;
    let (_, inbox) = app.json_as(&asker, "/api/v1/notifications").await;
    let kinds: Vec<&str> = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"reply") && kinds.contains(&"published"),
        "{inbox}"
    );
    let before = unread_in_header(&app.page(&asker_browser, "/").await);
    assert_eq!(before, inbox["unread"].to_string());
    let page = app.page(&asker_browser, "/notifications").await;
    assert!(
        page.contains("deputy mayor"),
        "the page names the thread by its title"
    );
    app.page(&asker_browser, &format!("/cases/{id}")).await;
    assert_eq!(
        unread_in_header(&app.page(&asker_browser, "/").await),
        "",
        "opening the thread read its notifications"
    );
    // Her digest says the cohort is asked for advice, and by when.
    app.run_daily().await;
    let mails = wait_for_mails(&adviser.email, 2).await;
    let digest = mails
        .iter()
        .find(|m| m.text.contains(&format!("thread no. {id}")))
        .expect("the digest lists the request");
    assert!(
        !digest.text.contains("deputy mayor"),
        "by reference, not title"
    );
    assert!(
        digest.text.contains(&format!("Advice wanted by {by}")),
        "{}",
        digest.text
    );
    // Marking read through the API.
    let (_, inbox) = app.json_as(&adviser, "/api/v1/notifications").await;
    let ids: Vec<i64> = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    let left: Value = app
        .post_json(
            &app.token(&adviser).await,
            "/api/v1/notifications/read",
            &json!({"ids": ids}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(left["unread"], 0);
}

/// Issue 23's journey in a real browser at phone size, in two languages: a cohort member asks
/// her cohort for advice from its space, another sees it in her notifications and replies, and
/// the first sees the reply's notification and the count in the header fall when she reads it.
#[tokio::test]
async fn in_the_browser_an_advice_request_is_answered_and_the_count_falls() {
    use crate::browser::Driver;
    let app = crate::harness::spawn_app_with(json!({
        "moderation": {"hold_replies": "never"},
        "digest": {"scheduler": false},
    }))
    .await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (asker, adviser) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    app.speaks(&asker, "uk").await;
    app.speaks(&adviser, "ro").await;
    let admin_token = app.token(&admin).await;
    let cohort = cohort_of(&app, &admin_token, "Kyiv 2026", &[&asker, &adviser]).await;

    let driver = Driver::start();
    // She asks from her cohort's space.
    let her = driver.browser("uk").await;
    her.sign_in(&app, &asker).await;
    her.open(&app, "/cohorts").await;
    her.click_link("main", "Kyiv 2026").await;
    her.screenshot("cohort-space-uk").await;
    her.click_and_wait(&format!("a[href*='audience=cohort:{cohort}']"))
        .await;
    let chosen = her
        .find("#audience")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(
        chosen,
        format!("cohort:{cohort}"),
        "the menu starts at her cohort"
    );
    her.fill("#title", "Порада: заступник мера не хоче зустрічатися")
        .await;
    her.fill("#body_markdown", "Що б ви зробили на моєму місці?")
        .await;
    her.click("input[name=contexts][value=local_authorities]")
        .await;
    let by = (chrono::Utc::now() + chrono::Duration::days(5))
        .date_naive()
        .to_string();
    her.client
        .execute(
            "document.getElementById('advice_by').value = arguments[0];",
            vec![json!(by)],
        )
        .await
        .unwrap();
    her.click_and_wait("button[name=action][value=submit]")
        .await;
    let path = her.path().await;
    let page = her.text().await;
    let id: i64 = path
        .trim_start_matches("/cases/")
        .parse()
        .unwrap_or_else(|_| panic!("submitted to a thread page: {path} {page}"));

    // A moderator publishes it (the review itself is walked elsewhere).
    let published = app
        .publish(
            &moderator,
            id,
            "Порада: заступник мера не хоче зустрічатися",
            "Що б ви зробили на моєму місці?",
        )
        .await;
    assert_eq!(published.status(), StatusCode::OK);

    // The adviser sees it in her notifications and replies.
    let other = driver.browser("ro").await;
    other.sign_in(&app, &adviser).await;
    other.open(&app, "/").await;
    assert_eq!(
        other
            .find(".nav-notifications .unread")
            .await
            .text()
            .await
            .unwrap(),
        "1"
    );
    other.click_and_wait(".nav-notifications").await;
    assert!(other.text().await.contains("Nou în grupa dvs."));
    other.screenshot("notifications-ro").await;
    other
        .click_link(
            "ol.notifications",
            "Порада: заступник мера не хоче зустрічатися",
        )
        .await;
    assert!(
        other.text().await.contains(&by),
        "advice wanted by the day she chose"
    );
    other
        .fill("#reply-body", "Cereți mai întâi ofițerul de logistică.")
        .await;
    other
        .click_and_wait("#reply-form button[type=submit]")
        .await;

    // The asker: a count in the header, the reply in her notifications; reading it clears it.
    her.open(&app, "/").await;
    let count = her
        .find(".nav-notifications .unread")
        .await
        .text()
        .await
        .unwrap();
    assert!(count == "2", "published and a reply: {count}");
    her.click_and_wait(".nav-notifications").await;
    let page = her.text().await;
    assert!(page.contains("Відповідь у вашій темі"), "{page}");
    her.screenshot("notifications-uk").await;
    her.click_link(
        "ol.notifications li:first-child",
        "Порада: заступник мера не хоче зустрічатися",
    )
    .await;
    assert!(
        her.text()
            .await
            .contains("Cereți mai întâi ofițerul de logistică.")
    );
    her.open(&app, "/").await;
    let unread = her.find(".nav-notifications .unread").await;
    assert_eq!(unread.text().await.unwrap(), "", "the count fell");
    assert!(
        !unread.is_displayed().await.unwrap(),
        "and the badge is gone"
    );
}

/// The values of the list page's country menu.
fn country_menu(page: &str) -> Vec<String> {
    let menu = page
        .split("<select id=\"f-country\"")
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("a country menu");
    menu.split("<option value=\"")
        .skip(1)
        .filter_map(|option| option.split('"').next())
        .filter(|code| !code.is_empty())
        .map(str::to_string)
        .collect()
}

/// The list's country menu offers the community's four countries and those of the case
/// studies she may read, not the 250 of the world — and a country that only a cohort's case
/// study has is not named to members outside the cohort (the menu would tell them it exists).
#[tokio::test]
async fn the_country_menu_names_the_countries_she_may_read_and_no_other() {
    let app = crate::harness::spawn_app().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (author, peer, outsider) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let cohort = cohort_of(
        &app,
        &app.token(&admin).await,
        "Tbilisi 2026",
        &[&author, &peer],
    )
    .await;
    let author_token = app.token(&author).await;
    for (title, country, audience) in [
        ("Armenian border crossing", "AM", None),
        ("Georgian shelter talks", "GE", Some(cohort)),
    ] {
        let mut case = case_json(title, "The talks went on for a week.");
        case["country"] = json!(country);
        case["region"] = Value::Null;
        if let Some(cohort) = audience {
            case["audience"] = json!(format!("cohort:{cohort}"));
        }
        let answer = app.post_json(&author_token, "/api/v1/cases", &case).await;
        assert_eq!(answer.status(), StatusCode::CREATED, "{title}");
        let id = answer.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        let published = app
            .publish(&moderator, id, title, "The talks went on for a week.")
            .await;
        assert_eq!(published.status(), StatusCode::OK);
    }
    app.wait_indexed().await;

    let (outsider_browser, peer_browser) = (
        app.browser_for(&outsider).await,
        app.browser_for(&peer).await,
    );
    for _ in 0..2 {
        // Twice: the second answer may come from the page cache.
        let menu = country_menu(&app.page(&outsider_browser, "/cases").await);
        for code in ["UA", "MD", "PL", "RO", "AM"] {
            assert!(menu.contains(&code.to_string()), "{code} in {menu:?}");
        }
        assert!(
            !menu.contains(&"GE".to_string()),
            "a cohort's country: {menu:?}"
        );
        assert!(
            !menu.contains(&"FR".to_string()),
            "no case from France: {menu:?}"
        );
        let menu = country_menu(&app.page(&peer_browser, "/cases").await);
        assert!(
            menu.contains(&"GE".to_string()),
            "her cohort's country: {menu:?}"
        );
    }
    // A filter that names a country with no case keeps it in the menu, chosen.
    let page = app
        .page(
            &outsider_browser,
            "/cases?country=FR&context=&counterpart=&outcome=&year=",
        )
        .await;
    assert!(country_menu(&page).contains(&"FR".to_string()));
    assert!(
        page.contains("<option value=\"FR\" selected>"),
        "France stays chosen"
    );
}

/// A search ranks first and checks her reach on what it found (so that the ranking can skip
/// what cannot reach the page): when a cohort's threads hold the whole top of the ranking,
/// the member outside it still gets full pages of what she may read, and counts of it only.
#[tokio::test]
async fn when_a_cohort_holds_the_top_of_a_search_she_gets_full_pages_of_her_own() {
    let app = crate::harness::spawn_app().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let (author, outsider) = (
        app.person(Role::Member).await,
        app.person(Role::Member).await,
    );
    let cohort = cohort_of(&app, &app.token(&admin).await, "Iasi 2026", &[&author]).await;
    let author_token = app.token(&author).await;
    // The cohort's 25 name the word in their titles and three times in the text: they rank
    // above the 22 for everyone, which name it once.
    let mut published = Vec::new();
    for n in 1..=25 {
        let title = format!("Cohort ferry {n}");
        let body = "The ferry, the ferry and the ferry again.";
        let mut case = case_json(&title, body);
        case["audience"] = json!(format!("cohort:{cohort}"));
        let answer = app.post_json(&author_token, "/api/v1/cases", &case).await;
        assert_eq!(answer.status(), StatusCode::CREATED);
        let id = answer.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        published.push((id, title, body.to_string()));
    }
    for n in 1..=22 {
        let (title, body) = (format!("Open crossing {n}"), "The ferry was late.");
        let id = app.submit_case(&author, &title, body).await;
        published.push((id, title, body.to_string()));
    }
    for (id, title, body) in &published {
        let answer = app.publish(&moderator, *id, title, body).await;
        assert_eq!(answer.status(), StatusCode::OK);
    }
    app.wait_indexed().await;

    let (total, titles) = search_page(&app, &author, "ferry", 1).await;
    assert_eq!(total, 47);
    assert!(
        titles.iter().all(|t| t.starts_with("Cohort ferry")),
        "{titles:?}"
    );
    let (total, first) = search_page(&app, &outsider, "ferry", 1).await;
    assert_eq!(total, 22, "she counts only what she may read");
    assert_eq!(first.len(), 20, "a full first page: {first:?}");
    let (_, second) = search_page(&app, &outsider, "ferry", 2).await;
    assert_eq!(second.len(), 2, "{second:?}");
    let mut all: Vec<&String> = first.iter().chain(&second).collect();
    assert!(
        all.iter().all(|t| t.starts_with("Open crossing")),
        "{all:?}"
    );
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 22, "each of hers once across the pages");
}

//! Journeys as people walk them (issue 20): the start page after sign-in, the writing form
//! (findings shown to the author in her preview, lessons asked once, regions in her script
//! following the country, what the draft notice promises), in her language.

use parley::accounts::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::browser::Driver;
use crate::harness::{spawn_app, spawn_app_with};
use crate::people::form_value;

#[tokio::test]
async fn the_author_is_shown_what_looks_identifying_in_her_preview_in_her_language() {
    let app = spawn_app_with(json!({})).await;
    let author = app.person(Role::Member).await;
    app.speaks(&author, "uk").await;
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
    app.speaks(&author, "ru").await;
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
    app.speaks(&author, "pl").await;
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

#[tokio::test]
async fn a_digest_leaves_out_her_own_case_and_names_moldova_as_people_do() {
    use parley::digest::compose::{collect, subject};
    use parley::digest::subscriptions::{Frequency, Preferences};
    use parley::i18n::{Lang, Tr};
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let reader = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let start = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
    app.published_case(
        &author,
        &moderator,
        "Talks in Ungheni",
        "MD",
        "We talked.",
        "We talked.",
    )
    .await;
    let end = chrono::Utc::now().naive_utc() + chrono::Duration::minutes(1);
    let digest_of = |user_id: i64| {
        app.state.run(move |conn, _| {
            collect(
                conn,
                None,
                None,
                user_id,
                &Preferences::default(),
                (start, end),
                Tr(Lang::Ro),
                "https://parley.example",
            )
        })
    };
    let hers = digest_of(author.id).await.unwrap();
    assert_eq!(hers.case_count, 0, "her own case study is in her digest");
    let theirs = digest_of(reader.id).await.unwrap();
    assert_eq!(theirs.case_count, 1);
    let line = subject(&theirs, Frequency::Daily, Tr(Lang::Ro));
    assert!(line.contains("Moldova"), "{line}");
    assert!(!line.contains("Republica"), "{line}");
}

/// English phrases of the interface: every message of `en.ftl` (the fragments between its
/// placeholders) of three words or more whose translation in `lang` is not the same text.
pub(crate) fn english_phrases(lang: &str) -> Vec<String> {
    english_fragments(lang)
        .into_iter()
        .filter(|f| f.split_whitespace().count() >= 3)
        .collect()
}

/// Single words and pairs of the English catalogue (a button, a heading: "Search", "Sign
/// out") that no message of `lang` contains, as whole words.
pub(crate) fn english_words(lang: &str) -> Vec<regex::Regex> {
    english_fragments(lang)
        .into_iter()
        .filter(|f| {
            let n = f.split_whitespace().count();
            (1..3).contains(&n) && f.chars().filter(|c| c.is_alphabetic()).count() >= 4
        })
        .map(|f| regex::Regex::new(&format!(r"(^|[^\w]){}($|[^\w])", regex::escape(&f))).unwrap())
        .collect()
}

/// Every fragment of an `en.ftl` message between its placeholders that no message of `lang`
/// contains.
pub(crate) fn english_fragments(lang: &str) -> Vec<String> {
    fn messages(source: &str) -> std::collections::HashMap<String, String> {
        let mut out = std::collections::HashMap::new();
        let mut current: Option<String> = None;
        for line in source.lines() {
            if line.starts_with(' ') {
                if let Some(id) = &current {
                    out.entry(id.clone()).and_modify(|v: &mut String| {
                        v.push(' ');
                        v.push_str(line.trim());
                    });
                }
            } else if let Some((id, value)) = line
                .split_once(" = ")
                .or_else(|| line.strip_suffix(" =").map(|id| (id, "")))
            {
                if !id.starts_with('#') {
                    out.insert(id.trim().to_string(), value.to_string());
                    current = Some(id.trim().to_string());
                }
            } else {
                current = None;
            }
        }
        out
    }
    let english = messages(include_str!("../../src/i18n/en.ftl"));
    let source = match lang {
        "uk" => include_str!("../../src/i18n/uk.ftl"),
        "ru" => include_str!("../../src/i18n/ru.ftl"),
        "pl" => include_str!("../../src/i18n/pl.ftl"),
        _ => include_str!("../../src/i18n/ro.ftl"),
    };
    let translated: Vec<String> = messages(source).into_values().collect();
    let placeholder = regex::Regex::new(r"\{[^}]*\}|\[[a-z]+\]|\*").unwrap();
    let mut phrases = Vec::new();
    for value in english.values() {
        for fragment in placeholder.split(value) {
            let fragment = fragment.trim().trim_end_matches([':', '.', ',']);
            if !fragment.is_empty() && !translated.iter().any(|t| t.contains(fragment)) {
                phrases.push(fragment.to_string());
            }
        }
    }
    phrases
}

/// The text a reader sees on a page: without scripts, styles and tags.
fn visible_text(html: &str) -> String {
    let without = regex::Regex::new(r"(?s)<script.*?</script>|<style.*?</style>|<[^>]*>")
        .unwrap()
        .replace_all(html, " ");
    without
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
}

#[tokio::test]
async fn every_page_a_member_and_an_admin_reach_speaks_her_language() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let admin = app.person(Role::Admin).await;
    let id = app
        .submit_case(&author, "Water at the bridge", "We waited at the bridge.")
        .await;
    assert!(
        app.publish(
            &admin,
            id,
            "Water at the bridge",
            "We waited at the bridge."
        )
        .await
        .status()
        .is_success()
    );
    // Her cohort, and a notification (the decision on her case study) to list.
    let author_id = author.id;
    let cohort = app
        .state
        .run(move |conn, _| {
            let cohort = parley::accounts::cohorts::create(conn, "Chisinau 2026", "")?;
            parley::accounts::cohorts::join(conn, cohort.id, author_id)?;
            Ok(cohort.id)
        })
        .await
        .unwrap();
    let pages = [
        "/",
        "/cases",
        "/cases?country=&context=&counterpart=&outcome=&year=",
        "/discussions",
        "/search",
        "/search?q=bridge",
        "/my/cases",
        "/cases/new",
        "/cases/new?kind=discussion",
        "/account",
        "/account/2fa",
        "/account/digest",
        "/account/sessions",
        "/digests",
        "/safety",
        "/cases/999999",
        "/cases?year=abc",
        "/cases/{id}",
        "/cases/{id}/history",
        "/cohorts",
        "/cohorts/{cohort}",
        "/notifications",
    ];
    let staff_pages = [
        "/moderation",
        "/invitations",
        "/admin/users",
        "/admin/digests",
        "/admin/cohorts",
    ];
    let mut leaks = Vec::new();
    for lang in ["uk", "ru", "pl", "ro"] {
        let phrases = english_phrases(lang);
        assert!(phrases.len() > 200, "the English catalogue was read");
        let words = english_words(lang);
        for (person, list) in [(&author, &pages[..]), (&admin, &staff_pages[..])] {
            app.speaks(person, lang).await;
            let browser = app.browser_for(person).await;
            for path in list {
                let path = path
                    .replace("{id}", &id.to_string())
                    .replace("{cohort}", &cohort.to_string());
                let response = browser.get(app.url(&path)).send().await.unwrap();
                let status = response.status();
                assert!(
                    !status.is_redirection() && !status.is_server_error(),
                    "{lang} {path}: {status}"
                );
                let text = visible_text(&response.text().await.unwrap());
                assert!(text.len() > 200, "{lang} {path}: an empty page");
                for phrase in &phrases {
                    if text.contains(phrase.as_str()) {
                        leaks.push(format!("{lang} {path}: {phrase:?}"));
                    }
                }
                for word in &words {
                    if let Some(found) = word.find(&text) {
                        leaks.push(format!("{lang} {path}: {:?}", found.as_str().trim()));
                    }
                }
                for english in ["Monday", "Sunday", "must be", "Please", "could not"] {
                    if text.contains(english) {
                        leaks.push(format!("{lang} {path}: {english:?}"));
                    }
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "English on pages in other languages:\n{}",
        leaks.join("\n")
    );
}

#[tokio::test]
async fn digest_settings_name_weekdays_in_her_language_and_take_a_city_for_a_time_zone() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let member = app.person(Role::Member).await;
    app.speaks(&member, "pl").await;
    let browser = app.browser_for(&member).await;
    let page = app.page(&browser, "/account/digest").await;
    assert!(
        page.contains("poniedziałek") && page.contains("niedziela"),
        "Polish weekdays"
    );
    assert!(!page.contains("Monday"));
    // The community's zones come first in the menu.
    let kyiv = page.find("value=\"Europe/Kyiv\"").unwrap();
    let abidjan = page.find("value=\"Africa/Abidjan\"").unwrap();
    assert!(kyiv < abidjan);
    for (typed, zone) in [
        ("Warsaw", "Europe/Warsaw"),
        ("Київ", "Europe/Kyiv"),
        ("chișinău", "Europe/Chisinau"),
        ("europe/bucharest", "Europe/Bucharest"),
    ] {
        assert_eq!(
            parley::digest::subscriptions::zone_named(typed).as_deref(),
            Some(zone),
            "{typed}"
        );
    }
    assert_eq!(parley::digest::subscriptions::zone_named("Atlantis"), None);
    // A zone Parley cannot read is refused in her language.
    let token = form_value(&page, "csrf_token").unwrap();
    let refused = browser
        .post(app.url("/account/digest"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("frequency", "weekly"),
            ("weekday", "1"),
            ("hour", "7"),
            ("time_zone", "Atlantis"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("musi być strefą czasową"), "{html}");
}

#[tokio::test]
async fn two_factor_sign_in_can_be_set_up_and_used_on_a_phone_alone() {
    let app = spawn_app_with(json!({})).await;
    let member = app.person(Role::Member).await;
    let browser = app.browser_for(&member).await;
    let setup = app.page(&browser, "/account/2fa").await;
    assert!(
        setup.contains("href=\"otpauth://totp/"),
        "a link she can tap"
    );
    let grouped =
        regex::Regex::new(r#"<code class="key">([A-Z2-7]{4} )+[A-Z2-7]{1,4}</code>"#).unwrap();
    assert!(grouped.is_match(&setup), "the key in groups of four");

    // Signing in with a recovery code: its own field, with an ordinary keyboard.
    let moderator = app.person(Role::Moderator).await;
    let id = moderator.id;
    let codes = app
        .state
        .run(move |conn, kit| parley::accounts::totp::replace_recovery_codes(conn, &kit.signer, id))
        .await
        .unwrap();
    let door = app.browser();
    let token = app.csrf_token(&door, "/login").await;
    let step = door
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", moderator.email.as_str()),
            ("password", moderator.password.as_str()),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(step.contains("id=\"code\" name=\"code\" inputmode=\"numeric\""));
    assert!(step.contains("id=\"recovery_code\" name=\"recovery_code\" inputmode=\"text\""));
    let challenge = form_value(&step, "challenge").unwrap();
    let signed_in = door
        .post(app.url("/login/code"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("challenge", challenge.as_str()),
            ("code", ""),
            ("recovery_code", codes[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        signed_in.status(),
        StatusCode::SEE_OTHER,
        "a recovery code signs her in"
    );
}

#[tokio::test]
async fn cases_and_replies_show_when_they_were_posted_in_her_own_time() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(&author, "Water at the bridge", "We waited at the bridge.")
        .await;
    assert!(
        app.publish(&moderator, id, "Water at the bridge", "We waited.")
            .await
            .status()
            .is_success()
    );
    let token = app.token(&author).await;
    let replied = app
        .post_json(
            &token,
            &format!("/api/v1/cases/{id}/replies"),
            &json!({"body_markdown": "We tried the same in spring."}),
        )
        .await;
    assert_eq!(replied.status(), StatusCode::CREATED);
    app.speaks(&author, "ro").await;
    let html = app
        .page(&app.browser_for(&author).await, &format!("/cases/{id}"))
        .await;
    assert_eq!(
        html.matches("<time datetime=\"").count(),
        2,
        "the case and its reply"
    );

    // In the browser the times are hers: her language, her device's zone, no "UTC".
    let driver = Driver::start();
    let browser = driver.browser("ro").await;
    browser.sign_in(&app, &author).await;
    browser.open(&app, &format!("/cases/{id}")).await;
    let shown = browser
        .client
        .execute(
            "return Array.from(document.querySelectorAll('time')).map(t => t.textContent)",
            vec![],
        )
        .await
        .unwrap();
    let shown: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(shown.len(), 2);
    let year = chrono::Utc::now().format("%Y").to_string();
    for text in shown {
        assert!(!text.contains("UTC") && text.contains(&year), "{text}");
    }
}

#[tokio::test]
async fn the_invitation_page_speaks_the_invitations_language_with_one_language_menu() {
    let app = spawn_app_with(json!({})).await;
    let invited = parley::accounts::flows::invite(
        &app.state,
        None,
        "halyna.invitee@example.org",
        Role::Member,
        None,
        parley::i18n::Lang::Uk,
    )
    .await
    .unwrap();
    app.expect_undone_mail();
    let path = &invited.link[invited.link.find("/invitations/").unwrap()..];
    // Her work laptop's browser asks for English: the invitation was written in Ukrainian.
    let page = app
        .browser()
        .get(app.url(path))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<html lang=\"uk\""),
        "the page is in Ukrainian"
    );
    assert!(
        page.contains("<option value=\"uk\" lang=\"uk\" selected>"),
        "the account's language menu starts on Ukrainian too"
    );
    // A language she picks in the footer wins, and the menu follows it.
    let page = app
        .browser()
        .get(app.url(path))
        .header("cookie", "parley_lang=pl")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"pl\""));
    assert!(page.contains("<option value=\"pl\" lang=\"pl\" selected>"));
    assert_eq!(
        page.matches(" selected>").count(),
        2,
        "the footer and the form agree"
    );
}

#[tokio::test]
async fn a_case_in_another_language_offers_translation_only_where_the_browser_does_it_itself() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let body = "Ми чекали на блокпосту три дні, поки командир не погодився пропустити воду.";
    let mut case = crate::steps::case_json("Вода на блокпосту", body);
    case["language"] = json!("uk");
    let created = app
        .post_json(&app.token(&author).await, "/api/v1/cases", &case)
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    assert!(
        app.publish(&moderator, id, "Вода на блокпосту", body)
            .await
            .status()
            .is_success()
    );
    let reader = app.person(Role::Member).await;
    let english = app
        .page(&app.browser_for(&reader).await, &format!("/cases/{id}"))
        .await;
    assert!(
        english.contains("data-translate-from=\"uk\" data-translate-to=\"en\" hidden"),
        "offered, hidden until the browser says it can: {}",
        &english[english.find("<article").unwrap_or(0)..][..300]
    );
    app.speaks(&reader, "uk").await;
    let ukrainian = app
        .page(&app.browser_for(&reader).await, &format!("/cases/{id}"))
        .await;
    assert!(
        !ukrainian.contains("data-translate-from"),
        "nothing to translate"
    );

    // Headless Chromium has no built-in translator: the button stays hidden, and the page
    // asks no other site for anything (the main pages' test checks every request).
    let driver = Driver::start();
    let browser = driver.browser("en").await;
    let reader_again = app.person(Role::Member).await;
    browser.sign_in(&app, &reader_again).await;
    browser.open(&app, &format!("/cases/{id}")).await;
    let hidden = browser
        .client
        .execute(
            "return [('Translator' in self), document.querySelector('[data-translate-from]').hidden]",
            vec![],
        )
        .await
        .unwrap();
    if hidden[0] == false {
        assert_eq!(hidden[1], true, "a button nobody can use is shown");
    }
}

/// Issue 20 ("error pages and messages are English"): a refusal says why in her language —
/// the form's own message on the page she was on, the error page's for what is not hers to
/// do — while the API keeps the English text scripts read.
#[tokio::test]
async fn a_refusal_says_why_in_her_language() {
    let app = spawn_app().await;
    let moderator = app.person(Role::Moderator).await;
    let member = app.person(Role::Member).await;
    app.speaks(&moderator, "uk").await;
    let browser = app.browser_for(&moderator).await;
    let answer = app
        .post_form(
            &browser,
            "/invitations",
            &[
                ("email", member.email.as_str()),
                ("role", "member"),
                ("cohort", ""),
                ("locale", ""),
            ],
        )
        .await;
    let status = answer.status();
    let page = answer.text().await.unwrap();
    assert!(status.is_client_error(), "{page}");
    assert!(
        page.contains("Ця людина вже має обліковий запис."),
        "the invitations page says why, in Ukrainian: {page}"
    );
    assert!(!page.contains("already has an account"), "{page}");

    // Not hers to do: a moderator inviting an admin. The error page, in Romanian.
    app.speaks(&moderator, "ro").await;
    let browser = app.browser_for(&moderator).await;
    let answer = app
        .post_form(
            &browser,
            "/invitations",
            &[
                ("email", "new.admin@example.org"),
                ("role", "admin"),
                ("cohort", ""),
                ("locale", ""),
            ],
        )
        .await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    let page = answer.text().await.unwrap();
    assert!(
        page.contains("doar un administrator poate invita moderatori"),
        "{page}"
    );

    // The API: the same refusal in English, for scripts and logs.
    let token = app.token(&moderator).await;
    let problem: serde_json::Value = app
        .post_json(
            &token,
            "/api/v1/invitations",
            &serde_json::json!({"email": member.email, "role": "member"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problem["detail"], "This person already has an account.");
}

/// Issue 20 ("she can edit or delete her own reply"), walked in Chromium at phone size in each
/// of the five languages: she replies through the form, opens "change or withdraw", changes the
/// words, sees them and the notice in her language, then withdraws the reply and sees it gone.
/// Screenshots: `target/screenshots/reply-{lang}-{step}.png`.
#[tokio::test]
async fn she_changes_and_withdraws_her_reply_on_a_phone_in_five_languages() {
    use parley::i18n::{Lang, Tr};
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(&author, "Water at the checkpoint", "A story.")
        .await;
    assert!(
        app.publish(&moderator, id, "Water at the checkpoint", "A story.")
            .await
            .status()
            .is_success()
    );
    let driver = Driver::start();
    for lang in Lang::ALL {
        let tr = Tr(lang);
        let code = lang.code();
        let replier = app.person(Role::Member).await;
        app.speaks(&replier, code).await;
        let browser = driver.browser(code).await;
        browser.sign_in(&app, &replier).await;
        browser.open(&app, &format!("/cases/{id}")).await;
        browser
            .fill("#reply-body", &format!("First words ({code})."))
            .await;
        browser
            .click_and_wait("#reply-form button[type=submit]")
            .await;
        assert!(
            browser
                .text()
                .await
                .contains(&tr.t("notice-reply-published")),
            "{code}"
        );
        browser.screenshot(&format!("reply-{code}-1-posted")).await;

        browser.click("details.reply-edit summary").await;
        browser
            .fill(
                "details.reply-edit textarea",
                &format!("Changed words ({code})."),
            )
            .await;
        browser
            .screenshot(&format!("reply-{code}-2-changing"))
            .await;
        browser
            .click_and_wait("details.reply-edit form[action$='/edit'] button[type=submit]")
            .await;
        let page = browser.text().await;
        assert!(
            page.contains(&tr.t("notice-reply-edited")),
            "{code}: {page}"
        );
        assert!(page.contains(&format!("Changed words ({code}).")), "{code}");
        assert!(!page.contains(&format!("First words ({code}).")), "{code}");
        browser.screenshot(&format!("reply-{code}-3-changed")).await;

        browser.click("details.reply-edit summary").await;
        browser
            .click_and_wait("details.reply-edit form[action$='/delete'] button[type=submit]")
            .await;
        let page = browser.text().await;
        assert!(
            page.contains(&tr.t("notice-reply-deleted")),
            "{code}: {page}"
        );
        assert!(
            !page.contains(&format!("Changed words ({code}).")),
            "{code}"
        );
        browser
            .screenshot(&format!("reply-{code}-4-withdrawn"))
            .await;
        let errors = browser.console_errors().await;
        assert!(errors.is_empty(), "{code}: console errors {errors:?}");
        browser.client.clone().close().await.unwrap();
    }
}

#[tokio::test]
async fn the_four_countries_of_the_community_come_first_in_every_country_list() {
    let app = spawn_app_with(json!({"digest": {"scheduler": false}})).await;
    let member = app.person(Role::Member).await;
    let browser = app.browser_for(&member).await;
    let select =
        regex::Regex::new(r#"(?s)<select id="(country|f-country|countries)"[^>]*>(.*?)</select>"#)
            .unwrap();
    let value = regex::Regex::new(r#"<option value="([A-Z]{2})""#).unwrap();
    let mut lists = 0;
    for path in ["/cases/new", "/cases", "/account/digest"] {
        let html = app.page(&browser, path).await;
        for found in select.captures_iter(&html) {
            lists += 1;
            let first: Vec<&str> = value
                .captures_iter(&found[2])
                .take(4)
                .map(|c| c.get(1).unwrap().as_str())
                .collect();
            assert_eq!(first, ["UA", "MD", "PL", "RO"], "{path} #{}", &found[1]);
        }
    }
    assert_eq!(
        lists, 3,
        "the form's, the filter's and the digest's lists were read"
    );
}

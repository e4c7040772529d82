//! Every journey walked end to end in real Chromium at phone size, once in each of the five
//! languages (issue 20): an admin invites an alumna; she accepts, writes a case study, sees
//! the preview point at the names, loses her session and gets her text back, submits; a
//! moderator anonymises and publishes it; a member filters the list (every field left empty,
//! then each filled), searches, reads, and subscribes to a digest; the alumna exports her data
//! and sets up two-factor sign-in with her recovery codes copied and saved; the member leaves
//! the digest from its mail without signing in.
//!
//! Every step is checked the same way ([`Walk::step`]): the page answered below 400, it is in
//! her language (`<html lang>`), the console holds no error, and no phrase of the English
//! catalogue shows on a page in another language. A screenshot of every step is written to
//! `target/screenshots/walk-<lang>-<nn>-<step>.png`.

use std::time::{Duration, Instant};

use parley::accounts::{Email, Role, totp, users};
use parley::cases::taxonomy::CountryCode;
use parley::i18n::{Lang, Tr};
use serde_json::{Value, json};

use crate::browser::{Browser, Driver, Extension, app_for_browser, local_path, until_page};
use crate::harness::TestApp;
use crate::journeys::{english_phrases, english_words};
use crate::mailbox::{ReceivedMail, wait_for_mails};
use crate::people::{Person, fresh_email};

/// What one language's walk writes: a case study in that language, with two people named.
struct Story {
    title: &'static str,
    /// A word of the title, as a member would search for it.
    query: &'static str,
    lessons: &'static str,
    body: &'static str,
    /// The names as the story writes them (the author lists them as sensitive)…
    names: [&'static str; 2],
    /// …and a part of each that must not survive anonymisation.
    surnames: [&'static str; 2],
    /// Words of the last section, shown by the live preview.
    ending: &'static str,
}

fn story(lang: Lang) -> Story {
    match lang {
        Lang::En => Story {
            title: "Water trucks through a checkpoint after three days of talks",
            query: "trucks",
            lessons: "A fixed daily window is easier to agree than a permit.",
            body: "## Situation\n\nIn March 2023 our convoy of water trucks waited three days at \
                   the checkpoint. I negotiated with Major Ion Rusu, who commanded the post, and \
                   later with the deputy mayor Vasile Ceban.\n\n## Approach\n\nWe offered a shared \
                   inspection list and a fixed daily window for the trucks.\n\n## Outcome\n\nThe \
                   trucks crossed on the fourth day; the window still holds.",
            names: ["Ion Rusu", "Vasile Ceban"],
            surnames: ["Rusu", "Ceban"],
            ending: "still holds",
        },
        Lang::Uk => Story {
            title: "Вантажівки з водою пройшли блокпост після трьох днів переговорів",
            query: "вантажівки",
            lessons: "Про щоденне вікно домовитися легше, ніж про дозвіл.",
            body: "## Ситуація\n\nУ березні 2023 року наша колона з водою три дні чекала на \
                   блокпосту. Я домовлялася з майором Іваном Русу, який командував постом, а \
                   потім із заступником мера Василем Чебаном.\n\n## Підхід\n\nМи запропонували \
                   спільний список перевірки і щоденне вікно для вантажівок.\n\n## Результат\n\n\
                   Вантажівки проїхали на четвертий день; вікно діє досі.",
            names: ["Іваном Русу", "Василем Чебаном"],
            surnames: ["Русу", "Чебан"],
            ending: "діє досі",
        },
        Lang::Ru => Story {
            title: "Грузовики с водой прошли блокпост после трёх дней переговоров",
            query: "грузовики",
            lessons: "О ежедневном окне договориться легче, чем о разрешении.",
            body: "## Ситуация\n\nВ марте 2023 года наша колонна с водой три дня ждала на \
                   блокпосту. Я договаривалась с майором Иваном Русу, который командовал постом, \
                   а потом с заместителем мэра Василием Чебаном.\n\n## Подход\n\nМы предложили \
                   общий список проверки и ежедневное окно для грузовиков.\n\n## Результат\n\n\
                   Грузовики проехали на четвёртый день; окно действует до сих пор.",
            names: ["Иваном Русу", "Василием Чебаном"],
            surnames: ["Русу", "Чебан"],
            ending: "до сих пор",
        },
        Lang::Pl => Story {
            title: "Ciężarówki z wodą przejechały przez punkt kontrolny po trzech dniach rozmów",
            query: "ciężarówki",
            lessons: "Stałe codzienne okno łatwiej uzgodnić niż pozwolenie.",
            body: "## Sytuacja\n\nW marcu 2023 roku nasz konwój z wodą czekał trzy dni na punkcie \
                   kontrolnym. Negocjowałam z majorem Ionem Rusu, który dowodził posterunkiem, a \
                   potem z zastępcą burmistrza Vasile Cebanem.\n\n## Podejście\n\n\
                   Zaproponowaliśmy wspólną listę kontroli i stałe codzienne okno dla \
                   ciężarówek.\n\n## Wynik\n\nCiężarówki przejechały czwartego dnia; okno nadal \
                   obowiązuje.",
            names: ["Ionem Rusu", "Vasile Cebanem"],
            surnames: ["Rusu", "Ceban"],
            ending: "nadal obowiązuje",
        },
        Lang::Ro => Story {
            title: "Camioanele cu apă au trecut de punctul de control după trei zile de negocieri",
            query: "camioanele",
            lessons: "O fereastră zilnică fixă se negociază mai ușor decât un permis.",
            body: "## Situația\n\nÎn martie 2023 convoiul nostru cu apă a așteptat trei zile la \
                   punctul de control. Am negociat cu maiorul Ion Rusu, care comanda postul, și \
                   apoi cu viceprimarul Vasile Ceban.\n\n## Abordare\n\nAm propus o listă comună \
                   de verificare și o fereastră zilnică fixă pentru camioane.\n\n## Rezultat\n\n\
                   Camioanele au trecut în a patra zi; fereastra funcționează și acum.",
            names: ["Ion Rusu", "Vasile Ceban"],
            surnames: ["Rusu", "Ceban"],
            ending: "funcționează și acum",
        },
    }
}

/// One language's walk: numbers its steps, checks each and keeps what went wrong.
struct Walk<'a> {
    browser: &'a Browser,
    lang: Lang,
    english: Vec<String>,
    words: Vec<regex::Regex>,
    steps: usize,
    problems: Vec<String>,
}

impl<'a> Walk<'a> {
    fn new(browser: &'a Browser, lang: Lang) -> Walk<'a> {
        let english = match lang {
            Lang::En => Vec::new(),
            other => english_phrases(other.code()),
        };
        // Single words and pairs of the English catalogue too (a button, a heading).
        let words = match lang {
            Lang::En => Vec::new(),
            other => english_words(other.code()),
        };
        Walk {
            browser,
            lang,
            english,
            words,
            steps: 0,
            problems: Vec::new(),
        }
    }

    /// Checks the page the browser shows now and writes its screenshot; returns its text.
    async fn step(&mut self, name: &str) -> String {
        self.steps += 1;
        let label = format!("walk-{}-{:02}-{name}", self.lang.code(), self.steps);
        self.browser.screenshot(&label).await;
        let seen = self.seen().await;
        let status = seen["status"].as_u64().unwrap_or_default();
        if !(200..400).contains(&status) {
            self.problems
                .push(format!("{label}: the page answered {status}"));
        }
        let lang = seen["lang"].as_str().unwrap_or_default();
        if lang != self.lang.code() {
            self.problems.push(format!(
                "{label}: a page in {lang:?}, not in {}",
                self.lang.code()
            ));
        }
        for error in self.browser.console_errors().await {
            self.problems
                .push(format!("{label}: console error: {error}"));
        }
        let text = seen["text"].as_str().unwrap_or_default().to_string();
        for phrase in &self.english {
            if text.contains(phrase.as_str()) {
                self.problems.push(format!("{label}: English {phrase:?}"));
            }
        }
        for word in &self.words {
            if let Some(found) = word.find(&text) {
                self.problems
                    .push(format!("{label}: English {:?}", found.as_str().trim()));
            }
        }
        if self.lang != Lang::En {
            for english in [
                "Monday",
                "Sunday",
                "must be",
                "Please",
                "could not",
                "Error",
            ] {
                if text.contains(english) {
                    self.problems.push(format!("{label}: English {english:?}"));
                }
            }
        }
        text
    }

    /// Checks a mail she received: in her language like the pages.
    fn mail(&mut self, name: &str, mail: &ReceivedMail) {
        let text = format!("{}\n{}", mail.subject, mail.text);
        for phrase in &self.english {
            if text.contains(phrase.as_str()) {
                self.problems.push(format!(
                    "mail {name} in {}: English {phrase:?}",
                    self.lang.code()
                ));
            }
        }
    }

    /// The answer's status, the page's language and the text a reader sees.
    async fn seen(&self) -> Value {
        self.browser
            .client
            .execute(
                r#"const nav = performance.getEntriesByType('navigation')[0];
                   return {status: nav ? nav.responseStatus : 0,
                           lang: document.documentElement.lang,
                           text: document.body ? document.body.innerText : ''};"#,
                vec![],
            )
            .await
            .unwrap()
    }

    fn t(&self, key: &str) -> String {
        Tr(self.lang).t(key)
    }
}

/// Runs `script` (which may use `arguments`) until it returns something other than null, for
/// up to ten seconds.
async fn until_script(browser: &Browser, script: &str, what: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let value = browser.client.execute(script, vec![]).await.unwrap();
        if !value.is_null() {
            return value;
        }
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Her account's id, by her address.
async fn id_of(app: &TestApp, email: &str) -> i64 {
    let email = Email::parse(email).unwrap();
    app.state
        .run(move |conn, _| {
            Ok(users::find_by_email(conn, &email)?
                .expect("she has an account")
                .id)
        })
        .await
        .unwrap()
}

async fn walk_in(lang: Lang) {
    let code = lang.code();
    let accept_language = match lang {
        Lang::En => "en-GB,en".to_string(),
        other => format!("{0}-{1},{0}", other.code(), other.code().to_uppercase()),
    };
    let app = app_for_browser().await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let member = app.person(Role::Member).await;
    for person in [&admin, &moderator, &member] {
        app.speaks(person, code).await;
    }
    let story = story(lang);
    let driver = Driver::start();
    let browser = driver.browser(&accept_language).await;
    let mut walk = Walk::new(&browser, lang);

    if lang == Lang::En {
        // The check itself can fail: a page that answers 404 is reported.
        browser.sign_in(&app, &member).await;
        browser.open(&app, "/cases/999999").await;
        walk.step("not-found").await;
        assert!(
            walk.problems.iter().any(|p| p.contains("answered 404")),
            "{:?}",
            walk.problems
        );
        walk.problems.clear();
        // …and so are a page in another language than hers and the English on it.
        let mut probe = Walk::new(&browser, Lang::Uk);
        browser.open(&app, "/account").await;
        probe.step("probe-english").await;
        assert!(
            probe.problems.iter().any(|p| p.contains("not in uk"))
                && probe.problems.iter().any(|p| p.contains("English")),
            "{:?}",
            probe.problems
        );
    }

    // The admin invites an alumna, in the walk's language.
    browser.sign_in(&app, &admin).await;
    walk.step("admin-home").await;
    browser.open(&app, "/invitations").await;
    walk.step("invitations").await;
    let alumna = Person {
        id: 0,
        email: fresh_email("alumna"),
        name: "Halyna".into(),
        password: "quiet river lantern harbour 77".into(),
        totp_secret: None,
    };
    browser.fill("#email", &alumna.email).await;
    browser.fill("#cohort", "Chisinau 2023").await;
    browser
        .click(&format!("#locale option[value='{code}']"))
        .await;
    browser
        .click_and_wait("form[action='/invitations'] button[type=submit]")
        .await;
    let invited = walk.step("invited").await;
    assert!(invited.contains(&alumna.email), "{invited}");
    let invitation = wait_for_mails(&alumna.email, 1).await;
    walk.mail("invitation", &invitation[0]);
    let link = invitation[0].link("/invitations/accept");

    // She accepts it in a browser of her own.
    browser.forget_sign_in(&app).await;
    browser.open(&app, &local_path(&link)).await;
    walk.step("invitation").await;
    browser.fill("#name", &alumna.name).await;
    browser.fill("#password", &alumna.password).await;
    browser
        .click_and_wait("form[action='/invitations/accept'] button[type=submit]")
        .await;
    let welcome = walk.step("welcome").await;
    assert!(welcome.contains(&walk.t("notice-welcome")), "{welcome}");

    // She writes a case study; the preview renders it and points at the names.
    browser.open(&app, "/cases/new").await;
    walk.step("new-case").await;
    browser.fill("#title", story.title).await;
    browser.click("#country option[value='MD']").await;
    browser
        .click("input[name=contexts][value=checkpoint_movement]")
        .await;
    browser
        .click("input[name=counterparts][value=police_border_guard]")
        .await;
    browser.fill("#period_year", "2023").await;
    browser.click("input[name=outcome][value=partial]").await;
    browser.fill("#lessons", story.lessons).await;
    browser.fill("#body_markdown", story.body).await;
    browser
        .fill("#sensitive_terms", &story.names.join("\n"))
        .await;
    browser.previews_settled().await;
    let preview = until_script(
        &browser,
        "const box = document.querySelector('#preview-box');
         return box && box.querySelector('.author-findings') ? box.innerText : null;",
        "the preview never pointed at what looks identifying",
    )
    .await;
    let preview = preview.as_str().unwrap_or_default();
    assert!(preview.contains(story.ending), "{preview}");
    assert!(
        story.surnames.iter().any(|s| preview.contains(s)),
        "the preview names what it found: {preview}"
    );
    walk.step("preview").await;

    // Her session runs out before she sends it: sign-in, then back to her form and her text
    // (kept, encrypted, in the browser a moment after she stops typing).
    until_script(
        &browser,
        "return Object.keys(localStorage).some(k => k.startsWith('parley-draft:')) || null",
        "no draft was kept in the browser",
    )
    .await;
    app.expire_sessions(id_of(&app, &alumna.email).await).await;
    browser
        .click_and_wait("button[name=action][value=submit]")
        .await;
    assert_eq!(browser.path().await, "/login");
    walk.step("session-lost").await;
    browser.sign_in_here(&alumna).await;
    assert_eq!(browser.path().await, "/cases/new");
    let deadline = Instant::now() + Duration::from_secs(10);
    while browser.value("#title").await != story.title {
        assert!(Instant::now() < deadline, "her text did not come back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let back = walk.step("text-back").await;
    assert!(back.contains(&walk.t("draft-restored")), "{back}");
    assert!(browser.value("#body_markdown").await.contains(story.ending));
    // The restored form keeps only what the browser kept: choose again what it does not.
    for (css, on) in [
        ("input[name=contexts][value=checkpoint_movement]", true),
        ("input[name=counterparts][value=police_border_guard]", true),
        ("input[name=outcome][value=partial]", true),
    ] {
        let field = browser.find(css).await;
        if field.is_selected().await.unwrap() != on {
            field.click().await.unwrap();
        }
    }
    if browser.value("#country").await != "MD" {
        browser.click("#country option[value='MD']").await;
    }
    if browser.value("#period_year").await != "2023" {
        browser.fill("#period_year", "2023").await;
    }
    browser
        .click_and_wait("button[name=action][value=submit]")
        .await;
    let mine = walk.step("submitted").await;
    assert!(mine.contains(story.title), "{mine}");
    assert!(mine.contains(&walk.t("status-pending")), "{mine}");
    let case_id: i64 = browser
        .path()
        .await
        .trim_start_matches("/cases/")
        .parse()
        .expect("she is on her case's page");

    // A moderator claims it, accepts the names and publishes the anonymised text.
    browser.sign_in(&app, &moderator).await;
    browser.open(&app, "/moderation").await;
    walk.step("queue").await;
    browser
        .click_and_wait(&format!("a[href='/moderation/cases/{case_id}']"))
        .await;
    walk.step("review-unclaimed").await;
    browser
        .click_and_wait("form[action$='/claim'] button[type=submit]")
        .await;
    for surname in story.surnames {
        browser
            .tick(&format!("input[name=accept][aria-label*='{surname}']"))
            .await;
    }
    walk.step("review").await;
    browser
        .click_and_wait("#findings-form button[type=submit]")
        .await;
    let anonymised = browser.value("#pub-body").await;
    for surname in story.surnames {
        assert!(!anonymised.contains(surname), "{anonymised}");
    }
    walk.step("anonymised").await;
    browser
        .click_and_wait("#publish-form button[type=submit]")
        .await;
    walk.step("published").await;

    // A member filters the list: the form sent untouched, then with each field filled.
    browser.sign_in(&app, &member).await;
    walk.step("member-home").await;
    let filters: [(&str, &str); 6] = [
        ("", ""),
        ("#f-country", "MD"),
        ("#f-context", "checkpoint_movement"),
        ("#f-counterpart", "police_border_guard"),
        ("#f-outcome", "partial"),
        ("#f-year", "2023"),
    ];
    for (field, value) in filters {
        browser.open(&app, "/cases").await;
        browser.click("details.filters summary").await;
        match field {
            "" => {}
            "#f-year" => browser.fill(field, value).await,
            _ => {
                browser
                    .click(&format!("{field} option[value='{value}']"))
                    .await
            }
        }
        browser
            .click_and_wait("details.filters button[type=submit]")
            .await;
        let name = match field {
            "" => "filter-untouched".to_string(),
            f => format!("filter-{}", f.trim_start_matches("#f-")),
        };
        let listed = walk.step(&name).await;
        assert!(listed.contains(story.title), "{name}: {listed}");
    }

    // She searches in her language and narrows by the facets.
    until_page(&browser, &app, &format!("/search?q={}", story.query), |t| {
        t.contains(story.title)
    })
    .await;
    walk.step("search").await;
    browser
        .click_link("aside.facets", CountryCode::parse("MD").unwrap().name(lang))
        .await;
    browser
        .click_link("aside.facets", &walk.t("context-checkpoint_movement"))
        .await;
    let narrowed = walk.step("search-narrowed").await;
    assert!(narrowed.contains(story.title), "{narrowed}");
    browser.click_link("main", story.title).await;
    let page = walk.step("case-page").await;
    assert!(page.contains(story.ending), "{page}");
    for surname in story.surnames {
        assert!(!page.contains(surname), "{page}");
    }
    assert!(
        !page.contains(&alumna.name),
        "she appears under a pseudonym"
    );

    // She follows Moldova in a daily digest.
    browser.open(&app, "/account/digest").await;
    walk.step("digest-settings").await;
    browser.click("input[name=frequency][value=daily]").await;
    browser.click("#countries option[value='MD']").await;
    browser
        .click_and_wait("form[action='/account/digest'] button[type=submit]")
        .await;
    walk.step("digest-saved").await;

    // The alumna takes her data with her: everything Parley keeps, her case study included.
    browser.sign_in(&app, &alumna).await;
    browser.open(&app, "/account").await;
    walk.step("account").await;
    browser.find("a[href='/account/export']").await;
    let export = browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               fetch('/account/export').then(r => r.text().then(t => done({status: r.status,
                 type: r.headers.get('content-type'), body: t})));"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(export["status"], 200, "{export}");
    let body = export["body"].as_str().unwrap_or_default();
    let data: Value = serde_json::from_str(body).expect("the export is JSON");
    assert!(
        body.contains(story.title),
        "her case study is in her export"
    );
    assert!(data.is_object());

    // She sets up two-factor sign-in on her phone alone, and keeps her recovery codes.
    browser.open(&app, "/account/2fa").await;
    walk.step("two-factor").await;
    let tap = browser.find("a[href^='otpauth://totp/']").await;
    assert!(tap.text().await.unwrap().len() > 3, "a link she can tap");
    let key: String = browser
        .find("code.key")
        .await
        .text()
        .await
        .unwrap()
        .split_whitespace()
        .collect();
    browser
        .fill("#code", &totp::current_code(&key).unwrap())
        .await;
    browser
        .click_and_wait("form[action='/account/2fa/enable'] button[type=submit]")
        .await;
    let shown = walk.step("recovery-codes").await;
    let codes: Vec<String> = {
        let mut codes = Vec::new();
        for item in browser
            .client
            .find_all(fantoccini::Locator::Css("ul.codes li"))
            .await
            .unwrap()
        {
            codes.push(item.text().await.unwrap());
        }
        codes
    };
    assert!(codes.len() >= 8, "{shown}");
    // Saved as a file: what the download holds, read as the browser would save it.
    browser
        .client
        .execute(
            r#"window.savedCodes = null;
               let blob = null;
               const create = URL.createObjectURL;
               URL.createObjectURL = function (b) { blob = b; return create.call(URL, b); };
               const click = HTMLAnchorElement.prototype.click;
               HTMLAnchorElement.prototype.click = function () {
                 if (!this.download || !blob) return click.call(this);
                 const name = this.download;
                 blob.text().then(text => { window.savedCodes = {name, text}; });
               };"#,
            vec![],
        )
        .await
        .unwrap();
    browser.click("[data-download-codes]").await;
    let saved = until_script(&browser, "return window.savedCodes", "nothing was saved").await;
    assert_eq!(saved["name"], "recovery-codes.txt");
    let file = saved["text"].as_str().unwrap_or_default();
    for c in &codes {
        assert!(file.contains(c.as_str()), "{c} is not in the file: {file}");
    }
    // Copied: the clipboard holds them, and she is told so.
    grant_clipboard(&browser).await;
    browser.click("[data-copy-codes]").await;
    until_script(
        &browser,
        "return document.querySelector('[data-copied]').hidden ? null : true",
        "she is never told the codes were copied",
    )
    .await;
    let copied = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.clipboard.readText().then(done, e => done('refused: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    let copied = copied.as_str().unwrap_or_default();
    for c in &codes {
        assert!(copied.contains(c.as_str()), "{c} was not copied: {copied}");
    }
    walk.step("codes-kept").await;
    browser.click_link("main", &walk.t("codes-done")).await;
    let home = walk.step("two-factor-on").await;
    assert!(home.contains(&walk.t("notice-2fa-on")), "{home}");

    // The digest arrives with the case; its one-click unsubscribe works signed out.
    app.run_daily().await;
    let digest = wait_for_mails(&member.email, 1).await;
    let digest = digest
        .iter()
        .find(|m| m.text.contains(story.title))
        .expect("the digest lists the new case");
    walk.mail("digest", digest);
    let unsubscribe = digest.link("/unsubscribe");
    browser.forget_sign_in(&app).await;
    browser.open(&app, &local_path(&unsubscribe)).await;
    walk.step("unsubscribe").await;
    browser
        .click_and_wait("form[action^='/unsubscribe'] button")
        .await;
    let done = walk.step("unsubscribed").await;
    assert!(done.contains(&walk.t("unsubscribe-done")), "{done}");

    assert!(
        walk.problems.is_empty(),
        "{} steps in {code}, problems:\n{}",
        walk.steps,
        walk.problems.join("\n")
    );
}

/// Lets the page write to and read from the clipboard, as she allows it on her phone
/// (WebDriver's permissions extension).
async fn grant_clipboard(browser: &Browser) {
    for name in ["clipboard-read", "clipboard-write"] {
        browser
            .client
            .issue_cmd(Extension {
                path: "permissions",
                body: json!({"descriptor": {"name": name}, "state": "granted"}).to_string(),
            })
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[tokio::test]
async fn every_journey_walked_in_english_on_a_phone() {
    walk_in(Lang::En).await;
}

#[tokio::test]
async fn every_journey_walked_in_ukrainian_on_a_phone() {
    walk_in(Lang::Uk).await;
}

#[tokio::test]
async fn every_journey_walked_in_russian_on_a_phone() {
    walk_in(Lang::Ru).await;
}

#[tokio::test]
async fn every_journey_walked_in_polish_on_a_phone() {
    walk_in(Lang::Pl).await;
}

#[tokio::test]
async fn every_journey_walked_in_romanian_on_a_phone() {
    walk_in(Lang::Ro).await;
}

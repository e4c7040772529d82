//! The web experience in a real browser: headless Chromium driven over WebDriver
//! (chromedriver + fantoccini). The journeys a member walks end to end — an invitation, a case
//! study, its anonymisation and publication, finding it by country and context, the digest and
//! its one-click unsubscribe — the language switch, an axe-core accessibility check and the
//! transferred size of every main page, with screenshots under `target/screenshots/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` and `npm ci --prefix tests/browser` (axe-core);
//! `.ci/run` installs them. A missing browser fails the test with that advice rather than
//! skipping it: a skipped browser test proves nothing.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use parley::accounts::{Role, totp};
use parley::digest::subscriptions::{self, Frequency};
use parley::i18n::{Lang, Tr};
use serde_json::{Value, json};

use crate::harness::{TestApp, spawn_app_with};
use crate::mailbox::{smtp_sink, wait_for_mails};
use crate::people::{Person, fresh_email};

/// The largest page, HTML + CSS + JS as transferred (compressed), the issue allows.
const PAGE_BUDGET_BYTES: u64 = 50 * 1024;

/// A chromedriver of this test's own, on a free port; stopped when dropped.
pub(crate) struct Driver {
    pub(crate) child: Child,
    port: u16,
}

impl Driver {
    pub(crate) fn start() -> Driver {
        let binary = std::env::var("PARLEY_CHROMEDRIVER").unwrap_or("chromedriver".into());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap();
        // In a process group of its own: every Chromium it starts is in it too, and dropping
        // the driver ends them all, also when a test fails before closing its session.
        let child = Command::new(&binary)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {binary} ({e}): install Debian's chromium and chromium-driver \
                     (`apt-get install -y chromium chromium-driver`), as .ci/run does"
                )
            });
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }

    /// A new headless browser with a phone-sized window, asking for `accept_language`.
    pub(crate) async fn browser(&self, accept_language: &str) -> Browser {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("PARLEY_CHROMIUM").unwrap_or("/usr/bin/chromium".into()),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-dev-shm-usage",
                    "--window-size=412,900", format!("--lang={accept_language}"),
                ],
                "prefs": {"intl.accept_languages": accept_language},
            }),
        );
        // What the page's scripts report, read back with [`Browser::console_errors`].
        caps.insert("goog:loggingPrefs".into(), json!({"browser": "ALL"}));
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a Chromium session");
        Browser { client }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) struct Browser {
    pub(crate) client: Client,
}

impl Browser {
    pub(crate) async fn open(&self, app: &TestApp, path: &str) {
        self.client.goto(&app.url(path)).await.unwrap();
    }

    pub(crate) async fn find(&self, css: &str) -> Element {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element,
            Err(e) => panic!("no {css} on {}: {e}", self.path().await),
        }
    }

    pub(crate) async fn fill(&self, css: &str, value: &str) {
        let field = self.find(css).await;
        field.clear().await.unwrap();
        field.send_keys(value).await.unwrap();
    }

    /// The current value of a form field.
    pub(crate) async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Ticks the box at `css` unless it is ticked already.
    pub(crate) async fn tick(&self, css: &str) {
        let checkbox = self.find(css).await;
        if !checkbox.is_selected().await.unwrap() {
            checkbox.click().await.unwrap();
        }
    }

    pub(crate) async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap();
    }

    /// Clicks a button or link that loads a new page, and waits until the new page is there
    /// (the old page's `<html>` is gone and the new one has loaded).
    pub(crate) async fn click_and_wait(&self, css: &str) {
        let target = self.find(css).await;
        self.navigate_by(target).await;
    }

    pub(crate) async fn navigate_by(&self, target: Element) {
        // A live preview that lands between the scroll and the click moves the button away
        // from under the pointer: wait until none is due.
        self.previews_settled().await;
        let deadline = Instant::now() + Duration::from_secs(10);
        let old = self.find("html").await;
        target.click().await.unwrap();
        while old.tag_name().await.is_ok() {
            assert!(Instant::now() < deadline, "the click did not load a page");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        while self
            .client
            .execute("return document.readyState", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(|s| s == "complete"))
            != Some(true)
        {
            assert!(Instant::now() < deadline, "the page did not finish loading");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until no live preview is due or on its way (static/editor.js marks its box
    /// `aria-busy` meanwhile).
    pub(crate) async fn previews_settled(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self
            .client
            .execute(
                "return document.querySelector('[aria-busy=true]') === null",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            != Some(true)
        {
            assert!(Instant::now() < deadline, "a live preview never settled");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Clicks the link whose text is exactly `text`, inside `within` (a CSS selector).
    pub(crate) async fn click_link(&self, within: &str, text: &str) {
        let links = self
            .client
            .find_all(Locator::Css(&format!("{within} a")))
            .await
            .unwrap();
        for link in links {
            if link.text().await.unwrap().trim() == text {
                self.navigate_by(link).await;
                return;
            }
        }
        panic!(
            "no link {text:?} in {within} on {}:\n{}",
            self.path().await,
            self.text().await
        );
    }

    pub(crate) async fn text(&self) -> String {
        self.find("body").await.text().await.unwrap()
    }

    pub(crate) async fn heading(&self) -> String {
        self.find("h1").await.text().await.unwrap()
    }

    pub(crate) async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.path().to_string())
            .unwrap_or_default()
    }

    pub(crate) async fn html_lang(&self) -> String {
        self.find("html")
            .await
            .attr("lang")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    pub(crate) async fn forget_sign_in(&self, app: &TestApp) {
        self.open(app, "/login").await;
        self.client.delete_all_cookies().await.unwrap();
    }

    /// Signs in on the sign-in page already open (keeping where it leads back to).
    pub(crate) async fn sign_in_here(&self, person: &Person) {
        self.fill("#email", &person.email).await;
        self.fill("#password", &person.password).await;
        self.click_and_wait("form[action='/login'] button[type=submit]")
            .await;
    }

    /// Signs in through the form, with the authenticator code when the account has one.
    pub(crate) async fn sign_in(&self, app: &TestApp, person: &Person) {
        self.forget_sign_in(app).await;
        self.open(app, "/login").await;
        self.fill("#email", &person.email).await;
        self.fill("#password", &person.password).await;
        self.click_and_wait("form[action='/login'] button[type=submit]")
            .await;
        if let Some(secret) = &person.totp_secret {
            // The current step was spent turning two-factor sign-in on.
            let code = totp::next_code(secret).unwrap();
            self.fill("#code", &code).await;
            self.click_and_wait("form[action='/login/code'] button[type=submit]")
                .await;
        }
        assert_ne!(
            self.path().await,
            "/login",
            "signed in: {}",
            self.text().await
        );
    }

    /// The errors the browser's console received since the last call (script errors,
    /// refused resources, failed loads), as chromedriver keeps them.
    pub(crate) async fn console_errors(&self) -> Vec<String> {
        let log = Extension {
            path: "se/log",
            body: r#"{"type":"browser"}"#.into(),
        };
        let entries = self.client.issue_cmd(log).await.unwrap();
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    pub(crate) async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = screenshots_dir();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Bytes this page cost the network: the document and every resource it loaded, as
    /// transferred (compressed). A resource served from the cache counts with its encoded
    /// size, so a page is measured as a first visit. Also returns any origin other than the
    /// page's own that was contacted.
    pub(crate) async fn transferred(&self) -> (u64, Vec<String>) {
        let measured = self
            .client
            .execute(
                r#"const own = location.origin;
                   const entries = performance.getEntriesByType('navigation')
                     .concat(performance.getEntriesByType('resource'));
                   let bytes = 0; const foreign = [];
                   for (const e of entries) {
                     bytes += Math.max(e.transferSize, e.encodedBodySize);
                     if (!e.name.startsWith(own)) foreign.push(e.name);
                   }
                   return {bytes, foreign};"#,
                vec![],
            )
            .await
            .unwrap();
        let bytes = measured["bytes"].as_f64().unwrap() as u64;
        let foreign = measured["foreign"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect();
        (bytes, foreign)
    }

    /// axe-core's serious and critical violations of WCAG 2.1 A/AA on the current page.
    pub(crate) async fn accessibility_problems(&self) -> Vec<Value> {
        self.client.execute(&axe_source(), vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, {runOnly: {type: 'tag',
                       values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                     .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                     .catch(e => done([{id: 'axe-error', help: String(e)}]));"#,
                vec![],
            )
            .await
            .unwrap();
        result.as_array().cloned().unwrap_or_default()
    }
}

/// A command of chromedriver beyond fantoccini's: `POST /session/{id}/<path>` with `body`
/// (the console's log, `se/log`; a permission, `permissions`).
#[derive(Debug)]
pub(crate) struct Extension {
    pub(crate) path: &'static str,
    pub(crate) body: String,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Extension {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.clone()))
    }
}

fn screenshots_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target/tmp has a parent")
        .join("screenshots")
}

fn axe_source() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} ({e}): run `npm ci --prefix tests/browser`, as .ci/run does",
            path.display()
        )
    })
}

/// The path and query of a link in a mail (mails use the configured public address, not the
/// test server's port).
pub(crate) fn local_path(link: &str) -> String {
    let url = url::Url::parse(link).unwrap();
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

pub(crate) async fn app_for_browser() -> TestApp {
    let sink = smtp_sink();
    spawn_app_with(json!({
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{}", sink.port)},
        "digest": {"scheduler": false},
    }))
    .await
}

/// Waits until `check` holds on a page reloaded every 100 ms (search catches up within a
/// second); fails after five.
pub(crate) async fn until_page(
    browser: &Browser,
    app: &TestApp,
    path: &str,
    check: impl Fn(&str) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        browser.open(app, path).await;
        let text = browser.text().await;
        if check(&text) {
            return;
        }
        assert!(Instant::now() < deadline, "{path} never showed it:\n{text}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const STORY: &str = "## Situation\n\nIn March 2023 our convoy of water trucks waited three days at the \
checkpoint. I negotiated with Major Ion Rusu, who commanded the post, and later with the \
deputy mayor Vasile Ceban.\n\n## Approach\n\nWe offered a shared inspection list and a fixed \
daily window for the trucks.\n\n## Outcome\n\nThe trucks crossed on the fourth day; the window \
still holds.";

#[tokio::test]
async fn an_invitation_becomes_a_published_case_a_member_finds_and_a_digest_she_can_leave() {
    let app = app_for_browser().await;
    let driver = Driver::start();
    let browser = driver.browser("en-GB,en").await;
    let admin = app.person(Role::Admin).await;
    let moderator = app.person(Role::Moderator).await;
    let member = app.person(Role::Member).await;
    let alumna_email = fresh_email("alumna");
    let title = "Water trucks through a checkpoint after three days of talks";

    // The admin invites an alumna from the invitations page.
    browser.sign_in(&app, &admin).await;
    browser.open(&app, "/invitations").await;
    browser.fill("#email", &alumna_email).await;
    browser.fill("#cohort", "Chisinau 2023").await;
    browser
        .click_and_wait("form[action='/invitations'] button[type=submit]")
        .await;
    assert!(
        browser.text().await.contains(&alumna_email),
        "the invitation is listed"
    );
    let invitation = wait_for_mails(&alumna_email, 1).await;
    let link = invitation[0].link("/invitations/accept");

    // She accepts it in a browser of her own: name, password, and she is signed in.
    browser.forget_sign_in(&app).await;
    browser.open(&app, &local_path(&link)).await;
    browser.screenshot("accept-invitation").await;
    browser.fill("#name", "Halyna").await;
    browser
        .fill("#password", "quiet river lantern harbour 77")
        .await;
    browser
        .click_and_wait("form[action='/invitations/accept'] button[type=submit]")
        .await;
    assert!(
        browser.text().await.contains("Welcome to Parley"),
        "{}",
        browser.text().await
    );

    // She writes a case study through the guided template and submits it.
    browser.open(&app, "/cases/new").await;
    browser.fill("#title", title).await;
    browser.click("#country option[value='MD']").await;
    browser
        .click("input[name=contexts][value=checkpoint_movement]")
        .await;
    browser
        .click("input[name=contexts][value=local_authorities]")
        .await;
    browser
        .click("input[name=counterparts][value=police_border_guard]")
        .await;
    browser.fill("#period_year", "2023").await;
    browser.click("input[name=outcome][value=partial]").await;
    browser
        .fill(
            "#lessons",
            "A fixed daily window is easier to agree than a permit.",
        )
        .await;
    browser.fill("#body_markdown", STORY).await;
    // The live preview shows the story rendered, as she types.
    browser.previews_settled().await;
    let preview = browser.find("#preview-box").await.html(true).await.unwrap();
    assert!(
        preview.contains("Outcome</h2>") && preview.contains("still holds"),
        "{preview}"
    );
    browser
        .fill("#sensitive_terms", "Ion Rusu\nVasile Ceban")
        .await;
    browser.screenshot("new-case-study").await;
    browser
        .click_and_wait("button[name=action][value=submit]")
        .await;
    let mine = browser.text().await;
    assert!(mine.contains(title), "{mine}");
    assert!(
        mine.contains("Waiting for review"),
        "her submission waits for a moderator: {mine}"
    );
    let case_id: i64 = browser
        .path()
        .await
        .trim_start_matches("/cases/")
        .parse()
        .expect("she is on her case's page");

    // Nobody but moderators can read it yet: the member's case list does not show it.
    browser.sign_in(&app, &member).await;
    browser.open(&app, "/cases").await;
    assert!(!browser.text().await.contains(title));

    // A moderator claims it, accepts the findings and publishes the anonymised text.
    browser.sign_in(&app, &moderator).await;
    browser.open(&app, "/moderation").await;
    // The queue names it neutrally: her words are read only on the review, which is logged.
    assert!(!browser.text().await.contains(title));
    browser
        .click_link("table", &format!("Case study no. {case_id}"))
        .await;
    browser
        .click_and_wait("form[action$='/claim'] button[type=submit]")
        .await;
    let review = browser.text().await;
    assert!(review.contains("Ion Rusu"), "the original shows the names");
    // Clicking a highlighted name in the original flips its row in the findings table.
    let rusu = browser.find("input[name=accept][aria-label*='Rusu']").await;
    let before = rusu.is_selected().await.unwrap();
    let mark = browser
        .client
        .find_all(Locator::Css(".original mark.finding"))
        .await
        .unwrap();
    let mut clicked = false;
    for m in mark {
        if m.text().await.unwrap().contains("Rusu") {
            m.click().await.unwrap();
            clicked = true;
            break;
        }
    }
    assert!(clicked, "Rusu is highlighted in the original");
    assert_ne!(
        rusu.is_selected().await.unwrap(),
        before,
        "the click toggles the finding"
    );
    for name in ["Rusu", "Ceban"] {
        browser
            .tick(&format!("input[name=accept][aria-label*='{name}']"))
            .await;
    }
    browser.screenshot("moderation-review").await;
    browser
        .click_and_wait("#findings-form button[type=submit]")
        .await;
    let anonymised = browser
        .find("#pub-body")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        !anonymised.contains("Rusu") && !anonymised.contains("Ceban"),
        "{anonymised}"
    );
    browser
        .click_and_wait("#publish-form button[type=submit]")
        .await;

    // A member finds it by country and context, and reads it without the names.
    browser.sign_in(&app, &member).await;
    until_page(&browser, &app, "/search?q=trucks", |t| t.contains(title)).await;
    browser.click_link("aside.facets", "Moldova").await;
    browser
        .click_link("aside.facets", "Checkpoints and movement")
        .await;
    let results = browser.text().await;
    assert!(results.contains(title), "{results}");
    assert!(
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("country"),
        "the filters stay in the address"
    );
    browser.screenshot("search").await;
    browser.click_link("ol.case-list", title).await;
    let page = browser.text().await;
    assert!(page.contains("fixed daily window"), "{page}");
    assert!(!page.contains("Rusu") && !page.contains("Ceban"), "{page}");
    assert!(!page.contains("Halyna"), "she appears under a pseudonym");
    browser.screenshot("case-page").await;

    // She follows Moldova in a daily digest…
    browser.open(&app, "/account/digest").await;
    browser.click("input[name=frequency][value=daily]").await;
    browser.click("#countries option[value='MD']").await;
    browser
        .click_and_wait("form[action='/account/digest'] button[type=submit]")
        .await;
    let id = member.id;
    let saved = app
        .state
        .run(move |conn, _| subscriptions::preferences(conn, id))
        .await
        .unwrap();
    assert_eq!(saved.frequency, Frequency::Daily);
    assert_eq!(saved.countries, vec!["MD".to_string()]);

    // …which arrives with the case, and its one-click unsubscribe works without signing in.
    app.run_daily().await;
    let digest = wait_for_mails(&member.email, 1).await;
    let digest = digest
        .iter()
        .find(|m| m.text.contains(title))
        .expect("the digest lists the new case");
    let unsubscribe = digest.link("/unsubscribe");
    browser.forget_sign_in(&app).await;
    browser.open(&app, &local_path(&unsubscribe)).await;
    browser.screenshot("unsubscribe").await;
    browser
        .click_and_wait("form[action^='/unsubscribe'] button")
        .await;
    assert!(
        browser
            .text()
            .await
            .contains(&Tr(Lang::En).t("unsubscribe-done")),
        "{}",
        browser.text().await
    );
    let after = app
        .state
        .run(move |conn, _| subscriptions::preferences(conn, id))
        .await
        .unwrap();
    assert_eq!(after.frequency, Frequency::Off);
    // Every page of the journey, from the invitation on: no script error, no refused resource.
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors on the way: {errors:?}");
}

#[tokio::test]
async fn the_interface_follows_the_browser_language_and_the_switch_in_the_footer() {
    let app = app_for_browser().await;
    let driver = Driver::start();
    let browser = driver.browser("uk-UA,uk").await;

    browser.open(&app, "/login").await;
    assert_eq!(browser.html_lang().await, "uk");
    assert_eq!(browser.heading().await, Tr(Lang::Uk).t("login-title"));
    assert!(
        browser
            .text()
            .await
            .contains(&Tr(Lang::Uk).t("field-password"))
    );

    for lang in [Lang::Pl, Lang::Ro, Lang::Ru, Lang::En] {
        browser
            .click(&format!("#lang-select option[value='{}']", lang.code()))
            .await;
        browser
            .click_and_wait("form.lang-form button[type=submit]")
            .await;
        assert_eq!(
            browser.path().await,
            "/login",
            "the switch stays on the page"
        );
        assert_eq!(browser.html_lang().await, lang.code());
        assert_eq!(browser.heading().await, Tr(lang).t("login-title"));
    }

    // The choice is remembered on the next pages, over what the browser asks for.
    browser.click("#lang-select option[value='ro']").await;
    browser
        .click_and_wait("form.lang-form button[type=submit]")
        .await;
    browser.open(&app, "/password-reset").await;
    assert_eq!(browser.html_lang().await, "ro");
    browser.screenshot("login-ro").await;
}

/// The pages members, moderators and admins use most, on the demo community.
const MAIN_PAGES: &[(&str, &str)] = &[
    ("home", "/"),
    ("cases", "/cases"),
    ("discussions", "/discussions"),
    ("search", "/search?q=checkpoint"),
    ("my-cases", "/my/cases"),
    ("new-case", "/cases/new"),
    ("account", "/account"),
    ("digest-settings", "/account/digest"),
    ("digests", "/digests"),
    ("moderation", "/moderation"),
    ("moderation-log", "/moderation/log"),
    ("moderation-flags", "/moderation/flags"),
    ("invitations", "/invitations"),
    ("admin-users", "/admin/users"),
    ("admin-digests", "/admin/digests"),
];

#[tokio::test]
async fn main_pages_are_accessible_light_and_never_call_another_site() {
    let app = app_for_browser().await;
    let accounts = parley::demo::seed(&app.state)
        .await
        .unwrap()
        .expect("a fresh database takes the demo");
    let admin = accounts.iter().find(|a| a.role == Role::Admin).unwrap();
    let admin = Person {
        id: 0,
        email: admin.email.clone(),
        name: admin.name.clone(),
        password: admin.password.clone(),
        totp_secret: admin.totp_secret.clone(),
    };
    let driver = Driver::start();
    let browser = driver.browser("en").await;

    // The check itself can fail: a field without a label and an image without a text are
    // found on a page made to have them.
    browser
        .client
        .goto("data:text/html,<html><body><img src='x.png'><input></body></html>")
        .await
        .unwrap();
    let found: Vec<String> = browser
        .accessibility_problems()
        .await
        .iter()
        .map(|p| p["id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        found.contains(&"image-alt".to_string()) && found.contains(&"label".to_string()),
        "{found:?}"
    );
    // …and so can the console's: a page whose script throws is reported.
    browser
        .client
        .goto("data:text/html,<html><body><script>undefinedFunction()</script></body></html>")
        .await
        .unwrap();
    let errors = browser.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("undefinedFunction")),
        "{errors:?}"
    );

    // Signed out first: the sign-in page is the one everybody sees.
    browser.open(&app, "/login").await;
    let mut pages: Vec<(String, String)> = vec![("login".into(), "/login".into())];
    let mut report = Vec::new();
    let mut failures = Vec::new();
    check_page(&browser, "login", &mut report, &mut failures).await;

    browser.sign_in(&app, &admin).await;
    let (published, pending) = app
        .state
        .run(|conn, _| {
            use diesel::prelude::*;
            use parley::db::schema::threads;
            let first = |status: &str, conn: &mut parley::db::DbConnection| {
                threads::table
                    .filter(threads::status.eq(status.to_string()))
                    .filter(threads::kind.eq("case_study"))
                    .select(threads::id)
                    .order(threads::id)
                    .first::<i64>(conn)
            };
            Ok((first("published", conn)?, first("pending", conn)?))
        })
        .await
        .unwrap();
    pages.extend(
        MAIN_PAGES
            .iter()
            .map(|(n, p)| (n.to_string(), p.to_string())),
    );
    pages.push(("case-page".into(), format!("/cases/{published}")));
    pages.push(("review".into(), format!("/moderation/cases/{pending}")));
    for (name, path) in pages.iter().skip(1) {
        browser.open(&app, path).await;
        assert_ne!(
            browser.path().await,
            "/login",
            "{path} needs no other sign-in"
        );
        check_page(&browser, name, &mut report, &mut failures).await;
    }
    eprintln!("transferred per page:\n{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

async fn check_page(
    browser: &Browser,
    name: &str,
    report: &mut Vec<String>,
    failures: &mut Vec<String>,
) {
    let (bytes, foreign) = browser.transferred().await;
    report.push(format!("  {name:<18} {:>6.1} KB", bytes as f64 / 1024.0));
    if bytes > PAGE_BUDGET_BYTES {
        failures.push(format!("{name}: {bytes} bytes transferred, over 50 KB"));
    }
    if !foreign.is_empty() {
        failures.push(format!("{name}: contacted other sites {foreign:?}"));
    }
    browser.screenshot(name).await;
    for error in browser.console_errors().await {
        failures.push(format!("{name}: console error: {error}"));
    }
    for problem in browser.accessibility_problems().await {
        failures.push(format!("{name}: {problem}"));
    }
}

/// The processes of a process group, read from /proc.
fn processes_in_group(group: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (name) state ppid pgrp …": the name may hold spaces, so read after its ")".
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map_or("", |(_, r)| r)
            .split_whitespace()
            .collect();
        if fields.first() != Some(&"Z") && fields.get(2).and_then(|g| g.parse().ok()) == Some(group)
        {
            found.push(pid);
        }
    }
    found
}

#[tokio::test]
async fn a_driver_dropped_with_its_session_open_leaves_no_chromium_running() {
    let driver = Driver::start();
    let browser = driver.browser("en").await;
    let group = driver.child.id();
    let running = processes_in_group(group);
    assert!(
        running.len() >= 2,
        "chromedriver and Chromium run: {running:?}"
    );
    // As a failing test does: the session is never closed.
    drop(driver);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !processes_in_group(group).is_empty() {
        assert!(
            Instant::now() < deadline,
            "left running: {:?}",
            processes_in_group(group)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(browser);
}

//! People for tests: accounts of each role (staff with two-factor sign-in on, as required),
//! their API tokens and signed-in browsers.

use std::sync::Arc;

use parley::accounts::sessions::{self, Client, IssuedTokens};
use parley::accounts::{Role, flows, totp, users};
use reqwest::cookie::Jar;

use crate::harness::{TestApp, random_suffix};

#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password: String,
    pub totp_secret: Option<String>,
}

pub fn fresh_email(prefix: &str) -> String {
    format!("{prefix}-{}@example.org", random_suffix())
}

impl TestApp {
    /// An active account; moderators and admins get two-factor sign-in, as they must.
    pub async fn person(&self, role: Role) -> Person {
        let mut person = self.person_without_2fa(role).await;
        if role.is_staff() {
            person.totp_secret = Some(self.enable_2fa(&person).await);
        }
        person
    }

    pub async fn person_without_2fa(&self, role: Role) -> Person {
        let email = fresh_email(role.as_str());
        let name = format!("Test {} {}", role.as_str(), random_suffix());
        let password = format!("lantern orchard velvet {}", random_suffix());
        let user = flows::create_account(&self.state, &email, &name, role, &password)
            .await
            .expect("the account is created");
        Person {
            id: user.id,
            email,
            name,
            password,
            totp_secret: None,
        }
    }

    /// Turns on two-factor sign-in the way the account page does; returns the secret.
    pub async fn enable_2fa(&self, person: &Person) -> String {
        let id = person.id;
        self.state
            .run(move |conn, kit| {
                let user = users::find_by_id(conn, id)?;
                let enrolment = totp::start_enrolment(&kit.signer, &user)?;
                let code = totp::current_code(&enrolment.secret)?;
                totp::enable(conn, &kit.signer, id, &enrolment.enrolment_token, &code)?;
                Ok(enrolment.secret)
            })
            .await
            .expect("two-factor sign-in turns on")
    }

    /// A new session for `person`, as if she had just signed in (no rate limits, no code).
    pub async fn session(&self, person: &Person, client: Client) -> IssuedTokens {
        let id = person.id;
        self.state
            .run(move |conn, kit| {
                let user = users::find_by_id(conn, id)?;
                sessions::start_session(
                    conn,
                    &kit.signer,
                    &kit.session_policy,
                    &user,
                    client,
                    "test",
                )
            })
            .await
            .expect("a session starts")
    }

    pub async fn token(&self, person: &Person) -> String {
        self.session(person, Client::Api).await.access_token
    }

    /// A browser (cookie jar, no redirects followed) signed in as `person`.
    pub async fn browser_for(&self, person: &Person) -> reqwest::Client {
        let tokens = self.session(person, Client::Web).await;
        self.browser_for_tokens(&tokens)
    }

    /// Her sessions run out while she is away (both tokens of each expire), as after a long
    /// pause on a shared phone.
    pub async fn expire_sessions(&self, user_id: i64) {
        use diesel::prelude::*;
        use parley::db::schema::{refresh_tokens, sessions};
        self.state
            .run(move |conn, _| {
                let past = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
                let hers = sessions::table
                    .filter(sessions::user_id.eq(user_id))
                    .select(sessions::id);
                diesel::update(
                    refresh_tokens::table.filter(refresh_tokens::session_id.eq_any(hers)),
                )
                .set(refresh_tokens::expires_at.eq(past))
                .execute(conn)?;
                diesel::update(sessions::table.filter(sessions::user_id.eq(user_id)))
                    .set(sessions::expires_at.eq(past))
                    .execute(conn)?;
                parley::accounts::sessions::sessions_changed();
                Ok(())
            })
            .await
            .unwrap();
    }

    /// Sets her interface language (`/api/v1/me`), as she would on her account page.
    pub async fn speaks(&self, person: &Person, locale: &str) {
        let token = self.token(person).await;
        let answer = self
            .client
            .patch(self.url("/api/v1/me"))
            .bearer_auth(&token)
            .json(&serde_json::json!({ "locale": locale }))
            .send()
            .await
            .unwrap();
        assert!(answer.status().is_success(), "{locale}");
    }

    /// A browser whose access cookie has expired (or was never valid) but whose refresh
    /// cookie still holds the session: the first request renews it on the way in.
    pub fn browser_with_stale_access(&self, tokens: &IssuedTokens) -> reqwest::Client {
        let jar = Arc::new(Jar::default());
        let url: reqwest::Url = self.address.parse().unwrap();
        jar.add_cookie_str("parley_access=expired.or.missing; Path=/", &url);
        jar.add_cookie_str(
            &format!("parley_refresh={}; Path=/", tokens.refresh_token),
            &url,
        );
        browser_with(jar)
    }

    /// A browser holding the cookies of this session.
    pub fn browser_for_tokens(&self, tokens: &IssuedTokens) -> reqwest::Client {
        let jar = Arc::new(Jar::default());
        let url: reqwest::Url = self.address.parse().unwrap();
        jar.add_cookie_str(
            &format!("parley_access={}; Path=/", tokens.access_token),
            &url,
        );
        jar.add_cookie_str(
            &format!("parley_refresh={}; Path=/", tokens.refresh_token),
            &url,
        );
        browser_with(jar)
    }

    /// The text of the page at `path`, as `browser` gets it.
    pub async fn page(&self, browser: &reqwest::Client, path: &str) -> String {
        browser
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// A browser that is not signed in.
    pub fn browser(&self) -> reqwest::Client {
        browser_with(Arc::new(Jar::default()))
    }

    /// Loads `path` in `browser` and returns the CSRF token of its forms (the page also sets
    /// the CSRF cookie).
    pub async fn csrf_token(&self, browser: &reqwest::Client, path: &str) -> String {
        let html = browser
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        form_value(&html, "csrf_token").expect("the page has a CSRF token")
    }

    /// Posts a form the way a browser does: with the CSRF token of a page it loaded first.
    pub async fn post_form(
        &self,
        browser: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.csrf_token(browser, "/login").await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &token));
        browser
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    pub async fn api_login(
        &self,
        email: &str,
        password: &str,
        code: Option<&str>,
    ) -> reqwest::Response {
        let mut body = serde_json::json!({"email": email, "password": password});
        if let Some(code) = code {
            body["totp"] = code.into();
        }
        self.client
            .post(self.url("/api/v1/auth/login"))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn get_as(&self, token: &str, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }
}

fn browser_with(jar: Arc<Jar>) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_provider(jar)
        .build()
        .unwrap()
}

/// The value of the first `<input name="NAME" value="…">` in a page.
pub fn form_value(html: &str, name: &str) -> Option<String> {
    form_values(html, name).into_iter().next()
}

/// Every value of a field named `name` (repeated hidden fields), in page order, unescaped.
pub fn form_values(html: &str, name: &str) -> Vec<String> {
    let marker = format!("name=\"{name}\" value=\"");
    html.split(&marker)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|v| {
            v.replace("&#43;", "+")
                .replace("&#38;", "&")
                .replace("&amp;", "&")
        })
        .collect()
}

/// The current TOTP code for a secret, as the person's phone would show it.
pub fn code_for(person: &Person) -> String {
    totp::current_code(person.totp_secret.as_ref().expect("has 2FA")).unwrap()
}

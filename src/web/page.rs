//! What every page has: the layout's context ([`Chrome`]: language, title, who is signed in,
//! the CSRF token for its forms, a notice after a redirect), form errors, and responses.

use actix_web::http::header;
use actix_web::web::Data;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use askama::Template;

use crate::accounts::Role;
use crate::accounts::sessions::Identity;
use crate::error::{AppError, FieldError};
use crate::i18n::{self, Lang, Tr};

pub const LANG_COOKIE: &str = "parley_lang";

/// The signed-in person, as the navigation shows her.
pub struct NavUser {
    pub name: String,
    pub role: Role,
    pub needs_2fa_setup: bool,
    /// Her unread notifications, as the header shows them: empty for none.
    pub unread: String,
}

/// The header's count of unread notifications: nothing for none, at most "99+".
pub fn unread_badge(unread: i64) -> String {
    match unread {
        ..=0 => String::new(),
        1..=99 => unread.to_string(),
        _ => "99+".to_string(),
    }
}

/// What the base layout needs on every page.
pub struct Chrome {
    pub tr: Tr,
    /// The page's own heading. The browser's title is "Parley" on every page: tabs and history
    /// never show a case title, a name or a query (docs/phone-safety.md).
    pub title: String,
    /// Cache-busting version of the static files.
    pub asset_version: String,
    pub user: Option<NavUser>,
    /// The CSRF token for this page's forms.
    pub csrf: String,
    /// This page's address, to come back to after changing language.
    pub here: String,
    /// A message confirming what the previous action did (`?notice=…`).
    pub notice: Option<String>,
    /// Where the quick exit leads (`safety.exit_url`), for `static/safety.js`.
    pub exit_url: String,
    /// On a device she marked as shared: minutes without activity before the page leaves by
    /// the quick exit (the server ends the session at the same time).
    pub idle_minutes: Option<i64>,
}

/// The reader's language: her account's, else the `parley_lang` cookie, else the browser's.
pub fn request_lang(req: &HttpRequest) -> Lang {
    if let Some(identity) = req.extensions().get::<Identity>() {
        return identity.locale;
    }
    if let Some(lang) = req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value())) {
        return lang;
    }
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or_default()
}

/// This request's path and query, as a page links back to itself.
pub fn address(req: &HttpRequest) -> String {
    match req.query_string() {
        "" => req.path().to_string(),
        q => format!("{}?{q}", req.path()),
    }
}

impl Chrome {
    /// The layout context of a page someone not yet signed in reaches from a message written in
    /// `lang` (an invitation): in that language, unless she chose one in the footer (the
    /// cookie), so that the page, its language menu and the mail agree.
    pub fn for_request_in(req: &HttpRequest, title_key: &str, lang: Lang) -> Chrome {
        let mut chrome = Chrome::for_request(req, title_key);
        let chosen = req.extensions().get::<Identity>().is_some()
            || req
                .cookie(LANG_COOKIE)
                .and_then(|c| Lang::parse(c.value()))
                .is_some();
        if !chosen {
            chrome.tr = crate::i18n::Tr(lang);
            chrome.title = chrome.tr.t(title_key);
        }
        chrome
    }

    /// The layout context for a page titled by translation key `title_key`.
    pub fn for_request(req: &HttpRequest, title_key: &str) -> Chrome {
        let tr = Tr(request_lang(req));
        let asset_version = req
            .app_data::<Data<super::assets::Assets>>()
            .map(|assets| assets.version().to_string())
            .unwrap_or_default();
        let user = req.extensions().get::<Identity>().map(|i| NavUser {
            name: i.name.clone(),
            role: i.role,
            needs_2fa_setup: i.needs_2fa_setup,
            unread: unread_badge(i.unread),
        });
        let notice = req
            .query_string()
            .split('&')
            .find_map(|pair| pair.strip_prefix("notice="))
            .map(|key| format!("notice-{key}"))
            .filter(|key| i18n::has_message(key))
            .map(|key| tr.t(&key));
        let here = address(req);
        let context = req.app_data::<Data<crate::context::Context>>();
        let exit_url = context
            .map(|c| c.settings.safety.exit_url.clone())
            .unwrap_or_default();
        let idle_minutes = req
            .extensions()
            .get::<Identity>()
            .and_then(|i| i.idle_minutes);
        Chrome {
            exit_url,
            idle_minutes,
            title: tr.t(title_key),
            tr,
            asset_version,
            user,
            csrf: super::csrf::form_token(req),
            here,
            notice,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.tr.t1(key, name, value)
    }

    pub fn t2(
        &self,
        key: &str,
        first: &str,
        first_value: impl std::fmt::Display,
        second: &str,
        second_value: impl std::fmt::Display,
    ) -> String {
        self.tr.t2(key, first, first_value, second, second_value)
    }

    pub fn count(&self, key: &str, count: impl std::borrow::Borrow<i64>) -> String {
        self.tr.count(key, *count.borrow())
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang().code()
    }

    pub fn languages(&self) -> [Lang; 5] {
        Lang::ALL
    }

    pub fn is_staff(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role.is_staff() && !u.needs_2fa_setup)
    }

    pub fn is_admin(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == Role::Admin && !u.needs_2fa_setup)
    }

    /// A moment for people, as HTML (templates write it with `|safe`): a `<time>` element whose
    /// text is in UTC, in the reader's language's usual order, and which `static/safety.js`
    /// rewrites in the time zone of her device ("5 Dec 2026, 14:03"). Only digits and month
    /// names go in: nothing to escape.
    pub fn date(&self, at: &chrono::NaiveDateTime) -> String {
        let text = match self.tr.lang() {
            Lang::En => at.format("%-d %b %Y, %H:%M UTC").to_string(),
            _ => at.format("%d.%m.%Y, %H:%M UTC").to_string(),
        };
        format!(
            "<time datetime=\"{}\">{text}</time>",
            at.format("%Y-%m-%dT%H:%M:%SZ")
        )
    }
}

/// Validation errors of a form, in the reader's language, by field.
#[derive(Default)]
pub struct FormErrors {
    fields: Vec<(String, String)>,
    general: Vec<String>,
}

impl FormErrors {
    pub fn none() -> Self {
        Self::default()
    }

    /// Errors to show on the form; `None` when `error` is not about the form's input (the
    /// caller then lets it reach the error page).
    pub fn from_error(error: &AppError, tr: Tr) -> Option<FormErrors> {
        match error {
            AppError::Invalid(fields) => Some(FormErrors {
                fields: fields
                    .iter()
                    .map(|f: &FieldError| (f.field.clone(), f.localized(tr)))
                    .collect(),
                general: Vec::new(),
            }),
            AppError::Conflict(_) => Some(FormErrors::general(super::error_page::in_her_language(
                error, tr,
            ))),
            _ => None,
        }
    }

    pub fn general(message: String) -> FormErrors {
        FormErrors {
            fields: Vec::new(),
            general: vec![message],
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Messages not tied to one field, and those about fields the form does not show.
    pub fn other(&self, shown: &[&str]) -> Vec<&str> {
        self.general
            .iter()
            .map(String::as_str)
            .chain(
                self.fields
                    .iter()
                    .filter(|(f, _)| !shown.contains(&f.as_str()))
                    .map(|(_, m)| m.as_str()),
            )
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_empty()
    }
}

/// Renders a page with status 200.
pub fn html(page: impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// Renders a page with another status (a form with errors: 422; a failed sign-in: 401).
pub fn html_status(
    status: actix_web::http::StatusCode,
    page: impl Template,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// 303 See Other: where a form sends the browser after doing its work.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// A `next` address is followed only if it stays on Parley, judged as a browser will read it:
/// the address is resolved by the WHATWG URL rules (which drop tabs and newlines anywhere and
/// read `\` as `/`, so `/%09/evil.example` or `/\tevil.example` cannot pass as a path), must
/// land on this site, and is handed back re-serialised (percent-encoded, no control
/// character that could break the `Location` header).
pub fn safe_next(next: Option<&str>) -> String {
    static BASE: std::sync::LazyLock<url::Url> = std::sync::LazyLock::new(|| {
        url::Url::parse("https://parley.invalid/").expect("a valid base address")
    });
    let Some(next) = next else {
        return "/".to_string();
    };
    // What a browser does before it parses: drop tabs and newlines, read backslashes as
    // slashes; then insist on one leading slash and not two.
    let seen: String = next
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| if c == '\\' { '/' } else { c })
        .collect();
    let seen = seen.trim_start_matches(|c: char| c.is_ascii_control() || c == ' ');
    if !seen.starts_with('/') || seen.starts_with("//") || seen.chars().any(char::is_control) {
        return "/".to_string();
    }
    match BASE.join(seen) {
        Ok(url) if url.origin() == BASE.origin() => {
            let path = &url[url::Position::BeforePath..];
            // A path that decodes to "//…" is still a path here, but keep it simple: refuse.
            if path.starts_with("//") || path.starts_with("/%2f") || path.starts_with("/%2F") {
                "/".to_string()
            } else {
                path.to_string()
            }
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_never_leaves_parley() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn next_is_read_as_a_browser_reads_it() {
        // What an outside review sent, decoded by the form parser before it gets here.
        for attack in [
            "/\t/evil.example/phish",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "\t//evil.example",
            " //evil.example",
            "/\\/evil.example",
            "\\/evil.example",
            "/\u{0}/evil.example",
            "/%2F/evil.example",
            "https:evil.example",
            "javascript:alert(1)",
        ] {
            let next = safe_next(Some(attack));
            assert!(
                next.starts_with('/') && !next.starts_with("//"),
                "{attack:?} gave {next:?}"
            );
            let resolved = url::Url::parse("https://parley.example/")
                .unwrap()
                .join(&next)
                .unwrap();
            assert_eq!(
                resolved.host_str(),
                Some("parley.example"),
                "{attack:?} gave {next:?}"
            );
            assert!(
                !next.chars().any(char::is_control),
                "{attack:?} gave {next:?}"
            );
        }
        assert_eq!(
            safe_next(Some("/cases?country=UA&year=")),
            "/cases?country=UA&year="
        );
        assert_eq!(
            safe_next(Some("/search?q=Харків")),
            "/search?q=%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2"
        );
    }
}

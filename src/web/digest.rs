//! Digest pages: her settings (`/account/digest`), "follow this search", the one-click
//! unsubscribe (`/unsubscribe`), the archive of her past digests (`/digests`), and the
//! admins' view of failed deliveries (`/admin/digests`).
//!
//! `/unsubscribe` is the one form that needs no session and no CSRF token: the signed,
//! purpose-bound token in its address is the authority (RFC 8058 one-click POSTs come from
//! mail clients without cookies). A GET only shows a confirmation button, because mail
//! scanners follow links.

use actix_web::http::StatusCode;
use actix_web::web::{Bytes, Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, FormErrors, html, html_status, see_other};
use super::sign_in::MessagePage;
use crate::cases::taxonomy::ContextKind;
use crate::context::Context;
use crate::digest::compose::{self, Digest};
use crate::digest::subscriptions::{self, Frequency, Preferences};
use crate::digest::{self, Delivery, UnsubscribeClaims};
use crate::error::AppError;
use crate::http::auth::{Admin, Member};
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "digest_settings.html", config = "src/web/askama.toml")]
struct SettingsPage {
    chrome: Chrome,
    prefs: Preferences,
    countries: Vec<(String, String)>,
    contexts: Vec<(String, String)>,
    errors: FormErrors,
}

impl SettingsPage {
    fn frequency_is(&self, f: &str) -> bool {
        self.prefs.frequency.as_str() == f
    }
    fn follows_country(&self, code: &str) -> bool {
        self.prefs.countries.iter().any(|c| c == code)
    }
    fn follows_context(&self, key: &str) -> bool {
        self.prefs.contexts.iter().any(|c| c == key)
    }
    /// The time zones to choose from: the community's four first, then UTC, then every other
    /// zone by name (and hers, whatever it is, so that the menu can show it).
    fn zones(&self) -> Vec<String> {
        const FIRST: [&str; 5] = [
            "Europe/Kyiv",
            "Europe/Chisinau",
            "Europe/Warsaw",
            "Europe/Bucharest",
            "UTC",
        ];
        let mut zones: Vec<String> = FIRST.iter().map(|z| z.to_string()).collect();
        let mut rest: Vec<String> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name().to_string())
            .filter(|z| z.contains('/') && !z.starts_with("Etc/") && !FIRST.contains(&z.as_str()))
            .collect();
        if !zones.contains(&self.prefs.time_zone) && !rest.contains(&self.prefs.time_zone) {
            rest.push(self.prefs.time_zone.clone());
        }
        rest.sort();
        zones.extend(rest);
        zones
    }

    fn weekdays(&self) -> Vec<(u8, String)> {
        (1..=7u8)
            .map(|i| (i, self.chrome.t(&format!("weekday-{i}"))))
            .collect()
    }
    fn tags_text(&self) -> String {
        self.prefs.tags.join(", ")
    }
    fn queries_text(&self) -> String {
        self.prefs.queries.join("\n")
    }
}

fn settings_page(req: &HttpRequest, prefs: Preferences, errors: FormErrors) -> SettingsPage {
    let chrome = Chrome::for_request(req, "digest-settings-title");
    let lang = chrome.tr.lang();
    let countries = super::cases::country_choices(lang);
    let contexts = ContextKind::ALL
        .iter()
        .map(|k| (k.key().to_string(), chrome.t(&k.label_key())))
        .collect();
    SettingsPage {
        chrome,
        prefs,
        countries,
        contexts,
        errors,
    }
}

#[get("/account/digest")]
async fn settings(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let id = member.0.user_id;
    let prefs = state
        .run(move |conn, _| subscriptions::preferences(conn, id))
        .await?;
    html(settings_page(&req, prefs, FormErrors::none()))
}

#[derive(Deserialize)]
struct SettingsForm {
    frequency: String,
    #[serde(default)]
    weekday: Option<u8>,
    #[serde(default)]
    hour: Option<u8>,
    #[serde(default)]
    time_zone: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    contexts: Vec<String>,
    #[serde(default)]
    tags: String,
    #[serde(default)]
    queries: String,
    #[serde(default)]
    own_replies: Option<String>,
}

#[post("/account/digest")]
async fn save_settings(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let form: SettingsForm = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::invalid("frequency", "the form could not be read"))?;
    let prefs = Preferences {
        frequency: Frequency::parse(&form.frequency).unwrap_or(Frequency::Off),
        weekday: form.weekday.unwrap_or(1),
        hour: form.hour.unwrap_or(7),
        time_zone: form.time_zone.unwrap_or_else(|| "UTC".into()),
        countries: form.countries,
        contexts: form.contexts,
        tags: form.tags.split(',').map(str::to_string).collect(),
        queries: form.queries.lines().map(str::to_string).collect(),
        own_replies: form.own_replies.is_some(),
    };
    let prefs = match prefs.clone().validated() {
        Ok(prefs) => prefs,
        Err(e) => {
            let tr = Tr(super::page::request_lang(&req));
            let errors = FormErrors::from_error(&e, tr).ok_or(e)?;
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                settings_page(&req, prefs, errors),
            );
        }
    };
    let id = member.0.user_id;
    state
        .run(move |conn, _| subscriptions::save(conn, id, &prefs))
        .await?;
    Ok(see_other("/account/digest?notice=digest-saved"))
}

#[derive(Deserialize)]
struct FollowForm {
    q: String,
}

/// "Follow this search": adds the search box's text to her saved searches.
#[post("/account/digest/follow")]
async fn follow_search(
    state: Data<Context>,
    member: Member,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let form: FollowForm = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::invalid("q", "the form could not be read"))?;
    let id = member.0.user_id;
    let q = form.q.trim().to_string();
    let back = format!(
        "/search?q={}&notice=search-followed",
        url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
    );
    state
        .run(move |conn, _| {
            let mut prefs = subscriptions::preferences(conn, id)?;
            if !q.is_empty() && !prefs.queries.contains(&q) {
                prefs.queries.push(q);
            }
            let prefs = prefs.validated()?;
            subscriptions::save(conn, id, &prefs)
        })
        .await?;
    Ok(see_other(&back))
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "unsubscribe.html", config = "src/web/askama.toml")]
struct UnsubscribePage {
    chrome: Chrome,
    token: String,
}

fn invalid_link(req: &HttpRequest) -> Result<HttpResponse, AppError> {
    html_status(
        StatusCode::BAD_REQUEST,
        MessagePage::new(req, "unsubscribe-title", &["unsubscribe-invalid"])
            .with_link("digest-settings-title", "/account/digest"),
    )
}

#[get("/unsubscribe")]
async fn unsubscribe_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    if state
        .auth
        .signer
        .verify::<UnsubscribeClaims>(crate::accounts::tokens::Purpose::Unsubscribe, &query.token)
        .is_err()
    {
        return invalid_link(&req);
    }
    html(UnsubscribePage {
        chrome: Chrome::for_request(&req, "unsubscribe-title"),
        token: query.token.clone(),
    })
}

/// RFC 8058 one-click unsubscribe (and the confirmation page's button).
#[post("/unsubscribe")]
async fn unsubscribe(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let Ok(claims) = state
        .auth
        .signer
        .verify::<UnsubscribeClaims>(crate::accounts::tokens::Purpose::Unsubscribe, &query.token)
    else {
        return invalid_link(&req);
    };
    let done = state
        .run(move |conn, _| subscriptions::unsubscribe(conn, claims.uid, claims.v))
        .await?;
    if !done {
        return invalid_link(&req);
    }
    html(MessagePage::new(
        &req,
        "unsubscribe-title",
        &["unsubscribe-done"],
    ))
}

#[derive(Template)]
#[template(path = "digests.html", config = "src/web/askama.toml")]
struct ArchivePage {
    chrome: Chrome,
    deliveries: Vec<Delivery>,
}

#[get("/digests")]
async fn archive(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let id = member.0.user_id;
    let deliveries = state.run(move |conn, _| digest::archive(conn, id)).await?;
    html(ArchivePage {
        chrome: Chrome::for_request(&req, "digests-title"),
        deliveries,
    })
}

#[derive(Template)]
#[template(path = "digest_page.html", config = "src/web/askama.toml")]
struct DigestPage {
    chrome: Chrome,
    delivery: Delivery,
    d: Digest,
}

/// One past digest, composed again from its window for what she may see now: a case hidden
/// since is not in it.
#[get("/digests/{id}")]
async fn archived(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (user_id, id) = (member.0.user_id, path.into_inner());
    let tr = Tr(super::page::request_lang(&req));
    let index = state.search.get().map(|s| s.index());
    let found = state
        .run(move |conn, _| {
            let Some(delivery) = digest::archived(conn, user_id, id)? else {
                return Ok(None);
            };
            let prefs = subscriptions::preferences(conn, user_id)?;
            let d = compose::collect(
                conn,
                None,
                index.as_deref(),
                user_id,
                &prefs,
                (delivery.window_start, delivery.window_end),
                tr,
                "",
            )?;
            Ok(Some((delivery, d)))
        })
        .await?;
    let Some((delivery, d)) = found else {
        return Err(AppError::NotFound);
    };
    // The subject as it would be now: the stored one counted what she could see then (a
    // cohort she has left since, a case hidden since).
    let frequency = crate::digest::subscriptions::Frequency::parse(&delivery.frequency)
        .unwrap_or(crate::digest::subscriptions::Frequency::Daily);
    let title = compose::subject(&d, frequency, tr);
    let mut chrome = Chrome::for_request(&req, "digests-title");
    chrome.title = title;
    html(DigestPage {
        chrome,
        delivery,
        d,
    })
}

#[derive(Template)]
#[template(path = "admin_digests.html", config = "src/web/askama.toml")]
struct AdminPage {
    chrome: Chrome,
    counts: Vec<(String, i64)>,
    failures: Vec<Delivery>,
}

/// Deliveries by state and the latest failures with the server's reason (no address, no
/// content).
#[get("/admin/digests")]
async fn admin_digests(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
) -> Result<HttpResponse, AppError> {
    let (counts, failures) = state
        .run(|conn, _| Ok((digest::state_counts(conn)?, digest::failures(conn, 100)?)))
        .await?;
    html(AdminPage {
        chrome: Chrome::for_request(&req, "admin-digests-title"),
        counts,
        failures,
    })
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(settings)
        .service(save_settings)
        .service(follow_search)
        .service(unsubscribe_page)
        .service(unsubscribe)
        .service(archive)
        .service(archived)
        .service(admin_digests);
}

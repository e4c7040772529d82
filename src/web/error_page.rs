//! Gives every error response its body: RFC 9457 problem details under `/api`, the friendly
//! HTML page elsewhere. Errors raised by actix itself (no route, wrong method, a static file
//! that is not there) are answered the same way as Parley's own.
//!
//! Internal errors are logged here, once, with their cause and the request id; the person sees
//! only a generic sentence and the id to quote.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;

use crate::error::{AppError, Problem};
use crate::web::Chrome;
use crate::web::request_log::RequestId;

#[derive(Template)]
#[template(path = "error.html", config = "src/web/askama.toml")]
struct ErrorPage {
    chrome: Chrome,
    status: u16,
    heading: String,
    detail: String,
    request_id: Option<String>,
}

pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    // No clone of the request may be held across `next.call`: the router needs it unshared.
    // Errors from handlers, extractors and file services arrive as responses carrying the
    // error; middleware inside this one answers with responses too, never `Err`.
    let response = next.call(req).await?.map_into_boxed_body();
    let http_req = response.request().clone();
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let carries_error = response.response().error().is_some();
    let empty_body = matches!(
        response.response().body().size(),
        actix_web::body::BodySize::None | actix_web::body::BodySize::Sized(0)
    );
    if !carries_error && !empty_body {
        // A route that wrote its own error body (e.g. /readyz's JSON) keeps it.
        return Ok(response);
    }
    let fallback;
    let app_error = match response
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
    {
        Some(e) => e,
        None => {
            fallback = error_for_status(status);
            &fallback
        }
    };
    let request_id = http_req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone());
    if let AppError::Internal(cause) = app_error {
        tracing::error!(
            request_id = request_id.as_deref().unwrap_or("-"),
            error = format!("{cause:#}"),
            "internal error"
        );
    }
    let is_api = http_req.path() == "/api" || http_req.path().starts_with("/api/");
    if !is_api && let Some(location) = sign_in_redirect(&http_req, app_error) {
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish();
        return Ok(ServiceResponse::new(http_req, redirect));
    }
    let body = if is_api {
        let problem = Problem::from_app_error(app_error, request_id);
        let json =
            serde_json::to_string(&problem).map_err(actix_web::error::ErrorInternalServerError)?;
        (HeaderValue::from_static("application/problem+json"), json)
    } else {
        (
            HeaderValue::from_static("text/html; charset=utf-8"),
            error_html(&http_req, status, app_error, request_id),
        )
    };
    let mut builder = HttpResponse::build(status);
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    let new_response = builder
        .insert_header((header::CONTENT_TYPE, body.0))
        .body(body.1);
    Ok(ServiceResponse::new(http_req, new_response))
}

/// A page that needs a session sends the browser to sign in (and back afterwards); staff who
/// must first turn on two-factor sign-in are sent to do that.
fn sign_in_redirect(req: &HttpRequest, error: &AppError) -> Option<String> {
    match error {
        AppError::Unauthorized => {
            let here = match req.query_string() {
                "" => req.path().to_string(),
                q => format!("{}?{q}", req.path()),
            };
            let back_to = if req.method() == actix_web::http::Method::GET {
                here
            } else {
                form_page_of(req.path(), req.query_string())
            };
            let next: String = url::form_urlencoded::byte_serialize(back_to.as_bytes()).collect();
            Some(format!("/login?next={next}"))
        }
        AppError::TwoFactorRequired => Some("/account/2fa".to_string()),
        _ => None,
    }
}

/// What went wrong, for a page: the server's own words are English (the API's problem details
/// carry them), so a reader of another language is told, in hers, what kind of thing went
/// wrong and what to do. A message with a translation key is always hers.
pub fn in_her_language(error: &AppError, tr: crate::i18n::Tr) -> String {
    if let AppError::Invalid(fields) = error
        && fields.iter().all(|f| f.key.is_some())
    {
        return fields
            .iter()
            .map(|f| f.localized(tr))
            .collect::<Vec<_>>()
            .join(" ");
    }
    if tr.lang() == crate::i18n::Lang::En {
        return error.public_detail();
    }
    if let Some(said) = error.said() {
        return said.localized(tr);
    }
    tr.t(match error {
        AppError::Forbidden(_) => "error-403-body",
        AppError::Conflict(_) => "error-409-body",
        AppError::Invalid(_) => "error-422-body",
        _ => "error-400-body",
    })
}

/// Where a form sent without a live session came from, to return her there after sign-in:
/// her text waits in the browser (`static/safety.js` keeps an encrypted draft) and comes back
/// into the form. Anything else goes to the start page.
fn form_page_of(path: &str, query: &str) -> String {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let id = |s: &str| s.parse::<i64>().ok();
    match parts.as_slice() {
        ["cases"] => {
            let kind = url::form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "kind")
                .map(|(_, v)| v.into_owned())
                .filter(|v| v.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            match kind {
                Some(kind) => format!("/cases/new?kind={kind}"),
                None => "/cases/new".to_string(),
            }
        }
        ["cases", n] if id(n).is_some() => format!("/cases/{n}/edit"),
        ["cases", n, "replies"] if id(n).is_some() => format!("/cases/{n}"),
        _ => "/".to_string(),
    }
}

/// Errors actix raised itself, described in Parley's words.
fn error_for_status(status: StatusCode) -> AppError {
    match status {
        StatusCode::NOT_FOUND => AppError::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => AppError::bad_request("refusal-method"),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge { limit: 0 },
        StatusCode::UNAUTHORIZED => AppError::Unauthorized,
        StatusCode::FORBIDDEN => AppError::forbidden("refusal-not-allowed"),
        StatusCode::SERVICE_UNAVAILABLE => {
            AppError::Unavailable("Parley is busy. Please try again shortly.".into())
        }
        s if s.is_client_error() => AppError::bad_request("refusal-not-understood"),
        _ => AppError::Internal(anyhow::anyhow!("unexpected status {status}")),
    }
}

fn error_html(
    req: &HttpRequest,
    status: StatusCode,
    error: &AppError,
    request_id: Option<String>,
) -> String {
    let (heading_key, detail_key) = match status {
        StatusCode::NOT_FOUND => ("error-404-title", Some("error-404-body")),
        StatusCode::UNAUTHORIZED => ("error-401-title", Some("error-401-body")),
        StatusCode::FORBIDDEN => ("error-403-title", None),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-413-title", Some("error-413-body")),
        StatusCode::TOO_MANY_REQUESTS => ("error-429-title", Some("error-429-body")),
        StatusCode::SERVICE_UNAVAILABLE => ("error-503-title", Some("error-503-body")),
        s if s.is_server_error() => ("error-500-title", Some("error-500-body")),
        StatusCode::CONFLICT => ("error-409-title", None),
        _ => ("error-400-title", None),
    };
    let chrome = Chrome::for_request(req, heading_key);
    let detail = match (error, detail_key) {
        (AppError::TwoFactorRequired, _) => chrome.t("error-2fa-required"),
        (_, Some(key)) => chrome.t(key),
        (_, None) => in_her_language(error, chrome.tr),
    };
    let heading = chrome.title.clone();
    let page = ErrorPage {
        chrome,
        status: status.as_u16(),
        heading: heading.clone(),
        detail,
        request_id: request_id.filter(|_| status.is_server_error()),
    };
    page.render()
        .unwrap_or_else(|_| format!("<!doctype html><title>Parley</title><h1>{heading}</h1>"))
}

//! Server-rendered HTML: the base layout every page fills, the pages themselves, and the shell
//! around them (security headers, request logs, error pages, body limits, static files).
//!
//! Handlers here parse, authorise, make one domain call and render. They must never query the
//! database themselves nor put anything in a page that a member may not see.

pub mod assets;
pub mod error_page;
pub mod headers;
pub mod limits;
pub mod request_log;

use actix_web::web::{Data, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;

use crate::app::AppState;
use crate::error::AppError;

/// What the base layout needs on every page.
pub struct Chrome {
    /// BCP 47 language of the page, for `<html lang>`.
    pub lang: String,
    /// The page's own title; the layout appends "· Parley".
    pub title: String,
    /// Cache-busting version of the static files.
    pub asset_version: String,
}

impl Chrome {
    pub fn for_request(req: &HttpRequest, title: impl Into<String>) -> Chrome {
        let asset_version = req
            .app_data::<Data<AppState>>()
            .map(|state| state.assets.version().to_string())
            .unwrap_or_default();
        Chrome {
            lang: "en".to_string(),
            title: title.into(),
            asset_version,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html", config = "src/web/askama.toml")]
struct HomePage {
    chrome: Chrome,
}

/// Renders a page, or an internal error if the template fails.
pub fn html(page: impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

#[get("/")]
async fn home(req: HttpRequest) -> Result<HttpResponse, AppError> {
    html(HomePage {
        chrome: Chrome::for_request(&req, "Welcome"),
    })
}

/// What any address without a route gets.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(home);
}

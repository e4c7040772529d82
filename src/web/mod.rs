//! Server-rendered HTML: the base layout every page fills, the pages themselves, and the shell
//! around them (security headers, request logs, error pages, body limits, static files).
//!
//! Handlers here parse, authorise, make one domain call and render. They must never query the
//! database themselves nor put anything in a page that a member may not see.

pub mod account;
pub mod admin;
pub mod assets;
pub mod cases;
pub mod csrf;
pub mod digest;
pub mod error_page;
pub mod headers;
pub mod limits;
pub mod metrics;
pub mod moderation;
pub mod page;
pub mod page_cache;
pub mod request_log;
pub mod search;
pub mod sign_in;
pub mod writing;

use actix_web::web::ServiceConfig;
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;

use crate::error::AppError;
pub use page::{Chrome, FormErrors, html, see_other};

#[derive(Template)]
#[template(path = "home.html", config = "src/web/askama.toml")]
struct HomePage {
    chrome: Chrome,
}

/// The start page: what Parley is, for someone not signed in; her way in, for a member.
#[get("/")]
async fn home(req: HttpRequest) -> Result<HttpResponse, AppError> {
    html(HomePage {
        chrome: Chrome::for_request(&req, "home-title"),
    })
}

/// What any address without a route gets.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(home);
    sign_in::configure(cfg);
    account::configure(cfg);
    admin::configure(cfg);
    cases::configure(cfg);
    moderation::configure(cfg);
    search::configure(cfg);
    digest::configure(cfg);
    cfg.service(metrics::metrics);
}

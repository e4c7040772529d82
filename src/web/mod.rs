//! Server-rendered HTML: the base layout every page fills, the pages themselves, and the shell
//! around them (security headers, request logs, error pages, body limits, static files).
//!
//! Handlers here parse, authorise, make one domain call and render. They must never query the
//! database themselves nor put anything in a page that a member may not see.

pub mod account;
pub mod admin;
pub mod assets;
pub mod cases;
pub mod cohorts;
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
pub mod safety;
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
    labels: cases::Labels,
    /// For a signed-in member: her start page.
    board: Option<crate::cases::store::Dashboard>,
    /// For moderators: (items waiting, items she claimed).
    queue: Option<(usize, usize)>,
}

/// The start page: what Parley is, for someone not signed in; her way in, for a member.
#[get("/")]
async fn home(
    req: HttpRequest,
    state: actix_web::web::Data<crate::context::Context>,
) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::for_request(&req, "home-title");
    let labels = cases::labels(&chrome);
    let identity = crate::http::auth::identity(&req).filter(|i| !i.needs_2fa_setup);
    let Some(identity) = identity else {
        return html(HomePage {
            chrome,
            labels,
            board: None,
            queue: None,
        });
    };
    let (user, session, staff) = (
        identity.user_id,
        identity.session_id,
        identity.role.is_staff(),
    );
    let reach = crate::cases::Reach::of(&identity);
    let (board, queue) = state
        .run(move |conn, kit| {
            let board = crate::cases::store::dashboard(conn, &kit.signer, user, session, &reach)?;
            let queue = if staff {
                let items = crate::moderation::queue::queue(conn, user)?;
                Some((
                    items.len(),
                    items.iter().filter(|i| i.claimed_by_me).count(),
                ))
            } else {
                None
            };
            Ok((board, queue))
        })
        .await?;
    html(HomePage {
        chrome,
        labels,
        board: Some(board),
        queue,
    })
}

/// What any address without a route gets.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(home);
    sign_in::configure(cfg);
    safety::configure(cfg);
    account::configure(cfg);
    admin::configure(cfg);
    cases::configure(cfg);
    cohorts::configure(cfg);
    moderation::configure(cfg);
    search::configure(cfg);
    digest::configure(cfg);
    cfg.service(metrics::metrics);
}

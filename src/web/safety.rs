//! A phone in the wrong hands (see `docs/phone-safety.md`): the quick exit, the page that says
//! what Parley keeps on her device, the shared-device idle clock and the key her drafts in this
//! browser are encrypted with. All of them answer with the session's cookies left alone, except
//! the exit, which forgets everything.

use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;

use super::page::html;
use super::sign_in::MessagePage;
use crate::accounts::sessions;
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{SignedIn, sign_out_cookies};

/// What sign-out and the quick exit ask the browser to forget: Parley's cookies, everything it
/// stored (drafts included) and its cache (the back/forward cache too).
pub const CLEAR_SITE_DATA: &str = "\"cache\", \"cookies\", \"storage\"";

#[derive(Template)]
#[template(path = "exit.html", config = "src/web/askama.toml")]
struct ExitPage {
    exit_url: String,
}

/// The quick exit: ends the session if there is one (a link, so a GET: the worst a forged one
/// can do is sign her out), tells the browser to forget Parley, and moves on to the neutral
/// page by a refresh, which replaces this entry in the history. Answers anyone.
#[get("/exit")]
async fn quick_exit(req: HttpRequest, state: Data<Context>) -> Result<HttpResponse, AppError> {
    if let Some(identity) = crate::http::auth::identity(&req) {
        let (user_id, session_id) = (identity.user_id, identity.session_id);
        // Whatever happens to the database, the browser still forgets and leaves.
        if let Err(error) = state
            .run(move |conn, _| sessions::sign_out(conn, user_id, session_id))
            .await
        {
            tracing::warn!(%error, "quick exit: the session could not be ended");
        }
    }
    let body = ExitPage {
        exit_url: state.settings.safety.exit_url.clone(),
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    let mut response = HttpResponse::Ok();
    response
        .content_type("text/html; charset=utf-8")
        .insert_header(("Clear-Site-Data", CLEAR_SITE_DATA));
    sign_out_cookies(&mut response, &state);
    Ok(response.body(body))
}

/// What Parley keeps on her phone, and what the quick exit does and does not do: for anyone,
/// signed in or not, in her language.
#[get("/safety")]
async fn safety_page(req: HttpRequest) -> Result<HttpResponse, AppError> {
    html(MessagePage::new(
        &req,
        "safety-title",
        &[
            "safety-p1",
            "safety-p2",
            "safety-p3",
            "safety-p4",
            "safety-p5",
        ],
    ))
}

/// Activity on a page of a shared device (`static/safety.js` calls this at most once a
/// minute while she reads or types): keeps the session's idle clock from running out.
#[get("/alive")]
async fn alive(_user: SignedIn) -> HttpResponse {
    HttpResponse::NoContent().finish()
}

/// The key her drafts kept in this browser are encrypted with (`static/safety.js`). Only her
/// own pages can read it (same origin, no CORS); it changes at every sign-out.
#[get("/draft-key")]
async fn draft_key(user: SignedIn, state: Data<Context>) -> Result<HttpResponse, AppError> {
    let user_id = user.0.user_id;
    let key = state
        .run(move |conn, kit| sessions::draft_key(conn, &kit.signer, user_id))
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "key": key })))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(quick_exit)
        .service(safety_page)
        .service(alive)
        .service(draft_key);
}

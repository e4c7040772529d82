//! Moderators' decisions over JSON (API.md): publish the anonymised version, request changes,
//! reject; hide, lock; decide held replies.

use actix_web::web::{Data, Json, Path};
use actix_web::{HttpResponse, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::cases::lifecycle::{Action, ThreadStatus};
use crate::error::AppError;
use crate::moderation::decisions::{self, Publication, Retention};
use crate::web::auth::Moderator;

#[derive(Serialize, ToSchema)]
pub struct Decided {
    pub id: i64,
    pub status: ThreadStatus,
}

pub fn retention(state: &AppState) -> Retention {
    Retention {
        days_after_publish: state.settings.retention.original_after_publish_days,
    }
}

/// Publishes this anonymised version of the pending submission. The original is purged per
/// `retention.original_after_publish_days`.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/publish", tag = "moderation", security(("bearer" = [])),
    request_body = Publication,
    responses((status = 200, body = Decided), (status = 404, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
#[post("/api/v1/moderation/cases/{id}/publish")]
async fn publish(
    state: Data<AppState>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Publication>,
) -> Result<Json<Decided>, AppError> {
    let id = path.into_inner();
    let (moderator_id, retention) = (moderator.0.user_id, retention(&state));
    let publication = body.into_inner();
    let status = state
        .run(move |conn, _| decisions::publish(conn, moderator_id, id, &publication, retention))
        .await?;
    Ok(Json(Decided { id, status }))
}

#[derive(Deserialize, ToSchema)]
pub struct Reason {
    pub reason: String,
}

/// Sends the submission back to its author with a reason.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/request-changes", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 200, body = Decided), (status = 409, body = crate::error::Problem)))]
#[post("/api/v1/moderation/cases/{id}/request-changes")]
async fn request_changes(
    state: Data<AppState>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<Json<Decided>, AppError> {
    let id = path.into_inner();
    let moderator_id = moderator.0.user_id;
    let reason = body.into_inner().reason;
    let status = state
        .run(move |conn, _| decisions::request_changes(conn, moderator_id, id, &reason))
        .await?;
    Ok(Json(Decided { id, status }))
}

/// Rejects the submission, with a reason.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/reject", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 200, body = Decided), (status = 409, body = crate::error::Problem)))]
#[post("/api/v1/moderation/cases/{id}/reject")]
async fn reject(
    state: Data<AppState>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<Json<Decided>, AppError> {
    let id = path.into_inner();
    let moderator_id = moderator.0.user_id;
    let reason = body.into_inner().reason;
    let status = state
        .run(move |conn, _| decisions::reject(conn, moderator_id, id, &reason))
        .await?;
    Ok(Json(Decided { id, status }))
}

/// Hides, shows again, locks or unlocks a published thread (`hide`, `unhide`, `lock`,
/// `unlock`).
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/{action}", tag = "moderation", security(("bearer" = [])),
    responses((status = 200, body = Decided), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[post("/api/v1/moderation/cases/{id}/{action}")]
async fn visibility(
    state: Data<AppState>,
    _moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<Json<Decided>, AppError> {
    let (id, action) = path.into_inner();
    let action = match action.as_str() {
        "hide" => Action::Hide,
        "unhide" => Action::Unhide,
        "lock" => Action::Lock,
        "unlock" => Action::Unlock,
        _ => return Err(AppError::NotFound),
    };
    let status = state
        .run(move |conn, _| decisions::set_visibility(conn, id, action))
        .await?;
    Ok(Json(Decided { id, status }))
}

#[derive(Deserialize, ToSchema)]
pub struct ReplyPublication {
    /// The reply as members will read it (anonymised where needed).
    pub body_markdown: String,
}

/// Publishes a held reply in these (anonymised) words.
#[utoipa::path(post, path = "/api/v1/moderation/replies/{id}/publish", tag = "moderation", security(("bearer" = [])),
    request_body = ReplyPublication, responses((status = 204), (status = 404, body = crate::error::Problem)))]
#[post("/api/v1/moderation/replies/{id}/publish")]
async fn publish_reply(
    state: Data<AppState>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<ReplyPublication>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let moderator_id = moderator.0.user_id;
    let text = body.into_inner().body_markdown;
    state
        .run(move |conn, _| decisions::publish_reply(conn, moderator_id, id, &text))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Rejects a held reply, with a reason; its text is deleted.
#[utoipa::path(post, path = "/api/v1/moderation/replies/{id}/reject", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 204), (status = 404, body = crate::error::Problem)))]
#[post("/api/v1/moderation/replies/{id}/reject")]
async fn reject_reply(
    state: Data<AppState>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let moderator_id = moderator.0.user_id;
    let reason = body.into_inner().reason;
    state
        .run(move |conn, _| decisions::reject_reply(conn, moderator_id, id, &reason))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(publish)
        .service(request_changes)
        .service(reject)
        .service(publish_reply)
        .service(reject_reply)
        .service(visibility);
}

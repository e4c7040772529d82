//! Moderation over JSON (API.md): the queue and claims, the review of an original with its
//! findings, the detector (`scan`) and a redaction preview, the decisions, held replies,
//! flags and the moderation log. Moderators and admins only — except flagging, which any
//! member does, and a thread's decision log, which its author reads too.

use actix_web::web::{Data, Json, Path, Query};
use actix_web::{HttpResponse, get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::cases::lifecycle::Action;
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Member, Moderator};
use crate::moderation::decisions::{self, Publication, PublishOutcome};
use crate::moderation::detector::{Finding, ScanOptions, scan};
use crate::moderation::flags::{self, FlagReason, FlagView, Flagged};
use crate::moderation::log::{self, LogEntry};
use crate::moderation::queue::{self, ItemKind, QueueItem};
use crate::moderation::redact::{self, Accepted, Replacement, Surroundings, Texts};
use crate::moderation::review::{self, CaseReview, ReplyReview};
use crate::moderation::workflow::{self, Decided, Decision};

/// Everything waiting for a moderator, oldest first.
#[utoipa::path(get, path = "/api/v1/moderation/queue", tag = "moderation", security(("bearer" = [])),
    responses((status = 200, body = Vec<QueueItem>)))]
#[get("/moderation/queue")]
async fn list_queue(
    state: Data<Context>,
    moderator: Moderator,
) -> Result<Json<Vec<QueueItem>>, AppError> {
    let id = moderator.0.user_id;
    Ok(Json(
        state.run(move |conn, _| queue::queue(conn, id)).await?,
    ))
}

/// The original of a thread's pending submission with every finding, and the terms its
/// author declared. The read is logged.
#[utoipa::path(get, path = "/api/v1/moderation/cases/{id}", tag = "moderation", security(("bearer" = [])),
    responses((status = 200, body = CaseReview), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[get("/moderation/cases/{id}")]
async fn review_case(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
) -> Result<Json<CaseReview>, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    Ok(Json(
        state
            .run(move |conn, kit| review::review_case(conn, review::deny_key(&kit.signer), me, id))
            .await?,
    ))
}

async fn claim_or_release(
    state: &Context,
    me: i64,
    kind: ItemKind,
    id: i64,
    release: bool,
) -> Result<HttpResponse, AppError> {
    state
        .run(move |conn, _| {
            let (item, thread) = match kind {
                ItemKind::Revision => (queue::pending_revision(conn, id)?, id),
                ItemKind::Reply => {
                    use diesel::prelude::*;
                    let thread: i64 = crate::db::schema::replies::table
                        .find(id)
                        .select(crate::db::schema::replies::thread_id)
                        .first(conn)
                        .optional()?
                        .ok_or(AppError::NotFound)?;
                    (id, thread)
                }
            };
            if release {
                queue::release(conn, me, kind, item, thread)
            } else {
                queue::claim(conn, me, kind, item, thread)
            }
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Claims a case for review (409 when another moderator holds it), or releases it.
#[utoipa::path(post, path = "/api/v1/moderation/{item}/{id}/{claim}", tag = "moderation", security(("bearer" = [])),
    params(("item" = String, Path, description = "cases or replies"), ("id" = i64, Path), ("claim" = String, Path, description = "claim or release")),
    responses((status = 204), (status = 409, body = crate::error::Problem)))]
#[post("/moderation/{item}/{id}/{claim:claim|release}")]
async fn claim(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(String, i64, String)>,
) -> Result<HttpResponse, AppError> {
    let (item, id, verb) = path.into_inner();
    let kind = match item.as_str() {
        "cases" => ItemKind::Revision,
        "replies" => ItemKind::Reply,
        _ => return Err(AppError::NotFound),
    };
    claim_or_release(&state, moderator.0.user_id, kind, id, verb == "release").await
}

#[derive(Deserialize, ToSchema)]
pub struct RedactRequest {
    pub accepted: Vec<Accepted>,
}

#[derive(Serialize, ToSchema)]
pub struct RedactPreview {
    #[serde(flatten)]
    pub texts: Texts,
    /// The author's tags that no accepted term touches: what to send as `tags` on publish
    /// (tags are published only as the moderator names them).
    pub tags: Vec<String>,
    pub replacements: Vec<Replacement>,
}

/// Applies accepted findings to the original and returns the result, without saving: the
/// preview before publishing.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/redact", tag = "moderation", security(("bearer" = [])),
    request_body = RedactRequest, responses((status = 200, body = RedactPreview),
              (status = 409, description = "Nothing of this thread is waiting for review", body = crate::error::Problem)))]
#[post("/moderation/cases/{id}/redact")]
async fn redact_case(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<RedactRequest>,
) -> Result<Json<RedactPreview>, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let review = state
        .run(move |conn, kit| review::review_case(conn, review::deny_key(&kit.signer), me, id))
        .await?;
    let texts = Texts {
        title: review.title,
        lessons: review.lessons,
        body_markdown: review.body_markdown,
    };
    let context = Surroundings::of(&texts.body_markdown, None, review.region.as_deref());
    let (texts, replacements) = redact::redact(&texts, &body.accepted, &context);
    Ok(Json(RedactPreview {
        texts,
        tags: redact::surviving_tags(&review.tags, &body.accepted),
        replacements,
    }))
}

/// Publishes this anonymised version of the pending submission. The original is purged per
/// `retention.original_after_publish_days`. In four-eyes mode the first call records an
/// approval and a second moderator's identical call publishes.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/publish", tag = "moderation", security(("bearer" = [])),
    request_body = Publication,
    responses((status = 200, body = Decided), (status = 404, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
#[post("/moderation/cases/{id}/publish")]
async fn publish(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Publication>,
) -> Result<Json<Decided>, AppError> {
    let id = path.into_inner();
    Ok(Json(
        workflow::decide(
            &state,
            &moderator.0,
            id,
            Decision::Publish(body.into_inner()),
        )
        .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct Reason {
    pub reason: String,
}

/// Sends the submission back to its author with a reason (in the app and by mail).
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/request-changes", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 200, body = Decided), (status = 409, body = crate::error::Problem)))]
#[post("/moderation/cases/{id}/request-changes")]
async fn request_changes(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<Json<Decided>, AppError> {
    Ok(Json(
        workflow::decide(
            &state,
            &moderator.0,
            path.into_inner(),
            Decision::RequestChanges(body.into_inner().reason),
        )
        .await?,
    ))
}

/// Rejects the submission, with a reason (in the app and by mail).
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/reject", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 200, body = Decided), (status = 409, body = crate::error::Problem)))]
#[post("/moderation/cases/{id}/reject")]
async fn reject(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<Json<Decided>, AppError> {
    Ok(Json(
        workflow::decide(
            &state,
            &moderator.0,
            path.into_inner(),
            Decision::Reject(body.into_inner().reason),
        )
        .await?,
    ))
}

/// Hides, shows again, locks or unlocks a published thread.
#[utoipa::path(post, path = "/api/v1/moderation/cases/{id}/{action}", tag = "moderation", security(("bearer" = [])),
    params(("id" = i64, Path), ("action" = String, Path, description = "hide, unhide, lock or unlock")),
    responses((status = 200, body = Decided), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[post("/moderation/cases/{id}/{action:hide|unhide|lock|unlock}")]
async fn visibility(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<Json<Decided>, AppError> {
    let (id, action) = path.into_inner();
    let action = match action.as_str() {
        "hide" => Action::Hide,
        "unhide" => Action::Unhide,
        "lock" => Action::Lock,
        _ => Action::Unlock,
    };
    let me = moderator.0.user_id;
    let status = state
        .run(move |conn, _| decisions::set_visibility(conn, me, id, action))
        .await?;
    Ok(Json(Decided {
        id,
        status: status.as_str().to_string(),
        outcome: PublishOutcome::Published,
    }))
}

/// A held reply with its findings. The read is logged.
#[utoipa::path(get, path = "/api/v1/moderation/replies/{id}", tag = "moderation", security(("bearer" = [])),
    responses((status = 200, body = ReplyReview), (status = 404, body = crate::error::Problem),
              (status = 409, description = "The reply is not waiting for review", body = crate::error::Problem)))]
#[get("/moderation/replies/{id}")]
async fn review_reply(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
) -> Result<Json<ReplyReview>, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    Ok(Json(
        state
            .run(move |conn, kit| review::review_reply(conn, review::deny_key(&kit.signer), me, id))
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct ReplyPublication {
    /// The reply as members will read it (anonymised where needed).
    pub body_markdown: String,
}

/// Publishes a held reply in these (anonymised) words.
#[utoipa::path(post, path = "/api/v1/moderation/replies/{id}/publish", tag = "moderation", security(("bearer" = [])),
    request_body = ReplyPublication, responses((status = 204), (status = 404, body = crate::error::Problem),
              (status = 409, description = "Decided meanwhile, or claimed by another moderator", body = crate::error::Problem)))]
#[post("/moderation/replies/{id}/publish")]
async fn publish_reply(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<ReplyPublication>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let text = body.into_inner().body_markdown;
    state
        .run(move |conn, _| decisions::publish_reply(conn, me, id, &text))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Rejects a held reply, with a reason; its text is deleted.
#[utoipa::path(post, path = "/api/v1/moderation/replies/{id}/reject", tag = "moderation", security(("bearer" = [])),
    request_body = Reason, responses((status = 204), (status = 404, body = crate::error::Problem),
              (status = 409, description = "Decided meanwhile, or claimed by another moderator", body = crate::error::Problem)))]
#[post("/moderation/replies/{id}/reject")]
async fn reject_reply(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Json<Reason>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let reason = body.into_inner().reason;
    state
        .run(move |conn, _| decisions::reject_reply(conn, me, id, &reason))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct ScanRequest {
    pub text: String,
    /// A hint only: every language is scanned for.
    pub lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ScanResponse {
    pub findings: Vec<Finding>,
}

/// Runs the anonymisation detector on a text (with the community deny-list).
#[utoipa::path(post, path = "/api/v1/moderation/scan", tag = "moderation", security(("bearer" = [])),
    request_body = ScanRequest, responses((status = 200, body = ScanResponse)))]
#[post("/moderation/scan")]
async fn scan_text(
    state: Data<Context>,
    _moderator: Moderator,
    body: Json<ScanRequest>,
) -> Result<Json<ScanResponse>, AppError> {
    let ScanRequest { text, lang } = body.into_inner();
    if lang
        .as_deref()
        .is_some_and(|l| crate::i18n::Lang::parse(l).is_none())
    {
        return Err(AppError::invalid(
            "lang",
            "Use en, uk, ru, pl or ro (or leave it out).",
        ));
    }
    let findings = state
        .run(move |conn, kit| {
            let options: ScanOptions =
                review::scan_options(conn, review::deny_key(&kit.signer), Vec::new())?;
            Ok(scan(&text, &options))
        })
        .await?;
    Ok(Json(ScanResponse { findings }))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct LogQuery {
    /// Entries older than this id (the last id of the previous page).
    pub before: Option<i64>,
}

/// The moderation log, newest first (100 a page).
#[utoipa::path(get, path = "/api/v1/moderation/log", tag = "moderation", security(("bearer" = [])), params(LogQuery),
    responses((status = 200, body = Vec<LogEntry>)))]
#[get("/moderation/log")]
async fn moderation_log(
    state: Data<Context>,
    _moderator: Moderator,
    query: Query<LogQuery>,
) -> Result<Json<Vec<LogEntry>>, AppError> {
    let before = query.before;
    Ok(Json(
        state
            .run(move |conn, _| log::recent(conn, 100, before))
            .await?,
    ))
}

/// Open flags, oldest first.
#[utoipa::path(get, path = "/api/v1/moderation/flags", tag = "moderation", security(("bearer" = [])),
    responses((status = 200, body = Vec<FlagView>)))]
#[get("/moderation/flags")]
async fn list_flags(
    state: Data<Context>,
    _moderator: Moderator,
) -> Result<Json<Vec<FlagView>>, AppError> {
    Ok(Json(state.run(|conn, _| flags::open_flags(conn)).await?))
}

/// Closes a flag as resolved (acted on) or dismissed.
#[utoipa::path(post, path = "/api/v1/moderation/flags/{id}/{outcome}", tag = "moderation", security(("bearer" = [])),
    params(("id" = i64, Path), ("outcome" = String, Path, description = "resolve or dismiss")),
    responses((status = 204), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[post("/moderation/flags/{id}/{outcome:resolve|dismiss}")]
async fn close_flag(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, outcome) = path.into_inner();
    let me = moderator.0.user_id;
    state
        .run(move |conn, _| flags::close(conn, me, id, outcome == "dismiss"))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct FlagRequest {
    pub reason: FlagReason,
    #[serde(default)]
    pub note: String,
    /// To flag one reply of the thread rather than the thread.
    pub reply_id: Option<i64>,
}

/// Reports a published post to the moderators. The report copies none of its text.
#[utoipa::path(post, path = "/api/v1/cases/{id}/flags", tag = "cases", security(("bearer" = [])),
    request_body = FlagRequest, responses((status = 201, body = Flagged), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[post("/cases/{id}/flags")]
async fn flag_case(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    body: Json<FlagRequest>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), member.0.user_id);
    let threshold = state.settings.moderation.flag_threshold;
    let FlagRequest {
        reason,
        note,
        reply_id,
    } = body.into_inner();
    let flagged = state
        .run(move |conn, _| flags::flag(conn, me, id, reply_id, reason, &note, threshold))
        .await?;
    Ok(HttpResponse::Created().json(flagged))
}

/// The moderators' decisions on a thread: for its author ("moderators", no names) and for
/// moderators (everything, with names). Anyone else: 404.
#[utoipa::path(get, path = "/api/v1/cases/{id}/log", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = Vec<LogEntry>), (status = 404, body = crate::error::Problem)))]
#[get("/cases/{id}/log")]
async fn thread_log(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<Json<Vec<LogEntry>>, AppError> {
    let (id, viewer) = (path.into_inner(), member.0);
    Ok(Json(
        state
            .run(move |conn, _| {
                use diesel::prelude::*;
                let author: Option<Option<i64>> = crate::db::schema::threads::table
                    .find(id)
                    .select(crate::db::schema::threads::author_id)
                    .first(conn)
                    .optional()?;
                let moderator = viewer.role.is_staff();
                match author {
                    Some(author) if moderator || author == Some(viewer.user_id) => {
                        log::decisions_on(conn, id, moderator, viewer.user_id)
                    }
                    _ => Err(AppError::NotFound),
                }
            })
            .await?,
    ))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(list_queue)
        .service(review_case)
        .service(redact_case)
        .service(publish)
        .service(request_changes)
        .service(reject)
        .service(visibility)
        .service(review_reply)
        .service(publish_reply)
        .service(reject_reply)
        .service(claim)
        .service(scan_text)
        .service(moderation_log)
        .service(list_flags)
        .service(close_flag)
        .service(flag_case)
        .service(thread_log);
}

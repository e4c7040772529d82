//! Case studies and discussions over JSON: the same `cases::store` calls as the pages.

use actix_web::web::{Data, Json, Path, Query};
use actix_web::{HttpResponse, delete, get, patch, post, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::cases::input::{CaseInput, Strictness};
use crate::cases::lifecycle::ThreadStatus;
use crate::cases::store::{self, ListQuery};
use crate::cases::views::{CaseSummary, CaseView, MyThread, Page, RevisionInfo};
use crate::cases::{ThreadKind, markdown};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::Member;

/// A new case study: `draft: true` keeps it as a draft; otherwise it goes to the moderators.
#[derive(Deserialize, ToSchema)]
pub struct NewCase {
    #[serde(flatten)]
    pub input: CaseInput,
    /// `case_study` (default) or `discussion`.
    pub kind: Option<ThreadKind>,
    #[serde(default)]
    pub draft: bool,
    /// `all` (default) or `cohort:<id>`, one of her cohorts: then only its members and the
    /// moderators can see the thread.
    #[serde(default)]
    pub audience: crate::cases::ThreadAudience,
    /// A cohort's discussion asking for advice by this day (`YYYY-MM-DD`): shown first in the
    /// cohort's space until then.
    #[schema(value_type = Option<String>, format = Date)]
    pub advice_by: Option<chrono::NaiveDate>,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
    pub status: ThreadStatus,
}

/// Writes a case study (or, with `kind: "discussion"`, a discussion). It is visible to no one
/// but its author and moderators until a moderator publishes its anonymised version.
#[utoipa::path(post, path = "/api/v1/cases", tag = "cases", security(("bearer" = [])), request_body = NewCase,
    responses((status = 201, body = Created), (status = 413, body = crate::error::Problem),
              (status = 422, body = crate::error::Problem)))]
#[post("/cases")]
async fn create_case(
    state: Data<Context>,
    member: Member,
    body: Json<NewCase>,
) -> Result<HttpResponse, AppError> {
    let NewCase {
        input,
        kind,
        draft,
        audience,
        advice_by,
    } = body.into_inner();
    let placement = store::Placement {
        audience,
        advice_by,
    };
    let kind = kind.unwrap_or(ThreadKind::CaseStudy);
    let strictness = if draft {
        Strictness::Draft
    } else {
        Strictness::Submission
    };
    let content = input.validate(kind, strictness)?;
    let author = member.0.user_id;
    state.limiter.hit(
        &crate::accounts::rate_limit::submissions_per_account(
            state.settings.moderation.submissions_per_hour,
        ),
        &author.to_string(),
    )?;
    let (id, status) = state
        .run(move |conn, _| store::create_thread(conn, author, kind, &content, placement, !draft))
        .await?;
    Ok(HttpResponse::Created().json(Created { id, status }))
}

/// Published case studies and discussions, newest first. `cursor` comes from the previous
/// page's `next_cursor`.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<CaseSummary>), (status = 422, body = crate::error::Problem)))]
#[get("/cases")]
async fn list_cases(
    state: Data<Context>,
    member: Member,
    query: Query<ListQuery>,
) -> Result<Json<Page<CaseSummary>>, AppError> {
    let mut filter = query.parse()?;
    if filter.kind.is_none() {
        filter.kind = Some(ThreadKind::CaseStudy);
    }
    let viewer = member.0.user_id;
    let reach = crate::cases::Reach::of(&member.0);
    let index = state.search.get().map(|search| search.index());
    Ok(Json(
        state
            .run(move |conn, kit| {
                crate::search::lists::list_published(
                    conn,
                    index.as_deref(),
                    &kit.signer,
                    &filter,
                    store::Reader::new(viewer, &reach),
                    store::PAGE_SIZE,
                )
            })
            .await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct RepliesQuery {
    /// Replies after this id (the previous page's `next_replies_cursor`).
    pub after: Option<i64>,
}

/// One thread: published for everyone; her own unpublished one for its author; anything for
/// moderators. Anyone else: 404.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])), params(RepliesQuery),
    responses((status = 200, body = CaseView), (status = 404, body = crate::error::Problem)))]
#[get("/cases/{id}")]
async fn get_case(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    query: Query<RepliesQuery>,
) -> Result<Json<CaseView>, AppError> {
    let (id, after, viewer) = (path.into_inner(), query.after, member.0);
    Ok(Json(
        state
            .run(move |conn, kit| store::thread_view(conn, &kit.signer, &viewer, id, after))
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct EditCase {
    #[serde(flatten)]
    pub input: CaseInput,
    /// Submit for review now (default); `true` keeps the edit as a draft.
    #[serde(default)]
    pub draft: bool,
}

/// Changes her thread. A published one stays as it is until a moderator approves the new
/// revision.
#[utoipa::path(put, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])), request_body = EditCase,
    responses((status = 200, body = Created), (status = 404, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
#[put("/cases/{id}")]
async fn edit_case(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    body: Json<EditCase>,
) -> Result<Json<Created>, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    let EditCase { input, draft } = body.into_inner();
    if !draft {
        state.limiter.hit(
            &crate::accounts::rate_limit::submissions_per_account(
                state.settings.moderation.submissions_per_hour,
            ),
            &author.to_string(),
        )?;
    }
    let status = state
        .run(move |conn, _| {
            let (kind, _, _) = store::revision_for_edit(conn, author, id)?;
            let strictness = if draft {
                Strictness::Draft
            } else {
                Strictness::Submission
            };
            let content = input.validate(kind, strictness)?;
            store::edit_thread(conn, author, id, &content, !draft)
        })
        .await?;
    Ok(Json(Created { id, status }))
}

/// Sends her draft (or the revision moderators asked to change) for review.
#[utoipa::path(post, path = "/api/v1/cases/{id}/submit", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = Created), (status = 409, body = crate::error::Problem)))]
#[post("/cases/{id}/submit")]
async fn submit_case(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<Json<Created>, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    state.limiter.hit(
        &crate::accounts::rate_limit::submissions_per_account(
            state.settings.moderation.submissions_per_hour,
        ),
        &author.to_string(),
    )?;
    let status = state
        .run(move |conn, _| store::submit_thread(conn, author, id))
        .await?;
    Ok(Json(Created { id, status }))
}

/// Deletes her thread (a published one is removed from view).
#[utoipa::path(delete, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])),
    responses((status = 204), (status = 404, body = crate::error::Problem)))]
#[delete("/cases/{id}")]
async fn delete_case(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    state
        .run(move |conn, _| store::delete_thread(conn, author, id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The revisions of a thread (its author and moderators).
#[utoipa::path(get, path = "/api/v1/cases/{id}/revisions", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = Vec<RevisionInfo>), (status = 404, body = crate::error::Problem)))]
#[get("/cases/{id}/revisions")]
async fn revisions(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<Json<Vec<RevisionInfo>>, AppError> {
    let (id, viewer) = (path.into_inner(), member.0);
    Ok(Json(
        state
            .run(move |conn, _| store::revision_history(conn, &viewer, id))
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct NewReply {
    pub body_markdown: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReplyCreated {
    pub id: i64,
    /// `published`, or `pending` while a moderator reviews it.
    pub status: String,
}

/// Replies to a published, unlocked thread.
#[utoipa::path(post, path = "/api/v1/cases/{id}/replies", tag = "cases", security(("bearer" = [])), request_body = NewReply,
    responses((status = 201, body = ReplyCreated), (status = 404, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
#[post("/cases/{id}/replies")]
async fn create_reply(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    body: Json<NewReply>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    let text = body.into_inner().body_markdown;
    let (reply_id, status) =
        crate::moderation::workflow::post_reply(&state, author, id, &text).await?;
    Ok(HttpResponse::Created().json(ReplyCreated {
        id: reply_id,
        status: status.to_string(),
    }))
}

/// Changes her own reply. The new words pass the gate a new reply passes: when they are
/// held, the reply leaves the page until a moderator decides (`status: pending`).
#[utoipa::path(patch, path = "/api/v1/replies/{id}", tag = "cases", security(("bearer" = [])), request_body = NewReply,
    responses((status = 200, body = ReplyCreated), (status = 404, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
#[patch("/replies/{id}")]
async fn edit_reply(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    body: Json<NewReply>,
) -> Result<Json<ReplyCreated>, AppError> {
    let reply_id = path.into_inner();
    let text = body.into_inner().body_markdown;
    let (_, status) =
        crate::moderation::workflow::edit_reply(&state, member.0.user_id, reply_id, &text).await?;
    Ok(Json(ReplyCreated {
        id: reply_id,
        status: status.to_string(),
    }))
}

/// Withdraws her own reply: its words leave the page and the database.
#[utoipa::path(delete, path = "/api/v1/replies/{id}", tag = "cases", security(("bearer" = [])),
    responses((status = 204), (status = 404, body = crate::error::Problem)))]
#[delete("/replies/{id}")]
async fn delete_reply(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let reply_id = path.into_inner();
    crate::moderation::workflow::delete_reply(&state, member.0.user_id, reply_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Her own threads, with status and the moderators' reasons.
#[utoipa::path(get, path = "/api/v1/me/cases", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = Vec<MyThread>)))]
#[get("/me/cases")]
async fn my_cases(state: Data<Context>, member: Member) -> Result<Json<Vec<MyThread>>, AppError> {
    let author = member.0.user_id;
    Ok(Json(
        state
            .run(move |conn, _| store::my_threads(conn, author))
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct PreviewRequest {
    pub body_markdown: String,
}

#[derive(Serialize, ToSchema)]
pub struct PreviewResponse {
    /// Sanitised HTML, as the page would show it.
    pub html: String,
}

/// Renders markdown as a published post would show it.
#[utoipa::path(post, path = "/api/v1/preview", tag = "cases", security(("bearer" = [])), request_body = PreviewRequest,
    responses((status = 200, body = PreviewResponse)))]
#[post("/preview")]
async fn preview(_member: Member, body: Json<PreviewRequest>) -> Json<PreviewResponse> {
    Json(PreviewResponse {
        html: markdown::render(&body.body_markdown),
    })
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(create_case)
        .service(list_cases)
        .service(get_case)
        .service(edit_case)
        .service(submit_case)
        .service(delete_case)
        .service(revisions)
        .service(create_reply)
        .service(edit_reply)
        .service(delete_reply)
        .service(my_cases)
        .service(preview);
}

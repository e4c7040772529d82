//! Cohorts and notifications over JSON (API.md): admins create cohorts and add or remove
//! members; a member lists hers; moderators see every cohort. Her notifications and marking
//! them read.

use actix_web::web::{Data, Json, Path};
use actix_web::{HttpResponse, delete, get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::cohorts::{self, Cohort};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Admin, Member};

#[derive(Deserialize, ToSchema)]
pub struct NewCohort {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedCohort {
    pub id: i64,
    pub name: String,
}

#[derive(Deserialize, ToSchema)]
pub struct MemberAddress {
    pub email: String,
}

/// The cohorts she belongs to; for moderators and admins, every cohort.
#[utoipa::path(get, path = "/api/v1/cohorts", tag = "cohorts", security(("bearer" = [])),
    responses((status = 200, body = Vec<Cohort>)))]
#[get("/cohorts")]
async fn list_cohorts(state: Data<Context>, member: Member) -> Result<Json<Vec<Cohort>>, AppError> {
    let (user_id, staff) = (member.0.user_id, member.0.role.is_staff());
    Ok(Json(
        state
            .run(move |conn, _| cohorts::visible_to(conn, user_id, staff))
            .await?,
    ))
}

/// The cohorts she belongs to.
#[utoipa::path(get, path = "/api/v1/me/cohorts", tag = "cohorts", security(("bearer" = [])),
    responses((status = 200, body = Vec<Cohort>)))]
#[get("/me/cohorts")]
async fn my_cohorts(state: Data<Context>, member: Member) -> Result<Json<Vec<Cohort>>, AppError> {
    let user_id = member.0.user_id;
    Ok(Json(
        state
            .run(move |conn, _| cohorts::of_user(conn, user_id))
            .await?,
    ))
}

/// Creates a cohort (admins).
#[utoipa::path(post, path = "/api/v1/cohorts", tag = "cohorts", security(("bearer" = [])),
    request_body = NewCohort,
    responses((status = 201, body = CreatedCohort),
              (status = 403, description = "Only an admin makes cohorts", body = crate::error::Problem),
              (status = 409, description = "A cohort of that name exists", body = crate::error::Problem),
              (status = 422, body = crate::error::Problem)))]
#[post("/cohorts")]
async fn create_cohort(
    state: Data<Context>,
    _admin: Admin,
    body: Json<NewCohort>,
) -> Result<HttpResponse, AppError> {
    let NewCohort { name, description } = body.into_inner();
    let cohort = state
        .run(move |conn, _| cohorts::create(conn, &name, &description))
        .await?;
    Ok(HttpResponse::Created().json(CreatedCohort {
        id: cohort.id,
        name: cohort.name,
    }))
}

/// Adds the account with this address to the cohort (admins).
#[utoipa::path(post, path = "/api/v1/cohorts/{id}/members", tag = "cohorts", security(("bearer" = [])),
    request_body = MemberAddress,
    responses((status = 204), (status = 404, body = crate::error::Problem),
              (status = 403, description = "Only an admin changes a cohort's members", body = crate::error::Problem),
              (status = 422, description = "No account has this address", body = crate::error::Problem)))]
#[post("/cohorts/{id}/members")]
async fn add_member(
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    body: Json<MemberAddress>,
) -> Result<HttpResponse, AppError> {
    let (id, email) = (path.into_inner(), body.into_inner().email);
    state
        .run(move |conn, _| cohorts::add_member(conn, id, &email))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Removes the account with this address from the cohort (admins): from her next request on,
/// the cohort's threads answer her as threads that do not exist.
#[utoipa::path(delete, path = "/api/v1/cohorts/{id}/members", tag = "cohorts", security(("bearer" = [])),
    request_body = MemberAddress,
    responses((status = 204), (status = 404, body = crate::error::Problem),
              (status = 403, description = "Only an admin changes a cohort's members", body = crate::error::Problem),
              (status = 422, description = "No account has this address", body = crate::error::Problem)))]
#[delete("/cohorts/{id}/members")]
async fn remove_member(
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    body: Json<MemberAddress>,
) -> Result<HttpResponse, AppError> {
    let (id, email) = (path.into_inner(), body.into_inner().email);
    state
        .run(move |conn, _| cohorts::remove_member(conn, id, &email))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(list_cohorts)
        .service(my_cohorts)
        .service(create_cohort)
        .service(add_member)
        .service(remove_member)
        .service(list_notifications)
        .service(read_notifications);
}

/// Her notifications, newest first (at most 100), and how many are unread.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = crate::notifications::Inbox)))]
#[get("/notifications")]
async fn list_notifications(
    state: Data<Context>,
    member: Member,
) -> Result<Json<crate::notifications::Inbox>, AppError> {
    let user_id = member.0.user_id;
    Ok(Json(
        state
            .run(move |conn, _| crate::notifications::inbox(conn, user_id, 100))
            .await?,
    ))
}

#[derive(Serialize, ToSchema)]
pub struct Unread {
    pub unread: i64,
}

/// Marks some of her notifications read (`{ids}`), or all of them (`{all: true}`).
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "notifications", security(("bearer" = [])),
    request_body = crate::notifications::MarkRead,
    responses((status = 200, body = Unread)))]
#[post("/notifications/read")]
async fn read_notifications(
    state: Data<Context>,
    member: Member,
    body: Json<crate::notifications::MarkRead>,
) -> Result<Json<Unread>, AppError> {
    let (user_id, which) = (member.0.user_id, body.into_inner());
    let unread = state
        .run(move |conn, _| crate::notifications::mark_read(conn, user_id, &which))
        .await?;
    Ok(Json(Unread { unread }))
}

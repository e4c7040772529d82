//! Digest preferences over JSON (API.md): `GET` and `PUT /api/v1/me/subscription`.

use actix_web::web::{Data, Json};
use actix_web::{get, put};

use crate::context::Context;
use crate::digest::subscriptions::{self, Preferences};
use crate::error::AppError;
use crate::http::auth::Member;

/// Her digest preferences (frequency `off` until she chooses).
#[utoipa::path(get, path = "/api/v1/me/subscription", tag = "digest", security(("bearer" = [])),
    responses((status = 200, body = Preferences)))]
#[get("/me/subscription")]
async fn get_subscription(
    state: Data<Context>,
    member: Member,
) -> Result<Json<Preferences>, AppError> {
    let id = member.0.user_id;
    Ok(Json(
        state
            .run(move |conn, _| subscriptions::preferences(conn, id))
            .await?,
    ))
}

/// Replaces her digest preferences. `frequency` is `off`, `daily` or `weekly`; countries are
/// ISO codes, contexts the keys of API.md, queries saved searches as typed in the search box.
/// Fields left out take their defaults (weekday 1, hour 7, time zone UTC, replies on).
#[utoipa::path(put, path = "/api/v1/me/subscription", tag = "digest", security(("bearer" = [])),
    request_body = Preferences,
    responses((status = 200, body = Preferences), (status = 422, body = crate::error::Problem)))]
#[put("/me/subscription")]
async fn put_subscription(
    state: Data<Context>,
    member: Member,
    body: Json<Preferences>,
) -> Result<Json<Preferences>, AppError> {
    let id = member.0.user_id;
    let prefs = body.into_inner().validated()?;
    Ok(Json(
        state
            .run(move |conn, _| subscriptions::save(conn, id, &prefs))
            .await?,
    ))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(get_subscription).service(put_subscription);
}

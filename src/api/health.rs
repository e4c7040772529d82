//! Liveness and readiness probes. Open to anyone, so they say nothing about members or data:
//! only whether each dependency answers.

use actix_web::web::Data;
use actix_web::{HttpResponse, get};
use serde::Serialize;

use crate::context::Context;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok`, `ready` or `unavailable`.
    pub status: &'static str,
    /// For readiness: `ok`, or `unavailable` when the database does not answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<&'static str>,
    /// For readiness: `ok` when the search index is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<&'static str>,
}

/// Liveness: the process serves HTTP.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, description = "Alive", body = Health)))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        database: None,
        index: None,
    })
}

/// Readiness: the database answers a query and the search index is open.
#[utoipa::path(get, path = "/readyz", tag = "meta",
    responses((status = 200, description = "Ready", body = Health),
              (status = 503, description = "A dependency is not answering", body = Health)))]
#[get("/readyz")]
pub async fn readyz(state: Data<Context>) -> HttpResponse {
    let database = match state.db.ping().await {
        Ok(()) => "ok",
        Err(error) => {
            tracing::warn!(error = %error, "readiness check failed: database");
            "unavailable"
        }
    };
    let index = if state.search.get().is_some() {
        "ok"
    } else {
        "unavailable"
    };
    let ready = database == "ok" && index == "ok";
    let body = Health {
        status: if ready { "ready" } else { "unavailable" },
        database: Some(database),
        index: Some(index),
    };
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

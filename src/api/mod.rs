//! The JSON API under `/api/v1` and its OpenAPI document, plus the health probes.
//!
//! Handlers parse, authorise, make one domain call and serialise; they share those domain calls
//! with the HTML pages. Errors leave as RFC 9457 problem details. Must never return an author's
//! identity or an original text to a caller who may not see it.

pub mod health;

use actix_web::web::ServiceConfig;
use actix_web::{HttpResponse, get};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Parley API",
        description = "Members-only forum for anonymised negotiation case studies. \
            Authenticated calls send `Authorization: Bearer <access_token>`. Errors are RFC 9457 \
            problem details. Offsets in text are Unicode code-point offsets, end exclusive."
    ),
    paths(health::healthz, health::readyz, openapi_json),
    components(schemas(crate::error::Problem, crate::error::FieldError, health::Health))
)]
pub struct ApiDoc;

/// The OpenAPI 3 document of this API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
#[get("/api/v1/openapi.json")]
async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(health::healthz)
        .service(health::readyz)
        .service(openapi_json);
}

//! Search over JSON (API.md): the same search as the page, with facet counts.

use actix_web::web::Data;
use actix_web::web::Json;
use actix_web::{HttpRequest, get};

use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::Member;
use crate::search::params::SearchParams;
use crate::search::search_published;
use crate::search::service::Results;

/// Searches published case studies and discussions. `q` takes words, `"phrases"`,
/// `-exclusions` and filters (`country:UA context:armed_actors year:2022..2024 lang:uk`); the
/// filter parameters repeat for alternatives. A search that cannot be understood gets 422
/// naming the parameter.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", security(("bearer" = [])),
    params(SearchParams),
    responses((status = 200, body = Results), (status = 422, body = crate::error::Problem)))]
#[get("/search")]
async fn search(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<Json<Results>, AppError> {
    let mut request = SearchParams::from_query_string(req.query_string())?.request()?;
    request.reach = crate::cases::Reach::of(&member.0);
    let index = state.search()?.index();
    Ok(Json(
        state
            .run(move |conn, _| search_published(conn, &index, &request))
            .await?,
    ))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(search);
}

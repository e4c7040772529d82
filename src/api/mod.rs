//! The JSON API under `/api/v1` and its OpenAPI document, plus the health probes.
//!
//! Handlers parse, authorise, make one domain call and serialise; they share those domain calls
//! with the HTML pages. Errors leave as RFC 9457 problem details. Must never return an author's
//! identity or an original text to a caller who may not see it.

pub mod accounts;
pub mod cases;
pub mod cohorts;
pub mod digest;
pub mod health;
pub mod moderation;
pub mod search;

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
    paths(
        health::healthz, health::readyz, openapi_json,
        accounts::login, accounts::refresh, accounts::logout, accounts::request_reset,
        accounts::confirm_reset, accounts::confirm_email_change, accounts::accept_invitation,
        accounts::me, accounts::update_me, accounts::delete_me, accounts::change_password,
        accounts::change_email, accounts::list_sessions, accounts::revoke_session,
        accounts::revoke_all_sessions, accounts::export, accounts::start_two_factor,
        accounts::enable_two_factor, accounts::disable_two_factor, accounts::create_invitation,
        accounts::list_invitations, accounts::revoke_invitation, accounts::list_users,
        accounts::update_user,
        cases::create_case, cases::list_cases, cases::get_case, cases::edit_case,
        cases::submit_case, cases::delete_case, cases::revisions, cases::create_reply,
        cases::edit_reply, cases::delete_reply,
        cases::my_cases, cases::preview,
        moderation::list_queue, moderation::review_case, moderation::claim,
        moderation::redact_case, moderation::publish, moderation::request_changes,
        moderation::reject, moderation::visibility, moderation::review_reply,
        moderation::publish_reply, moderation::reject_reply, moderation::scan_text,
        moderation::moderation_log, moderation::list_flags, moderation::close_flag,
        moderation::flag_case, moderation::thread_log,
        search::search,
        digest::get_subscription, digest::put_subscription,
        cohorts::list_cohorts, cohorts::my_cohorts, cohorts::create_cohort,
        cohorts::add_member, cohorts::remove_member, cohorts::list_notifications,
        cohorts::read_notifications,
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError, health::Health)),
    modifiers(&BearerAuth, &ProblemAnswers)
)]
pub struct ApiDoc;

/// Declares the `bearer` security scheme the account routes refer to.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// Adds to every operation the problem answers the shell gives whatever the handler does, so
/// that the document says every status a client can meet (a fuzzer found 54 operations
/// answering statuses they did not list): `500` everywhere; `400` and `422` where a body or
/// parameters are read (unreadable, or a field wrong); `413` with a body; `404` on a path with
/// an id; `401` (and `429`: sign-in and writing budgets) on routes that need a session; `403`
/// on the moderators' and admins' routes. Each as `application/problem+json` (RFC 9457).
struct ProblemAnswers;

impl utoipa::Modify for ProblemAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/problem+json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let staff = path.contains("/moderation/")
                || path.ends_with("/invitations")
                || path.contains("/admin/");
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                let reads_input = operation.request_body.is_some()
                    || operation.parameters.as_ref().is_some_and(|p| !p.is_empty())
                    || path.contains('{');
                let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
                let mut answers: Vec<(&str, &str)> = vec![(
                    "500",
                    "An internal error; the body names a reference id only",
                )];
                if reads_input {
                    answers.push(("400", "The request could not be read"));
                    answers.push(("422", "A field is wrong: `errors` says which and why"));
                }
                if operation.request_body.is_some() {
                    answers.push(("413", "The body is larger than this route takes"));
                }
                if path.contains('{') {
                    answers.push(("404", "No such thing, or not yours to know of"));
                }
                if secured {
                    answers.push(("401", "No valid session"));
                    answers.push(("429", "Too many attempts or writes; see Retry-After"));
                }
                if secured && staff {
                    answers.push(("403", "Moderators or admins only"));
                }
                for (status, description) in answers {
                    operation
                        .responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| problem(description).into());
                }
                // Errors the handlers declared themselves carry the problem body too, under its
                // own media type (they are served as `application/problem+json`).
                for (status, response) in operation.responses.responses.iter_mut() {
                    if status.starts_with('2') {
                        continue;
                    }
                    if let utoipa::openapi::RefOr::T(response) = response
                        && let Some(content) = response.content.shift_remove("application/json")
                    {
                        response
                            .content
                            .insert("application/problem+json".to_string(), content);
                    }
                }
            }
        }
    }
}

/// The OpenAPI 3 document of this API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
#[get("/openapi.json")]
async fn openapi_json() -> HttpResponse {
    static DOCUMENT: std::sync::LazyLock<serde_json::Value> = std::sync::LazyLock::new(document);
    HttpResponse::Ok().json(&*DOCUMENT)
}

/// The document as served: utoipa's, with each schema that `#[serde(flatten)]` made an
/// `allOf` of objects (a new case: the case's fields, its kind, whether it is a draft) written
/// as the one object it is. Clients and schema fuzzers read it the same way; the generator of
/// schemathesis could not make a body for an `allOf` at all.
pub fn document() -> serde_json::Value {
    let mut document = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let schemas = document["components"]["schemas"].clone();
    let Some(map) = document["components"]["schemas"].as_object_mut() else {
        return document;
    };
    for schema in map.values_mut() {
        if let Some(flat) = merged_objects(schema, &schemas) {
            *schema = flat;
        }
    }
    document
}

/// One object schema for an `allOf` whose parts are all objects (directly or by reference).
fn merged_objects(
    schema: &serde_json::Value,
    schemas: &serde_json::Value,
) -> Option<serde_json::Value> {
    let parts = schema.get("allOf")?.as_array()?;
    let mut properties = serde_json::Map::new();
    let mut required: Vec<serde_json::Value> = Vec::new();
    for part in parts {
        let part = match part.get("$ref").and_then(|r| r.as_str()) {
            Some(reference) => {
                let name = reference.strip_prefix("#/components/schemas/")?;
                merged_objects(&schemas[name], schemas).unwrap_or_else(|| schemas[name].clone())
            }
            None => part.clone(),
        };
        if part.get("type").and_then(|t| t.as_str()) != Some("object") {
            return None;
        }
        for (name, property) in part.get("properties")?.as_object()? {
            properties.insert(name.clone(), property.clone());
        }
        if let Some(names) = part.get("required").and_then(|r| r.as_array()) {
            required.extend(names.iter().cloned());
        }
    }
    let mut flat = serde_json::json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        flat["required"] = serde_json::Value::Array(required);
    }
    if let Some(description) = schema.get("description") {
        flat["description"] = description.clone();
    }
    Some(flat)
}

/// The routes under `/api/v1` sit in one scope: a request for a page then skips them all with
/// one prefix test, where it used to try each API route's pattern in turn (a tenth of a cached
/// case page's time went to matching them).
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(health::healthz).service(health::readyz);
    cfg.service(actix_web::web::scope("/api/v1").configure(|cfg| {
        cfg.service(openapi_json);
        accounts::configure(cfg);
        cases::configure(cfg);
        moderation::configure(cfg);
        search::configure(cfg);
        digest::configure(cfg);
        cohorts::configure(cfg);
    }));
}

#[cfg(test)]
mod document_tests {
    #[test]
    fn flattened_schemas_are_one_object_with_every_field() {
        let document = super::document();
        let schemas = document["components"]["schemas"].as_object().unwrap();
        for (name, schema) in schemas {
            assert!(schema.get("allOf").is_none(), "{name} is still an allOf");
        }
        let new_case = &document["components"]["schemas"]["NewCase"];
        assert_eq!(new_case["type"], "object");
        for field in ["title", "body_markdown", "country", "kind", "draft"] {
            assert!(new_case["properties"].get(field).is_some(), "{field}");
        }
    }
}

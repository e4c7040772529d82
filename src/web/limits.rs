//! What a request may bring: the body-size limit (413 before the body is read when the client
//! announces its length, and again while reading when it does not), and extractor failures
//! turned into [`AppError`]s so that they are answered like every other error.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web::{FormConfig, JsonConfig, PathConfig, PayloadConfig, QueryConfig};

use crate::error::{AppError, FieldError};

/// The largest body a reply may come in: 20,000 characters of four-byte UTF-8, percent-encoded
/// by a form (12 bytes each), with room for the other fields.
pub const REPLY_BODY_BYTES: usize = 256 * 1024;

#[derive(Clone, Copy)]
pub struct Limits {
    max_body_bytes: usize,
}

impl Limits {
    pub fn new(max_body_bytes: usize) -> Self {
        Limits { max_body_bytes }
    }

    pub fn json_config(&self) -> JsonConfig {
        JsonConfig::default()
            .limit(self.max_body_bytes)
            .error_handler(|error, _req| json_error(error).into())
    }

    pub fn form_config(&self) -> FormConfig {
        FormConfig::default()
            .limit(self.max_body_bytes)
            .error_handler(|error, _req| form_error(error).into())
    }

    pub fn payload_config(&self) -> PayloadConfig {
        PayloadConfig::new(self.max_body_bytes)
    }

    pub fn query_config(&self) -> QueryConfig {
        QueryConfig::default().error_handler(|error, _req| query_error(error).into())
    }

    pub fn path_config(&self) -> PathConfig {
        PathConfig::default().error_handler(|_error: PathError, _req| AppError::NotFound.into())
    }
}

/// Refuses a body whose announced length is over the limit, before reading a byte of it.
/// Whether the request carries a reply's words: a new reply (`POST …/replies`), a change to
/// one (`PATCH /api/v1/replies/{id}`, `POST /cases/{id}/replies/{reply}/edit`).
fn is_reply_body(req: &ServiceRequest) -> bool {
    use actix_web::http::Method;
    let path = req.path();
    match *req.method() {
        Method::POST => {
            path.ends_with("/replies") || path.ends_with("/edit") && path.contains("/replies/")
        }
        Method::PATCH => path.starts_with("/api/v1/replies/"),
        _ => false,
    }
}

pub async fn refuse_oversized_bodies(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut limit = req
        .app_data::<actix_web::web::Data<crate::context::Context>>()
        .map(|state| state.settings.server.max_body_bytes)
        .unwrap_or(usize::MAX);
    // A reply is at most 20,000 characters: its body — new, or a change to one — is refused
    // long before the general limit, so that posting huge replies costs the server no reading
    // (issue 18).
    if is_reply_body(&req) {
        limit = limit.min(REPLY_BODY_BYTES);
    }
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(length) = announced
        && length > limit as u64
    {
        let mut response = req.error_response(AppError::PayloadTooLarge { limit });
        // The body is never read: close the connection rather than drain it, so a client
        // that keeps sending huge bodies costs the server no reading at all.
        response
            .response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
        return Ok(response.map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

fn json_error(error: JsonPayloadError) -> AppError {
    match error {
        JsonPayloadError::OverflowKnownLength { limit, .. }
        | JsonPayloadError::Overflow { limit } => AppError::PayloadTooLarge { limit },
        JsonPayloadError::ContentType => AppError::bad_request("refusal-json-type"),
        JsonPayloadError::Deserialize(e) if e.is_data() => deserialize_error(&e.to_string()),
        JsonPayloadError::Deserialize(_) => AppError::bad_request("refusal-json-invalid"),
        _ => AppError::bad_request("refusal-body-unreadable"),
    }
}

fn form_error(error: UrlencodedError) -> AppError {
    match error {
        UrlencodedError::Overflow { limit, .. } => AppError::PayloadTooLarge { limit },
        UrlencodedError::ContentType => AppError::bad_request("refusal-form-type"),
        UrlencodedError::Parse(e) => deserialize_error(&e.to_string()),
        _ => AppError::bad_request("refusal-form-unreadable"),
    }
}

fn query_error(error: QueryPayloadError) -> AppError {
    match error {
        QueryPayloadError::Deserialize(e) => {
            AppError::bad_request_detail("refusal-query-unreadable", e)
        }
        _ => AppError::bad_request("refusal-query-unreadable"),
    }
}

/// serde names the field in "missing field `title`" and "unknown field `x`"; keep that name so
/// that the client learns which field to fix.
fn deserialize_error(message: &str) -> AppError {
    let field = message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("missing field") || message.starts_with("unknown field"))
        .unwrap_or("body");
    let reason = message.split(" at line ").next().unwrap_or(message);
    AppError::Invalid(vec![FieldError::new(field, reason)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_field_is_named() {
        let error = deserialize_error("missing field `title` at line 1 column 2");
        assert_eq!(error.field_errors()[0].field, "title");
        assert_eq!(error.field_errors()[0].message, "missing field `title`");
    }
}

//! One error type for the whole service, and how it reaches people.
//!
//! Policy: domain functions return `Result<T, AppError>`; handlers pass it up unchanged. Each
//! kind maps to one HTTP status. The response body is chosen by
//! [`crate::web::error_page::render_errors`]: RFC 9457 problem details under `/api`, a friendly
//! HTML page elsewhere. Internal errors are logged with the request id and shown to nobody:
//! the person sees a generic message and that id, never a SQL error, a path or a stack.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

/// One field that failed validation, named as the client sent it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    /// In English; pages show the message of `key` in the reader's language instead.
    pub message: String,
    /// The translation key of the message, when there is one.
    #[serde(skip)]
    pub key: Option<&'static str>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: message.into(),
            key: None,
        }
    }

    /// A message from the translation files (`src/i18n/*.ftl`).
    pub fn keyed(field: impl Into<String>, key: &'static str) -> Self {
        FieldError {
            field: field.into(),
            message: crate::i18n::message(crate::i18n::Lang::En, key, None),
            key: Some(key),
        }
    }

    /// The message in the reader's language.
    pub fn localized(&self, tr: crate::i18n::Tr) -> String {
        match self.key {
            Some(key) => tr.t(key),
            None => self.message.clone(),
        }
    }
}

/// What a refusal says: a message of the translation files (`src/i18n/*.ftl`), with its
/// arguments, and the English text the API and the log carry (with any technical detail, such
/// as the field a parser stumbled on, that pages leave out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub english: String,
}

impl Said {
    pub fn new(key: &'static str) -> Self {
        Said::with_args(key, Vec::new())
    }

    pub fn with_args(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        let english = crate::i18n::message_with(crate::i18n::Lang::En, key, &args);
        Said { key, args, english }
    }

    /// The message, and after a colon a detail that only the English text carries.
    pub fn with_detail(key: &'static str, detail: impl std::fmt::Display) -> Self {
        let mut said = Said::new(key);
        said.english = format!("{}: {detail}", said.english.trim_end_matches('.'));
        said
    }

    /// The message in the reader's language.
    pub fn localized(&self, tr: crate::i18n::Tr) -> String {
        crate::i18n::message_with(tr.0, self.key, &self.args)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 400: the request could not be understood (malformed JSON, a bad query string).
    #[error("{0}")]
    BadRequest(Said),
    /// 401: no valid credentials. One message for every reason, so nothing is learnt from it.
    #[error("Please sign in.")]
    Unauthorized,
    /// 403: signed in, but not allowed; or a form without a valid CSRF token.
    #[error("{0}")]
    Forbidden(Said),
    /// 403: staff must turn on two-factor sign-in before anything else.
    #[error("Turn on two-factor sign-in first: moderators and admins need it.")]
    TwoFactorRequired,
    /// 404: does not exist, or exists but the caller may not know that.
    #[error("We could not find that page.")]
    NotFound,
    /// 409: conflicts with the current state (already claimed, already published, …).
    #[error("{0}")]
    Conflict(Said),
    /// 413: the body is over the configured limit.
    #[error("The request is too large (the limit is {limit} bytes).")]
    PayloadTooLarge { limit: usize },
    /// 422: well-formed but invalid; every offending field is named.
    #[error("{}", describe_fields(.0))]
    Invalid(Vec<FieldError>),
    /// 429: slow down.
    #[error("Too many attempts. Please wait {retry_after_secs} seconds and try again.")]
    RateLimited { retry_after_secs: u64 },
    /// 503: a dependency (the database) is not answering; safe to retry.
    #[error("{0}")]
    Unavailable(String),
    /// 500: a bug or an unexpected failure. The cause is logged, never shown.
    #[error("Something went wrong on our side.")]
    Internal(#[source] anyhow::Error),
}

fn describe_fields(fields: &[FieldError]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect();
    format!("Please correct: {}", parts.join("; "))
}

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid(vec![FieldError::new(field, message)])
    }

    /// A validation error whose message comes from the translation files.
    pub fn invalid_key(field: impl Into<String>, key: &'static str) -> Self {
        AppError::Invalid(vec![FieldError::keyed(field, key)])
    }

    /// 409 with a message of the translation files.
    pub fn conflict(key: &'static str) -> Self {
        AppError::Conflict(Said::new(key))
    }

    /// 403 with a message of the translation files.
    pub fn forbidden(key: &'static str) -> Self {
        AppError::Forbidden(Said::new(key))
    }

    /// 400 with a message of the translation files.
    pub fn bad_request(key: &'static str) -> Self {
        AppError::BadRequest(Said::new(key))
    }

    /// 400 whose English text (the API's) names what the parser stumbled on.
    pub fn bad_request_detail(key: &'static str, detail: impl std::fmt::Display) -> Self {
        AppError::BadRequest(Said::with_detail(key, detail))
    }

    /// What the error says, when it says something of its own (400, 403, 409).
    pub fn said(&self) -> Option<&Said> {
        match self {
            AppError::BadRequest(said) | AppError::Forbidden(said) | AppError::Conflict(said) => {
                Some(said)
            }
            _ => None,
        }
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        AppError::Internal(error.into())
    }

    /// A short stable identifier of the kind, used as the problem `type`.
    pub fn slug(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) => "bad-request",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::TwoFactorRequired => "two-factor-required",
            AppError::NotFound => "not-found",
            AppError::Conflict(_) => "conflict",
            AppError::PayloadTooLarge { .. } => "payload-too-large",
            AppError::Invalid(_) => "invalid-input",
            AppError::RateLimited { .. } => "rate-limited",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal",
        }
    }

    /// The text a person may see. Never the cause of an internal error.
    pub fn public_detail(&self) -> String {
        self.to_string()
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Invalid(fields) => fields,
            _ => &[],
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) | AppError::TwoFactorRequired => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The bare response; its body is filled by the error-rendering middleware, which knows
    /// whether the caller asked for HTML or JSON.
    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        if let AppError::RateLimited { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        if let AppError::Unavailable(_) = self {
            response.insert_header((header::RETRY_AFTER, HeaderValue::from_static("5")));
        }
        response.json(Problem::from_app_error(self, None))
    }
}

/// RFC 9457 problem details.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl Problem {
    pub fn from_app_error(error: &AppError, request_id: Option<String>) -> Problem {
        let status = error.status_code();
        Problem {
            kind: format!("urn:parley:problem:{}", error.slug()),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: error.public_detail(),
            errors: error.field_errors().to_vec(),
            request_id,
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => {
                AppError::Unavailable("The database is busy. Please try again.".into())
            }
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => {
                AppError::Unavailable("The database connection was lost. Please try again.".into())
            }
            Error::DatabaseError(_, ref info) if is_sqlite_busy(info.message()) => {
                AppError::Unavailable("The database is busy. Please try again.".into())
            }
            other => AppError::Internal(other.into()),
        }
    }
}

fn is_sqlite_busy(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database is busy")
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template rendering failed: {error}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_never_show_their_cause() {
        let error = AppError::internal(anyhow::anyhow!("SELECT secret FROM users failed"));
        let problem = Problem::from_app_error(&error, Some("abc".into()));
        let json = serde_json::to_string(&problem).unwrap();
        assert!(!json.contains("SELECT"), "{json}");
        assert_eq!(problem.status, 500);
    }

    #[test]
    fn invalid_input_names_each_field() {
        let error = AppError::Invalid(vec![
            FieldError::new("country", "unknown country code"),
            FieldError::new("title", "required"),
        ]);
        assert_eq!(error.status_code(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem = Problem::from_app_error(&error, None);
        assert_eq!(problem.errors.len(), 2);
        assert!(problem.detail.contains("country"));
    }

    #[test]
    fn sqlite_busy_is_retryable() {
        let error: AppError = diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::Unknown,
            Box::new("database is locked".to_string()),
        )
        .into();
        assert_eq!(error.status_code(), StatusCode::SERVICE_UNAVAILABLE);
    }
}

//! Request ids and request logs.
//!
//! Every request gets a random id, returned in `X-Request-Id` and attached to every log line
//! written while serving it. A request is logged by its *route pattern* (`/cases/{id}`), method,
//! status and duration — never its query string (tokens travel there), never a body, an e-mail
//! address or a header value.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use rand::RngCore;
use tracing::Instrument;

/// The id of the request being served; in the request's extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

impl RequestId {
    fn generate() -> Self {
        let mut bytes = [0u8; 8];
        rand::rng().fill_bytes(&mut bytes);
        RequestId(hex::encode(bytes))
    }
}

pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

pub async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let id = RequestId::generate();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".to_string());
    let method = req.method().to_string();
    req.extensions_mut().insert(id.clone());
    let span = tracing::info_span!("request", request_id = %id.0, %method, %route);
    let result = next.call(req).instrument(span.clone()).await;
    let _entered = span.enter();
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(mut response) => {
            let status = response.status().as_u16();
            super::metrics::record(&route, &method, status, started.elapsed());
            if status >= 500 {
                tracing::warn!(status, elapsed_ms, "request failed");
            } else {
                tracing::info!(status, elapsed_ms, "request served");
            }
            if let Ok(value) = HeaderValue::from_str(&id.0) {
                response.headers_mut().insert(REQUEST_ID_HEADER, value);
            }
            Ok(response)
        }
        Err(error) => {
            let status = error.as_response_error().status_code().as_u16();
            super::metrics::record(&route, &method, status, started.elapsed());
            tracing::warn!(
                elapsed_ms,
                status = error.as_response_error().status_code().as_u16(),
                "request failed"
            );
            Err(error)
        }
    }
}

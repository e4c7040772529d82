//! Security headers on every response, errors and static files included.
//!
//! The Content-Security-Policy allows scripts, styles, images and fonts from Parley itself and
//! nothing else: no inline script, no third party, no framing. Pages are `Cache-Control:
//! no-store` (they hold members' data); static files set their own, longer caching.

use actix_web::http::header::{self, HeaderName};
use actix_web::middleware::DefaultHeaders;

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
    manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

#[derive(Clone)]
pub struct SecurityHeaders {
    https: bool,
}

impl SecurityHeaders {
    pub fn new(https: bool) -> Self {
        SecurityHeaders { https }
    }

    /// `DefaultHeaders` only adds a header the response does not already carry, so a route may
    /// still choose its own `Cache-Control`.
    pub fn middleware(&self) -> DefaultHeaders {
        let mut headers = DefaultHeaders::new()
            .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
            .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .add((header::REFERRER_POLICY, "no-referrer"))
            .add((header::X_FRAME_OPTIONS, "DENY"))
            .add((
                HeaderName::from_static("permissions-policy"),
                "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()",
            ))
            .add((
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin",
            ))
            .add((
                HeaderName::from_static("cross-origin-resource-policy"),
                "same-origin",
            ))
            .add((header::CACHE_CONTROL, "no-store"));
        if self.https {
            headers = headers.add((
                header::STRICT_TRANSPORT_SECURITY,
                "max-age=31536000; includeSubDomains",
            ));
        }
        headers
    }
}

/// `HEAD` answers wherever `GET` does (RFC 9110 §9.3.2): routes are declared for `GET`, so a
/// `HEAD` request is routed as one, and the HTTP layer sends the headers without the body (it
/// remembers the method the client used).
pub async fn head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

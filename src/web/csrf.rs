//! Cross-site request forgery defence for the HTML side.
//!
//! Every browser gets a random `parley_csrf` cookie (HttpOnly, SameSite=Strict). Every form
//! carries `csrf_token`: an HMAC of that cookie under the signing key, masked with fresh random
//! bytes on each page so that compression cannot leak it (BREACH). A state-changing request
//! (anything but GET, HEAD, OPTIONS) outside `/api` without a matching token is refused with
//! 403 before any handler runs — so a new form cannot forget the check. Scripts send the token
//! in `X-CSRF-Token`. The API is exempt because it authenticates by bearer header only.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web::{Bytes, Data};
use actix_web::{HttpMessage, HttpRequest};
use subtle::ConstantTimeEq;

use crate::accounts::tokens::{Signer, random_token};
use crate::context::Context;
use crate::error::AppError;

pub const CSRF_COOKIE: &str = "parley_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Paths whose POST is authorised by something other than the browser session: the RFC 8058
/// one-click unsubscribe, which mail clients send without any cookie.
const EXEMPT: &[&str] = &["/unsubscribe"];

/// A cookie value chosen during this request, to be set on its response.
#[derive(Clone)]
struct NewCookie(String);

fn cookie_value(req: &HttpRequest) -> String {
    if let Some(c) = req.cookie(CSRF_COOKIE).filter(|c| c.value().len() >= 32) {
        return c.value().to_string();
    }
    if let Some(NewCookie(v)) = req.extensions().get::<NewCookie>() {
        return v.clone();
    }
    let value = random_token();
    req.extensions_mut().insert(NewCookie(value.clone()));
    value
}

/// The token to put in a form on this page.
pub fn form_token(req: &HttpRequest) -> String {
    let Some(state) = req.app_data::<Data<Context>>() else {
        return String::new();
    };
    let expected = state.auth.signer.mac("csrf", cookie_value(req).as_bytes());
    let mut mask = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut mask);
    let masked: Vec<u8> = expected
        .iter()
        .zip(mask.iter())
        .map(|(a, b)| a ^ b)
        .collect();
    format!("{}{}", hex::encode(mask), hex::encode(masked))
}

fn token_matches(signer: &Signer, cookie: &str, token: &str) -> bool {
    let Ok(bytes) = hex::decode(token.trim()) else {
        return false;
    };
    if bytes.len() != 64 {
        return false;
    }
    let (mask, masked) = bytes.split_at(32);
    let unmasked: Vec<u8> = masked.iter().zip(mask).map(|(a, b)| a ^ b).collect();
    let expected = signer.mac("csrf", cookie.as_bytes());
    unmasked.ct_eq(&expected).into()
}

fn token_from_form(body: &[u8]) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(key, _)| key == CSRF_FIELD)
        .map(|(_, value)| value.into_owned())
}

pub async fn protect_forms(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let path = req.path().to_string();
    let safe_method = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let checked = !safe_method && !path.starts_with("/api/") && !EXEMPT.contains(&path.as_str());
    if checked {
        let state = req.app_data::<Data<Context>>().cloned();
        let cookie = req.cookie(CSRF_COOKIE).map(|c| c.value().to_string());
        let header = req
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let token = match header {
            Some(token) => Some(token),
            None => {
                let is_form = req
                    .content_type()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded");
                if is_form {
                    let body = req.extract::<Bytes>().await?;
                    let token = token_from_form(&body);
                    req.set_payload(actix_web::dev::Payload::from(body));
                    token
                } else {
                    None
                }
            }
        };
        let valid = match (&state, cookie, token) {
            (Some(state), Some(cookie), Some(token)) => {
                token_matches(&state.auth.signer, &cookie, &token)
            }
            _ => false,
        };
        if !valid {
            let refusal = AppError::forbidden("refusal-form-expired");
            return Ok(req.error_response(refusal).map_into_right_body());
        }
    }
    let mut response = next.call(req).await?;
    let new_cookie = response.request().extensions().get::<NewCookie>().cloned();
    if let Some(NewCookie(value)) = new_cookie {
        let secure = response
            .request()
            .app_data::<Data<Context>>()
            .is_some_and(|s| s.settings.is_https());
        let cookie = Cookie::build(CSRF_COOKIE, value)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(secure)
            .permanent()
            .finish();
        let _ = response.response_mut().add_cookie(&cookie);
    }
    Ok(response.map_into_left_body())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    #[test]
    fn a_masked_token_matches_its_cookie_only() {
        let signer = Signer::new(Secret::new("s".repeat(40)));
        let expected = signer.mac("csrf", b"cookie-one");
        let mask = [7u8; 32];
        let masked: Vec<u8> = expected
            .iter()
            .zip(mask.iter())
            .map(|(a, b)| a ^ b)
            .collect();
        let token = format!("{}{}", hex::encode(mask), hex::encode(masked));
        assert!(token_matches(&signer, "cookie-one", &token));
        assert!(!token_matches(&signer, "cookie-two", &token));
        assert!(!token_matches(&signer, "cookie-one", "00"));
        assert!(!token_matches(&signer, "cookie-one", ""));
    }
}

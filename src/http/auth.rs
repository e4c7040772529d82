//! Who is asking, for every request, and the extractors that say who may.
//!
//! Under `/api` only `Authorization: Bearer` counts (cookies are ignored there, so the API needs
//! no CSRF defence). Elsewhere the session lives in two HttpOnly, SameSite=Lax cookies: the
//! short-lived access JWT and the refresh token; when the access token has expired the refresh
//! token is rotated on the spot and both cookies replaced.
//!
//! Handlers state their need in their signature: [`SignedIn`] (any live session, even staff
//! who still have to set up two-factor sign-in), [`Member`], [`Moderator`], [`Admin`].

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web::Data;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponseBuilder};

use crate::accounts::Role;
use crate::accounts::sessions::{self, Identity, IdentityCache, IssuedTokens, Refreshed};
use crate::context::Context;
use crate::error::AppError;

pub const ACCESS_COOKIE: &str = "parley_access";
pub const REFRESH_COOKIE: &str = "parley_refresh";

/// Two requests from one browser may race to rotate the same refresh token.
const REFRESH_GRACE_SECS: i64 = 30;

enum CookieUpdate {
    Set(IssuedTokens),
    Clear,
}

fn is_public_asset(path: &str) -> bool {
    path.starts_with("/static/") || path == "/healthz" || path == "/readyz"
}

fn bearer(req: &ServiceRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
}

/// The identity behind an access token: from the cache of recently checked sessions, or from
/// the database.
async fn identify(state: &Context, token: String) -> Result<Identity, AppError> {
    let (user_id, session_id) = sessions::verify_access(&state.auth.signer, &token)?;
    if let Some(identity) = state.identities.get(user_id, session_id) {
        return Ok(identity);
    }
    let epoch = IdentityCache::epoch();
    let policy = state.auth.session_policy;
    let identity = state
        .db
        .run(move |conn| sessions::live_identity(conn, &policy, session_id, Some(user_id)))
        .await?;
    state.identities.put(identity.clone(), epoch);
    Ok(identity)
}

/// Resolves the identity of the request (if any) into its extensions.
pub async fn resolve_identity(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if is_public_asset(req.path()) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let Some(state) = req.app_data::<Data<Context>>().cloned() else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let mut update = None;
    let outcome = if req.path().starts_with("/api/") {
        match bearer(&req) {
            Some(token) => Some(identify(&state, token).await),
            None => None,
        }
    } else {
        let access = req.cookie(ACCESS_COOKIE).map(|c| c.value().to_string());
        let refresh = req.cookie(REFRESH_COOKIE).map(|c| c.value().to_string());
        let from_access = match access {
            Some(token) => Some(identify(&state, token).await),
            None => None,
        };
        match (from_access, refresh) {
            (Some(Ok(identity)), _) => Some(Ok(identity)),
            (Some(Err(e)), _) if !matches!(e, AppError::Unauthorized) => Some(Err(e)),
            (_, Some(token)) => {
                let s = state.clone();
                let refreshed = state
                    .db
                    .run(move |conn| {
                        sessions::refresh(
                            conn,
                            &s.auth.signer,
                            &s.auth.session_policy,
                            &token,
                            Some(chrono::Duration::seconds(REFRESH_GRACE_SECS)),
                        )
                    })
                    .await;
                match refreshed {
                    Ok(Refreshed::Rotated(tokens, identity)) => {
                        update = Some(CookieUpdate::Set(tokens));
                        Some(Ok(identity))
                    }
                    Ok(Refreshed::RecentlyRotated(identity)) => Some(Ok(identity)),
                    Err(AppError::Unauthorized) => {
                        update = Some(CookieUpdate::Clear);
                        None
                    }
                    Err(e) => Some(Err(e)),
                }
            }
            (Some(Err(_)), None) => {
                update = Some(CookieUpdate::Clear);
                None
            }
            (None, None) => None,
        }
    };
    match outcome {
        Some(Ok(identity)) => {
            req.extensions_mut().insert(identity);
        }
        Some(Err(AppError::Unauthorized)) | None => {}
        Some(Err(other)) => {
            return Ok(req.error_response(other).map_into_right_body());
        }
    }
    let mut response = next.call(req).await?;
    // A handler that set the session cookies itself (sign-in, sign-out, the quick exit) has the
    // last word: a refresh made on the way in must not put a session back on the device.
    let handler_decided = response
        .response()
        .cookies()
        .any(|c| c.name() == ACCESS_COOKIE || c.name() == REFRESH_COOKIE);
    if let Some(update) = update.filter(|_| !handler_decided) {
        let secure = state.settings.is_https();
        let head = response.response_mut();
        match update {
            CookieUpdate::Set(tokens) => {
                for cookie in session_cookies(&tokens, &state, secure) {
                    let _ = head.add_cookie(&cookie);
                }
            }
            CookieUpdate::Clear => {
                for cookie in cleared_session_cookies(secure) {
                    let _ = head.add_cookie(&cookie);
                }
            }
        }
    }
    Ok(response.map_into_left_body())
}

fn cookie(
    name: &'static str,
    value: String,
    max_age: time::Duration,
    secure: bool,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(max_age)
        .finish()
}

/// The two session cookies for freshly issued tokens.
pub fn session_cookies(
    tokens: &IssuedTokens,
    state: &Context,
    secure: bool,
) -> [Cookie<'static>; 2] {
    let policy = &state.auth.session_policy;
    [
        cookie(
            ACCESS_COOKIE,
            tokens.access_token.clone(),
            time::Duration::seconds(policy.access_ttl.num_seconds()),
            secure,
        ),
        cookie(
            REFRESH_COOKIE,
            tokens.refresh_token.clone(),
            time::Duration::seconds(policy.refresh_ttl.num_seconds()),
            secure,
        ),
    ]
}

pub fn cleared_session_cookies(secure: bool) -> [Cookie<'static>; 2] {
    [
        cookie(ACCESS_COOKIE, String::new(), time::Duration::ZERO, secure),
        cookie(REFRESH_COOKIE, String::new(), time::Duration::ZERO, secure),
    ]
}

/// Adds the session cookies to a response being built (after sign-in).
pub fn sign_in_cookies(builder: &mut HttpResponseBuilder, tokens: &IssuedTokens, state: &Context) {
    for cookie in session_cookies(tokens, state, state.settings.is_https()) {
        builder.cookie(cookie);
    }
}

/// Removes the session cookies (after sign-out).
pub fn sign_out_cookies(builder: &mut HttpResponseBuilder, state: &Context) {
    for cookie in cleared_session_cookies(state.settings.is_https()) {
        builder.cookie(cookie);
    }
}

/// The identity of the request, if signed in.
pub fn identity(req: &HttpRequest) -> Option<Identity> {
    req.extensions().get::<Identity>().cloned()
}

fn require(req: &HttpRequest, role: Role) -> Result<Identity, AppError> {
    let identity = identity(req).ok_or(AppError::Unauthorized)?;
    if identity.needs_2fa_setup {
        return Err(AppError::TwoFactorRequired);
    }
    if identity.role < role {
        return Err(AppError::forbidden(match role {
            Role::Admin => "refusal-admin-only",
            _ => "refusal-moderator-only",
        }));
    }
    Ok(identity)
}

macro_rules! role_extractor {
    ($name:ident, $role:expr, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone)]
        pub struct $name(pub Identity);

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Ready<Result<Self, AppError>>;
            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                ready(require(req, $role).map($name))
            }
        }
    };
}

role_extractor!(
    Member,
    Role::Member,
    "Any active account (staff with two-factor sign-in on)."
);
role_extractor!(Moderator, Role::Moderator, "A moderator or an admin.");
role_extractor!(Admin, Role::Admin, "An admin.");

/// Any live session, including staff who still have to turn on two-factor sign-in: for the
/// account pages that let them do so, and for signing out.
#[derive(Debug, Clone)]
pub struct SignedIn(pub Identity);

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(identity(req).map(SignedIn).ok_or(AppError::Unauthorized))
    }
}

/// The client address used for rate limits: the peer, or with `server.trust_forwarded_for`
/// the address a reverse proxy reports.
pub fn client_address(req: &HttpRequest, trust_forwarded_for: bool) -> String {
    let reported = if trust_forwarded_for {
        req.connection_info()
            .realip_remote_addr()
            .map(str::to_string)
    } else {
        None
    };
    match reported {
        Some(address) => address
            .parse::<std::net::SocketAddr>()
            .map(|a| a.ip().to_string())
            .unwrap_or(address),
        None => req
            .peer_addr()
            .map(|a| a.ip().to_string())
            .unwrap_or_else(|| "unknown".to_string()),
    }
}

/// Where a request comes from, for rate limits and the session label.
pub fn origin(req: &HttpRequest, state: &Context) -> crate::accounts::flows::Origin {
    crate::accounts::flows::Origin {
        address: client_address(req, state.settings.server.trust_forwarded_for),
        label: sessions::label_from_user_agent(
            req.headers()
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok()),
        ),
    }
}

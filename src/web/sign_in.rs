//! The doors: sign-in (with its second step), sign-out, the first admin's set-up, accepting an
//! invitation, password reset, confirming a new e-mail address, and choosing a language.
//! These are the only pages besides the start page that answer without a session.

use actix_web::http::StatusCode;
use actix_web::web::{Data, Form, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, FormErrors, LANG_COOKIE, html, html_status, safe_next, see_other};
use crate::accounts::flows::{self, SignIn};
use crate::accounts::sessions::{self, Client, IssuedTokens};
use crate::accounts::{User, invitations, recovery, setup};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{SignedIn, origin, sign_in_cookies, sign_out_cookies};
use crate::i18n::Lang;

#[derive(Template)]
#[template(path = "login.html", config = "src/web/askama.toml")]
struct LoginPage {
    chrome: Chrome,
    email: String,
    next: String,
    shared: bool,
    idle_minutes: i64,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "login_code.html", config = "src/web/askama.toml")]
struct LoginCodePage {
    chrome: Chrome,
    challenge: String,
    next: String,
    shared: bool,
    /// A recovery code was tried: the recovery field is shown open again.
    recovery_tried: bool,
    errors: FormErrors,
}

/// A page that only says something (a link that no longer works, a mail that was sent).
#[derive(Template)]
#[template(path = "message.html", config = "src/web/askama.toml")]
pub struct MessagePage {
    pub chrome: Chrome,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

impl MessagePage {
    pub fn new(req: &HttpRequest, title_key: &str, paragraph_keys: &[&str]) -> MessagePage {
        let chrome = Chrome::for_request(req, title_key);
        let paragraphs = paragraph_keys.iter().map(|k| chrome.t(k)).collect();
        MessagePage {
            chrome,
            paragraphs,
            link: None,
        }
    }

    pub fn with_link(mut self, label_key: &str, href: &str) -> MessagePage {
        self.link = Some((self.chrome.t(label_key), href.to_string()));
        self
    }
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

#[get("/login")]
async fn login_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    html(LoginPage {
        chrome: Chrome::for_request(&req, "login-title"),
        email: String::new(),
        next: safe_next(query.next.as_deref()),
        shared: false,
        idle_minutes: state.settings.safety.shared_device_idle_minutes,
        errors: FormErrors::none(),
    })
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
    /// "This is a shared device" (a checkbox: present when ticked).
    shared: Option<String>,
}

/// A session begun on a device she marked as shared ends after a while without activity.
async fn mark_shared(
    state: &Context,
    shared: bool,
    user_id: i64,
    session_id: i64,
) -> Result<(), AppError> {
    if !shared {
        return Ok(());
    }
    let minutes = state.settings.safety.shared_device_idle_minutes;
    state
        .run(move |conn, _| sessions::set_idle_limit(conn, user_id, session_id, Some(minutes)))
        .await
}

/// Where a freshly signed-in person goes: staff without two-factor sign-in go to set it up.
fn landing(user: &User, state: &Context, next: &str) -> String {
    if state.settings.auth.require_2fa_for_staff && user.role.is_staff() && !user.has_2fa() {
        "/account/2fa".to_string()
    } else {
        next.to_string()
    }
}

fn signed_in(state: &Context, tokens: &IssuedTokens, location: &str) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((actix_web::http::header::LOCATION, location));
    sign_in_cookies(&mut response, tokens, state);
    response.finish()
}

#[post("/login")]
async fn login(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(form.next.as_deref());
    let shared = form.shared.is_some();
    let origin = origin(&req, &state);
    match flows::sign_in(
        &state,
        &form.email,
        &form.password,
        None,
        Client::Web,
        &origin,
    )
    .await
    {
        Ok(SignIn::Done(tokens, user)) => {
            mark_shared(&state, shared, user.id, tokens.session_id).await?;
            Ok(signed_in(&state, &tokens, &landing(&user, &state, &next)))
        }
        Ok(SignIn::NeedsCode { challenge }) => html(LoginCodePage {
            chrome: Chrome::for_request(&req, "login-code-title"),
            challenge,
            next,
            shared,
            recovery_tried: false,
            errors: FormErrors::none(),
        }),
        Err(AppError::Unauthorized) => {
            let chrome = Chrome::for_request(&req, "login-title");
            let errors = FormErrors::general(chrome.t("login-failed"));
            html_status(
                StatusCode::UNAUTHORIZED,
                LoginPage {
                    chrome,
                    email: form.email.clone(),
                    next,
                    shared,
                    idle_minutes: state.settings.safety.shared_device_idle_minutes,
                    errors,
                },
            )
        }
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct CodeForm {
    challenge: String,
    /// The app's code (a number pad on a phone) …
    #[serde(default)]
    code: String,
    /// … or a recovery code (letters too: an ordinary keyboard).
    #[serde(default)]
    recovery_code: String,
    next: Option<String>,
    shared: Option<String>,
}

#[post("/login/code")]
async fn login_code(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(form.next.as_deref());
    let shared = form.shared.is_some();
    let origin = origin(&req, &state);
    let code = if form.recovery_code.trim().is_empty() {
        form.code.as_str()
    } else {
        form.recovery_code.as_str()
    };
    match flows::sign_in_second_step(&state, &form.challenge, code, Client::Web, &origin).await {
        Ok((tokens, user)) => {
            mark_shared(&state, shared, user.id, tokens.session_id).await?;
            Ok(signed_in(&state, &tokens, &landing(&user, &state, &next)))
        }
        Err(AppError::Unauthorized) => {
            let chrome = Chrome::for_request(&req, "login-code-title");
            let errors = FormErrors::general(chrome.t("login-code-failed"));
            html_status(
                StatusCode::UNAUTHORIZED,
                LoginCodePage {
                    chrome,
                    challenge: form.challenge.clone(),
                    next,
                    shared,
                    recovery_tried: !form.recovery_code.trim().is_empty(),
                    errors,
                },
            )
        }
        Err(other) => Err(other),
    }
}

#[post("/logout")]
async fn logout(user: SignedIn, state: Data<Context>) -> Result<HttpResponse, AppError> {
    let (user_id, session_id) = (user.0.user_id, user.0.session_id);
    state
        .run(move |conn, _| sessions::sign_out(conn, user_id, session_id))
        .await?;
    let mut response = HttpResponse::SeeOther();
    response.insert_header((actix_web::http::header::LOCATION, "/?notice=signed-out"));
    response.insert_header(("Clear-Site-Data", super::safety::CLEAR_SITE_DATA));
    sign_out_cookies(&mut response, &state);
    Ok(response.finish())
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

fn invalid_link(req: &HttpRequest, body_key: &str) -> Result<HttpResponse, AppError> {
    html_status(
        StatusCode::GONE,
        MessagePage::new(req, "link-invalid-title", &[body_key]).with_link("nav-sign-in", "/login"),
    )
}

#[derive(Template)]
#[template(path = "setup.html", config = "src/web/askama.toml")]
struct SetupPage {
    chrome: Chrome,
    token: String,
    email: String,
    name: String,
    errors: FormErrors,
}

#[get("/setup")]
async fn setup_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let token = query.token.clone().unwrap_or_default();
    let check = token.clone();
    let valid = state
        .run(move |conn, kit| setup::check_setup(conn, &kit.signer, &check))
        .await;
    match valid {
        Ok(()) => html(SetupPage {
            chrome: Chrome::for_request(&req, "setup-title"),
            token,
            email: String::new(),
            name: String::new(),
            errors: FormErrors::none(),
        }),
        Err(AppError::Invalid(_)) => invalid_link(&req, "error-setup-invalid"),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct SetupForm {
    token: String,
    email: String,
    name: String,
    password: String,
}

#[post("/setup")]
async fn setup_submit(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let origin = origin(&req, &state);
    let lang = super::page::request_lang(&req);
    match flows::set_up_admin(
        &state,
        &form.token,
        &form.email,
        &form.name,
        &form.password,
        lang,
        &origin,
    )
    .await
    {
        Ok((tokens, user)) => Ok(signed_in(&state, &tokens, &landing(&user, &state, "/"))),
        Err(error) => {
            let chrome = Chrome::for_request(&req, "setup-title");
            match FormErrors::from_error(&error, chrome.tr) {
                Some(errors) if errors.get("token").is_none() => html_status(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    SetupPage {
                        chrome,
                        token: form.token.clone(),
                        email: form.email.clone(),
                        name: form.name.clone(),
                        errors,
                    },
                ),
                Some(_) => invalid_link(&req, "error-setup-invalid"),
                None => Err(error),
            }
        }
    }
}

#[derive(Template)]
#[template(path = "accept_invitation.html", config = "src/web/askama.toml")]
struct AcceptPage {
    chrome: Chrome,
    token: String,
    email: String,
    name: String,
    locale: String,
    errors: FormErrors,
}

#[get("/invitations/accept")]
async fn accept_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let token = query.token.clone().unwrap_or_default();
    let check = token.clone();
    let pending = state
        .run(move |conn, kit| invitations::inspect(conn, &kit.signer, &check))
        .await;
    match pending {
        Ok(pending) => {
            // One language on the page: the invitation's (or the one she picked in the
            // footer), and the account's language menu starts on it.
            let chrome = Chrome::for_request_in(&req, "accept-title", pending.locale);
            let locale = chrome.lang().to_string();
            html(AcceptPage {
                chrome,
                token,
                email: pending.email,
                name: String::new(),
                locale,
                errors: FormErrors::none(),
            })
        }
        Err(AppError::Invalid(_)) => invalid_link(&req, "error-invitation-invalid"),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct AcceptForm {
    token: String,
    name: String,
    password: String,
    locale: Option<String>,
}

#[post("/invitations/accept")]
async fn accept_submit(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let origin = origin(&req, &state);
    let locale = form
        .locale
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(|| super::page::request_lang(&req));
    let outcome = flows::accept_invitation(
        &state,
        &form.token,
        &form.name,
        &form.password,
        locale,
        &origin,
    )
    .await;
    match outcome {
        Ok((tokens, user)) => Ok(signed_in(
            &state,
            &tokens,
            &landing(&user, &state, "/?notice=welcome"),
        )),
        Err(error) => {
            let chrome = Chrome::for_request(&req, "accept-title");
            match FormErrors::from_error(&error, chrome.tr) {
                Some(errors) if errors.get("token").is_none() => {
                    let token = form.token.clone();
                    let email = state
                        .run(move |conn, kit| invitations::inspect(conn, &kit.signer, &token))
                        .await
                        .map(|p| p.email)
                        .unwrap_or_default();
                    html_status(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        AcceptPage {
                            chrome,
                            token: form.token.clone(),
                            email,
                            name: form.name.clone(),
                            locale: locale.code().to_string(),
                            errors,
                        },
                    )
                }
                Some(_) => invalid_link(&req, "error-invitation-invalid"),
                None => Err(error),
            }
        }
    }
}

#[derive(Template)]
#[template(path = "password_reset_request.html", config = "src/web/askama.toml")]
struct ResetRequestPage {
    chrome: Chrome,
}

#[get("/password-reset")]
async fn reset_request_page(req: HttpRequest) -> Result<HttpResponse, AppError> {
    html(ResetRequestPage {
        chrome: Chrome::for_request(&req, "reset-title"),
    })
}

#[derive(Deserialize)]
struct ResetRequestForm {
    email: String,
}

#[post("/password-reset")]
async fn reset_request(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<ResetRequestForm>,
) -> Result<HttpResponse, AppError> {
    let origin = origin(&req, &state);
    flows::request_password_reset(&state, &form.email, &origin).await?;
    html(
        MessagePage::new(&req, "reset-sent-title", &["reset-sent-body"])
            .with_link("nav-sign-in", "/login"),
    )
}

#[derive(Template)]
#[template(path = "password_reset_confirm.html", config = "src/web/askama.toml")]
struct ResetConfirmPage {
    chrome: Chrome,
    token: String,
    errors: FormErrors,
}

#[get("/password-reset/confirm")]
async fn reset_confirm_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let token = query.token.clone().unwrap_or_default();
    let check = token.clone();
    match state
        .run(move |conn, kit| recovery::inspect_password_reset(conn, &kit.signer, &check))
        .await
    {
        Ok(_) => html(ResetConfirmPage {
            chrome: Chrome::for_request(&req, "reset-new-title"),
            token,
            errors: FormErrors::none(),
        }),
        Err(AppError::Invalid(_)) => invalid_link(&req, "error-link-invalid"),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct ResetConfirmForm {
    token: String,
    password: String,
}

#[post("/password-reset/confirm")]
async fn reset_confirm(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<ResetConfirmForm>,
) -> Result<HttpResponse, AppError> {
    match flows::complete_password_reset(&state, &form.token, &form.password).await {
        Ok(_) => Ok(see_other("/login?notice=password-reset")),
        Err(error) => {
            let chrome = Chrome::for_request(&req, "reset-new-title");
            match FormErrors::from_error(&error, chrome.tr) {
                Some(errors) if errors.get("token").is_none() => html_status(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ResetConfirmPage {
                        chrome,
                        token: form.token.clone(),
                        errors,
                    },
                ),
                Some(_) => invalid_link(&req, "error-link-invalid"),
                None => Err(error),
            }
        }
    }
}

#[derive(Template)]
#[template(path = "email_confirm.html", config = "src/web/askama.toml")]
struct EmailConfirmPage {
    chrome: Chrome,
    token: String,
    new_email: String,
}

/// Mail scanners follow links: the GET only shows a button, the POST changes the address.
#[get("/account/email/confirm")]
async fn email_confirm_page(
    req: HttpRequest,
    state: Data<Context>,
    query: Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let token = query.token.clone().unwrap_or_default();
    let check = token.clone();
    match state
        .run(move |conn, kit| recovery::inspect_email_change(conn, &kit.signer, &check))
        .await
    {
        Ok((_, new_email)) => html(EmailConfirmPage {
            chrome: Chrome::for_request(&req, "email-confirm-title"),
            token,
            new_email: new_email.as_str().to_string(),
        }),
        Err(AppError::Invalid(_)) => invalid_link(&req, "error-link-invalid"),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct EmailConfirmForm {
    token: String,
}

#[post("/account/email/confirm")]
async fn email_confirm(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<EmailConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let token = form.token.clone();
    match state
        .run(move |conn, kit| recovery::confirm_email_change(conn, &kit.signer, &token))
        .await
    {
        Ok(_) => Ok(see_other(if crate::http::auth::identity(&req).is_some() {
            "/account?notice=email-changed"
        } else {
            "/login?notice=email-changed"
        })),
        Err(AppError::Invalid(_)) => invalid_link(&req, "error-link-invalid"),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct LangForm {
    lang: String,
    next: Option<String>,
}

/// Chooses the interface language: remembered in a cookie, and on the account when signed in.
#[post("/lang")]
async fn choose_language(
    req: HttpRequest,
    state: Data<Context>,
    form: Form<LangForm>,
) -> Result<HttpResponse, AppError> {
    let lang = Lang::parse(&form.lang)
        .ok_or_else(|| AppError::invalid("lang", "is not one of Parley's languages"))?;
    if let Some(identity) = crate::http::auth::identity(&req) {
        let name = identity.name.clone();
        state
            .run(move |conn, _| {
                crate::accounts::users::update_profile(conn, identity.user_id, &name, lang)
                    .map(|_| ())
            })
            .await?;
    }
    let cookie = actix_web::cookie::Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .same_site(actix_web::cookie::SameSite::Lax)
        .secure(state.settings.is_https())
        .permanent()
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((
            actix_web::http::header::LOCATION,
            safe_next(form.next.as_deref()),
        ))
        .cookie(cookie)
        .finish())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(login_page)
        .service(login)
        .service(login_code)
        .service(logout)
        .service(setup_page)
        .service(setup_submit)
        .service(accept_page)
        .service(accept_submit)
        .service(reset_request_page)
        .service(reset_request)
        .service(reset_confirm_page)
        .service(reset_confirm)
        .service(email_confirm_page)
        .service(email_confirm)
        .service(choose_language);
}

//! The account pages: profile, e-mail address, password, two-factor sign-in, sessions, export
//! of one's own data, and deleting the account. Every page here is about the signed-in person
//! only; nothing takes an account id from the address bar.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::web::{Data, Form, Path};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, FormErrors, html, html_status, see_other};
use crate::accounts::sessions::{self, Identity, SessionInfo};
use crate::accounts::totp::{self, Enrolment};
use crate::accounts::users::{self, PublishedContentChoice};
use crate::accounts::{User, flows};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{SignedIn, sign_out_cookies};
use crate::i18n::Lang;

#[derive(Template)]
#[template(path = "account.html", config = "src/web/askama.toml")]
struct AccountPage {
    chrome: Chrome,
    name: String,
    email: String,
    role_key: String,
    cohort: Option<String>,
    two_factor: bool,
    shared_device: bool,
    idle_minutes: i64,
    errors: FormErrors,
}

async fn load_user(state: &Context, identity: &Identity) -> Result<User, AppError> {
    let id = identity.user_id;
    state.run(move |conn, _| users::find_by_id(conn, id)).await
}

async fn account_page(
    req: &HttpRequest,
    state: &Context,
    identity: &Identity,
    errors: FormErrors,
) -> Result<HttpResponse, AppError> {
    let user = load_user(state, identity).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html_status(
        status,
        AccountPage {
            chrome: Chrome::for_request(req, "account-title"),
            name: user.name.clone(),
            email: user.email.clone(),
            role_key: format!("role-{}", user.role.as_str()),
            cohort: user.cohort.clone(),
            two_factor: user.has_2fa(),
            shared_device: identity.idle_minutes.is_some(),
            idle_minutes: state.settings.safety.shared_device_idle_minutes,
            errors,
        },
    )
}

/// Redirects after success; shows the form again with its errors; lets other errors through.
async fn after(
    req: &HttpRequest,
    state: &Context,
    identity: &Identity,
    result: Result<(), AppError>,
    notice: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/account?notice={notice}"))),
        Err(error) => {
            let tr = crate::i18n::Tr(super::page::request_lang(req));
            match FormErrors::from_error(&error, tr) {
                Some(errors) => account_page(req, state, identity, errors).await,
                None => Err(error),
            }
        }
    }
}

#[get("/account")]
async fn account(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
) -> Result<HttpResponse, AppError> {
    account_page(&req, &state, &user.0, FormErrors::none()).await
}

#[derive(Deserialize)]
struct ProfileForm {
    name: String,
    locale: String,
}

#[post("/account/profile")]
async fn save_profile(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let locale = Lang::parse(&form.locale).unwrap_or(user.0.locale);
    let (id, name) = (user.0.user_id, form.name.clone());
    let result = state
        .run(move |conn, _| users::update_profile(conn, id, &name, locale).map(|_| ()))
        .await;
    after(&req, &state, &user.0, result, "profile-saved").await
}

#[derive(Deserialize)]
struct DeviceForm {
    /// A checkbox: present when ticked.
    shared: Option<String>,
}

/// "This is a shared device" for the session she is using now.
#[post("/account/device")]
async fn save_device(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<DeviceForm>,
) -> Result<HttpResponse, AppError> {
    let minutes = form
        .shared
        .is_some()
        .then_some(state.settings.safety.shared_device_idle_minutes);
    let (id, session) = (user.0.user_id, user.0.session_id);
    let result = state
        .run(move |conn, _| sessions::set_idle_limit(conn, id, session, minutes))
        .await;
    after(&req, &state, &user.0, result, "device-saved").await
}

#[derive(Deserialize)]
struct EmailForm {
    new_email: String,
    password: String,
}

#[post("/account/email")]
async fn change_email(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let result =
        flows::request_email_change(&state, &user.0, &form.new_email, &form.password).await;
    after(&req, &state, &user.0, result, "email-sent").await
}

#[derive(Deserialize)]
struct PasswordForm {
    current_password: String,
    new_password: String,
}

#[post("/account/password")]
async fn change_password(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let result =
        flows::change_password(&state, &user.0, &form.current_password, &form.new_password).await;
    after(&req, &state, &user.0, result, "password-changed").await
}

#[derive(Template)]
#[template(path = "account_2fa.html", config = "src/web/askama.toml")]
struct TwoFactorPage {
    chrome: Chrome,
    enrolment: Option<Enrolment>,
    codes_left: i64,
    required: bool,
    may_disable: bool,
    errors: FormErrors,
}

impl TwoFactorPage {
    /// The key in groups of four, as it is easier to type by hand from a phone's screen.
    fn grouped(&self, key: &str) -> String {
        key.chars()
            .collect::<Vec<_>>()
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

async fn two_factor_page(
    req: &HttpRequest,
    state: &Context,
    identity: &Identity,
    errors: FormErrors,
    resume: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let user = load_user(state, identity).await?;
    let required = user.role.is_staff() && state.settings.auth.require_2fa_for_staff;
    let (enrolment, codes_left) = if user.has_2fa() {
        let id = user.id;
        let left = state
            .run(move |conn, _| totp::recovery_codes_left(conn, id))
            .await?;
        (None, left)
    } else {
        let enrolment = match resume {
            Some(token) => totp::resume_enrolment(&state.auth.signer, &user, token)?,
            None => totp::start_enrolment(&state.auth.signer, &user)?,
        };
        (Some(enrolment), 0)
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html_status(
        status,
        TwoFactorPage {
            chrome: Chrome::for_request(req, "twofa-title"),
            required: required && !user.has_2fa(),
            may_disable: !required,
            enrolment,
            codes_left,
            errors,
        },
    )
}

#[get("/account/2fa")]
async fn two_factor(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
) -> Result<HttpResponse, AppError> {
    two_factor_page(&req, &state, &user.0, FormErrors::none(), None).await
}

#[derive(Template)]
#[template(path = "recovery_codes.html", config = "src/web/askama.toml")]
struct RecoveryCodesPage {
    chrome: Chrome,
    codes: Vec<String>,
    next: String,
}

impl RecoveryCodesPage {
    /// The codes one per line, for the copy and download buttons.
    fn as_text(&self) -> String {
        self.codes.join("\n")
    }
}

#[derive(Deserialize)]
struct EnableForm {
    enrolment_token: String,
    code: String,
}

#[post("/account/2fa/enable")]
async fn enable_two_factor(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<EnableForm>,
) -> Result<HttpResponse, AppError> {
    let (id, token, code) = (
        user.0.user_id,
        form.enrolment_token.clone(),
        form.code.clone(),
    );
    match state
        .run(move |conn, kit| totp::enable(conn, &kit.signer, id, &token, &code))
        .await
    {
        Ok(codes) => html(RecoveryCodesPage {
            chrome: Chrome::for_request(&req, "codes-title"),
            codes,
            next: "/?notice=2fa-on".to_string(),
        }),
        Err(error) => {
            match FormErrors::from_error(&error, Chrome::for_request(&req, "twofa-title").tr) {
                Some(errors) => {
                    two_factor_page(&req, &state, &user.0, errors, Some(&form.enrolment_token))
                        .await
                }
                None => Err(error),
            }
        }
    }
}

#[derive(Deserialize)]
struct PasswordOnly {
    password: String,
}

#[post("/account/2fa/recovery-codes")]
async fn regenerate_codes(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<PasswordOnly>,
) -> Result<HttpResponse, AppError> {
    match flows::new_recovery_codes(&state, &user.0, &form.password).await {
        Ok(codes) => html(RecoveryCodesPage {
            chrome: Chrome::for_request(&req, "codes-title"),
            codes,
            next: "/account/2fa".to_string(),
        }),
        Err(error) => {
            match FormErrors::from_error(&error, Chrome::for_request(&req, "twofa-title").tr) {
                Some(errors) => two_factor_page(&req, &state, &user.0, errors, None).await,
                None => Err(error),
            }
        }
    }
}

#[post("/account/2fa/disable")]
async fn disable_two_factor(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<PasswordOnly>,
) -> Result<HttpResponse, AppError> {
    match flows::disable_two_factor(&state, &user.0, &form.password).await {
        Ok(()) => Ok(see_other("/account?notice=2fa-off")),
        Err(error) => {
            match FormErrors::from_error(&error, Chrome::for_request(&req, "twofa-title").tr) {
                Some(errors) => two_factor_page(&req, &state, &user.0, errors, None).await,
                None => Err(error),
            }
        }
    }
}

#[derive(Template)]
#[template(path = "sessions.html", config = "src/web/askama.toml")]
struct SessionsPage {
    chrome: Chrome,
    sessions: Vec<SessionInfo>,
}

#[get("/account/sessions")]
async fn sessions_page(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
) -> Result<HttpResponse, AppError> {
    let (id, current) = (user.0.user_id, user.0.session_id);
    let list = state
        .run(move |conn, _| sessions::list_sessions(conn, id, Some(current)))
        .await?;
    html(SessionsPage {
        chrome: Chrome::for_request(&req, "sessions-title"),
        sessions: list,
    })
}

#[post("/account/sessions/{id}/revoke")]
async fn revoke_session(
    state: Data<Context>,
    user: SignedIn,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (user_id, session_id) = (user.0.user_id, path.into_inner());
    state
        .run(move |conn, _| sessions::revoke_session(conn, user_id, session_id))
        .await?;
    if session_id == user.0.session_id {
        return Ok(signed_out(&state, "/login"));
    }
    Ok(see_other("/account/sessions?notice=session-ended"))
}

fn signed_out(state: &Context, location: &str) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((header::LOCATION, location));
    response.insert_header(("Clear-Site-Data", super::safety::CLEAR_SITE_DATA));
    sign_out_cookies(&mut response, state);
    response.finish()
}

/// "Sign out everywhere", this browser included.
#[post("/account/sessions/revoke-all")]
async fn revoke_all_sessions(
    state: Data<Context>,
    user: SignedIn,
) -> Result<HttpResponse, AppError> {
    let user_id = user.0.user_id;
    state
        .run(move |conn, _| sessions::revoke_all(conn, user_id, None).map(|_| ()))
        .await?;
    Ok(signed_out(&state, "/login?notice=signed-out-everywhere"))
}

/// Her own data as JSON, as a download.
#[get("/account/export")]
async fn export(state: Data<Context>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let id = user.0.user_id;
    let data = state
        .run(move |conn, _| crate::accounts::export::export(conn, id))
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"parley-account.json\"",
        ))
        .json(data))
}

#[derive(Template)]
#[template(path = "account_delete.html", config = "src/web/askama.toml")]
struct DeletePage {
    chrome: Chrome,
    errors: FormErrors,
}

#[get("/account/delete")]
async fn delete_page(req: HttpRequest, _user: SignedIn) -> Result<HttpResponse, AppError> {
    html(DeletePage {
        chrome: Chrome::for_request(&req, "delete-title"),
        errors: FormErrors::none(),
    })
}

#[derive(Deserialize)]
struct DeleteForm {
    password: String,
    published: PublishedContentChoice,
}

#[post("/account/delete")]
async fn delete_account(
    req: HttpRequest,
    state: Data<Context>,
    user: SignedIn,
    form: Form<DeleteForm>,
) -> Result<HttpResponse, AppError> {
    match flows::delete_account(&state, &user.0, &form.password, form.published).await {
        Ok(()) => Ok(signed_out(&state, "/?notice=account-deleted")),
        Err(error) => {
            let chrome = Chrome::for_request(&req, "delete-title");
            match FormErrors::from_error(&error, chrome.tr) {
                Some(errors) => html_status(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    DeletePage { chrome, errors },
                ),
                None => Err(error),
            }
        }
    }
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(account)
        .service(save_profile)
        .service(save_device)
        .service(change_email)
        .service(change_password)
        .service(two_factor)
        .service(enable_two_factor)
        .service(regenerate_codes)
        .service(disable_two_factor)
        .service(sessions_page)
        .service(revoke_session)
        .service(revoke_all_sessions)
        .service(export)
        .service(delete_page)
        .service(delete_account);
}

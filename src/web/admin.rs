//! Staff pages for people: invitations (moderators and admins) and the user list with roles
//! and disabling (admins).

use actix_web::http::StatusCode;
use actix_web::web::{Data, Form, Path};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, FormErrors, html_status, see_other};
use crate::accounts::invitations::{self, InvitationSummary};
use crate::accounts::sessions::Identity;
use crate::accounts::users::{self, UserSummary};
use crate::accounts::{Role, UserStatus, flows};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Admin, Moderator};
use crate::i18n::Lang;

#[derive(Template)]
#[template(path = "admin_users.html", config = "src/web/askama.toml")]
struct UsersPage {
    chrome: Chrome,
    users: Vec<UserSummary>,
    roles: [Role; 3],
    errors: FormErrors,
}

async fn users_page(
    req: &HttpRequest,
    state: &Context,
    errors: FormErrors,
) -> Result<HttpResponse, AppError> {
    let list = state.run(|conn, _| users::list_users(conn)).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    html_status(
        status,
        UsersPage {
            chrome: Chrome::for_request(req, "users-title"),
            users: list,
            roles: Role::ALL,
            errors,
        },
    )
}

#[get("/admin/users")]
async fn list_users(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
) -> Result<HttpResponse, AppError> {
    users_page(&req, &state, FormErrors::none()).await
}

async fn after_change(
    req: &HttpRequest,
    state: &Context,
    result: Result<(), AppError>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other("/admin/users?notice=user-updated")),
        Err(error @ AppError::Conflict(_)) => {
            let tr = crate::i18n::Tr(super::page::request_lang(req));
            let message = super::error_page::in_her_language(&error, tr);
            users_page(req, state, FormErrors::general(message)).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct RoleForm {
    role: String,
}

#[post("/admin/users/{id}/role")]
async fn change_role(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    form: Form<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let role: Role = form.role.parse()?;
    let id = path.into_inner();
    let result = state
        .run(move |conn, _| users::set_role(conn, id, role).map(|_| ()))
        .await;
    after_change(&req, &state, result).await
}

#[derive(Deserialize)]
struct StatusForm {
    status: String,
}

/// Disabling signs the person out everywhere at once.
#[post("/admin/users/{id}/status")]
async fn change_status(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    form: Form<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let status: UserStatus = form.status.parse()?;
    let id = path.into_inner();
    let result = state
        .run(move |conn, _| users::set_status(conn, id, status).map(|_| ()))
        .await;
    after_change(&req, &state, result).await
}

#[derive(Template)]
#[template(path = "invitations.html", config = "src/web/askama.toml")]
struct InvitationsPage {
    chrome: Chrome,
    invitations: Vec<InvitationSummary>,
    roles: Vec<Role>,
    unsent: Option<Unsent>,
    errors: FormErrors,
}

/// An invitation whose mail has not gone out: its link, and which message goes with it
/// (kept for a later attempt, or not sent at all).
pub struct Unsent {
    link: String,
    message: &'static str,
}

async fn invitations_page(
    req: &HttpRequest,
    state: &Context,
    inviter: &Identity,
    errors: FormErrors,
    unsent: Option<Unsent>,
) -> Result<HttpResponse, AppError> {
    let list = state.run(|conn, _| invitations::list(conn)).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html_status(
        status,
        InvitationsPage {
            chrome: Chrome::for_request(req, "invitations-title"),
            invitations: list,
            roles: Role::ALL
                .into_iter()
                .filter(|r| invitations::may_invite(inviter.role, *r))
                .collect(),
            unsent,
            errors,
        },
    )
}

#[get("/invitations")]
async fn list_invitations(
    req: HttpRequest,
    state: Data<Context>,
    staff: Moderator,
) -> Result<HttpResponse, AppError> {
    invitations_page(&req, &state, &staff.0, FormErrors::none(), None).await
}

#[derive(Deserialize)]
struct InviteForm {
    email: String,
    role: String,
    cohort: Option<String>,
    locale: Option<String>,
}

#[post("/invitations")]
async fn send_invitation(
    req: HttpRequest,
    state: Data<Context>,
    staff: Moderator,
    form: Form<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let role: Role = form.role.parse()?;
    let locale = form
        .locale
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(staff.0.locale);
    match flows::invite(
        &state,
        Some(&staff.0),
        &form.email,
        role,
        form.cohort.as_deref(),
        locale,
    )
    .await
    {
        Ok(invited) if invited.mailed => Ok(see_other("/invitations?notice=invitation-sent")),
        Ok(invited) => {
            let message = if invited.queued {
                "invitations-queued"
            } else {
                "invitations-not-mailed"
            };
            let unsent = Unsent {
                link: invited.link,
                message,
            };
            invitations_page(&req, &state, &staff.0, FormErrors::none(), Some(unsent)).await
        }
        Err(error) => {
            let tr = crate::i18n::Tr(super::page::request_lang(&req));
            match FormErrors::from_error(&error, tr) {
                Some(errors) => invitations_page(&req, &state, &staff.0, errors, None).await,
                None => Err(error),
            }
        }
    }
}

#[post("/invitations/{id}/revoke")]
async fn revoke_invitation(
    state: Data<Context>,
    staff: Moderator,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (path.into_inner(), staff.0.role);
    state
        .run(move |conn, _| invitations::revoke(conn, id, by))
        .await?;
    Ok(see_other("/invitations?notice=invitation-revoked"))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(list_users)
        .service(change_role)
        .service(change_status)
        .service(list_invitations)
        .service(send_invitation)
        .service(revoke_invitation);
}

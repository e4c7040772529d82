//! Accounts over JSON: sign-in and tokens, one's own account, invitations, and the admin's
//! user list. The same domain calls as the pages in `web::sign_in`, `web::account` and
//! `web::admin`.

use actix_web::web::{Data, Json, Path};
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::flows::{self, SignIn};
use crate::accounts::invitations::{self, InvitationSummary};
use crate::accounts::sessions::{self, Client, IssuedTokens, Refreshed, SessionInfo};
use crate::accounts::totp::{self, Enrolment};
use crate::accounts::users::{self, PublishedContentChoice, UserSummary};
use crate::accounts::{Me, Role, UserStatus};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Admin, Moderator, SignedIn, origin};
use crate::i18n::Lang;

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
    /// The current code of her authenticator app, or a recovery code, when the account has
    /// two-factor sign-in.
    pub totp: Option<String>,
}

/// Signs in. Any wrong credential (address, password, missing or wrong code) gets the same 401.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = IssuedTokens), (status = 401, body = crate::error::Problem),
              (status = 429, body = crate::error::Problem)))]
#[post("/auth/login")]
async fn login(
    req: HttpRequest,
    state: Data<Context>,
    body: Json<LoginRequest>,
) -> Result<Json<IssuedTokens>, AppError> {
    let origin = origin(&req, &state);
    match flows::sign_in(
        &state,
        &body.email,
        &body.password,
        body.totp.as_deref(),
        Client::Api,
        &origin,
    )
    .await?
    {
        SignIn::Done(tokens, _) => Ok(Json(tokens)),
        SignIn::NeedsCode { .. } => Err(AppError::Unauthorized),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// Exchanges a refresh token for new tokens. Each refresh token works once; presenting a used
/// one signs that session out.
#[utoipa::path(post, path = "/api/v1/auth/refresh", tag = "auth", request_body = RefreshRequest,
    responses((status = 200, body = IssuedTokens), (status = 401, body = crate::error::Problem)))]
#[post("/auth/refresh")]
async fn refresh(
    state: Data<Context>,
    body: Json<RefreshRequest>,
) -> Result<Json<IssuedTokens>, AppError> {
    let token = body.refresh_token.clone();
    match state
        .run(move |conn, kit| {
            sessions::refresh(conn, &kit.signer, &kit.session_policy, &token, None)
        })
        .await?
    {
        Refreshed::Rotated(tokens, _) => Ok(Json(tokens)),
        Refreshed::RecentlyRotated(_) => Err(AppError::Unauthorized),
    }
}

#[derive(Deserialize, ToSchema, Default)]
pub struct LogoutRequest {
    pub refresh_token: Option<String>,
}

/// Ends the session of the bearer token, or of the refresh token given in the body.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 204), (status = 401, body = crate::error::Problem)))]
#[post("/auth/logout")]
async fn logout(
    req: HttpRequest,
    state: Data<Context>,
    body: Option<Json<LogoutRequest>>,
) -> Result<HttpResponse, AppError> {
    let identity = crate::http::auth::identity(&req);
    let refresh_token = body.and_then(|b| b.into_inner().refresh_token);
    match (identity, refresh_token) {
        (Some(identity), _) => {
            state
                .run(move |conn, _| {
                    sessions::revoke_session(conn, identity.user_id, identity.session_id)
                })
                .await?
        }
        (None, Some(token)) => {
            state
                .run(move |conn, _| sessions::revoke_by_refresh_token(conn, &token))
                .await?
        }
        (None, None) => return Err(AppError::Unauthorized),
    }
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct ResetRequest {
    pub email: String,
}

/// Mails a password-reset link. Always 202: the answer never tells whether the address exists.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "auth", request_body = ResetRequest,
    responses((status = 202), (status = 429, body = crate::error::Problem)))]
#[post("/auth/password-reset")]
async fn request_reset(
    req: HttpRequest,
    state: Data<Context>,
    body: Json<ResetRequest>,
) -> Result<HttpResponse, AppError> {
    let origin = origin(&req, &state);
    flows::request_password_reset(&state, &body.email, &origin).await?;
    Ok(HttpResponse::Accepted().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct ResetConfirm {
    pub token: String,
    pub new_password: String,
}

/// Sets a new password with the mailed token; every session of the account ends.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "auth", request_body = ResetConfirm,
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
#[post("/auth/password-reset/confirm")]
async fn confirm_reset(
    state: Data<Context>,
    body: Json<ResetConfirm>,
) -> Result<HttpResponse, AppError> {
    flows::complete_password_reset(&state, &body.token, &body.new_password)
        .await
        .map_err(|e| rename_field(e, "password", "new_password"))?;
    Ok(HttpResponse::NoContent().finish())
}

fn rename_field(error: AppError, from: &str, to: &str) -> AppError {
    match error {
        AppError::Invalid(mut fields) => {
            for f in &mut fields {
                if f.field == from {
                    f.field = to.to_string();
                }
            }
            AppError::Invalid(fields)
        }
        other => other,
    }
}

#[derive(Deserialize, ToSchema)]
pub struct TokenBody {
    pub token: String,
}

/// Confirms a new e-mail address with the token mailed to it.
#[utoipa::path(post, path = "/api/v1/auth/email-change/confirm", tag = "auth", request_body = TokenBody,
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
#[post("/auth/email-change/confirm")]
async fn confirm_email_change(
    state: Data<Context>,
    body: Json<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let token = body.token.clone();
    state
        .run(move |conn, kit| {
            crate::accounts::recovery::confirm_email_change(conn, &kit.signer, &token)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct AcceptInvitation {
    pub token: String,
    pub name: String,
    pub password: String,
    pub locale: Option<String>,
}

/// Accepts an invitation: creates the account and returns its first tokens.
#[utoipa::path(post, path = "/api/v1/invitations/accept", tag = "auth", request_body = AcceptInvitation,
    responses((status = 201, body = IssuedTokens), (status = 422, body = crate::error::Problem)))]
#[post("/invitations/accept")]
async fn accept_invitation(
    req: HttpRequest,
    state: Data<Context>,
    body: Json<AcceptInvitation>,
) -> Result<HttpResponse, AppError> {
    let origin = origin(&req, &state);
    let locale = body
        .locale
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let (tokens, _) = flows::accept_invitation(
        &state,
        &body.token,
        &body.name,
        &body.password,
        locale,
        &origin,
    )
    .await?;
    Ok(HttpResponse::Created().json(tokens))
}

/// Her own account.
#[utoipa::path(get, path = "/api/v1/me", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = crate::error::Problem)))]
#[get("/me")]
async fn me(state: Data<Context>, user: SignedIn) -> Result<Json<Me>, AppError> {
    let id = user.0.user_id;
    let account = state
        .run(move |conn, _| users::find_by_id(conn, id))
        .await?;
    Ok(Json(Me::from(&account)))
}

#[derive(Deserialize, ToSchema)]
pub struct ProfileUpdate {
    pub name: Option<String>,
    pub locale: Option<String>,
}

/// Changes her display name or language.
#[utoipa::path(patch, path = "/api/v1/me", tag = "account", security(("bearer" = [])), request_body = ProfileUpdate,
    responses((status = 200, body = Me), (status = 422, body = crate::error::Problem)))]
#[patch("/me")]
async fn update_me(
    state: Data<Context>,
    user: SignedIn,
    body: Json<ProfileUpdate>,
) -> Result<Json<Me>, AppError> {
    let locale = match body.locale.as_deref() {
        Some(code) => Lang::parse(code)
            .ok_or_else(|| AppError::invalid("locale", "must be one of en, uk, ro, pl, ru"))?,
        None => user.0.locale,
    };
    let name = body.name.clone().unwrap_or_else(|| user.0.name.clone());
    let id = user.0.user_id;
    let account = state
        .run(move |conn, _| users::update_profile(conn, id, &name, locale))
        .await?;
    Ok(Json(Me::from(&account)))
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Changes her password; her other sessions end.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "account", security(("bearer" = [])), request_body = PasswordChange,
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
#[post("/me/password")]
async fn change_password(
    state: Data<Context>,
    user: SignedIn,
    body: Json<PasswordChange>,
) -> Result<HttpResponse, AppError> {
    flows::change_password(&state, &user.0, &body.current_password, &body.new_password).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct EmailChange {
    pub new_email: String,
    pub password: String,
}

/// Mails a confirmation link to the new address (and a notice to the current one).
#[utoipa::path(post, path = "/api/v1/me/email", tag = "account", security(("bearer" = [])), request_body = EmailChange,
    responses((status = 202), (status = 422, body = crate::error::Problem)))]
#[post("/me/email")]
async fn change_email(
    state: Data<Context>,
    user: SignedIn,
    body: Json<EmailChange>,
) -> Result<HttpResponse, AppError> {
    flows::request_email_change(&state, &user.0, &body.new_email, &body.password).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Her live sessions.
#[utoipa::path(get, path = "/api/v1/me/sessions", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<SessionInfo>)))]
#[get("/me/sessions")]
async fn list_sessions(
    state: Data<Context>,
    user: SignedIn,
) -> Result<Json<Vec<SessionInfo>>, AppError> {
    let (id, current) = (user.0.user_id, user.0.session_id);
    Ok(Json(
        state
            .run(move |conn, _| sessions::list_sessions(conn, id, Some(current)))
            .await?,
    ))
}

/// Ends one of her sessions.
#[utoipa::path(delete, path = "/api/v1/me/sessions/{id}", tag = "account", security(("bearer" = [])),
    responses((status = 204), (status = 404, body = crate::error::Problem)))]
#[delete("/me/sessions/{id}")]
async fn revoke_session(
    state: Data<Context>,
    user: SignedIn,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (user_id, session_id) = (user.0.user_id, path.into_inner());
    state
        .run(move |conn, _| sessions::revoke_session(conn, user_id, session_id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// "Sign out everywhere".
#[utoipa::path(delete, path = "/api/v1/me/sessions", tag = "account", security(("bearer" = [])),
    responses((status = 204)))]
#[delete("/me/sessions")]
async fn revoke_all_sessions(
    state: Data<Context>,
    user: SignedIn,
) -> Result<HttpResponse, AppError> {
    let id = user.0.user_id;
    state
        .run(move |conn, _| sessions::revoke_all(conn, id, None).map(|_| ()))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Everything Parley holds about her, as JSON.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "account", security(("bearer" = [])),
    responses((status = 200, description = "Her data", content_type = "application/json")))]
#[get("/me/export")]
async fn export(state: Data<Context>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let id = user.0.user_id;
    let data = state
        .run(move |conn, _| crate::accounts::export::export(conn, id))
        .await?;
    Ok(HttpResponse::Ok().json(data))
}

#[derive(Deserialize, ToSchema)]
pub struct DeleteAccount {
    pub password: String,
    pub published: PublishedContentChoice,
}

/// Deletes her account; every session ends.
#[utoipa::path(delete, path = "/api/v1/me", tag = "account", security(("bearer" = [])), request_body = DeleteAccount,
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
#[delete("/me")]
async fn delete_me(
    state: Data<Context>,
    user: SignedIn,
    body: Json<DeleteAccount>,
) -> Result<HttpResponse, AppError> {
    flows::delete_account(&state, &user.0, &body.password, body.published).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Starts setting up two-factor sign-in: a new secret to put into an authenticator app.
#[utoipa::path(post, path = "/api/v1/me/2fa/setup", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Enrolment)))]
#[post("/me/2fa/setup")]
async fn start_two_factor(
    state: Data<Context>,
    user: SignedIn,
) -> Result<Json<Enrolment>, AppError> {
    let id = user.0.user_id;
    let account = state
        .run(move |conn, _| users::find_by_id(conn, id))
        .await?;
    if account.has_2fa() {
        return Err(AppError::conflict("refusal-two-factor-on"));
    }
    Ok(Json(totp::start_enrolment(&state.auth.signer, &account)?))
}

#[derive(Deserialize, ToSchema)]
pub struct EnableTwoFactor {
    pub enrolment_token: String,
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Single-use codes for when the phone is lost. Shown once.
    pub recovery_codes: Vec<String>,
}

/// Turns two-factor sign-in on with the first code from the app.
#[utoipa::path(post, path = "/api/v1/me/2fa/enable", tag = "account", security(("bearer" = [])), request_body = EnableTwoFactor,
    responses((status = 200, body = RecoveryCodes), (status = 422, body = crate::error::Problem)))]
#[post("/me/2fa/enable")]
async fn enable_two_factor(
    state: Data<Context>,
    user: SignedIn,
    body: Json<EnableTwoFactor>,
) -> Result<Json<RecoveryCodes>, AppError> {
    let (id, token, code) = (
        user.0.user_id,
        body.enrolment_token.clone(),
        body.code.clone(),
    );
    let codes = state
        .run(move |conn, kit| totp::enable(conn, &kit.signer, id, &token, &code))
        .await?;
    Ok(Json(RecoveryCodes {
        recovery_codes: codes,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordConfirmation {
    pub password: String,
}

/// Turns two-factor sign-in off (members only, unless the configuration allows staff to).
#[utoipa::path(post, path = "/api/v1/me/2fa/disable", tag = "account", security(("bearer" = [])), request_body = PasswordConfirmation,
    responses((status = 204), (status = 403, body = crate::error::Problem)))]
#[post("/me/2fa/disable")]
async fn disable_two_factor(
    state: Data<Context>,
    user: SignedIn,
    body: Json<PasswordConfirmation>,
) -> Result<HttpResponse, AppError> {
    flows::disable_two_factor(&state, &user.0, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationRequest {
    pub email: String,
    /// Defaults to `member`.
    pub role: Option<Role>,
    pub cohort: Option<String>,
    /// The language of the invitation mail; defaults to the inviter's.
    pub locale: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationCreated {
    pub id: i64,
    /// Whether the invitation mail was accepted by the mail server.
    pub mailed: bool,
    /// Not accepted yet, but kept: it is sent again until the mail server takes it.
    pub queued: bool,
}

/// Invites someone by e-mail. Moderators may invite members; admins anyone.
#[utoipa::path(post, path = "/api/v1/invitations", tag = "people", security(("bearer" = [])), request_body = InvitationRequest,
    responses((status = 201, body = InvitationCreated), (status = 403, body = crate::error::Problem),
              (status = 409, body = crate::error::Problem)))]
#[post("/invitations")]
async fn create_invitation(
    state: Data<Context>,
    staff: Moderator,
    body: Json<InvitationRequest>,
) -> Result<HttpResponse, AppError> {
    let locale = body
        .locale
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(staff.0.locale);
    let invited = flows::invite(
        &state,
        Some(&staff.0),
        &body.email,
        body.role.unwrap_or(Role::Member),
        body.cohort.as_deref(),
        locale,
    )
    .await?;
    Ok(HttpResponse::Created().json(InvitationCreated {
        id: invited.id,
        mailed: invited.mailed,
        queued: invited.queued,
    }))
}

/// Invitations, newest first.
#[utoipa::path(get, path = "/api/v1/invitations", tag = "people", security(("bearer" = [])),
    responses((status = 200, body = Vec<InvitationSummary>)))]
#[get("/invitations")]
async fn list_invitations(
    state: Data<Context>,
    _staff: Moderator,
) -> Result<Json<Vec<InvitationSummary>>, AppError> {
    Ok(Json(state.run(|conn, _| invitations::list(conn)).await?))
}

/// Withdraws a pending invitation (a moderator: only a member's).
#[utoipa::path(delete, path = "/api/v1/invitations/{id}", tag = "people", security(("bearer" = [])),
    responses((status = 204), (status = 403, body = crate::error::Problem), (status = 404, body = crate::error::Problem),
              (status = 409, description = "Already accepted or withdrawn", body = crate::error::Problem)))]
#[delete("/invitations/{id}")]
async fn revoke_invitation(
    state: Data<Context>,
    staff: Moderator,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (path.into_inner(), staff.0.role);
    state
        .run(move |conn, _| invitations::revoke(conn, id, by))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Every account (admins).
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "people", security(("bearer" = [])),
    responses((status = 200, body = Vec<UserSummary>)))]
#[get("/admin/users")]
async fn list_users(
    state: Data<Context>,
    _admin: Admin,
) -> Result<Json<Vec<UserSummary>>, AppError> {
    Ok(Json(state.run(|conn, _| users::list_users(conn)).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct UserUpdate {
    pub role: Option<Role>,
    pub status: Option<UserStatus>,
}

/// Changes someone's role or disables/enables the account (admins). Either ends her sessions.
#[utoipa::path(put, path = "/api/v1/admin/users/{id}", tag = "people", security(("bearer" = [])), request_body = UserUpdate,
    responses((status = 204), (status = 404, body = crate::error::Problem), (status = 409, body = crate::error::Problem)))]
#[put("/admin/users/{id}")]
async fn update_user(
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    body: Json<UserUpdate>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let UserUpdate { role, status } = body.into_inner();
    state
        .run(move |conn, _| {
            if let Some(role) = role {
                users::set_role(conn, id, role)?;
            }
            if let Some(status) = status {
                users::set_status(conn, id, status)?;
            }
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(login)
        .service(refresh)
        .service(logout)
        .service(request_reset)
        .service(confirm_reset)
        .service(confirm_email_change)
        .service(accept_invitation)
        .service(me)
        .service(update_me)
        .service(delete_me)
        .service(change_password)
        .service(change_email)
        .service(list_sessions)
        .service(revoke_session)
        .service(revoke_all_sessions)
        .service(export)
        .service(start_two_factor)
        .service(enable_two_factor)
        .service(disable_two_factor)
        .service(create_invitation)
        .service(list_invitations)
        .service(revoke_invitation)
        .service(list_users)
        .service(update_user);
}

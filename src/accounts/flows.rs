//! The account actions as people perform them, each one call for the HTML page, the JSON route
//! and the command line alike: they check rate limits, hash passwords off the async executor,
//! run the database work, and send the mail that goes with it.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::rate_limit::{self, RateLimiter};
use super::sessions::{self, Client, Identity, IssuedTokens};
use super::tokens::Purpose;
use super::{Email, Role, User, invitations, passwords, recovery, setup, totp, users};
use crate::context::{AuthKit, Context};
use crate::error::AppError;
use crate::i18n::{Lang, Tr};
use crate::mail::notices;
use crate::mail::outbox::Sent;

/// Where a request comes from, for rate limits and the session label.
#[derive(Debug, Clone)]
pub struct Origin {
    pub address: String,
    pub label: String,
}

/// The result of the first sign-in step.
pub enum SignIn {
    /// Signed in.
    Done(IssuedTokens, Box<User>),
    /// Password right; the account has two-factor sign-in: ask for a code, carrying this token.
    NeedsCode { challenge: String },
}

#[derive(Serialize, Deserialize)]
struct ChallengeClaims {
    sub: String,
}

const CHALLENGE_MINUTES: i64 = 5;

fn limit_sign_in(limiter: &RateLimiter, origin: &Origin, email: &str) -> Result<(), AppError> {
    limiter.hit(&rate_limit::SIGN_IN_PER_ADDRESS, &origin.address)?;
    limiter.hit(&rate_limit::SIGN_IN_PER_ACCOUNT, email)
}

/// Checks e-mail and password (and the TOTP code when one is given and the account needs it).
/// Every failure is the same `Unauthorized`, after the same amount of work.
pub async fn sign_in(
    state: &Context,
    email: &str,
    password: &str,
    code: Option<&str>,
    client: Client,
    origin: &Origin,
) -> Result<SignIn, AppError> {
    let normalised = email.trim().to_lowercase();
    limit_sign_in(&state.limiter, origin, &normalised)?;
    let (email, password, code) = (
        Email::parse(email).ok(),
        password.to_string(),
        code.map(str::to_string),
    );
    let label = origin.label.clone();
    let outcome = state
        .run(move |conn, s| {
            let user = match &email {
                Some(email) => users::find_by_email(conn, email)?,
                None => None,
            };
            // The same work whether or not the address has an account.
            let verified = match &user {
                Some(u) => s.hashing.verify(&password, &u.password_hash),
                None => {
                    s.hashing.verify_dummy(&password);
                    false
                }
            };
            let Some(user) = user.filter(|_| verified) else {
                return Err(AppError::Unauthorized);
            };
            if !user.is_active() {
                return Err(AppError::Unauthorized);
            }
            if user.has_2fa() {
                match code.as_deref().filter(|c| !c.trim().is_empty()) {
                    None => {
                        let challenge = s.signer.sign(
                            Purpose::LoginChallenge,
                            Duration::minutes(CHALLENGE_MINUTES),
                            &ChallengeClaims {
                                sub: user.id.to_string(),
                            },
                        )?;
                        return Ok(SignIn::NeedsCode { challenge });
                    }
                    Some(code) => {
                        if !totp::check_second_factor(conn, &s.signer, &user, code)? {
                            return Err(AppError::Unauthorized);
                        }
                    }
                }
            }
            let tokens =
                sessions::start_session(conn, &s.signer, &s.session_policy, &user, client, &label)?;
            Ok(SignIn::Done(tokens, Box::new(user)))
        })
        .await?;
    // The password was right: this attempt is not held against the address (a code may still
    // be asked for; the second step counts on its own).
    state
        .limiter
        .refund(&rate_limit::SIGN_IN_PER_ADDRESS, &origin.address);
    if let SignIn::Done(..) = outcome {
        state
            .limiter
            .clear(&rate_limit::SIGN_IN_PER_ACCOUNT, &normalised);
    }
    Ok(outcome)
}

/// The second sign-in step: the code (TOTP or a recovery code) for a challenge.
pub async fn sign_in_second_step(
    state: &Context,
    challenge: &str,
    code: &str,
    client: Client,
    origin: &Origin,
) -> Result<(IssuedTokens, User), AppError> {
    let claims: ChallengeClaims = state
        .auth
        .signer
        .verify(Purpose::LoginChallenge, challenge)
        .map_err(|_| AppError::Unauthorized)?;
    state
        .limiter
        .hit(&rate_limit::SIGN_IN_PER_ADDRESS, &origin.address)?;
    state.limiter.hit(
        &rate_limit::SIGN_IN_PER_ACCOUNT,
        &format!("2fa:{}", claims.sub),
    )?;
    let user_id: i64 = claims.sub.parse().map_err(|_| AppError::Unauthorized)?;
    let code = code.to_string();
    let label = origin.label.clone();
    let signed_in = state
        .run(move |conn, s| {
            let user = users::find_by_id(conn, user_id).map_err(|_| AppError::Unauthorized)?;
            if !user.is_active() || !totp::check_second_factor(conn, &s.signer, &user, &code)? {
                return Err(AppError::Unauthorized);
            }
            let tokens =
                sessions::start_session(conn, &s.signer, &s.session_policy, &user, client, &label)?;
            Ok((tokens, user))
        })
        .await?;
    state
        .limiter
        .refund(&rate_limit::SIGN_IN_PER_ADDRESS, &origin.address);
    Ok(signed_in)
}

/// An invitation created, and whether its mail went out.
pub struct Invited {
    pub id: i64,
    pub link: String,
    pub mailed: bool,
    /// Not mailed yet, but kept: it goes out when the mail server takes it.
    pub queued: bool,
}

/// Creates an invitation and mails its link. If the mail cannot be sent the invitation still
/// exists and the link is returned, so the inviter can pass it on another way.
pub async fn invite(
    state: &Context,
    inviter: Option<&Identity>,
    email: &str,
    role: Role,
    cohort: Option<&str>,
    locale: Lang,
) -> Result<Invited, AppError> {
    let email = Email::parse(email)?;
    let inviter_ref = inviter.map(|i| (i.user_id, i.role));
    let inviter_name = inviter.map(|i| i.name.clone());
    let cohort = cohort.map(str::to_string);
    let validity = Duration::days(state.settings.auth.invitation_days);
    let created = state
        .run(move |conn, s| {
            invitations::invite(
                conn,
                &s.signer,
                validity,
                inviter_ref,
                email,
                role,
                cohort.as_deref(),
                locale,
            )
        })
        .await?;
    let link = state.link("/invitations/accept", &created.token);
    let notice = notices::invitation(
        Tr(created.locale),
        inviter_name.as_deref(),
        &link,
        state.settings.auth.invitation_days,
    );
    let sent = send_notice(state, &notice, created.email.as_str()).await;
    Ok(Invited {
        id: created.id,
        link,
        mailed: sent == Sent::Now,
        queued: sent == Sent::Queued,
    })
}

async fn send_notice(state: &Context, notice: &notices::Notice, to: &str) -> Sent {
    let mail = match notices::mailbox(to).and_then(|mailbox| notice.to_mail(mailbox)) {
        Ok(mail) => mail,
        Err(e) => {
            tracing::error!(error = %e, "could not compose a mail");
            return Sent::Never;
        }
    };
    crate::mail::outbox::send_or_queue(state, &mail).await
}

/// Accepts an invitation: checks the password against the policy, creates the account and
/// signs her in.
pub async fn accept_invitation(
    state: &Context,
    token: &str,
    name: &str,
    password: &str,
    locale: Lang,
    origin: &Origin,
) -> Result<(IssuedTokens, User), AppError> {
    state
        .limiter
        .hit(&rate_limit::INVITATION_PER_ADDRESS, &origin.address)?;
    let (token, name, password, label) = (
        token.to_string(),
        name.to_string(),
        password.to_string(),
        origin.label.clone(),
    );
    state
        .run(move |conn, s| {
            let pending = invitations::inspect(conn, &s.signer, &token)?;
            super::clean_name(&name, "name")?;
            passwords::check_policy(&password, &[&name, &pending.email], "password")?;
            let hash = s.hashing.hash(&password)?;
            let user = invitations::accept(conn, &s.signer, &token, &name, hash, locale)?;
            let tokens = sessions::start_session(
                conn,
                &s.signer,
                &s.session_policy,
                &user,
                Client::Web,
                &label,
            )?;
            Ok((tokens, user))
        })
        .await
}

/// Mails a reset link if the address has an active account; answers the same either way.
/// Checks the rate limits, then looks the address up and mails the link **after** answering:
/// the caller's answer takes the same time whether an account has the address or not (the
/// lookup, the token's insert and the mail are all done in a task of their own). A failure
/// there is logged; the mail outbox retries what the mail server does not take.
pub async fn request_password_reset(
    state: &std::sync::Arc<Context>,
    email: &str,
    origin: &Origin,
) -> Result<(), AppError> {
    state
        .limiter
        .hit(&rate_limit::RESET_PER_ADDRESS, &origin.address)?;
    let Ok(email) = Email::parse(email) else {
        return Ok(());
    };
    state
        .limiter
        .hit(&rate_limit::RESET_PER_ACCOUNT, email.as_str())?;
    let state = state.clone();
    actix_web::rt::spawn(async move {
        if let Err(e) = mail_password_reset(&state, email).await {
            tracing::error!(error = %e, "a password reset could not be prepared");
        }
    });
    Ok(())
}

async fn mail_password_reset(state: &Context, email: Email) -> Result<(), AppError> {
    let validity = Duration::minutes(state.settings.auth.link_minutes);
    let found = state
        .run(move |conn, s| recovery::request_password_reset(conn, &s.signer, validity, &email))
        .await?;
    if let Some((user, token)) = found {
        let link = state.link("/password-reset/confirm", &token);
        let notice = notices::password_reset(
            Tr(user.locale),
            &user.name,
            &link,
            state.settings.auth.link_minutes,
        );
        send_notice(state, &notice, &user.email).await;
    }
    Ok(())
}

pub async fn complete_password_reset(
    state: &Context,
    token: &str,
    new_password: &str,
) -> Result<User, AppError> {
    let (token, new_password) = (token.to_string(), new_password.to_string());
    state
        .run(move |conn, s| {
            let user = recovery::inspect_password_reset(conn, &s.signer, &token)?;
            passwords::check_policy(&new_password, &[&user.name, &user.email], "password")?;
            let hash = s.hashing.hash(&new_password)?;
            recovery::complete_password_reset(conn, &s.signer, &token, &hash)
        })
        .await
}

/// A password typed again while signed in (changing it, the e-mail address, recovery codes,
/// turning two-factor sign-in off, deleting the account) draws on the account's sign-in budget
/// ([`rate_limit::SIGN_IN_PER_ACCOUNT`]): a stolen session cannot be used to guess the password
/// any faster than the sign-in page allows. A confirmed password resets the count, as a
/// sign-in does.
async fn with_password_budget<T>(
    state: &Context,
    user_id: i64,
    attempt: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let key: String = state
        .run(move |conn, _| {
            Ok(users::find_by_id(conn, user_id)?
                .email
                .as_str()
                .to_lowercase())
        })
        .await?;
    state.limiter.hit(&rate_limit::SIGN_IN_PER_ACCOUNT, &key)?;
    let outcome = attempt.await;
    if outcome.is_ok() {
        state.limiter.clear(&rate_limit::SIGN_IN_PER_ACCOUNT, &key);
    }
    outcome
}

/// Changes the password of a signed-in account after checking the current one; every other
/// session is signed out.
pub async fn change_password(
    state: &Context,
    identity: &Identity,
    current: &str,
    new_password: &str,
) -> Result<(), AppError> {
    let (user_id, session_id) = (identity.user_id, identity.session_id);
    let (current, new_password) = (current.to_string(), new_password.to_string());
    with_password_budget(
        state,
        user_id,
        state.run(move |conn, s| {
            let user = users::find_by_id(conn, user_id)?;
            if !s.hashing.verify(&current, &user.password_hash) {
                return Err(AppError::invalid_key(
                    "current_password",
                    "error-password-wrong",
                ));
            }
            passwords::check_policy(&new_password, &[&user.name, &user.email], "new_password")?;
            let hash = s.hashing.hash(&new_password)?;
            users::set_password(conn, user_id, &hash, Some(session_id))
        }),
    )
    .await
}

/// Sends a confirmation link to the new address, and a notice to the old one.
pub async fn request_email_change(
    state: &Context,
    identity: &Identity,
    new_email: &str,
    password: &str,
) -> Result<(), AppError> {
    let new_email = Email::parse(new_email)
        .map_err(|_| AppError::invalid_key("new_email", "error-email-invalid"))?;
    state.limiter.hit(
        &rate_limit::EMAIL_CHANGE_PER_ACCOUNT,
        &identity.user_id.to_string(),
    )?;
    let user_id = identity.user_id;
    let password = password.to_string();
    let validity = Duration::minutes(state.settings.auth.link_minutes);
    let target = new_email.clone();
    let (user, change) = with_password_budget(
        state,
        user_id,
        state.run(move |conn, s| {
            let user = users::find_by_id(conn, user_id)?;
            if !s.hashing.verify(&password, &user.password_hash) {
                return Err(AppError::invalid_key("password", "error-password-wrong"));
            }
            let change = recovery::request_email_change(conn, &s.signer, validity, &user, &target)?;
            Ok((user, change))
        }),
    )
    .await?;
    let tr = Tr(user.locale);
    let to_new_address = match change {
        recovery::EmailChange::Link(token) => {
            let link = state.link("/account/email/confirm", &token);
            notices::email_change_confirmation(
                tr,
                &user.name,
                &link,
                state.settings.auth.link_minutes,
            )
        }
        recovery::EmailChange::Taken(locale) => notices::email_taken_notice(Tr(locale)),
    };
    send_notice(state, &to_new_address, new_email.as_str()).await;
    send_notice(
        state,
        &notices::email_change_notice(tr, &user.name),
        &user.email,
    )
    .await;
    Ok(())
}

/// Creates the first admin from the set-up link and signs her in.
pub async fn set_up_admin(
    state: &Context,
    token: &str,
    email: &str,
    name: &str,
    password: &str,
    locale: Lang,
    origin: &Origin,
) -> Result<(IssuedTokens, User), AppError> {
    let email = Email::parse(email)?;
    let (token, name, password, label) = (
        token.to_string(),
        name.to_string(),
        password.to_string(),
        origin.label.clone(),
    );
    state
        .run(move |conn, s| {
            setup::check_setup(conn, &s.signer, &token)?;
            super::clean_name(&name, "name")?;
            passwords::check_policy(&password, &[&name, email.as_str()], "password")?;
            let hash = s.hashing.hash(&password)?;
            let user = setup::complete_setup(conn, &s.signer, &token, email, &name, hash, locale)?;
            let tokens = sessions::start_session(
                conn,
                &s.signer,
                &s.session_policy,
                &user,
                Client::Web,
                &label,
            )?;
            Ok((tokens, user))
        })
        .await
}

/// Checks a password for an action that needs it again (deleting the account, turning off
/// two-factor sign-in).
pub fn confirm_password(kit: &AuthKit, user: &User, password: &str) -> Result<(), AppError> {
    if kit.hashing.verify(password, &user.password_hash) {
        Ok(())
    } else {
        Err(AppError::invalid_key("password", "error-password-wrong"))
    }
}

/// Turns two-factor sign-in off after checking the password. Staff cannot while it is
/// required of them.
pub async fn disable_two_factor(
    state: &Context,
    identity: &Identity,
    password: &str,
) -> Result<(), AppError> {
    if identity.role.is_staff() && state.settings.auth.require_2fa_for_staff {
        return Err(AppError::forbidden("refusal-staff-keep-two-factor"));
    }
    let (user_id, password) = (identity.user_id, password.to_string());
    with_password_budget(
        state,
        user_id,
        state.run(move |conn, kit| {
            let user = users::find_by_id(conn, user_id)?;
            confirm_password(kit, &user, &password)?;
            totp::disable(conn, user_id)
        }),
    )
    .await
}

/// Replaces the recovery codes after checking the password; returns the new ones.
pub async fn new_recovery_codes(
    state: &Context,
    identity: &Identity,
    password: &str,
) -> Result<Vec<String>, AppError> {
    let (user_id, password) = (identity.user_id, password.to_string());
    with_password_budget(
        state,
        user_id,
        state.run(move |conn, kit| {
            let user = users::find_by_id(conn, user_id)?;
            confirm_password(kit, &user, &password)?;
            if !user.has_2fa() {
                return Err(AppError::conflict("refusal-two-factor-off"));
            }
            totp::replace_recovery_codes(conn, &kit.signer, user_id)
        }),
    )
    .await
}

/// Deletes the signed-in account after checking the password.
pub async fn delete_account(
    state: &Context,
    identity: &Identity,
    password: &str,
    published: users::PublishedContentChoice,
) -> Result<(), AppError> {
    let (user_id, password) = (identity.user_id, password.to_string());
    with_password_budget(
        state,
        user_id,
        state.run(move |conn, kit| {
            let user = users::find_by_id(conn, user_id)?;
            confirm_password(kit, &user, &password)?;
            users::delete_account(conn, user_id, published)
        }),
    )
    .await
}

/// Creates an active account directly (the `parley user add` command).
pub async fn create_account(
    state: &Context,
    email: &str,
    name: &str,
    role: Role,
    password: &str,
) -> Result<User, AppError> {
    let email = Email::parse(email)?;
    let (name, password) = (name.to_string(), password.to_string());
    state
        .run(move |conn, kit| {
            super::clean_name(&name, "name")?;
            passwords::check_policy(&password, &[&name, email.as_str()], "password")?;
            let hash = kit.hashing.hash(&password)?;
            users::create_user(
                conn,
                users::NewAccount {
                    email,
                    name,
                    role,
                    locale: Lang::En,
                    cohort: None,
                    password_hash: hash,
                },
            )
        })
        .await
}

//! Password reset and e-mail change, both by mailed link.
//!
//! A reset link carries a keyed fingerprint of the password hash it replaces, so it stops
//! working the moment the password changes (including by its own use). An e-mail-change link
//! goes to the new address (proving she holds it) and carries a fingerprint of the old one, so
//! it too works once. Asking for a reset answers the same whether or not the address exists.

use chrono::Duration;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::tokens::{Purpose, Signer};
use super::users::{self, find_by_id};
use super::{Email, User};
use crate::db::DbConnection;
use crate::db::schema::users as users_table;
use crate::error::AppError;

#[derive(Serialize, Deserialize)]
struct ResetClaims {
    sub: String,
    fp: String,
}

#[derive(Serialize, Deserialize)]
struct EmailChangeClaims {
    sub: String,
    new_email: String,
    fp: String,
}

fn link_invalid() -> AppError {
    AppError::invalid_key("token", "error-link-invalid")
}

/// The account and a reset link token, if the address belongs to an active account.
pub fn request_password_reset(
    conn: &mut DbConnection,
    signer: &Signer,
    validity: Duration,
    email: &Email,
) -> Result<Option<(User, String)>, AppError> {
    let Some(user) = users::find_by_email(conn, email)?.filter(User::is_active) else {
        return Ok(None);
    };
    let token = signer.sign(
        Purpose::PasswordReset,
        validity,
        &ResetClaims {
            sub: user.id.to_string(),
            fp: signer.fingerprint(&user.password_hash),
        },
    )?;
    Ok(Some((user, token)))
}

/// The account a reset link is for, if the link still works.
pub fn inspect_password_reset(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
) -> Result<User, AppError> {
    let claims: ResetClaims = signer
        .verify(Purpose::PasswordReset, token)
        .map_err(|_| link_invalid())?;
    let id: i64 = claims.sub.parse().map_err(|_| link_invalid())?;
    let user = find_by_id(conn, id).map_err(|_| link_invalid())?;
    if !user.is_active() || signer.fingerprint(&user.password_hash) != claims.fp {
        return Err(link_invalid());
    }
    Ok(user)
}

/// Sets the new password (already checked and hashed) and signs out every session.
pub fn complete_password_reset(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
    new_password_hash: &str,
) -> Result<User, AppError> {
    conn.transaction(|conn| {
        let user = inspect_password_reset(conn, signer, token)?;
        users::set_password(conn, user.id, new_password_hash, None)?;
        Ok(user)
    })
}

/// What a request to move an account to a new address leads to.
pub enum EmailChange {
    /// A link token to confirm the new address, mailed to it.
    Link(String),
    /// The address already has an account (in that account's language): its owner is told
    /// that someone asked for it, and nothing changes. The one asking is answered exactly as
    /// for a free address, so she cannot learn who has an account.
    Taken(crate::i18n::Lang),
}

/// A link token to confirm `new_email` for `user`, unless the address has an account already.
pub fn request_email_change(
    conn: &mut DbConnection,
    signer: &Signer,
    validity: Duration,
    user: &User,
    new_email: &Email,
) -> Result<EmailChange, AppError> {
    if new_email.as_str() == user.email {
        return Err(AppError::invalid_key("new_email", "error-email-same"));
    }
    if let Some(owner) = users::find_by_email(conn, new_email)? {
        return Ok(EmailChange::Taken(owner.locale));
    }
    signer
        .sign(
            Purpose::EmailChange,
            validity,
            &EmailChangeClaims {
                sub: user.id.to_string(),
                new_email: new_email.as_str().to_string(),
                fp: signer.fingerprint(&user.email),
            },
        )
        .map(EmailChange::Link)
}

/// What a confirmation link would do, for its confirmation page.
pub fn inspect_email_change(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
) -> Result<(User, Email), AppError> {
    let claims: EmailChangeClaims = signer
        .verify(Purpose::EmailChange, token)
        .map_err(|_| link_invalid())?;
    let id: i64 = claims.sub.parse().map_err(|_| link_invalid())?;
    let user = find_by_id(conn, id).map_err(|_| link_invalid())?;
    if !user.is_active() || signer.fingerprint(&user.email) != claims.fp {
        return Err(link_invalid());
    }
    Ok((user, Email::parse(&claims.new_email)?))
}

/// Changes the address. Fails if someone took the new address meanwhile.
pub fn confirm_email_change(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
) -> Result<User, AppError> {
    conn.transaction(|conn| {
        let (user, new_email) = inspect_email_change(conn, signer, token)?;
        if users::find_by_email(conn, &new_email)?.is_some() {
            return Err(AppError::conflict("refusal-address-taken"));
        }
        diesel::update(users_table::table.find(user.id))
            .set(users_table::email.eq(new_email.as_str()))
            .execute(conn)?;
        super::sessions::sessions_changed();
        find_by_id(conn, user.id)
    })
}

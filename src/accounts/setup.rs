//! The first admin. On a start with no active admin, Parley writes a one-time link to its log
//! and terminal; opening it lets whoever runs the server create the admin account. The link
//! expires after a day, is replaced at each start, and dies once an admin exists.

use chrono::Duration;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::tokens::{Purpose, Signer, hash_token, random_token};
use super::users::{self, NewAccount};
use super::{Email, Role, User};
use crate::db::schema::instance_state;
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::i18n::Lang;

const NONCE_KEY: &str = "admin_setup_nonce";
pub const VALIDITY_HOURS: i64 = 24;

#[derive(Serialize, Deserialize)]
struct SetupClaims {
    nonce: String,
}

/// A new setup link token when there is no admin yet; `None` otherwise.
pub fn prepare_setup(conn: &mut DbConnection, signer: &Signer) -> Result<Option<String>, AppError> {
    conn.transaction(|conn| {
        if users::count_admins(conn)? > 0 {
            diesel::delete(instance_state::table.find(NONCE_KEY)).execute(conn)?;
            return Ok(None);
        }
        let nonce = random_token();
        diesel::delete(instance_state::table.find(NONCE_KEY)).execute(conn)?;
        diesel::insert_into(instance_state::table)
            .values((
                instance_state::key.eq(NONCE_KEY),
                instance_state::value.eq(hash_token(&nonce)),
                instance_state::updated_at.eq(now()),
            ))
            .execute(conn)?;
        let token = signer.sign(
            Purpose::Setup,
            Duration::hours(VALIDITY_HOURS),
            &SetupClaims { nonce },
        )?;
        Ok(Some(token))
    })
}

/// True when the setup link is the current one and no admin exists yet.
pub fn check_setup(conn: &mut DbConnection, signer: &Signer, token: &str) -> Result<(), AppError> {
    let invalid = || AppError::invalid_key("token", "error-setup-invalid");
    let claims: SetupClaims = signer
        .verify(Purpose::Setup, token)
        .map_err(|_| invalid())?;
    let stored: Option<String> = instance_state::table
        .find(NONCE_KEY)
        .select(instance_state::value)
        .first(conn)
        .optional()?;
    if stored.as_deref() != Some(hash_token(&claims.nonce).as_str())
        || users::count_admins(conn)? > 0
    {
        return Err(invalid());
    }
    Ok(())
}

/// Creates the first admin and spends the link.
pub fn complete_setup(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
    email: Email,
    name: &str,
    password_hash: String,
    locale: Lang,
) -> Result<User, AppError> {
    conn.transaction(|conn| {
        check_setup(conn, signer, token)?;
        diesel::delete(instance_state::table.find(NONCE_KEY)).execute(conn)?;
        users::create_user(
            conn,
            NewAccount {
                email,
                name: name.to_string(),
                role: Role::Admin,
                locale,
                cohort: None,
                password_hash,
            },
        )
    })
}

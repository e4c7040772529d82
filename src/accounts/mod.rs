//! Accounts and access: users and roles, passwords, invitations, sessions (JWT access tokens and
//! rotating refresh tokens), two-factor sign-in, signed single-purpose links, rate limits.
//!
//! Owns who someone is and what they may do. Must never log or return a password, a token, a
//! TOTP secret or an e-mail address to anyone but its owner (and admins, for addresses), and
//! must answer "wrong e-mail" and "wrong password" identically.

pub mod cohorts;
pub mod export;
pub mod flows;
pub mod invitations;
pub mod passwords;
pub mod rate_limit;
pub mod recovery;
pub mod sessions;
pub mod setup;
pub mod tokens;
pub mod totp;
pub mod users;

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::Lang;

/// What an account may do. Each role includes the ones before it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Moderator,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    /// Moderators and admins can read un-anonymised text and manage people.
    pub fn is_staff(self) -> bool {
        self >= Role::Moderator
    }

    pub const ALL: [Role; 3] = [Role::Member, Role::Moderator, Role::Admin];
}

impl FromStr for Role {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "member" => Ok(Role::Member),
            "moderator" => Ok(Role::Moderator),
            "admin" => Ok(Role::Admin),
            _ => Err(AppError::invalid(
                "role",
                "must be member, moderator or admin",
            )),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum UserStatus {
    Active,
    Disabled,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Active => "active",
            UserStatus::Disabled => "disabled",
        }
    }
}

impl FromStr for UserStatus {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "active" => Ok(UserStatus::Active),
            "disabled" => Ok(UserStatus::Disabled),
            _ => Err(AppError::invalid("status", "must be active or disabled")),
        }
    }
}

/// An e-mail address, trimmed, lower-cased and checked. Uniqueness is on this form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, AppError> {
        let normalised = raw.trim().to_lowercase();
        let ok = normalised.len() <= 254
            && normalised.parse::<lettre::Address>().is_ok()
            && normalised.contains('.');
        if ok {
            Ok(Email(normalised))
        } else {
            Err(AppError::invalid_key("email", "error-email-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = AppError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

/// A row of `users`, as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::db::schema::users)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub locale: String,
    pub cohort: Option<String>,
    pub status: String,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
    pub password_changed_at: NaiveDateTime,
}

/// An account, with its rules parsed. Never serialised as a whole: the password hash and the
/// TOTP secret stay inside.
#[derive(Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub locale: Lang,
    pub cohort: Option<String>,
    pub status: UserStatus,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
    pub password_changed_at: NaiveDateTime,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl TryFrom<UserRow> for User {
    type Error = AppError;
    fn try_from(row: UserRow) -> Result<Self, Self::Error> {
        Ok(User {
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role.parse()?,
            locale: Lang::parse(&row.locale).unwrap_or_default(),
            cohort: row.cohort,
            status: row.status.parse()?,
            password_hash: row.password_hash,
            totp_secret: row.totp_secret,
            totp_last_step: row.totp_last_step,
            created_at: row.created_at,
            last_login_at: row.last_login_at,
            password_changed_at: row.password_changed_at,
        })
    }
}

impl User {
    pub fn has_2fa(&self) -> bool {
        self.totp_secret.is_some()
    }

    pub fn is_active(&self) -> bool {
        self.status == UserStatus::Active
    }
}

/// What an account owner sees of herself (`GET /api/v1/me`).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub locale: String,
    pub cohort: Option<String>,
    pub two_factor: bool,
}

impl From<&User> for Me {
    fn from(user: &User) -> Self {
        Me {
            id: user.id,
            email: user.email.clone(),
            name: user.name.clone(),
            role: user.role,
            locale: user.locale.code().to_string(),
            cohort: user.cohort.clone(),
            two_factor: user.has_2fa(),
        }
    }
}

/// Trims a free-text name and checks its length.
pub fn clean_name(raw: &str, field: &str) -> Result<String, AppError> {
    let name = raw.trim();
    let chars = name.chars().count();
    if chars == 0 {
        return Err(AppError::invalid_key(
            field.to_string(),
            "error-name-required",
        ));
    }
    if chars > 80 {
        return Err(AppError::invalid_key(field.to_string(), "error-name-long"));
    }
    if name.chars().any(char::is_control) {
        return Err(AppError::invalid_key(
            field.to_string(),
            "error-name-required",
        ));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Olena.K@Example.ORG ").unwrap().as_str(),
            "olena.k@example.org"
        );
        assert!(Email::parse("not-an-address").is_err());
        assert!(Email::parse("a@b").is_err());
        assert!(Email::parse("").is_err());
    }

    #[test]
    fn roles_include_the_ones_below() {
        assert!(Role::Admin.is_staff());
        assert!(Role::Moderator.is_staff());
        assert!(!Role::Member.is_staff());
        assert!(Role::Admin > Role::Moderator);
        assert!("superuser".parse::<Role>().is_err());
    }
}

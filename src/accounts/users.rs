//! Creating, finding, changing and deleting accounts.

use diesel::prelude::*;
use serde::Serialize;

use super::{Email, Role, User, UserRow, UserStatus, clean_name, sessions};
use crate::db::schema::{invitations, recovery_codes, sessions as sessions_table, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::i18n::Lang;

/// What is needed to create an account. The password arrives already hashed: hashing is slow
/// and must not happen inside a transaction.
pub struct NewAccount {
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub locale: Lang,
    pub cohort: Option<String>,
    pub password_hash: String,
}

pub fn create_user(conn: &mut DbConnection, account: NewAccount) -> Result<User, AppError> {
    let name = clean_name(&account.name, "name")?;
    let cohort = clean_cohort(account.cohort.as_deref())?;
    // The insert comes first: on SQLite a transaction that reads before it writes cannot
    // wait for the write lock (its snapshot may be stale) and fails at once when another
    // connection wrote meanwhile; one that starts by writing waits `busy_timeout`. The unique
    // index on the address answers "already exists".
    conn.transaction(|conn| {
        let at = now();
        let inserted = diesel::insert_into(users::table)
            .values((
                users::email.eq(account.email.as_str()),
                users::name.eq(&name),
                users::role.eq(account.role.as_str()),
                users::locale.eq(account.locale.code()),
                users::cohort.eq(cohort.as_deref()),
                users::status.eq(UserStatus::Active.as_str()),
                users::password_hash.eq(&account.password_hash),
                users::created_at.eq(at),
                users::password_changed_at.eq(at),
            ))
            .returning(users::id)
            .get_result::<i64>(conn);
        let id = match inserted {
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => {
                return Err(AppError::conflict("refusal-account-exists"));
            }
            other => other?,
        };
        // Invited to a cohort: she is in it from her first page on.
        if let Some(name) = &cohort {
            let joined = super::cohorts::named_or_new(conn, name)?;
            super::cohorts::join(conn, joined.id, id)?;
        }
        find_by_id(conn, id)
    })
}

pub fn clean_cohort(raw: Option<&str>) -> Result<Option<String>, AppError> {
    match raw.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) if c.chars().count() > 60 => {
            Err(AppError::invalid_key("cohort", "error-cohort-long"))
        }
        Some(c) => Ok(Some(c.to_string())),
    }
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> Result<User, AppError> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)?
        .try_into()
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> Result<Option<User>, AppError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .map(User::try_from)
        .transpose()
}

pub fn count_admins(conn: &mut DbConnection) -> Result<i64, AppError> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::status.eq(UserStatus::Active.as_str()))
        .count()
        .get_result(conn)?)
}

pub fn update_profile(
    conn: &mut DbConnection,
    user_id: i64,
    name: &str,
    locale: Lang,
) -> Result<User, AppError> {
    let name = clean_name(name, "name")?;
    diesel::update(users::table.find(user_id))
        .set((users::name.eq(&name), users::locale.eq(locale.code())))
        .execute(conn)?;
    sessions::sessions_changed();
    find_by_id(conn, user_id)
}

/// Stores a new password hash and ends every session but `keep_session` (a password change
/// from a signed-in page keeps that page signed in; a reset keeps none).
pub fn set_password(
    conn: &mut DbConnection,
    user_id: i64,
    password_hash: &str,
    keep_session: Option<i64>,
) -> Result<(), AppError> {
    conn.transaction(|conn| {
        diesel::update(users::table.find(user_id))
            .set((
                users::password_hash.eq(password_hash),
                users::password_changed_at.eq(now()),
            ))
            .execute(conn)?;
        sessions::revoke_all(conn, user_id, keep_session)?;
        Ok(())
    })
}

pub fn record_login(conn: &mut DbConnection, user_id: i64) -> Result<(), AppError> {
    diesel::update(users::table.find(user_id))
        .set(users::last_login_at.eq(Some(now())))
        .execute(conn)?;
    Ok(())
}

/// One line of the admin's user list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct UserSummary {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub status: UserStatus,
    pub cohort: Option<String>,
    pub two_factor: bool,
    #[schema(value_type = Option<String>)]
    pub last_login_at: Option<chrono::NaiveDateTime>,
}

pub fn list_users(conn: &mut DbConnection) -> Result<Vec<UserSummary>, AppError> {
    let rows: Vec<UserRow> = users::table
        .select(UserRow::as_select())
        .order(users::email.asc())
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let user = User::try_from(row)?;
            Ok(UserSummary {
                id: user.id,
                two_factor: user.has_2fa(),
                email: user.email,
                name: user.name,
                role: user.role,
                status: user.status,
                cohort: user.cohort,
                last_login_at: user.last_login_at,
            })
        })
        .collect()
}

/// An admin changes someone's role. The last active admin cannot stop being one.
pub fn set_role(conn: &mut DbConnection, user_id: i64, role: Role) -> Result<User, AppError> {
    conn.transaction(|conn| {
        let user = find_by_id(conn, user_id)?;
        if user.role == Role::Admin && role != Role::Admin && count_admins(conn)? <= 1 {
            return Err(AppError::conflict("refusal-last-admin"));
        }
        diesel::update(users::table.find(user_id))
            .set(users::role.eq(role.as_str()))
            .execute(conn)?;
        // A new role must not ride on tokens issued for the old one.
        sessions::revoke_all(conn, user_id, None)?;
        find_by_id(conn, user_id)
    })
}

/// An admin disables (every session ends at once) or re-enables an account.
pub fn set_status(
    conn: &mut DbConnection,
    user_id: i64,
    status: UserStatus,
) -> Result<User, AppError> {
    conn.transaction(|conn| {
        let user = find_by_id(conn, user_id)?;
        if user.role == Role::Admin && status == UserStatus::Disabled && count_admins(conn)? <= 1 {
            return Err(AppError::conflict("refusal-last-active-admin"));
        }
        diesel::update(users::table.find(user_id))
            .set(users::status.eq(status.as_str()))
            .execute(conn)?;
        sessions::sessions_changed();
        if status == UserStatus::Disabled {
            sessions::revoke_all(conn, user_id, None)?;
        }
        find_by_id(conn, user_id)
    })
}

/// What happens to a leaving member's published case studies: they stay, signed "former
/// member" (her account link is gone either way), or they are removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublishedContentChoice {
    KeepAsFormerMember,
    Remove,
}

/// Deletes an account: its sessions, refresh tokens and recovery codes go with it; her
/// unpublished threads and replies too; published ones stay as "former member" or are
/// removed, as she chose; invitations she sent stay without their sender. The last admin
/// cannot leave.
pub fn delete_account(
    conn: &mut DbConnection,
    user_id: i64,
    published: PublishedContentChoice,
) -> Result<(), AppError> {
    conn.transaction(|conn| {
        let user = find_by_id(conn, user_id)?;
        if user.role == Role::Admin && count_admins(conn)? <= 1 {
            return Err(AppError::conflict("refusal-only-admin-delete"));
        }
        sessions::revoke_all(conn, user_id, None)?;
        crate::cases::store::on_account_deleted(
            conn,
            user_id,
            published == PublishedContentChoice::KeepAsFormerMember,
        )?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)?;
        diesel::delete(sessions_table::table.filter(sessions_table::user_id.eq(user_id)))
            .execute(conn)?;
        diesel::update(invitations::table.filter(invitations::invited_by.eq(user_id)))
            .set(invitations::invited_by.eq(None::<i64>))
            .execute(conn)?;
        diesel::delete(users::table.find(user_id)).execute(conn)?;
        Ok(())
    })
}

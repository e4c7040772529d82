//! Cohorts: the group of one training (docs/cohorts.md). Admins create them and add or remove
//! members; an invitation with a cohort's name puts the new member in it; a member may belong
//! to several. A thread for a cohort is seen by its members and the moderators only
//! ([`crate::cases::Audience`]).
//!
//! Membership is part of who she is: [`super::sessions::Identity::cohorts`] carries it, read
//! with her session. Adding or removing a member marks the identities this process remembers as
//! stale ([`super::sessions::sessions_changed`]), so a member removed loses access with her
//! next request — pages kept in memory included, which are kept per set of cohorts.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::Email;
use crate::db::schema::{cohort_members, cohorts, notifications, threads, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// A cohort as members see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable, utoipa::ToSchema)]
#[diesel(table_name = cohorts)]
pub struct Cohort {
    pub id: i64,
    pub name: String,
    pub description: String,
}

/// A cohort with what its administration needs.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CohortAdmin {
    pub id: i64,
    pub name: String,
    pub description: String,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
    pub members: Vec<CohortMember>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CohortMember {
    pub name: String,
    pub email: String,
}

const MAX_NAME: usize = 80;
const MAX_DESCRIPTION: usize = 2_000;

/// Creates a cohort. Its name is unique (case as written).
pub fn create(conn: &mut DbConnection, name: &str, description: &str) -> Result<Cohort, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid_key("name", "error-name-required"));
    }
    if name.chars().count() > MAX_NAME {
        return Err(AppError::invalid_key("name", "error-name-long"));
    }
    let description = description.trim();
    if description.chars().count() > MAX_DESCRIPTION {
        return Err(AppError::invalid_key(
            "description",
            "error-description-long",
        ));
    }
    let inserted = diesel::insert_into(cohorts::table)
        .values((
            cohorts::name.eq(name),
            cohorts::description.eq(description),
            cohorts::created_at.eq(now()),
        ))
        .returning(cohorts::id)
        .get_result::<i64>(conn);
    match inserted {
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Err(AppError::conflict("refusal-cohort-exists")),
        other => find(conn, other?),
    }
}

/// The cohort named `name`, if there is one.
pub fn by_name(conn: &mut DbConnection, name: &str) -> Result<Option<Cohort>, AppError> {
    Ok(cohorts::table
        .filter(cohorts::name.eq(name.trim()))
        .select(Cohort::as_select())
        .first(conn)
        .optional()?)
}

/// The cohort named `name`, created if there is none (an admin's or the operator's invitation).
pub fn named_or_new(conn: &mut DbConnection, name: &str) -> Result<Cohort, AppError> {
    match by_name(conn, name)? {
        Some(cohort) => Ok(cohort),
        None => create(conn, name, ""),
    }
}

/// The cohorts `user_id` belongs to, by name.
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> Result<Vec<Cohort>, AppError> {
    Ok(cohorts::table
        .inner_join(cohort_members::table)
        .filter(cohort_members::user_id.eq(user_id))
        .order(cohorts::name.asc())
        .select(Cohort::as_select())
        .load(conn)?)
}

/// The ids of the cohorts `user_id` belongs to, ascending.
pub fn ids_of_user(conn: &mut DbConnection, user_id: i64) -> Result<Vec<i64>, AppError> {
    Ok(cohort_members::table
        .filter(cohort_members::user_id.eq(user_id))
        .order(cohort_members::cohort_id.asc())
        .select(cohort_members::cohort_id)
        .load(conn)?)
}

/// The cohorts a reader sees: hers, or every cohort for moderators and admins.
pub fn visible_to(
    conn: &mut DbConnection,
    user_id: i64,
    staff: bool,
) -> Result<Vec<Cohort>, AppError> {
    if !staff {
        return of_user(conn, user_id);
    }
    Ok(cohorts::table
        .order(cohorts::name.asc())
        .select(Cohort::as_select())
        .load(conn)?)
}

/// Every cohort with its members, for admins and moderators.
pub fn all(conn: &mut DbConnection) -> Result<Vec<CohortAdmin>, AppError> {
    let list: Vec<(i64, String, String, NaiveDateTime)> = cohorts::table
        .order(cohorts::name.asc())
        .select((
            cohorts::id,
            cohorts::name,
            cohorts::description,
            cohorts::created_at,
        ))
        .load(conn)?;
    let members: Vec<(i64, String, String)> = cohort_members::table
        .inner_join(users::table)
        .order(users::name.asc())
        .select((cohort_members::cohort_id, users::name, users::email))
        .load(conn)?;
    Ok(list
        .into_iter()
        .map(|(id, name, description, created_at)| CohortAdmin {
            id,
            name,
            description,
            created_at,
            members: members
                .iter()
                .filter(|(c, _, _)| *c == id)
                .map(|(_, name, email)| CohortMember {
                    name: name.clone(),
                    email: email.clone(),
                })
                .collect(),
        })
        .collect())
}

/// The cohort `id`, or `NotFound`.
pub fn find(conn: &mut DbConnection, id: i64) -> Result<Cohort, AppError> {
    cohorts::table
        .find(id)
        .select(Cohort::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

fn account_of(conn: &mut DbConnection, email: &str) -> Result<i64, AppError> {
    let email = Email::parse(email)?;
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(users::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::invalid_key("email", "error-no-such-account"))
}

/// Adds the account with this address to cohort `id` (already a member: nothing changes).
pub fn add_member(conn: &mut DbConnection, id: i64, email: &str) -> Result<(), AppError> {
    find(conn, id)?;
    let user_id = account_of(conn, email)?;
    join(conn, id, user_id)
}

/// Puts `user_id` in cohort `id` (an accepted invitation, an admin's addition).
pub fn join(conn: &mut DbConnection, id: i64, user_id: i64) -> Result<(), AppError> {
    let present: i64 = cohort_members::table
        .filter(cohort_members::cohort_id.eq(id))
        .filter(cohort_members::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    if present == 0 {
        diesel::insert_into(cohort_members::table)
            .values((
                cohort_members::cohort_id.eq(id),
                cohort_members::user_id.eq(user_id),
                cohort_members::added_at.eq(now()),
            ))
            .execute(conn)?;
    }
    super::sessions::sessions_changed();
    Ok(())
}

/// Removes the account with this address from cohort `id`: from her next request on, the
/// cohort's threads answer her as threads that do not exist.
pub fn remove_member(conn: &mut DbConnection, id: i64, email: &str) -> Result<(), AppError> {
    find(conn, id)?;
    let user_id = account_of(conn, email)?;
    conn.transaction(|conn| {
        diesel::delete(
            cohort_members::table
                .filter(cohort_members::cohort_id.eq(id))
                .filter(cohort_members::user_id.eq(user_id)),
        )
        .execute(conn)?;
        // What she was told about the cohort's threads (not her own) goes too: her list would
        // otherwise keep their ids and times.
        let theirs = threads::table
            .filter(threads::audience_cohort_id.eq(id))
            .filter(
                threads::author_id
                    .ne(user_id)
                    .or(threads::author_id.is_null()),
            )
            .select(threads::id);
        diesel::delete(
            notifications::table
                .filter(notifications::user_id.eq(user_id))
                .filter(notifications::thread_id.eq_any(theirs.nullable())),
        )
        .execute(conn)?;
        Ok::<_, AppError>(())
    })?;
    super::sessions::sessions_changed();
    Ok(())
}

/// What `user_id` reaches, read now (digests, composed for her without a session): every
/// cohort for staff, her own cohorts for a member.
pub fn reach_of(conn: &mut DbConnection, user_id: i64) -> Result<crate::cases::Reach, AppError> {
    let role: String = users::table
        .find(user_id)
        .select(users::role)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let role: super::Role = role.parse()?;
    if role.is_staff() {
        return Ok(crate::cases::Reach::Everything);
    }
    Ok(crate::cases::Reach::Cohorts(ids_of_user(conn, user_id)?))
}

//! Invitations: the only way in. A moderator invites members; an admin invites anyone. The
//! mailed link is signed, expires (`auth.invitation_days`) and works once: its random part is
//! stored hashed on the invitation row, which accepting marks used in the same transaction
//! that creates the account. A newer invitation to the same address replaces older ones.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::tokens::{Purpose, Signer, TokenError, hash_token, random_token};
use super::users::{self, NewAccount};
use super::{Email, Role, User};
use crate::db::schema::invitations;
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::i18n::Lang;

#[derive(Serialize, Deserialize)]
struct InvitationClaims {
    inv: i64,
    nonce: String,
}

/// A new invitation and the link token to mail.
pub struct Created {
    pub id: i64,
    pub email: Email,
    pub role: Role,
    pub locale: Lang,
    pub token: String,
    pub expires_at: NaiveDateTime,
}

/// Who may invite whom: moderators bring in members; only admins create staff.
pub fn may_invite(inviter: Role, role: Role) -> bool {
    match inviter {
        Role::Admin => true,
        Role::Moderator => role == Role::Member,
        Role::Member => false,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn invite(
    conn: &mut DbConnection,
    signer: &Signer,
    validity: Duration,
    inviter: Option<(i64, Role)>,
    email: Email,
    role: Role,
    cohort: Option<&str>,
    locale: Lang,
) -> Result<Created, AppError> {
    if let Some((_, inviter_role)) = inviter
        && !may_invite(inviter_role, role)
    {
        return Err(AppError::forbidden("refusal-invite-staff"));
    }
    let cohort = users::clean_cohort(cohort)?;
    let nonce = random_token();
    conn.transaction(|conn| {
        conn.write_first()?;
        if users::find_by_email(conn, &email)?.is_some() {
            return Err(AppError::conflict("refusal-has-account"));
        }
        // A cohort is named by its name. Admins (and the operator's command line) create it
        // by inviting to it; a moderator invites to a cohort that exists.
        if let Some(name) = &cohort
            && inviter.is_some_and(|(_, role)| role != Role::Admin)
            && super::cohorts::by_name(conn, name)?.is_none()
        {
            return Err(AppError::invalid_key("cohort", "error-cohort-unknown"));
        }
        let at = now();
        // A moderator's invitation must not withdraw an admin's pending one for a moderator or
        // an admin (re-inviting the address as a member would).
        if let Some((_, inviter_role)) = inviter {
            let pending: Vec<String> = invitations::table
                .filter(invitations::email.eq(email.as_str()))
                .filter(invitations::accepted_at.is_null())
                .filter(invitations::revoked_at.is_null())
                .filter(invitations::expires_at.gt(at))
                .select(invitations::role)
                .load(conn)?;
            if pending
                .iter()
                .filter_map(|r| r.parse::<Role>().ok())
                .any(|r| !may_invite(inviter_role, r))
            {
                return Err(AppError::conflict("refusal-admin-invitation-pending"));
            }
        }
        // Only the newest link to an address works.
        diesel::update(
            invitations::table
                .filter(invitations::email.eq(email.as_str()))
                .filter(invitations::accepted_at.is_null())
                .filter(invitations::revoked_at.is_null()),
        )
        .set(invitations::revoked_at.eq(Some(at)))
        .execute(conn)?;
        let expires_at = at + validity;
        let id: i64 = diesel::insert_into(invitations::table)
            .values((
                invitations::email.eq(email.as_str()),
                invitations::role.eq(role.as_str()),
                invitations::cohort.eq(cohort.as_deref()),
                invitations::locale.eq(locale.code()),
                invitations::invited_by.eq(inviter.map(|(id, _)| id)),
                invitations::nonce_hash.eq(hash_token(&nonce)),
                invitations::created_at.eq(at),
                invitations::expires_at.eq(expires_at),
            ))
            .returning(invitations::id)
            .get_result(conn)?;
        let token = signer.sign(
            Purpose::Invitation,
            validity,
            &InvitationClaims {
                inv: id,
                nonce: nonce.clone(),
            },
        )?;
        Ok(Created {
            id,
            email: email.clone(),
            role,
            locale,
            token,
            expires_at,
        })
    })
}

/// An invitation that can still be accepted, as the invitee's form shows it.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub cohort: Option<String>,
    pub locale: Lang,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = invitations)]
struct InvitationRecord {
    id: i64,
    email: String,
    role: String,
    cohort: Option<String>,
    locale: String,
    nonce_hash: String,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
    accepted_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
}

/// Checks a link without using it. Every reason it fails reads the same to the holder.
pub fn inspect(conn: &mut DbConnection, signer: &Signer, token: &str) -> Result<Pending, AppError> {
    let invalid = || AppError::invalid_key("token", "error-invitation-invalid");
    let claims: InvitationClaims = signer
        .verify(Purpose::Invitation, token)
        .map_err(|_: TokenError| invalid())?;
    let Some(record) = invitations::table
        .find(claims.inv)
        .select(InvitationRecord::as_select())
        .first(conn)
        .optional()?
    else {
        return Err(invalid());
    };
    let usable = record.accepted_at.is_none()
        && record.revoked_at.is_none()
        && record.expires_at > now()
        && record.nonce_hash == hash_token(&claims.nonce);
    if !usable {
        return Err(invalid());
    }
    Ok(Pending {
        id: record.id,
        email: record.email,
        role: record.role.parse()?,
        cohort: record.cohort,
        locale: Lang::parse(&record.locale).unwrap_or_default(),
    })
}

/// Accepts an invitation: creates the account and spends the link, in one transaction.
pub fn accept(
    conn: &mut DbConnection,
    signer: &Signer,
    token: &str,
    name: &str,
    password_hash: String,
    locale: Lang,
) -> Result<User, AppError> {
    conn.transaction(|conn| {
        let pending = inspect(conn, signer, token)?;
        let spent = diesel::update(
            invitations::table
                .find(pending.id)
                .filter(invitations::accepted_at.is_null())
                .filter(invitations::revoked_at.is_null()),
        )
        .set(invitations::accepted_at.eq(Some(now())))
        .execute(conn)?;
        if spent != 1 {
            return Err(AppError::invalid_key("token", "error-invitation-invalid"));
        }
        users::create_user(
            conn,
            NewAccount {
                email: Email::parse(&pending.email)?,
                name: name.to_string(),
                role: pending.role,
                locale,
                cohort: pending.cohort,
                password_hash,
            },
        )
    })
}

/// One invitation in the staff's list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InvitationSummary {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub cohort: Option<String>,
    /// `pending`, `accepted`, `revoked` or `expired`.
    pub state: &'static str,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
    #[schema(value_type = String)]
    pub expires_at: NaiveDateTime,
}

pub fn list(conn: &mut DbConnection) -> Result<Vec<InvitationSummary>, AppError> {
    let records: Vec<InvitationRecord> = invitations::table
        .order(invitations::created_at.desc())
        .select(InvitationRecord::as_select())
        .limit(500)
        .load(conn)?;
    let at = now();
    records
        .into_iter()
        .map(|r| {
            let state = if r.accepted_at.is_some() {
                "accepted"
            } else if r.revoked_at.is_some() {
                "revoked"
            } else if r.expires_at <= at {
                "expired"
            } else {
                "pending"
            };
            Ok(InvitationSummary {
                id: r.id,
                email: r.email,
                role: r.role.parse()?,
                cohort: r.cohort,
                state,
                created_at: r.created_at,
                expires_at: r.expires_at,
            })
        })
        .collect()
}

/// Withdraws a pending invitation; its link stops working.
/// Withdraws a pending invitation. `by`: the role of who withdraws it — a moderator may only
/// withdraw what she may make (a member's invitation), not a moderator's or admin's that an
/// admin made.
pub fn revoke(conn: &mut DbConnection, id: i64, by: Role) -> Result<(), AppError> {
    let role: Option<String> = invitations::table
        .find(id)
        .select(invitations::role)
        .first(conn)
        .optional()?;
    if let Some(role) = role.and_then(|r| r.parse::<Role>().ok())
        && !may_invite(by, role)
    {
        return Err(AppError::forbidden("refusal-withdraw-staff"));
    }
    let changed = diesel::update(
        invitations::table
            .find(id)
            .filter(invitations::accepted_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set(invitations::revoked_at.eq(Some(now())))
    .execute(conn)?;
    if changed == 0 {
        let exists: i64 = invitations::table.find(id).count().get_result(conn)?;
        return Err(if exists == 0 {
            AppError::NotFound
        } else {
            AppError::conflict("refusal-invitation-used")
        });
    }
    Ok(())
}

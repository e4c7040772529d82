//! Sign-in sessions. A session is one sign-in on one device; it holds a chain ("family") of
//! refresh tokens, each usable once: using one rotates it to the next. Presenting a token that
//! was already rotated means it was copied, so the whole session is revoked. Access tokens are
//! short-lived JWTs naming the session, and every request checks that the session is still
//! alive and the account still active, so revocation and disabling take effect at once.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::tokens::{Purpose, Signer, hash_token, random_token};
use super::{Role, User, UserRow, UserStatus};
use crate::config::AuthSettings;
use crate::db::schema::{refresh_tokens, sessions, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;
use crate::i18n::Lang;

/// Where a session was started: the web (cookies) or an API client (bearer tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    Web,
    Api,
}

impl Client {
    pub fn as_str(self) -> &'static str {
        match self {
            Client::Web => "web",
            Client::Api => "api",
        }
    }
}

/// Lifetimes and rules, from `[auth]`.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    /// A session ends this long after it began, however often it is used.
    pub max_age: Duration,
    pub require_2fa_for_staff: bool,
}

impl SessionPolicy {
    pub fn from_settings(auth: &AuthSettings) -> Self {
        SessionPolicy {
            access_ttl: Duration::minutes(auth.access_token_minutes),
            refresh_ttl: Duration::days(auth.refresh_token_days),
            max_age: Duration::days(auth.session_max_days),
            require_2fa_for_staff: auth.require_2fa_for_staff,
        }
    }
}

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessClaims {
    /// The account id, as a string (JWT convention).
    pub sub: String,
    /// The session id.
    pub sid: i64,
}

/// What a sign-in or a refresh hands to the client.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct IssuedTokens {
    pub access_token: String,
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    #[serde(skip)]
    pub session_id: i64,
}

/// Who is making a request: a live session of an active account.
#[derive(Debug, Clone)]
pub struct Identity {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub locale: Lang,
    pub has_2fa: bool,
    pub session_id: i64,
    /// Staff who must turn on two-factor sign-in before anything else.
    pub needs_2fa_setup: bool,
    /// She marked this device as shared: the session ends after this many minutes without
    /// activity (as stored with the session when she chose it).
    pub idle_minutes: Option<i64>,
    /// The cohorts she belongs to (ids, ascending): which cohorts' threads she may see.
    pub cohorts: Vec<i64>,
    /// Her unread notifications, for the count in the header.
    pub unread: i64,
}

fn issue_access(
    signer: &Signer,
    policy: &SessionPolicy,
    user_id: i64,
    session_id: i64,
) -> Result<String, AppError> {
    signer.sign(
        Purpose::Access,
        policy.access_ttl,
        &AccessClaims {
            sub: user_id.to_string(),
            sid: session_id,
        },
    )
}

fn insert_refresh_token(
    conn: &mut DbConnection,
    session_id: i64,
    expires_at: NaiveDateTime,
) -> Result<String, AppError> {
    let token = random_token();
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::session_id.eq(session_id),
            refresh_tokens::token_hash.eq(hash_token(&token)),
            refresh_tokens::created_at.eq(now()),
            refresh_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Starts a session for an account whose credentials (and second factor) were just checked.
pub fn start_session(
    conn: &mut DbConnection,
    signer: &Signer,
    policy: &SessionPolicy,
    user: &User,
    client: Client,
    label: &str,
) -> Result<IssuedTokens, AppError> {
    conn.transaction(|conn| {
        let at = now();
        let expires_at = at + policy.refresh_ttl.min(policy.max_age);
        let label: String = label.chars().take(120).collect();
        let session_id: i64 = diesel::insert_into(sessions::table)
            .values((
                sessions::user_id.eq(user.id),
                sessions::client.eq(client.as_str()),
                sessions::label.eq(&label),
                sessions::created_at.eq(at),
                sessions::last_seen_at.eq(at),
                sessions::expires_at.eq(expires_at),
            ))
            .returning(sessions::id)
            .get_result(conn)?;
        let refresh_token = insert_refresh_token(conn, session_id, expires_at)?;
        super::users::record_login(conn, user.id)?;
        Ok(IssuedTokens {
            access_token: issue_access(signer, policy, user.id, session_id)?,
            refresh_token,
            expires_in: policy.access_ttl.num_seconds(),
            session_id,
        })
    })
}

/// Loads the identity of a live session, or `Unauthorized`.
pub fn live_identity(
    conn: &mut DbConnection,
    policy: &SessionPolicy,
    session_id: i64,
    expected_user: Option<i64>,
) -> Result<Identity, AppError> {
    let at = now();
    let found: Option<(i64, NaiveDateTime, Option<i32>, UserRow)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(at))
        .filter(users::status.eq(UserStatus::Active.as_str()))
        .select((
            sessions::id,
            sessions::last_seen_at,
            sessions::idle_minutes,
            UserRow::as_select(),
        ))
        .first(conn)
        .optional()?;
    let Some((sid, last_seen, idle_minutes, row)) = found else {
        return Err(AppError::Unauthorized);
    };
    let user = User::try_from(row)?;
    if expected_user.is_some_and(|id| id != user.id) {
        return Err(AppError::Unauthorized);
    }
    // A shared device left alone: the session is over, and so is the key of her drafts.
    if let Some(minutes) = idle_minutes
        && at - last_seen > Duration::minutes(minutes.into())
    {
        sign_out(conn, user.id, sid)?;
        return Err(AppError::Unauthorized);
    }
    // Keep "last seen" useful on the sessions page without a write on every request; on a
    // shared device, close enough to the minute for the idle limit.
    let touch_after = match idle_minutes {
        Some(_) => Duration::seconds(30),
        None => Duration::minutes(5),
    };
    if at - last_seen > touch_after {
        diesel::update(sessions::table.find(sid))
            .set(sessions::last_seen_at.eq(at))
            .execute(conn)?;
    }
    let cohorts = super::cohorts::ids_of_user(conn, user.id)?;
    let unread: i64 = crate::db::schema::notifications::table
        .filter(crate::db::schema::notifications::user_id.eq(user.id))
        .filter(crate::db::schema::notifications::read_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(Identity {
        cohorts,
        unread,
        needs_2fa_setup: policy.require_2fa_for_staff && user.role.is_staff() && !user.has_2fa(),
        user_id: user.id,
        has_2fa: user.has_2fa(),
        name: user.name,
        email: user.email,
        role: user.role,
        locale: user.locale,
        session_id: sid,
        idle_minutes: idle_minutes.map(i64::from),
    })
}

/// Checks an access token's signature, purpose and expiry (no database): its account and
/// session ids.
pub fn verify_access(signer: &Signer, access_token: &str) -> Result<(i64, i64), AppError> {
    let claims: AccessClaims = signer
        .verify(Purpose::Access, access_token)
        .map_err(|_| AppError::Unauthorized)?;
    let user_id: i64 = claims.sub.parse().map_err(|_| AppError::Unauthorized)?;
    Ok((user_id, claims.sid))
}

/// Checks an access token and that its session is alive.
pub fn authenticate(
    conn: &mut DbConnection,
    signer: &Signer,
    policy: &SessionPolicy,
    access_token: &str,
) -> Result<Identity, AppError> {
    let (user_id, sid) = verify_access(signer, access_token)?;
    live_identity(conn, policy, sid, Some(user_id))
}

/// Bumped by every change that can end a session or change who it belongs to (sign-out,
/// revocation, disabling, role, password, two-factor, profile): cached identities from before
/// are then re-checked.
static SESSIONS_EPOCH: AtomicU64 = AtomicU64::new(0);

pub fn sessions_changed() {
    SESSIONS_EPOCH.fetch_add(1, Ordering::SeqCst);
}

/// Identities of live sessions checked in the last few seconds, so that a browser's burst of
/// requests does not re-read the same session row each time. Any change in this process
/// invalidates every entry at once ([`sessions_changed`]); a change made by another instance
/// is seen within `ttl`.
pub struct IdentityCache {
    entries: Mutex<HashMap<i64, (Identity, Instant, u64)>>,
    ttl: std::time::Duration,
}

impl IdentityCache {
    pub fn new(ttl: std::time::Duration) -> Self {
        IdentityCache {
            entries: Mutex::new(HashMap::new()),
            ttl,
        }
    }

    pub fn get(&self, user_id: i64, session_id: i64) -> Option<Identity> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let (identity, at, epoch) = entries.get(&session_id)?;
        let fresh = at.elapsed() < self.ttl
            && *epoch == SESSIONS_EPOCH.load(Ordering::SeqCst)
            && identity.user_id == user_id;
        fresh.then(|| identity.clone())
    }

    /// Remembers an identity read at `epoch` (the epoch observed before reading it).
    pub fn put(&self, identity: Identity, epoch: u64) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() > 50_000 {
            entries.clear();
        }
        entries.insert(identity.session_id, (identity, Instant::now(), epoch));
    }

    pub fn epoch() -> u64 {
        SESSIONS_EPOCH.load(Ordering::SeqCst)
    }
}

/// The outcome of presenting a refresh token.
pub enum Refreshed {
    /// The token was current: here are its successors.
    Rotated(IssuedTokens, Identity),
    /// The token was rotated moments ago (within the grace period): two requests from one
    /// browser raced. The request is served, but no new tokens are issued to it.
    RecentlyRotated(Identity),
}

/// Rotates a refresh token. Reusing an already-rotated token revokes its whole session, unless
/// `grace` allows a browser's parallel requests a few seconds of overlap.
pub fn refresh(
    conn: &mut DbConnection,
    signer: &Signer,
    policy: &SessionPolicy,
    token: &str,
    grace: Option<Duration>,
) -> Result<Refreshed, AppError> {
    let hash = hash_token(token);
    let outcome = conn.transaction(|conn| {
        let found: Option<(i64, i64, NaiveDateTime, Option<NaiveDateTime>)> = refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(&hash))
            .select((
                refresh_tokens::id,
                refresh_tokens::session_id,
                refresh_tokens::expires_at,
                refresh_tokens::used_at,
            ))
            .first(conn)
            .optional()?;
        let Some((token_id, session_id, expires_at, used_at)) = found else {
            return Ok(Err(AppError::Unauthorized));
        };
        let at = now();
        if let Some(used) = used_at {
            if grace.is_some_and(|g| at - used <= g) {
                let identity = live_identity(conn, policy, session_id, None)?;
                return Ok(Ok(Refreshed::RecentlyRotated(identity)));
            }
            tracing::warn!(
                session_id,
                "a rotated refresh token was reused; revoking its session"
            );
            revoke(conn, session_id)?;
            return Ok(Err(AppError::Unauthorized));
        }
        if expires_at <= at {
            return Ok(Err(AppError::Unauthorized));
        }
        let identity = match live_identity(conn, policy, session_id, None) {
            Ok(identity) => identity,
            Err(e) => return Ok(Err(e)),
        };
        // Only one request can rotate a given token.
        let claimed = diesel::update(
            refresh_tokens::table
                .find(token_id)
                .filter(refresh_tokens::used_at.is_null()),
        )
        .set(refresh_tokens::used_at.eq(Some(at)))
        .execute(conn)?;
        if claimed != 1 {
            return Ok(Err(AppError::Unauthorized));
        }
        // Sliding, but never past the session's absolute end.
        let began: NaiveDateTime = sessions::table
            .find(session_id)
            .select(sessions::created_at)
            .first(conn)?;
        let new_expiry = (at + policy.refresh_ttl).min(began + policy.max_age);
        if new_expiry <= at {
            revoke(conn, session_id)?;
            return Ok(Err(AppError::Unauthorized));
        }
        diesel::update(sessions::table.find(session_id))
            .set((
                sessions::last_seen_at.eq(at),
                sessions::expires_at.eq(new_expiry),
            ))
            .execute(conn)?;
        let refresh_token = insert_refresh_token(conn, session_id, new_expiry)?;
        let tokens = IssuedTokens {
            access_token: issue_access(signer, policy, identity.user_id, session_id)?,
            refresh_token,
            expires_in: policy.access_ttl.num_seconds(),
            session_id,
        };
        Ok::<_, AppError>(Ok(Refreshed::Rotated(tokens, identity)))
    })?;
    // The revocation above must be committed even though the caller gets an error.
    outcome
}

fn revoke(conn: &mut DbConnection, session_id: i64) -> Result<(), AppError> {
    sessions_changed();
    diesel::update(
        sessions::table
            .find(session_id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now())))
    .execute(conn)?;
    Ok(())
}

/// Sign-out or quick exit on a device: ends the session and moves her draft key on, so that
/// drafts any browser kept for her can no longer be read (docs/phone-safety.md).
pub fn sign_out(conn: &mut DbConnection, user_id: i64, session_id: i64) -> Result<(), AppError> {
    revoke_session(conn, user_id, session_id)
}

/// Moves her draft key on: drafts any browser kept for her can no longer be read. Every way a
/// session of hers ends by her hand or by the idle limit does this (sign-out, the quick exit,
/// ending one session or all of them from the account page, after a phone was taken).
fn forget_drafts(conn: &mut DbConnection, user_id: i64) -> Result<(), AppError> {
    diesel::update(users::table.find(user_id))
        .set(users::draft_key_epoch.eq(users::draft_key_epoch + 1))
        .execute(conn)?;
    Ok(())
}

/// Marks the session as begun on a shared device (`Some(minutes)` without activity before it
/// ends) or on her own (`None`).
pub fn set_idle_limit(
    conn: &mut DbConnection,
    user_id: i64,
    session_id: i64,
    minutes: Option<i64>,
) -> Result<(), AppError> {
    sessions_changed();
    let changed = diesel::update(
        sessions::table
            .filter(sessions::id.eq(session_id))
            .filter(sessions::user_id.eq(user_id)),
    )
    .set((
        sessions::idle_minutes.eq(minutes.map(|m| m.clamp(1, 1440) as i32)),
        sessions::last_seen_at.eq(now()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// What her drafts kept in a browser are encrypted with: a key derived from the signing key,
/// her account and the draft epoch (moved on at every sign-out), handed only to her pages.
pub fn draft_key(
    conn: &mut DbConnection,
    signer: &Signer,
    user_id: i64,
) -> Result<String, AppError> {
    let epoch: i64 = users::table
        .find(user_id)
        .select(users::draft_key_epoch)
        .first(conn)?;
    Ok(hex::encode(
        signer.mac("draft-key", format!("{user_id}:{epoch}").as_bytes()),
    ))
}

/// Ends one of the account's own sessions; someone else's session is "not found".
pub fn revoke_session(
    conn: &mut DbConnection,
    user_id: i64,
    session_id: i64,
) -> Result<(), AppError> {
    let owned: i64 = sessions::table
        .filter(sessions::id.eq(session_id))
        .filter(sessions::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    if owned == 0 {
        return Err(AppError::NotFound);
    }
    conn.transaction(|conn| {
        revoke(conn, session_id)?;
        forget_drafts(conn, user_id)
    })
}

/// Ends the session a refresh token belongs to (sign-out with only the refresh token at hand).
pub fn revoke_by_refresh_token(conn: &mut DbConnection, token: &str) -> Result<(), AppError> {
    let session: Option<i64> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash_token(token)))
        .select(refresh_tokens::session_id)
        .first(conn)
        .optional()?;
    match session {
        Some(id) => revoke(conn, id),
        None => Err(AppError::Unauthorized),
    }
}

/// "Sign out everywhere": ends every session of the account, except `keep` if given.
pub fn revoke_all(
    conn: &mut DbConnection,
    user_id: i64,
    keep: Option<i64>,
) -> Result<usize, AppError> {
    sessions_changed();
    let query = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::id.ne(keep.unwrap_or(-1)));
    conn.transaction(|conn| {
        let ended = diesel::update(query)
            .set(sessions::revoked_at.eq(Some(now())))
            .execute(conn)?;
        forget_drafts(conn, user_id)?;
        Ok(ended)
    })
}

/// One live session, as its owner sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SessionInfo {
    pub id: i64,
    pub client: String,
    pub label: String,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
    #[schema(value_type = String)]
    pub last_seen_at: NaiveDateTime,
    pub current: bool,
}

pub fn list_sessions(
    conn: &mut DbConnection,
    user_id: i64,
    current: Option<i64>,
) -> Result<Vec<SessionInfo>, AppError> {
    let rows: Vec<(i64, String, String, NaiveDateTime, NaiveDateTime)> = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now()))
        .order(sessions::last_seen_at.desc())
        .select((
            sessions::id,
            sessions::client,
            sessions::label,
            sessions::created_at,
            sessions::last_seen_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, client, label, created_at, last_seen_at)| SessionInfo {
                current: Some(id) == current,
                id,
                client,
                label,
                created_at,
                last_seen_at,
            },
        )
        .collect())
}

/// A short, non-identifying label for a session from its User-Agent ("Firefox on Android").
pub fn label_from_user_agent(user_agent: Option<&str>) -> String {
    let ua = user_agent.unwrap_or("").to_ascii_lowercase();
    let browser = [
        ("edg/", "Edge"),
        ("firefox/", "Firefox"),
        ("chrome/", "Chrome"),
        ("safari/", "Safari"),
        ("curl/", "curl"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name)
    .unwrap_or("Browser");
    let system = [
        ("android", "Android"),
        ("iphone", "iPhone"),
        ("ipad", "iPad"),
        ("windows", "Windows"),
        ("mac os", "macOS"),
        ("linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    match system {
        Some(system) => format!("{browser} on {system}"),
        None => browser.to_string(),
    }
}

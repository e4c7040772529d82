//! Two-factor sign-in: TOTP (RFC 6238: 6 digits, 30 s, SHA-1 — what every authenticator app
//! speaks) and single-use recovery codes.
//!
//! Enrolment keeps the new secret in a signed, short-lived token until the member proves her
//! app works by typing a code; only then is it stored. A code is accepted once (its time step
//! is remembered), and recovery codes are stored as keyed hashes.
//!
//! The stored secret is sealed (ChaCha20-Poly1305, a key derived from the signing key, bound
//! to the account's id): a copy of the database — a backup, a dump — does not hold the
//! secrets that would let someone make codes. Secrets stored in plain text by earlier versions
//! are sealed when the server starts with the key it had before ([`seal_plaintext_secrets`]). Losing the signing key therefore ends
//! every two-factor set-up, as it already voided recovery codes: `parley user reset-2fa`
//! turns it off for one account, which then sets it up again at the next sign-in.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::User;
use super::tokens::{Purpose, Signer};
use crate::db::schema::{recovery_codes, users as users_table};
use crate::db::{DbConnection, now};
use crate::error::AppError;

const ISSUER: &str = "Parley";
pub const RECOVERY_CODES: usize = 10;

fn totp(secret_base32: &str, account: &str) -> Result<Totp, AppError> {
    let secret = Secret::try_from_base32(secret_base32)
        .map_err(|_| AppError::internal(anyhow::anyhow!("stored TOTP secret is not base32")))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', ""))
        .build()
        .map_err(|e| AppError::internal(anyhow::anyhow!("building TOTP failed: {e:?}")))
}

/// How a sealed secret starts in the database; anything else is a plain base32 secret.
const SEALED: &str = "sealed1:";

fn sealing_key(signer: &Signer) -> ring::aead::LessSafeKey {
    let key = ring::aead::UnboundKey::new(
        &ring::aead::CHACHA20_POLY1305,
        &signer.mac("totp-at-rest", b"key"),
    )
    .expect("a 32-byte key");
    ring::aead::LessSafeKey::new(key)
}

/// The secret as it is stored: sealed for this account.
pub fn seal(signer: &Signer, user_id: i64, secret: &str) -> Result<String, AppError> {
    let nonce: [u8; 12] = rand::random();
    let mut sealed = secret.as_bytes().to_vec();
    sealing_key(signer)
        .seal_in_place_append_tag(
            ring::aead::Nonce::assume_unique_for_key(nonce),
            ring::aead::Aad::from(user_id.to_be_bytes()),
            &mut sealed,
        )
        .map_err(|_| AppError::internal(anyhow::anyhow!("sealing a TOTP secret failed")))?;
    let mut stored = nonce.to_vec();
    stored.extend(sealed);
    Ok(format!("{SEALED}{}", hex::encode(stored)))
}

/// The secret stored for this account, opened; `None` when it cannot be (another signing key,
/// another account's row).
pub fn open(signer: &Signer, user_id: i64, stored: &str) -> Option<String> {
    let Some(sealed) = stored.strip_prefix(SEALED) else {
        return Some(stored.to_string());
    };
    let mut bytes = hex::decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let mut sealed = bytes.split_off(12);
    let nonce = ring::aead::Nonce::try_assume_unique_for_key(&bytes).ok()?;
    let plain = sealing_key(signer)
        .open_in_place(
            nonce,
            ring::aead::Aad::from(user_id.to_be_bytes()),
            &mut sealed,
        )
        .ok()?;
    String::from_utf8(plain.to_vec()).ok()
}

/// Seals every secret an earlier version stored in plain text; returns how many.
pub fn seal_plaintext_secrets(conn: &mut DbConnection, signer: &Signer) -> Result<usize, AppError> {
    let plain: Vec<(i64, String)> = users_table::table
        .filter(users_table::totp_secret.is_not_null())
        .filter(users_table::totp_secret.not_like(format!("{SEALED}%")))
        .select((users_table::id, users_table::totp_secret.assume_not_null()))
        .load(conn)?;
    let mut sealed = 0;
    for (id, secret) in plain {
        // Only if it is still that plain value (another instance may be at it too).
        sealed += diesel::update(
            users_table::table
                .find(id)
                .filter(users_table::totp_secret.eq(&secret)),
        )
        .set(users_table::totp_secret.eq(seal(signer, id, &secret)?))
        .execute(conn)?;
    }
    Ok(sealed)
}

/// The time step a code matches right now, if any.
fn matching_step(secret_base32: &str, code: &str) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret_base32, "check").ok()?;
    totp.check_current(&code)
        .and_then(|step| i64::try_from(step).ok())
}

/// The current code for a secret: what an authenticator app would show. For tests and the
/// demo; never shown to anyone.
pub fn current_code(secret_base32: &str) -> Result<String, AppError> {
    Ok(totp(secret_base32, "code")?.generate_current().to_string())
}

/// The code an authenticator app will show in the next 30-second step (still accepted, as
/// clocks drift by one step): lets tests sign in twice within a step without reusing a code.
pub fn next_code(secret_base32: &str) -> Result<String, AppError> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| AppError::internal(anyhow::anyhow!("clock before 1970: {e}")))?
        .as_secs();
    Ok(totp(secret_base32, "code")?.generate(now + 30).to_string())
}

#[derive(Serialize, Deserialize)]
struct EnrolmentClaims {
    sub: String,
    secret: String,
}

/// A secret being set up: shown to its owner (as a QR code and as text) until she confirms it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Enrolment {
    /// The secret, base32, for typing into an app by hand.
    pub secret: String,
    /// `otpauth://` URL, what the QR code holds.
    pub otpauth_url: String,
    /// Hand this back with the first code to turn two-factor sign-in on.
    pub enrolment_token: String,
    #[serde(skip)]
    pub qr_svg: String,
}

pub fn start_enrolment(signer: &Signer, user: &User) -> Result<Enrolment, AppError> {
    let secret = Secret::generate().to_base32();
    let enrolment_token = signer.sign(
        Purpose::TotpEnrolment,
        chrono::Duration::minutes(15),
        &EnrolmentClaims {
            sub: user.id.to_string(),
            secret: secret.clone(),
        },
    )?;
    enrolment(user, secret, enrolment_token)
}

/// The enrolment a set-up page already showed, again: after a wrong code the same secret is
/// shown, since her app may already hold it (a new secret would never match the app). A
/// token that is not hers or has expired starts a new enrolment.
pub fn resume_enrolment(
    signer: &Signer,
    user: &User,
    enrolment_token: &str,
) -> Result<Enrolment, AppError> {
    match signer.verify::<EnrolmentClaims>(Purpose::TotpEnrolment, enrolment_token) {
        Ok(claims) if claims.sub == user.id.to_string() => {
            enrolment(user, claims.secret, enrolment_token.to_string())
        }
        _ => start_enrolment(signer, user),
    }
}

fn enrolment(user: &User, secret: String, enrolment_token: String) -> Result<Enrolment, AppError> {
    let totp = totp(&secret, &user.email)?;
    let otpauth_url = totp
        .to_url()
        .map_err(|e| AppError::internal(anyhow::anyhow!("otpauth url failed: {e:?}")))?;
    let qr_svg = qrcode::QrCode::new(otpauth_url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    Ok(Enrolment {
        secret,
        otpauth_url,
        enrolment_token,
        qr_svg,
    })
}

/// Turns two-factor sign-in on once `code` proves the app holds the enrolled secret; returns
/// fresh recovery codes, shown once.
pub fn enable(
    conn: &mut DbConnection,
    signer: &Signer,
    user_id: i64,
    enrolment_token: &str,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let claims: EnrolmentClaims = signer
        .verify(Purpose::TotpEnrolment, enrolment_token)
        .map_err(|_| AppError::invalid_key("enrolment_token", "error-totp-enrolment"))?;
    if claims.sub != user_id.to_string() {
        return Err(AppError::invalid_key(
            "enrolment_token",
            "error-totp-enrolment",
        ));
    }
    let Some(step) = matching_step(&claims.secret, code) else {
        return Err(AppError::invalid_key("code", "error-totp-code"));
    };
    super::sessions::sessions_changed();
    conn.transaction(|conn| {
        diesel::update(users_table::table.find(user_id))
            .set((
                users_table::totp_secret.eq(Some(seal(signer, user_id, &claims.secret)?)),
                users_table::totp_last_step.eq(Some(step)),
            ))
            .execute(conn)?;
        replace_recovery_codes(conn, signer, user_id)
    })
}

pub fn disable(conn: &mut DbConnection, user_id: i64) -> Result<(), AppError> {
    super::sessions::sessions_changed();
    conn.transaction(|conn| {
        diesel::update(users_table::table.find(user_id))
            .set((
                users_table::totp_secret.eq(None::<String>),
                users_table::totp_last_step.eq(None::<i64>),
            ))
            .execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)?;
        Ok(())
    })
}

/// Issues a new set of recovery codes, invalidating the old ones.
pub fn replace_recovery_codes(
    conn: &mut DbConnection,
    signer: &Signer,
    user_id: i64,
) -> Result<Vec<String>, AppError> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
        .execute(conn)?;
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    for code in &codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::user_id.eq(user_id),
                recovery_codes::code_hash.eq(signer.fingerprint(&normalise_recovery(code))),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

fn new_recovery_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    let mut code = String::with_capacity(11);
    for i in 0..10 {
        if i == 5 {
            code.push('-');
        }
        code.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
    }
    code
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

pub fn recovery_codes_left(conn: &mut DbConnection, user_id: i64) -> Result<i64, AppError> {
    Ok(recovery_codes::table
        .filter(recovery_codes::user_id.eq(user_id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Checks the second factor of a sign-in: a current TOTP code not used before, or an unused
/// recovery code (which is then spent).
pub fn check_second_factor(
    conn: &mut DbConnection,
    signer: &Signer,
    user: &User,
    code: &str,
) -> Result<bool, AppError> {
    let Some(stored) = &user.totp_secret else {
        return Ok(true);
    };
    let secret = open(signer, user.id, stored);
    if secret.is_none() {
        // Sealed under another signing key: no code can match; recovery codes (also keyed)
        // cannot either. `parley user reset-2fa` is the way back.
        tracing::error!(
            user_id = user.id,
            "a stored TOTP secret cannot be opened (was the signing key replaced?)"
        );
    }
    if let Some(step) = secret.and_then(|secret| matching_step(&secret, code)) {
        // Accept each step once: a code seen on a shoulder or in a log is already spent.
        let updated = diesel::update(
            users_table::table.find(user.id).filter(
                users_table::totp_last_step
                    .lt(step)
                    .or(users_table::totp_last_step.is_null()),
            ),
        )
        .set(users_table::totp_last_step.eq(Some(step)))
        .execute(conn)?;
        return Ok(updated == 1);
    }
    let normalised = normalise_recovery(code);
    if normalised.len() != 10 {
        return Ok(false);
    }
    let spent = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user.id))
            .filter(recovery_codes::code_hash.eq(signer.fingerprint(&normalised)))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now())))
    .execute(conn)?;
    Ok(spent == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_for_its_account_under_its_key() {
        let signer = Signer::new(crate::config::Secret::new("k".repeat(40)));
        let secret = Secret::generate().to_base32();
        let sealed = seal(&signer, 7, &secret).unwrap();
        assert!(sealed.starts_with(SEALED));
        assert!(!sealed.contains(&secret), "{sealed}");
        assert_ne!(
            sealed,
            seal(&signer, 7, &secret).unwrap(),
            "a fresh nonce each time"
        );
        assert_eq!(open(&signer, 7, &sealed).as_deref(), Some(secret.as_str()));
        // Copied onto another account's row, or read with another key: nothing.
        assert_eq!(open(&signer, 8, &sealed), None);
        let other = Signer::new(crate::config::Secret::new("q".repeat(40)));
        assert_eq!(open(&other, 7, &sealed), None);
        // Tampered or cut: nothing, and no panic.
        // The first byte flipped, whatever it was (a fixed "00" matched one nonce in 256).
        let first = u8::from_str_radix(&sealed[SEALED.len()..SEALED.len() + 2], 16).unwrap();
        let mut tampered = sealed.clone();
        tampered.replace_range(
            SEALED.len()..SEALED.len() + 2,
            &format!("{:02x}", first ^ 0xff),
        );
        assert_ne!(tampered, sealed);
        assert_eq!(open(&signer, 7, &tampered), None);
        assert_eq!(open(&signer, 7, &sealed[..SEALED.len() + 10]), None);
        assert_eq!(open(&signer, 7, "sealed1:zz"), None);
        // What earlier versions stored, in plain text, still reads.
        assert_eq!(open(&signer, 7, &secret).as_deref(), Some(secret.as_str()));
    }

    #[test]
    fn a_generated_code_matches_its_secret_only() {
        let secret = Secret::generate().to_base32();
        let code = current_code(&secret).unwrap();
        assert!(matching_step(&secret, &code).is_some());
        let other = Secret::generate().to_base32();
        assert!(matching_step(&other, &code).is_none() || current_code(&other).unwrap() == code);
        assert!(matching_step(&secret, "12345").is_none());
        assert!(matching_step(&secret, "abcdef").is_none());
    }

    #[test]
    fn recovery_codes_are_readable_and_normalise() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert_eq!(
            normalise_recovery(&code.to_uppercase()),
            normalise_recovery(&code)
        );
    }
}

//! Signed tokens: the JWT access token, and single-purpose links (invitation, admin setup,
//! password reset, e-mail change, the second sign-in step, TOTP enrolment, unsubscribe).
//!
//! Each purpose signs with its own key, derived from the signing secret (HMAC-SHA256 of the
//! purpose's name), and carries its purpose in the claims as well: a token made for one purpose
//! fails for any other twice over. Only HS256 is accepted, so `alg: none` and algorithm
//! confusion are refused. Tokens that must work once only are bound to state that their use
//! changes (an invitation row, the password hash, the e-mail address).

use chrono::Utc;
use hmac::{Hmac, Mac};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Secret;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Access,
    Invitation,
    Setup,
    PasswordReset,
    EmailChange,
    LoginChallenge,
    TotpEnrolment,
    Unsubscribe,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Access => "access",
            Purpose::Invitation => "invitation",
            Purpose::Setup => "setup",
            Purpose::PasswordReset => "password_reset",
            Purpose::EmailChange => "email_change",
            Purpose::LoginChallenge => "login_challenge",
            Purpose::TotpEnrolment => "totp_enrolment",
            Purpose::Unsubscribe => "unsubscribe",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    purpose: String,
    iat: i64,
    exp: i64,
    #[serde(flatten)]
    data: T,
}

/// Why a token was refused. Callers answer all of them the same way (401, or "this link is no
/// longer valid"); the kind is for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("token expired")]
    Expired,
    #[error("token invalid")]
    Invalid,
}

#[derive(Clone)]
pub struct Signer {
    secret: Secret,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer([redacted])")
    }
}

impl Signer {
    pub fn new(secret: Secret) -> Self {
        Signer { secret }
    }

    fn key(&self, purpose: Purpose) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.expose().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"parley-token:");
        mac.update(purpose.as_str().as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// Signs `data` for `purpose`, valid for `ttl`.
    pub fn sign<T: Serialize>(
        &self,
        purpose: Purpose,
        ttl: chrono::Duration,
        data: &T,
    ) -> Result<String, AppError> {
        let now = Utc::now().timestamp();
        let envelope = Envelope {
            purpose: purpose.as_str().to_string(),
            iat: now,
            exp: now + ttl.num_seconds(),
            data,
        };
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &envelope,
            &EncodingKey::from_secret(&self.key(purpose)),
        )
        .map_err(|e| AppError::internal(anyhow::anyhow!("signing a token failed: {e}")))
    }

    /// Checks signature, algorithm, expiry and purpose; returns the data.
    pub fn verify<T: DeserializeOwned>(
        &self,
        purpose: Purpose,
        token: &str,
    ) -> Result<T, TokenError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp"]);
        validation.validate_exp = true;
        let decoded = jsonwebtoken::decode::<Envelope<T>>(
            token.trim(),
            &DecodingKey::from_secret(&self.key(purpose)),
            &validation,
        )
        .map_err(|e| match e.kind() {
            jsonwebtoken::errors::ErrorKind::ExpiredSignature => TokenError::Expired,
            _ => TokenError::Invalid,
        })?;
        if decoded.claims.purpose != purpose.as_str() {
            return Err(TokenError::Invalid);
        }
        Ok(decoded.claims.data)
    }

    /// A keyed fingerprint of `value` (e.g. a password hash) to put in a token, so that the
    /// token stops working once the value changes, without revealing the value.
    pub fn fingerprint(&self, value: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.expose().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"parley-fingerprint:");
        mac.update(value.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..12])
    }

    /// HMAC of `value` under a purpose-specific key: for CSRF tokens and similar.
    pub fn mac(&self, label: &str, value: &[u8]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.expose().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"parley-mac:");
        mac.update(label.as_bytes());
        mac.update(b":");
        mac.update(value);
        mac.finalize().into_bytes().into()
    }
}

/// A random token for a person to hold (refresh tokens, link nonces, recovery codes): 256 bits,
/// URL-safe.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// How a held token is stored: its SHA-256, so a database leak does not leak sessions.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.trim().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct Data {
        sub: String,
    }

    fn signer() -> Signer {
        Signer::new(Secret::new("k".repeat(40)))
    }

    #[test]
    fn a_token_works_for_its_purpose_only() {
        let s = signer();
        let data = Data { sub: "7".into() };
        let token = s
            .sign(Purpose::PasswordReset, chrono::Duration::minutes(5), &data)
            .unwrap();
        assert_eq!(
            s.verify::<Data>(Purpose::PasswordReset, &token).unwrap(),
            data
        );
        assert_eq!(
            s.verify::<Data>(Purpose::Invitation, &token),
            Err(TokenError::Invalid)
        );
        assert_eq!(
            s.verify::<Data>(Purpose::Access, &token),
            Err(TokenError::Invalid)
        );
    }

    #[test]
    fn expired_tampered_and_foreign_tokens_are_refused() {
        let s = signer();
        let data = Data { sub: "7".into() };
        let expired = s
            .sign(Purpose::Access, chrono::Duration::seconds(-60), &data)
            .unwrap();
        assert_eq!(
            s.verify::<Data>(Purpose::Access, &expired),
            Err(TokenError::Expired)
        );

        let good = s
            .sign(Purpose::Access, chrono::Duration::minutes(5), &data)
            .unwrap();
        let mut parts: Vec<String> = good.split('.').map(String::from).collect();
        parts[1] =
            jsonwebtoken_payload(r#"{"purpose":"access","iat":0,"exp":99999999999,"sub":"1"}"#);
        assert_eq!(
            s.verify::<Data>(Purpose::Access, &parts.join(".")),
            Err(TokenError::Invalid)
        );

        let other = Signer::new(Secret::new("z".repeat(40)));
        assert_eq!(
            other.verify::<Data>(Purpose::Access, &good),
            Err(TokenError::Invalid)
        );

        let none = format!(
            "{}.{}.",
            jsonwebtoken_payload(r#"{"alg":"none","typ":"JWT"}"#),
            jsonwebtoken_payload(r#"{"purpose":"access","iat":0,"exp":99999999999,"sub":"7"}"#)
        );
        assert_eq!(
            s.verify::<Data>(Purpose::Access, &none),
            Err(TokenError::Invalid)
        );
    }

    fn jsonwebtoken_payload(json: &str) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json.as_bytes())
    }
}

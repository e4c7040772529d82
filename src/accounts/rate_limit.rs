//! Rate limits for the doors an attacker knocks on: sign-in, the second factor, password reset,
//! invitation acceptance. Each limit counts events per key (a client address, or an account's
//! address) in a fixed window; over the limit the caller gets 429 with `Retry-After`.
//!
//! Counters live in this process's memory: each instance limits on its own, so N instances
//! allow up to N times the limit. They hold keyed hashes, never addresses.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::error::AppError;

/// One kind of limit: how many events per window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub max: u32,
    pub window: Duration,
}

pub const SIGN_IN_PER_ADDRESS: Limit = Limit {
    name: "sign-in/ip",
    max: 20,
    window: Duration::from_secs(300),
};
pub const SIGN_IN_PER_ACCOUNT: Limit = Limit {
    name: "sign-in/account",
    max: 8,
    window: Duration::from_secs(900),
};
pub const RESET_PER_ADDRESS: Limit = Limit {
    name: "reset/ip",
    max: 10,
    window: Duration::from_secs(3600),
};
pub const RESET_PER_ACCOUNT: Limit = Limit {
    name: "reset/account",
    max: 3,
    window: Duration::from_secs(3600),
};
/// Each request mails two addresses (the new one, her own): a signed-in account must not be a
/// way to flood someone's mailbox.
pub const EMAIL_CHANGE_PER_ACCOUNT: Limit = Limit {
    name: "email-change/account",
    max: 5,
    window: Duration::from_secs(3600),
};
pub const INVITATION_PER_ADDRESS: Limit = Limit {
    name: "invitation/ip",
    max: 20,
    window: Duration::from_secs(3600),
};

/// Replies one member may post in an hour (`moderation.replies_per_hour`).
pub fn replies_per_account(max: u32) -> Limit {
    Limit {
        name: "reply/account",
        max,
        window: Duration::from_secs(3600),
    }
}

/// Case studies and discussions one member may create or send for review in an hour
/// (`moderation.submissions_per_hour`).
pub fn submissions_per_account(max: u32) -> Limit {
    Limit {
        name: "submission/account",
        max,
        window: Duration::from_secs(3600),
    }
}

#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<[u8; 16], (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new() -> Self {
        Self::default()
    }

    fn key(limit: &Limit, subject: &str) -> [u8; 16] {
        let digest = Sha256::new()
            .chain_update(limit.name.as_bytes())
            .chain_update([0])
            .chain_update(subject.as_bytes())
            .finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        key
    }

    /// Counts one event for `subject`; refuses it when the window is full.
    pub fn hit(&self, limit: &Limit, subject: &str) -> Result<(), AppError> {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(3600));
        }
        let entry = windows.entry(Self::key(limit, subject)).or_insert((now, 0));
        if now.duration_since(entry.0) >= limit.window {
            *entry = (now, 0);
        }
        if entry.1 >= limit.max {
            let retry = limit.window.saturating_sub(now.duration_since(entry.0));
            return Err(AppError::RateLimited {
                retry_after_secs: retry.as_secs().max(1),
            });
        }
        entry.1 += 1;
        Ok(())
    }

    /// Gives back one event counted by [`RateLimiter::hit`]: a sign-in that succeeded is not
    /// held against the address it came from (twenty women signing in on one training room's
    /// Wi-Fi must not lock each other out), while every failure still counts, as before.
    pub fn refund(&self, limit: &Limit, subject: &str) {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(entry) = windows.get_mut(&Self::key(limit, subject)) {
            entry.1 = entry.1.saturating_sub(1);
        }
    }

    /// Forgets a subject's count (after a successful sign-in, the account's failures reset).
    pub fn clear(&self, limit: &Limit, subject: &str) {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        windows.remove(&Self::key(limit, subject));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_refuses_the_event_after_max_and_names_a_wait() {
        let limiter = RateLimiter::new();
        let limit = Limit {
            name: "t",
            max: 3,
            window: Duration::from_secs(60),
        };
        for _ in 0..3 {
            limiter.hit(&limit, "a").unwrap();
        }
        match limiter.hit(&limit, "a") {
            Err(AppError::RateLimited { retry_after_secs }) => assert!(retry_after_secs <= 60),
            other => panic!("expected 429, got {other:?}"),
        }
        limiter.hit(&limit, "b").unwrap();
        limiter.clear(&limit, "a");
        limiter.hit(&limit, "a").unwrap();
    }
}

//! Passwords: argon2id hashes and the policy a new password must meet (at least 12 characters,
//! and not guessable: zxcvbn's frequency lists of common passwords, names and words, plus the
//! person's own name and address). A password is never logged, stored or returned in clear.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::config::AuthSettings;
use crate::error::{AppError, FieldError};

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

/// argon2id with the configured cost.
#[derive(Debug, Clone)]
pub struct PasswordHashing {
    memory_kib: u32,
    iterations: u32,
    /// Turns at hashing, shared by the clones (`auth.password_hashes_at_once`).
    turns: std::sync::Arc<Turns>,
}

impl PasswordHashing {
    pub fn from_settings(auth: &AuthSettings) -> Self {
        PasswordHashing {
            memory_kib: auth.password_memory_kib.max(Params::MIN_M_COST),
            iterations: auth.password_iterations.max(1),
            turns: Turns::new(auth.password_hashes_at_once),
        }
    }

    fn argon2(&self) -> Argon2<'static> {
        let params = Params::new(self.memory_kib, self.iterations, 1, None)
            .unwrap_or_else(|_| Params::default());
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    pub fn hash(&self, password: &str) -> Result<String, AppError> {
        let _turn = self.turns.wait();
        self.argon2()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| AppError::internal(anyhow::anyhow!("password hashing failed: {e}")))
    }

    /// True when `password` matches `hash`. Uses the parameters stored in the hash.
    pub fn verify(&self, password: &str, hash: &str) -> bool {
        let _turn = self.turns.wait();
        self.argon2()
            .verify_password(password.as_bytes(), hash)
            .is_ok()
    }

    /// Spends the same time as a real check, for sign-ins with an unknown address, so that the
    /// answer's timing does not tell whether the account exists.
    pub fn verify_dummy(&self, password: &str) {
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let hash = DUMMY.get_or_init(|| {
            self.hash("parley-dummy-password-for-timing")
                .unwrap_or_default()
        });
        let _ = self.verify(password, hash);
    }
}

/// Turns at hashing. Each hash holds `password_memory_kib` (19 MiB by default) while it runs;
/// sixty sign-ins at once held 160 MB, which the allocator then kept. On a machine of a few
/// cores more hashes at once are not faster, only larger: the others wait their turn (on the
/// blocking pool, never on the server's threads).
#[derive(Debug)]
pub struct Turns {
    at_once: usize,
    running: std::sync::Mutex<usize>,
    freed: std::sync::Condvar,
}

struct Turn<'a>(&'a Turns);

impl Turns {
    fn new(at_once: u32) -> std::sync::Arc<Turns> {
        std::sync::Arc::new(Turns {
            at_once: at_once.max(1) as usize,
            running: std::sync::Mutex::new(0),
            freed: std::sync::Condvar::new(),
        })
    }

    fn wait(&self) -> Turn<'_> {
        let mut running = self.running.lock().unwrap_or_else(|p| p.into_inner());
        while *running >= self.at_once {
            running = self.freed.wait(running).unwrap_or_else(|p| p.into_inner());
        }
        *running += 1;
        Turn(self)
    }

    #[cfg(test)]
    fn running(&self) -> usize {
        *self.running.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut running = self.0.running.lock().unwrap_or_else(|p| p.into_inner());
        *running -= 1;
        self.0.freed.notify_one();
    }
}

/// Checks a new password. `personal` are things the password must not be built from (the
/// person's name and e-mail address).
pub fn check_policy(password: &str, personal: &[&str], field: &str) -> Result<(), AppError> {
    let chars = password.chars().count();
    let problem = if chars < MIN_LENGTH {
        Some("error-password-short")
    } else if chars > MAX_LENGTH {
        Some("error-password-long")
    } else {
        let mut inputs: Vec<&str> = personal
            .iter()
            .flat_map(|p| std::iter::once(*p).chain(p.split(|c: char| !c.is_alphanumeric())))
            .filter(|w| w.chars().count() >= 3)
            .collect();
        inputs.push("parley");
        let estimate = zxcvbn::zxcvbn(password, &inputs);
        (u8::from(estimate.score()) < 3).then_some("error-password-weak")
    };
    match problem {
        Some(key) => Err(AppError::Invalid(vec![FieldError::keyed(field, key)])),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashing() -> PasswordHashing {
        PasswordHashing {
            memory_kib: 1024,
            iterations: 1,
            turns: Turns::new(2),
        }
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let h = hashing();
        let a = h.hash("lantern orchard velvet").unwrap();
        let b = h.hash("lantern orchard velvet").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "each hash has its own salt");
        assert!(h.verify("lantern orchard velvet", &a));
        assert!(!h.verify("lantern orchard velvex", &a));
        assert!(!h.verify("anything", "not a hash"));
    }

    #[test]
    fn hashes_wait_their_turn() {
        let h = PasswordHashing {
            turns: Turns::new(1),
            ..hashing()
        };
        let hash = h.hash("lantern orchard velvet").unwrap();
        let peak = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let done = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    assert!(h.verify("lantern orchard velvet", &hash));
                    done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                });
            }
            // While they run (until the last is done, however slowly a busy machine schedules
            // them), never more than one holds a turn.
            while done.load(std::sync::atomic::Ordering::SeqCst) < 4 {
                peak.fetch_max(h.turns.running(), std::sync::atomic::Ordering::Relaxed);
                std::thread::yield_now();
            }
        });
        // At most one: the watcher may also see none, when the cheap test hashes all end
        // between two of its looks (a loaded machine); that is no second turn.
        assert!(
            peak.load(std::sync::atomic::Ordering::Relaxed) <= 1,
            "one at a time: {} seen at once",
            peak.load(std::sync::atomic::Ordering::Relaxed)
        );
        assert_eq!(done.load(std::sync::atomic::Ordering::SeqCst), 4);
    }

    #[test]
    fn the_policy_refuses_short_common_and_personal_passwords() {
        assert!(check_policy("short", &[], "password").is_err());
        assert!(check_policy("password1234", &[], "password").is_err());
        assert!(check_policy("qwertyuiop123", &[], "password").is_err());
        assert!(check_policy("olenakovalenko", &["Olena Kovalenko"], "password").is_err());
        assert!(check_policy("lantern orchard velvet", &[], "password").is_ok());
    }
}

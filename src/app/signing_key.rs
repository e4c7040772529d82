//! The key that signs sessions and single-purpose links. Taken from `auth.signing_secret` when
//! set; otherwise generated once and kept in `<data_dir>/signing.key`, readable by the owner
//! only, so that `cargo run` needs no set-up and restarts keep everyone signed in.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use rand::RngCore;

use crate::config::Secret;

pub const KEY_FILE: &str = "signing.key";
const MIN_SECRET_LEN: usize = 32;

/// Returns the configured secret, or the one kept in the data directory (creating it).
/// Where the key is kept when none is configured.
pub fn key_file(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join(KEY_FILE)
}

pub fn load_or_create(configured: &Secret, data_dir: &Path) -> anyhow::Result<Secret> {
    if !configured.is_empty() {
        anyhow::ensure!(
            configured.expose().len() >= MIN_SECRET_LEN,
            "`auth.signing_secret` must be at least {MIN_SECRET_LEN} characters"
        );
        return Ok(configured.clone());
    }
    let path = key_file(data_dir);
    let mut bytes = [0u8; 48];
    rand::rng().fill_bytes(&mut bytes);
    let fresh = hex::encode(bytes);
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
    {
        Ok(mut file) => {
            file.write_all(fresh.as_bytes())?;
            file.sync_all()?;
            tracing::info!(path = %path.display(), "generated a new signing key");
            Ok(Secret::new(fresh))
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            let mode = fs::metadata(&path)?.permissions().mode();
            if mode & 0o077 != 0 {
                tracing::warn!(path = %path.display(), "signing key was readable by others; restricting it to the owner");
                fs::set_permissions(&path, fs::Permissions::from_mode(0o600))?;
            }
            let kept = fs::read_to_string(&path)?.trim().to_string();
            anyhow::ensure!(
                kept.len() >= MIN_SECRET_LEN,
                "{} is too short to be a signing key; delete it to generate a new one",
                path.display()
            );
            Ok(Secret::new(kept))
        }
        Err(e) => Err(anyhow::anyhow!("cannot create {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_once_kept_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(&Secret::default(), dir.path()).unwrap();
        let second = load_or_create(&Secret::default(), dir.path()).unwrap();
        assert_eq!(first, second);
        let mode = fs::metadata(dir.path().join(KEY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_configured_secret_wins_and_must_be_long_enough() {
        let dir = tempfile::tempdir().unwrap();
        let configured = Secret::new("x".repeat(40));
        assert_eq!(load_or_create(&configured, dir.path()).unwrap(), configured);
        assert!(!dir.path().join(KEY_FILE).exists());
        assert!(load_or_create(&Secret::new("short"), dir.path()).is_err());
    }
}

//! Typed settings: the compiled-in `config/default.toml`, then `config/<PARLEY_ENV>.toml`, then
//! `--config FILE`, then `PARLEY__SECTION__KEY` environment variables.
//!
//! Owns parsing and validating configuration once, at start. Must never print a secret: every
//! secret is a [`Secret`], whose `Debug` and `Display` are redacted, and database URLs are shown
//! without their password.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::Deserialize;

/// The defaults, compiled in so that a bare binary runs without any file around it.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub demo: bool,
    pub public_url: String,
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub moderation: ModerationSettings,
    pub retention: RetentionSettings,
    pub digest: DigestSettings,
    pub metrics: MetricsSettings,
    pub page_cache: PageCacheSettings,
    pub search: SearchSettings,
    pub safety: SafetySettings,
    pub log: LogSettings,
}

/// What protects a member on the device in her hand: see `docs/phone-safety.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetySettings {
    /// Where the quick exit sends the browser: a neutral page that explains nothing.
    pub exit_url: String,
    /// On a device she marks as shared at sign-in, the session ends after this many minutes
    /// without activity.
    pub shared_device_idle_minutes: i64,
}

/// Rendered member views kept in memory: see `crate::web::page_cache`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageCacheSettings {
    pub megabytes: usize,
    pub poll_ms: u64,
}

/// What the search index may hold in memory: see `crate::search::index::Memory`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    pub writer_megabytes: usize,
    pub doc_store_cache_blocks: usize,
}

impl Default for SearchSettings {
    /// config/default.toml's `[search]`, for code that opens an index without settings
    /// (tests, benches).
    fn default() -> Self {
        let defaults: Settings = Figment::from(Toml::string(DEFAULT_TOML))
            .extract()
            .expect("config/default.toml holds every setting");
        defaults.search
    }
}

/// Who may read `GET /metrics`: see `crate::web::metrics`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsSettings {
    pub allow_from: Vec<String>,
    pub token: Secret,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestSettings {
    pub scheduler: bool,
    pub claim_seconds: i64,
    pub max_attempts: i32,
    pub retry_seconds: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModerationSettings {
    pub hold_replies: HoldReplies,
    pub four_eyes: bool,
    pub flag_threshold: i64,
    /// Replies one member may post in an hour.
    pub replies_per_hour: u32,
    /// Case studies and discussions one member may create or send for review in an hour.
    pub submissions_per_hour: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldReplies {
    Always,
    OnFindings,
    Never,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionSettings {
    pub original_after_publish_days: i64,
    pub rejected_after_days: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub bind: SocketAddr,
    pub workers: usize,
    pub max_body_bytes: usize,
    pub shutdown_timeout_secs: u64,
    pub static_dir: PathBuf,
    pub trust_forwarded_for: bool,
    /// Every this many seconds, freed memory goes back to the system (`crate::app::memory`).
    pub trim_memory_seconds: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: Secret,
    pub pool_size: u32,
    pub busy_timeout_ms: u32,
    /// SQLite's page cache per pooled connection, in KiB.
    pub sqlite_cache_kib: u32,
    pub connect_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    pub signing_secret: Secret,
    pub access_token_minutes: i64,
    pub refresh_token_days: i64,
    /// However often it is used, a sign-in ends this many days after it began.
    pub session_max_days: i64,
    pub require_2fa_for_staff: bool,
    pub invitation_days: i64,
    pub link_minutes: i64,
    pub password_memory_kib: u32,
    pub password_iterations: u32,
    /// Password hashes worked out at once (each holds `password_memory_kib`).
    pub password_hashes_at_once: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    pub transport: MailTransport,
    pub smtp_url: Secret,
    pub from: String,
    /// The first pause before an account mail the mail server did not take is sent again;
    /// it doubles after each failure, up to an hour.
    pub retry_seconds: u64,
    /// An account mail still unsent after this long is dropped (its links have expired).
    pub outbox_expiry_hours: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    File,
    Smtp,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub filter: String,
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// A value that must never reach a log line. `Debug` and `Display` print `[redacted]`.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The secret itself. Call sites are few and greppable on purpose.
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Which database a URL names. Chosen from the scheme here, because diesel's multi-connection
/// `establish` tries every backend and hides the real error.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    Sqlite(PathBuf),
    Postgres(Secret),
}

impl fmt::Debug for DatabaseTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for DatabaseTarget {
    /// Shows where the database is, never its password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseTarget::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseTarget::Postgres(url) => match url::Url::parse(url.expose()) {
                Ok(mut parsed) => {
                    if parsed.password().is_some() {
                        let _ = parsed.set_password(Some("***"));
                    }
                    write!(f, "{parsed}")
                }
                Err(_) => f.write_str("postgres://(unparsable url)"),
            },
        }
    }
}

/// A configuration problem, worded for the operator: it names the key and where its value came
/// from.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

impl Settings {
    /// Loads the layered configuration the command line uses.
    pub fn load(config_file: Option<&Path>) -> Result<Settings, ConfigError> {
        let mut figment = Figment::from(Toml::string(DEFAULT_TOML));
        if let Ok(env_name) = std::env::var("PARLEY_ENV") {
            let path = PathBuf::from("config").join(format!("{env_name}.toml"));
            if !path.exists() {
                return Err(ConfigError(format!(
                    "PARLEY_ENV={env_name} but {} does not exist",
                    path.display()
                )));
            }
            figment = figment.merge(Toml::file(path));
        }
        if let Some(path) = config_file {
            if !path.exists() {
                return Err(ConfigError(format!(
                    "configuration file {} does not exist",
                    path.display()
                )));
            }
            figment = figment.merge(Toml::file(path));
        }
        figment = figment.merge(Env::prefixed("PARLEY__").split("__"));
        Settings::from_figment(figment)
    }

    /// The compiled-in defaults with `overrides` merged on top, ignoring the environment: what
    /// tests use, so that parallel tests never see each other's settings.
    pub fn with_overrides(overrides: serde_json::Value) -> Result<Settings, ConfigError> {
        let figment =
            Figment::from(Toml::string(DEFAULT_TOML)).merge(Serialized::defaults(overrides));
        Settings::from_figment(figment)
    }

    fn from_figment(figment: Figment) -> Result<Settings, ConfigError> {
        let settings: Settings = figment.extract().map_err(describe_figment_error)?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        match url::Url::parse(&self.public_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {}
            _ => {
                return Err(ConfigError(format!(
                    "`public_url`: expected an http:// or https:// address, got {:?}",
                    self.public_url
                )));
            }
        }
        match url::Url::parse(&self.safety.exit_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {}
            _ => {
                return Err(ConfigError(format!(
                    "`safety.exit_url`: expected an http:// or https:// address, got {:?}",
                    self.safety.exit_url
                )));
            }
        }
        // Under five minutes she could be signed out while typing: the page tells the server
        // of her activity at most once a minute.
        if !(5..=1440).contains(&self.safety.shared_device_idle_minutes) {
            return Err(ConfigError(
                "`safety.shared_device_idle_minutes`: must be between 5 and 1440".to_string(),
            ));
        }
        self.database_target()?;
        if self.database.pool_size == 0 {
            return Err(ConfigError(
                "`database.pool_size`: must be at least 1".to_string(),
            ));
        }
        for (key, value) in [
            ("auth.access_token_minutes", self.auth.access_token_minutes),
            ("auth.refresh_token_days", self.auth.refresh_token_days),
            ("auth.session_max_days", self.auth.session_max_days),
            ("auth.invitation_days", self.auth.invitation_days),
            ("auth.link_minutes", self.auth.link_minutes),
        ] {
            if value < 1 {
                return Err(ConfigError(format!("`{key}`: must be at least 1")));
            }
            // Larger values would overflow the date arithmetic (and mean nothing).
            if value > 100_000 {
                return Err(ConfigError(format!("`{key}`: must be at most 100000")));
            }
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError(format!(
                "`mail.from`: not a mail address: {:?}",
                self.mail.from
            )));
        }
        if self.mail.transport == MailTransport::Smtp && self.mail.smtp_url.is_empty() {
            return Err(ConfigError(
                "`mail.smtp_url`: required when `mail.transport` is \"smtp\"".to_string(),
            ));
        }
        if self.server.max_body_bytes < 1024 {
            return Err(ConfigError(
                "`server.max_body_bytes`: must be at least 1024".to_string(),
            ));
        }
        Ok(())
    }

    /// The database to use: `database.url`, or the embedded SQLite file in `data_dir`.
    pub fn database_target(&self) -> Result<DatabaseTarget, ConfigError> {
        let url = self.database.url.expose().trim();
        if url.is_empty() {
            return Ok(DatabaseTarget::Sqlite(self.data_dir.join("parley.db")));
        }
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(ConfigError(
                    "`database.url`: sqlite:// needs a file path, e.g. sqlite://data/parley.db"
                        .to_string(),
                ));
            }
            return Ok(DatabaseTarget::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseTarget::Postgres(Secret::new(url)));
        }
        Err(ConfigError(
            "`database.url`: expected sqlite://PATH or postgres://…".to_string(),
        ))
    }

    /// True when Parley is reached over HTTPS, so cookies get `Secure` and HSTS is sent.
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Turns figment's error into one line per problem that names the dotted key and, when it came
/// from the environment or a file, that source.
fn describe_figment_error(error: figment::Error) -> ConfigError {
    let lines: Vec<String> = error
        .into_iter()
        .map(|e| {
            let key = if e.path.is_empty() {
                "(top level)".to_string()
            } else {
                e.path.join(".")
            };
            let source = match e.metadata.as_ref().and_then(|m| m.source.as_ref()) {
                Some(figment::Source::File(path)) => format!(" in {}", path.display()),
                _ if e
                    .metadata
                    .as_ref()
                    .is_some_and(|m| m.name.contains("environment")) =>
                {
                    format!(
                        " from environment variable PARLEY__{}",
                        e.path.join("__").to_uppercase()
                    )
                }
                _ => String::new(),
            };
            format!("invalid configuration: `{key}`{source}: {}", e.kind)
        })
        .collect();
    ConfigError(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_point_at_embedded_sqlite() {
        let settings = Settings::with_overrides(serde_json::json!({})).unwrap();
        assert_eq!(
            settings.database_target().unwrap(),
            DatabaseTarget::Sqlite(PathBuf::from("data/parley.db"))
        );
        assert_eq!(settings.server.bind.port(), 8080);
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let err = Settings::with_overrides(serde_json::json!({"server": {"bind": "nowhere"}}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`server.bind`"), "{err}");
    }

    #[test]
    fn the_safety_settings_are_checked_at_start() {
        for (overrides, key) in [
            (
                serde_json::json!({"safety": {"exit_url": "javascript:alert(1)"}}),
                "safety.exit_url",
            ),
            (
                serde_json::json!({"safety": {"exit_url": "/relative"}}),
                "safety.exit_url",
            ),
            (
                serde_json::json!({"safety": {"shared_device_idle_minutes": 1}}),
                "safety.shared_device_idle_minutes",
            ),
        ] {
            let err = Settings::with_overrides(overrides).unwrap_err().to_string();
            assert!(err.contains(key), "{err}");
        }
    }

    #[test]
    fn an_unknown_key_is_refused() {
        let err = Settings::with_overrides(serde_json::json!({"server": {"bnid": "x"}}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("bnid"), "{err}");
    }

    #[test]
    fn secrets_and_passwords_never_print() {
        let settings = Settings::with_overrides(serde_json::json!({
            "database": {"url": "postgres://parley:hunter2hunter2@db.example/parley"},
            "auth": {"signing_secret": "topsecretvalue"},
        }))
        .unwrap();
        let debug = format!("{settings:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(!debug.contains("topsecretvalue"), "{debug}");
        let shown = settings.database_target().unwrap().to_string();
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("db.example"), "{shown}");
    }
}

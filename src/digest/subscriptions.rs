//! What a reader follows and when she wants her digest.
//!
//! Empty lists mean "everything": a reader who follows nothing gets every new case study. A
//! reader who follows only saved searches gets only what they find. Countries, contexts and
//! tags combine with AND between kinds and OR within a kind, like the list filters.

use chrono::Weekday;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cases::taxonomy::ContextKind;
use crate::db::schema::subscriptions;
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// How often.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Off,
    Daily,
    Weekly,
}

impl Frequency {
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Off => "off",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    pub fn parse(value: &str) -> Option<Frequency> {
        match value.trim() {
            "off" => Some(Frequency::Off),
            "daily" => Some(Frequency::Daily),
            "weekly" => Some(Frequency::Weekly),
            _ => None,
        }
    }
}

/// At most this many saved searches, each at most `MAX_QUERY_CHARS` long.
pub const MAX_QUERIES: usize = 10;
pub const MAX_QUERY_CHARS: usize = 200;
const MAX_TAGS: usize = 20;

/// The preferences as the API and the page show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Preferences {
    pub frequency: Frequency,
    /// ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday.
    #[serde(default = "default_weekday")]
    pub weekday: u8,
    /// Local hour, 0–23.
    #[serde(default = "default_hour")]
    pub hour: u8,
    /// An IANA time zone, e.g. `Europe/Kyiv`.
    #[serde(default = "default_zone")]
    pub time_zone: String,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub contexts: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Saved searches, as typed in the search box (`country:MD checkpoint`).
    #[serde(default)]
    pub queries: Vec<String>,
    /// New replies to her own case studies and discussions.
    #[serde(default = "default_true")]
    pub own_replies: bool,
}

fn default_weekday() -> u8 {
    1
}
fn default_hour() -> u8 {
    7
}
fn default_zone() -> String {
    "UTC".to_string()
}
fn default_true() -> bool {
    true
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            frequency: Frequency::Off,
            weekday: default_weekday(),
            hour: default_hour(),
            time_zone: default_zone(),
            countries: Vec::new(),
            contexts: Vec::new(),
            tags: Vec::new(),
            queries: Vec::new(),
            own_replies: true,
        }
    }
}

/// A stored subscription.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = subscriptions)]
pub struct SubscriptionRow {
    pub user_id: i64,
    pub frequency: String,
    pub weekday: i32,
    pub hour: i32,
    pub time_zone: String,
    pub countries: String,
    pub contexts: String,
    pub tags: String,
    pub queries: String,
    pub own_replies: bool,
    pub token_version: i32,
}

/// The keys of a comma-separated column (`UA,MD`), blanks dropped.
pub(crate) fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl SubscriptionRow {
    pub fn preferences(&self) -> Preferences {
        Preferences {
            frequency: Frequency::parse(&self.frequency).unwrap_or(Frequency::Off),
            weekday: self.weekday.clamp(1, 7) as u8,
            hour: self.hour.clamp(0, 23) as u8,
            time_zone: self.time_zone.clone(),
            countries: split(&self.countries),
            contexts: split(&self.contexts),
            tags: split(&self.tags),
            queries: serde_json::from_str(&self.queries).unwrap_or_default(),
            own_replies: self.own_replies,
        }
    }

    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }

    pub fn weekday(&self) -> Weekday {
        Weekday::try_from((self.weekday.clamp(1, 7) - 1) as u8).unwrap_or(Weekday::Mon)
    }
}

/// The time zone a reader means: an IANA name in any case ("europe/kyiv"), or a city as she
/// writes it — "Warsaw", "Warszawa", "Київ", "Kiev", "Chișinău", "Bucharest" — as the zone
/// named after it (or the zone its country's capital gives the time of).
pub fn zone_named(typed: &str) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    if let Some(zone) = chrono_tz::TZ_VARIANTS
        .iter()
        .find(|zone| zone.name().eq_ignore_ascii_case(typed))
    {
        return Some(zone.name().to_string());
    }
    let wanted = crate::text::fold(&typed.replace(['_', '-'], " "));
    const LOCAL: &[(&str, &str)] = &[
        ("kyiv", "Europe/Kyiv"),
        ("kiev", "Europe/Kyiv"),
        ("kiiv", "Europe/Kyiv"),
        ("київ", "Europe/Kyiv"),
        ("киев", "Europe/Kyiv"),
        ("kijow", "Europe/Kyiv"),
        ("kharkiv", "Europe/Kyiv"),
        ("харків", "Europe/Kyiv"),
        ("odesa", "Europe/Kyiv"),
        ("lviv", "Europe/Kyiv"),
        ("львів", "Europe/Kyiv"),
        ("dnipro", "Europe/Kyiv"),
        ("ukraine", "Europe/Kyiv"),
        ("україна", "Europe/Kyiv"),
        ("украина", "Europe/Kyiv"),
        ("chisinau", "Europe/Chisinau"),
        ("кишинів", "Europe/Chisinau"),
        ("кишинев", "Europe/Chisinau"),
        ("moldova", "Europe/Chisinau"),
        ("warsaw", "Europe/Warsaw"),
        ("warszawa", "Europe/Warsaw"),
        ("варшава", "Europe/Warsaw"),
        ("krakow", "Europe/Warsaw"),
        ("przemysl", "Europe/Warsaw"),
        ("poland", "Europe/Warsaw"),
        ("polska", "Europe/Warsaw"),
        ("bucharest", "Europe/Bucharest"),
        ("bucuresti", "Europe/Bucharest"),
        ("бухарест", "Europe/Bucharest"),
        ("iasi", "Europe/Bucharest"),
        ("romania", "Europe/Bucharest"),
        ("utc", "UTC"),
        ("gmt", "UTC"),
    ];
    if let Some((_, zone)) = LOCAL
        .iter()
        .find(|(name, _)| crate::text::fold(name) == wanted)
    {
        return Some(zone.to_string());
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .find(|zone| {
            zone.name()
                .rsplit('/')
                .next()
                .is_some_and(|city| crate::text::fold(&city.replace('_', " ")) == wanted)
        })
        .map(|zone| zone.name().to_string())
}

impl Preferences {
    /// Checks and normalises what a reader sent; every problem is named by field.
    pub fn validated(mut self) -> Result<Preferences, AppError> {
        if !(1..=7).contains(&self.weekday) {
            return Err(AppError::invalid_key("weekday", "error-digest-weekday"));
        }
        if self.hour > 23 {
            return Err(AppError::invalid_key("hour", "error-digest-hour"));
        }
        self.time_zone =
            zone_named(&self.time_zone).unwrap_or_else(|| self.time_zone.trim().into());
        if self.time_zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(AppError::invalid_key("time_zone", "error-digest-time-zone"));
        }
        for country in &mut self.countries {
            *country = country.trim().to_ascii_uppercase();
            if crate::cases::taxonomy::CountryCode::parse(country).is_none() {
                return Err(AppError::invalid_key("countries", "error-digest-countries"));
            }
        }
        for context in &mut self.contexts {
            *context = context.trim().to_string();
            if context.parse::<ContextKind>().is_err() {
                return Err(AppError::invalid_key("contexts", "error-digest-contexts"));
            }
        }
        let mut tags = Vec::new();
        for tag in &self.tags {
            if let Some(tag) = crate::cases::input::clean_tag(tag)
                && !tags.contains(&tag)
            {
                tags.push(tag);
            }
        }
        if tags.len() > MAX_TAGS {
            return Err(AppError::invalid_key("tags", "error-digest-tags"));
        }
        self.tags = tags;
        self.queries = self
            .queries
            .iter()
            .map(|q| q.trim().to_string())
            .filter(|q| !q.is_empty())
            .collect();
        if self.queries.len() > MAX_QUERIES {
            return Err(AppError::invalid_key(
                "queries",
                "error-digest-queries-many",
            ));
        }
        for q in &self.queries {
            if q.chars().count() > MAX_QUERY_CHARS {
                return Err(AppError::invalid_key("queries", "error-digest-query-long"));
            }
            if let Err(e) = crate::search::query::parse(q) {
                return Err(AppError::invalid("queries", e.to_string()));
            }
        }
        self.countries.sort();
        self.countries.dedup();
        self.contexts.sort();
        self.contexts.dedup();
        Ok(self)
    }
}

/// Her subscription, or none yet.
pub fn find(conn: &mut DbConnection, user_id: i64) -> Result<Option<SubscriptionRow>, AppError> {
    Ok(subscriptions::table
        .find(user_id)
        .select(SubscriptionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Her preferences (the defaults when she never chose).
pub fn preferences(conn: &mut DbConnection, user_id: i64) -> Result<Preferences, AppError> {
    Ok(find(conn, user_id)?
        .map(|s| s.preferences())
        .unwrap_or_default())
}

/// Stores validated preferences.
pub fn save(
    conn: &mut DbConnection,
    user_id: i64,
    prefs: &Preferences,
) -> Result<Preferences, AppError> {
    let at = now();
    let queries = serde_json::to_string(&prefs.queries)
        .map_err(|e| AppError::internal(anyhow::anyhow!("queries: {e}")))?;
    conn.transaction(|conn| -> Result<(), AppError> {
        let values = (
            subscriptions::frequency.eq(prefs.frequency.as_str()),
            subscriptions::weekday.eq(i32::from(prefs.weekday)),
            subscriptions::hour.eq(i32::from(prefs.hour)),
            subscriptions::time_zone.eq(&prefs.time_zone),
            subscriptions::countries.eq(prefs.countries.join(",")),
            subscriptions::contexts.eq(prefs.contexts.join(",")),
            subscriptions::tags.eq(prefs.tags.join(",")),
            subscriptions::queries.eq(&queries),
            subscriptions::own_replies.eq(prefs.own_replies),
            subscriptions::updated_at.eq(at),
        );
        let updated = diesel::update(subscriptions::table.find(user_id))
            .set(values.clone())
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(subscriptions::table)
                .values((
                    subscriptions::user_id.eq(user_id),
                    values,
                    subscriptions::created_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(())
    })?;
    preferences(conn, user_id)
}

/// One-click unsubscribe: frequency off, and every unsubscribe link made before stops
/// working (a new digest carries a new one). `false` when the link was already used or
/// revoked.
pub fn unsubscribe(conn: &mut DbConnection, user_id: i64, version: i32) -> Result<bool, AppError> {
    let changed = diesel::update(
        subscriptions::table
            .find(user_id)
            .filter(subscriptions::token_version.eq(version)),
    )
    .set((
        subscriptions::frequency.eq(Frequency::Off.as_str()),
        subscriptions::token_version.eq(version + 1),
        subscriptions::updated_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

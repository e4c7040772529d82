//! Who a thread is for, and which threads a reader may see (docs/cohorts.md).
//!
//! A thread is for all members or for one cohort. A cohort's thread is seen by the cohort's
//! members and by the moderators; to anyone else it answers exactly as a thread that does not
//! exist, through every way of reading: lists and their counts, the case page, search with its
//! totals and facets, related cases, pages kept in memory, digests, notifications. The gate
//! ([`crate::cases::store::Gate`]) takes a [`Reach`] and applies it; the search index keeps each
//! thread's audience as a field and filters by the same reach.

use serde::{Deserialize, Serialize};

use crate::accounts::sessions::Identity;
use crate::error::AppError;

/// What a thread is for: `"all"` (every member) or `"cohort:<id>"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadAudience {
    #[default]
    All,
    Cohort(i64),
}

impl ThreadAudience {
    /// From the database column (`audience_cohort_id`).
    pub fn from_column(cohort: Option<i64>) -> Self {
        cohort.map_or(ThreadAudience::All, ThreadAudience::Cohort)
    }

    /// To the database column.
    pub fn column(self) -> Option<i64> {
        match self {
            ThreadAudience::All => None,
            ThreadAudience::Cohort(id) => Some(id),
        }
    }

    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let raw = raw.trim();
        if raw.is_empty() || raw == "all" {
            return Ok(ThreadAudience::All);
        }
        raw.strip_prefix("cohort:")
            .and_then(|id| id.parse::<i64>().ok())
            .filter(|id| *id > 0)
            .map(ThreadAudience::Cohort)
            .ok_or_else(|| AppError::invalid_key("audience", "error-audience"))
    }
}

impl std::fmt::Display for ThreadAudience {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ThreadAudience::All => f.write_str("all"),
            ThreadAudience::Cohort(id) => write!(f, "cohort:{id}"),
        }
    }
}

impl Serialize for ThreadAudience {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ThreadAudience {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        ThreadAudience::parse(&raw)
            .map_err(|_| serde::de::Error::custom("audience: expected \"all\" or \"cohort:<id>\""))
    }
}

impl utoipa::PartialSchema for ThreadAudience {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "`all` (every member) or `cohort:<id>` (one of the author's cohorts)",
            ))
            .pattern(Some("^(all|cohort:[1-9][0-9]*)$"))
            .into()
    }
}

impl utoipa::ToSchema for ThreadAudience {}

/// Which threads a reader may see besides those for all members. The default is the narrowest:
/// a member in no cohort.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reach {
    /// A member: the threads of her cohorts (ids, ascending).
    Cohorts(Vec<i64>),
    /// Moderators and admins, and the service's own work (the indexer; digests, which then
    /// filter per subscriber): every cohort.
    Everything,
}

impl Default for Reach {
    fn default() -> Self {
        Reach::members_only()
    }
}

impl Reach {
    pub fn of(identity: &Identity) -> Reach {
        if identity.role.is_staff() {
            Reach::Everything
        } else {
            Reach::Cohorts(identity.cohorts.clone())
        }
    }

    /// A member in no cohort: only the threads for all members.
    pub fn members_only() -> Reach {
        Reach::Cohorts(Vec::new())
    }

    /// Whether a thread for `audience` is within reach.
    pub fn sees(&self, audience: ThreadAudience) -> bool {
        match (self, audience) {
            (_, ThreadAudience::All) | (Reach::Everything, _) => true,
            (Reach::Cohorts(ids), ThreadAudience::Cohort(id)) => ids.contains(&id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audience_is_all_or_one_cohort() {
        assert_eq!(ThreadAudience::parse("all").unwrap(), ThreadAudience::All);
        assert_eq!(ThreadAudience::parse("").unwrap(), ThreadAudience::All);
        assert_eq!(
            ThreadAudience::parse("cohort:7").unwrap(),
            ThreadAudience::Cohort(7)
        );
        for bad in [
            "cohort:",
            "cohort:0",
            "cohort:-1",
            "cohort:x",
            "everyone",
            "cohort:7 OR 1",
        ] {
            assert!(ThreadAudience::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(ThreadAudience::Cohort(7).to_string(), "cohort:7");
    }

    #[test]
    fn a_member_reaches_her_cohorts_and_staff_every_cohort() {
        let member = Reach::Cohorts(vec![2, 5]);
        assert!(member.sees(ThreadAudience::All));
        assert!(member.sees(ThreadAudience::Cohort(5)));
        assert!(!member.sees(ThreadAudience::Cohort(3)));
        assert!(!Reach::members_only().sees(ThreadAudience::Cohort(2)));
        assert!(Reach::Everything.sees(ThreadAudience::Cohort(3)));
    }
}

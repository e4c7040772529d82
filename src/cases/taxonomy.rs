//! The vocabularies that make case studies comparable: contexts, counterpart types, outcomes,
//! countries (ISO 3166-1) and regions (ISO 3166-2, never finer). Keys are stable (API.md);
//! people see them translated (`context-<key>`, `counterpart-<key>`, `outcome-<key>`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::geo_data::{COUNTRIES, REGIONS};
use crate::i18n::Lang;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The translation key of its label.
            pub fn label_key(self) -> String {
                format!(concat!($prefix, "-{}"), self.key())
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s.trim() {
                    $($key => Ok($name::$variant),)+
                    _ => Err(()),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

vocabulary!(
    /// The kind of negotiation (API.md's context keys).
    ContextKind, "context", {
    HumanitarianAccess => "humanitarian_access",
    CheckpointMovement => "checkpoint_movement",
    LocalAuthorities => "local_authorities",
    ArmedActors => "armed_actors",
    NationalGovernment => "national_government",
    Donors => "donors",
    UnIngoCoordination => "un_ingo_coordination",
    CommunityLeaders => "community_leaders",
    InternalOrganisational => "internal_organisational",
    ProtectionGbv => "protection_gbv",
    Detention => "detention",
    Evacuation => "evacuation",
    Other => "other",
});

vocabulary!(
    /// Who sat across the table.
    CounterpartKind, "counterpart", {
    ArmedGroup => "armed_group",
    Military => "military",
    PoliceBorderGuard => "police_border_guard",
    LocalAdministration => "local_administration",
    Ministry => "ministry",
    Donor => "donor",
    UnAgency => "un_agency",
    Ingo => "ingo",
    CommunityLeader => "community_leader",
    Other => "other",
});

vocabulary!(
    /// How it ended (so far).
    Outcome, "outcome", {
    Agreement => "agreement",
    Partial => "partial",
    NoAgreement => "no_agreement",
    Ongoing => "ongoing",
});

/// An ISO 3166-1 alpha-2 country code that exists (an index into the sorted table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct CountryCode(usize);

impl CountryCode {
    pub fn parse(raw: &str) -> Option<CountryCode> {
        let upper = raw.trim().to_ascii_uppercase();
        COUNTRIES
            .binary_search_by(|c| c.code.cmp(upper.as_str()))
            .ok()
            .map(CountryCode)
    }

    pub fn as_str(self) -> &'static str {
        COUNTRIES[self.0].code
    }

    /// The country's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        COUNTRIES[self.0].names[index]
    }

    /// Every country, for the country menus.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        (0..COUNTRIES.len()).map(CountryCode)
    }
}

impl From<CountryCode> for String {
    fn from(value: CountryCode) -> Self {
        value.as_str().to_string()
    }
}

/// An ISO 3166-2 subdivision code (`UA-63`) of a given country. Parley never stores a place
/// finer than this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct RegionCode(&'static str);

impl RegionCode {
    pub fn parse(raw: &str, country: CountryCode) -> Option<RegionCode> {
        let upper = raw.trim().to_ascii_uppercase();
        if !upper.starts_with(&format!("{}-", country.as_str())) {
            return None;
        }
        REGIONS
            .binary_search_by(|r| r.code.cmp(upper.as_str()))
            .ok()
            .map(|i| RegionCode(REGIONS[i].code))
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    pub fn name(self) -> &'static str {
        REGIONS
            .binary_search_by(|r| r.code.cmp(self.0))
            .map(|i| REGIONS[i].name)
            .unwrap_or(self.0)
    }

    /// The region's name in `lang`: in its script where Parley has it (Ukraine's regions in
    /// Ukrainian, Russian and Polish), else as in ISO 3166-2.
    pub fn name_in(self, lang: Lang) -> &'static str {
        super::geo_data::REGION_NAMES
            .get(&(self.0, lang.code()))
            .copied()
            .unwrap_or_else(|| self.name())
    }

    /// Every name search knows the region by: ISO's, its names in the five languages, and its
    /// main city in every script ("Kharkiv", "Харків", "Charków" for UA-63).
    pub fn search_names(self) -> Vec<&'static str> {
        let mut names = vec![self.name()];
        for ((code, _), name) in super::geo_data::REGION_NAMES.iter() {
            if *code == self.0 {
                names.extend(name.split('|'));
            }
        }
        names
    }

    /// The regions of one country, for the region menu.
    pub fn of(country: CountryCode) -> impl Iterator<Item = RegionCode> {
        let prefix = format!("{}-", country.as_str());
        REGIONS
            .iter()
            .filter(move |r| r.code.starts_with(&prefix))
            .map(|r| RegionCode(r.code))
    }
}

impl From<RegionCode> for String {
    fn from(value: RegionCode) -> Self {
        value.0.to_string()
    }
}

/// The name of an ISO 3166-2 region code, or the code itself when unknown.
pub fn region_name(code: &str) -> String {
    REGIONS
        .binary_search_by(|r| r.code.cmp(code))
        .map(|i| REGIONS[i].name.to_string())
        .unwrap_or_else(|_| code.to_string())
}

/// The name of an ISO 3166-2 region code in `lang` (its script where Parley has it), or the
/// code itself when unknown.
pub fn region_name_in(code: &str, lang: Lang) -> String {
    code.split_once('-')
        .and_then(|(country, _)| CountryCode::parse(country))
        .and_then(|country| RegionCode::parse(code, country))
        .map(|r| r.name_in(lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// Countries shown first in menus: the first community's.
pub const FOCUS_COUNTRIES: [&str; 4] = ["UA", "MD", "PL", "RO"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for c in ContextKind::ALL {
            assert_eq!(c.key().parse::<ContextKind>(), Ok(*c));
        }
        assert_eq!(ContextKind::ALL.len(), 13);
        assert!("armed_actors ".parse::<ContextKind>().is_ok());
        assert!("armed-actors".parse::<ContextKind>().is_err());
        assert_eq!(Outcome::NoAgreement.label_key(), "outcome-no_agreement");
    }

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        assert!(REGIONS.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn countries_and_regions_are_checked() {
        let ua = CountryCode::parse("ua").unwrap();
        assert_eq!(ua.name(Lang::Uk), "Україна");
        assert!(CountryCode::parse("XX").is_none());
        assert_eq!(RegionCode::parse("ua-63", ua).unwrap().as_str(), "UA-63");
        assert!(
            RegionCode::parse("PL-14", ua).is_none(),
            "a region of another country"
        );
        assert!(RegionCode::of(ua).count() >= 25);
    }
}

//! What an author sends, and the checks it must pass. Every problem names its field; a draft
//! may leave required fields empty, a submission may not.

use serde::{Deserialize, Serialize};

use super::ThreadKind;
use super::markdown::MAX_BODY_CHARS;
use super::taxonomy::{ContextKind, CounterpartKind, CountryCode, Outcome, RegionCode};
use crate::error::{AppError, FieldError};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_LESSONS_CHARS: usize = 2_000;
pub const MAX_TAGS: usize = 10;
pub const MAX_TAG_CHARS: usize = 40;
pub const MAX_SENSITIVE_TERMS: usize = 50;
pub const MAX_SENSITIVE_TERM_CHARS: usize = 100;

/// A period: year and, optionally, month. Never a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Period {
    pub year: i32,
    pub month: Option<i32>,
}

/// A case study or discussion as submitted (API JSON or the web form), not yet checked.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct CaseInput {
    pub title: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    #[serde(default)]
    pub contexts: Vec<String>,
    #[serde(default)]
    pub counterparts: Vec<String>,
    pub period: Option<Period>,
    pub outcome: Option<String>,
    pub lessons: Option<String>,
    pub body_markdown: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub sensitive_terms: Vec<String>,
    #[serde(default)]
    pub show_name: bool,
    /// ISO 639-1; detected from the text when absent.
    pub language: Option<String>,
}

/// The structured description of a thread, as stored with each revision and, once published,
/// on the thread itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Metadata {
    pub country: Option<String>,
    pub region: Option<String>,
    pub contexts: Vec<ContextKind>,
    pub counterparts: Vec<CounterpartKind>,
    pub period: Option<Period>,
    pub outcome: Option<Outcome>,
    pub tags: Vec<String>,
    pub language: String,
    pub show_name: bool,
}

/// Checked content, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseContent {
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
    pub metadata: Metadata,
    pub sensitive_terms: Vec<String>,
}

/// Whether required fields must be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    Draft,
    Submission,
}

fn clean_text(raw: Option<&str>) -> String {
    raw.unwrap_or("")
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_string()
}

/// A tag: lower-case letters, digits, spaces and hyphens; trimmed.
pub fn clean_tag(raw: &str) -> Option<String> {
    let tag: String = raw
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .collect();
    let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
    (!tag.is_empty()).then_some(tag)
}

/// The language of a text as an ISO 639-1 code, for the five languages Parley serves and a
/// few neighbours; `und` when unsure.
pub fn detect_language(text: &str) -> String {
    let Some(info) = whatlang::detect(text) else {
        return "und".into();
    };
    use whatlang::Lang as W;
    let code = match info.lang() {
        W::Eng => "en",
        W::Ukr => "uk",
        W::Rus => "ru",
        W::Pol => "pl",
        W::Ron => "ro",
        W::Deu => "de",
        W::Fra => "fr",
        W::Spa => "es",
        W::Ita => "it",
        W::Bel => "be",
        W::Hun => "hu",
        W::Bul => "bg",
        _ => "und",
    };
    code.to_string()
}

impl CaseInput {
    /// Checks everything; collects every problem rather than stopping at the first.
    pub fn validate(
        &self,
        kind: ThreadKind,
        strictness: Strictness,
    ) -> Result<CaseContent, AppError> {
        let strict = strictness == Strictness::Submission;
        let case_study = kind == ThreadKind::CaseStudy;
        let mut errors: Vec<FieldError> = Vec::new();
        let mut fail = |field: &str, key: &'static str| errors.push(FieldError::keyed(field, key));

        let title = clean_text(self.title.as_deref());
        if title.is_empty() {
            fail("title", "error-required");
        } else if title.chars().count() > MAX_TITLE_CHARS {
            fail("title", "error-title-long");
        }
        let lessons = if case_study {
            clean_text(self.lessons.as_deref())
        } else {
            String::new()
        };
        if case_study && strict && lessons.is_empty() {
            fail("lessons", "error-required");
        } else if lessons.chars().count() > MAX_LESSONS_CHARS {
            fail("lessons", "error-lessons-long");
        }
        let body = clean_text(self.body_markdown.as_deref());
        if strict && body.is_empty() {
            fail("body_markdown", "error-required");
        } else if body.chars().count() > MAX_BODY_CHARS {
            fail("body_markdown", "error-body-long");
        }

        let country = match self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(raw) => match CountryCode::parse(raw) {
                Some(code) => Some(code),
                None => {
                    fail("country", "error-country-unknown");
                    None
                }
            },
            None => {
                if case_study && strict {
                    fail("country", "error-required");
                }
                None
            }
        };
        let region = match (
            self.region
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty()),
            country,
        ) {
            (Some(raw), Some(country)) => match RegionCode::parse(raw, country) {
                Some(region) => Some(region.as_str().to_string()),
                None => {
                    fail("region", "error-region-unknown");
                    None
                }
            },
            (Some(_), None) => {
                fail("region", "error-region-unknown");
                None
            }
            (None, _) => None,
        };

        let mut contexts = Vec::new();
        for raw in &self.contexts {
            match raw.parse::<ContextKind>() {
                Ok(c) if !contexts.contains(&c) => contexts.push(c),
                Ok(_) => {}
                Err(()) => fail("contexts", "error-context-unknown"),
            }
        }
        if strict && contexts.is_empty() {
            fail("contexts", "error-required");
        }
        let mut counterparts = Vec::new();
        if case_study {
            for raw in &self.counterparts {
                match raw.parse::<CounterpartKind>() {
                    Ok(c) if !counterparts.contains(&c) => counterparts.push(c),
                    Ok(_) => {}
                    Err(()) => fail("counterparts", "error-counterpart-unknown"),
                }
            }
            if strict && counterparts.is_empty() {
                fail("counterparts", "error-required");
            }
        }
        contexts.sort();
        counterparts.sort();

        let this_year = chrono::Utc::now()
            .format("%Y")
            .to_string()
            .parse::<i32>()
            .unwrap_or(2100);
        let period = if case_study { self.period } else { None };
        if let Some(p) = period {
            if p.year < 1990 || p.year > this_year {
                fail("period.year", "error-year-range");
            }
            if p.month.is_some_and(|m| !(1..=12).contains(&m)) {
                fail("period.month", "error-month-range");
            }
        } else if case_study && strict {
            fail("period.year", "error-required");
        }

        let outcome = match self
            .outcome
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            Some(raw) if case_study => match raw.parse::<Outcome>() {
                Ok(o) => Some(o),
                Err(()) => {
                    fail("outcome", "error-outcome-unknown");
                    None
                }
            },
            _ => {
                if case_study && strict {
                    fail("outcome", "error-required");
                }
                None
            }
        };

        let mut tags: Vec<String> = Vec::new();
        for raw in &self.tags {
            match clean_tag(raw) {
                Some(tag) if tag.chars().count() > MAX_TAG_CHARS => fail("tags", "error-tag-long"),
                Some(tag) if !tags.contains(&tag) => tags.push(tag),
                _ => {}
            }
        }
        if tags.len() > MAX_TAGS {
            fail("tags", "error-tags-many");
        }

        let mut sensitive_terms: Vec<String> = Vec::new();
        for raw in &self.sensitive_terms {
            let term = clean_text(Some(raw));
            if term.chars().count() > MAX_SENSITIVE_TERM_CHARS {
                fail("sensitive_terms", "error-term-long");
            } else if !term.is_empty() && !sensitive_terms.contains(&term) {
                sensitive_terms.push(term);
            }
        }
        if sensitive_terms.len() > MAX_SENSITIVE_TERMS {
            fail("sensitive_terms", "error-terms-many");
        }

        let language = match self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Some(code) if code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()) => {
                code.to_string()
            }
            Some(_) => {
                fail("language", "error-language");
                String::new()
            }
            None => detect_language(&format!("{title}\n{lessons}\n{body}")),
        };

        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(CaseContent {
            title,
            lessons,
            body_markdown: body,
            metadata: Metadata {
                country: country.map(|c| c.as_str().to_string()),
                region,
                contexts,
                counterparts,
                period,
                outcome,
                tags,
                language,
                show_name: self.show_name,
            },
            sensitive_terms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> CaseInput {
        CaseInput {
            title: Some("Opening a corridor".into()),
            country: Some("UA".into()),
            region: Some("UA-63".into()),
            contexts: vec!["humanitarian_access".into(), "armed_actors".into()],
            counterparts: vec!["military".into()],
            period: Some(Period {
                year: 2023,
                month: Some(3),
            }),
            outcome: Some("partial".into()),
            lessons: Some("Start with the logistics officer.".into()),
            body_markdown: Some("## Situation\n\nWe needed to deliver water.".into()),
            tags: vec!["Water ".into(), "water".into()],
            sensitive_terms: vec!["Oksana".into()],
            show_name: false,
            language: None,
        }
    }

    #[test]
    fn a_complete_case_study_passes_and_is_normalised() {
        let content = complete()
            .validate(ThreadKind::CaseStudy, Strictness::Submission)
            .unwrap();
        assert_eq!(content.metadata.tags, vec!["water"]);
        assert_eq!(content.metadata.language, "en");
        assert_eq!(
            content.metadata.contexts,
            vec![ContextKind::HumanitarianAccess, ContextKind::ArmedActors]
        );
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut input = complete();
        input.country = Some("XX".into());
        input.contexts = vec!["shopping".into()];
        input.counterparts = vec!["aliens".into()];
        input.outcome = Some("won".into());
        input.title = None;
        input.period = Some(Period {
            year: 1800,
            month: Some(13),
        });
        let error = input
            .validate(ThreadKind::CaseStudy, Strictness::Submission)
            .unwrap_err();
        let fields: Vec<&str> = error
            .field_errors()
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        for field in [
            "title",
            "country",
            "region",
            "contexts",
            "counterparts",
            "period.year",
            "period.month",
            "outcome",
        ] {
            assert!(fields.contains(&field), "{field} not named in {fields:?}");
        }
    }

    #[test]
    fn drafts_may_be_incomplete_but_need_a_title() {
        let draft = CaseInput {
            title: Some("Notes".into()),
            ..Default::default()
        };
        assert!(
            draft
                .validate(ThreadKind::CaseStudy, Strictness::Draft)
                .is_ok()
        );
        assert!(
            draft
                .validate(ThreadKind::CaseStudy, Strictness::Submission)
                .is_err()
        );
        assert!(
            CaseInput::default()
                .validate(ThreadKind::CaseStudy, Strictness::Draft)
                .is_err()
        );
    }

    #[test]
    fn languages_are_detected() {
        assert_eq!(
            detect_language("Ми домовилися з місцевою адміністрацією про доступ до села."),
            "uk"
        );
        assert_eq!(
            detect_language("Negocierea cu autoritățile locale a durat trei săptămâni."),
            "ro"
        );
        assert_eq!(
            detect_language("Negocjacje z władzami lokalnymi trwały trzy tygodnie."),
            "pl"
        );
    }
}

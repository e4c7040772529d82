//! Case studies and discussions: threads, their revisions, replies, markdown, pseudonyms.
//!
//! Owns the structure of a story and its lifecycle. Must never let anything but published,
//! anonymised text reach someone other than its author and moderators: every member-facing
//! read goes through [`store::published_threads`], and what the author wrote (the revisions)
//! is only ever read by `store` functions that check the reader is the author or a moderator.
//! A member-facing view never carries an author id, name, e-mail or cohort — only the
//! thread's pseudonym, unless the author chose to show her name.

pub mod audience;
pub mod geo_data;
pub mod input;
pub mod lifecycle;
pub mod markdown;
pub mod pseudonyms;
pub mod store;
pub mod taxonomy;
pub mod template;
pub mod views;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub use audience::{Reach, ThreadAudience};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ThreadKind {
    /// A negotiation the author led, in the guided structure.
    CaseStudy,
    /// A free-form question or conversation.
    Discussion,
}

impl ThreadKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ThreadKind::CaseStudy => "case_study",
            ThreadKind::Discussion => "discussion",
        }
    }
}

impl FromStr for ThreadKind {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "case_study" => Ok(ThreadKind::CaseStudy),
            "discussion" => Ok(ThreadKind::Discussion),
            _ => Err(AppError::invalid(
                "kind",
                "must be case_study or discussion",
            )),
        }
    }
}

impl fmt::Display for ThreadKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

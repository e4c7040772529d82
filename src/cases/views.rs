//! Read models: what pages and the API show of threads and replies. Built only by `store`,
//! which decides who may see what; nothing here holds an author's id or address.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::ThreadKind;
use super::input::Period;
use super::lifecycle::{RevisionStatus, ThreadStatus};
use super::taxonomy::{ContextKind, CounterpartKind, Outcome};

/// How an author appears: her pseudonym in this thread, her name if she chose to show it,
/// "former member", or — to herself — "you".
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AuthorLabel {
    pub display: String,
    /// True when the reader is this author.
    pub is_you: bool,
    /// For replies: written by the thread's author.
    pub is_thread_author: bool,
}

/// One line of a list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseSummary {
    pub id: i64,
    pub kind: ThreadKind,
    pub title: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub contexts: Vec<ContextKind>,
    pub counterparts: Vec<CounterpartKind>,
    pub period: Option<Period>,
    pub outcome: Option<Outcome>,
    pub lessons: String,
    pub language: String,
    pub tags: Vec<String>,
    pub reply_count: i32,
    #[schema(value_type = Option<String>)]
    pub published_at: Option<NaiveDateTime>,
    pub author: AuthorLabel,
    /// `all`, or `cohort:<id>` for a thread its cohort's members and the moderators see.
    pub audience: crate::cases::ThreadAudience,
    /// A discussion asking its cohort for advice until this day (inclusive).
    #[schema(value_type = Option<String>)]
    pub advice_by: Option<chrono::NaiveDate>,
}

/// A page of a list, with the cursor of the next page.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

/// A published reply (or, for its author and moderators, a held one).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReplyView {
    pub id: i64,
    pub author: AuthorLabel,
    pub body_html: String,
    /// `published`, or for its own author `pending`.
    pub status: String,
    /// Her own reply's words as she may change them (the published text, or hers while it
    /// waits); absent on others' replies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own_markdown: Option<String>,
    #[schema(value_type = Option<String>)]
    pub published_at: Option<NaiveDateTime>,
    #[schema(value_type = String)]
    pub created_at: NaiveDateTime,
}

/// The reader's relation to a thread, which decides what the page offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Member,
    Author,
    Moderator,
}

/// The author's latest revision, as she (and moderators) see it next to the published text.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RevisionInfo {
    pub number: i32,
    pub status: RevisionStatus,
    /// The moderators' reason, for changes requested or a rejection.
    pub reason: Option<String>,
    #[schema(value_type = Option<String>)]
    pub submitted_at: Option<NaiveDateTime>,
}

/// One thread as a page shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseView {
    #[serde(flatten)]
    pub summary: CaseSummary,
    pub status: ThreadStatus,
    pub body_html: String,
    pub locked: bool,
    pub relation: Relation,
    /// Shown to the author and moderators only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_revision: Option<RevisionInfo>,
    /// For the author and moderators while nothing is published: this is the original text.
    pub is_original: bool,
    pub replies: Vec<ReplyView>,
    pub next_replies_cursor: Option<i64>,
}

/// One of the author's own threads, for "my submissions".
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MyThread {
    pub id: i64,
    pub kind: ThreadKind,
    pub title: String,
    pub status: ThreadStatus,
    pub revision: RevisionInfo,
    #[schema(value_type = String)]
    pub updated_at: NaiveDateTime,
}

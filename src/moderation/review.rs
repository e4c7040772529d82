//! What a moderator sees to anonymise a submission: the original (title, lessons, body), the
//! terms its author declared, and every finding of the detector in each text. Reading an
//! original is logged. Also the community deny-list that feeds the detector.

use diesel::prelude::*;

use crate::cases::lifecycle::ReplyStatus;
use serde::Serialize;

use super::detector::deny::{DenyKey, DenyList};
use super::detector::{Finding, Kind, ScanOptions, scan};
use super::log;
use super::queue::{ItemKind, pending_revision};
use crate::accounts::tokens::Signer;
use crate::cases::input::Metadata;
use crate::cases::store::{ReplyRow, RevisionRow};
use crate::db::schema::{claims, deny_terms, replies, revisions, users};
use crate::db::{DbConnection, now};
use crate::error::AppError;

/// The deny-list's hashing key, derived from the server's secret (a new secret makes the
/// stored fingerprints unmatchable: the list starts again).
pub fn deny_key(signer: &Signer) -> DenyKey {
    let mac = signer.mac("deny-list", b"siphash-1-3 key");
    let mut key = [0u8; 16];
    key.copy_from_slice(&mac[..16]);
    DenyKey(key)
}

/// Terms moderators confirmed as identifying before, as fingerprints.
pub fn deny_list(conn: &mut DbConnection, key: DenyKey) -> Result<DenyList, AppError> {
    let rows: Vec<(String, String)> = deny_terms::table
        .select((deny_terms::fingerprint, deny_terms::kind))
        .load(conn)?;
    let mut list = DenyList::new(key);
    for (fingerprint, kind) in rows {
        if let Ok(kind) = kind.parse() {
            list.insert_fingerprint(&fingerprint, kind);
        }
    }
    Ok(list)
}

/// Adds confirmed terms to the deny-list (names, places, organisations, units only: shapes
/// are found by their shape anyway). Only their fingerprints are stored.
pub fn confirm_terms(
    conn: &mut DbConnection,
    key: DenyKey,
    moderator_id: i64,
    terms: &[(String, Kind)],
) -> Result<(), AppError> {
    for (term, kind) in terms {
        let term = term.trim();
        if term.chars().count() < 3 || !(kind.is_word_kind() || *kind == Kind::MilitaryUnit) {
            continue;
        }
        let Some(fingerprint) = key.fingerprint(term) else {
            continue;
        };
        let known: i64 = deny_terms::table
            .filter(deny_terms::fingerprint.eq(&fingerprint))
            .count()
            .get_result(conn)?;
        if known == 0 {
            diesel::insert_into(deny_terms::table)
                .values((
                    deny_terms::fingerprint.eq(&fingerprint),
                    deny_terms::kind.eq(kind.as_str()),
                    deny_terms::added_by.eq(Some(moderator_id)),
                    deny_terms::created_at.eq(now()),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// The detector's options for a text: the author's declared terms and the deny-list.
pub fn scan_options(
    conn: &mut DbConnection,
    key: DenyKey,
    declared: Vec<String>,
) -> Result<ScanOptions, AppError> {
    Ok(ScanOptions {
        declared,
        deny_list: deny_list(conn, key)?,
    })
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FieldFindings {
    pub title: Vec<Finding>,
    pub lessons: Vec<Finding>,
    pub body_markdown: Vec<Finding>,
    /// Findings in the author's tags, as spans of [`tags_text`].
    pub tags: Vec<Finding>,
}

/// The author's tags as one text, a tag a line: what the tag findings point into.
pub fn tags_text(tags: &[String]) -> String {
    tags.join("\n")
}

/// Scans tags as the detector reads names: tags are stored in lower case, so each word is
/// scanned with its first letter capitalised ("halyna bondarenko" as "Halyna Bondarenko"),
/// and a tag is its own sentence. Spans are those of [`tags_text`] (capitalising keeps every
/// character where it was; a letter whose capital is not one character stays as it is).
pub fn scan_tags(tags: &[String], options: &ScanOptions) -> Vec<Finding> {
    let text = tags_text(tags);
    let mut capitalised = String::with_capacity(text.len());
    let mut at_word_start = true;
    for c in text.chars() {
        let mut upper = c.to_uppercase();
        match (at_word_start, upper.next(), upper.next()) {
            (true, Some(u), None) => capitalised.push(u),
            _ => capitalised.push(c),
        }
        at_word_start = !c.is_alphanumeric();
    }
    let mut findings = scan(&capitalised, options);
    let chars: Vec<char> = text.chars().collect();
    for f in &mut findings {
        f.text = chars[f.start..f.end].iter().collect();
    }
    findings
}

/// A submission as its moderator reviews it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseReview {
    pub thread_id: i64,
    pub revision: i32,
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub tags: Vec<String>,
    /// What the author declared as names, places and organisations in her story.
    pub sensitive_terms: Vec<String>,
    pub findings: FieldFindings,
    /// The moderator working on it, if any.
    pub claimed_by: Option<String>,
    /// In four-eyes mode: a first approval is waiting for a second moderator.
    pub awaiting_second_approval: bool,
}

/// Loads the pending revision of a thread with its findings, and logs the read.
pub fn review_case(
    conn: &mut DbConnection,
    key: DenyKey,
    moderator_id: i64,
    thread_id: i64,
) -> Result<CaseReview, AppError> {
    let revision_id = pending_revision(conn, thread_id)?;
    let revision: RevisionRow = revisions::table
        .find(revision_id)
        .select(RevisionRow::as_select())
        .first(conn)?;
    let metadata: Metadata = revision.metadata()?;
    let declared = revision.sensitive_terms();
    let options = scan_options(conn, key, declared.clone())?;
    let claimed_by: Option<String> = claims::table
        .inner_join(users::table.on(users::id.eq(claims::moderator_id)))
        .filter(claims::item_kind.eq(ItemKind::Revision.as_str()))
        .filter(claims::item_id.eq(revision_id))
        .select(users::name)
        .first(conn)
        .optional()?;
    let awaiting: i64 = crate::db::schema::approvals::table
        .filter(crate::db::schema::approvals::revision_id.eq(revision_id))
        .count()
        .get_result(conn)?;
    log::record(
        conn,
        Some(moderator_id),
        "read_original",
        Some(thread_id),
        None,
        None,
    )?;
    Ok(CaseReview {
        thread_id,
        revision: revision.number,
        findings: FieldFindings {
            title: scan(&revision.title, &options),
            lessons: scan(&revision.lessons, &options),
            body_markdown: scan(&revision.body_markdown, &options),
            tags: scan_tags(&metadata.tags, &options),
        },
        title: revision.title,
        lessons: revision.lessons,
        body_markdown: revision.body_markdown,
        country: metadata.country,
        region: metadata.region,
        tags: metadata.tags,
        sensitive_terms: declared,
        claimed_by,
        awaiting_second_approval: awaiting > 0,
    })
}

/// A held reply as its moderator reviews it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReplyReview {
    pub reply_id: i64,
    pub thread_id: i64,
    pub body_markdown: String,
    pub findings: Vec<Finding>,
}

pub fn review_reply(
    conn: &mut DbConnection,
    key: DenyKey,
    moderator_id: i64,
    reply_id: i64,
) -> Result<ReplyReview, AppError> {
    let reply: ReplyRow = replies::table
        .find(reply_id)
        .select(ReplyRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if reply.status()? != ReplyStatus::Pending {
        return Err(AppError::conflict("refusal-reply-not-waiting"));
    }
    let options = scan_options(conn, key, Vec::new())?;
    log::record(
        conn,
        Some(moderator_id),
        "read_original",
        Some(reply.thread_id),
        Some(reply_id),
        None,
    )?;
    Ok(ReplyReview {
        reply_id,
        thread_id: reply.thread_id,
        findings: scan(&reply.original_markdown, &options),
        body_markdown: reply.original_markdown,
    })
}

/// The original text with every finding wrapped in `<mark class="finding kind-…">`, escaped:
/// for the review page.
pub fn highlight(text: &str, findings: &[Finding]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    let escape = |s: &[char], out: &mut String| {
        crate::text::push_html_escaped(out, &s.iter().collect::<String>());
    };
    for f in findings {
        if f.start < at || f.end > chars.len() {
            continue;
        }
        escape(&chars[at..f.start], &mut out);
        out.push_str(&format!(
            "<mark class=\"finding kind-{}\" title=\"{} ({:.0}%)\">",
            f.kind.as_str(),
            f.kind.as_str(),
            f.confidence * 100.0
        ));
        escape(&chars[f.start..f.end], &mut out);
        out.push_str("</mark>");
        at = f.end;
    }
    escape(&chars[at..], &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighting_escapes_and_marks() {
        let text = "<b>Оксана</b> called";
        let findings = scan(text, &ScanOptions::default());
        let html = highlight(text, &findings);
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(
            html.contains("<mark class=\"finding kind-person\""),
            "{html}"
        );
        assert!(!html.contains("<b>"));
    }
}

//! What authors do to their threads: create, edit, submit, delete; what a purge empties; what
//! an account's deletion does to her threads and replies. Each in one transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::cases::input::{CaseContent, Metadata};
use crate::cases::lifecycle::{
    Action, EditEffect, ReplyStatus, RevisionStatus, State, ThreadStatus,
};
use crate::cases::markdown;
use crate::cases::{ThreadAudience, ThreadKind};
use crate::db::schema::{
    replies, revisions, thread_contexts, thread_counterparts, thread_tags, threads,
};
use crate::db::{DbConnection, now};
use crate::error::AppError;

use super::*;

pub(super) fn insert_revision(
    conn: &mut DbConnection,
    thread_id: i64,
    number: i32,
    author_id: i64,
    content: &CaseContent,
    status: RevisionStatus,
) -> Result<(), AppError> {
    let at = now();
    diesel::insert_into(revisions::table)
        .values((
            revisions::thread_id.eq(thread_id),
            revisions::number.eq(number),
            revisions::author_id.eq(Some(author_id)),
            revisions::status.eq(status.as_str()),
            revisions::title.eq(&content.title),
            revisions::lessons.eq(&content.lessons),
            revisions::body_markdown.eq(&content.body_markdown),
            revisions::metadata
                .eq(serde_json::to_string(&content.metadata).map_err(AppError::internal)?),
            revisions::sensitive_terms
                .eq(serde_json::to_string(&content.sensitive_terms).map_err(AppError::internal)?),
            revisions::created_at.eq(at),
            revisions::submitted_at.eq((status == RevisionStatus::Pending).then_some(at)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Where a new thread goes: to every member or to one of the author's cohorts, and for a
/// cohort's discussion, until when it asks for advice. Set when the thread is created.
#[derive(Debug, Clone, Copy, Default)]
pub struct Placement {
    pub audience: ThreadAudience,
    pub advice_by: Option<chrono::NaiveDate>,
}

impl Placement {
    /// Checks the placement for `kind`: advice is asked by a cohort's discussion, by a day
    /// from today to a year ahead.
    pub fn check(self, kind: ThreadKind, today: chrono::NaiveDate) -> Result<Self, AppError> {
        if let Some(by) = self.advice_by
            && (kind != ThreadKind::Discussion
                || self.audience == ThreadAudience::All
                || by < today
                || by > today + chrono::Duration::days(366))
        {
            return Err(AppError::invalid_key("advice_by", "error-advice-by"));
        }
        Ok(self)
    }
}

/// Creates a thread with its first revision, as a draft or submitted for review. A thread for
/// a cohort must be for one of the author's cohorts.
pub fn create_thread(
    conn: &mut DbConnection,
    author_id: i64,
    kind: ThreadKind,
    content: &CaseContent,
    placement: Placement,
    submit: bool,
) -> Result<(i64, ThreadStatus), AppError> {
    let (thread_status, revision_status) = if submit {
        (ThreadStatus::Pending, RevisionStatus::Pending)
    } else {
        (ThreadStatus::Draft, RevisionStatus::Draft)
    };
    let placement = placement.check(kind, now().date())?;
    if let ThreadAudience::Cohort(cohort) = placement.audience
        && !crate::accounts::cohorts::ids_of_user(conn, author_id)?.contains(&cohort)
    {
        return Err(AppError::invalid_key("audience", "error-audience"));
    }
    conn.transaction(|conn| {
        let at = now();
        let id: i64 = diesel::insert_into(threads::table)
            .values((
                threads::kind.eq(kind.as_str()),
                threads::author_id.eq(Some(author_id)),
                threads::audience_cohort_id.eq(placement.audience.column()),
                threads::advice_by.eq(placement.advice_by),
                threads::status.eq(thread_status.as_str()),
                threads::show_name.eq(content.metadata.show_name),
                threads::language.eq(&content.metadata.language),
                threads::created_at.eq(at),
                threads::updated_at.eq(at),
                threads::last_activity_at.eq(at),
            ))
            .returning(threads::id)
            .get_result(conn)?;
        insert_revision(conn, id, 1, author_id, content, revision_status)?;
        Ok((id, thread_status))
    })
}

pub(super) fn set_statuses(
    conn: &mut DbConnection,
    thread_id: i64,
    revision_id: i64,
    state: State,
) -> Result<(), AppError> {
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::status.eq(state.thread.as_str()),
            threads::locked.eq(state.locked),
            threads::updated_at.eq(now()),
        ))
        .execute(conn)?;
    diesel::update(revisions::table.find(revision_id))
        .set(revisions::status.eq(state.revision.as_str()))
        .execute(conn)?;
    Ok(())
}

pub(super) fn require_author(thread: &ThreadRow, author_id: i64) -> Result<(), AppError> {
    if thread.author_id == Some(author_id) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The author changes her thread: the draft or changes-requested revision in place, or a new
/// revision of a published thread (which stays as it is until a moderator approves). With
/// `submit`, the revision goes to the moderators.
pub fn edit_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
    content: &CaseContent,
    submit: bool,
) -> Result<ThreadStatus, AppError> {
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        let edited = check(state, Action::Edit)?;
        let revision_id = match state.edit_effect() {
            EditEffect::InPlace => {
                diesel::update(revisions::table.find(revision.id))
                    .set((
                        revisions::title.eq(&content.title),
                        revisions::lessons.eq(&content.lessons),
                        revisions::body_markdown.eq(&content.body_markdown),
                        revisions::metadata
                            .eq(serde_json::to_string(&content.metadata)
                                .map_err(AppError::internal)?),
                        revisions::sensitive_terms
                            .eq(serde_json::to_string(&content.sensitive_terms)
                                .map_err(AppError::internal)?),
                    ))
                    .execute(conn)?;
                revision.id
            }
            EditEffect::NewRevision => {
                insert_revision(
                    conn,
                    thread_id,
                    revision.number + 1,
                    author_id,
                    content,
                    RevisionStatus::Draft,
                )?;
                latest_revision(conn, thread_id)?.id
            }
        };
        let mut next = edited;
        if submit {
            next = check(edited, Action::Submit)?;
            diesel::update(revisions::table.find(revision_id))
                .set(revisions::submitted_at.eq(Some(now())))
                .execute(conn)?;
        }
        set_statuses(conn, thread_id, revision_id, next)?;
        Ok(next.thread)
    })
}

/// Sends the latest (draft or changes-requested) revision to the moderators.
pub fn submit_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
) -> Result<ThreadStatus, AppError> {
    conn.transaction(|conn| {
        let (thread, revision, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        let next = check(state, Action::Submit)?;
        // What is submitted must be complete, even if the draft was not.
        let kind: ThreadKind = thread.kind.parse()?;
        revision_input(&revision)?.validate(kind, crate::cases::input::Strictness::Submission)?;
        diesel::update(revisions::table.find(revision.id))
            .set(revisions::submitted_at.eq(Some(now())))
            .execute(conn)?;
        set_statuses(conn, thread_id, revision.id, next)?;
        Ok(next.thread)
    })
}

/// A revision turned back into input, to check it again or to fill the edit form.
pub fn revision_input(revision: &RevisionRow) -> Result<crate::cases::input::CaseInput, AppError> {
    let metadata = revision.metadata()?;
    Ok(crate::cases::input::CaseInput {
        title: Some(revision.title.clone()),
        country: metadata.country.clone(),
        region: metadata.region.clone(),
        contexts: metadata
            .contexts
            .iter()
            .map(|c| c.key().to_string())
            .collect(),
        counterparts: metadata
            .counterparts
            .iter()
            .map(|c| c.key().to_string())
            .collect(),
        period: metadata.period,
        outcome: metadata.outcome.map(|o| o.key().to_string()),
        lessons: Some(revision.lessons.clone()),
        body_markdown: Some(revision.body_markdown.clone()),
        tags: metadata.tags.clone(),
        sensitive_terms: revision.sensitive_terms(),
        show_name: metadata.show_name,
        language: Some(metadata.language.clone()),
    })
}

/// The author deletes her thread: never published, it is gone with everything she wrote;
/// published, it is removed from members' view (and search) but kept for the moderation log.
pub fn delete_thread(
    conn: &mut DbConnection,
    author_id: i64,
    thread_id: i64,
) -> Result<(), AppError> {
    conn.transaction(|conn| {
        let (thread, _, state) = load_state(conn, thread_id)?;
        require_author(&thread, author_id)?;
        remove_thread(conn, thread_id, state)
    })
}

pub(crate) fn remove_thread(
    conn: &mut DbConnection,
    thread_id: i64,
    state: State,
) -> Result<(), AppError> {
    check(state, Action::Delete)?;
    if state.ever_published() {
        diesel::update(threads::table.find(thread_id))
            .set((
                threads::status.eq(ThreadStatus::Removed.as_str()),
                threads::updated_at.eq(now()),
            ))
            .execute(conn)?;
        purge_revisions(conn, thread_id)?;
        enqueue_search_update(conn, thread_id)?;
    } else {
        diesel::delete(threads::table.find(thread_id)).execute(conn)?;
    }
    Ok(())
}

/// Empties what the author wrote in every revision of a thread (the published text stays):
/// at publication and when a published thread is removed.
pub fn purge_revisions(conn: &mut DbConnection, thread_id: i64) -> Result<usize, AppError> {
    let unpurged: Vec<i64> = revisions::table
        .filter(revisions::thread_id.eq(thread_id))
        .filter(revisions::purged_at.is_null())
        .select(revisions::id)
        .load(conn)?;
    for id in &unpurged {
        purge_revision(conn, *id)?;
    }
    Ok(unpurged.len())
}

/// Empties what the author wrote in one revision: title, lessons, story, declared terms and
/// her tags. The metadata keeps only what she chose from lists (country, region, contexts,
/// period, outcome).
pub fn purge_revision(conn: &mut DbConnection, revision_id: i64) -> Result<(), AppError> {
    let metadata: String = revisions::table
        .find(revision_id)
        .select(revisions::metadata)
        .first(conn)?;
    let mut metadata: Metadata = serde_json::from_str(&metadata).unwrap_or_default();
    metadata.tags.clear();
    diesel::update(revisions::table.find(revision_id))
        .set((
            revisions::title.eq(""),
            revisions::lessons.eq(""),
            revisions::body_markdown.eq(""),
            revisions::metadata.eq(serde_json::to_string(&metadata).map_err(AppError::internal)?),
            revisions::sensitive_terms.eq("[]"),
            revisions::purged_at.eq(Some(now())),
        ))
        .execute(conn)?;
    Ok(())
}

/// What becomes of a leaving member's threads and replies. Unpublished ones always go with
/// her (they are her words, never seen by members); published ones stay as "former member"
/// or are removed, as she chose.
pub fn on_account_deleted(
    conn: &mut DbConnection,
    user_id: i64,
    keep_published: bool,
) -> Result<(), AppError> {
    let own: Vec<(i64, String)> = threads::table
        .filter(threads::author_id.eq(user_id))
        .select((threads::id, threads::status))
        .load(conn)?;
    for (id, status) in own {
        let (_, _, state) = load_state(conn, id)?;
        let published = matches!(
            status.parse::<ThreadStatus>()?,
            ThreadStatus::Published | ThreadStatus::Hidden
        );
        if !published || !keep_published {
            if state.thread != ThreadStatus::Removed {
                remove_thread(conn, id, state)?;
            }
        } else {
            diesel::update(threads::table.find(id))
                .set(threads::show_name.eq(false))
                .execute(conn)?;
            enqueue_search_update(conn, id)?;
        }
    }
    diesel::delete(
        replies::table
            .filter(replies::author_id.eq(user_id))
            .filter(replies::status.ne(ReplyStatus::Published.as_str())),
    )
    .execute(conn)?;
    if !keep_published {
        // Each thread counts her published replies no more.
        let counted: Vec<(i64, i64)> = replies::table
            .filter(replies::author_id.eq(user_id))
            .filter(replies::status.eq(ReplyStatus::Published.as_str()))
            .group_by(replies::thread_id)
            .select((replies::thread_id, diesel::dsl::count_star()))
            .load(conn)?;
        diesel::update(replies::table.filter(replies::author_id.eq(user_id)))
            .set((
                replies::status.eq(ReplyStatus::Removed.as_str()),
                replies::body_markdown.eq(""),
                replies::body_html.eq(""),
            ))
            .execute(conn)?;
        for (thread_id, removed) in counted {
            diesel::update(threads::table.find(thread_id))
                .set(threads::reply_count.eq(threads::reply_count - removed as i32))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// What a moderator publishes: the anonymised text, with the structure of the revision it
/// came from.
pub struct Publishing<'a> {
    pub thread_id: i64,
    pub revision_id: i64,
    pub moderator_id: i64,
    /// The thread's status afterwards (from the lifecycle).
    pub status: ThreadStatus,
    /// When the thread was first published, if it was (an edit keeps that date).
    pub first_published_at: Option<NaiveDateTime>,
    pub title: &'a str,
    pub lessons: &'a str,
    pub body_markdown: &'a str,
    /// Country, region, contexts, counterparts, period, outcome, language, the name choice,
    /// and the tags as the moderator named them.
    pub metadata: &'a Metadata,
}

/// Makes a moderator's anonymised version what members see of the thread, marks its revision
/// approved, and writes the search-outbox row in the same transaction (the caller's). The one
/// place that writes a thread's published columns; the moderation rules around it (claims,
/// four eyes, the log, the deny-list, the purge) are the caller's.
pub fn publish_revision(conn: &mut DbConnection, p: Publishing) -> Result<(), AppError> {
    let at = now();
    let metadata = p.metadata;
    diesel::update(threads::table.find(p.thread_id))
        .set((
            threads::status.eq(p.status.as_str()),
            threads::title.eq(p.title),
            threads::lessons.eq(p.lessons),
            threads::body_markdown.eq(p.body_markdown),
            threads::body_html.eq(markdown::render(p.body_markdown)),
            threads::country.eq(metadata.country.as_deref()),
            threads::region.eq(metadata.region.as_deref()),
            threads::period_year.eq(metadata.period.map(|period| period.year)),
            threads::period_month.eq(metadata.period.and_then(|period| period.month)),
            threads::outcome.eq(metadata.outcome.map(|o| o.key())),
            threads::language.eq(&metadata.language),
            threads::show_name.eq(metadata.show_name),
            threads::published_at.eq(Some(p.first_published_at.unwrap_or(at))),
            threads::updated_at.eq(at),
            threads::last_activity_at.eq(at),
        ))
        .execute(conn)?;
    replace_facets(conn, p.thread_id, metadata)?;
    diesel::update(revisions::table.find(p.revision_id))
        .set((
            revisions::status.eq(RevisionStatus::Approved.as_str()),
            revisions::decided_at.eq(Some(at)),
            revisions::decided_by.eq(Some(p.moderator_id)),
            revisions::reason.eq(None::<String>),
        ))
        .execute(conn)?;
    enqueue_search_update(conn, p.thread_id)
}

pub(super) fn replace_facets(
    conn: &mut DbConnection,
    thread_id: i64,
    metadata: &Metadata,
) -> Result<(), AppError> {
    diesel::delete(thread_contexts::table.filter(thread_contexts::thread_id.eq(thread_id)))
        .execute(conn)?;
    diesel::delete(thread_counterparts::table.filter(thread_counterparts::thread_id.eq(thread_id)))
        .execute(conn)?;
    diesel::delete(thread_tags::table.filter(thread_tags::thread_id.eq(thread_id)))
        .execute(conn)?;
    for context in &metadata.contexts {
        diesel::insert_into(thread_contexts::table)
            .values((
                thread_contexts::thread_id.eq(thread_id),
                thread_contexts::context.eq(context.key()),
            ))
            .execute(conn)?;
    }
    for counterpart in &metadata.counterparts {
        diesel::insert_into(thread_counterparts::table)
            .values((
                thread_counterparts::thread_id.eq(thread_id),
                thread_counterparts::counterpart.eq(counterpart.key()),
            ))
            .execute(conn)?;
    }
    for tag in &metadata.tags {
        diesel::insert_into(thread_tags::table)
            .values((
                thread_tags::thread_id.eq(thread_id),
                thread_tags::tag.eq(tag),
            ))
            .execute(conn)?;
    }
    // The copies on the thread row that pages and the search index read (migration 4).
    let joined = |keys: Vec<&str>| keys.join(",");
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::context_keys.eq(joined(metadata.contexts.iter().map(|c| c.key()).collect())),
            threads::counterpart_keys.eq(joined(
                metadata.counterparts.iter().map(|c| c.key()).collect(),
            )),
            threads::tag_list.eq(joined(metadata.tags.iter().map(String::as_str).collect())),
        ))
        .execute(conn)?;
    Ok(())
}

/// A moderator's refusal of the pending revision (changes requested, or rejected), with her
/// reason for the author.
pub fn send_back(
    conn: &mut DbConnection,
    thread_id: i64,
    revision_id: i64,
    next: State,
    moderator_id: i64,
    reason: &str,
) -> Result<(), AppError> {
    let at = now();
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::status.eq(next.thread.as_str()),
            threads::updated_at.eq(at),
        ))
        .execute(conn)?;
    diesel::update(revisions::table.find(revision_id))
        .set((
            revisions::status.eq(next.revision.as_str()),
            revisions::reason.eq(Some(reason)),
            revisions::decided_at.eq(Some(at)),
            revisions::decided_by.eq(Some(moderator_id)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A published thread hidden or shown again, locked or unlocked; a change of who can see it
/// reaches the search index through the outbox, in the same transaction.
pub fn set_visibility(
    conn: &mut DbConnection,
    thread_id: i64,
    next: State,
) -> Result<(), AppError> {
    let before: String = threads::table
        .find(thread_id)
        .select(threads::status)
        .first(conn)?;
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::status.eq(next.thread.as_str()),
            threads::locked.eq(next.locked),
            threads::updated_at.eq(now()),
        ))
        .execute(conn)?;
    if before != next.thread.as_str() {
        enqueue_search_update(conn, thread_id)?;
    }
    Ok(())
}

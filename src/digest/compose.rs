//! What goes into one reader's digest, and the mail made of it.
//!
//! Everything is read through [`published_threads`] at the moment of composing: new case
//! studies published in the window that match what she follows (countries, contexts, tags —
//! or her saved searches), discussions that had published replies in the window, and new
//! replies to her own posts. Grouped by country and context; title, country, contexts, the
//! lessons summary and a link. Never an author's name: digests show no author at all.

use std::collections::{BTreeMap, HashSet};

use askama::Template;
use chrono::NaiveDateTime;
use diesel::dsl::exists;
use diesel::prelude::*;

use crate::cases::lifecycle::{ReplyStatus, ThreadStatus};
use fluent_bundle::{FluentArgs, FluentValue};

use super::subscriptions::{Frequency, Preferences};
use crate::cases::store::published_threads;
use crate::cases::taxonomy::{ContextKind, CountryCode};
use crate::cases::{Reach, ThreadAudience};
use crate::db::DbConnection;
use crate::db::schema::{replies, threads};
use crate::error::AppError;
use crate::i18n::{Lang, Tr, message};
use crate::search::SearchIndex;

/// At most this many case studies are listed; the rest are counted.
const MAX_LISTED: usize = 40;
/// A saved search looks at this many of the newest posts it matches.
const SAVED_SEARCH_LIMIT: usize = 500;
/// Lessons are cut to this many characters.
const LESSONS_CHARS: usize = 320;

/// What deciding whether a post is wanted needs (its title and lessons are read only for
/// the posts listed).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = threads)]
struct Candidate {
    id: i64,
    /// Her own threads are never in her digest: she knows them.
    author_id: Option<i64>,
    country: Option<String>,
    context_keys: String,
    tag_list: String,
    /// For a cohort's thread: only its members (and staff) have it in their digest.
    audience_cohort_id: Option<i64>,
    /// A cohort's discussion asking for advice by this day.
    advice_by: Option<chrono::NaiveDate>,
}

use super::subscriptions::split as keys;

/// One listed post.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub title: String,
    pub country: String,
    pub contexts: Vec<String>,
    pub lessons: String,
    pub link: String,
    /// "Advice wanted by …" for a cohort's discussion still asking, in her language; empty
    /// otherwise.
    pub advice: String,
    /// For a cohort's thread, how the mail names it instead of its title: a neutral
    /// reference. A mail cannot be taken back from a member who later leaves the cohort, so
    /// it carries none of a cohort's text; the archive (composed again when read) shows it.
    pub neutral: Option<String>,
}

impl Entry {
    /// What the mail shows: title and lessons, or for a cohort's thread the neutral reference
    /// and nothing else.
    pub fn in_mail(&self) -> (&str, &str) {
        match &self.neutral {
            Some(reference) => (reference, ""),
            None => (&self.title, &self.lessons),
        }
    }
}

/// Posts of one country and context.
#[derive(Debug, Clone)]
pub struct Group {
    pub heading: String,
    pub entries: Vec<Entry>,
}

/// New replies on one of her posts.
#[derive(Debug, Clone)]
pub struct ReplyNote {
    pub title: String,
    pub count: String,
    pub link: String,
}

/// One reader's digest for one window.
#[derive(Debug, Clone, Default)]
pub struct Digest {
    pub cases: Vec<Group>,
    pub discussions: Vec<Entry>,
    pub replies: Vec<ReplyNote>,
    pub case_count: usize,
    pub discussion_count: usize,
    pub reply_count: usize,
    /// Case studies found but not listed.
    pub more: usize,
}

impl Digest {
    pub fn is_empty(&self) -> bool {
        self.case_count == 0 && self.discussion_count == 0 && self.reply_count == 0
    }

    pub fn items(&self) -> usize {
        self.case_count + self.discussion_count + self.reply_count
    }
}

/// Whether a post matches the countries, contexts and tags she follows. Following nothing
/// means everything, unless she follows saved searches only.
fn follows(prefs: &Preferences, c: &Candidate) -> bool {
    if prefs.countries.is_empty() && prefs.contexts.is_empty() && prefs.tags.is_empty() {
        return prefs.queries.is_empty();
    }
    let country_ok = prefs.countries.is_empty()
        || c.country
            .as_ref()
            .is_some_and(|country| prefs.countries.contains(country));
    let contexts = keys(&c.context_keys);
    let context_ok =
        prefs.contexts.is_empty() || contexts.iter().any(|k| prefs.contexts.contains(k));
    let tags = keys(&c.tag_list);
    let tag_ok = prefs.tags.is_empty() || tags.iter().any(|t| prefs.tags.contains(t));
    country_ok && context_ok && tag_ok
}

/// The ids her saved searches find among the newest published posts.
fn saved_search_hits(
    index: Option<&SearchIndex>,
    prefs: &Preferences,
    reach: &Reach,
) -> HashSet<i64> {
    let mut ids = HashSet::new();
    let Some(index) = index else {
        return ids;
    };
    for q in &prefs.queries {
        let Ok(parsed) = crate::search::query::parse(q) else {
            continue;
        };
        match crate::search::service::newest_ids(index, &parsed, reach, SAVED_SEARCH_LIMIT) {
            Ok(found) => ids.extend(found),
            Err(e) => tracing::warn!(error = %e, "a saved search failed while composing a digest"),
        }
    }
    ids
}

fn country_name(code: Option<&str>, tr: Tr) -> String {
    code.and_then(CountryCode::parse)
        .map(|c| c.name(tr.lang()).to_string())
        .unwrap_or_else(|| tr.t("digest-no-country"))
}

fn context_label(key: &str, tr: Tr) -> String {
    key.parse::<ContextKind>()
        .map(|k| tr.t(&k.label_key()))
        .unwrap_or_else(|_| key.to_string())
}

fn shorten(text: &str, chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= chars {
        return text;
    }
    let mut cut: String = text.chars().take(chars).collect();
    if let Some(space) = cut.rfind(' ') {
        cut.truncate(space);
    }
    cut.push('…');
    cut
}

type Candidates = std::sync::Arc<(Vec<Candidate>, Vec<Candidate>)>;

/// How long the posts of one window are remembered. Every reader of a run shares the window
/// (her last digest's end to the run's moment), so composing ten thousand digests reads them
/// once instead of ten thousand times. Only deciding *which* posts is remembered: their text is
/// read for each digest through the published gate, so a post hidden in the meantime is left
/// out (its count may lag for this long).
const CANDIDATES_TTL: std::time::Duration = std::time::Duration::from_secs(60);

/// The remembered posts of the last window (one per server: [`crate::context::Context`]).
#[derive(Default)]
pub struct CandidateCache(
    #[allow(clippy::type_complexity)]
    std::sync::Mutex<
        Option<(
            (NaiveDateTime, NaiveDateTime),
            std::time::Instant,
            Candidates,
        )>,
    >,
);

/// New case studies, and discussions new or with new replies, published in the window.
fn candidates(
    conn: &mut DbConnection,
    window: (NaiveDateTime, NaiveDateTime),
    cache: Option<&CandidateCache>,
) -> Result<Candidates, AppError> {
    if let Some(Ok(guard)) = cache.map(|c| c.0.lock())
        && let Some((w, at, found)) = guard.as_ref()
        && *w == window
        && at.elapsed() < CANDIDATES_TTL
    {
        return Ok(found.clone());
    }
    let (start, end) = window;
    // Every post of the window, whoever it is for: each digest keeps what its reader reaches.
    let new_cases: Vec<Candidate> = published_threads(&Reach::Everything)
        .query()
        .filter(threads::kind.eq("case_study"))
        .filter(threads::published_at.gt(start))
        .filter(threads::published_at.le(end))
        .order((threads::published_at.asc(), threads::id.asc()))
        .limit(2000)
        .select(Candidate::as_select())
        .load(conn)?;
    let active: Vec<Candidate> = published_threads(&Reach::Everything)
        .query()
        .filter(threads::kind.eq("discussion"))
        .filter(
            threads::published_at
                .gt(start)
                .and(threads::published_at.le(end))
                .or(exists(
                    replies::table
                        .filter(replies::thread_id.eq(threads::id))
                        .filter(replies::status.eq(ReplyStatus::Published.as_str()))
                        .filter(replies::published_at.gt(start))
                        .filter(replies::published_at.le(end)),
                )),
        )
        .order(threads::last_activity_at.desc())
        .limit(200)
        .select(Candidate::as_select())
        .load(conn)?;
    let found: Candidates = std::sync::Arc::new((new_cases, active));
    if let Some(Ok(mut guard)) = cache.map(|c| c.0.lock()) {
        *guard = Some((window, std::time::Instant::now(), found.clone()));
    }
    Ok(found)
}

/// Titles and lessons of the published threads among `ids`.
fn texts_of(
    conn: &mut DbConnection,
    ids: &[i64],
    reach: &Reach,
) -> Result<std::collections::HashMap<i64, (String, String)>, AppError> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(crate::cases::store::published_among(ids, reach)
        .query()
        .select((threads::id, threads::title, threads::lessons))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, title, lessons)| (id, (title, lessons)))
        .collect())
}

/// Collects her digest for `(start, end]`. `cache` remembers which posts a window holds
/// (the delivery worker passes its server's; pages pass none).
#[allow(clippy::too_many_arguments)]
pub fn collect(
    conn: &mut DbConnection,
    cache: Option<&CandidateCache>,
    index: Option<&SearchIndex>,
    user_id: i64,
    prefs: &Preferences,
    window: (NaiveDateTime, NaiveDateTime),
    tr: Tr,
    public_url: &str,
) -> Result<Digest, AppError> {
    let (start, end) = window;
    let base = public_url.trim_end_matches('/');
    let link = |id: i64| format!("{base}/cases/{id}");
    let entry = |c: &Candidate, texts: &std::collections::HashMap<i64, (String, String)>| {
        let (title, lessons) = texts.get(&c.id).cloned().unwrap_or_default();
        Entry {
            id: c.id,
            title,
            country: country_name(c.country.as_deref(), tr),
            contexts: keys(&c.context_keys)
                .iter()
                .map(|k| context_label(k, tr))
                .collect(),
            lessons: shorten(&lessons, LESSONS_CHARS),
            link: link(c.id),
            neutral: c
                .audience_cohort_id
                .map(|_| tr.t1("digest-cohort-item", "id", c.id)),
            advice: c
                .advice_by
                .filter(|by| *by >= end.date())
                .map(|by| tr.t1("case-advice-by", "date", by.to_string()))
                .unwrap_or_default(),
        }
    };
    // What she reaches now: a member who left a cohort finds none of its threads, in the
    // next digest or in the archive, which composes its digests again when she reads them.
    let reach = crate::accounts::cohorts::reach_of(conn, user_id)?;
    let searched = saved_search_hits(index, prefs, &reach);
    let wanted = |c: &Candidate| {
        c.author_id != Some(user_id)
            && reach.sees(ThreadAudience::from_column(c.audience_cohort_id))
            && (follows(prefs, c) || searched.contains(&c.id))
    };

    // New case studies.
    let found = candidates(conn, window, cache)?;
    let (new_cases, active) = (&found.0, &found.1);
    let matched: Vec<&Candidate> = new_cases.iter().filter(|c| wanted(c)).collect();
    let mut digest = Digest {
        case_count: matched.len(),
        more: matched.len().saturating_sub(MAX_LISTED),
        ..Digest::default()
    };
    let listed: Vec<i64> = matched.iter().take(MAX_LISTED).map(|c| c.id).collect();
    let texts = texts_of(conn, &listed, &reach)?;
    let mut groups: BTreeMap<(String, String), Vec<Entry>> = BTreeMap::new();
    for c in matched.iter().take(MAX_LISTED) {
        if !texts.contains_key(&c.id) {
            continue; // no longer published
        }
        let country = country_name(c.country.as_deref(), tr);
        let context = keys(&c.context_keys)
            .first()
            .map(|k| context_label(k, tr))
            .unwrap_or_default();
        groups
            .entry((country, context))
            .or_default()
            .push(entry(c, &texts));
    }
    digest.cases = groups
        .into_iter()
        .map(|((country, context), entries)| Group {
            heading: if context.is_empty() {
                country
            } else {
                format!("{country} · {context}")
            },
            entries,
        })
        .collect();

    // Discussions new or with new replies in the window.
    let wanted_discussions: Vec<&Candidate> = active.iter().filter(|c| wanted(c)).collect();
    digest.discussion_count = wanted_discussions.len();
    let listed: Vec<i64> = wanted_discussions
        .iter()
        .take(MAX_LISTED)
        .map(|c| c.id)
        .collect();
    let texts = texts_of(conn, &listed, &reach)?;
    digest.discussions = wanted_discussions
        .iter()
        .take(MAX_LISTED)
        .filter(|c| texts.contains_key(&c.id))
        .map(|c| entry(c, &texts))
        .collect();

    // Replies to her own posts, by others.
    if prefs.own_replies {
        let rows: Vec<(i64, String)> = replies::table
            .inner_join(threads::table)
            .filter(threads::status.eq(ThreadStatus::Published.as_str()))
            .filter(threads::author_id.eq(user_id))
            .filter(replies::status.eq(ReplyStatus::Published.as_str()))
            .filter(replies::published_at.gt(start))
            .filter(replies::published_at.le(end))
            .filter(
                replies::author_id
                    .ne(user_id)
                    .or(replies::author_id.is_null()),
            )
            .select((threads::id, threads::title))
            .load(conn)?;
        let mut by_thread: BTreeMap<i64, (String, i64)> = BTreeMap::new();
        for (id, title) in rows {
            by_thread.entry(id).or_insert((title, 0)).1 += 1;
        }
        digest.reply_count = by_thread.values().map(|(_, n)| *n as usize).sum();
        digest.replies = by_thread
            .into_iter()
            .map(|(id, (title, n))| ReplyNote {
                title,
                count: tr.count("digest-new-replies", n),
                link: link(id),
            })
            .collect();
    }
    Ok(digest)
}

/// The links a digest mail carries besides its posts.
pub struct Links {
    pub unsubscribe: String,
    pub preferences: String,
    pub archive: String,
}

#[derive(Template)]
#[template(path = "digest.html", config = "src/web/askama.toml")]
struct DigestHtml<'a> {
    lang: &'static str,
    subject: &'a str,
    intro: String,
    d: &'a Digest,
    heading_cases: String,
    heading_discussions: String,
    heading_replies: String,
    read: String,
    more: String,
    links: &'a Links,
    preferences: String,
    unsubscribe: String,
    archive: String,
    footer: String,
}

#[derive(Template)]
#[template(path = "digest.txt", config = "src/web/askama.toml", escape = "none")]
struct DigestText<'a> {
    subject: &'a str,
    intro: String,
    d: &'a Digest,
    heading_cases: String,
    heading_discussions: String,
    heading_replies: String,
    more: String,
    links: &'a Links,
    preferences: String,
    unsubscribe: String,
    archive: String,
    footer: String,
}

/// The subject: what is inside, counted in her language.
pub fn subject(d: &Digest, frequency: Frequency, tr: Tr) -> String {
    let mut parts = Vec::new();
    if d.case_count > 0 {
        parts.push(tr.count("digest-cases", d.case_count as i64));
    }
    if d.discussion_count > 0 {
        parts.push(tr.count("digest-discussions", d.discussion_count as i64));
    }
    if d.reply_count > 0 {
        parts.push(tr.count("digest-replies", d.reply_count as i64));
    }
    let mut countries: Vec<&str> = d
        .cases
        .iter()
        .filter_map(|g| g.entries.first().map(|e| e.country.as_str()))
        .collect();
    countries.dedup();
    let mut summary = parts.join(", ");
    if !countries.is_empty() && countries.len() <= 3 {
        summary = format!("{summary} — {}", countries.join(", "));
    }
    let key = match frequency {
        Frequency::Weekly => "digest-subject-weekly",
        _ => "digest-subject-daily",
    };
    let mut args = FluentArgs::new();
    args.set("summary", FluentValue::from(summary));
    message(tr.lang(), key, Some(&args))
}

/// Subject, text and HTML of her digest.
pub fn render(
    d: &Digest,
    frequency: Frequency,
    lang: Lang,
    links: &Links,
) -> Result<(String, String, String), AppError> {
    let tr = Tr(lang);
    let subject = subject(d, frequency, tr);
    let intro = tr.t(match frequency {
        Frequency::Weekly => "digest-intro-weekly",
        _ => "digest-intro-daily",
    });
    let more = if d.more > 0 {
        tr.count("digest-more", d.more as i64)
    } else {
        String::new()
    };
    let text = DigestText {
        subject: &subject,
        intro: intro.clone(),
        d,
        heading_cases: tr.t("digest-heading-cases"),
        heading_discussions: tr.t("digest-heading-discussions"),
        heading_replies: tr.t("digest-heading-replies"),
        more: more.clone(),
        links,
        preferences: tr.t("digest-preferences"),
        unsubscribe: tr.t("digest-unsubscribe"),
        archive: tr.t("digest-archive"),
        footer: tr.t("digest-footer"),
    }
    .render()?;
    let html = DigestHtml {
        lang: lang.code(),
        subject: &subject,
        intro,
        d,
        heading_cases: tr.t("digest-heading-cases"),
        heading_discussions: tr.t("digest-heading-discussions"),
        heading_replies: tr.t("digest-heading-replies"),
        read: tr.t("digest-read"),
        more,
        links,
        preferences: tr.t("digest-preferences"),
        unsubscribe: tr.t("digest-unsubscribe"),
        archive: tr.t("digest-archive"),
        footer: tr.t("digest-footer"),
    }
    .render()?;
    Ok((subject, text, html))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(country: &str, contexts: &str, tags: &str) -> Candidate {
        Candidate {
            id: 1,
            author_id: None,
            country: Some(country.into()),
            context_keys: contexts.into(),
            tag_list: tags.into(),
            audience_cohort_id: None,
            advice_by: None,
        }
    }

    #[test]
    fn following_combines_kinds_with_and_and_values_with_or() {
        let prefs = Preferences {
            countries: vec!["UA".into(), "MD".into()],
            contexts: vec!["armed_actors".into()],
            ..Preferences::default()
        };
        assert!(follows(&prefs, &candidate("MD", "donors,armed_actors", "")));
        assert!(!follows(&prefs, &candidate("PL", "armed_actors", "")));
        assert!(!follows(&prefs, &candidate("UA", "donors", "")));
        let everything = Preferences::default();
        assert!(follows(&everything, &candidate("RO", "donors", "")));
        let searches_only = Preferences {
            queries: vec!["convoy".into()],
            ..Preferences::default()
        };
        assert!(!follows(&searches_only, &candidate("RO", "donors", "")));
    }

    #[test]
    fn lessons_are_cut_at_a_word() {
        assert_eq!(shorten("one two three", 9), "one two…");
        assert_eq!(shorten("short", 9), "short");
    }
}

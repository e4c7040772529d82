//! The moderators' pages: the queue, the review of a submission (the original with every
//! finding highlighted, the author's declared terms, accepting findings with a strategy, a
//! preview of the anonymised text, then publish / request changes / reject), held replies,
//! flags and the log. Also the thread actions (hide, lock) and a member's report form.

use actix_web::web::{Bytes, Data, Form, Path, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, html, see_other};
use crate::cases::lifecycle::Action;
use crate::cases::markdown;
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Member, Moderator};
use crate::moderation::decisions::{self, ConfirmedTerm, Publication, PublishOutcome};
use crate::moderation::detector::Kind;
use crate::moderation::flags::{self, FlagReason, FlagView};
use crate::moderation::log::{self, LogEntry};
use crate::moderation::queue::{self, ItemKind, QueueItem};
use crate::moderation::redact::{self, Accepted, Strategy, Surroundings, Texts};
use crate::moderation::review::{self, CaseReview, ReplyReview, highlight};
use crate::moderation::workflow::{self, Decision};

#[derive(Template)]
#[template(path = "moderation_queue.html", config = "src/web/askama.toml")]
struct QueuePage {
    chrome: Chrome,
    items: Vec<QueueItem>,
}

#[get("/moderation")]
async fn queue_page(
    req: HttpRequest,
    state: Data<Context>,
    moderator: Moderator,
) -> Result<HttpResponse, AppError> {
    let me = moderator.0.user_id;
    let items = state.run(move |conn, _| queue::queue(conn, me)).await?;
    html(QueuePage {
        chrome: Chrome::for_request(&req, "mod-queue-title"),
        items,
    })
}

/// One finding as a row of the review form.
struct Row {
    kind: String,
    kind_label: String,
    text: String,
    confidence: String,
    suggestion: String,
    /// What generalising writes, in the text's language (the choice's label shows it).
    generalised: String,
    strategy: String,
    custom: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "moderation_review.html", config = "src/web/askama.toml")]
struct ReviewPage {
    chrome: Chrome,
    review: CaseReview,
    title_html: String,
    lessons_html: String,
    body_html: String,
    tags_html: String,
    kinds: Vec<(String, String)>,
    rows: Vec<Row>,
    extra: String,
    preview: Option<Texts>,
    /// The tags to publish, comma-separated: the author's, less those an accepted term
    /// touches; the moderator edits them.
    preview_tags: String,
    preview_html: String,
    confirmed: Vec<(String, String)>,
}

fn kind_label(chrome: &Chrome, kind: Kind) -> String {
    chrome.t(&format!("kind-{}", kind.as_str()))
}

/// The findings of all three texts, one row per distinct term.
fn rows_of(chrome: &Chrome, review: &CaseReview) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for f in review
        .findings
        .title
        .iter()
        .chain(&review.findings.lessons)
        .chain(&review.findings.body_markdown)
        .chain(&review.findings.tags)
    {
        if rows
            .iter()
            .any(|r| r.text == f.text && r.kind == f.kind.as_str())
        {
            continue;
        }
        rows.push(Row {
            kind: f.kind.as_str().to_string(),
            kind_label: kind_label(chrome, f.kind),
            text: f.text.clone(),
            confidence: format!("{:.0} %", f.confidence * 100.0),
            suggestion: f.suggestion.clone(),
            generalised: String::new(),
            strategy: match redact::default_strategy(f.kind) {
                Strategy::Pseudonym => "pseudonym",
                _ => "generalise",
            }
            .to_string(),
            custom: String::new(),
            checked: f.confidence >= redact::ACCEPTED_BY_DEFAULT,
        });
    }
    rows
}

/// The anonymised texts, the tags to publish, and the terms to confirm (kind, text).
type Preview = (Texts, Vec<String>, Vec<(String, String)>);

fn review_page(
    req: &HttpRequest,
    review: CaseReview,
    rows: Option<Vec<Row>>,
    extra: String,
    preview: Option<Preview>,
) -> Result<HttpResponse, AppError> {
    let mut chrome = Chrome::for_request(req, "mod-review-title");
    chrome.title = format!("{} — {}", chrome.title, review.title);
    let kinds = Kind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), kind_label(&chrome, *k)))
        .collect();
    let mut rows = rows.unwrap_or_else(|| rows_of(&chrome, &review));
    let context = Surroundings::of(&review.body_markdown, None, review.region.as_deref());
    for row in &mut rows {
        let kind = row.kind.parse().unwrap_or(Kind::Person);
        row.generalised = redact::generalised(kind, &row.text, &row.suggestion, &context);
    }
    let (preview, preview_tags, confirmed) = match preview {
        Some((texts, tags, confirmed)) => (Some(texts), tags.join(", "), confirmed),
        None => (None, String::new(), Vec::new()),
    };
    html(ReviewPage {
        title_html: highlight(&review.title, &review.findings.title),
        lessons_html: highlight(&review.lessons, &review.findings.lessons),
        body_html: highlight(&review.body_markdown, &review.findings.body_markdown),
        tags_html: highlight(&review::tags_text(&review.tags), &review.findings.tags),
        preview_html: preview
            .as_ref()
            .map(|p| markdown::render(&p.body_markdown))
            .unwrap_or_default(),
        chrome,
        kinds,
        rows,
        extra,
        preview,
        preview_tags,
        confirmed,
        review,
    })
}

#[get("/moderation/cases/{id}")]
async fn review_case(
    req: HttpRequest,
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let review = state
        .run(move |conn, kit| review::review_case(conn, review::deny_key(&kit.signer), me, id))
        .await?;
    review_page(&req, review, None, String::new(), None)
}

#[derive(Deserialize, Default)]
struct FindingsForm {
    #[serde(default)]
    accept: Vec<usize>,
    #[serde(default)]
    text: Vec<String>,
    #[serde(default)]
    kind: Vec<String>,
    #[serde(default)]
    suggestion: Vec<String>,
    #[serde(default)]
    strategy: Vec<String>,
    #[serde(default)]
    custom: Vec<String>,
    #[serde(default)]
    extra: String,
}

/// Applies the accepted findings (and any extra terms the moderator typed) and shows the
/// anonymised text, editable, with the publish button.
#[post("/moderation/cases/{id}/preview")]
async fn preview_redaction(
    req: HttpRequest,
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let form: FindingsForm = serde_html_form::from_bytes(&body)
        .map_err(|e| AppError::bad_request_detail("refusal-form-unreadable", e))?;
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let review = state
        .run(move |conn, kit| review::review_case(conn, review::deny_key(&kit.signer), me, id))
        .await?;
    let chrome = Chrome::for_request(&req, "mod-review-title");
    let mut rows = Vec::new();
    let mut accepted = Vec::new();
    for (i, text) in form.text.iter().enumerate() {
        let kind: Kind = form
            .kind
            .get(i)
            .and_then(|k| k.parse().ok())
            .unwrap_or(Kind::Person);
        let strategy_name = form
            .strategy
            .get(i)
            .cloned()
            .unwrap_or_else(|| "pseudonym".into());
        let custom = form.custom.get(i).cloned().unwrap_or_default();
        let suggestion = form.suggestion.get(i).cloned().unwrap_or_default();
        let checked = form.accept.contains(&i);
        if checked {
            let strategy = match strategy_name.as_str() {
                "generalise" => Strategy::Generalise,
                "remove" => Strategy::Remove,
                "custom" if !custom.trim().is_empty() => Strategy::Custom(custom.clone()),
                _ => Strategy::Pseudonym,
            };
            accepted.push(Accepted {
                kind,
                text: text.clone(),
                strategy,
                suggestion: Some(suggestion.clone()),
            });
        }
        rows.push(Row {
            kind: kind.as_str().into(),
            kind_label: kind_label(&chrome, kind),
            text: text.clone(),
            confidence: String::new(),
            suggestion,
            generalised: String::new(),
            strategy: strategy_name,
            custom,
            checked,
        });
    }
    // Terms the detector missed, one per line.
    accepted.extend(form.extra.lines().filter_map(redact::typed_term));
    let texts = Texts {
        title: review.title.clone(),
        lessons: review.lessons.clone(),
        body_markdown: review.body_markdown.clone(),
    };
    let context = Surroundings::of(&texts.body_markdown, None, review.region.as_deref());
    let (redacted, _) = redact::redact(&texts, &accepted, &context);
    let tags = redact::surviving_tags(&review.tags, &accepted);
    let confirmed = accepted
        .iter()
        .map(|a| (a.kind.as_str().to_string(), a.text.clone()))
        .collect();
    review_page(
        &req,
        review,
        Some(rows),
        form.extra,
        Some((redacted, tags, confirmed)),
    )
}

#[derive(Deserialize)]
struct PublishForm {
    title: String,
    #[serde(default)]
    lessons: String,
    body_markdown: String,
    /// Comma-separated; what members will see as the case's tags.
    #[serde(default)]
    tags: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    confirmed_kind: Vec<String>,
    #[serde(default)]
    confirmed_text: Vec<String>,
}

#[post("/moderation/cases/{id}/publish")]
async fn publish(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let form: PublishForm = serde_html_form::from_bytes(&body)
        .map_err(|e| AppError::bad_request_detail("refusal-form-unreadable", e))?;
    let id = path.into_inner();
    let confirmed_terms = form
        .confirmed_text
        .iter()
        .zip(&form.confirmed_kind)
        .filter_map(|(text, kind)| {
            kind.parse().ok().map(|kind| ConfirmedTerm {
                text: text.clone(),
                kind,
            })
        })
        .collect();
    let publication = Publication {
        title: form.title,
        body_markdown: form.body_markdown,
        lessons: form.lessons,
        tags: Some(form.tags.split(',').map(str::to_string).collect()),
        note: Some(form.note).filter(|n| !n.trim().is_empty()),
        confirmed_terms,
    };
    let outcome =
        workflow::decide(&state, &moderator.0, id, Decision::Publish(publication)).await?;
    Ok(see_other(match outcome.outcome {
        PublishOutcome::Published => "/moderation?notice=published",
        PublishOutcome::AwaitingSecondApproval => "/moderation?notice=approved-first",
    }))
}

#[derive(Deserialize)]
struct ReasonForm {
    reason: String,
}

#[post("/moderation/cases/{id}/request-changes")]
async fn request_changes(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    form: Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    workflow::decide(
        &state,
        &moderator.0,
        path.into_inner(),
        Decision::RequestChanges(form.into_inner().reason),
    )
    .await?;
    Ok(see_other("/moderation?notice=changes-requested"))
}

#[post("/moderation/cases/{id}/reject")]
async fn reject(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    form: Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    workflow::decide(
        &state,
        &moderator.0,
        path.into_inner(),
        Decision::Reject(form.into_inner().reason),
    )
    .await?;
    Ok(see_other("/moderation?notice=rejected"))
}

#[post("/moderation/cases/{id}/{verb:claim|release}")]
async fn claim(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, verb) = path.into_inner();
    let me = moderator.0.user_id;
    state
        .run(move |conn, _| {
            let revision = queue::pending_revision(conn, id)?;
            if verb == "release" {
                queue::release(conn, me, ItemKind::Revision, revision, id)
            } else {
                queue::claim(conn, me, ItemKind::Revision, revision, id)
            }
        })
        .await?;
    Ok(see_other(&format!("/moderation/cases/{id}")))
}

/// Hide, show again, lock or unlock a published thread (buttons on the thread's page).
#[post("/moderation/cases/{id}/{action:hide|unhide|lock|unlock}")]
async fn visibility(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, action) = path.into_inner();
    let action = match action.as_str() {
        "hide" => Action::Hide,
        "unhide" => Action::Unhide,
        "lock" => Action::Lock,
        _ => Action::Unlock,
    };
    let me = moderator.0.user_id;
    state
        .run(move |conn, _| decisions::set_visibility(conn, me, id, action))
        .await?;
    Ok(see_other(&format!("/cases/{id}?notice=thread-updated")))
}

#[derive(Template)]
#[template(path = "moderation_reply.html", config = "src/web/askama.toml")]
struct ReplyPage {
    chrome: Chrome,
    review: ReplyReview,
    original_html: String,
    redacted: String,
}

#[get("/moderation/replies/{id}")]
async fn review_reply(
    req: HttpRequest,
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let review = state
        .run(move |conn, kit| review::review_reply(conn, review::deny_key(&kit.signer), me, id))
        .await?;
    let accepted = redact::accept_all(&review.findings);
    let texts = Texts {
        title: String::new(),
        lessons: String::new(),
        body_markdown: review.body_markdown.clone(),
    };
    let context = Surroundings::of(&texts.body_markdown, None, None);
    let (redacted, _) = redact::redact(&texts, &accepted, &context);
    html(ReplyPage {
        chrome: Chrome::for_request(&req, "mod-reply-title"),
        original_html: highlight(&review.body_markdown, &review.findings),
        redacted: redacted.body_markdown,
        review,
    })
}

#[derive(Deserialize)]
struct ReplyPublishForm {
    body_markdown: String,
}

#[post("/moderation/replies/{id}/publish")]
async fn publish_reply(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    form: Form<ReplyPublishForm>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let text = form.into_inner().body_markdown;
    state
        .run(move |conn, _| decisions::publish_reply(conn, me, id, &text))
        .await?;
    Ok(see_other("/moderation?notice=reply-published"))
}

#[post("/moderation/replies/{id}/reject")]
async fn reject_reply(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<i64>,
    form: Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), moderator.0.user_id);
    let reason = form.into_inner().reason;
    state
        .run(move |conn, _| decisions::reject_reply(conn, me, id, &reason))
        .await?;
    Ok(see_other("/moderation?notice=reply-rejected"))
}

#[derive(Template)]
#[template(path = "moderation_log.html", config = "src/web/askama.toml")]
struct LogPage {
    chrome: Chrome,
    entries: Vec<LogEntry>,
    older: Option<i64>,
}

#[derive(Deserialize)]
struct LogQuery {
    before: Option<i64>,
}

#[get("/moderation/log")]
async fn log_page(
    req: HttpRequest,
    state: Data<Context>,
    _moderator: Moderator,
    query: Query<LogQuery>,
) -> Result<HttpResponse, AppError> {
    let before = query.before;
    let entries = state
        .run(move |conn, _| log::recent(conn, 100, before))
        .await?;
    let older = (entries.len() == 100)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    html(LogPage {
        chrome: Chrome::for_request(&req, "mod-log-title"),
        entries,
        older,
    })
}

#[derive(Template)]
#[template(path = "moderation_flags.html", config = "src/web/askama.toml")]
struct FlagsPage {
    chrome: Chrome,
    flags: Vec<FlagView>,
}

#[get("/moderation/flags")]
async fn flags_page(
    req: HttpRequest,
    state: Data<Context>,
    _moderator: Moderator,
) -> Result<HttpResponse, AppError> {
    let flags = state.run(|conn, _| flags::open_flags(conn)).await?;
    html(FlagsPage {
        chrome: Chrome::for_request(&req, "mod-flags-title"),
        flags,
    })
}

#[post("/moderation/flags/{id}/{outcome:resolve|dismiss}")]
async fn close_flag(
    state: Data<Context>,
    moderator: Moderator,
    path: Path<(i64, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, outcome) = path.into_inner();
    let me = moderator.0.user_id;
    state
        .run(move |conn, _| flags::close(conn, me, id, outcome == "dismiss"))
        .await?;
    Ok(see_other("/moderation/flags?notice=flag-closed"))
}

#[derive(Deserialize)]
struct FlagForm {
    reason: FlagReason,
    #[serde(default)]
    note: String,
    reply_id: Option<i64>,
}

/// A member reports a post (the form under each published thread and reply).
#[post("/cases/{id}/flags")]
async fn flag(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    form: Form<FlagForm>,
) -> Result<HttpResponse, AppError> {
    let (id, me) = (path.into_inner(), member.0.user_id);
    let threshold = state.settings.moderation.flag_threshold;
    let FlagForm {
        reason,
        note,
        reply_id,
    } = form.into_inner();
    let flagged = state
        .run(move |conn, _| flags::flag(conn, me, id, reply_id, reason, &note, threshold))
        .await;
    match flagged {
        Ok(f) if f.hidden => Ok(see_other("/cases?notice=flag-hidden")),
        Ok(_) => Ok(see_other(&format!("/cases/{id}?notice=flagged"))),
        Err(AppError::Conflict(_)) => Ok(see_other(&format!("/cases/{id}?notice=flagged"))),
        Err(e) => Err(e),
    }
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(queue_page)
        .service(review_case)
        .service(preview_redaction)
        .service(publish)
        .service(request_changes)
        .service(reject)
        .service(claim)
        .service(visibility)
        .service(review_reply)
        .service(publish_reply)
        .service(reject_reply)
        .service(log_page)
        .service(flags_page)
        .service(close_flag)
        .service(flag);
}

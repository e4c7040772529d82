//! Case-study and discussion pages: the lists with filters, a thread's page with its replies,
//! the guided form (new and edit, with preview), "my submissions", and the reply form.
//!
//! Every page here needs a signed-in member. What a page shows comes from `cases::store`,
//! which alone decides whether the reader may see a thread (published, or hers, or she is a
//! moderator); anyone else gets the same 404 as for a thread that does not exist.

use actix_web::http::StatusCode;
use actix_web::web::{Bytes, Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, FormErrors, html, html_status, see_other};
use super::page_cache::{Found, PageCache};
use crate::accounts::sessions::Identity;
use crate::cases::input::{CaseInput, Period, Strictness};
use crate::cases::lifecycle::ThreadStatus;
use crate::cases::store::{self, ListQuery};
use crate::cases::taxonomy::{
    ContextKind, CounterpartKind, CountryCode, FOCUS_COUNTRIES, Outcome, RegionCode,
};
use crate::cases::views::{CaseSummary, CaseView, MyThread, Page};
use crate::cases::{ThreadKind, markdown, template};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::Member;
use crate::i18n::{Lang, Tr};

/// Labels for the vocabularies, in the reader's language.
pub struct Labels {
    tr: Tr,
}

impl Labels {
    pub fn new(tr: Tr) -> Labels {
        Labels { tr }
    }

    pub fn country(&self, code: &str) -> String {
        CountryCode::parse(code)
            .map(|c| c.name(self.tr.lang()).to_string())
            .unwrap_or_else(|| code.to_string())
    }
    pub fn region(&self, code: &str) -> String {
        code.split_once('-')
            .and_then(|(country, _)| CountryCode::parse(country))
            .and_then(|country| RegionCode::parse(code, country))
            .map(|r| r.name().to_string())
            .unwrap_or_else(|| code.to_string())
    }
    pub fn context(&self, c: &ContextKind) -> String {
        self.tr.t(&c.label_key())
    }
    pub fn counterpart(&self, c: &CounterpartKind) -> String {
        self.tr.t(&c.label_key())
    }
    pub fn outcome(&self, o: &Outcome) -> String {
        self.tr.t(&o.label_key())
    }
    pub fn month(&self, m: &i32) -> String {
        self.tr.t(&format!("month-{m}"))
    }
    pub fn period(&self, p: &Period) -> String {
        match p.month {
            Some(m) => format!("{} {}", self.month(&m), p.year),
            None => p.year.to_string(),
        }
    }
    pub fn language(&self, code: &str) -> String {
        Lang::parse(code)
            .map(|l| l.native_name().to_string())
            .unwrap_or_else(|| code.to_string())
    }
    pub fn status(&self, s: &ThreadStatus) -> String {
        self.tr.t(&format!("status-{}", s.as_str()))
    }
    pub fn revision_status(&self, s: &crate::cases::lifecycle::RevisionStatus) -> String {
        self.tr.t(&format!("revision-{}", s.as_str()))
    }
}

fn labels(chrome: &Chrome) -> Labels {
    Labels { tr: chrome.tr }
}

/// The options of the filter and form menus.
pub struct Options {
    pub countries: Vec<(String, String)>,
    pub regions: Vec<(String, Vec<(String, String)>)>,
    pub contexts: Vec<(String, String)>,
    pub counterparts: Vec<(String, String)>,
    pub outcomes: Vec<(String, String)>,
    pub months: Vec<(i32, String)>,
}

impl Options {
    /// The menus in `tr`'s language, built once per language.
    fn new(tr: Tr) -> &'static Options {
        static BUILT: std::sync::LazyLock<Vec<(Lang, Options)>> = std::sync::LazyLock::new(|| {
            Lang::ALL
                .iter()
                .map(|l| (*l, Options::build(Tr(*l))))
                .collect()
        });
        &BUILT
            .iter()
            .find(|(l, _)| *l == tr.lang())
            .expect("every language")
            .1
    }

    fn build(tr: Tr) -> Options {
        let lang = tr.lang();
        let mut countries: Vec<(String, String)> = FOCUS_COUNTRIES
            .iter()
            .filter_map(|c| CountryCode::parse(c))
            .map(|c| (c.as_str().to_string(), c.name(lang).to_string()))
            .collect();
        let mut rest: Vec<(String, String)> = CountryCode::all()
            .filter(|c| !FOCUS_COUNTRIES.contains(&c.as_str()))
            .map(|c| (c.as_str().to_string(), c.name(lang).to_string()))
            .collect();
        rest.sort_by(|a, b| a.1.cmp(&b.1));
        countries.extend(rest);
        let regions = FOCUS_COUNTRIES
            .iter()
            .filter_map(|c| CountryCode::parse(c))
            .map(|c| {
                let mut list: Vec<(String, String)> = RegionCode::of(c)
                    .map(|r| (r.as_str().to_string(), r.name().to_string()))
                    .collect();
                list.sort_by(|a, b| a.1.cmp(&b.1));
                (c.name(lang).to_string(), list)
            })
            .collect();
        Options {
            countries,
            regions,
            contexts: ContextKind::ALL
                .iter()
                .map(|c| (c.key().to_string(), tr.t(&c.label_key())))
                .collect(),
            counterparts: CounterpartKind::ALL
                .iter()
                .map(|c| (c.key().to_string(), tr.t(&c.label_key())))
                .collect(),
            outcomes: Outcome::ALL
                .iter()
                .map(|o| (o.key().to_string(), tr.t(&o.label_key())))
                .collect(),
            months: (1..=12).map(|m| (m, tr.t(&format!("month-{m}")))).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "cases_list.html", config = "src/web/askama.toml")]
struct ListPage {
    chrome: Chrome,
    labels: Labels,
    options: &'static Options,
    kind: ThreadKind,
    query: ListQuery,
    page: Page<CaseSummary>,
    next_link: Option<String>,
}

impl ListPage {
    fn selected(&self, field: &str, value: &str) -> bool {
        let current = match field {
            "country" => &self.query.country,
            "context" => &self.query.context,
            "counterpart" => &self.query.counterpart,
            "outcome" => &self.query.outcome,
            _ => &None,
        };
        current.as_deref() == Some(value)
    }

    fn year_value(&self) -> String {
        self.query.year.map(|y| y.to_string()).unwrap_or_default()
    }
}

fn next_link(base: &str, query: &ListQuery, cursor: &str) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in [
        ("country", &query.country),
        ("context", &query.context),
        ("counterpart", &query.counterpart),
        ("outcome", &query.outcome),
        ("tag", &query.tag),
    ] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            pairs.append_pair(key, v);
        }
    }
    if let Some(year) = query.year {
        pairs.append_pair("year", &year.to_string());
    }
    pairs.append_pair("cursor", cursor);
    format!("{base}?{}", pairs.finish())
}

async fn list(
    req: &HttpRequest,
    state: &Context,
    member: &Identity,
    kind: ThreadKind,
    query: ListQuery,
) -> Result<HttpResponse, AppError> {
    let mut filter = query.parse()?;
    filter.kind = Some(kind);
    // A list shows the same to every member (authors appear by pseudonym or chosen name).
    let pages = PageCache::of(req)?;
    let key = pages.key(req, member);
    let _turn = match pages.find(key.as_ref(), member).await {
        Found::Kept(kept) => return Ok(pages.respond(req, &kept, member)),
        Found::Render(turn) => turn,
    };
    let stamp = pages.stamp();
    let viewer = member.user_id;
    let page = state
        .run(move |conn, kit| {
            store::list_published(conn, &kit.signer, &filter, Some(viewer), store::PAGE_SIZE)
        })
        .await?;
    let base = match kind {
        ThreadKind::CaseStudy => "/cases",
        ThreadKind::Discussion => "/discussions",
    };
    let chrome = Chrome::for_request(
        req,
        match kind {
            ThreadKind::CaseStudy => "cases-title",
            ThreadKind::Discussion => "discussions-title",
        },
    );
    let next_link = page
        .next_cursor
        .as_deref()
        .map(|c| next_link(base, &query, c));
    let listing = ListPage {
        labels: labels(&chrome),
        options: Options::new(chrome.tr),
        chrome: if key.is_some() {
            pages.marked(chrome)
        } else {
            chrome
        },
        kind,
        query,
        page,
        next_link,
    };
    let Some(key) = key else {
        return html(listing);
    };
    let kept = pages.keep(key, stamp, listing.render()?, Vec::new());
    Ok(pages.respond(req, &kept, member))
}

#[get("/cases")]
async fn list_cases(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    query: Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    list(
        &req,
        &state,
        &member.0,
        ThreadKind::CaseStudy,
        query.into_inner(),
    )
    .await
}

#[get("/discussions")]
async fn list_discussions(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    query: Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    list(
        &req,
        &state,
        &member.0,
        ThreadKind::Discussion,
        query.into_inner(),
    )
    .await
}

/// The form's fields as typed, to show them again.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CaseForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub contexts: Vec<String>,
    #[serde(default)]
    pub counterparts: Vec<String>,
    #[serde(default)]
    pub period_year: String,
    #[serde(default)]
    pub period_month: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub lessons: String,
    #[serde(default)]
    pub body_markdown: String,
    #[serde(default)]
    pub tags: String,
    #[serde(default)]
    pub sensitive_terms: String,
    #[serde(default)]
    pub show_name: Option<String>,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub action: String,
}

impl CaseForm {
    fn to_input(&self) -> CaseInput {
        let year = self.period_year.trim();
        CaseInput {
            title: Some(self.title.clone()),
            country: Some(self.country.clone()),
            region: Some(self.region.clone()),
            contexts: self.contexts.clone(),
            counterparts: self.counterparts.clone(),
            period: if year.is_empty() {
                None
            } else {
                Some(Period {
                    year: year.parse().unwrap_or(0),
                    month: self.period_month.trim().parse().ok(),
                })
            },
            outcome: Some(self.outcome.clone()),
            lessons: Some(self.lessons.clone()),
            body_markdown: Some(self.body_markdown.clone()),
            tags: self.tags.split(',').map(str::to_string).collect(),
            sensitive_terms: self.sensitive_terms.lines().map(str::to_string).collect(),
            show_name: self.show_name.is_some(),
            language: Some(self.language.clone()).filter(|l| !l.trim().is_empty()),
        }
    }

    fn from_input(input: &CaseInput) -> CaseForm {
        CaseForm {
            title: input.title.clone().unwrap_or_default(),
            country: input.country.clone().unwrap_or_default(),
            region: input.region.clone().unwrap_or_default(),
            contexts: input.contexts.clone(),
            counterparts: input.counterparts.clone(),
            period_year: input.period.map(|p| p.year.to_string()).unwrap_or_default(),
            period_month: input
                .period
                .and_then(|p| p.month)
                .map(|m| m.to_string())
                .unwrap_or_default(),
            outcome: input.outcome.clone().unwrap_or_default(),
            lessons: input.lessons.clone().unwrap_or_default(),
            body_markdown: input.body_markdown.clone().unwrap_or_default(),
            tags: input.tags.join(", "),
            sensitive_terms: input.sensitive_terms.join("\n"),
            show_name: input.show_name.then(|| "on".to_string()),
            language: input.language.clone().unwrap_or_default(),
            action: String::new(),
        }
    }

    pub fn has_context(&self, key: &str) -> bool {
        self.contexts.iter().any(|c| c == key)
    }
    pub fn has_counterpart(&self, key: &str) -> bool {
        self.counterparts.iter().any(|c| c == key)
    }
    pub fn month_is(&self, m: &i32) -> bool {
        self.period_month.trim() == m.to_string()
    }
}

#[derive(Template)]
#[template(path = "case_form.html", config = "src/web/askama.toml")]
struct FormPage {
    chrome: Chrome,
    options: &'static Options,
    kind: ThreadKind,
    action_url: String,
    form: CaseForm,
    guidance: Vec<(String, String)>,
    preview: Option<String>,
    errors: FormErrors,
    editing_published: bool,
}

#[derive(Deserialize)]
struct NewQuery {
    kind: Option<String>,
}

#[get("/cases/new")]
async fn new_form(
    req: HttpRequest,
    _member: Member,
    query: Query<NewQuery>,
) -> Result<HttpResponse, AppError> {
    let kind: ThreadKind = query.kind.as_deref().unwrap_or("case_study").parse()?;
    let chrome = Chrome::for_request(&req, new_title_key(kind));
    let form = CaseForm {
        body_markdown: if kind == ThreadKind::CaseStudy {
            template::body_template(chrome.tr)
        } else {
            String::new()
        },
        ..Default::default()
    };
    html(FormPage {
        options: Options::new(chrome.tr),
        guidance: template::guidance(chrome.tr),
        chrome,
        kind,
        action_url: format!("/cases?kind={}", kind.as_str()),
        form,
        preview: None,
        errors: FormErrors::none(),
        editing_published: false,
    })
}

fn new_title_key(kind: ThreadKind) -> &'static str {
    match kind {
        ThreadKind::CaseStudy => "case-new-title",
        ThreadKind::Discussion => "discussion-new-title",
    }
}

fn parse_form(body: &Bytes) -> Result<CaseForm, AppError> {
    serde_html_form::from_bytes(body)
        .map_err(|e| AppError::BadRequest(format!("The form could not be read: {e}")))
}

/// What the form's buttons ask for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FormAction {
    Preview,
    SaveDraft,
    Submit,
}

impl FormAction {
    fn of(form: &CaseForm) -> FormAction {
        match form.action.as_str() {
            "preview" => FormAction::Preview,
            "submit" => FormAction::Submit,
            _ => FormAction::SaveDraft,
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn form_again(
    req: &HttpRequest,
    kind: ThreadKind,
    action_url: String,
    form: CaseForm,
    errors: FormErrors,
    preview: Option<String>,
    title_key: &str,
    editing_published: bool,
) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::for_request(req, title_key);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html_status(
        status,
        FormPage {
            options: Options::new(chrome.tr),
            guidance: template::guidance(chrome.tr),
            chrome,
            kind,
            action_url,
            form,
            preview,
            errors,
            editing_published,
        },
    )
}

#[post("/cases")]
async fn create(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    query: Query<NewQuery>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let kind: ThreadKind = query.kind.as_deref().unwrap_or("case_study").parse()?;
    let form = parse_form(&body)?;
    let action = FormAction::of(&form);
    let action_url = format!("/cases?kind={}", kind.as_str());
    let strictness = if action == FormAction::Submit {
        Strictness::Submission
    } else {
        Strictness::Draft
    };
    let tr = Tr(super::page::request_lang(&req));
    if action == FormAction::Preview {
        let preview = markdown::render(&form.body_markdown);
        return form_again(
            &req,
            kind,
            action_url,
            form,
            FormErrors::none(),
            Some(preview),
            new_title_key(kind),
            false,
        );
    }
    let content = match form.to_input().validate(kind, strictness) {
        Ok(content) => content,
        Err(error) => {
            let errors = FormErrors::from_error(&error, tr).ok_or(error)?;
            return form_again(
                &req,
                kind,
                action_url,
                form,
                errors,
                None,
                new_title_key(kind),
                false,
            );
        }
    };
    let author = member.0.user_id;
    state.limiter.hit(
        &crate::accounts::rate_limit::submissions_per_account(
            state.settings.moderation.submissions_per_hour,
        ),
        &author.to_string(),
    )?;
    let (id, _) = state
        .run(move |conn, _| {
            store::create_thread(conn, author, kind, &content, action == FormAction::Submit)
        })
        .await?;
    let notice = if action == FormAction::Submit {
        "submitted"
    } else {
        "draft-saved"
    };
    Ok(see_other(&format!("/cases/{id}?notice={notice}")))
}

#[derive(Template)]
#[template(path = "case_page.html", config = "src/web/askama.toml")]
struct CasePage {
    chrome: Chrome,
    labels: Labels,
    case: CaseView,
    more_replies: Option<String>,
    related: Vec<crate::search::service::Related>,
}

#[derive(Deserialize)]
struct RepliesQuery {
    after: Option<i64>,
}

#[get("/cases/{id}")]
async fn show(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    query: Query<RepliesQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let pages = PageCache::of(&req)?;
    let key = pages.key(&req, &member.0);
    let turn = match pages.find(key.as_ref(), &member.0).await {
        Found::Kept(kept) => return Ok(pages.respond(&req, &kept, &member.0)),
        Found::Render(turn) => turn,
    };
    // Taken before the rows, so that a change made meanwhile makes the page stale, not kept.
    let stamp = pages.stamp();
    let viewer = member.0.clone();
    let after = query.after;
    let index = state.search.get().map(|s| s.index());
    let cacheable = key.is_some();
    let (case, related, participants) = state
        .run(move |conn, kit| {
            let case = store::thread_view(conn, &kit.signer, &viewer, id, after)?;
            // Related case studies, when this one is public and the index is open. The case
            // page does not fail for want of them.
            let related = match index {
                Some(index)
                    if case.status == ThreadStatus::Published
                        && case.summary.kind == crate::cases::ThreadKind::CaseStudy =>
                {
                    crate::search::related_published(conn, &index, id).unwrap_or_else(|e| {
                        tracing::warn!(error = %e, "related case studies unavailable");
                        Vec::new()
                    })
                }
                _ => Vec::new(),
            };
            let participants = if cacheable {
                Some(store::thread_participants(conn, id)?)
            } else {
                None
            };
            Ok((case, related, participants))
        })
        .await?;
    let mut chrome = Chrome::for_request(&req, "case-page-title");
    chrome.title = case.summary.title.clone();
    let more_replies = case
        .next_replies_cursor
        .map(|c| format!("/cases/{id}?after={c}#replies"));
    // What any member with no part in this published thread sees: kept for the next one.
    // A published thread read as a member: the page others would be shown.
    let public = participants.is_some()
        && case.relation == crate::cases::views::Relation::Member
        && case.status == ThreadStatus::Published;
    let keep = participants.filter(|participants| {
        public
            && !participants.contains(&member.0.user_id)
            // Read separately from the participants: checked on the page itself too.
            && !case.summary.author.is_you
            && case
                .replies
                .iter()
                .all(|r| !r.author.is_you && r.status == "published")
    });
    let page = CasePage {
        labels: labels(&chrome),
        chrome: if keep.is_some() {
            pages.marked(chrome)
        } else {
            chrome
        },
        case,
        more_replies,
        related,
    };
    if keep.is_none()
        && public
        && let Some(turn) = &turn
    {
        // Her own page (she takes part): someone else renders the one to keep.
        turn.others_may_keep();
    }
    match (key, keep) {
        (Some(key), Some(participants)) => {
            let kept = pages.keep(key, stamp, page.render()?, participants);
            Ok(pages.respond(&req, &kept, &member.0))
        }
        _ => html(page),
    }
}

#[get("/cases/{id}/edit")]
async fn edit_form(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    let (kind, revision, state_now) = state
        .run(move |conn, _| store::revision_for_edit(conn, author, id))
        .await?;
    let form = CaseForm::from_input(&store::revision_input(&revision)?);
    form_again(
        &req,
        kind,
        format!("/cases/{id}"),
        form,
        FormErrors::none(),
        None,
        "case-edit-title",
        state_now.ever_published(),
    )
}

#[post("/cases/{id}")]
async fn update(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    body: Bytes,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    let (kind, _, state_now) = state
        .run(move |conn, _| store::revision_for_edit(conn, author, id))
        .await?;
    let form = parse_form(&body)?;
    let action = FormAction::of(&form);
    let tr = Tr(super::page::request_lang(&req));
    let url = format!("/cases/{id}");
    if action == FormAction::Preview {
        let preview = markdown::render(&form.body_markdown);
        return form_again(
            &req,
            kind,
            url,
            form,
            FormErrors::none(),
            Some(preview),
            "case-edit-title",
            state_now.ever_published(),
        );
    }
    let strictness = if action == FormAction::Submit {
        Strictness::Submission
    } else {
        Strictness::Draft
    };
    let content = match form.to_input().validate(kind, strictness) {
        Ok(content) => content,
        Err(error) => {
            let errors = FormErrors::from_error(&error, tr).ok_or(error)?;
            return form_again(
                &req,
                kind,
                url,
                form,
                errors,
                None,
                "case-edit-title",
                state_now.ever_published(),
            );
        }
    };
    if action == FormAction::Submit {
        state.limiter.hit(
            &crate::accounts::rate_limit::submissions_per_account(
                state.settings.moderation.submissions_per_hour,
            ),
            &author.to_string(),
        )?;
    }
    state
        .run(move |conn, _| {
            store::edit_thread(conn, author, id, &content, action == FormAction::Submit)
        })
        .await?;
    let notice = if action == FormAction::Submit {
        "submitted"
    } else {
        "draft-saved"
    };
    Ok(see_other(&format!("/cases/{id}?notice={notice}")))
}

#[post("/cases/{id}/submit")]
async fn submit(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    state.limiter.hit(
        &crate::accounts::rate_limit::submissions_per_account(
            state.settings.moderation.submissions_per_hour,
        ),
        &author.to_string(),
    )?;
    state
        .run(move |conn, _| store::submit_thread(conn, author, id))
        .await?;
    Ok(see_other(&format!("/cases/{id}?notice=submitted")))
}

#[post("/cases/{id}/delete")]
async fn delete(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    state
        .run(move |conn, _| store::delete_thread(conn, author, id))
        .await?;
    Ok(see_other("/my/cases?notice=thread-deleted"))
}

#[derive(Deserialize)]
struct ReplyForm {
    body_markdown: String,
}

#[post("/cases/{id}/replies")]
async fn reply(
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
    form: actix_web::web::Form<ReplyForm>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let author = member.0.user_id;
    match crate::moderation::workflow::post_reply(&state, author, id, &form.body_markdown).await {
        Ok((_, status)) => Ok(see_other(&format!(
            "/cases/{id}?notice={}#replies",
            if status == "pending" {
                "reply-held"
            } else {
                "reply-published"
            }
        ))),
        Err(AppError::Invalid(_)) => Ok(see_other(&format!(
            "/cases/{id}?notice=reply-empty#reply-form"
        ))),
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "case_history.html", config = "src/web/askama.toml")]
struct HistoryPage {
    chrome: Chrome,
    labels: Labels,
    id: i64,
    revisions: Vec<crate::cases::views::RevisionInfo>,
}

/// The revisions of a thread: for its author and moderators only.
#[get("/cases/{id}/history")]
async fn history(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let viewer = member.0.clone();
    let revisions = state
        .run(move |conn, _| store::revision_history(conn, &viewer, id))
        .await?;
    let chrome = Chrome::for_request(&req, "case-history");
    html(HistoryPage {
        labels: labels(&chrome),
        chrome,
        id,
        revisions,
    })
}

#[derive(Template)]
#[template(path = "my_cases.html", config = "src/web/askama.toml")]
struct MyCasesPage {
    chrome: Chrome,
    labels: Labels,
    threads: Vec<MyThread>,
}

#[get("/my/cases")]
async fn my_cases(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let author = member.0.user_id;
    let threads = state
        .run(move |conn, _| store::my_threads(conn, author))
        .await?;
    let chrome = Chrome::for_request(&req, "my-cases-title");
    html(MyCasesPage {
        labels: labels(&chrome),
        chrome,
        threads,
    })
}

#[derive(Deserialize)]
struct PreviewForm {
    body_markdown: String,
}

/// The editor's live preview (for `static/editor.js`): sanitised HTML of the markdown sent.
#[post("/preview")]
async fn render_preview(_member: Member, form: actix_web::web::Form<PreviewForm>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(markdown::render(&form.body_markdown))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(list_cases)
        .service(list_discussions)
        .service(new_form)
        .service(create)
        .service(my_cases)
        .service(render_preview)
        .service(show)
        .service(edit_form)
        .service(history)
        .service(update)
        .service(submit)
        .service(delete)
        .service(reply);
}

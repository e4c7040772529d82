//! Writing: the guided form for a case study or discussion (new and edit, with the live
//! preview), sending it for review, deleting it. What is checked is `cases::input`'s; what is
//! stored is `cases::store`'s; this file parses, authorises, calls, renders.

use actix_web::http::StatusCode;
use actix_web::web::{Bytes, Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::cases::*;
use super::page::{Chrome, FormErrors, html, html_status, see_other};
use crate::cases::input::{CaseInput, Period, Strictness};
use crate::cases::store::{self};
use crate::cases::{ThreadKind, markdown, template};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::Member;
use crate::i18n::Tr;

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
    /// `all` or `cohort:<id>` (a new thread only).
    #[serde(default)]
    pub audience: String,
    /// A cohort's discussion asking for advice by this day (`YYYY-MM-DD`; empty: not asked).
    #[serde(default)]
    pub advice_by: String,
    /// Her cohorts, for the audience menu (filled by the handler, never read from the form).
    #[serde(skip)]
    pub cohort_choices: Vec<(String, String)>,
}

impl CaseForm {
    /// Where the new thread goes, as chosen; an unreadable choice is a field error.
    fn placement(&self) -> Result<store::Placement, AppError> {
        let advice_by = match self.advice_by.trim() {
            "" => None,
            day => Some(
                chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_err(|_| AppError::invalid_key("advice_by", "error-advice-by"))?,
            ),
        };
        Ok(store::Placement {
            audience: crate::cases::ThreadAudience::parse(&self.audience)?,
            advice_by,
        })
    }
}

/// Her cohorts as the audience menu offers them: (`cohort:<id>`, name).
async fn cohort_choices(state: &Context, user_id: i64) -> Result<Vec<(String, String)>, AppError> {
    let cohorts = state
        .run(move |conn, _| crate::accounts::cohorts::of_user(conn, user_id))
        .await?;
    Ok(cohorts
        .into_iter()
        .map(|c| (format!("cohort:{}", c.id), c.name))
        .collect())
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
            audience: String::new(),
            advice_by: String::new(),
            cohort_choices: Vec::new(),
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
    /// From a cohort's space: the audience the menu starts at (`cohort:<id>`).
    audience: Option<String>,
}

#[get("/cases/new")]
async fn new_form(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    query: Query<NewQuery>,
) -> Result<HttpResponse, AppError> {
    let cohorts = cohort_choices(&state, member.0.user_id).await?;
    let kind: ThreadKind = query.kind.as_deref().unwrap_or("case_study").parse()?;
    let chrome = Chrome::for_request(&req, new_title_key(kind));
    let form = CaseForm {
        body_markdown: if kind == ThreadKind::CaseStudy {
            template::body_template(chrome.tr)
        } else {
            String::new()
        },
        audience: query
            .audience
            .clone()
            .filter(|a| cohorts.iter().any(|(value, _)| value == a))
            .unwrap_or_default(),
        cohort_choices: cohorts,
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
        .map_err(|e| AppError::bad_request_detail("refusal-form-unreadable", e))
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
    let mut form = parse_form(&body)?;
    form.cohort_choices = cohort_choices(&state, member.0.user_id).await?;
    let action = FormAction::of(&form);
    let action_url = format!("/cases?kind={}", kind.as_str());
    let strictness = if action == FormAction::Submit {
        Strictness::Submission
    } else {
        Strictness::Draft
    };
    let tr = Tr(super::page::request_lang(&req));
    if action == FormAction::Preview {
        let preview = preview(tr, &form.body_markdown, &[&form.title, &form.lessons], true);
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
    let content = match form
        .placement()
        .and_then(|p| p.check(kind, chrono::Utc::now().date_naive()))
        .and_then(|_| form.to_input().validate(kind, strictness))
    {
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
    let placement = form.placement()?;
    let submitting = action == FormAction::Submit;
    let created = state
        .run(move |conn, _| {
            store::create_thread(conn, author, kind, &content, placement, submitting)
        })
        .await;
    let id = match created {
        Ok((id, _)) => id,
        Err(error @ AppError::Invalid(_)) => {
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
        Err(other) => return Err(other),
    };
    let notice = if action == FormAction::Submit {
        "submitted"
    } else {
        "draft-saved"
    };
    Ok(see_other(&format!("/cases/{id}?notice={notice}")))
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
        let preview = preview(
            Tr(super::page::request_lang(&req)),
            &form.body_markdown,
            &[&form.title, &form.lessons],
            true,
        );
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
struct PreviewForm {
    body_markdown: String,
    /// The author's form also sends its title and lessons and asks for what the detector
    /// sees in them (the moderator's editor does not).
    #[serde(default)]
    title: String,
    #[serde(default)]
    lessons: String,
    #[serde(default)]
    findings: Option<String>,
}

/// What the author is shown above her preview: what the detector would show the moderators.
#[derive(Template)]
#[template(path = "preview.html", config = "src/web/askama.toml")]
struct Preview {
    tr: Tr,
    /// (kind label, the words found), in the order they appear.
    findings: Vec<(String, String)>,
    body_html: String,
}

/// The preview of a story, with, for her, what looks identifying in it ("Phone: +380 …"), in
/// her language: she can take it out before anyone else reads it, or leave it for the
/// moderators. Findings the review form would not tick by default are left out (a sentence
/// start, a lone capitalised word): the list is for acting on, not for reading.
fn preview(tr: Tr, body: &str, also_scanned: &[&str], with_findings: bool) -> String {
    use crate::moderation::detector::{ScanOptions, scan};
    use crate::moderation::redact::ACCEPTED_BY_DEFAULT;
    let mut findings: Vec<(String, String)> = Vec::new();
    if with_findings {
        for text in also_scanned.iter().copied().chain([body]) {
            for f in scan(text, &ScanOptions::default()) {
                if f.confidence < ACCEPTED_BY_DEFAULT {
                    continue;
                }
                let entry = (tr.t(&format!("kind-{}", f.kind.as_str())), f.text);
                if !findings.contains(&entry) && findings.len() < 30 {
                    findings.push(entry);
                }
            }
        }
    }
    Preview {
        tr,
        findings,
        body_html: markdown::render(body),
    }
    .render()
    .unwrap_or_else(|_| markdown::render(body))
}

/// The editor's live preview (for `static/editor.js`): sanitised HTML of the markdown sent,
/// and for the author what the detector finds in it.
#[post("/preview")]
async fn render_preview(
    req: HttpRequest,
    _member: Member,
    form: actix_web::web::Form<PreviewForm>,
) -> HttpResponse {
    let tr = Tr(super::page::request_lang(&req));
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(preview(
            tr,
            &form.body_markdown,
            &[&form.title, &form.lessons],
            form.findings.is_some(),
        ))
}

/// The writing routes; registered before `/cases/{id}` so that `/cases/new` is not read as an
/// id.
pub(super) fn register(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(new_form)
        .service(create)
        .service(render_preview)
        .service(edit_form)
        .service(update)
        .service(submit)
        .service(delete);
}

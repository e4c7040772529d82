//! Case-study and discussion pages: the lists with filters, a thread's page with its replies,
//! "my submissions", and the reply form. The guided form is in `writing`.
//!
//! Every page here needs a signed-in member. What a page shows comes from `cases::store`,
//! which alone decides whether the reader may see a thread (published, or hers, or she is a
//! moderator); anyone else gets the same 404 as for a thread that does not exist.

use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::page::{Chrome, html, see_other};
use super::page_cache::{Found, PageCache};
use crate::accounts::sessions::Identity;
use crate::cases::ThreadKind;
use crate::cases::input::Period;
use crate::cases::lifecycle::{ReplyStatus, ThreadStatus};
use crate::cases::store::{self, ListQuery};
use crate::cases::taxonomy::{
    ContextKind, CounterpartKind, CountryCode, FOCUS_COUNTRIES, Outcome, RegionCode,
};
use crate::cases::views::{CaseSummary, CaseView, MyThread, Page};
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
            .map(|r| r.name_in(self.tr.lang()).to_string())
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

pub fn labels(chrome: &Chrome) -> Labels {
    Labels { tr: chrome.tr }
}

/// A country's regions in the region menu: (its code, its name, (region code, name)…).
pub type RegionGroup = (String, String, Vec<(String, String)>);

/// The options of the filter and form menus.
pub struct Options {
    pub countries: Vec<(String, String)>,
    /// Per focus country: (its code, its name, its regions).
    pub regions: Vec<RegionGroup>,
    pub contexts: Vec<(String, String)>,
    pub counterparts: Vec<(String, String)>,
    pub outcomes: Vec<(String, String)>,
    pub months: Vec<(i32, String)>,
}

/// Every country as (code, name in `lang`) for a menu: the community's four first, the rest
/// by name. Every country menu uses it (the case form, the list's filter, digest settings).
pub(crate) fn country_choices(lang: Lang) -> Vec<(String, String)> {
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
    countries
}

impl Options {
    /// The menus in `tr`'s language, built once per language.
    pub(super) fn new(tr: Tr) -> &'static Options {
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
        let countries = country_choices(lang);
        let regions = FOCUS_COUNTRIES
            .iter()
            .filter_map(|c| CountryCode::parse(c))
            .map(|c| {
                let mut list: Vec<(String, String)> = RegionCode::of(c)
                    .map(|r| (r.as_str().to_string(), r.name_in(lang).to_string()))
                    .collect();
                list.sort_by_key(|(_, name)| name.to_lowercase());
                (c.as_str().to_string(), c.name(lang).to_string(), list)
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
pub(super) struct ListPage {
    chrome: Chrome,
    labels: Labels,
    options: &'static Options,
    /// The country menu: the community's four, the countries of the threads she may see, and
    /// the one her filter names ([`crate::search::lists::countries_within`]).
    countries: Vec<(String, String)>,
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
        self.query.year.clone().unwrap_or_default()
    }
}

pub(super) fn next_link(base: &str, query: &ListQuery, cursor: &str) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in [
        ("country", &query.country),
        ("context", &query.context),
        ("counterpart", &query.counterpart),
        ("outcome", &query.outcome),
        ("year", &query.year),
        ("tag", &query.tag),
    ] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            pairs.append_pair(key, v);
        }
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
    // A list shows the same to every member of the same cohorts (authors appear by pseudonym
    // or chosen name): the page cache keeps it per set of cohorts.
    let pages = PageCache::of(req)?;
    let key = pages.key(req, member);
    let _turn = match pages.find(key.as_ref(), member).await {
        Found::Kept(kept) => return Ok(pages.respond(req, &kept, member)),
        Found::Render(turn) => turn,
    };
    let stamp = pages.stamp();
    let viewer = member.user_id;
    let reach = crate::cases::Reach::of(member);
    let index = state.search.get().map(|search| search.index());
    let (page, present) = state
        .run(move |conn, kit| {
            // Without an index (still opening), the menu offers every country.
            let present = index.as_deref().and_then(|index| {
                crate::search::lists::countries_within(index, kind, &reach)
                    .map_err(|e| tracing::warn!(error = %e, "country menu unavailable"))
                    .ok()
            });
            let page = crate::search::lists::list_published(
                conn,
                index.as_deref(),
                &kit.signer,
                &filter,
                store::Reader::new(viewer, &reach),
                store::PAGE_SIZE,
            )?;
            Ok((page, present))
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
    let options = Options::new(chrome.tr);
    let countries = options
        .countries
        .iter()
        .filter(|(code, _)| {
            present.as_ref().is_none_or(|present| {
                FOCUS_COUNTRIES.contains(&code.as_str())
                    || present.contains(code)
                    || query.country.as_deref() == Some(code.as_str())
            })
        })
        .cloned()
        .collect();
    let listing = ListPage {
        labels: labels(&chrome),
        options,
        countries,
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

#[derive(Template)]
#[template(path = "case_page.html", config = "src/web/askama.toml")]
pub(super) struct CasePage {
    chrome: Chrome,
    labels: Labels,
    case: CaseView,
    more_replies: Option<String>,
    related: Vec<crate::search::service::Related>,
    /// For a cohort's thread: the cohort's name.
    cohort: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct RepliesQuery {
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
    // Opening a thread reads her notifications about it.
    if member.0.unread > 0 {
        let user_id = member.0.user_id;
        state
            .run(move |conn, _| crate::notifications::read_thread(conn, user_id, id))
            .await?;
    }
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
    let (case, related, participants, cohort) = state
        .run(move |conn, kit| {
            let case = store::thread_view(conn, &kit.signer, &viewer, id, after)?;
            // Related case studies, when this one is public and the index is open. The case
            // page does not fail for want of them.
            let related = match index {
                Some(index)
                    if case.status == ThreadStatus::Published
                        && case.summary.kind == crate::cases::ThreadKind::CaseStudy =>
                {
                    let reach = crate::cases::Reach::of(&viewer);
                    crate::search::related_published(conn, &index, id, &reach).unwrap_or_else(|e| {
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
            let cohort = match case.summary.audience {
                crate::cases::ThreadAudience::Cohort(cohort) => {
                    Some(crate::accounts::cohorts::find(conn, cohort)?.name)
                }
                crate::cases::ThreadAudience::All => None,
            };
            Ok((case, related, participants, cohort))
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
                .all(|r| !r.author.is_you && r.status == ReplyStatus::Published.as_str())
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
        cohort,
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

#[derive(Deserialize)]
pub(super) struct ReplyForm {
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
            if status == ReplyStatus::Pending.as_str() {
                "reply-held"
            } else {
                "reply-published"
            }
        ))),
        Err(AppError::Invalid(_)) => Ok(see_other(&format!(
            "/cases/{id}?notice=reply-invalid#reply-form"
        ))),
        Err(other) => Err(other),
    }
}

/// Her own reply changed from the case page; the case the form was on is where she returns.
#[post("/cases/{id}/replies/{reply}/edit")]
async fn edit_reply(
    state: Data<Context>,
    member: Member,
    path: Path<(i64, i64)>,
    form: actix_web::web::Form<ReplyForm>,
) -> Result<HttpResponse, AppError> {
    let (id, reply_id) = path.into_inner();
    let author = member.0.user_id;
    let edited =
        crate::moderation::workflow::edit_reply(&state, author, reply_id, &form.body_markdown)
            .await;
    match edited {
        Ok((thread, status)) => Ok(see_other(&format!(
            "/cases/{thread}?notice={}#replies",
            if status == ReplyStatus::Pending.as_str() {
                "reply-edit-held"
            } else {
                "reply-edited"
            }
        ))),
        Err(AppError::Invalid(_)) => Ok(see_other(&format!(
            "/cases/{id}?notice=reply-invalid#replies"
        ))),
        Err(other) => Err(other),
    }
}

/// Her own reply withdrawn from the case page.
#[post("/cases/{id}/replies/{reply}/delete")]
async fn delete_reply(
    state: Data<Context>,
    member: Member,
    path: Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (_, reply_id) = path.into_inner();
    let thread =
        crate::moderation::workflow::delete_reply(&state, member.0.user_id, reply_id).await?;
    Ok(see_other(&format!(
        "/cases/{thread}?notice=reply-deleted#replies"
    )))
}

#[derive(Template)]
#[template(path = "case_history.html", config = "src/web/askama.toml")]
pub(super) struct HistoryPage {
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
pub(super) struct MyCasesPage {
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

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(list_cases).service(list_discussions);
    super::writing::register(cfg);
    cfg.service(my_cases)
        .service(show)
        .service(history)
        .service(reply)
        .service(edit_reply)
        .service(delete_reply);
}

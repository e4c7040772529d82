//! The search page: a search box that takes the same operators as the API, facet counts in a
//! sidebar as plain links (no JavaScript), active filters as removable chips, snippets with
//! the matched words marked, pages. Everything stays in the URL, so a search can be shared
//! with another member and the back button works.

use actix_web::http::StatusCode;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;

use super::cases::Labels;
use super::page::{Chrome, html_status};
use crate::cases::taxonomy::{ContextKind, CounterpartKind, Outcome};
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::Member;
use crate::i18n::Lang;
use crate::search::params::SearchParams;
use crate::search::search_published;
use crate::search::service::{Hit, Results};

pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub label: String,
    pub links: Vec<FacetLink>,
}

pub struct HitView {
    pub hit: Hit,
    pub meta: String,
    pub contexts: Vec<String>,
}

#[derive(Template)]
#[template(path = "search.html", config = "src/web/askama.toml")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    newest: bool,
    error: Option<String>,
    searched: bool,
    total: usize,
    relaxed: bool,
    /// The words shown instead of a typo ("checkpoint" for "checkpont").
    corrected: Option<String>,
    hits: Vec<HitView>,
    groups: Vec<FacetGroup>,
    /// Active filters given as parameters: label and the link without it.
    active: Vec<(String, String)>,
    previous: Option<String>,
    next: Option<String>,
}

/// The URL of a search: the box, the filters, the order and the page.
fn url_of(q: &str, filters: &[(String, String)], newest: bool, page: usize) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    if !q.is_empty() {
        pairs.append_pair("q", q);
    }
    for (name, value) in filters {
        pairs.append_pair(name, value);
    }
    if newest {
        pairs.append_pair("sort", "newest");
    }
    if page > 1 {
        pairs.append_pair("page", &page.to_string());
    }
    let query = pairs.finish();
    if query.is_empty() {
        "/search".to_string()
    } else {
        format!("/search?{query}")
    }
}

fn value_label(labels: &Labels, name: &str, value: &str) -> String {
    match name {
        "country" => labels.country(value),
        "region" => labels.region(value),
        "context" => value
            .parse::<ContextKind>()
            .map(|c| labels.context(&c))
            .unwrap_or_else(|_| value.to_string()),
        "counterpart" => value
            .parse::<CounterpartKind>()
            .map(|c| labels.counterpart(&c))
            .unwrap_or_else(|_| value.to_string()),
        "outcome" => value
            .parse::<Outcome>()
            .map(|o| labels.outcome(&o))
            .unwrap_or_else(|_| value.to_string()),
        "lang" => labels.language(value),
        _ => value.to_string(),
    }
}

fn facet_groups(
    chrome: &Chrome,
    labels: &Labels,
    results: &Results,
    q: &str,
    filters: &[(String, String)],
    newest: bool,
) -> Vec<FacetGroup> {
    let names = [
        ("country", "field-country"),
        ("context", "field-context"),
        ("counterpart", "field-counterpart"),
        ("outcome", "field-outcome"),
        ("year", "field-year"),
        ("lang", "field-text-language"),
    ];
    names
        .iter()
        .filter_map(|(name, label_key)| {
            let counts = results.facets.get(*name)?;
            let mut links: Vec<FacetLink> = counts
                .iter()
                .map(|(value, count)| {
                    let pair = (name.to_string(), value.clone());
                    let active = filters.contains(&pair);
                    let next: Vec<(String, String)> = if active {
                        filters.iter().filter(|p| **p != pair).cloned().collect()
                    } else {
                        filters.iter().cloned().chain([pair]).collect()
                    };
                    FacetLink {
                        label: value_label(labels, name, value),
                        count: *count,
                        href: url_of(q, &next, newest, 1),
                        active,
                    }
                })
                .collect();
            if links.is_empty() {
                return None;
            }
            if *name == "year" {
                links.sort_by(|a, b| b.label.cmp(&a.label));
            } else {
                links.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            }
            Some(FacetGroup {
                label: chrome.t(label_key),
                links,
            })
        })
        .collect()
}

#[get("/search")]
async fn search_page(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::for_request(&req, "search-title");
    let labels = Labels::new(chrome.tr);
    let params = SearchParams::from_query_string(req.query_string())?;
    let filters: Vec<(String, String)> = params
        .filter_pairs()
        .into_iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    let newest = params.sort.as_deref() == Some("newest");
    let q = params.q.trim().to_string();
    let mut page = SearchPage {
        q: q.clone(),
        newest,
        error: None,
        searched: false,
        total: 0,
        relaxed: false,
        corrected: None,
        hits: Vec::new(),
        groups: Vec::new(),
        active: filters
            .iter()
            .map(|pair| {
                let rest: Vec<(String, String)> =
                    filters.iter().filter(|p| *p != pair).cloned().collect();
                (
                    format!(
                        "{}: {}",
                        chrome.t(&format!("search-filter-{}", pair.0)),
                        value_label(&labels, &pair.0, &pair.1)
                    ),
                    url_of(&q, &rest, newest, 1),
                )
            })
            .collect(),
        previous: None,
        next: None,
        chrome,
    };
    let mut request = match params.request() {
        Ok(request) => request,
        Err(AppError::Invalid(errors)) => {
            page.error = Some(
                errors
                    .iter()
                    .map(|e| e.localized(page.chrome.tr))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            return html_status(StatusCode::BAD_REQUEST, page);
        }
        Err(other) => return Err(other),
    };
    request.reach = crate::cases::Reach::of(&member.0);
    let current = request.page;
    let index = state.search()?.index();
    let results = state
        .run(move |conn, _| search_published(conn, &index, &request))
        .await?;
    page.searched = true;
    page.total = results.total;
    page.relaxed = results.relaxed;
    page.corrected = results.corrected.clone();
    page.groups = facet_groups(&page.chrome, &labels, &results, &q, &filters, newest);
    if current > 1 {
        page.previous = Some(url_of(&q, &filters, newest, current - 1));
    }
    if current * results.per_page < results.total {
        page.next = Some(url_of(&q, &filters, newest, current + 1));
    }
    page.hits = results
        .hits
        .into_iter()
        .map(|hit| {
            let mut meta = Vec::new();
            if let Some(country) = &hit.country {
                meta.push(labels.country(country));
            }
            if let Some(region) = &hit.region {
                meta.push(labels.region(region));
            }
            if let Some(year) = hit.year {
                meta.push(year.to_string());
            }
            if let Some(lang) = Lang::parse(&hit.lang) {
                meta.push(lang.native_name().to_string());
            }
            HitView {
                meta: meta.join(" · "),
                contexts: hit
                    .contexts
                    .iter()
                    .map(|c| value_label(&labels, "context", c))
                    .collect(),
                hit,
            }
        })
        .collect();
    html_status(StatusCode::OK, page)
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(search_page);
}

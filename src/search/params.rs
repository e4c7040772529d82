//! A search as it arrives in a URL (the page's and the API's): `q` with its operators, plus
//! filter parameters that can repeat (`country=UA&country=MD`), `sort` and `page`. Both are
//! merged into one [`Request`]; a bad value names its parameter.

use serde::Deserialize;

use super::query::{self, Filter};
use super::service::{Request, Sort};
use crate::error::AppError;

/// Results per page.
pub const PER_PAGE: usize = 20;

#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words, "phrases", -exclusions and filters such as `country:UA year:2022..2024`.
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: Vec<String>,
    #[serde(default)]
    pub region: Vec<String>,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub counterpart: Vec<String>,
    #[serde(default)]
    pub outcome: Vec<String>,
    /// `2023` or `2022..2024`.
    #[serde(default)]
    pub year: Vec<String>,
    #[serde(default)]
    pub lang: Vec<String>,
    #[serde(default)]
    pub tag: Vec<String>,
    #[serde(default)]
    pub kind: Vec<String>,
    /// `relevance` (default) or `newest`.
    #[serde(default)]
    pub sort: Option<String>,
    /// From 1.
    #[serde(default)]
    pub page: Option<String>,
}

impl SearchParams {
    /// Reads a query string (repeated keys allowed).
    pub fn from_query_string(raw: &str) -> Result<SearchParams, AppError> {
        serde_html_form::from_str(raw)
            .map_err(|e| AppError::bad_request_detail("refusal-search-unreadable", e))
    }

    /// The filters given as parameters, by name.
    pub fn filter_pairs(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        for (name, values) in [
            ("country", &self.country),
            ("region", &self.region),
            ("context", &self.context),
            ("counterpart", &self.counterpart),
            ("outcome", &self.outcome),
            ("year", &self.year),
            ("lang", &self.lang),
            ("tag", &self.tag),
            ("kind", &self.kind),
        ] {
            for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
                out.push((name, value));
            }
        }
        out
    }

    pub fn sort(&self) -> Sort {
        match self.sort.as_deref() {
            Some("newest") => Sort::Newest,
            _ => Sort::Best,
        }
    }

    pub fn page(&self) -> Result<usize, AppError> {
        match self
            .page
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            None => Ok(1),
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=500).contains(p))
                .ok_or_else(|| AppError::invalid("page", "Pages are numbered from 1 to 500.")),
        }
    }

    /// The search to run. Errors name the parameter (`q` for the search box).
    pub fn request(&self) -> Result<Request, AppError> {
        let mut parsed =
            query::parse(&self.q).map_err(|e| AppError::invalid("q", e.to_string()))?;
        for (name, value) in self.filter_pairs() {
            let filter: Filter =
                query::filter(name, value).map_err(|e| AppError::invalid(name, e.to_string()))?;
            parsed.filters.push(filter);
        }
        if let Some(sort) = self.sort.as_deref()
            && !["", "relevance", "newest"].contains(&sort)
        {
            return Err(AppError::invalid("sort", "Sort by relevance or newest."));
        }
        Ok(Request {
            parsed,
            sort: self.sort(),
            page: self.page()?,
            per_page: PER_PAGE,
            reach: Default::default(),
        })
    }
}

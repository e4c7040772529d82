//! Cohorts and notifications in the browser: a member's cohorts and each cohort's space
//! (`/cohorts`, `/cohorts/{id}`), the admins' page for cohorts and their members
//! (`/admin/cohorts`), and her notifications with what she wants by mail (`/notifications`).

use actix_web::web::{Data, Form, Path};
use actix_web::{HttpRequest, HttpResponse, get, post};
use askama::Template;
use serde::Deserialize;

use super::cases::{Labels, labels};
use super::page::{Chrome, FormErrors, html, html_status, see_other};
use crate::accounts::cohorts::{self, Cohort, CohortAdmin};
use crate::cases::Reach;
use crate::cases::store::{self, Reader};
use crate::cases::views::CaseSummary;
use crate::context::Context;
use crate::error::AppError;
use crate::http::auth::{Admin, Member};
use crate::notifications::{self, Kind};

#[derive(Template)]
#[template(path = "cohorts.html", config = "src/web/askama.toml")]
struct CohortsPage {
    chrome: Chrome,
    cohorts: Vec<Cohort>,
}

/// Her cohorts (every cohort for moderators and admins).
#[get("/cohorts")]
async fn my_cohorts(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let (user_id, staff) = (member.0.user_id, member.0.role.is_staff());
    let cohorts = state
        .run(move |conn, _| cohorts::visible_to(conn, user_id, staff))
        .await?;
    html(CohortsPage {
        chrome: Chrome::for_request(&req, "cohorts-title"),
        cohorts,
    })
}

#[derive(Template)]
#[template(path = "cohort.html", config = "src/web/askama.toml")]
struct CohortPage {
    chrome: Chrome,
    labels: Labels,
    cohort: Cohort,
    threads: Vec<CaseSummary>,
    today: chrono::NaiveDate,
}

/// A cohort's space: its threads, those asking for advice first. Outside the cohort: 404.
#[get("/cohorts/{id}")]
async fn cohort_space(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
    path: Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let reach = Reach::of(&member.0);
    let user_id = member.0.user_id;
    let today = chrono::Utc::now().date_naive();
    let (cohort, threads) = state
        .run(move |conn, kit| {
            let threads =
                store::cohort_threads(conn, &kit.signer, Reader::new(user_id, &reach), id, today)?;
            Ok((cohorts::find(conn, id)?, threads))
        })
        .await?;
    let chrome = Chrome::for_request(&req, "cohorts-title");
    html(CohortPage {
        labels: labels(&chrome),
        chrome,
        cohort,
        threads,
        today,
    })
}

#[derive(Template)]
#[template(path = "admin_cohorts.html", config = "src/web/askama.toml")]
struct AdminCohortsPage {
    chrome: Chrome,
    cohorts: Vec<CohortAdmin>,
    errors: FormErrors,
}

async fn admin_page(
    req: &HttpRequest,
    state: &Context,
    errors: FormErrors,
) -> Result<HttpResponse, AppError> {
    let cohorts = state.run(|conn, _| cohorts::all(conn)).await?;
    let status = if errors.is_empty() {
        actix_web::http::StatusCode::OK
    } else {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    html_status(
        status,
        AdminCohortsPage {
            chrome: Chrome::for_request(req, "cohorts-title"),
            cohorts,
            errors,
        },
    )
}

#[get("/admin/cohorts")]
async fn admin_cohorts(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
) -> Result<HttpResponse, AppError> {
    admin_page(&req, &state, FormErrors::none()).await
}

/// After a change on the admin page: back to it, or the page again with what went wrong.
async fn after(
    req: &HttpRequest,
    state: &Context,
    result: Result<(), AppError>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other("/admin/cohorts?notice=cohorts-updated")),
        Err(error) => {
            let tr = crate::i18n::Tr(super::page::request_lang(req));
            match FormErrors::from_error(&error, tr) {
                Some(errors) => admin_page(req, state, errors).await,
                None => Err(error),
            }
        }
    }
}

#[derive(Deserialize)]
struct NewCohortForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

#[post("/admin/cohorts")]
async fn create_cohort(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
    form: Form<NewCohortForm>,
) -> Result<HttpResponse, AppError> {
    let NewCohortForm { name, description } = form.into_inner();
    let result = state
        .run(move |conn, _| cohorts::create(conn, &name, &description).map(|_| ()))
        .await;
    after(&req, &state, result).await
}

#[derive(Deserialize)]
struct MemberForm {
    #[serde(default)]
    email: String,
}

#[post("/admin/cohorts/{id}/members")]
async fn add_member(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    form: Form<MemberForm>,
) -> Result<HttpResponse, AppError> {
    let (id, email) = (path.into_inner(), form.into_inner().email);
    let result = state
        .run(move |conn, _| cohorts::add_member(conn, id, &email))
        .await;
    after(&req, &state, result).await
}

#[post("/admin/cohorts/{id}/members/remove")]
async fn remove_member(
    req: HttpRequest,
    state: Data<Context>,
    _admin: Admin,
    path: Path<i64>,
    form: Form<MemberForm>,
) -> Result<HttpResponse, AppError> {
    let (id, email) = (path.into_inner(), form.into_inner().email);
    let result = state
        .run(move |conn, _| cohorts::remove_member(conn, id, &email))
        .await;
    after(&req, &state, result).await
}

/// One notification as the page shows it.
struct Shown {
    kind: Kind,
    thread_id: Option<i64>,
    /// The published title, when she may read the thread; else a neutral reference.
    title: String,
    created_at: chrono::NaiveDateTime,
    read: bool,
}

#[derive(Template)]
#[template(path = "notifications.html", config = "src/web/askama.toml")]
struct NotificationsPage {
    chrome: Chrome,
    items: Vec<Shown>,
    unread: i64,
    by_mail: Vec<(Kind, bool)>,
}

/// Her notifications, and which kinds she wants by mail.
#[get("/notifications")]
async fn notifications_page(
    req: HttpRequest,
    state: Data<Context>,
    member: Member,
) -> Result<HttpResponse, AppError> {
    let user_id = member.0.user_id;
    let reach = Reach::of(&member.0);
    let (inbox, titles, mailed) = state
        .run(move |conn, _| {
            let inbox = notifications::inbox(conn, user_id, 100)?;
            let ids: Vec<i64> = inbox.items.iter().filter_map(|i| i.thread_id).collect();
            let titles = store::shown_titles(conn, &ids, &reach)?;
            let mailed = notifications::mail_choices(conn, user_id)?;
            Ok((inbox, titles, mailed))
        })
        .await?;
    let chrome = Chrome::for_request(&req, "notifications-title");
    let items = inbox
        .items
        .into_iter()
        .map(|item| Shown {
            kind: item.kind,
            thread_id: item.thread_id,
            title: item
                .thread_id
                .and_then(|id| titles.get(&id).cloned())
                .unwrap_or_else(|| {
                    chrome.t1(
                        "mail-decision-case-number",
                        "id",
                        item.thread_id.unwrap_or_default(),
                    )
                }),
            created_at: item.created_at,
            read: item.read,
        })
        .collect();
    html(NotificationsPage {
        chrome,
        items,
        unread: inbox.unread,
        by_mail: Kind::ALL
            .into_iter()
            .map(|k| (k, mailed.contains(&k)))
            .collect(),
    })
}

#[post("/notifications/read")]
async fn read_all(state: Data<Context>, member: Member) -> Result<HttpResponse, AppError> {
    let user_id = member.0.user_id;
    state
        .run(move |conn, _| {
            notifications::mark_read(
                conn,
                user_id,
                &notifications::MarkRead {
                    ids: Vec::new(),
                    all: true,
                },
            )
        })
        .await?;
    Ok(see_other("/notifications"))
}

#[derive(Deserialize)]
struct MailForm {
    #[serde(default)]
    kinds: Vec<String>,
}

#[post("/notifications/mail")]
async fn mail_choices(
    state: Data<Context>,
    member: Member,
    body: actix_web::web::Bytes,
) -> Result<HttpResponse, AppError> {
    let form: MailForm = serde_html_form::from_bytes(&body)
        .map_err(|e| AppError::bad_request_detail("refusal-form-unreadable", e))?;
    let kinds: Vec<Kind> = form.kinds.iter().filter_map(|k| Kind::parse(k)).collect();
    let user_id = member.0.user_id;
    state
        .run(move |conn, _| notifications::set_mail_choices(conn, user_id, &kinds))
        .await?;
    Ok(see_other("/notifications?notice=notifications-saved"))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(my_cohorts)
        .service(cohort_space)
        .service(admin_cohorts)
        .service(create_cohort)
        .service(add_member)
        .service(remove_member)
        .service(notifications_page)
        .service(read_all)
        .service(mail_choices);
}

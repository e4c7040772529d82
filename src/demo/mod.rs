//! The demo community (`demo = true`, or `parley demo`): a handful of fictional alumnae, staff
//! with two-factor sign-in, case studies in all five languages, items waiting for moderation
//! and a discussion — created through the same domain calls a real community uses. And the
//! synthetic generator (`parley generate`) that fills a database for benchmarks.
//!
//! Must never run against a real community by accident: seeding happens once (recorded in
//! `instance_state`) and only when asked for.

pub mod stories;
pub mod synthetic;

use std::fmt::Write as _;
use std::os::unix::fs::OpenOptionsExt;

use diesel::prelude::*;

use crate::cases::lifecycle::{ReplyStatus, ThreadStatus};
use rand::Rng;

use crate::accounts::{Role, flows, totp, users};
use crate::cases::ThreadKind;
use crate::cases::input::{CaseInput, Period, Strictness};
use crate::cases::store::{self, ReplyGate};
use crate::context::Context;
use crate::db::schema::{
    instance_state, replies, thread_contexts, thread_counterparts, thread_tags, threads,
};
use crate::db::{DbConnection, now};
use crate::digest::subscriptions::{self, Frequency, Preferences};
use crate::error::AppError;
use crate::moderation::decisions::{self, Policy, Publication};
use stories::{DISCUSSION_BODY, DISCUSSION_REPLIES, DISCUSSION_TITLE, PENDING, PUBLISHED, Story};

const SEEDED_KEY: &str = "demo_seeded";
pub const ACCOUNTS_FILE: &str = "demo-accounts.txt";

/// One demo account's sign-in details, shown once.
pub struct DemoAccount {
    pub role: Role,
    pub name: String,
    pub email: String,
    pub password: String,
    pub totp_secret: Option<String>,
    pub recovery_codes: Vec<String>,
}

fn passphrase() -> String {
    const WORDS: [&str; 24] = [
        "amber",
        "harbour",
        "willow",
        "compass",
        "granite",
        "meadow",
        "lantern",
        "saffron",
        "kettle",
        "meridian",
        "orchard",
        "velvet",
        "cobalt",
        "thimble",
        "juniper",
        "quarry",
        "riverbank",
        "sparrow",
        "tundra",
        "walnut",
        "beacon",
        "cinder",
        "falcon",
        "glacier",
    ];
    let mut rng = rand::rng();
    // Four different words: the same word four times ("falcon falcon falcon falcon 42") is a
    // repeat the strength check refuses, once in about 18,000 passwords.
    let words: Vec<&str> = rand::seq::index::sample(&mut rng, WORDS.len(), 4)
        .into_iter()
        .map(|i| WORDS[i])
        .collect();
    format!("{} {}", words.join(" "), rng.random_range(10..100))
}

/// Whether `public_url` names this machine only, where a demo community may be seeded at start.
pub fn local_only(public_url: &str) -> bool {
    url::Url::parse(public_url).is_ok_and(|u| match u.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    })
}

/// A database with no account at all: the only one the demo is seeded into at start.
pub fn fresh(conn: &mut DbConnection) -> Result<bool, AppError> {
    Ok(crate::db::schema::users::table
        .count()
        .get_result::<i64>(conn)?
        == 0)
}

fn already_seeded(conn: &mut DbConnection) -> Result<bool, AppError> {
    Ok(instance_state::table
        .find(SEEDED_KEY)
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

fn story_input(story: &Story) -> CaseInput {
    CaseInput {
        title: Some(story.title.into()),
        country: Some(story.country.into()),
        region: story.region.map(Into::into),
        contexts: story.contexts.iter().map(|c| c.to_string()).collect(),
        counterparts: story.counterparts.iter().map(|c| c.to_string()).collect(),
        period: Some(Period {
            year: story.year,
            month: story.month,
        }),
        outcome: Some(story.outcome.into()),
        lessons: Some(story.lessons.into()),
        body_markdown: Some(story.body.into()),
        tags: story.tags.iter().map(|t| t.to_string()).collect(),
        sensitive_terms: story
            .sensitive_terms
            .iter()
            .map(|t| t.to_string())
            .collect(),
        show_name: false,
        language: Some(story.lang.into()),
    }
}

/// Seeds the demo community once; `None` if it already exists.
pub async fn seed(state: &Context) -> anyhow::Result<Option<Vec<DemoAccount>>> {
    if state.run(|conn, _| already_seeded(conn)).await? {
        return Ok(None);
    }
    let people = [
        (
            Role::Admin,
            "Ana Demo (admin)",
            "demo-admin@parley.example",
            "en",
        ),
        (
            Role::Moderator,
            "Iryna Demo (moderator)",
            "demo-moderator@parley.example",
            "uk",
        ),
        (Role::Member, "Emma Demo", "demo-emma@parley.example", "en"),
        (
            Role::Member,
            "Olena Demo",
            "demo-olena@parley.example",
            "uk",
        ),
        (
            Role::Member,
            "Maria Demo",
            "demo-maria@parley.example",
            "ro",
        ),
        (
            Role::Member,
            "Agnieszka Demo",
            "demo-agnieszka@parley.example",
            "pl",
        ),
        (
            Role::Member,
            "Natalia Demo",
            "demo-natalia@parley.example",
            "ru",
        ),
    ];
    let mut accounts = Vec::new();
    let mut ids = Vec::new();
    for (role, name, email, lang) in people {
        let password = passphrase();
        let user = flows::create_account(state, email, name, role, &password)
            .await
            .map_err(|e| anyhow::anyhow!("creating {email}: {e}"))?;
        let locale = crate::i18n::Lang::parse(lang).unwrap_or_default();
        let (id, display) = (user.id, user.name.clone());
        state
            .run(move |conn, _| users::update_profile(conn, id, &display, locale).map(|_| ()))
            .await?;
        let (totp_secret, recovery_codes) = if role.is_staff() {
            let (secret, codes) = state
                .run(move |conn, kit| {
                    let user = users::find_by_id(conn, id)?;
                    let enrolment = totp::start_enrolment(&kit.signer, &user)?;
                    let code = totp::current_code(&enrolment.secret)?;
                    let codes =
                        totp::enable(conn, &kit.signer, id, &enrolment.enrolment_token, &code)?;
                    Ok((enrolment.secret, codes))
                })
                .await?;
            (Some(secret), codes)
        } else {
            (None, Vec::new())
        };
        ids.push((role, lang, id));
        accounts.push(DemoAccount {
            role,
            name: name.into(),
            email: email.into(),
            password,
            totp_secret,
            recovery_codes,
        });
    }
    let moderator = ids
        .iter()
        .find(|(r, _, _)| *r == Role::Moderator)
        .map(|(_, _, id)| *id)
        .unwrap_or(ids[0].2);
    let author_for = |lang: &str| {
        ids.iter()
            .find(|(role, l, _)| *role == Role::Member && *l == lang)
            .map(|(_, _, id)| *id)
            .unwrap_or(ids[2].2)
    };
    let retention = Policy {
        days_after_publish: 0,
        four_eyes: false,
        deny_key: crate::moderation::review::deny_key(&state.auth.signer),
    };
    for story in PUBLISHED {
        let author = author_for(story.lang);
        let content = story_input(story).validate(ThreadKind::CaseStudy, Strictness::Submission)?;
        let publication = Publication {
            title: story.title.into(),
            body_markdown: story.body.into(),
            lessons: story.lessons.into(),
            // The demo's moderator publishes the (fictional) tags as written.
            tags: Some(content.metadata.tags.clone()),
            note: Some("demo".into()),
            confirmed_terms: Vec::new(),
        };
        state
            .run(move |conn, _| {
                let (id, _) = store::create_thread(
                    conn,
                    author,
                    ThreadKind::CaseStudy,
                    &content,
                    Default::default(),
                    true,
                )?;
                decisions::publish(conn, moderator, id, &publication, retention)?;
                Ok(())
            })
            .await?;
    }
    for story in PENDING {
        let author = author_for(story.lang);
        let content = story_input(story).validate(ThreadKind::CaseStudy, Strictness::Submission)?;
        state
            .run(move |conn, _| {
                store::create_thread(
                    conn,
                    author,
                    ThreadKind::CaseStudy,
                    &content,
                    Default::default(),
                    true,
                )
                .map(|_| ())
            })
            .await?;
    }
    let subscribers = ids.clone();
    let asker = author_for("en");
    let repliers: Vec<i64> = ids
        .iter()
        .filter(|(r, _, _)| *r == Role::Member)
        .map(|(_, _, id)| *id)
        .collect();
    let discussion = CaseInput {
        title: Some(DISCUSSION_TITLE.into()),
        body_markdown: Some(DISCUSSION_BODY.into()),
        contexts: vec!["armed_actors".into(), "checkpoint_movement".into()],
        language: Some("en".into()),
        ..Default::default()
    }
    .validate(ThreadKind::Discussion, Strictness::Submission)?;
    state
        .run(move |conn, _| {
            let (id, _) = store::create_thread(
                conn,
                asker,
                ThreadKind::Discussion,
                &discussion,
                Default::default(),
                true,
            )?;
            decisions::publish(
                conn,
                moderator,
                id,
                &Publication {
                    title: DISCUSSION_TITLE.into(),
                    body_markdown: DISCUSSION_BODY.into(),
                    lessons: String::new(),
                    tags: None,
                    note: None,
                    confirmed_terms: Vec::new(),
                },
                retention,
            )?;
            for (i, reply) in DISCUSSION_REPLIES.iter().enumerate() {
                let author = repliers[(i + 1) % repliers.len()];
                store::add_reply(conn, author, id, reply, ReplyGate::Publish)?;
            }
            // Every demo member reads a daily digest, so the first start leaves one in the
            // mail folder (see `first_digest`); Maria follows Moldova and Romania only.
            for (role, lang, id) in &subscribers {
                if *role != Role::Member {
                    continue;
                }
                let countries = if *lang == "ro" {
                    vec!["MD".to_string(), "RO".to_string()]
                } else {
                    Vec::new()
                };
                let prefs = Preferences {
                    frequency: Frequency::Daily,
                    countries,
                    ..Preferences::default()
                }
                .validated()?;
                subscriptions::save(conn, *id, &prefs)?;
            }
            diesel::insert_into(instance_state::table)
                .values((
                    instance_state::key.eq(SEEDED_KEY),
                    instance_state::value.eq("1"),
                    instance_state::updated_at.eq(now()),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(Some(accounts))
}

/// Sends the demo members' first daily digest at once, so that a newcomer finds one in the
/// mail folder (`<data_dir>/mail/` with the default file transport) next to the forum.
/// Returns how many digests went out.
pub async fn first_digest(state: &Context) -> anyhow::Result<usize> {
    let at = chrono::Utc::now();
    state
        .run(move |conn, _| {
            crate::digest::start_run(conn, Frequency::Daily, at, false, "demo", &mut |_, _| {})
        })
        .await?;
    let mut sent = 0;
    loop {
        let n = crate::digest::send::deliver_batch(state, None, None).await?;
        if n == 0 {
            break;
        }
        sent += n;
    }
    Ok(sent)
}

/// The sign-in details as text, for the terminal and `<data_dir>/demo-accounts.txt`.
pub fn describe(accounts: &[DemoAccount], public_url: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Parley demo community — sign in at {public_url}/login");
    let _ = writeln!(out, "All people, places and stories are fictional.\n");
    for a in accounts {
        let _ = writeln!(
            out,
            "  {:<9} {:<34} password: {}",
            a.role.as_str(),
            a.email,
            a.password
        );
        if let Some(secret) = &a.totp_secret {
            let _ = writeln!(
                out,
                "            two-factor key (add to an authenticator app): {secret}"
            );
            let _ = writeln!(
                out,
                "            or a one-time recovery code: {}",
                a.recovery_codes
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    out
}

/// Writes the details next to the database, readable by the owner only, so a restart does
/// not lose them.
pub fn save(accounts: &[DemoAccount], state: &Context) -> std::io::Result<std::path::PathBuf> {
    use std::io::Write;
    let path = state.settings.data_dir.join(ACCOUNTS_FILE);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)?;
    file.write_all(describe(accounts, &state.settings.public_url).as_bytes())?;
    Ok(path)
}

/// Fills the database with `cases` synthetic published case studies (and `replies` replies on
/// the newest), for benchmarks. Rows are written directly, in batches, not through moderation:
/// this is load, not content.
pub fn generate(
    conn: &mut DbConnection,
    author_id: i64,
    cases: usize,
    replies_on_newest: usize,
    progress: &mut dyn FnMut(usize),
) -> Result<i64, AppError> {
    use crate::cases::taxonomy::{ContextKind, CounterpartKind, Outcome};
    const COUNTRIES: &[&str] = &["UA", "MD", "PL", "RO"];
    let mut rng = rand::rng();
    let mut last_id = 0;
    let batch = 1000;
    let mut done = 0;
    while done < cases {
        let count = batch.min(cases - done);
        let rows: Vec<_> = (0..count)
            .map(|i| {
                let lang = synthetic::language_of(done + i);
                let title = synthetic::sentence(&mut rng, lang, 6);
                let lessons = synthetic::sentence(&mut rng, lang, 20);
                let body = (0..crate::cases::template::SECTIONS.len())
                    .map(|i| {
                        format!(
                            "## {}\n\n{} {}",
                            crate::cases::template::SECTIONS[i],
                            synthetic::sentence(&mut rng, lang, 25),
                            synthetic::sentence(&mut rng, lang, 20)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let contexts: Vec<ContextKind> = (0..rng.random_range(1..3))
                    .map(|_| ContextKind::ALL[rng.random_range(0..ContextKind::ALL.len())])
                    .collect();
                let counterpart =
                    CounterpartKind::ALL[rng.random_range(0..CounterpartKind::ALL.len())];
                let outcome = Outcome::ALL[rng.random_range(0..Outcome::ALL.len())];
                let country = COUNTRIES[rng.random_range(0..COUNTRIES.len())];
                let year = rng.random_range(2014..2026);
                (
                    title,
                    lessons,
                    body,
                    contexts,
                    counterpart,
                    outcome,
                    country,
                    year,
                    lang,
                )
            })
            .collect();
        last_id = conn.transaction(|conn| -> Result<i64, AppError> {
            let mut last = 0;
            for (title, lessons, body, contexts, counterpart, outcome, country, year, lang) in rows
            {
                let at = now();
                let html = crate::cases::markdown::render(&body);
                let id: i64 = diesel::insert_into(threads::table)
                    .values((
                        threads::kind.eq("case_study"),
                        threads::author_id.eq(Some(author_id)),
                        threads::status.eq(ThreadStatus::Published.as_str()),
                        threads::title.eq(&title),
                        threads::lessons.eq(&lessons),
                        threads::body_markdown.eq(&body),
                        threads::body_html.eq(&html),
                        threads::country.eq(Some(country)),
                        threads::period_year.eq(Some(year)),
                        threads::outcome.eq(Some(outcome.key())),
                        threads::language.eq(lang.code()),
                        threads::created_at.eq(at),
                        threads::updated_at.eq(at),
                        threads::published_at.eq(Some(at)),
                        threads::last_activity_at.eq(at),
                        threads::context_keys.eq(contexts
                            .iter()
                            .map(|c| c.key())
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect::<Vec<_>>()
                            .join(",")),
                        threads::counterpart_keys.eq(counterpart.key()),
                        threads::tag_list.eq("synthetic"),
                    ))
                    .returning(threads::id)
                    .get_result(conn)?;
                let mut seen = Vec::new();
                for c in contexts {
                    if !seen.contains(&c) {
                        seen.push(c);
                        diesel::insert_into(thread_contexts::table)
                            .values((
                                thread_contexts::thread_id.eq(id),
                                thread_contexts::context.eq(c.key()),
                            ))
                            .execute(conn)?;
                    }
                }
                diesel::insert_into(thread_counterparts::table)
                    .values((
                        thread_counterparts::thread_id.eq(id),
                        thread_counterparts::counterpart.eq(counterpart.key()),
                    ))
                    .execute(conn)?;
                diesel::insert_into(thread_tags::table)
                    .values((
                        thread_tags::thread_id.eq(id),
                        thread_tags::tag.eq("synthetic"),
                    ))
                    .execute(conn)?;
                store::enqueue_search_update(conn, id)?;
                last = id;
            }
            Ok(last)
        })?;
        done += count;
        progress(done);
    }
    if replies_on_newest > 0 && last_id > 0 {
        conn.transaction(|conn| -> Result<(), AppError> {
            for i in 0..replies_on_newest {
                let text = format!(
                    "Reply {i}: {}",
                    synthetic::sentence(&mut rng, crate::i18n::Lang::En, 30)
                );
                let at = now();
                diesel::insert_into(replies::table)
                    .values((
                        replies::thread_id.eq(last_id),
                        replies::author_id.eq(Some(author_id)),
                        replies::status.eq(ReplyStatus::Published.as_str()),
                        replies::original_markdown.eq(""),
                        replies::body_markdown.eq(&text),
                        replies::body_html.eq(crate::cases::markdown::render(&text)),
                        replies::created_at.eq(at),
                        replies::published_at.eq(Some(at)),
                        replies::purged_at.eq(Some(at)),
                    ))
                    .execute(conn)?;
            }
            diesel::update(threads::table.find(last_id))
                .set(threads::reply_count.eq(replies_on_newest as i32))
                .execute(conn)?;
            Ok(())
        })?;
    }
    Ok(last_id)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_loopback_public_url_is_local() {
        for url in [
            "http://127.0.0.1:8080",
            "http://localhost:8080/",
            "http://[::1]:8080",
        ] {
            assert!(super::local_only(url), "{url}");
        }
        for url in [
            "https://parley.example.org",
            "http://10.0.0.5:8080",
            "http://0.0.0.0:8080",
            "nonsense",
        ] {
            assert!(!super::local_only(url), "{url}");
        }
    }
}

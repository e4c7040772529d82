//! `cargo bench --bench digest` — a digest run at scale through a real SMTP server.
//!
//! Generates `PARLEY_BENCH_CASES` (default 1,000) new published case studies in five languages
//! and `PARLEY_BENCH_SUBSCRIBERS` (default 10,000) daily subscribers with varied choices (all,
//! some countries, some contexts, tags, a saved search; five languages), starts the tests'
//! SMTP server (aiosmtpd, tests/support/smtp_sink.py, writing every mail to a temp folder),
//! then times one daily run: writing the ledger, then composing and delivering every digest
//! the way the server's worker does. Prints the time, the mails received, and the peak
//! resident memory before and after the run (the growth is what the run itself costs).
//!
//! Needs python3 with aiosmtpd (`pip install aiosmtpd`), as the mail tests do.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use actix_web::web::Data;
use diesel::Connection;
use parley::accounts::users::{NewAccount, create_user};
use parley::accounts::{Email, Role};
use parley::config::Settings;
use parley::digest::subscriptions::{self, Frequency, Preferences};
use parley::digest::{send, start_run};
use parley::i18n::Lang;
use serde_json::json;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Peak resident memory of this process so far, in MB (Linux `VmHWM`).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// What the n-th subscriber follows.
fn preferences(n: usize) -> Preferences {
    const COUNTRIES: [&str; 4] = ["UA", "MD", "PL", "RO"];
    const CONTEXTS: [&str; 4] = [
        "humanitarian_access",
        "armed_actors",
        "donors",
        "evacuation",
    ];
    let mut prefs = Preferences {
        frequency: Frequency::Daily,
        ..Preferences::default()
    };
    match n % 6 {
        0 => {}
        1 => prefs.countries = vec![COUNTRIES[n % 4].into()],
        2 => {
            prefs.countries = vec![COUNTRIES[n % 4].into(), COUNTRIES[(n + 1) % 4].into()];
            prefs.contexts = vec![CONTEXTS[n % 4].into()];
        }
        3 => prefs.contexts = vec![CONTEXTS[n % 4].into(), CONTEXTS[(n + 2) % 4].into()],
        4 => prefs.queries = vec!["convoy checkpoint".into()],
        _ => {
            prefs.countries = vec![COUNTRIES[n % 4].into()];
            prefs.queries = vec!["донор".into()];
        }
    }
    prefs
}

fn main() -> anyhow::Result<()> {
    let subscribers = env_or("PARLEY_BENCH_SUBSCRIBERS", 10_000);
    let cases = env_or("PARLEY_BENCH_CASES", 1_000);
    let dir = tempfile::tempdir()?;
    let mail_dir = dir.path().join("received");
    let mut sink = Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/smtp_sink.py"
        ))
        .arg(&mail_dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(sink.stdout.take().expect("stdout")).read_line(&mut line)?;
    let port: u16 = line
        .trim()
        .strip_prefix("READY ")
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| {
            anyhow::anyhow!("the SMTP sink did not start: {line:?} (pip install aiosmtpd)")
        })?;

    let settings = Settings::with_overrides(json!({
        "data_dir": dir.path().join("data"),
        "demo": false,
        "database": {"url": format!("sqlite://{}", dir.path().join("bench.db").display())},
        "mail": {"transport": "smtp", "smtp_url": format!("smtp://127.0.0.1:{port}")},
        "digest": {"scheduler": false},
        "log": {"filter": "warn"},
    }))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let state = Data::new(parley::app::build_context(settings).await?);
        let started = Instant::now();
        state
            .run(move |conn, _| {
                let author = create_user(
                    conn,
                    NewAccount {
                        email: Email::parse("author@bench.example")?,
                        name: "Synthetic Author".into(),
                        role: Role::Member,
                        locale: Lang::En,
                        cohort: None,
                        password_hash: "not a hash".into(),
                    },
                )?;
                parley::demo::generate(conn, author.id, cases, 0, &mut |_| {})?;
                conn.transaction(|conn| {
                    for n in 0..subscribers {
                        let user = create_user(
                            conn,
                            NewAccount {
                                email: Email::parse(&format!("reader{n}@bench.example"))?,
                                name: format!("Reader {n}"),
                                role: Role::Member,
                                locale: Lang::ALL[n % 5],
                                cohort: None,
                                password_hash: "not a hash".into(),
                            },
                        )?;
                        subscriptions::save(conn, user.id, &preferences(n).validated()?)?;
                    }
                    Ok::<_, parley::error::AppError>(())
                })
            })
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let root = dir.path().join("index");
        let db = state.db.clone();
        let index_root = root.clone();
        tokio::task::spawn_blocking(move || parley::search::indexer::rebuild(&db, &index_root, &mut |_, _| {}))
            .await??;
        let index = std::sync::Arc::new(parley::search::open_live_for_reading(&root)?);
        println!(
            "{cases} new case studies, {subscribers} subscribers set up in {:.1} s",
            started.elapsed().as_secs_f64()
        );

        let before = peak_mb();
        let started = Instant::now();
        let at = chrono::Utc::now();
        let report = state
            .run(move |conn, _| start_run(conn, Frequency::Daily, at, false, "benchmark", &mut |_, _| {}))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let planned = started.elapsed().as_secs_f64();
        let handled = send::deliver_all(&state, Some(index), env_or("PARLEY_BENCH_LANES", send::LANES), None)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let seconds = started.elapsed().as_secs_f64();
        let after = peak_mb();
        let summary = state
            .run(move |conn, _| parley::digest::run_summary(conn, report.run_id))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let received = std::fs::read_dir(&mail_dir)?
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .count();
        println!(
            "daily run: {} deliveries written in {planned:.1} s; {handled} composed and handled in {seconds:.1} s in all ({:.0} per second); {summary:?}; {received} mails received by the SMTP server",
            report.created,
            handled as f64 / seconds
        );
        println!(
            "peak resident memory: {before:.0} MB before the run, {after:.0} MB after (+{:.0} MB)",
            after - before
        );
        anyhow::Ok(())
    })?;
    drop(sink.stdin.take());
    let _ = sink.wait();
    Ok(())
}

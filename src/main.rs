//! The `parley` command: serve (the default), migrate. See ../shared/API.md for the contract.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parley::accounts::{Role, flows};
use parley::app::{self, Application};
use parley::config::{DatabaseTarget, Settings};
use parley::context::Context;
use parley::db::Database;
use parley::error::AppError;
use parley::i18n::Lang;

#[derive(Parser)]
#[command(
    name = "parley",
    version,
    about = "Parley: anonymised negotiation case studies, shared in confidence"
)]
struct Cli {
    /// A TOML file whose settings override the built-in defaults.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve HTTP on `server.bind` after applying migrations (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Read text on standard input and print what could identify someone in it, as JSON
    /// (the shape of the API's scan), or with --redact the text with all of it replaced.
    Scan {
        /// A hint of the text's language; every language is scanned for anyway.
        #[arg(long)]
        lang: Option<String>,
        /// Print the redacted text instead of the findings.
        #[arg(long)]
        redact: bool,
    },
    /// Rebuild the search index from the database (with a progress bar) and swap it in; a
    /// running server keeps answering and switches to it within a second.
    Reindex,
    /// Seed the fictional demo community (once) and print its accounts.
    Demo,
    /// Write a consistent copy of the SQLite database to FILE, while the server runs.
    /// (PostgreSQL: use pg_dump; the command says how.)
    Backup { file: PathBuf },
    /// Replace the SQLite database with the copy in FILE (the server must be stopped; the
    /// replaced database is kept beside it), then rebuild the search index.
    Restore { file: PathBuf },
    /// Copy the SQLite database, everything in it, into an empty PostgreSQL database (the
    /// server must be stopped), then rebuild the search index from it. The SQLite database is
    /// left as it was.
    Copy {
        /// The PostgreSQL database to copy into: postgres://user@host:port/name.
        #[arg(long, value_name = "URL")]
        to: String,
    },
    /// E-mail digests.
    Digest {
        #[command(subcommand)]
        command: DigestCommand,
    },
    /// Fill the database with synthetic published case studies, for benchmarks.
    Generate {
        /// How many case studies.
        #[arg(long, default_value_t = 1000)]
        cases: usize,
        /// Replies on the newest case study.
        #[arg(long, default_value_t = 30)]
        replies: usize,
        /// A member to read them with (created if absent; the benchmark signs in as her);
        /// her password is read from standard input (one line). The case studies are written
        /// by a separate synthetic author, as a reader's view is what is measured.
        #[arg(long, default_value = "bench@parley.example")]
        email: String,
    },
    /// Invite someone by e-mail: creates the invitation, sends its mail, prints the link.
    Invite {
        #[arg(long)]
        email: String,
        /// member, moderator or admin.
        #[arg(long, default_value = "member")]
        role: String,
        /// e.g. "Bucharest 2023".
        #[arg(long)]
        cohort: Option<String>,
        /// Language of the invitation mail: en, uk, ro, pl or ru.
        #[arg(long, default_value = "en")]
        locale: String,
    },
}

#[derive(Subcommand)]
enum DigestCommand {
    /// Compose and deliver the digests of one period, with a progress bar: every subscriber
    /// of that frequency who has no digest for her current period yet (in her time zone).
    Run {
        /// daily or weekly.
        #[arg(long)]
        frequency: String,
        /// The moment to run for (RFC 3339); default now. Content published up to it is in.
        #[arg(long)]
        now: Option<String>,
        /// Compose without writing or sending anything; print what would be sent.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an active account; the password is read from standard input (one line).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// member, moderator or admin.
        #[arg(long, default_value = "member")]
        role: String,
    },
    /// Turn two-factor sign-in off for an account that lost its authenticator app and its
    /// recovery codes (or whose secret the signing key can no longer open), and end her
    /// sessions. Staff set it up again at their next sign-in.
    #[command(name = "reset-2fa")]
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("parley: {error}");
            return ExitCode::from(2);
        }
    };
    app::telemetry::init(&settings.log);
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings),
        Command::Migrate => migrate(&settings),
        Command::User {
            command: UserCommand::Add { email, name, role },
        } => add_user(settings, &email, &name, &role),
        Command::User {
            command: UserCommand::ResetTwoFactor { email },
        } => reset_two_factor(settings, &email),
        Command::Invite {
            email,
            role,
            cohort,
            locale,
        } => invite(settings, &email, &role, cohort.as_deref(), &locale),
        Command::Scan { lang, redact } => scan(lang.as_deref(), redact),
        Command::Reindex => reindex(settings),
        Command::Backup { file } => backup(&settings, &file),
        Command::Restore { file } => restore(settings, &file),
        Command::Copy { to } => copy(settings, &to),
        Command::Digest {
            command:
                DigestCommand::Run {
                    frequency,
                    now,
                    dry_run,
                },
        } => digest_run(settings, &frequency, now.as_deref(), dry_run),
        Command::Demo => with_state(settings, async |state| {
            if state.settings.demo {
                app::seed_demo(state).await
            } else {
                match parley::demo::seed(state).await? {
                    Some(accounts) => {
                        let path = parley::demo::save(&accounts, state)?;
                        let digests = parley::demo::first_digest(state).await?;
                        println!(
                            "{}",
                            parley::demo::describe(&accounts, &state.settings.public_url)
                        );
                        println!("(kept in {}; {digests} digests sent)", path.display());
                        Ok(())
                    }
                    None => {
                        println!("the demo community already exists");
                        Ok(())
                    }
                }
            }
        }),
        Command::Generate {
            cases,
            replies,
            email,
        } => generate(settings, cases, replies, &email),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parley: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    // Held until the process ends: `parley restore` refuses to swap the database under it.
    app::prepare_data_dir(&settings.data_dir)?;
    let _serving = parley::db::backup::hold_data_dir(&settings.data_dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let bind = settings.server.bind;
        let application = Application::build(settings).await?;
        tracing::info!(
            address = %bind,
            port = application.port(),
            url = application.public_url(),
            "Parley is serving"
        );
        application.run_until_stopped().await?;
        Ok(())
    })
}

/// Runs `work` with the application state (database migrated, mail ready), no HTTP server.
fn with_state<T>(
    settings: Settings,
    work: impl AsyncFnOnce(&Context) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let state = app::build_context(settings).await?;
        work(&state).await
    })
}

const PG_BACKUP_ADVICE: &str = "PostgreSQL has its own tools for this: \
    `pg_dump --format=custom --file FILE \"$URL\"` makes a consistent copy while Parley runs; \
    `pg_restore --clean --if-exists --no-owner --dbname \"$URL\" FILE` puts it back, then \
    `parley reindex` rebuilds the search index";

fn backup(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    match settings.database_target()? {
        DatabaseTarget::Sqlite(live) => {
            let bytes = parley::db::backup::backup_sqlite(&live, file)?;
            println!(
                "backed up {} to {} ({:.1} MB); the search index is not part of a backup: \
                 it is rebuilt from the database after a restore",
                live.display(),
                file.display(),
                bytes as f64 / 1_048_576.0
            );
            Ok(())
        }
        DatabaseTarget::Postgres(_) => anyhow::bail!("{PG_BACKUP_ADVICE}"),
    }
}

fn restore(settings: Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let DatabaseTarget::Sqlite(live) = settings.database_target()? else {
        anyhow::bail!("{PG_BACKUP_ADVICE}");
    };
    let kept = parley::db::backup::restore_sqlite(
        file,
        &live,
        &settings.data_dir,
        &parley::db::latest_sqlite_migration(),
    )?;
    println!("restored {} from {}", live.display(), file.display());
    if let Some(kept) = kept {
        println!(
            "the database it replaced is kept as {}; it still holds everything it held \
             (originals included): delete it once the restore is confirmed",
            kept.display()
        );
    }
    // Migrations (an older backup) run as the state is built; then a fresh index.
    reindex(settings)
}

fn copy(mut settings: Settings, to: &str) -> anyhow::Result<()> {
    let DatabaseTarget::Sqlite(source) = settings.database_target()? else {
        anyhow::bail!(
            "`parley copy` moves the embedded SQLite database into PostgreSQL, and this \
             configuration already uses PostgreSQL; between PostgreSQL servers use pg_dump \
             and pg_restore"
        );
    };
    if !(to.starts_with("postgres://") || to.starts_with("postgresql://")) {
        anyhow::bail!("--to must be a PostgreSQL URL: postgres://user@host:port/database");
    }
    if !source.exists() {
        anyhow::bail!("there is no database at {} to copy", source.display());
    }
    let _alone = parley::db::backup::hold_data_dir_alone(
        &settings.data_dir,
        &format!(
            "a Parley server is running on {}; stop it before copying (a copy taken while it \
             writes would miss what it writes afterwards)",
            settings.data_dir.display()
        ),
    )?;
    // Both sides at this binary's schema.
    Database::connect(&DatabaseTarget::Sqlite(source.clone()), &settings.database)?.migrate()?;
    let target = DatabaseTarget::Postgres(parley::config::Secret::new(to));
    let postgres = Database::connect(&target, &settings.database)?;
    postgres.migrate()?;
    let mut conn = postgres.get()?;
    let parley::db::DbConnection::Postgres(pg) = &mut *conn else {
        anyhow::bail!("{target} did not open as PostgreSQL");
    };
    let started = std::time::Instant::now();
    let copied = parley::db::copy::copy_sqlite_to_postgres(&source, pg, |table, n| {
        if n % 10_000 == 0 {
            eprintln!("  {table}: {n} rows");
        }
    })?;
    drop(conn);
    let rows: i64 = copied.values().sum();
    println!(
        "copied {rows} rows in {} tables from {} to {target} in {:.1} s; row counts checked \
         table by table",
        copied.len(),
        source.display(),
        started.elapsed().as_secs_f64()
    );
    for (table, n) in copied.iter().filter(|(_, n)| **n > 0) {
        println!("  {table}: {n}");
    }
    println!(
        "{} is unchanged and still holds everything (originals included): delete it once \
         the PostgreSQL instance is confirmed. Set database.url to the new database.",
        source.display()
    );
    settings.database.url = parley::config::Secret::new(to);
    reindex(settings)
}

fn reindex(settings: Settings) -> anyhow::Result<()> {
    with_state(settings, async |state| {
        let db = state.db.clone();
        let root = state.index_dir();
        let rebuilt = tokio::task::spawn_blocking(move || {
            let bar = indicatif::ProgressBar::new(0).with_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} indexing {pos}/{len} threads [{bar:30}] {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            let result = parley::search::indexer::rebuild(&db, &root, &mut |done, total| {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            });
            bar.finish_and_clear();
            result
        })
        .await??;
        println!(
            "indexed {} published threads in {:.1} s; the search index is now {}",
            rebuilt.documents, rebuilt.seconds, rebuilt.generation
        );
        Ok(())
    })
}

fn digest_run(
    settings: Settings,
    frequency: &str,
    now: Option<&str>,
    dry_run: bool,
) -> anyhow::Result<()> {
    use parley::digest::{self, Frequency};
    let frequency = match Frequency::parse(frequency) {
        Some(f @ (Frequency::Daily | Frequency::Weekly)) => f,
        _ => anyhow::bail!("--frequency must be daily or weekly"),
    };
    let at = match now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| {
                anyhow::anyhow!("--now must be an RFC 3339 time, e.g. 2026-11-28T07:00:00Z")
            })?
            .with_timezone(&chrono::Utc),
        None => chrono::Utc::now(),
    };
    with_state(settings, async move |state| {
        // Saved searches need the index; the command line reads it without taking the
        // writer, so it can run beside a server.
        let index = parley::search::open_live_for_reading(&state.index_dir())
            .map(std::sync::Arc::new)
            .map_err(|e| {
                eprintln!("parley: saved searches are skipped: {e}");
            })
            .ok();
        if dry_run {
            let public_url = state.settings.public_url.clone();
            let index = index.clone();
            let lines = state
                .run(move |conn, _| {
                    digest::send::dry_run(conn, index.as_deref(), frequency, at, &public_url)
                })
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            for line in &lines {
                println!("{line}");
            }
            println!("dry run: nothing was written or sent");
            return Ok(());
        }
        let bar = indicatif::ProgressBar::new(0).with_style(
            indicatif::ProgressStyle::with_template("{msg} {pos}/{len} [{bar:30}] {eta} left")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message("planning");
        let planner = bar.clone();
        let report = state
            .run(move |conn, _| {
                digest::start_run(
                    conn,
                    frequency,
                    at,
                    false,
                    "command line",
                    &mut |done, total| {
                        planner.set_length(total as u64);
                        planner.set_position(done as u64);
                    },
                )
            })
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        // Delivers everything due, not only this run's rows: a run cut short (a crash, an
        // SMTP outage) is finished by the next command or by a server's worker.
        let due = state
            .run(|conn, _| digest::due_count(conn))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        bar.set_message("delivering");
        bar.set_length(due as u64);
        bar.set_position(0);
        let mut handled = 0;
        loop {
            let n = digest::send::deliver_batch(state, index.clone(), None)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            if n == 0 {
                break;
            }
            handled += n;
            bar.set_position(handled as u64);
        }
        bar.finish_and_clear();
        let summary = state
            .run(move |conn, _| digest::run_summary(conn, report.run_id))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        println!(
            "{} digest: {} new deliveries ({} readers already had this period's){}",
            frequency.as_str(),
            report.created,
            report.already,
            summary
                .iter()
                .map(|(state, n)| format!(", {n} {state}"))
                .collect::<String>()
        );
        Ok(())
    })
}

fn add_user(settings: Settings, email: &str, name: &str, role: &str) -> anyhow::Result<()> {
    let role: Role = role
        .parse()
        .map_err(|e: AppError| anyhow::anyhow!("--role {e}"))?;
    let mut password = String::new();
    std::io::stdin().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']).to_string();
    let user = with_state(settings, async |state| {
        flows::create_account(state, email, name, role, &password)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))
    })?;
    println!(
        "created {} account #{} for {}",
        user.role, user.id, user.email
    );
    Ok(())
}

fn reset_two_factor(settings: Settings, email: &str) -> anyhow::Result<()> {
    use diesel::Connection as _;
    let email = parley::accounts::Email::parse(email)
        .map_err(|_| anyhow::anyhow!("--email is not an e-mail address"))?;
    let user = with_state(settings, async |state| {
        state
            .run(move |conn, _| {
                conn.transaction(|conn| {
                    let user = parley::accounts::users::find_by_email(conn, &email)?
                        .ok_or_else(|| AppError::NotFound)?;
                    parley::accounts::totp::disable(conn, user.id)?;
                    parley::accounts::sessions::revoke_all(conn, user.id, None)?;
                    Ok(user)
                })
            })
            .await
            .map_err(|e| match e {
                AppError::NotFound => anyhow::anyhow!("no account has that address"),
                other => anyhow::anyhow!("{other}"),
            })
    })?;
    println!(
        "two-factor sign-in is off for {} account #{} ({}); her sessions have ended",
        user.role, user.id, user.email
    );
    Ok(())
}

fn invite(
    settings: Settings,
    email: &str,
    role: &str,
    cohort: Option<&str>,
    locale: &str,
) -> anyhow::Result<()> {
    let role: Role = role
        .parse()
        .map_err(|e: AppError| anyhow::anyhow!("--role {e}"))?;
    let locale = Lang::parse(locale)
        .ok_or_else(|| anyhow::anyhow!("--locale must be en, uk, ro, pl or ru"))?;
    let invited = with_state(settings, async |state| {
        flows::invite(state, None, email, role, cohort, locale)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))
    })?;
    if invited.queued {
        eprintln!(
            "parley: the mail server did not take the invitation mail; it is kept, and a running \
             Parley server sends it when the mail server is back (or pass the link on yourself)"
        );
    } else if !invited.mailed {
        eprintln!("parley: the invitation mail could not be sent; pass the link on yourself");
    }
    println!("{}", invited.link);
    Ok(())
}

/// `parley scan`: no database, no configuration needed beyond the defaults; the deny-list of
/// a running community is applied by the API's scan instead.
fn scan(lang: Option<&str>, redact: bool) -> anyhow::Result<()> {
    if lang.is_some_and(|l| parley::i18n::Lang::parse(l).is_none()) {
        anyhow::bail!("--lang: use en, uk, ru, pl or ro (every language is scanned for anyway)");
    }
    use parley::moderation::detector::{ScanOptions, scan};
    use parley::moderation::redact::{Surroundings, Texts, redact as apply};
    use std::io::Read;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let findings = scan(&text, &ScanOptions::default());
    if redact {
        let accepted = parley::moderation::redact::accept_all(&findings);
        let texts = Texts {
            title: String::new(),
            lessons: String::new(),
            body_markdown: text,
        };
        let (out, _) = apply(&texts, &accepted, &Surroundings::default());
        print!("{}", out.body_markdown);
    } else {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "findings": findings }))?
        );
    }
    Ok(())
}

fn generate(settings: Settings, cases: usize, replies: usize, email: &str) -> anyhow::Result<()> {
    let mut password = String::new();
    std::io::stdin().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']).to_string();
    with_state(settings, async |state| {
        let address =
            parley::accounts::Email::parse(email).map_err(|e| anyhow::anyhow!("--email {e}"))?;
        let lookup = address.clone();
        let existing = state
            .run(move |conn, _| parley::accounts::users::find_by_email(conn, &lookup))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        if existing.is_none() {
            flows::create_account(
                state,
                address.as_str(),
                "Bench Reader",
                Role::Member,
                &password,
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let author_email =
            parley::accounts::Email::parse("synthetic-author@parley.example").expect("valid");
        let found = state
            .run(move |conn, _| parley::accounts::users::find_by_email(conn, &author_email))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let author = match found {
            Some(user) => user.id,
            None => {
                let secret = format!(
                    "synthetic author {}",
                    parley::accounts::tokens::random_token()
                );
                flows::create_account(
                    state,
                    "synthetic-author@parley.example",
                    "Synthetic Author",
                    Role::Member,
                    &secret,
                )
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .id
            }
        };
        let started = std::time::Instant::now();
        let newest = state
            .db
            .run(move |conn| {
                parley::demo::generate(conn, author, cases, replies, &mut |done| {
                    eprint!("\r  {done}/{cases} case studies");
                })
            })
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        eprintln!();
        println!(
            "generated {cases} case studies in {:.1} s; the newest (#{newest}) has {replies} replies",
            started.elapsed().as_secs_f64()
        );
        Ok(())
    })
}

fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let target = settings.database_target()?;
    let db = Database::connect(&target, &settings.database)?;
    let applied = db.migrate()?;
    if applied.is_empty() {
        println!("{}: up to date", db.description());
    } else {
        println!(
            "{}: applied {} migration(s)",
            db.description(),
            applied.len()
        );
        for version in applied {
            println!("  {version}");
        }
    }
    Ok(())
}

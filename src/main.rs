//! The `parley` command: serve (the default), migrate. See ../shared/API.md for the contract.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parley::accounts::{Role, flows};
use parley::app::{self, AppState, Application};
use parley::config::Settings;
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
        Command::Invite {
            email,
            role,
            cohort,
            locale,
        } => invite(settings, &email, &role, cohort.as_deref(), &locale),
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
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let bind = settings.server.bind;
        let application = Application::build(settings).await?;
        tracing::info!(address = %bind, port = application.port(), "Parley is serving");
        application.run_until_stopped().await?;
        Ok(())
    })
}

/// Runs `work` with the application state (database migrated, mail ready), no HTTP server.
fn with_state<T>(
    settings: Settings,
    work: impl AsyncFnOnce(&AppState) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let state = AppState::build(settings).await?;
        work(&state).await
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
    if !invited.mailed {
        eprintln!("parley: the invitation mail could not be sent; pass the link on yourself");
    }
    println!("{}", invited.link);
    Ok(())
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

//! The `parley` command: serve (the default), migrate. See ../shared/API.md for the contract.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parley::app::{self, Application};
use parley::config::Settings;
use parley::db::Database;

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

//! Parley's integration tests: one binary, each test with its own data directory, its own
//! database (SQLite by default; PostgreSQL when PARLEY_TEST_DATABASE_URL names a server) and
//! its own server on port 0.

mod access;
mod account_mail;
mod browser;
mod cases;
mod cli;
mod cohorts;
mod detector;
mod digest;
mod faults;
mod harness;
mod instances;
mod journeys;
mod mailbox;
mod moderation;
mod ops;
mod page_cache;
mod people;
mod phone_safety;
mod safety;
mod search;
mod search_graded;
mod shell;
mod signin;
mod steps;
mod tokens;
mod walks;
mod xss;

//! Parley: a members-only forum for anonymised humanitarian-negotiation case studies.
//! The module tree tells the story: see `../shared/DESIGN.md` and each module's opening doc.

pub mod accounts;
pub mod api;
pub mod app;
pub mod cases;
pub mod config;
pub mod context;
pub mod db;
pub mod demo;
pub mod digest;
pub mod error;
pub mod http;
pub mod i18n;
pub mod mail;
pub mod moderation;
pub mod notifications;
pub mod search;
pub mod text;
pub mod web;

//! What the two doors of the shell share — the HTML pages (`web`) and the JSON API (`api`) —
//! so that neither imports the other: who is asking (the identity extractors `SignedIn`,
//! `Member`, `Moderator`, `Admin`, the middleware that resolves a session from a cookie or a
//! bearer token, the client's address for rate limits).
//!
//! Below `web` and `api`, above the domain: it may use `accounts` and `context`, never a page
//! or a route.

pub mod auth;

//! Threads, revisions and replies in the database, and the one gate between them and members.
//!
//! [`published_threads`] is the only query members' reads start from: lists, pages, the API
//! and (later) search and digests. The author's own text is read by [`thread_view`] only when
//! the reader is the author or a moderator; anyone else gets `NotFound` (never 403: whether a
//! thread exists is itself not theirs to know).
//!
//! The parts: [`rows`] (what is stored, and the gate), [`commands`] (what authors do),
//! [`queries`] (read models), [`replies`].

mod commands;
mod dashboard;
mod queries;
mod replies;
mod rows;

pub use commands::*;
pub use dashboard::*;
pub use queries::*;
pub use replies::*;
pub use rows::*;

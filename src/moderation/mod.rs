//! Moderation: the decisions that let a story reach members (publish its anonymised version,
//! request changes, reject), and the levers on published threads (hide, lock).
//!
//! Owns every path from an author's original to published text. Must never publish text the
//! moderator has not given (the published title, lessons and body come from the decision,
//! not from the original), and must purge the original once published, per retention.

pub mod decisions;
pub mod detector;
pub mod flags;
pub mod log;
pub mod queue;
pub mod redact;
pub mod retention;
pub mod review;
pub mod workflow;

//! Threads, revisions and replies in the database, and the one gate between them and members.
//!
//! [`published_threads`] is the only query members' reads start from: lists, pages, the API
//! and (later) search and digests. The author's own text is read by [`thread_view`] only when
//! the reader is the author or a moderator; anyone else gets `NotFound` (never 403: whether a
//! thread exists is itself not theirs to know).
//!
//! The parts: [`rows`] (what is stored, and the gate), [`commands`] (what authors do),
//! [`queries`] (read models), [`replies`].

/// The columns a list reads: everything but the bodies, which no list shows and which are most
/// of a row's bytes (reading them was a sixth of a list page's time): they come back empty.
macro_rules! list_columns {
    () => {
        (
            crate::db::schema::threads::id,
            crate::db::schema::threads::kind,
            crate::db::schema::threads::author_id,
            crate::db::schema::threads::status,
            crate::db::schema::threads::locked,
            crate::db::schema::threads::show_name,
            crate::db::schema::threads::title,
            crate::db::schema::threads::lessons,
            diesel::IntoSql::into_sql::<diesel::sql_types::Text>(""),
            diesel::IntoSql::into_sql::<diesel::sql_types::Text>(""),
            crate::db::schema::threads::country,
            crate::db::schema::threads::region,
            crate::db::schema::threads::period_year,
            crate::db::schema::threads::period_month,
            crate::db::schema::threads::outcome,
            crate::db::schema::threads::language,
            crate::db::schema::threads::reply_count,
            crate::db::schema::threads::created_at,
            crate::db::schema::threads::updated_at,
            crate::db::schema::threads::published_at,
            crate::db::schema::threads::last_activity_at,
            crate::db::schema::threads::context_keys,
            crate::db::schema::threads::counterpart_keys,
            crate::db::schema::threads::tag_list,
            crate::db::schema::threads::audience_cohort_id,
            crate::db::schema::threads::advice_by,
        )
    };
}

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

#[cfg(test)]
mod gate_tests {
    /// A gated query is only ever narrowed: `or_filter` would widen it past the gate.
    #[test]
    fn no_query_in_parley_widens_the_gate() {
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        let mut read = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    read += 1;
                    let widening = [".or_", "filter("].concat();
                    assert!(
                        !text.contains(&widening),
                        "{} widens a query",
                        path.display()
                    );
                }
            }
        }
        assert!(read > 50);
    }
}

//! Her start page, read in one call: what is new since her last visit, the replies others
//! wrote in her threads, and where her own submissions stand. Everything here starts from the
//! published gate except her own threads, which she may always see.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::*;
use crate::accounts::tokens::Signer;
use crate::cases::Reach;
use crate::cases::lifecycle::{ReplyStatus, ThreadStatus};
use crate::cases::views::{CaseSummary, MyThread};
use crate::db::DbConnection;
use crate::db::schema::{replies, sessions, threads};
use crate::error::AppError;

/// How many items each part of the start page shows.
const SHOWN: usize = 5;

/// Replies others wrote in one of her published threads.
#[derive(Debug, Clone)]
pub struct RepliesToHer {
    pub thread_id: i64,
    /// The thread's published title.
    pub title: String,
    pub count: usize,
    pub last_at: NaiveDateTime,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    /// The end of her previous visit (the last activity of her other sessions), if any.
    pub last_visit: Option<NaiveDateTime>,
    /// Threads published since then (all of them on a first visit).
    pub new_count: i64,
    /// The newest published threads.
    pub newest: Vec<CaseSummary>,
    /// Her threads with replies by others since her last visit (the latest ones on a first).
    pub replies: Vec<RepliesToHer>,
    /// Her own threads, most recently changed first.
    pub mine: Vec<MyThread>,
}

pub fn dashboard(
    conn: &mut DbConnection,
    signer: &Signer,
    user_id: i64,
    session_id: i64,
    reach: &Reach,
) -> Result<Dashboard, AppError> {
    let last_visit: Option<NaiveDateTime> = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::id.ne(session_id))
        .select(diesel::dsl::max(sessions::last_seen_at))
        .first(conn)?;
    let mut new_query = published_threads(reach).query();
    if let Some(since) = last_visit {
        new_query = new_query.filter(threads::published_at.gt(since));
    }
    let new_count: i64 = new_query.count().get_result(conn)?;
    let newest = list_published(
        conn,
        signer,
        &ListFilter::default(),
        Reader::new(user_id, reach),
        SHOWN as i64,
    )?
    .items;
    let mut replies_query = replies::table
        .inner_join(threads::table)
        .filter(threads::author_id.eq(user_id))
        .filter(threads::status.eq(ThreadStatus::Published.as_str()))
        .filter(replies::status.eq(ReplyStatus::Published.as_str()))
        .filter(replies::author_id.ne(user_id))
        .into_boxed();
    if let Some(since) = last_visit {
        replies_query = replies_query.filter(replies::published_at.gt(since));
    }
    let recent: Vec<(i64, String, Option<NaiveDateTime>)> = replies_query
        .order(replies::published_at.desc())
        .select((threads::id, threads::title, replies::published_at))
        .limit(200)
        .load(conn)?;
    let mut replies: Vec<RepliesToHer> = Vec::new();
    for (thread_id, title, at) in recent {
        let at = at.unwrap_or_default();
        match replies.iter_mut().find(|r| r.thread_id == thread_id) {
            Some(known) => known.count += 1,
            None => replies.push(RepliesToHer {
                thread_id,
                title,
                count: 1,
                last_at: at,
            }),
        }
    }
    replies.truncate(SHOWN);
    let mut mine = my_threads(conn, user_id)?;
    mine.truncate(SHOWN);
    Ok(Dashboard {
        last_visit,
        new_count,
        newest,
        replies,
        mine,
    })
}

//! Case and list pages as members see them, rendered once and served from memory.
//!
//! A published case page with its replies is the same for every member who has no part in it,
//! except for her name in the navigation and the CSRF token in its forms. Rendering it and
//! reading it from the database cost about forty times what `/healthz` costs; this cache brings
//! a page that many members read down to a lookup and a copy.
//!
//! Decisions, and why:
//! - **What is kept.** The HTML of `/cases/{id}` (with `?after=` for later replies),
//!   `/cases` and `/discussions` with their filters, per address and language, rendered for a
//!   member with the name and the token left as markers ([`Marks`]). Serving fills them in
//!   for the reader: her name, HTML-escaped as the template would, and a fresh masked token.
//!   The markers hold a random value drawn at start, so no text a member writes can stand for
//!   one.
//! - **Cohorts.** A member sees the threads of her cohorts besides those for everyone, so a
//!   page is kept per address, language *and set of cohorts* ([`PageKey`]): what is kept is
//!   what any member of exactly those cohorts is shown. Leaving a cohort changes her set at
//!   once (her identity is read again), so no page of the old set is served to her.
//! - **Who is served from it.** Members only (not moderators or admins, whose pages carry
//!   controls and originals), and, on a case page, nobody who takes part in the thread: its
//!   author and anyone who ever replied there see "you", "author" or their own held replies,
//!   so they always get a page rendered for them. Which user ids take part is read with the
//!   page and kept beside it; it never reaches any HTML. A page is kept only when it was read
//!   as a published thread by a member with no part in it, so what is kept is exactly what
//!   any other member would have been shown.
//! - **When a page stops being served.** The database keeps one counter, `view_epoch`, that
//!   triggers move on every change to threads, replies and authors' names (migration
//!   `000009_view_epoch`; on PostgreSQL at commit, once per transaction): no write path can
//!   forget it. A page is kept with a [`Stamp`] taken *before* its rows were read — the
//!   counter and this instance's search index generation (related case studies come from the
//!   index, which the indexer updates after the database) — and served only while both still
//!   stand. Each instance reads the counter after every state-changing request it served
//!   (before answering, so the browser's next page sees the change) and every
//!   `page_cache.poll_ms` (250 ms by default) for changes made elsewhere: another instance, the
//!   command line. So a case hidden on one instance is gone from another within a quarter of
//!   a second — the cost of not asking the database on every view, which would halve the
//!   throughput this cache is for. Reads are numbered, so a slow one cannot put the counter
//!   back; any change drops every kept page. The counter is read through a connection of the
//!   cache's own, so the reads never queue behind requests waiting for the pool (under
//!   overload, a cache stopped for want of a read would raise the load further). When it has
//!   not been read for 20 polls (at least 5 s: the database gone, the poller stuck), nothing
//!   is served from memory until it is read again.
//! - **Side channel.** A kept page answers faster, so a member timing her requests could tell
//!   whether someone read a page recently. It tells nothing of who, and members read pages
//!   all day; no header says "cached".
//! - **Size.** At most `page_cache.megabytes` of compressed HTML per instance; when full, pages
//!   from an older counter go first, then the least recently served eighth of the rest. Any member can make
//!   new addresses (filters), so the bound is on bytes, not on a number of pages. Pages are
//!   kept as LZ4 blocks: a 23 KB list page of the benchmark's generated text takes about
//!   8 KB, a case page about half its size, so the same memory holds two to three times as
//!   many pages, and unpacking one (a few microseconds) costs less than rendering it again
//!   (a millisecond and more). LZ4 rather than gzip: it unpacks
//!   ten times faster, and what is served is not what is kept anyway (each reader's name and
//!   token are filled in).
//! - **One rendering at a time.** When a page is not kept, the first request for it renders
//!   it ([`FillTurn`]); the others for the same address and language wait for that one (at
//!   most [`WAIT_FOR_FILL`]) and are then served what it kept. Without this, a thousand
//!   members opening a page nobody has opened since the last change would each render it
//!   from the database at once — at 1,000 connections that stampede timed requests out. When
//!   the one rendering takes part in the thread, her page is her own and is not kept: one of
//!   those waiting takes the next turn ([`FillTurn::others_may_keep`]). A reader the kept page
//!   cannot serve renders her own after the wait; when a rendering cannot be kept at all (the
//!   data changed meanwhile, the thread is not published), the waiting ones render their own,
//!   side by side, as before.
//! - **Not cached:** the JSON API (scripts expect every answer fresh), search (its own caches),
//!   pages with a `?notice=`, and any page when `page_cache.megabytes = 0`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse};
use diesel::prelude::*;

use crate::accounts::Role;
use crate::accounts::sessions::Identity;
use crate::context::Context;
use crate::context::Shutdown;
use crate::db::schema::view_epoch;
use crate::db::{Database, DbConnection};
use crate::error::AppError;
use crate::i18n::Lang;

use super::page::{Chrome, NavUser};

/// How long a request waits for another one rendering the same page.
pub const WAIT_FOR_FILL: Duration = Duration::from_secs(3);

/// The counter before its first read, or when its last read is too old: nothing is served
/// or kept.
const UNKNOWN: i64 = i64::MIN;

/// Where a kept page differs from reader to reader.
#[derive(Clone)]
pub struct Marks {
    csrf: String,
    name: String,
    unread: String,
}

impl Marks {
    fn new() -> Marks {
        let nonce = crate::accounts::tokens::random_token();
        let nonce: String = nonce.chars().filter(char::is_ascii_alphanumeric).collect();
        Marks {
            csrf: format!("pcsrf{nonce}x"),
            name: format!("pname{nonce}x"),
            unread: format!("punread{nonce}x"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// Bytes of the rendered page.
    Text(usize, usize),
    Csrf,
    Name,
    /// Her unread notifications in the header.
    Unread,
}

/// A rendered page, cut at its markers, kept compressed.
pub struct Kept {
    stamp: Stamp,
    /// The page's HTML as one LZ4 block (a list page to about a third, a case page to about half).
    packed: Box<[u8]>,
    /// Its length in bytes before compression.
    len: usize,
    /// Byte ranges of the page and the markers between them, in order.
    pieces: Vec<Piece>,
    /// User ids who must not be served this page (sorted): a thread's author and repliers.
    excluded: Vec<i64>,
    /// When it was last served or kept, in milliseconds since the cache was made: the least
    /// recently used go first when the shelf is full.
    used_ms: AtomicU64,
}

impl Kept {
    fn cut(stamp: Stamp, html: String, marks: &Marks, mut excluded: Vec<i64>) -> Kept {
        let mut pieces = Vec::new();
        let mut at = 0;
        while at < html.len() {
            let rest = &html[at..];
            let next = [
                (&marks.csrf, Piece::Csrf),
                (&marks.name, Piece::Name),
                (&marks.unread, Piece::Unread),
            ]
            .into_iter()
            .filter_map(|(mark, piece)| rest.find(mark.as_str()).map(|i| (i, mark, piece)))
            .min_by_key(|(i, _, _)| *i);
            match next {
                Some((i, mark, piece)) => {
                    if i > 0 {
                        pieces.push(Piece::Text(at, at + i));
                    }
                    pieces.push(piece);
                    at += i + mark.len();
                }
                None => {
                    pieces.push(Piece::Text(at, html.len()));
                    at = html.len();
                }
            }
        }
        excluded.sort_unstable();
        excluded.dedup();
        Kept {
            stamp,
            packed: lz4_flex::block::compress(html.as_bytes()).into_boxed_slice(),
            len: html.len(),
            pieces,
            excluded,
            used_ms: AtomicU64::new(0),
        }
    }

    /// What this page takes in memory (its compressed bytes).
    fn size(&self) -> usize {
        self.packed.len()
    }

    /// Whether this page may be shown to `user_id`.
    pub fn serves(&self, user_id: i64) -> bool {
        self.excluded.binary_search(&user_id).is_err()
    }

    /// The page for a reader whose token is `csrf`, whose name is `name` and whose unread
    /// count is `unread` (as the header shows it: digits or "99+", nothing to escape).
    ///
    /// Bytes, not a `String`: the pieces are cut from valid UTF-8 at ASCII markers and the
    /// filled values are strings, so the whole is UTF-8 without checking it again (which would
    /// cost as much as the copy).
    fn fill(&self, csrf: &str, name: &str, unread: &str) -> Vec<u8> {
        let name = askama::filters::escape(name, askama::filters::Html)
            .map(|safe| safe.to_string())
            .unwrap_or_default();
        // Decompressing a block that compressing produced cannot fail; if memory were ever
        // corrupted, an empty page is served rather than a wrong one.
        let html = lz4_flex::block::decompress(&self.packed, self.len).unwrap_or_default();
        let mut out = Vec::with_capacity(self.len + 4 * (csrf.len() + name.len()));
        for piece in &self.pieces {
            match *piece {
                Piece::Text(from, to) => out.extend_from_slice(html.get(from..to).unwrap_or(&[])),
                Piece::Csrf => out.extend_from_slice(csrf.as_bytes()),
                Piece::Name => out.extend_from_slice(name.as_bytes()),
                Piece::Unread => out.extend_from_slice(unread.as_bytes()),
            }
        }
        out
    }
}

/// Which kept page a request may use.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageKey {
    address: String,
    lang: Lang,
    /// The reader's cohorts: lists and cohort threads differ between sets of cohorts, so a
    /// page is kept per set. A member who leaves a cohort has another set from her next
    /// request on, and no page kept for the old one is hers.
    cohorts: Vec<i64>,
}

#[derive(Default)]
struct Shelf {
    pages: HashMap<PageKey, Arc<Kept>>,
    bytes: usize,
}

impl Shelf {
    fn recount(&mut self) {
        self.bytes = self
            .pages
            .iter()
            .map(|(k, p)| p.size() + k.address.len())
            .sum();
    }
}

/// What a kept page was made from: the database's change counter and this instance's
/// search index (related case studies come from it), both as they stood before the read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    epoch: i64,
    index: u64,
}

/// The cache of one instance (in [`Context`]).
pub struct PageCache {
    shelf: RwLock<Shelf>,
    epoch: AtomicI64,
    /// Moved by the indexer each time it commits.
    index: AtomicU64,
    /// Reads of the counter are numbered as they start; only a newer one than the last
    /// applied may set it, so a slow read can never put it back.
    tickets: AtomicU64,
    applied: Mutex<u64>,
    /// When the counter was last read, in milliseconds since `born`: past `stale_after`
    /// (the poller stuck or dead), nothing is served.
    born: Instant,
    last_read_ms: AtomicU64,
    stale_after: Duration,
    hits: AtomicU64,
    limit_bytes: usize,
    marks: Marks,
    /// A connection of the cache's own for reading the counter (the server sets it).
    db: OnceLock<Database>,
    /// Pages being rendered now, and how to tell those waiting for them when they are done.
    filling: Mutex<HashMap<PageKey, Arc<Filling>>>,
}

/// One page being rendered.
#[derive(Default)]
struct Filling {
    done: tokio::sync::Notify,
    /// The rendering was the reader's own (she takes part in the thread): another request
    /// should render the page for the others.
    again: std::sync::atomic::AtomicBool,
}

/// What [`PageCache::find`] found.
pub enum Found<'a> {
    /// A kept page this reader may be served.
    Kept(Arc<Kept>),
    /// Nothing to serve: render the page. With a turn, this request is the one rendering it
    /// for the others (keep the turn until the page is kept).
    Render(Option<FillTurn<'a>>),
}

/// The right to render a page the others wait for; dropping it wakes them.
pub struct FillTurn<'a> {
    cache: &'a PageCache,
    key: PageKey,
    filling: Arc<Filling>,
}

impl FillTurn<'_> {
    /// This rendering is the reader's own and is not kept, though the page could be for
    /// others: one of those waiting takes the next turn instead of all rendering at once.
    pub fn others_may_keep(&self) {
        self.filling.again.store(true, Ordering::SeqCst);
    }
}

impl Drop for FillTurn<'_> {
    fn drop(&mut self) {
        let mut filling = self.cache.filling.lock().unwrap_or_else(|p| p.into_inner());
        if filling
            .get(&self.key)
            .is_some_and(|n| Arc::ptr_eq(n, &self.filling))
        {
            filling.remove(&self.key);
        }
        // Under the lock: a waiter registers under it too, so none can miss this.
        self.filling.done.notify_waiters();
    }
}

impl PageCache {
    pub fn new(megabytes: usize, poll_ms: u64) -> PageCache {
        PageCache {
            shelf: RwLock::new(Shelf::default()),
            epoch: AtomicI64::new(UNKNOWN),
            index: AtomicU64::new(0),
            tickets: AtomicU64::new(0),
            applied: Mutex::new(0),
            born: Instant::now(),
            last_read_ms: AtomicU64::new(0),
            stale_after: Duration::from_millis(poll_ms.saturating_mul(20).max(5_000)),
            hits: AtomicU64::new(0),
            limit_bytes: megabytes.saturating_mul(1024 * 1024),
            marks: Marks::new(),
            db: OnceLock::new(),
            filling: Mutex::new(HashMap::new()),
        }
    }

    /// Reads the counter through `db` from now on rather than the shared pool.
    pub fn use_database(&self, db: Database) {
        let _ = self.db.set(db);
    }

    /// Pages served from memory since start.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    /// The search index changed: related case studies on kept pages may be out of date.
    /// The cache the server registered (as app data) for this request's app.
    pub fn of(req: &HttpRequest) -> Result<Data<PageCache>, AppError> {
        req.app_data::<Data<PageCache>>()
            .cloned()
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("no page cache registered")))
    }

    pub fn index_changed(&self) {
        self.index.fetch_add(1, Ordering::SeqCst);
        self.clear();
    }

    fn clear(&self) {
        let mut shelf = self.shelf.write().unwrap_or_else(|p| p.into_inner());
        shelf.pages.clear();
        shelf.bytes = 0;
    }

    /// The key of this request's page, when `reader` may be served from the cache at all.
    pub fn key(&self, req: &HttpRequest, reader: &Identity) -> Option<PageKey> {
        let eligible = self.limit_bytes > 0
            && reader.role == Role::Member
            && !reader.needs_2fa_setup
            // A shared device's pages carry its idle limit: rendered for her alone.
            && reader.idle_minutes.is_none()
            && !req.query_string().contains("notice=");
        eligible.then(|| PageKey {
            address: super::page::address(req),
            lang: super::page::request_lang(req),
            cohorts: reader.cohorts.clone(),
        })
    }

    /// Milliseconds since the cache was made.
    fn now_ms(&self) -> u64 {
        self.born.elapsed().as_millis() as u64
    }

    /// What pages read now are made from; take it before reading their rows.
    pub fn stamp(&self) -> Stamp {
        let fresh = self.born.elapsed().as_millis() as u64
            <= self.last_read_ms.load(Ordering::SeqCst) + self.stale_after.as_millis() as u64;
        Stamp {
            epoch: if fresh {
                self.epoch.load(Ordering::SeqCst)
            } else {
                UNKNOWN
            },
            index: self.index.load(Ordering::SeqCst),
        }
    }

    /// The kept page for `key`, if it is still current.
    fn get(&self, key: &PageKey) -> Option<Arc<Kept>> {
        let stamp = self.stamp();
        if stamp.epoch == UNKNOWN {
            return None;
        }
        let shelf = self.shelf.read().unwrap_or_else(|p| p.into_inner());
        shelf
            .pages
            .get(key)
            .filter(|kept| kept.stamp == stamp)
            .cloned()
    }

    /// The kept page for `key` that `reader` may be served, if there is one.
    pub fn lookup(&self, key: Option<&PageKey>, reader: &Identity) -> Option<Arc<Kept>> {
        let kept = self.get(key?).filter(|k| k.serves(reader.user_id))?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        kept.used_ms.store(self.now_ms(), Ordering::Relaxed);
        Some(kept)
    }

    /// The kept page for this request, or what to do without one: when another request is
    /// rendering the same page, waits for it (at most [`WAIT_FOR_FILL`]) and looks again.
    pub async fn find<'a>(&'a self, key: Option<&PageKey>, reader: &Identity) -> Found<'a> {
        if let Some(kept) = self.lookup(key, reader) {
            return Found::Kept(kept);
        }
        let Some(key) = key.filter(|_| self.stamp().epoch != UNKNOWN) else {
            return Found::Render(None);
        };
        let deadline = tokio::time::Instant::now() + WAIT_FOR_FILL;
        loop {
            let rendering: Arc<Filling>;
            let finished;
            {
                let mut filling = self.filling.lock().unwrap_or_else(|p| p.into_inner());
                match filling.get(key) {
                    Some(other) => rendering = other.clone(),
                    None => {
                        let mine = Arc::new(Filling::default());
                        filling.insert(key.clone(), mine.clone());
                        return Found::Render(Some(FillTurn {
                            cache: self,
                            key: key.clone(),
                            filling: mine,
                        }));
                    }
                }
                // Made under the lock the renderer's turn ends under: a `Notified` hears
                // `notify_waiters` from the moment it exists, so the end cannot be missed.
                finished = rendering.done.notified();
            }
            let woken = tokio::time::timeout_at(deadline, finished).await.is_ok();
            if let Some(kept) = self.lookup(Some(key), reader) {
                return Found::Kept(kept);
            }
            // Her own page, not kept: take the next turn (or wait for whoever took it).
            if !(woken && rendering.again.load(Ordering::SeqCst)) {
                return Found::Render(None);
            }
        }
    }

    /// The layout context with the reader's name and token replaced by markers, to render a
    /// page for [`PageCache::keep`].
    pub fn marked(&self, mut chrome: Chrome) -> Chrome {
        chrome.csrf = self.marks.csrf.clone();
        chrome.user = Some(NavUser {
            name: self.marks.name.clone(),
            role: Role::Member,
            needs_2fa_setup: false,
            unread: self.marks.unread.clone(),
        });
        chrome.idle_minutes = None;
        chrome
    }

    /// Keeps `html` (rendered with [`PageCache::marked`] from rows read at `stamp`) and
    /// returns it cut at its markers, kept or not.
    pub fn keep(&self, key: PageKey, stamp: Stamp, html: String, excluded: Vec<i64>) -> Arc<Kept> {
        let kept = Arc::new(Kept::cut(stamp, html, &self.marks, excluded));
        kept.used_ms.store(self.now_ms(), Ordering::Relaxed);
        let size = kept.size() + key.address.len();
        let mut shelf = self.shelf.write().unwrap_or_else(|p| p.into_inner());
        // Checked under the lock that `clear` takes: a page read before a change is dropped.
        if stamp.epoch == UNKNOWN || stamp != self.stamp() || size > self.limit_bytes / 8 {
            return kept;
        }
        if shelf.bytes + size > self.limit_bytes {
            shelf.pages.retain(|_, k| k.stamp == stamp);
            shelf.recount();
            while shelf.bytes + size > self.limit_bytes && !shelf.pages.is_empty() {
                // The least recently used eighth goes (at least one page): a page members
                // keep opening stays, one opened once gives way.
                let mut used: Vec<u64> = shelf
                    .pages
                    .values()
                    .map(|k| k.used_ms.load(Ordering::Relaxed))
                    .collect();
                let drop = shelf.pages.len() / 8;
                let (_, &mut last, _) = used.select_nth_unstable(drop);
                let mut dropped = 0;
                shelf.pages.retain(|_, k| {
                    let old = k.used_ms.load(Ordering::Relaxed) <= last && dropped <= drop;
                    dropped += usize::from(old);
                    !old
                });
                shelf.recount();
            }
        }
        if let Some(old) = shelf.pages.insert(key.clone(), kept.clone()) {
            shelf.bytes -= old.size() + key.address.len();
        }
        shelf.bytes += size;
        kept
    }

    /// The page for this request's reader.
    pub fn respond(&self, req: &HttpRequest, kept: &Kept, reader: &Identity) -> HttpResponse {
        let csrf = super::csrf::form_token(req);
        HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(kept.fill(
                &csrf,
                &reader.name,
                &super::page::unread_badge(reader.unread),
            ))
    }

    /// Reads the counter from the database.
    pub async fn refresh(&self, state: &Context) {
        if self.limit_bytes == 0 {
            return;
        }
        let ticket = self.tickets.fetch_add(1, Ordering::SeqCst) + 1;
        let db = self.db.get().unwrap_or(&state.db);
        let epoch = match db.run(read_epoch).await {
            Ok(epoch) => epoch,
            Err(error) => {
                // The last value stands until it is too old (see `stamp`): under a passing
                // overload the cache goes on serving, and a database that stays away stops it.
                tracing::warn!(error = %error, "page cache: the change counter cannot be read");
                return;
            }
        };
        let mut applied = self.applied.lock().unwrap_or_else(|p| p.into_inner());
        if ticket <= *applied {
            return;
        }
        *applied = ticket;
        if self.epoch.swap(epoch, Ordering::SeqCst) != epoch {
            // Every kept page is stale now; dropping them also means that a counter put
            // back (a database restored) cannot make an old page current again.
            self.clear();
        }
        self.last_read_ms
            .store(self.born.elapsed().as_millis() as u64, Ordering::SeqCst);
    }
}

fn read_epoch(conn: &mut DbConnection) -> Result<i64, AppError> {
    Ok(view_epoch::table
        .find(1)
        .select(view_epoch::epoch)
        .first(conn)?)
}

/// Background worker: reads the counter every `page_cache.poll_ms`, for changes made by
/// other instances and the command line.
pub async fn poll(pages: Data<PageCache>, state: Data<Context>, shutdown: Shutdown) {
    let every = Duration::from_millis(state.settings.page_cache.poll_ms.max(10));
    loop {
        pages.refresh(&state).await;
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// Middleware: after a state-changing request, reads the counter before answering, so that
/// the page the browser asks for next shows the change.
pub async fn refresh_after_writes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let state = req.app_data::<Data<Context>>().cloned();
    let pages = req.app_data::<Data<PageCache>>().cloned();
    let response = next.call(req).await?;
    if writes && let (Some(state), Some(pages)) = (state, pages) {
        // Lists come from the search index: the next page she opens must see what she did.
        crate::search::lists::caught_up(&state, std::time::Duration::from_secs(2)).await;
        pages.refresh(&state).await;
    }
    Ok(response)
}

#[cfg(test)]
mod tests;

use super::*;

fn stamp(epoch: i64) -> Stamp {
    Stamp { epoch, index: 0 }
}

fn kept(html: &str, marks: &Marks) -> Kept {
    Kept::cut(stamp(7), html.to_string(), marks, vec![5, 3, 5])
}

/// The page as the reader receives it.
fn filled(page: &Kept, csrf: &str, name: &str, unread: &str) -> String {
    String::from_utf8(page.fill(csrf, name, unread)).expect("a filled page is UTF-8")
}

#[test]
fn a_kept_page_is_smaller_than_its_html_and_comes_back_whole() {
    let marks = Marks::new();
    // A list page's shape: the same markup around rows in five scripts.
    let row = "<li class=\"case\"><a href=\"/cases/{i}\">Переговори на блокпості — Ewakuacja — Negocieri</a><p>Харківська область · 2023 · Частково</p></li>\n";
    let mut html = format!(
        "<header>{}</header><form><input value=\"{}\">",
        marks.name, marks.csrf
    );
    for i in 0..20 {
        html.push_str(&row.replace("{i}", &i.to_string()));
    }
    html.push_str("</form>");
    let page = kept(&html, &marks);
    assert!(
        page.size() * 3 < html.len(),
        "{} bytes kept for {} of HTML",
        page.size(),
        html.len()
    );
    let expected = html.replace(&marks.name, "Олена").replace(&marks.csrf, "T");
    assert_eq!(filled(&page, "T", "Олена", ""), expected);
}

#[test]
fn markers_are_filled_for_each_reader() {
    let marks = Marks::new();
    let html = format!(
        "<a>{n}</a><input value=\"{c}\">{c}<p>end</p><span>{u}</span>",
        n = marks.name,
        c = marks.csrf,
        u = marks.unread
    );
    let page = kept(&html, &marks);
    assert_eq!(
        filled(&page, "TOKEN", "Olena", "3"),
        "<a>Olena</a><input value=\"TOKEN\">TOKEN<p>end</p><span>3</span>"
    );
    assert!(filled(&page, "TOKEN", "Olena", "").ends_with("<span></span>"));
    // The name is escaped exactly as the template escapes it.
    #[derive(askama::Template)]
    #[template(source = "<a>{{ name }}</a>", ext = "html")]
    struct Name<'a> {
        name: &'a str,
    }
    let tricky = "<b>O'Hara & \"Co\"</b>";
    let expected = askama::Template::render(&Name { name: tricky }).unwrap();
    let page = kept(&format!("<a>{}</a>", marks.name), &marks);
    assert_eq!(filled(&page, "t", tricky, ""), expected);
    // Text without markers comes back whole.
    assert_eq!(filled(&kept("plain", &marks), "t", "n", ""), "plain");
    assert_eq!(filled(&kept("", &marks), "t", "n", ""), "");
}

#[test]
fn excluded_readers_are_refused() {
    let marks = Marks::new();
    let page = kept("x", &marks);
    assert!(!page.serves(3));
    assert!(!page.serves(5));
    assert!(page.serves(4));
}

#[test]
fn markers_cannot_be_guessed_across_instances() {
    let (a, b) = (Marks::new(), Marks::new());
    assert_ne!(a.csrf, b.csrf);
    assert_ne!(a.name, b.name);
    assert!(a.csrf.len() > 30, "{}", a.csrf);
}

fn key(address: &str) -> PageKey {
    PageKey {
        address: address.to_string(),
        lang: Lang::En,
        cohorts: Vec::new(),
    }
}

#[test]
fn pages_are_served_only_while_what_they_were_made_from_stands() {
    let cache = PageCache::new(1, 250);
    cache.epoch.store(10, Ordering::SeqCst);
    cache.keep(key("/cases/1"), stamp(10), "one".into(), vec![]);
    assert!(cache.get(&key("/cases/1")).is_some());
    assert!(cache.get(&key("/cases/2")).is_none());
    // Read before a change: not kept at all.
    cache.keep(key("/cases/2"), stamp(9), "two".into(), vec![]);
    assert!(cache.get(&key("/cases/2")).is_none());
    // The search index moved: related case studies may differ.
    cache.index_changed();
    assert!(cache.get(&key("/cases/1")).is_none());
    cache.keep(key("/cases/1"), cache.stamp(), "one".into(), vec![]);
    assert!(cache.get(&key("/cases/1")).is_some());
    cache.epoch.store(11, Ordering::SeqCst);
    assert!(cache.get(&key("/cases/1")).is_none());
    cache.epoch.store(UNKNOWN, Ordering::SeqCst);
    assert!(cache.get(&key("/cases/1")).is_none());
}

#[test]
fn nothing_is_served_when_the_counter_has_not_been_read_for_long() {
    let cache = PageCache::new(1, 250);
    cache.epoch.store(4, Ordering::SeqCst);
    cache.keep(key("/cases/1"), cache.stamp(), "one".into(), vec![]);
    assert!(cache.get(&key("/cases/1")).is_some());
    // As if the last read were stale_after + 1 ms ago.
    let born = Instant::now() - cache.stale_after - Duration::from_millis(1);
    let cache = PageCache { born, ..cache };
    assert_eq!(cache.stamp().epoch, UNKNOWN);
    assert!(cache.get(&key("/cases/1")).is_none());
}

fn reader(user_id: i64) -> Identity {
    Identity {
        idle_minutes: None,
        user_id,
        name: "Reader".into(),
        email: "reader@example.org".into(),
        role: Role::Member,
        locale: Lang::En,
        has_2fa: false,
        session_id: 1,
        needs_2fa_setup: false,
        cohorts: Vec::new(),
        unread: 0,
    }
}

#[tokio::test]
async fn one_request_renders_a_page_and_the_others_wait_for_it() {
    let cache = Arc::new(PageCache::new(1, 250));
    cache.epoch.store(3, Ordering::SeqCst);
    let page = key("/cases/9");
    let Found::Render(Some(turn)) = cache.find(Some(&page), &reader(1)).await else {
        panic!("the first request renders the page");
    };
    // Others for the same page wait; another page is not held up.
    let waiting: Vec<_> = (2..6)
        .map(|id| {
            let (cache, page) = (cache.clone(), page.clone());
            tokio::spawn(async move {
                matches!(cache.find(Some(&page), &reader(id)).await, Found::Kept(_))
            })
        })
        .collect();
    assert!(matches!(
        cache.find(Some(&key("/cases/10")), &reader(7)).await,
        Found::Render(Some(_))
    ));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(waiting.iter().all(|w| !w.is_finished()), "they wait");
    cache.keep(page.clone(), cache.stamp(), "the page".into(), vec![]);
    drop(turn);
    for w in waiting {
        assert!(w.await.unwrap(), "served what the first one kept");
    }
    // A rendering that keeps nothing (a change meanwhile) lets the waiting render their
    // own at once.
    let fresh = key("/cases/11");
    let Found::Render(Some(turn)) = cache.find(Some(&fresh), &reader(1)).await else {
        panic!("the first request renders the page");
    };
    let waiter = {
        let (cache, fresh) = (cache.clone(), fresh.clone());
        tokio::spawn(async move {
            matches!(
                cache.find(Some(&fresh), &reader(2)).await,
                Found::Render(None)
            )
        })
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    let started = Instant::now();
    drop(turn);
    assert!(waiter.await.unwrap());
    assert!(started.elapsed() < WAIT_FOR_FILL, "woken, not timed out");
    assert!(cache.filling.lock().unwrap().is_empty());

    // The first one's page was her own (she takes part in the thread): one of those
    // waiting takes the next turn, the others go on waiting for it.
    let hot = key("/cases/12");
    let Found::Render(Some(turn)) = cache.find(Some(&hot), &reader(1)).await else {
        panic!("the first request renders the page");
    };
    let waiting: Vec<_> = (2..5)
        .map(|id| {
            let (cache, hot) = (cache.clone(), hot.clone());
            tokio::spawn(async move {
                match cache.find(Some(&hot), &reader(id)).await {
                    Found::Render(Some(turn)) => {
                        cache.keep(hot.clone(), cache.stamp(), "public".into(), vec![1]);
                        drop(turn);
                        "rendered"
                    }
                    Found::Kept(_) => "served",
                    Found::Render(None) => "rendered alone",
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(20)).await;
    turn.others_may_keep();
    drop(turn);
    let mut outcomes = Vec::new();
    for w in waiting {
        outcomes.push(w.await.unwrap());
    }
    outcomes.sort();
    assert_eq!(outcomes, ["rendered", "served", "served"]);
}

/// `len` letters that do not compress (the shelf counts compressed bytes).
fn noise(len: usize, mut seed: u64) -> String {
    (0..len)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(b'a' + (seed >> 59) as u8 % 26)
        })
        .collect()
}

#[test]
fn the_shelf_stays_within_its_bytes() {
    let cache = PageCache::new(1, 250);
    cache.epoch.store(1, Ordering::SeqCst);
    let page = noise(100 * 1024, 1);
    for i in 0..40 {
        cache.keep(key(&format!("/cases/{i}")), stamp(1), page.clone(), vec![]);
        let shelf = cache.shelf.read().unwrap();
        assert!(shelf.bytes <= 1024 * 1024, "{} bytes", shelf.bytes);
    }
    // The newest page is always there.
    assert!(cache.get(&key("/cases/39")).is_some());
    // A page bigger than an eighth of the shelf is served but not kept.
    let big = noise(200 * 1024, 2);
    cache.keep(key("/cases/big"), stamp(1), big, vec![]);
    assert!(cache.get(&key("/cases/big")).is_none());
}

#[test]
fn a_full_shelf_gives_way_with_the_pages_least_recently_served() {
    let cache = PageCache::new(1, 250);
    cache.epoch.store(1, Ordering::SeqCst);
    // Nine pages of 100 KB fill the 1 MB shelf, and 21 more overflow it; the first is served
    // all along, and the one members keep opening stays.
    for i in 0..30 {
        cache.keep(
            key(&format!("/cases/{i}")),
            stamp(1),
            noise(100 * 1024, i),
            vec![],
        );
        std::thread::sleep(Duration::from_millis(2));
        assert!(
            cache.lookup(Some(&key("/cases/0")), &reader(1)).is_some(),
            "the page served all along is still kept after page {i}"
        );
    }
    assert!(
        cache.get(&key("/cases/1")).is_none(),
        "a page opened once gave way"
    );
    assert!(cache.get(&key("/cases/29")).is_some(), "the newest is kept");
}

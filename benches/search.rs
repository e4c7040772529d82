//! `cargo bench --bench search` — search at scale, against SQLite FTS5 on the same data.
//!
//! 1. Generates `PARLEY_BENCH_CASES` (default 100,000) synthetic published case studies in
//!    five languages into a fresh SQLite database (`parley generate`'s generator).
//! 2. Times a full reindex (`parley reindex`'s code).
//! 3. Runs a mixed set of 240 queries (one and two words, phrases, exclusions, place names in
//!    other scripts, filters alone and with words; every one with facet counts for country,
//!    context, counterpart, outcome, year and language, the first page of 20 hits with their
//!    titles and highlighted snippets) in process: one warm-up pass, then three measured.
//! 4. Builds an FTS5 table of the same text in the same database (unicode61, diacritics
//!    removed) and answers the same queries the best way SQL allows: the matching ids once
//!    into a temporary table, then the count, the six GROUP BY facet counts and the top 20
//!    with `snippet()` — measured the same way.
//!
//! Prints the figures; README's performance section keeps the last run's.

use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use parley::accounts::{Email, Role};
use parley::config::{DatabaseSettings, DatabaseTarget, Secret};
use parley::db::{Database, DbConnection};
use parley::demo::synthetic;
use parley::i18n::Lang;
use parley::search::query::{Filter, Parsed};
use parley::search::service::{Request, Sort, search};
use parley::search::{Search, indexer};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn main() {
    let cases: usize = std::env::var("PARLEY_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("a temp dir");
    let db = Database::connect(
        &DatabaseTarget::Sqlite(dir.path().join("bench.db")),
        &DatabaseSettings {
            url: Secret::new(String::new()),
            pool_size: 4,
            busy_timeout_ms: 5000,
            sqlite_cache_kib: 2048,
            connect_timeout_secs: 5,
        },
    )
    .expect("a database");
    db.migrate().expect("migrations");
    let mut conn = db.get().expect("a connection");
    let author = parley::accounts::users::create_user(
        &mut conn,
        parley::accounts::users::NewAccount {
            email: Email::parse("synthetic-author@parley.example").expect("an address"),
            name: "Synthetic Author".into(),
            role: Role::Member,
            locale: Lang::En,
            cohort: None,
            password_hash: "not a hash".into(),
        },
    )
    .expect("an author")
    .id;

    let started = Instant::now();
    parley::demo::generate(&mut conn, author, cases, 0, &mut |_| {}).expect("generated");
    println!(
        "generated {cases} case studies in five languages in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let root = dir.path().join("index");
    let rebuilt = indexer::rebuild(&db, &root, &mut |_, _| {}).expect("reindex");
    println!(
        "reindex: {} documents in {:.1} s ({:.0} documents/s)",
        rebuilt.documents,
        rebuilt.seconds,
        rebuilt.documents as f64 / rebuilt.seconds
    );
    let index_bytes = dir_size(&root);
    println!("index size: {:.0} MB", index_bytes as f64 / 1e6);

    let search_handle = Search::open(&root).expect("the index");
    let index = search_handle.index();
    let queries = queries();
    println!("{} queries", queries.len());

    // PARLEY_BENCH_PASSES measured passes (3); PARLEY_BENCH_SKIP_FTS=1 for profiling.
    let passes: usize = std::env::var("PARLEY_BENCH_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let mut parley_times = Vec::new();
    let mut by_shape: Vec<Vec<Duration>> = vec![Vec::new(); 8];
    let mut matched = 0usize;
    for pass in 0..=passes {
        for (i, (_, parsed)) in queries.iter().enumerate() {
            let request = Request {
                parsed: parsed.clone(),
                sort: Sort::Best,
                page: 1,
                per_page: 20,
                reach: Default::default(),
            };
            let t = Instant::now();
            let results = search(&index, &request).expect("a search");
            let elapsed = t.elapsed();
            if pass > 0 {
                parley_times.push(elapsed);
                by_shape[i % 8].push(elapsed);
            } else {
                matched += results.total;
            }
        }
    }
    println!(
        "parley (tantivy): p50 {:.2} ms, p99 {:.2} ms, mean {:.2} ms; {:.0} matches per query on average",
        percentile(&mut parley_times, 0.50),
        percentile(&mut parley_times, 0.99),
        mean(&parley_times),
        matched as f64 / queries.len() as f64
    );

    for (shape, times) in by_shape.iter_mut().enumerate() {
        println!(
            "  shape {shape} ({}): p50 {:.2} ms, p99 {:.2} ms",
            SHAPES[shape],
            percentile(times, 0.50),
            percentile(times, 0.99)
        );
    }
    if std::env::var_os("PARLEY_BENCH_SKIP_FTS").is_some() {
        return;
    }
    let started = Instant::now();
    build_fts(&mut conn);
    println!(
        "fts5: table built in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut fts_times = Vec::new();
    let mut fts_matched = 0usize;
    for pass in 0..=passes {
        for (_, parsed) in &queries {
            let t = Instant::now();
            let total = fts_search(&mut conn, parsed);
            let elapsed = t.elapsed();
            if pass > 0 {
                fts_times.push(elapsed);
            } else {
                fts_matched += total;
            }
        }
    }
    let (p50, fts_p50) = (
        percentile(&mut parley_times, 0.50),
        percentile(&mut fts_times, 0.50),
    );
    println!(
        "sqlite fts5:      p50 {:.2} ms, p99 {:.2} ms, mean {:.2} ms; {:.0} matches per query on average",
        fts_p50,
        percentile(&mut fts_times, 0.99),
        mean(&fts_times),
        fts_matched as f64 / queries.len() as f64
    );
    println!(
        "parley p50 / fts5 p50 = {:.2} (goal: at most 0.5)",
        p50 / fts_p50
    );
}

fn dir_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            let p = e.path();
            if p.is_dir() {
                dir_size(&p)
            } else {
                e.metadata().map(|m| m.len()).unwrap_or(0)
            }
        })
        .sum()
}

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let i = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[i].as_secs_f64() * 1000.0
}

fn mean(times: &[Duration]) -> f64 {
    times.iter().map(|t| t.as_secs_f64()).sum::<f64>() / times.len() as f64 * 1000.0
}

const SHAPES: [&str; 8] = [
    "one word",
    "two words",
    "a phrase",
    "word + country",
    "word + context + years",
    "a city named in another language",
    "country + context, no text",
    "word -word",
];

/// 240 queries, the same every run: (the text as typed, parsed).
fn queries() -> Vec<(String, Parsed)> {
    let mut rng = StdRng::seed_from_u64(20261128);
    let contexts = [
        "humanitarian_access",
        "armed_actors",
        "donors",
        "evacuation",
    ];
    let countries = ["UA", "MD", "PL", "RO"];
    let mut out = Vec::new();
    for i in 0..240 {
        let lang = Lang::ALL[i % 5];
        let words = synthetic::query_words(lang);
        // Skip the handful of function words at the top of each list.
        let pick = |rng: &mut StdRng| words[rng.random_range(4..words.len())].to_string();
        let mut parsed = Parsed::default();
        match i % 8 {
            0 => parsed.words.push(pick(&mut rng)),
            1 => {
                parsed.words.push(pick(&mut rng));
                parsed.words.push(pick(&mut rng));
            }
            2 => parsed.phrases.push(format!(
                "{} {}",
                synthetic::word(&mut rng, lang),
                synthetic::word(&mut rng, lang)
            )),
            3 => {
                parsed.words.push(pick(&mut rng));
                parsed
                    .filters
                    .push(Filter::Country(countries[i % 4].to_string()));
            }
            4 => {
                parsed.words.push(pick(&mut rng));
                parsed
                    .filters
                    .push(Filter::Context(contexts[i % 4].to_string()));
                parsed.filters.push(Filter::Years(2019, 2023));
            }
            5 => parsed
                .words
                .push(synthetic::place(i, Lang::ALL[(i + 1) % 5]).to_string()),
            6 => {
                parsed
                    .filters
                    .push(Filter::Country(countries[i % 4].to_string()));
                parsed
                    .filters
                    .push(Filter::Context(contexts[(i / 4) % 4].to_string()));
            }
            _ => {
                parsed.words.push(pick(&mut rng));
                parsed.excluded_words.push(pick(&mut rng));
            }
        }
        out.push((format!("{parsed:?}"), parsed));
    }
    out
}

fn sqlite(conn: &mut DbConnection) -> &mut SqliteConnection {
    match conn {
        DbConnection::Sqlite(c) => c,
        DbConnection::Postgres(_) => panic!("the benchmark runs on SQLite"),
    }
}

fn build_fts(conn: &mut DbConnection) {
    let c = sqlite(conn);
    diesel::sql_query(
        "CREATE VIRTUAL TABLE fts_docs USING fts5(title, content, tokenize = 'unicode61 remove_diacritics 2')",
    )
    .execute(c)
    .expect("fts table");
    diesel::sql_query(
        "INSERT INTO fts_docs (rowid, title, content) \
         SELECT id, title, lessons || ' ' || body_markdown FROM threads WHERE status = 'published'",
    )
    .execute(c)
    .expect("fts rows");
    diesel::sql_query("INSERT INTO fts_docs (fts_docs) VALUES ('optimize')")
        .execute(c)
        .expect("fts optimize");
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
#[allow(dead_code)]
struct Bucket {
    #[diesel(sql_type = Nullable<Text>)]
    key: Option<String>,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
#[allow(dead_code)]
struct FtsHit {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    title: String,
    #[diesel(sql_type = Text)]
    snippet: String,
}

/// The same search with FTS5 and SQL; returns the number of matches.
fn fts_search(conn: &mut DbConnection, parsed: &Parsed) -> usize {
    let c = sqlite(conn);
    let mut terms: Vec<String> = parsed.words.iter().map(|w| quote(w)).collect();
    terms.extend(parsed.phrases.iter().map(|p| quote(p)));
    let mut expression = terms.join(" AND ");
    for w in &parsed.excluded_words {
        expression = format!("{expression} NOT {}", quote(w));
    }
    let mut filters = vec!["t.status = 'published'".to_string()];
    for f in &parsed.filters {
        filters.push(match f {
            Filter::Country(v) => format!("t.country = '{v}'"),
            Filter::Context(v) => format!(
                "EXISTS (SELECT 1 FROM thread_contexts x WHERE x.thread_id = t.id AND x.context = '{v}')"
            ),
            Filter::Years(a, b) => format!("t.period_year BETWEEN {a} AND {b}"),
            other => panic!("not used by the benchmark: {other:?}"),
        });
    }
    let filters = filters.join(" AND ");
    diesel::sql_query("DROP TABLE IF EXISTS temp.m")
        .execute(c)
        .expect("drop");
    let fill = if expression.is_empty() {
        format!(
            "CREATE TEMP TABLE m AS SELECT t.id AS id, 0.0 AS rank FROM threads t WHERE {filters}"
        )
    } else {
        format!(
            "CREATE TEMP TABLE m AS SELECT t.id AS id, bm25(fts_docs) AS rank \
             FROM fts_docs JOIN threads t ON t.id = fts_docs.rowid \
             WHERE fts_docs MATCH {} AND {filters}",
            sql_string(&expression)
        )
    };
    diesel::sql_query(fill).execute(c).expect("matches");
    let total = diesel::sql_query("SELECT count(*) AS n FROM m")
        .get_result::<Count>(c)
        .expect("count")
        .n as usize;
    for facet in [
        "SELECT t.country AS key, count(*) AS n FROM m JOIN threads t ON t.id = m.id GROUP BY 1",
        "SELECT t.language AS key, count(*) AS n FROM m JOIN threads t ON t.id = m.id GROUP BY 1",
        "SELECT t.outcome AS key, count(*) AS n FROM m JOIN threads t ON t.id = m.id GROUP BY 1",
        "SELECT CAST(t.period_year AS TEXT) AS key, count(*) AS n FROM m JOIN threads t ON t.id = m.id GROUP BY 1",
        "SELECT x.context AS key, count(*) AS n FROM m JOIN thread_contexts x ON x.thread_id = m.id GROUP BY 1",
        "SELECT x.counterpart AS key, count(*) AS n FROM m JOIN thread_counterparts x ON x.thread_id = m.id GROUP BY 1",
    ] {
        let buckets = diesel::sql_query(facet).load::<Bucket>(c).expect("facet");
        std::hint::black_box(buckets);
    }
    let hits: Vec<FtsHit> = if expression.is_empty() {
        diesel::sql_query(
            "SELECT t.id AS id, t.title AS title, substr(t.lessons, 1, 200) AS snippet \
             FROM m JOIN threads t ON t.id = m.id ORDER BY t.published_at DESC LIMIT 20",
        )
        .load(c)
        .expect("hits")
    } else {
        diesel::sql_query(format!(
            "SELECT fts_docs.rowid AS id, fts_docs.title AS title, \
             snippet(fts_docs, 1, '<mark>', '</mark>', '…', 24) AS snippet \
             FROM fts_docs WHERE fts_docs MATCH {} \
             AND fts_docs.rowid IN (SELECT id FROM m ORDER BY rank LIMIT 20) ORDER BY bm25(fts_docs)",
            sql_string(&expression)
        ))
        .load(c)
        .expect("hits")
    };
    std::hint::black_box(hits);
    total
}

fn sql_string(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

//! The `parley` binary as operators run it: configuration errors, an unreachable database,
//! `migrate`, and `serve` answering and stopping gracefully on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{TestDatabase, parley_bin};

/// A `parley` command with a clean environment: only what the test sets.
fn parley(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(parley_bin());
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PARLEY__DATA_DIR", data_dir)
        .env("PARLEY__LOG__FILTER", "info")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

#[test]
fn version_prints_the_crate_version() {
    let out = Command::new(parley_bin())
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_broken_environment_value_names_its_key_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let out = parley(dir.path())
        .env("PARLEY__SERVER__BIND", "not-an-address")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`server.bind`"), "{stderr}");
    assert!(stderr.contains("PARLEY__SERVER__BIND"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_broken_config_file_value_names_its_key_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("parley.toml");
    std::fs::write(&file, "[database]\npool_size = \"many\"\n").unwrap();
    let out = parley(dir.path())
        .arg("--config")
        .arg(&file)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`database.pool_size`"), "{stderr}");
    assert!(stderr.contains("parley.toml"), "{stderr}");
}

#[test]
fn an_unreachable_database_gives_a_readable_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = parley(dir.path())
        .env(
            "PARLEY__DATABASE__URL",
            "postgres://parley:s3cretpassword@127.0.0.1:1/parley",
        )
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not open the database"), "{stderr}");
    assert!(stderr.contains("127.0.0.1"), "{stderr}");
    assert!(
        !stderr.contains("s3cretpassword"),
        "the password is never printed: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    let out = parley(dir.path())
        .env(
            "PARLEY__DATABASE__URL",
            "sqlite:///proc/no-such-dir/parley.db",
        )
        .arg("serve")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not open the database"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn migrate_creates_the_schema_then_serve_answers_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDatabase::create(dir.path());

    let out = parley(dir.path())
        .env("PARLEY__DATABASE__URL", &db.url)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("applied"));
    let again = parley(dir.path())
        .env("PARLEY__DATABASE__URL", &db.url)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("up to date"));

    // Defaults otherwise: `demo` is on and `public_url` is loopback, so the first start of an
    // empty database seeds the demo community and prints how to sign in.
    let (mut server, port, printed, lines) =
        serve(parley(dir.path()).env("PARLEY__DATABASE__URL", &db.url));
    let ready = http_status(&format!("http://127.0.0.1:{port}/readyz"));
    assert_eq!(ready, 200);
    assert!(printed.contains("demo-admin@parley.example"), "{printed}");
    // The sign-in address printed is the one the server listens on (issue 19: it used to
    // name the default port whatever `server.bind` said).
    assert!(
        printed.contains(&format!("sign in at http://127.0.0.1:{port}/login")),
        "{printed}"
    );
    assert!(
        dir.path().join("demo-accounts.txt").exists(),
        "the demo accounts are kept for the newcomer"
    );
    // …and the demo members' first daily digest waits in the mail folder.
    let digests: Vec<String> = std::fs::read_dir(dir.path().join("mail"))
        .expect("the mail folder exists")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .filter(|mail| mail.contains("List-Unsubscribe-Post"))
        .collect();
    assert!(
        digests.len() >= 4,
        "one digest per demo member: {}",
        digests.len()
    );
    assert!(
        digests
            .iter()
            .any(|m| m.contains("demo-olena@parley.example")),
        "{digests:?}"
    );

    let exit = stop(&mut server);
    assert!(exit.success(), "graceful shutdown exits 0, got {exit:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        rest.iter()
            .any(|l| l.contains("stopping background workers")),
        "{rest:?}"
    );
}

/// Runs `command`, fails the test with its standard error unless it succeeds, and returns what
/// it printed.
fn succeed(command: &mut Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A cheap password hash for commands that create accounts (tests create many).
fn cheap(command: &mut Command) -> &mut Command {
    command
        .env("PARLEY__AUTH__PASSWORD_MEMORY_KIB", "1024")
        .env("PARLEY__AUTH__PASSWORD_ITERATIONS", "1")
        // The writers of the crash tests write far more than a member's hourly budget.
        .env("PARLEY__MODERATION__SUBMISSIONS_PER_HOUR", "100000")
}

/// Starts `parley serve` on a free port with a cheap password hash; returns the process, its
/// port, what it printed until then and the rest of its log.
fn serve(
    command: &mut Command,
) -> (
    std::process::Child,
    u64,
    String,
    std::io::Lines<BufReader<std::process::ChildStderr>>,
) {
    // The cheap hash unless the test chose a cost itself.
    if !command
        .get_envs()
        .any(|(key, _)| key == "PARLEY__AUTH__PASSWORD_MEMORY_KIB")
    {
        cheap(command);
    }
    let mut server = command
        .env("PARLEY__SERVER__BIND", "127.0.0.1:0")
        .env("PARLEY__SERVER__WORKERS", "1")
        .env("PARLEY__LOG__FORMAT", "json")
        .arg("serve")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stderr.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut printed = String::new();
    let port = loop {
        assert!(Instant::now() < deadline, "serve did not report its port");
        let line = lines.next().expect("serve exited early").unwrap();
        printed.push_str(&line);
        printed.push('\n');
        let Ok(entry) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(port) = entry["fields"]["port"].as_u64() {
            break port;
        }
    };
    // Serving, not only listening: the port is bound before the server runs (and installs
    // its signal handlers), so a test that stops it at once waits until it answers.
    while http_status(&format!("http://127.0.0.1:{port}/healthz")) != 200 {
        assert!(Instant::now() < deadline, "serve never answered");
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, port, printed, lines)
}

/// `parley user add` with [email, name, role], the password on standard input.
fn user_add(
    mut command: Command,
    [email, name, role]: [&str; 3],
    password: &str,
) -> std::process::Output {
    use std::io::Write;
    let mut child = command
        .args([
            "user", "add", "--email", email, "--name", name, "--role", role,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

fn stop(server: &mut std::process::Child) -> std::process::ExitStatus {
    let status = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    wait_with_timeout(server, Duration::from_secs(20))
}

/// Every table of an SQLite database, each row as text, in rowid order.
fn snapshot(path: &std::path::Path) -> std::collections::BTreeMap<String, String> {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Text {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    let mut conn = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
    let tables: Vec<Text> = diesel::sql_query(
        "SELECT name AS value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .load(&mut conn)
    .unwrap();
    let mut out = std::collections::BTreeMap::new();
    for table in tables {
        let columns: Vec<Text> = diesel::sql_query(format!(
            "SELECT name AS value FROM pragma_table_info('{}')",
            table.value
        ))
        .load(&mut conn)
        .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{}\")", c.value))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let rows: Vec<Text> = diesel::sql_query(format!(
            "SELECT coalesce(group_concat(r, char(10)), '') AS value FROM (SELECT {row} AS r FROM \"{}\" ORDER BY rowid)",
            table.value
        ))
        .load(&mut conn)
        .unwrap();
        out.insert(
            table.value,
            rows.into_iter().next().map(|r| r.value).unwrap_or_default(),
        );
    }
    out
}

#[test]
fn backup_while_serving_and_restore_give_back_the_same_data_and_a_rebuilt_index() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("parley.db");
    succeed(cheap(&mut parley(dir.path())).arg("demo"));

    let (mut server, _port, _, _lines) = serve(&mut parley(dir.path()));
    let before = snapshot(&live);
    assert!(
        before["threads"].lines().count() >= 5,
        "the demo has threads"
    );

    let backup = dir.path().join("copy.db");
    let out = parley(dir.path())
        .arg("backup")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a backup is readable by its owner only");
    }
    let again = parley(dir.path())
        .arg("backup")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    // A restore under a running server is refused; the server's work goes on.
    let refused = parley(dir.path())
        .arg("restore")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("stop it before restoring"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let mut late = parley(dir.path());
    cheap(&mut late);
    let added = user_add(
        late,
        ["late@example.org", "Late", "member"],
        "orchard lantern velvet 42",
    );
    assert!(added.status.success());
    assert!(snapshot(&live)["users"].contains("late@example.org"));
    assert!(stop(&mut server).success());

    let printed = succeed(parley(dir.path()).arg("restore").arg(&backup));
    assert!(
        printed.contains("indexed"),
        "the index is rebuilt: {printed}"
    );
    let restored = snapshot(&live);
    assert_eq!(
        restored, before,
        "the restored database holds exactly what was backed up"
    );
    assert!(!restored["users"].contains("late@example.org"));
    assert!(
        std::fs::read_dir(dir.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("parley.db.before-restore-")),
        "the replaced database is kept"
    );

    // The rebuilt index covers the restored outbox and every published thread.
    let index = parley::search::open_live_for_reading(&dir.path().join("index")).unwrap();
    let published = restored["threads"]
        .lines()
        .filter(|l| l.contains("'published'"))
        .count();
    assert_eq!(index.reader.searcher().num_docs() as usize, published);
    let newest_seq = restored["search_outbox"]
        .lines()
        .filter_map(|l| l.split(',').next()?.parse::<i64>().ok())
        .max()
        .unwrap();
    assert_eq!(index.last_seq().unwrap(), newest_seq);

    // And a damaged file is refused before anything is touched.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let out = parley(dir.path())
        .arg("restore")
        .arg(&junk)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(snapshot(&live), before);
}

fn wait_with_timeout(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("process did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The status of a GET, from synchronous test code.
fn http_status(url: &str) -> u16 {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async { reqwest::get(url).await.unwrap().status().as_u16() })
}

#[test]
fn user_add_reads_the_password_from_stdin_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDatabase::create(dir.path());
    let run = |password: &str| {
        let mut command = parley(dir.path());
        command
            .env("PARLEY__DATABASE__URL", &db.url)
            .env("PARLEY__LOG__FILTER", "warn");
        user_add(
            command,
            ["Moderator.One@Example.org", "Moderator One", "moderator"],
            password,
        )
    };
    let weak = run("short");
    assert!(!weak.status.success());
    let stderr = String::from_utf8_lossy(&weak.stderr);
    assert!(stderr.contains("password"), "{stderr}");
    assert!(
        !stderr.contains("short"),
        "the password is never echoed: {stderr}"
    );

    let ok = run("copper lantern horizon");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("moderator.one@example.org"));
    let twice = run("copper lantern horizon");
    assert!(!twice.status.success(), "the address is taken");
}

#[test]
fn invite_prints_the_link_and_writes_the_mail_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDatabase::create(dir.path());
    let out = parley(dir.path())
        .env("PARLEY__DATABASE__URL", &db.url)
        .env("PARLEY__LOG__FILTER", "warn")
        .args([
            "invite",
            "--email",
            "newcomer@example.org",
            "--locale",
            "en",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        link.starts_with("http://127.0.0.1:8080/invitations/accept?token="),
        "{link}"
    );
    let mails: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(mails.len(), 1, "the file transport wrote the invitation");
    let raw = std::fs::read_to_string(mails[0].path()).unwrap();
    assert!(raw.contains("newcomer@example.org"));
    assert!(raw.contains("Subject: Your invitation to Parley"));
}

fn scan_with(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = parley(dir.path())
        .arg("scan")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn scan_prints_findings_as_json_and_redacts() {
    let text = "Ми говорили з Оксаною Коваленко в селі Зорянівка, тел. +380 67 123 4567.";
    let out = scan_with(&["--lang", "uk"], text);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let kinds: Vec<&str> = findings
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    for kind in ["person", "location", "phone"] {
        assert!(kinds.contains(&kind), "{kind} missing: {json}");
    }
    let chars: Vec<char> = text.chars().collect();
    for f in findings {
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            f["text"].as_str().unwrap()
        );
        assert!(f["confidence"].as_f64().unwrap() > 0.0);
    }

    let out = scan_with(&["--redact"], text);
    assert!(out.status.success());
    let redacted = String::from_utf8(out.stdout).unwrap();
    assert!(
        redacted.starts_with("Ми говорили з [Person A]"),
        "{redacted}"
    );
    for secret in ["Оксан", "Коваленко", "Зорянівка", "123 4567"] {
        assert!(!redacted.contains(secret), "{secret} survived: {redacted}");
    }

    let out = scan_with(&["--lang", "xx"], text);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lang"));
}

#[test]
fn a_deployment_with_a_public_address_never_gets_demo_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDatabase::create(dir.path());
    let mut server = parley(dir.path())
        .env("PARLEY__DATABASE__URL", &db.url)
        .env("PARLEY__SERVER__BIND", "127.0.0.1:0")
        .env("PARLEY__SERVER__WORKERS", "1")
        .env("PARLEY__LOG__FORMAT", "json")
        .env("PARLEY__PUBLIC_URL", "https://parley.example.org")
        .arg("serve")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stderr.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut printed = String::new();
    loop {
        assert!(Instant::now() < deadline, "serve did not report its port");
        let line = lines.next().expect("serve exited early").unwrap();
        printed.push_str(&line);
        if line.contains("\"port\"") {
            break;
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    assert!(printed.contains("no demo community is seeded"), "{printed}");
    assert!(!printed.contains("demo-admin@parley.example"), "{printed}");
    assert!(!dir.path().join("demo-accounts.txt").exists());
}

/// Accounts and threads as typed rows, from either backend (one query, two connection types).
macro_rules! users_and_threads {
    ($conn:expr) => {{
        use diesel::prelude::*;
        use parley::db::schema::{threads, users};
        let users: Vec<(i64, String, String, String, String)> = users::table
            .select((
                users::id,
                users::email,
                users::name,
                users::role,
                users::password_hash,
            ))
            .order(users::id)
            .load($conn)
            .unwrap();
        let threads: Vec<(
            i64,
            String,
            String,
            String,
            bool,
            Option<chrono::NaiveDateTime>,
        )> = threads::table
            .select((
                threads::id,
                threads::status,
                threads::title,
                threads::body_markdown,
                threads::show_name,
                threads::published_at,
            ))
            .order(threads::id)
            .load($conn)
            .unwrap();
        (users, threads)
    }};
}

/// A GET or a JSON POST from synchronous test code: status and body.
fn http(
    method: &str,
    url: &str,
    token: Option<&str>,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let client = reqwest::Client::new();
            let mut request = if method == "POST" {
                client.post(url)
            } else {
                client.get(url)
            };
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (
                status,
                response.json().await.unwrap_or(serde_json::Value::Null),
            )
        })
}

/// SQLite → PostgreSQL: everything arrives (checked row by row for accounts and threads), a
/// copied account signs in on the PostgreSQL instance and finds the demo cases by search,
/// new rows get fresh ids, and a second copy into the now-used database is refused. Runs in
/// the PostgreSQL pass (it needs a server to copy into).
#[test]
fn copy_moves_a_community_from_sqlite_into_postgres() {
    use diesel::prelude::*;
    let dir = tempfile::tempdir().unwrap();
    let target = TestDatabase::create(&dir.path().join("unused"));
    if !target.is_postgres() {
        eprintln!("copy: runs when PARLEY_TEST_DATABASE_URL names a PostgreSQL server");
        return;
    }
    succeed(cheap(&mut parley(dir.path())).arg("demo"));
    let mut add = parley(dir.path());
    cheap(&mut add);
    let password = "harbour quiet meadow 17";
    assert!(
        user_add(add, ["mover@example.org", "Mover", "member"], password)
            .status
            .success()
    );

    // Refused while a server runs on the SQLite database.
    let (mut server, _, _, lines) = serve(&mut parley(dir.path()));
    let refused = parley(dir.path())
        .args(["copy", "--to", &target.url])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("stop it before copying"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let stopped = stop(&mut server);
    assert!(
        stopped.success(),
        "the server did not stop cleanly ({stopped}): {}",
        lines.map_while(Result::ok).collect::<Vec<_>>().join("\n")
    );

    let mut lite =
        SqliteConnection::establish(&dir.path().join("parley.db").to_string_lossy()).unwrap();
    let before = users_and_threads!(&mut lite);
    assert!(
        before.1.iter().filter(|t| t.1 == "published").count() >= 5,
        "the demo publishes cases"
    );
    assert!(
        before.1.iter().any(|t| t.1 != "published"),
        "and keeps some pending"
    );
    let everything = snapshot(&dir.path().join("parley.db"));

    let printed = succeed(parley(dir.path()).args(["copy", "--to", &target.url]));
    assert!(
        printed.contains("copied") && printed.contains("indexed"),
        "{printed}"
    );

    let mut pg = PgConnection::establish(&target.url).unwrap();
    assert_eq!(
        users_and_threads!(&mut pg),
        before,
        "accounts and threads arrive unchanged"
    );
    // Every table holds as many rows as in SQLite.
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut nonempty = 0;
    for table in everything.keys().filter(|t| !t.starts_with("__")) {
        let query = format!("SELECT count(*) AS n FROM \"{table}\"");
        let there: Vec<N> = diesel::sql_query(&query).load(&mut pg).unwrap();
        let here: Vec<N> = diesel::sql_query(&query).load(&mut lite).unwrap();
        assert_eq!(there[0].n, here[0].n, "rows of {table}");
        nonempty += usize::from(here[0].n > 0);
    }
    assert!(nonempty >= 10, "the demo fills most tables ({nonempty})");
    assert_eq!(
        snapshot(&dir.path().join("parley.db")),
        everything,
        "the source is untouched"
    );

    // A second copy into a database that now holds a community is refused, changing nothing.
    let again = parley(dir.path())
        .args(["copy", "--to", &target.url])
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds a community"));
    assert_eq!(users_and_threads!(&mut pg), before);

    // The PostgreSQL instance: the copied account signs in, the cases are listed and found.
    let mut on_pg = parley(dir.path());
    on_pg.env("PARLEY__DATABASE__URL", &target.url);
    let (mut server, port, _, _lines) = serve(&mut on_pg);
    let base = format!("http://127.0.0.1:{port}");
    let (status, tokens) = http(
        "POST",
        &format!("{base}/api/v1/auth/login"),
        None,
        Some(serde_json::json!({"email": "mover@example.org", "password": password})),
    );
    assert_eq!(status, 200, "{tokens}");
    let token = tokens["access_token"].as_str().unwrap();
    // A published case is found by the longest word of its title (the index was rebuilt).
    let case = before.1.iter().find(|t| t.1 == "published").unwrap();
    let word = case
        .2
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.chars().count())
        .unwrap();
    let url =
        reqwest::Url::parse_with_params(&format!("{base}/api/v1/search"), [("q", word)]).unwrap();
    let (status, found) = http("GET", url.as_str(), Some(token), None);
    assert_eq!(status, 200, "{found}");
    assert!(
        found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == case.0),
        "{word} finds case {}: {found}",
        case.0
    );
    let pending = before.1.iter().find(|t| t.1 != "published").unwrap();
    let (status, _) = http(
        "GET",
        &format!("{base}/api/v1/cases/{}", pending.0),
        Some(token),
        None,
    );
    assert_eq!(
        status, 404,
        "an unpublished case stays unreachable after the move"
    );
    // New rows continue after the copied ids.
    let mut add = parley(dir.path());
    cheap(&mut add);
    add.env("PARLEY__DATABASE__URL", &target.url);
    let added = user_add(add, ["after@example.org", "After", "member"], password);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let (users, _) = users_and_threads!(&mut pg);
    assert!(users.last().unwrap().0 > before.0.last().unwrap().0);
    assert!(stop(&mut server).success());
}

/// `kill -9` while four clients write case studies as fast as they can: after a restart every
/// case study whose 201 reached its client is there, whole (its title and contexts as sent),
/// no thread exists without its revision (they are written in one transaction), and SQLite's
/// integrity check passes. Runs on the
/// backend of the pass (SQLite, then PostgreSQL).
#[test]
fn kill_9_under_writes_loses_nothing_acknowledged() {
    use diesel::prelude::*;
    use std::sync::{Arc, Mutex};
    let dir = tempfile::tempdir().unwrap();
    let db = TestDatabase::create(dir.path());
    let command = || {
        let mut c = parley(dir.path());
        cheap(&mut c)
            .env("PARLEY__DATABASE__URL", &db.url)
            .env("PARLEY__LOG__FILTER", "warn,parley=info");
        c
    };
    let password = "lantern orchard velvet 42";
    assert!(
        user_add(
            command(),
            ["writer@example.org", "Writer", "member"],
            password
        )
        .status
        .success()
    );
    let (mut server, port, _, _lines) = serve(&mut command());
    let base = format!("http://127.0.0.1:{port}");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let login = |base: String| async move {
        let response = reqwest::Client::new()
            .post(format!("{base}/api/v1/auth/login"))
            .json(&serde_json::json!({"email": "writer@example.org", "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let tokens: serde_json::Value = response.json().await.unwrap();
        tokens["access_token"].as_str().unwrap().to_string()
    };
    let token = runtime.block_on(login(base.clone()));
    let acknowledged: Arc<Mutex<Vec<(i64, String)>>> = Arc::default();
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (base, token, acknowledged) = (base.clone(), token.clone(), acknowledged.clone());
            runtime.spawn(async move {
                let client = reqwest::Client::new();
                for n in 0.. {
                    let title = format!("Crash test {w}-{n}");
                    let mut body =
                        crate::steps::case_json(&title, &"A paragraph of the story. ".repeat(40));
                    body["sensitive_terms"] = serde_json::json!([]);
                    let Ok(response) = client
                        .post(format!("{base}/api/v1/cases"))
                        .bearer_auth(&token)
                        .json(&body)
                        .send()
                        .await
                    else {
                        return;
                    };
                    if response.status() != 201 {
                        return;
                    }
                    let Ok(created) = response.json::<serde_json::Value>().await else {
                        return;
                    };
                    acknowledged
                        .lock()
                        .unwrap()
                        .push((created["id"].as_i64().unwrap(), title));
                }
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    while acknowledged.lock().unwrap().len() < 40 {
        assert!(Instant::now() < deadline, "the writers made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill().unwrap(); // SIGKILL: no shutdown code runs
    server.wait().unwrap();
    for writer in writers {
        runtime.block_on(writer).unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();

    let (mut server, port, _, _lines) = serve(&mut command());
    let base = format!("http://127.0.0.1:{port}");
    let token = runtime.block_on(login(base.clone()));
    runtime.block_on(async {
        let client = reqwest::Client::new();
        for (id, title) in &acknowledged {
            let response = client
                .get(format!("{base}/api/v1/cases/{id}"))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "acknowledged case {id} survives");
            let case: serde_json::Value = response.json().await.unwrap();
            assert_eq!(case["title"], title.as_str());
            assert_eq!(case["contexts"].as_array().map(Vec::len), Some(2), "{case}");
        }
    });
    assert!(stop(&mut server).success());

    // No thread stored without its revision, nor more case studies than were attempted.
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let orphans = "SELECT count(*) AS n FROM threads t \
                   WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.thread_id = t.id)";
    let n: Vec<N> = if db.is_postgres() {
        diesel::sql_query(orphans).load(&mut PgConnection::establish(&db.url).unwrap())
    } else {
        let mut lite =
            SqliteConnection::establish(&dir.path().join("parley.db").to_string_lossy()).unwrap();
        #[derive(QueryableByName)]
        struct Check {
            #[diesel(sql_type = diesel::sql_types::Text)]
            integrity_check: String,
        }
        let check: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
            .load(&mut lite)
            .unwrap();
        assert_eq!(check[0].integrity_check, "ok");
        diesel::sql_query(orphans).load(&mut lite)
    }
    .unwrap();
    assert_eq!(n[0].n, 0, "a thread without its revision was half-written");
    eprintln!(
        "kill -9 after {} acknowledged writes: all present",
        acknowledged.len()
    );
}

/// SIGTERM while sign-ins are being checked (argon2id at the production cost, the slowest
/// request there is): every request already sent gets its whole answer, then the process
/// exits 0 and the port is closed.
#[test]
fn sigterm_drains_requests_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = parley(dir.path());
    let (mut server, port, _, _lines) = serve(
        command
            .env("PARLEY__SERVER__SHUTDOWN_TIMEOUT_SECS", "20")
            // These sign-ins pay the production cost (serve() keeps a cost set here).
            .env("PARLEY__AUTH__PASSWORD_MEMORY_KIB", "19456")
            .env("PARLEY__AUTH__PASSWORD_ITERATIONS", "2")
            .env("PARLEY__SERVER__TRUST_FORWARDED_FOR", "true"),
    );
    let base = format!("http://127.0.0.1:{port}");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let answered = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let in_flight: Vec<_> = (0..40)
        .map(|n| {
            let (base, answered) = (base.clone(), answered.clone());
            runtime.spawn(async move {
                let result = reqwest::Client::new()
                    .post(format!("{base}/api/v1/auth/login"))
                    .header("X-Forwarded-For", format!("10.0.0.{n}"))
                    .json(&serde_json::json!({"email": format!("nobody{n}@example.org"), "password": "wrong horse battery staple"}))
                    .send()
                    .await
                    .map(|r| (r.status().as_u16(), Instant::now()));
                answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                result
            })
        })
        .collect();
    // Once the first answer is back, every request has long been sent and most wait for
    // their password check: ask the server to stop then.
    let deadline = Instant::now() + Duration::from_secs(30);
    while answered.load(std::sync::atomic::Ordering::SeqCst) == 0 {
        assert!(Instant::now() < deadline, "no sign-in was answered");
        std::thread::sleep(Duration::from_millis(2));
    }
    let asked_to_stop = Instant::now();
    let status = stop(&mut server);
    assert!(status.success(), "{status:?}");
    let mut answered_after_sigterm = 0;
    for request in in_flight {
        let (status, at) = runtime
            .block_on(request)
            .unwrap()
            .expect("an answer, not a reset");
        assert_eq!(status, 401, "an in-flight sign-in got its answer");
        answered_after_sigterm += usize::from(at > asked_to_stop);
    }
    assert!(
        answered_after_sigterm > 0,
        "some sign-ins were still in flight at SIGTERM"
    );
    eprintln!("{answered_after_sigterm} of 40 sign-ins answered after SIGTERM");
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port as u16)).is_err(),
        "the port is closed"
    );
}

#[tokio::test]
async fn user_reset_2fa_turns_it_off_and_ends_her_sessions() {
    use parley::accounts::Role;
    let app = crate::harness::spawn_app().await;
    let moderator = app.person(Role::Moderator).await;
    let session = app.token(&moderator).await;
    // Her password alone does not sign her in: a code is asked for.
    let without_code = app
        .api_login(&moderator.email, &moderator.password, None)
        .await;
    assert_ne!(without_code.status(), reqwest::StatusCode::OK);

    // The operator runs the command against the same database (her own data directory: the
    // reset needs no signing key).
    let dir = tempfile::tempdir().unwrap();
    let run = |email: String| {
        let (dir, url) = (dir.path().to_path_buf(), app.db.url.clone());
        tokio::task::spawn_blocking(move || {
            parley(&dir)
                .env("PARLEY__DATABASE__URL", url)
                .env("PARLEY__LOG__FILTER", "warn")
                .args(["user", "reset-2fa", "--email", &email])
                .output()
                .unwrap()
        })
    };
    let unknown = run("nobody@example.org".into()).await.unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no account has that address"));
    let done = run(moderator.email.to_uppercase()).await.unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(String::from_utf8_lossy(&done.stdout).contains("two-factor sign-in is off"));

    // Her sessions have ended; her password now signs her in, to set two-factor up again.
    assert_eq!(
        app.get_as(&session, "/api/v1/me").await.status(),
        reqwest::StatusCode::UNAUTHORIZED
    );
    let signed_in = app
        .api_login(&moderator.email, &moderator.password, None)
        .await;
    assert_eq!(signed_in.status(), reqwest::StatusCode::OK);
    let token = signed_in.json::<serde_json::Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let me: serde_json::Value = app.get_as(&token, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["two_factor"], false, "{me}");
}

/// Issue 19: the binary carries everything. Copied alone into an empty folder and started
/// there, it serves its pages with their stylesheet and scripts (HEAD answers too).
#[test]
fn the_binary_alone_in_an_empty_folder_serves_its_stylesheet_and_scripts() {
    let folder = tempfile::tempdir().unwrap();
    let binary = folder.path().join("parley");
    std::fs::copy(parley_bin(), &binary).unwrap();
    let data = folder.path().join("data");
    let mut command = Command::new(&binary);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PARLEY__DATA_DIR", &data)
        .env("PARLEY__LOG__FILTER", "info")
        .env("PARLEY__DEMO", "false")
        .current_dir(folder.path());
    // The log is kept open: a closed pipe would stop the server at its next line.
    let (mut server, port, printed, _log) = serve(&mut command);
    assert!(!printed.contains("no static files"), "{printed}");
    let get = |path: &str| {
        let out = Command::new("curl")
            .args(["-s", "-i", &format!("http://127.0.0.1:{port}{path}")])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let login = get("/login");
    let version = login
        .split("/static/parley.css?v=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the sign-in page links the stylesheet: {login}"))
        .to_string();
    for (file, kind, needle) in [
        ("parley.css", "text/css", "body"),
        ("editor.js", "text/javascript", "preview"),
        ("review.js", "text/javascript", "accept"),
        ("favicon.svg", "image/svg+xml", "<svg"),
    ] {
        let answer = get(&format!("/static/{file}?v={version}"));
        assert!(answer.starts_with("HTTP/1.1 200"), "{file}: {answer:.200}");
        assert!(
            answer
                .to_lowercase()
                .contains(&format!("content-type: {kind}")),
            "{file}"
        );
        assert!(answer.contains(needle), "{file} has its contents");
    }
    assert!(get("/static/nothing.css").starts_with("HTTP/1.1 404"));
    let head = Command::new("curl")
        .args([
            "-s",
            "-I",
            &format!("http://127.0.0.1:{port}/static/parley.css"),
        ])
        .output()
        .unwrap();
    let head = String::from_utf8_lossy(&head.stdout);
    assert!(
        head.starts_with("HTTP/1.1 200"),
        "HEAD answers where GET does: {head}"
    );
    let head_page = Command::new("curl")
        .args(["-s", "-I", &format!("http://127.0.0.1:{port}/login")])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&head_page.stdout).starts_with("HTTP/1.1 200"));
    assert!(stop(&mut server).success());
}

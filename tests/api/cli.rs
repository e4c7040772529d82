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
    let mut server = command
        .env("PARLEY__SERVER__BIND", "127.0.0.1:0")
        .env("PARLEY__SERVER__WORKERS", "1")
        .env("PARLEY__LOG__FORMAT", "json")
        .env("PARLEY__AUTH__PASSWORD_MEMORY_KIB", "1024")
        .env("PARLEY__AUTH__PASSWORD_ITERATIONS", "1")
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
    let cheap = |c: &mut Command| {
        c.env("PARLEY__AUTH__PASSWORD_MEMORY_KIB", "1024")
            .env("PARLEY__AUTH__PASSWORD_ITERATIONS", "1");
    };
    let mut demo = parley(dir.path());
    cheap(&mut demo);
    let out = demo.arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

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

    let out = parley(dir.path())
        .arg("restore")
        .arg(&backup)
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
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

//! The real SMTP server the tests send mail to: aiosmtpd (tests/support/smtp_sink.py), one for
//! the whole test run, writing each accepted message to a folder. Tests tell their mails apart
//! by recipient: every test uses fresh random addresses.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub struct SmtpSink {
    pub port: u16,
    pub folder: PathBuf,
    _process: Mutex<(Child, ChildStdin)>,
}

static SINK: OnceLock<SmtpSink> = OnceLock::new();

/// Starts the SMTP server on first use. It exits when this test process does (its standard
/// input closes).
pub fn smtp_sink() -> &'static SmtpSink {
    SINK.get_or_init(|| {
        let folder = std::env::temp_dir().join(format!("parley-mail-{}", std::process::id()));
        start_sink(folder, None)
    })
}

/// Starts an SMTP server writing into `folder`, on `port` or a free one. It stops with
/// [`SmtpSink::stop`], when the value is dropped, or when this test process exits (its
/// standard input closes).
pub fn start_sink(folder: PathBuf, port: Option<u16>) -> SmtpSink {
    let python = std::env::var("PARLEY_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut command = Command::new(python);
    command
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/smtp_sink.py"
        ))
        .arg(&folder);
    if let Some(port) = port {
        command.arg(port.to_string());
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect(
            "python3 with aiosmtpd must be installed to run the mail tests (pip install aiosmtpd)",
        );
    let stdin = child.stdin.take().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .strip_prefix("READY ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("the SMTP sink did not start: {line:?}"));
    SmtpSink {
        port,
        folder,
        _process: Mutex::new((child, stdin)),
    }
}

impl SmtpSink {
    /// Stops the server now (an outage).
    pub fn stop(self) {
        let (mut child, stdin) = self._process.into_inner().unwrap();
        drop(stdin);
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// One received mail, decoded.
#[derive(Debug)]
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub headers: Vec<(String, String)>,
}

impl ReceivedMail {
    /// The first link in the text part that starts with `prefix` (e.g. "http").
    pub fn link(&self, containing: &str) -> String {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(containing))
            .unwrap_or_else(|| panic!("no link with {containing:?} in: {}", self.text))
            .to_string()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn parse(raw: &[u8]) -> ReceivedMail {
    let parsed = mailparse::parse_mail(raw).expect("a parsable mail");
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| (h.get_key(), h.get_value()))
        .collect();
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut text = String::new();
    let mut html = String::new();
    for part in parsed.parts() {
        match part.ctype.mimetype.as_str() {
            "text/plain" => text = part.get_body().unwrap_or_default(),
            "text/html" => html = part.get_body().unwrap_or_default(),
            _ => {}
        }
    }
    ReceivedMail {
        to: find("X-Envelope-To"),
        subject: find("Subject"),
        text,
        html,
        headers,
    }
}

/// Every mail received so far for `address`.
pub fn mails_to(address: &str) -> Vec<ReceivedMail> {
    mails_in(&smtp_sink().folder, address)
}

/// Every mail for `address` in the folder of a sink a test started itself.
pub fn mails_in(folder: &std::path::Path, address: &str) -> Vec<ReceivedMail> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, ReceivedMail)> = entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .filter_map(|e| {
            let raw = std::fs::read(e.path()).ok()?;
            let mail = parse(&raw);
            let modified = e.metadata().ok()?.modified().ok()?;
            mail.to
                .split(',')
                .any(|r| r.trim().eq_ignore_ascii_case(address))
                .then_some((modified, mail))
        })
        .collect();
    found.sort_by_key(|(t, _)| *t);
    found.into_iter().map(|(_, m)| m).collect()
}

/// Waits (up to 10 s) until `count` mails for `address` have arrived; returns them, oldest
/// first.
pub async fn wait_for_mails(address: &str, count: usize) -> Vec<ReceivedMail> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mails = mails_to(address);
        if mails.len() >= count {
            return mails;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} mail(s) to {address}, got {}",
            mails.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

//! Prometheus metrics at `GET /metrics` (text exposition format 0.0.4).
//!
//! What is counted: requests and their latency by route *pattern* (`/cases/{id}`, never a
//! concrete path or query: no ids, no tokens, bounded cardinality), method and status; and, read
//! from the database at scrape time, the search outbox lag, the moderation queue length and
//! digest deliveries by state. Nothing about a person.
//!
//! Who may read it is an explicit setting (`[metrics]` in the config), never a guess: callers
//! connecting from an address the operator listed in `metrics.allow_from` (empty by default:
//! behind a reverse proxy on the same host every request comes from loopback), or any caller
//! presenting `Authorization: Bearer <metrics.token>`. A request that carries any header a
//! proxy sets (`Forwarded`, `X-Forwarded-*`, `X-Real-IP`, …) is never admitted by its address,
//! only by the token. Everyone else gets 403.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse, get};
use diesel::prelude::*;

use crate::cases::lifecycle::{ReplyStatus, RevisionStatus};
use subtle::ConstantTimeEq;

use crate::context::Context;
use crate::db::schema::{replies, revisions};
use crate::error::AppError;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

#[derive(Default)]
struct Latency {
    /// Per bucket (not cumulative), plus one for everything above the last bound.
    counts: [u64; BUCKETS.len() + 1],
    sum: f64,
}

#[derive(Default)]
struct Registry {
    /// (route, method, status) → requests.
    requests: BTreeMap<(String, String, u16), u64>,
    /// route → latency.
    latency: BTreeMap<String, Latency>,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(Default::default);

/// Counts one served request; called by the request log for every request.
pub fn record(route: &str, method: &str, status: u16, elapsed: Duration) {
    let seconds = elapsed.as_secs_f64();
    let bucket = BUCKETS
        .iter()
        .position(|bound| seconds <= *bound)
        .unwrap_or(BUCKETS.len());
    let Ok(mut registry) = REGISTRY.lock() else {
        return;
    };
    *registry
        .requests
        .entry((route.to_string(), method.to_string(), status))
        .or_default() += 1;
    let latency = registry.latency.entry(route.to_string()).or_default();
    latency.counts[bucket] += 1;
    latency.sum += seconds;
}

fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn render_http(out: &mut String) {
    let Ok(registry) = REGISTRY.lock() else {
        return;
    };
    out.push_str("# HELP parley_http_requests_total HTTP requests served, by route pattern, method and status.\n");
    out.push_str("# TYPE parley_http_requests_total counter\n");
    for ((route, method, status), n) in &registry.requests {
        let _ = writeln!(
            out,
            "parley_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{status}\"}} {n}",
            label(route),
            label(method)
        );
    }
    out.push_str(
        "# HELP parley_http_request_duration_seconds Time to answer a request, by route pattern.\n",
    );
    out.push_str("# TYPE parley_http_request_duration_seconds histogram\n");
    for (route, latency) in &registry.latency {
        let route = label(route);
        let mut cumulative = 0;
        for (bound, n) in BUCKETS.iter().zip(latency.counts.iter()) {
            cumulative += n;
            let _ = writeln!(
                out,
                "parley_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
            );
        }
        cumulative += latency.counts[BUCKETS.len()];
        let _ = writeln!(
            out,
            "parley_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {cumulative}"
        );
        let _ = writeln!(
            out,
            "parley_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
            latency.sum
        );
        let _ = writeln!(
            out,
            "parley_http_request_duration_seconds_count{{route=\"{route}\"}} {cumulative}"
        );
    }
}

/// Figures read from the database (and the index) at scrape time.
struct Gauges {
    outbox_newest: i64,
    indexed: Option<i64>,
    queue_revisions: i64,
    queue_replies: i64,
    deliveries: Vec<(String, i64)>,
    mail_waiting: i64,
}

fn gauge(out: &mut String, name: &str, help: &str, samples: &[(String, i64)]) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} gauge");
    for (labels, value) in samples {
        let _ = writeln!(out, "{name}{labels} {value}");
    }
}

fn render_gauges(out: &mut String, g: &Gauges) {
    gauge(
        out,
        "parley_search_outbox_seq",
        "Newest search outbox sequence number in the database.",
        &[(String::new(), g.outbox_newest)],
    );
    if let Some(indexed) = g.indexed {
        gauge(
            out,
            "parley_search_indexed_seq",
            "Last outbox sequence number this instance's search index has committed.",
            &[(String::new(), indexed)],
        );
        gauge(
            out,
            "parley_search_outbox_lag",
            "Outbox rows this instance's search index has not applied yet.",
            &[(String::new(), (g.outbox_newest - indexed).max(0))],
        );
    }
    gauge(
        out,
        "parley_moderation_queue_length",
        "Items waiting for a moderator, by kind.",
        &[
            ("{kind=\"revision\"}".into(), g.queue_revisions),
            ("{kind=\"reply\"}".into(), g.queue_replies),
        ],
    );
    let deliveries: Vec<(String, i64)> = ["pending", "sending", "sent", "failed"]
        .iter()
        .map(|state| {
            let n = g
                .deliveries
                .iter()
                .find(|(s, _)| s == state)
                .map_or(0, |(_, n)| *n);
            (format!("{{state=\"{state}\"}}"), n)
        })
        .collect();
    gauge(
        out,
        "parley_digest_deliveries",
        "Digest deliveries in the ledger, by state.",
        &deliveries,
    );
    gauge(
        out,
        "parley_mail_outbox_waiting",
        "Account mails the mail server has not taken yet, kept for another attempt.",
        &[(String::new(), g.mail_waiting)],
    );
}

/// Whether this caller may read the metrics (see the module documentation).
fn admitted(req: &HttpRequest, state: &Context) -> bool {
    let settings = &state.settings.metrics;
    if !settings.token.is_empty()
        && let Some(presented) = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        && bool::from(
            presented
                .trim()
                .as_bytes()
                .ct_eq(settings.token.expose().as_bytes()),
        )
    {
        return true;
    }
    // Any header a proxy sets means the peer address is the proxy's, not the caller's.
    const PROXY_HEADERS: [&str; 8] = [
        "forwarded",
        "x-forwarded-for",
        "x-forwarded-host",
        "x-forwarded-proto",
        "x-real-ip",
        "x-client-ip",
        "true-client-ip",
        "cf-connecting-ip",
    ];
    if PROXY_HEADERS.iter().any(|h| req.headers().contains_key(*h)) {
        return false;
    }
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return false;
    };
    settings.allow_from.iter().any(|allowed| {
        allowed
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical() == peer.to_canonical())
    })
}

#[get("/metrics")]
pub async fn metrics(req: HttpRequest, state: Data<Context>) -> Result<HttpResponse, AppError> {
    if !admitted(&req, &state) {
        return Err(AppError::forbidden("refusal-metrics"));
    }
    let indexed = state
        .search
        .get()
        .and_then(|search| search.index().last_seq().ok());
    let gauges = state
        .run(move |conn, _| {
            let outbox_newest = crate::search::indexer::newest_seq(conn)?;
            let queue_revisions = revisions::table
                .filter(revisions::status.eq(RevisionStatus::Pending.as_str()))
                .count()
                .get_result(conn)?;
            let queue_replies = replies::table
                .filter(replies::status.eq(ReplyStatus::Pending.as_str()))
                .count()
                .get_result(conn)?;
            Ok(Gauges {
                outbox_newest,
                indexed,
                queue_revisions,
                queue_replies,
                deliveries: crate::digest::state_counts(conn)?,
                mail_waiting: crate::mail::outbox::waiting(conn)?,
            })
        })
        .await?;
    let mut out = String::with_capacity(16 * 1024);
    render_http(&mut out);
    render_gauges(&mut out, &gauges);
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_is_cumulative_and_counts_every_request() {
        record("/test/{id}", "GET", 200, Duration::from_micros(500));
        record("/test/{id}", "GET", 200, Duration::from_millis(30));
        record("/test/{id}", "GET", 404, Duration::from_secs(9));
        let mut out = String::new();
        render_http(&mut out);
        assert!(out.contains(
            "parley_http_requests_total{route=\"/test/{id}\",method=\"GET\",status=\"200\"} 2"
        ));
        assert!(out.contains(
            "parley_http_request_duration_seconds_bucket{route=\"/test/{id}\",le=\"0.001\"} 1"
        ));
        assert!(out.contains(
            "parley_http_request_duration_seconds_bucket{route=\"/test/{id}\",le=\"0.05\"} 2"
        ));
        assert!(out.contains(
            "parley_http_request_duration_seconds_bucket{route=\"/test/{id}\",le=\"5\"} 2"
        ));
        assert!(out.contains(
            "parley_http_request_duration_seconds_bucket{route=\"/test/{id}\",le=\"+Inf\"} 3"
        ));
        assert!(out.contains("parley_http_request_duration_seconds_count{route=\"/test/{id}\"} 3"));
    }
}

//! A corpus of XSS payloads through the markdown pipeline, and end to end through a published
//! case page: nothing executable survives.

use parley::accounts::Role;
use parley::cases::markdown::render;
use reqwest::StatusCode;

use crate::harness::spawn_app;

pub const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "![x\" onerror=\"alert(1)](https://example.org/a.png)",
    "![x](https://example.org/a.png\"onerror=\"alert(1))",
    "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<form action=\"https://evil.example\"><input name=p></form>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=\"x\" onerror=\"&#97;lert(1)\">",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "<base href=\"javascript:/\">",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "- [ ] <script>alert(1)</script>",
    "[x](https://ok.example \"title\" onmouseover=\"alert(1)\")",
    "<a href=\"https://ok.example\" target=\"_blank\">x</a>",
];

/// Checks that HTML has no executable part: only allowed tags, no event handlers, no style,
/// and no href/src with a scheme other than http, https or mailto.
pub fn assert_inert(html: &str, payload: &str) {
    const ALLOWED: &[&str] = &[
        "a",
        "p",
        "br",
        "hr",
        "em",
        "strong",
        "del",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "input",
        "span",
    ];
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    for (i, _) in lower.match_indices('<') {
        let rest = &lower[i + 1..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() {
            continue;
        }
        assert!(
            ALLOWED.contains(&name.as_str()),
            "tag <{name}> survived {payload:?}: {html}"
        );
        let tag_end = rest.find('>').map(|e| i + 1 + e).unwrap_or(bytes.len());
        let tag = &lower[i..tag_end];
        for forbidden in [" on", "style=", "srcdoc", "formaction"] {
            assert!(
                !tag.contains(forbidden),
                "{forbidden} in {tag} from {payload:?}"
            );
        }
        for attribute in ["href=\"", "src=\""] {
            if let Some(start) = tag.find(attribute) {
                let value = &tag[start + attribute.len()..];
                let value = value.split('"').next().unwrap();
                let decoded = value.replace("&amp;", "&");
                let scheme_ok = decoded.starts_with("http://")
                    || decoded.starts_with("https://")
                    || decoded.starts_with("mailto:")
                    || decoded.starts_with('#')
                    || (!decoded.contains(':'));
                assert!(scheme_ok, "{attribute}{value} from {payload:?}");
            }
        }
    }
    assert!(!lower.contains("<script"), "{payload:?}: {html}");
}

#[test]
fn the_corpus_renders_to_inert_html() {
    assert!(PAYLOADS.len() >= 40);
    for payload in PAYLOADS {
        assert_inert(&render(payload), payload);
    }
}

#[tokio::test]
async fn a_published_case_page_with_every_payload_is_inert() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let reader = app.person(Role::Member).await;
    let body = PAYLOADS.join("\n\n");
    let id = app
        .submit_case(&author, "<script>alert('title')</script>", &body)
        .await;
    assert_eq!(
        app.publish(&moderator, id, "<img src=x onerror=alert(1)>", &body)
            .await
            .status(),
        StatusCode::OK
    );
    let page = app
        .browser_for(&reader)
        .await
        .get(app.url(&format!("/cases/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    let body = html
        .split("<div class=\"body\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .expect("the page shows the body");
    assert!(body.len() > 500, "the payloads are there, as text");
    assert_inert(body, "the published page");
    assert!(!html.contains("<script>alert"), "nowhere on the page");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the title is escaped text"
    );
}

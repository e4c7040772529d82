//! Markdown to safe HTML: pulldown-cmark (tables, strikethrough, task lists), then an ammonia
//! allow-list. No raw HTML survives; links get `rel="nofollow noopener noreferrer"`; images
//! are never loaded (a remote image would tell its server who reads the story): each becomes
//! a link to the image; headings get anchors.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The longest body accepted, in characters.
pub const MAX_BODY_CHARS: usize = 100_000;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
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
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .clean_content_tags(["script", "style"].into_iter().collect())
        .link_rel(Some("nofollow noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .generic_attributes(HashSet::new())
        .tag_attributes(
            [
                ("a", ["href", "class"].into_iter().collect::<HashSet<_>>()),
                (
                    "input",
                    ["type", "checked", "disabled"].into_iter().collect(),
                ),
                ("th", ["align"].into_iter().collect()),
                ("td", ["align"].into_iter().collect()),
                ("ol", ["start"].into_iter().collect()),
                ("span", ["class"].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
        )
        .add_tag_attribute_values("input", "type", ["checkbox"])
        .add_tag_attribute_values("a", "class", ["image-link", "anchor"])
        .add_tag_attribute_values("span", "class", ["image-note"])
        .id_prefix(Some("h-"))
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"]);
    builder
});

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

/// Renders markdown to HTML that is safe to put in a page as is.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            // Raw HTML is shown as text, never interpreted.
            Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw.clone())),
            // Level-1 headings would compete with the page title: demote to level 2.
            Event::Start(Tag::Heading { level, .. }) => {
                let level = if *level == HeadingLevel::H1 {
                    HeadingLevel::H2
                } else {
                    *level
                };
                let mut text = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                    if let Event::Text(t) | Event::Code(t) = &events[j] {
                        text.push_str(t);
                    }
                    j += 1;
                }
                let mut id = slug(&text);
                if id.is_empty() {
                    id = "section".into();
                }
                let mut unique = id.clone();
                let mut n = 2;
                while !used_ids.insert(unique.clone()) {
                    unique = format!("{id}-{n}");
                    n += 1;
                }
                out.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(unique)),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = if *level == HeadingLevel::H1 {
                    HeadingLevel::H2
                } else {
                    *level
                };
                out.push(Event::End(TagEnd::Heading(level)));
            }
            // An image becomes a link to it, labelled with its description.
            Event::Start(Tag::Image { dest_url, .. }) => {
                let mut alt = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j], Event::End(TagEnd::Image)) {
                    if let Event::Text(t) | Event::Code(t) = &events[j] {
                        alt.push_str(t);
                    }
                    j += 1;
                }
                let label = if alt.trim().is_empty() {
                    dest_url.to_string()
                } else {
                    alt
                };
                out.push(Event::Html(CowStr::from(format!(
                    "<a class=\"image-link\" href=\"{}\">{}</a> <span class=\"image-note\">(image not loaded)</span>",
                    crate::text::html_escaped(dest_url),
                    crate::text::html_escaped(&label)
                ))));
                i = j;
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    SANITIZER.clean(&html).to_string()
}

/// Plain text of a markdown body (for search documents and mails): the words, no markup.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableRow,
            ) => text.push('\n'),
            _ => {}
        }
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_supported_syntax() {
        let html = render(
            "# Situation\n\n**bold** ~~gone~~\n\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        );
        assert!(
            html.contains("<h2 id=\"h-situation\">Situation</h2>"),
            "{html}"
        );
        assert!(html.contains("<strong>bold</strong>"));
        assert!(html.contains("<del>gone</del>"));
        assert!(html.contains("<table>"));
        assert!(html.contains("type=\"checkbox\""));
    }

    #[test]
    fn links_are_nofollow_and_images_are_links() {
        let html =
            render("[site](https://example.org) ![a map](https://tracker.example/pixel.png)");
        assert!(
            html.contains("rel=\"nofollow noopener noreferrer\""),
            "{html}"
        );
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("href=\"https://tracker.example/pixel.png\""),
            "{html}"
        );
        assert!(html.contains("a map"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render("<b>hi</b> <script>alert(1)</script>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("## Title\n\nSome **bold** text."),
            "Title\nSome bold text."
        );
    }
}

/// Any input, including raw HTML and hostile links: rendering never panics and never lets
/// through script, an event handler, a style, a frame or a loaded image. (`cargo fuzz` would
/// find deeper cases; these run in every `cargo test`.)
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::render;

    fn hostile() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "![pic](https://tracker.example/p.png)",
            "[x](javascript:alert(1))",
            "[x](https://example.org \"t\")",
            "<a href=\"https://e.org\" onclick=\"x()\">a</a>",
            "<iframe src=//e.org></iframe>",
            "<style>*{}</style>",
            "<div style=\"color:red\">d</div>",
            "# Heading",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "- [x] done",
            "~~gone~~",
            "```\ncode <b>\n```",
            "> quote",
            "\n\n",
            "*",
            "<",
            "&amp;",
            "Харків",
        ]);
        prop::collection::vec(
            prop_oneof![pieces.prop_map(String::from), any::<String>()],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn rendering_is_total_and_safe(input in hostile()) {
            let html = render(&input).to_ascii_lowercase();
            // Escaped text (`&lt;script&gt;`) is harmless: only real tags are looked at.
            for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or_default()) {
                for banned in ["script", "iframe", "style", "img", "object", "embed", "svg"] {
                    let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or_default();
                    prop_assert_ne!(name, banned, "<{}> in {}", tag, html);
                }
                for banned in ["javascript:", " on", " style=", " src="] {
                    prop_assert!(!tag.contains(banned), "{banned} in <{tag}> of {html}");
                }
                if tag.starts_with("a ") {
                    prop_assert!(tag.contains("nofollow") && tag.contains("noopener"), "{tag}");
                }
            }
        }
    }
}

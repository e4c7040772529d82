//! Any markdown renders, and the HTML holds no tag, attribute or link that could run or load
//! anything.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The scheme of a URL as a browser reads it (RFC 3986: a letter, then letters, digits, `+`,
/// `-` or `.`, then a colon), after the entity decoding an attribute gets; `None` if relative.
fn scheme(url: &str) -> Option<String> {
    let url = url
        .replace("&amp;", "&")
        .replace("&#58;", ":")
        .replace("&colon;", ":");
    let url = url.trim_start_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
    let (head, _) = url.split_once(':')?;
    let mut chars = head.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
        .then(|| head.to_ascii_lowercase())
}

fuzz_target!(|input: &str| {
    let html = parley::cases::markdown::render(input).to_ascii_lowercase();
    // Escaped text (`&lt;script&gt;`) is harmless: only real tags are looked at.
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
    {
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or_default();
        for banned in [
            "script", "iframe", "style", "img", "object", "embed", "svg", "form",
        ] {
            assert_ne!(name, banned, "<{tag}> in {html}");
        }
        // The only input is a task list's checkbox, which cannot be changed.
        if name == "input" {
            assert!(
                tag.contains("disabled") && tag.contains("type=\"checkbox\""),
                "<{tag}>"
            );
        }
        for banned in [
            " on",
            " style=",
            " src=",
            " srcset=",
            " formaction=",
            " action=",
        ] {
            assert!(!tag.contains(banned), "{banned} in <{tag}> of {html}");
        }
        if let Some((_, rest)) = tag.split_once(" href=\"") {
            let url = rest.split('"').next().unwrap_or_default();
            if let Some(scheme) = scheme(url) {
                assert!(
                    ["http", "https", "mailto"].contains(&scheme.as_str()),
                    "{url} in <{tag}>"
                );
            }
        }
        if tag.starts_with("a ") && tag.contains(" href=") {
            assert!(
                tag.contains("nofollow") && tag.contains("noopener"),
                "{tag}"
            );
        }
    }
});

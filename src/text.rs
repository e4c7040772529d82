//! Text folding shared by the anonymisation detector and search: one comparable form for a
//! word whatever its script, case or diacritics — "Харків", "Kharkiv" and "KHARKIV" meet, as
//! do "Łódź" and "Lodz", "negocierea" and "negocierea".
//!
//! Folding is lossy on purpose and only for comparing; never for showing.

pub mod reader;
pub mod stem;

/// Appends `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`, `'`): the one
/// escaper for HTML that Parley builds by hand (markdown links, search snippets, the review's
/// highlights); templates escape on their own.
pub fn push_html_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text` escaped for HTML (see [`push_html_escaped`]).
pub fn html_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_html_escaped(&mut out, text);
    out
}

/// Folds one character into lower-case ASCII: Cyrillic transliterated (Ukrainian and Russian
/// conventions merged: и→y, і→i, ї→i, є→ie, ы→y, э→e, ъ/ь dropped), Latin diacritics removed
/// (ł→l, ș/ş→s, ț/ţ→t, ă/â→a, î→i, ą→a, ę→e, ó→o, ż/ź→z, ć→c, ń→n, ś→s).
pub fn fold_char(c: char, out: &mut String) {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let s: &str = match lower {
        'a'..='z' | '0'..='9' => {
            out.push(lower);
            return;
        }
        // Cyrillic
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ie",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' | '\'' | '’' | 'ʼ' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        // Latin with diacritics
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ă' | 'ą' | 'ā' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ș' | 'ş' => "s",
        'ť' | 'ț' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        c if c.is_alphanumeric() => {
            out.push(c);
            return;
        }
        _ => "",
    };
    out.push_str(s);
}

/// The folded form of a word or phrase (spaces and hyphens kept as single spaces).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.chars() {
        if c.is_whitespace() || c == '-' {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            let before = out.len();
            fold_char(c, &mut out);
            if out.len() > before {
                last_space = false;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A word of a text: its code-point span and the text itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// Code-point offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Byte offsets into the text.
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: &'a str,
}

impl Word<'_> {
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == 'ʼ'
}

/// Splits a text into words (letters, digits, apostrophes inside words), with their spans.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut cp = 0;
    for (byte, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some((cp, byte));
            }
        } else if let Some((s_cp, s_byte)) = start.take() {
            push_word(text, &mut out, s_cp, cp, s_byte, byte);
        }
        cp += 1;
    }
    if let Some((s_cp, s_byte)) = start {
        push_word(text, &mut out, s_cp, cp, s_byte, text.len());
    }
    out
}

fn push_word<'a>(
    text: &'a str,
    out: &mut Vec<Word<'a>>,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
) {
    // Apostrophes at the edges are quotes, not part of the word.
    let raw = &text[byte_start..byte_end];
    let trimmed_start = raw.len() - raw.trim_start_matches(['\'', '’', 'ʼ']).len();
    let inner = raw.trim_matches(['\'', '’', 'ʼ']);
    if inner.is_empty() {
        return;
    }
    let lead = raw[..trimmed_start].chars().count();
    let count = inner.chars().count();
    out.push(Word {
        start: start + lead,
        end: start + lead + count,
        byte_start: byte_start + trimmed_start,
        byte_end: byte_start + trimmed_start + inner.len(),
        text: inner,
    });
    let _ = end;
}

/// Converts a byte offset into a code-point offset.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_diacritics_meet() {
        assert_eq!(fold("Харків"), "kharkiv");
        assert_eq!(fold("KHARKIV"), "kharkiv");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Chișinău"), "chisinau");
        assert_eq!(fold("Кишинёв"), "kyshynev");
        assert_eq!(fold("Оксаною"), "oksanoiu");
        assert_eq!(fold("Bielsko-Biała"), "bielsko biala");
    }

    #[test]
    fn words_have_code_point_spans() {
        let text = "З Оксаною — «Надія», d'Arc.";
        let w = words(text);
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, vec!["З", "Оксаною", "Надія", "d'Arc"]);
        let chars: Vec<char> = text.chars().collect();
        for word in &w {
            let from_span: String = chars[word.start..word.end].iter().collect();
            assert_eq!(from_span, word.text);
            assert_eq!(&text[word.byte_start..word.byte_end], word.text);
        }
    }
}

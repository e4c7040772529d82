//! The text as a reader will see it: what the detector, the deny-list and redaction read.
//!
//! An author (or an attacker) can write a name so that the stored markdown does not contain
//! it while the rendered page shows it: `O&#107;sana`, `Ok\u{200B}sana` (a zero-width space),
//! `Oksаna` with a Cyrillic "а", `+３８０` in full-width digits, `Ok**s**ana` split by emphasis.
//! A [`ReaderView`] undoes each of these into one plain string, and remembers for every
//! character of it which bytes of the original it came from, so that a finding in the view is
//! a span of the original and redaction replaces the whole encoded form.
//!
//! Decision (issue 18): the stored markdown is not rewritten. Scanning the decoded view and
//! mapping spans back keeps what the author wrote intact for her and her moderator, works on
//! texts stored before this rule existed, and gives one place where "what a reader sees" is
//! defined for every caller (the reply gate, the review, `parley scan`, redaction, the
//! deny-list). The rendering side needs no change: whatever the view reads as a name is
//! replaced in the source, encoded forms included.
//!
//! What the view undoes:
//! - character references, as CommonMark decodes them: `&#107;`, `&#x6B;`, `&amp;`,
//!   `&eacute;` (named ones through pulldown-cmark's own table);
//! - backslash escapes of ASCII punctuation (`\-` reads `-`);
//! - invisible characters: zero-width spaces and joiners, soft hyphens, word joiners,
//!   byte-order marks, bidirectional controls (dropped);
//! - compatibility forms: full-width ASCII, Unicode spaces, decimal digits of other scripts,
//!   mathematical alphanumerics (𝐎𝐤𝐬𝐚𝐧𝐚) — each as its plain letter, digit or space;
//! - look-alike letters: in a word that mixes Latin, Cyrillic and Greek letters, the letters
//!   of the minority scripts that look like one of the majority script are read as that one
//!   ("Oksаna" with a Cyrillic "а" reads "Oksana"; "Оксaна" with a Latin "a" reads "Оксана");
//! - emphasis and code marks inside a word (`Ok**s**ana`, `Ok`s`ana`) are dropped.
//!
//! - combining accents (decomposed text) are dropped, so a word is not split by them.
//!
//! Where a reader could read a text more than one way — look-alikes in a word that mixes
//! scripts (the author picks the majority), marks inside a word that may be emphasis or may be
//! shown as typed — [`ReaderView::readings`] gives each reading, and the detector and
//! redaction use them all.
//!
//! Not undone: raw HTML is shown as text by the renderer, so `Ok<b>s</b>ana` reads as it is
//! written; an empty link inside a word (`vil[]()khivka`) still joins it for a reader and is
//! not yet read so (a known gap, docs/security.md).

/// A text as a reader sees it, with the way back to the original.
#[derive(Debug, Clone)]
pub struct ReaderView {
    /// The decoded, normalised text.
    pub text: String,
    /// For each character of `text`, in order: its byte offset in `text`, and the byte range
    /// of the original it was read from.
    map: Vec<(usize, usize, usize)>,
    original_len: usize,
    identity: bool,
}

/// How look-alike letters in a word that mixes scripts are read. The author chooses which
/// script has the majority ("Реtrо": three Cyrillic letters, two Latin, read "Petro"), so the
/// detector reads such words every way a reader might.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Majority,
    Into(Script),
}

/// One way of reading a text: how look-alikes are folded, and whether emphasis marks between
/// letters are dropped (`Ok**s**ana` reads "Oksana") or kept (`in_vilkhivka` and an unpaired
/// `*` are shown as typed, and then separate two words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    fold: Fold,
    drop_marks: bool,
}

impl ReaderView {
    /// Reads `original` as a reader would see it rendered (the most likely reading).
    pub fn of(original: &str) -> ReaderView {
        Self::read(
            original,
            Reading {
                fold: Fold::Majority,
                drop_marks: true,
            },
        )
    }

    /// Every distinct way a reader might read `original` (see [`Reading`]): one view for
    /// plain text, a few when it mixes scripts or puts marks inside words. A term hidden from
    /// one reading is found in another; what the detector finds in any of them is reported.
    pub fn readings(original: &str) -> Vec<ReaderView> {
        let first = Self::of(original);
        if first.is_identity() && !mixes_scripts(original) {
            // Nothing decoded, dropped or folded: no mixed-script word, no mark in a word, so
            // every reading is this one.
            return vec![first];
        }
        let mut views: Vec<ReaderView> = vec![first];
        for drop_marks in [true, false] {
            for fold in [
                Fold::Majority,
                Fold::Into(Script::Latin),
                Fold::Into(Script::Cyrillic),
            ] {
                let view = Self::read(original, Reading { fold, drop_marks });
                if !views.iter().any(|v| v.text == view.text) {
                    views.push(view);
                }
            }
        }
        views
    }

    fn read(original: &str, reading: Reading) -> ReaderView {
        let mut units = decode(original);
        if reading.drop_marks {
            drop_inline_marks(&mut units);
        }
        fold_lookalikes(&mut units, reading.fold);
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(units.len());
        for (c, start, end) in units {
            map.push((text.len(), start, end));
            text.push(c);
        }
        let identity = text == original;
        ReaderView {
            text,
            map,
            original_len: original.len(),
            identity,
        }
    }

    /// Whether the view is the original itself, character for character.
    pub fn is_identity(&self) -> bool {
        self.identity
    }

    /// The byte range of the original that a byte range of the view was read from: from the
    /// start of the first character to the end of the last one.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.map.is_empty() {
            return (0, 0);
        }
        let first = match self.map.binary_search_by_key(&start, |m| m.0) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        if end <= start {
            let at = self.map.get(first).map_or(self.original_len, |m| m.1);
            return (at, at);
        }
        let last = match self.map.binary_search_by_key(&(end - 1), |m| m.0) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (self.map[first].1, self.map[last.max(first)].2)
    }
}

/// `text` as a reader sees it, for comparing terms (the deny-list, a moderator's term).
pub fn as_read(text: &str) -> String {
    ReaderView::of(text).text
}

/// One character of the view and the original bytes it stands for.
type Unit = (char, usize, usize);

/// Character references, backslash escapes, invisible characters and compatibility forms.
fn decode(original: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(original.len());
    let mut iter = original.char_indices().peekable();
    while let Some((at, c)) = iter.next() {
        let next_at = iter.peek().map_or(original.len(), |(i, _)| *i);
        if c == '&'
            && let Some((decoded, len)) = character_reference(&original[at..])
        {
            let end = at + len;
            for d in decoded.chars() {
                if let Some(d) = plain(d) {
                    units.push((d, at, end));
                }
            }
            while iter.peek().is_some_and(|(i, _)| *i < end) {
                iter.next();
            }
            continue;
        }
        if c == '\\'
            && let Some((_, escaped)) = iter.peek().copied()
            && escaped.is_ascii_punctuation()
        {
            iter.next();
            units.push((escaped, at, at + 1 + escaped.len_utf8()));
            continue;
        }
        if let Some(p) = plain(c) {
            units.push((p, at, next_at));
        }
    }
    units
}

/// A character as read: `None` for an invisible one, its plain form for a compatibility one.
fn plain(c: char) -> Option<char> {
    let cp = c as u32;
    match c {
        // Invisible: soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
        // fillers, Mongolian variation selectors and vowel separator, zero-width
        // space/non-joiner/joiner, directional marks and embeddings, word joiner and invisible
        // operators, isolates, variation selectors, byte-order mark, tag characters.
        '\u{00AD}'
        | '\u{034F}'
        | '\u{061C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{180B}'..='\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}' => None,
        // Combining accents (text pasted in decomposed form, "Київ" as і + U+0308): dropped,
        // so that the word is not split; the detector compares letters without diacritics.
        '\u{0300}'..='\u{036F}' => None,
        // Spaces of every width read as a space.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        // Full-width ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(cp - 0xFF01 + 0x21),
        // Mathematical alphanumerics: 13 alphabets of 52 letters, then 5 sets of 10 digits.
        '\u{1D400}'..='\u{1D6A3}' => {
            let i = (cp - 0x1D400) % 52;
            char::from_u32(if i < 26 {
                'A' as u32 + i
            } else {
                'a' as u32 + i - 26
            })
        }
        '\u{1D7CE}'..='\u{1D7FF}' => char::from_u32('0' as u32 + (cp - 0x1D7CE) % 10),
        _ => Some(digit_of_other_script(c).unwrap_or(c)),
    }
}

/// A decimal digit of another script (Arabic-Indic, Devanagari, …) as an ASCII digit.
fn digit_of_other_script(c: char) -> Option<char> {
    const ZEROS: [u32; 12] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0E50,
    ];
    let cp = c as u32;
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&cp))
        .and_then(|zero| char::from_u32('0' as u32 + cp - zero))
}

/// A character reference at the start of `text` (which starts with `&`), as CommonMark
/// reads it: the decoded text and the reference's length in bytes.
fn character_reference(text: &str) -> Option<(String, usize)> {
    // The longest reference CommonMark knows is 32 characters: look no further (a text of
    // ampersands must not cost a search to its end for each one).
    let end = text.as_bytes()[1..]
        .iter()
        .take(33)
        .position(|b| *b == b';')?
        + 1;
    let name = &text[1..end];
    let len = end + 1;
    if let Some(number) = name.strip_prefix('#') {
        let value = if let Some(hex) = number.strip_prefix(['x', 'X']) {
            if hex.is_empty() || hex.len() > 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            u32::from_str_radix(hex, 16).ok()?
        } else {
            if number.is_empty() || number.len() > 7 || !number.chars().all(|c| c.is_ascii_digit())
            {
                return None;
            }
            number.parse().ok()?
        };
        let c = match value {
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((c.to_string(), len));
    }
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // Named references: let the renderer's own parser say what it shows.
    let reference = &text[..len];
    let mut shown = String::new();
    for event in pulldown_cmark::Parser::new(reference) {
        if let pulldown_cmark::Event::Text(t) = event {
            shown.push_str(&t);
        }
    }
    (shown != reference && !shown.is_empty()).then_some((shown, len))
}

/// Drops `*`, `_`, `~` and `` ` `` that stand between two letters or digits, with nothing but
/// such marks between them: `Ok**s**ana` reads `Oksana`.
fn drop_inline_marks(units: &mut Vec<Unit>) {
    let is_mark = |c: char| matches!(c, '*' | '_' | '~' | '`');
    let mut keep = vec![true; units.len()];
    let mut i = 0;
    while i < units.len() {
        if is_mark(units[i].0) {
            let run_start = i;
            while i < units.len() && is_mark(units[i].0) {
                i += 1;
            }
            let before = run_start
                .checked_sub(1)
                .is_some_and(|b| units[b].0.is_alphanumeric());
            let after = units.get(i).is_some_and(|u| u.0.is_alphanumeric());
            if before && after {
                keep[run_start..i].iter_mut().for_each(|k| *k = false);
            }
        } else {
            i += 1;
        }
    }
    let mut index = 0;
    units.retain(|_| {
        let kept = keep[index];
        index += 1;
        kept
    });
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
}

fn script(c: char) -> Option<Script> {
    match c {
        'A'..='Z' | 'a'..='z' | '\u{00C0}'..='\u{024F}' => Some(Script::Latin),
        '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}' => Some(Script::Cyrillic),
        '\u{0370}'..='\u{03FF}' => Some(Script::Greek),
        _ => None,
    }
}

/// Whether `c` is a Cyrillic letter.
pub fn is_cyrillic(c: char) -> bool {
    script(c) == Some(Script::Cyrillic)
}

/// Whether any word of `text` mixes Latin, Cyrillic and Greek letters.
pub fn mixes_scripts(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|word| {
        let mut seen: Option<Script> = None;
        word.chars().filter_map(script).any(|s| {
            let mixed = seen.is_some_and(|first| first != s);
            seen.get_or_insert(s);
            mixed
        })
    })
}

/// Letters that look alike across Latin, Cyrillic and Greek: (Latin, Cyrillic, Greek).
const LOOKALIKES: &[(char, char, char)] = &[
    ('a', 'а', 'α'),
    ('c', 'с', 'ϲ'),
    ('d', 'ԁ', '\0'),
    ('e', 'е', 'ε'),
    ('h', 'һ', '\0'),
    ('i', 'і', 'ι'),
    ('j', 'ј', 'ϳ'),
    ('k', 'к', 'κ'),
    ('l', 'ӏ', '\0'),
    ('n', '\0', 'η'),
    ('o', 'о', 'ο'),
    ('p', 'р', 'ρ'),
    ('q', 'ԛ', '\0'),
    ('s', 'ѕ', '\0'),
    ('t', 'т', 'τ'),
    ('u', '\0', 'υ'),
    ('v', 'ѵ', 'ν'),
    ('w', 'ԝ', 'ω'),
    ('x', 'х', 'χ'),
    ('y', 'у', 'γ'),
    ('A', 'А', 'Α'),
    ('B', 'В', 'Β'),
    ('C', 'С', 'Ϲ'),
    ('E', 'Е', 'Ε'),
    ('H', 'Н', 'Η'),
    ('I', 'І', 'Ι'),
    ('J', 'Ј', '\0'),
    ('K', 'К', 'Κ'),
    ('M', 'М', 'Μ'),
    ('N', '\0', 'Ν'),
    ('O', 'О', 'Ο'),
    ('P', 'Р', 'Ρ'),
    ('S', 'Ѕ', '\0'),
    ('T', 'Т', 'Τ'),
    ('X', 'Х', 'Χ'),
    ('Y', 'У', 'Υ'),
    ('Z', '\0', 'Ζ'),
];

fn lookalike(c: char, to: Script) -> Option<char> {
    let row = LOOKALIKES
        .iter()
        .find(|(l, cy, gr)| (*l == c || *cy == c || *gr == c) && c != '\0')?;
    let target = match to {
        Script::Latin => row.0,
        Script::Cyrillic => row.1,
        Script::Greek => row.2,
    };
    (target != '\0').then_some(target)
}

/// In each word that mixes scripts, reads the minority scripts' look-alikes as letters of the
/// majority script (Latin on a tie).
fn fold_lookalikes(units: &mut [Unit], fold: Fold) {
    let mut i = 0;
    while i < units.len() {
        if !units[i].0.is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < units.len() && units[i].0.is_alphabetic() {
            i += 1;
        }
        let word = &mut units[start..i];
        let mut counts = [0usize; 3];
        for (c, _, _) in word.iter() {
            match script(*c) {
                Some(Script::Latin) => counts[0] += 1,
                Some(Script::Cyrillic) => counts[1] += 1,
                Some(Script::Greek) => counts[2] += 1,
                None => {}
            }
        }
        if counts.iter().filter(|n| **n > 0).count() < 2 {
            continue;
        }
        let majority = match fold {
            Fold::Into(script) => script,
            Fold::Majority if counts[0] >= counts[1] && counts[0] >= counts[2] => Script::Latin,
            Fold::Majority if counts[1] >= counts[2] => Script::Cyrillic,
            Fold::Majority => Script::Greek,
        };
        for unit in word.iter_mut() {
            if script(unit.0).is_some_and(|s| s != majority)
                && let Some(folded) = lookalike(unit.0, majority)
            {
                unit.0 = folded;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn original_of<'a>(original: &'a str, view: &ReaderView, needle: &str) -> &'a str {
        let at = view.text.find(needle).expect("the view has the needle");
        let (s, e) = view.original_range(at, at + needle.len());
        &original[s..e]
    }

    #[test]
    fn character_references_are_read_and_mapped_back() {
        let original = "Met O&#107;sana K&#x6F;valenko, +380&#32;67&#32;123&#32;4567 &amp; co";
        let view = ReaderView::of(original);
        assert_eq!(view.text, "Met Oksana Kovalenko, +380 67 123 4567 & co");
        assert_eq!(original_of(original, &view, "Oksana"), "O&#107;sana");
        assert_eq!(
            original_of(original, &view, "+380 67 123 4567"),
            "+380&#32;67&#32;123&#32;4567"
        );
    }

    #[test]
    fn named_references_read_as_the_renderer_shows_them() {
        assert_eq!(
            as_read("Ren&eacute;e &notanentity; &lt;"),
            "Renée &notanentity; <"
        );
    }

    #[test]
    fn invisible_characters_are_dropped() {
        let original = "Ok\u{200B}sa\u{00AD}na Ko\u{2060}valenko\u{FEFF}";
        let view = ReaderView::of(original);
        assert_eq!(view.text, "Oksana Kovalenko");
        assert_eq!(
            original_of(original, &view, "Oksana"),
            "Ok\u{200B}sa\u{00AD}na"
        );
    }

    #[test]
    fn lookalikes_follow_the_word_s_majority_script() {
        // Latin with a Cyrillic а; Cyrillic with a Latin n; a clean Cyrillic word stays.
        assert_eq!(as_read("Oks\u{0430}na"), "Oksana");
        assert_eq!(as_read("Окс\u{0061}на"), "Оксана");
        assert_eq!(as_read("Оксана Kovalenko"), "Оксана Kovalenko");
        assert_eq!(as_read("Ολένα"), "Ολένα");
    }

    #[test]
    fn compatibility_forms_read_plain() {
        assert_eq!(as_read("+３８０ ６７"), "+380 67");
        assert_eq!(as_read("\u{1D40E}\u{1D424}\u{1D42C}"), "Oks");
        assert_eq!(as_read("٠٦٧"), "067");
        assert_eq!(as_read("a\u{00A0}b"), "a b");
    }

    #[test]
    fn emphasis_inside_a_word_is_dropped_but_not_around_it() {
        assert_eq!(as_read("Ok**s**ana"), "Oksana");
        assert_eq!(as_read("Ok`s`ana"), "Oksana");
        assert_eq!(as_read("**bold** word"), "**bold** word");
        assert_eq!(as_read("snake_case"), "snakecase");
    }

    #[test]
    fn backslash_escapes_read_as_their_sign() {
        assert_eq!(as_read("067\\-123"), "067-123");
        assert_eq!(as_read("C:\\path"), "C:\\path");
    }

    #[test]
    fn a_same_length_lookalike_is_no_identity() {
        // A Greek alpha for a Cyrillic а: the same length, not the same text.
        assert!(!ReaderView::of("вільхівк\u{03B1}").is_identity());
    }

    #[test]
    fn every_reading_of_a_mixed_word_is_offered() {
        // Three Cyrillic letters and two Latin ones that a reader sees as "Petro".
        let readings: Vec<String> = ReaderView::readings("Р\u{0435}tr\u{043E}")
            .into_iter()
            .map(|v| v.text)
            .collect();
        assert!(readings.contains(&"Petro".to_string()), "{readings:?}");
        // Marks kept as typed: "in_vilkhivka" is two words to a reader.
        let readings: Vec<String> = ReaderView::readings("in_vilkhivka")
            .into_iter()
            .map(|v| v.text)
            .collect();
        assert!(
            readings.contains(&"in_vilkhivka".to_string()),
            "{readings:?}"
        );
        assert_eq!(ReaderView::readings("plain words").len(), 1);
    }

    #[test]
    fn decomposed_accents_and_variation_selectors_do_not_split_words() {
        assert_eq!(as_read("Киі\u{0308}в"), "Киів");
        assert_eq!(as_read("Ok\u{FE0F}sana"), "Oksana");
        assert_eq!(as_read("Ok\u{E0041}sana"), "Oksana");
    }

    #[test]
    fn plain_text_is_its_own_view() {
        let view = ReaderView::of("Оксана met the commander in Vilkhivka.");
        assert!(view.is_identity());
        assert_eq!(view.original_range(0, 12), (0, 12));
    }
}

//! Findings with a shape: e-mail, URL, handle, phone, IBAN, card, IP, coordinates, vehicle
//! plate, identity numbers (with their checksums where they have one), military units, and
//! dates that name a day. Each function returns byte spans; the caller converts.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;

/// A raw match: kind, byte span, confidence, and for dates the month and year to keep.
#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
    pub suggestion: Option<String>,
}

struct Span {
    start: usize,
    end: usize,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("detector patterns compile")
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?-u:\b)")
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'«»()\[\]]+[^\s<>"'«»()\[\].,;:!?]"#)
});
/// A profile's link on a social network or a messenger ("t.me/nadiya_help",
/// "facebook.com/vatrabunicilor.md"), or a short link ("forms.gle/…", "bit.ly/…"), with or
/// without "https://": a link (`url`), as the field's writers label it; an account
/// (`handle`) is the name after "@".
static HANDLE_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:https?://)?(?:t\.me|telegram\.me|instagram\.com|facebook\.com|fb\.com|x\.com|twitter\.com|tiktok\.com|vk\.com|linkedin\.com/in|forms\.gle|bit\.ly|goo\.gl|tinyurl\.com|linktr\.ee|youtu\.be|youtube\.com)/[A-Za-z0-9_.\-@]{3,}",
    )
});
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s(\[,;:])(@[A-Za-z][A-Za-z0-9_.]{3,31})\b"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+\s?\d{1,3}|(?-u:\b)0|\(0\d{1,4}\))[\d \t\u{a0}().\-/]{6,18}\d(?-u:\b)")
});
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?-u:\b)")
});
static CARD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)\d{4}(?:[\s\-]?\d{4}){2}[\s\-]?\d{1,7}(?-u:\b)"));
static IPV4: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(?:\d{1,3}\.){3}\d{1,3}(?-u:\b)"));
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:[0-9a-f:]*)(?-u:\b)")
});
static COORDINATES_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[NS]?\s?-?(?-u:\b)\d{1,2}\.\d{3,}\s?°?\s?[NS]?\s*[,;/ ]\s*[EW]?\s?-?\d{1,3}\.\d{3,}\s?°?\s?[EW]?(?-u:\b)",
    )
});
static COORDINATES_DMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:\.\d+)?["″”]\s?)?[NSПС]\.?,?\s*\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:\.\d+)?["″”]\s?)?[EWСЗВ]"#,
    )
});
/// Plates: Ukrainian (AA 1234 BB, Latin or Cyrillic look-alikes), Polish (WA 12345, KR 1AB23),
/// Romanian (B 123 ABC, CJ 12 ABC), Moldovan (ABC 123, C AB 123).
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[ABCEHIKMOPTXАВСЕНІКМОРТХ]{2}\s?\d{4}\s?[ABCEHIKMOPTXАВСЕНІКМОРТХ]{2}|[A-Z]{1,2}\s\d{2,3}\s[A-Z]{3}|[A-Z]{2,3}\s\d{4,5}|[A-Z]{2,3}\s\d[A-Z]{2}\d{2,3}|[A-Z]{3}\s\d{3})",
    )
});
static LONG_DIGITS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)\d{9,13}(?-u:\b)"));
static UA_PASSPORT: LazyLock<Regex> = LazyLock::new(|| re(r"[А-ЯІЇЄҐA-Z]{2}\s?\d{6}"));

/// The matches of `re` that stand as words: no letter, digit or "_" right before or after.
/// For the patterns that begin or end with Cyrillic letters ([`PLATE`], [`UA_PASSPORT`]): an
/// ASCII `\b` cannot see their edges, and a Unicode `\b` keeps the regex off its fast engine
/// (it was an eighth of a scan's time, in the slow one).
fn word_matches<'t>(re: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    re.find_iter(text).filter(move |m| {
        !text[..m.start()].chars().next_back().is_some_and(word)
            && !text[m.end()..].chars().next().is_some_and(word)
    })
}
static PL_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{3}\s?\d{6}(?-u:\b)|(?-u:\b)[A-Z]{2}\s?\d{7}(?-u:\b)"));
static ID_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:passport|паспорт|paszport|pașaport|pasaport|id card|посвідчення|ідентифікаційн|dowód|dowodu|buletin|carte de identitate|номер|nr\.?|no\.?)\s*[:#№]?\s*([A-ZА-ЯІЇЄ]{0,3}\s?\d{6,12})",
    )
});
/// Military units, in three shapes, each with a literal or digit start so the regex engine can
/// skip ahead quickly: a unit word and its number (в/ч А1234, JW 1234, unitatea militară 1234),
/// an ordinal and a unit word (93rd brigade, 93-тя бригада, 12 Brygada), a unit word and a
/// number or a quoted name (Brigada 93, батальйон «Азов»).
static UNIT_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?:військов\w*\s+частин\w*|воинск\w*\s+част\w*|в/ч|military\s+unit|jednostk\w*\s+wojskow\w*|(?-u:\b)jw|unitat\w*\s+militar\w*|(?-u:\b)u\.m\.)\s*[№#]?\s*[A-ZА-Я]?\s?\d{3,5}"#,
    )
});
static UNIT_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?-u:\b)\d{1,3}(?:-?(?:st|nd|rd|th|й|я|а|ї|та|тя|ша|ма|га|ca|a))?\s+(?:okrem\w*\s+|окрем\w*\s+|mechanized\s+|механізован\w*\s+|мотострілец\w*\s+|штурмов\w*\s+|assault\s+|marine\s+|морськ\w*\s+|zmechanizowan\w*\s+|mecanizat\w*\s+)?(?:brigade|battalion|regiment|division|бригад\w*|батальйон\w*|батальон\w*|полк\w*|дивізі\w*|brygad\w*|batalion\w*|pułk\w*|brigad\w*|regiment\w*)"#,
    )
});
static UNIT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?:brigade|battalion|regiment|бригад\w*|батальйон\w*|батальон\w*|полк\w*|brygad\w*|batalion\w*|pułk\w*|brigad\w*|batalionul\w*|regimentul\w*)\s+(?:(?:№\s?)?\d{1,3}(?-u:\b)|[«"„]\p{Lu}[\p{L}\-]+[»"”])"#,
    )
});

/// A Polish company by its legal form after its name ("Pol-Job sp. z o.o.", "Agro-Bud S.A.").
static PL_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]+\s+(?:[Ss]p\.\s?z\s?o\.\s?o\.|[Ss]p\.\s?[jk]\.|S\.A\.)"#,
    )
});

const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // Ukrainian (genitive, as in dates) and nominative
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Russian
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    // Polish (genitive)
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("wrzesnia", 9),
    ("października", 10),
    ("pazdziernika", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Romanian
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("mai", 5),
    ("iunie", 6),
    ("iulie", 7),
    ("august", 8),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
];

static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:(?P<d>0?[1-9]|[12]\d|3[01])[./](?P<m>0?[1-9]|1[0-2])[./](?P<y>(?:19|20)?\d{2})|(?P<y2>(?:19|20)\d{2})-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01]))(?-u:\b)",
    )
});
static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    // Longest first, so that "decembrie" is not read as "dec".
    let mut sorted: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    sorted.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    let months: Vec<String> = sorted.iter().map(|m| regex::escape(m)).collect();
    let alt = months.join("|");
    re(&format!(
        r"(?i)(?:(?-u:\b)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|-?го|-?е|-?я)?(?:\s+of)?\s+(?P<m>{alt})\.?(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?(?P<suffix>\s*(?:року|рік|года|г\.|р\.|roku|r\.))?(?:[^\p{{L}}]|$)|(?P<m2>{alt})\.?\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?)"
    ))
});

/// The months as a generalised date names them (in English: the redaction writes them in the
/// text's language).
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month and year to keep instead of a day, in the language of the month word.
fn month_year(month: u32, year: Option<&str>, english: bool) -> String {
    let name = MONTH_NAMES[(month.clamp(1, 12) - 1) as usize];
    match (year, english) {
        (Some(y), _) => format!("{name} {y}"),
        (None, _) => name.to_string(),
    }
}

fn month_number(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == lower).map(|(_, n)| *n)
}

/// A day written in words, in the five languages: English ordinals, Ukrainian, Russian and
/// Polish ordinals in the cases a date takes ("третього", "к первому", "dwudziestego
/// siódmego"), Romanian cardinals ("douăzeci și unu"), and the tens before them.
const SPELLED_DAYS: &str = concat!(
    // English
    "(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)",
    "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth",
    "|nineteenth|twentieth|thirtieth",
    // Ukrainian
    "|(?:(?:двадцять|тридцять)\\s+)?(?:перш|друг|трет|четверт|п['’ʼ]?ят|шост|сьом|восьм",
    "|дев['’ʼ]?ят|десят|одинадцят|дванадцят|тринадцят|чотирнадцят|п['’ʼ]?ятнадцят|шістнадцят",
    "|сімнадцят|вісімнадцят|дев['’ʼ]?ятнадцят|двадцят|тридцят)(?:ого|ому|ього|ьому|е|є|ій)",
    // Russian
    "|(?:(?:двадцать|тридцать)\\s+)?(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят",
    "|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат",
    "|восемнадцат|девятнадцат|двадцат|тридцат)(?:ого|ому|ьего|ьему|ое|ье)",
    // Polish
    "|(?:(?:dwudziest|trzydziest)(?:ego|emu|y)\\s+)?(?:pierwsz|drug|trzec|czwart|pi[ąa]t|sz[óo]st",
    "|si[óo]dm|[óo]sm|dziewi[ąa]t|dziesi[ąa]t|jedenast|dwunast|trzynast|czternast|pi[ęe]tnast",
    "|szesnast|siedemnast|osiemnast|dziewi[ęe]tnast|dwudziest|trzydziest)(?:ego|iego|emu|iemu|y|i)",
    // Romanian
    "|(?:(?:dou[ăa]zeci|treizeci)\\s+(?:[șşs]i\\s+)?)?(?:unu|doi|dou[ăa]|trei|patru|cinci",
    "|[șşs]ase|[șşs]apte|opt|nou[ăa])",
    "|[îi]nt[âa]i|zece|unsprezece|doisprezece|dou[ăa]sprezece|treisprezece|paisprezece",
    "|cincisprezece|[șşs]aisprezece|[șşs]aptesprezece|optsprezece|nou[ăa]sprezece|dou[ăa]zeci",
    "|treizeci",
);

/// A date whose day is written in words: "the second of March", "March the second",
/// "третього лютого", "к первому июня", "dwudziestego siódmego stycznia", "douăzeci și unu
/// aprilie"; with its year when one follows.
static DATE_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    // Full month names only: "mai" and "may" are also words, and an abbreviation after a
    // spelled day is not how anyone writes ("maja" is May in Polish, and no other word).
    // "întâi mai" (the first of May) is the one exception: "întâi" is never "more".
    let mut months: Vec<&str> = MONTHS
        .iter()
        .map(|(m, _)| *m)
        .filter(|m| *m == "maja" || !(m.is_ascii() && m.len() <= 4))
        .collect();
    months.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    let alt = months.join("|");
    re(&format!(
        r"(?i)(?:(?:the\s+)?(?P<d>{SPELLED_DAYS})(?:\s+(?:of|de))?\s+(?P<m>{alt})|(?P<m2>{alt})\s+the\s+(?P<d2>{SPELLED_DAYS})|[îi]nt[âa]i\s+(?P<m3>mai))(?:,?\s+(?P<y>(?:19|20)\d{{2}})(?:\s*(?:року|рік|года|г\.|р\.|roku|r\.))?)?"
    ))
});

/// Dates whose day is written in words ([`DATE_SPELLED`]), where they stand as words (no
/// letter or digit right before or after).
fn spelled_dates(text: &str, hits: &mut Vec<Hit>) {
    let word_char = |c: char| c.is_alphanumeric();
    for c in DATE_SPELLED.captures_iter(text) {
        let whole = c.get(0).expect("whole match");
        if text[..whole.start()]
            .chars()
            .next_back()
            .is_some_and(word_char)
            || text[whole.end()..].chars().next().is_some_and(word_char)
        {
            continue;
        }
        let Some(month_word) = c
            .name("m")
            .or_else(|| c.name("m2"))
            .or_else(|| c.name("m3"))
            .map(|m| m.as_str())
        else {
            continue;
        };
        let Some(month) = month_number(month_word) else {
            continue;
        };
        if hits
            .iter()
            .any(|h| h.kind == Kind::Date && h.start < whole.end() && whole.start() < h.end)
        {
            continue;
        }
        hits.push(Hit {
            kind: Kind::Date,
            start: whole.start(),
            end: whole.end(),
            confidence: 0.9,
            suggestion: Some(month_year(
                month,
                c.name("y").map(|y| y.as_str()),
                month_word.is_ascii(),
            )),
        });
    }
}

pub fn luhn(digits: &str) -> bool {
    let digits: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() < 13 || digits.len() > 19 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

pub fn iban_valid(raw: &str) -> bool {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() < 15 || compact.len() > 34 {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let rearranged = format!("{tail}{head}");
    let mut remainder: u64 = 0;
    for c in rearranged.chars() {
        let value = match c {
            '0'..='9' => c as u64 - '0' as u64,
            'A'..='Z' => c as u64 - 'A' as u64 + 10,
            _ => return false,
        };
        let width = if value >= 10 { 100 } else { 10 };
        remainder = (remainder * width + value) % 97;
    }
    remainder == 1
}

fn digits_of(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// Polish PESEL: 11 digits, weights 1-3-7-9.
pub fn pesel_valid(s: &str) -> bool {
    let d = digits_of(s);
    if d.len() != 11 {
        return false;
    }
    let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    (10 - sum % 10) % 10 == d[10]
}

/// Romanian CNP: 13 digits, weights 279146358279, remainder 10 → 1.
pub fn cnp_valid(s: &str) -> bool {
    let d = digits_of(s);
    if d.len() != 13 || d[0] == 0 {
        return false;
    }
    let weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    let check = sum % 11;
    (if check == 10 { 1 } else { check }) == d[12]
}

/// Moldovan IDNP: 13 digits, weights 7-3-1 repeating.
pub fn idnp_valid(s: &str) -> bool {
    let d = digits_of(s);
    if d.len() != 13 {
        return false;
    }
    let sum: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, a)| a * [7, 3, 1][i % 3])
        .sum();
    sum % 10 == d[12]
}

/// Ukrainian RNOKPP (tax number): 10 digits, weights -1 5 7 9 4 6 10 5 7, mod 11 mod 10.
pub fn rnokpp_valid(s: &str) -> bool {
    let d = digits_of(s);
    if d.len() != 10 {
        return false;
    }
    let weights: [i64; 9] = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
    let sum: i64 = d[..9].iter().zip(weights).map(|(a, w)| *a as i64 * w).sum();
    (sum.rem_euclid(11) % 10) as u32 == d[9]
}

/// Polish identity card: three letters and six digits with a check digit in position four.
fn pl_id_card_valid(s: &str) -> bool {
    let compact: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() != 9 || !compact[..3].iter().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let value = |c: char| {
        if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else {
            c as u32 - 'A' as u32 + 10
        }
    };
    let weights = [7, 3, 1, 0, 7, 3, 1, 7, 3];
    let sum: u32 = compact
        .iter()
        .zip(weights)
        .map(|(c, w)| value(*c) * w)
        .sum();
    sum % 10 == value(compact[3])
}

/// Puts a finding of `kind` over `start..end` in place of the names, places and organisations
/// other rules found inside it (an address over its street, a person over an initial).
/// Whether the date at `start` is a law's or a decree's ("ustawy z dnia 12 marca 2022 r.",
/// "rozporządzenia z dn. 5 kwietnia", "the Act of 12 March 2022"): the words just before it.
fn law_date(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_lowercase();
    ((before.ends_with("z dnia ") || before.ends_with("z dn. "))
        && ["ustaw", "rozporządz", "dekret", "uchwał", "obwieszcz"]
            .iter()
            .any(|w| before.contains(w)))
        // "the Act of 12 March 2022 on Assistance…".
        || ["act of ", "law of ", "decree of "]
            .iter()
            .any(|w| before.ends_with(w))
}

pub(super) fn claim(hits: &mut Vec<Hit>, kind: Kind, start: usize, end: usize, confidence: f32) {
    hits.retain(|h| !(h.kind.is_word_kind() && h.start < end && start < h.end));
    push(hits, kind, start, end, confidence);
}

fn push(hits: &mut Vec<Hit>, kind: Kind, start: usize, end: usize, confidence: f32) {
    hits.push(Hit {
        kind,
        start,
        end,
        confidence,
        suggestion: None,
    });
}

pub fn find(text: &str, hits: &mut Vec<Hit>) {
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            push(hits, Kind::Email, m.start(), m.end(), 0.99);
        }
        for whole in HANDLE.find_iter(text) {
            let Some(c) = HANDLE.captures(whole.as_str()) else {
                continue;
            };
            let inner = c.get(1).expect("group");
            let m = (whole.start() + inner.start(), whole.start() + inner.end());
            let m = Span {
                start: m.0,
                end: m.1,
            };
            // Not the tail of an e-mail address.
            if !text[..m.start].ends_with(|ch: char| ch.is_alphanumeric()) {
                push(hits, Kind::Handle, m.start, m.end, 0.95);
            }
        }
    }
    if text.contains('.') || text.contains('/') {
        find_links(text, hits);
    }
    // Every remaining shape has digits in it.
    if has_digit {
        find_numbers(text, hits);
        dates(text, hits);
    }
    // A day in words needs no digit ("третього лютого").
    spelled_dates(text, hits);
    // "Elektrobud Sp. z o.o.": a Polish company by its legal form (no digit in it).
    if text.contains("p. ") || text.contains("S.A.") {
        for m in PL_COMPANY.find_iter(text) {
            claim(hits, Kind::Organisation, m.start(), m.end(), 0.85);
        }
    }
}

fn find_links(text: &str, hits: &mut Vec<Hit>) {
    for m in HANDLE_LINK.find_iter(text) {
        push(hits, Kind::Url, m.start(), m.end(), 0.97);
    }
    for m in URL.find_iter(text) {
        push(hits, Kind::Url, m.start(), m.end(), 0.98);
    }
}

fn find_numbers(text: &str, hits: &mut Vec<Hit>) {
    for m in IBAN.find_iter(text) {
        if iban_valid(m.as_str()) {
            push(hits, Kind::Iban, m.start(), m.end(), 0.99);
        }
    }
    for m in CARD.find_iter(text) {
        if luhn(m.as_str()) {
            push(hits, Kind::Card, m.start(), m.end(), 0.98);
        }
    }
    for m in IPV4.find_iter(text) {
        if m.as_str().parse::<std::net::Ipv4Addr>().is_ok() && !is_dotted_date(m.as_str()) {
            push(hits, Kind::Ip, m.start(), m.end(), 0.97);
        }
    }
    for m in IPV6.find_iter(text) {
        if m.as_str().parse::<std::net::Ipv6Addr>().is_ok() {
            push(hits, Kind::Ip, m.start(), m.end(), 0.97);
        }
    }
    for m in COORDINATES_DECIMAL
        .find_iter(text)
        .chain(COORDINATES_DMS.find_iter(text))
    {
        push(hits, Kind::Coordinates, m.start(), m.end(), 0.95);
    }
    for m in word_matches(&PLATE, text) {
        if !m
            .as_str()
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace())
        {
            push(hits, Kind::VehiclePlate, m.start(), m.end(), 0.85);
        }
    }
    for m in LONG_DIGITS.find_iter(text) {
        let s = m.as_str();
        if pesel_valid(s) || cnp_valid(s) || idnp_valid(s) || rnokpp_valid(s) {
            // A checksum-valid national number outranks a card number that happens to pass Luhn.
            push(hits, Kind::IdNumber, m.start(), m.end(), 0.99);
        }
    }
    for m in word_matches(&UA_PASSPORT, text) {
        let s = m.as_str();
        if s.chars().take(2).all(|c| c.is_uppercase()) && word_matches(&PLATE, s).next().is_none() {
            push(hits, Kind::IdNumber, m.start(), m.end(), 0.8);
        }
    }
    for m in PL_ID.find_iter(text) {
        if pl_id_card_valid(m.as_str()) {
            push(hits, Kind::IdNumber, m.start(), m.end(), 0.95);
        }
    }
    for whole in ID_CUE.find_iter(text) {
        let Some(c) = ID_CUE.captures(whole.as_str()) else {
            continue;
        };
        let m = c.get(1).expect("group");
        if m.as_str().chars().filter(char::is_ascii_digit).count() >= 6 {
            push(
                hits,
                Kind::IdNumber,
                whole.start() + m.start(),
                whole.start() + m.end(),
                0.85,
            );
        }
    }
    for m in UNIT_NUMBERED
        .find_iter(text)
        .chain(UNIT_ORDINAL.find_iter(text))
        .chain(UNIT_NAMED.find_iter(text))
    {
        push(hits, Kind::MilitaryUnit, m.start(), m.end(), 0.9);
    }
    for m in PHONE.find_iter(text) {
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        if (9..=15).contains(&digits)
            && !is_dotted_date(m.as_str().trim())
            && !opens_with_dated_time(m.as_str())
        {
            push(hits, Kind::Phone, m.start(), m.end(), 0.95);
        }
    }
}

/// A chat log's "03.05.2022 09:14": a full date with its year, then the hour. The digits run
/// together like a phone's, but no phone number opens with a date.
fn opens_with_dated_time(s: &str) -> bool {
    DATE_NUMERIC.find(s).is_some_and(|m| {
        m.start() == 0 && m.as_str().len() >= 8 && s[m.end()..].trim_start().len() <= 2
    })
}

fn is_dotted_date(s: &str) -> bool {
    DATE_NUMERIC
        .find(s)
        .is_some_and(|m| m.start() == 0 && m.end() == s.len())
}

fn dates(text: &str, hits: &mut Vec<Hit>) {
    for whole in DATE_NUMERIC.find_iter(text) {
        let Some(c) = DATE_NUMERIC.captures(whole.as_str()) else {
            continue;
        };
        let m = Span {
            start: whole.start(),
            end: whole.end(),
        };
        let (month, year) = match (c.name("m"), c.name("m2")) {
            (Some(month), _) => (month.as_str(), c.name("y").map(|y| y.as_str())),
            (_, Some(month)) => (month.as_str(), c.name("y2").map(|y| y.as_str())),
            _ => continue,
        };
        let year = year.map(|y| {
            if y.len() == 2 {
                format!("20{y}")
            } else {
                y.to_string()
            }
        });
        let month: u32 = month.parse().unwrap_or(1);
        hits.push(Hit {
            kind: Kind::Date,
            start: m.start,
            end: m.end,
            confidence: 0.95,
            suggestion: Some(month_year(month, year.as_deref(), true)),
        });
    }
    for whole in DATE_WORDS.find_iter(text) {
        let Some(c) = DATE_WORDS.captures(whole.as_str()) else {
            continue;
        };
        // The match may end with the character after the month (the word boundary is matched,
        // not looked at): the date ends with its last part.
        let last = ["y", "m", "y2", "d2", "suffix"]
            .iter()
            .filter_map(|g| c.name(g))
            .map(|g| g.end())
            .max()
            .unwrap_or(whole.len());
        let m = Span {
            start: whole.start(),
            end: whole.start() + last,
        };
        // "21:05 марта: прийнято": the minutes of a time and a chat writer named Marta.
        if text[..m.start].ends_with(':') && text[m.end..].starts_with(':') {
            continue;
        }
        // "ustawy z dnia 12 marca 2022 r. o pomocy…": a law's date names the law, no one.
        if law_date(text, m.start) {
            continue;
        }
        let (month_word, year) = match (c.name("m"), c.name("m2")) {
            (Some(month), _) => (month.as_str(), c.name("y")),
            (_, Some(month)) => (month.as_str(), c.name("y2")),
            _ => continue,
        };
        let Some(month) = month_number(month_word) else {
            continue;
        };
        // "… сентября. 03.11 09:15" is the end of a sentence and a log's day, not "September 3":
        // only an abbreviated month ("Sept. 5") takes a full stop before its day.
        if c.name("m2").is_some()
            && month_word.chars().count() > 4
            && whole.as_str()[month_word.len()..].starts_with('.')
        {
            continue;
        }
        // "May 5" is a date; "may 5 people" is not: English "may" needs its capital.
        if month_word == "may" {
            continue;
        }
        // "do końca lutego\n17.01 06:25": a line's last word and the next line's day.
        if let (Some(month), Some(day)) = (c.name("m2"), c.name("d2"))
            && whole.as_str()[month.end()..day.start()].contains('\n')
        {
            continue;
        }
        hits.push(Hit {
            kind: Kind::Date,
            start: m.start,
            end: m.end,
            confidence: 0.93,
            suggestion: Some(month_year(
                month,
                year.map(|y| y.as_str()),
                month_word.is_ascii(),
            )),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(luhn("4111 1111 1111 1111"));
        assert!(!luhn("4111 1111 1111 1112"));
        assert!(iban_valid("GB82 WEST 1234 5698 7654 32"));
        assert!(iban_valid("UA213223130000026007233566001"));
        assert!(!iban_valid("GB82 WEST 1234 5698 7654 33"));
        assert!(pesel_valid("44051401359"));
        assert!(!pesel_valid("44051401358"));
        assert!(cnp_valid("1800101221144"));
        assert!(!cnp_valid("1800101221145"));
        assert!(rnokpp_valid("3184710691"));
        assert!(pl_id_card_valid("ABA300000"));
    }

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        let mut hits = Vec::new();
        find(text, &mut hits);
        hits.into_iter()
            .map(|h| (h.kind, text[h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn shapes_are_found() {
        let found = kinds(
            "Call +380 67 123 4567 or write to olena.k@example.org, see https://example.org/a?b=c.",
        );
        assert!(
            found.contains(&(Kind::Phone, "+380 67 123 4567".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&(Kind::Email, "olena.k@example.org".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&(Kind::Url, "https://example.org/a?b=c".into())),
            "{found:?}"
        );
        let found = kinds("Ми виїхали 14 січня 2023 року з в/ч А1234 на машині АА 1234 ВС.");
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == Kind::Date && t.starts_with("14 січня 2023")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(k, _)| *k == Kind::MilitaryUnit),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(k, _)| *k == Kind::VehiclePlate),
            "{found:?}"
        );
        let found =
            kinds("The 93rd brigade held it; @olena_k on Telegram, t.me/nadiya_help, 192.168.1.10");
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == Kind::MilitaryUnit && t.contains("93rd")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == Kind::Handle && t == "@olena_k"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == Kind::Url && t == "t.me/nadiya_help"),
            "{found:?}"
        );
        assert!(found.iter().any(|(k, _)| *k == Kind::Ip), "{found:?}");
    }
}

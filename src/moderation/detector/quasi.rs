//! Quasi-identifiers: what singles someone out without being a name.
//!
//! - **A role with its place** — "the head of the district hospital", "the only paediatrician
//!   in the village", "голова сільради", "єдина фельдшерка на весь район", "sołtys wsi",
//!   "primarul comunei", "the widow of the former mayor". In a village of 400 people the head of
//!   the council is one person. Found as a word of role (head, лікарка, proboszcz, primar) with a
//!   word of place or institution at most four words after it (village, школи, gminy, spitalului)
//!   and nothing but spaces between, or after "the only" / єдина / единственный / jedyna /
//!   singurul.
//! - **An exact age of a person** — "a 73-year-old widow", "сину 14 років", "пенсіонерка 81
//!   року", "72-letnia", "bătrâna de 79 de ani", "her son, 14": an age in its adjective form
//!   always; "N years" only with a person or a relative at most three words before it, so that
//!   "we worked there for 3 years" is left alone.
//!
//! Each quasi-identifier is offered with a generalisation in the text's language ("[a local
//! official]", "сину [підліток]", "[aged 70–79]") and pre-ticked (confidence 0.5): a moderator
//! who unticks it has seen it; one who did not look has not published it. The span stops before
//! a name or place the other rules found, so that the place is still pseudonymised on its own.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::analysis::Analysis;
use super::{Hit, Kind};
use crate::text::fold;

/// What a role is about, which decides the generalisation offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Health,
    Education,
    Clergy,
    Official,
    /// A role that says nothing by itself (head, director, owner): the place decides.
    Any,
}

impl Field {
    /// The generalisation, in English: the redaction writes it in the text's language
    /// ([`GENERALISATIONS`]).
    fn suggestion(self) -> &'static str {
        match self {
            Field::Health => "[a health worker in the area]",
            Field::Education => "[someone at a local school]",
            Field::Clergy => "[a member of the local clergy]",
            Field::Official => "[a local official]",
            Field::Any => "[someone with a local role]",
        }
    }
}

/// The English generalisations this module writes, with their translation keys.
pub const GENERALISATIONS: &[(&str, &str)] = &[
    ("a health worker in the area", "quasi-health"),
    ("someone at a local school", "quasi-education"),
    ("a member of the local clergy", "quasi-clergy"),
    ("a local official", "quasi-official"),
    ("someone with a local role", "quasi-role"),
    ("a child", "quasi-child"),
    ("a teenager", "quasi-teenager"),
    ("an age", "quasi-age"),
];

/// A word list made ready: folded beginnings and folded whole words, both hashed (a word is
/// looked up by its own beginnings, at most seven lookups, not compared with every entry).
pub(super) struct Words {
    prefixes: HashSet<String>,
    exact: HashSet<String>,
    shortest: usize,
    /// The first two bytes of every entry, as a bit set: most words fail here, with no
    /// hashing at all.
    heads: Vec<u64>,
}

fn head(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    (bytes.len() >= 2).then(|| (usize::from(bytes[0]) << 8) | usize::from(bytes[1]))
}

/// How many letters a word may have after a listed beginning.
const ENDING: usize = 6;

impl Words {
    pub(super) fn new(entries: &[&str]) -> Self {
        let mut prefixes = HashSet::default();
        let mut exact = HashSet::default();
        for entry in entries {
            match entry.strip_prefix('=') {
                Some(word) => {
                    exact.insert(fold(word));
                }
                None => {
                    prefixes.insert(fold(entry));
                }
            }
        }
        let shortest = prefixes.iter().map(String::len).min().unwrap_or(usize::MAX);
        let mut heads = vec![0u64; 1 << 10];
        for h in prefixes.iter().chain(&exact).filter_map(|w| head(w)) {
            heads[h >> 6] |= 1 << (h & 63);
        }
        Words {
            prefixes,
            exact,
            shortest,
            heads,
        }
    }

    pub(super) fn contains(&self, folded: &str) -> bool {
        if head(folded).is_some_and(|h| self.heads[h >> 6] & (1 << (h & 63)) == 0) {
            return false;
        }
        if self.exact.contains(folded) {
            return true;
        }
        let from = self.shortest.max(folded.len().saturating_sub(ENDING));
        (from..=folded.len())
            .filter(|&cut| folded.is_char_boundary(cut))
            .any(|cut| self.prefixes.contains(&folded[..cut]))
    }
}

struct Lists {
    roles: Vec<(Field, Words)>,
    places: Vec<(Field, Words)>,
    /// "the only …": a role or a thing that exists once in a place.
    only: Words,
    /// People by relation or by what they are, before an age or a role ("сину 14 років",
    /// "the widow of the former mayor").
    people: Words,
    /// Words after a number that make it a length of life ("14 років", "79 de ani").
    years: Words,
    /// Words before a number that make it an age whatever follows ("aged 73", "у віці 73").
    age_cues: Words,
    /// The adjective of age after "N-" ("73-year-old", "73-річна", "72-letnia").
    age_adjectives: Words,
    /// Cardinal numbers in words ("п'ятдесят вісім років").
    age_number_words: Words,
    /// The number stems of compound age adjectives ("восьмилетняя", "сімдесятирічна").
    age_compounds: Words,
    /// Words before an English role that make it a noun ("the head of", not "we head to").
    determiners: HashSet<&'static str>,
}

/// The sections of `data/quasi_words.txt` (see its header), by name.
fn sections() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for line in include_str!("data/quasi_words.txt").lines() {
        if let Some(name) = line.strip_prefix("## ") {
            out.push((name.trim(), Vec::new()));
        } else if !line.starts_with('#')
            && let Some((_, words)) = out.last_mut()
        {
            words.extend(line.split_whitespace());
        }
    }
    out
}

fn field_named(name: &str) -> Field {
    match name {
        "health" => Field::Health,
        "education" => Field::Education,
        "clergy" => Field::Clergy,
        "official" => Field::Official,
        _ => Field::Any,
    }
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let sections = sections();
    let by_field = |kind: &str| -> Vec<(Field, Words)> {
        sections
            .iter()
            .filter_map(|(name, words)| {
                let field = name.strip_prefix(kind)?.trim();
                Some((field_named(field), Words::new(words)))
            })
            .collect()
    };
    let named = |wanted: &str| -> Words {
        let words = sections
            .iter()
            .find(|(name, _)| *name == wanted)
            .map(|(_, words)| words.as_slice())
            .unwrap_or_default();
        Words::new(words)
    };
    Lists {
        roles: by_field("role "),
        places: by_field("place "),
        only: named("only"),
        people: named("people"),
        years: named("years"),
        age_cues: named("age-cues"),
        age_adjectives: named("age-adjectives"),
        age_number_words: named("age-number-words"),
        age_compounds: named("age-compounds"),
        determiners: [
            "the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "this", "that",
            "local", "former", "late", "acting", "new", "old", "village", "district", "fostul",
            "fosta", "noul", "noua", "actualul", "actuala",
        ]
        .into_iter()
        .collect(),
    }
});

/// A word of role (folded): "sołtys", "директор", "primarul".
pub(super) fn is_role_word(folded: &str) -> bool {
    field_of(&LISTS.roles, folded).is_some()
}

/// A word of a person by relation or by what she is (folded): "сина", "sister", "sąsiadka";
/// not a pronoun.
pub(super) fn is_relative_word(folded: &str) -> bool {
    folded.len() > 3
        && !matches!(folded, "vona" | "yomu" | "jomu" | "jego" | "jemu" | "emu")
        && LISTS.people.contains(folded)
}

fn field_of(list: &[(Field, Words)], folded: &str) -> Option<Field> {
    list.iter()
        .find(|(_, words)| words.contains(folded))
        .map(|(field, _)| *field)
}

/// Only spaces between word `i` and the next.
fn joined(a: &Analysis, i: usize) -> bool {
    a.adjacent(i)
}

/// English words of role that are also verbs or body parts ("we head to", "chief concern").
const ENGLISH_AMBIGUOUS: &[&str] = &[
    "head",
    "chief",
    "director",
    "manager",
    "owner",
    "commander",
    "deputy",
    "secretary",
    "administrator",
    "warden",
    "driver",
];

/// The word `i` is a word of role. An English word that is also a verb or a body part
/// ("head", "chief") counts only after a determiner ("the head of").
fn role_at(a: &Analysis, i: usize) -> Option<Field> {
    let field = field_of(&LISTS.roles, &a.folded[i])?;
    // English words only: "адміністратор" folds to the same letters, and is only a role.
    let english_generic = a.words[i].text.is_ascii()
        && ENGLISH_AMBIGUOUS
            .iter()
            .any(|w| a.folded[i].trim_end_matches('s') == *w);
    // "на тисячу мешканців громади": the residents, in the plural, are everyone.
    if matches!(
        a.folded[i].as_str(),
        "meshkantsi"
            | "meshkantsiv"
            | "zhytely"
            | "zhyteliv"
            | "zhytelei"
            | "mieszkancy"
            | "mieszkancow"
            | "locuitori"
            | "locuitorii"
            | "locuitorilor"
            // "керівництво шахти": a mine's management is a body, no one person.
            | "kerivnytstvo"
            | "kerivnytstva"
            | "kerivnytstvom"
            | "rukovodstvo"
            | "rukovodstva"
    ) {
        return None;
    }
    // "nurses in Kropyvnytskyi", "most residents came from…": an English role in the plural
    // is a group, no one in particular.
    if a.words[i].text.is_ascii()
        && a.words[i].text.len() > 4
        && a.words[i].text.ends_with('s')
        && !a.words[i].text.ends_with("ss")
        && !a.words[i].text.ends_with("'s")
        && super::lexicon::LEXICON.common_en.contains(&a.folded[i])
        && !(i > 0 && only_at(a, i - 1))
    {
        return None;
    }
    // ", head of the village council": "of" after it makes it the noun too.
    let of_after = i + 1 < a.words.len() && joined(a, i) && a.folded[i + 1] == "of";
    if english_generic
        && !of_after
        && !(i > 0 && joined(a, i - 1) && LISTS.determiners.contains(a.folded[i - 1].as_str()))
    {
        return None;
    }
    Some(field)
}

/// The last word of a place or institution at most `reach` words after `i`, with only spaces
/// between, and what field it gives; a run of place words is taken whole ("district
/// hospital"). A place the other rules found ("the starosta of Raihorodok") counts too: the
/// quasi-identifier is cut back before it later.
fn place_after(a: &Analysis, i: usize, reach: usize, found: &[Hit]) -> Option<(usize, Field)> {
    let n = a.words.len();
    let mut j = i + 1;
    // A hyphenated word between counts as one ("de limbaj mimico-gestual … din județ").
    let linked =
        |k: usize| joined(a, k) || &a.text[a.words[k].byte_end..a.words[k + 1].byte_start] == "-";
    while j < n && j <= i + reach && linked(j - 1) {
        if a.words[j].text.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if let Some(mut field) = field_of(&LISTS.places, &a.folded[j]) {
            let mut last = j;
            while last + 1 < n && joined(a, last) {
                match field_of(&LISTS.places, &a.folded[last + 1]) {
                    Some(next) => {
                        if next != Field::Official {
                            field = next;
                        }
                        last += 1;
                    }
                    None => break,
                }
            }
            return Some((last, field));
        }
        let start = a.words[j].byte_start;
        // A city of 100,000 is no small place: its nurses are many.
        let city = super::lexicon::LEXICON
            .places
            .get(&a.stems[j])
            .is_some_and(|p| p.population >= 100_000);
        if !city
            && found
                .iter()
                .any(|h| h.kind == Kind::Location && h.start == start)
        {
            return Some((j, Field::Any));
        }
        j += 1;
    }
    None
}

/// "the only", "єдина", "jedyny", "singurul" — or "одна на …" ("одна на всю школу", "one for
/// three villages").
fn only_at(a: &Analysis, i: usize) -> bool {
    LISTS.only.contains(&a.folded[i])
        || (matches!(
            a.folded[i].as_str(),
            "odna" | "odyn" | "odne" | "odno" | "odin"
        ) && i + 1 < a.words.len()
            && joined(a, i)
            && a.folded[i + 1] == "na")
}

fn quasi_hit(a: &Analysis, from: usize, to: usize, confidence: f32, suggestion: String) -> Hit {
    Hit {
        kind: Kind::Quasi,
        start: a.words[from].byte_start,
        end: a.words[to].byte_end,
        confidence,
        suggestion: Some(suggestion),
    }
}

/// The word `i`, or "the" before it.
fn with_article(a: &Analysis, i: usize) -> usize {
    if i > 0 && joined(a, i - 1) && a.folded[i - 1] == "the" {
        i - 1
    } else {
        i
    }
}

/// Roles with their place, "the only …", and relations of a role.
fn roles(a: &Analysis, mention: &[bool], found: &[Hit], out: &mut Vec<Hit>) {
    let n = a.words.len();
    // "Лікарів без кордонів у школу" is Médecins Sans Frontières, not a doctor of a school.
    for (i, &in_mention) in mention.iter().enumerate() {
        if in_mention {
            continue;
        }
        if only_at(a, i) {
            // "the only paediatrician in the village", "єдина фельдшерка на весь район".
            let role = (i + 1..(i + 6).min(n))
                .take_while(|&k| joined(a, k - 1))
                .find_map(|k| field_of(&LISTS.roles, &a.folded[k]).map(|f| (k, f)));
            // "the only railway employee still living in the settlement": a clause may stand
            // between the role and its place.
            let place = place_after(a, i, 8, found);
            // "the last psychiatrist left in the whole district": "last" needs its role ("the
            // last week in the village" is no one).
            let last = a.folded[i] == "last"
                || a.folded[i].starts_with("ultim")
                || ["ostatn", "ostann", "posledn"]
                    .iter()
                    .any(|p| a.folded[i].starts_with(p));
            if last && role.is_none() {
                continue;
            }
            let field = match (role, place) {
                (Some((_, f)), _) if f != Field::Any => f,
                // "Jedyny wolny budynek w okolicy", "singura clădire potrivită din sat": the
                // only building, room or road is no one.
                (None, Some((j, _)))
                    if (i + 1..=j.min(i + 3)).any(|k| THINGS.contains(&a.folded[k].as_str())) =>
                {
                    continue;
                }
                (_, Some((_, f))) => f,
                (Some((_, f)), None) => f,
                (None, None) => {
                    // "її єдиний син у полоні з весни", "jedyny syn owdowiałej matki": an only
                    // child is one person of a small place, and the rest of the clause says
                    // which.
                    if i + 1 < n && joined(a, i) && LISTS.people.contains(&a.folded[i + 1]) {
                        let mut end = i + 1;
                        while end + 1 < n && end < i + 7 && joined(a, end) {
                            end += 1;
                        }
                        out.push(quasi_hit(
                            a,
                            with_article(a, i),
                            end,
                            0.5,
                            Field::Any.suggestion().into(),
                        ));
                    }
                    continue;
                }
            };
            let mut end = place.map(|(j, _)| j).or(role.map(|(k, _)| k)).unwrap_or(i);
            // "єдина в колонії, хто вміє шити", "jedyna w kamienicy matka z czwórką dzieci",
            // "the only one in the block who speaks Romanian": with no role named, a relative
            // pronoun or a person after the place says which one; the clause is hers.
            if let Some((j, _)) = place
                && role.is_none()
                && j + 1 < n
            {
                let gap = &a.text[a.words[j].byte_end..a.words[j + 1].byte_start];
                let relative = RELATIVE_PRONOUNS.contains(&a.folded[j + 1].as_str())
                    && matches!(gap.trim(), "" | ",");
                let person = joined(a, j) && LISTS.people.contains(&a.folded[j + 1]);
                if relative || person {
                    end = j + 1;
                    while end + 1 < n && end < j + 8 && joined(a, end) {
                        end += 1;
                    }
                }
            }
            out.push(quasi_hit(
                a,
                with_article(a, i),
                end,
                0.5,
                field.suggestion().into(),
            ));
            continue;
        }
        // "наш сільський староста", "the village priest", "wójt gminny": a role with the
        // adjective of its small place before it.
        if i > 0
            && joined(a, i - 1)
            && PLACE_ADJECTIVES
                .iter()
                .any(|p| a.folded[i - 1].starts_with(p))
            && let Some(field) = role_at(a, i)
            && place_after(a, i, 5, found).is_none()
        {
            out.push(quasi_hit(
                a,
                with_article(a, i - 1),
                i,
                0.5,
                field.suggestion().into(),
            ));
            continue;
        }
        if let Some(field) = role_at(a, i)
            && let Some((j, place_field)) = place_after(a, i, 5, found)
        {
            let field = if field == Field::Any {
                place_field
            } else {
                field
            };
            out.push(quasi_hit(
                a,
                with_article(a, i),
                j,
                0.5,
                field.suggestion().into(),
            ));
            continue;
        }
        // "the mayor's sister-in-law": a role's possessive, then a relative.
        if i + 1 < n
            && joined(a, i)
            && a.words[i].text.ends_with(['s', 'S'])
            && a.words[i].text[..a.words[i].text.len() - 1].ends_with(['\'', '’'])
            && role_at(a, i).is_some()
            && LISTS.people.contains(&a.folded[i + 1])
        {
            out.push(quasi_hit(
                a,
                with_article(a, i),
                i + 1,
                0.5,
                Field::Any.suggestion().into(),
            ));
            continue;
        }
        // "the widow of the former mayor", "син голови сільради", "soția primarului".
        if LISTS.people.contains(&a.folded[i]) && a.folded[i].len() > 3 {
            let mut k = i + 1;
            let mut role = false;
            while k < n && k <= i + 6 && joined(a, k - 1) {
                if let Some(field) = role_at(a, k) {
                    let end = place_after(a, k, 5, found).map_or(k, |(j, _)| j);
                    out.push(quasi_hit(a, i, end, 0.5, field.suggestion().into()));
                    role = true;
                    break;
                }
                k += 1;
            }
            // "his sister-in-law who runs the kiosk on the platform", "синова теща, яка
            // тримає аптеку": a relative, then who she is in a place of the story.
            let mut r = i + 1;
            while r < n
                && r <= i + 3
                && a.text[a.words[r - 1].byte_end..a.words[r].byte_start] == *"-"
            {
                r += 1;
            }
            if !role
                && r < n
                && matches!(
                    a.text[a.words[r - 1].byte_end..a.words[r].byte_start].trim(),
                    "" | ","
                )
                && RELATIVE_PRONOUNS.contains(&a.folded[r].as_str())
                && let Some((j, field)) = place_after(a, r + 1, 5, found)
            {
                out.push(quasi_hit(a, i, j, 0.5, field.suggestion().into()));
            }
        }
    }
}

/// Beginnings (folded) of the verbs of a life's events — born, died, killed, went missing — in
/// the five languages.
const LIFE_EVENTS: &[&str] = &[
    "born",
    "died",
    "killed",
    "drowned",
    "disappeared",
    "narodyv",
    "narodyl",
    "narodzh",
    "zahyn",
    "zahyb",
    "pomer",
    "znyk",
    "znykl",
    "propav",
    "rodyl",
    "rodil",
    "pohyb",
    "pogib",
    "umer",
    "propal",
    "propavsh",
    "urodzil",
    "urodzon",
    "zginal",
    "zginel",
    "zmarl",
    "zaginal",
    "zaginel",
    "nascut",
    "murit",
    "disparut",
];

/// "his own granddaughter was born in that very shelter", "дружина морпіха, зниклого
/// безвісти під Кринками": a relative, then within four words a verb of a life's event, no
/// name between; the clause, up to its end, names one family of a small place. Cut back later
/// before a name or a place inside it, as every quasi-identifier is.
fn life_events(a: &Analysis, mention: &[bool], found: &[Hit], out: &mut Vec<Hit>) {
    let n = a.words.len();
    for (i, &in_mention) in mention.iter().enumerate() {
        if in_mention || !is_relative_word(&a.folded[i]) {
            continue;
        }
        let link = |k: usize| {
            matches!(
                a.text[a.words[k].byte_end..a.words[k + 1].byte_start].trim(),
                "" | "," | "-"
            )
        };
        let Some(verb) = (i + 1..(i + 5).min(n))
            .take_while(|&k| link(k - 1))
            .find(|&k| LIFE_EVENTS.iter().any(|v| a.folded[k].starts_with(v)))
        else {
            continue;
        };
        // "брат Сорина погиб": a name between would leave the relative alone once cut back.
        let (from, to) = (a.words[i].byte_start, a.words[verb].byte_end);
        if found.iter().any(|h| h.start < to && from < h.end) {
            continue;
        }
        let mut end = verb;
        while end + 1 < n && end < verb + 8 && a.adjacent(end) {
            end += 1;
        }
        out.push(quasi_hit(a, i, end, 0.5, Field::Any.suggestion().into()));
    }
}

/// Relative pronouns (folded) that go on to say which one of a place someone is: who, that,
/// which, in the five languages.
const RELATIVE_PRONOUNS: &[&str] = &[
    "who", "that", "whose", "khto", "shcho", "kto", "chto", "kotoraia", "kotoryi", "ktora",
    "ktory", "care", "ce",
];

/// Beginnings (folded) of the adjectives of a small place, and the English nouns used as
/// one, that make the role after them a person of that place: сільський, селищний, районний,
/// сельский, поселковый, wiejski, gminny, sătesc, comunal; the village, the district.
const PLACE_ADJECTIVES: &[&str] = &[
    "silsk",
    "selyshchn",
    "raionn",
    "selsk",
    "poselkov",
    "wiejsk",
    "gminn",
    "satesc",
    "satean",
    "comunal",
    "village",
    "district",
    "parish",
];

/// The generalisation of an exact age: a child, a teenager, or the decade.
pub fn age_suggestion(age: u32) -> String {
    match age {
        0..=12 => "[a child]".into(),
        13..=19 => "[a teenager]".into(),
        _ => {
            let decade = age / 10 * 10;
            format!("[aged {decade}–{}]", decade + 9)
        }
    }
}

/// Things (folded) that "the only" may be said of, no person: a building, a room, a road, a
/// bridge, a shelter, a place, an option.
const THINGS: &[&str] = &[
    "well",
    "pump",
    "shop",
    "store",
    "generator",
    "car",
    "bus",
    "van",
    "truck",
    "warehouse",
    "building",
    "house",
    "room",
    "hall",
    "road",
    "bridge",
    "shelter",
    "place",
    "option",
    "way",
    "budynek",
    "budynku",
    "budynkiem",
    "hostel",
    "hotel",
    "variant",
    "variantom",
    "varianta",
    "variantu",
    "variantul",
    "wariant",
    "wariantem",
    "domem",
    "miejscem",
    "dom",
    "obiekt",
    "miejsce",
    "sala",
    "droga",
    "most",
    "cladire",
    "cladirea",
    "casa",
    "loc",
    "locul",
    "drum",
    "drumul",
    "pod",
    "podul",
    "sala",
    "budynok",
    "budivlia",
    "prymishchennia",
    "mistse",
    "doroha",
    "mist",
    "zal",
    "zdanie",
    "pomeshchenie",
    "mesto",
    "doroga",
    "most",
];

/// Words (folded) before a number of years that make it a duration: "przez trzydzieści lat",
/// "for twenty years", "протягом двадцяти років", "timp de".
const DURATION_WORDS: &[&str] = &[
    "przez",
    "od",
    "for",
    "over",
    "protiahom",
    "vprodovzh",
    "techenie",
];

/// Verbs (folded) of having so many years: "ma 61 lat", "miała 84 lata", "are 70 de ani".
const HAVING: &[&str] = &["ma", "mial", "miala", "mam", "maja", "are", "avea", "aveau"];

/// Ages written in words: a compound adjective ("восьмилетняя девочка", "сімдесятирічна",
/// "osiemdziesięcioletni") always; cardinal words before "years" ("п'ятдесят вісім років")
/// after a person, a relative, a role or a comma, as for digits.
fn ages_in_words(a: &Analysis, found: &[Hit], out: &mut Vec<Hit>) {
    let n = a.words.len();
    let mut i = 0;
    while i < n {
        let folded = &a.folded[i];
        // "czterolatka", "siedemdziesięciolatek": Polish nouns of age, built the same way.
        // "дев'ятимісячній", "шестимесячный", "dziewięciomiesięczna": an age in months.
        let compound = [
            "richn", "letn", "letni", "latk", "latek", "misiachn", "mesiachn", "miesiecz",
        ]
        .iter()
        .any(|s| folded.contains(s))
            && (3..folded.len().min(20))
                .filter(|&cut| folded.is_char_boundary(cut))
                .any(|cut| LISTS.age_compounds.contains(&folded[..cut]))
            && !folded.starts_with("letn");
        if compound {
            out.push(quasi_hit(a, i, i, 0.5, "[an age]".into()));
            i += 1;
            continue;
        }
        if !LISTS.age_number_words.contains(folded) {
            i += 1;
            continue;
        }
        // The number's words: "сорока двох", "sixty-one", "șaptezeci și unu".
        let mut j = i;
        loop {
            let gap = if j + 1 < n {
                &a.text[a.words[j].byte_end..a.words[j + 1].byte_start]
            } else {
                ""
            };
            let number = |k: usize| {
                LISTS.age_number_words.contains(&a.folded[k])
                    || matches!(a.folded[k].as_str(), "one" | "unu" | "una")
            };
            if j + 1 < n && (gap.trim().is_empty() || gap == "-") && number(j + 1) {
                j += 1;
            } else if j + 2 < n
                && joined(a, j)
                && joined(a, j + 1)
                && a.folded[j + 1] == "si"
                && number(j + 2)
            {
                j += 2;
            } else {
                break;
            }
        }
        // "de ani": Romanian's "of" between a number from twenty and its noun.
        let unit = if j + 2 < n && joined(a, j) && a.folded[j + 1] == "de" && joined(a, j + 1) {
            j + 2
        } else {
            j + 1
        };
        let years = unit < n && joined(a, unit - 1) && LISTS.years.contains(&a.folded[unit]);
        let before = if i > 0 {
            &a.text[a.words[i - 1].byte_end..a.words[i].byte_start]
        } else {
            ""
        };
        // "przez trzydzieści lat", "for twenty years": a duration, not an age.
        // But "…, która przez trzydzieści lat prowadziła stołówkę": so long a part of a place's
        // life, told of the person just named, is a singular fact all the same.
        let duration = i > 0
            && joined(a, i - 1)
            && DURATION_WORDS.contains(&a.folded[i - 1].as_str())
            && !(i >= 2 && RELATIVE_PRONOUNS.contains(&a.folded[i - 2].as_str()))
            // "Halina Zima, kościelna od trzydziestu lat": a role in apposition held so long is
            // a singular fact.
            && !(i >= 3
                && a.folded[i - 1] == "od"
                && (role_at(a, i - 2).is_some()
                    || a.text[a.words[i - 3].byte_end..a.words[i - 2].byte_start] == *", "));
        // The words before, back to the sentence's start: "…просто Тома. Двадцать лет учила"
        // is no age of Тома.
        let mut from = i;
        while from > 0
            && i - from < 3
            && !a.text[a.words[from - 1].byte_end..a.words[from].byte_start]
                .contains(['.', '!', '?', '\n', ';'])
        {
            from -= 1;
        }
        // "cea mai tânără dintre ele, de nouăsprezece ani": "of" after a comma.
        let of_after_comma = i >= 2
            && a.folded[i - 1] == "de"
            && joined(a, i - 1)
            && a.text[a.words[i - 2].byte_end..a.words[i - 1].byte_start].trim() == ",";
        let context = !duration
            && (before.trim() == ","
                || of_after_comma
                || (from..i).any(|k| {
                    LISTS.people.contains(&a.folded[k])
                        || LISTS.age_cues.contains(&a.folded[k])
                        || is_role_word(&a.folded[k])
                        || found
                            .iter()
                            .any(|h| h.kind == Kind::Person && h.end == a.words[k].byte_end)
                }));
        // What follows the number, up to the next word.
        let after_number = if j + 1 < n {
            a.text[a.words[j].byte_end..a.words[j + 1].byte_start].trim_start()
        } else {
            ""
        };
        // The clause ends after the number, or goes on with "and".
        let clause_ends = j + 1 == n
            || after_number.starts_with([',', '.', ';', ')'])
            || (joined(a, j) && matches!(a.folded[j + 1].as_str(), "and" | "i" | "si" | "ta"));
        // "he is sixty-one", "Baba Motria is seventy-two and": a person, then "is" or "was".
        // "pan Zdzisław Lis, is seventy-one, owns…": a comma may close the name.
        let is_after_person = i >= 2
            && (joined(a, i - 2)
                || a.text[a.words[i - 2].byte_end..a.words[i - 1].byte_start] == *", ")
            && joined(a, i - 1)
            && matches!(a.folded[i - 1].as_str(), "is" | "was" | "turned")
            && (matches!(a.folded[i - 2].as_str(), "he" | "she")
                || found
                    .iter()
                    .any(|h| h.kind == Kind::Person && h.end == a.words[i - 2].byte_end));
        // "їй сімдесят три", "мне только сорок девять": a dative pronoun (and "only",
        // "already") says whose age it is.
        let dative_at = |k: usize| {
            joined(a, k)
                && matches!(
                    a.folded[k].as_str(),
                    "ii" | "iomu" | "ei" | "emu" | "jej" | "jemu" | "meni" | "mne" | "mnie"
                )
        };
        let dative = (i >= 1 && dative_at(i - 1))
            || (i >= 2
                && joined(a, i - 1)
                && matches!(
                    a.folded[i - 1].as_str(),
                    "tolko" | "lyshe" | "lishe" | "tilky" | "uzhe" | "vzhe" | "juz" | "dopiero"
                )
                && dative_at(i - 2));
        // "Oksana Hrytsenko from Odesa, sixty-three, with her grandson": between commas, a
        // person found just before.
        let between_commas = before.trim() == ","
            && (j + 1 == n || after_number.starts_with(','))
            && (i.saturating_sub(4)..i).any(|k| {
                found
                    .iter()
                    .any(|h| h.kind == Kind::Person && h.end == a.words[k].byte_end)
            });
        let told = ((is_after_person || dative) && clause_ends) || between_commas;
        // "a boy of fourteen", "a woman of seventy": a person, "of", the number.
        let of_person = i >= 2
            && joined(a, i - 1)
            && joined(a, i - 2)
            && a.folded[i - 1] == "of"
            && LISTS.people.contains(&a.folded[i - 2]);
        if years && context {
            out.push(quasi_hit(a, i, unit, 0.5, "[an age]".into()));
        } else if of_person {
            out.push(quasi_hit(
                a,
                with_article(a, i - 2),
                j,
                0.5,
                "[an age]".into(),
            ));
        } else if told {
            out.push(quasi_hit(a, i, j, 0.5, "[an age]".into()));
        }
        i = j + 1;
    }
}

/// Exact ages of people.
fn ages(a: &Analysis, found: &[Hit], out: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 0..n {
        let word = a.words[i].text;
        if word.is_empty() || word.len() > 3 || !word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Ok(age) = word.parse::<u32>() else {
            continue;
        };
        if !(1..=110).contains(&age) {
            continue;
        }
        let before = if i > 0 {
            &a.text[a.words[i - 1].byte_end..a.words[i].byte_start]
        } else {
            ""
        };
        let after_end = if i + 1 < n {
            a.words[i + 1].byte_start
        } else {
            a.text.len()
        };
        let after = &a.text[a.words[i].byte_end..after_end];
        // A time, a date, a house or an institution number, a frequency is no age.
        if before.ends_with([':', '.', '/', '№', '#'])
            || (i + 1 < n
                && after.len() == 1
                && after.starts_with([':', '.', '/', ','])
                && a.words[i + 1]
                    .text
                    .starts_with(|c: char| c.is_ascii_digit()))
            || (i > 0
                && matches!(
                    a.folded[i - 1].as_str(),
                    "nr" | "no" | "n" | "number" | "kv"
                ))
        {
            continue;
        }
        let next = (i + 1 < n).then(|| a.folded[i + 1].as_str());
        // "73-year-old", "73-річна", "72-letnia".
        let adjective =
            after.trim() == "-" && next.is_some_and(|w| LISTS.age_adjectives.contains(w));
        let mut end = i;
        let mut unit = false;
        if let Some(w) = next
            && (after.trim().is_empty() || after.trim() == "-")
        {
            if LISTS.years.contains(w) || (w == "de" && i + 2 < n && a.folded[i + 2] == "ani") {
                unit = true;
                end = if w == "de" { i + 2 } else { i + 1 };
            } else if adjective {
                end = i + 1;
            }
            // "year-old", "years old".
            if end + 1 < n
                && matches!(a.folded[end].as_str(), "year" | "years")
                && a.folded[end + 1] == "old"
            {
                end += 1;
            }
        }
        let old = a.folded[end] == "old";
        // A person or a relative at most three words before, nothing but spaces or a comma.
        let mut person = None;
        let mut k = i;
        while k > 0 && i - k < 3 {
            let gap = &a.text[a.words[k - 1].byte_end..a.words[k].byte_start];
            if gap.contains(['.', '!', '?', '\n', ';', ':']) {
                break;
            }
            k -= 1;
            // A relative, a role, or a name the other rules found ("Ганна Мельник, 58").
            let named = found
                .iter()
                .any(|h| h.kind == Kind::Person && h.end == a.words[k].byte_end);
            if LISTS.people.contains(&a.folded[k])
                || LISTS.age_cues.contains(&a.folded[k])
                || is_role_word(&a.folded[k])
                || named
            {
                person = Some(k);
                break;
            }
        }
        let cued = person.is_some_and(|k| LISTS.age_cues.contains(&a.folded[k]));
        // "her son, 14", "syn (7)": a relative, then the bare number.
        // "her son, 14", "syn (7)", "a girl of 16", "baba nina, 88 and the last one": a
        // person, then the bare number, then the sentence goes on.
        let of =
            i > 0 && matches!(a.folded[i - 1].as_str(), "of" | "de") && before.trim().is_empty();
        // "їй 86", "ей 79": a dative pronoun right before the number.
        let dative = i > 0
            && person == Some(i - 1)
            && before.trim().is_empty()
            && matches!(
                a.folded[i - 1].as_str(),
                "ii" | "iomu" | "ei" | "emu" | "jej" | "jemu" | "lui"
            );
        let bare_after_relative = !unit
            && !adjective
            && person.is_some()
            && i > 0
            && (matches!(before.trim(), "," | "(")
                || of
                || dative
                || (person == Some(i - 1) && before.trim().is_empty()))
            && (after.trim_start().starts_with([',', ')', '.', ';'])
                || i + 1 == n
                || (after.trim().is_empty()
                    && matches!(
                        a.folded[i + 1].as_str(),
                        "and"
                            | "i"
                            | "y"
                            | "ta"
                            | "si"
                            | "a"
                            | "who"
                            | "whose"
                            | "shcho"
                            | "kotoryi"
                    )));
        // "…, de 71 de ani, …": after a comma, "of" and the years make it an age ("lucrez
        // aici de 3 ani" is for three years).
        let of_after_comma = of
            && i >= 2
            && a.text[a.words[i - 2].byte_end..a.words[i - 1].byte_start]
                .trim()
                .starts_with(',');
        // "ma 61 lat", "miała 84 lata", "are 70 de ani": to have so many years is an age.
        // "murise la 63 de ani": "at" so many years is the age she died or left at.
        let had = unit
            && i > 0
            && before.trim().is_empty()
            && (HAVING.contains(&a.folded[i - 1].as_str())
                || (a.folded[i - 1] == "la" && a.folded[end] == "ani"));
        // "she is 63 and terrifying", "Baba Motria was 81.": a person, "is", the number, and
        // the clause ends or goes on with "and".
        let is_after_person = i >= 2
            && joined(a, i - 2)
            && joined(a, i - 1)
            && matches!(a.folded[i - 1].as_str(), "is" | "was" | "turned")
            // "baba Hanna, who is 88 and carries buckets": "who" is a person.
            && (matches!(a.folded[i - 2].as_str(), "he" | "she" | "who")
                || found
                    .iter()
                    .any(|h| h.kind == Kind::Person && h.end == a.words[i - 2].byte_end))
            && (i + 1 == n
                || after.trim_start().starts_with([',', '.', ';', ')'])
                || (after.trim().is_empty() && a.folded[i + 1] == "and"));
        // "Nelu, our driver, is 68 and used to fish": a role or a relative between commas,
        // then "is" and the number.
        let role_is = i >= 3
            && joined(a, i - 1)
            && matches!(a.folded[i - 1].as_str(), "is" | "was")
            && a.text[a.words[i - 2].byte_end..a.words[i - 1].byte_start].trim() == ","
            && (is_role_word(&a.folded[i - 2]) || LISTS.people.contains(&a.folded[i - 2]))
            && (i + 1 == n
                || after.trim_start().starts_with([',', '.', ';', ')'])
                || (after.trim().is_empty() && a.folded[i + 1] == "and"));
        let accepted = adjective
            || old
            || cued
            || had
            || role_is
            || is_after_person
            || (unit && (person.is_some() || of_after_comma))
            || bare_after_relative;
        if !accepted {
            continue;
        }
        // From the person word, unless a name stands between ("baba nina, 88": the name keeps
        // its own pseudonym, the age is generalised alone).
        let start = match person {
            Some(k)
                if !adjective
                    && !found.iter().any(|h| {
                        h.start < a.words[i].byte_start && a.words[k].byte_start < h.end
                    }) =>
            {
                k
            }
            _ => i,
        };
        let suggestion = if start < i && !cued {
            let kept = a.text[a.words[start].byte_start..a.words[i].byte_start]
                .trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(');
            format!("{kept} {}", age_suggestion(age))
        } else {
            age_suggestion(age)
        };
        out.push(quasi_hit(a, start, end, 0.5, suggestion));
    }
}

/// Adds quasi-identifiers to the hits, each cut back so that it does not run into a name or
/// place found by the other rules (the place keeps its own pseudonym).
pub(super) fn find(a: &Analysis, mentions: &[bool], hits: &mut Vec<Hit>) {
    let mut found = Vec::new();
    roles(a, mentions, hits, &mut found);
    life_events(a, mentions, hits, &mut found);
    ages(a, hits, &mut found);
    ages_in_words(a, hits, &mut found);
    found.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut merged: Vec<Hit> = Vec::new();
    for hit in found {
        match merged.last_mut() {
            Some(last) if hit.start < last.end => last.end = last.end.max(hit.end),
            _ => merged.push(hit),
        }
    }
    for mut hit in merged {
        // A doubtful guess on its first word is the role, not a name ("Начальник таможенного
        // поста" at a sentence start).
        // And a guess on exactly its words is the age or the role ("Solomija,
        // siedemnastoletnia," between commas is no name).
        hits.retain(|h| {
            !(h.kind == Kind::Person
                && ((h.confidence < 0.4 && h.start == hit.start && h.end < hit.end)
                    || (h.confidence < 0.6 && h.start == hit.start && h.end == hit.end)))
        });
        // Cut back before the first name, place or shape inside it.
        if let Some(first) = hits
            .iter()
            .filter(|h| h.start < hit.end && hit.start < h.end)
            .map(|h| h.start)
            .min()
        {
            if first <= hit.start {
                continue;
            }
            // The last word before it, less the little words that led to it ("of the").
            let Some(mut last) = (0..a.words.len())
                .rev()
                .find(|&j| a.words[j].byte_end <= first && a.words[j].byte_start >= hit.start)
            else {
                continue;
            };
            while a.words[last].byte_start > hit.start && a.folded[last].chars().count() <= 3 {
                last -= 1;
            }
            hit.end = a.words[last].byte_end;
            // A role must be left ("староста" before "Старого Салтова"), not "the".
            if a.words[last].byte_start <= hit.start && a.folded[last].chars().count() <= 3 {
                continue;
            }
            // "батюшка Виктор из храма…": a form of address right before the person it names
            // is her or his title, inside the name's finding, not a role on its own.
            if a.words[last].byte_start <= hit.start
                && super::analysis::PERSON_CUE_SET.contains(&a.folded[last])
                && last + 1 < a.words.len()
                && hits
                    .iter()
                    .any(|h| h.kind == Kind::Person && h.start == a.words[last + 1].byte_start)
            {
                continue;
            }
        }
        hits.push(hit);
    }
}

#[cfg(test)]
mod tests;

//! The rule "never identifying": mentions of what every story in this field names and that
//! names no one — international bodies, treaties, the method's tools, messengers
//! (`data/never_identifying.txt`, five languages). A word inside such a mention is not a name.
//!
//! It runs after the word rules, on their hits: a person, place or organisation made only of
//! mention words and common words ("UN Women", "Представники МКЧХ", "Reprezentanții CICR") is
//! dropped; one that runs into a mention ("Olena UNHCR") is cut back to the words beside it.
//! What the moderator or the deny-list named (declared terms, confirmed terms) is never touched:
//! they come later, and their word is final.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use super::analysis::{Analysis, LOCATIVE_SET};
use super::lexicon::LEXICON;
use super::{Hit, Kind};
use crate::text::fold;
use crate::text::stem::stem;

/// A listed mention: the stems of its words, and how its first word is written (folded, and
/// whether in Cyrillic).
struct Listed {
    stems: Vec<String>,
    written: String,
    cyrillic: bool,
}

/// Mentions by their first word's stem.
static MENTIONS: LazyLock<HashMap<String, Vec<Listed>>> = LazyLock::new(|| {
    let mut mentions: HashMap<String, Vec<Listed>> = HashMap::default();
    for line in include_str!("data/never_identifying.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words = crate::text::words(line);
        let Some(first) = words.first() else {
            continue;
        };
        let listed = Listed {
            stems: words.iter().map(|w| stem(&fold(w.text))).collect(),
            written: fold(first.text),
            cyrillic: first.text.chars().any(crate::text::reader::is_cyrillic),
        };
        mentions
            .entry(listed.stems[0].clone())
            .or_default()
            .push(listed);
    }
    mentions
});

/// Word `j`, a given name, is written like the one-word mention `listed`: in the same script,
/// at least as long, and all but the mention's last letter begin it ("Românie" is România's;
/// "Романом" and "Roman" are Roman's, not "română"'s, whose stem they share).
fn written_like(a: &Analysis, j: usize, listed: &Listed) -> bool {
    let written = &listed.written;
    let cut = written.char_indices().next_back().map_or(0, |(at, _)| at);
    a.words[j]
        .text
        .chars()
        .any(crate::text::reader::is_cyrillic)
        == listed.cyrillic
        && a.folded[j].len() >= written.len()
        && a.folded[j].starts_with(&written[..cut])
}

/// Whether word `j` is a form of the mention word with stem `want`: the same stem, or (for
/// four bytes and more) the stem followed by an ending of at most six bytes.
fn is_form_of(a: &Analysis, j: usize, want: &str) -> bool {
    a.stems[j] == want
        || (want.len() >= 4 && a.folded[j].starts_with(want) && a.folded[j].len() <= want.len() + 6)
}

/// Which words belong to a never-identifying mention: the listed ones (`listed`, from
/// [`listed_mention_words`]) and the institutions, national bodies, laws and virtues found by
/// their shape. A one-word mention counts only when written with a capital (the app, not the
/// ordinary word "signal" or "zoom").
pub(super) fn mention_words(a: &Analysis, listed: &[bool]) -> Vec<bool> {
    let mut inside = listed.to_vec();
    compound_bodies(a, &mut inside);
    institutions(a, &mut inside);
    national_bodies_by_adjective(a, &mut inside);
    laws(a, &mut inside);
    virtues(a, &mut inside);
    inside
}

/// Only the mentions the never-identifying list names word for word (no institution or law
/// found by its shape, which may run on through "у Нижній Журавці"): what may still be taken
/// back from the places and names the last rules found.
pub(super) fn listed_mention_words(a: &Analysis) -> Vec<bool> {
    let n = a.words.len();
    let mut inside = vec![false; n];
    let mut i = 0;
    while i < n {
        let mut longest = 0;
        let candidates = (0..a.folded[i].len())
            .filter(|cut| a.folded[i].is_char_boundary(*cut) && *cut >= 2)
            .map(|cut| &a.folded[i][..cut])
            .chain([a.stems[i].as_str(), a.folded[i].as_str()]);
        for key in candidates {
            for listed in MENTIONS.get(key).into_iter().flatten() {
                let mention = &listed.stems;
                let len = mention.len();
                if len <= longest || i + len > n {
                    continue;
                }
                let fits = mention
                    .iter()
                    .enumerate()
                    .all(|(k, want)| is_form_of(a, i + k, want))
                    && (i..i + len - 1).all(|j| joined(a, j))
                    // One word alone: capitalised, and no given name its stem happens to share
                    // ("Романом" with "Romania").
                    && (len > 1
                        || (a.capitalised(i)
                            && (!a.is_first_name(i) || written_like(a, i, listed))));
                if fits {
                    longest = len;
                }
            }
        }
        if longest > 0 {
            inside[i..i + longest].iter_mut().for_each(|w| *w = true);
            i += longest;
        } else {
            i += 1;
        }
    }
    inside
}

/// Beginnings (folded) of words that give an institution the scope of a state, a nation or
/// the world, or a border: "Державна", "Międzynarodowej", "Națională", "General", "Frontieră".
const SCOPES: &[&str] = &[
    "derzhavn",
    "natsionaln",
    "natsyonaln",
    "mizhnarodn",
    "mezhdunarodn",
    "hosudarstvenn",
    "prykordonn",
    "pohranychn",
    "panstwow",
    "krajow",
    "miedzynarodow",
    "narodow",
    "regionaln",
    "granicz",
    "national",
    "general",
    "international",
    "frontier",
    "federal",
    "state",
    "european",
    "ievropeisk",
    "evropeisk",
    "europejsk",
    "europen",
    "norvez",
    "norvezh",
    "norwesk",
    "norwegian",
    "norvegian",
    "datsk",
    "dansk",
    "dunsk",
    "danish",
    "danez",
    "shveitsarsk",
    "szwajcarsk",
    "swiss",
    "elvetian",
];

/// Beginnings (folded) of the nouns of public institutions besides [`PUBLIC_BODIES`] (which
/// count too): committee, council, chamber, police, guard, organisation, house (Casa
/// Națională), institute, inspection, bureau, agency.
const INSTITUTIONS: &[&str] = &[
    "organizati",
    "organization",
    "organisation",
    "orhanizats",
    "organizats",
    "komitet",
    "komytet",
    "sovet",
    "politsi",
    "polytsy",
    "hvardi",
    "kass",
    "organizacj",
    "izb",
    "straz",
    "strazy",
    "policj",
    "sluzb",
    "bank",
    "banc",
    "consili",
    "comitet",
    "ofici",
    "politi",
    "garda",
    "committee",
    "council",
    "police",
    "guard",
    "chamber",
    "commission",
    // An institute, an inspection, a bureau, an agency (round 23: "Państwowy Instytut
    // Weterynaryjny", "Національного інформаційного бюро").
    "instytut",
    "institut",
    "inspekcj",
    "inspekts",
    "inspectorat",
    "biuro",
    "biura",
    "bureau",
    "ahentstv",
    "agentstv",
    "agencj",
    "agenti",
    "agency",
];

/// Short nouns of institutions matched whole (folded): a council, a house, a court.
const INSTITUTION_WORDS: &[&str] = &[
    "rada", "rady", "radi", "radoiu", "radzie", "rade", "kasa", "kasy", "kasi", "kasie", "casa",
    "casei", "sud", "sudu", "sad", "sadu", "curtea",
];

fn starts_with_any(folded: &str, beginnings: &[&str]) -> bool {
    beginnings.iter().any(|b| folded.starts_with(b))
}

fn is_institution(a: &Analysis, j: usize) -> bool {
    starts_with_any(&a.folded[j], INSTITUTIONS)
        || starts_with_any(&a.folded[j], PUBLIC_BODIES)
        || INSTITUTION_WORDS.contains(&a.folded[j].as_str())
}

/// Words (at most `most`) that carry on the name of an institution or a law after word `j`:
/// joined by spaces only, in lower case ("з надзвичайних ситуацій", "do Spraw Migracji") or
/// capitalised but no given name ("України", "Obrachunkowej"). An institution's name stops
/// before a town of the region, and before a preposition of place with a capitalised word
/// after it that is no common word ("do Spraw Migracji" goes on) ("Державна служба … у Балаклії" keeps Balakliia); a law's goes on through them
/// ("Convenția de la Istanbul").
fn name_goes_on(a: &Analysis, j: usize, most: usize, through_places: bool) -> usize {
    let place = |k: usize| {
        !a.ordinary(k)
            && (LEXICON.places.contains_key(&a.stems[k])
                || LEXICON.place_exact.contains(&a.folded[k])
                || super::analysis::inflected_place(&a.folded[k]).is_some())
    };
    let mut end = j + 1;
    while end < a.words.len()
        && end - j <= most
        && a.adjacent(end - 1)
        && !a.words[end].text.chars().all(|c| c.is_ascii_digit())
        && !(a.capitalised(end) && (a.is_first_name(end) || (!through_places && place(end))))
        // "for" (pentru, dla, для) names the body's purpose, not where it is.
        && !(!through_places
            && !matches!(a.folded[end].as_str(), "pentru" | "for" | "dla" | "dlia")
            && LOCATIVE_SET.contains(&a.folded[end])
            && end + 1 < a.words.len()
            && a.capitalised(end + 1)
            && (place(end + 1)
                || !(a.ordinary(end + 1)
                    || LEXICON.common.contains(&a.folded[end + 1])
                    || LEXICON.common_stems.contains(&a.stems[end + 1]))))
    {
        end += 1;
    }
    end
}

/// Public institutions by the words of their names, whatever their exact name: a word of
/// scope and a noun of institution within two words of each other, in either order
/// ("Державна служба України з надзвичайних ситуацій", "Норвежского совета по делам
/// беженцев", "Regionalnej Izby Obrachunkowej", "Inspectoratul General pentru Situații de
/// Urgență", "Poliția de Frontieră"), with the words that carry the name on. A given name
/// right after stops it: "Державної служби Олена Петренко" keeps Olena.
fn institutions(a: &Analysis, inside: &mut [bool]) {
    let n = a.words.len();
    for i in 0..n {
        // A ministry is listed as a word of its own; its name goes on ("Ministry of Education").
        let ministry = a.folded[i].starts_with("minist");
        if (inside[i] && !ministry) || !a.capitalised(i) {
            continue;
        }
        let scope_first = starts_with_any(&a.folded[i], SCOPES);
        let noun_first = is_institution(a, i);
        if !scope_first && !noun_first {
            continue;
        }
        // Only lower-case words between them: "General Petrenko's office" is no institution.
        let partner = (i + 1..n.min(i + 4))
            .take_while(|&j| a.adjacent(j - 1) && (j == i + 1 || !a.capitalised(j - 1)))
            .find(|&j| {
                if scope_first {
                    is_institution(a, j)
                } else {
                    starts_with_any(&a.folded[j], SCOPES)
                }
            });
        if let Some(j) = partner {
            let end = name_goes_on(a, j, 5, false);
            inside[i..end].iter_mut().for_each(|w| *w = true);
        } else if starts_with_any(&a.folded[i], PUBLIC_BODIES)
            && !a.folded[i].starts_with("funda")
            && !a.folded[i].starts_with("fonda")
            // "din Fundu Văii" is a village (a valley's bottom), not a fund.
            && !super::words::RO_PLACE_HEADS.contains(&a.folded[i].as_str())
        {
            public_body(a, i, inside);
        }
    }
}

/// The first syllables (folded) of the state's compound names: national, state, general,
/// ministry of ("Нацгвардія", "Держприкордонслужба", "Госпродпотребслужба", "Генштаб",
/// "Мінсоцполітики", "Минздрав").
const COMPOUND_HEADS: &[&str] = &["nats", "derzh", "hos", "gos", "hen", "gen", "min"];

/// What such a compound names (folded): a service, a guard, the police, a prosecutor, the
/// army or a ministry's field.
const COMPOUND_BODIES: &[&str] = &[
    "sluzhb",
    "hvard",
    "gvard",
    "polits",
    "prokur",
    "oboron",
    "zdrav",
    "osvit",
    "sotspolit",
    "reintegr",
    "shtab",
    "kompan",
    "spozhyv",
    "potreb",
    "nadzor",
    "nahliad",
    "ekolog",
    "kult",
    "iust",
    "fin",
    "ekonom",
];

/// The state's compound names ([`COMPOUND_HEADS`] with one of [`COMPOUND_BODIES`] after it, in
/// one capitalised word).
fn compound_bodies(a: &Analysis, inside: &mut [bool]) {
    for (j, within) in inside.iter_mut().enumerate() {
        let folded = &a.folded[j];
        if *within || !a.capitalised(j) || folded.len() < 7 {
            continue;
        }
        if let Some(head) = COMPOUND_HEADS.iter().find(|h| folded.starts_with(*h))
            && COMPOUND_BODIES
                .iter()
                .any(|b| folded[head.len()..].contains(b))
        {
            *within = true;
        }
    }
}

/// "Пенсійним фондом України", "Пенсионного фонда Украины": a capitalised adjective, the
/// noun of a public body in lower case (Cyrillic), and the country's name after it.
fn national_bodies_by_adjective(a: &Analysis, inside: &mut [bool]) {
    let n = a.words.len();
    for i in 0..n.saturating_sub(2) {
        if inside[i]
            || !a.capitalised(i)
            || !a.adjacent(i)
            || a.capitalised(i + 1)
            || !starts_with_any(&a.folded[i + 1], PUBLIC_BODIES)
            || !a.words[i + 1]
                .text
                .chars()
                .any(crate::text::reader::is_cyrillic)
        {
            continue;
        }
        let end = name_goes_on(a, i + 1, 3, false);
        if (i + 2..end).any(|k| a.ordinary(k) && a.capitalised(k)) {
            inside[i..end].iter_mut().for_each(|w| *w = true);
        }
    }
}

/// Beginnings (folded) of the nouns that name a public body with no word of scope: an agency,
/// a service, an office, an inspectorate, a fund, an administration, an authority (Zakład
/// Ubezpieczeń Społecznych, Urząd do Spraw Cudzoziemców, Agenția Servicii Publice, Агентство
/// публичных услуг, Pension Fund of Ukraine). Not the words of associations and charities
/// (their names are local and identifying).
const PUBLIC_BODIES: &[&str] = &[
    "minist",
    "ofis",
    "ofys",
    "sluzhb",
    "ahentstv",
    "ahenstv",
    "agentstv",
    "inspektsi",
    "ynspekts",
    "upravlinn",
    "upravlen",
    "administrats",
    "admynystrats",
    "fond",
    "urzad",
    "urzed",
    "zaklad",
    "inspekcj",
    "agencj",
    "fundusz",
    "inspectorat",
    "agenti",
    "oficiul",
    "autoritat",
    "servici",
    "administrati",
    "agency",
    "office",
    "inspectorate",
    "administration",
    "authority",
    "fund",
    "service",
];

/// A capitalised noun of a public body whose name goes on in ordinary words: lower-case
/// words ("Агентство публичных услуг"), capitalised words that are frequent words or a
/// country's ("Zakład Ubezpieczeń Społecznych", "Fund of Ukraine"). Then a frequent
/// capitalised word right before it belongs to the name too ("Pension Fund of Ukraine"). A
/// given name, a town or a quoted name stops it (name_goes_on), and a capitalised word that
/// is no frequent word ("Fund Nadiya") makes it no public body: that is someone's charity.
fn public_body(a: &Analysis, i: usize, inside: &mut [bool]) {
    let end = name_goes_on(a, i, 4, false);
    let frequent = |k: usize| {
        a.ordinary(k)
            || LEXICON.common.contains(&a.folded[k])
            || LEXICON.common_stems.contains(&a.stems[k])
    };
    // In Latin letters a body's name goes on in capitalised words and little words
    // ("Urząd do Spraw Cudzoziemców", "Fund of Ukraine"); lower-case words after it are the
    // sentence ("the Fund paid last spring"). In Cyrillic, in the genitive, in lower case
    // ("Агентство публичных услуг").
    let cyrillic = a.words[i]
        .text
        .chars()
        .any(crate::text::reader::is_cyrillic);
    let mut end = end;
    if !cyrillic {
        end = (i + 1..end)
            .find(|&k| !a.capitalised(k) && a.folded[k].chars().count() > 3)
            .unwrap_or(end);
    }
    // The name's own words: those that are no little words.
    let words = (i + 1..end)
        .filter(|&k| a.folded[k].chars().count() > 3)
        .count();
    if words == 0 || (i + 1..end).any(|k| a.capitalised(k) && !frequent(k)) {
        return;
    }
    // It ends on a word of the name, not on a little word.
    while end > i + 1 && a.folded[end - 1].chars().count() <= 3 && !a.capitalised(end - 1) {
        end -= 1;
    }
    let mut start = i;
    while start > 0
        && i - start < 2
        && a.adjacent(start - 1)
        && a.capitalised(start - 1)
        && frequent(start - 1)
        && !a.is_first_name(start - 1)
        && !a.ordinary(start - 1)
    {
        start -= 1;
    }
    inside[start..end].iter_mut().for_each(|w| *w = true);
}

/// Beginnings (folded) of the words that name a law, a code, a decree or a treaty.
const LAWS: &[&str] = &[
    "zakon",
    "kodeks",
    "konventsi",
    "konvents",
    "konstytuts",
    "postanov",
    "ustaw",
    "konwencj",
    "konstytucj",
    "rozporzadz",
    "ordonant",
    "conventi",
    "constituti",
    "hotarar",
    "codul",
    "legea",
    "convention",
    "constitution",
    "regulation",
];

/// Laws, codes and treaties by the word that names them ("Закон України", "Законом об
/// убежище", "Ordonanța de urgență", "Convenția de la Istanbul", "Житловий кодекс"), with the
/// words that carry the name on and a capitalised adjective right before the noun.
fn laws(a: &Analysis, inside: &mut [bool]) {
    for j in 0..a.words.len() {
        if !starts_with_any(&a.folded[j], LAWS) {
            continue;
        }
        let before = j > 0 && a.adjacent(j - 1) && a.capitalised(j - 1) && !a.capitalised(j);
        // "Кримінально-виконавчий кодекс": a compound adjective, capitalised at its start.
        let compound = j > 1
            && a.adjacent(j - 1)
            && super::words::hyphened(a, j - 2)
            && a.capitalised(j - 2)
            && !a.capitalised(j - 1)
            && !a.capitalised(j);
        if !a.capitalised(j) && !before && !compound {
            continue;
        }
        let from = if compound {
            j - 2
        } else if before {
            j - 1
        } else {
            j
        };
        let end = name_goes_on(a, j, 4, true);
        inside[from..end].iter_mut().for_each(|w| *w = true);
    }
    // "Karta Nauczyciela": a charter, when a capitalised word follows.
    for j in 0..a.words.len().saturating_sub(1) {
        if matches!(a.folded[j].as_str(), "karta" | "karty" | "karcie" | "karte")
            && a.capitalised(j)
            && a.adjacent(j)
            && a.capitalised(j + 1)
            && !a.is_first_name(j + 1)
        {
            inside[j] = true;
            inside[j + 1] = true;
        }
    }
}

/// Hope, faith and love (folded): given names that are also ordinary nouns.
const VIRTUES: &[&str] = &[
    "nadiia", "vira", "liubov", "nadezhda", "vera", "nadzieja", "wiara", "speranta", "credinta",
];

/// What follows the ordinary noun: a preposition, a conjunction or a possessive.
const AFTER_VIRTUE: &[&str] = &[
    "v", "u", "na", "do", "k", "ko", "shcho", "chto", "nashykh", "moia", "nasha", "tvoia", "ikh",
    "ykh", "yikh", "w", "ze", "in", "ca", "ce", "noastra", "nasza",
];

/// "Надія в мене була тільки на те…", "Вера в то, что…", "Любов наших банків…": hope, faith
/// or love at a sentence start followed by a preposition or a possessive and then a word in
/// lower case are the nouns, not women named so. "Надія Степанівна" and "Надія сказала" stay.
fn virtues(a: &Analysis, inside: &mut [bool]) {
    let last = a.words.len().saturating_sub(2);
    for (i, word) in inside.iter_mut().enumerate().take(last) {
        if a.sentence_start[i]
            && VIRTUES.contains(&a.folded[i].as_str())
            && a.adjacent(i)
            && AFTER_VIRTUE.contains(&a.folded[i + 1].as_str())
            && !a.capitalised(i + 1)
            && !a.capitalised(i + 2)
        {
            *word = true;
        }
    }
}

/// Only spaces or a hyphen between word `j` and the next ("ООН-Жінки", "ONU Femei").
fn joined(a: &Analysis, j: usize) -> bool {
    a.adjacent(j) || {
        let gap = &a.text[a.words[j].byte_end..a.words[j + 1].byte_start];
        gap == "-" || gap == "‑"
    }
}

/// Drops or cuts back the word hits that lean on a never-identifying mention.
pub(super) fn drop_mentions(a: &Analysis, inside: &[bool], hits: &mut Vec<Hit>) {
    if !inside.contains(&true) {
        return;
    }
    let mut kept = Vec::with_capacity(hits.len());
    for hit in hits.drain(..) {
        if !hit.kind.is_word_kind() {
            kept.push(hit);
            continue;
        }
        // The words under the hit: found by halving (words are in text order), not by a walk
        // over the text per hit.
        let first = a.words.partition_point(|w| w.byte_end <= hit.start);
        let words: Vec<usize> = (first..a.words.len())
            .take_while(|&j| a.words[j].byte_start < hit.end)
            .collect();
        // "Parohia Sfântul Nicolae" is a church, not St Nicholas' day.
        // "ОСББ «Приморський-5»": a kind of body the lexicon knows, named by its quoted name,
        // is one body; the name in quotes is no mention.
        let quoted_name = hit.kind == Kind::Organisation
            && words.iter().any(|&j| {
                !inside[j] && a.text[..a.words[j].byte_start].ends_with(['«', '„', '"', '“'])
            });
        if !words.iter().any(|&j| inside[j])
            || quoted_name
            || (hit.kind == Kind::Organisation
                && words.iter().any(|&j| super::words::church_and_saint(a, j)))
        {
            kept.push(hit);
            continue;
        }
        // The words of the hit that could still be a name: outside the mention, capitalised,
        // and no common word ("Представники", "Reprezentanții", "the").
        let names: Vec<usize> = words
            .iter()
            .copied()
            .filter(|&j| {
                !inside[j]
                    && a.capitalised(j)
                    // "На Новый год": a preposition is left of the holiday, not a name.
                    && a.folded[j].chars().count() >= 3
                    && !a.ordinary(j)
                    && !LEXICON.common.contains(&a.folded[j])
                    && (!a.sentence_start[j] || !LEXICON.common_stems.contains(&a.stems[j]))
            })
            .collect();
        let (Some(&first), Some(&last)) = (names.first(), names.last()) else {
            continue;
        };
        // Keep the name's own run: stop at the first mention word after it.
        let last = (first..=last)
            .take_while(|&j| !inside[j])
            .last()
            .unwrap_or(first);
        kept.push(Hit {
            start: a.words[first].byte_start.max(hit.start),
            end: a.words[last].byte_end.min(hit.end),
            ..hit
        });
    }
    *hits = kept;
}

#[cfg(test)]
mod tests {
    use super::super::{ScanOptions, scan};

    /// These lists are compared with folded words: an entry with a letter folding changes
    /// ("radę") never matches.
    #[test]
    fn the_lists_compared_with_folded_words_are_folded() {
        for list in [
            super::SCOPES,
            super::INSTITUTIONS,
            super::INSTITUTION_WORDS,
            super::PUBLIC_BODIES,
            super::LAWS,
            super::VIRTUES,
            super::AFTER_VIRTUE,
        ] {
            for entry in list {
                assert_eq!(crate::text::fold(entry), *entry, "{entry} is not folded");
            }
        }
    }

    fn found(text: &str) -> Vec<String> {
        scan(text, &ScanOptions::default())
            .into_iter()
            .map(|f| format!("{}: {}", f.kind, f.text))
            .collect()
    }

    #[test]
    fn international_bodies_treaties_tools_and_apps_are_not_names() {
        for text in [
            "Then UN Women invited me to speak.",
            "Потім ООН Жінки запросили мене.",
            "Представники МКЧХ приїхали вранці.",
            "Reprezentanții CICR au vizitat sala.",
            "He did not care about the Geneva Conventions at all.",
            "Я пояснила, що Женевських конвенцій ніхто не скасовував.",
            "We used the Island of Agreement from the training.",
            "Я написала йому у Вайбері, потім у Телеграмі.",
            "Wszystko ustalałyśmy na WhatsAppie.",
            "Am vorbit pe Telegram și pe Signal.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn public_institutions_laws_and_hope_are_not_names() {
        for text in [
            "Потім Державна служба України з надзвичайних ситуацій приїхала.",
            "Ми писали до Норвежского совета по делам беженцев.",
            "Pismo trafiło do Regionalnej Izby Obrachunkowej w końcu.",
            "Am sunat la Inspectoratul General pentru Situații de Urgență.",
            "Житловий кодекс про це мовчить.",
            "Все робили за Законом України «Про статус біженців».",
            "Am citat Convenția de la Istanbul.",
            "Надія в мене була тільки на те, що він погодиться.",
            "Вера в то, что они поедут, была слабой.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_name_or_a_town_beside_an_institution_or_a_virtue_is_still_found() {
        let findings = found("Державна служба у Балаклії відповіла через тиждень.");
        assert!(
            findings.iter().any(|f| f.contains("Балаклії")),
            "{findings:?}"
        );
        let findings = found("Надія Степанівна сказала, що чекатиме.");
        assert!(
            findings.iter().any(|f| f.starts_with("person: Надія")),
            "{findings:?}"
        );
        let findings = found("I went to General Petrenko's office twice.");
        assert!(
            findings.iter().any(|f| f.contains("Petrenko")),
            "{findings:?}"
        );
    }

    #[test]
    fn a_name_beside_a_mention_is_still_found() {
        let text = "Then I called Olena Hrytsenko from UNHCR and Oksana Moroz UN Women.";
        let findings = found(text);
        assert!(
            findings.contains(&"person: Olena Hrytsenko".to_string())
                && findings.contains(&"person: Oksana Moroz".to_string())
                && findings.len() == 2,
            "{findings:?}"
        );
        assert!(
            found("Мені подзвонила Наталія Гончаренко з УВКБ ООН.")
                .iter()
                .any(|f| f.starts_with("person: Наталія Гончаренко")),
        );
        // The ordinary word is not the app.
        assert!(found("We waited for a signal from the post.").is_empty());
    }
}

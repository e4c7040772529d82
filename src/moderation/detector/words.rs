//! The word rules: names, places and organisations found from the word lists, cues, surname
//! endings, capitalisation and grammar ([`find_words`]), and names seen again ([`repeat_names`]).
//!
//! [`find_words`] is a pipeline of named rules. Each word not yet claimed is offered to them in
//! order; the first that claims it records its hits and says which word to look at next:
//!
//! 1. [`organisation`]: a word of organisation (ГО, Fundacja, Foundation) with its name;
//! 2. [`not_a_name`]: an ordinary or lower-case word, or a cue itself, is passed over;
//! 3. [`after_title`]: a person after a title or form of address (Mr, пані, doamna);
//! 4. [`after_place_word`]: a place after a word of place (village of, село, w miejscowości);
//!    then [`led_by_me`]: what the writer runs or works for ("I coordinate Teplyi Perron");
//! 5. [`known_place`]: a place the gazetteer knows, where the grammar around it
//!    ([`Surroundings`]) does not make it a person;
//! 6. [`given_name`]: a given name with the surname beside it;
//! 7. [`surname`]: a surname by its ending (Petrenko, Kowalska, Ionescu);
//! 8. [`unknown_name`]: capitalised words the lists do not know, mid-sentence;
//! 9. [`name_at_sentence_start`]: a word at the start of a sentence that no frequency list of
//!    the five languages knows, before a common word.
//!
//! Each rule has its own tests (at the end of this file); the whole is measured by the
//! evaluation corpus and the field split (`tests/data/detector_field.txt`).

use super::*;

/// Finds persons, places and organisations from words, cues and word lists: the rules of this
/// module, in order (see the module's documentation).
pub(super) fn find_words(a: &Analysis, hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < a.words.len() {
        i = romanian_village(a, i, hits)
            .or_else(|| organisation(a, i, hits))
            .or_else(|| media_name(a, i, hits))
            .or_else(|| water_name(a, i, hits))
            .or_else(|| role_of_quoted(a, i, hits))
            .or_else(|| not_a_name(a, i))
            .or_else(|| after_title(a, i, hits))
            .or_else(|| after_place_word(a, i, hits))
            .or_else(|| led_by_me(a, i, hits))
            .or_else(|| hyphenated_firm(a, i, hits))
            .or_else(|| hyphenated_town(a, i, hits))
            .or_else(|| numbered_quoted_name(a, i, hits))
            .or_else(|| {
                let mut around = Surroundings::of(a, i);
                // "з Миколаєва та Очакова", "w Hrubieszowie i Zosinie": after a place and "and",
                // a place's name is the second place.
                if (around.place.is_some() || !around.first_name) && after_place_and(a, i, hits) {
                    around.locative = true;
                    around.personal = false;
                }
                known_place(a, i, &around, hits)
                    .or_else(|| given_name(a, i, &around, hits))
                    .or_else(|| surname(a, i, hits))
                    .or_else(|| unknown_name(a, i, &around, hits))
                    .or_else(|| name_at_sentence_start(a, i, hits))
            })
            .unwrap_or(i + 1);
    }
}

/// Beginnings (folded) of the common nouns of businesses and schools that a quoted name after
/// them makes an organisation: carrier, company, firm, shop, factory, café, bakery, school,
/// lyceum, gymnasium in the five languages.
const QUOTED_NAME_NOUNS: &[&str] = &[
    "perevozchyk",
    "pereviznyk",
    "przewoznik",
    "transportator",
    "carrier",
    "kompani",
    "khostel",
    "mahazyn",
    "sklep",
    "zavod",
    "fabryk",
    "fabric",
    "kawiarni",
    "restoran",
    "pekarn",
    "piekarni",
    "brutari",
    "himnazi",
    "gimnazi",
    "gimnazj",
    "litsei",
    "lytse",
    "shkol",
    "szkol",
    "scoal",
    "sluzhb",
    "aptek",
    "farmaci",
    "pharmac",
    "hotel",
    "supermarket",
    "salon",
    "operator",
    "assots",
    "asots",
    "cooperativ",
    "kooperatyv",
    "kooperatyw",
    "kooperativ",
    "klinik",
    "klinic",
    "klynyk",
    "przedszkol",
    "osrod",
    "spoldzielni",
    "hurtowni",
    "zoomagazin",
    "zoomahazyn",
    "sanatori",
    "sanatory",
    "strakhov",
    "fond",
    "klub",
    "hospodarstv",
    "khoziaistv",
    "khor",
    "pensjonac",
    "shakht",
    "shacht",
    "telekanal",
    "piata",
    "pietei",
    "pensjonat",
];

/// Endings (folded) of the adjectives that may qualify a business's or a school's noun before
/// its quoted name: Polish -ne, -na, -ny, Ukrainian and Russian -ий, -а, -е, -ая, -ое.
const ADJECTIVE_ENDINGS: &[&str] = &["ne", "na", "ny", "yi", "ii", "aia", "oe", "ie"];

/// Beginnings (folded) of the roles written before a school's or a business's noun
/// ("Directoarea Liceului „…”", "Kierowniczka sklepu „…”"): a role, not a name.
const ROLES_BEFORE: &[&str] = &[
    "direct",
    "dyrekt",
    "kierown",
    "sef",
    "presed",
    "prezes",
    "administr",
    "manager",
    "vlasn",
    "wlasc",
    "proprietar",
    "zavid",
    "zaved",
];

/// Short nouns of the same kind, as whole words only ("firm" would take in "firmly", "lice"
/// "licență", "market" "marketing", "kafe" "кафедра").
const QUOTED_NAME_WORDS: &[&str] = &[
    // A filling station: АЗС «Фортуна».
    "azs",
    "firma",
    "firmy",
    "firmie",
    "firme",
    "firmei",
    "firmu",
    "magazin",
    "magazinul",
    "magazinului",
    "liceu",
    "liceul",
    "liceului",
    "kafe",
    "cafe",
    "cafeneaua",
    "market",
    "marketu",
    "dom",
    "domu",
    "domem",
    "kola",
    "kolo",
    "cor",
    "corul",
    "corului",
];

/// Whether a folded word is a business's or a school's common noun ([`QUOTED_NAME_NOUNS`],
/// [`QUOTED_NAME_WORDS`]).
fn quoted_name_noun(folded: &str) -> bool {
    QUOTED_NAME_WORDS.contains(&folded) || QUOTED_NAME_NOUNS.iter().any(|n| folded.starts_with(n))
}

/// Little words inside an organisation's name (folded).
const ORG_PARTICLES: &[&str] = &[
    "dla", "nad", "pod", "na", "w", "z", "i", "de", "din", "pentru", "si", "for", "of", "and",
    "the", "dlia", "za", "v", "u", "ta", "pro",
];

/// The word before `i` is "and" (і, и, та, i, și, oraz) right after a place found.
fn after_place_and(a: &Analysis, i: usize, hits: &[Hit]) -> bool {
    let and = i >= 2
        && a.adjacent(i - 1)
        && a.adjacent(i - 2)
        && matches!(
            a.folded[i - 1].as_str(),
            "and" | "i" | "y" | "ta" | "si" | "oraz"
        )
        && hits
            .last()
            .is_some_and(|h| h.kind == Kind::Location && h.end == a.words[i - 2].byte_end);
    // "în Vădeni, Cosăuți și…": a list of places after a comma.
    let comma = i >= 1
        && a.text[a.words[i - 1].byte_end..a.words[i].byte_start] == *", "
        && hits
            .last()
            .is_some_and(|h| h.kind == Kind::Location && h.end == a.words[i - 1].byte_end);
    and || comma
}

/// The word before `i` when only spaces stand between them, folded.
fn previous_word<'t>(a: &'t Analysis, i: usize) -> Option<&'t str> {
    (i > 0 && a.adjacent(i - 1)).then(|| a.folded[i - 1].as_str())
}

/// Rule 1. An organisation word with its name: a quoted name after it (ГО «Світанок»,
/// Fundacja "Nadzieja"), capitalised words after it (Fundacja Nadzieja Wschodu, Asociația X)
/// or before it (the Nadiya Foundation). Claims every organisation word, named or not.
fn organisation(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    if let Some(next) = dotted_form_with_quoted_name(a, i, hits)
        .or_else(|| quoted_name_before_legal_form(a, i, hits))
        .or_else(|| quoted_name_opening_with_noun(a, i, hits))
    {
        return Some(next);
    }
    // A business or a school by a quoted name after its common noun, in any case:
    // "перевозчика «Нордавтотранс»", "Gimnaziului „Ion Creangă”", "sklepu „Pod Lipą”".
    // The noun may come right after a capitalised word ("Directoarea Gimnaziului „…”"),
    // which two capitalised words would otherwise make a name: the organisation starts at it.
    let noun = [i, i + 1].into_iter().find_map(|k| {
        let found = k < a.words.len()
            && (k == i
                || (a.adjacent(i)
                    && a.capitalised(i)
                    && (a.ordinary(i)
                        || LEXICON.common_stems.contains(&a.stems[i])
                        || ROLES_BEFORE.iter().any(|r| a.folded[i].starts_with(r))
                        // "Niepubliczne Przedszkole „…”": an adjective of its kind.
                        || ADJECTIVE_ENDINGS.iter().any(|e| a.folded[i].ends_with(e)))
                    && !a.is_first_name(i)
                    && !has_surname_ending(&a.folded[i])))
            && quoted_name_noun(&a.folded[k]);
        found
            .then(|| quoted_capital_name_after(a, k).map(|stop| (k, stop)))
            .flatten()
    });
    // "ośrodek dla uchodźców «Pod Kasztanem»", "магазин для тварин «Лапа»": the noun, at
    // most three lower-case words of its kind, then the quoted name.
    let noun = noun.or_else(|| {
        if !quoted_name_noun(&a.folded[i]) {
            return None;
        }
        (i + 1..(i + 4).min(a.words.len()))
            .take_while(|&j| a.adjacent(j - 1) && !a.words[j].is_capitalised())
            .find_map(|j| quoted_capital_name_after(a, j))
            .map(|stop| (i, stop))
    });
    if let Some((k, stop)) = noun {
        return Some(quoted_organisation(
            a,
            hits,
            a.words[k].byte_start,
            stop,
            0.85,
            i,
        ));
    }
    if let Some(start) = institution_of_town(a, i) {
        let (from, to) = (a.words[start].byte_start, a.words[i].byte_end);
        hits.retain(|h| h.end <= from || h.start >= to || !h.kind.is_word_kind());
        hits.push(a.hit(Kind::Organisation, start, i + 1, 0.6));
        return Some(i + 1);
    }
    if let Some(end) = institution_with_its_field(a, i).or_else(|| council_of_place(a, i)) {
        hits.push(a.hit(Kind::Organisation, i, end, 0.6));
        return Some(end);
    }
    if let Some(end) = church_of_saint(a, i) {
        let start = a.words[i].byte_start;
        hits.retain(|h| {
            h.end <= start || h.start >= a.words[end - 1].byte_end || !h.kind.is_word_kind()
        });
        hits.push(a.hit(Kind::Organisation, i, end, 0.6));
        return Some(end);
    }
    let word = &a.words[i];
    // A short organisation word (ГО, тов, оо) counts in capitals, or in chat's lower case when
    // a quoted name follows it ("тов «агротранс-слобода»").
    // Legal forms that are also short words ("at", "pa") count only in capitals (АТ, КП, CF).
    if CAPS_ONLY_FORMS.contains(&a.folded[i].as_str()) && word.text.chars().any(char::is_lowercase)
    {
        return None;
    }
    // "sala primăriei Ursoaiei Vechi": a town hall, a parish or an office in lower case is
    // the place's, and the place is the finding.
    if CAPITALISED_ONLY.contains(&a.folded[i].as_str()) && !word.is_capitalised() {
        return None;
    }
    // "II „Roșca Petru”", Moldova's sole trader: only with its quoted name (a Roman two else);
    // "CO \"Berehynia\"" (a charitable organisation, as English texts write it) and "ДК
    // «Судостроитель»" (a house of culture) likewise ("CO ROBIĆ" is a heading).
    // "DS „Jowisz”" (a students' house) likewise.
    // "II Ursache Maria": a sole trader by its owner's surname and given name, unquoted.
    if a.words[i].text == "II"
        && i + 2 < a.words.len()
        && a.adjacent(i)
        && a.adjacent(i + 1)
        && a.capitalised(i + 1)
        && a.capitalised(i + 2)
        && (a.is_first_name(i + 2) || a.is_first_name(i + 1))
        && quoted_name_after(a, i).is_none()
    {
        hits.retain(|h| h.end <= word.byte_start || h.start >= a.words[i + 2].byte_end);
        hits.push(a.hit(Kind::Organisation, i, i + 3, 0.8));
        return Some(i + 3);
    }
    if matches!(a.folded[i].as_str(), "ii" | "co" | "dk" | "ds")
        && quoted_name_after(a, i).is_none()
    {
        return None;
    }
    if !(ORG_WORD_SET.contains(&a.folded[i])
        && (a.folded[i].len() > 3
            || word.text.chars().all(|c| !c.is_lowercase())
            || quoted_name_after(a, i).is_some()))
    {
        return None;
    }
    if let Some(stop) = quoted_name_after(a, i).or_else(|| quoted_name_after_qualifier(a, i)) {
        return Some(quoted_organisation(a, hits, word.byte_start, stop, 0.92, i));
    }
    // X Y Foundation / Fundacja X Y / Asociația X — with the little words between capitalised
    // ones ("Stowarzyszenie Razem dla Bieszczad", "Fundacji Most nad Bugiem").
    // "Fundacja im. Stefanii Wróbel", "ліцей імені Лесі Українки": named for someone.
    let named_for = i + 2 < a.words.len()
        && a.adjacent(i)
        && matches!(a.folded[i + 1].as_str(), "im" | "imeni" | "ymeny")
        && matches!(
            &a.text[a.words[i + 1].byte_end..a.words[i + 2].byte_start],
            "." | ". " | " "
        )
        && a.capitalised(i + 2);
    let mut run_after = if named_for {
        a.capitalised_run(i + 2, 3)
    } else {
        a.capitalised_run(i + 1, 4)
    };
    // "главврача ЦРБ Виктора Ильича": a given name and a patronymic after the word are a
    // person spoken of, not the organisation's name.
    if !named_for && run_after >= i + 3 && a.is_first_name(i + 1) && patronymic(&a.folded[i + 2]) {
        run_after = i + 1;
    }
    // "Fundacji Most Wschód": a name may begin with a word that is ordinary on its own, when
    // another capitalised word follows it.
    if run_after == i + 1
        && i + 2 < a.words.len()
        && a.adjacent(i)
        && a.adjacent(i + 1)
        && a.capitalised(i + 1)
        && a.ordinary(i + 1)
        && !a.sentence_start[i + 1]
    {
        if a.capitalised_run(i + 2, 3) > i + 2 {
            run_after = a.capitalised_run(i + 2, 3);
        } else if i + 3 < a.words.len()
            && a.adjacent(i + 2)
            && matches!(a.folded[i + 2].as_str(), "nad" | "pod" | "u" | "de" | "din")
            && a.capitalised(i + 3)
        {
            // "Fundację Most nad Sanem": that word, a little word, and a capitalised one.
            run_after = a.capitalised_run(i + 3, 3);
        }
    }
    // "Kavarnia u Mariiky", "Bar pod Lipą": "at", "under", "over" may follow the
    // organisation's word itself ("school of Hlynianka" is the village's school).
    while (run_after > i + 1
        || (run_after == i + 1
            && run_after < a.words.len()
            && matches!(a.folded[run_after].as_str(), "u" | "pod" | "nad")))
        && run_after + 1 < a.words.len()
        && run_after - i < 7
        && a.adjacent(run_after - 1)
        && a.adjacent(run_after)
        && ORG_PARTICLES.contains(&a.folded[run_after].as_str())
        && a.capitalised(run_after + 1)
        // "Fundacja Przystań Nadbużańska w Zabużynie": "in" and a word in the locative is
        // where it is, not its name.
        && !(matches!(a.folded[run_after].as_str(), "w" | "we" | "u" | "v")
            && ["ie", "iu", "ach", "owie", "ynie", "inie", "i"]
                .iter()
                .any(|e| a.folded[run_after + 1].ends_with(e)))
        // "SRL Agrotrans din Căușeni": a place after "from" is where the firm is, not its name.
        && !((LOCATIVE_SET.contains(&a.folded[run_after])
            || matches!(a.folded[run_after].as_str(), "z" | "ze" | "iz" | "zi"))
            && (LEXICON.places.contains_key(&a.stems[run_after + 1])
                || shaped_like_village(a, run_after + 1)))
    {
        run_after = a.capitalised_run(run_after + 1, 3);
    }
    if a.adjacent(i) && run_after > i + 1 {
        // "Lubelskiej Wyższej Szkoły Technicznej": capitalised adjectives before the word.
        let mut start = i;
        while start > 0
            && i - start < 2
            && a.adjacent(start - 1)
            && a.capitalised(start - 1)
            && !a.sentence_start[start - 1]
            && !a.ordinary(start - 1)
            && !a.is_first_name(start - 1)
            && [
                "skiej", "ckiej", "ej", "ego", "ska", "ski", "skie", "nej", "nego",
            ]
            .iter()
            .any(|e| a.folded[start - 1].ends_with(e))
        {
            start -= 1;
        }
        if start < i {
            let from = a.words[start].byte_start;
            hits.retain(|h| h.end <= from || h.start >= word.byte_start || !h.kind.is_word_kind());
        }
        hits.push(a.hit(Kind::Organisation, start, run_after, 0.85));
        return Some(run_after);
    }
    if !word.is_capitalised() {
        // "the Horodyshche-Rudne village council", "Vyzhnytsia city military administration":
        // a place's name, the level of government, the body.
        // "Гороховатський психоневрологічний інтернат", "Полтавський геріатричний
        // пансіонат": a home by its town's adjective, with the lower-case adjectives of its
        // kind between.
        let home = HOMES.contains(&a.folded[i].as_str());
        let mut level = i;
        while level > 0
            && i - level < 3
            && a.adjacent(level - 1)
            && (ADMIN_LEVELS.contains(&a.folded[level - 1].as_str())
                || (home
                    && !a.capitalised(level - 1)
                    && a.folded[level - 1].len() > 5
                    && ["yi", "ii", "a", "oi"]
                        .iter()
                        .any(|e| a.folded[level - 1].ends_with(e))))
        {
            level -= 1;
        }
        let start = capitalised_before(a, level);
        // "the Pokrova parish", "Sfânta Parascheva parish": a church by its dedication
        // (a denomination, "the Orthodox church", says which church, not which one).
        let dedicated = level == i
            && is_church_noun(a, i)
            && start < i
            && (start..i).all(|k| !DENOMINATIONS.contains(&a.folded[k].as_str()) && !a.ordinary(k));
        if (level < i || dedicated) && start < level {
            hits.retain(|h| {
                h.end <= a.words[start].byte_start
                    || h.start >= word.byte_end
                    || !h.kind.is_word_kind()
            });
            hits.push(a.hit(Kind::Organisation, start, i + 1, 0.8));
        }
        return Some(i + 1);
    }
    {
        let start = capitalised_before(a, i);
        if start < i {
            hits.retain(|h| {
                h.end <= a.words[start].byte_start
                    || h.start >= word.byte_end
                    || !h.kind.is_word_kind()
            });
            hits.push(a.hit(Kind::Organisation, start, i + 1, 0.85));
        }
    }
    Some(i + 1)
}

/// Beginnings (folded) of the Ukrainian and Russian nouns of the institutions a town's
/// adjective names: a lyceum, a school, a hospital, a college, a factory, a plant.
const TOWN_INSTITUTIONS: &[&str] = &[
    "litse",
    "lytse",
    "shkol",
    "likarn",
    "bolnyts",
    "kolledzh",
    "koledzh",
    "tekhnikum",
    "zavod",
    "kombinat",
    "fabryk",
    "elevator",
    "internat",
    "herontotsentr",
    "gerontotsentr",
];

/// The court's and the home's nouns in their cases (folded), whole: "суд" and "дом" begin too
/// many words ("детского дома-интерната").
const COURTS: &[&str] = &[
    "sud", "suda", "sudu", "sudom", "sudi", "sude", "dom", "doma", "domu", "dome",
];

/// "у Гранітнопільському ліцеї", "їдальня Гранітнопільського цукрового заводу", "решение
/// Чугуевского районного суда": a lower-case institution's noun, at most two lower-case
/// adjectives before it, and before them a capitalised Cyrillic adjective of a town (-ськ-,
/// -цьк-, -ск-). Where the organisation starts.
fn institution_of_town(a: &Analysis, i: usize) -> Option<usize> {
    let folded = &a.folded[i];
    if i == 0
        || a.words[i].is_capitalised()
        || !(COURTS.contains(&folded.as_str())
            || TOWN_INSTITUTIONS.iter().any(|p| folded.starts_with(p))
            // "хлібозаводу", "молокозавода": a factory of its kind.
            || folded.contains("zavod"))
    {
        return None;
    }
    let mut k = i;
    while k > 0
        && i - k < 2
        && a.adjacent(k - 1)
        && !a.words[k - 1].is_capitalised()
        && a.folded[k - 1].len() > 5
        && ["oho", "omu", "yi", "ii", "oi", "ym", "ykh", "a", "e", "u"]
            .iter()
            .any(|e| a.folded[k - 1].ends_with(e))
    {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    let town = k - 1;
    let adjective = a.adjacent(town)
        && a.capitalised(town)
        && a.words[town]
            .text
            .chars()
            .all(|c| ('\u{400}'..='\u{4ff}').contains(&c) || c == '\'' || c == '’')
        && a.folded[town].len() >= 7
        && [
            "skyi", "skoho", "skomu", "skii", "skoi", "skym", "ska", "ske", "skoie", "skaia",
            "skom", "skuiu", "sku",
        ]
        .iter()
        .any(|e| a.folded[town].ends_with(e))
        && !a.is_first_name(town);
    adjective.then_some(town)
}

/// Homes for the old, the disabled and children (folded): an institution named by its town's
/// adjective.
pub(super) const HOMES: &[&str] = &[
    "internat",
    "internatu",
    "internati",
    "pansionat",
    "pansionatu",
    "pansionati",
];

/// Beginnings of the nouns of a church, a parish, a chapel or a monastery, in the five
/// languages (folded at first use).
const CHURCH_NOUNS: &[&str] = &[
    "храм",
    "церкв",
    "церков",
    "собор",
    "монастир",
    "монастыр",
    "каплиц",
    "часовн",
    "парафі",
    "приход",
    "parafi",
    "kości",
    "kosci",
    "cerkw",
    "cerkiew",
    "klasztor",
    "kaplic",
    "parohi",
    "biseric",
    "mănăstir",
    "manastir",
    "capel",
    "catedral",
    "church",
    "parish",
    "chapel",
    "cathedral",
    "monaster",
];

/// The words for a saint before her or his name (folded at first use; whole words).
const SAINT_WORDS: &[&str] = &[
    "святого",
    "святої",
    "святих",
    "святой",
    "святых",
    "святителя",
    "св",
    "św",
    "świętego",
    "świętej",
    "świętych",
    "sfântul",
    "sfânta",
    "sfinții",
    "sfinților",
    "sfintei",
    "sfântului",
    "sf",
    "saint",
    "st",
];

static CHURCHES: LazyLock<(Vec<String>, Vec<String>)> = LazyLock::new(|| {
    let folded = |list: &[&str]| list.iter().map(|w| crate::text::fold(w)).collect();
    (folded(CHURCH_NOUNS), folded(SAINT_WORDS))
});

pub(super) fn is_church_noun(a: &Analysis, i: usize) -> bool {
    CHURCHES
        .0
        .iter()
        .any(|p| a.folded[i].starts_with(p.as_str()))
}

/// Whether words `i` and `i + 1` are a church's noun and a saint's word ("Parohia Sfântul"):
/// the saint's name after them is the church's, not a holiday's.
pub(super) fn church_and_saint(a: &Analysis, i: usize) -> bool {
    i + 1 < a.words.len() && is_church_noun(a, i) && CHURCHES.1.contains(&a.folded[i + 1])
}

/// "храму святого Миколая", "parafii św. Józefa", "Parohiei Sfântul Nicolae", "the church of
/// St Nicholas": a church by its saint is the one church of a small place, and names it as
/// surely as its name. The church's noun, a saint's word (with or without its full stop, "of"
/// between in English), and one or two capitalised names. Where it ends.
fn church_of_saint(a: &Analysis, i: usize) -> Option<usize> {
    if !is_church_noun(a, i) {
        return None;
    }
    let mut s = i + 1;
    if s < a.words.len() && a.adjacent(i) && a.folded[s] == "of" {
        s += 1;
    }
    // "Parafii pw. św. Mikołaja": "pod wezwaniem", under the invocation of.
    let invoked = s + 1 < a.words.len()
        && a.folded[s] == "pw"
        && a.text[a.words[s].byte_end..a.words[s + 1].byte_start] == *". ";
    if invoked {
        s += 1;
    }
    if s + 1 >= a.words.len()
        || !CHURCHES.1.contains(&a.folded[s])
        || !(matches!(
            &a.text[a.words[s - 1].byte_end..a.words[s].byte_start],
            " " | "\u{a0}"
        ) || invoked)
        || !matches!(
            &a.text[a.words[s].byte_end..a.words[s + 1].byte_start],
            " " | ". " | "."
        )
        || !a.capitalised(s + 1)
    {
        return None;
    }
    Some(a.capitalised_run(s + 1, 2).max(s + 2))
}

/// Words before "parish" or "church" that say which church, not which one: a denomination.
const DENOMINATIONS: &[&str] = &[
    "orthodox",
    "catholic",
    "greek",
    "roman",
    "baptist",
    "lutheran",
    "evangelical",
    "protestant",
    "pentecostal",
    "adventist",
    "reformed",
    "methodist",
    "anglican",
    "local",
    "village",
    "parish",
];

/// The levels of government between a place's name and its body, in English ("village
/// council", "city military administration").
const ADMIN_LEVELS: &[&str] = &[
    "village",
    "city",
    "town",
    "district",
    "regional",
    "oblast",
    "raion",
    "settlement",
    "rural",
    "municipal",
    "county",
    "military",
    "civil",
    "local",
    "outpatient",
    "central",
    "general",
    "primary",
    "secondary",
    "maternity",
    "boarding",
];

/// Where the run of capitalised, non-ordinary words right before word `i` starts (at most
/// four, joined by spaces or a hyphen: "Hollis-Bram Foundation"); `i` when there is none.
fn capitalised_before(a: &Analysis, i: usize) -> usize {
    let qualifier = |k: usize| ORG_QUALIFIERS.contains(&a.folded[k].as_str());
    let mut start = i;
    // "Włodawa Landlords' Association": a plural's possessive stands between too.
    let possessive = |k: usize| {
        matches!(
            &a.text[a.words[k].byte_end..a.words[k + 1].byte_start],
            "' " | "’ "
        )
    };
    while start > 0
        && (a.adjacent(start - 1) || hyphened(a, start - 1) || possessive(start - 1))
        && a.capitalised(start - 1)
        && (!a.ordinary(start - 1) || qualifier(start - 1))
        && i - start < 5
    {
        start -= 1;
    }
    // "Zlatoyarivka Central District Hospital": the qualifiers count only after a name.
    while start < i && qualifier(start) {
        start += 1;
    }
    start
}

/// English words (folded) that qualify an institution between its town's name and its noun:
/// "Zlatoyarivka Central District Hospital", "Lviv Regional Children's Hospital".
const ORG_QUALIFIERS: &[&str] = &[
    "central",
    "district",
    "regional",
    "city",
    "municipal",
    "county",
    "clinical",
    "general",
    "community",
    "children",
    "childrens",
    "maternity",
    "emergency",
    "oblast",
    "raion",
    "rural",
];

/// Word `i` and word `i + 1` are one hyphenated word ("Horodyshche-Rudne").
pub(super) fn hyphened(a: &Analysis, i: usize) -> bool {
    i + 1 < a.words.len() && &a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == "-"
}

/// Beginnings (folded) of the Ukrainian and Russian nouns of schools and colleges that,
/// capitalised in mid-sentence, begin a name whose field follows in lower case.
const INSTITUTIONS: &[&str] = &[
    "kolledzh",
    "koledzh",
    "litse",
    "lytse",
    "himnazi",
    "gimnazi",
    "tekhnikum",
    "uchylyshch",
    "uchilishch",
    "universytet",
    "universitet",
    "instytut",
    "institut",
];

/// Lower-case words that end an institution's name rather than continue it: prepositions,
/// conjunctions and relatives (folded).
const NAME_STOPS: &[&str] = &[
    "dlia", "vid", "ot", "pid", "pod", "nad", "pry", "pri", "shcho", "chto", "iakyi", "iaka",
    "kotoryi", "kotoraia", "de", "gde", "koly", "kogda", "pislia", "posle", "cherez", "bez", "abo",
    "ili", "tozhe", "tezh", "takozh", "takzhe", "vse", "ves", "vsi",
];

/// "в общежитии Колледжа лёгкой промышленности", "до Ліцею інформаційних технологій": in
/// Ukrainian and Russian an institution's noun capitalised in mid-sentence begins its name,
/// and the name's field follows in lower case (at most three words, up to a preposition, a
/// conjunction or a verb in the past). Where the name ends (exclusive), if it is one.
fn institution_with_its_field(a: &Analysis, i: usize) -> Option<usize> {
    let word = &a.words[i];
    if !(word.is_capitalised()
        && !a.sentence_start[i]
        && word
            .text
            .chars()
            .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        && INSTITUTIONS.iter().any(|n| a.folded[i].starts_with(n)))
    {
        return None;
    }
    let mut end = i + 1;
    while end < a.words.len()
        && end - i <= 3
        && a.adjacent(end - 1)
        && !a.words[end].is_capitalised()
        && a.words[end].text.chars().count() > 2
        && a.words[end].text.chars().all(char::is_alphabetic)
        && !NAME_STOPS.contains(&a.folded[end].as_str())
        && !["la", "ly", "lo", "vsia", "lysia", "las", "lis"]
            .iter()
            .any(|e| a.folded[end].ends_with(e))
    {
        end += 1;
    }
    (end > i + 1).then_some(end)
}

/// Beginnings (folded) of the adjectives of a level of government, in Ukrainian and Russian:
/// селищна, сільська, міська, районна, обласна, військова; городская, сельская, поселковая,
/// военная (transliterated either way).
const LEVEL_ADJECTIVES: &[&str] = &[
    "selyshchn",
    "silsk",
    "misk",
    "raionn",
    "oblasn",
    "viiskov",
    "horodsk",
    "gorodsk",
    "selsk",
    "poselkov",
    "voienn",
    "voenn",
    "hromadsk",
];

/// Beginnings of a council's level and body in one word (folded at first use): сільрада,
/// селищрада, міськрада, райрада, облрада; сельсовет, поссовет, горсовет, райсовет.
static COMPOUND_COUNCILS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "сільрад",
        "селищрад",
        "міськрад",
        "райрад",
        "облрад",
        "сельсовет",
        "поссовет",
        "горсовет",
        "райсовет",
    ]
    .iter()
    .map(|w| crate::text::fold(w))
    .collect()
});

/// Beginnings (folded) of the bodies: рада, адміністрація, совет, администрация.
const BODIES: &[&str] = &["rad", "admin", "admyn", "sovet", "hromad", "upravlin"];

/// "сесію Жовтневої селищної ради", "в Соляновскую городскую военную администрацию": a
/// place's adjective, the level (one or two lower-case adjectives) and the body. Where it ends.
fn council_of_place(a: &Analysis, i: usize) -> Option<usize> {
    let n = a.words.len();
    let level = |k: usize| {
        k < n
            && a.adjacent(k - 1)
            && !a.words[k].is_capitalised()
            && LEVEL_ADJECTIVES.iter().any(|p| a.folded[k].starts_with(p))
    };
    // "Зарічанської сільради", "Ивановского сельсовета": the level and the body in one word.
    let compound = |k: usize| {
        k < n
            && a.adjacent(k - 1)
            && !a.words[k].is_capitalised()
            && COMPOUND_COUNCILS.iter().any(|p| a.folded[k].starts_with(p))
    };
    if compound(i + 1)
        && a.capitalised(i)
        && !a.sentence_start[i]
        && !super::quasi::is_role_word(&a.folded[i])
    {
        return Some(i + 2);
    }
    // The level first, a look at the next word (this runs for every word); "Голова селищної
    // ради" is the head of the council: a role, not the council's name.
    if !level(i + 1)
        || !a.capitalised(i)
        || !a.words[i]
            .text
            .chars()
            .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        || super::quasi::is_role_word(&a.folded[i])
    {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && level(k) {
        k += 1;
    }
    (k > i + 1
        && k < n
        && a.adjacent(k - 1)
        && !a.words[k].is_capitalised()
        && BODIES.iter().any(|b| a.folded[k].starts_with(b)))
    .then_some(k + 1)
}

/// Where a quoted name after word `k` ends, when it begins with a capital; or after the one
/// word that qualifies the noun ("Liceului Teoretic „Mihai Eminescu”", "Școala gimnazială
/// „Ion Creangă”").
fn quoted_capital_name_after(a: &Analysis, k: usize) -> Option<usize> {
    let capital_after = |j: usize| {
        a.text[a.words[j].byte_end..]
            .trim_start_matches(|c: char| c.is_whitespace() || "«\"„“‚".contains(c))
            .starts_with(char::is_uppercase)
    };
    quoted_name_after(a, k)
        .filter(|_| capital_after(k))
        .or_else(|| {
            quoted_name_after_qualifier(a, k)
                .filter(|_| k + 1 < a.words.len() && capital_after(k + 1))
        })
}

/// Where a quoted name after the one word following `k` ends: "Asociația Obștească «Casa
/// Deschisă»", "Liceului Teoretic „…”". The word between is no given name.
fn quoted_name_after_qualifier(a: &Analysis, k: usize) -> Option<usize> {
    (k + 1 < a.words.len()
        && a.adjacent(k)
        && a.words[k + 1].text.chars().count() >= 4
        && !a.is_first_name(k + 1))
    .then(|| quoted_name_after(a, k + 1))
    .flatten()
}

/// Legal forms written in capitals that are also short words: АТ and КП (joint-stock and
/// municipal companies), CF and PA (a charitable foundation, a public association, as English
/// texts write БФ and A.O.).
const CAPS_ONLY_FORMS: &[&str] = &[
    "kz", "at", "kp", "cf", "pa", "sa", "ii", "co", "dk", "ds", "fkh", "ks", "lks", "mks", "gks",
    "uks",
];

/// Organisation words that begin a name only when capitalised: a town hall, a parish, an
/// office, a house ("Casa Speranței"; "în casa ei" is her home), a radio station, a college
/// (folded).
pub(super) const CAPITALISED_ONLY: &[&str] = &[
    "primaria",
    "primariei",
    "primarie",
    "parohia",
    "parohiei",
    "parohie",
    "urzad",
    "urzedu",
    "urzedzie",
    "urzedem",
    "casa",
    "casei",
    "radio",
    "radia",
    "radiu",
    "radiem",
    "colegiul",
    "colegiului",
    "kavarnia",
    "kavarni",
    "telewizja",
    "telewizji",
    "televiziunea",
    "televiziunii",
    "bank",
    "banku",
    "bankiem",
    "banca",
    "bancii",
    "szkola",
    "szkoly",
    "szkole",
    "manastirea",
    "manastirii",
    "biuro",
    "biura",
    "biurze",
    "scoala",
    "scolii",
    "agrofirma",
    "agrofirmy",
    "ahrofirma",
    "ahrofirmy",
    "drukarnia",
    "drukarni",
    "hostel",
    "hostelu",
    "szpital",
    "szpitala",
    "szpitalu",
    "szpitalem",
    "clinica",
    "clinicii",
    "uczelnia",
    "uczelni",
    "akademia",
    "akademii",
    "politechnika",
    "politechniki",
    "uniwersytet",
    "uniwersytetu",
];

/// The first word that starts at or after byte `at`.
fn word_from(a: &Analysis, at: usize) -> usize {
    a.words.partition_point(|w| w.byte_start < at)
}

/// "A.O. „Casa cu Flori”", "A.O. "Vatra Bunicilor"": Moldova's abbreviation of "asociația
/// obștească" written with its full stops, and the quoted name after it.
fn dotted_form_with_quoted_name(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let o = i + 1;
    if !(a.words[i].text == "A"
        && a.words.get(o).is_some_and(|w| w.text == "O")
        && &a.text[a.words[i].byte_end..a.words[o].byte_start] == "."
        && a.text[a.words[o].byte_end..].starts_with('.'))
    {
        return None;
    }
    // "A.O. Fereastra Nordului": capitalised words after it, when no quote.
    let stop = match quoted_name_from(a, a.words[o].byte_end + 1) {
        Some(stop) => stop,
        None => {
            let first = o + 1;
            let run = a.capitalised_run(first, 4);
            if first >= a.words.len()
                || a.text[a.words[o].byte_end..a.words[first].byte_start] != *". "
                || run <= first
            {
                return None;
            }
            a.words[run - 1].byte_end
        }
    };
    hits.push(Hit {
        kind: Kind::Organisation,
        start: a.words[i].byte_start,
        end: stop,
        confidence: 0.92,
        suggestion: None,
    });
    Some(word_from(a, stop))
}

/// "„Pod Lipą” sp. z o.o.", "„Agrotrans” SRL": a quoted name right before a company's legal
/// form, the form (with "z o.o.") included.
fn quoted_name_before_legal_form(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    if !matches!(a.folded[i].as_str(), "sp" | "srl" | "llc" | "ltd" | "sa") {
        return None;
    }
    let before = a.text[..a.words[i].byte_start].trim_end_matches([' ', '\u{a0}']);
    let close = before.chars().next_back()?;
    let open_chars: &[char] = match close {
        '”' => &['„', '“', '"'],
        '"' => &['"', '„', '“'],
        '»' => &['«'],
        '“' => &['„'],
        _ => return unquoted_name_before_legal_form(a, i, hits),
    };
    let inner = &before[..before.len() - close.len_utf8()];
    let open = inner.rfind(open_chars)?;
    if inner.len() - open > 80 || inner[open..].contains('\n') {
        return None;
    }
    let mut end = a.words[i].byte_end;
    let rest = &a.text[end..];
    for tail in [". z o.o.", " z o.o.", ". z o. o.", "."] {
        if a.folded[i] == "sp" && rest.starts_with(tail) {
            end += tail.len();
            break;
        }
    }
    // "w Agencji Ubezpieczeniowej „Lipa” sp. z o.o.": the body its noun began takes the
    // form too.
    if let Some(body) = hits
        .iter_mut()
        .find(|h| h.kind == Kind::Organisation && h.start < open && h.end > open && h.end <= end)
    {
        body.end = end;
        return Some(word_from(a, end));
    }
    hits.retain(|h| h.end <= open || h.start >= end || !h.kind.is_word_kind());
    hits.push(Hit {
        kind: Kind::Organisation,
        start: open,
        end,
        confidence: 0.9,
        suggestion: None,
    });
    Some(word_from(a, end))
}

/// "prin Termo Sud SRL", "Tysa-Mist LLC": one to three capitalised words right before a
/// company's legal form written after its name (SRL, LLC, Ltd) are its name, whatever each
/// word would be alone ("Termo" no town, "Sud" no south).
fn unquoted_name_before_legal_form(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    if a.folded[i] == "sp" || a.folded[i] == "sa" || i == 0 {
        return None;
    }
    let linked =
        |k: usize| a.adjacent(k) || &a.text[a.words[k].byte_end..a.words[k + 1].byte_start] == "-";
    let mut start = i;
    while start > 0
        && i - start < 3
        && linked(start - 1)
        && a.capitalised(start - 1)
        && a.words[start - 1].text.chars().all(char::is_alphanumeric)
        && !ORG_WORD_SET.contains(&a.folded[start - 1])
    {
        start -= 1;
    }
    if start == i {
        return None;
    }
    let (from, end) = (a.words[start].byte_start, a.words[i].byte_end);
    hits.retain(|h| h.end <= from || h.start >= end || !h.kind.is_word_kind());
    hits.push(a.hit(Kind::Organisation, start, i + 1, 0.85));
    Some(i + 1)
}

/// "«Ветеринарная клиника Лозового»", "„Sklep Pod Lipą”": a quoted name that opens with a
/// business's or an organisation's noun (its adjective may come first), a capitalised word
/// after the noun, and no sentence's punctuation inside (speech is not a name).
fn quoted_name_opening_with_noun(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let before = &a.text[..a.words[i].byte_start];
    let open = before.chars().next_back()?;
    if !matches!(open, '«' | '„' | '“' | '"') || !a.capitalised(i) {
        return None;
    }
    let start = before.len() - open.len_utf8();
    let stop = quoted_name_from(a, start)?;
    let inner = a.text[a.words[i].byte_start..stop].trim_end_matches(['»', '”', '"', '“']);
    if inner.contains(['.', ',', '!', '?', ':', ';']) {
        return None;
    }
    let last = word_from(a, stop);
    let noun = (i..(i + 2).min(last)).find(|&k| {
        k + 1 < last && (quoted_name_noun(&a.folded[k]) || ORG_WORD_SET.contains(&a.folded[k]))
    })?;
    if !(noun + 1..last).any(|k| a.capitalised(k)) {
        return None;
    }
    Some(quoted_organisation(a, hits, start, stop, 0.85, i))
}

/// Records an organisation from byte `start` to its closing quote at `stop`, and returns the
/// first word (from `from`) after it.
fn quoted_organisation(
    a: &Analysis,
    hits: &mut Vec<Hit>,
    start: usize,
    stop: usize,
    confidence: f32,
    from: usize,
) -> usize {
    hits.push(Hit {
        kind: Kind::Organisation,
        start,
        end: stop,
        confidence,
        suggestion: None,
    });
    let mut next = from;
    while next < a.words.len() && a.words[next].byte_end <= stop {
        next += 1;
    }
    next
}

/// Where a quoted name right after the organisation word `i` ends (its closing quote
/// included), if there is one of at most 80 bytes.
fn quoted_name_after(a: &Analysis, i: usize) -> Option<usize> {
    quoted_name_from(a, a.words[i].byte_end)
}

/// Where a quoted name starting at byte `at` (spaces and a Romanian article before it) ends.
pub(super) fn quoted_name_from(a: &Analysis, at: usize) -> Option<usize> {
    let mut after = &a.text[at..];
    // Romanian articles joined by a hyphen: ONG-ul „Lumina”, Fundația-ului.
    for article in ["-ului", "-ul", "-a"] {
        if let Some(rest) = after.strip_prefix(article) {
            after = rest;
            break;
        }
    }
    let trimmed = after.trim_start();
    let offset = a.text.len() - trimmed.len();
    let open = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '«' | '"' | '„' | '“' | '‚'))?;
    // A name starts right after its opening quote; `go". So I went` is a closing one.
    if !trimmed[open.len_utf8()..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let close = match open {
        '«' => '»',
        '„' => '”',
        '“' => '”',
        _ => '"',
    };
    let body = &trimmed[open.len_utf8()..];
    // Only the first 120 bytes are looked at (60 Cyrillic letters: "КНП «Баштанский центр
    // экстренной медицинской помощи»"): a quote never closed would make every quoted noun
    // walk the rest of the text.
    let mut limit = body.len().min(120);
    while !body.is_char_boundary(limit) {
        limit -= 1;
    }
    let end = body[..limit]
        .find([close, '"', '“', '»'])
        .filter(|e| *e > 0)?;
    Some(offset + open.len_utf8() + end + body[end..].chars().next().map_or(1, char::len_utf8))
}

/// Rule 2. Words that cannot begin a name: lower-case, ordinary words, and the cues themselves
/// (titles, words of place). Passed over.
fn not_a_name(a: &Analysis, i: usize) -> Option<usize> {
    // "Пан Роман": a given name that is also a word is a name after a title, and after a
    // relative ("шукала сина Романа").
    let titled_name = a.is_first_name(i)
        && previous_word(a, i)
            .is_some_and(|p| PERSON_CUE_SET.contains(p) || super::quasi::is_relative_word(p));
    (!a.capitalised(i)
        || (a.ordinary(i) && !titled_name)
        || PERSON_CUE_SET.contains(&a.folded[i])
        || PLACE_CUE_SET.contains(&a.folded[i]))
    .then_some(i + 1)
}

/// Rule 3. A title or form of address before the name: Mr Sydorenko, пані Оксана, doamna
/// Ionescu.
fn after_title(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    if !previous_word(a, i).is_some_and(|p| PERSON_CUE_SET.contains(p)) {
        return None;
    }
    let end = a.capitalised_run(i, 3);
    let end = if end == i && a.capitalised(i) && a.is_first_name(i) {
        i + 1
    } else {
        end
    };
    // "староста Кунки Ганна Вірич": a role's place, then its holder's given name; the words
    // before the given name are the place.
    if end > i + 1
        && super::quasi::is_role_word(previous_word(a, i).unwrap_or_default())
        && !a.is_first_name(i)
        && let Some(k) = (i + 1..end).find(|&k| a.is_first_name(k))
    {
        hits.push(a.hit(Kind::Location, i, k, 0.5));
        hits.push(a.hit(Kind::Person, k, end, 0.9));
        return Some(end);
    }
    // "староста Підлісного", "голова Кунок": one word in a place's genitive after a role is
    // the role's village, not its holder (who would stand in the nominative).
    if end == i + 1
        && super::quasi::is_role_word(previous_word(a, i).unwrap_or_default())
        && !a.is_first_name(i)
        && !has_surname_ending(&a.folded[i])
        && {
            let lower = a.words[i].text.to_lowercase();
            ["ого", "ої", "ки", "ків", "ців", "них"]
                .iter()
                .any(|e| lower.ends_with(e))
        }
    {
        hits.push(a.hit(Kind::Location, i, end, 0.6));
        return Some(end);
    }
    (end > i).then(|| {
        hits.push(a.hit(Kind::Person, i, end, 0.9));
        end
    })
}

/// Rule 4. A word of place before the name: village of X, село X, w miejscowości X, în satul
/// X, вул. X. One-letter abbreviations (с. for село, м. for місто) only with their full stop:
/// "с" alone is "with".
fn after_place_word(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let abbreviation_ok = |j: usize| {
        let dotted = a.text[a.words[j].byte_end..a.words[j + 1].byte_start].starts_with('.');
        match a.folded[j].as_str() {
            // "com." and "gm." only with their full stop, and "olx.com. Ціни" is a site's.
            "com" | "gm" => {
                dotted && (j == 0 || !a.text[..a.words[j].byte_start].ends_with(['.', '@']))
            }
            f => f.len() > 1 || dotted,
        }
    };
    let place_cue = (i > 0
        && PLACE_CUE_SET.contains(&a.folded[i - 1])
        && abbreviation_ok(i - 1)
        && a.text[a.words[i - 1].byte_end..a.words[i].byte_start]
            .trim_start_matches('.')
            .trim()
            .is_empty())
        || (i >= 2 && a.folded[i - 1] == "of" && PLACE_CUE_SET.contains(&a.folded[i - 2]))
        || (i >= 1 && super::address::avenue_abbreviation(a, i - 1))
        // "a town on the Cheremosh", "across the Prut": a river or a hill.
        || (i >= 2
            && a.adjacent(i - 1)
            && a.adjacent(i - 2)
            && a.folded[i - 1] == "the"
            && (matches!(a.folded[i - 2].as_str(), "on" | "across" | "beyond" | "over")
                // "the left bank of the Oskil", "the mouth of the Danube".
                || (a.folded[i - 2] == "of"
                    && i >= 3
                    && a.adjacent(i - 3)
                    && matches!(a.folded[i - 3].as_str(), "bank" | "banks" | "shore" | "mouth")))
            && (a.capitalised_run(i, 2) == i + 1
                // "the far bank of the Siverskyi Donets": a river of two words.
                || (i >= 3 && a.folded[i - 2] == "of"))
            && !a.is_first_name(i))
        // "at the Chop customs post", "the Medyka crossing": a place's name between "the" and
        // the border's or the road's post.
        || (i >= 1
            && i + 1 < a.words.len()
            && a.adjacent(i - 1)
            && a.adjacent(i)
            && a.folded[i - 1] == "the"
            && matches!(
                a.folded[i + 1].as_str(),
                "customs" | "checkpoint" | "crossing" | "border" | "railway" | "bus"
            )
            && a.capitalised_run(i, 2) == i + 1
            && !a.is_first_name(i))
        // "сельский совет Фрумушики", "сільська рада Вербівки": a village's council.
        || (i >= 2
            && a.adjacent(i - 1)
            && a.adjacent(i - 2)
            && matches!(
                a.folded[i - 1].as_str(),
                "sovet" | "soveta" | "sovetu" | "rada" | "rady" | "radi"
            )
            && ["selsk", "silsk", "poselk", "selyshchn", "poselkov", "gorodsk", "misk"]
                .iter()
                .any(|p| a.folded[i - 2].starts_with(p)))
        // "the checkpoint before Zherebets", "блокпост під Кутовим": a checkpoint is on the
        // road to a place.
        || (i >= 2
            && a.adjacent(i - 1)
            && a.adjacent(i - 2)
            && NEAR.contains(&a.folded[i - 1].as_str())
            && CHECKPOINTS.contains(&a.folded[i - 2].as_str())
            && !a.is_first_name(i))
        // "the villages along the Tiasmynka", "вздовж Росі", "wzdłuż Bugu": what runs along
        // is a river, a road or a border, each a place of the story.
        || (i >= 1 && a.adjacent(i - 1) && ALONG.contains(&a.folded[i - 1].as_str()))
        // "над річкою Жолобкою", "nad rzeką Wieprz": a river's word before its name, whatever
        // case the name is in (the instrumental is a surname's ending too).
        || (i >= 1
            && a.adjacent(i - 1)
            && RIVER_WORDS.contains(&a.folded[i - 1].as_str())
            && !a.is_first_name(i))
        || (i >= 2
            && a.adjacent(i - 1)
            && a.adjacent(i - 2)
            && a.folded[i - 1] == "the"
            && a.folded[i - 2] == "along");
    // "S.V.": initials, not "с. V" (a village's abbreviation before a one-letter name).
    if !place_cue || a.words[i].text.chars().count() < 2 {
        return None;
    }
    let end = a.place_run(i);
    // "голови громади Віри Мороз": a given name and a surname after a word of place in the
    // genitive are the person the place is hers, unless the gazetteer knows the whole.
    if end > i + 1
        && (i..end).any(|k| a.is_first_name(k) || has_strong_surname_ending(&a.folded[k]))
        && !LEXICON.places.contains_key(&a.stems[i..end].join(" "))
    {
        return None;
    }
    (end > i).then(|| {
        hits.push(a.hit(Kind::Location, i, end, 0.9));
        end
    })
}

/// "Along" in the other four languages (folded), a river's or a road's cue.
/// Checkpoints (folded), whose place is named after "before", "near", "outside".
const CHECKPOINTS: &[&str] = &[
    "checkpoint",
    "roadblock",
    "blokpost",
    "blokposta",
    "blokpostu",
    "blokpostom",
    "punkt",
    "posterunek",
    "posterunku",
    "filtratsiia",
    "filtratsii",
];

/// "Before", "near", "outside", "past" in the five languages (folded).
const NEAR: &[&str] = &[
    "before", "near", "outside", "past", "beyond", "pered", "pid", "bilia", "kolo", "okolo",
    "przed", "pod", "langa", "dupa",
];

const ALONG: &[&str] = &["vzdovzh", "uzdovzh", "vdol", "wzdluz", "lungul"];

/// What the words around a capitalised word say it is: the grammar that decides between a
/// person and a place, for rules 5 to 8.
struct Surroundings {
    /// The longest known place starting here: its length in words, and the place.
    place: Option<(usize, &'static lexicon::Place)>,
    /// The word is a given name.
    first_name: bool,
    /// Shaped like a place's name (its ending).
    place_shaped: bool,
    /// After a word that leads to places (in, near, до, w, din, "з" with the genitive).
    locative: bool,
    /// The grammar says a person: after "with", a word of trust, a passive's agent, a dative,
    /// a surname's ending, before a verb of agency, in apposition.
    personal: bool,
}

impl Surroundings {
    fn of(a: &Analysis, i: usize) -> Self {
        let n = a.words.len();
        let word = &a.words[i];
        let previous = previous_word(a, i);
        // A known place, the longest name first (Bila Tserkva, Zielona Góra).
        let mut place = None;
        for len in (1..=LEXICON.longest_place).rev() {
            // "Івано-Франківськ", "Bielsko-Biała": a hyphen joins a name's words too; not
            // before an adjective's case ("Белгород-Днестровской районной администрации" is
            // a body, [`hyphenated_town`] and the organisation rule's).
            let joined = |j: usize| {
                a.adjacent(j)
                    || (a.text[a.words[j].byte_end..a.words[j + 1].byte_start] == *"-"
                        && ![
                            "skoi", "skoho", "skomu", "skym", "skii", "skyi", "skaia", "skoie",
                        ]
                        .iter()
                        .any(|e| a.folded[j + 1].ends_with(e)))
            };
            if i + len > n || !(i..i + len - 1).all(joined) {
                continue;
            }
            if !(i..i + len).all(|j| a.capitalised(j) || (len > 1 && j > i)) {
                continue;
            }
            let key = a.stems[i..i + len].join(" ");
            if let Some(found) = LEXICON.places.get(&key) {
                place = Some((len, found));
                break;
            }
        }
        if place.is_none() && a.capitalised(i) {
            place = inflected_place(&a.folded[i]).map(|found| (1, found));
        }
        // Many villages are named like people (Ciobanu, Popova, Tudora): a small place with no
        // word of place before it, after "with", or shaped like a surname, is a person.
        // "to", "do", "pe", "la", "către" lead to people as often as to places ("speak to
        // Fiona", "zadzwoniłam do Edyty", "o cunosc pe Ileana", "la Maria"): after them only a
        // place-shaped word or a town of 5,000 or more is taken for a place.
        let ambiguous = previous.is_some_and(|p| AMBIGUOUS_PREPOSITIONS.contains(&p));
        let place_shaped = PLACE_ENDINGS.iter().any(|e| a.folded[i].ends_with(e));
        // "a message from Callum", "a call from Orla": "from" after a word of communication.
        let from_someone = previous == Some("from")
            && i >= 2
            && COMMUNICATION
                .iter()
                .any(|c| a.folded[i - 2].trim_end_matches('s') == *c);
        let locative = previous.is_some_and(|p| LOCATIVE_SET.contains(p))
            && (!ambiguous || place_shaped)
            && !from_someone;
        // "з"/"z"/"s" mean both "with" and "from": only with the instrumental case ("з
        // Оксаною", "z Agnieszką") is the next word a person.
        let instrumental = [
            "ою", "ею", "єю", "ом", "ем", "єм", "ой", "ей", "ём", "ым", "им", "ą", "em", "iem",
            "ym", "im",
        ]
        .iter()
        .any(|e| word.text.to_lowercase().ends_with(e));
        // Polish "że" ("that") folds to "ze" ("from", "with"): only the spelling tells them
        // apart.
        let previous = previous.filter(|_| !matches!(a.words[i - 1].text, "że" | "Że"));
        let big_place = place.is_some_and(|(_, place)| place.population >= 20_000);
        // "для Гадяча", "dla Chełma", "for Lviv": "for" a town of 20,000 is for the town.
        let with_word = previous.is_some_and(|p| {
            WITH_SET.contains(p)
                && (!matches!(p, "z" | "s" | "ze" | "so") || instrumental)
                && !(big_place && matches!(p, "dlia" | "dla" | "for" | "pentru"))
        });
        // "з Харкова", "z Charkowa": "from".
        let locative = locative
            || previous
                .is_some_and(|p| matches!(p, "z" | "s" | "ze" | "iz" | "zi") && !instrumental)
            // Russian "из", folded as Ukrainian "и" is.
            || previous == Some("yz");
        // "încredere în Ruxandra", "trusted in", "вірили в": after a word of trust "in" leads
        // to a person.
        let trust = i >= 2
            && previous.is_some_and(|p| matches!(p, "in" | "v" | "u" | "w" | "we"))
            && a.adjacent(i - 2)
            && TRUST.iter().any(|t| a.folded[i - 2].starts_with(t));
        let locative = locative && !trust;
        // The agent of a Romanian passive: "condus de Ilinca", "semnat de" ("de" after a
        // participle).
        let agent = i >= 2
            && previous == Some("de")
            && a.adjacent(i - 2)
            && a.folded[i - 2].len() >= 5
            && [
                "at", "it", "ut", "us", "as", "ata", "ita", "uta", "usa", "ati", "iti", "uti",
            ]
            .iter()
            .any(|e| a.folded[i - 2].ends_with(e));
        // A place's name in an inflected form ending like a dative, with no preposition before
        // it ("довіряли Богуславі", "доверяли Милане"), is a person: places take those endings
        // only after в, у, на, по.
        let dative = place.is_some()
            && !a.sentence_start[i]
            && previous.is_some_and(|p| {
                p.chars().count() >= 4
                    && !LOCATIVE_SET.contains(p)
                    && !PLACE_CUE_SET.contains(p)
                    && !WITH_SET.contains(p)
            })
            && !LEXICON.place_exact.contains(&a.folded[i])
            && {
                let lower = word.text.to_lowercase();
                ["і", "е", "owi"].iter().any(|e| lower.ends_with(e))
            };
        let personal = with_word
            || trust
            || agent
            || dative
            || (has_surname_ending(&a.folded[i]) && !big_place && !locative)
            // "болгарка из Кортена, которая сказала": after a preposition of place, the verb
            // is someone else's.
            || (a.before_agent_verb(i) && !big_place && !locative)
            // "apt. 3, Snihurivka, open": a known place shaped like one, between commas, is
            // a place in a list, not a person in apposition; so is a town of 20,000 ("Віра
            // Остапчук, Ірпінь, 097 …").
            || (a.in_apposition(i, i + 1)
                && !locative
                && !(place.is_some() && (place_shaped || big_place)))
            || (i + 1 < n && a.in_apposition(i, i + 2) && has_surname_ending(&a.folded[i + 1]));
        Surroundings {
            place,
            first_name: a.is_first_name(i),
            place_shaped,
            locative,
            personal,
        }
    }
}

/// Rule 5. A place the gazetteer knows — unless the word is also a given name, or the grammar
/// says a person. A name of several words always counts; after a word leading to places, any
/// place; mid-sentence, a town of 5,000 or more or a place-shaped word; at the start of a
/// sentence, where a common noun (Дорогу, Voluntarii) can be spelt like a village, only an
/// exact, place-shaped name or a town of 20,000.
fn known_place(
    a: &Analysis,
    i: usize,
    around: &Surroundings,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let (len, place) = around.place?;
    let counts = around.locative
        || len > 1
        || (a.sentence_start[i]
            && !around.personal
            && LEXICON
                .place_exact
                .contains(&a.folded[i..i + len].join(" "))
            && (around.place_shaped || place.population >= 20_000))
        || (!a.sentence_start[i]
            && !around.personal
            && (place.population >= 5_000 || around.place_shaped));
    // A given name that begins a town's name ("din Ștefan Vodă") is the town after a word
    // leading to places, or wherever a hyphen joins it to the rest ("Івано-Франківськ").
    let hyphenated = len > 1 && a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == *"-";
    if !counts || (around.first_name && !(len > 1 && (around.locative || hyphenated))) {
        return None;
    }
    let confidence = if a.sentence_start[i] { 0.65 } else { 0.8 };
    // A known name with an adjective after it in an oblique case is another, smaller place
    // ("z Wólki Leśnej", "до Кам'янки Нижньої"): the adjective is part of it.
    let mut len = len;
    let after = i + len;
    if after < a.words.len()
        && a.adjacent(after - 1)
        && a.capitalised(after)
        && !a.is_first_name(after)
        && !a.ordinary(after)
        && {
            let lower = a.words[after].text.to_lowercase();
            ["ej", "ych", "ої", "ій", "ой", "ей", "ых", "их"]
                .iter()
                .any(|e| lower.ends_with(e))
        }
        && !has_surname_ending(&a.folded[after])
    {
        len += 1;
    }
    let mut hit = a.hit(Kind::Location, i, i + len, confidence);
    hit.suggestion = Some(
        match place.population {
            0..=9_999 => "[a village]",
            10_000..=99_999 => "[a town]",
            _ => "[a city]",
        }
        .to_string(),
    );
    hits.push(hit);
    Some(i + len)
}

/// Rule 6. A given name, with the surname after it (or before: Kovalenko Oksana).
fn given_name(a: &Analysis, i: usize, around: &Surroundings, hits: &mut Vec<Hit>) -> Option<usize> {
    if !around.first_name {
        return None;
    }
    // "Люди з села прийшли": a frequent word opening a sentence before a lower-case word,
    // that shares only its stem with a given name (Люда), is the word.
    if a.sentence_start[i]
        && LEXICON.common.contains(&a.folded[i])
        && !LEXICON.first_names_written.contains(&a.folded[i])
        && i + 1 < a.words.len()
        && !a.words[i + 1].is_capitalised()
    {
        return None;
    }
    let n = a.words.len();
    let mut start = i;
    if i > 0
        && a.adjacent(i - 1)
        && a.capitalised(i - 1)
        && !a.ordinary(i - 1)
        && has_surname_ending(&a.folded[i - 1])
    {
        start = i - 1;
        hits.retain(|h| h.start != a.words[start].byte_start);
    }
    let mut end = i + 1;
    if a.adjacent(i)
        && end < n
        && a.capitalised(end)
        && !a.ordinary(end)
        && !ORG_WORD_SET.contains(&a.folded[end])
    {
        end += 1;
        // "Любов Іванівна Чабан": after a given name and a patronymic, the surname, even
        // where a place has its name.
        if patronymic(&a.folded[end - 1])
            && a.adjacent(end - 1)
            && end < n
            && a.capitalised(end)
            && !a.ordinary(end)
            && !ORG_WORD_SET.contains(&a.folded[end])
        {
            hits.retain(|h| h.start != a.words[end].byte_start);
            end += 1;
        }
    }
    hits.push(a.hit(Kind::Person, start, end, 0.88));
    Some(end)
}

/// Rule 7. A surname by its ending: Petrenko, Kowalska, Ionescu, Сидоренка, with a given name
/// or a second surname after it. At the start of a sentence the endings adjectives share
/// (Письмова угода) are only a weak guess.
fn surname(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    if !has_surname_ending(&a.folded[i])
        // "для Бригадирівки": a village's ending, no surname's.
        || (!a.words[i].text.is_ascii()
            && a.folded[i].chars().count() >= 7
            && informal::VILLAGE_ENDINGS
                .iter()
                .any(|e| a.folded[i].ends_with(e)))
        // "Ключовою виявилася…": a predicate's instrumental opening a sentence.
        || (a.sentence_start[i] && cyrillic_predicate(a.words[i].text))
        // "Начальник дільниці, …": a role opening a sentence, whatever its ending.
        || (a.sentence_start[i] && super::quasi::is_role_word(&a.folded[i]))
    {
        return None;
    }
    // "під Ківшаровим", "pod Kowalewem": "near" and a place's instrumental, not Petrov's.
    if previous_word(a, i).is_some_and(|p| matches!(p, "pid" | "pod" | "bilia" | "kolo" | "okolo"))
        && ["ovym", "evym", "ynym", "ovom", "evom", "owem", "ewem"]
            .iter()
            .any(|e| a.folded[i].ends_with(e))
    {
        hits.push(a.hit(Kind::Location, i, i + 1, 0.6));
        return Some(i + 1);
    }
    let end = if a.adjacent(i)
        && i + 1 < a.words.len()
        && a.capitalised(i + 1)
        && !a.ordinary(i + 1)
        && (a.is_first_name(i + 1) || has_surname_ending(&a.folded[i + 1]))
    {
        i + 2
    } else {
        i + 1
    };
    let confidence = match (a.sentence_start[i], has_strong_surname_ending(&a.folded[i])) {
        (false, _) => 0.75,
        (true, true) => 0.6,
        (true, false) => 0.4,
    };
    hits.push(a.hit(Kind::Person, i, end, confidence));
    Some(end)
}

/// Rule 8. Capitalised words the lists do not know: two or three together are most likely a
/// person (at the start of a sentence too); one alone mid-sentence (or before a verb of
/// agency) is a place after a word leading to places, else a person. Weak guesses.
fn unknown_name(
    a: &Analysis,
    i: usize,
    around: &Surroundings,
    hits: &mut Vec<Hit>,
) -> Option<usize> {
    let end = a.capitalised_run(i, 3);
    // "Tell Lev the route…": a frequent word opening a sentence before a given name is the
    // sentence's verb; the name is taken on its own.
    if end >= i + 2
        && a.sentence_start[i]
        && LEXICON.common.contains(&a.folded[i])
        && !a.is_first_name(i)
        && a.is_first_name(i + 1)
    {
        return None;
    }
    if end >= i + 2 {
        // "agencja WorkBridge Ostrów": a firm's name in two capitalised parts leads (not an
        // app before a person: "WhatsApp Любовь Аркадьевна").
        if camel_case(a.words[i].text) && !(i + 1..end).any(|k| a.is_first_name(k)) {
            hits.push(a.hit(Kind::Organisation, i, end, 0.5));
            return Some(end);
        }
        if unknown_place(a, i, end, around) {
            hits.push(a.hit(Kind::Location, i, end, 0.6));
            return Some(end);
        }
        // "староста Кунки Ганна Вірич": after a role, the words before a given name are the
        // role's place, the rest its holder.
        if i > 0
            && a.adjacent(i - 1)
            && super::quasi::is_role_word(&a.folded[i - 1])
            && let Some(k) = (i + 1..end).find(|&k| a.is_first_name(k))
        {
            hits.push(a.hit(Kind::Location, i, k, 0.5));
            hits.push(a.hit(Kind::Person, k, end, 0.6));
            return Some(end);
        }
        // "Георгий Петрович Стойков": a patronymic makes a run of unknown words a person's
        // name. "- Кира Маринова, экспедитор": so does a list item's opening run before a
        // comma, the list of who took part.
        let patronymic_inside = (i..end).any(|k| patronymic(&a.folded[k]));
        // Not a list of standards or bodies ("- Core Humanitarian Standard, …"): one of its
        // words at least is no frequent word.
        let listed_person = list_item_start(a, i)
            && a.text[a.words[end - 1].byte_end..].starts_with(", ")
            && (i..end).all(|k| !LEXICON.place_exact.contains(&a.folded[k]))
            && (i..end).any(|k| {
                !LEXICON.common.contains(&a.folded[k])
                    && !LEXICON.common_stems.contains(&a.stems[k])
            });
        let confidence = if patronymic_inside || listed_person {
            0.6
        } else if a.sentence_start[i] {
            0.4
        } else {
            0.45
        };
        hits.push(a.hit(Kind::Person, i, end, confidence));
        return Some(end);
    }
    // "штраф от AMDM", "NARP": an acronym no list knows is some agency's, not a person or a
    // place.
    let acronym = {
        let letters = a.words[i].text.chars().count();
        (3..=6).contains(&letters) && a.words[i].text.chars().all(char::is_uppercase)
    };
    // "сети FarmNord", "at BudMontazh": a word in two capitalised parts is a firm's name
    // (the platforms' ones, WhatsApp or YouTube, are never-identifying mentions, dropped later).
    if end == i + 1 && !a.sentence_start[i] && camel_case(a.words[i].text) {
        hits.push(a.hit(Kind::Organisation, i, end, 0.5));
        return Some(end);
    }
    // "Тут помогла…", "Всё решила…": a frequent word opening a sentence, before a verb of
    // agency, is the sentence's adverb or pronoun, not a name no list knows.
    // Short words only: a longer frequent word before such a verb is often a name the lists
    // count as a word too ("Horia a refuzat", "Aurelian a refuzat").
    let frequent_opener = a.sentence_start[i]
        // "Найбільше допомогла…": a superlative.
        && (superlative(&a.folded[i])
            || (a.words[i].text.chars().count() <= 4
            && LEXICON.common.contains(&a.folded[i])
            && !a.is_first_name(i))
            // "Начальник дільниці, Петро …": a role opening a sentence.
            || super::quasi::is_role_word(&a.folded[i]));
    if end == i + 1
        && !acronym
        && !frequent_opener
        && a.words[i].text.chars().count() >= 3
        && (!a.sentence_start[i] || a.before_agent_verb(i))
    {
        if unknown_place(a, i, end, around) {
            hits.push(a.hit(Kind::Location, i, end, 0.6));
            return Some(end);
        }
        let kind = if around.locative && !around.personal {
            Kind::Location
        } else {
            Kind::Person
        };
        hits.push(a.hit(kind, i, end, 0.4));
        return Some(end);
    }
    None
}

/// A Polish or Ukrainian superlative (folded), "najtrudniejsza", "найбільше": no name.
fn superlative(folded: &str) -> bool {
    folded.chars().count() >= 8 && (folded.starts_with("naj") || folded.starts_with("nai"))
}

/// The adjectives (folded) a Romanian village's name ends with: big, small, new, old ("Slobozia
/// Mare", "Mărițeia Mică", "Cornova Nouă").
fn romanian_village_adjective(folded: &str) -> bool {
    matches!(
        folded,
        "mare" | "mica" | "mici" | "noua" | "nou" | "veche" | "vechi"
    )
}

/// Word `i` opens a list item: only a dash or a bullet before it on its line.
fn list_item_start(a: &Analysis, i: usize) -> bool {
    let before = &a.text[..a.words[i].byte_start];
    let line = &before[before.rfind('\n').map_or(0, |at| at + 1)..];
    matches!(line.trim_end(), "-" | "–" | "—" | "•" | "*") && line.ends_with(' ')
}

/// "FarmNord", "BudMontazh": Latin letters, a capital, small letters, a capital again and
/// small letters; not a Scottish or Irish surname's prefix (McCarthy, MacLeod, O'Brien).
fn camel_case(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let humps = chars
        .windows(2)
        .filter(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        .count();
    chars.len() >= 5
        && chars.iter().all(char::is_ascii_alphabetic)
        && chars[0].is_ascii_uppercase()
        && chars[1].is_ascii_lowercase()
        && humps >= 1
        && chars.last().is_some_and(char::is_ascii_lowercase)
        && !word.starts_with("Mc")
        && !word.starts_with("Mac")
}

/// Second halves (folded) of a firm's hyphenated name: a point of the compass or a trade
/// ("Termogaz-Sud", "Agrotrans-Nord", "Клімат-Південь", "Буд-Сервіс").
const FIRM_HALVES: &[&str] = &[
    "sud",
    "nord",
    "est",
    "vest",
    "centru",
    "pivden",
    "pivnich",
    "skhid",
    "zakhid",
    "sever",
    "iug",
    "vostok",
    "zapad",
    "servis",
    "service",
    "invest",
    "trans",
    "grup",
    "group",
    "plus",
    "prom",
    "torh",
    "torg",
    "konsalt",
    "consult",
    "logistic",
    "logistyka",
    "expert",
    "ekspert",
];

/// Words `i` and `i + 1` capitalised and joined by a hyphen ("Termogaz-Sud",
/// "Могилёва-Подольского").
fn capitalised_pair(a: &Analysis, i: usize) -> bool {
    i + 1 < a.words.len()
        && a.capitalised(i)
        && a.capitalised(i + 1)
        && &a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == "-"
}

/// A firm by its hyphenated name whose second half is a point of the compass or a trade
/// ("a gas debt to Termogaz-Sud"): a place's second half is an adjective ("Kalynivka-
/// Pivdenna"), a firm's a noun.
fn hyphenated_firm(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    // "Свято-Покровського храму", "Свято-Миколаївської парафії": a church by its feast, the
    // one church of its place.
    if capitalised_pair(a, i)
        && matches!(
            a.folded[i].as_str(),
            "sviato" | "svyato" | "sviata" | "sviate"
        )
        && i + 2 < a.words.len()
        && a.adjacent(i + 1)
        && is_church_noun(a, i + 2)
    {
        hits.push(a.hit(Kind::Organisation, i, i + 3, 0.7));
        return Some(i + 3);
    }
    if !capitalised_pair(a, i)
        || !FIRM_HALVES.contains(&a.folded[i + 1].as_str())
        || FIRM_HALVES.contains(&a.folded[i].as_str())
        || a.is_first_name(i)
        || a.folded[i].chars().count() < 4
        || LEXICON.place_exact.contains(&a.folded[i])
        || LEXICON
            .place_exact
            .contains(&format!("{}-{}", a.folded[i], a.folded[i + 1]))
    {
        return None;
    }
    hits.push(a.hit(Kind::Organisation, i, i + 2, 0.6));
    Some(i + 2)
}

/// A town named by a noun and a hyphenated adjective, in any case ("из Могилёва-
/// Подольского", "din Moghiliov-Podolski", "з Білгорода-Дністровського"): the adjective of a
/// region or a river makes the pair a town, not a double surname (whose first half would be a
/// given name's neighbour, taken before).
fn hyphenated_town(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let n = a.words.len();
    if !capitalised_pair(a, i)
        || a.is_first_name(i)
        || has_strong_surname_ending(&a.folded[i])
        || a.folded[i].chars().count() < 4
    {
        return None;
    }
    let second = &a.folded[i + 1];
    let adjective = [
        "skogo", "skoho", "skyi", "skii", "skiy", "ski", "sky", "skomu", "skim", "skom", "skyy",
        "skoi", "skaia", "ska",
    ]
    .iter()
    .any(|e| second.ends_with(e))
        && second.chars().count() >= 7;
    // "Otaci-Vale", "Cornești-Deal", "Crișan-Vale": a Romanian village's valley or hill.
    let romanian = matches!(
        second.as_str(),
        "vale" | "deal" | "sat" | "gara" | "pod" | "mosie"
    );
    let adjective = adjective || romanian;
    // "Белгород-Днестровской районной военной администрации": the town's adjective names a
    // body, the organisation rule's.
    if i + 2 < n
        && a.adjacent(i + 1)
        && (ADMIN_LEVELS.contains(&a.folded[i + 2].as_str())
            || (!a.capitalised(i + 2)
                && ["ой", "ої", "ого", "ий", "ый", "ній", "ная", "на"]
                    .iter()
                    .any(|e| a.words[i + 2].text.ends_with(e))))
    {
        return None;
    }
    if !adjective {
        return None;
    }
    hits.retain(|h| h.end <= a.words[i].byte_start || h.start >= a.words[i + 1].byte_end);
    hits.push(a.hit(Kind::Location, i, i + 2, 0.6));
    Some(i + 2)
}

/// A lake or a river by its capitalised word and name ("on Lake Razelm", "Lacul Sinoe"): the
/// two words, a place, not a person.
fn water_name(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let n = a.words.len();
    if i + 1 >= n
        || !a.words[i].is_capitalised()
        || !matches!(
            a.folded[i].as_str(),
            "lake" | "river" | "lacul" | "raul" | "ozero" | "jezioro" | "rzeka" | "richka" | "reka"
        )
        || !a.adjacent(i)
        || !a.capitalised(i + 1)
        || a.is_first_name(i + 1)
    {
        return None;
    }
    hits.retain(|h| h.end <= a.words[i].byte_start || h.start >= a.words[i + 1].byte_end);
    hits.push(a.hit(Kind::Location, i, i + 2, 0.6));
    Some(i + 2)
}

/// What a role is of, by its quoted name ("Марта Ковальчук, координаторка «Пульсу»",
/// "prezeska „Wspólnej Drogi”"): the organisation she leads or works for.
fn role_of_quoted(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let leads = super::quasi::is_role_word(&a.folded[i])
        || [
            "koordynator",
            "koordinator",
            "coordinat",
            "prezes",
            "president",
            "prezydent",
            "kerivnyk",
            "kerivnyts",
        ]
        .iter()
        .any(|p| a.folded[i].starts_with(p));
    if a.words[i].is_capitalised() || !leads {
        return None;
    }
    let stop = quoted_capital_name_after(a, i)?;
    let start = a.text[a.words[i].byte_end..stop]
        .find(['«', '„', '"', '“'])
        .map(|at| a.words[i].byte_end + at)?;
    hits.retain(|h| h.end <= start || h.start >= stop);
    hits.push(Hit {
        kind: Kind::Organisation,
        start,
        end: stop,
        confidence: 0.6,
        suggestion: None,
    });
    let mut next = i + 1;
    while next < a.words.len() && a.words[next].byte_end <= stop {
        next += 1;
    }
    Some(next)
}

/// Beginnings (folded) of the nouns of a local medium: a television, a radio, a portal, a
/// newspaper, a channel.
const MEDIA_NOUNS: &[&str] = &[
    "telewizj",
    "radia",
    "radiu",
    "portal",
    "gazet",
    "telekanal",
    "televiziun",
    "postul",
    "kanal",
    "kanalu",
    "newspaper",
    "station",
    "hazet",
    "radiostants",
    "ziarul",
    // A mobile operator, a chain of shops or pharmacies: "Оператор Мобиком", "sieci Zdrowik".
    "operator",
    "sieci",
    "merezh",
    "seti",
    "retelei",
];

/// A local medium by its name after its noun, without quotes ("reporter lokalnej telewizji
/// Kanał Brama", "телеканал Південна Хвиля"): the capitalised words after the noun.
fn media_name(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let n = a.words.len();
    if i + 1 >= n
        || (a.words[i].is_capitalised() && !a.sentence_start[i])
        || !a.adjacent(i)
        || !MEDIA_NOUNS.iter().any(|m| a.folded[i].starts_with(m))
        || !a.capitalised(i + 1)
        || a.is_first_name(i + 1)
    {
        return None;
    }
    let end = a.capitalised_run(i + 1, 3);
    if end == i + 1 || (i + 1..end).all(|k| a.ordinary(k)) {
        return None;
    }
    hits.retain(|h| h.end <= a.words[i + 1].byte_start || h.start >= a.words[end - 1].byte_end);
    hits.push(a.hit(Kind::Organisation, i + 1, end, 0.6));
    Some(end)
}

/// A quoted name with a number after a hyphen ("на «Зорі-2»", "w „Stokrotce-3”"): a mine, a
/// shop or a home of a chain, never a person.
fn numbered_quoted_name(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let n = a.words.len();
    let before = a.text[..a.words[i].byte_start].chars().next_back()?;
    if i + 1 >= n
        || !matches!(before, '«' | '„' | '"' | '“')
        || !a.capitalised(i)
        || &a.text[a.words[i].byte_end..a.words[i + 1].byte_start] != "-"
        || !a.words[i + 1].text.chars().all(|c| c.is_ascii_digit())
        || !a.text[a.words[i + 1].byte_end..].starts_with(['»', '”', '"', '“'])
    {
        return None;
    }
    let start = a.words[i].byte_start - before.len_utf8();
    let end = a.words[i + 1].byte_end
        + 1.max(
            a.text[a.words[i + 1].byte_end..]
                .chars()
                .next()
                .map_or(1, char::len_utf8),
        );
    hits.retain(|h| h.end <= start || h.start >= end);
    hits.push(Hit {
        kind: Kind::Organisation,
        start,
        end,
        confidence: 0.6,
        suggestion: None,
    });
    Some(i + 2)
}

/// What one leads, coordinates or works for, told in English: "I coordinate Teplyi Perron",
/// "we run Dobra Volia", "I work for Pravova Pidtrymka". Two or three capitalised words after
/// are the group's name, not a person's (even where one ends like a surname), unless one is a
/// given name or the first is a town of 20,000 by its exact name.
fn led_by_me(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    // The cue first: this is asked of every word.
    if !cued_by_me(a, i) {
        return None;
    }
    let end = a.capitalised_run(i, 3);
    if end < i + 2
        || (i..end).any(|k| a.is_first_name(k))
        || (LEXICON.place_exact.contains(&a.folded[i])
            && LEXICON
                .places
                .get(&a.stems[i])
                .is_some_and(|p| p.population >= 20_000))
    {
        return None;
    }
    hits.push(a.hit(Kind::Organisation, i, end, 0.6));
    Some(end)
}

/// Whether "I coordinate", "we run", "I work for" stands right before word `i`.
fn cued_by_me(a: &Analysis, i: usize) -> bool {
    const LEAD: &[&str] = &[
        "coordinate",
        "run",
        "chair",
        "lead",
        "head",
        "direct",
        "manage",
        "founded",
        "cofounded",
        "represent",
        "joined",
        "coordinated",
        "ran",
        "chaired",
        "led",
        "headed",
        "directed",
        "managed",
    ];
    const WORK: &[&str] = &["work", "volunteer", "worked", "volunteered"];
    let me = |k: usize| matches!(a.words[k].text, "I" | "we" | "We");
    let joined = |k: usize| a.adjacent(k);
    // "I have coordinated Hot Pot Mykolaiv": "have" or "had" between.
    let have = |k: usize| {
        k >= 1 && joined(k - 1) && matches!(a.folded[k].as_str(), "have" | "had") && me(k - 1)
    };
    (i >= 2
        && joined(i - 1)
        && joined(i - 2)
        && (me(i - 2) || have(i - 2))
        && LEAD.contains(&a.folded[i - 1].as_str()))
        || (i >= 3
            && joined(i - 1)
            && joined(i - 2)
            && joined(i - 3)
            && me(i - 3)
            && WORK.contains(&a.folded[i - 2].as_str())
            && matches!(a.folded[i - 1].as_str(), "for" | "at" | "with"))
}

/// Endings (lower case) of an adjective in the plural: a person's name is never plural, a
/// village's often is ("з Кривих Верб", "перед Гнилицькими Хуторами", "из Кислицких Выселок",
/// "z Zawieprzyc Małych").
const PLURAL_ADJECTIVE: &[&str] = &["их", "ими", "ых", "ыми", "ych", "ymi"];

/// Whether the capitalised words from `j` are shaped like a village's name: one word with a
/// village's ending ("z Tomaszówki"), or two with an adjective villages are named with or in
/// the plural ("w Wólce Brzozowskiej", "z Zawieprzyc Małych"). Used where a place may end an
/// organisation's name ("Fundacja Rodziny Karbowskich z Tomaszówki Nowej").
fn shaped_like_village(a: &Analysis, j: usize) -> bool {
    let end = a.capitalised_run(j, 3);
    let ending = |k: usize| village_ending(&a.folded[k]);
    if end == j + 1 {
        return ending(j);
    }
    end > j + 1
        && (j..end).any(|k| {
            let lower = a.words[k].text.to_lowercase();
            ending(k)
                || informal::PLACE_ADJECTIVES
                    .iter()
                    .any(|p| a.folded[k].starts_with(p))
                || PLURAL_ADJECTIVE
                    .iter()
                    .chain(&["skiej", "owej", "nej", "ckiej"])
                    .any(|e| lower.ends_with(e))
        })
}

/// Nouns (folded) for a river or a stream, before its name ("за річкою Оскілець", "nad
/// rzeczką Brzozówką", "pe râul Răut") or, in English, after it ("the Hnyla Lypa river").
const RIVER_WORDS: &[&str] = &[
    "richka", "richky", "richkoiu", "richtsi", "richku", "rika", "riky", "rikoiu", "rytsi",
    "rechka", "rechky", "rechkoi", "rechke", "reka", "reky", "rekoi", "reke", "rzeka", "rzeki",
    "berezi", "berehu", "rzeka", "rzece", "rzeczka", "rzeczki", "rzeczce", "raul", "raului",
    "paraul", "paraului", "river", "stream", "creek", "potik", "potoku", "potok", "malul",
    "malului", "bereh", "berehom", "brzeg", "brzegu", "lacul", "lacului", "lake", "ozero", "ozera",
    "ozeri", "ozere", "jezioro", "jeziora", "jeziorze", "limanu", "lyman", "lymanu", "valea",
    "vaii", "dolina", "doliny", "dolyna", "dolyni",
];

/// English words before "of" and a place's name: leaving it, its edge, its institutions and
/// its people ("out of Tiahynka", "the outskirts of", "the kindergarten of Tănătari").
const OF_PLACE: &[&str] = &[
    "out",
    "outskirts",
    "edge",
    "centre",
    "center",
    "kindergarten",
    "school",
    "hospital",
    "church",
    "clinic",
    "mayor",
    "council",
    "residents",
    "people",
    "village",
    "town",
    "parish",
    "priest",
    "north",
    "south",
    "east",
    "west",
];

/// Endings (folded) of village names the gazetteer lacks that no given name or surname has:
/// -пілля/-поле (Іванопілля, Гуляйполе), Polish -nica (Żłobnica, Łucznica).
const UNKNOWN_PLACE_ENDINGS: &[&str] = &[
    "opillia", "opilli", "opilliu", "opole", "opolia", "opoliu", "nica", "nicy", "nicach",
];

/// "din Fundu Văii", "la Valea Rusului": mid-sentence, a capitalised noun Romanian villages'
/// names begin with ([`RO_PLACE_HEADS`]) and a capitalised word after it, both ordinary words
/// on their own, after a word leading to places.
fn romanian_village(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let head = i > 0
        && i + 1 < a.words.len()
        && !a.sentence_start[i]
        && a.capitalised(i)
        && RO_PLACE_HEADS.contains(&a.folded[i].as_str())
        && a.adjacent(i - 1)
        && a.adjacent(i)
        && a.capitalised(i + 1)
        && matches!(
            a.folded[i - 1].as_str(),
            "din" | "la" | "in" | "spre" | "de" | "pana" | "prin"
        );
    head.then(|| {
        hits.push(a.hit(Kind::Location, i, i + 2, 0.6));
        i + 2
    })
}

/// The nouns (folded) Romanian villages' names begin with: a valley's bottom, a valley, a
/// hill, a glade, a ford, a bridge, a river's mouth, a meadow, a spring.
pub(super) const RO_PLACE_HEADS: &[&str] = &[
    "fundu", "fundul", "valea", "vaii", "dealu", "dealul", "poiana", "vadu", "vadul", "podu",
    "podul", "gura", "lunca", "izvoru", "izvorul", "satu", "piatra", "malu", "sarata",
];

/// A village's ending, of those the region's Slavic names have ([`informal::VILLAGE_ENDINGS`])
/// or of those no name has ([`UNKNOWN_PLACE_ENDINGS`]); `folded` is the folded word.
fn village_ending(folded: &str) -> bool {
    informal::VILLAGE_ENDINGS
        .iter()
        .chain(UNKNOWN_PLACE_ENDINGS)
        .any(|e| folded.ends_with(e))
}

/// A patronymic (folded) in any case: its suffix within the last six letters ("Іванівна",
/// "Ильича", "Petrovych").
fn patronymic(folded: &str) -> bool {
    let start = folded.char_indices().rev().nth(5).map_or(0, |(at, _)| at);
    let tail = &folded[start..];
    folded.chars().count() >= 6
        && [
            "vych", "vich", "ivn", "ovn", "evn", "ichn", "ychn", "ilich", "ylych",
        ]
        .iter()
        .any(|p| tail.contains(p))
}

/// Whether the capitalised words `i..end`, which no list knows, name a place rather than a
/// person: none is a given name, a patronymic or a surname by a strong ending, and a river's
/// word is beside them, or two or three of them follow a word leading to places, or one is an
/// adjective in the plural, or the one word has a village's ending after a word leading to
/// places.
fn unknown_place(a: &Analysis, i: usize, end: usize, around: &Surroundings) -> bool {
    let named = (i..end).any(|k| {
        a.is_first_name(k) || has_strong_surname_ending(&a.folded[k]) || patronymic(&a.folded[k])
    });
    // A river's word before it names the river, whatever case the name is in ("над річкою
    // Жолобкою": the instrumental is a surname's ending too).
    let river_before =
        i > 0 && a.adjacent(i - 1) && RIVER_WORDS.contains(&a.folded[i - 1].as_str());
    if river_before && !(i..end).any(|k| a.is_first_name(k)) {
        return true;
    }
    if end == i + 1
        && !named
        && !a.words[i].text.is_ascii()
        && a.folded[i].chars().count() >= 7
        && informal::VILLAGE_ENDINGS
            .iter()
            .any(|e| a.folded[i].ends_with(e))
    {
        // "у щойно звільнені Бригадирівку", "хліб для Бригадирівки": a Cyrillic or Polish
        // name in -івка, -овка, -ówka, in any case, is a village; no name ends so.
        return true;
    }
    if named || around.personal {
        return false;
    }
    let river_after = end < a.words.len()
        && a.adjacent(end - 1)
        && matches!(a.folded[end].as_str(), "river" | "stream" | "creek");
    if river_after {
        return true;
    }
    if end - i >= 2 {
        // The plural adjective first ("Кривих Верб"), or anywhere after a word leading to
        // places ("z Zawieprzyc Małych"): second, it is as often a surname (Василиса Белых).
        let plural_at = |k: usize| {
            let lower = a.words[k].text.to_lowercase();
            PLURAL_ADJECTIVE.iter().any(|e| lower.ends_with(e))
        };
        let plural = plural_at(i) || (around.locative && (i..end).any(plural_at));
        // An adjective in an oblique case first ("сусіднього Гнатового Броду", "z Nowej
        // Wsi"): a name is given name then surname, never an adjective first.
        let lower = a.words[i].text.to_lowercase();
        let oblique_first = ["ого", "ому", "ої", "ою", "ій", "ego", "ej"]
            .iter()
            .any(|e| lower.ends_with(e))
            // "Старой Некрасовки", "Нова Ушиця", "Велика Олександрівка": old, new, great,
            // small, upper, lower, in any case, before the name.
            || ["стар", "нов", "велик", "мал", "верхн", "нижн", "горішн", "долішн"]
                .iter()
                .any(|root| {
                    lower.strip_prefix(root).is_some_and(|rest| {
                        rest.chars().count() <= 3
                            && ["ой", "ая", "ий", "ый", "ої", "а", "ое", "е", "ее", "і", "я", "ей", "ього"]
                                .iter()
                                .any(|e| rest.ends_with(e))
                    })
                });
        // After a word leading to places, one word shaped like a place's name is enough
        // ("з Гнилицьких Хуторах"); two unknown words alone are a foreign name as often
        // ("prin Hans Becker").
        let shaped = (i..end).any(|k| {
            let lower = a.words[k].text.to_lowercase();
            // Latin -ach/-ami only with the region's letters ("Rami Khalil" is a name).
            (!lower.is_ascii() && ["ach", "ami"].iter().any(|e| lower.ends_with(e)))
                || [
                    "ах",
                    "ях",
                    "ами",
                    "ями",
                    "iej",
                    "owej",
                    "nej",
                    "ского",
                    "ської",
                ]
                .iter()
                .any(|e| lower.ends_with(e))
                || village_ending(&a.folded[k])
                // "din Fundu Văii", "la Valea Rusului": a Romanian village's first word.
                || (k == i && RO_PLACE_HEADS.contains(&a.folded[k].as_str()))
                // "în Mărițeia Mică", "din Cornova Nouă": its adjective after it.
                || (k > i && romanian_village_adjective(&a.folded[k]))
        });
        return plural || oblique_first || (around.locative && shaped);
    }
    // "out of Tiahynka", "the kindergarten of Tănătari": "of" after a word of leaving or of
    // a place's institutions.
    let of_place = i >= 2
        && a.folded[i - 1] == "of"
        && a.adjacent(i - 1)
        && a.adjacent(i - 2)
        && OF_PLACE.contains(&a.folded[i - 2].as_str());
    if of_place {
        return true;
    }
    let led = i > 0 && a.adjacent(i - 1) && matches!(a.folded[i - 1].as_str(), "do" | "nad");
    (around.locative || led)
        && UNKNOWN_PLACE_ENDINGS
            .iter()
            .any(|e| a.folded[i].ends_with(e))
}

/// Rule 9. At the start of a sentence, before a common word: a word no frequency list of the
/// five languages knows, in no inflected form either (its stem is no common word's stem), and
/// not shaped like a common noun, is most likely a name ("Bronwen signed the paper", "Любомира
/// вела", "Ruxandra conducea").
fn name_at_sentence_start(a: &Analysis, i: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let n = a.words.len();
    if a.capitalised_run(i, 3) != i + 1 {
        return None;
    }
    let english = i + 1 < n
        && a.words[i].text.is_ascii()
        && LEXICON.common_en.contains(&a.folded[i + 1])
        && !LEXICON.common_other.contains(&a.folded[i + 1]);
    // A comma may stand between: "Taylor, a nurse from the district hospital, …".
    let next_in_sentence = i + 1 < n
        && (a.adjacent(i) || a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == *", ");
    let name = a.words[i].text.chars().count() >= 3
        && next_in_sentence
        && !a.words[i + 1].is_capitalised()
        && a.words[i + 1].text.chars().all(char::is_alphabetic)
        && !LEXICON.common.contains(&a.folded[i])
        // English has few endings: there the stem would take Bethan for Bethany.
        && (english || !LEXICON.common_stems.contains(&a.stems[i]))
        && !NOUN_ENDINGS.iter().any(|e| a.folded[i].ends_with(e))
        && !plural_or_verb(&a.folded[i], english)
        && !infinitive(a.words[i].text)
        && !cyrillic_predicate(a.words[i].text)
        && !cyrillic_neuter_or_superlative(a.words[i].text)
        // "Dyspozytor, pan Zbigniew Mróz, …": a role opening a sentence.
        && !super::quasi::is_role_word(&a.folded[i])
        // "Najtrudniejsza…", "Найважче…": a superlative.
        && !superlative(&a.folded[i])
        // "Koordynuję…": a Polish verb in the first person.
        && !(a.words[i].text.chars().count() >= 7 && a.words[i].text.ends_with('ę'))
        // "Narysowałam…", "Zaproponowałem…": a Polish verb in the first person's past.
        && !(a.folded[i].chars().count() >= 8
            && ["lam", "lem"].iter().any(|e| a.folded[i].ends_with(e))
            && a.words[i].text.contains('ł'));
    if !name {
        return None;
    }
    // "— Hrubieszów, zima": a town the gazetteer knows is never proposed as a person.
    let town = LEXICON.place_exact.contains(&a.folded[i])
        && LEXICON
            .places
            .get(&a.stems[i])
            .is_some_and(|p| p.population >= 5_000)
        && !a.is_first_name(i);
    let kind = if town { Kind::Location } else { Kind::Person };
    hits.push(a.hit(kind, i, i + 1, 0.35));
    Some(i + 1)
}

/// A Cyrillic word opening a sentence as no name does: a verb's neuter past ("Сработало
/// другое", "Допомогло…"; not Данило, whose "-ило" is a name's) or a superlative
/// ("Ближайшая школа", "Важнейшее…").
fn cyrillic_neuter_or_superlative(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 6
        && lower.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        // "Похоронное бюро": a neuter adjective; "Погоджено", "Пересланий", "Первинний": a
        // participle or an adjective.
        && (["ало", "ело", "уло", "ыло", "яло", "ое", "ее", "ено", "ано", "нний", "аний", "ула", "ыла"]
            .iter()
            .any(|e| lower.ends_with(e))
            || ["айш", "ейш"].iter().any(|m| lower.contains(m)))
}

/// A Cyrillic word that opens a sentence as no name does: in the instrumental of a predicate
/// ("Ключовою виявилася…", "Начальником смены был…"), a reflexive verb ("Лишалася школа…"),
/// or a number ("Шістдесят відсотків…"). Names open sentences in the nominative.
fn cyrillic_predicate(word: &str) -> bool {
    let lower = word.to_lowercase();
    let count = lower.chars().count();
    lower.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        && ((count >= 6 && ["ою", "ею", "ом", "ем"].iter().any(|e| lower.ends_with(e)))
            || (count >= 5 && ["ся", "сь"].iter().any(|e| lower.ends_with(e)))
            || ["десят", "дцять", "дцать"]
                .iter()
                .any(|e| lower.ends_with(e)))
}

/// A verb's infinitive opening a sentence ("Эвакуировать людей…", "Домовитися…",
/// "Ewakuować…"): no name ends so.
fn infinitive(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 6
        && ["ть", "ться", "ти", "тися", "ć", "ować"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// The second word of a place's name, taken for a person, joins the place: a hyphenated one
/// ("Horodyshche-Rudne"), a Polish adjective after it ("w Brzezince Ruskiej"), or a common
/// noun guessed as a name ("на Калинове Поле"). A given name or a surname's ending after a
/// place is her, not the place ("у Львові Оксана").
pub(super) fn join_place_parts(a: &Analysis, hits: &mut Vec<Hit>) {
    // "через Сіверський Донець", "над Южным Бугом": a place's adjective before it, guessed as
    // a person, is the place's first word.
    let mut before: Vec<(usize, usize)> = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        if hit.kind != Kind::Location || first == 0 || !a.adjacent(first - 1) {
            continue;
        }
        let lower = a.words[first - 1].text.to_lowercase();
        let adjective = lower.chars().count() >= 6
            && [
                "ський",
                "ська",
                "ське",
                "ського",
                "ському",
                "ським",
                "ский",
                "ская",
                "ского",
                "ским",
                "ным",
                "ним",
            ]
            .iter()
            .any(|e| lower.ends_with(e));
        if let Some(p) = hits.iter().position(|o| {
            o.kind == Kind::Person
                && o.start == a.words[first - 1].byte_start
                && o.end == a.words[first - 1].byte_end
        }) && adjective
            && !a.is_first_name(first - 1)
        {
            before.push((h, p));
        }
    }
    absorb(hits, &before);
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        if hit.kind != Kind::Location {
            continue;
        }
        let Some(last) = a.word_ending_at(hit.end) else {
            continue;
        };
        let next = last + 1;
        let romanian_adjective =
            next < a.words.len() && romanian_village_adjective(&a.folded[next]);
        if next >= a.words.len()
            || !a.capitalised(next)
            || (a.is_first_name(next) && !romanian_adjective)
        {
            continue;
        }
        let Some(p) = hits.iter().position(|o| {
            o.kind == Kind::Person
                && o.start == a.words[next].byte_start
                && o.end == a.words[next].byte_end
        }) else {
            continue;
        };
        let folded = a.folded[next].as_str();
        let adjective = [
            "skiej", "ska", "ski", "skiego", "ckiej", "cka", "cki", "ckiego",
        ]
        .iter()
        .any(|e| folded.ends_with(e))
            || ["wielk", "mal", "gorn", "doln", "star", "now"]
                .iter()
                .any(|b| folded.starts_with(b) && folded.len() <= b.len() + 3)
            // "Slobozia Mare", "Cotiujenii Mici": a Romanian village's big, small, new, old.
            || romanian_adjective;
        let guess = hits[p].confidence <= 0.45 && !has_strong_surname_ending(folded);
        if (hyphened(a, last) && (guess || adjective))
            || (a.adjacent(last) && (adjective || (guess && !a.sentence_start[next])))
        {
            joined.push((h, p));
        }
    }
    absorb(hits, &joined);
}

/// Each pair (h, p): hit `h` takes in hit `p`, which stands right before or right after it,
/// and `p` is dropped.
fn absorb(hits: &mut Vec<Hit>, pairs: &[(usize, usize)]) {
    let mut gone = vec![false; hits.len()];
    for &(h, p) in pairs {
        hits[h].start = hits[h].start.min(hits[p].start);
        hits[h].end = hits[h].end.max(hits[p].end);
        gone[p] = true;
    }
    let mut k = 0;
    hits.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Relatives and companions written after a possessive ("Liuba's cousin").
const RELATIVES: &[&str] = &[
    "cousin",
    "sister",
    "brother",
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "neighbour",
    "neighbor",
    "friend",
    "colleague",
    "mum",
    "mom",
    "dad",
    "grandmother",
    "grandfather",
    "granddaughter",
    "grandson",
    "children",
    "kids",
    "family",
    "boyfriend",
    "girlfriend",
    "partner",
    "daughters",
    "sons",
];

/// A one-word place before "'s" and a relative is a person: a town has no cousin ("through
/// Liuba's cousin").
pub(super) fn possessive_people(a: &Analysis, hits: &mut [Hit]) {
    for hit in hits.iter_mut().filter(|h| h.kind == Kind::Location) {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        let text = &a.text[hit.start..hit.end];
        let after = &a.text[hit.end..];
        let in_text = text.ends_with("'s") || text.ends_with("’s");
        let possessive = in_text || after.starts_with("'s ") || after.starts_with("’s ");
        // One word (its "'s" aside), then the relative.
        let own_end = if in_text {
            hit.start + text.rfind(['\'', '’']).unwrap_or(text.len())
        } else {
            hit.end
        };
        let mut next = a.words.partition_point(|w| w.byte_start < own_end);
        if next < a.words.len() && a.folded[next] == "s" {
            next += 1;
        }
        if possessive
            && a.words[first].byte_end >= own_end
            && next < a.words.len()
            && RELATIVES.contains(&a.folded[next].as_str())
        {
            hit.kind = Kind::Person;
        }
    }
}

/// A name found once is a name everywhere in the same text: a capitalised word whose stem
/// is a word of a person, place or organisation found elsewhere ("Imogen was waiting …" where
/// a cue or a verb showed "Imogen" further on) gets the same kind, where nothing else covers
/// it. Stories name the same people again and again, often at the start of a sentence, where
/// capitalisation says nothing.
/// An organisation found by its legal form and quoted name ("ПП «Грань»"), written again in
/// a chat's lower case without the quotes ("щоб пп грань вивіз сміття"): the same body.
pub(super) fn repeat_quoted_names(a: &Analysis, hits: &mut Vec<Hit>) {
    let mut names: Vec<(String, Vec<String>)> = Vec::new();
    for hit in hits.iter().filter(|h| h.kind == Kind::Organisation) {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        let inside: Vec<usize> = (first + 1..a.words.len())
            .take_while(|&j| a.words[j].byte_end <= hit.end)
            .collect();
        if inside.is_empty()
            || !ORG_WORD_SET.contains(&a.folded[first])
            || !a.text[a.words[first].byte_end..a.words[inside[0]].byte_start]
                .contains(['«', '„', '"', '“'])
        {
            continue;
        }
        let name = (
            a.folded[first].clone(),
            inside.iter().map(|&j| a.folded[j].clone()).collect(),
        );
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut added = Vec::new();
    for (form, name) in &names {
        for j in 0..a.words.len().saturating_sub(name.len()) {
            let (start, end) = (j, j + name.len());
            if a.folded[start] != *form
                || a.words[start].is_capitalised()
                || !(start..end).all(|k| a.adjacent(k))
                || (0..name.len()).any(|k| a.folded[start + 1 + k] != name[k])
                || hits
                    .iter()
                    .any(|h| h.start < a.words[end].byte_end && a.words[start].byte_start < h.end)
            {
                continue;
            }
            added.push(a.hit(Kind::Organisation, start, end + 1, 0.6));
        }
    }
    hits.extend(added);
}

/// An organisation's acronym, spelt out where it was named ("Asociația Deltei pentru
/// Solidaritate, ADS pe scurt", "Stowarzyszenie Spichlerz Nadbużański … w skrócie SSN"): the
/// initials of its capitalised words, in capitals, anywhere in the text, are the same body.
pub(super) fn acronyms_of_organisations(a: &Analysis, hits: &mut Vec<Hit>) {
    let mut acronyms: Vec<String> = Vec::new();
    for hit in hits.iter().filter(|h| h.kind == Kind::Organisation) {
        let first = a.words.partition_point(|w| w.byte_end <= hit.start);
        let initials: String = (first..a.words.len())
            .take_while(|&k| a.words[k].byte_start < hit.end)
            .filter(|&k| a.words[k].is_capitalised())
            .filter_map(|k| a.words[k].text.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        if (2..=6).contains(&initials.chars().count()) && !acronyms.contains(&initials) {
            acronyms.push(initials);
        }
    }
    if acronyms.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (k, word) in a.words.iter().enumerate() {
        if acronyms.iter().any(|x| x == word.text)
            && !informal::overlaps_any(hits, word.byte_start, word.byte_end)
        {
            added.push(a.hit(Kind::Organisation, k, k + 1, 0.6));
        }
    }
    hits.extend(added);
}

pub(super) fn repeat_names(a: &Analysis, hits: &mut Vec<Hit>) {
    let mut known: HashMap<&str, (Kind, f32)> = HashMap::new();
    let mut covered = vec![false; a.words.len()];
    let mut w = 0;
    let mut sorted: Vec<&Hit> = hits.iter().filter(|h| h.kind.is_word_kind()).collect();
    sorted.sort_by_key(|h| h.start);
    for hit in sorted {
        while w < a.words.len() && a.words[w].byte_end <= hit.start {
            w += 1;
        }
        let mut j = w;
        while j < a.words.len() && a.words[j].byte_start < hit.end {
            covered[j] = true;
            // Only what a cue, a list or the middle of a sentence showed: a word at the start
            // of a sentence may just be the first word ("Later Imogen wrote").
            // "MKS Sokół Włodawa": the town in a club's name is still the town elsewhere.
            let town_in_name =
                hit.kind == Kind::Organisation && LEXICON.places.contains_key(&a.stems[j]);
            if a.capitalised(j)
                && !town_in_name
                && !a.ordinary(j)
                && !ORG_WORD_SET.contains(&a.folded[j])
                && !PERSON_CUE_SET.contains(&a.folded[j])
                && !PLACE_CUE_SET.contains(&a.folded[j])
                && a.stems[j].chars().count() >= 3
                && (!a.sentence_start[j] || hit.confidence >= 0.5)
            {
                let entry = known
                    .entry(a.stems[j].as_str())
                    .or_insert((hit.kind, hit.confidence));
                if hit.confidence > entry.1 {
                    *entry = (hit.kind, hit.confidence);
                }
            }
            j += 1;
        }
    }
    // A weak guess of one word takes the kind the same word has where it is surer: "a message
    // from Callum" (a place, by "from") when "Callum signed" elsewhere says a person.
    for hit in hits
        .iter_mut()
        .filter(|h| h.kind.is_word_kind() && h.confidence < 0.5)
    {
        let Some(w) = a.word_starting_at(hit.start) else {
            continue;
        };
        if a.words[w].byte_end != hit.end {
            continue;
        }
        if let Some((kind, confidence)) = known.get(a.stems[w].as_str())
            && *confidence > hit.confidence
        {
            hit.kind = *kind;
        }
    }
    let mut added = Vec::new();
    for (i, covered) in covered.iter_mut().enumerate() {
        if *covered || !a.capitalised(i) || a.ordinary(i) {
            continue;
        }
        // "ТОВ «Поділля Газ Збут»" and then "Газ дали…": a frequent word of a firm's name
        // opening a sentence is the word.
        if a.sentence_start[i]
            && !a.text[..a.words[i].byte_start].ends_with(['«', '„', '"', '“'])
            && LEXICON.common.contains(&a.folded[i])
            && known
                .get(a.stems[i].as_str())
                .is_some_and(|(kind, _)| *kind == Kind::Organisation)
        {
            continue;
        }
        if let Some((kind, _)) = known.get(a.stems[i].as_str()) {
            added.push(a.hit(*kind, i, i + 1, 0.5));
            *covered = true;
        }
    }
    // Names joined by "and": "Гавриш і Орест ночували", "Costel și Neagu au dormit".
    const AND: &[&str] = &["and", "i", "y", "ta", "si", "oraz"];
    let people: Vec<(usize, usize)> = hits
        .iter()
        .chain(&added)
        .filter(|h| h.kind == Kind::Person)
        .filter_map(|h| {
            let first = a.word_starting_at(h.start)?;
            let last = a.word_ending_at(h.end)?;
            Some((first, last))
        })
        .collect();
    for (first, last) in people {
        let before = first.checked_sub(2);
        for j in [before, Some(last + 2)].into_iter().flatten() {
            let conjunction = if j < first { j + 1 } else { last + 1 };
            if j < a.words.len()
                && !covered[j]
                && a.capitalised(j)
                && !a.ordinary(j)
                && a.words[j].text.chars().count() >= 3
                && AND.contains(&a.folded[conjunction].as_str())
                // Only spaces between the three words: name, "and", name.
                && a.adjacent(conjunction - 1)
                && a.adjacent(conjunction)
            {
                added.push(a.hit(Kind::Person, j, j + 1, 0.45));
                covered[j] = true;
            }
        }
    }
    hits.extend(added);
}

#[cfg(test)]
mod rules;

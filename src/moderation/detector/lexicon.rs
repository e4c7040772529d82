//! The detector's word lists, loaded once: given names, places (GeoNames), ordinary capitalised
//! words, and the cue words that announce a person, a place, an organisation or a unit.
//! Everything is compared in folded, stemmed form (see [`crate::text::stem`]) so that inflected forms,
//! other scripts and missing diacritics match: "з Оксаною" → "oksan", "z Agnieszką" →
//! "agnieszk", "у Харкові" → "kharkov", "Харьков" → "kharkov".
//!
//! Decision, and why: the word lists are hashed with FxHash, not the standard SipHash. They are
//! built once from the binary's own data and only looked up afterwards, a dozen times per word
//! of every text scanned, and FxHash hashes a short word in a fraction of SipHash's time. A
//! text cannot choose
//! where its words land in a table it never inserts into, so the flooding SipHash guards
//! against does not apply; the maps the detector fills from a text (`mod.rs`, `words.rs`) keep
//! the standard hasher.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::text::fold;

use crate::text::stem::{phrase_stem, stem};

/// A populated place.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub country: &'static str,
    pub population: u32,
}

pub struct Lexicon {
    pub first_names: HashSet<String>,
    /// The given names as written (folded), not stemmed: "люди" shares Люда's stem.
    pub first_names_written: HashSet<String>,
    /// Stemmed place names (single words and phrases) → the largest place of that name.
    pub places: HashMap<String, Place>,
    /// Place names exactly as written (folded), for the start of a sentence, where a stem
    /// match is too loose (Дорогу is not Dorohoi).
    pub place_exact: HashSet<String>,
    /// The longest place name, in words.
    pub longest_place: usize,
    pub ordinary: HashSet<String>,
    /// The most frequent word forms of the five languages (folded), from wordfreq …
    pub common: HashSet<String>,
    /// … and of English alone …
    pub common_en: HashSet<String>,
    /// … and of the other four ("era" is English and Romanian).
    pub common_other: HashSet<String>,
    /// The stems of `common`: an inflected form the lists lack ("Колону", "Zezwoleniem") still
    /// has a common stem.
    pub common_stems: HashSet<String>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The short names of the region's cities that are no ordinary word in the texts it sees:
/// kept in the gazetteer although shorter than five letters (not "Łuck": folded, it is
/// "luck"; Lutsk's longer names stay).
const SHORT_CITIES: &[&str] = &[
    "Kyiv", "Kiev", "Київ", "Киев", "Lviv", "Lvov", "Lwów", "Sumy", "Суми", "Сумы", "Iași", "Iaşi",
    "Iasi", "Ясси", "Яссы", "Cluj", "Arad", "Арад", "Łódź", "Lodz", "Керч",
];

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let first_names: HashSet<String> = lines(include_str!("data/first_names.txt"))
        .map(|n| stem(&fold(n)))
        .filter(|s| s.len() >= 3)
        .collect();
    let first_names: HashSet<String> = first_names;
    let first_names_written: HashSet<String> = lines(include_str!("data/first_names.txt"))
        .map(fold)
        .collect();
    // A word of a country's name that is also a given name (Elena in "Sfânta Elena") is a name.
    let ordinary: HashSet<String> = lines(include_str!("data/ordinary.txt"))
        .chain(
            lines(include_str!("data/country_words.txt"))
                .filter(|w| !first_names.contains(&stem(&fold(w)))),
        )
        .map(fold)
        .collect();
    let mut places: HashMap<String, Place> = HashMap::default();
    let mut place_exact: HashSet<String> = HashSet::default();
    let mut longest_place = 1;
    let short_cities: HashSet<String> = SHORT_CITIES.iter().map(|c| fold(c)).collect();
    for line in lines(include_str!("../../text/data/places.tsv")) {
        let mut fields = line.split('\t');
        let (Some(country), Some(_admin), Some(population), Some(names)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let population: u32 = population.parse().unwrap_or(0);
        for name in names.split('|') {
            let key = phrase_stem(name);
            let words = key.split(' ').count();
            // One-word names shorter than five letters are too often ordinary words ("Torn",
            // "Luck", "Wola", "Схід" are cities' names too), except the cities' own short
            // names (Iași was a person, "Sumy" too).
            let folded = fold(name);
            if (folded.len() < 5 && !short_cities.contains(&folded))
                || (words == 1 && ordinary.contains(&folded))
            {
                continue;
            }
            longest_place = longest_place.max(words);
            place_exact.insert(folded);
            let entry = places.entry(key).or_insert(Place {
                country,
                population,
            });
            if population > entry.population {
                *entry = Place {
                    country,
                    population,
                };
            }
        }
    }
    // Regions by the names people use ("Одещина", "Podkarpacie"): counted as large places.
    for name in lines(include_str!("data/regions.txt")) {
        place_exact.insert(fold(name));
        places.entry(phrase_stem(name)).or_insert(Place {
            country: "",
            population: 1_000_000,
        });
    }
    let mut common = HashSet::default();
    let mut common_en = HashSet::default();
    let mut common_other = HashSet::default();
    let mut language = "";
    for line in include_str!("data/common_words.txt").lines() {
        if let Some(code) = line.strip_prefix("## ") {
            language = code.trim();
        } else if !line.is_empty() && !line.starts_with('#') {
            let word = fold(line.trim());
            if language == "en" {
                common_en.insert(word.clone());
            } else {
                common_other.insert(word.clone());
            }
            common.insert(word);
        }
    }
    let common_stems = common.iter().map(|w| stem(w)).collect();
    Lexicon {
        first_names,
        first_names_written,
        places,
        place_exact,
        longest_place: longest_place.min(4),
        ordinary,
        common,
        common_en,
        common_other,
        common_stems,
    }
});

/// Words (folded) that announce a person's name right after them.
pub const PERSON_CUES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "madam",
    "colonel",
    "major",
    "captain",
    "commander",
    "general",
    "lieutenant",
    "sergeant",
    "mayor",
    "governor",
    "deputy",
    "father",
    "sister",
    "pan",
    "pani",
    "pana",
    "panu",
    "panem",
    "panią",
    "pania",
    "panie",
    "panom",
    "pan",
    "pani",
    "panu",
    "panom",
    "pane",
    "panov",
    "panovi",
    "pani",
    "paniu",
    "paniei",
    "hospodyn",
    "hospozha",
    "gospodin",
    "gospozha",
    "gospodina",
    "gospozhu",
    "gospozhoi",
    "polkovnyk",
    "polkovnik",
    "maior",
    "kapitan",
    "komandyr",
    "komandir",
    "heneral",
    "general",
    "holova",
    "hlava",
    "golova",
    "mer",
    "merom",
    "meru",
    "sviashchenyk",
    "batiushka",
    "otets",
    "domnul",
    "doamna",
    "domnului",
    "doamnei",
    "dl",
    "dna",
    "dra",
    "colonelul",
    "maiorul",
    "primarul",
    "primarului",
    "preotul",
    "pulkownik",
    "burmistrz",
    "wojt",
    "ksiadz",
    "sołtys",
    "soltys",
    "starosta",
    "lui",
    "wedlug",
    "potrivit",
    "slovamy",
    "slovam",
    "according",
];

/// Words (folded) that announce a place: "village of X", "село X", "w miejscowości X",
/// "în satul X", "вул. X".
pub const PLACE_CUES: &[&str] = &[
    "village",
    "mikroraion",
    "mikroraiona",
    "mikroraionu",
    "mikroraioni",
    "mikroraione",
    "mikroraiony",
    "mykroraion",
    "mykroraiona",
    "mykroraionu",
    "mykroraione",
    "mykroraiony",
    "town",
    "city",
    "settlement",
    "hamlet",
    "district",
    "street",
    "avenue",
    "road",
    "selo",
    "sela",
    "selu",
    "selakh",
    "derevniu",
    "derevnei",
    "poselka",
    "posiolka",
    "poselke",
    "posiolke",
    "poselku",
    "posiolku",
    "selyshcha",
    "selyshchi",
    "mistu",
    "mistom",
    "miastu",
    "miastem",
    "wsia",
    "comuna",
    "comunei",
    "com",
    "cartierul",
    "cartierului",
    "pht",
    "gm",
    "seli",
    "selom",
    "s",
    "smt",
    "sm",
    "misto",
    "mista",
    "misti",
    "m",
    "mistechko",
    "horod",
    "horoda",
    "horode",
    "horodu",
    "horodom",
    "derevnia",
    "derevne",
    "sele",
    "selyshche",
    "poselok",
    "posiolok",
    "posilok",
    "derevnia",
    "derevni",
    "khutir",
    "khutor",
    "hromada",
    "hromady",
    "hromadi",
    "raion",
    "raioni",
    "raionu",
    "rajon",
    "vul",
    "vulytsia",
    "vulytsi",
    "ulitsa",
    "ulitse",
    "prospekt",
    "provulok",
    "pereulok",
    "wies",
    "wsi",
    "miejscowosc",
    "miejscowosci",
    "miasto",
    "miescie",
    "miasta",
    "gmina",
    "gminie",
    "gminy",
    "ul",
    "ulica",
    "ulicy",
    "osiedle",
    "osiedlu",
    "powiat",
    "powiecie",
    "sat",
    "satul",
    "satului",
    "satele",
    "satu",
    "oras",
    "orasul",
    "orasului",
    "comuna",
    "comunei",
    "municipiul",
    "localitatea",
    "localitatii",
    "strada",
    "str",
    "raionul",
    "satul",
    "judetul",
    "miastem",
    "miasteczko",
    "miasteczku",
    "miejscowoscia",
];

/// Words (folded) that make the capitalised words next to them an organisation.
pub const ORGANISATION_WORDS: &[&str] = &[
    // A students' house, a farm (ФХ), sports clubs (LKS Orzeł, KS, MKS, GKS, UKS): in
    // capitals only, the first with a quoted name (words.rs).
    "ds",
    "fkh",
    "ks",
    "lks",
    "mks",
    "gks",
    "uks",
    "foundation",
    "fund",
    "association",
    "alliance",
    "network",
    "union",
    "centre",
    "hub",
    "center",
    "society",
    "initiative",
    "movement",
    "coalition",
    "charity",
    "trust",
    "collective",
    "committee",
    "council",
    "organisation",
    "organization",
    "club",
    "agencja",
    "agencji",
    "agencje",
    "clubul",
    "clubului",
    "klub",
    "klubu",
    "klubie",
    "biroul",
    "biroului",
    "ngo",
    "llc",
    "ltd",
    "inc",
    "ministry",
    "caritas",
    "caritasu",
    "caritasie",
    "karitas",
    "karitasu",
    "karitasa",
    "karitasi",
    "karitase",
    "karitasom",
    "karytas",
    "karytasu",
    "ao",
    "zao",
    "pao",
    "ministerstvo",
    "ministerstva",
    "ministerul",
    "ministerului",
    "ministerstwo",
    "ministerstwa",
    "department",
    "administration",
    "dftg",
    "zdo",
    "zzso",
    "nvk",
    "dnz",
    "knp",
    "ii",
    "urzad",
    "urzedu",
    "urzedzie",
    "urzedem",
    "parohia",
    "parohiei",
    "parohie",
    "primaria",
    "primariei",
    "primarie",
    "dgaspc",
    "isj",
    "ipj",
    "dsp",
    "ajofm",
    "departament",
    "upravlinnia",
    "administratsiia",
    "company",
    "group",
    "agency",
    "institute",
    "school",
    "hospital",
    "clinic",
    "church",
    "parish",
    "fond",
    "fondu",
    "fondom",
    "fondi",
    "orhanizatsiia",
    "orhanizatsiiu",
    "orhanizatsiei",
    "blahotvorytelnyi",
    "blahotvoritelnyi",
    "obshchestvennaia",
    "obshchestvennoi",
    "ong",
    "orhanyzatsyia",
    "orhanyzatsyy",
    "orhanyzatsyiu",
    "orhanyzatsyei",
    "fondom",
    "orhanizatsii",
    "orhanizatsiiu",
    "organizatsiia",
    "organizatsii",
    "obiednannia",
    "tovarystvo",
    "spilka",
    "soiuz",
    "merezha",
    "tsentr",
    "tsentri",
    "tsentru",
    "hromadska",
    "hromadskoi",
    "blahodiinyi",
    "blahodiinoho",
    "blagotvoritelnyi",
    "go",
    "bf",
    "bo",
    "tov",
    "ooo",
    "pp",
    "fh",
    "fop",
    "sa",
    "lyceum",
    "litsei",
    "likarnia",
    "fundacja",
    "fundacji",
    "fundacje",
    "stowarzyszenie",
    "stowarzyszenia",
    "stowarzyszeniu",
    "stowarzyszeniem",
    "fundacja",
    "fundacje",
    "fundacją",
    "oo",
    "oa",
    "at",
    "kp",
    "cf",
    "pa",
    "obshchestvennoe",
    "zwiazek",
    "siec",
    "centrum",
    "inicjatywa",
    "towarzystwo",
    "spolka",
    "sp",
    "szpital",
    "fundatia",
    "fundatiei",
    "asociatia",
    "asociatiei",
    "asociatie",
    "pensiunea",
    "pensiunii",
    "pensiune",
    "organizatia",
    "organizatiei",
    "centrul",
    "centrului",
    "reteaua",
    "uniunea",
    "alianta",
    "srl",
    "co",
    "dk",
    "tsrb",
    "osbb",
    // A municipal institution (комунальний заклад): КЗ «…».
    "kz",
    "tsrl",
    "osp",
    "spitalul",
    "biserica",
];

/// Words (folded) that make a number or name next to them a military unit.
pub const UNIT_WORDS: &[&str] = &[
    "brigade",
    "battalion",
    "regiment",
    "division",
    "company",
    "platoon",
    "unit",
    "corps",
    "bryhada",
    "bryhady",
    "bryhadi",
    "bryhadoiu",
    "brigada",
    "brigady",
    "brigade",
    "batalion",
    "bataliony",
    "bataljon",
    "batalionu",
    "batalionom",
    "polk",
    "polku",
    "polku",
    "diviziia",
    "rota",
    "roty",
    "vch",
    "viiskova",
    "chastyna",
    "chastyny",
    "voinskaia",
    "chast",
    "brygada",
    "brygady",
    "batalionie",
    "pulk",
    "pulku",
    "dywizja",
    "kompania",
    "jw",
    "jednostka",
    "brigazii",
    "batalionul",
    "regimentul",
    "divizia",
    "unitatea",
    "compania",
];

/// Prepositions after which a known place name is a place ("in Vilkhivka", "до Харкова",
/// "w Chełmie", "în Siret", "din Cahul").
pub const LOCATIVE_WORDS: &[&str] = &[
    "in", "at", "to", "from", "near", "towards", "into", "via", "through", "around", "outside",
    "v", "u", "vo", "do", "iz", "pid", "pry", "bilia", "okolo", "kolo", "pod", "za", "cherez",
    "vid", "ot", "naprotyv", "w", "we", "przez", "obok", "spod", "na", "din", "la", "spre",
    "langa", "pe", "prin", "pana", "catre", "along", "across", "beyond", "vzdovzh", "vdol",
    "wzdluz", "nad", "uzdovzh",
];

/// Prepositions after which a word names a person ("with Tudor", "з Оксаною", "cu Ciobanu").
pub const WITH_WORDS: &[&str] = &[
    "with", "by", "s", "so", "z", "ze", "cu", "dla", "dlia", "proty", "mit",
];

/// Endings of Ukrainian, Russian, Polish and Romanian place names (folded).
pub const PLACE_ENDINGS: &[&str] = &[
    "ivka", "ivky", "ivtsi", "yne", "ove", "eve", "ivske", "pil", "pol", "grad", "horod",
    "horodok", "ovka", "evka", "ino", "ovo", "sk", "owka", "owo", "ewo", "yce", "ice", "eni",
    "esti", "ani", "ita", "ul", "iv", "iwka", "iwki", "iwce", "iwku", "ivky", "ovky", "owki",
];

/// Beginnings (folded) of verbs whose subject is a person — saying, asking, agreeing,
/// refusing, arranging, promising, meeting — in the past tense of the five languages. A
/// capitalised word right before one ("Megan arranged", "Вероніка домовилася", "Ileana a
/// refuzat") is a name even when no list knows it.
pub const AGENT_VERBS: &[&str] = &[
    "said",
    "told",
    "asked",
    "agreed",
    "refused",
    "arranged",
    "negotiated",
    "promised",
    "called",
    "wrote",
    "explained",
    "insisted",
    "decided",
    "met",
    "invited",
    "waited",
    "offered",
    "replied",
    "answered",
    "convinced",
    "persuaded",
    "warned",
    "signed",
    "phoned",
    "helped",
    "joined",
    "dopomohl",
    "dopomoh",
    "pomohl",
    "pomog",
    "pomogl",
    "ajutat",
    "doluchyl",
    "prisoedinil",
    "skazal",
    "poprosy",
    "poprosi",
    "domovy",
    "domovi",
    "dohovory",
    "dohovori",
    "vidmovy",
    "otkazal",
    "poobitsia",
    "obeshchal",
    "zaprosy",
    "zaprosi",
    "pidtverdy",
    "podtverdi",
    "vyrishy",
    "reshyl",
    "zustrily",
    "zustrila",
    "vstretyl",
    "vstretil",
    "chekal",
    "zhdal",
    "pohodyl",
    "pohodzh",
    "soglasyl",
    "peremovy",
    "perehovor",
    "pereconal",
    "perekonal",
    "powiedzial",
    "poprosil",
    "umowil",
    "zgodzil",
    "odmowil",
    "obiecal",
    "zaprosil",
    "zadzwonil",
    "czekal",
    "spotkal",
    "negocjowal",
    "przekonal",
    "spus",
    "cerut",
    "aranjat",
    "refuzat",
    "promis",
    "invitat",
    "asteptat",
    "intalnit",
    "acceptat",
    "negociat",
    "convins",
    "semnat",
    "sunat",
];

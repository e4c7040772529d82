//! How text becomes search terms, the same way for documents and queries.
//!
//! - `folded` (every document, every query): words lower-cased, Cyrillic transliterated and
//!   diacritics removed ([`crate::text::fold`]), then a light suffix stripper shared by the
//!   five languages ([`crate::text::stem::stem`], twice). This is what makes
//!   "Kharkiv" find "Харків", "Lodz" find "Łódź" and "negociere" find "negocierea", whatever
//!   the language of the query.
//! - one analyzer per language, applied to a document in its own language only: English,
//!   Russian and Romanian Snowball stemmers (tantivy), Polish Snowball (frostem, the crate
//!   beneath tantivy's stemmer), and a light Ukrainian suffix stripper of our own (there is
//!   no Snowball Ukrainian). A query is analysed with all of them, so a Polish query finds
//!   Polish inflections however they are written.
//!
//! Words are runs of letters and digits; an apostrophe inside a word keeps it whole
//! ("п'ять", "m'a"). Tokens longer than 40 bytes are dropped.

use std::sync::LazyLock;

use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer, TokenizerManager,
};

use crate::i18n::Lang;
use crate::text::fold;
use crate::text::stem::stem;

/// The folded analyzer's name, for the fields that use it.
pub const FOLDED: &str = "parley_folded";

/// The analyzer of the pairs fields: neighbouring folded words as one [`pair`] term each.
pub const PAIRS: &str = "parley_pairs";

/// The analyzer name of a language's field.
pub fn language_analyzer(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "parley_en",
        Lang::Uk => "parley_uk",
        Lang::Ru => "parley_ru",
        Lang::Pl => "parley_pl",
        Lang::Ro => "parley_ro",
    }
}

/// Registers Parley's analyzers with an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(FOLDED, folded());
    manager.register(
        PAIRS,
        base().filter(MapWords(fold_and_stem)).filter(Pairs).build(),
    );
    for lang in Lang::ALL {
        manager.register(language_analyzer(lang), for_language(lang));
    }
}

fn base() -> tantivy::tokenizer::TextAnalyzerBuilder<RemoveLongFilterOf<WordTokenizer>> {
    TextAnalyzer::builder(WordTokenizer::default()).filter(RemoveLongFilter::limit(40))
}

type RemoveLongFilterOf<T> = <RemoveLongFilter as TokenFilter>::Tokenizer<T>;

/// The shared analyzer: folded and lightly stemmed.
pub fn folded() -> TextAnalyzer {
    base().filter(MapWords(fold_and_stem)).build()
}

/// A language's analyzer.
pub fn for_language(lang: Lang) -> TextAnalyzer {
    let lower = base().filter(LowerCaser);
    match lang {
        Lang::En => lower.filter(Stemmer::new(Language::English)).build(),
        Lang::Ru => lower
            .filter(MapWords(|w, out| {
                // Snowball Russian expects ё as е.
                out.extend(w.chars().map(|c| if c == 'ё' { 'е' } else { c }))
            }))
            .filter(Stemmer::new(Language::Russian))
            .build(),
        Lang::Ro => lower
            .filter(MapWords(|w, out| {
                // Cedilla forms (ş, ţ) are common in typed Romanian; Snowball wants commas.
                out.extend(w.chars().map(|c| match c {
                    'ş' => 'ș',
                    'ţ' => 'ț',
                    c => c,
                }))
            }))
            .filter(Stemmer::new(Language::Romanian))
            .build(),
        Lang::Pl => lower.filter(MapWords(polish)).build(),
        Lang::Uk => lower.filter(MapWords(ukrainian)).build(),
    }
}

/// The terms an analyzer makes of a text (for queries and tests).
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The term for two folded words that follow each other ("local authority" → "local
/// authoriti"): the pairs fields hold one per neighbouring pair, so a phrase is a lookup of its
/// pairs instead of a position check in every document that has all its words (a phrase of
/// two common words took 17 ms at 100,000 case studies).
pub fn pair(first: &str, second: &str) -> String {
    format!("{first} {second}")
}

/// Folded and stemmed twice: an article or ending on top of an ending ("negocierea" →
/// "negociere" → "negocier") meets the bare form. Precision comes from the language fields.
fn folded_stem(word: &str) -> String {
    // fold keeps inner spaces for phrases; a token has none, but be safe.
    let folded = fold(word).replace(' ', "");
    stem(&stem(&folded))
}

/// [`fold_and_stem_uncached`] remembered per thread: words repeat (a few are everywhere), and
/// folding, stemming and the place lookup cost about a microsecond a word — most of a
/// search's time went on re-analysing the hits' text for their snippets. The memo is
/// emptied when it reaches `MEMO_LIMIT` words, which bounds its memory (a few MB).
fn fold_and_stem(word: &str, out: &mut String) {
    const MEMO_LIMIT: usize = 100_000;
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>> =
            Default::default();
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(known) = memo.get(word) {
            out.push_str(known);
            return;
        }
        let start = out.len();
        fold_and_stem_uncached(word, out);
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(word.into(), out[start..].into());
    });
}

fn fold_and_stem_uncached(word: &str, out: &mut String) {
    let key = folded_stem(word);
    // A place under any of its names and forms (Харків, Харкові, Харьков, Kharkov, Charków)
    // becomes one term. Case endings of place names are not always the stemmer's ("-ові"),
    // so the word less its final vowels (at most two) is tried too.
    let folded = fold(word).replace(' ', "");
    let place = PLACES.get(&key).or_else(|| {
        let trimmed = folded.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
        (trimmed.len() + 2 >= folded.len() && trimmed.len() >= 4)
            .then(|| PLACES.get(&stem(trimmed)).or_else(|| PLACES.get(trimmed)))
            .flatten()
    });
    match place {
        Some(canonical) => out.push_str(canonical),
        None => out.push_str(&key),
    }
}

/// One-word place names of Ukraine, Moldova, Poland and Romania (GeoNames, with alternate
/// names and transliterations), folded and stemmed → the place's main name, the same way;
/// a name shared by several places goes to the most populous.
static PLACES: LazyLock<std::collections::HashMap<String, String>> = LazyLock::new(|| {
    let mut best: std::collections::HashMap<String, (u32, String)> = Default::default();
    for line in include_str!("../text/data/places.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(_country), Some(_admin), Some(population), Some(names)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let population: u32 = population.parse().unwrap_or(0);
        let single = |name: &&str| !fold(name).contains(' ') && fold(name).len() >= 5;
        let Some(main) = names.split('|').find(single) else {
            continue;
        };
        let canonical = folded_stem(main);
        for name in names.split('|').filter(single) {
            let key = folded_stem(name);
            let entry = best.entry(key).or_insert((population, canonical.clone()));
            if population > entry.0 {
                *entry = (population, canonical.clone());
            }
        }
    }
    best.into_iter().map(|(k, (_, v))| (k, v)).collect()
});

static POLISH: LazyLock<frostem::Stemmer> =
    LazyLock::new(|| frostem::Stemmer::new(frostem::Algorithm::Polish));

fn polish(word: &str, out: &mut String) {
    out.push_str(&POLISH.stem(word));
}

/// Ukrainian endings of nouns, adjectives and verbs, longest first.
const UKRAINIAN_ENDINGS: &[&str] = &[
    "ються",
    "ється",
    "ування",
    "ювання",
    "ення",
    "ання",
    "іння",
    "ість",
    "ості",
    "остю",
    "ськими",
    "ського",
    "ському",
    "ських",
    "ська",
    "ське",
    "ський",
    "ськім",
    "ської",
    "ими",
    "ого",
    "ому",
    "ами",
    "ями",
    "ові",
    "еві",
    "єві",
    "ати",
    "ити",
    "іти",
    "яти",
    "уть",
    "ють",
    "ать",
    "ять",
    "ала",
    "ало",
    "али",
    "ила",
    "ило",
    "или",
    "ій",
    "ої",
    "ою",
    "ею",
    "єю",
    "их",
    "ім",
    "им",
    "ий",
    "ах",
    "ях",
    "ам",
    "ям",
    "ом",
    "ем",
    "ів",
    "їв",
    "ти",
    "ть",
    "ла",
    "ло",
    "ли",
    "а",
    "я",
    "у",
    "ю",
    "і",
    "и",
    "о",
    "е",
    "є",
    "ї",
    "ь",
];

/// A light Ukrainian stemmer: the longest known ending removed, keeping at least three
/// letters; apostrophes dropped and ґ written as г, so spelling variants meet.
pub fn ukrainian(word: &str, out: &mut String) {
    let word: String = word
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ'))
        .map(|c| if c == 'ґ' { 'г' } else { c })
        .collect();
    let letters = word.chars().count();
    for ending in UKRAINIAN_ENDINGS {
        let n = ending.chars().count();
        if letters >= n + 3 && word.ends_with(ending) {
            out.push_str(&word[..word.len() - ending.len()]);
            return;
        }
    }
    out.push_str(&word);
}

/// A token filter that rewrites each word with a function (an empty result drops it).
#[derive(Clone, Copy)]
struct MapWords(fn(&str, &mut String));

impl TokenFilter for MapWords {
    type Tokenizer<T: Tokenizer> = MapWordsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapWordsFilter<T> {
        MapWordsFilter {
            map: self.0,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
struct MapWordsFilter<T> {
    map: fn(&str, &mut String),
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MapWordsFilter<T> {
    type TokenStream<'a> = MapWordsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapWordsStream {
            map: self.map,
            inner: self.inner.token_stream(text),
            buffer: String::new(),
        }
    }
}

struct MapWordsStream<S> {
    map: fn(&str, &mut String),
    inner: S,
    buffer: String,
}

impl<S: TokenStream> TokenStream for MapWordsStream<S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            self.buffer.clear();
            (self.map)(&self.inner.token().text, &mut self.buffer);
            if !self.buffer.is_empty() {
                std::mem::swap(&mut self.inner.token_mut().text, &mut self.buffer);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// Turns a stream of words into their neighbouring pairs ([`pair`]): "a b c" → "a b", "b c".
/// Words with a gap between them (an overlong token dropped) make no pair, as a phrase would
/// not match across the gap either.
#[derive(Clone)]
struct Pairs;

impl TokenFilter for Pairs {
    type Tokenizer<T: Tokenizer> = PairsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> PairsFilter<T> {
        PairsFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
struct PairsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for PairsFilter<T> {
    type TokenStream<'a> = PairsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        PairsStream {
            inner: self.inner.token_stream(text),
            previous: String::new(),
            previous_at: None,
            token: Token::default(),
        }
    }
}

struct PairsStream<S> {
    inner: S,
    previous: String,
    /// The previous word's position and start offset.
    previous_at: Option<(usize, usize)>,
    token: Token,
}

impl<S: TokenStream> TokenStream for PairsStream<S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            let word = self.inner.token();
            let follows = self
                .previous_at
                .filter(|(position, _)| position + 1 == word.position);
            if let Some((_, from)) = follows {
                self.token.text.clear();
                self.token.text.push_str(&self.previous);
                self.token.text.push(' ');
                self.token.text.push_str(&word.text);
                self.token.offset_from = from;
                self.token.offset_to = word.offset_to;
                self.token.position = self.token.position.wrapping_add(1);
                self.token.position_length = 1;
            }
            self.previous.clear();
            self.previous.push_str(&word.text);
            self.previous_at = Some((word.position, word.offset_from));
            if follows.is_some() {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Words: runs of letters and digits, an apostrophe between two letters kept inside.
#[derive(Clone, Default)]
struct WordTokenizer {
    token: Token,
}

struct WordStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        self.token.position = usize::MAX;
        WordStream {
            text,
            chars: text.char_indices().peekable(),
            token: &mut self.token,
        }
    }
}

/// `char::is_alphanumeric`, answered without the Unicode tables for the scripts Parley's
/// text is written in (Latin with its diacritics, Cyrillic): the tables' lookup was a tenth
/// of a search's time.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F => true,
        0x400..=0x481 | 0x48A..=0x52F => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        // Skip to the next word's first character.
        let start = loop {
            match self.chars.next() {
                Some((i, c)) if is_word_char(c) => break i,
                Some(_) => continue,
                None => return false,
            }
        };
        let mut end = self.text.len();
        while let Some(&(i, c)) = self.chars.peek() {
            let inside = is_word_char(c)
                || (is_apostrophe(c)
                    && self.text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char));
            if inside {
                self.chars.next();
            } else {
                end = i;
                break;
            }
        }
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_terms(text: &str) -> Vec<String> {
        terms(&mut folded(), text)
    }

    #[test]
    fn the_folded_analyzer_meets_scripts_diacritics_and_endings() {
        assert_eq!(folded_terms("Харків"), folded_terms("Kharkiv"));
        assert_eq!(
            folded_terms("Харкові"),
            folded_terms("Kharkiv"),
            "Ukrainian і/о"
        );
        assert_eq!(
            folded_terms("Харькове"),
            folded_terms("Kharkiv"),
            "the Russian name"
        );
        assert_eq!(
            folded_terms("Charkowie"),
            folded_terms("Kharkiv"),
            "the Polish name"
        );
        assert_eq!(folded_terms("Кишинёв"), folded_terms("Chișinău"));
        assert_eq!(folded_terms("Łódź"), folded_terms("Lodz"));
        assert_eq!(folded_terms("negocierea"), folded_terms("negociere"));
        assert_eq!(folded_terms("z Agnieszką"), folded_terms("z Agnieszka"));
    }

    #[test]
    fn pairs_are_neighbouring_folded_words_matching_a_folded_phrase() {
        let manager = TokenizerManager::default();
        register(&manager);
        let mut pairs = manager.get(PAIRS).expect("registered");
        let text = format!("Local authority, in Харкові; {} end", "x".repeat(50));
        let made = terms(&mut pairs, &text);
        let (local, authority, in_, kharkiv) = (
            folded_terms("local").remove(0),
            folded_terms("authority").remove(0),
            folded_terms("in").remove(0),
            folded_terms("Kharkiv").remove(0),
        );
        assert_eq!(
            made,
            vec![
                pair(&local, &authority),
                pair(&authority, &in_),
                pair(&in_, &kharkiv),
            ],
            "no pair across the dropped overlong word"
        );
    }

    #[test]
    fn the_fast_word_test_agrees_with_unicode() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_offsets() {
        let mut analyzer = TextAnalyzer::builder(WordTokenizer::default()).build();
        let mut stream = analyzer.token_stream("п'ять — l'eau, 'quoted'");
        let mut seen = Vec::new();
        while stream.advance() {
            let t = stream.token();
            seen.push((t.text.clone(), t.offset_from, t.position));
        }
        let words: Vec<&str> = seen.iter().map(|(w, _, _)| w.as_str()).collect();
        assert_eq!(words, vec!["п'ять", "l'eau", "quoted"]);
        assert_eq!(seen[1].2, 1, "positions count words");
    }

    #[test]
    fn each_language_stems_its_inflections() {
        let same = |lang: Lang, a: &str, b: &str| {
            let mut analyzer = for_language(lang);
            assert_eq!(
                terms(&mut analyzer, a),
                terms(&mut analyzer, b),
                "{lang:?}: {a} / {b}"
            );
        };
        same(Lang::En, "negotiations", "negotiation");
        same(Lang::Ru, "переговоров", "переговоры");
        same(Lang::Ro, "negocierile", "negocieri");
        same(Lang::Ro, "autorităţile", "autoritățile");
        same(Lang::Pl, "negocjacjach", "negocjacje");
        same(Lang::Uk, "переговорах", "переговори");
        same(Lang::Uk, "громадою", "громада");
        same(Lang::Uk, "гуманітарного", "гуманітарний");
    }
}

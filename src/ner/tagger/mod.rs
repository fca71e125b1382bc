//! The trained tagger: a linear-chain CRF over kashf's own words of the normalized text,
//! labelling them B, I or O for PERS, LOC, ORG and MISC, for the names no list holds.
//!
//! The parts:
//! - `features`: the feature groups and the keys of each word;
//! - `cache`: the per-thread cache of each word's row of weights;
//! - `words`: list membership of words, and the word clusters a model carries;
//! - `model`: the weight table, Viterbi decoding and the model file;
//! - `train`: reading CoNLL data and training with the `crfs` crate (L-BFGS).
//!
//! A model is data with a passport ([`TaggerModel::passport`]): the corpus and split it was
//! trained on, its licence, its feature groups and dev-split scores, and the command that
//! rebuilds it. It records a fingerprint of the feature code; a model trained with other
//! features is refused when loaded.
//!
//! ```
//! let model = kashf::tagger::TaggerModel::embedded()?;
//! assert!(model.passport().contains("ANERcorp"));
//! # Ok::<(), kashf::Error>(())
//! ```

mod cache;
mod derive;
mod features;
mod model;
mod train;
mod words;

pub(crate) use words::WordTables;

pub use derive::{derive_names, DeriveOptions, DerivedName};
pub use features::FeatureGroups;
pub(crate) use train::Trainer;
pub use train::{
    read_conll, read_sentence_indices, Algorithm, ConllSentence, Jackknife, Tagset, TrainOptions,
    TrainingSet,
};

/// The index of an IOB2 label (`O`, `B-PERS`, …) in the model's labels.
pub(crate) fn label_index(label: &str) -> Option<u8> {
    model::LABELS
        .iter()
        .position(|l| *l == label)
        .map(|p| p as u8)
}

use crate::clitic::{strip_elided_prefix, strip_prefix, Article, Proclitics};
use crate::error::Error;
use crate::gazetteer::Entry;
use crate::matcher::Hit;
use crate::tokenize::{Token, Tokenized};
use crate::types::EntityType;

use super::tokens::TokenInfo;
use cache::WordCache;
use features::{
    conjunction_first, small_key, split_word, word_keys, ContextScratch, Input, Split, SMALL_SLOTS,
};
use model::{feature_fingerprint, scatter, ModelData, Row, Weights, L, OFFSETS};

/// The embedded default model (all of ANERcorp train but the relation sets' sentences).
static EMBEDDED: &[u8] = include_bytes!("../../../models/ner-anercorp.kmodel");

/// How often each word occurs in the corpus the embedded model's clusters were learned from
/// (ANERcorp train and the Wojood sample): what the crate knows of everyday words without a
/// tagger, e.g. so that a spelling variant of a name never makes one (بلودان → بلدان).
pub(crate) fn embedded_word_count(word: &str) -> u32 {
    static COUNTS: once_cell::sync::Lazy<WordTables> = once_cell::sync::Lazy::new(|| {
        let mut tables = WordTables::default();
        if let Some(t) = ModelData::cluster_table(EMBEDDED) {
            // The embedded table is checked by the tests that load the embedded model.
            let _ = tables.read_clusters("models/ner-anercorp.kmodel", &t);
        }
        tables
    });
    COUNTS.count(word)
}

/// The least count in [`embedded_word_count`] that makes a word an everyday word.
pub(crate) const EVERYDAY_COUNT: u32 = COMMON_COUNT;

/// A trained tagger model: weights, the word clusters it was trained with, its feature
/// groups and its passport.
#[derive(Debug, Clone)]
pub struct TaggerModel {
    data: ModelData,
    tables: WordTables,
}

impl TaggerModel {
    /// The model embedded in the crate.
    pub fn embedded() -> Result<TaggerModel, Error> {
        TaggerModel::from_bytes("models/ner-anercorp.kmodel", EMBEDDED)
    }

    /// Reads a model file's bytes; `source` names it in errors. A model trained with other
    /// feature code than this version of kashf computes is refused.
    pub fn from_bytes(source: &str, bytes: &[u8]) -> Result<TaggerModel, Error> {
        let data = ModelData::from_bytes(source, bytes)?;
        if data.fingerprint != feature_fingerprint() {
            return Err(Error::data(
                source,
                0,
                format!(
                    "the model was trained with other feature code (fingerprint {:016x}, this \
                     kashf computes {:016x}): retrain it with `cargo run --release --example \
                     train`",
                    data.fingerprint,
                    feature_fingerprint()
                ),
            ));
        }
        TaggerModel::new(source, data)
    }

    fn new(source: &str, data: ModelData) -> Result<TaggerModel, Error> {
        if FeatureGroups::from_bits(data.groups).is_none() {
            return Err(Error::data(source, 0, "unknown feature groups"));
        }
        let mut tables = WordTables::default();
        tables.read_clusters(source, &data.clusters)?;
        Ok(TaggerModel { data, tables })
    }

    /// Reads a model file from disk.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<TaggerModel, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, &e))?;
        TaggerModel::from_bytes(&name, &bytes)
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.data.to_bytes()
    }

    /// The passport: JSON with the training corpus and split, licence, feature groups,
    /// scores and the command that rebuilt it.
    pub fn passport(&self) -> &str {
        &self.data.meta
    }

    /// Replaces the passport (the training tool adds the dev-split scores).
    pub fn set_passport(&mut self, json: impl Into<String>) {
        self.data.meta = json.into();
    }

    /// The feature groups it was trained with.
    pub fn groups(&self) -> FeatureGroups {
        FeatureGroups::from_bits(self.data.groups).unwrap_or(FeatureGroups::NONE)
    }

    /// The number of features with a weight.
    pub fn features(&self) -> usize {
        self.data.weights.len()
    }
}

/// Whether an entry's list may feed the features when training. Lists derived from the
/// training corpus would fire on nearly every training name and teach the model to trust
/// them (leakage), so training leaves them out; tagging reads every list, as it reads a
/// user's own (on the dev split this is worth +1.5 F1 over leaving them out of tagging too).
pub(crate) fn feeds_training(entry: &Entry) -> bool {
    !entry.source.contains("anercorp_")
}

/// Whether the tagger reads `entry`'s words as list words when it tags. Not the sports
/// people's: their full names hold hundreds of everyday given and family names (سعود, مساعد,
/// الفرج, عيد) that, lit up as list words, made the tagger find persons in phrases such as
/// ضيوف الرحمن or أكرم الأكرمين (10,444 Saudi news articles: 953 mentions more and 574 fewer
/// outside the list's own names, against 11 and 146 without them; ANERcorp's development
/// split 0.8104 with them, 0.8097 without). The matcher finds their names all the same. Nor
/// the organizations of the wider world (`organizations_world.tsv`): their generic words
/// (بنك, جامعة, الوطنية) lit up as list words moved the development split 0.8069 → 0.8049
/// (0.8057 with the model trained with them).
pub(crate) fn feeds_tagging(entry: &Entry) -> bool {
    !entry.source.ends_with("people_sports.tsv")
        && !entry.source.ends_with("organizations_world.tsv")
}

/// A name the tagger found: words `first..=last` of the document, and its span in the
/// normalized text (proclitics of its first word excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TaggedSpan {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub etype: EntityType,
    /// The proclitics of its first word.
    pub clitics: Proclitics,
}

/// A model ready to tag, with the word tables of one extractor's lists.
#[derive(Debug)]
pub(crate) struct Tagger {
    weights: Weights,
    /// The rows of the small templates' keys (bias, flags, gazetteer bits, punctuation),
    /// looked up by slot instead of by hash.
    small: Vec<Row>,
    tables: WordTables,
    groups: FeatureGroups,
    /// Tells this tagger's entries in the per-thread word cache from another's.
    id: u64,
}

/// A document of more words than this leaves the thread's cache empty.
const LONG_DOCUMENT_WORDS: usize = 8 * CACHE_WORDS;

/// The most words decoded as one sequence: a longer sentence (news sentences run to about a
/// hundred words; a text without punctuation is one sentence) is decoded in pieces.
const DECODE_WORDS: usize = 1024;

/// The most words a thread's cache keeps; when full it keeps the half seen most often.
const CACHE_WORDS: usize = 1 << 16;

// A sentence's words fit in the half of the cache that a full cache frees.
const _: () = assert!(DECODE_WORDS <= CACHE_WORDS / 2);

/// Per-thread buffers, reused from one document to the next: the weights each word lends
/// to its neighbourhood through its letters alone (word, stem, affixes, shape, cluster,
/// list words), and the buffers of decoding.
struct Cache {
    owner: u64,
    /// Words by their text: their rows and splits.
    words: WordCache,
    /// The cache entries of a sentence's words.
    entries: Vec<u32>,
    keys: Vec<u64>,
    rest: String,
    context: ContextScratch,
    sentence_splits: Vec<Split>,
    doc_splits: Vec<Split>,
    em: Vec<f32>,
    labels: Vec<u8>,
    back: Vec<u8>,
}

impl Default for Cache {
    fn default() -> Cache {
        Cache {
            owner: 0,
            words: WordCache::new(CACHE_WORDS),
            entries: Vec::new(),
            keys: Vec::new(),
            rest: String::new(),
            context: ContextScratch::default(),
            sentence_splits: Vec::new(),
            doc_splits: Vec::new(),
            em: Vec::new(),
            labels: Vec::new(),
            back: Vec::new(),
        }
    }
}

/// How often a word must occur in the cluster corpus to be an everyday word
/// ([`Tagger::common_word`]).
const COMMON_COUNT: u32 = 3;

thread_local! {
    static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
}

impl Tagger {
    /// Binds a model (moved in: its tables become the tagger's) to the list forms it reads
    /// for the list-membership features: each normalized as the matcher normalizes it, with
    /// its entry's type.
    pub fn new(
        model: TaggerModel,
        forms: impl IntoIterator<Item = (String, EntityType)>,
    ) -> Tagger {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let groups = model.groups();
        let TaggerModel { data, mut tables } = model;
        for (f, t) in forms {
            tables.add_form(&f, t);
        }
        let weights = data.weights;
        let windowed = groups.contains(FeatureGroups::CONTEXT);
        let small = (0..SMALL_SLOTS)
            .map(|slot| {
                let mut row: Row = [0.0; OFFSETS * L];
                weights.accumulate(small_key(slot, windowed), &mut row);
                row
            })
            .collect();
        Tagger {
            weights,
            small,
            tables,
            groups,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Whether `word` is an everyday word to this model: in no list, and seen at least
    /// [`COMMON_COUNT`] times in the corpus its clusters were learned from.
    pub(crate) fn common_word(&self, word: &str) -> bool {
        let info = self.tables.info(word);
        info.membership() == 0 && info.count() >= COMMON_COUNT
    }

    /// Whether `word` is seen fewer than [`COMMON_COUNT`] times in the corpus this model's
    /// clusters were learned from, listed or not.
    pub(crate) fn rare_word(&self, word: &str) -> bool {
        self.tables.count(word) < COMMON_COUNT
    }

    /// Whether no list holds `word`, as a name or as a word of one.
    pub(crate) fn unlisted(&self, word: &str) -> bool {
        self.tables.membership(word) == 0
    }

    /// Whether `word` is ل or ف written onto an everyday word (لإيقاف, فاحتسب): the word
    /// itself no list's person name or the last word of one, what follows the clitic letter
    /// [`Tagger::common_word`]. Not ب or ك: too many names open with a letter and an
    /// everyday word (باسم, كفوري, بنية).
    pub(crate) fn clitic_on_common_word(&self, word: &str) -> bool {
        let stem = ['ل', 'ف'].iter().find_map(|&c| word.strip_prefix(c));
        stem.is_some_and(|s| {
            s.chars().nth(1).is_some()
                && !self.tables.closes_person_name(word)
                && self.common_word(s)
        })
    }

    /// Tags every sentence of a document.
    pub fn tag(
        &self,
        text: &str,
        tokens: &Tokenized,
        info: &[TokenInfo],
        hits: &[Hit],
        entry_type: &dyn Fn(u32) -> Option<EntityType>,
    ) -> Vec<TaggedSpan> {
        CACHE.with(|c| match c.try_borrow_mut() {
            Ok(mut c) => self.tag_with(&mut c, text, tokens, info, hits, entry_type),
            // Only a re-entrant call could find it borrowed; it gets buffers of its own.
            Err(_) => self.tag_with(&mut Cache::default(), text, tokens, info, hits, entry_type),
        })
    }

    /// The index of `word`'s row in the cache, computed on first sight.
    fn word_row(&self, c: &mut Cache, word: &str) -> usize {
        let (found, hash) = c.words.get(word);
        if let Some(i) = found {
            return i;
        }
        let split = split_word(word, &self.tables);
        c.keys.clear();
        word_keys(
            word,
            split,
            &self.tables,
            self.groups,
            &mut c.rest,
            &mut c.keys,
        );
        let mut row: Row = [0.0; OFFSETS * L];
        for &k in &c.keys {
            self.weights.accumulate(k, &mut row);
        }
        c.words.insert(word, hash, row, split)
    }

    fn tag_with(
        &self,
        c: &mut Cache,
        text: &str,
        tokens: &Tokenized,
        info: &[TokenInfo],
        hits: &[Hit],
        entry_type: &dyn Fn(u32) -> Option<EntityType>,
    ) -> Vec<TaggedSpan> {
        if c.owner != self.id {
            *c = Cache {
                owner: self.id,
                ..Cache::default()
            };
        }
        let mut out = Vec::new();
        let toks = tokens.tokens();
        c.doc_splits.clear();
        let mut from = 0;
        while from < toks.len() {
            let sentence = toks[from].sentence();
            // A sentence is decoded in pieces of at most `DECODE_WORDS` words, so that a text
            // without sentence marks keeps the decoding buffers (and this thread's cache of
            // them) small.
            let to = from
                + toks[from..]
                    .partition_point(|t| t.sentence() == sentence)
                    .min(DECODE_WORDS);
            let input = Input {
                text,
                tokens: &toks[from..to],
                info: &info[from..to],
                hits,
                entry_type,
                tables: &self.tables,
                groups: self.groups,
            };
            let n = to - from;
            c.em.clear();
            c.em.resize(n * L, 0.0);
            c.sentence_splits.clear();
            c.context.prepare(&input);
            // The words' cache entries first, in a loop of its own: the lookups of
            // consecutive words then wait on memory together, not one after the other.
            c.words.make_room(n);
            c.entries.clear();
            for t in input.tokens {
                let r = self.word_row(c, &text[t.span().start..t.span().end]);
                // Touch the row's ends, so that its lines are on their way while the next
                // words are looked up.
                let row = c.words.row(r);
                std::hint::black_box((row[0], row[OFFSETS * L / 2], row[OFFSETS * L - 1]));
                c.entries.push(r as u32);
            }
            for j in 0..n {
                let r = c.entries[j] as usize;
                c.sentence_splits.push(c.words.split(r));
                let mut row = *c.words.row(r);
                c.context.visit(&input, j, |key, slot| match slot {
                    Some(slot) => {
                        for (d, w) in row.iter_mut().zip(&self.small[slot]) {
                            *d += *w;
                        }
                    }
                    None => self.weights.accumulate(key, &mut row),
                });
                scatter(&row, j, &mut c.em);
            }
            self.weights.viterbi(&c.em, &mut c.labels, &mut c.back);
            spans(
                text,
                &self.tables,
                &c.labels,
                &c.sentence_splits,
                input.tokens,
                from,
                &mut out,
            );
            c.doc_splits.extend_from_slice(&c.sentence_splits);
            from = to;
        }
        // After a long document (the cache was refilled many times over) the buffers go
        // before propagation, which needs only the splits: the rest of its extraction needs
        // the room more than the next document needs the rows.
        if toks.len() > LONG_DOCUMENT_WORDS {
            let splits = std::mem::take(&mut c.doc_splits);
            *c = Cache::default();
            propagate(text, toks, info, &splits, &mut out);
        } else {
            propagate(text, toks, info, &c.doc_splits, &mut out);
        }
        out
    }
}

/// The words of a tagged name as one key: the first word without its proclitics, then the
/// others, separated by spaces.
fn name_key(
    text: &str,
    toks: &[Token],
    splits: &[Split],
    first: usize,
    last: usize,
    key: &mut String,
) {
    key.clear();
    for i in first..=last {
        let t = toks[i].span();
        let from = if i == first {
            t.start + usize::from(splits[i].clitic_bytes)
        } else {
            t.start
        };
        if i > first {
            key.push(' ');
        }
        if i == first && splits[i].elided {
            key.push('ا');
        }
        key.push_str(&text[from..t.end]);
    }
}

/// A name is the same name at its other occurrences in a document: every untagged occurrence
/// of a tagged name's words (the first one after its proclitics) gets the type the name was
/// tagged with most often. Names that open with a word that cannot be part of a name (a stop
/// word, a title) are left alone.
fn propagate(
    text: &str,
    toks: &[Token],
    info: &[TokenInfo],
    splits: &[Split],
    out: &mut Vec<TaggedSpan>,
) {
    use crate::fasthash::FastMap;
    if out.is_empty() {
        return;
    }
    let mut covered = vec![false; toks.len()];
    for s in out.iter() {
        for c in &mut covered[s.first..=s.last] {
            *c = true;
        }
    }
    // key → (words, votes by type)
    let mut names: FastMap<String, (usize, [u32; 4])> = FastMap::default();
    let mut key = String::new();
    for s in out.iter() {
        if info[s.first].flags & super::tokens::flag::NOT_NAME != 0 {
            continue;
        }
        name_key(text, toks, splits, s.first, s.last, &mut key);
        if key.chars().nth(1).is_none() {
            continue;
        }
        let t = match s.etype {
            EntityType::Person => 0,
            EntityType::Location => 1,
            EntityType::Organization => 2,
            EntityType::Misc => 3,
        };
        let e = names
            .entry(key.clone())
            .or_insert((s.last - s.first + 1, [0; 4]));
        e.1[t] += 1;
    }
    let mut first_words: FastMap<&str, Vec<(&str, usize, EntityType)>> = FastMap::default();
    for (k, (n, votes)) in &names {
        let best = (0..4)
            .max_by_key(|&t| (votes[t], std::cmp::Reverse(t)))
            .unwrap_or(0);
        let t = [
            EntityType::Person,
            EntityType::Location,
            EntityType::Organization,
            EntityType::Misc,
        ][best];
        first_words
            .entry(k.split(' ').next().unwrap_or(k))
            .or_default()
            .push((k.as_str(), *n, t));
    }
    // The names found here go straight after the tagged ones (no second buffer: a long
    // document has hundreds of thousands), and one sort puts them in place.
    let tagged = out.len();
    let mut stem = String::new();
    let mut i = 0;
    while i < toks.len() {
        // Nor does a name go on to a word never part of one (the على of a text that names
        // علي, both علي once normalized).
        if covered[i] || info[i].flags & super::tokens::flag::NOT_NAME != 0 {
            i += 1;
            continue;
        }
        name_key(text, toks, splits, i, i, &mut stem);
        let mut found = None;
        if let Some(cands) = first_words.get(stem.as_str()) {
            for &(k, n, t) in cands {
                let last = i + n - 1;
                if last >= toks.len()
                    || (i..=last).any(|j| covered[j])
                    || toks[last].sentence() != toks[i].sentence()
                {
                    continue;
                }
                name_key(text, toks, splits, i, last, &mut key);
                if key == k && found.is_none_or(|(l, _)| last > l) {
                    found = Some((last, t));
                }
            }
        }
        match found {
            Some((last, t)) => {
                let start = toks[i].span().start + usize::from(splits[i].clitic_bytes);
                let prefix = &text[toks[i].span().start..start];
                let clitics = if splits[i].elided {
                    strip_elided_prefix(prefix)
                } else {
                    strip_prefix(prefix, Article::InForm)
                };
                out.push(TaggedSpan {
                    first: i,
                    last,
                    start,
                    end: toks[last].span().end,
                    etype: t,
                    clitics: clitics.unwrap_or_default(),
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    // No two spans share a first word (the tagged ones are apart and these cover none of
    // theirs): an unstable sort, which needs no buffer, orders them as a stable one would.
    if out.len() > tagged {
        out.sort_unstable_by_key(|s| s.first);
    }
}

fn label_type(l: u8) -> Option<(bool, EntityType)> {
    let t = match (l as usize).div_ceil(2) {
        1 => EntityType::Person,
        2 => EntityType::Location,
        3 => EntityType::Organization,
        4 => EntityType::Misc,
        _ => return None,
    };
    Some((l % 2 == 1, t))
}

/// Reads labelled words as spans: B opens, I continues a span of its type (or opens one),
/// O closes. A person's B right after a person's name, with only a space between and no
/// conjunction on the word, continues the name: two person names side by side are one name
/// (زيد رعد زيد الحسين), while a list of names is joined by و or punctuation.
fn spans(
    text: &str,
    tables: &WordTables,
    labels: &[u8],
    splits: &[Split],
    toks: &[crate::tokenize::Token],
    offset: usize,
    out: &mut Vec<TaggedSpan>,
) {
    let mut open: Option<TaggedSpan> = None;
    for (i, &l) in labels.iter().enumerate() {
        let lt = label_type(l);
        let person_after_person = matches!((lt, &open), (Some((true, EntityType::Person)), Some(o))
            if o.etype == EntityType::Person
                && o.last == offset + i - 1
                && splits[i].clitic_bytes == 0
                && text[toks[i - 1].span().end..toks[i].span().start].bytes().all(|b| b == b' '));
        // A name crosses spaces, hyphens, dots and apostrophes between its words, nothing
        // else (no comma, bracket or markup), and no conjunction.
        // A word with a conjunction in front (ووليد, ومحمود) opens a new name. (Asked only
        // of a word that would continue a name: the lists' tables are probed per word.)
        let continues = (person_after_person
            || matches!((lt, &open), (Some((false, t)), Some(o)) if o.etype == t))
            && i > 0
            && text[toks[i - 1].span().end..toks[i].span().start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '.' | '\'' | '’'))
            && !conjunction_first(&text[toks[i].span().start..toks[i].span().end], tables);
        if continues {
            if let Some(o) = open.as_mut() {
                o.last = offset + i;
                o.end = toks[i].span().end;
            }
            continue;
        }
        out.extend(open.take());
        if let Some((_, t)) = lt {
            let split = splits[i];
            let start = toks[i].span().start + usize::from(split.clitic_bytes);
            let prefix = &text[toks[i].span().start..start];
            let clitics = if split.elided {
                strip_elided_prefix(prefix)
            } else {
                strip_prefix(prefix, Article::InForm)
            };
            open = Some(TaggedSpan {
                first: offset + i,
                last: offset + i,
                start,
                end: toks[i].span().end,
                etype: t,
                clitics: clitics.unwrap_or_default(),
            });
        }
    }
    out.extend(open);
}

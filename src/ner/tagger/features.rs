//! The tagger's features: what it knows of each word, in named groups that can be switched
//! off one at a time (the ablation table in DESIGN.md is one loop over [`FeatureGroups`]).
//!
//! A feature is a 64-bit key: the hash of its template and its value. No string is built per
//! word: the same code computes the keys when training and when tagging, so the model stores
//! keys, not names. Word features (the word, its stem, affixes, shape, cluster, lists,
//! lexicon flags, gazetteer spans, punctuation around it) are *windowed*: a word lends them to
//! the positions two words before and after it, each with its offset, so the model learns
//! "a title one word before" as well as "this word is a title". Bigrams and the bias belong to
//! their own position only.
//!
//! Every model records a fingerprint of what these features compute ([`probe_fingerprint`]:
//! the keys of a fixed probe text that exercises every template, and
//! [`FEATURE_SET_VERSION`]); a model trained with features that compute anything else is
//! refused.

use crate::clitic::{strip_elided_prefix, strip_prefix, Article};
use crate::lexicon::Item;
use crate::matcher::Hit;
use crate::tokenize::Token;
use crate::types::EntityType;

use super::super::tokens::TokenInfo;
use super::words::{WordTables, MEMBERSHIP_BITS};

/// Named groups of features, each switchable.
///
/// ```
/// use kashf::tagger::FeatureGroups;
///
/// let mut g = FeatureGroups::ALL;
/// g.remove(FeatureGroups::CLUSTERS);
/// assert!(!g.contains(FeatureGroups::CLUSTERS));
/// assert!(g.contains(FeatureGroups::LEXICAL));
/// assert_eq!(FeatureGroups::parse("lexical,shape").unwrap().names(), ["lexical", "shape"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FeatureGroups(u16);

impl FeatureGroups {
    /// The word, its stem after the proclitics, the article, prefixes and suffixes of one to
    /// three letters.
    pub const LEXICAL: FeatureGroups = FeatureGroups(1);
    /// Digits, Latin letters, length.
    pub const SHAPE: FeatureGroups = FeatureGroups(1 << 1);
    /// Word features of the two words before and after (without it, a word's own only).
    pub const CONTEXT: FeatureGroups = FeatureGroups(1 << 2);
    /// The pairs of neighbouring words.
    pub const BIGRAMS: FeatureGroups = FeatureGroups(1 << 3);
    /// Every gazetteer hit over the word, as B or I with its type.
    pub const GAZETTEER: FeatureGroups = FeatureGroups(1 << 4);
    /// Which list types hold the word as a word of an entry, and where in it (single,
    /// first, middle, last).
    pub const LIST_WORDS: FeatureGroups = FeatureGroups(1 << 5);
    /// Titles, roles, given names, name particles, organization cues and heads,
    /// nationality adjectives, stop words, relation triggers.
    pub const LEXICON: FeatureGroups = FeatureGroups(1 << 6);
    /// The word's cluster (prefixes of its Brown bit string).
    pub const CLUSTERS: FeatureGroups = FeatureGroups(1 << 7);
    /// Punctuation before and after the word (comma, quote, bracket, colon or dash).
    pub const PUNCTUATION: FeatureGroups = FeatureGroups(1 << 8);
    /// Every group.
    pub const ALL: FeatureGroups = FeatureGroups((1 << 9) - 1);
    /// No group: the bias alone.
    pub const NONE: FeatureGroups = FeatureGroups(0);

    const NAMES: [(&'static str, FeatureGroups); 9] = [
        ("lexical", FeatureGroups::LEXICAL),
        ("shape", FeatureGroups::SHAPE),
        ("context", FeatureGroups::CONTEXT),
        ("bigrams", FeatureGroups::BIGRAMS),
        ("gazetteer", FeatureGroups::GAZETTEER),
        ("list-words", FeatureGroups::LIST_WORDS),
        ("lexicon", FeatureGroups::LEXICON),
        ("clusters", FeatureGroups::CLUSTERS),
        ("punctuation", FeatureGroups::PUNCTUATION),
    ];

    /// Whether every group of `other` is on.
    pub fn contains(self, other: FeatureGroups) -> bool {
        self.0 & other.0 == other.0
    }

    /// Switches the groups of `other` off.
    pub fn remove(&mut self, other: FeatureGroups) {
        self.0 &= !other.0;
    }

    /// Switches the groups of `other` on.
    pub fn insert(&mut self, other: FeatureGroups) {
        self.0 |= other.0;
    }

    /// The names of the groups that are on, in a fixed order.
    pub fn names(self) -> Vec<&'static str> {
        FeatureGroups::NAMES
            .iter()
            .filter(|(_, g)| self.contains(*g))
            .map(|(n, _)| *n)
            .collect()
    }

    /// Every group, one at a time, with its name: the rows of an ablation table.
    pub fn each() -> impl Iterator<Item = (&'static str, FeatureGroups)> {
        FeatureGroups::NAMES.into_iter()
    }

    /// Reads a comma-separated list of group names (`all` for every group).
    pub fn parse(s: &str) -> Option<FeatureGroups> {
        let mut g = FeatureGroups::NONE;
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "all" {
                g = FeatureGroups::ALL;
                continue;
            }
            let (_, x) = FeatureGroups::NAMES.iter().find(|(n, _)| *n == name)?;
            g.insert(*x);
        }
        Some(g)
    }

    /// The raw bits (stored in model files).
    pub(crate) fn bits(self) -> u16 {
        self.0
    }

    /// Groups from stored bits; `None` when a bit names no group.
    pub(crate) fn from_bits(bits: u16) -> Option<FeatureGroups> {
        (bits & !FeatureGroups::ALL.0 == 0).then_some(FeatureGroups(bits))
    }
}

/// Feature templates: the first thing each key hashes.
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Bias = 1,
    Word,
    Stem,
    Article,
    Prefix,
    Suffix,
    Shape,
    Length,
    Cluster,
    ListWord,
    Flag,
    Gazetteer,
    GapBefore,
    GapAfter,
    BigramLeft,
    BigramRight,
    First,
}

/// The multiplier of the hash (from splitmix64).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// Mixes 64 bits thoroughly (the murmur3 finalizer).
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hashes bytes eight at a time.
#[inline]
fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    // Each chunk is mixed in fully before the next: a multiply alone carries a difference
    // only upward, and structured input (Arabic letters are two bytes) then cancels out (85
    // colliding pairs among the 170,158 words of the Saudi news; none this way).
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = fmix((h ^ x).wrapping_mul(K));
    }
    let mut tail = 0u64;
    for (i, &x) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(x) << (8 * i);
    }
    fmix((h ^ tail).wrapping_mul(K))
}

/// A key of template `t` with a string value; the low bit says whether it is windowed.
#[inline]
fn key_str(t: T, value: &str, windowed: bool) -> u64 {
    finish(hash_bytes(t as u64, value.as_bytes()), windowed)
}

/// A key of template `t` with a small numeric value.
#[inline]
fn key_num(t: T, value: u64, windowed: bool) -> u64 {
    finish(
        fmix((t as u64).wrapping_mul(K) ^ value.wrapping_add(1)),
        windowed,
    )
}

#[inline]
fn finish(h: u64, windowed: bool) -> u64 {
    // Never zero (the table's empty slot), low bit = windowed.
    let h = (h & !1) | u64::from(windowed);
    if h <= 1 {
        2 | u64::from(windowed)
    } else {
        h
    }
}

/// Whether a key belongs to the positions around its word too.
#[inline]
pub(crate) fn is_windowed(key: u64) -> bool {
    key & 1 == 1
}

/// How far a windowed feature reaches on each side.
pub(crate) const WINDOW: usize = 2;

/// Kinds of punctuation between two words, as bits.
fn gap_kind(gap: &str) -> u8 {
    let mut k = 0u8;
    for c in gap.chars() {
        k |= match c {
            '،' | ',' | '؛' | ';' => 1,
            '"' | '«' | '»' | '“' | '”' | '„' | '\'' | '‘' | '’' => 2,
            '(' | ')' | '[' | ']' | '{' | '}' => 4,
            ':' | '-' | '–' | '—' | '/' => 8,
            c if c.is_whitespace() => 0,
            _ => 16,
        };
    }
    k
}

/// How a word splits into proclitics and the rest, chosen by how often each reading's rest
/// stands alone: وروسيا → و + روسيا, but وليد stays whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split {
    /// Bytes of proclitics at the word's start (for للقوات: one, the preposition). A byte:
    /// a document keeps one split per word.
    pub clitic_bytes: u8,
    /// Whether the rest is the elided spelling of an article form (للقوات → القوات).
    pub elided: bool,
}

/// Every reading of `word` as a proclitic chain and a rest of two letters or more (the word
/// itself not included), and the rest: an elided reading restores the article's alef
/// (للقوات → القوات). `buf` holds an elided rest.
fn readings(word: &str, mut each: impl FnMut(Split, &str)) {
    let mut buf = String::new();
    for (k, _) in word.char_indices().skip(1).take(3) {
        let (prefix, rest) = word.split_at(k);
        if rest.chars().nth(1).is_none() {
            break;
        }
        if strip_prefix(prefix, Article::InForm).is_some() {
            each(
                Split {
                    clitic_bytes: k as u8,
                    elided: false,
                },
                rest,
            );
        }
        // ل + ال written لل: the rest is read with its article's alef restored.
        if rest.starts_with('ل') && strip_elided_prefix(prefix).is_some() {
            buf.clear();
            buf.push('ا');
            buf.push_str(rest);
            each(
                Split {
                    clitic_bytes: k as u8,
                    elided: true,
                },
                &buf,
            );
        }
    }
}

/// Whether `word` opens with the conjunction و or ف before a word of its own (ومحمود): the
/// rest is a list word or stands alone more often than the whole, which is no list word
/// itself (وليد is a name).
pub(crate) fn conjunction_first(word: &str, tables: &WordTables) -> bool {
    let Some(rest) = word.strip_prefix('و').or_else(|| word.strip_prefix('ف')) else {
        return false;
    };
    rest.chars().nth(1).is_some() && {
        let (w, r) = (tables.info(word), tables.info(rest));
        w.membership() == 0 && (r.membership() != 0 || r.count() > w.count())
    }
}

/// How much more often a rest must stand alone than the whole word for the word to read as
/// proclitics and the rest: وروسيا splits, فيصل (ف + يصل "arrives") does not.
const SPLIT_MARGIN: u32 = 4;

/// The best proclitic reading of `word`: the whole word when a list holds it (فيصل, وليد),
/// else the reading whose rest `tables` has seen most often, if at least [`SPLIT_MARGIN`]
/// times as often as the whole word.
pub(crate) fn split_word(word: &str, tables: &WordTables) -> Split {
    let whole = Split {
        clitic_bytes: 0,
        elided: false,
    };
    let info = tables.info(word);
    if info.membership() != 0 {
        return whole;
    }
    let own = info.count();
    let mut best = (0, whole);
    readings(word, |split, rest| {
        let n = tables.count(rest);
        if n > best.0 {
            best = (n, split);
        }
    });
    if best.0 >= own.saturating_mul(SPLIT_MARGIN).max(1) {
        best.1
    } else {
        whole
    }
}

/// Reusable buffers for one sentence's features.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Keys of every word, concatenated.
    pub keys: Vec<u64>,
    /// For word `i`, its keys are `keys[ends[i - 1]..ends[i]]`.
    pub ends: Vec<u32>,
    /// Each word's proclitic split.
    pub splits: Vec<Split>,
    rest: String,
}

impl Scratch {
    /// The keys of word `i`.
    pub fn word(&self, i: usize) -> &[u64] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys[start..self.ends[i] as usize]
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
}

fn type_index(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Location => 1,
        EntityType::Organization => 2,
        EntityType::Misc => 3,
    }
}

/// What the features of one sentence are computed from.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    /// The sentence's words.
    pub tokens: &'a [Token],
    /// What is known of each of those words.
    pub info: &'a [TokenInfo],
    /// Every hit of the document, sorted by start.
    pub hits: &'a [Hit],
    /// The type of an entry, when its lists may feed features (`None` otherwise).
    pub entry_type: &'a dyn Fn(u32) -> Option<EntityType>,
    pub tables: &'a WordTables,
    pub groups: FeatureGroups,
}

/// The key of a word's own template: what bigrams are made of.
#[inline]
pub(crate) fn word_key(word: &str, groups: FeatureGroups) -> u64 {
    key_str(T::Word, word, groups.contains(FeatureGroups::CONTEXT))
}

/// The keys that depend on the word's letters alone (lexical, shape, cluster, list words):
/// the same for every occurrence of the word, so a tagger may cache what they add up to.
/// `rest` is a scratch buffer.
pub(crate) fn word_keys(
    word: &str,
    split: Split,
    tables: &WordTables,
    groups: FeatureGroups,
    rest_buf: &mut String,
    keys: &mut Vec<u64>,
) {
    let g = groups;
    let windowed = g.contains(FeatureGroups::CONTEXT);
    let rest: &str = if split.elided {
        rest_buf.clear();
        rest_buf.push('ا');
        rest_buf.push_str(&word[usize::from(split.clitic_bytes)..]);
        rest_buf
    } else {
        &word[usize::from(split.clitic_bytes)..]
    };
    let digits = word.bytes().all(|b| b.is_ascii_digit());
    let core = rest
        .strip_prefix("ال")
        .filter(|c| c.chars().nth(1).is_some())
        .unwrap_or(rest);
    if g.contains(FeatureGroups::LEXICAL) {
        if digits {
            keys.push(key_str(T::Word, "<digits>", windowed));
        } else {
            keys.push(key_str(T::Word, word, windowed));
            if split.clitic_bytes > 0 {
                keys.push(key_str(T::Stem, rest, windowed));
            }
            keys.push(key_num(
                T::Article,
                u64::from(core.len() != rest.len()),
                windowed,
            ));
            for (at, _) in core.char_indices().skip(1).take(3) {
                keys.push(key_str(T::Prefix, &core[..at], windowed));
            }
            for (at, _) in word.char_indices().rev().take(3) {
                if at == 0 {
                    break;
                }
                keys.push(key_str(T::Suffix, &word[at..], windowed));
            }
        }
    }
    if g.contains(FeatureGroups::SHAPE) {
        let latin = word.bytes().any(|b| b.is_ascii_alphabetic());
        let has_digit = word.bytes().any(|b| b.is_ascii_digit());
        let shape = u64::from(digits) | u64::from(latin) << 1 | u64::from(has_digit) << 2;
        keys.push(key_num(T::Shape, shape, windowed));
        let len = core.chars().count().min(9) as u64;
        keys.push(key_num(T::Length, len, windowed));
    }
    // The other readings: a rare name after و (ونيكول) still lends its stem, its lists and
    // its cluster.
    let mut other_membership = 0u16;
    let mut other_cluster = None;
    if !digits {
        readings(word, |sp, r| {
            if sp == split {
                return;
            }
            if g.contains(FeatureGroups::LEXICAL) {
                keys.push(key_str(T::Stem, r, windowed));
            }
            let info = tables.info(r);
            other_membership |= info.membership();
            if other_cluster.is_none() {
                other_cluster = info.cluster();
            }
        });
    }
    let (word_info, rest_info) = (tables.info(word), tables.info(rest));
    if g.contains(FeatureGroups::CLUSTERS) && !digits {
        let c = word_info
            .cluster()
            .or_else(|| rest_info.cluster())
            .or(other_cluster);
        if let Some((bits, len)) = c {
            for p in [4u32, 6, 10, 64] {
                let p = p.min(u32::from(len));
                let prefix = if p == 0 { 0 } else { bits >> (64 - p) };
                keys.push(key_num(T::Cluster, prefix << 7 | u64::from(p), windowed));
                if p == u32::from(len) {
                    break;
                }
            }
        }
    }
    if g.contains(FeatureGroups::LIST_WORDS) {
        let m = rest_info.membership() | word_info.membership() | other_membership;
        for b in 0..MEMBERSHIP_BITS {
            if m & (1 << b) != 0 {
                keys.push(key_num(T::ListWord, u64::from(b), windowed));
            }
        }
    }
}

/// The gazetteer bits of every word of a sentence: B or I by type, from every entry hit.
fn gazetteer_bits(input: &Input<'_>, out: &mut Vec<u8>) {
    let toks = input.tokens;
    let n = toks.len();
    out.clear();
    out.resize(n, 0);
    if !input.groups.contains(FeatureGroups::GAZETTEER) || n == 0 {
        return;
    }
    let (from, to) = (toks[0].span().start, toks[n - 1].span().end);
    let first = input.hits.partition_point(|h| h.word_start() < from);
    for h in input.hits[first..]
        .iter()
        .take_while(|h| h.word_start() < to)
    {
        let Item::Entry(e) = h.item else { continue };
        let Some(t) = (input.entry_type)(e) else {
            continue;
        };
        let t = type_index(t);
        let i = toks.partition_point(|t| t.span().start < h.word_start());
        let mut j = i;
        while j < n && toks[j].span().start < h.span().end {
            out[j] |= if j == i { 1 << t } else { 1 << (t + 4) };
            j += 1;
        }
    }
}

/// Reusable buffers for the context keys of a sentence.
#[derive(Debug, Default)]
pub(crate) struct ContextScratch {
    word_keys: Vec<u64>,
    gazetteer: Vec<u8>,
}

impl ContextScratch {
    /// Prepares the sentence: word keys and gazetteer bits.
    pub fn prepare(&mut self, input: &Input<'_>) {
        self.word_keys.clear();
        // Only bigrams read the words' own keys.
        if input.groups.contains(FeatureGroups::BIGRAMS) {
            for t in input.tokens {
                let word = &input.text[t.span().start..t.span().end];
                self.word_keys.push(word_key(word, input.groups));
            }
        }
        gazetteer_bits(input, &mut self.gazetteer);
    }

    /// The keys of word `i` that depend on its neighbours and the document: the bias,
    /// the sentence's first word, lexicon flags, gazetteer spans, punctuation, bigrams.
    pub fn keys(&self, input: &Input<'_>, i: usize, keys: &mut Vec<u64>) {
        self.visit(input, i, |key, _| keys.push(key));
    }

    /// Calls `emit(key, slot)` for each context key of word `i`; `slot` is the key's place
    /// among the [`SMALL_SLOTS`] keys of small templates (see [`small_key`]), whose weights a
    /// tagger keeps in a dense table, or `None` for a bigram.
    #[inline(always)]
    pub fn visit(&self, input: &Input<'_>, i: usize, mut emit: impl FnMut(u64, Option<usize>)) {
        let g = input.groups;
        let windowed = g.contains(FeatureGroups::CONTEXT);
        let toks = input.tokens;
        let n = toks.len();
        let mut small = |slot: usize| emit(small_key(slot, windowed), Some(slot));
        small(SLOT_BIAS);
        if i == 0 {
            small(SLOT_FIRST);
        }
        if g.contains(FeatureGroups::LEXICON) {
            let f = input.info[i].flags;
            for b in 0..16 {
                if f & (1 << b) != 0 {
                    small(SLOT_FLAGS + b);
                }
            }
        }
        if g.contains(FeatureGroups::GAZETTEER) {
            let z = self.gazetteer[i];
            for b in 0..8 {
                if z & (1 << b) != 0 {
                    small(SLOT_GAZETTEER + b);
                }
            }
        }
        if g.contains(FeatureGroups::PUNCTUATION) {
            let tok = &toks[i];
            let before = if i > 0 {
                gap_kind(&input.text[toks[i - 1].span().end..tok.span().start])
            } else {
                GAP_EDGE
            };
            if before != 0 {
                small(SLOT_GAP_BEFORE + usize::from(before));
            }
            let after = if i + 1 < n {
                gap_kind(&input.text[tok.span().end..toks[i + 1].span().start])
            } else {
                GAP_EDGE
            };
            if after != 0 {
                small(SLOT_GAP_AFTER + usize::from(after));
            }
        }
        if g.contains(FeatureGroups::BIGRAMS) {
            let wk = self.word_keys[i];
            if i > 0 {
                let h = fmix(self.word_keys[i - 1] ^ wk.rotate_left(17));
                emit(key_num(T::BigramLeft, h, false), None);
            }
            if i + 1 < n {
                let h = fmix(wk ^ self.word_keys[i + 1].rotate_left(17));
                emit(key_num(T::BigramRight, h, false), None);
            }
        }
    }
}

/// The value of a gap at a sentence's edge.
const GAP_EDGE: u8 = 64;
const SLOT_BIAS: usize = 0;
const SLOT_FIRST: usize = 1;
const SLOT_FLAGS: usize = 2;
const SLOT_GAZETTEER: usize = SLOT_FLAGS + 16;
const SLOT_GAP_BEFORE: usize = SLOT_GAZETTEER + 8;
const SLOT_GAP_AFTER: usize = SLOT_GAP_BEFORE + GAP_EDGE as usize + 1;

/// The number of keys of the small templates (bias, first word, flags, gazetteer bits,
/// punctuation before and after).
pub(crate) const SMALL_SLOTS: usize = SLOT_GAP_AFTER + GAP_EDGE as usize + 1;

/// The key of small-template slot `slot`.
pub(crate) fn small_key(slot: usize, windowed: bool) -> u64 {
    match slot {
        SLOT_BIAS => key_num(T::Bias, 0, false),
        SLOT_FIRST => key_num(T::First, 0, false),
        s if s < SLOT_GAZETTEER => key_num(T::Flag, (s - SLOT_FLAGS) as u64, windowed),
        s if s < SLOT_GAP_BEFORE => key_num(T::Gazetteer, (s - SLOT_GAZETTEER) as u64, windowed),
        s if s < SLOT_GAP_AFTER => key_num(T::GapBefore, (s - SLOT_GAP_BEFORE) as u64, windowed),
        s => key_num(T::GapAfter, (s - SLOT_GAP_AFTER) as u64, windowed),
    }
}

/// Computes every key of every word of a sentence into `s` (training reads them all).
pub(crate) fn sentence_features(input: &Input<'_>, s: &mut Scratch, cs: &mut ContextScratch) {
    s.keys.clear();
    s.ends.clear();
    s.splits.clear();
    cs.prepare(input);
    for (i, tok) in input.tokens.iter().enumerate() {
        let word = &input.text[tok.span().start..tok.span().end];
        let split = split_word(word, input.tables);
        s.splits.push(split);
        cs.keys(input, i, &mut s.keys);
        word_keys(
            word,
            split,
            input.tables,
            input.groups,
            &mut s.rest,
            &mut s.keys,
        );
        s.ends.push(s.keys.len() as u32);
    }
}

/// The version of the feature set, part of the fingerprint; bumped when a feature's meaning
/// changes in a way the probe might not show.
pub(crate) const FEATURE_SET_VERSION: u32 = 5;

/// A probe written for the fingerprint: clitics, the article and its elision, digits, Latin
/// letters, every kind of punctuation, long and short words.
const PROBE: &str = "وقال الرئيس محمد بن سالم، في بيان لوكالة «الأنباء» (الرسمية): إن 25 خبيرا \
    وصلوا إلى بموسكو وللقوات - عبر Reuters/AFP؛ والتقى باقري زاده بنظيره\n\
    ثم عادوا.";

/// A fingerprint of what the features compute: every key of every group over [`PROBE`], with
/// fixed word tables, lexicon flags and gazetteer hits, and the feature-set version.
pub(crate) fn probe_fingerprint() -> u64 {
    use crate::clitic::Proclitics;
    use crate::span::Span;
    let tokens = crate::tokenize::Tokenized::new(PROBE);
    let toks = tokens.tokens();
    let mut tables = WordTables::default();
    tables.add_form("محمد بن سالم", EntityType::Person);
    tables.add_form("موسكو", EntityType::Location);
    tables.add_form("القوات", EntityType::Organization);
    let _ = tables.read_clusters(
        "probe",
        "word\tbits\tcount\nقال\t0110\t9\nالرئيس\t0111001\t5\nموسكو\t10\t3\nخبيرا\t1101011101\t2\n",
    );
    let info: Vec<TokenInfo> = (0..toks.len())
        .map(|i| TokenInfo {
            flags: (1u16 << (i % 16)) | if i % 3 == 0 { 1 << ((i * 7) % 16) } else { 0 },
            ..TokenInfo::default()
        })
        .collect();
    let hits: Vec<Hit> = [(3usize, 5usize, 0u32), (10, 10, 1), (12, 13, 2)]
        .iter()
        .filter(|&&(a, b, _)| b < toks.len() && a <= b)
        .map(|&(a, b, e)| {
            Hit::new(
                Span::new(toks[a].span().start, toks[b].span().end),
                toks[a].span().start,
                Item::Entry(e),
                Proclitics::default(),
            )
        })
        .collect();
    let types = [
        EntityType::Person,
        EntityType::Location,
        EntityType::Organization,
    ];
    let entry_type = |e: u32| types.get(e as usize).copied();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(FEATURE_SET_VERSION);
    let mut eat = |x: u64| h = fmix(h ^ x).wrapping_add(K);
    let mut groups: Vec<FeatureGroups> = vec![FeatureGroups::ALL];
    groups.extend(FeatureGroups::each().map(|(_, g)| g));
    let (mut s, mut cs) = (Scratch::default(), ContextScratch::default());
    for g in groups {
        let input = Input {
            text: PROBE,
            tokens: toks,
            info: &info,
            hits: &hits,
            entry_type: &entry_type,
            tables: &tables,
            groups: g,
        };
        sentence_features(&input, &mut s, &mut cs);
        for i in 0..s.len() {
            eat(s.splits[i].clitic_bytes as u64 | u64::from(s.splits[i].elided) << 8);
            for &k in s.word(i) {
                eat(k);
            }
            eat(u64::MAX);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_collided_under_a_weak_mix_do_not() {
        // Pairs of news words whose keys were equal when a chunk was mixed by a multiply and a
        // rotation alone (85 such pairs among 170,158 words of the Saudi news).
        for (a, b) in [
            ("الجبلي", "الجذلى"),
            ("والأوحد", "والسواد"),
            ("الإصابة", "الإحاطة"),
            ("والألحان", "والسلطان"),
            ("باتشان", "باتجاه"),
            ("المبهم", "المذهل"),
        ] {
            assert_ne!(
                key_str(T::Word, a, true),
                key_str(T::Word, b, true),
                "{a} {b}"
            );
        }
    }

    #[test]
    fn keys_are_stable_and_distinct() {
        let a = key_str(T::Word, "موسكو", true);
        assert_eq!(a, key_str(T::Word, "موسكو", true));
        assert_ne!(a, key_str(T::Stem, "موسكو", true));
        assert_ne!(a, key_str(T::Word, "موسكو", false));
        assert!(is_windowed(a));
        assert!(!is_windowed(key_num(T::Bias, 0, false)));
    }

    #[test]
    fn gap_kinds() {
        assert_eq!(gap_kind(" "), 0);
        assert_eq!(gap_kind("، "), 1);
        assert_eq!(gap_kind(" «"), 2);
        assert_eq!(gap_kind(" ("), 4);
    }
}

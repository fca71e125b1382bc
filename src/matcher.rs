//! The gazetteer matcher: one Aho-Corasick automaton over every normalized form, with the
//! word-boundary and clitic checks. The choice of automaton lives only here: daachorse's
//! charwise double-array automaton, which `benches/matcher.rs` measured at 2.3 times the
//! overlapping-search throughput of the aho-corasick crate on kashf's forms and Arabic news.
//!
//! Every raw match is checked on its own (overlapping search), so a longer candidate that
//! fails the boundary test never hides a shorter valid one.

use crate::clitic::{strip_elided_prefix, strip_prefix, Article, Proclitics};
use crate::error::Error;
use crate::fasthash::FastMap;
use crate::lexicon::Item;
use crate::span::Span;
use crate::tokenize::is_word_char;
use daachorse::CharwiseDoubleArrayAhoCorasick;

/// The longest proclitic chain, in bytes (وبال: four two-byte letters).
const MAX_PREFIX_BYTES: usize = 8;

/// A checked match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The matched form, without clitics, in normalized bytes.
    pub span: Span,
    /// Where its word starts (before any clitic).
    pub word_start: usize,
    /// What the form means.
    pub item: Item,
    /// The clitics in front of it.
    pub clitics: Proclitics,
}

#[derive(Debug, Default)]
struct PatternInfo {
    /// Meanings of the form as written.
    plain: Vec<Item>,
    /// Meanings of the form as the elided spelling of an ال-form (لصين for الصين).
    elided: Vec<Item>,
}

/// The compiled matcher.
pub(crate) struct Matcher {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    patterns: Vec<PatternInfo>,
}

/// The header of a serialized matcher.
const MAGIC: &[u8; 8] = b"KASHFM02";

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.patterns.len())
            .field("heap_bytes", &self.automaton.heap_bytes())
            .finish()
    }
}

impl Matcher {
    /// Compiles the forms, already normalized with [`normalize_form`](crate::normalize::normalize_form). Forms shorter than two
    /// characters are skipped.
    pub fn new<'f>(forms: &'f [(String, Item)]) -> Result<Matcher, Error> {
        // Patterns borrow the forms: no copy of a million strings.
        let mut index: FastMap<&str, usize> = FastMap::default();
        let mut strings: Vec<&str> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut slot = |s: &'f str, strings: &mut Vec<&'f str>, patterns: &mut Vec<PatternInfo>| {
            *index.entry(s).or_insert_with(|| {
                strings.push(s);
                patterns.push(PatternInfo::default());
                patterns.len() - 1
            })
        };
        for (form, item) in forms {
            let f = form.as_str();
            if f.chars().nth(1).is_none() {
                continue;
            }
            if f.starts_with("ال") && f.chars().nth(3).is_some() {
                let elided = &f["ا".len()..];
                let i = slot(elided, &mut strings, &mut patterns);
                if !patterns[i].elided.contains(item) {
                    patterns[i].elided.push(*item);
                }
            }
            let i = slot(f, &mut strings, &mut patterns);
            if !patterns[i].plain.contains(item) {
                patterns[i].plain.push(*item);
            }
        }
        if strings.is_empty() {
            // daachorse needs a pattern; one that normalized text never holds stands in.
            strings.push("\u{0}");
            patterns.push(PatternInfo::default());
        }
        let automaton = CharwiseDoubleArrayAhoCorasick::with_values(
            strings.iter().enumerate().map(|(i, s)| (*s, i as u32)),
        )
        .map_err(|e| Error::config(format!("cannot build the automaton: {e}")))?;
        Ok(Matcher {
            automaton,
            patterns,
        })
    }

    /// The automaton's heap size in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.automaton.heap_bytes()
    }

    /// The matcher as bytes: header, fingerprint of its inputs, pattern table, automaton.
    pub fn to_bytes(&self, fingerprint: u64) -> Vec<u8> {
        let mut table = Vec::new();
        table.extend_from_slice(&(self.patterns.len() as u32).to_le_bytes());
        for p in &self.patterns {
            for list in [&p.plain, &p.elided] {
                table.extend_from_slice(&(list.len() as u32).to_le_bytes());
                for item in list {
                    item.encode(&mut table);
                }
            }
        }
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&fingerprint.to_le_bytes());
        out.extend_from_slice(&(table.len() as u64).to_le_bytes());
        out.extend_from_slice(&table);
        out.extend_from_slice(&self.automaton.serialize());
        out
    }

    /// Reads [`Matcher::to_bytes`]; `None` unless the bytes are whole and carry `fingerprint`.
    pub fn from_bytes(bytes: &[u8], fingerprint: u64) -> Option<Matcher> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let (fp, rest) = rest.split_at_checked(8)?;
        if u64::from_le_bytes(fp.try_into().ok()?) != fingerprint {
            return None;
        }
        let (len, rest) = rest.split_at_checked(8)?;
        let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
        let (mut table, rest) = rest.split_at_checked(len)?;
        let take_u32 = |t: &mut &[u8]| -> Option<u32> {
            let (v, r) = t.split_at_checked(4)?;
            *t = r;
            Some(u32::from_le_bytes(v.try_into().ok()?))
        };
        let n = take_u32(&mut table)? as usize;
        let mut patterns = Vec::with_capacity(n.min(1 << 24));
        for _ in 0..n {
            let mut lists = [Vec::new(), Vec::new()];
            for list in &mut lists {
                let k = take_u32(&mut table)? as usize;
                for _ in 0..k {
                    let (item, r) = table.split_at_checked(5)?;
                    list.push(Item::decode(item)?);
                    table = r;
                }
            }
            let [plain, elided] = lists;
            patterns.push(PatternInfo { plain, elided });
        }
        let (automaton, tail) = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(rest).ok()?;
        if !tail.is_empty() || !table.is_empty() {
            return None;
        }
        Some(Matcher {
            automaton,
            patterns,
        })
    }

    /// Every match of a form in `text` that stands on word boundaries, possibly after clitics.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if text[e..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let Some(ws) = word_start(text, s) else {
                continue;
            };
            let Some(info) = self.patterns.get(m.value() as usize) else {
                continue;
            };
            let span = Span::new(s, e);
            if ws == s {
                for &item in &info.plain {
                    hits.push(Hit {
                        span,
                        word_start: ws,
                        item,
                        clitics: Proclitics::default(),
                    });
                }
                continue;
            }
            let prefix = &text[ws..s];
            // Every list writes the article into its forms (الصين, الروسية, الانضمام), so an
            // article is never stripped as a clitic: المالي is not مالي, الله is not له. After
            // ل it is elided, which the elided spelling of the form covers.
            if let Some(clitics) = strip_prefix(prefix, Article::InForm) {
                for &item in &info.plain {
                    hits.push(Hit {
                        span,
                        word_start: ws,
                        item,
                        clitics,
                    });
                }
            }
            if let Some(clitics) = strip_elided_prefix(prefix) {
                for &item in &info.elided {
                    hits.push(Hit {
                        span,
                        word_start: ws,
                        item,
                        clitics,
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        // A word that is a known form by itself (بلال, لبنان, البانيا) is never read as
        // clitics plus a shorter form. Hits are sorted by start, so the direct hits of a word
        // are found by binary search.
        let whole = |h: &Hit, hits: &[Hit]| {
            let from = hits.partition_point(|o| o.span.start < h.word_start);
            hits[from..]
                .iter()
                .take_while(|o| o.span.start == h.word_start)
                .any(|o| o.word_start == o.span.start && o.span.end == h.span.end)
        };
        let split: Vec<bool> = hits
            .iter()
            .map(|h| h.word_start != h.span.start && whole(h, &hits))
            .collect();
        let mut i = 0;
        hits.retain(|_| {
            i += 1;
            !split[i - 1]
        });
        hits
    }
}

/// The start of the word that holds byte `at`, when it is at most a proclitic chain away.
fn word_start(text: &str, at: usize) -> Option<usize> {
    let mut ws = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        if at - i > MAX_PREFIX_BYTES {
            return None;
        }
        ws = i;
    }
    Some(ws)
}

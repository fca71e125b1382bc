//! The gazetteer matcher: one Aho-Corasick automaton over every normalized form, with the
//! word-boundary and clitic checks. The choice of automaton lives only here: daachorse's
//! charwise double-array automaton, which `benches/matcher.rs` measured at 2.2 times the
//! overlapping-search throughput of the aho-corasick crate on kashf's forms and Arabic news.
//!
//! Every raw match is checked on its own (overlapping search), so a longer candidate that
//! fails the boundary test never hides a shorter valid one.

use crate::clitic::{strip_elided_prefix, strip_prefix, Article, Proclitics};
use crate::error::Error;
use crate::lexicon::Item;
use crate::normalize::{normalize_text, NormalizeOptions};
use crate::span::Span;
use crate::tokenize::is_word_char;
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::collections::{HashMap, HashSet};

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
    article: bool,
}

/// The compiled matcher.
pub(crate) struct Matcher {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    patterns: Vec<PatternInfo>,
}

/// Normalizes a list form: the text normalization, then single spaces.
pub(crate) fn normalize_form(form: &str, o: &NormalizeOptions) -> String {
    let n = normalize_text(form, o);
    if !n.contains(|c: char| c.is_whitespace() && c != ' ') && !n.contains("  ") {
        return n.trim().to_string();
    }
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.patterns.len())
            .field("heap_bytes", &self.automaton.heap_bytes())
            .finish()
    }
}

impl Matcher {
    /// Compiles the forms, already normalized with [`normalize_form`]. Forms shorter than two
    /// characters are skipped.
    pub fn new(forms: &[(String, Item)]) -> Result<Matcher, Error> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut strings: Vec<String> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut slot = |s: String, strings: &mut Vec<String>, patterns: &mut Vec<PatternInfo>| {
            *index.entry(s.clone()).or_insert_with(|| {
                strings.push(s);
                patterns.push(PatternInfo::default());
                patterns.len() - 1
            })
        };
        for (form, item) in forms {
            let f = form.clone();
            if f.chars().nth(1).is_none() {
                continue;
            }
            let article = f.starts_with("ال") && f.chars().count() > 3;
            if article {
                let elided = f["ا".len()..].to_string();
                let i = slot(elided, &mut strings, &mut patterns);
                if !patterns[i].elided.contains(item) {
                    patterns[i].elided.push(*item);
                }
            }
            let i = slot(f, &mut strings, &mut patterns);
            patterns[i].article = article;
            if !patterns[i].plain.contains(item) {
                patterns[i].plain.push(*item);
            }
        }
        if strings.is_empty() {
            // daachorse needs a pattern; one that normalized text never holds stands in.
            strings.push("\u{0}".to_string());
            patterns.push(PatternInfo::default());
        }
        let automaton = CharwiseDoubleArrayAhoCorasick::with_values(
            strings
                .iter()
                .enumerate()
                .map(|(i, s)| (s.as_str(), i as u32)),
        )
        .map_err(|e| Error::config(format!("cannot build the automaton: {e}")))?;
        Ok(Matcher {
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
            let info = &self.patterns[m.value() as usize];
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
            let article = if info.article {
                Article::InForm
            } else {
                Article::NotInForm
            };
            if let Some(clitics) = strip_prefix(prefix, article) {
                // An article stripped from a name that lacks one (المالي, المشهد) is not a
                // name: entries carry their article in the form.
                for &item in &info.plain {
                    if clitics.article && matches!(item, Item::Entry(_)) {
                        continue;
                    }
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
        // clitics plus a shorter form.
        let whole: HashSet<(usize, usize)> = hits
            .iter()
            .filter(|h| h.word_start == h.span.start)
            .map(|h| (h.span.start, h.span.end))
            .collect();
        hits.retain(|h| {
            h.word_start == h.span.start || !whole.contains(&(h.word_start, h.span.end))
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

//! The token matcher: spaCy-style token patterns with `REGEX`, `IN`, `OP: "?"` or `{}`
//! (see `Gazetteer::from_jsonl`), compared word by word with the normalized text. Patterns of
//! plain strings never come here: they are forms in the automaton.
//!
//! A pattern is a sequence of tests, some optional; the matcher runs it as a set of states
//! (one bit per position in the pattern) over the words that follow a start word, so optional
//! tokens cost no backtracking. Each start word gives at most one candidate per pattern, the
//! longest; the overlap policy then chooses among all candidates as for list matches.

use crate::clitic::{strip_elided_prefix, strip_prefix, Article, Proclitics};
use crate::error::Error;
use crate::fasthash::FastSet;
use crate::gazetteer::{compile_regex, Entry, TokenTest};
use crate::normalize::{normalize_form, normalize_text, NormalizeOptions};
use crate::span::Span;

use super::candidate::Candidate;
use super::Context;

/// The longest proclitic chain before the first word, in bytes (وبال, as the automaton).
const MAX_PREFIX_BYTES: usize = 8;

/// A compiled token test.
#[derive(Debug)]
enum Test {
    Any,
    Word(String),
    In(FastSet<String>),
    Regex(regex::Regex),
}

impl Test {
    fn matches(&self, word: &str) -> bool {
        match self {
            Test::Any => true,
            Test::Word(w) => w == word,
            Test::In(ws) => ws.contains(word),
            Test::Regex(r) => r.is_match(word),
        }
    }
}

#[derive(Debug)]
struct Token {
    test: Test,
    optional: bool,
}

#[derive(Debug)]
struct Compiled {
    entry: u32,
    tokens: Vec<Token>,
}

/// Every token pattern of an extractor's entries, compiled.
#[derive(Debug, Default)]
pub(crate) struct TokenMatcher {
    patterns: Vec<Compiled>,
}

impl TokenMatcher {
    /// Compiles the token patterns of `entries`, normalizing their words and regexes with the
    /// text's own options. Errors name the pattern's file and line.
    pub fn new(entries: &[Entry], o: &NormalizeOptions) -> Result<TokenMatcher, Error> {
        let mut patterns = Vec::new();
        for (e, entry) in entries.iter().enumerate() {
            for p in &entry.token_patterns {
                let mut tokens = Vec::with_capacity(p.tokens.len());
                for (k, t) in p.tokens.iter().enumerate() {
                    let test = match &t.test {
                        TokenTest::Any => Test::Any,
                        TokenTest::Word(w) => Test::Word(normalize_form(w, o)),
                        TokenTest::In(ws) => {
                            Test::In(ws.iter().map(|w| normalize_form(w, o)).collect())
                        }
                        TokenTest::Regex(r) => {
                            Test::Regex(compile_regex(&normalize_text(r, o)).map_err(|m| {
                                Error::data(&entry.source, p.line, format!("token {}: {m}", k + 1))
                            })?)
                        }
                    };
                    tokens.push(Token {
                        test,
                        optional: t.optional,
                    });
                }
                patterns.push(Compiled {
                    entry: e as u32,
                    tokens,
                });
            }
        }
        Ok(TokenMatcher { patterns })
    }
}

impl Compiled {
    /// Adds the states reachable by skipping optional tokens.
    fn closure(&self, mut states: u64) -> u64 {
        for (pos, t) in self.tokens.iter().enumerate() {
            if t.optional && states & (1 << pos) != 0 {
                states |= 1 << (pos + 1);
            }
        }
        states
    }

    /// The last token of the longest match that starts at token `i`, whose first word reads
    /// as `first` (the word, or what follows its proclitics).
    fn run(&self, cx: &Context<'_>, i: usize, first: &str) -> Option<usize> {
        let done = 1u64 << self.tokens.len();
        let mut states = self.closure(1);
        let mut best = None;
        let (mut k, mut word) = (i, first);
        loop {
            let mut next = 0;
            for (pos, t) in self.tokens.iter().enumerate() {
                if states & (1 << pos) != 0 && t.test.matches(word) {
                    next |= 1 << (pos + 1);
                }
            }
            states = self.closure(next);
            if states & done != 0 {
                best = Some(k);
            }
            if states & (done - 1) == 0 || !cx.plain_gap(k) {
                return best;
            }
            k += 1;
            word = cx.tok_text(k);
        }
    }

    /// The longest match at token `i`: the whole word first; its proclitic readings only when
    /// the whole word gives none (as the automaton never splits a word that is a form).
    fn at(&self, cx: &Context<'_>, i: usize) -> Option<(usize, Proclitics, usize)> {
        let word = cx.tok_text(i);
        if let Some(last) = self.run(cx, i, word) {
            return Some((0, Proclitics::default(), last));
        }
        let mut best: Option<(usize, Proclitics, usize)> = None;
        let mut keep = |found: Option<usize>, offset: usize, clitics: Proclitics| {
            if let Some(last) = found {
                if !matches!(best, Some((_, _, b)) if b >= last) {
                    best = Some((offset, clitics, last));
                }
            }
        };
        for (offset, _) in word.char_indices().skip(1) {
            if offset > MAX_PREFIX_BYTES {
                break;
            }
            let (prefix, rest) = word.split_at(offset);
            if let Some(clitics) = strip_prefix(prefix, Article::InForm) {
                keep(self.run(cx, i, rest), offset, clitics);
            }
            // ل + ال written لل: the rest is the article's ل and the word.
            if let Some(clitics) = strip_elided_prefix(prefix).filter(|_| rest.starts_with('ل')) {
                keep(self.run(cx, i, &format!("ا{rest}")), offset, clitics);
            }
        }
        best
    }
}

/// A candidate for every token-pattern match, with the priority of its list.
pub(super) fn token_pattern_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    if cx.token_patterns.patterns.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    for i in 0..toks.len() {
        for p in &cx.token_patterns.patterns {
            let Some((offset, clitics, last)) = p.at(cx, i) else {
                continue;
            };
            out.push(Candidate::of_entry(
                cx,
                p.entry,
                Span::new(toks[i].span().start + offset, toks[last].span().end),
                toks[i].span().start,
                clitics,
            ));
        }
    }
}

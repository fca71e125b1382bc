//! The gazetteer matcher: one Aho-Corasick automaton over every normalized form, with the
//! word-boundary and clitic checks. The choice of automaton lives only here: daachorse's
//! charwise double-array automaton, which `benches/matcher.rs` measured at 2.3 times the
//! overlapping-search throughput of the aho-corasick crate on kashf's forms and Arabic news.
//!
//! Every raw match is checked on its own (overlapping search), so a longer candidate that
//! fails the boundary test never hides a shorter valid one.

use crate::clitic::{chain_ends_bytes, strip_elided_prefix, strip_prefix, Article, Proclitics};
use crate::error::Error;
use crate::fasthash::{hash_word, take_u32, FastMap, WordFilter};
use crate::lexicon::Item;
use crate::span::Span;
use crate::tokenize::{is_word_char, Token};
use daachorse::CharwiseDoubleArrayAhoCorasick;

/// The longest proclitic chain, in bytes (وبال: four two-byte letters).
const MAX_PREFIX_BYTES: usize = 8;

/// A checked match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The matched form, without clitics, in normalized bytes (32 bits each: a long document
    /// has millions of hits).
    start: u32,
    end: u32,
    /// Where its word starts (before any clitic).
    word: u32,
    /// What the form means.
    pub item: Item,
    /// The clitics in front of it.
    pub clitics: Proclitics,
}

impl Hit {
    /// A hit over `span`, in the word that starts at `word_start`. The matcher runs on texts
    /// under 4 GiB (`Extractor::extract` checks).
    pub fn new(span: Span, word_start: usize, item: Item, clitics: Proclitics) -> Hit {
        Hit {
            start: span.start as u32,
            end: span.end as u32,
            word: word_start as u32,
            item,
            clitics,
        }
    }

    /// The matched form, without clitics, in normalized bytes.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Where its word starts (before any clitic).
    #[inline]
    pub fn word_start(&self) -> usize {
        self.word as usize
    }
}

#[derive(Debug, Default)]
struct PatternInfo {
    /// Meanings of the form as written.
    plain: Vec<Item>,
    /// Meanings of the form as the elided spelling of an ال-form (لصين for الصين).
    elided: Vec<Item>,
}

/// The meanings of every pattern in one vector (a matcher has tens of thousands of
/// patterns: two vectors each were that many allocations to load).
#[derive(Debug, Default)]
struct PatternTable {
    /// Per pattern: where its items start, how many are plain, how many elided after them.
    at: Vec<(u32, u16, u16)>,
    items: Vec<Item>,
}

impl PatternTable {
    /// Appends a pattern's meanings; `None` when a list is too long for the table.
    fn push(&mut self, plain: &[Item], elided: &[Item]) -> Option<()> {
        let start = u32::try_from(self.items.len()).ok()?;
        let counts = (
            u16::try_from(plain.len()).ok()?,
            u16::try_from(elided.len()).ok()?,
        );
        self.at.push((start, counts.0, counts.1));
        self.items.extend_from_slice(plain);
        self.items.extend_from_slice(elided);
        Some(())
    }

    /// Pattern `p`'s meanings as written and as an elided spelling.
    #[inline]
    fn get(&self, p: u32) -> Option<(&[Item], &[Item])> {
        let &(start, plain, elided) = self.at.get(p as usize)?;
        let start = start as usize;
        let mid = start + plain as usize;
        let both = self.items.get(start..mid + elided as usize)?;
        Some(both.split_at(plain as usize))
    }

    fn len(&self) -> usize {
        self.at.len()
    }
}

/// The compiled matcher.
pub(crate) struct Matcher {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    patterns: PatternTable,
    /// Whether every pattern opens with a word character, so that every match that can be
    /// kept starts at a word's start or after its proclitics: the matcher then walks the
    /// automaton from those places only ([`Matcher::find`]).
    anchored: bool,
    /// The first words of the forms (each form's leading run of word characters), as a
    /// filter: a match starts only where the rest of the word may be one of them. A kept
    /// match that starts at a word's start or after its proclitics covers the rest of that
    /// word whole (it cannot end inside a word), so a form can start there only if the rest
    /// of the word is its first word.
    first_words: WordFilter,
    /// The same first words, exact: which form is the word alone, and what longer forms
    /// open with it. Only those send the search into the automaton.
    first_table: FirstWords,
}

/// What the search needs to know of a first word.
#[derive(Debug, Clone, Copy)]
struct FirstWord {
    /// The pattern of the form that is this word alone, or [`FirstWord::NONE`].
    alone: u32,
    /// What longer forms open with this word.
    longer: Longer,
}

/// The longer forms that open with a first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Longer {
    /// None.
    No,
    /// Some, each with a second word: the text's next word decides whether to look.
    SecondWord,
    /// Some with no second word (a first word and punctuation).
    Any,
}

impl FirstWord {
    const NONE: u32 = u32::MAX;
}

/// A slot of [`FirstWords`]: the word's hash (its high half), where the word starts in
/// the table's string and its length (zero: an empty slot), what it opens.
#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: u32,
    at: u32,
    len: u32,
    first: FirstWord,
}

impl Slot {
    const EMPTY: Slot = Slot {
        hash: 0,
        at: 0,
        len: 0,
        first: FirstWord {
            alone: FirstWord::NONE,
            longer: Longer::No,
        },
    };
}

/// An exact table of the forms' first words: open addressing on [`hash_word`], the words
/// kept in one string and compared on a hash hit.
#[derive(Debug, Default)]
struct FirstWords {
    /// A power-of-two count, at most half full.
    slots: Vec<Slot>,
    words: String,
    /// The longer forms' first two words with what stands between them (عبد الله of عبد
    /// الله بن زايد): a walk from a first word starts only where the text up to the end of the
    /// next word may be one of them.
    openings: WordFilter,
}

impl FirstWords {
    /// The table of the first words of `forms` (each with its pattern).
    fn new<'f>(forms: impl ExactSizeIterator<Item = (&'f str, u32)>) -> FirstWords {
        let n = (forms.len() * 2).next_power_of_two().max(16);
        let mut t = FirstWords {
            slots: vec![Slot::EMPTY; n],
            words: String::new(),
            openings: WordFilter::default(),
        };
        let mut openings = Vec::new();
        for (form, pattern) in forms {
            let first = &form[..form.find(|c: char| !is_word_char(c)).unwrap_or(form.len())];
            if first.is_empty() {
                continue;
            }
            let h = hash_word(first.as_bytes());
            let i = t.find(first.as_bytes(), h).unwrap_or_else(|i| i);
            let slot = &mut t.slots[i];
            if slot.len == 0 {
                slot.hash = (h >> 32) as u32;
                slot.at = t.words.len() as u32;
                slot.len = first.len() as u32;
                t.words.push_str(first);
            }
            let rest = &form[first.len()..];
            let second = rest.find(is_word_char).map(|k| {
                let end = rest[k..]
                    .find(|c: char| !is_word_char(c))
                    .map_or(rest.len(), |e| k + e);
                &form[..first.len() + end]
            });
            match (rest.is_empty(), second) {
                (true, _) => slot.first.alone = pattern,
                (false, Some(opening)) => {
                    if slot.first.longer == Longer::No {
                        slot.first.longer = Longer::SecondWord;
                    }
                    openings.push(opening);
                }
                (false, None) => slot.first.longer = Longer::Any,
            }
        }
        let openings = WordFilter::new(openings.iter().copied());
        let used: Vec<Slot> = t.slots.into_iter().filter(|s| s.len != 0).collect();
        FirstWords::placed(used, t.words, openings)
    }

    /// The table of `entries` (slots whose words are in `words`, each once), at most half
    /// full: sized for the first words, not for the forms, it spans fewer cache lines.
    fn placed(entries: Vec<Slot>, words: String, openings: WordFilter) -> FirstWords {
        let n = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = FirstWords {
            slots: vec![Slot::EMPTY; n],
            words,
            openings,
        };
        for slot in entries {
            let word = &t.words.as_bytes()[slot.at as usize..(slot.at + slot.len) as usize];
            let mut i = hash_word(word) as usize & (n - 1);
            while t.slots[i].len != 0 {
                i = (i + 1) & (n - 1);
            }
            t.slots[i] = slot;
        }
        t
    }

    /// The slot of `word`, whose [`hash_word`] is `h`, or the empty slot where it would go.
    #[inline]
    fn find(&self, word: &[u8], h: u64) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots.get(i).ok_or(i)?;
            if slot.len == 0 {
                return Err(i);
            }
            if slot.hash == (h >> 32) as u32
                && self
                    .words
                    .as_bytes()
                    .get(slot.at as usize..(slot.at + slot.len) as usize)
                    == Some(word)
            {
                return Ok(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The first words, each once.
    fn words(&self) -> impl Iterator<Item = &str> + Clone {
        self.slots
            .iter()
            .filter(|s| s.len != 0)
            .map(|s| &self.words[s.at as usize..(s.at + s.len) as usize])
    }

    /// What `word`, whose [`hash_word`] is `h`, opens, if it is a first word.
    #[inline]
    fn get(&self, word: &[u8], h: u64) -> Option<FirstWord> {
        self.find(word, h).ok().map(|i| self.slots[i].first)
    }

    /// Appends the table to `out`: its words (at, length, alone, longer: 13 bytes each),
    /// the string that holds them, the openings.
    fn encode(&self, out: &mut Vec<u8>) {
        let used: Vec<&Slot> = self.slots.iter().filter(|s| s.len != 0).collect();
        out.extend_from_slice(&(used.len() as u32).to_le_bytes());
        for s in used {
            for x in [s.at, s.len, s.first.alone] {
                out.extend_from_slice(&x.to_le_bytes());
            }
            out.push(s.first.longer as u8);
        }
        out.extend_from_slice(&(self.words.len() as u32).to_le_bytes());
        out.extend_from_slice(self.words.as_bytes());
        self.openings.encode(out);
    }

    /// Reads [`FirstWords::encode`] from the front of `bytes`; `None` unless every entry
    /// points at a word of the string.
    fn decode(bytes: &mut &[u8]) -> Option<FirstWords> {
        let n = take_u32(bytes)? as usize;
        let (raw, rest) = bytes.split_at_checked(n.checked_mul(13)?)?;
        *bytes = rest;
        let words_len = take_u32(bytes)? as usize;
        let (words, rest) = bytes.split_at_checked(words_len)?;
        *bytes = rest;
        let words = std::str::from_utf8(words).ok()?.to_string();
        let mut slots = Vec::with_capacity(n);
        for r in raw.chunks_exact(13) {
            let x = |i: usize| u32::from_le_bytes([r[i], r[i + 1], r[i + 2], r[i + 3]]);
            let longer = match r[12] {
                0 => Longer::No,
                1 => Longer::SecondWord,
                2 => Longer::Any,
                _ => return None,
            };
            let (at, len) = (x(0), x(4));
            let end = at.checked_add(len)?;
            if len == 0 || words.get(at as usize..end as usize).is_none() {
                return None;
            }
            let word = &words.as_bytes()[at as usize..end as usize];
            slots.push(Slot {
                hash: (hash_word(word) >> 32) as u32,
                at,
                len,
                first: FirstWord {
                    alone: x(8),
                    longer,
                },
            });
        }
        let openings = WordFilter::decode(bytes)?;
        Some(FirstWords::placed(slots, words, openings))
    }
}

/// The header of a serialized matcher.
const MAGIC: &[u8; 8] = b"KASHFM03";

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
        let forms: Vec<(&str, u32)> = strings.iter().zip(0..).map(|(s, i)| (*s, i)).collect();
        let mut table = PatternTable::default();
        for p in &patterns {
            table.push(&p.plain, &p.elided).ok_or_else(|| {
                Error::config("a form with more than 65,535 meanings".to_string())
            })?;
        }
        Ok(Matcher::ready(automaton, table, &forms))
    }

    /// The matcher over `forms`, the automaton's patterns, with what the anchored walk needs:
    /// the states' depths and the filter of first words.
    fn ready<S: AsRef<str>>(
        mut automaton: CharwiseDoubleArrayAhoCorasick<u32>,
        patterns: PatternTable,
        forms: &[(S, u32)],
    ) -> Matcher {
        let anchored = forms
            .iter()
            .all(|(s, _)| s.as_ref().chars().next().is_some_and(is_word_char))
            && automaton.cache_depths().is_ok();
        let (first_words, first_table) = if anchored {
            let table = FirstWords::new(forms.iter().map(|(f, p)| (f.as_ref(), *p)));
            (WordFilter::new(table.words()), table)
        } else {
            Default::default()
        };
        Matcher {
            automaton,
            patterns,
            anchored,
            first_words,
            first_table,
        }
    }

    /// The automaton's heap size in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.automaton.heap_bytes()
    }

    /// The matcher as bytes: header, fingerprint of its inputs, pattern table, automaton,
    /// then whether the search is anchored and, if so, the first-word table and filters (so
    /// that loading reads them instead of iterating the automaton's patterns).
    pub fn to_bytes(&self, fingerprint: u64) -> Vec<u8> {
        let mut table = Vec::new();
        table.extend_from_slice(&(self.patterns.len() as u32).to_le_bytes());
        for p in 0..self.patterns.len() as u32 {
            let (plain, elided) = self.patterns.get(p).unwrap_or_default();
            for list in [plain, elided] {
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
        out.push(u8::from(self.anchored));
        if self.anchored {
            self.first_table.encode(&mut out);
            self.first_words.encode(&mut out);
        }
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
        let n = take_u32(&mut table)? as usize;
        let mut patterns = PatternTable::default();
        patterns.at.reserve(n.min(1 << 24));
        for _ in 0..n {
            let start = u32::try_from(patterns.items.len()).ok()?;
            let mut counts = [0u16; 2];
            for count in &mut counts {
                let k = take_u32(&mut table)? as usize;
                *count = u16::try_from(k).ok()?;
                for _ in 0..k {
                    let (item, r) = table.split_at_checked(5)?;
                    patterns.items.push(Item::decode(item)?);
                    table = r;
                }
            }
            patterns.at.push((start, counts[0], counts[1]));
        }
        let (mut automaton, tail) =
            CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(rest).ok()?;
        if !table.is_empty() {
            return None;
        }
        let (&anchored, mut tail) = tail.split_first()?;
        let anchored = anchored == 1 && automaton.cache_depths().is_ok();
        let (first_table, first_words) = if anchored {
            (
                FirstWords::decode(&mut tail)?,
                WordFilter::decode(&mut tail)?,
            )
        } else {
            Default::default()
        };
        if !tail.is_empty() {
            return None;
        }
        Some(Matcher {
            automaton,
            patterns,
            anchored,
            first_words,
            first_table,
        })
    }

    /// Every match of a form in `text` that stands on word boundaries, possibly after clitics,
    /// sorted by start, longest first. `words` are the text's words
    /// ([`Tokenized`](crate::tokenize::Tokenized)'s tokens: maximal runs of word characters).
    ///
    /// A kept match starts at a word's start, or after a proclitic chain of one or two letters
    /// (و or ف, then ب, ك or ل), and ends before a character that is not a word character.
    /// When every form opens with a word character, only those places can start one: the
    /// automaton is walked from each of them as a trie (a walk ends where the state's depth
    /// falls behind the letters read), instead of an overlapping search that reports every
    /// form inside every word (5.1 million raw matches on 33 MB of news for 1.2 million kept).
    /// The two give the same hits in the same order (tested).
    pub fn find(&self, text: &str, words: &[Token]) -> Vec<Hit> {
        if self.anchored {
            self.find_anchored(text, words)
        } else {
            self.find_overlapping(text)
        }
    }

    fn find_anchored(&self, text: &str, words: &[Token]) -> Vec<Hit> {
        // About two hits for five words in news (stop words are forms): room for them at
        // once instead of a dozen doublings.
        let mut hits = Vec::with_capacity(words.len() / 2);
        // The ends a walk found, with their patterns, and the ends the walk from the word's
        // start kept (a word that is a form by itself is never clitics plus a shorter form).
        let mut ends: Vec<(usize, u32)> = Vec::new();
        let mut whole: Vec<usize> = Vec::new();
        // Bytes, not `str` slices: most readings stop at the filter, before any checked slice.
        let bytes = text.as_bytes();
        for (k, w) in words.iter().enumerate() {
            let (ws, we) = (w.span().start, w.span().end);
            whole.clear();
            for at in chain_ends_bytes(&bytes[ws..we]) {
                let s = ws + at;
                let rest = &bytes[s..we];
                let h = hash_word(rest);
                if !self.first_words.may_hold_hashed(h) {
                    continue;
                }
                let Some(first) = self.first_table.get(rest, h) else {
                    continue;
                };
                ends.clear();
                let walk = match first.longer {
                    Longer::No => false,
                    Longer::Any => true,
                    Longer::SecondWord => words.get(k + 1).is_some_and(|next| {
                        let opening = &bytes[s..next.span().end];
                        self.first_table
                            .openings
                            .may_hold_hashed(hash_word(opening))
                    }),
                };
                if walk {
                    self.walk(text, s, &mut ends);
                } else if first.alone != FirstWord::NONE {
                    ends.push((we, first.alone));
                }
                let (plain, elided) = if at == 0 {
                    (Some(Proclitics::default()), None)
                } else {
                    let p = &text[ws..s];
                    (strip_prefix(p, Article::InForm), strip_elided_prefix(p))
                };
                // Longest first, as the sort by (start, longest) orders them.
                for &(e, p) in ends.iter().rev() {
                    if at > 0 && whole.contains(&e) {
                        continue;
                    }
                    let Some((as_written, as_elided)) = self.patterns.get(p) else {
                        continue;
                    };
                    let span = Span::new(s, e);
                    let before = hits.len();
                    if let Some(clitics) = plain {
                        hits.extend(
                            as_written
                                .iter()
                                .map(|&item| Hit::new(span, ws, item, clitics)),
                        );
                    }
                    if let Some(clitics) = elided {
                        hits.extend(
                            as_elided
                                .iter()
                                .map(|&item| Hit::new(span, ws, item, clitics)),
                        );
                    }
                    if at == 0 && hits.len() > before {
                        whole.push(e);
                    }
                }
            }
        }
        hits
    }

    /// Walks the automaton from byte `s` as a trie: `ends` gets every form that starts at `s`
    /// and ends before a character that is not a word character, shortest first.
    fn walk(&self, text: &str, s: usize, ends: &mut Vec<(usize, u32)>) {
        let mut stepper = self.automaton.find_overlapping_stepper();
        let mut depth = 0;
        let mut chars = text[s..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            stepper.consume(c);
            depth += 1;
            if stepper.depth() != Some(depth) {
                return;
            }
            // The state's own form comes first among its outputs; it starts at `s` when its
            // length is all that was read.
            let Some(m) = stepper.matches().next().filter(|m| m.start() == 0) else {
                continue;
            };
            if chars.peek().is_some_and(|&(_, n)| is_word_char(n)) {
                continue;
            }
            ends.push((s + i + c.len_utf8(), m.value()));
        }
    }

    /// The overlapping search over the whole text, for matchers whose forms may open with a
    /// character that is not a word character.
    fn find_overlapping(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if text[e..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let Some(ws) = word_start(text, s) else {
                continue;
            };
            let Some((as_written, as_elided)) = self.patterns.get(m.value()) else {
                continue;
            };
            let span = Span::new(s, e);
            if ws == s {
                for &item in as_written {
                    hits.push(Hit::new(span, ws, item, Proclitics::default()));
                }
                continue;
            }
            let prefix = &text[ws..s];
            // Every list writes the article into its forms (الصين, الروسية, الانضمام), so an
            // article is never stripped as a clitic: المالي is not مالي, الله is not له. After
            // ل it is elided, which the elided spelling of the form covers.
            if let Some(clitics) = strip_prefix(prefix, Article::InForm) {
                for &item in as_written {
                    hits.push(Hit::new(span, ws, item, clitics));
                }
            }
            if let Some(clitics) = strip_elided_prefix(prefix) {
                for &item in as_elided {
                    hits.push(Hit::new(span, ws, item, clitics));
                }
            }
        }
        hits.sort_by_key(|h| (h.span().start, std::cmp::Reverse(h.span().end)));
        // A word that is a known form by itself (بلال, لبنان, البانيا) is never read as
        // clitics plus a shorter form. Hits are sorted by start, so the direct hits of a word
        // are found by binary search.
        let whole = |h: &Hit, hits: &[Hit]| {
            let from = hits.partition_point(|o| o.span().start < h.word_start());
            hits[from..]
                .iter()
                .take_while(|o| o.span().start == h.word_start())
                .any(|o| o.word_start() == o.span().start && o.span().end == h.span().end)
        };
        let split: Vec<bool> = hits
            .iter()
            .map(|h| h.word_start() != h.span().start && whole(h, &hits))
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

#[cfg(test)]
mod tests {
    //! The anchored walk against the overlapping search it replaced, on texts made of the
    //! default forms, their pieces and proclitics.
    use super::*;
    use crate::tokenize::Tokenized;
    use proptest::prelude::*;

    fn both(m: &Matcher, text: &str) -> (Vec<Hit>, Vec<Hit>) {
        let words = Tokenized::new(text);
        (
            m.find_anchored(text, words.tokens()),
            m.find_overlapping(text),
        )
    }

    fn forms() -> &'static [String] {
        static FORMS: once_cell::sync::Lazy<Vec<String>> = once_cell::sync::Lazy::new(|| {
            let m = crate::Extractor::shared().matcher();
            let mut v: Vec<String> = m.automaton.iter().map(|(p, _)| p).collect();
            v.sort();
            v
        });
        &FORMS
    }

    /// A word: a form, part of one, or a made-up word, with or without proclitics.
    fn word() -> impl Strategy<Value = String> {
        let prefix = prop::sample::select(vec![
            "", "", "", "و", "ف", "ب", "ك", "ل", "وب", "ول", "فل", "لل", "ولل", "ال", "وال", "س",
        ]);
        let body = prop_oneof![
            4 => (0..forms().len()).prop_map(|i| forms()[i].clone()),
            2 => (0..forms().len(), 0usize..6, 0usize..6).prop_map(|(i, a, b)| {
                let f: Vec<char> = forms()[i].chars().collect();
                let a = a.min(f.len());
                let b = b.min(f.len() - a);
                f[a..f.len() - b].iter().collect()
            }),
            1 => "[بتثجحخدذرزسشصضطظعغفقكلمنهوي]{1,7}",
            1 => "[a-z0-9]{1,4}",
        ];
        (prefix, body).prop_map(|(p, b)| format!("{p}{b}"))
    }

    fn text() -> impl Strategy<Value = String> {
        let sep = prop::sample::select(vec![
            " ", " ", " ", "  ", "، ", ". ", "\n", "-", "«", "»", "",
        ]);
        prop::collection::vec((word(), sep), 0..12)
            .prop_map(|v| v.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn the_anchored_walk_finds_what_the_overlapping_search_found(t in text()) {
            let m = crate::Extractor::shared().matcher();
            prop_assert!(m.anchored);
            let (anchored, overlapping) = both(m, &t);
            prop_assert_eq!(anchored, overlapping, "{:?}", t);
        }
    }

    #[test]
    fn forms_that_open_with_punctuation_use_the_overlapping_search() {
        let forms = vec![
            ("(نداء)".to_string(), Item::GivenName),
            ("بيروت".to_string(), Item::GivenName),
        ];
        let m = Matcher::new(&forms).unwrap();
        assert!(!m.anchored);
        let text = "وصل (نداء) إلى بيروت";
        let words = Tokenized::new(text);
        let hits = m.find(text, words.tokens());
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].span().start..hits[0].span().end], "(نداء)");
    }

    /// A matcher over `forms`, each a given name.
    fn given_names(forms: &[&str]) -> Matcher {
        let forms: Vec<(String, Item)> = forms
            .iter()
            .map(|f| (f.to_string(), Item::GivenName))
            .collect();
        Matcher::new(&forms).unwrap()
    }

    #[test]
    fn longer_forms_are_found_after_their_first_word_whatever_follows_it() {
        let m = given_names(&["عبد", "عبد الله", "عبد - الرحمن", "شركه.", "شركه نفط"]);
        assert!(m.anchored);
        let text = "زار عبد الله وعبد - الرحمن وعبد  الله ثم شركه. وشركه نفط وشركه عبد";
        let (anchored, overlapping) = both(&m, text);
        assert_eq!(anchored, overlapping);
        let found: Vec<&str> = anchored
            .iter()
            .map(|h| &text[h.span().start..h.span().end])
            .collect();
        assert_eq!(
            found,
            [
                "عبد الله",
                "عبد",
                "عبد - الرحمن",
                "عبد",
                "عبد",
                "شركه.",
                "شركه نفط",
                "عبد"
            ]
        );
    }

    #[test]
    fn a_matcher_read_back_from_its_bytes_finds_the_same_hits() {
        let m = given_names(&["عبد", "عبد الله", "شركه.", "شركه نفط", "الصين"]);
        let bytes = m.to_bytes(7);
        let back = Matcher::from_bytes(&bytes, 7).unwrap();
        assert!(back.anchored);
        let text = "زار عبد الله وعبد ثم شركه. وشركه نفط للصين";
        let words = Tokenized::new(text);
        assert_eq!(
            m.find(text, words.tokens()),
            back.find(text, words.tokens())
        );
        assert!(Matcher::from_bytes(&bytes, 8).is_none());
        // Cut or damaged anywhere, the bytes give no matcher and no panic.
        for cut in (0..bytes.len()).step_by(7) {
            assert!(Matcher::from_bytes(&bytes[..cut], 7).is_none());
        }
        let mut bad = bytes.clone();
        let tail = bad.len() - 100;
        bad[tail] ^= 0xFF;
        let _ = Matcher::from_bytes(&bad, 7);
    }

    #[test]
    fn news_sentences_give_the_same_hits_both_ways() {
        let raw = include_str!("../tests/data/relations/dev.txt");
        let norm = crate::normalize::normalize(raw, &Default::default());
        let text = norm.text();
        let m = crate::Extractor::shared().matcher();
        let (anchored, overlapping) = both(m, text);
        assert!(anchored.len() > 100);
        assert_eq!(anchored, overlapping);
    }
}

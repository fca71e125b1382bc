//! Words and sentences.
//!
//! A word is a maximal run of letters, digits and Arabic marks; everything else (spaces,
//! punctuation such as ، « » " - and Latin punctuation) separates words. A sentence ends at
//! `.` (not between two digits), `!`, `?`, `؟`, `؛` or a line break.
//!
//! ```
//! use kashf::tokenize::Tokenized;
//!
//! let t = Tokenized::new("وصل الوزير إلى موسكو. ثم عاد؟");
//! assert_eq!(t.sentences().len(), 2);
//! assert_eq!(t.tokens().len(), 6);
//! ```

use crate::normalize::is_arabic_mark;
use crate::span::Span;

/// Whether `c` belongs inside a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        // Arabic letters, digits and marks: the common case, without a table lookup.
        '\u{0621}'..='\u{063A}' | '\u{0640}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric() || is_arabic_mark(c),
    }
}

/// Whether `c` is a letter of the Arabic block's base range, hamza to ya (ء … ي): what a
/// word of the normalized text is written in, without marks, digits or Persian letters.
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '!' | '?' | '؟' | '؛' | '\n' | '\r' | '\u{2029}')
}

/// A word of the text: where it is and the index of its sentence, in 32 bits each (twelve
/// bytes a word: a long document has millions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    sentence: u32,
}

impl Token {
    /// A word over `span` in sentence `sentence`; offsets past `u32::MAX` are cut to it
    /// ([`Tokenized::new`] never makes one).
    pub fn new(span: Span, sentence: usize) -> Token {
        let cut = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Token {
            start: cut(span.start),
            end: cut(span.end),
            sentence: cut(sentence),
        }
    }

    /// Where it is, in bytes of the tokenized text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The index of its sentence.
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }
}

/// A text cut into words and sentences.
#[derive(Debug, Clone, Default)]
pub struct Tokenized {
    tokens: Vec<Token>,
    sentences: Vec<Span>,
    /// Where each quotation mark stands, in bytes (see [`is_quote`]).
    quotes: Vec<u32>,
}

/// Whether `c` is a quotation mark: " ' « » “ ” „.
#[inline]
pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '\'')
}

/// What a character is to the tokenizer.
pub(crate) mod class {
    pub const WORD: u8 = 1;
    pub const SPACE: u8 = 2;
    /// Ends a sentence wherever it stands (`!`, `?`, `؟`, `؛`, line breaks).
    pub const END: u8 = 4;
    /// `.`: ends a sentence unless it stands between two digits.
    pub const DOT: u8 = 8;
    /// A quotation mark.
    pub const QUOTE: u8 = 16;
}

fn classify(c: char) -> u8 {
    let mut f = 0;
    if is_word_char(c) {
        f |= class::WORD;
    }
    if c.is_whitespace() {
        f |= class::SPACE;
    }
    if is_sentence_end(c) {
        f |= class::END;
    }
    if c == '.' {
        f |= class::DOT;
    }
    if is_quote(c) {
        f |= class::QUOTE;
    }
    f
}

/// The classes of the one- and two-byte characters (U+0000–U+07FF), computed once.
static CLASSES: once_cell::sync::Lazy<Vec<u8>> = once_cell::sync::Lazy::new(|| {
    (0..0x800u32)
        .map(|cp| char::from_u32(cp).map_or(0, classify))
        .collect()
});

/// The length and classes of the character at byte `i` of `text` (a char boundary);
/// `classes` is [`CLASSES`].
#[inline(always)]
fn class_at(classes: &[u8], text: &str, i: usize) -> (usize, u8) {
    let bytes = text.as_bytes();
    let x = bytes[i];
    if x < 0x80 {
        (1, classes[x as usize])
    } else if x < 0xE0 {
        let cp = (usize::from(x & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
        (2, classes[cp])
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.len_utf8(), classify(c))
    }
}

/// The cutting itself, fed one character at a time with its byte offset and class: what
/// [`Tokenized::new`] runs over a text, and what the normalizer runs over the text it writes,
/// so that one pass both normalizes and cuts.
#[derive(Debug, Default)]
pub(crate) struct Cutter {
    tokens: Vec<Token>,
    sentences: Vec<Span>,
    quotes: Vec<u32>,
    sent_start: Option<usize>,
    word_start: Option<usize>,
}

impl Cutter {
    /// A cutter for a text of about `len` bytes.
    pub(crate) fn new(len: usize) -> Cutter {
        Cutter {
            tokens: Vec::with_capacity(len / 8),
            ..Cutter::default()
        }
    }

    /// Whether the last character was a word character: another one only extends the word.
    #[inline(always)]
    pub(crate) fn in_word(&self) -> bool {
        self.word_start.is_some()
    }

    /// The character at byte `at`, `len` bytes long, of classes `f`. A `.` comes with
    /// [`class::DOT`] replaced: by [`class::END`] where it ends its sentence, by nothing
    /// between two digits (see [`dot_class`]).
    #[inline(always)]
    pub(crate) fn feed(&mut self, at: usize, len: usize, f: u8) {
        if f & class::WORD != 0 {
            // A word character is nothing else (no space, end, dot or quote).
            self.word_start.get_or_insert(at);
            self.sent_start.get_or_insert(at);
            return;
        }
        if let Some(ws) = self.word_start.take() {
            self.tokens
                .push(Token::new(Span::new(ws, at), self.sentences.len()));
        }
        if f & class::QUOTE != 0 {
            self.quotes.push(at as u32);
        }
        if f & class::SPACE == 0 && self.sent_start.is_none() {
            self.sent_start = Some(at);
        }
        if f & class::END != 0 {
            if let Some(s) = self.sent_start.take() {
                let end = if f & class::SPACE != 0 { at } else { at + len };
                self.sentences.push(Span::new(s, end.max(s)));
            }
        }
    }

    /// The words and sentences of `text`, the text that was fed.
    pub(crate) fn finish(mut self, text: &str) -> Tokenized {
        if text.len() >= u32::MAX as usize {
            return Tokenized::default();
        }
        if let Some(ws) = self.word_start {
            self.tokens
                .push(Token::new(Span::new(ws, text.len()), self.sentences.len()));
        }
        if let Some(s) = self.sent_start {
            let end = text.trim_end().len().max(s);
            self.sentences.push(Span::new(s, end));
        }
        join_abbreviations(text, &mut self.tokens, &mut self.sentences);
        Tokenized {
            tokens: self.tokens,
            sentences: self.sentences,
            quotes: self.quotes,
        }
    }
}

/// The longest word, in bytes, that a `.` right after it and a word right after the dot keep
/// in its sentence: an abbreviation or an acronym's letter (د.محمد, سي.بي.إس, U.S.A); up to
/// [`ACRONYM_BYTES`] when the word after the dot is that short too (إتش.إس.بي.سي). A longer
/// word before a dot and a word is a sentence's end with its space left out (جدة.ودعت).
const ABBREVIATION_BYTES: usize = 4;
/// The longest letter of an acronym written in Arabic, in bytes (إتش, أيه: three letters).
const ACRONYM_BYTES: usize = 6;

/// Joins the sentences that a `.` inside a written word ended: the dot right after a short
/// word with a word right after it, no space between (see [`ABBREVIATION_BYTES`]). Run once
/// the text is cut, so that both cutting loops join alike.
fn join_abbreviations(text: &str, tokens: &mut [Token], sentences: &mut Vec<Span>) {
    let joins = |k: usize| {
        let (s, next) = (sentences[k], sentences[k + 1]);
        if s.end != next.start || !text[..s.end].ends_with('.') {
            return false;
        }
        let dot = s.end - 1;
        let i = tokens.partition_point(|t| (t.end as usize) < dot);
        let (Some(before), Some(after)) = (tokens.get(i), tokens.get(i + 1)) else {
            return false;
        };
        let (before, after) = (before.span(), after.span());
        before.end == dot
            && after.start == s.end
            && (before.len() <= ABBREVIATION_BYTES
                || before.len() <= ACRONYM_BYTES && after.len() <= ACRONYM_BYTES)
    };
    let Some(first) = (0..sentences.len().saturating_sub(1)).find(|&k| joins(k)) else {
        return;
    };
    // Whether sentence `first + j` joins the next, then the new index of every sentence.
    let joined: Vec<bool> = (first..sentences.len() - 1).map(joins).collect();
    let mut index = Vec::with_capacity(sentences.len());
    index.extend(0..=first as u32);
    let mut kept = first;
    for k in first + 1..sentences.len() {
        if joined[k - 1 - first] {
            sentences[kept].end = sentences[k].end;
        } else {
            kept += 1;
            sentences[kept] = sentences[k];
        }
        index.push(kept as u32);
    }
    sentences.truncate(kept + 1);
    for t in tokens.iter_mut() {
        t.sentence = index[t.sentence as usize];
    }
}

/// The classes of a `.` whose neighbours are given: a sentence end, unless it stands between
/// two digits (3.5).
#[inline]
pub(crate) fn dot_class(f: u8, digit_before: bool, digit_after: bool) -> u8 {
    if digit_before && digit_after {
        f & !class::DOT
    } else {
        (f & !class::DOT) | class::END
    }
}

/// The classes of the character `c`.
#[inline]
pub(crate) fn class_of(c: char) -> u8 {
    let cp = c as usize;
    if cp < 0x800 {
        CLASSES[cp]
    } else {
        classify(c)
    }
}

impl Tokenized {
    /// Cuts `text` into words and sentences. Offsets are kept in 32 bits: a text of 4 GiB or
    /// more gives no words (cut it into articles first).
    pub fn new(text: &str) -> Tokenized {
        if text.len() >= u32::MAX as usize {
            return Tokenized::default();
        }
        let mut cut = Cutter::new(text.len());
        let bytes = text.as_bytes();
        let classes = &CLASSES[..];
        let mut i = 0;
        while i < bytes.len() {
            let (len, mut f) = class_at(classes, text, i);
            if f & class::WORD != 0 && cut.in_word() {
                i += len;
                continue;
            }
            if f & class::DOT != 0 {
                let before = i > 0 && bytes[i - 1].is_ascii_digit();
                f = dot_class(f, before, bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
            }
            cut.feed(i, len, f);
            i += len;
        }
        cut.finish(text)
    }

    /// The words, in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentences, in text order; every token's `sentence` indexes this.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Where the quotation marks stand, in bytes, in text order.
    ///
    /// ```
    /// use kashf::tokenize::Tokenized;
    ///
    /// let t = Tokenized::new("قالت «الحياة» إن");
    /// assert_eq!(t.quotes().collect::<Vec<_>>(), [9, 23]);
    /// ```
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.quotes.iter().map(|&q| q as usize)
    }

    /// The sentences alone, the words let go.
    pub(crate) fn into_sentences(self) -> Vec<Span> {
        self.sentences
    }

    /// The index of the first token that starts at or after byte `at`.
    pub fn token_at_or_after(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < at)
    }

    /// The indices of the tokens that start in `start..end`: the words of a span given from
    /// its word's start (clitics included).
    pub fn tokens_within(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.token_at_or_after(start);
        let last = self.tokens.partition_point(|t| t.span().start < end);
        first..last.max(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tokenizer the byte loop replaced, character by character.
    fn plain(text: &str) -> Tokenized {
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        let mut quotes = Vec::new();
        let mut sent_start: Option<usize> = None;
        let mut word_start: Option<usize> = None;
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            if is_quote(c) {
                quotes.push(i as u32);
            }
            if is_word_char(c) {
                if word_start.is_none() {
                    word_start = Some(i);
                }
            } else if let Some(ws) = word_start.take() {
                tokens.push(Token::new(Span::new(ws, i), sentences.len()));
            }
            if !c.is_whitespace() && sent_start.is_none() {
                sent_start = Some(i);
            }
            let ends = is_sentence_end(c)
                || (c == '.'
                    && !(i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)));
            if ends {
                if let Some(ws) = word_start.take() {
                    tokens.push(Token::new(Span::new(ws, i), sentences.len()));
                }
                if let Some(s) = sent_start.take() {
                    let end = if c.is_whitespace() {
                        i
                    } else {
                        i + c.len_utf8()
                    };
                    sentences.push(Span::new(s, end.max(s)));
                }
            }
        }
        if let Some(ws) = word_start {
            tokens.push(Token::new(Span::new(ws, text.len()), sentences.len()));
        }
        if let Some(s) = sent_start {
            let end = text.trim_end().len().max(s);
            sentences.push(Span::new(s, end));
        }
        // The loops differ; the joining after them is one.
        join_abbreviations(text, &mut tokens, &mut sentences);
        Tokenized {
            tokens,
            sentences,
            quotes,
        }
    }

    #[test]
    fn a_dot_inside_a_written_word_ends_no_sentence() {
        let sentences = |t: &str| Tokenized::new(t).sentences().len();
        // An abbreviation and an acronym written with dots: one sentence each.
        assert_eq!(sentences("وقال د.محمد إن الأمر انتهى."), 1);
        assert_eq!(sentences("وقالت شبكة إتش.إس.بي.سي إن الأمر انتهى."), 1);
        assert_eq!(sentences("وصل إلى U.S.A أمس."), 1);
        // A longer word before the dot (three letters with a longer one after it, or four):
        // a space left out between sentences.
        assert_eq!(sentences("وتقع بمحافظة جدة.ودعت الراغبين."), 2);
        assert_eq!(sentences("انتهى الاجتماع.وقال الوزير إن الأمر انتهى."), 2);
        // A space after the dot, or a number: as before.
        assert_eq!(sentences("وقال د. محمد إن الأمر انتهى."), 2);
        let t = Tokenized::new("قال د.محمد. ثم غادر.");
        assert_eq!(t.sentences().len(), 2);
        assert!(t.tokens().iter().take(3).all(|w| w.sentence() == 0));
    }

    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ا", "بيت", "ي", "\u{064E}", "\u{0640}", "٣", "۴", "3", "12", "a", "Zé", "ß", " ",
            "  ", "\t", "\n", "\r", "\u{00A0}", "\u{0085}", "\u{2003}", "\u{2029}", "\u{2028}",
            "\u{3000}", ".", "!", "?", "؟", "؛", "،", "«", "»", "\"", "“", "”", "'", "-",
            "\u{200B}", "\u{200F}", "😀", "中", "\u{0301}", "\u{06DD}", "ﻻ",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn the_byte_loop_cuts_as_the_char_loop_did(t in text()) {
            let (a, b) = (Tokenized::new(&t), plain(&t));
            prop_assert_eq!(a.tokens(), b.tokens());
            prop_assert_eq!(a.sentences(), b.sentences());
            prop_assert_eq!(a.quotes().collect::<Vec<_>>(), b.quotes().collect::<Vec<_>>());
        }
    }
}

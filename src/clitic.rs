//! Arabic proclitics in front of a name.
//!
//! In one word a name may follow و or ف, then ب, ك or ل, then the article ال, with the
//! elision ل + ال → لل. The matcher checks the letters between a word's start and a match
//! against these rules; the mention itself excludes the clitics. kashf's lists write the
//! article into their forms, so its matcher reads chains with [`Article::InForm`] and reaches
//! ل + ال through each form's elided spelling; [`Article::NotInForm`] serves lists whose
//! forms carry no article.
//!
//! ```
//! use kashf::clitic::{strip_prefix, Article};
//!
//! assert!(strip_prefix("و", Article::NotInForm).is_some());    // وروسيا
//! assert!(strip_prefix("ب", Article::NotInForm).is_some());    // بموسكو
//! assert!(strip_prefix("لل", Article::NotInForm).is_some());   // للقوات: ل + elided ال
//! assert!(strip_prefix("وبال", Article::NotInForm).is_some()); // وبالقوات
//! assert!(strip_prefix("ال", Article::InForm).is_none());      // no second article
//! assert!(strip_prefix("س", Article::NotInForm).is_none());    // not a proclitic
//! ```

/// Whether the form being matched carries the article itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Article {
    /// The form starts with ال (الصين): no article may stand before it.
    InForm,
    /// The form has no article (روسيا): an article clitic may stand before it.
    NotInForm,
}

/// What a valid proclitic chain holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Proclitics {
    /// A conjunction و or ف.
    pub conjunction: bool,
    /// A preposition ب, ك or ل.
    pub preposition: bool,
    /// An article (ال, or ل elided after the preposition ل).
    pub article: bool,
}

/// Reads `prefix` (normalized letters before a match, inside one word) as a chain of
/// proclitics; `None` when it is not one.
pub fn strip_prefix(prefix: &str, article: Article) -> Option<Proclitics> {
    let mut p = Proclitics::default();
    let mut s = prefix;
    if let Some(rest) = s.strip_prefix('و').or_else(|| s.strip_prefix('ف')) {
        p.conjunction = true;
        s = rest;
    }
    let mut lam = false;
    if let Some(rest) = s.strip_prefix('ل') {
        p.preposition = true;
        lam = true;
        s = rest;
    } else if let Some(rest) = s.strip_prefix('ب').or_else(|| s.strip_prefix('ك')) {
        p.preposition = true;
        s = rest;
    }
    if article == Article::NotInForm {
        if let Some(rest) = s.strip_prefix("ال") {
            p.article = true;
            s = rest;
        } else if lam {
            if let Some(rest) = s.strip_prefix('ل') {
                p.article = true;
                s = rest;
            }
        }
    }
    s.is_empty().then_some(p)
}

/// Reads `prefix` before an elided form (الصين written للصين, matched as لصين): the chain
/// must end in the preposition ل, which swallowed the article's alef.
pub fn strip_elided_prefix(prefix: &str) -> Option<Proclitics> {
    let s = prefix
        .strip_prefix('و')
        .or_else(|| prefix.strip_prefix('ف'));
    let conjunction = s.is_some();
    (s.unwrap_or(prefix) == "ل").then_some(Proclitics {
        conjunction,
        preposition: true,
        article: true,
    })
}

/// A preposition written apart from the word it governs, as news writes one before a quoted
/// name (بـ"سبوتنيك", ولـ«الرياض»; normalization drops the tatweel): `word` is a lone ب, ل
/// or ك, after و or ف, and `between`, what stands between it and the next word, is spaces
/// and at least one quotation mark. Returns the preposition and whether a conjunction comes
/// with it.
///
/// ```
/// use kashf::clitic::detached_preposition;
///
/// assert_eq!(detached_preposition("ل", "\""), Some(('ل', false))); // لـ"سبوتنيك"
/// assert_eq!(detached_preposition("وب", " «"), Some(('ب', true))); // وبـ «الرياض»
/// assert_eq!(detached_preposition("ب", " "), None); // د ب أ: no quotation mark
/// assert_eq!(detached_preposition("في", "\""), None);
/// ```
pub fn detached_preposition(word: &str, between: &str) -> Option<(char, bool)> {
    let (conjunction, rest) = match word.strip_prefix(['و', 'ف']) {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, word),
    };
    let mut letters = rest.chars();
    let preposition = letters.next().filter(|c| matches!(c, 'ب' | 'ل' | 'ك'))?;
    let quoted = between.contains(crate::tokenize::is_quote)
        && between
            .chars()
            .all(|c| c.is_whitespace() || crate::tokenize::is_quote(c));
    (letters.next().is_none() && quoted).then_some((preposition, conjunction))
}

/// [`detached_preposition`] at token `i` of `tokens` (words of `text`): whether the token is
/// a preposition written apart from the next word of its sentence.
pub(crate) fn detached_at(
    text: &str,
    tokens: &crate::tokenize::Tokenized,
    i: usize,
) -> Option<(char, bool)> {
    let toks = tokens.tokens();
    let (t, next) = (toks.get(i)?, toks.get(i + 1)?);
    // One or two letters of two bytes each: most words are longer, and answered here.
    if t.span().end - t.span().start > 4 || t.sentence() != next.sentence() {
        return None;
    }
    detached_preposition(
        &text[t.span().start..t.span().end],
        &text[t.span().end..next.span().start],
    )
}

/// Where a name may start in `word`, in bytes: at its start, and after each letter of a
/// proclitic chain it opens with (و or ف, then ب, ك or ل). Every prefix [`strip_prefix`]
/// reads with [`Article::InForm`], or [`strip_elided_prefix`] reads, ends at one of these.
pub(crate) fn chain_ends(word: &str) -> impl Iterator<Item = usize> {
    chain_ends_bytes(word.as_bytes())
}

/// [`chain_ends`] of a word's bytes: the letters in question are two bytes each (U+0600
/// block), compared as bytes.
#[inline]
pub(crate) fn chain_ends_bytes(b: &[u8]) -> impl Iterator<Item = usize> {
    let letter = |i: usize| b.get(i..i + 2).map_or([0, 0], |x| [x[0], x[1]]);
    let conj = |c: [u8; 2]| c == [0xD9, 0x88] || c == [0xD9, 0x81]; // و ف
    let prep = |c: [u8; 2]| c == [0xD8, 0xA8] || c == [0xD9, 0x83] || c == [0xD9, 0x84]; // ب ك ل
    let (first, second) = (letter(0), letter(2));
    let one = (conj(first) || prep(first)).then_some(2);
    let two = (conj(first) && prep(second)).then_some(4);
    std::iter::once(0).chain(one).chain(two)
}

//! What is known of each word before any entity is chosen: the flags its non-entity hits give
//! (title, role, stop word, nationality adjective, clitics …).

use crate::clitic::Proclitics;
use crate::lexicon::{Item, TitleKind};
use crate::tokenize::Tokenized;

use super::Context;

/// Token flags.
pub(crate) mod flag {
    pub const STOP: u16 = 1;
    pub const PREP: u16 = 1 << 1;
    pub const TITLE: u16 = 1 << 2;
    pub const ROLE: u16 = 1 << 3;
    pub const FILLER: u16 = 1 << 4;
    pub const NISBA: u16 = 1 << 5;
    pub const GIVEN: u16 = 1 << 6;
    pub const PARTICLE: u16 = 1 << 7;
    pub const SUFFIX: u16 = 1 << 8;
    pub const TRIGGER: u16 = 1 << 9;
    pub const ORG_HEAD: u16 = 1 << 10;
    pub const CUE: u16 = 1 << 11;
    /// The word carries a preposition clitic (بـ, لـ, كـ) in front of a known form.
    pub const PREP_CLITIC: u16 = 1 << 12;
    /// A title that is also an everyday noun: a given name must follow it.
    pub const WEAK: u16 = 1 << 14;
    /// The word carries a conjunction clitic (و, ف) in front of a known form.
    pub const CONJ_CLITIC: u16 = 1 << 13;
    /// The original text writes the word with a tanween (ً ٌ ٍ): an adverb or an indefinite
    /// accusative (شاكراً, ماديًا, جانٍ), which news hardly ever writes on a name (ANERcorp
    /// train: 559 such words, none in a person's name). Read by the name rules and the merge;
    /// set only by `Extractor::extract`, never on training text, so the tagger's weight for
    /// it stays zero.
    pub const TANWEEN: u16 = 1 << 15;
    /// Words that can never be part of a name.
    pub const NOT_NAME: u16 =
        STOP | PREP | TITLE | ROLE | FILLER | NISBA | TRIGGER | ORG_HEAD | CUE;
    /// Words that may stand between a role and the name it introduces.
    pub const ROLE_ZONE: u16 = TITLE | ROLE | FILLER | NISBA | ORG_HEAD;
}

/// What is known of one token: eight bytes, as there is one for every word of a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TokenInfo {
    pub flags: u16,
    /// Where the given name starts in this token, after its clitics (ومحمود): 0 for none,
    /// else the bytes from the token's start plus one (bits 0–4) and the clitics (bits 5–7);
    /// read it with [`TokenInfo::given`].
    pub given: u16,
    /// The nationality adjective the whole token is (`NO_NISBA`: none); read it with
    /// [`TokenInfo::nisba`].
    pub(super) nisba: u32,
}

const NO_NISBA: u32 = u32::MAX;

impl Default for TokenInfo {
    fn default() -> TokenInfo {
        TokenInfo {
            flags: 0,
            given: 0,
            nisba: NO_NISBA,
        }
    }
}

impl TokenInfo {
    /// The nationality adjective the whole token is, if any.
    #[inline]
    pub fn nisba(&self) -> Option<u32> {
        (self.nisba != NO_NISBA).then_some(self.nisba)
    }

    /// Where the given name in this token (which starts at byte `start`) starts, after its
    /// clitics, with them.
    pub fn given(&self, start: usize) -> Option<(usize, Proclitics)> {
        let g = self.given;
        (g != 0).then(|| {
            let clitics = Proclitics {
                conjunction: g & (1 << 5) != 0,
                preposition: g & (1 << 6) != 0,
                article: g & (1 << 7) != 0,
            };
            (start + usize::from(g & 0x1F) - 1, clitics)
        })
    }

    /// Records a given name `offset` bytes into the token, after `clitics` (a proclitic
    /// chain: at most eight bytes).
    fn set_given(&mut self, offset: usize, clitics: Proclitics) {
        self.given = (offset.min(30) as u16 + 1)
            | u16::from(clitics.conjunction) << 5
            | u16::from(clitics.preposition) << 6
            | u16::from(clitics.article) << 7;
    }
}

/// Flags every token a non-entity hit covers.
pub(crate) fn token_info(cx: &Context<'_>) -> Vec<TokenInfo> {
    let toks = cx.tokens.tokens();
    let mut info = vec![TokenInfo::default(); toks.len()];
    // Hits come by start, so their words' starts never go back: the first token at or after
    // a hit's word start is found by walking on, not by a search per hit.
    let mut first = 0;
    for h in cx.hits {
        if first > 0 && toks[first - 1].span().start >= h.word_start() {
            first = cx.tokens.token_at_or_after(h.word_start());
        }
        while first < toks.len() && toks[first].span().start < h.word_start() {
            first += 1;
        }
        // An everyday word's reading as a list name (ومالي: و + Mali, or "and financial")
        // says nothing of its clitics until its evidence is weighed: the tagger reads the
        // word as it would without that list form.
        if (h.clitics.preposition || h.clitics.conjunction)
            && !super::homographs::is_common_reading(cx, h)
        {
            let i = first;
            if i < toks.len() && toks[i].span().start == h.word_start() {
                if h.clitics.preposition {
                    info[i].flags |= flag::PREP_CLITIC;
                }
                if h.clitics.conjunction {
                    info[i].flags |= flag::CONJ_CLITIC;
                }
            }
        }
        let f = match h.item {
            Item::Entry(_) => continue,
            Item::Nisba(_) => flag::NISBA,
            Item::Title(TitleKind::Title) => flag::TITLE,
            Item::Title(TitleKind::Weak) => flag::TITLE | flag::WEAK,
            Item::Title(TitleKind::Role) => flag::ROLE,
            Item::Title(TitleKind::Filler) => flag::FILLER,
            // An elliptic head (الخارجية) is an adjective far more often than a head: the
            // rules read its hit, the flag (which the tagger reads) stays off.
            Item::OrgHead(k) if cx.lexicon.org_heads[k as usize].elliptic => 0,
            Item::OrgHead(_) => flag::ORG_HEAD,
            Item::OrgCue(_) => flag::CUE,
            Item::Stop { preposition: true } => flag::STOP | flag::PREP,
            Item::Stop { preposition: false } => flag::STOP,
            Item::GivenName => flag::GIVEN,
            Item::Particle { suffix: false } => flag::PARTICLE,
            Item::Particle { suffix: true } => flag::SUFFIX,
            Item::Trigger(_) => flag::TRIGGER,
        };
        // A hit ends on a word boundary, so it covers whole tokens, the first one with its
        // clitics.
        let mut end = first;
        while end < toks.len() && toks[end].span().start < h.span().end {
            end += 1;
        }
        for i in first..end {
            info[i].flags |= f;
            if h.item == Item::GivenName && toks[i].span().start == h.word_start() {
                info[i].set_given(h.span().start - h.word_start(), h.clitics);
            }
            // A nationality adjective with a clitic (بالروسية, والروسي) qualifies nothing
            // before it. The longest comes first and stays: الكوري الشمالي, not الكوري.
            if let Item::Nisba(n) = h.item {
                if h.clitics == Proclitics::default() && info[i].nisba == NO_NISBA {
                    info[i].nisba = n;
                }
            }
        }
    }
    info
}

/// Flags the tokens that hold a place where the original text dropped a tanween, at their end
/// (شكراً) or inside them (ماديًا: the tanween sits on the ي before the alef); `at` are
/// normalized offsets in text order ([`crate::normalize::Normalized::tanween`]).
pub(crate) fn mark_tanween(at: &[u32], tokens: &Tokenized, info: &mut [TokenInfo]) {
    let toks = tokens.tokens();
    let mut i = 0;
    for &o in at {
        let o = o as usize;
        while i < toks.len() && toks[i].span().end < o {
            i += 1;
        }
        if i < toks.len() && toks[i].span().start < o {
            info[i].flags |= flag::TANWEEN;
        }
    }
}

/// علي, the given name Ali, is على "on" once ى is normalized. A text that writes على (or
/// وعلى) with ى tells the two apart, and in it a word written علي (or وعلي) with ي and
/// without marks is the name (عليّ is "on me"), where a name goes on after it (علي الحربي,
/// علي بن …) or a name or title stands before it (محمد علي, الإمام علي): its stop-word flags
/// go and it is a given name. Elsewhere it is still عليّ "on me" written without the shadda (عرض علي السفر). Set
/// only by `Extractor::extract`, never on training text (ANERcorp writes the preposition علي
/// often), like the tanween.
pub(crate) fn mark_dotted_ali(
    cx: &Context<'_>,
    original: &str,
    norm: &crate::normalize::Normalized,
    info: &mut [TokenInfo],
) {
    const ALI: &[u8] = "علي".as_bytes();
    let toks = cx.tokens.tokens();
    let bytes = cx.text.as_bytes();
    // The words علي and وعلي, with whether و stands in front: the preposition's hits, a
    // length compared first, as nearly every hit is another.
    let candidates: Vec<(usize, bool)> = cx
        .hits
        .iter()
        .filter(|h| {
            let s = h.span();
            matches!(h.item, Item::Stop { preposition: true })
                && s.end - s.start == ALI.len()
                && !h.clitics.preposition
                && !h.clitics.article
                && &bytes[s.start..s.end] == ALI
                // و alone in front, not ف (فعلى العكس).
                && (!h.clitics.conjunction || &bytes[h.word_start()..s.start] == "و".as_bytes())
        })
        .filter_map(|h| {
            let i = cx.tokens.token_at_or_after(h.word_start());
            (toks.get(i)?.span().end == h.span().end).then_some((i, h.clitics.conjunction))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let letter = crate::tokenize::is_arabic_letter;
    // How each was written; the text tells the two apart when one of them is على with ى.
    let written: Vec<&str> = candidates
        .iter()
        .map(|&(i, _)| {
            let o = norm.to_original(toks[i].span());
            &original[o.start..o.end]
        })
        .collect();
    if !written.iter().any(|w| w.ends_with('ى')) {
        return;
    }
    let everyday = |j: usize| {
        cx.tagger.is_some_and(|t| {
            let w = cx.tok_text(j);
            t.common_word(w) || t.clitic_on_common_word(w)
        })
    };
    // Whether a list names a place or an organization from word `j` on (على إيران).
    let place_or_body = |j: usize| {
        let at = toks[j].span().start;
        let from = cx.hits.partition_point(|h| h.word_start() < at);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.word_start() == at)
            .any(|h| {
                matches!(h.item, Item::Entry(e)
                    if cx.entries[e as usize].entity_type != crate::types::EntityType::Person)
            })
    };
    // A name goes on after word `j`: a given name or a particle, or a word no list or rule
    // keeps from a name that is no everyday word (without the tagger: one with the article),
    // nor a place's or an organization's, nor one with و or a preposition and the article in
    // front (هجم علي وحاول, أشاروا علي بالابتعاد: عليّ "on me").
    let name_after = |j: usize| {
        let f = info[j].flags;
        let w = cx.tok_text(j);
        f & (flag::GIVEN | flag::PARTICLE) != 0
            || f & (flag::NOT_NAME | flag::TANWEEN) == 0
                && !w.starts_with('و')
                && !["بال", "لل", "فال", "كال"].iter().any(|p| w.starts_with(p))
                && !everyday(j)
                && !place_or_body(j)
                && (cx.tagger.is_some() || w.starts_with("ال"))
    };
    let marks: Vec<(usize, bool)> = candidates
        .iter()
        .zip(&written)
        .filter(|&(&(i, conjunction), written)| {
            written.ends_with('ي')
                && written.chars().all(letter)
                && (cx.plain_gap(i) && name_after(i + 1)
                    || !conjunction
                        && i > 0
                        && cx.plain_gap(i - 1)
                        && info[i - 1].flags & (flag::GIVEN | flag::PARTICLE | flag::TITLE) != 0)
        })
        .map(|(&c, _)| c)
        .collect();
    for (i, conjunction) in marks {
        info[i].flags &= !(flag::STOP | flag::PREP);
        info[i].flags |= flag::GIVEN;
        let clitics = Proclitics {
            conjunction,
            ..Proclitics::default()
        };
        info[i].set_given(if conjunction { 'و'.len_utf8() } else { 0 }, clitics);
    }
}

/// The index of the token ending exactly at byte `at`.
pub(super) fn token_ending_at(tokens: &Tokenized, at: usize) -> Option<usize> {
    let t = tokens.tokens();
    let i = t.partition_point(|t| t.span().end < at);
    (i < t.len() && t[i].span().end == at).then_some(i)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_token_costs_eight_bytes() {
        assert_eq!(std::mem::size_of::<super::TokenInfo>(), 8);
    }

    #[test]
    fn the_words_written_with_a_tanween_are_flagged() {
        use crate::normalize::{normalize, NormalizeOptions};
        let n = normalize(
            "جاء خالدٌ مبتسماً ثم قال ماديًا شكرا",
            &NormalizeOptions::default(),
        );
        let tokens = crate::tokenize::Tokenized::new(n.text());
        let mut info = vec![super::TokenInfo::default(); tokens.tokens().len()];
        super::mark_tanween(n.tanween(), &tokens, &mut info);
        let flagged: Vec<bool> = info
            .iter()
            .map(|i| i.flags & super::flag::TANWEEN != 0)
            .collect();
        assert_eq!(flagged, [false, true, true, false, false, true, false]);
    }

    #[test]
    fn a_word_without_an_adjective_has_no_nisba() {
        assert_eq!(super::TokenInfo::default().nisba(), None);
    }

    #[test]
    fn the_tables_of_every_word_and_hit_stay_small() {
        assert_eq!(std::mem::size_of::<crate::tokenize::Token>(), 12);
        assert_eq!(std::mem::size_of::<crate::matcher::Hit>(), 24);
    }
}

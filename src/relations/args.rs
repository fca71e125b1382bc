//! Where a relation's arguments stand: eligibility by type, prepositions, walks across role
//! phrases, coordinated lists.

use crate::ner::tokens::flag;
use crate::ner::Analysis;
use crate::types::{EntityType, RelationType};

/// Which side of a relation an entity stands on.
#[derive(Clone, Copy)]
pub(super) enum Side {
    Head,
    Tail,
}

pub(super) fn is_party(an: &Analysis<'_>, entity: usize) -> bool {
    let e = &an.entities[entity];
    match e.etype {
        EntityType::Person | EntityType::Organization => true,
        EntityType::Location => matches!(
            e.subtype.as_deref(),
            None | Some("country") | Some("territory") | Some("city")
        ),
        EntityType::Misc => false,
    }
}

pub(super) fn eligible(an: &Analysis<'_>, r: RelationType, side: Side, entity: usize) -> bool {
    let t = an.entities[entity].etype;
    match (r, side) {
        (RelationType::Visits | RelationType::LocatedIn, Side::Head) => {
            matches!(t, EntityType::Person | EntityType::Organization)
        }
        (RelationType::Visits | RelationType::LocatedIn, Side::Tail) => t == EntityType::Location,
        (RelationType::Joins, Side::Tail) => t == EntityType::Organization,
        _ => is_party(an, entity),
    }
}

/// Whether a preposition introduces mention `m`, directly (بروسيا, مع روسيا) or through the
/// role phrase or cue word before it (بنظيره الروسي …, لوكالة "…").
pub(super) fn prepositional(an: &Analysis<'_>, m: usize) -> bool {
    let mi = &an.mentions[m];
    if mi.clitics.preposition {
        return true;
    }
    let toks = an.tokens.tokens();
    let mut i = tok(an, mi.word_start);
    if i >= toks.len() {
        return false;
    }
    while i > 0
        && toks[i - 1].sentence == toks[i].sentence
        && an.token_mention[i - 1].is_none()
        && an.info[i - 1].flags & (flag::ROLE_ZONE | flag::CUE) != 0
    {
        i -= 1;
        if an.info[i].flags & flag::PREP_CLITIC != 0 {
            return true;
        }
    }
    i > 0 && an.info[i - 1].flags & flag::PREP != 0
}

/// Whether the word مع stands right before mention `m` (or before its role phrase): the
/// partner of a meeting, not a place.
pub(super) fn after_with(an: &Analysis<'_>, m: usize) -> bool {
    let toks = an.tokens.tokens();
    let mut i = tok(an, an.mentions[m].word_start);
    while i > 0
        && i < toks.len()
        && an.token_mention[i - 1].is_none()
        && an.info[i - 1].flags & flag::ROLE_ZONE != 0
    {
        i -= 1;
    }
    i > 0 && i <= toks.len() && &an.text[toks[i - 1].span.start..toks[i - 1].span.end] == "مع"
}

/// The first token index at or after byte `at`.
pub(super) fn tok(an: &Analysis<'_>, at: usize) -> usize {
    an.tokens.token_at_or_after(at)
}

/// Walks right from token `i` across role words (titles, roles, fillers, nisbas, mentions
/// that do not qualify) to the first eligible mention, at most twelve tokens on. When that
/// mention only belongs to a role phrase (رئيس هيئة الأركان … اللواء محمد باقري), the person
/// the phrase introduces is the argument.
pub(super) fn walk_right(
    an: &Analysis<'_>,
    mut i: usize,
    sentence: usize,
    ok: impl Fn(usize) -> bool,
) -> Option<usize> {
    let toks = an.tokens.tokens();
    let stop = (i + 12).min(toks.len());
    let mut found = None;
    while i < stop && toks[i].sentence == sentence {
        if let Some(m) = an.token_mention[i] {
            let e = an.mentions[m].entity;
            if ok(e) {
                if an.entities[e].etype == EntityType::Person {
                    return Some(m);
                }
                found = found.or(Some(m));
            }
        } else if an.info[i].flags & (flag::ROLE_ZONE | flag::CUE) == 0 {
            // Role words and descriptors (مجموعة, حركة …) may stand before the argument.
            break;
        }
        i += 1;
    }
    found
}

/// The token after mention `m`'s last token.
pub(super) fn after_mention(an: &Analysis<'_>, m: usize) -> usize {
    tok(an, an.mentions[m].span.end)
}

/// The tokens equal to `word` within ten tokens from `from`, in the same sentence.
pub(super) fn find_words<'b>(
    an: &'b Analysis<'_>,
    from: usize,
    sentence: usize,
    word: &'b str,
) -> impl Iterator<Item = usize> + 'b {
    let toks = an.tokens.tokens();
    (from..(from + 10).min(toks.len()))
        .take_while(move |&i| toks[i].sentence == sentence)
        .filter(move |&i| &an.text[toks[i].span.start..toks[i].span.end] == word)
}

/// `بين X و Y [و Z]` after the trigger: the coordinated mentions.
pub(super) fn between(
    an: &Analysis<'_>,
    from: usize,
    sentence: usize,
    ok: impl Fn(usize) -> bool + Copy,
) -> Vec<usize> {
    let Some(b) = find_words(an, from, sentence, "بين")
        .next()
        .filter(|&b| b < from + 4)
    else {
        return Vec::new();
    };
    let Some(first) = walk_right(an, b + 1, sentence, ok) else {
        return Vec::new();
    };
    let mut list = vec![first];
    loop {
        let next = after_mention(an, *list.last().unwrap_or(&first));
        let Some(m) = an.token_mention.get(next).copied().flatten() else {
            break;
        };
        let mi = &an.mentions[m];
        if !(mi.clitics.conjunction
            && an.tokens.tokens()[next].sentence == sentence
            && ok(mi.entity))
        {
            break;
        }
        list.push(m);
    }
    list
}

//! A nationality adjective after an organization's own name describes it (نوكيا الفنلندية,
//! سيلتك الاسكتلندي): the mention ends before it, as the span conventions of the output
//! contract ([`crate::document`]: adjectives are not mentions) and ANERcorp's tags have it. After a generic head
//! (اللجنة الدولية, وزارة الخارجية الألمانية) the adjective is part of a descriptive name and
//! stays; such names open with the article or with a head word. A list form that holds the
//! adjective is the list's claim that it is part of the name (أرامكو السعودية, زين السعودية:
//! the Saudi companies' own names), except for sports clubs, whose names never hold one (ليل
//! الفرنسي is written so to tell the club from the word ليل, الهلال السعودي from the crescent).

use crate::lexicon::Item;
use crate::types::EntityType;

use super::candidate::{generated_key, Candidate, Key};
use super::tokens::{flag, token_ending_at, TokenInfo};
use super::Context;

/// Ends each organization of one bare name word and a nationality adjective (a list form such
/// as ليل الفرنسي, which the adjective tells from the everyday word, or a tagged name), and
/// each listed sports club of several bare words (إنتر ميلان الإيطالي), before the
/// adjective. A generated entity takes the shorter name, so that the name alone elsewhere
/// in the document is the same entity.
pub(super) fn trailing_adjectives(cx: &Context<'_>, info: &[TokenInfo], kept: &mut [Candidate]) {
    let toks = cx.tokens.tokens();
    for c in kept.iter_mut() {
        if c.etype != EntityType::Organization {
            continue;
        }
        let first = cx.tokens.token_at_or_after(c.word_start);
        let Some(last) = token_ending_at(cx.tokens, c.span.end) else {
            continue;
        };
        // A sports club's name with the article never holds the adjective either (الهلال
        // السعودي, الأهلي المصري: the country tells the club from its namesakes), nor one of
        // more bare words (إنتر ميلان الإيطالي; a body with a noun of the article is named
        // with its adjective: رابطة الدوري الإسباني, اللجنة الأولمبية السعودية).
        let club = matches!(c.key, Key::Entry(e)
            if cx.entries[e as usize].subtype.as_deref() == Some("sports"));
        let bare = (first..last).all(|k| {
            let w = toks[k].span();
            !cx.text[w.start..w.end].starts_with("ال")
        });
        if !(last == first + 1 || club && bare && last > first + 1)
            || info[last].nisba().is_none()
            || !cx.plain_gap(last - 1)
        {
            continue;
        }
        // A name in quotation marks ends where they say; a name with the article (الهلال,
        // or its elided ل after the preposition ل: للاتحاد) takes its adjective as a
        // descriptive name does; an indefinite adjective (ريال سعودي) describes no name.
        let end = toks[last - 1].span().end;
        let name = &cx.text[c.span.start..end];
        let word = &cx.text[c.word_start..toks[first].span().end];
        let adjective = toks[last].span();
        if c.rule.starts_with("quoted")
            || name.starts_with("ال") && !club
            || word
                .strip_prefix(['و', 'ف'])
                .unwrap_or(word)
                .starts_with("لل")
            || !cx.text[adjective.start..adjective.end].starts_with("ال")
            || info[first].flags & flag::NOT_NAME != 0
        {
            continue;
        }
        if names_with_adjective(cx, c.span.start, c.span.end) {
            continue;
        }
        if let Key::Generated(_) = c.key {
            c.key = generated_key(c.etype, name);
            c.name.clear();
        }
        c.span.end = end;
    }
}

/// Whether a list form of an organization other than a sports club covers `start..end`
/// exactly, adjective and all.
fn names_with_adjective(cx: &Context<'_>, start: usize, end: usize) -> bool {
    let from = cx.hits.partition_point(|h| h.span().start < start);
    cx.hits[from..]
        .iter()
        .take_while(|h| h.span().start == start)
        .any(|h| match h.item {
            Item::Entry(e) => {
                let entry = &cx.entries[e as usize];
                h.span().end == end
                    && entry.entity_type == EntityType::Organization
                    && entry.subtype.as_deref() != Some("sports")
            }
            _ => false,
        })
}

/// Drops a place of one word that is also a nationality adjective with the article right
/// after an organization's name (أكوا باور السعودية, موانئ دبي العالمية الإماراتية): there
/// it describes the organization, as an adjective after any name does; the country's own
/// name (السعودية) is written like its feminine adjective.
pub(super) fn adjective_after_organization(
    cx: &Context<'_>,
    info: &[TokenInfo],
    kept: &mut Vec<Candidate>,
) {
    let toks = cx.tokens.tokens();
    let mut org_end = Vec::new();
    for c in kept.iter() {
        if c.etype == EntityType::Organization {
            if let Some(last) = token_ending_at(cx.tokens, c.span.end) {
                org_end.push(last);
            }
        }
    }
    if org_end.is_empty() {
        return;
    }
    org_end.sort_unstable();
    kept.retain(|c| {
        if c.etype != EntityType::Location {
            return true;
        }
        let first = cx.tokens.token_at_or_after(c.word_start);
        let one_word = token_ending_at(cx.tokens, c.span.end) == Some(first);
        let adjective = one_word
            && c.span.start == toks[first].span().start
            && info[first].nisba().is_some()
            && cx.tok_text(first).starts_with("ال");
        !(adjective
            && first > 0
            && cx.plain_gap(first - 1)
            && org_end.binary_search(&(first - 1)).is_ok())
    });
}

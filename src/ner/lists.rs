//! Candidates from gazetteer hits.

use crate::lexicon::Item;
use crate::matcher::Hit;

use super::candidate::{priority, Candidate, Key};
use super::Context;

/// Whether a list match starts with a descriptor (صحيفة, وكالة, قناة, حركة, شركة, نادي …)
/// that the same entry also names without: the mention is then the name alone, as in
/// وكالة "بلومبرغ" → بلومبرغ (the output contract). Names the descriptor belongs to
/// (حزب الله, منظمة شنغهاي للتعاون) have no such shorter form, or a cue of kind `other`,
/// and keep it.
fn descriptor_before_name(cx: &Context<'_>, h: &Hit, e: u32) -> bool {
    let from = cx.hits.partition_point(|o| o.span.start < h.span.start);
    let cue_end = cx.hits[from..]
        .iter()
        .take_while(|o| o.span.start == h.span.start)
        .filter_map(|o| match o.item {
            Item::OrgCue(k) if cx.lexicon.org_cues[k as usize] != "other" => Some(o.span.end),
            _ => None,
        })
        .max();
    let Some(cue_end) = cue_end else { return false };
    let rest = cue_end + cx.text[cue_end..].len() - cx.text[cue_end..].trim_start().len();
    if rest >= h.span.end || rest == cue_end {
        return false;
    }
    let from = cx.hits.partition_point(|o| o.span.start < rest);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.span.start == rest)
        .any(|o| {
            o.span.end == h.span.end
                && matches!(o.item, Item::Entry(f) if cx.canonical[f as usize] == cx.canonical[e as usize])
        })
}

/// Whether a list match ends with a nationality adjective that the same entry also names
/// without (حزب الله اللبناني, الكونغرس الأمريكي): the mention is then the name alone, and
/// the adjective carries the affiliation (the output contract: nationality adjectives are not
/// mentions).
fn nisba_after_name(cx: &Context<'_>, h: &Hit, e: u32) -> bool {
    let toks = cx.tokens.tokens();
    let last = toks.partition_point(|t| t.span.end < h.span.end);
    if last == 0 || last >= toks.len() || toks[last].span.end != h.span.end {
        return false;
    }
    let nisba = &toks[last];
    let is_nisba = {
        let from = cx.hits.partition_point(|o| o.span.start < nisba.span.start);
        cx.hits[from..]
            .iter()
            .take_while(|o| o.span.start == nisba.span.start)
            .any(|o| o.span.end == nisba.span.end && matches!(o.item, Item::Nisba(_)))
    };
    if !is_nisba {
        return false;
    }
    let name_end = toks[last - 1].span.end;
    let from = cx.hits.partition_point(|o| o.span.start < h.span.start);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.span.start == h.span.start)
        .any(|o| {
            o.span.end == name_end
                && matches!(o.item, Item::Entry(f) if cx.canonical[f as usize] == cx.canonical[e as usize])
        })
}

pub(super) fn gazetteer_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for h in cx.hits {
        if let Item::Entry(e) = h.item {
            if descriptor_before_name(cx, h, e) || nisba_after_name(cx, h, e) {
                continue;
            }
            let entry = &cx.entries[e as usize];
            out.push(Candidate {
                span: h.span,
                word_start: h.word_start,
                clitics: h.clitics,
                etype: entry.entity_type,
                key: Key::Entry(cx.canonical[e as usize]),
                // An entry's name and subtype are read from the entry when needed: no copy
                // per match.
                subtype: None,
                name: String::new(),
                priority: if (e as usize) < cx.default_entries {
                    priority::DEFAULT_LIST
                } else {
                    priority::USER_LIST
                },
                rule: "list",
            });
        }
    }
}

//! One reading for a written form that several list entries share (عمان: Oman and Amman;
//! طرابلس: Tripoli in Libya and in Lebanon). The matcher gives a hit per entry at the same
//! span; without a choice, the first-listed entry wins everywhere. Here the text chooses, in
//! this order:
//!
//! 1. **Marks**: a text that writes a mark an entry's vocalized spelling lacks (عمّان has a
//!    shadda, عُمان a damma) rules that entry out (`vocalized` in `homographs.tsv`).
//! 2. **Evidence**: each entry's evidence in the document (`evidence` in `homographs.tsv`,
//!    and the entry's own forms that no other entry shares: سلطنة عمان), weighed by how near
//!    it stands: 4 within three words and not joined by a conjunction (العاصمة الأردنية عمان,
//!    عمان في الأردن), 2 in the sentence, 1 elsewhere;
//! 3. **Coordination**: a listed place joined to the form by و (والبحرين وعمان) speaks, 2, for
//!    the entry of its own subtype (a country among countries).
//!
//! The entry with the highest score keeps its hits; on a tie, all stay and the overlap
//! policy keeps the first-listed, as before. One decision per document (one sense per
//! discourse), except where the marks of one occurrence tell.
//!
//! A form that is also an everyday word (كابل "cable", حماة "protectors": `common` in
//! `homographs.tsv`) reads as its entry only with the evidence its row `needs`: anywhere in
//! the document, in its sentence (or a place of its kind joined to it by و), or within three
//! words; otherwise its hit goes, whatever other entry shares it or not.

use std::ops::Range;

use crate::fasthash::FastSet;
use crate::gazetteer::Entry;
use crate::lexicon::Item;
use crate::matcher::Hit;
use crate::normalize::{is_arabic_mark, Normalized};

use super::Context;

/// The indices of `cx.hits` that lose to another reading of the same span. Empty, at the cost
/// of one pass over the hits, when no span has two entries.
pub(crate) fn losing_readings(cx: &Context<'_>, original: &str, norm: &Normalized) -> Vec<usize> {
    let hits = cx.hits;
    let groups = shared_spans(cx);
    let common = common_readings(cx);
    if groups.is_empty() && common.is_empty() {
        return Vec::new();
    }
    let witnesses = witnesses(cx, &groups, &common);
    let mut lose = Vec::new();
    for g in &groups {
        let h = &hits[g.start];
        let readings: Vec<u32> = hits[g.clone()].iter().filter_map(entry_of).collect();
        let written = {
            let o = norm.to_original(h.span());
            &original[o.start..o.end]
        };
        let scores: Vec<Option<u32>> = readings
            .iter()
            .map(|&e| {
                let en = &cx.entries[e as usize];
                let sense = cx.lexicon.senses.get(&en.id);
                let vocalized = sense.map_or(&[][..], |s| &s.vocalized[..]);
                if !vocalized.is_empty() && !vocalized.iter().any(|v| marks_fit(written, v)) {
                    return None;
                }
                Some(evidence_score(cx, h, en, &witnesses) + coordination_score(cx, g, en))
            })
            .collect();
        let Some(best) = scores.iter().flatten().copied().max() else {
            continue;
        };
        let winners = scores.iter().filter(|&&s| s == Some(best)).count();
        if winners > 1 && scores.iter().all(Option::is_some) {
            continue; // a tie, nothing ruled out: the first-listed stays first
        }
        // Among tied survivors of the marks, the first-listed.
        let winner = scores
            .iter()
            .position(|&s| s == Some(best))
            .map(|w| readings[w]);
        lose.extend(
            g.clone()
                .filter(|&k| entry_of(&hits[k]).is_some_and(|e| Some(e) != winner)),
        );
    }
    for &k in &common {
        let Some(e) = entry_of(&hits[k]) else {
            continue;
        };
        let en = &cx.entries[e as usize];
        let needs = cx.lexicon.senses.get(&en.id).map_or(0, |s| s.needs);
        // The strongest evidence, not the sum: many mentions of Baghdad in an article about
        // its architecture (العمارة) put none of them near.
        let weights = evidence_weights(cx, &hits[k], en, &witnesses);
        let score = weights
            .max()
            .unwrap_or(0)
            .max(coordination_score(cx, &(k..k + 1), en));
        if score < needs {
            lose.push(k);
        }
    }
    if !common.is_empty() {
        lose.sort_unstable();
        lose.dedup();
    }
    lose
}

/// The hits whose form is one of their entry's everyday words (`common` in
/// `homographs.tsv`), in order. Empty at once when no entry has one.
fn common_readings(cx: &Context<'_>) -> Vec<usize> {
    if cx.common_entries.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, h) in cx.hits.iter().enumerate() {
        if is_common_reading(cx, h) {
            out.push(k);
        }
    }
    out
}

/// Whether hit `h`'s form is one of its entry's everyday words (كابل, مالي).
pub(crate) fn is_common_reading(cx: &Context<'_>, h: &Hit) -> bool {
    let Some(e) = entry_of(h) else { return false };
    if cx.common_entries.binary_search(&e).is_err() {
        return false;
    }
    let form = cx.text.get(h.span().start..h.span().end).unwrap_or("");
    cx.lexicon
        .senses
        .get(&cx.entries[e as usize].id)
        .is_some_and(|s| s.common.iter().any(|c| c == form))
}

fn entry_of(h: &Hit) -> Option<u32> {
    match h.item {
        Item::Entry(e) => Some(e),
        _ => None,
    }
}

/// The runs of hits at one span that hold two entities or more (hits are sorted by span).
fn shared_spans(cx: &Context<'_>) -> Vec<Range<usize>> {
    let hits = cx.hits;
    let mut groups = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let mut j = i + 1;
        while j < hits.len() && hits[j].span() == hits[i].span() {
            j += 1;
        }
        if j > i + 1 {
            let mut entities = hits[i..j]
                .iter()
                .filter_map(entry_of)
                .map(|e| cx.canonical[e as usize]);
            if let Some(first) = entities.next() {
                if entities.any(|e| e != first) {
                    groups.push(i..j);
                }
            }
        }
        i = j;
    }
    groups
}

/// A hit that may speak for a reading: its token and the id it names (an entry's, or the
/// country of a nationality adjective).
struct Witness<'a> {
    token: usize,
    hit: usize,
    id: &'a str,
}

/// The hits outside the shared spans and the common forms (`common`) that name an entity one
/// of the readings counts as its evidence, in text order.
fn witnesses<'a>(cx: &Context<'a>, groups: &[Range<usize>], common: &[usize]) -> Vec<Witness<'a>> {
    let mut wanted: FastSet<&str> = FastSet::default();
    let readings = groups
        .iter()
        .cloned()
        .flatten()
        .chain(common.iter().copied());
    for e in readings.filter_map(|k| entry_of(&cx.hits[k])) {
        let id = cx.entries[e as usize].id.as_str();
        wanted.insert(id);
        if let Some(s) = cx.lexicon.senses.get(id) {
            wanted.extend(s.evidence.iter().map(String::as_str));
        }
    }
    let mut out = Vec::new();
    let mut g = groups.iter().peekable();
    for (k, h) in cx.hits.iter().enumerate() {
        while g.peek().is_some_and(|r| r.end <= k) {
            g.next();
        }
        if g.peek().is_some_and(|r| r.contains(&k)) || common.binary_search(&k).is_ok() {
            continue;
        }
        let id = match h.item {
            Item::Entry(e) => cx.entries[e as usize].id.as_str(),
            Item::Nisba(n) => cx.lexicon.nisbas[n as usize].country.as_str(),
            _ => continue,
        };
        if !wanted.contains(id) {
            continue;
        }
        let token = cx.tokens.token_at_or_after(h.word_start());
        out.push(Witness { token, hit: k, id });
    }
    out
}

/// Whether every mark `written` carries stands on the same letter in `vocalized`.
fn marks_fit(written: &str, vocalized: &str) -> bool {
    let (w, v) = (letter_marks(written), letter_marks(vocalized));
    w.len() != v.len()
        || w.iter()
            .zip(&v)
            .all(|(a, b)| a.iter().all(|m| b.contains(m)))
}

/// The marks on each letter of `s` (tatweel is no letter).
fn letter_marks(s: &str) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    for c in s.chars() {
        if is_arabic_mark(c) {
            if let Some(last) = out.last_mut() {
                last.push(c);
            }
        } else if c != '\u{0640}' {
            out.push(Vec::new());
        }
    }
    out
}

/// The evidence for entry `en` in the document, weighed by its distance from `here`.
fn evidence_score(cx: &Context<'_>, here: &Hit, en: &Entry, witnesses: &[Witness<'_>]) -> u32 {
    evidence_weights(cx, here, en, witnesses).sum()
}

/// Each witness of entry `en` weighed by its distance from `here`: 4 within three words and
/// not joined to it, 2 in its sentence, 1 elsewhere.
fn evidence_weights<'w>(
    cx: &'w Context<'_>,
    here: &'w Hit,
    en: &'w Entry,
    witnesses: &'w [Witness<'_>],
) -> impl Iterator<Item = u32> + 'w {
    let sense = cx.lexicon.senses.get(&en.id);
    let speaks =
        move |id: &str| id == en.id || sense.is_some_and(|s| s.evidence.iter().any(|e| e == id));
    let toks = cx.tokens.tokens();
    let ti = cx.tokens.token_at_or_after(here.word_start());
    let sentence = toks.get(ti).map(|t| t.sentence());
    witnesses
        .iter()
        .filter(move |w| sentence.is_some() && speaks(w.id))
        .map(move |w| {
            if Some(toks[w.token].sentence()) != sentence {
                1
            } else if ti.abs_diff(w.token) <= 3 && !joined(cx, here, &cx.hits[w.hit]) {
                4
            } else {
                2
            }
        })
}

/// Whether a comma or a conjunction stands between two hits.
fn joined(cx: &Context<'_>, a: &Hit, b: &Hit) -> bool {
    let (first, second) = if a.span().start <= b.span().start {
        (a, b)
    } else {
        (b, a)
    };
    let between = cx
        .text
        .get(first.span().end..second.word_start())
        .unwrap_or("");
    second.clitics.conjunction
        || between.contains(['،', ','])
        || between.split_whitespace().any(|w| w == "و")
}

/// 2 for each listed place of `en`'s subtype joined to the hits `g` by a conjunction, right
/// before or right after.
fn coordination_score(cx: &Context<'_>, g: &Range<usize>, en: &Entry) -> u32 {
    let hits = cx.hits;
    let here = &hits[g.start];
    let toks = cx.tokens.tokens();
    let ti = cx.tokens.token_at_or_after(here.word_start());
    let same_kind = |h: &Hit| match h.item {
        Item::Entry(e) => {
            let o = &cx.entries[e as usize];
            o.entity_type == en.entity_type && o.subtype == en.subtype
        }
        _ => false,
    };
    let neighbour = |h: &Hit, tj: usize| {
        tj.abs_diff(ti) == 1
            && toks
                .get(tj)
                .is_some_and(|t| Some(t.sentence()) == toks.get(ti).map(|t| t.sentence()))
            && joined(cx, here, h)
    };
    let before = hits[..g.start]
        .iter()
        .rev()
        .take_while(|h| h.span().end <= here.word_start())
        .find(|h| matches!(h.item, Item::Entry(_)))
        .filter(|h| here.clitics.conjunction && same_kind(h))
        .filter(|h| neighbour(h, cx.tokens.token_at_or_after(h.word_start())));
    let after = hits[g.end..]
        .iter()
        .find(|h| matches!(h.item, Item::Entry(_)) && h.span().start > here.span().end)
        .filter(|h| h.clitics.conjunction && same_kind(h))
        .filter(|h| neighbour(h, cx.tokens.token_at_or_after(h.word_start())));
    2 * (before.is_some() as u32 + after.is_some() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_fits_a_spelling_that_has_it_on_the_same_letter() {
        assert!(marks_fit("عمّان", "عَمَّان"));
        assert!(marks_fit("عمان", "عُمَان"), "no mark contradicts nothing");
        assert!(!marks_fit("عمّان", "عُمَان"), "a shadda Oman lacks");
        assert!(!marks_fit("عَمان", "عُمَان"), "a fatha where Oman has a damma");
        assert!(marks_fit("عـمّـان", "عَمَّان"), "tatweel is no letter");
        assert_eq!(letter_marks("عَمّ"), [vec!['\u{064E}'], vec!['\u{0651}']]);
    }
}

//! Trigger rules (`gazetteers/relations.tsv`): a trigger word and where its arguments stand.

use crate::lexicon::{HeadArg, Item, TailArg};
use crate::ner::tokens::flag;
use crate::ner::{country_entity, Analysis, Context};
use crate::span::Span;

use super::args::{
    after_mention, after_with, between, eligible, find_words, is_party, prepositional, tok,
    walk_right, Side,
};
use super::RelationInfo;

pub(super) fn trigger_rules(an: &mut Analysis<'_>, cx: &Context<'_>, out: &mut Vec<RelationInfo>) {
    let toks = an.tokens.tokens();
    for h in an.hits {
        let Item::Trigger(r) = h.item else { continue };
        // When two triggers overlap, the longer one alone fires (يعتزم توقيع over توقيع).
        let near = an
            .hits
            .partition_point(|o| o.span.start + 64 < h.span.start);
        let shadowed = an.hits[near..]
            .iter()
            .take_while(|o| o.span.start < h.span.end)
            .any(|o| {
                matches!(o.item, Item::Trigger(_))
                    && o.span.overlaps(h.span)
                    && o.span.len() > h.span.len()
            });
        if shadowed {
            continue;
        }
        let rule = &cx.lexicon.relations[r as usize];
        let rel = rule.relation;
        let t0 = tok(an, h.word_start);
        if t0 >= toks.len() {
            continue;
        }
        let sentence = toks[t0].sentence;
        let after = tok(an, h.span.end);
        let push = |head: usize, tail: usize, out: &mut Vec<RelationInfo>| {
            out.push(RelationInfo {
                relation: rel,
                head,
                tail,
                // The trigger word as written, with its proclitics (للالتقاء).
                trigger: Span::new(h.word_start, h.span.end),
                sentence,
                rule: rule.id.clone(),
            });
        };
        if rule.head == HeadArg::Between {
            let list = between(an, after, sentence, |e| is_party(an, e));
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    push(an.mentions[a].entity, an.mentions[b].entity, out);
                }
            }
            continue;
        }
        if rule.head == HeadArg::Pair {
            let ok = |e: usize| is_party(an, e);
            if let Some(a) = walk_right(an, after, sentence, ok) {
                let next = after_mention(an, a);
                // "X وY", or "X ونظيره الصيني Y": a conjunction, then a role phrase at most.
                let joined = next < toks.len() && an.info[next].flags & flag::CONJ_CLITIC != 0;
                let b = an.token_mention.get(next).copied().flatten().filter(|&b| {
                    let mi = &an.mentions[b];
                    mi.clitics.conjunction && !mi.clitics.preposition && ok(mi.entity)
                });
                let b = b.or_else(|| {
                    let role = joined && an.token_mention[next].is_none();
                    role.then(|| walk_right(an, next, sentence, ok)).flatten()
                });
                if let Some(b) = b {
                    push(an.mentions[a].entity, an.mentions[b].entity, out);
                }
            }
            continue;
        }
        // Head.
        let (head, tail_from) = match rule.head {
            HeadArg::Before => {
                // Mentions before the trigger, nearest first, within its sentence.
                let before = an
                    .mentions
                    .partition_point(|mi| mi.span.end <= h.word_start);
                let m = (0..before)
                    .rev()
                    .take_while(|&m| {
                        toks[tok(an, an.mentions[m].word_start).min(toks.len() - 1)].sentence
                            == sentence
                    })
                    .find(|&m| {
                        !prepositional(an, m)
                            && eligible(an, rel, Side::Head, an.mentions[m].entity)
                    });
                match m {
                    Some(m) => (an.mentions[m].entity, after),
                    None => continue,
                }
            }
            HeadArg::Adjacent => {
                let prev = t0.checked_sub(1).and_then(|i| an.token_mention[i]);
                match prev.filter(|&m| {
                    let t = tok(an, an.mentions[m].word_start);
                    toks[t].sentence == sentence
                        && eligible(an, rel, Side::Head, an.mentions[m].entity)
                }) {
                    Some(m) => (an.mentions[m].entity, after),
                    None => continue,
                }
            }
            HeadArg::After => {
                match walk_right(an, after, sentence, |e| eligible(an, rel, Side::Head, e)) {
                    Some(m) => (an.mentions[m].entity, after_mention(an, m)),
                    None => continue,
                }
            }
            HeadArg::NisbaAfter => {
                let country = (after..(after + 3).min(toks.len()))
                    .take_while(|&i| {
                        toks[i].sentence == sentence && an.info[i].flags & flag::PREP == 0
                    })
                    .find_map(|i| an.info[i].nisba);
                let Some(n) = country else { continue };
                let c = &cx.lexicon.nisbas[n as usize].country;
                match country_entity(an, cx, c) {
                    Some(e) => (e, after),
                    None => continue,
                }
            }
            HeadArg::Between | HeadArg::Pair => continue,
        };
        // Tail.
        let ok = |e: usize| e != head && eligible(an, rel, Side::Tail, e);
        let tail = match &rule.tail {
            TailArg::After => walk_right(an, tail_from, sentence, ok),
            TailArg::AfterWord(w) => find_words(an, tail_from, sentence, w)
                .find_map(|i| walk_right(an, i + 1, sentence, ok)),
            // The object right after the subject (… بنظيره الروسي X), else the first one that
            // no preposition introduces, across adverbials.
            TailArg::Next => walk_right(an, tail_from, sentence, ok).or_else(|| {
                let from = toks.get(tail_from).map_or(usize::MAX, |t| t.span.start);
                let first = an.mentions.partition_point(|mi| mi.span.start < from);
                (first..an.mentions.len())
                    .take_while(|&m| {
                        let t = tok(an, an.mentions[m].word_start);
                        t < toks.len() && toks[t].sentence == sentence && t < tail_from + 25
                    })
                    .find(|&m| {
                        (!prepositional(an, m) || after_with(an, m)) && ok(an.mentions[m].entity)
                    })
                    // The person a role phrase introduces (رئيس المفوضية الأوروبية X).
                    .map(|m| {
                        let at = tok(an, an.mentions[m].word_start);
                        walk_right(an, at, sentence, ok).unwrap_or(m)
                    })
            }),
            TailArg::Between | TailArg::Pair => None,
        };
        if let Some(m) = tail {
            push(head, an.mentions[m].entity, out);
        }
    }
}

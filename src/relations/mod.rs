//! Relations between entities, from patterns over trigger words and role phrases
//! (`gazetteers/relation_patterns.tsv`, with the trigger lemmas of `relation_triggers.tsv`
//! and the word classes of `relation_words.tsv`).
//!
//! The parts:
//! - `morph`: a trigger lemma's inflected forms, from its pattern class;
//! - `pattern`: the pattern language (slots, gaps, argument roles);
//! - `rules`: reading the three files into a rule set, with the forms the matcher finds;
//! - `engine`: matching the patterns at every trigger word and role phrase of a document;
//! - `modality`: done, planned or negated, from the words around the trigger.
//!
//! ```
//! use kashf::{Extractor, Modality, RelationType};
//!
//! let text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط، حيث سيلتقي نظيره العماني بدر البوسعيدي.";
//! let doc = Extractor::shared().extract(text);
//! // Jordan is named only by the adjective الأردني: that relation is an implied one.
//! let found: Vec<(&str, &str, &str, Modality)> = doc
//!     .relations
//!     .iter()
//!     .chain(&doc.implied_relations)
//!     .map(|r| {
//!         (doc.entities[r.head].name.as_str(), r.relation_type.as_str(),
//!          doc.entities[r.tail].name.as_str(), r.modality)
//!     })
//!     .collect();
//! assert!(found.contains(&("Ayman Safadi", "VISITS", "Muscat", Modality::Done)));
//! assert!(found.contains(&("Ayman Safadi", "MEETS", "Badr Albusaidi", Modality::Planned)));
//! assert!(found.contains(&("Ayman Safadi", "AFFILIATED_WITH", "Jordan", Modality::Done)));
//! ```

mod engine;
mod modality;
pub(crate) mod morph;
mod pattern;
pub(crate) mod rules;

use crate::ner::tokens::flag;
use crate::ner::{country_entity, Analysis, Context};
use crate::span::Span;
pub use crate::types::RelationType;
use crate::types::{Modality, NegatedRelations, MATCH_REACH};

use engine::{ArgRef, Doc, Found};
use pattern::{Slot, Types};
use rules::{class, RuleSet};

/// A relation found in the text, in normalized offsets.
#[derive(Debug, Clone)]
pub(crate) struct RelationInfo {
    pub relation: RelationType,
    pub head: usize,
    pub tail: usize,
    pub trigger: Span,
    pub sentence: usize,
    pub rule: String,
    pub modality: Modality,
}

/// One match, before its arguments are resolved to entities.
struct Match {
    pattern: u32,
    found: Found,
    trigger: Span,
    sentence: usize,
    modality: Modality,
    /// Stated as planned, negated or not.
    planned: bool,
}

/// Runs every pattern at every anchor: each trigger word, and each role phrase. At one
/// anchor, the first pattern of a relation type (in file order) that matches is the one
/// that counts.
pub(crate) fn extract(
    an: &mut Analysis<'_>,
    cx: &Context<'_>,
    rules: &RuleSet,
    negated: NegatedRelations,
) -> Vec<RelationInfo> {
    let matches = find(an, rules);
    let mut out = Vec::new();
    for m in matches {
        let p = &rules.patterns[m.pattern as usize];
        let mut relation = p.relation;
        // An agreement to be signed (or one not intended, لا تعتزم توقيع) is the type of its
        // own the contract names.
        if relation == RelationType::SignsAgreement && m.planned {
            relation = RelationType::PlansAgreement;
        }
        // A purchase that an agreement still to be signed would make (يعتزم توقيع اتفاق مع
        // X لشراء …) is not stated as made: the agreement is planned, the purchase no fact.
        if relation == RelationType::Purchase
            && m.planned
            && matches!(p.slots[p.anchor], Slot::Trigger { group, .. }
                if Some(group) == rules.sign)
        {
            continue;
        }
        if m.modality == Modality::Negated && negated == NegatedRelations::Drop {
            continue;
        }
        for (h, t) in m.found.pairs() {
            let (Some(head), Some(tail)) = (resolve(an, cx, h), resolve(an, cx, t)) else {
                continue;
            };
            if head == tail {
                continue;
            }
            out.push(RelationInfo {
                relation,
                head,
                tail,
                trigger: m.trigger,
                sentence: m.sentence,
                rule: p.id.clone(),
                modality: m.modality,
            });
        }
    }
    out
}

/// Whether `word` ends in ها or ته (the last four bytes, the letters two bytes each), as
/// every role word with its pronoun that the matcher does not flag does.
#[inline]
fn pronoun_ending(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 6
        && matches!(
            b[b.len() - 4..],
            [0xD9, 0x87, 0xD8, 0xA7] /* ها */ | [0xD8, 0xAA, 0xD9, 0x87] /* ته */
        )
}

fn resolve(an: &mut Analysis<'_>, cx: &Context<'_>, r: ArgRef) -> Option<usize> {
    match r {
        ArgRef::Entity(e) => Some(e),
        ArgRef::Country(n) => {
            let c = &cx.lexicon.nisbas.get(n as usize)?.country;
            country_entity(an, cx, c)
        }
    }
}

/// Whether a match states a relation between two different arguments.
fn states_something(f: &Found) -> bool {
    f.pairs().iter().any(|(h, t)| h != t)
}

/// Records pattern `pi`'s match, when it states a relation, with its modality; its relation
/// is then done at this anchor.
#[allow(clippy::too_many_arguments)]
fn record(
    doc: &Doc<'_, '_>,
    pi: u32,
    relation: RelationType,
    found: Found,
    trigger: impl FnOnce(&Found) -> Span,
    sentence: usize,
    done: &mut Vec<RelationType>,
    out: &mut Vec<Match>,
) {
    if !states_something(&found) {
        return;
    }
    let parties = || found.heads.iter().chain(&found.tails).chain(&found.both);
    let person =
        parties().any(|&r| matches!(r, ArgRef::Entity(e) if doc.type_of(e) & Types::PERSON != 0));
    // Two teams that meet or face each other near a match's words play a game.
    if matches!(relation, RelationType::Meets | RelationType::TensionWith)
        && !person
        && doc.near_class(found.start, found.end, MATCH_REACH, class::MATCH)
    {
        return;
    }
    if relation == RelationType::Meets {
        // A news outlet that meets or calls someone interviews them (في اتصال هاتفي مع
        // «الشرق الأوسط», «الجزيرة» التقت …), or stands as a dateline: no meeting.
        if parties().any(|&r| matches!(r, ArgRef::Entity(e) if doc.is_media(e))) {
            return;
        }
        // Parties that are no persons meet (التقى, لقاء, استقبل) in a game or a figure of
        // speech (تلتقي ليبيا مع رواندا, مهرجان أبها يستقبل زواره); they hold talks.
        let anchor = doc.rules.patterns[pi as usize]
            .slots
            .iter()
            .find_map(|s| match s {
                Slot::Trigger { group, .. } => Some(*group),
                _ => None,
            });
        if !person && anchor.is_some() && anchor == doc.rules.meet {
            return;
        }
    }
    done.push(relation);
    let (modality, planned) = modality::modality(doc, &found);
    out.push(Match {
        pattern: pi,
        modality,
        planned,
        trigger: trigger(&found),
        sentence,
        found,
    });
}

/// Per sentence, whether it holds two arguments a relation could take: two mentions, a
/// mention and a nationality adjective, or two adjectives. Every argument a pattern binds is
/// one of these, in the sentence of its anchor; a sentence with fewer holds no relation, and
/// its trigger words are not looked at.
fn sentences_with_two_arguments(an: &Analysis<'_>) -> Vec<bool> {
    let toks = an.tokens.tokens();
    let mut count = vec![0u8; an.tokens.sentences().len()];
    let mut add = |t: usize| {
        if let Some(c) = toks.get(t).and_then(|t| count.get_mut(t.sentence())) {
            *c = c.saturating_add(1);
        }
    };
    for m in &an.mentions {
        add(an.tokens.token_at_or_after(m.word_start));
    }
    for (t, info) in an.info.iter().enumerate() {
        if info.nisba().is_some() {
            add(t);
        }
    }
    count.into_iter().map(|c| c >= 2).collect()
}

/// The words a pattern anchored on a name writes right before it, with at most a short gap
/// of single words between (، متهما X; متهما حكومة الرئيس X), and how far before the name
/// they may stand: a name without one of them nearby is not tried. None where the gap may
/// hold an aside or brackets, whose length no count of words bounds.
fn written_before(p: &pattern::Pattern) -> Option<(usize, &[String])> {
    let before = |k: usize| p.anchor.checked_sub(k).map(|i| &p.slots[i]);
    match (before(2), before(1)) {
        (_, Some(Slot::Word(words))) => Some((1, words.as_slice())),
        (Some(Slot::Word(words)), Some(Slot::Gap { max, kinds }))
            if !kinds.has(pattern::Kinds::COMMA) && !kinds.has(pattern::Kinds::PAREN) =>
        {
            Some((*max as usize + 1, words.as_slice()))
        }
        _ => None,
    }
}

fn find(an: &Analysis<'_>, rules: &RuleSet) -> Vec<Match> {
    let doc = Doc::new(an, rules);
    let toks = an.tokens.tokens();
    let mut out = Vec::new();
    let mut done: Vec<RelationType> = Vec::new();
    let mut last: Option<(usize, u16)> = None;
    let two = sentences_with_two_arguments(an);
    let arguable = |t: usize| two.get(toks[t].sentence()).copied().unwrap_or(true);
    for &(t, f) in &doc.triggers {
        let group = rules.triggers[f as usize].group;
        if last == Some((t, group)) || !arguable(t) {
            continue;
        }
        last = Some((t, group));
        done.clear();
        for &pi in &rules.anchored[group as usize] {
            let p = &rules.patterns[pi as usize];
            if done.contains(&p.relation) {
                continue;
            }
            let Slot::Trigger { filter, .. } = p.slots[p.anchor] else {
                continue;
            };
            if !doc.has_trigger(t, group, filter) {
                continue;
            }
            let Some(found) = doc.match_at(p, t, t + 1, (&[], &[])) else {
                continue;
            };
            let (span, sentence) = (toks[t].span(), toks[t].sentence());
            record(
                &doc,
                pi,
                p.relation,
                found,
                |_| span,
                sentence,
                &mut done,
                &mut out,
            );
        }
    }
    for m in 0..an.mentions.len() {
        if rules.name_anchored.is_empty() {
            break;
        }
        let r = an
            .tokens
            .tokens_within(an.mentions[m].word_start, an.mentions[m].span.end);
        if r.is_empty() || !arguable(r.start) {
            continue;
        }
        done.clear();
        for &pi in &rules.name_anchored {
            let p = &rules.patterns[pi as usize];
            if done.contains(&p.relation) {
                continue;
            }
            if let Some((reach, words)) = written_before(p) {
                if !(r.start.saturating_sub(reach)..r.start).any(|i| doc.is_word(i, words)) {
                    continue;
                }
            }
            let Some(found) = doc.match_at(p, r.start, r.end, (&[], &[])) else {
                continue;
            };
            // The words the pattern matched stand for the trigger, without a bracketed
            // apposition they end with (في الكوفة (1968)).
            let trigger = |f: &Found| {
                let (s, mut e) = (f.start, f.end.max(f.start + 1));
                if e < toks.len() {
                    e = doc.before_apposition(e, toks[s].sentence()).max(s + 1);
                }
                Span::new(toks[s].span().start, toks[e - 1].span().end)
            };
            let sentence = toks[r.start].sentence();
            record(
                &doc, pi, p.relation, found, trigger, sentence, &mut done, &mut out,
            );
        }
    }
    if !rules.role_anchored.is_empty() {
        let mut i = 0;
        while i < toks.len() {
            // Only a title, role or trigger word can open a role phrase, or a role word with
            // its pronoun that the matcher flags as no role (`pronoun-role`: وزيرها, رئيستها,
            // رئيسته; رئيسه is flagged): such a word ends in ها or ته, tested first to spare
            // a lookup for each word that ends in ه (every ة once normalized).
            let opens = an.info[i].flags & (flag::ROLE | flag::TITLE | flag::TRIGGER) != 0
                || an.info[i].flags & (flag::STOP | flag::PREP) == 0
                    && pronoun_ending(doc.word(i))
                    && doc.classes(i) & class::PRONOUN_ROLE != 0;
            if !opens || !arguable(i) {
                i += 1;
                continue;
            }
            let Some(phrase) = doc.role_phrase(i) else {
                i += 1;
                continue;
            };
            done.clear();
            // A person right after the phrase is the one it introduces: the phrase is then no
            // apposition to a name before it.
            let introduces = phrase.end < toks.len()
                && toks[phrase.end].sentence() == toks[i].sentence()
                && doc.plain_before(phrase.end)
                && doc.person_like(phrase.end);
            for &pi in &rules.role_anchored {
                let p = &rules.patterns[pi as usize];
                if done.contains(&p.relation) {
                    continue;
                }
                let head_before = p.slots[..p.anchor]
                    .iter()
                    .any(|s| matches!(s, Slot::Arg { .. }));
                if introduces && head_before {
                    continue;
                }
                let Some(found) =
                    doc.match_at(p, phrase.start, phrase.end, (&phrase.names, &phrase.hosts))
                else {
                    continue;
                };
                let span = Span::new(
                    toks[phrase.start].span().start,
                    toks[phrase.end - 1].span().end,
                );
                let sentence = toks[i].sentence();
                record(
                    &doc,
                    pi,
                    p.relation,
                    found,
                    |_| span,
                    sentence,
                    &mut done,
                    &mut out,
                );
            }
            i = phrase.end.max(i + 1);
        }
    }
    out
}

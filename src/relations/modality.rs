//! Whether a matched relation is done, planned or negated, from the words around its
//! trigger: a negation particle right before a trigger word (لم يلتق, لن تنضم, لا تعتزم) or
//! a denial a few words before the match or its trigger (نفى وجود أي خلاف, ألغى زيارته)
//! negates it; the
//! future prefix (سيزور), a planning word a few words before (سوف, من المقرر أن, يعتزم,
//! عزمها) or right after a noun trigger (زيارته المقررة) plans it; anything else is done.

use super::engine::{Doc, Found};
use super::morph::Aspect;
use super::rules::class;
use crate::types::Modality;

/// How far before the match a denial reaches, in words.
const DENIAL_REACH: usize = 6;
/// How far before a trigger word a planning word reaches, in words.
const PLAN_REACH: usize = 3;

/// The modality of a match, and whether it is stated as planned (a negated intention, لا
/// تعتزم توقيع, is both: negated, and about a plan).
pub(super) fn modality(doc: &Doc<'_, '_>, found: &Found) -> (Modality, bool) {
    let planned = planned(doc, found);
    let m = if negated(doc, found) {
        Modality::Negated
    } else if planned {
        Modality::Planned
    } else {
        Modality::Done
    };
    (m, planned)
}

/// The words before token `t` in its sentence, nearest first, up to punctuation.
fn before<'x>(doc: &'x Doc<'_, '_>, t: usize, reach: usize) -> impl Iterator<Item = usize> + 'x {
    (1..=reach.min(t))
        .map(move |d| t - d)
        .take_while(move |&k| doc.plain_before(k + 1))
}

/// The trigger words of a match and its first word.
fn heads(found: &Found) -> impl Iterator<Item = usize> + '_ {
    found
        .triggers
        .iter()
        .copied()
        .chain(std::iter::once(found.start))
}

fn negated(doc: &Doc<'_, '_>, found: &Found) -> bool {
    for t in heads(found) {
        let mut near = before(doc, t, 2);
        // لم يلتق; لا تعتزم … (a negation before the intention that governs the trigger).
        if let Some(k) = near.next() {
            if doc.classes(k) & class::NEGATION != 0 {
                return true;
            }
            if near.next().is_some_and(|k2| {
                doc.classes(k2) & class::NEGATION != 0
                    && (doc.is_intent(k) || doc.classes(k) & class::PLANNED != 0)
            }) {
                return true;
            }
        }
    }
    // نفى وجود أي خلاف; X رفض التعاون مع Y: before the match or before a trigger word.
    heads(found).any(|t| {
        before(doc, t, DENIAL_REACH)
            .any(|k| doc.classes(k) & class::DENIAL != 0 || doc.is_denial(k))
    })
}

fn planned(doc: &Doc<'_, '_>, found: &Found) -> bool {
    for &t in &found.triggers {
        if doc.has_aspect(t, Aspect::Future) || doc.is_intent(t) {
            return true;
        }
        if doc.has_aspect(t, Aspect::Noun)
            && doc.plain_before(t + 1)
            && t + 1 < doc.tokens()
            && doc.classes(t + 1) & class::PLANNED_AFTER != 0
        {
            return true;
        }
    }
    heads(found).any(|t| {
        before(doc, t, PLAN_REACH).any(|k| doc.classes(k) & class::PLANNED != 0 || doc.is_intent(k))
    })
}

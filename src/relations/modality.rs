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

pub(super) fn modality(doc: &Doc<'_, '_>, found: &Found) -> Modality {
    let mut heads = found.triggers.clone();
    heads.push(found.start);
    // The words before token `t` in its sentence, nearest first, up to punctuation.
    let before = |t: usize, reach: usize| {
        let mut v = Vec::new();
        let mut k = t;
        while k > 0 && v.len() < reach && doc.plain_before(k) {
            k -= 1;
            v.push(k);
        }
        v
    };
    for &t in &heads {
        let near = before(t, 2);
        // لم يلتق; لا تعتزم … (a negation before the intention that governs the trigger).
        if let Some(&k) = near.first() {
            if doc.classes(k) & class::NEGATION != 0 {
                return Modality::Negated;
            }
            if near.len() == 2
                && doc.classes(near[1]) & class::NEGATION != 0
                && (doc.is_intent(k) || doc.classes(k) & class::PLANNED != 0)
            {
                return Modality::Negated;
            }
        }
    }
    // نفى وجود أي خلاف; X رفض التعاون مع Y: before the match or before a trigger word.
    if heads.iter().any(|&t| {
        before(t, DENIAL_REACH)
            .into_iter()
            .any(|k| doc.classes(k) & class::DENIAL != 0 || doc.is_denial(k))
    }) {
        return Modality::Negated;
    }
    for &t in &found.triggers {
        if doc.has_aspect(t, Aspect::Future) || doc.is_intent(t) {
            return Modality::Planned;
        }
        if doc.has_aspect(t, Aspect::Noun)
            && doc.plain_before(t + 1)
            && t + 1 < doc.tokens()
            && doc.classes(t + 1) & class::PLANNED_AFTER != 0
        {
            return Modality::Planned;
        }
    }
    for &t in &heads {
        if before(t, PLAN_REACH)
            .into_iter()
            .any(|k| doc.classes(k) & class::PLANNED != 0 || doc.is_intent(k))
        {
            return Modality::Planned;
        }
    }
    Modality::Done
}

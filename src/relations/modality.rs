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
fn before(doc: &Doc<'_, '_>, t: usize, reach: usize) -> Vec<usize> {
    let mut v = Vec::new();
    let mut k = t;
    while k > 0 && v.len() < reach && doc.plain_before(k) {
        k -= 1;
        v.push(k);
    }
    v
}

fn negated(doc: &Doc<'_, '_>, found: &Found) -> bool {
    let mut heads = found.triggers.clone();
    heads.push(found.start);
    for &t in &heads {
        let near = before(doc, t, 2);
        // لم يلتق; لا تعتزم … (a negation before the intention that governs the trigger).
        if let Some(&k) = near.first() {
            if doc.classes(k) & class::NEGATION != 0 {
                return true;
            }
            if near.len() == 2
                && doc.classes(near[1]) & class::NEGATION != 0
                && (doc.is_intent(k) || doc.classes(k) & class::PLANNED != 0)
            {
                return true;
            }
        }
    }
    // نفى وجود أي خلاف; X رفض التعاون مع Y: before the match or before a trigger word.
    heads.iter().any(|&t| {
        before(doc, t, DENIAL_REACH)
            .into_iter()
            .any(|k| doc.classes(k) & class::DENIAL != 0 || doc.is_denial(k))
    })
}

fn planned(doc: &Doc<'_, '_>, found: &Found) -> bool {
    let mut heads = found.triggers.clone();
    heads.push(found.start);
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
    heads.iter().any(|&t| {
        before(doc, t, PLAN_REACH)
            .into_iter()
            .any(|k| doc.classes(k) & class::PLANNED != 0 || doc.is_intent(k))
    })
}

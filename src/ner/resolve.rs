//! The overlap policy, decided here and nowhere else: among candidate mentions the longest
//! wins, then the earliest, then the higher-priority source (see [`priority`]).

use std::collections::BTreeMap;

#[cfg(doc)]
use super::candidate::priority;
use super::candidate::Candidate;

/// Longest, then earliest, then highest priority; no two kept mentions overlap.
pub(super) fn resolve(cands: Vec<Candidate>) -> Vec<Candidate> {
    // The order is decided on indices (a stable sort: ties keep the order the rules gave),
    // so that the candidates themselves are neither copied nor moved to sort them.
    let mut order: Vec<u32> = (0..cands.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&cands[a as usize], &cands[b as usize]);
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
            .then(a.priority.cmp(&b.priority))
    });
    let mut keep = vec![false; cands.len()];
    // Kept spans are disjoint, so the only one that can overlap a candidate is the last kept
    // span starting before the candidate's end.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for &i in &order {
        let c = &cands[i as usize];
        let clash = taken
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        if !clash && !c.span.is_empty() {
            taken.insert(c.span.start, c.span.end);
            keep[i as usize] = true;
        }
    }
    // Kept spans are disjoint and so have distinct starts: by start, the order is total.
    let mut kept: Vec<Candidate> = cands
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    kept.sort_unstable_by_key(|c| c.span.start);
    kept
}

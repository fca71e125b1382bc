//! The overlap policy, decided here and nowhere else: among candidate mentions the longest
//! wins, then the earliest, then the higher-priority source (see [`priority`]).

use std::collections::BTreeMap;

#[cfg(doc)]
use super::candidate::priority;
use super::candidate::Candidate;

/// Longest, then earliest, then highest priority; no two kept mentions overlap.
pub(super) fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
            .then(a.priority.cmp(&b.priority))
    });
    let mut kept: Vec<Candidate> = Vec::new();
    // Kept spans are disjoint, so the only one that can overlap a candidate is the last kept
    // span starting before the candidate's end.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for c in cands {
        let clash = taken
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        if !clash && !c.span.is_empty() {
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

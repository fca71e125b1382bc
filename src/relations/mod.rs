//! Relations between entities, from trigger words and argument-order patterns
//! (`gazetteers/relations.tsv`) and from role phrases (affiliation).

mod affiliation;
mod args;
mod triggers;

use crate::ner::{Analysis, Context};
use crate::span::Span;
pub use crate::types::RelationType;

/// A relation found in the text, in normalized offsets.
#[derive(Debug, Clone)]
pub(crate) struct RelationInfo {
    pub relation: RelationType,
    pub head: usize,
    pub tail: usize,
    pub trigger: Span,
    pub sentence: usize,
    pub rule: String,
}

/// Runs the trigger rules and the affiliation rule.
pub(crate) fn extract(an: &mut Analysis<'_>, cx: &Context<'_>) -> Vec<RelationInfo> {
    let mut out = Vec::new();
    triggers::trigger_rules(an, cx, &mut out);
    affiliation::affiliation(an, cx, &mut out);
    out.retain(|r| r.head != r.tail);
    out
}

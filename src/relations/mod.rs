//! Relations between entities, from trigger words and argument-order patterns
//! (`gazetteers/relations.tsv`) and from role phrases (affiliation).
//!
//! ```
//! use kashf::{Extractor, RelationType};
//!
//! let text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط.";
//! let doc = Extractor::shared().extract(text);
//! let found: Vec<(&str, &str, &str, &str)> = doc
//!     .relations
//!     .iter()
//!     .map(|r| {
//!         let why = &r.evidence[0];
//!         (doc.entities[r.head].name.as_str(), r.relation_type.as_str(),
//!          doc.entities[r.tail].name.as_str(), why.trigger.text.as_str())
//!     })
//!     .collect();
//! assert_eq!(found, [
//!     ("Ayman Safadi", "VISITS", "Muscat", "وصل"),
//!     ("Ayman Safadi", "AFFILIATED_WITH", "Jordan", "وزير الخارجية الأردني"),
//! ]);
//! ```

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

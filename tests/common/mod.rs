//! Helpers the test suites share.

use kashf::{Document, EntityType};

/// The texts of the mentions of one type, in text order.
pub fn mentions_of(doc: &Document, ty: EntityType) -> Vec<&str> {
    doc.mentions()
        .into_iter()
        .filter(|(e, _)| e.entity_type == ty)
        .map(|(_, m)| m.text.as_str())
        .collect()
}

//! Helpers the test suites share.

use kashf::{Document, Entity, EntityType, Extractor};

/// The texts of the mentions of one type, in text order.
pub fn mentions_of(doc: &Document, ty: EntityType) -> Vec<&str> {
    doc.mentions()
        .into_iter()
        .filter(|(e, _)| e.entity_type == ty)
        .map(|(_, m)| m.text.as_str())
        .collect()
}

/// The document's people, in the order of its entities. (Not every suite calls this one.)
#[allow(dead_code)]
pub fn people(doc: &Document) -> Vec<&Entity> {
    doc.entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Person)
        .collect()
}

/// Asserts that each text's person mentions, with the default extractor, are the names given,
/// in text order. (Not every suite that shares these helpers calls this one.)
#[allow(dead_code)]
pub fn assert_persons(cases: &[(&str, &[&str])]) {
    for &(text, names) in cases {
        let doc = Extractor::shared().extract(text);
        assert_eq!(mentions_of(&doc, EntityType::Person), names, "{text}");
    }
}

//! # kashf
//!
//! Named entities and relations in Arabic news, with exact offsets into the caller's text.
//!
//! ```
//! let doc = kashf::Extractor::shared().extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران.");
//! let lavrov = doc.entity("person:sergei-lavrov").unwrap();
//! assert_eq!(lavrov.mentions[0].text, "سيرغي لافروف");
//! assert!(doc.relations.iter().any(|r| r.relation_type == kashf::RelationType::Visits));
//! ```
//!
//! The pipeline runs one way: [`normalize`] (with an offset map) → [`tokenize`] → the
//! clitic-aware gazetteer matcher → the entity rules → the relation rules → spans mapped back
//! once → [`Document`]. Everything that can fail happens in [`ExtractorBuilder::build`];
//! [`Extractor::extract`] is total.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod clitic;
pub mod document;
pub mod error;
mod fasthash;
pub mod gazetteer;
mod lexicon;
mod matcher;
mod ner;
pub mod normalize;
mod pipeline;
pub mod relations;
pub mod span;
pub mod tokenize;
mod tsv;
pub mod types;
pub mod variants;

pub use document::{Document, Entity, Evidence, Mention, Relation};
pub use error::{Error, ErrorKind};
pub use gazetteer::{Entry, Gazetteer};
pub use normalize::{normalize, NormalizeOptions, Normalized};
pub use pipeline::{Extractor, ExtractorBuilder};
pub use span::Span;
pub use types::{Defaults, EntityRules, EntityType, RelationType};
pub use variants::VariantRules;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

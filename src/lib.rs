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
//! The pipeline runs one way: [`normalize()`] (with an offset map) → [`tokenize`] → the
//! clitic-aware gazetteer matcher → the entity rules → the relation rules → spans mapped back
//! once → [`Document`]. Everything that can fail happens in [`ExtractorBuilder::build`];
//! [`Extractor::extract`] is total.
//!
//! ## Reading the output
//!
//! A [`Document`] holds [`Entity`] values, each with its [`Mention`]s, and [`Relation`]s, each
//! with its [`Evidence`]. The [`document`] module describes every field and the JSON that
//! [`Document::to_json`] writes (the output contract); [`Document::to_html`] writes a page for a
//! person to read, the text right to left with every mention highlighted.
//!
//! ```
//! let text = "استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط نظيره الأردني أيمن الصفدي.";
//! let doc = kashf::Extractor::shared().extract(text);
//! for (entity, m) in doc.mentions() {
//!     println!("{} {} at chars {}..{}", entity.entity_type.as_str(), entity.name, m.char_start, m.char_end);
//! }
//! let page = doc.to_html(text);
//! assert_eq!(page.matches("<mark class=\"kashf-m\"").count(), doc.mentions().len());
//! ```
//!
//! ## Configuring
//!
//! [`Extractor::builder`] adds your lists ([`Gazetteer`], TSV or spaCy-style JSONL), leaves
//! embedded ones out, and switches rules: see [`ExtractorBuilder`]. The modules below the
//! pipeline ([`mod@normalize`], [`tokenize`], [`clitic`], [`gazetteer`], [`variants`]) are
//! public so that a caller can reproduce what a stage does.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod clitic;
pub mod conventions;
pub mod document;
pub mod error;
mod fasthash;
pub mod gazetteer;
mod html;
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
pub use ner::tagger;
pub use normalize::{normalize, NormalizeOptions, Normalized};
pub use pipeline::{Extractor, ExtractorBuilder, TaggerSource};
pub use span::Span;
pub use types::{Defaults, EntityRules, EntityType, Modality, NegatedRelations, RelationType};
pub use variants::VariantRules;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

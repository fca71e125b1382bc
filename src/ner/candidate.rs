//! Candidate mentions, from every source, before the overlap policy chooses among them.

use crate::clitic::Proclitics;
use crate::span::Span;
use crate::types::EntityType;

use super::Context;

/// Source priorities for the overlap policy: lower wins at equal span.
pub(crate) mod priority {
    /// A name a cue word types explicitly (صحيفة «…»), over a list's other reading.
    pub const CUED: u8 = 0;
    pub const USER_LIST: u8 = 1;
    pub const DEFAULT_LIST: u8 = 2;
    pub const ORG_HEAD: u8 = 3;
    pub const QUOTED_ORG: u8 = 4;
    pub const PERSON_RULE: u8 = 5;
    pub const SURNAME: u8 = 6;
    pub const TAGGER: u8 = 7;
}

/// Where a mention came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// A list entry, by index.
    Entry(u32),
    /// A generated entity: id, type, subtype, name.
    Generated(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub span: Span,
    pub word_start: usize,
    pub clitics: Proclitics,
    pub etype: EntityType,
    pub key: Key,
    /// For a generated entity; empty for a list match (read from the entry).
    pub subtype: Option<String>,
    /// For a generated entity whose id is not `TYPE:name`; empty for a list match (read from
    /// the entry) and for a generated id that holds the name ([`name_of`]): most of the
    /// tagger's names, one string fewer each.
    pub name: String,
    pub priority: u8,
    /// The rule that produced it (`list`, `person.title`, `coref.surname` …).
    pub rule: &'static str,
}

impl Candidate {
    /// A candidate for list entry `e` (one id, one entity: its canonical entry) at `span`.
    /// An entry's name and subtype are read from the entry when needed: no copy per match.
    pub(super) fn of_entry(
        cx: &Context<'_>,
        e: u32,
        span: Span,
        word_start: usize,
        clitics: Proclitics,
    ) -> Candidate {
        Candidate {
            span,
            word_start,
            clitics,
            etype: cx.entries[e as usize].entity_type,
            key: Key::Entry(cx.canonical[e as usize]),
            subtype: None,
            name: String::new(),
            priority: if (e as usize) < cx.default_entries {
                priority::DEFAULT_LIST
            } else {
                priority::USER_LIST
            },
            rule: "list",
        }
    }
}

/// A candidate's canonical name: its entry's for a list match, its own or the name its
/// generated id `TYPE:name` holds for a generated entity.
pub(super) fn name_of<'b>(cx: &'b Context<'_>, c: &'b Candidate) -> &'b str {
    match &c.key {
        Key::Entry(e) => &cx.entries[*e as usize].name,
        Key::Generated(id) if c.name.is_empty() => id.split_once(':').map_or(id, |(_, n)| n),
        Key::Generated(_) => &c.name,
    }
}

/// The generated id of a name of type `etype`: `TYPE:name`, which [`name_of`] reads the name
/// back from (a candidate with this id leaves its `name` empty).
pub(super) fn generated_key(etype: EntityType, name: &str) -> Key {
    Key::Generated(format!("{}:{name}", etype.as_str()))
}

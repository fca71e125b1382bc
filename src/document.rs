//! The output: a document's entities with their mentions, and its relations, in offsets of
//! the caller's original text. Serialized exactly as `SCHEMA.md` describes.

use crate::fasthash::FastMap;
use crate::ner::Analysis;
use crate::normalize::Normalized;
use crate::relations::RelationInfo;
use crate::span::Span;
use crate::types::EntityType;
use crate::types::RelationType;
use serde::{Deserialize, Serialize};

/// A span of the original text with its char offsets and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// UTF-8 byte offset where it starts.
    pub start: usize,
    /// UTF-8 byte offset one past its end.
    pub end: usize,
    /// Unicode scalar offset where it starts.
    pub char_start: usize,
    /// Unicode scalar offset one past its end.
    pub char_end: usize,
    /// Exactly the original text between `start` and `end`.
    pub text: String,
    /// For an entity mention, the rule that found it: `list` (a gazetteer form), `org-head`,
    /// `org-head.genitive`, `quoted-org`, `person.title`, `person.role`, `person.given-name`,
    /// `person.apposition`,
    /// `coref.surname`, `coref.head`. Absent on triggers.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rule: Option<String>,
}

impl Mention {
    /// Its byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// One real-world entity of the document, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Gazetteer id, or a generated one (`PERSON:…`, `org-head:…`).
    pub id: String,
    /// Coarse type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Finer type, if known.
    pub subtype: Option<String>,
    /// Canonical name (English where the gazetteer knows it).
    pub name: String,
    /// Mentions in text order. Empty for an entity named only through an adjective
    /// (الروسي) and kept because a relation needs it.
    pub mentions: Vec<Mention>,
}

/// A byte span of the original text (a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanOut {
    /// UTF-8 byte offset where it starts.
    pub start: usize,
    /// UTF-8 byte offset one past its end.
    pub end: usize,
}

/// Why a relation was extracted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The sentence it was found in.
    pub sentence: SpanOut,
    /// The trigger word or role phrase.
    pub trigger: Mention,
    /// The id of the rule that fired.
    pub rule: String,
}

/// A relation between two entities of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Relation {
    /// Its type.
    #[serde(rename = "type")]
    pub relation_type: RelationType,
    /// Index into [`Document::entities`].
    pub head: usize,
    /// Index into [`Document::entities`].
    pub tail: usize,
    /// Every place in the text that supports it.
    pub evidence: Vec<Evidence>,
}

/// What `extract` finds in one text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// Relations in order of first evidence.
    pub relations: Vec<Relation>,
}

impl Document {
    /// The JSON of SCHEMA.md.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The JSON of SCHEMA.md, indented.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every mention with its entity, in text order.
    pub fn mentions(&self) -> Vec<(&Entity, &Mention)> {
        let mut v: Vec<_> = self
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
            .collect();
        v.sort_by_key(|(_, m)| m.start);
        v
    }

    /// The entity with this id, if the document has it.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// Char offsets of byte offsets, computed once per document.
struct CharIndex {
    at: Vec<u32>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut at = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for slot in &mut at[i..i + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        at[text.len()] = n;
        CharIndex { at }
    }
}

fn mention(original: &str, ci: &CharIndex, span: Span) -> Mention {
    Mention {
        start: span.start,
        end: span.end,
        char_start: ci.at[span.start] as usize,
        char_end: ci.at[span.end] as usize,
        text: original[span.start..span.end].to_string(),
        rule: None,
    }
}

pub(crate) fn build(
    original: &str,
    norm: &Normalized,
    an: &Analysis<'_>,
    rels: &[RelationInfo],
) -> Document {
    let ci = CharIndex::new(original);
    let mut entities: Vec<Entity> = an
        .entities
        .iter()
        .map(|e| Entity {
            id: e.id.clone(),
            entity_type: e.etype,
            subtype: e.subtype.clone(),
            name: e.name.clone(),
            mentions: Vec::new(),
        })
        .collect();
    for m in &an.mentions {
        let span = norm.to_original(m.span);
        let mut out = mention(original, &ci, span);
        out.rule = Some(m.rule.to_string());
        entities[m.entity].mentions.push(out);
    }
    for e in &mut entities {
        // Names the rules made from the text read as the caller wrote them.
        if e.id.contains(':') && e.id.starts_with(|c: char| c.is_ascii_uppercase()) {
            if let Some(m) = e.mentions.first() {
                e.name = m.text.clone();
            }
        }
    }
    // Entities in order of first mention; mention-less ones (adjective-only) last.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| entities[i].mentions.first().map_or(usize::MAX, |m| m.start));
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let entities: Vec<Entity> = order.iter().filter_map(|&i| slots[i].take()).collect();

    let mut relations: Vec<Relation> = Vec::new();
    let mut index: FastMap<(RelationType, usize, usize), usize> = FastMap::default();
    for r in rels {
        let (mut head, mut tail) = (new_index[r.head], new_index[r.tail]);
        if r.relation.is_symmetric() && head > tail {
            std::mem::swap(&mut head, &mut tail);
        }
        let sentence = an
            .tokens
            .sentences()
            .get(r.sentence)
            .copied()
            .unwrap_or_default();
        let s = norm.to_original(sentence);
        let evidence = Evidence {
            sentence: SpanOut {
                start: s.start,
                end: s.end,
            },
            trigger: mention(original, &ci, norm.to_original(r.trigger)),
            rule: r.rule.clone(),
        };
        match index.get(&(r.relation, head, tail)) {
            Some(&x) => relations[x].evidence.push(evidence),
            None => {
                index.insert((r.relation, head, tail), relations.len());
                relations.push(Relation {
                    relation_type: r.relation,
                    head,
                    tail,
                    evidence: vec![evidence],
                });
            }
        }
    }
    Document {
        entities,
        relations,
    }
}

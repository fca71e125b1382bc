//! The output: a document's entities with their mentions, and its relations, in offsets of
//! the caller's original text, and the contract of their JSON (below, from the crate's
//! `SCHEMA.md`).
//!
//! ```
//! use kashf::{Document, Extractor, RelationType};
//!
//! let text = "استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط نظيره الأردني أيمن الصفدي.";
//! let doc = Extractor::shared().extract(text);
//! for (entity, m) in doc.mentions() {
//!     assert_eq!(&text[m.start..m.end], m.text, "{}", entity.id);
//! }
//! let meets = doc.relations.iter().find(|r| r.relation_type == RelationType::Meets).unwrap();
//! let names = [&doc.entities[meets.head].name, &doc.entities[meets.tail].name];
//! assert_eq!(names, ["Badr Albusaidi", "Ayman Safadi"]);
//!
//! // The JSON of the contract, and back.
//! let back: Document = serde_json::from_str(&doc.to_json()).unwrap();
//! assert_eq!(back, doc);
//! ```
//!
#![doc = include_str!("../SCHEMA.md")]

use crate::fasthash::FastMap;
use crate::ner::{EntityInfo, MentionInfo};
use crate::normalize::Normalized;
use crate::relations::RelationInfo;
use crate::span::Span;
use crate::types::EntityType;
use crate::types::{Modality, RelationType};
use serde::{Deserialize, Serialize};

/// A span of the original text with its char offsets and its text: where an entity is named,
/// or a relation's trigger.
///
/// ```
/// let text = "وَصَلَ الوفدُ إلى دِمَشْقَ.";
/// let doc = kashf::Extractor::shared().extract(text);
/// let m = &doc.entity("city:damascus").unwrap().mentions[0];
/// assert_eq!(m.text, "دِمَشْقَ", "as written, marks included");
/// assert_eq!(&text[m.start..m.end], m.text);
/// let by_chars: String = text.chars().skip(m.char_start).take(m.char_end - m.char_start).collect();
/// assert_eq!(by_chars, m.text);
/// // A list form, which the trained tagger also tagged.
/// assert_eq!(m.rule.as_deref(), Some("list+tagger"));
/// ```
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
    /// `person.apposition`, `tagger` (the trained tagger alone), `coref.surname`,
    /// `coref.short-name` (a club's short name after its full name), `coref.shortened` (a listed
    /// person's first and last names alone), `coref.head`; a list
    /// or rule mention the tagger agrees with carries `+tagger`
    /// (`list+tagger`), and `list+tagger.nasab` is a list person the tagger's longer nasab
    /// chain extends. Absent on triggers.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rule: Option<String>,
}

impl Mention {
    /// Its byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Whether its span holds its text in `text`: true for every mention of a document
    /// extracted from `text`, false when `text` is another text or the span is out of range
    /// or off a char boundary.
    pub fn is_in(&self, text: &str) -> bool {
        text.get(self.start..self.end) == Some(self.text.as_str())
    }

    fn shift(&mut self, bytes: usize, chars: usize) {
        self.start += bytes;
        self.end += bytes;
        self.char_start += chars;
        self.char_end += chars;
    }
}

/// One real-world entity of the document, with every mention of it.
///
/// ```
/// use kashf::EntityType;
///
/// let text = "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا أردنيا، وقال السيسي إن الزيارة مهمة.";
/// let doc = kashf::Extractor::shared().extract(text);
/// let sisi = doc.entity("person:abdel-fattah-el-sisi").unwrap();
/// assert_eq!(sisi.entity_type, EntityType::Person);
/// assert_eq!(sisi.name, "Abdel Fattah el-Sisi");
/// let said: Vec<&str> = sisi.mentions.iter().map(|m| m.text.as_str()).collect();
/// assert_eq!(said, ["عبد الفتاح السيسي", "السيسي"]);
/// // Egypt is named only by the adjective المصري: an entity without mentions.
/// assert!(doc.entity("country:EG").unwrap().mentions.is_empty());
/// ```
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
    /// (الروسي) and kept because an implied relation needs it
    /// ([`Document::implied_relations`]).
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

impl Evidence {
    /// The trigger in its sentence, cut from `text` (the text the document was extracted
    /// from) for a reader: at most `max_chars` chars of the sentence on either side of the
    /// trigger, cut at a space where there is one, whitespace at the sentence's ends left out.
    /// `None` when the trigger's span does not hold its text in `text`.
    ///
    /// ```
    /// use kashf::RelationType;
    ///
    /// let text = "وقال مصدر دبلوماسي إن وزير الخارجية الأردني أيمن الصفدي وصل مساء أمس إلى مسقط في زيارة تستمر يومين.";
    /// let doc = kashf::Extractor::shared().extract(text);
    /// let visit = doc.relations.iter().find(|r| r.relation_type == RelationType::Visits).unwrap();
    /// let cx = visit.evidence[0].context(text, 12).unwrap();
    /// assert_eq!(cx.trigger, "وصل");
    /// assert_eq!(cx.before, "أيمن الصفدي ");
    /// assert_eq!(cx.after, " مساء أمس");
    /// assert!(cx.cut_before && cx.cut_after);
    /// ```
    pub fn context<'t>(&self, text: &'t str, max_chars: usize) -> Option<TriggerContext<'t>> {
        let window = context_window(self, text, max_chars)?;
        let t = &self.trigger;
        Some(TriggerContext {
            before: &text[window.start..t.start],
            trigger: &text[t.start..t.end],
            after: &text[t.end..window.end],
            cut_before: window.cut_before,
            cut_after: window.cut_after,
        })
    }
}

/// A relation's trigger in its sentence, as [`Evidence::context`] cuts it for a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TriggerContext<'t> {
    /// The sentence's text before the trigger.
    pub before: &'t str,
    /// The trigger.
    pub trigger: &'t str,
    /// The sentence's text after the trigger.
    pub after: &'t str,
    /// Whether text of the sentence before `before` was left out.
    pub cut_before: bool,
    /// Whether text of the sentence after `after` was left out.
    pub cut_after: bool,
}

/// The byte range of `text` an evidence's context covers, and whether it was cut.
pub(crate) struct Window {
    pub start: usize,
    pub end: usize,
    pub cut_before: bool,
    pub cut_after: bool,
}

/// The context window of an evidence (see [`Evidence::context`]).
pub(crate) fn context_window(ev: &Evidence, text: &str, max_chars: usize) -> Option<Window> {
    let t = &ev.trigger;
    if !t.is_in(text) {
        return None;
    }
    // The sentence as given when it holds the trigger on char boundaries; the trigger alone
    // otherwise.
    let (s_start, s_end) = match text.get(ev.sentence.start..ev.sentence.end) {
        Some(_) if ev.sentence.start <= t.start && t.end <= ev.sentence.end => {
            (ev.sentence.start, ev.sentence.end)
        }
        _ => (t.start, t.end),
    };
    let before_start = t.start - text[s_start..t.start].trim_start().len();
    let after_end = t.end + text[t.end..s_end].trim_end().len();
    let start = before_start + keep_last(&text[before_start..t.start], max_chars);
    let end = t.end + keep_first(&text[t.end..after_end], max_chars);
    Some(Window {
        start,
        end,
        cut_before: start > before_start,
        cut_after: end < after_end,
    })
}

/// Where the last `n` chars of `s` begin, moved to the next word's start when that cuts a word
/// (unless the word is all there is); 0 when `s` has at most `n` chars.
fn keep_last(s: &str, n: usize) -> usize {
    let i = match n.checked_sub(1) {
        None => s.len(),
        Some(k) => match s.char_indices().rev().nth(k) {
            Some((i, _)) => i,
            None => return 0,
        },
    };
    if i == 0 {
        return 0;
    }
    let mut at = i;
    if !s[..i].ends_with(char::is_whitespace) {
        if let Some(w) = s[i..].find(char::is_whitespace) {
            at = i + w;
        }
    }
    let rest = &s[at..];
    let word = at + (rest.len() - rest.trim_start().len());
    if word == s.len() && i < s.len() {
        i
    } else {
        word
    }
}

/// Where the first `n` chars of `s` end, moved back to the previous word's end when that cuts
/// a word (unless the word is all there is); `s.len()` when `s` has at most `n` chars.
fn keep_first(s: &str, n: usize) -> usize {
    let Some((i, _)) = s.char_indices().nth(n) else {
        return s.len();
    };
    let mut at = i;
    if !s[i..].starts_with(char::is_whitespace) {
        if let Some(w) = s[..i].rfind(char::is_whitespace) {
            at = w;
        }
    }
    let word = s[..at].trim_end().len();
    if word == 0 && i > 0 {
        i
    } else {
        word
    }
}

/// A relation between two entities of the document, with the evidence for it.
///
/// ```
/// use kashf::RelationType;
///
/// let text = "وبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره العماني بدر البوسعيدي التعاون بين البلدين.";
/// let doc = kashf::Extractor::shared().extract(text);
/// let talks = doc.relations.iter().find(|r| r.relation_type == RelationType::Meets).unwrap();
/// assert_eq!(doc.entities[talks.head].name, "Ayman Safadi");
/// assert_eq!(doc.entities[talks.tail].name, "Badr Albusaidi");
/// let why = &talks.evidence[0];
/// assert_eq!((why.trigger.text.as_str(), why.rule.as_str()), ("وبحث", "meets.talk-vso"));
/// assert_eq!(talks.modality, kashf::Modality::Done);
/// assert_eq!(&text[why.sentence.start..why.sentence.end], text);
/// ```
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
    /// Every place in the text that supports it, in text order; at most
    /// [`MAX_EVIDENCE`] are kept.
    pub evidence: Vec<Evidence>,
    /// Whether the text states it as done, planned or negated (`"modality"` in the JSON,
    /// `done` when absent): the strongest of its evidence, done over planned over negated.
    /// Negated relations are left out unless the extractor keeps them
    /// ([`NegatedRelations`](crate::NegatedRelations)).
    #[serde(default)]
    pub modality: Modality,
}

/// The most evidence a relation keeps: the first ones in text order. A text that states one
/// relation thousands of times (a feed of repeated items) gives one relation with this many.
pub const MAX_EVIDENCE: usize = 16;

/// What `extract` finds in one text: its entities and its relations, every span in the
/// text's offsets. Written as JSON by [`to_json`](Document::to_json) (the [output
/// contract](self)), as a page by [`to_html`](Document::to_html).
///
/// ```
/// let text = "وصل أنطونيو غوتيريش إلى الدوحة، ثم زار غوتيريش مسقط.";
/// let doc = kashf::Extractor::shared().extract(text);
/// let in_order: Vec<&str> = doc.mentions().iter().map(|(e, _)| e.name.as_str()).collect();
/// assert_eq!(in_order, ["Antonio Guterres", "Doha", "Antonio Guterres", "Muscat"]);
/// assert_eq!(doc.entities.len(), 3, "one entity, two mentions");
/// assert!(doc.entity("city:doha").is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// Relations between entities the text names, in order of first evidence.
    pub relations: Vec<Relation>,
    /// Relations one of whose arguments the text names only by a nationality adjective
    /// (الرئيس السوري بشار الأسد, with Syria named nowhere else): that entity has no mention,
    /// so the relation is kept here, apart from [`relations`](Document::relations), whose
    /// arguments all point at the text. In order of first evidence; `"implied_relations"` in
    /// the JSON, left out when empty.
    ///
    /// ```
    /// let doc = kashf::Extractor::shared().extract("قال وزير الخارجية المصري سامح شكري إن المحادثات مفيدة.");
    /// assert!(doc.relations.is_empty());
    /// let r = &doc.implied_relations[0];
    /// assert_eq!(doc.entities[r.tail].id, "country:EG");
    /// assert!(doc.entities[r.tail].mentions.is_empty());
    /// ```
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub implied_relations: Vec<Relation>,
}

impl Document {
    /// The JSON of the [output contract](self), on one line.
    ///
    /// ```
    /// let doc = kashf::Extractor::shared().extract("زار الصفدي مسقط.");
    /// assert!(doc.to_json().starts_with(r#"{"entities":[{"id":"#));
    /// assert!(!doc.to_json().contains('\n'));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The JSON of the [output contract](self), indented.
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

    /// Appends the entities and relations of `other`, a document extracted from a slice of a
    /// larger text that starts at byte `byte_offset` and char `char_offset` of it: every
    /// offset of `other` (mentions, triggers, sentences) is shifted by them and its relations'
    /// `head` and `tail` by the number of entities already here. Entities are never merged:
    /// the same entity found in two slices is two entities.
    ///
    /// This is how a file with one document per line becomes one document in the file's
    /// offsets (the `extract` example's `--per-line`).
    ///
    /// ```
    /// use kashf::{Document, Extractor};
    ///
    /// let text = "وصل الوزير إلى القاهرة.\nثم زار الرياض.\n";
    /// let mut whole = Document::default();
    /// let (mut bytes, mut chars) = (0, 0);
    /// for line in text.split_inclusive('\n') {
    ///     whole.append(Extractor::shared().extract(line), bytes, chars);
    ///     bytes += line.len();
    ///     chars += line.chars().count();
    /// }
    /// let riyadh = whole.entity("city:riyadh").unwrap();
    /// let m = &riyadh.mentions[0];
    /// assert_eq!(&text[m.start..m.end], "الرياض");
    /// assert_eq!(text.chars().skip(m.char_start).take(m.char_end - m.char_start).collect::<String>(), "الرياض");
    /// ```
    pub fn append(&mut self, other: Document, byte_offset: usize, char_offset: usize) {
        let first = self.entities.len();
        for mut e in other.entities {
            for m in &mut e.mentions {
                m.shift(byte_offset, char_offset);
            }
            self.entities.push(e);
        }
        let shift = |mut r: Relation| {
            r.head += first;
            r.tail += first;
            for ev in &mut r.evidence {
                ev.sentence.start += byte_offset;
                ev.sentence.end += byte_offset;
                ev.trigger.shift(byte_offset, char_offset);
            }
            r
        };
        self.relations
            .extend(other.relations.into_iter().map(&shift));
        self.implied_relations
            .extend(other.implied_relations.into_iter().map(&shift));
    }

    /// The document as one self-contained HTML page for a reader, in the manner of spaCy's
    /// displaCy: `text` right to left, each mention highlighted in its type's colour with its
    /// canonical name, type and id on hover, the mentions of one entity lit together, then a
    /// table of the relations (each trigger marked in its sentence) and one of the entities.
    ///
    /// `text` must be the text the document was extracted from: a mention or trigger whose
    /// span does not hold its `text` in `text` (another text, out of range, off a char
    /// boundary) is left unmarked, and nothing panics.
    ///
    /// Everything from the text and the document is escaped; the page's style and its one
    /// small script are fixed, and its Content-Security-Policy forbids any fetch: the page
    /// works offline and stays what it is when saved. Line breaks of `text` start paragraphs.
    ///
    /// The page, for styling or scripting it: the text is `<article class="kashf-text"
    /// dir="rtl" lang="ar">`, one `<p>` a line; each mention is one `<mark class="kashf-m">`
    /// whose text is the mention's, with `data-type` (`PERSON` …), `data-entity` (its
    /// entity's index in [`Document::entities`]), `data-id`, `data-subtype` and `data-rule`
    /// when there is one, and a `title`. Each relation is a row of
    /// `<section class="kashf-relations">`'s table with `data-type`, `data-head` and
    /// `data-tail`, and each implied relation a row of `<section class="kashf-implied">`'s,
    /// shown only when there are some; a `modality` column appears when a relation has one.
    ///
    /// ```
    /// let text = "استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط نظيره الأردني أيمن الصفدي.";
    /// let doc = kashf::Extractor::shared().extract(text);
    /// let page = doc.to_html(text);
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(page.contains(r#"<article class="kashf-text" dir="rtl" lang="ar">"#));
    /// assert!(page.contains(">مسقط</mark>"));
    /// assert!(page.contains(r#"<tr data-type="MEETS""#));
    /// ```
    pub fn to_html(&self, text: &str) -> String {
        crate::html::page(self, text)
    }
}

/// The char offsets of the byte offsets a document reports (its mentions' and triggers'
/// ends), counted in one pass over the text up to the last of them: no table over every byte.
struct CharIndex {
    /// Sorted byte offsets, each with its char offset.
    at: Vec<(usize, usize)>,
}

impl CharIndex {
    fn new(text: &str, mut bytes: Vec<usize>) -> CharIndex {
        bytes.sort_unstable();
        bytes.dedup();
        let (mut pos, mut chars) = (0, 0);
        let at = bytes
            .into_iter()
            .map(|b| {
                chars += count_chars(&text.as_bytes()[pos..b]);
                pos = b;
                (b, chars)
            })
            .collect();
        CharIndex { at }
    }

    /// The char offset of byte offset `b`, one of those given.
    fn get(&self, b: usize) -> usize {
        let i = self.at.partition_point(|&(x, _)| x < b);
        self.at.get(i).map_or(0, |&(_, c)| c)
    }
}

/// The chars in UTF-8 `bytes`: the bytes that are not continuation bytes (`10xxxxxx`),
/// counted eight at a time.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Bit 7 set and bit 6 clear: bit 6 shifted up clears bit 7 where it was set (a
        // byte's bit 7 shifted up lands in the next byte's bit 0, which the mask drops).
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let tail = chunks.remainder();
    continuation += tail.iter().filter(|&&x| x & 0xC0 == 0x80).count();
    bytes.len() - continuation
}

fn mention(original: &str, ci: &CharIndex, span: Span) -> Mention {
    Mention {
        start: span.start,
        end: span.end,
        char_start: ci.get(span.start),
        char_end: ci.get(span.end),
        text: original[span.start..span.end].to_string(),
        rule: None,
    }
}

pub(crate) fn build(
    original: &str,
    norm: &Normalized,
    entities: Vec<EntityInfo>,
    mentions: &[MentionInfo],
    sentences: &[Span],
    rels: &[RelationInfo],
) -> Document {
    // Every span mapped back once.
    let spans: Vec<Span> = mentions.iter().map(|m| norm.to_original(m.span)).collect();
    let triggers: Vec<Span> = rels.iter().map(|r| norm.to_original(r.trigger)).collect();
    let ci = CharIndex::new(
        original,
        spans
            .iter()
            .chain(&triggers)
            .flat_map(|s| [s.start, s.end])
            .collect(),
    );
    // Each entity's mentions counted first, so that each vector is sized once; the strings
    // move over from the analysis.
    let mut counts = vec![0usize; entities.len()];
    for m in mentions {
        if let Some(n) = counts.get_mut(m.entity) {
            *n += 1;
        }
    }
    let mut entities: Vec<Entity> = entities
        .into_iter()
        .zip(counts)
        .map(|(e, n)| Entity {
            id: e.id,
            entity_type: e.etype,
            subtype: e.subtype,
            name: e.name,
            mentions: Vec::with_capacity(n),
        })
        .collect();
    for (m, &span) in mentions.iter().zip(&spans) {
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
    for (r, &trigger) in rels.iter().zip(&triggers) {
        let (mut head, mut tail) = (new_index[r.head], new_index[r.tail]);
        if r.relation.is_symmetric() && head > tail {
            std::mem::swap(&mut head, &mut tail);
        }
        let sentence = sentences.get(r.sentence).copied().unwrap_or_default();
        let s = norm.to_original(sentence);
        let evidence = Evidence {
            sentence: SpanOut {
                start: s.start,
                end: s.end,
            },
            trigger: mention(original, &ci, trigger),
            rule: r.rule.clone(),
        };
        match index.get(&(r.relation, head, tail)) {
            Some(&x) => {
                let rel = &mut relations[x];
                rel.modality = rel.modality.min(r.modality);
                if rel.evidence.len() < MAX_EVIDENCE {
                    rel.evidence.push(evidence);
                }
            }
            None => {
                index.insert((r.relation, head, tail), relations.len());
                relations.push(Relation {
                    relation_type: r.relation,
                    head,
                    tail,
                    evidence: vec![evidence],
                    modality: r.modality,
                });
            }
        }
    }
    let (relations, implied_relations) = relations.into_iter().partition(|r| {
        !entities[r.head].mentions.is_empty() && !entities[r.tail].mentions.is_empty()
    });
    Document {
        entities,
        relations,
        implied_relations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn chars_are_counted_as_rust_counts_them(s in "\\PC{0,40}", cut in 0usize..40) {
            let cut = (0..=cut.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            prop_assert_eq!(count_chars(s.as_bytes()), s.chars().count());
            prop_assert_eq!(count_chars(&s.as_bytes()[cut..]), s[cut..].chars().count());
        }
    }

    #[test]
    fn context_cuts_at_word_ends() {
        let cases = [
            ("all of it", " ab cd", 10, " ab cd"),
            ("cut inside a word", " ab cd ef", 5, " ab"),
            ("cut right before a space", " ab cd", 3, " ab"),
            ("one word longer than the window", " abcdefgh", 3, " ab"),
            ("nothing", " ab", 0, ""),
        ];
        for (name, s, n, kept) in cases {
            assert_eq!(&s[..keep_first(s, n)], kept, "{name}");
        }
    }

    #[test]
    fn context_cuts_at_word_starts() {
        let cases = [
            ("all of it", "ab cd ", 10, "ab cd "),
            ("cut inside a word", "ab cd ef ", 5, "ef "),
            ("cut right after a space", "ab cd ", 3, "cd "),
            ("one word longer than the window", "abcdefgh ", 3, "gh "),
            ("nothing", "ab ", 0, ""),
        ];
        for (name, s, n, kept) in cases {
            assert_eq!(&s[keep_last(s, n)..], kept, "{name}");
        }
    }

    #[test]
    fn appended_documents_keep_their_entities_apart() {
        let ex = crate::Extractor::shared();
        let lines = [
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى مسقط.",
            "ثم وصل أيمن الصفدي إلى الدوحة.",
        ];
        let text = lines.join("\n");
        let mut whole = Document::default();
        whole.append(ex.extract(lines[0]), 0, 0);
        let n = whole.entities.len();
        let at = lines[0].len() + 1;
        whole.append(ex.extract(lines[1]), at, lines[0].chars().count() + 1);
        // Safadi is two entities, one a line.
        let safadi = whole
            .entities
            .iter()
            .filter(|e| e.id == "person:ayman-safadi")
            .count();
        assert_eq!(safadi, 2);
        for (e, m) in whole.mentions() {
            assert!(m.is_in(&text), "{}", e.id);
            let chars: String = text
                .chars()
                .skip(m.char_start)
                .take(m.char_end - m.char_start)
                .collect();
            assert_eq!(chars, m.text);
        }
        for r in &whole.relations {
            for ev in &r.evidence {
                assert!(ev.trigger.is_in(&text));
                assert!(text.get(ev.sentence.start..ev.sentence.end).is_some());
            }
        }
        let second = whole.relations.last().unwrap();
        assert!(second.head >= n && second.tail >= n);
        assert_eq!(&text[second.evidence[0].sentence.start..], lines[1]);
    }
}

//! The span conventions of an annotated corpus, for scoring kashf against it.
//!
//! kashf's mentions follow its [output contract](crate::document): the outermost name, a
//! generic head with its nationality adjective as an organization (الجيش اللبناني), a
//! descriptor that is part of a list name inside it (قطاع غزة). Annotated corpora decide these
//! points their own way: ANERcorp tags غزة in قطاع غزة, مكة in مكة المكرمة, لبنان in جنوب
//! لبنان, and leaves الجيش اللبناني, الحكومة السودانية and وزارة الخارجية untagged. A
//! [`Conventions`] table says, word by word, what a corpus leaves out, learned from that corpus's training split
//! ([`Conventions::derive`]); [`Conventions::adapt`] turns a kashf mention into the span the
//! corpus would annotate, or into none. The extraction itself never changes: this is the
//! scoring side's adapter (`examples/conll.rs --conventions`).
//!
//! A table has five kinds of rows, each for one entity type and one normalized word:
//! - `first`: the corpus leaves the word out when a name of the type follows it (جنوب before
//!   a place): a mention that starts with it loses it;
//! - `last`: the corpus leaves it out when it follows a name of the type (المكرمة after a
//!   place): a mention that ends with it loses it;
//! - `head`: a generic organization head the corpus does not tag as a name (الحكومة): an
//!   organization mention that starts with it is dropped;
//! - `name` (the word is a whole name): a name kashf finds that the corpus does not annotate
//!   as a name of the type (ANERcorp calls UNIFIL MISC and leaves د ب أ untagged): a mention
//!   of it is dropped. Learned by running kashf's lists and rules, without the tagger, over
//!   the training sentences ([`NameCounts`]);
//! - `with`: a descriptor kashf's contract leaves out that the corpus keeps in front of an
//!   organization's name (ANERcorp's حزب الليكود, منظمة …, تنظيم القاعدة): a mention right
//!   after it takes it in ([`Conventions::adapt_in`], which needs the text). Learned for the
//!   cue words of `org_cues.tsv` ([`Conventions::add_kept_words`]).
//!
//! A word (a name) gets a row when the corpus leaves it out (for `with`, keeps it) at least
//! five times and in at least 90% of its occurrences in that position (the counts are in the
//! table). The kinds of rows were chosen after reading the development split's errors; the
//! rows themselves are learned from the training split alone.
//!
//! ```
//! use kashf::conventions::Conventions;
//!
//! let text = "قصفت الطائرات مواقع في جنوب لبنان وتحدثت الحكومة السودانية عن مكة المكرمة.";
//! let doc = kashf::Extractor::shared().extract(text);
//! let anercorp = Conventions::anercorp();
//! let spans: Vec<String> = doc
//!     .mentions()
//!     .into_iter()
//!     .filter_map(|(e, m)| anercorp.adapt(e.entity_type, m))
//!     .map(|m| m.text)
//!     .collect();
//! assert!(spans.contains(&"لبنان".to_string()));
//! assert!(spans.contains(&"مكة".to_string()));
//! assert!(!spans.iter().any(|s| s.contains("الحكومة")));
//! ```

use crate::clitic::{strip_prefix, Article};
use crate::document::Mention;
use crate::error::Error;
use crate::ner::tagger::ConllSentence;
use crate::normalize::{normalize_form, NormalizeOptions};
use crate::tsv::tsv_rows;
use crate::types::EntityType;
use once_cell::sync::Lazy;
use std::collections::{BTreeMap, HashSet};

/// What a row of a conventions table says about a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// Left out in front of a name of the type.
    First,
    /// Left out after a name of the type.
    Last,
    /// A generic organization head that names nothing by itself.
    Head,
    /// A whole name the corpus does not annotate as a name of the type (a peacekeeping force
    /// it calls MISC, an agency's initials it leaves untagged).
    Name,
    /// A descriptor the corpus keeps in front of a name of the type, which kashf's contract
    /// leaves out (ANERcorp's حزب الليكود where kashf gives الليكود): a mention right after it
    /// takes it in ([`Conventions::adapt_in`]).
    With,
}

impl Rule {
    fn as_str(self) -> &'static str {
        match self {
            Rule::First => "first",
            Rule::Last => "last",
            Rule::Head => "head",
            Rule::Name => "name",
            Rule::With => "with",
        }
    }

    fn parse(s: &str) -> Option<Rule> {
        match s {
            "first" => Some(Rule::First),
            "last" => Some(Rule::Last),
            "head" => Some(Rule::Head),
            "name" => Some(Rule::Name),
            "with" => Some(Rule::With),
            _ => None,
        }
    }
}

/// Counts behind a row: how often the corpus leaves the word out, how often it keeps it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Occurrences where the word is outside the name.
    pub outside: u32,
    /// Occurrences where it is inside.
    pub inside: u32,
}

/// How often a corpus annotates whole names that kashf finds, for [`Conventions::add_names`]:
/// each of kashf's mentions over a training sentence, annotated by the corpus as a name of
/// its type over all of its words (inside) or over none of them (outside).
///
/// ```
/// use kashf::conventions::{Conventions, NameCounts};
/// use kashf::EntityType;
///
/// let mut counts = NameCounts::default();
/// for _ in 0..6 {
///     counts.observe(EntityType::Organization, "يونيفيل", false);
/// }
/// let mut table = Conventions::default();
/// table.add_names(&counts);
/// assert!(table.to_tsv().contains("name\tORGANIZATION\tيونيفيل\t6\t0"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct NameCounts(BTreeMap<(EntityType, String), Counts>);

impl NameCounts {
    /// Counts the mentions `extract` finds in each sentence, rebuilt as its tokens joined by
    /// single spaces (as `examples/conll.rs` rebuilds it): `extract` gives each mention's type,
    /// byte range in that text and text. A mention counts as inside when the corpus annotates
    /// every token it touches as a name of its type, as outside when none; one annotated in
    /// part is left to the other rows.
    pub fn from_sentences(
        sentences: &[ConllSentence],
        extract: impl Fn(&str) -> Vec<(EntityType, std::ops::Range<usize>, String)>,
    ) -> NameCounts {
        let mut counts = NameCounts::default();
        let mut text = String::new();
        let mut spans = Vec::new();
        for s in sentences {
            s.join_into(&mut text, &mut spans);
            for (ty, range, name) in extract(&text) {
                let (mut touched, mut tagged) = (0, 0);
                for (k, &(start, end)) in spans.iter().enumerate() {
                    if start < range.end && range.start < end {
                        touched += 1;
                        let t = s.tags[k].split_once('-').and_then(|(_, t)| tag_type(t));
                        tagged += usize::from(t == Some(ty));
                    }
                }
                if touched > 0 && (tagged == touched || tagged == 0) {
                    counts.observe(ty, &name, tagged > 0);
                }
            }
        }
        counts
    }

    /// [`NameCounts::from_sentences`] with kashf's lists and rules as the `name` rows are
    /// learned: no tagger (one trained on these sentences would only repeat their tags) and
    /// no list derived from ANERcorp (those hold the corpus's own names).
    pub fn of_lists_and_rules(sentences: &[ConllSentence]) -> Result<NameCounts, Error> {
        let ex = crate::Extractor::builder()
            .tagger(crate::TaggerSource::Off)
            .skip_default("anercorp_persons.tsv")
            .skip_default("anercorp_organizations.tsv")
            .build()?;
        Ok(NameCounts::from_sentences(sentences, |text| {
            ex.extract(text)
                .mentions()
                .into_iter()
                .map(|(e, m)| (e.entity_type, m.start..m.end, m.text.clone()))
                .collect()
        }))
    }

    /// Counts one mention of `name` of type `ty`: `inside` when the corpus annotates it as a
    /// name of that type, else outside.
    pub fn observe(&mut self, ty: EntityType, name: &str, inside: bool) {
        let c = self.0.entry((ty, norm(name))).or_default();
        if inside {
            c.inside += 1;
        } else {
            c.outside += 1;
        }
    }
}

/// A corpus's span conventions (see the [module docs](self)).
#[derive(Debug, Clone, Default)]
pub struct Conventions {
    rows: BTreeMap<(Rule, EntityType, String), Counts>,
}

const HEADER: &[&str] = &["kind", "type", "word", "outside", "inside"];

/// The least number of times a word is left out, and the least share of its occurrences,
/// for a row.
pub const MIN_OUTSIDE: u32 = 5;
/// See [`MIN_OUTSIDE`].
pub const MIN_SHARE: f64 = 0.9;

static ANERCORP: Lazy<Conventions> = Lazy::new(|| {
    Conventions::from_tsv(
        "gazetteers/conventions_anercorp.tsv",
        include_str!("../gazetteers/conventions_anercorp.tsv"),
    )
    .expect("the embedded conventions table parses (tests/conventions.rs)")
});

fn norm(word: &str) -> String {
    normalize_form(word, &NormalizeOptions::default())
}

/// The CoNLL tag's entity type: PERS/PER, LOC/GPE, ORG.
fn tag_type(tag: &str) -> Option<EntityType> {
    match tag {
        "PERS" | "PER" | "PERSON" => Some(EntityType::Person),
        "LOC" | "GPE" | "LOCATION" => Some(EntityType::Location),
        "ORG" | "ORGANIZATION" => Some(EntityType::Organization),
        _ => None,
    }
}

/// The normalized words of two letters or more of the sentences, which [`readings`] tests
/// clitic-less rests against.
fn vocabulary(sentences: &[ConllSentence]) -> HashSet<String> {
    sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .map(|w| norm(w))
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// The word and, when it opens with a proclitic chain before a word of the corpus, the word
/// without it (وجنوب counts as جنوب too): a token outside a name keeps its clitics in a corpus
/// such as ANERcorp, a mention never does.
fn readings(word: &str, vocabulary: &HashSet<String>) -> Vec<String> {
    let w = norm(word);
    let mut out = vec![w.clone()];
    for (i, _) in w.char_indices().skip(1).take(3) {
        let (prefix, rest) = w.split_at(i);
        if vocabulary.contains(rest) && strip_prefix(prefix, Article::InForm).is_some() {
            out.push(rest.to_string());
        }
    }
    out
}

/// The first word of every form in an organization-heads file (`org_heads.tsv`: its last
/// column, forms separated by `|`), the words [`Conventions::derive`] may make heads.
///
/// ```
/// let tsv = "# heads\nid\tforms\narmy\tالجيش\nministry\tوزارة الدفاع|وزارة الخارجية\n";
/// assert_eq!(kashf::conventions::head_words(tsv), ["الجيش", "وزارة", "وزارة"]);
/// ```
pub fn head_words(org_heads_tsv: &str) -> Vec<&str> {
    org_heads_tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| l.rsplit('\t').next())
        .flat_map(|forms| forms.split('|'))
        .filter_map(|f| f.split_whitespace().next())
        .collect()
}

impl Conventions {
    /// The conventions of ANERcorp, derived from all of its training sentences
    /// (`examples/conventions.rs --split all`, run by `tools/anercorp_resources.sh`;
    /// `gazetteers/conventions_anercorp.tsv`).
    pub fn anercorp() -> &'static Conventions {
        &ANERCORP
    }

    /// Reads a table (`kind`, `type`, `word`, `outside`, `inside`); `source` names it in errors.
    pub fn from_tsv(source: &str, text: &str) -> Result<Conventions, Error> {
        let mut c = Conventions::default();
        for row in tsv_rows(source, text, HEADER) {
            let (line, f) = row?;
            let rule = Rule::parse(f[0]).ok_or_else(|| {
                Error::data(
                    source,
                    line,
                    format!("unknown kind `{}` (first, last, head, name, with)", f[0]),
                )
            })?;
            let ty = EntityType::parse(f[1])
                .filter(|t| *t != EntityType::Misc)
                .ok_or_else(|| {
                    Error::data(
                        source,
                        line,
                        format!("unknown type `{}` (PERSON, LOCATION, ORGANIZATION)", f[1]),
                    )
                })?;
            let word = norm(f[2]);
            if word.is_empty() || rule != Rule::Name && word.chars().any(char::is_whitespace) {
                return Err(Error::data(source, line, "the word must be one word"));
            }
            let count = |s: &str| {
                s.parse::<u32>()
                    .map_err(|_| Error::data(source, line, format!("`{s}` is not a count")))
            };
            let counts = Counts {
                outside: count(f[3])?,
                inside: count(f[4])?,
            };
            c.insert(rule, ty, word, counts);
        }
        Ok(c)
    }

    fn insert(&mut self, rule: Rule, ty: EntityType, word: String, counts: Counts) {
        self.rows.insert((rule, ty, word), counts);
    }

    /// Learns a table from the sentences of a CoNLL file
    /// ([`read_conll`](crate::tagger::read_conll): a token and its IOB2 tag a line, a blank
    /// line between sentences). `heads` are the words that may open a generic organization
    /// (kashf's `org_heads.tsv` gives them); a head gets a row when it is untagged in at least
    /// [`MIN_SHARE`] of its occurrences (at least [`MIN_OUTSIDE`] of them) and opens an
    /// organization in the others at most.
    pub fn derive(sentences: &[ConllSentence], heads: &[&str]) -> Conventions {
        let mut first: BTreeMap<(EntityType, String), Counts> = BTreeMap::new();
        let mut last: BTreeMap<(EntityType, String), Counts> = BTreeMap::new();
        let heads: HashSet<String> = heads.iter().map(|h| norm(h)).collect();
        let mut head_counts: BTreeMap<String, Counts> = BTreeMap::new();
        let vocabulary = vocabulary(sentences);
        let readings = |w: &str| readings(w, &vocabulary);
        for sentence in sentences {
            let parsed: Vec<(&str, char, Option<EntityType>)> = sentence
                .tokens
                .iter()
                .zip(&sentence.tags)
                .map(|(w, t)| match t.split_once('-') {
                    Some((bio, ty)) => {
                        (w.as_str(), bio.chars().next().unwrap_or('O'), tag_type(ty))
                    }
                    None => (w.as_str(), 'O', None),
                })
                .collect();
            for (i, &(w, bio, ty)) in parsed.iter().enumerate() {
                // The word with and without its clitics: both sides of a count read both.
                let rs = readings(w);
                let next = parsed.get(i + 1).copied();
                let prev = i.checked_sub(1).map(|p| parsed[p]);
                for t in [
                    EntityType::Person,
                    EntityType::Location,
                    EntityType::Organization,
                ] {
                    let next_opens = next.is_some_and(|(_, b, nt)| b == 'B' && nt == Some(t));
                    let next_continues = next.is_some_and(|(_, b, nt)| b == 'I' && nt == Some(t));
                    let prev_in = prev.is_some_and(|(_, _, pt)| pt == Some(t));
                    // Outside is untagged (O); a word of another type's name (MISC) is
                    // neither.
                    for r in &rs {
                        if bio == 'O' && next_opens {
                            first.entry((t, r.clone())).or_default().outside += 1;
                        }
                        if bio == 'B' && ty == Some(t) && next_continues {
                            first.entry((t, r.clone())).or_default().inside += 1;
                        }
                        if bio == 'O' && prev_in {
                            last.entry((t, r.clone())).or_default().outside += 1;
                        }
                        if bio == 'I' && ty == Some(t) && !next_continues {
                            last.entry((t, r.clone())).or_default().inside += 1;
                        }
                    }
                }
                for r in rs {
                    if heads.contains(&r) {
                        let c = head_counts.entry(r).or_default();
                        if bio == 'B' && ty == Some(EntityType::Organization) {
                            c.inside += 1;
                        } else if bio == 'O' {
                            c.outside += 1;
                        }
                    }
                }
            }
        }
        let kept = |c: &Counts| {
            c.outside >= MIN_OUTSIDE
                && f64::from(c.outside) >= MIN_SHARE * f64::from(c.outside + c.inside)
        };
        let mut out = Conventions::default();
        for (rule, table) in [(Rule::First, first), (Rule::Last, last)] {
            for ((t, w), c) in table {
                // A word with no letter (punctuation) never stands inside a mention.
                if kept(&c) && w.chars().any(char::is_alphabetic) {
                    out.insert(rule, t, w, c);
                }
            }
        }
        for (w, c) in head_counts {
            if kept(&c) {
                out.insert(Rule::Head, EntityType::Organization, w, c);
            }
        }
        out
    }

    /// Adds a `with` row for each of `words` (descriptors that kashf's contract leaves out of
    /// a name: the cue words of `org_cues.tsv`) that the corpus keeps at the front of an
    /// organization's name at least [`MIN_OUTSIDE`] times and in at least [`MIN_SHARE`] of
    /// the times it stands right before one (ANERcorp: حزب 99 of 99, منظمة 23 of 23, but
    /// شركة 1 of 22).
    ///
    /// ```
    /// use kashf::conventions::Conventions;
    /// use kashf::tagger::read_conll;
    ///
    /// let conll = "قال\tO\nحزب\tB-ORG\nالليكود\tI-ORG\n\n".repeat(5);
    /// let mut table = Conventions::default();
    /// table.add_kept_words(&read_conll(&conll), &["حزب", "شركة"]);
    /// assert!(table.to_tsv().contains("with\tORGANIZATION\tحزب\t0\t5"));
    /// ```
    pub fn add_kept_words(&mut self, sentences: &[ConllSentence], words: &[&str]) {
        let words: HashSet<String> = words.iter().map(|w| norm(w)).collect();
        let vocabulary = vocabulary(sentences);
        let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
        for sentence in sentences {
            let tag = |i: usize| {
                sentence.tags.get(i).map(|t| match t.split_once('-') {
                    Some((bio, ty)) => (bio.chars().next().unwrap_or('O'), tag_type(ty)),
                    None => ('O', None),
                })
            };
            for (i, w) in sentence.tokens.iter().enumerate() {
                let (Some((bio, ty)), Some((next_bio, next_ty))) = (tag(i), tag(i + 1)) else {
                    continue;
                };
                let org = Some(EntityType::Organization);
                let kept = bio == 'B' && ty == org && next_bio == 'I' && next_ty == org;
                let left = bio == 'O' && next_bio == 'B' && next_ty == org;
                if !kept && !left {
                    continue;
                }
                for r in readings(w, &vocabulary)
                    .into_iter()
                    .filter(|r| words.contains(r))
                {
                    let c = counts.entry(r).or_default();
                    if kept {
                        c.inside += 1;
                    } else {
                        c.outside += 1;
                    }
                }
            }
        }
        for (w, c) in counts {
            if c.inside >= MIN_OUTSIDE
                && f64::from(c.inside) >= MIN_SHARE * f64::from(c.outside + c.inside)
            {
                self.insert(Rule::With, EntityType::Organization, w, c);
            }
        }
    }

    /// Adds a `name` row for each whole name of `counts` that the corpus leaves unannotated
    /// as a name of its type at least [`MIN_OUTSIDE`] times and in at least [`MIN_SHARE`] of
    /// its occurrences.
    pub fn add_names(&mut self, counts: &NameCounts) {
        for ((t, name), c) in &counts.0 {
            if c.outside >= MIN_OUTSIDE
                && f64::from(c.outside) >= MIN_SHARE * f64::from(c.outside + c.inside)
            {
                self.insert(Rule::Name, *t, name.clone(), *c);
            }
        }
    }

    /// The table as TSV, with a header (what [`Conventions::from_tsv`] reads).
    pub fn to_tsv(&self) -> String {
        let mut s = HEADER.join("\t");
        s.push('\n');
        for ((rule, ty, word), c) in &self.rows {
            s.push_str(&format!(
                "{}\t{}\t{word}\t{}\t{}\n",
                rule.as_str(),
                ty.as_str(),
                c.outside,
                c.inside
            ));
        }
        s
    }

    /// Its rows: kind, type, normalized word, counts.
    pub fn rows(&self) -> impl Iterator<Item = (Rule, EntityType, &str, Counts)> + '_ {
        self.rows
            .iter()
            .map(|((r, t, w), c)| (*r, *t, w.as_str(), *c))
    }

    fn has(&self, rule: Rule, ty: EntityType, word: &str) -> bool {
        self.rows.contains_key(&(rule, ty, norm(word)))
    }

    /// [`Conventions::adapt`], then, with the text the mention's offsets index, the word right
    /// before it (one space apart, with its proclitics) taken in when the table keeps it in
    /// front of a name of the type (`with` rows: حزب before الليكود).
    ///
    /// ```
    /// use kashf::conventions::Conventions;
    ///
    /// let text = "وقال متحدث باسم حزب الليكود إن الحكومة باقية.";
    /// let doc = kashf::Extractor::shared().extract(text);
    /// let (e, m) = doc
    ///     .mentions()
    ///     .into_iter()
    ///     .find(|(_, m)| m.text == "الليكود")
    ///     .expect("the party");
    /// let table = Conventions::from_tsv("t", "kind\ttype\tword\toutside\tinside\nwith\tORGANIZATION\tحزب\t0\t9\n")?;
    /// let adapted = table.adapt_in(e.entity_type, m, text).expect("kept");
    /// assert_eq!(adapted.text, "حزب الليكود");
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn adapt_in(&self, ty: EntityType, m: &Mention, text: &str) -> Option<Mention> {
        let m = self.adapt(ty, m)?;
        let Some(before) = text.get(..m.start) else {
            return Some(m);
        };
        let Some(gap) = before.strip_suffix(' ') else {
            return Some(m);
        };
        let word_start = gap
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + gap[i..].chars().next().map_or(1, char::len_utf8));
        let word = &gap[word_start..];
        if word.is_empty() {
            return Some(m);
        }
        // The word itself, then without a proclitic chain of up to three letters (وحزب, لحزب).
        let kept = word
            .char_indices()
            .take(4)
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || strip_prefix(&word[..i], Article::InForm).is_some())
            .find(|&i| self.has(Rule::With, ty, &word[i..]));
        let Some(offset) = kept else {
            return Some(m);
        };
        let from = word_start + offset;
        let mut out = m.clone();
        out.text = format!("{} {}", &gap[from..], m.text);
        out.char_start = m.char_start - gap[from..].chars().count() - 1;
        out.start = from;
        Some(out)
    }

    /// The mention as the corpus would annotate it: without the words the table leaves out at
    /// its ends (never all of them), or `None` for a generic organization head's phrase (and
    /// for a mention without a word, which no extraction gives).
    pub fn adapt(&self, ty: EntityType, m: &Mention) -> Option<Mention> {
        let words: Vec<(usize, &str)> = m
            .text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - m.text.as_ptr() as usize, w))
            .collect();
        let (&(_, first_word), _) = words.split_first()?;
        if ty == EntityType::Organization && self.has(Rule::Head, ty, first_word)
            || self.has(Rule::Name, ty, &m.text)
        {
            return None;
        }
        let (mut a, mut b) = (0, words.len());
        while b - a > 1 && self.has(Rule::First, ty, words[a].1) {
            a += 1;
        }
        while b - a > 1 && self.has(Rule::Last, ty, words[b - 1].1) {
            b -= 1;
        }
        if (a, b) == (0, words.len()) {
            return Some(m.clone());
        }
        let from = words[a].0;
        let to = words[b - 1].0 + words[b - 1].1.len();
        let chars_before = m.text[..from].chars().count();
        let chars_in = m.text[from..to].chars().count();
        let mut out = m.clone();
        out.start = m.start + from;
        out.end = m.start + to;
        out.char_start = m.char_start + chars_before;
        out.char_end = out.char_start + chars_in;
        out.text = m.text[from..to].to_string();
        Some(out)
    }
}

//! The pattern language of `gazetteers/relation_patterns.tsv`: a pattern is a sequence of
//! slots separated by spaces, read left to right as the text runs (right to left on screen).
//!
//! | slot | matches |
//! | --- | --- |
//! | `[meet]`, `[meet/verb]` | a word of trigger group `meet` (any form, or only verbs, nouns …) |
//! | `A`, `B` | an argument: the head (`A`) or the tail (`B`), with its role phrase |
//! | `A+`, `B+` | a coordination (X وY وZ) whose members all take the role |
//! | `A&B` | a coordination whose members pair with each other (بين X وY) |
//! | `ب+B`, `ل+A` | an argument whose first word carries that preposition (بنظيره, للمغرب) |
//! | `*+A` | an argument with or without a preposition (a relative clause's noun) |
//! | `B:place`, `A:person\|org` | the argument's allowed types |
//! | `{role:B}` | a role phrase (رئيس …, وزير الدفاع الروسي) naming `B` |
//! | `{host:B}` | a role phrase whose host preposition names `B` (السفير الأذري في عمان) |
//! | `مع`, `إلى\|الى` | a word (alternatives with `\|`), with or without و or ف in front |
//! | `_4(time,comma)` | up to four words of the given kinds (see [`Kinds`]) |
//! | `^A`, `^A:person` | the head as the clause's carried-over subject, within [`TOPIC_REACH`] words: after the sentence's last clause opener (إن, أن) the first person or organization, or a relative pronoun's antecedent, when it is of the allowed types (a pattern's first slot only: وصلت رايس إلى بيروت حيث عقدت اجتماعا مع …) |
//! | `!قوات\|بعثة`, `![agreement]` | no word: the neighbouring word is none of these (left of the anchor, the word before; right of it, the word after) |
//!
//! The anchor is the trigger slot marked `@` (`@[visit/noun]`), else the first trigger slot,
//! else the role phrase, else the first single argument: matching starts there and runs left
//! and right of it. A pattern whose first trigger is a common word (بدأ, قام, عقد) marks a
//! rarer one, so that it is tried at fewer places.

use super::morph::{Aspect, Number, Suffix, Tag};
use crate::types::RelationType;

/// Which forms of a trigger group a trigger slot takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormFilter {
    /// Any form.
    Any,
    /// A verb without an object suffix.
    Verb,
    /// A verb whose subject is dual or plural (التقيا, يلتقيان, اجتمعوا).
    Dual,
    /// A verb with an object suffix (اشترتها).
    Object,
    /// A noun without a possessive.
    Noun,
    /// A noun with a possessive (لقائه, زيارتها).
    Possessive,
}

impl FormFilter {
    fn parse(s: &str) -> Option<FormFilter> {
        Some(match s {
            "" => FormFilter::Any,
            "verb" => FormFilter::Verb,
            "dual" => FormFilter::Dual,
            "obj" => FormFilter::Object,
            "noun" => FormFilter::Noun,
            "poss" => FormFilter::Possessive,
            _ => return None,
        })
    }

    /// Whether a form with `tag` passes.
    pub fn accepts(self, tag: Tag) -> bool {
        if tag.speaker {
            return false;
        }
        let verb = tag.aspect != Aspect::Noun;
        match self {
            FormFilter::Any => true,
            FormFilter::Verb => verb && tag.suffix == Suffix::None,
            FormFilter::Dual => {
                verb && tag.suffix == Suffix::None && tag.number != Number::Singular
            }
            FormFilter::Object => verb && tag.suffix == Suffix::Object,
            FormFilter::Noun => !verb && tag.suffix == Suffix::None,
            FormFilter::Possessive => !verb && tag.suffix == Suffix::Possessive,
        }
    }
}

/// The kinds of words a gap may cross, as a bit set.
///
/// - `time`: time words and numbers (اليوم, أمس, الأحد, صباح, 2004, يناير …: the word class
///   `time` of `relation_words.tsv`);
/// - `adverb`: the word class `adverb` (قد, رسميا, سرا, أيضا …);
/// - `comma`: lets punctuation (، , : - /) stand between the words around and inside the gap;
/// - `paren`: a bracketed stretch ( … ), whatever it holds;
/// - `role`: a role phrase (titles, roles, fillers, nationality adjectives, organization heads,
///   and the names a role word governs: رئيس الدولة, وزير خارجية قطر);
/// - `place`: a place phrase (في, من or إلى, place words such as العاصمة, and a location:
///   في القاهرة, بموسكو, لإسرائيل);
/// - `prep`: a name a preposition introduces (لوكالة "إيرنا", في شركة «نور», مع الأمم
///   المتحدة), with the preposition and the role or cue words before the name;
/// - `name`: a name no preposition introduces (an agreement's own name: اتفاقية كامب ديفيد
///   بين …);
/// - `word`: any word that names nothing (no mention).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Kinds(pub u16);

impl Kinds {
    pub const TIME: u16 = 1;
    pub const ADVERB: u16 = 1 << 1;
    pub const COMMA: u16 = 1 << 2;
    pub const PAREN: u16 = 1 << 3;
    pub const ROLE: u16 = 1 << 4;
    pub const PLACE: u16 = 1 << 5;
    pub const WORD: u16 = 1 << 6;
    pub const PREP: u16 = 1 << 7;
    pub const NAME: u16 = 1 << 8;

    fn parse(list: &str) -> Result<Kinds, String> {
        let mut k = 0;
        for name in list.split(',').map(str::trim) {
            k |= match name {
                "time" => Kinds::TIME,
                "adverb" => Kinds::ADVERB,
                "comma" => Kinds::COMMA,
                "paren" => Kinds::PAREN,
                "role" => Kinds::ROLE,
                "place" => Kinds::PLACE,
                "word" => Kinds::WORD,
                "prep" => Kinds::PREP,
                "name" => Kinds::NAME,
                _ => {
                    return Err(format!(
                        "unknown gap kind `{name}` (expected time, adverb, comma, paren, role, place, prep, name or word)"
                    ))
                }
            };
        }
        Ok(Kinds(k))
    }

    pub fn has(self, k: u16) -> bool {
        self.0 & k != 0
    }
}

/// The entity types an argument slot takes, as a bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Types(pub u8);

impl Types {
    pub const PERSON: u8 = 1;
    pub const ORG: u8 = 1 << 1;
    /// A country or territory.
    pub const COUNTRY: u8 = 1 << 2;
    /// A city.
    pub const CITY: u8 = 1 << 3;
    /// Any other location (region, facility …).
    pub const OTHER_PLACE: u8 = 1 << 4;
    /// A nationality adjective standing for its country (الروسي).
    pub const NISBA: u8 = 1 << 5;
    /// A party: person, organization, country, territory or city.
    pub const PARTY: u8 = Types::PERSON | Types::ORG | Types::COUNTRY | Types::CITY;
    /// Any location.
    pub const PLACE: u8 = Types::COUNTRY | Types::CITY | Types::OTHER_PLACE;

    fn parse(list: &str) -> Result<Types, String> {
        let mut t = 0;
        for name in list.split('|') {
            t |= match name {
                "person" => Types::PERSON,
                "org" => Types::ORG,
                "country" => Types::COUNTRY,
                "city" => Types::CITY,
                "place" => Types::PLACE,
                "party" => Types::PARTY,
                "nisba" => Types::NISBA,
                _ => {
                    return Err(format!(
                        "unknown argument type `{name}` (expected person, org, country, city, place, party or nisba)"
                    ))
                }
            };
        }
        Ok(Types(t))
    }

    /// What a relation type's arguments are when a slot does not say.
    pub fn default_for(r: RelationType, role: Role) -> Types {
        use RelationType::*;
        Types(match (r, role) {
            (Visits | LocatedIn, Role::Head) => Types::PERSON | Types::ORG,
            (Visits | LocatedIn, Role::Tail) => Types::PLACE,
            (Joins, Role::Tail) => Types::ORG,
            (AffiliatedWith, Role::Head) => Types::PERSON,
            (AffiliatedWith, Role::Tail) => Types::ORG | Types::COUNTRY,
            _ => Types::PARTY,
        })
    }

    pub fn has(self, t: u8) -> bool {
        self.0 & t != 0
    }
}

/// The role an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Head,
    Tail,
    /// The members of a coordination pair with each other.
    Both,
}

/// A preposition an argument's first word must carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clitic {
    /// None: no preposition may introduce the argument.
    None,
    /// Any or none (`*+A`): a relative clause or participle attaches to the noun before it,
    /// whatever introduces that noun (بالوزير عراقجي الموجود في جنيف).
    Any,
    /// ب
    Bi,
    /// ل
    Li,
}

/// One slot of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Slot {
    /// A word of a trigger group (index into the rule set's groups).
    Trigger { group: u16, filter: FormFilter },
    /// An argument.
    Arg {
        role: Role,
        list: bool,
        types: Types,
        clitic: Clitic,
    },
    /// A role phrase that names the tail: a name it governs (`{role:B}`), or a place after
    /// its host preposition (`{host:B}`: السفير الأذري في عمان).
    RolePhrase { types: Types, host: bool },
    /// One word, any of these normalized spellings.
    Word(Vec<String>),
    /// Up to `max` words of the given kinds.
    Gap { max: u8, kinds: Kinds },
    /// The head as the sentence's subject carried over into a clause that has none (the
    /// pattern's first slot).
    Topic { types: Types },
    /// Takes no word: the next word (in the direction of matching) is none of these words
    /// and of no such trigger group (`!قوات|بعثة`, `![agreement]`).
    Not {
        words: Vec<String>,
        group: Option<u16>,
    },
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub id: String,
    pub relation: RelationType,
    pub slots: Vec<Slot>,
    /// The index of the anchor slot.
    pub anchor: usize,
}

impl Pattern {
    /// The most words a match can span: every gap at its longest, every argument's phrase at
    /// its longest (a coordination at its most members). No argument stands farther from the
    /// anchor, whatever the sentence's length (a test keeps the embedded patterns' within
    /// what DESIGN.md states).
    #[cfg(test)]
    pub fn reach(&self) -> usize {
        self.slots
            .iter()
            .map(|s| match s {
                Slot::Gap { max, .. } => *max as usize,
                Slot::Arg { list: true, .. } => MAX_PHRASE * MAX_LIST,
                Slot::Arg { .. } | Slot::RolePhrase { .. } => MAX_PHRASE,
                Slot::Topic { .. } => TOPIC_REACH,
                Slot::Trigger { .. } | Slot::Word(_) => 1,
                Slot::Not { .. } => 0,
            })
            .sum()
    }
}

/// The longest phrase of an argument or a role phrase, in words.
pub(crate) const MAX_PHRASE: usize = 14;
/// The most members a coordination distributes over.
pub(crate) const MAX_LIST: usize = 8;

/// How far before the rest of its match a carried-over subject (`^A`) may stand, in words.
pub(crate) const TOPIC_REACH: usize = 40;

/// The longest gap a pattern may write: the distance cap between an argument and its trigger
/// comes from it (see DESIGN.md).
pub(crate) const MAX_GAP: u8 = 20;

/// Parses one pattern. `group` finds a trigger group's index by name; `normalize` normalizes
/// a literal word. Errors are messages for the caller to place at a file and line.
pub(crate) fn parse(
    id: &str,
    relation: RelationType,
    text: &str,
    group: impl Fn(&str) -> Option<u16>,
    normalize: impl Fn(&str) -> String,
) -> Result<Pattern, String> {
    let mut slots = Vec::new();
    let mut marked = None;
    for word in text.split_whitespace() {
        let word = match word.strip_prefix('@') {
            Some(w) if w.starts_with('[') => {
                if marked.is_some() {
                    return Err("one anchor `@[group]` a pattern".into());
                }
                marked = Some(slots.len());
                w
            }
            Some(_) => {
                return Err(format!(
                    "`{word}`: only a trigger slot is marked as the anchor"
                ))
            }
            None => word,
        };
        slots.push(parse_slot(word, relation, &group, &normalize)?);
    }
    let anchor = marked
        .or_else(|| slots.iter().position(|s| matches!(s, Slot::Trigger { .. })))
        .or_else(|| slots.iter().position(|s| matches!(s, Slot::RolePhrase { .. })))
        .or_else(|| {
            slots
                .iter()
                .position(|s| matches!(s, Slot::Arg { list: false, types, .. } if !types.has(Types::NISBA)))
        })
        .ok_or("a pattern needs a trigger slot `[group]`, a role phrase `{role:B}` or a single argument")?;
    if !matches!(slots[anchor], Slot::RolePhrase { .. })
        && slots.iter().any(|s| matches!(s, Slot::RolePhrase { .. }))
    {
        return Err(
            "a role phrase `{role:B}` is its pattern's anchor: no trigger slot beside it".into(),
        );
    }
    let roles = |r: Role| {
        slots
            .iter()
            .filter(|s| matches!(s, Slot::Arg { role, .. } if *role == r))
            .count()
    };
    let both = roles(Role::Both);
    let topics = slots
        .iter()
        .filter(|s| matches!(s, Slot::Topic { .. }))
        .count();
    if topics > 1 || topics == 1 && !matches!(slots.first(), Some(Slot::Topic { .. })) {
        return Err("a carried-over subject `^A` is a pattern's first slot, once".into());
    }
    let heads = roles(Role::Head) + topics;
    let tails = roles(Role::Tail)
        + slots
            .iter()
            .filter(|s| matches!(s, Slot::RolePhrase { .. }))
            .count();
    if !(both == 1 && heads == 0 && tails == 0 || both == 0 && heads == 1 && tails == 1) {
        return Err("a pattern needs one head `A` and one tail `B`, or one pair `A&B`".into());
    }
    if both == 1 && !relation.is_symmetric() {
        return Err(format!(
            "`A&B` pairs arguments both ways: {} is not symmetric",
            relation.as_str()
        ));
    }
    if matches!(slots.first(), Some(Slot::Gap { .. }))
        || matches!(slots.last(), Some(Slot::Gap { .. }))
    {
        return Err("a pattern neither starts nor ends with a gap".into());
    }
    Ok(Pattern {
        id: id.to_string(),
        relation,
        slots,
        anchor,
    })
}

fn parse_slot(
    word: &str,
    relation: RelationType,
    group: &impl Fn(&str) -> Option<u16>,
    normalize: &impl Fn(&str) -> String,
) -> Result<Slot, String> {
    if let Some(inner) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
        let (name, filter) = inner.split_once('/').unwrap_or((inner, ""));
        let g = group(name).ok_or_else(|| format!("unknown trigger group `{name}`"))?;
        let filter = FormFilter::parse(filter).ok_or_else(|| {
            format!("unknown form filter `{filter}` (expected verb, dual, obj, noun or poss)")
        })?;
        return Ok(Slot::Trigger { group: g, filter });
    }
    if let Some(rest) = word.strip_prefix('!') {
        if let Some(inner) = rest.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
            let g = group(inner).ok_or_else(|| format!("unknown trigger group `{inner}`"))?;
            return Ok(Slot::Not {
                words: Vec::new(),
                group: Some(g),
            });
        }
        if rest.is_empty()
            || !rest
                .chars()
                .all(|c| c == '|' || crate::tokenize::is_word_char(c))
        {
            return Err(format!("cannot read the slot `{word}`"));
        }
        return Ok(Slot::Not {
            words: rest.split('|').map(normalize).collect(),
            group: None,
        });
    }
    if let Some(inner) = word.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
        let (host, rest) = match (inner.strip_prefix("role:B"), inner.strip_prefix("host:B")) {
            (Some(r), _) => (false, r),
            (_, Some(r)) => (true, r),
            _ => {
                return Err(format!(
                    "`{word}`: a role phrase is written {{role:B}} or {{host:B}}, optionally with :types"
                ))
            }
        };
        let types = match rest.strip_prefix(':') {
            Some(t) => Types::parse(t)?,
            None if rest.is_empty() => Types::default_for(relation, Role::Tail),
            None => return Err(format!("`{word}`: a role phrase is written {{role:B}}")),
        };
        return Ok(Slot::RolePhrase { types, host });
    }
    if let Some(rest) = word.strip_prefix('_') {
        let (n, kinds) = rest
            .strip_suffix(')')
            .and_then(|r| r.split_once('('))
            .ok_or_else(|| format!("`{word}`: a gap is written _N(kind,kind)"))?;
        let max: u8 = n
            .parse()
            .map_err(|_| format!("`{word}`: the gap's length is a number"))?;
        if max == 0 || max > MAX_GAP {
            return Err(format!("`{word}`: a gap is 1 to {MAX_GAP} words long"));
        }
        return Ok(Slot::Gap {
            max,
            kinds: Kinds::parse(kinds)?,
        });
    }
    if let Some(rest) = word.strip_prefix("^A") {
        let types = match rest.strip_prefix(':') {
            Some(t) => Types::parse(t)?,
            None if rest.is_empty() => Types::default_for(relation, Role::Head),
            None => return Err(format!("cannot read the slot `{word}`")),
        };
        if types.has(Types::NISBA) {
            return Err(format!("`{word}`: a carried-over subject is a name"));
        }
        return Ok(Slot::Topic { types });
    }
    // An argument: [ب+|ل+] A|B|A+|B+|A&B [:types]
    let (clitic, rest) = if let Some(r) = word.strip_prefix("*+") {
        (Clitic::Any, r)
    } else if let Some(r) = word.strip_prefix("ب+") {
        (Clitic::Bi, r)
    } else if let Some(r) = word.strip_prefix("ل+") {
        (Clitic::Li, r)
    } else {
        (Clitic::None, word)
    };
    let (arg, types) = match rest.split_once(':') {
        Some((a, t)) => (a, Some(t)),
        None => (rest, None),
    };
    let (role, list) = match arg {
        "A" => (Some(Role::Head), false),
        "B" => (Some(Role::Tail), false),
        "A+" => (Some(Role::Head), true),
        "B+" => (Some(Role::Tail), true),
        "A&B" => (Some(Role::Both), true),
        _ => (None, false),
    };
    if let Some(role) = role {
        let types = match types {
            Some(t) => Types::parse(t)?,
            None => {
                Types::default_for(relation, if role == Role::Both { Role::Head } else { role })
            }
        };
        if types.has(Types::NISBA) && (list || clitic != Clitic::None) {
            return Err(format!(
                "`{word}`: a nationality adjective stands alone, without a preposition"
            ));
        }
        return Ok(Slot::Arg {
            role,
            list,
            types,
            clitic,
        });
    }
    if clitic != Clitic::None
        || types.is_some()
        || word.contains(['[', ']', '{', '}', '(', ')', '_', '+', '&'])
    {
        return Err(format!("cannot read the slot `{word}`"));
    }
    if !word
        .chars()
        .all(|c| c == '|' || crate::tokenize::is_word_char(c))
    {
        return Err(format!("cannot read the slot `{word}`"));
    }
    let words: Vec<String> = word.split('|').map(normalize).collect();
    if words.iter().any(String::is_empty) {
        return Err(format!("`{word}`: an empty word"));
    }
    Ok(Slot::Word(words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Pattern, String> {
        let groups = ["meet", "visit"];
        parse(
            "t",
            RelationType::Meets,
            text,
            |g| groups.iter().position(|x| *x == g).map(|i| i as u16),
            |w| w.to_string(),
        )
    }

    #[test]
    fn patterns_parse() {
        let pat = p("A _3(time,comma) [meet/verb] _2(adverb) ب+B").unwrap();
        assert_eq!(pat.anchor, 2);
        assert_eq!(pat.slots.len(), 5);
        assert_eq!(
            pat.slots[4],
            Slot::Arg {
                role: Role::Tail,
                list: false,
                types: Types(Types::PARTY),
                clitic: Clitic::Bi
            }
        );
        let pat = p("!قوات|بعثة A ![visit] [meet/noun] B").unwrap();
        assert_eq!(
            pat.slots[0],
            Slot::Not {
                words: vec!["قوات".to_string(), "بعثة".to_string()],
                group: None
            }
        );
        assert_eq!(
            pat.slots[2],
            Slot::Not {
                words: Vec::new(),
                group: Some(1)
            }
        );
        let pat = p("A [visit] @[meet/noun] B").unwrap();
        assert_eq!(pat.anchor, 2);
        let pat = p("[meet/noun] بين A&B").unwrap();
        assert_eq!(pat.slots[1], Slot::Word(vec!["بين".to_string()]));
        assert!(p("A [visit] B:place|org").is_ok());
        let pat = p("^A:person خلالها [meet/verb] _2(time,name) B").unwrap();
        assert_eq!(
            pat.slots[0],
            Slot::Topic {
                types: Types(Types::PERSON)
            }
        );
        assert_eq!(pat.anchor, 2);
        assert_eq!(
            pat.slots[3],
            Slot::Gap {
                max: 2,
                kinds: Kinds(Kinds::TIME | Kinds::NAME)
            }
        );
    }

    #[test]
    fn bad_patterns_say_why() {
        let cases = [
            ("no anchor", "A+ مع B+", "a pattern needs a trigger slot"),
            (
                "a role phrase beside a trigger",
                "[meet] {role:B} A",
                "no trigger slot beside it",
            ),
            (
                "unknown group",
                "A [greet] B",
                "unknown trigger group `greet`",
            ),
            ("unknown filter", "A [meet/past] B", "unknown form filter"),
            ("two heads", "A A [meet] B", "one head"),
            ("no tail", "A [meet]", "one head"),
            ("gap too long", "A _21(word) [meet] B", "1 to 20"),
            (
                "unknown gap kind",
                "A _2(dates) [meet] B",
                "unknown gap kind `dates`",
            ),
            (
                "unknown type",
                "A [meet] B:planet",
                "unknown argument type `planet`",
            ),
            ("ends with a gap", "A [meet] B _2(word)", "ends with a gap"),
            ("two marked anchors", "A @[meet] @[visit] B", "one anchor"),
            ("a marked argument", "@A [meet] B", "only a trigger slot"),
            ("garbage", "A [meet] B*", "cannot read the slot"),
            ("nisba in a list", "A [meet] B+:nisba", "stands alone"),
            ("a topic not first", "[meet] ^A B", "first slot, once"),
            ("two topics", "^A ^A [meet] B", "first slot, once"),
            ("a topic and a head", "^A A [meet] B", "one head"),
            ("a topic of a nisba", "^A:nisba [meet] B", "is a name"),
            ("a topic misspelt", "^AB [meet] B", "cannot read the slot"),
        ];
        for (name, text, want) in cases {
            let err = p(text).expect_err(name);
            assert!(err.contains(want), "{name}: {err}");
        }
        let err = parse(
            "t",
            RelationType::Visits,
            "[visit] A&B",
            |_| Some(0),
            |w| w.into(),
        )
        .unwrap_err();
        assert!(err.contains("not symmetric"), "{err}");
    }
}

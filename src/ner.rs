//! The rule layer for entities: gazetteer hits, context rules for names no list holds,
//! overlap resolution, and in-document coreference.
//!
//! Overlap policy (the one place it is decided): among candidate mentions, the longest wins,
//! then the earliest, then the one from the higher-priority source: a user's lists, the
//! embedded lists, generic organization heads, quoted organizations, person rules, surnames
//! (see [`priority`]).

use crate::clitic::{strip_prefix, Article, Proclitics};
use crate::fasthash::{FastMap, IdIndex};
use crate::gazetteer::{EntityType, Entry};
use crate::lexicon::{Gender, Item, Lexicon, TitleKind};
use crate::matcher::Hit;
use crate::span::Span;
use crate::tokenize::{is_word_char, Tokenized};
use std::collections::BTreeMap;

/// Source priorities for the overlap policy: lower wins at equal span.
pub(crate) mod priority {
    pub const USER_LIST: u8 = 0;
    pub const DEFAULT_LIST: u8 = 1;
    pub const ORG_HEAD: u8 = 2;
    pub const QUOTED_ORG: u8 = 3;
    pub const PERSON_RULE: u8 = 4;
    pub const SURNAME: u8 = 5;
}

/// Token flags.
pub(crate) mod flag {
    pub const STOP: u16 = 1;
    pub const PREP: u16 = 1 << 1;
    pub const TITLE: u16 = 1 << 2;
    pub const ROLE: u16 = 1 << 3;
    pub const FILLER: u16 = 1 << 4;
    pub const NISBA: u16 = 1 << 5;
    pub const GIVEN: u16 = 1 << 6;
    pub const PARTICLE: u16 = 1 << 7;
    pub const SUFFIX: u16 = 1 << 8;
    pub const TRIGGER: u16 = 1 << 9;
    pub const ORG_HEAD: u16 = 1 << 10;
    pub const CUE: u16 = 1 << 11;
    /// The word carries a preposition clitic (بـ, لـ, كـ) in front of a known form.
    pub const PREP_CLITIC: u16 = 1 << 12;
    /// A title that is also an everyday noun: a given name must follow it.
    pub const WEAK: u16 = 1 << 14;
    /// The word carries a conjunction clitic (و, ف) in front of a known form.
    pub const CONJ_CLITIC: u16 = 1 << 13;
    /// Words that can never be part of a name.
    pub const NOT_NAME: u16 =
        STOP | PREP | TITLE | ROLE | FILLER | NISBA | TRIGGER | ORG_HEAD | CUE;
    /// Words that may stand between a role and the name it introduces.
    pub const ROLE_ZONE: u16 = TITLE | ROLE | FILLER | NISBA | ORG_HEAD;
}

/// What is known of one token.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    pub flags: u16,
    /// The nationality adjective the whole token is, if any.
    pub nisba: Option<u32>,
    /// Where the given name starts in this token, after its clitics (ومحمود).
    pub given: Option<(usize, Proclitics)>,
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
    /// For a generated entity; empty for a list match (read from the entry).
    pub name: String,
    pub priority: u8,
    /// The rule that produced it (`list`, `person.title`, `coref.surname` …).
    pub rule: &'static str,
}

/// An entity of the document.
#[derive(Debug, Clone)]
pub(crate) struct EntityInfo {
    pub id: String,
    pub etype: EntityType,
    pub subtype: Option<String>,
    pub name: String,
}

/// A resolved mention.
#[derive(Debug, Clone)]
pub(crate) struct MentionInfo {
    pub span: Span,
    pub rule: &'static str,
    pub word_start: usize,
    pub clitics: Proclitics,
    pub entity: usize,
}

/// Everything the relation layer reads.
pub(crate) struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokenized,
    pub info: Vec<TokenInfo>,
    pub hits: &'a [Hit],
    pub entities: Vec<EntityInfo>,
    /// In text order.
    pub mentions: Vec<MentionInfo>,
    /// For every token, the mention that covers it.
    pub token_mention: Vec<Option<usize>>,
    /// The entity of each list entry the document has.
    pub entity_of_entry: FastMap<u32, usize>,
}

/// The read-only context of one extraction.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokenized,
    pub hits: &'a [Hit],
    pub lexicon: &'a Lexicon,
    pub entries: &'a [Entry],
    pub entry_by_id: &'a IdIndex,
    /// For every entry, the first entry with the same id: one id, one entity.
    pub canonical: &'a [u32],
    /// Entries before this index come from the embedded lists, the rest from the user's.
    pub default_entries: usize,
    /// Which entity rules run.
    pub rules: crate::pipeline::EntityRules,
}

impl Context<'_> {
    fn tok_text(&self, i: usize) -> &str {
        let s = self.tokens.tokens()[i].span;
        &self.text[s.start..s.end]
    }

    /// Whether only white space stands between tokens `i` and `i + 1`.
    pub fn plain_gap(&self, i: usize) -> bool {
        let t = self.tokens.tokens();
        i + 1 < t.len()
            && t[i].sentence == t[i + 1].sentence
            && self.text[t[i].span.end..t[i + 1].span.start]
                .chars()
                .all(char::is_whitespace)
    }

    /// The first entry with this id.
    pub fn entry_index(&self, id: &str) -> Option<u32> {
        self.entry_by_id
            .get(id, |i| self.entries[i as usize].id.as_str())
    }

    fn country_name(&self, country: &str) -> String {
        match self.entry_index(country) {
            Some(i) => self.entries[i as usize].name.clone(),
            None => country.to_string(),
        }
    }
}

fn agrees(head: Gender, adjective: Gender) -> bool {
    match head {
        Gender::Masc => adjective == Gender::Masc,
        Gender::Fem => adjective == Gender::Fem,
        Gender::Plural => matches!(adjective, Gender::Plural | Gender::Fem),
    }
}

/// Flags every token a non-entity hit covers.
fn token_info(cx: &Context<'_>) -> Vec<TokenInfo> {
    let toks = cx.tokens.tokens();
    let mut info = vec![TokenInfo::default(); toks.len()];
    for h in cx.hits {
        if h.clitics.preposition || h.clitics.conjunction {
            let i = cx.tokens.token_at_or_after(h.word_start);
            if i < toks.len() && toks[i].span.start == h.word_start {
                if h.clitics.preposition {
                    info[i].flags |= flag::PREP_CLITIC;
                }
                if h.clitics.conjunction {
                    info[i].flags |= flag::CONJ_CLITIC;
                }
            }
        }
        let f = match h.item {
            Item::Entry(_) => continue,
            Item::Nisba(_) => flag::NISBA,
            Item::Title(TitleKind::Title) => flag::TITLE,
            Item::Title(TitleKind::Weak) => flag::TITLE | flag::WEAK,
            Item::Title(TitleKind::Role) => flag::ROLE,
            Item::Title(TitleKind::Filler) => flag::FILLER,
            Item::OrgHead(_) => flag::ORG_HEAD,
            Item::OrgCue(_) => flag::CUE,
            Item::Stop { preposition: true } => flag::STOP | flag::PREP,
            Item::Stop { preposition: false } => flag::STOP,
            Item::GivenName => flag::GIVEN,
            Item::Particle { suffix: false } => flag::PARTICLE,
            Item::Particle { suffix: true } => flag::SUFFIX,
            Item::Trigger(_) => flag::TRIGGER,
        };
        // A hit ends on a word boundary, so it covers whole tokens, the first one with its
        // clitics.
        for i in cx.tokens.tokens_within(h.word_start, h.span.end) {
            info[i].flags |= f;
            if h.item == Item::GivenName && toks[i].span.start == h.word_start {
                info[i].given = Some((h.span.start, h.clitics));
            }
            // A nationality adjective with a clitic (بالروسية, والروسي) qualifies nothing
            // before it.
            if let Item::Nisba(n) = h.item {
                if h.clitics == Proclitics::default() {
                    info[i].nisba = Some(n);
                }
            }
        }
    }
    info
}

/// The index of the token ending exactly at byte `at`.
fn token_ending_at(tokens: &Tokenized, at: usize) -> Option<usize> {
    let t = tokens.tokens();
    let i = t.partition_point(|t| t.span.end < at);
    (i < t.len() && t[i].span.end == at).then_some(i)
}

/// Whether a list match starts with a descriptor (صحيفة, وكالة, قناة, حركة, شركة, نادي …)
/// that the same entry also names without: the mention is then the name alone, as in
/// وكالة "بلومبرغ" → بلومبرغ (SCHEMA.md). Names the descriptor belongs to (حزب الله, منظمة
/// شنغهاي للتعاون) have no such shorter form, or a cue of kind `other`, and keep it.
fn descriptor_before_name(cx: &Context<'_>, h: &Hit, e: u32) -> bool {
    let from = cx.hits.partition_point(|o| o.span.start < h.span.start);
    let cue_end = cx.hits[from..]
        .iter()
        .take_while(|o| o.span.start == h.span.start)
        .filter_map(|o| match o.item {
            Item::OrgCue(k) if cx.lexicon.org_cues[k as usize] != "other" => Some(o.span.end),
            _ => None,
        })
        .max();
    let Some(cue_end) = cue_end else { return false };
    let rest = cue_end + cx.text[cue_end..].len() - cx.text[cue_end..].trim_start().len();
    if rest >= h.span.end || rest == cue_end {
        return false;
    }
    let from = cx.hits.partition_point(|o| o.span.start < rest);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.span.start == rest)
        .any(|o| {
            o.span.end == h.span.end
                && matches!(o.item, Item::Entry(f) if cx.canonical[f as usize] == cx.canonical[e as usize])
        })
}

fn gazetteer_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for h in cx.hits {
        if let Item::Entry(e) = h.item {
            if descriptor_before_name(cx, h, e) {
                continue;
            }
            let entry = &cx.entries[e as usize];
            out.push(Candidate {
                span: h.span,
                word_start: h.word_start,
                clitics: h.clitics,
                etype: entry.entity_type,
                key: Key::Entry(cx.canonical[e as usize]),
                // An entry's name and subtype are read from the entry when needed: no copy
                // per match.
                subtype: None,
                name: String::new(),
                priority: if (e as usize) < cx.default_entries {
                    priority::DEFAULT_LIST
                } else {
                    priority::USER_LIST
                },
                rule: "list",
            });
        }
    }
}

/// Generic heads: وزارة الخارجية [الروسية], القوات المسلحة الإيرانية, هيئة الأركان.
fn org_head_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    for h in cx.hits {
        let Item::OrgHead(k) = h.item else { continue };
        let head = &cx.lexicon.org_heads[k as usize];
        let Some(last) = token_ending_at(cx.tokens, h.span.end) else {
            continue;
        };
        let nisba = cx
            .plain_gap(last)
            .then(|| info[last + 1].nisba)
            .flatten()
            .filter(|&n| agrees(head.gender, cx.lexicon.nisbas[n as usize].gender));
        let (span, id, name) = match nisba {
            Some(n) => {
                let country = &cx.lexicon.nisbas[n as usize].country;
                let end = cx.tokens.tokens()[last + 1].span.end;
                let cname = cx.country_name(country);
                (
                    Span::new(h.span.start, end),
                    format!("org-head:{}:{country}", head.id),
                    format!("{} ({cname})", head.name),
                )
            }
            None if head.nisba_required => continue,
            None => (h.span, format!("org-head:{}", head.id), head.name.clone()),
        };
        out.push(Candidate {
            span,
            word_start: h.word_start,
            clitics: h.clitics,
            etype: EntityType::Organization,
            key: Key::Generated(id),
            subtype: Some(head.subtype.clone()),
            name,
            priority: priority::ORG_HEAD,
            rule: "org-head",
        });
    }
}

/// A head followed by a genitive organization (هيئة الأركان العامة للقوات المسلحة …) names
/// one organization, the outermost.
fn composed_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let mut extra = Vec::new();
    let mut by_word: FastMap<usize, Vec<usize>> = FastMap::default();
    for (i, c) in out.iter().enumerate() {
        if c.etype == EntityType::Organization && c.clitics.preposition && !c.clitics.conjunction {
            by_word.entry(c.word_start).or_default().push(i);
        }
    }
    for a in out.iter().filter(|c| c.priority == priority::ORG_HEAD) {
        let Some(last) = token_ending_at(cx.tokens, a.span.end) else {
            continue;
        };
        if !cx.plain_gap(last) {
            continue;
        }
        let next = cx.tokens.tokens()[last + 1].span.start;
        if !cx.text[next..].starts_with('ل') {
            continue;
        }
        for b in by_word.get(&next).into_iter().flatten().map(|&i| &out[i]) {
            {
                let Key::Generated(ref aid) = a.key else {
                    continue;
                };
                let bid = match &b.key {
                    Key::Entry(e) => cx.entries[*e as usize].id.clone(),
                    Key::Generated(g) => g.clone(),
                };
                extra.push(Candidate {
                    span: Span::new(a.span.start, b.span.end),
                    word_start: a.word_start,
                    clitics: a.clitics,
                    etype: EntityType::Organization,
                    key: Key::Generated(format!("{aid}/{bid}")),
                    subtype: a.subtype.clone(),
                    name: format!("{} of {}", a.name, name_of(cx, b)),
                    priority: priority::ORG_HEAD,
                    rule: "org-head.genitive",
                });
            }
        }
    }
    out.extend(extra);
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '\'')
}

/// وكالة "سبوتنيك": the quoted name after a cue word is an organization.
fn quoted_org_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for h in cx.hits {
        let Item::OrgCue(k) = h.item else { continue };
        let rest = &cx.text[h.span.end..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let Some(open) = trimmed.chars().next().filter(|&c| is_quote(c)) else {
            continue;
        };
        let start = h.span.end + (rest.len() - trimmed.len()) + open.len_utf8();
        let inner = &cx.text[start..];
        let Some(close) = inner.find(|c: char| is_quote(c) || c == '\n') else {
            continue;
        };
        if !inner[close..].starts_with(is_quote) {
            continue;
        }
        // The name without punctuation around it ("سبوتنيك." → سبوتنيك); a word at least.
        let quoted = &inner[..close];
        let name = quoted.trim_matches(|c: char| !is_word_char(c));
        let words = name.split_whitespace().count();
        if name.is_empty() || words > 4 {
            continue;
        }
        let lead = quoted.len() - quoted.trim_start_matches(|c: char| !is_word_char(c)).len();
        let span = Span::new(start + lead, start + lead + name.len());
        out.push(Candidate {
            span,
            word_start: span.start,
            clitics: Proclitics::default(),
            etype: EntityType::Organization,
            key: Key::Generated(format!("ORGANIZATION:{name}")),
            subtype: Some(cx.lexicon.org_cues[k as usize].clone()),
            name: name.to_string(),
            priority: priority::QUOTED_ORG,
            rule: "quoted-org",
        });
    }
}

/// Whether a word starts with the article, possibly after proclitics (الشكر, بالمنطقة, للقوى).
fn has_article(word: &str) -> bool {
    [
        "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال",
    ]
    .iter()
    .any(|p| word.starts_with(p))
}

/// Whether token `i` can open an unknown name: no article (الشكر, للقوى), and no و in front
/// unless the word is a known given name (وليد, not ومؤلف).
fn opens_name(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    let w = cx.tok_text(i);
    !has_article(w)
        && (!w.starts_with('و')
            || info[i].flags & flag::GIVEN != 0
                && info[i]
                    .given
                    .is_some_and(|(at, _)| at == cx.tokens.tokens()[i].span.start))
}

/// Whether token `i` could be part of a person's name.
fn name_like(cx: &Context<'_>, info: &[TokenInfo], covered: &[bool], i: usize) -> bool {
    let t = cx.tok_text(i);
    info[i].flags & flag::NOT_NAME == 0
        && !covered[i]
        && t.chars().nth(1).is_some()
        && t.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
}

/// Collects a name starting at token `i`: a given name or particle licenses the next word,
/// a suffix particle (زاده) always attaches. Returns the last token of the name.
fn name_extent(
    cx: &Context<'_>,
    info: &[TokenInfo],
    covered: &[bool],
    i: usize,
    max: usize,
) -> usize {
    let mut last = i;
    while last - i + 1 < max
        && cx.plain_gap(last)
        && name_like(cx, info, covered, last + 1)
        && info[last + 1].flags & flag::CONJ_CLITIC == 0
    {
        let licensed = info[last].flags & (flag::GIVEN | flag::PARTICLE) != 0
            || info[last + 1].flags & flag::SUFFIX != 0
            || last == i;
        if !licensed {
            break;
        }
        last += 1;
    }
    // A name does not end in a particle (الحسين بن …).
    while last > i && info[last].flags & flag::PARTICLE != 0 {
        last -= 1;
    }
    last
}

/// Whether tokens `first..=last` can be a name: not a lone particle (بن, عبد).
fn is_name(info: &[TokenInfo], first: usize, last: usize) -> bool {
    last > first || info[first].flags & flag::PARTICLE == 0
}

fn person(
    cx: &Context<'_>,
    info: &[TokenInfo],
    first: usize,
    last: usize,
    rule: &'static str,
) -> Candidate {
    let t = cx.tokens.tokens();
    let (start, clitics) = info[first]
        .given
        .unwrap_or((t[first].span.start, Proclitics::default()));
    let span = Span::new(start, t[last].span.end);
    let name = &cx.text[span.start..span.end];
    Candidate {
        span,
        word_start: t[first].span.start,
        clitics,
        etype: EntityType::Person,
        key: Key::Generated(format!("PERSON:{name}")),
        subtype: None,
        name: name.to_string(),
        priority: priority::PERSON_RULE,
        rule,
    }
}

/// A title or role before an unknown name (اللواء …, وزير الدفاع الروسي …), and a given
/// name followed by a surname (محمد …).
fn person_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    let mut covered = vec![false; toks.len()];
    // Which non-person candidate covers a token: a role phrase crosses punctuation only
    // inside one name (للقوات المسلحة …), never between two.
    let mut covered_by = vec![usize::MAX; toks.len()];
    let mut starts_person = vec![false; toks.len()];
    for (ci, c) in out.iter().enumerate() {
        for i in cx.tokens.tokens_within(c.word_start, c.span.end) {
            let t = &toks[i];
            if c.etype == EntityType::Person {
                starts_person[i] |= t.span.start <= c.span.start;
            } else {
                covered[i] = true;
                covered_by[i] = covered_by[i].min(ci);
            }
        }
    }
    let inside_one =
        |j: usize| j + 1 < toks.len() && covered[j] && covered_by[j] == covered_by[j + 1];
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let f = info[i].flags;
        if f & (flag::TITLE | flag::ROLE) != 0 {
            // Walk the role phrase: titles, roles, fillers, nisbas, organizations, places.
            let mut j = i;
            let strong = |g: u16| g & flag::TITLE != 0 && g & flag::WEAK == 0;
            let mut titled = strong(f);
            while cx.plain_gap(j) || inside_one(j) {
                let n = j + 1;
                if n >= toks.len() || toks[n].sentence != toks[i].sentence {
                    break;
                }
                if info[n].flags & flag::ROLE_ZONE != 0 || covered[n] {
                    titled |= strong(info[n].flags);
                    j = n;
                    if j - i > 10 {
                        break;
                    }
                } else {
                    break;
                }
            }
            let n = j + 1;
            let adjacent = n < toks.len()
                && toks[n].sentence == toks[i].sentence
                && (cx.plain_gap(j) || inside_one(j));
            // A first name carries no article, with or without a clitic before it
            // (الرئيس الشكر, رئيس لشؤون القوى are not names).
            let article = n < toks.len() && !opens_name(cx, info, n);
            if adjacent && !starts_person[n] && !article && name_like(cx, info, &covered, n) {
                let last = name_extent(cx, info, &covered, n, 3);
                // After a bare role (وزير الدفاع …) only a known given name opens a name.
                if (titled || info[n].flags & flag::GIVEN != 0) && is_name(info, n, last) {
                    found.push(person(
                        cx,
                        info,
                        n,
                        last,
                        if titled {
                            "person.title"
                        } else {
                            "person.role"
                        },
                    ));
                    i = last + 1;
                    continue;
                }
            }
            i = j.max(i) + 1;
            continue;
        }
        if f & flag::GIVEN != 0 && !starts_person[i] && !covered[i] {
            let last = name_extent(cx, info, &covered, i, 4);
            if last > i {
                found.push(person(cx, info, i, last, "person.given-name"));
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
    // A name in apposition before a role: "لام أكول، وزير الخارجية …".
    let mut person_at = vec![false; toks.len()];
    for c in &found {
        for i in cx.tokens.tokens_within(c.word_start, c.span.end) {
            person_at[i] = true;
        }
    }
    let taken = |k: usize, _: &[Candidate]| person_at[k];
    let mut appositions = Vec::new();
    for r in 1..toks.len() {
        let role_start = info[r].flags & flag::ROLE != 0 && info[r - 1].flags & flag::ROLE == 0;
        if !role_start || toks[r - 1].sentence != toks[r].sentence {
            continue;
        }
        let gap = &cx.text[toks[r - 1].span.end..toks[r].span.start];
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || c == '،' || c == ',')
        {
            continue;
        }
        let last = r - 1;
        let ok =
            |k: usize| name_like(cx, info, &covered, k) && !starts_person[k] && !taken(k, &found);
        let mut first = last;
        while first > 0
            && last - first < 3
            && ok(first)
            && cx.plain_gap(first - 1)
            && ok(first - 1)
            && info[first].flags & flag::CONJ_CLITIC == 0
        {
            first -= 1;
        }
        // The name must start after a word that is not a name, and be a name by itself.
        let bounded = first == 0 || !ok(first - 1) || !cx.plain_gap(first - 1);
        // Without a title to vouch for it, the name must open with a known given name.
        let long_enough = last > first || info[first].flags & flag::GIVEN != 0;
        if ok(first)
            && ok(last)
            && bounded
            && long_enough
            && last - first < 3
            && opens_name(cx, info, first)
            && info[first].flags & flag::CONJ_CLITIC == 0
        {
            appositions.push(person(cx, info, first, last, "person.apposition"));
        }
    }
    found.extend(appositions);
    out.extend(found);
}

/// Longest, then earliest, then highest priority; no two kept mentions overlap.
fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
            .then(a.priority.cmp(&b.priority))
    });
    let mut kept: Vec<Candidate> = Vec::new();
    // Kept spans are disjoint, so the only one that can overlap a candidate is the last kept
    // span starting before the candidate's end.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for c in cands {
        let clash = taken
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        if !clash && !c.span.is_empty() {
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

/// How far after a full name its surname alone still refers to it, in bytes: about an
/// article, so that a surname does not leak into the next story of a long input.
const SURNAME_WINDOW: usize = 4000;

/// A surname and the full-name mentions that introduced it.
struct Surname {
    /// The candidate that owns it; `None` when two people share it.
    owner: Option<usize>,
    /// Where each full-name mention ends, in text order.
    ends: Vec<usize>,
}

/// A later surname (باقري) joins the earlier full name's entity (محمد باقري), within an
/// article's distance. A surname from a rule-found name must not carry the article, which
/// is how ordinary words (المقاومة, الإنسان) would leak in.
fn surname_mentions(cx: &Context<'_>, info: &[TokenInfo], kept: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    let mut surnames: FastMap<String, Surname> = FastMap::default();
    for (ci, c) in kept.iter().enumerate() {
        if c.etype != EntityType::Person {
            continue;
        }
        let first = cx.tokens.token_at_or_after(c.word_start);
        let Some(last) = token_ending_at(cx.tokens, c.span.end) else {
            continue;
        };
        if last <= first {
            continue;
        }
        let from = if info[last].flags & flag::SUFFIX != 0 && last > first + 1 {
            last - 1
        } else {
            last
        };
        // From token texts joined by one space, whatever the text had between them.
        let s: String = (from..=last)
            .map(|k| cx.tok_text(k))
            .collect::<Vec<_>>()
            .join(" ");
        let weak = c.rule != "list" && s.starts_with("ال");
        if s.chars().count() < 3 || info[from].flags & flag::NOT_NAME != 0 || weak {
            continue;
        }
        let e = surnames.entry(s).or_insert(Surname {
            owner: Some(ci),
            ends: Vec::new(),
        });
        if e.owner.is_some_and(|other| kept[other].key != c.key) {
            e.owner = None; // two people share it: ambiguous
        }
        e.ends.push(c.span.end);
    }
    surnames.retain(|_, s| s.owner.is_some());
    if surnames.is_empty() {
        return;
    }
    let mut covered = vec![false; toks.len()];
    for c in kept.iter() {
        for i in cx.tokens.tokens_within(c.word_start, c.span.end) {
            covered[i] = true;
        }
    }
    // First word of each surname → (whole surname, its record).
    let mut by_first: FastMap<&str, Vec<(&str, &Surname)>> = FastMap::default();
    for (s, rec) in &surnames {
        by_first
            .entry(s.split(' ').next().unwrap_or(s))
            .or_default()
            .push((s.as_str(), rec));
    }
    let mut extra = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if covered[i] {
            continue;
        }
        let word = &cx.text[t.span.start..t.span.end];
        // The word itself, or the word after a valid proclitic chain (وباقري, لباقري).
        let readings = word.char_indices().take(4).filter_map(|(k, _)| {
            let (prefix, rest) = word.split_at(k);
            let clitics = if k == 0 {
                Some(Proclitics::default())
            } else {
                strip_prefix(prefix, Article::InForm)
            };
            clitics.map(|c| (k, c, rest))
        });
        for (k, clitics, rest) in readings {
            for &(s, rec) in by_first.get(rest).into_iter().flatten() {
                let words = s.split(' ').count();
                let end_tok = i + words - 1;
                if end_tok >= toks.len() || (words == 2 && !cx.plain_gap(i)) {
                    continue;
                }
                if words == 2 && cx.tok_text(end_tok) != s.split(' ').nth(1).unwrap_or("") {
                    continue;
                }
                let at = t.span.start;
                let before = rec.ends.partition_point(|&e| e <= at);
                if before == 0 || at - rec.ends[before - 1] > SURNAME_WINDOW {
                    continue;
                }
                let Some(owner) = rec.owner else { continue };
                let c = &kept[owner];
                extra.push(Candidate {
                    span: Span::new(at + k, toks[end_tok].span.end),
                    word_start: at,
                    clitics,
                    etype: EntityType::Person,
                    key: c.key.clone(),
                    subtype: c.subtype.clone(),
                    name: c.name.clone(),
                    priority: priority::SURNAME,
                    rule: "coref.surname",
                });
            }
        }
    }
    // Two readings of one place (باقري and باقري زاده): the longer wins.
    extra.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    extra.dedup_by(|b, a| b.span.overlaps(a.span));
    kept.extend(extra);
    kept.sort_by_key(|c| c.span.start);
}

/// A candidate's canonical name: its entry's for a list match.
fn name_of<'b>(cx: &'b Context<'_>, c: &'b Candidate) -> &'b str {
    match c.key {
        Key::Entry(e) => &cx.entries[e as usize].name,
        Key::Generated(_) => &c.name,
    }
}

/// A bare generic head (هيئة الأركان) refers to the nearest earlier organization it heads.
fn head_coreference(cx: &Context<'_>, kept: &mut [Candidate]) {
    for i in 0..kept.len() {
        let Key::Generated(ref id) = kept[i].key else {
            continue;
        };
        if !id.starts_with("org-head:") || id.contains('/') || id.matches(':').count() > 1 {
            continue;
        }
        let head = &cx.text[kept[i].span.start..kept[i].span.end];
        // Look back a bounded distance: coreference is local to an article.
        let earlier = (i.saturating_sub(200)..i).rev().find(|&j| {
            let c = &kept[j];
            c.etype == EntityType::Organization
                && c.span.len() > head.len()
                && cx.text[c.span.start..c.span.end].starts_with(head)
        });
        if let Some(j) = earlier {
            kept[i].key = kept[j].key.clone();
            kept[i].name = kept[j].name.clone();
            kept[i].subtype = kept[j].subtype.clone();
            kept[i].rule = "coref.head";
        }
    }
}

/// Runs the entity rules over matched hits.
pub(crate) fn analyze<'a>(cx: &Context<'a>) -> Analysis<'a> {
    let info = token_info(cx);
    let mut cands = Vec::new();
    gazetteer_candidates(cx, &mut cands);
    let all = cx.rules == crate::pipeline::EntityRules::All;
    if all {
        org_head_candidates(cx, &info, &mut cands);
        composed_candidates(cx, &mut cands);
        quoted_org_candidates(cx, &mut cands);
        person_candidates(cx, &info, &mut cands);
    }
    let mut kept = resolve(cands);
    if all {
        surname_mentions(cx, &info, &mut kept);
        head_coreference(cx, &mut kept);
    }

    let mut entities: Vec<EntityInfo> = Vec::new();
    let mut by_key: FastMap<Key, usize> = FastMap::default();
    let mut mentions = Vec::with_capacity(kept.len());
    for c in kept {
        let entity = match by_key.get(&c.key) {
            Some(&i) => i,
            None => {
                let info = match &c.key {
                    Key::Entry(e) => {
                        let en = &cx.entries[*e as usize];
                        EntityInfo {
                            id: en.id.clone(),
                            etype: en.entity_type,
                            subtype: en.subtype.clone(),
                            name: en.name.clone(),
                        }
                    }
                    Key::Generated(g) => EntityInfo {
                        id: g.clone(),
                        etype: c.etype,
                        subtype: c.subtype.clone(),
                        name: c.name.clone(),
                    },
                };
                entities.push(info);
                by_key.insert(c.key.clone(), entities.len() - 1);
                entities.len() - 1
            }
        };
        mentions.push(MentionInfo {
            span: c.span,
            rule: c.rule,
            word_start: c.word_start,
            clitics: c.clitics,
            entity,
        });
    }
    let entity_of_entry: FastMap<u32, usize> = by_key
        .iter()
        .filter_map(|(k, &i)| match k {
            Key::Entry(e) => Some((*e, i)),
            Key::Generated(_) => None,
        })
        .collect();
    let toks = cx.tokens.tokens();
    let mut token_mention = vec![None; toks.len()];
    for (m, mi) in mentions.iter().enumerate() {
        for i in cx.tokens.tokens_within(mi.word_start, mi.span.end) {
            token_mention[i] = Some(m);
        }
    }
    Analysis {
        text: cx.text,
        tokens: cx.tokens,
        info,
        hits: cx.hits,
        entities,
        mentions,
        token_mention,
        entity_of_entry,
    }
}

/// The entity for a country id, added without mentions when the text names it only through
/// an adjective.
pub(crate) fn country_entity(
    an: &mut Analysis<'_>,
    cx: &Context<'_>,
    country: &str,
) -> Option<usize> {
    let e = cx.entry_index(country)?;
    if let Some(&i) = an.entity_of_entry.get(&e) {
        return Some(i);
    }
    let en = &cx.entries[e as usize];
    an.entities.push(EntityInfo {
        id: en.id.clone(),
        etype: en.entity_type,
        subtype: en.subtype.clone(),
        name: en.name.clone(),
    });
    an.entity_of_entry.insert(e, an.entities.len() - 1);
    Some(an.entities.len() - 1)
}

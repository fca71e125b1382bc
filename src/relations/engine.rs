//! Matching patterns in a document: each trigger word, and each role phrase, is an anchor;
//! the pattern's slots before the anchor are matched leftwards from it, those after it
//! rightwards, shortest gaps first. Every slot stays in the anchor's sentence, and a gap
//! never crosses a name unless its kinds allow that name (a place after في, a name inside a
//! role phrase, anything in brackets): a third party between the arguments stops a match.

use super::pattern::{
    Clitic, FormFilter, Kinds, Pattern, Role, Slot, Types, MAX_LIST, MAX_PHRASE, TOPIC_REACH,
};
use super::rules::{class, RuleSet};
use crate::ner::tokens::flag;
use crate::ner::Analysis;
use crate::types::EntityType;
use std::cell::Cell;

/// The most words a bracketed apposition after a name holds (عباس (أبو مازن)).
const MAX_APPOSITION: usize = 6;

/// An argument: an entity of the document, or a country a nationality adjective names
/// (index into the lexicon's nationality adjectives).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ArgRef {
    Entity(usize),
    Country(u32),
}

/// The members of one argument slot (X, Y وZ), at most [`MAX_LIST`], kept on the stack: a
/// slot is tried tens of thousands of times per megabyte, most attempts with one member.
#[derive(Debug, Clone, Copy)]
struct Members {
    items: [ArgRef; MAX_LIST],
    len: usize,
}

impl Members {
    fn one(first: ArgRef) -> Members {
        Members {
            items: [first; MAX_LIST],
            len: 1,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    /// Adds a member; the callers stop at [`MAX_LIST`], and one more is dropped.
    fn push(&mut self, a: ArgRef) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = a;
            self.len += 1;
        }
    }

    fn contains(&self, a: &ArgRef) -> bool {
        self.as_slice().contains(a)
    }

    fn as_slice(&self) -> &[ArgRef] {
        &self.items[..self.len]
    }

    fn as_mut_slice(&mut self) -> &mut [ArgRef] {
        &mut self.items[..self.len]
    }
}

/// What a match found.
#[derive(Debug, Clone, Default)]
pub(super) struct Found {
    pub heads: Vec<ArgRef>,
    pub tails: Vec<ArgRef>,
    /// Members of an `A&B` coordination.
    pub both: Vec<ArgRef>,
    /// First and one-past-last token of the match.
    pub start: usize,
    pub end: usize,
    /// Tokens matched by trigger slots (the anchor first).
    pub triggers: Vec<usize>,
}

impl Found {
    /// The (head, tail) pairs it states.
    pub fn pairs(&self) -> Vec<(ArgRef, ArgRef)> {
        let mut out = Vec::new();
        for &h in &self.heads {
            for &t in &self.tails {
                out.push((h, t));
            }
        }
        for (i, &a) in self.both.iter().enumerate() {
            for &b in &self.both[i + 1..] {
                out.push((a, b));
            }
        }
        out
    }
}

/// A document as the patterns read it.
pub(super) struct Doc<'d, 'a> {
    pub an: &'d Analysis<'a>,
    pub rules: &'d RuleSet,
    /// `(token, trigger form)` for every trigger hit, by token.
    pub triggers: Vec<(usize, u32)>,
    /// Each token's word classes, looked up on first use (`u32::MAX`: not yet).
    classes: Vec<Cell<u32>>,
    /// Each token's prefix length in bytes (`u8::MAX`: not yet).
    prefixes: Vec<Cell<u8>>,
    /// What stands before each token, as a `Between` (`u8::MAX`: not yet).
    befores: Vec<Cell<u8>>,
    /// `(token, trigger groups as bits)` for every token that holds a trigger, by token.
    groups: Vec<(usize, u64)>,
    /// Whether each token lies inside brackets (`u8::MAX`: not yet).
    brackets: Vec<Cell<u8>>,
    /// The matching state, reused from one attempt to the next.
    scratch: Cell<State>,
}

/// A gap being read left to right: where it starts, the next word to read, and what the
/// words read so far open (a role phrase, a place phrase, a prepositional phrase).
struct GapScan {
    start: usize,
    next: usize,
    kinds: Kinds,
    role: bool,
    place: bool,
    prep: bool,
    /// Role words stand in a gap only as an apposition: from the gap's start (next to the
    /// argument before or after it), not after other words (وكان وزير …: a third party).
    apposition: bool,
    /// The end of the aside being read ([`Doc::aside_end`]), 0 outside one.
    aside_until: usize,
    /// The words of the asides read so far but one each: a gap's length counts an aside as
    /// one word.
    aside_words: usize,
}

impl GapScan {
    fn new(start: usize, kinds: Kinds) -> GapScan {
        GapScan {
            start,
            next: start,
            kinds,
            role: false,
            place: false,
            prep: false,
            apposition: true,
            aside_until: 0,
            aside_words: 0,
        }
    }
}

/// Punctuation between two words, as far as slots care.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Between {
    /// White space and quotation marks only.
    Plain,
    /// Also commas, colons, dashes or slashes.
    Comma,
    /// Also brackets.
    Bracket,
    /// Anything else (another sentence mark).
    Other,
}

impl<'d, 'a> Doc<'d, 'a> {
    pub fn new(an: &'d Analysis<'a>, rules: &'d RuleSet) -> Doc<'d, 'a> {
        let toks = an.tokens.tokens();
        let mut triggers = Vec::new();
        for h in an.hits {
            if let crate::lexicon::Item::Trigger(f) = h.item {
                let t = an.tokens.token_at_or_after(h.word_start());
                if t < toks.len()
                    && toks[t].span().start == h.word_start()
                    && toks[t].span().end == h.span().end
                {
                    triggers.push((t, f));
                }
            }
        }
        triggers.sort_unstable();
        triggers.dedup();
        let mut groups: Vec<(usize, u64)> = Vec::new();
        for &(t, f) in &triggers {
            let bit = 1 << rules.triggers[f as usize].group;
            match groups.last_mut() {
                Some((last, bits)) if *last == t => *bits |= bit,
                _ => groups.push((t, bit)),
            }
        }
        Doc {
            an,
            rules,
            triggers,
            classes: vec![Cell::new(u32::MAX); toks.len()],
            prefixes: vec![Cell::new(u8::MAX); toks.len()],
            befores: vec![Cell::new(u8::MAX); toks.len()],
            groups,
            brackets: vec![Cell::new(u8::MAX); toks.len()],
            scratch: Cell::new(State::default()),
        }
    }

    fn len(&self) -> usize {
        self.an.tokens.tokens().len()
    }

    /// Whether token `i` is a person's name or opens with a given name.
    pub fn person_like(&self, i: usize) -> bool {
        match self.mention_at(i) {
            Some(m) => self.type_of(self.an.mentions[m].entity) == Types::PERSON,
            None => self.flags(i) & flag::GIVEN != 0,
        }
    }

    /// The number of tokens.
    pub fn tokens(&self) -> usize {
        self.len()
    }

    /// Whether only white space and quotation marks stand between tokens `i - 1` and `i`
    /// of one sentence.
    pub fn plain_before(&self, i: usize) -> bool {
        self.between(i) == Between::Plain
    }

    fn in_group(&self, i: usize, group: Option<u16>) -> bool {
        group.is_some_and(|g| self.group_bits(i) & (1 << g) != 0)
    }

    /// The trigger groups of token `i`, as bits.
    fn group_bits(&self, i: usize) -> u64 {
        // Only a word the matcher flagged as a trigger holds trigger forms.
        if self.an.info[i].flags & flag::TRIGGER == 0 {
            return 0;
        }
        match self.groups.binary_search_by_key(&i, |&(t, _)| t) {
            Ok(k) => self.groups[k].1,
            Err(_) => 0,
        }
    }

    /// Whether token `i` is a word of the `intend` group (يعتزم, عزمها).
    pub fn is_intent(&self, i: usize) -> bool {
        self.in_group(i, self.rules.intend)
    }

    /// Whether token `i` is a word of the `deny` group (نفت, ألغى).
    pub fn is_denial(&self, i: usize) -> bool {
        self.in_group(i, self.rules.deny)
    }

    /// Whether token `i` holds a verb form of a trigger (a clause of its own).
    fn verb_at(&self, i: usize) -> bool {
        self.triggers_at(i)
            .any(|f| self.rules.triggers[f as usize].tag.aspect != super::morph::Aspect::Noun)
    }

    /// Whether token `i` holds a trigger form of this aspect.
    pub fn has_aspect(&self, i: usize, aspect: super::morph::Aspect) -> bool {
        self.triggers_at(i)
            .any(|f| self.rules.triggers[f as usize].tag.aspect == aspect)
    }

    fn sentence(&self, i: usize) -> usize {
        self.an.tokens.tokens()[i].sentence()
    }

    /// The normalized text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let s = self.an.tokens.tokens()[i].span();
        &self.an.text[s.start..s.end]
    }

    /// Token `i`'s word classes, with a leading و or ف tried off when the word has none.
    pub fn classes(&self, i: usize) -> u32 {
        let cached = self.classes[i].get();
        if cached != u32::MAX {
            return cached;
        }
        let c = self.lookup_classes(i);
        self.classes[i].set(c);
        c
    }

    fn lookup_classes(&self, i: usize) -> u32 {
        let w = self.word(i);
        let c = self.rules.word_classes(w);
        if c != 0 {
            return c;
        }
        match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
            Some(rest) if !rest.is_empty() => self.rules.word_classes(rest),
            _ => 0,
        }
    }

    /// Whether token `i` is a place word (مدينة, قصر, الديوان), also behind a preposition
    /// ([`Doc::head_classes`]: بالعاصمة) or behind ب without the article (بقصر).
    fn place_word(&self, i: usize) -> bool {
        if self.head_classes(i) & class::PLACE != 0 {
            return true;
        }
        let w = self.word(i);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        // بالإمارة as well as بإمارة: the place words are listed without their article.
        w.strip_prefix('ب').is_some_and(|rest| {
            [rest, rest.strip_prefix("ال").unwrap_or(rest)]
                .iter()
                .any(|r| self.rules.word_classes(r) & class::PLACE != 0)
        })
    }

    /// Whether token `i` follows a place noun without the article and without a name of
    /// its own, nothing between them (مقر of في مقر الحكومة, بقصر of بقصر الرئاسة): the
    /// noun's genitive.
    fn in_construct_with_place(&self, i: usize, sentence: usize) -> bool {
        if i == 0 || self.sentence(i - 1) != sentence || self.between(i) != Between::Plain {
            return false;
        }
        let w = self.word(i - 1);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        // Without the article, also behind ب (بالقصر is no construct).
        !w.strip_prefix('ب').unwrap_or(w).starts_with("ال")
            && self.mention_at(i - 1).is_none()
            && self.place_word(i - 1)
    }

    /// The word classes of a role phrase's first word, also behind a preposition (للمدرب is
    /// ل + المدرب, بالسفير ب + السفير).
    fn head_classes(&self, i: usize) -> u32 {
        let c = self.classes(i);
        if c != 0 {
            return c;
        }
        let w = self.word(i);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if let Some(rest) = w.strip_prefix("لل") {
            // ل + ال written لل: the word with its article back, on the stack.
            let mut buf = [0u8; 64];
            let Some(word) = buf.get_mut(..4 + rest.len()) else {
                return 0;
            };
            word[..4].copy_from_slice("ال".as_bytes());
            word[4..].copy_from_slice(rest.as_bytes());
            return std::str::from_utf8(word).map_or(0, |w| self.rules.word_classes(w));
        }
        match w.strip_prefix(['ب', 'ك', 'ل']) {
            Some(rest) if rest.starts_with("ال") => self.rules.word_classes(rest),
            _ => 0,
        }
    }

    /// Whether token `i` is one of `words` (or one with و or ف in front).
    pub(super) fn is_word(&self, i: usize, words: &[String]) -> bool {
        let w = self.word(i);
        let bare = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
        words.iter().any(|x| x == w || bare == Some(x.as_str()))
    }

    /// The trigger forms at token `i`.
    pub fn triggers_at(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        let from = self.triggers.partition_point(|&(t, _)| t < i);
        self.triggers[from..]
            .iter()
            .take_while(move |&&(t, _)| t == i)
            .map(|&(_, f)| f)
    }

    /// Whether token `i` holds a trigger of `group` whose form passes `filter`.
    pub fn has_trigger(&self, i: usize, group: u16, filter: super::pattern::FormFilter) -> bool {
        if self.group_bits(i) & (1 << group) == 0 {
            return false;
        }
        self.triggers_at(i).any(|f| {
            let t = &self.rules.triggers[f as usize];
            t.group == group && filter.accepts(t.tag)
        })
    }

    /// What stands between tokens `i - 1` and `i`.
    fn between(&self, i: usize) -> Between {
        let Some(cell) = self.befores.get(i) else {
            return Between::Other;
        };
        match cell.get() {
            0 => Between::Plain,
            1 => Between::Comma,
            2 => Between::Bracket,
            3 => Between::Other,
            _ => {
                let b = self.scan_between(i);
                cell.set(b as u8);
                b
            }
        }
    }

    fn scan_between(&self, i: usize) -> Between {
        let toks = self.an.tokens.tokens();
        if i == 0 || i >= toks.len() || toks[i - 1].sentence() != toks[i].sentence() {
            return Between::Other;
        }
        let gap = &self.an.text[toks[i - 1].span().end..toks[i].span().start];
        // A decimal point or a thousands separator (1.2 مليار, 1,200) is inside a number, as
        // is a hyphen between digits (a model's number: إيه 350-1000).
        if matches!(gap, "." | "," | "٫" | "٬" | "-")
            && self.an.text[..toks[i - 1].span().end].ends_with(|c: char| c.is_numeric())
            && self.an.text[toks[i].span().start..].starts_with(|c: char| c.is_numeric())
        {
            return Between::Plain;
        }
        let mut b = Between::Plain;
        for c in gap.chars() {
            let k = match c {
                c if c.is_whitespace() => Between::Plain,
                '"' | '«' | '»' | '\'' | '“' | '”' | '‘' | '’' => Between::Plain,
                // A percent or currency sign belongs to its number (حصة 25% في …).
                '%' | '٪' | '$' | '€' | '£' => Between::Plain,
                // A colon opens a description (جيب بوش (62 عاما): حاكم فلوريدا) or else what
                // someone says or what a dateline heads (واس- جدة: التقى …, بيسكوف: «…»): no
                // argument before it belongs to a clause after it.
                ':' if !self.role_word(i) => Between::Other,
                '،' | ',' | ':' | '-' | '–' | '—' | '/' | 'ـ' => Between::Comma,
                '(' | ')' | '[' | ']' => Between::Bracket,
                // Symbols and emoji (🇹🇷, ®) separate nothing; punctuation does.
                c if !c.is_ascii() && !matches!(c, '؟' | '؛' | '…' | '۔' | '·' | '•') => {
                    Between::Plain
                }
                _ => Between::Other,
            };
            b = match (b, k) {
                (Between::Other, _) | (_, Between::Other) => Between::Other,
                (Between::Bracket, _) | (_, Between::Bracket) => Between::Bracket,
                (Between::Comma, _) | (_, Between::Comma) => Between::Comma,
                _ => Between::Plain,
            };
        }
        b
    }

    /// Whether the boundary before token `i` is allowed with these gap kinds.
    fn boundary_ok(&self, i: usize, kinds: Kinds) -> bool {
        match self.between(i) {
            Between::Plain => true,
            Between::Comma => kinds.has(Kinds::COMMA),
            Between::Bracket => kinds.has(Kinds::PAREN),
            Between::Other => false,
        }
    }

    /// The proclitic letters in front of token `i`'s known form (وب for وبموسكو), or "".
    pub fn prefix(&self, i: usize) -> &'a str {
        let t = self.an.tokens.tokens()[i].span();
        let len = match self.prefixes[i].get() {
            u8::MAX => {
                let len = self.scan_prefix(i).len();
                self.prefixes[i].set(len.min(u8::MAX as usize - 1) as u8);
                len
            }
            len => len as usize,
        };
        &self.an.text[t.start..t.start + len]
    }

    fn scan_prefix(&self, i: usize) -> &'a str {
        let an = self.an;
        let t = an.tokens.tokens()[i].span();
        if let Some(m) = an.token_mention[i] {
            let mi = &an.mentions[m];
            if mi.word_start == t.start {
                return &an.text[t.start..mi.span.start.max(t.start)];
            }
        }
        let from = an.hits.partition_point(|h| h.span().start < t.start);
        an.hits[from..]
            .iter()
            .take_while(|h| h.span().start < t.end)
            .filter(|h| h.word_start() == t.start)
            .map(|h| h.span().start)
            .min()
            .map_or("", |s| &an.text[t.start..s])
    }

    /// Whether the prefix of token `i` holds a preposition (ب, ل or ك after و or ف), or a
    /// preposition written apart stands right before it (بـ"سبوتنيك").
    fn preposition_of(&self, i: usize) -> Option<char> {
        if let Some((c, _)) = self.detached_before(i) {
            return Some(c);
        }
        if let Some(m) = self.mention_at(i) {
            if !self.an.mentions[m].clitics.preposition {
                return None;
            }
        }
        let p = self.prefix(i);
        let p = p
            .strip_prefix('و')
            .or_else(|| p.strip_prefix('ف'))
            .unwrap_or(p);
        p.chars().next().filter(|c| matches!(c, 'ب' | 'ل' | 'ك'))
    }

    fn has_conjunction(&self, i: usize) -> bool {
        let p = self.prefix(i);
        if p.starts_with('و') || p.starts_with('ف') {
            return true;
        }
        // On a preposition written apart (ولـ"…"): this word, or the one before it.
        let conj = |k: usize| self.detached(k).is_some_and(|(_, conj)| conj);
        conj(i) || (p.is_empty() && i > 0 && conj(i - 1))
    }

    /// Whether token `i` is a preposition written apart from the word after it (بـ"سبوتنيك",
    /// see [`crate::clitic::detached_preposition`]): the preposition and whether a
    /// conjunction comes with it.
    fn detached(&self, i: usize) -> Option<(char, bool)> {
        crate::clitic::detached_at(self.an.text, self.an.tokens, i)
    }

    /// Token `i`, or the word after it when `i` is a preposition written apart.
    fn past_detached(&self, i: usize) -> usize {
        if self.detached(i).is_some() {
            i + 1
        } else {
            i
        }
    }

    /// The preposition written apart right before token `i` (see [`Doc::detached`]), when
    /// the word carries no proclitic of its own.
    fn detached_before(&self, i: usize) -> Option<(char, bool)> {
        if i == 0 || !self.prefix(i).is_empty() {
            return None;
        }
        self.detached(i - 1)
    }

    /// Whether a word of `class` stands within `reach` words of `from..to`, in the same
    /// sentence.
    pub fn near_class(&self, from: usize, to: usize, reach: usize, class: u32) -> bool {
        let sentence = self.sentence(from);
        let lo = from.saturating_sub(reach);
        let hi = (to + reach).min(self.len());
        (lo..hi).any(|i| self.sentence(i) == sentence && self.classes(i) & class != 0)
    }

    /// The type bits of an entity.
    /// Whether entity `e` is a news outlet (an organization of subtype `media`).
    pub fn is_media(&self, e: usize) -> bool {
        let en = &self.an.entities[e];
        en.etype == EntityType::Organization && en.subtype.as_deref() == Some("media")
    }

    pub fn type_of(&self, e: usize) -> u8 {
        let en = &self.an.entities[e];
        match en.etype {
            EntityType::Person => Types::PERSON,
            EntityType::Organization => Types::ORG,
            EntityType::Location => match en.subtype.as_deref() {
                Some("country") | Some("territory") => Types::COUNTRY,
                Some("city") | None => Types::CITY,
                _ => Types::OTHER_PLACE,
            },
            EntityType::Misc => 0,
        }
    }

    fn mention_at(&self, i: usize) -> Option<usize> {
        self.an.token_mention.get(i).copied().flatten()
    }

    /// The first token of mention `m` and the token after its last.
    fn extent(&self, m: usize) -> (usize, usize) {
        let mi = &self.an.mentions[m];
        let r = self.an.tokens.tokens_within(mi.word_start, mi.span.end);
        (r.start, r.end)
    }

    fn flags(&self, i: usize) -> u16 {
        self.an.info[i].flags
    }

    /// Whether token `i` opens or continues a role phrase.
    fn role_word(&self, i: usize) -> bool {
        self.flags(i) & (flag::ROLE_ZONE | flag::CUE) != 0
            || self.in_group(i, self.rules.role)
            || self.in_group(i, self.rules.honor)
            || self.classes(i) & (class::FILLER | class::PRONOUN_ROLE | class::PRONOUN_FILLER) != 0
    }

    /// Whether token `i` may stand inside a role phrase after its role word as a noun of the
    /// portfolio or office (وزير الموارد الطبيعية …): a word with the article that is no stop
    /// word, time word or adverb.
    fn phrase_noun(&self, i: usize) -> bool {
        self.word(i).starts_with("ال")
            && self.flags(i) & (flag::STOP | flag::PREP | flag::TRIGGER) == 0
            && self.classes(i) & (class::TIME | class::ADVERB) == 0
    }

    /// Whether token `i` is an honorific that opens a person's own role phrase: past the
    /// honorifics (صاحب السمو), an office with words of its own rather than a name
    /// (معالي الرئيس العام لشؤون …, سعادة وكيل الوزارة …; not سمو الأمير فيصل). Inside a
    /// phrase without a comma it starts the next person's (… حاكم دبي معالي الرئيس العام …).
    fn opens_own_phrase(&self, i: usize) -> bool {
        if i >= self.len() || !self.in_group(i, self.rules.honor) {
            return false;
        }
        // Only the first of a run of honorifics (صاحب السمو) opens anything.
        if i > 0 && self.in_group(i - 1, self.rules.honor) && self.between(i) == Between::Plain {
            return false;
        }
        let mut k = i + 1;
        while k < self.len() && self.in_group(k, self.rules.honor) {
            k += 1;
        }
        if k >= self.len() || self.mention_at(k).is_some() || !self.titled(k) {
            return false;
        }
        // Past the titles (الأمين العام, الشيخ الدكتور): a person's name is the honorific's
        // person (سمو الأمير فيصل); another name, a noun with the article or a preposition
        // is the office's own (معالي الأمين العام لمجلس التعاون …, سعادة وكيل الوزارة).
        let mut m = k + 1;
        while m < self.len() && self.mention_at(m).is_none() && self.titled(m) {
            m += 1;
        }
        m < self.len()
            && self.sentence(m) == self.sentence(i)
            && match self.mention_at(m) {
                Some(e) => self.type_of(self.an.mentions[e].entity) != Types::PERSON,
                None => self.word(m).starts_with("ال") || self.preposition_of(m).is_some(),
            }
    }

    /// Whether a person's name, or a title before one, stands at token `i` in the sentence,
    /// nothing but a space before it.
    fn person_follows(&self, i: usize, sentence: usize) -> bool {
        i < self.len()
            && self.sentence(i) == sentence
            && self.between(i) == Between::Plain
            && !self.has_conjunction(i)
            && match self.mention_at(i) {
                Some(m) => self.type_of(self.an.mentions[m].entity) == Types::PERSON,
                None => self.titled(i),
            }
    }

    /// Whether token `i` may stand inside a role phrase as a noun in the construct before
    /// a noun of the phrase (فرع of رئيس فرع الإفتاء, مدارس of مدير مدارس الأندلس): right
    /// after a role word, a noun of the phrase or a name, a word without the article or a possessive
    /// pronoun and no name, verb, stop word, trigger, time word, adverb, reporting word or
    /// nationality, right before a word with the article or a name.
    fn construct_noun(&self, i: usize) -> bool {
        let w = self.word(i);
        // A noun in the construct carries no possessive pronoun (لدعمهم, بلادنا).
        let possessed = ["هم", "هن", "كم", "نا", "ها"]
            .iter()
            .any(|p| w.ends_with(p));
        i > 0
            && (self.role_word(i - 1) || self.phrase_noun(i - 1) || self.mention_at(i - 1).is_some())
            && !w.starts_with("ال")
            && !possessed
            && self.mention_at(i).is_none()
            && self.preposition_of(i).is_none()
            && !self.verb_at(i)
            // An imperfect verb (يتابع, يرأس) is no noun of an office.
            && !w.starts_with('ي')
            && self.flags(i) & (flag::STOP | flag::PREP | flag::TRIGGER | flag::NISBA) == 0
            && self.classes(i) & (class::TIME | class::ADVERB | class::RELATIVE | class::REPORT) == 0
            && i + 1 < self.len()
            && self.between(i + 1) == Between::Plain
            && !self.has_conjunction(i + 1)
            && (self.mention_at(i + 1).is_some() || self.phrase_noun(i + 1))
    }

    /// Whether token `i`, a role word with ل in front, names the office the role word
    /// before it serves, inside a role phrase that a gap from token `a` holds (النائب الثاني
    /// لرئيس مجلس الوزراء, مستشار لوزير الخارجية).
    fn office_of_office(&self, i: usize, a: usize) -> bool {
        i > a
            && self.preposition_of(i) == Some('ل')
            && self.between(i) == Between::Plain
            && self.role_word(i - 1)
    }

    /// Whether token `i` is a title or role word (not a mere filler).
    fn titled(&self, i: usize) -> bool {
        self.flags(i) & (flag::ROLE | flag::TITLE) != 0
            || self.in_group(i, self.rules.role)
            || self.in_group(i, self.rules.honor)
            || self.classes(i) & class::PRONOUN_ROLE != 0
    }

    /// Whether token `i`, a word the pronoun classes hold, is read with its pronoun. One
    /// that ends in ها is; one that ends in ه may be a feminine noun instead, as ة is written
    /// ه once normalized (مديره is also مديرة): it is read with the pronoun only before a
    /// person's name or a word of a role phrase (مديره الفني, رئيسه الأمير), not before
    /// another noun or a name of another type (مديرة أعمال, مديرة المدرسة, مديرة قطر
    /// للبترول).
    fn pronoun_reading(&self, i: usize) -> bool {
        let next = i + 1;
        self.word(i).ends_with("ها")
            || next < self.len()
                && self.sentence(next) == self.sentence(i)
                && self.between(next) == Between::Plain
                && (self
                    .mention_at(next)
                    .is_some_and(|m| self.type_of(self.an.mentions[m].entity) == Types::PERSON)
                    || self.role_word(next))
    }

    /// The organization or country that the pronoun of a role phrase starting at token `i`
    /// points back to (بمتابعة مديرها, وزير خارجيتها): the nearest name before the phrase in
    /// its sentence, at most `ANTECEDENT_REACH` words back, when it is an organization or a
    /// country and, for an organization whose first noun says its gender, of the pronoun's
    /// gender (شركة … رئيسها, مجلس … رئيسه). A person or any other place nearer is what
    /// the pronoun may mean instead: none then.
    fn antecedent(&self, i: usize, sentence: usize, feminine: bool) -> Option<usize> {
        let mut k = i;
        while k > i.saturating_sub(ANTECEDENT_REACH) {
            k -= 1;
            if self.sentence(k) != sentence {
                return None;
            }
            let Some(m) = self.mention_at(k) else {
                continue;
            };
            let e = self.an.mentions[m].entity;
            let first = self.extent(m).0;
            // A name in brackets is an aside (لوقا دي مونتيزيمولو (الرئيس السابق لفيراري)
            // ونائبه): the pronoun means what stands before it, unless the brackets only
            // give that name again, a name of the same type (تنظيم «الدولة الإسلامية»
            // (داعش) … زعيمه).
            if self.bracketed(k) && !self.bracketed(i) {
                let alias = first > 0
                    && self.mention_at(first - 1).is_some_and(|p| {
                        self.type_of(self.an.mentions[p].entity) == self.type_of(e)
                    });
                if !alias {
                    k = first;
                    continue;
                }
            }
            let t = self.type_of(e);
            if t & (Types::ORG | Types::COUNTRY) == 0 || !self.gender_fits(m, sentence, feminine) {
                return None;
            }
            return Some(e);
        }
        None
    }

    /// The subject of the sentence that the pronoun of a role phrase starting at token `i`
    /// points back to when the phrase follows a word that reports a statement, or its به
    /// (وفق ما أعلنه رئيسها التنفيذي …, وقال رئيس مجلس إدارتها …, وقالت رئيسته …, بحسب رئيسها,
    /// وفق ما صرح به رئيسها …: the company or bank that
    /// the sentence opened with): the first name among the sentence's first six words, when
    /// it is an organization or a country ([`Doc::gender_fits`]: an organization whose first
    /// noun shows its gender must have the pronoun's).
    fn reported_subject(&self, i: usize, sentence: usize, feminine: bool) -> Option<usize> {
        if i == 0 || self.sentence(i - 1) != sentence {
            return None;
        }
        // A reporting verb's preposition with its pronoun (وفق ما صرح به رئيسها) stands
        // between it and the phrase.
        let by = i >= 2
            && matches!(self.word(i - 1), "به" | "بها")
            && self.sentence(i - 2) == sentence
            && self.classes(i - 2) & class::REPORT != 0;
        if !by && self.classes(i - 1) & class::REPORT == 0 {
            return None;
        }
        let mut s0 = i;
        while s0 > 0 && self.sentence(s0 - 1) == sentence {
            s0 -= 1;
        }
        let m = (s0..i.min(s0 + 6)).find_map(|k| self.mention_at(k))?;
        let e = self.an.mentions[m].entity;
        (self.type_of(e) & (Types::ORG | Types::COUNTRY) != 0
            && self.gender_fits(m, sentence, feminine))
        .then_some(e)
    }

    /// Whether mention `m`, an organization or a country, may be what a pronoun of this
    /// gender means: an organization whose first noun says its gender must agree (شركة …
    /// رئيسها, مجلس … رئيسه).
    fn gender_fits(&self, m: usize, sentence: usize, feminine: bool) -> bool {
        let e = self.an.mentions[m].entity;
        let t = self.type_of(e);
        let first = self.extent(m).0;
        if t == Types::ORG {
            // The name's own cue word in front decides, when it stands apart from the
            // name (نادي برشلونة … لاعبه: the club, not the city's feminine name).
            let cue = first > 0
                && self.sentence(first - 1) == sentence
                && self.mention_at(first - 1).is_none()
                && self.between(first) == Between::Plain
                && self.flags(first - 1) & flag::CUE != 0;
            let first = if cue { first - 1 } else { first };
            let w = self.word(first);
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let w = w.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            // ة is written ه once normalized: a noun that ends in it is feminine; one of
            // the organization words without it (مجلس, اتحاد, حزب) is masculine.
            let noun_feminine = w.ends_with('ه');
            let noun_masculine =
                !noun_feminine && self.flags(first) & (flag::CUE | flag::ORG_HEAD) != 0;
            if feminine && noun_masculine || !feminine && noun_feminine {
                return false;
            }
        }
        true
    }

    /// Whether token `i` is a seat's word with و in front (ومقره, ومقرها): it opens an aside
    /// that says where the body before it sits, not a new clause.
    fn seat_word(&self, i: usize) -> bool {
        self.has_conjunction(i) && self.classes(i) & class::SEAT != 0
    }

    /// Whether token `i` lies inside brackets, looking at most ten words either way.
    fn bracketed(&self, i: usize) -> bool {
        match self.brackets[i].get() {
            0 => false,
            1 => true,
            _ => {
                let b = self.scan_bracketed(i);
                self.brackets[i].set(b as u8);
                b
            }
        }
    }

    fn scan_bracketed(&self, i: usize) -> bool {
        let toks = self.an.tokens.tokens();
        let s = toks[i].sentence();
        let text = self.an.text;
        let mut open = false;
        let mut j = i;
        for _ in 0..10 {
            if j == 0 || toks[j - 1].sentence() != s {
                break;
            }
            let gap = &text[toks[j - 1].span().end..toks[j].span().start];
            if let Some(c) = gap
                .chars()
                .rev()
                .find(|c| matches!(c, '(' | ')' | '[' | ']'))
            {
                open = matches!(c, '(' | '[');
                break;
            }
            j -= 1;
        }
        if !open {
            return false;
        }
        for j in i..(i + 10).min(toks.len() - 1) {
            if toks[j + 1].sentence() != s {
                return false;
            }
            let gap = &text[toks[j].span().end..toks[j + 1].span().start];
            if let Some(c) = gap.chars().find(|c| matches!(c, '(' | ')' | '[' | ']')) {
                return matches!(c, ')' | ']');
            }
        }
        false
    }

    /// The end of an aside that opens at token `i`: words set off by commas on both sides,
    /// at most [`ASIDE_WORDS`], that say where, when or on what occasion (، لدى وصوله إلى
    /// الرباط،, ، بمقر المجلس في طرابلس،, ، على هامش القمة،, ، ومقرها طرابلس،): no person or
    /// organization, no title or role word, no relative pronoun or clause opener, no word
    /// with و in front but a seat's word opening it.
    /// A gap that allows commas passes it whole.
    fn aside_end(&self, i: usize) -> Option<usize> {
        if self.between(i) != Between::Comma {
            return None;
        }
        let sentence = self.sentence(i);
        let mut j = i;
        while j < self.len() && j - i <= ASIDE_WORDS && self.sentence(j) == sentence {
            if j > i {
                match self.between(j) {
                    Between::Comma => return Some(j),
                    Between::Plain => {}
                    _ => return None,
                }
            }
            if let Some(m) = self.mention_at(j) {
                let (s, e) = self.extent(m);
                let t = self.type_of(self.an.mentions[m].entity);
                if s < i || t & Types::PLACE == 0 {
                    return None;
                }
                j = e.max(j + 1);
                continue;
            }
            // A seat's word may open it with و (، ومقرها طرابلس،: where the body sits).
            let seat = j == i && self.seat_word(j);
            if self.titled(j)
                || self.has_conjunction(j) && !seat
                || self.classes(j) & (class::RELATIVE | class::CLAUSE) != 0
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Whether token `t` lies inside an aside that ends at or before `end`.
    fn in_aside(&self, t: usize, end: usize) -> bool {
        (t.saturating_sub(ASIDE_WORDS)..=t)
            .rev()
            .find(|&k| self.between(k) == Between::Comma)
            .and_then(|k| self.aside_end(k))
            .is_some_and(|e| e > t && e <= end)
    }

    /// The words of a gap from `a` to `b`, an aside (where commas may stand) counting one.
    fn gap_words(&self, a: usize, b: usize, kinds: Kinds) -> usize {
        let mut words = 0;
        let mut t = a;
        while t < b {
            words += 1;
            t = match self
                .aside_end(t)
                .filter(|&e| kinds.has(Kinds::COMMA) && e <= b)
            {
                Some(e) => e,
                None => t + 1,
            };
        }
        words
    }

    /// Whether tokens `a..b` may fill a gap of these kinds (boundaries inside included).
    fn gap_ok(&self, a: usize, b: usize, kinds: Kinds) -> bool {
        let mut g = GapScan::new(a, kinds);
        while g.next < b {
            if !self.gap_step(&mut g) {
                return false;
            }
        }
        g.next == b
    }

    /// Whether token `i` (no name) could stand in some gap of these kinds: when it cannot, no
    /// gap holding it does, and a gap growing over it stops there.
    fn gap_word_possible(&self, i: usize, kinds: Kinds) -> bool {
        if self.mention_at(i).is_some() || kinds.has(Kinds::WORD) {
            return true;
        }
        if kinds.has(Kinds::PAREN) && self.bracketed(i) {
            return true;
        }
        let f = self.flags(i);
        let c = self.classes(i);
        let w = self.word(i);
        (kinds.has(Kinds::TIME) && (c & class::TIME != 0 || w.bytes().all(|b| b.is_ascii_digit())))
            || (kinds.has(Kinds::ADVERB) && c & class::ADVERB != 0)
            || ((kinds.has(Kinds::ROLE) || kinds.has(Kinds::PREP)) && self.role_word(i))
            || (kinds.has(Kinds::PREP) && f & flag::PREP != 0)
            || (kinds.has(Kinds::PLACE)
                && (c & class::PLACE != 0
                    || matches!(w, "في" | "من" | "الي")
                    || f & flag::NISBA != 0))
    }

    /// Checks the gap's next word (a whole name at once) and moves past it; false when it
    /// may not stand there.
    fn gap_step(&self, g: &mut GapScan) -> bool {
        let (a, i, kinds) = (g.start, g.next, g.kinds);
        if i > a && !self.boundary_ok(i, kinds) {
            return false;
        }
        // A comma, then a word with و: a new clause, which no gap crosses (…، وستجري);
        // a pronoun (، وهو …) goes on speaking of what came before, and a seat's word
        // opens an aside (، ومقرها طرابلس،).
        if self.between(i) == Between::Comma
            && self.has_conjunction(i)
            && !matches!(self.word(i), "وهو" | "وهي" | "وهم" | "وهما")
            && !(kinds.has(Kinds::COMMA) && self.seat_word(i) && self.aside_end(i).is_some())
        {
            return false;
        }
        if kinds.has(Kinds::PAREN) && self.bracketed(i) {
            g.next += 1;
            return true;
        }
        // Inside an aside set off by commas, word by word, so that a slot may still start
        // within it (، خلال زيارتها إلى بيروت،: the trigger of a visit).
        if kinds.has(Kinds::COMMA) {
            if i >= g.aside_until {
                g.aside_until = self.aside_end(i).unwrap_or(0);
                g.aside_words += g.aside_until.saturating_sub(i + 1);
            }
            if i < g.aside_until {
                g.next = match self.mention_at(i) {
                    Some(m) => self.extent(m).1.max(i + 1),
                    None => i + 1,
                };
                g.apposition = false;
                return true;
            }
        }
        if let Some(m) = self.mention_at(i) {
            let (s, e) = self.extent(m);
            if s < a {
                return false;
            }
            let t = self.type_of(self.an.mentions[m].entity);
            let located = t & Types::PLACE != 0;
            let clitic = self.preposition_of(s).is_some_and(|c| c != 'ك');
            let introduced =
                g.prep || clitic || (s > 0 && s == i && self.flags(s - 1) & flag::PREP != 0);
            // A body a place word governs is where too (في مقر وزارة الخارجية, بقصر …), as is
            // one after ب once a place phrase has opened (في مكتبه بالرئاسة العامة …).
            let venue_of = kinds.has(Kinds::PLACE)
                && t & Types::PERSON == 0
                && s > a
                && (self.in_construct_with_place(s, self.sentence(s))
                    || g.place && self.preposition_of(s) == Some('ب'));
            // So is an organization right after في: where a meeting is (استقبل بوتين في
            // الكرملين …, في الأمم المتحدة), the lists holding seats of power as bodies.
            let seat = kinds.has(Kinds::PLACE)
                && t == Types::ORG
                && s > a
                && s == i
                && self.between(s) == Between::Plain
                && self.word(s - 1) == "في";
            let ok = (kinds.has(Kinds::PLACE)
                && (located && (g.place || clitic) || venue_of || seat))
                || (kinds.has(Kinds::ROLE) && g.role && t & Types::PERSON == 0)
                || (kinds.has(Kinds::PREP) && introduced)
                || (kinds.has(Kinds::NAME) && !introduced);
            if !ok {
                return false;
            }
            g.place = false;
            g.prep = false;
            g.next = e.max(i + 1);
            return true;
        }
        let f = self.flags(i);
        let c = self.classes(i);
        let w = self.word(i);
        // A title or role word away from the argument is someone else (…، وقال نظيره
        // التركي …): no gap crosses it, unless a place may stand there and the word is a
        // place word (the honorific of مكتب سموه, his highness's office).
        if !g.apposition && self.titled(i) && !(kinds.has(Kinds::PLACE) && c & class::PLACE != 0) {
            return false;
        }
        let word_prep =
            f & flag::PREP != 0 || (self.role_word(i) && self.preposition_of(i).is_some());
        // The name of a venue after its word, where a place may stand (في قصر السلام, بفندق
        // الشيراتون, في قصر بيان): one word, with the article or in the construct after the
        // venue's word, that is no preposition, trigger, adjective, time word or relative
        // pronoun (a noun the stop words hold, السلام, may name one).
        let venue_name = kinds.has(Kinds::PLACE)
            && i > a
            && (w.starts_with("ال") || self.in_construct_with_place(i, self.sentence(i)))
            && f & (flag::PREP | flag::TRIGGER | flag::NISBA) == 0
            && c & (class::TIME | class::ADVERB | class::PLACE | class::RELATIVE) == 0
            && self.mention_at(i - 1).is_none()
            && self.place_word(i - 1);
        let ok = if kinds.has(Kinds::WORD) || venue_name {
            true
        } else {
            (kinds.has(Kinds::PREP) && (word_prep || g.prep && self.role_word(i)))
                || (kinds.has(Kinds::TIME)
                    && (c & class::TIME != 0 || w.bytes().all(|b| b.is_ascii_digit())))
                || (kinds.has(Kinds::ADVERB) && c & class::ADVERB != 0)
                || (kinds.has(Kinds::ROLE)
                    && g.apposition
                    && self.role_word(i)
                    && (self.preposition_of(i).is_none() || self.office_of_office(i, a)))
                || (kinds.has(Kinds::PLACE)
                    && (self.place_word(i)
                        || matches!(w, "في" | "من" | "الي")
                        || f & flag::NISBA != 0))
        };
        if !ok {
            return false;
        }
        if kinds.has(Kinds::ROLE) && self.titled(i) {
            g.role = true;
        }
        // A time word or an adverb set between (التقى، الجمعة، المبعوث …) keeps the role
        // words after it next to the argument.
        if !self.role_word(i) && c & (class::TIME | class::ADVERB) == 0 {
            g.apposition = false;
        }
        if matches!(w, "في" | "من" | "الي") {
            g.place = true;
        }
        if word_prep {
            g.prep = true;
        }
        g.next += 1;
        true
    }

    /// Whether an argument starting at token `s` with this preposition requirement passes:
    /// its first word's clitic, and (without a required one) no preposition word right before
    /// it that the pattern did not write.
    fn clitic_ok(&self, s: usize, clitic: Clitic, after_word_slot: bool) -> bool {
        let p = self.preposition_of(s);
        match clitic {
            Clitic::Any => true,
            Clitic::Bi => p == Some('ب'),
            Clitic::Li => p == Some('ل'),
            Clitic::None => p.is_none() && (after_word_slot || !self.governed_by_word(s)),
        }
    }

    /// Whether the word before token `s` governs it as a preposition does: a preposition
    /// word (في, بحضور), or a noun of leading with ب written on (بقيادة الناتو, برئاسة
    /// الوزير): what follows is in the genitive, no subject or object of a verb.
    fn governed_by_word(&self, s: usize) -> bool {
        s > 0
            && self.sentence(s - 1) == self.sentence(s)
            && (self.flags(s - 1) & flag::PREP != 0
                || self.between(s) == Between::Plain
                    && self.preposition_of(s - 1) == Some('ب')
                    && self.in_group(s - 1, self.rules.lead))
    }

    /// An argument starting at token `i`, rightwards: role words, then the first mention of
    /// an allowed type (the person a role phrase introduces rather than a name inside the
    /// phrase). Returns the argument, its first token and the token after it.
    fn arg_right(
        &self,
        i: usize,
        sentence: usize,
        types: Types,
        governed: bool,
    ) -> Option<(ArgRef, usize)> {
        let n = self.len();
        if i >= n || self.sentence(i) != sentence {
            return None;
        }
        if types.has(Types::NISBA) && self.mention_at(i).is_none() {
            return self.an.info[i].nisba().map(|c| (ArgRef::Country(c), i + 1));
        }
        let mut j = i;
        let mut in_role = governed;
        while j < n.min(i + MAX_PHRASE) && self.sentence(j) == sentence {
            // Another person's phrase starts at an honorific that opens its own office.
            if j > i && in_role && self.opens_own_phrase(j) {
                break;
            }
            if j > i && (self.between(j) != Between::Plain || self.has_conjunction(j)) {
                if in_role {
                    return self.comma_apposition(j, sentence, types);
                }
                break;
            }
            if let Some(m) = self.mention_at(j) {
                let e = self.an.mentions[m].entity;
                let (_, end) = self.extent(m);
                let t = self.type_of(e);
                // A place after ب inside the phrase is where (نظيره الفرنسي بباريس); a
                // country right after the office's words is whose office it is (وزير
                // الخارجية بجمهورية مصر العربية …).
                let state_of_office = j > i
                    && in_role
                    && t & Types::COUNTRY != 0
                    && (self.role_word(j - 1) || self.phrase_noun(j - 1));
                // Nor is a place where the office is, when the phrase goes on to its person
                // (رئيس فرع الإفتاء بجازان الشيخ …).
                if j > i
                    && t & Types::PLACE != 0
                    && self.preposition_of(j) == Some('ب')
                    && !state_of_office
                    && !(in_role && self.person_follows(end, sentence))
                {
                    break;
                }
                if types.has(t) && (t == Types::PERSON || !in_role) {
                    return Some((ArgRef::Entity(e), self.after_adjectives(end, sentence)));
                }
                // A name a role word governs (الأمين العام للأمم المتحدة …) is not the
                // argument: the person the phrase introduces is, if one follows.
                j = end.max(j + 1);
                continue;
            }
            // Inside a role phrase, a host preposition (`host` in relation_words.tsv, or
            // إلى) and the place or body after it belong to the office (المبعوث الأممي إلى اليمن …, ممثلة الأمين العام في ليبيا
            // …, سفير قطر لدى واشنطن …).
            // So is a body's word and its name after one (وزير الخارجية في حكومة طالبان …).
            let body = |k: usize| {
                k < n
                    && self.between(k) == Between::Plain
                    && self.mention_at(k).is_some_and(|m| {
                        self.type_of(self.an.mentions[m].entity) & Types::PERSON == 0
                    })
            };
            if in_role
                && j > i
                && j + 1 < n
                && (self.classes(j) & class::HOST != 0 || self.word(j) == "الي")
                && self.between(j + 1) == Between::Plain
                && (body(j + 1)
                    || self.mention_at(j + 1).is_none()
                        && self.role_word(j + 1)
                        && !self.word(j + 1).starts_with("ال")
                        && body(j + 2))
            {
                j += 1;
                continue;
            }
            // A descriptor with a nationality stands before a name like a title (الأصولي
            // المصري أبو حمزة).
            let descriptor = self.phrase_noun(j)
                && j + 1 < n
                && self.flags(j + 1) & flag::NISBA != 0
                && self.between(j + 1) == Between::Plain;
            // A place word after ب before its place's name (بمنطقة عسير), inside the phrase.
            let where_word = in_role
                && j > i
                && self.preposition_of(j) == Some('ب')
                && self.place_word(j)
                && j + 1 < n
                && self.between(j + 1) == Between::Plain
                && self
                    .mention_at(j + 1)
                    .is_some_and(|m| self.type_of(self.an.mentions[m].entity) & Types::PLACE != 0);
            if !(self.role_word(j)
                || descriptor
                || where_word
                || in_role && (self.phrase_noun(j) || self.construct_noun(j)))
            {
                break;
            }
            in_role |= self.titled(j) || descriptor;
            j += 1;
        }
        None
    }

    /// The person a role phrase introduces across a comma, set off by commas on both sides
    /// (وطلب أوباما من وزير الخارجية، جون كيري، …; أعلن وزير الخارجية النمساوي، سباستيان
    /// كورتس، أن …): the person at token `j`, after a comma and no conjunction, when a comma,
    /// a bracket or the sentence's end follows the name and its adjectives.
    fn comma_apposition(&self, j: usize, sentence: usize, types: Types) -> Option<(ArgRef, usize)> {
        if !types.has(Types::PERSON)
            || !self.comma_before(j)
            || self.has_conjunction(j)
            || self.past_detached(j) != j
        {
            return None;
        }
        let m = self.mention_at(j)?;
        let e = self.an.mentions[m].entity;
        let (start, end) = self.extent(m);
        if start != j || self.type_of(e) != Types::PERSON {
            return None;
        }
        let end = self.after_adjectives(end, sentence);
        let closed = end >= self.len()
            || self.sentence(end) != sentence
            || matches!(self.between(end), Between::Comma | Between::Bracket);
        closed.then_some((ArgRef::Entity(e), end))
    }

    /// Whether a comma, and nothing but white space and quotation marks, stands between
    /// tokens `i - 1` and `i` (not a colon, dash or slash, which [`Between::Comma`] also
    /// counts).
    fn comma_before(&self, i: usize) -> bool {
        let toks = self.an.tokens.tokens();
        if self.between(i) != Between::Comma {
            return false;
        }
        let gap = &self.an.text[toks[i - 1].span().end..toks[i].span().start];
        gap.contains(['،', ','])
            && gap.chars().all(|c| {
                c.is_whitespace() || matches!(c, '،' | ',') || crate::tokenize::is_quote(c)
            })
    }

    /// Whether the role phrase `a0..a1` introduces the person after it across a comma
    /// ([`Doc::comma_apposition`]): not when the phrase itself stands after a person and a
    /// comma, whom it then describes (خالد الفيصل، أمير منطقة مكة المكرمة، الدكتور …).
    fn introduces_across_comma(&self, a0: usize, a1: usize, sentence: usize) -> bool {
        let describes_before = a0 > 0
            && self.comma_before(a0)
            && self.arg_left(a0, sentence, Types(Types::PERSON)).is_some();
        !describes_before
            && self
                .comma_apposition(a1, sentence, Types(Types::PERSON))
                .is_some()
    }

    /// The token after the nationality adjectives that qualify a name ending before `i`
    /// (شركة «سامسونغ» الكورية الجنوبية, الظفرة الإماراتي).
    fn after_adjectives(&self, mut i: usize, sentence: usize) -> usize {
        let outer = i.checked_sub(1).and_then(|k| self.mention_at(k));
        let free = |i: usize| {
            i < self.len()
                && self.sentence(i) == sentence
                && self.mention_at(i).is_none()
                && self.between(i) == Between::Plain
                && !self.has_conjunction(i)
        };
        let mut nisba = false;
        while free(i) && self.flags(i) & flag::NISBA != 0 {
            nisba = true;
            i += 1;
        }
        // One more adjective after a nationality (الكورية الجنوبية).
        if nisba && free(i) && self.phrase_noun(i) && self.flags(i) & flag::NOT_NAME == 0 {
            i += 1;
        }
        match outer {
            Some(m) => self.after_apposition(m, i, sentence),
            None => i,
        }
    }

    /// The token after a bracketed apposition of mention `outer` that opens at token `i`,
    /// after the name and its adjectives (محمود عباس (أبو مازن), معهد الدراسات ( ICSS ),
    /// فينغر ( 56 عاما ), هنية (حماس)): the name's alias, acronym, age or party, which is no
    /// argument of the pattern that took the name. `i` itself when no bracket opens there, it
    /// does not close within `MAX_APPOSITION` words, or it names a person after a name that
    /// is not one (وزير خارجية مصر (سامح شكري), حماس (إسماعيل هنية): the person in brackets
    /// is who acts).
    fn after_apposition(&self, outer: usize, i: usize, sentence: usize) -> usize {
        match self.bracket_close(i, sentence) {
            Some(close) if self.apposition_fits(outer, i, close) => close,
            _ => i,
        }
    }

    /// The token after the bracket that opens right before token `open` and closes within
    /// `MAX_APPOSITION` words of its sentence, if one does.
    fn bracket_close(&self, open: usize, sentence: usize) -> Option<usize> {
        if open == 0
            || open >= self.len()
            || self.sentence(open) != sentence
            || self.between(open) != Between::Bracket
            || !self.bracketed(open)
            || self.bracketed(open - 1)
        {
            return None;
        }
        let last = self.len().min(open + MAX_APPOSITION + 1);
        (open..last)
            .take_while(|&k| self.sentence(k) == sentence)
            .find(|&k| !self.bracketed(k))
            .filter(|&k| self.between(k) == Between::Bracket)
    }

    /// Whether the bracketed words `open..close` can stand in apposition to mention `outer`:
    /// they name no person, or `outer` is a person too.
    fn apposition_fits(&self, outer: usize, open: usize, close: usize) -> bool {
        let person = |m: usize| self.type_of(self.an.mentions[m].entity) & Types::PERSON != 0;
        person(outer) || (open..close).all(|k| self.mention_at(k).is_none_or(|m| !person(m)))
    }

    /// An argument ending right before token `end`, leftwards: the mention there (nationality
    /// adjectives after it included). Returns it and its first token.
    fn arg_left(&self, end: usize, sentence: usize, types: Types) -> Option<(ArgRef, usize)> {
        if end == 0 || self.sentence(end - 1) != sentence {
            return None;
        }
        let end = self.before_apposition(end, sentence);
        let mut j = end - 1;
        if types.has(Types::NISBA) && self.mention_at(j).is_none() {
            return self.an.info[j].nisba().map(|c| (ArgRef::Country(c), j));
        }
        // Adjectives after the name: الظفرة الإماراتي.
        let mut k = end;
        while k > 0
            && end - k < 3
            && self.sentence(k - 1) == sentence
            && self.mention_at(k - 1).is_none()
            && self.flags(k - 1) & flag::NISBA != 0
            && self.between(k) == Between::Plain
            && !self.has_conjunction(k - 1)
        {
            k -= 1;
        }
        if k < end && k > 0 && self.mention_at(k - 1).is_some() {
            j = k - 1;
        }
        let end = j + 1;
        if types.has(Types::NISBA) && self.mention_at(j).is_none() {
            return self.an.info[j].nisba().map(|c| (ArgRef::Country(c), j));
        }
        let m = self.mention_at(j)?;
        let (s, e) = self.extent(m);
        if e != end {
            return None;
        }
        let entity = self.an.mentions[m].entity;
        types
            .has(self.type_of(entity))
            .then_some((ArgRef::Entity(entity), s))
    }

    /// Where a bracketed apposition that closes right before token `end` opens, when a name
    /// (and its nationality adjectives) ends right before it (عباس (أبو مازن) التقى, هنية
    /// الفلسطيني (حماس) التقى: the argument is the name before the bracket); `end` itself
    /// otherwise. The mirror of [`Doc::after_apposition`].
    pub(super) fn before_apposition(&self, end: usize, sentence: usize) -> usize {
        if end >= self.len()
            || self.between(end) != Between::Bracket
            || self.bracketed(end)
            || !self.bracketed(end - 1)
        {
            return end;
        }
        let first = end.saturating_sub(MAX_APPOSITION).max(1);
        let Some(open) = (first..end)
            .rev()
            .take_while(|&k| self.sentence(k - 1) == sentence)
            .find(|&k| !self.bracketed(k - 1))
        else {
            return end;
        };
        if self.bracket_close(open, sentence) != Some(end) {
            return end;
        }
        // The name before the bracket, past at most two adjectives (الفلسطيني).
        let mut k = open - 1;
        while k > 0
            && open - k <= 2
            && self.mention_at(k).is_none()
            && self.flags(k) & flag::NISBA != 0
            && self.sentence(k - 1) == sentence
        {
            k -= 1;
        }
        match self.mention_at(k) {
            Some(outer) if self.apposition_fits(outer, open, end) => open,
            _ => end,
        }
    }

    /// The first token of the phrase that introduces the argument starting (as a mention) at
    /// `s`: the role words right before it.
    fn phrase_start(&self, s: usize, sentence: usize) -> usize {
        let mut k = s;
        while k > 0
            && s - k < MAX_PHRASE
            && self.sentence(k - 1) == sentence
            && self.mention_at(k - 1).is_none()
            && self.between(k) == Between::Plain
            && self.role_word(k - 1)
        {
            k -= 1;
            if self.has_conjunction(k) {
                break;
            }
        }
        k
    }

    /// Where the whole phrase of the argument starting at `s` opens, for the slot before it:
    /// [`Doc::phrase_start`], or past a name the phrase holds, a whole role phrase that ends
    /// right at `s` (ووجه الأمين العام للاتحاد العام التونسي للشغل X انتقادات …).
    fn whole_phrase_start(&self, s: usize, sentence: usize) -> usize {
        let k = self.phrase_start(s, sentence);
        if k == 0 || self.mention_at(k - 1).is_none() || self.between(k) != Between::Plain {
            return k;
        }
        // A name stops the walk: the phrase may hold it. The farthest title or role word
        // whose phrase runs up to the argument opens it.
        let first = s.saturating_sub(MAX_PHRASE);
        (first..k - 1)
            .filter(|&i| self.sentence(i) == sentence && self.titled(i))
            .find(|&i| self.role_phrase(i).is_some_and(|r| r.end == s))
            .unwrap_or(k)
    }
}

/// The most words an aside set off by commas may have ([`Doc::aside_end`]).
const ASIDE_WORDS: usize = 6;

/// How far before a role phrase the name its pronoun points back to may stand, in words
/// (وأعلنت شركة تويوتا أن رئيسها التنفيذي …: three).
const ANTECEDENT_REACH: usize = 8;

/// A role phrase: its tokens and the names it governs.
pub(super) struct RolePhrase {
    pub start: usize,
    pub end: usize,
    /// The names it governs (whose office it is).
    pub names: Vec<ArgRef>,
    /// The names after its host preposition, for an envoy (where the envoy is).
    pub hosts: Vec<ArgRef>,
}

impl Doc<'_, '_> {
    /// Whether the mention at token `i` repeats the name that ends right before it, in
    /// brackets (الاتحاد الدولي لكرة القدم (فيفا)): the token after its closing bracket.
    fn alias_in_brackets(&self, i: usize) -> Option<usize> {
        if i == 0 || self.between(i) != Between::Bracket || !self.bracketed(i) {
            return None;
        }
        let m = self.mention_at(i)?;
        let before = self.mention_at(i - 1)?;
        if self.an.mentions[m].entity != self.an.mentions[before].entity {
            return None;
        }
        let (_, end) = self.extent(m);
        (end < self.len() && self.between(end) == Between::Bracket && !self.bracketed(end))
            .then_some(end)
    }

    /// Whether token `i` follows a bracketed repeat of a name ([`Doc::alias_in_brackets`]).
    fn after_alias(&self, i: usize) -> bool {
        i > 0
            && self.mention_at(i - 1).is_some_and(|m| {
                let (start, end) = self.extent(m);
                end == i && self.alias_in_brackets(start) == Some(i)
            })
    }

    /// The role phrase that starts at token `i`, if one does: a role or title word, then role
    /// words, fillers, nationality adjectives and names (an organization, a country, a city
    /// in the genitive or after ل or ب), up to a person or any other word. Names after a host
    /// preposition (لدى, في) or a place after ب are where, not whose; a name right after a
    /// portfolio word (لشؤون أفريقيا) is the office's field, neither.
    pub fn role_phrase(&self, i: usize) -> Option<RolePhrase> {
        let n = self.len();
        if self.mention_at(i).is_some() || !self.titled(i) {
            return None;
        }
        let sentence = self.sentence(i);
        let mut names = Vec::new();
        let mut hosts = Vec::new();
        let mut host = false;
        let head = self.head_classes(i);
        // An occupation's nationality is where the person is from (المهاجم السوري).
        let occupation = head & class::OCCUPATION != 0;
        // Only an envoy is where the office's host place is (السفير الأذري في عمان).
        let envoy = head & class::ENVOY != 0;
        // The last word was a noun of an unnamed body (بورصة, أمانة), not a role or place word.
        let mut unnamed_body = false;
        // A word of the office's field (شؤون, ملف) has been passed.
        let mut fielded = false;
        // An envoy's إلى has been passed.
        let mut sent_to = false;
        // The gender of a pronoun a word of the phrase carries (رئيسها: feminine).
        let mut pronoun = None;
        let mut j = i;
        while j < n.min(i + MAX_PHRASE) && self.sentence(j) == sentence {
            // Coordinated offices of one person go on (قائد منتخب ألمانيا ولاعب نادي …);
            // anything else with و in front starts something new.
            let office = self.flags(j) & flag::ROLE != 0 || self.in_group(j, self.rules.role);
            // A portfolio joined to the one before it (وزير التجارة والصناعة الهندي, وزير
            // البترول والثروة المعدنية) goes on too: و and the article, right after a noun of
            // the phrase, no name, title or trigger.
            let field_and = j > i + 1
                && self.word(j).starts_with("وال")
                && self.between(j) == Between::Plain
                && self.mention_at(j).is_none()
                && !self.titled(j)
                && self.flags(j) & (flag::STOP | flag::TRIGGER | flag::NISBA) == 0
                && (self.phrase_noun(j - 1) || self.role_word(j - 1))
                && self.mention_at(j - 1).is_none();
            // Coordinated offices after a preposition (… ولوكيل الأمين …) are another
            // person's, as is an office an honorific opens (… حاكم دبي معالي الرئيس العام …).
            let office = office && self.preposition_of(j).is_none();
            if j > i
                && (self.between(j) != Between::Plain
                    || self.has_conjunction(j) && !office && !field_and
                    || self.opens_own_phrase(j))
            {
                // The name just passed, again in brackets (الاتحاد الدولي لكرة القدم (فيفا)),
                // is an aside: the phrase ends after it.
                if let Some(after) = self.alias_in_brackets(j) {
                    j = after;
                }
                break;
            }
            if let Some(m) = self.mention_at(j) {
                let e = self.an.mentions[m].entity;
                let t = self.type_of(e);
                // Once the phrase has named whose office it is, a name after a preposition
                // written apart (وزير النقل اليمني لـ«الشرق الأوسط») is whom the words were
                // said to; right after the office (المدير العام لـ«حزب الله») it is the office's.
                let apart = || self.detached(j).is_some() || self.detached_before(j).is_some();
                // So is a news outlet after one once the phrase has said where or in what
                // field the office is (الباحث في شؤون الجماعات لـ«الشرق الأوسط»; المدير العام
                // لـ«…» stays).
                if t == Types::PERSON
                    || (!names.is_empty() || self.is_media(e) && (host || fielded)) && apart()
                {
                    break;
                }
                let (_, end) = self.extent(m);
                // A name that runs on into the next sentence (a quotation left open) is none
                // of this phrase's: the phrase, and its trigger, stay in their sentence.
                if self.sentence(end - 1) != sentence {
                    break;
                }
                // A place after ب, or after a place word with ب (بمنطقة الرياض), is where; not
                // a country after its word (وزير الخارجية بدولة قطر: the state's minister).
                let place_word_bi = || {
                    let w = &self.word(j - 1)[self.prefix(j - 1).len()..];
                    self.preposition_of(j - 1) == Some('ب')
                        && self.rules.word_classes(w) & class::PLACE != 0
                };
                let place_after_bi = t & Types::PLACE != 0
                    && (self.preposition_of(j) == Some('ب')
                        || j > i && t & Types::COUNTRY == 0 && place_word_bi());
                // The office's field (لشؤون أفريقيا) is neither whose nor where, nor is a place
                // inside an unnamed body's name (رئيس بورصة البحرين, أمين مجلس شباب منطقة عسير):
                // a place right after a noun the phrase took only as a construct.
                let field = j > i
                    && (self.classes(j - 1) & class::PORTFOLIO != 0
                        || self.classes(j) & class::PORTFOLIO != 0
                        || t & Types::PLACE != 0 && unnamed_body
                        || sent_to);
                unnamed_body = false;
                sent_to = false;
                // After في or لدى an organization is whose office it is (الباحث في معهد
                // واشنطن, عضو في الحزب), but an envoy's host (سفير الأردن لدى الأمم المتحدة);
                // a place is where, which only an envoy's phrase keeps.
                // An office of state in a country, its words role words, portfolios and a
                // state's bodies only (وزير الأمن في بوركينا فاسو, رئيس المجلس العسكري في
                // مالي), is that country's; a body's office there (ممثل
                // منظمة الصحة العالمية في اليمن, مدير الأبحاث في جمعية …) is where, as is an
                // occupation's (الصحفي في مصر) or an envoy's (لدى).
                let state_office = host
                    && !envoy
                    && !occupation
                    && names.is_empty()
                    && t & Types::COUNTRY != 0
                    && self.flags(i) & flag::ROLE != 0
                    && j > i + 1
                    && self.word(j - 1) == "في"
                    && (i + 1..j - 1)
                        .all(|k| self.role_word(k) || self.classes(k) & class::STATE != 0);
                let side = if field {
                    None
                } else if state_office {
                    Some(&mut names)
                } else if (host || place_after_bi) && (envoy || t & Types::PLACE != 0) {
                    envoy.then_some(&mut hosts)
                } else {
                    Some(&mut names)
                };
                if let Some(side) = side.filter(|v| !v.contains(&ArgRef::Entity(e))) {
                    side.push(ArgRef::Entity(e));
                }
                j = end.max(j + 1);
                continue;
            }
            let c = self.classes(j);
            fielded |= c & class::PORTFOLIO != 0;
            if c & (class::PRONOUN_ROLE | class::PRONOUN_FILLER) != 0 && self.pronoun_reading(j) {
                pronoun = Some(self.word(j).ends_with("ها"));
            }
            // Whom the office serves, right after its word (نائبة عن حزب …): the name after
            // is whose office it is, as in the construct.
            // A nationality may stand between (النائب العراقي عن القائمة العراقية), not a cue;
            // the name may follow its descriptor (نائبة عن حزب الوفد, whose mention is الوفد).
            let named = |k: usize| {
                k < n && self.between(k) == Between::Plain && self.mention_at(k).is_some()
            };
            if c & class::BEHALF != 0
                && j > i
                && self.role_word(j - 1)
                && self.flags(j - 1) & flag::CUE == 0
                && (named(j + 1)
                    || j + 1 < n
                        && self.between(j + 1) == Between::Plain
                        && self.flags(j + 1) & flag::CUE != 0
                        && named(j + 2))
            {
                j += 1;
                continue;
            }
            // Whom an envoy is sent to (المبعوث الخاص إلى سوريا, إلى read as الي once
            // normalized) is neither whose office it is nor where he is: the name after is passed as the office's field.
            if envoy && j > i && self.word(j) == "الي" {
                sent_to = true;
                j += 1;
                continue;
            }
            if c & class::HOST != 0 {
                host = true;
                j += 1;
                continue;
            }
            // A noun in the construct before a name (رئيس مفوضية الاتحاد الأوروبي), or one
            // after ل before a noun with the article (مركز … لإزالة الألغام).
            let genitive = j + 1 < n
                && self.word(j).starts_with('ل')
                && !self.word(j).starts_with("لل")
                && self.word(j + 1).starts_with("ال")
                && self.between(j + 1) == Between::Plain;
            let construct = genitive
                || j + 1 < n
                    && self.mention_at(j + 1).is_some()
                    && self.between(j + 1) == Between::Plain
                    && !self.word(j).starts_with("ال")
                    && self.flags(j) & (flag::STOP | flag::PREP | flag::TRIGGER) == 0
                    && self.classes(j) & (class::TIME | class::ADVERB) == 0;
            if !self.role_word(j) && !self.phrase_noun(j) && !construct && !field_and {
                break;
            }
            // A place word (منطقة, إمارة) passes the state on: شرطة منطقة الجوف is the police's.
            if c & class::PLACE == 0 {
                unnamed_body = !self.role_word(j) && !self.phrase_noun(j);
            }
            if let Some(nisba) = self.an.info[j].nisba() {
                if !host && !occupation && !names.contains(&ArgRef::Country(nisba)) {
                    names.push(ArgRef::Country(nisba));
                }
            }
            j += 1;
        }
        if let Some(feminine) = pronoun.filter(|_| names.is_empty() && hosts.is_empty()) {
            // After a word that reports a statement the sentence's subject comes first
            // (… بعد حصولها على موافقة الحكومة الأسترالية، وقال رئيسها التنفيذي …).
            if let Some(e) = self
                .reported_subject(i, sentence, feminine)
                .or_else(|| self.antecedent(i, sentence, feminine))
            {
                names.push(ArgRef::Entity(e));
            }
        }
        // A host preposition at the end belongs to what follows.
        while j > i + 1
            && self.classes(j - 1) & class::HOST != 0
            && self.mention_at(j - 1).is_none()
        {
            j -= 1;
        }
        Some(RolePhrase {
            start: i,
            end: j,
            names,
            hosts,
        })
    }
}

/// The matching state of one pattern at one anchor.
#[derive(Default)]
struct State {
    found: Found,
}

impl State {
    /// Where the bindings stand, to go back to when a branch fails.
    fn mark(&self) -> [usize; 4] {
        let f = &self.found;
        [f.heads.len(), f.tails.len(), f.both.len(), f.triggers.len()]
    }

    fn reset(&mut self, m: [usize; 4]) {
        let f = &mut self.found;
        f.heads.truncate(m[0]);
        f.tails.truncate(m[1]);
        f.both.truncate(m[2]);
        f.triggers.truncate(m[3]);
    }
}

impl Doc<'_, '_> {
    /// Matches `p` with its anchor slot at tokens `a0..a1` (and, for a role-phrase anchor,
    /// the phrase's names).
    pub fn match_at(
        &self,
        p: &Pattern,
        a0: usize,
        a1: usize,
        phrase_names: (&[ArgRef], &[ArgRef]),
    ) -> Option<Found> {
        // One scratch state serves every attempt: a failed one allocates nothing.
        let mut st = self.scratch.take();
        st.reset([0; 4]);
        st.found.start = a0;
        st.found.end = a1;
        let matched = self.match_in(p, a0, a1, phrase_names, &mut st).is_some();
        let out = matched.then(|| st.found.clone());
        self.scratch.set(st);
        out
    }

    fn match_in(
        &self,
        p: &Pattern,
        a0: usize,
        a1: usize,
        phrase_names: (&[ArgRef], &[ArgRef]),
        st: &mut State,
    ) -> Option<()> {
        let sentence = self.sentence(a0);
        match &p.slots[p.anchor] {
            Slot::Trigger { .. } => {
                // A trigger with و in front opens a clause of its own: no argument before it
                // is its subject (X التقت Y، وستجري مباحثات مع Z).
                if self.has_conjunction(a0)
                    && self.verb_at(a0)
                    && matches!(
                        p.slots.get(p.anchor.wrapping_sub(1)),
                        Some(Slot::Arg { .. } | Slot::Gap { .. })
                    )
                {
                    return None;
                }
                st.found.triggers.push(a0)
            }
            Slot::Arg {
                role,
                types,
                clitic,
                ..
            } => {
                let m = self.mention_at(a0)?;
                let e = self.an.mentions[m].entity;
                if !types.has(self.type_of(e)) || !self.clitic_ok(a0, *clitic, false) {
                    return None;
                }
                self.bind(*role, &[ArgRef::Entity(e)], st);
            }
            Slot::RolePhrase { types, host } => {
                // A role phrase with و in front opens a member of its own (، والقائم بأعمال
                // السفارة الإندونيسية …): no name before it holds its office.
                if matches!(
                    p.slots.get(p.anchor.wrapping_sub(1)),
                    Some(Slot::Arg { .. } | Slot::Gap { .. })
                ) && self.has_conjunction(a0)
                {
                    return None;
                }
                // A phrase that ended where another person's office opens (… حاكم دبي معالي
                // الرئيس العام …) introduces no name after it.
                if matches!(p.slots.get(p.anchor + 1), Some(Slot::Arg { .. }))
                    && self.opens_own_phrase(a1)
                {
                    return None;
                }
                let (names, hosts) = phrase_names;
                let names: Vec<ArgRef> = (if *host { hosts } else { names })
                    .iter()
                    .copied()
                    .filter(|&r| match r {
                        ArgRef::Entity(e) => types.has(self.type_of(e)),
                        ArgRef::Country(_) => types.has(Types::COUNTRY),
                    })
                    .collect();
                if names.is_empty() {
                    return None;
                }
                st.found.tails = names;
            }
            _ => return None,
        }
        // A role phrase set off by commas from the person it introduces reaches across them
        // (رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، …).
        let edge = match &p.slots[p.anchor] {
            Slot::RolePhrase { .. } if self.introduces_across_comma(a0, a1, sentence) => {
                Kinds(Kinds::COMMA)
            }
            // Its last name repeated in brackets (… (فيفا) جياني إنفانتينو).
            Slot::RolePhrase { .. } if self.after_alias(a1) => Kinds(Kinds::PAREN),
            _ => Kinds::default(),
        };
        let right = self.right(p, p.anchor + 1, a1, sentence, false, edge, st)?;
        st.found.end = right;
        let left = self.left(p, p.anchor, a0, sentence, Kinds::default(), st)?;
        st.found.start = left;
        Some(())
    }

    /// Matches slots `k..` rightwards from token `pos`; `after_word` says whether the previous
    /// slot was a word slot, `edge` the kinds of the gap just before (for the boundary).
    /// Returns the token after the match.
    #[allow(clippy::too_many_arguments)]
    fn right(
        &self,
        p: &Pattern,
        k: usize,
        pos: usize,
        sentence: usize,
        after_word: bool,
        edge: Kinds,
        st: &mut State,
    ) -> Option<usize> {
        let Some(slot) = p.slots.get(k) else {
            return Some(pos);
        };
        let n = self.len();
        if let Slot::Not { words, group } = slot {
            let hit = pos < n
                && self.sentence(pos) == sentence
                && (self.is_word(pos, words) || group.is_some_and(|g| self.in_group(pos, Some(g))));
            return if hit {
                None
            } else {
                self.right(p, k + 1, pos, sentence, after_word, edge, st)
            };
        }
        if !matches!(slot, Slot::Gap { .. })
            && (pos >= n || self.sentence(pos) != sentence || !self.boundary_ok(pos, edge))
        {
            return None;
        }
        match slot {
            Slot::Gap { max, kinds } => {
                // Read once, word by word, as the gap grows; an aside counts as one word.
                let mut scan = GapScan::new(pos, *kinds);
                let mut next_len = 0;
                while next_len <= *max as usize + scan.aside_words {
                    let len = next_len;
                    next_len += 1;
                    let end = pos + len;
                    if len > 0 {
                        if end > n || self.sentence(end - 1) != sentence {
                            break;
                        }
                        if len == 1 && !self.boundary_ok(pos, Kinds(kinds.0 | edge.0)) {
                            break;
                        }
                        let mut failed = false;
                        while scan.next < end {
                            if !self.gap_step(&mut scan) {
                                failed = true;
                                break;
                            }
                        }
                        if failed {
                            break;
                        }
                        // A name cut by the gap's end: a longer gap may hold all of it.
                        if scan.next > end {
                            continue;
                        }
                    }
                    let saved = st.mark();
                    let edge = if len == 0 {
                        Kinds(kinds.0 | edge.0)
                    } else {
                        *kinds
                    };
                    if let Some(r) =
                        self.right(p, k + 1, end, sentence, after_word && len == 0, edge, st)
                    {
                        return Some(r);
                    }
                    st.reset(saved);
                }
                None
            }
            Slot::Trigger { group, filter } => {
                if !self.has_trigger(pos, *group, *filter) {
                    return None;
                }
                st.found.triggers.push(pos);
                self.right(p, k + 1, pos + 1, sentence, false, Kinds::default(), st)
            }
            Slot::Word(words) => {
                if !self.is_word(pos, words) {
                    return None;
                }
                self.right(p, k + 1, pos + 1, sentence, true, Kinds::default(), st)
            }
            Slot::Arg {
                role,
                list,
                types,
                clitic,
            } => {
                // A preposition written apart belongs to the argument after it.
                let pos = self.past_detached(pos);
                // An argument after its trigger never opens with a conjunction: وY joins Y
                // to something before it.
                // The pattern's own trigger right before governs it as the pattern says
                // (بقيادة X in `[lead/noun] A`).
                let own_trigger = pos > 0 && st.found.triggers.last() == Some(&(pos - 1));
                if !self.clitic_ok(pos, *clitic, after_word || own_trigger)
                    || self.has_conjunction(pos)
                {
                    return None;
                }
                // Right after a role word the pattern did not write, a name is what the role
                // governs (ولي عهد أبوظبي), not an argument of the trigger: only a person the
                // phrase goes on to introduce is.
                let governed = !after_word
                    && pos > 0
                    && self.sentence(pos - 1) == sentence
                    && self.between(pos) == Between::Plain
                    && self.role_word(pos - 1)
                    && self.mention_at(pos - 1).is_none();
                // Right after a place noun in construct that the pattern did not write as a
                // word or a trigger (في مقر الحكومة, بقصر الرئاسة), a name is what the noun
                // governs: only a place there may be an argument.
                let written = after_word || pos > 0 && st.found.triggers.last() == Some(&(pos - 1));
                if !written && self.in_construct_with_place(pos, sentence) {
                    let place = self.mention_at(pos).is_some_and(|m| {
                        self.type_of(self.an.mentions[m].entity) & Types::PLACE != 0
                    });
                    if !place {
                        return None;
                    }
                }
                let (first, mut end) = self.arg_right(pos, sentence, *types, governed)?;
                let mut members = Members::one(first);
                if *list {
                    while members.len() < MAX_LIST && end < n && self.sentence(end) == sentence {
                        let b = self.between(end);
                        let conj = self.has_conjunction(end);
                        if !(b == Between::Plain && conj || b == Between::Comma) {
                            break;
                        }
                        let from = self.past_detached(end);
                        let Some((next, e)) = self.arg_right(from, sentence, *types, false) else {
                            break;
                        };
                        if members.contains(&next) {
                            break;
                        }
                        members.push(next);
                        end = e;
                    }
                    // A comma-led member must end with a conjunction-led one (X، Y وZ).
                    if *role == Role::Both && members.len() < 2 {
                        return None;
                    }
                }
                self.bind(*role, members.as_slice(), st);
                self.right(p, k + 1, end, sentence, false, Kinds::default(), st)
            }
            Slot::RolePhrase { .. } | Slot::Not { .. } | Slot::Topic { .. } => None,
        }
    }

    /// Matches slots `..k` leftwards, the last of them ending right before token `end`;
    /// returns the first token of the match.
    fn left(
        &self,
        p: &Pattern,
        k: usize,
        end: usize,
        sentence: usize,
        edge: Kinds,
        st: &mut State,
    ) -> Option<usize> {
        if k == 0 {
            return Some(end);
        }
        let slot = &p.slots[k - 1];
        if let Slot::Not { words, group } = slot {
            let excluded = |i: usize| {
                self.sentence(i) == sentence
                    && (self.is_word(i, words) || group.is_some_and(|g| self.in_group(i, Some(g))))
            };
            // An organization's descriptor (حركة, مجموعة) may stand between: look past it
            // (هجمات حركة بوكو حرام).
            let hit = end > 0
                && (excluded(end - 1)
                    || end > 1 && self.flags(end - 1) & flag::CUE != 0 && excluded(end - 2));
            return if hit {
                None
            } else {
                self.left(p, k - 1, end, sentence, edge, st)
            };
        }
        // A carried-over subject stands anywhere before, whatever marks come between.
        if !matches!(slot, Slot::Gap { .. } | Slot::Topic { .. })
            && (end == 0 || self.sentence(end - 1) != sentence || !self.boundary_ok(end, edge))
        {
            return None;
        }
        match slot {
            Slot::Gap { max, kinds } => {
                // An aside counts as one word: the gap may run over its words.
                let reach = *max as usize
                    + if kinds.has(Kinds::COMMA) {
                        ASIDE_WORDS
                    } else {
                        0
                    };
                // Whether a comma stands inside the gap or at its end: an aside needs one.
                let mut comma = false;
                for len in 0..=reach {
                    if len > 0 {
                        if len > end || self.sentence(end - len) != sentence {
                            break;
                        }
                        let start = end - len;
                        comma |= kinds.has(Kinds::COMMA)
                            && start + 1 < self.len()
                            && self.between(start + 1) == Between::Comma;
                        if len == 1
                            && end < self.len()
                            && !self.boundary_ok(end, Kinds(kinds.0 | edge.0))
                        {
                            break;
                        }
                        let aside = || comma && self.in_aside(start, end);
                        // A word no gap of these kinds holds, or a mark no gap crosses: no
                        // longer gap either, unless an aside holds it.
                        if (!self.gap_word_possible(start, *kinds)
                            || (len > 1 && !self.boundary_ok(start + 1, *kinds)))
                            && !aside()
                        {
                            break;
                        }
                        if len > *max as usize && self.gap_words(start, end, *kinds) > *max as usize
                        {
                            if aside() {
                                continue;
                            }
                            break;
                        }
                        // What stands left of a name (في, a role word) can make a longer gap
                        // valid where a shorter one is not: try every length.
                        if self
                            .mention_at(start)
                            .is_some_and(|m| self.extent(m).0 < start)
                            || !self.gap_ok(start, end, *kinds)
                        {
                            continue;
                        }
                    }
                    let saved = st.mark();
                    let edge = if len == 0 {
                        Kinds(kinds.0 | edge.0)
                    } else {
                        *kinds
                    };
                    if let Some(r) = self.left(p, k - 1, end - len, sentence, edge, st) {
                        return Some(r);
                    }
                    st.reset(saved);
                }
                None
            }
            Slot::Trigger { group, filter } => {
                if !self.has_trigger(end - 1, *group, *filter) {
                    return None;
                }
                // A trigger with و in front opens a clause of its own: no argument before it
                // is its subject (X التقت Y، وستجري مباحثات مع Z).
                if self.has_conjunction(end - 1)
                    && self.verb_at(end - 1)
                    && matches!(
                        p.slots.get(k.wrapping_sub(2)),
                        Some(Slot::Arg { .. } | Slot::Gap { .. })
                    )
                {
                    return None;
                }
                st.found.triggers.push(end - 1);
                self.left(p, k - 1, end - 1, sentence, Kinds::default(), st)
            }
            Slot::Word(words) => {
                if !self.is_word(end - 1, words) {
                    return None;
                }
                self.left(p, k - 1, end - 1, sentence, Kinds::default(), st)
            }
            Slot::Arg {
                role,
                list,
                types,
                clitic,
            } => {
                let (last, mut s) = self.arg_left(end, sentence, *types)?;
                let mut members = Members::one(last);
                if *list {
                    while members.len() < MAX_LIST {
                        // The member's own phrase (ونظيره الفرنسي X): its first word carries
                        // the conjunction that joins it to the member before.
                        let ps = self.phrase_start(s, sentence);
                        let joined = self.has_conjunction(ps) && self.between(ps) == Between::Plain;
                        let comma = self.between(ps) == Between::Comma;
                        if !(joined || comma) {
                            break;
                        }
                        let Some((prev, ns)) = self.arg_left(ps, sentence, *types) else {
                            break;
                        };
                        if members.contains(&prev) {
                            break;
                        }
                        members.push(prev);
                        s = ns;
                    }
                    if *role == Role::Both && members.len() < 2 {
                        return None;
                    }
                    members.as_mut_slice().reverse();
                }
                // The preposition rule applies to the phrase that introduces the argument.
                let ps = self.phrase_start(s, sentence);
                // A name with و in front before its verb is a coordinated object, not the
                // verb's subject (… وروما قبل أن ينضم إلى …).
                if !*list && *clitic != Clitic::Any && self.has_conjunction(s) && ps == s {
                    return None;
                }
                let prep = self.preposition_of(s).or_else(|| self.preposition_of(ps));
                let ok = match clitic {
                    Clitic::Any => true,
                    Clitic::Bi => prep == Some('ب'),
                    Clitic::Li => prep == Some('ل'),
                    Clitic::None => {
                        // A word the pattern wrote before it may govern it.
                        let written = matches!(p.slots.get(k.wrapping_sub(2)), Some(Slot::Word(_)));
                        prep.is_none() && (written || !self.governed_by_word(ps))
                    }
                };
                if !ok {
                    return None;
                }
                self.bind(*role, members.as_slice(), st);
                // The argument's phrase (وزير الخارجية الأردني أيمن الصفدي) is part of it
                // for the slot before, and so is a preposition written apart before it.
                // Past the names the phrase holds, though the preposition rule above read
                // only its role words.
                let ps = self.whole_phrase_start(s, sentence).min(ps);
                let ps = match self.detached_before(ps) {
                    Some(_) => ps - 1,
                    None => ps,
                };
                self.left(p, k - 1, ps, sentence, Kinds::default(), st)
            }
            Slot::Topic { types } => {
                // A possessive's owner (زيارته) is the nearest subject: no name that could
                // be one stands between.
                let possessive = matches!(
                    p.slots[p.anchor],
                    Slot::Trigger {
                        filter: FormFilter::Possessive,
                        ..
                    }
                );
                let (head, start) = self.topic(end, sentence, *types, possessive)?;
                self.bind(Role::Head, &[head], st);
                Some(start)
            }
            Slot::RolePhrase { .. } | Slot::Not { .. } => None,
        }
    }

    /// The subject a clause ending its left part at `end` carries over from its sentence
    /// (`^A`), within [`TOPIC_REACH`] words: after the sentence's last clause opener before
    /// `end`, the name right before it when it is a relative pronoun (كارتر الذي وصل … بعد
    /// زيارة لبغداد), else the first person or organization after a clause opener (إن, أن)
    /// or the sentence's start, places before it skipped; none when the sentence starts out
    /// of reach with no opener in it. That name must be of `types` and a subject: no
    /// preposition introduces it and it is no coordinated member (ونظيره X). Returns it and
    /// the first token of its phrase.
    fn topic(
        &self,
        end: usize,
        sentence: usize,
        types: Types,
        nearest: bool,
    ) -> Option<(ArgRef, usize)> {
        let lo = end.saturating_sub(TOPIC_REACH);
        let mut from = end;
        while from > lo && self.sentence(from - 1) == sentence {
            from -= 1;
        }
        let opener = (from..end).rev().find(|&j| {
            self.mention_at(j).is_none() && self.classes(j) & (class::CLAUSE | class::RELATIVE) != 0
        });
        let subject = |m: usize| -> Option<(ArgRef, usize)> {
            let entity = self.an.mentions[m].entity;
            let (introduced, ps) = self.introduced(self.extent(m).0, sentence);
            (types.has(self.type_of(entity)) && !introduced).then_some((ArgRef::Entity(entity), ps))
        };
        // A sentence that runs on past the reach without an opener: its subject is out of
        // sight, and the first name in sight may be an object.
        if opener.is_none() && from == lo && lo > 0 && self.sentence(lo - 1) == sentence {
            return None;
        }
        if let Some(j) = opener {
            if self.classes(j) & class::RELATIVE != 0 {
                // The antecedent, after the adjectives that qualify it.
                let (_, s) = self.arg_left(j, sentence, Types(Types::PARTY))?;
                return subject(self.mention_at(s)?);
            }
            // A clause of time that names no subject (… قبل أن ينضم إلى …) has its
            // sentence's: look before it.
            let of_time = j > from
                && self.word(j) == "ان"
                && matches!(
                    self.word(j - 1).trim_start_matches(['و', 'ف']),
                    "قبل" | "بعد"
                );
            if of_time && self.mentions_in(j + 1, end).next().is_none() {
                return self.topic(j - 1, sentence, types, nearest);
            }
            from = j + 1;
        }
        for (m, s, e) in self.mentions_in(from, end) {
            if e > end {
                return None;
            }
            // Places before the subject are where (في بيروت، عقدت …); the first person or
            // organization is the subject or there is none (a name the window's start cuts
            // is none).
            let t = self.type_of(self.an.mentions[m].entity);
            if types.has(t) || t & (Types::PERSON | Types::ORG) != 0 {
                // A body named in a person's office before the person (زعيم حزب الشعب
                // الجمهوري أوزغور أوزيل, رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد) is
                // no subject: the person is.
                let m = if t & Types::PERSON == 0 && s > from && self.role_word(s - 1) {
                    let mut k = e;
                    while k < end && self.mention_at(k).is_none() && self.role_word(k) {
                        k += 1;
                    }
                    (k < end)
                        .then(|| self.mention_at(k))
                        .flatten()
                        .filter(|&p| self.type_of(self.an.mentions[p].entity) == Types::PERSON)
                        .filter(|&p| self.extent(p).1 <= end)
                        .unwrap_or(m)
                } else {
                    m
                };
                let e = self.extent(m).1;
                let found = if s < from { None } else { subject(m) };
                if nearest && found.is_some() && self.subject_between(e, end, sentence) {
                    return None;
                }
                return found;
            }
        }
        None
    }

    /// The names in `from..end`, in text order: each mention with its first token and the
    /// token after it (a name that starts before `from` comes first, whole).
    fn mentions_in(
        &self,
        from: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let mut j = from;
        std::iter::from_fn(move || {
            while j < end {
                if let Some(m) = self.mention_at(j) {
                    let (s, e) = self.extent(m);
                    j = e.max(j + 1);
                    return Some((m, s, e));
                }
                j += 1;
            }
            None
        })
    }

    /// Whether a preposition (a clitic or a word) or a conjunction introduces the phrase of
    /// the name starting at `s` (بعد لقائه مع الوزير X, ونظيره X), and the phrase's first
    /// token.
    fn introduced(&self, s: usize, sentence: usize) -> (bool, usize) {
        let ps = self.phrase_start(s, sentence);
        let by = self.preposition_of(s).is_some()
            || self.preposition_of(ps).is_some()
            || self.has_conjunction(ps)
            || ps > 0 && self.sentence(ps - 1) == sentence && self.flags(ps - 1) & flag::PREP != 0;
        (by, ps)
    }

    /// Whether a person or organization that no preposition introduces, and that is no
    /// coordinated member, stands in `from..end`: a subject other than the topic may.
    fn subject_between(&self, from: usize, end: usize, sentence: usize) -> bool {
        self.mentions_in(from, end).any(|(m, s, _)| {
            self.type_of(self.an.mentions[m].entity) & (Types::PERSON | Types::ORG) != 0
                && !self.introduced(s, sentence).0
        })
    }

    fn bind(&self, role: Role, members: &[ArgRef], st: &mut State) {
        match role {
            Role::Head => st.found.heads.extend_from_slice(members),
            Role::Tail => st.found.tails.extend_from_slice(members),
            Role::Both => st.found.both.extend_from_slice(members),
        }
    }
}

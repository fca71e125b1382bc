//! The entity stage: candidates from the gazetteer hits and the context rules, the overlap
//! policy, and in-document coreference.
//!
//! The parts, in the order [`analyze`] runs them:
//! - [`tokens`]: what each word is (title, role, stop word, nationality adjective, clitics);
//! - [`lists`]: a candidate for every gazetteer hit;
//! - [`patterns`]: a candidate for every match of a user's token pattern (`REGEX`, `IN`);
//! - [`orgs`], [`named_after`] and [`persons`]: the context rules for names no list holds;
//! - [`resolve`]: the overlap policy, the one place it is decided;
//! - [`coref`]: surnames and bare heads joined to the entity they refer to.
//!
//! Each part reads the [`Context`] of one extraction and adds to or filters a list of
//! [`Candidate`](candidate::Candidate)s; [`analyze`] turns the kept ones into entities and
//! mentions for the relation stage.

mod adjectives;
mod candidate;
mod coref;
mod homographs;
mod lists;
mod merge;
mod named_after;
mod orgs;
mod patterns;
mod persons;
mod resolve;
mod short_names;
pub mod tagger;
pub(crate) mod tokens;

use crate::clitic::Proclitics;
use crate::fasthash::{FastMap, IdIndex};
use crate::gazetteer::Entry;
use crate::lexicon::Lexicon;
use crate::matcher::Hit;
use crate::span::Span;
use crate::tokenize::Tokenized;
use crate::types::{EntityRules, EntityType};

use candidate::Key;
pub(crate) use patterns::TokenMatcher;
pub(crate) use short_names::ShortNames;
use tokens::TokenInfo;

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
    pub token_mention: TokenMentions,
    /// The entity of each list entry the document has.
    pub entity_of_entry: FastMap<u32, usize>,
}

/// For every token, the mention that covers it, read as a `Vec<Option<usize>>` is
/// (`token_mention[i]`, `token_mention.get(i)`) and kept in four bytes a token: each token
/// holds an index into one table of the values, `None` and `Some(m)` for every mention.
#[derive(Debug, Default)]
pub(crate) struct TokenMentions {
    at: Vec<u32>,
    values: Vec<Option<usize>>,
}

impl TokenMentions {
    /// `tokens` tokens, none covered, for `mentions` mentions.
    fn new(tokens: usize, mentions: usize) -> TokenMentions {
        TokenMentions {
            at: vec![0; tokens],
            values: std::iter::once(None)
                .chain((0..mentions).map(Some))
                .collect(),
        }
    }

    fn set(&mut self, token: usize, mention: usize) {
        self.at[token] = mention as u32 + 1;
    }

    /// The mention over token `i`, or `None` when `i` is past the last token.
    pub fn get(&self, i: usize) -> Option<&Option<usize>> {
        self.at.get(i).map(|&k| &self.values[k as usize])
    }
}

impl std::ops::Index<usize> for TokenMentions {
    type Output = Option<usize>;

    fn index(&self, i: usize) -> &Option<usize> {
        &self.values[self.at[i] as usize]
    }
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
    pub rules: EntityRules,
    /// The trained tagger, when it is on.
    pub tagger: Option<&'a tagger::Tagger>,
    /// The token patterns of the user's JSONL files (`REGEX`, `IN`, `OP`).
    pub token_patterns: &'a TokenMatcher,
    /// Names the lists give only with their descriptor, and where they stand alone.
    pub short_names: &'a ShortNames,
    /// The entries with forms that are also everyday words (`homographs.tsv`), sorted.
    pub common_entries: &'a [u32],
}

impl Context<'_> {
    fn tok_text(&self, i: usize) -> &str {
        let s = self.tokens.tokens()[i].span();
        &self.text[s.start..s.end]
    }

    /// Whether token `i`, read as `word` (without its proclitics), is a month next to a word
    /// that makes it a time (رمضان الماضي, شهر رجب, في رمضان, 17 رجب), not a name.
    pub fn month_as_time(&self, i: usize, word: &str) -> bool {
        let lx = self.lexicon;
        if !lx.months.contains(word) {
            return false;
        }
        let before = i > 0 && self.plain_gap(i - 1) && {
            let w = self.tok_text(i - 1);
            let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            lx.time_before.contains(w)
                || lx.time_before.contains(bare)
                || w.bytes().all(|b| b.is_ascii_digit())
        };
        before || self.plain_gap(i) && lx.time_after.contains(self.tok_text(i + 1))
    }

    /// Whether `word` (normalized) is rare in the corpus the tagger's clusters were learned
    /// from (the embedded model's when the tagger is off): no everyday word of the news.
    pub fn rare_word(&self, word: &str) -> bool {
        match self.tagger {
            Some(t) => t.rare_word(word),
            None => tagger::embedded_word_count(word) < tagger::EVERYDAY_COUNT,
        }
    }

    /// Whether only white space stands between tokens `i` and `i + 1`.
    pub fn plain_gap(&self, i: usize) -> bool {
        let t = self.tokens.tokens();
        i + 1 < t.len()
            && t[i].sentence() == t[i + 1].sentence()
            && self.text[t[i].span().end..t[i + 1].span().start]
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

pub(crate) use homographs::losing_readings;

/// The readings of a word that may carry a cue word (صحيفة, جائزة): the word itself, without
/// a conjunction (وصحيفة), and without a conjunction and a preposition (وبجائزة, لكأس). Not
/// without the article: للصحيفة is "to the newspaper", whose name is not the one after it.
fn cue_readings(word: &str) -> [&str; 3] {
    let after_conj = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let after_prep = after_conj
        .strip_prefix(['ب', 'ل', 'ك'])
        .unwrap_or(after_conj);
    [word, after_conj, after_prep]
}

/// Runs the entity rules over matched hits.
/// `info` is [`tokens::token_info`] of the hits the matcher found, which may be more than
/// `cx.hits` (the pipeline lets the stop words' hits go once their flags are set).
pub(crate) fn analyze<'a>(cx: &Context<'a>, info: Vec<TokenInfo>) -> Analysis<'a> {
    let mut cands = Vec::new();
    if cx.rules != EntityRules::TaggerOnly {
        lists::gazetteer_candidates(cx, &mut cands);
        patterns::token_pattern_candidates(cx, &mut cands);
    }
    let all = cx.rules == EntityRules::All;
    if all {
        orgs::org_head_candidates(cx, &info, &mut cands);
        orgs::composed_candidates(cx, &mut cands);
        // Before the cue rule: صحيفة «الشرق الأوسط» then finds the publication's candidate
        // and keeps its id.
        short_names::quoted_publication_candidates(cx, &mut cands);
        short_names::press_candidates(cx, &info, &mut cands);
        short_names::side_role_club_candidates(cx, &info, &mut cands);
        orgs::quoted_org_candidates(cx, &mut cands);
        orgs::company_after_cue(cx, &info, &mut cands);
        orgs::company_field_candidates(cx, &info, &mut cands);
        orgs::body_name_candidates(cx, &info, &mut cands);
        orgs::local_body_candidates(cx, &mut cands);
        orgs::construct_body_candidates(cx, &info, &mut cands);
        named_after::named_after_candidates(cx, &info, &mut cands);
        persons::person_candidates(cx, &info, &mut cands);
    }
    // Lists alone means no tagger either.
    if let Some(t) = cx.tagger.filter(|_| cx.rules != EntityRules::ListsOnly) {
        let entry_type = |e: u32| Some(cx.entries[e as usize].entity_type);
        let tagged = t.tag(cx.text, cx.tokens, &info, cx.hits, &entry_type);
        merge::merge(cx, &info, tagged, &mut cands);
    }
    if all {
        named_after::named_cue_names(cx, &info, &mut cands);
    }
    let mut kept = resolve::resolve(cands);
    adjectives::trailing_adjectives(cx, &info, &mut kept);
    adjectives::adjective_after_organization(cx, &info, &mut kept);
    if all {
        coref::shortened_names(cx, &mut kept);
        coref::surname_mentions(cx, &info, &mut kept);
        coref::short_name_mentions(cx, &info, &mut kept);
        coref::head_coreference(cx, &mut kept);
        coref::bracketed_aliases(cx, &info, &mut kept);
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
                        name: candidate::name_of(cx, &c).to_string(),
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
    let mut token_mention = TokenMentions::new(toks.len(), mentions.len());
    for (m, mi) in mentions.iter().enumerate() {
        for i in cx.tokens.tokens_within(mi.word_start, mi.span.end) {
            token_mention.set(i, m);
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

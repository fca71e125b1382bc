//! Relations between entities, from trigger words and argument-order patterns
//! (`gazetteers/relations.tsv`) and from role phrases (affiliation).

use crate::gazetteer::EntityType;
use crate::lexicon::{HeadArg, Item, TailArg};
use crate::ner::{country_entity, flag, Analysis, Context};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The relation types of the output contract (SCHEMA.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum RelationType {
    /// Two parties meet or hold talks (symmetric).
    Meets,
    /// A person or organization visits a place.
    Visits,
    /// Two parties intend to sign an agreement (symmetric).
    PlansAgreement,
    /// Two parties signed an agreement (symmetric).
    SignsAgreement,
    /// Two parties cooperate (symmetric).
    CooperatesWith,
    /// A party joins an organization.
    Joins,
    /// A buyer buys from a seller.
    Purchase,
    /// A person belongs to an organization or country.
    AffiliatedWith,
    /// Two parties are in tension (symmetric).
    TensionWith,
    /// A person or organization is located in a place.
    LocatedIn,
}

impl RelationType {
    /// Parses the SCHEMA.md spelling (`MEETS`, `PLANS_AGREEMENT`, …).
    pub fn parse(s: &str) -> Option<RelationType> {
        Some(match s {
            "MEETS" => RelationType::Meets,
            "VISITS" => RelationType::Visits,
            "PLANS_AGREEMENT" => RelationType::PlansAgreement,
            "SIGNS_AGREEMENT" => RelationType::SignsAgreement,
            "COOPERATES_WITH" => RelationType::CooperatesWith,
            "JOINS" => RelationType::Joins,
            "PURCHASE" => RelationType::Purchase,
            "AFFILIATED_WITH" => RelationType::AffiliatedWith,
            "TENSION_WITH" => RelationType::TensionWith,
            "LOCATED_IN" => RelationType::LocatedIn,
            _ => return None,
        })
    }

    /// The SCHEMA.md spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            RelationType::Meets => "MEETS",
            RelationType::Visits => "VISITS",
            RelationType::PlansAgreement => "PLANS_AGREEMENT",
            RelationType::SignsAgreement => "SIGNS_AGREEMENT",
            RelationType::CooperatesWith => "COOPERATES_WITH",
            RelationType::Joins => "JOINS",
            RelationType::Purchase => "PURCHASE",
            RelationType::AffiliatedWith => "AFFILIATED_WITH",
            RelationType::TensionWith => "TENSION_WITH",
            RelationType::LocatedIn => "LOCATED_IN",
        }
    }

    /// Whether `A r B` implies `B r A`.
    pub fn is_symmetric(&self) -> bool {
        matches!(
            self,
            RelationType::Meets
                | RelationType::PlansAgreement
                | RelationType::SignsAgreement
                | RelationType::CooperatesWith
                | RelationType::TensionWith
        )
    }
}

/// A relation found in the text, in normalized offsets.
#[derive(Debug, Clone)]
pub(crate) struct RelationInfo {
    pub relation: RelationType,
    pub head: usize,
    pub tail: usize,
    pub trigger: Span,
    pub sentence: usize,
    pub rule: String,
}

/// Which side of a relation an entity stands on.
#[derive(Clone, Copy)]
enum Side {
    Head,
    Tail,
}

fn is_party(an: &Analysis<'_>, entity: usize) -> bool {
    let e = &an.entities[entity];
    match e.etype {
        EntityType::Person | EntityType::Organization => true,
        EntityType::Location => matches!(
            e.subtype.as_deref(),
            None | Some("country") | Some("territory") | Some("city")
        ),
        EntityType::Misc => false,
    }
}

fn eligible(an: &Analysis<'_>, r: RelationType, side: Side, entity: usize) -> bool {
    let t = an.entities[entity].etype;
    match (r, side) {
        (RelationType::Visits | RelationType::LocatedIn, Side::Head) => {
            matches!(t, EntityType::Person | EntityType::Organization)
        }
        (RelationType::Visits | RelationType::LocatedIn, Side::Tail) => t == EntityType::Location,
        (RelationType::Joins, Side::Tail) => t == EntityType::Organization,
        _ => is_party(an, entity),
    }
}

/// Whether a preposition introduces mention `m`, directly (بروسيا, مع روسيا) or through the
/// role phrase or cue word before it (بنظيره الروسي …, لوكالة "…").
fn prepositional(an: &Analysis<'_>, m: usize) -> bool {
    let mi = &an.mentions[m];
    if mi.clitics.preposition {
        return true;
    }
    let toks = an.tokens.tokens();
    let mut i = tok(an, mi.word_start);
    if i >= toks.len() {
        return false;
    }
    while i > 0
        && toks[i - 1].sentence == toks[i].sentence
        && an.token_mention[i - 1].is_none()
        && an.info[i - 1].flags & (flag::ROLE_ZONE | flag::CUE) != 0
    {
        i -= 1;
        if an.info[i].flags & flag::PREP_CLITIC != 0 {
            return true;
        }
    }
    i > 0 && an.info[i - 1].flags & flag::PREP != 0
}

/// Whether the word مع stands right before mention `m` (or before its role phrase): the
/// partner of a meeting, not a place.
fn after_with(an: &Analysis<'_>, m: usize) -> bool {
    let toks = an.tokens.tokens();
    let mut i = tok(an, an.mentions[m].word_start);
    while i > 0
        && i < toks.len()
        && an.token_mention[i - 1].is_none()
        && an.info[i - 1].flags & flag::ROLE_ZONE != 0
    {
        i -= 1;
    }
    i > 0 && i <= toks.len() && &an.text[toks[i - 1].span.start..toks[i - 1].span.end] == "مع"
}

/// The first token index at or after byte `at`.
fn tok(an: &Analysis<'_>, at: usize) -> usize {
    an.tokens.token_at_or_after(at)
}

/// Walks right from token `i` across role words (titles, roles, fillers, nisbas, mentions
/// that do not qualify) to the first eligible mention, at most twelve tokens on. When that
/// mention only belongs to a role phrase (رئيس هيئة الأركان … اللواء محمد باقري), the person
/// the phrase introduces is the argument.
fn walk_right(
    an: &Analysis<'_>,
    mut i: usize,
    sentence: usize,
    ok: impl Fn(usize) -> bool,
) -> Option<usize> {
    let toks = an.tokens.tokens();
    let stop = (i + 12).min(toks.len());
    let mut found = None;
    while i < stop && toks[i].sentence == sentence {
        if let Some(m) = an.token_mention[i] {
            let e = an.mentions[m].entity;
            if ok(e) {
                if an.entities[e].etype == EntityType::Person {
                    return Some(m);
                }
                found = found.or(Some(m));
            }
        } else if an.info[i].flags & (flag::ROLE_ZONE | flag::CUE) == 0 {
            // Role words and descriptors (مجموعة, حركة …) may stand before the argument.
            break;
        }
        i += 1;
    }
    found
}

/// The token after mention `m`'s last token.
fn after_mention(an: &Analysis<'_>, m: usize) -> usize {
    tok(an, an.mentions[m].span.end)
}

/// The tokens equal to `word` within ten tokens from `from`, in the same sentence.
fn find_words<'b>(
    an: &'b Analysis<'_>,
    from: usize,
    sentence: usize,
    word: &'b str,
) -> impl Iterator<Item = usize> + 'b {
    let toks = an.tokens.tokens();
    (from..(from + 10).min(toks.len()))
        .take_while(move |&i| toks[i].sentence == sentence)
        .filter(move |&i| &an.text[toks[i].span.start..toks[i].span.end] == word)
}

/// `بين X و Y [و Z]` after the trigger: the coordinated mentions.
fn between(
    an: &Analysis<'_>,
    from: usize,
    sentence: usize,
    ok: impl Fn(usize) -> bool + Copy,
) -> Vec<usize> {
    let Some(b) = find_words(an, from, sentence, "بين")
        .next()
        .filter(|&b| b < from + 4)
    else {
        return Vec::new();
    };
    let Some(first) = walk_right(an, b + 1, sentence, ok) else {
        return Vec::new();
    };
    let mut list = vec![first];
    loop {
        let next = after_mention(an, *list.last().unwrap_or(&first));
        let Some(m) = an.token_mention.get(next).copied().flatten() else {
            break;
        };
        let mi = &an.mentions[m];
        if !(mi.clitics.conjunction
            && an.tokens.tokens()[next].sentence == sentence
            && ok(mi.entity))
        {
            break;
        }
        list.push(m);
    }
    list
}

/// Runs the trigger rules and the affiliation rule.
pub(crate) fn extract(an: &mut Analysis<'_>, cx: &Context<'_>) -> Vec<RelationInfo> {
    let mut out = Vec::new();
    trigger_rules(an, cx, &mut out);
    affiliation(an, cx, &mut out);
    out.retain(|r| r.head != r.tail);
    out
}

fn trigger_rules(an: &mut Analysis<'_>, cx: &Context<'_>, out: &mut Vec<RelationInfo>) {
    let toks = an.tokens.tokens();
    for h in an.hits {
        let Item::Trigger(r) = h.item else { continue };
        // When two triggers overlap, the longer one alone fires (يعتزم توقيع over توقيع).
        let near = an
            .hits
            .partition_point(|o| o.span.start + 64 < h.span.start);
        let shadowed = an.hits[near..]
            .iter()
            .take_while(|o| o.span.start < h.span.end)
            .any(|o| {
                matches!(o.item, Item::Trigger(_))
                    && o.span.overlaps(h.span)
                    && o.span.len() > h.span.len()
            });
        if shadowed {
            continue;
        }
        let rule = &cx.lexicon.relations[r as usize];
        let rel = rule.relation;
        let t0 = tok(an, h.word_start);
        if t0 >= toks.len() {
            continue;
        }
        let sentence = toks[t0].sentence;
        let after = tok(an, h.span.end);
        let push = |head: usize, tail: usize, out: &mut Vec<RelationInfo>| {
            out.push(RelationInfo {
                relation: rel,
                head,
                tail,
                // The trigger word as written, with its proclitics (للالتقاء).
                trigger: Span::new(h.word_start, h.span.end),
                sentence,
                rule: rule.id.clone(),
            });
        };
        if rule.head == HeadArg::Between {
            let list = between(an, after, sentence, |e| is_party(an, e));
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    push(an.mentions[a].entity, an.mentions[b].entity, out);
                }
            }
            continue;
        }
        if rule.head == HeadArg::Pair {
            let ok = |e: usize| is_party(an, e);
            if let Some(a) = walk_right(an, after, sentence, ok) {
                let next = after_mention(an, a);
                // "X وY", or "X ونظيره الصيني Y": a conjunction, then a role phrase at most.
                let joined = next < toks.len() && an.info[next].flags & flag::CONJ_CLITIC != 0;
                let b = an.token_mention.get(next).copied().flatten().filter(|&b| {
                    let mi = &an.mentions[b];
                    mi.clitics.conjunction && !mi.clitics.preposition && ok(mi.entity)
                });
                let b = b.or_else(|| {
                    let role = joined && an.token_mention[next].is_none();
                    role.then(|| walk_right(an, next, sentence, ok)).flatten()
                });
                if let Some(b) = b {
                    push(an.mentions[a].entity, an.mentions[b].entity, out);
                }
            }
            continue;
        }
        // Head.
        let (head, tail_from) = match rule.head {
            HeadArg::Before => {
                // Mentions before the trigger, nearest first, within its sentence.
                let before = an
                    .mentions
                    .partition_point(|mi| mi.span.end <= h.word_start);
                let m = (0..before)
                    .rev()
                    .take_while(|&m| {
                        toks[tok(an, an.mentions[m].word_start).min(toks.len() - 1)].sentence
                            == sentence
                    })
                    .find(|&m| {
                        !prepositional(an, m)
                            && eligible(an, rel, Side::Head, an.mentions[m].entity)
                    });
                match m {
                    Some(m) => (an.mentions[m].entity, after),
                    None => continue,
                }
            }
            HeadArg::Adjacent => {
                let prev = t0.checked_sub(1).and_then(|i| an.token_mention[i]);
                match prev.filter(|&m| {
                    let t = tok(an, an.mentions[m].word_start);
                    toks[t].sentence == sentence
                        && eligible(an, rel, Side::Head, an.mentions[m].entity)
                }) {
                    Some(m) => (an.mentions[m].entity, after),
                    None => continue,
                }
            }
            HeadArg::After => {
                match walk_right(an, after, sentence, |e| eligible(an, rel, Side::Head, e)) {
                    Some(m) => (an.mentions[m].entity, after_mention(an, m)),
                    None => continue,
                }
            }
            HeadArg::NisbaAfter => {
                let country = (after..(after + 3).min(toks.len()))
                    .take_while(|&i| {
                        toks[i].sentence == sentence && an.info[i].flags & flag::PREP == 0
                    })
                    .find_map(|i| an.info[i].nisba);
                let Some(n) = country else { continue };
                let c = &cx.lexicon.nisbas[n as usize].country;
                match country_entity(an, cx, c) {
                    Some(e) => (e, after),
                    None => continue,
                }
            }
            HeadArg::Between | HeadArg::Pair => continue,
        };
        // Tail.
        let ok = |e: usize| e != head && eligible(an, rel, Side::Tail, e);
        let tail = match &rule.tail {
            TailArg::After => walk_right(an, tail_from, sentence, ok),
            TailArg::AfterWord(w) => find_words(an, tail_from, sentence, w)
                .find_map(|i| walk_right(an, i + 1, sentence, ok)),
            // The object right after the subject (… بنظيره الروسي X), else the first one that
            // no preposition introduces, across adverbials.
            TailArg::Next => walk_right(an, tail_from, sentence, ok).or_else(|| {
                let from = toks.get(tail_from).map_or(usize::MAX, |t| t.span.start);
                let first = an.mentions.partition_point(|mi| mi.span.start < from);
                (first..an.mentions.len())
                    .take_while(|&m| {
                        let t = tok(an, an.mentions[m].word_start);
                        t < toks.len() && toks[t].sentence == sentence && t < tail_from + 25
                    })
                    .find(|&m| {
                        (!prepositional(an, m) || after_with(an, m)) && ok(an.mentions[m].entity)
                    })
                    // The person a role phrase introduces (رئيس المفوضية الأوروبية X).
                    .map(|m| {
                        let at = tok(an, an.mentions[m].word_start);
                        walk_right(an, at, sentence, ok).unwrap_or(m)
                    })
            }),
            TailArg::Between | TailArg::Pair => None,
        };
        if let Some(m) = tail {
            push(head, an.mentions[m].entity, out);
        }
    }
}

/// A role phrase before a person names what the person belongs to:
/// "وزير الدفاع الروسي سيرغي شويغو" → Shoigu AFFILIATED_WITH Russia;
/// "المتحدث باسم وزارة الخارجية سعيد …" → AFFILIATED_WITH the ministry.
fn affiliation(an: &mut Analysis<'_>, cx: &Context<'_>, out: &mut Vec<RelationInfo>) {
    let toks = an.tokens.tokens();
    for p in 0..an.mentions.len() {
        let person = an.mentions[p].entity;
        if an.entities[person].etype != EntityType::Person {
            continue;
        }
        let first = tok(an, an.mentions[p].word_start);
        if first == 0 || first >= toks.len() {
            continue;
        }
        let sentence = toks[first].sentence;
        let mut j = first;
        let mut role = false;
        let mut orgs = Vec::new();
        let mut countries = Vec::new();
        while j > 0 {
            let i = j - 1;
            let gap = &an.text[toks[i].span.end..toks[j].span.start];
            let same = an.token_mention[i].is_some() && an.token_mention[i] == an.token_mention[j];
            if toks[i].sentence != sentence || !(same || gap.chars().all(char::is_whitespace)) {
                break;
            }
            if let Some(m) = an.token_mention[i] {
                if m == p {
                    break;
                }
                let e = an.mentions[m].entity;
                match an.entities[e].etype {
                    EntityType::Organization => orgs.push(e),
                    EntityType::Location
                        if an.entities[e].subtype.as_deref() == Some("country") =>
                    {
                        countries.push(e)
                    }
                    _ => break,
                }
            } else if an.info[i].flags & flag::PREP != 0 && an.info[i].flags & flag::ROLE_ZONE == 0
            {
                // Left of a role word, or right before the person (… ضد بلاتر), a preposition
                // ends the phrase. Between the person and the role word, what it introduces
                // is where, not whose: "السفير الإيراني لدى العراق …" belongs to Iran.
                if role || i + 1 == first {
                    break;
                }
                orgs.clear();
                countries.clear();
            } else if an.info[i].flags & flag::ROLE_ZONE != 0 {
                role |= an.info[i].flags & (flag::TITLE | flag::ROLE) != 0;
                if let Some(n) = an.info[i].nisba {
                    let c = &cx.lexicon.nisbas[n as usize].country;
                    if let Some(e) = country_entity(an, cx, c) {
                        countries.push(e);
                    }
                }
            } else {
                break;
            }
            j = i;
        }
        // The phrase starts at its first role word, not at a preposition left of it.
        while j < first && an.info[j].flags & flag::ROLE_ZONE == 0 && an.token_mention[j].is_none()
        {
            j += 1;
        }
        if !role || j == first {
            continue;
        }
        let trigger = Span::new(toks[j].span.start, toks[first - 1].span.end);
        orgs.dedup();
        countries.dedup();
        for tail in orgs.into_iter().chain(countries) {
            out.push(RelationInfo {
                relation: RelationType::AffiliatedWith,
                head: person,
                tail,
                trigger,
                sentence,
                rule: "affiliation.role-phrase".to_string(),
            });
        }
    }
}

//! The affiliation rule: a role phrase before a person names what the person belongs to.

use crate::ner::tokens::flag;
use crate::ner::{country_entity, Analysis, Context};
use crate::span::Span;
use crate::types::{EntityType, RelationType};

use super::args::tok;
use super::RelationInfo;

/// A role phrase before a person names what the person belongs to:
/// "وزير الدفاع الروسي سيرغي شويغو" → Shoigu AFFILIATED_WITH Russia;
/// "المتحدث باسم وزارة الخارجية سعيد …" → AFFILIATED_WITH the ministry.
pub(super) fn affiliation(an: &mut Analysis<'_>, cx: &Context<'_>, out: &mut Vec<RelationInfo>) {
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

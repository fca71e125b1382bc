//! The merge policy: how the tagger's names and the lists' and rules' candidates become one
//! set of candidates for the overlap policy. Lists give ids and precision, the tagger recall.
//!
//! 1. A candidate the tagger agrees with (a tagged name over exactly its words) keeps its
//!    id and type; its rule gains `+tagger` (`list+tagger`, `person.title+tagger`).
//! 2. A tagged name that no candidate covers word for word becomes a candidate of its own
//!    (rule `tagger`, generated id `TYPE:name`), at the lowest priority: at equal span a list
//!    or rule wins, but a longer tagged name wins over the shorter candidates inside it
//!    (مطار الملك فهد الدولي is a place, not the person الملك فهد).
//! 3. A tagged person name that extends a list person from the same first word with a
//!    nasab (… بن …) keeps that person's id over the whole chain: محمد بن سلمان بن عبد العزيز
//!    is Mohammed bin Salman, not King Salman, whose form سلمان بن عبد العزيز lies inside it.
//! 4. A candidate the tagger rejects (it tags none of its words) is dropped when it is a
//!    single word from a list derived from a training corpus, or when a context rule alone
//!    found it; curated list entries and multi-word list forms stay (measured in DESIGN.md).
//! 5. MISC names are not output; they only reject the candidates they cover.

use crate::types::EntityType;

use super::candidate::{priority, Candidate, Key};
use super::tagger::{feeds_training, TaggedSpan};
use super::tokens::{flag, TokenInfo};
use super::Context;

/// A rule's name when the tagger agrees with it.
fn with_tagger(rule: &'static str) -> &'static str {
    match rule {
        "list" => "list+tagger",
        "org-head" => "org-head+tagger",
        "org-head.genitive" => "org-head.genitive+tagger",
        "quoted-org" => "quoted-org+tagger",
        "person.title" => "person.title+tagger",
        "person.role" => "person.role+tagger",
        "person.given-name" => "person.given-name+tagger",
        "person.apposition" => "person.apposition+tagger",
        other => other,
    }
}

fn type_name(t: EntityType) -> &'static str {
    t.as_str()
}

/// Merges the tagged names into the candidates (see the module docs).
pub(super) fn merge(
    cx: &Context<'_>,
    info: &[TokenInfo],
    tagged: &[TaggedSpan],
    cands: &mut Vec<Candidate>,
) {
    let toks = cx.tokens.tokens();
    // For every word, the tagged name over it.
    let mut tag_of: Vec<Option<usize>> = vec![None; toks.len()];
    for (k, t) in tagged.iter().enumerate() {
        for slot in &mut tag_of[t.first..=t.last] {
            *slot = Some(k);
        }
    }
    let words = |c: &Candidate| {
        let r = cx.tokens.tokens_within(c.word_start, c.span.end);
        (r.start, r.end.saturating_sub(1).max(r.start))
    };
    let mut matched = vec![false; tagged.len()];
    let exp = std::env::var("KASHF_MERGE_EXP").unwrap_or_default();
    if exp.contains("tagger_led") {
        // Exact candidates of each tagged span.
        let exact: Vec<bool> = cands
            .iter()
            .map(|c| {
                let (a, b) = words(c);
                b < toks.len()
                    && tag_of[a].is_some_and(|k| {
                        tagged[k].first == a
                            && tagged[k].last == b
                            && tagged[k].etype != EntityType::Misc
                    })
            })
            .collect();
        let mut i = 0;
        cands.retain_mut(|c| {
            let keep_exact = exact[i];
            i += 1;
            let (a, b) = words(c);
            if b >= toks.len() {
                return true;
            }
            if keep_exact {
                let k = tag_of[a].unwrap_or(0);
                matched[k] = true;
                c.rule = with_tagger(c.rule);
                if exp.contains("tagger_type") {
                    c.etype = tagged[k].etype;
                    if c.etype
                        != cx
                            .entries
                            .get(match c.key {
                                Key::Entry(e) => e as usize,
                                _ => usize::MAX,
                            })
                            .map_or(c.etype, |e| e.entity_type)
                    {
                        c.key = Key::Generated(format!(
                            "{}:{}",
                            type_name(c.etype),
                            &cx.text[c.span.start..c.span.end]
                        ));
                    }
                }
                return true;
            }
            let overlaps = (a..=b).any(|i| tag_of[i].is_some());
            if overlaps {
                return false;
            }
            match c.key {
                Key::Entry(e) => feeds_training(&cx.entries[e as usize]) || a != b,
                Key::Generated(_) => {
                    if exp.contains("keep_heads") {
                        c.priority < priority::PERSON_RULE
                    } else {
                        false
                    }
                }
            }
        });
    } else {
        cands.retain_mut(|c| {
            let (a, b) = words(c);
            if b >= toks.len() {
                return true;
            }
            // A rule's candidate over some but not all of a tagged name's words yields to it.
            if exp.contains("rules_yield")
                && matches!(c.key, Key::Generated(_))
                && c.priority >= priority::PERSON_RULE
                && (a..=b).any(|i| tag_of[i].is_some_and(|k| tagged[k].etype != EntityType::Misc))
                && !tag_of[a].is_some_and(|k| tagged[k].first == a && tagged[k].last == b)
            {
                return false;
            }
            if let Some(k) = tag_of[a].filter(|&k| tagged[k].first == a && tagged[k].last == b) {
                matched[k] = true;
                if tagged[k].etype != EntityType::Misc {
                    c.rule = with_tagger(c.rule);
                }
                return true;
            }
            let rejected =
                (a..=b).all(|i| tag_of[i].is_none_or(|k| tagged[k].etype == EntityType::Misc));
            if !rejected {
                return true;
            }
            let exp = std::env::var("KASHF_MERGE_EXP").unwrap_or_default();
            match c.key {
                Key::Entry(e) => {
                    let entry = &cx.entries[e as usize];
                    if exp.contains("drop_lists") {
                        return false;
                    }
                    if exp.contains("drop_single") {
                        return a != b;
                    }
                    feeds_training(entry) || a != b
                }
                Key::Generated(_) => {
                    if exp.contains("keep_rules") {
                        return true;
                    }
                    if exp.contains("drop_heads") {
                        return false;
                    }
                    c.priority < priority::PERSON_RULE
                }
            }
        });
    }
    for (k, t) in tagged.iter().enumerate() {
        if matched[k] || t.etype == EntityType::Misc {
            continue;
        }
        let name = &cx.text[t.start..t.end];
        let first_tok = &toks[t.first];
        let clitics = t.clitics;
        // A nasab chain over a list person from its first word keeps that person's id.
        let nasab = t.etype == EntityType::Person
            && (t.first..=t.last).any(|i| info[i].flags & flag::PARTICLE != 0);
        let head = nasab
            .then(|| {
                cands
                    .iter()
                    .filter(|c| {
                        c.etype == EntityType::Person
                            && matches!(c.key, Key::Entry(_))
                            && words(c).0 == t.first
                            && c.span.end < t.end
                    })
                    .max_by_key(|c| c.span.len())
                    .map(|c| c.key.clone())
            })
            .flatten();
        let (key, rule) = match head {
            Some(key) => (key, "list+tagger.nasab"),
            None => (
                Key::Generated(format!("{}:{name}", type_name(t.etype))),
                "tagger",
            ),
        };
        cands.push(Candidate {
            span: crate::span::Span::new(t.start, t.end),
            word_start: first_tok.span.start,
            clitics,
            etype: t.etype,
            key,
            subtype: None,
            name: name.to_string(),
            priority: priority::TAGGER,
            rule,
        });
    }
}

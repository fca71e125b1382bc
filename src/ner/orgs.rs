//! Organization rules: generic heads with nationality adjectives, heads with a genitive
//! organization, quoted names after cue words.

use crate::clitic::Proclitics;
use crate::fasthash::FastMap;
use crate::gazetteer::Entry;
use crate::lexicon::{Gender, Item, Lexicon};
use crate::span::Span;
use crate::tokenize::{is_quote, is_word_char};
use crate::types::EntityType;

use super::candidate::{name_of, priority, Candidate, Key};
use super::tokens::{token_ending_at, TokenInfo};
use super::Context;

fn agrees(head: Gender, adjective: Gender) -> bool {
    match head {
        Gender::Masc => adjective == Gender::Masc,
        Gender::Fem => adjective == Gender::Fem,
        Gender::Plural => matches!(adjective, Gender::Plural | Gender::Fem),
    }
}

/// Generic heads: وزارة الخارجية [الروسية], القوات المسلحة الإيرانية, هيئة الأركان.
pub(super) fn org_head_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    for h in cx.hits {
        let Item::OrgHead(k) = h.item else { continue };
        let head = &cx.lexicon.org_heads[k as usize];
        let Some(last) = token_ending_at(cx.tokens, h.span().end) else {
            continue;
        };
        let nisba = cx
            .plain_gap(last)
            .then(|| info[last + 1].nisba())
            .flatten()
            .filter(|&n| agrees(head.gender, cx.lexicon.nisbas[n as usize].gender));
        let (span, id, name) = match nisba {
            Some(n) => {
                let country = &cx.lexicon.nisbas[n as usize].country;
                let end = cx.tokens.tokens()[last + 1].span().end;
                let cname = cx.country_name(country);
                (
                    Span::new(h.span().start, end),
                    format!("org-head:{}:{country}", head.id),
                    format!("{} ({cname})", head.name),
                )
            }
            None if head.nisba_required => continue,
            None => (h.span(), format!("org-head:{}", head.id), head.name.clone()),
        };
        out.push(Candidate {
            span,
            word_start: h.word_start(),
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
pub(super) fn composed_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
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
        let next = cx.tokens.tokens()[last + 1].span().start;
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

/// وكالة "سبوتنيك": the quoted name after a cue word is an organization.
pub(super) fn quoted_org_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    // The list candidates by span, in order, built at the first quoted name: the candidates
    // this rule adds are generated ones, which the index never needs.
    let mut by_span: Option<FastMap<Span, Vec<usize>>> = None;
    for h in cx.hits {
        let Item::OrgCue(k) = h.item else { continue };
        let kind = cx.lexicon.org_cues[k as usize].as_str();
        if matches!(kind, "place" | "suffix") {
            continue;
        }
        let rest = &cx.text[h.span().end..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let Some(open) = trimmed.chars().next().filter(|&c| is_quote(c)) else {
            continue;
        };
        let start = h.span().end + (rest.len() - trimmed.len()) + open.len_utf8();
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
        let etype = if kind == "facility" {
            EntityType::Location
        } else {
            EntityType::Organization
        };
        // The cue says what the name is: a list entry of that type keeps its id and wins,
        // a list reading of another type (the region الشرق الأوسط after صحيفة) loses.
        let index = by_span.get_or_insert_with(|| {
            let mut m: FastMap<Span, Vec<usize>> = FastMap::default();
            for (i, c) in out.iter().enumerate() {
                if matches!(c.key, Key::Entry(_)) {
                    m.entry(c.span).or_default().push(i);
                }
            }
            m
        });
        let same_span = index.get(&span).map_or(&[][..], Vec::as_slice);
        if let Some(&i) = same_span.iter().find(|&&i| out[i].etype == etype) {
            out[i].priority = priority::CUED;
            continue;
        }
        let cued = !same_span.is_empty();
        out.push(Candidate {
            span,
            word_start: span.start,
            clitics: Proclitics::default(),
            etype,
            key: Key::Generated(format!("{}:{name}", etype.as_str())),
            subtype: Some(kind.to_string()),
            name: name.to_string(),
            priority: if cued {
                priority::CUED
            } else {
                priority::QUOTED_ORG
            },
            rule: "quoted-org",
        });
    }
}

/// The names of media entries without their cue word, normalized with `normalize`: an entry
/// whose forms all open with one (صحيفة الشرق الأوسط, قناة العربية) does so because the name
/// alone is also a region or an ordinary word. Quoted, the name alone is the publication
/// (تصريحات لـ«الشرق الأوسط»). A name that two entries share, or that another entry holds as
/// a form of its own, is left out.
pub(crate) fn publication_names(
    entries: &[Entry],
    lexicon: &Lexicon,
    normalize: &dyn Fn(&str) -> String,
) -> FastMap<String, u32> {
    let cues: Vec<String> = lexicon
        .forms
        .iter()
        .filter(
            |(_, item)| matches!(item, Item::OrgCue(k) if lexicon.org_cues[*k as usize] == "media"),
        )
        .map(|(f, _)| normalize(f) + " ")
        // One word: what follows وكالة أنباء is a place's name (وكالة أنباء البحرين), which
        // quoted alone is that place, not the agency.
        .filter(|c| c.trim_end().split(' ').count() == 1)
        .collect();
    let mut names: FastMap<String, Option<u32>> = FastMap::default();
    for (i, e) in entries.iter().enumerate() {
        if e.entity_type != EntityType::Organization || e.subtype.as_deref() != Some("media") {
            continue;
        }
        for f in &e.forms {
            let f = normalize(f);
            let Some(rest) = cues.iter().find_map(|c| f.strip_prefix(c.as_str())) else {
                continue;
            };
            names
                .entry(rest.to_string())
                .and_modify(|v| {
                    if *v != Some(i as u32) {
                        *v = None;
                    }
                })
                .or_insert(Some(i as u32));
        }
    }
    // A name some organization holds as a form of its own is that organization's already.
    for e in entries {
        if e.entity_type == EntityType::Organization {
            for f in &e.forms {
                names.remove(&normalize(f));
            }
        }
    }
    names
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// «الشرق الأوسط»: a quoted name that is a media entry's name without its cue word (see
/// [`publication_names`]) is that entry, over any other reading of the words.
pub(super) fn quoted_publication_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    if cx.publications.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    let gap = |i: usize| {
        let from = if i == 0 { 0 } else { toks[i - 1].span().end };
        &cx.text[from..toks[i].span().start]
    };
    // The tokenizer has the quotation marks: a text without one costs nothing here.
    let mut last = usize::MAX;
    for q in cx.tokens.quotes() {
        // Opened by a quote right before the word: «الشرق, لـ«الشرق.
        let i = cx.tokens.token_at_or_after(q);
        if i >= toks.len() || i == last {
            continue;
        }
        let g = gap(i);
        if !g.trim_end().ends_with(is_quote) {
            continue;
        }
        last = i;
        for j in i..toks.len().min(i + 4) {
            if j > i && !cx.plain_gap(j - 1) {
                break;
            }
            let after = toks
                .get(j + 1)
                .map_or(&cx.text[toks[j].span().end..], |_| gap(j + 1));
            if !after.trim_start().starts_with(is_quote) {
                continue;
            }
            let span = Span::new(toks[i].span().start, toks[j].span().end);
            if let Some(&e) = cx.publications.get(&cx.text[span.start..span.end]) {
                let mut c = Candidate::of_entry(cx, e, span, span.start, Proclitics::default());
                c.priority = priority::CUED;
                c.rule = "quoted-org";
                out.push(c);
            }
            break;
        }
    }
}

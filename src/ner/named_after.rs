//! Places and institutions named after people: a cue word of kind `facility` or `other`
//! (`gazetteers/org_cues.tsv`: مطار, ملعب, جامعة, مستشفى …) followed by a person's name
//! (a list person, or a title and a name) and closing words of kind `suffix` (الدولي) make
//! one name: مطار الملك فهد الدولي is an airport, not the person فهد الدولي; جامعة الأمير
//! سلطان is a university. The overlap policy then prefers it, the longer, to the person
//! inside it. A competition, a prize, a road or a park named after a person (دوري عبداللطيف
//! جميل, جائزة الملك فيصل, طريق الملك فهد: `named_cues.tsv`) is no person either: cue and
//! name are one MISC name or one place. An institution's cue before a listed place (جامعة
//! نيجيريا, معهد موسكو للموسيقى) names the institution, not the place.

use crate::fasthash::{FastMap, FastSet};
use crate::lexicon::Item;
use crate::span::Span;
use crate::tokenize::is_word_char;
use crate::types::EntityType;

use super::candidate::{generated_key, priority, Candidate, Key};
use super::tokens::{flag, token_ending_at, TokenInfo};
use super::{cue_readings, Context};

/// Whether a cue of kind `kind` is token `i`, whole or after its proclitics (الدولي,
/// والرياضي).
pub(super) fn cue_at(cx: &Context<'_>, i: usize, kind: &str) -> bool {
    let t = cx.tokens.tokens()[i].span();
    let from = cx.hits.partition_point(|o| o.word_start() < t.start);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.word_start() == t.start)
        .any(|o| {
            o.span().end == t.end
                && matches!(o.item, Item::OrgCue(k) if cx.lexicon.org_cues[k as usize] == kind)
        })
}

/// The hits that start at byte `at` (hits are sorted by start).
fn hits_at<'c>(cx: &'c Context<'_>, at: usize) -> impl Iterator<Item = &'c crate::matcher::Hit> {
    let from = cx.hits.partition_point(|o| o.span().start < at);
    cx.hits[from..]
        .iter()
        .take_while(move |o| o.span().start == at)
}

/// Whether a hit is a list entry of type `t`.
fn entry_of(cx: &Context<'_>, o: &crate::matcher::Hit, t: EntityType) -> bool {
    matches!(o.item, Item::Entry(e) if cx.entries[e as usize].entity_type == t)
}

/// Whether token `i` may be a word of a name: letters, no digits, no flag of a word that is
/// never one, no conjunction in front, nor a preposition before a known word or ب before the
/// article (قاعة الأمير سلطان بالرياض, حديقة الملك فهد بالحي: where it is). A field after ل
/// is part of the name (جامعة الملك فهد للبترول).
fn name_word(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    let s = cx.tokens.tokens()[i].span();
    let w = &cx.text[s.start..s.end];
    info[i].flags & (flag::NOT_NAME | flag::CONJ_CLITIC | flag::PREP_CLITIC) == 0
        && !w.starts_with("بال")
        && w.chars().nth(1).is_some()
        && w.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
}

/// For every word a list person (no clitics) starts at, the last word of the longest one.
fn list_persons(cx: &Context<'_>, out: &[Candidate]) -> FastMap<usize, usize> {
    let mut at: FastMap<usize, usize> = FastMap::default();
    let persons = out.iter().filter(|c| {
        c.etype == EntityType::Person
            && matches!(c.key, Key::Entry(_))
            && c.clitics == Default::default()
    });
    for c in persons {
        let first = cx.tokens.token_at_or_after(c.word_start);
        if let Some(last) = token_ending_at(cx.tokens, c.span.end) {
            let e = at.entry(first).or_insert(last);
            *e = (*e).max(last);
        }
    }
    at
}

/// Adds a candidate for every place or institution named after a person.
pub(super) fn named_after_candidates(
    cx: &Context<'_>,
    info: &[TokenInfo],
    out: &mut Vec<Candidate>,
) {
    let toks = cx.tokens.tokens();
    let mut found = Vec::new();
    // The last word of the longest list person starting at each word, for the candidates
    // `out` held before this rule: built at the first cue, so that a long text costs one
    // pass over the candidates, not one per cue.
    let mut listed_at: Option<FastMap<usize, usize>> = None;
    for h in cx.hits {
        let Item::OrgCue(k) = h.item else { continue };
        let kind = cx.lexicon.org_cues[k as usize].as_str();
        let etype = match kind {
            "facility" => EntityType::Location,
            "other" | "organization" => EntityType::Organization,
            _ => continue,
        };
        let Some(cue) = token_ending_at(cx.tokens, h.span().end) else {
            continue;
        };
        if !cx.plain_gap(cue) {
            continue;
        }
        let first = cue + 1;
        // A place a list names (مدينة الشيخ زويد, مدينة السادات) is that entry.
        let listed_place =
            |at: usize| hits_at(cx, at).any(|o| entry_of(cx, o, EntityType::Location));
        if first >= toks.len() || listed_place(h.span().start) {
            continue;
        }
        if listed_place(toks[first].span().start) {
            // An institution named after a listed place (جامعة نيجيريا, معهد موسكو للموسيقى,
            // مؤسسة قطر): the cue without the article, the place, a field after لل and
            // closing words. A facility after a place (مطار دبي) stays the place.
            // Not after a list's own name that opens with the cue (معهد واشنطن), nor before
            // a place opened by a place word (مركز محافظة الأنبار: the governorate's seat).
            let listed_name = hits_at(cx, h.span().start).any(|o| matches!(o.item, Item::Entry(_)));
            if etype == EntityType::Organization
                && !h.clitics.article
                && !listed_name
                && !cue_at(cx, first, "place")
            {
                if let Some(c) = institution_after_place(cx, h, first) {
                    found.push(c);
                }
            }
            continue;
        }
        // A list person right after the cue, or a title and a name.
        let listed = listed_at
            .get_or_insert_with(|| list_persons(cx, out))
            .get(&first)
            .copied();
        let mut last = match listed {
            Some(last) => last,
            None => {
                let titled = info[first].flags & flag::TITLE != 0
                    && info[first].flags & flag::WEAK == 0
                    && cx.plain_gap(first);
                let n = first + 1;
                if !titled || n >= toks.len() || !name_word(cx, info, n) || cue_at(cx, n, "suffix")
                {
                    continue;
                }
                // A given name or a particle licenses the next word (الملك عبد الله).
                let mut e = n;
                while cx.plain_gap(e)
                    && info[e].flags & (flag::GIVEN | flag::PARTICLE) != 0
                    && name_word(cx, info, e + 1)
                    && !cue_at(cx, e + 1, "suffix")
                {
                    e += 1;
                }
                e
            }
        };
        while cx.plain_gap(last) && cue_at(cx, last + 1, "suffix") {
            last += 1;
        }
        let span = Span::new(h.span().start, toks[last].span().end);
        let name = &cx.text[span.start..span.end];
        found.push(Candidate {
            span,
            word_start: h.word_start(),
            clitics: h.clitics,
            etype,
            key: generated_key(etype, name),
            subtype: Some(
                if kind == "facility" {
                    "facility"
                } else {
                    "institution"
                }
                .into(),
            ),
            name: String::new(),
            priority: priority::ORG_HEAD,
            rule: "named-after",
        });
    }
    out.extend(found);
}

/// The word whose name comes after it (`named_cues.tsv`) that token `i` is, after a
/// conjunction and a preposition (بجائزة, ولكأس, وطريق): where it starts and the type of what
/// it names. Not after the article: للمسابقة is "the competition", whose name is not the one
/// after it.
fn named_cue_at(cx: &Context<'_>, i: usize) -> Option<(usize, EntityType)> {
    let cues = &cx.lexicon.named_cues;
    let w = cx.tok_text(i);
    let start = cx.tokens.tokens()[i].span().start;
    let (cue, &t) = cue_readings(w)
        .into_iter()
        .find_map(|c| cues.get(c).map(|t| (c, t)))?;
    // عن طريق فلان: "through so-and-so".
    if i > 0 && cx.plain_gap(i - 1) {
        let phrase = format!("{} {cue}", cx.tok_text(i - 1));
        if cx.lexicon.named_cue_exceptions.contains(&phrase) {
            return None;
        }
    }
    Some((start + w.len() - cue.len(), t))
}

/// دوري عبداللطيف جميل, جائزة الملك فيصل, طريق الملك عبدالعزيز: a person right after a word
/// whose name is a person's (`named_cues.tsv`), titles between them allowed, names the
/// competition, the prize, the road or the park: the words from the cue to the name's end are
/// one name of the cue's type (rule `named-cue`: MISC for a competition or a prize, a place
/// for a road or a park), which the person's candidates yield to; the surnames of people of
/// those names find nothing there.
pub(super) fn named_cue_names(cx: &Context<'_>, info: &[TokenInfo], cands: &mut [Candidate]) {
    if cx.lexicon.named_cues.is_empty() && cx.lexicon.place_event_cues.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    // The list names by span and type, built at the first cue: a listed name over the cue
    // and the person (جامعة الملك عبدالعزيز) keeps its id.
    let mut listed: Option<FastSet<(Span, EntityType)>> = None;
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.etype == EntityType::Location {
            if let Some(event) = event_at_place(cx, c) {
                cands[i] = event;
            }
            continue;
        }
        if c.etype != EntityType::Person {
            continue;
        }
        let first = cx.tokens.token_at_or_after(c.word_start);
        // A name with a clitic of its own (وعبداللطيف) does not follow the word directly.
        if first == 0 || first >= toks.len() || c.span.start != toks[first].span().start {
            continue;
        }
        let mut j = first;
        while j > 0 && first - j < 3 && cx.plain_gap(j - 1) && info[j - 1].flags & flag::TITLE != 0
        {
            j -= 1;
        }
        if j == 0 || !cx.plain_gap(j - 1) {
            continue;
        }
        let Some((start, etype)) = named_cue_at(cx, j - 1) else {
            continue;
        };
        let span = Span::new(start, c.span.end);
        let listed = listed.get_or_insert_with(|| {
            let entries = cands.iter().filter(|o| matches!(o.key, Key::Entry(_)));
            entries.map(|o| (o.span, o.etype)).collect()
        });
        if listed.contains(&(span, etype)) {
            continue; // the longer list name wins over the person
        }
        let name = &cx.text[span.start..span.end];
        cands[i] = Candidate {
            span,
            word_start: toks[j - 1].span().start,
            clitics: Default::default(),
            etype,
            key: generated_key(etype, name),
            subtype: Some(
                match etype {
                    EntityType::Misc => "event",
                    EntityType::Organization => "institution",
                    _ => "facility",
                }
                .to_string(),
            ),
            name: String::new(),
            priority: priority::CUED,
            rule: "named-cue",
        };
    }
}

/// The institution a cue of kind `other` names with the listed place at token `first` after
/// it: the place's longest list form, then a field written with لل (للموسيقى) and the
/// closing words of kind `suffix` (الدولي).
fn institution_after_place(
    cx: &Context<'_>,
    h: &crate::matcher::Hit,
    first: usize,
) -> Option<Candidate> {
    let toks = cx.tokens.tokens();
    let place_end = hits_at(cx, toks[first].span().start)
        .filter(|o| entry_of(cx, o, EntityType::Location))
        .map(|o| o.span().end)
        .max()?;
    let mut last = token_ending_at(cx.tokens, place_end)?;
    if cx.plain_gap(last) && cx.tok_text(last + 1).starts_with("لل") {
        last += 1;
    }
    while cx.plain_gap(last) && cue_at(cx, last + 1, "suffix") {
        last += 1;
    }
    let span = Span::new(h.span().start, toks[last].span().end);
    let name = &cx.text[span.start..span.end];
    Some(Candidate {
        span,
        word_start: h.word_start(),
        clitics: h.clitics,
        etype: EntityType::Organization,
        key: generated_key(EntityType::Organization, name),
        subtype: Some("institution".into()),
        name: String::new(),
        priority: priority::ORG_HEAD,
        rule: "named-after",
    })
}

/// A listed place right after a word that names an event with it (كأس آسيا, أولمبياد لندن
/// 2012, بطولة فرنسا المفتوحة: `named_cues.tsv` kinds `event` and `event-place`) is the
/// event's name, a MISC name from the word to the place and a year after it: no place of its
/// own.
fn event_at_place(cx: &Context<'_>, c: &Candidate) -> Option<Candidate> {
    let toks = cx.tokens.tokens();
    if !matches!(c.key, Key::Entry(_)) {
        return None;
    }
    let first = cx.tokens.token_at_or_after(c.word_start);
    if first == 0 || first >= toks.len() || c.span.start != toks[first].span().start {
        return None;
    }
    let cue = first - 1;
    if !cx.plain_gap(cue) {
        return None;
    }
    let w = cx.tok_text(cue);
    let reading = cue_readings(w).into_iter().find(|r| {
        cx.lexicon.place_event_cues.contains(*r)
            || cx.lexicon.named_cues.get(*r) == Some(&EntityType::Misc)
    })?;
    let start = toks[cue].span().start + w.len() - reading.len();
    let mut last = token_ending_at(cx.tokens, c.span.end)?;
    let year = |i: usize| {
        let y = cx.tok_text(i);
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
    };
    if cx.plain_gap(last) && year(last + 1) {
        last += 1;
    }
    let span = Span::new(start, toks[last].span().end);
    let name = &cx.text[span.start..span.end];
    Some(Candidate {
        span,
        word_start: toks[cue].span().start,
        clitics: Default::default(),
        etype: EntityType::Misc,
        key: generated_key(EntityType::Misc, name),
        subtype: Some("event".into()),
        name: String::new(),
        priority: priority::CUED,
        rule: "named-cue",
    })
}

//! Candidates from gazetteer hits.

use crate::clitic::Proclitics;
use crate::lexicon::{Item, TitleKind};
use crate::matcher::Hit;
use crate::span::Span;
use crate::types::EntityType;

use super::candidate::Candidate;
use super::Context;

/// What becomes of a list match that opens with a descriptor or closes with a nationality
/// adjective.
enum Shape {
    /// The match is the mention.
    Keep,
    /// The entry also names the rest on its own: that hit gives the mention.
    Drop,
    /// The rest is a name on its own (a form of some list): the mention is the rest, with this
    /// entry's id, since the descriptor or adjective said which entity it is.
    Trim(Span),
}

/// Whether a hit of an entry that `accept` takes spans exactly `start..end`.
fn entry_hit(cx: &Context<'_>, start: usize, end: usize, accept: impl Fn(u32) -> bool) -> bool {
    let from = cx.hits.partition_point(|o| o.span().start < start);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.span().start == start)
        .any(|o| o.span().end == end && matches!(o.item, Item::Entry(f) if accept(f)))
}

/// Whether entries `f` and `e` are one entity.
fn same_entity(cx: &Context<'_>, f: u32, e: u32) -> bool {
    cx.canonical[f as usize] == cx.canonical[e as usize]
}

/// A list match that opens with a descriptor (صحيفة, وكالة, حركة, شركة, فريق, دولة, إقليم …,
/// the cue kinds of `org_cues.tsv` but `other`): حركة حماس → حماس (the entry names it
/// without), فريق برشلونة → برشلونة with the club's id (the rest is a name of its own). Names
/// the descriptor belongs to (حزب الله, منظمة شنغهاي للتعاون) have no such rest and keep it.
fn descriptor_before_name(cx: &Context<'_>, h: &Hit, e: u32) -> Shape {
    let from = cx.hits.partition_point(|o| o.span().start < h.span().start);
    let cue = cx.hits[from..]
        .iter()
        .take_while(|o| o.span().start == h.span().start)
        .filter_map(|o| match o.item {
            Item::OrgCue(k)
                if !matches!(cx.lexicon.org_cues[k as usize].as_str(), "other" | "suffix") =>
            {
                Some((o.span().end, cx.lexicon.org_cues[k as usize].as_str()))
            }
            _ => None,
        })
        .max_by_key(|&(end, _)| end);
    let Some((cue_end, kind)) = cue else {
        return Shape::Keep;
    };
    let rest = cue_end + cx.text[cue_end..].len() - cx.text[cue_end..].trim_start().len();
    if rest >= h.span().end || rest == cue_end {
        return Shape::Keep;
    }
    // A team goes by its city (فريق برشلونة → برشلونة) and a paper by its title (صحيفة الشرق
    // الأوسط → الشرق الأوسط), but a company named after a place keeps its descriptor: بنك
    // الرياض, مصرف لبنان, بنك إنجلترا are never الرياض, لبنان, إنجلترا.
    let entry = &cx.entries[e as usize];
    let etype = entry.entity_type;
    // منظمة goes only before an organization's own name (منظمة أوبك → أوبك; the derived
    // lists of a corpus may hold the whole as an entry of its own): منظمة الصحة العالمية
    // keeps it, and so does a name with a later word that opens with ل, most often a
    // genitive that hangs on the word (منظمة شنغهاي للتعاون: شنغهاي للتعاون is a short form,
    // not the name); a place there (لبنان) errs towards keeping the word too.
    let genitive = || {
        cx.text[rest..h.span().end]
            .split(' ')
            .skip(1)
            .any(|w| w.starts_with('ل'))
    };
    if kind == "organization" {
        if !genitive()
            && entry_hit(cx, rest, h.span().end, |f| {
                cx.entries[f as usize].entity_type == EntityType::Organization
            })
        {
            Shape::Drop
        } else {
            Shape::Keep
        }
    } else if entry_hit(cx, rest, h.span().end, |f| same_entity(cx, f, e)) {
        Shape::Drop
    } else if let Some(end) = name_after_descriptor(cx, e, rest, h.span().end) {
        // تنظيم القاعدة → القاعدة: a name news writes alone too (`descriptor_names.tsv`).
        Shape::Trim(Span::new(rest, end))
    } else if etype == EntityType::Organization
        && titled_kind(
            cx,
            kind,
            &cx.text[h.span().start..cue_end],
            entry.subtype.as_deref(),
        )
        && !nisba_alone(cx, rest, h.span().end)
    {
        // A club's or a publication's form after its own word (نادي الهلال, صحيفة الوئام):
        // the rest is the club's or the paper's name by itself, though alone it may be an
        // everyday word the lists give only with the word.
        Shape::Trim(Span::new(rest, h.span().end))
    } else if entry_hit(cx, rest, h.span().end, |f| {
        kind != "company" || cx.entries[f as usize].entity_type == etype
    }) || kind == "company"
        && etype == EntityType::Organization
        && proper_word(cx, rest, h)
        && !entry_hit(cx, rest, h.span().end, |_| true)
    {
        // A company the lists write only with its cue, because its name alone is an everyday
        // word (شركة آبل: آبل is also إبل, camels; شركة نيسان, the month), is still named
        // without the descriptor, as the contract keeps descriptors out of mentions.
        Shape::Trim(Span::new(rest, h.span().end))
    } else {
        Shape::Keep
    }
}

/// Where the name of entry `e` that `descriptor_names.tsv` gives ends, when `rest..end`
/// is that name, alone or with a nationality adjective after it (حزب العدالة والتنمية
/// التركي: the adjective is no mention).
fn name_after_descriptor(cx: &Context<'_>, e: u32, rest: usize, end: usize) -> Option<usize> {
    let names = cx.short_names.after_descriptor(cx.canonical[e as usize]);
    let text = &cx.text[rest..end];
    names.iter().find_map(|n| {
        if text == n {
            Some(end)
        } else {
            let name_end = rest + n.len();
            (text.starts_with(n.as_str())
                && text[n.len()..].starts_with(' ')
                && nisba_alone(cx, name_end + 1, end))
            .then_some(name_end)
        }
    })
}

/// Whether the word of kind `kind` (`org_cues.tsv`) before an organization of subtype
/// `subtype` is what that organization is, so that what follows it is its name: a club's
/// word before a club, a publication's before a publication.
/// `word` is the cue as the text has it, normalized: a press word is of kind `media`, but
/// not every media word is one (وكالة الأنباء الفرنسية is no الفرنسية).
fn titled_kind(cx: &Context<'_>, kind: &str, word: &str, subtype: Option<&str>) -> bool {
    match subtype {
        Some("sports") => kind == "sports",
        Some("media") => cx.lexicon.press.contains_key(word),
        _ => false,
    }
}

/// Whether `start..end` is one nationality adjective and nothing else (الفرنسي of ليون
/// الفرنسي; صحيفة الأمريكية would leave only the adjective).
fn nisba_alone(cx: &Context<'_>, start: usize, end: usize) -> bool {
    let from = cx.hits.partition_point(|o| o.span().start < start);
    cx.hits[from..]
        .iter()
        .take_while(|o| o.span().start == start)
        .any(|o| o.span().end == end && matches!(o.item, Item::Nisba(_)))
}

/// Whether the hit `h` ends in one word from `rest` on, without the article: a proper name
/// after a company's cue word (شركة آبل), not a description (شركة الاتصالات). A place's name
/// there is no company's alone (بنك إنجلترا), which the caller asks of the lists.
fn proper_word(cx: &Context<'_>, rest: usize, h: &Hit) -> bool {
    let name = &cx.text[rest..h.span().end];
    !name.contains(' ') && !name.starts_with("ال")
}

/// A list match that closes with a nationality adjective (حزب الله اللبناني, ليون الفرنسي):
/// the adjective carries the affiliation, not the mention (the output contract: nationality
/// adjectives are not mentions). The entry's own shorter form gives the mention, or the rest
/// with this entry's id when the rest is a name of its own. A generic head with its adjective
/// (الجيش الإسرائيلي) is one name and stays whole.
fn nisba_after_name(cx: &Context<'_>, h: &Hit, e: u32) -> Shape {
    // A place's own forms that close with an adjective are its official name (الولايات
    // المتحدة الأمريكية, المملكة العربية السعودية): the outermost name is the mention.
    if cx.entries[e as usize].entity_type == EntityType::Location {
        return Shape::Keep;
    }
    let toks = cx.tokens.tokens();
    let last = toks.partition_point(|t| t.span().end < h.span().end);
    if last == 0 || last >= toks.len() || toks[last].span().end != h.span().end {
        return Shape::Keep;
    }
    let nisba = toks[last].span();
    let is_nisba = nisba_alone(cx, nisba.start, nisba.end);
    let name_end = toks[last - 1].span().end;
    if !is_nisba || name_end <= h.span().start {
        return Shape::Keep;
    }
    let head = cx.hits[cx.hits.partition_point(|o| o.span().start < h.span().start)..]
        .iter()
        .take_while(|o| o.span().start == h.span().start)
        .any(|o| o.span().end == name_end && matches!(o.item, Item::OrgHead(_)));
    // A sports club's form with its adjective stays whole through the overlap policy (إنتر
    // ميلان الإيطالي over ميلان الإيطالي, another club's form inside it); the adjective
    // goes after it, as for every club (`adjectives.rs`).
    let club = cx.entries[e as usize].subtype.as_deref() == Some("sports");
    if head {
        Shape::Keep
    } else if entry_hit(cx, h.span().start, name_end, |f| same_entity(cx, f, e)) {
        if club {
            Shape::Keep
        } else {
            Shape::Drop
        }
    } else if entry_hit(cx, h.span().start, name_end, |_| true) {
        Shape::Trim(Span::new(h.span().start, name_end))
    } else {
        Shape::Keep
    }
}

/// A person's list form that opens with a title (الملك سلمان, البابا فرنسيس: the title says
/// which person a short name is): the mention is the name after the title, with this entry's
/// id, as the output contract keeps titles out of person mentions.
fn title_before_person(cx: &Context<'_>, h: &Hit, e: u32) -> Shape {
    if cx.entries[e as usize].entity_type != EntityType::Person {
        return Shape::Keep;
    }
    let from = cx.hits.partition_point(|o| o.span().start < h.span().start);
    let title_end = cx.hits[from..]
        .iter()
        .take_while(|o| o.span().start == h.span().start)
        .filter(|o| matches!(o.item, Item::Title(TitleKind::Title)) && o.span().end < h.span().end)
        .map(|o| o.span().end)
        .max();
    match title_end {
        Some(end) => {
            let rest = end + cx.text[end..].len() - cx.text[end..].trim_start().len();
            if rest < h.span().end && rest > end {
                Shape::Trim(Span::new(rest, h.span().end))
            } else {
                Shape::Keep
            }
        }
        None => Shape::Keep,
    }
}

pub(super) fn gazetteer_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for h in cx.hits {
        if let Item::Entry(e) = h.item {
            if let Shape::Trim(s) = title_before_person(cx, h, e) {
                out.push(Candidate::of_entry(
                    cx,
                    e,
                    s,
                    s.start,
                    Proclitics::default(),
                ));
                continue;
            }
            let (span, word_start, clitics) =
                match (descriptor_before_name(cx, h, e), nisba_after_name(cx, h, e)) {
                    (Shape::Drop, _) | (_, Shape::Drop) => continue,
                    // صحيفة النهار اللبنانية → النهار: neither the word nor the adjective.
                    (Shape::Trim(s), Shape::Trim(n)) if n.end > s.start => (
                        Span::new(s.start, s.end.min(n.end)),
                        s.start,
                        Proclitics::default(),
                    ),
                    (Shape::Trim(s), _) => (s, s.start, Proclitics::default()),
                    (_, Shape::Trim(s)) => (s, h.word_start(), h.clitics),
                    (Shape::Keep, Shape::Keep) => (h.span(), h.word_start(), h.clitics),
                };
            out.push(Candidate::of_entry(cx, e, span, word_start, clitics));
        }
    }
}

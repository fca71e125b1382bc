//! Person rules for names no list holds: a title or role before a name, a given name before
//! a surname, a name in apposition before a role.

use crate::clitic::Proclitics;
use crate::span::Span;
use crate::tokenize::is_word_char;
use crate::types::EntityType;

use super::candidate::{generated_key, priority, Candidate};
use super::tokens::{flag, TokenInfo};
use super::Context;

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
        && (!w.starts_with('و') || info[i].flags & flag::GIVEN != 0 && bare_given(cx, info, i))
}

/// Whether a word carries a clitic in front of its article (بالأمس, للقاء, والسلام).
fn clitic_before_article(word: &str) -> bool {
    has_article(word) && !word.starts_with("ال")
}

/// Whether token `i` starts with و and is not itself a known given name (وليد): a word
/// that opens with a conjunction continues no name.
fn conjunction_first(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    cx.tok_text(i).starts_with('و') && !bare_given(cx, info, i)
}

/// Whether token `i` is a known given name with nothing in front (نواف, وليد; not لخضير).
fn bare_given(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    let start = cx.tokens.tokens()[i].span().start;
    info[i].given(start).is_some_and(|(at, _)| at == start)
}

/// Whether token `i` could be part of a person's name.
fn name_like(cx: &Context<'_>, info: &[TokenInfo], covered: &[bool], i: usize) -> bool {
    let t = cx.tok_text(i);
    info[i].flags & flag::NOT_NAME == 0
        // A word written with a tanween is an adverb or an accusative (شاكراً): only fully
        // vowelled text writes one on a name (محمداً).
        && info[i].flags & flag::TANWEEN == 0
        // Nor is a word in Latin letters part of a name written in Arabic (محمد Next).
        && !t.bytes().all(|b| b.is_ascii_alphabetic())
        && !covered[i]
        && t.chars().nth(1).is_some()
        && t.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
}

/// Whether token `i` is a rare word that is never a name's (no title, trigger or stop word), with no proclitic
/// in front of an everyday word (بسياسة, لموضوع): a word of a name no list holds.
pub(super) fn rare_name_word(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    let w = cx.tok_text(i);
    info[i].flags & flag::NOT_NAME == 0
        && crate::clitic::chain_ends(w).all(|e| cx.rare_word(&w[e..]))
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
        // A word with و in front continues no name, unless it is a given name itself
        // (وليد): اندرسون وسكنت is a name and a verb.
        && !conjunction_first(cx, info, last + 1)
        // Nor does a word with a clitic before its article (بالأمس, للقاء).
        && !clitic_before_article(cx.tok_text(last + 1))
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
        .given(t[first].span().start)
        .unwrap_or((t[first].span().start, Proclitics::default()));
    let span = Span::new(start, t[last].span().end);
    let name = &cx.text[span.start..span.end];
    Candidate {
        span,
        word_start: t[first].span().start,
        clitics,
        etype: EntityType::Person,
        key: generated_key(EntityType::Person, name),
        subtype: None,
        name: String::new(),
        priority: priority::PERSON_RULE,
        rule,
    }
}

/// A title or role before an unknown name (اللواء …, وزير الدفاع الروسي …), and a given
/// name followed by a surname (محمد …).
pub(super) fn person_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    let mut covered = vec![false; toks.len()];
    // Which non-person candidate covers a token: a role phrase crosses punctuation only
    // inside one name (للقوات المسلحة …), never between two.
    let mut covered_by = vec![u32::MAX; toks.len()];
    let mut starts_person = vec![false; toks.len()];
    for (ci, c) in out.iter().enumerate() {
        for i in cx.tokens.tokens_within(c.word_start, c.span.end) {
            let t = &toks[i];
            if c.etype == EntityType::Person {
                starts_person[i] |= t.span().start <= c.span.start;
            } else {
                covered[i] = true;
                covered_by[i] = covered_by[i].min(ci as u32);
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
                if n >= toks.len() || toks[n].sentence() != toks[i].sentence() {
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
                && toks[n].sentence() == toks[i].sentence()
                && (cx.plain_gap(j) || inside_one(j));
            // A first name carries no article, with or without a clitic before it
            // (الرئيس الشكر, رئيس لشؤون القوى are not names).
            let article = n < toks.len() && !opens_name(cx, info, n);
            if adjacent && !starts_person[n] && !article && name_like(cx, info, &covered, n) {
                let last = name_extent(cx, info, &covered, n, 3);
                // After a bare role (وزير الدفاع …) only a known given name opens a name, or
                // two or three rare words after a role that ends in a nisba (وزير الخارجية
                // الفنلندي يوها لاهتينن): the everyday words that follow such a phrase (a
                // verb, a time, a noun) are frequent ones. A given name inside the run opens
                // the name instead (مدير مجمع الأحساء مول نواف العتيبي).
                // A phrase that ends in an organization's or a place's name (رئيس جامعة
                // هيروشيما ميتسوو أوتشي) counts as one that ends in a nisba. Only after
                // these and without a given name are the rare words counted (each a table
                // lookup).
                let after_name = info[j].flags & flag::NISBA == 0 && covered[j];
                let rare_run = (j > i
                    && (info[j].flags & flag::NISBA != 0 || after_name)
                    && info[n].flags & flag::GIVEN == 0)
                    .then(|| {
                        let mut k = n;
                        while k < n + 3
                            && k < toks.len()
                            && rare_name_word(cx, info, k)
                            && !covered[k]
                            && if k == n {
                                // After a name, a headline's verb (محافظ جدة يرعى …)
                                // opens no name.
                                !after_name || !cx.tok_text(k).starts_with('ي')
                            } else {
                                cx.plain_gap(k - 1)
                                    && name_like(cx, info, &covered, k)
                                    && info[k].flags & flag::CONJ_CLITIC == 0
                                    && !conjunction_first(cx, info, k)
                                    && !bare_given(cx, info, k)
                            }
                        {
                            k += 1;
                        }
                        k - n
                    })
                    .filter(|&run| run >= 2);
                let nisba_pair = rare_run.is_some();
                let last = rare_run.map_or(last, |run| n + run - 1);
                if (titled || nisba_pair || info[n].flags & flag::GIVEN != 0)
                    && is_name(info, n, last)
                {
                    found.push(person(
                        cx,
                        info,
                        n,
                        last,
                        if titled {
                            "person.title"
                        } else if nisba_pair {
                            "person.role-nisba"
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
        if f & flag::GIVEN != 0 && f & flag::TANWEEN == 0 && !starts_person[i] && !covered[i] {
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
        if !role_start || toks[r - 1].sentence() != toks[r].sentence() {
            continue;
        }
        let gap = &cx.text[toks[r - 1].span().end..toks[r].span().start];
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
            // A word that opens with a conjunction (وصرح) stands before a name, not in it.
            && !conjunction_first(cx, info, first - 1)
            && info[first].flags & flag::CONJ_CLITIC == 0
        {
            first -= 1;
        }
        // The name must start after a word that is not a name, and be a name by itself.
        let bounded = first == 0
            || !ok(first - 1)
            || !cx.plain_gap(first - 1)
            || conjunction_first(cx, info, first - 1);
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

//! Organization rules: generic heads with nationality adjectives, heads with a genitive
//! organization, quoted names after cue words, companies no list holds after their cue word.

use crate::clitic::Proclitics;
use crate::fasthash::{hash_word, FastMap, FastSet};
use crate::lexicon::{Gender, Item};
use crate::span::Span;
use crate::tokenize::{is_quote, is_word_char};
use crate::types::EntityType;

use super::candidate::{generated_key, name_of, priority, Candidate, Key};
use super::named_after::cue_at;
use super::tokens::{flag, token_ending_at, TokenInfo};
use super::Context;

fn agrees(head: Gender, adjective: Gender) -> bool {
    match head {
        Gender::Masc => adjective == Gender::Masc,
        Gender::Fem => adjective == Gender::Fem,
        Gender::Plural => matches!(adjective, Gender::Plural | Gender::Fem),
    }
}

/// Whether an elliptic head (الخارجية) stands for its noun: the word before it is none it
/// could describe (السياسة الخارجية, للشؤون الخارجية, سياستها الخارجية) and no title, role
/// or head (وزيرة الخارجية الأمريكية is a minister of a country's; وزارة الخارجية is one
/// head), but for the باسم of a spokesman (المتحدث باسم الخارجية الأمريكية).
fn stands_for_its_noun(cx: &Context<'_>, info: &[TokenInfo], h: &crate::matcher::Hit) -> bool {
    let i = cx.tokens.token_at_or_after(h.word_start());
    if i == 0 || !cx.plain_gap(i - 1) {
        return true;
    }
    let before = cx.tok_text(i - 1);
    // The article after at most two clitic letters, or elided after ل (للشؤون, وللسياسة).
    let bare = before.strip_prefix(['و', 'ف']).unwrap_or(before);
    let definite = before.find("ال").is_some_and(|p| p <= 2)
        || bare.starts_with("لل")
        || ["ها", "هم", "هما"].iter().any(|s| before.ends_with(s)) && before.chars().count() > 4;
    // A role that ends in باسم (المتحدث باسم) speaks for what follows it, as any word would.
    let office = info[i - 1].flags & (flag::TITLE | flag::ROLE | flag::ORG_HEAD | flag::CUE) != 0
        && before != "باسم";
    !definite && !office
}

/// Generic heads: وزارة الخارجية [الروسية], القوات المسلحة الإيرانية, هيئة الأركان.
pub(super) fn org_head_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    for h in cx.hits {
        let Item::OrgHead(k) = h.item else { continue };
        let head = &cx.lexicon.org_heads[k as usize];
        let Some(last) = token_ending_at(cx.tokens, h.span().end) else {
            continue;
        };
        if head.elliptic && !stands_for_its_noun(cx, info, h) {
            continue;
        }
        let nisba = cx
            .plain_gap(last)
            .then(|| info[last + 1].nisba())
            .flatten()
            .filter(|&n| agrees(head.gender, cx.lexicon.nisbas[n as usize].gender));
        let (span, id, name) = match nisba {
            Some(n) => {
                let country = &cx.lexicon.nisbas[n as usize].country;
                // An adjective of two words (الكوري الشمالي) is one hit: each word has it.
                let mut a = last + 1;
                while cx.plain_gap(a) && info[a + 1].nisba() == Some(n) {
                    a += 1;
                }
                let end = cx.tokens.tokens()[a].span().end;
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
                    name: format!("{} of {}", name_of(cx, a), name_of(cx, b)),
                    priority: priority::ORG_HEAD,
                    rule: "org-head.genitive",
                });
            }
        }
    }
    out.extend(extra);
}

/// The club word: a place's name right after it is a club's (نادي الخليج, نادي جدة), unlike
/// after فريق (a team of any kind) or منتخب (a country's team, which stays the country).
const CLUB: &str = "نادي";

/// Whether token `i` names a club's field (الأدبي, الثقافي, التطوعي: the `suffix` cues of
/// `org_cues.tsv`), with only spaces before it.
fn field_word(cx: &Context<'_>, i: usize) -> bool {
    i > 0 && cx.plain_gap(i - 1) && cue_at(cx, i, "suffix")
}

/// نادي الخليج: the place list's name that starts at byte `at`, right after the club word, is
/// a club: the club whose short name it is, or an organization of that name. It wins over the
/// place at the same span, as a quoted name after its cue does.
fn club_after_cue(cx: &Context<'_>, cue_start: usize, at: usize, out: &mut Vec<Candidate>) {
    let Some(place) = out.iter().position(|c| {
        c.span.start == at
            && c.word_start == at
            && c.etype == EntityType::Location
            && matches!(c.key, Key::Entry(_))
    }) else {
        return;
    };
    let mut span = out[place].span;
    // An adjective that names the club's field (نادي جدة الأدبي, نادي الجبيل التطوعي) makes the
    // whole phrase its name, cue word and all: the place alone is no name of that club.
    let toks = cx.tokens.tokens();
    let mut next = cx.tokens.token_at_or_after(span.end);
    let mut field = None;
    while next < toks.len() && field_word(cx, next) {
        field = Some(toks[next].span().end);
        next += 1;
    }
    if let Some(end) = field {
        span = Span::new(cue_start, end);
    }
    let name = cx.text[span.start..span.end].to_string();
    let club = if field.is_some() {
        None
    } else {
        cx.short_names.club(&name)
    };
    let candidate = match club {
        Some(club) => {
            let mut c = Candidate::of_entry(cx, club, span, at, Proclitics::default());
            c.priority = priority::CUED;
            c.rule = "club-cue";
            c
        }
        None => Candidate {
            span,
            word_start: span.start,
            clitics: Proclitics::default(),
            etype: EntityType::Organization,
            key: generated_key(EntityType::Organization, &name),
            subtype: Some(if field.is_some() { "other" } else { "sports" }.to_string()),
            name: String::new(),
            priority: priority::CUED,
            rule: "club-cue",
        },
    };
    out.push(candidate);
}

/// The most words a company's name no list holds may have after its cue word.
const COMPANY_NAME_WORDS: usize = 3;

/// شركة باريك غولد الكندية, مجموعة أورانو الفرنسية: after a company's cue word (kind
/// `company` of `org_cues.tsv`: شركة, مجموعة, مصرف, بنك, in the construct: no article), one
/// to three rare words (in no list's words but a list name's, rare in the tagger's cluster
/// corpus, no article, no proclitic before an everyday word) that a nationality adjective
/// with the article closes are a company's name: the adjective that agrees with a name says
/// it is one (شركة ناشئة سعودية has none). A list organization of that span keeps its id;
/// another list reading of it (a person's name: فورد) loses to the cue.
pub(super) fn company_after_cue(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    for h in cx.hits {
        let Item::OrgCue(k) = h.item else { continue };
        if cx.lexicon.org_cues[k as usize] != "company" {
            continue;
        }
        let Some(cue) = token_ending_at(cx.tokens, h.span().end) else {
            continue;
        };
        let sentence = toks[cue].sentence();
        let mut last = cue;
        while last + 1 < toks.len()
            && last - cue < COMPANY_NAME_WORDS
            && cx.plain_gap(last)
            && toks[last + 1].sentence() == sentence
            && company_word(cx, info, last + 1)
            // A later word between a proclitic's letter and a pronoun's is a noun with
            // both (شركة سوني بفرعها الياباني: "with its branch"), not a name's.
            && (last == cue || !clitic_and_pronoun(cx.tok_text(last + 1)))
        {
            last += 1;
        }
        let closes = last + 1;
        if last == cue
            || closes >= toks.len()
            || !cx.plain_gap(last)
            || info[closes].nisba().is_none()
            || !cx.tok_text(closes).starts_with("ال")
        {
            continue;
        }
        let span = Span::new(toks[cue + 1].span().start, toks[last].span().end);
        if let Some(c) = out.iter_mut().find(|c| {
            c.span == span && c.etype == EntityType::Organization && matches!(c.key, Key::Entry(_))
        }) {
            c.priority = priority::CUED;
            continue;
        }
        let name = &cx.text[span.start..span.end];
        out.push(Candidate {
            span,
            word_start: span.start,
            clitics: Proclitics::default(),
            etype: EntityType::Organization,
            key: generated_key(EntityType::Organization, name),
            subtype: Some("company".to_string()),
            name: String::new(),
            priority: priority::CUED,
            rule: "org.company-cue",
        });
    }
}

/// The most words of a company's own name before its field (شركة كامارجو كوريا للإنشاءات).
const FIELD_NAME_WORDS: usize = 3;

/// The most adjectives after a company's field (للتطوير العقاري, للاستثمارات المالية
/// المحدودة).
const FIELD_ADJECTIVES: usize = 2;

/// شركة النيل للتطوير العقاري, مجموعة الفطيم للسيارات: after a company's cue word (`company`
/// in `org_cues.tsv`), a name of one to three words, then ل with the article before what the
/// company does (`field` in `org_bodies.tsv`) and that field's adjectives, are one name, the
/// cue word left out as the contract asks. The name's words are a list's name of one word,
/// words no list holds and seldom seen (كامارجو), a first word with the article (النخيل,
/// الراجحي, التعاونية: the field says it is a name) or an adjective of scope after the first (بوبا العربية, أجاد
/// المتحدة), not a nationality adjective: شركة إيني الإيطالية للنفط describes the company
/// (the Italian oil company Eni). ل before anything but a field is about something else
/// (شركة تويتر للحصول على, الشركة المنفذة للمشروع). A listed company's name with a field
/// right after it is one name too (سامسونغ للإلكترونيات).
pub(super) fn company_field_candidates(
    cx: &Context<'_>,
    info: &[TokenInfo],
    out: &mut Vec<Candidate>,
) {
    let fields = &cx.lexicon.company_fields;
    if fields.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    // The words of the field that opens at token `i` (للتطوير, للخدمات اللوجستية).
    let field_words = |i: usize| -> Option<usize> {
        let rest = cx.tok_text(i).strip_prefix("لل")?;
        let one = format!("ال{rest}");
        let two = (i + 1 < toks.len() && cx.plain_gap(i))
            .then(|| format!("{one} {}", cx.tok_text(i + 1)))
            .filter(|w| fields.contains(w));
        match two {
            Some(_) => Some(2),
            None => fields.contains(&one).then_some(1),
        }
    };
    // Whether a list's name ends with token `i` and starts with it or at the cue `cue`
    // (الفطيم of the listed مجموعة الفطيم).
    let listed = |i: usize, cue: usize| {
        [toks[i].span().start, toks[cue].span().start]
            .into_iter()
            .any(|start| {
                let from = cx.hits.partition_point(|o| o.span().start < start);
                cx.hits[from..]
                    .iter()
                    .take_while(|o| o.span().start == start)
                    .any(|o| o.span().end == toks[i].span().end && matches!(o.item, Item::Entry(_)))
            })
    };
    let name_word = |i: usize, cue: usize| {
        let w = cx.tok_text(i);
        let first = i == cue + 1;
        // A nationality adjective after the name describes the company (شركة إيني الإيطالية
        // للنفط: the Italian oil company), also where a list's form holds it.
        if !first && info[i].flags & flag::NISBA != 0 {
            return false;
        }
        listed(i, cue)
            || company_word(cx, info, i)
            || first && w.starts_with("ال") && info[i].flags & (flag::NOT_NAME | flag::NISBA) == 0
            || !first && cx.lexicon.body_scopes.contains(w)
    };
    for h in cx.hits {
        // After a company's cue word, the name's words up to the field; after a listed
        // company's name with no cue (سامسونغ للإلكترونيات), the field right after it.
        let (start, word_start, clitics, field) = match h.item {
            Item::OrgCue(k) if cx.lexicon.org_cues[k as usize] == "company" => {
                let Some(cue) = token_ending_at(cx.tokens, h.span().end) else {
                    continue;
                };
                let mut at = cue + 1;
                let mut field = None;
                while at < toks.len() && at - cue <= FIELD_NAME_WORDS + 1 && cx.plain_gap(at - 1) {
                    if at > cue + 1 {
                        if let Some(n) = field_words(at) {
                            field = Some((at, n));
                            break;
                        }
                    }
                    if at - cue > FIELD_NAME_WORDS || !name_word(at, cue) {
                        break;
                    }
                    at += 1;
                }
                // A bank's word stays (مصرف الإمارات للتنمية); شركة and مجموعة go.
                if cx
                    .lexicon
                    .bank_words
                    .contains(&cx.text[h.span().start..h.span().end])
                {
                    (h.span().start, h.word_start(), h.clitics, field)
                } else {
                    let start = toks.get(cue + 1).map_or(h.span().end, |t| t.span().start);
                    (start, start, Proclitics::default(), field)
                }
            }
            Item::Entry(e) if cx.entries[e as usize].subtype.as_deref() == Some("company") => {
                // A listed form that opens with a cue word is the cue's (شركة فورد).
                let from = cx.hits.partition_point(|o| o.span().start < h.span().start);
                let cued = cx.hits[from..]
                    .iter()
                    .take_while(|o| o.span().start == h.span().start)
                    .any(|o| matches!(o.item, Item::OrgCue(_)));
                // Nor is a form that closes with a nationality adjective (إيني الإيطالية).
                let Some(last) = token_ending_at(cx.tokens, h.span().end)
                    .filter(|&last| !cued && info[last].flags & flag::NISBA == 0)
                else {
                    continue;
                };
                if last + 1 >= toks.len() || !cx.plain_gap(last) {
                    continue;
                }
                let field = field_words(last + 1).map(|n| (last + 1, n));
                (h.span().start, h.word_start(), h.clitics, field)
            }
            _ => continue,
        };
        let Some((at, n)) = field else { continue };
        let mut last = at + n - 1;
        // A second field after و (للاستثمار والسياحة).
        if last + 1 < toks.len() && cx.plain_gap(last) {
            let w = cx.tok_text(last + 1);
            if w.strip_prefix('و').is_some_and(|f| fields.contains(f)) {
                last += 1;
            }
        }
        let mut adjectives = 0;
        while adjectives < FIELD_ADJECTIVES
            && last + 1 < toks.len()
            && cx.plain_gap(last)
            && info[last + 1].nisba().is_none()
            && {
                // A relative adjective (العقاري), a scope (العامة, القابضة) or a feminine
                // participle (المتقدمة, المتكاملة).
                let w = cx.tok_text(last + 1);
                adjective_shaped(w)
                    || cx.lexicon.body_scopes.contains(w)
                    || w.starts_with("الم") && w.ends_with('ه') && w.chars().count() > 5
            }
        {
            last += 1;
            adjectives += 1;
        }
        let span = Span::new(start, toks[last].span().end);
        if out
            .iter()
            .any(|c| c.span == span && c.etype == EntityType::Organization)
        {
            continue;
        }
        let name = &cx.text[span.start..span.end];
        out.push(Candidate {
            span,
            word_start,
            clitics,
            etype: EntityType::Organization,
            key: generated_key(EntityType::Organization, name),
            subtype: Some("company".to_string()),
            name: String::new(),
            priority: priority::CUED,
            rule: "org.company-field",
        });
    }
}

/// Whether `w` opens with a proclitic's letter and closes with a possessive pronoun of the
/// third person (بفرعها, وشركائهم).
fn clitic_and_pronoun(w: &str) -> bool {
    w.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
        && ["ها", "هم", "هما", "هن"].iter().any(|p| w.ends_with(p))
}

/// Whether token `i` may be a word of a company's name no list holds (باريك, غولد, روتم).
fn company_word(cx: &Context<'_>, info: &[TokenInfo], i: usize) -> bool {
    let w = cx.tok_text(i);
    info[i].flags & flag::TANWEEN == 0
        && !w.starts_with("ال")
        && w.chars().nth(1).is_some()
        && w.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
        && super::persons::rare_name_word(cx, info, i)
}

/// A word with the article that ends as a relative adjective does (الرسمية, الصينية).
pub(super) fn adjective_shaped(w: &str) -> bool {
    w.starts_with("ال") && w.chars().count() > 4 && (w.ends_with('ي') || w.ends_with("يه"))
}

/// The end of the words that describe what a cue word names before its quoted name: up to
/// three words with the article, the last an adjective (وكالة الأنباء الرسمية «سونا», شركة
/// السيارات الصينية «جيلي»), where a quotation mark follows them. None where there are none,
/// or where a list name holds the cue (حزب الله اللبناني: what it says comes next, quoted).
fn describing_words(cx: &Context<'_>, h: &crate::matcher::Hit, out: &[Candidate]) -> Option<usize> {
    let toks = cx.tokens.tokens();
    let first = cx.tokens.token_at_or_after(h.span().end);
    if first == 0 || !cx.plain_gap(first - 1) || toks[first - 1].span().end != h.span().end {
        return None;
    }
    let mut end = None;
    for (i, t) in toks.iter().enumerate().skip(first).take(3) {
        let w = cx.tok_text(i);
        if !w.starts_with("ال") {
            break;
        }
        if adjective_shaped(w) {
            end = Some(t.span().end);
        }
        if !cx.plain_gap(i) {
            break;
        }
    }
    let end = end?;
    // An opening mark: it hugs the word after it, not the one before (the cue's own closing
    // mark: «حزب العمال الكردستاني» المناهض).
    let mut rest = cx.text[end..].chars();
    let quoted = rest.next().is_some_and(is_quote) && rest.next().is_some_and(is_word_char)
        || cx.text[end..].starts_with(' ') && {
            let mut r = cx.text[end..].trim_start_matches(' ').chars();
            r.next()
                .is_some_and(|c| is_quote(c) && c != '»' && c != '”')
                && r.next().is_some_and(is_word_char)
        };
    let held = quoted
        && out.iter().any(|c| {
            matches!(c.key, Key::Entry(_))
                && c.span.start <= h.span().start
                && c.span.end > h.span().end
        });
    (quoted && !held).then_some(end)
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
        let after = describing_words(cx, h, out).unwrap_or(h.span().end);
        let rest = &cx.text[after..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let Some(open) = trimmed.chars().next().filter(|&c| is_quote(c)) else {
            if kind == "sports" && &cx.text[h.span().start..h.span().end] == CLUB {
                club_after_cue(
                    cx,
                    h.span().start,
                    h.span().end + (rest.len() - trimmed.len()),
                    out,
                );
            }
            continue;
        };
        let start = after + (rest.len() - trimmed.len()) + open.len_utf8();
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
        // After describing words, a quoted adjective is one more of them (تحالف القوى
        // العراقية "السنية"), not a name.
        if after != h.span().end && words == 1 && adjective_shaped(name) {
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
        // منظمة is an institution like the words of `other`, a descriptor besides.
        let subtype = if kind == "organization" {
            "other"
        } else {
            kind
        };
        out.push(Candidate {
            span,
            word_start: span.start,
            clitics: Proclitics::default(),
            etype,
            key: generated_key(etype, name),
            subtype: Some(subtype.to_string()),
            name: String::new(),
            priority: if cued {
                priority::CUED
            } else {
                priority::QUOTED_ORG
            },
            rule: "quoted-org",
        });
    }
}

/// A body no list holds, named by the words of `span` (id `ORGANIZATION:name`).
fn body_candidate(
    cx: &Context<'_>,
    span: Span,
    word_start: usize,
    clitics: Proclitics,
    rule: &'static str,
) -> Candidate {
    Candidate {
        span,
        word_start,
        clitics,
        etype: EntityType::Organization,
        key: generated_key(EntityType::Organization, &cx.text[span.start..span.end]),
        subtype: None,
        name: String::new(),
        priority: priority::ORG_HEAD,
        rule,
    }
}

/// The most adjectives between a body's head and its genitive (الهيئة المصرية العامة).
const BODY_ADJECTIVES: usize = 3;

/// The most words after a body's genitive: its adjectives, the fields joined to it with و,
/// a second genitive (للمنطقة الاقتصادية لقناة السويس).
const BODY_TAIL: usize = 4;

/// Where a body's head starts in token `i`'s word, and the proclitics before it: the head
/// with the article after at most two proclitic letters (والهيئة, بالمجلس), or after the ل
/// that swallowed the article's alef (للهيئة: the mention starts at لهيئة, as the lists'
/// elided forms do).
fn body_head(cx: &Context<'_>, i: usize) -> Option<(usize, Proclitics)> {
    // Bytes: the letters in question are two bytes each, and most words fail at the first
    // comparison, before any lookup.
    const ALEF_LAM: &[u8] = "ال".as_bytes();
    const LAM: &[u8] = "ل".as_bytes();
    // This runs on every word.
    let b = token_bytes(cx, i);
    let letter = |k: usize| b.get(k..k + 2);
    let conj = |k: usize| letter(k).is_some_and(|l| l == "و".as_bytes() || l == "ف".as_bytes());
    let prep = |k: usize| {
        letter(k).is_some_and(|l| l == "ب".as_bytes() || l == "ك".as_bytes() || l == LAM)
    };
    let head = |k: usize| {
        b.get(k..).is_some_and(|h| {
            cx.lexicon.body_head_filter.may_hold_hashed(hash_word(h))
                && cx.lexicon.body_heads.contains(h)
        })
    };
    let mut p = Proclitics::default();
    let mut at = 0;
    if conj(0) {
        p.conjunction = true;
        at = 2;
    }
    if b.get(at..at + 4) == Some(ALEF_LAM) {
        return head(at + 4).then_some((at, p));
    }
    if !prep(at) {
        return None;
    }
    p.preposition = true;
    let lam = letter(at) == Some(LAM);
    at += 2;
    if b.get(at..at + 4) == Some(ALEF_LAM) {
        return head(at + 4).then_some((at, p));
    }
    // ل that swallowed the article's alef (للهيئة): the mention starts at its lam.
    if lam && letter(at) == Some(LAM) {
        p.article = true;
        return head(at + 2).then_some((at, p));
    }
    None
}

/// الهيئة المصرية العامة للكتاب, الجهاز القومي لتنظيم الاتصالات, الشركة الهندية للبوتاس: a
/// body's head with the article (`org_bodies.tsv`), one to three adjectives of scope or
/// country, and a genitive with ل (definite, or in the construct before a definite word) are
/// the name of a body no list holds, with the adjectives, the fields joined with و and the
/// second genitive after it. An adjective of function (الجهاز الفني للمنتخب) makes no name;
/// nor does a head and adjectives a list holds as a name of its own (الاتحاد الأوروبي
/// للتوصل إلى اتفاق: the ل says what for).
pub(super) fn body_name_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    if cx.lexicon.body_heads.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    let lx = cx.lexicon;
    // Token `j` follows token `j - 1` in its sentence with only spaces between them.
    let next = |j: usize| j < toks.len() && j > 0 && cx.plain_gap(j - 1);
    let scope = |j: usize| {
        let w = cx.tok_text(j);
        lx.body_scopes.contains(w) || w.starts_with("ال") && info[j].nisba().is_some()
    };
    let definite = |j: usize| cx.tok_text(j).starts_with("ال") && info[j].flags & flag::STOP == 0;
    // A genitive with ل at token `j`: where its words end (the token after the construct's
    // definite word, or after `j` itself).
    let genitive = |j: usize| -> Option<usize> {
        let w = cx.tok_text(j);
        if info[j].flags & (flag::STOP | flag::TANWEEN) != 0 || w.chars().count() < 4 {
            return None;
        }
        if w.starts_with("لل") {
            Some(j)
        } else if w.starts_with('ل') && next(j + 1) && definite(j + 1) {
            // The definite word may open a list's name of several words (لجسر الملك فهد).
            let at = toks[j + 1].span().start;
            let from = cx.hits.partition_point(|h| h.span().start < at);
            let end = cx.hits[from..]
                .iter()
                .take_while(|h| h.span().start == at)
                .filter(|h| matches!(h.item, Item::Entry(_)))
                .filter_map(|h| token_ending_at(cx.tokens, h.span().end))
                .filter(|&e| (j + 1..j + 1 + BODY_TAIL).contains(&e))
                .max();
            Some(end.unwrap_or(j + 1))
        } else {
            None
        }
    };
    // An adjective of the field (الاقتصادية, البرية), not a country's (the contract leaves
    // it out: المؤسسة الوطنية للنفط الليبية) nor a surname shaped like one (للشغل
    // الميلودي موخاريق): a masculine one only if the tagger's corpus knows it, where a
    // family name is rare; a given name never.
    let field_adjective = |k: usize, w: &str| {
        (w.ends_with("يه") && adjective_shaped(w)
            || (adjective_shaped(w) || lx.body_scopes.contains(w)) && !cx.rare_word(w))
            && info[k].nisba().is_none()
            && info[k].flags & flag::GIVEN == 0
    };
    // From the genitive back: few words open with ل, so most words cost one comparison of
    // their first letter, and the head and adjectives are read only before those that do.
    let bytes = cx.text.as_bytes();
    for g in 1..toks.len() {
        let gs = toks[g].span().start;
        if bytes.get(gs..gs + 2) != Some("ل".as_bytes()) || !next(g) {
            continue;
        }
        let a = g - 1;
        let mut i = a;
        while a - i < BODY_ADJECTIVES && i > 0 && scope(i) && next(i) {
            i -= 1;
        }
        if i == a {
            continue;
        }
        let Some((at, clitics)) = body_head(cx, i) else {
            continue;
        };
        let Some(mut end) = genitive(g) else {
            continue;
        };
        let start = toks[i].span().start + at;
        // A head and adjectives a list holds as an organization's name say all of it.
        let listed = Span::new(start, toks[a].span().end);
        let from = cx.hits.partition_point(|h| h.span().start < start);
        if cx.hits[from..]
            .iter()
            .take_while(|h| h.span().start == start)
            .any(|h| {
                h.span() == listed
                    && matches!(h.item, Item::Entry(e)
                    if cx.entries[e as usize].entity_type == EntityType::Organization)
            })
        {
            continue;
        }
        let mut second = false;
        while end - a <= BODY_TAIL && next(end + 1) {
            let k = end + 1;
            let w = cx.tok_text(k);
            // A field joined with و: an adjective, or a noun that is no head, role or cue of
            // something else (والوزارة, ووزير).
            let joined = w.strip_prefix('و').is_some_and(|f| {
                f.starts_with("ال")
                    && (field_adjective(k, f)
                        || !lx.body_heads.contains(&f.as_bytes()[4..])
                            && info[k].flags
                                & (flag::STOP | flag::ROLE_ZONE | flag::TITLE | flag::CUE)
                                == 0)
            });
            if field_adjective(k, w) || joined {
                end = k;
            } else if let Some(e) = genitive(k).filter(|_| !second) {
                second = true;
                end = e;
            } else {
                break;
            }
        }
        let span = Span::new(start, toks[end].span().end);
        out.push(body_candidate(
            cx,
            span,
            toks[i].span().start,
            clitics,
            "org.body",
        ));
    }
}

/// The bytes of token `i`'s word: the text's bytes, not a checked `str` slice, for the rules
/// that read every word by its first letters.
fn token_bytes<'t>(cx: &Context<'t>, i: usize) -> &'t [u8] {
    let span = cx.tokens.tokens()[i].span();
    cx.text
        .as_bytes()
        .get(span.start..span.end)
        .unwrap_or_default()
}

/// Where a body's head without the article starts in token `i`'s word, and the proclitics
/// before it: the head itself (مجلس, لجنة) or after و or ف and then ب, ل or ك (ولمجلس).
fn construct_head(cx: &Context<'_>, i: usize) -> Option<(usize, Proclitics)> {
    let b = token_bytes(cx, i);
    let head = |k: usize| {
        b.get(k..).is_some_and(|h| {
            cx.lexicon.body_head_filter.may_hold_hashed(hash_word(h))
                && cx.lexicon.body_heads.contains(h)
                && std::str::from_utf8(h).is_ok_and(|h| !cx.lexicon.construct_except.contains(h))
        })
    };
    let letter = |k: usize| b.get(k..k + 2);
    let mut p = Proclitics::default();
    let mut at = 0;
    if letter(0).is_some_and(|l| l == "و".as_bytes() || l == "ف".as_bytes()) && !head(0) {
        p.conjunction = true;
        at = 2;
    }
    if head(at) {
        return Some((at, p));
    }
    let prep = letter(at)
        .is_some_and(|l| l == "ب".as_bytes() || l == "ل".as_bytes() || l == "ك".as_bytes());
    (prep && head(at + 2)).then(|| {
        p.preposition = true;
        (at + 2, p)
    })
}

/// The most adjectives of a body named in the construct (مجلس الشؤون السياسية والأمنية).
const CONSTRUCT_ADJECTIVES: usize = 3;

/// هيئة الطيران المدني, مجلس الشؤون السياسية والأمنية, جمعية البر الخيرية, نقابة المهندسين
/// الأردنيين: a body's head without the article (`head` of `org_bodies.tsv`, with proclitics
/// in front or none), a definite word in the construct, and an adjective with the article
/// (relative, of scope or a country's), name a body: an organization of those words, up to
/// two more adjectives (one of them after و). The adjective is the test: a head in the
/// construct before a definite word alone is as often a description (لجنة التحقيق). Not
/// where `construct-except` of `org_bodies.tsv` says so (a company's or a place's head:
/// شركة, مركز; a government described by a country's adjective: مجلس الوزراء المصري; a
/// period: جلسة مجلس الوزراء الأسبوعية), not where a list names the body from the head or
/// from the definite word (مجلس الشورى, الدول العربية of جامعة الدول العربية), not with an
/// adjective of time or an ordinal (مجلس الأسبوع الماضي).
pub(super) fn construct_body_candidates(
    cx: &Context<'_>,
    info: &[TokenInfo],
    out: &mut Vec<Candidate>,
) {
    if cx.lexicon.body_heads.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    let lx = cx.lexicon;
    let bytes = cx.text.as_bytes();
    let alef_lam = |j: usize| {
        let s = toks[j].span().start;
        bytes.get(s..s + 4) == Some("ال".as_bytes())
    };
    let adjective = |j: usize| {
        let w = cx.tok_text(j);
        (adjective_shaped(w)
            || lx.body_scopes.contains(w)
            || info[j].flags & flag::NISBA != 0 && w.starts_with("ال"))
            && !lx.time_after.contains(w)
            && !lx.epithets.contains(w)
            && !lx.construct_except.contains(w)
            && info[j].flags & flag::GIVEN == 0
    };
    // A list's organization, or a generic head of `org_heads.tsv` whose own rule reads the
    // adjective after it (هيئة الأركان الإيراني: the head, the country by its adjective).
    let org_entry_at = |at: usize| {
        let from = cx.hits.partition_point(|h| h.span().start < at);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.span().start == at)
            .any(|h| match h.item {
                Item::Entry(e) => cx.entries[e as usize].entity_type == EntityType::Organization,
                Item::OrgHead(_) => true,
                _ => false,
            })
    };
    // Whether tokens `i` and `i + 1` open with the article, carried along.
    let (mut this, mut next) = (
        !toks.is_empty() && alef_lam(0),
        toks.len() > 1 && alef_lam(1),
    );
    for i in 0..toks.len().saturating_sub(2) {
        let after = alef_lam(i + 2);
        let skip = this || !(next && after);
        (this, next) = (next, after);
        // An indefinite word before two definite ones, compared by bytes, then the head's
        // filter, before any other lookup.
        if skip {
            continue;
        }
        let Some((at, clitics)) = construct_head(cx, i) else {
            continue;
        };
        // The definite word is a noun in the construct: an adjective there says that the head
        // itself was definite (للجنة الوطنية: ل and اللجنة).
        let noun = i + 1;
        let noun_word = cx.tok_text(noun);
        if !cx.plain_gap(i)
            || !cx.plain_gap(noun)
            || info[noun].flags & (flag::STOP | flag::TRIGGER | flag::NISBA | flag::TITLE) != 0
            || adjective_shaped(noun_word)
            || lx.body_scopes.contains(noun_word)
            || !adjective(i + 2)
        {
            continue;
        }
        let start = toks[i].span().start + at;
        if org_entry_at(start) || org_entry_at(toks[noun].span().start) {
            continue;
        }
        // One space between them, as the list writes them, whatever the text has.
        let head_and_noun = format!("{} {}", &cx.tok_text(i)[at..], noun_word);
        if lx.construct_except.contains(&head_and_noun) {
            continue;
        }
        let mut end = i + 2;
        let mut joined_once = false;
        while end - (i + 2) < CONSTRUCT_ADJECTIVES - 1 && end + 1 < toks.len() && cx.plain_gap(end)
        {
            let k = end + 1;
            let w = cx.tok_text(k);
            // After و an adjective as above, not another body (والجمعية السعودية), and only
            // once.
            let joined = !joined_once
                && w.strip_prefix('و').is_some_and(|f| {
                    adjective_shaped(f)
                        && !lx.time_after.contains(f)
                        && !lx.epithets.contains(f)
                        && !lx.construct_except.contains(f)
                        && info[k].flags & flag::GIVEN == 0
                        && !lx.body_heads.contains(&f.as_bytes()[4..])
                });
            joined_once |= joined;
            if joined || adjective(k) {
                end = k;
            } else {
                break;
            }
        }
        let span = Span::new(start, toks[end].span().end);
        if out.iter().any(|c| c.span == span) {
            continue;
        }
        out.push(body_candidate(
            cx,
            span,
            toks[i].span().start,
            clitics,
            "org.body-construct",
        ));
    }
}

/// بلدية بيروت, أمانة منطقة الرياض, غرفة جدة, شرطة دبي: a word that names a place's own body
/// (`org_bodies.tsv` kind `local`), in the construct and with only proclitics in front of it,
/// then منطقة, محافظة or مدينة or not, then a listed place that is no country and carries no
/// clitic, name that body: an organization, the outermost name, the place no mention of its
/// own. A listed organization of that span keeps its id (شرطة دبي).
pub(super) fn local_body_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    use crate::clitic::{chain_ends, strip_prefix, Article};
    if cx.lexicon.local_bodies.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    let mut extra = Vec::new();
    for c in out.iter() {
        let Key::Entry(e) = c.key else { continue };
        let entry = &cx.entries[e as usize];
        if c.etype != EntityType::Location
            || c.word_start != c.span.start
            || entry.subtype.as_deref() == Some("country")
        {
            continue;
        }
        let p = cx.tokens.token_at_or_after(c.span.start);
        if p == 0 || p >= toks.len() || !cx.plain_gap(p - 1) {
            continue;
        }
        let mut q = p - 1;
        if matches!(cx.tok_text(q), "منطقه" | "محافظه" | "مدينه") && q > 0 && cx.plain_gap(q - 1)
        {
            q -= 1;
        }
        let w = cx.tok_text(q);
        let Some((at, clitics)) = chain_ends(w).find_map(|at| {
            let (prefix, rest) = w.split_at(at);
            cx.lexicon
                .local_bodies
                .contains(rest)
                .then(|| strip_prefix(prefix, Article::InForm).map(|p| (at, p)))
                .flatten()
        }) else {
            continue;
        };
        let span = Span::new(toks[q].span().start + at, c.span.end);
        let word_start = toks[q].span().start;
        extra.push(body_candidate(
            cx,
            span,
            word_start,
            clitics,
            "org.local-body",
        ));
    }
    if extra.is_empty() {
        return;
    }
    // The spans organizations hold already, asked once per body (not a scan each).
    let orgs: FastSet<(usize, usize)> = out
        .iter()
        .filter(|o| o.etype == EntityType::Organization)
        .map(|o| (o.span.start, o.span.end))
        .collect();
    extra.retain(|c| !orgs.contains(&(c.span.start, c.span.end)));
    out.extend(extra);
}

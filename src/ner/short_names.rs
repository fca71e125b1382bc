//! Names a list gives only with their descriptor (صحيفة الشرق الأوسط, نادي ليون), because the
//! name alone is also a place or an ordinary word, read alone where the context says which:
//! quotation marks for a publication («الشرق الأوسط»), a sports match for a club (فاز ليون
//! على …).

use crate::clitic::Proclitics;
use crate::fasthash::{FastMap, FastSet};
use crate::gazetteer::Entry;
use crate::lexicon::{Item, Lexicon};
use crate::span::Span;
use crate::tokenize::is_quote;
use crate::types::{EntityType, MATCH_REACH};

use super::candidate::{generated_key, priority, Candidate, Key};
use super::tokens::{flag, TokenInfo};
use super::{cue_readings, Context};

/// Words before a name that make it a place, whatever else it may be (في ليون, إلى بورتو).
const LOCATIVES: [&str; 8] = ["في", "الي", "من", "نحو", "قرب", "داخل", "عبر", "بين"];

/// The short names of one extractor's lists, built once with it.
#[derive(Debug, Default)]
pub(crate) struct ShortNames {
    /// A media entry's name without its cue word (صحيفة الشرق الأوسط → الشرق الأوسط).
    publications: FastMap<String, u32>,
    /// A sports club's name without its cue word (نادي ليون → ليون).
    clubs: FastMap<String, u32>,
    /// The words of a sports match (مباراة, الدوري, هدف), normalized.
    match_words: FastSet<String>,
    /// The verbs of a sports result (فاز, تعادل, خسر), normalized.
    result_verbs: FastSet<String>,
    /// The words for a member of a side (لاعب, مهاجم, مدرب), normalized.
    side_roles: FastSet<String>,
    /// The words that set one side against the other after such a verb (على, أمام, مع),
    /// normalized as the text is (على is علي under the default options).
    against: Vec<String>,
    /// Each club's names of one word within a document that names it in full (the entity
    /// of نادي الوداد البيضاوي → الوداد).
    by_entity: FastMap<u32, Vec<String>>,
    /// The same names the other way: the club of each, or `None` when two clubs share it
    /// (النصر: Saudi, Emirati and Omani), for a side member's word or a club's cue word
    /// right before it. Not a name some other organization holds as a form of its own.
    club_words: FastMap<String, Option<u32>>,
    /// The one-word cues of a sports side (نادي, فريق), normalized.
    side_cues: FastSet<String>,
    /// Each entity's names after its descriptor that news writes alone too
    /// (`descriptor_names.tsv`: the entity of تنظيم القاعدة → القاعدة), normalized.
    after_descriptor: FastMap<u32, Vec<String>>,
}

impl ShortNames {
    /// The short names of `entries`: a form of an organization of subtype `media` (`sports`)
    /// that opens with a one-word cue of that kind in `org_cues.tsv` gives the rest of that
    /// form. A name two entities share (`canonical` gives each entry's entity), or that some
    /// organization holds as a form of its own, is left out. `match_words` are the sports
    /// match's words and `result_verbs` its result's verbs, normalized already; `normalize`
    /// is the text's normalizer.
    pub fn new<'w>(
        entries: &[Entry],
        canonical: &[u32],
        lexicon: &Lexicon,
        match_words: impl Iterator<Item = &'w str>,
        result_verbs: impl Iterator<Item = &'w str>,
        side_roles: impl Iterator<Item = &'w str>,
        normalize: &dyn Fn(&str) -> String,
    ) -> ShortNames {
        let cues = |kind: &str| -> Vec<String> {
            lexicon
                .forms
                .iter()
                .filter(|(_, item)| {
                    matches!(item, Item::OrgCue(k) if lexicon.org_cues[*k as usize] == kind)
                })
                .map(|(f, _)| normalize(f) + " ")
                // One word: what follows وكالة أنباء is a place's name (وكالة أنباء البحرين),
                // which quoted alone is that place, not the agency.
                .filter(|c| c.trim_end().split(' ').count() == 1)
                .collect()
        };
        let (media, sports) = (cues("media"), cues("sports"));
        // Short name → its entity, or `None` when two entities share it.
        let mut publications: FastMap<String, Option<u32>> = FastMap::default();
        let mut clubs: FastMap<String, Option<u32>> = FastMap::default();
        // Every organization's own forms: a short name among them is that organization's.
        let mut own: FastSet<String> = FastSet::default();
        // Within a document that names a club in full, its name of one word: the form
        // without its cue (نادي الهلال → الهلال) or without a closing adjective of place
        // (الوداد البيضاوي, الهلال السعودي → الوداد, الهلال). Not a publication's: the
        // channel العربية is also the language, the paper عكاظ also سوق عكاظ.
        let mut by_entity: FastMap<u32, Vec<String>> = FastMap::default();
        for (i, e) in entries.iter().enumerate() {
            if e.entity_type != EntityType::Organization {
                continue;
            }
            let (cues, mut names) = match e.subtype.as_deref() {
                Some("media") => (&media[..], Some(&mut publications)),
                Some("sports") => (&sports[..], Some(&mut clubs)),
                _ => (&[][..], None),
            };
            let entity = canonical.get(i).copied().unwrap_or(i as u32);
            for f in &e.forms {
                let f = normalize(f);
                if let (Some(names), Some(rest)) = (
                    names.as_deref_mut(),
                    cues.iter().find_map(|c| f.strip_prefix(c.as_str())),
                ) {
                    names
                        .entry(rest.to_string())
                        .and_modify(|v| {
                            if *v != Some(entity) {
                                *v = None;
                            }
                        })
                        .or_insert(Some(entity));
                }
                if e.subtype.as_deref() == Some("sports") {
                    let rest = cues.iter().find_map(|c| f.strip_prefix(c.as_str()));
                    if let Some(core) = one_word_name(rest.unwrap_or(&f)) {
                        let names = by_entity.entry(entity).or_default();
                        if !names.iter().any(|n| n == core) {
                            names.push(core.to_string());
                        }
                    }
                }
                own.insert(f);
            }
        }
        let keep = |m: FastMap<String, Option<u32>>| -> FastMap<String, u32> {
            m.into_iter()
                .filter(|(k, _)| !own.contains(k))
                .filter_map(|(k, v)| v.map(|v| (k, v)))
                .collect()
        };
        let (publications, clubs) = (keep(publications), keep(clubs));
        // A place's name is the place's (مدرب قطر: Qatar's coach; a club named like its city
        // is read by the match's words instead, `club_named_like`).
        let places: FastSet<String> = entries
            .iter()
            .filter(|e| e.entity_type == EntityType::Location)
            .flat_map(|e| e.forms.iter().map(|f| normalize(f)))
            .collect();
        let mut club_words: FastMap<String, Option<u32>> = FastMap::default();
        for (&entity, names) in &by_entity {
            for n in names
                .iter()
                .filter(|n| !own.contains(*n) && !places.contains(*n))
            {
                club_words
                    .entry(n.clone())
                    .and_modify(|v| {
                        if *v != Some(entity) {
                            *v = None;
                        }
                    })
                    .or_insert(Some(entity));
            }
        }
        let mut after_descriptor: FastMap<u32, Vec<String>> = FastMap::default();
        for (i, e) in entries.iter().enumerate() {
            if let Some(names) = lexicon.descriptor_names.get(&e.id) {
                let entity = canonical.get(i).copied().unwrap_or(i as u32);
                after_descriptor
                    .entry(entity)
                    .or_default()
                    .extend(names.iter().map(|n| normalize(n)));
            }
        }
        ShortNames {
            publications,
            clubs,
            by_entity,
            club_words,
            // Not منتخب: a national side is named by its country (منتخب قطر).
            side_cues: sports
                .iter()
                .map(|c| c.trim_end().to_string())
                .filter(|c| *c != normalize("منتخب"))
                .collect(),
            after_descriptor,
            match_words: match_words.map(str::to_string).collect(),
            result_verbs: result_verbs.map(str::to_string).collect(),
            side_roles: side_roles.map(str::to_string).collect(),
            against: ["على", "أمام", "مع"].iter().map(|w| normalize(w)).collect(),
        }
    }

    /// The club entry whose short name `name` is (نادي ليون → ليون).
    pub fn club(&self, name: &str) -> Option<u32> {
        self.clubs.get(name).copied()
    }

    /// The names entity `e` (a canonical entry) goes by after its descriptor, written alone
    /// too (`descriptor_names.tsv`), normalized.
    pub fn after_descriptor(&self, e: u32) -> &[String] {
        self.after_descriptor.get(&e).map_or(&[], Vec::as_slice)
    }

    /// The names of one word of club `e` (a canonical entry), for a document that names it
    /// in full.
    pub fn of_entity(&self, e: u32) -> &[String] {
        self.by_entity.get(&e).map_or(&[], Vec::as_slice)
    }
}

/// A club's name of one word in `rest` (a form without its cue word): the word itself, or
/// the first of two whose second is an adjective with the article (الوداد البيضاوي); at
/// least three letters.
fn one_word_name(rest: &str) -> Option<&str> {
    let core = match rest.split_once(' ') {
        None => rest,
        Some((core, adjective))
            if !adjective.contains(' ')
                && adjective.starts_with("ال")
                && adjective.ends_with('ي') =>
        {
            core
        }
        Some(_) => return None,
    };
    core.chars().nth(2).is_some().then_some(core)
}

/// «الشرق الأوسط»: a quoted name that is a publication's short name is that publication,
/// over any other reading of the words.
pub(super) fn quoted_publication_candidates(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let names = &cx.short_names.publications;
    if names.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    let gap = |i: usize| {
        let from = if i == 0 { 0 } else { toks[i - 1].span().end };
        &cx.text[from..toks[i].span().start]
    };
    // Guillemets have a direction, but some texts write »X» (or «X«): a mark that points
    // the wrong way passes only when the other mark is the same one. The other marks open
    // and close alike.
    let pair =
        |open: char, close: char| !(open == '»' && close != '»' || close == '«' && open != '«');
    // The tokenizer has the quotation marks: a text without one costs nothing here.
    let mut last = usize::MAX;
    for q in cx.tokens.quotes() {
        // Opened by a quote right before the word: «الشرق, لـ«الشرق.
        let i = cx.tokens.token_at_or_after(q);
        if i >= toks.len() || i == last {
            continue;
        }
        let Some(open) = gap(i)
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .filter(|&c| is_quote(c))
        else {
            continue;
        };
        last = i;
        for j in i..toks.len().min(i + 4) {
            if j > i && !cx.plain_gap(j - 1) {
                break;
            }
            let after = toks
                .get(j + 1)
                .map_or(&cx.text[toks[j].span().end..], |_| gap(j + 1));
            // Closed on the same line, by the next mark after the name.
            let close = after.trim_start_matches([' ', '\t']).chars().next();
            if !close.is_some_and(|c| is_quote(c) && pair(open, c)) {
                continue;
            }
            let span = Span::new(toks[i].span().start, toks[j].span().end);
            if let Some(&e) = names.get(&cx.text[span.start..span.end]) {
                let mut c = Candidate::of_entry(cx, e, span, span.start, Proclitics::default());
                c.priority = priority::CUED;
                c.rule = "quoted-publication";
                out.push(c);
            }
            break;
        }
    }
}

/// جريدة القدس, صحيفة الرياض: a place's name right after a word for the press (`press` in
/// `org_cues.tsv`, with or without a clitic in front: لصحيفة) is the publication's name, the
/// place's words alone as the mention (as ANERcorp tags them: جريدة/O القدس/B-ORG). A listed
/// publication of that short name and of that kind (its word on the same row) is that
/// publication (صحيفة القدس → Al-Quds for جريدة القدس, not تلفزيون فلسطين for مجلة فلسطين);
/// another is an organization of its own. A listed publication's form that holds the word
/// (صحيفة الشرق الأوسط) wins as it is; a place with a clitic of its own (صحيفة بالرياض) stays a
/// place, and so does one that is a nationality adjective too (مجلة سورية, a Syrian magazine)
/// or one after the word with the article (للصحيفة).
pub(super) fn press_candidates(cx: &Context<'_>, info: &[TokenInfo], out: &mut Vec<Candidate>) {
    let press = &cx.lexicon.press;
    if press.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    // The press word's row, after a conjunction and a preposition (وبصحيفة), not the article.
    let press_kind = |w: &str| {
        cue_readings(w)
            .into_iter()
            .find_map(|r| press.get(r).copied())
    };
    // The organizations' candidates by first word, each with the furthest end of those up to
    // it: whether one covers a name is a search, not a scan (a text may repeat a newspaper's
    // name thousands of times).
    let mut orgs: Vec<(usize, usize)> = out
        .iter()
        .filter(|o| o.etype == EntityType::Organization)
        .map(|o| (o.word_start, o.span.end))
        .collect();
    orgs.sort_unstable();
    let mut furthest = 0;
    for o in &mut orgs {
        furthest = furthest.max(o.1);
        o.1 = furthest;
    }
    let covered = |start: usize, end: usize| {
        let k = orgs.partition_point(|o| o.0 <= start);
        k > 0 && orgs[k - 1].1 >= end
    };
    // Whether entry `e` has a form of a press word of row `kind` and `name`.
    let same_kind = |e: u32, kind: u32, name: &str| {
        let o = crate::normalize::NormalizeOptions::default();
        cx.entries[e as usize].forms.iter().any(|f| {
            let f = crate::normalize::normalize_form(f, &o);
            f.split_once(' ')
                .is_some_and(|(w, rest)| rest == name && press.get(w) == Some(&kind))
        })
    };
    let mut found = Vec::new();
    for c in out.iter() {
        if c.etype != EntityType::Location
            || !matches!(c.key, Key::Entry(_))
            || c.span.start != c.word_start
        {
            continue;
        }
        let i = cx.tokens.token_at_or_after(c.word_start);
        if i == 0 || i >= toks.len() || toks[i].span().start != c.word_start {
            continue;
        }
        // A place's name that is a nationality adjective too qualifies the word: مجلة سورية
        // is a Syrian magazine.
        if !cx.plain_gap(i - 1) || info[i].flags & flag::NISBA != 0 {
            continue;
        }
        let Some(kind) = press_kind(cx.tok_text(i - 1)) else {
            continue;
        };
        // A listed publication over the word and the name (or the name alone) stands.
        if covered(c.span.start, c.span.end) {
            continue;
        }
        let name = &cx.text[c.span.start..c.span.end];
        let listed = cx
            .short_names
            .publications
            .get(name)
            .filter(|&&e| same_kind(e, kind, name));
        let mut p = match listed {
            Some(&e) => Candidate::of_entry(cx, e, c.span, c.word_start, Proclitics::default()),
            None => Candidate {
                key: generated_key(EntityType::Organization, name),
                etype: EntityType::Organization,
                subtype: Some("media".to_string()),
                ..c.clone()
            },
        };
        p.priority = priority::CUED;
        p.rule = "press";
        found.push(p);
    }
    out.extend(found);
}

/// مهاجم الهلال, لاعبي الهلال, نادي النصر: a club's short name right after a word for a member
/// of a side (`side-role` in `relation_words.tsv`, with a conjunction or preposition in front:
/// ولمدرب) or a club's cue word (نادي, فريق), or after إلى with such a word shortly before
/// (انتقل اللاعب نيمار إلى الهلال), is the club, though the name alone is an everyday word
/// (الهلال "the crescent") that the lists give only with its cue (نادي الهلال) or its
/// adjective (النصر السعودي). A name two clubs share is an organization under a generated id.
pub(super) fn side_role_club_candidates(
    cx: &Context<'_>,
    info: &[TokenInfo],
    out: &mut Vec<Candidate>,
) {
    let (clubs, roles) = (&cx.short_names.clubs, &cx.short_names.side_roles);
    let (words, cues) = (&cx.short_names.club_words, &cx.short_names.side_cues);
    if clubs.is_empty() && words.is_empty() || roles.is_empty() {
        return;
    }
    // A club's cue word (نادي النصر, لفريق الاتحاد), with و, ف, ل or ب in front.
    let cue = |w: &str| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        cues.contains(w) || w.strip_prefix(['ل', 'ب']).is_some_and(|r| cues.contains(r))
    };
    let toks = cx.tokens.tokens();
    let role = |w: &str| {
        roles.contains(w)
            || w.strip_prefix(['و', 'ف']).is_some_and(|r| {
                roles.contains(r)
                    || r.strip_prefix(['ل', 'ب'])
                        .is_some_and(|r| roles.contains(r))
            })
            || w.strip_prefix(['ل', 'ب'])
                .is_some_and(|r| roles.contains(r))
    };
    // Only after a word the lists know as a role, title, trigger or cue, or after إلى (الي
    // once normalized), is a word looked up: a lookup per word of the text would cost more
    // than the rest of the rule.
    let worth = |k: usize| {
        let f = info[k].flags;
        f & (flag::TRIGGER | flag::ROLE | flag::TITLE) != 0
            || f & flag::CUE != 0 && cue(cx.tok_text(k))
            || f & flag::PREP != 0 && cx.tok_text(k) == "الي"
    };
    for i in 1..toks.len() {
        if !worth(i - 1) {
            continue;
        }
        // After a cue word (فريق is any team), not the first word of a longer name: a word
        // with the article that is no nationality adjective goes on with it (فريق الهلال
        // الأحمر: the Red Crescent's team).
        if cue(cx.tok_text(i - 1))
            && i + 1 < toks.len()
            && toks[i + 1].sentence() == toks[i].sentence()
            && cx.plain_gap(i)
            && cx.tok_text(i + 1).starts_with("ال")
            && info[i + 1].flags & flag::NISBA == 0
            && info[i + 1].flags & flag::STOP == 0
        {
            continue;
        }
        // The club, or `None` for a name clubs share: an organization all the same, under a
        // generated id (which a club named in full in the document takes over). A name of
        // one word no cue form gives (النصر of النصر السعودي) is read after a side's word
        // that is no office (قائد الشرطة is the police's commander), and is no cue word
        // itself (مدرب النادي: the club as a nominal), no place's name (مدرب قطر: the
        // national side's), nor a word the lists know as a generic body, cue or word of a
        // role phrase (قائد الجيش, قائد الدفاع).
        let club = match clubs.get(cx.tok_text(i)) {
            Some(&e) => Some(e),
            None => match words.get(cx.tok_text(i)) {
                Some(&e)
                    if info[i - 1].flags & flag::ROLE == 0
                        && info[i].flags & (flag::ORG_HEAD | flag::CUE | flag::ROLE_ZONE) == 0
                        && !cx
                            .tok_text(i)
                            .strip_prefix("ال")
                            .is_some_and(|r| cues.contains(r)) =>
                {
                    e
                }
                _ => continue,
            },
        };
        let sentence = toks[i].sentence();
        if toks[i - 1].sentence() != sentence || !cx.plain_gap(i - 1) {
            continue;
        }
        // Right after the word (مهاجم الهلال), or where a side's member goes to it (انضم
        // المهاجم نيمار إلى الهلال): after إلى, with such a word, or it with the article,
        // at most eight words before in the sentence.
        let right_after = role(cx.tok_text(i - 1)) || cue(cx.tok_text(i - 1));
        let moves_to = || {
            cx.tok_text(i - 1) == "الي"
                && (i.saturating_sub(9)..i - 1).any(|k| {
                    toks[k].sentence() == sentence && {
                        let w = cx.tok_text(k);
                        role(w) || w.strip_prefix("ال").is_some_and(role)
                    }
                })
        };
        let span = toks[i].span();
        // After إلى, a place the lists know is where the member goes (وصول مهاجم الهلال
        // إلميدا إلى الرياض): only the club's word right after the role word says club.
        let place = || {
            out.iter()
                .any(|c| c.etype == EntityType::Location && c.span == span)
        };
        if !right_after && (!moves_to() || place()) {
            continue;
        }
        let mut c = match club {
            Some(e) => Candidate::of_entry(cx, e, span, span.start, Proclitics::default()),
            None => Candidate {
                span,
                word_start: span.start,
                clitics: Proclitics::default(),
                etype: EntityType::Organization,
                key: generated_key(EntityType::Organization, &cx.text[span.start..span.end]),
                subtype: Some("sports".to_string()),
                name: String::new(),
                priority: priority::CUED,
                rule: "",
            },
        };
        c.priority = priority::CUED;
        c.rule = "club.side-role";
        out.push(c);
    }
}

/// فاز ليون على بورتو: the club whose short name a city's candidate `c` is, when a sports
/// match's words stand within [`MATCH_REACH`] words in its sentence and no preposition of
/// place introduces it (في ليون, بليون, إلى بورتو). The merge asks only where the tagger calls
/// the same words an organization: the match's words alone do not tell a club from its city
/// (بطولة أمانة الرياض).
pub(super) fn club_named_like(cx: &Context<'_>, c: &Candidate) -> Option<u32> {
    let club = club_short_name(cx, c)?;
    let i = cx.tokens.token_at_or_after(c.word_start);
    let sentence = cx.tokens.tokens().get(i)?.sentence();
    (!after_locative(cx, i, sentence) && match_word_near(cx, i, sentence)).then_some(club)
}

/// The club whose short name a city's list candidate `c` is, unless a preposition (of place:
/// بليون) is its clitic.
fn club_short_name(cx: &Context<'_>, c: &Candidate) -> Option<u32> {
    let Key::Entry(e) = c.key else { return None };
    let entry = &cx.entries[e as usize];
    if entry.entity_type != EntityType::Location
        || entry.subtype.as_deref() != Some("city")
        || c.clitics.preposition
    {
        return None;
    }
    cx.short_names.club(&cx.text[c.span.start..c.span.end])
}

/// Whether a preposition of place stands as the word before token `i` (في ليون, وفي ليون:
/// في opens with ف).
fn after_locative(cx: &Context<'_>, i: usize, sentence: usize) -> bool {
    let toks = cx.tokens.tokens();
    if i == 0 || toks[i - 1].sentence() != sentence {
        return false;
    }
    let before = cx.tok_text(i - 1);
    LOCATIVES.contains(&before)
        || before
            .strip_prefix('و')
            .is_some_and(|rest| LOCATIVES.contains(&rest))
}

/// The first and last tokens of candidate `c`, and the sentence of the last.
fn words_of(cx: &Context<'_>, c: &Candidate) -> Option<(usize, usize, usize)> {
    let first = cx.tokens.token_at_or_after(c.word_start);
    let last = first
        + cx.tokens
            .tokens_within(c.word_start, c.span.end)
            .len()
            .max(1)
        - 1;
    let sentence = cx.tokens.tokens().get(last)?.sentence();
    Some((first, last, sentence))
}

/// فاز ليون على بورتو, خسر ميلان أمام روما, تعادل ليفربول مع إيفرتون: the club whose short name
/// a city's candidate `c` is, where a sports result's verb pits it against another side: the
/// verb right before it and على, أمام or مع right after it, or one of those right before it
/// with the verb at most five words before that. The tagger may call either side a place: the
/// frame tells.
pub(super) fn club_in_result(cx: &Context<'_>, c: &Candidate) -> Option<u32> {
    let club = club_short_name(cx, c)?;
    let toks = cx.tokens.tokens();
    let (first, last, sentence) = words_of(cx, c)?;
    let in_sentence = |k: usize| toks.get(k).is_some_and(|t| t.sentence() == sentence);
    let verbs = &cx.short_names.result_verbs;
    let verb = |k: usize| {
        in_sentence(k) && {
            let w = cx.tok_text(k);
            verbs.contains(w)
                || w.strip_prefix(['و', 'ف'])
                    .is_some_and(|r| verbs.contains(r))
        }
    };
    let against = |k: usize| {
        in_sentence(k) && {
            let w = cx.tok_text(k);
            cx.short_names.against.iter().any(|a| a == w)
        }
    };
    let subject = first > 0
        && verb(first - 1)
        && cx.plain_gap(first - 1)
        && cx.plain_gap(last)
        && against(last + 1);
    let object = first >= 2
        && cx.plain_gap(first - 1)
        && against(first - 1)
        && (first.saturating_sub(6)..first - 1).any(verb);
    (subject || object).then_some(club)
}

/// Whether a sports match's word stands within [`MATCH_REACH`] words of token `i`.
fn match_word_near(cx: &Context<'_>, i: usize, sentence: usize) -> bool {
    let toks = cx.tokens.tokens();
    let words = &cx.short_names.match_words;
    (i.saturating_sub(MATCH_REACH)..toks.len().min(i + MATCH_REACH + 1))
        .filter(|&k| k != i && toks[k].sentence() == sentence)
        .any(|k| {
            let w = cx.tok_text(k);
            words.contains(w)
                || w.strip_prefix(['و', 'ف', 'ب', 'ل'])
                    .is_some_and(|rest| words.contains(rest))
        })
}

/// ليون ( فرنسا ), مضيفه ليون صفر - 2: the club whose short name a city's candidate `c` is,
/// where a results table or a score writes it: a score (two numbers and a dash) right after
/// or right before it, or its country in brackets right after it, then a score, points
/// (بورتو (البرتغال): 7 نقاط) or a match's words near. A city is written with its country
/// too (الشارقة (الإمارات), a dateline), so never after a preposition of place.
pub(super) fn club_in_results(cx: &Context<'_>, c: &Candidate) -> Option<u32> {
    let club = club_short_name(cx, c)?;
    let toks = cx.tokens.tokens();
    let (first, last, sentence) = words_of(cx, c)?;
    if after_locative(cx, first, sentence) {
        return None;
    }
    let in_sentence = |k: usize| toks.get(k).is_some_and(|t| t.sentence() == sentence);
    let between = |k: usize| &cx.text[toks[k].span().end..toks[k + 1].span().start];
    let number = |k: usize| {
        let w = cx.tok_text(k);
        w == "صفر" || w.chars().all(|ch| ch.is_ascii_digit())
    };
    let score = |k: usize| {
        in_sentence(k) && in_sentence(k + 1) && number(k) && number(k + 1) && {
            let b = between(k);
            b.contains('-') && b.chars().all(|ch| ch == '-' || ch.is_whitespace())
        }
    };
    let score_after = cx.plain_gap(last) && score(last + 1);
    let score_before = first >= 2 && cx.plain_gap(first - 1) && score(first - 2);
    // The country in brackets: ( then a country's name, whole words, then ).
    let country_after = in_sentence(last + 1) && between(last).trim() == "(" && {
        let at = toks[last + 1].span().start;
        let from = cx.hits.partition_point(|h| h.span().start < at);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.span().start == at)
            .any(|h| {
                let Item::Entry(x) = h.item else { return false };
                // The first word after the country's name.
                let next = cx.tokens.token_at_or_after(h.span().end);
                let after = cx.text[h.span().end..].trim_start();
                let Some(closed) = after.strip_prefix(')') else {
                    return false;
                };
                let points = closed
                    .trim_start()
                    .strip_prefix(':')
                    .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
                cx.entries[x as usize].subtype.as_deref() == Some("country")
                    && next > 0
                    && toks[next - 1].span().end == h.span().end
                    && (points || score(next) || match_word_near(cx, first, sentence))
            })
    };
    (score_after || score_before || country_after).then_some(club)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{normalize_form, NormalizeOptions};

    fn entry(id: &str, t: EntityType, subtype: &str, forms: &[&str]) -> Entry {
        let forms = forms.iter().map(|f| f.to_string()).collect();
        Entry::new(id, t, Some(subtype.to_string()), id, forms)
    }

    #[test]
    fn short_names_come_from_one_word_cues_and_stay_unambiguous() {
        let lexicon = Lexicon::embedded().unwrap();
        let o = NormalizeOptions::default();
        let n = |f: &str| normalize_form(f, &o);
        let entries = [
            entry(
                "org:paper",
                EntityType::Organization,
                "media",
                &["صحيفة الفجر"],
            ),
            entry(
                "org:agency",
                EntityType::Organization,
                "media",
                &["وكالة أنباء الفجر"],
            ),
            entry(
                "club:a",
                EntityType::Organization,
                "sports",
                &["نادي الوادي", "نادي السهل"],
            ),
            entry(
                "club:b",
                EntityType::Organization,
                "sports",
                &["نادي السهل"],
            ),
            entry(
                "club:c",
                EntityType::Organization,
                "sports",
                &["نادي النهر", "النهر"],
            ),
        ];
        let canonical: Vec<u32> = (0..entries.len() as u32).collect();
        let word = n("مباراة");
        let s = ShortNames::new(
            &entries,
            &canonical,
            &lexicon,
            [word.as_str()].into_iter(),
            std::iter::empty(),
            std::iter::empty(),
            &n,
        );
        // وكالة أنباء is two words: only وكالة is cut, so الفجر stays the paper's alone.
        assert_eq!(s.publications.get(&n("الفجر")), Some(&0));
        assert_eq!(s.publications.get(&n("أنباء الفجر")), Some(&1));
        assert_eq!(s.publications.len(), 2);
        // Two clubs share السهل; النهر is a club's own form already.
        assert_eq!(s.clubs.get(&n("الوادي")), Some(&2));
        assert_eq!(s.clubs.len(), 1);
        assert!(s.match_words.contains(&n("مباراة")));
    }
}

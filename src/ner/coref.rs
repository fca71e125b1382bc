//! In-document coreference: surnames after a full name, a club's short name after its full
//! name, bare generic heads after the organization they head.

use crate::clitic::{chain_ends, strip_prefix, Article, Proclitics};
use crate::fasthash::{FastMap, WordFilter};
use crate::lexicon::Item;
use crate::span::Span;
use crate::types::EntityType;

use super::candidate::{priority, Candidate, Key};
use super::tokens::{flag, token_ending_at, TokenInfo};
use super::Context;

/// How far after a full name its surname alone still refers to it, in bytes: about an
/// article, so that a surname does not leak into the next story of a long input.
const SURNAME_WINDOW: usize = 4000;

/// A surname and the full-name mentions that introduced it.
struct Surname {
    /// The candidate that owns it; `None` when two people share it.
    owner: Option<usize>,
    /// Each full-name mention: where it starts and ends, and whether two sources agree on it
    /// (a list, or a rule and the tagger); in text order (mentions do not overlap).
    full: Vec<(usize, usize, bool)>,
}

impl Surname {
    /// Whether a surname at byte `at` is near enough a full-name mention to be that person:
    /// within an article after one, or a headline's distance before one that two sources
    /// agree on (a headline or a lead gives the surname before the body gives the full name).
    fn near(&self, at: usize) -> bool {
        let k = self.full.partition_point(|&(_, e, _)| e <= at);
        let after = k > 0 && at - self.full[k - 1].1 <= SURNAME_WINDOW;
        after
            || self.full[k..]
                .iter()
                .take_while(|&&(s, _, _)| s.saturating_sub(at) <= CATAPHORA_WINDOW)
                .any(|&(s, _, sure)| sure && s >= at)
    }
}

/// How far before a full name its surname alone already refers to it, in bytes.
const CATAPHORA_WINDOW: usize = 1000;

/// A surname (باقري) joins the entity of a full name (محمد باقري) it follows within an
/// article's distance, or that a list or a rule and the tagger vouch for and that follows it
/// within a headline's (see `Surname::near`). A surname from a name no list holds carries
/// the article only after a chain of the name's particles, or after a known given name in a
/// name a rule and the tagger both found (فهد الجلاجل), and when it is a rare word: that
/// is how ordinary words (المقاومة, الإنسان) would leak in; nor is it an everyday word to the
/// tagger (دور). After a name particle the surname is the particle and its word (بن لادن);
/// no surname is the second half of a given name (الله of عبد الله), a word of the set
/// phrases of prayer, or, where it reads as a time, a month (شهر رمضان).
pub(super) fn surname_mentions(cx: &Context<'_>, info: &[TokenInfo], kept: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    let mut surnames: FastMap<String, Surname> = FastMap::default();
    for (ci, c) in kept.iter().enumerate() {
        if c.etype != EntityType::Person {
            continue;
        }
        let first = cx.tokens.token_at_or_after(c.word_start);
        let Some(last) = token_ending_at(cx.tokens, c.span.end) else {
            continue;
        };
        if last <= first {
            continue;
        }
        let mut from = if info[last].flags & flag::SUFFIX != 0 && last > first + 1 {
            last - 1
        } else {
            last
        };
        // After a name particle the surname is the particle and its word (بن لادن, أبو
        // الغيط), unless the particle opens the name (أبو مازن is the name itself, مازن no
        // one) or is عبد, whose word is the second half of a given name (الله of عبد الله).
        // After آل (normalized ال) the word is the family's name, which a member goes by
        // (مكتوم of آل مكتوم).
        let mut half = false;
        if from == last && info[from - 1].flags & flag::PARTICLE != 0 {
            match cx.tok_text(from - 1) {
                "ال" => {}
                "عبد" => half = true,
                _ if from - 1 > first => from -= 1,
                _ => half = true,
            }
        }
        // From token texts joined by one space, whatever the text had between them.
        let mut s = String::from(cx.tok_text(from));
        for k in from + 1..=last {
            s.push(' ');
            s.push_str(cx.tok_text(k));
        }
        // A surname with the article from a name no list holds is one only after a chain
        // of the name's particles (عبد الله بن عبد العزيز الموسى), not right after one (عبد
        // الله, بن الذيب), and when it is a rare word (not المبارك of عيد الفطر المبارك).
        let chain = (first..from).any(|k| info[k].flags & flag::PARTICLE != 0)
            && info[from - 1].flags & flag::PARTICLE == 0;
        // So is one after a known given name when a rule and the tagger both found the name
        // (فهد الجلاجل, مهند الزهراني: the family names of the Gulf carry the article).
        let vouched = info[first].flags & flag::GIVEN != 0
            && info[from - 1].flags & flag::PARTICLE == 0
            && c.rule.ends_with("+tagger");
        // Nor, from such a name, an everyday word (فيلم, شيوخ: in no list, frequent in the
        // tagger's cluster corpus).
        let weak = !matches!(c.key, Key::Entry(_))
            && (s.starts_with("ال")
                && !((chain || vouched) && cx.tagger.is_some_and(|t| t.rare_word(&s)))
                || cx.tagger.is_some_and(|t| t.common_word(&s)));
        // Nor is a word of the set phrases (الله of نصر الله), which the text writes
        // everywhere.
        half |= cx.lexicon.formula_tails.contains(&s);
        // Nor a regnal number or epithet (عبد الحميد الثاني, بطرس الأكبر): the text writes
        // الثاني and الأكبر of everyone.
        half |= cx.lexicon.epithets.contains(&s);
        if s.chars().count() < 3 || info[from].flags & flag::NOT_NAME != 0 || weak || half {
            continue;
        }
        let e = surnames.entry(s).or_insert(Surname {
            owner: Some(ci),
            full: Vec::new(),
        });
        if e.owner.is_some_and(|other| kept[other].key != c.key) {
            e.owner = None; // two people share it: ambiguous
        }
        let sure = matches!(c.key, Key::Entry(_)) || c.rule.ends_with("+tagger");
        e.full.push((c.span.start, c.span.end, sure));
    }
    surnames.retain(|_, s| s.owner.is_some());
    if surnames.is_empty() {
        return;
    }
    // A name found on its own (by the tagger or a rule) that is a near full name's surname
    // is that person.
    for ci in 0..kept.len() {
        let c = &kept[ci];
        if c.etype != EntityType::Person || !matches!(c.key, Key::Generated(_)) {
            continue;
        }
        let Some(rec) = surnames.get(&cx.text[c.span.start..c.span.end]) else {
            continue;
        };
        let recent = rec.near(c.span.start);
        let Some(owner) = rec.owner.filter(|&o| o != ci && recent) else {
            continue;
        };
        let o = &kept[owner];
        let (key, subtype, name) = (o.key.clone(), o.subtype.clone(), o.name.clone());
        let c = &mut kept[ci];
        c.key = key;
        c.subtype = subtype;
        c.name = name;
        c.rule = "coref.surname";
    }
    let covered = covered_words(cx, kept);
    // First word of each surname → (whole surname, its record).
    let mut by_first: FastMap<&str, Vec<(&str, &Surname)>> = FastMap::default();
    for (s, rec) in &surnames {
        by_first
            .entry(s.split(' ').next().unwrap_or(s))
            .or_default()
            .push((s.as_str(), rec));
    }
    // Most words are no surname's first word, which is answered before the map is asked: a
    // document names a few people, and each word is compared with their first words
    // outright; a long text that names many has two filters instead.
    let few: Vec<&[u8]> = if by_first.len() <= FEW_FIRST_WORDS {
        by_first.keys().map(|f| f.as_bytes()).collect()
    } else {
        Vec::new()
    };
    let firsts = WordFilter::new(by_first.keys().copied());
    let tails = Tails::new(by_first.keys().copied());
    // Whether a stop word's hit in the word at byte `word` starts at byte `at` (one after a
    // proclitic: the others are gone from the hits, their flags kept).
    let stop_at = |word: usize, at: usize| {
        let from = cx.hits.partition_point(|h| h.word_start() < word);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.word_start() == word)
            .any(|h| h.span().start == at && matches!(h.item, Item::Stop { .. }))
    };
    let mut extra = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if covered[i] {
            continue;
        }
        let at_word = t.span().start;
        // The filters read bytes: most words stop here, before a checked slice of the text.
        let bytes = &cx.text.as_bytes()[t.span().start..t.span().end];
        if bytes.len() >= 8 && !tails.may_end(bytes) {
            continue;
        }
        if !few.is_empty() && !few.iter().any(|f| may_read_as(bytes, f)) {
            continue;
        }
        let word = &cx.text[t.span().start..t.span().end];
        // The word itself, or the word after a valid proclitic chain (وباقري, لباقري).
        for (k, clitics, rest) in readings(word, |rest| firsts.may_hold(rest)) {
            // A stop word is none here either: the surname علي (أحمد علي) is not the على of
            // the same text, علي too once normalized, alone or after و (وعلى). A word that
            // is a stop word only as a whole (لصالح) still reads as ل and the surname.
            if k == 0 && info[i].flags & flag::NOT_NAME != 0
                || k > 0 && stop_at(at_word, at_word + k)
            {
                continue;
            }
            for &(s, rec) in by_first.get(rest).into_iter().flatten() {
                let words = s.split(' ').count();
                let end_tok = i + words - 1;
                if end_tok >= toks.len() || (words == 2 && !cx.plain_gap(i)) {
                    continue;
                }
                if words == 2 && cx.tok_text(end_tok) != s.split(' ').nth(1).unwrap_or("") {
                    continue;
                }
                // Right after another name, a surname of two (بن عبدالعزيز after فيصل) goes on
                // that name.
                if words == 2 && i > 0 && covered[i - 1] && cx.plain_gap(i - 1) {
                    continue;
                }
                let at = t.span().start;
                if !rec.near(at) || words == 1 && cx.month_as_time(i, rest) {
                    continue;
                }
                let Some(owner) = rec.owner else { continue };
                let c = &kept[owner];
                extra.push(Candidate {
                    span: Span::new(at + k, toks[end_tok].span().end),
                    word_start: at,
                    clitics,
                    etype: EntityType::Person,
                    key: c.key.clone(),
                    subtype: c.subtype.clone(),
                    name: c.name.clone(),
                    priority: priority::SURNAME,
                    rule: "coref.surname",
                });
            }
        }
    }
    // Two readings of one place (باقري and باقري زاده): the longer wins.
    extra.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    extra.dedup_by(|b, a| b.span.overlaps(a.span));
    kept.extend(extra);
    kept.sort_by_key(|c| c.span.start);
}

/// A person's name no list holds that is a listed person's first and last words with words
/// of the listed name left out between them (علي صالح of علي عبدالله صالح, حسن روحاني of حسن
/// فريدون روحاني) is that person, when the document names them in full and no other listed
/// person has those two words.
pub(super) fn shortened_names(cx: &Context<'_>, kept: &mut [Candidate]) {
    // A candidate's first word, last word and number of words, when it has two or more.
    let ends = |c: &Candidate| {
        let s = &cx.text[c.span.start..c.span.end];
        let n = s.split(' ').filter(|w| !w.is_empty()).count();
        let first = s.split(' ').next().unwrap_or(s);
        let last = s.rsplit(' ').next().unwrap_or(s);
        (n >= 2).then_some((first, last, n))
    };
    let person = |c: &Candidate| c.etype == EntityType::Person;
    if !kept
        .iter()
        .any(|c| person(c) && matches!(c.key, Key::Entry(_)))
    {
        return;
    }
    // (first, last) → the listed person's candidate, `None` when two people share them, and
    // the words of the longest of its names.
    let mut full: FastMap<(&str, &str), (Option<usize>, usize)> = FastMap::default();
    for (i, c) in kept.iter().enumerate() {
        if !person(c) || !matches!(c.key, Key::Entry(_)) {
            continue;
        }
        let Some((first, last, n)) = ends(c) else {
            continue;
        };
        let e = full.entry((first, last)).or_insert((Some(i), n));
        if e.0.is_some_and(|o| kept[o].key != c.key) {
            e.0 = None;
        }
        e.1 = e.1.max(n);
    }
    full.retain(|_, (owner, _)| owner.is_some());
    if full.is_empty() {
        return;
    }
    let found: Vec<(usize, usize)> = kept
        .iter()
        .enumerate()
        .filter(|(_, c)| person(c) && matches!(c.key, Key::Generated(_)))
        .filter_map(|(i, c)| {
            let (first, last, n) = ends(c)?;
            match full.get(&(first, last)) {
                Some(&(Some(owner), words)) if words > n => Some((i, owner)),
                _ => None,
            }
        })
        .collect();
    for (i, owner) in found {
        let (key, subtype, name) = {
            let o = &kept[owner];
            (o.key.clone(), o.subtype.clone(), o.name.clone())
        };
        let c = &mut kept[i];
        c.key = key;
        c.subtype = subtype;
        c.name = name;
        c.rule = "coref.shortened";
    }
}

/// A club named in full (نادي الوداد البيضاوي, الهلال السعودي) is its name of one word alone
/// after that in the document (رئيس الوداد, وواصل الهلال), however ordinary the word: the
/// full name said which club it is. Words other mentions hold, and nationality adjectives
/// (الإيراني), are left alone, but for an organization without an id under that name (the
/// tagger's, a quoted name's), which is the club.
pub(super) fn short_name_mentions(cx: &Context<'_>, info: &[TokenInfo], kept: &mut Vec<Candidate>) {
    // Short name → the first full mention's candidate and where each full mention ends, in
    // text order (kept is).
    let mut names: FastMap<&str, (usize, Vec<usize>)> = FastMap::default();
    for (i, c) in kept.iter().enumerate() {
        let Key::Entry(e) = c.key else { continue };
        if c.etype != EntityType::Organization {
            continue;
        }
        let entity = cx.canonical.get(e as usize).copied().unwrap_or(e);
        for s in cx.short_names.of_entity(entity) {
            let (owner, ends) = names.entry(s.as_str()).or_insert((i, Vec::new()));
            // Two entities of the document share it (الهلال السعودي, الهلال السوداني).
            if *owner != usize::MAX && kept[*owner].key != c.key {
                *owner = usize::MAX;
            }
            ends.push(c.span.end);
        }
    }
    names.retain(|_, (owner, _)| *owner != usize::MAX);
    if names.is_empty() {
        return;
    }
    let toks = cx.tokens.tokens();
    // An organization without an id under the short name (the tagger's) is the club too.
    for i in 0..kept.len() {
        let c = &kept[i];
        if c.etype != EntityType::Organization || !matches!(c.key, Key::Generated(_)) {
            continue;
        }
        let Some((owner, ends)) = names.get(&cx.text[c.span.start..c.span.end]) else {
            continue;
        };
        let k_end = ends.partition_point(|&e| e <= c.span.start);
        if k_end == 0 || c.span.start - ends[k_end - 1] > SURNAME_WINDOW {
            continue;
        }
        let club = &kept[*owner];
        let (key, subtype, name) = (club.key.clone(), club.subtype.clone(), club.name.clone());
        let c = &mut kept[i];
        (c.key, c.subtype, c.name, c.rule) = (key, subtype, name, "coref.short-name");
    }
    let covered = covered_words(cx, kept);
    let mut extra = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if covered[i] || info[i].flags & flag::NISBA != 0 {
            continue;
        }
        for (k, clitics, rest) in readings(cx.tok_text(i), |rest| names.contains_key(rest)) {
            let Some((owner, ends)) = names.get(rest) else {
                continue;
            };
            // Within an article's distance after a full mention, as for surnames.
            let at = t.span().start;
            let k_end = ends.partition_point(|&e| e <= at);
            if k_end == 0 || at - ends[k_end - 1] > SURNAME_WINDOW {
                continue;
            }
            let c = &kept[*owner];
            extra.push(Candidate {
                span: Span::new(t.span().start + k, t.span().end),
                word_start: t.span().start,
                clitics,
                etype: EntityType::Organization,
                key: c.key.clone(),
                subtype: c.subtype.clone(),
                name: c.name.clone(),
                priority: priority::SURNAME,
                rule: "coref.short-name",
            });
            break;
        }
    }
    if !extra.is_empty() {
        kept.extend(extra);
        kept.sort_by_key(|c| c.span.start);
    }
}

/// Which words the candidates hold, their proclitics included.
fn covered_words(cx: &Context<'_>, kept: &[Candidate]) -> Vec<bool> {
    let mut covered = vec![false; cx.tokens.tokens().len()];
    for c in kept {
        for i in cx.tokens.tokens_within(c.word_start, c.span.end) {
            covered[i] = true;
        }
    }
    covered
}

/// The readings of `word` a name may start: the word itself, or the rest after a valid
/// proclitic chain (وباقري, لباقري), with where the rest starts and the clitics. `wanted`
/// is asked first: most rests are no name, and the chain is then never read.
fn readings<'w>(
    word: &'w str,
    wanted: impl Fn(&str) -> bool + 'w,
) -> impl Iterator<Item = (usize, Proclitics, &'w str)> {
    chain_ends(word).filter_map(move |k| {
        let (prefix, rest) = word.split_at(k);
        if !wanted(rest) {
            return None;
        }
        let clitics = if k == 0 {
            Some(Proclitics::default())
        } else {
            strip_prefix(prefix, Article::InForm)
        };
        clitics.map(|c| (k, c, rest))
    })
}

/// Up to how many surnames' first words each word is compared with one by one.
const FEW_FIRST_WORDS: usize = 16;

/// Whether `word` may be `first` after a proclitic chain: a chain takes none, two or four
/// bytes from a word's front ([`chain_ends`]), and leaves the rest of the word whole.
#[inline]
fn may_read_as(word: &[u8], first: &[u8]) -> bool {
    matches!(word.len().wrapping_sub(first.len()), 0 | 2 | 4)
        && word.last() == first.last()
        && word.ends_with(first)
}

/// The last four bytes (all of a shorter one) of each surname's first word, as a filter. A
/// proclitic chain takes at most four bytes from a word's front, so every reading of a word
/// of eight bytes or more ends in the word's last four: when they end no first word, no
/// reading is one.
struct Tails {
    bits: [u64; 16],
}

impl Tails {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Tails {
        let mut t = Tails { bits: [0; 16] };
        for w in words {
            let k = Tails::key(w.as_bytes());
            t.bits[k / 64] |= 1 << (k % 64);
        }
        t
    }

    fn key(b: &[u8]) -> usize {
        let tail = &b[b.len().saturating_sub(4)..];
        let k = tail
            .iter()
            .fold(tail.len() as u64, |k, &x| (k << 8) | u64::from(x));
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
    }

    /// Whether some first word may end as `word` ends.
    fn may_end(&self, word: &[u8]) -> bool {
        let k = Tails::key(word);
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A bare generic head (هيئة الأركان) refers to the nearest earlier organization it heads.
pub(super) fn head_coreference(cx: &Context<'_>, kept: &mut [Candidate]) {
    for i in 0..kept.len() {
        let Key::Generated(ref id) = kept[i].key else {
            continue;
        };
        if !id.starts_with("org-head:") || id.contains('/') || id.matches(':').count() > 1 {
            continue;
        }
        let head = &cx.text[kept[i].span.start..kept[i].span.end];
        // Look back a bounded distance: coreference is local to an article.
        let earlier = (i.saturating_sub(200)..i).rev().find(|&j| {
            let c = &kept[j];
            c.etype == EntityType::Organization
                && c.span.len() > head.len()
                && cx.text[c.span.start..c.span.end].starts_with(head)
        });
        if let Some(j) = earlier {
            kept[i].key = kept[j].key.clone();
            kept[i].name = kept[j].name.clone();
            kept[i].subtype = kept[j].subtype.clone();
            kept[i].rule = "coref.head";
        }
    }
}

/// وكالة الأنباء الأردنية (بترا), الاتحاد الأوروبي لكرة القدم (يويفا): one word or two in
/// brackets right after a listed organization's name, rare words that no other name covers
/// and that are no title, trigger or stop word, name the organization again.
pub(super) fn bracketed_aliases(cx: &Context<'_>, info: &[TokenInfo], kept: &mut Vec<Candidate>) {
    let toks = cx.tokens.tokens();
    // Asked only of the words in brackets after a listed body, so no per-word table is built
    // for every document.
    let covered = |k: usize| {
        let t = toks[k].span();
        kept.iter()
            .any(|c| c.word_start < t.end && t.start < c.span.end)
    };
    let between = |k: usize| {
        let end = toks.get(k + 1).map_or(cx.text.len(), |t| t.span().start);
        &cx.text[toks[k].span().end..end]
    };
    // An alias is a name of its own: Arabic without the article, marks or the ending of an
    // adjective (يميني, a party's leaning), or Latin capitals (PYD); not a description
    // (المريخ, الشرائع) or a product (watch).
    let alias_word = |k: usize| {
        let w = cx.tok_text(k);
        let arabic = w.chars().all(|ch| ('\u{0621}'..='\u{064A}').contains(&ch))
            && !w.starts_with("ال")
            && !w.ends_with('ي');
        let acronym = w.chars().all(|ch| ch.is_ascii_uppercase());
        (arabic || acronym) && super::persons::rare_name_word(cx, info, k) && !covered(k)
    };
    let mut extra = Vec::new();
    // A listed organization: what follows a generic head or a tagged name in brackets is as
    // often a ship, a model or a district (البحرية الألمانية (هولشتاين)).
    // Not a company, whose brackets hold its model or its ticker (مرسيدس (أكتروس)).
    let listed = |c: &&Candidate| match c.key {
        Key::Entry(e) => {
            let en = &cx.entries[e as usize];
            en.entity_type == EntityType::Organization && en.subtype.as_deref() != Some("company")
        }
        Key::Generated(_) => false,
    };
    for c in kept.iter().filter(listed) {
        let words = cx.tokens.tokens_within(c.word_start, c.span.end);
        let Some(last) = words.end.checked_sub(1).filter(|&l| l >= words.start) else {
            continue;
        };
        let first = last + 1;
        if first >= toks.len() || between(last).trim() != "(" || !alias_word(first) {
            continue;
        }
        let close = |k: usize| between(k).trim_start().starts_with(')');
        let end = if close(first) {
            first
        } else if between(first).trim().is_empty()
            && first + 1 < toks.len()
            && alias_word(first + 1)
            && close(first + 1)
        {
            first + 1
        } else {
            continue;
        };
        extra.push(Candidate {
            span: Span::new(toks[first].span().start, toks[end].span().end),
            word_start: toks[first].span().start,
            clitics: Proclitics::default(),
            rule: "coref.alias",
            ..c.clone()
        });
    }
    if !extra.is_empty() {
        kept.extend(extra);
        kept.sort_by_key(|c| c.span.start);
    }
}

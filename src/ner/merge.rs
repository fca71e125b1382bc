//! The merge policy: how the tagger's names and the lists' and rules' candidates become one
//! set of candidates for the overlap policy. Lists give ids and precision, the tagger recall.
//!
//! 1. A candidate the tagger agrees with (a tagged name over exactly its words) keeps its id
//!    and type; its rule gains `+tagger` (`list+tagger`, `person.title+tagger`).
//! 2. A person a title, role or apposition rule found, whose first word a tagged name
//!    covers, yields to the tagged name: the tagger reads name boundaries better than those
//!    rules. A tagged name that crosses a candidate (each holds words the other does not:
//!    نبيل عمرو against عمرو بالأمس) loses to it. A known given name with the words after it
//!    does not yield to a tagged name of that one word (يوسف الخطيب, where the tagger saw
//!    يوسف alone), unless the word after it is an everyday word to the model (in no list,
//!    seen at least three times in its cluster corpus: طارق مشكلة, محمد صلى). A city the
//!    tagger calls an organization is the club of that name (`sports-team+tagger`) where a
//!    match's words are near, and so is a city a result's verb pits against another side
//!    whatever the tagger called it (`short_names`).
//!    An apposition's person (a name before a role: its last word is sure, its first a
//!    guess) yields to a tagged person of two words or more that ends where it ends and
//!    starts later, unless it opens with a known given name (ناشد محرم الراغب مدير …).
//! 3. A candidate the tagger rejects (it tags none of its words) is dropped when it is a
//!    single word from a list derived from a training corpus, or a person that
//!    a context rule alone found, but for two or three rare words after a role and a
//!    nationality adjective (وزير الخارجية الفنلندي يوها لاهتينن: foreign names the tagger
//!    rarely saw) and a known given name with the words after it, up to a role or after a
//!    role or a title (رئيس الهيئة الفريق أسامة ربيع: ربيع is an everyday word). Curated list
//!    entries, multi-word list forms and generic
//!    organization heads (وزارة الخارجية الأردنية) stay: they are what kashf's output contract
//!    calls a name, where a tagger trained on ANERcorp learned not to tag them.
//! 4. A tagged name that no candidate covers word for word becomes a candidate of its own
//!    (rule `tagger`, generated id `TYPE:name`) at the lowest priority: at equal span a list or
//!    rule wins, but a longer tagged name wins over the shorter candidates inside it (مطار الملك
//!    فهد الدولي is a place, not the person الملك فهد). Not so a name of everyday words alone
//!    (no given name, in no list, frequent in the model's cluster corpus: سياسي, حوالي, د of
//!    د.; or a place or organization: مثل, المنازل, تبلغ), nor a list name of its type with
//!    nationality adjectives after it (نيمار البرازيلي: the list's name stands, the
//!    adjectives no mention), nor one with everyday words after
//!    it (محمد بن سلمان اجتماعا: the list's name stands), nor a descriptor and a list's name
//!    of its type (نادي ليفربول, شركة أرامكو: the contract leaves the descriptor out); after a
//!    descriptor that opens no list name of its type, the list names are read from the next
//!    word (تنظيم داعش الإرهابي is داعش), and a list organization right after a descriptor
//!    holds the descriptor's word for what a tagged name crosses (نادي هجر سامي: no person
//!    هجر سامي).
//! 5. A tagged person name that extends a list person from the same first word with a nasab
//!    (… بن …) keeps that person's id over the whole chain when the chain goes on with the
//!    family (عبدالله بن عبدالعزيز آل سعود) or with a word that opens no other name; after a
//!    surname, a given name or another بن it is a person of its own (عمر بن عبدالعزيز
//!    المبارك is not the caliph). A chain over a list form is that form's person: محمد بن
//!    سلمان بن عبد العزيز is Mohammed bin Salman, not King Salman, whose form سلمان بن عبد
//!    العزيز lies inside it. A list person with words after it that go on no name (an
//!    everyday word, an imperfect verb, a word never part of a name: سعود بن نايف يتفقد) is
//!    the list name alone.
//! 6. A tagged name that two or more list names of its type fill word for word is those
//!    names (two people side by side).
//! 7. MISC names are not output; they only reject the candidates they cover.
//!
//! Before all this, a tagged person name splits before a word that is و and a known given
//! name (وغادة عادل وياسمين عبد العزيز: two people), and sheds a last word that is ل or ف
//! written onto an everyday word (جوزيه لإيقاف); that word counts as everyday above too. It
//! sheds the titles and roles it opens with
//! (المهندس نبيل عمرو → نبيل عمرو) and the nationality adjectives after them (الكولومبي
//! غابرييل …), a title with words before it that are no name (وُلد الكيميائي الروسي دميتري
//! مندلييف → دميتري مندلييف), as the output contract's span conventions ask, a title of
//! several words it closes with (محمد بن نايف ولي العهد), and the
//! first word of a title or role it closes with when the title runs on past it (ولي of ولي
//! عهد أبوظبي) or a role word that opens the office after it (نائب of … نائب رئيس الوزراء);
//! a person that is only the first word of a longer title (ولي of ولي ولي العهد) is none. A
//! tagged name sheds the stop words it opens or closes with; a name of name particles or
//! stop words alone (بن, ثم), of cue words alone (the descriptors بنك, شركة, مدينة, the
//! closing word الدولي) or of numbers alone, or one right after a quantity word (مليون ريال),
//! is dropped; one of nationality adjectives alone (الكورية after a company's name) becomes
//! no name of its own: an adjective carries a relation. A tagged name sheds the words
//! written with a tanween it opens or closes with (مصطفى مبتسماً → مصطفى, الاتحاد تماماً →
//! الاتحاد), and one of such words alone (ماديًا ومعنويًا, سياحياً, ميتاً) is none: news
//! writes the tanween on adverbs and accusatives, not on names, and the tagger, which reads
//! the text without it, ran names on into them. God's name alone (داعياً الله once the
//! adverb is shed) is none either.
//! A tagged person that is a month alone (رمضان) is the month where the document writes that
//! month as a time elsewhere and no tagged person opens with it.
//! A tagged place or organization of one adjective right after another name («داعش»
//! الإرهابي, صحيفة «تقويم» الموالية) is none: the adjective describes that name.
//! A tagged person that opens with the listed place a place word before it names starts
//! after the place (محافظة صلاح الدين أحمد ناجي: the governorate, then the person).
//! Nor does it open, after an office's words, with a listed organization or place that ل or
//! ب is written onto (الرئيس التنفيذي لـأدنوك سلطان الجابر: the company, then the person).
//! A person written in Arabic sheds the words in Latin letters at its edges (Previous صقر
//! خالد, ديفيد أوين Owen), but for a regnal number (جورج V).
//!
//! DESIGN.md gives the figures each rule was chosen by.

use crate::clitic::Proclitics;
use crate::fasthash::FastMap;
use crate::lexicon::Item;
use crate::span::Span;
use crate::tokenize::Token;
use crate::types::EntityType;

use super::candidate::{generated_key, priority, Candidate, Key};
use super::named_after::cue_at;
use super::orgs::adjective_shaped;
use super::short_names::{club_in_result, club_in_results, club_named_like};
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
        "quoted-publication" => "quoted-publication+tagger",
        "press" => "press+tagger",
        "person.title" => "person.title+tagger",
        "person.role" => "person.role+tagger",
        "person.role-nisba" => "person.role-nisba+tagger",
        "person.given-name" => "person.given-name+tagger",
        "person.apposition" => "person.apposition+tagger",
        other => other,
    }
}

/// A person's name does not close on a particle of descent (عبدالله بن, خالد بن): the
/// father's or the family's name after it belongs to it, also a word that is a stop word or
/// a verb as well (علي, which is على once ى is normalized; طالب, "demanded"), and عبد takes
/// the word after it in turn (بن عبد الله). A particle with no word fit to follow it (a
/// punctuation mark, a conjunction, a title) goes instead.
fn complete_descent(cx: &Context<'_>, info: &[TokenInfo], t: &mut TaggedSpan) {
    let toks = cx.tokens.tokens();
    let particle = |i: usize| {
        info[i].flags & flag::PARTICLE != 0 && cx.lexicon.descent.contains(cx.tok_text(i))
    };
    let fits = |i: usize| {
        i < toks.len()
            && cx.plain_gap(i - 1)
            && info[i].flags
                & (flag::CONJ_CLITIC
                    | flag::TANWEEN
                    | flag::TITLE
                    | flag::ROLE
                    | flag::NISBA
                    | flag::CUE
                    | flag::ORG_HEAD)
                == 0
            && cx
                .tok_text(i)
                .chars()
                .all(crate::tokenize::is_arabic_letter)
    };
    let mut extend = true;
    let mut added = None;
    // The model stopped before a particle and the name after it (محمد الأمين ولد ببات, هشام
    // آيت منا): both belong to the name, when the word after is no everyday word.
    // Whether a list names a place or a body at word `i` (ولد بطنجة: born in Tangier).
    let listed_other = |i: usize| {
        let w = toks[i].span();
        let from = cx.hits.partition_point(|h| h.word_start() < w.start);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.word_start() == w.start)
            .any(|h| {
                matches!(h.item, Item::Entry(e)
                    if cx.entries[e as usize].entity_type != EntityType::Person)
            })
    };
    let name_after = |i: usize| {
        // A stop word only behind a preposition's reading (ببات: ب and بات) may be a name.
        let stop = info[i].flags & flag::STOP != 0 && info[i].flags & flag::PREP_CLITIC == 0;
        fits(i)
            && !stop
            && !listed_other(i)
            && info[i].flags & (flag::PREP | flag::TRIGGER | flag::NOT_NAME & !flag::STOP) == 0
            && (info[i].flags & flag::GIVEN != 0
                || !cx.tagger.is_some_and(|tg| tg.common_word(cx.tok_text(i))))
    };
    if t.etype == EntityType::Person
        && t.last + 2 < toks.len()
        && toks[t.last + 1].sentence() == toks[t.last].sentence()
        && cx.plain_gap(t.last)
        && info[t.last + 1].flags & flag::PARTICLE != 0
        && fits(t.last + 1)
        && !matches!(cx.tok_text(t.last + 1), "أم" | "ام")
        && name_after(t.last + 2)
    {
        t.last += 2;
        // A name compounded with الله goes whole (آل جار الله).
        if t.last + 1 < toks.len() && cx.plain_gap(t.last) && cx.tok_text(t.last + 1) == "الله"
        {
            t.last += 1;
        }
        t.end = toks[t.last].span().end;
        added = Some(t.last);
    }
    while t.last > t.first && particle(t.last) {
        if extend && fits(t.last + 1) {
            t.last += 1;
            added = Some(t.last);
        } else {
            extend = false;
            t.last -= 1;
        }
        t.end = toks[t.last].span().end;
    }
    // The model stopped before a name that is a stop word or a verb as well (علي, طالب), so
    // the family name after it goes with it too (بن علي الشهري), unless it is an everyday word.
    let homograph = |i: usize| info[i].flags & (flag::STOP | flag::PREP | flag::TRIGGER) != 0;
    if let Some(a) = added.filter(|&a| a == t.last && homograph(a)) {
        let next = a + 1;
        if fits(next)
            && cx.tok_text(next).starts_with("ال")
            && cx.tok_text(next).chars().count() > 3
            && info[next].flags & flag::NOT_NAME == 0
            && !cx
                .tagger
                .is_some_and(|tg| tg.common_word(cx.tok_text(next)))
        {
            t.last = next;
            t.end = toks[next].span().end;
        }
    }
}

/// A tagged name takes in the words written onto it with a dot or an ampersand and no space
/// (سي.بي.إس, إيه تي&تي): one written word, an acronym, which the model tags a letter of.
/// A person's name sheds a title's abbreviation taken in so (د.محمد) afterwards.
fn join_dotted(cx: &Context<'_>, t: &mut TaggedSpan) {
    let toks = cx.tokens.tokens();
    let joined = |i: usize| {
        toks[i].sentence() == toks[i + 1].sentence()
            && matches!(
                &cx.text[toks[i].span().end..toks[i + 1].span().start],
                "." | "&"
            )
    };
    while t.first > 0 && joined(t.first - 1) {
        t.first -= 1;
        t.start = toks[t.first].span().start;
        t.clitics = Default::default();
    }
    while t.last + 1 < toks.len() && joined(t.last) {
        t.last += 1;
        t.end = toks[t.last].span().end;
    }
}

/// Starts tagged name `t` at the first word at or after byte `end` (a name it opened with
/// is left out), with no clitics of its own.
fn start_after(cx: &Context<'_>, t: &mut TaggedSpan, end: usize) {
    t.first = cx.tokens.token_at_or_after(end);
    t.start = cx.tokens.tokens()[t.first].span().start;
    t.clitics = Proclitics::default();
}

/// Takes the words `drop` says off both ends of a tagged name, keeping at least one.
fn shed_edges(t: &mut TaggedSpan, toks: &[Token], drop: impl Fn(usize) -> bool) {
    while t.first < t.last && drop(t.first) {
        t.first += 1;
        t.start = toks[t.first].span().start;
        t.clitics = Default::default();
    }
    while t.last > t.first && drop(t.last) {
        t.last -= 1;
        t.end = toks[t.last].span().end;
    }
}

/// Merges the tagged names into the candidates (see the module docs).
pub(super) fn merge(
    cx: &Context<'_>,
    info: &[TokenInfo],
    mut tagged: Vec<TaggedSpan>,
    cands: &mut Vec<Candidate>,
) {
    let toks = cx.tokens.tokens();
    // Word `i` is an everyday word to the model: no given name, in no list, and frequent in
    // the corpus its clusters were learned from.
    // ل or ف written onto such a word (لإيقاف, فاحتسب) is one too.
    let everyday = |i: usize| {
        info[i].flags & flag::GIVEN == 0
            && cx.tagger.is_some_and(|t| {
                let w = cx.tok_text(i);
                t.common_word(w) || t.clitic_on_common_word(w)
            })
    };
    // Word `i` goes on no person's name past a list's name of it (محمد بن سلمان يتفقد, فيصل
    // بن بندر بالبكيرية): an everyday word, a word never part of a name, or, in no list and
    // no given name, an imperfect verb (ي and three letters more; its future, سي ست سن and
    // three more) or a preposition or conjunction written onto the article.
    let no_surname = |i: usize| {
        everyday(i)
            || info[i].flags & flag::NOT_NAME != 0
            || info[i].flags & flag::GIVEN == 0
                && cx.tagger.is_some_and(|t| {
                    let w = cx.tok_text(i);
                    t.unlisted(w)
                        && (w.starts_with('ي') && w.chars().nth(3).is_some()
                            || ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p))
                                && w.chars().nth(4).is_some()
                            || ["بال", "لل", "وال", "فال", "كال"]
                                .iter()
                                .any(|p| w.starts_with(p)))
                })
    };
    // Word `i`, after a list's person name, opens another person's name: a surname with the
    // article, a given name, a name particle or a word of a list's name (عمر بن عبد العزيز
    // المبارك is not the caliph; عبد الله بن عبد العزيز بن مساعد is not the king).
    let opens_surname = |i: usize| {
        let w = cx.tok_text(i);
        w.starts_with("ال")
            || info[i].flags & (flag::GIVEN | flag::PARTICLE) != 0
            || cx.tagger.is_some_and(|t| !t.unlisted(w))
    };
    // Two people side by side, the second after و (وغادة عادل وياسمين عبد العزيز): a tagged
    // person splits before a word that is و and a known given name, unless a name particle
    // stands before it.
    let second_person = |i: usize| {
        let start = toks[i].span().start;
        info[i].flags & flag::GIVEN != 0
            && info[i - 1].flags & flag::PARTICLE == 0
            && cx.tok_text(i).starts_with('و')
            && info[i]
                .given(start)
                .is_some_and(|(at, c)| c.conjunction && at == start + 'و'.len_utf8())
    };
    // A tribe's name (بني تميم, بنو هاشم: the sons of) and a person after it (محافظ حوطة بني
    // تميم مساعد بن عبدالرحمن السالم: the governor after his town) split before the
    // person's given name or title.
    let tribe = |t: &TaggedSpan| {
        t.etype == EntityType::Person
            && t.first < t.last
            && matches!(cx.tok_text(t.first), "بني" | "بنو")
    };
    let cut = |t: &TaggedSpan, i: usize| {
        second_person(i)
            || tribe(t)
                && (t.first + 2..=t.last)
                    .find(|&k| info[k].flags & (flag::GIVEN | flag::TITLE) != 0)
                    == Some(i)
    };
    let splits =
        |t: &TaggedSpan| t.etype == EntityType::Person && (t.first + 1..=t.last).any(|i| cut(t, i));
    if tagged.iter().any(&splits) {
        // Sized for every piece, so that a long document's names are not held twice while
        // the vector grows.
        let pieces: usize = tagged
            .iter()
            .filter(|t| splits(t))
            .map(|t| (t.first + 1..=t.last).filter(|&i| cut(t, i)).count())
            .sum();
        let mut apart = Vec::with_capacity(tagged.len() + pieces);
        for t in tagged {
            if !splits(&t) {
                apart.push(t);
                continue;
            }
            let mut from = t.first;
            for i in t.first + 1..=t.last + 1 {
                if i <= t.last && !cut(&t, i) {
                    continue;
                }
                let (start, clitics) = if from == t.first {
                    (t.start, t.clitics)
                } else {
                    let s = toks[from].span().start;
                    info[from].given(s).unwrap_or((s, Default::default()))
                };
                apart.push(TaggedSpan {
                    first: from,
                    last: i - 1,
                    start,
                    end: toks[i - 1].span().end,
                    etype: t.etype,
                    clitics,
                });
                from = i;
            }
        }
        tagged = apart;
    }
    // Word `k` is `w`, after a proclitic chain when it is a phrase's first word (`j == 0`).
    let word_is = |k: usize, j: usize, w: &str| {
        let t = cx.tok_text(k);
        t == w || j == 0 && crate::clitic::chain_ends(t).any(|at| &t[at..] == w)
    };
    // The length of a set phrase that starts at word `k`, if one does. Most words open none,
    // which the table of first words answers.
    let formula_at = |k: usize| {
        let t = cx.tok_text(k);
        let firsts = &cx.lexicon.formula_firsts;
        if !crate::clitic::chain_ends(t).any(|at| firsts.contains(&t[at..])) {
            return None;
        }
        cx.lexicon
            .formulae
            .iter()
            .find(|f| {
                k + f.len() <= toks.len() && f.iter().enumerate().all(|(j, w)| word_is(k + j, j, w))
            })
            .map(Vec::len)
    };
    let reach = cx.lexicon.formula_reach;
    // Words `first..=last` lie inside a set phrase (رضي الله of رضي الله عنه, حمد الله of
    // بحمد الله).
    let in_formula = |first: usize, last: usize| {
        ((last + 1).saturating_sub(reach)..=first)
            .any(|k| formula_at(k).is_some_and(|n| k + n > last))
    };
    // Whether word `i` holds a digit.
    let digits = |i: usize| cx.tok_text(i).bytes().any(|b| b.is_ascii_digit());
    // Whether a hit of word `i` (one that starts in it, after its clitics) ends as `ends`
    // says and means what `is` says: hits are sorted by word, so a search finds them.
    let hit_of = |i: usize, is: fn(&Item) -> bool, ends: &dyn Fn(usize, usize) -> bool| {
        let w = toks[i].span();
        let from = cx.hits.partition_point(|h| h.word_start() < w.start);
        cx.hits[from..]
            .iter()
            .take_while(|h| h.word_start() == w.start)
            .any(|h| is(&h.item) && ends(h.span().end, w.end))
    };
    // Whether a list's entry is found over word `i`, exactly.
    let listed = |i: usize| hit_of(i, |x| matches!(x, Item::Entry(_)), &|e, w| e == w);
    // A month of one word next to a time cue (رمضان الماضي, شهر رجب, في رمضان, 17 رجب) is a
    // time.
    // A month that is also a given name (رمضان, رجب), alone, is the month where the
    // document writes it as a time elsewhere (شهر رمضان, في رمضان) and no tagged person of
    // the document opens with it (رمضان صبحي … رمضان): one sense per document.
    let month_openers: Vec<&str> = tagged
        .iter()
        .filter(|t| t.etype == EntityType::Person && t.first < t.last)
        .map(|t| cx.tok_text(t.first))
        .filter(|w| cx.lexicon.months.contains(*w))
        .collect();
    let timed_months: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
    let month_in_time = |w: &str| {
        let timed = timed_months.get_or_init(|| {
            let mut v: Vec<&str> = (0..toks.len())
                .map(|i| (i, cx.tok_text(i)))
                .filter(|&(i, m)| cx.lexicon.months.contains(m) && cx.month_as_time(i, m))
                .map(|(_, m)| m)
                .collect();
            v.sort_unstable();
            v.dedup();
            v.retain(|m| !month_openers.contains(m));
            v
        });
        timed.contains(&w)
    };
    let a_time = |t: &TaggedSpan| {
        let w = cx.tok_text(t.first);
        t.first == t.last
            && (cx.month_as_time(t.first, w) || cx.lexicon.months.contains(w) && month_in_time(w))
    };
    // Titles and roles are not part of a person's name (المهندس نبيل عمرو → نبيل عمرو).
    // Trimmed in place: a long document has hundreds of thousands of tagged names.
    tagged.retain_mut(|t| {
        // A name particle alone (بن, أبو) is no name, nor cue words alone (بنك, شركة,
        // مدينة, الدولي): the name is the one they describe.
        // Nor are numbers (كيم ( 60 ): a player's minute).
        if (t.first..=t.last).all(|i| info[i].flags & flag::PARTICLE != 0)
            || (t.first..=t.last).all(|i| info[i].flags & flag::CUE != 0)
            || (t.first..=t.last).all(|i| {
                let w = toks[i].span();
                cx.text[w.start..w.end].chars().all(char::is_numeric)
            })
        {
            return false;
        }
        // A name neither opens nor closes with a stop word or a preposition (ثم, في), nor
        // with a preposition written apart before a quoted name (محمد صلاح لـ"ليفربول").
        let edge = |i: usize| {
            info[i].flags & (flag::STOP | flag::PREP) != 0
                || crate::clitic::detached_at(cx.text, cx.tokens, i).is_some()
        };
        shed_edges(t, toks, edge);
        join_dotted(cx, t);
        // A person's name opens with no بني or بنو (the sons of): that names a tribe (قبيلة
        // بني جندب, بنو هاشم), an organization as ANERcorp has it, or after a place's word
        // or في the place it gave its name to (محافظة بني حسن, في بني ظبيان).
        if tribe(t) {
            let place = t.first > 0
                && cx.plain_gap(t.first - 1)
                && (cue_at(cx, t.first - 1, "place")
                    || matches!(cx.tok_text(t.first - 1), "في" | "ناحيه" | "حوطه" | "جوف"));
            t.etype = if place {
                EntityType::Location
            } else {
                EntityType::Organization
            };
        }
        if edge(t.first) {
            return false;
        }
        // Nor does it open with the listed place a place word before it names (محافظة صلاح
        // الدين أحمد ناجي: the governorate, then the person): it starts after the place.
        if t.etype == EntityType::Person
            && t.first > 0
            && cx.plain_gap(t.first - 1)
            && cue_at(cx, t.first - 1, "place")
        {
            let from = toks[t.first - 1].span().start;
            let at = cx.hits.partition_point(|h| h.word_start() < from);
            let place_end = cx.hits[at..]
                .iter()
                .take_while(|h| h.word_start() <= toks[t.first].span().start)
                .filter(|h| h.span().end < t.end)
                .filter(|h| {
                    matches!(h.item, Item::Entry(e)
                    if cx.entries[e as usize].entity_type == EntityType::Location)
                })
                .map(|h| h.span().end)
                .max();
            if let Some(end) = place_end {
                start_after(cx, t, end);
            }
        }
        // Nor does it open, after an office's words, with a listed organization or place
        // that ل or ب is written onto (الرئيس التنفيذي لـأدنوك سلطان الجابر: the company,
        // then the person): it starts after that name. (Not ك, nor without the office: كلاوس
        // is no ك and لاوس.)
        if t.etype == EntityType::Person
            && t.first < t.last
            && t.first > 0
            && cx.plain_gap(t.first - 1)
            && info[t.first - 1].flags & (flag::ROLE_ZONE | flag::TITLE) != 0
        {
            let from = toks[t.first].span().start;
            let at = cx.hits.partition_point(|h| h.word_start() < from);
            let body_end = cx.hits[at..]
                .iter()
                .take_while(|h| h.word_start() == from)
                .filter(|h| {
                    h.clitics.preposition
                        && h.span().end < toks[t.last].span().start
                        && cx.text[from..h.span().start]
                            .trim_end_matches("ال")
                            .ends_with(['ل', 'ب'])
                })
                .filter(|h| {
                    matches!(h.item, Item::Entry(e)
                    if matches!(cx.entries[e as usize].entity_type,
                        EntityType::Organization | EntityType::Location))
                })
                .map(|h| h.span().end)
                .max();
            if let Some(end) = body_end {
                start_after(cx, t, end);
            }
        }
        // A person's name holds no number: a name of two words or more, or a known given
        // name, before one keeps them (جيانغ جيبنغ 79: an age; خالد 0504294643: a phone);
        // any other with a number in it is none (دي 3, آيفون 7: products), and so is one
        // that closes with a year (رجب 1434هـ: a date, though رجب is a given name too).
        if t.etype == EntityType::Person {
            // A year (1434هـ, 2015م) after it makes the name a month's.
            let year = |i: usize| {
                let w = cx.tok_text(i);
                w.starts_with(|c: char| c.is_ascii_digit())
                    && (w.ends_with('ه') || w.ends_with('م'))
            };
            if t.last == t.first + 1
                && year(t.last)
                && cx.lexicon.months.contains(cx.tok_text(t.first))
            {
                return false;
            }
            while t.last > t.first
                && digits(t.last)
                && (t.last > t.first + 1 || info[t.first].flags & flag::GIVEN != 0)
            {
                t.last -= 1;
                t.end = toks[t.last].span().end;
            }
            if (t.first..=t.last).any(digits) {
                return false;
            }
        }
        // Nor does it open or close with a word written with a tanween: an adverb or an
        // accusative (نيمار جالساً, وداعاً كارمن, شاكراً alone; دوراً محورياً, سياحياً).
        // Only fully vowelled text writes one on a name (محمداً), and news is not vowelled.
        let tanween = |i: usize| info[i].flags & flag::TANWEEN != 0;
        shed_edges(t, toks, tanween);
        if tanween(t.first) {
            return false;
        }
        // God's name alone (داعياً الله once the adverb is shed) is no name of a person, a
        // place or an organization.
        if &cx.text[t.start..t.end] == "الله" {
            return false;
        }
        if t.etype == EntityType::Person {
            // Nor, written in Arabic, with a word in Latin letters (Previous صقر خالد: a web
            // page's link; ديفيد أوين Owen: the name again), but for a regnal number (جورج V).
            let latin = |i: usize| {
                let w = cx.tok_text(i);
                w.bytes().all(|b| b.is_ascii_alphabetic())
                    && !w.bytes().all(|b| b"IVXLC".contains(&b))
            };
            if (t.first..=t.last).any(|i| !latin(i)) {
                shed_edges(t, toks, latin);
            }
            // Nor with an Arabic word of one letter: a title's abbreviation (د.محمد, م.خالد),
            // an initial, a preposition written apart (بـ); after و, an abbreviation with its
            // dot (ود.محمد, not ون of ون درايف).
            let one_letter = |w: &str| {
                let mut c = w.chars();
                c.next().is_some_and(crate::tokenize::is_arabic_letter) && c.next().is_none()
            };
            shed_edges(t, toks, |i| {
                let w = cx.tok_text(i);
                one_letter(w)
                    || w.strip_prefix('و').is_some_and(one_letter)
                        && cx.text[toks[i].span().end..].starts_with('.')
            });
            complete_descent(cx, info, t);
        }
        if t.etype == EntityType::Person {
            // A name ends before a set phrase that starts inside it (الصديق رضي الله عنه).
            if let Some(k) = (t.first + 1..=t.last).find(|&k| formula_at(k).is_some()) {
                t.last = k - 1;
                t.end = toks[t.last].span().end;
            }
            if in_formula(t.first, t.last) || a_time(t) {
                return false;
            }
        }
        // A descriptor alone with the article (المعهد, الجامعة, الشركة) refers back to an
        // organization: it is no name, unless a list has it; nor is a descriptor with
        // everyday words after it (منظمة إرهابية, الشركة الكبرى): a description. Without
        // the article, the descriptor governs a word with it (كلية الطب): that is a name.
        if t.first == t.last
            && cx.lexicon.is_bare_descriptor(cx.tok_text(t.first))
            && !listed(t.first)
        {
            return false;
        }
        if t.etype != EntityType::Person
            && t.first < t.last
            && cx.lexicon.is_descriptor(cx.tok_text(t.first))
            && (t.first + 1..=t.last).all(&everyday)
            && (cx.lexicon.is_bare_descriptor(cx.tok_text(t.first))
                || !(t.first + 1..=t.last).any(|i| cx.tok_text(i).starts_with("ال")))
            && !hit_of(t.first, |x| matches!(x, Item::Entry(_)), &|e, _| {
                e == toks[t.last].span().end
            })
        {
            return false;
        }
        // A currency's name right after a number, alone or with its country's adjective (3999
        // ريال, 500 ريال سعودي), is the number's unit.
        if (t.first + 1..=t.last).all(|i| info[i].flags & flag::NISBA != 0)
            && t.first > 0
            && cx.plain_gap(t.first - 1)
            && cx.lexicon.is_currency(cx.tok_text(t.first))
            && digits(t.first - 1)
        {
            return false;
        }
        // Nor does it follow a number (3 آلاف ريال, مليون دولار): that is a unit or a
        // currency.
        if t.first > 0
            && cx.plain_gap(t.first - 1)
            && cx.lexicon.is_quantity(cx.tok_text(t.first - 1))
        {
            return false;
        }
        // Nor is it one that opens with a word that only closes names (الدولي, الرياضي: the
        // `suffix` cues): والرياضي والسياحي is a list of fields. A person's name may follow
        // one (الدولي رون فلار: the player's title).
        if cue_at(cx, t.first, "suffix") {
            if t.etype != EntityType::Person || t.first == t.last {
                return false;
            }
            t.first += 1;
            t.start = toks[t.first].span().start;
            t.clitics = Default::default();
        }
        // Nor does it close with a word that opens with ل and the article (جيمس جيفري
        // للصحفيين): that is a preposition's phrase.
        while t.etype == EntityType::Person && t.last > t.first && {
            let w = toks[t.last].span();
            cx.text[w.start..w.end].starts_with("لل")
        } {
            t.last -= 1;
            t.end = toks[t.last].span().end;
        }
        // Nor with ل or ف written onto an everyday word (جوزيه لإيقاف, كاسياس فاحتسب): a
        // name's last word carries no such clitic. What is left ends in no name particle.
        while t.etype == EntityType::Person
            && t.last > t.first
            && info[t.last].flags & flag::GIVEN == 0
            && info[t.last - 1].flags & flag::PARTICLE == 0
            && cx
                .tagger
                .is_some_and(|m| m.clitic_on_common_word(cx.tok_text(t.last)))
        {
            t.last -= 1;
            t.end = toks[t.last].span().end;
        }
        // Nor does it end inside a title or role of several words that runs on past it (ولي
        // of ولي عهد أبوظبي); a person that is only such a word is none (ولي of ولي ولي
        // العهد).
        let opens_longer_title =
            |i: usize| hit_of(i, |x| matches!(x, Item::Title(_)), &|e, w| e > w);
        while t.etype == EntityType::Person && t.last > t.first && opens_longer_title(t.last) {
            t.last -= 1;
            t.end = toks[t.last].span().end;
        }
        if t.etype == EntityType::Person && t.first == t.last && opens_longer_title(t.first) {
            return false;
        }
        // Nor with a title of several words (محمد بن نايف ولي العهد): the title follows the
        // name and is no part of it.
        while t.etype == EntityType::Person && t.last > t.first {
            let end = toks[t.last].span().end;
            let closing = (t.first + 1..t.last)
                .rev()
                .take(3)
                .find(|&k| hit_of(k, |x| matches!(x, Item::Title(_)), &|e, _| e == end));
            let Some(k) = closing else { break };
            t.last = k - 1;
            t.end = toks[t.last].span().end;
        }
        // Nor with a role word that opens the role phrase after the name (نائب of محمد بن
        // نايف نائب رئيس مجلس الوزراء).
        while t.etype == EntityType::Person
            && t.last > t.first
            && info[t.last].flags & flag::ROLE != 0
            && toks.get(t.last + 1).is_some_and(|next| {
                next.sentence() == toks[t.last].sentence()
                    && info[t.last + 1].flags & flag::ROLE_ZONE != 0
            })
        {
            t.last -= 1;
            t.end = toks[t.last].span().end;
        }
        // Nor does it hold a title with words before it that are no name (ولد الشاعر …,
        // وُلد الروائي السوداني الطيب صالح: the verb and the title go); a given name or a
        // particle inside the name before the title keeps it (إسماعيل ولد الشيخ أحمد).
        if t.etype == EntityType::Person && t.first < t.last {
            let title = |i: usize| {
                info[i].flags & (flag::TITLE | flag::ROLE) != 0 && info[i].flags & flag::WEAK == 0
            };
            // A particle that opens the span opens no name (وُلد, read as ولد "son of").
            let unnamed = |i: usize| {
                info[i].flags & flag::GIVEN == 0
                    && (i == t.first || info[i].flags & flag::PARTICLE == 0)
            };
            if let Some(k) = (t.first + 1..=t.last).find(|&k| title(k)) {
                if (t.first..k).all(unnamed) {
                    // Nothing but the title is left (وُلد الكيميائي): no name.
                    if k == t.last {
                        return false;
                    }
                    t.first = k;
                    t.start = toks[k].span().start;
                    t.clitics = Default::default();
                }
            }
        }
        // A rank's qualifier after it (العميد طيار ركن) goes with the title, and so does a
        // nationality adjective with the article (الكولومبي غابرييل غارسيا ماركيز).
        while t.etype == EntityType::Person
            && t.first < t.last
            && (info[t.first].flags & (flag::TITLE | flag::ROLE | flag::FILLER) != 0
                || info[t.first].flags & flag::NISBA != 0 && cx.tok_text(t.first).starts_with("ال"))
        {
            t.first += 1;
            t.start = toks[t.first].span().start;
            t.clitics = Default::default();
        }
        // A title written without its article alone (وأكد شيخ قبيلة …, قال دكتور) is none
        // either, unless it is a given name too.
        if t.etype == EntityType::Person
            && t.first == t.last
            && info[t.first].flags & flag::GIVEN == 0
            && cx.lexicon.bare_titles.contains(cx.tok_text(t.first))
        {
            return false;
        }
        // A person that is a title or role word alone (الفنان, أمين of أمين جدة, العهد of ولي
        // العهد) is none, unless a name particle or a given name stands before it: then it
        // is a surname the tagger cut off (آل الشيخ).
        !(t.etype == EntityType::Person
            && t.first == t.last
            && info[t.first].flags & (flag::TITLE | flag::ROLE) != 0
            && info[t.first].flags & flag::GIVEN == 0
            && !(t.first > 0
                && cx.plain_gap(t.first - 1)
                && info[t.first - 1].flags & (flag::PARTICLE | flag::GIVEN) != 0))
    });
    let tagged = &tagged[..];
    // The tagged name over word `i`: tagged names come in word order and never overlap, so a
    // search finds it (no table of every word).
    let tag_of = |i: usize| {
        let k = tagged.partition_point(|t| t.last < i);
        tagged.get(k).filter(|t| t.first <= i).map(|_| k)
    };
    let words = |c: &Candidate| {
        let r = cx.tokens.tokens_within(c.word_start, c.span.end);
        (r.start, r.end.saturating_sub(1).max(r.start))
    };
    let named = |k: usize| tagged[k].etype != EntityType::Misc;
    // The word after a given name is an everyday word the tagger left out of the name
    // (محمد صلى, طارق مشكلة, عمر مريض): the given name alone is the person.
    // So is a set phrase's first word (عائشة رضي الله عنها).
    let second_is_common =
        |a: usize| a + 1 < toks.len() && (everyday(a + 1) || formula_at(a + 1).is_some());
    let mut matched = vec![false; tagged.len()];
    cands.retain_mut(|c| {
        let (a, b) = words(c);
        if b >= toks.len() {
            return true;
        }
        let rule_found = matches!(c.key, Key::Generated(_)) && c.priority >= priority::PERSON_RULE;
        // A known given name and the word after it is the most reliable person rule: it
        // does not yield to a tagged name of that one word (يوسف الخطيب over يوسف).
        let yields = rule_found
            && !(c.rule == "person.given-name"
                && tag_of(a).is_some_and(|k| tagged[k].first == tagged[k].last)
                && !second_is_common(a));
        // 1. Agreement.
        if let Some(k) = tag_of(a).filter(|&k| tagged[k].first == a && tagged[k].last == b) {
            matched[k] = true;
            // A city the tagger calls an organization, near a match's words, whose name is a
            // club's short name, is the club (فاز ليون على بورتو).
            if c.etype == EntityType::Location {
                let club = club_in_results(cx, c)
                    .or_else(|| club_in_result(cx, c))
                    .or_else(|| {
                        (tagged[k].etype == EntityType::Organization)
                            .then(|| club_named_like(cx, c))
                            .flatten()
                    });
                if let Some(club) = club {
                    c.key = Key::Entry(cx.canonical[club as usize]);
                    c.etype = EntityType::Organization;
                    c.priority = priority::CUED;
                    c.rule = "sports-team+tagger";
                    return true;
                }
            }
            if named(k) {
                c.rule = with_tagger(c.rule);
            }
            return true;
        }
        // 2. A rule's candidate over part of a tagged name that covers its first word yields
        // to it; other tagged names it touches cross it and are left out below.
        if tag_of(a).is_some_and(named) {
            return !yields;
        }
        // An apposition's name is anchored by the role after it: its last word is sure, its
        // first a guess. A tagged person of two words or more that ends where it ends reads
        // the first better, unless the apposition opens with a known given name (ناشد محرم
        // الراغب مدير …: the rare verb is not the name; مهاب مميش stays whole).
        if c.rule == "person.apposition"
            && info[a].flags & flag::GIVEN == 0
            && tag_of(b).is_some_and(|k| {
                let t = &tagged[k];
                t.last == b && t.first > a && t.last > t.first && t.etype == EntityType::Person
            })
        {
            return false;
        }
        if (a..=b).any(|i| tag_of(i).is_some_and(named)) {
            return true;
        }
        // 3. Rejected.
        match c.key {
            Key::Entry(e) => feeds_training(&cx.entries[e as usize]) || a != b,
            // Two rare words after a role and a nationality adjective are a name where the
            // tagger, which learned few foreign names, sees none.
            // So are a known given name and the words after it up to a role (علي أكبر
            // ناصري مندوب إيران), or after a role or a title (الفريق أسامة ربيع).
            Key::Generated(_) => {
                !rule_found
                    || c.rule == "person.role-nisba"
                    || matches!(c.rule, "person.apposition" | "person.role" | "person.title")
                        && b > a
                        && info[a].flags & flag::GIVEN != 0
            }
        }
    });
    // The list persons by first word, in candidate order, built at the first nasab chain
    // (one pass over the candidates, not one per chain) and kept up to date after.
    let list_person =
        |c: &Candidate| c.etype == EntityType::Person && matches!(c.key, Key::Entry(_));
    let mut persons_at: Option<FastMap<usize, Vec<usize>>> = None;
    // The candidates' word ranges, indexed once: the tagged names below ask about them one
    // by one, and a scan of every candidate per name is quadratic on a long document. Tagged
    // names do not overlap, so the names this loop adds never answer a later name's question.
    let mut starts: Vec<(u32, u32)> = Vec::with_capacity(cands.len());
    let mut ends: Vec<(u32, u32)> = Vec::with_capacity(cands.len());
    let mut lists: Vec<(u32, u32, EntityType)> = Vec::new();
    for c in cands.iter() {
        let (a, b) = words(c);
        let (a, b) = (a as u32, b as u32);
        starts.push((a, b));
        ends.push((b, a));
        // A club a side member's or a cue word names (مدرب النصر, نادي النصر) is as sure as
        // a list's name, whether or not the lists say which club it is.
        if matches!(c.key, Key::Entry(_)) || c.rule == "club.side-role" {
            lists.push((a, b, c.etype));
            // A list's organization after its descriptor (نادي هجر, whose mention is هجر)
            // holds the descriptor's word too for what a tagged name crosses: رئيس نادي هجر
            // سامي الملحم is the club, then the person, not a person هجر سامي.
            if c.etype == EntityType::Organization
                && a > 0
                && cx.plain_gap(a as usize - 1)
                && cx.lexicon.is_descriptor(cx.tok_text(a as usize - 1))
            {
                starts.push((a - 1, b));
                ends.push((b, a - 1));
            }
        }
    }
    starts.sort_unstable();
    ends.sort_unstable();
    lists.sort_unstable_by_key(|&(a, b, _)| (a, b));
    // The pairs of `v` (sorted) whose first member lies in `from..=to`.
    let within = |v: &[(u32, u32)], from: usize, to: usize| {
        let lo = v.partition_point(|x| (x.0 as usize) < from);
        let hi = v.partition_point(|x| (x.0 as usize) <= to).max(lo);
        lo..hi
    };
    // The words of nationality adjectives after a list name, read as such below.
    let mut adjectives: Vec<(usize, usize)> = Vec::new();
    // The last word of the tagged name this loop last made a candidate.
    let mut last_tagged: Option<usize> = None;
    for (k, t) in tagged.iter().enumerate() {
        if matched[k] || !named(k) {
            continue;
        }
        // A tagged name that two or more list names of its type fill word for word (two
        // people side by side: رجب طيب أردوغان فلاديمير بوتين) is those names.
        // After a descriptor that opens no list name of the tagged type (نادي of نادي الهلال,
        // where the list's name is الهلال alone), the list names are read from the next word.
        let lists_from = |i: usize| {
            let from = lists.partition_point(|x| (x.0 as usize) < i);
            lists[from..].iter().take_while(move |x| x.0 as usize == i)
        };
        let mut at = if t.etype != EntityType::Person
            && t.first < t.last
            && cx.lexicon.is_descriptor(cx.tok_text(t.first))
            && !lists_from(t.first).any(|x| x.2 == t.etype)
        {
            t.first + 1
        } else {
            t.first
        };
        let mut parts = 0;
        while at <= t.last {
            let from = lists.partition_point(|x| (x.0 as usize) < at);
            let next = lists[from..]
                .iter()
                .take_while(|x| x.0 as usize == at)
                .filter(|x| x.2 == t.etype && x.1 as usize <= t.last)
                .map(|x| x.1 as usize)
                .max();
            match next {
                Some(b) => {
                    parts += 1;
                    at = b + 1;
                }
                None => break,
            }
        }
        if parts >= 2 && at > t.last {
            continue;
        }
        // A tagged name that opens with a list's MISC name (a product: إكس بوكس ون, ويندوز
        // فون) is a model of it, not a person or a company: the list's name stands.
        let from = lists.partition_point(|x| (x.0 as usize) < t.first);
        if lists[from..]
            .iter()
            .take_while(|x| x.0 as usize == t.first)
            .any(|x| x.2 == EntityType::Misc && t.etype != EntityType::Misc)
        {
            continue;
        }
        // A list name of its type with nationality adjectives after it (كوباني السورية,
        // نيمار البرازيلي) is that name: the adjectives are no part of the mention, and the
        // list's id stands.
        // An adjective that is also a place's name (السعودية of أرامكو السعودية) is no
        // mention of that place there.
        if parts >= 1 && at <= t.last && (at..=t.last).all(|i| info[i].flags & flag::NISBA != 0) {
            adjectives.push((at, t.last));
            continue;
        }
        // So is a list name of its type with everyday words after it (محمد بن سلمان اجتماعا:
        // the tagger ran on into the verb's object), a list's person with words after it
        // that go on no name (محمد بن سلمان يتفقد), and a list's person of one word after a
        // title (الملك سلمان تحققت) with a word after it that opens no surname. Not a list's
        // one-word person alone: foreign surnames follow it (أليسا سلوتكين, راوول كاسترو).
        let past_name = |i: usize| match t.etype {
            EntityType::Person => no_surname(i),
            _ => everyday(i),
        };
        let mononym_run_on = t.etype == EntityType::Person
            && parts == 1
            && at == t.first + 1
            && at <= t.last
            && t.first > 0
            && cx.plain_gap(t.first - 1)
            && info[t.first - 1].flags & flag::TITLE != 0
            && !opens_surname(at);
        if parts >= 1 && at <= t.last && ((at..=t.last).all(past_name) || mononym_run_on) {
            continue;
        }
        // A tagged name that crosses a candidate (each holds words the other does not)
        // loses to it.
        let crosses = t.first < t.last
            && (ends[within(&ends, t.first, t.last - 1)]
                .iter()
                .any(|&(_, a)| (a as usize) < t.first)
                || starts[within(&starts, t.first + 1, t.last)]
                    .iter()
                    .any(|&(_, b)| b as usize > t.last));
        if crosses {
            continue;
        }
        let name = &cx.text[t.start..t.end];
        // Nationality adjectives alone (الكورية after a company's name, مدينة يمنية, صحيفة
        // فرنسية) are no name of their own: the contract reads an adjective as carrying a
        // relation, not as a mention. A country the table also holds (سورية) is a list's
        // candidate over the same words, which has agreed with the tagger above, as has a
        // channel (العربية); without a list's candidate (the tagger alone), a word a list
        // holds is the list's name. Without the article, a person's may be a name (تركي, روس).
        if (t.first..=t.last).all(|i| {
            let w = toks[i].span();
            // The article after at most two clitic letters (الكورية, والكورية).
            let article = cx.text[w.start..w.end].find("ال").is_some_and(|p| p <= 4);
            info[i].flags & flag::NISBA != 0
                && (article || t.etype != EntityType::Person && !listed(i))
        }) {
            continue;
        }
        // A name of everyday words alone (حينذاك, سياسي, ربك; ماديا ومعنويا) is no name.
        if (t.first..=t.last).all(&everyday) {
            continue;
        }
        // Nor is a place or an organization of one adjective right after another name
        // («داعش» الإرهابي, البقاع الغربي, شركة … العقارية): the adjective describes it.
        if t.etype != EntityType::Person && t.first == t.last && t.first > 0 {
            let adjective = adjective_shaped(cx.tok_text(t.first));
            let after_name = !ends[within(&ends, t.first - 1, t.first - 1)].is_empty()
                || last_tagged == Some(t.first - 1);
            let gap = &cx.text[toks[t.first - 1].span().end..t.start];
            let gap_plain = gap
                .chars()
                .all(|c| c == ' ' || crate::tokenize::is_quote(c));
            if adjective && after_name && gap_plain {
                continue;
            }
        }
        // Nor is a descriptor and a list's name of the tagged type after it (نادي ليفربول,
        // شركة أرامكو): the output contract leaves the descriptor out, and the list's name
        // stands.
        if t.etype != EntityType::Person
            && t.first < t.last
            && cx.lexicon.is_descriptor(cx.tok_text(t.first))
            && lists[lists.partition_point(|x| (x.0 as usize) < t.first + 1)..]
                .iter()
                .take_while(|x| x.0 as usize == t.first + 1)
                .any(|x| x.1 as usize == t.last && x.2 == t.etype)
        {
            continue;
        }
        // 5. A nasab chain over a list person from its first word keeps that person's id.
        let nasab = t.etype == EntityType::Person
            && (t.first..=t.last).any(|i| info[i].flags & flag::PARTICLE != 0);
        let head = nasab
            .then(|| {
                let index = persons_at.get_or_insert_with(|| {
                    let mut m: FastMap<usize, Vec<usize>> = FastMap::default();
                    for (i, c) in cands.iter().enumerate().filter(|(_, c)| list_person(c)) {
                        m.entry(words(c).0).or_default().push(i);
                    }
                    m
                });
                index
                    .get(&t.first)
                    .into_iter()
                    .flatten()
                    .map(|&i| &cands[i])
                    .filter(|c| c.span.end < t.end)
                    .max_by_key(|c| c.span.len())
                    .map(|c| (c.key.clone(), words(c).1 + 1))
            })
            .flatten()
            // The chain goes on with the family (محمد بن راشد آل مكتوم) or with a word that
            // opens no other name; after a surname, a given name or a particle it is
            // another person's name (4).
            .filter(|&(_, next)| {
                // آل as the normalized text writes it.
                let family = cx.tok_text(next) == "ال" && t.last == next + 1;
                family || !opens_surname(next)
            });
        // 4. A name of its own.
        let (key, rule) = match head {
            Some((key, _)) => (key, "list+tagger.nasab"),
            None => (generated_key(t.etype, name), "tagger"),
        };
        let c = Candidate {
            span: Span::new(t.start, t.end),
            word_start: toks[t.first].span().start,
            clitics: t.clitics,
            etype: t.etype,
            key,
            subtype: None,
            name: String::new(),
            priority: priority::TAGGER,
            rule,
        };
        if let Some(index) = persons_at.as_mut().filter(|_| list_person(&c)) {
            index.entry(words(&c).0).or_default().push(cands.len());
        }
        cands.push(c);
        last_tagged = Some(t.last);
    }
    if !adjectives.is_empty() {
        cands.retain(|c| {
            let (a, b) = words(c);
            !adjectives.iter().any(|&(s, e)| s <= a && b <= e)
        });
    }
}

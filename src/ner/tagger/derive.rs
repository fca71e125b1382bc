//! Name lists derived from an annotated corpus: the entity strings a corpus tags with one type
//! consistently. They make the shipped `anercorp_*.tsv` lists (`examples/derive.rs`) and,
//! fold by fold, the lists a jackknifed training sees (`TrainOptions::jackknife`).
//!
//! The rule: a token sequence tagged as a name of one type is kept when that type is its most
//! frequent tag, it carries it at least `min_ratio` of the times the sequence occurs (tagged or
//! not), and at least `min_count` times (once suffices for a name of two words or more). A
//! leading proclitic chain is dropped when the rest is itself a tagged name or a curated form
//! (وروسيا → روسيا); forms the curated lists hold, excluded forms, and two names tagged as
//! one (فرنسا وايطاليا) are left out.

use crate::fasthash::{FastMap, FastSet};
use crate::lexicon::is_stop_word;
use crate::types::EntityType;
use std::collections::HashSet;

use super::train::ConllSentence;

/// One derived name.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DerivedName {
    /// The form as the corpus most often wrote it (proclitics dropped as the rule says).
    pub form: String,
    /// Its type.
    pub entity_type: EntityType,
    /// How often the corpus tagged it so.
    pub count: usize,
}

/// The parameters of the rule (see the module docs).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeriveOptions {
    /// The fewest times a one-word name must be tagged.
    pub min_count: usize,
    /// The least share of its occurrences that carry the tag.
    pub min_ratio: f64,
    /// The corpus types to derive, with the entity type each becomes.
    pub types: Vec<(String, EntityType)>,
    /// Forms read by hand as not names of their type, never kept.
    pub exclude: Vec<String>,
}

/// ANERcorp forms read by hand in the most frequent rows of the derived lists: ordinary
/// words, titles or groups that are not organizations, which a name list must not claim
/// outside ANERcorp's own text.
const ANERCORP_EXCLUDE: [&str; 38] = [
    "الشيعة",
    "شيعة",
    "الحرام",
    "الحائر",
    "الأصحاب",
    "البانتو",
    "الوفاق",
    "قريش",
    "الحنين إلى النبي",
    "سيدتي",
    "صن",
    "القاعدة",
    "الرضا",
    "غريب",
    "رشيد",
    "البابا",
    "القيصر",
    "الخور",
    "ايل",
    "لوب",
    "كورت",
    // Read by hand among the names all of ANERcorp train adds to its first 90%: two names as
    // one, names cut short, a conjunction or preposition left on, a place, a hotel chain, a
    // common noun, a generic bank, a number glued on, a person typed as an organization.
    "اسياس وراموس",
    "عمر البشير ميني ميناوي",
    "ام أكول",
    "مايد بن محمد بن راشد آل",
    "حركة العدل",
    "وجيانتا دانابالا",
    "وسوراكيارت ساتيراتاي",
    "يني ميلر",
    "بالم سبرينجز",
    "هيلتون",
    "بركات",
    "العنابي الكامل",
    "البنك التجاري",
    "الترسانة",
    "مجلس الأمن1706",
    "فابريس شيش",
    "باليساندرو دل بييرو",
];

impl DeriveOptions {
    /// The options the shipped ANERcorp lists were derived with: the defaults and the forms
    /// read by hand as ordinary words.
    pub fn anercorp() -> DeriveOptions {
        DeriveOptions {
            exclude: ANERCORP_EXCLUDE.iter().map(|s| s.to_string()).collect(),
            ..DeriveOptions::default()
        }
    }
}

impl Default for DeriveOptions {
    fn default() -> Self {
        DeriveOptions {
            min_count: 2,
            min_ratio: 0.6,
            // Locations are left out: the curated place lists cover them, and on the
            // development split a derived location list cost more precision than it gave.
            types: vec![
                ("PERS".into(), EntityType::Person),
                ("ORG".into(), EntityType::Organization),
            ],
            exclude: Vec::new(),
        }
    }
}

/// The chunks `(first, end, type)` of IOB2 tags; an I after O or another type opens a chunk.
fn chunks(tags: &[String]) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().map(String::as_str).chain(["O"]).enumerate() {
        let (bio, t) = tag.split_once('-').unwrap_or((tag, ""));
        if let Some((start, typ)) = open {
            if bio != "I" || t != typ {
                out.push((start, i, typ));
                open = None;
            }
        }
        if bio == "B" || (bio == "I" && open.is_none()) {
            open = Some((i, t));
        }
    }
    out
}

/// Proclitic chains dropped from the front of a derived form, longest first; `لل` stands for
/// ل + the article, whose alef is restored.
const PROCLITICS: [&str; 9] = ["ولل", "لل", "وب", "ول", "و", "ف", "ب", "ل", "ك"];

/// Derives names from `sentences` (see the module docs). `normalize` normalizes a form as the
/// matcher does; `curated` holds the normalized forms of the curated lists, `exclude` the
/// normalized forms of `options.exclude`.
pub fn derive_names(
    sentences: &[&ConllSentence],
    options: &DeriveOptions,
    normalize: &dyn Fn(&str) -> String,
    curated: &HashSet<String>,
    exclude: &HashSet<String>,
) -> Vec<DerivedName> {
    let type_of = |t: &str| options.types.iter().find(|(n, _)| n == t).map(|(_, e)| *e);
    // (normalized form, type) → count; normalized form → surface counts.
    let mut typed: FastMap<(String, EntityType), usize> = FastMap::default();
    let mut surface: FastMap<String, FastMap<String, usize>> = FastMap::default();
    let mut normalized: Vec<Vec<String>> = Vec::with_capacity(sentences.len());
    // Forms seen right after a name of their type (X وY): their و joins two names.
    let mut coordinated: FastSet<String> = FastSet::default();
    for s in sentences {
        let toks: Vec<String> = s.tokens.iter().map(|t| normalize(t)).collect();
        for (b, e, t) in chunks(&s.tags) {
            let Some(et) = type_of(t) else { continue };
            let raw = s.tokens[b..e].join(" ");
            let norm = toks[b..e].join(" ");
            if b > 0 && s.tags[b - 1].split_once('-').map(|(_, p)| p) == Some(t) {
                coordinated.insert(norm.clone());
            }
            *typed.entry((norm.clone(), et)).or_default() += 1;
            *surface.entry(norm).or_default().entry(raw).or_default() += 1;
        }
        normalized.push(toks);
    }
    let cands: FastSet<&str> = typed.keys().map(|(s, _)| s.as_str()).collect();
    let maxlen = cands
        .iter()
        .map(|c| c.split(' ').count())
        .max()
        .unwrap_or(1);
    // Every occurrence of each candidate sequence, tagged or not.
    let mut total: FastMap<&str, usize> = FastMap::default();
    let mut seq = String::new();
    for toks in &normalized {
        for i in 0..toks.len() {
            seq.clear();
            for (n, t) in toks[i..].iter().take(maxlen).enumerate() {
                if n > 0 {
                    seq.push(' ');
                }
                seq.push_str(t);
                if let Some(c) = cands.get(seq.as_str()) {
                    *total.entry(c).or_default() += 1;
                }
            }
        }
    }
    // The most frequent type of each form (ties: the first type in `options.types`).
    let mut best: FastMap<&str, (usize, EntityType)> = FastMap::default();
    let rank = |e: EntityType| options.types.iter().position(|(_, x)| *x == e);
    for ((s, t), &n) in &typed {
        let b = best.entry(s.as_str()).or_insert((0, *t));
        if n > b.0 || (n == b.0 && rank(*t) < rank(b.1)) {
            *b = (n, *t);
        }
    }
    let known = |s: &str| cands.contains(s) || curated.contains(s);
    // Words that open a known name of several words (محمود of محمود عباس).
    let openers: FastSet<&str> = cands
        .iter()
        .copied()
        .chain(curated.iter().map(String::as_str))
        .filter(|f| f.contains(' '))
        .filter_map(|f| f.split(' ').next())
        .collect();
    let mut kept: FastMap<(String, EntityType), (usize, String)> = FastMap::default();
    let mut forms: Vec<&&str> = best.keys().collect();
    forms.sort();
    for s in forms {
        let (n, t) = best[*s];
        let words = s.split(' ').count();
        let ratio = n as f64 / total.get(*s).copied().unwrap_or(n).max(n) as f64;
        if s.chars().count() < 2
            || ratio < options.min_ratio
            || (n < options.min_count && words < 2)
        {
            continue;
        }
        let mut form = s.to_string();
        for p in PROCLITICS {
            if let Some(rest) = s.strip_prefix(p) {
                let rest = if p.ends_with("لل") {
                    format!("ال{rest}")
                } else {
                    rest.to_string()
                };
                // The rest is a name, or opens as a known name of several words does
                // (لمحمد السعدني → محمد السعدني), or after و with any known name (ومحمود
                // محمود → محمود محمود), or follows a name of its type, which the و joins it
                // to (ميسي وجيرماين ديفو). كلاوس بيكارد is not ك + لاوس: لاوس is a place. A
                // first word left with two letters is a word cut, not a name's opener (بني
                // أمية is not ب + ني أمية, though ني opens ني بولين كوخ).
                let first = rest.split(' ').next().unwrap_or("");
                let first = if first.chars().count() < 3 { "" } else { first };
                let after_and = p.starts_with('و');
                let joins = p == "و" && coordinated.contains(*s);
                if joins
                    || known(&rest)
                    || (rest.contains(' ')
                        && (openers.contains(first) || (after_and && known(first))))
                {
                    form = rest;
                    break;
                }
            }
        }
        // A stop word (نيسان is also the month) would match in every text: a list refuses it.
        // Nor is a name of one word under four letters kept: with a proclitic it spells
        // everyday words (ريد in فريد "unique", بريد "mail", وريد "vein").
        if (!form.contains(' ') && form.chars().count() < 4)
            || curated.contains(&form)
            || exclude.contains(&form)
            || is_stop_word(&form)
        {
            continue;
        }
        // Two names tagged as one (فرنسا وايطاليا): an annotation slip.
        let joined = form.split(' ').skip(1).any(|w| {
            let mut c = w.chars();
            matches!(c.next(), Some('و' | 'ف' | 'ب' | 'ل')) && known(c.as_str())
        });
        if joined {
            continue;
        }
        let raw = surface
            .get(*s)
            .and_then(|m| m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
            .map(|(r, _)| r.clone())
            .unwrap_or_else(|| form.clone());
        // The surface form loses the proclitics the normalized form lost.
        let raw = if form.len() != s.len() {
            let drop = raw.chars().count().saturating_sub(form.chars().count());
            raw.chars().skip(drop).collect()
        } else {
            raw
        };
        let e = kept.entry((form, t)).or_insert((0, raw));
        e.0 += n;
    }
    let mut out: Vec<DerivedName> = kept
        .into_iter()
        .map(|((_, t), (n, raw))| DerivedName {
            form: raw,
            entity_type: t,
            count: n,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.form.cmp(&b.form)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(pairs: &[(&str, &str)]) -> ConllSentence {
        ConllSentence {
            tokens: pairs.iter().map(|p| p.0.to_string()).collect(),
            tags: pairs.iter().map(|p| p.1.to_string()).collect(),
            line: 1,
        }
    }

    /// The forms derived from `all` with default options and `curated` lists, sorted.
    fn forms_of(all: &[&ConllSentence], curated: &[&str]) -> Vec<String> {
        let curated: HashSet<String> = curated.iter().map(|s| s.to_string()).collect();
        let id = |s: &str| s.to_string();
        let names = derive_names(
            all,
            &DeriveOptions::default(),
            &id,
            &curated,
            &HashSet::new(),
        );
        let mut forms: Vec<String> = names.into_iter().map(|n| n.form).collect();
        forms.sort();
        forms
    }

    #[test]
    fn keeps_consistent_names_and_strips_proclitics() {
        let a = sentence(&[("قال", "O"), ("سمير", "B-PERS"), ("داود", "I-PERS")]);
        let b = sentence(&[("وسمير", "B-PERS"), ("داود", "I-PERS"), ("هنا", "O")]);
        let c = sentence(&[("هنا", "B-PERS"), ("قال", "O")]);
        let d = sentence(&[("هنا", "O"), ("قال", "O")]);
        let all = [&a, &b, &c, &d];
        let id = |s: &str| s.to_string();
        let names = derive_names(
            &all,
            &DeriveOptions::default(),
            &id,
            &HashSet::new(),
            &HashSet::new(),
        );
        let forms: Vec<&str> = names.iter().map(|n| n.form.as_str()).collect();
        // وسمير داود reads as سمير داود; هنا is tagged once in three: not kept.
        assert_eq!(forms, ["سمير داود"]);
        assert_eq!(names[0].count, 2);
    }

    #[test]
    fn a_conjunction_between_two_names_of_one_type_is_not_part_of_the_second() {
        // وكريم نصار follows a person: its و joins two people. وانغ يي follows a place, and
        // its و is the name's first letter.
        let a = sentence(&[
            ("التقى", "O"),
            ("سمير", "B-PERS"),
            ("داود", "I-PERS"),
            ("وكريم", "B-PERS"),
            ("نصار", "I-PERS"),
        ]);
        let b = sentence(&[
            ("وقال", "O"),
            ("سفير", "O"),
            ("الصين", "B-LOC"),
            ("وانغ", "B-PERS"),
            ("يي", "I-PERS"),
        ]);
        assert_eq!(
            forms_of(&[&a, &b], &[]),
            ["سمير داود", "كريم نصار", "وانغ يي"]
        );
    }

    #[test]
    fn a_preposition_comes_off_before_a_name_opener_not_before_any_known_word() {
        // لاوس is a place (curated), not a name's opening: كلاوس keeps its ك. محمد opens a
        // known name of two words: لمحمد السعدني is ل + محمد السعدني.
        let a = sentence(&[("قال", "O"), ("كلاوس", "B-PERS"), ("بيكارد", "I-PERS")]);
        let b = sentence(&[("قال", "O"), ("لمحمد", "B-PERS"), ("السعدني", "I-PERS")]);
        assert_eq!(
            forms_of(&[&a, &a, &b, &b], &["لاوس", "محمد علي"]),
            ["كلاوس بيكارد", "محمد السعدني"]
        );
    }

    #[test]
    fn a_name_of_one_short_word_is_not_kept() {
        let a = sentence(&[("قال", "O"), ("ريد", "B-PERS"), ("إن", "O")]);
        let b = sentence(&[("قال", "O"), ("ريتشارد", "B-PERS"), ("ريد", "I-PERS")]);
        assert_eq!(forms_of(&[&a, &a, &b, &b], &[]), ["ريتشارد ريد"]);
    }

    #[test]
    fn a_preposition_leaves_no_word_of_two_letters_at_a_names_front() {
        // دي opens دي ستيفانو, yet بدي بيكر is a name of its own, not ب + دي بيكر.
        let a = sentence(&[("لعب", "O"), ("دي", "B-PERS"), ("ستيفانو", "I-PERS")]);
        let b = sentence(&[("قال", "O"), ("بدي", "B-PERS"), ("بيكر", "I-PERS")]);
        assert_eq!(forms_of(&[&a, &a, &b, &b], &[]), ["بدي بيكر", "دي ستيفانو"]);
    }
}

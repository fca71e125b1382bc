//! Inflected forms of a trigger lemma: a verb named once by its perfect (التقى) and its
//! pattern class (`VIII.defective`) gives its perfect, imperfect, short (subjunctive and
//! jussive), future and object-suffixed forms; a verbal noun (زيارة) gives its article,
//! accusative, possessive, dual and plural forms. Proclitics (و ف ب ك ل) are the matcher's
//! work, not generated here; the future prefix س is generated, since the matcher does not
//! strip it.
//!
//! Forms are written unnormalized, as the data is; the extractor normalizes every form with
//! the text's own normalizer (so أ/ا, ى/ي and ة/ه variants need not be generated).
//!
//! | class | perfect | imperfect | example |
//! | --- | --- | --- | --- |
//! | `I` | فعل | يفعل | بحث → يبحث, عقد → يعقد |
//! | `I.assimilated` | وفعل | يفعل | وصل → يصل |
//! | `I.hollow-w`, `I.hollow-y` | فال | يفول, يفيل | زار → يزور, باع → يبيع |
//! | `I.defective` | فعى | يفعي | نوى → ينوي |
//! | `I.geminate` | فلّ | يفلّ | حلّ → يحلّ |
//! | `II`, `III`, `V`, `VI` | فعّل, فاعل, تفعّل, تفاعل | ي + perfect | وقّع → يوقّع, تعاون → يتعاون |
//! | `IV` | أفعل | يفعل | أبرم → يبرم, أجرى → يجري (`IV.defective`) |
//! | `VII`, `VIII`, `X` | انفعل, افتعل, استفعل | ي + perfect without its alef | التقى → يلتقي, استقبل → يستقبل |
//! | `noun` | the lemma | | زيارة → زيارته, الزيارة, زيارتان |
//! | `noun.pl` | also the sound plural in ات | | زيارة → زيارات, زياراته |
//! | `noun.poss` | only its third-person possessives | | مدير → مديره, مديرها, مديرهم |
//!
//! A weakness (`defective`, `hollow-w`, `hollow-y`, `geminate`, `assimilated`) follows the
//! form after a dot: any form may be `defective` or `geminate` (انضمّ, استعدّ); `hollow-w`
//! and `hollow-y` go with `I` and `IV` (أقام → يقيم), `assimilated` with `I`.

/// The aspect of a generated form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Aspect {
    /// Perfect: التقى, زارت.
    Perfect,
    /// Imperfect indicative (also the subjunctive where they are spelled alike): يلتقي.
    Imperfect,
    /// A form only the subjunctive or the jussive has: يلتقيا, يلتقوا, يلتق, يزر (after
    /// أن, لن, لم).
    Short,
    /// Imperfect with the future prefix س: سيلتقي.
    Future,
    /// A noun: لقاء, الزيارة, زيارته.
    Noun,
}

/// The grammatical number of a form (of its subject, for a verb).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Number {
    Singular,
    Dual,
    Plural,
}

/// What a pronoun suffix on the form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Suffix {
    None,
    /// A possessive on a noun: زيارته "his visit".
    Possessive,
    /// An object on a verb: اشترتها "she bought it".
    Object,
}

/// What a generated form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag {
    pub aspect: Aspect,
    pub number: Number,
    pub suffix: Suffix,
    /// The speaker's form (التقيت, التقينا, نلتقي, سأزور): its subject is a pronoun, never a
    /// name before or after it, so no pattern takes it (برشلونة … التقيت بميسي is no meeting of
    /// Barcelona's). It stays a trigger word for the word flags.
    pub speaker: bool,
}

/// The derived form of a verb (Arabic grammar's Roman numerals, which the data writes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) enum Form {
    I,
    II,
    III,
    IV,
    V,
    VI,
    VII,
    VIII,
    X,
}

/// A root's weak letter, where it changes the spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weak {
    Sound,
    /// Final weak letter: التقى, نوى.
    Defective,
    /// Middle و (زار → يزور).
    HollowW,
    /// Middle ي (باع → يبيع).
    HollowY,
    /// Doubled last letter: انضمّ, حلّ.
    Geminate,
    /// Initial و dropped in the imperfect: وصل → يصل.
    Assimilated,
}

/// A lemma's pattern class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Verb(Form, Weak),
    /// A noun; `true` when its sound plural in ات is generated.
    Noun {
        plural: bool,
    },
    /// A noun read only with a third-person possessive (مديرها: the office of someone named
    /// before), so that the bare noun is no trigger.
    Possessed,
}

impl Class {
    /// Reads `VIII.defective`, `I.hollow-w`, `noun`, `noun.pl` …
    pub fn parse(s: &str) -> Option<Class> {
        match s {
            "noun" => return Some(Class::Noun { plural: false }),
            "noun.pl" => return Some(Class::Noun { plural: true }),
            "noun.poss" => return Some(Class::Possessed),
            _ => {}
        }
        let (form, weak) = s.split_once('.').unwrap_or((s, "sound"));
        let form = match form {
            "I" => Form::I,
            "II" => Form::II,
            "III" => Form::III,
            "IV" => Form::IV,
            "V" => Form::V,
            "VI" => Form::VI,
            "VII" => Form::VII,
            "VIII" => Form::VIII,
            "X" => Form::X,
            _ => return None,
        };
        let weak = match weak {
            "sound" => Weak::Sound,
            "defective" => Weak::Defective,
            "hollow-w" if matches!(form, Form::I | Form::IV) => Weak::HollowW,
            "hollow-y" if matches!(form, Form::I | Form::IV) => Weak::HollowY,
            "geminate" => Weak::Geminate,
            "assimilated" if form == Form::I => Weak::Assimilated,
            _ => return None,
        };
        Some(Class::Verb(form, weak))
    }
}

/// The classes [`Class::parse`] reads, for error messages.
pub(crate) const CLASSES: &str = "I, II, III, IV, V, VI, VII, VIII or X, optionally with \
    .defective or .geminate (I and IV also .hollow-w, .hollow-y; I also .assimilated), or \
    noun, noun.pl, noun.poss";

const OBJECTS: [&str; 4] = ["ه", "ها", "هما", "هم"];
const POSSESSIVES: [&str; 9] = ["ه", "ها", "هما", "هم", "هن", "ي", "نا", "ك", "كم"];

/// Every form of `lemma` in `class`, with what it is. Empty when the lemma's spelling does
/// not fit the class (a defective verb must end in ى or ي, a hollow one have ا in the middle,
/// a form IV start with أ or ا, forms VII, VIII and X with ا).
pub(crate) fn forms(lemma: &str, class: Class) -> Vec<(String, Tag)> {
    let mut out = Vec::new();
    match class {
        Class::Verb(form, weak) => {
            if let Some(v) = Verb::new(lemma, form, weak) {
                v.perfect(&mut out);
                v.imperfect(&mut out);
            }
        }
        Class::Noun { plural } => noun(lemma, plural, &mut out),
        Class::Possessed => possessed(lemma, &mut out),
    }
    out
}

fn tag(aspect: Aspect, number: Number, suffix: Suffix) -> Tag {
    Tag {
        aspect,
        number,
        suffix,
        speaker: false,
    }
}

/// A [`Tag`] of the speaker's form, without a suffix.
fn speaker(aspect: Aspect, number: Number) -> Tag {
    Tag {
        speaker: true,
        ..tag(aspect, number, Suffix::None)
    }
}

/// A verb's stems.
struct Verb {
    /// 3ms perfect as given.
    perfect: String,
    /// Perfect without a final weak letter (defective: التق).
    perfect_base: String,
    /// Perfect stem before a consonant-initial suffix (زر for زار, انضمم for انضم).
    perfect_short: String,
    /// Imperfect after the person prefix (لتقي for يلتقي).
    imperfect: String,
    /// Jussive after the person prefix, where it differs (لتق, زر).
    jussive: Option<String>,
    weak: Weak,
}

/// The imperfect stem of a hollow verb's three letters: زار → زور, باع → بيع, قام → قيم.
fn hollow_stem(core: &[char], weak: Weak) -> String {
    let mid = if weak == Weak::HollowW { 'و' } else { 'ي' };
    [core[0], mid, core[2]].iter().collect()
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn drop_last(s: &str) -> String {
    let mut c = chars(s);
    c.pop();
    c.into_iter().collect()
}

fn drop_first(s: &str) -> String {
    s.chars().skip(1).collect()
}

impl Verb {
    fn new(lemma: &str, form: Form, weak: Weak) -> Option<Verb> {
        let c = chars(lemma);
        let last = *c.last()?;
        let first = c[0];
        let hollow = matches!(weak, Weak::HollowW | Weak::HollowY);
        // A hollow verb's three letters (قام of أقام): the middle one is its long vowel.
        let core: Vec<char> = if form == Form::IV {
            c[1..].to_vec()
        } else {
            c.clone()
        };
        if hollow && (core.len() != 3 || core[1] != 'ا') {
            return None;
        }
        let defective = weak == Weak::Defective;
        if defective && !matches!(last, 'ى' | 'ي') {
            return None;
        }
        let perfect_base = if defective {
            drop_last(lemma)
        } else {
            lemma.to_string()
        };
        // The imperfect after the person prefix.
        let stem = match form {
            Form::I => match weak {
                Weak::Assimilated if first == 'و' => drop_first(lemma),
                Weak::Assimilated => return None,
                Weak::HollowW | Weak::HollowY => hollow_stem(&core, weak),
                _ => lemma.to_string(),
            },
            Form::II | Form::III | Form::V | Form::VI => lemma.to_string(),
            Form::IV => {
                if !matches!(first, 'أ' | 'ا') {
                    return None;
                }
                if hollow {
                    hollow_stem(&core, weak)
                } else {
                    drop_first(lemma)
                }
            }
            Form::VII | Form::VIII | Form::X => {
                if !matches!(first, 'ا' | 'إ') {
                    return None;
                }
                drop_first(lemma)
            }
        };
        let imperfect = if defective {
            format!("{}ي", drop_last(&stem))
        } else {
            stem
        };
        let (perfect_short, jussive) = match weak {
            Weak::HollowW | Weak::HollowY => {
                // زار → زر, أقام → أقم; the jussive after the prefix: يزر, يقم.
                let jussive: String = [core[0], core[2]].iter().collect();
                let short = if form == Form::IV {
                    format!("{first}{jussive}")
                } else {
                    jussive.clone()
                };
                (short, Some(jussive))
            }
            Weak::Geminate => (format!("{lemma}{last}"), None),
            Weak::Defective => (perfect_base.clone(), Some(drop_last(&imperfect))),
            _ => (lemma.to_string(), None),
        };
        Some(Verb {
            perfect: lemma.to_string(),
            perfect_base,
            perfect_short,
            imperfect,
            jussive,
            weak,
        })
    }

    fn perfect(&self, out: &mut Vec<(String, Tag)>) {
        use Number::*;
        let p = |n, s: String, out: &mut Vec<(String, Tag)>| {
            out.push((s, tag(Aspect::Perfect, n, Suffix::None)));
        };
        let full = &self.perfect;
        let short = &self.perfect_short;
        if self.weak == Weak::Defective {
            // التقى التقت التقيا التقتا التقوا التقين التقيت التقينا
            let b = &self.perfect_base;
            p(Singular, full.clone(), out);
            p(Singular, format!("{b}ت"), out);
            p(Dual, format!("{b}يا"), out);
            p(Dual, format!("{b}تا"), out);
            p(Plural, format!("{b}وا"), out);
            p(Plural, format!("{b}ين"), out);
            out.push((format!("{b}يت"), speaker(Aspect::Perfect, Singular)));
            out.push((format!("{b}ينا"), speaker(Aspect::Perfect, Plural)));
            // With an object: التقاه, التقته.
            for o in OBJECTS {
                out.push((
                    format!("{b}ا{o}"),
                    tag(Aspect::Perfect, Singular, Suffix::Object),
                ));
                out.push((
                    format!("{b}ت{o}"),
                    tag(Aspect::Perfect, Singular, Suffix::Object),
                ));
            }
            return;
        }
        // زار زارت زارا زارتا زاروا زرن زرت زرنا (short stem before a consonant ending).
        p(Singular, full.clone(), out);
        p(Singular, format!("{full}ت"), out);
        p(Dual, format!("{full}ا"), out);
        p(Dual, format!("{full}تا"), out);
        p(Plural, format!("{full}وا"), out);
        p(Plural, format!("{short}ن"), out);
        if short != full {
            out.push((format!("{short}ت"), speaker(Aspect::Perfect, Singular)));
        }
        out.push((format!("{short}نا"), speaker(Aspect::Perfect, Plural)));
        for o in OBJECTS {
            out.push((
                format!("{full}{o}"),
                tag(Aspect::Perfect, Singular, Suffix::Object),
            ));
            out.push((
                format!("{full}ت{o}"),
                tag(Aspect::Perfect, Singular, Suffix::Object),
            ));
        }
    }

    fn imperfect(&self, out: &mut Vec<(String, Tag)>) {
        use Number::*;
        let s = &self.imperfect;
        let defective = self.weak == Weak::Defective;
        // The long-vowel-less stem before ون/وا of a defective verb: يلتقون, يلتقوا.
        let before_w = if defective { drop_last(s) } else { s.clone() };
        // With whether it is the speaker's (ن, أ: نلتقي, ألتقي).
        let mut indicative: Vec<(String, Number, bool)> = Vec::new();
        for prefix in ["ي", "ت", "ن", "أ"] {
            let speaking = matches!(prefix, "ن" | "أ");
            indicative.push((format!("{prefix}{s}"), Singular, speaking));
        }
        for prefix in ["ي", "ت"] {
            indicative.push((format!("{prefix}{s}ان"), Dual, false));
        }
        indicative.push((format!("ي{before_w}ون"), Plural, false));
        let fp = match self.weak {
            Weak::HollowW | Weak::HollowY => self.jussive.clone().unwrap_or_else(|| s.clone()),
            Weak::Geminate => format!("{s}{}", s.chars().last().unwrap_or('ن')),
            _ => s.clone(),
        };
        indicative.push((format!("ي{fp}ن"), Plural, false));
        indicative.push((format!("ت{fp}ن"), Plural, false));
        for (f, n, speaking) in &indicative {
            let t = |aspect| Tag {
                speaker: *speaking,
                ..tag(aspect, *n, Suffix::None)
            };
            out.push((f.clone(), t(Aspect::Imperfect)));
            out.push((format!("س{f}"), t(Aspect::Future)));
        }
        for prefix in ["ي", "ت"] {
            for o in OBJECTS {
                out.push((
                    format!("{prefix}{s}{o}"),
                    tag(Aspect::Imperfect, Singular, Suffix::Object),
                ));
                out.push((
                    format!("س{prefix}{s}{o}"),
                    tag(Aspect::Future, Singular, Suffix::Object),
                ));
            }
        }
        // Subjunctive and jussive spellings: يلتقيا, يلتقوا, يلتق, يزر.
        for prefix in ["ي", "ت"] {
            out.push((
                format!("{prefix}{s}ا"),
                tag(Aspect::Short, Dual, Suffix::None),
            ));
        }
        out.push((
            format!("ي{before_w}وا"),
            tag(Aspect::Short, Plural, Suffix::None),
        ));
        if let Some(j) = &self.jussive {
            for prefix in ["ي", "ت", "ن", "أ"] {
                let t = if matches!(prefix, "ن" | "أ") {
                    speaker(Aspect::Short, Singular)
                } else {
                    tag(Aspect::Short, Singular, Suffix::None)
                };
                out.push((format!("{prefix}{j}"), t));
            }
        }
    }
}

/// A noun's third-person possessives (مديره, مديرها, مديرهما, مديرهم, مديرهن).
fn possessed(lemma: &str, out: &mut Vec<(String, Tag)>) {
    let stem = match lemma.strip_suffix('ة') {
        Some(base) => format!("{base}ت"),
        None => lemma.to_string(),
    };
    for p in &POSSESSIVES[..5] {
        out.push((
            format!("{stem}{p}"),
            tag(Aspect::Noun, Number::Singular, Suffix::Possessive),
        ));
    }
}

fn noun(lemma: &str, plural: bool, out: &mut Vec<(String, Tag)>) {
    use Number::*;
    let n = |s: String, number, suffix, out: &mut Vec<(String, Tag)>| {
        out.push((s, tag(Aspect::Noun, number, suffix)));
    };
    let feminine = lemma.ends_with('ة');
    let already_plural = lemma.ends_with("ات");
    // The stem before a suffix: زيارة → زيارت; لقاء → لقاء, لقائ, لقاؤ (the hamza's seat
    // follows the case, and the normalizer keeps the seats apart).
    let stems: Vec<String> = if feminine {
        vec![format!("{}ت", drop_last(lemma))]
    } else if let Some(base) = lemma.strip_suffix('ء') {
        vec![lemma.to_string(), format!("{base}ئ"), format!("{base}ؤ")]
    } else {
        vec![lemma.to_string()]
    };
    n(lemma.to_string(), Singular, Suffix::None, out);
    n(format!("ال{lemma}"), Singular, Suffix::None, out);
    // The indefinite accusative: اتفاقا, اجتماعا (not زيارة, لقاء, محادثات).
    if !feminine && !already_plural && !lemma.ends_with('ء') && !lemma.ends_with('ى') {
        n(format!("{lemma}ا"), Singular, Suffix::None, out);
    }
    for stem in &stems {
        for p in POSSESSIVES {
            n(format!("{stem}{p}"), Singular, Suffix::Possessive, out);
        }
    }
    if !already_plural {
        let stem = &stems[0];
        for d in ["ان", "ين"] {
            n(format!("{stem}{d}"), Dual, Suffix::None, out);
            n(format!("ال{stem}{d}"), Dual, Suffix::None, out);
        }
    }
    if plural && !already_plural {
        let pl = if feminine {
            format!("{}ات", drop_last(lemma))
        } else {
            format!("{lemma}ات")
        };
        n(pl.clone(), Plural, Suffix::None, out);
        n(format!("ال{pl}"), Plural, Suffix::None, out);
        for p in POSSESSIVES {
            n(format!("{pl}{p}"), Plural, Suffix::Possessive, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(lemma: &str, class: &str, form: &str) -> Option<Tag> {
        let class = Class::parse(class).unwrap_or_else(|| panic!("class {class}"));
        forms(lemma, class)
            .into_iter()
            .find(|(f, _)| f == form)
            .map(|(_, t)| t)
    }

    #[test]
    fn verb_forms_by_class() {
        use Aspect::*;
        use Number::*;
        // (name, lemma, class, form, aspect, number)
        let cases = [
            (
                "VIII defective perfect",
                "التقى",
                "VIII.defective",
                "التقى",
                Perfect,
                Singular,
            ),
            (
                "VIII defective 3fs",
                "التقى",
                "VIII.defective",
                "التقت",
                Perfect,
                Singular,
            ),
            (
                "VIII defective dual",
                "التقى",
                "VIII.defective",
                "التقيا",
                Perfect,
                Dual,
            ),
            (
                "VIII defective 3mp",
                "التقى",
                "VIII.defective",
                "التقوا",
                Perfect,
                Plural,
            ),
            (
                "VIII defective imperfect",
                "التقى",
                "VIII.defective",
                "يلتقي",
                Imperfect,
                Singular,
            ),
            (
                "VIII defective imperfect dual",
                "التقى",
                "VIII.defective",
                "يلتقيان",
                Imperfect,
                Dual,
            ),
            (
                "VIII defective future dual",
                "التقى",
                "VIII.defective",
                "سيلتقيان",
                Future,
                Dual,
            ),
            (
                "VIII defective imperfect mp",
                "التقى",
                "VIII.defective",
                "يلتقون",
                Imperfect,
                Plural,
            ),
            (
                "VIII defective jussive",
                "التقى",
                "VIII.defective",
                "يلتق",
                Short,
                Singular,
            ),
            (
                "VIII defective subjunctive dual",
                "التقى",
                "VIII.defective",
                "يلتقيا",
                Short,
                Dual,
            ),
            ("VIII sound", "اجتمع", "VIII", "اجتمعوا", Perfect, Plural),
            (
                "VIII sound imperfect",
                "اجتمع",
                "VIII",
                "تجتمع",
                Imperfect,
                Singular,
            ),
            (
                "VIII assimilated-looking",
                "اتهم",
                "VIII",
                "يتهم",
                Imperfect,
                Singular,
            ),
            ("X imperfect", "استقبل", "X", "يستقبل", Imperfect, Singular),
            (
                "X future feminine",
                "استقبل",
                "X",
                "ستستقبل",
                Future,
                Singular,
            ),
            (
                "I hollow perfect",
                "زار",
                "I.hollow-w",
                "زارت",
                Perfect,
                Singular,
            ),
            (
                "I hollow imperfect",
                "زار",
                "I.hollow-w",
                "يزور",
                Imperfect,
                Singular,
            ),
            (
                "I hollow future",
                "زار",
                "I.hollow-w",
                "سيزور",
                Future,
                Singular,
            ),
            (
                "I hollow jussive",
                "زار",
                "I.hollow-w",
                "يزر",
                Short,
                Singular,
            ),
            ("I hollow 3fp", "زار", "I.hollow-w", "زرن", Perfect, Plural),
            (
                "I hollow-y imperfect",
                "باع",
                "I.hollow-y",
                "يبيع",
                Imperfect,
                Singular,
            ),
            (
                "I assimilated imperfect",
                "وصل",
                "I.assimilated",
                "يصل",
                Imperfect,
                Singular,
            ),
            (
                "I assimilated future",
                "وصل",
                "I.assimilated",
                "ستصل",
                Future,
                Singular,
            ),
            (
                "I assimilated perfect dual",
                "وصل",
                "I.assimilated",
                "وصلا",
                Perfect,
                Dual,
            ),
            ("I sound", "بحث", "I", "يبحثان", Imperfect, Dual),
            ("I sound 3fs dual", "بحث", "I", "بحثتا", Perfect, Dual),
            (
                "I defective",
                "نوى",
                "I.defective",
                "ينوي",
                Imperfect,
                Singular,
            ),
            (
                "I defective 3fs",
                "نوى",
                "I.defective",
                "نوت",
                Perfect,
                Singular,
            ),
            ("I geminate", "حل", "I.geminate", "يحل", Imperfect, Singular),
            (
                "IV hollow",
                "أقام",
                "IV.hollow-y",
                "يقيم",
                Imperfect,
                Singular,
            ),
            (
                "IV hollow 1s",
                "أقام",
                "IV.hollow-y",
                "أقمت",
                Perfect,
                Singular,
            ),
            (
                "IV hollow jussive",
                "أقام",
                "IV.hollow-y",
                "يقم",
                Short,
                Singular,
            ),
            (
                "X geminate",
                "استعد",
                "X.geminate",
                "يستعد",
                Imperfect,
                Singular,
            ),
            ("II imperfect", "وقع", "II", "يوقع", Imperfect, Singular),
            ("II future dual", "وقع", "II", "سيوقعان", Future, Dual),
            ("II 3fd", "وقع", "II", "وقعتا", Perfect, Dual),
            (
                "IV drops its alef",
                "أبرم",
                "IV",
                "يبرم",
                Imperfect,
                Singular,
            ),
            (
                "IV defective",
                "أجرى",
                "IV.defective",
                "يجري",
                Imperfect,
                Singular,
            ),
            (
                "IV defective 3fs",
                "أجرى",
                "IV.defective",
                "أجرت",
                Perfect,
                Singular,
            ),
            ("VI", "تعاون", "VI", "يتعاونان", Imperfect, Dual),
            (
                "VII geminate",
                "انضم",
                "VII.geminate",
                "ينضم",
                Imperfect,
                Singular,
            ),
            (
                "VII geminate 3fs",
                "انضم",
                "VII.geminate",
                "انضمت",
                Perfect,
                Singular,
            ),
            (
                "VII geminate 1s",
                "انضم",
                "VII.geminate",
                "انضممت",
                Perfect,
                Singular,
            ),
            (
                "VII geminate 3fp",
                "انضم",
                "VII.geminate",
                "ينضممن",
                Imperfect,
                Plural,
            ),
            (
                "VIII defective with object",
                "اشترى",
                "VIII.defective",
                "اشترتها",
                Perfect,
                Singular,
            ),
        ];
        for (name, lemma, class, form, aspect, number) in cases {
            let t = has(lemma, class, form).unwrap_or_else(|| {
                panic!("{name}: {form} not among the forms of {lemma} ({class})")
            });
            assert_eq!((t.aspect, t.number), (aspect, number), "{name}");
        }
    }

    #[test]
    fn the_speaker_s_forms_are_marked_and_no_other() {
        let speaker = |lemma: &str, class: &str, form: &str| {
            has(lemma, class, form)
                .unwrap_or_else(|| panic!("{form} not among the forms of {lemma} ({class})"))
                .speaker
        };
        for (lemma, class, form) in [
            ("التقى", "VIII.defective", "التقيت"),
            ("التقى", "VIII.defective", "التقينا"),
            ("التقى", "VIII.defective", "نلتقي"),
            ("التقى", "VIII.defective", "سألتقي"),
            ("زار", "I.hollow-w", "زرت"),
            ("زار", "I.hollow-w", "زرنا"),
            ("زار", "I.hollow-w", "أزور"),
            ("زار", "I.hollow-w", "نزر"),
        ] {
            assert!(speaker(lemma, class, form), "{form}");
        }
        for (lemma, class, form) in [
            ("التقى", "VIII.defective", "التقت"),
            ("التقى", "VIII.defective", "يلتقي"),
            ("التقى", "VIII.defective", "تلتقي"),
            ("زار", "I.hollow-w", "زارت"),
            ("زار", "I.hollow-w", "سيزور"),
        ] {
            assert!(!speaker(lemma, class, form), "{form}");
        }
    }

    #[test]
    fn forms_a_class_must_not_make() {
        let cases = [
            ("hollow 1s is not the 3fs", "زار", "I.hollow-w", "زارن"),
            (
                "no accusative alef on a feminine noun",
                "زيارة",
                "noun",
                "زيارةا",
            ),
            ("no sound plural unless asked", "زيارة", "noun", "زيارات"),
            (
                "a defective verb keeps no final ى before a suffix",
                "التقى",
                "VIII.defective",
                "التقىت",
            ),
            (
                "sound verbs have no jussive of their own",
                "اجتمع",
                "VIII",
                "يجتم",
            ),
        ];
        for (name, lemma, class, form) in cases {
            assert!(has(lemma, class, form).is_none(), "{name}: {form}");
        }
    }

    #[test]
    fn a_possessed_noun_has_only_its_third_person_possessives() {
        for form in ["مديره", "مديرها", "مديرهما", "مديرهم"] {
            assert!(has("مدير", "noun.poss", form).is_some(), "{form}");
        }
        for form in ["مدير", "المدير", "مديري", "مديرنا"] {
            assert!(has("مدير", "noun.poss", form).is_none(), "{form}");
        }
        assert!(has("عمدة", "noun.poss", "عمدتها").is_some());
    }

    #[test]
    fn noun_forms() {
        use Number::*;
        use Suffix::*;
        let cases = [
            ("article", "زيارة", "noun", "الزيارة", Singular, None),
            (
                "possessive after ة",
                "زيارة",
                "noun",
                "زيارته",
                Singular,
                Possessive,
            ),
            (
                "dual possessive pronoun",
                "لقاء",
                "noun",
                "لقائهما",
                Singular,
                Possessive,
            ),
            (
                "hamza on its line",
                "لقاء",
                "noun",
                "لقاءه",
                Singular,
                Possessive,
            ),
            ("accusative", "اتفاق", "noun", "اتفاقا", Singular, None),
            ("dual", "اتفاقية", "noun", "اتفاقيتين", Dual, None),
            ("plural", "زيارة", "noun.pl", "زيارات", Plural, None),
            (
                "plural possessive",
                "زيارة",
                "noun.pl",
                "زياراته",
                Plural,
                Possessive,
            ),
            (
                "plural lemma possessive",
                "مباحثات",
                "noun",
                "مباحثاته",
                Singular,
                Possessive,
            ),
            (
                "masculine plural",
                "اجتماع",
                "noun.pl",
                "اجتماعات",
                Plural,
                None,
            ),
        ];
        for (name, lemma, class, form, number, suffix) in cases {
            let t = has(lemma, class, form)
                .unwrap_or_else(|| panic!("{name}: {form} not among the forms of {lemma}"));
            assert_eq!(t.aspect, Aspect::Noun, "{name}");
            assert_eq!((t.number, t.suffix), (number, suffix), "{name}");
        }
    }

    #[test]
    fn spellings_that_do_not_fit_their_class_give_nothing() {
        let cases = [
            (
                "defective without a final weak letter",
                "اجتمع",
                "VIII.defective",
            ),
            ("form VIII without its alef", "جتمع", "VIII"),
            ("form IV without its alef", "برم", "IV"),
            ("hollow without a middle alef", "بحث", "I.hollow-w"),
            ("assimilated without و", "بحث", "I.assimilated"),
        ];
        for (name, lemma, class) in cases {
            assert!(
                forms(lemma, Class::parse(class).unwrap()).is_empty(),
                "{name}"
            );
        }
    }

    #[test]
    fn classes_parse() {
        assert_eq!(
            Class::parse("VIII.defective"),
            Some(Class::Verb(Form::VIII, Weak::Defective))
        );
        assert_eq!(Class::parse("noun.pl"), Some(Class::Noun { plural: true }));
        assert_eq!(Class::parse("noun.poss"), Some(Class::Possessed));
        for bad in ["IX", "VIII.hollow-w", "verb", "", "noun.du"] {
            assert_eq!(Class::parse(bad), None, "{bad}");
        }
    }
}

//! The relation rule set: trigger lemmas (`relation_triggers.tsv`), the word classes gaps and
//! modality read (`relation_words.tsv`) and the patterns (`relation_patterns.tsv`), all read
//! when an extractor is built. Errors name the file, the line and the reason.

use super::morph::{self, Class, Tag};
use super::pattern::{self, Pattern, Slot};
use crate::error::Error;
use crate::fasthash::FastMap;
use crate::lexicon::Item;
use crate::tsv::{split_forms, tsv_rows};
use crate::types::RelationType;

macro_rules! data {
    ($name:literal) => {
        (
            concat!("gazetteers/", $name),
            include_str!(concat!("../../gazetteers/", $name)),
        )
    };
}

const TRIGGERS: (&str, &str) = data!("relation_triggers.tsv");
const WORDS: (&str, &str) = data!("relation_words.tsv");
const PATTERNS: (&str, &str) = data!("relation_patterns.tsv");

/// The embedded relation files, `(file name, contents)`, in reading order.
pub(crate) const EMBEDDED: [(&str, &str); 3] = [TRIGGERS, WORDS, PATTERNS];

/// A word class of `relation_words.tsv`, as a bit.
pub(crate) mod class {
    /// Time words (اليوم, أمس, صباح, the weekdays and months): gap kind `time`.
    pub const TIME: u32 = 1;
    /// Adverbs and particles a clause may hold (قد, رسميا, أيضا): gap kind `adverb`.
    pub const ADVERB: u32 = 1 << 1;
    /// Words of a place phrase (العاصمة, مدينة): gap kind `place`.
    pub const PLACE: u32 = 1 << 2;
    /// Negation particles right before a trigger (لم, لن, لا, ما, غير, عدم).
    pub const NEGATION: u32 = 1 << 3;
    /// Verbs that negate what follows (نفى, ألغى, رفض), within a few words before.
    pub const DENIAL: u32 = 1 << 4;
    /// Words that make the next trigger planned (سوف, المقرر, المنتظر, يعتزم …).
    pub const PLANNED: u32 = 1 << 5;
    /// Words right after a noun trigger that make it planned (المقررة, المرتقبة).
    pub const PLANNED_AFTER: u32 = 1 << 6;
    /// Words that may stand inside a role phrase besides the title list's fillers (السياسة,
    /// شؤون).
    pub const FILLER: u32 = 1 << 7;
    /// Prepositions after which the names of a role phrase are where, not whose (لدى, في).
    pub const HOST: u32 = 1 << 8;
    /// Words after which a name in a role phrase is the office's field, neither whose nor
    /// where (مساعد وزير الخارجية لشؤون أفريقيا).
    pub const PORTFOLIO: u32 = 1 << 9;
    /// Occupations before a name (الكاتب, المهاجم): with a nationality they say where a person
    /// is from, not whose office they hold.
    pub const OCCUPATION: u32 = 1 << 10;
    /// Envoys (السفير, المبعوث): a role phrase that opens with one is where its host
    /// preposition says (السفير الأذري في عمان); another office's host place only says where
    /// the office is (مدير الجامعة الإسلامية بجاكرتا).
    pub const ENVOY: u32 = 1 << 11;
    /// Words of a sports match (مباراة, الدوري, نصف النهائي): near them, two teams that meet
    /// or face each other play a match; no MEETS or TENSION_WITH between parties that are not
    /// persons.
    pub const MATCH: u32 = 1 << 12;
    /// Words that open a clause with a subject of its own (إن, أن, بأن): a carried-over
    /// subject (`^A`) is looked for after the last of them.
    pub const CLAUSE: u32 = 1 << 13;
    /// Relative pronouns (الذي, التي): the clause after one has the name before it as its
    /// carried-over subject.
    pub const RELATIVE: u32 = 1 << 14;
    /// A sports result's verbs (فاز, تعادل, خسر): the cities they pit against each other with
    /// على, أمام or مع are clubs (read by the entity rules, `ner::short_names`).
    pub const RESULT: u32 = 1 << 15;
    /// Prepositions right after an office's word that say whom the office serves or speaks
    /// for (نائبة عن حزب …, ممثل عن الحكومة): the names after them are whose.
    pub const BEHALF: u32 = 1 << 16;
    /// Role words that carry a pronoun (رئيسها, مديره, أمينها): they open a role phrase
    /// whose office belongs to the organization or country named just before.
    pub const PRONOUN_ROLE: u32 = 1 << 17;
    /// Words of a role phrase that carry that pronoun (وزير خارجيتها, رئيس وزرائها).
    pub const PRONOUN_FILLER: u32 = 1 << 18;
    /// Words for a member of a sports side (لاعب, مهاجم, مدرب): a club's short name right
    /// after one is the club (مهاجم الهلال; read by the entity rules, `ner::short_names`).
    pub const SIDE_ROLE: u32 = 1 << 19;
    /// Words that report what was said or announced (قال, أعلنه): a role word with a
    /// pronoun right after one (وفق ما أعلنه رئيسها التنفيذي …, وقالت رئيسته …) may point back
    /// to the sentence's subject, however far.
    pub const REPORT: u32 = 1 << 20;
    /// A body's seat (مقره, مقرها): with و after a comma it opens an aside that says where the
    /// body before it sits (، ومقرها طرابلس،), not a new clause.
    pub const SEAT: u32 = 1 << 21;
    /// A state's own bodies and their adjectives (الحكومة, المجلس العسكري, المرحلة
    /// الانتقالية): an office of one in a country (رئيس المجلس العسكري في مالي) is that
    /// country's.
    pub const STATE: u32 = 1 << 22;
}

const CLASS_NAMES: [(&str, u32); 23] = [
    ("time", class::TIME),
    ("adverb", class::ADVERB),
    ("place", class::PLACE),
    ("negation", class::NEGATION),
    ("denial", class::DENIAL),
    ("planned", class::PLANNED),
    ("planned-after", class::PLANNED_AFTER),
    ("filler", class::FILLER),
    ("host", class::HOST),
    ("portfolio", class::PORTFOLIO),
    ("occupation", class::OCCUPATION),
    ("envoy", class::ENVOY),
    ("match", class::MATCH),
    ("clause", class::CLAUSE),
    ("relative", class::RELATIVE),
    ("result", class::RESULT),
    ("behalf", class::BEHALF),
    ("pronoun-role", class::PRONOUN_ROLE),
    ("pronoun-filler", class::PRONOUN_FILLER),
    ("side-role", class::SIDE_ROLE),
    ("report", class::REPORT),
    ("seat", class::SEAT),
    ("state", class::STATE),
];

/// The most trigger groups a rule set holds (a word's groups are bits of a `u64`).
pub(crate) const MAX_GROUPS: usize = 63;

/// A generated trigger form: which group and lemma, and what form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TriggerForm {
    pub group: u16,
    pub tag: Tag,
}

/// The relation rules of an extractor.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleSet {
    /// Trigger group names.
    pub groups: Vec<String>,
    /// Every generated form's meaning; `Item::Trigger(i)` indexes it.
    pub triggers: Vec<TriggerForm>,
    pub patterns: Vec<Pattern>,
    /// For each group, the patterns anchored on it, in file order.
    pub anchored: Vec<Vec<u32>>,
    /// The patterns anchored on a role phrase, in file order.
    pub role_anchored: Vec<u32>,
    /// The patterns anchored on an argument (a name), in file order.
    pub name_anchored: Vec<u32>,
    /// Normalized word → its classes.
    pub words: FastMap<String, u32>,
    /// `(form, meaning)` for the matcher, unnormalized.
    pub forms: Vec<(String, Item)>,
    /// The groups modality and role phrases read by name: `intend` (يعتزم, عزم: plans what
    /// follows), `deny` (نفى, ألغى: negates what follows) and `role` (role nouns that open a
    /// role phrase besides the title list's: حاكم).
    pub intend: Option<u16>,
    pub deny: Option<u16>,
    pub role: Option<u16>,
    /// `honor`: honorifics before a name (صاحب السمو, معالي), part of a role phrase.
    pub honor: Option<u16>,
    /// `meet`: meeting words (التقى, استقبل, لقاء), which between parties that are no
    /// persons tell of a game or a figure of speech rather than talks.
    pub meet: Option<u16>,
    /// `lead`: leading a body (بقيادة, برئاسة, بزعامة), whose noun with ب governs the name
    /// after it as a preposition does.
    pub lead: Option<u16>,
    /// `sign`: signing (وقع, توقيع), whose planned agreement makes no purchase yet.
    pub sign: Option<u16>,
}

impl RuleSet {
    /// Reads the embedded files; `normalize` is the text's normalizer for single words.
    pub fn embedded(normalize: &dyn Fn(&str) -> String) -> Result<RuleSet, Error> {
        let mut r = RuleSet::default();
        r.read_triggers(TRIGGERS.0, TRIGGERS.1)?;
        r.intend = r.group("intend");
        r.meet = r.group("meet");
        r.deny = r.group("deny");
        r.role = r.group("role");
        r.honor = r.group("honor");
        r.lead = r.group("lead");
        r.sign = r.group("sign");
        r.read_words(WORDS.0, WORDS.1, normalize)?;
        r.read_patterns(PATTERNS.0, PATTERNS.1, normalize)?;
        Ok(r)
    }

    /// The words of a class (`class::MATCH` …), normalized.
    pub fn words_of(&self, class: u32) -> impl Iterator<Item = &str> + '_ {
        self.words
            .iter()
            .filter(move |(_, &c)| c & class != 0)
            .map(|(w, _)| w.as_str())
    }

    /// The classes of a normalized word (0 when it has none).
    pub fn word_classes(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
    }

    fn group(&self, name: &str) -> Option<u16> {
        self.groups.iter().position(|g| g == name).map(|i| i as u16)
    }

    /// `group, lemma, class`: every form of the lemma joins the group.
    fn read_triggers(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["group", "lemma", "class"]) {
            let (n, f) = row?;
            if f[0].is_empty() || !f[0].chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return Err(Error::data(
                    source,
                    n,
                    format!(
                        "a group name is lower-case Latin letters and `-`, not `{}`",
                        f[0]
                    ),
                ));
            }
            let class = Class::parse(f[2]).ok_or_else(|| {
                Error::data(
                    source,
                    n,
                    format!("unknown class `{}` (expected {})", f[2], morph::CLASSES),
                )
            })?;
            let group = match self.group(f[0]) {
                Some(g) => g,
                None if self.groups.len() >= MAX_GROUPS => {
                    return Err(Error::data(
                        source,
                        n,
                        format!("at most {MAX_GROUPS} trigger groups"),
                    ))
                }
                None => {
                    self.groups.push(f[0].to_string());
                    self.anchored.push(Vec::new());
                    (self.groups.len() - 1) as u16
                }
            };
            let forms = morph::forms(f[1], class);
            if forms.is_empty() {
                return Err(Error::data(
                    source,
                    n,
                    format!("`{}` does not fit the class {}", f[1], f[2]),
                ));
            }
            for (form, tag) in forms {
                let i = self.triggers.len() as u32;
                self.triggers.push(TriggerForm { group, tag });
                self.forms.push((form, Item::Trigger(i)));
            }
        }
        Ok(())
    }

    /// `class, forms`: the word classes.
    fn read_words(
        &mut self,
        source: &str,
        text: &str,
        normalize: &dyn Fn(&str) -> String,
    ) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["class", "forms"]) {
            let (n, f) = row?;
            let bit = CLASS_NAMES
                .iter()
                .find(|(name, _)| *name == f[0])
                .map(|&(_, b)| b)
                .ok_or_else(|| {
                    let names: Vec<&str> = CLASS_NAMES.iter().map(|(n, _)| *n).collect();
                    Error::data(
                        source,
                        n,
                        format!("unknown class `{}` (expected {})", f[0], names.join(", ")),
                    )
                })?;
            for form in split_forms(source, n, f[1])? {
                if form.contains(char::is_whitespace) {
                    return Err(Error::data(source, n, format!("`{form}`: one word a form")));
                }
                *self.words.entry(normalize(&form)).or_default() |= bit;
            }
        }
        Ok(())
    }

    /// `id, type, pattern, example, expected, counter`; the examples are run by the tests.
    fn read_patterns(
        &mut self,
        source: &str,
        text: &str,
        normalize: &dyn Fn(&str) -> String,
    ) -> Result<(), Error> {
        let header = ["id", "type", "pattern", "example", "expected", "counter"];
        for row in tsv_rows(source, text, &header) {
            let (n, f) = row?;
            let relation = RelationType::parse(f[1]).ok_or_else(|| {
                Error::data(source, n, format!("unknown relation type `{}`", f[1]))
            })?;
            if self.patterns.iter().any(|p| p.id == f[0]) {
                return Err(Error::data(
                    source,
                    n,
                    format!("the id `{}` is taken", f[0]),
                ));
            }
            let p = pattern::parse(f[0], relation, f[2], |g| self.group(g), normalize)
                .map_err(|e| Error::data(source, n, e))?;
            if f[3].is_empty() || f[5].is_empty() {
                return Err(Error::data(
                    source,
                    n,
                    "a pattern needs an example and a counter-example",
                ));
            }
            if parse_expected(f[4]).is_none() {
                return Err(Error::data(
                    source,
                    n,
                    format!(
                        "expected `head > tail [done|planned|negated]`, not `{}`",
                        f[4]
                    ),
                ));
            }
            let i = self.patterns.len() as u32;
            match p.slots[p.anchor] {
                Slot::Trigger { group, .. } => self.anchored[group as usize].push(i),
                Slot::RolePhrase { .. } => self.role_anchored.push(i),
                _ => self.name_anchored.push(i),
            }
            self.patterns.push(p);
        }
        Ok(())
    }
}

/// Reads a pattern row's `expected` field: `head > tail` and an optional modality.
pub(crate) fn parse_expected(s: &str) -> Option<(&str, &str, &str)> {
    let (head, rest) = s.split_once(" > ")?;
    let mut words = rest.split_whitespace();
    let tail = words.next()?;
    let modality = words.next().unwrap_or("done");
    if words.next().is_some() || !matches!(modality, "done" | "planned" | "negated") {
        return None;
    }
    Some((head.trim(), tail, modality))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.to_string()
    }

    #[test]
    fn the_embedded_rules_load() {
        let r = RuleSet::embedded(&plain).unwrap();
        assert!(r.patterns.len() >= 40, "{}", r.patterns.len());
        assert!(!r.forms.is_empty());
        assert_eq!(r.forms.len(), r.triggers.len());
        // The distance cap DESIGN.md states.
        let reach = r.patterns.iter().map(Pattern::reach).max().unwrap();
        assert!(reach <= 160, "a pattern reaches {reach} words");
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let cases = [
            (
                "unknown class",
                "group\tlemma\tclass\nmeet\tالتقى\tXI\n",
                ":2: unknown class `XI`",
            ),
            (
                "a lemma that does not fit",
                "group\tlemma\tclass\nmeet\tاجتمع\tVIII.defective\n",
                ":2: `اجتمع` does not fit the class VIII.defective",
            ),
            (
                "a bad group name",
                "group\tlemma\tclass\nMeet\tالتقى\tVIII.defective\n",
                ":2: a group name",
            ),
        ];
        for (name, text, want) in cases {
            let err = RuleSet::default()
                .read_triggers("t.tsv", text)
                .expect_err(name)
                .to_string();
            assert!(err.ends_with(want) || err.contains(want), "{name}: {err}");
            assert!(err.starts_with("t.tsv:"), "{name}: {err}");
        }
        let mut r = RuleSet::default();
        r.read_triggers(
            "t.tsv",
            "group\tlemma\tclass\nmeet\tالتقى\tVIII.defective\n",
        )
        .unwrap();
        let header = "id\ttype\tpattern\texample\texpected\tcounter\n";
        let cases = [
            (
                "unknown type",
                "x\tGREETS\tA [meet] B\te\ta > b\tc\n",
                ":2: unknown relation type `GREETS`",
            ),
            (
                "bad pattern",
                "x\tMEETS\tA [greet] B\te\ta > b\tc\n",
                ":2: unknown trigger group `greet`",
            ),
            (
                "no counter-example",
                "x\tMEETS\tA [meet] B\te\ta > b\t\n",
                ":2: a pattern needs an example",
            ),
            (
                "bad expected",
                "x\tMEETS\tA [meet] B\te\ta b\tc\n",
                ":2: expected `head > tail",
            ),
            (
                "a taken id",
                "x\tMEETS\tA [meet] B\te\ta > b\tc\nx\tMEETS\tA [meet] B\te\ta > b\tc\n",
                ":3: the id `x` is taken",
            ),
        ];
        for (name, rows, want) in cases {
            let err = r
                .clone()
                .read_patterns("p.tsv", &format!("{header}{rows}"), &plain)
                .expect_err(name)
                .to_string();
            assert!(err.contains(want), "{name}: {err}");
        }
        let err = RuleSet::default()
            .read_words("w.tsv", "class\tforms\nweekday\tالأحد\n", &plain)
            .unwrap_err()
            .to_string();
        assert!(err.contains("w.tsv:2: unknown class `weekday`"), "{err}");
    }

    #[test]
    fn expected_fields() {
        assert_eq!(parse_expected("a > b"), Some(("a", "b", "done")));
        assert_eq!(parse_expected("a > b planned"), Some(("a", "b", "planned")));
        assert_eq!(parse_expected("a > b soon"), None);
        assert_eq!(parse_expected("a b"), None);
    }
}

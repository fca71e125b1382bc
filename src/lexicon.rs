//! The rule layer's word lists: nationality adjectives, titles and roles, generic
//! organization heads, organization cue words, stop words and given names. All are TSV data
//! in `gazetteers/`, embedded, and read by the same code path a user's own file would take.
//! (The relation rules have files and a reader of their own, in `relations`.)

use crate::error::Error;
use crate::tsv::{split_forms, tsv_rows};

/// Grammatical gender and number of an adjective form, for agreement checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Masc,
    Fem,
    Plural,
}

/// A nationality adjective: الروسي, الإيرانية, الروس … It names a country but is not a mention.
#[derive(Debug, Clone)]
pub(crate) struct Nisba {
    pub country: String,
    pub gender: Gender,
}

/// What speaks for one reading of a written form that several list entries share.
#[derive(Debug, Clone)]
pub(crate) struct Sense {
    /// Entity ids whose mentions in a document speak for this entry; a country id counts its
    /// nationality adjectives too.
    pub evidence: Vec<String>,
    /// The entry's spellings with their marks (عَمَّان); empty when marks do not tell.
    pub vocalized: Vec<String>,
    /// The entry's forms that are also everyday words (كابل "cable", حماة "protectors"),
    /// normalized: such a form names the entry only with evidence.
    pub common: Vec<String>,
    /// The evidence a common form needs: 1 anywhere in the document, 2 in its sentence, 4
    /// within three words (the scores of `ner::homographs`).
    pub needs: u32,
}

/// How a title-like word behaves before a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// An honorific or rank right before a name: اللواء, الرئيس.
    Title,
    /// A title that is also an everyday noun (الفريق, الحارس): a given name must follow.
    Weak,
    /// A role noun that heads a phrase before a name: وزير, المتحدث باسم, نظيره.
    Role,
    /// A word that may stand inside a role phrase: الدفاع, الخارجية, الأول.
    Filler,
}

/// A generic organization head: وزارة الخارجية, القوات المسلحة, هيئة الأركان.
#[derive(Debug, Clone)]
pub(crate) struct OrgHead {
    pub id: String,
    pub gender: Gender,
    pub nisba_required: bool,
    /// An adjective that stands for its noun (الخارجية for وزارة الخارجية): a head only
    /// after a word that it cannot describe (no noun with the article, no title or role).
    pub elliptic: bool,
    pub subtype: String,
    pub name: String,
}

/// What a matched form means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    /// A gazetteer entry (index into the extractor's entries).
    Entry(u32),
    /// A nationality adjective (index into `Lexicon::nisbas`).
    Nisba(u32),
    /// A title, role or filler word.
    Title(TitleKind),
    /// A generic organization head (index into `Lexicon::org_heads`).
    OrgHead(u32),
    /// A word that announces an organization's quoted name (index into `Lexicon::org_cues`).
    OrgCue(u32),
    /// A word that is never part of a name; `true` for prepositions.
    Stop { preposition: bool },
    /// A given name.
    GivenName,
    /// A name particle: بن, أبو, عبد (`suffix: false`) or زاده (`suffix: true`).
    Particle { suffix: bool },
    /// A relation trigger form (index into the relation rule set's trigger forms).
    Trigger(u32),
}

/// All rule lists, with the forms the matcher must find.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub nisbas: Vec<Nisba>,
    pub org_heads: Vec<OrgHead>,
    pub org_cues: Vec<String>,
    /// `(surface form, meaning)` for every word of every list.
    pub forms: Vec<(String, Item)>,
    /// The quantity words (مليون, ألف), normalized: what follows one is no name.
    pub quantities: crate::fasthash::FastSet<String>,
    /// The currency words (ريال, دولار), normalized: one after a number is no name.
    pub currencies: crate::fasthash::FastSet<String>,
    /// The one-word organization descriptors of `org_cues.tsv` (شركة, جامعة, معهد), but
    /// the closing words, the places and the facilities, normalized.
    pub descriptors: crate::fasthash::FastSet<String>,
    /// The one-word titles of `titles.tsv` without their article (شيخ, دكتور, لواء),
    /// normalized: a title written bare, no name.
    pub bare_titles: crate::fasthash::FastSet<String>,
    /// Set phrases of praise and prayer (رضي الله عنه), normalized, as words: no name lies
    /// inside one.
    pub formulae: Vec<Vec<String>>,
    /// Their first words: most words open none, which this answers first.
    pub formula_firsts: crate::fasthash::FastSet<String>,
    /// Their other words (الله, عنه, وجل): a name that closes with one (نصر الله) leaves no
    /// surname.
    pub formula_tails: crate::fasthash::FastSet<String>,
    /// The most words a set phrase has.
    pub formula_reach: usize,
    /// The words for a newspaper, a magazine or a broadcaster after which a place's name is
    /// the publication's (صحيفه, جريده: `press` in `org_cues.tsv`), normalized, each with its
    /// row: the words of one row are synonyms.
    pub press: crate::fasthash::FastMap<String, u32>,
    /// The particles of descent (بن, ابن, بنت, عبد, أبو), normalized: a person's name does
    /// not close on one.
    pub descent: crate::fasthash::FastSet<String>,
    /// The heads of a body's descriptive name (`org_bodies.tsv` kind `head`: هيئه, اتحاد,
    /// جهاز), normalized, without the article.
    pub body_heads: crate::fasthash::FastSet<Vec<u8>>,
    /// A filter over `body_heads`: most words with the article are none, which it answers
    /// without the set's slower hash.
    pub body_head_filter: crate::fasthash::WordFilter,
    /// The adjectives of scope that may follow such a head (`org_bodies.tsv` kind `scope`:
    /// العامه, الاعلي, القومي), normalized, with the article.
    pub body_scopes: crate::fasthash::FastSet<String>,
    /// The words that name a place's own body before its name (`org_bodies.tsv` kind
    /// `local`: بلديه, امانه, غرفه), normalized.
    pub local_bodies: crate::fasthash::FastSet<String>,
    /// What a company names itself by after ل (`field` in `org_bodies.tsv`: التطوير,
    /// الإلكترونيات), normalized, with the article; a field of two words is one string.
    pub company_fields: crate::fasthash::FastSet<String>,
    /// The company words that stay in a name before its field (`bank` in `org_bodies.tsv`:
    /// مصرف الإمارات للتنمية), normalized.
    pub bank_words: crate::fasthash::FastSet<String>,
    /// What a body's head in the construct makes no name with (`construct-except` in
    /// `org_bodies.tsv`): heads (شركه, مركز), heads with their word (مجلس الوزراء) and
    /// adjectives (الاسبوعيه), normalized.
    pub construct_except: crate::fasthash::FastSet<String>,
    /// Words whose name after them is a person's (`named_cues.tsv`), normalized, with the
    /// type of what they name: a competition or a prize (دوري, جائزة: MISC), a road or a park
    /// (طريق, حدائق: LOCATION).
    pub named_cues: crate::fasthash::FastMap<String, crate::types::EntityType>,
    /// The word before a named cue and the cue, normalized, that name nothing (عن طريق).
    pub named_cue_exceptions: crate::fasthash::FastSet<String>,
    /// Words that name an event only before a place (`named_cues.tsv` kind `event-place`:
    /// أولمبياد, بطولة), normalized.
    pub place_event_cues: crate::fasthash::FastSet<String>,
    /// Regnal numbers and epithets (الثاني, الأكبر), normalized: no surname.
    pub epithets: crate::fasthash::FastSet<String>,
    /// Months that are given names too (رمضان), and the words before (شهر) and after
    /// (الماضي) one that make it a time, not a name.
    pub months: crate::fasthash::FastSet<String>,
    pub time_before: crate::fasthash::FastSet<String>,
    pub time_after: crate::fasthash::FastSet<String>,
    /// What tells apart the list entries that share a written form (`homographs.tsv`), by
    /// entry id.
    pub senses: crate::fasthash::FastMap<String, Sense>,
    /// The names an entry's forms give after their descriptor, which news writes alone too
    /// (`descriptor_names.tsv`: تنظيم القاعدة → القاعدة), by entry id, normalized.
    pub descriptor_names: crate::fasthash::FastMap<String, Vec<String>>,
}

macro_rules! data {
    ($name:literal) => {
        (
            concat!("gazetteers/", $name),
            include_str!(concat!("../gazetteers/", $name)),
        )
    };
}

const NATIONALITIES: (&str, &str) = data!("nationalities.tsv");
const TITLES: (&str, &str) = data!("titles.tsv");
const ORG_HEADS: (&str, &str) = data!("org_heads.tsv");
const ORG_CUES: (&str, &str) = data!("org_cues.tsv");
const STOPWORDS: (&str, &str) = data!("stopwords.tsv");
const GIVEN_NAMES: (&str, &str) = data!("given_names.tsv");
const QUANTITIES: (&str, &str) = data!("quantities.tsv");
const CURRENCIES: (&str, &str) = data!("currencies.tsv");
const FORMULAE: (&str, &str) = data!("formulae.tsv");
const TIME_CUES: (&str, &str) = data!("time_cues.tsv");
const EPITHETS: (&str, &str) = data!("epithets.tsv");
const NAMED_CUES: (&str, &str) = data!("named_cues.tsv");
const HOMOGRAPHS: (&str, &str) = data!("homographs.tsv");
const ORG_BODIES: (&str, &str) = data!("org_bodies.tsv");
const DESCRIPTOR_NAMES: (&str, &str) = data!("descriptor_names.tsv");

/// The embedded rule lists, `(file name, contents)`, in reading order.
pub(crate) const EMBEDDED: [(&str, &str); 6] = [
    NATIONALITIES,
    TITLES,
    ORG_HEADS,
    ORG_CUES,
    STOPWORDS,
    GIVEN_NAMES,
];

/// Whether a form, normalized the default way, is one of the stop words of
/// `gazetteers/stopwords.tsv` (في, من, قال …): a list form that is one would match everywhere.
pub(crate) fn is_stop_word(form: &str) -> bool {
    use crate::normalize::{normalize_form, NormalizeOptions};
    static WORDS: once_cell::sync::Lazy<crate::fasthash::FastSet<String>> =
        once_cell::sync::Lazy::new(|| {
            let o = NormalizeOptions::default();
            let mut words = crate::fasthash::FastSet::default();
            for (n, f) in tsv_rows(STOPWORDS.0, STOPWORDS.1, &["category", "forms"]).flatten() {
                if let Ok(forms) = split_forms(STOPWORDS.0, n, f[1]) {
                    words.extend(forms.iter().map(|w| normalize_form(w, &o)));
                }
            }
            words
        });
    WORDS.contains(&normalize_form(form, &NormalizeOptions::default()))
}

fn parse_gender(source: &str, line: usize, s: &str) -> Result<Gender, Error> {
    match s {
        "m" => Ok(Gender::Masc),
        "f" => Ok(Gender::Fem),
        "pl" => Ok(Gender::Plural),
        _ => Err(Error::data(
            source,
            line,
            format!("unknown gender `{s}` (expected m, f or pl)"),
        )),
    }
}

impl Item {
    /// Five bytes: a tag and a little-endian payload.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        let (tag, v): (u8, u32) = match *self {
            Item::Entry(i) => (0, i),
            Item::Nisba(i) => (1, i),
            Item::Title(TitleKind::Title) => (2, 0),
            Item::Title(TitleKind::Weak) => (2, 1),
            Item::Title(TitleKind::Role) => (2, 2),
            Item::Title(TitleKind::Filler) => (2, 3),
            Item::OrgHead(i) => (3, i),
            Item::OrgCue(i) => (4, i),
            Item::Stop { preposition } => (5, preposition as u32),
            Item::GivenName => (6, 0),
            Item::Particle { suffix } => (7, suffix as u32),
            Item::Trigger(i) => (8, i),
        };
        out.push(tag);
        out.extend_from_slice(&v.to_le_bytes());
    }

    /// Reads what [`Item::encode`] wrote.
    pub(crate) fn decode(b: &[u8]) -> Option<Item> {
        let (&tag, rest) = b.split_first()?;
        let v = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
        Some(match (tag, v) {
            (0, i) => Item::Entry(i),
            (1, i) => Item::Nisba(i),
            (2, 0) => Item::Title(TitleKind::Title),
            (2, 1) => Item::Title(TitleKind::Weak),
            (2, 2) => Item::Title(TitleKind::Role),
            (2, 3) => Item::Title(TitleKind::Filler),
            (3, i) => Item::OrgHead(i),
            (4, i) => Item::OrgCue(i),
            (5, p) => Item::Stop {
                preposition: p != 0,
            },
            (6, _) => Item::GivenName,
            (7, x) => Item::Particle { suffix: x != 0 },
            (8, i) => Item::Trigger(i),
            _ => return None,
        })
    }
}

/// A `forms` file (quantities, currencies): its words, normalized the default way.
fn read_word_set(source: &str, text: &str) -> Result<crate::fasthash::FastSet<String>, Error> {
    use crate::normalize::{normalize_form, NormalizeOptions};
    let o = NormalizeOptions::default();
    let mut set = crate::fasthash::FastSet::default();
    for row in tsv_rows(source, text, &["forms"]) {
        let (n, f) = row?;
        for form in split_forms(source, n, f[0])? {
            set.insert(normalize_form(&form, &o));
        }
    }
    Ok(set)
}

/// Whether `word`, or `word` without a و and then a ب in front (وبمليار), is in `set`.
fn in_after_wa_bi(set: &crate::fasthash::FastSet<String>, word: &str) -> bool {
    let w = word.strip_prefix('و').unwrap_or(word);
    let w = w.strip_prefix('ب').unwrap_or(w);
    set.contains(w) || set.contains(word)
}

impl Lexicon {
    /// Reads the embedded lists.
    pub fn embedded() -> Result<Lexicon, Error> {
        let mut lx = Lexicon::default();
        lx.read_nationalities(NATIONALITIES.0, NATIONALITIES.1)?;
        lx.read_titles(TITLES.0, TITLES.1)?;
        lx.read_org_heads(ORG_HEADS.0, ORG_HEADS.1)?;
        lx.read_org_cues(ORG_CUES.0, ORG_CUES.1)?;
        lx.read_stopwords(STOPWORDS.0, STOPWORDS.1)?;
        lx.read_given_names(GIVEN_NAMES.0, GIVEN_NAMES.1)?;
        lx.quantities = read_word_set(QUANTITIES.0, QUANTITIES.1)?;
        lx.currencies = read_word_set(CURRENCIES.0, CURRENCIES.1)?;
        lx.formulae = read_word_set(FORMULAE.0, FORMULAE.1)?
            .into_iter()
            .map(|f| f.split(' ').map(str::to_string).collect())
            .collect();
        lx.formulae.sort();
        lx.formula_firsts = lx.formulae.iter().map(|f| f[0].clone()).collect();
        lx.formula_tails = lx
            .formulae
            .iter()
            .flat_map(|f| f[1..].iter().cloned())
            .collect();
        lx.formula_reach = lx.formulae.iter().map(Vec::len).max().unwrap_or(0);
        lx.read_time_cues(TIME_CUES.0, TIME_CUES.1)?;
        lx.epithets = read_word_set(EPITHETS.0, EPITHETS.1)?;
        lx.read_named_cues(NAMED_CUES.0, NAMED_CUES.1)?;
        lx.read_org_bodies(ORG_BODIES.0, ORG_BODIES.1)?;
        lx.read_homographs(HOMOGRAPHS.0, HOMOGRAPHS.1)?;
        lx.read_descriptor_names(DESCRIPTOR_NAMES.0, DESCRIPTOR_NAMES.1)?;
        Ok(lx)
    }

    /// Whether `word` of the normalized text is a quantity word, also with و or ب in front
    /// (وملايين, بمليار). Digits are not: a score stands before a team's name (الهلال 2
    /// النصر 1).
    pub fn is_quantity(&self, word: &str) -> bool {
        in_after_wa_bi(&self.quantities, word)
    }

    /// Whether `word` of the normalized text is a one-word organization descriptor, with or
    /// without the article, also with و or ف in front, or ل or ب in front (شركة, والجامعة,
    /// لمنظمة, بالتلفزيون: a descriptor listed with its article takes ب before it too).
    pub fn is_descriptor(&self, word: &str) -> bool {
        let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        self.descriptors.contains(w)
            // After a preposition: لمنظمة, بحزب.
            || w
                .strip_prefix(['ل', 'ب'])
                .is_some_and(|w| self.descriptors.contains(w))
            || self.is_bare_descriptor(word)
    }

    /// Whether `word` of the normalized text is a descriptor with the article and nothing
    /// else (الجامعة, والشركة): a noun that refers back to an organization, no name.
    pub fn is_bare_descriptor(&self, word: &str) -> bool {
        let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        let w = w
            .strip_prefix("ال")
            .or_else(|| w.strip_prefix("بال"))
            .or_else(|| w.strip_prefix("لل"));
        w.is_some_and(|w| self.descriptors.contains(w))
    }

    /// Whether `word` of the normalized text is a currency's name, also with و or ب in
    /// front (بريال).
    pub fn is_currency(&self, word: &str) -> bool {
        in_after_wa_bi(&self.currencies, word)
    }

    /// `id, names` (`descriptor_names.tsv`).
    fn read_descriptor_names(&mut self, source: &str, text: &str) -> Result<(), Error> {
        use crate::normalize::{normalize_form, NormalizeOptions};
        let o = NormalizeOptions::default();
        for row in tsv_rows(source, text, &["id", "names"]) {
            let (n, f) = row?;
            let names = split_forms(source, n, f[1])?
                .iter()
                .map(|name| normalize_form(name, &o))
                .collect();
            if self
                .descriptor_names
                .insert(f[0].to_string(), names)
                .is_some()
            {
                return Err(Error::data(
                    source,
                    n,
                    format!("`{}` is listed twice", f[0]),
                ));
            }
        }
        Ok(())
    }

    /// `id, evidence, vocalized, common, needs` (`homographs.tsv`).
    fn read_homographs(&mut self, source: &str, text: &str) -> Result<(), Error> {
        use crate::normalize::{normalize_form, NormalizeOptions};
        let o = NormalizeOptions::default();
        let header = ["id", "evidence", "vocalized", "common", "needs"];
        for row in tsv_rows(source, text, &header) {
            let (n, f) = row?;
            let forms = |field: &str| match field {
                "-" => Ok(Vec::new()),
                v => split_forms(source, n, v),
            };
            let common: Vec<String> = forms(f[3])?.iter().map(|c| normalize_form(c, &o)).collect();
            let needs = match (f[4], common.is_empty()) {
                ("-", true) => 0,
                ("document", false) => 1,
                ("sentence", false) => 2,
                ("near", false) => 4,
                (other, _) => {
                    return Err(Error::data(
                        source,
                        n,
                        format!(
                            "`needs` is `{other}`: document, sentence or near for common \
                             forms, - without them"
                        ),
                    ))
                }
            };
            let sense = Sense {
                evidence: split_forms(source, n, f[1])?,
                vocalized: forms(f[2])?,
                common,
                needs,
            };
            if self.senses.insert(f[0].to_string(), sense).is_some() {
                return Err(Error::data(
                    source,
                    n,
                    format!("`{}` is listed twice", f[0]),
                ));
            }
        }
        Ok(())
    }

    /// `kind, forms` with kind `head`, `scope` or `local`.
    fn read_org_bodies(&mut self, source: &str, text: &str) -> Result<(), Error> {
        use crate::normalize::{normalize_form, NormalizeOptions};
        let o = NormalizeOptions::default();
        for row in tsv_rows(source, text, &["kind", "forms"]) {
            let (n, f) = row?;
            if !matches!(
                f[0],
                "head" | "scope" | "local" | "field" | "bank" | "construct-except"
            ) {
                return Err(Error::data(
                    source,
                    n,
                    format!(
                        "unknown kind `{}` (expected head, scope, local, field, bank or \
                         construct-except)",
                        f[0]
                    ),
                ));
            }
            for form in split_forms(source, n, f[1])? {
                let form = normalize_form(&form, &o);
                match f[0] {
                    "head" => {
                        self.body_heads.insert(form.into_bytes());
                    }
                    "scope" => {
                        self.body_scopes.insert(form);
                    }
                    "field" => {
                        self.company_fields.insert(form);
                    }
                    "bank" => {
                        self.bank_words.insert(form);
                    }
                    "construct-except" => {
                        self.construct_except.insert(form);
                    }
                    _ => {
                        self.local_bodies.insert(form);
                    }
                }
            }
        }
        let heads: Vec<&str> = self
            .body_heads
            .iter()
            .filter_map(|h| std::str::from_utf8(h).ok())
            .collect();
        self.body_head_filter = crate::fasthash::WordFilter::new(heads.iter().copied());
        Ok(())
    }

    /// `kind, forms` with kind `event`, `road`, `institution` or `except`.
    fn read_named_cues(&mut self, source: &str, text: &str) -> Result<(), Error> {
        use crate::normalize::{normalize_form, NormalizeOptions};
        use crate::types::EntityType;
        let o = NormalizeOptions::default();
        for row in tsv_rows(source, text, &["kind", "forms"]) {
            let (n, f) = row?;
            if f[0] == "event-place" {
                for form in split_forms(source, n, f[1])? {
                    self.place_event_cues.insert(normalize_form(&form, &o));
                }
                continue;
            }
            let etype = match f[0] {
                "event" => Some(EntityType::Misc),
                "road" => Some(EntityType::Location),
                "institution" => Some(EntityType::Organization),
                "except" => None,
                other => {
                    return Err(Error::data(
                        source,
                        n,
                        format!(
                        "unknown kind `{other}` (event, event-place, road, institution or except)"
                    ),
                    ))
                }
            };
            for form in split_forms(source, n, f[1])? {
                let form = normalize_form(&form, &o);
                match etype {
                    Some(t) => {
                        self.named_cues.insert(form, t);
                    }
                    None => {
                        self.named_cue_exceptions.insert(form);
                    }
                }
            }
        }
        Ok(())
    }

    /// `position  forms`: the time cues, normalized the default way.
    fn read_time_cues(&mut self, source: &str, text: &str) -> Result<(), Error> {
        use crate::normalize::{normalize_form, NormalizeOptions};
        let o = NormalizeOptions::default();
        for row in tsv_rows(source, text, &["position", "forms"]) {
            let (n, f) = row?;
            let set = match f[0] {
                "before" => &mut self.time_before,
                "after" => &mut self.time_after,
                "month" => &mut self.months,
                other => {
                    return Err(Error::data(
                        source,
                        n,
                        format!("unknown position `{other}` (month, before or after)"),
                    ))
                }
            };
            for form in split_forms(source, n, f[1])? {
                set.insert(normalize_form(&form, &o));
            }
        }
        Ok(())
    }

    /// Adds `form` and its form with the article: on every word of an adjective phrase
    /// (`phrase`: الكوري الشمالي), on the first word of a compound (الجنوب أفريقي).
    fn add_nisba(&mut self, form: String, country: &str, gender: Gender, phrase: bool) {
        let i = self.nisbas.len() as u32;
        self.nisbas.push(Nisba {
            country: country.to_string(),
            gender,
        });
        let defined = if phrase {
            let words = form.split(' ').map(|w| format!("ال{w}"));
            words.collect::<Vec<_>>().join(" ")
        } else {
            format!("ال{form}")
        };
        self.forms.push((defined, Item::Nisba(i)));
        self.forms.push((form, Item::Nisba(i)));
    }

    /// `country, masculine, plural`: the feminine and sound plurals are generated.
    fn read_nationalities(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["country", "masculine", "plural"]) {
            let (n, f) = row?;
            for m in split_forms(source, n, f[1])? {
                // Two adjectives (كوري شمالي) agree word by word: كورية شمالية, الكوري
                // الشمالي. A compound that opens with a noun (جنوب أفريقي) inflects its last
                // word and takes the article on its first: جنوب أفريقية, الجنوب أفريقي.
                let phrase = m.contains(' ') && m.split(' ').all(|w| w.ends_with('ي'));
                let inflect = |ending: &str| {
                    let stem = |w: &str| w.strip_suffix('ي').unwrap_or(w).to_string();
                    if phrase {
                        let words = m.split(' ').map(|w| format!("{}{ending}", stem(w)));
                        words.collect::<Vec<_>>().join(" ")
                    } else {
                        format!("{}{ending}", stem(&m))
                    }
                };
                self.add_nisba(inflect("ية"), f[0], Gender::Fem, phrase);
                for pl in ["يون", "يين", "يات"] {
                    self.add_nisba(inflect(pl), f[0], Gender::Plural, phrase);
                }
                self.add_nisba(m, f[0], Gender::Masc, phrase);
            }
            if f[2] != "-" {
                for p in split_forms(source, n, f[2])? {
                    self.add_nisba(p, f[0], Gender::Plural, false);
                }
            }
        }
        Ok(())
    }

    /// `kind, forms` with kind `title`, `weak`, `role` or `filler`.
    fn read_titles(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["kind", "forms"]) {
            let (n, f) = row?;
            let kind = match f[0] {
                "title" => TitleKind::Title,
                "weak" => TitleKind::Weak,
                "role" => TitleKind::Role,
                "filler" => TitleKind::Filler,
                k => {
                    return Err(Error::data(
                        source,
                        n,
                        format!("unknown kind `{k}` (expected title, weak, role or filler)"),
                    ))
                }
            };
            for form in split_forms(source, n, f[1])? {
                if kind == TitleKind::Title && !form.contains(' ') {
                    use crate::normalize::{normalize_form, NormalizeOptions};
                    let w = normalize_form(&form, &NormalizeOptions::default());
                    if let Some(bare) = w.strip_prefix("ال") {
                        self.bare_titles.insert(bare.to_string());
                    }
                }
                self.forms.push((form, Item::Title(kind)));
            }
        }
        Ok(())
    }

    /// `id, gender, nisba, subtype, name, forms`, nisba `required`, `optional` or `elliptic`.
    fn read_org_heads(&mut self, source: &str, text: &str) -> Result<(), Error> {
        let header = ["id", "gender", "nisba", "subtype", "name", "forms"];
        for row in tsv_rows(source, text, &header) {
            let (n, f) = row?;
            let (nisba_required, elliptic) = match f[2] {
                "required" => (true, false),
                "optional" => (false, false),
                "elliptic" => (true, true),
                s => {
                    return Err(Error::data(
                        source,
                        n,
                        format!(
                            "unknown nisba policy `{s}` (expected required, optional or elliptic)"
                        ),
                    ))
                }
            };
            let i = self.org_heads.len() as u32;
            self.org_heads.push(OrgHead {
                id: f[0].to_string(),
                gender: parse_gender(source, n, f[1])?,
                nisba_required,
                elliptic,
                subtype: f[3].to_string(),
                name: f[4].to_string(),
            });
            for form in split_forms(source, n, f[5])? {
                self.forms.push((form, Item::OrgHead(i)));
            }
        }
        Ok(())
    }

    /// `subtype, forms`: words after which a quoted name is an organization.
    fn read_org_cues(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["subtype", "forms"]) {
            let (n, f) = row?;
            let i = self.org_cues.len() as u32;
            // The press is media whose word a place's name may follow (جريدة القدس).
            let press = f[0] == "press";
            self.org_cues
                .push(if press { "media" } else { f[0] }.to_string());
            // Not the closing words, places or facilities (القاعدة is al-Qaeda as well).
            let descriptor = !matches!(f[0], "suffix" | "place" | "facility");
            for form in split_forms(source, n, f[1])? {
                use crate::normalize::{normalize_form, NormalizeOptions};
                if descriptor && !form.contains(' ') {
                    self.descriptors
                        .insert(normalize_form(&form, &NormalizeOptions::default()));
                }
                if press {
                    self.press
                        .insert(normalize_form(&form, &NormalizeOptions::default()), i);
                }
                self.forms.push((form, Item::OrgCue(i)));
            }
        }
        Ok(())
    }

    /// `category, forms`; the category `preposition` matters to the relation rules.
    fn read_stopwords(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["category", "forms"]) {
            let (n, f) = row?;
            let preposition = f[0] == "preposition";
            for form in split_forms(source, n, f[1])? {
                self.forms.push((form, Item::Stop { preposition }));
            }
        }
        Ok(())
    }

    /// `kind, forms` with kind `name`, `particle` or `suffix`.
    fn read_given_names(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv_rows(source, text, &["kind", "forms"]) {
            let (n, f) = row?;
            let item = match f[0] {
                "name" => Item::GivenName,
                "particle" | "descent" => Item::Particle { suffix: false },
                "suffix" => Item::Particle { suffix: true },
                k => {
                    return Err(Error::data(
                        source,
                        n,
                        format!("unknown kind `{k}` (expected name, particle, descent or suffix)"),
                    ))
                }
            };
            for form in split_forms(source, n, f[1])? {
                if f[0] == "descent" {
                    use crate::normalize::{normalize_form, NormalizeOptions};
                    self.descent
                        .insert(normalize_form(&form, &NormalizeOptions::default()));
                }
                self.forms.push((form, item));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descent_particles_and_epithets_come_from_the_lists() {
        let lx = Lexicon::embedded().expect("embedded lists");
        for word in ["بن", "ابن", "بنت", "عبد", "ابو"] {
            assert!(lx.descent.contains(word), "{word}");
        }
        // آل and أم license the next word but are no particles of descent.
        for word in ["ال", "ام", "ولد"] {
            assert!(!lx.descent.contains(word), "{word}");
        }
        for word in ["الثاني", "الثانيه", "الاكبر", "العظيمه", "عشر"] {
            assert!(lx.epithets.contains(word), "{word}");
        }
        assert!(!lx.epithets.contains("الشهري"));
    }

    #[test]
    fn a_nationality_of_two_adjectives_agrees_word_by_word_and_a_compound_at_its_end() {
        let lx = Lexicon::embedded().expect("embedded lists");
        let has = |f: &str| {
            lx.forms
                .iter()
                .any(|(g, i)| g == f && matches!(i, Item::Nisba(_)))
        };
        for f in [
            "كورية شمالية",
            "الكوري الشمالي",
            "الكورية الشمالية",
            "الكوريين الشماليين",
        ] {
            assert!(has(f), "{f}");
        }
        for f in [
            "جنوب أفريقية",
            "الجنوب أفريقي",
            "الجنوب أفريقيون",
            "جنوب سودانية",
        ] {
            assert!(has(f), "{f}");
        }
        for f in ["جنوبية أفريقية", "الجنوب الأفريقي", "الكوري شمالي"]
        {
            assert!(!has(f), "{f}");
        }
    }

    #[test]
    fn a_descriptor_with_the_article_alone_is_bare() {
        let lx = Lexicon::embedded().expect("embedded lists");
        for word in ["المعهد", "الجامعه", "والشركه", "للمنظمه", "بالمعهد"]
        {
            assert!(lx.is_bare_descriptor(word), "{word}");
        }
        // A facility's word is al-Qaeda as well; a name is no descriptor.
        for word in ["القاعده", "معهد", "الرياض", "المعهدي"] {
            assert!(!lx.is_bare_descriptor(word), "{word}");
        }
    }

    #[test]
    fn the_rule_word_lists_read_as_the_text_is_normalized() {
        let lx = Lexicon::embedded().expect("embedded lists");
        assert!(lx.is_currency("ريال") && !lx.is_currency("بالدولار"));
        assert!(lx.months.contains("رمضان") && lx.time_before.contains("شهر"));
        assert!(lx.formulae.iter().any(|f| f == &["رضي", "الله", "عنه"]));
    }
}

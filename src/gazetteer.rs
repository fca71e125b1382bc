//! Gazetteers: lists of named entities, read from TSV or from spaCy-style JSONL patterns.
//!
//! The TSV format is UTF-8, tab-separated, with `#` comment lines and a header line
//! `id, type, subtype, name, forms`. `type` is `PERSON`, `LOCATION`, `ORGANIZATION` or
//! `MISC`; `subtype` is free text or `-`; `forms` are the surface forms separated by `|`.
//! The embedded default lists go through the same loader as a user's own file.
//!
//! The loaders are strict, and every error names the file and the line:
//! - one id names one entry: rows that share an id must agree on type, subtype and name
//!   (their forms are then merged); a different entry under a used id is an error that
//!   names the lines of both;
//! - a form must keep a letter or digit after normalization (not only marks or
//!   punctuation), and must not be a stop word of `gazetteers/stopwords.tsv` (في, من, قال):
//!   such a form would match in every sentence;
//! - a file must be UTF-8; the error names the line of the first invalid byte.
//!
//! ```
//! use kashf::gazetteer::Gazetteer;
//!
//! let tsv = "id\ttype\tsubtype\tname\tforms\n\
//!            city:aleppo\tLOCATION\tcity\tAleppo\tحلب\n";
//! let g = Gazetteer::from_tsv("my.tsv", tsv).unwrap();
//! assert_eq!(g.entries()[0].forms, vec!["حلب".to_string()]);
//! assert_eq!(g.entries()[0].line, Some(2));
//!
//! let bad = "id\ttype\tsubtype\tname\tforms\nx\tPLACE\t-\tX\tس\n";
//! let err = Gazetteer::from_tsv("bad.tsv", bad).unwrap_err();
//! assert_eq!(err.to_string(), "bad.tsv:2: unknown type `PLACE` (expected PERSON, LOCATION, ORGANIZATION or MISC)");
//!
//! let stop = "id\ttype\tsubtype\tname\tforms\nx\tPERSON\t-\tX\tمن\n";
//! let err = Gazetteer::from_tsv("stop.tsv", stop).unwrap_err();
//! assert!(err.to_string().starts_with("stop.tsv:2: form `من` is a stop word"));
//! ```

mod check;
mod jsonl;

use crate::error::Error;
use crate::tsv::{split_forms, tsv_rows};
pub use crate::types::EntityType;
use std::collections::HashMap;
use std::path::Path;

pub(crate) use check::check_shared_ids;
pub(crate) use jsonl::{compile_regex, TokenPattern, TokenTest};

/// One named entity of a list, with every surface form that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// Stable id (`country:RU`, `person:sergei-shoigu`).
    pub id: String,
    /// Coarse type.
    pub entity_type: EntityType,
    /// Finer type (`country`, `city`, `media`, …), if any.
    pub subtype: Option<String>,
    /// Canonical name, English where known.
    pub name: String,
    /// Surface forms as written in text (normalized when the matcher is built).
    pub forms: Vec<String>,
    /// The list it came from.
    pub source: String,
    /// The 1-based line of `source` it was read from (the first one, when several lines
    /// share its id); `None` for an entry made in code.
    pub line: Option<usize>,
    /// Token patterns (spaCy's `REGEX`, `IN`, `OP: "?"`) that name it besides its forms.
    pub(crate) token_patterns: Vec<TokenPattern>,
}

impl Entry {
    /// A new entry.
    pub fn new(
        id: impl Into<String>,
        entity_type: EntityType,
        subtype: Option<String>,
        name: impl Into<String>,
        forms: Vec<String>,
    ) -> Entry {
        Entry {
            id: id.into(),
            entity_type,
            subtype,
            name: name.into(),
            forms,
            source: String::new(),
            line: None,
            token_patterns: Vec::new(),
        }
    }

    /// Where it was read: `file:line`, `file`, or a note that code made it.
    pub(crate) fn place(&self) -> String {
        match (self.source.as_str(), self.line) {
            ("", _) => "a list made in code".to_string(),
            (s, Some(n)) => format!("{s}:{n}"),
            (s, None) => s.to_string(),
        }
    }
}

/// A list of entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

const HEADER: [&str; 5] = ["id", "type", "subtype", "name", "forms"];

impl Gazetteer {
    /// An empty list.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Reads a gazetteer TSV. `source` names the file in errors.
    pub fn from_tsv(source: &str, text: &str) -> Result<Gazetteer, Error> {
        Gazetteer::read_tsv(source, text, true)
    }

    /// Reads one of the embedded lists, whose forms a test checks once
    /// (`the_embedded_lists_pass_the_form_checks`) instead of every start: the checks
    /// normalize every form, a sixth of the default extractor's build.
    pub(crate) fn from_embedded_tsv(source: &str, text: &str) -> Result<Gazetteer, Error> {
        Gazetteer::read_tsv(source, text, false)
    }

    fn read_tsv(source: &str, text: &str, check_forms: bool) -> Result<Gazetteer, Error> {
        let mut entries: Vec<Entry> = Vec::new();
        // Ids borrowed from the text: no copy of a million ids.
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for row in tsv_rows(source, text, &HEADER) {
            let (n, f) = row?;
            if f[0].is_empty() {
                return Err(Error::data(source, n, "empty id"));
            }
            let entity_type = EntityType::parse(f[1]).ok_or_else(|| {
                Error::data(
                    source,
                    n,
                    format!(
                        "unknown type `{}` (expected PERSON, LOCATION, ORGANIZATION or MISC)",
                        f[1]
                    ),
                )
            })?;
            let subtype = match f[2] {
                "" | "-" => None,
                s => Some(s.to_string()),
            };
            let forms = split_forms(source, n, f[4])?;
            if check_forms {
                for form in &forms {
                    check::check_form(source, n, form)?;
                }
            }
            if let Some(&i) = by_id.get(f[0]) {
                let first = &mut entries[i];
                if first.entity_type != entity_type
                    || first.subtype != subtype
                    || first.name != f[3]
                {
                    return Err(Error::data(
                        source,
                        n,
                        format!(
                            "id `{}` already names a different entry at {} ({}); rows that share an id must agree on type, subtype and name",
                            f[0],
                            first.place(),
                            check::difference(first, entity_type, subtype.as_deref(), f[3]),
                        ),
                    ));
                }
                first.forms.extend(forms);
                continue;
            }
            by_id.insert(f[0], entries.len());
            entries.push(Entry {
                id: f[0].to_string(),
                entity_type,
                subtype,
                name: f[3].to_string(),
                forms,
                source: source.to_string(),
                line: Some(n),
                token_patterns: Vec::new(),
            });
        }
        Ok(Gazetteer { entries })
    }

    /// Reads spaCy-style JSONL patterns (the EntityRuler's format): one object a line,
    /// `{"label": "ORG", "pattern": "منظمة أوبك", "id": "org:opec"}`.
    ///
    /// - `pattern` is a string (a phrase pattern) or a list of token objects.
    /// - A token is `{"TEXT": …}` (`ORTH` and `LOWER` read alike: Arabic has no case) with a
    ///   string, `{"REGEX": "…"}` or `{"IN": ["…", …]}`, optionally with `"OP": "?"` (the
    ///   token may be absent); `{}` is any one word. The operators `*`, `+`, `!` and
    ///   `{n,m}`, and attributes other than `TEXT`, `ORTH`, `LOWER` and `OP`, are errors.
    /// - A pattern of plain strings only is a form like any list form: its words joined by
    ///   spaces, matched by the automaton with clitics (وبمنظمة أوبك). A pattern with
    ///   `REGEX`, `IN`, `OP` or `{}` goes to a token matcher that compares whole words of the
    ///   normalized text, one token one word, the words of a match separated by white space
    ///   only. A `REGEX` must match the whole normalized word (it is anchored at both ends)
    ///   and is itself normalized like the text, so write it as you would the text
    ///   (`أبو` and `ابو` are the same). The first word may carry proclitics, as with forms
    ///   (و, ف, then ب, ك or ل), which stay outside the mention. A token pattern has at most
    ///   32 tokens and at least one that is neither optional nor `{}`; meant for a few dozen
    ///   patterns (each one is tried at every word), where forms scale to millions.
    /// - Labels: PERSON/PER/PERS, ORG/ORGANIZATION, LOC/LOCATION/GPE/FAC; MISC and spaCy's
    ///   other OntoNotes labels (NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE, DATE, TIME,
    ///   PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are MISC, so that EntityRuler files
    ///   load as they are; any other label is an error (a typo would otherwise pass).
    /// - Patterns that share an `id` are one entry (how spaCy files give several patterns
    ///   one id); a pattern without `id` gets `LABEL:pattern`. One id with two labels of
    ///   different types is an error naming both lines.
    ///
    /// ```
    /// use kashf::{EntityType, Extractor, Gazetteer};
    ///
    /// let jsonl = r#"{"label": "ORG", "pattern": "أوبك", "id": "org:opec"}
    /// {"label": "ORG", "pattern": [{"TEXT": "منظمة"}, {"TEXT": "أوبك"}], "id": "org:opec"}
    /// {"label": "ORG", "pattern": [{"TEXT": "شركة"}, {"TEXT": {"REGEX": "[a-z]+"}}], "id": "org:company"}
    /// {"label": "GPE", "pattern": [{"TEXT": "جمهورية", "OP": "?"}, {"LOWER": {"IN": ["مالي", "تشاد"]}}], "id": "sahel"}
    /// "#;
    /// let g = Gazetteer::from_jsonl("p.jsonl", jsonl).unwrap();
    /// assert_eq!(g.len(), 3);
    /// assert_eq!(g.entries()[0].forms, ["أوبك", "منظمة أوبك"]);
    /// assert_eq!(g.entries()[0].entity_type, EntityType::Organization);
    ///
    /// let ex = Extractor::builder().gazetteer(g).build().unwrap();
    /// let doc = ex.extract("وقالت شركة acme إن جمهورية تشاد وقعت مع وشركة beta.");
    /// let found: Vec<(&str, &str)> = doc.mentions().iter().map(|(e, m)| (e.id.as_str(), m.text.as_str())).collect();
    /// assert!(found.contains(&("org:company", "شركة acme")));
    /// assert!(found.contains(&("sahel", "جمهورية تشاد")));
    /// assert!(found.contains(&("org:company", "شركة beta"))); // after the clitic و
    ///
    /// let err = Gazetteer::from_jsonl("p.jsonl", "{\"label\": \"ORG\"}\n").unwrap_err();
    /// assert_eq!(err.to_string(), "p.jsonl:1: missing `pattern`");
    /// let bad = r#"{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "(ab"}}]}"#;
    /// let err = Gazetteer::from_jsonl("p.jsonl", bad).unwrap_err();
    /// assert_eq!(err.to_string(), "p.jsonl:1: token 1: invalid REGEX: unclosed group");
    /// ```
    pub fn from_jsonl(source: &str, text: &str) -> Result<Gazetteer, Error> {
        Ok(Gazetteer {
            entries: jsonl::read(source, text)?,
        })
    }

    /// Reads a gazetteer TSV file from disk.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let text = check::read_utf8(path)?;
        Gazetteer::from_tsv(&path.display().to_string(), &text)
    }

    /// Reads a spaCy-style JSONL pattern file from disk (see [`Gazetteer::from_jsonl`]).
    pub fn from_jsonl_path(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let text = check::read_utf8(path)?;
        Gazetteer::from_jsonl(&path.display().to_string(), &text)
    }

    /// Adds an entry.
    pub fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
    }

    /// Takes the entries out.
    pub fn into_entries(self) -> Vec<Entry> {
        self.entries
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$((concat!("gazetteers/", $name), include_str!(concat!("../gazetteers/", $name)))),*]
    };
}

/// The embedded default gazetteers: `(file name, contents)`.
pub const DEFAULT_GAZETTEERS: &[(&str, &str)] = embedded![
    "countries.tsv",
    "cities.tsv",
    "cities_more.tsv",
    "regions.tsv",
    "people.tsv",
    "people_arab.tsv",
    "people_world.tsv",
    "people_sports.tsv",
    "people_history.tsv",
    "people_history_more.tsv",
    "encyclopedic.tsv",
    "organizations.tsv",
    "organizations_more.tsv",
    "sports_clubs.tsv",
    "companies.tsv",
    "organizations_world.tsv",
    "products.tsv",
    "anercorp_persons.tsv",
    "anercorp_organizations.tsv",
];

//! Gazetteers: lists of named entities, read from TSV.
//!
//! The format is UTF-8, tab-separated, with `#` comment lines and a header line
//! `id, type, subtype, name, forms`. `type` is `PERSON`, `LOCATION`, `ORGANIZATION` or
//! `MISC`; `subtype` is free text or `-`; `forms` are the surface forms separated by `|`.
//! The embedded default lists go through the same loader as a user's own file.
//!
//! ```
//! use kashf::gazetteer::Gazetteer;
//!
//! let tsv = "id\ttype\tsubtype\tname\tforms\n\
//!            city:aleppo\tLOCATION\tcity\tAleppo\tحلب\n";
//! let g = Gazetteer::from_tsv("my.tsv", tsv).unwrap();
//! assert_eq!(g.entries()[0].forms, vec!["حلب".to_string()]);
//!
//! let bad = "id\ttype\tsubtype\tname\tforms\nx\tPLACE\t-\tX\tس\n";
//! let err = Gazetteer::from_tsv("bad.tsv", bad).unwrap_err();
//! assert_eq!(err.to_string(), "bad.tsv:2: unknown type `PLACE` (expected PERSON, LOCATION, ORGANIZATION or MISC)");
//! ```

use crate::error::Error;
pub use crate::types::EntityType;
use std::path::Path;

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
        }
    }
}

/// A list of entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

/// Reads the data lines of a TSV text: skips comments and blank lines, checks the header,
/// and yields `(line number, fields)` with exactly `header.len()` fields.
pub(crate) fn tsv_rows<'a>(
    source: &'a str,
    text: &'a str,
    header: &'a [&'a str],
) -> impl Iterator<Item = Result<(usize, Vec<&'a str>), Error>> + 'a {
    let mut seen_header = false;
    text.lines().enumerate().filter_map(move |(i, line)| {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        let line = if n == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !seen_header {
            seen_header = true;
            if fields != header {
                return Some(Err(Error::data(
                    source,
                    n,
                    format!("expected the header `{}`", header.join("\\t")),
                )));
            }
            return None;
        }
        if fields.len() != header.len() {
            return Some(Err(Error::data(
                source,
                n,
                format!(
                    "expected {} tab-separated fields, found {}",
                    header.len(),
                    fields.len()
                ),
            )));
        }
        Some(Ok((n, fields)))
    })
}

/// Splits a `|`-separated list of forms, rejecting empty ones.
pub(crate) fn split_forms(source: &str, line: usize, field: &str) -> Result<Vec<String>, Error> {
    let forms: Vec<String> = field.split('|').map(|f| f.trim().to_string()).collect();
    if forms.iter().any(String::is_empty) {
        return Err(Error::data(
            source,
            line,
            "empty form in the `|`-separated list",
        ));
    }
    Ok(forms)
}

const HEADER: [&str; 5] = ["id", "type", "subtype", "name", "forms"];

impl Gazetteer {
    /// An empty list.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Reads a gazetteer TSV. `source` names the file in errors.
    pub fn from_tsv(source: &str, text: &str) -> Result<Gazetteer, Error> {
        let mut entries = Vec::new();
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
            entries.push(Entry {
                id: f[0].to_string(),
                entity_type,
                subtype,
                name: f[3].to_string(),
                forms,
                source: source.to_string(),
            });
        }
        Ok(Gazetteer { entries })
    }

    /// Reads spaCy-style JSONL patterns: one object a line,
    /// `{"label": "ORG", "pattern": "منظمة أوبك", "id": "org:opec"}`. `pattern` is a string
    /// or a list of token objects with a `TEXT`, `ORTH` or `LOWER` key (joined by spaces).
    /// Labels: PERSON/PER/PERS, ORG/ORGANIZATION, LOC/LOCATION/GPE/FAC; any other label is
    /// MISC. Patterns that share an `id` are one entry; a pattern without `id` gets
    /// `LABEL:pattern`.
    ///
    /// ```
    /// use kashf::{EntityType, Gazetteer};
    ///
    /// let jsonl = r#"{"label": "ORG", "pattern": "أوبك", "id": "org:opec"}
    /// {"label": "ORG", "pattern": [{"TEXT": "منظمة"}, {"TEXT": "أوبك"}], "id": "org:opec"}
    /// "#;
    /// let g = Gazetteer::from_jsonl("p.jsonl", jsonl).unwrap();
    /// assert_eq!(g.len(), 1);
    /// assert_eq!(g.entries()[0].forms, ["أوبك", "منظمة أوبك"]);
    /// assert_eq!(g.entries()[0].entity_type, EntityType::Organization);
    ///
    /// let err = Gazetteer::from_jsonl("p.jsonl", "{\"label\": \"ORG\"}\n").unwrap_err();
    /// assert_eq!(err.to_string(), "p.jsonl:1: missing `pattern`");
    /// ```
    pub fn from_jsonl(source: &str, text: &str) -> Result<Gazetteer, Error> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut by_id: std::collections::HashMap<String, usize> = Default::default();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| Error::data(source, n, format!("not a JSON object: {e}")))?;
            let label = v
                .get("label")
                .and_then(|l| l.as_str())
                .ok_or_else(|| Error::data(source, n, "missing `label`"))?;
            let pattern = match v.get("pattern") {
                Some(serde_json::Value::String(p)) => p.trim().to_string(),
                Some(serde_json::Value::Array(tokens)) => {
                    let mut words = Vec::with_capacity(tokens.len());
                    for t in tokens {
                        let w = ["TEXT", "ORTH", "LOWER"]
                            .iter()
                            .find_map(|k| t.get(*k).and_then(|w| w.as_str()))
                            .ok_or_else(|| {
                                Error::data(
                                    source,
                                    n,
                                    "a token pattern needs a TEXT, ORTH or LOWER string",
                                )
                            })?;
                        words.push(w);
                    }
                    words.join(" ")
                }
                Some(_) => {
                    return Err(Error::data(
                        source,
                        n,
                        "`pattern` must be a string or a list",
                    ))
                }
                None => return Err(Error::data(source, n, "missing `pattern`")),
            };
            if pattern.is_empty() {
                return Err(Error::data(source, n, "empty `pattern`"));
            }
            let entity_type = match label.to_ascii_uppercase().as_str() {
                "PERSON" | "PER" | "PERS" => EntityType::Person,
                "ORG" | "ORGANIZATION" | "ORGANISATION" => EntityType::Organization,
                "LOC" | "LOCATION" | "GPE" | "FAC" => EntityType::Location,
                _ => EntityType::Misc,
            };
            let id = match v.get("id") {
                Some(serde_json::Value::String(id)) if !id.is_empty() => id.clone(),
                Some(serde_json::Value::Number(id)) => id.to_string(),
                None => format!("{label}:{pattern}"),
                Some(_) => return Err(Error::data(source, n, "`id` must be a non-empty string")),
            };
            match by_id.get(&id) {
                Some(&e) => {
                    if entries[e].entity_type != entity_type {
                        return Err(Error::data(
                            source,
                            n,
                            format!("id `{id}` was given another label before"),
                        ));
                    }
                    entries[e].forms.push(pattern);
                }
                None => {
                    by_id.insert(id.clone(), entries.len());
                    entries.push(Entry {
                        name: id.clone(),
                        id,
                        entity_type,
                        subtype: None,
                        forms: vec![pattern],
                        source: source.to_string(),
                    });
                }
            }
        }
        Ok(Gazetteer { entries })
    }

    /// Reads a gazetteer TSV file from disk.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&name, &e))?;
        Gazetteer::from_tsv(&name, &text)
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
    "organizations.tsv",
    "organizations_more.tsv",
    "sports_clubs.tsv",
    "companies.tsv",
    "anercorp_persons.tsv",
    "anercorp_organizations.tsv",
];

//! The `kashf._kashf` extension module: Python classes over the `kashf` crate's public API.
//!
//! Nothing here extracts anything: [`kashf::Extractor`] does, and this module only converts
//! its [`kashf::Document`] into Python objects whose `start`/`end` are Python string indices
//! (the library's `char_start`/`char_end`: Unicode scalar offsets, which are exactly the code
//! point indices of a Python `str`). The package around it (`python/kashf/`) re-exports these
//! classes and adds `LoadError` and the spaCy component.
#![forbid(unsafe_code)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyTuple};
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use kashf::{Defaults, EntityRules, ErrorKind, Extractor as RustExtractor, VariantRules};

/// The module: classes, and the version of the package.
#[pymodule]
fn _kashf(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Document>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Span>()?;
    m.add_class::<Evidence>()?;
    m.add_class::<Relation>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Extractor

/// What the Python constructor was given; the builder is configured from it in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options {
    gazetteers: Vec<PathBuf>,
    patterns: Vec<PathBuf>,
    defaults: bool,
    rules: bool,
    variants: bool,
    skip: Vec<String>,
    tagger: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            gazetteers: Vec::new(),
            patterns: Vec::new(),
            defaults: true,
            rules: true,
            variants: true,
            skip: Vec::new(),
            tagger: true,
        }
    }
}

impl Options {
    /// Builds an extractor for these options (everything that can fail happens here).
    fn build(&self) -> Result<RustExtractor, kashf::Error> {
        let mut b = RustExtractor::builder();
        b.defaults(if self.defaults {
            Defaults::Include
        } else {
            Defaults::Exclude
        });
        for path in &self.gazetteers {
            b.gazetteer_file(path);
        }
        for path in &self.patterns {
            b.patterns_file(path);
        }
        for name in &self.skip {
            b.skip_default(name);
        }
        b.entity_rules(if self.rules {
            EntityRules::All
        } else {
            EntityRules::ListsOnly
        });
        b.variants(if self.variants {
            VariantRules::default()
        } else {
            VariantRules::none()
        });
        // The trained tagger is on by default, as in the library.
        if !self.tagger {
            b.tagger(kashf::TaggerSource::Off);
        }
        b.build()
    }
}

/// Where an extractor lives: the library's shared default one, or one built for options.
enum Engine {
    Shared,
    Own(Box<RustExtractor>),
}

/// Finds people, places and organizations in Arabic text and links them into relations.
///
/// ``Extractor()`` is the library's shared default extractor (embedded gazetteers and rules,
/// built once per process). The keywords mirror the Rust builder:
///
/// - ``gazetteers``: your own gazetteer TSV files (``id  type  subtype  name  forms``),
///   merged with the embedded lists; at the same span a list of yours wins.
/// - ``patterns``: spaCy-style JSONL pattern files
///   (``{"label": "ORG", "pattern": "...", "id": "..."}``).
/// - ``defaults``: include the embedded gazetteers (``False``: only yours).
/// - ``rules``: run the context rules (titles, organization heads, quoted names, coreference)
///   besides the list matches (``False``: the lists alone).
/// - ``variants``: generate spelling variants of transliterated names.
/// - ``skip``: names of embedded lists to leave out, e.g. ``["anercorp_persons.tsv"]``.
/// - ``tagger``: run the trained tagger beside the lists and rules, for names no list holds
///   (the default; ``False``: lists and rules only).
///
/// Every file is read here: a missing file or a bad line raises ``kashf.LoadError`` (with
/// ``file``, ``line`` and ``reason``). After that ``extract`` never fails.
///
/// An extractor is immutable and thread-safe. ``extract`` and ``extract_many`` release the
/// GIL while they run.
#[pyclass(frozen, module = "kashf")]
struct Extractor {
    engine: Engine,
    options: Options,
}

impl Extractor {
    fn get(&self) -> &RustExtractor {
        match &self.engine {
            Engine::Shared => RustExtractor::shared(),
            Engine::Own(ex) => ex,
        }
    }
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, gazetteers=None, patterns=None, defaults=true, rules=true, variants=true, skip=None, tagger=true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        gazetteers: Option<Vec<PathBuf>>,
        patterns: Option<Vec<PathBuf>>,
        defaults: bool,
        rules: bool,
        variants: bool,
        skip: Option<Vec<String>>,
        tagger: bool,
    ) -> PyResult<Extractor> {
        let options = Options {
            gazetteers: gazetteers.unwrap_or_default(),
            patterns: patterns.unwrap_or_default(),
            defaults,
            rules,
            variants,
            skip: skip.unwrap_or_default(),
            tagger,
        };
        let engine = if options == Options::default() {
            // Built on first use; without the GIL, since that may take a few milliseconds.
            py.detach(|| {
                RustExtractor::shared();
            });
            Engine::Shared
        } else {
            let built = py.detach(|| options.build());
            Engine::Own(Box::new(built.map_err(|e| load_error(py, &e))?))
        };
        Ok(Extractor { engine, options })
    }

    /// Finds the entities and relations of one text and returns a ``Document``.
    ///
    /// Offsets (``start``/``end``) are indices into ``text``: ``text[m.start:m.end] == m.text``.
    /// Never fails on a ``str``. A lone surrogate (not valid Unicode) is read as U+FFFD, one
    /// code point for one, so offsets still index ``text``.
    #[pyo3(signature = (text, /))]
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Document> {
        let text = text
            .cast::<PyString>()
            .map_err(|_| PyTypeError::new_err("extract() takes a str"))?;
        let rust = rust_text(text)?;
        let doc = py.detach(|| self.get().extract(&rust));
        Document::new(py, text.clone().unbind(), &rust, doc)
    }

    /// Extracts from many texts at once, on every core (or on ``threads`` threads), without
    /// the GIL. Returns the documents in the order of ``texts``; the same documents as
    /// ``[extractor.extract(t) for t in texts]``.
    ///
    /// ``texts`` is any iterable of ``str``; it is read whole before extraction starts, so
    /// feed a very large corpus in batches (a few thousand articles at a time).
    #[pyo3(signature = (texts, /, threads=None))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Document>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "extract_many() takes an iterable of str, not a str (use extract())",
            ));
        }
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let mut objects: Vec<Py<PyString>> = Vec::new();
        let mut strings: Vec<String> = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "extract_many() takes str items; item {i} is {}",
                    item.get_type()
                        .name()
                        .map_or_else(|_| "not a str".to_string(), |n| n.to_string())
                ))
            })?;
            strings.push(rust_text(s)?.into_owned());
            objects.push(s.clone().unbind());
        }
        let extractor = self.get();
        let docs = py.detach(|| extract_parallel(extractor, &strings, threads));
        objects
            .into_iter()
            .zip(strings.iter())
            .zip(docs)
            .map(|((obj, s), doc)| Document::new(py, obj, s, doc))
            .collect()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let o = &self.options;
        let d = Options::default();
        let list = |items: Vec<String>| {
            let items: Vec<String> = items.iter().map(|i| repr_str(py, i)).collect();
            format!("[{}]", items.join(", "))
        };
        let paths =
            |paths: &[PathBuf]| list(paths.iter().map(|p| p.display().to_string()).collect());
        let mut parts = Vec::new();
        if !o.gazetteers.is_empty() {
            parts.push(format!("gazetteers={}", paths(&o.gazetteers)));
        }
        if !o.patterns.is_empty() {
            parts.push(format!("patterns={}", paths(&o.patterns)));
        }
        for (name, value, default) in [
            ("defaults", o.defaults, d.defaults),
            ("rules", o.rules, d.rules),
            ("variants", o.variants, d.variants),
            ("tagger", o.tagger, d.tagger),
        ] {
            if value != default {
                parts.push(format!("{name}={}", if value { "True" } else { "False" }));
            }
        }
        if !o.skip.is_empty() {
            parts.push(format!("skip={}", list(o.skip.clone())));
        }
        format!(
            "Extractor({}) <{} gazetteer entries>",
            parts.join(", "),
            self.get().entries().len()
        )
    }
}

/// The text as Rust reads it. Valid Unicode is copied as it is; a string with lone surrogates
/// (which UTF-8 cannot hold) gets U+FFFD for each of them, one code point for one, so that the
/// library's char offsets are still indices into the Python string.
fn rust_text<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    match text.to_cow() {
        Ok(s) => Ok(s),
        Err(_) => {
            let utf32 = text.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
            let utf32 = utf32.cast::<PyBytes>()?;
            Ok(Cow::Owned(
                utf32
                    .as_bytes()
                    .chunks_exact(4)
                    .map(|c| {
                        char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                            .unwrap_or(char::REPLACEMENT_CHARACTER)
                    })
                    .collect(),
            ))
        }
    }
}

/// `extract` over every text, on `threads` scoped threads taking the next text as they go
/// (articles differ in length), the results put back in input order.
fn extract_parallel(ex: &RustExtractor, texts: &[String], threads: usize) -> Vec<kashf::Document> {
    let threads = threads.min(texts.len());
    if threads <= 1 {
        return texts.iter().map(|t| ex.extract(t)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut out: Vec<Option<kashf::Document>> = vec![None; texts.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        done.push((i, ex.extract(text)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => {
                    for (i, doc) in done {
                        out[i] = Some(doc);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// A `kashf.LoadError` for a build error (the class is defined in Python: `kashf._errors`).
fn load_error(py: Python<'_>, e: &kashf::Error) -> PyErr {
    let kind = match e.kind() {
        ErrorKind::Data => "data",
        ErrorKind::Io => "io",
        ErrorKind::Config => "config",
        _ => "other",
    };
    let made = py
        .import("kashf._errors")
        .and_then(|m| m.getattr("LoadError"))
        .and_then(|cls| cls.call1((e.source_name(), e.line(), e.message(), kind)));
    match made {
        Ok(err) => PyErr::from_value(err),
        Err(import_failed) => import_failed,
    }
}

// ---------------------------------------------------------------------------------------------
// The document

/// A span of the text: ``start``/``end`` are indices into the Python string
/// (``text[start:end] == span.text``), ``byte_start``/``byte_end`` UTF-8 byte offsets.
#[pyclass(frozen, eq, hash, module = "kashf")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Span {
    /// Index of the first character in the Python string.
    #[pyo3(get)]
    start: usize,
    /// Index one past the last character in the Python string.
    #[pyo3(get)]
    end: usize,
    /// UTF-8 byte offset where it starts.
    #[pyo3(get)]
    byte_start: usize,
    /// UTF-8 byte offset one past its end.
    #[pyo3(get)]
    byte_end: usize,
    /// The text between ``start`` and ``end``.
    #[pyo3(get)]
    text: String,
}

#[pymethods]
impl Span {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Span({}, {}:{})",
            repr_str(py, &shorten(&self.text, 40)),
            self.start,
            self.end
        )
    }
}

/// One place in the text naming an entity (or, in an ``Evidence``, the trigger word).
///
/// ``start``/``end`` are indices into the Python string: ``text[m.start:m.end] == m.text``.
/// ``byte_start``/``byte_end`` are the same span in UTF-8 bytes. ``rule`` says which rule
/// found it: ``list`` (a gazetteer form), ``person.title``, ``org-head``, ``coref.surname``, ...;
/// ``None`` on triggers.
#[pyclass(frozen, eq, hash, module = "kashf")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Mention {
    /// Index of the first character in the Python string (the library's ``char_start``).
    #[pyo3(get)]
    start: usize,
    /// Index one past the last character in the Python string (the library's ``char_end``).
    #[pyo3(get)]
    end: usize,
    /// UTF-8 byte offset where it starts (the library's ``start``).
    #[pyo3(get)]
    byte_start: usize,
    /// UTF-8 byte offset one past its end (the library's ``end``).
    #[pyo3(get)]
    byte_end: usize,
    /// Exactly the text between ``start`` and ``end``, diacritics included.
    #[pyo3(get)]
    text: String,
    /// The rule that found it, ``None`` on a trigger.
    #[pyo3(get)]
    rule: Option<String>,
}

impl Mention {
    fn new(m: &kashf::Mention) -> Mention {
        Mention {
            start: m.char_start,
            end: m.char_end,
            byte_start: m.start,
            byte_end: m.end,
            text: m.text.clone(),
            rule: m.rule.clone(),
        }
    }
}

#[pymethods]
impl Mention {
    fn __repr__(&self, py: Python<'_>) -> String {
        let text = repr_str(py, &self.text);
        match &self.rule {
            Some(rule) => format!(
                "Mention({text}, {}:{}, rule={})",
                self.start,
                self.end,
                repr_str(py, rule)
            ),
            None => format!("Mention({text}, {}:{})", self.start, self.end),
        }
    }
}

/// One real-world entity of a document, with every mention of it in text order.
///
/// ``id`` comes from the gazetteer (``person:sergei-lavrov``, ``country:IR``) or is generated
/// (``PERSON:...``, ``org-head:...``). ``type`` is ``PERSON``, ``LOCATION``, ``ORGANIZATION`` or
/// ``MISC``. An entity named only through a nationality adjective (الروسي) has no mentions;
/// its relations are in ``Document.implied_relations``.
#[pyclass(frozen, module = "kashf")]
struct Entity {
    /// Gazetteer id, or a generated one.
    #[pyo3(get)]
    id: String,
    /// ``PERSON``, ``LOCATION``, ``ORGANIZATION`` or ``MISC``.
    #[pyo3(get, name = "type")]
    entity_type: &'static str,
    /// Finer type (``minister``, ``city``, ``country``, ...), if known.
    #[pyo3(get)]
    subtype: Option<String>,
    /// Canonical name (English where the gazetteer knows it).
    #[pyo3(get)]
    name: String,
    /// The mentions, in text order (a tuple of ``Mention``).
    #[pyo3(get)]
    mentions: Py<PyTuple>,
}

#[pymethods]
impl Entity {
    fn __repr__(&self, py: Python<'_>) -> String {
        let kind = match &self.subtype {
            Some(sub) => format!("{}/{sub}", self.entity_type),
            None => self.entity_type.to_string(),
        };
        format!(
            "Entity({}, {kind}, {}, mentions={})",
            repr_str(py, &self.id),
            repr_str(py, &self.name),
            self.mentions.bind(py).len()
        )
    }
}

/// Why a relation was extracted: the sentence, the trigger word or phrase, and the rule id.
#[pyclass(frozen, module = "kashf")]
struct Evidence {
    /// The sentence it was found in (a ``Span``).
    #[pyo3(get)]
    sentence: Py<Span>,
    /// The trigger word or role phrase (a ``Mention`` whose ``rule`` is ``None``).
    #[pyo3(get)]
    trigger: Py<Mention>,
    /// The id of the relation rule that fired.
    #[pyo3(get)]
    rule: String,
}

#[pymethods]
impl Evidence {
    fn __repr__(&self, py: Python<'_>) -> String {
        let t = self.trigger.get();
        format!(
            "Evidence(rule={}, trigger={} {}:{})",
            repr_str(py, &self.rule),
            repr_str(py, &t.text),
            t.start,
            t.end
        )
    }
}

/// A relation between two entities of the document.
///
/// ``head`` and ``tail`` are the document's ``Entity`` objects themselves
/// (``rel.head in doc.entities``). Symmetric relations (MEETS, PLANS_AGREEMENT,
/// SIGNS_AGREEMENT, COOPERATES_WITH, TENSION_WITH) are listed once.
#[pyclass(frozen, module = "kashf")]
struct Relation {
    /// ``MEETS``, ``VISITS``, ``PLANS_AGREEMENT``, ``SIGNS_AGREEMENT``, ``COOPERATES_WITH``,
    /// ``JOINS``, ``PURCHASE``, ``AFFILIATED_WITH``, ``TENSION_WITH`` or ``LOCATED_IN``.
    #[pyo3(get, name = "type")]
    relation_type: &'static str,
    /// The first argument.
    #[pyo3(get)]
    head: Py<Entity>,
    /// The second argument.
    #[pyo3(get)]
    tail: Py<Entity>,
    /// Every place in the text that supports it (a tuple of ``Evidence``).
    #[pyo3(get)]
    evidence: Py<PyTuple>,
    /// Whether the text states it as done (``"done"``) or intended (``"planned"``); denied
    /// relations (``"negated"``) appear only when the extractor keeps them.
    #[pyo3(get)]
    modality: String,
}

#[pymethods]
impl Relation {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Relation({}, {} -> {}, evidence={})",
            self.relation_type,
            repr_str(py, &self.head.get().name),
            repr_str(py, &self.tail.get().name),
            self.evidence.bind(py).len()
        )
    }
}

/// What ``extract`` finds in one text: ``entities`` in order of first mention,
/// ``relations`` in order of first evidence and ``implied_relations`` (those with an
/// argument named only by a nationality adjective), all tuples.
///
/// ``to_json()`` writes the library's JSON contract; ``to_dict()`` is that JSON as Python
/// objects. Mind that in the contract ``start``/``end`` are UTF-8 *byte* offsets and
/// ``char_start``/``char_end`` the Python indices, whereas on the objects ``start``/``end``
/// are the Python indices and ``byte_start``/``byte_end`` the bytes.
#[pyclass(frozen, module = "kashf")]
struct Document {
    /// The text it was extracted from (the very ``str`` passed in).
    #[pyo3(get)]
    text: Py<PyString>,
    /// The entities, in order of first mention (entities with no mention come last).
    #[pyo3(get)]
    entities: Py<PyTuple>,
    /// The relations between entities the text names, in order of first evidence.
    #[pyo3(get)]
    relations: Py<PyTuple>,
    /// The relations one of whose arguments the text names only by a nationality adjective
    /// (an entity with no mention), in order of first evidence.
    #[pyo3(get)]
    implied_relations: Py<PyTuple>,
    inner: kashf::Document,
}

impl Document {
    fn new(
        py: Python<'_>,
        text_obj: Py<PyString>,
        text: &str,
        doc: kashf::Document,
    ) -> PyResult<Document> {
        let mut entities: Vec<Py<Entity>> = Vec::with_capacity(doc.entities.len());
        for e in &doc.entities {
            let mentions = e
                .mentions
                .iter()
                .map(|m| Py::new(py, Mention::new(m)))
                .collect::<PyResult<Vec<_>>>()?;
            entities.push(Py::new(
                py,
                Entity {
                    id: e.id.clone(),
                    entity_type: e.entity_type.as_str(),
                    subtype: e.subtype.clone(),
                    name: e.name.clone(),
                    mentions: PyTuple::new(py, mentions)?.unbind(),
                },
            )?);
        }
        // Sentences come as byte spans: their char offsets are counted in one pass.
        let mut bytes: Vec<usize> = doc
            .relations
            .iter()
            .chain(&doc.implied_relations)
            .flat_map(|r| &r.evidence)
            .flat_map(|ev| [ev.sentence.start, ev.sentence.end])
            .collect();
        bytes.sort_unstable();
        bytes.dedup();
        let chars = char_offsets(text, &bytes);
        let char_at = |b: usize| bytes.binary_search(&b).map_or(0, |i| chars[i]);
        let relation = |r: &kashf::Relation| -> PyResult<Py<Relation>> {
            let mut evidence = Vec::with_capacity(r.evidence.len());
            for ev in &r.evidence {
                let (s, e) = (ev.sentence.start, ev.sentence.end);
                let sentence = Span {
                    start: char_at(s),
                    end: char_at(e),
                    byte_start: s,
                    byte_end: e,
                    text: text.get(s..e).unwrap_or_default().to_string(),
                };
                evidence.push(Py::new(
                    py,
                    Evidence {
                        sentence: Py::new(py, sentence)?,
                        trigger: Py::new(py, Mention::new(&ev.trigger))?,
                        rule: ev.rule.clone(),
                    },
                )?);
            }
            Py::new(
                py,
                Relation {
                    relation_type: r.relation_type.as_str(),
                    head: entities[r.head].clone_ref(py),
                    tail: entities[r.tail].clone_ref(py),
                    evidence: PyTuple::new(py, evidence)?.unbind(),
                    modality: r.modality.as_str().to_string(),
                },
            )
        };
        let relations = doc
            .relations
            .iter()
            .map(relation)
            .collect::<PyResult<Vec<_>>>()?;
        let implied = doc
            .implied_relations
            .iter()
            .map(relation)
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Document {
            text: text_obj,
            entities: PyTuple::new(py, entities)?.unbind(),
            relations: PyTuple::new(py, relations)?.unbind(),
            implied_relations: PyTuple::new(py, implied)?.unbind(),
            inner: doc,
        })
    }
}

/// Python's `repr` of a string (Arabic letters and marks shown as they are, quotes chosen as
/// Python chooses them).
fn repr_str(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

/// At most `max` chars of `s`, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        Some((at, _)) => Cow::Owned(format!("{}…", &s[..at])),
        None => Cow::Borrowed(s),
    }
}

/// The char offsets of sorted byte offsets into `text`: the number of chars before each, that
/// is, of bytes that do not continue a UTF-8 sequence.
fn char_offsets(text: &str, sorted_bytes: &[usize]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(sorted_bytes.len());
    let (mut at, mut chars) = (0, 0);
    for &b in sorted_bytes {
        let b = b.min(bytes.len());
        chars += bytes[at..b]
            .iter()
            .filter(|&&x| !(0x80..0xC0).contains(&x))
            .count();
        at = b;
        out.push(chars);
    }
    out
}

#[pymethods]
impl Document {
    /// The library's JSON contract (byte offsets in ``start``/``end``, Python indices in
    /// ``char_start``/``char_end``; ``head``/``tail`` index ``entities``).
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.inner.to_json_pretty()
        } else {
            self.inner.to_json()
        }
    }

    /// The JSON contract as Python objects: ``json.loads(doc.to_json())``. As in the JSON,
    /// the ``"implied_relations"`` key is there only when there are some (read it with
    /// ``.get("implied_relations", [])``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?
            .call_method1("loads", (self.inner.to_json(),))
    }

    /// Every mention with its entity, in text order: a list of ``(Entity, Mention)``.
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Vec<(Py<Entity>, Py<PyAny>)>> {
        let mut out = Vec::new();
        for e in self.entities.bind(py).iter() {
            let entity = e.cast_into::<Entity>()?;
            for m in entity.get().mentions.bind(py).iter() {
                out.push((entity.clone().unbind(), m.unbind()));
            }
        }
        out.sort_by_key(|(_, m)| {
            m.bind(py)
                .cast::<Mention>()
                .map_or(usize::MAX, |m| m.get().start)
        });
        Ok(out)
    }

    /// The entity with this id, or ``None``.
    fn entity(&self, py: Python<'_>, id: &str) -> Option<Py<PyAny>> {
        self.entities
            .bind(py)
            .iter()
            .find(|e| {
                e.cast::<Entity>()
                    .map(|e| e.get().id == id)
                    .unwrap_or(false)
            })
            .map(Bound::unbind)
    }

    /// Two documents are equal when their texts and everything extracted are.
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Document>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.inner == other.inner && self.text.bind(py).as_any().eq(other.text.bind(py))?)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        const SHOWN: usize = 6;
        let entities: Vec<String> = self
            .inner
            .entities
            .iter()
            .take(SHOWN)
            .map(|e| format!("{} ({})", e.name, e.entity_type.as_str()))
            .collect();
        let relations: Vec<String> = self
            .inner
            .relations
            .iter()
            .chain(&self.inner.implied_relations)
            .take(SHOWN)
            .map(|r| {
                format!(
                    "{}({}, {})",
                    r.relation_type.as_str(),
                    self.inner.entities[r.head].name,
                    self.inner.entities[r.tail].name
                )
            })
            .collect();
        let more = |n: usize| {
            if n > SHOWN {
                format!(", … {} more", n - SHOWN)
            } else {
                String::new()
            }
        };
        let chars = self.text.bind(py).len().unwrap_or_default();
        let implied = match self.inner.implied_relations.len() {
            0 => String::new(),
            n => format!(", {n} implied"),
        };
        format!(
            "Document({chars} chars, entities=[{}{}], relations=[{}{}]{implied})",
            entities.join(", "),
            more(self.inner.entities.len()),
            relations.join(", "),
            more(self.inner.relations.len() + self.inner.implied_relations.len())
        )
    }
}

//! The extractor: configuration, building, and the one-way pipeline
//! normalize → tokenize → match → rules → relations → map back.

use crate::document::{self, Document};
use crate::error::Error;
use crate::fasthash::{FastSet, IdIndex};
use crate::gazetteer::{Entry, Gazetteer, DEFAULT_GAZETTEERS};
use crate::lexicon::{Item, Lexicon};
use crate::matcher::Matcher;
use crate::ner::{analyze, Context, TokenMatcher};
use crate::normalize::{normalize, normalize_form, NormalizeOptions};
use crate::relations;
use crate::tokenize::Tokenized;
pub use crate::types::{Defaults, EntityRules};
use crate::variants::{variants, VariantRules};
use once_cell::sync::Lazy;

use std::path::PathBuf;

/// Configures and builds an [`Extractor`]. Everything that can fail (reading and validating
/// lists) happens in [`build`](ExtractorBuilder::build).
///
/// ```
/// use kashf::{Defaults, ExtractorBuilder, Gazetteer};
///
/// // A user's list, merged with the embedded ones; at the same span a user's entry wins.
/// let mine = Gazetteer::from_tsv(
///     "mine.tsv",
///     "id\ttype\tsubtype\tname\tforms\nplace:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n",
/// )?;
/// let ex = ExtractorBuilder::new().defaults(Defaults::Include).gazetteer(mine).build()?;
/// let doc = ex.extract("وصل الوفد إلى القامشلي أمس.");
/// assert_eq!(doc.entities[0].id, "place:qamishli");
/// # Ok::<(), kashf::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    normalization: NormalizeOptions,
    defaults: Defaults,
    gazetteers: Vec<Gazetteer>,
    files: Vec<PathBuf>,
    pattern_files: Vec<PathBuf>,
    skipped: Vec<String>,
    rules: EntityRules,
    variants: VariantRules,
    precompiled: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            normalization: NormalizeOptions::default(),
            defaults: Defaults::default(),
            gazetteers: Vec::new(),
            files: Vec::new(),
            pattern_files: Vec::new(),
            skipped: Vec::new(),
            rules: EntityRules::default(),
            variants: VariantRules::default(),
            precompiled: true,
        }
    }
}

impl ExtractorBuilder {
    /// The default configuration: default normalization and the embedded gazetteers.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Sets the normalization rules (for text and lists alike).
    pub fn normalization(&mut self, options: NormalizeOptions) -> &mut ExtractorBuilder {
        self.normalization = options;
        self
    }

    /// Includes or excludes the embedded default gazetteers.
    pub fn defaults(&mut self, defaults: Defaults) -> &mut ExtractorBuilder {
        self.defaults = defaults;
        self
    }

    /// Adds a spaCy-style JSONL pattern file (see [`Gazetteer::from_jsonl`]), read when
    /// building.
    pub fn patterns_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.pattern_files.push(path.into());
        self
    }

    /// Leaves one embedded list out (by file name, e.g. `people.tsv`); `build` fails when no
    /// embedded list has that name.
    pub fn skip_default(&mut self, name: &str) -> &mut ExtractorBuilder {
        self.skipped.push(name.to_string());
        self
    }

    /// Chooses the spelling-variant rules for transliterated names.
    pub fn variants(&mut self, rules: VariantRules) -> &mut ExtractorBuilder {
        self.variants = rules;
        self
    }

    /// Chooses the entity rules.
    pub fn entity_rules(&mut self, rules: EntityRules) -> &mut ExtractorBuilder {
        self.rules = rules;
        self
    }

    /// Adds a gazetteer.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteers.push(gazetteer);
        self
    }

    /// Adds a gazetteer TSV file, read when building.
    pub fn gazetteer_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.files.push(path.into());
        self
    }

    /// A fingerprint of everything the matcher is compiled from, when the configuration is
    /// the embedded default one (no user lists, nothing skipped); `None` otherwise.
    fn fingerprint(&self) -> Option<u64> {
        let default = self.defaults == Defaults::Include
            && self.gazetteers.is_empty()
            && self.files.is_empty()
            && self.pattern_files.is_empty()
            && self.skipped.is_empty();
        if !default {
            return None;
        }
        // FNV-1a over the embedded lists, the options and the format.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        };
        for (name, text) in DEFAULT_GAZETTEERS
            .iter()
            .chain(crate::lexicon::EMBEDDED.iter())
        {
            eat(name.as_bytes());
            eat(text.as_bytes());
        }
        eat(format!(
            "{:?}|{:?}|{}",
            self.normalization,
            self.variants,
            env!("CARGO_PKG_VERSION")
        )
        .as_bytes());
        Some(h)
    }

    /// The default configuration's matcher, serialized: what `gazetteers/default.matcher`
    /// must hold for a cold start to skip compiling the automaton. Regenerate it with
    /// `KASHF_REGENERATE=1 cargo test --test precompiled`.
    #[doc(hidden)]
    pub fn default_matcher_bytes() -> Result<Vec<u8>, Error> {
        let builder = ExtractorBuilder::new();
        let fp = builder.fingerprint().unwrap_or_default();
        Ok(builder.build_fresh()?.matcher.to_bytes(fp))
    }

    /// Whether the embedded precompiled matcher was compiled from the current lists.
    #[doc(hidden)]
    pub fn precompiled_is_current() -> bool {
        let fp = ExtractorBuilder::new().fingerprint().unwrap_or_default();
        Matcher::from_bytes(PRECOMPILED, fp).is_some()
    }

    /// Reads every list and compiles the matcher, even for the default configuration.
    fn build_fresh(&self) -> Result<Extractor, Error> {
        let mut b = self.clone();
        b.precompiled = false;
        b.build()
    }

    /// Reads every list and compiles the matcher.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut lists = Vec::new();
        for name in &self.skipped {
            if !DEFAULT_GAZETTEERS
                .iter()
                .any(|(f, _)| f.rsplit('/').next() == Some(name))
            {
                return Err(Error::config(format!(
                    "no embedded list is called `{name}`"
                )));
            }
        }
        if self.defaults == Defaults::Include {
            for (file, text) in DEFAULT_GAZETTEERS {
                if !self
                    .skipped
                    .iter()
                    .any(|n| file.rsplit('/').next() == Some(n))
                {
                    lists.push(Gazetteer::from_tsv(file, text)?);
                }
            }
        }
        let default_entries = lists.iter().map(Gazetteer::len).sum();
        lists.extend(self.gazetteers.iter().cloned());
        for f in &self.files {
            lists.push(Gazetteer::from_path(f)?);
        }
        for f in &self.pattern_files {
            lists.push(Gazetteer::from_jsonl_path(f)?);
        }
        let entries: Vec<Entry> = lists
            .into_iter()
            .flat_map(Gazetteer::into_entries)
            .collect();
        if entries.len() > u32::MAX as usize {
            return Err(Error::config("too many gazetteer entries"));
        }
        let (entry_by_id, canonical) = IdIndex::build(entries.iter().map(|e| e.id.as_str()));
        // One id, one entity: a later entry with a used id must keep its type (README).
        crate::gazetteer::check_shared_ids(&entries, &canonical)?;
        let token_patterns = TokenMatcher::new(&entries, &self.normalization)?;
        let mut lexicon = Lexicon::embedded()?;
        lexicon.normalize_words(&self.normalization);
        // The default configuration loads the automaton compiled into the crate, when it was
        // compiled from exactly these lists and options; anything else is built here.
        let fingerprint = self.fingerprint().filter(|_| self.precompiled);
        if let Some(matcher) = fingerprint.and_then(|fp| Matcher::from_bytes(PRECOMPILED, fp)) {
            return Ok(Extractor {
                normalization: self.normalization.clone(),
                entries,
                entry_by_id,
                canonical,
                default_entries,
                rules: self.rules,
                lexicon,
                matcher,
                token_patterns,
            });
        }
        // Every form normalized once, with the text's own normalizer.
        let o = &self.normalization;
        let mut forms: Vec<(String, Item)> = lexicon
            .forms
            .iter()
            .map(|(f, item)| (normalize_form(f, o), *item))
            .collect();
        let first_entry_form = forms.len();
        for (i, e) in entries.iter().enumerate() {
            forms.extend(
                e.forms
                    .iter()
                    .map(|f| (normalize_form(f, o), Item::Entry(i as u32))),
            );
        }
        // Variants never take a form that a list already uses for something else.
        let mut generated = Vec::new();
        let taken: FastSet<&str> = if self.variants.cap > 0 {
            forms.iter().map(|(f, _)| f.as_str()).collect()
        } else {
            FastSet::default()
        };
        for (f, item) in &forms[first_entry_form..] {
            if self.variants.cap == 0 {
                break;
            }
            let Item::Entry(i) = *item else { continue };
            for v in variants(&entries[i as usize], f, &self.variants) {
                if !taken.contains(v.as_str()) {
                    generated.push((v, *item));
                }
            }
        }
        forms.extend(generated);
        let matcher = Matcher::new(&forms)?;
        Ok(Extractor {
            normalization: self.normalization.clone(),
            entries,
            entry_by_id,
            canonical,
            default_entries,
            rules: self.rules,
            lexicon,
            matcher,
            token_patterns,
        })
    }
}

/// Finds entities and relations in Arabic text. Build it once, share it across threads.
///
/// ```
/// let doc = kashf::Extractor::shared().extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني في بكين.");
/// let names: Vec<&str> = doc.mentions().iter().map(|(_, m)| m.text.as_str()).collect();
/// assert!(names.contains(&"سيرغي لافروف"));
/// assert!(names.contains(&"بكين"));
/// ```
#[derive(Debug)]
pub struct Extractor {
    normalization: NormalizeOptions,
    entries: Vec<Entry>,
    entry_by_id: IdIndex,
    canonical: Vec<u32>,
    default_entries: usize,
    rules: EntityRules,
    lexicon: Lexicon,
    matcher: Matcher,
    token_patterns: TokenMatcher,
}

/// The default configuration's matcher, compiled ahead of time (see
/// [`ExtractorBuilder::default_matcher_bytes`]); ignored unless its fingerprint matches.
static PRECOMPILED: &[u8] = include_bytes!("../gazetteers/default.matcher");

static SHARED: Lazy<Extractor> = Lazy::new(|| {
    ExtractorBuilder::new()
        .build()
        .expect("the embedded default lists are valid (checked by the test suite)")
});

impl Extractor {
    /// A builder.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The extractor with the embedded defaults, built once on first use.
    pub fn shared() -> &'static Extractor {
        &SHARED
    }

    /// The memory the matcher's automaton takes, in bytes.
    pub fn automaton_bytes(&self) -> usize {
        self.matcher.heap_bytes()
    }

    /// The gazetteer entries it matches.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries a surface form reaches as a whole, after normalization and proclitic
    /// stripping: what the matcher would tag if the form stood alone.
    ///
    /// ```
    /// let ex = kashf::Extractor::shared();
    /// let ids: Vec<&str> = ex.lookup("وبموسكو").iter().map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["city:moscow"]);
    /// assert!(ex.lookup("لبنانية").is_empty());
    /// ```
    pub fn lookup(&self, surface: &str) -> Vec<&Entry> {
        let norm = normalize(surface.trim(), &self.normalization);
        let text = norm.text();
        let mut out: Vec<&Entry> = Vec::new();
        for h in self.matcher.find(text) {
            if let crate::lexicon::Item::Entry(e) = h.item {
                let entry = &self.entries[e as usize];
                let whole = h.word_start == 0 && h.span.end == text.len();
                if whole && !out.iter().any(|o| std::ptr::eq(*o, entry)) {
                    out.push(entry);
                }
            }
        }
        out
    }

    /// Finds the entities and relations of `text`. Total: any string gives a document whose
    /// spans lie on char boundaries of `text`. Offsets are kept in 32 bits: a text of 4 GiB or
    /// more gives an empty document (cut it into articles first).
    pub fn extract(&self, text: &str) -> Document {
        if text.len() >= u32::MAX as usize {
            return Document::default();
        }
        let norm = normalize(text, &self.normalization);
        let tokens = Tokenized::new(norm.text());
        let hits = self.matcher.find(norm.text());
        let cx = Context {
            text: norm.text(),
            tokens: &tokens,
            hits: &hits,
            lexicon: &self.lexicon,
            entries: &self.entries,
            entry_by_id: &self.entry_by_id,
            canonical: &self.canonical,
            default_entries: self.default_entries,
            rules: self.rules,
            token_patterns: &self.token_patterns,
        };
        let mut an = analyze(&cx);
        let rels = relations::extract(&mut an, &cx);
        document::build(text, &norm, &an, &rels)
    }
}

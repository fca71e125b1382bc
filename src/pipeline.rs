//! The extractor: configuration, building, and the one-way pipeline
//! normalize → tokenize → match → rules → relations → map back.

use crate::clitic::Proclitics;
use crate::document::{self, Document};
use crate::error::Error;
use crate::fasthash::{FastSet, IdIndex};
use crate::gazetteer::{Entry, Gazetteer, DEFAULT_GAZETTEERS};
use crate::lexicon::{Item, Lexicon};
use crate::matcher::Matcher;
use crate::ner::tagger::{self, Tagger, TaggerModel, TrainOptions, TrainingSet};
use crate::ner::tokens::token_info;
use crate::ner::{analyze, Context, ShortNames, TokenMatcher};
use crate::normalize::{normalize_form, NormalizeOptions, Normalizer};
use crate::relations;
use crate::relations::rules::RuleSet;
use crate::tokenize::Tokenized;
pub use crate::types::{Defaults, EntityRules, NegatedRelations};
use crate::variants::{variants, VariantRules};
use once_cell::sync::Lazy;

use std::path::PathBuf;

/// Which trained tagger an extractor runs beside its lists and rules.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum TaggerSource {
    /// The model embedded in the crate (trained on ANERcorp).
    #[default]
    Embedded,
    /// No tagger: lists and rules only.
    Off,
    /// A model in memory (read with [`TaggerModel::from_path`] or trained with
    /// [`ExtractorBuilder::train_tagger`]), shared.
    Model(std::sync::Arc<TaggerModel>),
    /// A model file, read when building.
    File(PathBuf),
}

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
    tagger: TaggerSource,
    negated: NegatedRelations,
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
            tagger: TaggerSource::Embedded,
            negated: NegatedRelations::default(),
        }
    }
}

impl ExtractorBuilder {
    /// The default configuration: default normalization and the embedded gazetteers.
    ///
    /// ```
    /// let ex = kashf::ExtractorBuilder::new().build()?;
    /// assert_eq!(ex.extract("وصل الوفد إلى دمشق.").entities[0].id, "city:damascus");
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Sets the normalization rules (for text and lists alike).
    ///
    /// ```
    /// use kashf::{Extractor, NormalizeOptions};
    ///
    /// let text = "وصل الوفد إلى دِمَشْقَ.";
    /// assert!(Extractor::shared().extract(text).entity("city:damascus").is_some());
    ///
    /// // With the diacritics kept, the list's دمشق no longer meets the text's دِمَشْقَ.
    /// let mut keep_marks = NormalizeOptions::default();
    /// keep_marks.drop_marks = false;
    /// let ex = Extractor::builder().normalization(keep_marks).build()?;
    /// assert!(ex.extract(text).entity("city:damascus").is_none());
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn normalization(&mut self, options: NormalizeOptions) -> &mut ExtractorBuilder {
        self.normalization = options;
        self
    }

    /// Includes or excludes the embedded default gazetteers.
    ///
    /// ```
    /// use kashf::{Defaults, Extractor, Gazetteer};
    ///
    /// let mine = Gazetteer::from_tsv(
    ///     "mine.tsv",
    ///     "id\ttype\tsubtype\tname\tforms\norg:furat\tORGANIZATION\tcompany\tFurat Transport\tشركة الفرات للنقل\n",
    /// )?;
    /// let ex = Extractor::builder().defaults(Defaults::Exclude).gazetteer(mine).build()?;
    /// let doc = ex.extract("وقعت شركة الفرات للنقل عقدا في دمشق.");
    /// let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["org:furat"], "no embedded list, so no Damascus");
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn defaults(&mut self, defaults: Defaults) -> &mut ExtractorBuilder {
        self.defaults = defaults;
        self
    }

    /// Adds a spaCy-style JSONL pattern file (see [`Gazetteer::from_jsonl`]), read when
    /// building.
    ///
    /// ```
    /// let path = std::env::temp_dir().join(format!("kashf-doc-{}.jsonl", std::process::id()));
    /// std::fs::write(&path, r#"{"label": "ORG", "pattern": "شركة الفرات للنقل", "id": "org:furat"}"#)?;
    /// let ex = kashf::Extractor::builder().patterns_file(&path).build()?;
    /// let doc = ex.extract("وقعت شركة الفرات للنقل عقدا في دمشق.");
    /// assert_eq!(doc.entities[0].id, "org:furat");
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn patterns_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.pattern_files.push(path.into());
        self
    }

    /// Leaves one embedded list out (by file name, e.g. `people.tsv`); `build` fails when no
    /// embedded list has that name.
    ///
    /// ```
    /// let ex = kashf::Extractor::builder().skip_default("cities.tsv").skip_default("cities_more.tsv").build()?;
    /// assert!(ex.extract("وصل الوفد إلى دمشق.").entity("city:damascus").is_none());
    /// assert!(kashf::Extractor::builder().skip_default("no-such.tsv").build().is_err());
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn skip_default(&mut self, name: &str) -> &mut ExtractorBuilder {
        self.skipped.push(name.to_string());
        self
    }

    /// Chooses the spelling-variant rules for transliterated names (see
    /// [`variants`](crate::variants)).
    ///
    /// ```
    /// use kashf::{Extractor, VariantRules};
    ///
    /// let ex = Extractor::builder().variants(VariantRules::none()).build()?;
    /// assert_eq!(ex.extract("وصل الوفد إلى دمشق.").entities.len(), 1);
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn variants(&mut self, rules: VariantRules) -> &mut ExtractorBuilder {
        self.variants = rules;
        self
    }

    /// Chooses the trained tagger (the embedded model by default), or none: lists and rules
    /// only.
    ///
    /// ```
    /// use kashf::{Extractor, TaggerSource};
    ///
    /// let lists_and_rules = Extractor::builder().tagger(TaggerSource::Off).build()?;
    /// assert!(!lists_and_rules.has_tagger());
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn tagger(&mut self, source: TaggerSource) -> &mut ExtractorBuilder {
        self.tagger = source;
        self
    }

    /// Chooses the entity rules.
    ///
    /// ```
    /// use kashf::{EntityRules, Extractor};
    ///
    /// let text = "وقال اللواء خليل برهوم إن الوفد وصل إلى دمشق.";
    /// let all = Extractor::shared().extract(text);
    /// assert!(all.entities.iter().any(|e| e.name == "خليل برهوم"), "the title rule");
    /// let lists = Extractor::builder().entity_rules(EntityRules::ListsOnly).build()?.extract(text);
    /// assert!(lists.entities.iter().all(|e| e.name != "خليل برهوم"));
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn entity_rules(&mut self, rules: EntityRules) -> &mut ExtractorBuilder {
        self.rules = rules;
        self
    }

    /// Chooses what happens to relations the text negates (لم يلتق, نفى …): left out (the
    /// default) or kept, marked [`Modality::Negated`](crate::Modality::Negated).
    ///
    /// ```
    /// use kashf::{Extractor, Modality, NegatedRelations};
    ///
    /// let text = "لم يلتق وزير الخارجية الأردني أيمن الصفدي نظيره العماني بدر البوسعيدي.";
    /// let meets = |doc: &kashf::Document| {
    ///     doc.relations.iter().filter(|r| r.relation_type == kashf::RelationType::Meets).count()
    /// };
    /// assert_eq!(meets(&Extractor::shared().extract(text)), 0);
    /// let keep = Extractor::builder().negated_relations(NegatedRelations::Keep).build()?;
    /// let doc = keep.extract(text);
    /// assert_eq!(meets(&doc), 1);
    /// assert!(doc.relations.iter().any(|r| r.modality == Modality::Negated));
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn negated_relations(&mut self, policy: NegatedRelations) -> &mut ExtractorBuilder {
        self.negated = policy;
        self
    }

    /// Adds a gazetteer. At the same span, a user's entry wins over an embedded one.
    ///
    /// ```
    /// use kashf::{Entry, EntityType, Extractor, Gazetteer};
    ///
    /// let mut mine = Gazetteer::new();
    /// mine.push(Entry::new(
    ///     "place:qamishli",
    ///     EntityType::Location,
    ///     Some("city".to_string()),
    ///     "Qamishli",
    ///     vec!["القامشلي".to_string()],
    /// ));
    /// let ex = Extractor::builder().gazetteer(mine).build()?;
    /// assert_eq!(ex.extract("وصل الوفد إلى القامشلي.").entities[0].id, "place:qamishli");
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteers.push(gazetteer);
        self
    }

    /// Adds a gazetteer TSV file (see [`gazetteer`](crate::gazetteer)), read when building.
    ///
    /// ```
    /// let path = std::env::temp_dir().join(format!("kashf-doc-{}.tsv", std::process::id()));
    /// std::fs::write(&path, "id\ttype\tsubtype\tname\tforms\nplace:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n")?;
    /// let ex = kashf::Extractor::builder().gazetteer_file(&path).build()?;
    /// assert_eq!(ex.extract("وصل الوفد إلى القامشلي.").entities[0].id, "place:qamishli");
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
            .chain(crate::relations::rules::EMBEDDED.iter())
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

    /// Reads every list and compiles the matcher. Errors name the file, the line and the
    /// reason.
    ///
    /// ```
    /// let path = std::env::temp_dir().join(format!("kashf-doc-bad-{}.tsv", std::process::id()));
    /// std::fs::write(&path, "id\ttype\tsubtype\tname\tforms\nx\tPLACE\t-\tX\tس\n")?;
    /// let err = kashf::Extractor::builder().gazetteer_file(&path).build().unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// assert!(err.to_string().ends_with(":2: unknown type `PLACE` (expected PERSON, LOCATION, ORGANIZATION or MISC)"));
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
                    lists.push(Gazetteer::from_embedded_tsv(file, text)?);
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
        // Sized once: collected through `flat_map`, the vector grew by doubling and kept up
        // to twice the entries' room for the extractor's life.
        let mut entries: Vec<Entry> = Vec::with_capacity(lists.iter().map(Gazetteer::len).sum());
        for list in lists {
            entries.extend(list.into_entries());
        }
        if entries.len() > u32::MAX as usize {
            return Err(Error::config("too many gazetteer entries"));
        }
        let (entry_by_id, canonical) = IdIndex::build(entries.iter().map(|e| e.id.as_str()));
        // One id, one entity: a later entry with a used id must keep its type (README).
        crate::gazetteer::check_shared_ids(&entries, &canonical)?;
        let token_patterns = TokenMatcher::new(&entries, &self.normalization)?;
        let lexicon = Lexicon::embedded()?;
        let relation_rules = RuleSet::embedded(&|w| normalize_form(w, &self.normalization))?;
        let short_names = ShortNames::new(
            &entries,
            &canonical,
            &lexicon,
            relation_rules.words_of(crate::relations::rules::class::MATCH),
            relation_rules.words_of(crate::relations::rules::class::RESULT),
            relation_rules.words_of(crate::relations::rules::class::SIDE_ROLE),
            &|f| normalize_form(f, &self.normalization),
        );
        let common_entries: Vec<u32> = (0..entries.len() as u32)
            .filter(|&i| {
                lexicon
                    .senses
                    .get(&entries[i as usize].id)
                    .is_some_and(|s| !s.common.is_empty())
            })
            .collect();
        // The default configuration loads the automaton compiled into the crate, when it was
        // compiled from exactly these lists and options; anything else is built here.
        let fingerprint = self.fingerprint().filter(|_| self.precompiled);
        if let Some(matcher) = fingerprint.and_then(|fp| Matcher::from_bytes(PRECOMPILED, fp)) {
            let tagger = self.bind_tagger(&entries, &lexicon)?;
            return Ok(Extractor {
                normalizer: Normalizer::new(&self.normalization),
                entries,
                entry_by_id,
                canonical,
                default_entries,
                rules: self.rules,
                lexicon,
                relation_rules,
                negated: self.negated,
                matcher,
                tagger,
                token_patterns,
                short_names,
                common_entries,
            });
        }
        // Every form normalized once, with the text's own normalizer.
        let n = Normalizer::new(&self.normalization);
        let mut forms: Vec<(String, Item)> = lexicon
            .forms
            .iter()
            .chain(relation_rules.forms.iter())
            .map(|(f, item)| (n.normalize_form(f), *item))
            .collect();
        let first_entry_form = forms.len();
        for (i, e) in entries.iter().enumerate() {
            forms.extend(
                e.forms
                    .iter()
                    .map(|f| (n.normalize_form(f), Item::Entry(i as u32))),
            );
        }
        // Variants never take a form that a list already uses for something else.
        let mut generated = Vec::new();
        let taken: FastSet<&str> = if self.variants.cap > 0 {
            forms.iter().map(|(f, _)| f.as_str()).collect()
        } else {
            FastSet::default()
        };
        // A variant that makes an everyday word of the embedded model's corpus is none.
        let everyday = |w: &str| {
            crate::ner::tagger::embedded_word_count(w) >= crate::ner::tagger::EVERYDAY_COUNT
        };
        for (f, item) in &forms[first_entry_form..] {
            if self.variants.cap == 0 {
                break;
            }
            let Item::Entry(i) = *item else { continue };
            for v in variants(&entries[i as usize], f, &self.variants, &everyday) {
                if !taken.contains(v.as_str()) {
                    generated.push((v, *item));
                }
            }
        }
        forms.extend(generated);
        let matcher = Matcher::new(&forms)?;
        let tagger = self.bind_tagger(&entries, &lexicon)?;
        Ok(Extractor {
            normalizer: Normalizer::new(&self.normalization),
            entries,
            entry_by_id,
            canonical,
            default_entries,
            rules: self.rules,
            lexicon,
            relation_rules,
            negated: self.negated,
            matcher,
            tagger,
            token_patterns,
            short_names,
            common_entries,
        })
    }

    /// Trains a tagger model on `data`, with the lists of the extractor this builder makes
    /// as features (its tagger choice is ignored). Each sentence runs through the extractor's
    /// own stages (its tokens joined by spaces), so the features are exactly those tagging
    /// computes. Lists derived from the training corpus (`anercorp_*.tsv`) would fire on
    /// nearly every training name and teach the model to trust them: without
    /// [`TrainOptions::jackknife`] they are left out of the training features; with it, each
    /// fold of the data sees lists derived from the other folds instead. Deterministic.
    ///
    /// ```
    /// use kashf::tagger::{read_conll, Algorithm, Tagset, TrainOptions, TrainingSet};
    /// use kashf::{Extractor, TaggerSource};
    ///
    /// let conll = "استقبل\tO\nسمير\tB-PERS\nداود\tI-PERS\nفي\tO\nطرابلس\tB-LOC\n\n\
    ///              وصل\tO\nسمير\tB-PERS\nداود\tI-PERS\nإلى\tO\nصيدا\tB-LOC\n";
    /// let mut data = TrainingSet::new();
    /// data.add("mine.conll", read_conll(conll), Tagset::Anercorp)?;
    /// let mut options = TrainOptions::default();
    /// options.algorithm = Algorithm::Perceptron { epochs: 3 };
    /// let model = Extractor::builder().train_tagger(&data, &options)?;
    ///
    /// let ex = Extractor::builder().tagger(TaggerSource::Model(model.into())).build()?;
    /// assert!(ex.has_tagger());
    /// # Ok::<(), kashf::Error>(())
    /// ```
    pub fn train_tagger(
        &self,
        data: &TrainingSet,
        options: &TrainOptions,
    ) -> Result<TaggerModel, Error> {
        let mut base = self.clone();
        base.tagger(TaggerSource::Off);
        let mut trainer = tagger::Trainer::new(options)?;
        let source = data.sources.join("+");
        let all: Vec<&tagger::ConllSentence> = data.sentences.iter().collect();
        let Some(j) = &options.jackknife else {
            let ex = base.build()?;
            let keep = |e: &Entry| tagger::feeds_training(e) && tagger::feeds_tagging(e);
            let tables = trainer.tables(ex.forms_of(&keep));
            ex.feed_training(
                &all,
                &source,
                &mut trainer,
                &tables,
                &tagger::feeds_training,
            )?;
            return trainer.finish();
        };
        // The curated forms and given names, which a derived list never claims (and which
        // open a name after a conjunction: وجومانا مراد).
        let ex = base.build()?;
        let mut curated: std::collections::HashSet<String> = ex
            .forms_of(&|e: &Entry| !j.lists.iter().any(|l| e.source.ends_with(l.as_str())))
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        curated.extend(
            ex.lexicon
                .forms
                .iter()
                .filter(|(_, item)| *item == Item::GivenName)
                .map(|(f, _)| normalize_form(f, &self.normalization)),
        );
        let o = self.normalization.clone();
        let norm = move |f: &str| normalize_form(f, &o);
        let exclude: std::collections::HashSet<String> =
            j.derive.exclude.iter().map(|f| norm(f)).collect();
        let folds = j.folds.max(2);
        let n = all.len();
        for k in 0..folds {
            let (lo, hi) = (n * k / folds, n * (k + 1) / folds);
            let others: Vec<&tagger::ConllSentence> =
                all[..lo].iter().chain(&all[hi..]).copied().collect();
            let mut derived = Gazetteer::new();
            for (i, d) in tagger::derive_names(&others, &j.derive, &norm, &curated, &exclude)
                .into_iter()
                .enumerate()
            {
                derived.push(Entry::new(
                    format!("jackknife:{k}:{i}"),
                    d.entity_type,
                    None,
                    d.form.clone(),
                    vec![d.form],
                ));
            }
            let mut b = base.clone();
            for l in &j.lists {
                b.skip_default(l);
            }
            b.gazetteer(derived);
            let ex = b.build()?;
            let tables = trainer.tables(ex.forms_of(&tagger::feeds_tagging));
            ex.feed_training(&all[lo..hi], &source, &mut trainer, &tables, &|_| true)?;
        }
        trainer.finish()
    }

    /// Reads the chosen tagger model and binds it to the entries' lists.
    fn bind_tagger(&self, entries: &[Entry], lexicon: &Lexicon) -> Result<Option<Tagger>, Error> {
        let model = match &self.tagger {
            TaggerSource::Off => return Ok(None),
            TaggerSource::Embedded => TaggerModel::embedded()?,
            TaggerSource::Model(m) => m.as_ref().clone(),
            TaggerSource::File(path) => TaggerModel::from_path(path)?,
        };
        let o = &self.normalization;
        let forms = list_forms(
            entries,
            lexicon,
            &|f| normalize_form(f, o),
            &tagger::feeds_tagging,
        );
        Ok(Some(Tagger::new(model, forms)))
    }
}

/// The normalized forms of the `keep` entries with their types, for the tagger's list
/// membership: not the forms that are also everyday words (`homographs.tsv`), which would
/// light up every كابل "cable" as a place's name.
fn list_forms(
    entries: &[Entry],
    lexicon: &Lexicon,
    normalize: &dyn Fn(&str) -> String,
    keep: &dyn Fn(&Entry) -> bool,
) -> Vec<(String, crate::types::EntityType)> {
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| keep(e)) {
        let common = lexicon.senses.get(&e.id).map_or(&[][..], |s| &s.common[..]);
        for f in &e.forms {
            let f = normalize(f);
            if !common.contains(&f) {
                out.push((f, e.entity_type));
            }
        }
    }
    out
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
    /// The normalization options with their table, built once.
    normalizer: Normalizer,
    entries: Vec<Entry>,
    entry_by_id: IdIndex,
    canonical: Vec<u32>,
    default_entries: usize,
    rules: EntityRules,
    lexicon: Lexicon,
    relation_rules: RuleSet,
    negated: NegatedRelations,
    matcher: Matcher,
    tagger: Option<Tagger>,
    token_patterns: TokenMatcher,
    /// Names the lists give only with their descriptor (صحيفة الشرق الأوسط, نادي ليون).
    short_names: ShortNames,
    /// The entries with forms that are also everyday words (`homographs.tsv`), sorted.
    common_entries: Vec<u32>,
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

    /// The matcher, for the tests of its two searches.
    #[cfg(test)]
    pub(crate) fn matcher(&self) -> &Matcher {
        &self.matcher
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
        let norm = self.normalizer.normalize(surface.trim());
        let text = norm.text();
        let words = Tokenized::new(text);
        let mut out: Vec<&Entry> = Vec::new();
        for h in self.matcher.find(text, words.tokens()) {
            if let crate::lexicon::Item::Entry(e) = h.item {
                let entry = &self.entries[e as usize];
                let whole = h.word_start() == 0 && h.span().end == text.len();
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
        let (norm, tokens) = self.normalizer.normalize_and_cut(text);
        let mut hits = self.matcher.find(norm.text(), tokens.tokens());
        let cx = self.context(norm.text(), &tokens, &hits);
        let mut info = token_info(&cx);
        crate::ner::tokens::mark_tanween(norm.tanween(), &tokens, &mut info);
        crate::ner::tokens::mark_dotted_ali(&cx, text, &norm, &mut info);
        // Two hits in three are stop words (في, من): their flags are in `info` now, and only
        // one after a proclitic (وفي) still tells the relation rules where its word's known
        // form starts. The rest go before the entity rules walk the hits.
        hits.retain(|h| !matches!(h.item, Item::Stop { .. }) || h.clitics != Proclitics::default());
        // A form several entries share (عمان) keeps the reading the document speaks for.
        let cx = self.context(norm.text(), &tokens, &hits);
        let lose = crate::ner::losing_readings(&cx, text, &norm);
        if !lose.is_empty() {
            let mut k = 0;
            let mut lose = lose.iter().peekable();
            hits.retain(|_| {
                k += 1;
                lose.next_if_eq(&&(k - 1)).is_none()
            });
        }
        hits.shrink_to_fit();
        let cx = self.context(norm.text(), &tokens, &hits);
        let mut an = analyze(&cx, info);
        let rels = relations::extract(&mut an, &cx, &self.relation_rules, self.negated);
        // The output needs the mentions, the entities and the sentences: the tables of every
        // word and hit go first, so that the output is built in their room.
        let crate::ner::Analysis {
            entities,
            mentions,
            info,
            token_mention,
            entity_of_entry,
            ..
        } = an;
        drop((info, token_mention, entity_of_entry, hits));
        let sentences = tokens.into_sentences();
        document::build(text, &norm, entities, &mentions, &sentences, &rels)
    }

    /// Whether a trained tagger runs.
    pub fn has_tagger(&self) -> bool {
        self.tagger.is_some()
    }

    /// Runs this extractor's stages over training sentences (each one's tokens joined by
    /// spaces) and hands their features and gold labels to `trainer`; `feeds` says which
    /// entries' lists may feed the features.
    fn feed_training(
        &self,
        sentences: &[&tagger::ConllSentence],
        source: &str,
        trainer: &mut tagger::Trainer,
        tables: &tagger::WordTables,
        feeds: &dyn Fn(&Entry) -> bool,
    ) -> Result<(), Error> {
        let entry_type = |e: u32| {
            let entry = &self.entries[e as usize];
            feeds(entry).then_some(entry.entity_type)
        };
        let mut text = String::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut gold = Vec::new();
        for s in sentences {
            s.join_into(&mut text, &mut spans);
            let norm = self.normalizer.normalize(&text);
            let tokens = Tokenized::new(norm.text());
            let hits = self.matcher.find(norm.text(), tokens.tokens());
            let cx = self.context(norm.text(), &tokens, &hits);
            // Without `mark_tanween`: the tagger never learns a weight for that flag, which
            // only the merge and the name rules read (see `flag::TANWEEN`).
            let info = token_info(&cx);
            let toks = tokens.tokens();
            let mut from = 0;
            while from < toks.len() {
                let sentence = toks[from].sentence();
                let to = from + toks[from..].partition_point(|t| t.sentence() == sentence);
                gold.clear();
                let mut prev_token = usize::MAX;
                for t in &toks[from..to] {
                    let at = norm.to_original(t.span()).start;
                    let k = spans
                        .partition_point(|&(_, end)| end <= at)
                        .min(spans.len() - 1);
                    let tag = s.tags[k].as_str();
                    // A token cut into several words (a name with a hyphen) opens once.
                    let label = match tag.strip_prefix("B-") {
                        Some(ty) if prev_token == k => format!("I-{ty}"),
                        _ => tag.to_string(),
                    };
                    prev_token = k;
                    gold.push(tagger::label_index(&label).ok_or_else(|| {
                        Error::data(source, s.line + k, format!("unknown label `{label}`"))
                    })?);
                }
                trainer.add(
                    norm.text(),
                    &toks[from..to],
                    &info[from..to],
                    &hits,
                    &entry_type,
                    tables,
                    &gold,
                )?;
                from = to;
            }
        }
        Ok(())
    }

    /// The normalized forms of the entries `keep` accepts, with their types.
    fn forms_of(&self, keep: &dyn Fn(&Entry) -> bool) -> Vec<(String, crate::types::EntityType)> {
        let n = &self.normalizer;
        list_forms(&self.entries, &self.lexicon, &|f| n.normalize_form(f), keep)
    }

    /// The read-only context of one extraction over normalized `text`.
    fn context<'a>(
        &'a self,
        text: &'a str,
        tokens: &'a Tokenized,
        hits: &'a [crate::matcher::Hit],
    ) -> Context<'a> {
        Context {
            text,
            tokens,
            hits,
            lexicon: &self.lexicon,
            entries: &self.entries,
            entry_by_id: &self.entry_by_id,
            canonical: &self.canonical,
            default_entries: self.default_entries,
            rules: self.rules,
            tagger: self.tagger.as_ref(),
            token_patterns: &self.token_patterns,
            short_names: &self.short_names,
            common_entries: &self.common_entries,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded lists are read without the form checks at every start
    /// ([`Gazetteer::from_embedded_tsv`]): here they pass them, and read the same both ways.
    #[test]
    fn the_embedded_lists_pass_the_form_checks() {
        for (file, text) in DEFAULT_GAZETTEERS {
            let checked = Gazetteer::from_tsv(file, text);
            assert!(checked.is_ok(), "{file}: {:?}", checked.err());
            assert_eq!(checked.ok(), Gazetteer::from_embedded_tsv(file, text).ok());
        }
    }

    /// `descriptor_names.tsv` speaks of entries the embedded lists hold, and each of its
    /// names follows a descriptor in one of that entry's forms (with at most a nationality
    /// adjective after it).
    #[test]
    fn every_descriptor_name_follows_a_descriptor_in_its_entry() {
        let ex = Extractor::shared();
        assert!(!ex.lexicon.descriptor_names.is_empty());
        for (id, names) in &ex.lexicon.descriptor_names {
            let i = ex
                .entry_by_id
                .get(id, |i| ex.entries[i as usize].id.as_str())
                .unwrap_or_else(|| panic!("{id} is in no list"));
            let forms: Vec<String> = ex.entries[i as usize]
                .forms
                .iter()
                .map(|f| normalize_form(f, &Default::default()))
                .collect();
            for name in names {
                let follows = forms.iter().any(|f| {
                    f.split_once(' ').is_some_and(|(word, rest)| {
                        ex.lexicon.is_descriptor(word)
                            && (rest == name
                                || rest
                                    .strip_prefix(name.as_str())
                                    .is_some_and(|r| r.starts_with(' ')))
                    })
                });
                assert!(follows, "{id}: {name} follows no descriptor in its forms");
            }
        }
    }

    /// `homographs.tsv` speaks of entries the embedded lists hold, each of which shares a
    /// written form with another entry or has a form that is an everyday word.
    #[test]
    fn every_homograph_is_a_listed_entry_that_shares_a_form() {
        let ex = Extractor::shared();
        let entry = |id: &str| {
            let i = ex
                .entry_by_id
                .get(id, |i| ex.entries[i as usize].id.as_str());
            i.map(|i| &ex.entries[i as usize])
        };
        assert!(!ex.lexicon.senses.is_empty());
        for (id, sense) in &ex.lexicon.senses {
            let e = entry(id);
            let e = e.unwrap_or_else(|| panic!("{id} is in no list"));
            let shared = e.forms.iter().any(|f| ex.lookup(f).len() > 1);
            assert!(shared || !sense.common.is_empty(), "{id} shares no form");
            for c in &sense.common {
                let own = e
                    .forms
                    .iter()
                    .any(|f| &normalize_form(f, &Default::default()) == c);
                assert!(own, "{id}: its common form {c} is none of its forms");
            }
            for other in &sense.evidence {
                assert!(entry(other).is_some(), "{id}: {other} is in no list");
            }
        }
    }
}

//! Training: CoNLL sentences in, a [`TaggerModel`] out, through the `crfs` crate's L-BFGS
//! trainer (a pure-Rust CRFsuite). The extractor runs its own stages over each training
//! sentence (normalize, tokenize, match) so that the features are exactly the ones tagging
//! will compute; see `Extractor::train_tagger`.

use crate::error::Error;
use crate::matcher::Hit;
use crate::tokenize::Token;
use crate::types::EntityType;

use super::super::tokens::TokenInfo;
use super::derive::DeriveOptions;
use super::features::{
    is_windowed, sentence_features, ContextScratch, FeatureGroups, Input, Scratch, WINDOW,
};
use super::model::{attribute, feature_fingerprint, from_crfsuite, ModelData, Weights, L, LABELS};
use super::words::WordTables;
use super::TaggerModel;
use crate::fasthash::FastMap;

/// How a corpus's tags map to the tagger's PERS, LOC, ORG and MISC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Tagset {
    /// ANERcorp: PERS, LOC, ORG, MISC as they are.
    Anercorp,
    /// Wojood: PERS → PERS, ORG → ORG, GPE and LOC → LOC; its other 17 types → O.
    Wojood,
}

impl Tagset {
    /// The tagger's type for a corpus type, `None` for O.
    fn map(self, t: &str) -> Option<&'static str> {
        match (self, t) {
            (_, "PERS" | "PER") => Some("PERS"),
            (_, "ORG") => Some("ORG"),
            (Tagset::Anercorp, "LOC") | (Tagset::Wojood, "GPE" | "LOC") => Some("LOC"),
            (Tagset::Anercorp, "MISC") => Some("MISC"),
            _ => None,
        }
    }
}

/// One sentence of a CoNLL file: its tokens and their IOB2 tags, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConllSentence {
    /// The tokens (an empty token stays, so that tags stay aligned).
    pub tokens: Vec<String>,
    /// The tag of each token (`O` when the line has none).
    pub tags: Vec<String>,
    /// The 1-based line of its first token.
    pub line: usize,
}

impl ConllSentence {
    /// Writes the sentence into `text` as its tokens joined by single spaces, and each
    /// token's byte range in it into `spans` (both cleared first).
    pub(crate) fn join_into(&self, text: &mut String, spans: &mut Vec<(usize, usize)>) {
        text.clear();
        spans.clear();
        for t in &self.tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            spans.push((text.len(), text.len() + t.len()));
            text.push_str(t);
        }
    }
}

/// Reads a CoNLL text: one `token TAB tag` (or `token SPACE tag`) a line, further columns
/// ignored, a blank line between sentences.
///
/// ```
/// let s = kashf::tagger::read_conll("زار\tO\nبوتين\tB-PERS\n\nشكرا\tO\n");
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[0].tags, ["O", "B-PERS"]);
/// assert_eq!(s[1].line, 4);
/// ```
pub fn read_conll(text: &str) -> Vec<ConllSentence> {
    let mut out: Vec<ConllSentence> = Vec::new();
    let mut open = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        if !open {
            out.push(ConllSentence {
                tokens: Vec::new(),
                tags: Vec::new(),
                line: i + 1,
            });
            open = true;
        }
        // Tab-separated columns when the line has a tab (a token may then hold a space),
        // else white space.
        let (token, tag) = match line.split_once('\t') {
            Some((token, rest)) => (token.trim(), rest.split('\t').next().unwrap_or("O").trim()),
            None => {
                let mut cols = line.split_whitespace();
                (cols.next().unwrap_or(""), cols.next().unwrap_or("O"))
            }
        };
        if let Some(s) = out.last_mut() {
            s.tokens.push(token.to_string());
            s.tags.push(tag.to_string());
        }
    }
    out
}

/// Reads a list of sentence indices (0-based, one a line; blank lines and `#` comments
/// skipped), such as the sentences of an annotated set that training and list derivation
/// leave out. `source` names the text in errors.
///
/// ```
/// let ix = kashf::tagger::read_sentence_indices("x.txt", "# relation set\n10\n\n4273\n").unwrap();
/// assert_eq!(ix, [10, 4273]);
/// let e = kashf::tagger::read_sentence_indices("x.txt", "10\nten\n").unwrap_err();
/// assert_eq!(e.line(), Some(2));
/// ```
pub fn read_sentence_indices(source: &str, text: &str) -> Result<Vec<usize>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let i = line
            .parse()
            .map_err(|_| Error::data(source, n + 1, format!("`{line}` is not a sentence index")))?;
        out.push(i);
    }
    Ok(out)
}

/// Sentences to train on, with gold labels in the tagger's tag set.
#[derive(Debug, Clone, Default)]
pub struct TrainingSet {
    pub(crate) sentences: Vec<ConllSentence>,
    pub(crate) sources: Vec<String>,
}

impl TrainingSet {
    /// An empty set.
    pub fn new() -> TrainingSet {
        TrainingSet::default()
    }

    /// Adds sentences read with [`read_conll`], their tags mapped through `tagset`; a tag
    /// that is not `O`, `B-…` or `I-…` is an error naming the line.
    pub fn add(
        &mut self,
        source: &str,
        sentences: impl IntoIterator<Item = ConllSentence>,
        tagset: Tagset,
    ) -> Result<usize, Error> {
        let mut n = 0;
        for mut s in sentences {
            for (k, tag) in s.tags.iter_mut().enumerate() {
                let mapped = match tag.split_once('-') {
                    None if tag == "O" => "O".to_string(),
                    Some((bio @ ("B" | "I"), t)) => match tagset.map(t) {
                        Some(t) => format!("{bio}-{t}"),
                        None => "O".to_string(),
                    },
                    _ => {
                        return Err(Error::data(
                            source,
                            s.line + k,
                            format!("unknown tag `{tag}` (expected O, B-TYPE or I-TYPE)"),
                        ))
                    }
                };
                *tag = mapped;
            }
            self.sentences.push(s);
            n += 1;
        }
        self.sources.push(source.to_string());
        Ok(n)
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Whether it holds no sentence.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }
}

/// The learning algorithm.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Algorithm {
    /// A conditional random field trained by L-BFGS (with OWL-QN for the L1 term), through
    /// the `crfs` crate.
    Crf {
        /// L1 regularization (sparse models; 0 for none).
        c1: f64,
        /// L2 regularization.
        c2: f64,
        /// The most L-BFGS iterations.
        iterations: usize,
    },
    /// A conditional random field trained by stochastic gradient descent with L2
    /// regularization (`crfs`), in far fewer passes than L-BFGS.
    CrfSgd {
        /// L2 regularization.
        c2: f64,
        /// Passes over the data.
        epochs: usize,
    },
    /// An averaged structured perceptron over the same features.
    Perceptron {
        /// Passes over the data.
        epochs: usize,
    },
}

impl Default for Algorithm {
    fn default() -> Self {
        Algorithm::Crf {
            c1: 0.1,
            c2: 0.01,
            iterations: 100,
        }
    }
}

/// How to train.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TrainOptions {
    /// The feature groups.
    pub groups: FeatureGroups,
    /// The learning algorithm and its parameters.
    pub algorithm: Algorithm,
    /// A word-cluster table (`word TAB bits TAB count`), carried inside the model.
    pub clusters: Option<String>,
    /// The passport: JSON object fields written into the model (corpus, split, licence …).
    pub passport: Vec<(String, String)>,
    /// Train with lists derived fold by fold from the other folds of the data in place of
    /// lists derived from the whole training corpus (see `ExtractorBuilder::train_tagger`).
    pub jackknife: Option<Jackknife>,
    /// How many perceptrons, each visiting the data in its own order, are averaged into the
    /// model (perceptron training only).
    pub ensemble: usize,
    /// Progress on standard error.
    pub verbose: bool,
}

/// How a jackknifed training derives its lists.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Jackknife {
    /// The number of folds (contiguous blocks of the training sentences).
    pub folds: usize,
    /// The rule that derives names from the other folds.
    pub derive: DeriveOptions,
    /// The embedded lists that were derived from the training corpus, which each fold's
    /// derived list replaces.
    pub lists: Vec<String>,
}

impl Jackknife {
    /// ANERcorp's derived lists (`anercorp_persons.tsv`, `anercorp_organizations.tsv`) by
    /// the rule `examples/derive.rs` applies, in `folds` folds.
    pub fn anercorp(folds: usize) -> Jackknife {
        Jackknife {
            folds,
            derive: DeriveOptions::anercorp(),
            lists: vec![
                "anercorp_persons.tsv".into(),
                "anercorp_organizations.tsv".into(),
            ],
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            groups: FeatureGroups::ALL,
            algorithm: Algorithm::default(),
            clusters: None,
            passport: Vec::new(),
            jackknife: None,
            ensemble: 1,
            verbose: false,
        }
    }
}

/// Collects training sequences, as interned `(key, offset)` attributes, and trains.
pub(crate) struct Trainer {
    /// The cluster table (list membership comes with each call's tables).
    clusters: WordTables,
    scratch: Scratch,
    context: ContextScratch,
    options: TrainOptions,
    /// Every attribute seen, by id.
    attributes: Vec<(u64, i8)>,
    ids: FastMap<(u64, i8), u32>,
    /// The attribute ids of every position, concatenated, and where each position ends.
    items: Vec<u32>,
    item_ends: Vec<u32>,
    /// Gold labels, one per position, and where each sequence ends (in positions).
    gold: Vec<u8>,
    sequence_ends: Vec<u32>,
}

impl Trainer {
    /// A trainer with the options' cluster table.
    pub fn new(options: &TrainOptions) -> Result<Trainer, Error> {
        let mut clusters = WordTables::default();
        if let Some(c) = &options.clusters {
            clusters.read_clusters("clusters", c)?;
        }
        Ok(Trainer {
            clusters,
            scratch: Scratch::default(),
            context: ContextScratch::default(),
            options: options.clone(),
            attributes: Vec::new(),
            ids: FastMap::default(),
            items: Vec::new(),
            item_ends: Vec::new(),
            gold: Vec::new(),
            sequence_ends: Vec::new(),
        })
    }

    /// The word tables of one extractor's lists: the clusters and the membership of
    /// `forms` (normalized, with types).
    pub fn tables(&self, forms: Vec<(String, EntityType)>) -> WordTables {
        let mut t = self.clusters.clone();
        for (f, e) in forms {
            t.add_form(&f, e);
        }
        t
    }

    /// Adds one sentence of words with their gold labels (indices into the labels).
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        text: &str,
        tokens: &[Token],
        info: &[TokenInfo],
        hits: &[Hit],
        entry_type: &dyn Fn(u32) -> Option<EntityType>,
        tables: &WordTables,
        gold: &[u8],
    ) -> Result<(), Error> {
        if tokens.is_empty() {
            return Ok(());
        }
        let input = Input {
            text,
            tokens,
            info,
            hits,
            entry_type,
            tables,
            groups: self.options.groups,
        };
        sentence_features(&input, &mut self.scratch, &mut self.context);
        let s = &self.scratch;
        let n = s.len();
        for i in 0..n {
            for j in i.saturating_sub(WINDOW)..(i + WINDOW + 1).min(n) {
                for &key in s.word(j) {
                    if j == i || is_windowed(key) {
                        let a = (key, j as i8 - i as i8);
                        let next = self.attributes.len() as u32;
                        let id = *self.ids.entry(a).or_insert(next);
                        if id == next {
                            self.attributes.push(a);
                        }
                        self.items.push(id);
                    }
                }
            }
            self.item_ends.push(self.items.len() as u32);
        }
        self.gold.extend_from_slice(gold);
        self.sequence_ends.push(self.gold.len() as u32);
        Ok(())
    }

    /// The attribute ids of position `p` (counted over all sequences).
    fn item(&self, p: usize) -> &[u32] {
        let start = if p == 0 {
            0
        } else {
            self.item_ends[p - 1] as usize
        };
        &self.items[start..self.item_ends[p] as usize]
    }

    /// The positions of sequence `k`.
    fn sequence(&self, k: usize) -> std::ops::Range<usize> {
        let start = if k == 0 {
            0
        } else {
            self.sequence_ends[k - 1] as usize
        };
        start..self.sequence_ends[k] as usize
    }

    /// Trains and returns the model.
    pub fn finish(self) -> Result<TaggerModel, Error> {
        if self.sequence_ends.is_empty() {
            return Err(Error::config("no training sentences"));
        }
        let weights = match self.options.algorithm {
            Algorithm::Perceptron { epochs } => self.perceptrons(epochs),
            crf => self.crf(crf)?,
        };
        let o = &self.options;
        let mut meta = serde_json::Map::new();
        for (k, v) in &o.passport {
            meta.insert(k.clone(), serde_json::Value::String(v.clone()));
        }
        meta.insert("feature_groups".into(), o.groups.names().join(",").into());
        meta.insert(
            "feature_fingerprint".into(),
            format!("{:016x}", feature_fingerprint()).into(),
        );
        meta.insert("algorithm".into(), format!("{:?}", o.algorithm).into());
        meta.insert("ensemble".into(), o.ensemble.into());
        meta.insert(
            "jackknife".into(),
            o.jackknife
                .as_ref()
                .map_or("none".to_string(), |j| {
                    format!("{} folds over {}", j.folds, j.lists.join(", "))
                })
                .into(),
        );
        meta.insert("sequences".into(), self.sequence_ends.len().into());
        meta.insert("words".into(), self.gold.len().into());
        meta.insert("features".into(), weights.len().into());
        let data = ModelData {
            fingerprint: feature_fingerprint(),
            groups: o.groups.bits(),
            meta: serde_json::Value::Object(meta).to_string(),
            clusters: o
                .clusters
                .clone()
                .unwrap_or_else(|| "word\tbits\tcount\n".into()),
            weights,
        };
        TaggerModel::new("trained model", data)
    }

    /// Trains a CRF with `crfs`: L-BFGS (OWL-QN when `c1` > 0), or SGD when `sgd` is set.
    fn crf(&self, algorithm: Algorithm) -> Result<Weights, Error> {
        let bad = |e: std::io::Error| Error::config(format!("training parameters: {e}"));
        let path = std::env::temp_dir().join(format!(
            "kashf-train-{}-{}.crfsuite",
            std::process::id(),
            self.gold.len()
        ));
        let name = path.display().to_string();
        // Both trainers take the same sequences; their type differs, so a macro feeds them.
        macro_rules! feed_and_train {
            ($inner:expr) => {{
                let mut inner = $inner;
                inner.verbose(self.options.verbose);
                let names: Vec<String> = self
                    .attributes
                    .iter()
                    .map(|&(k, o)| attribute(k, o))
                    .collect();
                for k in 0..self.sequence_ends.len() {
                    let r = self.sequence(k);
                    let xseq: Vec<Vec<crfs::Attribute>> = r
                        .clone()
                        .map(|p| {
                            self.item(p)
                                .iter()
                                .map(|&a| crfs::Attribute::new(names[a as usize].as_str(), 1.0))
                                .collect()
                        })
                        .collect();
                    let yseq: Vec<&str> =
                        self.gold[r].iter().map(|&l| LABELS[l as usize]).collect();
                    inner
                        .append(&xseq, &yseq)
                        .map_err(|e| Error::config(format!("training data: {e}")))?;
                }
                inner.train(&path).map_err(|e| Error::io(&name, &e))?;
            }};
        }
        match algorithm {
            Algorithm::Crf { c1, c2, iterations } => feed_and_train!(crfs::train::Trainer::lbfgs()
                .with_c1(c1)
                .map_err(bad)?
                .with_c2(c2)
                .map_err(bad)?
                .with_max_iterations(iterations)
                .map_err(bad)?),
            Algorithm::CrfSgd { c2, epochs } => feed_and_train!(crfs::train::Trainer::l2sgd()
                .with_c2(c2)
                .map_err(bad)?
                .with_max_iterations(epochs)
                .map_err(bad)?),
            Algorithm::Perceptron { .. } => return Err(Error::config("not a CRF algorithm")),
        }
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&name, &e));
        let _ = std::fs::remove_file(&path);
        from_crfsuite(&bytes?).map_err(|e| Error::data(&name, 0, e))
    }

    /// Trains `options.ensemble` averaged perceptrons, each visiting the sequences in its own
    /// order, and averages their weights: one model, as fast to tag as one perceptron, with
    /// less of the variance a single visiting order brings.
    fn perceptrons(&self, epochs: usize) -> Weights {
        let runs = self.options.ensemble.max(1);
        let mut weights = vec![0f32; self.attributes.len() * L];
        let mut transitions = vec![0f32; L * L];
        for seed in 0..runs {
            let (w, t) = self.perceptron(epochs, seed as u64);
            for (a, b) in weights.iter_mut().zip(w) {
                *a += b / runs as f32;
            }
            for (a, b) in transitions.iter_mut().zip(t) {
                *a += b / runs as f32;
            }
        }
        let mut records = Vec::new();
        for (a, &(key, off)) in self.attributes.iter().enumerate() {
            for l in 0..L {
                let x = weights[a * L + l];
                if x.abs() > 1e-4 {
                    records.push((key, off, l as u8, x));
                }
            }
        }
        Weights::build(transitions, records)
    }

    /// Trains an averaged structured perceptron: Viterbi with the current weights, then
    /// the gold sequence's features up and the predicted one's down; the weights returned
    /// are the average over every step (Collins 2002). Sequences are visited in a fixed
    /// shuffled order each epoch, so training is deterministic.
    fn perceptron(&self, epochs: usize, seed: u64) -> (Vec<f32>, Vec<f32>) {
        let na = self.attributes.len();
        let mut w = vec![0f32; na * L];
        // Sums of (step × update), for the average: avg = w − u / steps.
        let mut u = vec![0f32; na * L];
        let mut t = vec![0f32; L * L];
        let mut tu = vec![0f32; L * L];
        let mut order: Vec<usize> = (0..self.sequence_ends.len()).collect();
        let mut rng: u64 = 0x2545_f491_4f6c_dd1d ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut step = 1f32;
        let (mut em, mut pred, mut back) = (Vec::new(), Vec::new(), Vec::new());
        let mut decoder = Weights::build(vec![0f32; L * L], Vec::new());
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let mut errors = 0usize;
            for &k in &order {
                let r = self.sequence(k);
                let n = r.len();
                em.clear();
                em.resize(n * L, 0.0);
                for (i, p) in r.clone().enumerate() {
                    for &a in self.item(p) {
                        let row = &w[a as usize * L..a as usize * L + L];
                        for (d, x) in em[i * L..i * L + L].iter_mut().zip(row) {
                            *d += *x;
                        }
                    }
                }
                decoder.transitions.copy_from_slice(&t);
                decoder.viterbi(&em, &mut pred, &mut back);
                let gold = &self.gold[r.clone()];
                if pred.as_slice() != gold {
                    errors += 1;
                    for (i, p) in r.clone().enumerate() {
                        let (g, y) = (gold[i] as usize, pred[i] as usize);
                        if g != y {
                            for &a in self.item(p) {
                                let a = a as usize * L;
                                w[a + g] += 1.0;
                                u[a + g] += step;
                                w[a + y] -= 1.0;
                                u[a + y] -= step;
                            }
                        }
                        if i > 0 {
                            let (gp, yp) = (gold[i - 1] as usize, pred[i - 1] as usize);
                            if (gp, g) != (yp, y) {
                                t[gp * L + g] += 1.0;
                                tu[gp * L + g] += step;
                                t[yp * L + y] -= 1.0;
                                tu[yp * L + y] -= step;
                            }
                        }
                    }
                }
                step += 1.0;
            }
            if self.options.verbose {
                eprintln!(
                    "perceptron: epoch {}: {errors} of {} sequences wrong",
                    epoch + 1,
                    order.len()
                );
            }
        }
        let avg = |w: f32, u: f32| w - u / step;
        let transitions = t.iter().zip(&tu).map(|(&w, &u)| avg(w, u)).collect();
        let weights = w.iter().zip(&u).map(|(&w, &u)| avg(w, u)).collect();
        (weights, transitions)
    }
}

//! Trains a tagger model from CoNLL files with kashf's default lists as features.
//!
//! usage: train [--conll FILE]... [--wojood FILE]... [--split all|train90] [--exclude FILE]
//!              [--clusters FILE] [--groups all|LIST] [--without GROUP]... [--c1 X] [--c2 X]
//!              [--iterations N] [--sgd EPOCHS] [--perceptron EPOCHS] [--skip LIST.tsv]...
//!              [--gazetteer FILE]... [--quiet] -o MODEL
//!
//! `--ensemble K` averages K perceptrons trained in different orders.
//! `--jackknife K` trains each of K folds with ANERcorp lists derived from the other folds
//! (instead of leaving the derived lists out of the training features).
//! `--conll` reads an ANERcorp-style file (PERS, LOC, ORG, MISC), `--wojood` a Wojood-style
//! one (PERS, ORG, GPE, LOC; its other types count as O). `--split train90` keeps the first
//! 90% of each file's sentences (the last 10% are the development split, as `conll --split
//! dev10` takes them). `--exclude FILE` leaves out sentences by 0-based index (one a line, `#`
//! comments), e.g. those of an annotated relation set. `--clusters` gives a word-cluster
//! table (`word TAB bits TAB count`), carried inside the model. `--skip` leaves an embedded
//! list out of the extractor the training runs, `--gazetteer` adds a list file (the derived
//! lists of the split being trained on: `tools/anercorp_resources.sh`). The model's passport records
//! the command, the corpora and their licence.
//!
//! The embedded model is rebuilt with `tools/train_default_model.sh`.

use kashf::tagger::{
    read_conll, read_sentence_indices, Algorithm, FeatureGroups, Jackknife, Tagset, TrainOptions,
    TrainingSet,
};
use kashf::Extractor;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: train [--conll FILE]... [--wojood FILE]... [--split all|train90] [--exclude FILE] \
         [--clusters FILE] [--groups all|LIST] [--without GROUP]... [--jackknife K] [--ensemble K] [--c1 X] [--c2 X] \
         [--iterations N] [--sgd EPOCHS] [--perceptron EPOCHS] [--skip LIST.tsv]... [--gazetteer FILE]... \
         [--quiet] -o MODEL"
    );
    ExitCode::from(2)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let mut inputs: Vec<(String, Tagset)> = Vec::new();
    let mut train90 = false;
    let mut exclude: Vec<usize> = Vec::new();
    let mut options = TrainOptions::default();
    let mut out = None;
    let mut clusters_path = None;
    let (mut c1, mut c2, mut iterations) = (0.1, 0.01, 100);
    let mut epochs = None;
    let mut sgd = None;
    let mut builder = Extractor::builder();
    let mut args = std::env::args().skip(1);
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    options.verbose = true;
    while let Some(a) = args.next() {
        let mut value = || args.next();
        match a.as_str() {
            "--conll" => match value() {
                Some(p) => inputs.push((p, Tagset::Anercorp)),
                None => return usage(),
            },
            "--wojood" => match value() {
                Some(p) => inputs.push((p, Tagset::Wojood)),
                None => return usage(),
            },
            "--split" => match value().as_deref() {
                Some("all") => train90 = false,
                Some("train90") => train90 = true,
                _ => return usage(),
            },
            "--exclude" => {
                let Some(p) = value() else { return usage() };
                match read(&p)
                    .and_then(|t| read_sentence_indices(&p, &t).map_err(|e| e.to_string()))
                {
                    Ok(ix) => exclude.extend(ix),
                    Err(e) => {
                        eprintln!("train: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            "--clusters" => match value() {
                Some(p) => clusters_path = Some(p),
                None => return usage(),
            },
            "--groups" => match value().as_deref().and_then(FeatureGroups::parse) {
                Some(g) => options.groups = g,
                None => return usage(),
            },
            "--without" => match value().as_deref().and_then(FeatureGroups::parse) {
                Some(g) => options.groups.remove(g),
                None => return usage(),
            },
            "--c1" => match value().and_then(|v| v.parse().ok()) {
                Some(x) => c1 = x,
                None => return usage(),
            },
            "--c2" => match value().and_then(|v| v.parse().ok()) {
                Some(x) => c2 = x,
                None => return usage(),
            },
            "--iterations" => match value().and_then(|v| v.parse().ok()) {
                Some(x) => iterations = x,
                None => return usage(),
            },
            "--ensemble" => match value().and_then(|v| v.parse().ok()) {
                Some(k) => options.ensemble = k,
                None => return usage(),
            },
            "--jackknife" => match value().and_then(|v| v.parse().ok()) {
                Some(k) => options.jackknife = Some(Jackknife::anercorp(k)),
                None => return usage(),
            },
            "--sgd" => match value().and_then(|v| v.parse().ok()) {
                Some(x) => sgd = Some(x),
                None => return usage(),
            },
            "--perceptron" => match value().and_then(|v| v.parse().ok()) {
                Some(x) => epochs = Some(x),
                None => return usage(),
            },
            "--skip" => match value() {
                Some(list) => {
                    builder.skip_default(&list);
                }
                None => return usage(),
            },
            "--gazetteer" => match value() {
                Some(p) => {
                    builder.gazetteer_file(p);
                }
                None => return usage(),
            },
            "--quiet" => options.verbose = false,
            "-o" => out = value(),
            _ => return usage(),
        }
    }
    let Some(out) = out else { return usage() };
    options.algorithm = match (epochs, sgd) {
        (Some(epochs), _) => Algorithm::Perceptron { epochs },
        (None, Some(epochs)) => Algorithm::CrfSgd { c2, epochs },
        (None, None) => Algorithm::Crf { c1, c2, iterations },
    };
    if inputs.is_empty() {
        return usage();
    }
    if let Some(p) = &clusters_path {
        match read(p) {
            Ok(t) => options.clusters = Some(t),
            Err(e) => {
                eprintln!("train: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut data = TrainingSet::new();
    let mut corpora = Vec::new();
    for (path, tagset) in &inputs {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("train: {e}");
                return ExitCode::FAILURE;
            }
        };
        let all = read_conll(&text);
        let cut = if train90 {
            all.len() - all.len() / 10
        } else {
            all.len()
        };
        let chosen = all
            .into_iter()
            .enumerate()
            .filter(|(i, _)| *i < cut && (*tagset != Tagset::Anercorp || !exclude.contains(i)))
            .map(|(_, s)| s);
        match data.add(path, chosen, *tagset) {
            Ok(n) => corpora.push(format!("{path} ({n} sentences)")),
            Err(e) => {
                eprintln!("train: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut licences: Vec<&str> = inputs
        .iter()
        .map(|(_, t)| match t {
            Tagset::Wojood => "MIT (Wojood sample, SinaLab, Birzeit University)",
            _ => "CC BY-SA 4.0 (ANERcorp: Benajiba, Rosso and Benedí 2007)",
        })
        .collect();
    licences.dedup();
    options.passport = vec![
        ("licence".into(), licences.join("; ")),
        ("corpora".into(), corpora.join("; ")),
        (
            "split".into(),
            if train90 {
                "first 90% of the sentences of each file".into()
            } else {
                "all sentences".into()
            },
        ),
        ("excluded_sentences".into(), exclude.len().to_string()),
        (
            "clusters".into(),
            clusters_path.unwrap_or_else(|| "none".into()),
        ),
        (
            "command".into(),
            format!("cargo run --release --example train -- {command}"),
        ),
    ];
    let t = std::time::Instant::now();
    let model = match builder.train_tagger(&data, &options) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("train: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("train: {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "train: {} features, {} bytes, {:.1} s: {out}",
        model.features(),
        bytes.len(),
        t.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

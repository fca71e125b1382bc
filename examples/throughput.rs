//! Times extraction over a file cut into article-sized documents (about 4 KB, at line
//! breaks) and prints MB/s: a quick figure beside `cargo bench --bench extract`.
//!
//! usage: throughput FILE [--lists-only] [--no-tagger] [--tagger-model MODEL]

use kashf::tagger::TaggerModel;
use kashf::{EntityRules, Extractor, TaggerSource};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: throughput FILE [--lists-only] [--no-tagger] [--tagger-model MODEL]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("throughput: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut b = Extractor::builder();
    if args.iter().any(|a| a == "--lists-only") {
        b.entity_rules(EntityRules::ListsOnly);
    }
    if args.iter().any(|a| a == "--no-tagger") {
        b.tagger(TaggerSource::Off);
    }
    if let Some(i) = args.iter().position(|a| a == "--tagger-model") {
        match args.get(i + 1).map(TaggerModel::from_path) {
            Some(Ok(m)) => {
                b.tagger(TaggerSource::Model(m.into()));
            }
            Some(Err(e)) => {
                eprintln!("throughput: {e}");
                return ExitCode::FAILURE;
            }
            None => {
                eprintln!("throughput: --tagger-model needs a file");
                return ExitCode::from(2);
            }
        }
    }
    let ex = match b.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("throughput: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut docs = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + 4096).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        end = text[end..].find('\n').map_or(text.len(), |nl| end + nl + 1);
        docs.push(&text[start..end]);
        start = end;
    }
    let t = Instant::now();
    let mentions: usize = docs.iter().map(|d| ex.extract(d).mentions().len()).sum();
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} bytes, {} documents, {mentions} mentions, {:.2} s, {:.1} MB/s",
        text.len(),
        docs.len(),
        s,
        text.len() as f64 / s / 1e6
    );
    ExitCode::SUCCESS
}

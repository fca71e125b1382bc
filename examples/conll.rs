//! Tags a CoNLL file with kashf, for scoring with `conll_score.py`.
//!
//! usage: conll [--tagset anercorp|wojood] [--split all|train90|dev10] [FILE|-]
//!
//! Reads one token a line (optional gold columns after it) with a blank line between
//! sentences, rebuilds each sentence as its tokens joined by single spaces, runs the default
//! extractor, and writes every line back with a predicted IOB2 tag appended. A token that
//! overlaps a mention gets its tag, so a token with clitics attached (وروسيا) counts. An
//! empty token is written as `_`.
//! Tag sets: `anercorp` (PERS, LOC, ORG) and `wojood` (PERS, ORG, GPE for countries,
//! territories and cities, LOC for other places). `--split dev10` keeps the last 10% of the
//! sentences (the development split), `train90` the first 90%.

use kashf::{EntityType, Extractor};
use std::io::{Read, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq)]
enum Tagset {
    Anercorp,
    Wojood,
}

#[derive(Clone, Copy, PartialEq)]
enum Split {
    All,
    Train90,
    Dev10,
}

fn usage() -> ExitCode {
    eprintln!("usage: conll [--tagset anercorp|wojood] [--split all|train90|dev10] [FILE|-]");
    ExitCode::from(2)
}

fn label(t: EntityType, subtype: Option<&str>, tagset: Tagset) -> Option<&'static str> {
    Some(match (t, tagset) {
        (EntityType::Person, _) => "PERS",
        (EntityType::Organization, _) => "ORG",
        (EntityType::Location, Tagset::Anercorp) => "LOC",
        (EntityType::Location, Tagset::Wojood) => match subtype {
            Some("country" | "territory" | "city") => "GPE",
            _ => "LOC",
        },
        (EntityType::Misc, _) => return None,
    })
}

/// Predicted tags for one sentence of tokens.
fn tag(ex: &Extractor, tokens: &[&str], tagset: Tagset) -> Vec<String> {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        spans.push((text.len(), text.len() + t.len()));
        text.push_str(t);
    }
    let mut tags = vec!["O".to_string(); tokens.len()];
    let doc = ex.extract(&text);
    for (e, m) in doc.mentions() {
        let Some(l) = label(e.entity_type, e.subtype.as_deref(), tagset) else {
            continue;
        };
        let mut first = true;
        for (i, &(s, end)) in spans.iter().enumerate() {
            if s < m.end && m.start < end && tags[i] == "O" {
                tags[i] = format!("{}-{l}", if first { "B" } else { "I" });
                first = false;
            }
        }
    }
    tags
}

fn main() -> ExitCode {
    let mut tagset = Tagset::Anercorp;
    let mut split = Split::All;
    let mut input = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--tagset" => match args.next().as_deref() {
                Some("anercorp") => tagset = Tagset::Anercorp,
                Some("wojood") => tagset = Tagset::Wojood,
                _ => return usage(),
            },
            "--split" => match args.next().as_deref() {
                Some("all") => split = Split::All,
                Some("train90") => split = Split::Train90,
                Some("dev10") => split = Split::Dev10,
                _ => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ if input.is_none() => input = Some(a),
            _ => return usage(),
        }
    }
    let mut raw = String::new();
    let read = match input.as_deref() {
        None | Some("-") => std::io::stdin().read_to_string(&mut raw),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut raw)),
    };
    if let Err(e) = read {
        eprintln!("conll: {}: {e}", input.as_deref().unwrap_or("-"));
        return ExitCode::FAILURE;
    }
    // Sentences as lists of lines.
    let mut sentences: Vec<Vec<&str>> = vec![Vec::new()];
    for line in raw.lines() {
        if line.trim().is_empty() {
            if !sentences.last().is_some_and(Vec::is_empty) {
                sentences.push(Vec::new());
            }
        } else if let Some(s) = sentences.last_mut() {
            s.push(line);
        }
    }
    if sentences.last().is_some_and(Vec::is_empty) {
        sentences.pop();
    }
    let cut = sentences.len() - sentences.len() / 10;
    let range = match split {
        Split::All => 0..sentences.len(),
        Split::Train90 => 0..cut,
        Split::Dev10 => cut..sentences.len(),
    };
    let ex = Extractor::shared();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for s in &sentences[range] {
        let tokens: Vec<&str> = s
            .iter()
            .map(|l| l.split(['\t', ' ']).next().unwrap_or(""))
            .collect();
        let tags = tag(ex, &tokens, tagset);
        for (line, t) in s.iter().zip(&tags) {
            let sep = if line.contains('\t') { "\t" } else { " " };
            // A line whose token is empty (ANERcorp has a few) gets `_` so columns stay aligned.
            let fill = if line.starts_with(['\t', ' ']) {
                "_"
            } else {
                ""
            };
            if writeln!(out, "{fill}{line}{sep}{t}").is_err() {
                return ExitCode::FAILURE;
            }
        }
        if writeln!(out).is_err() {
            return ExitCode::FAILURE;
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

//! Tags a CoNLL file with kashf, for scoring with `conll_score.py`.
//!
//! usage: conll [--tagset anercorp|wojood] [--split all|train90|dev10] [--lists-only]
//!              [--skip LIST.tsv]... [--gazetteer FILE]... [--window N] [--variants none|g|vowels|compounds|transliterations|all]
//!              [--no-tagger] [--tagger-model FILE] [--conventions anercorp|kashf|TABLE.tsv]
//!              [--resources DIR] [--allow-seen] [FILE|-]
//!
//! Reads one token a line (optional gold columns after it) with a blank line between
//! sentences, rebuilds each sentence as its tokens joined by single spaces, runs the default
//! extractor, and writes every line back with a predicted IOB2 tag appended. A token that
//! overlaps a mention gets its tag, so a token with clitics attached (وروسيا) counts. An
//! empty token is written as `_`.
//! Tag sets: `anercorp` (PERS, LOC, ORG) and `wojood` (PERS, ORG, GPE for countries,
//! territories and cities, LOC for other places). `--split dev10` keeps the last 10% of the
//! sentences (the development split), `train90` the first 90%. The embedded model, ANERcorp
//! lists and conventions table are built from all of ANERcorp train, so `--tagset anercorp
//! --split dev10` refuses to run with any of them (its figure would have seen its answers)
//! unless they are replaced by files built from the first 90% (`tools/anercorp_resources.sh
//! train90 DIR`, then `--resources DIR`, as `.ci/run` does) or `--allow-seen` says the figure is wanted anyway (a
//! note on stderr then repeats why it is no development figure). `--lists-only` turns the
//! context rules off (gazetteer matches only); `--skip` leaves an embedded list out and
//! `--gazetteer` adds a list file (TSV or JSONL), e.g. lists derived from the first 90% only.
//! `--window N` extracts N consecutive sentences together (one a line), so that in-document
//! coreference can cross sentence breaks; the default, 1, tags each sentence alone.
//! `--variants` chooses the spelling-variant rules (default: all). The embedded tagger runs
//! unless `--no-tagger`; `--tagger-model FILE` runs another model.
//! `--conventions` chooses whose span conventions the tags follow (`kashf::conventions`):
//! `anercorp` (the default with `--tagset anercorp`) adapts each mention to ANERcorp's, as
//! learned from its training split (جنوب لبنان → لبنان, الجيش اللبناني untagged); `kashf`
//! (the default with `--tagset wojood`) keeps kashf's own; a file gives another table.

use kashf::conventions::Conventions;
use kashf::tagger::TaggerModel;
use kashf::{EntityRules, EntityType, Extractor, TaggerSource, VariantRules};
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
    eprintln!(
        "usage: conll [--tagset anercorp|wojood] [--split all|train90|dev10] [--lists-only] \
         [--skip LIST.tsv]... [--gazetteer FILE]... [--window N] [--variants none|g|vowels|compounds|transliterations|all] [--no-tagger] \
         [--tagger-model FILE] [--conventions anercorp|kashf|TABLE.tsv] [--resources DIR] [--allow-seen] [FILE|-]"
    );
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

/// Predicted tags for a block of sentences, extracted together as one text (one sentence a
/// line, its tokens joined by single spaces) so that coreference can cross sentences.
fn tag(
    ex: &Extractor,
    block: &[Vec<&str>],
    tagset: Tagset,
    conventions: Option<&Conventions>,
) -> Vec<Vec<String>> {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (si, tokens) in block.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            spans.push((text.len(), text.len() + t.len(), si, i));
            text.push_str(t);
        }
    }
    let mut tags: Vec<Vec<String>> = block
        .iter()
        .map(|t| vec!["O".to_string(); t.len()])
        .collect();
    let doc = ex.extract(&text);
    for (e, m) in doc.mentions() {
        let Some(l) = label(e.entity_type, e.subtype.as_deref(), tagset) else {
            continue;
        };
        let m = match conventions.map(|c| c.adapt_in(e.entity_type, m, &text)) {
            None => m.clone(),
            Some(Some(adapted)) => adapted,
            Some(None) => continue,
        };
        let first = spans.partition_point(|&(_, end, _, _)| end <= m.start);
        let mut begin = true;
        for &(s, end, si, i) in &spans[first..] {
            if s >= m.end {
                break;
            }
            if s < m.end && m.start < end && tags[si][i] == "O" {
                tags[si][i] = format!("{}-{l}", if begin { "B" } else { "I" });
                begin = false;
            }
        }
    }
    tags
}

fn main() -> ExitCode {
    let mut tagset = Tagset::Anercorp;
    let mut split = Split::All;
    let mut input = None;
    let mut builder = Extractor::builder();
    let mut window = 1usize;
    let mut conventions_arg: Option<String> = None;
    // What of the embedded ANERcorp-derived data this run replaces or leaves out (the
    // development split needs all of it replaced: see the notice below).
    let mut own_tagger = false;
    let mut skipped_anercorp = 0;
    let mut allow_seen = false;
    let mut resources_conventions: Option<String> = None;
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
            "--window" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => window = n,
                _ => return usage(),
            },
            "--variants" => {
                let mut v = VariantRules::none();
                v.cap = 6;
                match args.next().as_deref() {
                    Some("none") => v.cap = 0,
                    Some("g") => v.g_letters = true,
                    Some("vowels") => v.drop_long_vowels = true,
                    Some("compounds") => v.compound_names = true,
                    Some("transliterations") => {
                        v.g_letters = true;
                        v.drop_long_vowels = true;
                    }
                    Some("all") => v = VariantRules::default(),
                    _ => return usage(),
                }
                builder.variants(v);
            }
            "--no-tagger" => {
                own_tagger = true;
                builder.tagger(TaggerSource::Off);
            }
            "--tagger-model" => match args.next().map(TaggerModel::from_path) {
                Some(Ok(m)) => {
                    own_tagger = true;
                    builder.tagger(TaggerSource::Model(m.into()));
                }
                Some(Err(e)) => {
                    eprintln!("conll: {e}");
                    return ExitCode::FAILURE;
                }
                None => return usage(),
            },
            "--resources" => {
                // A folder of tools/anercorp_resources.sh: its lists in place of the embedded
                // ones, its model, and its conventions table unless --conventions says.
                let Some(dir) = args.next() else {
                    return usage();
                };
                for list in ["anercorp_persons.tsv", "anercorp_organizations.tsv"] {
                    builder.skip_default(list);
                    builder.gazetteer_file(format!("{dir}/{list}"));
                }
                skipped_anercorp = 2;
                match TaggerModel::from_path(format!("{dir}/ner-anercorp.kmodel")) {
                    Ok(m) => {
                        own_tagger = true;
                        builder.tagger(TaggerSource::Model(m.into()));
                    }
                    Err(e) => {
                        eprintln!("conll: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                resources_conventions = Some(format!("{dir}/conventions_anercorp.tsv"));
            }
            "--tagger-only" => {
                builder.entity_rules(EntityRules::TaggerOnly);
            }
            "--lists-only" => {
                builder.entity_rules(EntityRules::ListsOnly);
            }
            "--skip" => match args.next() {
                Some(list) => {
                    skipped_anercorp += usize::from(list.contains("anercorp_"));
                    builder.skip_default(&list);
                }
                None => return usage(),
            },
            "--gazetteer" => match args.next() {
                Some(list) => {
                    builder.gazetteer_file(list);
                }
                None => return usage(),
            },
            "--allow-seen" => allow_seen = true,
            "--conventions" => match args.next() {
                Some(c) => conventions_arg = Some(c),
                None => return usage(),
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
    if tagset == Tagset::Anercorp && conventions_arg.is_none() {
        conventions_arg = resources_conventions;
    }
    let embedded_conventions = conventions_arg.as_deref() == Some("anercorp")
        || (conventions_arg.is_none() && tagset == Tagset::Anercorp);
    let seen = split == Split::Dev10
        && tagset == Tagset::Anercorp
        && (!own_tagger || skipped_anercorp < 2 || embedded_conventions);
    if seen {
        eprintln!(
            "conll: {}the embedded tagger, ANERcorp lists and conventions table were built \
             from all of ANERcorp train, these sentences included; for a clean development \
             figure build them from the first 90% (tools/anercorp_resources.sh train90 DIR) and \
             pass the folder with --resources DIR{}",
            if allow_seen { "note: " } else { "" },
            if allow_seen {
                ""
            } else {
                "; --allow-seen tags the split anyway"
            }
        );
        if !allow_seen {
            return ExitCode::FAILURE;
        }
    }
    let ex = match builder.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("conll: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ex = &ex;
    let loaded;
    let conventions = match conventions_arg.as_deref() {
        None if tagset == Tagset::Anercorp => Some(Conventions::anercorp()),
        None | Some("kashf") => None,
        Some("anercorp") => Some(Conventions::anercorp()),
        Some(path) => {
            let table = std::fs::read_to_string(path)
                .map_err(|e| format!("{path}: {e}"))
                .and_then(|t| Conventions::from_tsv(path, &t).map_err(|e| e.to_string()));
            match table {
                Ok(t) => {
                    loaded = t;
                    Some(&loaded)
                }
                Err(e) => {
                    eprintln!("conll: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let chosen = &sentences[range];
    for block in chosen.chunks(window) {
        let tokens: Vec<Vec<&str>> = block
            .iter()
            .map(|s| {
                s.iter()
                    .map(|l| l.split(['\t', ' ']).next().unwrap_or(""))
                    .collect()
            })
            .collect();
        let tags = tag(ex, &tokens, tagset, conventions);
        for (s, stags) in block.iter().zip(&tags) {
            for (line, t) in s.iter().zip(stags) {
                let sep = if line.contains('\t') { "\t" } else { " " };
                // A line whose token is empty (ANERcorp has a few) gets `_`, so columns align.
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
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

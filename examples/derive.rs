//! Derives the ANERcorp name lists (`gazetteers/anercorp_persons.tsv`,
//! `anercorp_organizations.tsv`) from ANERcorp train. The shipped lists come from all of its
//! sentences (`--split all`); `--split train90` (the default) keeps the first 90%, as
//! `conll --split` cuts them, for lists that leave the last 10% a clean development split
//! (`tools/anercorp_resources.sh`). The rule is `kashf::tagger::derive_names` (the same code a
//! jackknifed training runs fold by fold).
//!
//! usage: derive TRAIN.txt [--split all|train90] [--exclude FILE] [--out DIR]
//!
//! `--exclude FILE` leaves out sentences by 0-based index (one a line, `#` comments), as
//! `train --exclude` does: the sentences of the relation sets, whose names a list must not
//! learn from the text it is scored on.
//!
//! Forms of the curated lists and given names (`gazetteers/given_names.tsv`) are skipped (they
//! are reviewed by hand and take precedence), and so are the forms `DeriveOptions::anercorp`
//! excludes, read by hand in the most frequent rows of the output as ordinary words, titles or
//! groups. Output: CC BY-SA 4.0, as ANERcorp.

use kashf::gazetteer::{Gazetteer, DEFAULT_GAZETTEERS};
use kashf::normalize::{normalize_form, NormalizeOptions};
use kashf::tagger::{derive_names, read_conll, read_sentence_indices, DeriveOptions};
use kashf::EntityType;
use std::collections::HashSet;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: derive TRAIN.txt [--split all|train90] [--exclude FILE] [--out DIR]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut train = None;
    let mut out = "gazetteers".to_string();
    let mut train90 = true;
    let mut exclude_path = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => match args.next() {
                Some(d) => out = d,
                None => return usage(),
            },
            "--exclude" => match args.next() {
                Some(p) => exclude_path = Some(p),
                None => return usage(),
            },
            "--split" => match args.next().as_deref() {
                Some("all") => train90 = false,
                Some("train90") => train90 = true,
                _ => return usage(),
            },
            _ if train.is_none() && !a.starts_with("--") => train = Some(a),
            _ => return usage(),
        }
    }
    let Some(train) = train else {
        return usage();
    };
    let text = match std::fs::read_to_string(&train) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("derive: {train}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let o = NormalizeOptions::default();
    let norm = |s: &str| normalize_form(s, &o);
    let mut curated = HashSet::new();
    for (name, tsv) in DEFAULT_GAZETTEERS {
        if name.contains("anercorp_") {
            continue;
        }
        match Gazetteer::from_tsv(name, tsv) {
            Ok(g) => curated.extend(
                g.entries()
                    .iter()
                    .flat_map(|e| e.forms.iter().map(|f| norm(f))),
            ),
            Err(e) => {
                eprintln!("derive: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    // Given names count as curated: a derived name never is one alone, and one opens the
    // rest of a name after a conjunction (وجومانا مراد → جومانا مراد).
    let given = include_str!("../gazetteers/given_names.tsv");
    for line in given.lines().filter(|l| l.starts_with("name\t")) {
        curated.extend(line[5..].split('|').map(|f| norm(f.trim())));
    }
    let options = DeriveOptions::anercorp();
    let exclude: HashSet<String> = options.exclude.iter().map(|f| norm(f)).collect();
    let all = read_conll(&text);
    let cut = if train90 {
        all.len() - all.len() / 10
    } else {
        all.len()
    };
    let skipped: HashSet<usize> = match &exclude_path {
        None => HashSet::new(),
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| format!("{p}: {e}"))
            .and_then(|t| read_sentence_indices(p, &t).map_err(|e| e.to_string()))
        {
            Ok(ix) => ix.into_iter().collect(),
            Err(e) => {
                eprintln!("derive: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let sentences: Vec<_> = all[..cut]
        .iter()
        .enumerate()
        .filter(|(i, _)| !skipped.contains(i))
        .map(|(_, s)| s)
        .collect();
    let names = derive_names(
        &sentences,
        &DeriveOptions::default(),
        &norm,
        &curated,
        &exclude,
    );
    for (etype, file) in [
        (EntityType::Person, "anercorp_persons.tsv"),
        (EntityType::Organization, "anercorp_organizations.tsv"),
    ] {
        let which = if train90 {
            "first 90% of the\n# train sentences only"
        } else {
            "all of the train\n# sentences"
        };
        let minus = if skipped.is_empty() {
            String::new()
        } else {
            format!(
                " minus {} excluded ones (the relation sets')",
                skipped.len()
            )
        };
        let mut tsv = format!(
            "# source: entity strings of ANERcorp (Benajiba, Rosso and Benedí 2007), {which}{minus}, \
             made by examples/derive.rs; licence: CC BY-SA 4.0\n\
             id\ttype\tsubtype\tname\tforms\n"
        );
        let short = if etype == EntityType::Person {
            "pers"
        } else {
            "org"
        };
        let rows: Vec<_> = names.iter().filter(|n| n.entity_type == etype).collect();
        for (i, n) in rows.iter().enumerate() {
            tsv.push_str(&format!(
                "anercorp:{short}:{}\t{}\t-\t{}\t{}\n",
                i + 1,
                etype.as_str(),
                n.form,
                n.form
            ));
        }
        let path = format!("{out}/{file}");
        if let Err(e) = std::fs::write(&path, tsv) {
            eprintln!("derive: {path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("{path}: {} entries", rows.len());
    }
    ExitCode::SUCCESS
}

//! Derives the ANERcorp name lists (`gazetteers/anercorp_persons.tsv`,
//! `anercorp_organizations.tsv`) from the first 90% of the sentences of ANERcorp train, so
//! that the last 10% stays a clean development split. The rule is `kashf::tagger::derive_names`
//! (the same code a jackknifed training runs fold by fold).
//!
//! usage: derive TRAIN.txt [--out DIR]
//!
//! Forms of the curated lists and given names are skipped (they are reviewed by hand and take
//! precedence), and so are the forms `DeriveOptions::anercorp` excludes, read by hand in the
//! most frequent rows of the output as ordinary words, titles or groups. Output: CC BY-SA
//! 4.0, as ANERcorp.

use kashf::gazetteer::{Gazetteer, DEFAULT_GAZETTEERS};
use kashf::normalize::{normalize_form, NormalizeOptions};
use kashf::tagger::{derive_names, read_conll, DeriveOptions};
use kashf::EntityType;
use std::collections::HashSet;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(train) = args.first() else {
        eprintln!("usage: derive TRAIN.txt [--out DIR]");
        return ExitCode::from(2);
    };
    let out = match args.iter().position(|a| a == "--out") {
        Some(i) => args.get(i + 1).cloned().unwrap_or_default(),
        None => "gazetteers".to_string(),
    };
    let text = match std::fs::read_to_string(train) {
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
    let given = match std::fs::read_to_string(format!("{out}/given_names.tsv")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("derive: {out}/given_names.tsv: {e}");
            return ExitCode::FAILURE;
        }
    };
    for line in given.lines().filter(|l| l.starts_with("name\t")) {
        curated.extend(line[5..].split('|').map(|f| norm(f.trim())));
    }
    let options = DeriveOptions::anercorp();
    let exclude: HashSet<String> = options.exclude.iter().map(|f| norm(f)).collect();
    let all = read_conll(&text);
    let cut = all.len() - all.len() / 10;
    let first90: Vec<_> = all[..cut].iter().collect();
    let names = derive_names(
        &first90,
        &DeriveOptions::default(),
        &norm,
        &curated,
        &exclude,
    );
    for (etype, file) in [
        (EntityType::Person, "anercorp_persons.tsv"),
        (EntityType::Organization, "anercorp_organizations.tsv"),
    ] {
        let mut tsv = String::from(
            "# source: entity strings of ANERcorp (Benajiba, Rosso and Benedí 2007), first 90% of the\n\
             # train sentences only, made by examples/derive.rs; licence: CC BY-SA 4.0\n\
             id\ttype\tsubtype\tname\tforms\n",
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

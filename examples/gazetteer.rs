//! Inspects the embedded default gazetteers.
//!
//! usage: gazetteer stats [--json] [--gazetteer FILE]... [--patterns FILE]...
//!        gazetteer lookup NAME...
//!        gazetteer forms
//!
//! `stats` counts entries by type, by subtype and by source file (and forms in all), with
//! the user's lists added when given, and lists every user entry that reuses a built-in id:
//! its forms join the built-in entity, which keeps its type, subtype and name.
//! `lookup` shows which entries a surface form reaches after normalization and proclitic
//! stripping (وبموسكو → Moscow). `forms` prints every surface form of every entry, one a
//! line (the name list `../shared/bench/peers/peers.py` takes).

use kashf::{Entry, Extractor};
use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: gazetteer stats [--json] [--gazetteer FILE]... [--patterns FILE]...\n       \
         gazetteer lookup NAME... | gazetteer forms"
    );
    ExitCode::from(2)
}

fn place(e: &Entry) -> String {
    match e.line {
        Some(n) => format!("{}:{n}", e.source),
        None => e.source.clone(),
    }
}

/// Every user entry whose id a built-in entry has, with that entry. The built-in entries
/// come first in an extractor, as many as the shared one holds.
fn overrides(ex: &Extractor) -> Vec<(&Entry, &Entry)> {
    let built_in = Extractor::shared().entries().len().min(ex.entries().len());
    let (defaults, user) = ex.entries().split_at(built_in);
    let by_id: HashMap<&str, &Entry> = defaults.iter().map(|e| (e.id.as_str(), e)).collect();
    user.iter()
        .filter_map(|u| by_id.get(u.id.as_str()).map(|d| (u, *d)))
        .collect()
}

fn stats(args: &[String]) -> ExitCode {
    let mut json = false;
    let mut b = Extractor::builder();
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match (a.as_str(), args.clone().next()) {
            ("--json", _) => json = true,
            ("--gazetteer", Some(f)) => {
                b.gazetteer_file(f);
                args.next();
            }
            ("--patterns", Some(f)) => {
                b.patterns_file(f);
                args.next();
            }
            _ => return usage(),
        }
    }
    let ex = match b.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("gazetteer: {e}");
            return ExitCode::FAILURE;
        }
    };
    let overrides = overrides(&ex);
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_subtype: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_source: BTreeMap<&str, usize> = BTreeMap::new();
    let mut forms = 0;
    for e in ex.entries() {
        let t = e.entity_type.as_str();
        *by_type.entry(t).or_default() += 1;
        let sub = e.subtype.as_deref().unwrap_or("-");
        *by_subtype.entry(format!("{t}/{sub}")).or_default() += 1;
        *by_source.entry(e.source.as_str()).or_default() += 1;
        forms += e.forms.len();
    }
    if json {
        let v = serde_json::json!({
            "entries": ex.entries().len(),
            "forms": forms,
            "by_type": by_type,
            "by_subtype": by_subtype,
            "by_source": by_source,
            "built_in_ids_reused": overrides.iter().map(|(u, d)| serde_json::json!({
                "id": u.id,
                "at": place(u),
                "built_in": place(d),
                "built_in_name": d.name,
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    } else {
        println!("entries {}  forms {forms}", ex.entries().len());
        println!("by type:");
        for (k, v) in &by_type {
            println!("  {k:<14} {v:>6}");
        }
        println!("by subtype:");
        for (k, v) in &by_subtype {
            println!("  {k:<40} {v:>6}");
        }
        println!("by source:");
        for (k, v) in &by_source {
            println!("  {k:<40} {v:>6}");
        }
        if !overrides.is_empty() {
            println!(
                "built-in ids reused ({}; the forms join the built-in entity, which keeps its type, subtype and name):",
                overrides.len()
            );
            for (u, d) in &overrides {
                println!(
                    "  {} at {}: built-in {} at {}",
                    u.id,
                    place(u),
                    d.name,
                    place(d)
                );
            }
        }
    }
    ExitCode::SUCCESS
}

fn lookup(names: &[String]) -> ExitCode {
    let ex = Extractor::shared();
    for name in names {
        let found = ex.lookup(name);
        if found.is_empty() {
            println!("{name}: no entry");
        }
        for e in found {
            let sub = e.subtype.as_deref().unwrap_or("-");
            println!(
                "{name}: {} {} ({sub}) {} [{}]",
                e.id,
                e.entity_type.as_str(),
                e.name,
                e.source
            );
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("stats") => stats(&args[1..]),
        Some("lookup") if args.len() > 1 => lookup(&args[1..]),
        Some("forms") if args.len() == 1 => {
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for f in Extractor::shared()
                .entries()
                .iter()
                .flat_map(|e| e.forms.iter())
            {
                if writeln!(out, "{f}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

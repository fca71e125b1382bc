//! Inspects the embedded default gazetteers.
//!
//! usage: gazetteer stats [--json]
//!        gazetteer lookup NAME...
//!        gazetteer forms
//!
//! `stats` counts entries by type, by subtype and by source file (and forms in all).
//! `lookup` shows which entries a surface form reaches after normalization and proclitic
//! stripping (وبموسكو → Moscow). `forms` prints every surface form of every entry, one a
//! line (the name list `../shared/bench/peers/peers.py` takes).

use kashf::Extractor;
use std::collections::BTreeMap;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: gazetteer stats [--json] | gazetteer lookup NAME... | gazetteer forms");
    ExitCode::from(2)
}

fn stats(json: bool) -> ExitCode {
    let ex = Extractor::shared();
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
        Some("stats") => match &args[1..] {
            [] => stats(false),
            [flag] if flag == "--json" => stats(true),
            _ => usage(),
        },
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

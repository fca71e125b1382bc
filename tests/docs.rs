//! Documentation that stands alone: every public module and the main types and builder methods
//! carry a runnable example, and no doc comment sends the reader to a file docs.rs does not
//! show. (`RUSTDOCFLAGS="-D warnings" cargo doc --no-deps` in `.ci/run` checks the links.)

use std::path::Path;

fn source(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file of a public module of the crate.
fn module_file(name: &str) -> String {
    let flat = format!("src/{name}.rs");
    if Path::new(env!("CARGO_MANIFEST_DIR")).join(&flat).exists() {
        flat
    } else {
        format!("src/{name}/mod.rs")
    }
}

/// The `///` lines right above the first line of `src` that starts with `decl` (after
/// indentation), attributes skipped; `None` when the declaration is hidden from the docs.
fn doc_above(src: &str, decl: &str) -> Option<String> {
    let lines: Vec<&str> = src.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(decl))
        .unwrap_or_else(|| panic!("no `{decl}`"));
    let mut doc = Vec::new();
    for l in lines[..at].iter().rev() {
        let l = l.trim_start();
        if l.starts_with("#[doc(hidden)]") {
            return None;
        } else if l.starts_with("#[") || l.starts_with(")]") || l.starts_with("Debug,") {
            continue;
        } else if let Some(d) = l.strip_prefix("///") {
            doc.push(d);
        } else {
            break;
        }
    }
    Some(doc.join("\n"))
}

#[test]
fn every_public_module_opens_with_an_example() {
    let lib = source("src/lib.rs");
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .collect();
    assert!(modules.len() >= 10, "{modules:?}");
    for m in modules {
        let src = source(&module_file(m));
        let header: String = src
            .lines()
            .take_while(|l| l.starts_with("//!") || l.starts_with("#![doc"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(header.contains("```"), "module `{m}` has no example");
    }
}

#[test]
fn the_main_types_have_examples() {
    let cases = [
        ("src/document.rs", "pub struct Document"),
        ("src/document.rs", "pub struct Entity"),
        ("src/document.rs", "pub struct Mention"),
        ("src/document.rs", "pub struct Relation"),
        ("src/document.rs", "pub fn to_html"),
        ("src/error.rs", "pub struct Error"),
        ("src/span.rs", "pub struct Span"),
        ("src/variants.rs", "pub struct VariantRules"),
        ("src/pipeline.rs", "pub struct ExtractorBuilder"),
        ("src/pipeline.rs", "pub struct Extractor "),
    ];
    for (file, decl) in cases {
        let doc = doc_above(&source(file), decl).unwrap_or_default();
        assert!(doc.contains("```"), "{file}: `{decl}` has no example");
    }
}

#[test]
fn every_builder_method_has_an_example() {
    let src = source("src/pipeline.rs");
    let start = src
        .find("impl ExtractorBuilder {")
        .expect("the builder's impl");
    let body = &src[start..];
    let end = body.find("\n}\n").expect("its end");
    let body = &body[..end];
    let mut methods = 0;
    for line in body.lines() {
        let Some(rest) = line.trim_start().strip_prefix("pub fn ") else {
            continue;
        };
        let name = &rest[..rest.find(['(', '<']).unwrap_or(rest.len())];
        let decl = format!("pub fn {name}");
        if let Some(doc) = doc_above(body, &decl) {
            assert!(
                doc.contains("```"),
                "ExtractorBuilder::{name} has no example"
            );
            methods += 1;
        }
    }
    assert!(methods >= 10, "{methods} methods seen");
}

#[test]
fn the_output_contract_is_in_the_docs_not_beside_them() {
    // docs.rs shows no file of the repository: the contract is included into the `document`
    // module's docs, and no other doc comment sends the reader to SCHEMA.md.
    let document = source("src/document.rs");
    assert!(document.contains("#![doc = include_str!(\"../SCHEMA.md\")]"));
    assert!(source("SCHEMA.md").starts_with("# The output contract"));
    let mut files = vec!["src/lib.rs".to_string()];
    for dir in ["src", "src/ner", "src/relations"] {
        for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                files.push(
                    p.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap()
                        .display()
                        .to_string(),
                );
            }
        }
    }
    for file in files {
        for line in source(&file).lines() {
            let l = line.trim_start();
            let doc = l.starts_with("///") || l.starts_with("//!");
            let included = file == "src/document.rs" && l.starts_with("//! `SCHEMA.md`");
            assert!(
                !(doc && l.contains("SCHEMA.md")) || included,
                "{file}: {line}"
            );
        }
    }
}

//! The default matcher is compiled ahead of time into `gazetteers/default.matcher` so that a
//! cold process is ready fast. It must be exactly what the current lists compile to.
//! Rewrite it on purpose with `KASHF_REGENERATE=1 cargo test --test precompiled`.

use kashf::ExtractorBuilder;

#[test]
fn precompiled_matcher_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteers/default.matcher");
    let fresh = ExtractorBuilder::default_matcher_bytes().unwrap();
    if std::env::var_os("KASHF_REGENERATE").is_some() {
        std::fs::write(path, &fresh).unwrap();
        eprintln!(
            "wrote {path} ({} bytes); rebuild so that it is embedded",
            fresh.len()
        );
        return;
    }
    let stored = std::fs::read(path).unwrap();
    assert!(
        stored == fresh,
        "gazetteers/default.matcher is stale: run `KASHF_REGENERATE=1 cargo test --test precompiled`"
    );
    assert!(ExtractorBuilder::precompiled_is_current());
}

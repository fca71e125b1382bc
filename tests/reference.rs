//! The reference article in ../shared (read-only, beside the project): every span the
//! extractor reports must be the exact original slice. The scores themselves come from
//! ../shared/eval/score.py, which `.ci/run` runs. Skips with a notice when ../shared is absent.

use kashf::Extractor;
use std::path::Path;

#[test]
fn reference_article_spans_are_exact() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/seed/seed.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "notice: {} not found; skipping the reference-article test",
            path.display()
        );
        return;
    };
    let doc = Extractor::shared().extract(&text);
    assert!(doc.entities.len() >= 10);
    for (_, m) in doc.mentions() {
        assert_eq!(&text[m.start..m.end], m.text);
        assert_eq!(m.char_start, text[..m.start].chars().count());
    }
}

//! The TSV loader: never panics; an error names the file and a line of it. A list that loads
//! builds an extractor (its forms normalized, spelling variants made) that extracts the text.

use kashf::{Defaults, ErrorKind, Extractor, Gazetteer};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        let lines = text.lines().count().max(1);
        match Gazetteer::from_tsv("fuzz.tsv", &text) {
            Err(e) => {
                assert_eq!(e.kind(), ErrorKind::Data, "{e}");
                assert_eq!(e.source_name(), Some("fuzz.tsv"), "{e}");
                let line = e.line().expect("a data error has a line");
                assert!((1..=lines).contains(&line), "{e}: {lines} lines");
            }
            Ok(g) if !g.is_empty() => {
                let built = Extractor::builder()
                    .defaults(Defaults::Exclude)
                    .gazetteer(g)
                    .build();
                match built {
                    Ok(ex) => {
                        let doc = ex.extract(&text);
                        for (_, m) in doc.mentions() {
                            assert_eq!(&text[m.start..m.end], m.text);
                        }
                    }
                    Err(e) => panic!("a list that loads must build: {e}"),
                }
            }
            Ok(_) => {}
        }
    });
}

//! The JSONL pattern loader: never panics; an error names the file and a line of it. Patterns
//! that load build an extractor (token patterns compiled with the text's normalization) that
//! extracts the text.

use kashf::{Defaults, ErrorKind, Extractor, Gazetteer};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        let lines = text.split('\n').count();
        match Gazetteer::from_jsonl("fuzz.jsonl", &text) {
            Err(e) => {
                assert_eq!(e.kind(), ErrorKind::Data, "{e}");
                assert_eq!(e.source_name(), Some("fuzz.jsonl"), "{e}");
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
                    // The builder compiles REGEX after the text's normalization: an error
                    // there must name the line too.
                    Err(e) => {
                        assert_eq!(e.kind(), ErrorKind::Data, "{e}");
                        assert!(e.line().is_some_and(|l| (1..=lines).contains(&l)), "{e}");
                    }
                }
            }
            Ok(_) => {}
        }
    });
}

//! The loaders are strict: every bad list is an error that names the file, the line and the
//! reason; and spaCy token patterns (`REGEX`, `IN`, `OP: "?"`) load and match.

mod common;

use common::mentions_of;
use kashf::{Defaults, EntityType, ErrorKind, Extractor, Gazetteer};

const HEADER: &str = "id\ttype\tsubtype\tname\tforms\n";

/// A scratch directory for files, removed at the end of the test.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("kashf-loader-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// `(name, TSV body after the header, line, reason)`: each must fail at that line.
#[test]
fn bad_tsv_lists_name_the_line_and_the_reason() {
    let cases = [
        (
            "two different entries under one id",
            "place:x\tLOCATION\tcity\tX\tاكس\n# comment\nplace:x\tPERSON\t-\tX\tاكسي\n",
            4,
            "id `place:x` already names a different entry at mine.tsv:2 (type LOCATION there, PERSON here)",
        ),
        (
            "one id with another name",
            "place:x\tLOCATION\tcity\tX\tاكس\nplace:x\tLOCATION\tcity\tEx\tاكسي\n",
            3,
            "name `X` there, `Ex` here",
        ),
        (
            "a stop word as a form",
            "place:x\tLOCATION\tcity\tX\tاكس|في\n",
            2,
            "form `في` is a stop word",
        ),
        (
            "a stop word written with marks",
            "place:x\tLOCATION\tcity\tX\tمِنْ\n",
            2,
            "form `مِنْ` is a stop word",
        ),
        (
            "a form of marks only",
            "place:x\tLOCATION\tcity\tX\tاكس|\u{064E}\u{0651}\n",
            2,
            "has no letter or digit",
        ),
        (
            "a form of punctuation only",
            "place:x\tLOCATION\tcity\tX\t...\n",
            2,
            "has no letter or digit",
        ),
        (
            "a form of tatweel only",
            "place:x\tLOCATION\tcity\tX\tـــ\n",
            2,
            "has no letter or digit",
        ),
    ];
    for (name, body, line, reason) in cases {
        let e = Gazetteer::from_tsv("mine.tsv", &format!("{HEADER}{body}")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{name}");
        assert_eq!(e.line(), Some(line), "{name}: {e}");
        assert!(e.message().contains(reason), "{name}: {e}");
        assert!(
            e.to_string().starts_with(&format!("mine.tsv:{line}: ")),
            "{name}: {e}"
        );
    }
}

#[test]
fn rows_that_share_an_id_and_its_fields_are_one_entry() {
    let g = Gazetteer::from_tsv(
        "mine.tsv",
        &format!("{HEADER}place:x\tLOCATION\tcity\tX\tاكس\nplace:x\tLOCATION\tcity\tX\tإكسي\n"),
    )
    .unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(g.entries()[0].forms, ["اكس", "إكسي"]);
    assert_eq!(g.entries()[0].line, Some(2));
}

/// `(name, JSONL, line, reason)`: each must fail at that line.
#[test]
fn bad_jsonl_lists_name_the_line_and_the_reason() {
    let cases = [
        (
            "not JSON",
            "{\"label\": \"ORG\", \"pattern\": \"أوبك\"}\n\n{\"label\": \"ORG\", \"pattern\": }\n",
            3,
            "invalid JSON: expected value (at character 29 of the line)",
        ),
        (
            "not an object",
            "[\"ORG\", \"أوبك\"]\n",
            1,
            "expected a JSON object, found a list",
        ),
        (
            "an unknown label",
            "{\"label\": \"ORGANISATIONS\", \"pattern\": \"أوبك\"}\n",
            1,
            "unknown label `ORGANISATIONS`",
        ),
        (
            "one id with two types",
            "{\"label\": \"ORG\", \"pattern\": \"أوبك\", \"id\": \"x\"}\n{\"label\": \"GPE\", \"pattern\": \"فيينا\", \"id\": \"x\"}\n",
            2,
            "id `x` was given a ORGANIZATION label at p.jsonl:1",
        ),
        (
            "a stop word",
            "{\"label\": \"ORG\", \"pattern\": \"من\"}\n",
            1,
            "form `من` is a stop word",
        ),
        (
            "marks only",
            "{\"label\": \"ORG\", \"pattern\": \"\u{064B}\"}\n",
            1,
            "has no letter or digit",
        ),
        (
            "a bad regex",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"شركة\"}, {\"TEXT\": {\"REGEX\": \"[a-\"}}]}\n",
            1,
            "token 2: invalid REGEX: unclosed character class",
        ),
        (
            "a regex that would escape its anchors",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": {\"REGEX\": \"a)|(b\"}}]}\n",
            1,
            "token 1: invalid REGEX: unopened group",
        ),
        (
            "OP +",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك\"}, {\"TEXT\": \"x\", \"OP\": \"+\"}]}\n",
            1,
            "token 2: `OP` `+` is not supported",
        ),
        (
            "OP *",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك\", \"OP\": \"*\"}]}\n",
            1,
            "`OP` `*` is not supported",
        ),
        (
            "OP !",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك\", \"OP\": \"!\"}]}\n",
            1,
            "`OP` `!` is not supported",
        ),
        (
            "an attribute kashf does not read",
            "{\"label\": \"ORG\", \"pattern\": [{\"POS\": \"NOUN\"}]}\n",
            1,
            "unsupported attribute `POS`",
        ),
        (
            "NOT_IN",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": {\"NOT_IN\": [\"a\"]}}]}\n",
            1,
            "`NOT_IN` is not supported",
        ),
        (
            "a wildcard alone",
            "{\"label\": \"ORG\", \"pattern\": [{}, {\"TEXT\": \"بنك\", \"OP\": \"?\"}]}\n",
            1,
            "would match any word",
        ),
        (
            "a stop word the pattern can match alone",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك\", \"OP\": \"?\"}, {\"TEXT\": {\"IN\": [\"الخليج\", \"في\"]}}]}\n",
            1,
            "token 2: `في` is a stop word",
        ),
        (
            "two words in one token",
            "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك الخليج\", \"OP\": \"?\"}, {\"TEXT\": \"الأول\"}]}\n",
            1,
            "token 1: `بنك الخليج` is not one word",
        ),
        (
            "too many tokens",
            &format!(
                "{{\"label\": \"ORG\", \"pattern\": [{}]}}\n",
                vec!["{\"TEXT\": {\"IN\": [\"ا\"]}}"; 33].join(", ")
            ) as &str,
            1,
            "at most 32 tokens",
        ),
    ];
    for (name, text, line, reason) in cases {
        let e = Gazetteer::from_jsonl("p.jsonl", text).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{name}");
        assert_eq!(e.line(), Some(line), "{name}: {e}");
        assert!(e.message().contains(reason), "{name}: {e}");
        assert!(!e.message().contains("column"), "{name}: {e}");
        assert!(
            e.to_string().starts_with(&format!("p.jsonl:{line}: ")),
            "{name}: {e}"
        );
    }
}

#[test]
fn patterns_that_share_an_id_are_one_entry() {
    let g = Gazetteer::from_jsonl(
        "p.jsonl",
        "{\"label\": \"ORG\", \"pattern\": \"أوبك\", \"id\": \"org:opec\"}\n\
         {\"label\": \"ORGANIZATION\", \"pattern\": [{\"LOWER\": \"منظمة\"}, {\"ORTH\": \"أوبك\"}], \"id\": \"org:opec\"}\n",
    )
    .unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(g.entries()[0].forms, ["أوبك", "منظمة أوبك"]);
}

#[test]
fn spacy_labels_outside_the_three_types_are_misc() {
    for label in ["NORP", "EVENT", "work_of_art", "MISC", "LAW"] {
        let g = Gazetteer::from_jsonl(
            "p.jsonl",
            &format!("{{\"label\": \"{label}\", \"pattern\": \"كأس العالم\"}}\n"),
        )
        .unwrap();
        assert_eq!(g.entries()[0].entity_type, EntityType::Misc, "{label}");
    }
}

#[test]
fn invalid_utf8_names_the_line() {
    let dir = Scratch::new("utf8");
    let mut tsv = format!("{HEADER}place:x\tLOCATION\tcity\tX\tاكس\n").into_bytes();
    tsv.extend_from_slice(b"place:y\tLOCATION\tcity\tY\t\xff\xfe\n");
    let e = Extractor::builder()
        .gazetteer_file(dir.file("bad.tsv", &tsv))
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Data);
    assert_eq!(e.line(), Some(3), "{e}");
    assert!(
        e.message()
            .contains("not valid UTF-8 (byte 25 of the line)"),
        "{e}"
    );

    let jsonl = b"{\"label\": \"ORG\", \"pattern\": \"\xc3\"}\n";
    let e = Extractor::builder()
        .patterns_file(dir.file("bad.jsonl", jsonl))
        .build()
        .unwrap_err();
    assert_eq!(e.line(), Some(1), "{e}");
    assert!(
        e.to_string()
            .ends_with("bad.jsonl:1: not valid UTF-8 (byte 30 of the line)"),
        "{e}"
    );
}

#[test]
fn a_user_entry_with_a_built_in_id_adds_forms_to_the_built_in_entity() {
    let mine = Gazetteer::from_tsv(
        "mine.tsv",
        &format!("{HEADER}country:IR\tLOCATION\tstate\tPersia\tبلاد فارس\n"),
    )
    .unwrap();
    let ex = Extractor::builder().gazetteer(mine).build().unwrap();
    let doc = ex.extract("كتب المؤرخون عن بلاد فارس.");
    let e = doc.entity("country:IR").unwrap();
    // The built-in entry's fields stay.
    assert_eq!(
        (e.name.as_str(), e.subtype.as_deref()),
        ("Iran", Some("country"))
    );
    assert_eq!(e.mentions[0].text, "بلاد فارس");
}

#[test]
fn a_user_entry_with_a_built_in_id_and_another_type_names_both_places() {
    let dir = Scratch::new("override");
    let path = dir.file(
        "mine.tsv",
        format!("{HEADER}country:IR\tPERSON\t-\tIran\tإيران خان\n").as_bytes(),
    );
    let e = Extractor::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(e.line(), Some(2), "{e}");
    assert!(
        e.message()
            .starts_with("id `country:IR` is a LOCATION at gazetteers/countries.tsv:"),
        "{e}"
    );
    assert!(
        e.message()
            .contains(": an entry that reuses an id adds its forms"),
        "{e}"
    );
}

#[test]
fn token_patterns_match_words_of_the_normalized_text() {
    let jsonl = r#"{"label": "ORG", "pattern": [{"TEXT": "بنك"}, {"TEXT": {"REGEX": "[a-z]+"}}], "id": "bank"}
{"label": "GPE", "pattern": [{"TEXT": "ولاية", "OP": "?"}, {"TEXT": {"IN": ["كسلا", "سنار"]}}], "id": "state"}
{"label": "PERSON", "pattern": [{"TEXT": {"REGEX": "أبو"}}, {}, {"TEXT": "الصغير"}], "id": "abu"}
{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "القوات"}}, {"TEXT": "الخاصة", "OP": "?"}], "id": "forces"}
"#;
    let ex = Extractor::builder()
        .defaults(Defaults::Exclude)
        .gazetteer(Gazetteer::from_jsonl("p.jsonl", jsonl).unwrap())
        .build()
        .unwrap();
    let cases: [(&str, &str, &[&str]); 9] = [
        ("a regex word", "افتتح بنك abc فرعا.", &["بنك abc"]),
        (
            "a regex matches the whole word",
            "افتتح بنك abc1 فرعا.",
            &[],
        ),
        (
            "clitics before the first word",
            "وقال وبنك xyz إن.",
            &["بنك xyz"],
        ),
        ("an optional word present", "زار ولاية كسلا.", &["ولاية كسلا"]),
        ("an optional word absent", "زار سنار.", &["سنار"]),
        (
            "a regex is normalized like the text",
            "قال أبو محمد الصغير.",
            &["أبو محمد الصغير"],
        ),
        ("punctuation stops a match", "افتتح بنك، abc فرعا.", &[]),
        (
            "ل + ال written لل",
            "وصلت للقوات الخاصة أوامر.",
            &["لقوات الخاصة"],
        ),
        ("a sentence end stops a match", "زار ولاية. كسلا", &["كسلا"]),
    ];
    for (name, text, expected) in cases {
        let doc = ex.extract(text);
        let found: Vec<&str> = doc
            .mentions()
            .iter()
            .map(|(_, m)| m.text.as_str())
            .collect();
        assert_eq!(found, expected, "{name}");
    }
    let doc = ex.extract("افتتح بنك abc فرعا في ولاية سنار.");
    let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["bank", "state"]);
    assert_eq!(mentions_of(&doc, EntityType::Location), ["ولاية سنار"]);
}

#[test]
fn a_token_pattern_beside_the_defaults_wins_its_span() {
    let jsonl = r#"{"label": "GPE", "pattern": [{"TEXT": {"IN": ["موسكو", "بطرسبورغ"]}}, {"TEXT": "الكبرى", "OP": "?"}], "id": "rus-city"}"#;
    let ex = Extractor::builder()
        .gazetteer(Gazetteer::from_jsonl("p.jsonl", jsonl).unwrap())
        .build()
        .unwrap();
    let doc = ex.extract("وصل الوفد إلى موسكو الكبرى.");
    assert_eq!(doc.entities[0].id, "rus-city");
    assert_eq!(doc.entities[0].mentions[0].text, "موسكو الكبرى");
}

#[test]
fn a_token_pattern_file_loads_through_the_builder() {
    let dir = Scratch::new("patterns");
    let path = dir.file(
        "p.jsonl",
        "{\"label\": \"ORG\", \"pattern\": [{\"TEXT\": \"بنك\"}, {\"TEXT\": {\"REGEX\": \"\\\\d+\"}}]}\n".as_bytes(),
    );
    let ex = Extractor::builder().patterns_file(&path).build().unwrap();
    let doc = ex.extract("افتتح بنك ٤٢ فرعا.");
    let e = &doc.entities[0];
    assert_eq!(e.entity_type, EntityType::Organization);
    assert_eq!(e.mentions[0].text, "بنك ٤٢");
}

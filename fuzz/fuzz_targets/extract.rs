//! extract with random builder options: every span lies on char boundaries of the input, a
//! mention's text is the input's slice, char offsets count chars, relations point at entities.
//!
//! Input: one byte picks the configuration (built once, before the fork server starts), then
//! the text (invalid UTF-8 is replaced).

use kashf::{
    Defaults, Document, EntityRules, Extractor, Gazetteer, Mention, NormalizeOptions, VariantRules,
};

const TSV: &str = "id\ttype\tsubtype\tname\tforms\n\
country:IR\tLOCATION\tcountry\tIran\tبلاد فارس\n\
org:acme\tORGANIZATION\tcompany\tAcme\tشركة أكمي|أكمي\n\
person:x\tPERSON\t-\tSalim Ibrahim\tسليم إبراهيم\n";

const JSONL: &str = r#"{"label": "ORG", "pattern": [{"TEXT": "بنك"}, {"TEXT": {"REGEX": "[a-z0-9]+"}}], "id": "bank"}
{"label": "GPE", "pattern": [{"TEXT": "ولاية", "OP": "?"}, {"LOWER": {"IN": ["كسلا", "سنار", "الخرطوم"]}}], "id": "state"}
{"label": "PERSON", "pattern": [{"TEXT": {"REGEX": "أبو"}}, {}, {"TEXT": "الصغير", "OP": "?"}], "id": "abu"}
{"label": "ORG", "pattern": "منظمة أوبك", "id": "org:opec"}
"#;

fn configurations() -> Vec<Extractor> {
    let user = || {
        let mut b = Extractor::builder();
        b.gazetteer(Gazetteer::from_tsv("fuzz.tsv", TSV).expect("valid list"))
            .gazetteer(Gazetteer::from_jsonl("fuzz.jsonl", JSONL).expect("valid patterns"));
        b
    };
    let mut all = Vec::new();
    let mut add = |b: &mut kashf::ExtractorBuilder| all.push(b.build().expect("builds"));
    add(&mut Extractor::builder());
    add(Extractor::builder().entity_rules(EntityRules::ListsOnly));
    add(Extractor::builder().normalization(NormalizeOptions::all()));
    add(Extractor::builder().normalization(NormalizeOptions::none()));
    add(Extractor::builder().variants(VariantRules::none()));
    add(&mut user());
    add(user()
        .defaults(Defaults::Exclude)
        .entity_rules(EntityRules::ListsOnly));
    let mut odd = NormalizeOptions::default();
    odd.drop_marks = false;
    odd.presentation_forms = false;
    odd.drop_controls = false;
    add(user().normalization(odd));
    all
}

fn mention_ok(text: &str, m: &Mention) {
    assert!(m.start <= m.end && m.end <= text.len(), "{m:?}");
    assert!(
        text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
        "{m:?}"
    );
    assert_eq!(&text[m.start..m.end], m.text);
    assert_eq!(text[..m.start].chars().count(), m.char_start);
    assert_eq!(text[..m.end].chars().count(), m.char_end);
}

fn document_ok(text: &str, doc: &Document) {
    for e in &doc.entities {
        for m in &e.mentions {
            mention_ok(text, m);
            assert!(!m.text.is_empty(), "an empty mention of {}", e.id);
        }
    }
    for r in doc.relations.iter().chain(&doc.implied_relations) {
        assert!(r.head < doc.entities.len() && r.tail < doc.entities.len());
        for ev in &r.evidence {
            mention_ok(text, &ev.trigger);
            let s = ev.sentence;
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.start <= ev.trigger.start && ev.trigger.end <= s.end);
        }
    }
    let json = doc.to_json();
    assert!(json.starts_with('{'));
}

fn main() {
    let extractors = configurations();
    afl::fuzz!(|data: &[u8]| {
        let Some((&pick, rest)) = data.split_first() else {
            return;
        };
        let ex = &extractors[pick as usize % extractors.len()];
        let text = String::from_utf8_lossy(rest);
        document_ok(&text, &ex.extract(&text));
    });
}

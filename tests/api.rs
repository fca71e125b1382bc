//! The public API: thread safety, errors that name file, line and reason, user lists, and
//! `extract` being total on any input.

use kashf::{Defaults, Document, EntityType, Error, ErrorKind, Extractor, Gazetteer};
use proptest::prelude::*;

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Extractor>();
    check::<Document>();
    check::<Error>();
    check::<Gazetteer>();
}

const HEADER: &str = "id\ttype\tsubtype\tname\tforms\n";

#[test]
fn bad_lines_name_file_line_and_reason() {
    let cases = [
        (
            "no header",
            "x\tPERSON\t-\tX\tس\n",
            1,
            "expected the header",
        ),
        (
            "missing field",
            &format!("{HEADER}# a comment\nx\tPERSON\t-\tX\n") as &str,
            3,
            "expected 5 tab-separated fields, found 4",
        ),
        (
            "bad type",
            &format!("{HEADER}x\tPEOPLE\t-\tX\tس\n"),
            2,
            "unknown type `PEOPLE`",
        ),
        (
            "empty form",
            &format!("{HEADER}x\tPERSON\t-\tX\tس||ص\n"),
            2,
            "empty form",
        ),
        (
            "empty id",
            &format!("{HEADER}\tPERSON\t-\tX\tس\n"),
            2,
            "empty id",
        ),
    ];
    for (name, text, line, reason) in cases {
        let e = Gazetteer::from_tsv("lists/mine.tsv", text).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{name}");
        assert_eq!(e.source_name(), Some("lists/mine.tsv"), "{name}");
        assert_eq!(e.line(), Some(line), "{name}");
        assert!(e.message().contains(reason), "{name}: {e}");
        assert!(
            e.to_string()
                .starts_with(&format!("lists/mine.tsv:{line}: ")),
            "{name}: {e}"
        );
    }
}

#[test]
fn a_missing_file_fails_in_build_not_in_extract() {
    let e = Extractor::builder()
        .gazetteer_file("/nonexistent/kashf/list.tsv")
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    assert!(
        e.to_string().starts_with("/nonexistent/kashf/list.tsv: "),
        "{e}"
    );
}

#[test]
fn a_user_file_goes_through_the_same_loader() {
    let dir = std::env::temp_dir().join(format!("kashf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("places.tsv");
    std::fs::write(
        &path,
        format!("# my places\n{HEADER}place:xanadu\tLOCATION\tcity\tXanadu\tزانادو|شانادو\n"),
    )
    .unwrap();
    let ex = Extractor::builder()
        .defaults(Defaults::Exclude)
        .gazetteer_file(&path)
        .build()
        .unwrap();
    assert_eq!(ex.entries().len(), 1);
    let doc = ex.extract("سافر إلى شانادو وبزانادو.");
    let e = doc.entity("place:xanadu").unwrap();
    let texts: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["شانادو", "زانادو"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_embedded_defaults_build() {
    let ex = Extractor::builder().build().unwrap();
    assert!(ex.entries().len() > 1000);
    let ids: std::collections::HashSet<&str> = ex.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), ex.entries().len(), "entry ids are unique");
}

#[test]
fn json_follows_the_schema() {
    let text = "زار الرئيس الروسي فلاديمير بوتين طهران.";
    let doc = Extractor::shared().extract(text);
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    let ents = v["entities"].as_array().unwrap();
    let putin = ents
        .iter()
        .find(|e| e["id"] == "person:vladimir-putin")
        .unwrap();
    assert_eq!(putin["type"], "PERSON");
    let m = &putin["mentions"][0];
    assert_eq!(m["text"], "فلاديمير بوتين");
    assert_eq!(
        m["char_start"],
        text[..m["start"].as_u64().unwrap() as usize]
            .chars()
            .count()
    );
    let r = &v["relations"][0];
    assert_eq!(r["type"], "VISITS");
    assert_eq!(
        ents[r["head"].as_u64().unwrap() as usize]["id"],
        "person:vladimir-putin"
    );
    assert!(r["evidence"][0]["sentence"]["end"].as_u64().is_some());
}

#[test]
fn diacritics_and_odd_characters_keep_offsets_exact() {
    let text = "وَصَلَ الرَّئِيسُ فلاديميـر بوتيـن إلى\u{200F} طَهْرَانَ.";
    let doc = Extractor::shared().extract(text);
    let got: Vec<&str> = doc
        .mentions()
        .iter()
        .map(|(_, m)| m.text.as_str())
        .collect();
    assert_eq!(got, ["فلاديميـر بوتيـن", "طَهْرَانَ"]);
}

#[test]
fn escaped_web_text_reads_as_what_it_escapes_with_offsets_into_the_original() {
    // &quot; around a paper's name after صحيفة: the quoted name is the organization (left
    // escaped, the references themselves had been read as names), and its mention is the
    // caller's bytes.
    let text = "وقالت صحيفة &quot;المرصد الجديد&quot; إن الاجتماع تأجل&#8230;";
    let doc = Extractor::shared().extract(text);
    let got: Vec<(&str, EntityType)> = doc
        .mentions()
        .iter()
        .map(|(e, m)| (&text[m.start..m.end], e.entity_type))
        .collect();
    assert_eq!(got, [("المرصد الجديد", EntityType::Organization)]);
}

fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "روسيا",
        "وروسيا",
        "لـ\"",
        "\"",
        "للقوات",
        "المسلحة",
        "الإيرانية",
        "اللواء",
        "محمد",
        "باقري",
        "مع",
        "التقى",
        "بين",
        "و",
        "إيران",
        "الروسي",
        "وزير",
        "الدفاع",
        "«",
        "»",
        "،",
        ".",
        "\n",
        " ",
        " ",
        " ",
        "\u{064E}",
        "\u{0640}",
        "\u{200F}",
        "\u{FEFB}",
        "ﷺ",
        "AFP",
        "é",
        "😀",
        "١٢",
        "توقيع",
        "يعتزم",
        "إلى",
        "موسكو",
        "شراء",
        "من",
        "هيئة",
        "الأركان",
        "&quot;",
        "&#8221;",
        "&amp;",
        "(",
        ")",
        "؛",
        "معهد",
        "الأمين",
        "العام",
        "حماس",
        "شكري",
        "التقى",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    for e in &doc.entities {
        for m in &e.mentions {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            prop_assert_eq!(m.char_start, text[..m.start].chars().count());
            prop_assert_eq!(m.char_end, text[..m.end].chars().count());
        }
    }
    let named = |i: usize| !doc.entities[i].mentions.is_empty();
    for r in &doc.relations {
        prop_assert!(
            named(r.head) && named(r.tail),
            "relations name both arguments"
        );
    }
    for r in &doc.implied_relations {
        prop_assert!(
            !named(r.head) || !named(r.tail),
            "an implied relation has one unnamed"
        );
    }
    for r in doc.relations.iter().chain(&doc.implied_relations) {
        prop_assert!(r.head < doc.entities.len() && r.tail < doc.entities.len());
        prop_assert!(r.head != r.tail);
        for ev in &r.evidence {
            prop_assert!(
                text.is_char_boundary(ev.sentence.start) && text.is_char_boundary(ev.sentence.end)
            );
            prop_assert!(
                ev.sentence.start <= ev.trigger.start && ev.trigger.end <= ev.sentence.end,
                "the trigger lies in its sentence"
            );
            prop_assert_eq!(
                &text[ev.trigger.start..ev.trigger.end],
                ev.trigger.text.as_str()
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn extract_is_total_on_news_like_text(s in newsish()) {
        let doc = Extractor::shared().extract(&s);
        check_document(&s, &doc)?;
    }

    #[test]
    fn extract_is_total_on_any_string(s in any::<String>()) {
        let doc = Extractor::shared().extract(&s);
        check_document(&s, &doc)?;
    }
}

//! Clitic-aware matching: the mention excludes proclitics, and a word that is a name or a
//! plain word by itself is never split. Sentences written for these tests. The extractors
//! built here leave the tagger out: these are the matcher's cases.

use kashf::{Defaults, EntityType, Extractor, Gazetteer, TaggerSource};

/// `(name, text, expected mention texts with their type, in order)`.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, EntityType)]);

fn mentions(ex: &Extractor, text: &str) -> Vec<(String, EntityType)> {
    ex.extract(text)
        .mentions()
        .into_iter()
        .map(|(e, m)| {
            assert_eq!(&text[m.start..m.end], m.text, "text is the original slice");
            (m.text.clone(), e.entity_type)
        })
        .collect()
}

fn run(ex: &Extractor, cases: &[Case<'_>]) {
    for (name, text, expected) in cases {
        let got = mentions(ex, text);
        let want: Vec<(String, EntityType)> = expected
            .iter()
            .map(|(t, ty)| (t.to_string(), *ty))
            .collect();
        assert_eq!(got, want, "case {name}: {text}");
    }
}

use EntityType::{Location as LOC, Organization as ORG};

#[test]
fn proclitics_are_outside_the_mention() {
    let ex = Extractor::shared();
    run(
        ex,
        &[
            (
                "wa + name",
                "تبادلت الصين وروسيا الرسائل.",
                &[("الصين", LOC), ("روسيا", LOC)],
            ),
            ("bi + name", "عقد الاجتماع بموسكو أمس.", &[("موسكو", LOC)]),
            (
                "wa + al-name",
                "وقعت باكستان والصين اتفاقا.",
                &[("باكستان", LOC), ("الصين", LOC)],
            ),
            (
                "li + elided article",
                "وجه الوزير الشكر للقوات المسلحة المصرية.",
                &[("لقوات المسلحة المصرية", ORG)],
            ),
            (
                "li + tatweel + quote",
                "وقال مسؤول لـ\"سبوتنيك\" إن المحادثات انتهت.",
                &[("سبوتنيك", ORG)],
            ),
            (
                "wa + bi + name",
                "ورحب وببغداد عقد المؤتمر.",
                &[("بغداد", LOC)],
            ),
            ("li + al-name elided", "سافر الوفد للصين.", &[("لصين", LOC)]),
            ("fa + name", "فسوريا تنتظر الحل.", &[("سوريا", LOC)]),
        ],
    );
}

#[test]
fn whole_words_are_never_split() {
    // Entries that a wrong split would reach: لال (after ب), بنان (after ل), بانيا (after ال),
    // ليد (after و), لسطين (after ف).
    let extra = "id\ttype\tsubtype\tname\tforms\n\
        test:lal\tLOCATION\tcity\tLal\tلال\n\
        test:banan\tLOCATION\tcity\tBanan\tبنان\n\
        test:baniya\tLOCATION\tcity\tBaniya\tبانيا\n\
        test:lid\tLOCATION\tcity\tLid\tليد\n\
        test:lastin\tLOCATION\tcity\tLastin\tلسطين\n";
    let ex = Extractor::builder()
        .gazetteer(Gazetteer::from_tsv("extra.tsv", extra).unwrap())
        .tagger(TaggerSource::Off)
        .build()
        .unwrap();
    let got = mentions(
        &ex,
        "التقى بلال ووليد في لبنان قبل سفرهما إلى ألبانيا وفلسطين.",
    );
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["لبنان", "ألبانيا", "فلسطين"], "{got:?}");
    // And with the article written as البانيا.
    let got = mentions(&ex, "زار البانيا");
    assert_eq!(got, vec![("البانيا".to_string(), LOC)]);
}

#[test]
fn an_article_is_not_stripped_from_a_name_without_one() {
    // مصر with an article is not مصر; a name list never gains the article as a clitic.
    let only = Gazetteer::from_tsv(
        "t.tsv",
        "id\ttype\tsubtype\tname\tforms\ntest:mashhad\tLOCATION\tcity\tMashhad\tمشهد\n",
    )
    .unwrap();
    let ex = Extractor::builder()
        .tagger(TaggerSource::Off)
        .defaults(Defaults::Exclude)
        .gazetteer(only)
        .build()
        .unwrap();
    assert!(mentions(&ex, "كان المشهد مؤثرا.").is_empty());
    assert_eq!(
        mentions(&ex, "وصل إلى مشهد."),
        vec![("مشهد".to_string(), LOC)]
    );
    assert_eq!(mentions(&ex, "وصل لمشهد."), vec![("مشهد".to_string(), LOC)]);
}

#[test]
fn a_longer_match_that_fails_the_boundary_does_not_hide_a_shorter_one() {
    let list = "id\ttype\tsubtype\tname\tforms\n\
        test:a\tLOCATION\tcity\tNahr\tنهر\n\
        test:b\tLOCATION\tregion\tNahr Abbas\tنهر عباسي\n";
    let ex = Extractor::builder()
        .tagger(TaggerSource::Off)
        .defaults(Defaults::Exclude)
        .gazetteer(Gazetteer::from_tsv("t.tsv", list).unwrap())
        .build()
        .unwrap();
    // "نهر عباسية" is not "نهر عباسي" (the longer form fails the right boundary), but نهر is.
    assert_eq!(
        mentions(&ex, "عبرنا نهر عباسية"),
        vec![("نهر".to_string(), LOC)]
    );
}

#[test]
fn spelling_variants_never_make_an_everyday_word() {
    // A resort town whose name, with its و dropped, is the everyday plural "countries"; the
    // variant rule drops a long vowel in both of these transliterated names.
    let list = Gazetteer::from_tsv(
        "mine.tsv",
        "id\ttype\tsubtype\tname\tforms\n\
         city:bloudan\tLOCATION\tcity\tBloudan\tبلودان\n\
         person:gerasimov\tPERSON\t-\tValery Gerasimov\tغيراسيموف\n",
    )
    .unwrap();
    let ex = Extractor::builder()
        .defaults(Defaults::Exclude)
        .tagger(TaggerSource::Off)
        .gazetteer(list)
        .build()
        .unwrap();
    let ids = |text: &str| -> Vec<String> {
        ex.extract(text)
            .entities
            .into_iter()
            .map(|e| e.id)
            .collect()
    };
    assert_eq!(ids("وصل الوفد إلى بلودان"), ["city:bloudan"]);
    assert!(ids("وزار الوفد بلدان المنطقة").is_empty());
    // A variant no corpus word takes stays: غيراسموف.
    assert_eq!(ids("والتقى غيراسموف الوفد"), ["person:gerasimov"]);
}

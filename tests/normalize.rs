//! The normalizer: one table per rule, the offset map, and properties over random text.

use kashf::normalize::{normalize, NormalizeOptions};
use kashf::Span;
use proptest::prelude::*;

/// `(name, options, input, expected)`.
fn check(cases: &[(&str, NormalizeOptions, &str, &str)]) {
    for (name, o, input, expected) in cases {
        assert_eq!(normalize(input, o).text(), *expected, "case {name}");
    }
}

fn only(f: impl Fn(&mut NormalizeOptions)) -> NormalizeOptions {
    let mut o = NormalizeOptions::none();
    f(&mut o);
    o
}

#[test]
fn rule_drop_marks() {
    let o = only(|o| o.drop_marks = true);
    check(&[
        ("fatha damma kasra", o.clone(), "كَتَبُوا", "كتبوا"),
        ("tanween", o.clone(), "شكراً جزيلاً", "شكرا جزيلا"),
        ("shadda and sukun", o.clone(), "محمّدْ", "محمد"),
        ("dagger alef", o.clone(), "هٰذا", "هذا"),
        ("quranic marks", o.clone(), "قال\u{06D6}", "قال"),
        ("honorific sign", o.clone(), "محمد\u{0610}", "محمد"),
        ("off: kept", NormalizeOptions::none(), "كَتَب", "كَتَب"),
    ]);
}

#[test]
fn rule_drop_tatweel() {
    check(&[
        (
            "inside a word",
            only(|o| o.drop_tatweel = true),
            "جـــميل",
            "جميل",
        ),
        (
            "after a clitic",
            only(|o| o.drop_tatweel = true),
            "لـ\"تاس\"",
            "ل\"تاس\"",
        ),
        ("off", NormalizeOptions::none(), "جـميل", "جـميل"),
    ]);
}

#[test]
fn rule_unify_alef() {
    let o = only(|o| o.unify_alef = true);
    check(&[
        ("hamza above", o.clone(), "أحمد", "احمد"),
        ("hamza below", o.clone(), "إيران", "ايران"),
        ("madda", o.clone(), "آسيا", "اسيا"),
        ("wasla", o.clone(), "ٱلقدس", "القدس"),
    ]);
}

#[test]
fn rule_ya_and_teh_marbuta() {
    check(&[
        (
            "alef maksura",
            only(|o| o.alef_maksura_to_ya = true),
            "موسى",
            "موسي",
        ),
        (
            "teh marbuta",
            only(|o| o.teh_marbuta_to_heh = true),
            "القاهرة",
            "القاهره",
        ),
    ]);
}

#[test]
fn rule_hamza_carriers_off_by_default() {
    check(&[
        (
            "default keeps ؤ ئ",
            NormalizeOptions::default(),
            "مسؤول رئيس",
            "مسؤول رئيس",
        ),
        (
            "on",
            only(|o| o.hamza_carriers = true),
            "مسؤول رئيس",
            "مسوول رييس",
        ),
    ]);
}

#[test]
fn rule_persian_letters() {
    let o = only(|o| o.persian_letters = true);
    check(&[
        ("keheh and farsi yeh", o.clone(), "کرمانی", "كرماني"),
        ("peh tcheh jeh gaf", o.clone(), "پچژگ", "بجزك"),
        ("veh", o.clone(), "ڤلاديمير", "فلاديمير"),
        ("heh forms", o.clone(), "ہھۀ", "ههه"),
    ]);
}

#[test]
fn rule_presentation_forms() {
    let o = only(|o| o.presentation_forms = true);
    check(&[
        ("lam-alef ligature", o.clone(), "\u{FEFB}", "لا"),
        (
            "lam-alef with hamza keeps the hamza",
            o.clone(),
            "\u{FEF7}",
            "لأ",
        ),
        (
            "isolated letters",
            o.clone(),
            "\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}",
            "سلام",
        ),
        ("ligature word", o.clone(), "\u{FDF2}", "الله"),
        (
            "with alef rule",
            NormalizeOptions::default(),
            "\u{FEF7}",
            "لا",
        ),
    ]);
}

#[test]
fn rule_controls_digits_spaces() {
    check(&[
        (
            "zero-width and bidi",
            only(|o| o.drop_controls = true),
            "ا\u{200F}ب\u{200C}ج\u{202B}د\u{2066}ه\u{061C}و\u{FEFF}",
            "ابجدهو",
        ),
        (
            "soft hyphen and word joiner",
            only(|o| o.drop_controls = true),
            "مو\u{00AD}سك\u{2060}و",
            "موسكو",
        ),
        (
            "zero-width space separates words",
            only(|o| o.drop_controls = true),
            "زار\u{200B}موسكو",
            "زار موسكو",
        ),
        (
            "isolated shadda form is no space",
            only(|o| o.presentation_forms = true),
            "مح\u{FE7C}مد",
            "مح\u{0651}مد",
        ),
        (
            "arabic-indic digits",
            only(|o| o.ascii_digits = true),
            "٢٠٢١",
            "2021",
        ),
        (
            "eastern arabic digits",
            only(|o| o.ascii_digits = true),
            "۱۴۰۰",
            "1400",
        ),
        (
            "no-break spaces",
            only(|o| o.plain_spaces = true),
            "ا\u{00A0}ب\u{202F}ج",
            "ا ب ج",
        ),
    ]);
}

#[test]
fn latin_text_passes_through() {
    check(&[(
        "latin",
        NormalizeOptions::default(),
        "AFP - Reuters 2021.",
        "AFP - Reuters 2021.",
    )]);
}

#[test]
fn rule_html_entities() {
    let o = only(|o| o.html_entities = true);
    check(&[
        (
            "escaped quotes",
            o.clone(),
            "قال &quot;سبوتنيك&quot; إن",
            "قال \"سبوتنيك\" إن",
        ),
        (
            "numeric",
            o.clone(),
            "&#8220;تاس&#x201D;",
            "\u{201C}تاس\u{201D}",
        ),
        (
            "an Arabic letter by number, a mark dropped after it",
            NormalizeOptions::default(),
            "&#1605;&#1614;صر",
            "مصر",
        ),
        (
            "ampersands, letters, dots and unknown names stay",
            o.clone(),
            "A&amp;B &#65; &#46; &copy; &quot &",
            "A&amp;B &#65; &#46; &copy; &quot &",
        ),
    ]);
}

#[test]
fn offsets_map_back_through_html_entities() {
    let text = "وكالة &quot;سبوتنيك&quot; الروسية";
    let n = normalize(text, &NormalizeOptions::default());
    assert_eq!(n.text(), "وكاله \"سبوتنيك\" الروسيه");
    let q = n.text().find('"').unwrap();
    let orig = n.to_original(Span::new(q, q + 1));
    assert_eq!(&text[orig.start..orig.end], "&quot;");
    let start = q + 1;
    let orig = n.to_original(Span::new(start, start + "سبوتنيك".len()));
    assert_eq!(&text[orig.start..orig.end], "سبوتنيك");
}

#[test]
fn offsets_map_back_with_trailing_marks() {
    let text = "زارَ مُوسْكُوَّ أمس";
    let n = normalize(text, &NormalizeOptions::default());
    assert_eq!(n.text(), "زار موسكو امس");
    let start = n.text().find("موسكو").unwrap();
    let orig = n.to_original(Span::new(start, start + "موسكو".len()));
    // The marks on the last letter belong to the span.
    assert_eq!(&text[orig.start..orig.end], "مُوسْكُوَّ");
}

#[test]
fn offsets_map_back_through_ligatures() {
    let text = "ب\u{FEFB}د";
    let n = normalize(text, &NormalizeOptions::default());
    assert_eq!(n.text(), "بلاد");
    // Half of the ligature maps to the whole ligature.
    let orig = n.to_original(Span::new(2, 4));
    assert_eq!(&text[orig.start..orig.end], "\u{FEFB}");
    let all = n.to_original(Span::new(0, n.text().len()));
    assert_eq!(all, Span::new(0, text.len()));
}

#[test]
fn empty_and_out_of_range_spans() {
    let n = normalize("سلام", &NormalizeOptions::default());
    assert_eq!(n.to_original(Span::new(2, 2)), Span::new(2, 2));
    assert_eq!(n.to_original(Span::new(100, 200)), Span::new(8, 8));
    let e = normalize("", &NormalizeOptions::default());
    assert_eq!(e.to_original(Span::new(0, 0)), Span::new(0, 0));
}

fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ى", "ي", "ئ", "ؤ", "ء", "ل", "م", "ن", "و", "ه",
        "ک", "ی", "ڤ", "گ", "\u{064B}", "\u{064E}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{0610}",
        "\u{06D6}", "\u{0640}", "\u{FEFB}", "\u{FEF7}", "\u{FDF2}", "\u{FDFA}", "\u{FE70}",
        "\u{FB8A}", "\u{200F}", "\u{202B}", "\u{FEFF}", "٣", "۴", "\u{00A0}", " ", "،", "«", "»",
        "\"", ".", "؟", "\n", "a", "Z", "7", "é", "\u{0301}", "😀", "ß", "&quot;", "&#8221;",
        "&#x64B;", "&amp;", "&#38;", "&#59;", "&", ";", "#", "quot",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = NormalizeOptions> {
    prop::collection::vec(any::<bool>(), 12).prop_map(|b| {
        let mut o = NormalizeOptions::none();
        o.drop_marks = b[0];
        o.drop_tatweel = b[1];
        o.unify_alef = b[2];
        o.alef_maksura_to_ya = b[3];
        o.teh_marbuta_to_heh = b[4];
        o.hamza_carriers = b[5];
        o.persian_letters = b[6];
        o.presentation_forms = b[7];
        o.drop_controls = b[8];
        o.ascii_digits = b[9];
        o.plain_spaces = b[10];
        o.html_entities = b[11];
        o
    })
}

proptest! {
    #[test]
    fn idempotent(s in arabicish(), o in options()) {
        let once = normalize(&s, &o);
        let twice = normalize(once.text(), &o);
        prop_assert_eq!(once.text(), twice.text());
    }

    #[test]
    fn idempotent_on_any_string(s in any::<String>()) {
        let o = NormalizeOptions::default();
        let once = normalize(&s, &o);
        let twice = normalize(once.text(), &o);
        prop_assert_eq!(once.text(), twice.text());
    }

    #[test]
    fn map_is_monotone_and_on_char_boundaries(s in arabicish(), o in options()) {
        let n = normalize(&s, &o);
        let t = n.text();
        let mut prev = Span::new(0, 0);
        for (i, c) in t.char_indices() {
            let m = n.to_original(Span::new(i, i + c.len_utf8()));
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            prop_assert!(m.start < m.end, "a kept char maps to a non-empty span");
            prop_assert!(m.start >= prev.start && m.end >= prev.end, "monotone");
            prev = m;
        }
    }

    #[test]
    fn every_span_maps_onto_char_boundaries(s in any::<String>(), a in 0usize..200, b in 0usize..200) {
        let n = normalize(&s, &NormalizeOptions::default());
        let m = n.to_original(Span::new(a.min(b), a.max(b)));
        prop_assert!(m.start <= m.end && m.end <= s.len());
        prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
    }
}

#[test]
fn a_reference_the_pass_itself_spells_is_read_in_the_same_pass() {
    // A mark, or another reference to one, inside a reference, and digits the pass maps to
    // ASCII: what the pass writes would be a reference, so it is read now, and normalizing
    // the output again changes nothing.
    let o = NormalizeOptions::default();
    for s in [
        "&\u{064B}quot;",
        "&&#x64B;quot;",
        "&#\u{0663}\u{0664};",
        "&qu\u{0640}ot;",
    ] {
        let once = normalize(s, &o);
        assert_eq!(once.text(), "\"", "{s:?}");
        assert_eq!(normalize(once.text(), &o).text(), once.text(), "{s:?}");
        assert_eq!(
            once.to_original(Span::new(0, 1)),
            Span::new(0, s.len()),
            "{s:?}"
        );
    }
    // A bare & with nothing of a reference after it stays.
    assert_eq!(normalize("&\u{064B}ب", &o).text(), "&ب");
}

//! The trained tagger beside the lists and rules: the merge policy case by case, the
//! real-news error classes it must not keep, and the model file's guards. Sentences written
//! for these tests.

mod common;

use common::{assert_persons, mentions_of, people as people_of};
use kashf::tagger::TaggerModel;
use kashf::{Document, EntityType, ErrorKind, Extractor, TaggerSource};

fn entities(doc: &Document) -> Vec<(&str, &str, EntityType)> {
    doc.mentions()
        .into_iter()
        .map(|(e, m)| {
            (
                m.text.as_str(),
                m.rule.as_deref().unwrap_or(""),
                e.entity_type,
            )
        })
        .collect()
}

/// Each person mention's entity id and text, in text order.
fn people(doc: &Document) -> Vec<(&str, &str)> {
    doc.mentions()
        .into_iter()
        .filter(|(e, _)| e.entity_type == EntityType::Person)
        .map(|(e, m)| (e.id.as_str(), m.text.as_str()))
        .collect()
}

fn without_tagger() -> Extractor {
    Extractor::builder()
        .tagger(TaggerSource::Off)
        .build()
        .unwrap()
}

#[test]
fn the_default_extractor_runs_the_tagger_and_it_switches_off() {
    assert!(Extractor::shared().has_tagger());
    assert!(!without_tagger().has_tagger());
}

#[test]
fn merge_a_list_name_the_tagger_agrees_with_keeps_its_id() {
    let doc =
        Extractor::shared().extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة مساء الاثنين.");
    let lavrov = doc.entity("person:sergei-lavrov").expect("the list's id");
    assert_eq!(lavrov.mentions[0].rule.as_deref(), Some("list+tagger"));
}

#[test]
fn merge_a_name_only_the_tagger_finds_gets_a_generated_id() {
    let text = "وصرح كوستاس بابادوبولوس للصحفيين بأن المفاوضات طويلة.";
    assert!(mentions_of(&without_tagger().extract(text), EntityType::Person).is_empty());
    let doc = Extractor::shared().extract(text);
    let e = doc
        .entity("PERSON:كوستاس بابادوبولوس")
        .expect("a tagged person");
    assert_eq!(e.mentions[0].rule.as_deref(), Some("tagger"));
}

#[test]
fn merge_a_rule_person_over_part_of_a_tagged_name_yields_to_it() {
    // The title rule reads two words; the second is a verb.
    let text = "وقال الفنان اندرسون سكنت القاهرة منذ سنوات.";
    assert_eq!(
        mentions_of(&without_tagger().extract(text), EntityType::Person),
        ["اندرسون سكنت"]
    );
    assert_eq!(
        mentions_of(&Extractor::shared().extract(text), EntityType::Person),
        ["اندرسون"]
    );
}

#[test]
fn no_person_mention_opens_with_a_title() {
    let titles = [
        "المهندس",
        "الدكتور",
        "الشيخ",
        "الأمير",
        "الرئيس",
        "الأستاذ",
        "اللواء",
        "الفنان",
        "الملك",
        "البابا",
        "الرقيب",
        "العريف",
        "طيار",
        "ركن",
    ];
    for text in [
        "وقال المهندس نبيل عمرو بالأمس إن المشروع تأخر.",
        // Lists that write a title into a person's form (الملك سلمان) keep it out too.
        "وأصدر خادم الحرمين الشريفين الملك سلمان أمرا ملكيا أمس.",
        "وزار البابا فرنسيس العاصمة العراقية.",
        "وأكد الدكتور سامي الحربي أن النتائج مشجعة.",
        "واستقبل الشيخ حمد بن عيسى الوفد في المنامة.",
        "وحضر الحفل الأستاذ عادل الشمري والفنان راشد الماجد.",
        // Ranks, and the qualifiers of a rank (طيار, ركن).
        "وقال الرقيب سامر الحربي إن الوضع هادئ.",
        "وحضر الحفل العميد طيار ركن يوسف الحربي والعريف خالد المطيري.",
    ] {
        let doc = Extractor::shared().extract(text);
        for m in mentions_of(&doc, EntityType::Person) {
            assert!(!titles.iter().any(|t| m.starts_with(t)), "{text}: {m}");
        }
    }
}

#[test]
fn no_person_mention_ends_inside_a_title_that_runs_on_after_it() {
    for text in [
        "واستقبل الشيخ خالد بن حمد آل خليفة ولي عهد البحرين وفدا من رجال الأعمال.",
        "وزار الأمير فيصل بن سعود بن مشعل ولي عهد المملكة المعرض أمس.",
        "والتقى عادل الصباح رئيس الوزراء بالوفد الزائر في الكويت.",
    ] {
        for extractor in [Extractor::shared(), &without_tagger()] {
            let doc = extractor.extract(text);
            for m in mentions_of(&doc, EntityType::Person) {
                assert!(!m.ends_with(" ولي") && !m.ends_with(" رئيس"), "{text}: {m}");
            }
        }
    }
}

#[test]
fn merge_a_rule_person_the_tagger_rejects_is_dropped() {
    let text = "وأكد المحلل ساعات العمل طويلة في الصيف.";
    assert_eq!(
        mentions_of(&without_tagger().extract(text), EntityType::Person),
        ["ساعات العمل"]
    );
    assert!(mentions_of(&Extractor::shared().extract(text), EntityType::Person).is_empty());
}

#[test]
fn merge_a_title_or_role_before_a_given_name_and_a_word_stands_without_the_tagger() {
    // ربيع ("spring") is an everyday word; after a role, a title and the given name أسامة
    // it is the surname, whether or not the tagger sees a name there.
    let doc = Extractor::shared().extract("والتقى رئيس الهيئة الفريق أسامة ربيع، بمبنى الإرشاد.");
    assert_eq!(mentions_of(&doc, EntityType::Person), ["أسامة ربيع"]);
}

#[test]
fn merge_a_rule_person_the_tagger_agrees_with_says_so() {
    let doc = Extractor::shared().extract("وتحدث الرئيس ماهر الجبوري عن الاقتصاد.");
    assert_eq!(
        entities(&doc),
        [("ماهر الجبوري", "person.title+tagger", EntityType::Person)]
    );
}

#[test]
fn merge_a_curated_list_name_the_tagger_rejects_stays() {
    // A generic head with its nationality adjective: kashf's contract calls it an
    // organization, though a tagger trained on ANERcorp learned not to tag it.
    let doc = Extractor::shared().extract("وأعلنت وزارة الداخلية الأردنية إغلاق المعبر.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["وزارة الداخلية الأردنية"]
    );
}

#[test]
fn a_longer_nasab_chain_is_not_the_shorter_list_form_inside_it() {
    // سلمان بن عبد العزيز (King Salman) lies inside the chain; the chain is his son's name.
    let doc = Extractor::shared()
        .extract("استقبل ولي العهد الأمير محمد بن سلمان بن عبد العزيز وفدا من رجال الأعمال.");
    let ids: Vec<&str> = people_of(&doc).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["person:mohammed-bin-salman"]);
    assert_eq!(
        mentions_of(&doc, EntityType::Person),
        ["محمد بن سلمان بن عبد العزيز"]
    );
}

#[test]
fn a_chain_that_goes_on_with_another_surname_is_another_person() {
    // عمر بن عبد العزيز is a caliph in the lists; with a family name after it, an engineer.
    let text = "وأوضح المهندس عمر بن عبدالعزيز الحميدان أن المشروع سينتهي قبل الصيف. \
                وأضاف الحميدان أن العمل يسير وفق الخطة.";
    let doc = Extractor::shared().extract(text);
    let people = people_of(&doc);
    assert_eq!(people.len(), 1, "{people:?}");
    assert!(!people[0].id.starts_with("person:"), "{}", people[0].id);
    let mentions: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["عمر بن عبدالعزيز الحميدان", "الحميدان"]);
}

#[test]
fn a_list_form_with_a_title_gives_the_name_after_it_with_the_entry_id() {
    let doc =
        Extractor::shared().extract("وأصدر خادم الحرمين الشريفين الملك سلمان أمرا ملكيا أمس.");
    assert_eq!(people(&doc), [("person:king-salman", "سلمان")]);
}

#[test]
fn a_chain_keeps_its_list_id_with_the_family_and_sheds_what_follows_the_name() {
    for (text, id, mention) in [
        (
            "واستقبل الملك عبدالله بن عبدالعزيز آل سعود وفدا من رجال الأعمال.",
            "person:king-abdullah-saudi",
            "عبدالله بن عبدالعزيز آل سعود",
        ),
        (
            "الأمير سعود بن نايف يتفقد مشاريع الطرق في المنطقة الشرقية.",
            "person:saud-bin-nayef",
            "سعود بن نايف",
        ),
        (
            "وحضر الأمير محمد بن نايف ولي العهد حفل التخرج في الرياض.",
            "person:muhammad-bin-nayef",
            "محمد بن نايف",
        ),
    ] {
        let doc = Extractor::shared().extract(text);
        assert_eq!(people(&doc), [(id, mention)], "{text}");
    }
}

#[test]
fn a_facility_named_after_a_person_is_not_a_person() {
    for ex in [Extractor::shared(), &without_tagger()] {
        let doc = ex.extract("وهبطت الطائرة في مطار الملك فهد الدولي بعد رحلة طويلة.");
        assert!(mentions_of(&doc, EntityType::Person).is_empty(), "{doc:?}");
        assert_eq!(
            mentions_of(&doc, EntityType::Location),
            ["مطار الملك فهد الدولي"]
        );
    }
}

#[test]
fn a_quoted_newspaper_after_its_cue_word_is_not_the_region() {
    let doc = Extractor::shared().extract("وقالت صحيفة «الشرق الأوسط» إن الاجتماع تأجل.");
    assert_eq!(mentions_of(&doc, EntityType::Organization), ["الشرق الأوسط"]);
    assert!(mentions_of(&doc, EntityType::Location).is_empty());
}

#[test]
fn a_quoted_publication_keeps_its_id_with_or_without_its_cue_word() {
    for text in [
        "وقالت صحيفة «الشرق الأوسط» إن الاجتماع تأجل.",
        "وقال مسؤول لـ«الشرق الأوسط» إن الاجتماع تأجل.",
        "وقال مسؤول لـ»الشرق الأوسط» إن الاجتماع تأجل.",
    ] {
        let doc = Extractor::shared().extract(text);
        let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["org:asharq-al-awsat"], "{text}");
    }
    // A closing guillemet opens a name only when it closes it too (»X»), and a mark on
    // another line closes none.
    for text in [
        "ذكرت «عكاظ» الشرق الأوسط «تقرير» جديد.",
        "وقال مسؤول لـ«الشرق الأوسط\n» إن الاجتماع تأجل.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.entities.iter().all(|e| e.id != "org:asharq-al-awsat"),
            "{text}: {doc:?}"
        );
    }
}

#[test]
fn phrases_after_a_role_word_and_honorifics_are_not_names() {
    for text in [
        "وقال الكاتب ارسل رسالة إلى الوزارة أمس.",
        "وأشار التقرير إلى أن صاحب السمو تسلم الرسالة.",
        "وقال شيخ قبيلة كبيرة إن الأمطار غزيرة.",
        "وبلغت قيمة الصفقة مليار ريال.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            mentions_of(&doc, EntityType::Person).is_empty(),
            "{text}: {doc:?}"
        );
    }
}

#[test]
fn a_descriptor_with_an_adjective_or_an_everyday_word_is_no_name() {
    for text in [
        "وحسب ما نشرته صحيفة فرنسية فإن الفريق وصل إلى المدينة.",
        "وخرجت مظاهرات في عشرين مدينة يونانية أمس.",
        // A descriptor with everyday words after it is a description, not a name.
        "وصنفت الحكومة الجماعة منظمة إرهابية الأسبوع الماضي.",
        "وأسس مع زملائه حزب سياسي جديد.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(doc.mentions().is_empty(), "{text}: {:?}", doc.mentions());
    }
}

#[test]
fn a_place_or_organization_of_everyday_words_alone_is_no_name() {
    // وسط ("middle") is frequent in the model's cluster corpus and in no list: the tagger's
    // place of that word alone goes, the listed place after it stays.
    let doc =
        Extractor::shared().extract("وتقود القوات في شمال ووسط سيناء عمليات مكثفة منذ أسابيع.");
    let texts: Vec<&str> = doc
        .mentions()
        .iter()
        .map(|(_, m)| m.text.as_str())
        .collect();
    assert_eq!(texts, ["سيناء"], "{:?}", doc.mentions());
}

#[test]
fn a_word_written_with_a_tanween_is_no_part_of_a_name() {
    // The accusative after a name (a circumstance: مبتسماً, حزيناً; an object: أمرًا) is
    // written with a tanween; the tagger, which sees the text without it, ran names on into it.
    assert_persons(&[
        ("وقال مصطفى مبتسماً إن الأمر بسيط.", &["مصطفى"][..]),
        ("ووصل الدكتور محمد مسرعاً إلى المستشفى.", &["محمد"][..]),
        (
            "وأصدر الملك سلمان بن عبدالعزيز آل سعود أمرًا ملكيًا بتعيين الوزير.",
            &["سلمان بن عبدالعزيز آل سعود"][..],
        ),
        (
            "وأبلغ الرئيس الصيني شي جين بينغ ضباطًا كبارًا أن على الجيش الاستعداد.",
            &["شي جين بينغ"][..],
        ),
        // Adverbs alone are no name at all.
        (
            "وأكد التزام الدولة بمعاملة الشهيد السعودي ماديًا ومعنويًا.",
            &[][..],
        ),
    ]);
}

#[test]
fn a_name_written_in_arabic_ends_before_a_word_in_latin_letters() {
    // The name again in Latin letters is no part of it; a regnal number is.
    assert_persons(&[
        (
            "وقال وزير الخارجية الأسبق ديفيد أوين Owen إن الاتفاق هش.",
            &["ديفيد أوين"][..],
        ),
        ("وزار الملك جورج V المدينة عام 1911.", &["جورج V"][..]),
    ]);
}

#[test]
fn a_tribe_is_no_person_and_the_person_after_it_is_apart() {
    let doc = Extractor::shared()
        .extract("وأكد شيخ قبيلة بني عامر الشيخ سعد بن عبدالله الحارثي أن الاحتفال ناجح.");
    assert_eq!(mentions_of(&doc, EntityType::Organization), ["بني عامر"]);
    assert!(mentions_of(&doc, EntityType::Person).contains(&"سعد بن عبدالله الحارثي"));
    let doc = Extractor::shared().extract("وأقيم الحفل في محافظة بني حسن أمس.");
    assert_eq!(mentions_of(&doc, EntityType::Location), ["بني حسن"]);
    assert!(mentions_of(&doc, EntityType::Person).is_empty());
}

#[test]
fn a_product_line_is_no_person_or_company() {
    for text in [
        "وكشفت سامسونج عن هاتف غالاكسي الجديد، فيما تراجعت مبيعات آيفون.",
        "ويعمل الجهاز بنظام ويندوز فون ويتصل بجهاز إكس بوكس ون.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            mentions_of(&doc, EntityType::Person).is_empty(),
            "{text}: {:?}",
            doc.mentions()
        );
        let misc = mentions_of(&doc, EntityType::Misc);
        assert_eq!(misc.len(), 2, "{text}: {misc:?}");
    }
}

#[test]
fn a_tagged_name_crosses_no_punctuation_and_no_conjunction() {
    let doc = Extractor::shared().extract("التقى بلال ووليد في لبنان.");
    assert_eq!(mentions_of(&doc, EntityType::Person), ["بلال", "وليد"]);
    let doc = Extractor::shared().extract("<script>alert('x')</script> عمان");
    for (e, m) in doc.mentions() {
        assert!(!m.text.contains(['<', '>', '(', '\'']), "{e:?}");
    }
}

#[test]
fn the_embedded_model_is_current_and_carries_its_passport() {
    let model = TaggerModel::embedded().expect("trained with the features this code computes");
    let passport: serde_json::Value = serde_json::from_str(model.passport()).unwrap();
    for field in ["licence", "corpora", "split", "feature_groups", "command"] {
        assert!(passport.get(field).is_some(), "{field}: {passport}");
    }
    assert!(passport["licence"]
        .as_str()
        .unwrap()
        .contains("CC BY-SA 4.0"));
}

#[test]
fn a_model_with_another_fingerprint_or_truncated_is_refused() {
    let bytes = TaggerModel::embedded().unwrap().to_bytes();
    // The fingerprint follows the eight magic bytes.
    let mut stale = bytes.clone();
    stale[8] ^= 0xff;
    let err = TaggerModel::from_bytes("stale.kmodel", &stale).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert!(err.to_string().starts_with("stale.kmodel"), "{err}");
    assert!(err.message().contains("other feature code"), "{err}");
    for cut in [0, 7, 30, bytes.len() / 2, bytes.len() - 1] {
        let err = TaggerModel::from_bytes("cut.kmodel", &bytes[..cut]).unwrap_err();
        assert!(
            err.message().contains("not a kashf tagger model"),
            "{cut}: {err}"
        );
    }
    let err = Extractor::builder()
        .tagger(TaggerSource::File("no/such.kmodel".into()))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
}

#[test]
fn a_model_round_trips_through_its_file() {
    let model = TaggerModel::embedded().unwrap();
    let again = TaggerModel::from_bytes("again", &model.to_bytes()).unwrap();
    assert_eq!(again.to_bytes(), model.to_bytes());
    assert_eq!(again.features(), model.features());
}

#[test]
fn a_text_without_sentence_marks_is_tagged_to_its_end() {
    // About 4,000 words and no punctuation: one sentence, decoded in pieces. The names near the
    // end are found as the names near the start are.
    let unit = "وقال الباحث سامر الخطيب إن المشروع يبدأ في الربيع ";
    let text = unit.repeat(500);
    let tagger_only = Extractor::builder()
        .entity_rules(kashf::EntityRules::TaggerOnly)
        .build()
        .unwrap();
    let doc = tagger_only.extract(&text);
    let third = text.len() / 3;
    let tagged_in = |from: usize, to: usize| {
        doc.mentions()
            .into_iter()
            .filter(|(_, m)| m.start >= from && m.end <= to && m.text == "سامر الخطيب")
            .count()
    };
    let (first, last) = (tagged_in(0, third), tagged_in(2 * third, text.len()));
    assert!(first > 100, "names in the first third: {first}");
    assert!(last + 2 >= first, "first third {first}, last third {last}");
    for (_, m) in doc.mentions() {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

#[test]
fn a_nationality_adjective_alone_is_no_name() {
    // The tagger reads an adjective after a quoted company as a name of its own; the
    // contract reads it as the company's nationality.
    assert_no_mention(
        &[
            "من المقرر أن توقع شركة «هيونداي» الكورية الجنوبية ومجموعة «الفلاح القابضة» عقدا لبناء ميناء.",
            "من المنتظر أن توقع شركة «تويوتا» اليابانية ومجموعة «الريم للاستثمار» اتفاقا جديدا.",
            "وأعلنت شركة «سيمنس» الألمانية عن مصنع جديد في الدمام.",
        ],
        |m| ["الكورية", "الجنوبية", "اليابانية", "الألمانية"].contains(&m),
    );
    // سورية is both Syria and the feminine adjective: a name, also for the tagger alone.
    let tagger_only = Extractor::builder()
        .entity_rules(kashf::EntityRules::TaggerOnly)
        .build()
        .unwrap();
    for ex in [Extractor::shared(), &tagger_only] {
        let doc = ex.extract("وصل المبعوث الأممي إلى سورية أمس قادما من عمان.");
        assert!(
            mentions_of(&doc, EntityType::Location).contains(&"سورية"),
            "{doc:?}"
        );
    }
}

#[test]
fn a_tagged_person_does_not_close_with_a_prepositional_phrase() {
    // للصحفيين is ل + the article: "to the journalists", not a surname.
    let doc =
        Extractor::shared().extract("وقال الدبلوماسي مارتن غريفيث للصحفيين إن المحادثات ستستمر.");
    for (e, m) in doc.mentions() {
        assert!(!m.text.contains("للصحفيين"), "{e:?}");
    }
}

#[test]
fn cue_words_alone_are_no_name() {
    assert_no_mention(
        &[
            "وأعلنت شركة «نور للاستثمار» أنها اشترت من بنك «الشمال» حصة في الشركة.",
            "وقال رئيس منظمة «أطباء الخير» إن الوضع صعب.",
            "وتخرج من جامعة الملك عبد العزيز ثم عمل في مستشفى الرياض.",
        ],
        |m| ["بنك", "منظمة", "جامعة", "مستشفى", "شركة"].contains(&m),
    );
}

#[test]
fn numbers_are_no_name() {
    assert_no_mention(
        &[
            "وسجل المهاجم ناصر الشمري ( 60 ) وعادل هرماش ( 75 ) هدفي الفوز.",
            "وتأسست الشركة عام 1985 في جدة، ويعمل فيها 24 موظفا.",
        ],
        |m| m.chars().all(char::is_numeric),
    );
}

/// No mention of the default extractor on any of `texts` has a text that `bad` accepts.
fn assert_no_mention(texts: &[&str], bad: impl Fn(&str) -> bool) {
    for text in texts {
        let doc = Extractor::shared().extract(text);
        for (e, m) in doc.mentions() {
            assert!(!bad(&m.text), "{text}: {} in {e:?}", m.text);
        }
    }
}

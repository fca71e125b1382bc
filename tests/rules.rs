//! The rule layer: every relation pattern's own example and counter-example (from
//! gazetteers/relation_patterns.tsv), and the entity rules on sentences written for these
//! tests.

mod common;

use common::{assert_persons, mentions_of, people};
use kashf::{Document, EntityType, Extractor, Modality, RelationType};

/// The relations of `doc`, those implied by a nationality adjective included.
fn relation_ids(doc: &Document) -> Vec<(RelationType, String, String)> {
    doc.relations
        .iter()
        .chain(&doc.implied_relations)
        .map(|r| {
            (
                r.relation_type,
                doc.entities[r.head].id.clone(),
                doc.entities[r.tail].id.clone(),
            )
        })
        .collect()
}

/// The rows of `gazetteers/relation_patterns.tsv`: id, type, example, expected, counter.
fn pattern_rows() -> Vec<[String; 6]> {
    let tsv = include_str!("../gazetteers/relation_patterns.tsv");
    let mut rows = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = rows.next().unwrap().split('\t').collect();
    assert_eq!(
        header,
        ["id", "type", "pattern", "example", "expected", "counter"]
    );
    rows.map(|row| {
        let f: Vec<&str> = row.split('\t').collect();
        assert_eq!(f.len(), 6, "{row}");
        std::array::from_fn(|i| f[i].to_string())
    })
    .collect()
}

/// The relations of `doc` (implied ones included) with the rules of their evidence and their
/// modality.
fn relations_with_rules(
    doc: &Document,
) -> Vec<(RelationType, String, String, Vec<String>, Modality)> {
    doc.relations
        .iter()
        .chain(&doc.implied_relations)
        .map(|r| {
            (
                r.relation_type,
                doc.entities[r.head].id.clone(),
                doc.entities[r.tail].id.clone(),
                r.evidence.iter().map(|e| e.rule.clone()).collect(),
                r.modality,
            )
        })
        .collect()
}

#[test]
fn every_relation_pattern_finds_its_example() {
    let mut failures = Vec::new();
    let rows = pattern_rows();
    for [id, ty, _, example, expected, _] in &rows {
        let mut ty = RelationType::parse(ty).unwrap();
        let (head, rest) = expected
            .split_once(" > ")
            .expect("expected is `head > tail`");
        let mut words = rest.split_whitespace();
        let tail = words.next().unwrap();
        let modality = match words.next().unwrap_or("done") {
            "planned" => Modality::Planned,
            "negated" => Modality::Negated,
            _ => Modality::Done,
        };
        if ty == RelationType::SignsAgreement && modality == Modality::Planned {
            ty = RelationType::PlansAgreement;
        }
        let doc = Extractor::shared().extract(example);
        let rels = relations_with_rules(&doc);
        let found = rels.iter().any(|(t, h, tl, rules, m)| {
            *t == ty
                && ((h == head && tl == tail) || (ty.is_symmetric() && h == tail && tl == head))
                && rules.iter().any(|r| r == id)
                && *m == modality
        });
        if !found {
            failures.push(format!(
                "{id}: {example}\n    want {ty:?} {head} > {tail} ({modality:?}) by {id}, got {rels:?}"
            ));
        }
    }
    assert!(rows.len() >= 40, "the pattern file has its examples");
    assert!(
        failures.is_empty(),
        "pattern examples that fail ({} of {}):\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn no_relation_pattern_fires_on_its_counter_example() {
    let mut failures = Vec::new();
    for [id, _, _, _, _, counter] in &pattern_rows() {
        let doc = Extractor::shared().extract(counter);
        let rels = relations_with_rules(&doc);
        if rels
            .iter()
            .any(|(_, _, _, rules, _)| rules.iter().any(|r| r == id))
        {
            failures.push(format!("{id}: {counter}\n    got {rels:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "patterns that fire on their counter-example:\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_title_introduces_an_unknown_name() {
    let doc = Extractor::shared().extract("وقال العميد كمال زهراني، الخميس، إن القوات جاهزة.");
    assert_eq!(mentions_of(&doc, EntityType::Person), ["كمال زهراني"]);
}

#[test]
fn a_role_phrase_with_a_nationality_gives_a_name_and_an_affiliation() {
    let doc = Extractor::shared().extract("واستقبل وزير الدفاع الأردني يوسف حنيطي الوفد.");
    assert_eq!(mentions_of(&doc, EntityType::Person), ["يوسف حنيطي"]);
    let rels = relation_ids(&doc);
    assert!(
        rels.iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "country:JO"),
        "{rels:?}"
    );
}

#[test]
fn rare_words_after_a_role_and_a_nationality_are_a_foreign_name() {
    assert_persons(&[
        (
            "التقى وزير الخارجية الفنلندي يوها لاهتينن نظيره الإستوني في تالين.",
            &["يوها لاهتينن"],
        ),
        (
            "وقال وزير المالية الهولندي يروين ديسلبلوم إن الاتفاق قريب.",
            &["يروين ديسلبلوم"],
        ),
        // A role phrase that ends in an organization's name counts as one with a nisba.
        (
            "وأوضح رئيس مجلس إدارة سامسونغ لي جاي يونغ أن المصنع الجديد سيفتتح قريبا.",
            &["لي جاي يونغ"],
        ),
        // But a headline's verb after it opens no name.
        ("رئيس جامعة الملك سعود يدشن معرض الكتاب السنوي", &[]),
        // A preposition on an everyday word is no word of a name.
        (
            "وقال وزير الخارجية الفنلندي بسياسة واضحة إن بلاده مستعدة.",
            &[],
        ),
    ]);
}

#[test]
fn a_name_before_a_role_starts_after_the_verb_before_it() {
    assert_persons(&[(
        "وصرح مهدي جواد رضائي مندوب إيران لدى الأمم المتحدة بأن بلاده ترفض القرار.",
        &["مهدي جواد رضائي"],
    )]);
}

#[test]
fn a_title_and_the_words_before_it_are_no_part_of_a_name() {
    assert_persons(&[
        (
            "وُلد الكيميائي الروسي دميتري مندلييف في سيبيريا.",
            &["دميتري مندلييف"],
        ),
        (
            "وأسس عالم الفيزياء الهندي فيكرام سارابهاي معهدا للبحوث.",
            &["فيكرام سارابهاي"],
        ),
    ]);
}

#[test]
fn the_field_of_an_office_is_not_whose_office_it_is() {
    // لشؤون names the office's field: the envoy is American, not African or Syrian.
    for (text, field) in [
        (
            "وقال مساعد وزير الخارجية الأمريكي لشؤون أفريقيا سامي نادر إن الوضع صعب.",
            "region:africa",
        ),
        (
            "وصرح المبعوث الأمريكي الخاص لشؤون سوريا جيمس جيفري للصحفيين أمس.",
            "country:SY",
        ),
    ] {
        let doc = Extractor::shared().extract(text);
        let rels = relation_ids(&doc);
        assert!(
            rels.iter()
                .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "country:US"),
            "{text}: {rels:?}"
        );
        assert!(
            !rels.iter().any(|(_, _, tail)| tail == field),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn an_office_held_for_a_party_or_stated_after_a_pronoun_is_an_affiliation() {
    let affiliated = |text: &str| {
        relation_ids(&Extractor::shared().extract(text))
            .into_iter()
            .any(|(t, _, tail)| t == RelationType::AffiliatedWith && tail == "org:wafd-party")
    };
    // عن after the office's word says whom it serves; وهو/وهي opens an apposition.
    for text in [
        "وقالت النائبة عن حزب الوفد سميرة الخطيب إن الحكومة تأخرت.",
        "وقالت سميرة الخطيب، النائبة عن حزب الوفد، إن الحكومة تأخرت.",
        "وقالت سميرة الخطيب، وهي نائبة عن حزب الوفد، إن الحكومة تأخرت.",
        "وقال خالد منصور وهو عضو في حزب الوفد إن الانتخابات ستجرى في موعدها.",
        // A nationality may stand between the office and عن.
        "وقال النائب المصري عن حزب الوفد خالد منصور إن الانتخابات ستجرى في موعدها.",
    ] {
        assert!(affiliated(text), "{text}");
    }
    // عن far from the office's word is about something.
    let text = "وقال خالد منصور رئيس اللجنة في تصريح عن حزب الوفد إن الانتخابات ستجرى.";
    assert!(!affiliated(text), "{text}");
}

#[test]
fn an_office_taken_in_the_accusative_is_an_affiliation() {
    // Appointed, elected or sworn in "as" the office (سفيرا لمصر, رئيسا للاتحاد): the
    // accusative role word opens a role phrase like the nominative one.
    for (text, person, body) in [
        (
            "وقررت الحكومة تعيين سامح شكري سفيرا لمصر لدى الولايات المتحدة.",
            "person:sameh-shoukry",
            "country:EG",
        ),
        (
            "وانتخبت الجمعية العمومية الشيخ سلمان بن إبراهيم آل خليفة رئيسا للاتحاد الآسيوي لكرة القدم.",
            "person:salman-bin-ibrahim",
            "org:afc",
        ),
        (
            "وأدى يوسف الشاهد أمس اليمين الدستورية رئيسا لحكومة تونس.",
            "person:youssef-chahed",
            "country:TN",
        ),
    ] {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            rels.iter().any(|(t, head, tail)| *t == RelationType::AffiliatedWith
                && head == person
                && tail == body),
            "{text}: {rels:?}"
        );
    }
    // Sworn in before an office holder: no office of the one who swears.
    let text = "وأدى يوسف الشاهد اليمين الدستورية أمام رئيس حكومة تونس السابق.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        !rels
            .iter()
            .any(|(_, head, _)| head == "person:youssef-chahed"),
        "{text}: {rels:?}"
    );
}

#[test]
fn an_aside_set_off_by_commas_is_passed_and_a_coordinated_office_is_someone_else_s() {
    // Where a gap allows commas, an aside between two of them that names no person or
    // organization (، لدى وصوله إلى القاهرة،) is passed whole.
    let text = "وأجرى وزير الخارجية الأردني أيمن الصفدي، لدى وصوله إلى القاهرة، مباحثات مع نظيره المصري سامح شكري.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        rels.iter().any(|(t, h, tail)| *t == RelationType::Meets
            && h == "person:ayman-safadi"
            && tail == "person:sameh-shoukry"),
        "{text}: {rels:?}"
    );
    // An office with و in front is another member of a list, not the name's before it.
    let text = "وحضر اللقاء وزير الخارجية أيمن الصفدي، والقائم بأعمال السفارة الإندونيسية في عمان.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        !rels
            .iter()
            .any(|(_, h, tail)| h == "person:ayman-safadi" && tail == "country:ID"),
        "{text}: {rels:?}"
    );
}

#[test]
fn coordinated_portfolios_and_a_state_office_in_a_country_name_whose_office_it_is() {
    for (text, person, body) in [
        // Two portfolios joined by و, then the nationality.
        (
            "وقال وزير البترول والثروة المعدنية المصري كريم بدوي إن الإنتاج ارتفع.",
            "person:karim-badawi",
            "country:EG",
        ),
        // An office of state "in" a country is that country's.
        (
            "وقال وزير الداخلية في الأردن مازن الفراية إن الحدود آمنة.",
            "person:mazen-al-farrayeh",
            "country:JO",
        ),
        // So is an office of a state's own body there (its council, its government).
        (
            "وأكد رئيس المجلس الانتقالي في الأردن مازن الفراية أن الحدود آمنة.",
            "person:mazen-al-farrayeh",
            "country:JO",
        ),
    ] {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            rels.iter()
                .any(|(t, h, tail)| *t == RelationType::AffiliatedWith
                    && h == person
                    && tail == body),
            "{text}: {rels:?}"
        );
    }
    // A body's office in a country is where it is (a representative is located there), not
    // the country's.
    let text = "وقال ممثل منظمة الصحة العالمية في الأردن مازن الفراية إن الوضع مستقر.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        !rels
            .iter()
            .any(|(t, h, tail)| *t == RelationType::AffiliatedWith
                && h == "person:mazen-al-farrayeh"
                && tail == "country:JO"),
        "{text}: {rels:?}"
    );
}

#[test]
fn a_ruler_of_a_place_is_affiliated_with_it() {
    for (text, place) in [
        (
            "واستقبل أمير منطقة جازان الأمير محمد بن ناصر الوفد.",
            "region:jazan-region",
        ),
        (
            "وأكد رئيس جمهورية الشيشان رمضان قديروف دعمه.",
            "region:chechnya",
        ),
        ("وافتتح محافظ جدة الأمير مشعل بن ماجد المعرض.", "city:jeddah"),
    ] {
        let doc = Extractor::shared().extract(text);
        let rels = relation_ids(&doc);
        assert!(
            rels.iter()
                .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == place),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn a_name_s_second_half_a_word_of_prayer_an_everyday_word_or_a_month_as_a_time_is_no_surname() {
    let surnames = |text: &str| -> Vec<String> {
        Extractor::shared()
            .extract(text)
            .mentions()
            .into_iter()
            .filter(|(_, m)| m.rule.as_deref() == Some("coref.surname"))
            .map(|(_, m)| m.text.clone())
            .collect()
    };
    // الله closes نصر الله, and the text writes it everywhere else.
    let text = "وقال حسن نصر الله في خطاب إن الله مع الصابرين وإن المقاومة باقية.";
    assert!(surnames(text).is_empty(), "{text}: {:?}", surnames(text));
    // The word after بن is the father's name, not the son's surname.
    let text =
        "وقال المهندس خالد بن مساعد إن الشركة ستفتتح فرعا، وأضاف أن مساعد المدير سيتولى الملف.";
    assert!(surnames(text).is_empty(), "{text}: {:?}", surnames(text));
    // After بن the surname is بن and its word; right after another name it goes on that name.
    let text = "وقال المهندس سامر بن دلموك إن المشروع سيكتمل، وأكد بن دلموك أن العمل مستمر.";
    assert_eq!(surnames(text), ["بن دلموك"], "{text}");
    // An everyday word that closes a name no list holds is that word elsewhere.
    let text = "وقال المخرج جاسم بارز إن العمل انتهى، وأكد أن للممثلين دور بارز في نجاح الفيلم.";
    assert!(surnames(text).is_empty(), "{text}: {:?}", surnames(text));
    // A month next to a time word is a time; alone after the full name it is the person.
    let text =
        "وأكد الوزير سامي رمضان أن المشروع سيكتمل خلال شهر رمضان المقبل، وقال رمضان إن العمل مستمر.";
    assert_eq!(surnames(text), ["رمضان"], "{text}");
}

#[test]
fn a_surname_joins_the_earlier_full_name() {
    let doc = Extractor::shared()
        .extract("وصل العقيد مراد زيتوني إلى عمان. وقال زيتوني للصحفيين إن الزيارة ناجحة.");
    let people = people(&doc);
    assert_eq!(people.len(), 1, "{people:?}");
    let texts: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["مراد زيتوني", "زيتوني"]);
}

#[test]
fn a_club_named_in_full_is_its_short_name_after_that() {
    // الهلال alone is the crescent; after نادي الهلال السعودي in the same article, the club.
    let doc = Extractor::shared().extract(
        "وقع نادي الهلال السعودي عقدا مع مدرب جديد. وقال رئيس الهلال فهد العتيبي إن الفريق جاهز للموسم.",
    );
    // Each mention with the rule that found it, without whether the tagger agreed (`+tagger`).
    let club: Vec<(&str, Option<&str>)> = doc
        .mentions()
        .into_iter()
        .filter(|(e, _)| e.id == "org:al-hilal")
        .map(|(_, m)| {
            (
                m.text.as_str(),
                m.rule.as_deref().map(|r| r.trim_end_matches("+tagger")),
            )
        })
        .collect();
    assert_eq!(
        club,
        [
            // The adjective that tells the club from its namesakes is no part of its name.
            ("الهلال", Some("list")),
            // The tagger's organization of that name, or the bare word, is the club.
            ("الهلال", Some("coref.short-name"))
        ]
    );
    assert!(relation_ids(&doc).contains(&(
        RelationType::AffiliatedWith,
        "PERSON:فهد العتيبي".into(),
        "org:al-hilal".into()
    )));
    // Alone in a text, the word is no club.
    let alone = Extractor::shared().extract("وشوهد الهلال في سماء المدينة مساء أمس.");
    assert!(alone.entities.is_empty(), "{:?}", alone.entities);
}

#[test]
fn a_surname_in_a_headline_joins_the_full_name_after_it() {
    // A headline names the person by surname; the body gives the full name.
    let doc = Extractor::shared().extract(
        "جليلي يدعو إلى الحوار\nقال الأمين السابق للمجلس سعيد جليلي اليوم إن الحوار ضروري.",
    );
    let people = people(&doc);
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].id, "person:saeed-jalili");
    let texts: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["جليلي", "سعيد جليلي"]);
    assert_eq!(people[0].mentions[0].rule.as_deref(), Some("coref.surname"));
}

#[test]
fn a_generic_head_with_an_agreeing_adjective_is_an_organization() {
    let doc =
        Extractor::shared().extract("أعلنت وزارة الدفاع التركية والجيش الباكستاني بدء المناورات.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["وزارة الدفاع التركية", "الجيش الباكستاني"]
    );
    // A masculine adjective does not agree with a feminine head: it belongs to something else.
    let doc = Extractor::shared().extract("قال رئيس وزارة الدفاع العراقي إن الخطة جاهزة.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["وزارة الدفاع"]
    );
}

#[test]
fn a_body_s_head_adjectives_and_genitive_name_a_body_no_list_holds() {
    let doc = Extractor::shared().extract(
        "وأعلن الجهاز القومي لتنظيم الاتصالات والهيئة العامة للمنافذ البرية والبحرية عن خطة مشتركة.",
    );
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        [
            "الجهاز القومي لتنظيم الاتصالات",
            "الهيئة العامة للمنافذ البرية والبحرية"
        ]
    );
    // An adjective of function describes a part of a body: no name.
    let doc = Extractor::shared().extract("وقال الجهاز الفني للمنتخب إن اللاعبين جاهزون.");
    assert!(mentions_of(&doc, EntityType::Organization).is_empty());
    // A head and adjective a list holds is the listed name; the ل after it says what for.
    let doc = Extractor::shared().extract("ويسعى الاتحاد الأوروبي للتوصل إلى اتفاق مع الصين.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["الاتحاد الأوروبي"]
    );
}

#[test]
fn a_place_s_own_body_is_an_organization_with_the_place_inside() {
    let orgs = organizations(
        "وأعلنت بلدية بيروت وغرفة جدة وشرطة منطقة القصيم عن حملة مشتركة، وأكدت شرطة دبي مشاركتها.",
    );
    let texts: Vec<&str> = orgs.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        ["بلدية بيروت", "غرفة جدة", "شرطة منطقة القصيم", "شرطة دبي"]
    );
    // A listed body keeps its id.
    assert_eq!(orgs[3].0, "org:dubai-police");
    // Only in the construct: the police with the article, and then a place, are two things.
    let doc = Extractor::shared().extract("وقالت الشرطة في جدة إنها أوقفت المتهم.");
    assert!(mentions_of(&doc, EntityType::Organization).is_empty());
    assert_eq!(mentions_of(&doc, EntityType::Location), ["جدة"]);
}

#[test]
fn a_ministry_with_two_portfolios_is_one_organization() {
    // The portfolio after و belongs to the ministry's name; the adjective after it too.
    let orgs = organizations(
        "وأعلنت وزارة الصحة والسكان المصرية ووزارة الشؤون البلدية والقروية خطة مشتركة.",
    );
    assert_eq!(
        orgs,
        [
            (
                "org-head:ministry-health:country:EG".to_string(),
                "وزارة الصحة والسكان المصرية".to_string()
            ),
            (
                "org-head:ministry-municipal-affairs".to_string(),
                "وزارة الشؤون البلدية والقروية".to_string()
            ),
        ]
    );
}

/// The organizations the default extractor finds in `text`: (id, mention text) each.
fn organizations(text: &str) -> Vec<(String, String)> {
    let doc = Extractor::shared().extract(text);
    doc.mentions()
        .into_iter()
        .filter(|(e, _)| e.entity_type == EntityType::Organization)
        .map(|(e, m)| (e.id.clone(), m.text.clone()))
        .collect()
}

#[test]
fn a_nationality_adjective_after_an_organization_s_own_name_is_not_part_of_it() {
    // A club's list form holds the adjective to tell it from the word; the mention does not.
    assert_eq!(
        organizations("تعاقد نادي ليل الفرنسي مع مدرب جديد لموسمين."),
        [("club:lille".to_string(), "ليل".to_string())]
    );
    // A company's list form with the adjective is the company's own name.
    assert_eq!(
        organizations("أعلنت زين السعودية عن ارتفاع أرباحها في الربع الأخير."),
        [("org:zain".to_string(), "زين السعودية".to_string())]
    );
    // After a generic head the adjective is part of the name.
    let doc = Extractor::shared().extract("وأعلنت اللجنة الأولمبية الدولية موعد الاجتماع المقبل.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["اللجنة الأولمبية الدولية"]
    );
}

#[test]
fn a_city_in_a_results_table_or_next_to_a_score_is_its_club() {
    let id_of = |text: &str, name: &str| -> Option<String> {
        let doc = Extractor::shared().extract(text);
        doc.mentions()
            .into_iter()
            .find(|(_, m)| m.text == name)
            .map(|(e, _)| e.id.clone())
    };
    // Its country in brackets, then a score or points; a score right after it or before it.
    for text in [
        "نتائج الجولة: سلتيك ( اسكتلندا ) - بورتو ( البرتغال ) 0 - 2 .",
        "ترتيب المجموعة: 1- بورتو (البرتغال): 7 نقاط 2- سلتيك (اسكتلندا): 4 نقاط",
        "وتغلب بورتو 3-1 على ضيفه في مباراة مثيرة.",
        "وانتهى اللقاء 1 - 1 بورتو في المركز الثاني.",
    ] {
        assert_eq!(
            id_of(text, "بورتو").as_deref(),
            Some("club:fc-porto"),
            "{text}"
        );
    }
    // A city with its country in brackets, in a dateline or after في, stays the city.
    for text in [
        "بورتو (البرتغال) - رويترز: ارتفعت درجات الحرارة أمس.",
        "افتتحت الشركة مكتبا في بورتو (البرتغال): 3 مكاتب في أوروبا.",
        "وزار الوفد مدينة بورتو (البرتغال) أمس.",
    ] {
        assert_eq!(
            id_of(text, "بورتو").as_deref(),
            Some("city:porto"),
            "{text}"
        );
    }
}

#[test]
fn a_place_after_the_club_word_is_a_club() {
    // A club the lists know by its short name keeps its id; another is the place's name.
    assert_eq!(
        organizations("وتوصل نادي ليفربول الإنجليزي إلى اتفاق مع المدافع."),
        [("org:liverpool-fc".to_string(), "ليفربول".to_string())]
    );
    assert_eq!(
        organizations("وتعاقد نادي القطيف مع مدرب جديد لموسمين."),
        [("ORGANIZATION:القطيف".to_string(), "القطيف".to_string())]
    );
    // A place's name after the club word is the club named after it, under a generated id
    // (الخليج, the Gulf), not a listed club of that one word (الخليج السعودي).
    assert_eq!(
        organizations("وتعاقد نادي الخليج مع مدرب جديد لموسمين."),
        [("ORGANIZATION:الخليج".to_string(), "الخليج".to_string())]
    );
    // A club's one word that two clubs share with their adjectives (الفيصلي: Saudi and
    // Jordanian) is an organization after the club word.
    assert_eq!(
        organizations("وتعاقد نادي الفيصلي مع مدرب جديد لموسمين."),
        [("ORGANIZATION:الفيصلي".to_string(), "الفيصلي".to_string())]
    );
    // One that two clubs share (النصر: Saudi, Emirati, Omani) is an organization all the
    // same, under a generated id; not after an office (قائد الشرطة) or as a nominal
    // (مدرب النادي).
    assert_eq!(
        organizations("وأعلن نادي النصر تعاقده مع مدافع جديد، وقال مدرب النصر إن الصفقة مهمة."),
        [
            ("ORGANIZATION:النصر".to_string(), "النصر".to_string()),
            ("ORGANIZATION:النصر".to_string(), "النصر".to_string())
        ]
    );
    assert!(organizations("وقال قائد الشرطة المحلية إن الحادث وقع فجرا.").is_empty());
    assert!(organizations("وطالب مدرب النادي الجماهير بالصبر.").is_empty());
    // A field after the place makes the whole phrase the name.
    assert_eq!(
        organizations("وأقام نادي جدة الأدبي أمسية شعرية أمس."),
        [(
            "ORGANIZATION:نادي جده الادبي".to_string(),
            "نادي جدة الأدبي".to_string()
        )]
    );
    // A country's team stays the country.
    assert!(organizations("وفاز منتخب مصر على ضيفه.").is_empty());
}

#[test]
fn a_bare_head_refers_back_to_the_organization_it_heads() {
    let doc = Extractor::shared()
        .extract("أصدرت وزارة الخارجية المصرية بيانا. وأضافت وزارة الخارجية أن الوفد سيعود.");
    let orgs: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Organization)
        .collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert_eq!(orgs[0].mentions.len(), 2);
}

#[test]
fn a_quoted_name_after_a_cue_word_is_an_organization() {
    let doc =
        Extractor::shared().extract("ونقلت صحيفة «الصباح الجديد» عن مصدر قوله إن الاتفاق قريب.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["الصباح الجديد"]
    );
    let media = doc
        .entities
        .iter()
        .find(|e| e.entity_type == EntityType::Organization)
        .unwrap();
    assert_eq!(media.subtype.as_deref(), Some("media"));
}

#[test]
fn a_quoted_publication_name_without_its_cue_word_is_the_publication() {
    // The list names the paper صحيفة الشرق الأوسط; quoted, the bare name is the paper, and
    // unquoted it stays the region.
    let doc = Extractor::shared().extract(
        "وقال مسؤول لـ«الشرق الأوسط» إن السلام في الشرق الأوسط ما زال بعيدا، فيما ذكرت «العربية» أن الوفد وصل.",
    );
    let kinds: Vec<(&str, &str)> = doc
        .mentions()
        .into_iter()
        .map(|(e, m)| (m.text.as_str(), e.id.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("الشرق الأوسط", "org:asharq-al-awsat"),
            ("الشرق الأوسط", "region:middle-east"),
            ("العربية", "org:al-arabiya"),
        ]
    );
    // A publication whose bare name is an everyday word (سبق "preceded") is read quoted only.
    let doc = Extractor::shared()
        .extract("وقال المتحدث لـ\"سبق\" إن القرار سبق أن أعلن في الأسبوع الماضي.");
    let ids: Vec<&str> = doc.mentions().iter().map(|(e, _)| e.id.as_str()).collect();
    assert_eq!(ids, ["org:sabq"]);
    // A quoted name some place or word holds but no publication does is left alone.
    let doc = Extractor::shared().extract("وتقع حديقة «الملك فهد» في وسط المدينة.");
    assert!(doc
        .entities
        .iter()
        .all(|e| e.subtype.as_deref() != Some("media")));
}

#[test]
fn an_agreement_s_own_name_may_stand_before_its_parties() {
    let doc = Extractor::shared()
        .extract("وتبقى اتفاقية كامب ديفيد بين مصر وإسرائيل أساس العلاقة بين البلدين.");
    assert!(
        relation_ids(&doc).contains(&(
            RelationType::SignsAgreement,
            "country:EG".to_string(),
            "country:IL".to_string()
        )),
        "{:?}",
        relation_ids(&doc)
    );
}

#[test]
fn a_carried_over_subject_is_not_an_object_nor_out_of_reach() {
    // The first person after إن is the subject; the object of مع before it is not.
    let doc = Extractor::shared().extract(
        "وبعد لقاء مع سعيد جليلي قال مصدر إن أيمن الصفدي وصل إلى مسقط قادما من الدوحة حيث عقد اجتماعا مطولا مع بدر البوسعيدي.",
    );
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::Meets,
            "person:ayman-safadi".to_string(),
            "person:badr-albusaidi".to_string()
        )),
        "{rels:?}"
    );
    assert!(
        !rels.iter().any(|(_, h, _)| h == "person:saeed-jalili"),
        "{rels:?}"
    );
    // A sentence whose start lies beyond the reach, with no clause opener in sight: no
    // subject is guessed.
    let filler = "و".to_string() + &"الكلام ".repeat(30);
    let text = format!(
        "وصل أيمن الصفدي إلى مسقط {filler}والتقى الوزير سعيد جليلي وبحث معه ملفات كثيرة تتعلق \
         بالتعاون الاقتصادي والتجاري والثقافي والعلمي والرياضي والسياحي والصناعي والزراعي ثم توجه \
         إلى الدوحة في زيارة يجري خلالها مباحثات مع بدر البوسعيدي."
    );
    let rels = relation_ids(&Extractor::shared().extract(&text));
    assert!(
        !rels.iter().any(|(t, _, _)| *t == RelationType::Meets),
        "{rels:?}"
    );
}

#[test]
fn a_given_name_with_a_surname_is_a_person() {
    let doc = Extractor::shared().extract("وشارك في الندوة يوسف الخطيب ومحمود عواد.");
    assert_eq!(
        mentions_of(&doc, EntityType::Person),
        ["يوسف الخطيب", "محمود عواد"]
    );
}

#[test]
fn nested_names_give_the_outermost() {
    let doc = Extractor::shared().extract("أصدرت هيئة الأركان العامة للقوات المسلحة المصرية بيانا.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["هيئة الأركان العامة للقوات المسلحة المصرية"]
    );
}

#[test]
fn relations_carry_their_evidence() {
    let text = "وأعلنت تونس عزمها توقيع اتفاقية مع الجزائر.";
    let doc = Extractor::shared().extract(text);
    let r = doc
        .relations
        .iter()
        .find(|r| r.relation_type == RelationType::PlansAgreement)
        .unwrap();
    let ev = &r.evidence[0];
    assert_eq!(ev.trigger.text, "عزمها");
    assert_eq!(&text[ev.trigger.start..ev.trigger.end], ev.trigger.text);
    assert_eq!(&text[ev.sentence.start..ev.sentence.end], text);
    assert_eq!(ev.rule, "plans.intend-svo");
    assert_eq!(r.modality, kashf::Modality::Planned);
}

#[test]
fn an_object_of_a_preposition_is_not_a_subject() {
    // The nearest mention before إبرام is مصر, but مع introduces it: the subject is قطر.
    let doc = Extractor::shared()
        .extract("وأعلنت قطر عزمها توقيع اتفاق مع مصر بعد شهر من إبرام اتفاق مع الأردن.");
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::SignsAgreement,
            "country:QA".into(),
            "country:JO".into()
        )),
        "{rels:?}"
    );
    assert!(
        !rels
            .iter()
            .any(|(t, h, _)| *t == RelationType::SignsAgreement && h == "country:EG"),
        "{rels:?}"
    );
}

#[test]
fn a_bracketed_apposition_after_a_name_is_no_argument() {
    let meets = |text: &str| -> Vec<(String, String)> {
        relation_ids(&Extractor::shared().extract(text))
            .into_iter()
            .filter(|(t, _, _)| *t == RelationType::Meets)
            .map(|(_, h, t)| (h, t))
            .collect()
    };
    // Rightwards: the alias in brackets is the subject again, not the one received.
    let found =
        meets("استقبل الرئيس محمود عباس (أبو مازن) في رام الله وزير الخارجية الأردني أيمن الصفدي.");
    assert_eq!(
        found,
        [(
            "person:mahmoud-abbas".to_string(),
            "person:ayman-safadi".to_string()
        )]
    );
    // Leftwards: the party in brackets after a name (and its adjective) is not who met.
    let haniyeh_abbas = [(
        "person:ismail-haniyeh".to_string(),
        "person:mahmoud-abbas".to_string(),
    )];
    for text in [
        "وقال مصدر إن إسماعيل هنية (حماس) التقى محمود عباس في القاهرة.",
        "وقال مصدر إن إسماعيل هنية الفلسطيني (حماس) التقى محمود عباس في القاهرة.",
        // A person in brackets after an organization or a country is who acts.
        "حماس (إسماعيل هنية) التقى محمود عباس في القاهرة.",
        "رئيس المكتب السياسي لحركة حماس (إسماعيل هنية) التقى محمود عباس.",
    ] {
        assert_eq!(meets(text), haniyeh_abbas, "{text}");
    }
    let found = meets("وقال إن وزير خارجية مصر (سامح شكري) التقى أيمن الصفدي.");
    assert_eq!(
        found,
        [(
            "person:sameh-shoukry".to_string(),
            "person:ayman-safadi".to_string()
        )]
    );
    // Brackets that close too far, or never, are no apposition; nothing panics.
    for text in [
        "استقبل محمود عباس (أبو مازن ومعه عدد كبير من المسؤولين والوزراء) أيمن الصفدي.",
        "استقبل محمود عباس (أبو مازن أيمن الصفدي.",
        "استقبل محمود عباس (أبو مازن)",
        "(حماس) (هنية) (عباس)",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(doc.relations.iter().all(|r| r.head != r.tail), "{text}");
    }
}

#[test]
fn a_preposition_written_apart_before_a_quoted_name_is_the_names() {
    let rels = |text: &str| relation_ids(&Extractor::shared().extract(text));
    let meets = (
        RelationType::Meets,
        "person:john-kerry".to_string(),
        "person:sergei-lavrov".to_string(),
    );
    // بـ"…" and بـ «…» read as the attached بسيرغي: the object of التقى بـ.
    for text in [
        "والتقى وزير الخارجية الأمريكي جون كيري بـ\"سيرغي لافروف\" في جنيف.",
        "والتقى وزير الخارجية الأمريكي جون كيري بـ «سيرغي لافروف» في جنيف.",
        "والتقى وزير الخارجية الأمريكي جون كيري بسيرغي لافروف في جنيف.",
    ] {
        assert!(rels(text).contains(&meets), "{text}: {:?}", rels(text));
    }
    let joins = (
        RelationType::Joins,
        "country:SE".to_string(),
        "org:nato".to_string(),
    );
    let text = "وانضمت السويد رسميا لـ\"حلف شمال الأطلسي\" أمس.";
    assert!(rels(text).contains(&joins), "{text}: {:?}", rels(text));
    // A name after such a preposition is no plain object: the subject's place is not where a
    // cell loyal to an organization is.
    let text = "القبض على خلية إرهابية مؤيدة لـ\"حلف شمال الأطلسي\" في المغرب.";
    assert!(
        rels(text).iter().all(|r| r.0 != RelationType::LocatedIn),
        "{text}: {:?}",
        rels(text)
    );
    // And the preposition is no part of the name before it (a tagged name once took it).
    let doc = Extractor::shared().extract("وقال المهندس سمير عبدالله لـ\"الرياض\" إن العمل بدأ.");
    for (_, m) in doc.mentions() {
        assert!(
            !m.text.ends_with('ل') && !m.text.ends_with('ـ'),
            "{:?}",
            m.text
        );
    }
}

#[test]
fn a_colon_ends_a_clause_unless_a_description_follows_it() {
    let rels = |text: &str| relation_ids(&Extractor::shared().extract(text));
    // A dateline before a colon is no subject of the verb after it.
    let text = "سبق- جدة: استقبل وزير الخارجية الأردني أيمن الصفدي نظيره العماني بدر البوسعيدي.";
    let found = rels(text);
    assert!(
        found
            .iter()
            .all(|(_, h, t)| h != "city:jeddah" && t != "city:jeddah"),
        "{text}: {found:?}"
    );
    // Nor is who speaks before a quotation a party to the meeting it mentions.
    let text = "وقال أيمن الصفدي: «هناك اجتماع متوقع مع بدر البوسعيدي غدا».";
    let found = rels(text);
    assert!(
        found.iter().all(|(t, _, _)| *t != RelationType::Meets),
        "{text}: {found:?}"
    );
    // A description after the colon still belongs to the name before it.
    let text = "- جيب بوش (62 عاما): حاكم فلوريدا بين 1999 و2007.";
    let found = rels(text);
    assert!(
        found
            .iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "region:florida"),
        "{text}: {found:?}"
    );
}

#[test]
fn an_object_after_adverbials_is_still_the_object() {
    let doc = Extractor::shared().extract(
        "التقى الرئيس المصري عبد الفتاح السيسي، صباح الأحد، في القاهرة، وزير الخارجية الأردني أيمن الصفدي.",
    );
    let rels = relation_ids(&doc);
    let meets = (
        RelationType::Meets,
        "person:abdel-fattah-el-sisi".to_string(),
        "person:ayman-safadi".to_string(),
    );
    assert!(rels.contains(&meets), "{rels:?}");
    // The city after في is where, not whom.
    assert!(
        !rels
            .iter()
            .any(|(t, _, tail)| *t == RelationType::Meets && tail == "city:cairo"),
        "{rels:?}"
    );
}

#[test]
fn an_object_introduced_by_bi_right_after_the_subject() {
    let doc = Extractor::shared()
        .extract("ومن المنتظر أن يلتقي لافروف بنظيره التركي هاكان فيدان في أنطاليا.");
    let rels = relation_ids(&doc);
    let meets = (
        RelationType::Meets,
        "person:sergei-lavrov".to_string(),
        "person:hakan-fidan".to_string(),
    );
    assert!(rels.contains(&meets), "{rels:?}");
}

#[test]
fn a_descriptor_before_a_name_stays_outside_the_mention() {
    // حركة and صحيفة describe; the same entries are named without them.
    let doc = Extractor::shared().extract("وقالت صحيفة هآرتس إن حركة حماس رفضت العرض.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["هآرتس", "حماس"]
    );
    // A name the descriptor belongs to keeps it.
    let doc = Extractor::shared().extract("وأعلن حزب الله وانضمت مصر إلى منظمة شنغهاي للتعاون.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["حزب الله", "منظمة شنغهاي للتعاون"]
    );
    // So does a company named after a place: بنك الرياض is never الرياض.
    let doc = Extractor::shared().extract("وأعلن بنك الرياض أرباحه، وخفض مصرف لبنان الفائدة.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["بنك الرياض", "مصرف لبنان"]
    );
    assert!(mentions_of(&doc, EntityType::Location).is_empty());
    // A company the lists write only with its cue (its name alone is an everyday word: آبل,
    // إبل "camels") is named without it all the same.
    let doc = Extractor::shared().extract("وفرضت المفوضية غرامة على شركة آبل.");
    assert_eq!(mentions_of(&doc, EntityType::Organization), ["آبل"]);
    assert_eq!(doc.entities[0].id, "org:apple");
}

/// `(type, head id, tail id)` for every relation, symmetric ones in both orders.
fn pairs(doc: &Document) -> Vec<(RelationType, String, String)> {
    let mut v = relation_ids(doc);
    let flipped: Vec<_> = v
        .iter()
        .filter(|(t, _, _)| t.is_symmetric())
        .map(|(t, h, tl)| (*t, tl.clone(), h.clone()))
        .collect();
    v.extend(flipped);
    v
}

#[test]
fn relations_that_must_not_be_found() {
    use RelationType::*;
    // (name, sentence, a relation it must not give)
    let cases = [
        (
            "an occupation's nationality is where one is from, not an office",
            "وانضم المهاجم السوري عمر خريبين إلى الفريق أمس.",
            (AffiliatedWith, "PERSON:عمر خريبين", "country:SY"),
        ),
        (
            "a news outlet's phone interview is no meeting",
            "وقال الصحفي سامر الحلبي في اتصال هاتفي مع «الشرق الأوسط» إن الأسعار سترتفع.",
            (Meets, "PERSON:سامر الحلبي", "org:asharq-al-awsat"),
        ),
        (
            "two countries that meet play a game",
            "وتلتقي ليبيا مع رواندا.",
            (Meets, "country:LY", "country:RW"),
        ),
        (
            "a side that meets a club plays it",
            "وسيلتقي برشلونة مع مانشستر يونايتد في سانتا كلارا السبت المقبل.",
            (Meets, "city:barcelona", "org:man-united"),
        ),
        (
            "a meeting after أن is its clause's subject, not the speaker's",
            "وأوضح وزير الخارجية أيمن الصفدي أن لقاء الوزير خالد الأحمد مع الأمير فيصل بن فرحان تناول الأوضاع.",
            (Meets, "person:ayman-safadi", "PERSON:خالد الاحمد"),
        ),
        (
            "a body after a place noun in a gap is where one meets, not whom",
            "والتقى رئيس الوزراء اليمني خالد بحاح اليوم في مقر الحكومة اليمنية بعدن وفدا من رجال الأعمال.",
            (
                Meets,
                "person:khaled-bahah",
                "org-head:government:country:YE",
            ),
        ),
        (
            "a place inside an unnamed body's name is not whose office it is",
            "وأكد رئيس بورصة البحرين الشيخ خليفة بن إبراهيم آل خليفة أن التداول ارتفع.",
            (
                AffiliatedWith,
                "PERSON:خليفه بن ابراهيم ال خليفه",
                "country:BH",
            ),
        ),
        (
            "a place inside an unnamed body's name: a directorate",
            "وقال مدير تعليم الخرج الدكتور عبدالرحمن العبدالجبار إن الدراسة تبدأ غدا.",
            (
                AffiliatedWith,
                "PERSON:عبدالرحمن العبدالجبار",
                "city:al-kharj",
            ),
        ),
        (
            "a place inside an unnamed body's name: a municipality",
            "وأوضح المتحدث الرسمي لأمانة جدة محمد البقمي أن الأمطار توقفت.",
            (AffiliatedWith, "PERSON:محمد البقمي", "city:jeddah"),
        ),
        (
            "an occupation behind a preposition (للمدرب) is still an occupation",
            "ودفعت الإدارة الشرط الجزائي للمدرب البرتغالي باولو سيرجيو أمس.",
            (AffiliatedWith, "PERSON:باولو سيرجيو", "country:PT"),
        ),
        (
            "a host place of another office than an envoy's locates the office",
            "واستقبل الوزير مدير الجامعة الإسلامية بجاكرتا البروفيسور أحمد سوبري.",
            (LocatedIn, "PERSON:احمد سوبري", "city:jakarta"),
        ),
        (
            "a place after an event noun locates the event, not the group",
            "قتل عشرات الأشخاص في هجمات حركة «بوكو حرام» في الكاميرون.",
            (LocatedIn, "org:boko-haram", "country:CM"),
        ),
        (
            "two teams that meet near a match's words play a game",
            "وفي نصف النهائي تلتقي المكسيك مع بنما غدا.",
            (Meets, "country:MX", "country:PA"),
        ),
        (
            "those who attend a meeting do not meet each other",
            "وحضر الاجتماع وزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو.",
            (Meets, "person:sergei-lavrov", "person:sergei-shoigu"),
        ),
        (
            "a preposition changes the role: from is not to",
            "وصل وزير الخارجية الإيراني عباس عراقجي إلى المطار قادما من بكين.",
            (Visits, "person:abbas-araghchi", "city:beijing"),
        ),
        (
            "a preposition changes the role: the place of a meeting is no partner",
            "التقى سيرغي لافروف في أنقرة وفدا من رجال الأعمال.",
            (Meets, "person:sergei-lavrov", "city:ankara"),
        ),
        (
            "a preposition changes the role: the object of مع is no subject",
            "وبحث الوزير مع سيرغي لافروف العلاقات، ثم التقى هاكان فيدان.",
            (Meets, "person:sergei-lavrov", "person:hakan-fidan"),
        ),
        (
            "negation: لم",
            "لم يلتق رجب طيب أردوغان فلاديمير بوتين خلال القمة.",
            (
                Meets,
                "person:recep-tayyip-erdogan",
                "person:vladimir-putin",
            ),
        ),
        (
            "negation: لن",
            "لن تنضم النرويج إلى الاتحاد الأوروبي قريبا.",
            (Joins, "country:NO", "org:eu"),
        ),
        (
            "negation: a denial before the match",
            "نفت تركيا توقيع أي اتفاق مع أرمينيا.",
            (SignsAgreement, "country:TR", "country:AM"),
        ),
        (
            "negation: a cancelled visit",
            "ألغى الرئيس الفرنسي إيمانويل ماكرون زيارته المقررة إلى الجزائر.",
            (Visits, "person:emmanuel-macron", "country:DZ"),
        ),
        (
            "a third party between the arguments: a name",
            "وقال أيمن الصفدي إن أنطونيو غوتيريش سيزور مسقط.",
            (Visits, "person:ayman-safadi", "city:muscat"),
        ),
        (
            "a third party between the arguments: an unnamed official",
            "وصل أيمن الصفدي إلى مسقط، وكان وزير عماني في زيارة إلى الدوحة.",
            (Visits, "person:ayman-safadi", "city:doha"),
        ),
        (
            "a new clause with و: the object before it is no subject",
            "والتقى سيرغي لافروف عباس عراقجي، وسيجري محادثات مع هاكان فيدان.",
            (Meets, "person:abbas-araghchi", "person:hakan-fidan"),
        ),
        (
            "a name a role word governs is no partner",
            "استقبل أيمن الصفدي وزير خارجية عمان في الوزارة.",
            (Meets, "person:ayman-safadi", "country:OM"),
        ),
        (
            "the envoy of a country to an organization belongs to the country only",
            "وقال سفير مصر لدى الأمم المتحدة أسامة عبد الخالق إن القرار متوازن.",
            (AffiliatedWith, "PERSON:اسامه عبد الخالق", "org:un"),
        ),
    ];
    let mut failures = Vec::new();
    for (name, text, (ty, head, tail)) in cases {
        let doc = Extractor::shared().extract(text);
        let got = pairs(&doc);
        if got.contains(&(ty, head.to_string(), tail.to_string())) {
            failures.push(format!("{name}: {text}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn modality_is_done_planned_or_negated() {
    use kashf::NegatedRelations;
    let keep = Extractor::builder()
        .negated_relations(NegatedRelations::Keep)
        .build()
        .unwrap();
    // (name, sentence, relation type, modality)
    let cases = [
        (
            "perfect",
            "التقى رجب طيب أردوغان فلاديمير بوتين في سوتشي.",
            RelationType::Meets,
            Modality::Done,
        ),
        (
            "future prefix",
            "سيلتقي رجب طيب أردوغان فلاديمير بوتين في سوتشي.",
            RelationType::Meets,
            Modality::Planned,
        ),
        (
            "سوف",
            "سوف يزور إيمانويل ماكرون الجزائر.",
            RelationType::Visits,
            Modality::Planned,
        ),
        (
            "scheduled",
            "ومن المقرر أن يلتقي رجب طيب أردوغان فلاديمير بوتين غدا.",
            RelationType::Meets,
            Modality::Planned,
        ),
        (
            "intention",
            "وتعتزم مصر توقيع اتفاقية مع قبرص.",
            RelationType::PlansAgreement,
            Modality::Planned,
        ),
        (
            "planned visit noun",
            "وتحدث إيمانويل ماكرون عن زيارته المقررة إلى الجزائر.",
            RelationType::Visits,
            Modality::Planned,
        ),
        (
            "لم",
            "لم يلتق رجب طيب أردوغان فلاديمير بوتين في سوتشي.",
            RelationType::Meets,
            Modality::Negated,
        ),
        (
            "لن",
            "لن تنضم النرويج إلى الاتحاد الأوروبي.",
            RelationType::Joins,
            Modality::Negated,
        ),
        (
            "لا before the intention",
            "لا تعتزم مصر توقيع اتفاقية مع قبرص.",
            RelationType::PlansAgreement,
            Modality::Negated,
        ),
        (
            "denial",
            "ونفت تركيا وجود أي خلاف مع أذربيجان.",
            RelationType::TensionWith,
            Modality::Negated,
        ),
    ];
    let mut failures = Vec::new();
    for (name, text, ty, want) in cases {
        let doc = keep.extract(text);
        let got: Vec<_> = doc
            .relations
            .iter()
            .filter(|r| r.relation_type == ty)
            .map(|r| r.modality)
            .collect();
        if got != [want] {
            failures.push(format!(
                "{name}: {text}\n    want [{want:?}] {ty:?}, got {got:?}"
            ));
        }
        // By default the negated ones are left out.
        let default = Extractor::shared().extract(text);
        let negated_kept = default
            .relations
            .iter()
            .any(|r| r.modality == Modality::Negated);
        if negated_kept {
            failures.push(format!("{name}: a negated relation kept by default"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_line_without_punctuation_pairs_nothing_far_apart() {
    // One "sentence" of news words without a mark: two names hundreds of words apart never
    // pair, and a relation stated over and over keeps a bounded evidence list.
    let filler = "وقال المصدر ان العمل مستمر في المشروع الجديد ".repeat(60);
    let text = format!("زار فلاديمير بوتين {filler} طهران");
    let doc = Extractor::shared().extract(&text);
    assert!(
        !pairs(&doc)
            .iter()
            .any(|(t, _, _)| *t == RelationType::Visits),
        "{:?}",
        pairs(&doc)
    );
    let repeated = "وصل أيمن الصفدي إلى مسقط و".repeat(200);
    let doc = Extractor::shared().extract(&repeated);
    let visit = doc
        .relations
        .iter()
        .find(|r| r.relation_type == RelationType::Visits)
        .expect("the visit");
    assert_eq!(visit.evidence.len(), kashf::document::MAX_EVIDENCE);
}

#[test]
fn board_and_membership_roles_name_whose_they_are() {
    // مجلس إدارة inside a role phrase, عضو as an office.
    for (text, person, org) in [
        (
            "وقال رئيس مجلس إدارة شركة أرامكو ياسر الرميان إن الأرباح ارتفعت.",
            "person:yasir-al-rumayyan",
            "org:aramco",
        ),
        (
            "وأوضح خالد الفالح، عضو مجلس إدارة شركة أرامكو، أن الخطة تسير.",
            "person:khalid-al-falih",
            "org:aramco",
        ),
        (
            "وقال عضو مجلس الشورى السعودي خالد الفالح إن المجلس ناقش التقرير.",
            "person:khalid-al-falih",
            "org:shura-council-saudi",
        ),
    ] {
        let doc = Extractor::shared().extract(text);
        let rels = relation_ids(&doc);
        assert!(
            rels.iter()
                .any(|(t, head, tail)| *t == RelationType::AffiliatedWith
                    && head == person
                    && tail == org),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn an_outlet_after_a_named_office_is_not_the_office() {
    // لـ«…» right after the office names the office's body; once the office is named, it
    // names whom the words were said to.
    let doc = Extractor::shared()
        .extract("وقال الأمين العام لـ«حزب الله» حسن نصر الله إن المقاومة مستمرة.");
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::AffiliatedWith,
            "person:hassan-nasrallah".into(),
            "org:hezbollah".into()
        )),
        "{rels:?}"
    );
    let outlet = |text: &str| {
        relation_ids(&Extractor::shared().extract(text))
            .iter()
            .any(|(_, _, tail)| tail == "org:asharq-al-awsat")
    };
    // Nor once the phrase has named the office's field; right after the office it is the
    // office's.
    for text in [
        "وأوضح سامر حداد، وهو الباحث في شؤون الجماعات المتطرفة لـ«الشرق الأوسط»، أن البيان مهم.",
        "وقال خالد الفالح، وزير الطاقة السعودي لـ«الشرق الأوسط»، إن السوق مستقرة.",
    ] {
        assert!(!outlet(text), "{text}");
    }
    let text = "وقال المدير العام لـ«الشرق الأوسط» سامر حداد إن البيان مهم.";
    assert!(outlet(text), "{text}");
    let doc = Extractor::shared()
        .extract("وقال خالد الفالح، وزير الطاقة السعودي لـ«الشرق الأوسط»، إن السوق مستقرة.");
    let rels = relation_ids(&doc);
    assert!(
        rels.iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "country:SA"),
        "{rels:?}"
    );
}

#[test]
fn a_venue_between_the_host_and_the_guest_is_part_of_the_place() {
    // A venue's name after its word, a place word behind ب, an honorific before the host.
    for text in [
        "واستقبل الملك سلمان بن عبدالعزيز في قصر اليمامة أمس الرئيس الفرنسي إيمانويل ماكرون.",
        "واستقبل الملك سلمان بن عبدالعزيز بالقصر الملكي أمس الرئيس الفرنسي إيمانويل ماكرون.",
        "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس الرئيس الفرنسي إيمانويل ماكرون.",
        // A venue whose name is a noun the stop words hold (السلام).
        "واستقبل الملك سلمان بن عبدالعزيز في قصر السلام مساء أمس الرئيس الفرنسي إيمانويل ماكرون.",
        // An office, his highness's office, a place word with ب and the article.
        "واستقبل الملك سلمان بن عبدالعزيز في مكتبه أمس الرئيس الفرنسي إيمانويل ماكرون.",
        "واستقبل الملك سلمان بن عبدالعزيز في مكتب سموه أمس الرئيس الفرنسي إيمانويل ماكرون.",
        "واستقبل الملك سلمان بن عبدالعزيز في مكتبه بالإمارة أمس الرئيس الفرنسي إيمانويل ماكرون.",
    ] {
        let doc = Extractor::shared().extract(text);
        let rels = relation_ids(&doc);
        assert!(
            rels.contains(&(
                RelationType::Meets,
                "person:king-salman".into(),
                "person:emmanuel-macron".into()
            )),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn an_organization_after_fi_in_a_role_phrase_is_the_employer_but_an_envoys_host() {
    // الباحث في معهد واشنطن works for the institute; سفير … لدى الأمم المتحدة is accredited to
    // the UN, not its staff.
    let doc = Extractor::shared().extract("وقال الباحث في معهد واشنطن سامي نادر إن الوضع صعب.");
    let rels = relation_ids(&doc);
    assert!(
        rels.iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith
                && tail == "org:washington-institute"),
        "{rels:?}"
    );
    let doc = Extractor::shared()
        .extract("وقال سفير الأردن لدى الأمم المتحدة سامي نادر إن المشروع سيطرح للتصويت.");
    let rels = relation_ids(&doc);
    assert!(
        !rels
            .iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "org:un"),
        "{rels:?}"
    );
    assert!(
        rels.iter()
            .any(|(t, _, tail)| *t == RelationType::AffiliatedWith && tail == "country:JO"),
        "{rels:?}"
    );
}

#[test]
fn a_long_office_between_the_subject_and_the_object_stays_in_the_gap() {
    // Offices of a dozen words (ordinals and ل + office inside them) between a verb's subject
    // and its object.
    let text = "واجتمع الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير \
                الدفاع في الرياض مساء أمس مع الرئيس الفرنسي إيمانويل ماكرون.";
    let doc = Extractor::shared().extract(text);
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::Meets,
            "person:mohammed-bin-salman".into(),
            "person:emmanuel-macron".into()
        )),
        "{rels:?}"
    );
}

#[test]
fn an_office_word_is_no_part_of_the_name_before_it_nor_a_name_alone() {
    // The first word of a title of several words (ولي of ولي ولي العهد) is no person, and a
    // role word that opens the office after a name (نائب of نائب رئيس) ends the name.
    let doc = Extractor::shared().extract(
        "وأعلن الأمير محمد بن سلمان، ولي ولي العهد، عن خطة جديدة. وقال الأمير محمد بن نايف \
         نائب رئيس مجلس الوزراء إن الخطة تنفذ العام المقبل.",
    );
    let persons = mentions_of(&doc, EntityType::Person);
    assert!(persons.contains(&"محمد بن نايف"), "{persons:?}");
    assert!(
        !persons
            .iter()
            .any(|m| m.contains("ولي") || m.contains("نائب")),
        "{persons:?}"
    );
}

#[test]
fn a_city_behind_bi_after_the_host_is_where_not_whom_he_meets() {
    let doc = Extractor::shared().extract(
        "واستقبل الملك سلمان بن عبدالعزيز في قاعة المؤتمرات بالرياض أمس وفدا من المستثمرين.",
    );
    let rels = relation_ids(&doc);
    assert!(
        !rels.iter().any(|(t, _, _)| *t == RelationType::Meets),
        "{rels:?}"
    );
}

#[test]
fn an_undersecretary_is_affiliated_with_the_ministry_he_serves() {
    // وكيل (undersecretary, deputy of a governorate) heads a role phrase like وزير or نائب.
    let doc = Extractor::shared()
        .extract("وقال وكيل وزارة الصحة الأردنية سالم الخمعلي إن المستشفيات جاهزة.");
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::AffiliatedWith,
            "PERSON:سالم الخمعلي".into(),
            "org-head:ministry-health:country:JO".into()
        )),
        "{rels:?}"
    );
}

#[test]
fn an_everyday_word_after_a_given_name_is_no_surname() {
    // The given-name rule reads the word after a known given name as a surname; where the
    // tagger takes the given name alone and the word is an everyday word (فرصة, مشكلة),
    // the tagger's reading stands.
    for (text, name) in [
        ("وأهدر أحمد فرصة ثمينة في الدقيقة الأخيرة.", "أحمد"),
        ("وواجه طارق مشكلة كبيرة في التسجيل.", "طارق"),
    ] {
        let doc = Extractor::shared().extract(text);
        let persons = mentions_of(&doc, EntityType::Person);
        assert_eq!(persons, [name], "{text}");
    }
}

#[test]
fn two_people_joined_by_wa_are_two_names() {
    // The tagger reads two people side by side as one name; the second opens with و and a
    // known given name, and the name splits there.
    assert_persons(&[
        (
            "وتألق في المباراة الحارسان ماجد العتيبي وفواز الشمري.",
            &["ماجد العتيبي", "فواز الشمري"][..],
        ),
        ("وأحيا الحفل المطربان عبير وفريال.", &["عبير", "فريال"][..]),
    ]);
}

#[test]
fn a_list_name_does_not_run_on_into_an_everyday_word() {
    // The tagger reads the meeting's noun after a listed name as part of it; the list's name
    // stands, and the meeting is found.
    let text = "وعقد الأمير محمد بن سلمان اجتماعاً مع وزير الدفاع الأميركي لويد أوستن.";
    let doc = Extractor::shared().extract(text);
    assert!(
        mentions_of(&doc, EntityType::Person).contains(&"محمد بن سلمان"),
        "{:?}",
        mentions_of(&doc, EntityType::Person)
    );
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::Meets,
            "person:mohammed-bin-salman".into(),
            "person:lloyd-austin".into()
        )),
        "{rels:?}"
    );
}

#[test]
fn a_currency_after_a_number_is_no_name() {
    // The tagger reads ريال after a price as an organization (ريال مدريد).
    let text = "وارتفع السهم بنسبة 3 في المائة وصولا إلى سعر 61.40 ريال.";
    let doc = Extractor::shared().extract(text);
    assert!(doc.mentions().is_empty(), "{text}: {:?}", doc.mentions());
}

#[test]
fn a_set_phrase_of_prayer_is_no_part_of_a_name() {
    // رضي الله عنها closes no name, and بحمد الله (thanks to God) holds none.
    assert_persons(&[
        (
            "وعن عائشة رضي الله عنها أنها قالت إن الصدقة تطفئ الغضب.",
            &["عائشة"][..],
        ),
        ("ووجدت المبادرة بحمد الله القبول من الجميع.", &[][..]),
        ("وقال إنني أحمد الله على هذا الفوز.", &[][..]),
        // Their plural and dual forms, and the phrases of help and blessing, too.
        (
            "وقال المدير إن المشروع اكتمل بعون الله ثم بجهود العاملين، سائلين الله التوفيق للجميع.",
            &[][..],
        ),
        (
            "وأشاد الحضور بما قام به الملك عبدالعزيز طيب الله ثراه من توحيد البلاد.",
            &["عبدالعزيز"][..],
        ),
    ]);
}

#[test]
fn a_month_before_a_year_is_no_person() {
    // رجب is a given name and a month; a year after it (1445هـ) makes it the month.
    let text = "وصدر القرار في 17 رجب 1445هـ بحسب الجريدة الرسمية.";
    let doc = Extractor::shared().extract(text);
    assert!(
        mentions_of(&doc, EntityType::Person).is_empty(),
        "{:?}",
        doc.mentions()
    );
}

#[test]
fn a_name_does_not_end_with_li_on_an_everyday_word() {
    // ل written onto an everyday word (لجماهير) opens a phrase after the name.
    let text = "وقدم اللاعب شكري لجماهير النادي اعتذارا رسميا.";
    let doc = Extractor::shared().extract(text);
    assert_eq!(mentions_of(&doc, EntityType::Person), ["شكري"], "{text}");
}

#[test]
fn a_currency_after_a_quantity_word_is_no_name() {
    // The tagger, trained on news where ريال opens ريال مدريد, reads the riyal after مليون as
    // an organization; nothing after a quantity word is a name.
    for text in [
        "وبلغت أرباح الشركة في الربع الثاني 49 مليون ريال مقارنة بالعام الماضي.",
        "ورصدت الحكومة نحو ثلاثة مليارات يوان للمشروع الجديد.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(doc.mentions().is_empty(), "{text}: {:?}", doc.mentions());
    }
}

#[test]
fn cities_a_result_verb_pits_against_each_other_are_clubs() {
    // فاز X على Y, خسر X أمام Y, تعادل X مع Y: the frame tells a club from its city.
    for (text, club) in [
        ("وخسر ميلان أمام روما بهدف نظيف.", "club:as-roma"),
        (
            "وتعادل ليفربول مع مانشستر يونايتد سلبيا.",
            "org:liverpool-fc",
        ),
        // على is written علي in the normalized text: the frame's words are normalized too.
        ("وفاز ليون على بورتو بهدفين.", "club:fc-porto"),
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.entities.iter().any(|e| e.id == club),
            "{text}: {:?}",
            doc.entities.iter().map(|e| &e.id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_country_s_official_name_keeps_its_id_and_an_adjective_after_a_list_name_is_no_name() {
    // الولايات المتحدة الأمريكية is a form of the United States: the outermost name is the
    // mention, with the country's id (the tagger's reading of the same words took the id
    // away). نيمار البرازيلي is نيمار, the adjective carrying no mention of its own.
    let doc = Extractor::shared()
        .extract("وقالت الولايات المتحدة الأمريكية إن نيمار البرازيلي سيزور البلاد قريبا.");
    let ids: Vec<(&str, &str)> = doc
        .mentions()
        .into_iter()
        .map(|(e, m)| (e.id.as_str(), m.text.as_str()))
        .collect();
    assert!(
        ids.contains(&("country:US", "الولايات المتحدة الأمريكية")),
        "{ids:?}"
    );
    assert!(ids.contains(&("person:neymar", "نيمار")), "{ids:?}");
}

#[test]
fn a_role_word_with_a_pronoun_names_the_body_before_it() {
    use RelationType::AffiliatedWith;
    // (sentence, the affiliation its pronoun gives)
    let found = [
        (
            "وزار الرئيس الفرنسي إيمانويل ماكرون المغرب والتقى ملكها محمد السادس في الرباط.",
            ("person:mohammed-vi", "country:MA"),
        ),
        (
            "وقالت منظمة الصحة العالمية على لسان مديرها العام تيدروس أدهانوم غيبريسوس إن الوباء انتهى.",
            ("person:tedros-adhanom-ghebreyesus", "org:who"),
        ),
        (
            "وأعلن الحرس الثوري الإيراني أن قائده حسين سلامي تفقد القوات.",
            ("person:hossein-salami", "org:irgc"),
        ),
        (
            "وزار أنتوني بلينكن الصين والتقى وزير خارجيتها وانغ يي في بكين.",
            ("person:wang-yi", "country:CN"),
        ),
        (
            "وأعلن تنظيم «الدولة الإسلامية» (داعش) أن زعيمه أبو بكر البغدادي ألقى كلمة.",
            ("person:abu-bakr-al-baghdadi", "org:isis"),
        ),
    ];
    for (text, (head, tail)) in found {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            rels.contains(&(AffiliatedWith, head.into(), tail.into())),
            "{text}: {rels:?}"
        );
    }
    // A masculine pronoun does not point at a body whose noun is feminine; مديرة, written
    // مديره once normalized, before another noun is no pronoun; a name in brackets is an aside.
    for text in [
        "وأشادت منظمة الصحة العالمية بجهود المستشفى ومديره سامر حداد.",
        "وقالت أرامكو إن مديرة المستشفى نورة الحربي كرمت الممرضات.",
        "وقال لوقا دي مونتيزيمولو (الرئيس السابق لشركة فيراري) ونائبه سامر حداد إن الصفقة تمت.",
    ] {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            !rels.iter().any(|(t, h, _)| *t == AffiliatedWith
                && (h.contains("سامر") || h.contains("نوره") || h.contains("نورة"))),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn a_nationality_written_as_news_writes_it_is_no_part_of_a_name() {
    // The spellings of a nationality that news uses beside the listed one (ج for غ, ياني for
    // ايي): the adjective stays outside the name and says where the person is from.
    assert_persons(&[
        (
            "وتعاقد النادي مع المهاجم الأوروجوياني سامر فورلان لموسم واحد.",
            &["سامر فورلان"][..],
        ),
        (
            "وسجل الهدف الثاني اللاعب الجابوني سامر أوباميانج.",
            &["سامر أوباميانج"][..],
        ),
    ]);
    let doc =
        Extractor::shared().extract("وقال وزير الخارجية الأورغوياني سامر حداد إن المفاوضات مستمرة.");
    assert!(
        relation_ids(&doc).contains(&(
            RelationType::AffiliatedWith,
            "PERSON:سامر حداد".into(),
            "country:UY".into()
        )),
        "{:?}",
        relation_ids(&doc)
    );
}

#[test]
fn a_name_does_not_close_on_a_particle_of_descent() {
    // The father's name after بن is part of the name, also when it is a stop word or a verb
    // as well (علي is على once ى is normalized; طالب "demanded"); a بن with nothing fit to
    // follow it goes.
    assert_persons(&[
        (
            "وقال مدير المكتب خالد بن طالب إن العمل مستمر.",
            &["خالد بن طالب"][..],
        ),
        (
            "وأكد رئيس اللجنة فهد بن علي أن الاجتماع انتهى.",
            &["فهد بن علي"][..],
        ),
        ("وشارك في الحفل ماجد بن، وغيره من الضيوف.", &["ماجد"][..]),
    ]);
}

#[test]
fn ali_written_with_ya_is_the_name_where_the_text_writes_ala_with_alef_maqsura() {
    // علي and على are one word once ى is normalized; a text that writes the preposition with
    // ى tells them apart.
    assert_persons(&[
        (
            "وقال علي الحربي إن الفريق قادر على الفوز.",
            &["علي الحربي"][..],
        ),
        (
            "وقال سامر علي إن الفريق قادر على الفوز وعلى المنافسة.",
            &["سامر علي"][..],
        ),
        // عليّ "on me", written without its shadda, before an ordinary word.
        ("وقال إنه عرض علي السفر إلى جدة وإنه قادر على ذلك.", &[][..]),
    ]);
}

#[test]
fn a_listed_person_s_first_and_last_names_are_that_person() {
    let doc = Extractor::shared().extract(
        "وقالت قوات الرئيس السابق علي عبدالله صالح إن الهجوم فشل، وأكد علي صالح أن القوات قادرة على الرد.",
    );
    let people = people(&doc);
    assert_eq!(people.len(), 1, "{people:?}");
    let texts: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["علي عبدالله صالح", "علي صالح"]);
    assert_eq!(
        people[0].mentions[1].rule.as_deref(),
        Some("coref.shortened")
    );
}

#[test]
fn a_regnal_number_or_epithet_is_nobody_s_surname() {
    // عبد الحميد الثاني and بطرس الأكبر are listed; الثاني and الأكبر after them are words.
    let doc = Extractor::shared().extract(
        "حكم السلطان عبد الحميد الثاني الدولة العثمانية، وجاء الوفد الثاني بعد أسبوع. \
         وزار بطرس الأكبر هولندا، وكان جده الأكبر تاجرا.",
    );
    assert_eq!(
        mentions_of(&doc, EntityType::Person),
        ["عبد الحميد الثاني", "بطرس الأكبر"]
    );
}

#[test]
fn a_proclitic_on_a_short_derived_name_spells_no_person() {
    // ريد (Richard Reid) was a one-word name of ANERcorp's: فريد "unique" and بريد "mail"
    // are words, not ف or ب and that name. (Whether the tagger reads فريد as the given name
    // is its own call.)
    let doc = Extractor::shared()
        .extract("وقال المهندس إن التصميم فريد من نوعه، وإن الطلبات تصل عبر بريد الشركة.");
    let texts: Vec<&str> = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert!(!texts.contains(&"ريد"), "{texts:?}");
}

#[test]
fn a_role_phrase_set_off_by_commas_introduces_the_person_after_it() {
    let ids = |text: &str| relation_ids(&Extractor::shared().extract(text));
    let affiliated = |text: &str, person: &str, country: &str| {
        ids(text)
            .into_iter()
            .any(|(t, h, tail)| t == RelationType::AffiliatedWith && h == person && tail == country)
    };
    let text = "وأعلن وزير الخارجية الأردني، أيمن الصفدي، أن المحادثات ستستأنف.";
    assert!(
        affiliated(text, "person:ayman-safadi", "country:JO"),
        "{text}"
    );
    let text = "واجتمع وزير الخارجية الصيني، وانغ يي، مع نظيره الروسي، سيرغي لافروف، في موسكو.";
    let found = ids(text);
    assert!(
        found.iter().any(|(t, h, tail)| *t == RelationType::Meets
            && h == "person:wang-yi"
            && tail == "person:sergei-lavrov"),
        "{found:?}"
    );
    assert!(
        affiliated(text, "person:wang-yi", "country:CN"),
        "{found:?}"
    );
    assert!(
        affiliated(text, "person:sergei-lavrov", "country:RU"),
        "{found:?}"
    );
    // Set off after a person, the phrase describes that person, not the next one; a colon
    // opens what the office says.
    let text = "وحضر أيمن الصفدي، وزير الخارجية الأردني، وانغ يي الاجتماع.";
    assert!(
        affiliated(text, "person:ayman-safadi", "country:JO"),
        "{text}"
    );
    assert!(!affiliated(text, "person:wang-yi", "country:JO"), "{text}");
    let text = "وقال وزير الخارجية الأردني: أيمن الصفدي سيزور بكين.";
    assert!(
        !affiliated(text, "person:ayman-safadi", "country:JO"),
        "{text}"
    );
}

#[test]
fn a_club_s_nationality_adjective_is_no_part_of_its_name() {
    // With the article or without, the adjective tells the club from its namesakes.
    assert_eq!(
        organizations("وفاز الهلال السعودي على الوحدة الإماراتي، وتعادل النصر السعودي مع ضيفه."),
        [
            ("org:al-hilal".to_string(), "الهلال".to_string()),
            ("club:al-wahda-uae".to_string(), "الوحدة".to_string()),
            ("org:al-nassr".to_string(), "النصر".to_string()),
        ]
    );
}

#[test]
fn a_place_named_after_a_person_ends_before_where_it_is() {
    let doc = Extractor::shared()
        .extract("ونقل المصاب إلى مستشفى الملك فهد بجدة، ثم إلى قاعة الأمير سلطان بالرياض.");
    let names: Vec<&str> = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(
        names,
        ["مستشفى الملك فهد", "جدة", "قاعة الأمير سلطان", "الرياض"]
    );
}

#[test]
fn a_city_named_after_a_person_is_a_place() {
    assert_eq!(
        typed_mentions(
            "ونقل المصاب إلى مدينة الملك عبدالله الطبية بمكة، وقتل جنديان في مدينة الشيخ زويد."
        ),
        [
            ("مدينة الملك عبدالله الطبية", EntityType::Location),
            ("مكة", EntityType::Location),
            ("الشيخ زويد", EntityType::Location),
        ]
    );
}

#[test]
fn a_place_after_the_word_for_a_newspaper_is_the_newspaper() {
    assert_eq!(
        typed_mentions(
            "وكتب المحرر في جريدة الرياض عن الأمطار التي هطلت على الرياض، ونقلت إذاعة جدة الخبر."
        ),
        [
            ("الرياض", EntityType::Organization),
            ("الرياض", EntityType::Location),
            ("جدة", EntityType::Organization),
        ]
    );
    // A listed newspaper of that short name and kind keeps its id (صحيفة القدس is listed).
    let doc = Extractor::shared().extract("ونقلت جريدة القدس عن مصادر محلية أن المعبر أغلق.");
    assert_eq!(doc.entities[0].id, "org:al-quds-newspaper");
    // A nationality adjective qualifies the word: a Syrian magazine, no publication.
    let doc = Extractor::shared().extract("وصدرت مجلة سورية جديدة في الشتاء.");
    assert!(doc
        .entities
        .iter()
        .all(|e| e.entity_type != EntityType::Organization));
}

/// Each mention's text with its entity's type, in the order of the text.
fn typed_mentions(text: &str) -> Vec<(&str, EntityType)> {
    let doc = Extractor::shared().extract(text);
    doc.mentions()
        .into_iter()
        .map(|(e, m)| (&text[m.start..m.end], e.entity_type))
        .collect()
}

#[test]
fn a_person_after_the_word_for_a_league_a_prize_or_a_road_names_it() {
    let mut names = typed_mentions(
        "وفاز النصر بلقب دوري عبداللطيف جميل، وقال المدرب جميل قاسم إن اللاعبين تسلموا جائزة الأمير نايف بن عبدالعزيز.",
    );
    names.retain(|(_, t)| *t != EntityType::Organization);
    assert_eq!(
        names,
        [
            ("دوري عبداللطيف جميل", EntityType::Misc),
            ("جميل قاسم", EntityType::Person),
            ("جائزة الأمير نايف بن عبدالعزيز", EntityType::Misc),
        ]
    );
    // A road named after a person is a place; "through" a person (عن طريق) is not.
    assert_eq!(
        typed_mentions("وأغلق طريق الملك عبدالعزيز، ووصلت الرسالة عن طريق الأمير خالد الفيصل."),
        [
            ("طريق الملك عبدالعزيز", EntityType::Location),
            ("خالد الفيصل", EntityType::Person),
        ]
    );
    // "The competition" with the article is no name's word: the person after it stays.
    let doc = Extractor::shared()
        .extract("وقال المالك المشارك للمسابقة دونالد ترامب إن الحفل سيقام في موعده.");
    assert!(doc.entity("person:donald-trump").is_some());
}

/// The ids of the entities whose mentions read `surface`, in text order.
fn ids_at(text: &str, surface: &str) -> Vec<String> {
    let doc = Extractor::shared().extract(text);
    doc.mentions()
        .into_iter()
        .filter(|(_, m)| &text[m.start..m.end] == surface)
        .map(|(e, _)| e.id.clone())
        .collect()
}

/// The organizations' mentions of `text`, each as written with its entity's id.
fn org_mentions(text: &str) -> Vec<(String, String)> {
    let doc = Extractor::shared().extract(text);
    doc.mentions()
        .into_iter()
        .filter(|(e, _)| e.entity_type == EntityType::Organization)
        .map(|(e, m)| (text[m.start..m.end].to_string(), e.id.clone()))
        .collect()
}

#[test]
fn a_nationality_of_two_words_names_its_own_country() {
    let text = "وأعلن الجيش الكوري الشمالي إطلاق صاروخ، وردت البحرية الكورية الجنوبية بمناورة.";
    let orgs = org_mentions(text);
    let orgs: Vec<(&str, &str)> = orgs.iter().map(|(m, i)| (m.as_str(), i.as_str())).collect();
    assert_eq!(
        orgs,
        [
            ("الجيش الكوري الشمالي", "org-head:army:country:KP"),
            ("البحرية الكورية الجنوبية", "org-head:navy:country:KR"),
        ]
    );
}

#[test]
fn a_place_name_two_entries_share_takes_the_reading_its_document_speaks_for() {
    // A Jordanian adjective in the sentence: the capital of Jordan.
    let amman = "ووصل رئيس الوزراء الأردني إلى عمان بعد جولة خليجية.";
    assert_eq!(ids_at(amman, "عمان"), ["city:amman"]);
    // A place after it in the locative: the city.
    let amman = "وتنطلق الرحلات من دبي إلى عمان في الأردن مطلع الشهر.";
    assert_eq!(ids_at(amman, "عمان"), ["city:amman"]);
    // Joined to countries, with Jordan among them: the country.
    let oman = "وشارك في الاجتماع ممثلو الكويت والبحرين وعمان والأردن.";
    assert_eq!(ids_at(oman, "عمان"), ["country:OM"]);
    // Its own unambiguous name elsewhere in the document decides the bare one.
    let oman = "وصل الوفد إلى سلطنة عمان أمس.\nوقال مسؤول في عمان إن المحادثات مثمرة.";
    assert_eq!(ids_at(oman, "عمان"), ["country:OM"]);
    // Nothing speaks: the first-listed reading, the country.
    assert_eq!(
        ids_at("وقال مسؤول في عمان إن المحادثات مثمرة.", "عمان"),
        ["country:OM"]
    );
    // Lebanese evidence for one Tripoli, Libyan for the other.
    let lb = "واندلعت اشتباكات في طرابلس شمال لبنان أمس.";
    assert_eq!(ids_at(lb, "طرابلس"), ["city:tripoli-lb"]);
    let ly = "وعاد الوفد الليبي من بنغازي إلى طرابلس.";
    assert_eq!(ids_at(ly, "طرابلس"), ["city:tripoli-ly"]);
}

#[test]
fn a_place_name_that_is_an_everyday_word_needs_its_evidence() {
    // كابل is Kabul in a document about Afghanistan, a cable elsewhere.
    let kabul = "وقال مسؤول أفغاني إن الهجوم وقع قرب مطار كابل فجر اليوم.";
    assert_eq!(ids_at(kabul, "كابل"), ["city:kabul"]);
    let kabul = "وصل الوفد إلى كابول أمس.\nوقال مسؤول في كابل إن المحادثات جرت في جو إيجابي.";
    assert_eq!(ids_at(kabul, "كابل"), ["city:kabul"]);
    let cable = "ويأتي الجهاز الجديد مع كابل شحن سريع وسماعتين.";
    assert!(ids_at(cable, "كابل").is_empty());
    // حماة ("protectors") is Hama only with Syrian evidence in its sentence, or beside
    // another Syrian city.
    let hama = "وتواصل القصف على ريف إدلب وحمص وحماة منذ أيام.";
    assert_eq!(ids_at(hama, "حماة"), ["city:hama"]);
    let hama = "وخرجت مظاهرات في حماة وسط سوريا أمس.";
    assert_eq!(ids_at(hama, "حماة"), ["city:hama"]);
    let guards =
        "وقال الرئيس السوري إن سوريا تفخر بأبنائها.\nوكرم المحافظ حماة البيئة في حفل أقيم أمس.";
    assert!(ids_at(guards, "حماة").is_empty());
    // العقبة ("the obstacle") is Aqaba only with Jordanian evidence in its sentence.
    let aqaba = "ويعتزم الأردن والعراق مد أنبوب النفط من البصرة إلى العقبة.";
    assert_eq!(ids_at(aqaba, "العقبة"), ["city:aqaba"]);
    let obstacle = "وقال الوزير الأردني إن الاتفاق قريب.\nوقال الوزير إن العقبة الأكبر هي التمويل.";
    assert!(ids_at(obstacle, "العقبة").is_empty());
    // للحج is ل + الحج ("for the pilgrimage") far more often than ل + لحج, and لحج is also
    // ل + حج: Lahij needs Yemeni evidence somewhere in the document.
    let lahij = "وتقدمت القوات اليمنية نحو قاعدة العند.\nواندلعت اشتباكات عنيفة قرب لحج فجر اليوم.";
    assert_eq!(ids_at(lahij, "لحج"), ["city:lahij"]);
    let hajj = "وأعلنت الوزارة اكتمال الاستعدادات للحج هذا العام وفتح باب التسجيل لحج الداخل.";
    assert!(ids_at(hajj, "لحج").is_empty());
}

#[test]
fn the_marks_a_text_writes_rule_out_the_readings_they_contradict() {
    // عمّان (shadda) is Amman, عُمان (damma) is Oman, whatever else the sentence holds.
    let amman = "وقال وزير الخارجية العماني في عمّان إن الزيارة ناجحة.";
    assert_eq!(ids_at(amman, "عمّان"), ["city:amman"]);
    let oman = "وقال وزير الخارجية الأردني إن عُمان شريك مهم.";
    assert_eq!(ids_at(oman, "عُمان"), ["country:OM"]);
}

#[test]
fn a_quoted_name_may_follow_the_words_that_describe_its_cue() {
    let text = "وأعلنت شركة الطيران الوطنية «نسمة» رحلات جديدة، ونقلت وكالة الأنباء الرسمية \"ميزان\" الخبر.";
    let orgs: Vec<&str> = typed_mentions(text)
        .into_iter()
        .filter(|(_, t)| *t == EntityType::Organization)
        .map(|(s, _)| s)
        .collect();
    assert_eq!(orgs, ["نسمة", "ميزان"]);
    // The cue's own closing mark opens nothing (what follows is no name), and a quoted
    // adjective after describing words is one more of them.
    for text in [
        "وقالت «جمعية الصحفيين المستقلة» المعروفة بمواقفها «إن القانون جائر».",
        "وقال رئيس كتلة تحالف القوى الوطنية \"الكبرى\" إن الجلسة تأجلت.",
    ] {
        let found = typed_mentions(text);
        assert!(
            found
                .iter()
                .all(|(s, _)| !s.contains("المعروفة") && *s != "الكبرى"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_person_after_a_place_its_place_word_names_starts_after_the_place() {
    let text = "واستقبل رئيس مجلس محافظة صلاح الدين عمار يوسف الجبوري الوفد في تكريت.";
    assert_eq!(
        typed_mentions(text)[..2],
        [
            ("صلاح الدين", EntityType::Location),
            ("عمار يوسف الجبوري", EntityType::Person)
        ]
    );
}

#[test]
fn a_ministry_written_as_its_adjective_is_the_ministry_where_nothing_else_is_described() {
    let orgs = org_mentions;
    let text =
        "وأكد الناطق باسم الخارجية الأردنية أن السفير سيعود، وأعلنت الداخلية الكويتية إغلاق المنفذ.";
    assert_eq!(
        orgs(text),
        [
            (
                "الخارجية الأردنية".to_string(),
                "org-head:ministry-foreign-affairs:country:JO".to_string()
            ),
            (
                "الداخلية الكويتية".to_string(),
                "org-head:ministry-interior:country:KW".to_string()
            ),
        ]
    );
    // The same id as the ministry written out.
    let full = orgs("وأعلنت وزارة الخارجية الأردنية استدعاء السفير.");
    assert_eq!(full[0].1, "org-head:ministry-foreign-affairs:country:JO");
    // An adjective of a noun, or the office of a minister, is no ministry.
    for text in [
        "وانتقد الكاتب السياسة الخارجية الأردنية.",
        "ورفض التدخل في الشؤون الداخلية الكويتية.",
        "ودعا إلى احترام سياستها الخارجية الأردنية.",
        "والتقت وزيرة الخارجية الأسترالية نظيرها الياباني.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn a_word_written_with_a_tanween_or_god_s_name_alone_is_no_name_of_any_type() {
    let names = |text: &str| -> Vec<String> {
        typed_mentions(text)
            .into_iter()
            .map(|(s, _)| s.to_string())
            .collect()
    };
    let text = "وقال أمين منطقة المدينة المنورة، داعيًا الله أن يجزي العاملين خيراً، إن الموسم نجح.";
    assert!(
        names(text).iter().all(|n| !n.contains("الله")),
        "{:?}",
        names(text)
    );
    let text = "وقد أنهى اللاعب علاقته بنادي الاتحاد تماماً، وابتعد عن المشاركة.";
    assert!(
        names(text).iter().all(|n| !n.contains("تماماً")),
        "{:?}",
        names(text)
    );
    assert!(names("وكان الرجل يحترم زميله حياً وميتاً.").is_empty());
}

#[test]
fn a_region_after_a_place_word_with_bi_is_where_an_office_is_not_whose() {
    let affiliated = |text: &str| -> Vec<String> {
        let doc = Extractor::shared().extract(text);
        relation_ids(&doc)
            .into_iter()
            .filter(|(t, _, _)| *t == RelationType::AffiliatedWith)
            .map(|(_, _, tail)| tail)
            .collect()
    };
    let text =
        "وقال المتحدث الرسمي للدفاع المدني بمنطقة القصيم العقيد خالد المطيري إن الحريق أخمد.";
    assert!(
        affiliated(text).iter().all(|t| !t.contains("qassim")),
        "{:?}",
        affiliated(text)
    );
    // A state after its word is whose office it is.
    let text = "وكان في استقباله وزير الخارجية بدولة قطر خالد العطية.";
    assert!(
        affiliated(text).contains(&"country:QA".to_string()),
        "{:?}",
        affiliated(text)
    );
}

#[test]
fn an_adjective_right_after_a_name_is_no_place_or_organization_of_its_own() {
    let names: Vec<String> = typed_mentions("وقالت صحيفة «تقويم» الموالية إن الحادث مدبر.")
        .into_iter()
        .map(|(s, _)| s.to_string())
        .collect();
    assert_eq!(names, ["تقويم"]);
}

#[test]
fn an_institution_named_after_a_person_is_one_organization() {
    let text = "ومولت الدراسة مؤسسة جون هاريسون لأبحاث القلب، وأجريت في مستشفى سليمان الفقيه بجدة.";
    let orgs: Vec<String> = org_mentions(text).into_iter().map(|(m, _)| m).collect();
    assert_eq!(orgs, ["مؤسسة جون هاريسون", "مستشفى سليمان الفقيه"]);
    let doc = Extractor::shared().extract(text);
    assert!(people(&doc).is_empty(), "{:?}", people(&doc));
    // A listed institution keeps its id.
    let ids: Vec<String> = org_mentions("ويدرس في جامعة الملك عبدالعزيز بجدة.")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(ids, ["org:king-abdulaziz-university"]);
}

#[test]
fn the_eurozone_is_a_region_and_the_euro_alone_no_place() {
    let text = "وتراجع النشاط الاقتصادي في منطقة اليورو بنسبة طفيفة، وارتفع اليورو أمام الدولار.";
    let doc = Extractor::shared().extract(text);
    let found: Vec<(&str, &str)> = doc
        .mentions()
        .into_iter()
        .map(|(e, m)| (&text[m.start..m.end], e.id.as_str()))
        .collect();
    assert_eq!(found, [("منطقة اليورو", "region:eurozone")]);
}

#[test]
fn a_month_alone_is_the_month_where_the_document_writes_it_as_a_time() {
    let names = |text: &str| -> Vec<String> {
        typed_mentions(text)
            .into_iter()
            .map(|(s, _)| s.to_string())
            .collect()
    };
    let text = "بدأ شهر رمضان أمس. إذا دخل رمضان فتحت أبواب الرحمة.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // Nowhere a time: a player's name stays.
    let text = "وسجل رجب الهدف الثاني للفريق بعد خمس دقائق.";
    assert_eq!(names(text), ["رجب"]);
}

#[test]
fn a_club_s_everyday_short_name_after_a_member_s_word_is_the_club() {
    // الهلال alone is "the crescent"; after a player's or a coach's word it is the club.
    assert_eq!(
        ids_at("وسجل مهاجم الهلال هدفين في المباراة.", "الهلال"),
        ["org:al-hilal"]
    );
    assert_eq!(
        ids_at("وقال مدرب الهلال إن الفريق جاهز للمباراة.", "الهلال"),
        ["org:al-hilal"]
    );
    // The club a player moves to, after إلى with the player's word shortly before.
    let text = "وانتقل اللاعب سالم الدوسري إلى الهلال قبل سنوات.";
    assert_eq!(ids_at(text, "الهلال"), ["org:al-hilal"]);
    assert!(relation_ids(&Extractor::shared().extract(text)).contains(&(
        RelationType::Joins,
        "person:salem-al-dawsari".to_string(),
        "org:al-hilal".to_string()
    )));
    // Not a place the member arrives in, nor the word elsewhere.
    assert_eq!(
        ids_at("ووصل مهاجم الفريق إلى الرياض مساء أمس.", "الرياض"),
        ["city:riyadh"]
    );
    assert!(ids_at("وأشار الطبيب إلى الهلال في السماء.", "الهلال").is_empty());
}

#[test]
fn a_name_repeated_in_brackets_inside_a_role_phrase_is_an_aside() {
    let doc = Extractor::shared().extract(
        "وقال رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو إن البطولة ستقام في موعدها.",
    );
    assert!(relation_ids(&doc).contains(&(
        RelationType::AffiliatedWith,
        "person:gianni-infantino".to_string(),
        "org:fifa".to_string()
    )));
}

#[test]
fn whom_an_envoy_is_sent_to_is_neither_whose_office_nor_where_he_is() {
    let doc = Extractor::shared().extract(
        "وكان الرئيس السوري أحمد الشرع قد التقى، الجمعة، المبعوث الأميركي الخاص إلى سوريا توم باراك.",
    );
    let rels = relation_ids(&doc);
    assert!(rels.contains(&(
        RelationType::Meets,
        "person:ahmed-al-sharaa".to_string(),
        "person:tom-barrack".to_string()
    )));
    assert!(!rels
        .iter()
        .any(|(t, h, _)| *t == RelationType::LocatedIn && h == "person:tom-barrack"));
}

#[test]
fn countries_that_join_together_each_join() {
    let doc = Extractor::shared()
        .extract("وانضمت الإمارات ومصر وإيران رسميا إلى مجموعة بريكس مطلع العام.");
    let rels = relation_ids(&doc);
    for c in ["country:AE", "country:EG", "country:IR"] {
        assert!(
            rels.contains(&(RelationType::Joins, c.to_string(), "org:brics".to_string())),
            "{c}: {rels:?}"
        );
    }
}

#[test]
fn agencies_are_named_by_their_initials_in_a_dateline() {
    assert_eq!(
        ids_at("برلين - د ب أ : أعلنت الحكومة خطة جديدة.", "د ب أ"),
        ["org:dpa"]
    );
    assert_eq!(
        ids_at("باريس ( اف ب ) قال الوزير إن المحادثات مستمرة.", "اف ب"),
        ["org:afp"]
    );
    // قنا is Qatar's agency beside Doha, the Egyptian city beside Egypt's places.
    assert_eq!(
        ids_at("الدوحة - قنا : استقبل الأمير ضيفه.", "قنا"),
        ["org:qna"]
    );
    assert_eq!(
        ids_at("وشهدت محافظات الأقصر وقنا وسوهاج أمطارا غزيرة.", "قنا"),
        ["city:qena"]
    );
}

#[test]
fn a_partner_named_before_the_agreement_signs_it() {
    let doc = Extractor::shared()
        .extract("ووقعت أكوا باور السعودية مع حكومة كينيا، في نيروبي أمس، اتفاقية لبناء محطة.");
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::SignsAgreement,
            "org:acwa-power".into(),
            "country:KE".into()
        )),
        "{rels:?}"
    );
    // The adjective after the company's name is no mention of the country.
    assert!(mentions_of(&doc, EntityType::Location)
        .iter()
        .all(|m| *m != "السعودية"));
}

#[test]
fn an_institution_named_after_a_place_is_one_organization() {
    let doc = Extractor::shared()
        .extract("ودرس الطب في جامعة نيجيريا ثم التحق بمعهد موسكو للموسيقى قبل أن يعود إلى لاغوس.");
    assert_eq!(
        mentions_of(&doc, EntityType::Organization),
        ["جامعة نيجيريا", "معهد موسكو للموسيقى"]
    );
    assert_eq!(mentions_of(&doc, EntityType::Location), ["لاغوس"]);
    // A facility after a place stays the place; the seat of a governorate is no institution.
    let doc =
        Extractor::shared().extract("وهبطت الطائرة في مطار دبي، والرمادي مركز محافظة الأنبار.");
    assert!(mentions_of(&doc, EntityType::Organization).is_empty());
}

#[test]
fn a_meeting_told_before_its_subject_and_a_review_with_a_counterpart() {
    for text in [
        "وخلال لقائه مع رئيس الوزراء الإيطالي جورجيا ميلوني، استعرض الرئيس التونسي قيس سعيد ملف الهجرة.",
        "واستعرض الرئيس التونسي قيس سعيد ونظيرته الإيطالية جورجيا ميلوني ملف الهجرة.",
    ] {
        let doc = Extractor::shared().extract(text);
        let rels = relation_ids(&doc);
        assert!(
            rels.iter().any(|(t, _, _)| *t == RelationType::Meets),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn a_place_in_an_event_s_name_is_no_place_of_its_own() {
    let doc = Extractor::shared()
        .extract("وفاز العداء بذهبية أولمبياد لندن 2012 وبلقب كأس آسيا، ثم عاد إلى لندن للتدريب.");
    assert_eq!(mentions_of(&doc, EntityType::Location), ["لندن"]);
    // بطولة before a person is "starring": the person stays.
    let doc = Extractor::shared().extract("ويعرض الفيلم من بطولة أحمد حلمي في القاهرة.");
    assert_eq!(mentions_of(&doc, EntityType::Person), ["أحمد حلمي"]);
}

#[test]
fn a_reception_in_an_office_and_offices_with_words_of_their_own() {
    // Where the reception took place (في مكتبه بالوزارة, في مقر وزارة …) stands between
    // host and guest, and the guest's office may hold nouns in the construct (رئيس فرع
    // الهيئة) and the state whose office it is after ب (بسلطنة عمان).
    for text in [
        "استقبل وزير الخارجية الأردني أيمن الصفدي في مكتبه بالوزارة أمس، نظيره العماني بدر البوسعيدي.",
        "استقبل أيمن الصفدي أمس رئيس فرع الهيئة بمحافظة الزرقاء الدكتور بدر البوسعيدي.",
        "استقبل أيمن الصفدي اليوم معالي وزير الخارجية بسلطنة عمان بدر البوسعيدي.",
        "وكان أيمن الصفدي قد اجتمع أمس في مقر وزارة الخارجية بعمان مع بدر البوسعيدي.",
        "استقبل أيمن الصفدي في ديوان الوزارة أمس نظيره العماني بدر البوسعيدي.",
        "استقبل أيمن الصفدي، في مكتبه بوزارة الخارجية، أمس، نظيره العماني بدر البوسعيدي.",
    ] {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            rels.iter().any(|(t, head, tail)| *t == RelationType::Meets
                && head == "person:ayman-safadi"
                && tail == "person:badr-albusaidi"),
            "{text}: {rels:?}"
        );
    }
    // An honorific that opens an office of its own starts the next person's phrase: the
    // host's offices are the host's, the guest's the guest's.
    let text = "استقبل الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات حاكم دبي معالي الأمين العام لمجلس التعاون جاسم البديوي.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    let has = |t: RelationType, h: &str, tl: &str| {
        rels.iter()
            .any(|(rt, head, tail)| *rt == t && head == h && tail == tl)
    };
    assert!(
        has(
            RelationType::Meets,
            "person:mohammed-bin-rashid",
            "person:jasem-albudaiwi"
        ),
        "{rels:?}"
    );
    assert!(
        has(
            RelationType::AffiliatedWith,
            "person:mohammed-bin-rashid",
            "city:dubai"
        ),
        "{rels:?}"
    );
    assert!(
        has(
            RelationType::AffiliatedWith,
            "person:jasem-albudaiwi",
            "org:gcc"
        ),
        "{rels:?}"
    );
    assert!(
        !has(
            RelationType::AffiliatedWith,
            "person:jasem-albudaiwi",
            "city:dubai"
        ),
        "{rels:?}"
    );
    // A role phrase at the very end of a text, an honorific last.
    for text in [
        "التقى أيمن الصفدي حاكم دبي معالي",
        "معالي",
        "استقبل أيمن الصفدي وزير",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(doc.relations.iter().all(|r| r.head != r.tail), "{text}");
    }
}

#[test]
fn complaints_partners_after_a_comma_guests_received_and_heads_quoted_far_from_their_body() {
    let cases: [(&str, RelationType, &str, &str); 10] = [
        // A complaint or a lawsuit against someone.
        (
            "وتقدمت الأردن بشكوى رسمية إلى مجلس الأمن الدولي ضد إسرائيل.",
            RelationType::TensionWith,
            "country:JO",
            "country:IL",
        ),
        // A partner after a comma (، بالتنسيق مع …).
        (
            "ونفذت منظمة الصحة العالمية، بالتنسيق مع اليونيسف، حملة تطعيم في اليمن.",
            RelationType::CooperatesWith,
            "org:who",
            "org:unicef",
        ),
        // A word the pattern writes before the subject, whose role phrase names a body.
        (
            "ووجه الأمين العام لجامعة الدول العربية أحمد أبو الغيط انتقادات حادة إلى إسرائيل بسبب الاستيطان.",
            RelationType::TensionWith,
            "person:ahmed-aboul-gheit",
            "country:IL",
        ),
        // The visitor received: the object pronoun is the sentence's subject.
        (
            "ووصل أيمن الصفدي إلى مسقط في زيارة رسمية، استقبله خلالها السلطان هيثم بن طارق.",
            RelationType::Meets,
            "person:ayman-safadi",
            "person:haitham-bin-tariq",
        ),
        // A reception told first, its place before the host.
        (
            "وخلال استقباله وزير الخارجية العماني بدر البوسعيدي في عمان، أكد الملك عبدالله الثاني دعم الأردن للسلام.",
            RelationType::Meets,
            "person:abdullah-ii",
            "person:badr-albusaidi",
        ),
        // A palace named without the article (في قصر بيان) between host and guest.
        (
            "واستقبل ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح في قصر بيان صباح اليوم وزير الخارجية الأردني أيمن الصفدي.",
            RelationType::Meets,
            "person:sabah-khalid-al-sabah",
            "person:ayman-safadi",
        ),
        // The company's head quoted after another body was named: the sentence's subject.
        (
            "وأتمت أرامكو صفقة شراء حصة في شركة كورية بعد حصولها على موافقة الحكومة الكورية، وقال رئيسها التنفيذي أمين الناصر إن الصفقة مهمة.",
            RelationType::AffiliatedWith,
            "person:amin-nasser",
            "org:aramco",
        ),
        // A feminine role word with the pronoun (رئيسته: رئيسة with ه), the bank the
        // sentence opened with more than eight words before.
        (
            "وخفض البنك المركزي الأوروبي توقعاته للنمو في منطقة اليورو خلال العام المقبل، وقالت رئيسته كريستين لاغارد إن المخاطر ما زالت قائمة.",
            RelationType::AffiliatedWith,
            "person:christine-lagarde",
            "org:ecb",
        ),
        // What a reporting verb's به introduces, and بحسب, report too.
        (
            "وأعلنت أرامكو عزمها توسيع مصفاة في آسيا خلال العامين المقبلين، وفق ما صرح به رئيسها التنفيذي أمين الناصر في مؤتمر صحفي.",
            RelationType::AffiliatedWith,
            "person:amin-nasser",
            "org:aramco",
        ),
        (
            "وأعلنت أرامكو عن أرباح قياسية في الربع الثالث من العام الجاري بفضل ارتفاع الأسعار، بحسب رئيسها التنفيذي أمين الناصر.",
            RelationType::AffiliatedWith,
            "person:amin-nasser",
            "org:aramco",
        ),
    ];
    for (text, t, head, tail) in cases {
        let rels = relation_ids(&Extractor::shared().extract(text));
        let found = |h: &str, tl: &str| {
            rels.iter()
                .any(|(rt, rh, rtl)| *rt == t && rh == h && rtl == tl)
        };
        assert!(found(head, tail) || found(tail, head), "{text}: {rels:?}");
    }
    // Someone else's lawsuit, reported: no tension for the one who reports it.
    let text = "وقال أيمن الصفدي إن محامين أردنيين كثيرين رفعوا دعوى ضد إسرائيل.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        !rels.iter().any(|(t, _, _)| *t == RelationType::TensionWith),
        "{text}: {rels:?}"
    );
}

#[test]
fn a_visit_described_by_a_clause_before_its_place() {
    // بزيارة لم يعلن عنها مسبقا لبغداد: the clause after the visit's noun neither ends
    // the match nor negates the visit.
    let text = "قام وزير الدفاع الأمريكي لويد أوستن بزيارة لم يعلن عنها مسبقا لبغداد اليوم.";
    let doc = Extractor::shared().extract(text);
    let rels = relation_ids(&doc);
    assert!(
        rels.contains(&(
            RelationType::Visits,
            "person:lloyd-austin".to_string(),
            "city:baghdad".to_string()
        )),
        "{rels:?}"
    );
    assert!(doc.relations.iter().all(|r| r.modality == Modality::Done));
}

#[test]
fn honorifics_in_a_row_open_one_phrase_and_a_verb_is_no_noun_of_an_office() {
    // صاحب السمو: the second honorific opens nothing of its own; the host's offices stay his.
    let text = "التقى صاحب السمو ولي عهد أبوظبي الشيخ محمد بن زايد بالرئيس الأمريكي جو بايدن.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        rels.iter().any(|(t, h, tl)| *t == RelationType::Meets
            && h == "person:mohamed-bin-zayed"
            && tl == "person:joe-biden"),
        "{text}: {rels:?}"
    );
    // A verb after an office is not a noun of it: no one is introduced across it.
    let text = "اجتمع رئيس الوزراء يوسف الشاهد مع رئيس الحكومة يتابع الملفات الوزير محمد العلي.";
    let rels = relation_ids(&Extractor::shared().extract(text));
    assert!(
        !rels.iter().any(|(t, _, _)| *t == RelationType::Meets),
        "{text}: {rels:?}"
    );
}

#[test]
fn a_listed_body_s_alias_in_brackets_is_the_body() {
    // Written for this test: an agency's initials and a body's short name in brackets.
    let text = "وأعلنت وكالة الأنباء الأردنية (بترا) أن الوزير وصل، فيما قالت منظمة الأمم المتحدة للطفولة (يونيسيف) إن المساعدات تأخرت.";
    let doc = Extractor::shared().extract(text);
    let ids_of = |w: &str| -> Vec<String> {
        doc.mentions()
            .into_iter()
            .filter(|(_, m)| m.text == w)
            .map(|(e, _)| e.id.clone())
            .collect()
    };
    assert_eq!(ids_of("بترا"), ["org:petra-agency"]);
    assert_eq!(ids_of("يونيسيف"), ["org:unicef"]);
    // A description in brackets (with the article, or an adjective) is no alias, nor is what
    // follows a company (its model).
    for text in [
        "وقال رئيس حزب الجمهوريين (يميني) إن الانتخابات قريبة.",
        "وقالت الشرطة إن شاحنة من نوع مرسيدس (أكتروس) انقلبت.",
        "وقالت منظمة الصحة العالمية (الأممية) إن الوباء انحسر.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.mentions()
                .iter()
                .all(|(_, m)| m.rule.as_deref() != Some("coref.alias")),
            "{text}"
        );
    }
}

#[test]
fn a_consul_general_is_an_office_of_the_country_he_represents() {
    // القنصل العام, like الأمين العام, is one role word: its country follows with ل.
    let doc = Extractor::shared()
        .extract("واستقبل المحافظ القنصل العام لليونان ديميتريوس كاراكوستاس أمس.");
    let rels = relation_ids(&doc);
    assert!(
        rels.iter()
            .any(|(t, h, tl)| *t == RelationType::AffiliatedWith
                && h.starts_with("PERSON:")
                && tl == "country:GR"),
        "{rels:?}"
    );
}

#[test]
fn a_descriptor_stays_out_of_a_name_that_stands_alone() {
    // Written for this test: each line names a body after its descriptor word; the mention
    // is the name without the word where the name stands alone (the output contract), with
    // the listed body's id.
    let cases = [
        (
            "وقالت منظمة أوبك إن الإنتاج سيرتفع الشهر المقبل.",
            "أوبك",
            "org:opec",
        ),
        (
            "وأرسلت منظمة أطباء بلا حدود فريقا طبيا إلى المدينة.",
            "أطباء بلا حدود",
            "org:msf",
        ),
        (
            "وتبنى تنظيم القاعدة الهجوم في بيان.",
            "القاعدة",
            "org:al-qaeda",
        ),
        (
            "وقال متحدث باسم حركة فتح إن الاجتماع تأجل.",
            "فتح",
            "org:fatah",
        ),
        (
            "وفاز حزب العدالة والتنمية التركي بأغلب البلديات.",
            "العدالة والتنمية",
            "org:akp",
        ),
        ("ووقعت شركة بي بي عقدا مع الحكومة.", "بي بي", "org:bp"),
        ("واحتفل نادي الهلال بلقب الدوري.", "الهلال", "org:al-hilal"),
        (
            "ونقلت صحيفة الوئام عن مصدر مطلع أن القرار صدر.",
            "الوئام",
            "org:al-weeam",
        ),
        (
            "وذكرت صحيفة النهار اللبنانية أن الحكومة ستجتمع.",
            "النهار",
            "org:an-nahar",
        ),
    ];
    for (text, name, id) in cases {
        assert_eq!(
            organizations(text),
            [(id.to_string(), name.to_string())],
            "{text}"
        );
    }
    // Where the rest is no name by itself, or hangs on the word with ل, the word stays.
    for (text, name) in [
        ("وقال حزب الله إن مقاتليه تصدوا للهجوم.", "حزب الله"),
        (
            "وعقدت منظمة شنغهاي للتعاون قمتها في أستانا.",
            "منظمة شنغهاي للتعاون",
        ),
        (
            "وحذرت منظمة الصحة العالمية من موجة جديدة.",
            "منظمة الصحة العالمية",
        ),
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.mentions().iter().any(|(_, m)| m.text == name),
            "{text}: {:?}",
            doc.mentions()
        );
    }
}

#[test]
fn a_tagged_name_does_not_run_from_a_club_into_the_person_after_it() {
    // Written for this test: the club's word, the club and its president's name.
    let doc = Extractor::shared().extract("وحضر رئيس نادي هجر سامي الملحم التدريب.");
    let texts: Vec<(EntityType, String)> = doc
        .mentions()
        .into_iter()
        .map(|(e, m)| (e.entity_type, m.text.clone()))
        .collect();
    assert!(
        texts.contains(&(EntityType::Organization, "هجر".to_string())),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|(_, t)| t.starts_with("هجر ")),
        "{texts:?}"
    );
}

/// The organizations' mention texts in `text`, in order.
fn organization_texts(text: &str) -> Vec<String> {
    organizations(text).into_iter().map(|(_, t)| t).collect()
}

#[test]
fn a_company_named_with_its_field_is_one_name() {
    // Written for this test: a company's word, its name, ل and what it does, with the
    // field's adjectives; the company's word goes, a bank's stays.
    for (text, name) in [
        (
            "ووقعت شركة النخيل للتطوير العقاري عقدا مع الوزارة.",
            "النخيل للتطوير العقاري",
        ),
        (
            "وأعلنت شركة باريك غولد للتعدين فوزها بالمناقصة.",
            "باريك غولد للتعدين",
        ),
        (
            "وأطلقت شركة الطائف للاستثمار والسياحة مهرجانا جديدا.",
            "الطائف للاستثمار والسياحة",
        ),
        (
            "وكشفت سامسونغ للإلكترونيات عن هاتفها الجديد.",
            "سامسونغ للإلكترونيات",
        ),
        (
            "وقال مدير مصرف الإمارات للتنمية إن القروض زادت.",
            "مصرف الإمارات للتنمية",
        ),
    ] {
        assert_eq!(organization_texts(text), [name.to_string()], "{text}");
    }
    // ل before what is no field, and a field after a nationality adjective, which describes
    // the company.
    for (text, not) in [
        (
            "وقالت شركة تويتر للحصول على البيانات إنها ستدفع.",
            "تويتر للحصول",
        ),
        (
            "وخطف العمال قرب مجمع شركة إيني الإيطالية للنفط.",
            "إيني الإيطالية للنفط",
        ),
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.mentions().iter().all(|(_, m)| m.text != not),
            "{text}: {:?}",
            doc.mentions()
        );
    }
}

#[test]
fn a_body_s_head_in_the_construct_with_an_adjective_names_it() {
    // Written for this test: a head without the article, a definite word and an adjective.
    for (text, name) in [
        (
            "وأعلنت هيئة الطيران المدني تعليق الرحلات إلى المدينة.",
            "هيئة الطيران المدني",
        ),
        (
            "وقالت نقابة المهندسين الأردنيين إن الانتخابات تأجلت.",
            "نقابة المهندسين الأردنيين",
        ),
        (
            "وعقد مجلس الشؤون السياسية والأمنية اجتماعه أمس.",
            "مجلس الشؤون السياسية والأمنية",
        ),
        (
            "ووزعت جمعية البر الخيرية السلال على الأسر.",
            "جمعية البر الخيرية",
        ),
    ] {
        assert_eq!(organization_texts(text), [name.to_string()], "{text}");
    }
    // A device, a government described by its country's adjective, a period, and a head
    // that was definite (للجنة: ل and اللجنة) make no such name.
    for text in [
        "واشترى الطالب جهاز الكمبيوتر اللوحي الجديد.",
        "ووافق مجلس الوزراء المصري على المشروع.",
        // Two spaces between the head and its word change nothing.
        "ووافق مجلس  الوزراء المصري على المشروع.",
        // A generic head of org_heads.tsv reads its adjective by its own rule.
        "وقال رئيس هيئة الأركان السعودي إن التدريبات بدأت.",
        "وناقشت جلسة مجلس الوزراء الأسبوعية الميزانية.",
        "وقدم التقرير للجنة الوطنية الفنية أمس.",
    ] {
        let doc = Extractor::shared().extract(text);
        assert!(
            doc.mentions()
                .iter()
                .all(|(_, m)| m.rule.as_deref() != Some("org.body-construct")),
            "{text}: {:?}",
            doc.mentions()
        );
    }
}

#[test]
fn a_seat_aside_and_a_decimal_number_stand_inside_a_gap() {
    // ، ومقرها …، between a signer and its agreement is an aside, not a new clause; 1.2 is
    // one number, not a sentence's end or a break between two words.
    for text in [
        "ووقعت المؤسسة الوطنية للنفط الليبية، ومقرها طرابلس، مذكرة تفاهم مع شركة بي بي البريطانية.",
        "ووقعت المؤسسة الوطنية للنفط الليبية اتفاقية بقيمة 1.2 مليار دولار مع شركة بي بي البريطانية.",
    ] {
        let rels = relation_ids(&Extractor::shared().extract(text));
        assert!(
            rels.contains(&(
                RelationType::SignsAgreement,
                "org:noc-libya".to_string(),
                "org:bp".to_string()
            )),
            "{text}: {rels:?}"
        );
    }
}

#[test]
fn a_gulf_family_name_with_the_article_is_the_surname_of_a_name_rule_and_tagger_found() {
    // فهد الجلاجل (a role, a given name and the tagger vouch for it) is الجلاجل later on.
    let text = "وصل وزير الصحة فهد الجلاجل إلى جازان أمس. وقال الجلاجل إن الوضع الصحي مستقر.";
    let doc = Extractor::shared().extract(text);
    let person = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "فهد الجلاجل"))
        .expect("the minister");
    assert!(
        person
            .mentions
            .iter()
            .any(|m| m.text == "الجلاجل" && m.rule.as_deref() == Some("coref.surname")),
        "{:?}",
        person.mentions
    );
}

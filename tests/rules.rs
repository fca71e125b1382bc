//! The rule layer: every relation rule's own example (from gazetteers/relations.tsv), and the
//! entity rules on sentences written for these tests.

mod common;

use common::mentions_of;
use kashf::{Document, EntityType, Extractor, RelationType};

fn relation_ids(doc: &Document) -> Vec<(RelationType, String, String)> {
    doc.relations
        .iter()
        .map(|r| {
            (
                r.relation_type,
                doc.entities[r.head].id.clone(),
                doc.entities[r.tail].id.clone(),
            )
        })
        .collect()
}

#[test]
fn every_relation_rule_example_yields_its_relation() {
    let tsv = include_str!("../gazetteers/relations.tsv");
    let mut rows = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = rows.next().unwrap().split('\t').collect();
    assert_eq!(
        header,
        ["id", "type", "head", "tail", "triggers", "example", "expected"]
    );
    let mut failures = Vec::new();
    let mut n = 0;
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        let (id, ty, example, expected) = (f[0], f[1], f[5], f[6]);
        let ty = RelationType::parse(ty).unwrap();
        let (head, tail) = expected
            .split_once(" > ")
            .expect("expected is `head > tail`");
        let doc = Extractor::shared().extract(example);
        let rels = relation_ids(&doc);
        let found = rels.iter().any(|(t, h, tl)| {
            *t == ty
                && ((h == head && tl == tail) || (ty.is_symmetric() && h == tail && tl == head))
        });
        if !found {
            failures.push(format!(
                "{id}: {example}\n    want {ty:?} {head} > {tail}, got {rels:?}"
            ));
        }
        n += 1;
    }
    assert!(n >= 20, "the rule file has its examples");
    assert!(
        failures.is_empty(),
        "rule examples that fail:\n{}",
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
fn a_surname_joins_the_earlier_full_name() {
    let doc = Extractor::shared()
        .extract("وصل العقيد مراد زيتوني إلى عمان. وقال زيتوني للصحفيين إن الزيارة ناجحة.");
    let people: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Person)
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
    let texts: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["مراد زيتوني", "زيتوني"]);
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
    assert_eq!(ev.trigger.text, "عزمها توقيع");
    assert_eq!(&text[ev.trigger.start..ev.trigger.end], ev.trigger.text);
    assert_eq!(&text[ev.sentence.start..ev.sentence.end], text);
    assert_eq!(ev.rule, "plans.intend-sign");
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
}

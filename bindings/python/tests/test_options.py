"""The keywords mirror the Rust builder."""

import kashf

HEADER = "id\ttype\tsubtype\tname\tforms\n"
TEXT = "وصل الوفد الأممي إلى القامشلي 🚙 قادماً من دمشق، والتقى مسؤولي الهلال الأحمر."


def test_own_gazetteer_merged_or_alone(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(HEADER + "city:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n", encoding="utf-8")

    merged = kashf.Extractor(gazetteers=[mine]).extract(TEXT)
    ids = {e.id for e in merged.entities}
    assert {"city:qamishli", "city:damascus"} <= ids

    alone = kashf.Extractor(gazetteers=[mine], defaults=False).extract(TEXT)
    assert [e.id for e in alone.entities] == ["city:qamishli"]
    m = alone.entities[0].mentions[0]
    assert TEXT[m.start : m.end] == "القامشلي"


def test_patterns(tmp_path):
    pats = tmp_path / "orgs.jsonl"
    pats.write_text(
        '{"label": "ORG", "pattern": "الهلال الأحمر", "id": "org:red-crescent"}\n', encoding="utf-8"
    )
    doc = kashf.Extractor(patterns=[pats], defaults=False).extract(TEXT)
    assert [(e.id, e.type) for e in doc.entities] == [("org:red-crescent", "ORGANIZATION")]


def test_switches_are_accepted_and_named_in_repr():
    ex = kashf.Extractor(rules=False, variants=False, skip=["anercorp_persons.tsv"], tagger=False)
    text = repr(ex)
    for part in ("rules=False", "variants=False", "skip=['anercorp_persons.tsv']", "tagger=False"):
        assert part in text
    doc = ex.extract(TEXT)
    assert all(m.rule == "list" for _, m in doc.mentions())


def test_rules_off_finds_lists_only():
    text = "قال اللواء عبدالرحيم المزروعي إن الوفد وصل إلى دمشق."
    with_rules = [(m.text, m.rule) for _, m in kashf.Extractor(tagger=False).extract(text).mentions()]
    lists_only = [
        (m.text, m.rule) for _, m in kashf.Extractor(rules=False, tagger=False).extract(text).mentions()
    ]
    assert with_rules == [("عبدالرحيم المزروعي", "person.title"), ("دمشق", "list")]
    assert lists_only == [("دمشق", "list")]


def test_the_tagger_finds_names_no_list_holds_and_switches_off():
    text = "وصرح كوستاس بابادوبولوس للصحفيين بأن المفاوضات طويلة."
    tagged = [(m.text, m.rule) for _, m in kashf.Extractor().extract(text).mentions()]
    assert tagged == [("كوستاس بابادوبولوس", "tagger")]
    assert not kashf.Extractor(tagger=False).extract(text).mentions()

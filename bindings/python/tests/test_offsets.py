"""Offsets index the Python string exactly: code points, not bytes or UTF-16 units."""

import json

import pytest

import kashf
from conftest import NEWS


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", NEWS)
def test_mentions_index_the_python_string(extractor, text):
    doc = extractor.extract(text)
    mentions = doc.mentions()
    assert mentions, "every test text names someone or something"
    data = text.encode("utf-8")
    for entity, m in mentions:
        assert text[m.start : m.end] == m.text
        assert data[m.byte_start : m.byte_end].decode("utf-8") == m.text
        assert m.rule is not None
        assert entity.type in ("PERSON", "LOCATION", "ORGANIZATION", "MISC")
    # The texts are built so that the three kinds of offsets differ before some mention.
    last = mentions[-1][1]
    assert utf16_len(text[: last.start]) != last.start != last.byte_start


@pytest.mark.parametrize("text", NEWS)
def test_relation_evidence_indexes_the_python_string(extractor, text):
    doc = extractor.extract(text)
    assert doc.relations, "every test text holds a relation"
    for rel in doc.relations:
        assert rel.head in doc.entities and rel.tail in doc.entities
        assert rel.modality in ("done", "planned", "negated")
        assert rel.evidence
        for ev in rel.evidence:
            s, t = ev.sentence, ev.trigger
            assert text[s.start : s.end] == s.text
            assert text[t.start : t.end] == t.text
            assert s.start <= t.start <= t.end <= s.end
            assert t.rule is None and ev.rule


def test_diacritics_tatweel_and_flags(extractor):
    text = NEWS[0]
    doc = extractor.extract(text)
    riyadh = doc.entity("city:riyadh")
    assert riyadh is not None and riyadh.type == "LOCATION"
    assert [m.text for m in riyadh.mentions] == ["الرِّياض"]  # shadda and kasra kept

    doc = extractor.extract(NEWS[3])
    moscow = doc.entity("city:moscow")
    assert [m.text for m in moscow.mentions] == ["موسـكو", "موسكو"]  # tatweel kept
    ankara = doc.entity("city:ankara").mentions[0]
    assert (ankara.start, ankara.end) == (2, 7)  # after a flag: two code points, 8 bytes
    assert (ankara.byte_start, ankara.byte_end) == (8, 18)


def test_known_people_and_relations(extractor):
    doc = extractor.extract(NEWS[1])
    ids = [e.id for e in doc.entities]
    assert "person:hakan-fidan" in ids and "person:sergei-lavrov" in ids
    lavrov = doc.entity("person:sergei-lavrov")
    assert lavrov.name == "Sergey Lavrov" and lavrov.subtype == "minister"
    assert [m.text for m in lavrov.mentions] == ["سيرغي لافروف", "لافروف"]
    kinds = {(r.type, r.head.id, r.tail.id) for r in doc.relations}
    assert ("VISITS", "person:sergei-lavrov", "city:tehran") in kinds
    assert any(
        r.type == "MEETS" and {r.head.id, r.tail.id} == {"person:hakan-fidan", "person:sergei-lavrov"}
        for r in doc.relations
    )


@pytest.mark.parametrize("text", NEWS)
def test_json_contract_matches_the_objects(extractor, text):
    doc = extractor.extract(text)
    data = doc.to_dict()
    assert data == json.loads(doc.to_json()) == json.loads(doc.to_json(pretty=True))
    assert len(data["entities"]) == len(doc.entities)
    for obj, ent in zip(doc.entities, data["entities"]):
        assert (obj.id, obj.type, obj.subtype, obj.name) == (
            ent["id"], ent["type"], ent["subtype"], ent["name"])
        for m, jm in zip(obj.mentions, ent["mentions"]):
            # In the contract start/end are bytes, char_start/char_end the Python indices.
            assert (m.start, m.end) == (jm["char_start"], jm["char_end"])
            assert (m.byte_start, m.byte_end) == (jm["start"], jm["end"])
            assert m.text == jm["text"] and m.rule == jm["rule"]
    assert len(doc.implied_relations) == len(data.get("implied_relations", []))
    pairs = list(zip(doc.relations, data["relations"]))
    pairs += zip(doc.implied_relations, data.get("implied_relations", []))
    for rel, jr in pairs:
        assert rel.type == jr["type"]
        assert rel.head is doc.entities[jr["head"]]
        assert rel.tail is doc.entities[jr["tail"]]
        for ev, je in zip(rel.evidence, jr["evidence"]):
            assert (ev.sentence.byte_start, ev.sentence.byte_end) == (
                je["sentence"]["start"], je["sentence"]["end"])
            assert ev.trigger.start == je["trigger"]["char_start"]


def test_empty_and_nameless_texts(extractor):
    for text in ["", " ", "🙂", "hello world", "\x00\u200f"]:
        doc = extractor.extract(text)
        assert doc.entities == () and doc.relations == ()
        assert doc.text == text
        assert doc.to_dict() == {"entities": [], "relations": []}


def test_lone_surrogates_keep_offsets(extractor):
    # Not valid Unicode, but a legal Python str: read as U+FFFD, one code point for one.
    text = "\ud83d وصل لافروف\udc00 إلى أنقرة."
    doc = extractor.extract(text)
    found = {m.text: (m.start, m.end) for _, m in doc.mentions()}
    assert found["لافروف"] == (text.index("لافروف"), text.index("لافروف") + 6)
    assert found["أنقرة"] == (text.index("أنقرة"), text.index("أنقرة") + 5)
    for _, m in doc.mentions():
        assert text[m.start : m.end] == m.text


def test_extract_takes_only_str(extractor):
    with pytest.raises(TypeError):
        extractor.extract(b"bytes")
    with pytest.raises(TypeError):
        extractor.extract(None)


def test_reprs_help(extractor):
    doc = extractor.extract(NEWS[1])
    text = repr(doc)
    assert text.startswith("Document(") and "Sergey Lavrov (PERSON)" in text
    assert "VISITS(Sergey Lavrov, Tehran)" in text
    lavrov = doc.entity("person:sergei-lavrov")
    assert repr(lavrov) == "Entity('person:sergei-lavrov', PERSON/minister, 'Sergey Lavrov', mentions=2)"
    m = lavrov.mentions[1]
    assert repr(m) == f"Mention('لافروف', 123:129, rule='{m.rule}')"
    assert repr(extractor).startswith("Extractor() <")
    assert "VISITS" in repr(doc.relations[1]) or "VISITS" in repr(doc.relations)


def test_mentions_and_entity_helpers(extractor):
    doc = extractor.extract(NEWS[3])
    starts = [m.start for _, m in doc.mentions()]
    assert starts == sorted(starts)
    assert doc.entity("nothing:here") is None
    assert doc == extractor.extract(NEWS[3])
    assert doc != extractor.extract(NEWS[2])


def test_package_is_typed():
    import importlib.resources as resources

    files = {p.name for p in resources.files("kashf").iterdir()}
    assert {"py.typed", "_kashf.pyi", "spacy.py"} <= files
    assert kashf.__version__


def test_a_country_named_only_by_an_adjective_is_an_implied_relation(extractor):
    doc = extractor.extract("قال وزير الخارجية المصري سامح شكري إن المحادثات مفيدة.")
    assert doc.relations == ()
    (rel,) = doc.implied_relations
    assert (rel.type, rel.tail.id, rel.tail.mentions) == ("AFFILIATED_WITH", "country:EG", ())
    assert rel.head is doc.entity(rel.head.id) and rel.head.mentions
    assert doc.to_dict()["implied_relations"][0]["type"] == "AFFILIATED_WITH"

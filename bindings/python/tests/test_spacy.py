"""The spaCy component on spacy.blank("ar")."""

import subprocess
import sys

import pytest

spacy = pytest.importorskip(
    "spacy", reason="spaCy is not installed: pip install './bindings/python[spacy]' to run these"
)

import kashf  # noqa: E402
import kashf.spacy  # noqa: E402,F401  (registers the factory, as the entry point would)
from conftest import NEWS  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    nlp.add_pipe("kashf")
    return nlp


def test_ents_from_kashf(nlp):
    doc = nlp(NEWS[1])
    got = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert got == [
        ("هاكان فيدان", "PERSON", "person:hakan-fidan"),
        ("أنقرة", "LOCATION", "city:ankara"),
        ("سيرغي لافروف", "PERSON", "person:sergei-lavrov"),
        ("سوريا", "LOCATION", "country:SY"),
        ("لافروف", "PERSON", "person:sergei-lavrov"),
        ("طهران", "LOCATION", "city:tehran"),
    ]
    assert doc._.kashf_stats == {
        "mentions": 6, "exact": 6, "expanded": 0, "dropped_overlap": 0, "dropped_unaligned": 0}


def test_relations_on_the_doc(nlp):
    doc = nlp(NEWS[1])
    rels = doc._.kashf_relations
    visits = [r for r in rels if r["type"] == "VISITS"]
    assert visits and visits[0]["head"] == "person:sergei-lavrov" and visits[0]["tail"] == "city:tehran"
    kb_ids = {e.kb_id_ for e in doc.ents}
    for r in rels:
        assert r["modality"] in ("done", "planned", "negated")
        for ev in r["evidence"]:
            s, e = ev["trigger"]
            assert doc.text[s:e] == ev["trigger_text"]
            assert doc.char_span(*ev["sentence"], alignment_mode="expand") is not None
    # Every argument that has a mention in the text is one of the doc's entities.
    kdoc = kashf.Extractor().extract(doc.text)
    for r in rels:
        for end in (r["head"], r["tail"]):
            assert end in kb_ids or not kdoc.entity(end).mentions
    # Relations whose argument has no mention come last, marked.
    flags = [r["implied"] for r in rels]
    assert flags == sorted(flags) and len(flags) == len(kdoc.relations) + len(kdoc.implied_relations)
    for r in rels:
        assert r["implied"] == any(not kdoc.entity(end).mentions for end in (r["head"], r["tail"]))


def test_misaligned_mentions_are_expanded_and_counted(nlp):
    # spaCy keeps proclitics on the token (وروسيا, بـ"سبوتنيك"); kashf's mention leaves them out.
    text = 'وصل لافروف إلى أنقرة، والتقى بـ"سبوتنيك" وروسيا وبموسكو 🎙️.'
    doc = nlp(text)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("لافروف", "person:sergei-lavrov"),
        ("أنقرة", "city:ankara"),
        ('بـ"سبوتنيك', "org:sputnik"),
        ("وروسيا", "country:RU"),
        ("وبموسكو", "city:moscow"),
    ]
    assert doc._.kashf_stats == {
        "mentions": 5, "exact": 2, "expanded": 3, "dropped_overlap": 0, "dropped_unaligned": 0}


def test_overlaps_after_expansion_are_resolved_and_counted(nlp):
    # No space after the comma: spaCy makes one token of two kashf mentions. The earlier wins.
    doc = nlp("زار الوفد موسكو،بكين الأسبوع الماضي.")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("موسكو،بكين", "city:moscow")]
    stats = doc._.kashf_stats
    assert stats == {
        "mentions": 2, "exact": 0, "expanded": 1, "dropped_overlap": 1, "dropped_unaligned": 0}
    assert stats["mentions"] == sum(v for k, v in stats.items() if k != "mentions")


def test_entities_of_earlier_components_stay():
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "أنقرة"}])
    nlp.add_pipe("kashf")
    doc = nlp(NEWS[1])
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("هاكان فيدان", "PERSON"), ("أنقرة", "GPE")]
    assert doc._.kashf_stats["dropped_overlap"] == 1

    nlp = spacy.blank("ar")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "أنقرة"}])
    nlp.add_pipe("kashf", config={"overwrite_ents": True})
    doc = nlp(NEWS[1])
    assert [(e.text, e.label_) for e in doc.ents][1] == ("أنقرة", "LOCATION")


def test_pipe_equals_call(nlp):
    texts = NEWS * 3
    piped = list(nlp.pipe(texts, batch_size=4))
    for text, doc in zip(texts, piped):
        single = nlp(text)
        assert [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents] == [
            (e.start_char, e.end_char, e.label_, e.kb_id_) for e in single.ents]
        assert doc._.kashf_relations == single._.kashf_relations


def test_displacy_renders(nlp):
    from spacy import displacy

    html = displacy.render(nlp(NEWS[0]), style="ent", options={"colors": kashf.spacy.COLORS})
    assert "direction: rtl" in html
    assert "ORGANIZATION" in html and "person:badr-abdelatty" in html


def test_doc_serializes_and_pipeline_saves(nlp, tmp_path):
    from spacy.tokens import Doc

    doc = nlp(NEWS[2])
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.kb_id_) for e in back.ents] == [(e.text, e.kb_id_) for e in doc.ents]
    assert back._.kashf_relations == doc._.kashf_relations

    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [(e.text, e.kb_id_) for e in loaded(NEWS[2]).ents] == [(e.text, e.kb_id_) for e in doc.ents]


def test_config_mirrors_the_extractor(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "id\ttype\tsubtype\tname\tforms\ncity:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n",
        encoding="utf-8",
    )
    nlp = spacy.blank("ar")
    nlp.add_pipe("kashf", config={"gazetteers": [str(mine)], "defaults": False})
    assert [e.kb_id_ for e in nlp("وصل الوفد إلى القامشلي ودمشق.").ents] == ["city:qamishli"]

    bad = tmp_path / "bad.tsv"
    bad.write_text("id\ttype\tsubtype\tname\tforms\nx\tPLANET\t-\tX\tس\n", encoding="utf-8")
    with pytest.raises(kashf.LoadError) as caught:
        spacy.blank("ar").add_pipe("kashf", config={"gazetteers": [str(bad)]})
    assert caught.value.line == 2


def test_entry_point_finds_the_factory_without_import():
    code = (
        "import spacy; nlp = spacy.blank('ar'); nlp.add_pipe('kashf'); "
        "print([e.kb_id_ for e in nlp('وصل لافروف إلى أنقرة.').ents])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['person:sergei-lavrov', 'city:ankara']"

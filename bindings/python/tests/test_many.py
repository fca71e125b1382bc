"""extract_many is extract in a loop, on every core, in input order."""

import threading

import pytest

import kashf
from conftest import NEWS


def corpus():
    # Texts of very different lengths, the empty one included, so threads finish out of order.
    texts = []
    for i in range(60):
        n = (i * 7) % 13
        texts.append(" ".join(NEWS[(i + j) % len(NEWS)] for j in range(n)))
    return texts


@pytest.mark.parametrize("threads", [None, 1, 2, 3, 64])
def test_extract_many_equals_extract_in_a_loop(extractor, threads):
    texts = corpus()
    many = extractor.extract_many(texts, threads=threads)
    assert len(many) == len(texts)
    assert many == [extractor.extract(t) for t in texts]
    for text, doc in zip(texts, many):
        assert doc.text is text or doc.text == text
        for _, m in doc.mentions():
            assert text[m.start : m.end] == m.text


def test_any_iterable_and_edge_cases(extractor):
    assert extractor.extract_many([]) == []
    assert extractor.extract_many(t for t in NEWS[:2]) == [extractor.extract(t) for t in NEWS[:2]]
    assert extractor.extract_many(tuple(NEWS), threads=2) == [extractor.extract(t) for t in NEWS]
    with pytest.raises(TypeError):
        extractor.extract_many(NEWS[0])
    with pytest.raises(TypeError, match="item 1"):
        extractor.extract_many([NEWS[0], 42])
    with pytest.raises(ValueError):
        extractor.extract_many(NEWS, threads=0)


def test_custom_extractor_in_many(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "id\ttype\tsubtype\tname\tforms\ncity:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n",
        encoding="utf-8",
    )
    ex = kashf.Extractor(gazetteers=[mine], defaults=False)
    texts = ["وصل الوفد إلى القامشلي 🚙 أمس."] * 5 + [""]
    docs = ex.extract_many(texts, threads=2)
    assert [len(d.entities) for d in docs] == [1, 1, 1, 1, 1, 0]


def test_python_threads_share_one_extractor(extractor):
    texts = corpus()[:20]
    expected = [extractor.extract(t) for t in texts]
    results = {}

    def work(k):
        results[k] = [extractor.extract(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(4))

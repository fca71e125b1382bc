"""Building reads every file; problems are LoadError with the file, the line and the reason."""

import pickle

import pytest

import kashf

HEADER = "id\ttype\tsubtype\tname\tforms\n"


def test_bad_gazetteer_line(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my list\n"
        + HEADER
        + "city:qamishli\tLOCATION\tcity\tQamishli\tالقامشلي\n"
        + "city:nowhere\tPLANET\tcity\tNowhere\tلامكان\n",
        encoding="utf-8",
    )
    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(gazetteers=[path])
    err = caught.value
    assert isinstance(err, ValueError)
    assert err.file == str(path)
    assert err.line == 4
    assert "unknown type `PLANET`" in err.reason
    assert err.kind == "data"
    assert str(err) == f"{path}:4: {err.reason}"


def test_bad_header_and_field_count(tmp_path):
    path = tmp_path / "short.tsv"
    path.write_text(HEADER + "org:x\tORGANIZATION\tagency\n", encoding="utf-8")
    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(gazetteers=[str(path)])
    assert (caught.value.file, caught.value.line) == (str(path), 2)
    assert "tab-separated fields" in caught.value.reason

    path = tmp_path / "header.tsv"
    path.write_text("name\tforms\n", encoding="utf-8")
    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(gazetteers=[path])
    assert caught.value.line == 1


def test_bad_pattern_line(tmp_path):
    path = tmp_path / "patterns.jsonl"
    path.write_text(
        '{"label": "ORG", "pattern": "الهلال الأحمر", "id": "org:red-crescent"}\n'
        '{"label": "ORG", "id": "org:empty"}\n',
        encoding="utf-8",
    )
    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(patterns=[path])
    assert (caught.value.file, caught.value.line) == (str(path), 2)
    assert "pattern" in caught.value.reason


def test_missing_file_and_unknown_skip(tmp_path):
    missing = tmp_path / "absent.tsv"
    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(gazetteers=[missing])
    assert caught.value.file == str(missing) and caught.value.line is None
    assert caught.value.kind == "io"
    assert str(caught.value).startswith(f"{missing}: ")

    with pytest.raises(kashf.LoadError) as caught:
        kashf.Extractor(skip=["no-such-list.tsv"])
    assert caught.value.file is None and caught.value.line is None
    assert caught.value.kind == "config"
    assert str(caught.value) == caught.value.reason


def test_load_error_pickles():
    err = kashf.LoadError("a.tsv", 3, "unknown type `X`")
    back = pickle.loads(pickle.dumps(err))
    assert (back.file, back.line, back.reason, back.kind) == ("a.tsv", 3, "unknown type `X`", "data")
    assert str(back) == "a.tsv:3: unknown type `X`"


def test_a_str_is_not_a_list_of_files():
    with pytest.raises(TypeError):
        kashf.Extractor(gazetteers="mine.tsv")
    with pytest.raises(TypeError):
        kashf.Extractor("positional")

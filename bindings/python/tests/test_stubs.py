"""The shipped stubs (_kashf.pyi) match the extension module, and the package type-checks."""

import subprocess
import sys

import pytest


def test_stubs_match_the_module(tmp_path):
    pytest.importorskip("mypy.stubtest", reason="mypy is not installed: the stubs are not checked")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "kashf._kashf"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_use_checks(tmp_path):
    pytest.importorskip("mypy", reason="mypy is not installed: the stubs are not checked")
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import kashf\n"
        "ex = kashf.Extractor(gazetteers=['a.tsv'], rules=False, tagger=True)\n"
        "doc: kashf.Document = ex.extract('نص')\n"
        "starts: list[int] = [m.start for _, m in doc.mentions()]\n"
        "names = [r.head.name + r.tail.name for r in doc.relations]\n"
        "docs: list[kashf.Document] = ex.extract_many(['a', 'b'], threads=2)\n"
        "err: kashf.LoadError = kashf.LoadError('a.tsv', 3, 'bad')\n"
        "line: int | None = err.line\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.py"
    bad.write_text("import kashf\nkashf.Extractor().extract(3)\n", encoding="utf-8")
    ok = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", str(sample)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert ok.returncode == 0, ok.stdout
    wrong = subprocess.run(
        [sys.executable, "-m", "mypy", str(bad)], capture_output=True, text=True, cwd=tmp_path
    )
    assert wrong.returncode == 1 and "arg-type" in wrong.stdout, wrong.stdout

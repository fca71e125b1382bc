"""The Python examples of the READMEs and of the docstrings run as written."""

import doctest
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TOP_README = HERE.parents[2] / "README.md"
PY_README = HERE.parent / "README.md"


def python_blocks(path: Path, section: str = ""):
    """The ```python blocks of a README, or of its `## section` only."""
    text = path.read_text(encoding="utf-8")
    if section:
        m = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
        text = m.group(1) if m else ""
    return re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)


def run_blocks(blocks):
    namespace = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, "README", "exec"), namespace)


def test_top_readme_python_example():
    if not TOP_README.is_file():
        pytest.skip(f"no top-level README.md at {TOP_README} (not run from a checkout)")
    # The Python section's examples (other sections show recipes, such as Spark's, that need
    # a cluster).
    blocks = python_blocks(TOP_README, "Python")
    if not blocks:
        pytest.skip(f"{TOP_README} has no ```python block yet: nothing to run")
    run_blocks(blocks)


def test_package_readme_examples(capsys):
    blocks = [b for b in python_blocks(PY_README) if "spacy" not in b]
    assert blocks, f"{PY_README} shows Python examples"
    run_blocks(blocks[:1])
    # The first example's output is shown under it ("prints", then a ```text block).
    shown = re.search(r"^```text\n(.*?)^```", PY_README.read_text(encoding="utf-8"), re.M | re.S)
    assert capsys.readouterr().out == shown.group(1)
    run_blocks(blocks[1:])


def test_package_readme_spacy_example():
    pytest.importorskip("spacy", reason="spaCy is not installed: the README's spaCy example is not run")
    blocks = [b for b in python_blocks(PY_README) if "spacy" in b]
    assert blocks, f"{PY_README} shows the spaCy component"
    run_blocks(blocks)


def test_docstring_examples():
    import kashf

    assert doctest.testmod(kashf, raise_on_error=True).attempted


def test_spacy_docstring_example():
    pytest.importorskip("spacy", reason="spaCy is not installed: kashf.spacy's example is not run")
    import kashf.spacy

    assert doctest.testmod(kashf.spacy, raise_on_error=True).attempted

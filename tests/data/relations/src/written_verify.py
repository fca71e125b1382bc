#!/usr/bin/env python3
"""Checks a written set's gold against its text and scores the gold against itself with score.py
(run from tests/data/relations): python3 src/written_verify.py written2|written3."""
import json, re, subprocess, sys
name = sys.argv[1] if len(sys.argv) > 1 else "written2"
doc = open(f"{name}.txt", encoding="utf-8").read()
raw = doc.encode("utf-8")
gold = json.load(open(f"{name}.gold.json", encoding="utf-8"))
assert doc.endswith("\n") and doc.count("\n") == 80
starts = [0]
for i, ch in enumerate(doc):
    if ch == "\n": starts.append(i + 1)
bad = 0
spans = []
for e in gold["entities"]:
    ln = int(e["key"].split(":")[0][1:])
    for m in e["mentions"]:
        if doc[m["char_start"]:m["char_end"]] != m["text"]: print("CHAR MISMATCH", e["key"], m); bad += 1
        if raw[m["start"]:m["end"]].decode("utf-8") != m["text"]: print("BYTE MISMATCH", e["key"], m); bad += 1
        if not (starts[ln - 1] <= m["char_start"] < m["char_end"] <= starts[ln] - 1): print("WRONG LINE", e["key"], m); bad += 1
        if m["text"] != m["text"].strip(): print("WHITESPACE", e["key"], m); bad += 1
        nxt = doc[m["char_end"]:m["char_end"] + 1]
        if re.match(r"[\u0621-\u064A]", nxt): print("NOT WORD END", e["key"], m["text"], repr(nxt)); bad += 1
        prev = doc[max(0, m["char_start"] - 3):m["char_start"]]
        w = re.search(r"[\u0621-\u064A\u0640]*$", prev).group(0)
        if w and not re.fullmatch(r"[وفبكل\u0640]+", w): print("PREFIX?", e["key"], m["text"], repr(w)); bad += 1
        spans.append((m["char_start"], m["char_end"], e["key"]))
spans.sort()
for a, b in zip(spans, spans[1:]):
    if a[1] > b[0]: print("OVERLAP", a, b); bad += 1
# unannotated repeats of an annotated surface in the same line
for e in gold["entities"]:
    ln = int(e["key"].split(":")[0][1:])
    line = doc[starts[ln - 1]:starts[ln] - 1]
    for surf in {m["text"] for m in e["mentions"]}:
        for mm in re.finditer(re.escape(surf), line):
            if re.match(r"[\u0621-\u064A]", line[mm.end():mm.end() + 1]):
                continue  # part of a longer word, e.g. a nisba (المغربية)
            s = starts[ln - 1] + mm.start()
            if not any(x[0] <= s < x[1] for x in spans): print("UNANNOTATED REPEAT", e["key"], surf); bad += 1
keys = {e["key"] for e in gold["entities"]}
assert len(keys) == len(gold["entities"])
for r in gold["relations"]:
    for k in r["head"] + r["tail"]:
        assert k in keys, r
        assert k.split(":")[0] == f"L{r['line']}", r
# system form: every gold entity and relation (optional ones included)
idx = {e["key"]: i for i, e in enumerate(gold["entities"])}
system = {"entities": [{"id": e["key"], "type": e["type"], "subtype": e["subtype"], "name": e["name"],
                        "mentions": e["mentions"]} for e in gold["entities"]],
          "relations": [{"type": r["type"], "head": idx[r["head"][0]], "tail": idx[r["tail"][0]]} for r in gold["relations"]]}
json.dump(system, open(f"/tmp/{name}.selfsys.json", "w"), ensure_ascii=False)
print("problems:", bad)
out = subprocess.run([sys.executable, "../../../../shared/eval/score.py", f"{name}.gold.json", f"/tmp/{name}.selfsys.json", "--verbose"], capture_output=True, text=True)
print(out.stdout, out.stderr, "exit", out.returncode)

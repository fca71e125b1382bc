#!/usr/bin/env python3
"""Checks the relation dev/test gold files against their texts.

usage: python3 validate.py [DIR]      (DIR defaults to this script's folder)

For dev and test it checks that
  - the text is UTF-8 with \\n line ends (no \\r) and ends with \\n, and has no empty line;
  - the gold JSON has the score.py shape: document = file name, entities[] with key, type,
    subtype, name, mentions[], optional flag; relations[] with type, head[], tail[],
    symmetric, evidence, optional flag;
  - every mention's text equals the file slice at its char offsets and at its UTF-8 byte
    offsets, the two offset pairs agree, and the text has no surrounding whitespace;
  - every key is unique, has the form L<line>:<name>, and every mention of it lies on that line;
  - gold mentions do not overlap;
  - entity types are PERSON / LOCATION / ORGANIZATION, relation types are the ten of SCHEMA.md;
  - every relation key exists, head and tail are non-empty, all keys of a relation sit on one
    line, the symmetric flag is true exactly for the symmetric types, the evidence is a
    non-empty substring of that line;
  - meta.tsv has one row per line of each file, with the line's relation types.
Exit status 0 when everything passes, 1 otherwise; prints counts per file.
"""
import json, os, re, sys
from collections import Counter

ENTITY_TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}
RELATION_TYPES = {"MEETS", "VISITS", "PLANS_AGREEMENT", "SIGNS_AGREEMENT", "COOPERATES_WITH",
                  "JOINS", "PURCHASE", "AFFILIATED_WITH", "TENSION_WITH", "LOCATED_IN"}
SYMMETRIC = {"MEETS", "PLANS_AGREEMENT", "SIGNS_AGREEMENT", "COOPERATES_WITH", "TENSION_WITH"}
KEY = re.compile(r"L([1-9][0-9]*):[a-z0-9_]+")

errors = []


def err(msg):
    errors.append(msg)


def check_file(folder, name):
    raw = open(os.path.join(folder, f"{name}.txt"), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}.txt: not UTF-8: {e}")
        return None
    if "\r" in text:
        err(f"{name}.txt: contains \\r")
    if not text.endswith("\n"):
        err(f"{name}.txt: does not end with \\n")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, line in enumerate(lines, 1):
        if not line.strip():
            err(f"{name}.txt:{i}: empty line")
        if line != line.strip():
            err(f"{name}.txt:{i}: leading or trailing whitespace")
    # char span of each line (1-based)
    spans, pos = {}, 0
    for i, line in enumerate(lines, 1):
        spans[i] = (pos, pos + len(line))
        pos += len(line) + 1

    gold = json.load(open(os.path.join(folder, f"{name}.gold.json"), encoding="utf-8"))
    if gold.get("document") != f"{name}.txt":
        err(f"{name}.gold.json: document is {gold.get('document')!r}, expected {name}.txt")
    keys = {}
    all_mentions = []
    ent_count, ment_count = Counter(), Counter()
    for e in gold.get("entities", []):
        k = e.get("key")
        where = f"{name}.gold.json entity {k!r}"
        if not isinstance(k, str) or not KEY.fullmatch(k):
            err(f"{where}: key must look like L<line>:<name>")
            continue
        if k in keys:
            err(f"{where}: duplicate key")
        line_no = int(KEY.fullmatch(k).group(1))
        if line_no not in spans:
            err(f"{where}: line {line_no} does not exist")
            continue
        keys[k] = line_no
        if e.get("type") not in ENTITY_TYPES:
            err(f"{where}: bad type {e.get('type')!r}")
        if not (e.get("subtype") is None or isinstance(e.get("subtype"), str)):
            err(f"{where}: subtype must be a string or null")
        if not isinstance(e.get("name"), str) or not e["name"]:
            err(f"{where}: missing name")
        if "optional" in e and not isinstance(e["optional"], bool):
            err(f"{where}: optional must be a boolean")
        if not isinstance(e.get("mentions"), list):
            err(f"{where}: mentions must be a list")
            continue
        ent_count[e["type"] + ("?" if e.get("optional") else "") + ("" if e["mentions"] else "-")] += 1
        ls, le = spans[line_no]
        for m in e["mentions"]:
            try:
                s, t, cs, ce, mt = m["start"], m["end"], m["char_start"], m["char_end"], m["text"]
            except KeyError as x:
                err(f"{where}: mention without {x}")
                continue
            if not (0 <= cs < ce <= len(text)):
                err(f"{where}: char offsets out of range {cs}-{ce}")
                continue
            if text[cs:ce] != mt:
                err(f"{where}: text {mt!r} != file chars {text[cs:ce]!r} at {cs}-{ce}")
            try:
                by = raw[s:t].decode("utf-8")
            except UnicodeDecodeError:
                by = None
            if by != mt:
                err(f"{where}: text {mt!r} != file bytes {by!r} at {s}-{t}")
            if len(text[:cs].encode("utf-8")) != s or len(text[:ce].encode("utf-8")) != t:
                err(f"{where}: byte and char offsets disagree for {mt!r}")
            if mt != mt.strip() or not mt:
                err(f"{where}: mention {mt!r} has surrounding whitespace or is empty")
            if not (ls <= cs and ce <= le):
                err(f"{where}: mention {mt!r} at {cs}-{ce} is not on line {line_no}")
            all_mentions.append((cs, ce, k, mt))
            ment_count[e["type"] + ("?" if e.get("optional") else "")] += 1
    all_mentions.sort()
    for a, b in zip(all_mentions, all_mentions[1:]):
        if b[0] < a[1]:
            err(f"{name}.gold.json: mentions overlap: {a[2]} {a[3]!r} and {b[2]} {b[3]!r}")

    rel_count, rel_opt = Counter(), Counter()
    types_by_line = {i: [] for i in spans}
    for i, r in enumerate(gold.get("relations", [])):
        where = f"{name}.gold.json relation #{i} ({r.get('type')})"
        if r.get("type") not in RELATION_TYPES:
            err(f"{where}: bad type")
            continue
        if r.get("symmetric") is not (r["type"] in SYMMETRIC):
            err(f"{where}: symmetric must be {r['type'] in SYMMETRIC}")
        if "optional" in r and not isinstance(r["optional"], bool):
            err(f"{where}: optional must be a boolean")
        head, tail = r.get("head"), r.get("tail")
        if not isinstance(head, list) or not isinstance(tail, list) or not head or not tail:
            err(f"{where}: head and tail must be non-empty lists of keys")
            continue
        lines_of = set()
        for k in head + tail:
            if k not in keys:
                err(f"{where}: unknown key {k!r}")
            else:
                lines_of.add(keys[k])
        if set(head) & set(tail):
            err(f"{where}: a key is both head and tail")
        if len(lines_of) > 1:
            err(f"{where}: keys from several lines {sorted(lines_of)}")
        ev = r.get("evidence")
        if not isinstance(ev, str) or not ev.strip():
            err(f"{where}: missing evidence")
        elif len(lines_of) == 1:
            ln = lines_of.pop()
            if ev not in lines[ln - 1]:
                err(f"{where}: evidence is not a substring of line {ln}")
            types_by_line[ln].append(r["type"] + ("?" if r.get("optional") else ""))
        (rel_opt if r.get("optional") else rel_count)[r["type"]] += 1
    return {"lines": len(lines), "entities": ent_count, "mentions": ment_count,
            "relations": rel_count, "optional_relations": rel_opt, "types_by_line": types_by_line}


def check_meta(folder, results):
    path = os.path.join(folder, "meta.tsv")
    rows = open(path, encoding="utf-8").read().split("\n")
    if rows[-1] == "":
        rows = rows[:-1]
    if rows[0] != "file\tline\tsource\tanercorp_index\ttypes\tnotes":
        err("meta.tsv: bad header")
    seen = Counter()
    for n, row in enumerate(rows[1:], 2):
        f = row.split("\t")
        if len(f) != 6:
            err(f"meta.tsv:{n}: expected 6 columns, got {len(f)}")
            continue
        fname, line, source, idx, types, _ = f
        name = fname[:-4]
        if name not in results:
            err(f"meta.tsv:{n}: unknown file {fname}")
            continue
        ln = int(line)
        seen[name] += 1
        if source not in ("anercorp", "written"):
            err(f"meta.tsv:{n}: bad source {source}")
        if (source == "anercorp") != idx.isdigit() or (source == "written" and idx != "-"):
            err(f"meta.tsv:{n}: source/index mismatch")
        want = sorted(results[name]["types_by_line"].get(ln, []))
        got = sorted(types.split(",")) if types != "-" else []
        if want != got:
            err(f"meta.tsv:{n}: types {got} but the gold has {want}")
    for name, res in results.items():
        if seen[name] != res["lines"]:
            err(f"meta.tsv: {seen[name]} rows for {name}.txt, which has {res['lines']} lines")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    results = {}
    for name in ("dev", "test"):
        res = check_file(folder, name)
        if res:
            results[name] = res
    check_meta(folder, results)
    for name, res in results.items():
        print(f"{name}: {res['lines']} lines")
        print("  entities (type, ? = optional, - = no mention):",
              ", ".join(f"{k} {v}" for k, v in sorted(res["entities"].items())))
        print("  mentions:", ", ".join(f"{k} {v}" for k, v in sorted(res["mentions"].items())))
        print("  relations (scored + optional):")
        for t in sorted(RELATION_TYPES):
            print(f"    {t:<16} {res['relations'][t]:>3} + {res['optional_relations'][t]}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"validate.py: {len(errors)} error(s)")
        sys.exit(1)
    print("validate.py: all checks passed")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The build shared by the written sets (written2_build.py, written3_build.py): inline-annotated
lines in, a text, a gold file in score.py's format and a notes table out.
Markup: [[key|surface]] marks a mention; keys are local to a line and get the prefix "L<n>:".
Entity spec: key -> "TYPE/subtype/English name", a leading "?" marks the entity optional.
Relation spec: "TYPE head1,head2 > tail1,tail2", a leading "?" marks it optional."""
import json
import re
from collections import Counter

SYM = {"MEETS", "PLANS_AGREEMENT", "SIGNS_AGREEMENT", "COOPERATES_WITH", "TENSION_WITH"}

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")

def build(stem, data):
    """Writes STEM.txt, STEM.gold.json and STEM.notes.tsv (in the working directory) from
    `data`: (line with [[key|surface]] marks, entity specs, relation specs, note) tuples."""
    lines, ents, rels, notes = [], [], [], []
    doc = ""
    for n, (src, espec, rspec, note) in enumerate(data, 1):
        assert "\n" not in src
        text, mentions, pos, last = "", [], 0, 0
        for m in MARK.finditer(src):
            text += src[last:m.start()]
            s = len(doc) + len(text)
            text += m.group(2)
            mentions.append((m.group(1), s, s + len(m.group(2)), m.group(2)))
            last = m.end()
        text += src[last:]
        assert "[[" not in text and "]]" not in text and "|" not in text, n
        line_start = len(doc)
        doc += text + "\n"
        pre = f"L{n}:"
        local = {}
        for k, spec in espec.items():
            opt = spec.startswith("?")
            typ, sub, name = spec.lstrip("?").split("/", 2)
            e = {"key": pre + k, "type": typ, "subtype": sub or None, "name": name, "mentions": []}
            if opt:
                e["optional"] = True
            local[k] = e
            ents.append(e)
        for k, s, t, surf in mentions:
            assert k in local, (n, k)
            local[k]["mentions"].append({"char_start": s, "char_end": t, "text": surf})
        for k, e in local.items():
            assert e["mentions"], (n, k)
        stated = []
        for r in rspec:
            opt = r.startswith("?")
            typ, rest = r.lstrip("?").split(" ", 1)
            h, t = [x.strip().split(",") for x in rest.split(">")]
            for k in h + t:
                assert k in local, (n, k)
            hm = local[h[0]]["mentions"][0]; tm = local[t[0]]["mentions"][0]
            a, b = min(hm["char_start"], tm["char_start"]), max(hm["char_end"], tm["char_end"])
            rel = {"type": typ, "head": [pre + x for x in h], "tail": [pre + x for x in t],
                   "symmetric": typ in SYM, "line": n, "evidence": doc[a:b]}
            if opt:
                rel["optional"] = True
            rels.append(rel)
            stated.append(("(" + typ + ")") if opt else typ)
        notes.append((n, stated, note))
        lines.append(text)
    # byte offsets
    b = doc.encode("utf-8")
    pref = [0]
    for ch in doc:
        pref.append(pref[-1] + len(ch.encode("utf-8")))
    for e in ents:
        for m in e["mentions"]:
            m["start"], m["end"] = pref[m["char_start"]], pref[m["char_end"]]
            ordered = {"start": m["start"], "end": m["end"], "char_start": m["char_start"],
                       "char_end": m["char_end"], "text": m["text"]}
            m.clear(); m.update(ordered)
    gold = {"document": f"{stem}.txt", "entities": ents, "relations": rels}
    with open(f"{stem}.txt", "w", encoding="utf-8") as f:
        f.write(doc)
    with open(f"{stem}.gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(f"{stem}.notes.tsv", "w", encoding="utf-8") as f:
        f.write("line\trelations (optional in parentheses)\tnote\n")
        for n, st, note in notes:
            f.write(f"{n}\t{', '.join(st) if st else 'NONE'}\t{note}\n")


def summary(path, lines):
    """Prints entities by type (scored / optional, mentions) and relations by type (scored +
    optional) of a built gold file of `lines` lines."""
    gold = json.load(open(path, encoding="utf-8"))
    ents, opt, ments = Counter(), Counter(), Counter()
    for e in gold["entities"]:
        (opt if e.get("optional") else ents)[e["type"]] += 1
        ments[e["type"]] += len(e["mentions"])
    print(f"entities: {len(gold['entities'])} ({sum(ments.values())} mentions)")
    for t in sorted(set(ents) | set(opt)):
        print(f"  {t:<13} {ents[t]} scored + {opt[t]} optional ({ments[t]} mentions)")
    sc, op = Counter(), Counter()
    for r in gold["relations"]:
        (op if r.get("optional") else sc)[r["type"]] += 1
    print(f"relations: {sum(sc.values())} scored + {sum(op.values())} optional")
    for t in sorted(set(sc) | set(op), key=lambda t: (-sc[t], t)):
        print(f"  {t:<16} {sc[t]} + {op[t]}")
    scored = {r["line"] for r in gold["relations"] if not r.get("optional")}
    anyrel = {r["line"] for r in gold["relations"]}
    none = [n for n in range(1, lines + 1) if n not in anyrel]
    print(f"lines with a scored relation: {len(scored)}; only optional: {sorted(anyrel - scored)}; none: {none}")

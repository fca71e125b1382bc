#!/usr/bin/env python3
"""Builds dev/test texts, gold JSON and meta.tsv from the annotation sources.

usage: build.py [--review FILE]   (run from any directory)

Inputs (beside this script):
  split.json        ANERcorp sentence indices assigned to dev and test (seeded shuffle)
  *.ann             annotation blocks, one per line of the output files (format in README)
  ANERcorp train.txt (path in ANERCORP below; read-only, outside the repository)
Outputs (in the parent folder): dev.txt, test.txt, dev.gold.json, test.gold.json, meta.tsv
"""
import json, os, re, sys, glob, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ANERCORP = os.environ.get("ANERCORP", "/work/shared/data/anercorp/train.txt")

TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
REL = {"MEETS": "MEETS", "VISITS": "VISITS", "PLANS": "PLANS_AGREEMENT", "SIGNS": "SIGNS_AGREEMENT",
       "COOP": "COOPERATES_WITH", "JOINS": "JOINS", "PURCHASE": "PURCHASE", "AFFIL": "AFFILIATED_WITH",
       "TENSION": "TENSION_WITH", "LOCATED": "LOCATED_IN"}
SYMMETRIC = {"MEETS", "PLANS_AGREEMENT", "SIGNS_AGREEMENT", "COOPERATES_WITH", "TENSION_WITH"}
PROCLITICS = set("وفبكل")


def load_anercorp(path=ANERCORP):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if "\t" not in line:
            if cur:
                sents.append(cur); cur = []
            continue
        tok, tag = line.split("\t")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def sentence_text(tokens):
    """Tokens joined with single spaces; empty tokens are skipped, and the stray spaces some
    ANERcorp tokens carry (', ' in sentence 214, 'الأمن1706 ' in 3866) are trimmed."""
    return " ".join(t.strip() for t, _ in tokens if t.strip() != "")


def is_word_char(c):
    cat = unicodedata.category(c)
    return cat[0] in "LMN"


def boundary_ok(text, s, e, loose_left=False, loose_right=False):
    if not loose_right and e < len(text) and is_word_char(text[e]):
        return False
    if loose_left:
        return True
    p = s
    # up to two proclitic letters before the mention (و + ب/ل/ك, ف + ب/ل)
    for _ in range(3):
        if p == 0 or not is_word_char(text[p - 1]):
            return True
        if text[p - 1] in PROCLITICS:
            p -= 1
            continue
        return False
    return False


class AnnError(Exception):
    pass


def parse(paths):
    blocks, cur = [], None
    for path in paths:
        for n, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            where = f"{os.path.basename(path)}:{n}"
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("== "):
                cur = {"id": line[3:].strip(), "ents": [], "rels": [], "notes": [], "text": None,
                       "file": None, "where": where}
                blocks.append(cur); continue
            if cur is None:
                raise AnnError(f"{where}: line outside a block")
            tag, _, rest = line.partition(" ")
            opt = tag.startswith("?")
            tag = tag.lstrip("?")
            if tag == "T":
                cur["text"] = rest
            elif tag == "F":
                cur["file"] = rest.strip()
            elif tag == "N":
                cur["notes"].append(rest.strip())
            elif tag == "R":
                body, _, ev = rest.partition("|")
                parts = body.split()
                if len(parts) != 3 or parts[0] not in REL:
                    raise AnnError(f"{where}: bad relation line: {line}")
                cur["rels"].append({"type": REL[parts[0]], "head": parts[1].split("+"),
                                    "tail": parts[2].split("+"), "optional": opt,
                                    "evidence": ev.strip(), "where": where})
            elif tag.split("/")[0] in TYPES:
                t, _, sub = tag.partition("/")
                left, sep, specs = rest.partition(" = ")
                if not sep:
                    raise AnnError(f"{where}: entity line without ' = ': {line}")
                key, _, name = left.strip().partition(" ")
                if not re.fullmatch(r"[a-z0-9_]+", key):
                    raise AnnError(f"{where}: bad key {key!r}")
                specs = [] if specs.strip() == "-" else [s.strip() for s in specs.split(";") if s.strip()]
                cur["ents"].append({"key": key, "type": TYPES[t], "subtype": sub or None,
                                    "name": name.strip(), "optional": opt, "specs": specs, "where": where})
            else:
                raise AnnError(f"{where}: unknown line: {line}")
    return blocks


def locate(text, block):
    """Returns {key: [(char_start, char_end)]} for the block's entities."""
    claimed = []  # (s, e, key)
    items = []
    for ent in block["ents"]:
        for spec in ent["specs"]:
            m = re.fullmatch(r"(~?)(.+?)(~?)(?:#(\d+))?", spec)
            ll, surface, lr, k = m.group(1) == "~", m.group(2), m.group(3) == "~", m.group(4)
            items.append((ent, spec, surface, ll, lr, int(k) if k else None))
    items.sort(key=lambda x: -len(x[2]))
    out = {e["key"]: [] for e in block["ents"]}
    for ent, spec, surface, ll, lr, k in items:
        occ = []
        start = 0
        while True:
            i = text.find(surface, start)
            if i < 0:
                break
            start = i + 1
            j = i + len(surface)
            if boundary_ok(text, i, j, ll, lr):
                occ.append((i, j))
        if k is not None:
            if k > len(occ):
                raise AnnError(f"{ent['where']}: {spec!r}: only {len(occ)} occurrences in {block['id']}")
            occ = [occ[k - 1]]
            if any(a < j and i < b for (i, j) in occ for (a, b, _) in claimed):
                raise AnnError(f"{ent['where']}: {spec!r} overlaps an earlier mention in {block['id']}")
        else:
            occ = [(i, j) for (i, j) in occ if not any(a < j and i < b for (a, b, _) in claimed)]
        if not occ:
            raise AnnError(f"{ent['where']}: {spec!r} not found (or all overlapped) in {block['id']}")
        for i, j in occ:
            claimed.append((i, j, ent["key"]))
            out[ent["key"]].append((i, j))
    for key in out:
        out[key].sort()
    return out


def build(review=None):
    sents = load_anercorp()
    split = json.load(open(os.path.join(HERE, "split.json")))
    blocks = parse(sorted(glob.glob(os.path.join(HERE, "*.ann"))))
    by_id = {}
    for b in blocks:
        if b["id"] in by_id:
            raise AnnError(f"{b['where']}: duplicate block {b['id']}")
        by_id[b["id"]] = b
    files = {"dev": [], "test": []}
    for name in ("dev", "test"):
        for idx in split[name]:
            bid = f"a{idx}"
            if bid not in by_id:
                raise AnnError(f"no annotation block for {bid} ({name})")
            b = by_id.pop(bid)
            b["text"] = sentence_text(sents[idx]); b["source"] = "anercorp"; b["index"] = idx
            files[name].append(b)
    for bid, b in list(by_id.items()):
        if not bid.startswith("w:"):
            raise AnnError(f"{b['where']}: block {bid} is neither in split.json nor written (w:)")
        if b["file"] not in files or not b["text"]:
            raise AnnError(f"{b['where']}: written block {bid} needs 'F dev|test' and 'T text'")
        b["source"] = "written"; b["index"] = None
        files[b["file"]].append(b)
    meta = ["file\tline\tsource\tanercorp_index\ttypes\tnotes"]
    rev = []
    for name, bl in files.items():
        lines = [b["text"] for b in bl]
        for t in lines:
            if "\n" in t or "\r" in t:
                raise AnnError("newline inside a line")
        full = "\n".join(lines) + "\n"
        gold = {"document": f"{name}.txt", "entities": [], "relations": []}
        char_off = 0; byte_off = 0
        for ln, b in enumerate(bl, 1):
            text = b["text"]
            spans = locate(text, b)
            keys = set()
            for ent in b["ents"]:
                k = f"L{ln}:{ent['key']}"
                if k in keys:
                    raise AnnError(f"{ent['where']}: duplicate key {ent['key']}")
                keys.add(k)
                ms = []
                for (s, e) in spans[ent["key"]]:
                    ms.append({"start": byte_off + len(text[:s].encode()), "end": byte_off + len(text[:e].encode()),
                               "char_start": char_off + s, "char_end": char_off + e, "text": text[s:e]})
                ge = {"key": k, "type": ent["type"], "subtype": ent["subtype"], "name": ent["name"], "mentions": ms}
                if ent["optional"]:
                    ge["optional"] = True
                gold["entities"].append(ge)
            types = []
            for r in b["rels"]:
                for a in r["head"] + r["tail"]:
                    if f"L{ln}:{a}" not in keys:
                        raise AnnError(f"{r['where']}: unknown key {a} in {b['id']}")
                if not r["evidence"]:
                    raise AnnError(f"{r['where']}: relation without evidence")
                if r["evidence"] not in text:
                    raise AnnError(f"{r['where']}: evidence is not a substring of the line: {r['evidence']}")
                gr = {"type": r["type"], "head": [f"L{ln}:{a}" for a in r["head"]],
                      "tail": [f"L{ln}:{a}" for a in r["tail"]], "symmetric": r["type"] in SYMMETRIC,
                      "evidence": r["evidence"]}
                if r["optional"]:
                    gr["optional"] = True
                gold["relations"].append(gr)
                types.append(r["type"] + ("?" if r["optional"] else ""))
            meta.append(f"{name}.txt\t{ln}\t{b['source']}\t{b['index'] if b['index'] is not None else '-'}\t"
                        f"{','.join(types) if types else '-'}\t{' '.join(b['notes'])}")
            if review is not None:
                marks = sorted(((s, e, ent) for ent in b["ents"] for (s, e) in spans[ent["key"]]), key=lambda x: x[0])
                out, p = [], 0
                for s, e, ent in marks:
                    out.append(text[p:s]); out.append(f"[{text[s:e]}]{ent['type'][0]}{'?' if ent['optional'] else ''}:{ent['key']}")
                    p = e
                out.append(text[p:])
                rev.append(f"{name} L{ln} {b['id']}\n  " + "".join(out))
                for ent in b["ents"]:
                    if not spans[ent["key"]]:
                        rev.append(f"  (no mention) {ent['key']} {ent['type']} {ent['subtype']} {ent['name']}")
                for r in b["rels"]:
                    rev.append(f"  {'?' if r['optional'] else ' '}{r['type']} {'+'.join(r['head'])} -> {'+'.join(r['tail'])} | {r['evidence']}")
                for nt in b["notes"]:
                    rev.append(f"  N: {nt}")
            char_off += len(text) + 1; byte_off += len(text.encode()) + 1
        with open(os.path.join(OUT, f"{name}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(full)
        with open(os.path.join(OUT, f"{name}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(OUT, "meta.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta) + "\n")
    if review is not None:
        with open(review, "w", encoding="utf-8") as f:
            f.write("\n".join(rev) + "\n")


if __name__ == "__main__":
    rv = None
    if "--review" in sys.argv:
        rv = sys.argv[sys.argv.index("--review") + 1]
    try:
        build(rv)
    except AnnError as e:
        print("build.py:", e, file=sys.stderr)
        sys.exit(1)

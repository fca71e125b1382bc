#!/usr/bin/env python3
"""Derives the ANERcorp gazetteers (gazetteers/anercorp_persons.tsv, anercorp_organizations.tsv) from the first 90% of the
sentences of ANERcorp train, so that the last 10% stays a clean development split.

usage: tools/derive_anercorp.py ../shared/data/anercorp/train.txt [--min-count N] [--min-ratio R]

An entity string is kept when it is tagged with one type at least N times (default 2, or once
for multi-word names) and at least R (default 0.6) of all occurrences of that token sequence
in the split carry that tag. A leading proclitic (و ف ب ل ك, and لل for ال) is stripped when the
bare string is itself a tagged entity. Forms already in the curated lists are skipped: those
lists are reviewed by hand and take precedence. Output: CC BY-SA 4.0, as ANERcorp.
"""
import argparse, collections, glob, os, re, sys

# Locations are left out: the curated place lists cover them, and on the development split the
# derived location list cost more precision than it gave recall (LOC F1 0.760 without it, 0.755
# with it).
TYPES = {"PERS": ("PERSON", "persons"), "ORG": ("ORGANIZATION", "organizations")}
# Read by hand in the most frequent rows of the output: ordinary words, titles or groups that
# are not organizations, which a name list must not claim outside ANERcorp's own text.
EXCLUDE = {
    "الشيعة", "شيعة", "الحرام", "الحائر", "الأصحاب", "البانتو", "الوفاق", "قريش", "الحنين إلى النبي",
    "سيدتي", "صن", "القاعدة", "الرضا", "غريب", "رشيد", "البابا", "القيصر", "الخور", "ايل", "لوب",
    "كورت",
}
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s):
    s = MARKS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())


def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not line.strip():
            if sent:
                yield sent
            sent = []
        elif len(cols) >= 2:
            sent.append((cols[0], cols[-1]))
        else:
            sent.append(("", cols[-1]))
    if sent:
        yield sent


def chunks(tags):
    out, start, typ = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        bio, _, t = tag.partition("-")
        if typ is not None and (bio in ("B", "O") or t != typ):
            out.append((start, i, typ))
            typ = None
        if bio == "B" or (bio == "I" and typ is None):
            start, typ = i, t
    return out


def curated_forms(gaz_dir):
    forms = set()
    for f in glob.glob(os.path.join(gaz_dir, "*.tsv")):
        if os.path.basename(f).startswith("anercorp_"):
            continue
        lines = [l for l in open(f, encoding="utf-8") if not l.startswith("#")]
        if not lines or not lines[0].startswith("id\ttype"):
            continue
        for l in lines[1:]:
            cols = l.rstrip("\n").split("\t")
            if len(cols) == 5:
                forms.update(norm(x) for x in cols[4].split("|"))
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-ratio", type=float, default=0.6)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "gazetteers"))
    a = ap.parse_args()
    sents = list(sentences(a.train))
    sents = sents[: len(sents) - len(sents) // 10]
    typed = collections.Counter()
    surface = collections.defaultdict(collections.Counter)
    for s in sents:
        toks = [t for t, _ in s]
        for b, e, t in chunks([g for _, g in s]):
            if t in TYPES:
                raw = " ".join(toks[b:e])
                typed[(norm(raw), t)] += 1
                surface[norm(raw)][raw] += 1
    # Every occurrence of each candidate token sequence, tagged or not.
    cands = {k[0] for k in typed}
    maxlen = max((len(c.split()) for c in cands), default=1)
    total = collections.Counter()
    for s in sents:
        toks = [norm(t) for t, _ in s]
        for i in range(len(toks)):
            for n in range(1, maxlen + 1):
                seq = " ".join(toks[i:i + n])
                if seq in cands:
                    total[seq] += 1
    entity_forms = cands
    curated = curated_forms(a.out)
    best = {}
    for (s, t), n in typed.items():
        if n > best.get(s, (0, ""))[0]:
            best[s] = (n, t)
    kept = collections.defaultdict(dict)
    for s, (n, t) in best.items():
        words = s.split()
        ratio = n / max(total[s], n)
        if len(s) < 2 or ratio < a.min_ratio or (n < a.min_count and len(words) < 2):
            continue
        form = s
        for p in ("ولل", "لل", "وب", "ول", "و", "ف", "ب", "ل", "ك"):
            rest = ("ال" + s[len(p):]) if p.endswith("لل") else s[len(p):]
            if s.startswith(p) and (rest in entity_forms or rest in curated):
                form = rest
                break
        if form in curated or form in {norm(x) for x in EXCLUDE}:
            continue
        # Two names tagged as one (فرنسا وايطاليا, فرنسا لخافيير): an annotation slip.
        joined = any(w[:1] in "وفبل" and (w[1:] in entity_forms or w[1:] in curated) for w in form.split()[1:])
        if joined:
            continue
        raw = surface[s].most_common(1)[0][0] if s in surface else form
        if form != s:
            raw = raw[len(raw) - len(form):] if len(raw) >= len(form) else form
        kept[t][form] = (kept[t].get(form, (0, raw))[0] + n, raw)
    for t, (etype, fname) in TYPES.items():
        path = os.path.join(a.out, f"anercorp_{fname}.tsv")
        with open(path, "w", encoding="utf-8") as out:
            out.write("# source: entity strings of ANERcorp (Benajiba, Rosso and Benedí 2007), first 90% of the\n")
            out.write("# train sentences only, made by tools/derive_anercorp.py; licence: CC BY-SA 4.0\n")
            out.write("id\ttype\tsubtype\tname\tforms\n")
            rows = sorted(kept[t].items(), key=lambda x: (-x[1][0], x[0]))
            for i, (form, (n, raw)) in enumerate(rows):
                out.write(f"anercorp:{t.lower()}:{i + 1}\t{etype}\t-\t{raw}\t{raw}\n")
        print(f"{path}: {len(kept[t])} entries", file=sys.stderr)


if __name__ == "__main__":
    main()

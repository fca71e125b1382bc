#!/usr/bin/env python3
"""Lists ANERcorp sentences that contain relation cue words (the candidates the relation set
was chosen from). Matching is done on a lightly normalized copy of the sentence (alef forms →
ا, ى → ي, ة → ه, diacritics and tatweel removed) and allows up to two proclitic letters
(و ف ب ل ك س) in front of each cue.

usage: cues.py [--split dev10|train90|all] [--min-entities N] [--max-tokens N] [--type TYPE]
Prints: index, cue groups hit, sentence, then the ANERcorp PERS/LOC/ORG strings.
"""
import argparse, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_anercorp, sentence_text  # noqa: E402

CUES = {
    "MEETS": [r"التق[يا]", r"يلتقي", r"لقاء", r"اجتماع", r"اجتمع", r"يجتمع", r"استقبل", r"يستقبل",
              r"استقبال", r"محادثات", r"مباحثات", r"مشاورات", r"بحث مع", r"يبحث مع",
              r"اتصال(?:ا)? هاتفي", r"تباحث", r"قمه"],
    "VISITS": [r"زار", r"يزور", r"زياره", r"وصل", r"يصل", r"وصول", r"توجه", r"يتوجه", r"جوله"],
    "SIGNS": [r"وقع", r"وقعت", r"يوقع", r"توقيع", r"اتفاق", r"اتفاقيه", r"مذكره تفاهم", r"ابرم",
              r"معاهده"],
    "PLANS": [r"يعتزم", r"تعتزم", r"ينوي", r"تنوي", r"سيوقع", r"ستوقع", r"عزم"],
    "COOP": [r"تعاون", r"التعاون", r"شراكه", r"تنسيق"],
    "JOINS": [r"انضم", r"انضمام", r"ينضم", r"عضويه"],
    "PURCHASE": [r"اشتر[يا]", r"شراء", r"صفقه", r"باع", r"بيع", r"استحواذ"],
    "TENSION": [r"توتر", r"خلاف", r"ازمه", r"نزاع", r"تهديد", r"هدد", r"يهدد", r"صراع", r"عداء",
                r"اتهم", r"انتقد"],
    "LOCATED": [r"مقره", r"مقرها", r"الموجود في", r"العاصمه", r"يقيم في", r"المقيم"],
    "ROLE": [r"وزير", r"رئيس", r"المتحدث باسم", r"الناطق باسم", r"زعيم", r"الامين العام", r"سفير",
             r"مدير", r"قائد", r"مندوب", r"ممثل"],
}
PREFIX = r"(?:^|\s)[وفبلكس]{0,2}"


def norm(s):
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.sub("[\u064B-\u0652\u0640]", "", s)


def hits(text):
    t = " " + norm(text) + " "
    out = {}
    for group, pats in CUES.items():
        n = sum(len(re.findall(PREFIX + p, t)) for p in pats)
        if n:
            out[group] = n
    return out


def entities(tokens):
    out, cur = [], None
    for tok, tag in tokens:
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                out.append(cur)
            cur = [tag[2:], [tok]]
        elif tag.startswith("I-"):
            cur[1].append(tok)
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [(t, " ".join(x for x in toks if x)) for t, toks in out if t != "MISC"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["dev10", "train90", "all"])
    ap.add_argument("--min-entities", type=int, default=1)
    ap.add_argument("--max-tokens", type=int, default=10**9)
    ap.add_argument("--type", help="only sentences hitting this cue group (MEETS, VISITS, ...)")
    a = ap.parse_args()
    sents = load_anercorp()
    first_dev = len(sents) - len(sents) // 10
    rng = {"dev10": range(first_dev, len(sents)), "train90": range(0, first_dev),
           "all": range(len(sents))}[a.split]
    for i in rng:
        s = sents[i]
        h = hits(sentence_text(s))
        if not h or (a.type and a.type not in h):
            continue
        ents = entities(s)
        if len(ents) < a.min_entities or len(s) > a.max_tokens:
            continue
        print(i, h, "|", sentence_text(s))
        print("   ", [e for _, e in ents])


if __name__ == "__main__":
    main()

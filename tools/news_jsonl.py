#!/usr/bin/env python3
"""Cuts a plain-text news file into JSON Lines records for examples/batch.

usage: news_jsonl.py TEXT [--cut articles|4k] [--limit N] > records.jsonl

--cut articles (default): one record per article. In the SaudiNewsNet text files an article is
  a title line and a first paragraph, then paragraphs that start with a space, separated by blank
  lines; an article starts at a line that is not blank and does not start with a space, at the
  top of the file or after a blank line (10,444 articles in saudinewsnet_part1.txt).
--cut 4k: documents of about 4 KB cut at line breaks, as examples/throughput.rs cuts them (at
  least 4,096 bytes, then up to the next line break).

Each record is {"id": "<file stem>:<n>", "text": "..."}; the records' texts, concatenated, are the
file. --limit keeps the first N records.
"""
import argparse
import json
import os
import sys


def articles(text):
    lines = text.split("\n")
    start, prev_blank = 0, True
    for i, line in enumerate(lines):
        begins = line != "" and not line.startswith(" ") and prev_blank
        if begins and i > 0:
            yield "\n".join(lines[start:i]) + "\n"
            start = i
        prev_blank = line == ""
    rest = "\n".join(lines[start:])
    if rest:
        yield rest


def four_k(data):
    start = 0
    while start < len(data):
        end = min(start + 4096, len(data))
        nl = data.find(b"\n", end)
        end = len(data) if nl < 0 else nl + 1
        yield data[start:end].decode("utf-8")
        start = end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("--cut", choices=["articles", "4k"], default="articles")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    data = open(a.text, "rb").read()
    docs = articles(data.decode("utf-8")) if a.cut == "articles" else four_k(data)
    stem = os.path.splitext(os.path.basename(a.text))[0]
    out = sys.stdout
    for n, doc in enumerate(docs, 1):
        if a.limit is not None and n > a.limit:
            break
        out.write(json.dumps({"id": f"{stem}:{n}", "text": doc}, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()

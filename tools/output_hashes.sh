#!/usr/bin/env bash
# Prints one SHA-256 per output of a build, so that a change meant to leave the output alone
# (a speed or memory change) can be checked byte for byte: run it before and after, diff.
#
# usage: tools/output_hashes.sh RECORDS.jsonl [TEXT...]
#
# RECORDS.jsonl: JSON Lines for examples/batch (tools/news_jsonl.py makes them; the 10,444
# articles of saudinewsnet_part1.txt). Each TEXT (the reference article, the whole 33 MB news
# file as one document) goes through examples/extract --format json. Every output is hashed
# with the tagger, with the lists and rules alone (--no-tagger) and with the lists alone
# (--no-rules). The batch with the tagger runs on one thread: the tagger's per-thread word
# cache makes a record's output depend, rarely, on the records the same thread saw before it
# (a 64-bit hash shared by two words), so records spread over threads are not reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
records=$1
shift
cargo build --release --example batch --example extract >&2
bin="${CARGO_TARGET_DIR:-target}/release/examples"
for mode in "" --no-tagger --no-rules; do
  threads=2
  [ -z "$mode" ] && threads=1
  echo "batch ${mode:-tagger} $("$bin"/batch --threads "$threads" $mode "$records" | sha256sum | cut -d' ' -f1)"
done
for text in "$@"; do
  for mode in "" --no-tagger; do
    echo "extract ${mode:-tagger} $text $("$bin"/extract --format json $mode "$text" | sha256sum | cut -d' ' -f1)"
  done
done

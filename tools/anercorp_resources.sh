#!/usr/bin/env bash
# Builds everything kashf derives from ANERcorp train, from one split of it, into one folder:
#
#   tools/anercorp_resources.sh all|train90 OUT_DIR [SHARED_DIR]
#
#   OUT_DIR/clusters-anercorp-wojood.tsv   Brown clusters (examples/clusters.rs) of the split and
#                                          of the Wojood sample's train and dev splits
#   OUT_DIR/anercorp_persons.tsv           names derived from the split minus the sentences of
#   OUT_DIR/anercorp_organizations.tsv     the relation sets (examples/derive.rs)
#   OUT_DIR/conventions_anercorp.tsv       the split's span conventions (examples/conventions.rs)
#   OUT_DIR/ner-anercorp.kmodel            the tagger: five averaged perceptrons (five visiting
#                                          orders) averaged into one, over the feature groups
#                                          lexical, context, list-words, lexicon and clusters,
#                                          trained on the split minus the sentences of the
#                                          relation sets (tests/data/relations), by an
#                                          extractor holding this split's derived lists in
#                                          place of the embedded ones (they stay out of the
#                                          training features, but the extractor's stages
#                                          read them)
#
# `all` is what the crate ships (tools/train_default_model.sh copies it into gazetteers/ and
# models/). `train90` keeps the first 90% of the sentences: the same recipe with the last 10%,
# the development split, seen by nothing; .ci/run scores that split with these files. Never
# Wojood's test split (kashf reports on it). Deterministic; about 20 s.
set -euo pipefail
split=${1:?usage: anercorp_resources.sh all|train90 OUT_DIR [SHARED_DIR]}
out=${2:?usage: anercorp_resources.sh all|train90 OUT_DIR [SHARED_DIR]}
case "$split" in all | train90) ;; *)
  echo "anercorp_resources.sh: the split is all or train90, not $split" >&2
  exit 2
  ;;
esac
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$(dirname "$0")/.."
shared=${3:-../shared}
data=$shared/data
cargo build --release --example clusters --example derive --example conventions --example train
bin=${CARGO_TARGET_DIR:-target}/release/examples

"$bin"/clusters --conll-range "$split" "$data/anercorp/train.txt" \
  --conll-range all "$data/wojood_sample/train.txt" "$data/wojood_sample/dev.txt" \
  >"$out/clusters-anercorp-wojood.tsv"

exclude=$(mktemp)
trap 'rm -f "$exclude"' EXIT
awk -F'\t' 'NR > 1 && $3 == "anercorp" { print $4 }' tests/data/relations/meta.tsv | sort -n -u >"$exclude"

"$bin"/derive "$data/anercorp/train.txt" --split "$split" --exclude "$exclude" --out "$out"

"$bin"/conventions --split "$split" \
  --licence "CC BY-SA 4.0 (ANERcorp; Benajiba, Rosso and Benedí 2007)" \
  "$data/anercorp/train.txt" >"$out/conventions_anercorp.tsv"

# The lists of past figures, places and bodies written for encyclopedic text are left out of
# training and read when tagging, as a user's own lists are: trained with them, the model leant
# on lists and found fewer unlisted names (dev split, kashf's spans: 0.782 without them, 0.773
# trained with them, 0.780 read only when tagging).
"$bin"/train --conll "$data/anercorp/train.txt" --split "$split" --exclude "$exclude" \
  --clusters "$out/clusters-anercorp-wojood.tsv" --groups lexical,context,list-words,lexicon,clusters \
  --skip anercorp_persons.tsv --skip anercorp_organizations.tsv \
  --skip people_history_more.tsv --skip encyclopedic.tsv --skip people_sports.tsv \
  --gazetteer "$out/anercorp_persons.tsv" --gazetteer "$out/anercorp_organizations.tsv" \
  --perceptron 5 --ensemble 5 --quiet \
  -o "$out/ner-anercorp.kmodel"

#!/usr/bin/env bash
# Rebuilds what the crate derives from ANERcorp train (the tagger model, its word clusters, the
# derived name lists, the span-conventions table) from all of its sentences, recompiles the
# default matcher, then scores the same recipe built from the first 90% only on the development
# split (the last 10%) and writes the model's passport with those scores.
#
#   tools/train_default_model.sh [SHARED_DIR]
#
# The recipe is tools/anercorp_resources.sh: what ships is `all`, what is measured is
# `train90`, so the development figures come from files that never saw the development split
# (.ci/run builds and scores them the same way).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
data=$shared/data
all=$(mktemp -d)
dev=$(mktemp -d)
scores=$(mktemp)
trap 'rm -rf "$all" "$dev" "$scores"' EXIT

tools/anercorp_resources.sh all "$all" "$shared"
tools/anercorp_resources.sh train90 "$dev" "$shared"
cp "$all"/anercorp_persons.tsv "$all"/anercorp_organizations.tsv "$all"/conventions_anercorp.tsv gazetteers/
cp "$all"/clusters-anercorp-wojood.tsv "$all"/ner-anercorp.kmodel models/
KASHF_REGENERATE=1 cargo test --release --test precompiled >/dev/null

cargo build --release --example conll
bin=${CARGO_TARGET_DIR:-target}/release/examples
"$bin"/conll --split dev10 --resources "$dev" --conventions kashf "$data/anercorp/train.txt" >"$scores"
merged=$(python3 "$shared/eval/conll_score.py" "$scores" --types PERS,LOC,ORG)
"$bin"/conll --split dev10 --resources "$dev" --conventions kashf --tagger-only "$data/anercorp/train.txt" >"$scores"
alone=$(python3 "$shared/eval/conll_score.py" "$scores" --types PERS,LOC,ORG)
python3 - "$merged" "$alone" <<'PY'
import json, struct, sys
b = open("models/ner-anercorp.kmodel", "rb").read()
n = struct.unpack("<I", b[22:26])[0]
meta = json.loads(b[26:26 + n].decode())
meta["dev_scores"] = {
    "split": "ANERcorp train, last 10% of sentences (conll --split dev10 --conventions kashf: kashf's own spans), conll_score.py, PERS/LOC/ORG",
    "recipe": "this model's recipe on the first 90% of the sentences (tools/anercorp_resources.sh train90: model, clusters and derived lists), so that nothing scored saw the split; the shipped files are built from all of them",
    "merged_with_lists_and_rules": sys.argv[1].splitlines(),
    "tagger_alone": sys.argv[2].splitlines(),
}
meta["rebuild"] = "tools/train_default_model.sh"
json.dump(meta, open("models/ner-anercorp.meta.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(meta["dev_scores"], ensure_ascii=False, indent=1))
PY

#!/usr/bin/env python3
"""Assigns the written lines (blocks with 'F pool:GROUP') to dev or test by a seeded shuffle
per group, so that each relation type gets lines in both files. Rewrites the pool file in place
(run once per pool; the result is committed). usage: assign_written.py [--pool written2.ann] Group sizes for test are fixed below."""
import random, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
import sys
POOLS = {
    "written.ann": ({"plans": 4, "purchase": 4, "coop": 3, "signs": 4, "located": 3, "joins": 3, "neg": 3, "none": 1}, 20240612),
    # top-up pool, written after the first count (test had only 2 scorable PURCHASE)
    "written2.ann": ({"purchase": 2, "located": 1, "joins": 1, "plans": 1}, 20240613),
}
name = sys.argv[sys.argv.index("--pool") + 1] if "--pool" in sys.argv else "written.ann"
TEST_PER_GROUP, SEED = POOLS[name]
path = os.path.join(HERE, name)
text = open(path, encoding="utf-8").read()
groups = {}
for bid, grp in re.findall(r"^== (w:\S+)\nF pool:(\w+)$", text, re.M):
    groups.setdefault(grp, []).append(bid)
rng = random.Random(SEED)
assign = {}
for grp in sorted(groups):
    ids = sorted(groups[grp])
    rng.shuffle(ids)
    k = TEST_PER_GROUP[grp]
    for i, bid in enumerate(ids):
        assign[bid] = "test" if i < k else "dev"
def sub(m):
    return f"== {m.group(1)}\nF {assign[m.group(1)]}\n# group: {m.group(2)}"
text = re.sub(r"^== (w:\S+)\nF pool:(\w+)$", sub, text, flags=re.M)
open(path, "w", encoding="utf-8").write(text)
for grp in sorted(groups):
    print(grp, "test:", sorted(b for b in groups[grp] if assign[b] == "test"))

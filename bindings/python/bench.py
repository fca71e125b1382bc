"""Times the Python package on a text file cut into article-sized documents.

usage: python bench.py FILE [--runs N] [--threads N] [--lists-only]

The file is cut as `cargo run --release --example throughput` cuts it (about 4 KB, at line
breaks), so the figures compare with that example's. Timed, each the median of --runs runs:

- extract_many(docs): every core (or --threads), without the GIL;
- extract_many(docs, threads=1): one thread, the binding's own overhead beside the Rust loop;
- [extract(d) for d in docs]: the Python loop.

MB/s is the file's UTF-8 size over wall time; CPU is the process's CPU time over wall time
(2.0 = both cores of a two-core machine busy). Mentions are counted as a checksum.
"""

import argparse
import os
import statistics
import time

import kashf


def cut(data: bytes, size: int = 4096) -> list:
    """About `size` bytes a document, each ending at a line break (as throughput.rs cuts)."""
    docs, start = [], 0
    while start < len(data):
        end = min(start + size, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end += 1
        nl = data.find(b"\n", end)
        end = len(data) if nl < 0 else nl + 1
        docs.append(data[start:end].decode("utf-8"))
        start = end
    return docs


def timed(run, runs: int):
    """(median wall seconds, CPU/wall of that run, result of the last run)."""
    samples = []
    result = None
    for _ in range(runs):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        result = run()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        samples.append((wall, cpu / wall))
    samples.sort()
    return samples[len(samples) // 2] + (result,)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None, help="for extract_many (default: every core)")
    ap.add_argument("--lists-only", action="store_true", help="Extractor(rules=False)")
    args = ap.parse_args()

    with open(args.file, "rb") as f:
        # Invalid UTF-8 replaced, as throughput.rs reads it (from_utf8_lossy).
        data = f.read().decode("utf-8", errors="replace").encode("utf-8")
    docs = cut(data)
    ex = kashf.Extractor(rules=False) if args.lists_only else kashf.Extractor()
    ex.extract_many(docs[:50])  # warm-up
    mb = len(data) / 1e6
    print(
        f"{len(data)} bytes, {len(docs)} documents, kashf {kashf.__version__}, "
        f"{os.cpu_count()} cores, median of {args.runs} runs{', lists only' if args.lists_only else ''}"
    )

    cases = [
        (f"extract_many (threads={args.threads or 'all'})", lambda: ex.extract_many(docs, threads=args.threads)),
        ("extract_many (threads=1)", lambda: ex.extract_many(docs, threads=1)),
        ("extract in a loop", lambda: [ex.extract(d) for d in docs]),
    ]
    for name, run in cases:
        wall, load, found = timed(run, args.runs)
        mentions = sum(len(e.mentions) for d in found for e in d.entities)
        print(f"{name:32} {wall:7.2f} s {mb / wall:7.1f} MB/s  CPU {load:4.2f}  {mentions} mentions")


if __name__ == "__main__":
    main()

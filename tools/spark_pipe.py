#!/usr/bin/env python3
"""Runs kashf's batch tool over a JSON Lines corpus through Spark's RDD.pipe, and checks that
records out = records in.

usage: spark_pipe.py --batch PATH [--master local[2]] [--partitions N] [--args "..."] IN OUT

IN:  JSON Lines records ({"id": ..., "text": ...}; tools/news_jsonl.py makes them from text)
OUT: a directory Spark writes (it must not exist), one part file per partition

The batch binary (cargo build --release --example batch) runs once per partition with
--threads 1 --bad-records-ok: Spark gives each task a core, and a non-zero status would fail
the task (checkCode=True still fails it on a real error: a bad list, an I/O failure). Prints
the records in and out, the error records and the seconds taken. Needs: pip install pyspark
(and Java 17).
"""
import argparse
import json
import os
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--batch", required=True, help="path of the built batch example")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--args", default="", help="more flags for batch (--gazetteer FILE …)")
    a = ap.parse_args()

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(a.master)
        .appName("kashf-batch")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext
    command = f"{os.path.abspath(a.batch)} --threads 1 --bad-records-ok {a.args}".strip()

    records = sc.textFile(os.path.abspath(a.input), minPartitions=a.partitions)
    records_in = records.filter(lambda line: line.strip() != "").count()
    partitions = records.getNumPartitions()

    t = time.perf_counter()
    records.pipe(command, checkCode=True).saveAsTextFile(os.path.abspath(a.output))
    seconds = time.perf_counter() - t

    # Read back what Spark wrote.
    written = sc.textFile(os.path.abspath(a.output)).map(json.loads)
    records_out = written.count()
    errors = written.filter(lambda r: "error" in r).count()
    mentions = written.map(lambda r: sum(len(e["mentions"]) for e in r.get("entities", []))).sum()
    spark.stop()
    print(
        f"master {a.master}, {partitions} partitions: records in {records_in}, "
        f"records out {records_out}, error records {errors}, mentions {mentions}, "
        f"{seconds:.1f} s (pipe and write)"
    )
    if records_in != records_out:
        print("records out != records in", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

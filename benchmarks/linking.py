"""Latency of finding link candidates for one new claim among N stored claim vectors (the ledger's search).

usage: python benchmarks/linking.py [--sizes 100000 1000000] [--queries 200]
Uses the same operation as store/ledger.py (cosine over the stored MiniLM vectors, top 20) on random unit
vectors of the same shape, and prints p50/p95 per query and the process's peak RSS.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

import numpy as np


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--dim", type=int, default=384)
    a = ap.parse_args()
    rng = np.random.default_rng(7)
    for n in a.sizes:
        stored = rng.standard_normal((n, a.dim), dtype=np.float32)
        stored /= np.linalg.norm(stored, axis=1, keepdims=True)
        queries = rng.standard_normal((a.queries, a.dim), dtype=np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        times = []
        for q in queries:
            t0 = time.perf_counter()
            sims = stored @ q
            top = np.argpartition(-sims, 20)[:20]
            top = top[np.argsort(-sims[top])]
            times.append((time.perf_counter() - t0) * 1000)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        q95 = statistics.quantiles(times, n=20)[18]
        print(f"{n:>9,} stored claims: p50 {statistics.median(times):7.2f} ms  p95 {q95:7.2f} ms  "
              f"peak RSS {rss:,.0f} MiB  (target p95 < 10 ms at 10^6)")
        del stored
    return 0


if __name__ == "__main__":
    sys.exit(main())

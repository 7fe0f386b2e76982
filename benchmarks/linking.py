"""Latency of finding link candidates for one new claim among N stored claim vectors, exact and with the IVF index.

usage: python benchmarks/linking.py [--sizes 100000 1000000] [--queries 300] [--vectors FILE.npy]

The stored vectors are synthetic unit vectors of MiniLM's shape (384), grouped around random topics the way
reports of one story are, so that a query has real neighbours to find. For each size it prints, per query, the
p50/p95 of exact search (the whole matrix, as below `TRAIN_AT` vectors) and of the index (`link/index.py`: the
centroids, then `NPROBE` cells), the index's recall of the exact top 20 and of every neighbour above the linking
thresholds (cosine 0.70 and 0.45), the training time, and the process's peak RSS. ``--vectors`` also measures
recall on real embeddings (for instance claim vectors exported from a store), holding out 300 of them as queries.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

import numpy as np

from claimledger.link.index import NPROBE, CellIndex, cell_count, train_centroids


def clustered(n: int, dim: int, rng: np.random.Generator, per_topic: int = 20) -> np.ndarray:
    topics = rng.standard_normal((max(1, n // per_topic), dim), dtype=np.float32)
    topics /= np.linalg.norm(topics, axis=1, keepdims=True)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        noise = rng.standard_normal((m, dim), dtype=np.float32) / np.sqrt(dim)
        spread = rng.uniform(0.4, 1.4, size=(m, 1)).astype(np.float32)
        block = topics[rng.integers(0, len(topics), m)] + spread * noise
        out[start:start + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def exact(stored: np.ndarray, q: np.ndarray, top: int = 20) -> tuple[np.ndarray, np.ndarray]:
    sims = stored @ q
    best = np.argpartition(-sims, top - 1)[:top]
    return best[np.argsort(-sims[best])], sims


def measure(name: str, stored: np.ndarray, queries: np.ndarray, nprobe: int = NPROBE) -> None:
    n = len(stored)
    t0 = time.perf_counter()
    centroids = train_centroids(stored, cell_count(n))
    index = CellIndex.build(stored, centroids)
    trained = time.perf_counter() - t0
    t_exact, t_index, top_hits, hits70, all70, hits45, all45 = [], [], 0, 0, 0, 0, 0
    for q in queries:
        t = time.perf_counter()
        want, sims = exact(stored, q)
        t_exact.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        got, _ = index.search(q, top=20, nprobe=nprobe)
        t_index.append((time.perf_counter() - t) * 1000)
        got_set = set(got.tolist())
        top_hits += len(got_set & set(want.tolist()))
        for threshold, hit_list in ((0.70, "70"), (0.45, "45")):
            above = set(np.flatnonzero(sims >= threshold).tolist())
            found, _ = index.search(q, top=max(20, len(above)), nprobe=nprobe)
            ok = len(above & set(found.tolist()))
            if hit_list == "70":
                hits70, all70 = hits70 + ok, all70 + len(above)
            else:
                hits45, all45 = hits45 + ok, all45 + len(above)

    def p(xs: list[float]) -> str:
        return f"p50 {statistics.median(xs):7.2f} ms  p95 {statistics.quantiles(xs, n=20)[18]:7.2f} ms"

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name}: {n:>9,} stored, {len(centroids):,} cells, nprobe {nprobe}, trained in {trained:.1f} s")
    print(f"    exact  {p(t_exact)}")
    print(f"    index  {p(t_index)}   (target p95 < 10 ms at 10^6)")
    print(f"    recall: exact top-20 {top_hits / (20 * len(queries)):.3f}; neighbours >= 0.70 "
          f"{hits70 / max(all70, 1):.3f} ({all70:,}); >= 0.45 {hits45 / max(all45, 1):.3f} ({all45:,}); "
          f"peak RSS {rss:,.0f} MiB")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--dim", type=int, default=384)
    ap.add_argument("--nprobe", type=int, default=NPROBE)
    ap.add_argument("--vectors", help="a .npy file of real unit vectors to measure recall on as well")
    a = ap.parse_args()
    rng = np.random.default_rng(7)
    for n in a.sizes:
        data = clustered(n + a.queries, a.dim, rng)
        measure("synthetic", data[:n], data[n:], a.nprobe)
        del data
    if a.vectors:
        real = np.load(a.vectors).astype(np.float32)
        real /= np.linalg.norm(real, axis=1, keepdims=True)
        order = np.random.default_rng(11).permutation(len(real))
        measure(f"real ({a.vectors})", real[order[300:]], real[order[:300]], a.nprobe)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""An inverted-file (IVF) index over claim vectors: k-means cells, searched a few cells at a time. Pure numpy.

The centroids are trained once, when the ledger first holds ``TRAIN_AT`` vectors, and stored; every later vector
is filed under its nearest centroid as it is inserted, so an ingest never rebuilds anything. A query scores the
centroids, then only the vectors of its ``nprobe`` nearest cells. Below ``TRAIN_AT`` the search is exact.
Retraining is worth it only when the ledger has grown many times past its training size
(``needs_retraining``), as a hash table resizes.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TRAIN_AT = 4096  # vectors in the store before cells pay for themselves
NPROBE = 24
GROWTH_BEFORE_RETRAIN = 16


def cell_count(n_vectors: int) -> int:
    """About 4 * sqrt(n) cells, a power of two between 64 and 4096."""
    target = 4 * np.sqrt(max(n_vectors, 1))
    return int(min(4096, max(64, 2 ** round(np.log2(target)))))


def train_centroids(vectors: np.ndarray, k: int, iterations: int = 12, sample: int = 65536,
                    seed: int = 7) -> np.ndarray:
    """Spherical k-means on (a sample of) unit vectors; returns (k, dim) unit centroids. Deterministic."""
    rng = np.random.default_rng(seed)
    data = vectors if len(vectors) <= sample else vectors[rng.choice(len(vectors), sample, replace=False)]
    data = np.ascontiguousarray(data, dtype=np.float32)
    k = min(k, len(data))
    centroids = data[rng.choice(len(data), k, replace=False)].copy()
    for _ in range(iterations):
        assign = np.argmax(data @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, data)
        counts = np.bincount(assign, minlength=k)
        empty = counts == 0
        if empty.any():  # re-seed empty cells with random points so that every cell stays in use
            sums[empty] = data[rng.choice(len(data), int(empty.sum()), replace=False)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = sums / np.maximum(norms, 1e-12)
    return centroids.astype(np.float32)


def assign_cells(vectors: np.ndarray, centroids: np.ndarray, chunk: int = 65536) -> np.ndarray:
    """The nearest centroid of each vector."""
    out = np.empty(len(vectors), dtype=np.int32)
    for start in range(0, len(vectors), chunk):
        out[start:start + chunk] = np.argmax(vectors[start:start + chunk] @ centroids.T, axis=1)
    return out


def probe_cells(query: np.ndarray, centroids: np.ndarray, nprobe: int = NPROBE) -> np.ndarray:
    """The ``nprobe`` cells nearest to ``query`` (one vector) or to any row of ``query`` (several)."""
    q = np.atleast_2d(query)
    scores = q @ centroids.T
    nprobe = min(nprobe, centroids.shape[0])
    top = np.argpartition(-scores, nprobe - 1, axis=1)[:, :nprobe]
    return np.unique(top)


def needs_retraining(trained_on: int, n_vectors: int) -> bool:
    return n_vectors >= trained_on * GROWTH_BEFORE_RETRAIN


@dataclass
class CellIndex:
    """Vectors grouped by cell in memory, for search without the store (benchmarks, batch linking)."""

    centroids: np.ndarray
    cells: dict[int, tuple[np.ndarray, np.ndarray]]  # cell -> (row ids, vectors)

    @classmethod
    def build(cls, vectors: np.ndarray, centroids: np.ndarray) -> CellIndex:
        assign = assign_cells(vectors, centroids)
        order = np.argsort(assign, kind="stable")
        bounds = np.searchsorted(assign[order], np.arange(len(centroids) + 1))
        cells = {c: (order[bounds[c]:bounds[c + 1]], np.ascontiguousarray(vectors[order[bounds[c]:bounds[c + 1]]]))
                 for c in range(len(centroids)) if bounds[c + 1] > bounds[c]}
        return cls(centroids, cells)

    def search(self, query: np.ndarray, top: int = 20, nprobe: int = NPROBE) -> tuple[np.ndarray, np.ndarray]:
        """(row ids, cosines) of the best ``top`` vectors among the probed cells, best first."""
        probed = [self.cells[int(c)] for c in probe_cells(query, self.centroids, nprobe) if int(c) in self.cells]
        if not probed:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        ids = np.concatenate([p[0] for p in probed])
        sims = np.concatenate([p[1] @ query for p in probed])
        k = min(top, len(sims))
        best = np.argpartition(-sims, k - 1)[:k]
        best = best[np.argsort(-sims[best])]
        return ids[best], sims[best]

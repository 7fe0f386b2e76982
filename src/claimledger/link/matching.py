"""Match new statements against known claims: dense (MiniLM) and lexical (BM25) evidence fused.

Used by `claimledger match` (fact-checkers' "has this been checked already?") and by proposition linking.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embed import Embedder
from .lexical import BM25

NAME = "claimledger.matching.v1"
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_SIGNATURE = re.compile(r"\s[—–-]\s[^—–]{0,80}\(@\w+\)\s+\w+ \d{1,2}, \d{4}\s*$")
_HANDLE = re.compile(r"@(\w+)")


def clean_statement(text: str) -> str:
    """Drop what a social post carries besides the statement: links, the signature line, '#' and '@' marks."""
    text = _SIGNATURE.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(r"\1", text).replace("#", " ")
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the per-query z-scored signals; the defaults were fitted on CLEF-2020 train queries."""

    dense_text: float = 0.8
    dense_title: float = 0.1
    lexical: float = 0.1


def _z(row: np.ndarray) -> np.ndarray:
    z: np.ndarray = (row - row.mean()) / (row.std() + 1e-9)
    return z


@dataclass
class CandidateIndex:
    ids: list[str]
    text_vecs: np.ndarray
    title_vecs: np.ndarray
    bm25: BM25

    @classmethod
    def build(cls, candidates: Sequence[dict[str, str]], embedder: Embedder,
              cache_dir: Path | None = None) -> CandidateIndex:
        texts = [c.get("text") or "" for c in candidates]
        titles = [c.get("title") or c.get("text") or "" for c in candidates]
        vecs = cached_embeddings(texts + titles, embedder, cache_dir)
        return cls(ids=[str(c["id"]) for c in candidates], text_vecs=vecs[:len(texts)],
                   title_vecs=vecs[len(texts):], bm25=BM25([f"{a} {b}" for a, b in zip(titles, texts, strict=True)]))


def cached_embeddings(texts: list[str], embedder: Embedder, cache_dir: Path | None) -> np.ndarray:
    """Embeddings of ``texts``, kept in ``cache_dir`` under a hash of the texts and the embedder's name."""
    if cache_dir is None:
        return embedder.embed(texts)
    key = hashlib.sha256("\x1e".join([embedder.name, *texts]).encode("utf-8")).hexdigest()[:32]
    path = cache_dir / f"{key}.npy"
    if path.exists():
        cached: np.ndarray = np.load(path)
        return cached
    vecs = embedder.embed(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, vecs)
    tmp.replace(path)
    return vecs


def match_statements(queries: Sequence[dict[str, str]], index: CandidateIndex, embedder: Embedder, top: int = 5,
                     weights: Weights = Weights()) -> list[tuple[str, list[tuple[str, float]]]]:
    """For each query, the ``top`` candidates by fused score, best first."""
    cleaned = [clean_statement(q.get("text") or "") for q in queries]
    qv = embedder.embed(cleaned)
    dense_text = qv @ index.text_vecs.T
    dense_title = qv @ index.title_vecs.T
    out = []
    for qi, q in enumerate(queries):
        lex = np.zeros(len(index.ids), dtype=np.float32)
        for i, s in index.bm25.scores(cleaned[qi]).items():
            lex[i] = s
        score = weights.dense_text * _z(dense_text[qi]) + weights.dense_title * _z(dense_title[qi]) \
            + weights.lexical * _z(lex)
        best = np.argsort(-score)[:top]
        out.append((str(q["id"]), [(index.ids[i], round(float(score[i]), 4)) for i in best]))
    return out

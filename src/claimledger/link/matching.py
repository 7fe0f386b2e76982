"""Match new statements against known claims: dense (MiniLM, USE) and lexical (BM25) evidence fused with what a
social post says about itself (its author, its date), copies of one known claim kept behind its first listing.

Used by `claimledger match` (fact-checkers' "has this been checked already?") and by proposition linking. The
signals and their weights are described in docs/matching.md.
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
from .shingles import jaccard, shingles

NAME = "claimledger.matching.v2"
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
# "... — Jane Doe (@jdoe) January 14, 2020": the line a quoted post ends with
_SIGNATURE = re.compile(r"\s[—–-]\s([^—–]{0,80}?)\s*\(@\w+\)\s+(\w+) \d{1,2}, (\d{4})\s*$")
_MARKED = re.compile(r"[@#](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_WORD = re.compile(r"\w+")
_MONTHS = frozenset("January February March April May June July August September October November December".split())
SAME_CLAIM_COSINE = 0.97  # two listings this close are one claim written twice
SAME_CLAIM_SHINGLES = 0.7


def clean_statement(text: str) -> str:
    """Drop what a social post carries besides the statement (links, the signature line) and spell out handles
    and hashtags as words: "#AustralianFires" -> "Australian Fires", "@IvankaTrump" -> "Ivanka Trump"."""
    text = _SIGNATURE.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _MARKED.sub(lambda m: _CAMEL.sub(" ", m.group(1)), text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Signature:
    """What a post's signature line ("— Jane Doe (@jdoe) June 3, 2018") says about the post."""

    author: tuple[str, ...] = ()  # the capitalised words of the author's name
    year: int | None = None
    month: str | None = None  # "June 2018"


def post_signature(text: str) -> Signature:
    m = _SIGNATURE.search(text)
    if not m:
        return Signature()
    return Signature(author=tuple(w for w in _WORD.findall(m.group(1)) if len(w) >= 3 and w[0].isupper()),
                     year=int(m.group(3)), month=f"{m.group(2)} {m.group(3)}" if m.group(2) in _MONTHS else None)


def post_author(text: str) -> list[str]:
    """The capitalised words of the author's name in a post's signature line, or []."""
    return list(post_signature(text).author)


def post_year(text: str) -> int | None:
    """The year in a post's signature line, or None."""
    return post_signature(text).year


def post_month(text: str) -> str | None:
    """"June 2018" from a post's signature line "... (@jdoe) June 3, 2018", or None."""
    return post_signature(text).month


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the fused signals: the dense and lexical ones are z-scored per query, the others are 0..1.
    The defaults were fitted on the CLEF-2020 train queries (docs/matching.md)."""

    dense_text: float = 0.4
    dense_title: float = 0.1
    lexical: float = 0.1
    multilingual_text: float = 0.05
    multilingual_title: float = 0.15
    author: float = 1.6  # share of the post author's name words that the claim names
    same_year: float = 0.3  # the claim names the year the post was written
    later_year: float = -0.25  # the claim names only years after the post
    same_month: float = 0.8  # the claim names the month and year the post was written ("in June 2018")


def _z(row: np.ndarray) -> np.ndarray:
    z: np.ndarray = (row - row.mean()) / (row.std() + 1e-9)
    return z


@dataclass
class CandidateIndex:
    ids: list[str]
    text_vecs: np.ndarray
    title_vecs: np.ndarray
    bm25: BM25
    texts: list[str]  # title and text, as written
    words: list[frozenset[str]]  # as written, for names
    years: list[frozenset[int]]
    text_shingles: list[frozenset[int]]
    multilingual: Embedder | None = None
    ml_text_vecs: np.ndarray | None = None
    ml_title_vecs: np.ndarray | None = None

    @classmethod
    def build(cls, candidates: Sequence[dict[str, str]], embedder: Embedder, cache_dir: Path | None = None,
              multilingual: Embedder | None = None) -> CandidateIndex:
        texts = [c.get("text") or "" for c in candidates]
        titles = [c.get("title") or c.get("text") or "" for c in candidates]
        vecs = cached_embeddings(texts + titles, embedder, cache_dir)
        ml = cached_embeddings(texts + titles, multilingual, cache_dir) if multilingual is not None else None
        both = [f"{a} {b}" for a, b in zip(titles, texts, strict=True)]
        return cls(ids=[str(c["id"]) for c in candidates], text_vecs=vecs[:len(texts)],
                   title_vecs=vecs[len(texts):], bm25=BM25(both),
                   texts=both, words=[frozenset(_WORD.findall(t)) for t in both],
                   years=[frozenset(int(y) for y in _YEAR.findall(t)) for t in both],
                   text_shingles=[shingles(t, 3) for t in texts], multilingual=multilingual,
                   ml_text_vecs=ml[:len(texts)] if ml is not None else None,
                   ml_title_vecs=ml[len(texts):] if ml is not None else None)

    def same_claim(self, i: int, j: int) -> bool:
        """Whether listings ``i`` and ``j`` are one claim written twice (quotes or spelling changed)."""
        return bool(float(self.text_vecs[i] @ self.text_vecs[j]) >= SAME_CLAIM_COSINE
                    or jaccard(self.text_shingles[i], self.text_shingles[j]) >= SAME_CLAIM_SHINGLES)


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


def _post_signals(raw: str, index: CandidateIndex, weights: Weights) -> np.ndarray:
    """The weighted author, year and month signals for every candidate, from the post's signature line."""
    n = len(index.ids)
    sig = post_signature(raw)
    author = np.zeros(n, dtype=np.float32)
    names, year = sig.author, sig.year
    if names:
        for i, words in enumerate(index.words):
            author[i] = sum(1 for w in names if w in words) / len(names)
    same = np.zeros(n, dtype=np.float32)
    later = np.zeros(n, dtype=np.float32)
    if year is not None:
        for i, years in enumerate(index.years):
            if year in years:
                same[i] = 1.0
            elif years and min(years) > year:
                later[i] = 1.0
    month = np.zeros(n, dtype=np.float32)
    if sig.month is not None:
        month[[i for i, t in enumerate(index.texts) if sig.month in t]] = 1.0
    out: np.ndarray = weights.author * author + weights.same_year * same + weights.later_year * later \
        + weights.same_month * month
    return out


def _first_listing_first(order: list[int], index: CandidateIndex) -> list[int]:
    """Copies of one claim follow its first listing, which takes the best place any of them earned."""
    out: list[int] = []
    placed: set[int] = set()
    for i in order:
        if i in placed:
            continue
        group = sorted(j for j in order if j not in placed and (j == i or index.same_claim(i, j)))
        out += group
        placed.update(group)
    return out


def match_statements(queries: Sequence[dict[str, str]], index: CandidateIndex, embedder: Embedder, top: int = 5,
                     weights: Weights = Weights()) -> list[tuple[str, list[tuple[str, float]]]]:
    """For each query, the ``top`` candidates by fused score, best first."""
    raws = [q.get("text") or "" for q in queries]
    cleaned = [clean_statement(t) for t in raws]
    qv = embedder.embed(cleaned)
    dense_text = qv @ index.text_vecs.T
    dense_title = qv @ index.title_vecs.T
    ml_text = ml_title = None
    if index.multilingual is not None and index.ml_text_vecs is not None and index.ml_title_vecs is not None:
        mv = index.multilingual.embed(cleaned)
        ml_text, ml_title = mv @ index.ml_text_vecs.T, mv @ index.ml_title_vecs.T
    pool = max(4 * top, 20)
    out = []
    for qi, q in enumerate(queries):
        lex = np.zeros(len(index.ids), dtype=np.float32)
        for i, s in index.bm25.scores(cleaned[qi]).items():
            lex[i] = s
        score = weights.dense_text * _z(dense_text[qi]) + weights.dense_title * _z(dense_title[qi]) \
            + weights.lexical * _z(lex) + _post_signals(raws[qi], index, weights)
        if ml_text is not None and ml_title is not None:
            score += weights.multilingual_text * _z(ml_text[qi]) + weights.multilingual_title * _z(ml_title[qi])
        order = _first_listing_first([int(i) for i in np.argsort(-score)[:pool]], index)[:top]
        ranked = []
        ceiling = float("inf")
        for i in order:  # a copy placed behind its first listing is reported just under it
            ceiling = min(ceiling, float(score[i]))
            ranked.append((index.ids[i], round(ceiling, 4)))
        out.append((str(q["id"]), ranked))
    return out

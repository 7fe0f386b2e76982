"""Stories: documents about one real-world event, by TF-IDF over words, names and numbers, average linkage;
across languages by a multilingual sentence embedding.

Names (capitalised word runs), years and numbers get extra weight: they are what tells two similar events
apart ("an earthquake in 2008" against "an earthquake in 2013"); two reports whose years do not overlap at all
count half as similar. The lede (headline and first paragraph) counts beside the whole text: it names the
particular event, where the body also recalls earlier, similar ones. Pure: texts in, clusters out.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .lexical import STOPWORDS, tokens

NAME = "claimledger.stories.v1"
NAME_WEIGHT = 2.0
THRESHOLD = 0.2  # average similarity at which two clusters merge; fitted on ECB+ dev (docs/quality.md)
FRAGMENT_SIZE = 3  # a cluster this small may still join a larger story ...
FRAGMENT_JOIN = 0.1  # ... at this average similarity ...
FRAGMENT_MARGIN = 1.25  # ... when it is this many times closer to that story than to any other ...
FRAGMENT_FIT = 0.5  # ... and at least this share as close as the story's loosest member is to the rest
LEDE_WEIGHT = 0.6  # share of the lede's similarity in a pair's similarity (ECB+ dev)
LEDE_LINES = 2
LEDE_CHARS = 300
YEAR_CONFLICT = 0.5  # two reports naming only different years are about different occurrences (ECB+ dev)
CROSS_LINK = 0.5  # multilingual (USE) cosine at which documents in two languages are one story (SemEval-2022)
_NAMES = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
_YEARS = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMBERS = re.compile(r"\b\d+(?:\.\d+)?\b")


def _features(text: str) -> tuple[Counter[str], Counter[str]]:
    words = Counter(tokens(text))
    names: Counter[str] = Counter()
    for m in _NAMES.finditer(text):
        w = m.group(1).lower()
        if w not in STOPWORDS:
            names["N:" + w] += 1
    for m in _YEARS.finditer(text):
        names["Y:" + m.group(1)] += 1
    for m in _NUMBERS.finditer(text):
        names["D:" + m.group(0)] += 1
    return words, names


def lede(text: str) -> str:
    """The headline and first paragraph: the first two non-empty lines, at most ``LEDE_CHARS`` characters."""
    lines = [line for line in text.splitlines() if line.strip()][:LEDE_LINES]
    return "\n".join(lines)[:LEDE_CHARS]


def similarity_matrix(texts: Sequence[str]) -> np.ndarray:
    """Pairwise similarity of reports: the whole text's and the lede's TF-IDF cosine, blended, each discounted
    where the two name years and share none."""
    whole = _tfidf_similarity(texts)
    ledes = _tfidf_similarity([lede(t) for t in texts])
    sim: np.ndarray = (1 - LEDE_WEIGHT) * whole + LEDE_WEIGHT * ledes
    return sim


def _tfidf_similarity(texts: Sequence[str]) -> np.ndarray:
    rows = [_features(t) for t in texts]
    n = len(rows)
    df = Counter(t for words, names in rows for t in (*words, *names))
    vocab = {t: i for i, (t, c) in enumerate(df.items())}
    x = np.zeros((n, len(vocab)), dtype=np.float32)
    def idf(t: str) -> float:  # smoothed, so a word all of a few documents share still counts
        return math.log((1 + n) / (1 + df[t])) + 1.0

    for i, (words, names) in enumerate(rows):
        for t, c in words.items():
            x[i, vocab[t]] = (1 + math.log(c)) * idf(t)
        for t, c in names.items():
            x[i, vocab[t]] = NAME_WEIGHT * (1 + math.log(c)) * idf(t)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    sim: np.ndarray = x @ x.T
    year_cols = [vocab[t] for t in vocab if t.startswith("Y:")]
    if year_cols:
        named = (x[:, year_cols] > 0).astype(np.float32)  # which documents name which years
        has: np.ndarray = named.sum(axis=1) > 0
        shared: np.ndarray = (named @ named.T) > 0
        sim[np.outer(has, has) & ~shared] *= YEAR_CONFLICT
    return sim


def average_linkage(sim: np.ndarray, threshold: float = THRESHOLD) -> list[list[int]]:
    """Agglomerative clustering: merge the two most similar clusters while their average similarity holds."""
    n = len(sim)
    m = sim.astype(np.float64).copy()
    np.fill_diagonal(m, -np.inf)
    size = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    while len(members) > 1:
        i, j = np.unravel_index(np.argmax(m), m.shape)
        if m[i, j] < threshold:
            break
        merged = (m[i] * size[i] + m[j] * size[j]) / (size[i] + size[j])
        m[i], m[:, i] = merged, merged
        m[i, i] = -np.inf
        m[j, :], m[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        members[int(i)] += members.pop(int(j))
        alive[j] = False
    return sorted((sorted(c) for c in members.values()), key=lambda c: c[0])


def attach_fragments(sim: np.ndarray, clusters: list[list[int]]) -> list[list[int]]:
    """Small clusters left over by the merge threshold join the larger story they clearly belong to: average
    similarity at least ``FRAGMENT_JOIN``, ``FRAGMENT_MARGIN`` times that to the runner-up, and ``FRAGMENT_FIT``
    of the story's loosest member's. A fragment as close to two similar stories (two arrests, two earthquakes)
    stays apart, and so does one that only shares a place name with the only story there is."""
    stories = [c for c in clusters if len(c) > FRAGMENT_SIZE]
    fragments = [c for c in clusters if len(c) <= FRAGMENT_SIZE]
    if not stories:
        return clusters
    loosest = []
    for story in stories:
        inner = sim[np.ix_(story, story)]
        loosest.append(float(((inner.sum(axis=1) - np.diag(inner)) / (len(story) - 1)).min()))
    joined = [list(c) for c in stories]
    alone = []
    for frag in fragments:
        closeness = sorted(((float(sim[np.ix_(frag, story)].mean()), k) for k, story in enumerate(stories)),
                           reverse=True)
        best, k = closeness[0]
        runner_up = closeness[1][0] if len(closeness) > 1 else 0.0
        if best >= FRAGMENT_JOIN and best >= FRAGMENT_MARGIN * max(runner_up, 0.0) \
                and best >= FRAGMENT_FIT * loosest[k]:
            joined[k] += frag
        else:
            alone.append(frag)
    return sorted((sorted(c) for c in joined + alone), key=lambda c: c[0])


def with_cross_language(sim: np.ndarray, languages: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """Word overlap cannot meet across languages, and the word features are English ones: for two documents in
    different known languages, or both in a known language other than English, the multilingual embedding's
    cosine counts instead, scaled so that ``CROSS_LINK`` meets the merge threshold."""
    out = sim.copy()
    langs = np.array(languages)
    known = (langs[:, None] != "und") & (langs[None, :] != "und")
    cross = known & ((langs[:, None] != langs[None, :]) | (langs[:, None] != "en"))
    if cross.any():
        scaled = (vectors @ vectors.T) * (THRESHOLD / CROSS_LINK)
        out[cross] = np.maximum(out[cross], scaled[cross])
    return out


def cluster_stories(texts: Sequence[str], threshold: float = THRESHOLD, languages: Sequence[str] | None = None,
                    vectors: np.ndarray | None = None) -> list[list[int]]:
    """Indexes of ``texts`` grouped into stories, each story sorted, stories by first member. With the texts'
    ``languages`` and multilingual ``vectors``, documents in different languages can join one story."""
    if not texts:
        return []
    sim = similarity_matrix(texts)
    if languages is not None and vectors is not None:
        sim = with_cross_language(sim, languages, vectors)
    return attach_fragments(sim, average_linkage(sim, threshold))

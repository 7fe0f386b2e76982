"""BM25 over short texts: the lexical half of claim matching."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset("""
a an the and or but if of to in on at for with by from as is are was were be been being this that these those it
its their his her they them we you i he she our your my me not no so than then there here what which who whom
whose when where why how all any both each few more most other some such only own same too very can will just
do does did has have had having about into over after before under again further once also via rt amp
""".split())


def tokens(text: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(text.lower()):
        if t in STOPWORDS or len(t) < 2:
            continue
        if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


class BM25:
    def __init__(self, docs: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths = []
        for i, d in enumerate(docs):
            toks = tokens(d)
            self.lengths.append(len(toks))
            for t, c in Counter(toks).items():
                self.postings[t].append((i, c))
        self.n = len(docs)
        self.avg = sum(self.lengths) / max(self.n, 1)

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: str) -> dict[int, float]:
        out: dict[int, float] = defaultdict(float)
        for t in set(tokens(query)):
            idf = self.idf(t)
            for i, c in self.postings.get(t, ()):
                norm = c + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg)
                out[i] += idf * c * (self.k1 + 1) / norm
        return out

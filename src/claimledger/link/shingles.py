"""Near-duplicate text: word 5-gram shingles and their Jaccard overlap. Pure; the hash is stable across runs."""
from __future__ import annotations

import re
import zlib
from collections.abc import Set as AbstractSet

_WORDS = re.compile(r"\w+")


def shingles(text: str, k: int = 5) -> frozenset[int]:
    words = _WORDS.findall(text.lower())
    return frozenset(zlib.crc32(" ".join(words[i:i + k]).encode("utf-8"))
                     for i in range(max(1, len(words) - k + 1)))


def jaccard(a: AbstractSet[int], b: AbstractSet[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0

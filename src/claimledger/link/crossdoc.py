"""Across documents: which stored claims a new claim supports, contradicts, denies or confirms. Pure.

Embeddings find candidates; structure decides. Two assertions about the same measure whose ranges cannot both
hold ("3,000" against "13,000" troops) contradict even when their sentences embed alike; compatible ranges
("about 5,000" and "some 5,000") support each other.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .concepts import concepts_of

NAME = "claimledger.crossdoc.v1"
SAME_CLAIM = 0.70  # cosine at which two assertions state the same thing
STANCE_LINK = 0.45  # a denial or confirmation is short: a lower bar, plus shared concepts


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    document_id: str
    stance: str
    lemmas: tuple[str, ...]
    quantities: tuple[tuple[str, float | None, float | None], ...]  # (unit_key, low, high)


def ranges_compatible(a: ClaimView, b: ClaimView) -> bool | None:
    """None when the claims share no measure; else whether every shared measure's ranges can both hold."""
    shared = False
    for ua, la, ha in a.quantities:
        for ub, lb, hb in b.quantities:
            if not ua or ua != ub:
                continue
            shared = True
            lo_a, hi_a = la if la is not None else float("-inf"), ha if ha is not None else float("inf")
            lo_b, hi_b = lb if lb is not None else float("-inf"), hb if hb is not None else float("inf")
            if lo_a > hi_b * 1.05 or lo_b > hi_a * 1.05:
                return False
    return True if shared else None


def relation_between(new: ClaimView, old: ClaimView, similarity: float) -> tuple[str, str, str] | None:
    """(from id, to id, type) for the relation between a new claim and a stored one, or None."""
    if new.document_id == old.document_id:
        return None
    overlap = len(concepts_of(list(new.lemmas)) & concepts_of(list(old.lemmas)))
    if {new.stance, old.stance} == {"asserts"}:
        if similarity < SAME_CLAIM:
            return None
        compatible = ranges_compatible(new, old)
        return (new.id, old.id, "contradicts") if compatible is False else (new.id, old.id, "supports")
    if similarity < STANCE_LINK or overlap < 2:
        return None
    if new.stance in {"denies", "confirms"} and old.stance == "asserts":
        return new.id, old.id, new.stance
    if old.stance in {"denies", "confirms"} and new.stance == "asserts":
        return old.id, new.id, old.stance
    return None


def link_new_claims(new: Sequence[ClaimView], stored: Sequence[ClaimView], sims: object,
                    limit: int = 20) -> list[tuple[str, str, str]]:
    """Relations for each new claim against its ``limit`` most similar stored claims (``sims``: new x stored)."""
    import numpy as np

    matrix = np.asarray(sims)
    out: list[tuple[str, str, str]] = []
    for i, claim in enumerate(new):
        if not len(stored):
            break
        order = np.argsort(-matrix[i])[:limit]
        for j in order:
            rel = relation_between(claim, stored[int(j)], float(matrix[i, j]))
            if rel is not None and rel not in out:
                out.append(rel)
    return out

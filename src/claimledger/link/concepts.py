"""Concept groups for comparing claim contents: lemmas mapped to shared meanings."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

_STOP = frozenset("""
be have do the a an of to in on at for with by from and or but that this these those it its their his her
they we he she which who whom whose there here as also than then so such more most other some any all
""".split())


@lru_cache(maxsize=1)
def concept_table() -> dict[str, str]:
    raw = yaml.safe_load(resources.files("claimledger.link").joinpath("data/concepts.yaml").read_text("utf-8"))
    table: dict[str, str] = {}
    for concept, words in raw["concepts"].items():
        for w in words:
            table.setdefault(str(w).lower(), concept)
    return table


def concepts_of(lemmas: list[str]) -> set[str]:
    """Concept ids (or the lemma itself when it has none) for the content words of a claim."""
    table = concept_table()
    return {table.get(w, w) for w in lemmas if w not in _STOP and len(w) > 2}

"""Logistic models over sparse string features, shipped as JSON weights inside the package (no framework)."""
from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat


@dataclass(frozen=True, slots=True)
class LinearModel:
    version: str
    threshold: float
    weights: dict[str, float]
    applies_to: frozenset[str] = frozenset()  # for a check: the kinds of example it saw enough of to judge

    def probability(self, features: Iterable[str]) -> float:
        z = sum(map(self.weights.get, features, repeat(0.0)))  # in the features' order, as a loop would add them
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


def bucket(n: int, limits: Iterable[int]) -> str:
    """A count as a feature value: the first of ``limits`` it does not exceed, or "many"."""
    for limit in limits:
        if n <= limit:
            return str(limit)
    return "many"


# Names of bundled models (``cue_model``, ``relation_model``, ``boundary_model``) to read as absent, comma-separated:
# the rules then run without them, which is how ``benchmarks/attribution.py --without`` measures what each part earns.
WITHOUT_MODELS = "CLAIMLEDGER_WITHOUT_MODELS"


@lru_cache(maxsize=8)
def load_linear_model(filename: str) -> LinearModel | None:
    """The bundled model ``extract/data/<filename>``, or None if the package was built without it or
    ``$CLAIMLEDGER_WITHOUT_MODELS`` names it."""
    if filename.removesuffix(".json") in os.environ.get(WITHOUT_MODELS, "").replace(" ", "").split(","):
        return None
    try:
        text = resources.files("claimledger.extract").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    return LinearModel(str(data["version"]), float(data["threshold"]),
                       {str(k): float(v) for k, v in data["weights"].items()},
                       frozenset(str(x) for x in data.get("applies_to", ())))

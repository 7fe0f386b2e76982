"""How far two trained PolNeAR annotators agree, scored like the ledger: the human reference for attribution.

usage: python benchmarks/annotator_agreement.py [--splits dev train] [--shared ../shared] [--both-ways]

Some PolNeAR documents were annotated by two people. For each such document the annotator the shared scorer reads
(the smallest annotator id) is the gold, and the next one is scored against it as if it were a system, with
`score_attribution.py` itself, over all the chosen splits at once. With `--both-ways` the roles are also swapped.
It prints the same figures as `benchmarks/attribution.py`: per-role span, overlap and exact F1, triple F1, and
the content recall of direct and indirect attributions, whose gap is the one the attribution issue bounds.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from attribution import print_scores  # the sibling benchmark: one table layout for system and people

ROOT = Path(__file__).resolve().parents[1]
_TEXT_BOUND = re.compile(r"^(T\d+)\t\S+ ([\d ;]+)\t")
_EVENT = re.compile(r"^(E\d+)\t(.*)$")


def annotator_files(split: Path) -> dict[str, list[Path]]:
    """Document stem -> its annotation files, sorted by annotator id."""
    out: dict[str, list[Path]] = {}
    for f in sorted((split / "attributions").glob("*.ann")):
        out.setdefault(f.stem.rsplit("_", 1)[0], []).append(f)
    return out


def attributions(ann: Path) -> list[dict[str, list[list[int]] | None]]:
    """The attributions of one BRAT file as prediction lines' spans: segments for cue, source and content."""
    spans: dict[str, list[list[int]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if m := _TEXT_BOUND.match(line):
            spans[m.group(1)] = [[int(x) for x in seg.split()] for seg in m.group(2).split(";")]
        elif m := _EVENT.match(line):
            events.append([(role, tid) for role, tid in (a.split(":", 1) for a in m.group(2).split() if ":" in a)])
    rows = []
    for args in events:
        row: dict[str, list[list[int]] | None] = {"cue": None, "source": None, "content": None}
        for role, tid in args:
            key = "content" if role.startswith("Content") else role.lower()
            if key in row and tid in spans:
                row[key] = (row[key] or []) + spans[tid]
        if row["cue"] and row["content"]:
            rows.append(row)
    return rows


def score(shared: Path, splits: list[str], swap: bool) -> dict:
    """Score the second annotator against the first (or, with ``swap``, the first against the second)."""
    ev = shared / "eval"
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        (gold_dir / "text").mkdir(parents=True)
        (gold_dir / "attributions").mkdir()
        preds = []
        for name in splits:
            split = ev / "polnear" / name
            for stem, files in annotator_files(split).items():
                if len(files) < 2:
                    continue
                gold, other = (files[1], files[0]) if swap else (files[0], files[1])
                (gold_dir / "text" / f"{stem}.txt").write_bytes((split / "text" / f"{stem}.txt").read_bytes())
                (gold_dir / "attributions" / f"{stem}_gold.ann").write_bytes(gold.read_bytes())
                preds += [dict(row, doc=stem) for row in attributions(other)]
        pred_path = Path(tmp) / "preds.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        out = subprocess.run([sys.executable, str(ev / "score_attribution.py"), "--gold-dir", str(gold_dir),
                              "--pred", str(pred_path), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def report(res: dict, title: str) -> None:
    by_kind = res["content_recall_by_kind"]
    print(f"{title}: {res['docs']} documents, {res['gold_attributions']} gold and {res['pred_attributions']} "
          f"other-annotator attributions ({by_kind['n_gold_direct']} direct, {by_kind['n_gold_indirect']} indirect)")
    print_scores(res)
    for name in ("content_exact", "content_span", "triple"):
        d, i = by_kind[name]["direct"], by_kind[name]["indirect"]
        print(f"recall {name:14} direct {d:.3f}  indirect {i:.3f}  gap {100 * (d - i):4.1f} points")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", nargs="+", default=["dev", "train"])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--both-ways", action="store_true", help="also score the first annotator against the second")
    a = ap.parse_args()
    shared = Path(a.shared)
    missing = [s for s in a.splits if not (shared / "eval" / "polnear" / s).exists()]
    if missing:
        print(f"no PolNeAR split {', '.join(missing)} under {shared / 'eval' / 'polnear'}", file=sys.stderr)
        return 2
    report(score(shared, a.splits, swap=False), "second annotator against the first (the scorer's gold)")
    if a.both_ways:
        print()
        report(score(shared, a.splits, swap=True), "first annotator against the second")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Attribution quality on PolNeAR: runs `analyze` over a split, scores with the shared scorer, lists errors.

usage: python benchmarks/attribution.py [--split dev] [--shared ../shared] [--errors 20] [--save preds.jsonl]
                                       [--without cue,check,boundary]
Prints per-role exact / overlap / span P-R-F1, triple F1, direct vs indirect content recall, then the most
frequent error classes (cue lemma of missed and spurious relations, source and content boundary errors).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from claimledger.batch import analyze_many
from claimledger.config import Settings
from claimledger.extract.linear import WITHOUT_MODELS
from claimledger.ingest.sources import read_jsonl

ROOT = Path(__file__).resolve().parents[1]
# the learned parts, by the names --without takes, and the bundled model each is
PARTS = {"cue": "cue_model", "check": "relation_model", "boundary": "boundary_model"}


def gold_attributions(split_dir: Path) -> dict[str, list[dict]]:
    """One annotator file per document (the smallest annotator id), as the scorer does."""
    files: dict[str, Path] = {}
    for f in sorted((split_dir / "attributions").glob("*.ann")):
        stem = f.stem.rsplit("_", 1)[0]
        files.setdefault(stem, f)
    out: dict[str, list[dict]] = {}
    for stem, f in files.items():
        spans: dict[str, tuple[int, int]] = {}
        rows = []
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(T\d+)\t(\S+) (\d+) .*?(\d+)\t", line)
            if m:
                spans[m.group(1)] = (int(m.group(3)), int(m.group(4)))
            elif line.startswith("E"):
                args = dict(a.split(":") for a in line.split("\t")[1].split())
                rows.append({k.lower(): spans.get(v) for k, v in args.items()})
        out[stem] = [r for r in rows if r.get("cue") and r.get("content")]
    return out


def outer(span):
    """[start, end] of a span given as one pair or as a list of segments."""
    if span and isinstance(span[0], list):
        return [span[0][0], span[-1][1]]
    return span


def overlaps(a, b) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def print_scores(res: dict) -> None:
    """The shared scorer's per-role exact, overlap and span P/R/F1 and triple, one line each."""
    print(f"{'role':8} {'metric':8} {'P':>6} {'R':>6} {'F1':>6}")
    for role in ("source", "cue", "content"):
        for metric in ("exact", "overlap", "span"):
            r = res[role][metric]
            print(f"{role:8} {metric:8} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}")
    t = res["triple"]
    print(f"{'triple':8} {'':8} {t['p']:6.3f} {t['r']:6.3f} {t['f1']:6.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--errors", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--save", metavar="PATH", help="also write the predictions, one JSON object per line")
    ap.add_argument("--without", default="", metavar="PARTS",
                    help="learned parts to leave out, comma-separated: " + ", ".join(PARTS)
                         + " (to measure what each part earns)")
    a = ap.parse_args()
    left_out = [x for x in a.without.replace(" ", "").split(",") if x]
    if any(x not in PARTS for x in left_out):
        print(f"--without takes {', '.join(PARTS)}", file=sys.stderr)
        return 2
    os.environ[WITHOUT_MODELS] = ",".join(PARTS[x] for x in left_out)  # read by the analysing processes too
    ev = Path(a.shared) / "eval"
    split = ev / "polnear" / a.split
    if not split.exists():
        print(f"no PolNeAR split at {split}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = Path(tmp) / "docs.jsonl"
        with docs_path.open("w") as f:
            subprocess.run([sys.executable, str(ev / "attr_io.py"), "docs", str(split),
                            str(ev / "polnear/metadata.tsv")], stdout=f, check=True)
        with docs_path.open(encoding="utf-8") as f:
            docs = list(read_jsonl(f, str(docs_path), max_bytes=10**8))
        texts = {d.external_id: d.text for d in docs}
        preds = []
        failed = []
        for doc, obj in analyze_many(docs, Settings(n_process=a.jobs, batch_size=16)):
            if obj.get("error"):
                failed.append(f"{doc.external_id}: {obj['error']}")
            for c in obj["claims"]:
                def sp(x):
                    return [x["start"], x["end"]] if x and x.get("start") is not None else None
                content = c["content"].get("segments") or sp(c["content"])
                preds.append({"doc": doc.external_id, "cue": sp(c["cue"]), "source": sp(c["source"]),
                              "content": content})
        pred_path = Path(tmp) / "preds.jsonl"
        lines = "".join(json.dumps(p) + "\n" for p in preds)
        pred_path.write_text(lines)
        if a.save:
            Path(a.save).write_text(lines)
        res = json.loads(subprocess.run([sys.executable, str(ev / "score_attribution.py"), "--gold-dir", str(split),
                                         "--pred", str(pred_path), "--json"], capture_output=True, text=True,
                                        check=True).stdout)
    print(f"PolNeAR {a.split}: {len(docs)} documents, {len(preds)} predicted attributions"
          + (f", without {', '.join(left_out)}" if left_out else ""))
    if failed:  # a document the pipeline failed on scores as if it had no attributions: say so
        print(f"{len(failed)} documents failed:", *failed, sep="\n  ")
    print_scores(res)
    by_kind = res.get("content_recall_by_kind") or res.get("by_kind") or {}
    for kind, vals in by_kind.items():
        if isinstance(vals, dict):
            print(f"recall {kind:9}: " + ", ".join(f"{k} {v:.3f}" for k, v in vals.items() if isinstance(v, float)))
    errors: collections.Counter[str] = collections.Counter()
    gold = gold_attributions(split)
    by_doc = collections.defaultdict(list)
    for p in preds:
        by_doc[p["doc"]].append(p)
    for stem, golds in gold.items():
        text = texts.get(stem, "")
        ps = by_doc.get(stem, [])
        used = set()
        for g in golds:
            hit = next((i for i, p in enumerate(ps) if i not in used and overlaps(p["cue"], g["cue"])), None)
            cue_text = text[g["cue"][0]:g["cue"][1]].lower()
            if hit is None:
                quoted = text[g["content"][0]:g["content"][0] + 1] in "\"“'‘"
                errors[f"missed cue '{cue_text[:25]}'" + (" (direct quote)" if quoted else "")] += 1
                continue
            used.add(hit)
            p = dict(ps[hit], content=outer(ps[hit]["content"]))
            if g.get("source") and not overlaps(p["source"], g["source"]):
                errors["source missing" if p["source"] is None else "source elsewhere"] += 1
            elif g.get("source") and tuple(p["source"]) != g["source"]:
                errors["source boundary"] += 1
            if not overlaps(p["content"], g["content"]):
                errors["content elsewhere"] += 1
            elif tuple(p["content"]) != g["content"]:
                side = []
                if p["content"][0] != g["content"][0]:
                    side.append("start " + ("early" if p["content"][0] < g["content"][0] else "late"))
                if p["content"][1] != g["content"][1]:
                    side.append("end " + ("early" if p["content"][1] < g["content"][1] else "late"))
                errors["content " + " & ".join(side)] += 1
        for i, p in enumerate(ps):
            if i not in used:
                cue = text[p["cue"][0]:p["cue"][1]].lower() if p["cue"] else "(no cue)"
                errors[f"spurious '{cue[:25]}'"] += 1
    print(f"\nmost frequent error classes (of {sum(errors.values())}):")
    for name, n in errors.most_common(a.errors):
        print(f"{n:6}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Quantity extraction on NewsQuant: the shared scorer's figures and sentences/s inside the full pipeline.

usage: python benchmarks/quantities.py [--shared ../shared] [--jobs 2] [--repeat 8]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimledger.batch import analyze_many
from claimledger.config import Settings
from claimledger.model import Document

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=8)
    a = ap.parse_args()
    ev = Path(a.shared) / "eval"
    gold_path = ev / "newsquant" / "dev.json"
    if not gold_path.exists():
        print(f"no NewsQuant data at {gold_path}", file=sys.stderr)
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = [Document(text=r["text"], external_id=f"q{i}") for i, r in enumerate(gold)]
    settings = Settings(n_process=a.jobs, batch_size=64)
    results = [obj for _doc, obj in analyze_many(docs, settings)]
    with tempfile.TemporaryDirectory() as tmp:
        analysis = Path(tmp) / "a.jsonl"
        analysis.write_text("".join(json.dumps(o) + "\n" for o in results), encoding="utf-8")
        preds = Path(tmp) / "p.jsonl"
        with preds.open("w") as f:
            subprocess.run([sys.executable, str(ev / "quant_io.py"), "preds", str(gold_path), str(analysis)],
                           stdout=f, check=True)
        out = subprocess.run([sys.executable, str(ev / "score_quantities.py"), "--gold", str(gold_path), "--pred",
                              str(preds), "--split", "all"], capture_output=True, text=True, check=True).stdout
    print(out.strip())
    many = docs * a.repeat
    t0 = time.perf_counter()
    first_at = None
    n = 0
    for _ in analyze_many(many, settings):
        n += 1
        if first_at is None:
            first_at = time.perf_counter()  # the workers have loaded their models by now
    end = time.perf_counter()
    first_batch = settings.batch_size
    steady = (n - first_batch) / max(end - (first_at or t0), 1e-9)
    print(f"\nfull analyze pipeline, {a.jobs} processes: {n / (end - t0):,.0f} sentences/s with model loading "
          f"({n} sentences, {end - t0:.1f} s); {steady:,.0f} sentences/s once loaded (target >= 300)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

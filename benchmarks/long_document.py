"""How `analyze` scales with the length of one document: the same news articles analysed one by one and joined
into documents of growing length.

usage: python benchmarks/long_document.py [--docs ../shared/eval/news/docs.jsonl] [--sizes 5 20 80]
For each size N, the first N articles are analysed one at a time and then as one document (joined with blank
lines). Prints words/s for both and their ratio: a ratio near 1 means the work per word does not grow with the
document, as it would if a step compared every claim, pronoun or mention with every earlier one.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from claimledger import Ledger
from claimledger.config import Settings
from claimledger.ingest.sources import read_jsonl


def _seconds(ledger: Ledger, texts: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    claims = sum(len(ledger.analyze(t).claims) for t in texts)
    return time.perf_counter() - t0, claims


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=str(Path(__file__).resolve().parents[1].parent / "shared/eval/news/docs.jsonl"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 80])
    a = ap.parse_args()
    if not Path(a.docs).exists():
        print(f"no documents at {a.docs}", file=sys.stderr)
        return 2
    with open(a.docs, encoding="utf-8") as f:
        docs = list(read_jsonl(f, a.docs, max_bytes=10**8))[: max(a.sizes)]
    ledger = Ledger(Settings())
    ledger.analyze(docs[0].text)  # load the pipeline and models before timing
    print(f"{'articles':>8} {'words':>8} {'one by one':>14} {'as one document':>16} {'ratio':>6}")
    for n in a.sizes:
        texts = [d.text for d in docs[:n]]
        words = sum(len(t.split()) for t in texts)
        apart, claims_apart = _seconds(ledger, texts)
        joined, claims_joined = _seconds(ledger, ["\n\n".join(texts)])
        print(f"{n:>8} {words:>8} {words / apart:>10,.0f} w/s {words / joined:>12,.0f} w/s {apart / joined:>6.2f}"
              f"   ({claims_apart} and {claims_joined} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

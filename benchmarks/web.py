"""Claims page latency over a 100,000-claim ledger, through a real HTTP server on loopback.

usage: python benchmarks/web.py [--claims 100000] [--requests 40] [--db /tmp/claimledger-web-bench.db]
Builds (once) a SQLite ledger of copies of the seed article's 14 claims spread over dates, serves it with
uvicorn on 127.0.0.1, and prints p50/p95 latency of the claims page and API for common filters.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from claimledger.config import Settings
from claimledger.contract import analysis_json
from claimledger.model import Document, stable_id
from claimledger.pipeline import analyze_text, load_resources
from claimledger.store.repo import Store
from claimledger.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]


def build(db: Path, n_claims: int) -> None:
    store = Store.open(f"sqlite:///{db}")
    if store.counts()["claims"] >= n_claims:
        return
    text = (ROOT / "examples" / "article-01.txt").read_text(encoding="utf-8")
    base = analysis_json(analyze_text(text, load_resources(Settings()), published=dt.date(2025, 11, 15)))
    per_doc = len(base["claims"])
    t0 = time.perf_counter()
    for i in range(n_claims // per_doc + 1):
        body = f"{text}\nEdition {i}."
        published = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
        doc = Document(text=body, published=published, publisher=f"outlet-{i % 37}")
        mapping = {c["id"]: stable_id(doc.id, c["id"], prefix="clm_") for c in base["claims"]}
        obj = json.loads(json.dumps(base))
        for c in obj["claims"]:
            c["id"] = mapping[c["id"]]
        for r in obj["relations"]:
            r["from"], r["to"] = mapping[r["from"]], mapping[r["to"]]
        store.save(doc, obj)
    print(f"built {store.counts()} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--db", default="/tmp/claimledger-web-bench.db")
    a = ap.parse_args()
    db = Path(a.db)
    build(db, a.claims)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=f"sqlite:///{db}")), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    paths = ["/claims", "/claims?stance=denies", "/claims?source=NIS", "/claims?grade=B3&sort=grade&descending=true",
             "/claims?date_from=2025-01-01&date_to=2025-03-31", "/claims?offset=50000", "/api/claims?limit=50"]
    all_times: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        total = client.get("/api/claims?limit=1").json()["total"]
        print(f"ledger: {total:,} claims; {a.requests} requests per page")
        for path in paths:
            client.get(path)  # warm
            times = []
            for _ in range(a.requests):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (path, r.status_code)
            all_times += times
            q = statistics.quantiles(times, n=20)
            print(f"{path:52} p50 {statistics.median(times):7.1f} ms   p95 {q[18]:7.1f} ms")
    q = statistics.quantiles(all_times, n=20)
    print(f"{'all claims pages':52} p50 {statistics.median(all_times):7.1f} ms   p95 {q[18]:7.1f} ms  "
          f"(target p95 < 300 ms)")
    server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""All 854 real war-news articles: no failure, and every span is exactly its text."""
from __future__ import annotations

import json

from claimledger.batch import analyze_many
from claimledger.config import Settings
from claimledger.ingest.sources import read_jsonl

from .conftest import needs_shared


def _spans(d):
    for key in ("entities", "quantities", "times"):
        yield from d[key]
    for c in d["claims"]:
        yield c["source"]
        yield c["cue"]
        yield c["content"]
        yield from c["relayed_by"]


def test_every_article_analyses_and_every_span_matches():
    path = needs_shared("eval", "news", "docs.jsonl")
    with open(path, encoding="utf-8") as f:
        docs = list(read_jsonl(f, str(path), max_bytes=10**8))
    assert len(docs) == 854
    texts = {d.external_id: d.text for d in docs}
    n_docs = n_spans = n_claims = 0
    for doc, obj in analyze_many(docs, Settings(n_process=2, batch_size=32)):
        assert "error" not in obj, obj.get("error")
        assert obj["id"] == doc.external_id
        text = texts[obj["id"]]
        for span in _spans(obj):
            if span and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"], (obj["id"], span)
                n_spans += 1
        n_claims += len(obj["claims"])
        n_docs += 1
    assert n_docs == 854 and n_claims > 5000 and n_spans > 50000
    json.dumps({"docs": n_docs, "claims": n_claims})

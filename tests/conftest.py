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
def seed_analysis(analyze) -> Analysis:
    return analyze(SEED_TEXT.read_text(encoding="utf-8"), publisher="radiosvoboda.org")


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (it lives beside the project, in ../shared)")
    return path

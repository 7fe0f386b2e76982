from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger.batch import analyze_many
from claimledger.config import Settings
from claimledger.ingest.sources import read_file
from claimledger.store.repo import Store
from claimledger.web.app import create_app

from ..conftest import ROOT, SEED_TEXT

FIXTURES = ROOT / "tests" / "fixtures" / "desk"


def build_ledger(db_path: Path) -> str:
    url = f"sqlite:///{db_path}"
    store = Store.open(url)
    docs = [read_file(SEED_TEXT, max_bytes=10**7, published=dt.date(2025, 11, 15), publisher="radiosvoboda.org")]
    for i, f in enumerate(sorted(FIXTURES.glob("*.txt"))):
        docs.append(read_file(f, max_bytes=10**7, published=dt.date(2025, 11, 10 + i), publisher=f"outlet-{i}"))
    for doc, obj in analyze_many(docs, Settings()):
        store.save(doc, obj)
    store.close()
    return url


@pytest.fixture(scope="session")
def ledger_db(tmp_path_factory) -> str:
    return build_ledger(tmp_path_factory.mktemp("desk") / "desk.db")


@pytest.fixture()
def db_copy(ledger_db, tmp_path) -> str:
    import shutil

    src = Path(ledger_db.removeprefix("sqlite:///"))
    dst = tmp_path / "desk.db"
    shutil.copy(src, dst)
    return f"sqlite:///{dst}"


@pytest.fixture()
def client(db_copy) -> TestClient:
    return TestClient(create_app(Settings(db=db_copy)))


VIEWER = "viewer-token-0123456789"
ANALYST = "analyst-token-0123456789"


@pytest.fixture()
def token_client(db_copy) -> TestClient:
    return TestClient(create_app(Settings(db=db_copy), tokens=f"{VIEWER}:viewer:vera,{ANALYST}:analyst:ana"))

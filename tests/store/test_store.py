"""The store: migrations, idempotent writes, one transaction per document, SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from claimledger.contract import analysis_json
from claimledger.errors import NotFound, StoreError
from claimledger.model import Document
from claimledger.store.repo import Store

from ..conftest import ROOT, SEED_TEXT, postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store.open(f"sqlite:///{tmp_path / 'ledger.db'}")
    else:
        s = Store.open(postgres_url())
    yield s
    s.close()


@pytest.fixture(scope="module")
def seed():
    import claimledger

    led = claimledger.Ledger()
    doc = Document(text=SEED_TEXT.read_text(encoding="utf-8"), published=dt.date(2025, 11, 15),
                   publisher="radiosvoboda.org", path="examples/article-01.txt")
    r = led.resources
    from claimledger.pipeline import analyze_parsed

    return doc, analysis_json(analyze_parsed(r.nlp(doc.text), doc, r.gazetteer, r.registry))


def test_save_and_read_back(store, seed):
    doc, obj = seed
    res = store.save(doc, obj)
    assert res.created and res.claims == len(obj["claims"]) == 14
    claims = list(store.iter_claims())
    assert [c["id"] for c in claims] == [c["id"] for c in obj["claims"]]
    first = claims[0]
    assert first["document"]["path"] == "examples/article-01.txt" and first["grade"] == "C3"
    assert first["quantity_details"][0]["text"] == "up to 12,000 workers"
    one = store.get_claim(first["id"][:12])
    assert one["evidence"].startswith("“GUR reports") and one["grade_history"][0]["grade"] == "C3"
    denial = next(c for c in claims if c["stance"] == "denies")
    rel = store.get_claim(denial["id"])["relations"]
    assert rel and rel[0]["type"] == "denies"


def test_reingest_changes_nothing(store, seed):
    doc, obj = seed
    assert store.save(doc, obj).created
    before = store.counts()
    again = store.save(doc, obj)
    assert not again.created and store.counts() == before


def test_unknown_and_ambiguous_ids(store, seed):
    doc, obj = seed
    store.save(doc, obj)
    with pytest.raises(NotFound, match="no claim"):
        store.get_claim("clm_zzzz")
    with pytest.raises(NotFound, match="ambiguous"):
        store.get_claim("clm_")


def test_failure_inside_the_transaction_leaves_nothing(store, seed):
    doc, obj = seed
    broken = dict(obj)
    broken["claims"] = obj["claims"] + [obj["claims"][0]]  # a duplicate primary key fails the claims insert
    with pytest.raises(StoreError):
        store.save(doc, broken)
    assert store.counts() == {"documents": 0, "claims": 0, "relations": 0}


_KILL_SCRIPT = """
import datetime as dt, sys
from claimledger.config import Settings
from claimledger.batch import analyze_many
from claimledger.model import Document
from claimledger.store.repo import Store
store = Store.open(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read()
docs = (Document(text=text + "\\n" + "Edition %d." % i, publisher="x") for i in range(10000))
for i, (doc, obj) in enumerate(analyze_many(docs, Settings(batch_size=4))):
    store.save(doc, obj)
    if i == 2:
        print("ready", flush=True)
"""


def test_killed_ingest_leaves_no_half_written_document(tmp_path):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, f"sqlite:///{db}", str(SEED_TEXT)],
                            stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.7)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    con = sqlite3.connect(db)
    try:
        docs = con.execute("SELECT id FROM documents").fetchall()
        assert len(docs) >= 3
        for (doc_id,) in docs:
            n = con.execute("SELECT count(*) FROM claims WHERE document_id = ?", (doc_id,)).fetchone()[0]
            assert n == 14, f"document {doc_id} has {n} claims"
        orphans = con.execute("SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
    finally:
        con.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
       publisher=st.one_of(st.none(), st.text(min_size=1, max_size=30)))
def test_document_round_trip(tmp_path, body, publisher):
    store = Store.open(f"sqlite:///{tmp_path / 'rt.db'}")
    doc = Document(text=body, publisher=publisher)
    obj = {"claims": [], "relations": [], "entities": [], "quantities": [], "times": []}
    store.save(doc, obj)
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT text, publisher FROM documents WHERE id = :i"), {"i": doc.id}).one()
    assert row.text == body and row.publisher == publisher
    store.close()


def test_a_report_two_rules_read_from_one_cue_word_is_stored_once(store):
    import claimledger
    from claimledger.pipeline import analyze_parsed

    text = "Ortiz sounded aware of the risks that the old dam faces.\n"
    doc = Document(text=text, published=dt.date(2025, 11, 15), publisher="example.org")
    r = claimledger.Ledger().resources
    obj = analysis_json(analyze_parsed(r.nlp(text), doc, r.gazetteer, r.registry))
    assert [c["cue"]["text"] for c in obj["claims"]] == ["sounded aware of"]
    assert store.save(doc, obj).claims == 1

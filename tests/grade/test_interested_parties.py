"""Who may lower a grade by denying a claim: a person the claim is about is an interested party whether or not the
gazetteer knows them, and a denial by an unnamed source is shown but not counted, as an unnamed confirmation is
not."""
from __future__ import annotations

from ..conftest import ingest_one_by_one

ABOUT_HER = "The auditor said that Marta Lindqvist had taken 40,000 euros from the harbour fund."
HER_DENIAL = "Lindqvist denied taking the money from the harbour fund."


def _first(ledger, text: str) -> dict:
    return ledger.analyze_json(text, published="2025-11-15")["claims"][0]


def test_a_person_denying_what_is_said_of_them_is_an_interested_party(ledger):
    claim = _first(ledger, f"{ABOUT_HER} {HER_DENIAL}")
    assert claim["credibility"] == 3
    assert "denied by Marta Lindqvist, an interested party: weak evidence against it" in claim["reasons"]


def test_a_denial_by_an_unnamed_source_is_shown_and_not_counted(ledger):
    claim = _first(ledger, "The Tallinn Port Authority said the new quay had been built by Baltic Works. Local "
                           "officials denied that the new quay had been built by Baltic Works.")
    assert claim["credibility"] == 3
    assert "denied by an unnamed source (Local officials): not counted against it" in claim["reasons"]


def test_a_named_uninterested_denial_still_counts(ledger):
    claim = _first(ledger, "The Tallinn Port Authority said the new quay had been built by Baltic Works. The Estonian "
                           "Maritime Administration denied that the new quay had been built by Baltic Works.")
    assert claim["credibility"] == 5
    assert any(r.startswith("contradicted by") and "independent of Tallinn Port Authority" in r
               for r in claim["reasons"])


def test_the_ledger_weighs_a_persons_denial_in_another_article_as_an_interested_partys(tmp_path):
    claims = ingest_one_by_one(f"sqlite:///{tmp_path / 'l.db'}", tmp_path, [
        ABOUT_HER, "Marta Lindqvist denied on Tuesday that she had taken 40,000 euros from the harbour fund."])
    claim = next(c for c in claims if c["source"]["name"] == "The auditor")
    assert claim["credibility"] == 3
    assert any(r.startswith("denied by Marta Lindqvist, an interested party") for r in claim["reasons"])

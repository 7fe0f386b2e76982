"""A spokesperson speaks for the body or the person the phrase names: one the text does not name is that body or
person, one it names speaks for them. Either way the claim is graded by their registry letter and is one origin
with them, in one document and across the ledger."""
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimledger.cli import main
from claimledger.config import Settings
from claimledger.model import SourceKind
from claimledger.web.app import create_app

from ..conftest import claim_sourced_by, ingest_one_by_one


@pytest.mark.parametrize("text,phrase,body", [
    ("A State Department spokesperson said the visas of three officers had been revoked.",
     "A State Department spokesperson", "us-state-department"),
    ("A spokesperson for the State Department said the visas of three officers had been revoked.",
     "A spokesperson for the State Department", "us-state-department"),
    ("Ukraine’s defence ministry spokesperson said two ferries had been hit near Izmail.",
     "Ukraine’s defence ministry spokesperson", "ua-mod"),
])
def test_an_unnamed_spokesperson_is_the_body_the_registry_grades(analyze, ledger, text, phrase, body):
    claim = claim_sourced_by(analyze(text), phrase)
    assert (claim.source.kind, claim.source.entity_id) == (SourceKind.NAMED, body)
    assert claim.source.resolved_from.startswith(f"'{phrase}' speaks for ")
    graded = ledger.analyze_json(text, published="2025-11-15")["claims"][0]
    assert graded["grade"][0] == "B" if body.startswith("us-") else graded["grade"][0] == "C"


def test_a_spokesperson_and_the_body_are_one_source_wherever_the_text_names_it(analyze):
    analysis = analyze("The Tallinn Port Authority said the quay would close on Friday. A spokesperson for the "
                       "Tallinn Port Authority said later that the ferries would use the east pier.")
    body, voice = (c.source for c in analysis.claims)
    assert body.span.text == "The Tallinn Port Authority"
    assert voice.entity_id == body.entity_id and voice.name == body.name


def test_a_persons_spokesperson_speaks_for_that_person(analyze):
    analysis = analyze("Marta Lindqvist left the Riksdag in May. Her spokeswoman said on Tuesday that Lindqvist "
                       "would not stand again.")
    claim = claim_sourced_by(analysis, "Her spokeswoman")
    assert claim.source.name == "Marta Lindqvist"
    assert claim.source.resolved_from.startswith("'Her spokeswoman' speaks for Marta Lindqvist")


@pytest.mark.parametrize("text,phrase,name", [
    ("Marta Lindqvist left the Riksdag in May. Lindqvist's office said on Tuesday that she would not stand again.",
     "Lindqvist's office", "Marta Lindqvist"),
    ("President Alar Karis's office said the ferry deal had been signed.", "President Alar Karis's office",
     "Alar Karis"),
])
def test_a_persons_office_speaks_for_that_person(analyze, text, phrase, name):
    claim = claim_sourced_by(analyze(text), phrase)
    assert claim.source.name == name
    assert claim.source.resolved_from.startswith(f"'{phrase}' speaks for")


@pytest.mark.parametrize("text,phrase", [
    # a body's office, or an office a word before it names, is no one's voice
    ("The prosecutor's office said the case against the captain was closed.", "The prosecutor's office"),
    ("The Kremlin press office said the talks would resume.", "The Kremlin press office"),
    ("The Tallinn Port Authority's office said the ferries would sail.", "The Tallinn Port Authority's office"),
])
def test_an_office_of_no_person_speaks_for_no_one(analyze, text, phrase):
    claim = claim_sourced_by(analyze(text), phrase)
    assert claim.source.resolved_from is None or "speaks for" not in claim.source.resolved_from


@pytest.mark.parametrize("text,phrase,client", [
    ("Marta Lind was sentenced on Thursday. Lind’s lawyer, Peeter Saar, told reporters the appeal would be filed.",
     "Lind’s lawyer, Peeter Saar,", "Marta Lind"),
    ("Marta Lind was sentenced on Thursday. Marta Lind’s lawyers said the sentence was too harsh.",
     "Marta Lind’s lawyers", "Marta Lind"),
    ("Marta Lind was sentenced on Thursday. Her lawyer said the sentence was too harsh.", "Her lawyer",
     "Marta Lind"),
])
def test_a_persons_lawyer_speaks_for_the_client(analyze, text, phrase, client):
    source = claim_sourced_by(analyze(text), phrase).source
    assert source.speaks_for is not None and source.speaks_for.name == client
    assert source.name != client  # the lawyer's words stay the lawyer's


@pytest.mark.parametrize("text,phrase", [
    ("The attorney of Harju County said the case against the captain was closed.", "The attorney of Harju County"),
    ("The attorney general of Estonia said the case against the captain was closed.",
     "The attorney general of Estonia"),
])
def test_an_attorney_of_a_place_holds_a_post_and_speaks_for_no_client(analyze, text, phrase):
    assert claim_sourced_by(analyze(text), phrase).source.speaks_for is None


def test_a_lawyer_confirming_the_client_is_no_independent_confirmation(ledger):
    out = ledger.analyze_json("Ana Ruiz said on Monday that the ferry had passed its safety inspection. Her lawyer "
                              "confirmed that the ferry had passed its safety inspection.", published="2025-11-15")
    first = out["claims"][0]
    assert first["source"]["name"] == "Ana Ruiz"
    assert not any("independent of" in r for r in first["reasons"]) and first["grade"][1] != "1"


def test_a_spokesman_confirming_the_ministry_he_speaks_for_is_no_independent_confirmation(ledger):
    out = ledger.analyze_json("Ukraine's defence ministry said on Monday that two ferries had been hit near Izmail. "
                              "A defence ministry spokesman for Ukraine confirmed that two ferries had been hit "
                              "near Izmail.", published="2025-11-15")
    first = out["claims"][0]
    assert first["source"]["entity_id"] == "ua-mod"
    assert not any("independent of" in r for r in first["reasons"])


@pytest.mark.parametrize("text,phrase", [
    # the phrase names the body only in part: which command, which military is left open
    ("A spokesperson for Estonia's northern command said the drills were over.",
     "A spokesperson for Estonia's northern command"),
    ("A German military spokesman said the drills were over.", "A German military spokesman"),
    ("A Riga police spokesman said the harbour would reopen on Monday.", "A Riga police spokesman"),
])
def test_a_spokesperson_of_a_body_named_in_part_speaks_for_no_named_body(analyze, text, phrase):
    claim = claim_sourced_by(analyze(text), phrase)
    assert claim.source.resolved_from is None or "speaks for" not in claim.source.resolved_from


def test_a_named_spokesperson_is_the_person(analyze):
    claim = claim_sourced_by(analyze("State Department spokesperson Nora Halvorsen said the visas had been revoked."),
                "State Department spokesperson Nora Halvorsen")
    assert claim.source.name == "Nora Halvorsen"


def test_a_named_spokesperson_speaks_for_the_body_wherever_the_document_quotes_them(ledger):
    out = ledger.analyze_json("Pentagon spokesperson Nora Halvorsen said the drones had been launched from the coast. "
                              "Halvorsen added that two of them had been shot down.", published="2025-11-15")
    for claim in out["claims"]:
        assert claim["source"]["name"] == "Nora Halvorsen"
        assert claim["source"]["speaks_for"] == {"name": "US Department of Defense", "entity_id": "us-pentagon"}
        assert claim["grade"][0] == "B"
        assert claim["reasons"][0].startswith("Nora Halvorsen speaks for US Department of Defense: B")


def test_a_named_spokesperson_confirming_the_body_is_no_independent_confirmation(ledger):
    out = ledger.analyze_json("The Pentagon said on Monday that two drones had been shot down over the coast. "
                              "Pentagon spokesperson Nora Halvorsen confirmed that two drones had been shot down over "
                              "the coast.", published="2025-11-15")
    first = out["claims"][0]
    assert first["source"]["entity_id"] == "us-pentagon" and first["credibility"] == 3
    assert not any("independent of" in r for r in first["reasons"])


@pytest.mark.parametrize("text,name", [
    ("Riga police spokesman Janis Ozols said the harbour would reopen on Monday.", "Janis Ozols"),
    # a name the word before it modifies is only part of the body's: not every "Foreign Ministry" is one
    ("Chinese Foreign Ministry spokesperson Zhao Lijian said the talks had failed.", "Zhao Lijian"),
])
def test_a_spokesperson_of_a_place_or_of_part_of_a_body_speaks_for_no_one_named(ledger, text, name):
    out = ledger.analyze_json(text, published="2025-11-15")
    assert out["claims"][0]["source"]["name"] == name
    assert "speaks_for" not in out["claims"][0]["source"]


def test_the_ledger_counts_a_named_spokesperson_and_the_body_as_one_origin_across_documents(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    claims = ingest_one_by_one(db, tmp_path, [
        "The State Department said on Monday that the consulate in Tartu would close in March.",
        "State Department spokesperson Nora Halvorsen confirmed that the consulate in Tartu would close in March."])
    body = next(c for c in claims if c["source"]["entity_id"] == "us-state-department")
    spokesperson = next(c for c in claims if c["source"]["name"] == "Nora Halvorsen")
    assert spokesperson["source"]["speaks_for"]["entity_id"] == "us-state-department"
    assert body["credibility"] == 3 and not any("independent of" in r for r in body["reasons"])
    shown = CliRunner().invoke(main, ["show", spokesperson["id"], "--db", db], catch_exceptions=False).stdout
    assert "speaks for US Department of State" in shown
    page = TestClient(create_app(Settings(db=db))).get(f"/claims/{spokesperson['id']}")
    assert page.status_code == 200 and "speaks for US Department of State" in page.text

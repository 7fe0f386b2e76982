"""The command line, run through click's runner the way a user types it."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from claimledger.cli import main

from .conftest import SEED_TEXT


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return invoke


def test_analyze_contract(run):
    r = run("analyze", str(SEED_TEXT), "--published", "2025-11-15", "--publisher", "radiosvoboda.org")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 1
    d = lines[0]
    for key in ("id", "path", "published", "text_sha256", "entities", "quantities", "times", "claims", "relations"):
        assert key in d
    assert d["path"] == str(SEED_TEXT) and d["published"] == "2025-11-15"
    c = d["claims"][0]
    for key in ("id", "sentence", "source", "relayed_by", "cue", "content", "stance", "hedged", "kind", "quantities",
                "times", "entities", "credibility", "reliability", "grade", "reasons"):
        assert key in c
    assert c["grade"] == c["reliability"] + str(c["credibility"])


def test_analyze_jsonl_keeps_ids_and_order(run, tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in [
        ("b", "The navy said a frigate left port."), ("a", "Officials said the talks failed.")]) + "\n")
    r = run("analyze", "--input", str(f), "-j", "2")
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["b", "a"]


def test_without_publication_date_the_year_stays_unresolved(run, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The governor said in April that the bridge would reopen.", encoding="utf-8")
    d = json.loads(run("analyze", str(f)).stdout)
    t = d["times"][0]
    assert t["start_date"] is None and "unresolved" in t["note"]


@pytest.mark.parametrize("args,message", [
    (("analyze", "/nonexistent/file.txt"), "no such file"),
    (("analyze",), "give at least one FILE"),
    (("analyze", "x.txt", "--published", "15.11.2025"), "YYYY-MM-DD"),
    (("analyze", "--input", "/nonexistent/docs.jsonl"), "does not exist"),
    (("ingest", "--input", "/"), "is a directory"),
])
def test_usage_errors(run, args, message):
    r = run(*args)
    assert r.exit_code != 0 and message in r.output


def test_bad_files_get_clean_errors(run, tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Ministère de la défense: 20 000 obus".encode("latin-1"))
    r = run("analyze", str(bad))
    assert r.exit_code == 1 and "not valid utf-8" in r.output and "Traceback" not in r.output
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02binary")
    assert "binary data" in run("analyze", str(junk)).output


def test_directory_ingest_skips_and_reports_bad_files(run, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("The navy said a frigate left port on Monday.", encoding="utf-8")
    (d / "bad.txt").write_bytes(b"\xff\xfe\x00\x00junk\x00")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    r = run("ingest", str(d), "--db", db)
    assert r.exit_code == 1
    assert "skipped" in r.output and "1 new document" in r.output and "1 failed" in r.output


def test_a_db_given_as_a_file_path_is_a_sqlite_file(run, tmp_path):
    path = tmp_path / "ledger.db"
    r = run("ingest", str(SEED_TEXT), "--db", str(path), "--published", "2025-11-15")
    assert r.exit_code == 0, r.output
    assert path.exists() and path.stat().st_size > 0
    assert "North Korea" in run("claims", "--db", str(path)).stdout


def test_ingest_claims_show_export(run, tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    r = run("ingest", str(SEED_TEXT), "--db", db, "--published", "2025-11-15", "--publisher", "radiosvoboda.org")
    assert r.exit_code == 0 and "1 new document" in r.output and "14 new claim" in r.output
    again = run("ingest", str(SEED_TEXT), "--db", db, "--published", "2025-11-15", "--publisher", "radiosvoboda.org")
    assert "0 new document(s), 1 unchanged" in again.output

    table = run("claims", "--db", db, "--reasons").stdout
    assert "GRADE" in table and "C3" in table and "DENIES: arms deliveries" in table and "the outlet notes" in table

    exported = [json.loads(x) for x in run("export", "--format", "jsonl", "--db", db).stdout.splitlines()]
    assert len(exported) == 14 and all(c["proposition_id"] and c["grade"] for c in exported)
    story = json.loads(run("stories", "--db", db).stdout.splitlines()[0])["story_id"]
    assert {c["story_id"] for c in exported} == {story}
    cid = exported[0]["id"]
    shown = run("show", cid[4:14], "--db", db).stdout
    assert "evidence" in shown and "GUR" in shown and "up to 12,000 workers" in shown and "by 2025" in shown

    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    assert len(rows) == 14 and rows[0]["grade"] == "C3" and rows[0]["story_id"] == story


def test_csv_export_neutralises_formulas(run, tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text('The spokesman said that =HYPERLINK("http://x.test","click") was a joke.\n'
                 "According to @analyst, +1 more drone fell.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'l.db'}"
    run("ingest", str(f), "--db", db)
    out = run("export", "--format", "csv", "--db", db).stdout
    for row in csv.DictReader(io.StringIO(out)):
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_show_unknown_claim(run, tmp_path):
    r = run("show", "nope", "--db", f"sqlite:///{tmp_path / 'l.db'}")
    assert r.exit_code == 1 and "no claim" in r.output


def test_stdin_document(run, tmp_path):
    r = run("analyze", "-", input="The coast guard said a tanker was detained.".encode())
    assert json.loads(r.stdout)["claims"][0]["cue"]["text"] == "said"

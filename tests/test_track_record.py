"""Track record: off by default; when the analyst opts in, settled earlier claims move the letter one step."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.grade.track_record import TrackRecord, TrackRecordPolicy, adjust_reliability

from .conftest import ROOT

ON = TrackRecordPolicy(enabled=True, min_settled=5)


@pytest.mark.parametrize("letter,record,expected", [
    ("C", TrackRecord(12, 9, 1), "B"),  # 9 of 10 settled confirmed
    ("B", TrackRecord(12, 10, 0), "B"),  # never past B: A is the analyst's to give
    ("C", TrackRecord(12, 2, 6), "D"),  # 6 of 8 contradicted
    ("E", TrackRecord(12, 0, 9), "E"),  # never past E: F means "cannot be judged"
    ("C", TrackRecord(12, 2, 2), "C"),  # too few settled
    ("C", TrackRecord(12, 4, 3), "C"),  # mixed
])
def test_settled_claims_move_the_letter_one_step(letter, record, expected):
    new, reason = adjust_reliability(letter, record, ON, "GUR")
    assert new == expected
    assert reason is not None and "GUR" in reason and f"{record.confirmed} of {record.settled}" in reason


def test_off_by_default_and_never_for_unjudgeable_sources():
    assert adjust_reliability("C", TrackRecord(12, 9, 1), TrackRecordPolicy(), "GUR") == ("C", None)
    assert adjust_reliability("F", TrackRecord(12, 9, 1), ON, "officials") == ("F", None)


def test_opting_in_shows_the_record_in_the_reasons(tmp_path):
    scenario = ROOT / "tests" / "fixtures" / "scenario"
    runner = CliRunner()

    def reasons(flag: str) -> list[str]:
        db = f"sqlite:///{tmp_path / flag.strip('-')}.db"
        for f in sorted(scenario.glob("*.txt")):
            r = runner.invoke(main, ["--aliases", str(scenario / "aliases.yaml"), flag, "ingest", str(f), "--db", db,
                                     "--published", f"2026-03-0{f.stem[0]}", "--publisher", f"outlet-{f.stem}"],
                              catch_exceptions=False)
            assert r.exit_code == 0, r.output
        out = runner.invoke(main, ["export", "--format", "jsonl", "--db", db], catch_exceptions=False).stdout
        return [r for line in out.splitlines() for r in json.loads(line)["reasons"]]

    assert not any(r.startswith("track record") for r in reasons("--no-track-record"))
    assert any(r.startswith("track record of") for r in reasons("--track-record"))

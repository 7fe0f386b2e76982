"""A joint report ("Oslo and Bergen have pledged aid", "Pyongyang and Moscow deny ...") is one claim made by all its
speakers: the source is the first, the others are ``co_sources``. Annotators mark one attribution, and a denial by
two governments in one breath is one denial, not two independent ones."""
from __future__ import annotations

import pytest

from claimledger.contract import analysis_json
from claimledger.model import Stance, speakers_of


@pytest.mark.parametrize("text,cue,speakers", [
    ("Oslo and Bergen have pledged aid to the islanders.", "have pledged", ["Oslo", "Bergen"]),
    ("Mr. Lindqvist and Ms. Ruiz said the ferry would run all winter.", "said", ["Mr. Lindqvist", "Ms. Ruiz"]),
    ("“The port stays open,” said Mayor Ana Ruiz and Captain Lars Berg.", "said",
     ["Mayor Ana Ruiz", "Captain Lars Berg"]),
])
def test_a_joint_report_is_one_claim_of_all_its_speakers(analyze, text, cue, speakers):
    claims = [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]
    assert len(claims) == 1
    assert [s.span.text if s.span else None for s in speakers_of(claims[0])] == speakers


def test_a_joint_denial_is_graded_and_linked_as_one(analyze):
    a = analyze("The monitoring team said the shells were shipped by rail in March. Pyongyang and Moscow deny "
                "that any shells were shipped.")
    denial = next(c for c in a.claims if c.stance == Stance.DENIES)
    assert [s.entity_id for s in speakers_of(denial)] == ["kp", "ru"]
    assert any("a joint report of North Korea and Russia" in r for r in a.grades[denial.id].reasons)
    [relation] = [r for r in a.relations if r.from_id == denial.id]
    assert relation.reason.startswith("North Korea and Russia deny what")
    reported = next(c for c in a.claims if c.id == relation.to_id)
    assert any(r.startswith("contradicted by North Korea and Russia") for r in a.grades[reported.id].reasons)


def test_the_contract_lists_the_other_speakers_only_for_a_joint_report(analyze):
    a = analyze("Oslo and Bergen have pledged aid to the islanders. The mayor said the ferry would run.")
    joint, single = analysis_json(a)["claims"]
    assert [(s["text"], s["name"]) for s in joint["co_sources"]] == [("Bergen", "Bergen")]
    assert "co_sources" not in single


@pytest.mark.parametrize("text,span", [
    ("Oslo and Bergen have pledged aid to the islanders.", "Oslo and Bergen"),
    ("Sen. Ann Lee (D-Ore.) and Sen. Tom Berg (R-Idaho) said the ferry rule was flawed.",
     "Sen. Ann Lee (D-Ore.) and Sen. Tom Berg (R-Idaho)"),
])
def test_the_source_span_of_speakers_named_together_names_them_all(analyze, text, span):
    a = analyze(text)
    [claim] = analysis_json(a)["claims"]
    assert claim["source"]["text"] == span == text[claim["source"]["start"]:claim["source"]["end"]]
    # the name stays the first speaker's, the others' are the co-sources'
    assert claim["source"]["name"] == a.claims[0].source.name != claim["co_sources"][0]["name"]


def test_a_pronoun_for_the_speakers_of_a_joint_report_keeps_its_own_span(analyze):
    a = analyze("Pyongyang and Moscow deny that any shells were shipped. They said the reports were invented.")
    later = next(c for c in analysis_json(a)["claims"] if c["cue"]["text"] == "said")
    assert later["source"]["text"] == "They" and len(later["co_sources"]) == 1


@pytest.mark.parametrize("text,speakers", [
    # the capital speaks for its state
    ("Oslo and Bergen pledged aid to the islanders on Monday. They said the ferries would run all winter.",
     ["Norway", "Bergen"]),
    ("Mr. Lindqvist and Ms. Ruiz said the ferry would run all winter. They added that fares would not rise.",
     ["Lindqvist", "Ruiz"]),
])
def test_they_after_a_joint_report_is_all_its_speakers(analyze, text, speakers):
    later = analyze(text).claims[-1]
    assert later.source.span is not None and later.source.span.text == "They"
    assert [s.name for s in speakers_of(later)] == speakers
    assert later.source.resolved_from == f"'They' refers back to {speakers[0]} and {speakers[1]}"


def test_they_after_a_single_speaker_stays_one_speaker(analyze):
    a = analyze("Oslo and Bergen pledged aid to the islanders on Monday. The harbour pilots said the ferries were "
                "late. They added that fares would not rise.")
    assert not a.claims[-1].co_sources


@pytest.mark.parametrize("text,source,speakers", [
    # a dateline's city and country, read as two speakers, are one state
    ("Oslo, Norway (CNN)-A Norwegian official confirmed to CNN on Tuesday that Norway will not invite the envoy to "
     "the ceremony.", "Oslo, Norway", ["Norway"]),
    # a post and its holder on the day, read as two of the speakers, are one person
    ("(CNN)- The Secretary-General of NATO, Jens Stoltenberg and Danish Prime Minister Mette Frederiksen said that "
     "the ferry would run again by May.", "The Secretary-General of NATO, Jens Stoltenberg",
     ["Jens Stoltenberg", "Mette Frederiksen"]),
])
def test_a_joint_report_names_each_speaker_once(analyze, text, source, speakers):
    claim = next(c for c in analyze(text, published="2022-06-01").claims if c.source.span is not None)
    assert claim.source.span.text == source
    assert [s.name for s in speakers_of(claim)] == speakers

"""Denials and confirmations hung on what they answer, after a comma ("..., a claim the Kremlin denies.")."""
from __future__ import annotations

import pytest

from claimledger.model import Stance


@pytest.mark.parametrize("text,speaker,name,cue,content", [
    ("Russia is accused of shelling the convoy, which it denies.", "it", "Russia", "denies",
     "Russia is accused of shelling the convoy"),
    ("Investigators say the drones came from Iran, an allegation Tehran denies.", "Tehran", "Iran", "denies",
     "the drones came from Iran"),
    ("Kyiv planned to seize the depot, a claim flatly rejected by Ukraine's defence ministry.",
     "Ukraine's defence ministry", "Ministry of Defence of Ukraine", "flatly rejected",
     "Kyiv planned to seize the depot"),
    ("The ferry was hit by a Russian missile, something Moscow has repeatedly denied.", "Moscow", "Russia",
     "has repeatedly denied", "The ferry was hit by a Russian missile"),
])
def test_a_denial_after_a_comma_denies_the_clause_before_it(analyze, text, speaker, name, cue, content):
    denial = next(c for c in analyze(text).claims if c.stance == Stance.DENIES)
    assert denial.source.span is not None and denial.source.span.text == speaker
    assert denial.source.name == name
    assert denial.cue is not None and denial.cue.text == cue
    assert denial.content.text == content


def test_the_report_denied_ends_where_the_denial_begins(analyze):
    claims = analyze("Investigators say the drones came from Iran, an allegation Tehran denies.").claims
    said = next(c for c in claims if c.cue is not None and c.cue.text == "say")
    assert said.content.text == "the drones came from Iran"
    assert not said.relayed_by and not next(c for c in claims if c.stance == Stance.DENIES).relayed_by


def test_what_is_turned_down_after_a_comma_is_no_denial(analyze):
    claims = analyze("Mr. Orban called for a ceasefire, which both governments quickly rejected.").claims
    assert all(c.stance != Stance.DENIES for c in claims)


@pytest.mark.parametrize("text", [
    "The harbour board said two cranes were damaged in the storm, a statement the port's owner confirmed.",
    "The harbour board said two cranes were damaged in the storm – a statement the port's owner confirmed.",
])
def test_a_confirmation_of_a_statement_after_a_comma_or_a_dash_confirms_what_was_said(analyze, text):
    # after a dash the answer is no signature of the report ("... – the minister stressed"), and the confirming
    # speaker relays nothing
    claims = analyze(text).claims
    confirmed = next(c for c in claims if c.stance == Stance.CONFIRMS)
    assert confirmed.source.span is not None and confirmed.source.span.text == "the port's owner"
    assert confirmed.content.text == "two cranes were damaged in the storm"
    said = next(c for c in claims if c.cue is not None and c.cue.text == "said")
    assert not said.relayed_by

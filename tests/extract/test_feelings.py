"""Verbs of feeling in the active voice: who was moved is the source, and what moved them the content."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,cue,source,content", [
    ("The council's vote, which has angered many ferry workers, was delayed again.", "has angered",
     "many ferry workers", "The council's vote"),
    ("It amazes me that the bridge is still standing.", "amazes", "me", "that the bridge is still standing"),
    ("The sudden closure of the northern quay has alarmed dock workers and their unions.", "has alarmed",
     "dock workers and their unions", "The sudden closure of the northern quay"),
    ("The port authority's silence frustrates many fishermen on the island.", "frustrates",
     "many fishermen", "The port authority's silence"),
])
def test_who_a_feeling_moves_is_the_source_and_what_moved_them_the_content(analyze, text, cue, source, content):
    claims = [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]
    assert len(claims) == 1
    assert claims[0].source.span is not None and claims[0].source.span.text == source
    assert claims[0].content.text == content


def test_what_moved_them_is_the_clause_after_the_one_moved(analyze):
    claim = next(c for c in analyze("The new rota will worry the nurses that the night shift is gone.").claims
                 if c.cue is not None and c.cue.text == "will worry")
    assert claim.source.span is not None and claim.source.span.text == "the nurses"
    assert claim.content.text == "that the night shift is gone"


@pytest.mark.parametrize("text,cue", [
    ("Northfield Rovers stunned Eastport United on Saturday.", "stunned"),
    ("Ana Ruiz upset the sitting mayor in the primary.", "upset"),
    ("He surprised his neighbours by selling the boat.", "surprised"),
    ("His left knee bothered him all season.", "bothered"),
])
def test_one_who_does_something_to_another_reports_nothing(analyze, text, cue):
    """A team that beat another, a candidate who beat the mayor, a man who acted, a knee that hurt: no claim."""
    assert not [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]

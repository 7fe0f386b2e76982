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


@pytest.mark.parametrize("text,cue,source,content", [
    ("The harbour pilots were frustrated that the council had kept the quay closed.", "were frustrated",
     "The harbour pilots", "that the council had kept the quay closed"),
    ("Ilse Marek is convinced that the ferry will run again by May.", "is convinced", "Ilse Marek",
     "that the ferry will run again by May"),
    ("Tomas Berg was persuaded that the bridge could not be saved.", "was persuaded", "Tomas Berg",
     "that the bridge could not be saved"),
    # one who persuaded them is no speaker: the one persuaded believes it
    ("Tomas Berg was persuaded by his engineers that the bridge could not be saved.", "was persuaded", "Tomas Berg",
     "that the bridge could not be saved"),
])
def test_one_moved_or_convinced_in_the_passive_is_the_source(analyze, text, cue, source, content):
    """In the passive the one who feels or believes it speaks, whoever moved or persuaded them; one who was told
    something does not ("was told that ..." has no source of its own)."""
    [claim] = [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]
    assert claim.source.span is not None and claim.source.span.text == source
    assert claim.content.text == content


def test_one_told_in_the_passive_is_no_source(analyze):
    claims = [c for c in analyze("Ilse Marek was told that the ferry would run again by May.").claims
              if c.cue is not None and c.cue.text == "was told"]
    assert all(c.source.span is None for c in claims)

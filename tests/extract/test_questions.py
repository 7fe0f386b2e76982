"""Who was asked is not who asked: a participle of asking names the one who answers, whatever the tagger reads."""
import pytest


@pytest.mark.parametrize("text, answerer", [
    ("However, asked to comment on reports that the ferry had been seized, the harbour master, Ola Berg, referred "
     "reporters to the coastguard.", None),
    ("\"We will manage,\" said Ola Berg, asked about his plans for the quay.", "Ola Berg"),
    ("The harbour master, who has run the port since 2019, asked about the tolls, said they would fall.",
     "The harbour master, who has run the port since 2019,"),
    ("Mayor Anna Lindqvist, asked if the ferry would run through the winter, said \"I hope so\".",
     "Mayor Anna Lindqvist"),
    ("\"We will manage,\" said harbour master Ola Berg, asked about his plans to close the northern quay.",
     "harbour master Ola Berg"),
])
def test_a_participle_of_asking_has_no_named_asker(analyze, text, answerer):
    a = analyze(text)
    asked = [c for c in a.claims if c.cue is not None and "asked" in c.cue.text.lower()]
    assert asked and all(c.source.span is None for c in asked)
    if answerer is not None:
        answer = next(c for c in a.claims if c.cue is not None and c.cue.text == "said")
        assert answer.source.span is not None and answer.source.span.text == answerer


@pytest.mark.parametrize("text, asker", [
    ("Ola Berg, the harbour master, asked whether the ferry would run.", "Ola Berg, the harbour master,"),
    ("Lindqvist asked about the tolls, saying they were too high.", "Lindqvist"),
])
def test_a_finite_verb_of_asking_keeps_its_subject(analyze, text, asker):
    a = analyze(text)
    asked = next(c for c in a.claims if c.cue is not None and c.cue.text.startswith("asked"))
    assert asked.source.span is not None and asked.source.span.text == asker

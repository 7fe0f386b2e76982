"""Title-case headlines are parsed in sentence case, and the text stays as written."""
from __future__ import annotations

import pytest

from claimledger.extract.attribution import find_attributions
from claimledger.extract.headlines import is_title_case, sentence_case_words


@pytest.mark.parametrize("line,expected", [
    ("Ortiz Denies Ferry Contract Was Rigged.", True),
    ("Harbor Workers Say the Mayor Ignored Safety Warnings", True),
    ("Ortiz denies the ferry contract was rigged.", False),  # sentence case already
    ("FERRY CONTRACT RIGGED, WORKERS SAY", False),  # capitals throughout: nothing to tell apart
    ("By Lena Ortiz", False),  # too few words to be a headline
    ("The mayor, Lena Ortiz, said on Friday that the contract was fair.", False),
])
def test_a_title_case_line_is_a_headline(line, expected):
    assert is_title_case(line) is expected


def _lowered(text):
    return [text[start:end] for start, end in sentence_case_words(text)]


def test_common_words_of_a_headline_are_lowered_and_names_the_body_capitalises_are_not():
    text = "Ortiz Denies Ferry Contract Was Rigged in March.\n\nThe mayor, Lena Ortiz, spoke on Friday."
    assert _lowered(text) == ["Denies", "Ferry", "Contract", "Was", "Rigged"]


def test_the_first_word_keeps_its_capital_and_body_lines_are_left_alone():
    text = "Harbor Workers Say Ortiz Ignored Safety Warnings\nThe union said on Tuesday that Ortiz read it."
    lowered = _lowered(text)
    assert "Harbor" not in lowered and "Ortiz" not in lowered
    assert "Say" in lowered and "Ignored" in lowered
    assert all(start < text.index("\n") for start, _end in sentence_case_words(text))


def test_a_word_the_body_mostly_writes_in_lower_case_is_no_name():
    text = "Port Workers Strike Over Pay\n\nThe port said that workers at the port would strike. Port officials met."
    assert "Port" not in _lowered(text)  # the line's first word
    assert "Workers" in _lowered(text)  # "workers" in the body, in lower case


def test_a_title_case_headline_is_read_as_a_sentence_and_keeps_its_text(nlp):
    text = "Ortiz Denies Ferry Contract Was Rigged.\n\nThe mayor, Lena Ortiz, spoke on Friday in Valletta."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][:3] == ["Ortiz", "Denies", "Ferry"]
    headline = next(iter(doc.sents))
    found = [(doc[slice(*a.cue)].text, [doc[slice(*s)].text for s in a.sources], doc[slice(*a.content)].text)
             for a in find_attributions(headline) if a.cue is not None]
    assert found == [("Denies", ["Ortiz"], "Ferry Contract Was Rigged")]
    assert [(t.pos_, t.lemma_) for t in doc[:2]] == [("PROPN", "Ortiz"), ("VERB", "deny")]
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Lena Ortiz", "PERSON")]


def test_a_document_without_headline_case_is_parsed_unchanged(nlp):
    text = "Ortiz denied on Friday that the ferry contract was rigged."
    doc = nlp(text)
    assert doc.text == text
    assert next(t for t in doc if t.text == "denied").pos_ == "VERB"

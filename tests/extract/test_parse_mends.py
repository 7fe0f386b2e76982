"""Mends to the parse: a report whose subject is a run of nouns keeps its subject, and a speaker set off after an
inverted cue inside the clause it reports speaks it."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimledger.extract.parse_mends import mend_parse


def test_a_run_of_nouns_before_a_report_is_its_subject(nlp):
    doc = nlp("The harbour board spent $4 million on the quay, county tax records show.")
    show = next(t for t in doc if t.lower_ == "show")
    records = next(t for t in doc if t.lower_ == "records")
    assert records.dep_ == "nsubj" and records.head.i == show.i
    assert records.pos_ == "NOUN"
    assert all(t.head.i == records.i for t in doc if t.lower_ in {"county", "tax"})


def test_the_report_of_a_run_of_nouns_has_its_source(analyze):
    claim = next(c for c in analyze("The harbour board spent $4 million on the quay, county tax records show.").claims
                 if c.cue is not None and c.cue.text == "show")
    assert claim.source.span is not None and claim.source.span.text == "county tax records"
    assert claim.content.text == "The harbour board spent $4 million on the quay"


def test_a_report_set_off_by_commas_inside_its_content_is_an_aside(analyze):
    claim = next(c for c in analyze("Over that winter, F.A.A. records show, the ferry plane flew 216 hours.").claims
                 if c.cue is not None and c.cue.text == "show")
    assert claim.source.span is not None and claim.source.span.text == "F.A.A. records"
    assert "the ferry plane flew 216 hours" in claim.content.text


def test_a_reporting_participle_read_as_a_subject_takes_back_what_it_reports(analyze):
    text = ("The audit finds wide gaps in the accounts, noting the port authority and its largest contractors have "
            "repeatedly missed the deadlines.")
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "noting")
    assert claim.source.span is not None and claim.source.span.text == "The audit"
    assert claim.content.text == "the port authority and its largest contractors have repeatedly missed the deadlines"


def test_a_participle_opening_the_sentence_gives_back_the_speaker_it_swallowed(nlp):
    # "Telling drivers to avoid the roads, the mayor, Anna Berg, said that the river rises." as the parser can read
    # it: the participle the subject of "said", the mayor an apposition of "roads"
    words = ["Telling", "drivers", "to", "avoid", "the", "roads", ",", "the", "mayor", ",", "Anna", "Berg", ",",
             "said", "that", "the", "river", "rises", "."]
    heads = [13, 0, 3, 0, 5, 3, 5, 8, 5, 8, 11, 8, 5, 13, 17, 16, 17, 13, 13]
    deps = ["csubj", "dobj", "aux", "xcomp", "det", "dobj", "punct", "det", "appos", "punct", "compound", "appos",
            "punct", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    tags = ["VBG", "NNS", "TO", "VB", "DT", "NNS", ",", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", "IN", "DT", "NN",
            "VBZ", "."]
    pos = ["VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["tell", "driver", "to", "avoid", "the", "road", ",", "the", "mayor", ",", "Anna", "Berg", ",", "say",
              "that", "the", "river", "rise", "."]
    spaces = [True] * len(words)
    for k in (5, 8, 11, 17):
        spaces[k] = False
    doc = mend_parse(Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
                         lemmas=lemmas))
    assert (doc[8].dep_, doc[8].head.i) == ("nsubj", 13)
    assert (doc[0].dep_, doc[0].head.i) == ("advcl", 13)


@pytest.mark.parametrize("text,speaker,pieces", [
    ("The harbour, said the mayor, would close in May.", "the mayor", ["The harbour", "would close in May"]),
    ("The trouble with the ferry, said Berg and others, is the winter timetable.", "Berg and others",
     ["The trouble with the ferry", "is the winter timetable"]),
    # a relative clause that is no aside: the subject is whom it defines
    ("Those who stay on the island, said Lind, will be asked to sign a form.", "Lind",
     ["Those who stay on the island", "will be asked to sign a form"]),
])
def test_a_speaker_set_off_after_an_inverted_cue_inside_its_report_speaks_it(analyze, text, speaker, pieces):
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "said")
    assert claim.source.span is not None and claim.source.span.text == speaker
    assert [text[s:e] for s, e in claim.content_segments] == pieces


def test_a_report_in_order_after_an_aside_keeps_its_speaker(analyze):
    text = "Ola Berg, a councillor from the north, said the ferry, run by the county, was too slow."
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "said")
    assert claim.source.span is not None and claim.source.span.text.startswith("Ola Berg")


@pytest.mark.parametrize("text,cue,source,content", [
    # a participle that reports a clause with its own subject is the sentence's verb, hung on its subject
    ("Two naval analysts, Piotr Zielinski and Ewa Lis, found in 2019 that the Baltic fleet is “the weakest in the "
     "region“.", "found", "Two naval analysts, Piotr Zielinski and Ewa Lis",
     "that the Baltic fleet is “the weakest in the region“"),
    ("Parrot Drones SA, one of the global industry's top makers, announced in April 2022 it was pulling out of Russia "
     "to prevent its drones from being used in combat.", "announced",
     "Parrot Drones SA, one of the global industry's top makers",
     "it was pulling out of Russia to prevent its drones from being used in combat"),
])
def test_a_main_verb_hung_on_its_subject_reports_what_follows(analyze, text, cue, source, content):
    claims = [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]
    assert [(c.source.span.text if c.source.span else None, c.content.text) for c in claims] == [(source, content)]


def test_a_participle_with_its_agent_reports_nothing(analyze):
    assert analyze("The measures announced by Warsaw on Monday were welcomed by the farmers.").claims == ()


@pytest.mark.parametrize("text,cue,speaker,content", [
    # the parser made the closing cue a conjunct of the clause it reports, its speaker the cue's object
    ("The ferry line lost money for the third year running, confirmed Nordic Lines.", "confirmed", "Nordic Lines",
     "The ferry line lost money for the third year running"),
    ("The island's school will close in June, announced the county council.", "announced", "the county council",
     "The island's school will close in June"),
    ("Harbour dues rose by a third in the spring, reported the Baltic Herald.", "reported", "the Baltic Herald",
     "Harbour dues rose by a third in the spring"),
    # a warning's object at the end of the sentence is who warns, the cue left unlabelled under the clause
    ("The dam could break within days, warned the minister.", "warned", "the minister",
     "The dam could break within days"),
    # the parser made the cue the root, the clause its complement and the speaker its object
    ("The quay has been closed since the storm, explained the economist.", "explained", "the economist",
     "The quay has been closed since the storm"),
])
def test_a_closing_cue_with_its_speaker_taken_for_its_object_is_the_speakers(analyze, text, cue, speaker, content):
    claims = [c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue]
    assert [(c.source.span.text if c.source.span else None, c.content.text) for c in claims] == [(speaker, content)]


def test_a_closing_cue_whose_object_is_who_hears_it_keeps_its_object(analyze):
    claims = analyze("The mayor visited the flooded quay on Monday, told the Baltic Herald.").claims
    assert not any(c.source.span is not None and c.source.span.text == "the Baltic Herald" for c in claims)

"""Raising cues: the subject belongs to what is expected or what appears, not to a speaker."""
import pytest

from claimledger.extract.attribution import Attribution, find_attributions
from claimledger.extract.raising import with_raised_subject


def _raised(nlp, text: str, cue: str):
    sent = next(iter(nlp(text).sents))
    att = next(a for a in find_attributions(sent) if a.cue is not None and sent.doc[a.cue_head].text == cue)
    return sent.doc, with_raised_subject(att, sent)


@pytest.mark.parametrize("text,cue,content", [
    ("The ferry operator is expected to cut 40 crossings this winter.", "expected",
     "The ferry operator is expected to cut 40 crossings this winter"),
    ("Support for the harbour plan appears to have collapsed since May.", "appears",
     "Support for the harbour plan appears to have collapsed since May"),
    ("The harbour plan is almost certain to face a vote in May.", "certain",
     "The harbour plan is almost certain to face a vote in May"),
    ("The ferry operator appears determined to cut 40 crossings this winter.", "appears",  # an adjective
     "The ferry operator appears determined to cut 40 crossings this winter"),
    ("The harbour council appeared unwilling to end the strike.", "appeared",
     "The harbour council appeared unwilling to end the strike"),
])
def test_a_raised_subject_opens_the_content_and_speaks_for_no_one(nlp, text, cue, content):
    doc, att = _raised(nlp, text, cue)
    assert doc[att.content[0]:att.content[1]].text == content
    assert att.sources == ()


@pytest.mark.parametrize("text,cue", [
    ("The council is expected by analysts to cut 40 crossings.", "expected"),  # an agent: someone expects
    ("It is expected to rise to 3 percent this year.", "expected"),  # "it" refers back; kept apart
    ("The mayor promised to cut 40 crossings this winter.", "promised"),  # no raising: the mayor promises
    ("The union is eager to strike before the holidays.", "eager"),  # the union is the eager one
])
def test_a_cue_that_is_no_raising_verb_keeps_its_content(nlp, text, cue):
    sent = next(iter(nlp(text).sents))
    att = next(a for a in find_attributions(sent) if a.cue is not None and sent.doc[a.cue_head].text == cue)
    assert with_raised_subject(att, sent) == att


def test_the_ledger_reports_an_expectation_without_a_source(analyze):
    claim = next(c for c in analyze("The ferry operator is expected to cut 40 crossings this winter.").claims
                 if c.cue is not None and c.cue.text == "is expected")
    assert claim.content.text.startswith("The ferry operator")
    assert claim.source.span is None


@pytest.mark.parametrize("text,source,cue,content", [
    ("The harbour master seemed to blame the ferry operator for the delays.", "The harbour master",
     "seemed to blame", "the ferry operator for the delays"),
    ("The union appears to believe that the crossings will be cut.", "The union", "appears to believe",
     "that the crossings will be cut"),
    ("The mayor appeared pleased with the vote.", "The mayor", "appeared pleased with", "the vote"),
])
def test_a_cue_inside_what_seems_names_the_subject_as_its_source(nlp, text, source, cue, content):
    sent = next(iter(nlp(text).sents))
    doc = sent.doc
    found = [(tuple(doc[s[0]:s[1]].text for s in a.sources), doc[a.cue[0]:a.cue[1]].text,
              doc[a.content[0]:a.content[1]].text) for a in find_attributions(sent) if a.cue is not None]
    assert found == [((source,), cue, content)]  # and no unsourced impression beside it


def test_what_seems_without_a_cue_inside_stays_the_writers_impression(nlp):
    sent = next(iter(nlp("The ferry seemed to slow down near the harbour.").sents))
    doc = sent.doc
    hedge = next(a for a in find_attributions(sent) if a.cue is not None and doc[a.cue_head].text == "seemed")
    assert hedge.sources == ()
    assert doc[hedge.content[0]:hedge.content[1]].text == "The ferry seemed to slow down near the harbour"


@pytest.mark.parametrize("text,cue,content", [
    ("A mining town said to hold the last working smelter, Kirovsk has lost half its people.", "said",
     "A mining town said to hold the last working smelter"),
    ("Officers found a van believed to belong to the smugglers near the bridge.", "believed",
     "a van believed to belong to the smugglers near the bridge"),
    ("A clerk said to have been dismissed last spring was questioned by the auditors.", "said",
     "A clerk said to have been dismissed last spring"),
])
def test_a_participle_that_reports_what_others_say_of_the_noun_names_no_source(nlp, text, cue, content):
    sent = next(iter(nlp(text).sents))
    atts = [a for a in find_attributions(sent) if a.cue is not None and sent.doc[a.cue_head].text == cue]
    assert atts
    for att in atts:  # the noun is what is said, never who says it
        raised = with_raised_subject(att, sent)
        assert raised.sources == ()
        assert sent.doc[raised.content[0]:raised.content[1]].text == content


@pytest.mark.parametrize("text,cue,source", [
    ("The clerk claimed to have been dismissed without notice.", "claimed", "The clerk"),  # a claim of his own
    ("She said to wait for the ferry at the pier.", "said", "She"),  # an instruction she gave
    ("The ferry operator had expected to cut 40 crossings.", "expected", "The ferry operator"),
])
def test_a_speaker_before_an_infinitive_keeps_the_claim(nlp, text, cue, source):
    sent = next(iter(nlp(text).sents))
    doc = sent.doc
    att = next(a for a in find_attributions(sent) if a.cue is not None and doc[a.cue_head].text == cue)
    assert [doc[s[0]:s[1]].text for s in att.sources] == [source]



def _as_proposed(nlp, text: str, subject: str, cue: str):
    """The relation a cue model proposes for "<subject> <cue> <rest>": the subject as source, the rest as content."""
    sent = next(iter(nlp(text).sents))
    doc = sent.doc
    head = next(t for t in doc if t.text == cue)
    subj_end = next(t.i for t in doc if t.idx + len(t.text) == len(subject))
    first = head.i + 2 if doc[head.i + 1].lower_ == "like" else head.i + 1
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    att = Attribution(cue=(head.i, first), cue_head=head.i, content=(first, end), sources=((0, subj_end + 1),))
    return doc, with_raised_subject(att, sent)


@pytest.mark.parametrize("text,subject,cue", [
    ("The young skipper looked clueless as the storm kept pounding the deck.", "The young skipper", "looked"),
    ("When it mattered, the goalkeeper looked like a champion.", "When it mattered, the goalkeeper", "looked"),
    ("The harbour plan looks to be the council's best hope.", "The harbour plan", "looks"),
    ("The harbour master sounded tired after the vote.", "The harbour master", "sounded"),
    ("The new timetable sounds like a good deal for the islanders.", "The new timetable", "sounds"),
])
def test_what_looks_so_is_the_writers_impression(nlp, text, subject, cue):
    doc, att = _as_proposed(nlp, text, subject, cue)
    assert att.sources == ()
    assert doc[att.content[0]:att.content[1]].text.startswith(subject.split(", ")[-1])


def test_looking_to_act_is_the_subjects_intent(nlp):
    doc, att = _as_proposed(nlp, "The port authority is looking to hire forty new pilots.", "The port authority",
                            "looking")
    assert [doc[s:e].text for s, e in att.sources] == ["The port authority"]
    assert doc[att.content[0]:att.content[1]].text == "to hire forty new pilots"


def test_an_attitude_that_sounds_so_is_its_subjects(nlp):
    doc, att = _as_proposed(nlp, "The harbour master sounded worried about the winter.", "The harbour master",
                            "sounded")
    assert [doc[s:e].text for s, e in att.sources] == ["The harbour master"]

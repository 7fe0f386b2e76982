"""The learned content end: where it may move an end, what it never moves, and the bundled weights."""
from __future__ import annotations

import pytest

from claimledger.extract import boundary_model
from claimledger.extract.attribution import Attribution, find_attributions, object_act_start
from claimledger.extract.linear import LinearModel, load_linear_model


def _by_cue(analysis, cue):
    return next(c for c in analysis.claims if c.cue is not None and c.cue.text == cue)


def test_bundled_model_loads():
    model = load_linear_model("boundary_model.json")
    assert model is not None and len(model.weights) > 1000


@pytest.mark.parametrize("text,cue,content", [
    ("The senator branded the company a reckless polluter.", "branded", "the company a reckless polluter"),
    ("My uncle always referred to the bridge as the road to nowhere.", "always referred to",
     "the bridge as the road to nowhere"),
])
def test_the_model_runs_an_object_on_to_its_complement(analyze, text, cue, content):
    c = _by_cue(analyze(text), cue)
    assert c.content.text == content


def test_the_model_starts_a_content_at_its_first_word(analyze):
    text = "However costly the repairs, closing the bridge ''is the wrong answer,'' the engineer said."
    c = _by_cue(analyze(text), "said")
    assert c.content.text == "However costly the repairs, closing the bridge ''is the wrong answer,''"


def test_the_model_never_starts_a_reported_clause_at_the_cues_time(analyze):
    c = _by_cue(analyze("The mayor repeated last week that she does not exclude closing the port."), "repeated")
    assert c.content.text == "that she does not exclude closing the port"


def _sentence(nlp_doc):
    return next(iter(nlp_doc.sents))


@pytest.fixture
def parse(nlp):
    return lambda text: _sentence(nlp(text))


def test_a_one_word_answer_is_never_moved(parse):
    sent = parse("Asked about the strike, two in three dockers said yes, while the rest were unsure.")
    att = next(a for a in find_attributions(sent) if a.cue is not None and sent.doc[a.cue[0]].text == "said")
    assert sent.doc[att.content[0]:att.content[1]].text == "yes"
    assert not boundary_model.applies(att, sent)


def test_candidates_hold_the_rules_end_and_the_sentence_end(parse):
    sent = parse("The senator branded the company a reckless polluter on Monday.")
    att = next(a for a in find_attributions(sent) if a.cue is not None)
    cands = boundary_model.end_candidates(att, sent)
    assert att.content[1] in cands
    assert [sent.doc[e - 1].text for e in cands[-2:]] == ["Monday", "."]  # before and after the full stop
    assert all(att.content[0] < e for e in cands)
    starts = boundary_model.start_candidates(att, sent)
    assert att.content[0] in starts and all(s >= att.cue[1] for s in starts)  # never inside the cue or before it


def test_quotations_and_interrupted_contents_are_never_moved(parse):
    quoted = parse("“The bridge stays shut until May,” the engineer said.")
    att = next(a for a in find_attributions(quoted) if a.cue is not None)
    assert not boundary_model.applies(att, quoted)
    indirect = parse("The engineer said the bridge stays shut until May.")
    att = next(a for a in find_attributions(indirect) if a.cue is not None)
    assert boundary_model.applies(att, indirect)


def test_the_rules_end_stands_without_a_clear_margin(parse, monkeypatch):
    sent = parse("The senator branded the company a reckless polluter.")
    atts = find_attributions(sent)
    flat = LinearModel("test", 0.0, {})  # every candidate scores 0.5: none is surer than the rule
    monkeypatch.setattr(boundary_model, "load_boundary_model", lambda: flat)
    assert boundary_model.with_learned_boundaries(atts, sent) == atts
    monkeypatch.setattr(boundary_model, "load_boundary_model", lambda: None)
    assert boundary_model.with_learned_boundaries(atts, sent) == atts


def test_a_content_never_ends_just_inside_an_opening_quotation_mark(parse):
    sent = parse("The mayor claimed that voters saw ''through it'' by the spring.")
    att = next(a for a in find_attributions(sent) if a.cue is not None)
    doc = sent.doc
    opening = next(t.i for t in doc if t.text == "''")
    cands = boundary_model.end_candidates(att, sent)
    assert opening in cands  # before the quotation: a place to end
    assert opening + 1 not in cands  # after its opening mark: never


@pytest.mark.parametrize("text,kind", [
    ("The senator supported the farmers during the drought.", "dobj/NOUN/cue"),
    ("The senator said that the farmers would be paid.", "ccomp/VERB/cue"),
])
def test_the_kind_of_content_is_read_from_its_root(parse, text, kind):
    sent = parse(text)
    att = next(a for a in find_attributions(sent) if a.cue is not None)
    assert boundary_model.content_kind(att, sent.doc) == kind


def test_an_end_reads_what_the_next_phrase_hangs_on(parse):
    sent = parse("The senator supported the farmers during the drought, which ended in May.")
    atts = find_attributions(sent)
    att = next(a for a in atts if a.cue is not None)
    doc = sent.doc
    options = dict(boundary_model.end_options(att, sent, atts))
    during = next(t.i for t in doc if t.text == "during")
    assert "e:next_on=cue|prep" in options[during]  # "during" is the supporting's circumstance
    comma = next(t.i for t in doc if t.text == ",")
    assert any(f.startswith("e:punct+head=,|nsubj|relcl") for f in options[comma])  # ", which ..." opens a relative


def test_a_hyphen_inside_a_word_is_no_break_and_a_spaced_one_is(nlp):
    doc = nlp("The well-known mayor said the plan - a costly one - would fail.")
    hyphens = [t for t in doc if t.text == "-"]
    assert [boundary_model._is_break(t) for t in hyphens] == [False, True, True]


def test_a_content_never_ends_before_its_own_root(parse):
    sent = parse("The mayor claimed that the new harbor plan, costly as it was, would fail by the spring.")
    att = next(a for a in find_attributions(sent) if a.cue is not None)
    doc = sent.doc
    fail = next(t.i for t in doc if t.text == "fail")
    assert doc[att.content[0]:att.content[1]].root.i == fail
    cands = boundary_model.end_candidates(att, sent)
    assert cands and min(cands) > fail  # not "the new harbor plan" nor "the new harbor plan, costly as it was"


@pytest.mark.parametrize("text", [
    "Only a full audit would end “the doubts about the vote,” opposition leader Tomas Berg said, as he accused the "
    "commission of hiding ballots.",
    "Only a Polish victory would end “the siege of the city,” presidential adviser Jan Nowak said, as he accused the "
    "army of being unwilling to leave land it had taken.",
])
def test_a_content_never_runs_on_into_the_speakers_next_report(analyze, text):
    c = _by_cue(analyze(text), "said")
    assert c.content.text.startswith("Only a ") and c.content.text.endswith(",”")
    assert "said" not in c.content.text and "accused" not in c.content.text


def test_a_start_never_falls_inside_the_number_the_rules_start_opens(parse):
    sent = parse("Tomas Berg, the owner of the mill, said up to 9 bn roubles (£120m) would be invested next year in "
                 "the town.")
    att = next(a for a in find_attributions(sent) if a.cue is not None and sent.doc[a.cue[0]].text == "said")
    words = [sent.doc[s].text for s in boundary_model.start_candidates(att, sent)]
    assert words[0] in {"up", "to"} and "bn" not in words and "roubles" not in words


@pytest.mark.parametrize("text", [
    "Tomas Berg, the owner of the mill, said up to 9 bn roubles (£120m) would be invested next year in the town.",
])
def test_an_up_to_the_parser_hung_on_the_cue_opens_the_content(analyze, text):
    c = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text.startswith("said"))
    assert c.cue.text == "said"
    assert c.content.text.startswith("up to 9 bn roubles")


@pytest.mark.parametrize("text,cue,content", [
    ("The union condemned the closure of the mill several times and sent a letter to the minister.", "condemned",
     "the closure of the mill several times"),
    ("The mayor has repeatedly condemned the attacks on the bridge, including the one in May, and also drew "
     "attention to the need for more guards.", "has repeatedly condemned",
     "the attacks on the bridge, including the one in May"),
    # a modal goes on with what was sought
    ("The council seeks an extra 2 million euros in revenue and would leave the smallest shops alone.", "seeks",
     "an extra 2 million euros in revenue and would leave the smallest shops alone"),
])
def test_an_object_never_runs_on_into_the_speakers_next_act(analyze, text, cue, content):
    c = _by_cue(analyze(text), cue)
    assert c.content.text == content


def test_a_participle_joined_inside_the_object_is_no_next_act(parse):
    sent = parse("Pictures from the village showed a scene of ruin, with rows of charred and destroyed trucks and "
                 "buses lined up along one road, along with debris.")
    doc = sent.doc
    showed = next(t.i for t in doc if t.text == "showed")
    assert doc[showed + 11].text == "destroyed" and doc[showed + 11].head.i == showed  # the parser's conjunct
    att = Attribution(cue=(showed, showed + 1), cue_head=showed, content=(showed + 1, showed + 5), sources=((0, 4),))
    assert object_act_start(att, doc) is None

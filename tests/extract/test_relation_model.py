"""The relation check: what it drops, what it never drops, and the bundled weights."""
from __future__ import annotations

from importlib import resources

import pytest

from claimledger.extract import cue_model, relation_model
from claimledger.extract.attribution import find_attributions
from claimledger.extract.linear import WITHOUT_MODELS, LinearModel, load_linear_model


def test_bundled_models_load_and_stay_small():
    data = resources.files("claimledger.extract").joinpath("data")
    total = sum(data.joinpath(name).stat().st_size for name in ("cue_model.json", "relation_model.json",
                                                                    "boundary_model.json"))
    assert total < 20 * 1024 * 1024
    model = load_linear_model("relation_model.json")
    assert model is not None and 0.0 < model.threshold < 1.0
    assert {"lexicon", "learned"} <= model.applies_to
    assert "dash" not in model.applies_to  # too rare in training to judge


def test_nested_intentions_inside_a_report_are_dropped(analyze):
    a = analyze("The senator said she wants to defend the policies of the last government.")
    assert [c.cue.text for c in a.claims if c.cue is not None] == ["said"]


@pytest.fixture
def without_check_and_boundary(monkeypatch):
    monkeypatch.setenv(WITHOUT_MODELS, "relation_model, boundary_model")
    load_linear_model.cache_clear()
    yield
    monkeypatch.delenv(WITHOUT_MODELS)
    load_linear_model.cache_clear()


def test_models_named_in_the_environment_are_left_out(without_check_and_boundary, analyze):
    assert load_linear_model("relation_model.json") is None
    assert load_linear_model("boundary_model.json") is None
    assert load_linear_model("cue_model.json") is not None
    # with no check, the nested intentions the check drops (the test above) stay
    a = analyze("The senator said she wants to defend the policies of the last government.")
    assert [c.cue.text for c in a.claims if c.cue is not None] == ["said", "wants", "to defend"]


@pytest.fixture
def reject_everything(monkeypatch):
    """A check that turns every relation it judges down, to show which relations it never judges."""
    model = LinearModel("test", 1.01, {}, frozenset({"lexicon", "learned", "quote", "according"}))
    monkeypatch.setattr(relation_model, "load_relation_model", lambda: model)


@pytest.mark.parametrize("text,cue", [
    ("Moscow denied that the convoy had crossed the border.", "denied"),
    # a present tense tagged as a bare verb after a subject with a relative clause
    ("Tehran and Damascus, which signed the defence pact in 2019, deny the shipments.", "deny"),
    ("The newspaper reported, citing two officials, that the shipment was seized.", "reported"),
    ("The regional governor reminds that the bridge has been closed since March.", "reminds"),
    ("“We will not retreat from the river,” the commander said.", "said"),
    ("“The convoy left at dawn.” ― Ana Ruiz\n", "―"),
    ("“We hold the bridge,” she said.", "said"),
    ("The toll was defended by Kamin, who said that the road would be repaved.", "said"),
    ("The Baltic Times reported that the harbour master said the port would reopen.", "said"),  # an outlet's relay
])
def test_relations_the_ledger_keeps_whatever_the_check_says(analyze, reject_everything, text, cue):
    assert cue in [c.cue.text for c in analyze(text).claims if c.cue is not None]


def test_a_judged_relation_can_be_dropped(analyze, reject_everything):
    a = analyze("According to the port authority, two cranes collapsed in the storm.")
    assert not [c for c in a.claims if c.cue is not None]


@pytest.mark.parametrize("text,cue", [
    ("He had to tell Holder that the files were gone.", "to tell"),  # an infinitive, not a report made
    ("Officials said that the ferry would resume on Monday.", "said"),  # nobody named
    ("Most of those who said that taxes mattered voted early.", "said"),  # a description, not a name
    ("Okafor said the inspector told him the dam would hold.", "told"),  # one speaker's word of another's
])
def test_reports_the_check_is_left_to_judge(analyze, reject_everything, text, cue):
    assert cue not in [c.cue.text for c in analyze(text).claims if c.cue is not None]


def test_a_cue_model_put_in_use_scores_the_verbs_until_its_block_ends(nlp):
    """The trainers read each train document with a cue model fitted without it (``using_cue_model``); the
    bundled model must be back once the block ends, or analysis after training would use a fold's model."""
    sent = next(iter(nlp("The mayor likened the bridge to a sieve.").sents))
    bundled = cue_model.load_cue_model()
    never = LinearModel("test", 0.5, {"bias": -30.0})
    with cue_model.using_cue_model(never):
        assert cue_model.load_cue_model() is never
        assert not [a for a in find_attributions(sent) if a.origin == "learned"]
    assert cue_model.load_cue_model() is bundled
    assert [sent.doc[a.cue[0]:a.cue[1]].text for a in find_attributions(sent) if a.cue] == ["likened"]


@pytest.mark.parametrize("text,cue,inside", [
    ("The dispatcher was blunt. “The road was flooded by noon. I told the drivers that the bridge was closed. "
     "Nobody listened.”\n", "told", True),
    ("The dispatcher said the road was flooded. “We warned everyone. The mayor says the bridge is safe, but it is "
     "not.”\n", "says", True),
    ("The dispatcher said the road was flooded. The mayor says the bridge is safe.\n", "says", False),
    ("“The road was flooded by noon,” the dispatcher said. She told the drivers to turn back.\n", "told", False),
    ("“The road was flooded by noon.\nThe mayor says the bridge is safe.\n", "says", False),  # a new paragraph
], ids=["told, quoted", "says, quoted", "says, not quoted", "after the quotation closed", "quotation left open"])
def test_the_check_knows_a_cue_that_stands_in_a_quotation_opened_sentences_before(nlp, text, cue, inside):
    """Such a cue is the quoted speaker's, nested in the quotation, and annotators almost never mark it: on PolNeAR
    train, 3 of the 690 the rules propose."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    proposed = find_attributions(tok.sent)
    att = next(a for a in proposed if a.cue_head == tok.i)
    assert ("earlier_quote" in relation_model.relation_features(att, tok.sent, proposed)) is inside


def test_the_bundled_check_weighs_a_cue_inside_an_earlier_quotation_down():
    model = relation_model.load_relation_model()
    assert model is not None and model.weights.get("earlier_quote", 0.0) < 0.0


def test_the_check_knows_which_rule_proposed_the_relation_a_cue_is_nested_in(nlp):
    """A report hung inside a verb only the cue model proposed ("..., Nike holds $12 billion" taken for the
    sentence's main verb) is nested in a guess, not in someone's report."""
    sent = next(iter(nlp("The auditors reported that the port holds $2 billion in reserves, the city holds "
                         "$1 billion.").sents))
    proposed = find_attributions(sent)
    reported = next(a for a in proposed if a.cue is not None and sent.doc[a.cue[0]].text == "reported")
    features = relation_model.relation_features(reported, sent, proposed)
    assert "nested_in_origin=learned" in features

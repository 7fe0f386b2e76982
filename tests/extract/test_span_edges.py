"""Where a source's span ends (on the possessive mark of an owner, "Trump's criticism") and where a cue's does
("also said", "said:"), as annotators mark them."""
from __future__ import annotations

import pytest


def _claim(analysis, cue):
    """The first claim whose cue reads ``cue``."""
    return next(c for c in analysis.claims if c.cue is not None and c.cue.text == cue)


@pytest.mark.parametrize("text,cue,span,name", [
    ("Ms. Lindqvist's criticism of the ferry plan was sharp.", "criticism of", "Ms. Lindqvist's", "Lindqvist"),
    ("The harbour board's claim that the ferry would run all winter was disputed.", "claim",
     "The harbour board's", "harbour board"),
])
def test_an_owner_of_the_cue_ends_on_its_possessive_mark_and_is_named_without_it(analyze, text, cue, span, name):
    claim = _claim(analyze(text), cue)
    assert claim.source.span is not None and claim.source.span.text == span
    assert text[claim.source.span.start:claim.source.span.end] == span
    assert claim.source.name == name


def test_a_name_that_ends_on_a_possessive_mark_keeps_it(analyze):
    claim = analyze("McDonald’s said it would close its restaurants in the region.").claims[0]
    assert claim.source.span is not None and claim.source.span.text == "McDonald’s"
    assert claim.source.name == "McDonald’s"


@pytest.mark.parametrize("text,cue", [
    ("The harbour master also said the ferry would run all winter.", "also said"),
    ("The ministry quickly denied that any ferry had sunk.", "quickly denied"),
    ("The harbour master said: “The ferry will run all winter.”", "said:"),
    ("Later, the harbour master said the ferry would run all winter.", "said"),  # not an adverb of the verb's own
    ("The harbour master has also said the ferry would run all winter.", "has also said"),
    ("The harbour master warned of a long winter without ferries.", "warned of"),
    ("The harbour master talked about the ferries for an hour.", "talked about"),
    ("The harbour master called for the board to buy two new ferries.", "called for"),
    ("The harbour master went on to say that the ferries would run all winter.", "went on to say"),
    ("The harbour master began by saying that the ferries would run all winter.", "began by saying"),
    ("The harbour master went to Riga to say that the ferries would run all winter.", "to say"),  # a journey
])
def test_a_verb_cue_takes_its_adverbs_before_it_and_what_opens_its_content_after_it(analyze, text, cue):
    [claim] = analyze(text).claims
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize("text,cue,span", [
    # never on a conjunction that joins nothing: it joins two of the speaker's acts, the first of which the parser
    # hung inside the phrase
    ("Oleksandr Kravets, an aide to Shmyhal, called Medvedev’s remark “shameful” and said that it was “proof of "
     "the Kremlin's panic”.", "said", "Oleksandr Kravets, an aide to Shmyhal,"),
    # the conjunction opens an aside of the writer's
    ("Danish sailors, and we know this from their own logbooks, are deeply afraid of the northern storms.",
     "are deeply afraid of", "Danish sailors"),
    # the second half of the apposition, which the parser hung on the cue
    ("“We will appeal,” said Kassie Moen, policy director at the Center for Coastal Fisheries and lead author of "
     "the 2019 complaint.", "said",
     "Kassie Moen, policy director at the Center for Coastal Fisheries and lead author of the 2019 complaint"),
    ("The mayor all but admitted that the budget was short.", "admitted", "The mayor"),  # an adverb, no conjunction
    # the "at" that bounds a count opens the phrase; a word floated after the subject is no part of it
    ("Since March, when the union asked its members to strike, at least 2,000 said they would.", "said",
     "at least 2,000"),
    ("The ferry company, the port and the town council all said the crossing would reopen.", "said",
     "The ferry company, the port and the town council"),
    ("The harbour pilots and the tug crews both denied that the channel had silted up.", "denied",
     "The harbour pilots and the tug crews"),
])
def test_a_source_phrase_ends_where_its_own_words_end(analyze, text, cue, span):
    claim = _claim(analyze(text), cue)
    assert claim.source.span is not None and claim.source.span.text == span


@pytest.mark.parametrize("text,source,cue", [
    ("Did the board note that two ferries had sunk?", "the board", "note"),
    ("Would the islanders prefer a bridge to the ferry?", "the islanders", "prefer"),
    ("When asked by Lindqvist about the winter timetable, the captain said nothing.", "Lindqvist", "asked"),
])
def test_a_cue_never_holds_its_source(analyze, text, source, cue):
    claim = next(c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == source)
    assert claim.cue is not None and claim.cue.text == cue


def test_a_word_of_the_name_the_parser_took_for_an_auxiliary_joins_the_source(analyze):
    text = "The port authority won't be running the ferry but plans to watch the case closely, dos Santos says."
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "says")
    assert claim.source.span is not None and claim.source.span.text == "dos Santos"
    assert "dos" not in claim.content.text


def test_a_content_that_is_only_a_relative_word_is_what_the_word_stands_for(analyze):
    claim = _claim(analyze("The ministry will not deliver the ferries that Bergen has long asked for."),
                   "has long asked for")
    assert claim.content.text == "the ferries"


def test_a_that_that_is_no_relative_word_stays_as_it_is(analyze):
    claim = _claim(analyze("The harbour master has ruled that out."), "has ruled that out")
    assert claim.content.text == "that out"


def test_a_participle_after_an_aside_set_off_by_dashes_is_the_first_speakers(analyze):
    analysis = analyze("The mayor denied that the island would close the harbour by 1 May – when the ferries start "
                       "their summer timetable – saying that the port would not change its plans for any date.")
    saying = _claim(analysis, "saying")
    assert saying.source.span is not None and saying.source.span.text == "The mayor"
    assert _claim(analysis, "denied").content.text == "that the island would close the harbour by 1 May"


@pytest.mark.parametrize("text,first,content,second", [
    ("The harbour master said she was pleased with the new ferries, but lamented that the night route had been cut.",
     "said", "she was pleased with the new ferries", "lamented"),
    ("The skipper first reported that the engine had failed and later said that the crew had cut the fuel line.",
     "first reported", "that the engine had failed", "later said"),
    ("The coast guard said that the ferry had been towed to Visby, and later confirmed that all passengers had been "
     "taken ashore.", "said", "that the ferry had been towed to Visby", "later confirmed"),
])
def test_a_content_ends_where_its_speakers_next_report_joins_it(analyze, text, first, content, second):
    analysis = analyze(text)
    assert _claim(analysis, first).content.text == content
    assert _claim(analysis, second).source.span == _claim(analysis, first).source.span


def test_a_verb_joined_inside_a_content_that_reports_nothing_stays_in_it(analyze):
    claim = _claim(analyze("The harbour master said the ferry had run aground and the crew had waded ashore."), "said")
    assert claim.content.text == "the ferry had run aground and the crew had waded ashore"


@pytest.mark.parametrize("text,span", [
    # the parser hangs the closing bracket on the verb
    ("Fish prices rose, according to the Nordic Development Bank (NDB).", "the Nordic Development Bank (NDB)"),
    ("The fleet shrank to 40 boats, according to figures from the Institute for Coastal Studies (ICS).",
     "figures from the Institute for Coastal Studies (ICS)"),
])
def test_a_source_keeps_the_bracket_it_opens(analyze, text, span):
    [claim] = analyze(text).claims
    assert claim.source.span is not None and claim.source.span.text == span

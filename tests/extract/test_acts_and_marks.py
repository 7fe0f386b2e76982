"""Acts of force are not reports, quotation marks glued to a full stop are marks, and a dash that closes an aside
is not part of the source: paragraphs written for these tests."""
from __future__ import annotations

import pytest

from claimledger.model import SourceKind, Stance


def _by_cue(analysis, cue):
    return next(c for c in analysis.claims if c.cue is not None and c.cue.text == cue)


def _said(analysis):
    return [(c.source.span.text if c.source.span else None, c.cue.text if c.cue else None, c.content.text)
            for c in analysis.claims]


@pytest.mark.parametrize("text", [
    "Russian troops stormed the village of Dolyna at dawn.",
    "Ukrainian forces repelled an attack near the old dam.",
    "Northern forces continued their siege of the port through the winter.",
    "The brigade has been pummelling the depot for a week.",
    "Russia attacked Georgia in August 2008.",
    "Russia's attack on Georgia lasted five days.",
    # an attack by hand: by assailants, on a building or a vehicle, or with a weapon
    "Pirates attacked a grain carrier off the cape on Sunday.",
    "Late on Friday, masked youths attacked a police station and two shops.",
    "A few hundred marchers attacked the riot police with stones and flares.",
    # a claim on lives takes them
    "Since 2014 the fighting in the east has claimed about 14,000 lives.",
    "The flood claimed the life of a ferryman near Kherson.",
    # a defence by arms holds ground
    "We will defend our villages and our land.",
    "Georgia will defend itself if the border is crossed.",
    "As the garrison defends in the north, the roads stay open.",
    "The alliance's defences on the eastern flank will be doubled.",
    # a state recalls its envoys home
    "Norway recalled its ambassador to Minsk on Friday.",
])
def test_acts_of_force_are_not_claims(analyze, text):
    assert _said(analyze(text)) == []


@pytest.mark.parametrize("text,cue", [
    ("The senator attacked the bill as a giveaway to the shipyards.", "attacked"),
    ("The candidate attacked the big banks and their lobbyists for their greed.", "attacked"),
    ("The army said it repelled an attack near the old dam.", "said"),
    ("The regiment called on the ministry to free the prisoners.", "called on"),
    ("The ministry claimed the lives of its sailors were never at risk.", "claimed"),
    ("The mayor defended her decision to close the bridge.", "defended"),
    ("The coach defended himself against claims of favouritism.", "defended"),
    ("The old envoy recalled the winter the harbour froze.", "recalled"),
])
def test_speech_of_and_about_armed_forces_stays(analyze, text, cue):
    assert cue in [c.cue.text for c in analyze(text).claims if c.cue is not None]


def test_a_straight_quote_glued_to_a_full_stop_opens_the_quotation(analyze):
    a = analyze('The council met on Monday."We will not sell the harbour," the mayor said.')
    assert _said(a) == [("the mayor", "said", '"We will not sell the harbour,"')]


def test_a_straight_quote_glued_to_a_comma_closes_it(nlp):
    assert [t.text for t in nlp('"The count was wrong,"he said.')] == \
        ['"', "The", "count", "was", "wrong", ",", '"', "he", "said", "."]


def test_a_doubled_backquote_is_one_opening_mark(nlp, analyze):
    text = "The pier reopened .\n`` The ferry will run all winter , `` said the harbour master .\n"
    assert [t.text for t in nlp(text)][5:7] == ["``", "The"]
    assert _said(analyze(text)) == [("the harbour master", "said", "`` The ferry will run all winter , ``")]


def test_an_inch_mark_stays_in_its_word(nlp):
    assert '5"x7' in [t.text for t in nlp('A 5"x7" print hung in the hall.')]


def test_a_dash_closing_an_aside_is_not_part_of_the_source(analyze):
    a = analyze("During the speech, Okafor – almost certainly referring to the miners in the north – thanked the "
                "workers of every region.")
    assert {c.source.span.text for c in a.claims if c.source.span} == {"Okafor"}


def test_a_dash_closing_the_sources_own_aside_stays(analyze):
    a = analyze("Ruth Amsel -- the director of the harbour board -- told reporters the sale was off.")
    assert [c.source.span.text for c in a.claims if c.source.span] == \
        ["Ruth Amsel -- the director of the harbour board --"]


def test_a_headline_closed_by_says_and_a_name_is_that_names_claim(analyze):
    a = analyze("Enemy pushes to cut off the river port, says Kyiv\n\nFighting went on through the night.")
    assert _said(a) == [("Kyiv", "says", "Enemy pushes to cut off the river port")]


def test_a_paragraph_saying_this_reports_the_sentence_before(analyze):
    a = analyze("The harbour will reopen for grain ships in March.\n\nThe port authority said this at a briefing in "
                "Odesa on Monday, according to Ukrinform.")
    c = _by_cue(a, "said")
    assert c.source.span.text == "The port authority" and [r.name for r in c.relayed_by] == ["Ukrinform"]
    assert c.content.text == "The harbour will reopen for grain ships in March"


def test_a_writer_writing_this_reports_nothing_before(analyze):
    a = analyze("I have lived by the harbour for forty years.\n\nI write this because the town deserves better.")
    assert not any(c.content.text.startswith("I have lived") for c in a.claims)


@pytest.mark.parametrize("text", [
    "The blockade threatens to cause a famine in the port towns.",
    "The strikes raised concerns about the ceasefire.",
    "The invasion of the island passed the hundred-day mark on Friday.",
])
def test_events_do_not_speak(analyze, text):
    assert _said(analyze(text)) == []


@pytest.mark.parametrize("text", [
    "A sharp fall in fish catches raised fears of hunger in the coastal villages.",
    "The ferries stopped running in January, raising questions about whether the island can be supplied.",
    "The navy shelled the harbour road on Sunday, which raised fears that the port would close.",
])
def test_what_a_thing_that_cannot_speak_raises_is_raised_by_nobody_named(analyze, text):
    raised = [c for c in analyze(text).claims if c.cue is not None and c.cue.text.startswith(("raised", "raising"))]
    assert all(c.source.span is None and c.source.kind == SourceKind.UNATTRIBUTED for c in raised)


@pytest.mark.parametrize("text,source", [
    ("The harbour master raised concerns about the winter timetable.", "The harbour master"),
    ("The report, which raised questions about the ferry's safety, was published on Monday.", "which"),
    ("Fishermen who raised concerns about the new quotas were not heard.", "who"),
])
def test_what_a_speaker_or_a_report_raises_is_its_report(analyze, text, source):
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text.startswith("raised"))
    assert claim.source.span is not None and claim.source.span.text == source


def test_an_event_that_appears_to_happen_is_the_writers_hedged_claim(analyze):
    a = analyze("The counteroffensive appears to have stalled near the river.")
    assert [(c.source.span, c.cue.text, c.hedged) for c in a.claims] == [(None, "appears", True)]


@pytest.mark.parametrize("text,first", [
    ("Spending was set for 2024.About a third of it goes to the army.", "Spending was set for 2024."),
    ("How is this possible?The fund claims the divorce was a sham.", "How is this possible?"),
])
def test_a_closing_mark_glued_to_the_next_sentence_ends_its_own(nlp, text, first):
    assert next(nlp(text).sents).text == first


def test_a_closing_quotation_mark_glued_to_a_word_and_a_full_stop_ends_the_quotation(analyze):
    a = analyze('The mayor vowed to use "every means" to keep "our harbour".He repeated it, saying, "We will not '
                'sell."')
    assert [c.content.text for c in a.claims if c.cue is not None and c.cue.text == "vowed"] == \
        ['to use "every means" to keep "our harbour"']


@pytest.mark.parametrize("text,first", [
    ("The board thanked Dr . Ana Ruiz for her work . She left in May .", "The board thanked Dr . Ana Ruiz for her "
     "work ."),
    ("Mr . Okafor said the ferry would run . It did not .", "Mr . Okafor said the ferry would run ."),
    ("The clerk said he believes Mr . McNeil left on Monday . Nobody saw him .",
     "The clerk said he believes Mr . McNeil left on Monday ."),
])
def test_a_title_whose_full_stop_the_text_sets_apart_ends_no_sentence(nlp, text, first):
    assert next(nlp(text).sents).text == first


def test_a_section_number_stays_one_word(nlp):
    assert "3.A" in [t.text for t in nlp("See section 3.A of the law.")]


def test_another_speakers_words_after_the_cue_are_not_its_content(analyze):
    a = analyze("The envoy said the port would stay shut and reiterated calls for any foreign sailors who remain in "
                "Odesa to leave immediately, following Maria Lenk’s comment that “things could go wrong quickly”.")
    c = next(c for c in a.claims if c.cue is not None and c.cue.text.startswith("reiterated"))
    assert c.content.text == "any foreign sailors who remain in Odesa to leave immediately"


def test_quick_to_say_is_one_cue(analyze):
    a = analyze("The harbour wardens were quick to point out that the pier had been closed since May.")
    assert _said(a) == [("The harbour wardens", "were quick to point out", "that the pier had been closed since May")]


@pytest.mark.parametrize("text,stance", [
    ("Neither the port authority nor the navy officially confirm these reports.", Stance.ASSERTS),
    ("No official denied the report.", Stance.ASSERTS),
    ("The mayor dismissed two senior police officials on Sunday.", Stance.ASSERTS),
    ("The defenders denied the general his quick victory.", Stance.ASSERTS),
    ("The Courier was not able to confirm that the letters were genuine.", Stance.ASSERTS),
    # only wanted, foreseen or imagined
    ("The harbour board must admit that its cranes are unsafe.", Stance.ASSERTS),
    ("The ferry company will deny that the engines failed.", Stance.ASSERTS),
    ("The council would have to acknowledge that the bridge had been closed.", Stance.ASSERTS),
    ("The port authority can confirm that two cranes were damaged.", Stance.CONFIRMS),  # said in saying so
    ("The mayor dismissed the report as a fabrication.", Stance.DENIES),
    ("The navy confirmed the report on Sunday.", Stance.CONFIRMS),
])
def test_a_denial_or_confirmation_not_made_is_no_stance(analyze, text, stance):
    claims = analyze(text).claims
    assert claims and {c.stance for c in claims} == {stance}


@pytest.mark.parametrize("text", [
    # a noun for object
    "The ministry added the harbour pilot to its list of suspects.",
    "The governor maintains a wide lead over the mayor among rural voters.",
    "The council observed a minute's silence for the flood victims.",
    "After the war, Okafor continued his career in the merchant navy.",
    # going on with an act that is no report
    "Estonia continues to build a new quay with a Finnish firm.",
    "Those of us who stayed in the job continued to do what we know best.",
    "Riga continued to focus much of its effort on the port.",
])
def test_a_clause_only_cue_in_another_sense_reports_nothing(analyze, text):
    assert _said(analyze(text)) == []


@pytest.mark.parametrize("text", [
    "The guard pointed a flare pistol at the trawler.",
    "She picked up the torch and pointed it at the hatch.",
])
def test_a_thing_pointed_at_something_is_aimed_not_reported(analyze, text):
    assert [c for c in analyze(text).claims if c.cue is not None and "point" in c.cue.text] == []


@pytest.mark.parametrize("text", [
    "The harbour pilot, who declined to be named, said the channel was blocked.",
    "The harbour pilot, who asked to remain anonymous, said the channel was blocked.",
    "Two of the deckhands asked not to be identified.",
])
def test_a_name_kept_back_is_no_claim(analyze, text):
    assert [c.cue.text for c in analyze(text).claims if c.cue is not None and c.cue.text != "said"] == []


@pytest.mark.parametrize("text, cue, content", [
    ("Lind had expected to be named to succeed the harbour master.", "had expected",
     "to be named to succeed the harbour master"),
    ("She wanted to be named as the new port director.", "wanted", "to be named as the new port director"),
    # a listing is no name kept back either
    ("Four ferry captains are expected to be identified in the new sanctions list.", "are expected",
     "Four ferry captains are expected to be identified in the new sanctions list"),
])
def test_a_naming_to_a_post_is_still_reported(analyze, text, cue, content):
    assert [(c.cue.text, c.content.text) for c in analyze(text).claims if c.cue is not None] == [(cue, content)]


@pytest.mark.parametrize("text, cue", [
    ("The inspector pointed out the crack in the hull.", "pointed out"),
    ("Fishermen pointed the finger at the ferry company.", "pointed"),
    ("The auditor pointed to the cost of the new quay, the largest item in the budget.", "pointed to"),
])
def test_a_point_made_is_still_reported(analyze, text, cue):
    assert [c.cue.text for c in analyze(text).claims if c.cue is not None] == [cue]


def test_a_clause_only_cue_still_reports_its_clause(analyze):
    assert _said(analyze("The mayor added that the ferry would run again in May.")) == \
        [("The mayor", "added", "that the ferry would run again in May")]
    a = analyze("The harbour master continued to insist that the cranes had never been idle.")
    assert [(c.cue.text if c.cue else None, c.content.text) for c in a.claims] == \
        [("continued", "that the cranes had never been idle")]


def test_a_reporting_verb_the_tagger_took_for_a_noun_keeps_its_subject_as_the_source(analyze):
    # the tagger reads "reports" as a plural noun and hangs the clause on it as a noun's; its subject still speaks
    claim = next(c for c in analyze("The UN envoy for refugees reports that more than 2,000 families have left the "
                                    "valley.").claims if c.cue is not None and c.cue.text == "reports")
    assert claim.source.span is not None and claim.source.span.text == "The UN envoy for refugees"
    assert claim.content.text == "that more than 2,000 families have left the valley"


def test_a_report_the_parser_hung_on_a_relative_clause_inside_what_was_said_is_the_speakers_next_report(analyze):
    # "urged" hangs on "cross", inside what the mayor said; in the tense of "said", which no verb of the clause
    # has, it is the mayor's next report, not one by "those that cross the pass"
    urged = _by_cue(analyze("The mayor said the roads that link the valleys are safer than those that cross the pass "
                            "and urged drivers to slow down."), "urged")
    assert urged.source.span is not None and urged.source.span.text == "The mayor"
    assert urged.content.text == "drivers to slow down"


@pytest.mark.parametrize("text", [
    "The mayor called him shortly after the storm hit the port.",
    "A neighbour called 911 to report the fire.",
    "The mayor called him again on Tuesday.",
    "Ms Berg called police to the harbour twice that night.",
])
def test_calling_someone_on_the_telephone_or_sending_for_them_is_no_report(analyze, text):
    assert not [c for c in analyze(text).claims if c.cue is not None and "call" in c.cue.text]


@pytest.mark.parametrize("text,content", [
    ("The mayor called Berg a liar.", "Berg a liar"),
    ("The mayor called Berg “a liar” on Tuesday.", "Berg “a liar” on Tuesday"),
    ("The mayor called an emergency session.", "an emergency session"),
    ("The mayor called them on it.", "them on it"),
])
def test_calling_someone_something_stays_a_report(analyze, text, content):
    claim = _by_cue(analyze(text), "called")
    assert claim.content.text == content


@pytest.mark.parametrize("text", [
    "The ferry company has informed passengers that fares may rise.",
    "The port has informed shippers that fees may rise.",
])
def test_what_a_hearer_is_told_is_not_the_hearer_when_the_parser_hangs_it_on_them(analyze, text):
    # the parser hangs the "that" clause on the hearer as if it were a relative clause
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text.endswith("informed"))
    assert claim.content.text.startswith("that ")


def test_a_bracket_or_a_space_is_no_part_of_a_source(analyze):
    # the parser made the closing bracket a subject; a page's text may open with a space before a headline
    a = analyze('"But the farmers, plainly, as Anna [Berg] has said, they have a right to defend their fields.')
    assert [c.source.span.text for c in a.claims if c.source.span] == ["Berg"]
    a = analyze(" Norway warns shipping firms over Arctic route")
    assert [c.source.span.text for c in a.claims if c.source.span] == ["Norway"]


def test_a_cue_takes_no_word_across_a_quotation_mark(analyze):
    # the parser made "down", inside the quoted chant, a particle of "shouting"
    text = ('Police used tear gas to clear protesters from the square outside the town hall, with some in the crowd '
            'shouting "down with the port tax" - a nod to a similar tax in the capital.')
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text.startswith("shouting"))
    assert claim.cue.text == "shouting"
    assert claim.content.text.startswith('"down with the port tax"')


@pytest.mark.parametrize("text", [
    "Ms Lindqvist’s opinion in the harbour case, on behalf of the whole board, was short.",
    "The mayor's comments, via video to students in Bergen on Wednesday, were brief.",
])
def test_a_stance_nouns_phrase_set_off_by_a_comma_is_not_what_it_says(analyze, text):
    assert analyze(text).claims == ()


@pytest.mark.parametrize("text,cue", [
    ("The harbour master also spoke, who said that the ferries would run all winter.", "also spoke"),
    ("Lindqvist added, who had sailed the route for twenty years.", "added"),
])
def test_a_relative_clause_right_after_a_cue_is_not_what_it_reports(analyze, text, cue):
    assert all(c.cue is None or c.cue.text != cue for c in analyze(text).claims)


def test_an_indirect_question_after_a_cue_is_what_it_reports(analyze):
    claim = next(c for c in analyze("The harbour master asked who was responsible for the fire.").claims)
    assert claim.content.text == "who was responsible for the fire"


def test_one_who_is_set_to_say_something_is_its_source(analyze):
    claim = _by_cue(analyze("The harbour master is set to say on Friday that the ferries will run all winter."),
                    "to say")
    assert claim.source.span is not None and claim.source.span.text == "The harbour master"


def test_a_subject_inside_a_quotation_is_no_speaker_of_a_cue_after_it(analyze):
    a = analyze("Ana Ruiz, a spokeswoman for the harbour board, said: “With the vote to close the north quay, the city "
                "council has shown that it no longer cares for the fishermen,” referring to the plan to build a "
                "marina.")
    referring = _by_cue(a, "referring to")
    assert referring.source.name == "Ana Ruiz"


def test_a_quoted_name_that_is_the_whole_source_still_speaks(analyze):
    a = analyze("The paper wrote that “Ike” said the freedom we enjoy today is a privilege.")
    said = _by_cue(a, "said")
    assert said.source.span is not None and said.source.span.text == "Ike"

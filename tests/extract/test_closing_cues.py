"""A cue that closes its sentence after a comma ("..., the agency reported.") reports everything before it, whatever
the parser made of the speaker: hung on the noun before it, read as an aside, or with a preposition in its phrase.
Never a word a quotation closes on. Sentences written for these tests."""
import pytest


def _by_cue(analysis, cue: str):
    return [c for c in analysis.claims if c.cue is not None and c.cue.text == cue]


@pytest.mark.parametrize("text,cue,source,content", [
    # the parser hung the speaker on the place before it and gave the verb no subject
    ("Rescue teams have pulled 40 people from the rubble of the shelled hospital in the Ukrainian city of Kremenchuk, "
     "Ukraine’s state emergency service said.", "said", "Ukraine’s state emergency service",
     "Rescue teams have pulled 40 people from the rubble of the shelled hospital in the Ukrainian city of Kremenchuk"),
    # a preposition inside the speaker's phrase
    ("Moscow was moving a large number of reserve units to Kupiansk from other parts of the front to try to take the "
     "besieged northern town, the governor of Ukraine’s Kharkiv region said on Monday.", "said",
     "the governor of Ukraine’s Kharkiv region",
     "Moscow was moving a large number of reserve units to Kupiansk from other parts of the front to try to take the "
     "besieged northern town"),
    ("The state regulator will become the temporary trust manager of Lukoil Romania and its share of depots in "
     "Ploiesti, near Bucharest, in Constanta and in Arad, Romania’s ministry for energy announced on Friday.",
     "announced", "Romania’s ministry for energy",
     "The state regulator will become the temporary trust manager of Lukoil Romania and its share of depots in "
     "Ploiesti, near Bucharest, in Constanta and in Arad"),
    # a relation the parse found inside what the closing cue reports, the speaker hung on the commanders
    ("Two senior commanders of marines who defended the Antonivka bridge in Kherson have been transferred to Crimea "
     "for trial, Russia’s state news agency TASS reported.", "reported", "Russia’s state news agency TASS",
     "Two senior commanders of marines who defended the Antonivka bridge in Kherson have been transferred to Crimea "
     "for trial"),
])
def test_a_cue_closing_the_sentence_reports_what_comes_before_it(analyze, text, cue, source, content):
    claims = _by_cue(analyze(text), cue)
    assert [(c.source.span.text if c.source.span else None, c.content.text) for c in claims] == [(source, content)]


def test_a_word_a_quotation_closes_on_is_no_cue(analyze):
    analysis = analyze("The minister said the army could hold the line. “They can hold it if they get the right "
                       "training, the right support.”")
    assert _by_cue(analysis, "support") == []
    assert [c.cue.text for c in analysis.claims if c.cue is not None] == ["said"]

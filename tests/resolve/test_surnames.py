"""One person named in full and then by surname is one source within a document."""
from __future__ import annotations

import pytest

from claimledger.extract.role_phrases import is_person
from claimledger.model import EntityMention, Source, SourceKind, TextSpan
from claimledger.pipeline import lone_name_words
from claimledger.resolve.given_names import pronoun_of
from claimledger.resolve.match import by_surname, local_entity_id, reads_as_person, usual_label


def _mention(text: str, label: str = "PERSON", start: int = 0) -> EntityMention:
    return EntityMention(start, start + len(text), text, label, local_entity_id(text), text.strip())


def test_a_surname_takes_the_full_name_said_in_the_same_document():
    full, short = _mention("Oksana Lind"), _mention("Lind", "ORG", 40)  # the small model may tag it an organisation
    merged = by_surname([full, short])
    assert merged[1].entity_id == full.entity_id and merged[1].name == "Oksana Lind"
    assert merged[1].label == "PERSON"  # a person's surname names that person
    assert merged[0] == full


@pytest.mark.parametrize("label", ["GPE", "LOC", "NORP"])
def test_a_surname_the_tagger_took_for_a_place_or_a_people_is_the_person(label):
    full, short = _mention("Oksana Lind"), _mention("Lind", label, 40)
    merged = by_surname([full, short])
    assert (merged[1].entity_id, merged[1].name, merged[1].label) == (full.entity_id, "Oksana Lind", "PERSON")


def test_a_place_the_gazetteer_knows_is_no_surname():
    place = EntityMention(40, 46, "Austin", "GPE", "us-austin", "Austin", True)
    assert by_surname([_mention("Lena Austin"), place])[1] == place


def test_a_surname_tagged_a_place_in_text_is_the_person(analyze):
    # the small model tags "Cernea" alone as a place
    a = analyze("Remus Cernea said the front was quiet. According to Cernea, the soldiers were tired.")
    assert [c.source.name for c in a.claims] == ["Remus Cernea", "Remus Cernea"]


@pytest.mark.parametrize("first,second", [
    ("Leo Varadkar", "Taoiseach Leo Varadkar"),  # a title the tagger took into the name
    ("D. Lind", "David Lind"),  # an initial
])
def test_one_person_written_two_ways_is_still_the_surnames_owner(first, second):
    a, b = _mention(first), _mention(second, "ORG", 20)
    short = _mention(second.split()[-1], "PRODUCT", 60)
    merged = by_surname([a, b, short])
    assert merged[2].name in {first, second} and merged[2].name.split()[-2][0] == first.split()[-2][0]
    assert merged[2].entity_id in {a.entity_id, b.entity_id} and merged[2].label == "PERSON"


@pytest.mark.parametrize("first,second", [("Joe Lind", "Hunter Lind"), ("D. Lind", "J. Lind"),
                                          ("David Lind", "Daniel Lind")])
def test_two_given_names_of_one_surname_are_two_people(first, second):
    short = _mention("Lind", start=60)
    assert by_surname([_mention(first), _mention(second, start=20), short])[2] == short


def test_a_possessive_full_name_gives_the_plain_name():
    merged = by_surname([_mention("Oksana Lind’s"), _mention("Lind", start=40)])
    assert merged[1].name == "Oksana Lind"


def test_two_people_of_one_surname_leave_it_alone():
    short = _mention("Lind", start=60)
    assert by_surname([_mention("Oksana Lind"), _mention("Mark Lind", start=20), short])[2] == short


def test_the_last_word_of_a_body_is_no_surname():
    short = _mention("Times", "ORG", 40)
    assert by_surname([_mention("Baltic Times", "ORG"), short])[1] == short


def test_sources_named_both_ways_are_one_entity(analyze):
    a = analyze("Oksana Lind, head of the harbour board, said the ferry would run all winter.\n\n"
                "The union called a strike on Monday. Lind told reporters the strike was a mistake.")
    ids = {c.source.entity_id for c in a.claims if c.source.name == "Oksana Lind"}
    assert len(ids) == 1 and len([c for c in a.claims if c.source.name == "Oksana Lind"]) == 2


def test_a_surname_the_tagger_took_for_a_common_noun_is_still_the_person(nlp, analyze):
    text = "Margit Hines, a port pilot, was on duty. Hines argued that the channel was too shallow."
    assert [t.pos_ for t in nlp(text) if t.text == "Hines"][1] == "NOUN"  # no entity, no proper noun
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "argued")
    assert claim.source.span is not None and claim.source.span.text == "Hines"
    assert claim.source.name == "Margit Hines"


def test_a_name_the_gazetteer_knows_is_the_person_though_the_tagger_took_it_for_a_noun(analyze):
    claim = analyze("Zelenskyy argued that the grain corridor must stay open through the winter.").claims[0]
    assert (claim.source.entity_id, claim.source.name) == ("p-zelensky", "Volodymyr Zelensky")



@pytest.mark.parametrize("name,person", [
    ("Olena Kovalchuk", True),
    ("Serhiy Tkach", True),
    ("Maciej Nowakowski", True),
    ("Kovalchuk", False),  # one word: a surname, or anything else
    ("Alexander Hospital", False),  # a place
    ("Kateryna Avenue", False),
    ("Jan Karski Institute", False),  # a body
    ("Natalia Usmanova Foundation", False),
    ("Harbour Master", False),  # no given name
    ("Oksana 2", False),
])
def test_a_name_that_opens_with_a_given_name_reads_as_a_person(name, person):
    assert reads_as_person(name) is person


@pytest.mark.parametrize("name,pronoun", [
    ("Vladimir Putin", "he"),
    ("Zbigniew Rau", "he"),
    ("Liz Truss", "she"),
    ("Iryna Vereshchuk", "she"),
    ("Alex Grant", None),  # borne by men and women alike
    ("Putin", None),  # a surname alone tells nothing
    ("Harbour Master", None),
])
def test_a_given_name_tells_the_pronoun_the_press_writes_for_its_bearer(name, pronoun):
    assert pronoun_of(name) == pronoun


def test_a_name_after_the_department_of_a_title_is_the_person_alone(analyze):
    # the small model tags "Homeland Security Alejandro Mayorkas" as one organisation
    a = analyze("The Secretary of Homeland Security Alejandro Mayorkas said the border was closed.")
    assert [(m.text, m.label) for m in a.entities] == [("Alejandro Mayorkas", "PERSON")]
    assert a.claims[0].source.name == "Alejandro Mayorkas"


@pytest.mark.parametrize("text", [
    "Speaking in Sochi, the deputy chairman of Russia’s Security Council Dmitry Medvedev said that the talks were "
    "over.",
    "On Monday, ex-president and deputy chairman of Russia’s Security Council Dmitry Medvedev wrote that the grain "
    "deal was dead.",
])
def test_a_name_after_a_bodys_name_is_the_person_alone(analyze, text):
    # the small model tags "Security Council Dmitry Medvedev" as one organisation
    a = analyze(text)
    assert ("Dmitry Medvedev", "PERSON") in [(m.text, m.label) for m in a.entities]
    assert a.claims[0].source.name == "Dmitry Medvedev"


def test_a_person_the_tagger_took_for_an_organisation_is_a_person(analyze):
    a = analyze("“The walls shook all night,” Olena Kovalchuk said. She had sheltered for weeks under the plant, a "
                "vast works opened under Josef Stalin. “We lost track of the days,” she said.")
    assert [e.label for e in a.entities if e.text == "Olena Kovalchuk"] == ["PERSON"]
    last = a.claims[-1]
    assert last.source.span is not None and last.source.span.text == "she"
    assert last.source.name == "Olena Kovalchuk"


def test_a_given_name_the_tagger_left_out_of_the_name_is_part_of_it(analyze):
    a = analyze("Alexei Danchuk criticised the mayor. He said the ferry was late.")  # the small model tags "Danchuk"
    assert ("Alexei Danchuk", "PERSON") in [(m.text, m.label) for m in a.entities]
    assert a.claims[-1].source.name == "Alexei Danchuk"


def test_a_name_the_gazetteer_matched_keeps_its_own_extent(analyze):
    a = analyze("Maria Snegovaya, a scholar at George Washington University, said the ban came late.")
    assert "George Washington" not in [m.text for m in a.entities]


def test_he_after_an_opening_phrase_is_the_subject_of_the_sentence_before(analyze):
    a = analyze("The governor, Oleh Marchuk, said the ferries would run again. He also thanked Pavlo Koval, who leads "
                "the port board, saying the crews had worked all night.\n\nPavlo Koval, the head of the port board, "
                "was one of several officials who toured the docks today. During his visit, he announced that two new "
                "cranes would arrive in May.")
    last = a.claims[-1]
    assert (last.source.span.text if last.source.span else None, last.source.name) == ("he", "Pavlo Koval")


def test_a_name_closing_a_speakers_description_is_the_person_the_document_names(analyze):
    a = analyze("In the film, Ukrainian historian and former Kyiv correspondent Taras Hnatyuk explains the history of "
                "the port. The historian said the harbour was built in 1794.")
    person = next(m for m in a.entities if m.text == "Taras Hnatyuk")
    assert [c.source.entity_id for c in a.claims] == [person.entity_id, person.entity_id]


def test_a_surname_the_tagger_missed_is_a_person_when_its_source_is_the_persons():
    people = [_mention("David Satter")]
    src = Source(SourceKind.NAMED, TextSpan(80, 86, "Satter"), "David Satter", people[0].entity_id)
    assert is_person(src, people)
    assert not is_person(Source(SourceKind.NAMED, TextSpan(80, 86, "Satter"), "Satter", "ent_other"), people)


def test_she_is_not_whom_her_own_verb_speaks_to(analyze):
    a = analyze("The first person Oksana Koval tried to persuade to leave was a farmer who was five months pregnant."
                "\n\nShe did not want to leave her cows. She told Ms. Koval that she had put all her money into the "
                "farm.")
    told = next(c for c in a.claims if c.cue is not None and c.cue.text == "told")
    assert told.source.name != "Oksana Koval"


def test_a_family_name_written_first_names_its_person_after():
    full, short = _mention("Qin Gang"), _mention("Qin", "PERSON", 40)
    merged = by_surname([full, short])
    assert (merged[1].entity_id, merged[1].name) == (full.entity_id, "Qin Gang")
    # a given name alone is no family name: "Anna" after "Anna Berg" stays as written
    assert by_surname([_mention("Anna Berg"), _mention("Anna", "PERSON", 40)])[1].name == "Anna"


def test_a_bare_surname_the_tagger_missed_is_the_person_named_before(analyze):
    busy = " ".join(["The harbour handled more grain than in any year since the war began, and the quays were busy "
                     "all night."] * 7)
    a = analyze("Laura Mendes, the port's director, said the cranes were idle. " + busy + " Exports rose by a fifth, "
                "Reuters reported. Mendes is now in Varna, where she met the mayor on Tuesday to discuss the budget.")
    assert ("Mendes", "Laura Mendes") in [(m.text, m.name) for m in a.entities]
    discuss = next(c for c in a.claims if c.cue is not None and c.cue.text == "to discuss")
    assert discuss.source.name == "Laura Mendes"  # the subject of her own sentence, far from her first quote


def test_a_capitalised_word_inside_a_longer_name_is_no_bare_surname(nlp):
    words = [w for _start, _end, w in lone_name_words(nlp("A picture from Getty Images showed Ms Mendes on the "
                                                           "quay with Hollis."))]
    assert words == ["Mendes", "Hollis"]


def test_he_is_not_the_subject_of_an_agreement_he_reports(analyze):
    a = analyze("Adam Kowalczyk was convicted on Friday. His lawyer, Peter Hollis, spoke after the verdict. "
                "Originally, Kowalczyk's brother was to testify, Hollis said. But the brother grew nervous, Hollis "
                "explained. Kowalczyk agreed not to force him to take the stand, a choice that cost him the jury's "
                "mercy, he said.")
    said = [c for c in a.claims if c.cue is not None and c.cue.text == "said"]
    assert said[-1].source.span.text == "he" and said[-1].source.name == "Peter Hollis"


def test_he_speaking_from_an_aside_after_the_first_phrase_is_the_subject_of_the_sentence_before(analyze):
    a = analyze("Port director Inga Berzina orders the harbour closed.\n\nAs the storm grew, the town held an "
                "emergency meeting. The mayor, Janis Ozols, earlier visited the crews on the quay. Two years ago, "
                "he said, the ferry company had lost a boat in a storm like this one.")
    said = next(c for c in a.claims if c.cue is not None and c.cue.text == "said")
    assert (said.source.span.text if said.source.span else None, said.source.name) == ("he", "Janis Ozols")


def test_a_name_tagged_two_ways_in_a_document_has_the_label_it_gets_most_often():
    # one id whatever the tag: "the company" may refer back to Seacom, tagged a person only once
    seacom = [_mention("Seacom", "PERSON", 0), _mention("Seacom", "ORG", 40), _mention("Seacom", "ORG", 80)]
    assert len({m.entity_id for m in seacom}) == 1
    assert usual_label(seacom[0].entity_id, seacom) == "ORG"
    assert usual_label(seacom[0].entity_id, seacom[:1]) == "PERSON"
    assert usual_label(local_entity_id("Harbor Cable Systems"), seacom) is None

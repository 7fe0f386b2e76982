"""What a body's noun refers back to: "the organization" is no country, "the government" no company, "the
ministry" no newspaper. Paragraphs written for these tests."""
import pytest


@pytest.mark.parametrize("text,anaphor,name", [
    ("Moldova has long sought a settlement. When I was ambassador to the Organization for Security and Cooperation "
     "in Europe (OSCE), the organization addressed the issue of armed proxies in Transnistria.", "the organization",
     "Organization for Security and Co-operation in Europe (OSCE)"),
    ("Vattenfall said on Friday that it had run out of cash. The government said it would cover half of the losses.",
     "The government", "The government"),
    ("Poland said it would send more tanks. The organisation said the talks had failed.", "The organisation",
     "The organisation"),
    ("Ukrainska Pravda reported the closure on Monday. The ministry said 90 ships were waiting.", "The ministry",
     "The ministry"),
    # a public body is no company
    ("The Foreign Office advised against all travel to the region. The company says its tours are safe.",
     "The company", "The company"),
    # an outlet is still an agency, and a company still the company
    ("Reuters reported the closure on Monday. The agency said 90 ships were waiting.", "The agency", "Reuters"),
    ("The rail firm Koleje said it had cut the fares. The company said the cut would last until May.", "The company",
     "Koleje"),
])
def test_a_body_anaphor_refers_back_only_to_a_body_of_its_kind(analyze, text, anaphor, name):
    a = analyze(text)
    assert [c.source.name for c in a.claims if c.source.span and c.source.span.text == anaphor] == [name]


@pytest.mark.parametrize("text,anaphor,name", [
    # several officials are never the one named before
    ("The defence minister said the border was quiet. The ministers of Poland and Lithuania said the drills would go "
     "on.", "The ministers of Poland and Lithuania", "ministers of Poland and Lithuania"),
    ("President Ilves met President Rinkel in Tartu. Ilves said the talks were frank. The presidents said they would "
     "meet again in May.", "The presidents", "The presidents"),
    # but they are the several named before
    ("Polish senators said on Monday that the envoy had lied. The senators said the talks had failed.", "The senators",
     "Polish senators"),
])
def test_a_plural_post_refers_back_only_to_several(analyze, text, anaphor, name):
    a = analyze(text)
    assert [c.source.name for c in a.claims if c.source.span and c.source.span.text == anaphor] == [name]


def test_the_report_is_the_body_named_on_it_earlier_whoever_spoke_in_between(analyze):
    a = analyze("Anna Berg, the harbour master, said the cranes were idle. “We have lost a season,” she said.\n\n"
                "The OSCE report will be sent to the port authority.\n\n"
                "The report covers the twelve months to May. It also documents 40 ships turned away.")
    claim = next(c for c in a.claims if c.source.span is not None and c.source.span.text == "The report")
    assert claim.source.name != "Anna Berg"
    assert claim.source.entity_id is not None and "osce" in (claim.source.name or "").lower()


@pytest.mark.parametrize("text,anaphor,name", [
    ("The Estonian parliament, the Riigikogu, passed a resolution on the ferries on Tuesday, an ERR correspondent "
     "reported. According to the resolution, the crossings must reopen by May.", "the resolution", "Riigikogu"),
    # "the document" stands for a document of any kind
    ("The Estonian parliament, the Riigikogu, passed a resolution on the ferries on Tuesday, an ERR correspondent "
     "reported. According to the document, the crossings must reopen by May.", "the document", "Riigikogu"),
    # the issuer is the subject's name, not a place the subject names
    ("Katri Raik, the mayor of Narva, sent a letter to the ministry, ERR reported. The letter says the ferries must "
     "run.", "The letter", "Katri Raik"),
])
def test_a_document_is_the_body_or_person_that_issued_it_not_the_outlet_that_reported_it(analyze, text, anaphor,
                                                                                          name):
    a = analyze(text)
    assert [c.source.name for c in a.claims if c.source.span and c.source.span.text == anaphor] == [name]


@pytest.mark.parametrize("text,anaphor,name", [
    # the person quoted last issued no report the text tells of
    ("Lauri Tamm, the head of the coast guard's rescue unit, said two boats were searching the bay. Local television "
     "showed the harbour from the air. The report said three fishermen were still missing.", "The report",
     "The report"),
    ("“The crossings stay shut,” Maria Tamm told reporters in Tallinn on Monday. According to the document, the "
     "ferries must wait until May.", "the document", "the document"),
    # nor did people named in a phrase of their own
    ("Two captains, Maria Tamm and Jaan Kask, said the ferries had to sail. According to the document, the ferries "
     "must wait until May.", "the document", "the document"),
    # a body quoted last did: its report
    ("The Estonian Maritime Administration said two boats were searching the bay. Local television showed the "
     "harbour from the air. The report said three fishermen were still missing.", "The report",
     "Estonian Maritime Administration"),
])
def test_a_document_with_no_issuer_named_is_nobodys_after_a_person_and_a_bodys_after_a_body(analyze, text, anaphor,
                                                                                            name):
    a = analyze(text)
    assert [c.source.name for c in a.claims if c.source.span and c.source.span.text == anaphor] == [name]


def test_a_document_behind_an_empty_it_is_what_it_states_refers_to(analyze):
    a = analyze("Moldova joined the grain pact in May, and Russia protested. A new harbour code was published, which "
                "the port authority drafted. It was the first time the document had been revised since 1998. "
                "It states: “No ship may be turned away for its flag.”")
    claim = next(c for c in a.claims if c.source.span is not None and c.source.span.text == "It")
    assert claim.source.resolved_from is not None
    assert claim.source.resolved_from.startswith("'It' refers back to the document")



@pytest.mark.parametrize("text,content,name", [
    ("Moscow said it would respond. In 2004, NATO took in Estonia, Latvia and Lithuania. Four years later, "
     "it declared that Georgia would one day join.", "Georgia", "NATO"),
    ("Poland has sent tanks to Kyiv. Hungary, which buys Russian gas, has stayed neutral. At the same time, however, "
     "it has said that the sanctions hurt its farmers.", "sanctions", "Hungary"),
    # an "it" that reports its sentence from an aside set off by commas
    ("The ministry published its figures on Monday. The ferry line, it said, lost money for a third year.",
     "lost money", "ministry"),
])
def test_an_it_after_a_fronted_time_is_the_subject_of_the_sentence_before(analyze, text, content, name):
    [claim] = [c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == "it"
               and content in c.content.text]
    assert name in (claim.source.name or "")


def test_an_it_that_opens_a_paragraph_after_one_about_it_goes_on_with_the_same_topic(analyze):
    text = ("Norway has kept out of the dispute and went on with its policy of quiet diplomacy, which suits its "
            "fishing towns. It has regularly abstained from votes on tariffs condemning the trade war.\n\n"
            "It has also defended its decision to buy more gas from Qatar, saying it has to heat its homes.")
    claims = [c for c in analyze(text).claims if c.cue is not None and c.cue.text in {"has also defended", "saying"}]
    assert claims and all(c.source.name == "Norway" for c in claims)


@pytest.mark.parametrize("text,phrase", [
    ("Russia said the drills were over. However, the president’s office confirmed on Saturday he would attend.",
     "the president’s office"),
    ("The navy said the mine had drifted. The prosecutor general’s office said it had opened a case.",
     "The prosecutor general’s office"),
])
def test_a_body_owned_by_a_noun_refers_to_no_source_before_it(analyze, text, phrase):
    claim = next(c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == phrase)
    assert claim.source.resolved_from is None
    assert claim.source.entity_id is None


@pytest.mark.parametrize("text,phrase,name", [
    ("The EU statement said the talks on the ferry line would go on.", "The EU statement", "European Union"),
    ("A Reuters exclusive report said the fleet had left port on Sunday.", "A Reuters exclusive report", "Reuters"),
    ("The Kremlin's official message said the drills were over.", "The Kremlin's official message", "Russia"),
    # what a person says or writes is theirs
    ("Anna Lindqvist's remarks suggested that the ferry line would close.", "Anna Lindqvist's remarks",
     "Anna Lindqvist"),
    ("Ola Berg's letter said the harbour fees would fall in May.", "Ola Berg's letter", "Ola Berg"),
    # the issuer named after the document
    ("A report by Reuters said the fleet had left port on Sunday.", "A report by Reuters", "Reuters"),
    ("A statement from Maersk said freight rates would rise.", "A statement from Maersk", "Maersk"),
    ("An email from Anna Lindqvist said the ferry would run.", "An email from Anna Lindqvist", "Anna Lindqvist"),
])
def test_a_document_named_after_a_body_is_that_bodys(analyze, text, phrase, name):
    claim = analyze(text).claims[0]
    assert (claim.source.span.text, claim.source.name) == (phrase, name)
    assert claim.source.resolved_from == f"'{phrase}' is {name}'s"


@pytest.mark.parametrize("text,phrase,name", [
    # a record may be about the place it names, and a newspaper's name is no document of a place
    ("Latvia's falling press freedom record shows how far the reforms have slipped.",
     "Latvia's falling press freedom record", "Latvia's falling press freedom record"),
    ("The Washington Post reported that the fleet had left port.", "The Washington Post", "Washington Post"),
    # an examination of a person is about them
    ("Ola Berg's autopsy showed that he had drowned.", "Ola Berg's autopsy", "Ola Berg's autopsy"),
    # nor is a place a document comes from, anyone an image is of, or whoever received a document
    ("Reports from Ashgabat said the vote was quiet.", "Reports from Ashgabat", "Reports from Ashgabat"),
    ("A photo of Greenpeace shows that the boat was armed.", "A photo of Greenpeace", "photo of Greenpeace"),
    ("A letter received by Anna Lindqvist says that the ferry will close.", "A letter received by Anna Lindqvist",
     "letter received by Anna Lindqvist"),
])
def test_a_document_about_a_place_or_a_name_with_a_document_word_is_no_bodys(analyze, text, phrase, name):
    claim = analyze(text).claims[0]
    assert (claim.source.span.text, claim.source.name) == (phrase, name)


def test_the_release_of_something_is_an_act_that_refers_back_to_nobody(analyze):
    text = ("“The tolls will fall,” said the port director, Anna Berg. The mayor called the vote decisive, shortly "
            "after the release of a video in early May showing the flooded quay.")
    claim = next(c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == "the release")
    assert claim.source.name == "the release" and claim.source.resolved_from is None


@pytest.mark.parametrize("text,pronoun,name", [
    ("The harbour authority closed the port on Monday, Reuters reported. It said the ships would wait.", "It",
     "The harbour authority"),
    ("The two senators urged the ministry to act on Monday, Reuters reported. “We cannot wait any longer,” they said.",
     "they", "The two senators"),
])
def test_a_pronoun_after_an_outlets_relay_is_what_the_outlet_relayed_about(analyze, text, pronoun, name):
    claim = next(c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == pronoun)
    assert claim.source.name == name


@pytest.mark.parametrize("text,anaphor,name", [
    ("Norway has moved closer to rationing power. The country’s energy ministry said reservoirs were low.",
     "The country’s energy ministry", "Norway’s energy ministry"),
    # the one state named in its own sentence, though another was named more often before
    ("Russia shelled the coast. Russia shelled the ports. Ships reaching Ukraine ports have doubled, the Kyiv Post "
     "reported, citing the country’s ministry of ports.", "the country’s ministry of ports",
     "Ukraine’s ministry of ports"),
    # a person, or the state speaking itself, is not a body of the state's
    ("Norway fought on. The country’s defence minister, Ola Berg, said the line held.",
     "The country’s defence minister, Ola Berg,", "Ola Berg"),
])
def test_a_body_the_country_owns_is_named_by_the_state_it_refers_back_to(analyze, text, anaphor, name):
    a = analyze(text)
    assert [c.source.name for c in a.claims if c.source.span and c.source.span.text == anaphor] == [name]


@pytest.mark.parametrize("text,phrase,name", [
    ("The ferry captain, Janis Ozols, was arrested on Monday. His lawyer said he would appeal the charges.",
     "His lawyer", "Janis Ozols's lawyer"),
    ("Mikhail Fridman was sanctioned by the EU. His lawyers said the decision was unfounded.", "His lawyers",
     "Mikhail Fridman's lawyers"),
    ("The mayor of Riga, Vilnis Kalnins, will open the new harbour on Friday, his office announced.", "his office",
     "Vilnis Kalnins's office"),
])
def test_an_agent_his_or_her_owns_is_named_by_its_owner(analyze, text, phrase, name):
    claim = next(c for c in analyze(text).claims if c.source.span is not None and c.source.span.text == phrase)
    assert claim.source.name == name and claim.source.kind.value == "named"


def test_an_agent_owned_by_no_one_named_stays_vague(analyze):
    claim = next(c for c in analyze("He was arrested on Monday. His lawyer said he would appeal.").claims
                 if c.source.span is not None and c.source.span.text == "His lawyer")
    assert claim.source.name == "His lawyer" and claim.source.kind.value == "vague"


def test_kin_his_or_her_owns_stay_unnamed(analyze):
    claim = next(c for c in analyze("Mikhail Fridman was sanctioned by the EU. His brother said the decision was "
                                    "unfounded.").claims if c.cue is not None and c.cue.text == "said")
    assert claim.source.name == "His brother"

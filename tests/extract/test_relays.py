"""Relays: whose claim passes on whose. A claim nested in another's content is relayed by that other source, but no
one relays their own words, a co-speaker's, or what they deny."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimledger.extract.attribution.citing import citing
from claimledger.extract.attribution.contents import parenthetical_content
from claimledger.extract.claims import _mark_nested
from claimledger.model import Claim, ClaimKind, Source, SourceKind, Stance, TextSpan


def _claim(text: str, source: str, cue: str, content: str, stance: Stance = Stance.ASSERTS) -> Claim:
    def span(part: str) -> TextSpan:
        start = text.index(part)
        return TextSpan(start, start + len(part), part)
    src = Source(SourceKind.NAMED, span(source), source, f"ent_{source.lower()}")
    return Claim(id=f"{source}/{cue}", sentence=(0, len(text)), source=src, cue=span(cue), content=span(content),
                 stance=stance, hedged=False, kind=ClaimKind.EVENT)


def _relays(*claims: Claim) -> tuple[list[Claim], dict[str, set[str]]]:
    """The claims as ``_mark_nested`` marks them, and the nesting it records."""
    nested: dict[str, set[str]] = {}
    return _mark_nested(list(claims), nested), nested


def test_a_speakers_own_second_cue_is_not_relayed_by_them(analyze):
    a = analyze("Lindqvist said that training the recruits abroad would not be escalatory, adding that “the border "
                "guards have trained there for years.”")
    added = [c for c in a.claims if c.cue is not None and c.cue.text == "adding"]
    assert added and added[0].source.name == "Lindqvist"
    assert not added[0].relayed_by
    assert not [r for r in a.relations if r.type.value == "relays"]


@pytest.mark.parametrize("text,relay,relayed", [
    ("Reuters reported that the minister said the port would reopen.",
     ("Reuters", "reported", "that the minister said the port would reopen"),
     ("minister", "said", "the port would reopen")),
    # the parse runs Lee's content on over "according to Ash", so each content holds the other's cue: Ash relays Lee
    ("Lee told the council that the bridge would close in May, according to Ash.",
     ("Ash", "according to", "Lee told the council that the bridge would close in May"),
     ("Lee", "told", "that the bridge would close in May, according to Ash")),
])
def test_the_claim_whose_content_holds_another_relays_it(text, relay, relayed):
    outer, inner = _claim(text, *relay), _claim(text, *relayed)
    for claims in ((outer, inner), (inner, outer)):
        marked, nested = _relays(*claims)
        by_id = {c.id: c for c in marked}
        assert [r.name for r in by_id[inner.id].relayed_by] == [relay[0]]
        assert not by_id[outer.id].relayed_by
        assert nested == {outer.id: {inner.id}}


def test_co_speakers_of_one_cue_do_not_relay_each_other():
    # the parser can hang the second verb inside the first one's content
    text = "Oslo and Bergen have pledged aid and have announced fuel deliveries."
    pledges = [_claim(text, city, "have pledged", "aid and have announced fuel deliveries") for city in ("Oslo",
                                                                                                       "Bergen")]
    announcements = [_claim(text, city, "have announced", "fuel deliveries") for city in ("Oslo", "Bergen")]
    marked, nested = _relays(*pledges, *announcements)
    assert all(not c.relayed_by for c in marked)
    assert nested == {}


def test_a_denial_relays_nothing():
    text = "The union denied that the harbour master said the strike was over."
    outer = _claim(text, "union", "denied", "that the harbour master said the strike was over", Stance.DENIES)
    inner = _claim(text, "harbour master", "said", "the strike was over")
    marked, nested = _relays(outer, inner)
    assert not marked[1].relayed_by and nested == {}


@pytest.mark.parametrize("text,outer,aside", [
    ("The port authority said the ferries stopped because of threats by the strikers, which union leader Ola Berg "
     "said had been exaggerated.", "The port authority", "union leader Ola Berg"),
    ("The council last month accused the operator of a fuel leak in the harbour, for which Nordline denied "
     "responsibility.", "The council", "Nordline"),
])
def test_a_speaker_in_a_relative_clause_set_off_by_a_comma_is_the_writers_aside_not_relayed(analyze, text, outer,
                                                                                          aside):
    claims = analyze(text).claims
    inner = next(c for c in claims if c.source.span is not None and c.source.span.text == aside)
    assert any(c.source.span is not None and c.source.span.text == outer for c in claims)
    assert inner.relayed_by == ()


def test_fears_a_which_raises_after_a_comma_are_the_writers_aside_not_relayed(analyze):
    claims = analyze("The island council accused the navy of shelling the harbour road, which raises fears that the "
                     "port could be closed for the winter.").claims
    raised = next(c for c in claims if c.cue is not None and c.cue.text == "raises fears")
    assert raised.source.span is None and raised.relayed_by == ()
    assert any(c.source.span is not None and c.source.span.text == "The island council" for c in claims)


def test_a_speaker_in_a_relative_clause_without_a_comma_is_relayed(analyze):
    text = "The port authority said the strikers made threats which union leaders said were justified."
    claims = analyze(text).claims
    inner = next(c for c in claims if c.source.span is not None and c.source.span.text == "union leaders")
    assert [r.name for r in inner.relayed_by] == ["The port authority"]


def test_an_agency_cited_by_an_according_to_source_speaks_and_the_source_relays_it(analyze):
    a = analyze("The ferry to Gotland will stop running in March, according to Reuters citing two port officials.")
    by_cue = {c.cue.text: c for c in a.claims if c.cue is not None}
    report = by_cue["according to"]
    assert report.source.span is not None and report.source.span.text == "two port officials"
    assert [r.name for r in report.relayed_by] == ["Reuters"]
    assert report.content.text == "The ferry to Gotland will stop running in March"
    # the citing is that relay, recorded on the report, not a claim of its own
    assert "citing" not in by_cue


@pytest.mark.parametrize("text", [
    "According to the port authority, citing its own records, the ferry to Gotland made 40 crossings in May.",
    "The ferry to Gotland made 40 crossings in May, according to the port authority, citing its own records.",
])
def test_a_cited_record_after_an_according_to_source_is_relayed_by_it(analyze, text):
    report = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text.lower() == "according to")
    assert report.source.span is not None and report.source.span.text == "its own records"
    assert [r.name for r in report.relayed_by] == ["the port authority"]
    assert report.content.text.lower() == "the ferry to gotland made 40 crossings in may"


def test_an_according_to_source_ends_before_what_it_cites(analyze):
    a = analyze("Grain exports fell by a third in April, according to Danish officials citing data from the ports.")
    report = next(c for c in a.claims if c.cue is not None and c.cue.text == "according to")
    assert report.source.span is not None and report.source.span.text == "Danish officials"


@pytest.mark.parametrize("text,speaker", [
    ("The mayor, quoted by the Baltic News Service, said the ferry would run until March.", "The mayor"),
    ("The ferry will run until March, said Mayor Anna Berg, quoted by the Baltic News Service.", "Mayor Anna Berg"),
])
def test_a_speaker_quoted_by_an_outlet_is_relayed_by_it(analyze, text, speaker):
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "said")
    assert claim.source.span is not None and claim.source.span.text == speaker
    assert [r.span.text for r in claim.relayed_by if r.span is not None] == ["the Baltic News Service"]


@pytest.mark.parametrize("text,speaker", [
    ("According to the Baltic News Service, Kalle Tammsaar said the ferry would run until March.", "Kalle Tammsaar"),
    ("According to the Baltic News Service, Mayor Anna Berg, who chairs the board, said the ferry would run until "
     "March.", "Mayor Anna Berg, who chairs the board,"),
])
def test_a_speaker_after_an_according_to_outlet_is_relayed_by_it(analyze, text, speaker):
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == "said")
    assert claim.source.span is not None and claim.source.span.text == speaker
    assert [r.span.text for r in claim.relayed_by if r.span is not None] == ["the Baltic News Service"]


@pytest.mark.parametrize("text,speaker,outlet,reported", [
    ("The harbour master said two grain ships had left Odesa before dawn, Reuters reports.",
     "The harbour master", "Reuters", "two grain ships had left Odesa before dawn"),
    # the parse hangs the relayed cue on the first verb of its speaker, which the check alone would drop
    ("The ministry declined to name the buyers and said the talks would resume in March, Reuters reports.",
     "The ministry", "Reuters", "the talks would resume in March"),
])
def test_an_outlet_named_after_the_report_relays_it(analyze, text, speaker, outlet, reported):
    claims = [c for c in analyze(text).claims if c.cue is not None]
    inner = next(c for c in claims if c.cue is not None and c.cue.text == "said")
    outer = next(c for c in claims if c.cue is not None and c.cue.text == "reports")
    assert inner.source.span is not None and inner.source.span.text == speaker
    assert inner.content.text == reported
    assert [r.name for r in inner.relayed_by] == [outlet]
    assert outer.source.name == outlet and outer.content.text == text[:text.index(", " + outlet)]


@pytest.mark.parametrize("text,speaker,outlet", [
    # the parser hangs the closing verb on the first cue beside the clause it reports, and may tag it a participle
    ("The harbour master said two grain ships had left Odesa, the port's own newspaper reported late on Friday.",
     "The harbour master", "the port's own newspaper"),
    ("The minister said the border would stay shut, state media reported on Thursday.", "The minister",
     "state media"),
    ("Kim said his country was no longer bound by the pledge, its official media reported on Wednesday.", "Kim",
     "its official media"),
    ("Ms. Berg said the ferry would run until March, the city's newspaper reported on its website.", "Ms. Berg",
     "the city's newspaper"),
])
def test_an_outlet_named_after_the_report_relays_it_whenever_and_wherever_it_reported(analyze, text, speaker,
                                                                                      outlet):
    claims = [c for c in analyze(text).claims if c.cue is not None]
    inner = next(c for c in claims if c.cue is not None and c.cue.text == "said")
    outer = next(c for c in claims if c.cue is not None and c.cue.text == "reported")
    assert inner.source.span is not None and inner.source.span.text == speaker
    assert [r.span.text for r in inner.relayed_by if r.span is not None] == [outlet]
    assert outer.source.span is not None and outer.source.span.text == outlet
    assert outer.content.text == text[:text.index(", " + outlet)]


def test_a_second_report_joined_to_a_relayed_speaker_is_that_speakers(analyze):
    a = analyze("After the meeting, Ito wrote that Sato said the harbour was safe and said the ferries would "
                     "sail on Monday.")
    second = next(c for c in a.claims if c.content.text == "the ferries would sail on Monday")
    assert second.source.name == "Sato"


@pytest.mark.parametrize("text,speaker,cue,content,outlet", [
    ("The state news agency quoted port director Oleh Marchuk as saying that the grain terminal would reopen.",
     "port director Oleh Marchuk", "saying", "that the grain terminal would reopen", "The state news agency"),
    # the saying has no content of its own: it says what the agency's relation reports
    ("“Two more ferries will sail tonight,” the BNS agency cited the port spokesman as saying.",
     "the port spokesman", "saying", "“Two more ferries will sail tonight,”", "BNS agency"),
    # the passive is one relation, its cue running from "quoted" to "saying"
    ("Port director Oleh Marchuk was quoted by Interfax as saying that the grain terminal would reopen.",
     "Port director Oleh Marchuk", "was quoted by Interfax as saying", "that the grain terminal would reopen",
     "Interfax"),
    # a quotation before the passive is what was said, not whom it was told to
    ("“Some goods may move today,” Oksana Lind was quoted by Interfax as telling the local radio.", "Oksana Lind",
     "was quoted by Interfax as telling", "“Some goods may move today,”", "Interfax"),
])
def test_whom_an_outlet_quotes_as_saying_speaks_and_the_outlet_relays_it(analyze, text, speaker, cue, content,
                                                                         outlet):
    claim = next(c for c in analyze(text).claims if c.cue is not None and c.cue.text == cue)
    assert claim.source.span is not None and claim.source.span.text == speaker
    assert claim.content.text == content
    assert [r.name for r in claim.relayed_by] == [outlet]


@pytest.mark.parametrize("body,why", [
    ("the country's statistics agency", "refers back to its own relay"),  # an agency could be an outlet
    ("the country's farm ministry", None),  # a ministry never is one
])
def test_a_source_never_refers_back_to_the_outlet_relaying_it(analyze, body, why):
    claim = next(c for c in analyze(f"Grain exports doubled in May, Reuters reported, citing {body}.").claims
                 if c.relayed_by)
    assert claim.source.span is not None and claim.source.span.text == body
    assert [r.name for r in claim.relayed_by] == ["Reuters"]
    assert claim.source.name != "Reuters" and claim.source.resolved_from == why


@pytest.mark.parametrize("text,source,outlet", [
    ("This raised fears that the ferry would stop, say port officials cited by Reuters.", "port officials",
     "Reuters"),
    ("The border will stay closed, according to government sources cited by El Pais.", "government sources",
     "El Pais"),
    ("According to the minister, quoted by Interfax, the plant is safe.", "the minister", "Interfax"),
])
def test_whom_an_outlet_cites_speaks_and_the_outlet_relays_it(analyze, text, source, outlet):
    claim = analyze(text).claims[0]
    assert claim.source.span is not None and claim.source.span.text == source
    assert [r.name for r in claim.relayed_by] == [outlet]


@pytest.mark.parametrize("text,source,outlet", [
    ("Three lorries were stopped at the crossing, the agency reported on Monday, citing a customs officer.",
     "a customs officer", "the agency"),
    ("The ferry to Gotland was cancelled, Svenska Dagbladet reported, citing two harbour pilots.",
     "two harbour pilots", "Svenska Dagbladet"),
])
def test_an_outlets_citing_is_the_relay_not_a_claim_of_its_own(analyze, text, source, outlet):
    claims = analyze(text).claims
    assert [c.source.span.text if c.source.span else None for c in claims] == [source]
    assert [r.span.text if r.span else None for r in claims[0].relayed_by] == [outlet]


@pytest.mark.parametrize("text,speaker", [
    ("“Most of it is deserved,” he continued, citing the many farmers who had left the valley.", "he"),
    ("The levy had failed, she said, citing two harbour pilots.", "she"),
    ("The levy had failed, Mr. Lindqvist said, citing two harbour pilots.", "Mr. Lindqvist"),
    ("The levy had failed, the fisheries minister said, citing two harbour pilots.", "the fisheries minister"),
])
def test_a_person_citing_others_in_support_keeps_the_claim(analyze, text, speaker):
    claim = analyze(text).claims[0]
    assert claim.source.span is not None and claim.source.span.text == speaker
    assert not claim.relayed_by
    assert claim.content.text in {"“Most of it is deserved,”", "The levy had failed"}


@pytest.mark.parametrize("text,source,outlet", [
    ("The crossing at Narva will reopen on Monday, Baltpress learned from the press office of the border guard.",
     "the press office of the border guard", "Baltpress"),
    # the one who told it ends where what was told starts
    ("Baltpress heard from a source in the ministry that the crossing would reopen.", "a source in the ministry",
     "Baltpress"),
])
def test_whom_an_outlet_learned_it_from_speaks_and_the_outlet_relays_it(analyze, text, source, outlet):
    claims = analyze(text).claims
    assert [c.source.span.text if c.source.span else None for c in claims] == [source]
    assert [r.span.text if r.span else None for r in claims[0].relayed_by] == [outlet]


def test_what_is_learned_from_someone_may_be_the_verbs_object(analyze):
    claim = analyze("Baltpress learned from the ministry the names of the new envoys.").claims[0]
    assert claim.source.span is not None and claim.source.span.text == "the ministry"
    assert [r.name for r in claim.relayed_by] == ["Baltpress"]


def test_hearing_from_someone_names_no_words_when_the_parse_gives_no_clause_or_object(nlp):
    # "They are hearing from ferry owners who share labor's dislike for the levy", parsed as the tagger may: the
    # relative clause stops at "labor" and "dislike" hangs on "hearing" as a predicate
    words = ["They", "are", "hearing", "from", "ferry", "owners", "who", "share", "labor", "'s", "dislike", "for",
             "the", "levy", "."]
    heads = [2, 2, 2, 2, 5, 3, 7, 5, 7, 2, 2, 10, 13, 11, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "compound", "pobj", "nsubj", "relcl", "dobj", "dep", "oprd", "prep",
            "det", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "NOUN", "NOUN", "PRON", "VERB", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN",
           "PUNCT"]
    lemmas = ["they", "be", "hear", "from", "ferry", "owner", "who", "share", "labor", "'s", "dislike", "for", "the",
              "levy", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert citing(doc[2], doc[10]) is None
    assert citing(doc[2], doc[7]) is not None  # a clause heard from them would be theirs


def test_whoever_relays_an_outer_claim_relays_what_it_holds(analyze):
    a = analyze("Reuters, citing the state agency Belta, reported that the minister said the port would close.")
    minister = next(c for c in a.claims if c.source.span is not None and c.source.span.text == "the minister")
    assert [r.span.text if r.span else None for r in minister.relayed_by] == ["the state agency Belta", "Reuters"]


def test_a_clause_saying_when_reports_nothing_of_the_clause_it_hangs_on(nlp):
    doc = nlp("The inquiry into the ferry fire began after the harbour board heard from the crew.")
    assert parenthetical_content(next(t for t in doc if t.lemma_ == "hear")) is None


@pytest.mark.parametrize("text,name,outlet", [
    ("The letter to the harbour board, obtained by Reuters, says the northern gate will close.",
     "letter to the harbour board", "Reuters"),
    ("According to a customs memo seen by Reuters, three lorries were stopped.", "a customs memo", "Reuters"),
    ("Satellite imagery reviewed by Reuters shows that the ferry terminal was hit.", "Satellite imagery", "Reuters"),
])
def test_an_outlet_that_obtained_or_saw_a_document_relays_it(analyze, text, name, outlet):
    claim = analyze(text).claims[0]
    assert claim.source.name == name  # the span keeps the participle, as annotators mark it
    assert [r.name for r in claim.relayed_by] == [outlet]


def test_a_speaker_after_the_quotation_an_outlet_reports_is_relayed_not_quoted(analyze):
    # the outlet's content runs past the closing mark, over the speaker and cue: they are outside the quotation
    a = analyze("“The ferry will not run until the river falls,” the mayor said in a late-night address on Friday, "
                "Reuters reported.")
    said = next(c for c in a.claims if c.cue is not None and c.cue.text == "said")
    assert said.source.span is not None and said.source.span.text == "the mayor"
    assert [r.name for r in said.relayed_by] == ["Reuters"]


@pytest.mark.parametrize("text,source,relay", [
    # the one cited is named in apposition to a noun no lexicon lists as a speaker
    ("Berg died at his home in Visby , Gotland , Thursday , the Island Times newspaper reported , citing Berg 's "
     "sister Ana Lind .", "Berg 's sister Ana Lind", "Island Times newspaper"),
    # the parser made the report a conjunct of the clause it reports, with a newspaper as its subject
    ("Berg died at his home in Visby , Gotland , Thursday , the local newspaper reported , citing the coast guard .",
     "the coast guard", "the local newspaper"),
])
def test_a_report_closing_its_sentence_relays_whom_it_cites(analyze, text, source, relay):
    claims = analyze(text).claims
    assert [c.cue.text for c in claims if c.cue is not None] == ["reported"]
    assert claims[0].source.span is not None and claims[0].source.span.text == source
    assert [r.name for r in claims[0].relayed_by] == [relay]
    assert claims[0].content.text.startswith("Berg died at his home in Visby")


def test_a_content_before_its_cue_never_ends_on_where_the_speaker_spoke(analyze):
    c = next(c for c in analyze('Total delays were under an hour , " the ministry was quoted as saying in an official '
                                'statement .').claims if c.cue is not None)
    assert c.cue.text == "was quoted as saying" and c.content.text == 'Total delays were under an hour , "'


@pytest.mark.parametrize("text", [
    "A ferry ran aground off Hiiumaa island on Sunday, state radio reported, quoted by the Baltic News Service.",
    "A ferry ran aground off Hiiumaa island on Sunday, state radio reported, cited by the Baltic News Service.",
])
def test_an_outlet_quoting_the_report_it_follows_relays_it(analyze, text):
    claims = [c for c in analyze(text).claims if c.cue is not None]
    assert [c.cue.text for c in claims] == ["reported"]
    assert claims[0].source.span is not None and claims[0].source.span.text == "state radio"
    assert [r.span.text for r in claims[0].relayed_by if r.span is not None] == ["the Baltic News Service"]

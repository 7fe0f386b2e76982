"""Whose a document is: "the report", "the resolution" or "the document" refers back to the body named on that
document earlier in the text, or to the body or person that issued it, and "the EU statement" is the EU's. Used by
the source resolver (``sources.py``)."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import written_as_name
from .lexicon import DOCUMENT_NOUNS
from .role_phrases import entity_label, mention_source

# Verbs by which a body or a person issues a document: "the Senate passed a resolution".
_ISSUING_VERBS = frozenset("pass adopt issue publish release sign approve draft present unveil send write".split())
# Verbs by which a body makes a document it did not write: "a survey conducted by KIIS", "data compiled by Dfat".
_COMPILING_VERBS = frozenset("compile prepare conduct provide post produce commission".split())
_DOCUMENT_WINDOW = 1500  # characters back that "the report" looks for the same report named with its body
_BODY_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})
_OWNER_LABELS = _BODY_LABELS | {"NORP"}  # a name on a document: "the UN report", "the Russian report"
_ISSUER_LABELS = _BODY_LABELS | {"PERSON"}  # who issues one: "the Senate passed", "Raik sent"
_PERSON_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG"})
# Documents a name before them may be about rather than issued by: "Serbia's democracy record", "a Kyiv video".
_ABOUT_NOT_BY = frozenset("record image photo photograph footage video recording result average figure".split())
# What a person says or writes, theirs when their name is on it: "Putin's statements", "Ms. Power's comments".
_PERSONAL_WORDS = frozenset("""
statement letter message announcement tweet post email memo note speech remark word testimony comment
""".split())


def an_act_of(tok: Token) -> bool:
    """"the release of a video", "his record of votes", "the publication of the list": the act or history the
    noun names, with what it is of after it, and no document that could speak or be referred back to."""
    return tok.lemma_.lower() in {"release", "record", "publication"} \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def named_owner_before(doc: Doc, head: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer
                       ) -> Source | None:
    """"The UN report will be handed to the prosecutor. The report covers ...": the body named on the same document
    earlier in the text (the latest within _DOCUMENT_WINDOW characters), whoever was quoted in between; or the body
    or person that issued it ("The Senate has passed a resolution ... According to the resolution"; "the
    document" stands for a document of any kind). ``head``: the anaphor's head noun."""
    for tok in reversed(doc[max(0, head.i - _DOCUMENT_WINDOW // 5):head.i]):
        if head.idx - tok.idx > _DOCUMENT_WINDOW:
            break
        if tok.lemma_ != head.lemma_ and not (head.lemma_.lower() == "document" and tok.lemma_ in DOCUMENT_NOUNS):
            continue
        named = next((m for c in tok.children if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.i < tok.i
                      if (m := _named_on(c, mentions, _OWNER_LABELS)) is not None), None)
        named = named or _issuer(tok, mentions)
        if named is not None:
            return mention_source(gazetteer, named, TextSpan(named.start, named.end, named.text))
    return None


def a_person_spoke_last(latest: Source, mentions: Sequence[EntityMention], gazetteer: Gazetteer) -> bool:
    """Whether the latest named source, to which a document noun with no issuer of its own would refer back, is a
    person: then the document is nobody's the text names. "Alamdari said two helicopters were evacuating the
    injured. ... The report said the villages were worst hit" is a report of Iranian television's, not Alamdari's,
    and no earlier source is known to have issued it either. A person's document is found by its words instead:
    "Putin's statement", "a letter from Lister", "Raik sent a letter" (``issuing_body``, ``named_owner_before``)."""
    label = entity_label(latest.entity_id, mentions, gazetteer)
    if label is not None:
        return label == "PERSON"
    return latest.span is not None and any(
        m.label == "PERSON" for m in mentions if latest.span.start <= m.start and m.end <= latest.span.end)


def _issuer(document: Token, mentions: Sequence[EntityMention]) -> EntityMention | None:
    """The body or person named as the subject of the verb that issued a document: the Senate in "The upper house
    of the Polish parliament, the Senate, has passed a resolution", Raik in "Katri Raik sent a letter"."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # the name on the subject's head, else on a name in apposition to it, never a name the subject only contains
    # ("Katri Raik, the mayor of Narva," is Raik, not Narva)
    return next((m for tok in [subj, *(c for c in subj.children if c.dep_ == "appos")]
                 if (m := _named_on(tok, mentions, _ISSUER_LABELS)) is not None), None)


def issuing_body(head: Token, inside: Sequence[EntityMention]) -> EntityMention | None:
    """The body named before a document noun that heads a source, as whose document it speaks: the EU in "the EU
    statement", Reuters in "A Reuters exclusive report", the Kremlin in "the Kremlin's official message"; a name in
    an adjective ("a Russian statement") is left to the rest of the phrase. And the person whose words they are
    (``_PERSONAL_WORDS``): Putin in "Putin's statements", Magruder in "Magruder's testimony"; "Gray's autopsy" is
    about Gray. And the body or person named after the noun as its issuer (``_issuer_after``)."""
    lemma = head.lemma_.lower()
    if lemma in _PERSONAL_WORDS and head.tag_ in {"NN", "NNS"}:
        person = next((m for c in head.children if c.i < head.i and c.dep_ == "poss"
                       if (m := _named_on(c, inside, _PERSON_LABELS)) is not None), None)
        if person is not None:
            return person
    after = _issuer_after(head, inside) if lemma in DOCUMENT_NOUNS | _PERSONAL_WORDS else None
    if after is not None:
        return after
    if lemma not in DOCUMENT_NOUNS or lemma in _ABOUT_NOT_BY or head.tag_ != "NN" or head.text[:1].isupper():
        return None  # one document, not a name ("The Washington Post")
    return next((m for c in head.children if c.i < head.i and c.dep_ in {"compound", "poss", "nmod"}
                 if (m := _named_on(c, inside, _BODY_LABELS)) is not None and written_as_name(m)), None)


def _named_on(tok: Token, mentions: Sequence[EntityMention], labels: frozenset[str]) -> EntityMention | None:
    """The mention with one of ``labels`` that ``tok`` is a word of, if any."""
    return next((m for m in mentions if m.start <= tok.idx < m.end and m.label in labels), None)


def _issuer_after(head: Token, inside: Sequence[EntityMention]) -> EntityMention | None:
    """The body or person named after a document noun as its issuer: "a report by Reuters", "a statement from Surrey
    Police", "the statements of Pope Francis", "a report released on Saturday by the State Bureau of Investigations".
    A place after "from" or "of" is where or what the document is about ("reports from Ashgabat"), as is anyone an
    image or a record is of ("a photo of Greenpeace"); whoever received a document did not issue it ("a letter
    received by the mayor"; "obtained by" and "seen by" relay it, `spans.SEEN_PARTICIPLES`)."""
    if head.tag_ not in {"NN", "NNS"}:
        return None  # a name: "The Washington Post"
    about = head.lemma_.lower() in _ABOUT_NOT_BY
    for c in head.children:
        if c.i < head.i:
            continue
        phrase: Token | None = None  # the preposition whose object may name the issuer
        if c.dep_ == "prep" and c.lower_ == "by":
            phrase, labels = c, _ISSUER_LABELS
        elif c.dep_ == "prep" and c.lower_ in {"from", "of"} and not (about and c.lower_ == "of"):
            # a person only for what a person writes ("an email from Lister"): the entity recogniser takes places
            # for people ("reports from Ashgabat")
            phrase, labels = c, _ORG_LABELS | _PERSON_LABELS if head.lemma_.lower() in _PERSONAL_WORDS else _ORG_LABELS
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ISSUING_VERBS | _COMPILING_VERBS:
            phrase, labels = next((a for a in c.children if a.dep_ == "agent"), None), _ISSUER_LABELS
        named = next((m for g in phrase.children if g.dep_ == "pobj"
                      if (m := _named_on(g, inside, labels)) is not None), None) if phrase is not None else None
        if named is not None:
            return named
    return None

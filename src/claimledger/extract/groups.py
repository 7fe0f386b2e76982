"""Which group a "they" source refers back to: a phrase in the plural or joining two ("officials and analysts"), a
body, a family or a team; never one person, an outlet or a document. Used by the pronoun resolver
(``sources.py``), which also asks here whether a state's demonym names the state or some of its people."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer, GazetteerEntity
from ..resolve.match import local_entity_id
from .lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    OCCUPATION_HEADS,
    PEOPLE_NOUNS,
    PERSON_HEADS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
)
from .role_phrases import is_person, mention_source, tokens_under

# Nouns in the singular that stand for several people: "Aslin's family asked for privacy. ... they said".
_COLLECTIVE = frozenset("""
family couple crew staff delegation panel board party coalition alliance union parliament side camp leadership
""".split()) | INSTITUTION_HEADS | (ANAPHOR_HEADS - PERSON_NOUNS - {"spokesman", "spokeswoman", "spokesperson",
                                                                    "message", "statement", "report"})
# Records and documents: "according to opinion polls" is no "they" that speaks later.
_NOT_SPEAKERS = DOCUMENT_NOUNS | frozenset("poll survey study video footage photo image data figure result".split())
_GROUP_LABELS = {"ORG", "NORP"}
# the words of a body's name that say only what kind of body it is: "Interior Ministry", "Regional Council" (fewer
# than the words a body's name may end in, `match._BODY_WORDS`: "party", "bank" and "times" say more)
BODY_KIND_WORDS = frozenset("""
ministry department office council committee agency service court parliament police guard command prosecutor
administration directorate inspectorate bureau commission
""".split())
# People who speak for themselves, not for a body: "Philadelphia fans" are some fans, wherever they are from.
_PUBLIC = frozenset("""
voter fan student citizen user owner survivor passenger customer shopper parent relative victim villager local worker
civilian refugee protester activist supporter critic opponent
""".split())
# Words that take a part of a group: "70 percent of Republicans", "a majority of Germans", "most of the opposition".
_PART_WORDS = frozenset("percent % majority minority most many some half third quarter fraction portion proportion "
                        "number several few".split())
_WINDOW = 600  # characters back that a "they" looks for the group last quoted


def plural_noun(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def unnamed_people(doc: Doc, start: int, end: int, head: Token, inside: Sequence[EntityMention]) -> bool:
    """Whether doc[start:end] speaks of people in the plural and names none of them: "Western leaders", "Ukrainian
    soldiers", "Polish senators" are some of many, as "Western officials" are; a nationality does not say which. A
    body or a place named on them does ("NATO leaders", "the foreign ministers of Sweden and Finland", "researchers at
    Trend Micro"), unless they are members of the public, who speak for no body ("Philadelphia fans"); so does a
    person ("Ms. Griner's lawyers", "Brittney Griner lawyers") or an owner. A collective ("the crew") is no plural.
    One person brought in with "a" is one of many all the same ("a spokesman", "a Russian prosecutor"), unless a
    name or an initialism says whose ("a Google spokesperson", "an NYPD spokesperson")."""
    lemma = head.lemma_.lower()
    one = head.tag_ == "NN" and doc[start].lower_ in {"a", "an"} and lemma in PERSON_HEADS | OCCUPATION_HEADS \
        and not any(t.pos_ == "PROPN" and t.ent_type_ != "NORP" or t.is_upper and len(t) > 1 for t in doc[start:end])
    if not one and (head.tag_ != "NNS" or lemma not in PEOPLE_NOUNS | ROLE_HEADS or lemma in _COLLECTIVE):
        return False
    if any(t.dep_ == "poss" and t.lower_ not in PRONOUNS for t in doc[start:head.i]):
        return False
    named = {m.label for m in inside} - {"NORP"}
    return not named or lemma in _PUBLIC and "PERSON" not in named


def part_of_a_group(head: Token) -> bool:
    """Whether a source's head takes a part of a group: "70 percent of Republicans", "A majority of African
    countries", "most of the Ukrainian opposition", "Some of Ukraine's Western partners". Such a part names no one
    who speaks, and a poll's share of a people is not the people, nor a second voice beside the share before it."""
    words = [head, *(c for c in head.children if c.dep_ == "quantmod")]  # "two-thirds of": "thirds" on "two"
    return any((t.lower_ in _PART_WORDS or t.lemma_.lower() in _PART_WORDS)
               and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in words)


def mentioned_source(doc: Doc, start: int, head: Token, mention: EntityMention, gazetteer: Gazetteer,
                     span: TextSpan) -> Source:
    """The source an entity on the phrase's head names (``role_phrases.mention_source``), but for a state's demonym
    in the plural that a word before it or a clause after it makes some of its people: "Many Russians believe ...",
    "young Americans who say ...", "Russians who want democracy will say ..." do not speak for the state. "The
    Russians" and a bare "Ukrainians" may be a side in a war or a talk ("Ukrainians repeat that they cannot win
    without rocket artillery", "Ukrainians, who have sought to align with the West, ..."), and stay the state's."""
    entity = gazetteer.get(mention.entity_id)
    owner = _state_owner(doc, start, mention, gazetteer) if entity is None else None
    if owner is not None:  # "Japan's Ministry of Foreign Affairs" is Japan's, not any state's
        return body_of_state(mention.name, owner, span, gazetteer)
    picked = any(c.dep_ == "relcl" for c in head.children) and head.i + 1 < len(doc) and doc[head.i + 1].text != ","
    if entity is None or entity.type != "state" or not plural_noun(head) or head.text not in entity.demonyms \
            or doc[start].lower_ == "the" or start == head.i and not picked:  # a clause with no comma picks some out
        return mention_source(gazetteer, mention, span)
    return Source(SourceKind.VAGUE, span, span.text, None, resolved_from=f"some of the people of {entity.name}")


def _state_owner(doc: Doc, start: int, mention: EntityMention, gazetteer: Gazetteer) -> GazetteerEntity | None:
    """The state a source's phrase names before a body's name that says only what kind of body it is, where the
    gazetteer does not know the body and the name does not hold the state's: Japan in "Japan's Ministry of Foreign
    Affairs", Russia in "The Russian Interior Ministry". None for a body with a name of its own ("Latvia's
    Latvenergo")."""
    name = tokens_under(doc, mention.start, mention.end)
    if name is None or mention.label != "ORG" or mention.in_gazetteer \
            or not BODY_KIND_WORDS & {t.lemma_.lower() for t in name}:
        return None
    for ent in doc[start:name.start].ents:  # the names before the body's, inside the phrase
        if ent.label_ in {"GPE", "NORP"}:
            state = gazetteer.lookup(ent.text)
            if state is not None and state.type == "state" and state.name not in mention.name:
                return state
    return None


def body_of_state(body: str, state: GazetteerEntity, span: TextSpan, gazetteer: Gazetteer,
                  how: str | None = None) -> Source:
    """The body ``body`` of ``state``: the registry's where it knows the body by the state's demonym or as "... of" the
    state ("the UK's Ministry of Defence" is `gb-mod`), else one of its own named "``body`` of" the state."""
    name = f"{body} of {with_article(state.name)}"
    demonym = state.demonyms[0] if state.demonyms else None
    known = (gazetteer.lookup(f"{demonym} {body}") if demonym else None) or gazetteer.lookup(name)
    if known is not None:
        return Source(SourceKind.NAMED, span, known.name, known.id,
                      resolved_from=None if how is None else f"'{span.text}' is {known.name}")
    return Source(SourceKind.NAMED, span, name, local_entity_id(name), resolved_from=how)


def with_article(state: str) -> str:
    """A state's name as it follows "of": "the United Kingdom", "the Netherlands", "the Czech Republic", but "Japan"
    and "Belarus"."""
    plural = state.endswith(("lands", "Islands", "ines", "amas", "ives", "elles", "oros"))
    return f"the {state}" if state.startswith("United ") or plural or state.endswith("Republic") else state


def is_group(tok: Token, mentions: Sequence[EntityMention], speaking: bool = False) -> bool:
    """Whether the noun ``tok`` heads a phrase that a "they" may refer back to: a plural ("Western officials"), two
    joined ("Ukrainian officials and Western intelligence officials", "Jack Watling and Nick Reynolds"), a
    collective noun ("the family", "the government") or a body the tagger found ("Hamas"; ``mentions``: those of
    the document, or only those on ``tok`` where the caller has them). Unless the phrase is already known to be
    ``speaking`` (a source), a plural must be one of people ("officials", "Democrats"): not "Debates about the
    invasion ... They call ..."."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in PRONOUNS or lemma in _NOT_SPEAKERS or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    on = [m for m in mentions if m.start <= tok.idx < m.end]
    if on and on[0].label in _GROUP_LABELS or lemma in _COLLECTIVE:
        return True
    joined = any(c.dep_ == "conj" for c in tok.children)
    if not (joined or plural_noun(tok)):
        return False
    return speaking or bool(on) and on[0].label == "PERSON" or tok.tag_ == "NNPS" \
        or lemma in PEOPLE_NOUNS | ROLE_HEADS | PERSON_NOUNS


def noun_phrase_end(tok: Token) -> int:
    """Where the noun phrase headed by ``tok`` ends, before any clause, apposition or comma after it: "The heads of the
    European Union countries" in "The heads of the European Union countries meet ..., during which ..."."""
    return min([c.left_edge.i for c in tok.rights if c.dep_ in {"relcl", "acl", "appos", "punct"}]
               + [tok.right_edge.i + 1])


def recent_group(doc: Doc, pron: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                 history: Sequence[Source]) -> Source | None:
    """The latest source within _WINDOW characters before a "they" that is a group (``is_group``), or an earlier
    "they" that was resolved; sources that are one person or an outlet are passed over."""
    people = [m for m in mentions if m.label == "PERSON" and m.end <= pron.idx]
    for src in reversed(history):
        if src.span is None or pron.idx - src.span.end > _WINDOW:
            return None
        phrase = tokens_under(doc, src.span.start, src.span.end)
        if phrase is None or src.kind == SourceKind.OUTLET:
            continue
        root = phrase.root
        if root.lower_ == "they":
            if src.resolved_from and src.name != src.span.text:
                return src
            continue
        joined = any(c.dep_ == "conj" for c in root.children)
        known = gazetteer.get(src.entity_id)
        one_person = not joined and (is_person(src, people) or known is not None and known.label == "PERSON"
                                     or not plural_noun(root) and root.lemma_.lower() in ROLE_HEADS)
        if not one_person and (known is not None and known.label in {"ORG", "NORP", "GPE"}
                               or is_group(root, mentions, speaking=True)):
            return src
    return None


def several_only(doc: Doc, src: Source | None) -> Source | None:
    """``src`` when its phrase names several ("Polish senators", "Mr. Zelensky and his aides"), else None: what
    "the senators", "the presidents" or a "they" may refer back to."""
    phrase = tokens_under(doc, src.span.start, src.span.end) if src is not None and src.span is not None else None
    return src if phrase is not None and (plural_noun(phrase.root) or any(t.dep_ == "conj" for t in phrase)) else None

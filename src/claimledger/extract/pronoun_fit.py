"""Who a "he" or "she" cannot be: people the text has shown to be of the other gender (an honorific, an earlier
pronoun resolved to them, a given name the press writes the other pronoun for) and the people its own verb speaks
to; and who one speaking inside a report must be: the report's own speaker. Used by the pronoun resolver
(``sources.py``)."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source
from ..resolve.given_names import pronoun_of
from ..resolve.match import surname_key
from .lexicon import FEMININE_PRONOUNS, HONORIFICS, MASCULINE_PRONOUNS, REPORTING_VERBS
from .role_phrases import tokens_under

_GENDER_WINDOW = 5000  # characters back that an honorific or an earlier he or she tells a person's gender


def _gender(pron: Token) -> str | None:
    """"he" or "she", the pronoun the press writes for the person ``pron`` stands for; None for any other."""
    return "she" if pron.lower_ in FEMININE_PRONOUNS else "he" if pron.lower_ in MASCULINE_PRONOUNS else None


def called_otherwise(doc: Doc, pron: Token, people: Sequence[EntityMention], history: Sequence[Source]) -> set[str]:
    """The people (``surname_key``) the text has already shown not to be this pronoun, within _GENDER_WINDOW
    characters before it: "Mr. Sunak" is not a she, a source resolved from "she" is not a he, and nor is anyone
    whose given name the press writes "she" for ("Liz Truss"; ``pronoun_of``). An "I" is of either gender."""
    right = _gender(pron)
    if right is None:
        return set()
    other = MASCULINE_PRONOUNS if right == "she" else FEMININE_PRONOUNS
    since = doc[pron.i].idx - _GENDER_WINDOW
    keys: set[str] = set()
    names: set[str] = set()
    for src in reversed(history):
        if src.span is not None and src.span.start < since:
            break
        names.add(src.name or "")
        if src.span is not None and src.span.text.lower() in other and src.resolved_from:
            keys.add(surname_key(src.name or ""))
    for m in people:
        if m.start < since:
            continue
        names.add(m.name)
        name = tokens_under(doc, m.start, m.end)
        if name is not None and (HONORIFICS.get(name[0].lower_) == other
                                 or name.start > 0 and HONORIFICS.get(doc[name.start - 1].lower_) == other):
            keys.add(surname_key(m.name))
    keys.update({surname_key(n) for n in names if pronoun_of(n) not in {None, right}}
                - {surname_key(n) for n in names if pronoun_of(n) == right})  # Joe Biden, but not Jill Biden
    return keys


def other_gender(pron: Token, name: str) -> bool:
    """Whether the press writes the other pronoun for a full name's bearer than ``pron`` is."""
    right = _gender(pron)
    return right is not None and pronoun_of(name) not in {None, right}


def addressed(pron: Token, mentions: Sequence[EntityMention]) -> set[str]:
    """The people (``surname_key``) a pronoun's own verb speaks to or of, who are not the pronoun: "He also told
    Blinken that ..." is not Blinken, nor the "he" of "Lucyszyn, whom he described as ..." Lucyszyn."""
    if pron.dep_ != "nsubj":
        return set()
    verb = pron.head
    hearers = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    spoken_of = spoken_of_in_relative(pron)
    if spoken_of is not None:
        hearers.append(spoken_of)
    return {surname_key(m.name) for m in mentions for h in hearers if m.start <= h.idx < m.end}


def spoken_of_in_relative(pron: Token) -> Token | None:
    """The noun a relative clause is about whose "whom" is the object of the pronoun's verb: in "Zelenskiy, whom he
    calls a friend" or "Mr. Lucyszyn, whom he described as ...", the person the "he" speaks of, who is not he."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "relcl" or not any(
            c.dep_ == "dobj" and c.lower_ in {"whom", "who"} for c in verb.children):
        return None
    return verb.head


def reporting_speaker(pron: Token, mentions: Sequence[EntityMention]) -> Token | None:
    """The speaker whose own report holds ``pron`` as the speaker of a relative clause within it: in "He added that
    he had informed President Biden of the strike, which he said happened just before their call", the last "he"
    is the one adding, not Biden; in "Biden has said ... Kyiv, which he said would be a catastrophe", Biden. The
    speaker is the same pronoun or a person named who may be it. None where ``pron`` is no he or she, or speaks
    in no relative clause of such a report ("testified that Gigante was lucid and that he had acknowledged ..."
    is Gigante)."""
    gender = _gender(pron)
    if gender is None or pron.dep_ != "nsubj" or pron.head.dep_ != "relcl":
        return None
    for verb in pron.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subject is None or verb.lemma_.lower() not in REPORTING_VERBS or not any(
                c.dep_ == "ccomp" and c.left_edge.i <= pron.i <= c.right_edge.i for c in verb.children):
            continue
        named = [m for m in mentions if m.start <= subject.idx < m.end and m.label == "PERSON"]
        if _gender(subject) == gender or named and not other_gender(pron, named[0].name):
            return subject
    return None

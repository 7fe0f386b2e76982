"""Senses of reporting verbs that report nothing: "added Zelenskyy to the list", "were called to switch off the
supply", "pointed a rifle at the guards", "declined to be named"."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import CLAUSE_ONLY_CUES
from .cues import is_cue_verb, learned_cue
from .spans import SUBJECT_DEPS

_NAMING = frozenset({"name", "identify", "quote"})
_NAMELESS = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})
_KEPT_BACK_DEPS = frozenset({"aux", "auxpass", "neg", "punct", "advmod", "advcl"})  # "not to be named yet"
_WHY_PREPS = frozenset({"for", "because", "pending", "until"})  # "for fear of ...", "pending an announcement"


def another_sense(verb: Token, comp: Token) -> bool:
    """Whether the complement of a verb that reports only a clause or a quotation (``CLAUSE_ONLY_CUES``) gives the
    verb another sense than reporting, so that it reports nothing: a noun for its object ("added Zelenskyy to the
    list", "maintains a wide lead"; a clause the tagger took for a noun keeps its subject: "observing that we no
    longer labor under ..."), or an act that is no report ("Sanders continues to trail Clinton"; "continued to
    insist that ..." is the insisting's); and a summons (``_summoned``), an aim (``_aimed``) or a name kept back
    (``kept_nameless``), whatever the verb reports otherwise."""
    if _summoned(verb, comp) or _aimed(verb, comp) or kept_nameless(comp):
        return True
    if verb.lemma_.lower() not in CLAUSE_ONLY_CUES or comp.head.i != verb.i or comp.i < verb.i:
        return False
    if comp.dep_ == "dobj":
        return comp.pos_ in {"NOUN", "PROPN", "NUM"} \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children)
    return comp.dep_ == "xcomp" and not is_cue_verb(comp) and not learned_cue(comp)


def _summoned(verb: Token, comp: Token) -> bool:
    """Whether a passive of "call" with an act to do after it, and no one named calling, is a summons ("Engineers
    were called to switch off the supply", "Firefighters were called to help"), not a name nor a call for
    something; "were called on to resign" and "was called to be ..." stay calls."""
    return verb.lemma_.lower() == "call" and comp.dep_ == "xcomp" and comp.head.i == verb.i and comp.i > verb.i \
        and comp.lemma_.lower() != "be" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" or c.lower_ in {"on", "upon"} for c in verb.children)


def _aimed(verb: Token, comp: Token) -> bool:
    """Whether "point" has a thing for its object, which it aims ("pointed a rifle at the guards", "pointed it at
    the table"), not a point it makes: "pointed out the flaw", "pointed to the cost" (whatever the parser hangs on
    it); a finger pointed at someone blames them."""
    return verb.lemma_.lower() == "point" and comp.dep_ == "dobj" and comp.head.i == verb.i \
        and comp.lemma_.lower() != "finger" and not any(c.dep_ == "prt" or c.lower_ == "to" for c in verb.children)


def kept_nameless(comp: Token) -> bool:
    """Whether an infinitive asks that a speaker's name be kept back, which reports nothing: "who declined to be
    named", "asked not to be identified", "asked to remain anonymous", with nothing after it but why ("for fear of
    ...", "because of ..."). Not a naming to a post ("expected to be named to succeed the director", "to be named as
    director"), nor a listing ("are expected to be identified in the sanctions")."""
    if comp.dep_ != "xcomp":
        return False
    lemma = comp.lemma_.lower()
    if lemma in {"remain", "stay"}:
        return any(c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in _NAMELESS for c in comp.children)
    return lemma in _NAMING and any(c.dep_ == "auxpass" for c in comp.children) and all(
        c.dep_ in _KEPT_BACK_DEPS or c.dep_ == "prep" and c.lower_ in _WHY_PREPS for c in comp.children)

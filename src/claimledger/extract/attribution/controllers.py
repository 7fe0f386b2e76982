"""Who does what another verb brings them to: the object before an open complement. "The collapse left many
nations feeling that ..." (the nations feel it), "The strikes led the president, Volodymyr Zelenskiy, to call for
..." (the president calls for it), not whoever left or led them there. And who does what a main verb says that
the parser hung on its subject as a modifier."""
from __future__ import annotations

from spacy.tokens import Token

from .spans import SUBJECT_DEPS

_TIME_VERBS = {"spend", "take", "waste"}  # "spent weeks taking swipes at ...": the time does nothing
# Verbs that bring someone to do something, who then does it
_CAUSING = {"lead", "prompt", "cause", "force", "push", "drive", "compel", "spur", "inspire", "move", "get"}


def object_controller(comp: Token) -> Token | None:
    """The object of the verb ``comp`` complements, right before it (with only punctuation between), where that
    object does what ``comp`` says: a participle after a verb that leaves someone in a state, an infinitive after
    a verb that brings someone to act. None otherwise, and for a time or a dummy "it"."""
    head = comp.head
    if comp.dep_ != "xcomp" or not (comp.tag_ == "VBG" and head.lemma_.lower() not in _TIME_VERBS
                                    or comp.tag_ == "VB" and head.lemma_.lower() in _CAUSING):
        return None
    doc = comp.doc
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < comp.i and c.lower_ != "it"
                 and c.ent_type_ not in {"DATE", "TIME"}
                 and all(t.is_punct for t in doc[c.right_edge.i + 1:comp.left_edge.i])), None)


def hung_on_its_subject(verb: Token) -> Token | None:
    """The noun that opens the sentence when the parser hung its main verb on it as a modifier and left the noun the
    sentence's root: a past tense ("Maria Lane called Tuesday for ...") or a participle that reports a clause with a
    subject of its own, which no participle of a noun reports ("DJI Technology Co., one of the industry's top
    competitors, announced in April 2022 it was pulling out ...", "Two analysts found in 2014 that ..."). None
    otherwise: "the measures announced by London" are announced."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return None
    reports = verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children)
    return head if verb.tag_ == "VBD" or reports else None

"""Who does what another verb brings them to: the object before an open complement. "The collapse left many
nations feeling that ..." (the nations feel it), "The strikes led the president, Volodymyr Zelenskiy, to call for
..." (the president calls for it), not whoever left or led them there."""
from __future__ import annotations

from spacy.tokens import Token

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

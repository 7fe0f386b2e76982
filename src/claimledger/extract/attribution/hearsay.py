"""Hearsay about a noun: "a port city said to be of strategic importance", "a man believed to be her husband". The
noun is what unnamed others say something of, never who says it."""
from __future__ import annotations

from spacy.tokens import Token

# Verbs whose participle before an infinitive reports what unnamed others say or believe of the noun before it: "a
# port city said to be of strategic importance", "a man believed to be her husband", "the Red Sox, considered to be
# the front-runners". Not "expect", "plan" or "hope", whose past tense before an infinitive is active ("Felt had
# expected to be named").
_HEARSAY_VERBS = frozenset({"say", "believe", "think", "rumor", "rumour", "report", "allege", "know", "consider",
                            "repute", "suppose", "understand", "reckon", "deem"})


def said_of_the_noun_before(verb: Token) -> bool:
    """A passive participle with its "is" left out, reporting of the noun before it what unnamed others say: "A
    port city said to be of critical importance, Mariupol ...". The noun is what was said, not who said it, however
    the parser hung it (as the verb's subject, or the noun the participle modifies)."""
    doc = verb.doc
    if verb.lemma_.lower() not in _HEARSAY_VERBS or verb.tag_ not in {"VBD", "VBN"} or verb.i + 1 >= len(doc):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj"} or c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children):
        return False  # "had thought to ...", "was said to ..." (a passive the rules read already), "He said to wait"
    to = doc[verb.i + 1]
    if to.lower_ != "to" or to.tag_ != "TO" or to.head.dep_ != "xcomp" or to.head.head.i != verb.i:
        return False
    return to.head.left_edge.i > verb.i  # not "what whistleblowers believed to be an effort", with its object moved

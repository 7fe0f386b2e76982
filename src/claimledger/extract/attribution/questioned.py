"""Who was asked, accused or charged: a participle of asking hung on the one who answers ("Asked about the fees,
Lindqvist said ...", "Lindqvist, asked about the fees, said ..."), and an accusation or a charge with its auxiliary
left out ("Russia accused of shelling ..."). The one it hangs on was asked or accused, by whoever did it, whom the
text does not name; the question or the charge is an agentless passive, not their report."""
from __future__ import annotations

from spacy.tokens import Token

_ASKING_VERBS = frozenset({"ask", "question", "press", "quiz", "challenge"})
_BEFORE_AN_OPENING = {"CCONJ", "ADV", "PUNCT", "SPACE", "SCONJ"}  # "However, asked ...", "But when asked ..."


def asked_of_the_answerer(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle of asking, whose subject (or the verb it hangs on) names who was asked."""
    if verb.lemma_.lower() not in _ASKING_VERBS or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "agent"}
                                                      for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return _participle_after_its_subject(verb)
    if verb.dep_ not in {"advcl", "acl"}:
        return False
    # The tagger may read it as a past tense, opening a sentence ("Asked whether ..., the ambassador replied ...")
    # or after a comma ("..., said Ola Berg, asked about ..."); with no subject of its own, it is the participle
    doc = verb.doc
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "advcl" and (
        verb.head.i > verb.i and all(t.pos_ in _BEFORE_AN_OPENING for t in doc[verb.sent.start:verb.i])
        or verb.head.i < verb.i and doc[verb.i - 1].text == ",")


def _participle_after_its_subject(verb: Token) -> bool:
    """"Irish Premier Leo Varadkar, asked if ..., said ..." and "said Ben Carson, asked about ...", which the parser
    may read as a past tense with a subject: a comma between the subject and the verb, and another verb of the
    sentence that the verb of asking hangs on, or that hangs on it after a comma with no subject of its own, which is
    the answer ("Ola Berg, the harbour master, asked whether the ferry would run" asks)."""
    doc = verb.doc
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    end = subj.right_edge.i
    while end > subj.i and doc[end].is_punct:  # the parser may hang the comma on the name
        end -= 1
    if verb.tag_ not in {"VBD", "VBN"} or end + 2 != verb.i or doc[verb.i - 1].text != ",":
        return False
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.i < subj.left_edge.i:
        return True  # "..., said Ben Carson, asked about ..."
    return any(c.dep_ in {"ccomp", "conj"} and c.pos_ == "VERB" and c.i > verb.i and doc[c.left_edge.i - 1].text == ","
               and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in verb.children)


_ACCUSING_PREPS = {"accuse": ("of",), "charge": ("with", "over")}  # the preposition after an accusation or a charge


def accused_in_a_headline(verb: Token) -> bool:
    """"Russia accused of shelling Mariupol humanitarian corridor", "Man charged with arson over Waitrose fire": an
    accusation or a charge with no one accused after it is a passive with its auxiliary left out, as headlines write
    it and as a participle hung on a noun reads ("two police officers charged over the shooting"); its subject is the
    accused, not the accuser."""
    preps = _ACCUSING_PREPS.get(verb.lemma_.lower(), ())
    return verb.tag_ in {"VBD", "VBN"} \
        and any(c.dep_ == "prep" and c.lower_ in preps and c.i == verb.i + 1 for c in verb.children) \
        and not any(c.dep_ in {"dobj", "aux", "auxpass", "agent"} for c in verb.children)


"""Raising cues: "Obama is expected to join Clinton", "Turnout appeared to rise", "Sanders is certain to win".
The subject is not who expects, who perceives or who is certain; it belongs to what is expected. The content is
the whole clause, cue included, and no one is named as its source: the writer reports an expectation or an
impression."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .attribution import Attribution
from .attribution.cues import RAISING_ADJECTIVES, raising_cue
from .attribution.hearsay import said_of_the_noun_before
from .lexicon import EMPTY_SUBJECTS, SEEMING_VERBS, STANCE_ADJECTIVES

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "attr"})
_SENSED_VERBS = frozenset({"look", "sound"})  # how something looks or sounds to the writer
_APPEARING = SEEMING_VERBS | _SENSED_VERBS


def _what_seems(tok: Token, first: Token) -> bool:
    """Whether ``first`` opens the complement of a verb of appearance: "Ukraine appears [determined to ...]", "The
    Kremlin appears [to be re-intensifying ...]" however the parser split the words after "to"; and of "look" and
    "sound" as one, "The American looked [clueless]", "he looked [like Joe Montana]", "He looks [to be a perfect
    coach]", "Mrs. Clinton's approach sounds [reasonable]", not as a verb of intent, "Italy is looking to speed up
    ...")."""
    lemma = tok.lemma_.lower()
    if lemma not in _APPEARING:
        return False
    return any(c.i > tok.i and c.left_edge.i <= first.i <= c.right_edge.i and (
        c.dep_ in _COMPLEMENTS and (lemma in SEEMING_VERBS or _sensed_complement(c))
        or lemma in _SENSED_VERBS and c.dep_ == "prep" and c.lower_ == "like") for c in tok.children)


def _sensed_complement(comp: Token) -> bool:
    """Whether what follows "look" or "sound" is how its subject looks or sounds: not an infinitive of intent
    ("looking to hire"), nor an attitude, which its subject holds ("Ortiz sounded aware of the risks")."""
    if comp.dep_ == "xcomp":
        return _raised_infinitive(comp)
    return comp.lemma_.lower() not in STANCE_ADJECTIVES


def _raised_infinitive(verb: Token) -> bool:
    """"looks [to be] a perfect coach", "looks [to have] tilted the balance": an infinitive of being or of a past."""
    return verb.lemma_.lower() == "be" or any(a.dep_ == "aux" and a.lower_ == "have" for a in verb.children)


def with_raised_subject(att: Attribution, sent: Span) -> Attribution:
    """``att`` with its content widened to the raised subject's clause when its cue is a raising verb whose
    content is a "to" clause: "[Obama is expected to join Clinton on the trail]", not "[to join Clinton ...]"
    said by Obama."""
    if att.cue_head is None or att.according:
        return att
    doc = sent.doc
    tok = doc[att.cue_head]
    start, end = att.content
    first = doc[start]
    infinitive = first.lower_ == "to" and first.dep_ == "aux" and first.head.dep_ == "xcomp" \
        and first.head.head.i == tok.i and raising_cue(tok)
    if start <= tok.i or not (infinitive or _what_seems(tok, first)):
        return att
    adjective = tok.dep_ == "acomp" and tok.lemma_.lower() in RAISING_ADJECTIVES
    verb = tok.head if adjective else tok  # "Sanders is certain to win": the subject hangs on "is"
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < tok.i), None)
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        subj = verb.head  # "a port city said to be of importance": the noun the participle modifies
    if subj is None or subj.lower_ in EMPTY_SUBJECTS or subj.left_edge.i < sent.start:
        return att
    if said_of_the_noun_before(tok):  # what is said of the noun ends with its infinitive, whatever the parser hung
        end = min(end, first.head.right_edge.i + 1)  # on the participle: "A man said to be ill was questioned"
    return replace(att, content=(subj.left_edge.i, end), sources=(), relayer=None)

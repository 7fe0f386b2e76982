"""Where a source's phrase starts and ends, where the parser's subtree says otherwise: never on a conjunction it
joined nothing to ("Russian soldiers, and we know this ..., are afraid"), nor on a word it floated after the
subject ("... all said"), and from the "at" that bounds a number ("at least 21,000 people")."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import DASHES, SUBJECT_DEPS

_FLOATING = frozenset({"all", "both", "each", "also"})
_CLOSERS = DASHES | {";"}  # marks a phrase never ends on, unlike the comma that closes an apposition


def joins_nothing(word: Token) -> bool:
    """A conjunction the parser hung on a phrase with nothing joined after it: the phrase's true end is before it."""
    return word.dep_ == "cc" and not any(c.dep_ == "conj" and c.i > word.i for c in word.head.children)


def _rest_hung_on_the_cue(tok: Token, cc: int) -> Token | None:
    """The phrase that ends the sentence after a speaker's dangling conjunction, where the parser hung it on the
    cue before the speaker: in "“...,” said Kassie Moen, policy director at the Center and lead author of the
    complaint.", "lead author" read as a verb; it is the second half of the apposition."""
    d = tok.doc
    cue = tok.head
    if cc + 1 >= len(d) or cue.i > tok.i or tok.dep_ not in SUBJECT_DEPS:
        return None
    rest = d[cc + 1]
    while rest.head.i != cue.i and rest.head.i != rest.i:
        rest = rest.head
    last = tok.sent.end - 1
    while last > cc and (d[last].is_punct or d[last].is_space):
        last -= 1
    return rest if rest.head.i == cue.i and rest.left_edge.i == cc + 1 and rest.right_edge.i == last else None


def across_dangling_conjunction(tok: Token, left: int, cc: int) -> int:
    """Where a phrase ends that the parser ran on to a conjunction it joined nothing to. A relative clause after it
    belongs to the phrase ("Gregory Slayton, whom Bush appointed envoy, and who now supports Rubio"); otherwise the
    phrase ends before it ("Russian soldiers, and we know this ..., are afraid" ends on "soldiers"), and before a
    verb the parser made a modifier after a comma, which is what the phrase's head did ("Mykhailo Podolyak, an
    adviser, called the statement “antisemitic” and said ...")."""
    d = tok.doc
    relative = d[cc + 1] if cc + 1 < len(d) else None
    if relative is not None and relative.lower_ in {"who", "whom", "whose", "which"} and relative.head.i > relative.i \
            and relative.head.left_edge.i == relative.i:
        return relative.head.right_edge.i + 1
    rest = _rest_hung_on_the_cue(tok, cc)
    if rest is not None:
        return rest.right_edge.i + 1
    verb = next((t for t in d[tok.i + 1:cc] if t.dep_ == "acl" and t.tag_ in {"VBD", "VBN"} and d[t.i - 1].text == ","
                 and t.left_edge.i == t.i), None)
    right = verb.i if verb is not None else cc
    if d[cc].lower_ == "but" and d[cc - 1].lower_ == "all" and right == cc:
        right -= 1  # "Manafort all but begged reporters": an adverb, not a conjunction
    while right - 1 > tok.i and (d[right - 1].is_space or d[right - 1].dep_ == "cc" or d[right - 1].text in _CLOSERS
                                 or d[right - 1].text == "," and not any(t.text == "," for t in d[left:right - 1])):
        right -= 1  # the comma that closes an apposition stays: "Mykhailo Podolyak, an adviser to Zelenskiy,"
    return right


def bounds_a_number(word: Token) -> bool:
    """The "at" of "at least" or "at most", which bounds the count it opens: "at least 21,000 people said"."""
    return word.lower_ == "at" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ in {"least", "most"}


def floated(word: Token, left: int) -> bool:
    """A word after a subject that the sentence says of it, which the parser hung on a noun of the phrase starting
    at ``left``: "Bush, Christie and Kasich all said", "The lawyers also said"; not "The woman who started it all"."""
    head = word.head
    return word.lower_ in _FLOATING and left <= head.i < word.i and head.pos_ in {"NOUN", "PROPN", "PRON"} \
        and head.dep_ not in {"dobj", "pobj"} and word.n_lefts == word.n_rights == 0

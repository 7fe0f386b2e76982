"""Spokespeople the text does not name, as the voice of whom they speak for: "a State Department spokesperson",
"the spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives", "Biden's spokesman", "her
spokeswoman". A spokesperson's words are the body's or the person's, so the claim is theirs: its registry letter
applies, and it is one origin with them, never an independent confirmation of what they said. Pure."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..model import EntityMention, Source, TextSpan
from ..resolve.match import written_as_name

SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons".split())
# What a spokesperson may speak for: a body, a place that stands for its government, or a person ("Biden's").
_PRINCIPAL_LABELS = frozenset({"ORG", "GPE", "PERSON"})
# "a spokesperson for the Home Office", "the spokesman of the CJEU", "a spokesperson at the Foreign Office"
_ON_BEHALF = frozenset({"for", "of", "at"})


def spoken_for(head: Token, inside: Sequence[EntityMention]) -> EntityMention | None:
    """The body or person the spokesperson a source phrase is headed on speaks for, where the phrase names one
    and no one else: after the noun ("a spokesperson for Greenpeace"), or before it ("A Kremlin spokesperson",
    "Ukraine’s defence ministry spokesperson", "Biden's spokesman"). The name after the noun wins ("the General
    spokesman of the CJEU"). None where no name is the body's whole ("a spokesperson for Ukraine's southern
    command", "a German military spokesman", "a Riga police spokesman"): that spokesperson stays unnamed or
    vague."""
    if head.lower_ not in SPOKES_WORDS:
        return None
    after = [g for c in head.children if c.dep_ == "prep" and c.lower_ in _ON_BEHALF
             for g in c.children if g.dep_ == "pobj"]
    before = [c for c in head.children if c.i < head.i and c.dep_ in {"compound", "poss", "nmod"}]
    for tok in after + before:
        mention = next((m for m in inside if m.start <= tok.idx < m.end), None)
        if mention is not None and mention.label in _PRINCIPAL_LABELS and written_as_name(mention) \
                and (tok.i > head.i or _right_before(mention, head)):
            return mention
    return None


def _right_before(mention: EntityMention, head: Token) -> bool:
    """Whether the name ends just before the spokesperson's noun, or its "'s" does: "the Kremlin’s spokesman", not
    "Riga" in "a Riga police spokesman", which names the city, not the body."""
    k = head.i - 1
    while k >= 0 and head.doc[k].idx >= mention.end:
        if not (head.doc[k].tag_ == "POS" or head.doc[k].lower_ in {"'s", "’s", "'", "’"}):
            return False
        k -= 1
    return True


def speaking_for(principal: Source, named: str, span: TextSpan) -> Source:
    """The source a spokesperson's phrase ``span`` is: the principal, named in the phrase as ``named``, with how the
    phrase was read."""
    how = f"'{span.text}' speaks for {named}"
    if principal.resolved_from:
        how += f" ({principal.resolved_from})"
    return Source(principal.kind, span, principal.name, principal.entity_id, resolved_from=how)

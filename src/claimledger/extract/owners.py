"""Sources a possessive pronoun owns: "its defence ministry" after Russia, "his lawyer" after Moskalyov. Which
phrases qualify and how the owned source is named, once the pronoun's owner is known. Pure."""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import local_entity_id

# Who speaks for the person "his" or "her" owns them: "his lawyer", "her spokeswoman", and "his campaign"; bodies
# "its" or "their" owns are those the gazetteer knows ("Russia's defence ministry"). Not kin, who speak for
# themselves, and whom a "his" after a quotation gives to its speaker as readily as to the person talked about.
_AGENTS = frozenset("lawyer attorney aide adviser advisor spokesman spokeswoman spokesperson".split())
OWNED_GROUPS = _AGENTS | {"campaign"}
_OWNING = frozenset({"its", "their", "his", "her"})


def owning_pronoun(head: Token, start: int) -> Token | None:
    """The possessive pronoun that owns the phrase headed by ``head`` ("its ministry", "his lawyer"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNING and c.i >= start), None)


def owned_source(owner: Source, poss: Token, head: Token, rest: str, span: TextSpan, gazetteer: Gazetteer
                 ) -> Source | None:
    """What ``owner`` owns as ``rest`` ("defence ministry", "lawyer"): for "its" or "their" the body the gazetteer
    knows as "Russia's defence ministry"; for "his" or "her" the person's agent or group named by its owner,
    "Alexei Moskalyov's lawyer". None when the owner is no one named, or the gazetteer knows no such body."""
    if not owner.entity_id:
        return None
    label = None if poss.lower_ not in {"his", "her"} else "PERSON" if head.lemma_.lower() in _AGENTS else "ORG"
    return named_by_owner(f"{owner.name}'s {rest}", span, gazetteer, label,
                          f"'{span.text}' is {owner.name}'s ({owner.resolved_from})")


def named_by_owner(name: str, span: TextSpan, gazetteer: Gazetteer, label: str | None, how: str) -> Source | None:
    """The source ``name`` names ("Germany's economic ministry"): the entity the gazetteer knows by that name, or else
    one of its own where a ``label`` says it names one; None where the gazetteer knows none and no ``label`` is
    given."""
    known = gazetteer.lookup(name)
    if known is not None:
        return Source(SourceKind.NAMED, span, known.name, known.id, resolved_from=how)
    return None if label is None else Source(SourceKind.NAMED, span, name, local_entity_id(name), how)

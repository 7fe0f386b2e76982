"""Spokespeople as the voice of whom they speak for. One the text does not name is the body or the person: "a State
Department spokesperson", "the spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives", "Biden's
spokesman", "her spokeswoman". One it names stays the person, speaking for the body ("Pentagon spokesperson
Patrick Ryder", ``Source.speaks_for``), wherever the document quotes them. Either way a spokesperson's words are
the body's or the person's: its registry letter applies, and they are one origin with it, never an independent
confirmation of what it said. A person's lawyer or publicist speaks for the client in the same way, though in
their own name ("Griner's lawyers"). Pure."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Claim, EntityMention, Principal, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import written_as_name
from .role_phrases import mention_source, tokens_under

SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons".split())
# Agents who speak for a client, not as the client: "Griner's lawyers", "a lawyer for Ms. Griner", "Lohan's publicist".
AGENT_WORDS = frozenset("lawyer lawyers attorney attorneys publicist publicists".split())
_VOICE_WORDS = SPOKES_WORDS | AGENT_WORDS  # the nouns ``with_principal`` looks for in a named source's phrase
# What a spokesperson may speak for: a body, a place that stands for its government, or a person ("Biden's").
_PRINCIPAL_LABELS = frozenset({"ORG", "GPE", "PERSON"})
# "a spokesperson for the Home Office", "the spokesman of the CJEU", "a spokesperson at the Foreign Office"
_ON_BEHALF = frozenset({"for", "of", "at"})


def spoken_for(head: Token, inside: Sequence[EntityMention], agents: bool = False) -> EntityMention | None:
    """The body or person the spokesperson ``head`` names speaks for, where the phrase names one: after the noun
    ("a spokesperson for Greenpeace"), or right before it, or before its "'s" ("A Kremlin spokesperson", "Ukraine’s
    defence ministry spokesperson", "Biden's spokesman", "Pentagon spokesperson Patrick Ryder"). The name after the
    noun wins ("the General spokesman of the CJEU"). None where no name is the body's whole ("a spokesperson for
    Ukraine's southern command", "a German military spokesman", "a Riga police spokesman": a place, or a part of
    the body's name): that spokesperson speaks for no one named. A person's office is their voice as well
    ("Zelenskiy's office", "Erdoğan's office"); a body's office, or a post's, is not ("the prosecutor's office",
    "the Kremlin press office"). With ``agents``, the person a lawyer or a publicist works for as well ("Griner's
    lawyers", "Whelan lawyer Vladimir Zherebenkov"); never a body, whose "attorney" may be a post ("the attorney
    general of New York")."""
    office = head.lower_ == "office"  # a person's office speaks for them as their spokesperson does
    agent = agents and head.lower_ in AGENT_WORDS
    if head.lower_ not in SPOKES_WORDS and not office and not agent:
        return None
    after = [g for c in head.children if c.dep_ == "prep" and c.lower_ in _ON_BEHALF
             for g in c.children if g.dep_ == "pobj"] if not office else []
    for tok in after + _name_before(head):
        mention = next((m for m in inside if m.start <= tok.idx < m.end), None)
        if mention is not None and mention.label in _PRINCIPAL_LABELS and written_as_name(mention) \
                and (tok.i > head.i or mention.end <= head.idx) and not _runs_on_before(mention, head.doc) \
                and (not (office or agent) or mention.label == "PERSON"):
            return mention
    return None


def _runs_on_before(mention: EntityMention, doc: Doc) -> bool:
    """Whether the word before a body's name modifies it, so that the name is only part of the body's: "Foreign
    Ministry" in "Chinese Foreign Ministry spokesperson Zhao Lijian" is no body of its own. A person's title does
    not count ("President Vladimir Putin's spokesman")."""
    first = tokens_under(doc, mention.start, mention.end)
    if first is None or first.start == 0 or mention.label == "PERSON":
        return False
    before = doc[first.start - 1]
    return before.dep_ in {"amod", "compound", "nmod", "poss"} and first.start <= before.head.i < first.end


def _name_before(head: Token) -> list[Token]:
    """The word right before a spokesperson's noun, or before the "'s" there, that modifies the noun or what the
    noun itself modifies ("Pentagon" in "Pentagon spokesperson Patrick Ryder", parsed as two words of one name)."""
    k = head.i - 1
    if k >= 0 and (head.doc[k].tag_ == "POS" or head.doc[k].lower_ in {"'s", "’s", "'", "’"}):
        k -= 1
    if k < 0:
        return []
    tok = head.doc[k]
    return [tok] if tok.dep_ in {"compound", "poss", "nmod"} and tok.head.i in {head.i, head.head.i} else []


def speaking_for(principal: Source, named: str, span: TextSpan) -> Source:
    """The source a spokesperson's phrase ``span`` is: the principal, named in the phrase as ``named``, with how the
    phrase was read."""
    how = f"'{span.text}' speaks for {named}"
    if principal.resolved_from:
        how += f" ({principal.resolved_from})"
    return Source(principal.kind, span, principal.name, principal.entity_id, resolved_from=how)


def with_principal(doc: Doc, start: int, end: int, src: Source, mentions: Sequence[EntityMention],
                   gazetteer: Gazetteer) -> Source:
    """A named source whose phrase doc[start:end] calls them the spokesperson of a body or a person the phrase
    names, with whom they speak for: "Pentagon spokesperson Maj. Gen. Patrick Ryder", "Ned Price, the US state
    department spokesperson", "Stephane Dujarric, the spokesman for U.N. Secretary-General Antonio Guterres"; or a
    person's lawyer or publicist, named or not ("Griner's lawyer, Alexander Boikov", "Brittney Griner’s lawyers")."""
    if src.kind != SourceKind.NAMED or src.entity_id is None or src.speaks_for is not None or src.span is None:
        return src
    nouns = [t for t in doc[start:end] if t.lower_ in _VOICE_WORDS]
    if not nouns:
        return src
    inside = [m for m in mentions if src.span.start <= m.start and m.end <= src.span.end]
    for tok in nouns:
        principal = spoken_for(tok, inside, agents=True)
        if principal is not None and principal.entity_id not in {None, src.entity_id}:
            body = mention_source(gazetteer, principal, src.span)
            if body.name and body.entity_id and body.entity_id != src.entity_id:
                return replace(src, speaks_for=Principal(body.name, body.entity_id))
    return src


def carry_principals(claims: list[Claim]) -> list[Claim]:
    """Whom a spokesperson speaks for, carried to every claim of theirs in the document: "Pentagon spokesperson
    Patrick Ryder said ... Ryder added ..." speaks for the Pentagon both times."""
    found: dict[str, Principal] = {}
    for c in claims:
        for s in (c.source, *c.co_sources):
            if s.speaks_for is not None and s.entity_id is not None:
                found.setdefault(s.entity_id, s.speaks_for)
    if not found:
        return claims

    def carried(s: Source) -> Source:
        principal = found.get(s.entity_id or "")
        return replace(s, speaks_for=principal) if principal is not None and s.speaks_for is None else s

    return [replace(c, source=carried(c.source), co_sources=tuple(carried(s) for s in c.co_sources)) for c in claims]

"""Sources a possessive pronoun owns: "its defence ministry" after Russia, "his lawyer" after Moskalyov. Which
phrases qualify and how the owned source is named, once the pronoun's owner is known; and bodies a state's name
owns, "Germany's defence ministry", "the German defence ministry", and the state a leader's government is, "the
Biden administration". Pure."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import EntityMention, Principal, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import local_entity_id
from .groups import BODY_KIND_WORDS, body_of_state
from .role_phrases import tokens_under
from .spokespeople import AGENT_WORDS, SPOKES_WORDS, speaking_for

# Who speaks for the person "his" or "her" owns them: "his lawyer", "her spokeswoman", and "his campaign"; bodies
# "its" or "their" owns are those the gazetteer knows ("Russia's defence ministry"). Not kin, who speak for
# themselves, and whom a "his" after a quotation gives to its speaker as readily as to the person talked about.
_AGENTS = frozenset("lawyer attorney aide adviser advisor spokesman spokeswoman spokesperson".split())
OWNED_GROUPS = _AGENTS | {"campaign"}
_OWNING = frozenset({"its", "their", "his", "her"})
# Bodies a phrase may name by their state alone: "the German defence ministry", "Ukraine's government". Not a
# prosecutor, who is a person.
_STATE_BODIES = (BODY_KIND_WORDS - {"prosecutor"}) | {"government", "military", "army", "navy"}


# Posts whose holder leads a state's government: "the Biden administration", "Xi Jinping's government".
_LEADING_POSTS = frozenset({("president",), ("prime", "minister"), ("premier",), ("chancellor",), ("leader",)})
_LEADERS_BODIES = frozenset({"administration", "government"})


def leaders_state(end: int, head: Token, inside: Sequence[EntityMention], gazetteer: Gazetteer, span: TextSpan
                  ) -> Source | None:
    """The state whose government a leader the phrase names heads, or headed: "The Biden administration",
    "President Joe Biden’s administration" and "Chinese leader Xi Jinping’s government" speak for the state, as "the
    US government" does, not as a body of their own apart from the state's other voices ("Trump's second
    administration" as well). The leader must be the one person named, and have held a leading post of one state
    (``_LEADING_POSTS``, from the gazetteer's offices); "the Bush administration", from before the offices the
    gazetteer lists, stays as it is."""
    if head.lemma_.lower() not in _LEADERS_BODIES or head.tag_ != "NN" or head.i + 1 != end:
        return None
    people = [m for m in inside if m.label == "PERSON"]
    if len(people) != 1 or any(m.label not in {"PERSON", "NORP", "GPE"} for m in inside):
        return None
    leader = people[0]
    known = gazetteer.get(leader.entity_id)
    name = known.name if known is not None else leader.name  # a surname alone fits any holder of it
    states = {t.of for t in gazetteer.tenures_of(leader.name) if set(t.titles) & _LEADING_POSTS
              and (t.holder == name or " " not in name)}
    state = gazetteer.get(states.pop()) if len(states) == 1 else None
    if state is None or state.type != "state":
        return None
    return Source(SourceKind.NAMED, span, state.name, state.id,
                  resolved_from=f"'{span.text}' speaks for {state.name} ({leader.name} leads or led its government)")


def owning_pronoun(head: Token, start: int) -> Token | None:
    """The possessive pronoun that owns the phrase headed by ``head`` ("its ministry", "his lawyer"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNING and c.i >= start), None)


def owned_source(owner: Source, poss: Token, rest: str, span: TextSpan, gazetteer: Gazetteer) -> Source | None:
    """What ``owner`` owns as ``rest`` ("defence ministry", "lawyer"): for "its" or "their" the body the gazetteer
    knows as "Russia's defence ministry"; for "his" or "her" the person's agent or group named by its owner,
    "Alexei Moskalyov's lawyer". None when the owner is no one named, or the gazetteer knows no such body."""
    if not owner.entity_id:
        return None
    if rest.lower() in SPOKES_WORDS and poss.lower_ in {"his", "her"}:  # "her spokesman" speaks for her
        return speaking_for(owner, owner.name or poss.text, span)
    owned = named_by_owner(f"{owner.name}'s {rest}", span, gazetteer, f"'{span.text}' is {owner.name}'s "
                           f"({owner.resolved_from})", of_its_own=poss.lower_ in {"his", "her"})
    if owned is not None and rest.lower() in AGENT_WORDS and owner.name:  # "his lawyer" speaks for him
        return replace(owned, speaks_for=Principal(owner.name, owner.entity_id))
    return owned


def named_by_owner(name: str, span: TextSpan, gazetteer: Gazetteer, how: str, *, of_its_own: bool) -> Source | None:
    """The source ``name`` names ("Germany's economic ministry"): the entity the gazetteer knows by that name, or else,
    where ``of_its_own``, one of its own; None where the gazetteer knows none and none of its own is wanted."""
    known = gazetteer.lookup(name)
    if known is not None:
        return Source(SourceKind.NAMED, span, known.name, known.id, resolved_from=how)
    return Source(SourceKind.NAMED, span, name, local_entity_id(name), how) if of_its_own else None


def state_body(doc: Doc, start: int, end: int, head: Token, inside: Sequence[EntityMention], gazetteer: Gazetteer,
               span: TextSpan) -> Source | None:
    """A body the state named before it owns, where the gazetteer knows no such body and the phrase names nothing
    else: "The German defence ministry" and "Germany's defence ministry" are both the "defence ministry of Germany",
    and the registry's body where it knows one by the state's demonym or as "... of" the state. A government alone
    is the state it governs, as "the country's government" is: "the Ukrainian government" and "Ukraine's
    government" are Ukraine, and so are a state's authorities ("Russian authorities", "the Ukrainian authorities");
    "the Bavarian regional government" and "Russian-imposed authorities" stay bodies. Not "a German government source",
    whose head is no body, nor "Russian agencies" or "British security services", some of a state's bodies."""
    states = [m for m in inside if m.label in {"GPE", "NORP"}]
    governs = head.lemma_.lower() == "government" or head.lower_ == "authorities"
    if head.lemma_.lower() not in _STATE_BODIES and not governs or head.tag_ in {"NNS", "NNPS"} and not governs \
            or head.i + 1 != end or len(states) != 1:
        return None
    # besides the state, at most the body's words the tagger took for a name of their own ("defence ministry")
    if any(m.in_gazetteer or m.start < states[0].end for m in inside if m is not states[0]):
        return None
    state = gazetteer.get(states[0].entity_id)
    named = tokens_under(doc, states[0].start, states[0].end)
    if state is None or state.type != "state" or named is None or named.start > start + 1 \
            or named.start == start + 1 and doc[start].lower_ != "the":
        return None
    first = named.end + (1 if named.end < end and doc[named.end].tag_ == "POS" else 0)
    if first >= end or any(t.pos_ not in {"NOUN", "ADJ", "PROPN"} for t in doc[first:end]):
        return None
    if first == end - 1 and governs:  # "the Ukrainian government" and "Russian authorities" speak for the state
        return Source(SourceKind.NAMED, span, state.name, state.id,
                      resolved_from=f"'{span.text}' speaks for {state.name}")
    # "the Ukrainian Security Service" is the registry's Security Service of Ukraine
    return body_of_state(doc[first:end].text, state, span, gazetteer, how=f"'{span.text}' is {state.name}'s")

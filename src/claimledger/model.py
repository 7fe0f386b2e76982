"""The data model: frozen records and closed vocabularies, no I/O.

Every piece of evidence is a character span into the document text with the surface string beside it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from .units import conversion, to_base


def stable_id(*parts: object, prefix: str = "") -> str:
    """A reproducible id: the sha256 of the natural key's parts, shortened."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:20]}"


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Stance(str, Enum):
    ASSERTS = "asserts"
    DENIES = "denies"
    CONFIRMS = "confirms"


class ClaimKind(str, Enum):
    EVENT = "event"
    PLAN = "plan"
    ASSESSMENT = "assessment"


class SourceKind(str, Enum):
    NAMED = "named"
    VAGUE = "vague"
    UNATTRIBUTED = "unattributed"
    OUTLET = "outlet"


class RelationType(str, Enum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    DENIES = "denies"
    CONFIRMS = "confirms"
    RELAYS = "relays"


class TimeRole(str, Enum):
    EVENT = "event"
    SINCE = "since"
    UNTIL = "until"
    DEADLINE = "deadline"
    REPORT = "report"


class Granularity(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One publication. Immutable; its id is a hash of publisher (or URL) and text fingerprint."""

    text: str
    published: dt.date | None = None
    publisher: str | None = None
    path: str | None = None
    url: str | None = None
    external_id: str | None = None
    title: str | None = None
    language: str = "en"
    text_sha256: str = field(init=False, repr=False, compare=False)
    id: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # computed once: every claim id is derived from the document id
        fingerprint = text_fingerprint(self.text)
        object.__setattr__(self, "text_sha256", fingerprint)
        object.__setattr__(self, "id", stable_id(self.publisher or self.url or "", fingerprint, prefix="doc_"))


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str
    entity_id: str
    name: str
    in_gazetteer: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    kind: str = "count"  # count | money | percent | measure | vague | fraction | age

    @property
    def unit_key(self) -> str:
        """The unit's head, lower-cased and singular: "containers of ammunition" -> "container"."""
        head = self.unit.lower().split(" of ")[0].split(" per ")[0].split()
        word = head[-1] if head else ""
        for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith(("ss", "us", "is")):
                return word[: -len(suffix)] + repl
        return word

    @property
    def measure(self) -> str:
        """What the quantity measures, for comparison: the base unit when the unit converts ("km" and "miles" are
        both "metre"), else ``unit_key``; an age is never compared with a count."""
        conv = conversion(self.unit)
        if conv is not None and self.kind != "age":
            return conv[0]
        return f"age:{self.unit_key}" if self.kind == "age" else self.unit_key

    def base_bounds(self) -> tuple[float | None, float | None]:
        """(low, high) in the base unit of ``measure``; a plain value is both bounds."""
        low = self.low if self.low is not None else self.value
        high = self.high if self.high is not None else self.value
        converted = None if self.kind == "age" else to_base(self.unit, low, high)
        return (low, high) if converted is None else (converted[1], converted[2])


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    role: TimeRole
    start_date: dt.date | None
    end_date: dt.date | None
    granularity: Granularity
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    """The body or person a named spokesperson speaks for: "Pentagon spokesperson Patrick Ryder" speaks for the
    US Department of Defense; or the client of a lawyer or a publicist: "Griner's lawyers" speak for Brittney
    Griner."""

    name: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Source:
    """Who makes a claim. ``span`` is None when the text names nobody."""

    kind: SourceKind
    span: TextSpan | None = None
    name: str | None = None
    entity_id: str | None = None
    resolved_from: str | None = None  # how a pronoun / nominal / context source was resolved
    speaks_for: Principal | None = None  # whom a spokesperson the text names, or a lawyer, speaks for


@dataclass(frozen=True, slots=True)
class Relay:
    span: TextSpan | None
    name: str
    entity_id: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    sentence: tuple[int, int]
    source: Source
    cue: TextSpan | None
    content: TextSpan
    stance: Stance
    hedged: bool
    kind: ClaimKind
    relayed_by: tuple[Relay, ...] = ()
    quantities: tuple[int, ...] = ()
    times: tuple[int, ...] = ()
    entities: tuple[int, ...] = ()
    context_source: Source | None = None
    outlet_notes: tuple[str, ...] = ()
    extractor: str = ""
    # the content's pieces when the cue and source interrupt it ("“We hold,” she said. “Nobody retreats.”"),
    # as (start, end) character offsets; empty when the content is one piece
    content_segments: tuple[tuple[int, int], ...] = ()
    # the other speakers of a joint report ("Pyongyang and Moscow deny ..."): one claim, made by ``source`` and these
    co_sources: tuple[Source, ...] = ()


def speakers_of(claim: Claim) -> tuple[Source, ...]:
    """Everyone who makes the claim: its source, then the other speakers of a joint report."""
    return (claim.source, *claim.co_sources)


def same_speaker(a: Source, b: Source) -> bool:
    """Whether two named sources are one: the same resolved entity, or the same name where neither resolved."""
    if a.kind == SourceKind.UNATTRIBUTED or b.kind == SourceKind.UNATTRIBUTED:
        return False
    if a.entity_id is not None or b.entity_id is not None:
        return a.entity_id == b.entity_id
    return a.name is not None and b.name is not None and a.name.casefold() == b.name.casefold()


def each_speaker_once(sources: Sequence[Source], text: str) -> list[Source]:
    """The speakers of a joint report, each once: "Paris, France" is France alone, with a span that names it both
    ways, so a joint report never lists its source among the others."""
    out: list[Source] = []
    for src in sources:
        k = next((i for i, kept in enumerate(out) if same_speaker(src, kept)), None)
        if k is None:
            out.append(src)
            continue
        a, b = out[k].span, src.span
        if a is not None and b is not None:
            start, end = min(a.start, b.start), max(a.end, b.end)
            out[k] = replace(out[k], span=TextSpan(start, end, text[start:end]))
    return out


def joined_names(names: Sequence[str | None]) -> str:
    """Names as a phrase: "North Korea", "North Korea and Russia", "Oslo, Bergen and Tromsø"; "" for none."""
    kept = [n for n in names if n]
    return ", ".join(kept[:-1]) + " and " + kept[-1] if len(kept) > 1 else "".join(kept)


@dataclass(frozen=True, slots=True)
class Relation:
    from_id: str
    to_id: str
    type: RelationType
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Grade:
    credibility: int
    reliability: str
    reasons: tuple[str, ...]
    grader: str = ""

    @property
    def code(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True, slots=True)
class OutletNote:
    """A sentence in which the outlet comments on the evidence ("no confirmation from other sources")."""

    span: TextSpan
    effect: str  # "unconfirmed" | "unverified"
    applies_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    document: Document
    entities: tuple[EntityMention, ...]
    quantities: tuple[Quantity, ...]
    times: tuple[TimeExpression, ...]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...] = ()
    grades: dict[str, Grade] = field(default_factory=dict)
    notes: tuple[OutletNote, ...] = ()

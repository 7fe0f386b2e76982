"""Admiralty grades for the claims of one document, with the reasons shown.

Rules (claimledger.admiralty.v1; see docs/grading.md):
reliability  the source registry's letter for a named source; F for vague, unattributed or unlisted sources.
credibility  3 "possibly true" for a single uncorroborated origin, then:
             1 when an independent origin or the subject itself (an admission against interest) confirms it;
             2 for a statement against the speaker's own interest;
             stays at 3 or worse when the outlet notes that nothing confirms it (never 1 or 2);
             5 when an independent, uninterested party denies it; a denial by an interested party is recorded
             as weak evidence and leaves the grade unchanged, and one by an unnamed source is shown, not counted;
             6 when the claim has no source at all and nothing else bears on it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..link.relations import claim_families, source_family
from ..model import Claim, EntityMention, Grade, Principal, Relation, RelationType, SourceKind, Stance, joined_names
from ..resolve.gazetteer import Gazetteer
from .registry import SourceRegistry
from .track_record import TrackRecord, TrackRecordPolicy, adjust_reliability

NAME = "claimledger.admiralty.v1"
# Sources whose confirmations and denials are shown, not counted: no one named stands behind them
_UNNAMED = frozenset({SourceKind.VAGUE.value, SourceKind.UNATTRIBUTED.value})


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What grading needs to know of a claim, whether it comes from one document or from the store."""

    id: str
    document_id: str
    source_kind: str
    source_name: str | None
    source_entity_id: str | None
    origin: str | None  # the source family: independence is counted between families
    subjects: frozenset[str]  # families the claim talks about: their denials are interested
    stance: str
    hedged: bool = False
    resolved_from: str | None = None
    relays: tuple[str, ...] = ()
    outlet_notes: tuple[str, ...] = ()
    co_sources: tuple[str, ...] = ()  # the other speakers of a joint report, by name
    speaks_for: Principal | None = None  # whom a named spokesperson speaks for, whose registry letter applies

    @property
    def speakers(self) -> str:
        """The source's name, joined with the other speakers of a joint report: "North Korea and Russia"."""
        return joined_names((self.source_name, *self.co_sources))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Another claim bearing on this one: ``type`` is the relation from ``other`` to this claim."""

    type: str
    other: ClaimFacts


def facts_of(claim: Claim, document_id: str, mentions: Sequence[EntityMention], gazetteer: Gazetteer) -> ClaimFacts:
    return ClaimFacts(
        id=claim.id, document_id=document_id, source_kind=claim.source.kind.value, source_name=claim.source.name,
        source_entity_id=claim.source.entity_id, origin=source_family(claim, gazetteer),
        subjects=frozenset(claim_families(claim, mentions, gazetteer)), stance=claim.stance.value,
        hedged=claim.hedged, resolved_from=claim.source.resolved_from,
        relays=tuple(r.name for r in claim.relayed_by), outlet_notes=claim.outlet_notes,
        co_sources=tuple(s.name or (s.span.text if s.span else "") for s in claim.co_sources),
        speaks_for=claim.source.speaks_for)


def grade_reliability(facts: ClaimFacts, registry: SourceRegistry) -> tuple[str, str]:
    label = facts.source_name or "no source"
    if facts.source_kind == SourceKind.UNATTRIBUTED.value:
        return "F", "no source is named: reliability cannot be judged"
    if facts.source_kind == SourceKind.VAGUE.value:
        return "F", f"vague source '{label}': reliability cannot be judged"
    entry = registry.reliability(facts.source_entity_id)
    principal = facts.speaks_for  # "Pentagon spokesperson Patrick Ryder" is graded as the Pentagon
    if entry is None and principal is not None and (body := registry.reliability(principal.entity_id)) is not None:
        note = f" ({body.note})" if body.note else ""
        return body.reliability, (f"{label} speaks for {principal.name}: {body.reliability} in the source "
                                  f"registry{note}")
    if entry is None:
        return registry.default, f"{label} is not in the source registry: {registry.default}"
    note = f" ({entry.note})" if entry.note else ""
    return entry.reliability, f"{label}: {entry.reliability} in the source registry{note}"


def grade_claims(claims: Sequence[Claim], relations: Sequence[Relation], mentions: Sequence[EntityMention],
                 gazetteer: Gazetteer, registry: SourceRegistry, document_id: str = "") -> dict[str, Grade]:
    facts = {c.id: facts_of(c, document_id, mentions, gazetteer) for c in claims}
    incoming: dict[str, list[Evidence]] = {}
    for r in relations:
        if r.from_id in facts:
            incoming.setdefault(r.to_id, []).append(Evidence(r.type.value, facts[r.from_id]))
    return {c.id: grade_facts(facts[c.id], incoming.get(c.id, []), registry) for c in claims}


def grade_facts(facts: ClaimFacts, evidence: Sequence[Evidence], registry: SourceRegistry,
                reprints: Sequence[str] = (), record: TrackRecord | None = None,
                policy: TrackRecordPolicy = TrackRecordPolicy()) -> Grade:
    """The Admiralty grade of one claim given the evidence bearing on it; ``reprints`` names the outlets that
    merely carried the same text; ``record`` is the source's track record, weighed only if ``policy`` opts in."""
    reliability, why = grade_reliability(facts, registry)
    reasons = [why]
    reliability, record_reason = adjust_reliability(reliability, record, policy, facts.source_name or "the source")
    if record_reason:
        reasons.append(record_reason)
    origin, subjects = facts.origin, facts.subjects
    label = facts.source_name or "an unnamed source"
    if facts.resolved_from:
        reasons.append(f"source resolved: {facts.resolved_from}")
    if facts.co_sources:
        reasons.append(f"a joint report of {facts.speakers}: one report, not independent confirmation")
    for relay in facts.relays:
        reasons.append(f"relayed by {relay}: a relay, not a second source")
    if reprints:
        reasons.append(f"{len(reprints)} other report(s) are reprints of the same text "
                       f"({', '.join(sorted(set(reprints))[:5])}): not independent")
    credibility = 6 if facts.source_kind == SourceKind.UNATTRIBUTED.value else 3
    base_at = len(reasons)
    confirmed = admitted = contradicted = False
    seen: set[tuple[str, str | None]] = set()
    for ev in evidence:
        other = ev.other
        key = (ev.type, other.origin)
        if key in seen:
            continue  # several claims of one origin count once
        seen.add(key)
        who = other.speakers or "an unnamed source"
        if ev.type in {RelationType.CONFIRMS.value, RelationType.SUPPORTS.value}:
            if other.origin == origin:
                continue
            if other.source_kind in _UNNAMED:
                reasons.append(f"also reported by an unnamed source ({who}): not counted as a confirmation")
                continue
            if other.origin in subjects and ev.type == RelationType.SUPPORTS.value:
                reasons.append(f"also asserted by {who}, a party to the matter: not independent")
                continue
            confirmed = True
            if other.origin in subjects:
                admitted = True
                reasons.append(f"confirmed by {who}, the subject itself: an admission against interest")
            else:
                reasons.append(f"confirmed by {who}, independent of {label}")
        elif ev.type in {RelationType.DENIES.value, RelationType.CONTRADICTS.value}:
            if other.source_kind in _UNNAMED:  # as an unnamed confirmation is not counted
                verb = "denied" if ev.type == RelationType.DENIES.value else "contradicted"
                reasons.append(f"{verb} by an unnamed source ({who}): not counted against it")
            elif other.origin in subjects:
                reasons.append(f"denied by {who}, an interested party: weak evidence against it")
            elif other.origin != origin:
                contradicted = True
                reasons.append(f"contradicted by {who}, independent of {label}")
    if admitted or confirmed and not contradicted:
        credibility = 1
    elif confirmed and contradicted:
        credibility = 3
        reasons.append("independent reports conflict: possibly true")
    elif contradicted:
        credibility = 5
    if not confirmed:
        reasons.insert(base_at, "no source and no other information: truth cannot be judged"
                       if facts.source_kind == SourceKind.UNATTRIBUTED.value
                       else f"single origin: {label}; not confirmed by another source")
    if facts.stance == Stance.CONFIRMS.value and origin in subjects and not confirmed:
        credibility = 2
        reasons.append(f"{label} confirms something about itself against its interest: probably true")
    if facts.hedged:
        reasons.append("the source hedges its own claim")
        if credibility < 3 and not confirmed:
            credibility = 3
    for note in facts.outlet_notes:
        reasons.append(f"the outlet notes: \"{note}\"")
        if credibility < 3:
            credibility = 3
    return Grade(credibility=credibility, reliability=reliability, reasons=tuple(reasons), grader=NAME)

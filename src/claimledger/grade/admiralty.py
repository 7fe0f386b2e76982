"""Admiralty grades for the claims of one document, with the reasons shown.

Rules (claimledger.admiralty.v1; see docs/grading.md):
reliability  the source registry's letter for a named source; F for vague, unattributed or unlisted sources.
credibility  3 "possibly true" for a single uncorroborated origin, then:
             1 when an independent origin or the subject itself (an admission against interest) confirms it;
             2 for a statement against the speaker's own interest;
             stays at 3 or worse when the outlet notes that nothing confirms it (never 1 or 2);
             5 when an independent, uninterested party denies it; a denial by an interested party is recorded
             as weak evidence and leaves the grade unchanged;
             6 when the claim has no source at all and nothing else bears on it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Claim, EntityMention, Grade, Relation, RelationType, SourceKind, Stance
from ..resolve.gazetteer import Gazetteer
from ..link.relations import claim_families, source_family
from .registry import SourceRegistry

NAME = "claimledger.admiralty.v1"


def grade_reliability(claim: Claim, registry: SourceRegistry) -> tuple[str, str]:
    src = claim.source
    label = src.name or (src.span.text if src.span else "no source")
    if src.kind == SourceKind.UNATTRIBUTED:
        return "F", "no source is named: reliability cannot be judged"
    if src.kind == SourceKind.VAGUE:
        return "F", f"vague source '{label}': reliability cannot be judged"
    entry = registry.reliability(src.entity_id)
    if entry is None:
        return registry.default, f"{label} is not in the source registry: {registry.default}"
    note = f" ({entry.note})" if entry.note else ""
    return entry.reliability, f"{label}: {entry.reliability} in the source registry{note}"


def grade_claims(claims: Sequence[Claim], relations: Sequence[Relation], mentions: Sequence[EntityMention],
                 gazetteer: Gazetteer, registry: SourceRegistry) -> dict[str, Grade]:
    by_id = {c.id: c for c in claims}
    incoming: dict[str, list[Relation]] = {}
    for r in relations:
        incoming.setdefault(r.to_id, []).append(r)
    return {c.id: grade_claim(c, incoming.get(c.id, []), by_id, mentions, gazetteer, registry) for c in claims}


def grade_claim(claim: Claim, incoming: Sequence[Relation], by_id: Mapping[str, Claim],
                mentions: Sequence[EntityMention], gazetteer: Gazetteer, registry: SourceRegistry) -> Grade:
    reliability, why = grade_reliability(claim, registry)
    reasons = [why]
    origin = source_family(claim, gazetteer)
    subjects = claim_families(claim, mentions, gazetteer)
    label = claim.source.name or "an unnamed source"
    if claim.source.resolved_from:
        reasons.append(f"source resolved: {claim.source.resolved_from}")
    for relay in claim.relayed_by:
        reasons.append(f"relayed by {relay.name}: a relay, not a second source")
    credibility = 6 if claim.source.kind == SourceKind.UNATTRIBUTED else 3
    base_at = len(reasons)
    confirmed = False
    for rel in incoming:
        other = by_id.get(rel.from_id)
        if other is None:
            continue
        other_origin = source_family(other, gazetteer)
        who = other.source.name or "an unnamed source"
        if rel.type in {RelationType.CONFIRMS, RelationType.SUPPORTS}:
            if other_origin in subjects and other_origin != origin:
                credibility, confirmed = 1, True
                reasons.append(f"confirmed by {who}, the subject itself: an admission against interest")
            elif other_origin != origin:
                credibility, confirmed = 1, True
                reasons.append(f"confirmed by {who}, independent of {label}")
        elif rel.type in {RelationType.DENIES, RelationType.CONTRADICTS}:
            if other_origin in subjects:
                reasons.append(f"denied by {who}, an interested party: weak evidence against it")
            elif not confirmed:
                credibility = 5
                reasons.append(f"contradicted by {who}, independent of {label}")
    if not confirmed:
        reasons.insert(base_at, "no source and no other information: truth cannot be judged"
                       if claim.source.kind == SourceKind.UNATTRIBUTED
                       else f"single origin: {label}; not confirmed by another source")
    if claim.stance == Stance.CONFIRMS and origin in subjects and not confirmed:
        credibility = 2
        reasons.append(f"{label} confirms something about itself against its interest: probably true")
    if claim.hedged:
        reasons.append("the source hedges its own claim")
        if credibility < 3 and not confirmed:
            credibility = 3
    for note in claim.outlet_notes:
        reasons.append(f"the outlet notes: \"{note}\"")
        if credibility < 3:
            credibility = 3
    return Grade(credibility=credibility, reliability=reliability, reasons=tuple(reasons), grader=NAME)

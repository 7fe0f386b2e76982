"""Relations between the claims of one document: denials and confirmations to what they deny or confirm."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import Claim, EntityMention, Principal, Relation, RelationType, Stance, joined_names, speakers_of
from ..resolve.gazetteer import Gazetteer
from .concepts import concepts_of

NAME = "claimledger.relations.v1"
MIN_OVERLAP = 0.5  # share of the denial's or confirmation's concepts found in the target claim


def claim_families(claim: Claim, mentions: Sequence[EntityMention], gazetteer: Gazetteer) -> set[str]:
    """The states, groups and people a claim talks about (its subjects), for interested-party checks: each one's
    family, or its name where the gazetteer does not know it, as a source's origin is counted (``origin_of``), so
    that "Mikhail Belousov denied writing the message" is a denial by a party to "Belousov wrote the message"."""
    fams = set()
    for i in claim.entities:
        fam = origin_of(gazetteer, mentions[i].entity_id, mentions[i].name)
        if fam:
            fams.add(fam)
    return fams


def source_family(claim: Claim, gazetteer: Gazetteer) -> str | None:
    return origin_of(gazetteer, claim.source.entity_id, claim.source.name, claim.source.speaks_for)


def origin_of(gazetteer: Gazetteer, entity_id: str | None, name: str | None,
              principal: Principal | None = None) -> str | None:
    """The source family a source's claims count in: the gazetteer's family of its entity, or else that of the body
    a spokesperson speaks for (named as the body's own claims are), or else its name."""
    family = gazetteer.family_of(entity_id)
    if family is None and principal is not None:
        return gazetteer.family_of(principal.entity_id) or principal.name
    return family or name


def link_within_document(claims: Sequence[Claim], lemmas: Mapping[str, list[str]],
                         mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                         nested: Mapping[str, set[str]]) -> list[Relation]:
    """Denials -> the claims they deny, confirmations -> the claims they confirm, relays -> what they relay.

    ``lemmas`` maps each claim id to the lemmas of its content words.
    """
    relations: list[Relation] = []
    for outer_id, inner_ids in nested.items():
        for inner_id in sorted(inner_ids):
            relations.append(Relation(outer_id, inner_id, RelationType.RELAYS, "the claim reports another claim"))
    carried = {(outer_id, inner_id) for outer_id, inner_ids in nested.items() for inner_id in inner_ids}
    concepts = {c.id: concepts_of(lemmas.get(c.id, [])) for c in claims}
    df = Counter(x for c in claims for x in concepts[c.id])
    n = max(len(claims), 1)

    def weight(x: str) -> float:  # words every claim shares ("Russia", "North Korea") say little
        return math.log(1 + n / df[x])

    for claim in claims:
        if claim.stance not in {Stance.DENIES, Stance.CONFIRMS}:
            continue
        mine = concepts[claim.id]
        if not mine:
            continue
        total = sum(weight(x) for x in mine)
        fam = source_family(claim, gazetteer)
        scored = []
        for other in claims:
            if other.id == claim.id or other.stance != Stance.ASSERTS or source_family(other, gazetteer) == fam \
                    or (other.id, claim.id) in carried or (claim.id, other.id) in carried:
                continue  # nor a report that carries it ("Reuters said the Kremlin denied ...") or that it carries
            shared = mine & concepts[other.id]
            overlap = sum(weight(x) for x in shared) / total
            if overlap < MIN_OVERLAP or len(shared) < min(2, len(mine)):
                continue  # "denies targeting civilians" is not about every attack the text reports
            about_speaker = fam in claim_families(other, mentions, gazetteer)
            scored.append((overlap + (0.25 if about_speaker else 0.0), other))
        if not scored:
            continue
        scored.sort(key=lambda x: -x[0])
        best = scored[0][0]
        targets = [(score, other) for score, other in scored if score >= best - 0.1]
        if len(mine) == 1:  # "confirmed the attack": the one reported nearest before, not every claim of an attack
            targets = [min(targets, key=lambda t: _distance(t[1], claim))]
        for score, other in targets:
            kind = RelationType.DENIES if claim.stance == Stance.DENIES else RelationType.CONFIRMS
            denies = kind == RelationType.DENIES
            verb = ("deny" if denies else "confirm") if claim.co_sources else ("denies" if denies else "confirms")
            who = joined_names([s.name for s in speakers_of(claim)]) or "the source"
            relations.append(Relation(claim.id, other.id, kind,
                                      f"{who} {verb} what "
                                      f"{other.source.name or 'an unattributed report'} reports "
                                      f"(shared concepts {score:.2f})"))
    return relations


def _distance(other: Claim, claim: Claim) -> tuple[int, int]:
    """How far ``other`` lies from ``claim``, claims before it first: what a denial or confirmation answers has
    mostly been reported already."""
    before = other.sentence[0] <= claim.sentence[0]
    return (0 if before else 1, abs(claim.sentence[0] - other.sentence[0]))

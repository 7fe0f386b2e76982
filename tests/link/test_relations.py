"""Denials and confirmations linked to the claims of the same text they answer."""
from __future__ import annotations

from claimledger.model import RelationType


def _links(analysis, kind: RelationType) -> list[tuple[str, str]]:
    content = {c.id: c.content.text for c in analysis.claims}
    return [(content[r.from_id], content[r.to_id]) for r in analysis.relations if r.type == kind]


def test_a_denial_answers_no_claim_that_shares_only_one_of_its_concepts(analyze):
    analysis = analyze("Villagers said the soldiers were intensifying their attacks near the river. A charity said "
                       "civilians were leaving the valley by bus. The mayor said the bridge had reopened. The army "
                       "denied targeting civilians.")
    assert any(c.content.text == "targeting civilians" for c in analysis.claims)
    assert _links(analysis, RelationType.DENIES) == []


def test_a_confirmation_of_the_attack_confirms_the_attack_reported_nearest_before_it(analyze):
    analysis = analyze("The harbour authority said the ferry attack damaged two piers. Fishermen said the storm had "
                       "wrecked several boats. The navy said a second attack had hit the northern coast on Sunday. "
                       "On Monday the coast guard confirmed the attack.")
    assert _links(analysis, RelationType.CONFIRMS) == [
        ("the attack", "a second attack had hit the northern coast on Sunday")]


def test_a_denial_answers_the_accusation_it_shares_its_concepts_with(analyze):
    analysis = analyze("Ukraine accused the navy of shelling the grain port. The mayor said the bridge had reopened. "
                       "The navy denied shelling the grain port.")
    assert _links(analysis, RelationType.DENIES) == [("shelling the grain port", "the navy of shelling the grain port")]


def test_a_denial_or_confirmation_answers_no_report_that_carries_it(analyze):
    """A report of a denial is no claim the denial contradicts: "The ferry company said the harbour master had
    denied ..." relays the denial, as "Reuters reported that the mayor said ..." relays it twice over."""
    for text in ("The ferry company said on Monday that the harbour master had denied closing the northern quay to "
                 "fishing boats.",
                 "Reuters reported that the mayor said the harbour master had denied closing the northern quay to "
                 "fishing boats.",
                 "The ferry company said on Monday that the harbour master had confirmed closing the northern quay to "
                 "fishing boats."):
        analysis = analyze(text)
        assert any(r.type == RelationType.RELAYS for r in analysis.relations)
        assert _links(analysis, RelationType.DENIES) == _links(analysis, RelationType.CONFIRMS) == []


def test_the_loss_of_a_town_confirms_no_report_of_deaths_in_another(analyze):
    """"Loss" names no death: a commander acknowledging the loss of a town answers no claim that people died in a
    town."""
    analysis = analyze("The regional governor said three people died when a missile hit the town of Narva-Joesuu. "
                       "The commander acknowledged the loss of the town of Sillamae.")
    assert any(c.content.text == "the loss of the town of Sillamae" for c in analysis.claims)
    assert _links(analysis, RelationType.CONFIRMS) == []

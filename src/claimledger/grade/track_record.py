"""A source's track record, and how it may move the registry's reliability letter when the analyst opts in. Pure.

A record counts the source's earlier claims whose grades were later settled: confirmed (credibility 1 or 2) or
contradicted (credibility 5). Rule (off unless ``TrackRecordPolicy.enabled``): with at least ``min_settled``
settled claims, a share confirmed of ``raise_share`` or more moves the letter one step better, never past B (A is
for the analyst to give); a share contradicted of ``lower_share`` or more moves it one step worse, never past E
(F means "cannot be judged", not "unreliable"). The reason shows the counts.
"""
from __future__ import annotations

from dataclasses import dataclass

from .registry import LETTERS


@dataclass(frozen=True, slots=True)
class TrackRecord:
    claims: int
    confirmed: int
    contradicted: int

    @property
    def settled(self) -> int:
        return self.confirmed + self.contradicted


@dataclass(frozen=True, slots=True)
class TrackRecordPolicy:
    enabled: bool = False
    min_settled: int = 5
    raise_share: float = 0.8
    lower_share: float = 0.5


def adjust_reliability(letter: str, record: TrackRecord | None, policy: TrackRecordPolicy,
                       label: str) -> tuple[str, str | None]:
    """(letter, reason) after the track record; the reason is None when the record changes nothing to say."""
    if not policy.enabled or record is None or letter not in LETTERS[:5]:
        return letter, None
    counts = (f"{record.confirmed} of {record.settled} settled earlier claims confirmed, "
              f"{record.contradicted} contradicted")
    if record.settled < policy.min_settled:
        return letter, f"track record of {label}: {counts}; too few to weigh (needs {policy.min_settled})"
    at = LETTERS.index(letter)
    if record.confirmed / record.settled >= policy.raise_share and at > 1:
        new = LETTERS[at - 1]
        return new, f"track record of {label}: {counts}: reliability {letter} -> {new}"
    if record.contradicted / record.settled >= policy.lower_share and at < 4:
        new = LETTERS[at + 1]
        return new, f"track record of {label}: {counts}: reliability {letter} -> {new}"
    return letter, f"track record of {label}: {counts}: reliability stays {letter}"

"""claimledger: a ledger of attributed, graded claims from news reports.

    >>> import claimledger
    >>> ledger = claimledger.Ledger()                       # loads spaCy and the gazetteer once
    >>> result = ledger.analyze("Officials said that ...", published="2025-11-15")
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .config import Settings, load_settings
from .contract import analysis_json
from .errors import ClaimLedgerError, ConfigError, FetchRefused, GazetteerError, InvalidDocument, NotFound, StoreError
from .model import (
    Analysis,
    Claim,
    ClaimKind,
    Document,
    EntityMention,
    Grade,
    Quantity,
    Relation,
    RelationType,
    Source,
    SourceKind,
    Stance,
    TimeExpression,
    TimeRole,
)
from .pipeline import Resources, analyze_parsed, load_resources

__version__ = "0.1.0"


class Ledger:
    """The library's front door: analyse texts with resources loaded once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._resources: Resources | None = None

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            self._resources = load_resources(self.settings)
        return self._resources

    def analyze(self, text: str, *, published: str | dt.date | None = None, publisher: str | None = None,
                url: str | None = None) -> Analysis:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        document = Document(text=text, published=published, publisher=publisher, url=url)
        r = self.resources
        return analyze_parsed(r.nlp(text), document, r.gazetteer, r.registry)

    def analyze_json(self, text: str, **metadata: Any) -> dict[str, Any]:
        return analysis_json(self.analyze(text, **metadata))


__all__ = [
    "Analysis",
    "ClaimKind",
    "Claim",
    "ClaimLedgerError",
    "ConfigError",
    "Document",
    "EntityMention",
    "FetchRefused",
    "GazetteerError",
    "Grade",
    "InvalidDocument",
    "Ledger",
    "NotFound",
    "Quantity",
    "Relation",
    "RelationType",
    "Settings",
    "Source",
    "SourceKind",
    "Stance",
    "StoreError",
    "TimeExpression",
    "TimeRole",
    "analysis_json",
    "load_settings",
]

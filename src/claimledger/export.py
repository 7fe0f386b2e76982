"""Exports of the ledger: JSON Lines and CSV (formula cells neutralised)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .contract import co_source_names

CSV_COLUMNS = ("claim_id", "document_id", "external_id", "path", "url", "published", "publisher", "source",
               "source_kind", "source_entity_id", "co_sources", "relayed_by", "cue", "stance", "hedged", "kind",
               "content", "quantities", "grade", "credibility", "reliability", "reasons", "proposition_id", "story_id")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> str:
    """A spreadsheet must never run a cell: text starting with = + - @ TAB or CR gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_jsonl(claims: Iterable[dict[str, Any]]) -> Iterator[str]:
    for c in claims:
        yield json.dumps(c, ensure_ascii=False)


def csv_row(c: dict[str, Any]) -> dict[str, str]:
    doc = c.get("document") or {}
    src = c.get("source") or {}
    row = {
        "claim_id": c["id"], "document_id": doc.get("id"), "external_id": doc.get("external_id"),
        "path": doc.get("path"), "url": doc.get("url"), "published": doc.get("published"),
        "publisher": doc.get("publisher"), "source": src.get("name") or src.get("text") or "",
        "source_kind": src.get("kind"), "source_entity_id": src.get("entity_id"),
        "co_sources": co_source_names(c),
        "relayed_by": "; ".join(r.get("name") or "" for r in c.get("relayed_by") or []),
        "cue": (c.get("cue") or {}).get("text"), "stance": c.get("stance"), "hedged": c.get("hedged"),
        "kind": c.get("kind"), "content": (c.get("content") or {}).get("text"),
        "quantities": "; ".join(q.get("text", "") for q in c.get("quantity_details") or []),
        "grade": c.get("grade"), "credibility": c.get("credibility"), "reliability": c.get("reliability"),
        "reasons": " | ".join(c.get("reasons") or []), "proposition_id": c.get("proposition_id"),
        "story_id": c.get("story_id"),
    }
    return {k: neutralise_cell(v) for k, v in row.items()}


def export_csv(claims: Iterable[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    yield buf.getvalue()
    for c in claims:
        buf.seek(0)
        buf.truncate()
        writer.writerow(csv_row(c))
        yield buf.getvalue()

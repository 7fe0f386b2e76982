"""The `analyze` JSON contract (design/ARCHITECTURE.md): an Analysis as one JSON-ready dict, and back."""
from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .model import Analysis, Claim, Document, Quantity, Relay, Source, TextSpan, TimeExpression


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else round(x, 6)


def span_json(span: TextSpan | None) -> dict[str, Any]:
    if span is None:
        return {"start": None, "end": None, "text": None}
    return {"start": span.start, "end": span.end, "text": span.text}


def source_json(src: Source) -> dict[str, Any]:
    out = span_json(src.span)
    out.update({"name": src.name, "entity_id": src.entity_id, "kind": src.kind.value})
    if src.resolved_from:
        out["resolved_from"] = src.resolved_from
    if src.speaks_for is not None:
        out["speaks_for"] = {"name": src.speaks_for.name, "entity_id": src.speaks_for.entity_id}
    return out


# What may stand between the speakers of one coordination: a comma, "and", a party or place in brackets
# ("Jon Tester (D-Mont.) and David Vitter")
_JOINING = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:and|&|as well as|or)?\s*")


def joint_span(c: Claim, text: str) -> TextSpan | None:
    """The span that names all the speakers of a joint report, when they are named together ("Mr. Grassley and Mr.
    Leahy said ..."), from the first speaker's span to the last; None when they are not (a "they" that refers back
    to them)."""
    spans = [s.span for s in (c.source, *c.co_sources)]
    if len(spans) < 2 or any(sp is None for sp in spans):
        return None
    ordered = sorted((sp for sp in spans if sp is not None), key=lambda sp: sp.start)
    if any(_JOINING.fullmatch(text[a.end:b.start]) is None for a, b in pairwise(ordered)):
        return None
    start, end = ordered[0].start, max(sp.end for sp in ordered)
    bracket = _BRACKET_AFTER.match(text, end)  # the last speaker's party or place, as the others' are in the span
    if bracket is not None and "(" in text[start:end]:
        end = bracket.end()
    return TextSpan(start, end, text[start:end])


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def relay_json(r: Relay) -> dict[str, Any]:
    out = span_json(r.span)
    out.update({"name": r.name, "entity_id": r.entity_id})
    return out


def quantity_json(q: Quantity) -> dict[str, Any]:
    base_low, base_high = q.base_bounds()
    return {"start": q.start, "end": q.end, "text": q.text, "value": _num(q.value), "low": _num(q.low),
            "high": _num(q.high), "qualifier": q.qualifier, "unit": q.unit, "unit_key": q.unit_key, "kind": q.kind,
            "measure": q.measure, "base_low": _num(base_low), "base_high": _num(base_high)}


def time_json(t: TimeExpression) -> dict[str, Any]:
    out: dict[str, Any] = {"start": t.start, "end": t.end, "text": t.text, "role": t.role.value,
                           "start_date": t.start_date.isoformat() if t.start_date else None,
                           "end_date": t.end_date.isoformat() if t.end_date else None,
                           "granularity": t.granularity.value}
    if t.note:
        out["note"] = t.note
    return out


def _content_json(c: Claim) -> dict[str, Any]:
    out = span_json(c.content)
    if c.content_segments:
        out["segments"] = [list(seg) for seg in c.content_segments]
    return out


def claim_json(c: Claim, analysis: Analysis) -> dict[str, Any]:
    grade = analysis.grades.get(c.id)
    out: dict[str, Any] = {
        "id": c.id,
        "sentence": {"start": c.sentence[0], "end": c.sentence[1]},
        "source": _source_of(c, analysis.document.text),
        "relayed_by": [relay_json(r) for r in c.relayed_by],
        "cue": span_json(c.cue),
        "content": _content_json(c),
        "stance": c.stance.value, "hedged": c.hedged, "kind": c.kind.value,
        "quantities": list(c.quantities), "times": list(c.times), "entities": list(c.entities),
        "credibility": grade.credibility if grade else None,
        "reliability": grade.reliability if grade else None,
        "grade": grade.code if grade else None,
        "reasons": list(grade.reasons) if grade else [],
        "extractor": c.extractor,
    }
    out.update(claim_times(c, analysis))
    if c.co_sources:  # the other speakers of a joint report
        out["co_sources"] = [source_json(s) for s in c.co_sources]
    if c.context_source is not None:
        out["context_source"] = source_json(c.context_source)
    if c.outlet_notes:
        out["outlet_notes"] = list(c.outlet_notes)
    return out


def _source_of(c: Claim, text: str) -> dict[str, Any]:
    """The claim's source; for speakers named together, the span names them all ("Mr. Grassley and Mr. Leahy"), as
    news annotators mark it, and the name is still the first speaker's (``co_sources`` gives the others')."""
    out = source_json(c.source)
    joint = joint_span(c, text)
    if joint is not None:
        out.update(span_json(joint))
    return out


def co_source_names(c: dict[str, Any]) -> str | None:
    """The other speakers of a joint report in a contract claim, "; "-joined, or None."""
    names = [s.get("name") or s.get("text") or "" for s in c.get("co_sources") or []]
    return "; ".join(n for n in names if n) or None


def failure_json(document: Document, error: str) -> dict[str, Any]:
    """The contract object for a document that could not be analysed: empty arrays and the error."""
    return {"id": document.external_id or document.id, "document_id": document.id, "path": document.path,
            "url": document.url, "published": document.published.isoformat() if document.published else None,
            "publisher": document.publisher, "text_sha256": document.text_sha256, "entities": [], "quantities": [],
            "times": [], "claims": [], "relations": [], "notes": [], "error": error}


def claim_times(c: Claim, analysis: Analysis) -> dict[str, Any]:
    """When it happened, when it was said, when it was published: kept apart on every claim."""
    times = [analysis.times[i] for i in c.times if 0 <= i < len(analysis.times)]
    event = next((t for t in times if t.role.value != "report"), None)
    statement = next((t for t in times if t.role.value == "report"), None)
    published = analysis.document.published
    return {"event_time": time_json(event) if event else None,
            "statement_time": time_json(statement) if statement else (
                {"start_date": published.isoformat(), "end_date": published.isoformat(), "role": "report",
                 "granularity": "day", "note": "not stated: the publication date"} if published else None),
            "published": published.isoformat() if published else None}


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    d = analysis.document
    return {
        "id": d.external_id or d.id,
        "document_id": d.id,
        "path": d.path,
        "url": d.url,
        "published": d.published.isoformat() if d.published else None,
        "publisher": d.publisher,
        "text_sha256": d.text_sha256,
        "entities": [{"start": e.start, "end": e.end, "text": e.text, "label": e.label, "entity_id": e.entity_id,
                      "name": e.name} for e in analysis.entities],
        "quantities": [quantity_json(q) for q in analysis.quantities],
        "times": [time_json(t) for t in analysis.times],
        "claims": [claim_json(c, analysis) for c in analysis.claims],
        "relations": [{"from": r.from_id, "to": r.to_id, "type": r.type.value, "reason": r.reason}
                      for r in analysis.relations],
        "notes": [{"start": n.span.start, "end": n.span.end, "text": n.span.text, "effect": n.effect,
                   "applies_to": list(n.applies_to)} for n in analysis.notes],
    }


def with_details(claim: dict[str, Any], analysis: dict[str, Any]) -> dict[str, Any]:
    """A claim object carrying copies of the quantities, times and entities its indexes point to."""
    out = dict(claim)
    for key, detail in (("quantities", "quantity_details"), ("times", "time_details"),
                        ("entities", "entity_details")):
        arr = analysis[key]
        out[detail] = [arr[i] for i in claim.get(key) or [] if 0 <= i < len(arr)]
    return out

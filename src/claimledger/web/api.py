"""JSON API. Every route parses input, calls the desk, and returns JSON; errors share one shape."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel, Field

from ..export import export_csv, export_jsonl
from ..stix import stix_bundle
from ..store.desk import ClaimFilter, Desk
from .auth import Principal

router = APIRouter(prefix="/api", tags=["api"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "bad input"}, 401: {"description": "no or unknown token"},
    403: {"description": "role may not write"}, 404: {"description": "not found"},
    422: {"description": "invalid parameters"}}


def desk(request: Request) -> Desk:
    return request.app.state.cl.desk  # type: ignore[no-any-return]


def principal(request: Request) -> Principal:
    return request.state.principal  # type: ignore[no-any-return]


def writer(request: Request) -> Principal:
    p: Principal = request.state.principal
    if not p.can_write:
        raise HTTPException(403, f"role '{p.role}' may read but not write; analyst or admin needed")
    return p


class Override(BaseModel):
    credibility: int = Field(ge=1, le=6)
    reliability: Literal["A", "B", "C", "D", "E", "F"] | None = None
    note: str = Field(min_length=1, max_length=2000)


class ReliabilityChange(BaseModel):
    reliability: Literal["A", "B", "C", "D", "E", "F"]
    note: str = Field(min_length=1, max_length=2000)


class Flag(BaseModel):
    note: str = Field(min_length=1, max_length=2000)


class Decision(BaseModel):
    note: str = Field(default="", max_length=2000)


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _date(name: str, value: str | None) -> dt.date | None:
    if not _blank(value):
        return None
    try:
        return dt.date.fromisoformat(value.strip())  # type: ignore[union-attr]
    except ValueError:
        raise RequestValidationError([{"loc": ("query", name), "msg": "expected a date as YYYY-MM-DD",
                                       "type": "value_error"}]) from None


def claim_filter(source: str | None = Query(None, max_length=200), entity: str | None = Query(None, max_length=200),
                 stance: str | None = Query(None, pattern=r"^(asserts|denies|confirms)?$"),
                 grade: str | None = Query(None, pattern=r"^([A-Fa-f][1-6]?|[1-6])?$"),
                 date_from: str | None = Query(None, max_length=10), date_to: str | None = Query(None, max_length=10),
                 document: str | None = Query(None, max_length=100), text: str | None = Query(None, max_length=200),
                 story: str | None = Query(None, pattern=r"^(sty_[0-9a-f]{20})?$"),
                 sort: Literal["date", "grade", "source", "stance"] = "date", descending: bool = False,
                 limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)) -> ClaimFilter:
    """Filters from the query string; an empty field (as a browser form sends it) means no filter."""
    return ClaimFilter(story_key=_blank(story), source=_blank(source), entity=_blank(entity), stance=_blank(stance),
                       grade=_blank(grade),
                       date_from=_date("date_from", date_from), date_to=_date("date_to", date_to),
                       document=_blank(document), text=_blank(text), sort=sort, descending=descending,
                       limit=limit, offset=offset)


@router.get("/claims", responses=ERRORS)
def list_claims(f: ClaimFilter = Depends(claim_filter), d: Desk = Depends(desk)) -> dict[str, Any]:
    """Claims with filters and sorting; each carries its effective grade and the machine grade."""
    total, items = d.search_claims(f)
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}


@router.get("/claims/{claim_id}", responses=ERRORS)
def get_claim(claim_id: str, d: Desk = Depends(desk)) -> dict[str, Any]:
    """One claim: evidence, relations with the other claims, grade reasons and history, audit trail."""
    out = d.claim(claim_id)
    out.pop("document_text", None)
    return out


@router.post("/claims/{claim_id}/override", status_code=201, responses=ERRORS)
def override_grade(claim_id: str, body: Override, d: Desk = Depends(desk),
                   who: Principal = Depends(writer)) -> dict[str, Any]:
    """Override the grade with a note; the machine grade stays and the override is audited."""
    d.claim_exists(claim_id)
    value = {"credibility": body.credibility, "reliability": body.reliability
             or d.claim(claim_id)["reliability"]}
    return d.record(who.name, "override_grade", claim_id, value, body.note)


@router.post("/claims/{claim_id}/flag", status_code=201, responses=ERRORS)
def flag_claim(claim_id: str, body: Flag, d: Desk = Depends(desk), who: Principal = Depends(writer)) -> dict[str, Any]:
    """Mark an extraction as wrong."""
    d.claim_exists(claim_id)
    return d.record(who.name, "flag_extraction", claim_id, None, body.note)


@router.get("/sources", responses=ERRORS)
def list_sources(d: Desk = Depends(desk)) -> list[dict[str, Any]]:
    """Sources with registry and effective reliability and their track record (confirmed / contradicted)."""
    return d.sources()


@router.put("/sources/{key}/reliability", status_code=201, responses=ERRORS)
def set_reliability(key: str, body: ReliabilityChange, d: Desk = Depends(desk),
                    who: Principal = Depends(writer)) -> dict[str, Any]:
    if key not in {s["key"] for s in d.sources()}:
        raise HTTPException(404, f"no source {key!r}")
    return d.record(who.name, "set_reliability", key, {"reliability": body.reliability}, body.note)


@router.get("/entities", responses=ERRORS)
def list_entities(d: Desk = Depends(desk)) -> list[dict[str, Any]]:
    """Canonical entities, their aliases and 'possibly same as' suggestions."""
    return d.entities()


@router.post("/entities/suggestions/{suggestion_id}/{decision}", status_code=201, responses=ERRORS)
def decide_suggestion(suggestion_id: str, decision: Literal["accept", "reject"], body: Decision,
                      d: Desk = Depends(desk), who: Principal = Depends(writer)) -> dict[str, Any]:
    pending = {s["id"]: s for e in d.entities() for s in e["suggestions"]}
    if suggestion_id not in pending:
        raise HTTPException(404, f"no open suggestion {suggestion_id!r}")
    return d.record(who.name, f"{decision}_alias", suggestion_id, pending[suggestion_id], body.note)


@router.get("/documents", responses=ERRORS)
def list_documents(d: Desk = Depends(desk)) -> list[dict[str, Any]]:
    return list(d.store.iter_documents())


@router.get("/documents/{doc_id}", responses=ERRORS)
def get_document(doc_id: str, d: Desk = Depends(desk)) -> dict[str, Any]:
    """A document's text, metadata and near-duplicates."""
    return d.document(doc_id)


@router.get("/stories", responses=ERRORS)
def list_stories(d: Desk = Depends(desk)) -> list[dict[str, Any]]:
    return [{"story_id": story_id, "documents": g} for story_id, g in d.stories()]


@router.get("/stories/{story_id}", responses=ERRORS)
def get_story(story_id: str, d: Desk = Depends(desk)) -> dict[str, Any]:
    """A story's claims in time order and each measure's quantities over time, by source."""
    return d.story(story_id)


@router.get("/audit", responses=ERRORS)
def list_audit(target: str | None = None, d: Desk = Depends(desk)) -> list[dict[str, Any]]:
    return d.audit(target=target)


@router.get("/export", responses=ERRORS, response_class=PlainTextResponse)
def export(format: Literal["jsonl", "csv", "stix"] = "jsonl", d: Desk = Depends(desk)) -> Response:
    """The whole ledger as JSON Lines, CSV (formula cells neutralised) or a STIX 2.1 bundle."""
    claims = list(d.store.iter_claims())
    if format == "stix":
        import json

        bundle = stix_bundle(claims, d.store.iter_relations())
        return Response(json.dumps(bundle, ensure_ascii=False), media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="claimledger.stix.json"'})
    if format == "csv":
        return Response("".join(export_csv(claims)), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="claimledger.csv"'})
    return Response("".join(line + "\n" for line in export_jsonl(claims)), media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="claimledger.jsonl"'})


@router.get("/me", responses=ERRORS)
def whoami(p: Principal = Depends(principal)) -> dict[str, str]:
    return {"name": p.name, "role": p.role}

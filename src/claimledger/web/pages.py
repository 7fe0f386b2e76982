"""Server-rendered pages. Forms post back with a CSRF token; article text is always escaped."""
from __future__ import annotations

import datetime as dt
import secrets
from itertools import pairwise
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..store.desk import ClaimFilter, Desk
from .api import claim_filter, desk
from .auth import CSRF_COOKIE, TOKEN_COOKIE, lookup

router = APIRouter(include_in_schema=False)
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    templates = request.app.state.cl.templates
    response: HTMLResponse = templates.TemplateResponse(request, name, {"principal": request.state.principal,
                                                      "csrf": request.state.csrf, **ctx})
    return response


def check_form(request: Request, csrf: str) -> None:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not secrets.compare_digest(cookie, csrf):
        raise HTTPException(403, "the form's CSRF token does not match: reload the page and try again")
    if not request.state.principal.can_write:
        raise HTTPException(403, f"role '{request.state.principal.role}' may read but not write")


def highlight(text: str, spans: list[tuple[int | None, int | None, str]]) -> list[tuple[str, str]]:
    """The text cut into (piece, css class) segments; the template escapes every piece. Where spans overlap, the one
    listed first marks the overlap: a source and cue inside the content they interrupt stay marked as such."""
    marks = [(s, e, c) for s, e, c in spans if s is not None and e is not None and e > s]
    cuts = sorted({0, len(text), *(min(max(p, 0), len(text)) for s, e, _c in marks for p in (s, e))})
    out: list[tuple[str, str]] = []
    for a, b in pairwise(cuts):
        cls = next((c for s, e, c in marks if s <= a and b <= e), "")
        if out and out[-1][1] == cls:
            out[-1] = (out[-1][0] + text[a:b], cls)
        elif b > a:
            out.append((text[a:b], cls))
    return out or [("", "")]


def evidence_marks(c: dict[str, Any]) -> list[tuple[int | None, int | None, str]]:
    """What the claim page marks in its document: the source, the cue, and the content, piece by piece when the cue
    and source interrupt it ("“We hold,” she said, “nobody retreats.”")."""
    src, cue, content = c["source"], c.get("cue") or {}, c["content"]
    pieces = content.get("segments") or [[content["start"], content["end"]]]
    return [(src.get("start"), src.get("end"), "src"), (cue.get("start"), cue.get("end"), "cue"),
            *((start, end, "content") for start, end in pieces)]


def content_words(c: dict[str, Any], text: str) -> str:
    """The words a claim reports, as the claim page heads them: its pieces joined by an ellipsis, the source and cue
    that interrupt them left out, and in quotation marks unless the writer's own open them."""
    pieces = c["content"].get("segments")
    words = " … ".join(text[start:end] for start, end in pieces) if pieces else c["content"]["text"]
    return words if words[:1] in _OPENING_MARKS else f"“{words}”"


_OPENING_MARKS = frozenset('“"«„‘\'')


@router.get("/")
def home() -> Response:
    return RedirectResponse("/claims", status_code=303)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, f: ClaimFilter = Depends(claim_filter), d: Desk = Depends(desk)) -> Response:
    total, items = d.search_claims(f)
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    prev_q = urlencode({**params, "offset": max(0, f.offset - f.limit)}) if f.offset else None
    next_q = urlencode({**params, "offset": f.offset + f.limit}) if f.offset + f.limit < total else None
    return render(request, "claims.html", items=items, total=total, f=f, prev_q=prev_q, next_q=next_q)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, d: Desk = Depends(desk)) -> Response:
    c = d.claim(claim_id)
    segments = highlight(c["document_text"], evidence_marks(c))
    return render(request, "claim.html", c=c, segments=segments, words=content_words(c, c["document_text"]))


@router.post("/claims/{claim_id}/override")
def claim_override(request: Request, claim_id: str, csrf: str = Form(...), credibility: int = Form(..., ge=1, le=6),
                   reliability: str = Form(..., pattern="^[A-F]$"), note: str = Form(..., min_length=1),
                   d: Desk = Depends(desk)) -> Response:
    check_form(request, csrf)
    d.claim_exists(claim_id)
    d.record(request.state.principal.name, "override_grade", claim_id,
             {"credibility": credibility, "reliability": reliability}, note)
    return RedirectResponse(f"/claims/{claim_id}#history", status_code=303)


@router.post("/claims/{claim_id}/flag")
def claim_flag(request: Request, claim_id: str, csrf: str = Form(...), note: str = Form(..., min_length=1),
               d: Desk = Depends(desk)) -> Response:
    check_form(request, csrf)
    d.claim_exists(claim_id)
    d.record(request.state.principal.name, "flag_extraction", claim_id, None, note)
    return RedirectResponse(f"/claims/{claim_id}#history", status_code=303)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, d: Desk = Depends(desk)) -> Response:
    return render(request, "stories.html", stories=d.stories())


def chart(points: list[dict[str, Any]], width: int = 640, height: int = 220) -> dict[str, Any]:
    """SVG geometry for one measure: each report a vertical bar from its low to its high bound."""
    dates = [dt.date.fromisoformat(p["date"]) for p in points if p["date"]]
    top = max((p["high"] or p["low"] or 0) for p in points) or 1
    d0 = min(dates) if dates else dt.date.today()
    span = max(((max(dates) - d0).days if dates else 0), 1)
    sources = sorted({p["source"] for p in points})
    bars = []
    seen_at: dict[float, int] = {}
    for k, p in enumerate(points):
        x = 40 + ((dt.date.fromisoformat(p["date"]) - d0).days / span if p["date"] else k / max(len(points), 1)) \
            * (width - 120)
        slot = seen_at.get(x, 0)
        seen_at[x] = slot + 1
        x += 14 * slot  # reports of one day stand side by side
        lo, hi = p["low"] or 0, p["high"] if p["high"] is not None else top * 1.05
        y1 = height - 20 - hi / (top * 1.1) * (height - 40)
        y2 = height - 20 - lo / (top * 1.1) * (height - 40)
        bars.append({"x": round(x, 1), "y": round(y1, 1), "h": round(max(y2 - y1, 2), 1), "label": p["text"],
                     "source": p["source"], "color": PALETTE[sources.index(p["source"]) % len(PALETTE)],
                     "open": p["high"] is None, "claim_id": p["claim_id"]})
    legend = [{"source": s, "color": PALETTE[i % len(PALETTE)]} for i, s in enumerate(sources)]
    return {"width": width, "height": height, "bars": bars, "legend": legend, "top": top,
            "from": d0.isoformat() if dates else "", "to": max(dates).isoformat() if dates else ""}


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, d: Desk = Depends(desk)) -> Response:
    story = d.story(story_id)
    charts = {k: chart(v) for k, v in story["quantities"].items()
              if max((p["high"] or p["low"] or 0) for p in v) >= 10}
    return render(request, "story.html", story_id=story_id, docs=story["documents"], claims=story["claims"],
                  charts=charts)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, d: Desk = Depends(desk)) -> Response:
    return render(request, "sources.html", sources=d.sources())


@router.post("/sources/{key}/reliability")
def sources_set(request: Request, key: str, csrf: str = Form(...), reliability: str = Form(..., pattern="^[A-F]$"),
                note: str = Form(..., min_length=1), d: Desk = Depends(desk)) -> Response:
    check_form(request, csrf)
    if key not in {s["key"] for s in d.sources()}:
        raise HTTPException(404, f"no source {key!r}")
    d.record(request.state.principal.name, "set_reliability", key, {"reliability": reliability}, note)
    return RedirectResponse("/sources", status_code=303)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, d: Desk = Depends(desk)) -> Response:
    return render(request, "entities.html", entities=d.entities())


@router.post("/entities/suggestions/{suggestion_id}/{decision}")
def entities_decide(request: Request, suggestion_id: str, decision: str, csrf: str = Form(...),
                    note: str = Form(""), d: Desk = Depends(desk)) -> Response:
    check_form(request, csrf)
    if decision not in {"accept", "reject"}:
        raise HTTPException(404, "decision must be accept or reject")
    pending = {s["id"]: s for e in d.entities() for s in e["suggestions"]}
    if suggestion_id not in pending:
        raise HTTPException(404, f"no open suggestion {suggestion_id!r}")
    d.record(request.state.principal.name, f"{decision}_alias", suggestion_id, pending[suggestion_id], note)
    return RedirectResponse("/entities", status_code=303)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, d: Desk = Depends(desk)) -> Response:
    return render(request, "documents.html", documents=list(d.store.iter_documents()))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, d: Desk = Depends(desk)) -> Response:
    doc = d.document(doc_id)
    _total, claims = d.search_claims(ClaimFilter(document=doc_id, limit=500))
    return render(request, "document.html", doc=doc, claims=claims)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, d: Desk = Depends(desk)) -> Response:
    return render(request, "audit.html", rows=d.audit())


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return render(request, "login.html", error=None)


@router.post("/login")
def login(request: Request, token: str = Form(...)) -> Response:
    if lookup(request.app.state.cl.tokens, token) is None:
        return render(request, "login.html", error="unknown token")
    response = RedirectResponse("/claims", status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return response

"""The ledger over time: after a document is stored, link its claims to the stored ones and regrade.

Incremental: a new document's claims are embedded once and compared with the vectors kept in
`claim_vectors`; only the claims it touches are regraded, and each new grade is a new `grades` row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, delete, func, insert, select, update

from ..grade.admiralty import ClaimFacts, Evidence, grade_facts
from ..grade.registry import SourceRegistry
from ..grade.track_record import TrackRecord, TrackRecordPolicy
from ..link.crossdoc import ClaimView, link_new_claims
from ..link.embed import Embedder
from ..link.index import TRAIN_AT, assign_cells, cell_count, needs_retraining, probe_cells, train_centroids
from ..link.relations import origin_of
from ..link.shingles import jaccard, shingles
from ..model import Principal
from ..resolve.gazetteer import Gazetteer
from . import schema
from .repo import Store

REPRINT_JACCARD = 0.6
_VECTORS: dict[tuple[str, str], np.ndarray] = {}  # (model, claim id) -> vector; claims are immutable too
_SHINGLES: dict[str, frozenset[int]] = {}  # document id -> shingles; documents are immutable, so this never goes stale


def _doc_shingles(doc_id: str, text: str) -> frozenset[int]:
    got = _SHINGLES.get(doc_id)
    if got is None:
        if len(_SHINGLES) > 50_000:
            _SHINGLES.clear()
        got = _SHINGLES[doc_id] = shingles(text)
    return got


def similar_documents(conn: Connection, document_id: str, text: str, threshold: float,
                      limit: int = 5000) -> list[tuple[Any, float]]:
    """Stored documents (oldest first) whose shingles overlap ``text`` by ``threshold`` or more; each
    document is shingled once per process, since documents never change."""
    d = schema.documents
    others = conn.execute(select(d.c.id, d.c.publisher, d.c.path, d.c.url).where(d.c.id != document_id)
                          .order_by(d.c.ingested_at).limit(limit)).all()
    missing = [o.id for o in others if o.id not in _SHINGLES]
    for chunk in range(0, len(missing), 900):
        for row in conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(missing[chunk:chunk + 900]))):
            _doc_shingles(row.id, row.text)
    mine = _doc_shingles(document_id, text)
    scored = ((o, jaccard(mine, _SHINGLES[o.id])) for o in others)
    return [(o, sim) for o, sim in scored if sim >= threshold]
SYMMETRIC = ("supports", "contradicts")


@dataclass(frozen=True, slots=True)
class LedgerUpdate:
    relations: int
    regraded: int
    reprint_of: str | None


def _facts(c: dict[str, Any], document_id: str, gazetteer: Gazetteer) -> ClaimFacts:
    src = c.get("source") or {}
    spoken_for = src.get("speaks_for")
    principal = Principal(spoken_for["name"], spoken_for["entity_id"]) if spoken_for else None
    subjects = {origin_of(gazetteer, e.get("entity_id"), e.get("name")) for e in c.get("entity_details") or []}
    return ClaimFacts(
        id=c["id"], document_id=document_id, source_kind=src.get("kind", "unattributed"),
        source_name=src.get("name"), source_entity_id=src.get("entity_id"),
        origin=origin_of(gazetteer, src.get("entity_id"), src.get("name"), principal), speaks_for=principal,
        subjects=frozenset(s for s in subjects if s), stance=c.get("stance", "asserts"), hedged=bool(c.get("hedged")),
        resolved_from=src.get("resolved_from"), relays=tuple(r.get("name", "") for r in c.get("relayed_by") or []),
        outlet_notes=tuple(c.get("outlet_notes") or ()),
        co_sources=tuple(s.get("name") or s.get("text") or "" for s in c.get("co_sources") or []))


def _measure_bounds(q: dict[str, Any]) -> tuple[str, float | None, float | None]:
    """(measure, low, high) in base units; analyses stored before units converted carry only ``unit_key``."""
    if "measure" in q:
        return q["measure"] or "", q.get("base_low"), q.get("base_high")
    return (q.get("unit_key") or "", q.get("low") if q.get("low") is not None else q.get("value"),
            q.get("high") if q.get("high") is not None else q.get("value"))


def _view(c: dict[str, Any], document_id: str) -> ClaimView:
    qs = tuple(_measure_bounds(q) for q in c.get("quantity_details") or [])
    words = tuple(w.lower() for w in (c.get("content") or {}).get("text", "").split())
    return ClaimView(c["id"], document_id, c.get("stance", "asserts"), words, qs)


def update_ledger(store: Store, document_id: str, embedder: Embedder, gazetteer: Gazetteer,
                  registry: SourceRegistry, policy: TrackRecordPolicy = TrackRecordPolicy()) -> LedgerUpdate:
    c, v, r, d = schema.claims, schema.claim_vectors, schema.relations, schema.documents
    with store.engine.connect() as conn:
        new_rows = conn.execute(select(c.c.id, c.c.data).where(c.c.document_id == document_id)
                                .order_by(c.c.position)).all()
    new_claims = [row.data for row in new_rows]
    if not new_claims:
        return LedgerUpdate(0, 0, None)
    vectors = embedder.embed([x["content"]["text"] for x in new_claims]).astype(np.float32)
    centroids = ensure_index(store, embedder.name)
    with store.engine.connect() as conn:
        text = conn.execute(select(d.c.text).where(d.c.id == document_id)).scalar_one()
        candidates = select(c.c.id, c.c.data, c.c.document_id).join(v, v.c.claim_id == c.c.id) \
            .where(v.c.model == embedder.name)
        if centroids is not None:  # only the cells near the new claims: the search never reads the whole ledger
            cells = [int(x) for x in probe_cells(vectors, centroids)]
            candidates = candidates.where(v.c.cell.in_(cells) | v.c.cell.is_(None))
        stored = conn.execute(candidates).all()
        missing = [row.id for row in stored if (embedder.name, row.id) not in _VECTORS]
        for chunk in range(0, len(missing), 900):
            for vrow in conn.execute(select(v.c.claim_id, v.c.vector).where(v.c.model == embedder.name)
                                     .where(v.c.claim_id.in_(missing[chunk:chunk + 900]))):
                _VECTORS[(embedder.name, vrow.claim_id)] = np.frombuffer(vrow.vector, dtype=np.float32)
        similar = similar_documents(conn, document_id, text, REPRINT_JACCARD)
    reprint_of = similar[0][0].id if similar else None  # the earliest: the origin
    new_views = [_view(x, document_id) for x in new_claims]
    old_views = [_view(row.data, row.document_id) for row in stored]
    relations: list[tuple[str, str, str]] = []
    if stored:
        matrix = np.stack([_VECTORS[(embedder.name, row.id)] for row in stored])
        sims = vectors @ matrix.T
        if reprint_of is not None:  # a reprint relays its origin's claims; it adds no evidence of its own
            for i, x in enumerate(new_claims):
                for j, old in enumerate(stored):
                    if old.document_id == reprint_of and sims[i, j] >= 0.9:
                        relations.append((x["id"], old.data["id"], "relays"))
                        break
        else:
            relations = link_new_claims(new_views, old_views, sims)
    with store.engine.begin() as conn:
        new_cells: list[int | None] = [int(x) for x in assign_cells(vectors, centroids)] \
            if centroids is not None else [None] * len(new_claims)
        conn.execute(insert(v), [{"claim_id": x["id"], "model": embedder.name, "vector": vectors[i].tobytes(),
                                  "cell": new_cells[i]} for i, x in enumerate(new_claims)])
        existing = {(row.from_id, row.to_id, row.type) for row in conn.execute(select(r))}
        fresh = [rel for rel in relations if rel not in existing]
        if fresh:
            conn.execute(insert(r), [{"from_id": a, "to_id": b, "type": t, "reason": f"across documents ({t})"}
                                     for a, b, t in fresh])
        for a, b, t in fresh:
            if t in {"supports", "relays"}:
                prop = conn.execute(select(c.c.proposition_id).where(c.c.id == b)).scalar_one()
                conn.execute(update(c).where(c.c.id == a).values(proposition_id=prop))
    touched = {x["id"] for x in new_claims} | {b for _a, b, _t in relations} | {a for a, _b, _t in relations}
    regraded = regrade(store, touched, gazetteer, registry, policy)
    return LedgerUpdate(len(relations), regraded, reprint_of)


_CENTROIDS: dict[tuple[str, int], np.ndarray] = {}  # (model, trained_on) -> centroids


def ensure_index(store: Store, model: str) -> np.ndarray | None:
    """The IVF centroids for ``model``'s vectors, trained (and every stored vector filed) once the store holds
    ``TRAIN_AT`` vectors, and again only when it has grown ``GROWTH_BEFORE_RETRAIN``-fold; None below that."""
    v, ix = schema.claim_vectors, schema.vector_index
    with store.engine.connect() as conn:
        row = conn.execute(select(ix.c.trained_on, ix.c.dim, ix.c.centroids).where(ix.c.model == model)).first()
        count = conn.execute(select(func.count()).select_from(v).where(v.c.model == model)).scalar_one()
    if row is not None:
        key = (model, row.trained_on)
        if key not in _CENTROIDS:
            _CENTROIDS[key] = np.frombuffer(row.centroids, dtype=np.float32).reshape(-1, row.dim)
        if not needs_retraining(row.trained_on, count):
            return _CENTROIDS[key]
    if count < TRAIN_AT:
        return None
    return _train_index(store, model, count)


def _train_index(store: Store, model: str, count: int) -> np.ndarray:
    v, ix = schema.claim_vectors, schema.vector_index
    with store.engine.begin() as conn:
        rows = conn.execute(select(v.c.claim_id, v.c.vector).where(v.c.model == model)).all()
        matrix = np.stack([np.frombuffer(x.vector, dtype=np.float32) for x in rows])
        centroids = train_centroids(matrix, cell_count(len(rows)))
        cells = assign_cells(matrix, centroids)
        for cell in np.unique(cells):
            ids = [rows[int(i)].claim_id for i in np.flatnonzero(cells == cell)]
            for chunk in range(0, len(ids), 900):
                conn.execute(update(v).where(v.c.model == model).where(v.c.claim_id.in_(ids[chunk:chunk + 900]))
                             .values(cell=int(cell)))
        conn.execute(delete(ix).where(ix.c.model == model))
        conn.execute(insert(ix).values(model=model, trained_on=len(rows), dim=matrix.shape[1],
                                       centroids=centroids.tobytes(), trained_at=dt.datetime.now(dt.timezone.utc)))
    _CENTROIDS[(model, len(rows))] = centroids
    return centroids


def track_records(conn: Connection, entity_ids: set[str]) -> dict[str, TrackRecord]:
    """Per source entity: its claims, and how many of them are graded confirmed (credibility 1-2) or
    contradicted (5) now."""
    c = schema.claims
    out: dict[str, TrackRecord] = {}
    ids = sorted(entity_ids)
    for chunk in range(0, len(ids), 900):
        for row in conn.execute(select(c.c.source_entity_id, c.c.credibility, func.count().label("n"))
                                .where(c.c.source_entity_id.in_(ids[chunk:chunk + 900]))
                                .group_by(c.c.source_entity_id, c.c.credibility)):
            old = out.get(row.source_entity_id, TrackRecord(0, 0, 0))
            out[row.source_entity_id] = TrackRecord(
                old.claims + row.n, old.confirmed + (row.n if row.credibility in {1, 2} else 0),
                old.contradicted + (row.n if row.credibility == 5 else 0))
    return out


def _without(record: TrackRecord | None, credibility: int | None) -> TrackRecord | None:
    """A record less the claim being graded: a claim is never evidence of its own source's record."""
    if record is None:
        return None
    return TrackRecord(record.claims - 1, record.confirmed - (credibility in {1, 2}),
                       record.contradicted - (credibility == 5))


def regrade(store: Store, claim_ids: set[str], gazetteer: Gazetteer, registry: SourceRegistry,
            policy: TrackRecordPolicy = TrackRecordPolicy()) -> int:
    """Recompute the grades of ``claim_ids`` from every relation in the store; store the ones that changed."""
    c, r, g, d = schema.claims, schema.relations, schema.grades, schema.documents
    now = dt.datetime.now(dt.timezone.utc)
    changed = 0
    with store.engine.begin() as conn:
        rows = {row.id: row for row in conn.execute(select(c.c.id, c.c.data, c.c.document_id, c.c.credibility)
                                                    .where(c.c.id.in_(claim_ids)))}
        entity_ids = {str(e) for e in ((row.data.get("source") or {}).get("entity_id") for row in rows.values()) if e}
        records = track_records(conn, entity_ids) if policy.enabled else {}
        both = conn.execute(select(r.c.from_id, r.c.to_id, r.c.type).where(
            r.c.to_id.in_(claim_ids) | (r.c.from_id.in_(claim_ids) & r.c.type.in_(SYMMETRIC)))).all()
        # evidence for a claim: relations pointing at it, and symmetric ones starting from it
        incoming = [(x.from_id, x.to_id, x.type) for x in both if x.to_id in claim_ids] + \
                   [(x.to_id, x.from_id, x.type) for x in both if x.type in SYMMETRIC and x.from_id in claim_ids]
        sources = {a for a, _b, _t in incoming}
        other = {row.id: row for row in conn.execute(select(c.c.id, c.c.data, c.c.document_id, d.c.publisher)
                                                     .join(d, d.c.id == c.c.document_id)
                                                     .where(c.c.id.in_(sources)))}
        for cid, row in rows.items():
            facts = _facts(row.data, row.document_id, gazetteer)
            evidence = [Evidence(t, _facts(other[a].data, other[a].document_id, gazetteer))
                        for a, b, t in incoming if b == cid and a in other and t != "relays"]
            reprints = [other[a].publisher or other[a].document_id for a, b, t in incoming
                        if b == cid and t == "relays" and a in other and other[a].document_id != row.document_id]
            record = _without(records.get(facts.source_entity_id or ""), row.credibility)
            grade = grade_facts(facts, evidence, registry, reprints, record, policy)
            data = dict(row.data)
            if (data.get("grade"), data.get("reasons")) == (grade.code, list(grade.reasons)):
                continue
            data.update(credibility=grade.credibility, reliability=grade.reliability, grade=grade.code,
                        reasons=list(grade.reasons))
            conn.execute(update(c).where(c.c.id == cid).values(data=data, grade=grade.code,
                                                               credibility=grade.credibility,
                                                               reliability=grade.reliability))
            conn.execute(insert(g).values(claim_id=cid, grader=grade.grader, credibility=grade.credibility,
                                          reliability=grade.reliability, reasons=list(grade.reasons),
                                          computed_at=now))
            changed += 1
    return changed

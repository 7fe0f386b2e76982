"""Queries and audited actions for the analyst's desk (web UI and JSON API).

Analyst actions never overwrite machine output: each is an `audit` row (who, when, what, why), and what the
desk shows is the machine value with the latest action on top.
"""
from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, desc, func, insert, or_, select

from ..errors import NotFound
from ..grade.registry import LETTERS, SourceRegistry
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import alias_key
from ..units import conversion, unit_label
from . import schema
from .ledger import similar_documents
from .repo import Store

NEAR_DUPLICATE = 0.5  # shingle overlap shown as a near-duplicate on the document page
SORTS = {"date": "published", "grade": "grade", "source": "source_name", "stance": "stance"}
ACTIONS = ("override_grade", "set_reliability", "flag_extraction", "accept_alias", "reject_alias")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    source: str | None = None
    entity: str | None = None
    stance: str | None = None
    grade: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    document: str | None = None
    story: list[str] | None = None
    story_key: str | None = None  # "sty_...": resolved to the story's documents by the desk
    text: str | None = None
    sort: str = "date"
    descending: bool = False
    limit: int = 50
    offset: int = 0


@dataclass
class Desk:
    store: Store
    gazetteer: Gazetteer
    registry: SourceRegistry
    _stories: tuple[int, list[tuple[str, list[dict[str, Any]]]]] | None = field(default=None, repr=False)

    # --- claims -----------------------------------------------------------------------------------------
    def search_claims(self, f: ClaimFilter) -> tuple[int, list[dict[str, Any]]]:
        c, d = schema.claims, schema.documents
        conds: list[ColumnElement[bool]] = []
        if f.story_key:
            members = dict(self.stories()).get(f.story_key, [])
            conds.append(c.c.document_id.in_([x["id"] for x in members]))
        if f.source:
            like = f"%{f.source.lower()}%"
            conds.append(or_(func.lower(c.c.source_name).like(like), func.lower(c.c.source_text).like(like),
                             func.lower(c.c.co_source_names).like(like), c.c.source_entity_id == f.source))
        if f.stance:
            conds.append(c.c.stance == f.stance)
        if f.grade:
            g = f.grade.upper()
            conds.append(c.c.grade == g if len(g) == 2 else (c.c.reliability == g if g in LETTERS
                                                              else c.c.credibility == int(g)))
        if f.date_from:
            conds.append(c.c.published >= f.date_from)
        if f.date_to:
            conds.append(c.c.published <= f.date_to)
        if f.document:
            conds.append(c.c.document_id == f.document)
        if f.story is not None:
            conds.append(c.c.document_id.in_(f.story))
        if f.text:
            conds.append(func.lower(c.c.content_text).like(f"%{f.text.lower()}%"))
        if f.entity:
            m = schema.mentions
            sub = select(m.c.document_id).where(or_(m.c.entity_id == f.entity,
                                                    func.lower(m.c.name) == f.entity.lower()))
            conds.append(c.c.document_id.in_(sub))
        where = and_(*conds) if conds else None
        count_q = select(func.count()).select_from(c)
        if where is not None:
            count_q = count_q.where(where)
        col = getattr(c.c, SORTS.get(f.sort, "published"))
        order = [desc(col) if f.descending else col, c.c.document_id, c.c.position]
        q = select(c.c.data, c.c.proposition_id, c.c.document_id, c.c.published, d.c.external_id, d.c.path,
                   d.c.url, d.c.publisher).join(d, d.c.id == c.c.document_id)
        if where is not None:
            q = q.where(where)
        q = q.order_by(*order).limit(max(1, min(f.limit, 500))).offset(max(0, f.offset))
        with self.store.engine.connect() as conn:
            total = conn.execute(count_q).scalar_one()
            rows = conn.execute(q).all()
        items = []
        for row in rows:
            item = dict(row.data)
            item["proposition_id"] = row.proposition_id
            item["document"] = {"id": row.document_id, "external_id": row.external_id, "path": row.path,
                                "url": row.url, "publisher": row.publisher,
                                "published": row.published.isoformat() if row.published else None}
            items.append(item)
        self._apply_overrides(items)
        return total, items

    def _apply_overrides(self, items: list[dict[str, Any]]) -> None:
        latest = self.latest_actions("override_grade", [i["id"] for i in items])
        for item in items:
            act = latest.get(item["id"])
            item["machine_grade"] = item.get("grade")
            if act:
                v = act["value"] or {}
                item["credibility"] = v.get("credibility", item.get("credibility"))
                item["reliability"] = v.get("reliability", item.get("reliability"))
                item["grade"] = f"{item['reliability']}{item['credibility']}"
                item["override"] = act

    def claim(self, claim_id: str) -> dict[str, Any]:
        out = self.store.get_claim(claim_id)
        with self.store.engine.connect() as conn:
            text = conn.execute(select(schema.documents.c.text).where(
                schema.documents.c.id == out["document"]["id"])).scalar_one()
            other_ids = {r["to_id"] if r["from_id"] == out["id"] else r["from_id"] for r in out["relations"]}
            others = {row.id: row for row in conn.execute(
                select(schema.claims.c.id, schema.claims.c.source_name, schema.claims.c.content_text,
                       schema.claims.c.stance, schema.claims.c.grade).where(schema.claims.c.id.in_(other_ids)))}
        out["document_text"] = text
        for r in out["relations"]:
            other = others.get(r["to_id"] if r["from_id"] == out["id"] else r["from_id"])
            r["other"] = {"id": other.id, "source": other.source_name, "content": other.content_text,
                          "stance": other.stance, "grade": other.grade} if other else None
            r["direction"] = "out" if r["from_id"] == out["id"] else "in"
        self._apply_overrides([out])
        out["audit"] = self.audit(target=out["id"])
        return out

    # --- audit ------------------------------------------------------------------------------------------
    def record(self, author: str, action: str, target: str, value: dict[str, Any] | None, note: str) -> dict[str, Any]:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; valid: {', '.join(ACTIONS)}")
        row = {"at": dt.datetime.now(dt.timezone.utc), "author": author, "action": action, "target": target,
               "value": value, "note": note}
        with self.store.engine.begin() as conn:
            res = conn.execute(insert(schema.audit).values(**row))
            row["id"] = res.inserted_primary_key[0] if res.inserted_primary_key else None
        row["at"] = row["at"].isoformat() if isinstance(row["at"], dt.datetime) else row["at"]
        return row

    def audit(self, target: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        a = schema.audit
        q = select(a).order_by(desc(a.c.at), desc(a.c.id)).limit(limit)
        if target:
            q = q.where(a.c.target == target)
        with self.store.engine.connect() as conn:
            return [{**dict(r._mapping), "at": r.at.isoformat()} for r in conn.execute(q)]

    def latest_actions(self, action: str, targets: list[str] | None = None) -> dict[str, dict[str, Any]]:
        a = schema.audit
        q = select(a).where(a.c.action == action).order_by(a.c.at, a.c.id)
        if targets is not None:
            if not targets:
                return {}
            q = q.where(a.c.target.in_(targets))
        with self.store.engine.connect() as conn:
            return {r.target: {**dict(r._mapping), "at": r.at.isoformat()} for r in conn.execute(q)}

    def claim_exists(self, claim_id: str) -> None:
        with self.store.engine.connect() as conn:
            if conn.execute(select(schema.claims.c.id).where(schema.claims.c.id == claim_id)).first() is None:
                raise NotFound(f"no claim with id {claim_id!r}")

    # --- sources ----------------------------------------------------------------------------------------
    def sources(self) -> list[dict[str, Any]]:
        """Each source with the claims it made, alone or as one speaker of a joint report, and how many of those
        others confirmed or contradicted."""
        c, r = schema.claims, schema.relations
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(c.c.source_entity_id, c.c.source_name, c.c.source_kind,
                                       func.count().label("n")).group_by(c.c.source_entity_id, c.c.source_name,
                                                                         c.c.source_kind)).all()
            rel = conn.execute(select(c.c.source_entity_id, c.c.source_name, r.c.type, func.count().label("n"))
                               .join(r, r.c.to_id == c.c.id).group_by(c.c.source_entity_id, c.c.source_name,
                                                                      r.c.type)).all()
            joint = conn.execute(select(c.c.id, c.c.data).where(c.c.co_source_names.is_not(None))).all()
            joint_rel = conn.execute(select(r.c.to_id, r.c.type).where(
                r.c.to_id.in_([row.id for row in joint]))).all() if joint else []
        # the other speakers of joint reports, counted as the first speaker is
        co_rows: list[tuple[str | None, str | None, str, int]] = []
        co_rel: list[tuple[str | None, str | None, str, int]] = []
        types_to: defaultdict[str, list[str]] = defaultdict(list)
        for to_id, kind in joint_rel:
            types_to[to_id].append(kind)
        for row in joint:
            for co in row.data.get("co_sources") or []:
                eid, name = co.get("entity_id"), co.get("name") or co.get("text")
                co_rows.append((eid, name, co.get("kind") or "named", 1))
                co_rel.extend((eid, name, kind, 1) for kind in types_to[row.id])
        overrides = self.latest_actions("set_reliability")
        merged: dict[str, dict[str, Any]] = {}
        for eid, name, kind, n in [tuple(row) for row in rows] + co_rows:
            key = eid or f"name:{name or kind}"
            s = merged.setdefault(key, {"key": key, "entity_id": eid, "name": name or f"({kind})", "kind": kind,
                                        "claims": 0, "confirmed": 0, "contradicted": 0})
            s["claims"] += n
        for eid, name, kind, n in [tuple(row) for row in rel] + co_rel:
            key = eid or f"name:{name}"
            if key in merged:
                if kind in {"confirms", "supports"}:
                    merged[key]["confirmed"] += n
                elif kind in {"denies", "contradicts"}:
                    merged[key]["contradicted"] += n
        for s in merged.values():
            entry = self.registry.reliability(s["entity_id"])
            s["registry_reliability"] = entry.reliability if entry else self.registry.default
            s["registry_note"] = entry.note if entry else "not in the source registry"
            act = overrides.get(s["key"])
            s["reliability"] = (act["value"] or {}).get("reliability") if act else s["registry_reliability"]
            s["override"] = act
        return sorted(merged.values(), key=lambda s: (-s["claims"], s["name"]))

    # --- entities ---------------------------------------------------------------------------------------
    def entities(self) -> list[dict[str, Any]]:
        m = schema.mentions
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(m.c.entity_id, m.c.name, m.c.label, m.c.text,
                                       func.count().label("n")).group_by(m.c.entity_id, m.c.name, m.c.label,
                                                                         m.c.text)).all()
        out: dict[str, dict[str, Any]] = {}
        for row in rows:
            e = out.setdefault(row.entity_id, {"entity_id": row.entity_id, "name": row.name, "label": row.label,
                                               "mentions": 0, "surface": Counter(),
                                               "in_gazetteer": row.entity_id in self.gazetteer.entities})
            e["mentions"] += row.n
            e["surface"][row.text] += row.n
        accepted_all = self.latest_actions("accept_alias")
        decided = {**accepted_all, **self.latest_actions("reject_alias")}
        keys = {k: eid for k, eid in self.gazetteer.by_key.items() if len(k) >= 4}
        key_list = list(keys)
        for e in out.values():
            ent = self.gazetteer.get(e["entity_id"])
            e["aliases"] = list(ent.aliases) if ent else sorted(e["surface"])
            e["surface"] = [t for t, _ in e["surface"].most_common()]
            e["suggestions"] = []
            if ent is None:
                key = alias_key(e["name"])
                for cand in difflib.get_close_matches(key, key_list, n=2, cutoff=0.84):
                    target = self.gazetteer.get(keys[cand])
                    sid = f"{e['entity_id']}~{keys[cand]}"
                    if target is not None and sid not in decided:
                        e["suggestions"].append({"id": sid, "entity_id": target.id, "name": target.name,
                                                 "score": round(difflib.SequenceMatcher(None, key, cand).ratio(), 2)})
            e["same_as"] = [a["value"] for k, a in accepted_all.items() if k.startswith(f"{e['entity_id']}~")]
        return sorted(out.values(), key=lambda e: (-e["mentions"], e["name"]))

    # --- documents and stories ----------------------------------------------------------------------------
    def document(self, doc_id: str) -> dict[str, Any]:
        d = schema.documents
        with self.store.engine.connect() as conn:
            row = conn.execute(select(d).where(d.c.id == doc_id)).first()
            if row is None:
                raise NotFound(f"no document with id {doc_id!r}")
            similar = similar_documents(conn, doc_id, row.text, NEAR_DUPLICATE)
        out = {k: v for k, v in row._mapping.items() if k != "analysis"}
        out["published"] = row.published.isoformat() if row.published else None
        out["ingested_at"] = row.ingested_at.isoformat()
        dups = [{"id": o.id, "publisher": o.publisher, "path": o.path, "url": o.url, "similarity": round(sim, 2)}
                for o, sim in similar]
        out["near_duplicates"] = sorted(dups, key=lambda x: -x["similarity"])
        return out

    def stories(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """(story id, documents) for every story: the ids `claimledger stories` and export give."""
        from .stories import story_groups

        n = self.store.counts()["documents"]
        if self._stories is not None and self._stories[0] == n:
            return self._stories[1]
        groups = story_groups(self.store)
        self._stories = (n, groups)
        return groups

    def story(self, story_id: str) -> dict[str, Any]:
        """One story: its documents, its claims in ledger order and its quantity series."""
        docs = dict(self.stories()).get(story_id)
        if docs is None:
            raise NotFound(f"no story {story_id!r}")
        ids = [x["id"] for x in docs]
        _total, claims = self.search_claims(ClaimFilter(story=ids, limit=500))
        return {"story_id": story_id, "documents": docs, "claims": claims, "quantities": self.quantity_series(ids)}

    def quantity_series(self, document_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Each measure's quantities over time, by source: the story page's chart, drawn as ranges."""
        series: dict[str, list[dict[str, Any]]] = defaultdict(list)
        written: dict[str, Counter[str]] = defaultdict(Counter)  # measure -> units as written
        c = schema.claims
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(c.c.data, c.c.published).where(c.c.document_id.in_(document_ids))).all()
        for row in rows:
            for q in row.data.get("quantity_details") or []:
                key = q.get("unit_key") or q.get("unit") or ""
                if not key or q.get("kind") in {"fraction", "age"}:
                    continue
                low = q["low"] if q["low"] is not None else (0 if q["qualifier"] in {"<", "<="} else q["value"])
                high = q["high"] if q["high"] is not None else q["value"]
                measure = q.get("measure") or key
                if measure != key:  # "7 miles" and "11 km" meet on one chart, in the base unit ("metre")
                    key = measure
                    low = q["base_low"] if q.get("base_low") is not None else (
                        0 if q["qualifier"] in {"<", "<="} else q.get("base_high"))
                    high = q.get("base_high")
                    written[measure][q.get("unit") or ""] += 1
                series[key].append({"claim_id": row.data["id"], "source": row.data["source"].get("name")
                                    or row.data["source"].get("kind"), "date": row.published.isoformat()
                                    if row.published else None, "low": low, "high": high, "text": q["text"],
                                    "qualifier": q["qualifier"]})
        for measure, units in written.items():  # shown in the unit the reports use most: "tonne", not "kilogram"
            unit = units.most_common(1)[0][0]
            factor = (conversion(unit) or (measure, 1.0))[1]
            points = series.pop(measure)
            for p in points:
                p["low"] = None if p["low"] is None else p["low"] / factor
                p["high"] = None if p["high"] is None else p["high"] / factor
            series[unit_label(unit)] += points
        return {k: sorted(v, key=lambda x: x["date"] or "") for k, v in series.items() if len(v) >= 1}

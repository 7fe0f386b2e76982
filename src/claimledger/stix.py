"""STIX 2.1 export: Report per document, Identity per source, Note per claim, Opinion per denial or
confirmation, the Admiralty grade as `confidence` (GRADING.md mapping) and a TLP marking on every object."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from .model import joined_names

NAMESPACE = uuid.UUID("6f1d8e2a-5c1b-4f3e-9a77-1c2d3e4f5a6b")
TLP_CLEAR: dict[str, Any] = {  # the TLP:WHITE marking definition as published with STIX 2.1
    "type": "marking-definition", "spec_version": "2.1",
    "id": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "created": "2017-01-20T00:00:00.000Z",
    "definition_type": "tlp", "name": "TLP:WHITE", "definition": {"tlp": "white"},
}
CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
OPINION = {"confirms": "strongly-agree", "supports": "agree", "denies": "strongly-disagree",
           "contradicts": "disagree"}


def _id(kind: str, *key: object) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, '|'.join(str(k) for k in key))}"


def _ts(value: dt.datetime | None = None) -> str:
    v = value or dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    return v.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def stix_bundle(claims: Iterable[dict[str, Any]], relations: Iterable[dict[str, Any]],
                created: dt.datetime | None = None) -> dict[str, Any]:
    """A STIX 2.1 bundle for exported claims (as `export --format jsonl` writes them)."""
    now = _ts(created or dt.datetime.now(dt.timezone.utc))
    producer: dict[str, Any] = {"type": "identity", "spec_version": "2.1", "id": _id("identity", "claimledger"),
                                "created": now,
                "modified": now, "name": "claimledger", "identity_class": "system",
                "object_marking_refs": [TLP_CLEAR["id"]]}
    objects: dict[str, dict[str, Any]] = {TLP_CLEAR["id"]: TLP_CLEAR, producer["id"]: producer}
    common: dict[str, Any] = {"spec_version": "2.1", "created": now, "modified": now,
                              "created_by_ref": producer["id"],
              "object_marking_refs": [TLP_CLEAR["id"]]}
    reports: dict[str, dict[str, Any]] = {}
    note_of: dict[str, str] = {}
    for c in claims:
        doc = c.get("document") or {}
        authors, ident_ids = [], []
        for src in [c.get("source") or {}, *(c.get("co_sources") or [])]:  # a joint report has several authors
            source_name = src.get("name") or src.get("text") or f"{src.get('kind', 'unknown')} source"
            ident_id = _id("identity", src.get("entity_id") or source_name)
            objects.setdefault(ident_id, {"type": "identity", "id": ident_id, "name": source_name,
                                          "identity_class": "organization" if src.get("kind") != "vague" else "unknown",
                                          **common})
            authors.append(source_name)
            ident_ids.append(ident_id)
        note = {"type": "note", "id": _id("note", c["id"]), **common,
                "abstract": f"{joined_names(authors)} {c.get('stance', 'asserts')}: "
                            f"{(c.get('cue') or {}).get('text') or ''}".strip(),
                "content": (c.get("content") or {}).get("text") or "",
                "authors": authors, "object_refs": ident_ids,
                "labels": [f"admiralty:{c.get('grade')}", f"stance:{c.get('stance')}", f"kind:{c.get('kind')}"],
                "x_claimledger_grade": c.get("grade"), "x_claimledger_reasons": c.get("reasons") or []}
        if c.get("credibility") in CONFIDENCE:
            note["confidence"] = CONFIDENCE[c["credibility"]]
        objects[note["id"]] = note
        note_of[c["id"]] = note["id"]
        rid = _id("report", doc.get("id") or c["id"])
        published = doc.get("published")
        report = reports.setdefault(rid, {
            "type": "report", "id": rid, **common,
            "name": doc.get("path") or doc.get("url") or doc.get("external_id") or doc.get("id") or "document",
            "published": f"{published}T00:00:00.000Z" if published else now, "report_types": ["threat-report"],
            "object_refs": []})
        for ref in (note["id"], *ident_ids):
            if ref not in report["object_refs"]:
                report["object_refs"].append(ref)
    for r in relations:
        if r.get("type") not in OPINION or r.get("to") not in note_of or r.get("from") not in note_of:
            continue
        op = {"type": "opinion", "id": _id("opinion", r["from"], r["to"], r["type"]), **common,
              "opinion": OPINION[r["type"]], "explanation": r.get("reason") or r["type"],
              "object_refs": [note_of[r["to"]], note_of[r["from"]]]}
        objects[op["id"]] = op
    objects.update(reports)
    return {"type": "bundle", "id": _id("bundle", now, len(objects)), "objects": list(objects.values())}

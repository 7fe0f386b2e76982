"""The store: open (and migrate) a database by URL, write one document per transaction, read the ledger."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from ..contract import co_source_names, with_details
from ..errors import NotFound, StoreError
from ..model import Document
from . import schema


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    """The only place that knows about dialects: SQLite gets WAL and foreign keys, PostgreSQL psycopg 3. A value
    with no scheme is a SQLite file's path: ``ledger.db`` is ``sqlite:///ledger.db``."""
    if "://" not in url:
        url = "sqlite:///" + url
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    ini = resources.files("claimledger.store").joinpath("alembic.ini")
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(resources.files("claimledger.store").joinpath("migrations")))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database: {exc}") from exc


@dataclass(frozen=True, slots=True)
class SaveResult:
    document_id: str
    created: bool
    claims: int


@dataclass
class Store:
    engine: Engine

    @classmethod
    def open(cls, url: str) -> Store:
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def save(self, document: Document, analysis: dict[str, Any]) -> SaveResult:
        """Write one analysed document and everything read from it in a single transaction.

        Idempotent: a document whose id (publisher or URL + text fingerprint) is stored already changes nothing.
        """
        now = dt.datetime.now(dt.timezone.utc)
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == document.id)
                                      ).first()
                if exists:
                    return SaveResult(document.id, False, 0)
                conn.execute(insert(schema.documents).values(
                    id=document.id, external_id=document.external_id, path=document.path, url=document.url,
                    publisher=document.publisher, published=document.published, title=document.title,
                    language=document.language, text=document.text, text_sha256=document.text_sha256,
                    ingested_at=now, analysis=analysis))
                claim_rows, grade_rows = [], []
                for pos, c in enumerate(analysis["claims"]):
                    c = with_details(c, analysis)
                    src = c["source"]
                    claim_rows.append(dict(
                        id=c["id"], document_id=document.id, position=pos, source_kind=src["kind"],
                        source_text=src.get("text"), source_name=src.get("name"),
                        source_entity_id=src.get("entity_id"), co_source_names=co_source_names(c),
                        cue_text=(c.get("cue") or {}).get("text"),
                        content_start=c["content"]["start"], content_end=c["content"]["end"],
                        content_text=c["content"]["text"], stance=c["stance"], hedged=c["hedged"], kind=c["kind"],
                        proposition_id=c.get("proposition_id") or c["id"], extractor=c.get("extractor", ""),
                        data=c, grade=c.get("grade"), credibility=c.get("credibility"),
                        reliability=c.get("reliability"), published=document.published))
                    if c.get("grade"):
                        grade_rows.append(dict(claim_id=c["id"], grader=c.get("grader", "claimledger.admiralty.v1"),
                                               credibility=c["credibility"], reliability=c["reliability"],
                                               reasons=c["reasons"], computed_at=now))
                if claim_rows:
                    conn.execute(insert(schema.claims), claim_rows)
                if grade_rows:
                    conn.execute(insert(schema.grades), grade_rows)
                rel_rows = {(r["from"], r["to"], r["type"]): r.get("reason") for r in analysis["relations"]}
                if rel_rows:
                    conn.execute(insert(schema.relations), [dict(from_id=f, to_id=t, type=k, reason=why)
                                                            for (f, t, k), why in rel_rows.items()])
                mention_rows = {e["start"]: e for e in analysis["entities"]}
                if mention_rows:
                    conn.execute(insert(schema.mentions), [dict(document_id=document.id, **e)
                                                           for e in mention_rows.values()])
                q_rows = {q["start"]: q for q in analysis["quantities"]}
                if q_rows:
                    conn.execute(insert(schema.quantities), [dict(
                        document_id=document.id, start=q["start"], end=q["end"], text=q["text"], value=q["value"],
                        low=q["low"], high=q["high"], qualifier=q["qualifier"], unit=q["unit"])
                        for q in q_rows.values()])
                return SaveResult(document.id, True, len(claim_rows))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store document {document.id}: {exc}") from exc

    # --- reading ---------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in (("documents", schema.documents), ("claims", schema.claims),
                                    ("relations", schema.relations))}

    def iter_claims(self, *, source: str | None = None, stance: str | None = None, document_id: str | None = None,
                    limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Claims in ledger order with their document's metadata and latest grade."""
        d, c = schema.documents, schema.claims
        q = select(c.c.data, c.c.proposition_id, d.c.id, d.c.external_id, d.c.path, d.c.url, d.c.publisher,
                   d.c.published).join(d, d.c.id == c.c.document_id)
        if source:
            like = f"%{source.lower()}%"
            q = q.where(func.lower(c.c.source_name).like(like) | func.lower(c.c.source_text).like(like)
                        | func.lower(c.c.co_source_names).like(like))
        if stance:
            q = q.where(c.c.stance == stance)
        if document_id:
            q = q.where(d.c.id == document_id)
        q = q.order_by(d.c.published.is_(None), d.c.published, d.c.ingested_at, d.c.id, c.c.position)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield self._claim_row(row)

    @staticmethod
    def _claim_row(row: Any) -> dict[str, Any]:
        data = dict(row.data)
        data["proposition_id"] = row.proposition_id
        data["document"] = {"id": row.id, "external_id": row.external_id, "path": row.path, "url": row.url,
                            "publisher": row.publisher,
                            "published": row.published.isoformat() if row.published else None}
        return data

    def get_claim(self, claim_id: str) -> dict[str, Any]:
        """One claim (a unique id prefix is enough) with its evidence sentence, relations and grade history."""
        d, c = schema.documents, schema.claims
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.c.data, c.c.proposition_id, d.c.id, d.c.external_id, d.c.path, d.c.url,
                                       d.c.publisher, d.c.published, d.c.text)
                                .join(d, d.c.id == c.c.document_id).where(c.c.id.like(f"{claim_id}%"))
                                .limit(2)).all()
            if not rows:
                raise NotFound(f"no claim with id {claim_id!r}")
            if len(rows) > 1:
                raise NotFound(f"claim id prefix {claim_id!r} is ambiguous: give more characters")
            row = rows[0]
            out = self._claim_row(row)
            s, e = out["sentence"]["start"], out["sentence"]["end"]
            out["evidence"] = row.text[s:e]
            r = schema.relations
            out["relations"] = [dict(m._mapping) for m in conn.execute(
                select(r).where((r.c.from_id == out["id"]) | (r.c.to_id == out["id"])))]
            g = schema.grades
            out["grade_history"] = [
                {"grader": m.grader, "grade": f"{m.reliability}{m.credibility}", "reasons": m.reasons,
                 "computed_at": m.computed_at.isoformat()}
                for m in conn.execute(select(g).where(g.c.claim_id == out["id"]).order_by(g.c.computed_at))]
            return out

    def iter_documents(self, with_text: bool = False) -> Iterator[dict[str, Any]]:
        d = schema.documents
        cols = [d.c.id, d.c.external_id, d.c.path, d.c.url, d.c.publisher, d.c.published, d.c.title]
        if with_text:
            cols.append(d.c.text)
        with self.engine.connect() as conn:
            for row in conn.execute(select(*cols).order_by(d.c.ingested_at, d.c.id)):
                out = {"id": row.id, "external_id": row.external_id, "path": row.path, "url": row.url,
                       "publisher": row.publisher, "title": row.title,
                       "published": row.published.isoformat() if row.published else None}
                if with_text:
                    out["text"] = row.text
                yield out

    def iter_relations(self) -> Iterator[dict[str, Any]]:
        r = schema.relations
        with self.engine.connect() as conn:
            for row in conn.execute(select(r)):
                yield {"from": row.from_id, "to": row.to_id, "type": row.type, "reason": row.reason}

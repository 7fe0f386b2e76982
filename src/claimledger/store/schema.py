"""The tables. Documents are immutable and content-addressed; analyst actions are separate audit rows."""
from __future__ import annotations

from sqlalchemy import (
                        JSON,
                        Boolean,
                        Column,
                        Date,
                        DateTime,
                        Float,
                        ForeignKey,
                        Index,
                        Integer,
                        LargeBinary,
                        MetaData,
                        String,
                        Table,
                        Text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("external_id", String(256), index=True),
    Column("path", Text),
    Column("url", Text),
    Column("publisher", String(256), index=True),
    Column("published", Date, index=True),
    Column("title", Text),
    Column("language", String(16), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("text_sha256", String(64), nullable=False, index=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("analysis", JSON, nullable=False),  # the full `analyze` contract object, as computed at ingest
)

claims = Table(
    "claims", metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("source_text", Text),
    Column("source_name", Text, index=True),
    Column("source_entity_id", String(128), index=True),
    Column("co_source_names", Text),  # the other speakers of a joint report, "; "-joined
    Column("cue_text", Text),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("stance", String(16), nullable=False, index=True),
    Column("hedged", Boolean, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("proposition_id", String(64), index=True),
    Column("extractor", String(64), nullable=False),
    Column("data", JSON, nullable=False),  # the claim's contract object
    Column("grade", String(2), index=True),  # the machine grade when stored; overrides live in `audit`
    Column("credibility", Integer),
    Column("reliability", String(1)),
    Column("published", Date),  # the document's, copied so the ledger sorts without a join
    Index("ix_claims_published", "published", "document_id", "position"),
)

grades = Table(
    "grades", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("grader", String(64), nullable=False),
    Column("credibility", Integer, nullable=False),
    Column("reliability", String(1), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("computed_at", DateTime(timezone=True), nullable=False),
    Index("ix_grades_claim_time", "claim_id", "computed_at"),
)

relations = Table(
    "relations", metadata,
    Column("from_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("to_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("reason", Text),
)

mentions = Table(
    "mentions", metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("entity_id", String(128), nullable=False, index=True),
    Column("name", Text, nullable=False),
)

quantities = Table(
    "quantities", metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(8), nullable=False),
    Column("unit", Text, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("author", String(128), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(128), nullable=False, index=True),
    Column("value", JSON),
    Column("note", Text),
)

claim_vectors = Table(
    "claim_vectors", metadata,
    Column("claim_id", String(64), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(64), nullable=False),
    Column("vector", LargeBinary, nullable=False),
    Column("cell", Integer),  # the IVF cell (link/index.py); null until the index is trained
    Index("ix_claim_vectors_model_cell", "model", "cell"),
)

# the IVF centroids of one embedding model, trained once and kept (link/index.py)
vector_index = Table(
    "vector_index", metadata,
    Column("model", String(64), primary_key=True),
    Column("trained_on", Integer, nullable=False),
    Column("dim", Integer, nullable=False),
    Column("centroids", LargeBinary, nullable=False),
    Column("trained_at", DateTime(timezone=True), nullable=False),
)

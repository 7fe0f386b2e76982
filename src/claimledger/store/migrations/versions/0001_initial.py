"""The first schema: documents, claims, grades, relations, mentions, quantities, audit."""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("external_id", sa.String(256), index=True),
        sa.Column("path", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("publisher", sa.String(256), index=True),
        sa.Column("published", sa.Date, index=True),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("analysis", sa.JSON, nullable=False),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("source_text", sa.Text),
        sa.Column("source_name", sa.Text, index=True),
        sa.Column("source_entity_id", sa.String(128), index=True),
        sa.Column("cue_text", sa.Text),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("stance", sa.String(16), nullable=False, index=True),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("proposition_id", sa.String(64), index=True),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "grades",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(64), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("grader", sa.String(64), nullable=False),
        sa.Column("credibility", sa.Integer, nullable=False),
        sa.Column("reliability", sa.String(1), nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_grades_claim_time", "grades", ["claim_id", "computed_at"])
    op.create_table(
        "relations",
        sa.Column("from_id", sa.String(64), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("to_id", sa.String(64), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("reason", sa.Text),
    )
    op.create_table(
        "mentions",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.String(128), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
    )
    op.create_table(
        "quantities",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(8), nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(128), nullable=False, index=True),
        sa.Column("value", sa.JSON),
        sa.Column("note", sa.Text),
    )


def downgrade() -> None:
    for table in ("audit", "quantities", "mentions", "relations", "grades", "claims", "documents"):
        op.drop_table(table)

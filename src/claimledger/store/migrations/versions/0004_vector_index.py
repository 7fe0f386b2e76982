"""An inverted-file index over claim vectors: a cell per vector and the centroids per embedding model."""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("claim_vectors") as batch:
        batch.add_column(sa.Column("cell", sa.Integer))
        batch.create_index("ix_claim_vectors_model_cell", ["model", "cell"])
    op.create_table(
        "vector_index",
        sa.Column("model", sa.String(64), primary_key=True),
        sa.Column("trained_on", sa.Integer, nullable=False),
        sa.Column("dim", sa.Integer, nullable=False),
        sa.Column("centroids", sa.LargeBinary, nullable=False),
        sa.Column("trained_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vector_index")
    with op.batch_alter_table("claim_vectors") as batch:
        batch.drop_index("ix_claim_vectors_model_cell")
        batch.drop_column("cell")

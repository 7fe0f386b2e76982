"""Grade columns on claims for filtering and sorting the ledger, and indexes the claims page needs."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("grade", sa.String(2)))
        batch.add_column(sa.Column("credibility", sa.Integer))
        batch.add_column(sa.Column("reliability", sa.String(1)))
        batch.add_column(sa.Column("published", sa.Date))
        batch.create_index("ix_claims_grade", ["grade"])
        batch.create_index("ix_claims_published", ["published", "document_id", "position"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT c.id, c.data, d.published FROM claims c JOIN documents d "
                                "ON d.id = c.document_id")).fetchall()
    import json

    for cid, data, published in rows:
        obj = json.loads(data) if isinstance(data, str) else data
        conn.execute(sa.text("UPDATE claims SET grade = :g, credibility = :c, reliability = :r, published = :p "
                             "WHERE id = :i"), {"g": obj.get("grade"), "c": obj.get("credibility"),
                                                "r": obj.get("reliability"), "p": published, "i": cid})


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_index("ix_claims_published")
        batch.drop_index("ix_claims_grade")
        for col in ("published", "reliability", "credibility", "grade"):
            batch.drop_column(col)

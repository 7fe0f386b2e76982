"""The other speakers of a joint report, by name, so that the ledger finds "Pyongyang and Moscow deny ..." under
either; claims stored before keep an empty column, as they were stored one per speaker."""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("co_source_names", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("co_source_names")

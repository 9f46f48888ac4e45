"""The Komisi Informasi's ruling on a dispute.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    with op.batch_alter_table("disputes") as disputes:
        disputes.add_column(sa.Column("ruling", sa.String(32)))
        disputes.add_column(sa.Column("ruled_date", sa.Date))


def downgrade() -> None:
    with op.batch_alter_table("disputes") as disputes:
        disputes.drop_column("ruled_date")
        disputes.drop_column("ruling")

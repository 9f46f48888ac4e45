"""Jobs from watched inboxes: where the file came from, its tags, and whether its source was settled.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("jobs") as jobs:
        jobs.add_column(sa.Column("inbox", sa.Text))
        jobs.add_column(sa.Column("tags", sa.Text, nullable=False, server_default=""))
        jobs.add_column(sa.Column("class_hint", sa.String(32)))
        jobs.add_column(sa.Column("settled_at", sa.DateTime(timezone=True)))
    op.create_index("ix_jobs_path", "jobs", ["path"])
    with op.batch_alter_table("documents") as documents:
        documents.add_column(sa.Column("tags", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("documents") as documents:
        documents.drop_column("tags")
    op.drop_index("ix_jobs_path", "jobs")
    with op.batch_alter_table("jobs") as jobs:
        for column in ("settled_at", "class_hint", "tags", "inbox"):
            jobs.drop_column(column)

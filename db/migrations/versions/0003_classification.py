"""Class, confidence and fields of each document; officers' class corrections.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("documents") as documents:
        documents.add_column(sa.Column("cls", sa.String(32)))
        documents.add_column(sa.Column("confidence", sa.Float))
        documents.add_column(sa.Column("needs_review", sa.Boolean, nullable=False, server_default=sa.false()))
        documents.add_column(sa.Column("fields", sa.Text, nullable=False, server_default="{}"))
        documents.add_column(sa.Column("field_spans", sa.Text, nullable=False, server_default="{}"))
        documents.add_column(sa.Column("nik_info", sa.Text))
    op.create_index("ix_documents_needs_review", "documents", ["needs_review"])
    op.create_table(
        "class_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("old_cls", sa.String(32)),
        sa.Column("new_cls", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("class_corrections")
    op.drop_index("ix_documents_needs_review", "documents")
    with op.batch_alter_table("documents") as documents:
        for column in ("nik_info", "field_spans", "fields", "needs_review", "confidence", "cls"):
            documents.drop_column(column)

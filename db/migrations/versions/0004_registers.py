"""Registers of the SOP: requests, objections, disputes, incoming mail; workflow and notices.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def _numbered() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), unique=True),
        sa.Column("registration_number", sa.String(80), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "register_sequences",
        sa.Column("register", sa.String(32), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "requests",
        *_numbered(),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("regime", sa.String(16), nullable=False),
        *[sa.Column(name, sa.Text) for name in ("applicant_name", "address", "email", "occupation",
                                                 "information_requested", "purpose", "unit")],
        sa.Column("nik", sa.String(32)),
        sa.Column("phone", sa.String(32)),
        sa.Column("obtain_method", sa.String(32)),
        sa.Column("delivery_method", sa.String(32)),
        sa.Column("incomplete", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("extended", sa.Boolean, nullable=False),
        sa.Column("decision", sa.String(32)),
        sa.Column("rejection_ground", sa.String(32)),
        sa.Column("decision_details", sa.Text, nullable=False),
        sa.Column("decided_date", sa.Date),
        sa.Column("delivered_date", sa.Date),
        sa.Column("closed_date", sa.Date),
        sa.UniqueConstraint("year", "seq", name="uq_requests_year_seq"),
    )
    op.create_table(
        "objections",
        *_numbered(),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("requests.id"), index=True),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("applicant_name", sa.Text),
        sa.Column("nik", sa.String(32)),
        sa.Column("reference_registration_number", sa.String(80)),
        sa.Column("reason_code", sa.String(8)),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("decision", sa.String(32)),
        sa.Column("decided_date", sa.Date),
        sa.UniqueConstraint("year", "seq", name="uq_objections_year_seq"),
    )
    op.create_table(
        "disputes",
        *_numbered(),
        sa.Column("ki_register_number", sa.String(80)),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("requests.id"), index=True),
        sa.Column("objection_id", sa.Integer, sa.ForeignKey("objections.id")),
        sa.Column("applicant_name", sa.Text),
        sa.Column("nik", sa.String(32)),
        sa.Column("status", sa.String(32), nullable=False),
        sa.UniqueConstraint("year", "seq", name="uq_disputes_year_seq"),
    )
    op.create_table(
        "agenda",
        *_numbered(),
        sa.Column("letter_number", sa.Text),
        sa.Column("letter_date", sa.Date),
        sa.Column("sender", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("disposition_unit", sa.Text),
        sa.Column("status", sa.String(32), nullable=False),
        sa.UniqueConstraint("year", "seq", name="uq_agenda_year_seq"),
    )
    op.create_table(
        "transitions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False, index=True),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("from_state", sa.String(32)),
        sa.Column("to_state", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("on_date", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("number", sa.String(80), nullable=False, unique=True),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("requests.id"), index=True),
        sa.Column("objection_id", sa.Integer, sa.ForeignKey("objections.id")),
        sa.Column("transition_id", sa.Integer, sa.ForeignKey("transitions.id")),
        sa.Column("issued_date", sa.Date, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pdfa_path", sa.Text, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("notices", "transitions", "agenda", "disputes", "objections", "requests",
                  "register_sequences"):
        op.drop_table(table)

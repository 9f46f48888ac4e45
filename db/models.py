"""ORM tables shared by the pipeline, the search index and the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Job(Base):
    """One input file on its way through the pipeline; durable so that nothing is forgotten."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(64), default="umum")
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    inbox: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    class_hint: Mapped[str | None] = mapped_column(String(32))
    settled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A letter scanned page by page: its page images in order (JSON list); path is the first.
    parts: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """A letter as archived: the original bytes and a PDF/A copy, both addressed by sha256."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer)
    ocr: Mapped[bool]
    channel: Mapped[str] = mapped_column(String(64))
    original_path: Mapped[str] = mapped_column(Text)
    pdfa_path: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    tags: Mapped[str] = mapped_column(Text, default="")
    cls: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None]
    needs_review: Mapped[bool] = mapped_column(default=False)
    fields: Mapped[str] = mapped_column(Text, default="{}")
    field_spans: Mapped[str] = mapped_column(Text, default="{}")
    nik_info: Mapped[str | None] = mapped_column(Text)
    # JSON list of the fields OCR was unsure of, until a clerk checks them against the paper.
    fields_to_check: Mapped[str] = mapped_column(Text, default="[]")

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", order_by="Page.number", cascade="all, delete-orphan"
    )


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    ocr: Mapped[bool]

    document: Mapped[Document] = relationship(back_populates="pages")


class ClassCorrection(Base):
    """An officer's correction of a document's class: audited, and training data for retraining."""

    __tablename__ = "class_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    old_cls: Mapped[str | None] = mapped_column(String(32))
    new_cls: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FieldCorrection(Base):
    """A clerk's correction (or confirmation: old equals new) of a field read from a letter."""

    __tablename__ = "field_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """An append-only, hash-chained record of one step (see audit.chain)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    job_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class RegisterSequence(Base):
    """The last number given in one register in one year; its row lock makes numbers gapless."""

    __tablename__ = "register_sequences"

    register: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class RegisterEntry:
    """The columns every register shares: its number, its year and place in the year's
    sequence, the letter it records and when that letter arrived."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), unique=True)
    registration_number: Mapped[str] = mapped_column(String(80), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Request(RegisterEntry, Base):
    """An entry of the Register Permohonan Informasi Publik (Model PPID-C) and its workflow."""

    __tablename__ = "requests"

    start_date: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(16), default="badan_publik")
    regime: Mapped[str] = mapped_column(String(16), default="general")
    applicant_name: Mapped[str | None] = mapped_column(Text)
    nik: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(Text)
    occupation: Mapped[str | None] = mapped_column(Text)
    information_requested: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(Text)
    obtain_method: Mapped[str | None] = mapped_column(String(32))
    delivery_method: Mapped[str | None] = mapped_column(String(32))
    incomplete: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(32), index=True)
    unit: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(default=False)
    decision: Mapped[str | None] = mapped_column(String(32))
    rejection_ground: Mapped[str | None] = mapped_column(String(32))
    decision_details: Mapped[str] = mapped_column(Text, default="{}")
    decided_date: Mapped[date | None] = mapped_column(Date)
    delivered_date: Mapped[date | None] = mapped_column(Date)
    closed_date: Mapped[date | None] = mapped_column(Date)


class Objection(RegisterEntry, Base):
    """An entry of the Register Keberatan (Model PPID-G), decided by the Atasan PPID."""

    __tablename__ = "objections"

    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    applicant_name: Mapped[str | None] = mapped_column(Text)
    nik: Mapped[str | None] = mapped_column(String(32))
    reference_registration_number: Mapped[str | None] = mapped_column(String(80))
    reason_code: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(32), index=True)
    due_date: Mapped[date] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(32))
    decided_date: Mapped[date | None] = mapped_column(Date)


class Dispute(RegisterEntry, Base):
    """A dispute (sengketa informasi) before the Komisi Informasi, in the office's own list."""

    __tablename__ = "disputes"

    ki_register_number: Mapped[str | None] = mapped_column(String(80))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    objection_id: Mapped[int | None] = mapped_column(ForeignKey("objections.id"))
    applicant_name: Mapped[str | None] = mapped_column(Text)
    nik: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), default="DIAJUKAN")
    ruling: Mapped[str | None] = mapped_column(String(32))
    ruled_date: Mapped[date | None] = mapped_column(Date)


class AgendaEntry(RegisterEntry, Base):
    """An entry of the Agenda Surat Masuk: other incoming mail and where it was sent."""

    __tablename__ = "agenda"

    letter_number: Mapped[str | None] = mapped_column(Text)
    letter_date: Mapped[date | None] = mapped_column(Date)
    sender: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    disposition_unit: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="TERCATAT")


class Transition(Base):
    """One step of a request, objection or dispute: who, when, why, and what it produced."""

    __tablename__ = "transitions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    event: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    on_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Notice(Base):
    """An outgoing letter the SOP requires, archived as PDF/A and linked to what it answers."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(80), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    objection_id: Mapped[int | None] = mapped_column(ForeignKey("objections.id"))
    transition_id: Mapped[int | None] = mapped_column(ForeignKey("transitions.id"))
    issued_date: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    pdfa_path: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

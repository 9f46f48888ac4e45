"""Officers' corrections of a letter's class, the review queue, and retraining from corrections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from audit import chain
from config.settings import Settings
from db.models import ClassCorrection, Document
from pipeline import classify
from pipeline.errors import ArsipError, ExitCode
from pipeline.synthetic import corpus
from registry.calendar import WorkingCalendar, office_today
from registry.registers import register_document, void_entry


class UsageError(ArsipError):
    exit_code = ExitCode.usage


def set_class(
    session: Session,
    settings: Settings,
    calendar: WorkingCalendar,
    document_id: int,
    cls: str,
    actor: str,
) -> Document:
    """Confirm or correct a document's class; the document leaves the review queue and enters
    its register (a registered letter whose class changes leaves its old register first)."""
    if cls not in classify.CLASSES:
        raise UsageError(
            f"kelas tidak dikenal / unknown class: {cls} ({', '.join(classify.CLASSES)})"
        )
    document = session.get(Document, document_id)
    if document is None:
        raise UsageError(f"dokumen tidak ada / no such document: {document_id}")
    session.add(
        ClassCorrection(document_id=document.id, old_cls=document.cls, new_cls=cls, actor=actor)
    )
    chain.append(
        session, "class_set", actor=actor, document_id=document.id, old=document.cls, new=cls,
        confidence=document.confidence,
    )  # fmt: skip
    if document.cls != cls:
        void_entry(
            session, document.id, actor=actor, today=office_today(settings.office),
            note=f"kelas dikoreksi / class corrected: {document.cls} -> {cls}",
        )  # fmt: skip
    document.cls = cls
    document.needs_review = False
    register_document(session, settings, calendar, document, actor=actor)
    return document


def review_queue(session: Session) -> Sequence[Document]:
    """Letters whose class waits for a clerk, or with fields to check against the paper."""
    waiting = or_(Document.needs_review.is_(True), Document.fields_to_check != "[]")
    return session.scalars(select(Document).where(waiting).order_by(Document.created_at)).all()


def corrected_examples(session: Session) -> list[tuple[str, str]]:
    """(text, class) for every document an officer classified, latest decision per document."""
    latest: dict[int, str] = {}
    for correction in session.scalars(select(ClassCorrection).order_by(ClassCorrection.id)):
        latest[correction.document_id] = correction.new_cls
    documents = session.scalars(select(Document).where(Document.id.in_(latest))).all()
    return [("\n".join(page.text for page in d.pages), latest[d.id]) for d in documents]


@dataclass(frozen=True)
class Retrained:
    kept_new: bool
    old_accuracy: float
    new_accuracy: float
    examples: int
    held_out: int


def retrain(session: Session, home: Path, actor: str) -> Retrained:
    """Train on synthetic letters plus corrections; keep the new model only if it scores at least
    as well as the current one on a held-back share of the corrections and of fresh letters."""
    examples = corrected_examples(session)
    train_pairs, held_pairs = classify.split_holdout(examples)
    fresh = corpus(200, seed=424242)
    held_texts = [text for text, _ in held_pairs] + [letter.text for letter in fresh]
    held_labels = [cls for _, cls in held_pairs] + [letter.cls for letter in fresh]
    current = classify.current_model(home)
    candidate = classify.train(train_pairs)
    old_score = classify.accuracy(current, held_texts, held_labels)
    new_score = classify.accuracy(candidate, held_texts, held_labels)
    kept_new = new_score >= old_score
    if kept_new:
        classify.save_model(candidate, home)
    chain.append(
        session, "classifier_retrained", actor=actor, examples=len(examples),
        held_out=len(held_pairs), old_accuracy=round(old_score, 4),
        new_accuracy=round(new_score, 4), kept_new=kept_new,
    )  # fmt: skip
    return Retrained(kept_new, old_score, new_score, len(examples), len(held_pairs))

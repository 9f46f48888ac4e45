"""The history of every register entry: one Transition row and one audit event per step."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from audit import chain
from db.models import Transition


def record(
    session: Session,
    entity: str,
    entity_id: int,
    event: str,
    from_state: str | None,
    to_state: str,
    *,
    actor: str,
    on_date: date,
    note: str = "",
    document_id: int | None = None,
    **details: Any,
) -> Transition:
    """Write the step and its audit event in the caller's transaction."""
    transition = Transition(
        entity=entity,
        entity_id=entity_id,
        event=event,
        from_state=from_state,
        to_state=to_state,
        actor=actor,
        note=note,
        on_date=on_date,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
    )
    session.add(transition)
    session.flush()
    chain.append(
        session,
        f"{entity}_{event}",
        actor=actor,
        document_id=document_id,
        entity_id=entity_id,
        from_state=from_state,
        to_state=to_state,
        note=note,
        on_date=on_date.isoformat(),
        transition_id=transition.id,
        **details,
    )
    return transition


def history(session: Session, entity: str, entity_id: int) -> list[Transition]:
    query = (
        select(Transition)
        .where(Transition.entity == entity, Transition.entity_id == entity_id)
        .order_by(Transition.id)
    )
    return list(session.scalars(query))

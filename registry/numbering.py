"""Registration numbers: one gapless sequence per register per year, formatted by a template.

The next number is taken with a single ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` on the
register's row of ``register_sequences``, inside the transaction that writes the register entry.
The row stays locked until that transaction ends (PostgreSQL row lock; SQLite's write lock), so
two workers can never take the same number, and a transaction that rolls back gives its number
back: no gaps, no duplicates.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from config.settings import RegistrySettings
from db.models import RegisterSequence

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
TEMPLATE_OF = {
    "permohonan": "request_number",
    "keberatan": "objection_number",
    "sengketa": "dispute_number",
    "agenda": "agenda_number",
    "naskah": "notice_number",
}


@dataclass(frozen=True)
class Number:
    text: str
    year: int
    seq: int


def next_seq(session: Session, register: str, year: int) -> int:
    """Take the next number of ``register`` in ``year``; held until the transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(RegisterSequence)
        .values(register=register, year=year, last=1)
        .on_conflict_do_update(
            index_elements=[RegisterSequence.register, RegisterSequence.year],
            set_={"last": RegisterSequence.last + 1},
        )
        .returning(RegisterSequence.last)
    )
    return int(session.execute(statement).scalar_one())


def format_number(template: str, seq: int, day: date) -> str:
    return template.format(
        seq=seq, year=day.year, month=day.month, month_roman=ROMAN_MONTHS[day.month - 1]
    )


def template_pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching every number the template can produce."""
    parts: list[str] = []
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        width = re.fullmatch(r"0?(\d+)d", spec or "")
        parts.append(
            {
                "seq": rf"\d{{{width.group(1) if width else 1},}}",
                "year": r"(?:19|20)\d\d",
                "month": r"\d{1,2}",
                "month_roman": "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")",
            }[name]
        )
    return re.compile("".join(parts))


def own_formats(settings: RegistrySettings) -> tuple[re.Pattern[str], ...]:
    """The formats of the numbers this office gives requests and objections, which letters cite."""
    return tuple(
        template_pattern(template)
        for template in (settings.request_number, settings.objection_number)
    )


def take_number(session: Session, settings: RegistrySettings, register: str, day: date) -> Number:
    """The next registration number of ``register`` for a record registered on ``day``."""
    seq = next_seq(session, register, day.year)
    template = getattr(settings, TEMPLATE_OF[register])
    return Number(format_number(template, seq, day), day.year, seq)

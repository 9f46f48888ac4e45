"""The office's working-day calendar, for the statutory deadlines (UU 14/2008, Perki 1/2019).

Counting convention (domain.md §6.3): the day a letter reaches the office is day 0 and is never
counted; the first counted day is the next working day. A letter received on a closed day, or at
or after the office's closing time (``office.closes``, office time zone), is deemed received on the
next working day, which then becomes day 0. A deadline of N working days is the end of office hours
of the Nth working day after day 0.

A working day is Monday to Friday, minus national holidays (``holidays`` package, country ID,
category public), minus cuti bersama (the package's government category plus the configured dates)
when ``calendar.cuti_bersama_is_workday`` is false, minus configured closures. Dates listed in
``calendar.workdays`` are working days even on a weekend or holiday (a decree that moved a
holiday); a configured closure still wins over them, being the office's own, later decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

from config.settings import CalendarSettings, OfficeSettings, Settings

WEEKEND_NAMES = {5: "Sabtu", 6: "Minggu"}
DEFAULT_CLOSURE_REASON = "Kantor tutup"
DEFAULT_CUTI_BERSAMA_REASON = "Cuti bersama"
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Urgency:
    """How close a deadline is: working days left (negative when overdue) and a state."""

    days_left: int
    state: str  # "on_time", "due_soon" or "overdue"


@dataclass(frozen=True)
class _YearHolidays:
    public: dict[date, str]
    government: dict[date, str]


MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date_id(day: date) -> str:
    """3 Februari 2026."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are read as UTC: times are stored in UTC, and SQLite drops the zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def office_today(office: OfficeSettings, now: datetime | None = None) -> date:
    """Today's date in the office's time zone (``now`` defaults to the current time)."""
    moment = as_utc(now) if now is not None else datetime.now(UTC)
    return moment.astimezone(ZoneInfo(office.timezone)).date()


def _package_holidays(year: int, category: str) -> dict[date, str]:
    found = holidays.country_holidays("ID", years=year, categories=(category,), language="id")
    return dict(found.items())


class WorkingCalendar:
    """Answers "is this a working day?" and counts working days; holiday data cached per year."""

    def __init__(self, calendar: CalendarSettings, office: OfficeSettings) -> None:
        self.office = office
        self.zone = ZoneInfo(office.timezone)
        self.cuti_bersama_is_workday = calendar.cuti_bersama_is_workday
        self._closures = {c.date: c.reason or DEFAULT_CLOSURE_REASON for c in calendar.closures}
        self._cuti_bersama = {
            c.date: c.reason or DEFAULT_CUTI_BERSAMA_REASON for c in calendar.cuti_bersama
        }
        self._workdays = frozenset(calendar.workdays)
        self._years: dict[int, _YearHolidays] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkingCalendar:
        return cls(settings.calendar, settings.office)

    def _year(self, year: int) -> _YearHolidays:
        """The package's holidays for one year, built on first use and kept for the process."""
        cached = self._years.get(year)
        if cached is None:
            cached = _YearHolidays(
                public=_package_holidays(year, holidays.PUBLIC),
                government=_package_holidays(year, holidays.GOVERNMENT),
            )
            self._years[year] = cached
        return cached

    def cuti_bersama_name(self, day: date) -> str | None:
        """The cuti bersama on ``day`` (config first, then the package), whether closed or not."""
        return self._cuti_bersama.get(day) or self._year(day.year).government.get(day)

    def why_closed(self, day: date) -> str | None:
        """Why the office is closed on ``day``: closure reason, holiday, cuti bersama, weekday name.

        None when ``day`` is a working day. A holiday on a weekend is named as the holiday.
        """
        if day in self._closures:
            return self._closures[day]
        if day in self._workdays:
            return None
        holiday = self._year(day.year).public.get(day)
        if holiday:
            return holiday
        if not self.cuti_bersama_is_workday:
            cuti = self.cuti_bersama_name(day)
            if cuti:
                return cuti
        return WEEKEND_NAMES.get(day.weekday())

    def is_working_day(self, day: date) -> bool:
        return self.why_closed(day) is None

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        day += ONE_DAY
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def start_date(self, received_at: datetime) -> date:
        """Day 0 of the clock for a letter received at ``received_at`` (UTC if naive)."""
        local = as_utc(received_at).astimezone(self.zone)
        day = local.date()
        if not self.is_working_day(day) or local.time() >= self.office.closes:
            return self.next_working_day(day)
        return day

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself is not counted)."""
        if days < 0:
            raise ValueError(f"days must not be negative, got {days}")
        day = start
        for _ in range(days):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negated when end < start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start + ONE_DAY
        while day <= end:
            if self.is_working_day(day):
                count += 1
            day += ONE_DAY
        return count

    def urgency(self, due: date, today: date, due_soon_days: int) -> Urgency:
        """Working days left until ``due`` and the state shown to the desk.

        Overdue means today is past the due date, even when no working day separates them (due on
        Friday, today Saturday: 0 days left, yet overdue).
        """
        days_left = self.working_days_between(today, due)
        if today > due:
            state = "overdue"
        elif days_left <= due_soon_days:
            state = "due_soon"
        else:
            state = "on_time"
        return Urgency(days_left=days_left, state=state)

"""The working-day calendar against the real `holidays` data (domain.md §6.3 and §10).

Every expected date below was counted by hand from the holiday lists in domain.md §10.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest

from config.settings import CalendarSettings, Closure, OfficeSettings, Settings
from registry.calendar import Urgency, WorkingCalendar, office_today

OFFICE = OfficeSettings()
D = date


def calendar(cuti_bersama_is_workday: bool = True, **extra: object) -> WorkingCalendar:
    settings = CalendarSettings(cuti_bersama_is_workday=cuti_bersama_is_workday, **extra)
    return WorkingCalendar(settings, OFFICE)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


WORKING = calendar(True)
CLOSED = calendar(False)


# --- the package's data is the calendar of domain.md §10 -------------------------------------


def days(year: int, month_days: str) -> list[date]:
    """Dates of ``year`` from "MM-DD" words."""
    return [date(year, *map(int, word.split("-"))) for word in month_days.split()]


PUBLIC_2025 = days(
    2025,
    "01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 "
    "08-17 09-05 12-25",
)
CUTI_2025 = days(2025, "01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 08-18 12-26")
PUBLIC_2026 = days(
    2026,
    "01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 "
    "08-17 08-25 12-25",
)
CUTI_2026 = days(2026, "02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24")


def closed_days(cal: WorkingCalendar, year: int) -> set[date]:
    """Closed Monday-to-Friday days of ``year`` (weekends would only add noise)."""
    day, closed = D(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and not cal.is_working_day(day):
            closed.add(day)
        day += timedelta(days=1)
    return closed


@pytest.mark.parametrize(
    ("year", "public", "cuti"), [(2025, PUBLIC_2025, CUTI_2025), (2026, PUBLIC_2026, CUTI_2026)]
)
def test_weekday_closures_match_domain_holiday_lists(
    year: int, public: list[date], cuti: list[date]
) -> None:
    weekday_public = {d for d in public if d.weekday() < 5}
    assert closed_days(WORKING, year) == weekday_public
    assert closed_days(CLOSED, year) == weekday_public | set(cuti)


# --- the worked examples of domain.md §6.3 ----------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "cuti_as_workday", "due"),
    [
        (D(2025, 3, 27), 10, True, D(2025, 4, 14)),
        (D(2025, 3, 27), 10, False, D(2025, 4, 22)),
        (D(2025, 3, 27), 17, True, D(2025, 4, 24)),
        (D(2025, 3, 27), 17, False, D(2025, 5, 2)),
        (D(2026, 3, 16), 3, True, D(2026, 3, 20)),
        (D(2026, 3, 16), 3, False, D(2026, 3, 26)),
        (D(2025, 5, 26), 30, True, D(2025, 7, 10)),
        (D(2025, 5, 26), 30, False, D(2025, 7, 14)),
    ],
)
def test_worked_examples(start: date, days: int, cuti_as_workday: bool, due: date) -> None:
    cal = calendar(cuti_as_workday)
    received = datetime.combine(start, time(9, 0), tzinfo=cal.zone)
    assert cal.start_date(received) == start
    assert cal.add_working_days(start, days) == due
    assert cal.working_days_between(start, due) == days


# --- holiday periods ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "with_cuti_working", "with_cuti_closed"),
    [
        # Idul Fitri 2025: Nyepi Sat 29 Mar, Eid 31 Mar-1 Apr, cuti 28 Mar and 2-4, 7 Apr.
        (D(2025, 3, 26), 3, D(2025, 4, 2), D(2025, 4, 9)),
        # Idul Fitri 2026: cuti 18 Mar, Nyepi 19 Mar, cuti 20 Mar, Eid Sat-Sun, cuti 23-24 Mar,
        # then Good Friday 3 Apr.
        (D(2026, 3, 17), 10, D(2026, 4, 1), D(2026, 4, 8)),
        # Idul Fitri 2027 (estimated): Nyepi Mon 8 Mar, cuti 9 Mar, Eid 10-11 Mar, cuti 12, 15 Mar.
        (D(2027, 3, 5), 3, D(2027, 3, 15), D(2027, 3, 18)),
        # Christmas 2025 (cuti Fri 26 Dec) into New Year 2026.
        (D(2025, 12, 24), 3, D(2025, 12, 30), D(2025, 12, 31)),
        (D(2025, 12, 24), 5, D(2026, 1, 2), D(2026, 1, 5)),
        # Christmas 2026 (cuti Thu 24 Dec), New Year 2027, Isra Mikraj Tue 5 Jan 2027.
        (D(2026, 12, 23), 10, D(2027, 1, 11), D(2027, 1, 12)),
        # New Year 2025 and 2026 (Wed, Thu) and 2027 (Fri).
        (D(2024, 12, 31), 1, D(2025, 1, 2), D(2025, 1, 2)),
        (D(2025, 12, 31), 1, D(2026, 1, 2), D(2026, 1, 2)),
        (D(2026, 12, 31), 1, D(2027, 1, 4), D(2027, 1, 4)),
    ],
)
def test_deadlines_across_holiday_periods(
    start: date, days: int, with_cuti_working: date, with_cuti_closed: date
) -> None:
    assert WORKING.add_working_days(start, days) == with_cuti_working
    assert CLOSED.add_working_days(start, days) == with_cuti_closed


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (D(2025, 3, 29), "Hari Suci Nyepi"),  # a Saturday: the holiday is named, not the weekday
        (D(2026, 3, 19), "Hari Suci Nyepi"),
        (D(2027, 3, 8), "Hari Suci Nyepi"),
        (D(2025, 3, 31), "Hari Raya Idul Fitri"),
        (D(2025, 4, 18), "Wafat Yesus Kristus"),
        (D(2025, 12, 25), "Hari Raya Natal"),
        (D(2027, 1, 1), "Tahun Baru Masehi"),
        (D(2030, 1, 1), "Tahun Baru Masehi"),
        (D(2025, 6, 14), "Sabtu"),
        (D(2025, 6, 15), "Minggu"),
        (D(2025, 6, 16), None),
        (D(2025, 12, 26), None),  # cuti bersama, worked by default
    ],
)
def test_why_closed_names_the_day(day: date, reason: str | None) -> None:
    assert WORKING.why_closed(day) == reason
    assert WORKING.is_working_day(day) is (reason is None)


def test_cuti_bersama_named_when_closed() -> None:
    assert CLOSED.why_closed(D(2025, 12, 26)) == "Cuti Bersama Hari Raya Natal"
    assert CLOSED.why_closed(D(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert CLOSED.why_closed(D(2025, 8, 18)) is not None  # added by SKB 933/2025
    assert WORKING.cuti_bersama_name(D(2026, 3, 20)) == "Cuti Bersama Hari Raya Idul Fitri"


def test_any_year_is_looked_up_and_cached() -> None:
    cal = calendar()
    assert cal.add_working_days(D(2029, 12, 28), 2) == D(2030, 1, 2)
    assert cal.why_closed(D(1990, 12, 25)) == "Hari Raya Natal"
    assert cal.why_closed(D(2025, 1, 1)) == "Tahun Baru Masehi"
    assert cal._year(2030) is cal._year(2030)


# --- when the clock starts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_at", "with_cuti_working", "with_cuti_closed"),
    [
        (utc(2025, 3, 27, 8, 59), D(2025, 3, 27), D(2025, 3, 27)),  # 15:59 WIB
        (utc(2025, 3, 27, 9, 0), D(2025, 3, 28), D(2025, 4, 8)),  # 16:00 WIB: closed
        (utc(2025, 3, 27, 9, 30), D(2025, 3, 28), D(2025, 4, 8)),  # 16:30 WIB
        (utc(2025, 3, 26, 23, 30), D(2025, 3, 27), D(2025, 3, 27)),  # 06:30 WIB next day
        (utc(2025, 3, 28, 2, 0), D(2025, 3, 28), D(2025, 4, 8)),  # on a cuti bersama
        (utc(2025, 6, 14, 2, 0), D(2025, 6, 16), D(2025, 6, 16)),  # Saturday
        (utc(2025, 6, 13, 10, 0), D(2025, 6, 16), D(2025, 6, 16)),  # Friday 17:00 WIB
        (utc(2025, 5, 1, 3, 0), D(2025, 5, 2), D(2025, 5, 2)),  # Hari Buruh
        (utc(2025, 12, 24, 9, 30), D(2025, 12, 26), D(2025, 12, 29)),  # before Christmas
        (utc(2026, 12, 31, 9, 30), D(2027, 1, 4), D(2027, 1, 4)),  # New Year's Eve, late
    ],
)
def test_start_date(received_at: datetime, with_cuti_working: date, with_cuti_closed: date) -> None:
    assert WORKING.start_date(received_at) == with_cuti_working
    assert CLOSED.start_date(received_at) == with_cuti_closed


def test_start_date_reads_naive_times_as_utc() -> None:
    assert WORKING.start_date(datetime(2025, 3, 27, 9, 30)) == D(2025, 3, 28)


def test_late_letter_deadline_counts_from_the_next_working_day() -> None:
    start = WORKING.start_date(utc(2026, 12, 23, 9, 30))  # Wed 16:30 WIB
    assert start == D(2026, 12, 24)
    assert WORKING.add_working_days(start, 10) == D(2027, 1, 12)


def test_office_closing_time_is_configurable() -> None:
    office = OfficeSettings(closes=time(15, 0))
    cal = WorkingCalendar(CalendarSettings(), office)
    assert cal.start_date(utc(2025, 3, 27, 8, 0)) == D(2025, 3, 28)  # 15:00 WIB


# --- configuration changes the result ----------------------------------------------------------


def test_closure_from_config() -> None:
    cal = calendar(closures=[Closure(date=D(2025, 4, 9), reason="Pemungutan suara ulang")])
    assert cal.why_closed(D(2025, 4, 9)) == "Pemungutan suara ulang"
    assert cal.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 15)


def test_closure_without_reason_still_says_why() -> None:
    cal = calendar(closures=[Closure(date=D(2025, 4, 9))])
    assert cal.why_closed(D(2025, 4, 9)) == "Kantor tutup"


def test_cuti_bersama_from_config() -> None:
    extra = [Closure(date=D(2025, 4, 10), reason="Cuti bersama tambahan")]
    closed = calendar(False, cuti_bersama=extra)
    assert closed.why_closed(D(2025, 4, 10)) == "Cuti bersama tambahan"
    assert closed.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 23)
    worked = calendar(True, cuti_bersama=extra)
    assert worked.is_working_day(D(2025, 4, 10))
    assert worked.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 14)


def test_workday_override_on_a_saturday_and_a_holiday() -> None:
    saturday = calendar(workdays=[D(2025, 4, 5)])
    assert saturday.why_closed(D(2025, 4, 5)) is None
    assert saturday.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 11)
    good_friday = calendar(False, workdays=[D(2025, 4, 18)])
    assert good_friday.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 21)


def test_closure_wins_over_workday_override() -> None:
    cal = calendar(workdays=[D(2025, 4, 5)], closures=[Closure(date=D(2025, 4, 5), reason="x")])
    assert not cal.is_working_day(D(2025, 4, 5))


def test_from_settings() -> None:
    settings = Settings(
        calendar=CalendarSettings(cuti_bersama_is_workday=False),
        office=OfficeSettings(timezone="Asia/Jakarta"),
    )
    cal = WorkingCalendar.from_settings(settings)
    assert cal.add_working_days(D(2025, 3, 27), 10) == D(2025, 4, 22)


# --- counting ------------------------------------------------------------------------------


def test_add_zero_days_returns_start_even_when_closed() -> None:
    assert WORKING.add_working_days(D(2025, 6, 14), 0) == D(2025, 6, 14)
    with pytest.raises(ValueError):
        WORKING.add_working_days(D(2025, 6, 14), -1)


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (D(2025, 3, 27), D(2025, 4, 14), 10),
        (D(2025, 4, 14), D(2025, 3, 27), -10),
        (D(2025, 4, 14), D(2025, 4, 14), 0),
        (D(2025, 6, 13), D(2025, 6, 16), 1),  # Friday to Monday
        (D(2025, 6, 14), D(2025, 6, 15), 0),  # Saturday to Sunday
        (D(2025, 6, 16), D(2025, 6, 14), -1),  # back from Monday to Saturday: Monday counted
    ],
)
def test_working_days_between(start: date, end: date, count: int) -> None:
    assert WORKING.working_days_between(start, end) == count


def test_between_inverts_add() -> None:
    start = D(2026, 12, 20)
    for days in range(0, 45):
        assert CLOSED.working_days_between(start, CLOSED.add_working_days(start, days)) == days


# --- urgency and today ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "today", "days_left", "state"),
    [
        (D(2025, 4, 14), D(2025, 4, 1), 9, "on_time"),
        (D(2025, 4, 14), D(2025, 4, 9), 3, "on_time"),
        (D(2025, 4, 14), D(2025, 4, 10), 2, "due_soon"),
        (D(2025, 4, 14), D(2025, 4, 12), 1, "due_soon"),  # Saturday
        (D(2025, 4, 14), D(2025, 4, 14), 0, "due_soon"),
        (D(2025, 4, 14), D(2025, 4, 15), -1, "overdue"),
        (D(2025, 4, 11), D(2025, 4, 12), 0, "overdue"),  # Friday's deadline, seen on Saturday
    ],
)
def test_urgency(due: date, today: date, days_left: int, state: str) -> None:
    assert WORKING.urgency(due, today, due_soon_days=2) == Urgency(days_left, state)


def test_urgency_is_frozen() -> None:
    urgency = WORKING.urgency(D(2025, 4, 14), D(2025, 4, 1), 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        urgency.days_left = 0  # type: ignore[misc]


def test_office_today() -> None:
    assert office_today(OFFICE, utc(2025, 3, 26, 16, 59)) == D(2025, 3, 26)  # 23:59 WIB
    assert office_today(OFFICE, utc(2025, 3, 26, 17, 0)) == D(2025, 3, 27)  # 00:00 WIB
    papua = OfficeSettings(timezone="Asia/Jayapura")
    assert office_today(papua, utc(2025, 3, 26, 15, 30)) == D(2025, 3, 27)
    assert isinstance(office_today(OFFICE), date)

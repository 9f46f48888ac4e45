"""The annual Laporan Layanan Informasi Publik against hand-counted figures (domain.md §7.10).

Working days were counted by hand from the 2026 holidays of domain.md §10, with cuti bersama as
working days (the default): day 0 is the start date and is not counted.

  start          decided        working days                                     deadline
  Mon  5 Jan     Wed  7 Jan      2  (6, 7)                                        10
  Mon 12 Jan     Mon 26 Jan      9  (16 Jan Isra Mikraj)                          10
  Mon  2 Feb     Mon 16 Feb     10  (16 Feb cuti bersama counts)                  10
  Fri 13 Feb     Fri 27 Feb      9  (17 Feb Imlek)                                10
  Wed  4 Mar     Thu 26 Mar     15  (19 Mar Nyepi; 20, 23, 24 Mar cuti bersama)   10: late
  Mon 16 Mar     Thu  2 Apr     12  (19 Mar Nyepi)                                17: extended
  Wed  1 Apr     Wed  8 Apr      4  (3 Apr Wafat Yesus)                           10
  Thu  7 May     Thu 21 May      9  (14 May Kenaikan; 15 May cuti bersama)        10

Eight decided: 70 working days, mean 8.75 -> 8.8, maximum 15, seven in time (87.5 %).
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pdfplumber
import pikepdf
import pytest
from sqlalchemy.orm import Session

from archive.pdfa import claims_pdfa
from config.settings import Settings
from db.engine import Database
from db.models import Dispute, Objection, Request, Transition
from registry.calendar import WorkingCalendar
from registry.report import MONTHS, AnnualReport, annual_report, write_report

CALENDAR = WorkingCalendar.from_settings(Settings())
OFFICE = Settings().office.name
D = date
SEQ = itertools.count(1)
NONE_12 = (None,) * 12


def month_counts(**by_month: int) -> tuple[int, ...]:
    """Twelve monthly counts from keywords like jan=2, mar=1."""
    names = [name.lower() for name in MONTHS]
    return tuple(by_month.get(name, 0) for name in names)


def add_request(
    session: Session,
    start: date,
    status: str,
    *,
    decision: str | None = None,
    ground: str | None = None,
    decided: date | None = None,
    extended: bool = False,
) -> Request:
    seq = next(SEQ)
    due = CALENDAR.add_working_days(start, 10)
    request = Request(
        registration_number=f"{seq:03d}/PPID/KPU-SS/{start.year}",
        year=start.year,
        seq=seq,
        received_at=datetime(start.year, start.month, start.day, 2, tzinfo=UTC),
        start_date=start,
        channel="permohonan",
        status=status,
        due_date=CALENDAR.add_working_days(due, 7) if extended else due,
        extended=extended,
        decision=decision,
        rejection_ground=ground,
        decided_date=decided,
    )
    session.add(request)
    session.flush()
    return request


def add_objection(
    session: Session,
    start: date,
    status: str,
    reason: str | None,
    decision: str | None = None,
) -> Objection:
    seq = next(SEQ)
    objection = Objection(
        registration_number=f"{seq:03d}/KEB/PPID/KPU-SS/{start.year}",
        year=start.year,
        seq=seq,
        received_at=datetime(start.year, start.month, start.day, 2, tzinfo=UTC),
        start_date=start,
        reason_code=reason,
        status=status,
        due_date=CALENDAR.add_working_days(start, 30),
        decision=decision,
        decided_date=CALENDAR.add_working_days(start, 20) if decision else None,
    )
    session.add(objection)
    session.flush()
    return objection


def add_dispute(
    session: Session, received_at: datetime, status: str = "DIAJUKAN", ruling: str | None = None
) -> None:
    seq = next(SEQ)
    number = f"{seq:03d}/SKI/PPID/KPU-SS/{received_at.year}"
    session.add(
        Dispute(
            registration_number=number,
            year=received_at.year,
            seq=seq,
            received_at=received_at,
            status=status,
            ruling=ruling,
        )
    )


def add_step(session: Session, entity: str, entity_id: int, to_state: str, on: date) -> None:
    session.add(
        Transition(
            entity=entity,
            entity_id=entity_id,
            event="test",
            to_state=to_state,
            actor="system",
            on_date=on,
        )
    )


def add_requests(session: Session) -> None:
    add_request(session, D(2026, 1, 5), "SELESAI", decision="diberikan", decided=D(2026, 1, 7))
    add_request(session, D(2026, 1, 12), "DISERAHKAN", decision="diberikan", decided=D(2026, 1, 26))
    add_request(
        session,
        D(2026, 2, 2),
        "DITOLAK",
        decision="ditolak",
        ground="dikecualikan",
        decided=D(2026, 2, 16),
    )
    add_request(
        session, D(2026, 2, 13), "DIBERIKAN_SEBAGIAN", decision="sebagian", decided=D(2026, 2, 27)
    )
    add_request(
        session,
        D(2026, 3, 4),
        "DITOLAK",
        decision="ditolak",
        ground="persyaratan_tidak_lengkap",
        decided=D(2026, 3, 26),
    )
    add_request(
        session,
        D(2026, 3, 16),
        "DITOLAK",
        decision="ditolak",
        ground="dikecualikan_uu_lain",
        decided=D(2026, 4, 2),
        extended=True,
    )
    add_request(
        session, D(2026, 4, 1), "TIDAK_DIKUASAI", decision="tidak_dikuasai", decided=D(2026, 4, 8)
    )
    add_request(
        session,
        D(2026, 5, 7),
        "BELUM_DIDOKUMENTASIKAN",
        decision="belum_didokumentasikan",
        decided=D(2026, 5, 21),
    )
    add_request(session, D(2026, 6, 3), "DITARIK")
    closed = add_request(session, D(2026, 6, 10), "SELESAI")  # withdrawn, then closed
    add_step(session, "request", closed.id, "DITARIK", D(2026, 6, 12))
    add_request(session, D(2026, 7, 1), "TIDAK_DITANGGAPI")
    add_request(session, D(2026, 8, 3), "DIPROSES")
    add_request(session, D(2026, 12, 14), "DIPERPANJANG", extended=True)
    # Neither counts: started in 2025 (decided in 2026), and a voided entry.
    add_request(session, D(2025, 12, 30), "SELESAI", decision="diberikan", decided=D(2026, 1, 5))
    add_request(session, D(2026, 1, 20), "DIBATALKAN")


def add_objections(session: Session) -> None:
    add_objection(session, D(2026, 2, 20), "DITOLAK", "a", "ditolak")
    add_objection(session, D(2026, 3, 30), "DIKABULKAN", "a", "dikabulkan")
    add_objection(session, D(2026, 4, 20), "SENGKETA_KI", "g", "ditolak")
    add_objection(session, D(2026, 7, 20), "LEWAT_WAKTU", "c")
    lapsed_then_ki = add_objection(session, D(2026, 8, 3), "SENGKETA_KI", "c")
    add_step(session, "objection", lapsed_then_ki.id, "LEWAT_WAKTU", D(2026, 9, 15))
    add_objection(session, D(2026, 9, 1), "TIDAK_DITERIMA", "e")
    add_objection(session, D(2026, 11, 2), "TERDAFTAR", None)
    add_objection(session, D(2025, 11, 3), "DIKABULKAN", "a", "dikabulkan")
    add_objection(session, D(2026, 5, 4), "DIBATALKAN", "b")
    add_dispute(session, datetime(2026, 5, 12, 3, tzinfo=UTC))
    add_dispute(session, datetime(2026, 9, 10, 3, tzinfo=UTC), "PUTUS", "mediasi_berhasil")
    add_dispute(session, datetime(2025, 12, 31, 18, tzinfo=UTC))  # 1 Jan 2026, 01:00 WIB
    add_dispute(session, datetime(2025, 6, 2, 3, tzinfo=UTC))
    add_dispute(session, datetime(2026, 6, 1, 3, tzinfo=UTC), status="DIBATALKAN")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('report') / 'a.db'}")
    db.migrate()
    with db.session() as session:
        add_requests(session)
        add_objections(session)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def report(database: Database) -> AnnualReport:
    with database.session() as session:
        return annual_report(session, CALENDAR, 2026)


@pytest.fixture(scope="module")
def outputs(report: AnnualReport, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("out")
    paths = {fmt: folder / f"laporan-2026.{fmt}" for fmt in ("pdf", "csv", "xlsx")}
    for fmt, path in paths.items():
        write_report(report, fmt, path)
    return paths


# --- figures -------------------------------------------------------------------------------------


def test_requests_count_by_start_month_without_other_years_or_voided(report: AnnualReport) -> None:
    row = report.row("requests")
    assert row.label == "Jumlah permintaan informasi"
    assert row.months == month_counts(jan=2, feb=2, mar=2, apr=1, mei=1, jun=2, jul=1, agu=1, des=1)
    assert row.total == 13
    assert report.year == 2026
    assert report.office == OFFICE


@pytest.mark.parametrize(
    ("key", "label", "months", "total"),
    [
        ("granted", "Dipenuhi seluruhnya", month_counts(jan=2), 2),
        ("partial", "Dipenuhi sebagian", month_counts(feb=1), 1),
        ("rejected", "Ditolak — jumlah", month_counts(feb=1, mar=2), 3),
        ("rejected_exempt", "Ditolak — informasi dikecualikan", month_counts(feb=1), 1),
        ("rejected_other_law", "Ditolak — dikecualikan undang-undang lain", month_counts(mar=1), 1),
        ("rejected_incomplete", "Ditolak — persyaratan tidak lengkap", month_counts(mar=1), 1),
        ("not_held", "Informasi tidak dikuasai", month_counts(apr=1), 1),
        ("not_documented", "Informasi belum didokumentasikan", month_counts(mei=1), 1),
        ("withdrawn", "Permintaan ditarik pemohon", month_counts(jun=2), 2),
        ("unanswered", "Tidak ditanggapi (lewat waktu)", month_counts(jul=1), 1),
        ("open", "Masih dalam proses", month_counts(agu=1, des=1), 2),
        ("extended", "Jangka waktu diperpanjang", month_counts(mar=1, des=1), 2),
        (
            "decided",
            "Telah diberi pemberitahuan tertulis",
            month_counts(jan=2, feb=2, mar=2, apr=1, mei=1),
            8,
        ),
        (
            "on_time",
            "Ditanggapi dalam jangka waktu",
            month_counts(jan=2, feb=2, mar=1, apr=1, mei=1),
            7,
        ),
    ],
)
def test_request_outcomes(
    report: AnnualReport, key: str, label: str, months: tuple[int, ...], total: int
) -> None:
    row = report.row(key)
    assert (row.label, row.months, row.total) == (label, months, total)


def test_outcomes_add_up_to_requests_received(report: AnnualReport) -> None:
    keys = (
        "granted",
        "partial",
        "rejected",
        "not_held",
        "not_documented",
        "withdrawn",
        "unanswered",
        "open",
    )
    assert sum(report.row(key).total or 0 for key in keys) == report.row("requests").total
    grounds = ("rejected_exempt", "rejected_other_law", "rejected_incomplete")
    assert sum(report.row(key).total or 0 for key in grounds) == report.row("rejected").total


def test_response_times_in_working_days(report: AnnualReport) -> None:
    mean = report.row("mean_days")
    assert mean.label == "Rata-rata waktu pemenuhan (hari kerja)"
    assert mean.months == (5.5, 9.5, 13.5, 4.0, 9.0, *NONE_12[5:])
    assert mean.total == 8.8  # 70 / 8 = 8.75, rounded half up
    longest = report.row("max_days")
    assert longest.months == (9, 10, 15, 4, 9, *NONE_12[5:])
    assert longest.total == 15


def test_share_in_time_counts_the_extension_and_nothing_else(report: AnnualReport) -> None:
    """16 Mar took 12 working days but was extended (17): in time. 4 Mar took 15 of 10: late."""
    share = report.row("on_time_share")
    assert share.months == (100.0, 100.0, 50.0, 100.0, 100.0, *NONE_12[5:])
    assert share.total == 87.5


def test_objections_by_reason_and_outcome(report: AnnualReport) -> None:
    def total(key: str) -> object:
        return report.row(key).total

    assert report.row("objections").months == month_counts(
        feb=1, mar=1, apr=1, jul=1, agu=1, sep=1, nov=1
    )
    assert total("objections") == 7
    reasons = {code: total(f"objection_reason_{code}") for code in "abcdefg"}
    assert reasons == {"a": 2, "b": 0, "c": 2, "d": 0, "e": 1, "f": 0, "g": 1}
    assert total("objection_reason_none") == 1
    assert report.row("objection_reason_a").label.startswith("Alasan a — penolakan")
    outcomes = {
        key: total(f"objection_{key}")
        for key in ("granted", "rejected", "lapsed", "not_accepted", "open", "dispute")
    }
    assert outcomes == {
        "granted": 1,
        "rejected": 2,
        "lapsed": 2,  # one still lapsed, one lapsed and then taken to the KI
        "not_accepted": 1,
        "open": 1,
        "dispute": 2,  # one rejected, one lapsed
    }
    assert report.row("objection_dispute").months == month_counts(apr=1, agu=1)


def test_disputes_count_by_receipt_date_in_the_office_zone(report: AnnualReport) -> None:
    row = report.row("disputes")
    assert row.label == "Jumlah permohonan sengketa informasi ke Komisi Informasi"
    assert row.months == month_counts(jan=1, mei=1, sep=1)
    assert row.total == 3
    assert report.row("dispute_mediasi_berhasil").months == month_counts(sep=1)
    assert report.row("dispute_open").total == 2
    assert report.row("dispute_ditolak").total == 0


def test_a_year_without_entries(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        empty = annual_report(session, CALENDAR, 2024)
    assert empty.row("requests").total == 0
    assert empty.row("mean_days").total is None
    assert empty.row("on_time_share").months == NONE_12
    write_report(empty, "csv", tmp_path / "kosong.csv")
    write_report(empty, "pdf", tmp_path / "kosong.pdf")
    assert claims_pdfa(tmp_path / "kosong.pdf") == "2B"


def test_unknown_format_is_refused(report: AnnualReport, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="odt"):
        write_report(report, "odt", tmp_path / "laporan.odt")


# --- files ---------------------------------------------------------------------------------------


def test_csv(outputs: dict[str, Path]) -> None:
    with outputs["csv"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Uraian", *MONTHS, "Jumlah"]
    by_label = {row[0]: row[1:] for row in rows[1:]}
    assert ",".join(by_label["Jumlah permintaan informasi"]) == "2,2,2,1,1,2,1,1,0,0,0,1,13"
    mean = by_label["Rata-rata waktu pemenuhan (hari kerja)"]
    assert ",".join(mean) == "5.5,9.5,13.5,4.0,9.0,,,,,,,,8.8"
    assert by_label["Ditolak — informasi dikecualikan"][-1] == "1"
    assert by_label["Jumlah keberatan"][-1] == "7"
    assert by_label["Jumlah permohonan sengketa informasi ke Komisi Informasi"][-1] == "3"
    assert len(rows) == 1 + 18 + 16 + 6  # header, requests, objections, disputes by outcome


def test_xlsx(outputs: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(outputs["xlsx"])
    assert book.sheetnames == ["Permintaan", "Keberatan", "Ringkasan"]
    requests = book["Permintaan"]
    header = [cell.value for cell in requests[1]]
    assert header == ["Uraian", *MONTHS, "Jumlah"]
    assert all(cell.font.bold for cell in requests[1])
    assert requests.column_dimensions["A"].width >= 40
    values = {row[0]: row[1:] for row in requests.iter_rows(min_row=2, values_only=True)}
    assert values["Jumlah permintaan informasi"] == (2, 2, 2, 1, 1, 2, 1, 1, 0, 0, 0, 1, 13)
    assert values["Waktu pemenuhan terlama (hari kerja)"][-1] == 15
    assert values["Ditanggapi dalam jangka waktu (%)"][-1] == 87.5
    objections = {row[0]: row[-1] for row in book["Keberatan"].iter_rows(values_only=True)}
    assert objections["Keberatan dikabulkan"] == 1
    assert objections["Keberatan dilanjutkan ke sengketa informasi"] == 2
    summary = [row for row in book["Ringkasan"].iter_rows(values_only=True)]
    assert summary[0][0] == "Laporan Layanan Informasi Publik Tahun 2026"
    assert summary[1][0] == OFFICE
    assert ("Rata-rata waktu pemenuhan (hari kerja)", 8.8) in summary


def test_pdf(outputs: dict[str, Path]) -> None:
    path = outputs["pdf"]
    assert claims_pdfa(path) == "2B"
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        images = sum(len(page.images) for page in pdf.pages)
        fonts = {char["fontname"].split("+")[-1] for page in pdf.pages for char in page.chars}
    assert "Laporan Layanan Informasi Publik Tahun 2026" in text
    assert OFFICE in text
    for line in (
        "Jumlah permintaan informasi 13",
        "Ditolak — informasi dikecualikan 1",
        "Rata-rata waktu pemenuhan (hari kerja) 8,8",
        "Waktu pemenuhan terlama (hari kerja) 15",
        "Ditanggapi dalam jangka waktu (%) 87,5",
        "Jumlah keberatan 7",
        "Jumlah permintaan informasi 2 2 2 1 1 2 1 1 0 0 0 1 13",
    ):
        assert line in text
    assert images >= 1
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_pdf_embeds_every_font(outputs: dict[str, Path]) -> None:
    with pikepdf.open(outputs["pdf"]) as pdf:
        for page in pdf.pages:
            for font in page.resources.get("/Font", pikepdf.Dictionary()).values():
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0] if descendants else font).get("/FontDescriptor")
                assert descriptor is not None
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))

"""The SOP from the command line: letters fill the registers, officers decide, refusals exit 4."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from config.settings import Settings
from db.engine import Database
from db.models import AuditEvent
from tests.conftest import SHARED_SAMPLE, Arsip

pytestmark = pytest.mark.skipif(
    not (SHARED_SAMPLE / "truth.jsonl").exists(), reason="../shared/sample absent"
)
NUMBER_PATTERNS = {
    "permohonan_informasi": r"\d{3}/PPID/KPU-SS/[IVX]+/20\d\d",
    "keberatan": r"\d{3}/KEB/PPID/KPU-SS/[IVX]+/20\d\d",
    "sengketa": r"\d{3}/SKI/PPID/KPU-SS/20\d\d",
    "surat_masuk": r"\d{4}/AG/20\d\d",
}
DIGITAL = ("s11_0009.pdf", "s11_0010.pdf", "s11_0001.pdf", "s11_0003.pdf", "s11_0007.pdf")
CONSEQUENCE = "Membuka dokumen ini mengungkap data pribadi pemilih yang dilindungi."


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _audit_actions(home: Path) -> list[tuple[str, str]]:
    database = Database(Settings(home=home).database_url)
    with database.session() as session:
        return [(e.action, e.actor) for e in session.scalars(select(AuditEvent))]


@pytest.fixture
def registered(arsip: Arsip) -> dict[str, dict]:
    code, outcomes = arsip.ingest(*(SHARED_SAMPLE / name for name in DIGITAL))
    assert code == 0
    return {Path(o["file"]).name: o for o in outcomes}


def test_every_letter_gets_a_number_of_its_register(registered: dict[str, dict]) -> None:
    for outcome in registered.values():
        assert re.fullmatch(NUMBER_PATTERNS[outcome["class"]], outcome["registration_number"])
    requests = [registered["s11_0009.pdf"], registered["s11_0010.pdf"]]
    assert {r["registration_number"][:3] for r in requests} == {"001", "002"}


def test_request_list_show_and_personal_data(arsip: Arsip, registered: dict[str, dict]) -> None:
    code, out, _ = arsip("request", "list", "--json")
    rows = _json_lines(out)
    assert code == 0 and len(rows) == 2
    assert {row["status"] for row in rows} == {"TERDAFTAR"}
    assert {row["urgency"] for row in rows} <= {"on_time", "due_soon"}
    number = registered["s11_0009.pdf"]["registration_number"]
    nik = registered["s11_0009.pdf"]["fields"]["nik"]
    code, out, _ = arsip("request", "show", number, "--json")
    shown = json.loads(out)
    assert shown["applicant_name"] == registered["s11_0009.pdf"]["fields"]["applicant_name"]
    assert nik not in out and shown["nik"].startswith(nik[:4]) and "x" in shown["nik"]
    assert [n["kind"] for n in shown["notices"]] == ["tanda_bukti"]
    assert (arsip.home / "archive" / shown["notices"][0]["file"]).is_file()
    assert ("personal_data_viewed", "auditor1") not in _audit_actions(arsip.home)
    code, out, _ = arsip("request", "show", number, "--json", "--full", "--by", "auditor1")
    assert json.loads(out)["nik"] == nik
    assert ("personal_data_viewed", "auditor1") in _audit_actions(arsip.home)


def test_decide_object_and_answer_from_the_cli(arsip: Arsip, registered: dict[str, dict]) -> None:
    number = registered["s11_0009.pdf"]["registration_number"]
    code, _, err = arsip("request", "decide", number, "ditolak", "--ground", "dikecualikan")
    assert code == 4 and "Pasal 17" in err
    code, _, err = arsip("request", "deliver", number)
    assert code == 4 and "TERDAFTAR" in err
    code, out, _ = arsip(
        "request",
        "decide",
        number,
        "ditolak",
        "--ground",
        "dikecualikan",
        "--pasal",
        "Pasal 17 huruf h",
        "--consequence",
        CONSEQUENCE,
        "--by",
        "ppid1",
        "--note",
        "Hasil uji konsekuensi",
    )
    assert code == 0 and "DITOLAK" in out
    objection = registered["s11_0001.pdf"]["registration_number"]
    code, out, _ = arsip("link", objection, number, "--by", "petugas1")
    assert code == 0 and "TERDAFTAR" in out
    code, _, err = arsip("objection", "decide", objection, "ditolak", "--response", " ")
    assert code == 4
    code, out, _ = arsip(
        "objection",
        "decide",
        objection,
        "dikabulkan",
        "--response",
        "Alasan tidak cukup kuat",
        "--order",
        "Berikan informasi dengan penghitaman",
        "--by",
        "atasan1",
    )
    assert code == 0 and "DIKABULKAN" in out
    code, out, _ = arsip("request", "show", number, "--json")
    shown = json.loads(out)
    assert shown["status"] == "DITOLAK"
    assert [step["by"] for step in shown["history"]] == ["system", "ppid1"]
    assert ("objection_decide", "atasan1") in _audit_actions(arsip.home)
    code, out, _ = arsip("deadlines", "--json")
    open_items = _json_lines(out)
    assert [item["registration_number"] for item in open_items] == [
        registered["s11_0010.pdf"]["registration_number"]
    ]
    code, out, _ = arsip("status", "--json")
    status = json.loads(out)
    assert status["open_on_time"] + status["open_due_soon"] == 1 and status["open_overdue"] == 0
    code, out, _ = arsip("audit", "verify")
    assert code == 0
    year = shown["start_date"][:4]
    target = arsip.home / "laporan.csv"
    code, _, _ = arsip("report", "--year", year, "--format", "csv", "--output", str(target))
    rows = {row[0]: row[-1] for row in csv.reader(target.read_text().splitlines())}
    assert code == 0 and rows["Jumlah permintaan informasi"] == "2"
    assert rows["Ditolak — informasi dikecualikan"] == "1"
    assert rows["Jumlah keberatan"] == "1"
    code, _, err = arsip("report", "--year", year, "--format", "doc")
    assert code == 4 and "pdf, csv or xlsx" in err


def test_letter_waiting_for_review_gets_its_number_on_confirmation(
    arsip: Arsip, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARSIP_CLASSIFY__REVIEW_THRESHOLD", "1.0")
    code, [outcome] = arsip.ingest(SHARED_SAMPLE / "s11_0009.pdf")
    assert code == 0 and outcome["needs_review"] and outcome["registration_number"] is None
    code, out, _ = arsip("request", "list", "--json")
    assert _json_lines(out) == []
    code, out, _ = arsip("classify", "set", str(outcome["document_id"]), "permohonan_informasi")
    assert code == 0 and re.search(NUMBER_PATTERNS["permohonan_informasi"], out)
    code, out, _ = arsip("request", "list", "--json")
    [row] = _json_lines(out)
    code, out, _ = arsip("request", "show", row["registration_number"], "--json")
    assert [n["kind"] for n in json.loads(out)["notices"]] == ["tanda_bukti"]
    code, out, _ = arsip("classify", "set", str(outcome["document_id"]), "surat_masuk")
    assert code == 0 and re.search(NUMBER_PATTERNS["surat_masuk"], out)
    code, out, _ = arsip("request", "list", "--json")
    assert [r["status"] for r in _json_lines(out)] == ["DIBATALKAN"]


def test_every_request_step_from_the_cli(arsip: Arsip, registered: dict[str, dict]) -> None:
    number = registered["s11_0010.pdf"]["registration_number"]
    steps = [
        ("request", "received", number, "2099-01-01"),  # refused: in the future
        ("request", "dispose", number, "--unit", "Subbagian Teknis"),
        ("request", "category", number, "badan_publik"),
        ("request", "extend", number, "belum_dikuasai", "--note", "Menunggu unit"),
        ("request", "decide", number, "diberikan", "--form", "softcopy"),
        ("request", "deliver", number, "--method", "email"),
        ("request", "close", number),
        ("request", "withdraw", number, "--note", "x"),  # refused: already closed
    ]
    codes = [arsip(*step, "--by", "ppid1")[0] for step in steps]
    assert codes == [4, 0, 0, 0, 0, 0, 0, 4]
    code, out, _ = arsip("request", "show", number, "--json")
    shown = json.loads(out)
    assert [step["to"] for step in shown["history"]] == [
        "TERDAFTAR",
        "DIPROSES",
        "DIPROSES",
        "DIPERPANJANG",
        "DIBERIKAN_SELURUHNYA",
        "DISERAHKAN",
        "SELESAI",
    ]
    assert [n["kind"] for n in shown["notices"]] == [
        "tanda_bukti",
        "perpanjangan",
        "pemberitahuan_tertulis",
    ]
    dispute = registered["s11_0007.pdf"]["registration_number"]
    assert arsip("dispute", "rule", dispute, "ditolak", "--note", "Amar")[0] == 4
    assert arsip("dispute", "stage", dispute, "mediasi")[0] == 0
    assert arsip("dispute", "rule", dispute, "mediasi_berhasil", "--note", "Sepakat")[0] == 0
    code, out, _ = arsip("dispute", "list", "--json")
    assert code == 0 and json.loads(out)["ruling"] == "mediasi_berhasil"

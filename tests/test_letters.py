"""Outgoing letters: each kind renders to PDF/A-2b with the right words, from editable templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from archive.pdfa import claims_pdfa
from config.settings import OfficeSettings, Regime
from registry.calendar import format_date_id
from registry.letters import (
    KINDS,
    LetterTemplateError,
    render_pdf,
    render_text,
    template_text,
    terbilang,
)

OFFICE = OfficeSettings()


def base_context(**extra: Any) -> dict[str, Any]:
    return {
        "number": "007/PPID/KPU-SS/XI/2026",
        "issued": date(2026, 11, 24),
        "request": {
            "registration_number": "042/PPID/KPU-SS/XI/2026",
            "received_date": date(2026, 11, 10),
            "applicant_name": "Siti Aminah",
            "address": "Jalan Merdeka No. 5, Palembang",
            "phone": "081234567890",
            "email": "siti@example.id",
            "occupation": "Wartawan",
            "information_requested": "Salinan DPT Kecamatan Ilir Barat I",
            "purpose": "Bahan liputan",
            "obtain_method": "salinan_softcopy",
            "delivery_method": "email",
            "due_date": date(2026, 11, 24),
            "channel": "langsung",
        },
        "deadlines": Regime().model_dump(),
        "officer": {
            "name": "Drs. Ahmad Fauzi",
            "title": OFFICE.ppid_title,
            "nip": "197001012000031001",
        },
        **extra,
    }


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def render(tmp_path: Path, kind: str, office: OfficeSettings = OFFICE, **extra: Any) -> str:
    target = tmp_path / f"{kind}.pdf"
    render_pdf(kind, base_context(**extra), office, target)
    assert claims_pdfa(target) == "2B"
    text = text_of(target)
    assert OFFICE.name in text and OFFICE.email in text  # the letterhead
    return " ".join(text.split())


def decision(**fields: Any) -> dict[str, Any]:
    return {"decision": fields}


def test_helpers() -> None:
    assert format_date_id(date(2026, 2, 3)) == "3 Februari 2026"
    assert set(KINDS) == {
        "tanda_bukti",
        "pemberitahuan_tertulis",
        "perpanjangan",
        "tanggapan_keberatan",
        "tanda_terima_keberatan",
    }
    assert terbilang(30) == "tiga puluh" and terbilang(14) == "empat belas"
    assert terbilang(7) == "tujuh" and terbilang(11) == "sebelas" and terbilang(100) == "seratus"
    assert terbilang(121) == "seratus dua puluh satu" and terbilang(250) == "dua ratus lima puluh"


def test_tanda_bukti(tmp_path: Path) -> None:
    text = render(
        tmp_path,
        "tanda_bukti",
        received_at_text="10 November 2026 pukul 10.15 WIB",
        clerk="Rina Marlina",
    )
    for expected in (
        "TANDA BUKTI PENERIMAAN",
        "042/PPID/KPU-SS/XI/2026",
        "Siti Aminah",
        "10 November 2026 pukul 10.15 WIB",
        "Salinan DPT Kecamatan Ilir Barat I",
        "paling lambat tanggal 24 November 2026",
        "keberatan",
        "Rina Marlina",
        "Palembang, 24 November 2026",
        "☒ Mendapatkan salinan informasi dalam bentuk elektronik",
        "☒ E-mail",
        "☐ Pos",
    ):
        assert expected in text, expected


def test_given(tmp_path: Path) -> None:
    text = render(
        tmp_path,
        "pemberitahuan_tertulis",
        **decision(outcome="diberikan", form="softcopy", cost=15000, period_days=3),
    )
    for expected in (
        "PEMBERITAHUAN TERTULIS",
        "Nomor: 007/PPID/KPU-SS/XI/2026",
        "Berdasarkan permintaan informasi pada tanggal 10 November 2026 dengan nomor "
        "pendaftaran 042/PPID/KPU-SS/XI/2026",
        "A. Informasi dapat diberikan",
        "Rp 15.000",
        "3 hari kerja",
        "Softcopy",
        "081234567890 / siti@example.id",
        "Atasan PPID",
        "30 (tiga puluh) hari kerja",
        "Drs. Ahmad Fauzi",
        "NIP 197001012000031001",
    ):
        assert expected in text, expected
    assert "DITOLAK" not in text


def test_partly_given(tmp_path: Path) -> None:
    text = render(
        tmp_path,
        "pemberitahuan_tertulis",
        **decision(
            outcome="sebagian",
            form="hardcopy",
            cost=0,
            pasal="Pasal 17 huruf h",
            explanation="NIK dan tanggal lahir pemilih dihitamkan",
        ),
    )
    assert "A. Informasi dapat diberikan sebagian" in text
    assert "NIK dan tanggal lahir pemilih dihitamkan" in text
    assert "Tidak dipungut biaya" in text and "Pasal 17 huruf h" in text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "outcome": "ditolak",
                "ground": "dikecualikan",
                "pasal": "Pasal 17 huruf h",
                "consequence": "Membuka data pribadi pemilih tanpa persetujuan",
            },
            [
                "INFORMASI YANG DIKECUALIKAN",
                "Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008",
                "Membuka data pribadi pemilih tanpa persetujuan",
                "PERMINTAAN INFORMASI DITOLAK",
                "KEPUTUSAN PPID TENTANG PENOLAKAN",
            ],
        ),
        (
            {
                "outcome": "ditolak",
                "ground": "dikecualikan_uu_lain",
                "pasal": "Pasal 79",
                "law": "Undang-Undang Nomor 24 Tahun 2013",
                "consequence": "Bocornya data kependudukan",
            },
            [
                "Pasal 79 Undang-Undang Nomor 24 Tahun 2013",
                "Bocornya data kependudukan",
                "PERMINTAAN INFORMASI DITOLAK",
            ],
        ),
        (
            {
                "outcome": "ditolak",
                "ground": "persyaratan_tidak_lengkap",
                "note": "fotokopi KTP belum dilampirkan",
            },
            [
                "belum memenuhi persyaratan",
                "fotokopi KTP belum dilampirkan",
                "PERMINTAAN INFORMASI DITOLAK",
            ],
        ),
        (
            {"outcome": "tidak_dikuasai", "holder": "Dinas Kependudukan Kota Palembang"},
            ["☒ Informasi yang diminta belum/tidak dikuasai", "Dinas Kependudukan Kota Palembang"],
        ),
        (
            {"outcome": "belum_didokumentasikan", "period_days": 5},
            ["☒ Informasi yang diminta belum didokumentasikan", "5 hari kerja"],
        ),
    ],
)
def test_not_given(tmp_path: Path, fields: dict[str, Any], expected: list[str]) -> None:
    text = render(tmp_path, "pemberitahuan_tertulis", decision=fields)
    assert "B. Informasi tidak dapat diberikan karena" in text
    for phrase in [*expected, "30 (tiga puluh) hari kerja", "Atasan PPID"]:
        assert phrase in text, phrase
    if fields["outcome"] != "ditolak":
        assert "DITOLAK" not in text


def test_perpanjangan(tmp_path: Path) -> None:
    extension = {
        "reason_text": "Informasi masih dihimpun dari KPU Kabupaten/Kota.",
        "new_due_date": date(2026, 12, 3),
        "original_due_date": date(2026, 11, 24),
    }
    text = render(tmp_path, "perpanjangan", extension=extension)
    for expected in (
        "Nomor : 007/PPID/KPU-SS/XI/2026",
        "Hal : Pemberitahuan Perpanjangan Waktu",
        "Yth. Sdr. Siti Aminah",
        "Informasi masih dihimpun dari KPU Kabupaten/Kota.",
        "paling lambat tanggal 3 Desember 2026",
        "24 November 2026",
        "Pasal 22 ayat (8)",
        "Drs. Ahmad Fauzi",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("outcome", ["dikabulkan", "ditolak"])
def test_tanggapan_keberatan(tmp_path: Path, outcome: str) -> None:
    objection = {
        "registration_number": "003/KEB/PPID/KPU-SS/XII/2026",
        "received_date": date(2026, 12, 1),
        "reason_code": "a",
        "reason_text": "penolakan berdasarkan alasan pengecualian",
        "decision": outcome,
        "response": "Data yang diminta telah diumumkan secara berkala.",
        "order": "memberikan salinan DPT dengan NIK dihitamkan",
    }
    officer = {"name": "Hendra Saputra", "title": OFFICE.atasan_title, "nip": ""}
    text = render(tmp_path, "tanggapan_keberatan", objection=objection, officer=officer)
    for expected in (
        "003/KEB/PPID/KPU-SS/XII/2026",
        "1 Desember 2026",
        "Pasal 35 ayat (1) huruf a",
        f"KEBERATAN {outcome.upper()}",
        "Data yang diminta telah diumumkan",
        "Komisi Informasi Provinsi Sumatera Selatan",
        "14 (empat belas) hari kerja",
        "Hendra Saputra",
        OFFICE.atasan_title,
    ):
        assert expected in text, expected
    assert ("memberikan salinan DPT" in text) == (outcome == "dikabulkan")
    assert "NIP" not in text


def test_office_template_overrides_packaged(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "perpanjangan.txt").write_text(
        "# SURAT KHUSUS KANTOR\nNomor | {{ number }}\n"
        "Batas baru {{ extension.new_due_date|tanggal }}"
    )
    office = OFFICE.model_copy(update={"templates_dir": templates})
    assert template_text("perpanjangan", office).startswith("# SURAT KHUSUS KANTOR")
    assert "Pasal 22" in template_text("perpanjangan", OFFICE)
    text = render(
        tmp_path,
        "perpanjangan",
        office,
        extension={"reason_text": "-", "new_due_date": "2026-12-03"},
    )
    assert "SURAT KHUSUS KANTOR" in text and "Batas baru 3 Desember 2026" in text
    assert "Pasal 22" not in text
    assert "Pasal 17" in template_text("pemberitahuan_tertulis", office)  # others: packaged


def test_undefined_variable_names_the_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "tanda_bukti.txt").write_text(
        "# TANDA BUKTI\n\nPemohon {{ request.nama_pemohon }}\n"
    )
    office = OFFICE.model_copy(update={"templates_dir": templates})
    with pytest.raises(LetterTemplateError, match=r"tanda_bukti\.txt, line 3.*nama_pemohon"):
        render_pdf(
            "tanda_bukti", base_context(received_at_text="-", clerk="-"), office, tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_user_text_is_text(tmp_path: Path) -> None:
    context = base_context(received_at_text="-", clerk="A & B <petugas>")
    context["request"]["information_requested"] = (
        "Data A & B <2024> | **tebal** tidak\n- bukan butir"
    )
    context["request"]["applicant_name"] = "# PT Maju & Jaya"
    markup = render_text("tanda_bukti", context, OFFICE)
    assert "<b>" not in markup and "**tebal**" not in markup
    target = tmp_path / "amp.pdf"
    render_pdf("tanda_bukti", context, OFFICE, target)
    text = text_of(target)
    assert "Data A & B <2024> | **tebal** tidak" in text
    assert "- bukan butir" in text and "A & B <petugas>" in text and "# PT Maju & Jaya" in text


def test_long_letter_numbers_its_pages(tmp_path: Path) -> None:
    response = " ".join(["Pertimbangan Atasan PPID atas keberatan ini panjang."] * 120)
    objection = {
        "registration_number": "1",
        "received_date": date(2026, 12, 1),
        "reason_code": "c",
        "reason_text": "-",
        "decision": "ditolak",
        "response": response,
    }
    target = tmp_path / "long.pdf"
    render_pdf("tanggapan_keberatan", base_context(objection=objection), OFFICE, target)
    with pdfplumber.open(target) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) >= 2
    assert all(OFFICE.name in page for page in pages)
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown letter kind"):
        template_text("surat_cinta", OFFICE)


def test_periods_in_the_letters_come_from_the_regime(tmp_path: Path) -> None:
    text = render(tmp_path, "tanda_bukti", received_at_text="10 November 2026", clerk="Budi")
    assert "30 (tiga puluh) hari kerja" in text
    shorter = Regime(objection_filing_days=20, dispute_filing_days=7).model_dump()
    text = render(tmp_path, "tanda_bukti", received_at_text="-", clerk="Budi", deadlines=shorter)
    assert "20 (dua puluh) hari kerja" in text and "30 (tiga puluh)" not in text


def test_tanda_terima_keberatan(tmp_path: Path) -> None:
    objection = {
        "registration_number": "003/KEB/PPID/KPU-SS/XI/2026",
        "received_date": date(2026, 11, 20),
        "reason_code": "a",
        "reason_text": "penolakan berdasarkan alasan pengecualian",
        "applicant_name": "Siti Aminah",
        "due_date": date(2027, 1, 6),
        "reference_registration_number": "042/PPID/KPU-SS/XI/2026",
    }
    text = render(tmp_path, "tanda_terima_keberatan", objection=objection, clerk="Budi")
    assert "003/KEB/PPID/KPU-SS/XI/2026" in text and "6 Januari 2027" in text
    assert "042/PPID/KPU-SS/XI/2026" in text and "Siti Aminah" in text


def test_a_very_long_request_runs_on_to_the_next_page(tmp_path: Path) -> None:
    documents = "; ".join(
        f"Salinan dokumen nomor {n} tentang tahapan Pemilihan" for n in range(150)
    )
    context = base_context(received_at_text="-", clerk="Budi")
    context["request"] = {**context["request"], "information_requested": documents}
    target = tmp_path / "panjang.pdf"
    render_pdf("tanda_bukti", context, OFFICE, target)
    text = " ".join(text_of(target).split())
    assert "dokumen nomor 149" in text and "Halaman 2" in text

"""A request filed through a proxy, both identities side by side in one table
(pipeline/parties.py): the fields are the applicant's, the person represented."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.checkboxes import Word
from pipeline.extract import extract_fields
from pipeline.parties import one_party
from tests.conftest import Arsip

OPENING = [
    "Palembang, 14 Agustus 2026",
    "Hal : Permohonan Informasi Publik melalui Kuasa",
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    "Yang bertanda tangan di bawah ini bertindak untuk dan atas nama Pemberi Kuasa berdasarkan",
    "Surat Kuasa Khusus tanggal 5 Agustus 2026, dengan identitas para pihak sebagai berikut:",
]
TABLE = [
    ("Uraian", "Pemberi Kuasa (Pemohon)", "Penerima Kuasa"),
    ("Nama", "Bambang Hidayat, A.Md.", "Syahrial Pratama"),
    ("NIK", "1604111312941768", "1671030505880007"),
    ("Pekerjaan", "Buruh Harian Lepas", "Nelayan"),
    ("No. HP/WA", "0813.0954.6357", "+62 877 7025 4964"),
    ("Hubungan", "-", "Kakak kandung Pemberi Kuasa"),
]
CLOSING = [
    "Alamat Pemberi Kuasa : Jl. Mayor Ruslan No. 139 Kel. Pasar Lama Kec. Lahat",
    "Alamat Penerima Kuasa : Dusun V Desa Karang Agung Kec. Kayuagung",
    "Pemberi Kuasa sedang dirawat di rumah sakit, sehingga permohonan ini kami ajukan melalui",
    "Penerima Kuasa. Adapun informasi yang dimohon adalah:",
    "1. Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024",
    "Informasi tersebut diperlukan oleh Pemberi Kuasa untuk referensi penelitian lembaga.",
]
COLUMNS = (72.0, 190.0, 360.0)


def _proxy_request(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 10)
    y = A4[1] - 72
    for line in OPENING:
        sheet.drawString(72, y, line)
        y -= 15
    for cells in TABLE:
        for x, cell in zip(COLUMNS, cells, strict=True):
            sheet.drawString(x, y, cell)
        y -= 15
    for line in CLOSING:
        sheet.drawString(72, y, line)
        y -= 15
    sheet.save()
    return path


def test_a_proxys_request_gives_the_represented_applicants_fields(
    arsip: Arsip, tmp_path: Path
) -> None:
    code, (outcome,) = arsip.ingest(_proxy_request(tmp_path / "kuasa.pdf"))
    assert code == 0
    fields = outcome["fields"]
    assert fields["applicant_name"] == "Bambang Hidayat, A.Md."
    assert fields["nik"] == "1604111312941768"
    assert fields["occupation"] == "Buruh Harian Lepas"
    assert fields["phone"] == "+6281309546357"
    assert fields["address"] == "Jl. Mayor Ruslan No. 139 Kel. Pasar Lama Kec. Lahat"
    assert fields["information_requested"] == (
        "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024"
    )
    assert fields["purpose"] == "Referensi penelitian lembaga"


def _line(number: int, *cells: tuple[float, str]) -> list[Word]:
    words = []
    for x, text in cells:
        for part in text.split():
            words.append(Word(part, x, number * 20, x + 8 * len(part), number * 20 + 12, number))
            x += 8 * len(part) + 5
    return words


def test_the_table_ends_where_a_line_runs_across_the_proxys_column() -> None:
    header = _line(0, (10, "Uraian"), (100, "Pemberi Kuasa"), (300, "Penerima Kuasa"))
    row = _line(1, (10, "Nama"), (100, "Ani"), (300, "Budi Santoso"))
    prose = _line(2, (10, "Pemberi Kuasa sedang menempuh pendidikan di luar provinsi kami"))
    kept = one_party([header, row, prose])
    assert kept is not None
    assert [word.text for word in kept[1]] == ["Nama", "Ani"]
    assert kept[2] == prose
    assert one_party([row, prose]) is None  # no heading, no proxy's column


def test_a_table_of_one_person_is_left_as_it_is() -> None:
    header = _line(0, (10, "Uraian"), (100, "Pemohon"))
    row = _line(1, (10, "Nama"), (100, "Ani"))
    assert one_party([header, row]) is None
    fields = extract_fields(["\n".join([*OPENING, "Nama : Ani", *CLOSING])], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Ani"


def test_a_joint_requests_second_applicant_is_left_out() -> None:
    """Two who ask together, their headings centred over their columns: the first is the
    applicant the register records, and her values stand close to the second's."""
    header = _line(0, (10, "Kami"), (150, "PEMOHON I"), (330, "PEMOHON II"))
    name = _line(1, (10, "Nama"), (100, "Ani Lestari"), (260, "Dewi Anggraini"))
    nik = _line(2, (10, "NIK"), (100, "1608142608861845"), (260, "1608126312910907"))
    address = _line(3, (10, "Alamat Pemohon I : Jl. Ahmad Yani No. 168, RT 16 RW 12 Gumawang"))
    kept = one_party([header, name, nik, address])
    assert kept is not None
    assert [word.text for word in kept[0]] == ["Kami", "PEMOHON", "I"]
    assert [word.text for word in kept[1]] == ["Nama", "Ani", "Lestari"]
    assert [word.text for word in kept[2]] == ["NIK", "1608142608861845"]
    assert kept[3] == address  # the prose below runs across the column: the table has ended

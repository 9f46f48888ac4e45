"""Known correspondents: a letterhead OCR read through a stamp, a logo or noise comes out as the
body that wrote, when it is clearly that one; anything else is kept as read. The letter texts are
OCR output of the kind the kept corpora gave."""

from __future__ import annotations

import pytest

from config.settings import CORRESPONDENTS, OfficeSettings
from pipeline.correspondents import recognise
from pipeline.extract import extract_fields

OWN_NAME = OfficeSettings().name
BODY = (
    "Nomor : 112/PAN-KI.SS/V/2025 Palembang, 7 Mei 2025\n"
    "Perihal : Panggilan Sidang\n\n"
    "Yth. Ketua KPU Provinsi Sumatera Selatan\ndi Palembang\n"
)


def sender_of(head: str, cls: str = "sengketa", known: list[str] = CORRESPONDENTS) -> object:
    text = f"{head}\n{BODY}"
    fields = extract_fields([text], cls)
    recognise(fields, [text], cls, known, OWN_NAME)
    return fields.values["sender_org"]


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        # Cut short by a received stamp over the line's end.
        (
            "KOMISI INFORMASI PROVINSI SUMATERA SELA!\n\nJl. Angkatan 45 No. 2, Palembang 30137",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        # A logo's specks run into the first word.
        (
            "MKOMISI PEMILIHAN UMUM REPUBLIK INDONESIA\nJl. Imam Bonjol No. 29, Jakarta 10310",
            "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
        ),
        # A stamp's letters after the name.
        (
            "PENGADILAN NEGERI PALEMBANG MIN\nJl. Kapten A. Rivai No. 16, Palembang",
            "PENGADILAN NEGERI PALEMBANG",
        ),
    ],
)
def test_a_damaged_letterhead_is_the_correspondent_it_nearly_names(head: str, sender: str) -> None:
    assert sender_of(head) == sender


def test_a_letterhead_too_damaged_to_be_read_is_found_among_the_top_lines() -> None:
    head = (
        "ya ppm PA\n8 ai\nmohon Mindoklpo di\n\n"
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN nana\n\n"
        "Jl. Angkatan 45 No. 2, Palembang 30137"
    )
    assert sender_of(head) == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def test_a_name_over_two_lines_is_found_whole() -> None:
    head = "KOMISI INFORMASI ~ a\nPROVINSI SUMATERA SELATAN nana\nJl. Angkatan 45 No. 2, Palembang"
    assert sender_of(head) == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def test_a_reading_as_near_to_two_regencies_is_kept_as_read() -> None:
    head = "KOMISI PEMILIHAN UMUM KABUPATEN OGAN KOMERING\nJl. Merdeka No. 1, Baturaja"
    assert sender_of(head, "surat_masuk") == "KOMISI PEMILIHAN UMUM KABUPATEN OGAN KOMERING"


def test_a_sender_the_list_does_not_know_is_kept() -> None:
    head = "LEMBAGA BANTUAN HUKUM PALEMBANG\nJl. Sudirman No. 12, Palembang"
    assert sender_of(head, "keberatan") == "LEMBAGA BANTUAN HUKUM PALEMBANG"


def test_the_offices_own_received_stamp_is_never_a_sender() -> None:
    head = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELAT\nDITERIMA\nTgl : 08 Mei 2025"
    assert sender_of(head, "keberatan") is None
    assert sender_of(head, "surat_masuk") is None
    letter = f"{head}\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Merdeka No. 1, Palembang"
    assert sender_of(letter, "surat_masuk") == "DINAS KOMUNIKASI DAN INFORMATIKA"


def test_the_offices_own_memo_is_its_own_mail() -> None:
    head = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELAT\nJl. Kapten A. Rivai No. 95, Palembang"
    assert sender_of(head, "surat_masuk") == OWN_NAME


def test_a_sender_written_in_mixed_case_is_kept_as_written() -> None:
    head = "Komisi Informasi Provinsi Sumatera Sel\nJl. Angkatan 45 No. 2, Palembang"
    assert sender_of(head) == sender_of(head, known=[])


def test_the_office_keeps_its_own_list() -> None:
    head = "YAYASAN KAJIAN KEBIJAKAN PUBLIK MUS!\nJl. Merdeka No. 9, Palembang"
    known = ["YAYASAN KAJIAN KEBIJAKAN PUBLIK MUSI"]
    assert sender_of(head, "surat_masuk", known) == "YAYASAN KAJIAN KEBIJAKAN PUBLIK MUSI"
    assert sender_of(head, "surat_masuk") == "YAYASAN KAJIAN KEBIJAKAN PUBLIK"


def test_where_a_lost_letterhead_was_found_is_kept_for_the_viewer() -> None:
    head = "8 ai\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN nana\nJl. Angkatan 45 No. 2"
    text = f"{head}\n{BODY}"
    fields = extract_fields([text], "sengketa")
    recognise(fields, [text], "sengketa", CORRESPONDENTS, OWN_NAME)
    span = fields.spans["sender_org"]
    assert "KOMISI INFORMASI" in text[span["start"] : span["end"]]


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "KOMISI PEMILIHAN UMUM KABUPATEN MUSI Nenen NE Ss Sela\n"
            "Telp. (0714) 542 806 Laman:\n\nBANYUASIN kab-sekayu.kpu.go.id\n",
            "KOMISI PEMILIHAN UMUM KABUPATEN MUSI BANYUASIN",
        ),
        (
            "KOMISI PEMILIHAN UMUM KABUPATEN M1, Ahmad Yani No. 59 Tebing Tinggi\n"
            "Telp. (0702) 577 811 Laman:\n\nEMPAT LAWANG kab-tebingtinggi.kpu.go.id\n",
            "KOMISI PEMILIHAN UMUM KABUPATEN EMPAT LAWANG",
        ),
        # No listed name's rest stands in the letterhead: kept as read.
        (
            "KOMISI PEMILIHAN UMUM KABUPATEN MUSI Jl. Merdeka 4\nTelp. (0714) 542 806\n",
            "KOMISI PEMILIHAN UMUM KABUPATEN MUSI",
        ),
    ],
)
def test_a_name_going_on_beside_the_address_column_is_completed(head: str, sender: str) -> None:
    assert sender_of(head, "surat_masuk") == sender


def test_a_unit_of_a_listed_body_keeps_its_own_name() -> None:
    """The secretariat's memo names the secretariat, not the commission it serves."""
    head = "SEKRETARIAT KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATAN\nMEMORANDUM"
    assert sender_of(head, "surat_masuk") == (
        "SEKRETARIAT KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
    )


def test_a_known_correspondents_printed_form_filled_in_by_a_person_has_no_sender() -> None:
    """A KPU kabupaten's objection form, its letterhead damaged: the person who filled it in
    objects, the office that printed it is not put back as the sender."""
    head = (
        "KOMISI PEMILIHAN UMUM KABUPATEN 0GAN 1LIR ~~\n"
        "FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK\n"
        "Nama : Rudi Nur Purba"
    )
    assert sender_of(head, "keberatan") is None

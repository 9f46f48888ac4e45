"""A voice message the desk wrote down: dated the day it came, its purpose said aloud."""

from __future__ import annotations

from pipeline.extract import extract_fields

TRANSCRIPT = (
    "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN\n"
    "BERITA ACARA TRANSKRIP PESAN SUARA WHATSAPP\n"
    "Nomor Pengirim +62 822 973 0568 Nama Profil Andi\n"
    "Diterima Rabu, 25 Maret 2026 pukul 07.03 WIB\n"
    "ISI PESAN (ditranskripsikan apa adanya):\n"
    "[00:06] Perkenalkan, nama saya Andi Zainal, alamat saya di Jl. Kol. Atmo No. 242 Lahat.\n"
    "[00:24] Saya mau menyampaikan keberatan atas permohonan informasi saya nomor\n"
    "pendaftaran 087/PPID/KPU-SS/II/2026.\n"
    "[00:41] Waktu itu saya minta data hasil pemutakhiran data pemilih berkelanjutan Semester II\n"
    "Tahun 2025, untuk kelengkapan bahan advokasi hukum.\n"
    "Palembang, 26 Maret 2026\n"
    "Yang mentranskripsikan,\nPetugas Layanan Informasi,\nRatna Effendi\n"
)


def test_a_transcript_is_dated_the_day_the_message_came() -> None:
    fields = extract_fields([TRANSCRIPT], "keberatan")
    assert fields.values["letter_date"] == "2026-03-25"


def test_a_purpose_said_aloud_after_what_was_asked_for() -> None:
    fields = extract_fields([TRANSCRIPT], "keberatan")
    assert fields.values["purpose"] == "Kelengkapan bahan advokasi hukum"


def test_a_letter_that_is_no_transcript_keeps_its_dateline() -> None:
    letter = TRANSCRIPT.replace("BERITA ACARA TRANSKRIP PESAN SUARA WHATSAPP", "SURAT KEBERATAN")
    assert extract_fields([letter], "keberatan").values["letter_date"] == "2026-03-26"

"""Shapes the fourteenth generator's letters showed: identity lines without labels, a KTP copy
behind the letter."""

from __future__ import annotations

from pipeline.extract import extract_fields

UNLABELLED = (
    "Hal : Permohonan Salinan Dokumen\n"
    "Yang bertanda tangan di bawah ini,\n"
    "Ir. Andi Dharma Tanjung\n"
    "No. KTP 1671151508690081\n"
    "Jl. Angkatan 45 No. 221 Lr. Damai RT 043/RW 01, Kel. Silaberanti, Palembang\n"
    "sehari-hari bekerja sebagai Buruh Harian Lepas\n"
    "0822-869-0762\n"
    "mengajukan permintaan informasi berupa:\n"
    "– Salinan Berita Acara Rekapitulasi (Model D.HASIL) di Kota Prabumulih\n"
)
CARD = (
    "FOTOKOPI KTP-el\nPROVINSI SUMATERA SELATAN\nKOTA PALEMBANG\nNIK : 1671151508690081\n"
    "Nama : ANDI DHARMA TANJUNG\nTempat/Tgl Lahir : KAYUAGUNG, 15-08-1969\n"
    "Kel/Desa : SILABERANTI\nPekerjaan : PEDAGANG\nBerlaku Hingga : SEUMUR HIDUP\n"
)


def test_the_work_said_on_a_line_of_its_own_is_the_occupation_not_the_cards() -> None:
    fields = extract_fields([UNLABELLED, CARD], "permohonan_informasi")
    assert fields.values["occupation"] == "Buruh Harian Lepas"


def test_a_ktp_copys_occupation_is_not_the_letters_when_the_letter_says_none() -> None:
    letter = UNLABELLED.replace("sehari-hari bekerja sebagai Buruh Harian Lepas\n", "")
    fields = extract_fields([letter, CARD], "permohonan_informasi")
    assert fields.values.get("occupation") is None
    assert fields.values["nik"] == "1671151508690081"

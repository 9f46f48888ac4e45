"""Extraction from the shapes a sixth blind corpus (bench/make_sixth_corpus.py, seed 6001) showed
going wrong: a legal body asking in its own name, a lawyer acting for a named client, an
address in a sentence that goes on with the NIK, …"""

from __future__ import annotations

from pipeline.extract import extract_fields


def fields_of(text: str | list[str], cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text] if isinstance(text, str) else text, cls).values


BODY_LETTER = (
    "PT SRIWIJAYA RISET INDONESIA\n"
    "Telp. 089616207348 E-mail: sri.sumsel@gmail.com\n"
    "Nomor : 102/SRI/SK/XI/2025\n"
    "Perihal : Permohonan Data\n"
    "Palembang, 10-11-2025\n"
    "Dengan hormat, PT Sriwijaya Riset Indonesia, badan hukum berdasarkan SK Kemenkumham Nomor\n"
    "AHU-43787.AH.01.06.Tahun 2018, beralamat di Jl. Merdeka No. 204 Komp. Griya Asri, Kel. Karang "
    "Jaya,\nPalembang, dalam hal ini diwakili oleh Yuliandri Koto, Lc., M.A. selaku Direktur "
    "Utama, dengan ini\nmengajukan permohonan informasi publik sebagai berikut:\n"
    "1. Data jumlah surat suara rusak per kabupaten/kota.\n"
    "PT Sriwijaya Riset Indonesia,\nDirektur Utama\nYuliandri Koto, Lc., M.A.\n"
)


def test_a_legal_body_asking_in_its_own_name_is_the_applicant_and_keeps_its_letterhead() -> None:
    values = fields_of(BODY_LETTER)
    assert values["applicant_name"] == "PT Sriwijaya Riset Indonesia"
    assert values["sender_org"] == "PT SRIWIJAYA RISET INDONESIA"
    assert values["address"] == "Jl. Merdeka No. 204 Komp. Griya Asri, Kel. Karang Jaya, Palembang"


def test_a_person_speaking_for_a_group_that_is_no_legal_body_stays_the_applicant() -> None:
    text = (
        "Kami, Jaringan Pemantau Pemilu Sumsel, beralamat di Jl. Merdeka No. 4, Palembang,\n"
        "melalui Reza Syahputra selaku Koordinator, mengajukan permohonan informasi.\n"
    )
    assert fields_of(text)["applicant_name"] == "Reza Syahputra"


def test_a_lawyer_acting_for_a_client_named_over_a_line_break_gives_the_client() -> None:
    text = (
        "Dengan hormat, kami Nyayu Fitriani, S.H., M.H., Advokat pada Law Office Susanto,\n"
        "berdasarkan Surat Kuasa Khusus bermeterai tertanggal 6 Juni 2026, bertindak untuk dan "
        "atas nama Togar\nSiregar, pekerjaan Nelayan, beralamat di Jl. Depati Said No. 76, Kel. "
        "Tanjung Enim,\nMuara Enim (Pemohon).\n\nKuasa Hukum Pemohon,\n\nNyayu Fitriani, S.H., "
        "M.H.\n"
    )
    values = fields_of(text, "keberatan")
    assert values["applicant_name"] == "Togar Siregar"
    assert values["occupation"] == "Nelayan"


def test_an_address_in_a_sentence_stops_before_the_nik_that_follows_it() -> None:
    text = (
        "Saya, yang bertanda tangan di bawah ini, Rizky Pratama, A.Md., pekerjaan Pengurus\n"
        "Partai Politik, beralamat di Jl. Diponegoro No. 21, Kel. Jokoh, Pagar Alam, dengan NIK\n"
        "1672090604810932 dan nomor telepon 0822-8376-6733, dengan ini mengajukan permohonan\n"
    )
    values = fields_of(text)
    assert values["address"] == "Jl. Diponegoro No. 21, Kel. Jokoh, Pagar Alam"
    assert values["nik"] == "1672090604810932"

"""Extraction from the shapes a seventh blind corpus (bench/make_seventh_corpus.py, seed 7001)
showed going wrong: a letterhead whose larger first line OCR read after its region line, a
council member or a party's officer naming themself with their office, a numbered article
restating its question before the answer, a journalist's purpose going on with the law."""

from __future__ import annotations

from pipeline.extract import extract_fields


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


DPRD_LETTER = (
    "PROVINSI SUMATERA SELATAN\n\n"
    "Jalan POM IX Kampus Palembang 30137\n"
    "Telepon 0711-570392 Laman: dprd.sumselprov.go.id\n\n"
    "TP DEWAN PERWAKILAN RAKYAT DAERAH\n\n"
    "Nomor : 081/F-PGRN/DPRD-SS/VI/2026 Palembang, 25 Juni 2026\n"
    "Hal : Permohonan Salinan Dokumen\n\n"
    "Dalam rangka pelaksanaan fungsi pengawasan, saya, Evi Ismail, S.T., Anggota Komisi\n"
    "I DPRD Provinsi Sumatera Selatan, dengan ini mengajukan permintaan informasi publik.\n"
)


def test_a_letterheads_name_read_after_its_region_line_comes_before_it() -> None:
    values = fields_of(DPRD_LETTER)
    assert values["sender_org"] == "DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI SUMATERA SELATAN"


def test_a_writer_naming_themself_with_their_office_is_the_applicant() -> None:
    assert fields_of(DPRD_LETTER)["applicant_name"] == "Evi Ismail, S.T."


def test_a_letterhead_of_one_region_line_and_nothing_after_it_stays() -> None:
    text = "PROVINSI SUMATERA SELATAN\nJl. Merdeka No. 4, Palembang\n\nNomor : 1/2026\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == "PROVINSI SUMATERA SELATAN"


def test_an_article_that_restates_its_question_gives_only_the_answer() -> None:
    text = (
        "Pasal 2\nInformasi yang Dimohon\n\n"
        "Informasi yang dimohon adalah salinan Keputusan KPU tentang penetapan anggota KPU\n"
        "Kabupaten/Kota periode 2023-2028 di Sumatera Selatan.\n\n"
        "Pasal 3\nTujuan Penggunaan Informasi\n\n"
        "Informasi sebagaimana dimaksud dalam Pasal 2 akan digunakan sebagai bahan penelitian\n"
        "skripsi pada Fakultas Ilmu Sosial dan Ilmu Politik.\n"
    )
    values = fields_of(text)
    assert values["information_requested"] == (
        "Salinan Keputusan KPU tentang penetapan anggota KPU Kabupaten/Kota periode 2023-2028 "
        "di Sumatera Selatan"
    )
    assert (
        values["purpose"] == "Bahan penelitian skripsi pada Fakultas Ilmu Sosial dan Ilmu Politik"
    )


def test_a_purpose_ends_before_the_law_it_invokes() -> None:
    text = (
        "Tujuan Penggunaan Informasi : Bahan liputan khusus menjelang evaluasi pemilihan, sesuai\n"
        "dengan fungsi pers sebagaimana diatur dalam Undang-Undang Nomor 40 Tahun 1999.\n"
    )
    assert fields_of(text)["purpose"] == "Bahan liputan khusus menjelang evaluasi pemilihan"

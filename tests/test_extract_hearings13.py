"""A commission's notice that a hearing is put off: the case's rows with a cell glued to its
value, the new schedule after "sebagai berikut:", and numbers OCR misread."""

from __future__ import annotations

from pipeline.extract import extract_fields
from pipeline.fields import normalise_number

NOTICE = (
    "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\n"
    "No. : 217/KI-SS/PS/IX/2025 Palembang, 5 September 2025\n"
    "Perihal : Pemberitahuan Penundaan Sidang Ajudikasi\n"
    "Nomor Register 060/REG-PSI/VII/2025\n"
    "Pemohon Mgs. Joko Putra Mahmud, S.T.\n"
    "Termohon PPID KPU Provinsi Sumatera Selatan\n"
    "{info}"
    "Jadwal sidang selanjutnya adalah sebagai berikut:\n"
    "Uraian Jadwal Semula Jadwal Pengganti\n"
    "Hari/Tanggal Senin, 8 September 2025 Jumat, 19 September 2025\n"
)


def test_a_cell_glued_to_its_value_and_a_wrapped_value_end_before_the_schedule() -> None:
    info = (
        "Informasi yang disengketakanSalinan kontrak pengadaan surat suara | pemilihan Gubernur\n"
        "dan Wakil Gubernur Tahun 2024\n"
    )
    fields = extract_fields([NOTICE.format(info=info)], "sengketa")
    assert fields.values["information_requested"] == (
        "Salinan kontrak pengadaan surat suara pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )


def test_a_schedule_is_not_what_was_asked_for() -> None:
    fields = extract_fields([NOTICE.format(info="")], "sengketa")
    assert fields.values["information_requested"] is None


def test_a_roman_months_i_read_as_l() -> None:
    assert normalise_number("101/KI-SS/SET/VIL/2025") == "101/KI-SS/SET/VII/2025"
    assert normalise_number("12/L/2026") == "12/L/2026"


def test_a_commissions_decree_names_the_dispute_not_itself() -> None:
    page = (
        "KETETAPAN\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN\nNOMOR 029/KETAP/KI-SS/V/2026\n"
        "Menimbang : a. bahwa Komisi Informasi telah meregistrasi permohonan penyelesaian\n"
        "sengketa informasi publik dengan Register Nomor 026/REG-PSI/III/2026 mengenai laporan\n"
        "realisasi penggunaan dana hibah Pemilihan Gubernur Tahun 2024,\n\n"
        "d. bahwa perlu menetapkan Ketetapan Komisi Informasi tentang\n"
        "Pencabutan Permohonan Penyelesaian Sengketa Informasi Publik:\n"
    )
    fields = extract_fields([page], "sengketa")
    assert fields.values["information_requested"] == (
        "Laporan realisasi penggunaan dana hibah Pemilihan Gubernur Tahun 2024"
    )


def test_a_purpose_said_in_a_sentence_wins_over_a_statements_promise() -> None:
    request = (
        "Perihal : Permintaan Informasi Publik\n"
        "Nama : Rina Wati\n"
        "Informasi yang saya mohon: Salinan formulir Model C.Hasil TPS 027\n"
        "Adapun tujuan penggunaan informasi tersebut adalah untuk bahan penyusunan\n"
        "skripsi pada Program Studi Ilmu Politik.\n"
    )
    statement = (
        "SURAT PERNYATAAN\n"
        "2. Saya tidak akan menyalahgunakan, mengubah, atau menyebarluaskan\n"
        "informasi tersebut untuk kepentingan yang bertentangan dengan peraturan\n"
        "perundang-undangan.\n"
    )
    fields = extract_fields([request, statement], "permohonan_informasi")
    assert fields.values["purpose"] == "Bahan penyusunan skripsi pada Program Studi Ilmu Politik"


def test_a_box_rule_before_a_register_number_and_an_english_subjects_slip() -> None:
    page = (
        "Subject : Reguest for Public Information\n"
        "Sengketa Informasi Publik Register Nomor 1039/REG-PSI/III/2026\n"
    )
    fields = extract_fields([page], "sengketa")
    assert fields.values["dispute_register_number"] == "039/REG-PSI/III/2026"
    assert fields.values["subject"] == "Request for Public Information"


def test_a_register_number_is_no_letters_own_and_a_commissions_act_is_no_request() -> None:
    cover = (
        "Hal : Kesimpulan Pemohon\n"
        "KESIMPULAN PEMOHON\n"
        "Dalam Sengketa Informasi Publik Register Nomor 038/REG-PSI/V/2025\n"
        "Bersama ini kami sampaikan salinan Ketetapan Komisi Informasi Provinsi Sumatera\n"
        "Selatan Nomor 026/KETAP/KI-SS/VIII/2025 tentang Pencabutan Permohonan Penyelesaian\n"
        "Sengketa Informasi Publik Register Nomor 038/REG-PSI/VII/2025.\n"
        "Termohon telah menerima permohonan dengan Register Nomor 038/REG-PSI/VII/2025 mengenai\n"
        "jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024.\n"
    )
    fields = extract_fields([cover], "sengketa")
    assert fields.values["letter_number"] is None
    assert fields.values["information_requested"] == (
        "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024"
    )

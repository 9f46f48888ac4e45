"""Shapes the sixteenth generator's letters showed: a research lab's data specification."""

from __future__ import annotations

from pipeline.extract import extract_fields

LAB = (
    "Hal : Permohonan Data Kepemiluan\n"
    "Kepada Yth.\nPPID KPU Prov. Sumsel\n"
    "Nama : Siti Mulyani, S.P.\n"
    "sedang melaksanakan penelitian berjudul “Aksesibilitas TPS bagi Pemilih Penyandang\n"
    "Disabilitas”. Untuk keperluan tersebut, kami memohon data dengan spesifikasi\n"
    "sebagai berikut:\n"
    "No Data / Variabel Cakupan Periode Format\n"
    "Wilayah\n"
    "1 Jumlah pemilih pemula Kota Prabumulih Pemilihan 2024 Shapefile/CSV\n"
    "2 Pemilih disabilitas per kecamatan Kab. Banyuasin Pemilu 2024 Shapefile/CSV\n"
    "Data tersebut akan digunakan semata-mata untuk pengembangan model prediksi\n"
    "partisipasi pemilih berbasis data, tidak akan diperjualbelikan atau disebarluaskan.\n"
)


def test_a_data_specification_under_a_wrapped_header_and_its_file_formats() -> None:
    fields = extract_fields([LAB], "permohonan_informasi").values
    assert fields["information_requested"] == (
        "Jumlah pemilih pemula Kota Prabumulih Pemilihan 2024; "
        "Pemilih disabilitas per kecamatan Kab. Banyuasin Pemilu 2024"
    )
    assert fields["obtain_method"] == "salinan_softcopy"  # a shapefile or CSV is a soft copy


def test_the_purpose_is_not_a_phrase_pointing_back_but_the_use_named_later() -> None:
    purpose = extract_fields([LAB], "permohonan_informasi").values["purpose"]
    assert purpose == "Pengembangan model prediksi partisipasi pemilih berbasis data"


COVER = (
    "BERKAS PERMOHONAN\nINFORMASI PUBLIK\n"
    "Ditujukan kepada : PPID KPU Provinsi Sumatera Selatan\n"
    "Dari : Muhammad Rizal\nAlamat : Jl. Letda A. Rozak No. 242, Talang Ratu, Palembang\n"
    "Isi Berkas:\n1. Surat Permohonan Informasi\nMohon berkas ini tidak dilipat\n"
)
COVERED_LETTER = (
    "Perihal : Permohonan Informasi Publik\n"
    "Nama Lengkap : Kgs. Muhammad Rizal\n"
    "Alamat Lengkap : Jl. Letda A. Rozak No. 242 RT 019/RW 10, Kel. Talang Ratu,\n"
    "Kec. Ilir Timur I, Palembang\n"
)


def test_a_folders_cover_sheet_gives_way_to_the_letter_behind_it() -> None:
    fields = extract_fields([COVER, COVERED_LETTER], "permohonan_informasi").values
    assert fields["applicant_name"] == "Kgs. Muhammad Rizal"
    assert fields["address"] == (
        "Jl. Letda A. Rozak No. 242 RT 019/RW 10, Kel. Talang Ratu, Kec. Ilir Timur I, Palembang"
    )


WARNING = (
    "Hal : Teguran Ketidakhadiran Sidang Register Nomor 055/REG-PSI/II/2026\n"
    "Menunjuk sengketa informasi publik Register Nomor 055/REG-PSI/II/2026 antara Mega\n"
    "Yusran, beralamat di Desa Tanjung Baru, Kec. Indralaya, Kab. Ogan Ilir,\n"
    "sebagai Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai\n"
    "Termohon mengenai permohonan informasi rencana Kerja dan Anggaran (RKA) KPU\n"
    "Provinsi Sumatera Selatan Tahun Anggaran 2026, dengan ini kami sampaikan bahwa\n"
    "Termohon tidak hadir dalam persidangan sebagai berikut:\n"
    "No | Hari/Tanggal Agenda Sidang Pemohon | Termohon\n"
    "1 Senin, 02-03-2026 Pemeriksaan Awal Hadir Tidak hadir\n"
)
PANEL = (
    "Hal ikhwal : Perubahan Susunan Majelis Komisioner\n"
    "Register Nomor — : 034/REG-PSI/III/2026\n"
    "Objek Sengketa : Daftar pemilih tambahan (DPTb) pada Pemilu 2024 di Kabupaten\n"
    "Ogan Komering Ilir\n"
    "bersama ini kami beritahukan bahwa susunan Majelis Komisioner yang memeriksa\n"
    "sengketa tersebut mengalami perubahan karena Anggota\n"
    "Majelis, sebagai berikut:\n"
    "No | Kedudukan Semula Menjadi\n"
    "1 Ketua Majelis Dwi Hartono, S.Psi. Dwi Hartono, S.Psi.\n"
)


def test_a_commissions_tables_of_hearings_and_panels_are_not_what_was_asked_for() -> None:
    warned = extract_fields([WARNING], "sengketa").values["information_requested"]
    assert (
        warned
        == "Rencana Kerja dan Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026"
    )
    paneled = extract_fields([PANEL], "sengketa").values["information_requested"]
    assert (
        paneled == "Daftar pemilih tambahan (DPTb) pada Pemilu 2024 di Kabupaten Ogan Komering Ilir"
    )
    without_object = PANEL.replace("Objek Sengketa", "Catatan")
    assert extract_fields([without_object], "sengketa").values.get("information_requested") is None


def test_a_delivery_notes_hyphenated_number_and_its_prefix_misread() -> None:
    note = (
        "CV MUSI LOGISTIK MANDIRI\nSURAT JALAN\n"
        "Kepada Yth. No. : D0-2025-5507\nKPU Provinsi Sumatera Selatan Tanggal : 10/09/2025\n"
    )
    fields = extract_fields([note], "surat_masuk").values
    assert fields["letter_number"] == "DO-2025-5507"
    assert fields["letter_date"] == "2025-09-10"


def test_a_subject_read_across_into_the_addressees_block_beside_it() -> None:
    letter = (
        "Lampiran : - Palembang, 29 Mei 2026\nHal : Mohon Data Pemilu Kepada Yth.\n"
        "Bapak Ketua KPU\nProvinsi Sumatera Selatan\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["subject"] == "Mohon Data Pemilu"

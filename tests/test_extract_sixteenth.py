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

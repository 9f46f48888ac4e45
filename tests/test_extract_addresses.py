"""Addresses that a scan's blank lines cut: they go on where their parts say they do."""

from __future__ import annotations

from pipeline.extract import extract_fields


def test_a_typewriters_address_listing_its_parts_goes_on_past_a_blank_line() -> None:
    letter = (
        "PERIHAL : PERMOHONAN INFORMASI PUBLIK\n"
        "NAMA : HENDRA GUNAWAN\n"
        "PEKERJAAN : PENSIUNAN PNS\n"
        "\n"
        "ALAMAT : JL. ANGKATAN 45 NO. 65, RT 23 RW 11, TALANG\n"
        "\n"
        "RATU, ILIR TIMUR I, PALEMBANG\n"
        "NOMOR TELEPON/HP : +62 813 319 4172\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["address"] == (
        "JL. ANGKATAN 45 NO. 65, RT 23 RW 11, TALANG RATU, ILIR TIMUR I, PALEMBANG"
    )


def test_an_address_in_a_sentence_cut_at_kelurahan_goes_on_past_a_blank_line() -> None:
    letter = (
        "Perihal : Laporan Hasil Mediasi\n"
        "Menindaklanjuti penyelesaian Sengketa Informasi Publik antara\n"
        "\n"
        "Yohanes Saputra, beralamat di Jl. Veteran No. 181, RT 17, RW 7, Kelurahan\n"
        "\n"
        "Demang Lebar Daun, Kecamatan Ilir Barat I, Kota Palembang, selaku Pemohon, dan PPID\n"
        "\n"
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan selaku Termohon.\n"
    )
    fields = extract_fields([letter], "sengketa")
    assert fields.values["address"] == (
        "Jl. Veteran No. 181, RT 17, RW 7, Kelurahan Demang Lebar Daun, Kecamatan Ilir Barat I, "
        "Kota Palembang"
    )

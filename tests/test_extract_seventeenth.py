"""Shapes the seventeenth generator's letters showed: a foreign researcher's mixed letter."""

from __future__ import annotations

from pipeline.extract import extract_fields

RESEARCHER = (
    "Perihal : Request for election data / Permohonan data\n"
    "To: PPID Komisi Pemilihan Umum\nProvinsi Sumatera Selatan\n"
    "Perkenalkan, my name is Marcus Lim, a postdoctoral fellow at the Electoral Integrity\n"
    "Programme. Saat ini saya sedang melakukan penelitian lapangan di Sumatera Selatan.\n"
    "I would like to request the following data (informasi publik):\n"
    "Jumlah TPS per desa/kelurahan di Kabupaten Ogan Ilir pada Pemilu 2024\n"
    "The information will be used solely for a journal article on the accuracy of voter\n"
    "registers in Indonesia. Data ini tidak akan digunakan untuk tujuan komersial.\n"
    "Please send the data ke alamat email saya di bawah.\n"
    "Nama : Marcus Lim\n"
    "Alamat di Palembang : Wisma Bukit, Lrg. Sepakat No. 111 Kel. Bagus Kuning Kec.\n"
    "Plaju Palembang\n"
    "Email : marcus.lim@prig.org.sg\n"
)


def test_a_foreign_researchers_request_in_two_languages() -> None:
    fields = extract_fields([RESEARCHER], "permohonan_informasi").values
    assert fields["information_requested"] == (
        "Jumlah TPS per desa/kelurahan di Kabupaten Ogan Ilir pada Pemilu 2024"
    )
    assert fields["purpose"] == (
        "A journal article on the accuracy of voter registers in Indonesia"
    )  # not the use it rules out ("tidak akan digunakan untuk tujuan komersial")
    assert fields["delivery_method"] == "email"
    assert fields["address"] == (
        "Wisma Bukit, Lrg. Sepakat No. 111 Kel. Bagus Kuning Kec. Plaju Palembang"
    )

"""Shapes the seventeenth generator's letters showed: a foreign researcher's mixed letter."""

from __future__ import annotations

import pytest

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


ACCESSIBLE = (
    "GERAKAN TUNANETRA MANDIRI SRIWIJAYA\n"
    "Sekretariat: Jl. Srijaya Negara No. 141 Lt. 2, Kel. Sialang, Kec. Sako, Palembang 30161\n"
    "Telp./WA 0819 89613894 Surel: gtms.sumsel@gmail.com\n"
    "Hal : Permohonan Informasi dalam Format Aksesibel\n"
    "Nama : Siti Rahayu, S.Pd., M.E.\n"
    "No. HP/WA : 0852.6643.8655\n"
    "atas nama organisasi dengan ini mengajukan permohonan informasi publik sebagai berikut:\n"
    "1. Daftar TPS yang menyediakan alat bantu coblos Braille pada Pemilihan Gubernur 2024\n"
    "KEBUTUHAN AKSESIBILITAS\n"
    "Mengingat saya tidak dapat membaca dokumen cetak biasa, kami mohon salinan informasi\n"
    "tersebut disediakan {copy}. Salinan tersebut akan kami ambil langsung.\n"
    "Catatan: surat ini juga kami kirimkan dalam bentuk file Word melalui surel.\n"
)


def test_an_accessible_copy_and_the_writers_own_number_under_a_letterhead() -> None:
    braille = extract_fields(
        [ACCESSIBLE.format(copy="dicetak dalam huruf Braille")], "permohonan_informasi"
    ).values
    assert braille["obtain_method"] == "salinan_hardcopy"  # not how the letter itself was sent
    assert braille["phone"] == "+6285266438655"  # the writer's row, not the letterhead's
    audio = ACCESSIBLE.format(copy="dalam bentuk rekaman audio (file MP3)")
    assert extract_fields([audio], "permohonan_informasi").values["obtain_method"] == (
        "salinan_softcopy"
    )


PARTY = (
    "DEWAN PIMPINAN CABANG PARTAI KARYA NUSANTARA KOTA PALEMBANG\n"
    "Hal : Permohonan Salinan Dokumen Penetapan Kursi\n"
    "Dewan Pimpinan Cabang Partai Karya Nusantara Kota Palembang, dalam hal ini diwakili oleh\n"
    "Meilani Putri, S.Pd. selaku Ketua, memohon salinan daftar calon terpilih.\n"
    "Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.\n"
    "Sekretariat: Jl. Ki Merogan No. 132 RT 035/RW 002, Kel. Sekip Jaya, Palembang\n"
    "Telp. (0711) 36 4351 Surel: dpc.pkn.palembang@gmail.com\n"
)


def test_a_footers_contact_band_is_the_bodys_not_the_writers() -> None:
    assert extract_fields([PARTY], "permohonan_informasi").values.get("email") is None


def test_a_rulings_certified_extract_is_no_part_of_the_commissions_name() -> None:
    extract = (
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN\nKUTIPAN PUTUSAN SELA\n"
        "Nomor : 012/PTS-SELA/KI-SS/III/2026\nRegister Nomor : 034/REG-PSI/II/2026\n"
    )
    sender = extract_fields([extract], "sengketa").values["sender_org"]
    assert sender == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


FIELDWORK = (
    "UNIVERSITEIT VAN OOSTLAND\nInstitute for Area Studies\n"
    "Perihal : Request for election data / Permohonan data\n"
    "Perkenalkan, my name is Sophie Dekker, MSc, a research fellow at the Institute for Area\n"
    "Studies, Universiteit van Oostland. Saat ini saya sedang melakukan penelitian lapangan\n"
    "(fieldwork) di Sumatera Selatan with a research permit from BRIN Nomor 527/SIP/IV/2026.\n"
    "For my research, saya memerlukan data/informasi publik berikut:\n"
    "Data DPT Pemilu 2024 per kecamatan di Kabupaten Empat Lawang\n"
    "Jumlah TPS per desa/kelurahan di Kota Prabumulih pada Pemilu 2024\n"
    "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025\n"
    "The information will be used solely for academic research on local election management\n"
    "in South Sumatra. Data ini tidak akan digunakan untuk tujuan komersial.\n"
    "Full name : Sophie Dekker, MSc\n"
    "Nationality : Belanda\n"
    "Occupation : Research Fellow\n"
    "Local address : Wisma Bukit, Jl. Angkatan 45 No. 180, RT 16 RW 01, Bagus\n"
    "Kuning, Plaju, Palembang\n"
    "Mobile (Indonesia) : +62-838-1617-9040\n"
)


def test_unmarked_items_one_to_a_line_and_english_rows() -> None:
    fields = extract_fields([FIELDWORK], "permohonan_informasi").values
    assert fields["information_requested"] == (
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Empat Lawang; "
        "Jumlah TPS per desa/kelurahan di Kota Prabumulih pada Pemilu 2024; "
        "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025"
    )  # each line an item, short of the prose's margin; the English sentence no part of one
    assert fields["applicant_name"] == "Sophie Dekker, MSc"
    assert fields["occupation"] == "Research Fellow"
    assert fields["address"] == (
        "Wisma Bukit, Jl. Angkatan 45 No. 180, RT 16 RW 01, Bagus Kuning, Plaju, Palembang"
    )
    assert fields["phone"] == "+6283816179040"


def test_one_item_wrapped_to_the_margin_is_not_split() -> None:
    wrapped = FIELDWORK.replace(
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Empat Lawang\n"
        "Jumlah TPS per desa/kelurahan di Kota Prabumulih pada Pemilu 2024\n",
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Empat Lawang beserta jumlah TPS per\n"
        "Desa di Kota Prabumulih pada Pemilu 2024\n",
    ).replace("Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025\n", "")
    assert extract_fields([wrapped], "permohonan_informasi").values["information_requested"] == (
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Empat Lawang beserta jumlah TPS per "
        "Desa di Kota Prabumulih pada Pemilu 2024"
    )


RULING = (
    "KUTIPAN PUTUSAN SELA\nNomor: 014/PTS-SELA/KI-SS/IX/2026\n"
    "Majelis Komisioner Komisi Informasi Provinsi Sumatera Selatan yang memeriksa dan memutus\n"
    "Sengketa Informasi Publik Register Nomor REG.013/VIII/KI-SS-PS/2026 antara Ni Made Sriasih,\n"
    "sebagai Pemohon, melawan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, sebagai\n"
    "Termohon, mengenai permohonan informasi berupa Daftar Informasi Publik (DIP) KPU Provinsi\n"
    "Sumatera Selatan Tahun 2025, telah menjatuhkan Putusan Sela sebagai berikut:\n"
    "MENGADILI:\n"
    "1. Menyatakan permohonan penyelesaian sengketa informasi publik diajukan masih dalam\n"
    "jangka waktu yang ditentukan.\n"
    "2. Menyatakan Pemohon memiliki kedudukan hukum (legal standing) sebagai Pemohon.\n"
)


def test_a_rulings_orders_are_not_what_was_asked_for() -> None:
    fields = extract_fields([RULING], "sengketa").values
    assert fields["information_requested"] == (
        "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2025"
    )


def test_a_request_number_told_in_the_same_sentence_ends_the_item() -> None:
    letter = (
        "Perihal : Pengajuan Keberatan Informasi Publik\n"
        "Pada tanggal 23 Februari 2026 saya mengajukan permohonan informasi mengenai Salinan\n"
        "kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024, dan permohonan itu telah\n"
        "diberi nomor 053/PPID/KPU-SS/II/2026 oleh petugas meja layanan.\n"
    )
    fields = extract_fields([letter], "keberatan").values
    assert fields["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024"
    )


BRANCH = (
    "DEWAN PIMPINAN CABANG PARTAI NASIONAL BHINNEKA\n"
    "Hal : Permohonan Dokumen Penetapan Kursi DPRD Provinsi\n"
    "Dewan Pimpinan Cabang Partai Nasional Bhinneka Kabupaten Ogan Ilir, dalam hal ini diwakili\n"
    "oleh I Made Sudarsana selaku Ketua, dengan ini mengajukan permohonan informasi publik\n"
    "berupa salinan dokumen sebagai berikut:\n"
    "No | Bentuk Dokumen yang Dimohon\n"
    "1 {cell} | Daftar calon terpilih anggota DPRD Provinsi Sumatera Selatan beserta\n"
    "perolehan suaranya\n"
    "2 {cell} | Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Calon\n"
    "Terpilih Pemilu 2024 7\n"
    "Dokumen tersebut akan kami pergunakan sebagai bahan evaluasi internal partai.\n"
)


def test_a_bentuk_column_is_the_copy_asked_for_not_part_of_the_items() -> None:
    items = (
        "Daftar calon terpilih anggota DPRD Provinsi Sumatera Selatan beserta perolehan suaranya; "
        "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Calon Terpilih "
        "Pemilu 2024 7"
    )
    legalised = extract_fields([BRANCH.format(cell="Fotokopi legalisir")], "permohonan_informasi")
    assert legalised.values["information_requested"] == items
    assert legalised.values["obtain_method"] == "salinan_hardcopy"
    copies = extract_fields([BRANCH.format(cell="Salinan")], "permohonan_informasi").values
    assert copies["information_requested"] == items  # ("Salinan Salinan Keputusan …": one goes)


def test_the_representatives_number_in_the_prose_over_the_footers_band() -> None:
    letter = (
        BRANCH.format(cell="Cetak").replace(
            "selaku Ketua,", "selaku Ketua, nomor telepon 0821 0579045,"
        )
        + "Sekretariat: Jl. Raya Palembang-Prabumulih No. 9, Kabupaten Ogan Ilir 30652\n"
        + "Telp. (0713) 352998 Surel: dpc.pnb.indralaya@gmail.com\n"
    )
    fields = extract_fields([letter], "permohonan_informasi").values
    assert fields["phone"] == "+628210579045"
    assert fields["obtain_method"] == "salinan_hardcopy"  # the "Cetak" cell of every row


def test_a_landline_given_as_the_writers_hp() -> None:
    signed = (
        "Saya berkeberatan karena yang diberikan bukan informasi yang saya minta.\n"
        "Hormat saya,\nJohan Setiadi, S.E.\n"
        "Lrg. Dempo No. 57 RT 05/03 Kel. Tumbak Ulas,\nPagar Alam Selatan, Kota Pagar Alam\n\n"
        "HP (0730) 338332\n"
    )
    assert extract_fields([signed], "keberatan").values["phone"] == "+62730338332"
    prose = "Saya, Nyimas Rohani, nomor HP 0711 394 693, dengan ini mengajukan keberatan.\n"
    assert extract_fields([prose], "keberatan").values["phone"] == "+62711394693"


@pytest.mark.parametrize(
    ("under_signature", "address"),
    [
        (  # a subdistrict's label cut off, its name past a blank line
            "Jl. Demang Lebar Daun No. 163 RT 19/11 Kel.\n\nBagus Kuning, Plaju, Kota Palembang\n",
            "Jl. Demang Lebar Daun No. 163 RT 19/11 Kel. Bagus Kuning, Plaju, Kota Palembang",
        ),
        (  # the RT's number wrapped to the next line
            "Perumnas Talang Kelapa Blok B3 No. 30 RT\n043/RW 007, Kel. 13 Ilir, Kec. Ilir Timur,\n"
            "Palembang\n",
            "Perumnas Talang Kelapa Blok B3 No. 30 RT 043/RW 007, Kel. 13 Ilir, Kec. Ilir Timur, "
            "Palembang",
        ),
        (  # a housing estate in a village
            "Perumahan Sukamoro Indah Blok B2 No. 21 Desa\nSembawa Kec. Sembawa Kab. Banyuasin\n",
            "Perumahan Sukamoro Indah Blok B2 No. 21 Desa Sembawa Kec. Sembawa Kab. Banyuasin",
        ),
    ],
)
def test_an_unlabelled_address_under_the_signature(under_signature: str, address: str) -> None:
    letter = (
        "Saya berkeberatan karena yang diberikan bukan informasi yang saya minta.\n"
        f"Hormat saya,\n\nNyimas Rohaya\n{under_signature}HP. 085887539246\n"
    )
    assert extract_fields([letter], "keberatan").values["address"] == address


def test_a_branchs_secretariat_in_the_sentence_is_the_address() -> None:
    letter = BRANCH.replace(
        "selaku Ketua,",
        "selaku Ketua, beralamat di Sekretariat Jl. Lingkar No. 105, RT. 03 / RW. 11, Kel. Karang\n"
        "Raja, Kota Prabumulih, nomor telepon 0853 55166503,",
    ).format(cell="Salinan")
    assert extract_fields([letter], "permohonan_informasi").values["address"] == (
        "Jl. Lingkar No. 105, RT. 03 / RW. 11, Kel. Karang Raja, Kota Prabumulih"
    )


@pytest.mark.parametrize(
    ("opening", "purpose"),
    [
        (
            "Guna keperluan referensi penelitian lembaga tentang keterbukaan anggaran, saya\n"
            "bermaksud memperoleh informasi publik dari PPID KPU Provinsi Sumatera Selatan.\n",
            "Referensi penelitian lembaga tentang keterbukaan anggaran",
        ),
        (
            "Sebagai bahan liputan mendalam tentang tata kelola pemilihan di Sumatera\n"
            "Selatan, saya memerlukan beberapa informasi publik dari PPID.\n",
            "Bahan liputan mendalam tentang tata kelola pemilihan di Sumatera Selatan",
        ),
        ("Sebagai bahan pertimbangan, saya lampirkan bukti-bukti.\n", None),
    ],
)
def test_a_purpose_the_letter_opens_with(opening: str, purpose: str | None) -> None:
    letter = (
        f"Perihal : Permintaan Informasi\nDengan hormat,\n{opening}"
        "Adapun informasi yang saya perlukan adalah:\n"
        "a. Jumlah pemilih pemula (17-21 tahun) dalam DPT Pemilu 2024\n"
        "Sebagai kelengkapan, berikut identitas saya:\nNama Pemohon : Ong Budi Santoso\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["purpose"] == purpose


def test_a_wedding_cards_days_are_no_letter_date() -> None:
    card = (
        "WALIMATUL 'URSY\nDengan memohon rahmat dan ridho Tuhan Yang Maha Esa,\n"
        "kami bermaksud menyelenggarakan pernikahan putra-putri kami:\n"
        "R.A. Maimunah\n&\nTeguh Wibowo\nInsya Allah akan dilaksanakan pada:\n"
        "Akad Nikah\nSabtu, 5 September 2026\nPukul 08.00 WIB\n"
        "Resepsi\nSabtu, 5 September 2026\nPukul 11.00 - 14.00 WIB\n"
        "Kepada Yth.\nBapak/Ibu/Saudara/i Budi Purnomo\nKPU Provinsi Sumatera Selatan\n"
    )
    assert extract_fields([card], "surat_masuk").values["letter_date"] is None
    dated = "Palembang, Kamis, 27 Agustus 2026\n" + card
    assert extract_fields([dated], "surat_masuk").values["letter_date"] == "2026-08-27"

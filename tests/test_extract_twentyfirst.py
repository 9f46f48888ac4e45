"""Shapes the twenty-first generator's blind seed showed: a chat printed from the messenger's web
page, a newspaper's editorial board beside the letter's number, a court's summons to carry out a
commission's ruling."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields
from pipeline.fields import normalise_email, normalise_phone

WEB_CHAT = (
    "18/04/2026 12.33 (1) WhatsApp\n\n+62 878-4733-1009\n\nklik di sini untuk info kontak\n\n"
    "15/04/2026\n\nAssalamualaikum, selamat pagi. Ini benar nomor layanan PPID KPU\nSumsel?\n\n"
    "11.26\n\nBenar, Bapak/Ibu. Untuk permohonan informasi mohon kirimkan identitas\n"
    "dan rincian informasi yang diminta.\n11.28 Y\n\nBaik, berikut data saya:\n"
    "Nama: Kwee Hok Lie\nNIK: 1671021210662567\nPekerjaan: Konsultan\nData yang dibutuhkan:\n"
    "1) Data DPT Pemilu 2024 per kecamatan di Kabupaten Lahat\nTujuan: Bahan berita\n11.37\n\n"
    "Caranya: Softcopy (PDF/Excel), dikirim ke email ini saja\nEmail saya kwee86@ymail.com\n\n"
    "11.43\n\nTerima kasih. Permohonan Bapak/Ibu telah kami catat dengan Nomor\n"
    "Pendaftaran 116/PPID/KPU-SS/IV/2026. Jawaban akan kami sampaikan\n"
    "paling lambat 10 hari kerja.\n\n11.51 7%\n\nTerima kasih min\n\n11.59\n"
    "https://web.whatsapp.com/ 1/1\n"
)


def test_a_chat_printed_from_the_web_reads_as_its_messages() -> None:
    fields = extract_fields([WEB_CHAT], "permohonan_informasi").values
    assert fields["purpose"] == "Bahan berita"  # not the bubble's time under it
    assert fields["obtain_method"] == "salinan_softcopy"
    assert fields["email"] == "kwee86@ymail.com"
    assert fields["letter_number"] == "116/PPID/KPU-SS/IV/2026"  # the desk's reply numbers it
    assert fields["letter_date"] == "2026-04-15"  # the day the chat began, not the print's


@pytest.mark.parametrize("said", ["saya kwee86@ymail.com", "ini kwee86@ymail.com"])
def test_a_word_before_an_address_is_no_part_of_it(said: str) -> None:
    assert normalise_email(said) == "kwee86@ymail.com"


def test_a_name_in_a_side_column_beside_the_letters_number() -> None:
    letter = (
        "SUARA AMPERA\nMingguan Berita Sumatera Selatan\nSUSUNAN REDAKSI\nReporter\n"
        "Sri Lestari Palembang, 26 DESEMBER 2025\nKartika Sari No. : 132/SA-RED/XII/2025\n"
        "Fotografer\nLampiran : -\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["letter_number"] == (
        "132/SA-RED/XII/2025"
    )


def test_a_bodys_legal_registration_is_not_its_letters_number() -> None:
    letter = (
        "KOPERASI SERBA USAHA (KSU) Jl. Mayor Ruslan No. 101 Lt. 2\nKARYA SEJAHTERA\n\n"
        "Badan Hukum Nomor: AHU-0007345.AH.01.26.Tahun 22 1Kel. Sekip Jaya, Palembang 30156\n"
        "Nomor : 133/KSU-KS/XI/2026\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["letter_number"] == (
        "133/KSU-KS/XI/2026"
    )


SUMMONS = (
    "PENGADILAN TINGGI TATA USAHA NEGARA MEDAN\nPENGADILAN TATA USAHA NEGARA PALEMBANG\n"
    "Jl. Jenderal Sudirman KM 4,5 Palembang 30128 Telp. (0711) 358 170\n"
    "Hal ikhwal : Panggilan Teguran (Aanmaning)\n"
    "Berdasarkan Penetapan Ketua Pengadilan Tata Usaha Negara Palembang Nomor\n"
    "6/PEN.EKS/2026/PTUN.PLG tanggal 23 Mei 2026, atas permohonan eksekusi terhadap\n"
    "putusan Komisi Informasi yang telah berkekuatan hukum tetap dengan data sebagai\n"
    "berikut:\n"
    "Pemohon Eksekusi {name}\n"
    "Termohon Eksekusi PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan\n"
    "Register Sengketa 028/REG-PSI/KI-SS/VI/2026\n"
    "Putusan Komisi Informasi Nomor 054/PTS-KI-SS/XII/2025 tanggal 22 Desember 2025\n"
    "Amar Putusan Memerintahkan Termohon untuk memberikan salinan formulir\n"
    "Model C.Hasil untuk TPS 032 Kelurahan Sukarami kepada\nPemohon\n"
    "maka dengan ini Saudara dipanggil untuk menghadap Ketua Pengadilan pada:\n"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anisa Rahmawati", "Anisa Rahmawati"),
        ("| Putu Eka Wirawan, S.T.", "I Putu Eka Wirawan, S.T."),
    ],
)
def test_a_summons_to_carry_out_a_ruling_gives_its_case(name: str, expected: str) -> None:
    fields = extract_fields([SUMMONS.format(name=name)], "sengketa").values
    assert fields["applicant_name"] == expected
    assert fields["dispute_register_number"] == "028/REG-PSI/KI-SS/VI/2026"
    assert fields["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 032 Kelurahan Sukarami"
    )
    assert fields["sender_org"] == "PENGADILAN TATA USAHA NEGARA PALEMBANG"


def test_a_ruling_ordering_what_was_asked_names_no_object() -> None:
    letter = (
        "3. Memerintahkan Termohon untuk memberikan informasi yang dimohon kepada Pemohon\n"
        "paling lambat 14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap.\n"
    )
    assert extract_fields([letter], "sengketa").values["information_requested"] is None


def test_a_condolence_cards_sender_signs_under_its_greeting() -> None:
    card = (
        "TURUT BERDUKA CITA\n"
        '"Berbahagialah orang yang berdukacita, karena mereka akan dihibur." (Matius 5:4)\n'
        "Atas berpulangnya Johan Setiadi, pada hari Sabtu tanggal 4 Oktober 2025.\n"
        "Kami yang turut berduka,\nKetua, Anggota dan Keluarga Besar\n"
        "KOMISI PEMILIHAN UMUM\nKOTA PRABUMULIH\n"
    )
    assert extract_fields([card], "surat_masuk").values["sender_org"] == (
        "KOMISI PEMILIHAN UMUM KOTA PRABUMULIH"
    )


def test_a_subject_under_its_label_alone_is_read_once() -> None:
    letter = (
        "Martapura, 30-04-2026\n\nLampiran :\n1 (satu) lembar fotokopi KTP\nPerihal :\n"
        "Permohonan Informasi dan Salinan Dokumen\nAnggaran Pemilihan Tahun 2024\n\n"
        "Yth. PPID Komisi Pemilihan Umum\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["subject"] == (
        "Permohonan Informasi dan Salinan Dokumen Anggaran Pemilihan Tahun 2024"
    )


def test_a_banks_letter_is_from_the_name_under_its_logo_and_about_a_dated_balance() -> None:
    letter = (
        "BNI\nBANK NEGARA INDONESIA\nKantor Cabang Palembang\n"
        "Nomor : PLG/6116/2026 Palembang, Selasa, 3 November 2026\n"
        "Hal : Konfirmasi Saldo Rekening per 31 Oktober 2026\nKepada Yth.\n"
    )
    fields = extract_fields([letter], "surat_masuk").values
    assert fields["sender_org"] == "BANK NEGARA INDONESIA"
    assert fields["subject"] == "Konfirmasi Saldo Rekening per 31 Oktober 2026"


def test_a_village_offices_numeral_keeps_its_letters_dot() -> None:
    letter = (
        "PEMERINTAH KOTA PALEMBANG\nKECAMATAN ILIR TIMUR I\nKELURAHAN 26 ILIR D. I\n"
        "Jl. Mayor Ruslan No. 12 Palembang 30126\n\nNomor : 443/45/26.I/2026\n"
    )
    assert extract_fields([letter], "surat_masuk").values["sender_org"] == "KELURAHAN 26 ILIR D. I"


def test_addresses_end_before_a_sections_roman_numeral_and_go_on_with_their_regency() -> None:
    letter = (
        "I. Pemberi Kuasa\nNama : Rudi Hartono\n"
        "Alamat : Lrg. Sepakat No. 29 Kel. Pangkalan Balai Kec. Banyuasin III Kab. Banyuasin\n"
        "II. Penerima Kuasa\nNama : Budi Santoso\n"
    )
    assert extract_fields([letter], "keberatan").values["address"] == (
        "Lrg. Sepakat No. 29 Kel. Pangkalan Balai Kec. Banyuasin III Kab. Banyuasin"
    )
    takmir = (
        "Nama : Ahmad Fauzi\n"
        "Alamat Sekretariat : Jl. Lintas Sumatera No. 97 RT 16 Desa Sumber Suko Kec. Belitang\n"
        "Kab. OKU Timur\nNomor Telepon : 0881 2834 3095\n"
    )
    assert extract_fields([takmir], "permohonan_informasi").values["address"] == (
        "Jl. Lintas Sumatera No. 97 RT 16 Desa Sumber Suko Kec. Belitang Kab. OKU Timur"
    )


def test_a_grid_forms_rows_end_at_an_identity_row_no_field_is_read_from() -> None:
    form = (
        "PERMOHONAN INFORMASI PUBLIK\nA. IDENTITAS PEMOHON\n"
        "Nama Lengkap Purnomo Hadi Nama Panggilan “Udin”\n"
        "NIK 1610050103830721 Tempat/Tgl. Lahir Baturaja, 01/03/1983\n"
        "Pekerjaan Petani Jenis Kelamin Laki-laki\n"
    )
    fields = extract_fields([form], "permohonan_informasi").values
    assert fields["applicant_name"] == "Purnomo Hadi"
    assert fields["occupation"] == "Petani"


def test_what_an_objector_came_to_see_on_the_notice_board_is_what_was_asked_for() -> None:
    letter = (
        "Saya, Purnomo Hadi, NIK 1674161306691501, beralamat di Jl. Merdeka No.\n\n"
        "195, RT 15, RW 11, Kelurahan Kayuara, Kecamatan Sekayu, Kab. Muba,\n\n"
        "nomor telepon 0852 8726 3273, dengan ini mengajukan keberatan.\n"
        "Pada tanggal 2 Desember 2026 saya datang ke kantor KPU Provinsi Sumatera Selatan\n"
        "untuk melihat ringkasan Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan\n"
        "Tahun Anggaran 2026 pada papan pengumuman informasi publik dan memeriksa\n"
        "laman resmi PPID, namun informasi tersebut tidak saya temukan.\n"
    )
    fields = extract_fields([letter], "keberatan").values
    assert fields["information_requested"] == (
        "Ringkasan Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026"
    )
    assert fields["address"] == (
        "Jl. Merdeka No. 195, RT 15, RW 11, Kelurahan Kayuara, Kecamatan Sekayu, Kab. Muba"
    )


def test_a_list_ends_where_the_writer_says_what_they_enclose() -> None:
    letter = (
        "dengan ini mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan "
        "berupa:\n1. Daftar lokasi TPS di Kelurahan Sialang pada Pemilu 2024\n"
        "Untuk memudahkan, bersama ini saya lampirkan denah lokasi wilayah yang saya maksud.\n"
        "Informasi tersebut saya perlukan untuk bahan rapat warga.\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["information_requested"] == (
        "Daftar lokasi TPS di Kelurahan Sialang pada Pemilu 2024"
    )


TWO_OBJECTORS = (
    "Hal ikhwal : Keberatan atas Tanggapan PPID\nKami yang bertanda tangan di bawah ini:\n"
    "Identitas Pengaju Keberatan I\nNama Pemohon : Sri Lestari\nPekerjaan : Mahasiswa\n"
    "No. Telp/HP : 082301156404 (WA)\nIdentitas Pengaju Keberatan II\n"
    "Nama : dr. Anthony Wijaya Kusuma\nPekerjaan : Wartawan\nNo. HP : WA 0857-2099-9721\n"
    "Alamat E-mail : kusuma_anthony@yahoo.com\nPermohonan yang Diajukan\n"
    "Nomor Pendaftaran : 054/PPID/KPU-SS/IX/2026\n"
    "Informasi : Daftar nama anggota PPK dan PPS di Kabupaten\nOgan Komering Ilir\n"
    "Alasan Keberatan\nKami mengajukan keberatan karena informasi berkala tidak tersedia.\n"
)


def test_two_objectors_are_registered_under_the_first_and_what_they_asked_for() -> None:
    fields = extract_fields([TWO_OBJECTORS], "keberatan").values
    assert fields["applicant_name"] == "Sri Lestari"
    assert fields["phone"] == "+6282301156404"
    assert fields["email"] is None  # the second objector's
    assert fields["information_requested"] == (
        "Daftar nama anggota PPK dan PPS di Kabupaten Ogan Komering Ilir"
    )


def test_a_disputes_ground_is_no_purpose() -> None:
    notice = (
        "Komisi Informasi\nProvinsi Sumatera Selatan\nPARA PIHAK\n"
        "Nomor Pendaftaran Permohonan : 016/PPID/KPU-SS/X/2025\n"
        "Alasan Permohonan : Keberatan tidak ditanggapi oleh Atasan PPID\n"
    )
    assert extract_fields([notice], "sengketa").values["purpose"] is None


def test_a_village_heads_office_address_in_the_letter_is_theirs_not_the_letterheads() -> None:
    letter = (
        "PEMERINTAH KABUPATEN PENUKAL ABAB LEMATANG ILIR\nKECAMATAN TALANG UBI\n"
        "DESA TALANG UBI TIMUR\nAlamat: Jl. Merdeka Desa Talang Ubi Timur Kode Pos 31147\n"
        "Nomor : 045/103/TUT/2025 Talang Ubi Timur, 26 Desember 2025\n"
        "Hal : Keberatan atas Penolakan Permohonan Data Pemilih\n"
        "Dengan hormat,\nYang bertanda tangan di bawah ini:\nNama : dr. Johan Setiadi\n"
        "Jabatan : Kepala Desa Talang Ubi Timur\n"
        "Alamat Kantor : Kantor Kepala Desa Talang Ubi Timur, Kecamatan Talang Ubi,\n"
        "Kab. PALI\nNo. WA : +62 852-734-6427 (WA)\n"
    )
    assert extract_fields([letter], "keberatan").values["address"] == (
        "Kantor Kepala Desa Talang Ubi Timur, Kecamatan Talang Ubi, Kab. PALI"
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "PERWAKILAN PROVINSI SUMATERA SELATAN\n{address}\n\n"
            "BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA\n",
            "BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN",
        ),
        (
            'PENGURUS CABANG PALEMBANG\n"Yakin Usaha Sampai"\n{address}\n\n'
            "oS HIMPUNAN MAHASISWA ISLAM NUSANTARA\n",
            "HIMPUNAN MAHASISWA ISLAM NUSANTARA PENGURUS CABANG PALEMBANG",
        ),
        (
            "GERAKAN MAHASISWA KRISTEN NUSANTARA\n(D DEWAN PIMPINAN CABANG PALEMBANG\n\n"
            "{address}\n",
            "GERAKAN MAHASISWA KRISTEN NUSANTARA DEWAN PIMPINAN CABANG PALEMBANG",
        ),
        ("SRIWIJAYA TIMES\nSUSUNAN REDAKSI\nPemimpin Umum\n{address}\n", "SRIWIJAYA TIMES"),
    ],
)
def test_a_units_body_under_the_address_and_a_papers_board_list(head: str, expected: str) -> None:
    address = "Sekretariat: Jl. Kapten Rivai No. 1 Palembang 30129 Telp. (0711) 312 633"
    letter = head.format(address=address) + "\nNo. : 228/S/XVIII.PLG/04/2026 Palembang\n"
    assert extract_fields([letter], "surat_masuk").values["sender_org"] == expected


def test_a_card_signed_by_an_offices_staff_names_the_office() -> None:
    card = (
        "TURUT BERDUKA CITA\nAtas berpulangnya Nurmaida br. Tambunan, pada hari Rabu.\n"
        "Kami yang turut berduka,\nPimpinan dan Seluruh Jajaran\n"
        "DINAS KOMUNIKASI DAN INFORMATIKA\nPROVINSI SUMATERA SELATAN\n"
    )
    assert extract_fields([card], "surat_masuk").values["sender_org"] == (
        "DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI SUMATERA SELATAN"
    )


def test_an_address_abroad_and_an_office_address_going_on_after_kab() -> None:
    letter = (
        "Nama : Candra Kurniawan, S.E.\nNomor Paspor : X4510963\n"
        "Alamat di Luar Negeri : Roetersstraat 134, 1018 WB Amsterdam, Belanda\n"
        "E-mail : candra98@umail.leidenuniv.nl\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["address"] == (
        "Roetersstraat 134, 1018 WB Amsterdam, Belanda"
    )
    head = (
        "Nama : Ahmad Fauzi\nJabatan : Kepala Desa Sembawa\n"
        "Alamat Kantor : Kantor Kepala Desa Sembawa, Kecamatan Sembawa, Kab.\nBanyuasin\n"
        "No. WA : +62 852-734-6427\n"
    )
    assert extract_fields([head], "keberatan").values["address"] == (
        "Kantor Kepala Desa Sembawa, Kecamatan Sembawa, Kab. Banyuasin"
    )


def test_a_mosque_boards_band_gives_way_to_its_chairmans_whatsapp_row() -> None:
    letter = (
        "DEWAN KEMAKMURAN MASJID (DKM) NURUL HUDA\n\n"
        "Sekretariat: Jl. Lintas Sumatera No. 56 RT 09 Kelurahan Muara Rupit Kec. Rupit\n"
        "HP/WA +62-878-609-2718\n\nPerihal : Permohonan Informasi TPS\n\n"
        "Kami yang bertanda tangan di bawah ini:\nNama : Sutrisno\n"
        "Jabatan : Ketua Takmir Nurul Huda\nHP/WhatsApp : 0896 84029014\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["phone"] == "+6289684029014"


def test_a_plus_read_as_a_t_before_the_country_code() -> None:
    assert normalise_phone("t6281990862687 (WA)") == "+6281990862687"


def test_a_registration_number_stamped_in_a_box_is_read_without_its_rules() -> None:
    checklist = (
        "LEMBAR KONTROL KELENGKAPAN BERKAS\nPENGAJUAN KEBERATAN INFORMASI PUBLIK\n\n"
        "Nomor Registrasi Keberatan : | 032/KEB/PPID/KPU-SS/VI/2026 |\n"
    )
    assert extract_fields([checklist], "keberatan").values["letter_number"] == (
        "032/KEB/PPID/KPU-SS/VI/2026"
    )

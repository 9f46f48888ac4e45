"""Extraction from the shapes a tenth corpus written apart from the pipeline
(bench/make_tenth_corpus.py, seed 10001) showed going wrong: what was asked for named in a
sentence with its purpose or its registration after it, a village head's breakdown table, an
objection's points in a table, a list followed by a table of years, a chat transcript's title."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields, normalise_value


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


PROSE_OBJECTION = """Palembang, 17 Okt 2025
Perihal : Keberatan atas Permohonan Informasi Nomor Pendaftaran
125/PPID/KPU-SS/IX/2025
Kepada Yth.
Atasan PPID KPU Provinsi Sumatera Selatan
Dengan hormat,
Saya yang bertanda tangan di bawah ini, Eko Indra Lubis, NIK 1671021811770458,
pekerjaan Wiraswasta, bertempat tinggal di Jl. Letda A. Rozak No. 93, RT 09 RW 11,
Demang Lebar Daun, Ilir Barat I, Palembang, nomor telepon 628782256249, dengan ini
mengajukan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap
permohonan informasi saya.
Pada tanggal 8 September 2025 saya telah mengajukan permohonan informasi
berupa laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur
dan Wakil Gubernur Sumatera Selatan Tahun 2024 untuk pengawasan partisipatif
masyarakat terhadap penyelenggaraan pemilu, yang tercatat dengan Nomor Pendaftaran
125/PPID/KPU-SS/IX/2025.
Keberatan ini saya ajukan berdasarkan Pasal 35 ayat (1) huruf a Undang-Undang
Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.
Hormat saya,
Eko Indra Lubis
"""


def test_a_purpose_after_untuk_inside_the_sentence_is_no_part_of_the_information() -> None:
    fields = fields_of(PROSE_OBJECTION, "keberatan")
    assert fields["information_requested"] == (
        "Laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur dan Wakil"
        " Gubernur Sumatera Selatan Tahun 2024"
    )
    assert fields["purpose"] == "Pengawasan partisipatif masyarakat terhadap penyelenggaraan pemilu"
    assert fields["reference_registration_number"] == "125/PPID/KPU-SS/IX/2025"


def test_the_registration_the_request_obtained_ends_what_it_asked_for() -> None:
    text = """SURAT KEBERATAN
Saya yang bertanda tangan di bawah ini:
Nama : Dian Wati Purba
KRONOLOGI
- 5 Oktober 2025: saya mengajukan permohonan informasi berupa salinan
kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun
2024 dan memperoleh Nomor Pendaftaran 131/PPID/KPU-SS/X/2025.
- 12 November 2025: informasi baru saya terima, jauh setelah batas waktu.
"""
    assert fields_of(text, "keberatan")["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )


def test_a_breakdown_table_under_the_named_information_is_not_what_is_asked_for() -> None:
    text = """PEMERINTAH DESA PULAU NEGARA
Perihal : Permohonan Data
Yang bertanda tangan di bawah ini:
Nama : Fajar Nur Lubis
Jabatan : Kepala Desa Pulau Negara
dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera
Selatan berupa data jumlah pemilih dan lokasi TPS per dusun di Desa Pulau Negara pada
Pemilu Tahun 2024, dengan rincian sebagai berikut:
No Dusun Jumlah Pemilih Lokasi TPS
1 Dusun I
2 Dusun II
3 Dusun III
Data tersebut akan kami gunakan untuk bahan musyawarah desa tentang sarana TPS.
"""
    assert fields_of(text)["information_requested"] == (
        "Data jumlah pemilih dan lokasi TPS per dusun di Desa Pulau Negara pada Pemilu Tahun 2024"
    )


def test_the_points_of_an_objection_in_a_table_are_not_what_was_asked_for() -> None:
    text = """Hal : Pengajuan Keberatan Informasi Publik
Kami, Lembaga Kajian Demokrasi Dan Anggaran, dalam hal ini diwakili
oleh Joko Indra Sembiring, S.IP., M.Si. selaku Koordinator, menunjuk permohonan informasi
kami Nomor Pendaftaran 063/PPID/KPU-SS/XII/2025 tanggal 24 Desember 2025
mengenai salinan formulir Model C.Hasil untuk TPS 018 Kelurahan Talang
Kelapa.
Atas tanggapan PPID, kami menyampaikan keberatan dengan pokok-pokok
sebagai berikut:
No Tanggapan PPID Keberatan Kami
1 Tidak ada tanggapan sampai Sampai lewat sepuluh hari kerja permohonan
batas waktu saya sama sekali tidak mendapat tanggapan
"""
    assert fields_of(text, "keberatan")["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 018 Kelurahan Talang Kelapa"
    )


def test_a_sentence_leading_into_a_table_of_years_ends_the_list_above_it() -> None:
    text = """dengan ini mengajukan permohonan informasi publik sebagai berikut:
1. Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024
2. Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024
Rentang tahun data yang kami perlukan untuk setiap butir di atas adalah:
Butir Tahun 2020 Tahun 2024 Tahun 2025
Butir 1 Ya Ya Ya
"""
    assert fields_of(text)["information_requested"] == (
        "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024; Salinan kontrak"
        " pengadaan surat suara Pemilihan Gubernur Tahun 2024"
    )


def test_a_transcripts_title_is_no_sender() -> None:
    text = """TRANSKRIP LAYANAN INFORMASI MELALUI WHATSAPP
PPID KPU Provinsi Sumatera Selatan
Nomor Pengirim : 628535940684
Tanggal : 16-06-2026
"""
    assert fields_of(text)["sender_org"] is None


TRANSCRIPT = """TRANSKRIP LAYANAN INFORMASI MELALUI WHATSAPP
PPID KPU Provinsi Sumatera Selatan
Nomor Layanan : 0811-7100-6015
Nomor Pengirim : 6281352073529
Tanggal : 18 Februari 2026
Waktu Pengirim Pesan
12.21 Pemohon Selamat pagi min, saya mau minta data ke PPID KPU Sumsel
12.22 Petugas Selamat pagi. Silakan sampaikan nama lengkap, NIK, alamat, informasi yang
dibutuhkan dan tujuan penggunaannya.
12.23 Pemohon Nama saya Nyimas Rosmala Nur Pratama, NIK 1671056009800129
12.25 Pemohon Alamat Jl. Mayor Ruslan No. 7 RT 039/RW 12, Kel. Silaberanti, Kec. Seberang Ulu I,
Palembang
12.28 Pemohon Pekerjaan advokat
12.32 Pemohon Saya minta:
12.36 Pemohon 1. Laporan penyelenggaraan layanan informasi publik PPID KPU Provinsi Sumatera
Selatan Tahun 2025
12.37 Pemohon 2. Jumlah TPS dan jumlah pemilih per desa/kelurahan di Kota Prabumulih pada
Pemilu 2024
12.38 Pemohon Tujuannya untuk perencanaan program pendidikan pemilih di desa kami
12.40 Petugas Baik, permohonan Bapak/Ibu sudah kami catat dan akan diteruskan ke PPID.
"""


def test_a_transcript_typed_as_a_table_is_read_message_by_message() -> None:
    fields = fields_of(TRANSCRIPT)
    assert fields["information_requested"] == (
        "Laporan penyelenggaraan layanan informasi publik PPID KPU Provinsi Sumatera Selatan"
        " Tahun 2025; Jumlah TPS dan jumlah pemilih per desa/kelurahan di Kota Prabumulih pada"
        " Pemilu 2024"
    )
    assert fields["purpose"] == "Perencanaan program pendidikan pemilih di desa kami"
    assert fields["letter_date"] == "2026-02-18"
    assert fields["nik"] == "1671056009800129"
    assert fields["phone"] == "+6281352073529"  # the sender's, not the desk's service number
    assert fields["occupation"] == "Advokat"


def test_what_the_writer_says_was_not_given_is_no_list_of_what_was_asked() -> None:
    text = """Permohonan informasi berupa laporan hasil audit dana kampanye Tahun 2024.
KRONOLOGI
1. Pada 11 November 2025 saya mengajukan permohonan informasi kepada Termohon,
2. Termohon tidak memberikan informasi sebagaimana yang saya minta:
3. Pada 5 Desember 2025 saya mengajukan keberatan kepada Atasan PPID:
"""
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Laporan hasil audit dana kampanye Tahun 2024"
    )


def test_a_circulars_title_in_capitals_keeps_its_acronyms() -> None:
    text = """KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA
Hal : Surat Edaran
SURAT EDARAN NOMOR 12 TAHUN 2026
TENTANG
PENGELOLAAN DAN PELAYANAN INFORMASI PUBLIK DI LINGKUNGAN KPU
1. Dalam rangka tertib administrasi …
"""
    assert fields_of(text, "surat_masuk")["subject"] == (
        "Pengelolaan dan Pelayanan Informasi Publik di Lingkungan KPU"
    )


def test_a_hearing_summons_names_the_party_who_filed_the_dispute() -> None:
    text = """KOMISI INFORMASI
PROVINSI SUMATERA SELATAN
Nomor : 325/KI-SS/PS/IX/2025 Palembang, 5 September 2025
Hal : Panggilan Sidang Pemeriksaan Awal
Dasar:
3. Permohonan Penyelesaian Sengketa Informasi Publik yang diajukan oleh
Zulkifli Effendi, beralamat di Jalan Jenderal Sudirman Nomor 111, RT.20 RW.05
Kelurahan Muara Dua Kecamatan Prabumulih Timur Kota Prabumulih, terdaftar
dengan Nomor Register 015/REG-PSI/VIII/2025.
"""
    fields = fields_of(text, "sengketa")
    assert fields["applicant_name"] == "Zulkifli Effendi"
    assert fields["address"] == (
        "Jalan Jenderal Sudirman Nomor 111, RT.20 RW.05 Kelurahan Muara Dua Kecamatan"
        " Prabumulih Timur Kota Prabumulih"
    )
    assert fields["dispute_register_number"] == "015/REG-PSI/VIII/2025"


def test_a_mediation_invitations_caption_names_the_applicant() -> None:
    text = """KOMISI INFORMASI
PROVINSI SUMATERA SELATAN
Perihal : Undangan Mediasi
Register Nomor: 010/REG-PSI/V/2026
ANTARA
Nyimas Sri Wati Mahmud
sebagai PEMOHON
MELAWAN
PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
sebagai TERMOHON
"""
    assert fields_of(text, "sengketa")["applicant_name"] == "Nyimas Sri Wati Mahmud"


def test_a_letters_number_read_across_from_a_law_offices_list_of_advocates() -> None:
    text = """KANTOR ADVOKAT & KONSULTAN HUKUM
SUKMA & REKAN
ADVOKAT : | Nomor :155/ADV-SU/IV/2026
Rizki Adi Sukma, S.H. | Lampiran :1 (satu) berkas
1 Perihal : Permohonan Informasi Publik
Firdaus Sembiring, S.H. |
_ Palembang, 16 April 2026
"""
    fields = fields_of(text)
    assert fields["letter_number"] == "155/ADV-SU/IV/2026"
    assert fields["letter_date"] == "2026-04-16"


def test_a_state_companys_legal_form_is_part_of_its_name() -> None:
    text = """PT PLN (Persero)
UNIT PELAKSANA PELAYANAN PELANGGAN PALEMBANG
Jl. Kapten A. Rivai No. 37 Palembang Call Center 123
Nomor : 6470/PLG.2/UP3-PLG/2026 Palembang, 19 Maret 2026
"""
    assert fields_of(text, "surat_masuk")["sender_org"] == (
        "PT PLN (Persero) UNIT PELAKSANA PELAYANAN PELANGGAN PALEMBANG"
    )


def test_a_partys_board_printed_apart_is_named_before_the_party() -> None:
    text = """PARTAI PERSATUAN RAKYAT SRIWIJAYA
PROVINSI SUMATERA SELATAN
Sekretariat: Jl. Angkatan 45 No. 81 Palembang Telp. 0711-374105
3 DEWAN PIMPINAN WILAYAH
Nomor : 240/DPW-PRS/SS/X/2025 Palembang, 09 Okt 2025
Perihal : Permohonan Pembuatan Akun Operator SIPOL
"""
    assert fields_of(text, "surat_masuk")["sender_org"] == (
        "DEWAN PIMPINAN WILAYAH PARTAI PERSATUAN RAKYAT SRIWIJAYA PROVINSI SUMATERA SELATAN"
    )


def test_an_occupation_ends_before_where_the_writer_lives() -> None:
    text = (
        "Saya yang bertanda tangan di bawah ini, Eko Indra Lubis, NIK 1671021811770458,\n"
        "pekerjaan Wiraswasta, bertempat tinggal di Jl. Letda A. Rozak No. 93, Palembang,\n"
        "dengan ini mengajukan keberatan.\n"
    )
    assert fields_of(text, "keberatan")["occupation"] == "Wiraswasta"


def test_a_name_given_in_a_chat_keeps_its_degree() -> None:
    text = TRANSCRIPT.replace("Nyimas Rosmala Nur Pratama, NIK", "Dian Ayu Lubis, S.Sos., NIK")
    assert fields_of(text)["applicant_name"] == "Dian Ayu Lubis, S.Sos."


def test_a_registration_number_glued_to_its_label_is_read() -> None:
    text = "Nomor Pendaftaran Permohonan082/PPID/KPU-SS/VII/2025\n"
    assert fields_of(text, "sengketa")["reference_registration_number"] == (
        "082/PPID/KPU-SS/VII/2025"
    )


def test_a_side_columns_rule_inside_a_sentence_is_no_part_of_the_purpose() -> None:
    text = (
        "Selaku kuasa hukum dari klien kami, dengan ini kami mengajukan permohonan informasi\n"
        "publik berupa salinan DPT Kota Palembang.\n"
        "Informasi tersebut diperlukan sebagai bahan kajian hukum bagi klien\n"
        "| kami. Informasi tersebut mohon dikirim melalui pos.\n"
    )
    assert fields_of(text)["purpose"] == "Bahan kajian hukum bagi klien kami"


def test_a_fee_described_with_its_sum_is_the_unreasonable_fee_ground() -> None:
    text = (
        "ALASAN KEBERATAN\n"
        "Saya keberatan karena saya dibebani biaya penggandaan sebesar Rp5.000 per\n"
        "lembar yang menurut saya tidak wajar.\n"
    )
    assert fields_of(text, "keberatan")["objection_reason_code"] == "f"


def test_a_name_read_across_from_a_side_column_is_no_tail_of_the_subject() -> None:
    text = """ADVOKAT : Nomor : 308/ADV-PU/VIII/2025
Aisyah Ayu Purba, S.H. Lampiran : 1 (satu) berkas
Perihal : Permohonan Informasi Publik
Zulkifli Putra Simanjuntak,
S.H. Palembang, 18 Agustus 2025
Kepada Yth.
"""
    fields = fields_of(text)
    assert fields["subject"] == "Permohonan Informasi Publik"
    assert fields["letter_number"] == "308/ADV-PU/VIII/2025"


def test_a_breakdown_whose_comma_ended_the_line_above_is_not_what_is_asked_for() -> None:
    text = """Yang bertanda tangan di bawah ini:
Nama : Ir. Aprizal Dharma Harahap, S.Pd.
Jabatan : Kepala Desa Tanjung Sakti
dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan
berupa data jumlah pemilih dan lokasi TPS per dusun di Desa Tanjung Sakti pada Pemilu Tahun 2024,
dengan rincian sebagai berikut:
No | Dusun Jumlah Pemilih Lokasi TPS
1 Dusun I
2 Dusun II
Data tersebut akan kami gunakan untuk penyusunan profil desa.
"""
    assert fields_of(text)["information_requested"] == (
        "Data jumlah pemilih dan lokasi TPS per dusun di Desa Tanjung Sakti pada Pemilu Tahun 2024"
    )


def test_a_caption_with_the_applicants_address_under_the_name_names_the_applicant() -> None:
    text = """KOMISI INFORMASI
Perihal : Undangan Sidang Mediasi Sengketa Informasi
Register Nomor: 024/REG-PSI/III/2026
ANTARA
Rina Saputra
Jl. Akmal No. 96 Perum Bukit Sejahtera RT 035/RW 03, Kel.
Sukaraya, Kec. Baturaja Timur, Baturaja
sebagai PEMOHON
MELAWAN
PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
sebagai TERMOHON
"""
    assert fields_of(text, "sengketa")["applicant_name"] == "Rina Saputra"


def test_a_mail_asking_for_an_answer_at_this_address_names_no_address_there() -> None:
    text = """From: Fajar Adi Siregar <fajar82@gmail.com>
Subject: Permohonan Informasi Publik
Perkenalkan, saya drs. Fajar Adi Siregar, NIK 1671162002881104, beralamat di Jl. Residen
Abdul Rozak No. 57 Kel. Lorok Pakjo Kec. Ilir Barat I Palembang.
Melalui surel ini saya ingin mengajukan permohonan informasi publik sebagai berikut:
1) Laporan penyelenggaraan layanan informasi publik Tahun 2025
Mohon saya diberikan salinannya dan dikirim melalui e-mail ke
alamat ini.
Terima kasih atas bantuannya.
"""
    fields = fields_of(text)
    assert fields["applicant_name"] == "drs. Fajar Adi Siregar"
    assert fields["address"] == (
        "Jl. Residen Abdul Rozak No. 57 Kel. Lorok Pakjo Kec. Ilir Barat I Palembang"
    )


def test_an_occupation_without_the_speck_ocr_left_after_it() -> None:
    assert normalise_value("occupation", "WARTAWAN =") == "Wartawan"


def test_a_registration_numbers_month_with_a_gap_ocr_put_inside_is_read_whole() -> None:
    text = (
        "Pokok sengketa adalah permohonan informasi Nomor Pendaftaran 086/PPID/KPU-SS/V III/2025\n"
        "mengenai salinan formulir Model C.Hasil untuk TPS 013 Kelurahan Bukit Sangkal.\n"
    )
    assert fields_of(text, "sengketa")["reference_registration_number"] == (
        "086/PPID/KPU-SS/VIII/2025"
    )


@pytest.mark.parametrize(
    ("wrapped", "address"),
    [
        (
            "Alamat : Jl. Akmal No. 157, RT 35 RW 10, Kemalaraja, Baturaja\n\nTimur, Kab. OKU\n",
            "Jl. Akmal No. 157, RT 35 RW 10, Kemalaraja, Baturaja Timur, Kab. OKU",
        ),
        (
            "Alamat : Jl. Bukit Barisan No. 187, RT 20 RW 10, Gunung Ibul, Prabumulih\n\n"
            "Timur, Prabumulih\n",
            "Jl. Bukit Barisan No. 187, RT 20 RW 10, Gunung Ibul, Prabumulih Timur, Prabumulih",
        ),
        (
            "Alamat : Jalan Depati Said Nomor 197, RT.04 RW.03 Kelurahan Taba\n\n"
            "Jemekeh Kecamatan Lubuklinggau Timur I Kota Lubuklinggau\n",
            "Jalan Depati Said Nomor 197, RT.04 RW.03 Kelurahan Taba Jemekeh Kecamatan"
            " Lubuklinggau Timur I Kota Lubuklinggau",
        ),
    ],
)
def test_an_address_goes_on_with_place_names_past_a_blank_line_ocr_put_inside(
    wrapped: str, address: str
) -> None:
    text = f"Nama : Ilham Nur Sembiring\n{wrapped}\ndengan ini mengajukan permohonan informasi\n"
    assert fields_of(text)["address"] == address


def test_a_short_address_is_not_followed_past_a_blank_line_to_a_name() -> None:
    text = "Alamat : Jl. Merdeka No. 5, Palembang\n\nRudi Hartono, Budi\n\nPekerjaan : Guru\n"
    assert fields_of(text)["address"] == "Jl. Merdeka No. 5, Palembang"


@pytest.mark.parametrize(
    ("asked", "information", "purpose"),
    [
        (
            "jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota untuk\n"
            "kelengkapan bahan advokasi hukum",
            "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota",
            "Kelengkapan bahan advokasi hukum",
        ),
        (
            "data tingkat partisipasi pemilih pada Pemilihan Gubernur Tahun 2024 per\n"
            "kabupaten/kota untuk dokumentasi pribadi dan pengetahuan umum",
            "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Tahun 2024 per"
            " kabupaten/kota",
            "Dokumentasi pribadi dan pengetahuan umum",
        ),
        (
            "salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun\n"
            "2024 untuk perencanaan program pendidikan pemilih di desa kami",
            "Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024",
            "Perencanaan program pendidikan pemilih di desa kami",
        ),
        (  # "untuk" before the records' own words goes on with what was asked
            "rekapitulasi hasil penghitungan suara untuk pemilihan Gubernur Tahun 2024",
            "Rekapitulasi hasil penghitungan suara untuk pemilihan Gubernur Tahun 2024",
            None,
        ),
        (
            "salinan formulir Model C.Hasil untuk TPS 016 Kelurahan Pasar Lama untuk kajian\n"
            "akademik mengenai partisipasi pemilih di daerah",
            "Salinan formulir Model C.Hasil untuk TPS 016 Kelurahan Pasar Lama",
            "Kajian akademik mengenai partisipasi pemilih di daerah",
        ),
    ],
)
def test_a_purpose_after_what_was_asked_in_an_objections_sentence_is_read(
    asked: str, information: str, purpose: str | None
) -> None:
    text = PROSE_OBJECTION.replace(
        "berupa laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur\n"
        "dan Wakil Gubernur Sumatera Selatan Tahun 2024 untuk pengawasan partisipatif\n"
        "masyarakat terhadap penyelenggaraan pemilu",
        f"berupa\n{asked}",
    )
    fields = fields_of(text, "keberatan")
    assert (fields["information_requested"], fields["purpose"]) == (information, purpose)


def test_a_listed_item_stopped_at_an_acronym_goes_on_past_a_blank_line_with_a_name() -> None:
    text = (
        "Selaku kuasa hukum dari klien kami, dengan ini kami mengajukan\n"
        "permohonan informasi publik berupa:\n\n"
        "1. Laporan penyelenggaraan layanan informasi publik PPID KPU\n\n"
        "Provinsi Sumatera Selatan Tahun 2025\n\n"
        "Informasi tersebut diperlukan sebagai bahan pembuktian dalam\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Laporan penyelenggaraan layanan informasi publik PPID KPU Provinsi Sumatera Selatan"
        " Tahun 2025"
    )


def test_a_letters_number_beside_a_side_columns_heading_and_a_speck_is_read() -> None:
    text = "ADVOKAT : » Nomor :118/ADV-YU/VI/2026\nKartika Dwi Yusran, S.H. | Lampiran :1 berkas\n"
    assert fields_of(text)["letter_number"] == "118/ADV-YU/VI/2026"


def test_a_side_columns_speck_before_the_perihal_label_is_no_part_of_it() -> None:
    text = (
        "ADVOKAT : Nomor : 082/ADV-SE/X/2025\n"
        "Ilham Dharma Setiawan, Lampiran : 1 (satu) berkas\n"
        "ats Perihal : Permohonan Informasi Publik\n"
        "Heri Dharma Hasibuan, Palembang, 24 Oktober 2025\n"
    )
    assert fields_of(text)["subject"] == "Permohonan Informasi Publik"


def test_a_label_with_a_speck_read_as_an_equals_sign_before_its_colon_is_read() -> None:
    text = "Nama Lengkap : Taufik Syahputra, S.IP.\nPekerjaan/Jabatan =: Buruh Harian Lepas\n"
    assert fields_of(text)["occupation"] == "Buruh Harian Lepas"


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("PalembangQ5-11-2025", "2025-11-05"),
        ("Palembang15/6/2026", "2026-06-15"),
        ("Palembang23 Maret 2026", "2026-03-23"),
    ],
)
def test_a_forms_dateline_glued_to_its_town_is_the_letters_date(dateline: str, iso: str) -> None:
    text = f"D. URAIAN SINGKAT\nSaya keberatan.\n{dateline}\nPetugas Penerima, Pengaju Keberatan,\n"
    assert fields_of(text, "keberatan")["letter_date"] == iso


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "DEWAN PIMPINAN WILAYAH\n(39 PARTAI KEBANGKITAN DESA INDONESIA\n"
            "PROVINSI SUMATERA SELATAN\n",
            "DEWAN PIMPINAN WILAYAH PARTAI KEBANGKITAN DESA INDONESIA PROVINSI SUMATERA SELATAN",
        ),
        ("PEMERINTAH PROVINSI SUMATERA SELATAN\nCS SEKRETARIAT DAERAH\n", "SEKRETARIAT DAERAH"),
        (  # a school's "SD" is its name's, no logo's letters (the foundation over it runs it)
            "YAYASAN PENDIDIKAN SRIWIJAYA\nSD ISLAM TERPADU AL-FURQON\n",
            "SD ISLAM TERPADU AL-FURQON",
        ),
    ],
)
def test_a_logos_specks_before_a_letterhead_line_are_no_part_of_the_sender(
    head: str, sender: str
) -> None:
    text = f"{head}Jl. Kapten A. Rivai No. 3 Palembang 30129\nNomor : 017/DPW/IV/2026\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == sender


@pytest.mark.parametrize(
    ("header", "email"),
    [
        ("From: Novri Putra Wijaya cnovriwij94@ gmail.com", "novriwij94@gmail.com"),
        ("From: Citra Dewi citra.dewi@gmail.com", "citra.dewi@gmail.com"),
    ],
)
def test_a_mail_headers_bracket_read_as_c_is_no_part_of_the_address(
    header: str, email: str
) -> None:
    text = f"{header}\nSent: Senin, 4 Mei 2026 09.12\nTo: ppid@kpu-sumselprov.go.id\n"
    assert fields_of(text)["email"] == email

"""Extraction from layouts written apart from the pipeline (bench/make_blind_corpus.py showed
them): Komisi Informasi and court parties, letters filed by a representative, labels above their
values, datelines with a weekday, received stamps over a letterhead, requests and purposes in
prose or under a heading."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Palembang, Jumat, 3 April 2026", "2026-04-03"),
        ("Nomor : 073/KMS/III/2026 Palembang, Senin, 30 Maret 2026", "2026-03-30"),
    ],
)
def test_a_dateline_with_its_weekday_is_the_letters_date(line: str, date: str) -> None:
    text = f"{line}\nSaya lahir di Muara Enim, 24 Juni 1963."
    assert fields_of(text)["letter_date"] == date


def test_a_subject_loses_the_weekday_dateline_beside_it() -> None:
    text = "Hal :Keberatan atas Permintaan Informasi Palembang, Senin, 5 Januari 2026\n"
    assert fields_of(text, "keberatan")["subject"] == "Keberatan atas Permintaan Informasi"


def test_a_courts_party_line_gives_the_applicant_and_address() -> None:
    text = (
        "Pemohon Keberatan : Mgs. Ahmad Fauzi, beralamat di Jl. Abikusno Cokrosuyoso No. 225 RT\n"
        "41 RW 3 Karya Jaya, Kertapati, Palembang (semula Pemohon Informasi):\n"
        "Termohon Keberatan : PPID KPU Provinsi Sumatera Selatan (semula Termohon).\n"
    )
    values = fields_of(text, "sengketa")
    assert values["applicant_name"] == "Mgs. Ahmad Fauzi"
    assert values["address"] == (
        "Jl. Abikusno Cokrosuyoso No. 225 RT 41 RW 3 Karya Jaya, Kertapati, Palembang"
    )


def test_a_commissions_table_names_the_applicant_after_pemohon() -> None:
    text = (
        "Nomor Register :030/REG-PSI/XII/2025\nPemohon :Jumadi\n"
        "Alamat Pemohon :Jl. Letkol Iskandar No. 147 RT 8 RW 3 Kemang Manis, Ilir Barat II,\n"
        "Palembang\nTermohon :PPID KPU Provinsi Sumatera Selatan\n"
    )
    values = fields_of(text, "sengketa")
    assert values["applicant_name"] == "Jumadi"
    assert values["address"] == (
        "Jl. Letkol Iskandar No. 147 RT 8 RW 3 Kemang Manis, Ilir Barat II, Palembang"
    )


def test_a_signature_heading_is_not_a_name() -> None:
    text = "Demikian keberatan ini.\nPemohon Keberatan,\nSiti Aminah\n"
    assert fields_of(text, "keberatan")["applicant_name"] == "Siti Aminah"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("dapat dihubungi melalui nomor +62-853-8400-0105 atau surel", "+6285384000105"),
        ("Telepon 1089553429721 (WA)\n", "+6289553429721"),
        ("Nomor Kontak 1462 878 4511 3763\n", "+6287845113763"),
        ("No. HP 1162 853 2883 6759\n", "+6285328836759"),  # ": +62" read as "11" and "62"
    ],
)
def test_phone_numbers_with_a_dashed_country_code_or_a_speck_before_them(
    text: str, phone: str
) -> None:
    assert fields_of(text)["phone"] == phone


def test_the_e_mail_in_the_offices_own_form_letterhead_is_not_the_applicants() -> None:
    form = (
        "KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATAN\n"
        "Jl. Kapten A. Rivai No. 95 Palembang 30129\n"
        "Laman: sumsel.kpu.go.id - Surel: ppid.kpusumsel@gmail.com\n"
        "SURAT PERNYATAAN KEBERATAN\nNama : Siti Aisyah\nSurel : siti.aisyah@gmail.com\n"
    )
    assert fields_of(form, "keberatan")["email"] == "siti.aisyah@gmail.com"
    assert fields_of(form, "keberatan")["sender_org"] is None
    blank = form.replace("Surel : siti.aisyah@gmail.com\n", "")
    assert fields_of(blank, "keberatan")["email"] is None


KUASA_HEADINGS = """PEMBERI KUASA (PEMOHON INFORMASI)
Nama :Dra. Eka Yulianti, S.H., M.Kn.
Alamat :Jl. Jenderal Sudirman No. 189, RT.29/RW.01, Kelurahan 17 Ilir, Palembang
Pekerjaan :Pensiunan
PENERIMA KUASA
Nama :R.A. Maya Kartika
Alamat :Jl. Aiptu A. Wahab No. 31, Kelurahan 11 Ulu, Palembang
Telepon :0889.5040.521 (WhatsApp)
Berdasarkan Surat Kuasa Khusus bermeterai (terlampir), Penerima Kuasa mengajukan keberatan.
"""
KUASA_SENTENCES = """Dengan hormat, yang bertanda tangan di bawah ini selaku Penerima Kuasa:
Nama :Teguh Wibowo
Pekerjaan :Staf Advokasi
No. Telepon :0813 9676 486
dalam hal ini bertindak untuk dan atas nama Pemberi Kuasa/Pemohon Informasi berdasarkan Surat
Kuasa Khusus tanggal 15 Mei 2026 (terlampir):
Nama :Ir. Ulfa Nur-Jannah, S.H., M.Kn.
Pekerjaan :Notaris
Alamat :Komp. Bukit Sejahtera Blok B-6 RT 12 RW 5 Gandus, Palembang
"""


@pytest.mark.parametrize(
    ("text", "name", "occupation"),
    [
        (KUASA_HEADINGS, "Dra. Eka Yulianti, S.H., M.Kn.", "Pensiunan"),
        (KUASA_SENTENCES, "Ir. Ulfa Nur-Jannah, S.H., M.Kn.", "Notaris"),
    ],
)
def test_a_representatives_details_are_not_the_applicants(
    text: str, name: str, occupation: str
) -> None:
    values = fields_of(text, "keberatan")
    assert values["applicant_name"] == name
    assert values["occupation"] == occupation
    assert values["phone"] is None


def test_an_address_given_with_dotted_rt_rw_stays_as_written() -> None:
    address = fields_of(KUASA_HEADINGS, "keberatan")["address"]
    assert address == "Jl. Jenderal Sudirman No. 189, RT.29/RW.01, Kelurahan 17 Ilir, Palembang"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Adapun informasi yang kami mohonkan adalah:\n\n"
            "a. Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran\n2026\n\n"
            "Informasi tersebut kami perlukan untuk bahan rapat.\n",
            "Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
        ),
        (
            "Pemohon mengajukan permintaan informasi berupa rincian realisasi anggaran hibah\n\n"
            "Pemilihan Gubernur Tahun 2024 per jenis belanja\nkepada PPID KPU Provinsi Sumatera "
            "Selatan dan tercatat dengan nomor pendaftaran 012/PPID/KPU-SS/IV/2026.\n",
            "Rincian realisasi anggaran hibah Pemilihan Gubernur Tahun 2024 per jenis belanja",
        ),
        (
            "Saya minta rekapitulasi jumlah surat suara rusak per kabupaten/kota, tapi\n"
            "jawabannya baru datang lebih dari sebulan kemudian.\n",
            "Rekapitulasi jumlah surat suara rusak per kabupaten/kota",
        ),
    ],
)
def test_the_information_asked_for_in_prose_or_after_a_lead_in(text: str, wanted: str) -> None:
    assert fields_of(text, "keberatan")["information_requested"] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "V. TUJUAN PENGGUNAAN INFORMASI\nAdvokasi hak pilih penyandang disabilitas.\n",
            "Advokasi hak pilih penyandang disabilitas",
        ),
        ("Untuk keperluan :Pengawasan partisipatif atas pemilihan\n", "Pengawasan partisipatif "
         "atas pemilihan"),
        ("melakukan segala tindakan yang diperlukan untuk keperluan tersebut.\n", None),
    ],
)  # fmt: skip
def test_the_purpose_under_a_heading_or_a_label_and_never_a_pronoun(
    text: str, wanted: str | None
) -> None:
    assert fields_of(text)["purpose"] == wanted


def test_a_section_heading_over_a_numbered_table_row_is_no_value() -> None:
    text = (
        "B. INFORMASI YANG DIMINTA\n"
        "7 Rincian Informasi yang Laporan Layanan Informasi Publik KPU Provinsi\n"
        "Diminta Sumatera Selatan Tahun 2025\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Laporan Layanan Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025"
    )


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "DITERIMA\nKPU PROVINSI SUMATERA SELATAN\nKOMISI INFORMASI ||... 22/5/2026\n"
            "PROVINSI SUMATERA SELATAN OOT\nJl. Angkatan 45 No. 1\n",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN OOT",
        ),
        ("12.56 4G 82%\n+62 857-8216-784\nonline\n", None),
        ("DITERIMA ]\nKPU PROVINSI SUMATERA SELATAN\nSURAT PENGAJUAN KEBERATAN\n", None),
        (
            "MAHKAMAH AGUNG REPUBLIK INDONESIA\nDIREKTORAT JENDERAL BADAN PERADILAN MILITER DAN\n"
            "PERADILAN TATA USAHA NEGARA\nPENGADILAN TATA USAHA NEGARA PALEMBANG\nJl. A. Yani\n",
            "PENGADILAN TATA USAHA NEGARA PALEMBANG",
        ),
        ("HARIAN MUSI PAGI Fakta Setiap Saat\nRedaksi: Jl. Pertahanan 27\n", "HARIAN MUSI PAGI"),
        ("Selasa, 9 Desember 2025\nKepada Yth.\nPPID KPU Sumsel\n", None),
        (
            "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\nRELAAS PANGGILAN SIDANG\n",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        (
            "MAHKAMAH AGUNG REPUBLIK INDONESIA\nPENGADILAN NEGERI PALEMBANG\n\n"
            "NA INA Ji. Kapten A. Rivai No. 16, Palembang 30129\n",
            "PENGADILAN NEGERI PALEMBANG",
        ),
        (
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK\nUNIVERSITAS SRIWIJAYA\n\n"
            "(s) KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI\n\nJl. Palembang-Prabumulih\n",
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK UNIVERSITAS SRIWIJAYA",
        ),
        (
            "DITERIMA =\nKPU PROvINSsI SUMATERA SELATAN |\nTgi 2 o 2\nSURAT PENGAJUAN KEBERATAN\n",
            None,
        ),
        # A press clipping is from the paper it names, not from its "KLIPING BERITA" title.
        (
            "KLIPING BERITA\n\nSubbagian Teknis dan Hubungan Masyarakat KPU Provinsi\n\n"
            "Media : Palembang Pos\nEdisi : Rabu, 24 Desember 2025\nHalaman : 6\n",
            "Palembang Pos",
        ),
        ("KLIPING BERITA\n\nData Pemilih Pemula Jadi Sorotan\n", None),
        # A desk's note written across a letterhead between its lines.
        (
            "KANTOR HUKUM\n\nUk diproses Sesuai SOP\n\nRIZAL EFFENDI & REKAN\n"
            "Jl. Srijaya Negara No. 13, Palembang\n",
            "KANTOR HUKUM RIZAL EFFENDI & REKAN",
        ),
        # A reporter's outlet as its masthead prints it.
        (
            "WARTA AMPERA Fakta Setiap Saat\nRedaksi: Jl. Jend. Ahmad Yani No. 8, Palembang\n"
            "SURAT PERMINTAAN INFORMASI\nNama : Marzuki Alamsyah\nMedia : Warta Ampera\n",
            "WARTA AMPERA",
        ),
        # No letterhead: a citizen's letter begins with its dateline and the addressee.
        (
            "Palembang, 19 Januari 2026\nKepada Yth.\nPPID KPU Provinsi Sumatera Selatan\n",
            None,
        ),
        # The office's own memo, its letterhead read through a logo's specks.
        (
            "KOMISI PEMILIHAN UMUM 1 RO Tuan\n\nt STAN\n\nPROVINSI SUMATERA SELATAN ai its\n",
            "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
        ),
        (
            "KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATAN\n"
            "Jl. Kapten A. Rivai No. 95 Palembang 30129 Telp. (0711) 350445\n"
            "Laman: sumsel.kpu.go.id\nNOTA DINAS\nNomor: 45/PP.01-ND/16/2025\n",
            "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
        ),
    ],
)
def test_the_sender_past_stamps_status_bars_titles_and_umbrella_bodies(
    head: str, sender: str | None
) -> None:
    assert fields_of(head, "surat_masuk")["sender_org"] == sender


def test_labels_above_their_values() -> None:
    form = (
        "LEMBAR PERMINTAAN INFORMASI PUBLIK\nALAMAT SESUAI KTP\n"
        "Komp. Villa Kenten Blok A-4, Kel. Pasar II, Kec. Muara Enim, Muara Enim 31933\n"
        "ALAMAT SUREL TANGGAL PERMINTAAN\nfirdaus@yahoo.com 28-5-2026\n"
        "PEKERJAAN\nMahasiswa\n"
    )
    values = fields_of(form)
    assert values["address"] == (
        "Komp. Villa Kenten Blok A-4, Kel. Pasar II, Kec. Muara Enim, Muara Enim 31933"
    )
    assert values["occupation"] == "Mahasiswa"


def test_a_bodys_secretariat_gives_way_to_the_persons_own_address() -> None:
    letter = (
        "DEWAN PIMPINAN WILAYAH PARTAI KEADILAN\n"
        "Sekretariat: Jl. Syakyakirti No. 44, Kel. Karang Jaya, Kec. Gandus, Palembang\n"
        "SK Menkumham RI Nomor M.HH-21.AH.11.01 Tahun 2021\n"
        "Nama : Rina Oktaviani\nAlamat : Jl. Merdeka No. 13, Kel. Talang Semut, Palembang\n"
    )
    assert fields_of(letter)["address"] == "Jl. Merdeka No. 13, Kel. Talang Semut, Palembang"
    alone = letter.replace("Alamat : Jl. Merdeka No. 13, Kel. Talang Semut, Palembang\n", "")
    assert fields_of(alone)["address"] == (
        "Jl. Syakyakirti No. 44, Kel. Karang Jaya, Kec. Gandus, Palembang"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selamat siang. Saya Joko Santoso, mau mengajukan keberatan atas", "Joko Santoso"),
        (
            "Kami yang tergabung dalam Koalisi Kawal Anggaran, dalam hal ini diwakili oleh "
            "Ferdinand Simanjuntak selaku Koordinator, beralamat di sekretariat",
            "Ferdinand Simanjuntak",
        ),
        (
            "Saya yang bertanda tangan di bawah ini, Hj. Nurhayati, S.E., M.M., bertempat\n"
            "tinggal di Jl. Kol. H. Burlian No. 97",
            "Hj. Nurhayati, S.E., M.M.",
        ),
        ("Demikian permohonan ini.\nHormat saya,\nHj. Nurhayati, S.E., M.M.\n", "Hj. Nurhayati, "
         "S.E., M.M."),
        (
            "Demikian surat keberatan ini.\nHormat kami, Koalisi Kawal Anggaran\n"
            "Ferdinand Simanjuntak Dra. Amelia Hasibuan, Ph.D. Dr. Fitri Handayani, S.Pd.\n",
            "Ferdinand Simanjuntak",
        ),
        (
            "telah menerima permohonan penyelesaian sengketa informasi publik dari Citra Kirana "
            "yang telah diregistrasi dengan Nomor 002/KI-SS/PS.REG/V/2026",
            "Citra Kirana",
        ),
    ],
)  # fmt: skip
def test_the_applicant_named_in_prose_or_under_the_closing(text: str, name: str) -> None:
    assert fields_of(text, "keberatan")["applicant_name"] == name


def test_the_name_in_the_letter_wins_over_the_ktp_copy_behind_it() -> None:
    letter = "Saya yang bertanda tangan di bawah ini, Hj. Rahmawati, S.Ak., pemegang KTP dengan"
    ktp = "Lampiran: Fotokopi KTP\nNIK : 1671096302951473\nNama : RAHMAWATI\n"
    assert extract_fields([letter, ktp], "permohonan_informasi").values["applicant_name"] == (
        "Hj. Rahmawati, S.Ak."
    )


def test_a_row_of_labels_is_not_a_value() -> None:
    form = (
        "NAMA LENGKAP NOMOR INDUK KEPENDUDUKAN (NIK)\nFirdaus Zainal 1608171402601974\n"
        "PEKERJAAN NOMOR TELEPON / WHATSAPP\nMahasiswa +62 823 4634 6476\n"
    )
    values = fields_of(form)
    assert values["applicant_name"] == "Firdaus Zainal"
    assert values["occupation"] == "Mahasiswa"
    assert values["nik"] == "1608171402601974"
    assert values["phone"] == "+6282346346476"


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "Hal :Permintaan Jawaban Tertulis atas\nPermohonan Penyelesaian Sengketa\nInformasi\n"
            "Kepada\nYth. PPID KPU Provinsi Sumatera Selatan\n",
            "Permintaan Jawaban Tertulis atas Permohonan Penyelesaian Sengketa Informasi",
        ),
        (
            "Hal : Penyampaian Penetapan Majelis Komisioner\n\ndan Jadwal Sidang\n\nYth. Ketua\n",
            "Penyampaian Penetapan Majelis Komisioner dan Jadwal Sidang",
        ),
        (
            "Perihal : Permintaan Salinan Informasi\nGPR SUMATERA SELATAN DITERIMA\n",
            "Permintaan Salinan Informasi",
        ),
        ("Perihal : Permohonan Informasi Publik\n\nKepada Yth.\nKetua KPU\n", "Permohonan "
         "Informasi Publik"),
    ],
)  # fmt: skip
def test_a_subject_goes_on_over_the_lines_it_wraps_to(head: str, subject: str) -> None:
    assert fields_of(head, "surat_masuk")["subject"] == subject


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "1 17 April 2026 Pemohon mengajukan permintaan informasi.\n"
            "Ditulis di Palembang, pada hari Kamis tanggal 7 Mei 2026.\n",
            "2026-05-07",
        ),
        ("TANGGAL PERMINTAAN\nfirdaus@yahoo.com 28-5-2026\n", "2026-05-28"),
    ],
)
def test_a_letter_dated_in_its_closing_or_by_a_date_in_figures(text: str, date: str) -> None:
    assert fields_of(text)["letter_date"] == date


@pytest.mark.parametrize(
    ("text", "field", "wanted"),
    [
        (
            "RINCIAN INFORMASI YANG DIMINTA\n(cid:127) Rencana Kerja dan Anggaran Tahun 2026\n"
            "TUJUAN PENGGUNAAN INFORMASI\nBahan diskusi publik bersama pemilih muda\n"
            "BENTUK INFORMASI CARA PENYAMPAIAN\nSalinan dokumen Diambil di kantor\n",
            "information_requested",
            "Rencana Kerja dan Anggaran Tahun 2026",
        ),
        (
            "TUJUAN PENGGUNAAN INFORMASI\nBahan diskusi publik bersama pemilih muda\n"
            "BENTUK INFORMASI CARA PENYAMPAIAN\nSalinan dokumen Diambil di kantor\n",
            "purpose",
            "Bahan diskusi publik bersama pemilih muda",
        ),
        (
            "V. TUJUAN PENGGUNAAN INFORMASI\nBahan kajian internal partai\nPalembang, 06/05/2026\n",
            "purpose",
            "Bahan kajian internal partai",
        ),
        (
            "NOMOR: 004/PEN-MK/KI-SS/IV/2026\nTENTANG\nPENUNJUKAN MAJELIS KOMISIONER DAN JADWAL\n",
            "information_requested",
            None,
        ),
        (
            "yang terdaftar dengan Nomor Pendaftaran 126/PPID/KPU-SS/XI/2025\n"
            "tanggal 9 Desember 2025 mengenai Salinan Laporan Keuangan Tahun Anggaran 2025.\n",
            "information_requested",
            "Salinan Laporan Keuangan Tahun Anggaran 2025",
        ),
    ],
)
def test_values_end_at_a_heading_or_dateline_and_a_title_is_no_request(
    text: str, field: str, wanted: str | None
) -> None:
    assert fields_of(text, "keberatan")[field] == wanted


def test_a_court_names_the_dispute_by_the_commissions_decision() -> None:
    text = (
        "telah didaftarkan permohonan keberatan terhadap Putusan Komisi Informasi Provinsi\n"
        "Sumatera Selatan Nomor 013/KI-SS/PS.REG/III/2026 tanggal 24 Februari 2026, dengan\n"
        "register perkara Nomor 24/G/KI/2026/PTUN.PLG, antara:\n"
    )
    assert fields_of(text, "sengketa")["dispute_register_number"] == "013/KI-SS/PS.REG/III/2026"


GMAIL_PRINT = """30/04/26 10.12 Gmail - Pemberitahuan Jadwal Sidang Pemeriksaan Awal
Gmail
PPID KPU Sumsel <ppid.kpusumsel@gmail.com>
Pemberitahuan Jadwal Sidang Pemeriksaan Awal Register
0012/REG/PSI-KI.SS/IV/2026
1 pesan
{sender} Kamis, 30 April 2026 pukul 09.01
<kepaniteraan.kisumsel@gmail.com>
Kepada: ppid.kpusumsel@gmail.com
Yth. PPID KPU Provinsi Sumatera Selatan,
Dengan hormat, bersama ini kami beritahukan jadwal sidang sengketa informasi publik.
"""


def test_a_printed_email_gives_its_subject_and_the_body_that_sent_it() -> None:
    text = GMAIL_PRINT.format(sender="Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan")
    values = fields_of(text, "sengketa")
    assert values["subject"] == (
        "Pemberitahuan Jadwal Sidang Pemeriksaan Awal Register 0012/REG/PSI-KI.SS/IV/2026"
    )
    assert values["sender_org"] == "Komisi Informasi Provinsi Sumatera Selatan"


def test_a_printed_email_from_a_person_has_no_sender_body() -> None:
    values = fields_of(GMAIL_PRINT.format(sender="Benny Sembiring"), "sengketa")
    assert values["sender_org"] is None


def test_a_letter_forwarded_by_a_desk_of_the_office_has_no_sender_body() -> None:
    text = GMAIL_PRINT.format(sender="Humas KPU Sumsel <humas.sumsel @kpu.go.id>")
    values = extract_fields([text], "sengketa", own_domains=("kpu.go.id",)).values
    assert values["sender_org"] is None


def test_seorang_before_what_is_no_occupation_is_not_one() -> None:
    text = "Dengan hormat,\nSaya seorang warga Kota Palembang, memohon informasi.\n"
    assert fields_of(text)["occupation"] is None


@pytest.mark.parametrize("gap", ["——", "“"])
def test_a_scanned_email_print_with_the_gap_ocr_read_as_rules(gap: str) -> None:
    text = (
        "Gmail PPID KPU Sumsel cppid.kpusumsel @gmail.com»\n\n"
        "Pemberitahuan Jadwal Sidang Sengketa Informasi Publik\n\n1 pesan\n\n"
        f"Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan {gap}Senin, 20 April 2026\n"
        "«kepaniteraan.kisumsel @ gmail.com»\n"
    )
    values = fields_of(text, "sengketa")
    assert values["subject"] == "Pemberitahuan Jadwal Sidang Sengketa Informasi Publik"
    assert values["sender_org"] == "Komisi Informasi Provinsi Sumatera Selatan"


def test_an_address_beside_a_party_ends_before_the_next_label() -> None:
    text = (
        "Pemohon : Anton Sihombing, beralamat di Jl. Abikusno Cokrosuyoso No. 2\n"
        "Lr. Mawar RT 015/RW 005, Kel. Ogan Baru, Kec. Kertapati,\nPalembang\n"
        "Termohon : PPID KPU Provinsi Sumatera Selatan, diwakili oleh Andi Wijaya\n"
        "Mediator : Sahril Nasution\n"
    )
    assert fields_of(text, "sengketa")["address"] == (
        "Jl. Abikusno Cokrosuyoso No. 2 Lr. Mawar RT 015/RW 005, Kel. Ogan Baru, Kec. Kertapati,"
        " Palembang"
    )


def test_a_letterheads_telephone_is_not_part_of_the_address() -> None:
    text = (
        "WARTA AMPERA\nRedaksi: Jl. Jend. Ahmad Yani No. 8, Kel. 7 Ulu, Kec. Seberang Ulu I, "
        "Palembang 30152 - Telp. (0711) 618 314\nNama : Marzuki Alamsyah\n"
    )
    assert fields_of(text)["address"] == (
        "Jl. Jend. Ahmad Yani No. 8, Kel. 7 Ulu, Kec. Seberang Ulu I, Palembang 30152"
    )


def test_a_chat_message_gives_the_address_after_alamat_saya() -> None:
    text = (
        "Alamat saya Komp. Perumnas Talang Kelapa Blok\nD-23 RT 036/RW 007, Kel. Tangga Takat, "
        "Kec.\nSeberang Ulu II, Palembang. Mohon keberatan saya\nditeruskan ke atasan PPID.\n"
    )
    assert fields_of(text, "keberatan")["address"] == (
        "Komp. Perumnas Talang Kelapa Blok D-23 RT 036/RW 007, Kel. Tangga Takat, Kec. Seberang"
        " Ulu II, Palembang"
    )


@pytest.mark.parametrize(
    ("prose", "occupation"),
    [
        ("Palembang, bekerja sebagai\nDosen, nomor telepon 0812", "Dosen"),
        ("Kayuagung, sehari-hari bekerja sebagai pekerja\nLepas, dengan ini", "Pekerja Lepas"),
        ("Palembang, pekerjaan Pensiunan\nNIK 1671", "Pensiunan"),
        ("Jl. Merdeka No. 3 Baturaja dan bekerja sebagai dosen, bermaksud", "Dosen"),
    ],
)
def test_an_occupation_said_in_a_sentence(prose: str, occupation: str) -> None:
    assert fields_of(f"Saya Tuti Alawiyah, beralamat di {prose}")["occupation"] == occupation


@pytest.mark.parametrize(
    ("sentence", "occupation"),
    [
        ("Saya, Sutrisno, pedagang, pemegang NIK 1609020906790781, memohon", "Pedagang"),
        ("Mega Rahmawati (NIK. 1601116212830474), seorang ibu Rumah Tangga, alamat",
         "Ibu Rumah Tangga"),
    ],
)  # fmt: skip
def test_an_occupation_named_beside_the_writer(sentence: str, occupation: str) -> None:
    assert fields_of(f"Dengan hormat,\n{sentence} informasi.\n")["occupation"] == occupation


def test_a_copy_the_writer_will_collect_is_obtained_as_a_copy() -> None:
    text = (
        "Jawaban tertulis beserta salinan dokumen pendukung akan saya ambil\n"
        "langsung di kantor PPID. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n"
    )
    values = fields_of(text)
    assert values["obtain_method"] == "salinan"
    assert values["delivery_method"] == "mengambil_langsung"


def test_a_commissions_letter_names_the_disputed_information_after_mengenai() -> None:
    text = (
        "Pemohon : Zulkifli Hasan\nTermohon : PPID KPU Provinsi Sumatera Selatan\n"
        "mengenai dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024 beserta berita\n"
        "acara serah terima terkait permintaan informasi nomor pendaftaran\n"
        "079/PPID/KPU-SS/I/2026.\n"
    )
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024 beserta berita acara serah"
        " terima"
    )


WHATSAPP_EXPORT = """Chat WhatsApp dengan +62 878-0846-0317
Akun: Layanan Informasi KPU Sumsel (+62 811-7100-234)
07/04/26 21.02 - Layanan Informasi KPU Sumsel: Pesan otomatis: kantor buka pukul 08.00.
08/04/26 09.25 - +62 878-0846-0317: Selamat pagi, apakah benar ini nomor layanan
informasi KPU Sumsel?
08/04/26 09.29 - Layanan Informasi KPU Sumsel: Selamat pagi. Mohon sebutkan nama
lengkap, NIK, alamat, pekerjaan, tujuan penggunaan informasi dan cara Bapak/Ibu
ingin menerima informasinya.
08/04/26 09.34 - +62 878-0846-0317: Saya mau minta dua informasi: 1) Laporan
hasil audit dana kampanye untuk seluruh pasangan calon: 2) Notulen rapat pleno
penetapan pasangan calon Gubernur Tahun 2024
[09/04/26 09.51.02] Rusmini: Nama: Rusmini
[09/04/26 09.51.40] Rusmini: Pekerjaan: Dosen
09/04/26 10.03 - +62 878-0846-0317: Tujuannya untuk penyusunan buku sejarah
kepemiluan di Sumatera Selatan. Saya mau datang baca langsung dokumennya di kantor
"""


def test_a_chat_export_is_read_from_the_applicants_own_messages() -> None:
    values = fields_of(WHATSAPP_EXPORT)
    assert values["applicant_name"] == "Rusmini"
    assert values["occupation"] == "Dosen"
    assert values["phone"] == "+6287808460317"
    assert values["letter_date"] == "2026-04-08"
    assert values["information_requested"] == (
        "Laporan hasil audit dana kampanye untuk seluruh pasangan calon; Notulen rapat pleno"
        " penetapan pasangan calon Gubernur Tahun 2024"
    )
    assert values["purpose"] == "Penyusunan buku sejarah kepemiluan di Sumatera Selatan"
    assert values["obtain_method"] == "melihat"


def test_a_chats_fields_point_into_the_page_as_it_was_read() -> None:
    fields = extract_fields([WHATSAPP_EXPORT], "permohonan_informasi")
    span = fields.spans["applicant_name"]
    assert WHATSAPP_EXPORT[span["start"] : span["end"]] == "Rusmini"


def test_a_single_wish_in_a_chat_is_the_information_requested() -> None:
    text = (
        "05/03/26 10.00 - +62 881-9663-8218: Saya mau minta informasi notulen rapat pleno\n"
        "penetapan pasangan calon Tahun 2024\n"
        "05/03/26 10.05 - +62 881-9663-8218: Kalau bisa dikirim softcopy-nya lewat email saja\n"
    )
    values = fields_of(text)
    assert values["information_requested"] == (
        "Notulen rapat pleno penetapan pasangan calon Tahun 2024"
    )
    assert values["obtain_method"] == "salinan_softcopy"
    assert values["delivery_method"] == "email"


def test_a_disposition_sheet_describes_the_letter_clipped_to_it() -> None:
    text = (
        "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN\nSEKRETARIAT\n"
        "Jl. Kapten A. Rivai No. 95 Palembang 30129\nLEMBAR DISPOSISI\n"
        "Surat dari: KPU Republik Indonesia\n"
        "No. Surat : 681/PL.04-SD/06/2026 Diterima Tgl. : 22/05/2026\n"
        "Tgl. Surat: 20 Mei 2026 No. Agenda : 0779/AG/2026\n"
        "Hal: Undangan Rapat Koordinasi\n"
        "Catatan / Isi Disposisi:\nUntuk diketahui dan disiapkan.\n22/05/2026\n"
    )
    values = fields_of(text, "surat_masuk")
    assert values["sender_org"] == "KPU Republik Indonesia"
    assert values["letter_number"] == "681/PL.04-SD/06/2026"
    assert values["letter_date"] == "2026-05-20"
    assert values["subject"] == "Undangan Rapat Koordinasi"


@pytest.mark.parametrize(
    "subject",
    [
        "Permohonan Data Pemilih: Kecamatan Ilir Timur",
        "Keberatan atas jawaban Nomor: 079/PPID/KPU-SS/III/2026",
    ],
)
def test_a_colon_inside_a_value_is_no_second_label(subject: str) -> None:
    assert fields_of(f"Perihal : {subject}\n", "surat_masuk")["subject"] == subject


def test_a_second_label_after_a_two_word_value_ends_it() -> None:
    text = "Nama : Budi Santoso Alamat : Jl. Merdeka No. 5 RT 01/RW 02, Kel. Ilir\n"
    assert fields_of(text)["applicant_name"] == "Budi Santoso"


BOX_GRID = """LEMBAR PERMINTAAN INFORMASI PUBLIK
NAMA LENGKAP NOMOR INDUK KEPENDUDUKAN (NIK)
H. Wahyu Saputra, S.E. 1671180311812801
PEKERJAAN NOMOR TELEPON / WHATSAPP
Notaris 0815-7825-4878

ALAMAT SESUAI KTP
Jl. Ratna No. 59 RT 22 RW 3 3 Ilir, Ilir Timur II, Palembang

ALAMAT SUREL TANGGAL PERMINTAAN

{email}23 April 2026

RINCIAN INFORMASI YANG DIMINTA

« Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Daftar
Pemilih Tetap Pemilihan Gubernur Tahun 2024

TUJUAN PENGGUNAAN INFORMASI
Bahan evaluasi kinerja penyelenggara pemilu
"""


def test_a_grid_of_boxes_two_to_a_row_gives_each_value() -> None:
    values = fields_of(BOX_GRID.format(email="wahyusaputra1@yahoo.co.id "))
    assert values["applicant_name"] == "H. Wahyu Saputra, S.E."
    assert values["nik"] == "1671180311812801"
    assert values["occupation"] == "Notaris"
    assert values["phone"] == "+6281578254878"
    assert values["email"] == "wahyusaputra1@yahoo.co.id"
    assert values["letter_date"] == "2026-04-23"
    assert values["address"] == "Jl. Ratna No. 59 RT 22 RW 3 3 Ilir, Ilir Timur II, Palembang"
    assert values["information_requested"] == (
        "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Daftar Pemilih Tetap"
        " Pemilihan Gubernur Tahun 2024"
    )
    assert values["purpose"] == "Bahan evaluasi kinerja penyelenggara pemilu"


def test_an_empty_box_in_a_grid_row_leaves_its_field_empty() -> None:
    values = fields_of(BOX_GRID.format(email=""))
    assert values["email"] is None
    assert values["letter_date"] == "2026-04-23"


def test_a_blank_forms_labels_are_not_each_others_values() -> None:
    text = (
        "C. INFORMASI YANG DIMINTA\n\nRincian Informasi\n\nTujuan Penggunaan\n\n"
        "D. ALASAN KEBERATAN\n"
    )
    values = fields_of(text, "keberatan")
    assert values["information_requested"] is None
    assert values["purpose"] is None


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        # a title printed in capitals is written as a register's Perihal column writes it
        (
            "PELAKSANAAN PEMUTAKHIRAN DATA PEMILIH BERKELANJUTAN\nTAHUN 2026\n",
            "Pelaksanaan Pemutakhiran Data Pemilih Berkelanjutan Tahun 2026",
        ),
        (
            "Pengelolaan Layanan Informasi Publik dan Penanganan Keberatan di\n"
            "Lingkungan Komisi Pemilihan Umum\n",
            "Pengelolaan Layanan Informasi Publik dan Penanganan Keberatan di Lingkungan Komisi"
            " Pemilihan Umum",
        ),
    ],
)
def test_a_circular_without_perihal_is_about_its_title(title: str, subject: str) -> None:
    text = (
        "KOMISI PEMILIHAN UMUM\nREPUBLIK INDONESIA\nYth.\n1. Ketua KPU Provinsi;\n"
        f"SURAT EDARAN\nNomor : 47/HM.02-SE/04/2026\nTENTANG\n{title}"
        "1. Latar belakang: dalam rangka meningkatkan kualitas layanan informasi publik.\n"
    )
    assert fields_of(text, "surat_masuk")["subject"] == subject


def test_a_subjects_short_tail_past_a_blank_line_is_part_of_it() -> None:
    text = (
        "Hal : Penyampaian Salinan Permohonan Penyelesaian Sengketa\n\nInformasi Publik\n\n"
        "Yth. Sekretaris KPU Provinsi Sumatera Selatan\n"
    )
    assert fields_of(text, "sengketa")["subject"] == (
        "Penyampaian Salinan Permohonan Penyelesaian Sengketa Informasi Publik"
    )


def test_a_note_written_above_the_letterhead_is_passed_over() -> None:
    text = (
        "Yk PPID Pelaksana\n\nutk diproses sesuai SOP\n\nKOMISI INFORMASI 1/3\n"
        "PROVINSI SUMATERA SELATAN\n\nJl. Angkatan 45 No. 2, Palembang 30137\n"
        "Nomor : 336/PAN-KI.SS/III/2026\n"
    )
    assert fields_of(text, "sengketa")["sender_org"] == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def test_a_speck_before_a_letterheads_second_line_keeps_it_in_the_name() -> None:
    text = (
        "— KOMISI INFORMASI\n_PROVINSI SUMATERA SELATAN\n"
        "Jl. Angkatan 45 No. 2 Palembang 30137 Telp. (0711) 356 771 _\n"
        "Nomor : 265/KI-SS/Und/IX/2025 Palembang, 17.09.2025\n"
    )
    assert fields_of(text, "surat_masuk")["sender_org"] == (
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
    )


def test_an_address_after_beralamat_is_read_through_a_speck() -> None:
    notice = (
        "1. Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan\n"
        "penyelesaian sengketa informasi publik dari Sutrisno, S.Kom., beralamat. di Lr.\n"
        "Hikmah No. 17 RT 13 RW 9 Kel. Cintaraja Kec. Kayuagung Kab. Ogan Komering Ilir,\n"
        "selanjutnya disebut Pemohon, terhadap PPID KPU Provinsi Sumatera Selatan selaku\n"
    )
    assert fields_of(notice, "sengketa")["address"] == (
        "Lr. Hikmah No. 17 RT 13 RW 9 Kel. Cintaraja Kec. Kayuagung Kab. Ogan Komering Ilir"
    )


def test_a_labelled_address_ends_where_the_letters_story_begins() -> None:
    text = (
        "Nama : Agus Hidayat Siregar\n"
        "Alamat : Jl. Letnan Muchtar Saleh No. 273 Rt. 39 Rw. 12 Kel.\n"
        "Cintaraja Kec. Kayuagung - Kayuagung\n"
        "Pada tanggal 19 Desember 2025, saya telah mengajukan permohonan\n"
    )
    assert fields_of(text, "keberatan")["address"] == (
        "Jl. Letnan Muchtar Saleh No. 273 Rt. 39 Rw. 12 Kel. Cintaraja Kec. Kayuagung - Kayuagung"
    )


def test_the_desk_addressed_is_not_the_sender_when_ocr_lost_kepada_yth() -> None:
    """A hand-written letter: OCR read "Kepada Yth." as "Kenda Yu." above the desk's name."""
    text = (
        "Palembang, 14/No/2015\nKenda Yu.\n\nPPID KPU Peovinsi Sumatera Selatan\nAN Palembana\n\n"
        "Perihal: Mita Informasi\n\nDengan hormat,\nSaya Wartika Permana, Pegawai Negeri Sipil\n"
    )
    assert fields_of(text, "surat_masuk")["sender_org"] is None
    text = "PPID KABUPATEN OGAN ILIR\nJl. Lintas Timur KM 35, Indralaya\nNomor : 045/PPID/2026\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == "PPID KABUPATEN OGAN ILIR"


def test_a_power_of_attorneys_representative_block_is_not_the_applicants() -> None:
    text = (
        "SURAT KUASA KHUSUS\nYang bertanda tangan di bawah ini:\nNama : Anisa Rahmadani\n"
        "NIK : 1607146602000036\n"
        "selanjutnya disebut sebagai PEMBERI KUASA. Dengan ini memberikan kuasa\nkepada:\n"
        "Nama : Ir. Kms. Firdaus Zainal, S.E.\nPekerjaan : Paralegal\n"
        "Telepon : 0813 5368 9396\nselanjutnya disebut sebagai PENERIMA KUASA.\n"
    )
    values = fields_of(text)
    assert values["applicant_name"] == "Anisa Rahmadani"
    assert values["occupation"] is None
    assert values["phone"] is None


@pytest.mark.parametrize(
    ("prose", "phone"),
    [
        ("dan dapat dihubungi melalui nomor\n0711-705376 atau surel", "+62711705376"),
        ("bekerja sebagai Dosen, nomor telepon\n(0711) 469409, dengan ini", "+62711469409"),
        ("dapat dihubungi melalui nomor +62 857 0714\n7585, dengan ini", "+6285707147585"),
        ("Nomor saya ini ya 081661912855\n08.08\n\nBaik, keberatan", "+6281661912855"),
    ],
)
def test_the_number_a_writer_gives_as_theirs(prose: str, phone: str) -> None:
    text = f"KOMISI INFORMASI\nTelp. (0711) 374 120\nSaya, Rudi Hartono, {prose}"
    assert fields_of(text, "keberatan")["phone"] == phone


def test_a_hearings_timetable_is_no_chat() -> None:
    text = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\nPalembang, 10 Mei 2026\n"
        "Jadwal sidang:\n20/05/2026 09.00 - Pemeriksaan Awal: Ruang Sidang KI Sumsel\n"
        "27/05/2026 13.30 - Mediasi: Ruang Mediasi KI Sumsel\n"
    )
    assert fields_of(text, "sengketa")["letter_date"] == "2026-05-10"


def test_a_chat_exported_with_a_twelve_hour_clock_is_dated_month_first() -> None:
    text = (
        "4/8/26, 9:25 AM - Rusmini: Selamat pagi\n"
        "4/8/26, 9:26 AM - Layanan Informasi KPU Sumsel: Selamat pagi, ada yang bisa dibantu?\n"
        "4/8/26, 9:30 AM - Rusmini: Saya mau minta informasi DPT Kota Palembang\n"
    )
    assert fields_of(text)["letter_date"] == "2026-04-08"


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "Hal : Penyampaian Penetapan Majelis\nKomisioner dan Jadwal Sidang\nYth. Pimpinan\n",
            "Penyampaian Penetapan Majelis Komisioner dan Jadwal Sidang",
        ),
        (
            "Hal : Tindak Lanjut Putusan Penyelesaian\nSengketa Proses dan Permohonan\nKeberatan\n"
            "Yth. Ketua KPU Provinsi\n",
            "Tindak Lanjut Putusan Penyelesaian Sengketa Proses dan Permohonan Keberatan",
        ),
        (
            "Hal : Permintaan Laporan Penanganan Sengketa\n\nProses Pemilihan Tahun 2024\n\n"
            "Yth. Ketua KPU Provinsi\n",
            "Permintaan Laporan Penanganan Sengketa Proses Pemilihan Tahun 2024",
        ),
        (
            "Perihal : Keberatan atas Penolakan\n‘ Yu Oekeetais\nYth. Atasan PPID\n",
            "Keberatan atas Penolakan",
        ),
        (
            "Hal : Penyampaian Salinan Permohonan Penyelesaian Sengketa Informasi\nPublik\n"
            "Mh Wabag §CKnis, 7\nKepada Yth. Ketua KPU\n",
            "Penyampaian Salinan Permohonan Penyelesaian Sengketa Informasi Publik",
        ),
    ],
)
def test_a_subject_wrapped_down_to_the_addressee(head: str, subject: str) -> None:
    assert fields_of(head, "surat_masuk")["subject"] == subject


def test_a_commissions_decree_names_the_information_under_the_respondent() -> None:
    text = (
        "Pemohon : Dr. Abdul-Rahman Assegaf, M.Si.\n\n"
        "Termohon : PPID KPU Provinsi Sumatera Selatan\n"
        "mengenai berita acara dan sertifikat rekapitulasi hasil penghitungan suara tingkat\n"
        "Kabupaten Musi Banyuasin.\n\nSidang Pemeriksaan Awal akan dilaksanakan pada Selasa.\n"
    )
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Berita acara dan sertifikat rekapitulasi hasil penghitungan suara tingkat Kabupaten Musi"
        " Banyuasin"
    )


def test_a_mastheads_motto_beside_its_name_is_not_the_sender() -> None:
    text = "WARTA AMPERA Fakta Setiap Saat\nRedaksi: Jl. Jend. Ahmad Yani No. 8, Palembang\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == "WARTA AMPERA"


def test_an_address_beside_the_offices_website_is_the_offices() -> None:
    text = (
        "DITERIMA\n\nKPU PROVINSI SUMATERA SELATAN\n\nTgl: 3-4-2026\n\nJam:\nParaf\n\n"
        "KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATAN\n"
        "Laman: sumsel.kpu.go.id - Surel: ppid.kpusumsel @gmail.com\n"
        "FORMULIR PERMINTAAN INFORMASI PUBLIK\nNama Lengkap : Dedi Syarifuddin\n"
    )
    values = extract_fields([text], "permohonan_informasi", own_domains=("kpu.go.id",)).values
    assert values["email"] is None


REPRESENTED_REQUEST = (
    "Dengan hormat, yang bertanda tangan di bawah ini selaku Penerima Kuasa:\n"
    "Nama : Ir. Kms. Firdaus Zainal, S.E.\n"
    "Pekerjaan : Paralegal\n\n"
    "dalam hal ini bertindak untuk dan atas nama Pemberi Kuasa/Pemohon Informasi\n"
    "berdasarkan Surat Kuasa Khusus tanggal 23 April 2026 (terlampir):\n\n"
    "Nama : Anisa Rahmadani\n"
    "NIK : 1607146602000036\n"
    "{applicant_email}"
    "Informasi yang diminta : Data jumlah pemilih pemula per kabupaten/kota\n"
    "Penyampaian : Dikirim melalui e-mail ke firdauszainal5@gmail.com\n"
)


def test_an_address_for_the_representative_is_not_the_applicants() -> None:
    text = REPRESENTED_REQUEST.format(applicant_email="")
    assert fields_of(text)["applicant_name"] == "Anisa Rahmadani"
    assert fields_of(text)["email"] is None


def test_the_applicants_own_address_in_a_represented_letter_is_kept() -> None:
    text = REPRESENTED_REQUEST.format(applicant_email="Email : anisa.tani@yahoo.co.id\n")
    assert fields_of(text)["email"] == "anisa.tani@yahoo.co.id"


def test_a_bodys_letterhead_address_is_not_the_applicants_though_its_officer_signs() -> None:
    """The address printed in a body's letterhead is the body's mailbox, as a commission's is
    in ../shared/sample: the applicant's e-mail is one the letter gives for its writer."""
    text = (
        "YAYASAN LEMBAGA KAJIAN KEBIJAKAN PUBLIK MUSI\n"
        "Telp. (0711) 544806 | Email: info@lkkp-musi.or.id\n\n"
        "Nama : Dedi Marzuki\nJabatan : Ketua Badan Pengurus\n"
        "bertindak untuk dan atas nama Yayasan Lembaga Kajian Kebijakan Publik Musi, dengan\n"
        "ini mengajukan permohonan informasi.\n"
    )
    assert fields_of(text)["email"] is None
    assert fields_of(text + "Email : dedi.marzuki@gmail.com\n")["email"] == "dedi.marzuki@gmail.com"


def test_a_relaas_is_dated_by_its_spelled_out_day_not_the_hearing_it_sets() -> None:
    relaas = (
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN\nRELAAS PANGGILAN SIDANG\n"
        "Pada hari ini Senin tanggal dua puluh tiga bulan Maret tahun dua ribu dua puluh enam,\n"
        "saya Rudi Hartono, Juru Panggil, telah memanggil Termohon untuk hadir pada hari\n"
        "Selasa, 31 Maret 2026 pukul 09.00 WIB.\n"
    )
    assert fields_of(relaas, "sengketa")["letter_date"] == "2026-03-23"


def test_a_summons_names_the_applicant_it_sets_against_the_office_in_capitals() -> None:
    summons = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\nNomor : 269/Pgl/KI-SS/IV/2026\n"
        "Perihal : Panggilan Sidang Ajudikasi Non-Litigasi\n"
        "kami memanggil Saudara selaku TERMOHON dalam perkara sengketa informasi publik\n"
        "Register Nomor 39/IV/KI-SS-PS/2026 antara Cek Liem Swie King sebagai PEMOHON\n"
        "melawan PPID KPU Provinsi Sumatera Selatan sebagai TERMOHON, untuk hadir pada:\n"
        "Panitera Pengganti,\nCek Zulkifli Firmansyah, S.IP.\n"
    )
    assert fields_of(summons, "sengketa")["applicant_name"] == "Cek Liem Swie King"


def test_a_letter_signed_for_a_body_above_the_signers_role_names_the_signer() -> None:
    letter = (
        "LABORATORIUM HUKUM TATA NEGARA\nPerihal : Permohonan Informasi Publik\n"
        "bersama ini kami mengajukan permohonan informasi publik berupa daftar TPS.\n"
        "Demikian permohonan ini kami sampaikan.\nHormat kami,\nLab HTN\n"
        "Kepala Laboratorium,\nSutrisno Nugraha Aulia\nNIDN. 0281746057\n"
    )
    assert fields_of(letter)["applicant_name"] == "Sutrisno Nugraha Aulia"


def test_a_name_signed_under_a_scribble_that_left_specks_before_it() -> None:
    letter = (
        "Perihal : Permohonan Informasi Publik\n"
        "kami mengajukan permohonan informasi publik berupa daftar TPS.\n"
        "Demikian permohonan ini kami sampaikan.\nHormat kami,\n\n. H. Sutrisno, S.T., M.T.\n"
        ". 0211139966\n"
    )
    assert fields_of(letter)["applicant_name"] == "H. Sutrisno, S.T., M.T."


def test_a_warrant_is_dated_where_it_was_issued_not_by_the_day_it_sends_its_staff() -> None:
    warrant = (
        "BADAN PENGAWAS PEMILIHAN UMUM\nKOTA PALEMBANG\nSURAT TUGAS\n"
        "Nomor: 5918/UN9.FISIP/TU.00.03/2025\nMEMBERI TUGAS\nKepada:\n"
        "1. Nama : Drs. Muhammad Firmansyah Ramadhan\n"
        "Untuk : Melakukan koordinasi ke KPU Provinsi Sumatera Selatan pada\n"
        "tanggal 10 Agustus 2025, serta melaporkan hasilnya kepada pimpinan.\n"
        "Ditetapkan di Muara Enim, pada tanggal 6 Agustus 2025\nDekan,\n"
    )
    assert fields_of(warrant, "surat_masuk")["letter_date"] == "2025-08-06"


def test_a_registration_notice_names_the_applicant_selanjutnya_disebut_pemohon() -> None:
    notice = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\nHal : Pemberitahuan Registrasi Sengketa\n"
        "1. Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan penyelesaian\n"
        "sengketa informasi publik dari Budi Nugraha, selanjutnya disebut Pemohon, terhadap PPID\n"
        "2. Permohonan tersebut telah dicatat dalam Buku Register Sengketa Informasi dengan\n"
        "Nomor Register Reg. 01/PSI-KISS/2026 tanggal 6 Februari 2026.\n"
    )
    values = fields_of(notice, "sengketa")
    assert values["applicant_name"] == "Budi Nugraha"
    assert values["dispute_register_number"] == "Reg. 01/PSI-KISS/2026"


@pytest.mark.parametrize(
    ("heading", "subject"),
    [
        (
            "Perihal : Keberatan atas Permohonan\nInformasi No.\n065/PPID/KPU-SS/XI/2025\n",
            "Keberatan atas Permohonan Informasi No. 065/PPID/KPU-SS/XI/2025",
        ),
        (
            "Perihal : Keberatan atas Permohonan\nInformasi Publik\n\n",
            "Keberatan atas Permohonan Informasi Publik",
        ),
        (
            "Perihal : Panggilan Sidang Ajudikasi\n(Pembuktian)\n\n",
            "Panggilan Sidang Ajudikasi (Pembuktian)",
        ),
    ],
)
def test_a_subject_wrapped_in_short_lines_down_to_the_addressee(heading: str, subject: str) -> None:
    letter = f"Lampiran : -\n{heading}Kepada Yth.\nAtasan PPID KPU Provinsi Sumatera Selatan\n"
    assert fields_of(letter, "keberatan")["subject"] == subject


def test_an_outlook_printout_is_about_the_heading_above_its_sender() -> None:
    printout = (
        "Outlook\nPengajuan Keberatan\n"
        "Dari : Dewi Anggraini Maharani <maharani.d@yahoo.com>\n"
        "Tanggal : Rabu, 4 Februari 2026 15.15\nKepada : ppid.sumsel@kpu.go.id\n"
        "Pada 10-12-2025 saya meminta daftar inventaris Barang Milik Negara (BMN) berupa\n"
        "kendaraan dinas KPU (nomor pendaftaran 136/PPID/KPU-SS/XII/2025).\n"
        "Namun sampai hari ini tidak ada.\n"
    )
    values = fields_of(printout, "keberatan")
    assert values["subject"] == "Pengajuan Keberatan"
    assert values["information_requested"] == (
        "Daftar inventaris Barang Milik Negara (BMN) berupa kendaraan dinas KPU"
    )
    memo = "NOTA DINAS\nYth. : Sekretaris\nDari : Kepala Bagian Umum <umum@kpu.go.id>\n"
    assert fields_of(memo, "surat_masuk")["subject"] is None


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("Tel.441/YN 000/R2W-2A10000/2026", "Tel.441/YN 000/R2W-2A10000/2026"),
        ("No. 384/LBH-RS/Ext/2026", "No. 384/LBH-RS/Ext/2026"),
        ("363/PP. 01/K.SS-01/03/2026", "363/PP.01/K.SS-01/03/2026"),  # OCR's space
        ("553/PP.01-Und/167 1/2025", "553/PP.01-Und/1671/2025"),  # OCR's space
        ("456/UN9 .FISIP/TU.00.01/2026", "456/UN9.FISIP/TU.00.01/2026"),  # OCR's space
        ("045/PPID/2026 Palembang, 3 Maret 2026", "045/PPID/2026"),
    ],
)
def test_a_letter_number_with_a_space_inside_is_read_to_its_year(written: str, number: str) -> None:
    letter = f"Nomor : {written}\nPerihal : Permintaan Data\nYth. Ketua KPU Provinsi\n"
    assert fields_of(letter, "surat_masuk")["letter_number"] == number


def test_a_forwarded_e_mail_is_dated_when_its_writer_sent_it() -> None:
    printout = (
        "Gmail\nPPID KPU Provinsi Sumatera Selatan <ppid.sumsel@kpu.go.id>\n"
        "Fwd: Permintaan informasi DPT\n1 pesan\n"
        "Humas KPU Sumsel <humas.sumsel@kpu.go.id> Fri, Apr 10, 2026 at 12:18 PM\n"
        "---------- Forwarded message ---------\n"
        "From: fajar fauzi kurniawan <fajar_kurn88@ymail.com>\n"
        "Date: Thu, Apr 9, 2026 at 3:49 PM\nSubject: Permintaan informasi DPT\n"
    )
    assert fields_of(printout)["letter_date"] == "2026-04-09"


def test_the_undersigned_named_in_prose_with_titles_and_degrees() -> None:
    letter = (
        "Kepada Yth. PPID KPU Sumsel\n"
        "Yang bertanda tangan di bawah ini Drs. H. Syahrial Pratama Gultom, Lc., M.A. (NIK\n"
        "1610060708010534), seorang perangkat Desa, dengan ini memohon informasi publik\n"
        "mengenai rekapitulasi jumlah pemilih pemula.\nSalam,\n"
        "Drs. H. Syahrial Pratama Gultom, Lc., M.A.\n"
    )
    assert fields_of(letter)["applicant_name"] == "Drs. H. Syahrial Pratama Gultom, Lc., M.A."
    signed_only = (
        "Kepada Yth. PPID KPU Sumsel\nDengan ini saya memohon informasi publik mengenai\n"
        "rekapitulasi jumlah pemilih pemula.\nSalam,\nDrs. H. Syahrial Pratama Gultom, M.A.\n"
    )
    assert fields_of(signed_only)["applicant_name"] == "Drs. H. Syahrial Pratama Gultom, M.A."


ORG_LETTER = """LABORATORIUM HUKUM Jl. Prof. K.H. Zainal Abidin Fikri No. 1A
Km. 3,5, Palembang 30126
TATA NEGARA
Telp. (0711) 354668
Nomor : B-354/Un.09/FSH/2026 Palembang, 9 Februari 2026
Perihal : Permohonan Informasi Publik
Kepada Yth. PPID KPU Provinsi Sumatera Selatan
bersama ini kami mengajukan permohonan informasi publik berupa daftar TPS.
Hormat kami,
Kepala Laboratorium,
Sutrisno Nugraha Aulia
"""


def test_a_body_asking_in_its_own_name_is_reached_under_its_letterhead() -> None:
    values = fields_of(ORG_LETTER)
    assert values["address"] == "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A Km. 3,5, Palembang 30126"
    assert values["phone"] == "+62711354668"
    for_a_client = ORG_LETTER.replace("bersama ini", "untuk dan atas nama klien kami, bersama ini")
    assert fields_of(for_a_client)["phone"] is None
    wrapped = ORG_LETTER.replace(
        "LABORATORIUM HUKUM Jl. Prof. K.H. Zainal Abidin Fikri No. 1A\nKm. 3,5, Palembang 30126\n",
        "FORUM PEMANTAU PEMILU Jl. Angkatan 45 Lr. Pancasila No. 3,\nPalembang\n",
    )
    assert fields_of(wrapped)["address"] == "Jl. Angkatan 45 Lr. Pancasila No. 3, Palembang"
    specked = ORG_LETTER.replace(
        "No. 1A\nKm. 3,5, Palembang 30126", "No. 1A, Palembang\n\nea 30126"
    )
    assert (
        fields_of(specked)["address"]
        == "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A, Palembang 30126"
    )


def test_the_offices_own_form_read_short_gives_no_sender_and_not_its_phone() -> None:
    form = (
        "KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATA\n\n"
        "Jl. Kapten A. Rivai No. 95 Palembang 30129 - Telp. (0711) 35044\n\n"
        "SURAT PERNYATAAN KEBERATAN\nNama : Herman Susanto\n"
    )
    values = fields_of(form, "keberatan")
    assert values["sender_org"] is None
    assert values["phone"] is None


@pytest.mark.parametrize(
    ("written", "subject"),
    [
        (
            "Pengajuan Permohonan Informasi Publik KPU PROVINSI SUMATERA SELATAN",
            "Pengajuan Permohonan Informasi Publik",
        ),
        (
            "Pengajuan Keberatan Informasi Publik PPID KPU PROV. SUMSEL",
            "Pengajuan Keberatan Informasi Publik",
        ),
        ("Permintaan Data Pemilih | no: Anta 053 HAGI2026", "Permintaan Data Pemilih"),
        ("Panggilan Sidang Mediasi Tgl: 17-04-2026", "Panggilan Sidang Mediasi"),
        ("Undangan Focus Group DITERIMA", "Undangan Focus Group"),
        ("Keberatan Tal? 1712-2025", "Keberatan"),
        (
            "Keberatan atas permohonan informasi no. 070/PPID/KPU-SS/X1/2025",
            "Keberatan atas permohonan informasi no. 070/PPID/KPU-SS/XI/2025",
        ),
        ("Permintaan Salinan SK KPU RI", "Permintaan Salinan SK KPU RI"),
        ("UNDANGAN RAPAT KOORDINASI", "UNDANGAN RAPAT KOORDINASI"),
    ],
)
def test_a_subject_loses_a_received_stamp_or_a_rule_beside_it(written: str, subject: str) -> None:
    letter = f"Nomor : 12/PAN/2026\nPerihal : {written}\nKepada Yth. Ketua KPU Provinsi\n"
    assert fields_of(letter, "surat_masuk")["subject"] == subject


def test_a_citizens_own_letterhead_names_the_writer() -> None:
    letter = (
        "Heru Tri Rozali, S.E., M.Ak.\nJl. Seduduk Putih No. 186, RT. 20 RW. 10, Palembang 30121\n"
        "HP: +62 823 3549 1899 - Email: herutri72@gmail.com\nPalembang, Kamis, 21 Mei 2026\n"
        "Hal : Permintaan Salinan Informasi\nKepada Yth.\nPPID KPU Provinsi Sumatera Selatan\n"
        "Saya, sebagaimana identitas pada kop surat ini, dengan NIK 1602012505721357,\n"
        "dengan ini mengajukan permohonan informasi publik.\nHormat saya,\nHeru dar M.Ak.\n"
    )
    assert fields_of(letter)["applicant_name"] == "Heru Tri Rozali, S.E., M.Ak."


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dengan hormat, saya Rudi Dwi Tanjung mohon diberikan data pemilih.", "Rudi Dwi Tanjung"),
        # Prose on the line under "Saya" is not a name.
        ("Kejadian ini sudah Saya\nSampaikan secara lisan tetapi belum ada\nmohon diproses.", None),
    ],
)
def test_the_writer_named_before_what_they_ask(sentence: str, name: str | None) -> None:
    assert fields_of(f"Kepada Yth. PPID KPU Sumsel\n{sentence}\n")["applicant_name"] == name


def test_a_label_with_a_rules_speck_before_its_colon() -> None:
    letter = "Nomor | : 0592/PM.00.02/K.SS/11/2025 Palembang, 7 November 2025\nSifat : Segera\n"
    assert fields_of(letter, "surat_masuk")["letter_number"] == "0592/PM.00.02/K.SS/11/2025"


@pytest.mark.parametrize(
    ("row", "phone"),
    [
        ("No. HP / WhatsApp 0711-415621", "+62711415621"),  # a landline where a mobile is asked
        ("No. HP / WhatsApp 0812 3456 7890", "+6281234567890"),
        ("No. Telp / HP 013-899 9676", None),  # no number begins so
    ],
)
def test_a_row_without_a_colon_gives_a_mobile_or_a_landline(row: str, phone: str | None) -> None:
    form = f"Nama Lengkap Herlina Puspita\n{row}\nE-mail herlina1512@unsri.ac.id\n"
    assert fields_of(form)["phone"] == phone

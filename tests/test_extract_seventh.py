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


def test_a_bills_title_beside_its_letterhead_is_no_part_of_the_sender() -> None:
    text = (
        "CV. SINAR MUSI PRINTING INVOICE\nJl. Kolonel H. Burlian No. 118, Palembang 30199\n"
        "Telp. (0711) 898 568\nDitagihkan kepada:\nNo. Invoice INV/2025/04/0406\n"
    )
    assert fields_of(text, "surat_masuk")["sender_org"] == "CV. SINAR MUSI PRINTING"


def test_a_bodys_name_under_its_registration_and_secretariat_is_its_letterhead() -> None:
    text = (
        "SK Kemenkumham Nomor AHU-2625.AH.01.07.Tahun 2022\n"
        "Sekretariat: Jl. Veteran No. 102, Palembang 30196\n\n"
        "@ PERKUMPULAN PEMANTAU PEMILU SRIWIJAYA\n\n"
        "Nomor :28/P3S/III/2025 Palembang, 7 Maret 2025\nHal : Pengajuan Keberatan\n"
    )
    assert fields_of(text, "keberatan")["sender_org"] == "PERKUMPULAN PEMANTAU PEMILU SRIWIJAYA"


def test_the_offices_own_ppid_letterhead_on_its_form_is_no_sender() -> None:
    text = "PPID KPU PROVINSI SUMATERA SELATAN\nJl. Kapten A. Rivai No. 95 Palembang 30129\n"
    assert fields_of(text, "keberatan")["sender_org"] is None


def test_a_mediation_agreement_names_its_first_party_and_what_it_will_be_given() -> None:
    text = (
        "telah dilaksanakan mediasi sengketa informasi publik antara:\n\n"
        "1. Lusiana Damayanti, beralamat di Jl. Angkatan 45 No. 114, Palembang, selanjutnya "
        "disebut Pemohon;\n\n2. PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, "
        "selanjutnya disebut Termohon.\n\nPara Pihak sepakat:\n\n"
        "1. Termohon akan memberikan salinan hasil evaluasi kinerja badan ad hoc; salinan berita\n"
        "acara rekapitulasi kepada Pemohon paling lambat 7 (tujuh) hari kerja.\n"
    )
    values = fields_of(text, "sengketa")
    assert values["applicant_name"] == "Lusiana Damayanti"
    assert values["information_requested"] == (
        "Hasil evaluasi kinerja badan ad hoc; Salinan berita acara rekapitulasi"
    )


def test_a_purpose_ends_before_the_reason_for_objecting() -> None:
    text = (
        "Tujuan Penggunaan Informasi : Pengawasan publik atas penggunaan anggaran negara, karena\n"
        "penyampaian informasi melebihi jangka waktu.\n"
    )
    assert fields_of(text, "keberatan")["purpose"] == (
        "Pengawasan publik atas penggunaan anggaran negara"
    )


def test_a_form_whose_colons_ocr_read_as_stars_and_quotes() -> None:
    text = (
        "Saya yang bertanda tangan di bawah ini:\n\n"
        "Nama lengkap * Herman\n\n"
        "Nomor Induk Kependudukan ............. : 1607140311961395\n\n"
        "Pekerjaan * Pengemudi Ojek Daring\n\n"
        'Alamat "TI Pangeran Ratu Lr. Pancasila No. 1,\n\n'
        "RT.011/RW.012, Kel. Kayuara Kuning, Kec.\nBanyuasin III, Pangkalan Balai 30733\n"
        'Nomor telepon/WA "0877.4411.3441\n'
    )
    values = fields_of(text)
    assert values["applicant_name"] == "Herman"
    assert values["occupation"] == "Pengemudi Ojek Daring"
    assert values["address"] == (
        "Jl. Pangeran Ratu Lr. Pancasila No. 1, RT.011/RW.012, Kel. Kayuara Kuning, Kec. "
        "Banyuasin III, Pangkalan Balai 30733"
    )


def test_titles_whose_dots_ocr_lost_get_them_back() -> None:
    text = 'Nama lengkap "Dr RA Melati Setiawan, Lc., M.A.\nPekerjaan : Dosen\n'
    assert fields_of(text)["applicant_name"] == "Dr. R.A. Melati Setiawan, Lc., M.A."


def test_a_personal_letterheads_address_over_two_lines_is_whole() -> None:
    text = (
        "R. Albert Nainggolan\n\n"
        "Komp. OPI Jakabaring Blok B-3 RT 017/RW 006, Kel. Gumawang, Kec.\n"
        "Belitang, Kab. Ogan Komering Ulu Timur\n"
        "+62 853 3159 852 | albert.nainggolan@yahoo.co.id\n\n"
        "Hal : Keberatan atas Permohonan Informasi\n\nDengan hormat,\n"
    )
    assert fields_of(text, "keberatan")["address"] == (
        "Komp. OPI Jakabaring Blok B-3 RT 017/RW 006, Kel. Gumawang, Kec. Belitang, Kab. Ogan "
        "Komering Ulu Timur"
    )


def test_an_objections_demand_that_ends_in_the_words_is_no_requested_item() -> None:
    text = (
        "Permohonan informasi publik yang diajukan Pemohon Keberatan telah dicatat dengan Nomor\n"
        "Pendaftaran 150/PPID/KPU-SS/VIII/2025, berupa daftar lokasi TPS di Kecamatan Indralaya\n"
        "Utara, yang akan digunakan sebagai bahan penyusunan tesis.\n"
        "III. PERMOHONAN\nPemohon Keberatan memohon kepada Atasan PPID untuk:\n"
        "1. Menerima dan mengabulkan keberatan Pemohon Keberatan untuk seluruhnya;\n"
        "2. Memerintahkan PPID untuk memberikan informasi yang dimohon;\n"
        "3. Memberikan tanggapan tertulis dalam jangka waktu yang diatur.\n"
    )
    assert fields_of(text, "keberatan")["information_requested"] == (
        "Daftar lokasi TPS di Kecamatan Indralaya Utara"
    )


LANDSCAPE_FORM = (
    "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN FORMULIR PERMINTAAN INFORMASI PUBLIK\n"
    "Pejabat Pengelola Informasi dan Dokumentasi (PPID)\n"
    "No. Registrasi 178/PPID/KPU-SS/X/2025\n"
    "I. IDENTITAS PEMOHON II. INFORMASI YANG DIMINTA\n"
    "Nama Lengkap : Suryadi Bastari Rincian informasi yang dibutuhkan:\n"
    "Notulen rapat pleno penetapan Daftar Pemilih Tetap tingkat provinsi\n"
    "NIK : 1609171204880303\n"
    "Alamat : Jalan KH. Wahid Hasyim Nomor 231, RT. 18 RW. 10, Kel.\n"
    "Pasar Muaradua, Kec. Muaradua, Muaradua 32265 Tujuan penggunaan informasi:\n"
    "Bahan advokasi kebijakan kepemiluan yang inklusif\n"
    "Pekerjaan : Dosen\n"
)


def test_a_landscape_forms_second_column_is_read_apart_from_the_first() -> None:
    values = fields_of(LANDSCAPE_FORM)
    assert values["applicant_name"] == "Suryadi Bastari"
    assert values["information_requested"] == (
        "Notulen rapat pleno penetapan Daftar Pemilih Tetap tingkat provinsi"
    )
    assert values["purpose"] == "Bahan advokasi kebijakan kepemiluan yang inklusif"
    assert values["address"] == (
        "Jalan KH. Wahid Hasyim Nomor 231, RT. 18 RW. 10, Kel. Pasar Muaradua, Kec. Muaradua, "
        "Muaradua 32265"
    )


def test_the_offices_letterhead_beside_its_forms_title_is_no_sender() -> None:
    assert fields_of(LANDSCAPE_FORM)["sender_org"] is None


def test_an_objection_to_information_never_handed_over_is_reason_e() -> None:
    text = (
        "menyatakan keberatan terhadap tanggapan atas permohonan informasi, karena informasi yang\n"
        "dinyatakan dapat diberikan tidak kunjung\ndiserahkan kepada kami.\n"
    )
    assert fields_of(text, "keberatan")["objection_reason_code"] == "e"


def test_a_hand_written_objection_to_other_information_than_asked_is_reason_d() -> None:
    text = "Saya kebecatan katun jam yng Saya terima tidak Sesuai kerapu infomasi\nyg Saya minta.\n"
    assert fields_of(text, "keberatan")["objection_reason_code"] == "d"


def test_a_commissions_decision_gives_its_party_what_was_asked_and_the_day_it_was_read() -> None:
    pages = [
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN\nPUTUSAN\nNomor: 047/PTSN-A/KI-SS/V/2026\n"
        "memutus Sengketa Informasi Publik Register Nomor 33/KI-SS-PS/IV/2026 yang\n"
        "diajukan oleh:\nNama : Hendra\n"
        "Alamat : Jl. Residen Abdul Rozak No. 107 RT. 36 RW. 02, Kel. Tanjung\n"
        "Kupang, Kecamatan Tebing Tinggi, Kab. Empat Lawang\n"
        "Selanjutnya disebut sebagai ------------------------------ Pemohon;\n"
        "[2.1] Pada tanggal 9 Februari 2026 Pemohon mengajukan permohonan informasi\n"
        "kepada Termohon yang dicatat dengan Nomor Pendaftaran\n"
        "070/PPID/KPU-SS/II/2026, yang pada pokoknya meminta: Daftar rekanan penyedia\n"
        "logistik Pemilihan Tahun 2024 beserta nilai kontraknya.\n",
        "Demikian diputuskan dalam Rapat Musyawarah Majelis Komisioner, dan diucapkan\n"
        "dalam sidang terbuka untuk umum pada hari Jumat, tanggal 22 Mei 2026.\n",
    ]
    values = extract_fields(pages, "sengketa").values
    assert values["address"] == (
        "Jl. Residen Abdul Rozak No. 107 RT. 36 RW. 02, Kel. Tanjung Kupang, Kecamatan Tebing "
        "Tinggi, Kab. Empat Lawang"
    )
    assert values["information_requested"] == (
        "Daftar rekanan penyedia logistik Pemilihan Tahun 2024 beserta nilai kontraknya"
    )
    assert values["letter_date"] == "2026-05-22"


VILLAGE_LETTER = (
    "PEMERINTAH KABUPATEN PENUKAL ABAB LEMATANG ILIR\nKECAMATAN TALANG UBI\n"
    "PEMERINTAH DESA HANDAYANI MULYA\n"
    "Alamat: Jalan Poros Desa Handayani Mulya No. 30 Kode Pos 31287\n"
    "Nomor : 005/115/DS-HMMU/III/2026 Handayani Mulya, 31 Maret 2026\n"
    "Perihal : Permohonan Informasi Publik\nKepada\nYth. PPID KPU Provinsi Sumatera Selatan\n"
    "Yang bertanda tangan di bawah ini:\nNama : R.A. Mega Damayanti\n"
    "Jabatan : Kepala Desa Handayani Mulya\n"
    "Alamat : Dusun III RT 011 RW 004, Desa Handayani Mulya, Kec. Talang\n"
    "Ubi, Kab. Penukal Abab Lematang Ilir\nNo. HP : 0812.5748.606\n"
)


def test_a_village_heads_letter_is_the_villages_and_the_address_is_the_signers() -> None:
    values = fields_of(VILLAGE_LETTER)
    assert values["sender_org"] == "PEMERINTAH DESA HANDAYANI MULYA"
    assert values["address"] == (
        "Dusun III RT 011 RW 004, Desa Handayani Mulya, Kec. Talang Ubi, Kab. Penukal Abab "
        "Lematang Ilir"
    )


def test_the_offices_own_forms_address_row_stays_the_applicants() -> None:
    text = (
        "KOMISI PEMILIHAN UMUM\nPROVINSI SUMATERA SELATAN\n"
        "Jl. Kapten A. Rivai No. 95 Palembang 30129\n"
        "FORMULIR PERMOHONAN INFORMASI PUBLIK\nNo. Pendaftaran (diisi petugas)\n"
        "Nama : Rahmat Hidayat Chaniago\n"
        "Alamat : Jl. Depati Said No. 192 Lr. Damai, Kel. Muara Dua,\nPrabumulih\n"
        "Nomor KTP/NIK : 1674181611961924\n",
        "JL. DEPATI SAID NO. 192\nAlamat : JL. DEPATI SAID NO. 192 LR. DAMAI\n",
    )
    values = extract_fields(list(text), "permohonan_informasi").values
    assert values["address"] == "Jl. Depati Said No. 192 Lr. Damai, Kel. Muara Dua, Prabumulih"


def test_an_invoices_own_number_is_its_letter_number() -> None:
    text = (
        "CV. SINAR MUSI PRINTING INVOICE\nDitagihkan kepada:\nNo. Invoice INV/2025/04/0406\n"
        "Tanggal 15-04-2025\n"
    )
    assert fields_of(text, "surat_masuk")["letter_number"] == "INV/2025/04/0406"


def test_an_address_stops_before_the_e_mail_on_its_line() -> None:
    text = "Alamat Redaksi : Jl. Veteran No. 200, Palembang 30162 redaksi@bingkaisumsel.id\n"
    assert fields_of(text)["address"] == "Jl. Veteran No. 200, Palembang 30162"


def test_a_papers_masthead_in_its_own_type_is_the_sender() -> None:
    text = (
        "Bingkai Sumsel\nTabloid Mingguan Politik dan Pemerintahan\n"
        "Redaksi: Jl. Ahmad Yani No. 104, Palembang 30198 | redaksi@bingkaisumsel.id\n"
        "Nomor : 149/RED-BS/III/2026 Palembang, 31 Maret 2026\n"
    )
    assert fields_of(text)["sender_org"] == "Bingkai Sumsel"


def test_a_persons_name_over_an_address_is_no_masthead() -> None:
    text = "Budi Santoso\nJl. Merdeka No. 4, Palembang\nPerihal : Permohonan Informasi\n"
    assert fields_of(text)["sender_org"] is None


def test_an_addresss_postal_code_set_apart_by_a_blank_line_is_part_of_it() -> None:
    text = (
        "Nama Pemohon Rudi Panjaitan\n"
        "Alamat Lr. Mawar No. 174, RT.036/RW.006, Kel. Megang,\n"
        "Kecamatan Lubuklinggau Utara II, Kota Lubuklinggau\n\n31641\n\n"
        "Telepon 0852-7487-582\n"
    )
    assert fields_of(text)["address"] == (
        "Lr. Mawar No. 174, RT.036/RW.006, Kel. Megang, Kecamatan Lubuklinggau Utara II, Kota "
        "Lubuklinggau 31641"
    )


def test_a_law_firms_labelled_e_mail_in_its_letterhead_is_not_its_clients() -> None:
    text = (
        "LEMBAGA BANTUAN HUKUM PALEMBANG\nJl. Perintis Kemerdekaan No. 9, Palembang 30116\n"
        "E-mail: lbhplg.advokat@gmail.com\n"
        "Nomor : 047/SK-ADV/LBH-PLG/VI/2025 Palembang, 2 Juni 2025\n"
        "Perihal : Keberatan atas Tanggapan Permohonan Informasi Publik\n"
        "Kami yang bertanda tangan di bawah ini, Advokat, berdasarkan Surat Kuasa Khusus\n"
        "tanggal 9 September 2025, bertindak untuk dan atas nama:\nNama : Irfan Wahab, S.Kom.\n"
    )
    assert fields_of(text, "keberatan")["email"] is None


def test_an_invoice_number_in_a_second_column_is_its_letter_number() -> None:
    text = (
        "PT. AMPERA GRAFIKA MANDIRI INVOICE\nJl. Residen Abdul Rozak No. 24, Palembang 30124\n"
        "Ditagihkan kepada: No. Invoice INV/2025/02/0758\nSekretariat KPU Provinsi\n"
    )
    values = fields_of(text, "surat_masuk")
    assert values["letter_number"] == "INV/2025/02/0758"
    assert values["sender_org"] == "PT. AMPERA GRAFIKA MANDIRI"


def test_a_commissions_appointment_names_who_brought_the_dispute() -> None:
    text = (
        "Menimbang : a. bahwa Komisi Informasi telah menerima permohonan\n"
        "penyelesaian sengketa informasi publik yang diajukan oleh Sartika Marlina\n"
        "terhadap PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, yang dicatat\n"
    )
    assert fields_of(text, "sengketa")["applicant_name"] == "Sartika Marlina"


def test_a_travel_orders_date_is_where_it_was_issued_not_the_journeys() -> None:
    text = (
        "SURAT PERJALANAN DINAS (SPD)\nNomor : 089/SPD/1671/2025\n"
        "b. Tanggal berangkat b. 14 Mei 2025\nc. Tanggal harus kembali c. 15 Mei 2025\n\n"
        "Dikeluarkan di : Palembang\nPada tanggal : 13 Mei 2025\n"
    )
    assert fields_of(text, "surat_masuk")["letter_date"] == "2025-05-13"


def test_a_relaas_is_dated_the_day_it_was_served_not_the_hearing() -> None:
    text = (
        "RELAAS PANGGILAN SIDANG\nRegister Nomor: 033/REG-PSI/X/2025\n"
        "Pada hari ini Rabu, tanggal 12 November 2025, saya Eka Rahma Novianti, S.Ag.,\n"
        "Jurusita Komisi Informasi, memanggil Termohon untuk hadir pada sidang:\n"
        "Hari/Tanggal Kamis, 20 November 2025\n"
    )
    assert fields_of(text, "sengketa")["letter_date"] == "2025-11-12"


def test_a_demand_to_give_the_information_asked_for_is_no_label() -> None:
    text = (
        "telah dicatat dengan Nomor Pendaftaran 150/PPID/KPU-SS/VIII/2025, berupa daftar lokasi\n"
        "TPS di Kecamatan Indralaya Utara, yang akan digunakan sebagai bahan penyusunan tesis.\n"
        "III. PERMOHONAN\n"
        "2. Memerintahkan PPID KPU Provinsi Sumatera Selatan untuk memberikan\n"
        "informasi yang dimohon:\n\n"
        "3. Memberikan tanggapan tertulis dalam jangka waktu yang diatur.\n"
    )
    assert fields_of(text, "keberatan")["information_requested"] == (
        "Daftar lokasi TPS di Kecamatan Indralaya Utara"
    )


def test_a_colon_ocr_read_for_the_semicolon_between_two_items() -> None:
    text = (
        "Rincian Informasi yang Dibutuhkan : Daftar nama anggota PPK dan PPS terpilih di\n"
        "Kabupaten Musi Banyuasin: daftar rekanan penyedia logistik Pemilihan Tahun 2024\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Daftar nama anggota PPK dan PPS terpilih di Kabupaten Musi Banyuasin; Daftar rekanan "
        "penyedia logistik Pemilihan Tahun 2024"
    )


INVOICE = (
    "CV. BERKAH MEDIA SRIWIJAYA INVOICE\n\n"
    "Jl. Lintas Sumatera No. 189, Palembang 30126\n"
    "Telp. (0711) 601954 | NPWP 27.403.409.1-334.000\n\n"
    "Ditagihkan kepada: No. Invoice INV/2025/05/0132\n"
    "Sekretariat KPU Provinsi Sumatera Selatan\n"
    "Jl. Kapten A. Rivai No. 95 Palembang 30129 Tanggal 06-05-2025\n\n"
    "Jatuh Tempo 5 Juni 2025\n\n"
    "No Uraian Qty Satuan Harga (Rp) Jumlah (Rp)\n"
    "1 | Cetak map arsip PPID 50 lembar 4.500 225.000\n"
)


def test_a_bill_is_dated_the_day_it_was_written_not_the_day_it_falls_due() -> None:
    assert fields_of(INVOICE, "surat_masuk")["letter_date"] == "2025-05-06"


def test_a_bill_whose_own_date_is_unreadable_gets_no_date_rather_than_its_due_date() -> None:
    unreadable = INVOICE.replace("Tanggal 06-05-2025", "Tang Me")
    assert fields_of(unreadable, "surat_masuk")["letter_date"] is None


def test_an_address_under_a_name_runs_on_over_the_lines_that_finish_it() -> None:
    letter = (
        "Saya yang bertanda tangan di bawah ini mengajukan permohonan informasi.\n"
        "Hormat saya,\n\nRudi Hartono\n"
        "Jl. Merdeka No. 5 RT 01 RW 02, Kelurahan\n"
        "Talang Semut, Kecamatan Bukit Kecil,\n"
        "Palembang 30135\n"
    )
    assert fields_of(letter)["address"] == (
        "Jl. Merdeka No. 5 RT 01 RW 02, Kelurahan Talang Semut, Kecamatan Bukit Kecil, "
        "Palembang 30135"
    )

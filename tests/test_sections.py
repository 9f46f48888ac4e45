"""The information requested and its purpose, wherever a writer put them (pipeline/sections.py)."""

from __future__ import annotations

from pipeline.sections import information_requested, purpose


def test_a_label_wrapped_in_a_two_column_table_keeps_its_value_whole() -> None:
    page = (
        "Pekerjaan Dosen\n"
        "Rincian Informasi yang Salinan berita acara rekapitulasi hasil penghitungan\n"
        "Dibutuhkan suara Kabupaten Lahat; Daftar nama anggota PPS\n"
        "Kecamatan Kikim Timur\n"
        "Tujuan Penggunaan Informasi Bahan kuliah hukum pemilu\n"
        "Cara Memperoleh Informasi Melihat/membaca"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Salinan berita acara rekapitulasi hasil penghitungan suara Kabupaten Lahat; "
        "Daftar nama anggota PPS Kecamatan Kikim Timur"
    )
    assert page[found.start :].startswith("Salinan berita acara")
    reason = purpose([page])
    assert reason is not None and reason.value == "Bahan kuliah hukum pemilu"


def test_an_empty_label_is_followed_by_its_numbered_list_with_wrapped_items() -> None:
    page = (
        "mengajukan permintaan informasi sebagai berikut:\n"
        "Rincian Informasi yang Diminta :\n"
        "1. Keputusan KPU Provinsi tentang penetapan pasangan calon Gubernur dan Wakil\n"
        ". Gubernur Tahun 2024\n"
        "2. Notulen rapat pleno terbuka tanggal 5 Desember 2024\n"
        "Tujuan penggunaan informasi : Kajian hukum tata negara\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Keputusan KPU Provinsi tentang penetapan pasangan calon Gubernur dan Wakil Gubernur "
        "Tahun 2024; Notulen rapat pleno terbuka tanggal 5 Desember 2024"
    )


def test_a_table_after_a_lead_in_gives_its_rows_not_its_header() -> None:
    page = (
        "mengajukan permohonan informasi publik atas dokumen berikut:\n"
        "No. Jenis Informasi / Dokumen Keterangan\n"
        "1 |Laporan keuangan hibah Pemilihan Bupati Musi Rawas\n"
        "Tahun 2024\n"
        "\n"
        "2 |Daftar TPS rawan di Kecamatan Tugumulyo\n"
        "\n"
        "Tujuan penggunaan informasi: Pemantauan pemilu.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Laporan keuangan hibah Pemilihan Bupati Musi Rawas Tahun 2024; "
        "Daftar TPS rawan di Kecamatan Tugumulyo"
    )
    reason = purpose([page])
    assert reason is not None and reason.value == "Pemantauan pemilu"


def test_a_list_that_begins_beside_its_label() -> None:
    page = (
        "6 Informasi yang Diminta 1) Peta wilayah dapil DPRD Provinsi\n"
        "2) Jumlah pemilih pemula per kabupaten\n"
        "7 Kegunaan informasi Penelitian mandiri\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == "Peta wilayah dapil DPRD Provinsi; Jumlah pemilih pemula per kabupaten"
    reason = purpose([page])
    assert reason is not None and reason.value == "Penelitian mandiri"


def test_prose_gives_what_is_asked_and_why_and_splits_a_list_joined_by_serta() -> None:
    page = (
        "Dengan ini saya memohon informasi berupa daftar pemilih tetap Desa Sungai Rotan serta\n"
        "berita acara pleno PPK Kecamatan Gelumbang, yang akan saya gunakan untuk\n"
        "bahan advokasi warga desa. Terima kasih."
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Daftar pemilih tetap Desa Sungai Rotan; Berita acara pleno PPK Kecamatan Gelumbang"
    )
    reason = purpose([page])
    assert reason is not None and reason.value == "Bahan advokasi warga desa"


def test_an_objection_names_the_information_after_the_number_it_cites() -> None:
    page = (
        "mengajukan keberatan atas permohonan saya Nomor Pendaftaran\n"
        "017/PPID/KPU-SS/IV/2026 tentang salinan SK pemberhentian anggota PPK Kecamatan\n"
        "Sematang Borang. Jawaban PPID tidak sesuai dengan yang saya minta."
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == ("Salinan SK pemberhentian anggota PPK Kecamatan Sematang Borang")


def test_an_objection_names_the_information_berupa_after_the_number_it_cites() -> None:
    page = (
        "Pada tanggal 8 September 2025, saya telah mengajukan permohonan informasi publik\n"
        "kepada PPID dengan Nomor Pendaftaran 014/PPID/KPU-SS/IX/2025, berupa dokumen kontrak\n"
        "pengadaan surat suara Pemilihan Gubernur Tahun 2024, untuk keperluan advokasi.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == "Dokumen kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024"


def test_a_law_cited_with_tentang_is_not_the_information() -> None:
    page = (
        "sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.\n"
        "Termohon diminta membawa:\n"
        "1. surat kuasa bagi kuasa Termohon;\n"
        "2. dokumen terkait penanganan keberatan Pemohon.\n"
    )
    assert information_requested([page]) is None


def test_a_semicolon_ocr_read_as_a_colon_between_items_is_put_back() -> None:
    page = "Informasi yang dibutuhkan : Rencana kerja PPID 2026: Daftar informasi berkala 2025\n"
    found = information_requested([page])
    assert found is not None
    assert found.value == "Rencana kerja PPID 2026; Daftar informasi berkala 2025"


def test_a_purpose_sentence_with_a_copula_is_read_lowercase_or_not() -> None:
    page = "Tujuan permohonan ini adalah memenuhi tugas akhir kuliah.\nDemikian."
    reason = purpose([page])
    assert reason is not None and reason.value == "Memenuhi tugas akhir kuliah"


def test_a_prose_line_that_starts_like_a_label_is_not_one() -> None:
    page = "Informasi yang diminta sudah saya terima sebagian, namun belum lengkap.\n"
    assert information_requested([page]) is None


def test_a_value_ends_with_the_full_stop_of_its_continued_line() -> None:
    page = (
        "Objek sengketa: Rekapitulasi Daftar Pemilih Berkelanjutan Provinsi Sumatera Selatan\n"
        "Semester II Tahun 2025.\n"
        "Panggilan ini disampaikan kepada yang bersangkutan dan diterima oleh petugas.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Rekapitulasi Daftar Pemilih Berkelanjutan Provinsi Sumatera Selatan Semester II Tahun 2025"
    )


def test_a_value_ends_with_the_clause_its_continued_line_closes() -> None:
    page = (
        "Informasi yang saya mohon adalah laporan Realisasi Anggaran Tahun 2025 serta berita\n"
        "acara hasil seleksi calon anggota KPU periode 2024-2029,\n"
        "yang akan saya gunakan untuk penyusunan policy brief.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Laporan Realisasi Anggaran Tahun 2025; Berita acara hasil seleksi calon anggota KPU"
        " periode 2024-2029"
    )


def test_a_purpose_said_of_the_information_tersebut_and_a_speck_after_a_marker() -> None:
    text = (
        "dengan ini mengajukan permohonan informasi publik berupa:\n\n"
        "a. Laporan Dana Kampanye pasangan calon Gubernur Tahun 2024;\n\n"
        "b. . Salinan SK pemberhentian anggota PPK Kecamatan Kalidoni.\n"
        "Adapun tujuan penggunaan informasi tersebut adalah untuk bahan diskusi publik evaluasi\n"
        "Pemilihan Serentak 2024.\n"
    )
    found = information_requested([text])
    assert found is not None
    assert found.value == (
        "Laporan Dana Kampanye pasangan calon Gubernur Tahun 2024; "
        "Salinan SK pemberhentian anggota PPK Kecamatan Kalidoni"
    )
    said = purpose([text])
    assert said is not None
    assert said.value == "Bahan diskusi publik evaluasi Pemilihan Serentak 2024"


def test_a_value_ending_in_tingkat_goes_on_past_the_blank_line_ocr_put_in() -> None:
    page = (
        "Informasi yang dimohon : Berita acara rekapitulasi hasil penghitungan suara tingkat\n\n"
        "Kabupaten Musi Banyuasin\nNomor Pendaftaran : 062/PPID/KPU-SS/I/2026\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Berita acara rekapitulasi hasil penghitungan suara tingkat Kabupaten Musi Banyuasin"
    )


def test_a_bar_ocr_read_for_the_numeral_one_is_put_back() -> None:
    page = "Informasi yang dimohon : Hasil pemutakhiran data pemilih triwulan | Tahun 2026\n"
    found = information_requested([page])
    assert found is not None
    assert found.value == "Hasil pemutakhiran data pemilih triwulan I Tahun 2026"


def test_a_list_after_a_lead_in_with_a_speck_after_its_colon() -> None:
    page = (
        "dengan ini mengajukan permohonan informasi publik kepada PPID berupa: :\n"
        "a. Laporan hasil audit dana kampanye pasangan calon Gubernur Tahun 2024\n"
        "Informasi tersebut saya perlukan untuk penyusunan policy brief.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == "Laporan hasil audit dana kampanye pasangan calon Gubernur Tahun 2024"


def test_a_purpose_sentence_read_through_a_speck_after_tersebut() -> None:
    page = (
        "Adapun tujuan penggunaan informasi tersebut. adalah untuk bahan laporan\n"
        "kepada Dewan Pembina organisasi.\nSaya cukup melihat dokumen tersebut.\n"
    )
    found = purpose([page])
    assert found is not None
    assert found.value == "Bahan laporan kepada Dewan Pembina organisasi"


def test_a_colon_ocr_read_as_a_mark_beside_a_typed_answer_still_heads_it() -> None:
    """On a form with leader lines OCR reads the colon as "!" or "»"."""
    page = (
        "Informasi yang Dimohon » Daftar Pemilih Tetap (DPT) Pemilihan Tahun 2024\n"
        "Tujuan Penggunaan Informasi ! Bahan laporan kepada Dewan Pembina organisasi\n"
        "NIK : 1607130807891602\n"
    )
    found = purpose([page])
    assert found is not None and found.value == "Bahan laporan kepada Dewan Pembina organisasi"
    requested = information_requested([page])
    assert requested is not None
    assert requested.value == "Daftar Pemilih Tetap (DPT) Pemilihan Tahun 2024"


def test_a_speck_read_as_a_stop_set_apart_from_its_word_ends_no_value() -> None:
    page = (
        "3. Informasi yang disengketakan adalah dokumen Standar Operasional Prosedur . (SOP)\n"
        "pelayanan informasi publik di KPU Provinsi Sumatera Selatan, yang dimohonkan dengan\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Dokumen Standar Operasional Prosedur (SOP) pelayanan informasi publik di KPU Provinsi "
        "Sumatera Selatan"
    )


def test_a_purpose_after_untuk_keperluan_read_through_a_speck() -> None:
    page = "di Sumatera Selatan Tahun 2025, untuk keperluan. bahan pemberitaan dan liputan.\n"
    found = purpose([page])
    assert found is not None and found.value == "Bahan pemberitaan dan liputan"


def test_a_speck_read_as_a_stop_glued_to_a_word_before_lower_case_ends_no_value() -> None:
    page = (
        "Pada tanggal 2 Oktober 2025, saya telah mengajukan permohonan informasi publik\n"
        "dengan Nomor Pendaftaran 140/PPID/KPU-SS/X/2025, berupa salinan putusan DKPP\n"
        "yang. berkaitan dengan penyelenggara pemilu di Sumatera Selatan Tahun 2025, untuk\n"
        "keperluan pribadi.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Salinan putusan DKPP yang berkaitan dengan penyelenggara pemilu di Sumatera Selatan "
        "Tahun 2025"
    )


def test_a_list_item_letter_before_lower_case_is_no_speck() -> None:
    """ "a. bahwa …" enumerates; only a stop glued to a word of three letters or more is taken
    for a speck."""
    page = "Informasi yang dimohon: salinan DPT Kecamatan Ilir Timur. a. bahwa data itu lengkap\n"
    found = information_requested([page])
    assert found is not None
    assert found.value == "Salinan DPT Kecamatan Ilir Timur"


def test_a_list_ended_by_dll_keeps_its_stop() -> None:
    page = "Informasi yang dimohon: salinan DPT, DPS, dll. untuk wilayah Kota Palembang.\n"
    found = information_requested([page])
    assert found is not None
    assert found.value == "Salinan DPT, DPS, dll. untuk wilayah Kota Palembang"


def requested(page: str) -> str | None:
    found = information_requested([page])
    return found.value if found else None


def test_an_objection_letters_list_after_mengenai_ends_where_the_objection_begins() -> None:
    page = (
        "Dengan ini mengajukan keberatan atas permohonan informasi saya yang telah didaftarkan"
        " dengan Nomor\nPendaftaran 084/PPID/KPU-SS/V/2026 tanggal 3 Mei 2026, mengenai:\n\n"
        "- Data pemilih penyandang disabilitas dalam DPT Pemilu 2024 di Provinsi Sumatera\n"
        "Selatan:\n\n"
        "- Dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024\n"
        "Keberatan ini diajukan karena informasi yang saya mohon tidak diberikan.\n"
    )
    assert requested(page) == (
        "Data pemilih penyandang disabilitas dalam DPT Pemilu 2024 di Provinsi Sumatera Selatan;"
        " Dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024"
    )


def test_a_list_lead_with_a_speck_after_its_colon_still_leads() -> None:
    page = (
        "saya bermaksud meminta informasi/data\nberupa: K\n"
        "1. Laporan Keuangan Sekretariat KPU Provinsi Sumatera Selatan Tahun\nAnggaran 2025,\n"
        "2. Data pemutakhiran daftar pemilih berkelanjutan semester II tahun 2025\n"
        "Tujuan penggunaan informasi: bahan penyusunan tesis.\n"
    )
    assert requested(page) == (
        "Laporan Keuangan Sekretariat KPU Provinsi Sumatera Selatan Tahun Anggaran 2025;"
        " Data pemutakhiran daftar pemilih berkelanjutan semester II tahun 2025"
    )


def test_one_unnumbered_line_below_sebagai_berikut_is_the_request() -> None:
    page = (
        "Bersama surat ini saya memohon agar dapat diberikan informasi sebagai berikut:\n"
        "Rekapitulasi jumlah TPS dan pemilih Pemilihan Bupati Musi Banyuasin Tahun 2024\n\n"
        "Informasi tersebut akan saya gunakan untuk bahan evaluasi.\n"
    )
    assert requested(page) == (
        "Rekapitulasi jumlah TPS dan pemilih Pemilihan Bupati Musi Banyuasin Tahun 2024"
    )


def test_the_identity_rows_below_sebagai_berikut_are_no_request() -> None:
    page = (
        "mengajukan permohonan informasi dengan data pemohon sebagai berikut:\n\n"
        "Nama : Kms. Aditya Lubis\nJabatan : Sekretaris\n"
    )
    assert requested(page) is None


def test_the_request_named_after_yaitu_or_inline_sebagai_berikut() -> None:
    statute = (
        "Dengan ini saya mengajukan permohonan informasi publik kepada PPID sebagaimana diatur"
        " dalam Undang-Undang Nomor 14 Tahun\n2008 tentang Keterbukaan Informasi Publik, yaitu"
        " rencana Kerja dan Anggaran KPU Provinsi\nSumatera Selatan Tahun Anggaran 2026.\n"
    )
    inline = (
        "Bersama surat ini kami memohon agar dapat diberikan informasi sebagai\nberikut salinan"
        " laporan penerimaan dan pengeluaran dana kampanye\npasangan calon Gubernur Tahun 2024.\n"
    )
    assert requested(statute) == (
        "Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026"
    )
    assert requested(inline) == (
        "Salinan laporan penerimaan dan pengeluaran dana kampanye pasangan calon"
        " Gubernur Tahun 2024"
    )


def test_an_items_tail_wrapped_past_a_blank_line_stays_with_it() -> None:
    page = (
        "Bersama surat ini saya memohon agar dapat diberikan informasi sebagai berikut:\n\n"
        "- Data perolehan kursi partai politik DPRD Provinsi Sumatera Selatan hasil Pemilu\n\n"
        "2024\n\n"
        "- Data pemutakhiran daftar pemilih berkelanjutan semester II tahun 2025 : 3\n"
        "Adapun tujuan penggunaan informasi ini adalah bahan evaluasi.\n"
    )
    assert requested(page) == (
        "Data perolehan kursi partai politik DPRD Provinsi Sumatera Selatan hasil Pemilu 2024;"
        " Data pemutakhiran daftar pemilih berkelanjutan semester II tahun 2025"
    )


def test_a_table_cells_items_joined_by_misread_semicolons_come_apart() -> None:
    page = (
        "Informasi yang Dimohon | Rekapitulasi jumlah TPS Pemilihan Bupati Tahun 2024, Data"
        " pemilih\npenyandang disabilitas dalam DPT Pemilu 2024 di\n"
        "Provinsi Sumatera Selatan: Daftar inventaris barang\n"
        "“milik negara pada Sekretariat KPU\n\n"
        "Nomor Pendaftaran 064/PPID/KPU-Prov-SS/XII/2025\n"
    )
    assert requested(page) == (
        "Rekapitulasi jumlah TPS Pemilihan Bupati Tahun 2024; Data pemilih penyandang"
        " disabilitas dalam DPT Pemilu 2024 di Provinsi Sumatera Selatan; Daftar inventaris"
        " barang milik negara pada Sekretariat KPU"
    )


def test_a_name_wrapped_past_a_blank_line_goes_on_and_the_next_sentence_does_not() -> None:
    page = (
        "Informasi yang Diminta Laporan realisasi anggaran dana hibah Pemilihan\n\n"
        "Gubernur dan Wakil Gubernur Sumatera Selatan Tahun\n2024\n\n"
        "Selanjutnya Termohon diminta menyiapkan dokumen dan keterangan.\n"
    )
    assert requested(page) == (
        "Laporan realisasi anggaran dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera"
        " Selatan Tahun 2024"
    )


def test_a_numbered_forms_next_part_is_no_list_under_a_label_and_its_answer() -> None:
    page = (
        "7. RINCIAN INFORMASI YANG DIMINTA\n"
        "Jumlah TPS per desa/kelurahan di Kabupaten Musi Banyuasin\n"
        "\n"
        "8. TUJUAN PENGGUNAAN INFORMASI\n"
        "Bahan evaluasi internal dan penyusunan strategi partai\n"
        "\n"
        "9. KATEGORI INFORMASI @ Informasi Tahapan Pemilu/Pemilihan\n"
        "10. CARA MEMPEROLEH @ Melihat/membaca/mencatat @ Salinan tercetak (hardcopy)\n"
    )
    reason = purpose([page])
    assert reason is not None
    assert reason.value == "Bahan evaluasi internal dan penyusunan strategi partai"


def test_the_information_named_after_a_registration_number_in_brackets() -> None:
    page = (
        "dengan ini menyampaikan keberatan kepada Bapak/Ibu Atasan PPID. Pada 2 Februari\n"
        "2026 saya mengajukan permohonan informasi (Nomor Pendaftaran\n"
        "031/PPID/KPU-SS/II/2026) tentang rincian honorarium anggota KPPS di Desa Tanjung\n"
        "Raja pada Pemilihan Tahun 2024. Informasi itu saya perlukan untuk bahan musyawarah\n"
        "warga dusun.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Rincian honorarium anggota KPPS di Desa Tanjung Raja pada Pemilihan Tahun 2024"
    )


def test_a_capitals_letters_item_lettered_with_a_comma_for_its_stop() -> None:
    page = (
        "YANG BERTANDA TANGAN DIBAWAH INI :\n"
        "NAMA : RINA WATI OKTAVIANI, S.E.\n"
        "DENGAN INI MENGAJUKAN PERMOHONAN INFORMASI SEBAGAI BERIKUT\n"
        "1. RINCIAN INFORMASI YANG DIBUTUHKAN :\n"
        "A, JUMLAH PEMILIH PENYANDANG DISABILITAS DALAM DPT PEMILU 2024 PER\n"
        "\n"
        "KABUPATEN/KOTA\n"
        "2. TUJUAN PENGGUNAAN INFORMASI : PERENCANAAN PROGRAM PENDIDIKAN PEMILIH\n"
        "DEMIKIAN PERMOHONAN INI SAYA BUAT DENGAN SEBENARNYA.\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "JUMLAH PEMILIH PENYANDANG DISABILITAS DALAM DPT PEMILU 2024 PER KABUPATEN/KOTA"
    )


def test_ocrs_il_for_the_numeral_two_and_ll_for_il_are_mended_in_the_request() -> None:
    page = (
        "Informasi yang dimohon : Data hasil pemutakhiran data pemilih Semester Il Tahun 2025\n"
        "dan jumlah pemilih di Kabupaten Ogan llir\n"
        "Tujuan penggunaan informasi : Bahan kajian\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == (
        "Data hasil pemutakhiran data pemilih Semester II Tahun 2025 dan jumlah pemilih di "
        "Kabupaten Ogan Ilir"
    )


HISTORY = (
    "Sebelumnya saya telah mengajukan permohonan informasi kepada PPID\n"
    "KPU Provinsi Sumatera Selatan sebagai berikut:\n"
    "No Nomor Pendaftaran Tanggal Informasi Status\n"
    "1 014/PPID/KPU-SS/I/2025 06-01-2025 Data DPT Pemilu 2024 per Diberikan\n"
    "kecamatan di Kabupaten Ogan Ilir sebagian\n"
    "Terima kasih atas informasi yang telah diberikan. Untuk melengkapi data\n"
    "yang saya perlukan, bersama ini saya mengajukan permohonan lanjutan\n"
    "berupa:\n"
    "1. Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024\n"
    "2. Hasil rekapitulasi perolehan suara calon anggota DPRD Provinsi\n"
    "Informasi tersebut saya gunakan untuk bahan penyusunan skripsi.\n"
)


def test_the_requests_a_letter_recalls_give_way_to_its_own_further_on() -> None:
    found = information_requested([HISTORY])
    assert found is not None
    assert found.value == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024; "
        "Hasil rekapitulasi perolehan suara calon anggota DPRD Provinsi"
    )


def test_a_recalled_request_is_what_a_letter_asks_about_when_it_makes_no_other() -> None:
    objection = HISTORY.split("Terima kasih")[0] + "Atas permohonan tersebut tidak ada tanggapan.\n"
    found = information_requested([objection])
    assert found is not None
    assert "Data DPT Pemilu 2024" in found.value


def test_the_fees_charged_are_no_list_of_what_was_asked_said_on_a_day() -> None:
    page = (
        "Saya telah mengajukan permohonan informasi pada 6 November 2025 berupa laporan\n"
        "dana kampanye pasangan calon Gubernur Tahun 2024, untuk keperluan bahan diskusi\n"
        "publik. Melalui surat tanggal 17 November 2025, PPID\n"
        "menyatakan informasi dapat diberikan dengan biaya sebagai berikut:\n"
        "No | Uraian Volume Tarif Jumlah\n"
        "1 Penggandaan salinan dokumen 301 lembar | Rp 2.500 Rp 752.500\n"
        "2 |Biaya pengiriman 1 paket Rp 75.000 Rp 75.000\n"
    )
    found = information_requested([page])
    assert found is not None
    assert found.value == "Laporan dana kampanye pasangan calon Gubernur Tahun 2024"


def test_a_wrapped_value_that_stops_short_of_the_margin_ends_before_the_next_sentence() -> None:
    invitation = (
        "menghadiri sidang pemeriksaan awal dalam perkara Register Nomor 017/REG-PSI/IV/2026.\n"
        "Objek sengketa : Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera"
        " Selatan\n"
        "Tahun 2024 per kabupaten/kota\n"
        "Para pihak diminta hadir 15 menit sebelum sidang dimulai dengan membawa identitas dan\n"
        "surat kuasa (bagi yang diwakili).\n"
    )
    found = information_requested([invitation])
    assert found is not None
    assert found.value == (
        "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024"
        " per kabupaten/kota"
    )

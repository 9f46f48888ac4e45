"""Shapes the fifteenth generator's letters showed: a pesantren's long narrative, a pleading's
numbered clauses."""

from __future__ import annotations

from pipeline.extract import extract_fields
from pipeline.sections import information_requested

PESANTREN = (
    "Pondok pesantren kami saat ini membina lebih kurang 742 santri. Untuk itu kami\n"
    "memerlukan data dan informasi yang akurat dari sumber resminya.\n"
    "Sehubungan dengan hal tersebut, kami yang bertanda tangan di bawah ini, Drs. H. Andi Nur\n"
    "Mahmud, M.Pd.I., Nomor Induk Kependudukan 1609181803640577, selaku Pimpinan Pondok\n"
    "Pesantren Nurul Hikmah, dengan ini mengajukan permohonan informasi publik kepada\n"
    "PPID KPU Provinsi Sumatera Selatan, yaitu data tingkat partisipasi pemilih pada Pemilihan\n"
    "Gubernur Sumatera Selatan Tahun 2024 per kabupaten/kota.\n"
)


def test_a_name_with_titles_wrapped_over_two_lines_after_di_bawah_ini() -> None:
    fields = extract_fields([PESANTREN], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Drs. H. Andi Nur Mahmud, M.Pd.I."
    titled = PESANTREN.replace("Drs. H. Andi Nur\nMahmud, M.Pd.I.", "KH.\nAndi Harahap, Lc., M.A.")
    named = extract_fields([titled], "permohonan_informasi").values["applicant_name"]
    assert named == "KH. Andi Harahap, Lc., M.A."


def test_the_request_made_to_the_desk_over_the_need_told_before_it() -> None:
    found = information_requested([PESANTREN])
    assert found is not None
    assert found.value == (
        "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024"
        " per kabupaten/kota"
    )


def test_a_pleadings_item_ends_before_its_next_numbered_clause() -> None:
    pleading = (
        "1. Bahwa pada 24 September 2025 Pemohon mengajukan permohonan informasi\n"
        "kepada Termohon yang diregistrasi dengan Nomor Pendaftaran\n"
        "079/PPID/KPU-SS/IX/2025, berupa salinan kontrak pengadaan surat suara\n"
        "Pemilihan Gubernur dan Wakil Gubernur Tahun 2024;\n"
        "2. Bahwa Termohon menolak memberikan informasi tersebut dengan alasan\n"
        "informasi dikecualikan;\n"
    )
    found = information_requested([pleading])
    assert found is not None
    assert found.value == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )


WAYBILL = (
    "NUSA KURIR\nEkspedisi Dokumen & Paket\n"
    "No. Resi:  NSK250940551048 Tgl. Kirim : 12-09-2025 08:50\nPENGIRIM PENERIMA\n"
    "EKA KURNIA TANJUNG PPID KPU PROVINSI SUMATERA SELATAN\n"
    "Berat Koli Isi Kiriman\n0,2 kg 1 DOKUMEN\nOngkos Kirim Rp 24.000\n"
)
LETTER = (
    "Lahat, 11/09/2025\nHal : Permohonan Salinan Informasi\n"
    "Kepada\nYth. Ketua KPU Provinsi Sumatera Selatan\nDengan hormat,\n"
    "Saya, Yohanes Dharma Fauzi, S.Ag., NIK 1601 0716 0266 2890, pekerjaan buruh, beralamat di"
    " Jl. Dr. Moh. Hatta No. 194, RT 22 RW 06, Kab. OKU, nomor HP (0896) 091-2380, dengan ini"
    " mengajukan permohonan informasi publik\n"
)


def test_a_couriers_waybill_on_top_is_not_the_sender_and_a_bracketed_mobile_prefix() -> None:
    fields = extract_fields([WAYBILL, LETTER], "permohonan_informasi")
    assert fields.values["sender_org"] is None
    assert fields.values["phone"] == "+628960912380"
    assert fields.values["applicant_name"] == "Yohanes Dharma Fauzi, S.Ag."


TABLE = (
    "mengajukan permintaan informasi/data dengan rincian:\n"
    "No Jenis Informasi Tahun Format\n"
    "1 Daftar anggota PPK dan PPS di Kota Palembang 2024 PDF\n"
    "2 Rekapitulasi partisipasi pemilih per kabupaten/kota 2019-2024PDF\n"
    "bersambung ke hlm. 2\n"
)


def test_a_table_of_items_after_dengan_rincian_its_format_column_and_a_continuation_note() -> None:
    fields = extract_fields(
        [TABLE, "- 2 -\nAdapun informasi tersebut saya perlukan.\n"], "permohonan_informasi"
    )
    assert fields.values["information_requested"] == (
        "Daftar anggota PPK dan PPS di Kota Palembang 2024;"
        " Rekapitulasi partisipasi pemilih per kabupaten/kota 2019-2024"
    )
    assert fields.values["obtain_method"] == "salinan_softcopy"
    copies = extract_fields([TABLE.replace("PDF", "Salinan")], "permohonan_informasi")
    assert copies.values["obtain_method"] == "salinan"


THREAD = (
    "Surel KPU Sumsel ppid@sumsel.kpu.go.id\nPermintaan data untuk penelitian\n3 pesan\n"
    "Taufik Indra Yusran <taufik92@gmail.com> Sen, 21 Sep 2026 pukul 08.13\n"
    "Kepada: ppid@sumsel.kpu.go.id\n"
    "Saya Taufik Indra Yusran ingin meminta informasi berupa Rencana Kerja dan Anggaran (RKA)"
    " KPU Provinsi Sumatera Selatan Tahun Anggaran 2026.\nSalam,\n"
    "PPID KPU Provinsi Sumatera Selatan <ppid@sumsel.kpu.go.id> Sel, 22 Sep 2026 pukul 13.43\n"
    "Agar permohonan Saudara dapat kami catat, mohon dilengkapi data berikut:\n"
    "1. Nama lengkap dan NIK sesuai KTP\n2. Alamat lengkap\n"
    "3. Cara memperoleh informasi (melihat / salinan hardcopy / softcopy)\n"
    "Taufik Indra Yusran <taufik92@gmail.com> Sel, 22 Sep 2026 pukul 15.25\n"
    "Nama : Taufik Indra Yusran\nCara memperoleh : Fotokopi (hardcopy), dikirim pakai kurir\n"
)


def test_the_desks_own_reply_in_a_printed_thread_is_not_the_applicants_words() -> None:
    fields = extract_fields([THREAD], "permohonan_informasi", own_domains=("sumsel.kpu.go.id",))
    assert fields.values["information_requested"] == (
        "Rencana Kerja dan Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026"
    )
    assert fields.values["obtain_method"] == "salinan_hardcopy"


def test_a_correction_tables_wrong_values_give_way_to_the_right_ones() -> None:
    letter = (
        "Hal ikhwal : Ralat Surat Keberatan tanggal 29 Oktober 2026\n"
        "bersama ini saya sampaikan perbaikan atas kekeliruan penulisan sebagai berikut:\n\n"
        "No| Bagian Semula Tertulis Seharusnya\n\n"
        "1 |Nomor Pendaftaran 073/PPID/KPU-SS/X/2026 076/PPID/KPU-SS/X/2026\nPermohonan\n\n"
        "2 |Alasan keberatan huruf g huruf c\n\n"
        "3 Nomor HP (0877) 7208-6652 (0877) 7208-2652\n\n"
        "Selebihnya isi surat keberatan tersebut tetap dan tidak berubah sama sekali.\n"
    )
    fields = extract_fields([letter], "keberatan")
    assert fields.values["reference_registration_number"] == "076/PPID/KPU-SS/X/2026"
    assert fields.values["objection_reason_code"] == "c"
    assert fields.values["phone"] == "+6287772082652"
    spaced = letter.replace(
        "(0877) 7208-6652 (0877) 7208-2652", "+62 821-8384-8467 +62 821-8384-8447"
    )
    assert extract_fields([spaced], "keberatan").values["phone"] == "+6282183848447"


def test_a_certificates_title_under_a_letterhead_in_ordinary_case_is_no_part_of_it() -> None:
    award = (
        "Komisi Informasi\nProvinsi Sumatera Selatan\nPIAGAM PENGHARGAAN\n"
        "Nomor: 060/PIAGAM/KI-SS/XI/2025\ndiberikan kepada\n"
        "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN\n"
    )
    fields = extract_fields([award], "surat_masuk")
    assert fields.values["sender_org"] == "Komisi Informasi Provinsi Sumatera Selatan"


def test_the_purpose_after_the_item_asked_for_and_a_late_answer_as_the_reason() -> None:
    letter = (
        "Hal : Keberatan atas Permohonan Informasi Publik\n"
        "Pada tanggal 1 Agustus 2025 saya mengajukan permohonan informasi kepada PPID KPU\n"
        "Provinsi Sumatera Selatan, yaitu daftar pemilih tambahan (DPTb) pada Pemilu 2024\n"
        "di Kabupaten Banyuasin, untuk referensi penelitian lembaga tentang\n"
        "keterbukaan anggaran.\n"
        "Dengan surat ini saya mengajukan keberatan kepada Atasan PPID karena informasi baru\n"
        "saya terima setelah lewat jangka waktu yang diatur dalam undang-undang.\n"
    )
    fields = extract_fields([letter], "keberatan")
    assert fields.values["purpose"] == "Referensi penelitian lembaga tentang keterbukaan anggaran"
    assert fields.values["objection_reason_code"] == "g"


def test_a_memos_subject_a_review_balloon_and_a_hijri_dateline_beside_it() -> None:
    subjects = {
        "Hal : Penyelesaian Tunggakan Permohonan Informasi\nA. Persoalan\n": (
            "Penyelesaian Tunggakan Permohonan Informasi"
        ),
        "Perihal : Keberatan vikomentari [PK1]: Perihal disamakan dengan formulir\n": "Keberatan",
        "Perihal : Keberatan Diformat: Font: Tebal\n": "Keberatan",
        "Perihal : Permohonan Informasi Publik Sekayu, 15 Jumadil Awal 1447 H / 6 November"
        " 2025 M\n": "Permohonan Informasi Publik",
    }
    for text, subject in subjects.items():
        assert extract_fields([text], "surat_masuk").values["subject"] == subject


def test_items_counted_in_words_and_a_bare_lc_degree() -> None:
    letter = (
        "Saya, KH. Heri Sembiring, Lc, selaku Pimpinan, dengan ini mengajukan permohonan\n"
        "informasi publik kepada PPID KPU Provinsi Sumatera Selatan, yaitu: pertama, salinan\n"
        "formulir Model C.Hasil untuk TPS 027 Kelurahan Pasar Lama: kedua, data hasil\n"
        "pemutakhiran data pemilih Semester II Tahun 2025; dan ketiga, jumlah\n"
        "pemilih penyandang disabilitas per kabupaten/kota.\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["applicant_name"] == "KH. Heri Sembiring, Lc."
    assert fields.values["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 027 Kelurahan Pasar Lama; Data hasil"
        " pemutakhiran data pemilih Semester II Tahun 2025; Jumlah pemilih penyandang disabilitas"
        " per kabupaten/kota"
    )


def test_a_forms_footnote_mark_after_its_label() -> None:
    form = (
        "FORMULIR PERMOHONAN INFORMASI PUBLIK\n"
        "No. Pendaftaran *) : 043/PPID/KPU-SS/IX/2026\n"
        "Nama : Meilani Ayu Kurniawan\n"
    )
    fields = extract_fields([form], "permohonan_informasi")
    assert fields.values["letter_number"] == "043/PPID/KPU-SS/IX/2026"


def test_a_parsed_messages_rows_labelled_in_capitals_without_colons() -> None:
    gateway = (
        "Hasil Pembacaan Format (otomatis)\nBagian Isi\nNAMA BUDI GUNAWAN\n"
        "NIK 1671070906902359\n"
        "ALAMAT JL. DEMANG LEBAR DAUN NO. 216 RT.27 RW.02 KEL.PLAJU ULU KEC.PLAJU PALEMBANG\n"
        "INFORMASI REKAP PARTISIPASI PEMILIH PEMILIHAN GUBERNUR 2024 PER KABUPATEN/KOTA\n"
        "TUJUAN RAPAT EVALUASI ORGANISASI\nCARA SALINAN DIAMBIL SENDIRI\nBalasan otomatis\n"
    )
    fields = extract_fields([gateway], "permohonan_informasi")
    assert fields.values["address"] == (
        "JL. DEMANG LEBAR DAUN NO. 216 RT.27 RW.02 KEL.PLAJU ULU KEC.PLAJU PALEMBANG"
    )
    assert fields.values["information_requested"] == (
        "REKAP PARTISIPASI PEMILIH PEMILIHAN GUBERNUR 2024 PER KABUPATEN/KOTA"
    )
    assert fields.values["purpose"] == "RAPAT EVALUASI ORGANISASI"


def test_a_heading_in_capitals_beginning_informasi_is_no_row() -> None:
    decree = (
        "KETETAPAN KOMISI INFORMASI\nTENTANG PENCABUTAN PERMOHONAN PENYELESAIAN SENGKETA\n"
        "INFORMASI PUBLIK REGISTER NOMOR 041/REG-PSI/IV/2026\n"
    )
    assert information_requested([decree]) is None


def test_a_message_dated_when_the_system_received_it_and_items_typed_tight() -> None:
    gateway = (
        "24/11/2026 11:35 Detail Pesan - SMS Gateway\nDetail Pesan Masuk\n"
        "Diterima : 23-11-2026 20:14:07\nDari : 6287724699179\n"
        "NAMA BUDI GUNAWAN\nNIK 1671070906902359\n"
        "INFORMASI REKAP PARTISIPASI PEMILIH 2024;JUMLAH TPS PER DESA 2024\n"
        "TUJUAN RAPAT EVALUASI ORGANISASI\n"
    )
    fields = extract_fields([gateway], "permohonan_informasi")
    assert fields.values["letter_date"] == "2026-11-23"
    assert fields.values["information_requested"] == (
        "REKAP PARTISIPASI PEMILIH 2024; JUMLAH TPS PER DESA 2024"
    )


def test_the_desks_automatic_reply_gives_a_requests_registration_number() -> None:
    printout = (
        "NAMA BUDI GUNAWAN\nNIK 1671070906902359\nINFORMASI REKAP PARTISIPASI PEMILIH 2024\n"
        "Balasan otomatis\nTerima kasih, permohonan informasi Anda telah tercatat dengan Nomor"
        " Pendaftaran\n083/PPID/KPU-SS/XI/2026. Informasi akan disampaikan paling lambat 10 hari"
        " kerja.\n"
    )
    request = extract_fields([printout], "permohonan_informasi")
    objection = extract_fields([printout], "keberatan")
    assert request.values["letter_number"] == "083/PPID/KPU-SS/XI/2026"
    assert objection.values.get("letter_number") is None


def test_a_dateline_with_the_hijri_date_first_and_a_street_whose_dot_was_lost() -> None:
    letter = (
        "Sekayu, 15 Jumadil Awal 1447 H / 6 November 2025 M\n"
        "Hal : Permohonan Informasi Publik\n"
        "Alamat : JL Lintas Timur No. 200 Perum Bukit Sejahtera, Kelurahan Indralaya Raya\n"
        "Tempat/Tgl Lahir : LAHAT, 13-05-1974\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["letter_date"] == "2025-11-06"
    assert fields.values["address"] == (
        "Jl. Lintas Timur No. 200 Perum Bukit Sejahtera, Kelurahan Indralaya Raya"
    )


def test_a_requests_reply_quoting_the_desks_questions_picks_its_own_answer() -> None:
    reply = THREAD.replace(
        "Cara memperoleh : Fotokopi (hardcopy), dikirim pakai kurir\n",
        "Cara memperoleh : Softcopy saja\n"
        "> Cara memperoleh informasi (melihat / salinan hardcopy / softcopy)\n",
    )
    fields = extract_fields([reply], "permohonan_informasi", own_domains=("sumsel.kpu.go.id",))
    assert fields.values["obtain_method"] == "salinan_softcopy"


def test_a_notifications_bracketed_tag_whose_closing_bracket_ocr_misread() -> None:
    for written in ("[e-PPID KPU Sumsel)", "[e-PPID KPU Sumsell"):
        mail = f"Perihal : {written} Pengajuan Keberatan Baru #KB-2026-0393\n"
        subject = extract_fields([mail], "keberatan").values["subject"]
        assert subject == "[e-PPID KPU Sumsel] Pengajuan Keberatan Baru #KB-2026-0393"


def test_an_attachments_own_number_is_not_the_letters() -> None:
    leave = (
        "Palembang, 24 September 2026\nPerihal : Permohonan Izin Sakit\n"
        "Kepada Yth.\nSekretaris KPU Provinsi Sumatera Selatan\n"
        "dengan ini mengajukan izin tidak masuk kerja selama 2 (dua) hari.\n"
    )
    certificate = "UPTD PUSKESMAS SEKIP\nSURAT KETERANGAN SAKIT\nNomor: 445/695/PKM-SKP/2026\n"
    fields = extract_fields([leave, certificate], "surat_masuk")
    assert fields.values.get("letter_number") is None
    numbered = leave.replace("Perihal", "Nomor : 12/SDM/IX/2026\nPerihal")
    assert extract_fields([numbered, certificate], "surat_masuk").values["letter_number"] == (
        "12/SDM/IX/2026"
    )

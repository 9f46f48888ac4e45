"""Extraction from the shapes an eighth blind corpus (bench/make_eighth_corpus.py, seed 8001)
showed going wrong: a bilingual form whose labels carry an English gloss."""

from __future__ import annotations

from pipeline.extract import extract_fields
from pipeline.fields import clean_name, without_glosses

BILINGUAL = (
    "PUSAT STUDI DEMOKRASI ELEKTORAL\n"
    "Centre for Electoral Democracy Studies\n"
    "Jl. Sudirman No. 12, Palembang 30126\n"
    "Telp. 0711-350111 | info@pusde.or.id\n"
    "Palembang, 4 Maret 2026 / 4 March 2026\n"
    "Nomor / Ref. No. : 012/PUSDE/III/2026\n"
    "Perihal / Subject : Permohonan Data / Request for Data\n"
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan\n"
    "Nama / Name Rina Kartika, M.Si.\n"
    "NIK / ID Number 1671034507900002\n"
    "Pekerjaan / Occupation Peneliti\n"
    "Alamat / Address Jl. Kancil Putih No. 9 RT 03 RW 01, Kel. Demang Lebar Daun, Palembang\n"
    "Telepon / Phone 0812-7788-9900\n"
    "Surel / E-mail rina.kartika@pusde.or.id\n"
    "Informasi yang dimohon / Information requested:\n"
    "1. Data jumlah TPS per kecamatan di Kota Palembang Tahun 2024\n"
)


def test_a_bilingual_forms_labels_read_as_their_indonesian_words() -> None:
    values = extract_fields([BILINGUAL], "permohonan_informasi").values
    assert values["applicant_name"] == "Rina Kartika, M.Si."
    assert values["nik"] == "1671034507900002"
    assert values["occupation"] == "Peneliti"
    assert values["address"].startswith("Jl. Kancil Putih No. 9 RT 03 RW 01")
    assert values["phone"] == "+6281277889900"
    assert values["email"] == "rina.kartika@pusde.or.id"
    assert values["letter_number"] == "012/PUSDE/III/2026"
    assert values["subject"] == "Permohonan Data / Request for Data"
    assert values["information_requested"] == (
        "Data jumlah TPS per kecamatan di Kota Palembang Tahun 2024"
    )


def test_a_gloss_is_blanked_in_place_and_prose_is_left_alone() -> None:
    text = "Nama / Name Rina\nData pemilih / date 2025"
    blanked = without_glosses(text)
    assert len(blanked) == len(text)
    assert blanked.splitlines()[0].split() == ["Nama", "Rina"]
    assert blanked.splitlines()[1] == "Data pemilih / date 2025"


def test_a_subject_between_the_number_and_the_date_on_one_line_is_read() -> None:
    leaflet = (
        "FORUM PEMANTAU PEMILU WARGA\nSUMATERA SELATAN\n"
        "Nomor: 041/FPPW-SS/VI/2025 Hal: Permintaan Data dan Informasi Palembang, Kamis, "
        "5 Juni 2025\nKepada Yth.\nPPID KPU Provinsi Sumatera Selatan\n"
    )
    values = extract_fields([leaflet], "permohonan_informasi").values
    assert values["subject"] == "Permintaan Data dan Informasi"
    assert values["letter_number"] == "041/FPPW-SS/VI/2025"
    assert values["letter_date"] == "2025-06-05"


TICKET = (
    "SP4N-LAPOR! - Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional\n"
    "Detail Laporan\n"
    "Nomor Tracking : #4410023\n"
    "Kategori : Permintaan Informasi\n"
    "Judul Laporan : Minta data TPS Kota Palembang\n"
    "Isi Laporan\n"
    "Yth. KPU Provinsi Sumatera Selatan. Saya Dedi Kurniawan, NIK 1671020101850003, memohon\n"
    "informasi mengenai daftar lokasi TPS di Kecamatan Sako. Informasi ini untuk bahan liputan\n"
    "tentang kesiapan pemilihan. Terima kasih.\n"
)


def test_a_complaint_portal_ticket_gives_its_title_as_subject_and_its_purpose() -> None:
    values = extract_fields([TICKET], "permohonan_informasi").values
    assert values["subject"] == "Minta data TPS Kota Palembang"
    assert values["purpose"] == "Bahan liputan tentang kesiapan pemilihan"


TABLE_REQUEST = (
    "Saya yang bertanda tangan di bawah ini:\n"
    "Nama lengkap : Lestari Riyadi\n"
    "Pekerjaan : Dosen pada Universitas Sriwijaya\n"
    "dengan ini mengajukan permohonan informasi publik dengan rincian sebagai berikut:\n"
    "No |Jenis Data Periode Bentuk\n"
    "1 |Jumlah TPS per kecamatan Tahun 2024 | Softcopy\n"
    "2 (Jumlah laporan dana kampanye yang diterima | Tahun 2024 | Hardcopy\n"
    "Informasi tersebut akan saya gunakan untuk penulisan artikel ilmiah.³ Sesuai standar\n"
    "layanan, saya mohon salinan dikirim.\n"
)


def test_a_table_of_items_by_year_keeps_the_period_and_drops_the_format() -> None:
    values = extract_fields([TABLE_REQUEST], "permohonan_informasi").values
    assert values["information_requested"] == (
        "Jumlah TPS per kecamatan Tahun 2024; Jumlah laporan dana kampanye yang diterima Tahun 2024"
    )


def test_an_occupation_stops_before_its_employer_and_a_purpose_at_a_footnote() -> None:
    values = extract_fields([TABLE_REQUEST], "permohonan_informasi").values
    assert values["occupation"] == "Dosen"
    assert values["purpose"] == "Penulisan artikel ilmiah"


MAIL_SOURCE = (
    "Pesan Asli\n"
    "ID Pesan <CABGvXz7WAFg+qVVtbXSxLwHhFB@mail.gmail.com>\n"
    "Dibuat pada: Selasa, 21 Apr 2026 pukul 10.11 (Dikirim setelah 3 detik)\n"
    "Dari: Herman Harahap <harahap.herman66@gmail.com>\n"
    "Kepada: ppid@sumsel.kpu.go.id\n"
    "Subjek: Permohonan Informasi Publik\n"
    "Received: by 2002:a05:4df2:520 with SMTP id t1C6qSv4JBg7;\n"
    "Mon, 20 Apr 2026 19:11:54 -0800 (PST)\n"
    "Message-ID: <CABGvXz7WAFg+qVVtbXSxLwHhFB@mail.gmail.com>\n"
    "Date: Tue, 21 Apr 2026 10:11:52 +0700\n"
    "Selamat pagi, saya Herman Harahap memohon salinan DPT Kecamatan Belitang.\n"
)


def test_a_printed_mail_source_gives_the_senders_address_and_the_day_it_was_sent() -> None:
    values = extract_fields([MAIL_SOURCE], "permohonan_informasi").values
    assert values["email"] == "harahap.herman66@gmail.com"
    assert values["letter_date"] == "2026-04-21"


def test_a_memorandums_subject_without_a_colon_is_read_and_a_sentence_is_not() -> None:
    memo = (
        "MEMORANDUM\n"
        "Kepada Yth. Kepala Subbagian Teknis selaku PPID Pelaksana\n"
        "Dari Sekretaris KPU Provinsi Sumatera Selatan\n"
        "Nomor 212/HM.02-MEMO/16/2026\n"
        "Hal Pemutakhiran Daftar Informasi Publik Tahun 2026\n"
        "Dalam rangka pelaksanaan Peraturan KPU, dengan ini diminta agar Saudara memutakhirkan\n"
        "Daftar Informasi Publik.\n"
    )
    assert extract_fields([memo], "surat_masuk").values["subject"] == (
        "Pemutakhiran Daftar Informasi Publik Tahun 2026"
    )
    sentence = "Dengan hormat,\nHal tersebut kami sampaikan untuk diketahui.\n"
    assert extract_fields([sentence], "surat_masuk").values["subject"] is None


FORWARDING_LETTER = (
    "PEMERINTAH PROVINSI SUMATERA SELATAN\n"
    "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI UTAMA\n"
    "Jl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 352000\n"
    "Nomor : 480/112/PPID/2026 Palembang, 9 Februari 2026\n"
    "Hal : Penerusan Permohonan Informasi Publik\n"
    "Yth. Ketua KPU Provinsi Sumatera Selatan\n"
    "Kami telah menerima permohonan informasi publik dari Saudara Andi Saputra. Sesuai Pasal 22\n"
    "ayat (7) Undang-Undang Nomor 14 Tahun 2008, permohonan tersebut kami teruskan untuk\n"
    "ditindaklanjuti. Salinan surat permohonan kami lampirkan.\n"
)
ENCLOSED_REQUEST = (
    "Kepada Yth. PPID Pemerintah Provinsi Sumatera Selatan\n"
    "Saya yang bertanda tangan di bawah ini:\n"
    "Nama : Andi Saputra\n"
    "Alamat : Jl. Veteran No. 250, RT 038 RW 007, Talang Kelapa, Palembang\n"
    "Telepon : 0812-7788-1234\n"
    "mengajukan permohonan informasi berupa daftar lokasi TPS di Kecamatan Sako.\n"
)


def test_a_forwarded_request_gives_the_applicants_contacts_not_the_forwarding_bodys() -> None:
    values = extract_fields([FORWARDING_LETTER, ENCLOSED_REQUEST], "permohonan_informasi").values
    assert values["applicant_name"] == "Andi Saputra"
    assert values["address"] == "Jl. Veteran No. 250, RT 038 RW 007, Talang Kelapa, Palembang"
    assert values["phone"] == "+6281277881234"


def test_a_company_objecting_gives_the_phone_of_its_own_row_after_its_letterhead() -> None:
    letter = (
        "PT SINAR BARU NUSANTARA\n"
        "Jl. Merdeka No. 81, Kalidoni, Palembang 30155\n"
        "Telp. 0711-384687 | E-mail: admin@sinarbaru.co.id\n\n"
        "Nomor : 053/DIR-SBN/X/2025 Palembang, 31 Oktober 2025\n"
        "Perihal : Keberatan atas Tanggapan PPID\n\n"
        "Yth. Atasan PPID KPU Provinsi Sumatera Selatan\n\n"
        "Yang bertanda tangan di bawah ini:\n\n"
        "Nama Joko Yusuf\n\n"
        "Bertindak untuk dan atas nama PT SINAR BARU NUSANTARA\n"
        "Alamat Jl. Merdeka No. 81, Kalidoni, Palembang 30155\n"
        "Telepon 0711-384690\n"
    )
    assert extract_fields([letter], "keberatan").values["phone"] == "+62711384690"


def test_information_named_after_its_registration_number_or_a_heading_is_read() -> None:
    objection = (
        "Saya mengajukan keberatan atas permohonan informasi publik yang tercatat dengan Nomor\n"
        "Pendaftaran 043/PPID/KPU-SS/XII/2025, yaitu permohonan laporan penerimaan dana\n"
        "kampanye Tahun 2024.\n"
    )
    oral = (
        "atas tanggapan PPID terhadap permohonan informasi dengan Nomor Pendaftaran:\n"
        "060/PPID/KPU-SS/IV/2025\n"
        "mengenai informasi:\n"
        "Data sebaran TPS yang belum memenuhi standar aksesibilitas di Kota\n"
        "Palembang\n"
        "Alasan keberatan:\n"
    )
    restated = "Informasi yang dimohon, yaitu data jumlah pemilih di rumah tahanan.\n"
    read = [
        extract_fields([text], "keberatan").values["information_requested"]
        for text in (objection, oral, restated)
    ]
    assert read == [
        "Laporan penerimaan dana kampanye Tahun 2024",
        "Data sebaran TPS yang belum memenuhi standar aksesibilitas di Kota Palembang",
        "Data jumlah pemilih di rumah tahanan",
    ]


def test_a_dispute_is_known_by_its_register_number_before_its_decisions() -> None:
    application = (
        "KEPANITERAAN KI SUMSEL\nDiterima : 12-02-2026\nNo. Register : Reg. 045/PSI/KI-SS/2026\n"
        "Perihal : Permohonan Penyelesaian Sengketa Informasi Publik\n"
    )
    cover = (
        "menyampaikan salinan Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor\n"
        "010/KI-SS/PS-A/IX/2025 dalam sengketa informasi publik Nomor Register Reg.\n"
        "027/PSI/KI-SS/2025, yang diucapkan dalam sidang terbuka.\n"
    )
    numbers = [
        extract_fields([text], "sengketa").values["dispute_register_number"]
        for text in (application, cover)
    ]
    assert numbers == ["Reg. 045/PSI/KI-SS/2026", "Reg. 027/PSI/KI-SS/2025"]


def test_a_reason_ticked_as_ocr_reads_the_box_or_said_as_a_refusal_is_its_code() -> None:
    checklist = (
        "dengan ini mengajukan keberatan dengan alasan (beri tanda pada alasan yang sesuai):\n"
        "[ ] a. Penolakan atas permohonan informasi berdasarkan alasan pengecualian\n"
        "[ ] f. Pengenaan biaya yang tidak wajar\n"
        "IvJ g. Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang\n"
    )
    refused = (
        "Adapun alasan keberatan kami adalah permohonan kami ditolak dengan dalih pengecualian\n"
        "sebagaimana Pasal 17 Undang-Undang Nomor 14 Tahun 2008.\n"
    )
    codes = [
        extract_fields([text], "keberatan").values["objection_reason_code"]
        for text in (checklist, refused)
    ]
    assert codes == ["g", "a"]


def test_a_partys_role_and_attendance_beside_its_name_are_no_part_of_it() -> None:
    read = ["PEMOHON H. Akbar Eka Darmawan", "Dian Basri Hadir", "Budi Santoso Tidak Hadir"]
    assert [clean_name(name) for name in read] == [
        "H. Akbar Eka Darmawan",
        "Dian Basri",
        "Budi Santoso",
    ]


def test_an_event_flyer_is_sent_by_the_body_that_holds_the_event() -> None:
    flyer = (
        "DISKUSI PUBLIK\nKeterbukaan Data Pemilu di Era Digital\nRABU, 8 OKTOBER 2025\n"
        "NARASUMBER\nKetua KPU Provinsi Sumatera Selatan\n"
        "Tempat Aula Universitas PGRI Palembang\n"
        "Diselenggarakan oleh:\n\nBadan Eksekutif Mahasiswa Universitas PGRI\nPalembang\n"
    )
    assert extract_fields([flyer], "surat_masuk").values["sender_org"] == (
        "Badan Eksekutif Mahasiswa Universitas PGRI Palembang"
    )
    shouted = flyer.replace("Diselenggarakan oleh:", "DISELENGGARAKAN OLEH:")
    assert extract_fields([shouted], "surat_masuk").values["sender_org"] == (
        "Badan Eksekutif Mahasiswa Universitas PGRI Palembang"
    )


def test_a_form_row_ends_where_its_sentence_begins_and_a_misread_jl_is_mended() -> None:
    form = (
        "Nama : Rudi Hartono\n"
        "Alamat : N Mayor Ruslan No. 91, RT 037 RW 009, Palembang\n"
        "Tujuan Penggunaan Informasi | Penyusunan laporan pemantauan pemilu lembaga kami\n\n"
        "dengan ini mengajukan keberatan dengan alasan (beri tanda pada alasan yang sesuai):\n"
    )
    values = extract_fields([form], "keberatan").values
    assert values["purpose"] == "Penyusunan laporan pemantauan pemilu lembaga kami"
    assert values["address"] == "Jl. Mayor Ruslan No. 91, RT 037 RW 009, Palembang"


def test_a_long_subject_goes_on_over_its_second_line_and_a_commissions_numeral_stays() -> None:
    cover = (
        "Nomor : 1123/PP.06-SD/05/2026 Jakarta, 4 Mei 2026\n"
        "Hal : Penyampaian Keputusan Komisi Pemilihan Umum tentang Pedoman Teknis Pengelolaan\n"
        "dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum\n"
        "Yth.\n1. Ketua KPU Provinsi; dan\n"
    )
    hearing = "Hal : Undangan RDP Komisi | DPRD Provinsi Sumatera Selatan\nYth.\nKetua KPU\n"
    subjects = [
        extract_fields([text], "surat_masuk").values["subject"] for text in (cover, hearing)
    ]
    assert subjects == [
        "Penyampaian Keputusan Komisi Pemilihan Umum tentang Pedoman Teknis Pengelolaan dan "
        "Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum",
        "Undangan RDP Komisi I DPRD Provinsi Sumatera Selatan",
    ]


def test_an_occupation_stops_at_a_column_rule() -> None:
    row = "Nama : Sari Dewi\nPekerjaan : Perawat | dalam jangka waktu yang ditentukan. Atas\n"
    assert extract_fields([row], "permohonan_informasi").values["occupation"] == "Perawat"


def test_a_summons_names_the_information_in_dispute_not_the_evidence_to_bring() -> None:
    summons = (
        "Perihal : Panggilan Sidang Pemeriksaan Pembuktian\n"
        "Berdasarkan Penetapan Majelis Komisioner dalam perkara sengketa informasi publik, atas\n"
        "permohonan informasi Nomor Pendaftaran 113/PPID/KPU-SS/XI/2025 mengenai data sebaran TPS\n"
        "di Kota Palembang, dengan ini Termohon dipanggil untuk hadir pada:\n"
        "Hari/Tanggal : Selasa, 17 Maret 2026\n"
        "Termohon agar membawa bukti asli dan salinan bermeterai sebagai berikut:\n"
        "Kode Bukti Bentuk\n"
        "T-1 Salinan keputusan penetapan PPID Fotokopi\n"
        "T-2 Salinan register permohonan informasi publik Fotokopi\n"
    )
    assert extract_fields([summons], "sengketa").values["information_requested"] == (
        "Data sebaran TPS di Kota Palembang"
    )


def test_a_summons_names_the_applicant_as_the_party_acting_as_pemohon() -> None:
    summons = (
        "Berdasarkan Penetapan Majelis Komisioner dalam perkara sengketa informasi publik Nomor\n"
        "Register 13/KI-SS/PSI/II/2026 antara Slamet Putra Hidayat selaku Pemohon dan PPID KPU\n"
        "Provinsi Sumatera Selatan selaku Termohon, dengan ini Termohon dipanggil.\n"
        "Ketua Majelis Komisioner,\nDra. Nurhayati Ismail\n"
    )
    values = extract_fields([summons], "sengketa").values
    assert values["applicant_name"] == "Slamet Putra Hidayat"
    assert values["dispute_register_number"] == "13/KI-SS/PSI/II/2026"


def test_a_register_extracts_cover_names_the_applicant_whose_request_it_concerns() -> None:
    cover = (
        "Perihal : Petikan Buku Register Sengketa Informasi Publik\n"
        "Bersama ini kami sampaikan petikan Buku Register Permohonan Penyelesaian Sengketa\n"
        "Informasi Publik atas permohonan yang diajukan oleh Sdri. Tan Siu Ling terhadap PPID KPU\n"
        "Provinsi Sumatera Selatan, sebagaimana terlampir.\n"
        "Panitera,\nDrs. Deddy Simanjuntak, S.IP.\n"
    )
    assert extract_fields([cover], "sengketa").values["applicant_name"] == "Tan Siu Ling"


def test_a_printed_mail_without_a_forwarding_mark_is_dated_by_its_sent_header() -> None:
    mail = (
        "KEBERATAN\n\nDITERIMA\nTanggal : 09-03-2026\n\n"  # the desk's received stamp
        "From : Markus Tobing <markus_9tob@outlook.com>\n"
        "To : ppid.sumsel@kpu.go.id\n"
        "Sent : 05/03/2026 13:57\n\n"
        "Subject : KEBERATAN\n\n"
        "Saya Markus Tobing mengajukan keberatan atas permohonan informasi saya Nomor\n"
        "Pendaftaran 042/PPID/KPU-SS/I/2026 tanggal 17/01/2026.\n"
    )
    assert extract_fields([mail], "keberatan").values["letter_date"] == "2026-03-05"

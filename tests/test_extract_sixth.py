"""Extraction from the shapes a sixth blind corpus (bench/make_sixth_corpus.py, seed 6001) showed
going wrong: a legal body asking in its own name, a lawyer acting for a named client, an
address in a sentence that goes on with the NIK, …"""

from __future__ import annotations

from pipeline.extract import extract_fields


def fields_of(text: str | list[str], cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text] if isinstance(text, str) else text, cls).values


BODY_LETTER = (
    "PT SRIWIJAYA RISET INDONESIA\n"
    "Telp. 089616207348 E-mail: sri.sumsel@gmail.com\n"
    "Nomor : 102/SRI/SK/XI/2025\n"
    "Perihal : Permohonan Data\n"
    "Palembang, 10-11-2025\n"
    "Dengan hormat, PT Sriwijaya Riset Indonesia, badan hukum berdasarkan SK Kemenkumham Nomor\n"
    "AHU-43787.AH.01.06.Tahun 2018, beralamat di Jl. Merdeka No. 204 Komp. Griya Asri, Kel. Karang "
    "Jaya,\nPalembang, dalam hal ini diwakili oleh Yuliandri Koto, Lc., M.A. selaku Direktur "
    "Utama, dengan ini\nmengajukan permohonan informasi publik sebagai berikut:\n"
    "1. Data jumlah surat suara rusak per kabupaten/kota.\n"
    "PT Sriwijaya Riset Indonesia,\nDirektur Utama\nYuliandri Koto, Lc., M.A.\n"
)


def test_a_legal_body_asking_in_its_own_name_is_the_applicant_and_keeps_its_letterhead() -> None:
    values = fields_of(BODY_LETTER)
    assert values["applicant_name"] == "PT Sriwijaya Riset Indonesia"
    assert values["sender_org"] == "PT SRIWIJAYA RISET INDONESIA"
    assert values["address"] == "Jl. Merdeka No. 204 Komp. Griya Asri, Kel. Karang Jaya, Palembang"


def test_a_person_speaking_for_a_group_that_is_no_legal_body_stays_the_applicant() -> None:
    text = (
        "Kami, Jaringan Pemantau Pemilu Sumsel, beralamat di Jl. Merdeka No. 4, Palembang,\n"
        "melalui Reza Syahputra selaku Koordinator, mengajukan permohonan informasi.\n"
    )
    assert fields_of(text)["applicant_name"] == "Reza Syahputra"


def test_a_lawyer_acting_for_a_client_named_over_a_line_break_gives_the_client() -> None:
    text = (
        "Dengan hormat, kami Nyayu Fitriani, S.H., M.H., Advokat pada Law Office Susanto,\n"
        "berdasarkan Surat Kuasa Khusus bermeterai tertanggal 6 Juni 2026, bertindak untuk dan "
        "atas nama Togar\nSiregar, pekerjaan Nelayan, beralamat di Jl. Depati Said No. 76, Kel. "
        "Tanjung Enim,\nMuara Enim (Pemohon).\n\nKuasa Hukum Pemohon,\n\nNyayu Fitriani, S.H., "
        "M.H.\n"
    )
    values = fields_of(text, "keberatan")
    assert values["applicant_name"] == "Togar Siregar"
    assert values["occupation"] == "Nelayan"


def test_an_address_in_a_sentence_stops_before_the_nik_that_follows_it() -> None:
    text = (
        "Saya, yang bertanda tangan di bawah ini, Rizky Pratama, A.Md., pekerjaan Pengurus\n"
        "Partai Politik, beralamat di Jl. Diponegoro No. 21, Kel. Jokoh, Pagar Alam, dengan NIK\n"
        "1672090604810932 dan nomor telepon 0822-8376-6733, dengan ini mengajukan permohonan\n"
    )
    values = fields_of(text)
    assert values["address"] == "Jl. Diponegoro No. 21, Kel. Jokoh, Pagar Alam"
    assert values["nik"] == "1672090604810932"


EMAILED_OBJECTION = (
    "KEBERATAN\n"
    "From : Alvin Tjandra <alvintjandra205@ymail.com>\n"
    "To : ppid.sumsel@kpu.go.id\n"
    "Subject : KEBERATAN\n"
    "Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan,\n"
    "Saya Alvin Tjandra, Lc., M.A. (Pegawai Negeri Sipil), alamat Lr. Pendawa No. 135 Lr. Damai\n"
    "Kel. Pipa Reja Kec. Kemuning Palembang, HP 0852-8662-2137, dengan ini mengajukan\n"
    "keberatan atas permohonan informasi saya Nomor Pendaftaran 152/PPID/KPU-SS/IV/2026.\n"
)


def test_an_occupation_in_brackets_after_the_name_is_read_and_a_title_is_no_sender() -> None:
    values = fields_of(EMAILED_OBJECTION, "keberatan")
    assert values["occupation"] == "Pegawai Negeri Sipil"
    assert values["sender_org"] is None


def test_an_occupation_wrapped_over_a_line_is_read_whole() -> None:
    text = (
        "Saya, yang bertanda tangan di bawah ini, Ali Amran, S.Kep., Ns., pekerjaan Buruh\n"
        "Harian Lepas, beralamat di Jl. Pangeran Ratu No. 212, Palembang, dengan NIK\n"
    )
    assert fields_of(text)["occupation"] == "Buruh Harian Lepas"


def test_a_ktp_copys_issue_date_beside_the_occupation_is_dropped() -> None:
    text = "Nama : ZAINAL ABIDIN\nPekerjaan : PERAWAT 16-10-2021\nKewarganegaraan : WNI\n"
    assert fields_of(text)["occupation"] == "Perawat"


def test_a_law_firms_tagline_is_no_part_of_its_name_and_its_purpose_is_read() -> None:
    text = (
        "BAHRI LAW FIRM\n\nSA ADVOKAT & KONSULTAN HUKUM\n"
        "Jl. Sultan Mahmud Badaruddin II No. 247, Kota Palembang\n"
        "Nomor : 211/BLF/X/2025 Palembang, 27 Oktober 2025\n"
        "Perihal : Permohonan Informasi Publik\n"
        "Informasi tersebut diperlukan sebagai kelengkapan bukti dalam perkara yang\n"
        "sedang kami tangani. Mohon salinan dikirimkan melalui kurir.\n"
    )
    values = fields_of(text)
    assert values["sender_org"] == "BAHRI LAW FIRM"
    assert values["purpose"] == "Kelengkapan bukti dalam perkara yang sedang kami tangani"


def test_a_register_rows_applicant_gives_name_and_address_and_its_reason_is_no_purpose() -> None:
    text = (
        "KOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
        "Uraian Keterangan\n"
        "Nomor Register Sengketa 080/KI-SS/PS/XI/2025\n"
        "Pemohon Heru Susanto, Jl. Demang Lebar Daun No. 126 Perum Bukit\n"
        "Sejahtera, RT 40 RW 12, Kota Palembang\n"
        "Termohon PPID KPU Provinsi Sumatera Selatan\n"
        "Alasan Permohonan Sengketa Tidak puas atas tanggapan Atasan PPID\n"
    )
    values = fields_of(text, "sengketa")
    assert values["applicant_name"] == "Heru Susanto"
    assert values["address"] == (
        "Jl. Demang Lebar Daun No. 126 Perum Bukit Sejahtera, RT 40 RW 12, Kota Palembang"
    )
    assert values["purpose"] is None

"""Shapes the fourteenth generator's letters showed: identity lines without labels, a KTP copy
behind the letter."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields

UNLABELLED = (
    "Hal : Permohonan Salinan Dokumen\n"
    "Yang bertanda tangan di bawah ini,\n"
    "Ir. Andi Dharma Tanjung\n"
    "No. KTP 1671151508690081\n"
    "Jl. Angkatan 45 No. 221 Lr. Damai RT 043/RW 01, Kel. Silaberanti, Palembang\n"
    "sehari-hari bekerja sebagai Buruh Harian Lepas\n"
    "0822-869-0762\n"
    "mengajukan permintaan informasi berupa:\n"
    "– Salinan Berita Acara Rekapitulasi (Model D.HASIL) di Kota Prabumulih\n"
)
CARD = (
    "FOTOKOPI KTP-el\nPROVINSI SUMATERA SELATAN\nKOTA PALEMBANG\nNIK : 1671151508690081\n"
    "Nama : ANDI DHARMA TANJUNG\nTempat/Tgl Lahir : KAYUAGUNG, 15-08-1969\n"
    "Kel/Desa : SILABERANTI\nPekerjaan : PEDAGANG\nBerlaku Hingga : SEUMUR HIDUP\n"
)


def test_the_work_said_on_a_line_of_its_own_is_the_occupation_not_the_cards() -> None:
    fields = extract_fields([UNLABELLED, CARD], "permohonan_informasi")
    assert fields.values["occupation"] == "Buruh Harian Lepas"


def test_a_ktp_copys_occupation_is_not_the_letters_when_the_letter_says_none() -> None:
    letter = UNLABELLED.replace("sehari-hari bekerja sebagai Buruh Harian Lepas\n", "")
    fields = extract_fields([letter, CARD], "permohonan_informasi")
    assert fields.values.get("occupation") is None
    assert fields.values["nik"] == "1671151508690081"


def test_a_firms_ref_a_radiograms_nomor_and_a_notes_number_are_the_letter_number() -> None:
    firm = (
        "CV PELITA SURVEI MANDIRI\nRef : 084/PSM-ADM/XI/2026\nTanggal : 02.11.2026\n"
        "Perihal : Permohonan Informasi Publik untuk Keperluan Riset\n"
    )
    radiogram = (
        "KEPOLISIAN DAERAH SUMATERA SELATAN\nRADIOGRAM\nDARI KAPOLDA SUMSEL\n"
        "NOMOR STR/581/XI/PAM.3.3./2026\nTGL 16 NOVEMBER 2026\n"
    )
    note = (
        "EMBASSY OF THE KINGDOM OF THE NETHERLANDS\nNote No. 2025/POL/089\n"
        "The Embassy presents its compliments to the General Elections Commission.\n"
    )
    numbers = {
        text: extract_fields([text], cls).values.get("letter_number")
        for text, cls in (
            (firm, "permohonan_informasi"),
            (radiogram, "surat_masuk"),
            (note, "surat_masuk"),
        )
    }
    assert list(numbers.values()) == [
        "084/PSM-ADM/XI/2026",
        "STR/581/XI/PAM.3.3./2026",
        "2025/POL/089",
    ]


def test_the_student_naming_themself_before_their_work_is_the_applicant_not_the_dean() -> None:
    letter = (
        "Perihal : Permohonan Data Penelitian\n"
        "Dengan hormat,\n"
        "Saya, Mega Dwi Susanti, mahasiswa Program Studi Ilmu Hukum Fakultas Hukum Universitas\n"
        "Muhammadiyah Palembang dengan NIM 07104631815, NIK 1671175212060029, bermaksud\n"
        "mengajukan permohonan informasi publik untuk keperluan penyusunan skripsi.\n"
        "Mengetahui,\n"
        "Wakil Dekan Bidang Akademik, Pemohon,\n"
        "Rina Dwi Tanjung, S.T., M.Kom. Mega Dwi Susanti\n"
        "NIP 197906202003121019 NIM 07104631815\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Mega Dwi Susanti"


INVITATION = (
    "08/07/26 14.50 Surel KPU Sumsel - Undangan: Sidang Pemeriksaan Awal\n"
    "Surel KPU Sumsel ppid@sumsel.kpu.go.id\n"
    "Undangan: Sidang Pemeriksaan Awal Sengketa Informasi Reg. No.\n"
    "001/REG-PSI/VI/2026 @ Rab 15 Jul 2026 09.00 - 11.00 (WIB) (ppid@sumsel.kpu.go.id)\n"
    "1 pesan\n"
    "Panitera KI Provinsi Sumsel <panitera@kip.sumselprov.go.id> Sel, 7 Jul 2026 pukul 12.24\n"
    "Kepada: ppid@sumsel.kpu.go.id\n"
    "Kapan : Rabu, 15 Jul 2026 09.00 — 11.00 (WIB)\n"
    "Yth. Para Pihak,\n"
    "Bersama ini Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan mengundang Pemohon, "
    "Heri Nur Saputra,\n"
    "S.Ag., beralamat di Jl. Srijaya Negara No. 19, Kelurahan Plaju Ulu, Palembang, dan "
    "Termohon, PPID Komisi\n"
    "Pemilihan Umum Provinsi Sumatera Selatan, untuk menghadiri sidang pemeriksaan awal.\n"
)


def test_a_registrys_calendar_invitation_names_the_applicant_and_is_dated_when_sent() -> None:
    fields = extract_fields([INVITATION], "sengketa")
    assert fields.values["applicant_name"] == "Heri Nur Saputra, S.Ag."
    assert fields.values["address"] == "Jl. Srijaya Negara No. 19, Kelurahan Plaju Ulu, Palembang"
    assert fields.values["letter_date"] == "2026-07-07"


def test_the_letters_own_address_line_over_the_ktp_copys_labelled_one() -> None:
    card = CARD.replace("Kel/Desa", "Alamat : JL. MERDEKA NO. 5\nKel/Desa")
    fields = extract_fields([UNLABELLED, card], "permohonan_informasi")
    assert fields.values["address"].startswith("Jl. Angkatan 45 No. 221 Lr. Damai")


def test_a_radiograms_title_and_sender_line_are_no_part_of_its_letterhead() -> None:
    radiogram = (
        "KEPOLISIAN DAERAH SUMATERA SELATAN\nRADIOGRAM\nDARI KAPOLDA SUMSEL\n"
        "KEPADA KAPOLRESTABES PALEMBANG\nNOMOR STR/581/XI/PAM.3.3./2026\n"
    )
    fields = extract_fields([radiogram], "surat_masuk")
    assert fields.values["sender_org"] == "KEPOLISIAN DAERAH SUMATERA SELATAN"


FACULTY_LETTER = (
    "UNIVERSITAS TRIDINANTI\nFAKULTAS ILMU SOSIAL DAN ILMU POLITIK\n"
    "Telp. (0711) 353165\nSurel: fisip@univ-tridinanti.ac.id\n"
    "Nomor : 1943/FISIP-UTP/PP/IX/2025 Palembang, 26 September 2025\n"
    "Hal : Permohonan Data Penelitian\n"
    "Kepada\nYth. Ketua KPU Provinsi Sumatera Selatan\n"
    "Dengan hormat,\n"
    "Saya, Siti Kurnia Simanjuntak, mahasiswa Program Studi Ilmu Pemerintahan, NIK\n"
    "1673164309030298, nomor telepon 0821 5750 6945, surel\n"
    "simanjuntak.siti@gmail.com, bermaksud mengajukan permohonan informasi publik.\n"
)


def test_a_students_own_phone_and_mail_over_the_faculty_letterheads() -> None:
    fields = extract_fields([FACULTY_LETTER], "permohonan_informasi")
    assert fields.values["phone"] == "+6282157506945"
    assert fields.values["email"] == "simanjuntak.siti@gmail.com"


def test_a_student_who_gives_no_mail_has_none_not_the_faculty_letterheads() -> None:
    letter = FACULTY_LETTER.replace(", surel\nsimanjuntak.siti@gmail.com", "")
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values.get("email") is None


def test_a_calendar_invitations_subject_ends_with_the_calendars_own_address() -> None:
    fields = extract_fields([INVITATION], "sengketa")
    assert fields.values["subject"] == (
        "Undangan: Sidang Pemeriksaan Awal Sengketa Informasi Reg. No. 001/REG-PSI/VI/2026 "
        "@ Rab 15 Jul 2026 09.00 - 11.00 (WIB) (ppid@sumsel.kpu.go.id)"
    )


CHECKLIST_LETTER = (
    "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\n"
    "Nomor : 390/KI-SS/SET/XII/2025 Palembang, 29-12-2025\n"
    "Hal : Permintaan Kelengkapan Dokumen Permohonan Penyelesaian Sengketa\nInformasi\n"
    "Yth. Sdr. Ahmad Mahmud, S.IP., M.Si.\n"
    "Jl. Jenderal Sudirman No. 129, RT. 23 / RW. 06, Kel. Air Lintang, Kec. Muara Enim,\n"
    "Kab. Muara Enim, Sumatera\n"
    "Selatan 31164\n"
    "Menindaklanjuti permohonan penyelesaian sengketa informasi publik yang Saudara ajukan,\n"
    "yang telah dicatat dengan Register Nomor 020/REG-PSI/XII/2025 mengenai\n"
    "jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota,\n"
    "bersama ini kami sampaikan hasil pemeriksaan kelengkapan berkas sebagai berikut:\n"
    "No Dokumen Persyaratan Ada Tidak Keterangan\n"
    "1 Formulir permohonan penyelesaian sengketa informasi yang telah ditandatangani\n"
    "2 Fotokopi KTP Pemohon Tidak terbaca\n"
)


def test_a_commissions_checklist_to_the_applicant_names_them_and_what_is_disputed() -> None:
    fields = extract_fields([CHECKLIST_LETTER], "sengketa")
    assert fields.values["applicant_name"] == "Ahmad Mahmud, S.IP., M.Si."
    assert fields.values["address"].endswith("Kab. Muara Enim, Sumatera Selatan 31164")
    assert fields.values["information_requested"] == (
        "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota"
    )


def test_a_note_dated_the_english_way_at_its_foot_is_dated_so_not_by_the_visit() -> None:
    note = (
        "EMBASSY OF THE KINGDOM OF THE NETHERLANDS\nNote No. 2025/POL/089\n"
        "The Embassy has the honour to inform that a delegation will visit Palembang on\n"
        "14 October 2025 to learn about the management of public information.\n"
        "Jakarta, October 3, 2025\nGeneral Elections Commission\n"
    )
    assert extract_fields([note], "surat_masuk").values["letter_date"] == "2025-10-03"


def test_a_firms_name_read_across_into_its_address_is_no_part_of_it() -> None:
    letter = (
        "Jl. Mayor Ruslan No. 149 Lt. 2, Kel. Sekip Jaya, Kec.\n"
        "CV PELITA SURVEI MANDIRI Kemuning, Palembang 30111\n"
        "Ref : 084/PSM-ADM/XI/2026\n"
        "Perihal : Permohonan Informasi Publik untuk Keperluan Riset\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["address"] == (
        "Jl. Mayor Ruslan No. 149 Lt. 2, Kel. Sekip Jaya, Kec. Kemuning, Palembang 30111"
    )


def test_a_side_letterheads_mailbox_gives_way_to_the_persons_row_below() -> None:
    letter = (
        "LEMBAGA\nPEMANTAU PEMILU\nRAKYAT MUSI\nPalembang, 09 Juli 2026\n"
        "No. : 169/LPPRM/EKS/VII/2026\nPerihal : Permohonan Informasi Publik\n"
        "Sekretariat:\nJl. Kol. H. Burlian No. 135, Kel. Plaju\nKepada Yth.\n"
        "Telp. 0711-423858 Pejabat Pengelola Informasi dan Dokumentasi\n"
        "Surel: lpprm@gmail.com\nKPU Provinsi Sumatera Selatan\n"
        "Dengan hormat,\n"
        "Adapun identitas penanggung jawab permohonan adalah sebagai berikut:\n"
        "Nama : Ir. Novita Kurnia Fauzi\nTelepon : (0711) 404918\n"
        "Surel : novitafau32@gmail.com\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["email"] == "novitafau32@gmail.com"


def test_the_date_on_the_row_under_the_letters_number() -> None:
    radiogram = (
        "KEPOLISIAN DAERAH SUMATERA SELATAN\nRADIOGRAM\n"
        "NOMOR STR/581/XI/PAM.3.3./2026\n\nTGL 16 NOVEMBER 2026\n\nDERAJAT KILAT\n"
        "PADA TANGGAL 18 NOVEMBER 2026 DILAKSANAKAN PENGAMANAN TTK\n"
    )
    assert extract_fields([radiogram], "surat_masuk").values["letter_date"] == "2026-11-16"


def test_the_registrys_own_number_in_its_closing_is_no_applicants_phone() -> None:
    notice = INVITATION + (
        "Salam,\nKepaniteraan Komisi Informasi Provinsi Sumatera Selatan\n"
        "Telp. (0711) 312 608 / WA 6282187920396\n"
    )
    assert extract_fields([notice], "sengketa").values.get("phone") is None


def test_a_banks_name_in_ordinary_case_beside_its_website_is_the_sender() -> None:
    offer = (
        "Bank Syariah Indonesia www.banksyariahindonesia.co.id\n"
        "KCP Palembang Kapten A. Rivai Call Center 1426\n"
        "Nomor Surat : B.424/BSI/KC-PLG/XI/2025 Palembang, 20 NOVEMBER 2025\n"
        "Perihal : Penawaran Kredit Multiguna bagi ASN dan PPNPN\n"
    )
    assert extract_fields([offer], "surat_masuk").values["sender_org"] == "Bank Syariah Indonesia"


def test_the_labelled_office_address_over_the_letterheads_wrapped_copy_of_it() -> None:
    letter = (
        "Jl. Jenderal Sudirman No. 18 Ruko Mitra Blok B, Kel. Plaju Ulu, Kec.\n"
        "PT CITRA DATA NUSANTARA\n"
        "Perihal : Permohonan Informasi Publik untuk Keperluan Riset\n"
        "Nama : Dr. Yohanes Lubis, S.T.\n"
        "Jabatan : Manajer Proyek\n"
        "Alamat Kantor : Jl. Jenderal Sudirman No. 18 Ruko Mitra Blok B, Kel. Plaju\n"
        "\n"
        "Ulu, Kec. Plaju, Palembang 30140\n"
        "Telepon : 0838.9478.5895\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["address"] == (
        "Jl. Jenderal Sudirman No. 18 Ruko Mitra Blok B, Kel. Plaju Ulu, Kec. Plaju,"
        " Palembang 30140"
    )


def test_a_neighbourhood_committees_rt_number_is_part_of_its_name() -> None:
    letter = (
        "Sekretariat: Jl. Raya Palembang-Prabumulih No. 82 Kel. Timbangan\n\n"
        "PANITIA PERINGATAN HUT KEMERDEKAAN RI RT 12 KELURAHAN SIALANG\n"
        "Kontak: 085317166720\n\n"
        "No. : 05/PAN-HUT/VIII/2026 Palembang, 7 AGUSTUS 2026\n"
        "Hal : Permohonan Partisipasi\n"
    )
    fields = extract_fields([letter], "surat_masuk")
    assert fields.values["sender_org"] == (
        "PANITIA PERINGATAN HUT KEMERDEKAAN RI RT 12 KELURAHAN SIALANG"
    )


def test_the_letters_own_name_over_the_ktp_copys_name_with_a_speck_beside_it() -> None:
    letter = (
        "Dengan hormat,\n"
        "Saya, Andi Dharma Tanjung, S.E., yang identitasnya sebagaimana fotokopi KTP di bawah ini,"
        " pekerjaan nelayan, nomor HP +62 821-078-3076, dengan ini mengajukan permohonan"
        " informasi publik berupa daftar anggota PPK di Kabupaten Lahat.\n"
    )
    card = CARD.replace("Nama : ANDI DHARMA TANJUNG", "Nama : ANDI DHARMA TANJUNG ‘ a")
    fields = extract_fields([letter + "\nKTP Pemohon\n" + card], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Andi Dharma Tanjung, S.E."


SIDE_BAND = (
    "LEMBAGA\nPEMANTAU PEMILU\nRAKYAT MUSI\nPalembang, 12 Oktober 2026\n"
    "Nomor : 135/LPPRM/PRES/X/2026\nHal : Permintaan Data Pemantauan\nSekretariat:\n"
    "Jl. Srijaya Negara No. 66 Lt. 2, Kel.\nKepada Yth.\nKebun Bunga, Kec. Sukarami,\n"
    "Palembang 30149 PPID KPU Prov. Sumsel\nTelp. 0711-404571\ndi Tempat\n\n"
    "Surel: lpprm@gmail.com\nTerakreditasi Bawaslu RI\nDengan hormat,\n"
    "Kami dari Lembaga Pemantau Pemilu Rakyat Musi (LPPRM) mengajukan permohonan informasi.\n"
    "Nama : Rizki Mahmud, S.E.\nNIK : 1371181207721837\nJabatan : Koordinator Presidium\n"
    "No. HP : +62 853-130-6988\n"
)


def test_a_side_bands_mailbox_under_its_telephone_is_no_ones_row() -> None:
    alone = extract_fields([SIDE_BAND], "permohonan_informasi")
    with_row = extract_fields(
        [SIDE_BAND + "Surel : rizki.mahmud@gmail.com\n"], "permohonan_informasi"
    )
    assert alone.values.get("email") is None
    assert with_row.values["email"] == "rizki.mahmud@gmail.com"


def test_an_embassys_note_number_with_the_year_before_it() -> None:
    note = (
        "AUSTRALIAN EMBASSY\n\nJl. Patra Kuningan Raya Kav. 1-4, Jakarta 12950\n\n"
        "No. JAK-PA/2026/7579\n\n"
        "The Australian Embassy presents its compliments to the General Elections Commission.\n"
    )
    objection = "No. 091/PPID/KPU-SS/V/2026\nHal : Keberatan\n"
    assert extract_fields([note], "surat_masuk").values["letter_number"] == "JAK-PA/2026/7579"
    assert extract_fields([objection], "keberatan").values.get("letter_number") is None


def test_a_commissions_numeral_ii_read_as_il_in_a_subject() -> None:
    letter = (
        "Nomor : B/14581/PW.11/03/2026 Jakarta, 05.03.2026\n"
        "Hal ikhwal : Kunjungan Kerja Komisi Il DPR RI ke Provinsi Sumatera Selatan\n"
    )
    fields = extract_fields([letter], "surat_masuk")
    assert (
        fields.values["subject"] == "Kunjungan Kerja Komisi II DPR RI ke Provinsi Sumatera Selatan"
    )


def test_the_applicants_address_under_a_commissions_addressee_with_rt_in_small_letters() -> None:
    letter = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\n"
        "Jl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 312 608\n"
        "Nomor Surat : 060/KI-SS/SET/VI/2026 Palembang, 30 Jun 2026\n"
        "Hal ikhwal : Kelengkapan Berkas Sengketa Informasi Publik\n"
        "Yth. Sdr. Dr. Fitri Dwi Yusran\nJl. Kol. H. Burlian No. 89 Rt.18 Rw.05\n"
        "Kel.Sekip Jaya Kec.Kemuning Palembang\n"
        "Menindaklanjuti permohonan penyelesaian sengketa informasi publik yang Saudara ajukan\n"
    )
    fields = extract_fields([letter], "sengketa")
    assert fields.values["address"] == (
        "Jl. Kol. H. Burlian No. 89 Rt.18 Rw.05 Kel.Sekip Jaya Kec.Kemuning Palembang"
    )


def test_an_address_in_a_sentence_goes_on_past_a_blank_line_after_a_streets_initial() -> None:
    letter = (
        "Saya, Fitri Ayu Susanti, S.Pd., NIK 1605024710981977, pekerjaan nelayan, beralamat di"
        " Jl. Kol. H.\n\nBurlian No. 24 RT 002/RW 05, Kel. Kebun Bunga, Kec. Sukarami, Palembang,"
        " nomor telepon 0899 3630 5445 dengan ini mengajukan keberatan\n"
    )
    fields = extract_fields([letter], "keberatan")
    assert fields.values["address"] == (
        "Jl. Kol. H. Burlian No. 24 RT 002/RW 05, Kel. Kebun Bunga, Kec. Sukarami, Palembang"
    )


def test_the_name_under_di_bawah_ini_with_a_colon_and_a_colon_read_as_a_quote() -> None:
    unlabelled = (
        "Saya yang bertanda tangan di bawah ini:\nZulkifli Eka Wijaya\n"
        "NIK: 1674 0311 0787 0029\nbermaksud memperoleh informasi publik sebagai berikut:\n"
    )
    form = "Identitas Pemohon\nNama 'Ahmad Hasibuan, S.Sos.\nPekerjaan : Dosen\n"
    names = [
        extract_fields([text], cls).values["applicant_name"]
        for text, cls in ((unlabelled, "permohonan_informasi"), (form, "keberatan"))
    ]
    assert names == ["Zulkifli Eka Wijaya", "Ahmad Hasibuan, S.Sos."]


def test_a_specks_letter_before_the_number_label() -> None:
    letter = "SRIWIJAYA\nPalembang, 24 Maret 2026\nO Nomor Surat : 024/KPDS/SEK/III/2026\n"
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["letter_number"] == "024/KPDS/SEK/III/2026"


@pytest.mark.parametrize(
    ("wrapped", "whole"),
    [
        (
            "Jl. Kol. H. Burlian No. 36 Blok C Rt.35 Rw.04 Kel.Silaberanti Kec.Seberang\n"
            "Ulu I Palembang\n",
            "Jl. Kol. H. Burlian No. 36 Blok C Rt.35 Rw.04 Kel.Silaberanti Kec.Seberang Ulu I"
            " Palembang",
        ),
        (
            "Jl. Lintas Timur No. 69 Lr. Damai Rt.23 Rw.05 Kel.Indralaya Raya\n\n"
            "Kec.Indralaya Kab. Ogan Ilir\n",
            "Jl. Lintas Timur No. 69 Lr. Damai Rt.23 Rw.05 Kel.Indralaya Raya Kec.Indralaya"
            " Kab. Ogan Ilir",
        ),
    ],
)
def test_an_unlabelled_address_line_goes_on_with_its_places_below(wrapped: str, whole: str) -> None:
    letter = (
        "Saya yang bertanda tangan di bawah ini:\nNurhayati Wati Setiawan\n"
        f"NIK. 1671 1168 0968 0682\n{wrapped}sehari-hari bekerja sebagai Guru\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["address"] == whole


def test_a_ktp_copys_occupation_row_with_its_colon_lost_is_not_the_letters() -> None:
    letter = UNLABELLED.replace("sehari-hari bekerja sebagai Buruh Harian Lepas\n", "")
    card = (
        "Lampiran: Fotokopi KTP\n\nPROVINSI SUMATERA SELATAN\n\nKOTA PALEMBANG\n"
        "NIK : 1671151508690081\n\nNama ANDI DHARMA TANJUNG\n\nAgama ISLAM\n\n"
        "Status Perkawinan  : BELUM KAWIN\nPekerjaan WIRASWASTA Nania\n"
        "Kewarganegaraan — : WNI\n\nBerlaku Hingga SEUMUR HIDUP\n"
    )
    fields = extract_fields([letter, card], "permohonan_informasi")
    assert fields.values.get("occupation") is None

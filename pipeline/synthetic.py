"""Synthetic incoming letters with their truth: the classifier's training set and a test corpus.

Every class comes in several layouts written the way such letters are written in practice
(official forms, free-form letters from citizens, NGOs, students, journalists and law firms,
Komisi Informasi correspondence, and the other official mail an office receives, which also
talks about "informasi" and "data"). Names, numbers and dates are random but valid, so field
extraction can be scored against the truth. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from registry.calendar import MONTH_NAMES

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
FIRST = (
    "Budi",
    "Siti",
    "Ahmad",
    "Dewi",
    "Rizky",
    "Nur",
    "Agus",
    "Rina",
    "Hendra",
    "Yulia",
    "Fajar",
    "Indah",
    "Muhammad",
    "Sri",
    "Andi",
    "Putri",
    "Dedi",
    "Ratna",
    "Eko",
    "Wulan",
    "Tan",
    "Maria",
    "Yohanes",
    "Fitri",
    "Arif",
    "Lestari",
    "Bambang",
    "Novi",
    "Rahmat",
    "Ayu",
)
LAST = (
    "Santoso",
    "Rahayu",
    "Saputra",
    "Lestari",
    "Pratama",
    "Sikumbang",
    "Wijaya",
    "Hidayat",
    "Kurniawan",
    "Siregar",
    "Nasution",
    "Harahap",
    "Syahputra",
    "Anggraini",
    "Permata",
    "Gunawan",
    "Siu Ling",
    "Hasibuan",
    "Fitriani",
    "Ramadhan",
)
PREFIX = ("", "", "", "Drs. ", "Dr. ", "Mgs. ", "Ir. ", "H. ", "Hj. ")
DEGREE = ("", "", "", ", S.H.", ", S.Pd.", ", M.Si.", ", S.E.", ", S.Kom.", ", M.H.")
HONORIFIC = ("", "", "Bapak ", "Ibu ", "Sdr. ")
OCCUPATIONS = (
    "Mahasiswa",
    "Wiraswasta",
    "Pegawai Swasta",
    "Wartawan",
    "Aktivis LSM",
    "Dosen",
    "Guru",
    "Advokat",
    "Peneliti",
    "Karyawan BUMN",
    "Ibu Rumah Tangga",
    "Petani",
)
STREETS = (
    "Jl. Kapten A. Rivai",
    "Jl. Basuki Rahmat",
    "Jl. Macan Lindungan",
    "Jl. Depati Said",
    "Lr. Pendawa",
    "Jl. Demang Lebar Daun",
    "Jl. Sudirman",
    "Jl. Veteran",
    "Jl. Merdeka",
)
PLACES = (
    ("Lorok Pakjo", "Ilir Barat I", "Palembang"),
    ("Plaju Ulu", "Plaju", "Palembang"),
    ("Megang", "Lubuklinggau Utara II", "Lubuklinggau"),
    ("Sukajadi", "Talang Kelapa", "Banyuasin"),
    ("Pasar", "Prabumulih Utara", "Prabumulih"),
    ("Sekip Jaya", "Kemuning", "Palembang"),
)
REGENCIES = (
    "1601",
    "1602",
    "1603",
    "1604",
    "1605",
    "1606",
    "1607",
    "1608",
    "1609",
    "1610",
    "1611",
    "1612",
    "1613",
    "1671",
    "1672",
    "1673",
    "1674",
)
INFORMATION = (
    "Salinan berita acara rekapitulasi hasil penghitungan suara tingkat provinsi Pemilu 2024",
    "Data jumlah anggota badan ad hoc (PPK, PPS dan KPPS) beserta besaran honorarium",
    "Laporan pertanggungjawaban penggunaan dana hibah Pemilihan Gubernur Sumatera Selatan 2024",
    "Daftar pemilih tetap per kecamatan di Kota Palembang pada Pemilihan Serentak 2024",
    "Salinan formulir Model D.Hasil Kabupaten/Kota untuk Kabupaten Ogan Komering Ilir",
    "Dokumen rencana kerja dan anggaran KPU Provinsi Sumatera Selatan Tahun 2025",
    "Data partisipasi pemilih per kabupaten/kota pada Pemilu Tahun 2024",
    "Salinan keputusan penetapan calon terpilih anggota DPRD Provinsi Sumatera Selatan",
)
PURPOSES = (
    "Bahan penelitian skripsi pada Fakultas Ilmu Sosial dan Ilmu Politik",
    "Pengawasan publik atas penggunaan anggaran negara",
    "Bahan pemberitaan dan liputan mendalam",
    "Kajian advokasi kebijakan kepemiluan",
    "Bahan penyusunan tesis program magister ilmu pemerintahan",
    "Kepentingan pendampingan hukum klien kami",
)
OBTAIN = {
    "melihat": "melihat/membaca/mendengarkan/mencatat",
    "salinan_hardcopy": "salinan dalam bentuk hardcopy",
    "salinan_softcopy": "salinan dalam bentuk softcopy",
    "salinan": "mendapatkan salinan informasi",
}
DELIVERY = {
    "mengambil_langsung": "mengambil langsung",
    "kurir": "melalui kurir",
    "pos": "melalui pos",
    "faksimili": "melalui faksimili",
    "email": "melalui email",
}
REASONS = {
    "a": "Penolakan atas permohonan informasi berdasarkan alasan pengecualian",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permohonan informasi",
    "d": "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permohonan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi melebihi waktu yang diatur",
}
KPU_HEAD = [
    "KOMISI PEMILIHAN UMUM",
    "PROVINSI SUMATERA SELATAN",
    "Jl. Kapten A. Rivai No. 95 Palembang 30129",
    "Telp. (0711) 350 445  Laman: sumsel.kpu.go.id",
]
KI_HEAD = [
    "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
    "Jl. Kapten A. Rivai No. 3 Palembang 30129",
    "Telp. (0711) 312 608  Email: kip@sumselprov.go.id",
]
AGENCIES = (
    (
        "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
        "Jalan Imam Bonjol Nomor 29 Jakarta 10310",
        "Jakarta",
        "PL.02-Und",
    ),
    (
        "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
        "Jl. Angkatan 45 Palembang",
        "Palembang",
        "PM.01",
    ),
    (
        "PEMERINTAH PROVINSI SUMATERA SELATAN",
        "Jl. Kapten A. Rivai No. 1 Palembang",
        "Palembang",
        "005",
    ),
    (
        "KOMISI PEMILIHAN UMUM KABUPATEN OGAN ILIR",
        "Jl. Lintas Timur Indralaya",
        "Indralaya",
        "PL.01.2-SD",
    ),
    (
        "KOMISI PEMILIHAN UMUM KOTA PALEMBANG",
        "Jl. Merdeka No. 12 Palembang",
        "Palembang",
        "PP.04-SD",
    ),
    (
        "UNIVERSITAS SRIWIJAYA",
        "Jl. Palembang-Prabumulih Km. 32 Indralaya",
        "Indralaya",
        "UN9.FISIP",
    ),
)
ORGS = (
    "Lembaga Pemantau Pemilu Sumsel",
    "Indonesia Corruption Watch Sumsel",
    "Perkumpulan Demokrasi Lokal",
    "Aliansi Jurnalis Independen Palembang",
    "Kantor Hukum Siregar & Rekan",
    "BEM Universitas Sriwijaya",
)


DELIVERY_BOXES = {
    "mengambil_langsung": "mengambil langsung",
    "kurir": "kurir",
    "pos": "pos",
    "faksimili": "faksimili",
    "email": "email",
}


def box(ticked: bool) -> str:
    """A check box as the renderers draw it: '[X]' ticked, '[ ]' empty."""
    return "[X]" if ticked else "[ ]"


@dataclass
class Letter:
    """One synthetic letter: its class, its pages of text, and the fields it carries."""

    cls: str
    layout: str
    pages: list[list[str]]
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(line for page in self.pages for line in page)


def indonesian_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


class Generator:
    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    def pick(self, options: Any) -> Any:
        return self.rng.choice(list(options))

    def person(self) -> dict[str, Any]:
        name = f"{self.pick(PREFIX)}{self.pick(FIRST)} {self.pick(LAST)}{self.pick(DEGREE)}"
        female = self.rng.random() < 0.5
        birth = date(1960, 1, 1) + timedelta(days=self.rng.randrange(16000))
        day = birth.day + (40 if female else 0)
        regency = self.pick(REGENCIES)
        nik = f"{regency}{self.rng.randrange(1, 20):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
        nik += f"{self.rng.randrange(1, 3000):04d}"
        village, district, city = self.pick(PLACES)
        address = (
            f"{self.pick(STREETS)} No. {self.rng.randrange(1, 300)} RT {self.rng.randrange(1, 50):03d}/"
            f"RW {self.rng.randrange(1, 12):02d}, Kel. {village}, Kec. {district}, {city}"
        )
        phone = f"08{self.pick(('12', '13', '21', '52', '77', '78', '96'))}{self.rng.randrange(10**7, 10**8)}"
        plain = name.split(",")[0].split(". ")[-1].lower().replace(" ", ".")
        return {
            "applicant_name": name,
            "nik": nik,
            "address": address,
            "phone": phone,
            "email": f"{plain}{self.rng.randrange(10, 99)}@{self.pick(('gmail.com', 'yahoo.co.id', 'mail.com'))}",
            "occupation": self.pick(OCCUPATIONS),
        }

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randrange(300))

    def registration(self, kind: str = "PPID") -> str:
        return f"{self.rng.randrange(1, 200):03d}/{kind}/KPU-SS/{self.pick(ROMAN)}/2026"

    def letter(self, cls: str | None = None) -> Letter:
        cls = cls or self.pick(("permohonan_informasi", "keberatan", "sengketa", "surat_masuk"))
        makers = {
            "permohonan_informasi": (self.request_form, self.request_letter, self.request_org),
            "keberatan": (self.objection_form, self.objection_letter),
            "sengketa": (self.dispute_notice, self.dispute_summons, self.dispute_application),
            "surat_masuk": (self.agency_letter, self.agency_data_request, self.invitation),
        }[cls]
        return self.pick(makers)()

    # --- permohonan informasi ---------------------------------------------------------------

    def request_form(self) -> Letter:
        p, when = self.person(), self.day()
        info, purpose = self.pick(INFORMATION), self.pick(PURPOSES)
        obtain, delivery = self.pick(("melihat", "salinan")), self.pick(DELIVERY)
        lines = [
            *KPU_HEAD,
            "FORMULIR PERMOHONAN INFORMASI PUBLIK",
            "PPID KPU PROVINSI SUMATERA SELATAN",
            "Nomor Pendaftaran :",
            f"Nama : {p['applicant_name']}",
            f"Alamat : {p['address']}",
            f"Nomor KTP/NIK : {p['nik']}",
            f"Pekerjaan : {p['occupation']}",
            f"Nomor Telepon/HP : {p['phone']}",
            f"Email : {p['email']}",
            f"Rincian Informasi yang Dibutuhkan : {info}",
            f"Tujuan Penggunaan Informasi : {purpose}",
            "Cara Memperoleh Informasi :",
            f"{box(obtain == 'melihat')} 1. melihat/membaca/mendengarkan/mencatat",
            f"{box(obtain != 'melihat')} 2. mendapatkan salinan informasi (hardcopy/softcopy)",
            "Cara Mendapatkan Salinan Informasi :",
            "   ".join(f"{box(key == delivery)} {label}" for key, label in DELIVERY_BOXES.items()),
            f"Palembang, {indonesian_date(when)}",
            "Petugas Pelayanan Informasi Pemohon Informasi",
            f"( {p['applicant_name']} )",
        ]
        fields = {
            **p,
            "information_requested": info,
            "purpose": purpose,
            "obtain_method": obtain,
            "delivery_method": delivery,
            "letter_date": when.isoformat(),
        }
        return Letter("permohonan_informasi", "form", [lines], fields)

    def request_letter(self) -> Letter:
        p, when = self.person(), self.day()
        info, purpose = self.pick(INFORMATION), self.pick(PURPOSES)
        subject = self.pick(
            ("Permohonan Informasi Publik", "Permohonan Data", "Permintaan Salinan Dokumen")
        )
        greeting = self.pick(("Dengan hormat,", "Assalamualaikum Wr. Wb.", "Dengan hormat"))
        lines = [
            f"Palembang, {indonesian_date(when)}",
            f"Perihal : {subject}",
            "Kepada",
            "Yth. PPID KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
            greeting,
            "Yang bertanda tangan di bawah ini:",
            f"Nama : {p['applicant_name']}",
            f"NIK : {p['nik']}",
            f"Pekerjaan : {p['occupation']}",
            f"Alamat : {p['address']}",
            f"Nomor HP : {p['phone']}",
            "dengan ini mengajukan permohonan informasi publik sebagaimana diatur dalam Undang-Undang",
            "Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, yaitu:",
            f"1. {info}.",
            f"Informasi tersebut akan saya gunakan untuk {purpose[0].lower() + purpose[1:]}.",
            "Demikian permohonan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.",
            "Hormat saya,",
            p["applicant_name"],
        ]
        fields = {
            **p,
            "email": None,
            "information_requested": info,
            "purpose": purpose,
            "letter_date": when.isoformat(),
            "subject": subject,
        }
        return Letter("permohonan_informasi", "letter", [lines], fields)

    def request_org(self) -> Letter:
        p, when, org = self.person(), self.day(), self.pick(ORGS)
        info, purpose = self.pick(INFORMATION), self.pick(PURPOSES)
        number = f"{self.rng.randrange(1, 300):03d}/{org.split()[0].upper()}/{ROMAN[when.month - 1]}/2026"
        subject = self.pick(("Permohonan Informasi Publik", "Permintaan Data dan Informasi"))
        lines = [
            org.upper(),
            f"Sekretariat: {p['address']}",
            f"Email: {p['email']}",
            f"Nomor : {number}",
            "Lampiran : 1 (satu) berkas",
            f"Hal : {subject}",
            f"Palembang, {indonesian_date(when)}",
            "Kepada Yth.",
            "Pejabat Pengelola Informasi dan Dokumentasi",
            "KPU Provinsi Sumatera Selatan",
            "Dengan hormat,",
            f"Kami dari {org} bermaksud mengajukan permintaan informasi publik berupa:",
            f"- {info}",
            f"Adapun tujuan penggunaan informasi adalah {purpose[0].lower() + purpose[1:]}.",
            "Informasi mohon dikirimkan melalui email kepada kami.",
            f"Narahubung: {p['applicant_name']} ({p['phone']})",
            "Hormat kami,",
            p["applicant_name"],
            "Koordinator",
        ]
        fields = {
            "applicant_name": p["applicant_name"],
            "phone": p["phone"],
            "email": p["email"],
            "address": p["address"],
            "information_requested": info,
            "purpose": purpose,
            "delivery_method": "email",
            "letter_number": number,
            "letter_date": when.isoformat(),
            "subject": subject,
            "sender_org": org.upper(),
        }
        return Letter("permohonan_informasi", "organisation", [lines], fields)

    # --- keberatan --------------------------------------------------------------------------

    def objection_form(self) -> Letter:
        p, when, reg = self.person(), self.day(), self.registration()
        info, purpose, code = self.pick(INFORMATION), self.pick(PURPOSES), self.pick(REASONS)
        lines = [
            *KPU_HEAD,
            "FORMULIR PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI",
            "A. INFORMASI PENGAJU KEBERATAN",
            "Nomor Registrasi Keberatan :",
            f"Nomor Pendaftaran Permohonan : {reg}",
            f"Informasi yang Dimohon : {info}",
            f"Tujuan Penggunaan Informasi : {purpose}",
            "Identitas Pemohon",
            f"Nama : {p['applicant_name']}",
            f"Alamat : {p['address']}",
            f"Pekerjaan : {p['occupation']}",
            f"Nomor Telepon : {p['phone']}",
            "B. ALASAN KEBERATAN",
            *(f"{box(key == code)} {key}. {reason}" for key, reason in REASONS.items()),
            "C. KASUS POSISI",
            f"Permohonan saya dengan Nomor Pendaftaran {reg} belum mendapat tanggapan yang semestinya.",
            f"Palembang, {indonesian_date(when)}",
            "Petugas Penerima Keberatan Pengaju Keberatan",
            f"( {p['applicant_name']} )",
        ]
        fields = {
            **p,
            "email": None,
            "nik": None,
            "information_requested": info,
            "purpose": purpose,
            "letter_date": when.isoformat(),
            "reference_registration_number": reg,
            "objection_reason_code": code,
        }
        return Letter("keberatan", "form", [lines], fields)

    def objection_letter(self) -> Letter:
        p, when, reg, code = self.person(), self.day(), self.registration(), self.pick(REASONS)
        subject = self.pick(
            ("Keberatan atas Tanggapan Permohonan Informasi", "Pengajuan Keberatan")
        )
        lines = [
            f"Palembang, {indonesian_date(when)}",
            f"Perihal : {subject}",
            "Kepada",
            "Yth. Atasan PPID KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
            "Dengan hormat,",
            f"Saya, {self.pick(HONORIFIC)}{p['applicant_name']}, NIK {p['nik']}, beralamat di {p['address']},",
            f"nomor telepon {p['phone']}, mengajukan keberatan atas permohonan informasi dengan Nomor",
            f"Pendaftaran {reg} dengan alasan: {REASONS[code].lower()} (huruf {code}).",
            "Saya mohon Atasan PPID memeriksa kembali dan memberikan tanggapan tertulis",
            "sesuai ketentuan Undang-Undang Keterbukaan Informasi Publik.",
            "Hormat saya,",
            p["applicant_name"],
        ]
        fields = {
            "applicant_name": p["applicant_name"],
            "nik": p["nik"],
            "address": p["address"],
            "phone": p["phone"],
            "letter_date": when.isoformat(),
            "subject": subject,
            "reference_registration_number": reg,
            "objection_reason_code": code,
        }
        return Letter("keberatan", "letter", [lines], fields)

    # --- sengketa ---------------------------------------------------------------------------

    def _ki_number(self, when: date) -> str:
        return f"{self.rng.randrange(1, 400):03d}/KI-SS/{ROMAN[when.month - 1]}/2026"

    def _dispute_register(self, when: date) -> str:
        return f"{self.rng.randrange(1, 60):03d}/REG-PSI/{ROMAN[when.month - 1]}/2026"

    def dispute_notice(self) -> Letter:
        p, when, reg = self.person(), self.day(), self.registration()
        number, dispute, info = (
            self._ki_number(when),
            self._dispute_register(when),
            self.pick(INFORMATION),
        )
        subject = "Pemberitahuan Registrasi Sengketa Informasi"
        lines = [
            *KI_HEAD,
            f"Nomor : {number} Palembang, {indonesian_date(when)}",
            "Sifat : Penting",
            f"Perihal : {subject}",
            "Kepada",
            "Yth. Ketua KPU Provinsi Sumatera Selatan",
            "selaku Atasan PPID",
            "Dengan hormat,",
            "bersama ini kami beritahukan bahwa permohonan penyelesaian sengketa informasi publik",
            "telah diterima dan dicatat dalam Buku Register Sengketa dengan keterangan:",
            f"Nomor Register Sengketa {dispute}",
            f"Pemohon {p['applicant_name']}, beralamat di {p['address']}",
            "Termohon PPID KPU Provinsi Sumatera Selatan",
            f"Nomor Pendaftaran Permohonan {reg}",
            f"Informasi yang Dimohon {info}",
            "Termohon diminta menyampaikan tanggapan tertulis.",
            "Ketua Komisi Informasi",
            "Provinsi Sumatera Selatan,",
        ]
        fields = {
            "applicant_name": p["applicant_name"],
            "address": p["address"],
            "information_requested": info,
            "letter_number": number,
            "letter_date": when.isoformat(),
            "subject": subject,
            "sender_org": KI_HEAD[0],
            "reference_registration_number": reg,
            "dispute_register_number": dispute,
        }
        return Letter("sengketa", "ki-notice", [lines], fields)

    def dispute_summons(self) -> Letter:
        p, when = self.person(), self.day()
        number, dispute = self._ki_number(when), self._dispute_register(when)
        hearing = when + timedelta(days=self.rng.randrange(7, 30))
        subject = self.pick(("Panggilan Sidang Ajudikasi", "Panggilan Mediasi Sengketa Informasi"))
        lines = [
            *KI_HEAD,
            f"Nomor : {number}",
            f"Hal : {subject}",
            f"Palembang, {indonesian_date(when)}",
            "Kepada Yth.",
            "PPID KPU Provinsi Sumatera Selatan",
            "di Palembang",
            f"Sehubungan dengan sengketa informasi Nomor Register {dispute} antara {p['applicant_name']}",
            "sebagai Pemohon dan PPID KPU Provinsi Sumatera Selatan sebagai Termohon, dengan ini",
            f"Majelis Komisioner memanggil Termohon untuk hadir pada {indonesian_date(hearing)}",
            "pukul 09.00 WIB di Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan.",
            "Panitera Pengganti,",
        ]
        fields = {
            "applicant_name": p["applicant_name"],
            "letter_number": number,
            "letter_date": when.isoformat(),
            "subject": subject,
            "sender_org": KI_HEAD[0],
            "dispute_register_number": dispute,
        }
        return Letter("sengketa", "ki-summons", [lines], fields)

    def dispute_application(self) -> Letter:
        p, when, reg = self.person(), self.day(), self.registration()
        subject = "Permohonan Penyelesaian Sengketa Informasi Publik"
        lines = [
            f"Palembang, {indonesian_date(when)}",
            f"Perihal : {subject}",
            "Kepada Yth.",
            "Ketua Komisi Informasi Provinsi Sumatera Selatan",
            "Tembusan: PPID KPU Provinsi Sumatera Selatan",
            "Dengan hormat,",
            f"Saya {p['applicant_name']}, NIK {p['nik']}, alamat {p['address']},",
            "mengajukan permohonan penyelesaian sengketa informasi terhadap PPID KPU Provinsi",
            f"Sumatera Selatan atas permohonan informasi Nomor Pendaftaran {reg} yang keberatannya",
            "tidak ditanggapi oleh Atasan PPID dalam jangka waktu yang ditentukan.",
            "Hormat saya,",
            p["applicant_name"],
        ]
        fields = {
            "applicant_name": p["applicant_name"],
            "nik": p["nik"],
            "address": p["address"],
            "letter_date": when.isoformat(),
            "subject": subject,
            "reference_registration_number": reg,
        }
        return Letter("sengketa", "application", [lines], fields)

    # --- surat masuk ------------------------------------------------------------------------

    def _agency(self) -> tuple[str, str, str, str]:
        return tuple(self.pick(AGENCIES))

    def _agency_head(self, when: date, subject: str) -> tuple[list[str], dict[str, Any]]:
        name, address, city, code = self._agency()
        number = f"{self.rng.randrange(1, 999)}/{code}/{when.month:02d}/2026"
        lines = [
            name,
            address,
            f"Nomor : {number} {city}, {indonesian_date(when)}",
            f"Sifat : {self.pick(('Segera', 'Biasa', 'Penting'))}",
            "Lampiran : -",
            f"Hal : {subject}",
            "Kepada",
            "Yth. Ketua KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ]
        return lines, {
            "letter_number": number,
            "letter_date": when.isoformat(),
            "subject": subject,
            "sender_org": name,
        }

    def agency_letter(self) -> Letter:
        when = self.day()
        subject = self.pick(
            (
                "Penyampaian Laporan Evaluasi Tahapan",
                "Surat Edaran Pemutakhiran Data Pemilih",
                "Penyampaian Informasi Jadwal Bimbingan Teknis",
                "Penyampaian Data Rekapitulasi",
            )
        )
        head, fields = self._agency_head(when, subject)
        body = [
            "Dalam rangka tertib administrasi dan penyampaian informasi tahapan, bersama ini kami",
            "sampaikan data dan laporan sebagaimana terlampir untuk dapat dipergunakan sebagaimana",
            "mestinya. Informasi lebih lanjut dapat menghubungi Bagian Teknis.",
            "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
            "Ketua,",
        ]
        return Letter("surat_masuk", "agency", [head + body], fields)

    def agency_data_request(self) -> Letter:
        when = self.day()
        subject = self.pick(
            (
                "Permintaan Data Pengawasan",
                "Permohonan Data Daftar Pemilih",
                "Permintaan Data Hasil Pemilihan",
            )
        )
        head, fields = self._agency_head(when, subject)
        body = [
            "Sehubungan dengan pelaksanaan tugas pengawasan dan koordinasi antarlembaga, kami",
            "meminta data dan informasi berikut untuk keperluan internal kedinasan:",
            f"1. {self.pick(INFORMATION)}.",
            "Data mohon disampaikan paling lambat tujuh hari kerja.",
            "Demikian kami sampaikan, atas kerja samanya diucapkan terima kasih.",
            "Ketua,",
        ]
        return Letter("surat_masuk", "agency-data", [head + body], fields)

    def invitation(self) -> Letter:
        when = self.day()
        subject = self.pick(
            ("Undangan Rapat Koordinasi", "Undangan Narasumber", "Undangan Sosialisasi")
        )
        head, fields = self._agency_head(when, subject)
        meeting = when + timedelta(days=self.rng.randrange(3, 20))
        body = [
            "Dalam rangka koordinasi dan sinkronisasi program kerja, dengan ini kami mengundang",
            "Saudara untuk hadir pada kegiatan yang akan dilaksanakan pada:",
            f"hari/tanggal : {indonesian_date(meeting)}",
            "pukul : 09.00 WIB s.d. selesai",
            "tempat : Ruang Rapat Utama",
            "Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara.",
            "Informasi lebih lanjut dapat menghubungi narahubung kami.",
            "Ketua,",
        ]
        return Letter("surat_masuk", "invitation", [head + body], fields)


def corpus(count: int, seed: int = 0) -> list[Letter]:
    """``count`` letters, the classes in turn so that each is equally represented."""
    generator = Generator(seed)
    classes = ("permohonan_informasi", "keberatan", "sengketa", "surat_masuk")
    return [generator.letter(classes[n % len(classes)]) for n in range(count)]

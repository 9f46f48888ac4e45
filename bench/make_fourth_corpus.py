"""A fourth test corpus of incoming letters, written apart from the pipeline.

Usage: `python bench/make_fourth_corpus.py OUT_DIR N SEED`.

It writes N letters to OUT_DIR and OUT_DIR/truth.jsonl (one JSON object per letter, in the format
of ../shared/sample/truth.jsonl: id, files, class, layout, heldout, handwritten, rendition, pages,
dpi, fields, page_text and, for scans, scan). The letters are the kinds a public-information desk
(PPID) at KPU Provinsi Sumatera Selatan receives, in layouts written without looking at the
pipeline that reads them:

- information requests (~35 %): an e-PPID web-form printout, an NGO / university / law-firm
  letter with a two-column letterhead, a citizen's plain typed letter (key/value or all prose),
  a forwarded e-mail printout, a grid-style request form with tick boxes (often hand-filled),
  a letter handwritten on lined folio paper;
- objections (~25 %): a letter citing the earlier registration number with the reason in words,
  an objection form with ticked reason boxes, an objection sent by e-mail;
- dispute mail from the Komisi Informasi (~15 %): registration notice, hearing summons,
  relaas (bailiff's summons record);
- other incoming mail (~25 %): Nota Dinas, invitation from a regional government, a KPU RI
  Surat Dinas with an electronic-signature footer and an annex table, Surat Tugas, a Bawaslu
  letter asking for data, a bank / vendor letter, a newspaper clipping.

Each letter is drawn on a small page model (text, lines, boxes, stamps) and rendered either as a
born-digital PDF (reportlab, text layer) or as a scan (PIL at 200/300 dpi, then skew, rotation,
noise, blur, JPEG artefacts, faint toner, stamps and signatures over the text) saved as PNG,
JPEG, TIFF or an image-only PDF. The truth records what the letter says as a careful reader
would take it, with phone numbers in E.164 and dates in ISO form. Deterministic per SEED.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# ----------------------------------------------------------------------------------------------
# Fonts
# ----------------------------------------------------------------------------------------------

URW = Path("/usr/share/fonts/opentype/urw-base35")
DJV = Path("/usr/share/fonts/truetype/dejavu")
DKG = Path("/usr/share/fonts/truetype/fifthhorseman")
FONT_FILES = {
    "serif": (
        URW / "NimbusRoman-Regular.otf",
        URW / "NimbusRoman-Bold.otf",
        URW / "NimbusRoman-Italic.otf",
    ),
    "sans": (
        URW / "NimbusSans-Regular.otf",
        URW / "NimbusSans-Bold.otf",
        URW / "NimbusSans-Italic.otf",
    ),
    "mono": (
        URW / "NimbusMonoPS-Regular.otf",
        URW / "NimbusMonoPS-Bold.otf",
        URW / "NimbusMonoPS-Italic.otf",
    ),
    "dsans": (DJV / "DejaVuSans.ttf", DJV / "DejaVuSans-Bold.ttf", DJV / "DejaVuSans-Oblique.ttf"),
    "dserif": (
        DJV / "DejaVuSerif.ttf",
        DJV / "DejaVuSerif-Bold.ttf",
        DJV / "DejaVuSerif-Italic.ttf",
    ),
    "dcond": (
        DJV / "DejaVuSansCondensed.ttf",
        DJV / "DejaVuSansCondensed-Bold.ttf",
        DJV / "DejaVuSansCondensed-Oblique.ttf",
    ),
    "narrow": (
        URW / "NimbusSansNarrow-Regular.otf",
        URW / "NimbusSansNarrow-Bold.otf",
        URW / "NimbusSansNarrow-Oblique.otf",
    ),
    "book": (
        URW / "URWBookman-Light.otf",
        URW / "URWBookman-Demi.otf",
        URW / "URWBookman-LightItalic.otf",
    ),
    "century": (URW / "C059-Roman.otf", URW / "C059-Bold.otf", URW / "C059-Italic.otf"),
    "pala": (URW / "P052-Roman.otf", URW / "P052-Bold.otf", URW / "P052-Italic.otf"),
    "gothic": (
        URW / "URWGothic-Book.otf",
        URW / "URWGothic-Demi.otf",
        URW / "URWGothic-BookOblique.otf",
    ),
    "hand": (DKG / "dkg.ttf", DKG / "dkgBd.ttf", DKG / "dkgIt.ttf"),
    "script": (URW / "Z003-MediumItalic.otf",) * 3,
}
# reportlab names for the families a born-digital PDF may use (Nimbus fonts are metric clones).
RL_FONTS = {
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "mono": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "dsans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "dserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "dcond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}
DIGITAL_FAMILIES = tuple(RL_FONTS)
STYLE = {"r": 0, "b": 1, "i": 2}
INK = (20, 20, 20)
BLUE_INK = (25, 45, 140)
PAPER = {"A4": (595.3, 841.9), "F4": (609.4, 935.4), "Letter": (612.0, 792.0)}


@cache
def pil_font(family: str, style: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_FILES[family][STYLE[style]]), max(px, 4))


def text_width(text: str, family: str, style: str, size: float) -> float:
    return pil_font(family, style, 200).getlength(text) * size / 200


# ----------------------------------------------------------------------------------------------
# Indonesian data: regions, names, contacts, dates
# ----------------------------------------------------------------------------------------------

BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
HARI3 = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ANGKA = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


@dataclass(frozen=True)
class Region:
    code: str  # Kemendagri kab/kota code used in NIK
    city: str  # how an address ends
    kab: str  # name on a KTP
    area: str  # telephone area code
    postal: str
    kecamatan: tuple[tuple[str, tuple[str, ...]], ...]
    streets: tuple[str, ...]


REGIONS = (
    Region(
        "1671", "Palembang", "KOTA PALEMBANG", "0711", "301",
        (
            ("Ilir Barat I", ("Lorok Pakjo", "Bukit Lama", "Siring Agung", "26 Ilir D. I")),
            ("Ilir Timur II", ("Duku", "Sungai Buah", "2 Ilir")),
            ("Seberang Ulu I", ("7 Ulu", "Tuan Kentang", "Silaberanti")),
            ("Kemuning", ("Pipa Reja", "Ario Kemuning", "Sekip Jaya")),
            ("Sukarami", ("Kebun Bunga", "Talang Betutu", "Sukarami")),
            ("Kalidoni", ("Sei Selayur", "Bukit Sangkal", "Kalidoni")),
            ("Sako", ("Sialang", "Sukamaju")),
            ("Plaju", ("Bagus Kuning", "Plaju Darat")),
            ("Alang-Alang Lebar", ("Srijaya", "Talang Kelapa")),
            ("Bukit Kecil", ("Talang Semut", "19 Ilir")),
            ("Kertapati", ("Karya Jaya", "Kemas Rindo")),
            ("Ilir Timur I", ("Sungai Pangeran", "Kepandean Baru")),
        ),
        (
            "Jl. Kolonel Atmo", "Jl. Demang Lebar Daun", "Jl. Angkatan 45", "Jl. Mayor Ruslan",
            "Jl. Residen Abdul Rozak", "Jl. R. Soekamto", "Jl. Veteran", "Jl. Srijaya Negara",
            "Jl. Sukabangun II", "Jl. Lunjuk Jaya", "Jl. Mayor Zen", "Jl. Puncak Sekuning",
            "Jl. Bungaran", "Jl. Siaran", "Jl. Taqwa Mata Merah", "Jl. Perindustrian II",
        ),
    ),
    Region(
        "1672", "Prabumulih", "KOTA PRABUMULIH", "0713", "311",
        (("Prabumulih Timur", ("Gunung Ibul", "Prabujaya")), ("Prabumulih Barat", ("Patih Galung", "Wonosari"))),
        ("Jl. Jenderal Sudirman", "Jl. Padat Karya", "Jl. Bukit Lama"),
    ),
    Region(
        "1674", "Lubuklinggau", "KOTA LUBUKLINGGAU", "0733", "316",
        (("Lubuklinggau Timur I", ("Taba Koji", "Kayu Ara")), ("Lubuklinggau Barat I", ("Taba Lestari", "Bandung Kiri"))),
        ("Jl. Yos Sudarso", "Jl. Garuda", "Jl. Lintas Sumatera"),
    ),
    Region(
        "1673", "Pagar Alam", "KOTA PAGAR ALAM", "0730", "315",
        (("Pagar Alam Utara", ("Bangun Rejo", "Pagar Alam")),),
        ("Jl. Lettu Hamid", "Jl. Serma Rusli"),
    ),
    Region(
        "1601", "Baturaja", "KABUPATEN OGAN KOMERING ULU", "0735", "321",
        (("Baturaja Timur", ("Sukaraya", "Kemalaraja", "Baturaja Permai")),),
        ("Jl. Ahmad Yani", "Jl. Dr. Moh. Hatta", "Jl. Garuda"),
    ),
    Region(
        "1602", "Kayuagung", "KABUPATEN OGAN KOMERING ILIR", "0712", "306",
        (("Kayuagung", ("Kedaton", "Sidakersa", "Cintaraja")),),
        ("Jl. Letnan Muchtar Saleh", "Jl. Lintas Timur"),
    ),
    Region(
        "1603", "Muara Enim", "KABUPATEN MUARA ENIM", "0734", "313",
        (("Muara Enim", ("Pasar II", "Air Lintang", "Pasar III")),),
        ("Jl. Jenderal Sudirman", "Jl. Bakti Sosial", "Jl. Kolonel H. Barlian"),
    ),
    Region(
        "1604", "Lahat", "KABUPATEN LAHAT", "0731", "314",
        (("Lahat", ("Pasar Lama", "Bandar Agung", "Gunung Gajah")),),
        ("Jl. Mayor Ruslan", "Jl. RE Martadinata"),
    ),
    Region(
        "1606", "Sekayu", "KABUPATEN MUSI BANYUASIN", "0714", "307",
        (("Sekayu", ("Kayuara", "Serasan Jaya", "Balai Agung")),),
        ("Jl. Merdeka", "Jl. Kolonel Wahid Udin"),
    ),
    Region(
        "1607", "Pangkalan Balai", "KABUPATEN BANYUASIN", "0711", "307",
        (("Banyuasin III", ("Kedondong Raya", "Pangkalan Balai")), ("Talang Kelapa", ("Sukajadi", "Air Batu"))),
        ("Jl. Palembang-Betung", "Jl. Sabar Jaya", "Jl. Merdeka"),
    ),
    Region(
        "1610", "Indralaya", "KABUPATEN OGAN ILIR", "0711", "306",
        (("Indralaya", ("Timbangan", "Indralaya Raya", "Indralaya Mulya")),),
        ("Jl. Lintas Timur", "Jl. Raya Palembang-Prabumulih"),
    ),
    Region(
        "1608", "Martapura", "KABUPATEN OGAN KOMERING ULU TIMUR", "0735", "323",
        (("Martapura", ("Pasar Martapura", "Terukis Rahayu")),),
        ("Jl. Lintas Sumatera", "Jl. Kolonel Haji Burlian"),
    ),
)  # fmt: skip
REGION_WEIGHTS = [40, 6, 6, 3, 5, 5, 5, 4, 4, 6, 7, 4]
OTHER_NIK_CODES = ["1605", "1609", "1611", "1612", "1613", "1671", "1607", "1603"]
BIRTH_PLACES = [
    "Palembang", "Lahat", "Baturaja", "Prabumulih", "Muara Enim", "Kayuagung", "Sekayu",
    "Lubuklinggau", "Pagar Alam", "Tanjung Enim", "Martapura", "Bandung", "Jakarta", "Medan",
    "Padang", "Bengkulu", "Jambi", "Muara Dua", "Tebing Tinggi", "Pangkalpinang",
]  # fmt: skip

MALE = [
    "Ahmad", "Muhammad", "Rizky", "Fajar", "Hendra", "Deni", "Arief", "Budi", "Eko", "Joko",
    "Yudi", "Ridwan", "Syahrial", "Zulkifli", "Firdaus", "Iwan", "Agus", "Bayu", "Irfan",
    "Ilham", "Teguh", "Dedy", "Andika", "Reza", "Wahyu", "Taufik", "Herman", "Sofyan", "Anton",
    "Yusuf", "Romi", "Alex", "Robert", "Hasan", "Darmawan", "Fikri", "Rahmat", "Sutrisno",
]  # fmt: skip
FEMALE = [
    "Siti", "Dewi", "Nur", "Rina", "Yuni", "Fitri", "Ratna", "Lestari", "Putri", "Anisa",
    "Desi", "Maya", "Nurul", "Wulan", "Indah", "Sari", "Ayu", "Mega", "Febriyanti", "Yulianti",
    "Kartika", "Rosmala", "Novita", "Elvira", "Zahra", "Aprilia", "Melati", "Evi", "Herlina",
]  # fmt: skip
MIDDLE_F = [
    "Rahmawati",
    "Anggraini",
    "Handayani",
    "Susanti",
    "Oktaviani",
    "Maharani",
    "Safitri",
    "Amelia",
    "Puspita",
]
MIDDLE = [
    "Saputra", "Pratama", "Kurniawan", "Hidayat", "Ramadhan", "Wijaya", "Setiawan", "Permana",
    "Aulia", "Rahmawati", "Anggraini", "Handayani", "Susanti", "Oktaviani", "Maharani",
    "Fauzi", "Syahputra", "Hakim", "Firmansyah", "Nugraha", "Safitri", "Amelia", "Puspita",
]  # fmt: skip
FAMILY = [
    "Siregar", "Nainggolan", "Simanjuntak", "Hutapea", "Lubis", "Nasution", "Harahap",
    "Tanjung", "Chaniago", "Sembiring", "Gultom", "Bafadhal", "Alhabsyi", "Assegaf", "Panjaitan",
]  # fmt: skip
CHINESE = ["Lie Kim Hwa", "Tan Bun Seng", "Kwee Lian Nio", "Oey Hok Tjoan", "Liem Swie King"]
PALEMBANG_PREFIX_M = ["Kms.", "Mgs.", "Masagus", "Kemas", "R.M.", "Cek"]
PALEMBANG_PREFIX_F = ["Nyayu", "Nyimas", "Nyi. Ayu", "R.A."]
FRONT_TITLES_M = ["Drs.", "Ir.", "Dr.", "H.", "dr.", "Drs. H.", "Dr. H.", "Prof. Dr.", "Ir. H."]
FRONT_TITLES_F = ["Dra.", "Ir.", "Dr.", "Hj.", "dr.", "Dr. Hj."]
DEGREES = [
    "S.H.", "S.H., M.H.", "S.E.", "S.E., M.Si.", "S.Sos.", "S.Sos., M.Si.", "M.Si.", "S.Kom.",
    "S.Pd.", "M.Pd.", "S.T.", "S.T., M.T.", "S.I.Kom.", "M.Kn.", "Ph.D.", "S.IP.", "S.Ag.",
    "S.H.I.", "Lc., M.A.", "M.M.", "S.Ak.", "S.Psi.", "Amd.Keb.",
]  # fmt: skip
OCCUPATIONS = [
    "Mahasiswa", "Wiraswasta", "Karyawan Swasta", "Pegawai Negeri Sipil", "Dosen", "Wartawan",
    "Advokat", "Petani", "Ibu Rumah Tangga", "Peneliti", "Guru Honorer", "Pensiunan PNS",
    "Pedagang", "Buruh Harian Lepas", "Konsultan", "Jurnalis Lepas", "Aktivis LSM", "Notaris",
    "Pengemudi Ojek Online", "Pelajar/Mahasiswa", "Karyawan BUMN", "Perangkat Desa",
]  # fmt: skip
MOBILE = [
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0851", "0814", "0815",
    "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
    "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887",
]  # fmt: skip
FREE_MAIL = ["gmail.com"] * 6 + [
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
]
CAMPUS_MAIL = [
    "unsri.ac.id", "student.unsri.ac.id", "fisip.unsri.ac.id", "radenfatah.ac.id",
    "um-palembang.ac.id", "mhs.uigm.ac.id", "polsri.ac.id", "binadarma.ac.id",
]  # fmt: skip
COMPANY_MAIL = ["ptba.co.id", "pusri.co.id", "banksumselbabel.com", "sumeks.co", "kompas.id"]

INFORMATION = [
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Rekapitulasi Hasil "
    "Penghitungan Suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
    "Daftar Pemilih Tetap (DPT) Pemilihan Tahun 2024 untuk Kecamatan Sukarami per TPS",
    "Jumlah pemilih penyandang disabilitas per kabupaten/kota pada Pemilihan Serentak 2024",
    "Dokumen kontrak pengadaan surat suara Pemilihan Gubernur Sumatera Selatan Tahun 2024",
    "Laporan Penerimaan dan Pengeluaran Dana Kampanye seluruh pasangan calon Gubernur dan Wakil "
    "Gubernur Sumatera Selatan Tahun 2024",
    "Daftar nama anggota PPK dan PPS se-Kota Palembang beserta SK pengangkatannya",
    "Daftar Isian Pelaksanaan Anggaran (DIPA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2025",
    "Realisasi anggaran Naskah Perjanjian Hibah Daerah (NPHD) Pemilihan Tahun 2024",
    "Berita Acara dan Sertifikat Rekapitulasi Hasil Penghitungan Suara (Model D.Hasil) "
    "Kabupaten Musi Banyuasin",
    "Salinan putusan DKPP yang berkaitan dengan penyelenggara pemilu di Sumatera Selatan "
    "Tahun 2025",
    "Jumlah TPS dan jumlah pemilih per TPS di Kabupaten Ogan Komering Ilir pada Pemilu 2024",
    "Data tingkat partisipasi pemilih per kabupaten/kota pada Pemilu 2024 dan Pemilihan 2024",
    "Daftar calon anggota DPRD Provinsi Sumatera Selatan terpilih hasil Pemilu 2024",
    "Laporan hasil audit dana kampanye oleh Kantor Akuntan Publik untuk Pemilihan Gubernur 2024",
    "Dokumen Standar Operasional Prosedur (SOP) pelayanan informasi publik di KPU Provinsi "
    "Sumatera Selatan",
    "Daftar inventaris Barang Milik Negara (BMN) berupa kendaraan dinas KPU Provinsi "
    "Sumatera Selatan",
    "Notulen rapat pleno penetapan pasangan calon Bupati dan Wakil Bupati Lahat Tahun 2024",
    "Rekapitulasi jumlah pemilih pemula hasil pemutakhiran data pemilih berkelanjutan semester "
    "II Tahun 2025",
    "Laporan pertanggungjawaban honorarium KPPS di Kota Prabumulih pada Pemilihan 2024",
    "Salinan SK pemberhentian anggota PPK Kecamatan Kalidoni beserta berita acara klarifikasinya",
    "Rencana Umum Pengadaan (RUP) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Data jumlah pemilih yang pindah memilih (DPTb) di Kota Palembang pada Pemilu 2024",
    "Laporan Layanan Informasi Publik PPID KPU Provinsi Sumatera Selatan Tahun 2025",
    "Daftar nama dan alamat kantor sekretariat partai politik peserta Pemilu 2024 tingkat provinsi",
]
PURPOSES = [
    "Bahan penyusunan skripsi pada Program Studi Ilmu Pemerintahan",
    "Bahan penulisan tesis Magister Ilmu Hukum Universitas Sriwijaya",
    "Bahan pemberitaan dan liputan investigasi",
    "Kajian pemantauan pemilu oleh lembaga kami",
    "Advokasi hak pilih penyandang disabilitas",
    "Bahan laporan kepada Dewan Pembina organisasi",
    "Kepentingan pembuktian dalam perkara perdata di Pengadilan Negeri Palembang",
    "Penelitian dosen tentang tata kelola anggaran pemilu",
    "Pengawasan masyarakat terhadap penggunaan dana hibah daerah",
    "Bahan diskusi publik evaluasi Pemilihan Serentak 2024",
    "Kelengkapan dokumen penyusunan buku sejarah pemilu di Sumatera Selatan",
    "Kepentingan pribadi untuk mengetahui status keanggotaan saya sebagai anggota KPPS",
    "Bahan penyusunan policy brief untuk DPRD Provinsi",
    "Tugas mata kuliah Hukum Tata Negara",
]
# How each obtain/delivery choice is put in words by a letter writer.
OBTAIN_WORDS = {
    "melihat": [
        "Saya cukup melihat dan mencatat dokumen tersebut di ruang layanan informasi",
        "cukup dengan membaca langsung dokumen dimaksud di kantor PPID",
    ],
    "salinan": [
        "Mohon kiranya dapat diberikan salinan dokumen tersebut",
        "Kami memohon salinan dari informasi tersebut",
    ],
    "salinan_hardcopy": [
        "Mohon diberikan dalam bentuk salinan tercetak (fotokopi)",
        "informasi tersebut kami minta dalam bentuk hardcopy",
    ],
    "salinan_softcopy": [
        "Mohon diberikan dalam bentuk salinan elektronik (softcopy/PDF)",
        "informasi tersebut kami minta dalam bentuk file digital (softcopy)",
    ],
}
DELIVERY_WORDS = {
    "mengambil_langsung": ["dan akan saya ambil sendiri di kantor KPU Provinsi"],
    "kurir": ["dan dikirimkan melalui jasa kurir/ekspedisi ke alamat kami"],
    "pos": ["dan dikirim melalui PT Pos Indonesia ke alamat di atas"],
    "faksimili": ["dan dikirim melalui faksimili ke nomor faks kami"],
    "email": ["dan dikirimkan melalui surat elektronik ke alamat e-mail kami"],
}
REASONS = {
    "a": [
        "permohonan saya ditolak dengan alasan informasi tersebut termasuk informasi yang "
        "dikecualikan",
        "PPID menolak permohonan kami karena menganggap dokumen tersebut rahasia dan dikecualikan "
        "berdasarkan Pasal 17 UU KIP",
    ],
    "b": [
        "informasi berkala berupa laporan keuangan dan laporan layanan informasi tidak "
        "disediakan di laman resmi maupun di meja layanan",
    ],
    "c": [
        "sampai dengan hari ini permohonan saya sama sekali tidak ditanggapi, tidak ada "
        "pemberitahuan tertulis apa pun",
        "permohonan kami tidak mendapat tanggapan sama sekali dari PPID",
    ],
    "d": [
        "jawaban yang diberikan tidak sesuai dengan yang saya minta; yang diberikan hanya "
        "rekapitulasi umum, bukan dokumen yang saya mohonkan",
        "permohonan ditanggapi tidak sebagaimana yang diminta",
    ],
    "e": [
        "informasi yang telah dinyatakan dapat diberikan tersebut tidak juga dipenuhi hingga kini",
        "permohonan saya tidak dipenuhi walaupun sudah beberapa kali saya tanyakan",
    ],
    "f": [
        "saya dikenakan biaya penggandaan sebesar Rp 1.250.000,- yang menurut saya tidak wajar",
        "PPID meminta biaya yang tidak wajar untuk salinan dokumen yang hanya beberapa lembar",
    ],
    "g": [
        "informasi baru disampaikan setelah lewat 25 hari kerja, melebihi jangka waktu yang diatur",
        "penyampaian informasi melebihi jangka waktu yang ditentukan undang-undang",
    ],
}
REASON_FORM = {
    "a": "Permohonan informasi ditolak berdasarkan alasan pengecualian (Pasal 17 UU KIP)",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permohonan informasi",
    "d": "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permohonan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi yang melebihi waktu yang diatur",
}
KPU_PROV = "Jl. Kapten A. Rivai No. 95 Palembang 30129"


def pick(r: random.Random, items: Any) -> Any:
    return items[r.randrange(len(items))]


def fmt_date(d: date, style: str) -> str:
    day, mon, yr = d.day, d.month, d.year
    return {
        "long": f"{day} {BULAN[mon - 1]} {yr}",
        "long0": f"{day:02d} {BULAN[mon - 1]} {yr}",
        "hari": f"{HARI[d.weekday()]}, {day} {BULAN[mon - 1]} {yr}",
        "upper": f"{day} {BULAN[mon - 1].upper()} {yr}",
        "abbr": f"{day} {BULAN3[mon - 1]} {yr}",
        "dash": f"{day:02d}-{mon:02d}-{yr}",
        "slash": f"{day:02d}/{mon:02d}/{yr}",
        "dot": f"{day:02d}.{mon:02d}.{yr}",
        "iso": d.isoformat(),
    }[style]


def any_date(r: random.Random, formal: bool = True) -> str:
    return (
        "long"
        if formal and r.random() < 0.7
        else pick(r, ["long", "long0", "upper", "abbr", "dash", "slash", "dot"])
    )


def spell(n: int) -> str:
    if n < 10:
        return ANGKA[n]
    if n < 12:
        return "sepuluh" if n == 10 else "sebelas"
    if n < 20:
        return f"{ANGKA[n - 10]} belas"
    return f"{ANGKA[n // 10]} puluh" + (f" {ANGKA[n % 10]}" if n % 10 else "")


def working_day(r: random.Random, start: date, span: int) -> date:
    while True:
        d = start + timedelta(days=r.randrange(span))
        if d.weekday() < 5 or r.random() < 0.08:
            return d


def reg_number(r: random.Random, d: date, alt: bool = False) -> str:
    seq = r.randint(1, 140)
    if alt:
        return f"{seq:03d}/PPID-KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
    return f"{seq:03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"


# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    bare: str
    female: bool
    nik: str
    birth_place: str
    birth: date
    region: Region
    kec: str
    kel: str
    street: str
    rt: int
    rw: int
    address: str
    phone: str
    phone_e164: str
    email: str
    occupation: str
    religion: str
    married: str


def make_name(r: random.Random, female: bool, titled: float = 0.35) -> tuple[str, str]:
    roll = r.random()
    first = pick(r, FEMALE if female else MALE)
    if roll < 0.06:
        bare = pick(r, CHINESE)
    elif roll < 0.18:
        bare = f"{first} {pick(r, FAMILY)}"
    elif roll < 0.26:
        bare = first if female else pick(r, ["Sutrisno", "Suparman", "Mulyadi", "Rusdi", "Jumadi"])
    else:
        middle = [
            m for m in MIDDLE if (m in MIDDLE_F) == female or m in ("Aulia", "Nugraha", "Permana")
        ]
        bare = f"{first} {pick(r, middle)}"
        if roll > 0.7:
            second = pick(r, middle + FAMILY)
            bare += "" if second in bare else f" {second}"
    name = bare
    if r.random() < 0.12:
        name = f"{pick(r, PALEMBANG_PREFIX_F if female else PALEMBANG_PREFIX_M)} {name}"
        bare = name
    if r.random() < titled:
        if r.random() < 0.4:
            name = f"{pick(r, FRONT_TITLES_F if female else FRONT_TITLES_M)} {name}"
        if r.random() < 0.85:
            name = f"{name}, {pick(r, DEGREES)}"
    return name, bare


def make_nik(r: random.Random, region: Region, birth: date, female: bool) -> str:
    code = region.code if r.random() < 0.75 else pick(r, OTHER_NIK_CODES)
    day = birth.day + (40 if female else 0)
    return f"{code}{r.randint(1, 16):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{r.randint(1, 2999):04d}"


def make_phone(
    r: random.Random, region: Region | None = None, landline: float = 0.08
) -> tuple[str, str]:
    if region is not None and r.random() < landline:
        area = region.area
        local = f"{pick(r, ['3', '35', '41', '5'])}{r.randrange(10**5):05d}"[:6]
        e164 = f"+62{area[1:]}{local}"
        style = r.randrange(3)
        shown = [f"({area}) {local}", f"{area}-{local}", f"{area} {local[:3]} {local[3:]}"][style]
        return shown, e164
    prefix = pick(r, MOBILE)
    rest = "".join(str(r.randrange(10)) for _ in range(r.choice([7, 8, 8, 8, 9])))
    digits = prefix + rest
    e164 = "+62" + digits[1:]
    style = r.random()
    if style < 0.3:
        shown = digits
    elif style < 0.55:
        shown = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    elif style < 0.7:
        shown = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    elif style < 0.82:
        shown = f"+62 {digits[1:4]}-{digits[4:8]}-{digits[8:]}"
    elif style < 0.9:
        shown = "62" + digits[1:]
    else:
        shown = f"{digits[:4]}.{digits[4:8]}.{digits[8:]}"
    return shown, e164


def make_email(r: random.Random, bare: str, birth: date) -> str:
    words = [
        w.lower().strip(".,'")
        for w in bare.split()
        if w[0].isupper() and len(w) > 2 and "." not in w
    ]
    words = [
        w for w in words if w not in {"kms", "mgs", "nyayu", "nyimas", "masagus", "kemas", "cek"}
    ] or ["warga"]
    first, last = words[0], words[-1]
    shape = r.randrange(9)
    local = [
        f"{first}.{last}{r.randint(1, 99)}",
        f"{first[0]}{last}",
        f"{first}_{last[:4]}{birth.year % 100:02d}",
        f"{first}{birth.day:02d}{birth.month:02d}",
        f"{last}.{first[0]}",
        f"{first[:3]}{last[:3]}{r.randint(10, 999)}",
        f"{''.join(w[0] for w in words)}{birth.year}",
        f"{first}{pick(r, ['.official', 'official', '_id', 'sumsel', 'plg'])}",
        f"{first}{last}",
    ][shape]
    roll = r.random()
    if roll < 0.72:
        domain = pick(r, FREE_MAIL)
    elif roll < 0.9:
        domain = pick(r, CAMPUS_MAIL)
    else:
        domain = pick(r, COMPANY_MAIL)
    return f"{local}@{domain}"


def make_address(
    r: random.Random, region: Region, kec: str, kel: str, rt: int, rw: int
) -> tuple[str, str]:
    number = r.randint(1, 320)
    street = pick(r, region.streets)
    style = r.randrange(6)
    city = region.city
    if region.code.startswith("16") and region.kab.startswith("KABUPATEN") and r.random() < 0.4:
        city = "Kab. " + region.kab.title().replace("Kabupaten ", "")
    if style == 0:
        head = f"{street} No. {number}"
        text = f"{head} RT {rt:03d}/RW {rw:02d}, Kel. {kel}, Kec. {kec}, {city}"
    elif style == 1:
        head = f"{street} No. {number}"
        text = f"{head}, RT.{rt:02d} RW.{rw:02d}, Kelurahan {kel}, Kecamatan {kec}, {city} {region.postal}{r.randint(10, 99)}"
    elif style == 2:
        head = f"Lr. {pick(r, ['Sepakat', 'Tanjung Sari', 'Banten VI', 'Mawar', 'Hikmah', 'Pinang Mas', 'Ikhlas'])} No. {number}"
        text = f"{head} RT {rt} RW {rw} Kel. {kel} Kec. {kec} {city}"
    elif style == 3:
        head = f"Komp. {pick(r, ['Griya Hero Abadi', 'Perumnas Talang Kelapa', 'Villa Kenten', 'Bukit Sejahtera', 'Azhar Residence'])} Blok {pick(r, 'ABCDEFGH')}-{r.randint(1, 40)}"
        text = f"{head}, RT {rt:02d}/{rw:02d}, Kel. {kel}, Kec. {kec}, {city}"
    elif style == 4:
        head = f"{street} {pick(r, ['Gg.', 'Lorong', 'Lr.'])} {pick(r, ['Mufakat', 'Damai', 'Swadaya', 'Keluarga'])} No. {number}"
        text = f"{head}, RT/RW {rt:03d}/{rw:03d}, Kel. {kel}, Kec. {kec}, {city}"
    else:
        head = f"{street} No. {number}"
        text = f"{head} Rt. {rt:02d} Rw. {rw:02d} Kel. {kel} Kec. {kec} - {city}"
    return head, text


def make_person(r: random.Random, titled: float = 0.35, occupation: str | None = None) -> Person:
    female = r.random() < 0.45
    name, bare = make_name(r, female, titled)
    region = r.choices(REGIONS, REGION_WEIGHTS)[0]
    kec, kels = pick(r, region.kecamatan)
    kel = pick(r, kels)
    rt, rw = r.randint(1, 48), r.randint(1, 14)
    birth = date(r.randint(1958, 2006), r.randint(1, 12), r.randint(1, 28))
    street, address = make_address(r, region, kec, kel, rt, rw)
    phone, e164 = make_phone(r, region)
    occ = occupation or pick(r, OCCUPATIONS)
    if birth.year > 2001 and r.random() < 0.7:
        occ = "Mahasiswa"
    return Person(
        name, bare, female, make_nik(r, region, birth, female), pick(r, BIRTH_PLACES), birth,
        region, kec, kel, street, rt, rw, address, phone, e164, make_email(r, bare, birth), occ,
        pick(r, ["ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATHOLIK", "BUDDHA"]),
        pick(r, ["KAWIN", "BELUM KAWIN", "KAWIN", "CERAI HIDUP"]),
    )  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Page model: a list of drawing operations in points, top-left origin, plus the text a reader sees
# ----------------------------------------------------------------------------------------------


@dataclass
class Page:
    w: float
    h: float
    ops: list[dict[str, Any]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    paper: str = "white"  # "white", "lined" (folio bergaris), "news"


class Doc:
    """A cursor that lays text out on pages; every helper records the line a reader would see."""

    def __init__(
        self,
        r: random.Random,
        paper: str = "A4",
        family: str = "serif",
        size: float = 11.0,
        margins: tuple[float, float, float, float] = (72, 64, 56, 60),
        leading: float = 1.32,
    ) -> None:
        self.r = r
        self.w, self.h = PAPER[paper]
        self.left, self.right, self.top, self.bottom = margins
        self.family, self.size, self.leading = family, size, leading
        self.hand_family = "hand"
        self.ink = BLUE_INK if r.random() < 0.7 else (35, 35, 40)
        self.pages: list[Page] = []
        self.page_style = "white"
        self.new_page()

    # layout state
    def new_page(self) -> None:
        self.page = Page(self.w, self.h, paper=self.page_style)
        self.pages.append(self.page)
        self.y = self.top

    @property
    def width(self) -> float:
        return self.w - self.left - self.right

    def ensure(self, height: float) -> None:
        if self.y + height > self.h - self.bottom:
            self.new_page()

    def gap(self, pts: float) -> None:
        self.y += pts

    def record(self, text: str) -> None:
        if text.strip():
            self.page.lines.append(" ".join(text.split()))

    # primitive operations
    def put(
        self,
        x: float,
        y: float,
        text: str,
        family: str | None = None,
        style: str = "r",
        size: float | None = None,
        color: tuple[int, int, int] = INK,
        hand: bool = False,
    ) -> None:
        family = self.hand_family if hand else (family or self.family)
        size = size or self.size
        if hand:
            color = self.ink
            x0 = x
            for word in text.split(" "):
                if word:
                    jitter = self.r.uniform(-0.9, 0.9)
                    self.page.ops.append(
                        {"k": "text", "x": x0, "y": y + jitter, "s": word, "f": family, "st": style,
                         "z": size * self.r.uniform(0.96, 1.05), "c": color}
                    )  # fmt: skip
                x0 += text_width(word + " ", family, style, size) * self.r.uniform(0.98, 1.08)
            return
        self.page.ops.append(
            {
                "k": "text",
                "x": x,
                "y": y,
                "s": text,
                "f": family,
                "st": style,
                "z": size,
                "c": color,
            }
        )

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.8, dash: bool = False) -> None:
        self.page.ops.append({"k": "line", "p": (x1, y, x2, y), "lw": lw, "dash": dash})

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.8) -> None:
        self.page.ops.append({"k": "line", "p": (x, y1, x, y2), "lw": lw, "dash": False})

    def rect(
        self, x: float, y: float, w: float, h: float, lw: float = 0.8, fill: tuple[int, int, int] | None = None,
        round_: float = 0,
    ) -> None:  # fmt: skip
        self.page.ops.append(
            {"k": "rect", "b": (x, y, w, h), "lw": lw, "fill": fill, "round": round_}
        )

    def ellipse(
        self, x: float, y: float, w: float, h: float, lw: float = 1.0, fill: Any = None
    ) -> None:
        self.page.ops.append({"k": "ellipse", "b": (x, y, w, h), "lw": lw, "fill": fill})

    def tick(self, x: float, y: float, size: float, hand: bool, cross: bool = False) -> None:
        self.page.ops.append(
            {"k": "tick", "x": x, "y": y, "z": size, "cross": cross, "c": self.ink if hand else INK,
             "j": self.r.random()}
        )  # fmt: skip

    def emblem(self, x: float, y: float, size: float, kind: str) -> None:
        self.page.ops.append({"k": "emblem", "x": x, "y": y, "z": size, "kind": kind})

    def scribble(self, x: float, y: float, w: float, h: float) -> None:
        self.page.ops.append(
            {"k": "scribble", "b": (x, y, w, h), "seed": self.r.randrange(10**6), "c": self.ink}
        )

    def stamp(
        self, cx: float, cy: float, texts: list[str], shape: str = "round", color: Any = None
    ) -> None:
        color = color or pick(self.r, [(60, 60, 170), (110, 40, 140), (40, 80, 160), (160, 40, 60)])
        self.page.ops.append(
            {"k": "stamp", "x": cx, "y": cy, "t": texts, "shape": shape, "c": color,
             "a": self.r.uniform(-25, 25)}
        )  # fmt: skip

    # text helpers
    def wrap(self, text: str, width: float, family: str, style: str, size: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and text_width(trial, family, style, size) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        if current:
            lines.append(current)
        return lines

    def line(
        self,
        text: str,
        style: str = "r",
        size: float | None = None,
        align: str = "left",
        x: float | None = None,
        family: str | None = None,
        hand: bool = False,
        advance: float | None = None,
        color: tuple[int, int, int] = INK,
    ) -> None:
        size = size or self.size
        fam = self.hand_family if hand else (family or self.family)
        lh = advance if advance is not None else size * self.leading
        self.ensure(lh)
        tw = text_width(text, fam, style, size)
        if align == "center":
            x0 = self.left + (self.width - tw) / 2
        elif align == "right":
            x0 = self.w - self.right - tw
        else:
            x0 = self.left if x is None else x
        self.put(x0, self.y + size * 0.85, text, family, style, size, color, hand)
        self.record(text)
        self.y += lh

    def para(
        self,
        text: str,
        style: str = "r",
        size: float | None = None,
        indent: float = 0,
        first: float = 0,
        justify: bool = False,
        family: str | None = None,
        hand: bool = False,
        width: float | None = None,
        after: float = 4,
    ) -> None:
        size = size or self.size
        fam = self.hand_family if hand else (family or self.family)
        x0 = self.left + indent
        avail = (width or self.width) - indent
        words = text.split()
        lines: list[list[str]] = []
        current: list[str] = []
        for word in words:
            limit = avail - (first if not lines else 0)
            if current and text_width(" ".join([*current, word]), fam, style, size) > limit:
                lines.append(current)
                current = [word]
            else:
                current.append(word)
        if current:
            lines.append(current)
        for i, ws in enumerate(lines):
            lh = size * self.leading
            self.ensure(lh)
            xs = x0 + (first if i == 0 else 0)
            base = self.y + size * 0.85
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1 and not hand:
                natural = sum(text_width(w, fam, style, size) for w in ws)
                space = (avail - (first if i == 0 else 0) - natural) / (len(ws) - 1)
                cx = xs
                for w in ws:
                    self.put(cx, base, w, family, style, size)
                    cx += text_width(w, fam, style, size) + space
            else:
                self.put(xs, base, " ".join(ws), family, style, size, INK, hand)
            self.record(" ".join(ws))
            self.y += lh
        self.y += after

    def kv(
        self,
        label: str,
        value: str,
        label_w: float,
        x: float | None = None,
        hand: bool = False,
        sep: str = ":",
        style: str = "r",
        size: float | None = None,
        dotted: bool = False,
        width: float | None = None,
    ) -> None:
        size = size or self.size
        x0 = self.left if x is None else x
        vx = x0 + label_w + 10
        vsize = size * 1.2 if hand else size
        fam = self.hand_family if hand else self.family
        avail = (width or (self.w - self.right - x0)) - label_w - 10
        lines = self.wrap(value, avail, fam, "r", vsize) if value else [""]
        for i, text in enumerate(lines):
            lh = max(size, vsize) * self.leading + (2 if hand else 0)
            self.ensure(lh)
            base = self.y + size * 0.85 + (1.5 if hand else 0)
            if i == 0:
                self.put(x0, base, label, None, style, size)
                if sep:
                    self.put(x0 + label_w, base, sep, None, "r", size)
            if dotted:
                self.hline(vx, x0 + label_w + 10 + avail, base + 2.5, 0.5, dash=True)
            if text:
                self.put(vx, base - (1 if hand else 0), text, None, "r", vsize, INK, hand)
            self.record(f"{label} {sep} {text}" if i == 0 else text)
            self.y += lh

    def numbered(
        self, items: list[str], indent: float = 18, marker: str = "{n}.", justify: bool = False
    ) -> None:
        for n, item in enumerate(items, 1):
            mark = marker.format(n=n, a="abcdefghij"[n - 1])
            self.ensure(self.size * self.leading)
            self.put(self.left + indent, self.y + self.size * 0.85, mark)
            start = len(self.page.lines)
            self.para(item, indent=indent + 18, justify=justify, after=1)
            if len(self.page.lines) > start:
                self.page.lines[start] = f"{mark} {self.page.lines[start]}"


# ----------------------------------------------------------------------------------------------
# Rendering: born-digital PDF (reportlab) and scan images (PIL)
# ----------------------------------------------------------------------------------------------

_RL_READY: list[bool] = []


def register_rl_fonts() -> None:
    if _RL_READY:
        return
    for family in ("dsans", "dserif", "dcond"):
        for i, name in enumerate(RL_FONTS[family]):
            pdfmetrics.registerFont(TTFont(name, str(FONT_FILES[family][i])))
    _RL_READY.append(True)


def star_points(
    cx: float, cy: float, outer: float, inner: float, n: int = 5
) -> list[tuple[float, float]]:
    pts = []
    for i in range(n * 2):
        rad = outer if i % 2 == 0 else inner
        ang = -math.pi / 2 + i * math.pi / n
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    return pts


def render_pdf(pages: list[Page], path: Path, title: str) -> None:
    register_rl_fonts()
    c = canvas.Canvas(str(path), pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    for page in pages:
        h = page.h
        c.setPageSize((page.w, page.h))
        for op in page.ops:
            k = op["k"]
            if k == "text":
                family = op["f"] if op["f"] in RL_FONTS else "serif"
                c.setFillColorRGB(*(v / 255 for v in op["c"]))
                c.setFont(RL_FONTS[family][STYLE[op["st"]]], op["z"])
                c.drawString(op["x"], h - op["y"], op["s"])
            elif k == "line":
                x1, y1, x2, y2 = op["p"]
                c.setLineWidth(op["lw"])
                c.setDash(1, 2) if op["dash"] else c.setDash()
                c.line(x1, h - y1, x2, h - y2)
                c.setDash()
            elif k == "rect":
                x, y, w, hh = op["b"]
                c.setLineWidth(op["lw"])
                if op["fill"]:
                    c.setFillColorRGB(*(v / 255 for v in op["fill"]))
                stroke = 1 if op["lw"] > 0 else 0
                if op["round"]:
                    c.roundRect(
                        x,
                        h - y - hh,
                        w,
                        hh,
                        op["round"],
                        stroke=stroke,
                        fill=1 if op["fill"] else 0,
                    )
                else:
                    c.rect(x, h - y - hh, w, hh, stroke=stroke, fill=1 if op["fill"] else 0)
            elif k == "ellipse":
                x, y, w, hh = op["b"]
                c.setLineWidth(op["lw"])
                c.ellipse(x, h - y - hh, x + w, h - y, stroke=1, fill=0)
            elif k == "tick":
                c.setLineWidth(1.2)
                x, y, z = op["x"], op["y"], op["z"]
                if op["cross"]:
                    c.line(x, h - y, x + z, h - y - z)
                    c.line(x + z, h - y, x, h - y - z)
                else:
                    c.line(x, h - y - z * 0.55, x + z * 0.35, h - y - z)
                    c.line(x + z * 0.35, h - y - z, x + z, h - y)
            elif k == "emblem":
                x, y, z = op["x"], op["y"], op["z"]
                c.setLineWidth(1.2)
                c.circle(x + z / 2, h - y - z / 2, z / 2)
                c.circle(x + z / 2, h - y - z / 2, z / 2 - 3)
                pts = star_points(x + z / 2, y + z / 2, z * 0.3, z * 0.12)
                path_ = c.beginPath()
                path_.moveTo(pts[0][0], h - pts[0][1])
                for px, py in pts[1:]:
                    path_.lineTo(px, h - py)
                path_.close()
                c.setFillColorRGB(0.1, 0.1, 0.1)
                c.drawPath(path_, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()


PAPER_TONE = {"white": (250, 250, 247), "lined": (252, 251, 244), "news": (233, 226, 205)}


def draw_stamp(layer: Image.Image, op: dict[str, Any], s: float) -> None:
    size = int(130 * s)
    tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    color = (*op["c"], 150)
    cx = cy = size
    if op["shape"] == "round":
        rad = size * 0.42
        d.ellipse(
            (cx - rad, cy - rad, cx + rad, cy + rad), outline=color, width=max(2, int(2.2 * s))
        )
        d.ellipse(
            (cx - rad * 0.72, cy - rad * 0.72, cx + rad * 0.72, cy + rad * 0.72), outline=color,
            width=max(1, int(1.2 * s)),
        )  # fmt: skip
        font = pil_font("sans", "b", int(7.5 * s))
        for i, text in enumerate(op["t"][:3]):
            d.text((cx, cy + (i - 1) * 10 * s), text, font=font, fill=color, anchor="mm")
    else:
        w, hh = size * 0.95, size * 0.5
        d.rectangle(
            (cx - w / 2, cy - hh / 2, cx + w / 2, cy + hh / 2),
            outline=color,
            width=max(2, int(2 * s)),
        )
        font = pil_font("sans", "b", int(8 * s))
        n = len(op["t"])
        for i, text in enumerate(op["t"]):
            d.text((cx, cy + (i - (n - 1) / 2) * 11 * s), text, font=font, fill=color, anchor="mm")
    tile = tile.rotate(op["a"], resample=Image.Resampling.BICUBIC)
    layer.alpha_composite(tile, (int(op["x"] * s - size), int(op["y"] * s - size)))


def draw_scribble(d: ImageDraw.ImageDraw, op: dict[str, Any], s: float) -> None:
    rr = random.Random(op["seed"])
    x, y, w, h = (v * s for v in op["b"])
    pts = []
    loops = rr.randint(3, 6)
    for i in range(160):
        t = i / 159
        px = x + w * t + math.sin(t * math.pi * 2 * loops) * w * 0.06
        py = y + h / 2 + math.sin(t * math.pi * loops + rr.random() * 0.2) * h * 0.4 * (1 - t * 0.5)
        pts.append((px, py))
    d.line(pts, fill=op["c"], width=max(2, int(1.3 * s)), joint="curve")
    d.line(
        [(x + w * 0.1, y + h * 0.85), (x + w * 0.9, y + h * 0.7)],
        fill=op["c"],
        width=max(1, int(s)),
    )


def render_page_image(page: Page, dpi: int) -> Image.Image:
    s = dpi / 72
    im = Image.new("RGB", (round(page.w * s), round(page.h * s)), PAPER_TONE[page.paper])
    d = ImageDraw.Draw(im)
    if page.paper == "lined":
        y = 70.0
        while y < page.h - 30:
            d.line(
                [(0, y * s), (page.w * s, y * s)], fill=(170, 190, 215), width=max(1, int(0.6 * s))
            )
            y += 22.0
        d.line(
            [(62 * s, 0), (62 * s, page.h * s)], fill=(220, 120, 120), width=max(1, int(0.8 * s))
        )
    overlays = []
    for op in page.ops:
        k = op["k"]
        if k == "text":
            font = pil_font(op["f"], op["st"], round(op["z"] * s))
            d.text((op["x"] * s, op["y"] * s), op["s"], font=font, fill=op["c"], anchor="ls")
        elif k == "line":
            x1, y1, x2, y2 = (v * s for v in op["p"])
            width = max(1, round(op["lw"] * s))
            if op["dash"]:
                length = math.hypot(x2 - x1, y2 - y1)
                steps = int(length / (3 * s))
                for i in range(0, steps, 2):
                    t0, t1 = i / max(steps, 1), min((i + 1) / max(steps, 1), 1)
                    d.line(
                        [
                            (x1 + (x2 - x1) * t0, y1 + (y2 - y1) * t0),
                            (x1 + (x2 - x1) * t1, y1 + (y2 - y1) * t1),
                        ],
                        fill=(60, 60, 60),
                        width=1,
                    )
            else:
                d.line([(x1, y1), (x2, y2)], fill=INK, width=width)
        elif k == "rect":
            x, y, w, h = (v * s for v in op["b"])
            width = round(op["lw"] * s)
            if op["round"]:
                d.rounded_rectangle(
                    (x, y, x + w, y + h),
                    radius=op["round"] * s,
                    fill=op["fill"],
                    outline=INK if width else None,
                    width=max(width, 0),
                )
            else:
                d.rectangle(
                    (x, y, x + w, y + h),
                    fill=op["fill"],
                    outline=INK if width else None,
                    width=max(width, 0),
                )
        elif k == "ellipse":
            x, y, w, h = (v * s for v in op["b"])
            d.ellipse(
                (x, y, x + w, y + h),
                outline=INK,
                fill=op["fill"],
                width=max(1, round(op["lw"] * s)),
            )
        elif k == "tick":
            x, y, z = op["x"] * s, op["y"] * s, op["z"] * s
            width = max(2, round(1.4 * s))
            j = op["j"] * z * 0.2
            if op["cross"]:
                d.line([(x - j, y), (x + z, y + z + j)], fill=op["c"], width=width)
                d.line([(x + z + j, y), (x, y + z)], fill=op["c"], width=width)
            else:
                d.line(
                    [(x - j, y + z * 0.5), (x + z * 0.35, y + z), (x + z * 1.1, y - z * 0.3 - j)],
                    fill=op["c"],
                    width=width,
                    joint="curve",
                )
        elif k == "emblem":
            x, y, z = op["x"] * s, op["y"] * s, op["z"] * s
            d.ellipse((x, y, x + z, y + z), outline=INK, width=max(2, round(1.5 * s)))
            d.ellipse(
                (x + 3 * s, y + 3 * s, x + z - 3 * s, y + z - 3 * s),
                outline=INK,
                width=max(1, round(s)),
            )
            d.polygon(star_points(x + z / 2, y + z / 2, z * 0.3, z * 0.12), fill=(30, 30, 30))
        elif k == "scribble":
            draw_scribble(d, op, s)
        elif k == "stamp":
            overlays.append(op)
    if overlays:
        layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
        for op in overlays:
            draw_stamp(layer, op, s)
        im = Image.alpha_composite(im.convert("RGBA"), layer).convert("RGB")
    return im


# ----------------------------------------------------------------------------------------------
# Shared letter parts
# ----------------------------------------------------------------------------------------------

FIELDS = (
    "applicant_name", "nik", "address", "phone", "email", "occupation", "information_requested",
    "purpose", "obtain_method", "delivery_method", "letter_number", "letter_date", "subject",
    "sender_org", "reference_registration_number", "objection_reason_code", "dispute_register_number",
)  # fmt: skip


@dataclass
class Letter:
    cls: str
    layout: str
    doc: Doc
    fields: dict[str, Any]
    handwritten: bool = False


def blank_fields(**values: Any) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(FIELDS)
    out.update(values)
    return out


def family_for(r: random.Random, digital: bool, options: list[str]) -> str:
    allowed = [f for f in options if f in DIGITAL_FAMILIES] if digital else options
    return pick(r, allowed or ["serif"])


def kop_center(doc: Doc, org: list[str], contact: list[str], emblem: bool = True) -> None:
    top = doc.y
    if emblem:
        doc.emblem(doc.left, top, 58, "garuda")
    for i, text in enumerate(org):
        doc.line(
            text,
            style="b",
            size=13.5 if i < len(org) - 1 or len(org) == 1 else 12.5,
            align="center",
            advance=16,
        )
    for text in contact:
        doc.line(text, size=8.8, align="center", advance=11)
    doc.y = max(doc.y, top + 62) + 2
    doc.hline(doc.left, doc.w - doc.right, doc.y, 2.2)
    doc.hline(doc.left, doc.w - doc.right, doc.y + 3, 0.6)
    doc.gap(14)


def kop_two_col(doc: Doc, org: list[str], contact: list[str], emblem: bool = True) -> None:
    top = doc.y
    x = doc.left + (62 if emblem else 0)
    left_w = doc.width * 0.6 - (62 if emblem else 0)
    right_w = doc.width * 0.37
    if emblem:
        doc.emblem(doc.left, top, 52, "org")
    y = top
    for i, text in enumerate(org):
        size = 13 if i == 0 else 10
        for part in doc.wrap(text, left_w, doc.family, "b" if i == 0 else "r", size):
            doc.put(x, y + size, part, style="b" if i == 0 else "r", size=size)
            doc.record(part)
            y += size * 1.25
    y2 = top
    for text in contact:
        for part in doc.wrap(text, right_w, doc.family, "r", 8.2):
            tw = text_width(part, doc.family, "r", 8.2)
            doc.put(doc.w - doc.right - tw, y2 + 8.2, part, size=8.2)
            doc.record(part)
            y2 += 10.5
    doc.y = max(y, y2, top + 54) + 4
    doc.hline(doc.left, doc.w - doc.right, doc.y, 1.4)
    doc.gap(14)


def yth_block(doc: Doc, r: random.Random, lines: list[str]) -> None:
    style = r.randrange(3)
    head = ["Kepada Yth.", "Yth.", "Kepada"][style]
    if style == 1:
        doc.line(f"Yth. {lines[0]}")
        rest = lines[1:]
    else:
        doc.line(head)
        rest = lines if style == 0 else [f"Yth. {lines[0]}", *lines[1:]]
    for text in rest:
        doc.line(text)
    doc.line(pick(r, ["di -", "di"]))
    doc.line(pick(r, ["      Palembang", "      Tempat", "Palembang"]))
    doc.gap(8)


def nomor_block(
    doc: Doc, r: random.Random, nomor: str | None, lampiran: str, hal: str, place_date: str | None,
    labels: tuple[str, str, str] = ("Nomor", "Lampiran", "Perihal"), sifat: str | None = None,
) -> None:  # fmt: skip
    rows = []
    if nomor is not None:
        rows.append((labels[0], nomor))
    if sifat:
        rows.append(("Sifat", sifat))
    rows += [(labels[1], lampiran), (labels[2], hal)]
    if place_date:
        tw = text_width(place_date, doc.family, "r", doc.size)
        doc.put(doc.w - doc.right - tw, doc.y + doc.size * 0.85, place_date)
        doc.record(place_date)
    for label, value in rows:
        doc.kv(label, value, 52, width=doc.width * (0.62 if place_date else 1.0))
    doc.gap(10)


def sign_block(
    doc: Doc, r: random.Random, above: list[str], name: str, below: list[str], x: float | None = None,
    stamp: list[str] | None = None, underline: bool = True, scribble: bool = True, hand: bool = False,
) -> None:  # fmt: skip
    x = doc.left + doc.width * 0.55 if x is None else x
    doc.ensure(110)
    for text in above:
        doc.line(text, x=x)
    top = doc.y
    if scribble:
        doc.scribble(x + r.uniform(0, 30), top + 2, r.uniform(70, 120), 38)
    if stamp:
        doc.stamp(x - r.uniform(-5, 25), top + 22, stamp, "round")
    doc.gap(48)
    style = "r" if hand else "b"
    doc.line(name, x=x, style=style, hand=hand)
    if underline and not hand:
        doc.hline(x, x + text_width(name, doc.family, "b", doc.size), doc.y - doc.size * 0.2, 0.7)
    for text in below:
        doc.line(text, x=x)


def received_stamp(doc: Doc, r: random.Random, when: date) -> None:
    got = when + timedelta(days=r.randint(0, 6))
    page = doc.pages[0]
    op = {
        "k": "stamp", "x": page.w - r.uniform(110, 170), "y": r.uniform(120, 260),
        "t": ["DITERIMA", "PPID KPU PROV. SUMSEL", f"Tgl: {fmt_date(got, 'dash')}",
              f"No. Agenda: {r.randint(12, 980):04d}"],
        "shape": "rect", "c": pick(r, [(150, 30, 50), (40, 60, 160)]), "a": r.uniform(-8, 8),
    }  # fmt: skip
    page.ops.append(op)
    page.lines.extend(op["t"])


def ktp_page(doc: Doc, r: random.Random, p: Person) -> None:
    doc.new_page()
    doc.line(pick(r, ["Lampiran: Fotokopi KTP", "FOTOKOPI KTP-el PEMOHON", "Lampiran"]), style="b")
    doc.gap(20)
    x, y, w, h = doc.left + 30, doc.y, 330, 210
    doc.rect(x, y, w, h, 1.0, fill=(214, 228, 240), round_=10)
    saved = doc.left, doc.family, doc.size
    doc.left, doc.family, doc.size = x + 12, "sans", 8.4
    doc.y = y + 8
    doc.line(f"PROVINSI {'SUMATERA SELATAN'}", style="b", size=9.5, x=x + 90)
    doc.line(
        p.region.kab, style="b", size=9.5, x=x + 90 + max(0, (150 - len(p.region.kab) * 5) / 2)
    )
    rows = [
        ("NIK", p.nik), ("Nama", p.bare.upper()),
        ("Tempat/Tgl Lahir", f"{p.birth_place.upper()}, {fmt_date(p.birth, 'dash')}"),
        ("Jenis Kelamin", "PEREMPUAN" if p.female else "LAKI-LAKI"),
        ("Alamat", p.street.upper()), ("RT/RW", f"{p.rt:03d}/{p.rw:03d}"), ("Kel/Desa", p.kel.upper()),
        ("Kecamatan", p.kec.upper()), ("Agama", p.religion), ("Status Perkawinan", p.married),
        ("Pekerjaan", p.occupation.upper()), ("Kewarganegaraan", "WNI"), ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]  # fmt: skip
    for label, value in rows:
        doc.kv(
            label,
            value,
            72,
            size=9.6 if label == "NIK" else 8.2,
            style="b" if label == "NIK" else "r",
            width=245,
        )
    doc.rect(x + w - 80, y + 45, 62, 80, 0.6, fill=(190, 196, 205))
    doc.ellipse(x + w - 64, y + 58, 30, 34, 0.6, fill=(150, 155, 165))
    doc.left, doc.family, doc.size = saved
    doc.y = y + h + 24
    if r.random() < 0.6:
        doc.line("Sesuai dengan aslinya,", x=doc.left + 240, hand=True)
        doc.scribble(doc.left + 250, doc.y, 80, 30)
        doc.gap(34)


def request_info_items(r: random.Random) -> list[str]:
    return r.sample(INFORMATION, r.choice([1, 1, 1, 2, 2, 3]))


def obtain_delivery(r: random.Random) -> tuple[str | None, str | None]:
    obtain = r.choices(
        ["melihat", "salinan", "salinan_hardcopy", "salinan_softcopy", None], [12, 14, 20, 40, 14]
    )[0]
    if obtain in (None, "melihat"):
        return obtain, None
    if obtain == "salinan_softcopy":
        return obtain, r.choices(["email", None, "mengambil_langsung"], [70, 20, 10])[0]
    return obtain, r.choices(
        ["mengambil_langsung", "kurir", "pos", "faksimili", None], [35, 20, 20, 5, 20]
    )[0]


def obtain_sentence(r: random.Random, obtain: str | None, delivery: str | None) -> str | None:
    if obtain is None:
        return None
    text = pick(r, OBTAIN_WORDS[obtain])
    if delivery:
        text += " " + pick(r, DELIVERY_WORDS[delivery])
    return text[0].upper() + text[1:] + "."


def join_items(items: list[str]) -> str:
    return "; ".join(i.rstrip(";.") for i in items)


def lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if not text[:2].isupper() else text


ORGS = [
    {"name": "SRIWIJAYA CORRUPTION WATCH", "sub": "Perkumpulan Pemantau Anggaran Publik", "short": "SCW",
     "addr": "Jl. Sultan Mansyur No. 14, 32 Ilir, Palembang 30145", "tel": "(0711) 358214",
     "mail": "sekretariat@sriwijayawatch.or.id", "code": "SCW", "role": "Koordinator Badan Pekerja", "id": "NIK"},
    {"name": "LEMBAGA KAJIAN KEBIJAKAN PUBLIK MUSI", "sub": "Akta Notaris No. 12 Tahun 2019", "short": "LK2PM",
     "addr": "Jl. Mayor Ruslan No. 88, Palembang 30113", "tel": "0812-7811-4420", "mail": "lk2p.musi@gmail.com",
     "code": "LK2PM", "role": "Direktur Eksekutif", "id": "NIK"},
    {"name": "FORUM PEMANTAU PEMILU SUMATERA SELATAN", "sub": "(FORPPES)", "short": "FORPPES",
     "addr": "Jl. Angkatan 45 Lr. Pancasila No. 3, Palembang", "tel": "(0711) 315667", "mail": "info@forppes.org",
     "code": "FORPPES", "role": "Ketua Presidium", "id": "NIK"},
    {"name": "PUSAT KAJIAN DEMOKRASI DAN TATA KELOLA PEMILU", "sub": "FISIP Universitas Sriwijaya", "short": "PKD FISIP",
     "addr": "Jl. Raya Palembang-Prabumulih Km. 32, Indralaya, Ogan Ilir 30662", "tel": "(0711) 580572",
     "mail": "pkd@fisip.unsri.ac.id", "code": "UN9.FISIP/PKD", "role": "Kepala Pusat", "id": "NIP"},
    {"name": "LABORATORIUM HUKUM TATA NEGARA", "sub": "Fakultas Syariah dan Hukum UIN Raden Fatah", "short": "Lab HTN",
     "addr": "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A Km. 3,5, Palembang 30126", "tel": "(0711) 354668",
     "mail": "lab.htn@radenfatah.ac.id", "code": "Un.09/FSH/PP.00.9", "role": "Kepala Laboratorium", "id": "NIDN"},
    {"name": "YAYASAN SUAR KEADILAN", "sub": "SK Kemenkumham No. AHU-0012345.AH.01.04 Tahun 2021", "short": "Suar",
     "addr": "Komp. Bukit Sejahtera Blok BK-12, Palembang 30139", "tel": "0821-7700-1928",
     "mail": "suarkeadilan.plg@yahoo.com", "code": "YSK", "role": "Ketua Pengurus", "id": "NIK"},
    {"name": "BADAN EKSEKUTIF MAHASISWA", "sub": "Universitas Muhammadiyah Palembang", "short": "BEM UMP",
     "addr": "Jl. Jenderal Ahmad Yani 13 Ulu, Palembang 30263", "tel": "0895-6201-7734",
     "mail": "bem@um-palembang.ac.id", "code": "BEM-UMP", "role": "Presiden Mahasiswa", "id": "NIM"},
]  # fmt: skip
LAW_FIRMS = [
    {"name": "KANTOR HUKUM ARDIANSYAH, HASIBUAN & PARTNERS", "sub": "Advocates & Legal Consultants",
     "addr": "Jl. Kapten Rivai No. 1212 Lt. 2, Palembang 30129", "tel": "(0711) 357700", "mail": "office@ahp-law.co.id",
     "code": "AHP"},
    {"name": "RUSDI TAMBUNAN, S.H., M.H. & REKAN", "sub": "Advokat - Konsultan Hukum",
     "addr": "Jl. Demang Lebar Daun No. 47 C, Palembang", "tel": "0813-6720-5511", "mail": "rtr.lawoffice@gmail.com",
     "code": "RT&R"},
    {"name": "LEMBAGA BANTUAN HUKUM RAKYAT SRIWIJAYA", "sub": "Pos Bantuan Hukum Terakreditasi",
     "addr": "Jl. Srijaya Negara Lr. Rukun No. 9, Palembang 30139", "tel": "(0711) 411290", "mail": "lbhrakyat.sriwijaya@gmail.com",
     "code": "LBH-RS"},
]  # fmt: skip


def org_number(r: random.Random, code: str, d: date) -> str:
    n = r.randint(3, 420)
    return pick(r, [
        f"{n:03d}/{code}/{ROMAN[d.month - 1]}/{d.year}",
        f"{n}/SK/{code}/{ROMAN[d.month - 1]}/{d.year}",
        f"{n:03d}/Srt-{code}/{d.month:02d}.{d.year}",
        f"B-{n}/{code}/TU.00.01/{d.year}",
        f"No. {n:02d}/{code}/Ext/{d.year}",
    ])  # fmt: skip


def nip(r: random.Random) -> str:
    y = r.randint(1968, 1992)
    return f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d} {y + r.randint(22, 30)}{r.randint(1, 12):02d} {r.randint(1, 2)} {r.randint(1, 20):03d}"


# ----------------------------------------------------------------------------------------------
# Layouts: information requests
# ----------------------------------------------------------------------------------------------

START = date(2025, 7, 1)


def table_rows(
    doc: Doc, rows: list[tuple[str, str]], label_w: float, size: float, pad: float = 4
) -> None:
    x0, x1 = doc.left, doc.w - doc.right
    for label, value in rows:
        vl = doc.wrap(value or "-", x1 - x0 - label_w - 2 * pad, doc.family, "r", size)
        ll = doc.wrap(label, label_w - 2 * pad, doc.family, "b", size)
        h = max(len(vl), len(ll)) * size * 1.3 + 2 * pad
        doc.ensure(h)
        top = doc.y
        doc.rect(x0, top, x1 - x0, h, 0.6)
        doc.rect(x0, top, label_w, h, 0.6, fill=(238, 238, 238))
        for i, text in enumerate(ll):
            doc.put(x0 + pad, top + pad + size * (0.9 + 1.3 * i), text, style="b", size=size)
        for i, text in enumerate(vl):
            doc.put(x0 + label_w + pad, top + pad + size * (0.9 + 1.3 * i), text, size=size)
        doc.record(f"{' '.join(ll)} {vl[0]}")
        for text in vl[1:]:
            doc.record(text)
        doc.y = top + h


def lay_eppid_printout(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["dsans", "sans", "dcond", "narrow"])
    doc = Doc(r, "A4", fam, 9.5, (42, 42, 34, 40))
    p = make_person(r, titled=0.15)
    when = working_day(r, START, 365)
    stamp = f"{fmt_date(when, 'slash')} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} WIB"
    doc.put(
        doc.left,
        22,
        f"{when.day:02d}/{when.month:02d}/{when.year % 100:02d} {r.randint(8, 16)}.{r.randint(10, 59)}",
        size=7.5,
    )
    doc.put(doc.w / 2 - 90, 22, "e-PPID KPU Prov. Sumsel - Bukti Permohonan", size=7.5)
    doc.rect(doc.left, doc.y, doc.width, 46, 0, fill=(226, 226, 230))
    doc.put(doc.left + 12, doc.y + 22, "e-PPID", style="b", size=18)
    doc.put(doc.left + 92, doc.y + 17, "Pejabat Pengelola Informasi dan Dokumentasi", size=9)
    doc.put(
        doc.left + 92,
        doc.y + 31,
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        style="b",
        size=9.5,
    )
    doc.record("e-PPID Pejabat Pengelola Informasi dan Dokumentasi")
    doc.record("Komisi Pemilihan Umum Provinsi Sumatera Selatan")
    doc.y += 58
    doc.line("Bukti Pengajuan Permohonan Informasi Publik", style="b", size=12.5)
    doc.line(
        f"Permohonan Anda telah kami terima pada {stamp}. Simpan bukti ini untuk melacak status permohonan.",
        size=8.8,
    )
    doc.line(
        f"ID Permohonan: #PMH-{when.year % 100}{when.month:02d}-{r.randint(100, 9999):04d}",
        style="b",
        size=9.5,
    )
    doc.gap(6)
    obtain, delivery = obtain_delivery(r)
    ob_text = {
        "melihat": "Melihat / membaca / mendengarkan / mencatat", "salinan": "Mendapatkan salinan informasi",
        "salinan_hardcopy": "Mendapatkan salinan informasi (hardcopy)",
        "salinan_softcopy": "Mendapatkan salinan informasi (softcopy)", None: "-",
    }[obtain]  # fmt: skip
    dl_text = {"mengambil_langsung": "Mengambil langsung", "kurir": "Kurir", "pos": "Pos", "faksimili": "Faksimili",
               "email": "E-mail", None: "-"}[delivery]  # fmt: skip
    items = request_info_items(r)
    info = (
        join_items(items)
        if len(items) == 1
        else " ".join(f"({i}) {t};" for i, t in enumerate(items, 1)).rstrip(";")
    )
    purpose = pick(r, PURPOSES)
    rows = [
        ("Jenis Pemohon", "Perorangan"), ("Nama Lengkap", p.name), ("NIK", p.nik), ("Alamat", p.address),
        ("Pekerjaan", p.occupation), ("No. HP / WhatsApp", p.phone), ("E-mail", p.email),
        ("Kategori Informasi", pick(r, ["Informasi Tahapan Pemilu/Pemilihan", "Informasi KPU sebagai Badan Publik"])),
        ("Rincian Informasi", info), ("Tujuan Penggunaan", purpose), ("Cara Memperoleh Informasi", ob_text),
        ("Cara Mendapatkan Salinan", dl_text), ("Lampiran Identitas", f"ktp_{p.nik[-4:]}.jpg (terunggah)"),
    ]  # fmt: skip
    table_rows(doc, rows, 150, 9.2)
    doc.gap(14)
    doc.para("Catatan: Permohonan akan ditindaklanjuti paling lambat 10 (sepuluh) hari kerja sejak diterima. Status "
             "permohonan dapat dipantau melalui menu Lacak Permohonan.", size=8.5)  # fmt: skip
    doc.put(
        doc.left,
        doc.h - 22,
        f"https://ppid.sumsel.kpu.go.id/permohonan/cetak/{r.randrange(16**8):08x}",
        size=7.5,
    )
    doc.put(doc.w - doc.right - 20, doc.h - 22, "1/1", size=7.5)
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164, email=p.email,
        occupation=p.occupation, information_requested=join_items(items), purpose=purpose,
        obtain_method=obtain, delivery_method=delivery, letter_date=when.isoformat(),
    )  # fmt: skip
    return Letter("permohonan_informasi", "eppid_printout", doc, fields)


def lay_org_letter(r: random.Random, digital: bool) -> Letter:
    org = pick(r, ORGS)
    fam = family_for(r, digital, ["serif", "dserif", "book", "century", "pala", "sans"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 11, (68, 60, 44, 56))
    when = working_day(r, START, 365)
    kop_two_col(
        doc,
        [org["name"], org["sub"]],
        [org["addr"], f"Telp. {org['tel']}", f"E-mail: {org['mail']}"],
    )
    number = org_number(r, org["code"], when)
    hal = pick(r, ["Permohonan Informasi Publik", "Permohonan Data dan Informasi", "Permintaan Salinan Dokumen",
                   "Permohonan Informasi"])  # fmt: skip
    nomor_block(doc, r, number, pick(r, ["1 (satu) berkas", "-", "2 (dua) lembar"]), hal,
                f"Palembang, {fmt_date(when, any_date(r))}")  # fmt: skip
    yth_block(doc, r, pick(r, [
        ["Pejabat Pengelola Informasi dan Dokumentasi (PPID)", "Komisi Pemilihan Umum Provinsi Sumatera Selatan"],
        ["PPID KPU Provinsi Sumatera Selatan", KPU_PROV.replace(" Palembang 30129", "")],
        ["Ketua KPU Provinsi Sumatera Selatan", "c.q. PPID KPU Provinsi Sumatera Selatan"],
    ]))  # fmt: skip
    doc.line("Dengan hormat,")
    signer = make_person(r, titled=0.8)
    items = request_info_items(r)
    purpose = pick(r, PURPOSES)
    doc.para(f"Dalam rangka pelaksanaan program kerja {org['short']} dan berdasarkan Undang-Undang Nomor 14 Tahun "
             "2008 tentang Keterbukaan Informasi Publik, bersama ini kami mengajukan permohonan informasi publik "
             "sebagai berikut:", justify=True, first=24)  # fmt: skip
    doc.numbered([*[i + ";" for i in items[:-1]], items[-1] + "."], justify=True)
    doc.gap(4)
    obtain, delivery = obtain_delivery(r)
    sentence = obtain_sentence(r, obtain, delivery) or ""
    doc.para(
        f"Informasi tersebut akan kami gunakan untuk {lower_first(purpose)}. {sentence}",
        justify=True,
        first=24,
    )
    doc.para("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima "
             "kasih.", justify=True, first=24)  # fmt: skip
    id_kind = org["id"]
    id_value = {
        "NIK": signer.nik,
        "NIP": nip(r),
        "NIDN": f"02{r.randint(10**7, 10**8 - 1)}",
        "NIM": f"5{r.randint(10**9, 10**10 - 1)}",
    }[id_kind]
    sign_block(doc, r, ["Hormat kami,", org["short"], f"{org['role']},"], signer.name,
               [f"{id_kind}. {id_value}"], stamp=[org["short"], org["code"][:14]])  # fmt: skip
    if r.random() < 0.4:
        doc.gap(6)
        doc.line("Tembusan:", size=9.5)
        doc.line("1. Komisi Informasi Provinsi Sumatera Selatan", size=9.5)
        doc.line("2. Arsip", size=9.5)
    fields = blank_fields(
        applicant_name=signer.name, nik=signer.nik if id_kind == "NIK" else None, address=org["addr"],
        phone=make_e164(org["tel"]), email=org["mail"], information_requested=join_items(items),
        purpose=purpose, obtain_method=obtain, delivery_method=delivery, letter_number=number,
        letter_date=when.isoformat(), subject=hal, sender_org=org["name"],
    )  # fmt: skip
    if id_kind == "NIK" and r.random() < 0.35:
        ktp_page(doc, r, replace_person_name(signer))
    return Letter("permohonan_informasi", "org_letter_2col", doc, fields)


def make_e164(shown: str) -> str:
    digits = "".join(ch for ch in shown if ch.isdigit())
    return "+62" + digits[1:] if digits.startswith("0") else "+" + digits


def replace_person_name(p: Person) -> Person:
    return p


def citizen_identity(doc: Doc, r: random.Random, p: Person, hand: bool, with_email: bool) -> None:
    rows = [("Nama", p.name)]
    if r.random() < 0.5:
        rows.append(
            ("Tempat/Tgl. Lahir", f"{p.birth_place}, {fmt_date(p.birth, any_date(r, False))}")
        )
    rows.append((pick(r, ["NIK", "No. KTP", "NIK/No. KTP"]), p.nik))
    rows.append(("Pekerjaan", p.occupation))
    rows.append(("Alamat", p.address))
    rows.append((pick(r, ["No. HP", "No. Telp/HP", "Telepon", "Nomor WA"]), p.phone))
    if with_email:
        rows.append(("E-mail", p.email))
    if r.random() < 0.3:
        rows.insert(3, rows.pop(4))
    for label, value in rows:
        doc.kv(label, value, 96, x=doc.left + 18, hand=hand)
    doc.gap(6)


def lay_citizen_kv(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["mono", "serif", "book", "century", "dserif", "pala"])
    doc = Doc(
        r, pick(r, ["A4", "F4", "Letter"]), fam, 11 if fam != "mono" else 10.5, (70, 64, 60, 60)
    )
    p = make_person(r, titled=0.3)
    when = working_day(r, START, 365)
    place = p.region.city if r.random() < 0.7 else "Palembang"
    doc.line(f"{place}, {fmt_date(when, any_date(r))}", align="right")
    doc.gap(6)
    subject = None
    if r.random() < 0.7:
        subject = pick(r, ["Permohonan Informasi Publik", "Permohonan Informasi", "Permintaan Informasi",
                           "Permohonan Salinan Dokumen"])  # fmt: skip
        doc.kv(pick(r, ["Hal", "Perihal"]), subject, 48)
        doc.gap(8)
    yth_block(doc, r, ["PPID KPU Provinsi Sumatera Selatan"])
    doc.line("Dengan hormat,")
    doc.line("Saya yang bertanda tangan di bawah ini:")
    with_email = r.random() < 0.55
    citizen_identity(doc, r, p, False, with_email)
    items = request_info_items(r)
    purpose = pick(r, PURPOSES)
    if len(items) == 1:
        doc.para(
            f"dengan ini mengajukan permohonan informasi publik berupa {items[0]}.", justify=True
        )
    else:
        doc.para("dengan ini mengajukan permohonan informasi publik berupa:", justify=True)
        doc.numbered([*[i + ";" for i in items[:-1]], items[-1] + "."], marker="{a}.", justify=True)
    doc.para(
        f"Adapun tujuan penggunaan informasi tersebut adalah untuk {lower_first(purpose)}.",
        justify=True,
    )
    obtain, delivery = obtain_delivery(r)
    if delivery == "email" and not with_email:
        delivery = None
    sentence = obtain_sentence(r, obtain, delivery)
    if sentence:
        doc.para(sentence, justify=True)
    doc.para("Sebagai kelengkapan, bersama ini saya lampirkan fotokopi KTP. Demikian permohonan ini saya sampaikan, "
             "atas perhatiannya saya ucapkan terima kasih.", justify=True)  # fmt: skip
    sign_block(doc, r, ["Hormat saya,", "Pemohon,"], p.name, [])
    if r.random() < 0.4:
        ktp_page(doc, r, p)
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164,
        email=p.email if with_email else None, occupation=p.occupation,
        information_requested=join_items(items), purpose=purpose, obtain_method=obtain,
        delivery_method=delivery, letter_date=when.isoformat(), subject=subject,
    )  # fmt: skip
    return Letter("permohonan_informasi", "citizen_plain_kv", doc, fields)


def prose_request(doc: Doc, r: random.Random, p: Person, hand: bool) -> dict[str, Any]:
    items = request_info_items(r)[:2]
    purpose = pick(r, PURPOSES)
    with_email = r.random() < 0.5
    job = lower_first(p.occupation)
    intro = pick(r, [
        f"Saya, {p.name}, {job}, pemegang NIK {p.nik}, bertempat tinggal di {p.address},",
        f"Perkenalkan, nama saya {p.name}, NIK {p.nik}, pekerjaan {job}, beralamat di {p.address}.",
        f"Yang bertanda tangan di bawah ini {p.name} (NIK {p.nik}), seorang {job}, alamat {p.address},",
    ])  # fmt: skip
    if intro.endswith("."):
        body = f"{intro} Dengan surat ini saya bermaksud meminta informasi mengenai {' serta '.join(items)}."
    else:
        body = f"{intro} dengan ini memohon informasi publik mengenai {' serta '.join(items)}."
    doc.para(body, justify=not hand, first=0 if hand else 24, hand=hand)
    doc.para(
        f"Informasi itu saya perlukan untuk {lower_first(purpose)}.",
        hand=hand,
        first=0 if hand else 24,
    )
    obtain, delivery = obtain_delivery(r)
    if delivery == "email" and not with_email:
        delivery = None
    sentence = obtain_sentence(r, obtain, delivery)
    contact = f"Saya dapat dihubungi di nomor {p.phone}" + (
        f" atau surel {p.email}." if with_email else "."
    )
    doc.para(
        f"{sentence or ''} {contact}".strip(), hand=hand, first=0 if hand else 24, justify=not hand
    )
    return {
        "applicant_name": p.name, "nik": p.nik, "address": p.address, "phone": p.phone_e164,
        "email": p.email if with_email else None, "occupation": p.occupation,
        "information_requested": join_items(items), "purpose": purpose, "obtain_method": obtain,
        "delivery_method": delivery,
    }  # fmt: skip


def lay_citizen_prose(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "sans", "dsans", "gothic", "book"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 11.5, (76, 70, 70, 60))
    p = make_person(r, titled=0.25)
    when = working_day(r, START, 365)
    doc.line(pick(r, ["Kepada Yth.", "Yth."]))
    doc.line("Bapak/Ibu PPID")
    doc.line("KPU Provinsi Sumatera Selatan")
    doc.line(KPU_PROV)
    doc.gap(14)
    doc.line("Dengan hormat,")
    values = prose_request(doc, r, p, False)
    doc.para("Terima kasih atas perhatian Bapak/Ibu.", first=24)
    doc.gap(6)
    doc.line(f"{p.region.city}, {fmt_date(when, any_date(r))}", x=doc.left + doc.width * 0.55)
    sign_block(doc, r, ["Hormat saya,"], p.name, [])
    return Letter(
        "permohonan_informasi",
        "citizen_prose",
        doc,
        blank_fields(**values, letter_date=when.isoformat()),
    )


def email_header_dates(r: random.Random, when: date) -> tuple[str, str]:
    hour, minute = r.randint(6, 23), r.randint(0, 59)
    if r.random() < 0.5:
        return (f"{HARI3[when.weekday()]}, {when.day} {BULAN3[when.month - 1]} {when.year} pukul {hour:02d}.{minute:02d}",
                "id")  # fmt: skip
    h12 = hour % 12 or 12
    return (f"{EN_DAY[when.weekday()]}, {EN_MON[when.month - 1]} {when.day}, {when.year} at {h12}:{minute:02d} "
            f"{'PM' if hour >= 12 else 'AM'}", "en")  # fmt: skip


def lay_email_forward(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["sans", "dsans", "narrow"])
    doc = Doc(r, "A4", fam, 9.8, (46, 46, 36, 40))
    p = make_person(r, titled=0.1)
    when = working_day(r, START, 365)
    fwd = when + timedelta(days=r.randint(0, 3))
    subject = pick(r, ["Permohonan Informasi Publik", "Permohonan data", "Permintaan informasi DPT",
                       "permohonan salinan dokumen", "Mohon informasi anggaran Pilkada 2024"])  # fmt: skip
    doc.put(
        doc.left, 22, f"{fmt_date(fwd, 'slash')} {r.randint(8, 15)}.{r.randint(10, 59)}", size=7.5
    )
    doc.put(doc.w / 2 - 60, 22, f"Gmail - Fwd: {subject}"[:60], size=7.5)
    doc.line("Gmail", style="b", size=16, advance=20)
    doc.line("PPID KPU Provinsi Sumatera Selatan <ppid.sumsel@kpu.go.id>", align="right", size=8.5)
    doc.hline(doc.left, doc.w - doc.right, doc.y, 0.6)
    doc.gap(8)
    doc.line(f"Fwd: {subject}", style="b", size=13)
    doc.line("1 pesan", size=8.5)
    doc.hline(doc.left, doc.w - doc.right, doc.y, 0.6)
    doc.gap(8)
    fwd_label, _ = email_header_dates(r, fwd)
    doc.line(f"Humas KPU Sumsel <humas.sumsel@kpu.go.id>        {fwd_label}", style="b", size=9)
    doc.line("Kepada: ppid.sumsel@kpu.go.id", size=9)
    doc.gap(8)
    orig_label, lang = email_header_dates(r, when)
    doc.line("---------- Forwarded message ---------")
    display = p.bare.lower() if r.random() < 0.3 else p.bare
    labels = (
        ("Dari", "Date", "Subject", "To")
        if lang == "id" and r.random() < 0.5
        else ("From", "Date", "Subject", "To")
    )
    doc.line(f"{labels[0]}: {display} <{p.email}>")
    doc.line(f"{labels[1]}: {orig_label}")
    doc.line(f"{labels[2]}: {subject}")
    doc.line(f"{labels[3]}: <info.sumsel@kpu.go.id>")
    doc.gap(10)
    doc.line(
        pick(
            r,
            [
                "Yth. Admin PPID KPU Provinsi Sumsel,",
                "Selamat siang Bapak/Ibu,",
                "Kepada Yth. PPID KPU Sumsel",
            ],
        )
    )
    doc.gap(4)
    values = prose_request(doc, r, p, False)
    if values["obtain_method"] is None and r.random() < 0.6:
        values["obtain_method"], values["delivery_method"] = "salinan_softcopy", "email"
        doc.para("Mohon data dikirim dalam bentuk softcopy ke email ini saja.")
    doc.para("Terima kasih atas bantuannya.")
    doc.line("Salam,")
    doc.line(p.name)
    doc.put(
        doc.left,
        doc.h - 22,
        f"https://mail.google.com/mail/u/0/?ik={r.randrange(16**10):010x}&view=pt&search=all",
        size=7,
    )
    doc.put(doc.w - doc.right - 20, doc.h - 22, "1/1", size=7)
    fields = blank_fields(**values, letter_date=when.isoformat(), subject=subject)
    return Letter("permohonan_informasi", "email_forward", doc, fields)


def checkbox(doc: Doc, x: float, y: float, ticked: bool, hand: bool, size: float = 8.5) -> None:
    doc.rect(x, y, size, size, 0.7)
    if ticked:
        doc.tick(x + 1, y + 0.5, size - 1.5, hand, cross=doc.r.random() < 0.3)


def comb(doc: Doc, x: float, y: float, digits: str, hand: bool, cell: float = 13) -> None:
    for i in range(16):
        doc.rect(x + i * cell, y, cell, cell + 3, 0.5)
        if i < len(digits):
            size = 11 if hand else 10
            cx = (
                x
                + i * cell
                + (cell - text_width(digits[i], "hand" if hand else doc.family, "r", size)) / 2
            )
            doc.put(cx, y + cell - 1, digits[i], size=size, hand=hand)


def lay_ppid_b_grid(r: random.Random, digital: bool) -> Letter:
    hand = not digital and r.random() < 0.92
    fam = family_for(r, digital, ["sans", "dsans", "narrow", "dcond"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 9.3, (44, 44, 40, 40))
    p = make_person(r, titled=0.1 if hand else 0.3)
    if hand:
        p.address = p.address.replace(",", "").replace("  ", " ")
    when = working_day(r, START, 365)
    doc.rect(doc.w - doc.right - 90, doc.y, 90, 18, 0.8)
    doc.put(doc.w - doc.right - 82, doc.y + 12.5, "Model PPID-B", style="b", size=9)
    doc.record("Model PPID-B")
    doc.gap(24)
    doc.line("KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", style="b", size=11, align="center")
    doc.line("FORMULIR PERMINTAAN INFORMASI PUBLIK", style="b", size=13, align="center")
    doc.line(
        "(Rangkap dua: lembar 1 untuk Petugas, lembar 2 untuk Pemohon)", size=8, align="center"
    )
    doc.gap(6)
    x0, x1 = doc.left, doc.w - doc.right
    lw = 150
    reg = reg_number(r, when) if r.random() < 0.4 else None
    obtain, delivery = obtain_delivery(r)
    items = request_info_items(r)[:2]
    purpose = pick(r, PURPOSES)
    with_email = r.random() < 0.6
    rows: list[tuple[str, Any]] = [
        ("No. Pendaftaran (diisi petugas)", reg or ""), ("Nama Pemohon", p.name), ("NIK", "COMB"),
        ("Alamat", p.address), ("Pekerjaan", p.occupation), ("No. Telp / HP", p.phone),
        ("E-mail", p.email if with_email else ""), ("Kategori Informasi", "KAT"),
        ("Rincian Informasi yang Dibutuhkan", join_items(items)), ("Tujuan Penggunaan Informasi", purpose),
        ("Cara Memperoleh Informasi", "OBT"), ("Cara Mendapatkan Salinan Informasi", "DLV"),
    ]  # fmt: skip
    vsize = 11.5 if hand else 9.3
    for label, value in rows:
        top = doc.y
        if value == "COMB":
            h = 24
            comb(doc, x0 + lw + 6, top + 5, p.nik, hand)
            doc.record(f"{label} {p.nik}")
        elif value in ("KAT", "OBT", "DLV"):
            opts = {
                "KAT": [("Informasi Tahapan Pemilu/Pemilihan", r.random() < 0.5), ("Informasi KPU sebagai Badan Publik", False)],
                "OBT": [("Melihat/membaca/mendengarkan/mencatat", obtain == "melihat"),
                        ("Mendapatkan salinan informasi", obtain is not None and obtain != "melihat"),
                        ("Hardcopy", obtain == "salinan_hardcopy"), ("Softcopy", obtain == "salinan_softcopy")],
                "DLV": [("Mengambil langsung", delivery == "mengambil_langsung"), ("Kurir", delivery == "kurir"),
                        ("Pos", delivery == "pos"), ("Faksimili", delivery == "faksimili"), ("E-mail", delivery == "email")],
            }[value]  # fmt: skip
            if value == "KAT" and not opts[0][1]:
                opts[1] = (opts[1][0], True)
            cx, cy = x0 + lw + 6, top + 5
            parts = []
            for text, ticked in opts:
                tw = text_width(text, doc.family, "r", 8.6) + 26
                if cx + tw > x1:
                    cx, cy = x0 + lw + 6, cy + 13
                checkbox(doc, cx, cy, ticked, hand)
                doc.put(cx + 12, cy + 7.5, text, size=8.6)
                parts.append(f"[{'v' if ticked else ' '}] {text}")
                cx += tw
            h = cy - top + 16
            doc.record(f"{label} {' '.join(parts)}")
        else:
            lines = (
                doc.wrap(value, x1 - x0 - lw - 12, "hand" if hand else doc.family, "r", vsize)
                if value
                else [""]
            )
            h = (
                max(2, len(lines)) * vsize * 1.25 + 8
                if label.startswith("Rincian")
                else len(lines) * vsize * 1.25 + 8
            )
            for i, text in enumerate(lines):
                if text:
                    doc.put(
                        x0 + lw + 6, top + 4 + vsize * (1.0 + 1.25 * i), text, size=vsize, hand=hand
                    )
            doc.record(f"{label} {lines[0]}")
            for text in lines[1:]:
                doc.record(text)
        llines = doc.wrap(label, lw - 8, doc.family, "r", 8.8)
        for i, text in enumerate(llines):
            doc.put(x0 + 4, top + 12 + i * 11, text, size=8.8)
        h = max(h, len(llines) * 11 + 8)
        doc.rect(x0, top, x1 - x0, h, 0.7)
        doc.vline(x0 + lw, top, top + h, 0.7)
        doc.y = top + h
    doc.gap(14)
    date_text = fmt_date(when, pick(r, ["long", "dash", "slash", "long"]))
    doc.line("Palembang, " + date_text, x=x0 + 330, hand=hand)
    top = doc.y
    doc.put(x0 + 20, top + 9, "Petugas Pelayanan Informasi", size=9)
    doc.put(x0 + 330, top + 9, "Pemohon Informasi", size=9)
    doc.record("Petugas Pelayanan Informasi Pemohon Informasi")
    doc.scribble(x0 + 340, top + 16, 90, 32)
    if reg:
        doc.scribble(x0 + 30, top + 16, 70, 28)
    doc.y = top + 58
    officer = make_name(r, r.random() < 0.5, 0.5)[0]
    doc.put(x0 + 20, doc.y, f"( {officer if reg else '.' * 34} )", size=9)
    doc.put(x0 + 330, doc.y, f"( {p.name} )", size=9)
    doc.record(f"( {officer if reg else '.' * 34} ) ( {p.name} )")
    doc.gap(16)
    doc.para("Pemohon wajib melampirkan fotokopi identitas (KTP-el). Permintaan dijawab paling lambat 10 hari kerja, "
             "atau 3 hari kerja untuk informasi tahapan Pemilu/Pemilihan.", size=7.8)  # fmt: skip
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164,
        email=p.email if with_email else None, occupation=p.occupation, information_requested=join_items(items),
        purpose=purpose, obtain_method=obtain, delivery_method=delivery, letter_number=reg,
        letter_date=when.isoformat(),
    )  # fmt: skip
    return Letter("permohonan_informasi", "ppid_b_grid", doc, fields, handwritten=hand)


# ----------------------------------------------------------------------------------------------
# Layouts: objections
# ----------------------------------------------------------------------------------------------


def objection_case(r: random.Random, when: date) -> dict[str, Any]:
    req_date = when - timedelta(days=r.randint(15, 60))
    code = r.choices("abcdefg", [22, 4, 22, 14, 16, 10, 12])[0]
    return {
        "code": code, "req_date": req_date, "reg": reg_number(r, req_date, alt=r.random() < 0.15),
        "info": pick(r, INFORMATION), "purpose": pick(r, PURPOSES), "words": pick(r, REASONS[code]),
    }  # fmt: skip


def lay_objection_letter(r: random.Random, digital: bool) -> Letter:
    firm = pick(r, LAW_FIRMS) if r.random() < 0.35 else None
    fam = family_for(r, digital, ["serif", "dserif", "book", "century", "mono", "pala"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 11, (70, 62, 48, 56))
    when = working_day(r, START + timedelta(days=40), 325)
    case = objection_case(r, when)
    p = make_person(r, titled=0.3)
    number = None
    if firm:
        kop_two_col(
            doc,
            [firm["name"], firm["sub"]],
            [firm["addr"], f"Telp. {firm['tel']}", firm["mail"]],
            emblem=False,
        )
        number = org_number(r, firm["code"].replace("&", ""), when)
    subject = pick(r, ["Keberatan atas Permohonan Informasi Publik", "Pengajuan Keberatan Informasi Publik",
                       f"Keberatan atas Permohonan Informasi No. {case['reg']}", "Keberatan"])  # fmt: skip
    nomor_block(doc, r, number, "1 (satu) berkas" if firm else "-", subject,
                f"Palembang, {fmt_date(when, any_date(r))}")  # fmt: skip
    yth_block(doc, r, pick(r, [["Atasan PPID KPU Provinsi Sumatera Selatan"],
                               ["Sekretaris KPU Provinsi Sumatera Selatan", "selaku Atasan PPID"],
                               ["Atasan Pejabat Pengelola Informasi dan Dokumentasi", "KPU Provinsi Sumatera Selatan"]]))  # fmt: skip
    doc.line("Dengan hormat,")
    who = "saya"
    if firm:
        lawyer = make_name(r, r.random() < 0.3, 1.0)[0]
        if ", S.H." not in lawyer:
            lawyer = lawyer.split(",")[0] + ", S.H."
        doc.para(f"Yang bertanda tangan di bawah ini, {lawyer}, Advokat pada {firm['name'].title()}, berdasarkan Surat "
                 f"Kuasa Khusus tanggal {fmt_date(when - timedelta(days=r.randint(2, 9)), 'long')}, bertindak untuk dan "
                 "atas nama:", justify=True, first=24)  # fmt: skip
        who = "klien kami"
    else:
        doc.para("Saya yang bertanda tangan di bawah ini:", first=0)
    citizen_identity(doc, r, p, False, with_email=False)
    doc.para(f"Pada tanggal {fmt_date(case['req_date'], 'long')}, {who} telah mengajukan permohonan informasi publik "
             f"kepada PPID KPU Provinsi Sumatera Selatan dengan Nomor Pendaftaran {case['reg']}, berupa "
             f"{lower_first(case['info'])}, untuk keperluan {lower_first(case['purpose'])}.", justify=True, first=24)  # fmt: skip
    cite = (
        f" sebagaimana dimaksud Pasal 35 ayat (1) huruf {case['code']} UU Nomor 14 Tahun 2008"
        if r.random() < 0.3
        else ""
    )
    doc.para(f"Namun demikian, {case['words']}{cite}. Oleh karena itu, dengan ini {'kami' if firm else 'saya'} "
             "mengajukan keberatan dan memohon agar Atasan PPID memerintahkan PPID untuk memberikan informasi "
             "sebagaimana dimohonkan.", justify=True, first=24)  # fmt: skip
    doc.para(
        "Demikian keberatan ini disampaikan. Atas perhatiannya diucapkan terima kasih.", first=24
    )
    if firm:
        sign_block(
            doc,
            r,
            ["Hormat kami,", "Kuasa Hukum Pemohon,"],
            lawyer,
            [],
            stamp=[firm["code"], "ADVOKAT"],
        )
    else:
        sign_block(doc, r, ["Hormat saya,", "Pemohon Keberatan,"], p.name, [])
    if r.random() < 0.25:
        doc.new_page()
        doc.line("Lampiran: Salinan Tanda Bukti Penerimaan Permohonan", style="b")
        doc.gap(10)
        doc.rect(doc.left, doc.y, doc.width, 150, 0.8)
        doc.gap(10)
        doc.line("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", style="b", align="center")
        for label, value in [("Nomor Pendaftaran", case["reg"]), ("Tanggal", fmt_date(case["req_date"], "long")),
                             ("Nama Pemohon", p.name), ("Informasi yang diminta", case["info"])]:  # fmt: skip
            doc.kv(label, value, 120, x=doc.left + 12, width=doc.width - 24)
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164, occupation=p.occupation,
        information_requested=case["info"], purpose=case["purpose"], letter_number=number,
        letter_date=when.isoformat(), subject=subject, sender_org=firm["name"] if firm else None,
        reference_registration_number=case["reg"], objection_reason_code=case["code"],
    )  # fmt: skip
    return Letter("keberatan", "objection_letter", doc, fields)


def lay_ppid_f_ticked(r: random.Random, digital: bool) -> Letter:
    hand = not digital and r.random() < 0.92
    fam = family_for(r, digital, ["serif", "sans", "dsans", "book", "dserif"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 10, (56, 50, 40, 44))
    when = working_day(r, START + timedelta(days=40), 325)
    case = objection_case(r, when)
    p = make_person(r, titled=0.15)
    doc.rect(doc.w - doc.right - 86, doc.y, 86, 18, 0.8)
    doc.put(doc.w - doc.right - 78, doc.y + 12.5, "Model PPID-F", style="b", size=9)
    doc.record("Model PPID-F")
    doc.gap(26)
    doc.line("PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI", style="b", size=12.5, align="center")
    doc.line("Ditujukan kepada Atasan PPID KPU Provinsi Sumatera Selatan", size=9, align="center")
    doc.gap(10)
    keb_no = (
        f"{r.randint(1, 40):03d}/KEB/PPID/KPU-SS/{ROMAN[when.month - 1]}/{when.year}"
        if r.random() < 0.2
        else ""
    )
    doc.line("I. IDENTITAS", style="b")
    with_info = r.random() < 0.6
    rows = [("Nomor Registrasi Keberatan", keb_no), ("Nomor Pendaftaran Permohonan", case["reg"])]
    if with_info:
        rows.append(("Informasi yang Dimohon", case["info"]))
    rows += [("Tujuan Penggunaan Informasi", case["purpose"]), ("Nama Pemohon", p.name), ("Alamat", p.address),
             ("Pekerjaan", p.occupation), ("Nomor Telepon/HP", p.phone)]  # fmt: skip
    with_nik = r.random() < 0.5
    if with_nik:
        rows.insert(4, ("NIK", p.nik))
    for label, value in rows:
        doc.kv(label, value, 172, x=doc.left + 14, hand=hand, dotted=True)
    doc.gap(4)
    doc.line("Identitas Kuasa Pemohon (bila ada)", style="i", x=doc.left + 14)
    for label in ("Nama Kuasa", "Alamat", "Nomor Telepon"):
        doc.kv(label, "", 172, x=doc.left + 14, dotted=True)
    doc.gap(8)
    doc.line("II. ALASAN KEBERATAN (beri tanda pada kotak yang sesuai)", style="b")
    for code in "abcdefg":
        top = doc.y
        checkbox(doc, doc.left + 16, top + 2, code == case["code"], hand, size=9.5)
        doc.put(doc.left + 34, top + 10, f"{code}. {REASON_FORM[code]}")
        doc.record(f"[{'v' if code == case['code'] else ' '}] {code}. {REASON_FORM[code]}")
        doc.y += 15
    doc.gap(8)
    doc.line("III. KASUS POSISI", style="b")
    story = (f"Saya mengajukan permohonan informasi tanggal {fmt_date(case['req_date'], 'dash')}, namun "
             f"{case['words']}.")  # fmt: skip
    top = doc.y
    for i in range(5):
        doc.hline(doc.left + 14, doc.w - doc.right, top + 18 + i * 18, 0.4, dash=True)
    if hand:
        saved = doc.leading
        doc.leading = 18 / 11.5
        doc.gap(5)
        doc.para(story, hand=True, indent=16, size=11.5)
        doc.leading = saved
    else:
        doc.para(story, indent=16)
    doc.y = max(doc.y, top + 100)
    doc.line(
        "IV. HARI/TANGGAL TANGGAPAN ATAS KEBERATAN AKAN DIBERIKAN: ......................... (diisi petugas)",
        size=8.8,
    )
    doc.gap(10)
    doc.line(
        f"Palembang, {fmt_date(when, pick(r, ['long', 'dash', 'slash']))}",
        x=doc.left + 300,
        hand=hand,
    )
    top = doc.y
    doc.put(doc.left + 20, top + 9, "Petugas Penerima Keberatan", size=9)
    doc.put(doc.left + 300, top + 9, "Pengaju Keberatan", size=9)
    doc.record("Petugas Penerima Keberatan Pengaju Keberatan")
    doc.scribble(doc.left + 305, top + 16, 90, 30)
    doc.y = top + 56
    doc.put(doc.left + 20, doc.y, "( ................................ )", size=9)
    doc.put(doc.left + 300, doc.y, f"( {p.name} )", size=9)
    doc.record(f"( ................................ ) ( {p.name} )")
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik if with_nik else None, address=p.address, phone=p.phone_e164,
        occupation=p.occupation, information_requested=case["info"] if with_info else None,
        purpose=case["purpose"], letter_number=keb_no or None, letter_date=when.isoformat(),
        reference_registration_number=case["reg"], objection_reason_code=case["code"],
    )  # fmt: skip
    return Letter("keberatan", "ppid_f_ticked", doc, fields, handwritten=hand)


def lay_objection_email(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["dsans", "sans", "dcond"])
    doc = Doc(r, "A4", fam, 10, (50, 50, 40, 40))
    when = working_day(r, START + timedelta(days=40), 325)
    case = objection_case(r, when)
    p = make_person(r, titled=0.15)
    subject = pick(r, [f"Keberatan atas permohonan informasi no. {case['reg']}", "Pengajuan Keberatan",
                       "KEBERATAN - permohonan informasi tidak dilayani"])  # fmt: skip
    doc.rect(doc.left, doc.y, doc.width, 24, 0, fill=(222, 230, 242))
    doc.put(doc.left + 8, doc.y + 16, "Outlook", style="b", size=12)
    doc.record("Outlook")
    doc.gap(34)
    doc.line(subject, style="b", size=13)
    doc.gap(4)
    hour, minute = r.randint(7, 22), r.randint(0, 59)
    sent = f"{HARI[when.weekday()]}, {fmt_date(when, 'long')} {hour:02d}.{minute:02d}"
    for label, value in [("Dari", f"{p.bare} <{p.email}>"), ("Tanggal", sent),
                         ("Kepada", "ppid.sumsel@kpu.go.id <ppid.sumsel@kpu.go.id>"),
                         ("Cc", "sekretariat.sumsel@kpu.go.id")]:  # fmt: skip
        doc.kv(label, value, 50, size=9.2)
    doc.hline(doc.left, doc.w - doc.right, doc.y + 2, 0.6)
    doc.gap(12)
    doc.line("Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan,")
    doc.gap(4)
    doc.para(f"Saya, {p.name} (NIK {p.nik}), {lower_first(p.occupation)}, beralamat di {p.address}, dengan ini "
             "mengajukan keberatan atas layanan informasi publik di KPU Provinsi Sumatera Selatan.")  # fmt: skip
    doc.para(f"Pada {fmt_date(case['req_date'], pick(r, ['long', 'dash']))} saya meminta {lower_first(case['info'])} "
             f"(nomor pendaftaran {case['reg']}). Namun {case['words']}.")  # fmt: skip
    doc.para(f"Informasi tersebut saya butuhkan untuk {lower_first(case['purpose'])}. Mohon keberatan ini dapat "
             "ditindaklanjuti sesuai ketentuan.")  # fmt: skip
    doc.line("Hormat saya,")
    doc.line(p.name)
    doc.line(f"HP {p.phone}")
    fields = blank_fields(
        applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164, email=p.email,
        occupation=p.occupation, information_requested=case["info"], purpose=case["purpose"],
        letter_date=when.isoformat(), subject=subject, reference_registration_number=case["reg"],
        objection_reason_code=case["code"],
    )  # fmt: skip
    return Letter("keberatan", "objection_email", doc, fields)


def lay_folio_handwritten(r: random.Random, digital: bool, objection: bool = False) -> Letter:
    doc = Doc(r, "F4", "serif", 12.5, (70, 40, 50, 40), leading=1.0)
    doc.page_style = "lined"
    doc.pages[0].paper = "lined"
    doc.y = 56.5
    doc.leading = 22 / 13.5
    when = working_day(r, START + timedelta(days=40), 325)
    p = make_person(r, titled=0.1)
    p.address = p.address.replace(" - ", " ")
    doc.line(
        f"{p.region.city}, {fmt_date(when, pick(r, ['long', 'long', 'dash', 'slash']))}",
        x=doc.left + 260,
        hand=True,
        size=13.5,
    )
    doc.line("Kepada Yth.", hand=True, size=13.5)
    doc.line(
        "Atasan PPID KPU Provinsi Sumsel" if objection else "PPID KPU Provinsi Sumatera Selatan",
        hand=True,
        size=13.5,
    )
    doc.line("di Palembang", hand=True, size=13.5)
    subject = None
    if r.random() < 0.6:
        subject = "Keberatan" if objection else pick(r, ["Permohonan Informasi", "Minta Informasi"])
        doc.line(f"Perihal: {subject}", hand=True, size=13.5)
    doc.line("Dengan hormat,", hand=True, size=13.5)
    fields = blank_fields(letter_date=when.isoformat(), subject=subject)
    if objection:
        case = objection_case(r, when)
        doc.para(f"Saya {p.name}, NIK {p.nik}, alamat {p.address}, no HP {p.phone}, mengajukan keberatan atas "
                 f"permohonan informasi saya dengan nomor pendaftaran {case['reg']} tentang {lower_first(case['info'])}."
                 f" Alasannya {case['words']}.", hand=True, size=13.5, after=0)  # fmt: skip
        doc.para(
            "Mohon Bapak/Ibu dapat menindaklanjuti keberatan saya ini.",
            hand=True,
            size=13.5,
            after=0,
        )
        fields.update(applicant_name=p.name, nik=p.nik, address=p.address, phone=p.phone_e164,
                      information_requested=case["info"], reference_registration_number=case["reg"],
                      objection_reason_code=case["code"])  # fmt: skip
    else:
        fields.update(prose_request(doc, r, p, True))
    doc.line("Terima kasih.", hand=True, size=13.5)
    doc.line("Hormat saya,", x=doc.left + 260, hand=True, size=13.5)
    doc.scribble(doc.left + 265, doc.y, 100, 34)
    doc.gap(44)
    doc.line(p.name, x=doc.left + 260, hand=True, size=13.5)
    return Letter(
        "keberatan" if objection else "permohonan_informasi",
        "folio_handwritten",
        doc,
        fields,
        handwritten=True,
    )


# ----------------------------------------------------------------------------------------------
# Layouts: Komisi Informasi (disputes)
# ----------------------------------------------------------------------------------------------

KI_ORG = ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"]
KI_CONTACT = ["Jl. Angkatan 45 No. 2 Palembang 30137 Telp. (0711) 356 771",
              "Laman: komisiinformasi.sumselprov.go.id  Surel: ki.sumsel@gmail.com"]  # fmt: skip


def dispute_register(r: random.Random, d: date) -> str:
    n = r.randint(1, 60)
    return pick(r, [
        f"{n:03d}/REG-PSI/{ROMAN[d.month - 1]}/{d.year}",
        f"{n:02d}/{ROMAN[d.month - 1]}/KI-SS-PS/{d.year}",
        f"{n:03d}/KI-SS/PSI/{d.month:02d}/{d.year}",
        f"Reg. {n:02d}/PSI-KISS/{d.year}",
    ])  # fmt: skip


def dispute_case(r: random.Random, when: date) -> dict[str, Any]:
    reg_date = when - timedelta(days=r.randint(3, 20))
    req_date = when - timedelta(days=r.randint(70, 150))
    p = make_person(r, titled=0.25)
    return {"p": p, "register": dispute_register(r, reg_date), "reg_date": reg_date,
            "ref": reg_number(r, req_date), "info": pick(r, INFORMATION)}  # fmt: skip


def ki_number(r: random.Random, d: date, kind: str) -> str:
    n = r.randint(10, 480)
    return pick(r, [f"{n:03d}/{kind}/KI-SS/{ROMAN[d.month - 1]}/{d.year}", f"{n}/KIP-SS/{kind}/{d.year}",
                    f"{n:03d}/KI-Prov.SS/{ROMAN[d.month - 1]}/{d.year}"])  # fmt: skip


def lay_ki_registrasi(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "book", "century"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 11, (72, 62, 44, 56))
    when = working_day(r, START + timedelta(days=60), 305)
    case = dispute_case(r, when)
    p = case["p"]
    kop_center(doc, KI_ORG, KI_CONTACT)
    number = ki_number(r, when, "PS")
    subject = pick(r, ["Pemberitahuan Registrasi Permohonan Penyelesaian Sengketa Informasi Publik",
                       "Pemberitahuan Registrasi Sengketa", "Pemberitahuan Registrasi Sengketa Informasi"])  # fmt: skip
    nomor_block(doc, r, number, "1 (satu) berkas", subject, f"Palembang, {fmt_date(when, any_date(r))}",
                labels=("Nomor", "Lampiran", "Hal"), sifat="Penting")  # fmt: skip
    yth_block(
        doc,
        r,
        ["Pejabat Pengelola Informasi dan Dokumentasi (PPID)", "KPU Provinsi Sumatera Selatan"],
    )
    with_ref = r.random() < 0.6
    with_addr = r.random() < 0.6
    items = [
        f"Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan penyelesaian sengketa informasi "
        f"publik dari {p.name}"
        + (f", beralamat di {p.address}" if with_addr else "")
        + ", selanjutnya disebut "
        "Pemohon, terhadap PPID KPU Provinsi Sumatera Selatan selaku Termohon.",
        f"Permohonan tersebut telah dicatat dalam Buku Register Sengketa Informasi dengan Nomor Register "
        f"{case['register']} tanggal {fmt_date(case['reg_date'], 'long')}.",
        f"Informasi yang disengketakan adalah {lower_first(case['info'])}"
        + (
            f", yang dimohonkan dengan Nomor Pendaftaran Permohonan {case['ref']}."
            if with_ref
            else "."
        ),
        "Termohon diminta menyiapkan tanggapan tertulis dan dokumen pendukung untuk disampaikan pada sidang "
        "pemeriksaan awal yang jadwalnya akan diberitahukan kemudian.",
    ]
    doc.numbered(items, indent=0, justify=True)
    doc.para("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.", first=24)
    chair = make_name(r, r.random() < 0.4, 0.9)[0]
    sign_block(doc, r, ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"], chair, [],
               stamp=["KOMISI INFORMASI", "PROV. SUMSEL"])  # fmt: skip
    doc.line("Tembusan: Pemohon", size=9)
    fields = blank_fields(
        applicant_name=p.name, address=p.address if with_addr else None, information_requested=case["info"],
        letter_number=number, letter_date=when.isoformat(), subject=subject, sender_org=" ".join(KI_ORG),
        reference_registration_number=case["ref"] if with_ref else None, dispute_register_number=case["register"],
    )  # fmt: skip
    return Letter("sengketa", "ki_registrasi", doc, fields)


def lay_ki_panggilan(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "sans", "dsans", "pala"])
    doc = Doc(r, "A4", fam, 11, (72, 62, 44, 56))
    when = working_day(r, START + timedelta(days=60), 305)
    case = dispute_case(r, when)
    p = case["p"]
    kop_center(doc, KI_ORG, KI_CONTACT)
    number = ki_number(r, when, "Pgl")
    stage = pick(
        r, ["Ajudikasi Non-Litigasi", "Pemeriksaan Awal", "Mediasi", "Ajudikasi (Pembuktian)"]
    )
    subject = f"Panggilan Sidang {stage}"
    nomor_block(doc, r, number, "-", subject, f"Palembang, {fmt_date(when, any_date(r))}", labels=("Nomor", "Lampiran", "Perihal"),
                sifat="Segera")  # fmt: skip
    yth_block(doc, r, ["Ketua KPU Provinsi Sumatera Selatan", "selaku Atasan PPID / Termohon"])
    doc.para(f"Berdasarkan Penetapan Ketua Komisi Informasi Provinsi Sumatera Selatan, bersama ini kami memanggil "
             f"Saudara selaku TERMOHON dalam perkara sengketa informasi publik Register Nomor {case['register']} "
             f"antara {p.name} sebagai PEMOHON melawan PPID KPU Provinsi Sumatera Selatan sebagai TERMOHON, untuk "
             "hadir pada:", justify=True, first=24)  # fmt: skip
    sidang = when + timedelta(days=r.randint(5, 14))
    for label, value in [("Hari/Tanggal", fmt_date(sidang, "hari")), ("Pukul", f"{r.choice([9, 10, 13])}.00 WIB s.d. selesai"),
                         ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"), ("Agenda", stage)]:  # fmt: skip
        doc.kv(label, value, 80, x=doc.left + 30)
    doc.gap(6)
    doc.para("Termohon diminta membawa surat kuasa (apabila diwakilkan) serta dokumen yang berkaitan dengan "
             "informasi yang disengketakan.", justify=True, first=24)  # fmt: skip
    clerk = make_name(r, r.random() < 0.5, 0.7)[0]
    sign_block(
        doc,
        r,
        ["Panitera Pengganti,"],
        clerk,
        [f"NIP. {nip(r)}"],
        stamp=["KOMISI INFORMASI", "PROV. SUMSEL"],
    )
    fields = blank_fields(
        applicant_name=p.name, letter_number=number, letter_date=when.isoformat(), subject=subject,
        sender_org=" ".join(KI_ORG), dispute_register_number=case["register"],
    )  # fmt: skip
    return Letter("sengketa", "ki_panggilan_sidang", doc, fields)


def words_date(d: date) -> str:
    year = "dua ribu " + spell(d.year - 2000)
    return f"{HARI[d.weekday()]} tanggal {spell(d.day)} bulan {BULAN[d.month - 1]} tahun {year}"


def lay_ki_relaas(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "mono", "book"])
    doc = Doc(r, "F4", fam, 11.5, (78, 66, 50, 60), leading=1.5)
    when = working_day(r, START + timedelta(days=60), 305)
    case = dispute_case(r, when)
    p = case["p"]
    kop_center(doc, KI_ORG, KI_CONTACT[:1])
    doc.line("RELAAS PANGGILAN SIDANG", style="b", size=13, align="center")
    doc.line(f"Nomor Register: {case['register']}", align="center")
    doc.gap(10)
    bailiff = make_name(r, r.random() < 0.4, 0.3)[0]
    sidang = when + timedelta(days=r.randint(4, 12))
    doc.para(f"Pada hari ini {words_date(when)}, saya {bailiff}, Juru Panggil pada Komisi Informasi Provinsi "
             "Sumatera Selatan, atas perintah Ketua Majelis Komisioner, telah memanggil:", justify=True, first=30)  # fmt: skip
    doc.para("Pejabat Pengelola Informasi dan Dokumentasi (PPID) KPU Provinsi Sumatera Selatan, berkedudukan di "
             f"{KPU_PROV}, sebagai TERMOHON;", indent=30, justify=True)  # fmt: skip
    doc.para(f"untuk hadir di persidangan Komisi Informasi Provinsi Sumatera Selatan pada hari {fmt_date(sidang, 'hari')} "
             f"pukul {r.choice([9, 10, 13])}.00 WIB, dalam sengketa informasi publik antara {p.name}, beralamat di "
             f"{p.address}, sebagai PEMOHON, melawan PPID KPU Provinsi Sumatera Selatan sebagai TERMOHON.", justify=True,
             first=30)  # fmt: skip
    doc.para("Panggilan ini saya sampaikan dengan cara menyerahkan salinan relaas kepada petugas yang berwenang "
             "menerima di kantor Termohon.", justify=True, first=30)  # fmt: skip
    doc.gap(10)
    top = doc.y
    doc.put(doc.left, top + 10, "Yang Menerima,")
    doc.put(doc.left + 270, top + 10, "Juru Panggil,")
    doc.record("Yang Menerima, Juru Panggil,")
    doc.scribble(doc.left + 5, top + 18, 80, 30)
    doc.scribble(doc.left + 275, top + 18, 80, 30)
    doc.y = top + 70
    receiver = make_name(r, r.random() < 0.5, 0.2)[0]
    doc.put(doc.left, doc.y, f"( {receiver} )")
    doc.put(doc.left + 270, doc.y, f"( {bailiff} )")
    doc.record(f"( {receiver} ) ( {bailiff} )")
    fields = blank_fields(
        applicant_name=p.name, address=p.address, letter_date=when.isoformat(), sender_org=" ".join(KI_ORG),
        dispute_register_number=case["register"],
    )  # fmt: skip
    return Letter("sengketa", "ki_relaas", doc, fields)


# ----------------------------------------------------------------------------------------------
# Layouts: other incoming mail
# ----------------------------------------------------------------------------------------------

KPU_SS = ["KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"]


def mail_fields(number: str | None, when: date, subject: str | None, org: str) -> dict[str, Any]:
    return blank_fields(
        letter_number=number, letter_date=when.isoformat(), subject=subject, sender_org=org
    )


def lay_nota_dinas(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "sans", "dsans", "book"])
    doc = Doc(r, "A4", fam, 11, (70, 60, 44, 56))
    when = working_day(r, START, 365)
    kop_center(doc, KPU_SS, [KPU_PROV + " Telp. (0711) 350445", "Laman: sumsel.kpu.go.id"])
    doc.line("NOTA DINAS", style="b", size=13, align="center")
    number = (
        f"{r.randint(10, 400)}/{pick(r, ['HM.02', 'PP.01', 'KU.03', 'RT.02'])}-ND/16/{when.year}"
    )
    doc.line(f"Nomor: {number}", align="center")
    doc.gap(10)
    subject = pick(r, ["Penyampaian Data Permohonan Informasi Triwulan", "Permintaan Bahan Laporan Layanan Informasi",
                       "Pengelolaan Arsip Permohonan Informasi", "Penggunaan Ruang Layanan Informasi"])  # fmt: skip
    rows = [("Yth.", "Sekretaris KPU Provinsi Sumatera Selatan"),
            ("Dari", "Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"),
            ("Tembusan", "Ketua KPU Provinsi Sumatera Selatan"), ("Tanggal", fmt_date(when, any_date(r))),
            ("Sifat", "Biasa"), ("Lampiran", pick(r, ["-", "1 (satu) berkas"])), ("Hal", subject)]  # fmt: skip
    for label, value in rows:
        doc.kv(label, value, 64)
    doc.hline(doc.left, doc.w - doc.right, doc.y + 2, 1.0)
    doc.gap(12)
    doc.para("Dalam rangka penyusunan Laporan Layanan Informasi Publik, bersama ini kami sampaikan hal-hal sebagai "
             "berikut:", justify=True, first=24)  # fmt: skip
    doc.numbered(["Setiap unit kerja diminta menyampaikan rekap permohonan informasi yang diterima beserta "
                  "tindak lanjutnya.", "Data disampaikan melalui Subbagian Teknis dan Hupmas paling lambat "
                  f"tanggal {fmt_date(when + timedelta(days=10), 'long')}.",
                  "Arsip fisik formulir permohonan agar disimpan sesuai jadwal retensi arsip."], justify=True)  # fmt: skip
    doc.para("Demikian disampaikan, mohon arahan lebih lanjut.", first=24)
    sign_block(
        doc, r, ["Kepala Bagian,"], make_name(r, r.random() < 0.4, 0.9)[0], [f"NIP. {nip(r)}"]
    )
    return Letter(
        "surat_masuk", "nota_dinas", doc, mail_fields(number, when, subject, " ".join(KPU_SS))
    )


def lay_undangan_pemda(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "book", "century", "sans"])
    doc = Doc(r, pick(r, ["A4", "F4"]), fam, 11, (72, 62, 44, 56))
    when = working_day(r, START, 365)
    sender = pick(r, [
        (["PEMERINTAH PROVINSI SUMATERA SELATAN", "BADAN KESATUAN BANGSA DAN POLITIK"],
         ["Jl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 352 127"], f"{r.randint(100, 999)}/{r.randint(100, 2000)}/Kesbangpol/{when.year}"),
        (["PEMERINTAH KOTA PALEMBANG", "DINAS KOMUNIKASI DAN INFORMATIKA"],
         ["Jl. Merdeka No. 1 Palembang 30131 Telp. (0711) 311 440"], f"005/{r.randint(100, 999)}/Diskominfo/{when.year}"),
        (["KOMISI PEMILIHAN UMUM", "KOTA PALEMBANG"], ["Jl. Ade Irma Nasution No. 12 Palembang"],
         f"{r.randint(10, 600)}/PP.01-Und/1671/{when.year}"),
        (["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"], KI_CONTACT[:1], f"{r.randint(10, 300)}/KI-SS/Und/{ROMAN[when.month - 1]}/{when.year}"),
    ])  # fmt: skip
    org, contact, number = sender
    kop_center(doc, org, contact)
    event = pick(r, ["Rapat Koordinasi Monitoring dan Evaluasi Keterbukaan Informasi Badan Publik",
                     "Focus Group Discussion Penguatan Peran PPID", "Sosialisasi Pengelolaan Data Pemilih",
                     "Rapat Persiapan Penganugerahan Keterbukaan Informasi Publik"])  # fmt: skip
    subject = pick(
        r, ["Undangan", f"Undangan {event.split(' ')[0]} {event.split(' ')[1]}", "Undangan Rapat"]
    )
    nomor_block(doc, r, number, "-", subject, f"Palembang, {fmt_date(when, any_date(r))}", labels=("Nomor", "Lampiran", "Hal"),
                sifat=pick(r, ["Penting", "Segera", "Biasa"]))  # fmt: skip
    yth_block(doc, r, ["Ketua KPU Provinsi Sumatera Selatan"])
    doc.para(f"Dalam rangka {lower_first(event)}, dengan hormat kami mengundang Bapak/Ibu atau pejabat yang ditunjuk "
             "untuk hadir pada:", justify=True, first=24)  # fmt: skip
    day = when + timedelta(days=r.randint(3, 12))
    doc.rect(doc.left + 24, doc.y, doc.width - 24, 74, 0.6)
    doc.gap(6)
    for label, value in [("hari/tanggal", fmt_date(day, "hari")), ("waktu", f"{r.choice([8, 9, 13])}.30 WIB s.d. selesai"),
                         ("tempat", pick(r, ["Hotel Aryaduta Palembang", "Ruang Rapat Bina Praja Lt. II", "Aula Kantor"])),
                         ("acara", event)]:  # fmt: skip
        doc.kv(label, value, 80, x=doc.left + 34, width=doc.width - 40)
    doc.gap(10)
    doc.para("Mengingat pentingnya acara dimaksud, kehadiran Bapak/Ibu sangat kami harapkan. Atas perhatiannya "
             "diucapkan terima kasih.", justify=True, first=24)  # fmt: skip
    sign_block(doc, r, [pick(r, ["Kepala,", "Ketua,", "a.n. Kepala Dinas", "Sekretaris,"])],
               make_name(r, r.random() < 0.4, 0.9)[0], [f"NIP. {nip(r)}"], stamp=[org[-1][:22], "PALEMBANG"])  # fmt: skip
    return Letter(
        "surat_masuk", "undangan_pemda", doc, mail_fields(number, when, subject, " ".join(org))
    )


def lay_kpu_ri_tte(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "sans", "book"])
    doc = Doc(r, "A4", fam, 11, (72, 62, 44, 70))
    when = working_day(r, START, 365)
    org = ["KOMISI PEMILIHAN UMUM", "REPUBLIK INDONESIA"]
    kop_center(
        doc,
        org,
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310 Telp. (021) 31937223", "Laman: www.kpu.go.id"],
    )
    number = f"{r.randint(100, 2400)}/{pick(r, ['PL.01.1', 'PL.02.1', 'HM.02', 'PY.02.1', 'KU.02'])}-SD/{pick(r, ['01', '04', '06'])}/{when.year}"
    subject = pick(r, ["Penyampaian Data Layanan Informasi Publik Semester I", "Pemutakhiran Daftar Informasi Publik",
                       "Pelaksanaan Uji Konsekuensi Informasi yang Dikecualikan", "Monitoring Pengelolaan PPID"])  # fmt: skip
    nomor_block(
        doc,
        r,
        number,
        "Satu berkas",
        subject,
        None,
        labels=("Nomor", "Lampiran", "Hal"),
        sifat="Penting",
    )
    doc.line(f"Jakarta, {fmt_date(when, 'long')}", align="right")
    yth_block(doc, r, ["Ketua KPU Provinsi", "(daftar terlampir)"])
    doc.para("Sehubungan dengan pelaksanaan Peraturan KPU Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan "
             "Informasi Publik di Lingkungan Komisi Pemilihan Umum sebagaimana telah diubah, dengan ini disampaikan "
             "hal-hal sebagai berikut:", justify=True, first=24)  # fmt: skip
    doc.numbered(["KPU Provinsi agar melakukan pemutakhiran Daftar Informasi Publik dan Daftar Informasi yang "
                  "Dikecualikan;", "hasil pemutakhiran disampaikan kepada KPU melalui Biro Hubungan Masyarakat;",
                  "format laporan sebagaimana tercantum dalam lampiran surat ini."], marker="{a}.", justify=True)  # fmt: skip
    doc.para("Demikian untuk menjadi perhatian dan dilaksanakan.", first=24)
    sign_block(doc, r, ["Ketua,"], make_name(r, False, 0.8)[0], [], scribble=False)
    doc.rect(doc.left, doc.h - 64, doc.width, 34, 0.5)
    doc.rect(doc.left + 4, doc.h - 61, 28, 28, 0, fill=(60, 60, 60))
    doc.put(
        doc.left + 40,
        doc.h - 50,
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat",
        size=7.5,
    )
    doc.put(
        doc.left + 40,
        doc.h - 40,
        "elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN",
        size=7.5,
    )
    doc.record(
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE, BSSN"
    )
    doc.new_page()
    doc.line(f"LAMPIRAN SURAT KPU NOMOR {number}", size=9.5)
    doc.line(f"TANGGAL {fmt_date(when, 'upper')}", size=9.5)
    doc.gap(10)
    doc.line("FORMAT REKAPITULASI LAYANAN INFORMASI PUBLIK", style="b", align="center")
    doc.gap(6)
    cols = ["No", "Satuan Kerja", "Permohonan", "Dipenuhi", "Ditolak", "Keberatan"]
    widths = [30, 170, 70, 60, 60, 70]
    for row in [cols] + [
        [str(i), name, "", "", "", ""]
        for i, name in enumerate(
            [
                "KPU Provinsi",
                "KPU Kota Palembang",
                "KPU Kab. Banyuasin",
                "KPU Kab. Ogan Ilir",
                "KPU Kota Prabumulih",
            ],
            1,
        )
    ]:
        x = doc.left
        for w, text in zip(widths, row, strict=True):
            doc.rect(x, doc.y, w, 18, 0.6)
            doc.put(x + 4, doc.y + 12.5, text, size=9, style="b" if row is cols else "r")
            x += w
        doc.record(" ".join(t for t in row if t))
        doc.y += 18
    return Letter(
        "surat_masuk",
        "kpu_ri_surat_dinas_tte",
        doc,
        mail_fields(number, when, subject, " ".join(org)),
    )


def lay_surat_tugas(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "book", "century"])
    doc = Doc(r, "F4", fam, 11, (72, 62, 44, 56))
    when = working_day(r, START, 365)
    org = pick(r, [["BADAN PENGAWAS PEMILIHAN UMUM", "KOTA PALEMBANG"], ["KOMISI PEMILIHAN UMUM", "KABUPATEN BANYUASIN"],
                   ["UNIVERSITAS SRIWIJAYA", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"]])  # fmt: skip
    kop_center(doc, org, ["Palembang - Sumatera Selatan"])
    doc.line("SURAT TUGAS", style="b", size=13, align="center")
    number = pick(r, [f"{r.randint(10, 400)}/PP.01/K.SS-01/{when.month:02d}/{when.year}",
                      f"{r.randint(10, 400)}/SDM.01-ST/{pick(r, ['1607', '1671'])}/{when.year}",
                      f"{r.randint(1000, 9999)}/UN9.FISIP/TU.00.03/{when.year}"])  # fmt: skip
    doc.line(f"Nomor: {number}", align="center")
    doc.gap(10)
    doc.kv("Dasar", "Program kerja dan anggaran tahun berjalan serta surat permohonan koordinasi terkait layanan "
           "informasi publik.", 60)  # fmt: skip
    doc.gap(4)
    doc.line("MEMBERI TUGAS", style="b", align="center")
    doc.line("Kepada:")
    for i in range(r.randint(1, 3)):
        name = make_name(r, r.random() < 0.4, 0.6)[0]
        doc.kv(f"{i + 1}. Nama", name, 80, x=doc.left + 10)
        doc.kv("    NIP", nip(r), 80, x=doc.left + 10)
    doc.gap(4)
    doc.kv(
        "Untuk",
        f"Melakukan koordinasi dan pengumpulan bahan ke KPU Provinsi Sumatera Selatan pada tanggal "
        f"{fmt_date(when + timedelta(days=r.randint(1, 7)), 'long')}, serta melaporkan hasilnya kepada pimpinan.",
        60,
    )
    doc.gap(10)
    doc.line(
        f"Ditetapkan di Palembang, pada tanggal {fmt_date(when, any_date(r))}",
        x=doc.left + 200,
        size=10.5,
    )
    sign_block(doc, r, [pick(r, ["Ketua,", "Sekretaris,", "Dekan,"])], make_name(r, False, 0.9)[0], [f"NIP. {nip(r)}"],
               stamp=[org[0][:22], org[1][:22]])  # fmt: skip
    return Letter("surat_masuk", "surat_tugas", doc, mail_fields(number, when, None, " ".join(org)))


def lay_bawaslu_data(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["serif", "dserif", "sans", "book"])
    doc = Doc(r, "A4", fam, 11, (72, 62, 44, 56))
    when = working_day(r, START, 365)
    org = ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"]
    kop_center(
        doc,
        org,
        [
            "Jl. Kapten A. Rivai No. 6 Palembang 30129 Telp. (0711) 319 778",
            "Laman: sumsel.bawaslu.go.id",
        ],
    )
    number = (
        f"{r.randint(10, 900):04d}/PM.00.{pick(r, ['01', '02'])}/K.SS/{when.month:02d}/{when.year}"
    )
    subject = pick(r, ["Permintaan Data Pemutakhiran Daftar Pemilih Berkelanjutan", "Permintaan Data dan Dokumen",
                       "Permintaan Salinan Data Rekapitulasi DPB"])  # fmt: skip
    nomor_block(doc, r, number, "-", subject, f"Palembang, {fmt_date(when, any_date(r))}", labels=("Nomor", "Lampiran", "Hal"),
                sifat="Segera")  # fmt: skip
    yth_block(doc, r, ["Ketua KPU Provinsi Sumatera Selatan"])
    doc.para("Dalam rangka pelaksanaan tugas pengawasan tahapan pemutakhiran data pemilih berkelanjutan sebagaimana "
             "diatur dalam peraturan perundang-undangan, Bawaslu Provinsi Sumatera Selatan meminta Saudara untuk "
             "menyampaikan data sebagai berikut:", justify=True, first=24)  # fmt: skip
    doc.numbered(["rekapitulasi Daftar Pemilih Berkelanjutan per kabupaten/kota semester berjalan;",
                  "data pemilih Tidak Memenuhi Syarat (TMS) beserta keterangannya;",
                  "berita acara rapat pleno terbuka rekapitulasi DPB tingkat provinsi."], justify=True)  # fmt: skip
    doc.para("Data tersebut mohon disampaikan paling lambat 3 (tiga) hari kerja sejak surat ini diterima melalui "
             "surel set.sumsel@bawaslu.go.id.", justify=True, first=24)  # fmt: skip
    sign_block(
        doc,
        r,
        ["Ketua,"],
        make_name(r, r.random() < 0.4, 0.8)[0],
        [],
        stamp=["BAWASLU", "PROV. SUMSEL"],
    )
    doc.line("Tembusan: Ketua Bawaslu Republik Indonesia", size=9)
    return Letter(
        "surat_masuk",
        "bawaslu_permintaan_data",
        doc,
        mail_fields(number, when, subject, " ".join(org)),
    )


def lay_vendor_bank(r: random.Random, digital: bool) -> Letter:
    fam = family_for(r, digital, ["sans", "dsans", "gothic", "narrow", "dcond"])
    doc = Doc(r, "A4", fam, 10.5, (64, 60, 40, 56))
    when = working_day(r, START, 365)
    kind = r.randrange(3)
    if kind == 0:
        org = "PT BANK PEMBANGUNAN DAERAH SUMATERA SELATAN DAN BANGKA BELITUNG"
        head, contact = (
            ["Bank Sumsel Babel", "Kantor Cabang Utama Palembang"],
            "Jl. Kapten A. Rivai No. 11 Palembang 30129 | (0711) 356 222",
        )
        number = f"B.{r.randint(100, 999)}/KCU-PLG/{pick(r, ['OPS', 'KRD', 'PLY'])}/{ROMAN[when.month - 1]}/{when.year}"
        subject = pick(
            r,
            [
                "Konfirmasi Saldo Rekening Giro Satuan Kerja",
                "Pemberitahuan Perubahan Spesimen Tanda Tangan",
            ],
        )
    elif kind == 1:
        org = "CV SRIWIJAYA BERKAH JAYA"
        head, contact = (
            ["CV SRIWIJAYA BERKAH JAYA", "Pengadaan Alat Tulis Kantor & Percetakan"],
            "Jl. Bungaran No. 22 Palembang | 0813-6789-2210",
        )
        number = f"{r.randint(10, 300):03d}/CV-SBJ/PH/{ROMAN[when.month - 1]}/{when.year}"
        subject = pick(r, ["Penawaran Harga Cetak Formulir", "Penawaran Harga Pengadaan ATK"])
    else:
        org = "PT TELEKOMUNIKASI INDONESIA Tbk"
        head, contact = (
            ["Telkom Indonesia", "Witel Sumsel"],
            "Jl. Jenderal Sudirman No. 459 Palembang 30126",
        )
        number = f"Tel.{r.randint(100, 999)}/YN 000/R2W-2A10000/{when.year}"
        subject = "Pemberitahuan Tagihan Layanan Internet Korporat"
    doc.rect(doc.left, doc.y, 40, 40, 0, fill=(70, 70, 70))
    for i, text in enumerate(head):
        doc.put(
            doc.left + 50,
            doc.y + 16 + i * 15,
            text,
            style="b" if i == 0 else "r",
            size=14 if i == 0 else 9.5,
        )
        doc.record(text)
    doc.y += 48
    doc.put(doc.left, doc.y, contact, size=8)
    doc.record(contact)
    doc.hline(doc.left, doc.w - doc.right, doc.y + 5, 1.2)
    doc.gap(22)
    doc.line(f"Palembang, {fmt_date(when, any_date(r))}")
    nomor_block(doc, r, number, "-", subject, None, labels=("No.", "Lamp.", "Perihal"))
    yth_block(
        doc,
        r,
        ["Kepala Bagian Keuangan, Umum dan Logistik", "Sekretariat KPU Provinsi Sumatera Selatan"],
    )
    doc.para("Dengan hormat,")
    doc.para("Menindaklanjuti hubungan kerja sama yang telah terjalin dengan baik selama ini, bersama ini kami "
             f"sampaikan {lower_first(subject)} untuk periode {BULAN[when.month - 1]} {when.year}. Rincian "
             "terlampir dalam surat ini.", justify=True)  # fmt: skip
    doc.para(
        "Apabila terdapat pertanyaan, Bapak/Ibu dapat menghubungi petugas kami pada jam kerja.",
        justify=True,
    )
    sign_block(doc, r, ["Hormat kami,"], make_name(r, r.random() < 0.5, 0.4)[0], [pick(r, ["Pemimpin Cabang", "Direktur", "Manager"])],
               stamp=[head[0][:20], "PALEMBANG"])  # fmt: skip
    return Letter("surat_masuk", "vendor_bank_letter", doc, mail_fields(number, when, subject, org))


def lay_news_clipping(r: random.Random, digital: bool) -> Letter:
    doc = Doc(r, "A4", pick(r, ["serif", "century", "dserif"]), 9, (60, 60, 50, 50), leading=1.25)
    when = working_day(r, START, 365)
    media = pick(
        r, ["Sumatera Ekspres", "Sriwijaya Post", "Tribun Sumsel", "Palembang Pos", "Berita Pagi"]
    )
    doc.line("KLIPING BERITA", style="b", size=12, align="center", family="sans")
    doc.line(
        "Subbagian Teknis dan Hubungan Masyarakat KPU Provinsi Sumatera Selatan",
        size=8.5,
        align="center",
        family="sans",
    )
    doc.gap(6)
    for label, value in [
        ("Media", media),
        ("Edisi", fmt_date(when, "hari")),
        ("Halaman", str(r.randint(1, 20))),
    ]:
        doc.kv(label, value, 60, size=9.5)
    doc.gap(8)
    top = doc.y
    doc.rect(doc.left - 6, top - 6, doc.width + 12, 430, 0, fill=(236, 230, 210))
    headline = pick(r, ["KPU Sumsel Catat Lonjakan Permohonan Informasi", "Warga Gugat KPU ke Komisi Informasi",
                        "PPID KPU Sumsel Raih Predikat Informatif", "Data Pemilih Pemula Jadi Sorotan"])  # fmt: skip
    doc.line(headline, style="b", size=18, family="serif")
    doc.line(f"PALEMBANG - {media.upper()}", style="b", size=8.5)
    col_w = (doc.width - 16) / 2
    text = (
        "Komisi Pemilihan Umum (KPU) Provinsi Sumatera Selatan mencatat peningkatan permohonan informasi publik "
        "sepanjang tahun ini. Sebagian besar permohonan berkaitan dengan data pemilih dan dokumen hasil "
        "Pemilihan Serentak 2024. Menurut pejabat PPID, seluruh permohonan dilayani sesuai ketentuan "
        "Undang-Undang Keterbukaan Informasi Publik dengan batas waktu sepuluh hari kerja. "
    ) * 2
    words = text.split()
    half = len(words) // 2
    start_y = doc.y
    for c, chunk in enumerate((" ".join(words[:half]), " ".join(words[half:]))):
        doc.y = start_y
        saved = doc.left
        doc.left = saved + c * (col_w + 16)
        doc.para(chunk, width=col_w, justify=True, size=8.8)
        doc.left = saved
    doc.y = max(doc.y, top + 300)
    fields = blank_fields(letter_date=when.isoformat(), sender_org=media)
    for page in doc.pages:
        page.paper = "white"
    return Letter("surat_masuk", "news_clipping", doc, fields)


# ----------------------------------------------------------------------------------------------
# Corpus: class mix, layout mix, renditions, truth
# ----------------------------------------------------------------------------------------------

Layout = Any  # a function (random.Random, digital: bool) -> Letter
LAYOUTS: dict[str, list[tuple[Layout, int, float]]] = {  # (layout, weight, chance of a born-digital PDF)
    "permohonan_informasi": [
        (lay_eppid_printout, 14, 0.5), (lay_org_letter, 18, 0.35), (lay_citizen_kv, 16, 0.2),
        (lay_citizen_prose, 10, 0.2), (lay_email_forward, 12, 0.5), (lay_ppid_b_grid, 20, 0.08),
        (lay_folio_handwritten, 10, 0.0),
    ],
    "keberatan": [
        (lay_objection_letter, 38, 0.25), (lay_ppid_f_ticked, 37, 0.08), (lay_objection_email, 15, 0.5),
        (lambda r, digital: lay_folio_handwritten(r, digital, objection=True), 10, 0.0),
    ],
    "sengketa": [(lay_ki_registrasi, 40, 0.3), (lay_ki_panggilan, 35, 0.3), (lay_ki_relaas, 25, 0.15)],
    "surat_masuk": [
        (lay_nota_dinas, 12, 0.3), (lay_undangan_pemda, 18, 0.25), (lay_kpu_ri_tte, 16, 0.5),
        (lay_surat_tugas, 12, 0.2), (lay_bawaslu_data, 16, 0.3), (lay_vendor_bank, 14, 0.35),
        (lay_news_clipping, 12, 0.0),
    ],
}  # fmt: skip
SHARES = {"permohonan_informasi": 0.35, "keberatan": 0.25, "sengketa": 0.15, "surat_masuk": 0.25}


def class_plan(n: int, r: random.Random) -> list[str]:
    counts = {c: int(n * s) for c, s in SHARES.items()}
    order = sorted(SHARES, key=lambda c: n * SHARES[c] - counts[c], reverse=True)
    for c in order[: n - sum(counts.values())]:
        counts[c] += 1
    plan = [c for c in SHARES for _ in range(counts[c])]
    r.shuffle(plan)
    return plan


def scan_plan(r: random.Random, pages: int) -> dict[str, Any]:
    fmt = (
        r.choices(["png", "jpg", "tiff", "pdf"], [22, 22, 18, 38])[0]
        if pages == 1
        else r.choices(["tiff", "pdf"], [30, 70])[0]
    )
    dpi = 200 if r.random() < 0.55 else 300
    skew = r.uniform(0.5, 3.0) * r.choice([-1, 1]) if r.random() < 0.75 else r.uniform(-0.4, 0.4)
    rotation = r.choices([0, 90, 180, 270], [91, 3, 4, 2])[0]
    return {
        "format": fmt, "dpi": dpi, "skew": round(skew, 2), "rotation": rotation,
        "noise": round(r.uniform(2, 11), 1), "blur": round(r.choice([0, r.uniform(0.3, 0.9)]), 2),
        "jpeg": r.randint(25, 50) if fmt != "jpg" and r.random() < 0.3 else (r.randint(55, 85) if fmt == "jpg" else None),
        "faint": round(r.uniform(0.45, 0.7), 2) if r.random() < 0.15 else 1.0,
        "colour": r.random() < 0.3, "bilevel": fmt == "tiff" and r.random() < 0.3,
        "shadow": r.random() < 0.25,
    }  # fmt: skip


def degrade(
    im: Image.Image, plan: dict[str, Any], r: random.Random, index: int
) -> tuple[Image.Image, dict[str, Any]]:
    skew = plan["skew"] + (r.uniform(-0.5, 0.5) if index else 0.0)
    tone = PAPER_TONE["white"]
    if plan["blur"]:
        im = im.filter(ImageFilter.GaussianBlur(plan["blur"] * plan["dpi"] / 200))
    im = im.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=tone)
    arr = np.asarray(im).astype(np.float32)
    if plan["faint"] < 1.0:
        arr = 255 - (255 - arr) * plan["faint"]
    if plan["shadow"]:
        width = arr.shape[1]
        ramp = np.clip(1 - np.linspace(0, 1, width) * 14, 0, 1) * 70
        arr = arr - ramp[None, :, None] if arr.ndim == 3 else arr - ramp[None, :]
    gen = np.random.default_rng(r.randrange(2**32))
    arr = arr + gen.normal(0, plan["noise"], arr.shape)
    speckle = gen.random(arr.shape[:2]) < 0.0004
    arr[speckle] = 30
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if not plan["colour"]:
        im = im.convert("L")
    if plan["jpeg"] and plan["format"] != "jpg":
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=plan["jpeg"])
        im = Image.open(io.BytesIO(buf.getvalue()))
        im.load()
    if plan["bilevel"]:
        im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    if plan["rotation"]:
        im = im.rotate(plan["rotation"], expand=True)
    meta = {
        "skew_deg": round(skew, 2),
        "blur_px": plan["blur"],
        "noise_sigma": plan["noise"],
        "rotation": plan["rotation"],
    }
    return im, meta


def save_scan(images: list[Image.Image], plan: dict[str, Any], path: Path) -> None:
    dpi = (plan["dpi"], plan["dpi"])
    fmt = plan["format"]
    if fmt == "png":
        images[0].save(path, "PNG", dpi=dpi, optimize=False)
    elif fmt == "jpg":
        images[0].convert("RGB" if plan["colour"] else "L").save(
            path, "JPEG", quality=plan["jpeg"], dpi=dpi
        )
    elif fmt == "tiff":
        compression = "group4" if plan["bilevel"] else "tiff_lzw"
        images[0].save(
            path, "TIFF", save_all=True, append_images=images[1:], compression=compression, dpi=dpi
        )
    else:
        blobs = []
        for im in images:
            buf = io.BytesIO()
            if im.mode == "1":
                im.save(buf, "PNG", dpi=dpi)
            else:
                im.save(buf, "JPEG", quality=plan["jpeg"] or 80, dpi=dpi)
            blobs.append(buf.getvalue())
        path.write_bytes(img2pdf.convert(blobs))


def make_letter(r: random.Random, cls: str) -> tuple[Letter, bool]:
    options = LAYOUTS[cls]
    layout, _, digital_chance = r.choices(options, [w for _, w, _ in options])[0]
    digital = r.random() < digital_chance
    letter = layout(r, digital)
    return letter, digital and not letter.handwritten


def main() -> None:
    if len(sys.argv) != 4:
        print(__doc__.splitlines()[0], file=sys.stderr)
        raise SystemExit(2)
    out, n, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    plan = class_plan(n, random.Random(seed))
    rows = []
    for i, cls in enumerate(plan):
        r = random.Random(f"fourth-{seed}-{i}")  # str seeds are hashed: well mixed
        letter, digital = make_letter(r, cls)
        ident = f"f4_{seed}_{i + 1:04d}"
        pages = letter.doc.pages
        row: dict[str, Any] = {"id": ident, "files": [], "class": letter.cls, "layout": letter.layout, "heldout": True,
                               "handwritten": letter.handwritten}  # fmt: skip
        if digital:
            name = f"{ident}.pdf"
            render_pdf(pages, out / name, ident)
            row.update(rendition="digital", pages=len(pages), dpi=None)
        else:
            if r.random() < 0.45:
                received_stamp(letter.doc, r, date.fromisoformat(letter.fields["letter_date"]))
            sp = scan_plan(r, len(pages))
            images, metas = [], []
            for k, page in enumerate(pages):
                im, meta = degrade(render_page_image(page, sp["dpi"]), sp, r, k)
                images.append(im)
                metas.append(meta)
            name = f"{ident}.{sp['format'] if sp['format'] != 'tiff' else 'tif'}"
            save_scan(images, sp, out / name)
            row.update(rendition="scan", pages=len(pages), dpi=sp["dpi"])
            row["scan"] = {"format": sp["format"], "colour": sp["colour"], "bilevel": sp["bilevel"],
                           "jpeg_quality": sp["jpeg"], "faint": sp["faint"], "pages": metas}  # fmt: skip
        row["files"] = [name]
        row["fields"] = letter.fields
        row["page_text"] = ["\n".join(page.lines) for page in pages]
        order = [
            "id",
            "files",
            "class",
            "layout",
            "heldout",
            "handwritten",
            "rendition",
            "pages",
            "dpi",
            "fields",
            "page_text",
            "scan",
        ]
        rows.append({key: row[key] for key in order if key in row})
        print(f"{name}\t{letter.cls}\t{letter.layout}\t{row['rendition']}", file=sys.stderr)
    with (out / "truth.jsonl").open("w") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

# ruff: noqa: E501
"""Seventh test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_seventh_corpus.py OUT_DIR N SEED

writes N letters (s7_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s7_0001_p1.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object per letter in the
format of ../shared/sample/truth.jsonl (id, files, class, layout, heldout=false, rendition, pages,
dpi, fields with all 17 keys, page_text) plus `handwritten` and, for scans, `scan` (format, mode and
per page skew_deg, blur_px, noise_sigma, rotation, jpeg_quality, faded, stamps).  The same SEED
gives the same corpus, byte for byte; letters are built in a multiprocessing.Pool.

Written apart from the pipeline (from DESIGN.md, domain.md and the shared sample only).  Classes
in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 % surat_masuk), the
layouts of a class used round-robin in a seed-shuffled order.  About a third are born-digital PDFs
(reportlab, text layer); the rest are scans drawn with Pillow at 200 or 300 dpi (skew up to 2
degrees, blur, noise, uneven light, faded toner, JPEG artefacts, bilevel G4 TIFF, a page now and
then turned 90/180/270 degrees, a "DITERIMA" received stamp, organisation stamps and signatures over
the print) saved as PNG, JPEG, multi-page TIFF or image-only PDF.  Hand-filled forms and
hand-written letters (font dkg) are always scans, about 15 % of all letters.

Layouts (code, class: one line each)
  P01_party_pasal            permohonan  party DPD letter in numbered articles (Pasal 1-5), (1)/(2) clauses
  P02_dotted_identity        permohonan  citizen letter, identity as label ...... : value rows; KTP page often
  P03_whatsapp_screens       permohonan  printed WhatsApp screenshot(s): one tall phone, or two side by side
                                         on landscape A4; header shows the citizen's number (scan only)
  P04_kades_residents        permohonan  village head (kepala desa) asks for residents, desa letterhead
  P05_journalist_presscard   permohonan  newspaper masthead, boxed identity with press card / UKW numbers,
                                         editor-in-chief countersigns; page 2 press card + KTP copies
  P06_dprd_member            permohonan  member of the provincial DPRD, DPRD letterhead, request in prose
  P07_landscape_form         permohonan  landscape request form, two framed panels, tick boxes; typed or
                                         hand-filled, clerk's registration number in a box
  P08_far_right_values       permohonan  self-made form: labels at the left, values flush right on the same
                                         baseline, rules between rows, no colons
  P09_hand_squared_paper     permohonan  hand-written letter on quad-ruled notebook paper (KTP page sometimes)
  P10_hand_a5_slip           permohonan  A5 desk slip filled by hand, NIK in 16 boxes, dashed tear-off receipt
  K01_lawyer_numbered_reasons keberatan  advocates under a surat kuasa khusus: objek, "Bahwa ..." reasons
                                         citing Pasal 35 ayat (1) huruf x, petitum; often 2-3 pages
  K02_circled_reason_form    keberatan   objection form, grey section bands, the reason letter circled by pen
  K03_hand_unruled_objection keberatan   hand-written on plain paper, lines drifting, identity in the prose
  K04_group_petition         keberatan   residents' joint objection via a coordinator + table of signatures
  K05_summary_sidebar        keberatan   prose letter in a narrow column + framed summary sidebar at right
  K06_menunjuk_notice        keberatan   "Menunjuk: 1. request ... 2. PPID notice Nomor ..." (NGO or person)
  S01_relaas_boxed_register  sengketa    KI relaas panggilan sidang, register number boxed top right
  S02_penetapan_majelis      sengketa    KI penetapan (Menimbang/Mengingat/KESATU..) appointing the panel
  S03_putusan_excerpt        sengketa    two pages of a KI putusan (identitas, duduk perkara / amar), footers
  S04_kesepakatan_mediasi    sengketa    KI mediation settlement with three signatures
  M01_spd_form               surat_masuk Surat Perjalanan Dinas form (10 numbered rows) from a KPU kab/kota
  M02_undangan_pleno_kab     surat_masuk invitation to a rapat pleno, schedule table
  M03_audiensi_request       surat_masuk student board asks for an audience (talks about openness)
  M04_izin_penelitian_magang surat_masuk faculty asks for a research permit or internship, student table
  M05_surat_pengantar_data   surat_masuk classic SURAT PENGANTAR table of what a KPU kab/kota sends
  M06_vendor_invoice         surat_masuk printer's invoice, items, PPN, total, bank account
  M07_edaran_gubernur        surat_masuk governor's Surat Edaran (NOMOR / TENTANG block)
  M08_berita_acara_serah_terima surat_masuk handover report, date spelled out in words, two parties
  M09_pengaduan_kpps         surat_masuk citizen's complaint about a KPPS officer, numbered chronology
  M10_laporan_layanan_kab    surat_masuk KPU kab/kota semester report on information services (table)

Truth conventions (where DESIGN.md / domain.md are silent)
  * Values as printed, whitespace-normalised; every textual value is checked to occur in page_text
    (case aside: inside a sentence the first letter of an item or purpose is lower-cased, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering or final
    punctuation.  letter_date is ISO; phones as written; names keep prefixes (H., Kms., Nyimas) and
    degrees, never Bapak/Ibu/Sdr.; NIKs are 16 + a Sumsel kab/kota code (1601-1613, 1671-1674) +
    kecamatan + DDMMYY (day + 40 for women) + serial, the KTP copy repeating it.
  * The applicant is the natural person whose identity the letter gives as the requester (the party's
    officer in Pasal 1, the kepala desa, the journalist, the DPRD member, the coordinator, the NGO's
    representative); through advocates (K01) it is the client and contact fields stay null.  Address,
    phone, e-mail are those printed for that person (the newsroom's address when labelled so).
    occupation only from a Pekerjaan/pekerjaan statement (a Jabatan is not one); "Anggota DPRD"
    when printed as Pekerjaan.  A KTP copy supplies the NIK, nothing else.
  * sender_org: the name lines of the letterhead joined by a space, umbrella lines (PEMERINTAH
    KABUPATEN ..., KECAMATAN ..., the ministry) excluded; the masthead for a newspaper; the vendor on
    an invoice; null for individuals and for the office's own forms.
  * letter_number: the letter's own Nomor (SPD, berita acara, surat pengantar, invoice, relaas,
    penetapan and putusan numbers included); on forms the clerk's registration number if written;
    null when none is printed.  subject: a Hal/Perihal line only, except a Surat Edaran whose subject
    is its TENTANG title (as in the sample); null otherwise.
  * letter_date: the letter's own date: the chat day for WhatsApp, the "Pada tanggal" of an SPD, the
    pronouncement date of a putusan, the day a relaas/berita acara/mediation was made.
  * obtain_method / delivery_method from ticks or words: melihat; salinan when the kind is not said
    (or only "Mendapatkan salinan" is ticked); salinan_hardcopy / salinan_softcopy when named;
    delivery as ticked or said, null when not said.  objection_reason_code from the circled or cited
    letter or from the reason in words.  sengketa letters carry the applicant (original requester),
    address and information when printed, the cited request number and the KI register number; their
    reason text gives no objection_reason_code.
  * Class decisions: an audience request, a research/internship permit request, a complaint about a
    polling officer, a KPU kab/kota report on its own information services and an SPD are
    surat_masuk; a village head, a DPRD member or a party asking the PPID for information under
    UU 14/2008 is permohonan_informasi.  surat_masuk carries only letter_number, letter_date, subject
    and sender_org.
  * Stamps (organisation stamps, the received stamp) are drawn as images and are not page text; the
    received stamp is described in scan.pages[i].stamps.  handwritten is true when the field values
    are written by hand.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

# ============================================================================================
# fonts
# ============================================================================================
_U = "/usr/share/fonts/opentype/urw-base35/"
_D = "/usr/share/fonts/truetype/dejavu/"
_H = "/usr/share/fonts/truetype/fifthhorseman/"

# key -> (file Pillow draws with, PDF font name; None = scan-only face).  The Nimbus faces have
# the metrics of the standard PDF fonts, so one width function serves both renditions.
FONTS: dict[str, tuple[str, str | None]] = {
    "times": (_U + "NimbusRoman-Regular.otf", "Times-Roman"),
    "times:b": (_U + "NimbusRoman-Bold.otf", "Times-Bold"),
    "times:i": (_U + "NimbusRoman-Italic.otf", "Times-Italic"),
    "helv": (_U + "NimbusSans-Regular.otf", "Helvetica"),
    "helv:b": (_U + "NimbusSans-Bold.otf", "Helvetica-Bold"),
    "helv:i": (_U + "NimbusSans-Italic.otf", "Helvetica-Oblique"),
    "cour": (_U + "NimbusMonoPS-Regular.otf", "Courier"),
    "cour:b": (_U + "NimbusMonoPS-Bold.otf", "Courier-Bold"),
    "cour:i": (_U + "NimbusMonoPS-Italic.otf", "Courier-Oblique"),
    "dsans": (_D + "DejaVuSans.ttf", "DejaVuSans"),
    "dsans:b": (_D + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold"),
    "dsans:i": (_D + "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique"),
    "dserif": (_D + "DejaVuSerif.ttf", "DejaVuSerif"),
    "dserif:b": (_D + "DejaVuSerif-Bold.ttf", "DejaVuSerif-Bold"),
    "dserif:i": (_D + "DejaVuSerif-Italic.ttf", "DejaVuSerif-Italic"),
    "dcond": (_D + "DejaVuSansCondensed.ttf", "DejaVuSansCondensed"),
    "dcond:b": (_D + "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Bold"),
    "dcond:i": (_D + "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-Oblique"),
    "dmono": (_D + "DejaVuSansMono.ttf", "DejaVuSansMono"),
    "dmono:b": (_D + "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold"),
    "bookman": (_U + "URWBookman-Light.otf", None),
    "bookman:b": (_U + "URWBookman-Demi.otf", None),
    "bookman:i": (_U + "URWBookman-LightItalic.otf", None),
    "gothic": (_U + "URWGothic-Book.otf", None),
    "gothic:b": (_U + "URWGothic-Demi.otf", None),
    "gothic:i": (_U + "URWGothic-BookOblique.otf", None),
    "school": (_U + "C059-Roman.otf", None),
    "school:b": (_U + "C059-Bold.otf", None),
    "school:i": (_U + "C059-Italic.otf", None),
    "pala": (_U + "P052-Roman.otf", None),
    "pala:b": (_U + "P052-Bold.otf", None),
    "pala:i": (_U + "P052-Italic.otf", None),
    "narrow": (_U + "NimbusSansNarrow-Regular.otf", None),
    "narrow:b": (_U + "NimbusSansNarrow-Bold.otf", None),
    "narrow:i": (_U + "NimbusSansNarrow-Oblique.otf", None),
    "hand": (_H + "dkg.ttf", "Hand"),
    "hand:b": (_H + "dkgBd.ttf", "Hand-Bold"),
    "hand:i": (_H + "dkgIt.ttf", "Hand-Italic"),
}
DIGITAL_FAMS = ["times", "helv", "dsans", "dserif", "dcond", "times", "helv"]
SCAN_FAMS = [*DIGITAL_FAMS, "bookman", "gothic", "school", "pala", "narrow", "cour"]
_REGISTERED: set[str] = set()


def font_key(fam: str, style: str = "") -> str:
    key = f"{fam}:{style}" if style else fam
    return key if key in FONTS else fam


@cache
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key][0], max(4, px))


@lru_cache(maxsize=400_000)
def _w100(key: str, s: str) -> float:
    return pil_font(key, 100).getlength(s) / 100.0


def tw(s: str, key: str, size: float, cs: float = 0.0) -> float:
    """Width in points of s set in font key at size; cs > 0 sets it in cells of cs points."""
    if cs:
        return cs * len(s)
    return _w100(key, s) * size


@lru_cache(maxsize=400_000)
def _vext(key: str, s: str) -> tuple[float, float]:
    """(ascent above baseline, descent below) of the actual glyphs of s, per point of size."""
    box = pil_font(key, 100).getbbox(s, anchor="ls")
    return max(0.0, -box[1] / 100.0), max(0.0, box[3] / 100.0)


def rl_font(key: str) -> str:
    name = FONTS[key][1]
    if name is None:
        raise ValueError(f"font {key} has no PDF face")
    if FONTS[key][0].endswith(".ttf") and name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, FONTS[key][0]))
        _REGISTERED.add(name)
    return name


# ============================================================================================
# vocabulary: people, places, numbers, dates
# ============================================================================================
FIELD_KEYS = [
    "applicant_name",
    "nik",
    "address",
    "phone",
    "email",
    "occupation",
    "information_requested",
    "purpose",
    "obtain_method",
    "delivery_method",
    "letter_number",
    "letter_date",
    "subject",
    "sender_org",
    "reference_registration_number",
    "objection_reason_code",
    "dispute_register_number",
]

BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ANGKA = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "dua_belas",
    "tiga_belas",
    "empat_belas",
    "lima_belas",
    "enam_belas",
    "tujuh_belas",
    "delapan_belas",
    "sembilan_belas",
]

KPU_SS = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
KPU_ADDR = "Jl. Kapten A. Rivai No. 95 Palembang 30129"
KI_SS = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"

M_FIRST = [
    "Ahmad",
    "Muhammad",
    "Rizky",
    "Hendra",
    "Dedi",
    "Agus",
    "Fajar",
    "Yudi",
    "Arief",
    "Andi",
    "Taufik",
    "Rahmat",
    "Zulkifli",
    "Iwan",
    "Sutrisno",
    "Benny",
    "Doni",
    "Hasan",
    "Irfan",
    "Wahyu",
    "Syaiful",
    "Rudi",
    "Aditya",
    "Ilham",
    "Marzuki",
    "Yusuf",
    "Teguh",
    "Bayu",
    "Joko",
    "Bambang",
    "Heru",
    "Firmansyah",
    "Novri",
    "Edi",
    "Darmawan",
    "Suryadi",
    "Anton",
    "Ferry",
    "Ridwan",
    "Junaidi",
    "Sahrul",
    "Romi",
    "Hengki",
    "Mukhlis",
    "Amri",
    "Robert",
    "Lamhot",
    "Slamet",
    "Kevin",
    "Albert",
    "Hadi",
    "Yopi",
    "Herman",
    "Rusdi",
    "Gatot",
    "Nopriansyah",
    "Febri",
    "Reza",
    "Akbar",
    "Dimas",
    "Rendy",
    "Jefri",
    "Ilyas",
    "Zainuddin",
    "Mulyadi",
    "Syamsul",
]
F_FIRST = [
    "Rina",
    "Siti",
    "Dewi",
    "Nurul",
    "Fitri",
    "Yulia",
    "Sri",
    "Maya",
    "Ratna",
    "Indah",
    "Ayu",
    "Novita",
    "Putri",
    "Desi",
    "Wulan",
    "Rahma",
    "Mega",
    "Eka",
    "Lia",
    "Intan",
    "Melati",
    "Dian",
    "Herlina",
    "Suci",
    "Reni",
    "Yanti",
    "Evi",
    "Lusiana",
    "Oktaviani",
    "Rosmala",
    "Meiliana",
    "Tiara",
    "Anisa",
    "Helmalia",
    "Elvira",
    "Dwi",
    "Sartika",
    "Yusnani",
    "Marlena",
    "Rosita",
    "Erni",
    "Fera",
    "Septi",
    "Nadia",
    "Salsabila",
    "Cindy",
    "Wina",
    "Hartati",
]
M_MID = [
    "Nur",
    "Adi",
    "Budi",
    "Eko",
    "Rahman",
    "Hidayat",
    "Saputra",
    "Dwi",
    "Tri",
    "Maulana",
    "Putra",
]
F_MID = ["Nur", "Ayu", "Dwi", "Tri", "Sari", "Putri", "Indah", "Rahma"]
LAST = [
    "Saputra",
    "Pratama",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Wijaya",
    "Santoso",
    "Syahputra",
    "Gunawan",
    "Ramadhan",
    "Firdaus",
    "Nugroho",
    "Hakim",
    "Fauzi",
    "Effendi",
    "Ismail",
    "Rasyid",
    "Siregar",
    "Nainggolan",
    "Hutapea",
    "Sinaga",
    "Lubis",
    "Harahap",
    "Alamsyah",
    "Zainal",
    "Somad",
    "Sobri",
    "Tanjung",
    "Mahmud",
    "Baharuddin",
    "Sitompul",
    "Manurung",
    "Halim",
    "Gozali",
    "Bastari",
    "Arsyad",
    "Usman",
    "Anwar",
    "Husin",
    "Aminullah",
    "Marpaung",
    "Panjaitan",
    "Sembiring",
    "Daulay",
    "Rosyidi",
    "Matondang",
    "Hasibuan",
    "Purba",
    "Lumbantobing",
    "Wahab",
    "Djamil",
]
F_LAST = [
    "Sari",
    "Lestari",
    "Anggraini",
    "Puspita",
    "Handayani",
    "Marlina",
    "Rahmawati",
    "Safitri",
    "Maharani",
    "Yuliani",
    "Kartika",
    "Susanti",
    "Wulandari",
    "Permatasari",
    "Novianti",
    "Agustina",
    "Fitriani",
    "Damayanti",
]
CHINESE = [
    ("Lie Kok Hwa", False),
    ("Tjandra Wijaya Kusuma", False),
    ("Lim Mei Hua", True),
    ("Kwee Jun Wei", False),
    ("Tan Lie Ing", True),
    ("Oey Hok Sien", False),
    ("Liliana Tanoto", True),
    ("Gunawan Salim", False),
]
POST_DEG = [
    "S.H.",
    "S.E.",
    "S.Pd.",
    "S.Sos.",
    "S.IP.",
    "S.Kom.",
    "S.T.",
    "M.Si.",
    "S.H., M.H.",
    "S.Sos., M.Si.",
    "S.E., M.M.",
    "S.Ag.",
    "M.Pd.",
    "S.I.Kom.",
    "Lc., M.A.",
    "S.P.",
    "S.Ked.",
    "A.Md.",
    "S.Hut.",
    "M.H.",
]
OCCUPATIONS = [
    "Wiraswasta",
    "Karyawan Swasta",
    "Pegawai Negeri Sipil",
    "Guru",
    "Dosen",
    "Mahasiswa",
    "Petani",
    "Pedagang",
    "Ibu Rumah Tangga",
    "Buruh Harian Lepas",
    "Nelayan",
    "Pensiunan",
    "Konsultan",
    "Peneliti",
    "Aktivis LSM",
    "Pengemudi Ojek Daring",
    "Apoteker",
    "Perawat",
    "Tenaga Honorer",
    "Pekebun",
]
KTP_JOB = {
    "Mahasiswa": "PELAJAR/MAHASISWA",
    "Aktivis LSM": "WIRASWASTA",
    "Pengemudi Ojek Daring": "WIRASWASTA",
    "Pegawai Negeri Sipil": "PEGAWAI NEGERI SIPIL (PNS)",
    "Tenaga Honorer": "KARYAWAN HONORER",
    "Peneliti": "KARYAWAN SWASTA",
    "Konsultan": "KONSULTAN",
    "Pekebun": "PEKEBUN",
}
RELIGIONS = ["ISLAM"] * 8 + ["KRISTEN", "KATOLIK", "BUDDHA", "HINDU"]

# (code, KTP header, town, kecamatan -> kelurahan/desa, postal prefix, is_city, weight)
CITIES = [
    (
        "1671",
        "KOTA PALEMBANG",
        "Palembang",
        {
            "Ilir Barat I": ["Lorok Pakjo", "Bukit Lama", "26 Ilir D. I", "Siring Agung"],
            "Ilir Timur I": ["20 Ilir D. IV", "Sungai Pangeran", "Kepandean Baru"],
            "Seberang Ulu I": ["7 Ulu", "15 Ulu", "Silaberanti"],
            "Kemuning": ["Pipa Reja", "Ario Kemuning", "Sekip Jaya"],
            "Sukarami": ["Sukarami", "Sukabangun", "Kebun Bunga"],
            "Kalidoni": ["Kalidoni", "Sei Selincah", "Bukit Sangkal"],
            "Plaju": ["Plaju Ulu", "Talang Bubuk"],
            "Sako": ["Sako", "Sialang"],
            "Alang-Alang Lebar": ["Talang Kelapa", "Srijaya"],
            "Kertapati": ["Kemang Agung", "Karya Jaya"],
            "Bukit Kecil": ["Talang Semut", "19 Ilir"],
            "Jakabaring": ["15 Ulu", "Silaberanti"],
        },
        "301",
        True,
        10,
    ),
    (
        "1674",
        "KOTA PRABUMULIH",
        "Prabumulih",
        {
            "Prabumulih Timur": ["Gunung Ibul", "Prabujaya", "Muntang Tapus"],
            "Prabumulih Barat": ["Muara Dua", "Patih Galung"],
            "Cambai": ["Cambai", "Sindur"],
        },
        "311",
        True,
        2,
    ),
    (
        "1673",
        "KOTA LUBUKLINGGAU",
        "Lubuklinggau",
        {
            "Lubuklinggau Barat I": ["Taba Jemekeh", "Watervang"],
            "Lubuklinggau Timur II": ["Kayu Ara", "Jogoboyo"],
            "Lubuklinggau Utara II": ["Megang", "Petanang Ilir"],
        },
        "316",
        True,
        2,
    ),
    (
        "1672",
        "KOTA PAGAR ALAM",
        "Pagar Alam",
        {
            "Pagar Alam Utara": ["Pelang Kenidai", "Bangun Rejo"],
            "Dempo Utara": ["Jokoh", "Burung Dinang"],
        },
        "315",
        True,
        1,
    ),
    (
        "1610",
        "KABUPATEN OGAN ILIR",
        "Indralaya",
        {
            "Indralaya": ["Indralaya Raya", "Indralaya Mulya"],
            "Indralaya Utara": ["Timbangan", "Permata Baru"],
            "Tanjung Raja": ["Tanjung Raja Timur", "Tanjung Raja Barat"],
        },
        "306",
        False,
        2,
    ),
    (
        "1607",
        "KABUPATEN BANYUASIN",
        "Pangkalan Balai",
        {
            "Banyuasin III": ["Pangkalan Balai", "Kayuara Kuning"],
            "Talang Kelapa": ["Sukajadi", "Air Batu"],
            "Betung": ["Betung", "Rimba Asam"],
        },
        "307",
        False,
        2,
    ),
    (
        "1601",
        "KABUPATEN OGAN KOMERING ULU",
        "Baturaja",
        {
            "Baturaja Timur": ["Kemalaraja", "Sukaraya", "Talang Jawa"],
            "Baturaja Barat": ["Air Gading", "Sekar Jaya"],
        },
        "321",
        False,
        1,
    ),
    (
        "1602",
        "KABUPATEN OGAN KOMERING ILIR",
        "Kayuagung",
        {
            "Kayuagung": ["Kedaton", "Cintaraja", "Sidakersa"],
            "Tanjung Lubuk": ["Tanjung Lubuk", "Sukarami"],
        },
        "306",
        False,
        1,
    ),
    (
        "1603",
        "KABUPATEN MUARA ENIM",
        "Muara Enim",
        {
            "Muara Enim": ["Pasar II", "Air Lintang", "Tungkal"],
            "Lawang Kidul": ["Tanjung Enim", "Pasar Tanjung Enim"],
        },
        "311",
        False,
        1,
    ),
    (
        "1604",
        "KABUPATEN LAHAT",
        "Lahat",
        {
            "Lahat": ["Pasar Baru", "Bandar Jaya", "Kota Baru"],
            "Merapi Barat": ["Merapi", "Lebuay Bandung"],
        },
        "315",
        False,
        1,
    ),
    (
        "1605",
        "KABUPATEN MUSI RAWAS",
        "Muara Beliti",
        {
            "Muara Beliti": ["Muara Beliti Baru", "Pasar Muara Beliti"],
            "Tugumulyo": ["Wonokerto", "Mataram"],
        },
        "316",
        False,
        1,
    ),
    (
        "1606",
        "KABUPATEN MUSI BANYUASIN",
        "Sekayu",
        {
            "Sekayu": ["Balai Agung", "Serasan Jaya", "Kayuara"],
            "Babat Toman": ["Babat", "Mangun Jaya"],
        },
        "307",
        False,
        1,
    ),
    (
        "1608",
        "KABUPATEN OGAN KOMERING ULU TIMUR",
        "Martapura",
        {"Martapura": ["Pasar Martapura", "Veteran Jaya"], "Belitang": ["Gumawang", "Sumber Suko"]},
        "321",
        False,
        1,
    ),
    (
        "1609",
        "KABUPATEN OGAN KOMERING ULU SELATAN",
        "Muaradua",
        {"Muaradua": ["Pasar Muaradua", "Bumi Agung"]},
        "322",
        False,
        1,
    ),
    (
        "1611",
        "KABUPATEN EMPAT LAWANG",
        "Tebing Tinggi",
        {"Tebing Tinggi": ["Pasar Tebing Tinggi", "Tanjung Kupang"]},
        "314",
        False,
        1,
    ),
    (
        "1612",
        "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
        "Talang Ubi",
        {"Talang Ubi": ["Handayani Mulya", "Talang Ubi Timur"]},
        "312",
        False,
        1,
    ),
    (
        "1613",
        "KABUPATEN MUSI RAWAS UTARA",
        "Rupit",
        {"Rupit": ["Muara Rupit", "Karang Jaya"]},
        "316",
        False,
        1,
    ),
]
STREETS = [
    "Kapten A. Rivai",
    "Jenderal Sudirman",
    "Demang Lebar Daun",
    "Merdeka",
    "Angkatan 45",
    "Mayor Ruslan",
    "R. Sukamto",
    "Basuki Rahmat",
    "Bay Salim",
    "Kolonel H. Burlian",
    "Siaran",
    "Sersan Sani",
    "Letnan Jaimas",
    "Bambang Utoyo",
    "KH. Wahid Hasyim",
    "Ahmad Yani",
    "Srijaya Negara",
    "Pangeran Ratu",
    "Lintas Sumatera",
    "Kebun Sayur",
    "Mayor Zen",
    "Perintis Kemerdekaan",
    "Residen Abdul Rozak",
    "Veteran",
    "Talang Jambe",
]
LORONG = [
    "Kenari",
    "Pancasila",
    "Sepakat",
    "Famili",
    "Keluarga",
    "Mawar",
    "Harapan",
    "Swadaya",
    "Rukun",
    "Bersama",
]
KOMPLEK = [
    "Komp. Perumnas Sako",
    "Komp. Bukit Sejahtera",
    "Komp. OPI Jakabaring",
    "Perum Griya Sako Permai",
    "Komp. Villa Kenten",
    "Perumahan Citra Grand City",
    "Komp. Pusri Sako",
    "Perum Talang Kelapa Asri",
]

INFO_ITEMS = [
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Pasangan Calon Gubernur dan Wakil Gubernur Tahun 2024",
    "Data Daftar Pemilih Tetap (DPT) Pemilihan Tahun 2024 rekapitulasi per kecamatan di Kabupaten Ogan Ilir",
    "Rincian realisasi anggaran dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Salinan formulir Model D.Hasil Kabupaten/Kota Pemilihan Gubernur Tahun 2024 untuk Kota Prabumulih",
    "Daftar nama anggota PPK dan PPS terpilih di Kabupaten Musi Banyuasin",
    "Laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur dan Wakil Gubernur Tahun 2024",
    "Notulen rapat pleno penetapan Daftar Pemilih Tetap tingkat provinsi",
    "Salinan kontrak pengadaan surat suara Pemilihan Gubernur Tahun 2024 beserta addendumnya",
    "Jumlah pemilih penyandang disabilitas dalam DPT per kabupaten/kota",
    "Hasil evaluasi kinerja badan ad hoc pada Pemilihan Serentak Tahun 2024",
    "Besaran honorarium dan uang lembur KPPS pada Pemilihan Tahun 2024",
    "Data tingkat partisipasi pemilih per kabupaten/kota pada Pemilihan Gubernur Tahun 2024",
    "Rencana Strategis KPU Provinsi Sumatera Selatan Tahun 2025-2029",
    "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2025",
    "Salinan berita acara rekapitulasi hasil penghitungan suara tingkat provinsi Pemilihan Tahun 2024",
    "Daftar lokasi TPS dan jumlah pemilih per TPS di Kecamatan Indralaya Utara",
    "Dokumen Pelaksanaan Anggaran (DIPA) Satuan Kerja KPU Provinsi Sumatera Selatan Tahun Anggaran 2025",
    "Laporan hasil pemutakhiran data pemilih berkelanjutan semester II Tahun 2025",
    "Daftar aset barang milik negara berupa kendaraan dinas pada KPU Provinsi Sumatera Selatan",
    "Salinan Keputusan KPU tentang penetapan anggota KPU Kabupaten/Kota periode 2023-2028 di Sumatera Selatan",
    "Data jumlah surat suara yang rusak dan tidak terpakai di Kabupaten Banyuasin",
    "Laporan penggunaan dana hibah untuk sosialisasi dan pendidikan pemilih Tahun 2024",
    "Jadwal dan hasil seleksi calon anggota PPK untuk Kota Lubuklinggau",
    "Daftar rekanan penyedia logistik Pemilihan Tahun 2024 beserta nilai kontraknya",
]
PURPOSES = [
    "Bahan penelitian skripsi pada Fakultas Ilmu Sosial dan Ilmu Politik",
    "Bahan penyusunan tesis program magister ilmu pemerintahan",
    "Bahan pemberitaan dan liputan mendalam tentang tata kelola pemilihan",
    "Pengawasan publik atas penggunaan anggaran negara",
    "Bahan advokasi kebijakan kepemiluan yang inklusif",
    "Bahan evaluasi internal partai menjelang pemilihan berikutnya",
    "Bahan sosialisasi kepada warga tentang hak pilih",
    "Kelengkapan bahan kajian lembaga pemantau pemilu",
    "Bahan pelaksanaan fungsi pengawasan DPRD",
    "Bahan diskusi publik tentang transparansi penyelenggara pemilu",
    "Referensi penyusunan buku sejarah pemilihan di Sumatera Selatan",
    "Pemenuhan tugas mata kuliah hukum tata negara",
    "Bahan laporan pemantauan pemilihan kepala daerah",
    "Bahan penyusunan rencana kerja pemerintah desa",
]
REASONS = {
    "a": "Penolakan atas permintaan informasi berdasarkan alasan pengecualian",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permintaan informasi",
    "d": "Permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permintaan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang",
}
REASON_PROSE = {
    "a": [
        "permohonan saya ditolak dengan alasan informasi tersebut termasuk informasi yang dikecualikan",
        "PPID menolak memberikan informasi dengan dalih informasi tersebut dikecualikan",
    ],
    "b": [
        "informasi berkala yang wajib diumumkan tidak tersedia, baik di laman resmi maupun di meja layanan",
        "laporan yang seharusnya diumumkan secara berkala tidak pernah disediakan",
    ],
    "c": [
        "sampai dengan batas waktu 10 (sepuluh) hari kerja permohonan saya tidak ditanggapi sama sekali",
        "hingga hari ini tidak ada tanggapan apa pun atas permohonan tersebut",
    ],
    "d": [
        "jawaban yang saya terima tidak sesuai dengan informasi yang saya minta",
        "informasi yang diberikan berbeda dari rincian yang tercantum dalam permohonan",
    ],
    "e": [
        "informasi yang dinyatakan dapat diberikan tidak kunjung diserahkan kepada saya",
        "permohonan tersebut tidak dipenuhi meskipun telah dinyatakan sebagai informasi terbuka",
    ],
    "f": [
        "saya dikenakan biaya penggandaan yang tidak wajar dan jauh melebihi biaya fotokopi",
        "biaya yang diminta untuk salinan dokumen tidak wajar",
    ],
    "g": [
        "informasi baru diberikan setelah melewati batas waktu yang ditentukan undang-undang",
        "penyampaian informasi melebihi jangka waktu yang diatur dalam UU Nomor 14 Tahun 2008",
    ],
}

INK = (0, 0, 0)
GREY = (90, 90, 90)
BLUE_INKS = [(20, 40, 150), (25, 35, 110), (15, 20, 60), (30, 60, 170)]
STAMP_INKS = [(40, 60, 170), (120, 40, 150), (170, 30, 40), (30, 90, 160)]


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def roman(m: int) -> str:
    return ROMAN[m - 1]


def fmt_date(d: date, style: str = "long") -> str:
    if style == "long":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {BULAN[d.month - 1]} {d.year}"
    if style == "day":
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "slash0":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def words_date(d: date) -> str:
    """'dua belas bulan Maret tahun dua ribu dua puluh enam' (berita acara style)."""

    def num(n: int) -> str:
        if n < 20:
            return ANGKA[n].replace("_", " ")
        tens, ones = divmod(n, 10)
        return (
            ANGKA[tens].replace("_", " ") + " puluh" + (" " + ANGKA[ones] if ones else "")
        ).strip()

    y = d.year - 2000
    return f"{num(d.day)} bulan {BULAN[d.month - 1]} tahun dua ribu {num(y)}"


def rand_date(r: random.Random, lo: date = date(2025, 2, 3), hi: date = date(2026, 6, 26)) -> date:
    while True:
        d = lo + timedelta(days=r.randrange((hi - lo).days))
        if d.weekday() < 5:
            return d


def work_back(d: date, n: int) -> date:
    while n > 0:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def reg_number(r: random.Random, d: date) -> str:
    return f"{r.randint(1, 180):03d}/PPID/KPU-SS/{roman(d.month)}/{d.year}"


def dispute_number(r: random.Random, d: date) -> str:
    seq = r.randint(1, 60)
    return pick(
        r,
        [
            f"{seq:03d}/REG-PSI/{roman(d.month)}/{d.year}",
            f"{seq:03d}/REG-PSI/KI-SS/{roman(d.month)}/{d.year}",
            f"REG/{seq:03d}/KI-SS/{roman(d.month)}/{d.year}",
            f"{seq:02d}/KI-SS-PS/{roman(d.month)}/{d.year}",
        ],
    )


@dataclass
class City:
    code: str
    ktp: str
    town: str
    kec: dict
    postal: str
    is_city: bool


def pick_city(r: random.Random) -> City:
    c = r.choices(CITIES, weights=[c[6] for c in CITIES])[0]
    return City(*c[:6])


def make_phone(r: random.Random, style: str | None = None) -> str:
    pre = pick(
        r,
        [
            "0811",
            "0812",
            "0813",
            "0821",
            "0822",
            "0852",
            "0853",
            "0857",
            "0877",
            "0878",
            "0895",
            "0819",
        ],
    )
    rest = "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 8, 8])))
    digits = pre + rest
    style = (
        style
        or r.choices(
            ["dash", "space", "plain", "intl_dash", "intl_space", "intl_plain", "dot"],
            [24, 14, 16, 12, 12, 8, 6],
        )[0]
    )
    a, b, c = digits[:4], digits[4:8], digits[8:]
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "space":
        return f"{a} {b} {c}"
    if style == "plain":
        return digits
    if style == "dot":
        return f"{a}.{b}.{c}"
    d = digits[1:]
    if style == "intl_dash":
        return f"+62 {d[:3]}-{d[3:7]}-{d[7:]}"
    if style == "intl_space":
        return f"+62 {d[:3]} {d[3:7]} {d[7:]}"
    return "+62" + d


AREA_CODES = {
    "1671": "0711",
    "1674": "0713",
    "1604": "0731",
    "1673": "0733",
    "1603": "0734",
    "1601": "0735",
    "1602": "0712",
    "1606": "0714",
}


def make_landline(r: random.Random, area: str = "0711") -> str:
    n = f"{r.randint(3, 8)}{r.randint(0, 99999):05d}"
    return pick(r, [f"({area}) {n}", f"{area}-{n}", f"({area}) {n[:3]} {n[3:]}"])


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


@dataclass
class Person:
    name: str  # as printed and as truth: prefixes and degrees kept
    bare: str  # without academic degrees (KTP)
    female: bool
    nik: str
    birth: date
    birthplace: str
    city: City
    street: str
    rt: str
    rw: str
    kel: str
    kec: str
    address: str
    phone: str
    email: str
    occupation: str
    religion: str
    married: bool
    title: str  # Bapak / Ibu


def make_name(
    r: random.Random, female: bool | None = None, degree_p: float = 0.35
) -> tuple[str, str, bool]:
    if female is None:
        female = r.random() < 0.42
    if r.random() < 0.07:
        nm, female = pick(r, CHINESE)
        core = nm
    else:
        first = pick(r, F_FIRST if female else M_FIRST)
        parts = [first]
        if r.random() < 0.35:
            parts.append(pick(r, F_MID if female else M_MID))
        if r.random() < 0.85:
            parts.append(pick(r, (F_LAST + LAST[:20]) if female else LAST))
        core = " ".join(dict.fromkeys(parts))
        if r.random() < 0.14:
            core = (
                pick(r, ["Nyimas", "Nyayu", "R.A."] if female else ["Kms.", "Mgs.", "R.", "M."])
                + " "
                + core
            )
    if r.random() < 0.1:
        core = ("Hj. " if female else "H. ") + core
    bare = core
    pre, post = "", ""
    if r.random() < degree_p:
        post = pick(r, POST_DEG)
        if r.random() < 0.12:
            pre = pick(r, ["Dr.", "Ir.", "Dra." if female else "Drs."])
    name = (pre + " " if pre else "") + core + (", " + post if post else "")
    return name, bare, female


def make_nik(r: random.Random, city: City, birth: date, female: bool) -> str:
    day = birth.day + (40 if female else 0)
    return f"{city.code}{r.randint(1, 18):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{r.randint(1, 2999):04d}"


def make_address(r: random.Random, city: City) -> tuple[str, str, str, str, str, str]:
    kec = pick(r, sorted(city.kec))
    kel = pick(r, city.kec[kec])
    n = r.randint(1, 250)
    kind = r.random()
    if kind < 0.38:
        street = f"Jl. {pick(r, STREETS)} No. {n}"
    elif kind < 0.58:
        street = f"Jl. {pick(r, STREETS)} Lr. {pick(r, LORONG)} No. {n}"
    elif kind < 0.74:
        street = f"Lr. {pick(r, LORONG)} No. {n}"
    elif kind < 0.88:
        street = f"{pick(r, KOMPLEK)} Blok {pick(r, 'ABCDEFGH')}-{r.randint(1, 40)}"
    else:
        street = f"Jalan {pick(r, STREETS)} Nomor {n}"
    rt, rw = f"{r.randint(1, 45):03d}", f"{r.randint(1, 12):03d}"
    rs = r.randrange(5)
    rtrw = [
        f"RT {rt}/RW {rw}",
        f"RT. {rt[1:]} RW. {rw[1:]}",
        f"RT {rt[1:]} / RW {rw[1:]}",
        f"RT.{rt}/RW.{rw}",
        f"RT {int(rt)} RW {int(rw)}",
    ][rs]
    desa = not city.is_city and r.random() < 0.5
    kel_s = (
        ("Desa " if desa else pick(r, ["Kel. ", "Kelurahan "]))
        if r.random() < 0.92
        else ("Ds. " if desa else "Kel. ")
    ) + kel
    kec_s = pick(r, ["Kec. ", "Kecamatan "]) + kec
    if city.is_city:
        town = pick(r, [city.town, city.town, "Kota " + city.town])
    else:
        town = pick(r, ["Kab. " + city.ktp.split(" ", 1)[1].title(), city.town])
    tail = f" {city.postal}{r.randint(10, 99)}" if r.random() < 0.3 else ""
    sep = pick(r, [", ", ", ", " "])
    addr = f"{street}{sep}{rtrw}, {kel_s}, {kec_s}, {town}{tail}"
    return addr, street, rt, rw, kel, kec


def make_person(
    r: random.Random,
    female: bool | None = None,
    degree_p: float = 0.35,
    occupation: str | None = None,
    city: City | None = None,
    min_age: int = 19,
    max_age: int = 66,
    ref: date = date(2026, 1, 1),
) -> Person:
    name, bare, female = make_name(r, female, degree_p)
    city = city or pick_city(r)
    birth = date(ref.year - r.randint(min_age, max_age), r.randint(1, 12), r.randint(1, 28))
    nik = make_nik(r, city, birth, female)
    addr, street, rt, rw, kel, kec = make_address(r, city)
    phone = make_phone(r)
    if r.random() < 0.07:  # a house telephone instead of a mobile number
        phone = make_landline(r, AREA_CODES.get(city.code, "0711"))
    words = [w for w in bare.replace("Hj. ", "").replace("H. ", "").split() if not w.endswith(".")]
    first, last = slug(words[0]), slug(words[-1]) if len(words) > 1 else ""
    if last:
        local = pick(
            r,
            [
                f"{first}.{last}",
                f"{first}{last}{r.randint(1, 99)}",
                f"{last}_{first}",
                f"{first}{r.randint(70, 99)}",
            ],
        )
    else:
        local = pick(r, [f"{first}{r.randint(1, 99)}", f"{first}.{r.randint(1970, 2004)}"])
    email = f"{local}@{pick(r, ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'])}"
    occ = occupation or pick(r, OCCUPATIONS)
    return Person(
        name=name,
        bare=bare,
        female=female,
        nik=nik,
        birth=birth,
        birthplace=pick(
            r,
            [
                city.town.upper(),
                "PALEMBANG",
                "LAHAT",
                "BATURAJA",
                "JAKARTA",
                "MUARA ENIM",
                "KAYUAGUNG",
            ],
        ),
        city=city,
        street=street,
        rt=rt,
        rw=rw,
        kel=kel,
        kec=kec,
        address=addr,
        phone=phone,
        email=email,
        occupation=occ,
        religion=pick(r, RELIGIONS),
        married=r.random() < 0.65,
        title="Ibu" if female else "Bapak",
    )


def info_items(r: random.Random, k: int | None = None) -> list[str]:
    k = k or r.choices([1, 2, 3], [55, 32, 13])[0]
    return r.sample(INFO_ITEMS, k)


def lc_items(items: list[str]) -> str:
    return "; ".join(lc_first(x) for x in items)


def lc_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


OBTAIN_COMBOS = [
    ("melihat", None),
    ("salinan_hardcopy", "mengambil_langsung"),
    ("salinan_hardcopy", "pos"),
    ("salinan_hardcopy", "kurir"),
    ("salinan_softcopy", "email"),
    ("salinan_softcopy", "mengambil_langsung"),
    ("salinan", "email"),
    (None, None),
]


def obtain_sentence(
    r: random.Random, ob: str | None, dl: str | None, email: str | None, we: bool = False
) -> str:
    me, my = ("kami", "kami") if we else ("saya", "saya")
    if ob is None:
        return ""
    if ob == "melihat":
        return pick(
            r,
            [
                f"Informasi tersebut ingin {me} lihat dan catat langsung di ruang layanan informasi PPID.",
                f"{me.capitalize()} bermaksud membaca dan mencatat sendiri informasi tersebut di kantor PPID.",
            ],
        )
    base = {
        "salinan_hardcopy": pick(r, ["salinan cetak (hardcopy)", "fotokopi (hardcopy)"]),
        "salinan_softcopy": pick(r, ["salinan elektronik (softcopy)", "softcopy dalam format PDF"]),
        "salinan": "salinan",
    }[ob]
    how = {
        "mengambil_langsung": f"yang akan {me} ambil langsung di kantor PPID",
        "pos": f"yang dikirim melalui pos ke alamat {my} di atas",
        "kurir": f"yang dikirim melalui jasa kurir ke alamat {my}",
        "email": f"yang dikirim melalui surat elektronik ke {email}",
    }[dl]
    return f"Informasi tersebut mohon diberikan dalam bentuk {base} {how}."


# ============================================================================================
# page model
# ============================================================================================
HAND_LEAD = 2.12  # line pitch of hand-written text, in units of its size (tall loops)
A4 = (595.28, 841.89)
A5 = (419.53, 595.28)


@dataclass
class T:
    """One run of text, left end of its baseline at (x, y), y measured from the page top."""

    x: float
    y: float
    s: str
    font: str
    size: float
    color: tuple = INK
    blk: int = 0
    cs: float = 0.0

    @property
    def w(self) -> float:
        return tw(self.s, self.font, self.size, self.cs)


@dataclass
class G:
    """A graphic: line, rect, ellipse, poly (open), polyfill, stamp, dots."""

    kind: str
    pts: tuple | list
    width: float = 0.7
    stroke: tuple | None = INK
    fill: tuple | None = None
    radius: float = 0.0
    dash: tuple | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Page:
    w: float
    h: float
    ops: list = field(default_factory=list)
    paper: tuple = (255, 255, 255)

    def texts(self) -> list[T]:
        return [o for o in self.ops if isinstance(o, T)]


def page_text(p: Page) -> str:
    """The text of a page in reading order: block by block, top to bottom, left to right."""
    order: list[int] = []
    by_blk: dict[int, list[T]] = {}
    for t in p.texts():
        if t.blk not in by_blk:
            order.append(t.blk)
            by_blk[t.blk] = []
        by_blk[t.blk].append(t)
    lines: list[str] = []
    for b in order:
        ts = sorted(by_blk[b], key=lambda t: (t.y, t.x))
        groups: list[list[T]] = []
        for t in ts:
            if groups and t.y - groups[-1][-1].y <= 3.0:
                groups[-1].append(t)
            else:
                groups.append([t])
        for g in groups:
            lines.append(" ".join(t.s for t in sorted(g, key=lambda t: t.x) if t.s.strip()))
    return "\n".join(x for x in lines if x.strip())


def check_page(p: Page, where: str) -> None:
    """No two runs of text may touch each other, and every run must lie inside the page."""
    boxes = []
    for t in p.texts():
        if not t.s.strip():
            continue
        a, d = _vext(t.font, t.s)
        box = (t.x, t.y - a * t.size, t.x + t.w, t.y + d * t.size)
        if box[0] < 3 or box[2] > p.w - 3 or box[1] < 3 or box[3] > p.h - 3:
            raise AssertionError(f"{where}: text outside page: {t.s!r} {box} page {p.w}x{p.h}")
        boxes.append((box, t))
    boxes.sort(key=lambda b: b[0][1])
    for i, (b1, t1) in enumerate(boxes):
        for b2, t2 in boxes[i + 1 :]:
            if b2[1] >= b1[3] - 0.4:
                break
            if b1[0] < b2[2] - 0.4 and b2[0] < b1[2] - 0.4 and b1[1] < b2[3] - 0.4:
                raise AssertionError(f"{where}: overprint {t1.s!r} / {t2.s!r}")


def wrap(s: str, key: str, size: float, width: float, cs: float = 0.0) -> list[str]:
    """Greedy word wrap (explicit newlines kept); a word longer than the width is cut."""
    out: list[str] = []
    for para in s.split("\n"):
        words = para.split()
        if not words:
            out.append("")
            continue
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if tw(cand, key, size, cs) <= width:
                cur = cand
                continue
            if cur:
                out.append(cur)
            while tw(w, key, size, cs) > width:
                k = len(w)
                while k > 1 and tw(w[:k], key, size, cs) > width:
                    k -= 1
                out.append(w[:k])
                w = w[k:]
            cur = w
        out.append(cur)
    return out


class Doc:
    """A flow of pages: a cursor y (top of the next line box) between margins."""

    def __init__(
        self, ctx: Ctx, fam: str, size: float = 11.0, page: tuple = A4, margins=(68, 54, 62, 58)
    ):
        self.c = ctx
        self.fam = fam
        self.size = size
        self.margins = margins
        self.pages: list[Page] = []
        self.blk = 0
        self.ink = INK
        self.drift = 0.0  # slope range of hand-written lines on unruled paper
        self.hlead = HAND_LEAD
        self.on_new_page = None
        self.new_page(page)

    # -- pages and fonts ---------------------------------------------------------------
    def new_page(self, page: tuple | None = None, margins=None) -> Page:
        w, h = page or (self.p.w, self.p.h)
        self.p = Page(w, h)
        self.pages.append(self.p)
        ml, mt, mr, mb = margins or self.margins
        self.ml, self.mt, self.mr, self.mb = ml, mt, mr, mb
        self.x0, self.x1 = ml, w - mr
        self.y = mt
        self.blk += 1
        if self.on_new_page:
            self.on_new_page(self)
        return self.p

    def f(self, style: str = "") -> str:
        return font_key(self.fam, style)

    def block(self) -> int:
        self.blk += 1
        return self.blk

    def need(self, h: float) -> None:
        if self.y + h > self.p.h - self.mb:
            self.new_page()

    # -- primitives --------------------------------------------------------------------
    def text(
        self, x, y, s, font=None, size=None, color=None, align="l", hand=False, cs=0.0, blk=None
    ):
        """Put s with its baseline at y; align l / c / r around x.  Returns the width."""
        font = font or self.f()
        size = size or self.size
        color = color or self.ink
        w = tw(s, font, size, cs)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        b = self.blk if blk is None else blk
        if hand and " " in s.strip():
            # hand-written: each word on its own slightly wandering baseline
            r = self.c.r
            cx = x
            slope = self.drift * r.uniform(-1, 1)
            for word in s.split(" "):
                if word:
                    self.p.ops.append(
                        T(
                            cx,
                            y + r.uniform(-0.6, 0.6) + slope * (cx - x),
                            word,
                            font,
                            size,
                            color,
                            b,
                        )
                    )
                cx += tw(word + " ", font, size) + r.uniform(-0.2, 0.6)
            return w
        self.p.ops.append(T(x, y, s, font, size, color, b, cs))
        return w

    def g(self, kind, pts, **kw) -> G:
        op = G(kind, pts, **kw)
        self.p.ops.append(op)
        return op

    def hline(self, x0, x1, y, width=0.7, color=INK, dash=None):
        self.g("line", (x0, y, x1, y), width=width, stroke=color, dash=dash)

    def rect(self, x, y, w, h, width=0.7, stroke=INK, fill=None, radius=0.0):
        self.g("rect", (x, y, w, h), width=width, stroke=stroke, fill=fill, radius=radius)

    # -- flowing text ------------------------------------------------------------------
    def line(
        self, s, font=None, size=None, align="l", x0=None, x1=None, lead=1.3, color=None, hand=False
    ):
        size = size or self.size
        font = font or self.f()
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        hs = size * (self.hlead if hand else lead)
        self.need(hs)
        base = self.y + size * (1.05 if hand else 0.95)
        x = {"l": x0, "c": (x0 + x1) / 2, "r": x1}[align]
        self.text(x, base, s, font, size, color, align, hand)
        self.y += hs
        return base

    def para(
        self,
        s,
        font=None,
        size=None,
        x0=None,
        x1=None,
        lead=1.3,
        indent=0.0,
        first=0.0,
        justify=False,
        align="l",
        color=None,
        hand=False,
        after=0.0,
    ):
        size = size or self.size
        font = font or self.f()
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        slack = 0.97 if hand else 1.0
        lines = wrap(s, font, size, (x1 - x0 - indent - max(first, 0)) * slack)
        # re-wrap with the first-line indent only when it differs
        if first and lines:
            lines1 = wrap(s, font, size, (x1 - x0 - indent - first) * slack)
            rest = " ".join(" ".join(lines1[1:]).split())
            lines = (
                [lines1[0], *wrap(rest, font, size, (x1 - x0 - indent) * slack)]
                if rest
                else [lines1[0]]
            )
        for i, ln in enumerate(lines):
            lx = x0 + indent + (first if i == 0 else 0)
            hs = size * (self.hlead if hand else lead)
            self.need(hs)
            base = self.y + size * (1.05 if hand else 0.95)
            last = i == len(lines) - 1
            if justify and not last and not hand and len(ln.split()) > 1:
                self._justified(lx, x1, base, ln, font, size, color)
            elif align == "c":
                self.text((x0 + x1) / 2, base, ln, font, size, color, "c", hand)
            elif align == "r":
                self.text(x1, base, ln, font, size, color, "r", hand)
            else:
                self.text(lx, base, ln, font, size, color, "l", hand)
            self.y += hs
        self.y += after

    def _justified(self, x0, x1, base, ln, font, size, color):
        words = ln.split()
        wsum = sum(tw(w, font, size) for w in words)
        gap = (x1 - x0 - wsum) / (len(words) - 1)
        if gap > size * 1.2:  # a very loose line is left ragged
            self.text(x0, base, ln, font, size, color)
            return
        x = x0
        for w in words:
            self.text(x, base, w, font, size, color)
            x += tw(w, font, size) + gap

    def gap(self, h: float) -> None:
        self.y += h

    def kv(
        self,
        label,
        value,
        lw,
        font=None,
        size=None,
        vfont=None,
        vsize=None,
        x0=None,
        x1=None,
        colon=":",
        lead=1.3,
        hand=False,
        vcolor=None,
        dots=False,
        rule=False,
    ):
        """A label / value row: label in [x0, x0+lw), colon at x0+lw, value wrapped after it."""
        size = size or self.size
        font = font or self.f()
        vfont = vfont or (font_key("hand") if hand else font)
        vsize = vsize or (size * 1.3 if hand else size)
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        cx = x0 + lw
        vx = cx + (tw(colon + " ", font, size) if colon else 0)
        ls = (
            size
            if tw(label, font, size) <= lw - 8
            else max(size * 0.78, _fit(label, font, size, lw - 8))
        )
        llines = wrap(label, font, ls, lw - 8)
        vlines = wrap(value, vfont, vsize, (x1 - vx) * (0.96 if hand else 1.0)) if value else []
        if hand:
            lh = max(size * lead, vsize * self.hlead)
            top = max(size * 0.95, vsize * 1.0)
        else:
            lh = max(size, vsize) * lead
            top = max(size, vsize) * 0.95
        n = max(len(llines), len(vlines), 1)
        self.need(n * lh)
        base0 = self.y + top
        for i in range(n):
            b = base0 + i * lh
            if i < len(llines):
                self.text(x0, b, llines[i], font, ls)
                if dots and i == len(llines) - 1 and i == 0:
                    lw_act = tw(llines[i], font, ls)
                    dw = tw(".", font, size)
                    k = int((cx - 4 - (x0 + lw_act + 4)) / dw)
                    if k > 2:
                        self.text(x0 + lw_act + 4, b, "." * k, font, size)
            if i == 0 and colon:
                self.text(cx, b, colon, font, size)
            if i < len(vlines):
                self.text(vx, b, vlines[i], vfont, vsize, vcolor, hand=hand)
            if rule:
                self.hline(vx, x1, b + max(2.0, vsize * 0.35), 0.4, (120, 120, 120), dash=(1, 1.5))
        self.y += n * lh

    def items(
        self,
        items,
        marker="1.",
        x0=None,
        x1=None,
        indent=18,
        font=None,
        size=None,
        lead=1.3,
        after=2.0,
        justify=False,
        hand=False,
    ):
        """A list with hanging indent; the marker sits on the first baseline of its item."""
        x0 = self.x0 if x0 is None else x0
        size = size or self.size
        font = font or (font_key("hand") if hand else self.f())
        for i, it in enumerate(items):
            self.need(size * (self.hlead if hand else lead))
            base = self.y + size * (1.05 if hand else 0.95)
            self.text(x0, base, _marker(marker, i), font, size)
            self.para(
                it,
                font=font,
                size=size,
                x0=x0 + indent,
                x1=x1,
                lead=lead,
                justify=justify,
                hand=hand,
            )
            self.y += after

    def table(
        self,
        widths,
        rows,
        font=None,
        size=None,
        x0=None,
        pad=3.5,
        lead=1.25,
        head=1,
        head_fill=(225, 225, 225),
        bold_head=True,
        border=0.6,
        aligns=None,
        hand_cols=(),
        min_h=0.0,
    ):
        font = font or self.f()
        size = size or self.size
        x0 = self.x0 if x0 is None else x0
        for ri, row in enumerate(rows):
            is_head = ri < head
            fk = font_key(self.fam, "b") if (is_head and bold_head) else font
            cells = []
            for ci, (w, val) in enumerate(zip(widths, row, strict=False)):
                hand = ci in hand_cols and not is_head
                ck = font_key("hand") if hand else fk
                cs = size * 1.25 if hand else size
                cells.append(
                    (wrap(str(val), ck, cs, w - 2 * pad) if val != "" else [], ck, cs, hand)
                )
            lh = size * lead
            nl = max([len(c[0]) for c in cells] + [1])
            rh = max(nl * lh + 2 * pad, min_h)
            for c in cells:
                if c[3]:
                    rh = max(rh, len(c[0]) * c[2] * self.hlead + 2 * pad)
            self.need(rh)
            y = self.y
            top = max(c[2] for c in cells) * 0.92 if cells else size
            if is_head and head_fill:
                self.rect(x0, y, sum(widths), rh, width=0, stroke=None, fill=head_fill)
            x = x0
            for ci, (w, c) in enumerate(zip(widths, cells, strict=False)):
                lines, ck, cs, hand = c
                al = (aligns[ci] if aligns else "l") if not is_head else "c"
                for li, ln in enumerate(lines):
                    b = y + pad + top + li * (cs * self.hlead if hand else lh)
                    if al == "c":
                        self.text(x + w / 2, b, ln, ck, cs, align="c", hand=hand)
                    elif al == "r":
                        self.text(x + w - pad, b, ln, ck, cs, align="r", hand=hand)
                    else:
                        self.text(x + pad, b, ln, ck, cs, hand=hand)
                if border:
                    self.rect(x, y, w, rh, width=border)
                x += w
            self.y += rh


def _marker(style: str, i: int) -> str:
    if style == "1.":
        return f"{i + 1}."
    if style == "1)":
        return f"{i + 1})"
    if style == "(1)":
        return f"({i + 1})"
    if style == "a.":
        return f"{'abcdefghij'[i]}."
    if style == "-":
        return "-"
    if style == "•":
        return "•"
    return style


# ============================================================================================
# drawing helpers: logos, signatures, ticks, stamps
# ============================================================================================
def star_pts(cx, cy, r1, r2, n=5, rot=-90.0):
    pts = []
    for i in range(2 * n):
        a = math.radians(rot + i * 180.0 / n)
        rr = r1 if i % 2 == 0 else r2
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def logo(d: Doc, kind: str, x: float, y: float, s: float, color=(60, 60, 60)) -> None:
    """A decorative emblem (no text) in the square (x, y, s, s)."""
    cx, cy = x + s / 2, y + s / 2
    if kind == "kpu":
        d.g("ellipse", (x, y, s, s), width=1.2, stroke=(90, 60, 20), fill=(220, 180, 60))
        d.g(
            "rect",
            (x + s * 0.27, y + s * 0.45, s * 0.46, s * 0.3),
            width=0,
            stroke=None,
            fill=(190, 30, 30),
        )
        d.g(
            "polyfill",
            star_pts(cx, y + s * 0.3, s * 0.15, s * 0.06),
            width=0,
            stroke=None,
            fill=(190, 30, 30),
        )
    elif kind == "shield":
        pts = [
            (x + s * 0.1, y),
            (x + s * 0.9, y),
            (x + s * 0.9, y + s * 0.55),
            (cx, y + s),
            (x + s * 0.1, y + s * 0.55),
        ]
        d.g("polyfill", pts, width=1.0, stroke=INK, fill=color)
        d.g(
            "polyfill",
            star_pts(cx, y + s * 0.38, s * 0.2, s * 0.08),
            width=0,
            stroke=None,
            fill=(245, 245, 245),
        )
    elif kind == "star":
        d.g("ellipse", (x, y, s, s), width=1.5, stroke=color, fill=None)
        d.g("polyfill", star_pts(cx, cy, s * 0.4, s * 0.16), width=0, stroke=None, fill=color)
    elif kind == "ring":
        d.g("ellipse", (x, y, s, s), width=2.0, stroke=color, fill=None)
        d.g(
            "ellipse",
            (x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6),
            width=0,
            stroke=None,
            fill=color,
        )
        d.g(
            "rect",
            (x + s * 0.45, y + s * 0.05, s * 0.1, s * 0.9),
            width=0,
            stroke=None,
            fill=(250, 250, 250),
        )
    elif kind == "eye":
        d.g("ellipse", (x, y + s * 0.25, s, s * 0.5), width=1.5, stroke=color, fill=None)
        d.g(
            "ellipse",
            (x + s * 0.35, y + s * 0.35, s * 0.3, s * 0.3),
            width=0,
            stroke=None,
            fill=color,
        )
    elif kind == "pen":
        d.g("rect", (x, y, s, s), width=0, stroke=None, fill=color)
        d.g(
            "polyfill",
            [
                (x + s * 0.3, y + s * 0.8),
                (x + s * 0.75, y + s * 0.2),
                (x + s * 0.85, y + s * 0.3),
                (x + s * 0.4, y + s * 0.9),
            ],
            width=0,
            stroke=None,
            fill=(250, 250, 250),
        )
    elif kind == "scales":
        d.g("line", (cx, y + s * 0.1, cx, y + s * 0.9), width=1.6, stroke=color)
        d.g("line", (x + s * 0.1, y + s * 0.3, x + s * 0.9, y + s * 0.3), width=1.6, stroke=color)
        d.g("ellipse", (x, y + s * 0.45, s * 0.3, s * 0.15), width=1.2, stroke=color)
        d.g("ellipse", (x + s * 0.7, y + s * 0.45, s * 0.3, s * 0.15), width=1.2, stroke=color)
        d.g("line", (x + s * 0.3, y + s * 0.9, x + s * 0.7, y + s * 0.9), width=2, stroke=color)
    else:  # garuda-like: wings and a shield
        d.g(
            "polyfill",
            [
                (cx, y + s * 0.15),
                (x, y + s * 0.35),
                (x + s * 0.3, y + s * 0.5),
                (cx, y + s * 0.95),
                (x + s * 0.7, y + s * 0.5),
                (x + s, y + s * 0.35),
            ],
            width=0.8,
            stroke=INK,
            fill=(200, 170, 70),
        )
        d.g(
            "rect",
            (x + s * 0.38, y + s * 0.38, s * 0.24, s * 0.24),
            width=0.8,
            stroke=INK,
            fill=(240, 240, 240),
        )


def scribble(r: random.Random, x: float, y: float, w: float, h: float) -> list[tuple[float, float]]:
    """A looping signature stroke inside the box (x, y, w, h)."""
    loops = r.uniform(2.5, 5.5)
    ph = r.uniform(0, math.tau)
    amp = r.uniform(0.25, 0.45)
    n = 90
    pts = []
    for i in range(n):
        t = i / (n - 1)
        env = 0.55 + 0.45 * math.sin(math.pi * min(1.0, t * 1.3))
        px = x + w * 0.05 + w * 0.85 * t + w * 0.07 * math.cos(math.tau * loops * t + ph)
        py = y + h * 0.5 - h * amp * env * math.sin(math.tau * loops * t + ph) - h * 0.15 * t
        pts.append((px, py))
    if r.random() < 0.7:
        pts += [
            (x + w * r.uniform(0.85, 1.0), y + h * 0.8),
            (x + w * r.uniform(0.0, 0.2), y + h * r.uniform(0.8, 0.95)),
        ]
    return pts


def hand_loop(
    r: random.Random, cx: float, cy: float, rx: float, ry: float
) -> list[tuple[float, float]]:
    """A pen loop drawn round a point, a little more than one turn, slightly uneven."""
    a0 = r.uniform(0, math.tau)
    turn = r.uniform(1.08, 1.2)
    pts = []
    for i in range(48):
        t = a0 + math.tau * turn * i / 47
        k = 1 + 0.08 * math.sin(3 * t + a0) + 0.05 * i / 47
        pts.append((cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
    return pts


def sign(d: Doc, x: float, y: float, w: float = 90, h: float = 34, ink=None) -> None:
    d.g("poly", scribble(d.c.r, x, y, w, h), width=1.1, stroke=ink or pick(d.c.r, BLUE_INKS))


def checkbox(d: Doc, x: float, base: float, s: float, mark: str | None, ink=None) -> None:
    """A box of side s whose bottom sits on the baseline; mark 'tick' / 'x' / 'fill' / None."""
    y = base - s * 0.85
    d.rect(x, y, s, s, width=0.7)
    ink = ink or pick(d.c.r, BLUE_INKS)
    r = d.c.r
    if mark == "tick":
        d.g(
            "poly",
            [
                (x + s * 0.12, y + s * 0.5),
                (x + s * 0.42, y + s * 0.9),
                (x + s * r.uniform(1.0, 1.25), y - s * r.uniform(0.1, 0.35)),
            ],
            width=1.3,
            stroke=ink,
        )
    elif mark == "x":
        d.g("line", (x + s * 0.1, y + s * 0.1, x + s * 0.9, y + s * 0.9), width=1.2, stroke=ink)
        d.g("line", (x + s * 0.9, y + s * 0.1, x + s * 0.1, y + s * 0.9), width=1.2, stroke=ink)
    elif mark == "fill":
        d.rect(x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6, width=0, stroke=None, fill=INK)


def org_stamp(
    d: Doc, cx: float, cy: float, ring: str, center: list[str], diam: float = 78, color=None
) -> None:
    """A round rubber stamp of an organisation (drawn as an image: its text is not page text)."""
    r = d.c.r
    d.g(
        "stamp",
        (cx, cy),
        extra={
            "style": "round",
            "ring": ring,
            "center": center,
            "diam": diam,
            "color": color or pick(r, STAMP_INKS),
            "angle": r.uniform(-25, 25),
            "alpha": r.uniform(0.55, 0.8),
        },
    )


# ============================================================================================
# recurring letter parts
# ============================================================================================
def kop(
    d: Doc,
    name_lines: list[str],
    sub_lines: list[str],
    style: str,
    emblem: str = "shield",
    umbrella: list[str] | None = None,
    fam: str | None = None,
) -> None:
    """Letterhead.  name_lines are the body's name (sender_org = them joined by a space)."""
    fam = fam or d.fam
    fb = font_key(fam, "b")
    fr = font_key(fam)
    x0, x1 = d.x0, d.x1
    if style in ("center", "center2"):
        s = 50 if style == "center" else 44
        logo(d, emblem, x0, d.y + 2, s)
        if style == "center2":
            logo(d, pick(d.c.r, ["star", "ring", "eye"]), x1 - s, d.y + 2, s)
        cx = (x0 + s + 6 + (x1 - (s + 6 if style == "center2" else 0))) / 2
        width = x1 - x0 - 2 * (s + 8)
        for u in umbrella or []:
            d.text(cx, d.y + 12, u, fb, _fit(u, fb, 12.5, width), align="c")
            d.y += 15
        for nl in name_lines:
            sz = _fit(nl, fb, 15, width)
            d.text(cx, d.y + sz, nl, fb, sz, align="c")
            d.y += sz + 4
        for sl in sub_lines:
            sz = _fit(sl, fr, 8.6, width)
            d.text(cx, d.y + sz, sl, fr, sz, align="c")
            d.y += sz + 2.5
        d.y = max(d.y, d.mt + s + 4) + 4
        d.hline(x0, x1, d.y, 2.2)
        d.hline(x0, x1, d.y + 3.2, 0.6)
        d.y += 14
    elif style == "left":
        s = 40
        logo(d, emblem, x0, d.y, s)
        y = d.y
        for u in umbrella or []:
            d.text(x0 + s + 10, y + 10, u, fr, 9.5)
            y += 12
        for nl in name_lines:
            sz = _fit(nl, fb, 14, x1 - x0 - s - 10)
            d.text(x0 + s + 10, y + sz, nl, fb, sz)
            y += sz + 3
        for sl in sub_lines:
            sz = _fit(sl, fr, 8, x1 - x0 - s - 10)
            d.text(x0 + s + 10, y + sz, sl, fr, sz, color=(60, 60, 60))
            y += sz + 2
        d.y = max(y, d.y + s) + 6
        d.hline(x0, x1, d.y, 1.0)
        d.y += 16
    elif style == "band":
        h = 20 + 17 * len(name_lines) + 10 * len(sub_lines)
        d.rect(0, d.y - 20, d.p.w, h, width=0, stroke=None, fill=(45, 65, 95))
        y = d.y - 4
        for nl in name_lines:
            sz = _fit(nl, fb, 14, x1 - x0)
            d.text(x0, y + sz, nl, fb, sz, color=(255, 255, 255))
            y += sz + 3
        for sl in sub_lines:
            sz = _fit(sl, fr, 8, x1 - x0)
            d.text(x0, y + sz, sl, fr, sz, color=(235, 235, 235))
            y += sz + 2
        d.y = d.y - 20 + h + 18
    elif style == "right":
        s = 38
        logo(d, emblem, x1 - s, d.y, s)
        y = d.y
        for nl in name_lines:
            sz = _fit(nl, fb, 13.5, x1 - x0 - s - 10)
            d.text(x1 - s - 10, y + sz, nl, fb, sz, align="r")
            y += sz + 3
        for sl in sub_lines:
            sz = _fit(sl, fr, 8, x1 - x0 - s - 10)
            d.text(x1 - s - 10, y + sz, sl, fr, sz, align="r")
            y += sz + 2
        d.y = max(y, d.y + s) + 5
        d.hline(x0 + (x1 - x0) * 0.35, x1, d.y, 1.6)
        d.y += 16
    else:
        raise ValueError(style)


def _fit(s: str, key: str, size: float, width: float) -> float:
    w = tw(s, key, size)
    return size if w <= width else max(6.0, size * width / w * 0.99)


def header_rows(
    d: Doc, rows: list[tuple[str, str]], right: str | None = None, lw: float = 62
) -> None:
    """Nomor / Sifat / Lampiran / Hal block; 'right' (place and date) on the first row."""
    first = True
    if right:
        _k0, v0 = rows[0]
        room = d.x1 - tw(right, d.f(), d.size) - 20 - (d.x0 + lw + tw(": ", d.f(), d.size))
        if tw(v0, d.f(), d.size) > room:  # no room beside the date: the date goes on its own line
            d.line(right, align="r")
            d.gap(4)
            right = None
    for k, v in rows:
        if first and right:
            d.text(d.x1, d.y + d.size * 0.95, right, align="r")
            vw = d.x1 - tw(right, d.f(), d.size) - 20
        else:
            vw = d.x1
        d.kv(k, v, lw, x1=vw)
        first = False


def kepada(d: Doc, lines: list[str], lead=1.3) -> None:
    for ln in lines:
        d.line(ln, lead=lead)


PPID_TO = [
    ["Kepada", "Yth. PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
    [
        "Kepada Yth.",
        "Pejabat Pengelola Informasi dan Dokumentasi",
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        KPU_ADDR,
    ],
    [
        "Yth. Ketua KPU Provinsi Sumatera Selatan",
        "c.q. PPID KPU Provinsi Sumatera Selatan",
        "di",
        "Tempat",
    ],
]


def _above(d: Doc, above: list[str], maxw: float) -> list[str]:
    out: list[str] = []
    for a in above:
        out += wrap(a, d.f(), d.size, maxw) if a else [""]
    return out


def sig_block(
    d: Doc,
    x: float,
    above: list[str],
    name: str,
    below: list[str] | None = None,
    gap: float = 46,
    stamp: tuple | None = None,
    bold_name=True,
    underline=True,
    hand_name: bool = False,
    ink=None,
    sig=True,
    align="l",
    maxw: float | None = None,
) -> None:
    """Jabatan lines, room for a signature, the name (and NIP lines) from x at the cursor."""
    if maxw is None:
        maxw = d.x1 - x if align == "l" else 2 * min(x - d.x0, d.x1 - x)
    above = _above(d, above, maxw)
    d.need(len(above) * d.size * 1.3 + gap + d.size * 1.3 * (1 + len(below or [])))
    for a in above:
        if a:
            d.text(x, d.y + d.size * 0.95, a, align=align)
        d.y += d.size * 1.3
    top = d.y
    d.y += gap
    fk = font_key("hand") if hand_name else d.f("b" if bold_name else "")
    nsz = _fit(name, fk, d.size * (1.25 if hand_name else 1.0), maxw)
    base = d.y + nsz * 0.95
    w = d.text(x, base, name, fk, nsz, align=align, color=ink if hand_name else None)
    lx = x - (w / 2 if align == "c" else 0)
    if underline and not hand_name:
        d.hline(lx, lx + w, base + 1.8, 0.6)
    d.y += max(nsz, d.size) * 1.35
    for b in below or []:
        d.text(x, d.y + d.size * 0.95, b, align=align)
        d.y += d.size * 1.3
    if sig:
        sx = lx + d.c.r.uniform(-10, max(-9, w - 80))
        sign(d, sx, top + 4, d.c.r.uniform(70, 110), gap - 2, ink)
    if stamp:
        org_stamp(d, lx - d.c.r.uniform(5, 25), top + gap * 0.55, stamp[0], stamp[1])


def ktp_card(d: Doc, p: Person, x: float, y: float, w: float = 330, tint=(205, 225, 245)) -> float:
    """A KTP-el drawn as a card at (x, y); returns its height.  Values in capitals."""
    h = w * 0.63
    d.rect(x, y, w, h, width=0.9, stroke=(60, 80, 120), fill=tint, radius=10)
    b = d.block()
    hf = font_key("helv", "b")
    rf = font_key("helv")
    d.text(x + w / 2, y + 16, "PROVINSI SUMATERA SELATAN", hf, 9.5, align="c", blk=b)
    d.text(x + w / 2, y + 28, p.city.ktp, hf, _fit(p.city.ktp, hf, 9.5, w - 30), align="c", blk=b)
    d.text(x + 12, y + 45, "NIK", hf, 10, blk=b)
    d.text(x + 72, y + 45, ": " + p.nik, font_key("cour", "b"), 10.5, blk=b)
    bd = f"{p.birth.day:02d}-{p.birth.month:02d}-{p.birth.year}"
    rows = [
        ("Nama", p.bare.upper()),
        ("Tempat/Tgl Lahir", f"{p.birthplace}, {bd}"),
        ("Jenis Kelamin", "PEREMPUAN" if p.female else "LAKI-LAKI"),
        ("Alamat", p.street.upper()),
        ("RT/RW", f"{p.rt}/{p.rw}"),
        ("Kel/Desa", p.kel.upper()),
        ("Kecamatan", p.kec.upper()),
        ("Agama", p.religion),
        ("Status Perkawinan", "KAWIN" if p.married else "BELUM KAWIN"),
        ("Pekerjaan", KTP_JOB.get(p.occupation, p.occupation.upper())),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    yy = y + 58
    vw = w * 0.72 - 80
    for k, v in rows:
        d.text(x + 12, yy, k, rf, 6.8, blk=b)
        d.text(x + 72, yy, ": " + v, rf, _fit(": " + v, rf, 6.8, vw), blk=b)
        yy += 9.6
    b2 = d.block()
    px, py, pw = x + w * 0.74, y + 50, w * 0.22
    d.rect(px, py, pw, pw * 1.25, width=0, stroke=None, fill=(150, 150, 160))
    d.g(
        "ellipse",
        (px + pw * 0.3, py + pw * 0.2, pw * 0.4, pw * 0.45),
        width=0,
        stroke=None,
        fill=(95, 95, 105),
    )
    d.g(
        "ellipse",
        (px + pw * 0.12, py + pw * 0.7, pw * 0.76, pw * 0.6),
        width=0,
        stroke=None,
        fill=(95, 95, 105),
    )
    issued = date(
        p.birth.year + d.c.r.randint(18, 40) if p.birth.year < 2000 else 2020,
        d.c.r.randint(1, 12),
        d.c.r.randint(1, 28),
    )
    issued = min(issued, date(2024, 12, 20))
    d.text(
        px + pw / 2,
        py + pw * 1.25 + 10,
        p.city.town.upper(),
        rf,
        _fit(p.city.town.upper(), rf, 6.3, pw + 16),
        align="c",
        blk=b2,
    )
    d.text(
        px + pw / 2,
        py + pw * 1.25 + 18,
        f"{issued.day:02d}-{issued.month:02d}-{issued.year}",
        rf,
        6.3,
        align="c",
        blk=b2,
    )
    d.g(
        "poly",
        scribble(d.c.r, px - 4, py + pw * 1.25 + 21, pw + 8, 16),
        width=0.9,
        stroke=(20, 20, 60),
    )
    d.blk = d.block()
    return h


def ktp_page(
    d: Doc, p: Person, caption: str = "Lampiran: Fotokopi KTP Pemohon", certify: bool = True
) -> None:
    d.new_page(A4, (68, 54, 62, 58))
    d.line(caption, d.f("b"), 11)
    d.gap(24)
    x = (d.p.w - 330) / 2 + d.c.r.uniform(-40, 40)
    h = ktp_card(d, p, x, d.y)
    d.y += h + 18
    if certify:
        d.line(
            pick(
                d.c.r,
                [
                    "Sesuai dengan aslinya,",
                    "Fotokopi sesuai dengan aslinya",
                    "Disalin sesuai aslinya,",
                ],
            ),
            x0=x,
        )
        d.gap(34)
        sign(d, x, d.y - 34, 80, 30)
        d.line(p.name, x0=x)


# ============================================================================================
# letters
# ============================================================================================
@dataclass
class Ctx:
    r: random.Random
    digital: bool
    hand: bool
    date: date

    def fam(self, prefer: list[str] | None = None) -> str:
        pool = DIGITAL_FAMS if self.digital else SCAN_FAMS
        if prefer:
            ok = [f for f in prefer if f in pool]
            if ok and self.r.random() < 0.75:
                return pick(self.r, ok)
        return pick(self.r, pool)

    def ink(self) -> tuple:
        return pick(self.r, BLUE_INKS)


@dataclass
class Letter:
    cls: str
    layout: str
    pages: list[Page]
    fields: dict
    hand: bool = False


def F(**kw) -> dict:
    out = dict.fromkeys(FIELD_KEYS)
    for k, v in kw.items():
        assert k in out, k
        out[k] = v
    return out


def two_sigs(d: Doc, left: dict, right: dict, split: float = 0.55) -> None:
    """Two signature blocks side by side at the cursor (kept on one page)."""
    xr = d.x0 + (d.x1 - d.x0) * split
    left = {"maxw": xr - d.x0 - 12, **left}
    right = {"maxw": d.x1 - xr, **right}
    n = max(
        len(_above(d, left.get("above", []), left["maxw"])),
        len(_above(d, right.get("above", []), right["maxw"])),
    )
    m = max(len(left.get("below", []) or []), len(right.get("below", []) or []))
    d.need(d.size * 1.3 * (n + m + 1.5) + max(left.get("gap", 46), right.get("gap", 46)))
    y0 = d.y
    sig_block(d, d.x0, **left)
    y1 = d.y
    d.y = y0
    sig_block(d, xr, **right)
    d.y = max(y1, d.y)


def right_col(d: Doc) -> float:
    return d.x0 + (d.x1 - d.x0) * 0.56


def items_text(items: list[str]) -> str:
    return "; ".join(items)


def end_punct(items: list[str], i: int, last: str = ".") -> str:
    return items[i] + (";" if i < len(items) - 1 else last)


def org_address(r: random.Random, city: City | None = None) -> str:
    city = city or CITIES_BY_CODE["1671"]
    return f"Jl. {pick(r, STREETS)} No. {r.randint(1, 200)}, {city.town} {city.postal}{r.randint(10, 99)}"


CITIES_BY_CODE = {c[0]: City(*c[:6]) for c in CITIES}
PARTIES = [
    ("PARTAI GERAKAN RAKYAT NUSANTARA", "PGRN"),
    ("PARTAI AMANAT BANGSA SEJAHTERA", "PABS"),
    ("PARTAI PERSATUAN TANAH AIR", "PPTA"),
    ("PARTAI KEBANGKITAN DESA INDONESIA", "PKDI"),
    ("PARTAI SURYA KEADILAN", "PSK"),
]


# -------------------------------------------------------------------------- permohonan
def lay_party_pasal(c: Ctx) -> Letter:
    """P01: a party DPD's request written as a formal letter in numbered articles (Pasal)."""
    r = c.r
    party, ab = pick(r, PARTIES)
    d = Doc(c, c.fam(["times", "school", "bookman", "dserif"]), 10.8)
    org = [f"DEWAN PIMPINAN DAERAH {party}", "PROVINSI SUMATERA SELATAN"]
    kop(
        d,
        org,
        [
            f"Sekretariat: {org_address(r)}",
            f"Telp. {make_landline(r)}   Surel: dpd.{ab.lower()}.sumsel@gmail.com",
        ],
        pick(r, ["center", "left", "right"]),
        "star",
    )
    num = f"{r.randint(1, 99):03d}/DPD-{ab}/SS/{roman(c.date.month)}/{c.date.year}"
    subject = pick(r, ["Permohonan Informasi Publik", "Permohonan Salinan Informasi Publik"])
    header_rows(
        d,
        [("Nomor", num), ("Lampiran", pick(r, ["1 (satu) berkas", "-"])), ("Perihal", subject)],
        right=f"Palembang, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, pick(r, PPID_TO))
    d.gap(8)
    d.line("Dengan hormat,")
    pt = party.title()
    d.para(
        f"Dewan Pimpinan Daerah {pt} Provinsi Sumatera Selatan dengan ini mengajukan permohonan informasi "
        "publik berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, dengan "
        "ketentuan sebagai berikut:",
        justify=True,
        after=4,
    )
    p = make_person(r, degree_p=0.55)
    role = pick(
        r,
        [
            "Sekretaris",
            "Wakil Ketua",
            "Ketua Bidang Hukum dan Advokasi",
            "Ketua Badan Pemenangan Pemilu",
        ],
    )
    show_nik, show_occ, show_mail = r.random() < 0.7, r.random() < 0.4, r.random() < 0.6
    items = info_items(r)
    ob, dl = pick(r, [x for x in OBTAIN_COMBOS if x[0]])
    if dl == "email":
        show_mail = True

    def pasal(n: int, title: str) -> None:
        d.need(60)
        d.gap(4)
        d.line(f"Pasal {n}", d.f("b"), align="c")
        d.line(title, d.f("b"), align="c")
        d.gap(2)

    pasal(1, "Identitas Pemohon")
    d.items(["Permohonan ini diajukan oleh:"], "(1)", indent=22, after=0)
    rows = [("Nama", p.name), ("Jabatan", f"{role} DPD")]
    if show_nik:
        rows.append(("NIK", p.nik))
    if show_occ:
        rows.append(("Pekerjaan", p.occupation))
    rows += [("Alamat", p.address), ("Nomor Telepon", p.phone)]
    if show_mail:
        rows.append(("Surel", p.email))
    for k, v in rows:
        d.kv(k, v, 92, x0=d.x0 + 22)
    d.gap(3)
    st = f"{r.randint(1, 60):03d}/ST/DPD-{ab}/SS/{roman(c.date.month)}/{c.date.year}"
    d.items(
        [
            f"Pemohon bertindak untuk dan atas nama Dewan Pimpinan Daerah {pt} Provinsi Sumatera Selatan "
            f"berdasarkan Surat Tugas Nomor {st}."
        ],
        "(2)",
        indent=22,
    )
    pasal(2, "Informasi yang Dimohon")
    if len(items) == 1:
        d.para(f"Informasi yang dimohon adalah {lc_first(items[0])}.", justify=True)
    else:
        d.line("Informasi yang dimohon adalah:")
        d.items([end_punct(items, i) for i in range(len(items))], "a.", indent=18)
    pasal(3, "Tujuan Penggunaan Informasi")
    purpose = pick(r, PURPOSES)
    d.para(
        f"Informasi sebagaimana dimaksud dalam Pasal 2 akan digunakan sebagai {lc_first(purpose)}.",
        justify=True,
    )
    pasal(4, "Cara Memperoleh dan Mendapatkan Salinan Informasi")
    if ob == "melihat":
        d.para(
            "Pemohon akan melihat, membaca dan mencatat informasi secara langsung di kantor PPID.",
            justify=True,
        )
    else:
        form = {
            "salinan": "salinan informasi",
            "salinan_hardcopy": "salinan cetak (hardcopy)",
            "salinan_softcopy": "salinan elektronik (softcopy)",
        }[ob]
        how = {
            "mengambil_langsung": "diambil langsung oleh Pemohon di kantor PPID",
            "pos": "dikirimkan melalui pos ke alamat Sekretariat",
            "kurir": "dikirimkan melalui jasa kurir ke alamat Sekretariat",
            "email": f"dikirimkan melalui surat elektronik ke alamat {p.email}",
        }[dl]
        d.items(
            [f"Pemohon meminta informasi dalam bentuk {form}.", f"Salinan informasi {how}."],
            "(1)",
            indent=22,
        )
    pasal(5, "Penutup")
    d.para(
        "Demikian permohonan ini disampaikan. Atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
        justify=True,
        after=10,
    )
    d.need(130)
    d.line(f"DEWAN PIMPINAN DAERAH {party}", d.f("b"), align="c")
    d.line("PROVINSI SUMATERA SELATAN", d.f("b"), align="c", after=0) if False else d.line(
        "PROVINSI SUMATERA SELATAN", d.f("b"), align="c"
    )
    d.gap(4)
    boss = make_person(r, degree_p=0.5)
    stamp = (f"DPD {party}", ["SUMATERA", "SELATAN"])
    two_sigs(
        d,
        dict(above=["Ketua,"], name=boss.name, stamp=stamp),
        dict(above=[f"{role},"], name=p.name),
    )
    return Letter(
        "permohonan_informasi",
        "P01_party_pasal",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if show_nik else None,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation if show_occ else None,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=" ".join(org),
        ),
    )


def lay_dotted_identity(c: Ctx) -> Letter:
    """P02: a citizen's letter whose identity block is a two-column table with dotted leaders."""
    r = c.r
    d = Doc(c, c.fam(["times", "pala", "cour", "dserif"]), 11)
    p = make_person(r, degree_p=0.25)
    town = p.city.town
    d.gap(10)
    d.line(f"{town}, {fmt_date(c.date, pick(r, ['long', 'long', 'long0']))}", align="r")
    d.gap(6)
    subject = pick(
        r, ["Permohonan Informasi", "Permohonan Informasi Publik", "Permintaan Informasi Publik"]
    )
    ktp = r.random() < 0.7
    d.kv("Hal", subject, 62)
    d.kv("Lampiran", "1 (satu) lembar fotokopi KTP" if ktp else "-", 62)
    d.gap(10)
    kepada(d, pick(r, PPID_TO))
    d.gap(10)
    d.line("Dengan hormat,")
    d.line("Saya yang bertanda tangan di bawah ini:")
    d.gap(2)
    show_nik = not ktp or r.random() < 0.7
    show_mail = r.random() < 0.6
    rows = [("Nama lengkap", p.name)]
    if show_nik:
        rows.append(("Nomor Induk Kependudukan", p.nik))
    rows += [
        ("Tempat, tanggal lahir", f"{p.birthplace.title()}, {fmt_date(p.birth)}"),
        ("Pekerjaan", p.occupation),
        ("Alamat", p.address),
        ("Nomor telepon/WA", p.phone),
    ]
    if show_mail:
        rows.append(("Alamat surel", p.email))
    lw = pick(r, [190, 200, 175])
    for k, v in rows:
        d.kv(k, v, lw, x0=d.x0 + 14, dots=True)
    d.gap(6)
    items = info_items(r)
    ob, dl = pick(r, OBTAIN_COMBOS if show_mail else [x for x in OBTAIN_COMBOS if x[1] != "email"])
    purpose = pick(r, PURPOSES)
    if len(items) == 1:
        d.para(
            f"dengan ini mengajukan permohonan untuk memperoleh informasi publik berupa {lc_first(items[0])}, yang akan saya "
            f"pergunakan sebagai {lc_first(purpose)}.",
            justify=True,
            after=4,
        )
    else:
        d.para(
            "dengan ini mengajukan permohonan untuk memperoleh informasi publik berupa:", after=2
        )
        d.items([end_punct(items, i, "") for i in range(len(items))], "-", indent=14)
        d.para(f"yang akan saya pergunakan sebagai {lc_first(purpose)}.", justify=True, after=4)
    s = obtain_sentence(r, ob, dl, p.email)
    if s:
        d.para(s, justify=True, after=4)
    if ktp:
        d.para("Sebagai kelengkapan, bersama ini saya lampirkan fotokopi KTP.", after=4)
    d.para(
        "Demikian permohonan ini saya sampaikan, atas perhatian dan perkenan Bapak/Ibu saya ucapkan terima kasih.",
        justify=True,
        after=14,
    )
    sig_block(d, right_col(d), ["Hormat saya,"], p.name, bold_name=False, underline=False)
    if ktp:
        ktp_page(d, p)
    return Letter(
        "permohonan_informasi",
        "P02_dotted_identity",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if (show_nik or ktp) else None,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_date=c.date.isoformat(),
            subject=subject,
        ),
    )


def wa_bubbles(
    d: Doc,
    x: float,
    y: float,
    w: float,
    h: float,
    msgs: list,
    header: str,
    chip: str | None,
    clock: str,
) -> list:
    """Draw one phone screenshot of a WhatsApp chat; returns the messages that did not fit."""
    fr, fb = font_key("helv"), font_key("helv", "b")
    d.block()
    d.rect(x, y, w, h, width=0, stroke=None, fill=(25, 25, 25), radius=16)
    sx, sy, sw, sh = x + 6, y + 8, w - 12, h - 16
    d.rect(sx, sy, sw, sh, width=0, stroke=None, fill=(236, 229, 221))
    d.rect(sx, sy, sw, 14, width=0, stroke=None, fill=(5, 80, 70))
    d.text(sx + 8, sy + 10, clock, fb, 7, color=(255, 255, 255))
    d.text(
        sx + sw - 8,
        sy + 10,
        pick(d.c.r, ["4G  78%", "LTE  64%", "5G  91%", "4G  35%"]),
        fr,
        6.8,
        (255, 255, 255),
        "r",
    )
    d.rect(sx, sy + 14, sw, 36, width=0, stroke=None, fill=(7, 94, 84))
    d.g(
        "poly",
        [(sx + 14, sy + 25), (sx + 8, sy + 32), (sx + 14, sy + 39)],
        width=1.5,
        stroke=(255, 255, 255),
    )
    d.g("ellipse", (sx + 20, sy + 20, 24, 24), width=0, stroke=None, fill=(180, 190, 190))
    d.text(sx + 50, sy + 31, header, fb, _fit(header, fb, 9.5, sw - 60), color=(255, 255, 255))
    d.text(sx + 50, sy + 42, "online", fr, 6.8, color=(220, 235, 230))
    cy = sy + 60
    bottom = sy + sh - 34
    d.rect(sx + 6, sy + sh - 28, sw - 40, 22, width=0, stroke=None, fill=(255, 255, 255), radius=10)
    d.text(sx + 16, sy + sh - 13.5, "Ketik pesan", fr, 8, color=(150, 150, 150))
    d.g("ellipse", (sx + sw - 30, sy + sh - 29, 24, 24), width=0, stroke=None, fill=(0, 168, 132))
    if chip:
        cw = tw(chip, fr, 7.2) + 16
        d.rect(sx + (sw - cw) / 2, cy, cw, 14, width=0, stroke=None, fill=(225, 243, 251), radius=5)
        d.text(sx + sw / 2, cy + 10, chip, fr, 7.2, color=(60, 70, 80), align="c")
        cy += 22
    size, lead = 8.2, 10.6
    maxw = sw * 0.74
    left = list(msgs)
    while left:
        side, text, hm = left[0]
        lines = wrap(text, fr, size, maxw - 14)
        bw = max(max(tw(ln, fr, size) for ln in lines) + 14, tw(hm, fr, 6.2) + 34)
        bh = len(lines) * lead + 8 + 10
        if cy + bh > bottom:
            break
        bx = sx + sw - bw - 8 if side == "out" else sx + 8
        d.rect(
            bx,
            cy,
            bw,
            bh,
            width=0,
            stroke=None,
            fill=(217, 253, 211) if side == "out" else (255, 255, 255),
            radius=6,
        )
        for i, ln in enumerate(lines):
            d.text(bx + 7, cy + 4 + size + i * lead, ln, fr, size, color=(20, 20, 20))
        tb = cy + bh - 3.5
        d.text(
            bx + bw - (18 if side == "out" else 6),
            tb,
            hm,
            fr,
            6.2,
            color=(110, 110, 110),
            align="r",
        )
        if side == "out":
            for k in (0, 3):
                d.g(
                    "poly",
                    [
                        (bx + bw - 15 + k, tb - 2.5),
                        (bx + bw - 13 + k, tb),
                        (bx + bw - 9 + k, tb - 5),
                    ],
                    width=0.7,
                    stroke=(52, 183, 241),
                )
        cy += bh + 6
        left.pop(0)
    return left


def lay_wa_screens(c: Ctx) -> Letter:
    """P03: a printed screenshot (one tall phone screen, or two side by side in landscape) of a
    WhatsApp chat in which a citizen files a request with the desk; the header shows the
    citizen's number."""
    r = c.r
    p = make_person(r, degree_p=0.1)
    p.phone = make_phone(r, pick(r, ["intl_dash", "intl_space"]))
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = pick(r, PURPOSES)
    ob, dl = pick(
        r,
        [
            ("salinan_softcopy", "email"),
            ("salinan_hardcopy", "mengambil_langsung"),
            ("salinan", "email"),
            (None, None),
        ],
    )
    clock = [r.randint(8 * 60, 15 * 60)]
    for _ in range(11):
        clock.append(clock[-1] + r.choice([0, 1, 1, 2, 3]))

    def t(k: int) -> str:
        return f"{clock[k] // 60:02d}.{clock[k] % 60:02d}"

    greet = pick(r, ["Selamat pagi", "Assalamualaikum, selamat siang", "Permisi, selamat siang"])
    ident = f"Nama: {p.name}\nNIK: {p.nik}\nAlamat: {p.address}\nPekerjaan: {p.occupation}"
    show_mail = dl == "email"
    req = "Informasi yang saya minta: " + items_text(items) + f".\nTujuan: {purpose}."
    last = {
        ("salinan_softcopy", "email"): f"Mohon dikirim softcopy ke email {p.email}",
        ("salinan", "email"): f"Salinannya mohon dikirim lewat email ke {p.email}",
        (
            "salinan_hardcopy",
            "mengambil_langsung",
        ): "Fotokopinya nanti saya ambil langsung di kantor KPU",
        (None, None): "Terima kasih sebelumnya",
    }[(ob, dl)]
    msgs = [
        (
            "in",
            f"{greet}, apakah benar ini nomor layanan informasi PPID KPU Provinsi Sumsel?",
            t(0),
        ),
        (
            "out",
            "Benar, ini layanan informasi PPID KPU Provinsi Sumatera Selatan. Ada yang bisa kami bantu?",
            t(1),
        ),
        ("in", "Saya ingin mengajukan permohonan informasi publik.", t(2)),
        (
            "out",
            "Silakan kirimkan nama lengkap, NIK, alamat, pekerjaan, rincian informasi yang diminta, tujuan "
            "penggunaan, serta cara memperoleh informasi.",
            t(3),
        ),
        ("in", ident, t(5)),
        ("in", req, t(6)),
        ("in", last, t(7)),
        (
            "out",
            "Terima kasih, permohonan sudah kami catat dan akan ditindaklanjuti paling lambat 10 hari kerja.",
            t(9),
        ),
    ]
    chip = fmt_date(c.date, pick(r, ["long", "long", "day"]))
    single = r.random() < 0.4
    d = Doc(c, "helv", 9, page=A4 if single else (A4[1], A4[0]), margins=(36, 30, 36, 30))
    d.text(
        d.x0,
        44,
        "Tangkapan layar WhatsApp Layanan Informasi PPID KPU Provinsi Sumatera Selatan",
        font_key("helv", "i"),
        8,
        GREY,
    )
    if single:
        w, h = 300, 770
        rest = wa_bubbles(d, (d.p.w - w) / 2, 54, w, h, msgs, p.phone, chip, t(10))
        assert not rest, "chat does not fit one screen"
    else:
        w, h = 330, 520
        k = r.randint(4, 6)
        rest = wa_bubbles(d, 60, 54, w, h, msgs[:k], p.phone, chip, t(k))
        rest2 = wa_bubbles(d, d.p.w - 60 - w, 54, w, h, rest + msgs[k:], p.phone, None, t(10))
        assert not rest2, "chat does not fit two screens"
    return Letter(
        "permohonan_informasi",
        "P03_whatsapp_screens",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_date=c.date.isoformat(),
        ),
    )


def desa_address(r: random.Random, city: City, kec: str, desa: str) -> str:
    dusun = pick(r, ["Dusun I", "Dusun II", "Dusun III", "Dusun IV"])
    return f"{dusun} RT {r.randint(1, 12):03d} RW {r.randint(1, 5):03d}, Desa {desa}, Kec. {kec}, Kab. {city.ktp.split(' ', 1)[1].title()}"


def lay_kades(c: Ctx) -> Letter:
    """P04: the head of a village asks, on behalf of its residents, on the village letterhead."""
    r = c.r
    city = pick(r, [CITIES_BY_CODE[k] for k in CITIES_BY_CODE if not CITIES_BY_CODE[k].is_city])
    kec = pick(r, sorted(city.kec))
    desa = pick(r, city.kec[kec])
    d = Doc(c, c.fam(["times", "bookman", "dserif", "helv"]), 11)
    kab = city.ktp.split(" ", 1)[1]
    org = [f"PEMERINTAH DESA {desa.upper()}"]
    kop(
        d,
        org,
        [
            f"Alamat: Jalan Poros Desa {desa} No. {r.randint(1, 30)} Kode Pos {city.postal}{r.randint(10, 99)}"
        ],
        "center",
        "garuda",
        umbrella=[f"PEMERINTAH KABUPATEN {kab}", f"KECAMATAN {kec.upper()}"],
    )
    abbr = "DS-" + "".join(w[0] for w in desa.split()).upper() + desa.split()[-1][:2].upper()
    num = f"{pick(r, ['140', '145', '005', '470'])}/{r.randint(5, 120)}/{abbr}/{roman(c.date.month)}/{c.date.year}"
    subject = pick(r, ["Permohonan Informasi Publik", "Permohonan Data dan Informasi Pemilu"])
    header_rows(
        d,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "-"), ("Perihal", subject)],
        right=f"{desa}, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, pick(r, PPID_TO))
    d.gap(8)
    d.line("Dengan hormat,")
    d.line("Yang bertanda tangan di bawah ini:")
    p = make_person(r, degree_p=0.3, city=city)
    p.address = desa_address(r, city, kec, desa)
    show_nik = r.random() < 0.6
    rows = [("Nama", p.name)]
    if show_nik:
        rows.append(("NIK", p.nik))
    rows += [("Jabatan", f"Kepala Desa {desa}"), ("Alamat", p.address), ("No. HP", p.phone)]
    for k, v in rows:
        d.kv(k, v, 70, x0=d.x0 + 20)
    d.gap(4)
    items = info_items(r)
    d.para(
        f"bertindak untuk dan atas nama warga Desa {desa}, Kecamatan {kec}, dengan ini mengajukan permohonan "
        "informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
        justify=True,
    )
    d.items([end_punct(items, i) for i in range(len(items))], "1.", indent=18)
    purpose = pick(r, PURPOSES[6:8] + PURPOSES[13:])
    d.para(
        f"Informasi tersebut akan kami gunakan sebagai {lc_first(purpose)}.", justify=True, after=3
    )
    ob, dl = pick(r, [x for x in OBTAIN_COMBOS if x[1] != "email"])
    s = obtain_sentence(r, ob, dl, None, we=True)
    if s:
        d.para(s, justify=True, after=3)
    d.para(
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        justify=True,
        after=12,
    )
    sig_block(
        d,
        right_col(d),
        [f"Kepala Desa {desa},"],
        p.name.upper() if r.random() < 0.5 else p.name,
        stamp=(f"PEMERINTAH DESA {desa.upper()}", [f"KAB. {kab}"]),
    )
    d.gap(6)
    d.line("Tembusan:", size=9.5)
    d.items([f"Camat {kec};", "Arsip."], "1.", size=9.5, indent=14, after=0)
    name_printed = any(t.s in (p.name, p.name.upper()) for pg in d.pages for t in pg.texts())
    assert name_printed
    return Letter(
        "permohonan_informasi",
        "P04_kades_residents",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if show_nik else None,
            address=p.address,
            phone=p.phone,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=org[0],
        ),
    )


MEDIA = [
    ("Suara Musi", "Harian Umum Sumatera Selatan", "SM"),
    ("Warta Sriwijaya", "Media Daring Terverifikasi Dewan Pers", "WS"),
    ("Bingkai Sumsel", "Tabloid Mingguan Politik dan Pemerintahan", "BS"),
    ("Lintas Ampera", "Portal Berita Sumatera Selatan", "LA"),
    ("Kabar Batanghari", "Harian Pagi Wong Kito", "KB"),
]


def press_card(d: Doc, p: Person, media: str, card_no: str, role: str, x: float, y: float) -> float:
    w, h = 300, 180
    d.rect(x, y, w, h, width=0.9, stroke=(60, 60, 60), fill=(250, 244, 225), radius=8)
    d.rect(x, y, w, 34, width=0, stroke=None, fill=(150, 30, 30), radius=8)
    b = d.block()
    d.text(x + 12, y + 23, media.upper(), font_key("times", "b"), 15, (255, 255, 255), blk=b)
    d.text(x + w - 12, y + 23, "KARTU PERS", font_key("helv", "b"), 10, (255, 255, 255), "r", blk=b)
    yy = y + 56
    for k, v in [
        ("Nama", p.name),
        ("Jabatan", role),
        ("Nomor", card_no),
        ("Berlaku s.d.", f"31 Desember {d.c.date.year}"),
    ]:
        d.text(x + 14, yy, k, font_key("helv"), 8.5, blk=b)
        d.text(
            x + 80,
            yy,
            ": " + v,
            font_key("helv", "b"),
            _fit(": " + v, font_key("helv", "b"), 8.5, w - 170),
            blk=b,
        )
        yy += 15
    d.rect(x + w - 78, y + 46, 64, 80, width=0, stroke=None, fill=(160, 160, 165))
    d.g("poly", scribble(d.c.r, x + 150, y + h - 40, 90, 28), width=0.9, stroke=(30, 30, 80))
    d.block()
    return h


def lay_journalist(c: Ctx) -> Letter:
    """P05: a journalist's request on a newspaper masthead with a boxed identity incl. press card."""
    r = c.r
    media, tag, ab = pick(r, MEDIA)
    d = Doc(c, c.fam(["times", "helv", "dsans", "gothic"]), 10.5)
    mf = font_key(
        pick(r, ["times", "school", "bookman"] if not c.digital else ["times", "dserif"]), "b"
    )
    d.text(d.x0, d.y + 30, media, mf, 32)
    d.text(
        d.x1,
        d.y + 30,
        tag,
        d.f("i"),
        _fit(tag, d.f("i"), 9, d.x1 - d.x0 - tw(media, mf, 32) - 20),
        align="r",
    )
    d.y += 40
    d.hline(d.x0, d.x1, d.y, 3)
    d.hline(d.x0, d.x1, d.y + 4, 0.6)
    red_addr = org_address(r)
    d.text(d.x0, d.y + 15, f"Redaksi: {red_addr}  |  redaksi@{slug(media)}.id", d.f(), 8)
    d.y += 32
    attach = r.random() < 0.55
    num = f"{r.randint(1, 150):03d}/RED-{ab}/{roman(c.date.month)}/{c.date.year}"
    subject = pick(r, ["Permohonan Informasi Publik", "Permohonan Data untuk Keperluan Liputan"])
    header_rows(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) lembar" if attach else "-"), ("Perihal", subject)],
        right=f"Palembang, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, pick(r, PPID_TO))
    d.gap(8)
    d.line("Dengan hormat,")
    d.para(
        "Yang bertanda tangan di bawah ini, wartawan media kami dengan data sebagai berikut:",
        after=4,
    )
    p = make_person(r, degree_p=0.3, occupation="Wartawan")
    role = pick(r, ["Reporter", "Wartawan Desk Politik", "Redaktur Pelaksana", "Jurnalis"])
    card_no = f"{ab}/{r.randint(100, 9999):04d}/{c.date.year - r.randint(0, 1)}"
    show_occ, show_nik, red = r.random() < 0.45, r.random() < 0.45, r.random() < 0.5
    addr = red_addr if red else p.address
    rows = [("Nama", p.name), ("Jabatan", role)]
    if show_occ:
        rows.append(("Pekerjaan", p.occupation))
    rows.append(("Nomor Kartu Pers", card_no))
    if r.random() < 0.5:
        rows.append(
            (
                "Sertifikat UKW",
                f"{r.randint(1000, 29999)}-PWI/WDya/DP/{roman(r.randint(1, 12))}/{c.date.year - r.randint(1, 6)}",
            )
        )
    if show_nik:
        rows.append(("NIK", p.nik))
    rows += [
        ("Alamat Redaksi" if red else "Alamat", addr),
        ("Telepon/HP", p.phone),
        ("E-mail", p.email),
    ]
    top = d.y
    d.need(len(rows) * 15 + 30)
    top = d.y
    d.gap(6)
    for k, v in rows:
        d.kv(k, v, 110, x0=d.x0 + 10, x1=d.x1 - 10)
    d.gap(4)
    d.rect(d.x0, top, d.x1 - d.x0, d.y - top, width=0.8)
    d.gap(10)
    items = info_items(r)
    d.para("bermaksud memperoleh informasi publik berikut:", after=2)
    d.items([end_punct(items, i) for i in range(len(items))], "1.", indent=16)
    purpose = pick(
        r,
        [
            "Bahan pemberitaan dan liputan mendalam tentang tata kelola pemilihan",
            "Bahan penulisan berita investigasi tentang anggaran pemilihan",
            "Bahan liputan khusus menjelang evaluasi pemilihan",
        ],
    )
    d.para(
        f"Informasi tersebut akan digunakan sebagai {lc_first(purpose)}, sesuai dengan fungsi pers sebagaimana "
        "diatur dalam Undang-Undang Nomor 40 Tahun 1999 tentang Pers.",
        justify=True,
        after=3,
    )
    ob, dl = pick(
        r,
        [
            ("salinan_softcopy", "email"),
            ("salinan", "email"),
            ("salinan_hardcopy", "mengambil_langsung"),
            ("melihat", None),
        ],
    )
    d.para(obtain_sentence(r, ob, dl, p.email, we=False), justify=True, after=3)
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.",
        after=12,
    )
    chief = make_person(r, degree_p=0.4)
    two_sigs(
        d,
        dict(above=["Mengetahui,", "Pemimpin Redaksi,"], name=chief.name),
        dict(above=["", "Pemohon,"], name=p.name),
    )
    if attach:
        d.new_page(A4)
        d.line("Lampiran: Fotokopi Kartu Pers dan KTP", d.f("b"))
        d.gap(20)
        h = press_card(d, p, media, card_no, role, d.x0 + 40, d.y)
        d.y += h + 30
        ktp_card(d, p, d.x0 + 40, d.y)
        show_nik = True
    return Letter(
        "permohonan_informasi",
        "P05_journalist_presscard",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if show_nik else None,
            address=addr,
            phone=p.phone,
            email=p.email,
            occupation=p.occupation if show_occ else None,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=media,
        ),
    )


def lay_dprd(c: Ctx) -> Letter:
    """P06: a member of the provincial DPRD asks in writing, on the DPRD letterhead."""
    r = c.r
    d = Doc(c, c.fam(["times", "dserif", "pala", "bookman"]), 11)
    org = ["DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SUMATERA SELATAN"]
    kop(
        d,
        org,
        [
            "Jalan POM IX Kampus Palembang 30137",
            f"Telepon {make_landline(r)}  Laman: dprd.sumselprov.go.id",
        ],
        "center",
        "garuda",
    )
    party, ab = pick(r, PARTIES)
    num = f"{r.randint(1, 90):03d}/F-{ab}/DPRD-SS/{roman(c.date.month)}/{c.date.year}"
    subject = pick(
        r, ["Permohonan Salinan Dokumen", "Permintaan Informasi Publik", "Permohonan Informasi"]
    )
    header_rows(
        d,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "-"), ("Hal", subject)],
        right=f"Palembang, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, pick(r, PPID_TO))
    d.gap(8)
    p = make_person(r, degree_p=0.7)
    komisi = pick(r, ["Komisi I", "Komisi II", "Komisi IV", "Komisi V"])
    dapil = pick(
        r,
        ["Sumatera Selatan I", "Sumatera Selatan II", "Sumatera Selatan IV", "Sumatera Selatan VI"],
    )
    items = info_items(r)
    d.para(
        f"Dalam rangka pelaksanaan fungsi pengawasan, saya, {p.name}, Anggota {komisi} DPRD Provinsi Sumatera "
        f"Selatan dari Fraksi {party.title()}, Daerah Pemilihan {dapil}, dengan ini mengajukan permintaan "
        "informasi publik sebagaimana diatur dalam Undang-Undang Nomor 14 Tahun 2008, yaitu:",
        justify=True,
        after=2,
    )
    d.items([end_punct(items, i) for i in range(len(items))], "a.", indent=18)
    purpose = "Bahan pelaksanaan fungsi pengawasan DPRD terhadap penyelenggaraan pemilihan di Sumatera Selatan"
    show_occ = r.random() < 0.5
    d.para(f"Informasi tersebut saya perlukan sebagai {lc_first(purpose)}.", justify=True, after=3)
    ob, dl = pick(
        r,
        [
            ("salinan_hardcopy", "kurir"),
            ("salinan_softcopy", "email"),
            ("salinan", "mengambil_langsung"),
            ("salinan_hardcopy", "mengambil_langsung"),
        ],
    )
    if dl == "email":
        d.para(
            f"Salinan elektronik (softcopy) informasi tersebut mohon dikirimkan ke alamat surel {p.email}.",
            after=3,
        )
    elif dl == "kurir":
        d.para(
            "Salinan cetak (hardcopy) mohon dikirimkan melalui kurir ke Sekretariat Fraksi di Gedung DPRD Provinsi Sumatera Selatan.",
            after=3,
        )
    elif ob == "salinan":
        d.para(
            "Salinan informasi tersebut akan diambil langsung oleh staf saya di kantor PPID.",
            after=3,
        )
    else:
        d.para(
            "Salinan cetak (hardcopy) informasi tersebut akan diambil langsung oleh staf saya di kantor PPID.",
            after=3,
        )
    d.para("Untuk koordinasi lebih lanjut dapat menghubungi saya melalui data berikut:", after=2)
    rows = []
    if show_occ:
        rows.append(("Pekerjaan", "Anggota DPRD"))
    rows += [("Alamat", p.address), ("Nomor HP", p.phone)]
    if dl == "email" or r.random() < 0.4:
        rows.append(("Surel", p.email))
    for k, v in rows:
        d.kv(k, v, 70, x0=d.x0 + 18)
    d.gap(4)
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", after=12
    )
    sig_block(d, right_col(d), [f"Anggota {komisi}", "DPRD Provinsi Sumatera Selatan,"], p.name)
    has_mail = any(k == "Surel" for k, _ in rows)
    return Letter(
        "permohonan_informasi",
        "P06_dprd_member",
        d.pages,
        F(
            applicant_name=p.name,
            address=p.address,
            phone=p.phone,
            email=p.email if has_mail else None,
            occupation="Anggota DPRD" if show_occ else None,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=" ".join(org),
        ),
    )


def ruled(
    d: Doc, text: str, x0: float, x1: float, nmin: int, hand: bool, size: float, ink=None, font=None
) -> None:
    """Text written on ruled lines (at least nmin lines drawn)."""
    font = font or (font_key("hand") if hand else d.f())
    lines = wrap(text, font, size, (x1 - x0 - 4) * (0.95 if hand else 1.0)) if text else []
    pitch = size * (d.hlead if hand else 1.45)
    for i in range(max(nmin, len(lines))):
        d.need(pitch)
        base = d.y + size * (1.05 if hand else 0.95)
        if i < len(lines):
            d.text(x0 + 2, base, lines[i], font, size, ink, hand=hand)
        d.hline(x0, x1, base + size * 0.3 + 1, 0.4, (110, 110, 110), dash=(1, 1.6))
        d.y += pitch


def obtain_ticks(ob: str | None) -> tuple[bool, bool, bool, bool]:
    """(melihat, salinan, hardcopy, softcopy) boxes for an obtain_method value."""
    return (
        ob == "melihat",
        ob in ("salinan", "salinan_hardcopy", "salinan_softcopy"),
        ob == "salinan_hardcopy",
        ob == "salinan_softcopy",
    )


def lay_landscape_form(c: Ctx) -> Letter:
    """P07: the desk's request form printed landscape with two framed panels (identity left,
    request right), tick boxes, typed or hand-filled; the clerk may write the number in a box."""
    r = c.r
    hand = c.hand
    d = Doc(
        c,
        c.fam(["helv", "dsans", "dcond", "narrow"]),
        9,
        page=(A4[1], A4[0]),
        margins=(36, 30, 36, 30),
    )
    ink = c.ink()
    vf = font_key("hand") if hand else (font_key("cour") if r.random() < 0.5 else d.f())
    vs = 11.5 if hand else 9.5
    logo(d, "kpu", 36, 26, 40)
    d.text(84, 42, KPU_SS, d.f("b"), 11)
    d.text(84, 56, "Pejabat Pengelola Informasi dan Dokumentasi (PPID)", d.f(), 8.5)
    d.text(806, 40, "FORMULIR PERMINTAAN INFORMASI PUBLIK", d.f("b"), 12.5, align="r")
    d.text(590, 62, "No. Registrasi", d.f(), 8)
    bx = 590 + tw("No. Registrasi", d.f(), 8) + 6
    d.rect(bx, 49, 806 - bx, 17, width=0.7)
    reg = None
    if r.random() < 0.4:
        reg = reg_number(r, c.date)
        rk = font_key("hand") if hand or r.random() < 0.5 else font_key("cour")
        d.text(
            bx + 4,
            62,
            reg,
            rk,
            _fit(reg, rk, 9.5, 806 - bx - 8),
            pick(r, [(170, 20, 30), INK, ink]),
        )
    d.hline(36, 806, 74, 1.2)
    p = make_person(r, degree_p=0.15 if hand else 0.3)
    show_mail = r.random() < 0.7
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = pick(r, PURPOSES)
    ob, dl = pick(
        r,
        [x for x in OBTAIN_COMBOS if x[0]]
        + [("salinan", "pos"), ("salinan_softcopy", "faksimili")],
    )
    if dl == "email":
        show_mail = True
    # left panel
    lx0, lx1, top, bot = 36, 408, 84, 470
    d.rect(lx0, top, lx1 - lx0, bot - top, width=0.8)
    d.rect(lx0, top, lx1 - lx0, 17, width=0, stroke=None, fill=(215, 215, 215))
    d.block()
    d.text(lx0 + 8, top + 12, "I. IDENTITAS PEMOHON", d.f("b"), 9.5)
    d.y = top + 24
    rows = [
        ("Nama Lengkap", p.name),
        ("NIK", p.nik),
        ("Alamat", p.address),
        ("Pekerjaan", p.occupation),
        ("No. Telepon/HP", p.phone),
        ("E-mail", p.email if show_mail else ""),
    ]
    for k, v in rows:
        d.kv(
            k,
            v,
            100,
            x0=lx0 + 8,
            x1=lx1 - 10,
            vfont=vf,
            vsize=vs,
            hand=hand,
            vcolor=ink if hand else None,
            rule=True,
            lead=1.55,
        )
        d.gap(2)
    assert d.y < bot and len(d.pages) == 1
    # right panel
    rx0, rx1 = 424, 806
    d.rect(rx0, top, rx1 - rx0, bot - top, width=0.8)
    d.rect(rx0, top, rx1 - rx0, 17, width=0, stroke=None, fill=(215, 215, 215))
    d.block()
    d.text(rx0 + 8, top + 12, "II. INFORMASI YANG DIMINTA", d.f("b"), 9.5)
    d.y = top + 22
    d.line("Rincian informasi yang dibutuhkan:", x0=rx0 + 8, size=8.5)
    ruled(d, items_text(items), rx0 + 8, rx1 - 8, 3, hand, vs, ink if hand else None, vf)
    d.line("Tujuan penggunaan informasi:", x0=rx0 + 8, size=8.5)
    ruled(d, purpose, rx0 + 8, rx1 - 8, 2, hand, vs, ink if hand else None, vf)
    d.gap(3)
    d.line("III. CARA MEMPEROLEH INFORMASI", d.f("b"), 9, x0=rx0 + 8)
    m1, m2, hc, sc = obtain_ticks(ob)
    mark = pick(r, ["tick", "x"] if hand else ["x", "fill", "tick"])
    b = d.y + 9
    checkbox(d, rx0 + 12, b, 8, mark if m1 else None, ink)
    d.text(rx0 + 26, b, "Melihat/membaca/mendengarkan/mencatat", d.f(), 8.5)
    b += 15
    checkbox(d, rx0 + 12, b, 8, mark if m2 else None, ink)
    d.text(rx0 + 26, b, "Mendapatkan salinan informasi:", d.f(), 8.5)
    xx = rx0 + 26 + tw("Mendapatkan salinan informasi:", d.f(), 8.5) + 12
    for lab, on in (("hardcopy", hc), ("softcopy", sc)):
        checkbox(d, xx, b, 8, mark if on else None, ink)
        d.text(xx + 12, b, lab, d.f(), 8.5)
        xx += 14 + tw(lab, d.f(), 8.5) + 12
    d.y = b + 10
    d.line("IV. CARA MENDAPATKAN SALINAN INFORMASI", d.f("b"), 9, x0=rx0 + 8)
    b = d.y + 9
    xx = rx0 + 12
    for lab, key in (
        ("Mengambil langsung", "mengambil_langsung"),
        ("Kurir", "kurir"),
        ("Pos", "pos"),
        ("Faksimili", "faksimili"),
        ("E-mail", "email"),
    ):
        checkbox(d, xx, b, 8, mark if dl == key else None, ink)
        d.text(xx + 12, b, lab, d.f(), 8.5)
        xx += 12 + tw(lab, d.f(), 8.5) + 16
    d.y = b + 8
    assert d.y < bot and len(d.pages) == 1, d.y
    # signatures
    d.block()
    ds = fmt_date(c.date, pick(r, ["dash", "slash", "long"]))
    d.text(560, 486, "Palembang,", d.f(), 9)
    d.text(
        560 + tw("Palembang, ", d.f(), 9),
        486,
        ds,
        vf,
        vs if hand else 9,
        ink if hand else None,
        hand=hand,
    )
    d.text(120, 508, "Petugas Penerima,", d.f(), 9)
    d.text(560, 508, "Pemohon Informasi,", d.f(), 9)
    d.text(120, 556, "(..................................)", d.f(), 9)
    nm = p.name
    d.text(560, 556, "( " + nm + " )", d.f(), _fit("( " + nm + " )", d.f(), 9, 240))
    sign(d, 575, 516, 90, 32, ink)
    d.text(
        280,
        574,
        "Formulir dibuat rangkap dua: lembar pertama untuk petugas, lembar kedua untuk pemohon.",
        d.f("i"),
        7.5,
        GREY,
    )
    return Letter(
        "permohonan_informasi",
        "P07_landscape_form",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=reg,
            letter_date=c.date.isoformat(),
        ),
        hand,
    )


def lay_far_values(c: Ctx) -> Letter:
    """P08: a self-made form: labels at the left margin, values set flush right on the same
    baseline far away from them, thin rules between rows, no colons."""
    r = c.r
    d = Doc(c, c.fam(["helv", "dsans", "gothic", "dcond"]), 10)
    d.gap(6)
    d.line("PERMOHONAN INFORMASI PUBLIK", d.f("b"), 15, align="c", lead=1.4)
    d.line("kepada PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan", d.f("i"), 10, align="c")
    d.gap(14)
    p = make_person(r, degree_p=0.3)
    items = info_items(r)
    purpose = pick(r, PURPOSES)
    ob, dl = pick(r, [x for x in OBTAIN_COMBOS if x[0]])
    obtain_words = {
        "melihat": "Melihat dan mencatat di tempat",
        "salinan": "Mendapatkan salinan",
        "salinan_hardcopy": "Salinan cetak (hardcopy)",
        "salinan_softcopy": "Salinan elektronik (softcopy)",
    }[ob]
    dl_words = {
        None: "-",
        "mengambil_langsung": "Diambil langsung",
        "pos": "Dikirim melalui pos",
        "kurir": "Dikirim melalui kurir",
        "email": "Dikirim melalui e-mail",
    }[dl]
    show_mail = r.random() < 0.7 or dl == "email"
    date_s = fmt_date(c.date, pick(r, ["long", "dash", "slash0"]))
    rows = [
        ("Nomor Pendaftaran (diisi petugas)", ""),
        ("Nama Pemohon", p.name),
        ("NIK", p.nik),
        ("Pekerjaan", p.occupation),
        ("Alamat", p.address),
        ("Telepon", p.phone),
    ]
    if show_mail:
        rows.append(("E-mail", p.email))
    rows += [
        ("Informasi yang Dimohon", items_text(items)),
        ("Tujuan Penggunaan", purpose),
        ("Cara Memperoleh Informasi", obtain_words),
        ("Cara Mendapatkan Salinan", dl_words),
        ("Tanggal Permohonan", date_s),
    ]
    lf = d.f("b")
    vw = (d.x1 - d.x0) * 0.58
    for k, v in rows:
        lines = wrap(v, d.f(), 10, vw) if v else []
        n = max(1, len(lines))
        d.need(n * 14 + 10)
        b = d.y + 11
        d.text(d.x0, b, k, lf, 9)
        for i, ln in enumerate(lines):
            d.text(d.x1, b + i * 14, ln, d.f(), 10, align="r")
        d.y += n * 14 + 6
        d.hline(d.x0, d.x1, d.y, 0.4, (150, 150, 150))
        d.y += 4
    d.gap(16)
    d.para(
        "Dengan ini saya menyatakan bahwa data di atas benar dan informasi yang diperoleh akan digunakan sesuai dengan ketentuan peraturan perundang-undangan.",
        size=9.5,
        justify=True,
        after=14,
    )
    two_sigs(
        d,
        dict(
            above=["Petugas Layanan Informasi,"],
            name="(..............................)",
            sig=False,
            bold_name=False,
            underline=False,
        ),
        dict(above=["Pemohon,"], name=p.name, bold_name=False, underline=False),
    )
    ktp = r.random() < 0.35
    if ktp:
        ktp_page(d, p, "Lampiran Permohonan: KTP Pemohon", certify=r.random() < 0.5)
    return Letter(
        "permohonan_informasi",
        "P08_far_right_values",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_date=c.date.isoformat(),
        ),
    )


def grid_paper(d: Doc, step: float = 14.17, color=(175, 200, 230)) -> None:
    p = d.p
    y = step
    while y < p.h:
        d.hline(0, p.w, y, 0.35, color)
        y += step
    x = step
    while x < p.w:
        d.g("line", (x, 0, x, p.h), width=0.35, stroke=color)
        x += step
    for k in range(14):
        d.g(
            "ellipse",
            (10, 40 + k * 56, 9, 9),
            width=0.8,
            stroke=(150, 150, 150),
            fill=(235, 235, 235),
        )


def lay_hand_grid(c: Ctx) -> Letter:
    """P09: a request hand-written on squared (quad-ruled) notebook paper, spiral holes at the
    left; sometimes a typed KTP copy as page 2."""
    r = c.r
    ink = c.ink()
    hs = r.uniform(12, 13.5)
    d = Doc(c, "hand", hs, margins=(62, 48, 44, 40))
    d.ink = ink
    d.on_new_page = lambda dd: grid_paper(dd)
    grid_paper(d)
    p = make_person(
        r,
        degree_p=0.08,
        occupation=pick(
            r,
            [
                "Petani",
                "Pedagang",
                "Ibu Rumah Tangga",
                "Wiraswasta",
                "Buruh Harian Lepas",
                "Guru",
                "Nelayan",
                "Pekebun",
            ],
        ),
    )
    town = p.city.town
    d.line(f"{town}, {fmt_date(c.date, pick(r, ['long', 'slash', 'dash']))}", align="r", hand=True)
    d.line("Kepada Yth.", hand=True)
    d.line("PPID KPU Provinsi Sumsel", hand=True)
    d.line("di Palembang", hand=True)
    subject = pick(r, ["Minta informasi", "Permohonan informasi", "Mohon informasi"])
    d.line(f"Perihal: {subject}", hand=True)
    d.line("Dengan hormat,", hand=True)
    d.line("Saya yang bertanda tangan di bawah ini:", hand=True)
    ktp = r.random() < 0.4
    show_nik = not ktp or r.random() < 0.5
    rows = [("Nama", p.name)]
    if show_nik:
        rows.append(("NIK", p.nik))
    rows += [("Pekerjaan", p.occupation), ("Alamat", p.address), ("No. HP", p.phone)]
    for k, v in rows:
        d.kv(
            k,
            v,
            82,
            font=font_key("hand"),
            size=hs,
            vfont=font_key("hand"),
            vsize=hs,
            hand=True,
            vcolor=ink,
        )
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = pick(r, PURPOSES)
    ob, dl = pick(
        r,
        [
            ("salinan_hardcopy", "pos"),
            ("salinan_hardcopy", "mengambil_langsung"),
            ("melihat", None),
            ("salinan", "pos"),
            (None, None),
        ],
    )
    d.para(f"Mohon diberikan informasi tentang {lc_items(items)}.", hand=True)
    d.para(f"Informasi ini untuk {lc_first(purpose)}.", hand=True)
    s = {
        ("salinan_hardcopy", "pos"): "Saya minta fotokopinya dikirim lewat pos ke alamat di atas.",
        (
            "salinan_hardcopy",
            "mengambil_langsung",
        ): "Fotokopinya akan saya ambil sendiri ke kantor KPU.",
        ("melihat", None): "Saya cukup melihat dan mencatat saja di kantor KPU.",
        ("salinan", "pos"): "Salinannya mohon dikirim lewat pos ke alamat saya.",
        (None, None): "",
    }[(ob, dl)]
    if s:
        d.para(s, hand=True)
    d.para("Atas bantuannya saya ucapkan terima kasih.", hand=True)
    sig_block(d, right_col(d), ["Hormat saya,"], p.name, hand_name=True, ink=ink, gap=40)
    if ktp:
        d.on_new_page = None
        d.fam = pick(r, ["helv", "times"])
        d.size = 11
        d.ink = INK
        ktp_page(d, p, certify=False)
    return Letter(
        "permohonan_informasi",
        "P09_hand_squared_paper",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if (show_nik or ktp) else None,
            address=p.address,
            phone=p.phone,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_date=c.date.isoformat(),
            subject=subject,
        ),
        True,
    )


def lay_hand_slip(c: Ctx) -> Letter:
    """P10: an A5 desk slip 'Lembar Permintaan Informasi' filled in by hand, NIK in 16 boxes,
    a dashed tear-off receipt at the bottom with the clerk's registration number."""
    r = c.r
    ink = c.ink()
    d = Doc(c, c.fam(["helv", "dsans", "narrow"]), 8.5, page=A5, margins=(30, 28, 28, 24))
    hf = font_key("hand")
    hs = 10.5
    d.text(d.x0, d.y + 9, "KPU PROVINSI SUMATERA SELATAN", d.f("b"), 9)
    d.text(d.x1, d.y + 9, "Layanan Informasi Publik", d.f("i"), 8, align="r")
    d.y += 16
    d.hline(d.x0, d.x1, d.y, 0.9)
    d.gap(6)
    d.line("LEMBAR PERMINTAAN INFORMASI", d.f("b"), 11.5, align="c")
    d.line("(diisi oleh pemohon dengan huruf yang jelas)", d.f("i"), 7.5, align="c")
    d.gap(4)
    p = make_person(r, degree_p=0.1)
    show_mail = r.random() < 0.5
    items = info_items(r, 1)
    purpose = pick(r, PURPOSES)
    ob, dl = pick(r, [x for x in OBTAIN_COMBOS if x[0]])
    if dl == "email":
        show_mail = True
    lw = 98

    def row(label: str, value: str, nmin: int = 1) -> None:
        d.need(hs * d.hlead)
        base = d.y + hs * 1.05
        d.text(d.x0, base, label, d.f(), _fit(label, d.f(), 8.5, lw - 6))
        ruled(d, value, d.x0 + lw, d.x1, nmin, True, hs, ink)
        _ = base

    row("Nama", p.name)
    # NIK in sixteen boxes
    d.need(24)
    base = d.y + 15
    d.text(d.x0, base, "NIK", d.f(), 8.5)
    bw = 14.5
    for k in range(16):
        d.rect(d.x0 + lw + k * bw, base - 12, bw, 16, width=0.6)
    d.text(d.x0 + lw, base, p.nik, hf, 11, ink, cs=bw)
    d.y += 24
    row("Alamat", p.address, 2)
    row("No. Telp/HP", p.phone)
    row("E-mail", p.email if show_mail else "")
    row("Pekerjaan", p.occupation)
    row("Informasi yang diminta", items_text(items), 2)
    row("Tujuan penggunaan", purpose, 1)
    m1, m2, hc, sc = obtain_ticks(ob)
    d.need(40)
    b = d.y + 10
    d.text(d.x0, b, "Cara memperoleh:", d.f(), 8.5)
    xx = d.x0 + lw
    for lab, on in (("melihat", m1), ("salinan", m2), ("hardcopy", hc), ("softcopy", sc)):
        checkbox(d, xx, b, 7.5, "tick" if on else None, ink)
        d.text(xx + 10, b, lab, d.f(), 8)
        xx += 10 + tw(lab, d.f(), 8) + 10
    b += 15
    d.text(d.x0, b, "Cara mengirim:", d.f(), 8.5)
    xx = d.x0 + lw
    for lab, key in (
        ("ambil", "mengambil_langsung"),
        ("kurir", "kurir"),
        ("pos", "pos"),
        ("faks", "faksimili"),
        ("e-mail", "email"),
    ):
        checkbox(d, xx, b, 7.5, "tick" if dl == key else None, ink)
        d.text(xx + 10, b, lab, d.f(), 8)
        xx += 10 + tw(lab, d.f(), 8) + 8
    d.y = b + 10
    ds = fmt_date(c.date, pick(r, ["slash", "dash", "slash0"]))
    d.need(52)
    b = d.y + 12
    d.text(d.x0 + 200, b, "Tanggal:", d.f(), 8.5)
    d.text(d.x0 + 206 + tw("Tanggal:", d.f(), 8.5), b, ds, hf, hs, ink, hand=True)
    d.text(d.x0 + 200, b + 14, "Tanda tangan pemohon,", d.f(), 8.5)
    sign(d, d.x0 + 215, b + 18, 80, 26, ink)
    d.y = b + 48
    # tear-off receipt
    reg = reg_number(r, c.date) if r.random() < 0.6 else None
    d.need(70)
    d.hline(d.x0 - 10, d.x1 + 10, d.y, 0.7, GREY, dash=(4, 3))
    d.block()
    d.gap(6)
    d.line("TANDA TERIMA PERMINTAAN INFORMASI", d.f("b"), 9, align="c")
    d.need(40)
    b = d.y + 12
    d.text(d.x0, b, "No. Registrasi:", d.f(), 8.5)
    if reg:
        d.text(d.x0 + lw, b, reg, hf, hs, pick(r, [(170, 20, 30), INK]))
    d.text(d.x0, b + 21, "Nama pemohon:", d.f(), 8.5)
    d.text(d.x0 + lw, b + 21, p.name, hf, hs, ink, hand=True)
    d.y = b + 30
    return Letter(
        "permohonan_informasi",
        "P10_hand_a5_slip",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            obtain_method=ob,
            delivery_method=dl,
            letter_number=reg,
            letter_date=c.date.isoformat(),
        ),
        True,
    )


# -------------------------------------------------------------------------- keberatan
LAW_FIRMS = [
    (["LEMBAGA BANTUAN HUKUM PALEMBANG"], "LBH-PLG", "scales"),
    (["KANTOR HUKUM RASYID, HALIM & REKAN"], "KH-RHR", "scales"),
    (["KANTOR ADVOKAT DAN KONSULTAN HUKUM", "SRIWIJAYA JUSTITIA"], "ADV-SJ", "shield"),
    (["POS BANTUAN HUKUM RAKYAT", "SUMATERA SELATAN"], "PBHR-SS", "scales"),
    (["KANTOR HUKUM MARPAUNG, ARSYAD & PARTNERS"], "MAP", "shield"),
]
ATASAN_TO = [
    ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
    ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "selaku Atasan PPID", KPU_ADDR],
    [
        "Kepada",
        "Yth. Atasan Pejabat Pengelola Informasi dan Dokumentasi",
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        "di Palembang",
    ],
]


def req_dates(r: random.Random, d: date) -> tuple[date, date]:
    """(date of the original request, date of the PPID's answer) before an objection dated d."""
    ans = work_back(d, r.randint(3, 25))
    return work_back(ans, r.randint(4, 12)), ans


def lay_lawyer(c: Ctx) -> Letter:
    """K01: a formal 'surat keberatan' by advocates under a special power of attorney, with
    numbered 'Bahwa ...' reasons citing Pasal 35 ayat (1) huruf x and a petitum."""
    r = c.r
    names, ab, emb = pick(r, LAW_FIRMS)
    d = Doc(c, c.fam(["times", "school", "pala", "dserif"]), 11)
    kop(
        d,
        names,
        [f"{org_address(r)}  Telp. {make_landline(r)}", f"E-mail: {slug(ab)}.advokat@gmail.com"],
        pick(r, ["center", "left", "band"]),
        emb,
    )
    num = pick(
        r,
        [
            f"{r.randint(10, 140)}/{ab}/{c.date.year}",
            f"{r.randint(1, 90):03d}/SK-ADV/{ab}/{roman(c.date.month)}/{c.date.year}",
        ],
    )
    subject = pick(
        r,
        [
            "Surat Keberatan",
            "Keberatan atas Tanggapan Permohonan Informasi Publik",
            "Pengajuan Keberatan Informasi Publik",
        ],
    )
    header_rows(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Perihal", subject)],
        right=f"Palembang, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, pick(r, ATASAN_TO))
    d.gap(8)
    d.line("Dengan hormat,")
    d.line("Kami yang bertanda tangan di bawah ini:")
    l1 = make_name(r, degree_p=1.0)[0]
    l1 = l1 if "S.H." in l1 else l1.split(",")[0] + ", S.H."
    l2 = make_name(r, degree_p=0.0)[0] + pick(r, [", S.H., M.H.", ", S.H."])
    d.items([l1 + ";", l2 + ";"], "1.", indent=16, after=0)
    sk = work_back(c.date, r.randint(1, 6))
    d.para(
        f"Advokat pada {' '.join(names).title().replace('&', 'dan')}, berdasarkan Surat Kuasa Khusus tanggal "
        f"{fmt_date(sk)}, bertindak untuk dan atas nama:",
        justify=True,
        after=2,
    )
    p = make_person(r, degree_p=0.3)
    show_nik = r.random() < 0.5
    rows = [("Nama", p.name)]
    if show_nik:
        rows.append(("NIK", p.nik))
    rows += [("Pekerjaan", p.occupation), ("Alamat", p.address)]
    for k, v in rows:
        d.kv(k, v, 72, x0=d.x0 + 16)
    d.para("selanjutnya disebut sebagai PEMOHON KEBERATAN.", after=4)
    req, ans = req_dates(r, c.date)
    ref = reg_number(r, req)
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = pick(r, PURPOSES)
    code = pick(r, "aaccdeeg" + "bf")
    d.line("I. OBJEK KEBERATAN", d.f("b"))
    d.para(
        f"Permohonan informasi publik yang diajukan Pemohon Keberatan pada tanggal {fmt_date(req)} dan telah "
        f"dicatat dengan Nomor Pendaftaran {ref}, berupa {lc_items(items)}, yang akan digunakan sebagai "
        f"{lc_first(purpose)}.",
        justify=True,
        after=4,
    )
    d.line("II. ALASAN-ALASAN KEBERATAN", d.f("b"))
    ctx_s = {
        "a": f"Bahwa pada tanggal {fmt_date(ans)} PPID menyampaikan surat penolakan dengan alasan informasi yang dimohon termasuk informasi yang dikecualikan, tanpa disertai hasil uji konsekuensi",
        "b": "Bahwa informasi yang dimohon merupakan informasi yang wajib diumumkan secara berkala, namun tidak tersedia di laman resmi maupun di meja layanan informasi",
        "c": "Bahwa sampai dengan berakhirnya jangka waktu 10 (sepuluh) hari kerja, PPID tidak memberikan tanggapan apa pun atas permohonan tersebut",
        "d": f"Bahwa pada tanggal {fmt_date(ans)} PPID memberikan tanggapan, namun informasi yang diberikan tidak sesuai dengan rincian yang dimohon",
        "e": f"Bahwa pada tanggal {fmt_date(ans)} PPID menyatakan informasi dapat diberikan, namun hingga kini informasi tersebut tidak pernah diserahkan",
        "f": "Bahwa Pemohon Keberatan dikenakan biaya penggandaan yang tidak wajar dan tidak sesuai dengan standar biaya yang diumumkan",
        "g": f"Bahwa informasi baru diberikan pada tanggal {fmt_date(ans)}, melebihi jangka waktu yang diatur dalam undang-undang",
    }[code]
    reasons = [
        "Bahwa Pemohon Keberatan adalah warga negara Indonesia yang berhak memperoleh informasi publik sebagaimana dijamin Pasal 28F Undang-Undang Dasar 1945 dan Pasal 4 Undang-Undang Nomor 14 Tahun 2008;",
        ctx_s + ";",
        f"Bahwa berdasarkan Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008, {REASONS[code][0].lower() + REASONS[code][1:]} merupakan alasan pengajuan keberatan;",
        "Bahwa informasi yang dimohon merupakan informasi publik yang terbuka dan tidak termasuk dalam Daftar Informasi yang Dikecualikan;",
    ]
    d.items(reasons, "1.", indent=18, justify=True)
    d.line("III. PERMOHONAN", d.f("b"))
    d.para(
        "Berdasarkan alasan-alasan tersebut di atas, Pemohon Keberatan memohon kepada Atasan PPID untuk:",
        justify=True,
    )
    d.items(
        [
            "Menerima dan mengabulkan keberatan Pemohon Keberatan untuk seluruhnya;",
            "Memerintahkan PPID KPU Provinsi Sumatera Selatan untuk memberikan informasi yang dimohon;",
            "Memberikan tanggapan tertulis dalam jangka waktu sebagaimana diatur dalam peraturan perundang-undangan.",
        ],
        "1.",
        indent=18,
    )
    d.para(
        "Demikian surat keberatan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.",
        after=10,
    )
    d.need(120)
    d.line("Hormat kami,", align="l", x0=d.x0 + (d.x1 - d.x0) * 0.3)
    d.line("Kuasa Hukum Pemohon Keberatan,", x0=d.x0 + (d.x1 - d.x0) * 0.3)
    two_sigs(d, dict(above=[], name=l1), dict(above=[], name=l2))
    if r.random() < 0.5:  # the special power of attorney as a further page
        d.new_page()
        d.line("SURAT KUASA KHUSUS", d.f("b"), 13, align="c")
        d.gap(8)
        d.line("Yang bertanda tangan di bawah ini:")
        for k, v in rows:
            d.kv(k, v, 72, x0=d.x0 + 16)
        d.para("selanjutnya disebut PEMBERI KUASA, dengan ini memberikan kuasa kepada:", after=2)
        d.items([l1 + ";", l2 + ";"], "1.", indent=16, after=0)
        d.para(
            f"Advokat pada {' '.join(names).title().replace('&', 'dan')}, selanjutnya disebut PENERIMA KUASA.",
            justify=True,
            after=4,
        )
        d.line("---------------------- K H U S U S ----------------------", d.f("b"), align="c")
        d.para(
            "Untuk dan atas nama Pemberi Kuasa mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera "
            f"Selatan atas permohonan informasi Nomor Pendaftaran {ref}, serta melakukan segala tindakan yang "
            "diperlukan untuk kepentingan tersebut.",
            justify=True,
            after=8,
        )
        d.line(f"Palembang, {fmt_date(sk)}", x0=right_col(d))
        d.gap(4)
        d.need(110)
        y0 = d.y  # the meterai is stuck on first, the signature goes over it
        mx = right_col(d) - 6
        d.rect(mx, y0 + 16, 44, 30, width=0.5, stroke=(120, 60, 60), fill=(235, 215, 215))
        d.g("polyfill", star_pts(mx + 22, y0 + 31, 9, 4), width=0, stroke=None, fill=(170, 90, 90))
        two_sigs(
            d, dict(above=["Penerima Kuasa,"], name=l1), dict(above=["Pemberi Kuasa,"], name=p.name)
        )
    ktp = r.random() < 0.3
    if ktp:
        ktp_page(d, p, "Lampiran: Fotokopi KTP Pemberi Kuasa", certify=False)
    return Letter(
        "keberatan",
        "K01_lawyer_numbered_reasons",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if (show_nik or ktp) else None,
            address=p.address,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=" ".join(names),
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
    )


def band(d: Doc, title: str, size: float = 9.5) -> None:
    d.need(size * 2.2 + 20)
    d.gap(3)
    d.rect(d.x0, d.y, d.x1 - d.x0, size * 1.7, width=0, stroke=None, fill=(220, 220, 220))
    d.text(d.x0 + 5, d.y + size * 1.22, title, d.f("b"), size)
    d.y += size * 1.7 + 4


def lay_circle_form(c: Ctx) -> Letter:
    """K02: an objection form whose reasons a-g are chosen by drawing a circle around the letter;
    grey section bands; typed or filled in by hand."""
    r = c.r
    hand = c.hand
    ink = c.ink()
    d = Doc(c, c.fam(["helv", "dsans", "gothic", "times"]), 9.5, margins=(56, 44, 50, 40))
    logo(d, "kpu", d.x0, d.y, 34)
    d.text(d.x0 + 42, d.y + 14, "PPID KPU PROVINSI SUMATERA SELATAN", d.f("b"), 10.5)
    d.text(d.x0 + 42, d.y + 27, KPU_ADDR, d.f(), 8)
    d.y += 42
    d.hline(d.x0, d.x1, d.y, 1)
    d.gap(10)
    d.line("PERNYATAAN KEBERATAN ATAS PERMINTAAN INFORMASI", d.f("b"), 11.5, align="c")
    d.gap(4)
    vf = font_key("hand") if hand else d.f()
    vs = 11 if hand else 9.5
    kw = dict(vfont=vf, vsize=vs, hand=hand, vcolor=ink if hand else None, lead=1.45)
    reg = reg_number(r, c.date).replace("/PPID/", "/KEB/PPID/") if r.random() < 0.45 else None
    d.kv("Nomor Registrasi Keberatan", "", 150)
    if reg:
        t = d.p.texts()[-1]
        d.text(
            t.x + 12,
            t.y,
            reg,
            font_key("hand") if (hand or r.random() < 0.5) else font_key("cour"),
            10.5,
            (170, 20, 30),
        )
    p = make_person(r, degree_p=0.2)
    req, _ans = req_dates(r, c.date)
    ref = reg_number(r, req)
    items = info_items(r, 1)
    purpose = pick(r, PURPOSES)
    code = pick(r, "abcdefg")
    show_nik = r.random() < 0.7
    band(d, "A. IDENTITAS PENGAJU KEBERATAN")
    rows = [("Nomor Pendaftaran Permohonan", ref), ("Nama", p.name)]
    if show_nik:
        rows.append(("NIK", p.nik))
    rows += [
        ("Alamat", p.address),
        ("Pekerjaan", p.occupation),
        ("Nomor Telepon", p.phone),
        ("Informasi yang Diminta", items[0]),
        ("Tujuan Penggunaan Informasi", purpose),
    ]
    for k, v in rows:
        d.kv(k, v, 150, **kw)
    band(d, "B. ALASAN KEBERATAN (lingkari huruf yang sesuai)")
    for k in "abcdefg":
        d.need(16)
        b = d.y + 11
        d.text(d.x0 + 12, b, f"{k}.", d.f(), 9.5)
        d.text(d.x0 + 30, b, REASONS[k], d.f(), 9.5)
        if k == code:
            cx = d.x0 + 12 + tw(f"{k}.", d.f(), 9.5) / 2
            d.g("poly", hand_loop(r, cx, b - 3.5, 9.5, 8.0), width=1.2, stroke=ink)
        d.y += 15.5
    band(d, "C. KASUS POSISI")
    case = f"Saya mengajukan permohonan informasi pada tanggal {fmt_date(req)}, tetapi {pick(r, REASON_PROSE[code])}."
    ruled(d, case, d.x0 + 6, d.x1 - 6, 3, hand, vs, ink if hand else None, vf)
    band(d, "D. TANGGAL TANGGAPAN ATAS KEBERATAN (diisi petugas): ..................")
    d.gap(4)
    ds = (
        fmt_date(c.date, pick(r, ["long", "dash"]))
        if not hand
        else fmt_date(c.date, pick(r, ["slash", "dash", "long"]))
    )
    d.need(100)
    b = d.y + 10
    d.text(right_col(d), b, "Palembang,", d.f(), 9.5)
    d.text(
        right_col(d) + tw("Palembang, ", d.f(), 9.5),
        b,
        ds,
        vf,
        vs,
        ink if hand else None,
        hand=hand,
    )
    d.y = b + 14
    two_sigs(
        d,
        dict(
            above=["Petugas Penerima Keberatan,"],
            name="(..............................)",
            sig=False,
            bold_name=False,
            underline=False,
        ),
        dict(
            above=["Pengaju Keberatan,"],
            name=p.name,
            bold_name=False,
            underline=False,
            hand_name=hand,
            ink=ink,
        ),
        split=0.56,
    )
    ktp = r.random() < 0.3
    if ktp:
        ktp_page(d, p, certify=r.random() < 0.5)
    return Letter(
        "keberatan",
        "K02_circled_reason_form",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik if (show_nik or ktp) else None,
            address=p.address,
            phone=p.phone,
            occupation=p.occupation,
            information_requested=items[0],
            purpose=purpose,
            letter_number=reg,
            letter_date=c.date.isoformat(),
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
        hand,
    )


def lay_hand_plain(c: Ctx) -> Letter:
    """K03: an objection hand-written on unruled paper (lines drift), identity in the prose."""
    r = c.r
    ink = c.ink()
    hs = r.uniform(12, 13.5)
    d = Doc(c, "hand", hs, margins=(58, 50, 50, 44))
    d.ink = ink
    d.drift = 0.004
    d.hlead = 2.4
    p = make_person(r, degree_p=0.1)
    d.line(
        f"{p.city.town}, {fmt_date(c.date, pick(r, ['long', 'slash', 'dash']))}",
        align="r",
        hand=True,
    )
    for ln in pick(
        r,
        [
            ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumsel", "di Tempat"],
            ["Yth. Bapak/Ibu Atasan PPID", "KPU Provinsi Sumatera Selatan", "di Palembang"],
        ],
    ):
        d.line(ln, hand=True)
    subject = pick(r, ["Keberatan", "Pengajuan keberatan", "Surat keberatan"])
    d.line(f"Hal: {subject}", hand=True)
    d.line("Dengan hormat,", hand=True)
    req, _ = req_dates(r, c.date)
    ref = reg_number(r, req)
    items = info_items(r, 1)
    code = pick(r, "abcdeg")
    show_occ = r.random() < 0.5
    occ = f", pekerjaan {p.occupation.lower()}" if show_occ else ""
    d.para(
        f"Saya, {p.name}, NIK {p.nik}{occ}, tinggal di {p.address}, No. HP {p.phone}, mengajukan keberatan atas "
        f"permohonan informasi saya dengan nomor pendaftaran {ref} tentang {lc_first(items[0])}.",
        hand=True,
    )
    d.para(f"Saya keberatan karena {pick(r, REASON_PROSE[code])}.", hand=True)
    purpose = pick(r, PURPOSES) if r.random() < 0.5 else None
    if purpose:
        d.para(f"Informasi itu saya perlukan untuk {lc_first(purpose)}.", hand=True)
    d.para("Mohon Bapak/Ibu dapat menindaklanjuti keberatan saya ini. Terima kasih.", hand=True)
    sig_block(d, right_col(d), ["Hormat saya,"], p.name, hand_name=True, ink=ink, gap=40)
    return Letter(
        "keberatan",
        "K03_hand_unruled_objection",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            occupation=p.occupation.lower() if show_occ else None,
            information_requested=items[0],
            purpose=purpose,
            letter_date=c.date.isoformat(),
            subject=subject,
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
        True,
    )


def lay_group_petition(c: Ctx) -> Letter:
    """K04: residents object together; a coordinator's identity, the reason in prose, then a
    table of supporting residents with their signatures."""
    r = c.r
    d = Doc(c, c.fam(["times", "helv", "bookman", "dsans"]), 10.5)
    city = pick_city(r)
    p = make_person(r, degree_p=0.25, city=city)
    kel = p.kel
    d.gap(4)
    d.line("SURAT KEBERATAN BERSAMA", d.f("b"), 13, align="c")
    d.line(f"Warga Kelurahan/Desa {kel}, Kecamatan {p.kec}", d.f("b"), 10.5, align="c")
    d.gap(6)
    d.hline(d.x0, d.x1, d.y, 0.8)
    d.gap(10)
    d.line(f"{city.town}, {fmt_date(c.date)}", align="r")
    kepada(d, pick(r, ATASAN_TO))
    d.gap(6)
    subject = "Keberatan atas Permohonan Informasi Publik"
    d.kv("Perihal", subject, 55)
    d.gap(6)
    d.line("Dengan hormat,")
    d.line("Kami warga yang bertanda tangan di bawah ini, melalui koordinator kami:")
    show_mail = r.random() < 0.4
    rows = [
        ("Nama", p.name),
        ("NIK", p.nik),
        ("Alamat", p.address),
        ("No. HP", p.phone),
        ("Pekerjaan", p.occupation),
    ]
    if show_mail:
        rows.append(("E-mail", p.email))
    for k, v in rows:
        d.kv(k, v, 70, x0=d.x0 + 16)
    req, _ans = req_dates(r, c.date)
    ref = reg_number(r, req)
    items = info_items(r, r.choice([1, 2]))
    purpose = pick(r, PURPOSES[6:8] + PURPOSES[9:10] + PURPOSES[2:4])
    code = pick(r, "acdeg")
    d.para(
        f"menyampaikan keberatan atas permohonan informasi yang kami ajukan pada tanggal {fmt_date(req)} dengan "
        f"Nomor Pendaftaran {ref} mengenai {lc_items(items)}. Informasi tersebut kami perlukan sebagai "
        f"{lc_first(purpose)}.",
        justify=True,
        after=3,
    )
    d.para(
        f"Kami keberatan karena {pick(r, REASON_PROSE[code]).replace('saya', 'kami')}.",
        justify=True,
        after=3,
    )
    d.para(
        "Kami mohon Atasan PPID dapat memeriksa keberatan ini dan memerintahkan agar informasi tersebut diberikan kepada kami.",
        justify=True,
        after=8,
    )
    d.line("Daftar warga pendukung keberatan:", d.f("b"))
    n = r.randint(5, 8)
    rows_t = [["No", "Nama", "Alamat", "Tanda Tangan"]]
    for i in range(n):
        q = make_person(r, degree_p=0.05, city=city)
        rows_t.append([str(i + 1), q.name, f"RT {q.rt}/RW {q.rw}, {kel}", ""])
    widths = [28, 170, 170, d.x1 - d.x0 - 368]
    top_page = len(d.pages)
    y_before = d.y
    d.table(widths, rows_t, size=9.5, min_h=24)
    # signatures in the last column, one per row
    if len(d.pages) == top_page:
        rh = (d.y - y_before - 24) / n if n else 0
        for i in range(n):
            yy = y_before + 24 + i * rh
            if i % 2 == 0 or r.random() < 0.6:
                sign(d, d.x0 + 370 + r.uniform(0, 20), yy + 3, 60, rh - 6)
    d.gap(14)
    sig_block(d, right_col(d), ["Koordinator,"], p.name)
    return Letter(
        "keberatan",
        "K04_group_petition",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email if show_mail else None,
            occupation=p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            letter_date=c.date.isoformat(),
            subject=subject,
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
    )


def lay_sidebar(c: Ctx) -> Letter:
    """K05: an objection in prose in a narrow main column, with a framed summary sidebar at the
    right (registration number, reason letter, attachments)."""
    r = c.r
    d = Doc(c, c.fam(["helv", "dsans", "gothic", "dserif", "times"]), 10, margins=(52, 50, 44, 50))
    p = make_person(r, degree_p=0.3)
    mx1 = d.x0 + (d.x1 - d.x0) * 0.64
    sx0 = mx1 + 16
    req, _ans = req_dates(r, c.date)
    ref = reg_number(r, req)
    items = info_items(r, 1)
    code = pick(r, "abcdefg")
    purpose = pick(r, PURPOSES)
    top = d.y
    # sidebar first in space, last in reading order: draw the main column first
    d.line(p.name, d.f("b"), 13, x1=mx1)
    d.para(p.address, size=8.5, x1=mx1)
    d.line(f"{p.phone}  |  {p.email}", size=8.5, x1=mx1)
    d.hline(d.x0, mx1, d.y + 2, 1.2)
    d.gap(12)
    d.line(f"Palembang, {fmt_date(c.date)}", x1=mx1)
    d.gap(4)
    for ln in pick(r, ATASAN_TO):
        d.line(ln, x1=mx1)
    d.gap(6)
    subject = "Keberatan atas Permohonan Informasi"
    d.kv("Hal", subject, 40, x1=mx1)
    d.gap(6)
    d.line("Dengan hormat,", x1=mx1)
    show_occ = r.random() < 0.6
    occ = f", {p.occupation.lower()}," if show_occ else ","
    d.para(
        f"Saya, {p.name}{occ} NIK {p.nik}, dengan ini mengajukan keberatan atas permohonan informasi yang saya "
        f"ajukan pada tanggal {fmt_date(req)} dan tercatat dengan Nomor Pendaftaran {ref}.",
        x1=mx1,
        justify=True,
        after=4,
    )
    d.para(
        f"Informasi yang saya minta adalah {lc_first(items[0])}, yang saya perlukan sebagai {lc_first(purpose)}. "
        f"Namun {pick(r, REASON_PROSE[code])}.",
        x1=mx1,
        justify=True,
        after=4,
    )
    d.para(
        "Sesuai Pasal 36 Undang-Undang Nomor 14 Tahun 2008, saya mohon Atasan PPID memberikan tanggapan "
        "tertulis atas keberatan ini.",
        x1=mx1,
        justify=True,
        after=10,
    )
    sig_block(d, d.x0 + 110, ["Hormat saya,"], p.name, bold_name=False)
    assert len(d.pages) == 1
    # the sidebar
    d.block()
    y = top + 4
    fb = d.f("b")
    entries = [
        ("RINGKASAN KEBERATAN", None),
        ("No. Pendaftaran Permohonan", ref),
        ("Tanggal Permohonan", fmt_date(req, pick(r, ["long", "dash"]))),
        ("Alasan Keberatan", f"Huruf {code}: {REASONS[code]}"),
        ("Lampiran", "Tanda bukti permohonan; fotokopi KTP"),
    ]
    sw = d.x1 - sx0
    d.rect(sx0, top, sw, 16, width=0, stroke=None, fill=(60, 60, 60))
    d.text(sx0 + 6, top + 11.5, entries[0][0], fb, 8.5, (255, 255, 255))
    y = top + 30
    for k, v in entries[1:]:
        d.text(sx0 + 6, y, k, fb, 8)
        y += 11
        for ln in wrap(v, d.f(), 8.5, sw - 12):
            d.text(sx0 + 6, y, ln, d.f(), 8.5)
            y += 11
        y += 8
    d.rect(sx0, top, sw, y - top, width=0.8)
    return Letter(
        "keberatan",
        "K05_summary_sidebar",
        d.pages,
        F(
            applicant_name=p.name,
            nik=p.nik,
            address=p.address,
            phone=p.phone,
            email=p.email,
            occupation=p.occupation.lower() if show_occ else None,
            information_requested=items[0],
            purpose=purpose,
            letter_date=c.date.isoformat(),
            subject=subject,
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
    )


NGOS = [
    (["PERKUMPULAN PEMANTAU PEMILU SRIWIJAYA"], "P3S"),
    (["YAYASAN SUMSEL TRANSPARAN"], "YST"),
    (["FORUM INDONESIA UNTUK KETERBUKAAN ANGGARAN", "WILAYAH SUMATERA SELATAN"], "FIKA-SS"),
    (["LEMBAGA KAJIAN DEMOKRASI MUSI"], "LKDM"),
]


def lay_menunjuk(c: Ctx) -> Letter:
    """K06: an objection whose basis is a 'Menunjuk:' list (the request and the PPID's written
    notice with its own KPU number); from an NGO on its letterhead or from an individual."""
    r = c.r
    d = Doc(c, c.fam(["times", "dserif", "helv", "pala"]), 11)
    org = r.random() < 0.6
    p = make_person(r, degree_p=0.45)
    req, ans = req_dates(r, c.date)
    ref = reg_number(r, req)
    notice = f"{r.randint(10, 400):03d}/HM.02-SD/16/{ans.year}"
    items = info_items(r, r.choice([1, 2]))
    code = pick(r, "abdefg")
    sender = None
    num = None
    if org:
        names, ab = pick(r, NGOS)
        sender = " ".join(names)
        kop(
            d,
            names,
            [
                f"SK Kemenkumham Nomor AHU-{r.randint(1000, 9999)}.AH.01.07.Tahun {r.randint(2012, 2022)}",
                f"Sekretariat: {org_address(r)}",
            ],
            pick(r, ["left", "right", "center"]),
            pick(r, ["ring", "eye", "star"]),
        )
        num = f"{r.randint(1, 60):02d}/{ab}/{roman(c.date.month)}/{c.date.year}"
    subject = pick(r, ["Pengajuan Keberatan", "Keberatan Informasi Publik"])
    rows = ([("Nomor", num)] if num else []) + [("Lampiran", "2 (dua) berkas"), ("Hal", subject)]
    header_rows(d, rows, right=f"Palembang, {fmt_date(c.date)}")
    d.gap(8)
    kepada(d, pick(r, ATASAN_TO))
    d.gap(8)
    d.line("Dengan hormat,")
    d.line("Menunjuk:")
    we = "kami" if org else "saya"
    d.items(
        [
            f"Permohonan informasi {we} tanggal {fmt_date(req)} yang telah dicatat dengan Nomor Pendaftaran {ref};",
            f"Surat PPID KPU Provinsi Sumatera Selatan Nomor {notice} tanggal {fmt_date(ans)} perihal Pemberitahuan Tertulis,",
        ],
        "1.",
        indent=18,
    )
    role = (
        pick(r, ["Direktur Eksekutif", "Koordinator Divisi Riset", "Ketua Pengurus"])
        if org
        else None
    )
    if org:
        d.para(
            f"dengan ini {sender.title()}, yang dalam hal ini diwakili oleh:", justify=True, after=2
        )
    else:
        d.para("dengan ini saya yang bertanda tangan di bawah ini:", after=2)
    rows = [("Nama", p.name)]
    if org:
        rows.append(("Jabatan", role))
    else:
        rows.append(("Pekerjaan", p.occupation))
    rows += [("Alamat", p.address), ("Telepon", p.phone)]
    for k, v in rows:
        d.kv(k, v, 70, x0=d.x0 + 18)
    purpose = pick(r, PURPOSES[2:4] + PURPOSES[7:10])
    d.para(
        f"menyatakan keberatan terhadap tanggapan atas permohonan informasi mengenai {lc_items(items)}, yang "
        f"{we} perlukan sebagai {lc_first(purpose)}, karena {pick(r, REASON_PROSE[code]).replace('saya', we)}.",
        justify=True,
        after=4,
    )
    d.para(
        f"Keberatan ini {we} ajukan berdasarkan Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        justify=True,
        after=4,
    )
    d.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.", after=12)
    if org:
        sig_block(d, right_col(d), [f"{role},"], p.name, stamp=(sender, ["SUMATERA SELATAN"]))
    else:
        sig_block(d, right_col(d), ["Hormat saya,"], p.name)
    return Letter(
        "keberatan",
        "K06_menunjuk_notice",
        d.pages,
        F(
            applicant_name=p.name,
            address=p.address,
            phone=p.phone,
            occupation=None if org else p.occupation,
            information_requested=items_text(items),
            purpose=purpose,
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=sender,
            reference_registration_number=ref,
            objection_reason_code=code,
        ),
    )


# -------------------------------------------------------------------------- sengketa
KI_ADDR = [
    "Jl. Merdeka No. 10 Palembang 30131",
    "Telp. (0711) 356 120  Surel: sekretariat@kip.sumselprov.go.id",
]
TERMOHON = "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"


def ki_kop(d: Doc, style: str | None = None) -> None:
    kop(d, [KI_SS], KI_ADDR, style or pick(d.c.r, ["center", "left"]), "eye")


def label_list(d: Doc, label: str, items: list[str], lw: float, marker: str = "a.") -> None:
    d.need(d.size * 2.6)
    base = d.y + d.size * 0.95
    d.text(d.x0, base, label)
    d.text(d.x0 + lw, base, ":")
    d.items(items, marker, x0=d.x0 + lw + 8, indent=16, justify=True, after=1)


def dispute_case(r: random.Random, c: Ctx) -> tuple[Person, str, str, list[str], date]:
    p = make_person(r, degree_p=0.3)
    req = work_back(c.date, r.randint(50, 90))
    reg = dispute_number(r, work_back(c.date, r.randint(5, 20)))
    return p, reg_number(r, req), reg, info_items(r, r.choice([1, 1, 2])), req


def lay_relaas(c: Ctx) -> Letter:
    """S01: KI 'Relaas Panggilan Sidang' (bailiff's summons record), register number boxed at the
    top right, hearing schedule in a table, receiver / bailiff signature columns."""
    r = c.r
    d = Doc(c, c.fam(["times", "bookman", "school", "dserif"]), 10.8)
    ki_kop(d)
    p, ref, reg, items, _req = dispute_case(r, c)
    box_l = f"Register Nomor: {reg}"
    bw = tw(box_l, d.f("b"), 9.5) + 16
    d.rect(d.x1 - bw, d.y - 4, bw, 18, width=0.8)
    d.text(d.x1 - bw + 8, d.y + 9, box_l, d.f("b"), 9.5)
    d.gap(24)
    d.line("RELAAS PANGGILAN SIDANG", d.f("b"), 13, align="c")
    num = f"{r.randint(10, 300):03d}/RLS/KI-SS/{roman(c.date.month)}/{c.date.year}"
    d.line(f"Nomor: {num}", align="c")
    d.gap(8)
    juru = make_person(r, degree_p=0.6)
    d.para(
        f"Pada hari ini {HARI[c.date.weekday()]}, tanggal {fmt_date(c.date)}, saya {juru.name}, Panitera Pengganti "
        "Komisi Informasi Provinsi Sumatera Selatan, atas perintah Ketua Majelis Komisioner dalam perkara sengketa "
        "informasi publik antara:",
        justify=True,
        after=3,
    )
    d.kv("Pemohon", f"{p.name}, beralamat di {p.address}", 70, x0=d.x0 + 16)
    d.kv("Termohon", TERMOHON, 70, x0=d.x0 + 16)
    sidang = c.date + timedelta(days=r.randint(5, 12))
    while sidang.weekday() > 4:
        sidang += timedelta(days=1)
    agenda = pick(r, ["Pemeriksaan Awal", "Pemeriksaan Pokok Perkara dan Pembuktian", "Mediasi"])
    d.para(
        f"telah memanggil Termohon untuk hadir dalam sidang {agenda.lower()} yang akan dilaksanakan pada:",
        justify=True,
        after=3,
    )
    d.table(
        [130, d.x1 - d.x0 - 130],
        [
            ["Hari/Tanggal", fmt_date(sidang, "day")],
            ["Pukul", f"{pick(r, ['09.00', '10.00', '13.30'])} WIB s.d. selesai"],
            ["Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"],
            ["Agenda", agenda],
        ],
        head=0,
        size=10,
    )
    d.gap(6)
    d.para(
        "Termohon diminta membawa surat kuasa (apabila diwakili), identitas diri, serta dokumen yang berkaitan "
        f"dengan permohonan informasi Nomor Pendaftaran {ref} mengenai {lc_items(items)}.",
        justify=True,
        after=4,
    )
    d.para("Panggilan ini disampaikan kepada dan diterima oleh:", after=10)
    two_sigs(
        d,
        dict(
            above=["Yang Menerima Panggilan,"],
            name="(..............................)",
            sig=False,
            bold_name=False,
            underline=False,
        ),
        dict(above=["Panitera Pengganti,"], name=juru.name, stamp=(KI_SS, ["PALEMBANG"])),
    )
    return Letter(
        "sengketa",
        "S01_relaas_boxed_register",
        d.pages,
        F(
            applicant_name=p.name,
            address=p.address,
            information_requested=items_text(items),
            letter_number=num,
            letter_date=c.date.isoformat(),
            sender_org=KI_SS,
            reference_registration_number=ref,
            dispute_register_number=reg,
        ),
    )


def lay_penetapan(c: Ctx) -> Letter:
    """S02: KI 'Penetapan' appointing the examining panel (Menimbang / Mengingat / KESATU...),
    register number in the title."""
    r = c.r
    d = Doc(c, c.fam(["times", "bookman", "pala", "dserif"]), 10.8)
    ki_kop(d, "center")
    p, ref, reg, items, _req = dispute_case(r, c)
    num = f"{r.randint(1, 80):03d}/PNT-MK/KI-SS/{roman(c.date.month)}/{c.date.year}"
    for ln, st in [
        ("PENETAPAN KETUA KOMISI INFORMASI", "b"),
        ("PROVINSI SUMATERA SELATAN", "b"),
        (f"NOMOR: {num}", ""),
        ("TENTANG", ""),
        (
            f"PENUNJUKAN MAJELIS KOMISIONER PEMERIKSA SENGKETA INFORMASI PUBLIK REGISTER NOMOR {reg}",
            "b",
        ),
    ]:
        d.para(ln, d.f(st), align="c", x0=d.x0 + 30, x1=d.x1 - 30)
    d.gap(6)
    d.line("KETUA KOMISI INFORMASI PROVINSI SUMATERA SELATAN,", d.f("b"), align="c")
    d.gap(4)
    label_list(
        d,
        "Menimbang",
        [
            f"bahwa Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan penyelesaian sengketa informasi publik yang diajukan oleh {p.name} terhadap {TERMOHON}, yang dicatat dalam Register Sengketa Nomor {reg};",
            "bahwa untuk memeriksa dan memutus sengketa tersebut perlu menunjuk Majelis Komisioner;",
        ],
        80,
    )
    label_list(
        d,
        "Mengingat",
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik;",
        ],
        80,
        "1.",
    )
    d.gap(4)
    d.line("MEMUTUSKAN:", d.f("b"), align="c")
    m = [make_name(r, degree_p=0.8)[0] for _ in range(3)]
    for lab, txt in [
        (
            "KESATU",
            f"Menunjuk {m[0]} sebagai Ketua Majelis, {m[1]} dan {m[2]} masing-masing sebagai Anggota Majelis Komisioner.",
        ),
        (
            "KEDUA",
            f"Majelis Komisioner memeriksa sengketa informasi atas permohonan informasi Nomor Pendaftaran {ref} mengenai {lc_items(items)}.",
        ),
        ("KETIGA", "Penetapan ini berlaku sejak tanggal ditetapkan."),
    ]:
        d.kv(lab, txt, 80)
        d.gap(2)
    d.gap(8)
    x = right_col(d)
    d.need(130)
    d.line("Ditetapkan di Palembang", x0=x)
    d.line(f"pada tanggal {fmt_date(c.date)}", x0=x)
    sig_block(
        d,
        x,
        ["KETUA KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN,"],
        make_name(r, degree_p=0.7)[0],
        stamp=(KI_SS, ["PALEMBANG"]),
    )
    return Letter(
        "sengketa",
        "S02_penetapan_majelis",
        d.pages,
        F(
            applicant_name=p.name,
            information_requested=items_text(items),
            letter_number=num,
            letter_date=c.date.isoformat(),
            sender_org=KI_SS,
            reference_registration_number=ref,
            dispute_register_number=reg,
        ),
    )


def lay_putusan(c: Ctx) -> Letter:
    """S03: two pages excerpted from a KI 'Putusan' (identity, duduk perkara, then amar) with
    'Halaman x dari y' footers; the pronouncement date is the letter date."""
    r = c.r
    d = Doc(c, c.fam(["times", "bookman", "school", "dserif"]), 10.8, margins=(72, 50, 66, 64))
    p, ref, reg, items, req = dispute_case(r, c)
    obj = work_back(c.date, r.randint(25, 40))
    code = pick(r, "acde")
    logo(d, "eye", (d.p.w - 44) / 2, d.y, 44)
    d.y += 52
    d.line(KI_SS, d.f("b"), 12, align="c")
    d.gap(4)
    d.line("PUTUSAN", d.f("b"), 14, align="c")
    num = f"{r.randint(1, 60):03d}/PTSN-A/KI-SS/{roman(c.date.month)}/{c.date.year}"
    d.line(f"Nomor: {num}", align="c")
    d.gap(4)
    d.line("DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA", d.f("b"), align="c")
    d.gap(8)
    d.line("1. IDENTITAS", d.f("b"))
    d.para(
        f"[1.1] Komisi Informasi Provinsi Sumatera Selatan yang menerima, memeriksa, dan memutus Sengketa Informasi "
        f"Publik Register Nomor {reg} yang diajukan oleh:",
        justify=True,
        after=2,
    )
    d.kv("Nama", p.name, 60, x0=d.x0 + 30)
    d.kv("Alamat", p.address, 60, x0=d.x0 + 30)
    d.para(
        "Selanjutnya disebut sebagai ------------------------------ Pemohon;", x0=d.x0 + 30, after=2
    )
    d.line("terhadap", align="c")
    d.para(f"{TERMOHON}, beralamat di {KPU_ADDR};", x0=d.x0 + 30, justify=True, after=2)
    d.para(
        "Selanjutnya disebut sebagai ------------------------------ Termohon.",
        x0=d.x0 + 30,
        after=6,
    )
    d.line("2. DUDUK PERKARA", d.f("b"))
    d.para(
        f"[2.1] Pada tanggal {fmt_date(req)} Pemohon mengajukan permohonan informasi kepada Termohon yang "
        f"dicatat dengan Nomor Pendaftaran {ref}, yang pada pokoknya meminta: {items_text(items)}.",
        justify=True,
        after=3,
    )
    d.para(
        f"[2.2] Pada tanggal {fmt_date(obj)} Pemohon mengajukan keberatan kepada Atasan PPID karena "
        f"{pick(r, REASON_PROSE[code]).replace('saya', 'Pemohon')}.",
        justify=True,
        after=3,
    )
    d.para(
        "[2.3] Karena tidak memperoleh tanggapan yang memuaskan, Pemohon mengajukan permohonan penyelesaian "
        "sengketa informasi publik kepada Komisi Informasi Provinsi Sumatera Selatan.",
        justify=True,
    )
    d.new_page()
    d.line("5. AMAR PUTUSAN", d.f("b"))
    d.line("Memutuskan,")
    d.items(
        [
            f"Mengabulkan permohonan Pemohon untuk {pick(r, ['seluruhnya', 'sebagian'])}.",
            "Menyatakan informasi yang dimohon Pemohon merupakan informasi publik yang terbuka.",
            "Memerintahkan Termohon untuk memberikan informasi sebagaimana dimaksud kepada Pemohon paling lambat "
            "14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap.",
        ],
        "1.",
        indent=18,
        justify=True,
    )
    ms = [make_name(r, degree_p=0.8)[0] for _ in range(3)]
    d.para(
        f"Demikian diputuskan dalam Rapat Musyawarah Majelis Komisioner oleh {ms[0]} selaku Ketua merangkap "
        f"Anggota, {ms[1]} dan {ms[2]} masing-masing sebagai Anggota, dan diucapkan dalam sidang terbuka untuk "
        f"umum pada hari {HARI[c.date.weekday()]}, tanggal {fmt_date(c.date)}.",
        justify=True,
        after=14,
    )
    d.need(220)
    y0 = d.y
    sig_block(d, (d.x0 + d.x1) / 2, ["Ketua Majelis,"], ms[0], align="c")
    d.gap(6)
    two_sigs(
        d,
        dict(above=["Anggota Majelis,"], name=ms[1]),
        dict(above=["Anggota Majelis,"], name=ms[2]),
    )
    d.gap(6)
    sig_block(
        d, (d.x0 + d.x1) / 2, ["Panitera Pengganti,"], make_name(r, degree_p=0.8)[0], align="c"
    )
    _ = y0
    n = len(d.pages)
    for i, pg in enumerate(d.pages):
        pg.ops.append(
            T(
                pg.w / 2 - tw(f"Halaman {i + 1} dari {n}", d.f(), 8.5) / 2,
                pg.h - 30,
                f"Halaman {i + 1} dari {n}",
                d.f(),
                8.5,
                INK,
                999,
            )
        )
    return Letter(
        "sengketa",
        "S03_putusan_excerpt",
        d.pages,
        F(
            applicant_name=p.name,
            address=p.address,
            information_requested=items_text(items),
            letter_number=num,
            letter_date=c.date.isoformat(),
            sender_org=KI_SS,
            reference_registration_number=ref,
            dispute_register_number=reg,
        ),
    )


def lay_mediasi(c: Ctx) -> Letter:
    """S04: a KI 'Kesepakatan Mediasi' (settlement) with numbered agreements and three signatures."""
    r = c.r
    d = Doc(c, c.fam(["helv", "times", "dsans", "gothic"]), 10.5)
    ki_kop(d)
    p, ref, reg, items, _req = dispute_case(r, c)
    d.line("KESEPAKATAN MEDIASI", d.f("b"), 13, align="c")
    d.line(f"Register Sengketa Nomor: {reg}", align="c")
    d.gap(8)
    d.para(
        f"Pada hari ini {HARI[c.date.weekday()]} tanggal {fmt_date(c.date)}, bertempat di Kantor Komisi Informasi "
        "Provinsi Sumatera Selatan, telah dilaksanakan mediasi sengketa informasi publik antara:",
        justify=True,
        after=3,
    )
    d.items(
        [f"{p.name}, beralamat di {p.address}, selanjutnya disebut Pemohon;"],
        "1.",
        indent=16,
        after=0,
    )
    rep = make_person(r, degree_p=0.7)
    jab = pick(
        r,
        [
            "Kepala Bagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
            "Sekretaris KPU Provinsi Sumatera Selatan",
        ],
    )
    d.items(
        [
            f"{TERMOHON}, dalam hal ini diwakili oleh {rep.name}, {jab}, selanjutnya disebut Termohon."
        ],
        "2.",
        indent=16,
    )
    med = make_name(r, degree_p=0.8)[0]
    d.para(
        f"dengan mediator {med}, Komisioner Komisi Informasi Provinsi Sumatera Selatan.",
        justify=True,
        after=4,
    )
    d.line("Para Pihak sepakat:", d.f("b"))
    d.items(
        [
            f"Termohon akan memberikan salinan {lc_items(items)} kepada Pemohon paling lambat 7 (tujuh) hari kerja sejak kesepakatan ini ditandatangani, atas permohonan informasi Nomor Pendaftaran {ref};",
            "Informasi diberikan dalam bentuk salinan elektronik tanpa dipungut biaya;",
            "Setelah informasi diterima, Pemohon menyatakan sengketa informasi ini selesai.",
        ],
        "1.",
        indent=16,
        justify=True,
    )
    d.para(
        "Kesepakatan ini dibuat rangkap tiga dan mempunyai kekuatan hukum yang sama bagi para pihak.",
        justify=True,
        after=12,
    )
    two_sigs(d, dict(above=["Pemohon,"], name=p.name), dict(above=["Termohon,"], name=rep.name))
    d.gap(6)
    sig_block(d, (d.x0 + d.x1) / 2, ["Mediator,"], med, align="c", stamp=(KI_SS, ["PALEMBANG"]))
    return Letter(
        "sengketa",
        "S04_kesepakatan_mediasi",
        d.pages,
        F(
            applicant_name=p.name,
            address=p.address,
            information_requested=items_text(items),
            letter_date=c.date.isoformat(),
            sender_org=KI_SS,
            reference_registration_number=ref,
            dispute_register_number=reg,
        ),
    )


# -------------------------------------------------------------------------- surat masuk
def kpu_kab(r: random.Random) -> tuple[City, list[str], str]:
    city = pick(
        r, [CITIES_BY_CODE[k] for k in CITIES_BY_CODE if k != "1671"] + [CITIES_BY_CODE["1671"]] * 2
    )
    kind = "KOTA" if city.is_city else "KABUPATEN"
    name = city.ktp.split(" ", 1)[1]
    return city, [f"KOMISI PEMILIHAN UMUM {kind} {name}"], f"KPU {kind.title()} {name.title()}"


def nip(r: random.Random) -> str:
    y = r.randint(1968, 1995)
    return f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d} {y + r.randint(22, 28)}{r.randint(1, 12):02d} {r.randint(1, 2)} {r.randint(1, 30):03d}"


def lay_spd(c: Ctx) -> Letter:
    """M01: a 'Surat Perjalanan Dinas' (SPD) form from a KPU kabupaten/kota: a 10-row numbered
    table, 'Lembar ke / Kode No. / Nomor' at the top right."""
    r = c.r
    d = Doc(c, c.fam(["times", "helv", "narrow", "dcond"]), 9.5, margins=(54, 40, 50, 40))
    city, org, short = kpu_kab(r)
    kop(
        d,
        org,
        [
            f"{org_address(r, city)}  Telp. {make_landline(r, pick(r, ['0711', '0712', '0713', '0734']))}"
        ],
        "center",
        "kpu",
    )
    num = f"{r.randint(10, 400):03d}/SPD/{city.code}/{c.date.year}"
    x = d.x1 - 175
    for k, v in [("Lembar ke", "1"), ("Kode No.", f"{r.randint(1, 99):02d}"), ("Nomor", num)]:
        d.kv(k, v, 52, x0=x, size=9)
    d.gap(6)
    d.line("SURAT PERJALANAN DINAS (SPD)", d.f("b"), 12, align="c")
    d.gap(4)
    emp = make_person(r, degree_p=0.6)
    back = c.date + timedelta(days=r.randint(1, 3))
    go = c.date + timedelta(days=r.randint(0, 1))
    town = city.town
    rows = [
        ["1", "Pejabat Pembuat Komitmen", f"Sekretaris {short}"],
        ["2", "Nama/NIP Pegawai yang melaksanakan perjalanan dinas", f"{emp.name}\nNIP {nip(r)}"],
        [
            "3",
            "a. Pangkat dan Golongan\nb. Jabatan/Instansi\nc. Tingkat Biaya Perjalanan Dinas",
            f"a. {pick(r, ['Penata Muda Tk. I (III/b)', 'Penata (III/c)', 'Pengatur (II/c)'])}\nb. {pick(r, ['Kepala Subbagian Teknis', 'Staf Subbagian Hukum', 'Kepala Subbagian Keuangan'])}\nc. C",
        ],
        [
            "4",
            "Maksud Perjalanan Dinas",
            pick(
                r,
                [
                    "Konsultasi dan penyerahan laporan pemutakhiran data pemilih ke KPU Provinsi Sumatera Selatan",
                    "Mengikuti rapat koordinasi pengelolaan informasi publik di KPU Provinsi Sumatera Selatan",
                    "Penyampaian dokumen pertanggungjawaban dana hibah ke KPU Provinsi Sumatera Selatan",
                ],
            ),
        ],
        [
            "5",
            "Alat angkutan yang dipergunakan",
            pick(r, ["Kendaraan Dinas", "Angkutan Darat Umum"]),
        ],
        ["6", "a. Tempat berangkat\nb. Tempat tujuan", f"a. {town}\nb. Palembang"],
        [
            "7",
            "a. Lamanya Perjalanan Dinas\nb. Tanggal berangkat\nc. Tanggal harus kembali",
            f"a. {(back - go).days + 1} hari\nb. {fmt_date(go)}\nc. {fmt_date(back)}",
        ],
        ["8", "Pengikut: Nama", "-"],
        ["9", "Pembebanan Anggaran\na. Instansi\nb. Akun", f"\na. {short}\nb. 524111"],
        ["10", "Keterangan lain-lain", "-"],
    ]
    d.table([24, 200, d.x1 - d.x0 - 224], rows, head=0, size=9.3, aligns=["c", "l", "l"])
    d.gap(10)
    x = right_col(d)
    d.kv("Dikeluarkan di", town, 80, x0=x)
    d.kv("Pada tanggal", fmt_date(c.date), 80, x0=x)
    d.gap(4)
    sig_block(
        d,
        x,
        ["Pejabat Pembuat Komitmen,"],
        make_name(r, degree_p=0.7)[0],
        [f"NIP {nip(r)}"],
        stamp=(org[0], [town.upper()]),
    )
    return Letter(
        "surat_masuk",
        "M01_spd_form",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), sender_org=org[0]),
    )


def lay_undangan_pleno(c: Ctx) -> Letter:
    """M02: invitation to a plenary meeting from a KPU kabupaten/kota, schedule in a shaded table."""
    r = c.r
    d = Doc(c, c.fam(["times", "dserif", "helv", "bookman"]), 11)
    city, org, short = kpu_kab(r)
    kop(
        d,
        org,
        [org_address(r, city), f"Telp. {make_landline(r)}  Laman: kab-{slug(city.town)}.kpu.go.id"],
        pick(r, ["center", "left"]),
        "kpu",
    )
    num = f"{r.randint(10, 900)}/PL.02.1-Und/{city.code}/{c.date.year}"
    topic = pick(
        r,
        [
            "Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Semester I",
            "Rapat Pleno Penetapan Hasil Evaluasi Badan Ad Hoc",
            "Rapat Pleno Terbuka Pemutakhiran Data Pemilih Berkelanjutan Triwulan II",
        ],
    )
    subject = f"Undangan {topic}" if r.random() < 0.5 else "Undangan Rapat Pleno"
    header_rows(
        d,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"), ("Hal", subject)],
        right=f"{city.town}, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, ["Yth. Ketua dan Anggota KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    d.para(
        f"Dalam rangka pelaksanaan tahapan kegiatan, {short} akan menyelenggarakan {topic} yang dilaksanakan pada:",
        justify=True,
        after=4,
    )
    when = c.date + timedelta(days=r.randint(3, 10))
    d.table(
        [120, d.x1 - d.x0 - 120],
        [
            ["Hari/Tanggal", fmt_date(when, "day")],
            ["Waktu", f"{pick(r, ['08.30', '09.00', '13.00'])} WIB s.d. selesai"],
            ["Tempat", f"Aula {short}, {city.town}"],
            ["Acara", topic],
        ],
        head=0,
        size=10.5,
    )
    d.gap(6)
    d.para(
        "Mengingat pentingnya acara tersebut, kami mengharapkan kehadiran Bapak/Ibu tepat pada waktunya. Susunan acara sebagaimana terlampir.",
        justify=True,
        after=4,
    )
    d.para(
        "Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
        after=12,
    )
    sig_block(
        d,
        right_col(d),
        [f"Ketua {short},"],
        make_name(r, degree_p=0.6)[0],
        stamp=(org[0], [city.town.upper()]),
    )
    d.gap(4)
    d.line("Tembusan:", size=9.5)
    d.items(["Bawaslu setempat;", "Arsip."], "1.", size=9.5, indent=14, after=0)
    return Letter(
        "surat_masuk",
        "M02_undangan_pleno_kab",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), subject=subject, sender_org=org[0]),
    )


UNIVS = [
    ("UNIVERSITAS MUSI RAYA", "UMR"),
    ("UNIVERSITAS BINA SRIWIJAYA", "UBS"),
    ("POLITEKNIK NEGERI AMPERA", "PNA"),
    ("INSTITUT SAINS DAN HUKUM PALEMBANG", "ISHP"),
]


def lay_audiensi(c: Ctx) -> Letter:
    """M03: a student executive board asks for an audience (audiensi) with the commissioners;
    it talks about information openness but asks for a meeting, not for information."""
    r = c.r
    d = Doc(c, c.fam(["times", "helv", "dsans", "gothic"]), 10.8)
    univ, ab = pick(r, UNIVS)
    org = ["BADAN EKSEKUTIF MAHASISWA", univ]
    kop(
        d,
        org,
        [
            f"Sekretariat: Gedung Student Center Lt. 2, {org_address(r)}",
            f"Surel: bem.{ab.lower()}@gmail.com",
        ],
        "center2",
        "shield",
    )
    num = f"{r.randint(1, 150):03d}/BEM-{ab}/{roman(c.date.month)}/{c.date.year}"
    subject = "Permohonan Audiensi"
    header_rows(
        d,
        [("Nomor", num), ("Lampiran", "-"), ("Perihal", subject)],
        right=f"Palembang, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di -", "Tempat"])
    d.gap(8)
    d.line("Dengan hormat,")
    theme = pick(
        r,
        [
            "Keterbukaan Informasi dan Partisipasi Pemilih Muda",
            "Transparansi Data Pemilih dan Peran Mahasiswa",
            "Evaluasi Pemilihan Serentak dari Perspektif Mahasiswa",
        ],
    )
    d.para(
        f'Sehubungan dengan kajian Badan Eksekutif Mahasiswa {univ.title()} bertema "{theme}", kami bermaksud '
        "melakukan audiensi dengan Ketua dan Anggota KPU Provinsi Sumatera Selatan untuk berdiskusi mengenai "
        "keterbukaan informasi pemilu serta peluang kerja sama pendidikan pemilih.",
        justify=True,
        after=4,
    )
    d.line("Adapun waktu yang kami usulkan:")
    when = c.date + timedelta(days=r.randint(5, 14))
    for k, v in [
        ("Hari/Tanggal", fmt_date(when, "day")),
        ("Pukul", f"{pick(r, ['09.00', '10.00', '14.00'])} WIB"),
        ("Peserta", f"{r.randint(8, 20)} orang pengurus BEM"),
    ]:
        d.kv(k, v, 90, x0=d.x0 + 18)
    nh = make_person(r, degree_p=0.0)
    d.para(
        f"Untuk konfirmasi dapat menghubungi narahubung kami, {nh.name} ({nh.phone}).",
        justify=True,
        after=4,
    )
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kesediaan Bapak/Ibu kami ucapkan terima kasih.",
        justify=True,
        after=12,
    )
    two_sigs(
        d,
        dict(above=["Ketua BEM,"], name=make_name(r, degree_p=0)[0]),
        dict(above=["Sekretaris Jenderal,"], name=make_name(r, degree_p=0)[0]),
    )
    d.gap(4)
    sig_block(
        d,
        (d.x0 + d.x1) / 2,
        ["Mengetahui,", "Wakil Rektor Bidang Kemahasiswaan,"],
        make_name(r, degree_p=1.0)[0],
        align="c",
    )
    return Letter(
        "surat_masuk",
        "M03_audiensi_request",
        d.pages,
        F(
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=" ".join(org),
        ),
    )


def lay_penelitian(c: Ctx) -> Letter:
    """M04: a faculty asks permission for students' research or internship at the office (a
    table of students); it mentions 'data dan informasi' but is not a KIP request."""
    r = c.r
    d = Doc(c, c.fam(["times", "school", "dserif", "helv"]), 10.8)
    univ, ab = pick(r, UNIVS)
    fac = pick(
        r, ["FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", "FAKULTAS HUKUM", "FAKULTAS ILMU KOMPUTER"]
    )
    org = [univ, fac]
    kop(
        d,
        org,
        [org_address(r), f"Laman: www.{ab.lower()}.ac.id"],
        pick(r, ["center", "left"]),
        "shield",
        umbrella=["KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"]
        if r.random() < 0.4
        else None,
    )
    num = f"{r.randint(100, 2999)}/UN{r.randint(10, 40)}.{r.randint(1, 9)}/PP/{c.date.year}"
    magang = r.random() < 0.5
    subject = (
        "Permohonan Tempat Magang"
        if magang
        else pick(r, ["Permohonan Izin Penelitian", "Izin Pengambilan Data Penelitian"])
    )
    header_rows(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subject)],
        right=fmt_date(c.date),
    )
    d.gap(8)
    kepada(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", KPU_ADDR])
    d.gap(8)
    d.line("Dengan hormat,")
    if magang:
        d.para(
            f"Dalam rangka pelaksanaan program Magang Mahasiswa semester genap, {fac.title()} {univ.title()} "
            "memohon kesediaan Bapak/Ibu untuk menerima mahasiswa berikut sebagai peserta magang selama 2 (dua) "
            "bulan di lingkungan Sekretariat KPU Provinsi Sumatera Selatan:",
            justify=True,
            after=4,
        )
    else:
        d.para(
            f"Dalam rangka penyusunan tugas akhir, bersama ini kami mohon izin bagi mahasiswa {fac.title()} "
            f"{univ.title()} berikut untuk melakukan penelitian dan wawancara serta memperoleh data dan informasi "
            "yang diperlukan di KPU Provinsi Sumatera Selatan:",
            justify=True,
            after=4,
        )
    prog = pick(r, ["Ilmu Pemerintahan", "Ilmu Hukum", "Sistem Informasi", "Administrasi Publik"])
    rows = [["No", "Nama", "NIM", "Program Studi"]]
    for i in range(r.randint(1, 4)):
        rows.append(
            [
                str(i + 1),
                make_name(r, degree_p=0)[0],
                f"{r.randint(10, 99)}{r.randint(10000000, 99999999)}",
                prog,
            ]
        )
    d.table([28, 190, 110, d.x1 - d.x0 - 328], rows, size=10, aligns=["c", "l", "l", "l"])
    d.gap(6)
    if not magang:
        d.para(
            f'Judul penelitian: "{pick(r, ["Efektivitas Layanan Informasi Publik pada KPU Provinsi Sumatera Selatan", "Peran PPID dalam Mewujudkan Transparansi Penyelenggaraan Pemilihan", "Partisipasi Pemilih Pemula pada Pemilihan Gubernur Tahun 2024"])}".',
            justify=True,
            after=4,
        )
    d.para(
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
        justify=True,
        after=12,
    )
    sig_block(
        d,
        right_col(d),
        ["a.n. Dekan,", "Wakil Dekan Bidang Akademik,"],
        make_name(r, degree_p=1.0)[0],
        [f"NIP {nip(r)}"],
        stamp=(univ, [fac.split()[-1]]),
    )
    return Letter(
        "surat_masuk",
        "M04_izin_penelitian_magang",
        d.pages,
        F(
            letter_number=num,
            letter_date=c.date.isoformat(),
            subject=subject,
            sender_org=" ".join(org),
        ),
    )


def lay_pengantar(c: Ctx) -> Letter:
    """M05: the classic 'SURAT PENGANTAR' of a KPU kabupaten/kota sending data: addressee at the
    top right, a 4-column table of what is sent, receipt and sender signatures."""
    r = c.r
    d = Doc(c, c.fam(["times", "helv", "bookman", "dsans"]), 10.5)
    city, org, short = kpu_kab(r)
    kop(d, org, [org_address(r, city)], "center", "kpu")
    x = right_col(d)
    for ln in [
        f"{city.town}, {fmt_date(c.date, pick(r, ['long', 'long0']))}",
        "",
        "Kepada",
        "Yth. Ketua KPU Provinsi Sumatera Selatan",
        "di -",
        "Palembang",
    ]:
        if ln:
            d.line(ln, x0=x)
        else:
            d.gap(6)
    d.gap(10)
    d.line("SURAT PENGANTAR", d.f("b"), 12.5, align="c")
    num = f"{r.randint(10, 600):03d}/PL.02.1-SP/{city.code}/{c.date.year}"
    d.line(f"Nomor: {num}", align="c")
    d.gap(8)
    stuff = r.sample(
        [
            (
                "Rekapitulasi Daftar Pemilih Berkelanjutan Semester II Tahun 2025",
                "1 (satu) berkas",
                "Dikirim dengan hormat",
            ),
            (
                "Berita Acara Rapat Pleno Pemutakhiran Data Pemilih",
                "2 (dua) rangkap",
                "Untuk diketahui",
            ),
            (
                "Laporan Pertanggungjawaban Dana Hibah Pemilihan Tahun 2024",
                "1 (satu) buku",
                "Untuk bahan evaluasi",
            ),
            ("Softcopy data pemilih dalam flashdisk", "1 (satu) buah", "Mohon diterima"),
            (
                "Daftar Informasi Publik KPU Kabupaten/Kota Tahun 2026",
                "1 (satu) berkas",
                "Untuk diketahui",
            ),
        ],
        r.randint(2, 3),
    )
    rows = [["No", "Naskah Dinas yang Dikirimkan", "Banyaknya", "Keterangan"]] + [
        [str(i + 1), a, b, k] for i, (a, b, k) in enumerate(stuff)
    ]
    d.table([28, 225, 90, d.x1 - d.x0 - 343], rows, size=10, aligns=["c", "l", "l", "l"])
    d.gap(16)
    y0 = d.y
    d.line("Diterima tanggal: ....................", x0=d.x0)
    d.line("Penerima,", x0=d.x0)
    d.gap(40)
    d.line("(..............................)", x0=d.x0)
    y1 = d.y
    d.y = y0
    sig_block(
        d,
        x,
        [f"Sekretaris {short},"],
        make_name(r, degree_p=0.7)[0],
        [f"NIP {nip(r)}"],
        stamp=(org[0], [city.town.upper()]),
    )
    d.y = max(y1, d.y)
    return Letter(
        "surat_masuk",
        "M05_surat_pengantar_data",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), sender_org=org[0]),
    )


VENDORS = [
    "CV. SINAR MUSI PRINTING",
    "PT. AMPERA GRAFIKA MANDIRI",
    "CV. KARYA JAYA ABADI",
    "CV. BERKAH MEDIA SRIWIJAYA",
]


def lay_invoice(c: Ctx) -> Letter:
    """M06: a vendor's invoice: big INVOICE title, number/date boxes, items with amounts, tax,
    total in words, bank account."""
    r = c.r
    d = Doc(c, c.fam(["helv", "dsans", "dcond", "gothic"]), 9.8)
    vendor = pick(r, VENDORS)
    d.text(d.x0, d.y + 16, vendor, d.f("b"), 15)
    d.text(d.x0, d.y + 30, org_address(r), d.f(), 8.5)
    d.text(
        d.x0,
        d.y + 41,
        f"Telp. {make_landline(r)}  |  NPWP {r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(1, 9)}-{r.randint(300, 399)}.000",
        d.f(),
        8.5,
    )
    d.text(d.x1, d.y + 22, "INVOICE", d.f("b"), 24, (40, 60, 110), "r")
    d.y += 56
    d.hline(d.x0, d.x1, d.y, 1.5, (40, 60, 110))
    d.gap(10)
    num = f"INV/{c.date.year}/{c.date.month:02d}/{r.randint(1, 999):04d}"
    y0 = d.y
    d.line("Ditagihkan kepada:", d.f("b"))
    for ln in ["Sekretariat KPU Provinsi Sumatera Selatan", KPU_ADDR]:
        d.line(ln)
    y1 = d.y
    d.y = y0
    bx = d.x1 - 190
    d.table(
        [80, 110],
        [
            ["No. Invoice", num],
            ["Tanggal", fmt_date(c.date, pick(r, ["long", "dash"]))],
            ["Jatuh Tempo", fmt_date(c.date + timedelta(days=30))],
        ],
        x0=bx,
        head=0,
        size=9,
    )
    d.y = max(y1, d.y) + 12
    prods = r.sample(
        [
            ("Cetak formulir layanan informasi (rangkap 2)", "rim", 150000),
            ("Cetak map arsip PPID", "lembar", 4500),
            ("Cetak buku Daftar Informasi Publik", "eksemplar", 35000),
            ("Banner maklumat pelayanan informasi", "buah", 275000),
            ("Cetak leaflet prosedur permohonan informasi", "lembar", 1200),
            ("Stempel otomatis layanan informasi", "buah", 185000),
        ],
        r.randint(2, 4),
    )
    rows = [["No", "Uraian", "Qty", "Satuan", "Harga (Rp)", "Jumlah (Rp)"]]
    tot = 0
    for i, (u, s_, pr) in enumerate(prods):
        q = r.choice([2, 5, 10, 20, 50, 100, 250])
        tot += q * pr
        rows.append(
            [
                str(i + 1),
                u,
                str(q),
                s_,
                f"{pr:,}".replace(",", "."),
                f"{q * pr:,}".replace(",", "."),
            ]
        )
    tax = tot * 11 // 100
    w = d.x1 - d.x0
    d.table([24, w - 274, 36, 62, 72, 80], rows, size=9, aligns=["c", "l", "c", "l", "r", "r"])
    for k, v in [("Subtotal", tot), ("PPN 11%", tax), ("TOTAL", tot + tax)]:
        d.table(
            [w - 80, 80],
            [[k, f"{v:,}".replace(",", ".")]],
            head=0,
            size=9,
            aligns=["r", "r"],
            border=0.4,
        )
    d.gap(8)
    d.para(
        f"Pembayaran melalui transfer ke Bank Sumsel Babel No. Rekening {r.randint(100, 199)}-{r.randint(10, 99)}-{r.randint(10000, 99999)} a.n. {vendor}.",
        after=12,
    )
    sig_block(
        d,
        right_col(d),
        ["Hormat kami,"],
        make_name(r, degree_p=0.2)[0],
        ["Direktur"],
        stamp=(vendor, ["PALEMBANG"]),
    )
    return Letter(
        "surat_masuk",
        "M06_vendor_invoice",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), sender_org=vendor),
    )


def lay_edaran_gub(c: Ctx) -> Letter:
    """M07: a governor's circular (emblem centred above the title line, SURAT EDARAN / NOMOR /
    TENTANG block, numbered points)."""
    r = c.r
    d = Doc(c, c.fam(["times", "bookman", "school", "dserif"]), 11)
    logo(d, "garuda", (d.p.w - 46) / 2, d.y - 8, 46)
    d.y += 44
    org = "GUBERNUR SUMATERA SELATAN"
    d.line(org, d.f("b"), 14, align="c")
    d.gap(10)
    kepada(
        d,
        [
            "Yth.",
            "1. Bupati/Wali Kota se-Sumatera Selatan;",
            "2. Pimpinan Instansi Vertikal di Provinsi Sumatera Selatan;",
            "3. Ketua KPU Provinsi Sumatera Selatan",
            "di -",
            "Tempat",
        ],
    )
    d.gap(8)
    topic = pick(
        r,
        [
            "Netralitas Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan",
            "Pencegahan Kebakaran Hutan dan Lahan Tahun 2026",
            "Penggunaan Produk Dalam Negeri dalam Pengadaan Barang/Jasa",
            "Pelaksanaan Upacara Hari Ulang Tahun Provinsi Sumatera Selatan",
        ],
    )
    num = f"{pick(r, ['800.1.4', '400.10.2', '000.7.4', '500.4.1'])}/{r.randint(100, 4999):04d}/{pick(r, ['BKD', 'Kesbangpol', 'Biro Umum', 'Setda'])}/{c.date.year}"
    d.line("SURAT EDARAN", d.f("b"), align="c")
    d.line(f"NOMOR: {num}", align="c")
    d.line("TENTANG", align="c")
    d.para(topic.upper(), d.f("b"), align="c", x0=d.x0 + 40, x1=d.x1 - 40, after=8)
    d.items(
        [
            "Dalam rangka menjaga kelancaran penyelenggaraan pemerintahan dan pelayanan publik di Provinsi Sumatera Selatan, perlu disampaikan hal-hal sebagai berikut.",
            "Seluruh perangkat daerah dan instansi terkait agar memedomani ketentuan peraturan perundang-undangan yang berlaku.",
            "Pimpinan instansi agar melakukan pengawasan dan melaporkan pelaksanaan Surat Edaran ini kepada Gubernur melalui Sekretaris Daerah.",
        ],
        "1.",
        indent=18,
        justify=True,
    )
    d.para(
        "Demikian Surat Edaran ini disampaikan untuk dilaksanakan sebagaimana mestinya.", after=12
    )
    x = right_col(d)
    d.need(120)
    d.line("Ditetapkan di Palembang", x0=x)
    d.line(f"pada tanggal {fmt_date(c.date)}", x0=x)
    sig_block(
        d,
        x,
        ["GUBERNUR SUMATERA SELATAN,"],
        make_name(r, degree_p=0.8)[0].upper(),
        stamp=(org, ["PALEMBANG"]),
    )
    return Letter(
        "surat_masuk",
        "M07_edaran_gubernur",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), subject=topic, sender_org=org),
    )


def lay_berita_acara(c: Ctx) -> Letter:
    """M08: a 'Berita Acara Serah Terima' of logistics between a KPU kabupaten/kota and the
    province: date spelled out in words, PIHAK PERTAMA / KEDUA, item table, two signatures."""
    r = c.r
    d = Doc(c, c.fam(["times", "helv", "bookman", "dserif"]), 10.8)
    city, org, short = kpu_kab(r)
    kop(d, org, [org_address(r, city)], pick(r, ["center", "left"]), "kpu")
    d.line("BERITA ACARA SERAH TERIMA", d.f("b"), 12.5, align="c")
    num = f"{r.randint(1, 200):03d}/BA/PL.02.4/{city.code}/{c.date.year}"
    d.line(f"Nomor: {num}", align="c")
    d.gap(8)
    d.para(
        f"Pada hari ini {HARI[c.date.weekday()]} tanggal {words_date(c.date)}, bertempat di Kantor KPU Provinsi "
        "Sumatera Selatan, kami yang bertanda tangan di bawah ini:",
        justify=True,
        after=4,
    )
    a, b = make_person(r, degree_p=0.6), make_person(r, degree_p=0.6)
    for i, (pp, jab, inst, role) in enumerate(
        [
            (a, "Sekretaris", short, "PIHAK PERTAMA"),
            (
                b,
                "Kepala Bagian Perencanaan, Data dan Informasi",
                "KPU Provinsi Sumatera Selatan",
                "PIHAK KEDUA",
            ),
        ]
    ):
        d.need(d.size * 4)
        d.text(d.x0, d.y + d.size * 0.95, f"{i + 1}.")
        d.kv("Nama", pp.name, 60, x0=d.x0 + 16)
        d.kv("Jabatan", f"{jab} {inst}", 60, x0=d.x0 + 16)
        d.para(f"selanjutnya disebut {role}.", x0=d.x0 + 16, after=3)
    d.para(
        "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA barang sebagai berikut:",
        justify=True,
        after=4,
    )
    goods = r.sample(
        [
            ("Kotak suara transparan", "buah"),
            ("Bilik pemungutan suara", "buah"),
            ("Segel plastik", "lembar"),
            ("Tinta sidik jari", "botol"),
            ("Dokumen formulir Model A-Daftar Pemilih", "berkas"),
        ],
        3,
    )
    rows = [["No", "Nama Barang", "Jumlah", "Satuan", "Kondisi"]] + [
        [str(i + 1), g, str(r.randint(5, 400)), s_, "Baik"] for i, (g, s_) in enumerate(goods)
    ]
    d.table([28, 210, 60, 70, d.x1 - d.x0 - 368], rows, size=10, aligns=["c", "l", "r", "l", "l"])
    d.gap(6)
    d.para(
        "Demikian Berita Acara ini dibuat dalam rangkap dua untuk dipergunakan sebagaimana mestinya.",
        justify=True,
        after=12,
    )
    two_sigs(
        d,
        dict(above=["PIHAK KEDUA,"], name=b.name),
        dict(above=["PIHAK PERTAMA,"], name=a.name, stamp=(org[0], [city.town.upper()])),
    )
    return Letter(
        "surat_masuk",
        "M08_berita_acara_serah_terima",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), sender_org=org[0]),
    )


def lay_pengaduan(c: Ctx) -> Letter:
    """M09: a citizen's typed complaint about a polling-station officer (KPPS) with a numbered
    chronology; it asks for action, not for information."""
    r = c.r
    d = Doc(c, c.fam(["times", "cour", "helv", "dserif"]), 10.8)
    p = make_person(r, degree_p=0.15)
    d.line(f"{p.city.town}, {fmt_date(c.date)}", align="r")
    tps = f"TPS {r.randint(1, 40):03d}"
    subject = f"Pengaduan atas Perilaku Anggota KPPS {tps} Kel. {p.kel}"
    d.kv("Lampiran", "Foto dan rekaman video (1 flashdisk)", 62)
    d.kv("Perihal", subject, 62)
    d.gap(8)
    kepada(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    d.line("Dengan hormat,")
    d.para(
        f"Saya, {p.name}, warga {p.address}, No. HP {p.phone}, dengan ini menyampaikan pengaduan sebagai berikut:",
        justify=True,
        after=3,
    )
    when = work_back(c.date, r.randint(3, 15))
    d.items(
        [
            f"Pada hari {HARI[when.weekday()]}, {fmt_date(when)}, saya datang ke {tps} Kel. {p.kel} untuk menggunakan hak pilih.",
            "Salah satu anggota KPPS meminta saya pulang karena nama saya dianggap tidak terdaftar, padahal saya membawa KTP-el dan surat pemberitahuan.",
            "Anggota KPPS tersebut juga berbicara dengan nada kasar di hadapan pemilih lain dan tidak mau menunjukkan salinan daftar pemilih.",
        ],
        "1.",
        indent=18,
        justify=True,
    )
    d.para(
        "Saya mohon KPU Provinsi Sumatera Selatan menindaklanjuti pengaduan ini dan memberikan sanksi sesuai ketentuan kepada anggota KPPS yang bersangkutan.",
        justify=True,
        after=4,
    )
    d.para("Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya.", after=12)
    sig_block(
        d, right_col(d), ["Hormat saya,", "Pelapor,"], p.name, bold_name=False, underline=False
    )
    return Letter(
        "surat_masuk",
        "M09_pengaduan_kpps",
        d.pages,
        F(letter_date=c.date.isoformat(), subject=subject),
    )


def lay_laporan_ppid(c: Ctx) -> Letter:
    """M10: a KPU kabupaten/kota sends its semester report on information services: a statistics
    table full of 'permohonan', 'keberatan' and 'sengketa' words."""
    r = c.r
    d = Doc(c, c.fam(["helv", "times", "dsans", "dcond"]), 10.5)
    city, org, short = kpu_kab(r)
    kop(d, org, [org_address(r, city)], pick(r, ["left", "center", "band"]), "kpu")
    num = f"{r.randint(10, 600)}/HM.02-SD/{city.code}/{c.date.year}"
    sem = pick(r, ["Semester I", "Semester II"])
    yr = c.date.year if sem == "Semester I" else c.date.year - 1
    subject = f"Penyampaian Laporan Layanan Informasi Publik {sem} Tahun {yr}"
    header_rows(
        d,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) berkas"), ("Hal", subject)],
        right=f"{city.town}, {fmt_date(c.date)}",
    )
    d.gap(8)
    kepada(d, ["Yth. PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    d.para(
        f"Bersama ini kami sampaikan rekapitulasi layanan informasi publik pada PPID {short} {sem} Tahun {yr}, dengan rincian sebagai berikut:",
        justify=True,
        after=4,
    )
    nreq = r.randint(5, 40)
    ok = r.randint(1, nreq)
    rows = [
        ["Uraian", "Jumlah"],
        ["Permohonan informasi yang diterima", str(nreq)],
        ["Permohonan dikabulkan seluruhnya", str(ok)],
        ["Permohonan ditolak", str(nreq - ok)],
        ["Keberatan yang diajukan", str(r.randint(0, 4))],
        ["Sengketa informasi di Komisi Informasi", str(r.randint(0, 2))],
    ]
    d.table([d.x1 - d.x0 - 90, 90], rows, size=10, aligns=["l", "c"])
    d.gap(6)
    d.para(
        "Laporan lengkap beserta register permohonan dan register keberatan kami lampirkan. Demikian disampaikan untuk menjadi bahan penyusunan laporan tahunan PPID KPU Provinsi Sumatera Selatan.",
        justify=True,
        after=12,
    )
    sig_block(
        d,
        right_col(d),
        [f"Ketua {short},"],
        make_name(r, degree_p=0.6)[0],
        stamp=(org[0], [city.town.upper()]),
    )
    return Letter(
        "surat_masuk",
        "M10_laporan_layanan_kab",
        d.pages,
        F(letter_number=num, letter_date=c.date.isoformat(), subject=subject, sender_org=org[0]),
    )


# ============================================================================================
# rendering: born-digital PDF
# ============================================================================================
def _rgb(c: tuple) -> tuple[float, float, float]:
    return c[0] / 255.0, c[1] / 255.0, c[2] / 255.0


def write_pdf(pages: list[Page], path: Path) -> None:
    cv = rl_canvas.Canvas(
        str(path), pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1
    )
    cv.setCreator("Microsoft Word")
    for pg in pages:
        cv.setPageSize((pg.w, pg.h))
        H = pg.h
        for op in pg.ops:
            if isinstance(op, T):
                cv.setFillColorRGB(*_rgb(op.color))
                cv.setFont(rl_font(op.font), op.size)
                if op.cs:
                    for i, ch in enumerate(op.s):
                        cv.drawString(
                            op.x + i * op.cs + (op.cs - tw(ch, op.font, op.size)) / 2, H - op.y, ch
                        )
                else:
                    cv.drawString(op.x, H - op.y, op.s)
                continue
            stroke = op.stroke is not None and op.width > 0
            fill = op.fill is not None
            if stroke:
                cv.setStrokeColorRGB(*_rgb(op.stroke))
                cv.setLineWidth(op.width)
            if fill:
                cv.setFillColorRGB(*_rgb(op.fill))
            cv.setDash(list(op.dash) if op.dash else [])
            cv.setLineCap(1)
            cv.setLineJoin(1)
            if op.kind == "line":
                x1, y1, x2, y2 = op.pts
                cv.line(x1, H - y1, x2, H - y2)
            elif op.kind == "rect":
                x, y, w, h = op.pts
                if op.radius:
                    cv.roundRect(x, H - y - h, w, h, op.radius, stroke=int(stroke), fill=int(fill))
                else:
                    cv.rect(x, H - y - h, w, h, stroke=int(stroke), fill=int(fill))
            elif op.kind == "ellipse":
                x, y, w, h = op.pts
                cv.ellipse(x, H - y - h, x + w, H - y, stroke=int(stroke), fill=int(fill))
            elif op.kind in ("poly", "polyfill"):
                path = cv.beginPath()
                (x, y), *rest = op.pts
                path.moveTo(x, H - y)
                for x, y in rest:
                    path.lineTo(x, H - y)
                if op.kind == "polyfill":
                    path.close()
                cv.drawPath(path, stroke=int(stroke), fill=int(fill and op.kind == "polyfill"))
            elif op.kind == "stamp":
                img, _ = stamp_rgba(op.extra, 200 / 72)
                cx, cy = op.pts
                w, h = img.size[0] * 72 / 200, img.size[1] * 72 / 200
                cv.drawImage(ImageReader(img), cx - w / 2, H - cy - h / 2, w, h, mask="auto")
        cv.showPage()
    cv.save()


# ============================================================================================
# rendering: images
# ============================================================================================
def stamp_mask(ex: dict, k: float) -> Image.Image:
    """The ink of a stamp as an L mask (255 = full ink), already turned by its angle."""
    fb = "helv:b"
    if ex["style"] == "round":
        D = ex["diam"] * k
        S = int(D) + 6
        m = Image.new("L", (S, S), 0)
        dr = ImageDraw.Draw(m)
        lw = max(2, round(1.4 * k))
        c = S / 2
        R = D / 2
        dr.ellipse([c - R, c - R, c + R, c + R], outline=255, width=lw)
        dr.ellipse(
            [c - R * 0.66, c - R * 0.66, c + R * 0.66, c + R * 0.66],
            outline=255,
            width=max(1, lw // 2),
        )
        ring = ex["ring"].upper()
        rt = R * 0.83
        arc = math.radians(300) * rt
        size = min(D * 0.12, arc / max(1, len(ring)) / 0.72)
        f = pil_font(fb, max(6, round(size)))
        widths = [f.getlength(ch) for ch in ring]
        span = sum(widths) / rt
        a = math.pi / 2 + span / 2
        for ch, w in zip(ring, widths, strict=False):
            ac = a - (w / 2) / rt
            if ch != " ":
                g = Image.new("L", (int(size * 2) + 4, int(size * 2) + 4), 0)
                ImageDraw.Draw(g).text(
                    (g.size[0] / 2, g.size[1] / 2), ch, font=f, fill=255, anchor="mm"
                )
                g = g.rotate(math.degrees(ac) - 90, resample=Image.BICUBIC)
                px, py = (
                    c + rt * math.cos(ac) - g.size[0] / 2,
                    c - rt * math.sin(ac) - g.size[1] / 2,
                )
                m.paste(255, (int(px), int(py)), g)
            a -= w / rt
        lines = ex.get("center") or []
        cs = D * 0.085
        fc = pil_font(fb, max(6, round(cs)))
        y = c - (len(lines) * cs * 1.25) / 2 + cs * 0.9
        if not lines:
            pts = [
                (
                    c + math.cos(math.radians(-90 + i * 36)) * (R * (0.3 if i % 2 == 0 else 0.12)),
                    c + math.sin(math.radians(-90 + i * 36)) * (R * (0.3 if i % 2 == 0 else 0.12)),
                )
                for i in range(10)
            ]
            dr.polygon(pts, fill=255)
        for ln in lines:
            fw = fc.getlength(ln)
            fcc = fc if fw < R * 1.2 else pil_font(fb, max(5, round(cs * R * 1.2 / fw)))
            dr.text((c, y), ln, font=fcc, fill=255, anchor="ms")
            y += cs * 1.25
    else:  # rect: received stamp
        lines = ex["lines"]
        cs = 7.5 * k
        f = pil_font(fb, round(cs))
        w = int(max(f.getlength(ln) for ln in lines) + 16 * k)
        h = int(len(lines) * cs * 1.35 + 12 * k)
        m = Image.new("L", (w, h), 0)
        dr = ImageDraw.Draw(m)
        lw = max(2, round(1.2 * k))
        dr.rectangle([1, 1, w - 2, h - 2], outline=255, width=lw)
        dr.rectangle([lw + 3, lw + 3, w - lw - 4, h - lw - 4], outline=255, width=max(1, lw // 2))
        y = 6 * k + cs
        for ln in lines:
            dr.text((w / 2, y), ln, font=f, fill=255, anchor="ms")
            y += cs * 1.35
    m = m.rotate(ex["angle"], resample=Image.BICUBIC, expand=True)
    # worn rubber: knock out random specks
    rng = np.random.default_rng(abs(hash_str(str(ex))) % (2**32))
    a = np.asarray(m, dtype=np.float32) / 255.0
    a *= rng.uniform(0.55, 1.0, size=a.shape) > 0.18
    return Image.fromarray((a * 255).astype(np.uint8))


def hash_str(s: str) -> int:
    h = 1469598103934665603
    for ch in s.encode():
        h = ((h ^ ch) * 1099511628211) % (2**64)
    return h


def stamp_rgba(ex: dict, k: float) -> tuple[Image.Image, tuple[int, int]]:
    m = stamp_mask(ex, k)
    a = (np.asarray(m, dtype=np.float32) * ex["alpha"]).astype(np.uint8)
    col = ex["color"]
    rgba = np.zeros((m.size[1], m.size[0], 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2], rgba[..., 3] = col[0], col[1], col[2], a
    return Image.fromarray(rgba, "RGBA"), (0, 0)


def blend_stamp(arr: np.ndarray, ex: dict, cx: float, cy: float, k: float) -> None:
    """Multiply a stamp's ink into an RGB float array (the print under it stays readable)."""
    m = np.asarray(stamp_mask(ex, k), dtype=np.float32) / 255.0 * ex["alpha"]
    h, w = m.shape
    x0, y0 = int(cx * k - w / 2), int(cy * k - h / 2)
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(arr.shape[1], x0 + w), min(arr.shape[0], y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return
    mm = m[Y0 - y0 : Y1 - y0, X0 - x0 : X1 - x0][..., None]
    col = np.array(ex["color"], dtype=np.float32)[None, None, :] / 255.0
    arr[Y0:Y1, X0:X1] *= 1.0 - mm * (1.0 - col)


def render_page(pg: Page, dpi: int, fade: float, paper: tuple, extra_stamps: list) -> Image.Image:
    k = dpi / 72.0
    im = Image.new("RGB", (round(pg.w * k), round(pg.h * k)), paper)
    dr = ImageDraw.Draw(im)

    def col(c):
        if c is None:
            return None
        return tuple(int(paper[i] - (paper[i] - c[i]) * fade) for i in range(3))

    stamps = []
    for op in pg.ops:
        if isinstance(op, T):
            f = pil_font(op.font, round(op.size * k))
            if op.cs:
                for i, ch in enumerate(op.s):
                    cxp = op.x + i * op.cs + (op.cs - tw(ch, op.font, op.size)) / 2
                    dr.text((cxp * k, op.y * k), ch, font=f, fill=col(op.color), anchor="ls")
            else:
                dr.text((op.x * k, op.y * k), op.s, font=f, fill=col(op.color), anchor="ls")
            continue
        lw = max(1, round(op.width * k)) if op.width > 0 else 0
        outline = col(op.stroke) if (op.stroke is not None and lw) else None
        fill = col(op.fill)
        if op.kind == "line":
            x1, y1, x2, y2 = (v * k for v in op.pts)
            if op.dash:
                on, off = op.dash[0] * k, op.dash[1] * k
                L = math.hypot(x2 - x1, y2 - y1)
                if L == 0:
                    continue
                ux, uy = (x2 - x1) / L, (y2 - y1) / L
                t = 0.0
                while t < L:
                    e = min(L, t + on)
                    dr.line(
                        [(x1 + ux * t, y1 + uy * t), (x1 + ux * e, y1 + uy * e)],
                        fill=outline,
                        width=lw,
                    )
                    t = e + off
            else:
                dr.line([(x1, y1), (x2, y2)], fill=outline, width=lw)
        elif op.kind == "rect":
            x, y, w, h = (v * k for v in op.pts)
            box = [x, y, x + w, y + h]
            if op.radius:
                dr.rounded_rectangle(
                    box, radius=op.radius * k, fill=fill, outline=outline, width=lw
                )
            else:
                dr.rectangle(box, fill=fill, outline=outline, width=lw)
        elif op.kind == "ellipse":
            x, y, w, h = (v * k for v in op.pts)
            dr.ellipse([x, y, x + w, y + h], fill=fill, outline=outline, width=lw)
        elif op.kind == "poly":
            dr.line([(x * k, y * k) for x, y in op.pts], fill=outline, width=lw, joint="curve")
        elif op.kind == "polyfill":
            dr.polygon(
                [(x * k, y * k) for x, y in op.pts],
                fill=fill,
                outline=outline,
                width=max(lw, 1) if outline else 0,
            )
        elif op.kind == "stamp":
            stamps.append(op)
    if not stamps and not extra_stamps:
        return im
    arr = np.asarray(im, dtype=np.float32)
    for op in stamps:
        blend_stamp(arr, op.extra, op.pts[0], op.pts[1], k)
    for ex, (cx, cy) in extra_stamps:
        blend_stamp(arr, ex, cx, cy, k)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")


def received_stamp(r: random.Random, pg: Page, when: date) -> tuple[dict, tuple[float, float]]:
    ex = {
        "style": "rect",
        "lines": [
            "KPU PROVINSI SUMATERA SELATAN",
            "DITERIMA",
            f"Tgl. {fmt_date(when, 'dash')}  Jam {r.randint(8, 15):02d}.{r.randint(0, 59):02d}",
            "No. Agenda: ..............",
        ],
        "color": pick(r, STAMP_INKS),
        "angle": r.uniform(-12, 12),
        "alpha": r.uniform(0.6, 0.85),
    }
    boxes = []
    for t in pg.texts():
        a, dsc = _vext(t.font, t.s)
        boxes.append((t.x, t.y - a * t.size, t.x + t.w, t.y + dsc * t.size))
    for op in pg.ops:  # dark fills, signatures and other stamps count as print too
        if isinstance(op, T):
            continue
        if (
            op.kind in ("rect", "ellipse", "polyfill")
            and op.fill is not None
            and sum(op.fill) < 480
        ):
            if op.kind == "polyfill":
                xs, ys = [q[0] for q in op.pts], [q[1] for q in op.pts]
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
            else:
                x, y, w, h = op.pts
                boxes.append((x, y, x + w, y + h))
        elif op.kind == "poly":
            xs, ys = [q[0] for q in op.pts], [q[1] for q in op.pts]
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
        elif op.kind == "stamp":
            (x, y), rr = op.pts, op.extra["diam"] / 2
            boxes.append((x - rr, y - rr, x + rr, y + rr))
    bx = np.array(boxes or [(0.0, 0.0, 0.0, 0.0)], dtype=np.float64)
    sw, sh = 150.0, 54.0
    gy, gx = np.meshgrid(
        np.arange(50, pg.h - 40, 20.0),
        np.arange(sw / 2 + 20, pg.w - sw / 2 - 15, 25.0),
        indexing="ij",
    )
    cx_, cy_ = gx.ravel()[:, None], gy.ravel()[:, None]
    ix = np.minimum(cx_ + sw / 2, bx[None, :, 2]) - np.maximum(cx_ - sw / 2, bx[None, :, 0])
    iy = np.minimum(cy_ + sh / 2, bx[None, :, 3]) - np.maximum(cy_ - sh / 2, bx[None, :, 1])
    cover = (np.clip(ix, 0, None) * np.clip(iy, 0, None)).sum(axis=1)
    cands = [
        (float(c), float(x), float(y)) for c, x, y in zip(cover, cx_[:, 0], cy_[:, 0], strict=True)
    ]
    cands.sort(key=lambda c: c[0])
    if r.random() < 0.25:  # now and then the clerk stamps over a little print
        some = [c for c in cands if 0 < c[0] < 500] or cands
        cover, cx, cy = pick(r, some[:40])
    else:
        free = [c for c in cands if c[0] <= cands[0][0] + 1e-6]
        cover, cx, cy = pick(r, free)
    ex["covers_text"] = cover > 0
    return ex, (cx, cy)


def degrade(
    im: Image.Image, r: random.Random, rng: np.random.Generator, mode: str, paper: tuple
) -> tuple[Image.Image, dict]:
    info: dict = {}
    if mode != "RGB":
        im = im.convert("L")
        fillc = int(sum(paper) / 3)
    else:
        fillc = paper
    skew = round(r.uniform(-2.0, 2.0) if r.random() < 0.8 else r.uniform(-0.4, 0.4), 2)
    if abs(skew) > 0.05:
        im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=fillc)
    blur = round(r.choice([0.0, r.uniform(0.3, 1.0), r.uniform(0.3, 0.8)]), 2)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im, dtype=np.float32)
    h, w = arr.shape[:2]
    if r.random() < 0.35:  # uneven light across the platen
        gx = np.linspace(r.uniform(0.9, 1.0), r.uniform(0.97, 1.03), w, dtype=np.float32)
        gy = np.linspace(r.uniform(0.95, 1.02), r.uniform(0.92, 1.0), h, dtype=np.float32)
        g = np.minimum(gy[:, None] * gx[None, :], 1.0)
        arr = arr * (g[..., None] if arr.ndim == 3 else g)
    sigma = round(r.uniform(2.0, 9.0), 1)
    noise = rng.standard_normal(arr.shape[:2], dtype=np.float32) * sigma
    arr += noise[..., None] if arr.ndim == 3 else noise
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB" if arr.ndim == 3 else "L")
    info.update(skew_deg=skew, blur_px=blur, noise_sigma=sigma)
    return im, info


def save_scans(
    frames: list[Image.Image],
    fmt: str,
    out: Path,
    stem: str,
    dpi: int,
    when: datetime,
    r: random.Random,
) -> list[str]:
    if fmt == "pdf":
        name = f"{stem}.pdf"
        frames[0].save(
            out / name,
            "PDF",
            save_all=True,
            append_images=frames[1:],
            resolution=float(dpi),
            creationDate=when.timetuple(),
            modDate=when.timetuple(),
            producer="ScanSnap Manager",
            title=stem,
        )
        return [name]
    if fmt == "tif":
        name = f"{stem}.tif"
        comp = "group4" if frames[0].mode == "1" else "tiff_deflate"
        frames[0].save(
            out / name,
            "TIFF",
            save_all=True,
            append_images=frames[1:],
            compression=comp,
            dpi=(dpi, dpi),
        )
        return [name]
    names = []
    for i, fr in enumerate(frames):
        name = f"{stem}.{fmt}" if len(frames) == 1 else f"{stem}_p{i + 1}.{fmt}"
        if fmt == "jpg":
            fr.save(out / name, "JPEG", quality=r.randint(60, 88), dpi=(dpi, dpi))
        else:
            fr.save(out / name, "PNG", dpi=(dpi, dpi), compress_level=6)
        names.append(name)
    return names


# ============================================================================================
# corpus
# ============================================================================================
@dataclass
class Spec:
    fn: object
    hand: str = "never"  # never / sometimes / always
    scan_only: bool = False


LAYOUTS: dict[str, dict[str, Spec]] = {
    "permohonan_informasi": {
        "P01_party_pasal": Spec(lay_party_pasal),
        "P02_dotted_identity": Spec(lay_dotted_identity),
        "P03_whatsapp_screens": Spec(lay_wa_screens, scan_only=True),
        "P04_kades_residents": Spec(lay_kades),
        "P05_journalist_presscard": Spec(lay_journalist),
        "P06_dprd_member": Spec(lay_dprd),
        "P07_landscape_form": Spec(lay_landscape_form, hand="sometimes"),
        "P08_far_right_values": Spec(lay_far_values),
        "P09_hand_squared_paper": Spec(lay_hand_grid, hand="always"),
        "P10_hand_a5_slip": Spec(lay_hand_slip, hand="always"),
    },
    "keberatan": {
        "K01_lawyer_numbered_reasons": Spec(lay_lawyer),
        "K02_circled_reason_form": Spec(lay_circle_form, hand="sometimes"),
        "K03_hand_unruled_objection": Spec(lay_hand_plain, hand="always"),
        "K04_group_petition": Spec(lay_group_petition),
        "K05_summary_sidebar": Spec(lay_sidebar),
        "K06_menunjuk_notice": Spec(lay_menunjuk),
    },
    "sengketa": {
        "S01_relaas_boxed_register": Spec(lay_relaas),
        "S02_penetapan_majelis": Spec(lay_penetapan),
        "S03_putusan_excerpt": Spec(lay_putusan),
        "S04_kesepakatan_mediasi": Spec(lay_mediasi),
    },
    "surat_masuk": {
        "M01_spd_form": Spec(lay_spd),
        "M02_undangan_pleno_kab": Spec(lay_undangan_pleno),
        "M03_audiensi_request": Spec(lay_audiensi),
        "M04_izin_penelitian_magang": Spec(lay_penelitian),
        "M05_surat_pengantar_data": Spec(lay_pengantar),
        "M06_vendor_invoice": Spec(lay_invoice),
        "M07_edaran_gubernur": Spec(lay_edaran_gub),
        "M08_berita_acara_serah_terima": Spec(lay_berita_acara),
        "M09_pengaduan_kpps": Spec(lay_pengaduan),
        "M10_laporan_layanan_kab": Spec(lay_laporan_ppid),
    },
}
SHARES = {"permohonan_informasi": 0.4, "keberatan": 0.2, "sengketa": 0.1, "surat_masuk": 0.3}
DIGITAL_P = 0.41  # of the letters that may be born digital; about a third of all letters
TEXT_FIELDS = [
    k
    for k in FIELD_KEYS
    if k not in ("letter_date", "obtain_method", "delivery_method", "objection_reason_code")
]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def verify(fields: dict, texts: list[str], where: str) -> None:
    """Every textual truth value must be printed (whitespace-normalised, case aside)."""
    full = norm(" ".join(texts))
    for k in TEXT_FIELDS:
        v = fields[k]
        if v is None:
            continue
        parts = v.split("; ") if k == "information_requested" else [v]
        for part in parts:
            if norm(part) not in full:
                raise AssertionError(f"{where}: {k}={part!r} not in the page text")
    assert fields["letter_date"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["letter_date"])
    if fields["nik"]:
        n = fields["nik"]
        assert re.fullmatch(r"16\d{14}", n) and n[:4] in CITIES_BY_CODE, n
        dd, mm = int(n[6:8]), int(n[8:10])
        assert (1 <= dd <= 31 or 41 <= dd <= 71) and 1 <= mm <= 12 and n[12:] != "0000", n


def class_plan(n: int, seed: int) -> list[tuple[str, str]]:
    counts = {c: int(n * s) for c, s in SHARES.items()}
    for c in sorted(SHARES, key=lambda c: n * SHARES[c] - counts[c], reverse=True)[
        : n - sum(counts.values())
    ]:
        counts[c] += 1
    rr = random.Random(f"plan-{seed}")
    plan = []
    for c in SHARES:
        names = list(LAYOUTS[c])
        rr.shuffle(names)
        plan += [(c, names[j % len(names)]) for j in range(counts[c])]
    rr.shuffle(plan)
    return plan


def build(task: tuple) -> dict:
    out, seed, i, cls, lay = task
    stem = f"s7_{i:04d}"
    r = random.Random(f"s7-{seed}-{i}")
    rng = np.random.default_rng(r.getrandbits(63))
    spec = LAYOUTS[cls][lay]
    hand = spec.hand == "always" or (spec.hand == "sometimes" and r.random() < 0.5)
    digital = not hand and not spec.scan_only and r.random() < DIGITAL_P
    ctx = Ctx(r, digital, hand, rand_date(r))
    letter = spec.fn(ctx)
    assert letter.cls == cls and letter.layout == lay
    for k, pg in enumerate(letter.pages):
        check_page(pg, f"{stem} ({lay}) page {k + 1}")
    texts = [page_text(pg) for pg in letter.pages]
    verify(letter.fields, texts, f"{stem} ({lay})")
    rec = {
        "id": stem,
        "files": [],
        "class": cls,
        "layout": lay,
        "heldout": False,
        "rendition": "digital" if digital else "scan",
        "pages": len(letter.pages),
        "dpi": None,
        "handwritten": letter.hand,
        "fields": letter.fields,
        "page_text": texts,
    }
    if digital:
        write_pdf(letter.pages, Path(out) / f"{stem}.pdf")
        rec["files"] = [f"{stem}.pdf"]
        return rec
    dpi = 300 if r.random() < 0.4 else 200
    n = len(letter.pages)
    fmt = r.choices(["pdf", "png", "jpg", "tif"], [38, 24, 20, 18])[0]
    mode = r.choices(["L", "RGB"], [68, 32])[0]
    bilevel = fmt == "tif" and r.random() < 0.35
    paper = pick(r, [(255, 255, 255), (250, 248, 242), (246, 244, 236), (252, 252, 248)])
    fade = r.uniform(0.55, 0.75) if r.random() < 0.15 else 1.0
    received = letter.fields and r.random() < 0.5
    when = ctx.date + timedelta(days=r.randint(0, 5))
    while when.weekday() > 4:  # the office receives mail on working days
        when += timedelta(days=1)
    rot_page = r.randrange(n) if r.random() < 0.07 else -1
    frames, infos = [], []
    for k, pg in enumerate(letter.pages):
        extra = []
        if received and k == 0:
            ex, pos = received_stamp(r, pg, when)
            extra.append((ex, pos))
        im = render_page(pg, dpi, fade, paper, extra)
        im, info = degrade(im, r, rng, mode, paper)
        q = None
        if fmt != "jpg" and r.random() < 0.3:
            q = r.randint(35, 70)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=q)
            im = Image.open(io.BytesIO(buf.getvalue()))
            im.load()
        rot = 0
        if k == rot_page:
            rot = r.choice([90, 180, 180, 270])
            im = im.rotate(rot, expand=True)
        if bilevel:
            im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        info.update(rotation=rot, jpeg_quality=q, faded=fade < 1.0)
        if extra:
            ex0 = extra[0][0]
            info["stamps"] = [
                {
                    "kind": "received",
                    "text": " / ".join(ex0["lines"]),
                    "covers_text": ex0["covers_text"],
                }
            ]
        frames.append(im)
        infos.append(info)
    scanned = datetime(
        when.year, when.month, when.day, r.randint(8, 15), r.randint(0, 59), r.randint(0, 59)
    )
    rec["files"] = save_scans(frames, fmt, Path(out), stem, dpi, scanned, r)
    rec["dpi"] = dpi
    rec["scan"] = {"format": fmt, "mode": "1" if bilevel else mode, "pages": infos}
    return rec


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__.split("\n\n")[0])
        print("usage: make_seventh_corpus.py OUT_DIR N SEED", file=sys.stderr)
        return 2
    out, n, seed = Path(argv[1]), int(argv[2]), int(argv[3])
    out.mkdir(parents=True, exist_ok=True)
    plan = class_plan(n, seed)
    tasks = [(str(out), seed, i + 1, c, lay) for i, (c, lay) in enumerate(plan)]
    t0 = time.time()
    procs = max(1, min(os.cpu_count() or 1, 8))
    with Pool(procs) as pool:
        recs = list(pool.imap(build, tasks, chunksize=1))
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by = {}
    for rec in recs:
        by[rec["class"]] = by.get(rec["class"], 0) + 1
    dig = sum(rec["rendition"] == "digital" for rec in recs)
    hw = sum(rec["handwritten"] for rec in recs)
    print(f"{n} letters in {out} ({time.time() - t0:.1f}s): {by}; digital {dig}, handwritten {hw}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

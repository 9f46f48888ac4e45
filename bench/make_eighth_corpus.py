# ruff: noqa: E501
"""Eighth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_eighth_corpus.py OUT_DIR N SEED

writes N letters (s8_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s8_0001_p1.jpg, s8_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object per
letter in the format of ../shared/sample/truth.jsonl: id, files, class, layout, heldout (false),
handwritten, rendition ("digital" | "scan"), pages, dpi, fields (all 17 keys, null where the letter
does not state them), page_text (the text printed on each page) and, for scans, scan (format,
mode, dpi and per page skew_deg, blur_px, noise_sigma, faded, auto_level, rotation, jpeg_quality,
stamps, notes; a received stamp's box_px is in the page image before skew and rotation).  In a
digital letter an attached photocopy (a KTP, K07's copy of the PPID notice) is an embedded picture
with no text layer; such pages are listed in image_pages (1-based).  The same SEED gives the same
corpus, byte for byte; letters are built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample and the docstrings of
the earlier generators only (to follow their truth conventions and to avoid their layouts).
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder), the layouts of a class used round-robin in a seed-shuffled order.
About a third are born-digital PDFs (reportlab, text layer; standard-14 and DejaVu fonts); the rest
are scans drawn with Pillow at 200 or 300 dpi (paper tint, skew up to 2 degrees, blur, noise,
uneven light, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180/270
degrees, a "DITERIMA" received stamp, organisation stamps, signatures and margin notes over the
print) saved as PNG, JPEG, multi-page TIFF or image-only PDF.  Hand-filled forms and hand-written
letters (fifthhorseman dkg hand) are always scans, about 12 % of all letters.

Layouts (code, class: one line each)
  P01_raw_mime_source        permohonan  Gmail "Tampilkan pesan asli" printout: raw RFC 822 headers
                                         (Received, DKIM, MIME boundary) and the text/plain part in mono
  P02_bilingual_institute    permohonan  foreign-funded research institute, side-by-side Indonesian |
                                         English columns, bilingual labels, identity table
  P03_forwarded_cover        permohonan  another agency (PPID Utama Pemprov, KPU kab/kota, KPU RI,
                                         Ombudsman) forwards a citizen's request: cover letter + original
  P04_twocol_leaflet         permohonan  community group letter set like a leaflet: masthead band, two
                                         justified columns, identity in a shaded box
  P05_footnoted_prose        permohonan  academic's letter, identity only in prose, lettered items and
                                         numbered footnotes citing UU 14/2008 / Perki 1/2021
  P06_year_table             permohonan  citizen letter with dotted-leader identity and a table of data
                                         items x period (Tahun ...) x form, delivery below the table
  P07_lapor_ticket           permohonan  printed SP4N-LAPOR! ticket, category "Permintaan Informasi"
  P08_phone_log              permohonan  the desk's own "permintaan tidak tertulis" log (telephone / walk-in),
                                         typed or filled in by the clerk's hand, tick boxes
  P09_largeprint_disability  permohonan  disability organisation, large-print 2-3 page letter, dot rule
  P10_browser_form_hand      permohonan  the e-PPID web page printed blank from a browser (URL header,
                                         nav bar, input boxes, radio buttons) and filled in by hand
  K01_quote_reply            keberatan   reply quoting the PPID's notice in a ruled quote box, then the
                                         objection and its ground in words
  K02_company                keberatan   company letterhead, director acting for the PT, procurement
                                         documents refused, Nomor with Roman month
  K03_timeline               keberatan   objection with a drawn timeline (request, deadline, silence)
  K04_inline_checklist       keberatan   self-made letter, bordered identity grid, the seven grounds as a
                                         tick list (☑ / ✓ / X / filled square)
  K05_hand_perki_form        keberatan   KI-template objection form with Roman sections, NIK in boxes,
                                         ruled kasus posisi, filled in by hand
  K06_oral_record            keberatan   the desk's berita acara of an objection made orally, date in
                                         words and figures, sometimes filled by hand
  K07_with_notice_copy       keberatan   short objection letter + a copy of the PPID's pemberitahuan
                                         tertulis as page 2 (the copy's letterhead is not the sender)
  S01_register_extract       sengketa    KI cover letter + landscape extract of the Buku Register Sengketa
  S02_mediasi_sidebar        sengketa    KI mediation invitation, commissioners listed in a left sidebar,
                                         register number in a boxed panel, schedule table
  S03_pembuktian_bukti       sengketa    KI summons to an evidentiary hearing with a T-1.. exhibit table
                                         and an electronic-signature footer
  S04_putusan_cover          sengketa    KI "Penyampaian Salinan Putusan" + the putusan's cover page
  S05_pemohon_application    sengketa    the applicant's own application to the KI (tembusan to KPU), with
                                         the registrar's typed register box
  S06_ba_pemeriksaan_awal    sengketa    KI berita acara of the preliminary hearing (attendance table)
  M01_bawaslu_rakor_agenda   surat_masuk Bawaslu invitation to a coordination meeting + agenda table page
  M02_keputusan_cover        surat_masuk KPU RI letter sending a Keputusan on information services +
                                         the Keputusan's Menimbang / MEMUTUSKAN pages
  M03_narasumber_tor         surat_masuk request for a speaker (narasumber) + terms of reference page
  M04_surat_pernyataan       surat_masuk a data recipient's SURAT PERNYATAAN with meterai, typed or hand-filled
  M05_bulletin               surat_masuk two-column bulletin of the KI / Bawaslu / a university centre
  M06_saran_perbaikan        surat_masuk Bawaslu kab/kota "saran perbaikan" on voter data with a findings table
  M07_memorandum             surat_masuk internal MEMORANDUM grid (Kepada/Dari/Tanggal/Nomor/Hal) on the DIP
  M08_ombudsman_klarifikasi  surat_masuk Ombudsman asks for clarification of a public complaint (not KI)
  M09_eflyer                 surat_masuk printed e-flyer of a seminar on election data, speaker boxes
  M10_dprd_rdp               surat_masuk DPRD commission invites to a hearing (RDP) and asks for data

Truth conventions (where DESIGN.md / domain.md are silent)
  * Values as printed, whitespace-normalised; every textual value is checked to occur in page_text
    (case aside: inside a sentence an item or purpose starts in lower case, the truth keeps the
    capital).  Several requested items are joined with "; " without numbering or final punctuation;
    in P06's table an item is the data cell followed by its period cell as they read across the row
    ("Jumlah TPS per kecamatan Tahun 2024").  letter_date is ISO; phones as written (spaces, dashes,
    dots, +62 kept); names keep prefixes (H., Hj., Kms., Mgs., Nyimas) and degrees, never
    Bapak/Ibu/Sdr./Sdri.; NIKs: 16 digits, Sumsel kab/kota code (1601-1613, 1671-1674), kecamatan,
    DDMMYY (day + 40 for women), serial; an attached KTP copy repeats the NIK.
  * The applicant is the natural person whose identity the letter gives as requester (the institute's
    researcher, the group's coordinator, the company's director acting for it, the chair of a
    disability organisation).  Address / phone / e-mail are those printed for that person (for the
    company director the company's, as the identity block gives them).  occupation only from a
    Pekerjaan / Occupation label or "bekerja sebagai" (a Jabatan is not one).
  * sender_org: the letterhead's name lines joined by a space, without umbrella lines (PEMERINTAH
    PROVINSI ..., the ministry) and without a translation or tag line (P02's English line, a
    company's trade line); the masthead's publisher for a bulletin; the organiser for an e-flyer;
    null for individuals and for the desk's own forms and records (P08, K06).
  * letter_number: the letter's own Nomor; on the desk's forms the Nomor Pendaftaran / Nomor
    Registrasi Keberatan when one is written in; null otherwise (a LAPOR! tracking number, a web
    form, an e-mail have none).  subject: a Hal / Perihal line, an e-mail Subject header or a LAPOR!
    "Judul Laporan"; null otherwise.  letter_date: the writer's date (an e-mail's Date header, not the
    browser's print date; a LAPOR! ticket's report date; the hand-written date on P10, not the browser
    header; a bulletin's "Terbit" date; a berita acara's day; an e-flyer has none).
  * P03 (forwarded request): letter_number, letter_date, subject and sender_org are the forwarding
    letter's (the document the desk received); the applicant fields come from the enclosed request.
    K07, S04, M02: the fields come from the first page, not from the enclosed copies.
  * obtain_method / delivery_method from ticks or words: melihat; salinan when the kind is not said;
    salinan_hardcopy / salinan_softcopy when named; delivery null when not said.
    objection_reason_code from the ticked box or from the ground stated in words.
  * sengketa letters carry only the applicant's name, address and requested information when
    printed, the cited request number, the KI register number and the letter's own number, date,
    subject and sender (null for the applicant's own application in S05); NIK, phone, e-mail,
    occupation and purpose are never truth there.  A KI register number makes a letter sengketa;
    an Ombudsman report number does not (M08 is surat_masuk).
  * surat_masuk carries only letter_number, letter_date, subject and sender_org, however much it
    talks about "informasi", "data" or "permohonan" (a speaker request, a data recipient's
    statement, a DPRD hearing that asks for data).
  * Stamps, signatures, meterai and margin notes are drawn as pictures and are not page text; the
    received stamp and notes are described in scan.pages[i].  handwritten is true when the field
    values are written by hand.
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
from datetime import date, timedelta
from functools import cache
from multiprocessing import Pool

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# --------------------------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------------------------
URW = "/usr/share/fonts/opentype/urw-base35/"
DJV = "/usr/share/fonts/truetype/dejavu/"
DKG = "/usr/share/fonts/truetype/fifthhorseman/"

# key -> (reportlab name or None when the face is scan-only, file Pillow draws with)
FONTS: dict[str, tuple[str | None, str]] = {
    "helv": ("Helvetica", URW + "NimbusSans-Regular.otf"),
    "helv-b": ("Helvetica-Bold", URW + "NimbusSans-Bold.otf"),
    "helv-i": ("Helvetica-Oblique", URW + "NimbusSans-Italic.otf"),
    "times": ("Times-Roman", URW + "NimbusRoman-Regular.otf"),
    "times-b": ("Times-Bold", URW + "NimbusRoman-Bold.otf"),
    "times-i": ("Times-Italic", URW + "NimbusRoman-Italic.otf"),
    "cour": ("Courier", URW + "NimbusMonoPS-Regular.otf"),
    "cour-b": ("Courier-Bold", URW + "NimbusMonoPS-Bold.otf"),
    "cour-i": ("Courier-Oblique", URW + "NimbusMonoPS-Italic.otf"),
    "dvs": ("DejaVuSans", DJV + "DejaVuSans.ttf"),
    "dvs-b": ("DejaVuSans-Bold", DJV + "DejaVuSans-Bold.ttf"),
    "dvs-i": ("DejaVuSans-Oblique", DJV + "DejaVuSans-Oblique.ttf"),
    "dvserif": ("DejaVuSerif", DJV + "DejaVuSerif.ttf"),
    "dvserif-b": ("DejaVuSerif-Bold", DJV + "DejaVuSerif-Bold.ttf"),
    "dvserif-i": ("DejaVuSerif-Italic", DJV + "DejaVuSerif-Italic.ttf"),
    "dvc": ("DejaVuSansCondensed", DJV + "DejaVuSansCondensed.ttf"),
    "dvc-b": ("DejaVuSansCondensed-Bold", DJV + "DejaVuSansCondensed-Bold.ttf"),
    "dvc-i": ("DejaVuSansCondensed-Oblique", DJV + "DejaVuSansCondensed-Oblique.ttf"),
    "dvmono": ("DejaVuSansMono", DJV + "DejaVuSansMono.ttf"),
    "dvmono-b": ("DejaVuSansMono-Bold", DJV + "DejaVuSansMono-Bold.ttf"),
    "c059": (None, URW + "C059-Roman.otf"),
    "c059-b": (None, URW + "C059-Bold.otf"),
    "c059-i": (None, URW + "C059-Italic.otf"),
    "p052": (None, URW + "P052-Roman.otf"),
    "p052-b": (None, URW + "P052-Bold.otf"),
    "p052-i": (None, URW + "P052-Italic.otf"),
    "book": (None, URW + "URWBookman-Light.otf"),
    "book-b": (None, URW + "URWBookman-Demi.otf"),
    "book-i": (None, URW + "URWBookman-LightItalic.otf"),
    "goth": (None, URW + "URWGothic-Book.otf"),
    "goth-b": (None, URW + "URWGothic-Demi.otf"),
    "goth-i": (None, URW + "URWGothic-BookOblique.otf"),
    "narrow": (None, URW + "NimbusSansNarrow-Regular.otf"),
    "narrow-b": (None, URW + "NimbusSansNarrow-Bold.otf"),
    "narrow-i": (None, URW + "NimbusSansNarrow-Oblique.otf"),
    "hand": (None, DKG + "dkg.ttf"),
    "hand-i": (None, DKG + "dkgIt.ttf"),
}
# families: regular, bold, italic
FAMILIES: dict[str, tuple[str, str, str]] = {
    k: (k, k + "-b", k + "-i")
    for k in (
        "helv",
        "times",
        "cour",
        "dvs",
        "dvserif",
        "dvc",
        "c059",
        "p052",
        "book",
        "goth",
        "narrow",
    )
}
PDF_FAMILIES = ["helv", "times", "dvs", "dvserif", "dvc"]
SCAN_FAMILIES = ["helv", "times", "dvs", "dvserif", "dvc", "c059", "p052", "book", "goth", "narrow"]

_MEASURE_PX = 200


@cache
def _measure_font(key: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key][1], _MEASURE_PX, layout_engine=ImageFont.Layout.BASIC)


@cache
def pil_font(key: str, px10: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        FONTS[key][1], max(1, px10) / 10.0, layout_engine=ImageFont.Layout.BASIC
    )


@cache
def tw_cached(s: str, font: str) -> float:
    return _measure_font(font).getlength(s) / _MEASURE_PX


def tw(s: str, font: str, size: float) -> float:
    """Width of s in points at size."""
    return tw_cached(s, font) * size


_PDF_REGISTERED: set[str] = set()


def pdf_font(key: str) -> str:
    name, path = FONTS[key]
    if name is None:
        raise ValueError(f"font {key} is scan-only")
    if path.endswith(".ttf") and name not in _PDF_REGISTERED:
        pdfmetrics.registerFont(TTFont(name, path))
        _PDF_REGISTERED.add(name)
    return name


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
BLACK = (0, 0, 0)
INK = (20, 20, 24)
GREY = (110, 110, 110)
LIGHT = (225, 225, 225)
BLUE_INKS = [(25, 45, 140), (20, 30, 110), (35, 60, 160)]
BLACK_INKS = [(30, 30, 38), (45, 40, 50)]
STAMP_INKS = [(60, 40, 150), (30, 60, 170), (140, 30, 60), (40, 40, 120)]
ACCENTS = [(0, 70, 140), (130, 20, 30), (0, 100, 60), (90, 50, 10), (60, 60, 60), (20, 40, 90)]

MONTHS = [
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
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MON_EN3 = [m[:3] for m in MONTHS_EN]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = [
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
]

A4W, A4H = 595.28, 841.89
F4H = 935.43  # folio (215 x 330 mm) height
F4W = 609.45


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def terbilang(n: int) -> str:
    """Indonesian number words for 0..9999."""
    if n < 12:
        return NUM_WORDS[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return terbilang(n // 10) + " puluh" + ("" if n % 10 == 0 else " " + terbilang(n % 10))
    if n < 200:
        return "seratus" + ("" if n == 100 else " " + terbilang(n - 100))
    if n < 1000:
        return terbilang(n // 100) + " ratus" + ("" if n % 100 == 0 else " " + terbilang(n % 100))
    if n < 2000:
        return "seribu" + ("" if n == 1000 else " " + terbilang(n - 1000))
    return terbilang(n // 1000) + " ribu" + ("" if n % 1000 == 0 else " " + terbilang(n % 1000))


def fdate(d: date, style: str) -> str:
    m = d.month
    return {
        "long": f"{d.day} {MONTHS[m - 1]} {d.year}",
        "long0": f"{d.day:02d} {MONTHS[m - 1]} {d.year}",
        "dash": f"{d.day:02d}-{m:02d}-{d.year}",
        "slash": f"{d.day}/{m}/{d.year}",
        "slash0": f"{d.day:02d}/{m:02d}/{d.year}",
        "dot": f"{d.day:02d}.{m:02d}.{d.year}",
        "day": f"{DAYS[d.weekday()]}, {d.day} {MONTHS[m - 1]} {d.year}",
        "en": f"{d.day} {MONTHS_EN[m - 1]} {d.year}",
        "upper": f"{d.day} {MONTHS[m - 1].upper()} {d.year}",
        "short": f"{d.day} {MONTHS[m - 1][:3]} {d.year}",
    }[style]


class R(random.Random):
    """random.Random with a few helpers."""

    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def some(self, seq, k):
        return self.sample(list(seq), k)


def rand_date(
    r: R, start: date = date(2025, 2, 3), end: date = date(2026, 6, 26), workday: bool = True
) -> date:
    span = (end - start).days
    while True:
        d = start + timedelta(days=r.randrange(span + 1))
        if not workday or is_workday(d):
            return d


FIXED_HOLIDAYS = {(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}


def is_workday(d: date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in FIXED_HOLIDAYS


def add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def reg_number(r: R, d: date) -> str:
    """A PPID request registration number issued in the month of d."""
    return f"{r.randint(1, 140):03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"


def ppid_notice_number(r: R, d: date) -> str:
    return r.pick(
        [
            f"{r.randint(12, 480)}/HM.02-SD/16/{d.year}",
            f"{r.randint(12, 480)}/PP.01-SD/16/{d.year}",
            f"{r.randint(1, 90):03d}/PPID-KPU.SS/{ROMAN[d.month - 1]}/{d.year}",
        ]
    )


# --------------------------------------------------------------------------------------------
# people, places, organisations
# --------------------------------------------------------------------------------------------
# code -> (kind, name, town, area code, postcode prefix, streets, [(kecamatan, code, [kelurahan/desa])])
REGIONS: dict[str, tuple] = {
    "1671": (
        "Kota",
        "Palembang",
        "Palembang",
        "0711",
        "301",
        [
            "Jenderal Sudirman",
            "Kapten A. Rivai",
            "Demang Lebar Daun",
            "Basuki Rahmat",
            "Veteran",
            "R. Sukamto",
            "Angkatan 45",
            "Kol. H. Burlian",
            "Mayor Ruslan",
            "Residen Abdul Rozak",
            "Letnan Jaimas",
            "Merdeka",
            "Srijaya Negara",
            "Macan Lindungan",
            "Inspektur Marzuki",
            "Sultan Mahmud Badaruddin II",
            "Ki Merogan",
            "Jaksa Agung R. Suprapto",
            "Brigjen Hasan Kasim",
            "Bay Salim",
            "Kancil Putih",
            "Dwikora II",
        ],
        [
            (
                "Ilir Barat I",
                "04",
                ["Lorok Pakjo", "Bukit Lama", "26 Ilir D. I", "Demang Lebar Daun", "Siring Agung"],
            ),
            (
                "Ilir Timur I",
                "05",
                ["20 Ilir D. IV", "Sungai Pangeran", "Kepandean Baru", "17 Ilir"],
            ),
            ("Ilir Timur II", "06", ["2 Ilir", "3 Ilir", "Sungai Buah", "Kuto Batu"]),
            ("Seberang Ulu I", "02", ["1 Ulu", "7 Ulu", "Tuan Kentang", "15 Ulu"]),
            ("Kemuning", "09", ["Sekip Jaya", "Pipa Reja", "20 Ilir D. II", "Talang Aman"]),
            ("Sukarami", "08", ["Sukajaya", "Sukabangun", "Talang Betutu", "Kebun Bunga"]),
            ("Sako", "07", ["Sako", "Sialang", "Sukamaju", "Sako Baru"]),
            ("Kalidoni", "10", ["Bukit Sangkal", "Kalidoni", "Sei Selincah", "Sei Lais"]),
            ("Bukit Kecil", "11", ["Talang Semut", "19 Ilir", "22 Ilir", "26 Ilir"]),
            ("Plaju", "12", ["Plaju Ulu", "Bagus Kuning", "Talang Putri", "Komperta"]),
            (
                "Alang-Alang Lebar",
                "16",
                ["Talang Kelapa", "Srijaya", "Karya Baru", "Alang-Alang Lebar"],
            ),
            ("Kertapati", "13", ["Kemas Rindo", "Ogan Baru", "Karya Jaya"]),
        ],
    ),
    "1673": (
        "Kota",
        "Lubuklinggau",
        "Lubuklinggau",
        "0733",
        "316",
        ["Yos Sudarso", "Garuda Hitam", "Depati Said", "Jenderal Sudirman", "Fatmawati", "Kenanga"],
        [
            ("Lubuklinggau Timur I", "03", ["Taba Jemekeh", "Marga Mulya", "Kayu Ara"]),
            ("Lubuklinggau Utara II", "07", ["Megang", "Petanang Ilir", "Jogoboyo"]),
            ("Lubuklinggau Barat I", "01", ["Pelita Jaya", "Air Kuti", "Bandung Ujung"]),
        ],
    ),
    "1674": (
        "Kota",
        "Prabumulih",
        "Prabumulih",
        "0713",
        "311",
        ["Jenderal Sudirman", "Lingkar", "Bukit Barisan", "Padat Karya", "Angkatan 66"],
        [
            ("Prabumulih Timur", "02", ["Gunung Ibul", "Muara Dua", "Prabujaya"]),
            ("Prabumulih Barat", "01", ["Patih Galung", "Gunung Kemala", "Wonosari"]),
            ("Cambai", "04", ["Cambai", "Sindur", "Sungai Medang"]),
        ],
    ),
    "1672": (
        "Kota",
        "Pagar Alam",
        "Pagar Alam",
        "0730",
        "315",
        ["Mayor Ruslan", "Serma Wahid", "Kapten Sanap", "Lettu Hamid"],
        [
            ("Pagar Alam Utara", "02", ["Kuripan Babas", "Bangun Rejo", "Beringin Jaya"]),
            ("Dempo Tengah", "05", ["Pelang Kenidai", "Candi Jaya"]),
        ],
    ),
    "1601": (
        "Kabupaten",
        "Ogan Komering Ulu",
        "Baturaja",
        "0735",
        "321",
        ["Dr. Moh. Hatta", "Jenderal A. Yani", "Lintas Sumatera", "Garuda"],
        [
            ("Baturaja Timur", "07", ["Kemalaraja", "Sukaraya", "Baturaja Lama"]),
            ("Baturaja Barat", "08", ["Air Gading", "Sekar Jaya", "Talang Jawa"]),
        ],
    ),
    "1602": (
        "Kabupaten",
        "Ogan Komering Ilir",
        "Kayuagung",
        "0712",
        "306",
        ["Letnan Mukhtar Saleh", "Lintas Timur", "Ahmad Yani", "Merdeka"],
        [
            ("Kayuagung", "12", ["Kutaraya", "Jua-Jua", "Sidakersa", "Cintaraja"]),
            ("Tanjung Lubuk", "05", ["Tanjung Lubuk", "Tanjung Laut"]),
        ],
    ),
    "1603": (
        "Kabupaten",
        "Muara Enim",
        "Muara Enim",
        "0734",
        "313",
        ["Jenderal Sudirman", "Bambang Utoyo", "Pramuka", "Lintas Muara Enim"],
        [
            ("Muara Enim", "01", ["Pasar II", "Muara Enim", "Tungkal"]),
            ("Lawang Kidul", "05", ["Tanjung Enim", "Pasar Tanjung Enim", "Keban Agung"]),
        ],
    ),
    "1604": (
        "Kabupaten",
        "Lahat",
        "Lahat",
        "0731",
        "314",
        ["Mayor Ruslan", "Kolonel Barlian", "RE Martadinata", "Serma Wahid"],
        [
            ("Lahat", "01", ["Pasar Lama", "Bandar Jaya", "Gunung Gajah"]),
            ("Merapi Barat", "09", ["Merapi", "Ulak Pandan"]),
        ],
    ),
    "1606": (
        "Kabupaten",
        "Musi Banyuasin",
        "Sekayu",
        "0714",
        "307",
        ["Kolonel Wahid Udin", "Merdeka", "Sekayu-Betung"],
        [
            ("Sekayu", "01", ["Balai Agung", "Serasan Jaya", "Kayuara"]),
            ("Babat Toman", "02", ["Babat", "Mangun Jaya"]),
        ],
    ),
    "1607": (
        "Kabupaten",
        "Banyuasin",
        "Pangkalan Balai",
        "0711",
        "307",
        ["Sukarno-Hatta", "Lintas Palembang-Betung", "Merdeka"],
        [
            ("Banyuasin III", "04", ["Pangkalan Balai", "Kedondong Raye"]),
            ("Talang Kelapa", "10", ["Sukamoro", "Kenten", "Sukajadi"]),
        ],
    ),
    "1610": (
        "Kabupaten",
        "Ogan Ilir",
        "Indralaya",
        "0711",
        "306",
        ["Lintas Timur", "Raya Indralaya", "Palembang-Prabumulih Km 32"],
        [
            ("Indralaya", "01", ["Indralaya Mulya", "Timbangan", "Tanjung Sejaro"]),
            ("Tanjung Batu", "05", ["Tanjung Batu", "Limbang Jaya"]),
        ],
    ),
    "1612": (
        "Kabupaten",
        "Penukal Abab Lematang Ilir",
        "Talang Ubi",
        "0713",
        "311",
        ["Merdeka", "Lintas Pendopo", "Padat Karya"],
        [
            ("Talang Ubi", "01", ["Handayani Mulia", "Talang Ubi Timur", "Pasar Bhayangkara"]),
        ],
    ),
    "1613": (
        "Kabupaten",
        "Musi Rawas Utara",
        "Rupit",
        "0733",
        "316",
        ["Lintas Sumatera", "Poros Rupit"],
        [
            ("Rupit", "01", ["Muara Rupit", "Karang Waru"]),
        ],
    ),
    "1605": (
        "Kabupaten",
        "Musi Rawas",
        "Muara Beliti",
        "0733",
        "316",
        ["Lintas Sumatera", "Poros Tugumulyo"],
        [
            ("Muara Beliti", "04", ["Muara Beliti Baru", "Pasar Muara Beliti"]),
            ("Tugumulyo", "08", ["Wukirsari", "Sidoharjo"]),
        ],
    ),
    "1608": (
        "Kabupaten",
        "Ogan Komering Ulu Timur",
        "Martapura",
        "0735",
        "323",
        ["Lintas Sumatera", "Merdeka"],
        [
            ("Martapura", "01", ["Pasar Martapura", "Terukis Rahayu"]),
            ("Belitang", "05", ["Gumawang", "Sumber Jaya"]),
        ],
    ),
    "1609": (
        "Kabupaten",
        "Ogan Komering Ulu Selatan",
        "Muaradua",
        "0735",
        "322",
        ["Ahmad Yani", "Lintas Muaradua"],
        [
            ("Muaradua", "01", ["Bumi Agung", "Pasar Muaradua"]),
        ],
    ),
    "1611": (
        "Kabupaten",
        "Empat Lawang",
        "Tebing Tinggi",
        "0702",
        "315",
        ["Lintas Sumatera", "Poros Tebing Tinggi"],
        [
            ("Tebing Tinggi", "01", ["Pasar Tebing Tinggi", "Tanjung Kupang"]),
        ],
    ),
}
REGION_WEIGHTS = [
    ("1671", 9),
    ("1673", 2),
    ("1674", 2),
    ("1672", 1),
    ("1601", 1),
    ("1602", 1),
    ("1603", 1),
    ("1604", 1),
    ("1606", 1),
    ("1607", 1),
    ("1610", 2),
    ("1612", 1),
    ("1613", 1),
    ("1605", 1),
    ("1608", 1),
    ("1609", 1),
    ("1611", 1),
]

MALE_FIRST = [
    "Ahmad",
    "Rahmat",
    "Deddy",
    "Yusuf",
    "Ridwan",
    "Zulkifli",
    "Syafruddin",
    "Ferry",
    "Arief",
    "Hendra",
    "Bambang",
    "Slamet",
    "Lamhot",
    "Fadli",
    "Rudi",
    "Iwan",
    "Agus",
    "Taufik",
    "Hasan",
    "Imam",
    "Dimas",
    "Reza",
    "Andika",
    "Bayu",
    "Firmansyah",
    "Novri",
    "Ilham",
    "Joko",
    "Herman",
    "Yogi",
    "Sandi",
    "Erwin",
    "Heri",
    "Akbar",
    "Aditya",
    "Fauzan",
]
FEMALE_FIRST = [
    "Siti",
    "Nurul",
    "Rina",
    "Dewi",
    "Yuliana",
    "Lestari",
    "Fitri",
    "Ayu",
    "Maya",
    "Desi",
    "Putri",
    "Sri",
    "Endang",
    "Maria",
    "Rahmi",
    "Wulan",
    "Indah",
    "Novita",
    "Ratna",
    "Eka",
    "Anisa",
    "Dian",
    "Yulia",
    "Meiliana",
    "Tiara",
    "Kartika",
]
MIDDLE = ["", "", "", "Nur", "Adi", "Putra", "Dwi", "Eka", "Sri", "Wahyu", "Tri"]
LAST = [
    "Hidayat",
    "Fauzi",
    "Kurniawan",
    "Effendi",
    "Saputra",
    "Irawan",
    "Rachman",
    "Wijaya",
    "Sutrisno",
    "Riyadi",
    "Nainggolan",
    "Hutapea",
    "Simanjuntak",
    "Chaniago",
    "Sikumbang",
    "Pratama",
    "Setiawan",
    "Hamzah",
    "Syahputra",
    "Gunawan",
    "Harahap",
    "Purba",
    "Maulana",
    "Ramadhan",
    "Susanto",
    "Lubis",
    "Kusuma",
    "Fitriani",
    "Handayani",
    "Anggraini",
    "Marlina",
    "Wulandari",
    "Ratnasari",
    "Oktaviani",
    "Rahayu",
    "Safitri",
    "Zainal",
    "Basri",
    "Yusuf",
    "Rasyid",
    "Darmawan",
    "Hakim",
    "Bafadal",
]
FEMALE_LAST = {
    "Fitriani",
    "Handayani",
    "Anggraini",
    "Marlina",
    "Wulandari",
    "Ratnasari",
    "Oktaviani",
    "Rahayu",
    "Safitri",
}
CHINESE = [
    ("Tan Siu Ling", "F"),
    ("Lim Bun Hok", "M"),
    ("Hendra Tanoto", "M"),
    ("Lie Mei Hwa", "F"),
    ("Kwee Giok Lan", "F"),
    ("Liem Tjoen Hok", "M"),
]
PREFIX_M = ["Kms.", "Mgs.", "Kgs.", "H.", "R.", "M.", "H. M."]
PREFIX_F = ["Nyimas", "Nyayu", "Hj.", "R.A."]
DEG_AFTER = [
    "S.H.",
    "S.H., M.H.",
    "S.Pd.",
    "M.Si.",
    "S.E.",
    "S.Kom.",
    "S.IP.",
    "S.Sos.",
    "S.T.",
    "M.A.",
    "S.E., M.M.",
    "S.IP., M.Si.",
    "Amd.",
    "S.Ag.",
    "Ph.D.",
]
OCCUPATIONS = [
    "Mahasiswa",
    "Wiraswasta",
    "Dosen",
    "Peneliti",
    "Advokat",
    "Jurnalis",
    "Pegawai Swasta",
    "Petani",
    "Ibu Rumah Tangga",
    "Guru Honorer",
    "Pensiunan PNS",
    "Konsultan",
    "Karyawan Swasta",
    "Pedagang",
    "Buruh Harian Lepas",
    "Aktivis LSM",
    "Mengurus Rumah Tangga",
    "Nelayan",
    "Sopir",
    "Pelajar/Mahasiswa",
    "Karyawan BUMN",
    "Tenaga Honorer",
    "Perawat",
]
MOBILE_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0852",
    "0853",
    "0857",
    "0858",
    "0877",
    "0878",
    "0895",
    "0896",
    "0898",
    "0881",
    "0882",
]
MAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "outlook.com",
    "ymail.com",
    "hotmail.com",
]


@dataclass
class Person:
    name: str  # as it appears in the letter (prefixes, degrees)
    ktp_name: str  # bare upper-case name on the KTP
    sex: str  # "M" / "F"
    nik: str
    birth: date
    birthplace: str
    region: str
    address: str
    addr_parts: dict
    phone: str
    email: str
    occupation: str
    religion: str
    marital: str

    @property
    def hon(self) -> str:
        return "Bapak" if self.sex == "M" else "Ibu"


def make_phone(r: R, style: str | None = None) -> str:
    pre = r.pick(MOBILE_PREFIX)
    n = pre + "".join(str(r.randint(0, 9)) for _ in range(r.pick([7, 8, 8, 8])))
    rest = n[4:]
    style = style or r.pick(
        [
            "dash",
            "plain",
            "space",
            "plus_space",
            "plus_dash",
            "plus_plain",
            "dot",
            "dash2",
            "space3",
        ]
    )
    if style == "plain":
        return n
    if style == "dash":
        return f"{pre}-{rest[:4]}-{rest[4:]}"
    if style == "dash2":
        return f"{pre}-{rest}"
    if style == "space":
        return f"{pre} {rest[:4]} {rest[4:]}"
    if style == "space3":
        return f"{pre} {rest[:3]} {rest[3:]}"
    if style == "dot":
        return f"{pre}.{rest[:4]}.{rest[4:]}"
    if style == "plus_space":
        return f"+62 {pre[1:]} {rest[:4]} {rest[4:]}"
    if style == "plus_dash":
        return f"+62 {pre[1:]}-{rest[:4]}-{rest[4:]}"
    return f"+62{pre[1:]}{rest}"


def make_landline(r: R, area: str = "0711") -> str:
    num = str(r.randint(310000, 389999)) if area == "0711" else str(r.randint(310000, 329999))
    return r.pick(
        [
            f"({area}) {num[:3]} {num[3:]}",
            f"{area}-{num}",
            f"({area}) {num}",
            f"{area} {num[:2]} {num[2:]}",
        ]
    )


def make_nik(r: R, region: str, kec: str, birth: date, female: bool) -> str:
    day = birth.day + (40 if female else 0)
    return f"{region}{kec}{day:02d}{birth.month:02d}{birth.year % 100:02d}{r.randint(1, 2999):04d}"


def make_address(r: R, region: str) -> tuple[str, dict]:
    kind, name, town, _area, post, streets, kecs = REGIONS[region]
    kec, _code, kels = r.pick(kecs)
    kel = r.pick(kels)
    street = r.pick(streets)
    no = r.randint(1, 260)
    rt, rw = r.randint(1, 45), r.randint(1, 12)
    postal = f"{post}{r.randint(10, 99)}"
    parts = {
        "street": street,
        "no": no,
        "rt": rt,
        "rw": rw,
        "kel": kel,
        "kec": kec,
        "town": town,
        "region_kind": kind,
        "region_name": name,
    }
    city = town if kind == "Kota" else f"{town}"
    fmt = r.randrange(7)
    if fmt == 0:
        s = f"Jl. {street} No. {no} RT {rt:03d}/RW {rw:02d}, Kel. {kel}, Kec. {kec}, {city}"
    elif fmt == 1:
        s = f"Jalan {street} Nomor {no}, RT.{rt:02d} RW.{rw:02d}, Kelurahan {kel}, Kecamatan {kec}, {kind} {name}"
    elif fmt == 2:
        perum = r.pick(
            [
                "Griya Asri",
                "Bukit Sejahtera",
                "Villa Kenten Permai",
                "Taman Sari Indah",
                "Pesona Harapan",
                "Citra Grand City",
            ]
        )
        s = f"Komp. Perumahan {perum} Blok {r.pick('ABCDEFG')}{r.randint(1, 12)} No. {no}, {kel}, {kec}, {city} {postal}"
        parts["street"] = perum
    elif fmt == 3 and kind == "Kabupaten":
        dusun = r.randint(1, 6)
        s = f"Desa {kel} RT {rt:02d} Dusun {terbilang(dusun).title() if r.chance(0.4) else ['I', 'II', 'III', 'IV', 'V', 'VI'][dusun - 1]}, Kecamatan {kec}, Kabupaten {name}"
    elif fmt == 4:
        lr = r.pick(
            [
                "Lr. Damai",
                "Lr. Sepakat",
                "Lr. Pendawa",
                "Lr. Harapan",
                "Lr. Rukun",
                "Lr. Kenanga",
                "Lr. Sukajadi",
            ]
        )
        s = f"Jl. {street} {lr} No. {no} RT {rt:02d} RW {rw:02d} Kel. {kel} Kec. {kec} {city}"
    elif fmt == 5:
        s = f"Jl. {street} No. {no}, RT {rt:03d} RW {rw:03d}, {kel}, {kec}, {city} {postal}"
    else:
        s = f"Jl. {street} No.{no} Rt.{rt:02d}/Rw.{rw:02d} Kel. {kel} Kec. {kec} {kind} {name}"
    return s, parts


def make_email(r: R, first: str, last: str, year: int) -> str:
    a = re.sub(r"[^a-z]", "", first.lower())
    b = re.sub(r"[^a-z]", "", last.lower()) or "id"
    user = r.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{year % 100:02d}",
            f"{a}_{b}",
            f"{b}.{a}{r.randint(1, 99)}",
            f"{a}{r.randint(100, 999)}",
            f"{a[0]}{b}",
        ]
    )
    return f"{user}@{r.pick(MAIL_DOMAINS)}"


def make_person(
    r: R,
    sex: str | None = None,
    occupation: str | None = None,
    degree_p: float = 0.25,
    prefix_p: float = 0.18,
    region: str | None = None,
    min_age: int = 19,
    max_age: int = 66,
) -> Person:
    chinese = r.chance(0.05)
    if chinese:
        base, sex0 = r.pick(CHINESE)
        sex = sex0
        first, last = base.split(" ", 1)
    else:
        sex = sex or r.pick("MF")
        first = r.pick(MALE_FIRST if sex == "M" else FEMALE_FIRST)
        mid = r.pick(MIDDLE)
        lastpool = [x for x in LAST if (x not in FEMALE_LAST) or sex == "F"]
        last = r.pick(lastpool)
        if mid and mid != first:
            last = f"{mid} {last}"
        base = f"{first} {last}"
    occupation = occupation or r.pick(OCCUPATIONS)
    name = base
    if not chinese and r.chance(prefix_p):
        name = f"{r.pick(PREFIX_M if sex == 'M' else PREFIX_F)} {name}"
    if r.chance(degree_p) and occupation not in (
        "Mahasiswa",
        "Pelajar/Mahasiswa",
        "Petani",
        "Nelayan",
        "Sopir",
        "Buruh Harian Lepas",
    ):
        deg = r.pick(DEG_AFTER)
        if r.chance(0.15):
            name = f"{r.pick(['Dr.', 'Ir.', 'Drs.' if sex == 'M' else 'Dra.'])} {name}"
        name = f"{name}, {deg}"
    region = region or r.wpick(REGION_WEIGHTS)
    addr, parts = make_address(r, region if r.chance(0.85) else r.wpick(REGION_WEIGHTS))
    kec_code = r.pick(REGIONS[region][6])[1]
    age = r.randint(min_age, max_age)
    birth = date(2026 - age, r.randint(1, 12), r.randint(1, 28))
    nik = make_nik(r, region, kec_code, birth, sex == "F")
    birthplace = r.pick(
        [
            "PALEMBANG",
            "LAHAT",
            "BATURAJA",
            "MUARA ENIM",
            "PRABUMULIH",
            "LUBUKLINGGAU",
            "KAYUAGUNG",
            "SEKAYU",
            "JAKARTA",
            "BANDUNG",
            "MEDAN",
            "PADANG",
            "TANJUNG ENIM",
            "PAGAR ALAM",
        ]
    )
    return Person(
        name=name,
        ktp_name=base.upper(),
        sex=sex,
        nik=nik,
        birth=birth,
        birthplace=birthplace,
        region=region,
        address=addr,
        addr_parts=parts,
        phone=make_phone(r),
        email=make_email(r, first, last.split()[-1], birth.year),
        occupation=occupation,
        religion=r.pick(["ISLAM"] * 8 + ["KRISTEN", "KATOLIK", "BUDDHA"]),
        marital=r.pick(["KAWIN", "BELUM KAWIN", "KAWIN", "CERAI MATI"]),
    )


def salut(p: Person, r: R) -> str:
    """A courtesy title that is NOT part of the name."""
    return r.pick(["Sdr." if p.sex == "M" else "Sdri.", p.hon, p.hon])


INFO_ITEMS = [
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Rekapitulasi Daftar Pemilih Tetap Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
    "Data jumlah pemilih penyandang disabilitas per kabupaten/kota pada Pemilihan Serentak Tahun 2024",
    "Rekapitulasi jumlah TPS per kecamatan di Kabupaten Musi Banyuasin pada Pemilu Tahun 2024",
    "Rencana Umum Pengadaan logistik Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Salinan formulir Model D.Hasil Provinsi Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
    "Daftar nama anggota PPK se-Kota Palembang pada Pemilihan Serentak Tahun 2024",
    "Jadwal tahapan pemutakhiran data pemilih berkelanjutan Tahun 2026",
    "Data tingkat partisipasi pemilih per kabupaten/kota pada Pemilihan Serentak Tahun 2024",
    "Naskah Perjanjian Hibah Daerah untuk Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Laporan realisasi anggaran sosialisasi dan pendidikan pemilih Tahun Anggaran 2025",
    "Berita acara penetapan pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Hasil rekapitulasi perolehan suara calon anggota DPRD Provinsi Sumatera Selatan Daerah Pemilihan Sumatera Selatan 3",
    "Data jumlah pemilih pemula per kabupaten/kota dalam Daftar Pemilih Tetap Pemilu Tahun 2024",
    "Laporan hasil audit dana kampanye pasangan calon Tahun 2024",
    "Data jumlah pemilih di lembaga pemasyarakatan dan rumah tahanan se-Sumatera Selatan",
    "Salinan Surat Keputusan tentang pembentukan PPID di lingkungan KPU Provinsi Sumatera Selatan",
    "Laporan layanan informasi publik KPU Provinsi Sumatera Selatan Tahun 2025",
    "Daftar Informasi Publik KPU Provinsi Sumatera Selatan yang terbaru",
    "Data pemilih yang pindah memilih (DPTb) per kabupaten/kota pada Pemilu Tahun 2024",
    "Berita acara rekapitulasi hasil penghitungan suara Pemilihan Bupati dan Wakil Bupati Ogan Komering Ilir Tahun 2024",
    "Salinan Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025 yang telah diaudit",
    "Data jumlah pemilih perempuan dan laki-laki per kecamatan di Kota Lubuklinggau",
    "Daftar lokasi TPS khusus di rumah sakit dan lembaga pemasyarakatan se-Kota Palembang",
    "Salinan risalah rapat pleno penetapan calon terpilih anggota DPRD Provinsi Sumatera Selatan",
    "Data jumlah surat suara rusak dan tidak terpakai per kabupaten/kota pada Pemilihan Tahun 2024",
    "Hasil evaluasi penyelenggaraan Pemilihan Serentak Tahun 2024 di Sumatera Selatan",
    "Laporan pertanggungjawaban penggunaan dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Data sebaran TPS yang belum memenuhi standar aksesibilitas di Kota Palembang",
    "Salinan berita acara pemusnahan surat suara sisa Pemilu Tahun 2024",
]
DISABILITY_ITEMS = [
    "Data jumlah pemilih penyandang disabilitas menurut ragam disabilitas per kabupaten/kota",
    "Daftar TPS yang menyediakan alat bantu tuna netra (template braille) pada Pemilihan Tahun 2024",
    "Data jumlah pemilih penyandang disabilitas yang menggunakan hak pilih pada Pemilihan Serentak Tahun 2024",
    "Rencana kegiatan sosialisasi pemilih bagi penyandang disabilitas Tahun 2026",
    "Data sebaran TPS yang belum memenuhi standar aksesibilitas di Kota Palembang",
    "Jumlah anggota KPPS penyandang disabilitas pada Pemilihan Tahun 2024",
]
COMPANY_ITEMS = [
    "Dokumen kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Berita acara hasil evaluasi penawaran paket pengadaan kotak suara Tahun 2024",
    "Harga Perkiraan Sendiri (HPS) paket pengadaan formulir dan logistik pemilihan Tahun 2024",
    "Dokumen pemilihan dan adendum paket pengadaan jasa distribusi logistik Pemilihan Tahun 2024",
    "Daftar penyedia yang lulus kualifikasi paket pengadaan bilik suara Tahun 2024",
]
# (short data item, [periods]) for P06 tables
TABLE_ITEMS = [
    ("Rekapitulasi DPT per kabupaten/kota", ["Tahun 2019", "Tahun 2024", "Tahun 2019 dan 2024"]),
    ("Jumlah TPS per kecamatan", ["Tahun 2024", "Tahun 2019 dan 2024"]),
    (
        "Data partisipasi pemilih per kabupaten/kota",
        ["Tahun 2018", "Tahun 2019", "Tahun 2024", "Tahun 2019 dan 2024"],
    ),
    ("Jumlah pemilih penyandang disabilitas", ["Tahun 2019", "Tahun 2024", "Tahun 2019-2024"]),
    (
        "Realisasi anggaran sosialisasi pemilih",
        ["Tahun Anggaran 2023", "Tahun Anggaran 2024", "Tahun Anggaran 2023-2025"],
    ),
    ("Jumlah anggota PPK dan PPS", ["Tahun 2024", "Tahun 2023 dan 2024"]),
    ("Data pemilih pemula per kabupaten/kota", ["Tahun 2019", "Tahun 2024"]),
    (
        "Rekapitulasi perolehan suara DPRD Provinsi per dapil",
        ["Tahun 2019", "Tahun 2024", "Tahun 2014, 2019 dan 2024"],
    ),
    ("Jumlah laporan dana kampanye yang diterima", ["Tahun 2024"]),
    ("Daftar penyelenggara ad hoc yang diberhentikan", ["Tahun 2024", "Tahun 2023-2024"]),
]
PURPOSES = [
    "Bahan penyusunan skripsi pada Program Studi Ilmu Politik",
    "Bahan penelitian tesis tentang partisipasi pemilih di Sumatera Selatan",
    "Kajian akademik mengenai tata kelola pemilu di daerah",
    "Bahan pemberitaan dan liputan mendalam tentang penyelenggaraan pemilihan",
    "Bahan advokasi hak pilih penyandang disabilitas",
    "Pemantauan penggunaan anggaran penyelenggaraan pemilihan",
    "Kepentingan pribadi sebagai warga negara untuk mengetahui penggunaan dana publik",
    "Bahan diskusi publik dan penyusunan rekomendasi kebijakan",
    "Penyusunan laporan pemantauan pemilu lembaga kami",
    "Bahan penulisan buku sejarah pemilu di Sumatera Selatan",
    "Kelengkapan data penelitian disertasi",
    "Bahan kajian perbandingan penyelenggaraan pemilihan antarprovinsi",
    "Bahan penyusunan modul pendidikan pemilih pemula",
    "Referensi penyusunan karya tulis ilmiah",
]
RESEARCH_PURPOSES = [
    "Bahan penelitian tentang tata kelola data pemilih di Sumatera Selatan",
    "Penyusunan laporan riset perbandingan penyelenggaraan pemilihan di Asia Tenggara",
    "Bahan kajian kebijakan mengenai inklusivitas pemilu",
    "Penulisan artikel ilmiah tentang partisipasi pemilih",
]
RESEARCH_PURPOSES_EN = {
    "Bahan penelitian tentang tata kelola data pemilih di Sumatera Selatan": "Research on voter data governance in South Sumatra",
    "Penyusunan laporan riset perbandingan penyelenggaraan pemilihan di Asia Tenggara": "A comparative research report on election administration in Southeast Asia",
    "Bahan kajian kebijakan mengenai inklusivitas pemilu": "A policy study on electoral inclusiveness",
    "Penulisan artikel ilmiah tentang partisipasi pemilih": "A scholarly article on voter turnout",
}
REASONS = {
    "a": "Penolakan atas permohonan informasi berdasarkan alasan pengecualian",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permohonan informasi",
    "d": "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permohonan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang",
}
REASON_WORDS = {
    "a": [
        "PPID menolak permohonan saya dengan alasan informasi tersebut termasuk informasi yang dikecualikan, padahal dokumen itu seharusnya terbuka untuk publik",
        "permohonan kami ditolak dengan dalih pengecualian sebagaimana Pasal 17 Undang-Undang Nomor 14 Tahun 2008, tanpa disertai hasil uji konsekuensi",
    ],
    "b": [
        "informasi yang semestinya diumumkan secara berkala tidak tersedia di laman maupun papan pengumuman",
        "informasi berkala yang wajib disediakan tidak pernah diumumkan",
    ],
    "c": [
        "sampai batas waktu sepuluh hari kerja berakhir, permohonan saya sama sekali tidak ditanggapi",
        "permohonan kami tidak mendapat tanggapan apa pun hingga surat ini dibuat",
    ],
    "d": [
        "jawaban yang saya terima tidak sesuai dengan informasi yang saya minta",
        "data yang diberikan berbeda dengan rincian yang kami mohonkan",
    ],
    "e": [
        "permohonan saya tidak dipenuhi meskipun informasinya dikuasai oleh KPU Provinsi",
        "informasi yang kami minta tidak kunjung diberikan walaupun telah dinyatakan dapat diberikan",
    ],
    "f": [
        "saya dikenakan biaya penggandaan yang tidak wajar dan tidak sesuai standar biaya",
        "biaya yang dibebankan kepada kami jauh melebihi biaya penggandaan yang wajar",
    ],
    "g": [
        "informasi baru disampaikan setelah melewati jangka waktu yang diatur undang-undang",
        "pemberitahuan tertulis baru kami terima jauh melewati batas waktu sepuluh hari kerja",
    ],
}
OBTAIN_WORDS = {
    "melihat": [
        "dengan cara melihat dan membaca langsung dokumen tersebut di ruang layanan informasi",
        "cukup dengan melihat dan mencatat di kantor PPID",
    ],
    "salinan": ["dengan cara mendapatkan salinan dokumen tersebut", "berupa salinan dokumen"],
    "salinan_hardcopy": ["berupa salinan tercetak (hardcopy)", "dalam bentuk fotokopi (hardcopy)"],
    "salinan_softcopy": [
        "berupa salinan elektronik (softcopy) dalam format PDF atau Excel",
        "dalam bentuk softcopy",
    ],
}
DELIVERY_WORDS = {
    "mengambil_langsung": [
        "akan saya ambil langsung di kantor PPID",
        "diambil sendiri di kantor KPU Provinsi Sumatera Selatan",
    ],
    "kurir": [
        "dikirimkan melalui jasa kurir ke alamat saya",
        "dikirim dengan jasa ekspedisi (kurir) ke alamat tersebut di atas",
    ],
    "pos": ["dikirimkan melalui pos ke alamat saya", "dikirim lewat PT Pos Indonesia"],
    "faksimili": ["dikirimkan melalui faksimili", "dikirim lewat faksimili"],
    "email": ["dikirimkan melalui surat elektronik", "dikirim melalui e-mail"],
}


def pick_obtain(r: R, allow_melihat: bool = True) -> str:
    opts = [("salinan", 2), ("salinan_hardcopy", 2), ("salinan_softcopy", 4)]
    if allow_melihat:
        opts.append(("melihat", 2))
    return r.wpick(opts)


def pick_delivery(r: R, obtain: str | None) -> str | None:
    if obtain == "melihat":
        return None
    if obtain == "salinan_softcopy":
        return r.wpick([("email", 6), ("mengambil_langsung", 1), (None, 1)])
    return r.wpick(
        [
            ("mengambil_langsung", 3),
            ("kurir", 2),
            ("pos", 2),
            ("faksimili", 1),
            ("email", 1),
            (None, 1),
        ]
    )


# --------------------------------------------------------------------------------------------
# page model: drawing operations in points (origin top-left) + the page's text, line by line
# --------------------------------------------------------------------------------------------
class Page:
    def __init__(self, w: float = A4W, h: float = A4H):
        self.w, self.h = w, h
        self.ops: list[tuple] = []
        self.lines: list[list[tuple[float, str]]] = []
        self.deco: list[tuple] = []  # scan-only pictures: stamps, meterai, notes
        self.raster = False  # digital letters embed this page as a picture (a KTP copy)
        self.photocopy = False  # grey-ish photocopy look on scans

    # text ---------------------------------------------------------------------------------
    def _rec(self, x: float, s: str, cont: bool) -> None:
        if cont and self.lines:
            self.lines[-1].append((x, s))
        else:
            self.lines.append([(x, s)])

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "times",
        size: float = 11,
        color=INK,
        align: str = "l",
        cont: bool = False,
        record: bool = True,
    ) -> float:
        if not s:
            return 0.0
        w = tw(s, font, size)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        self.ops.append(("T", x, y, s, font, size, color))
        if record:
            self._rec(x, s, cont)
        return w

    def hand(
        self,
        x: float,
        y: float,
        s: str,
        r: R,
        size: float = 14,
        color=BLUE_INKS[0],
        cont: bool = False,
        font: str = "hand",
        slope: float | None = None,
    ) -> float:
        if not s:
            return 0.0
        words = s.split(" ")
        jit = [(r.uniform(-0.7, 0.7), r.uniform(-0.9, 0.9), r.uniform(0.94, 1.06)) for _ in words]
        sl = r.uniform(-0.012, 0.012) if slope is None else slope
        self.ops.append(("H", x, y, s, font, size, color, sl, jit))
        self._rec(x, s, cont)
        return hand_width(s, font, size)

    def page_text(self) -> str:
        out = []
        for runs in self.lines:
            out.append(" ".join(t for _, t in sorted(runs, key=lambda q: q[0])))
        return "\n".join(x for x in out if x)

    # graphics -----------------------------------------------------------------------------
    def line(self, x1, y1, x2, y2, lw=0.6, color=INK, dash=None):
        self.ops.append(("L", x1, y1, x2, y2, lw, color, dash))

    def rect(self, x, y, w, h, lw=0.6, stroke=INK, fill=None):
        self.ops.append(("R", x, y, w, h, lw, stroke, fill))

    def circle(self, cx, cy, rad, lw=0.6, stroke=INK, fill=None):
        self.ops.append(("C", cx, cy, rad, lw, stroke, fill))

    def poly(self, pts, lw=0.8, color=INK, closed=False, fill=None):
        self.ops.append(("P", tuple(pts), lw, color, closed, fill))


def hand_width(s: str, font: str, size: float) -> float:
    return tw(s, font, size) * 1.02


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    words = s.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        t = w if not cur else cur + " " + w
        if not cur or tw(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def draw_para(
    p: Page,
    x: float,
    y: float,
    width: float,
    text: str,
    font: str,
    size: float,
    lead: float,
    align: str = "l",
    first_indent: float = 0.0,
    color=INK,
) -> float:
    """Draw a wrapped paragraph whose first baseline is y; return the baseline after it."""
    lines = wrap_indent(text, font, size, width, first_indent)
    for i, ln in enumerate(lines):
        xx = x + (first_indent if i == 0 else 0)
        ww = width - (first_indent if i == 0 else 0)
        if align == "j" and i < len(lines) - 1 and " " in ln:
            justify_line(p, xx, y, ww, ln, font, size, color)
        elif align == "c":
            p.text(x + width / 2, y, ln, font, size, color, align="c")
        elif align == "r":
            p.text(x + width, y, ln, font, size, color, align="r")
        else:
            p.text(xx, y, ln, font, size, color)
        y += lead
    return y


def wrap_indent(text: str, font: str, size: float, width: float, first_indent: float) -> list[str]:
    if not first_indent:
        return wrap(text, font, size, width)
    words = text.split()
    first: list[str] = []
    while words:
        t = " ".join([*first, words[0]])
        if first and tw(t, font, size) > width - first_indent:
            break
        first.append(words.pop(0))
    rest = wrap(" ".join(words), font, size, width) if words else []
    return [" ".join(first), *rest]


def justify_line(
    p: Page, x: float, y: float, width: float, ln: str, font: str, size: float, color=INK
) -> None:
    words = ln.split(" ")
    wsum = sum(tw(w, font, size) for w in words)
    gap = (width - wsum) / max(1, len(words) - 1)
    if gap > size * 1.2:  # too loose: leave ragged
        p.text(x, y, ln, font, size, color)
        return
    xx = x
    for w in words:
        p.text(xx, y, w, font, size, color, record=False)
        xx += tw(w, font, size) + gap
    p._rec(x, ln, False)


class Flow:
    """Running text down one or more columns, breaking onto new pages when full."""

    def __init__(
        self,
        pages: list[Page],
        x: float,
        w: float,
        y: float,
        bottom: float,
        font: str,
        size: float,
        lead: float,
        top: float = 70.0,
        cols: list[tuple[float, float]] | None = None,
        on_new_page=None,
        page_size: tuple[float, float] | None = None,
    ):
        self.pages = pages
        self.page = pages[-1]
        self.x, self.w, self.y = x, w, y
        self.bottom, self.top = bottom, top
        self.font, self.size, self.lead = font, size, lead
        self.cols = cols
        self.col = 0
        self.col_top = y
        self.on_new_page = on_new_page
        self.page_size = page_size or (self.page.w, self.page.h)

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.brk()

    def brk(self) -> None:
        if self.cols and self.col + 1 < len(self.cols):
            self.col += 1
            self.x, self.w = self.cols[self.col]
            self.y = self.col_top
            return
        p = Page(*self.page_size)
        self.pages.append(p)
        self.page = p
        self.y = self.top
        if self.on_new_page:
            self.y = self.on_new_page(p, len(self.pages))
        if self.cols:
            self.col = 0
            self.x, self.w = self.cols[0]
            self.col_top = self.y

    def gap(self, h: float) -> None:
        self.y += h

    def para(
        self,
        text: str,
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
        align: str = "l",
        indent: float = 0.0,
        first: float = 0.0,
        color=INK,
        after: float = 0.0,
    ) -> None:
        font = font or self.font
        size = size or self.size
        lead = lead or self.lead
        lines = wrap_indent(text, font, size, self.w - indent, first)
        self.need(min(len(lines), 8) * lead)
        for i, ln in enumerate(lines):
            self.need(lead)
            xx = self.x + indent + (first if i == 0 else 0)
            ww = self.w - indent - (first if i == 0 else 0)
            if align == "j" and i < len(lines) - 1 and " " in ln:
                justify_line(self.page, xx, self.y, ww, ln, font, size, color)
            elif align == "c":
                self.page.text(self.x + self.w / 2, self.y, ln, font, size, color, align="c")
            elif align == "r":
                self.page.text(self.x + self.w, self.y, ln, font, size, color, align="r")
            else:
                self.page.text(xx, self.y, ln, font, size, color)
            self.y += lead
        self.y += after

    def item(
        self,
        marker: str,
        text: str,
        indent: float = 16.0,
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
        align: str = "l",
        mfont: str | None = None,
    ) -> None:
        font = font or self.font
        size = size or self.size
        lead = lead or self.lead
        lines = wrap(text, font, size, self.w - indent)
        self.need(min(len(lines), 8) * lead)
        for i, ln in enumerate(lines):
            self.need(lead)
            if i == 0 and marker:
                self.page.text(self.x, self.y, marker, mfont or font, size)
            xx = self.x + indent
            if align == "j" and i < len(lines) - 1 and " " in ln:
                justify_line(self.page, xx, self.y, self.w - indent, ln, font, size)
                if i == 0 and marker:  # merge marker + first line into one text line
                    last = self.page.lines.pop()
                    self.page.lines[-1].extend(last)
            else:
                self.page.text(xx, self.y, ln, font, size, cont=(i == 0 and bool(marker)))
            self.y += lead

    def kv(
        self,
        label: str,
        value: str,
        xc: float,
        xv: float | None = None,
        font: str | None = None,
        lfont: str | None = None,
        size: float | None = None,
        lead: float | None = None,
        leader: bool = False,
        colon: str = ":",
    ) -> None:
        font = font or self.font
        size = size or self.size
        lead = lead or self.lead
        need_x = self.x + tw(label, lfont or font, size) + (tw("...", font, size) if leader else 4)
        if colon and xc < need_x:  # keep the colon clear of a long label
            shift = need_x - xc
            xc += shift
            if xv is not None:
                xv += shift
        xv = xv if xv is not None else xc + tw(colon + " ", font, size)
        vw = self.x + self.w - xv
        lines = wrap(value, font, size, vw) if value else [""]
        self.need(min(len(lines), 8) * lead)
        lf = lfont or font
        p = self.page
        p.text(self.x, self.y, label, lf, size)
        if leader:
            lw = tw(label, lf, size)
            dot = tw(".", font, size)
            n = int((xc - 3 - (self.x + lw + 3)) / dot)
            if n > 1:
                p.text(self.x + lw + 3, self.y, "." * n, font, size, cont=True)
        if colon:
            p.text(xc, self.y, colon, font, size, cont=True)
        for i, ln in enumerate(lines):
            if i:
                self.need(lead)
            if ln:
                p = self.page
                p.text(xv, self.y, ln, font, size, cont=(i == 0))
            self.y += lead


def table(
    p: Page,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    font: str,
    size: float,
    lead: float,
    header: list[str] | None = None,
    hfont: str | None = None,
    pad: float = 3.5,
    border: bool = True,
    header_fill=None,
    cell_mode: bool = False,
    aligns: list[str] | None = None,
    lw: float = 0.6,
    stripe=None,
) -> float:
    """Draw a grid table; return y below it.  cell_mode records each cell's lines on their own."""
    allrows = ([header] if header else []) + rows
    ytop = y
    for ri, row in enumerate(allrows):
        is_h = header is not None and ri == 0
        f = (hfont or font) if is_h else font
        cells = [wrap(c, f, size, widths[i] - 2 * pad) if c else [""] for i, c in enumerate(row)]
        n = max(len(c) for c in cells)
        h = n * lead + 2 * pad - (lead - size) + 2
        if is_h and header_fill:
            p.rect(x, y, sum(widths), h, lw=0, stroke=None, fill=header_fill)
        elif stripe and ri % 2 == 0:
            p.rect(x, y, sum(widths), h, lw=0, stroke=None, fill=stripe)
        base = y + pad + size
        if cell_mode or any(len(c) > 1 for c in cells[:-1]):
            xx = x
            for ci, c in enumerate(cells):
                for k, ln in enumerate(c):
                    if ln:
                        al = (aligns[ci] if aligns else "l") if not is_h else "l"
                        tx = (
                            xx + pad
                            if al == "l"
                            else (xx + widths[ci] / 2 if al == "c" else xx + widths[ci] - pad)
                        )
                        p.text(tx, base + k * lead, ln, f, size, align=al)
                xx += widths[ci]
        else:
            for k in range(n):
                xx = x
                first = True
                for ci, c in enumerate(cells):
                    if k < len(c) and c[k]:
                        al = (aligns[ci] if aligns else "l") if not is_h else "l"
                        tx = (
                            xx + pad
                            if al == "l"
                            else (xx + widths[ci] / 2 if al == "c" else xx + widths[ci] - pad)
                        )
                        p.text(tx, base + k * lead, c[k], f, size, align=al, cont=not first)
                        first = False
                    xx += widths[ci]
        if border:
            p.line(x, y, x + sum(widths), y, lw)
        y += h
    if border:
        p.line(x, y, x + sum(widths), y, lw)
        xx = x
        for wdt in [0.0, *widths]:
            xx += wdt
            p.line(xx, ytop, xx, y, lw)
    return y + size * 0.7


def checkbox(
    p: Page,
    x: float,
    y: float,
    checked: bool,
    style: str,
    r: R,
    size: float = 10.0,
    ink=BLUE_INKS[0],
    cont: bool = False,
) -> float:
    """A tick box whose baseline is y; style: glyph (☑/☐), check (✓ glyph), xhand, tickhand, fill, circle."""
    if style == "glyph":
        p.text(x, y, "☑" if checked else "☐", "dvs", size * 1.1, cont=cont)
        return size * 1.25
    if style == "check":
        p.text(x, y, "[✓]" if checked else "[  ]", "dvs", size, cont=cont)
        return tw("[✓]", "dvs", size) + 2
    if not cont:  # the box itself is no text: open the line its label joins
        p.lines.append([])
    s = size * 0.9
    top = y - s + 1
    shape, mark = {
        "fill": ("box", "fill"),
        "xhand": ("box", "x"),
        "tickhand": ("box", "tick"),
        "circle": ("circle", "fill"),
        "circle_x": ("circle", "x"),
        "circle_tick": ("circle", "tick"),
    }[style]
    if shape == "circle":
        p.circle(x + s / 2, top + s / 2, s / 2, lw=0.7)
    else:
        p.rect(x, top, s, s, lw=0.7)
    if checked:
        if mark == "fill" and shape == "box":
            p.rect(x + 1.8, top + 1.8, s - 3.6, s - 3.6, lw=0, stroke=None, fill=INK)
        elif mark == "fill":
            p.circle(x + s / 2, top + s / 2, s / 2 - 2, lw=0, stroke=None, fill=ink)
        elif mark == "x":
            p.hand(x - 0.5, y + 1, "X", r, size=size * 1.3, color=ink, cont=True, slope=0)
        else:  # a pen tick: a stroke, no text
            pts = [(x + 1, top + s * 0.5), (x + s * 0.4, top + s + 1), (x + s * 1.3, top - 3)]
            p.poly(pts, lw=1.3, color=ink)
    return s + 4


def signature(p: Page, x: float, y: float, r: R, w: float = 70, h: float = 24, color=None) -> None:
    """A scribbled signature: a smooth random polyline within (x, y)-(x+w, y+h)."""
    color = color or r.pick(BLUE_INKS + BLACK_INKS)
    n = 60
    f1, f2 = r.uniform(2.0, 4.5), r.uniform(5.0, 9.0)
    ph1, ph2 = r.uniform(0, 6.28), r.uniform(0, 6.28)
    a1, a2 = r.uniform(0.25, 0.45), r.uniform(0.08, 0.2)
    pts = []
    for i in range(n):
        t = i / (n - 1)
        xx = x + w * (t + 0.08 * math.sin(t * f2 * 3.1 + ph2))
        yy = y + h * (0.5 + a1 * math.sin(t * f1 * 6.28 + ph1) + a2 * math.sin(t * f2 * 6.28 + ph2))
        pts.append((round(xx, 2), round(yy, 2)))
    p.poly(pts, lw=r.uniform(0.8, 1.3), color=color)
    if r.chance(0.6):  # an underline flourish
        y2 = y + h * r.uniform(0.75, 1.0)
        p.poly(
            [(x + w * 0.1, y2), (x + w * 0.6, y2 + 2), (x + w * 1.05, y2 - 3)], lw=0.9, color=color
        )


def round_stamp(
    p: Page, cx: float, cy: float, top: str, bottom: str, r: R, rad: float = 34
) -> None:
    """An organisation stamp (scan only, not page text)."""
    p.deco.append(("round", cx, cy, rad, top, bottom, r.pick(STAMP_INKS), r.uniform(-25, 25)))


def logo(p: Page, x: float, y: float, size: float, kind: str, color=INK) -> None:
    """A drawn emblem (no text) with its top-left corner at (x, y)."""
    c = (x + size / 2, y + size / 2)
    if kind == "star":
        p.circle(c[0], c[1], size / 2, lw=1.2, stroke=color)
        p.circle(c[0], c[1], size / 2 - 3, lw=0.5, stroke=color)
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = size * (0.3 if i % 2 == 0 else 0.12)
            pts.append((c[0] + rr * math.cos(ang), c[1] + rr * math.sin(ang)))
        p.poly(pts, lw=0.5, color=color, closed=True, fill=color)
    elif kind == "shield":
        s = size
        pts = [
            (x + 0.1 * s, y),
            (x + 0.9 * s, y),
            (x + 0.9 * s, y + 0.55 * s),
            (x + 0.5 * s, y + s),
            (x + 0.1 * s, y + 0.55 * s),
        ]
        p.poly(pts, lw=1.2, color=color, closed=True)
        p.poly(
            [
                (x + 0.25 * s, y + 0.25 * s),
                (x + 0.75 * s, y + 0.25 * s),
                (x + 0.5 * s, y + 0.7 * s),
            ],
            lw=0.5,
            color=color,
            closed=True,
            fill=color,
        )
    elif kind == "ring":
        p.circle(c[0], c[1], size / 2, lw=2.2, stroke=color)
        p.circle(c[0], c[1], size / 4, lw=0, stroke=None, fill=color)
    elif kind == "book":
        s = size
        p.poly(
            [
                (x, y + 0.2 * s),
                (x + 0.5 * s, y + 0.3 * s),
                (x + s, y + 0.2 * s),
                (x + s, y + 0.9 * s),
                (x + 0.5 * s, y + s),
                (x, y + 0.9 * s),
            ],
            lw=1.1,
            color=color,
            closed=True,
        )
        p.line(x + 0.5 * s, y + 0.3 * s, x + 0.5 * s, y + s, 1.0, color)
        p.circle(c[0], y + 0.08 * s, 0.08 * s, lw=0, stroke=None, fill=color)
    else:  # "garuda"-like wings
        s = size
        p.poly(
            [
                (c[0], y + 0.15 * s),
                (x, y + 0.35 * s),
                (x + 0.2 * s, y + 0.55 * s),
                (c[0] - 0.1 * s, y + 0.5 * s),
                (c[0] - 0.15 * s, y + 0.9 * s),
                (c[0], y + s),
                (c[0] + 0.15 * s, y + 0.9 * s),
                (c[0] + 0.1 * s, y + 0.5 * s),
                (x + 0.8 * s, y + 0.55 * s),
                (x + s, y + 0.35 * s),
            ],
            lw=0.8,
            color=color,
            closed=True,
            fill=color,
        )
        p.circle(c[0], y + 0.12 * s, 0.09 * s, lw=0, stroke=None, fill=color)


@dataclass
class Org:
    name_lines: list[str]
    addr_lines: list[str]
    umbrella: list[str] = field(default_factory=list)
    sub_lines: list[str] = field(default_factory=list)  # translation / trade line (not sender_org)
    logo: str = "star"
    city: str = "Palembang"

    @property
    def sender(self) -> str:
        return " ".join(self.name_lines)


def letterhead(
    p: Page,
    org: Org,
    style: str,
    fam: str,
    r: R,
    top: float = 40.0,
    accent=None,
    margin: float = 56.0,
) -> float:
    """Draw a letterhead in one of several styles; return the y below it."""
    reg, bold, ital = FAMILIES[fam]
    accent = accent or r.pick(ACCENTS)
    W = p.w
    y = top
    if style == "center_double":
        logo(p, margin, y, 58, org.logo, accent)
        cx = W / 2 + 20
        for ln in org.umbrella:
            y += 13
            p.text(cx, y, ln, bold, 11.5, align="c")
        for i, ln in enumerate(org.name_lines):
            y += 16 if i == 0 and not org.umbrella else 15
            p.text(cx, y, ln, bold, 14 if len(ln) < 40 else 12, align="c")
        for ln in org.sub_lines:
            y += 12
            p.text(cx, y, ln, ital, 9.5, align="c")
        for ln in org.addr_lines:
            y += 11.5
            p.text(cx, y, ln, reg, 9, align="c")
        y = max(y, top + 58) + 7
        p.line(margin, y, W - margin, y, 2.2)
        p.line(margin, y + 3, W - margin, y + 3, 0.6)
        return y + 22
    if style == "left_bar":
        logo(p, margin, y, 44, org.logo, accent)
        x = margin + 56
        for ln in org.umbrella:
            y += 11
            p.text(x, y, ln, reg, 9)
        for ln in org.name_lines:
            y += 15
            p.text(x, y, ln, bold, 13.5 if len(ln) < 44 else 11.5, color=accent)
        for ln in org.sub_lines:
            y += 11
            p.text(x, y, ln, ital, 9)
        y = max(y, top + 44) + 6
        p.rect(margin, y, W - 2 * margin, 5, lw=0, stroke=None, fill=accent)
        y += 15
        for ln in org.addr_lines:
            p.text(W - margin, y, ln, reg, 8.5, align="r")
            y += 10.5
        return y + 12
    if style == "right_block":
        logo(p, margin, y, 50, org.logo, accent)
        for ln in org.umbrella:
            y += 11
            p.text(W - margin, y, ln, reg, 9, align="r")
        for ln in org.name_lines:
            y += 15
            p.text(W - margin, y, ln, bold, 13 if len(ln) < 44 else 11, align="r")
        for ln in org.sub_lines:
            y += 11
            p.text(W - margin, y, ln, ital, 9, align="r")
        for ln in org.addr_lines:
            y += 10.5
            p.text(W - margin, y, ln, reg, 8.5, align="r", color=GREY)
        y = max(y, top + 50) + 8
        p.line(margin, y, W - margin, y, 0.8, accent)
        return y + 22
    if style == "band":
        h = 20 + 16 * len(org.name_lines) + 11 * len(org.umbrella) + 11 * len(org.sub_lines)
        p.rect(0, y - 14, W, h, lw=0, stroke=None, fill=accent)
        yy = y
        for ln in org.umbrella:
            p.text(margin, yy + 2, ln, reg, 9, color=(255, 255, 255))
            yy += 11
        for ln in org.name_lines:
            yy += 14
            p.text(margin, yy, ln, bold, 14 if len(ln) < 44 else 12, color=(255, 255, 255))
        for ln in org.sub_lines:
            yy += 11
            p.text(margin, yy, ln, ital, 9, color=(255, 255, 255))
        y = y - 14 + h + 14
        for ln in org.addr_lines:
            p.text(margin, y, ln, reg, 8.5)
            y += 10.5
        return y + 14
    if style == "boxed":
        lines = len(org.umbrella) + len(org.name_lines) + len(org.sub_lines) + len(org.addr_lines)
        h = 16 + 14 * lines
        p.rect(margin, y - 4, W - 2 * margin, h, lw=1.2, stroke=accent)
        logo(p, margin + 10, y + h / 2 - 26, 40, org.logo, accent)
        cx = W / 2 + 22
        yy = y + 8
        for ln in org.umbrella:
            p.text(cx, yy, ln, reg, 9.5, align="c")
            yy += 13
        for ln in org.name_lines:
            yy += 2
            p.text(cx, yy, ln, bold, 13 if len(ln) < 44 else 11, align="c")
            yy += 14
        for ln in org.sub_lines:
            p.text(cx, yy, ln, ital, 9, align="c")
            yy += 12
        for ln in org.addr_lines:
            p.text(cx, yy, ln, reg, 8.5, align="c")
            yy += 11
        return y - 4 + h + 22
    # "minimal": small name left, address right, hairline
    y += 8
    yy = y
    for ln in org.umbrella + org.name_lines:
        p.text(margin, yy, ln, bold, 11 if len(ln) < 50 else 9.5)
        yy += 13
    for ln in org.sub_lines:
        p.text(margin, yy, ln, ital, 8.5)
        yy += 11
    ya = y
    for ln in org.addr_lines:
        p.text(W - margin, ya, ln, reg, 8, align="r", color=GREY)
        ya += 10
    y = max(yy, ya) + 2
    p.line(margin, y, W - margin, y, 0.4)
    return y + 22


HEAD_STYLES = ["center_double", "left_bar", "right_block", "band", "boxed", "minimal"]

KPU_PROV = Org(
    ["KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
    ["Jl. Kapten A. Rivai No. 95 Palembang 30129", "Telp. (0711) 350 445  Laman: sumsel.kpu.go.id"],
    logo="star",
)
KI_ORG = Org(
    ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"],
    [
        "Jl. Kapten A. Rivai No. 3 Palembang 30129",
        "Telp. (0711) 312 608  Email: kip@sumselprov.go.id",
    ],
    logo="book",
)
KI_COMMISSIONERS = [
    "Hendri Datuak, M.H.",
    "Dr. Rahmawati Syarif, S.H., M.H.",
    "Ir. Syahrial Effendi, M.M.",
    "Muhammad Fikri, S.IP., M.Si.",
    "Dra. Nurhayati Ismail",
    "Abdul Karim Lubis, S.H.",
]


def addressee(fl: Flow, r: R, style: int | None = None, target: str = "ppid") -> None:
    style = r.randrange(5) if style is None else style
    if target == "ppid":
        who = r.pick(
            [
                "Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
                "PPID KPU Provinsi Sumatera Selatan",
                "Ketua KPU Provinsi Sumatera Selatan",
                "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            ]
        )
    elif target == "atasan":
        who = r.pick(
            [
                "Atasan PPID KPU Provinsi Sumatera Selatan",
                "Sekretaris KPU Provinsi Sumatera Selatan selaku Atasan PPID",
                "Ketua KPU Provinsi Sumatera Selatan",
            ]
        )
    else:
        who = target
    if style == 0:
        fl.para("Kepada")
        fl.para(f"Yth. {who}")
        if "Komisi" not in who and "KPU" not in who:
            fl.para("Komisi Pemilihan Umum Provinsi Sumatera Selatan")
        fl.para("di -")
        fl.para("Palembang", indent=20)
    elif style == 1:
        fl.para(f"Yth. {who}")
        fl.para("Jl. Kapten A. Rivai No. 95 Palembang")
    elif style == 2:
        fl.para("Kepada Yth.:")
        fl.para(who)
        fl.para("di Tempat")
    elif style == 3:
        fl.para("Yth.")
        fl.para(who)
        fl.para("di")
        fl.para("Palembang", indent=20)
    else:
        fl.para(f"Kepada Yth. {who}")
        fl.para("Jalan Kapten A. Rivai Nomor 95, Palembang 30129")
    fl.gap(fl.lead * 0.6)


def sign_block(
    fl: Flow,
    r: R,
    name: str,
    x: float,
    before: list[str] | None = None,
    after: list[str] | None = None,
    hand: bool = False,
    stamp: tuple[str, str] | None = None,
    sig: bool = True,
    font: str | None = None,
    size: float | None = None,
    underline: bool = False,
    paren: bool = False,
) -> None:
    font = font or fl.font
    size = size or fl.size
    lead = fl.lead
    before = before or []
    after = after or []
    fl.need(lead * (len(before) + len(after) + 1) + 46)
    widest = max(tw(t, font, size) for t in [*before, *after, f"( {name} )" if paren else name])
    x = max(fl.x, min(x, fl.x + fl.w - widest))
    p = fl.page
    for ln in before:
        p.text(x, fl.y, ln, font, size)
        fl.y += lead
    if sig:
        signature(p, x + 4, fl.y + 2, r, w=r.uniform(55, 85), h=r.uniform(18, 28))
    if stamp:
        round_stamp(p, x - 6, fl.y + 14, stamp[0], stamp[1], r)
    fl.y += 38
    shown = f"( {name} )" if paren else name
    if hand:
        p.hand(x, fl.y, shown, r, size=size + 3)
    else:
        bf = font if not underline else FAMILIES.get(font.split("-")[0], (font, font, font))[1]
        w = p.text(x, fl.y, shown, bf, size)
        if underline:
            p.line(x, fl.y + 2, x + w, fl.y + 2, 0.6)
    fl.y += lead
    for ln in after:
        p.text(x, fl.y, ln, font, size - 0.5)
        fl.y += lead


def received_date(r: R, d: date) -> date:
    return add_workdays(d, r.randint(1, 6))


def page_number_header(font: str, size: float = 9):
    def f(p: Page, n: int) -> float:
        p.text(p.w / 2, 40, f"- {n} -", font, size, align="c")
        return 70.0

    return f


def ktp_page(r: R, person: Person, header: str | None = None) -> Page:
    """A photocopied KTP-el (with its NIK) on an A4 page."""
    p = Page()
    p.raster = True
    p.photocopy = True
    if header is None:
        header = r.pick(
            [
                "Lampiran: Fotokopi KTP Pemohon",
                "Fotokopi KTP-el",
                "Lampiran",
                "Fotokopi Kartu Tanda Penduduk",
                "",
            ]
        )
    if header:
        p.text(72, 72, header, "helv-b", 11)
    x0 = r.uniform(110, 140)
    y0 = r.uniform(150, 200)
    W, H = 350, 222
    p.rect(x0, y0, W, H, lw=1.0, fill=(236, 240, 246))
    kind, rname = person.addr_parts["region_kind"], person.addr_parts["region_name"]
    p.text(x0 + W / 2, y0 + 18, "PROVINSI SUMATERA SELATAN", "helv-b", 10, align="c")
    p.text(x0 + W / 2, y0 + 31, f"{kind.upper()} {rname.upper()}", "helv-b", 10, align="c")
    p.text(x0 + 12, y0 + 52, "NIK", "helv-b", 11.5)
    p.text(x0 + 70, y0 + 52, ":", "helv-b", 11.5, cont=True)
    p.text(x0 + 78, y0 + 52, person.nik, "helv-b", 12, cont=True)
    ap = person.addr_parts
    rows = [
        ("Nama", person.ktp_name),
        (
            "Tempat/Tgl Lahir",
            f"{person.birthplace}, {person.birth.day:02d}-{person.birth.month:02d}-{person.birth.year}",
        ),
        ("Jenis Kelamin", "LAKI-LAKI" if person.sex == "M" else "PEREMPUAN"),
        ("Alamat", f"{'JL. ' + ap['street'].upper() if ap['street'] else ''} NO. {ap['no']}"),
        ("RT/RW", f"{ap['rt']:03d}/{ap['rw']:03d}"),
        ("Kel/Desa", ap["kel"].upper()),
        ("Kecamatan", ap["kec"].upper()),
        ("Agama", person.religion),
        ("Status Perkawinan", person.marital),
        ("Pekerjaan", person.occupation.upper()),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    yy = y0 + 68
    for lab, val in rows:
        p.text(x0 + 12, yy, lab, "helv", 7.6)
        p.text(x0 + 88, yy, ":", "helv", 7.6, cont=True)
        p.text(x0 + 94, yy, val[:40], "helv", 7.6, cont=True)
        yy += 11.2
    p.rect(x0 + W - 88, y0 + 44, 70, 88, lw=0.5, fill=(150, 160, 175))
    p.circle(x0 + W - 53, y0 + 75, 16, lw=0, stroke=None, fill=(95, 100, 110))
    p.rect(x0 + W - 78, y0 + 96, 50, 36, lw=0, stroke=None, fill=(95, 100, 110))
    issue = date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
    p.text(x0 + W - 53, y0 + 146, ap["town"].upper(), "helv", 7.2, align="c")
    p.text(
        x0 + W - 53,
        y0 + 156,
        f"{issue.day:02d}-{issue.month:02d}-{issue.year}",
        "helv",
        7.2,
        align="c",
    )
    signature(p, x0 + W - 80, y0 + 164, r, w=52, h=16, color=BLACK_INKS[0])
    if r.chance(0.5):
        p.rect(x0, y0 + H + 24, W, H, lw=1.0, fill=(236, 240, 246))
        p.line(x0 + 20, y0 + H + 24 + H / 2, x0 + W - 20, y0 + H + 24 + H / 2, 0.4, GREY)
    return p


# --------------------------------------------------------------------------------------------
# rendering: born-digital PDF (reportlab) and page images (Pillow)
# --------------------------------------------------------------------------------------------
def _rgb01(c):
    return (c[0] / 255.0, c[1] / 255.0, c[2] / 255.0)


def draw_pdf_page(c: canvas.Canvas, p: Page) -> None:
    H = p.h
    c.setLineCap(1)
    c.setLineJoin(1)
    for op in p.ops:
        k = op[0]
        if k == "T":
            _, x, y, s, font, size, color = op
            c.setFont(pdf_font(font), size)
            c.setFillColorRGB(*_rgb01(color))
            c.drawString(x, H - y, s)
        elif k == "L":
            _, x1, y1, x2, y2, lw, color, dash = op
            c.setStrokeColorRGB(*_rgb01(color))
            c.setLineWidth(lw)
            c.setDash(dash or [])
            c.line(x1, H - y1, x2, H - y2)
            c.setDash([])
        elif k == "R":
            _, x, y, w, h, lw, stroke, fill = op
            if fill is not None:
                c.setFillColorRGB(*_rgb01(fill))
            if stroke is not None and lw > 0:
                c.setStrokeColorRGB(*_rgb01(stroke))
                c.setLineWidth(lw)
            c.rect(
                x,
                H - y - h,
                w,
                h,
                stroke=1 if (stroke is not None and lw > 0) else 0,
                fill=1 if fill is not None else 0,
            )
        elif k == "C":
            _, cx, cy, rad, lw, stroke, fill = op
            if fill is not None:
                c.setFillColorRGB(*_rgb01(fill))
            if stroke is not None and lw > 0:
                c.setStrokeColorRGB(*_rgb01(stroke))
                c.setLineWidth(lw)
            c.circle(
                cx,
                H - cy,
                rad,
                stroke=1 if (stroke is not None and lw > 0) else 0,
                fill=1 if fill is not None else 0,
            )
        elif k == "P":
            _, pts, lw, color, closed, fill = op
            path = c.beginPath()
            path.moveTo(pts[0][0], H - pts[0][1])
            for x, y in pts[1:]:
                path.lineTo(x, H - y)
            if closed:
                path.close()
            c.setStrokeColorRGB(*_rgb01(color))
            c.setLineWidth(lw)
            if fill is not None:
                c.setFillColorRGB(*_rgb01(fill))
            c.drawPath(path, stroke=1 if lw > 0 else 0, fill=1 if fill is not None else 0)
        elif k == "H":
            raise ValueError("hand-written text in a born-digital page")


def _col(c, color_mode: bool):
    if c is None:
        return None
    if color_mode:
        return tuple(int(v) for v in c)
    return int(0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2])


def render_image(p: Page, dpi: int, color: bool, paper=(255, 255, 255)) -> Image.Image:
    s = dpi / 72.0
    W, H = round(p.w * s), round(p.h * s)
    im = Image.new("RGB" if color else "L", (W, H), _col(paper, color))
    d = ImageDraw.Draw(im)
    for op in p.ops:
        k = op[0]
        if k == "T":
            _, x, y, txt, font, size, c = op
            d.text(
                (x * s, y * s),
                txt,
                font=pil_font(font, round(size * s * 10)),
                fill=_col(c, color),
                anchor="ls",
            )
        elif k == "H":
            _, x, y, txt, font, size, c, slope, jit = op
            cx = x
            for word, (dx, dy, sc) in zip(txt.split(" "), jit, strict=True):
                px10 = round(size * sc * s * 10)
                f = pil_font(font, px10)
                yy = y + slope * (cx - x) + dy
                d.text(((cx + dx) * s, yy * s), word, font=f, fill=_col(c, color), anchor="ls")
                cx += f.getlength(word + " ") / s
        elif k == "L":
            _, x1, y1, x2, y2, lw, c, dash = op
            wpx = max(1, round(lw * s))
            if dash:
                on, off = dash[0], dash[1] if len(dash) > 1 else dash[0]
                L = math.hypot(x2 - x1, y2 - y1)
                if L == 0:
                    continue
                ux, uy = (x2 - x1) / L, (y2 - y1) / L
                t = 0.0
                while t < L:
                    e = min(L, t + on)
                    d.line(
                        [
                            ((x1 + ux * t) * s, (y1 + uy * t) * s),
                            ((x1 + ux * e) * s, (y1 + uy * e) * s),
                        ],
                        fill=_col(c, color),
                        width=wpx,
                    )
                    t = e + off
            else:
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=_col(c, color), width=wpx)
        elif k == "R":
            _, x, y, w, h, lw, stroke, fill = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            if fill is not None:
                d.rectangle(box, fill=_col(fill, color))
            if stroke is not None and lw > 0:
                d.rectangle(box, outline=_col(stroke, color), width=max(1, round(lw * s)))
        elif k == "C":
            _, cx, cy, rad, lw, stroke, fill = op
            box = [(cx - rad) * s, (cy - rad) * s, (cx + rad) * s, (cy + rad) * s]
            d.ellipse(
                box,
                fill=_col(fill, color) if fill is not None else None,
                outline=_col(stroke, color) if (stroke is not None and lw > 0) else None,
                width=max(1, round(lw * s)),
            )
        elif k == "P":
            _, pts, lw, c, closed, fill = op
            spts = [(x * s, y * s) for x, y in pts]
            if fill is not None:
                d.polygon(spts, fill=_col(fill, color), outline=_col(c, color))
            else:
                if closed:
                    spts.append(spts[0])
                d.line(spts, fill=_col(c, color), width=max(1, round(lw * s)), joint="curve")
    return im


def _multiply_layer(base: Image.Image, layer: Image.Image, x: int, y: int) -> None:
    """Multiply an RGB layer (white = transparent) onto base at (x, y)."""
    if base.mode != "RGB":
        layer = layer.convert("L")
    W, H = base.size
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(W, x + layer.width), min(H, y + layer.height)
    if x1 <= x0 or y1 <= y0:
        return
    lay = layer.crop((x0 - x, y0 - y, x1 - x, y1 - y))
    reg = base.crop((x0, y0, x1, y1))
    base.paste(ImageChops.multiply(reg, lay), (x0, y0))


def _stamp_round(s: float, rad: float, top: str, bottom: str, ink, angle: float) -> Image.Image:
    R_ = int(rad * s)
    size = 2 * R_ + 8
    lay = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(lay)
    c = size / 2
    d.ellipse([c - R_, c - R_, c + R_, c + R_], outline=ink, width=max(2, int(2.2 * s)))
    r2 = R_ * 0.66
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=ink, width=max(1, int(1.0 * s)))
    f = pil_font("helv-b", round(rad * 0.2 * s * 10))
    for txt, start, sign in ((top, -math.pi, 1), (bottom, math.pi * 0.82, -1)):
        if not txt:
            continue
        span = math.pi * (0.92 if sign > 0 else 0.64)
        n = len(txt)
        for i, ch in enumerate(txt):
            a = start + sign * span * (i + 0.5) / n + (0.04 if sign > 0 else 0)
            rr = R_ * 0.83
            px, py = c + rr * math.cos(a), c + rr * math.sin(a)
            g = Image.new("L", (int(rad * 0.35 * s) + 4, int(rad * 0.35 * s) + 4), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
            rot = -math.degrees(a) - 90 if sign > 0 else -math.degrees(a) + 90
            g = g.rotate(rot, resample=Image.BILINEAR)
            lay.paste(
                Image.new("RGB", g.size, ink), (int(px - g.width / 2), int(py - g.height / 2)), g
            )
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r2 * (0.6 if i % 2 == 0 else 0.25)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=ink)
    lay = lay.rotate(angle, resample=Image.BILINEAR, fillcolor=(255, 255, 255))
    return Image.blend(Image.new("RGB", lay.size, (255, 255, 255)), lay, 0.82)


def _stamp_received(s: float, lines: list[str], ink, angle: float) -> Image.Image:
    f1 = pil_font("helv-b", round(12 * s * 10))
    f2 = pil_font("helv", round(8.2 * s * 10))
    w = int(150 * s)
    h = int((26 + 11 * (len(lines) - 1)) * s)
    lay = Image.new("RGB", (w + 10, h + 10), (255, 255, 255))
    d = ImageDraw.Draw(lay)
    d.rectangle([4, 4, w, h], outline=ink, width=max(2, int(1.6 * s)))
    d.text((w / 2 + 2, 17 * s), lines[0], font=f1, fill=ink, anchor="ms")
    y = 29 * s
    for ln in lines[1:]:
        d.text((9 * s, y), ln, font=f2, fill=ink, anchor="ls")
        y += 11 * s
    lay = lay.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=(255, 255, 255))
    return Image.blend(Image.new("RGB", lay.size, (255, 255, 255)), lay, 0.85)


def _meterai(s: float) -> Image.Image:
    w, h = int(62 * s), int(36 * s)
    lay = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(lay)
    d.rectangle(
        [0, 0, w - 1, h - 1], fill=(214, 196, 222), outline=(150, 90, 150), width=max(1, int(s))
    )
    for i in range(0, w, max(2, int(3 * s))):
        d.line([(i, 0), (i + h, h)], fill=(190, 160, 200), width=1)
    d.text(
        (w / 2, h * 0.42),
        "METERAI",
        font=pil_font("helv-b", round(7 * s * 10)),
        fill=(110, 50, 110),
        anchor="mm",
    )
    d.text(
        (w / 2, h * 0.75),
        "10000",
        font=pil_font("helv-b", round(9 * s * 10)),
        fill=(110, 50, 110),
        anchor="mm",
    )
    return lay


def draw_deco(im: Image.Image, p: Page, dpi: int) -> None:
    s = dpi / 72.0
    for dec in p.deco:
        k = dec[0]
        if k == "round":
            _, cx, cy, rad, top, bottom, ink, ang = dec
            lay = _stamp_round(s, rad, top, bottom, ink, ang)
            _multiply_layer(im, lay, int(cx * s - lay.width / 2), int(cy * s - lay.height / 2))
        elif k == "meterai":
            _, x, y = dec
            _multiply_layer(im, _meterai(s), int(x * s), int(y * s))
        elif k == "note":
            _, x, y, txt, ink, ang = dec
            f = pil_font("hand", round(13 * s * 10))
            g = Image.new("RGB", (int(f.getlength(txt)) + 20, int(24 * s)), (255, 255, 255))
            ImageDraw.Draw(g).text((10, int(17 * s)), txt, font=f, fill=ink, anchor="ls")
            g = g.rotate(ang, resample=Image.BILINEAR, expand=True, fillcolor=(255, 255, 255))
            _multiply_layer(im, g, int(x * s), int(y * s))


def place_received(im: Image.Image, dpi: int, lines: list[str], ink, r: R) -> list[int]:
    s = dpi / 72.0
    lay = _stamp_received(s, lines, ink, r.uniform(-6, 6))
    W, H = im.size
    m = int(24 * s)
    xs = [m, (W - lay.width) // 2, W - lay.width - m]
    ys = [m + (H - 2 * m - lay.height) * k // 7 for k in range(8)]
    cands = [(x, y) for y in ys for x in xs]
    small = im.convert("L").resize((W // 8, H // 8), Image.BILINEAR)
    ink = 255.0 - np.asarray(small, dtype=np.float32)

    def density(c):
        x0, y0 = c[0] // 8, c[1] // 8
        return float(ink[y0 : y0 + lay.height // 8, x0 : x0 + lay.width // 8].mean())

    best = min(cands, key=lambda c: density(c) + r.uniform(0, 1.5) + (0 if c[1] < H // 3 else 0.8))
    _multiply_layer(im, lay, best[0], best[1])
    return [best[0], best[1], best[0] + lay.width, best[1] + lay.height]


def degrade(
    im: Image.Image,
    r: R,
    nr: np.random.Generator,
    dpi: int,
    paper,
    photocopy: bool,
    level_p: float = 0.5,
) -> tuple[Image.Image, dict]:
    color = im.mode == "RGB"
    skew = round(r.uniform(-2.0, 2.0), 2)
    blur = round(r.uniform(0.25, 0.95) * dpi / 200, 2)
    sigma = round(r.uniform(2.5, 9.0), 1)
    faded = r.chance(0.15)
    im = im.rotate(skew, resample=Image.BILINEAR, fillcolor=_col(paper, color))
    if blur > 0.3:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im, dtype=np.float32)
    H, W = a.shape[:2]
    gx = np.linspace(r.uniform(0.9, 1.0), r.uniform(0.96, 1.0), W, dtype=np.float32)
    gy = np.linspace(r.uniform(0.93, 1.0), r.uniform(0.9, 1.0), H, dtype=np.float32)
    illum = gy[:, None] * gx[None, :]
    noise = nr.standard_normal((H, W), dtype=np.float32) * sigma
    if photocopy:
        a = a * 0.86 + 8
        noise *= 1.5
    if faded:
        a = 255.0 - (255.0 - a) * 0.62
    a = a * illum[:, :, None] + noise[:, :, None] if color else a * illum + noise
    auto_level = r.chance(level_p)
    if auto_level:  # the scanner's white point: paper becomes flat white, noise stays in the print
        paper_l = float(np.mean(_col(paper, True))) * (0.86 if photocopy else 1.0)
        white = max(120.0, min(245.0, paper_l * float(illum.min()) - 2.6 * sigma))
        a = a * (255.0 / white)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB" if color else "L")
    return im, {
        "skew_deg": skew,
        "blur_px": blur,
        "noise_sigma": sigma,
        "faded": faded,
        "auto_level": auto_level,
    }


# --------------------------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------------------------
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
CODED = {"obtain_method", "delivery_method", "objection_reason_code", "letter_date"}
OBTAIN_VALUES = {"melihat", "salinan", "salinan_hardcopy", "salinan_softcopy"}
DELIVERY_VALUES = {"mengambil_langsung", "kurir", "pos", "faksimili", "email"}


@dataclass
class Letter:
    cls: str
    pages: list[Page]
    fields: dict
    handwritten: bool = False


@dataclass
class Ctx:
    r: R
    digital: bool
    hand: bool

    def fam(self, prefer: list[str] | None = None) -> str:
        pool = PDF_FAMILIES if self.digital else SCAN_FAMILIES
        if prefer:
            ok = [f for f in prefer if f in pool]
            if ok:
                return self.r.pick(ok)
        return self.r.pick(pool)

    def ink(self):
        return self.r.pick(BLUE_INKS) if self.r.chance(0.75) else self.r.pick(BLACK_INKS)


@dataclass
class Spec:
    cls: str
    build: object
    hand_p: float = 0.0


def blank_fields() -> dict:
    return dict.fromkeys(FIELD_KEYS)


def person_fields(
    f: dict, p: Person, *, nik=True, address=True, phone=True, email=False, occupation=True
) -> None:
    f["applicant_name"] = p.name
    f["nik"] = p.nik if nik else None
    f["address"] = p.address if address else None
    f["phone"] = p.phone if phone else None
    f["email"] = p.email if email else None
    f["occupation"] = p.occupation if occupation else None


def lc_first(s: str) -> str:
    """Lower-case the first letter of a phrase used inside a sentence (keep acronyms)."""
    if len(s) > 1 and s[1].isupper():
        return s
    return s[:1].lower() + s[1:]


def items_for(r: R, k: int | None = None, pool=None) -> list[str]:
    pool = pool or INFO_ITEMS
    k = k or r.wpick([(1, 4), (2, 4), (3, 2)])
    return r.some(pool, k)


def nomor_rows(
    fl: Flow,
    rows: list[tuple[str, str]],
    xc: float,
    date_str: str | None = None,
    font=None,
    size=None,
) -> None:
    """Nomor / Sifat / Lampiran / Hal rows; date_str (right-aligned) on the first row's baseline."""
    font = font or fl.font
    size = size or fl.size
    fl.need(fl.lead * (len(rows) + 1))
    idx = len(fl.page.lines)
    y0 = fl.y
    for lab, val in rows:
        fl.kv(lab, val, xc, font=font, size=size)
    if date_str:
        fl.page.text(fl.x + fl.w, y0, date_str, font, size, align="r")
        last = fl.page.lines.pop()
        fl.page.lines[idx].extend(last)


# ---------------------------------------------------------------------------- P01 raw e-mail source
def _b64(r: R, n: int) -> str:
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(al[r.randrange(64)] for _ in range(n))


def _hex(r: R, n: int) -> str:
    return "".join("0123456789abcdef"[r.randrange(16)] for _ in range(n))


def _plain_wrap(s: str, width: int = 72) -> list[str]:
    out: list[str] = []
    for para in s.split("\n"):
        if not para:
            out.append("")
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return out


def build_P01(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d = rand_date(r)
    hour, minute, sec = r.randint(7, 22), r.randint(0, 59), r.randint(0, 59)
    items = items_for(r)
    purpose = r.pick(PURPOSES)
    obtain = r.pick(
        ["salinan_softcopy", "salinan_softcopy", "salinan", "salinan_hardcopy", "melihat"]
    )
    delivery = {"salinan_softcopy": "email"}.get(obtain, pick_delivery(r, obtain))
    subj = r.pick(
        [
            "Permohonan Informasi Publik",
            "Permohonan Data",
            "Permohonan Informasi - " + " ".join(items[0].split()[:5]),
            "Permintaan Informasi Publik",
            "[Permohonan] Data Pemilu",
        ]
    ).strip()
    to_addr = r.pick(["ppid@sumsel.kpu.go.id", "ppid.kpusumsel@gmail.com"])
    labelled = r.chance(0.5)
    lines = [
        r.pick(
            [
                "Yth. PPID KPU Provinsi Sumatera Selatan,",
                "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
                "Selamat pagi Bapak/Ibu PPID,",
            ]
        ),
        "",
        "Dengan hormat,",
    ]
    if labelled:
        lines += [
            "Saya yang bertanda tangan di bawah ini:",
            f"Nama      : {per.name}",
            f"NIK       : {per.nik}",
            f"Pekerjaan : {per.occupation}",
            f"Alamat    : {per.address}",
            f"No. HP    : {per.phone}",
            "",
        ]
        f_occ = True
    else:
        f_occ = r.chance(0.5)
        occ = f", pekerjaan {per.occupation}" if f_occ else ""
        lines += [
            f"Perkenalkan, saya {per.name} (NIK {per.nik}){occ}, beralamat di {per.address}, nomor telepon {per.phone}.",
            "",
        ]
    lines.append(
        "Dengan ini mengajukan permohonan informasi publik berupa:"
        if labelled
        else "Melalui surel ini saya mengajukan permohonan informasi publik sebagai berikut:"
    )
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. {it}{';' if i < len(items) else '.'}")
    lines += ["", f"Informasi tersebut akan saya gunakan untuk {lc_first(purpose)}."]
    ob = r.pick(OBTAIN_WORDS[obtain])
    if delivery == "email":
        lines.append(f"Saya mohon informasi tersebut {ob} dan dikirimkan ke alamat surel ini.")
    elif delivery:
        lines.append(f"Saya mohon informasi tersebut {ob} dan {r.pick(DELIVERY_WORDS[delivery])}.")
    else:
        lines.append(f"Saya mohon informasi tersebut {ob}.")
    lines += [
        "",
        "Terima kasih atas perhatian Bapak/Ibu.",
        "",
        r.pick(["Salam,", "Hormat saya,", "Wassalam,"]),
        per.name,
    ]
    if r.chance(0.4):
        lines += ["--", f"{per.name} | {per.phone}"]
    body = _plain_wrap("\n".join(lines), 72)
    msgid = f"<CA{_b64(r, 10)}+{_b64(r, 24)}@mail.gmail.com>"
    boundary = "0000000000" + _hex(r, 12)
    date_hdr = f"{DAYS_EN3[d.weekday()]}, {d.day} {MON_EN3[d.month - 1]} {d.year} {hour:02d}:{minute:02d}:{sec:02d} +0700"
    utc_h = hour - 15  # PST = WIB - 15 h
    rd = d if utc_h >= 0 else d - timedelta(days=1)
    recv = f"{DAYS_EN3[rd.weekday()]}, {rd.day} {MON_EN3[rd.month - 1]} {rd.year} {utc_h % 24:02d}:{minute:02d}:{(sec + 2) % 60:02d} -0800 (PST)"
    raw = [
        f"Delivered-To: {to_addr}",
        f"Received: by 2002:a05:{_hex(r, 4)}:{_hex(r, 3)}:b0:{_hex(r, 4)}:{_hex(r, 4)} with SMTP id {_b64(r, 12)};",
        f"        {recv}",
        f"X-Google-Smtp-Source: AGHT+I{_b64(r, 60)}",
        f"X-Received: by 2002:a17:90b:{_hex(r, 4)} with SMTP id {_b64(r, 14)};",
        f"        {recv}",
        "ARC-Seal: i=1; a=rsa-sha256; t=17"
        + "".join(str(r.randint(0, 9)) for _ in range(8))
        + "; cv=none;",
        "        d=google.com; s=arc-20240605;",
        f"        b={_b64(r, 70)}",
        f"         {_b64(r, 70)}==",
        f"Return-Path: <{per.email}>",
        f"Received-SPF: pass (google.com: domain of {per.email.split('@')[1]} designates 209.85.220.{r.randint(10, 90)} as permitted sender)",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
        f"        d={per.email.split('@')[1]}; s=20230601; t=17{r.randint(60000000, 99999999)}; x=17{r.randint(60000000, 99999999)};",
        "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject",
        "         :date:message-id:reply-to;",
        f"        bh={_b64(r, 43)}=;",
        f"        b={_b64(r, 70)}",
        "MIME-Version: 1.0",
        f"From: {per.ktp_name.title()} <{per.email}>",
        f"Date: {date_hdr}",
        f"Message-ID: {msgid}",
        f"Subject: {subj}",
        f"To: {to_addr}",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="UTF-8"',
        "",
    ]
    html = [
        f"--{boundary}",
        'Content-Type: text/html; charset="UTF-8"',
        "",
        f'<div dir="ltr">{lines[0]}<br><br>Dengan hormat,<br>' + "...</div>",
        "",
        f"--{boundary}--",
    ]
    pages = [Page()]
    mono = "cour" if r.chance(0.6) else "dvmono"
    msz = 8.4 if mono == "cour" else 7.6
    print_d = received_date(r, d)
    ph, pm = r.randint(8, 15), r.randint(0, 59)

    def chrome(p: Page, n: int) -> float:
        p.text(
            28,
            22,
            f"{print_d.month}/{print_d.day}/{print_d.year % 100}, {ph % 12 or 12}:{pm:02d} {'AM' if ph < 12 else 'PM'}",
            "helv",
            7.5,
        )
        p.text(p.w / 2, 22, f"Gmail - {subj}", "helv", 7.5, align="c")
        p.text(
            28,
            p.h - 16,
            f"https://mail.google.com/mail/u/0/?ik={_hex(r, 10)}&view=om&permmsgid=msg-f:18{r.randint(10**15, 10**16 - 1)}",
            "helv",
            7.5,
        )
        p.text(p.w - 28, p.h - 16, f"{n}/2", "helv", 7.5, align="r")
        return 48.0

    fl = Flow(
        pages,
        40,
        A4W - 80,
        chrome(pages[0], 1),
        A4H - 40,
        mono,
        msz,
        msz * 1.28,
        on_new_page=chrome,
    )
    p = pages[0]
    p.rect(40, fl.y - 4, 30, 22, lw=0, stroke=None, fill=(234, 67, 53))
    p.text(78, fl.y + 12, "Gmail", "helv", 15, color=(95, 99, 104))
    fl.gap(34)
    p.text(40, fl.y, "Pesan Asli", "helv", 14)
    fl.gap(22)
    created = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} pukul {hour:02d}.{minute:02d} (Dikirim setelah {r.randint(1, 4)} detik)"
    meta = [
        ("ID Pesan", msgid),
        ("Dibuat pada:", created),
        ("Dari:", f"{per.ktp_name.title()} <{per.email}>"),
        ("Kepada:", to_addr),
        ("Subjek:", subj),
        ("SPF:", f"PASS dengan IP 209.85.220.{r.randint(10, 90)} Pelajari lebih lanjut"),
        ("DKIM:", f"'PASS' dengan domain {per.email.split('@')[1]} Pelajari lebih lanjut"),
        ("DMARC:", "'PASS' Pelajari lebih lanjut"),
    ]
    y0 = fl.y
    for lab, val in meta:
        fl.kv(lab, val, 150, xv=150, font="helv", size=8.8, lead=14, colon="")
    p.rect(36, y0 - 12, A4W - 72, fl.y - y0 + 6, lw=0.5, stroke=LIGHT)
    fl.gap(6)
    p.text(40, fl.y + 2, "Download Asli", "helv", 8.5, color=(26, 115, 232))
    p.text(130, fl.y + 2, "Salin ke papan klip", "helv", 8.5, color=(26, 115, 232), cont=True)
    fl.gap(18)
    for ln in raw + body + [""] + html:
        if ln:
            fl.need(fl.lead)
            fl.page.text(40, fl.y, ln, mono, msz)
        fl.y += fl.lead
    person_fields(f, per, occupation=f_occ)
    f["email"] = per.email
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P02 bilingual institute
INSTITUTES = [
    (
        ["PUSAT STUDI PEMILU DAN DEMOKRASI ASIA TENGGARA"],
        "Southeast Asia Centre for Election and Democracy Studies",
        "PSPD",
        "psepd.or.id",
    ),
    (
        ["LEMBAGA RISET TATA KELOLA DAN INTEGRITAS PEMILU"],
        "Institute for Electoral Governance and Integrity Research",
        "LRTKIP",
        "lrtkip.org",
    ),
    (
        ["INSTITUT KAJIAN KEBIJAKAN PUBLIK NUSANTARA"],
        "Nusantara Public Policy Research Institute",
        "IKKPN",
        "ikkpn.id",
    ),
    (
        ["YAYASAN RISET SOSIAL DAN DEMOKRASI SRIWIJAYA"],
        "Sriwijaya Foundation for Social and Democracy Research",
        "YRSDS",
        "yrsds.or.id",
    ),
]


def build_P02(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    names, en, abbr, dom = r.pick(INSTITUTES)
    per = make_person(r, occupation="Peneliti", degree_p=0.7)
    per.email = f"{per.ktp_name.split()[0].lower()}.{per.ktp_name.split()[-1].lower()}@{dom}"
    d = rand_date(r)
    fam = c.fam(["helv", "dvs", "times", "p052", "goth"])
    reg, bold, ital = FAMILIES[fam]
    org = Org(
        names,
        [
            f"Jl. {r.pick(REGIONS['1671'][5])} No. {r.randint(2, 120)}, Palembang 301{r.randint(10, 99)}",
            f"Telp. {make_landline(r)}  |  www.{dom}  |  info@{dom}",
        ],
        sub_lines=[en],
        logo=r.pick(["ring", "book", "shield"]),
    )
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, org, r.pick(["left_bar", "right_block", "minimal", "band"]), fam, r)
    num = f"{r.randint(1, 99):03d}/{abbr}-PLM/{ROMAN[d.month - 1]}/{d.year}"
    subj = r.pick(
        [
            "Permohonan Informasi Publik / Request for Public Information",
            "Permohonan Data Penelitian / Request for Research Data",
        ]
    )
    fl = Flow(pages, 60, A4W - 120, y, A4H - 70, reg, 10, 13.2, on_new_page=page_number_header(reg))
    fl.page.text(
        A4W - 60, fl.y, f"Palembang, {fdate(d, 'long')} / {fdate(d, 'en')}", reg, 10, align="r"
    )
    fl.gap(20)
    fl.kv("Nomor / Ref. No.", num, 185, font=reg, size=10)
    fl.kv("Lampiran / Attachment", "1 (satu) berkas / 1 (one) file", 185, font=reg, size=10)
    fl.kv("Perihal / Subject", subj, 185, font=reg, size=10)
    fl.gap(8)
    addressee(fl, r, style=r.pick([1, 2, 4]))
    colw = (fl.w - 16) / 2

    def pair(idn: str, eng: str) -> None:
        fl.need(fl.lead * 2)
        y0 = fl.y
        y1 = draw_para(fl.page, fl.x, y0, colw, idn, reg, 9.6, 12.4, align="j")
        y2 = draw_para(
            fl.page, fl.x + colw + 16, y0, colw, eng, ital, 9.6, 12.4, align="l", color=(60, 60, 60)
        )
        fl.y = max(y1, y2) + 5

    pair("Dengan hormat,", "Dear Sir/Madam,")
    pair(
        f"{names[0].title().replace('Dan', 'dan')} ({abbr}) adalah lembaga riset independen yang melakukan kajian kepemiluan dengan dukungan hibah mitra pembangunan internasional. Bersama ini peneliti kami mengajukan permohonan informasi publik berdasarkan Undang-Undang Nomor 14 Tahun 2008.",
        f"The {en} ({abbr}) is an independent research institute supported by an international development partner grant. Our researcher hereby submits a request for public information under Law No. 14 of 2008.",
    )
    fl.gap(2)
    rows = [
        ("Nama / Name", per.name),
        ("NIK / ID Number", per.nik),
        ("Pekerjaan / Occupation", per.occupation),
        (
            "Jabatan / Position",
            r.pick(
                [
                    "Peneliti Utama / Principal Investigator",
                    "Peneliti / Research Fellow",
                    "Koordinator Riset / Research Coordinator",
                ]
            ),
        ),
        ("Alamat / Address", per.address),
        ("Telepon / Phone", per.phone),
        ("Surel / E-mail", per.email),
    ]
    fl.need(14 * 9)
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [150, fl.w - 150],
            [[a, b] for a, b in rows],
            reg,
            9.4,
            12,
            pad=3.5,
            header_fill=None,
            stripe=(243, 243, 243) if r.chance(0.5) else None,
        )
        + 12
    )
    items = items_for(r)
    fl.para("Informasi yang dimohon / Information requested:", bold, 10)
    for i, it in enumerate(items, 1):
        fl.item(f"{i}.", it, font=reg, size=9.8, lead=12.6)
    fl.gap(6)
    purpose = r.pick(RESEARCH_PURPOSES)
    obtain = r.pick(["salinan_softcopy", "salinan_softcopy", "salinan", "salinan_hardcopy"])
    delivery = (
        "email"
        if obtain == "salinan_softcopy"
        else r.pick(["mengambil_langsung", "kurir", "pos", None])
    )
    pair(
        f"Informasi tersebut akan digunakan sebagai {lc_first(purpose)}.",
        f"The information will be used for: {RESEARCH_PURPOSES_EN[purpose].lower()}.",
    )
    ob_id = {
        "salinan_softcopy": "salinan elektronik (softcopy)",
        "salinan": "salinan dokumen",
        "salinan_hardcopy": "salinan tercetak (hardcopy)",
    }[obtain]
    ob_en = {
        "salinan_softcopy": "an electronic copy (softcopy)",
        "salinan": "a copy of the documents",
        "salinan_hardcopy": "a printed copy (hardcopy)",
    }[obtain]
    dl_id = {
        "email": "dikirim melalui surel ke alamat di atas",
        "mengambil_langsung": "akan kami ambil langsung di kantor PPID",
        "kurir": "dikirim melalui jasa kurir ke alamat kantor kami",
        "pos": "dikirim melalui pos ke alamat kantor kami",
        None: "",
    }[delivery]
    dl_en = {
        "email": "sent by e-mail to the address above",
        "mengambil_langsung": "collected in person at the PPID office",
        "kurir": "sent by courier to our office",
        "pos": "sent by post to our office",
        None: "",
    }[delivery]
    pair(
        f"Kami mohon informasi diberikan dalam bentuk {ob_id}"
        + (f" dan {dl_id}." if dl_id else "."),
        f"We kindly request {ob_en}" + (f", {dl_en}." if dl_en else "."),
    )
    pair(
        "Atas perhatian dan kerja sama Bapak/Ibu, kami mengucapkan terima kasih.",
        "Thank you for your kind attention and cooperation.",
    )
    fl.gap(6)
    sign_block(
        fl,
        r,
        per.name,
        fl.x + fl.w - 200,
        before=["Hormat kami / Sincerely,"],
        after=[],
        font=reg,
        size=10,
        stamp=(names[0][:30], "PALEMBANG") if not c.digital and r.chance(0.5) else None,
    )
    if r.chance(0.6):
        p0 = pages[0]
        p0.line(60, A4H - 52, A4W - 60, A4H - 52, 0.4, GREY)
        p0.text(
            A4W / 2,
            A4H - 42,
            "Program ini didukung oleh hibah mitra pembangunan internasional / Supported by an international development partner grant",
            ital,
            7.2,
            align="c",
            color=GREY,
        )
    person_fields(f, per, email=True)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org.sender,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P03 forwarded request
def _forwarder(r: R, d: date) -> tuple[Org, str, str, str]:
    k = r.randrange(4)
    if k == 0:
        org = Org(
            ["DINAS KOMUNIKASI DAN INFORMATIKA"],
            [
                "Jl. Kapten A. Rivai No. 3 Palembang 30129",
                "Laman: diskominfo.sumselprov.go.id  Surel: ppid@sumselprov.go.id",
            ],
            umbrella=["PEMERINTAH PROVINSI SUMATERA SELATAN"],
            logo="shield",
        )
        return (
            org,
            f"555/{r.randint(100, 999)}/Diskominfo/{d.year}",
            "Kepala Dinas Komunikasi dan Informatika selaku PPID Utama,",
            "PPID Utama Pemerintah Provinsi Sumatera Selatan",
        )
    if k == 1:
        org = Org(
            ["DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"],
            ["Jl. Merdeka No. 1 Palembang 30131", "Surel: ppid@palembang.go.id"],
            umbrella=["PEMERINTAH KOTA PALEMBANG"],
            logo="shield",
        )
        return (
            org,
            f"489/{r.randint(100, 999)}/Diskominfo-SP/{d.year}",
            "Kepala Dinas selaku PPID Utama Kota Palembang,",
            "PPID Utama Pemerintah Kota Palembang",
        )
    if k == 2:
        code = r.pick(["1671", "1603", "1606", "1610", "1674"])
        nm = REGIONS[code][1]
        kind = REGIONS[code][0]
        org = Org(
            ["KOMISI PEMILIHAN UMUM", f"{kind.upper()} {nm.upper()}"],
            [
                f"Jl. {r.pick(REGIONS[code][5])} No. {r.randint(1, 80)} {REGIONS[code][2]}",
                f"Laman: kpu-{nm.lower().replace(' ', '')}.go.id",
            ],
            logo="star",
            city=REGIONS[code][2],
        )
        return (
            org,
            f"{r.randint(20, 480)}/HM.02-SD/{code}/{d.year}",
            f"Ketua KPU {kind} {nm},",
            f"PPID KPU {kind} {nm}",
        )
    org = Org(
        ["KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310", "Telp. (021) 3193 7223  Laman: www.kpu.go.id"],
        logo="star",
        city="Jakarta",
    )
    return (
        org,
        f"{r.randint(100, 1900)}/HM.02-SD/05/{d.year}",
        "Sekretaris Jenderal selaku Atasan PPID,",
        "PPID Komisi Pemilihan Umum",
    )


def citizen_letter(
    pages: list[Page],
    c: Ctx,
    per: Person,
    d: date,
    items: list[str],
    purpose: str,
    obtain: str,
    delivery: str | None,
    fam: str,
    hal: str | None = None,
    city: str | None = None,
    date_bottom: bool = True,
) -> Flow:
    """A plain typed request letter from a citizen (used as an enclosure)."""
    r = c.r
    reg, _bold, _ital = FAMILIES[fam]
    p = Page()
    pages.append(p)
    fl = Flow(pages, 68, A4W - 136, 80, A4H - 70, reg, 11, 15)
    city = city or per.addr_parts["town"]
    if not date_bottom:
        p.text(A4W - 68, fl.y, f"{city}, {fdate(d, r.pick(['long', 'long0']))}", reg, 11, align="r")
        fl.gap(26)
    if hal:
        fl.kv("Hal", hal, 120)
        fl.gap(10)
    addressee(fl, r)
    fl.para("Dengan hormat,")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    for lab, val in [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Alamat", per.address),
        ("Pekerjaan", per.occupation),
        ("No. Telepon", per.phone),
    ]:
        fl.kv(lab, val, 160, xv=170)
    fl.gap(4)
    fl.para("dengan ini mengajukan permohonan informasi publik berupa:", align="j")
    for i, it in enumerate(items, 1):
        fl.item(f"{i}.", it + (";" if i < len(items) else "."), align="j")
    tail = f"Informasi tersebut akan saya gunakan untuk {lc_first(purpose)}. Saya mohon informasi diberikan {r.pick(OBTAIN_WORDS[obtain])}"
    tail += f" dan {r.pick(DELIVERY_WORDS[delivery])}." if delivery else "."
    fl.para(tail, align="j")
    fl.para(
        "Demikian permohonan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.",
        align="j",
        after=8,
    )
    before = (
        [f"{city}, {fdate(d, r.pick(['long', 'long0']))}", "Pemohon,"]
        if date_bottom
        else ["Hormat saya,"]
    )
    sign_block(fl, r, per.name, fl.x + fl.w - 190, before=before)
    return fl


def build_P03(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    d_cit = rand_date(r)
    d = add_workdays(d_cit, r.randint(2, 9))
    org, num, signer_title, unit = _forwarder(r, d)
    per = make_person(r)
    fam = c.fam()
    reg, _bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(pages, 64, A4W - 128, y, A4H - 64, reg, 10.8, 14.5)
    subj = r.pick(
        [
            "Penerusan Permohonan Informasi Publik",
            "Penyampaian Permohonan Informasi Publik",
            "Pelimpahan Permohonan Informasi",
        ]
    )
    top_date = r.chance(0.6)
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        130,
        date_str=f"{org.city}, {fdate(d, 'long')}" if top_date and org.city else None,
    )
    fl.gap(10)
    addressee(
        fl,
        r,
        style=r.pick([0, 3]),
        target=r.pick(
            ["PPID KPU Provinsi Sumatera Selatan", "Ketua KPU Provinsi Sumatera Selatan"]
        ),
    )
    sal = salut(per, r)
    fl.para(
        f"Bersama ini kami sampaikan dengan hormat bahwa {unit} telah menerima permohonan informasi publik dari {sal} {per.name} tertanggal {fdate(d_cit, 'long')}. "
        "Setelah kami telaah, informasi yang dimohon berada dalam penguasaan KPU Provinsi Sumatera Selatan.",
        align="j",
        first=24,
        after=4,
    )
    fl.para(
        "Sesuai dengan Pasal 22 ayat (7) huruf b Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, permohonan tersebut kami teruskan "
        "untuk dapat ditindaklanjuti sesuai ketentuan peraturan perundang-undangan. Salinan surat permohonan kami lampirkan.",
        align="j",
        first=24,
        after=4,
    )
    fl.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        align="j",
        first=24,
        after=10,
    )
    before = ([] if top_date else [f"{org.city}, {fdate(d, 'long')}"]) + [signer_title]
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.8).name,
        fl.x + fl.w - 220,
        before=before,
        after=[f"NIP {nip(r)}"] if r.chance(0.6) else [],
        stamp=(org.name_lines[0][:28], org.umbrella[0][-22:] if org.umbrella else "RI")
        if not c.digital and r.chance(0.5)
        else None,
    )
    fl.gap(4)
    fl.para("Tembusan:", size=9.5)
    fl.para(f"1. {sal} {per.name} (Pemohon);", size=9.5)
    fl.para("2. Arsip.", size=9.5)
    if not c.digital and r.chance(0.7):
        p.deco.append(
            (
                "note",
                300,
                150,
                r.pick(
                    [
                        "Yth. PPID, mohon diproses",
                        "Disp: Kasubbag Hupmas - tindak lanjuti",
                        "Proses sesuai SOP",
                    ]
                ),
                r.pick(BLUE_INKS),
                r.uniform(-8, 4),
            )
        )
    items = items_for(r)
    purpose = r.pick(PURPOSES)
    obtain = pick_obtain(r)
    delivery = pick_delivery(r, obtain)
    citizen_letter(
        pages,
        c,
        per,
        d_cit,
        items,
        purpose,
        obtain,
        delivery,
        c.fam(),
        hal=r.pick([None, "Permohonan Informasi"]),
    )
    if r.chance(0.35):
        pages.append(ktp_page(r, per))
    person_fields(f, per)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org.sender,
    )
    return Letter("permohonan_informasi", pages, f)


def nip(r: R) -> str:
    b = date(r.randint(1966, 1992), r.randint(1, 12), r.randint(1, 28))
    return f"{b.year}{b.month:02d}{b.day:02d} {b.year + r.randint(22, 30)}{r.randint(1, 12):02d} {r.randint(1, 2)} {r.randint(1, 20):03d}"


# ---------------------------------------------------------------------------- P04 two-column leaflet
GROUPS = [
    (
        ["FORUM PEMANTAU PEMILU WARGA", "SUMATERA SELATAN"],
        "FPPW-SS",
        "Mengawal suara, merawat demokrasi",
    ),
    (["KOMUNITAS PEDULI PEMILU INKLUSIF"], "KOPPI", "Setiap suara berarti"),
    (["JARINGAN RAKYAT PEMANTAU ANGGARAN", "KOTA PALEMBANG"], "JRPA", "Transparansi untuk semua"),
    (["PERKUMPULAN PEMILIH CERDAS SUMSEL"], "P2CS", "Cerdas memilih, kritis mengawasi"),
    (["LINGKAR STUDI DEMOKRASI DESA"], "LSDD", "Dari desa untuk demokrasi"),
]


def build_P04(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    names, abbr, tagline = r.pick(GROUPS)
    per = make_person(r, degree_p=0.3)
    d = rand_date(r)
    fam = c.fam(["helv", "dvs", "dvc", "goth", "narrow", "times"])
    reg, bold, ital = FAMILIES[fam]
    accent = r.pick(ACCENTS)
    pages = [Page()]
    p = pages[0]
    band_h = 40 + 19 * len(names)
    p.rect(0, 0, A4W, band_h, lw=0, stroke=None, fill=accent)
    y = 34
    for ln in names:
        p.text(48, y, ln, bold, 17, color=(255, 255, 255))
        y += 19
    p.text(48, y, tagline, ital, 9.5, color=(235, 235, 235))
    p.circle(A4W - 80, band_h / 2, 26, lw=2, stroke=(255, 255, 255))
    p.circle(A4W - 80, band_h / 2, 12, lw=0, stroke=None, fill=(255, 255, 255))
    y = band_h + 22
    num = f"{r.randint(1, 80):03d}/{abbr}/{ROMAN[d.month - 1]}/{d.year}"
    subj = r.pick(
        [
            "Permohonan Informasi Publik",
            "Permintaan Data dan Informasi",
            "Permohonan Salinan Dokumen",
        ]
    )
    dstr = f"Palembang, {fdate(d, r.pick(['long', 'long0', 'day']))}"
    p.text(48, y, f"Nomor: {num}", reg, 9.5)
    p.text(A4W / 2, y, f"Hal: {subj}", reg, 9.5, align="c", cont=True)
    p.text(A4W - 48, y, dstr, reg, 9.5, align="r", cont=True)
    p.line(48, y + 8, A4W - 48, y + 8, 0.5, accent)
    y += 28
    colw = (A4W - 96 - 20) / 2
    cols = [(48.0, colw), (48 + colw + 20, colw)]
    p.line(A4W / 2, y - 8, A4W / 2, A4H - 90, 0.4, GREY)
    fl = Flow(pages, 48, colw, y, A4H - 92, reg, 9.6, 12.6, cols=cols)
    fl.para("Kepada Yth.", bold)
    fl.para("PPID KPU Provinsi Sumatera Selatan")
    fl.para("Jl. Kapten A. Rivai No. 95 Palembang", after=8)
    fl.para("Dengan hormat,")
    fl.para(
        f"Sebagai bagian dari kerja pemantauan {' '.join(names).title()}, kami mengajukan permohonan informasi publik sesuai Undang-Undang Nomor 14 Tahun 2008. Permohonan ini diajukan oleh koordinator kami:",
        align="j",
        after=6,
    )
    rows = [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Pekerjaan", per.occupation),
        ("Alamat", per.address),
        ("HP/WA", per.phone),
        ("Surel", per.email),
    ]
    use_email = r.chance(0.6)
    if not use_email:
        rows.pop()
    n_lines = sum(len(wrap(v, reg, 9.2, colw - 70)) for _, v in rows)
    fl.need(n_lines * 12 + 14)
    fl.page.rect(fl.x, fl.y - 11, colw, n_lines * 12 + 10, lw=0, stroke=None, fill=(238, 238, 238))
    fl.x += 5
    fl.w -= 10
    for lab, val in rows:
        fl.kv(lab, val, fl.x + 50, font=reg, lfont=bold, size=9.2, lead=12)
    fl.x -= 5
    fl.w += 10
    fl.gap(8)
    items = items_for(r, r.pick([2, 3]))
    if fl.col == 0:
        fl.brk()
    fl.para("Informasi yang kami mohon:", bold)
    for it in items:
        fl.item("•", it, indent=10, align="j")
    fl.gap(4)
    purpose = r.pick(PURPOSES[3:9])
    obtain = pick_obtain(r, allow_melihat=False)
    delivery = pick_delivery(r, obtain)
    fl.para(f"Informasi tersebut kami perlukan sebagai {lc_first(purpose)}.", align="j", after=4)
    t = f"Kami mohon informasi tersebut diberikan {r.pick(OBTAIN_WORDS[obtain])}"
    t += f" dan {r.pick(DELIVERY_WORDS[delivery])}." if delivery else "."
    fl.para(t, align="j", after=4)
    fl.para(
        "Besar harapan kami permohonan ini dapat dipenuhi dalam jangka waktu yang ditentukan. Atas perhatiannya kami ucapkan terima kasih.",
        align="j",
        after=8,
    )
    sign_block(
        fl,
        r,
        per.name,
        fl.x + 10,
        before=["Hormat kami,", "Koordinator,"],
        font=reg,
        size=9.6,
        stamp=(" ".join(names)[:30], abbr) if not c.digital and r.chance(0.5) else None,
    )
    for pg in pages:
        pg.line(48, A4H - 62, A4W - 48, A4H - 62, 0.6, accent)
        pg.text(
            A4W / 2,
            A4H - 50,
            f"Sekretariat: Jl. {r.pick(REGIONS['1671'][5])} No. {r.randint(1, 99)} Palembang  |  {abbr.lower().replace('-', '')}@gmail.com",
            reg,
            8,
            align="c",
            color=GREY,
        )
    person_fields(f, per, email=use_email)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=" ".join(names),
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P05 footnoted prose
UNIVERSITIES = [
    ("Universitas Sriwijaya", "Indralaya"),
    ("Universitas Islam Negeri Raden Fatah Palembang", "Palembang"),
    ("Universitas Muhammadiyah Palembang", "Palembang"),
    ("Universitas PGRI Palembang", "Palembang"),
    ("Universitas Bina Darma", "Palembang"),
    ("Universitas Tridinanti", "Palembang"),
    ("Politeknik Negeri Sriwijaya", "Palembang"),
]


def build_P05(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    occ = r.pick(["Dosen", "Peneliti", "Dosen", "Guru", "Pegawai Swasta"])
    per = make_person(r, occupation=occ, degree_p=0.85)
    uni, ucity = r.pick(UNIVERSITIES)
    d = rand_date(r)
    fam = c.fam(["times", "dvserif", "c059", "p052", "book"])
    reg, _bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    foot = [
        "¹ Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Pasal 4 ayat (1) dan Pasal 22.",
        "² Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.",
        "³ Data hanya akan disajikan secara agregat; tidak ada data pribadi yang akan dipublikasikan.",
    ]
    fsz = 8.2
    foot_h = sum(len(wrap(x, reg, fsz, A4W - 150)) for x in foot) * 10.5 + 20
    fl = Flow(
        pages,
        75,
        A4W - 150,
        78,
        A4H - 60 - foot_h,
        reg,
        11.5,
        16,
        on_new_page=page_number_header(reg),
    )
    subj = r.pick(
        [
            "Permohonan Salinan Data untuk Penelitian",
            "Permohonan Informasi Publik",
            "Permohonan Data Kepemiluan",
        ]
    )
    fl.kv("Hal", subj, 150)
    fl.kv("Lampiran", r.pick(["-", "1 (satu) lembar"]), 150)
    fl.gap(10)
    addressee(fl, r, style=r.pick([0, 3]))
    fl.para("Dengan hormat,")
    occ_phrase = (
        f"bekerja sebagai {occ} pada {uni}"
        if occ in ("Dosen", "Peneliti")
        else f"bekerja sebagai {occ}"
    )
    fl.para(
        f"Saya, {per.name}, pemegang KTP dengan NIK {per.nik}, {occ_phrase}, beralamat di {per.address}, dengan ini mengajukan permohonan informasi publik¹ kepada PPID KPU Provinsi Sumatera Selatan sebagai berikut:",
        align="j",
        first=30,
        after=2,
    )
    items = items_for(r, r.pick([2, 3]))
    for i, it in enumerate(items):
        fl.item(f"{'abc'[i]}.", it + (";" if i < len(items) - 1 else "."), indent=18, align="j")
    purpose = r.pick(PURPOSES[:4] + PURPOSES[9:])
    obtain = pick_obtain(r)
    delivery = pick_delivery(r, obtain)
    email_in = r.chance(0.7)
    fl.gap(2)
    fl.para(
        f"Data tersebut akan saya gunakan sebagai {lc_first(purpose)}.³ Sesuai standar layanan² yang berlaku, saya bermaksud memperoleh informasi tersebut {r.pick(OBTAIN_WORDS[obtain])}"
        + (f", yang selanjutnya {r.pick(DELIVERY_WORDS[delivery])}." if delivery else "."),
        align="j",
        first=30,
        after=2,
    )
    contact = f"Saya dapat dihubungi melalui telepon seluler {per.phone}" + (
        f" atau surel {per.email}." if email_in else "."
    )
    fl.para(
        contact + " Atas perhatian dan bantuan Bapak/Ibu, saya sampaikan terima kasih.",
        align="j",
        first=30,
        after=12,
    )
    city = ucity if r.chance(0.6) else per.addr_parts["town"]
    sign_block(
        fl,
        r,
        per.name,
        fl.x + fl.w - 200,
        before=[f"{city}, {fdate(d, r.pick(['long', 'long0']))}", "Hormat saya,"],
    )
    yf = A4H - 60 - foot_h + 12
    p.line(75, yf, 75 + 150, yf, 0.5)
    yf += 14
    for x in foot:
        yf = draw_para(p, 75, yf, A4W - 150, x, reg, fsz, 10.5)
    person_fields(f, per)
    f["email"] = per.email if email_in else None
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P06 table of data x years
def build_P06(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r, degree_p=0.3)
    d = rand_date(r)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(
        pages, 64, A4W - 128, 70, A4H - 64, reg, 10.8, 14.6, on_new_page=page_number_header(reg)
    )
    city = per.addr_parts["town"]
    dstyle = r.pick(["dash", "slash", "slash0", "dot", "long"])
    p.text(A4W - 64, fl.y, f"{city}, {fdate(d, dstyle)}", reg, 10.8, align="r")
    fl.gap(24)
    subj = r.pick(
        [
            "Permohonan Data Kepemiluan",
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilu dan Pemilihan",
        ]
    )
    hal_label = r.pick(["Hal", "Perihal"])
    fl.kv(hal_label, subj, 125)
    fl.kv("Lampiran", r.pick(["1 (satu) lembar fotokopi KTP", "-"]), 125)
    fl.gap(10)
    addressee(fl, r)
    fl.para("Dengan hormat,")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    email_in = r.chance(0.5)
    rows = [
        ("Nama lengkap", per.name),
        ("Nomor Induk Kependudukan", per.nik),
        ("Pekerjaan", per.occupation),
        ("Alamat", per.address),
        ("Nomor telepon", per.phone),
    ] + ([("Alamat surel", per.email)] if email_in else [])
    for lab, val in rows:
        fl.kv(lab, val, 225, xv=233, leader=True)
    fl.gap(4)
    fl.para(
        "dengan ini mengajukan permohonan informasi publik dengan rincian sebagai berikut:",
        align="j",
        after=4,
    )
    chosen = r.some(TABLE_ITEMS, r.pick([2, 3, 4]))
    forms_pool = r.pick(
        [
            ["Softcopy"],
            ["Hardcopy"],
            ["Softcopy", "Hardcopy"],
            ["Softcopy", "Softcopy dan hardcopy"],
        ]
    )
    rows_t = []
    items = []
    forms = []
    for i, (item, periods) in enumerate(chosen, 1):
        per_s = r.pick(periods)
        form = r.pick(forms_pool)
        forms.append(form)
        rows_t.append([str(i), item, per_s, form])
        items.append(f"{item} {per_s}")
    size = 10.0
    while True:
        wi = max(tw(x[1], reg, size) for x in rows_t) + 14
        wp = max(max(tw(x[2], reg, size) for x in rows_t), tw("Periode", bold, size)) + 14
        wf = max(max(tw(x[3], reg, size) for x in rows_t), tw("Bentuk", bold, size)) + 14
        if 24 + wi + wp + wf <= fl.w or size < 8:
            break
        size -= 0.4
    head = [
        "No",
        r.pick(["Data / Informasi", "Rincian Data", "Jenis Data"]),
        r.pick(["Periode", "Tahun"]),
        r.pick(["Bentuk", "Format"]),
    ]
    fl.need(16 * (len(rows_t) + 2))
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [24, wi, wp, wf + (fl.w - 24 - wi - wp - wf)],
            rows_t,
            reg,
            size,
            size * 1.3,
            header=head,
            hfont=bold,
            header_fill=(225, 225, 225),
            aligns=["c", "l", "l", "l"],
        )
        + 14
    )
    if all(x == "Softcopy" for x in forms):
        obtain = "salinan_softcopy"
    elif all(x == "Hardcopy" for x in forms):
        obtain = "salinan_hardcopy"
    else:
        obtain = "salinan"
    delivery = pick_delivery(r, obtain)
    purpose = r.pick(PURPOSES)
    fl.kv("Tujuan penggunaan", purpose, 180)
    if delivery:
        fl.kv("Cara pengiriman", r.pick(DELIVERY_WORDS[delivery]).capitalize(), 180)
    fl.gap(6)
    fl.para(
        "Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        align="j",
        after=10,
    )
    sign_block(fl, r, per.name, fl.x + fl.w - 180, before=["Hormat saya,"], paren=r.chance(0.3))
    if r.chance(0.4):
        pages.append(ktp_page(r, per))
    person_fields(f, per)
    f["email"] = per.email if email_in else None
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P07 SP4N-LAPOR! ticket
def build_P07(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d = rand_date(r, workday=False)
    fam = c.fam(["helv", "dvs", "dvc"])
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    red = (200, 30, 40)
    p.rect(0, 0, A4W, 64, lw=0, stroke=None, fill=(250, 250, 250))
    p.line(0, 64, A4W, 64, 1.0, red)
    p.text(40, 42, "LAPOR!", "helv-b", 26, color=red)
    p.text(150, 32, "Layanan Aspirasi dan Pengaduan Online Rakyat", reg, 10)
    p.text(
        150,
        46,
        "SP4N-LAPOR! - Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional",
        reg,
        8,
        color=GREY,
    )
    p.text(A4W - 40, 38, "Masuk  |  Daftar", reg, 9, align="r", color=GREY)
    y = 96
    p.text(40, y, "Detail Laporan", bold, 15)
    y += 24
    track = f"#{r.randint(1000000, 9999999)}"
    hh, mm = r.randint(6, 23), r.randint(0, 59)
    dfmt = r.pick(["slash0", "dash", "long"])
    subj = r.pick(
        [
            "Permohonan informasi data pemilih",
            "Permintaan data hasil pemilihan",
            "Permohonan salinan dokumen KPU Provinsi",
            "Minta informasi anggaran pemilihan",
            "Permohonan Informasi Publik",
        ]
    )
    purpose = r.pick(PURPOSES)
    items = items_for(r, r.pick([1, 2]))
    obtain = r.pick(["salinan_softcopy", "salinan_softcopy", "salinan", "melihat"])
    delivery = "email" if obtain == "salinan_softcopy" else pick_delivery(r, obtain)
    email_in = delivery == "email" or r.chance(0.4)
    priv = r.pick(["Rahasia", "Anonim: Tidak", "Publik"])
    meta = [
        ("Nomor Tracking", track),
        ("Tanggal Laporan", f"{fdate(d, dfmt)} {hh:02d}:{mm:02d} WIB"),
        ("Kategori", "Permintaan Informasi"),
        ("Sub Kategori", r.pick(["Informasi Kepemiluan", "Data dan Statistik", "Anggaran"])),
        ("Instansi Terdisposisi", "Komisi Pemilihan Umum Provinsi Sumatera Selatan"),
        ("Status", r.pick(["Terdisposisi", "Diproses", "Menunggu Tindak Lanjut"])),
        ("Privasi", priv),
        ("Judul Laporan", subj),
    ]
    fl = Flow(pages, 40, A4W - 80, y, A4H - 60, reg, 10, 13.5)
    for lab, val in meta:
        fl.kv(lab, val, 175, xv=182, lfont=bold)
        fl.page.line(40, fl.y - 9, A4W - 40, fl.y - 9, 0.3, LIGHT)
    fl.gap(6)
    fl.para("Isi Laporan", bold, 11, after=2)
    labelled = r.chance(0.5)
    body = (
        f"Yth. KPU Provinsi Sumatera Selatan. Saya {per.name}, NIK {per.nik}, pekerjaan {per.occupation}, alamat {per.address}, nomor HP {per.phone}"
        + (f", email {per.email}" if email_in else "")
        + ". "
    )
    if labelled:
        fl.para(
            body + "Dengan ini saya mengajukan permohonan informasi publik sebagai berikut:",
            align="j",
            indent=8,
        )
        for i, it in enumerate(items, 1):
            fl.item(f"{i}.", it, indent=24, align="j")
        tail = ""
    else:
        tail = (
            body
            + "Saya memohon informasi mengenai "
            + " dan ".join(lc_first(x) for x in items)
            + ". "
        )
    tail += f"Informasi ini untuk {lc_first(purpose)}. "
    tail += {
        "melihat": "Saya bersedia datang untuk melihat dan mencatat dokumennya di kantor.",
        "salinan": "Mohon saya diberikan salinannya"
        + (f" yang {r.pick(DELIVERY_WORDS[delivery])}." if delivery else "."),
        "salinan_softcopy": "Mohon dikirim dalam bentuk softcopy (PDF) ke email saya.",
    }[obtain]
    tail += " Terima kasih."
    fl.para(tail, align="j", indent=8, after=8)
    fl.kv(
        "Lampiran",
        r.pick([f"KTP_{per.ktp_name.split()[0].title()}.jpg (1 berkas)", "Tidak ada lampiran"]),
        175,
        xv=182,
        lfont=bold,
    )
    fl.kv(
        "Pelapor",
        per.name if priv != "Rahasia" else "Dirahasiakan (identitas tercantum pada isi laporan)",
        175,
        xv=182,
        lfont=bold,
    )
    fl.gap(10)
    fl.para("Tindak Lanjut", bold, 11, after=2)
    fl.para(
        f"{fdate(add_workdays(d, 1), 'slash0')} - Admin Instansi: Laporan telah diteruskan kepada unit kerja terkait (PPID).",
        size=9,
        color=GREY,
    )
    pd = add_workdays(d, r.randint(1, 5))
    p.text(
        40,
        A4H - 30,
        f"Dicetak dari https://www.lapor.go.id/laporan/detil/{track[1:]} pada {fdate(pd, 'slash0')} {r.randint(8, 15):02d}:{r.randint(0, 59):02d}",
        reg,
        7.5,
        color=GREY,
    )
    person_fields(f, per, email=email_in)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P08 desk telephone / walk-in log
def hand_or_type(
    p: Page,
    x: float,
    y: float,
    text: str,
    c: Ctx,
    font: str,
    size: float,
    width: float,
    lead: float,
    ink,
    cont: bool = True,
    hsize: float = 13.5,
) -> float:
    """Write a value typed or by hand, wrapping into width; return y of the last line."""
    if c.hand:
        lines = wrap(text, "hand", hsize, width)
        for i, ln in enumerate(lines):
            p.hand(x, y + i * lead, ln, c.r, size=hsize, color=ink, cont=(cont and i == 0))
        return y + (len(lines) - 1) * lead
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, font, size, cont=(cont and i == 0))
    return y + (len(lines) - 1) * lead


def kpu_head(p: Page, c: Ctx, fam: str, top: float = 40.0) -> float:
    return letterhead(
        p, KPU_PROV, c.r.pick(["center_double", "boxed", "left_bar"]), fam, c.r, top=top, accent=INK
    )


def build_P08(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d = rand_date(r)
    fam = c.fam(["helv", "times", "dvs", "dvserif"])
    reg, bold, ital = FAMILIES[fam]
    ink = c.ink()
    pages = [Page()]
    p = pages[0]
    y = kpu_head(p, c, fam)
    p.text(A4W / 2, y, "CATATAN PERMINTAAN INFORMASI PUBLIK TIDAK TERTULIS", bold, 12, align="c")
    p.text(
        A4W / 2, y + 14, "(melalui telepon / datang langsung / pesan singkat)", ital, 9.5, align="c"
    )
    y += 36
    has_no = r.chance(0.6)
    regno = reg_number(r, d)
    p.text(A4W - 270, y, "Nomor Pendaftaran :", reg, 9.5)
    p.rect(A4W - 178, y - 11, 124, 16, lw=0.6)
    if has_no:
        if c.hand and r.chance(0.5):
            p.hand(A4W - 175, y + 1, regno, r, size=10, color=r.pick(BLACK_INKS), cont=True)
        else:
            p.text(A4W - 175, y, regno, "cour", 8.3, cont=True)
    y += 24
    X0, XC, XV = 60, 200, 208
    W = A4W - XV - 60
    lead = 17 if c.hand else 14
    style = r.pick(["xhand", "tickhand", "fill"]) if c.hand else r.pick(["glyph", "check", "fill"])
    hh, mm = r.randint(8, 15), r.randint(0, 59)
    channel = r.pick(["Telepon", "Datang langsung", "Pesan singkat (WhatsApp)"])
    obtain = pick_obtain(r)
    delivery = pick_delivery(r, obtain)
    email_in = delivery == "email" or r.chance(0.3)
    items = items_for(r, r.pick([1, 2]))
    purpose = r.pick(PURPOSES)

    def row(label: str, value: str | None, nlines: int = 1) -> None:
        nonlocal y
        p.text(X0, y, label, reg, 10)
        p.text(XC, y, ":", reg, 10, cont=True)
        for k in range(nlines):
            p.line(XV, y + 3 + k * lead, A4W - 60, y + 3 + k * lead, 0.4, GREY, dash=(1, 2))
        if value:
            yl = hand_or_type(p, XV + 2, y, value, c, reg, 10, W - 4, lead, ink)
            y = max(y + (nlines - 1) * lead, yl)
        else:
            y += (nlines - 1) * lead
        y += lead + 3

    row("Tanggal / Jam", f"{fdate(d, r.pick(['dash', 'slash', 'long']))} / {hh:02d}.{mm:02d} WIB")
    p.text(X0, y, "Saluran", reg, 10)
    p.text(XC, y, ":", reg, 10, cont=True)
    xx = XV
    for opt in ["Telepon", "Datang langsung", "Pesan singkat (WhatsApp)"]:
        xx += checkbox(p, xx, y, opt == channel, style, r, ink=ink, cont=True)
        xx += p.text(xx, y, opt, reg, 9.5, cont=True) + 12
    y += lead + 3
    row("Nama Pemohon", per.name)
    row("NIK", per.nik)
    row("Alamat", per.address, 2)
    row("Nomor Telepon/HP", per.phone)
    row("Surel", per.email if email_in else "-")
    row("Pekerjaan", per.occupation)
    row("Informasi yang diminta", "; ".join(items) if len(items) > 1 else items[0], 3)
    row("Tujuan penggunaan", purpose, 2)
    p.text(X0, y, "Cara memperoleh", reg, 10)
    p.text(XC, y, ":", reg, 10, cont=True)
    w = checkbox(p, XV, y, obtain == "melihat", style, r, ink=ink, cont=True)
    p.text(XV + w, y, "Melihat/membaca/mendengarkan/mencatat", reg, 9.5, cont=True)
    y += lead
    w = checkbox(p, XV, y, obtain != "melihat", style, r, ink=ink)
    xx = XV + w + p.text(XV + w, y, "Mendapatkan salinan informasi:", reg, 9.5, cont=True) + 8
    for code, lab in [("salinan_hardcopy", "hardcopy"), ("salinan_softcopy", "softcopy")]:
        xx += checkbox(p, xx, y, obtain == code, style, r, ink=ink, cont=True)
        xx += p.text(xx, y, lab, reg, 9.5, cont=True) + 10
    y += lead
    y += 3
    p.text(X0, y, "Cara mendapatkan salinan", reg, 10)
    p.text(XC, y, ":", reg, 10, cont=True)
    xx = XV
    first = True
    for code, lab in [
        ("mengambil_langsung", "Mengambil langsung"),
        ("kurir", "Kurir"),
        ("pos", "Pos"),
        ("faksimili", "Faksimili"),
        ("email", "E-mail"),
    ]:
        if xx > A4W - 140:
            y += lead
            xx = XV
            first = False
        xx += checkbox(p, xx, y, delivery == code, style, r, ink=ink, cont=first)
        xx += p.text(xx, y, lab, reg, 9.5, cont=True) + 10
        first = True
    y += lead + 6
    row(
        "Catatan petugas",
        r.pick(
            [
                "Pemohon diminta melengkapi fotokopi KTP",
                "Informasi tersedia, diproses sesuai SOP",
                "-",
                "Disampaikan ke PPID Pelaksana",
            ]
        ),
        1,
    )
    clerk = make_person(r, degree_p=0.5)
    fl = Flow(pages, 60, A4W - 120, y + 8, A4H - 50, reg, 10, 13)
    sign_block(
        fl,
        r,
        clerk.name,
        A4W - 230,
        before=["Petugas Penerima,"],
        hand=c.hand and r.chance(0.5),
        paren=True,
    )
    person_fields(f, per, email=email_in)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_number=regno if has_no else None,
        letter_date=d.isoformat(),
    )
    return Letter("permohonan_informasi", pages, f, handwritten=c.hand)


# ---------------------------------------------------------------------------- P09 large-print disability organisation
DIS_ORGS = [
    (
        [
            "DEWAN PENGURUS DAERAH",
            "PERSATUAN PENYANDANG DISABILITAS INDONESIA",
            "PROVINSI SUMATERA SELATAN",
        ],
        "DPD-PPDI/SS",
    ),
    (["PENGURUS CABANG", "HIMPUNAN WANITA DISABILITAS INDONESIA", "KOTA PALEMBANG"], "HWDI-PLG"),
    (
        ["DEWAN PENGURUS DAERAH", "PERSATUAN TUNANETRA INDONESIA", "SUMATERA SELATAN"],
        "DPD-PERTUNI/SS",
    ),
    (["GERAKAN UNTUK KESEJAHTERAAN TUNARUNGU INDONESIA", "CABANG KOTA PALEMBANG"], "GERKATIN-PLG"),
]


def build_P09(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    names, abbr = r.pick(DIS_ORGS)
    per = make_person(r, degree_p=0.35)
    d = rand_date(r)
    fam = c.fam(["helv", "dvs", "goth", "dvc"])
    reg, _bold, ital = FAMILIES[fam]
    org = Org(
        names,
        [
            f"Sekretariat: Jl. {r.pick(REGIONS['1671'][5])} No. {r.randint(1, 150)} Palembang",
            f"Telp/WA {make_phone(r)}",
        ],
        logo=r.pick(["ring", "star"]),
    )
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, org, r.pick(["center_double", "boxed", "left_bar"]), fam, r)
    for i in range(40):  # braille-like dot rule
        for k in range(3):
            if (i * 7 + k * 3) % 5 != 0:
                p.circle(70 + i * 11.5, y - 8 + k * 3.2, 0.9, lw=0, stroke=None, fill=GREY)
    size = r.pick([15, 16, 17])
    lead = size * 1.45
    fl = Flow(
        pages,
        60,
        A4W - 120,
        y + 22,
        A4H - 60,
        reg,
        size,
        lead,
        on_new_page=page_number_header(reg, 12),
    )
    num = f"{r.randint(1, 60):03d}/{abbr}/{ROMAN[d.month - 1]}/{d.year}"
    subj = r.pick(["Permohonan Informasi Publik", "Permohonan Data Pemilih Disabilitas"])
    fl.kv("Nomor", num, 170)
    fl.kv("Lampiran", "-", 170)
    fl.kv("Hal", subj, 170)
    fl.gap(6)
    fl.para(f"Palembang, {fdate(d, 'long')}", after=6)
    addressee(fl, r, style=r.pick([1, 2]))
    fl.para("Dengan hormat,")
    fl.para("Yang bertanda tangan di bawah ini:")
    email_in = r.chance(0.7)
    pek = r.chance(0.6)
    rows = (
        [("Nama", per.name), ("Jabatan", "Ketua"), ("NIK", per.nik)]
        + ([("Pekerjaan", per.occupation)] if pek else [])
        + [("Alamat", per.address), ("Nomor WhatsApp", per.phone)]
        + ([("Surel", per.email)] if email_in else [])
    )
    for lab, val in rows:
        fl.kv(lab, val, 60 + 165)
    fl.gap(4)
    fl.para(
        f"bertindak untuk dan atas nama {' '.join(names).title()}, mengajukan permohonan informasi publik berupa:"
    )
    items = r.some(DISABILITY_ITEMS, r.pick([1, 2, 3]))
    for i, it in enumerate(items, 1):
        fl.item(f"{i}.", it, indent=28)
    purpose = r.pick(
        [
            "Bahan advokasi hak pilih penyandang disabilitas",
            "Penyusunan rekomendasi pemilu yang aksesibel",
            "Bahan pendampingan pemilih disabilitas menjelang pemilihan",
        ]
    )
    fl.para(f"Informasi tersebut akan kami gunakan sebagai {lc_first(purpose)}.")
    k = r.randrange(3)
    if k == 0:
        obtain, delivery = "salinan_softcopy", "email"
        fl.para(
            "Kami mohon informasi diberikan dalam bentuk softcopy yang dapat dibaca aplikasi pembaca layar, dikirim melalui surel."
        )
    elif k == 1:
        obtain, delivery = "salinan_hardcopy", "mengambil_langsung"
        fl.para(
            "Kami mohon salinan tercetak (hardcopy) dengan huruf besar, yang akan kami ambil langsung di kantor PPID."
        )
    else:
        obtain, delivery = "melihat", None
        fl.para(
            "Kami akan datang untuk mendengarkan dan mencatat informasi tersebut dengan pendamping kami."
        )
    fl.para(
        "Atas perhatian dan dukungan Bapak/Ibu terhadap pemilu yang inklusif, kami ucapkan terima kasih.",
        after=10,
    )
    sign_block(
        fl,
        r,
        per.name,
        fl.x + fl.w - 240,
        before=["Hormat kami,", "Ketua,"],
        stamp=(names[1][:30], names[-1][-22:]) if not c.digital and r.chance(0.5) else None,
    )
    for pg in pages:
        pg.text(
            A4W / 2,
            A4H - 30,
            "Surat ini dicetak dengan huruf besar agar mudah dibaca.",
            ital,
            8,
            align="c",
            color=GREY,
        )
    person_fields(f, per, email=email_in, occupation=pek)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org.sender,
    )
    return Letter("permohonan_informasi", pages, f)


# ---------------------------------------------------------------------------- P10 web form printed blank, filled by hand
def build_P10(c: Ctx) -> Letter:
    r = c.r
    c.hand = True
    c.digital = False
    f = blank_fields()
    per = make_person(r)
    d = rand_date(r)
    ink = c.ink()
    pages = [Page()]
    p = pages[0]
    pd = d - timedelta(days=r.randint(0, 20))
    p.text(
        24,
        20,
        f"{pd.month}/{pd.day}/{pd.year % 100}, {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.pick(['AM', 'PM'])}",
        "helv",
        7.5,
    )
    p.text(
        A4W / 2 + 40,
        20,
        "Formulir Permohonan Informasi Publik | PPID KPU Provinsi Sumatera Selatan",
        "helv",
        7.5,
        align="c",
    )
    p.text(24, A4H - 14, "https://ppid-sumsel.kpu.go.id/layanan/formulir-permohonan", "helv", 7.5)
    p.text(A4W - 24, A4H - 14, "1/1", "helv", 7.5, align="r")
    red = (165, 25, 35)
    logo(p, 36, 36, 34, "star", red)
    p.text(78, 52, "PPID", "helv-b", 15, color=red)
    p.text(78, 66, "KPU PROVINSI SUMATERA SELATAN", "helv", 8.5)
    p.rect(24, 80, A4W - 48, 20, lw=0, stroke=None, fill=(45, 45, 50))
    xx = 34
    for nav in ["Beranda", "Profil", "Informasi Publik", "Layanan", "Regulasi", "Berita", "Kontak"]:
        xx += p.text(xx, 94, nav, "helv", 8.5, color=(255, 255, 255), cont=(nav != "Beranda")) + 18
    p.text(36, 118, "Beranda > Layanan > Formulir Permohonan", "helv", 7.5, color=GREY)
    p.text(36, 140, "Formulir Permohonan Informasi Publik", "helv-b", 14)
    p.text(36, 155, "Isian bertanda * wajib diisi. Lampirkan pindaian KTP.", "helv", 8, color=GREY)
    email_in = r.chance(0.6)
    items = items_for(r, r.pick([1, 2]))
    purpose = r.pick(PURPOSES)
    obtain = r.pick(["melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"])
    delivery = pick_delivery(r, obtain)
    hs = r.uniform(12.5, 14)

    def field_box(x, y, w, h, label, value, lines=1):
        p.text(x, y, label, "helv-b", 8.5)
        p.rect(x, y + 5, w, h, lw=0.6, stroke=(160, 160, 160))
        if value:
            ls = wrap(value, "hand", hs, w - 10)[:lines]
            for i, ln in enumerate(ls):
                p.hand(x + 5, y + 5 + 15 + i * 15, ln, r, size=hs, color=ink)
            if len(ls) < len(wrap(value, "hand", hs, w - 10)):
                raise OverflowError(label)

    y = 180
    colw = (A4W - 72 - 16) / 2
    field_box(36, y, colw, 22, "Nama Lengkap *", per.name)
    field_box(36 + colw + 16, y, colw, 22, "NIK *", per.nik)
    y += 40
    field_box(36, y, A4W - 72, 38, "Alamat *", per.address, 2)
    y += 56
    field_box(36, y, colw, 22, "Pekerjaan", per.occupation)
    field_box(36 + colw + 16, y, colw, 22, "Nomor Telepon/HP *", per.phone)
    y += 40
    field_box(36, y, colw, 22, "Email", per.email if email_in else "")
    y += 40
    info_text = "; ".join(items)
    nl = len(wrap(info_text, "hand", hs, A4W - 82))
    field_box(
        36,
        y,
        A4W - 72,
        8 + 15 * max(3, nl),
        "Rincian Informasi yang Dibutuhkan *",
        info_text,
        max(3, nl),
    )
    y += 26 + 15 * max(3, nl)
    nl2 = len(wrap(purpose, "hand", hs, A4W - 82))
    field_box(
        36, y, A4W - 72, 8 + 15 * max(2, nl2), "Tujuan Penggunaan Informasi *", purpose, max(2, nl2)
    )
    y += 26 + 15 * max(2, nl2)
    mark = r.pick(["circle", "circle_tick", "circle_x"])
    p.text(36, y, "Cara Memperoleh Informasi *", "helv-b", 8.5)
    y += 15
    for code, lab in [
        ("melihat", "Melihat/Membaca/Mendengarkan/Mencatat"),
        ("salinan_hardcopy", "Mendapatkan Salinan Informasi (Hardcopy)"),
        ("salinan_softcopy", "Mendapatkan Salinan Informasi (Softcopy)"),
    ]:
        w = checkbox(p, 44, y, obtain == code, mark, r, size=9, ink=ink)
        p.text(44 + w, y, lab, "helv", 8.5, cont=True)
        y += 13
    y += 6
    p.text(36, y, "Cara Mendapatkan Salinan Informasi", "helv-b", 8.5)
    y += 15
    xx = 44
    for code, lab in [
        ("mengambil_langsung", "Mengambil Langsung"),
        ("kurir", "Kurir"),
        ("pos", "Pos"),
        ("faksimili", "Faksimili"),
        ("email", "Email"),
    ]:
        xx += checkbox(
            p,
            xx,
            y,
            delivery == code,
            mark,
            r,
            size=9,
            ink=ink,
            cont=(code != "mengambil_langsung"),
        )
        xx += p.text(xx, y, lab, "helv", 8.5, cont=True) + 14
    y += 22
    p.text(36, y, "Unggah KTP *", "helv-b", 8.5)
    p.rect(36, y + 5, 74, 16, lw=0.5, fill=(235, 235, 235))
    p.text(42, y + 16, "Choose File", "helv", 8)
    p.text(118, y + 16, "No file chosen", "helv", 8, cont=True)
    p.rect(300, y - 4, 120, 30, lw=0.5, stroke=(160, 160, 160))
    p.text(308, y + 15, "Saya bukan robot", "helv", 8)
    y += 40
    p.rect(36, y, 110, 22, lw=0, stroke=None, fill=(165, 25, 35))
    p.text(91, y + 15, "Kirim Permohonan", "helv-b", 9, color=(255, 255, 255), align="c")
    y += 46
    city = per.addr_parts["town"]
    p.hand(
        A4W - 230,
        y,
        f"{city}, {fdate(d, r.pick(['dash', 'slash', 'long', 'slash0']))}",
        r,
        size=hs,
        color=ink,
    )
    signature(p, A4W - 220, y + 8, r, color=ink)
    p.hand(A4W - 230, y + 52, per.name, r, size=hs, color=ink)
    if y + 60 > A4H - 24:
        raise OverflowError("P10 page")
    pages_out = [p]
    if r.chance(0.5):
        pages_out.append(ktp_page(r, per))
    person_fields(f, per, email=email_in)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=obtain,
        delivery_method=delivery,
        letter_date=d.isoformat(),
    )
    return Letter("permohonan_informasi", pages_out, f, handwritten=True)


# ---------------------------------------------------------------------------- keberatan
QUOTES = {
    "a": "Informasi yang Saudara mohon merupakan informasi yang dikecualikan sebagaimana dimaksud dalam Pasal 17 huruf {h} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, sehingga permohonan Saudara tidak dapat kami penuhi.",
    "d": "Bersama ini kami sampaikan data rekapitulasi tingkat provinsi sebagaimana terlampir. Data dengan rincian yang lebih rendah tidak tersedia dalam format yang Saudara minta.",
    "e": "Informasi yang Saudara mohon belum dapat kami berikan karena masih dalam proses penyusunan oleh unit kerja terkait.",
    "f": "Untuk penggandaan dan pengiriman informasi yang Saudara mohon dikenakan biaya sebesar Rp{fee},00 yang dibayarkan sebelum informasi diserahkan.",
    "g": "Bersama ini kami sampaikan informasi yang Saudara mohon. Mohon maaf atas keterlambatan penyampaian informasi dimaksud.",
}


def k_person(r: R) -> Person:
    return make_person(r, degree_p=0.3)


def build_K01(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = k_person(r)
    code = r.pick(list(QUOTES))
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d_not = add_workdays(d_req, r.randint(5, 9) if code != "g" else r.randint(14, 22))
    d = add_workdays(d_not, r.randint(3, 15))
    notice = ppid_notice_number(r, d_not)
    item = r.pick(INFO_ITEMS)
    fam = c.fam(["times", "dvserif", "c059", "book", "helv"])
    reg, bold, ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(pages, 70, A4W - 140, 64, A4H - 64, reg, 11, 15, on_new_page=page_number_header(reg))
    if r.chance(0.5):  # writer's own heading
        p.text(70, fl.y, per.name, bold, 11)
        p.text(70, fl.y + 13, per.address[:95], reg, 8.5, color=GREY)
        p.line(70, fl.y + 20, A4W - 70, fl.y + 20, 0.4)
        fl.gap(40)
    top_date = r.chance(0.5)
    city = per.addr_parts["town"]
    if top_date:
        p.text(A4W - 70, fl.y, f"{city}, {fdate(d, 'long')}", reg, 11, align="r")
        fl.gap(22)
    subj = r.pick(
        [
            f"Keberatan atas Surat PPID Nomor {notice}",
            "Keberatan atas Pemberitahuan Tertulis PPID",
            "Pengajuan Keberatan Informasi Publik",
        ]
    )
    fl.kv("Lampiran", "1 (satu) lembar salinan surat PPID", 132)
    fl.kv(r.pick(["Hal", "Perihal"]), subj, 132)
    fl.gap(8)
    addressee(fl, r, target="atasan")
    fl.para("Dengan hormat,")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    email_in = r.chance(0.35)
    rows = [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Pekerjaan", per.occupation),
        ("Alamat", per.address),
        ("Telepon", per.phone),
    ] + ([("Surel", per.email)] if email_in else [])
    for lab, val in rows:
        fl.kv(lab, val, 160, xv=168)
    fl.gap(4)
    fl.para(
        f"menanggapi surat PPID KPU Provinsi Sumatera Selatan Nomor {notice} tanggal {fdate(d_not, 'long')} atas permohonan informasi saya dengan Nomor Pendaftaran {regno} mengenai {lc_first(item)}, yang antara lain menyatakan:",
        align="j",
        after=4,
    )
    q = QUOTES[code].format(h=r.pick("bcdhij"), fee=r.pick(["1.250.000", "875.000", "2.400.000"]))
    lines = wrap(f"\u201c{q}\u201d", ital, 10.5, fl.w - 40)
    fl.need(len(lines) * 14 + 12)
    fl.page.rect(
        fl.x + 10,
        fl.y - 12,
        fl.w - 20,
        len(lines) * 14 + 10,
        lw=0,
        stroke=None,
        fill=(238, 238, 238),
    )
    fl.page.rect(fl.x + 10, fl.y - 12, 3, len(lines) * 14 + 10, lw=0, stroke=None, fill=GREY)
    for ln in lines:
        fl.page.text(fl.x + 22, fl.y, ln, ital, 10.5)
        fl.y += 14
    fl.gap(8)
    why = r.pick(REASON_WORDS[code])
    if code == "g":
        why = f"surat tersebut baru saya terima setelah lewat jangka waktu sepuluh hari kerja sejak permohonan didaftarkan, sehingga {why}"
    fl.para(f"Atas jawaban tersebut, saya menyatakan KEBERATAN karena {why}.", align="j", after=3)
    purpose = None
    if r.chance(0.6):
        purpose = r.pick(PURPOSES)
        fl.para(
            f"Perlu saya sampaikan bahwa informasi tersebut saya butuhkan untuk {lc_first(purpose)}.",
            align="j",
            after=3,
        )
    fl.para(
        "Oleh karena itu saya mohon Atasan PPID memeriksa keberatan ini dan memerintahkan PPID memberikan informasi sebagaimana saya minta.",
        align="j",
        after=3,
    )
    fl.para("Demikian keberatan ini saya sampaikan. Terima kasih.", after=8)
    before = ([] if top_date else [f"{city}, {fdate(d, 'long')}"]) + ["Hormat saya,"]
    sign_block(fl, r, per.name, fl.x + fl.w - 190, before=before)
    person_fields(f, per, email=email_in)
    f.update(
        information_requested=item,
        purpose=purpose,
        letter_date=d.isoformat(),
        subject=subj,
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f)


COMPANIES = [
    (
        "PT SINAR BARU NUSANTARA",
        "Percetakan - Penerbitan - Pengadaan Barang",
        "SBN",
        "sinarbaru.co.id",
    ),
    ("PT MUSI CETAK GRAFIKA", "Security Printing & Forms", "MCG", "musicetak.com"),
    ("CV BERKAH LOGISTIK SRIWIJAYA", "Jasa Angkutan dan Distribusi", "BLS", "berkahlogistik.id"),
    ("PT DATA TEKNOLOGI PALEMBANG", "Solusi Teknologi Informasi", "DTP", "datatek.co.id"),
    ("PT ANUGERAH PRIMA LOGISTIK", "Pengadaan dan Distribusi Logistik", "APL", "aprimalog.com"),
]


def build_K02(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    cname, trade, abbr, dom = r.pick(COMPANIES)
    per = make_person(r, degree_p=0.45)
    code = r.pick(["a", "a", "c", "e", "d"])
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d = add_workdays(d_req, r.randint(12, 25))
    fam = c.fam(["helv", "dvs", "goth", "narrow", "times"])
    reg, _bold, _ital = FAMILIES[fam]
    caddr = f"Jl. {r.pick(REGIONS['1671'][5])} No. {r.randint(1, 300)}, {r.pick(['Ilir Barat I', 'Kemuning', 'Sukarami', 'Kalidoni'])}, Palembang {r.randint(30111, 30164)}"
    cphone = make_landline(r) if r.chance(0.6) else make_phone(r)
    cmail = f"{r.pick(['info', 'direksi', 'admin', 'legal'])}@{dom}"
    org = Org(
        [cname],
        [caddr, f"Telp. {cphone}  |  E-mail: {cmail}"],
        sub_lines=[trade],
        logo=r.pick(["ring", "shield", "star"]),
    )
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(
        pages, 64, A4W - 128, y, A4H - 64, reg, 10.6, 14.4, on_new_page=page_number_header(reg)
    )
    num = f"{r.randint(1, 120):03d}/DIR-{abbr}/{ROMAN[d.month - 1]}/{d.year}"
    subj = r.pick(
        [
            "Pengajuan Keberatan atas Penolakan Permohonan Informasi",
            "Keberatan atas Tanggapan PPID",
            "Keberatan Informasi Publik",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Lampiran", "2 (dua) berkas"), ("Perihal", subj)],
        125,
        date_str=f"Palembang, {fdate(d, r.pick(['long', 'long0']))}",
    )
    fl.gap(10)
    addressee(fl, r, target="atasan")
    fl.para("Dengan hormat,")
    fl.para("Yang bertanda tangan di bawah ini:")
    rows = [
        ["Nama", per.name],
        ["NIK", per.nik],
        ["Jabatan", r.pick(["Direktur", "Direktur Utama", "Kuasa Direksi"])],
        ["Bertindak untuk", f"dan atas nama {cname}"],
        ["Alamat", caddr],
        ["Telepon", cphone],
        ["Surel", cmail],
    ]
    fl.need(16 * 9)
    fl.y = (
        table(
            fl.page, fl.x, fl.y, [110, fl.w - 110], rows, reg, 10, 12.6, border=r.chance(0.5), pad=3
        )
        + 10
    )
    items = r.some(COMPANY_ITEMS, r.pick([1, 2]))
    fl.para(
        f"dengan ini mengajukan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap permohonan informasi kami yang terdaftar dengan Nomor Pendaftaran {regno} tanggal {fdate(d_req, 'long')}, berupa:",
        align="j",
        after=2,
    )
    for i, it in enumerate(items, 1):
        fl.item(f"{i})", it + (";" if i < len(items) else "."), indent=20, align="j")
    fl.gap(2)
    fl.para(
        f"Adapun alasan keberatan kami adalah {r.pick(REASON_WORDS[code])}.", align="j", after=3
    )
    purpose = r.pick(
        [
            "Bahan evaluasi keikutsertaan perusahaan dalam pengadaan barang/jasa",
            "Bahan pertimbangan langkah hukum perusahaan",
            "Kepentingan audit internal perusahaan",
        ]
    )
    fl.para(f"Informasi tersebut kami perlukan sebagai {lc_first(purpose)}.", align="j", after=3)
    fl.para(
        "Demikian surat keberatan ini kami sampaikan untuk dapat diproses sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008.",
        align="j",
        after=10,
    )
    sign_block(
        fl,
        r,
        per.name,
        fl.x + fl.w - 200,
        before=["Hormat kami,", cname],
        after=[rows[2][1]],
        underline=True,
        stamp=(cname[:30], "PALEMBANG") if not c.digital else None,
    )
    fl.gap(6)
    fl.para("Tembusan:", size=9.5)
    fl.para("1. Ketua Komisi Informasi Provinsi Sumatera Selatan;", size=9.5)
    fl.para("2. Arsip.", size=9.5)
    f.update(
        applicant_name=per.name,
        nik=per.nik,
        address=caddr,
        phone=cphone,
        email=cmail,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=cname,
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f)


def build_K03(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = k_person(r)
    code = r.pick(["c", "c", "g", "e"])
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    dl = add_workdays(d_req, 10)
    d = add_workdays(dl, r.randint(2, 12))
    item = r.pick(INFO_ITEMS)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(
        pages, 66, A4W - 132, 70, A4H - 60, reg, 10.8, 14.6, on_new_page=page_number_header(reg)
    )
    subj = {
        "c": "Keberatan atas Tidak Ditanggapinya Permohonan Informasi",
        "g": "Keberatan atas Keterlambatan Penyampaian Informasi",
        "e": "Keberatan atas Tidak Dipenuhinya Permohonan Informasi",
    }[code]
    fl.kv("Perihal", subj, 120)
    fl.gap(10)
    addressee(fl, r, target="atasan")
    fl.para("Dengan hormat,")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    pek = r.chance(0.7)
    rows = (
        [("Nama", per.name), ("NIK", per.nik)]
        + ([("Pekerjaan", per.occupation)] if pek else [])
        + [("Alamat", per.address), ("No. HP/WA", per.phone)]
    )
    for lab, val in rows:
        fl.kv(lab, val, 150)
    fl.gap(4)
    fl.para(
        f"mengajukan keberatan atas permohonan informasi publik yang saya ajukan pada {fdate(d_req, 'long')} dan tercatat dengan Nomor Pendaftaran {regno}, yaitu permohonan {lc_first(item)}.",
        align="j",
        after=6,
    )
    fl.para("Kronologi:", bold)
    fl.need(110)
    yL = fl.y + 28
    x0, x1 = fl.x + fl.w / 8, fl.x + fl.w * 7 / 8
    p = fl.page
    p.line(x0, yL, x1, yL, 1.4)
    ev = [
        (d_req, "Permohonan diajukan dan didaftarkan"),
        (dl, "Batas waktu 10 hari kerja berakhir"),
        (
            add_workdays(dl, 1) if code != "g" else add_workdays(dl, r.randint(3, 8)),
            "Belum ada tanggapan" if code != "g" else "Informasi baru diterima",
        ),
        (d, "Keberatan diajukan"),
    ]
    step = (x1 - x0) / (len(ev) - 1)
    dstyle = r.pick(["short", "dash", "long"])
    for i, (dd, _) in enumerate(ev):
        p.circle(x0 + i * step, yL, 5, lw=1, fill=(255, 255, 255) if i < 3 else INK)
        p.text(x0 + i * step, yL - 12, fdate(dd, dstyle), bold, 8.5, align="c", cont=i > 0)
    for i, (_, lab) in enumerate(ev):
        draw_para(
            p, x0 + i * step - step / 2 + 4, yL + 20, step - 8, lab, reg, 8.5, 10.5, align="c"
        )
    fl.y = yL + 60
    why = r.pick(REASON_WORDS[code])
    fl.para(
        f"Berdasarkan kronologi di atas, {why}. Hal tersebut termasuk alasan keberatan sebagaimana dimaksud Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008.",
        align="j",
        after=3,
    )
    purpose = r.pick(PURPOSES) if r.chance(0.5) else None
    if purpose:
        fl.para(f"Informasi tersebut saya perlukan untuk {lc_first(purpose)}.", align="j", after=3)
    fl.para(
        "Saya berharap keberatan ini dapat ditanggapi dalam waktu yang ditentukan. Terima kasih.",
        align="j",
        after=10,
    )
    city = per.addr_parts["town"]
    sign_block(
        fl,
        r,
        per.name,
        fl.x + fl.w - 190,
        before=[f"{city}, {fdate(d, r.pick(['long', 'dash']))}", "Pengaju keberatan,"],
    )
    if r.chance(0.3):
        pages.append(ktp_page(r, per))
    person_fields(f, per, occupation=pek)
    f.update(
        information_requested=item,
        purpose=purpose,
        letter_date=d.isoformat(),
        subject=subj,
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f)


def build_K04(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = k_person(r)
    code = r.pick("abcdefg")
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d = add_workdays(d_req, r.randint(12, 30))
    items = items_for(r, r.pick([1, 1, 2]))
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(
        pages, 64, A4W - 128, 66, A4H - 60, reg, 10.6, 14.2, on_new_page=page_number_header(reg)
    )
    city = per.addr_parts["town"]
    p.text(
        A4W - 64,
        fl.y,
        f"{city}, {fdate(d, r.pick(['dash', 'slash0', 'dot']))}",
        reg,
        10.6,
        align="r",
    )
    fl.gap(26)
    fl.para("SURAT KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK", bold, 12.5, align="c", after=10)
    addressee(fl, r, style=r.pick([1, 2, 4]), target="atasan")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    purpose = r.pick(PURPOSES)
    email_in = r.chance(0.5)
    rows = [
        ["Nama Lengkap", per.name],
        ["NIK", per.nik],
        ["Alamat", per.address],
        ["Pekerjaan", per.occupation],
        ["Nomor Telepon", per.phone],
    ]
    if email_in:
        rows.append(["Surel", per.email])
    rows += [
        ["Nomor Pendaftaran Permohonan", regno],
        ["Informasi yang Diminta", "; ".join(items)],
        ["Tujuan Penggunaan Informasi", purpose],
    ]
    fl.need(15 * 12)
    fl.y = (
        table(fl.page, fl.x, fl.y, [150, fl.w - 150], rows, reg, 10, 12.8, pad=4, header_fill=None)
        + 14
    )
    fl.para(
        "dengan ini mengajukan keberatan dengan alasan (beri tanda pada alasan yang sesuai):",
        align="j",
        after=2,
    )
    style = r.pick(["glyph", "check", "fill"] + ([] if c.digital else ["xhand", "tickhand"]))
    for k in "abcdefg":
        fl.need(fl.lead)
        w = checkbox(fl.page, fl.x + 8, fl.y, k == code, style, r, size=10.5, ink=c.ink())
        fl.page.text(fl.x + 8 + w + 2, fl.y, f"{k}. {REASONS[k]}", reg, 10, cont=True)
        fl.y += fl.lead
    fl.gap(4)
    fl.para(f"Uraian singkat: {r.pick(REASON_WORDS[code])}.", align="j", after=10)
    sign_block(fl, r, per.name, fl.x + fl.w - 190, before=["Hormat saya,"], paren=r.chance(0.5))
    person_fields(f, per, email=email_in)
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=d.isoformat(),
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f)


def hand_boxes(
    p: Page, x: float, y: float, digits: str, r: R, ink, box: float = 15.0, cont: bool = True
) -> float:
    """Digits written one per box; the page text gets the digits as one word."""
    for i, ch in enumerate(digits):
        p.rect(x + i * box, y - box + 3, box, box, lw=0.6)
        jit = [(r.uniform(-0.6, 0.6), r.uniform(-0.8, 0.8), r.uniform(0.95, 1.05))]
        p.ops.append(("H", x + i * box + box * 0.28, y, ch, "hand", 12.5, ink, 0.0, jit))
    p._rec(x, digits, cont)
    return len(digits) * box


def build_K05(c: Ctx) -> Letter:
    r = c.r
    c.hand = True
    c.digital = False
    f = blank_fields()
    per = k_person(r)
    code = r.pick("abcdefg")
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d = add_workdays(d_req, r.randint(12, 28))
    item = r.pick(INFO_ITEMS)
    purpose = r.pick(PURPOSES)
    ink = c.ink()
    fam = r.pick(["helv", "times", "dvs", "narrow", "book"])
    reg, bold, ital = FAMILIES[fam]
    W, H = (F4W, F4H) if r.chance(0.5) else (A4W, A4H)
    p = Page(W, H)
    hs = r.uniform(12.5, 14)
    p.text(
        W - 50, 36, "Lampiran Peraturan Komisi Informasi Nomor 1 Tahun 2021", ital, 7.5, align="r"
    )
    p.text(W / 2, 66, "FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK", bold, 12.5, align="c")
    p.line(W / 2 - 150, 71, W / 2 + 150, 71, 0.8)
    has_no = r.chance(0.45)
    kno = f"{r.randint(1, 40):03d}/KEB/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
    p.text(W - 300, 92, "Nomor Registrasi Keberatan :", reg, 9)
    p.rect(W - 170, 80, 122, 17, lw=0.6)
    if has_no:
        p.text(W - 166, 92, kno, "cour", 8, cont=True)
    y = 118
    X, XC, XV = 50, 228, 236
    VW = W - XV - 50

    def sec(t):
        nonlocal y
        p.rect(X - 4, y - 12, W - 2 * X + 8, 16, lw=0, stroke=None, fill=(228, 228, 228))
        p.text(X, y, t, bold, 10)
        y += 22

    def hrow(label, value, nlines=1):
        nonlocal y
        p.text(X, y, label, reg, 9.5)
        p.text(XC, y, ":", reg, 9.5, cont=True)
        for k in range(nlines):
            p.line(XV, y + 3 + k * 17, W - 50, y + 3 + k * 17, 0.4, GREY)
        if value:
            lines = wrap(value, "hand", hs, VW - 4)
            if len(lines) > nlines:
                raise OverflowError(label)
            for k, ln in enumerate(lines):
                p.hand(XV + 2, y + k * 17, ln, r, size=hs, color=ink, cont=(k == 0))
        y += 17 * nlines + 4

    sec("I. INFORMASI PENGAJU KEBERATAN")
    hrow("Nomor Pendaftaran Permohonan", regno)
    np_ = len(wrap(purpose, "hand", hs, VW - 4))
    hrow("Tujuan Penggunaan Informasi", purpose, max(2, np_))
    p.text(X, y, "Identitas Pemohon", bold, 9.5)
    y += 17
    hrow("Nama", per.name)
    p.text(X, y, "NIK", reg, 9.5)
    p.text(XC, y, ":", reg, 9.5, cont=True)
    hand_boxes(p, XV, y + 2, per.nik, r, ink, box=min(15.0, (VW - 4) / 16))
    y += 21
    na = len(wrap(per.address, "hand", hs, VW - 4))
    hrow("Alamat", per.address, max(2, na))
    hrow("Pekerjaan", per.occupation)
    hrow("Nomor Telepon/HP", per.phone)
    email_in = r.chance(0.4)
    hrow("Surel", per.email if email_in else "")
    y += 4
    sec("II. INFORMASI YANG DIMINTA")
    ni = len(wrap(item, "hand", hs, W - 2 * X - 4))
    for ln in wrap(item, "hand", hs, W - 2 * X - 4):
        p.line(X, y + 3, W - 50, y + 3, 0.4, GREY)
        p.hand(X + 2, y, ln, r, size=hs, color=ink)
        y += 17
    if ni < 2:
        p.line(X, y + 3, W - 50, y + 3, 0.4, GREY)
        y += 17
    y += 4
    sec("III. ALASAN KEBERATAN (Pasal 35 ayat (1) UU 14/2008)")
    style = r.pick(["xhand", "tickhand", "fill"])
    for k in "abcdefg":
        w = checkbox(p, X + 4, y, k == code, style, r, size=10, ink=ink)
        p.text(X + 4 + w + 2, y, f"{k}. {REASONS[k]}", reg, 9, cont=True)
        y += 14.5
    y += 4
    sec("IV. KASUS POSISI")
    why = r.pick(REASON_WORDS[code])
    why = why[0].upper() + why[1:] + "."
    for ln in wrap(why, "hand", hs, W - 2 * X - 4)[:5]:
        p.line(X, y + 3, W - 50, y + 3, 0.4, GREY)
        p.hand(X + 2, y, ln, r, size=hs, color=ink)
        y += 17
    y += 6
    p.text(
        X,
        y,
        "V. HARI/TANGGAL TANGGAPAN ATAS KEBERATAN YANG AKAN DIBERIKAN: ......................... (diisi oleh petugas)",
        reg,
        8.5,
    )
    y += 30
    city = per.addr_parts["town"]
    p.text(W - 230, y, f"{city},", reg, 9.5)
    p.hand(
        W - 230 + tw(f"{city}, ", reg, 9.5),
        y,
        fdate(d, r.pick(["dash", "slash", "long", "slash0"])),
        r,
        size=hs,
        color=ink,
        cont=True,
    )
    y += 18
    p.text(X + 10, y, "Petugas Penerima Keberatan", reg, 9.5)
    p.text(W - 230, y, "Pengaju Keberatan", reg, 9.5, cont=True)
    signature(p, W - 225, y + 6, r, color=ink)
    y += 52
    clerk = make_person(r)
    p.text(X + 10, y, "( .............................. )", reg, 9.5)
    p.hand(W - 230, y, per.name, r, size=hs, color=ink, cont=True)
    if r.chance(0.5):
        p.hand(X + 20, y - 4, clerk.name, r, size=hs - 1, color=r.pick(BLACK_INKS))
    if y > H - 30:
        raise OverflowError("K05 page")
    pages = [p]
    if r.chance(0.3):
        pages.append(ktp_page(r, per))
    person_fields(f, per, email=email_in)
    f.update(
        information_requested=item,
        purpose=purpose,
        letter_number=kno if has_no else None,
        letter_date=d.isoformat(),
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f, handwritten=True)


def build_K06(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = k_person(r)
    code = r.pick("abcdefg")
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d = add_workdays(d_req, r.randint(12, 30))
    item = r.pick(INFO_ITEMS)
    fam = c.fam(["times", "helv", "dvserif", "book", "c059"])
    reg, bold, _ital = FAMILIES[fam]
    ink = c.ink()
    pages = [Page()]
    p = pages[0]
    y = kpu_head(p, c, fam)
    p.text(A4W / 2, y, "BERITA ACARA", bold, 12.5, align="c")
    p.text(
        A4W / 2, y + 15, "PENERIMAAN KEBERATAN YANG DISAMPAIKAN SECARA LISAN", bold, 11, align="c"
    )
    has_no = r.chance(0.6)
    kno = f"{r.randint(1, 40):03d}/KEB/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
    p.text(A4W / 2 - 120, y + 31, "Nomor Registrasi Keberatan:", reg, 10)
    if has_no:
        if c.hand:
            p.hand(A4W / 2 + 20, y + 31, kno, r, size=12, color=ink, cont=True)
        else:
            p.text(A4W / 2 + 20, y + 31, kno, reg, 10, cont=True)
    else:
        p.text(A4W / 2 + 20, y + 31, "........................................", reg, 10, cont=True)
    fl = Flow(pages, 68, A4W - 136, y + 58, A4H - 56, reg, 10.8, 15 if not c.hand else 18)
    opening = (
        f"Pada hari ini {DAYS[d.weekday()]} tanggal {terbilang(d.day)} bulan {MONTHS[d.month - 1]} tahun {terbilang(d.year)} "
        f"({fdate(d, 'dash')}), bertempat di Ruang Layanan Informasi KPU Provinsi Sumatera Selatan, petugas layanan informasi telah menerima keberatan yang disampaikan secara lisan oleh:"
    )
    if c.hand:
        fl.need(fl.lead)
        fl.page.text(fl.x, fl.y, "Hari / tanggal", reg, 10.8)
        fl.page.text(fl.x + 110, fl.y, ":", reg, 10.8, cont=True)
        fl.page.line(fl.x + 120, fl.y + 3, fl.x + fl.w, fl.y + 3, 0.4, GREY, dash=(1, 2))
        fl.page.hand(
            fl.x + 122,
            fl.y,
            f"{DAYS[d.weekday()]}, {fdate(d, r.pick(['dash', 'slash', 'long']))}",
            r,
            size=12.5,
            color=ink,
            cont=True,
        )
        fl.y += fl.lead
        fl.para(
            "bertempat di Ruang Layanan Informasi KPU Provinsi Sumatera Selatan, petugas layanan informasi telah menerima keberatan yang disampaikan secara lisan oleh:",
            align="j",
            after=4,
        )
    else:
        fl.para(opening, align="j", after=4)
    rows = [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Alamat", per.address),
        ("Pekerjaan", per.occupation),
        ("Nomor HP", per.phone),
    ]
    for lab, val in rows:
        if c.hand:
            fl.need(fl.lead)
            fl.page.text(fl.x, fl.y, lab, reg, 10.8)
            fl.page.text(fl.x + 110, fl.y, ":", reg, 10.8, cont=True)
            fl.page.line(fl.x + 120, fl.y + 3, fl.x + fl.w, fl.y + 3, 0.4, GREY, dash=(1, 2))
            yl = hand_or_type(
                fl.page, fl.x + 122, fl.y, val, c, reg, 10.8, fl.w - 124, fl.lead, ink
            )
            fl.y = yl + fl.lead
        else:
            fl.kv(lab, val, fl.x + 110)
    fl.gap(4)
    fl.para(
        "atas tanggapan PPID terhadap permohonan informasi dengan Nomor Pendaftaran:", align="j"
    )
    if c.hand:
        fl.page.hand(fl.x + 20, fl.y, regno, r, size=13, color=ink)
    else:
        fl.page.text(fl.x + 20, fl.y, regno, bold, 10.8)
    fl.y += fl.lead
    fl.para("mengenai informasi:")
    if c.hand:
        for ln in wrap(item, "hand", 13, fl.w - 20):
            fl.need(fl.lead)
            fl.page.hand(fl.x + 20, fl.y, ln, r, size=13, color=ink)
            fl.y += fl.lead
    else:
        fl.para(item, indent=20)
    fl.para("Alasan keberatan (Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008):", after=2)
    style = r.pick(["xhand", "tickhand"]) if c.hand else r.pick(["glyph", "fill", "check"])
    for k in "abcdefg":
        fl.need(14)
        w = checkbox(fl.page, fl.x + 10, fl.y, k == code, style, r, size=10, ink=ink)
        fl.page.text(fl.x + 10 + w + 2, fl.y, f"huruf {k}: {REASONS[k]}", reg, 9.6, cont=True)
        fl.y += 13.5
    fl.gap(4)
    fl.para(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
        align="j",
        after=8,
    )
    fl.need(90)
    y0 = fl.y
    clerk = make_person(r, degree_p=0.5)
    fl2 = Flow(pages, 68, 200, y0, A4H - 50, reg, 10.8, 14)
    sign_block(fl2, r, clerk.name, 80, before=["Petugas Penerima,"], paren=True)
    fl.y = y0
    sign_block(
        fl,
        r,
        per.name,
        A4W - 250,
        before=["Pengaju Keberatan,"],
        paren=True,
        hand=c.hand and r.chance(0.5),
    )
    person_fields(f, per)
    f.update(
        information_requested=item,
        letter_number=kno if has_no else None,
        letter_date=d.isoformat(),
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f, handwritten=c.hand)


def ppid_notice_page(
    r: R,
    per: Person,
    regno: str,
    d_req: date,
    d_not: date,
    notice: str,
    item: str,
    code: str,
    fam: str,
) -> Page:
    """A copy of the PPID's written notice (Pemberitahuan Tertulis) attached to an objection."""
    reg, bold, _ital = FAMILIES[fam]
    p = Page()
    p.raster = True
    p.photocopy = True
    y = letterhead(p, KPU_PROV, "center_double", fam, r, accent=INK)
    p.text(A4W / 2, y, "PEMBERITAHUAN TERTULIS", bold, 12, align="c")
    p.text(A4W / 2, y + 14, f"Nomor: {notice}", reg, 10, align="c")
    fl = Flow([p], 70, A4W - 140, y + 40, A4H - 50, reg, 10.2, 13.6)
    fl.para(
        f"Berdasarkan permohonan informasi pada tanggal {fdate(d_req, 'long')} dengan nomor pendaftaran {regno}, kami menyampaikan kepada Saudara:",
        align="j",
        after=2,
    )
    fl.kv("Nama", per.name.upper() if r.chance(0.3) else per.name, 170)
    fl.kv("Alamat", per.address, 170)
    fl.kv("Nomor Telepon", per.phone, 170)
    fl.gap(4)
    fl.para("Pemberitahuan sebagai berikut:", bold)
    if code == "a":
        fl.para(
            f"Informasi yang dimohon, yaitu {lc_first(item)}, merupakan informasi yang dikecualikan berdasarkan Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 dan hasil uji konsekuensi PPID.",
            align="j",
        )
    elif code == "e":
        fl.para(
            f"Informasi yang dimohon, yaitu {lc_first(item)}, belum dapat diberikan karena belum didokumentasikan. Informasi akan tersedia dalam jangka waktu 30 (tiga puluh) hari kerja.",
            align="j",
        )
    else:
        fl.para(
            f"Informasi yang dimohon, yaitu {lc_first(item)}, dapat diberikan dalam bentuk hardcopy dengan biaya penggandaan sebesar Rp950.000,00.",
            align="j",
        )
    fl.gap(10)
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.8).name,
        A4W - 260,
        before=[
            f"Palembang, {fdate(d_not, 'long')}",
            "Pejabat Pengelola Informasi dan Dokumentasi,",
        ],
    )
    return p


def build_K07(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = k_person(r)
    code = r.pick(["a", "a", "e", "f"])
    d_req = rand_date(r, end=date(2026, 4, 30))
    regno = reg_number(r, d_req)
    d_not = add_workdays(d_req, r.randint(4, 9))
    d = add_workdays(d_not, r.randint(2, 20))
    notice = ppid_notice_number(r, d_not)
    item = r.pick(INFO_ITEMS)
    fam = c.fam()
    reg, _bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(pages, 72, A4W - 144, 80, A4H - 64, reg, 11, 15.2)
    city = per.addr_parts["town"]
    p.text(
        A4W - 72, fl.y, f"{city}, {fdate(d, r.pick(['long', 'long0', 'day']))}", reg, 11, align="r"
    )
    fl.gap(26)
    subj = r.pick(["Keberatan", "Keberatan atas Pemberitahuan Tertulis", "Pengajuan Keberatan"])
    fl.kv("Hal", subj, 120)
    fl.kv("Lampiran", "Fotokopi Pemberitahuan Tertulis PPID", 120)
    fl.gap(8)
    addressee(fl, r, target="atasan")
    fl.para("Dengan hormat,")
    fl.para("Yang bertanda tangan di bawah ini:")
    email_in = r.chance(0.5)
    rows = [("Nama", per.name), ("Alamat", per.address), ("No. HP", per.phone)] + (
        [("Email", per.email)] if email_in else []
    )
    for lab, val in rows:
        fl.kv(lab, val, 140)
    fl.gap(4)
    fl.para(
        f"menyatakan keberatan atas pemberitahuan tertulis PPID (terlampir) terhadap permohonan informasi saya Nomor Pendaftaran {regno} tentang {lc_first(item)}.",
        align="j",
        after=3,
    )
    fl.para(f"Alasan keberatan saya: {r.pick(REASON_WORDS[code])}.", align="j", after=3)
    fl.para(
        "Mohon keberatan ini dapat ditanggapi sesuai ketentuan yang berlaku. Terima kasih.",
        align="j",
        after=10,
    )
    sign_block(fl, r, per.name, fl.x + fl.w - 180, before=["Hormat saya,"])
    pages.append(
        ppid_notice_page(
            r, per, regno, d_req, d_not, notice, item, code, c.fam(["times", "helv", "dvserif"])
        )
    )
    ktp = r.chance(0.3)
    if ktp:
        pages.append(ktp_page(r, per))
    person_fields(f, per, nik=ktp, occupation=False, email=email_in)
    f.update(
        information_requested=item,
        letter_date=d.isoformat(),
        subject=subj,
        reference_registration_number=regno,
        objection_reason_code=code,
    )
    return Letter("keberatan", pages, f)


# ---------------------------------------------------------------------------- sengketa (Komisi Informasi)
def ki_numbers(r: R, d: date) -> tuple[str, str]:
    """(KI letter number, dispute register number)."""
    letter = r.pick(
        [
            f"{r.randint(1, 400):03d}/KI-SS/{ROMAN[d.month - 1]}/{d.year}",
            f"{r.randint(1, 400)}/KIP-SS/PS/{ROMAN[d.month - 1]}/{d.year}",
            f"{r.randint(1, 400):03d}/KI.SS/SET/{d.month:02d}/{d.year}",
        ]
    )
    reg_m = max(1, d.month - r.randint(0, 2))
    regno = r.pick(
        [
            f"{r.randint(1, 60):03d}/REG-PSI/{ROMAN[reg_m - 1]}/{d.year}",
            f"{r.randint(1, 60):02d}/KI-SS/PSI/{ROMAN[reg_m - 1]}/{d.year}",
            f"Reg. {r.randint(1, 60):03d}/PSI/KI-SS/{d.year}",
        ]
    )
    return letter, regno


def ki_org(r: R) -> Org:
    return KI_ORG


def ki_dates(r: R) -> tuple[date, date]:
    d_req = rand_date(r, start=date(2025, 2, 3), end=date(2026, 2, 27))
    d = add_workdays(d_req, r.randint(45, 80))
    return d_req, d


def build_S01(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d_req, d = ki_dates(r)
    ref = reg_number(r, d_req)
    num, dreg = ki_numbers(r, d)
    item = r.pick(INFO_ITEMS)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, ki_org(r), r.pick(HEAD_STYLES), fam, r)
    fl = Flow(pages, 66, A4W - 132, y, A4H - 60, reg, 10.8, 14.6)
    subj = r.pick(
        [
            "Penyampaian Petikan Register Sengketa Informasi",
            "Petikan Buku Register Sengketa Informasi Publik",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Lampiran", "1 (satu) lembar"), ("Perihal", subj)],
        130,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(10)
    addressee(fl, r, style=r.pick([0, 3]), target="PPID KPU Provinsi Sumatera Selatan")
    fl.para("Dengan hormat,")
    fl.para(
        f"Bersama ini kami sampaikan petikan Buku Register Permohonan Penyelesaian Sengketa Informasi Publik atas permohonan yang diajukan oleh {salut(per, r)} {per.name} terhadap PPID KPU Provinsi Sumatera Selatan, sebagaimana terlampir.",
        align="j",
        first=26,
        after=3,
    )
    fl.para(
        "Saudara selaku Termohon diminta menyiapkan jawaban tertulis dan dokumen pendukung yang akan disampaikan pada sidang pemeriksaan awal, yang jadwalnya akan diberitahukan kemudian.",
        align="j",
        first=26,
        after=3,
    )
    fl.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.", first=26, after=10)
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.8).name,
        fl.x + fl.w - 210,
        before=["Panitera,"],
        stamp=("KOMISI INFORMASI", "SUMATERA SELATAN") if not c.digital and r.chance(0.6) else None,
    )
    lp = Page(A4H, A4W)
    pages.append(lp)
    lp.text(
        A4H / 2,
        50,
        "PETIKAN BUKU REGISTER PERMOHONAN PENYELESAIAN SENGKETA INFORMASI PUBLIK",
        bold,
        12,
        align="c",
    )
    lp.text(
        A4H / 2,
        66,
        f"KOMISI INFORMASI PROVINSI SUMATERA SELATAN TAHUN {d.year}",
        bold,
        11,
        align="c",
    )
    head = [
        "No",
        "Nomor Register",
        "Tanggal Registrasi",
        "Nama Pemohon",
        "Alamat Pemohon",
        "Termohon",
        "Informasi yang Dimohon",
        "Nomor Pendaftaran Permohonan",
        "Keterangan",
    ]
    d_reg = add_workdays(d, -0) - timedelta(days=r.randint(1, 6))
    row = [
        str(r.randint(1, 60)),
        dreg,
        fdate(d_reg, r.pick(["dash", "long"])),
        per.name,
        per.address,
        "PPID KPU Provinsi Sumatera Selatan",
        item,
        ref,
        r.pick(["Lengkap", "Diregister", "Proses pemeriksaan awal"]),
    ]
    w_reg = max(tw(dreg, reg, 8.4), tw("Nomor Register", bold, 8.4)) + 8
    w_ref = max(tw(ref, reg, 8.4), 70) + 8
    rest = (A4H - 64) - 26 - w_reg - 66 - 84 - 80 - w_ref - 64
    widths = [26, w_reg, 66, 84, rest * 0.45, 80, rest * 0.55, w_ref, 64]
    table(
        lp,
        32,
        86,
        widths,
        [row],
        reg,
        8.4,
        10.4,
        header=head,
        hfont=bold,
        header_fill=(225, 225, 225),
        cell_mode=True,
    )
    lp.text(A4H - 60, A4W - 70, "Sesuai dengan aslinya,", reg, 9.5, align="r")
    lp.text(
        A4H - 60,
        A4W - 40,
        "Panitera Komisi Informasi Provinsi Sumatera Selatan",
        reg,
        9.5,
        align="r",
    )
    f.update(
        applicant_name=per.name,
        address=per.address,
        information_requested=item,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_ORG.sender,
        reference_registration_number=ref,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


def build_S02(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d_req, d = ki_dates(r)
    ref = reg_number(r, d_req)
    num, dreg = ki_numbers(r, d)
    item = r.pick(INFO_ITEMS)
    fam = c.fam(["helv", "dvs", "goth", "times", "dvc"])
    reg, bold, _ital = FAMILIES[fam]
    accent = r.pick(ACCENTS)
    pages = [Page()]
    p = pages[0]
    logo(p, 44, 34, 44, "book", accent)
    p.text(100, 52, "KOMISI INFORMASI", bold, 15, color=accent)
    p.text(100, 68, "PROVINSI SUMATERA SELATAN", bold, 12, color=accent)
    p.line(40, 88, A4W - 40, 88, 1.2, accent)
    # sidebar
    p.rect(40, 96, 112, A4H - 136, lw=0, stroke=None, fill=(240, 240, 236))
    sy = 118
    comm = r.some(KI_COMMISSIONERS, 5)
    for role, nm in [
        ("KETUA", comm[0]),
        ("WAKIL KETUA", comm[1]),
        ("ANGGOTA", comm[2]),
        ("", comm[3]),
        ("", comm[4]),
    ]:
        if role:
            p.text(48, sy, role, bold, 7.5, color=accent)
            sy += 10
        for ln in wrap(nm, reg, 7.5, 98):
            p.text(48, sy, ln, reg, 7.5)
            sy += 9.5
        sy += 6
    sy += 10
    for ln in [
        "SEKRETARIAT",
        "Jl. Kapten A. Rivai No. 3",
        "Palembang 30129",
        "Telp. (0711) 312 608",
        "kip@sumselprov.go.id",
    ]:
        p.text(48, sy, ln, bold if ln == "SEKRETARIAT" else reg, 7.5)
        sy += 10
    fl = Flow(pages, 168, A4W - 168 - 48, 118, A4H - 50, reg, 10, 13.6)
    subj = r.pick(
        [
            "Undangan Mediasi Sengketa Informasi Publik",
            "Undangan Sidang Mediasi",
            "Pemberitahuan Jadwal Mediasi",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "-"), ("Perihal", subj)],
        228,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(
        fl, r, style=r.pick([0, 3]), target="Ketua KPU Provinsi Sumatera Selatan selaku Atasan PPID"
    )
    fl.para(
        "Menindaklanjuti registrasi permohonan penyelesaian sengketa informasi publik sebagai berikut:",
        align="j",
        after=4,
    )
    rows = [
        ["Nomor Register", dreg],
        ["Pemohon", per.name],
        ["Termohon", "PPID KPU Provinsi Sumatera Selatan"],
        ["Nomor Pendaftaran Permohonan", ref],
        ["Informasi yang disengketakan", item],
    ]
    fl.need(110)
    fl.y = table(fl.page, fl.x, fl.y, [130, fl.w - 130], rows, reg, 9.4, 12, pad=4, lw=0.9) + 12
    fl.para(
        "dengan ini kami mengundang Saudara atau kuasa yang ditunjuk untuk menghadiri mediasi yang akan dilaksanakan pada:",
        align="j",
        after=4,
    )
    dm = add_workdays(d, r.randint(4, 10))
    sched = [
        [
            f"{DAYS[dm.weekday()]}, {fdate(dm, 'long')}",
            f"{r.pick(['09.00', '10.00', '13.30'])} WIB",
            "Ruang Mediasi KI Sumsel",
            "Mediasi",
        ]
    ]
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [120, 60, 118, fl.w - 298],
            sched,
            reg,
            9,
            11.5,
            header=["Hari/Tanggal", "Pukul", "Tempat", "Acara"],
            hfont=bold,
            header_fill=(230, 230, 230),
        )
        + 12
    )
    fl.para(
        "Kuasa Termohon agar membawa surat kuasa atau surat tugas serta dokumen terkait. Apabila Termohon tidak hadir tanpa alasan yang sah, mediasi dinyatakan gagal dan sengketa dilanjutkan ke tahap ajudikasi.",
        align="j",
        after=4,
    )
    fl.para("Atas perhatian Saudara diucapkan terima kasih.", after=8)
    sign_block(
        fl,
        r,
        comm[0],
        fl.x + fl.w - 200,
        before=["Ketua,"],
        stamp=("KOMISI INFORMASI", "SUMATERA SELATAN") if not c.digital and r.chance(0.5) else None,
    )
    fl.para("Tembusan: Pemohon; Arsip.", size=8.5)
    f.update(
        applicant_name=per.name,
        information_requested=item,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_ORG.sender,
        reference_registration_number=ref,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


def qr_like(p: Page, x: float, y: float, size: float, r: R) -> None:
    n = 21
    cell = size / n
    p.rect(x, y, size, size, lw=0, stroke=None, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                on = (
                    i in (0, 6, n - 7, n - 1)
                    or j in (0, 6, n - 7, n - 1)
                    or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                )
                on = on and not (i in (7, n - 8) or j in (7, n - 8))
            else:
                on = r.random() < 0.5
            if on:
                p.rect(
                    x + j * cell,
                    y + i * cell,
                    cell + 0.05,
                    cell + 0.05,
                    lw=0,
                    stroke=None,
                    fill=INK,
                )


def build_S03(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d_req, d = ki_dates(r)
    ref = reg_number(r, d_req)
    num, dreg = ki_numbers(r, d)
    item = r.pick(INFO_ITEMS)
    notice = ppid_notice_number(r, add_workdays(d_req, 8))
    fam = c.fam()
    reg, bold, ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, ki_org(r), r.pick(["center_double", "boxed", "right_block"]), fam, r)
    fl = Flow(pages, 64, A4W - 128, y, A4H - 120, reg, 10.4, 14)
    subj = r.pick(
        [
            "Panggilan Sidang Ajudikasi Non-Litigasi (Pembuktian)",
            "Panggilan Sidang Pemeriksaan Pembuktian",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "-"), ("Perihal", subj)],
        128,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(fl, r, style=r.pick([0, 2]), target="PPID KPU Provinsi Sumatera Selatan")
    dh = add_workdays(d, r.randint(3, 8))
    fl.para(
        f"Berdasarkan Penetapan Majelis Komisioner dalam perkara sengketa informasi publik Nomor Register {dreg} antara {per.name} selaku Pemohon dan PPID KPU Provinsi Sumatera Selatan selaku Termohon, atas permohonan informasi Nomor Pendaftaran {ref} mengenai {lc_first(item)}, dengan ini Termohon dipanggil untuk hadir pada:",
        align="j",
        after=4,
    )
    for lab, val in [
        ("Hari/Tanggal", f"{DAYS[dh.weekday()]}, {fdate(dh, 'long')}"),
        ("Pukul", f"{r.pick(['09.00', '10.00', '13.00'])} WIB s.d. selesai"),
        ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"),
        ("Agenda", "Pemeriksaan bukti dan keterangan saksi"),
    ]:
        fl.kv(lab, val, fl.x + 110)
    fl.gap(4)
    fl.para(
        "Termohon agar membawa bukti asli dan salinan bermeterai sebagai berikut:",
        align="j",
        after=2,
    )
    rows = [
        ["T-1", "Salinan keputusan penetapan PPID KPU Provinsi Sumatera Selatan", "Fotokopi"],
        ["T-2", f"Salinan pemberitahuan tertulis Nomor {notice}", "Fotokopi"],
        ["T-3", "Salinan register permohonan informasi publik", "Fotokopi"],
        ["T-4", "Berita acara uji konsekuensi (jika ada)", "Asli dan fotokopi"],
        ["T-5", "Daftar Informasi Dikecualikan", "Fotokopi"],
    ]
    fl.need(100)
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [40, fl.w - 150, 110],
            rows,
            reg,
            9.2,
            11.6,
            header=["Kode", "Bukti", "Bentuk"],
            hfont=bold,
            header_fill=(232, 232, 232),
        )
        + 10
    )
    fl.para("Demikian panggilan ini disampaikan untuk dilaksanakan.", after=8)
    chair = r.pick(KI_COMMISSIONERS)
    fl.need(70)
    fl.page.text(fl.x + fl.w - 220, fl.y, "Ketua Majelis Komisioner,", reg, 10.4)
    fl.page.text(
        fl.x + fl.w - 220, fl.y + 14, "Ditandatangani secara elektronik", ital, 9, color=GREY
    )
    fl.page.text(fl.x + fl.w - 220, fl.y + 44, chair, bold, 10.4)
    qr_like(fl.page, fl.x + fl.w - 290, fl.y - 6, 56, r)
    fl.y += 64
    pp = pages[0]
    pp.line(64, A4H - 70, A4W - 64, A4H - 70, 0.5, GREY)
    draw_para(
        pp,
        64,
        A4H - 58,
        A4W - 128,
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN.",
        ital,
        7.8,
        9.5,
        color=GREY,
    )
    f.update(
        applicant_name=per.name,
        information_requested=item,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_ORG.sender,
        reference_registration_number=ref,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


def build_S04(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d_req, d = ki_dates(r)
    d = add_workdays(d, r.randint(20, 40))
    ref = reg_number(r, d_req)
    num, dreg = ki_numbers(r, d)
    item = r.pick(INFO_ITEMS)
    dput = d - timedelta(days=r.randint(2, 9))
    putno = f"{r.randint(1, 60):03d}/KI-SS/PS-A/{ROMAN[dput.month - 1]}/{dput.year}"
    fam = c.fam(["times", "dvserif", "c059", "p052", "book"])
    reg, bold, ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, ki_org(r), r.pick(HEAD_STYLES), fam, r)
    fl = Flow(pages, 66, A4W - 132, y, A4H - 60, reg, 11, 15)
    subj = r.pick(
        ["Penyampaian Salinan Putusan", "Penyampaian Salinan Putusan Sengketa Informasi Publik"]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Lampiran", "1 (satu) eksemplar"), ("Perihal", subj)],
        128,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(fl, r, style=r.pick([0, 3]), target="PPID KPU Provinsi Sumatera Selatan")
    cite_ref = r.chance(0.6)
    fl.para(
        f"Bersama ini kami sampaikan salinan Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {putno} dalam sengketa informasi publik Nomor Register {dreg}"
        + (f" atas permohonan informasi Nomor Pendaftaran {ref}" if cite_ref else "")
        + f", yang diucapkan dalam sidang terbuka untuk umum pada {fdate(dput, 'long')}.",
        align="j",
        first=28,
        after=3,
    )
    fl.para(
        "Sesuai Pasal 47 dan Pasal 48 Undang-Undang Nomor 14 Tahun 2008, para pihak dapat mengajukan keberatan ke pengadilan dalam waktu 14 (empat belas) hari kerja sejak salinan putusan diterima. Apabila tidak diajukan keberatan, putusan berkekuatan hukum tetap dan wajib dilaksanakan.",
        align="j",
        first=28,
        after=3,
    )
    fl.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.", first=28, after=10)
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.8).name,
        fl.x + fl.w - 210,
        before=["Panitera,"],
        stamp=("KOMISI INFORMASI", "SUMATERA SELATAN") if not c.digital and r.chance(0.5) else None,
    )
    cp = Page()
    pages.append(cp)
    cp.rect(A4W - 150, 40, 90, 22, lw=1)
    cp.text(A4W - 105, 56, "SALINAN", bold, 11, align="c")
    logo(cp, A4W / 2 - 32, 80, 64, "garuda", INK)
    yy = 176
    for ln, sz, fnt in [
        ("KOMISI INFORMASI", 15, bold),
        ("PROVINSI SUMATERA SELATAN", 13, bold),
        ("", 10, reg),
        ("PUTUSAN", 22, bold),
        (f"Nomor: {putno}", 12, reg),
        ("", 10, reg),
        ("DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA", 11, bold),
    ]:
        if ln:
            cp.text(A4W / 2, yy, ln, fnt, sz, align="c")
        yy += sz + 10
    fc = Flow([cp], 90, A4W - 180, yy + 14, A4H - 60, reg, 11.5, 16)
    fc.para(
        f"Komisi Informasi Provinsi Sumatera Selatan yang memeriksa dan memutus sengketa informasi publik Nomor Register {dreg}, telah menjatuhkan putusan dalam perkara antara:",
        align="j",
        after=8,
    )
    fc.para("PEMOHON", bold, align="c")
    fc.para(f"{per.name}, beralamat di {per.address};", align="c", after=8)
    fc.para("melawan", ital, align="c", after=8)
    fc.para("TERMOHON", bold, align="c")
    fc.para(
        "Pejabat Pengelola Informasi dan Dokumentasi Komisi Pemilihan Umum Provinsi Sumatera Selatan;",
        align="c",
        after=10,
    )
    fc.para(f"Objek sengketa: {item}.", align="j", after=20)
    fc.para(f"Palembang, {dput.year}", align="c")
    f.update(
        applicant_name=per.name,
        address=per.address,
        information_requested=item,
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_ORG.sender,
        reference_registration_number=ref if cite_ref else None,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


def build_S05(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r, degree_p=0.3)
    d_req = rand_date(r, start=date(2025, 2, 3), end=date(2026, 2, 27))
    ref = reg_number(r, d_req)
    d = add_workdays(d_req, r.randint(45, 70))
    _, dreg = ki_numbers(r, add_workdays(d, 3))
    item = r.pick(INFO_ITEMS)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    fl = Flow(
        pages, 68, A4W - 136, 74, A4H - 60, reg, 10.8, 14.6, on_new_page=page_number_header(reg)
    )
    # registrar's box, typed by the KI registry
    bx, by = A4W - 250, 40
    d_rcv = add_workdays(d, r.randint(1, 3))
    box_top = r.chance(0.6)
    if box_top:
        p.rect(bx, by, 190, 58, lw=0.9)
        p.text(bx + 95, by + 13, "KEPANITERAAN KI SUMSEL", "helv-b", 8.5, align="c")
        p.text(bx + 8, by + 28, f"Diterima : {fdate(d_rcv, 'dash')}", "cour", 8.4)
        p.text(bx + 8, by + 40, f"No. Register : {dreg}", "cour", 8.4)
        p.text(bx + 8, by + 52, "Petugas : ...........", "cour", 8.4)
        fl.y = 122
    city = per.addr_parts["town"]
    subj = "Permohonan Penyelesaian Sengketa Informasi Publik"
    fl.kv("Perihal", subj, 122)
    fl.kv("Lampiran", "1 (satu) berkas", 122)
    fl.gap(8)
    addressee(
        fl, r, style=r.pick([0, 3]), target="Ketua Komisi Informasi Provinsi Sumatera Selatan"
    )
    fl.para("Dengan hormat,")
    fl.para("Saya yang bertanda tangan di bawah ini:")
    for lab, val in [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Alamat", per.address),
        ("Pekerjaan", per.occupation),
        ("Nomor HP", per.phone),
    ]:
        fl.kv(lab, val, 150)
    fl.gap(4)
    fl.para(
        f"dengan ini mengajukan permohonan penyelesaian sengketa informasi publik terhadap PPID KPU Provinsi Sumatera Selatan (Termohon) atas permohonan informasi Nomor Pendaftaran {ref} mengenai {lc_first(item)}.",
        align="j",
        after=4,
    )
    fl.para("Kronologi:", bold)
    d_kb = add_workdays(d_req, r.randint(12, 20))
    for i, t in enumerate(
        [
            f"Pada {fdate(d_req, 'long')} saya mengajukan permohonan informasi kepada Termohon;",
            "Termohon tidak memberikan informasi sebagaimana yang saya minta;",
            f"Pada {fdate(d_kb, 'long')} saya mengajukan keberatan kepada Atasan PPID;",
            "Sampai batas waktu 30 hari kerja, tanggapan atas keberatan tidak memuaskan saya.",
        ],
        1,
    ):
        fl.item(f"{i}.", t, align="j")
    fl.gap(4)
    fl.para(
        "Berdasarkan hal tersebut, saya memohon Komisi Informasi Provinsi Sumatera Selatan memeriksa sengketa ini dan memerintahkan Termohon memberikan informasi yang saya mohon.",
        align="j",
        after=8,
    )
    sign_block(
        fl, r, per.name, fl.x + fl.w - 190, before=[f"{city}, {fdate(d, 'long')}", "Pemohon,"]
    )
    fl.gap(4)
    fl.para("Tembusan:", size=9.5)
    fl.para("1. Ketua KPU Provinsi Sumatera Selatan selaku Atasan PPID;", size=9.5)
    fl.para("2. PPID KPU Provinsi Sumatera Selatan.", size=9.5)
    if not box_top:
        fl.gap(8)
        fl.need(70)
        q = fl.page
        q.rect(fl.x, fl.y, 200, 56, lw=0.9)
        q.text(fl.x + 100, fl.y + 13, "DIISI OLEH PANITERA", "helv-b", 8.5, align="c")
        q.text(fl.x + 8, fl.y + 28, f"Tanggal diterima : {fdate(d_rcv, 'dash')}", "cour", 8.2)
        q.text(fl.x + 8, fl.y + 40, f"Nomor Register : {dreg}", "cour", 8.2)
        fl.y += 60
    f.update(
        applicant_name=per.name,
        address=per.address,
        information_requested=item,
        letter_date=d.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


def build_S06(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d_req, d = ki_dates(r)
    ref = reg_number(r, d_req)
    _, dreg = ki_numbers(r, d)
    item = r.pick(INFO_ITEMS)
    fam = c.fam(["times", "dvserif", "book", "helv"])
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, ki_org(r), r.pick(HEAD_STYLES), fam, r)
    p.text(A4W / 2, y, "BERITA ACARA SIDANG PEMERIKSAAN AWAL", bold, 12.5, align="c")
    has_no = r.chance(0.5)
    ba = f"BA.{r.randint(1, 90):03d}/KI-SS/{ROMAN[d.month - 1]}/{d.year}"
    yy = y + 15
    if has_no:
        p.text(A4W / 2, yy, f"Nomor: {ba}", reg, 10.5, align="c")
        yy += 14
    p.text(A4W / 2, yy, f"Sengketa Informasi Publik Nomor Register {dreg}", reg, 10.5, align="c")
    fl = Flow(
        pages,
        66,
        A4W - 132,
        yy + 28,
        A4H - 56,
        reg,
        10.6,
        14.4,
        on_new_page=page_number_header(reg),
    )
    comm = r.some(KI_COMMISSIONERS, 3)
    panitera = make_person(r, degree_p=0.8).name
    fl.para(
        f"Pada hari ini {DAYS[d.weekday()]}, tanggal {fdate(d, 'long')}, bertempat di Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan, Majelis Komisioner yang terdiri dari:",
        align="j",
        after=2,
    )
    for i, (nm, role) in enumerate(
        zip(comm, ["Ketua Majelis", "Anggota Majelis", "Anggota Majelis"], strict=True), 1
    ):
        fl.item(f"{i}.", f"{nm} sebagai {role};")
    fl.para(
        f"dibantu oleh {panitera} sebagai Panitera Pengganti, telah melaksanakan sidang pemeriksaan awal sengketa informasi publik antara {per.name}, beralamat di {per.address}, sebagai Pemohon, dan PPID KPU Provinsi Sumatera Selatan sebagai Termohon.",
        align="j",
        after=6,
    )
    att = r.pick(["Hadir", "Hadir (kuasa)", "Tidak hadir"])
    fl.need(70)
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [110, fl.w - 210, 100],
            [
                ["Pemohon", per.name, "Hadir"],
                ["Termohon", "PPID KPU Provinsi Sumatera Selatan", att],
            ],
            reg,
            9.6,
            12,
            header=["Pihak", "Nama", "Kehadiran"],
            hfont=bold,
            header_fill=(230, 230, 230),
        )
        + 10
    )
    fl.para("Hasil pemeriksaan awal:", bold)
    for i, t in enumerate(
        [
            "Kewenangan: Komisi Informasi Provinsi Sumatera Selatan berwenang memeriksa sengketa ini;",
            "Kedudukan hukum Pemohon: Pemohon memenuhi syarat sebagai pemohon informasi publik;",
            f"Jangka waktu: permohonan penyelesaian sengketa diajukan dalam tenggang waktu; permohonan informasi Nomor Pendaftaran {ref};",
            f"Informasi yang dimohon: {item};",
            "Majelis memutuskan sengketa dilanjutkan ke tahap mediasi.",
        ],
        1,
    ):
        fl.item(f"{i}.", t, align="j")
    fl.gap(6)
    fl.para("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", after=8)
    fl.need(90)
    y0 = fl.y
    fl2 = Flow(pages, 66, 200, y0, A4H - 50, reg, 10.6, 14)
    sign_block(fl2, r, panitera, 80, before=["Panitera Pengganti,"])
    fl.y = y0
    sign_block(
        fl,
        r,
        comm[0],
        A4W - 250,
        before=["Ketua Majelis,"],
        stamp=("KOMISI INFORMASI", "SUMATERA SELATAN") if not c.digital and r.chance(0.4) else None,
    )
    f.update(
        applicant_name=per.name,
        address=per.address,
        information_requested=item,
        letter_number=ba if has_no else None,
        letter_date=d.isoformat(),
        sender_org=KI_ORG.sender,
        reference_registration_number=ref,
        dispute_register_number=dreg,
    )
    return Letter("sengketa", pages, f)


# ---------------------------------------------------------------------------- surat_masuk
def sm_fields(f: dict, num: str | None, d: date | None, subj: str | None, org: str | None) -> dict:
    f.update(
        letter_number=num, letter_date=d.isoformat() if d else None, subject=subj, sender_org=org
    )
    return f


def bawaslu_org(r: R, level: str = "prov") -> tuple[Org, str]:
    if level == "prov":
        return Org(
            ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
            [
                "Jl. Jenderal Sudirman No. 11 Km 3,5 Palembang 30129",
                "Telp. (0711) 352 471  Laman: sumsel.bawaslu.go.id",
            ],
            logo="star",
        ), "K.SS"
    code = r.pick(["1671", "1603", "1604", "1606", "1610", "1674", "1673", "1602"])
    kind, nm, town = REGIONS[code][:3]
    return Org(
        ["BADAN PENGAWAS PEMILIHAN UMUM", f"{kind.upper()} {nm.upper()}"],
        [
            f"Jl. {r.pick(REGIONS[code][5])} No. {r.randint(1, 90)} {town}",
            f"Laman: {nm.lower().replace(' ', '')}.bawaslu.go.id",
        ],
        logo="star",
        city=town,
    ), f"K.SS-{code[2:]}"


def build_M01(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org, kode = bawaslu_org(r)
    d = rand_date(r)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(["center_double", "left_bar", "boxed"]), fam, r)
    fl = Flow(pages, 64, A4W - 128, y, A4H - 60, reg, 10.8, 14.6)
    num = f"{r.randint(100, 999)}/PM.00.02/{kode}/{d.month:02d}/{d.year}"
    subj = r.pick(
        [
            "Undangan Rapat Koordinasi Pengawasan Pemutakhiran Data Pemilih Berkelanjutan",
            "Undangan Rapat Koordinasi Keterbukaan Informasi Pengawasan Pemilu",
            "Undangan Rapat Koordinasi Sinergi Data dan Informasi Kepemiluan",
        ]
    )
    nomor_rows(
        fl,
        [
            ("Nomor", num),
            ("Sifat", r.pick(["Segera", "Penting"])),
            ("Lampiran", "1 (satu) lembar"),
            ("Hal", subj),
        ],
        125,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    fl.para("Yth.")
    for i, t in enumerate(
        [
            "Ketua KPU Provinsi Sumatera Selatan;",
            "Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Selatan;",
            "Ketua Komisi Informasi Provinsi Sumatera Selatan;",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Sumatera Selatan.",
        ],
        1,
    ):
        fl.item(f"{i}.", t)
    fl.para("di -")
    fl.para("Tempat", indent=20, after=8)
    dm = add_workdays(d, r.randint(3, 10))
    fl.para(
        "Dalam rangka penguatan pengawasan dan keterbukaan data serta informasi kepemiluan, Badan Pengawas Pemilihan Umum Provinsi Sumatera Selatan mengundang Bapak/Ibu untuk menghadiri rapat koordinasi yang akan dilaksanakan pada:",
        align="j",
        first=26,
        after=3,
    )
    for lab, val in [
        ("Hari/tanggal", f"{DAYS[dm.weekday()]}, {fdate(dm, 'long')}"),
        ("Waktu", f"{r.pick(['08.30', '09.00', '13.00'])} WIB s.d. selesai"),
        (
            "Tempat",
            r.pick(
                [
                    "Hotel Aryaduta Palembang",
                    "Aula Bawaslu Provinsi Sumatera Selatan",
                    "Hotel Novotel Palembang",
                ]
            ),
        ),
        ("Agenda", "sebagaimana terlampir"),
    ]:
        fl.kv(lab, val, fl.x + 130)
    fl.gap(3)
    fl.para(
        "Mengingat pentingnya acara tersebut, Bapak/Ibu dimohon hadir tepat waktu dan membawa data pendukung terkait daftar pemilih berkelanjutan di wilayah masing-masing.",
        align="j",
        first=26,
        after=3,
    )
    fl.para(
        "Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
        first=26,
        after=8,
    )
    chair = make_person(r, degree_p=0.7).name
    sign_block(
        fl,
        r,
        chair,
        fl.x + fl.w - 200,
        before=["Ketua,"],
        stamp=("BAWASLU", "SUMATERA SELATAN") if not c.digital and r.chance(0.5) else None,
    )
    p2 = Page()
    pages.append(p2)
    fa = Flow(pages, 64, A4W - 128, 70, A4H - 60, reg, 10, 13.5)
    fa.para("Lampiran", size=9.5)
    fa.para(
        f"Surat Ketua Badan Pengawas Pemilihan Umum Provinsi Sumatera Selatan Nomor {num} Tanggal {fdate(d, 'long')}",
        size=9.5,
        after=14,
    )
    fa.para("SUSUNAN ACARA", bold, 12, align="c", after=8)
    slots = ["08.30 - 09.00", "09.00 - 09.30", "09.30 - 10.30", "10.30 - 11.30", "11.30 - 12.00"]
    acts = [
        ("Registrasi peserta", "Panitia"),
        ("Pembukaan dan sambutan", "Ketua Bawaslu Provinsi"),
        ("Paparan pengawasan pemutakhiran data pemilih", "Anggota Bawaslu Provinsi"),
        ("Paparan pengelolaan informasi publik kepemiluan", "KPU Provinsi / Komisi Informasi"),
        ("Diskusi dan penutup", "Moderator"),
    ]
    fa.y = (
        table(
            p2,
            fa.x,
            fa.y,
            [100, 230, fa.w - 330],
            [[a, b, cc] for a, (b, cc) in zip(slots, acts, strict=True)],
            reg,
            9.6,
            12.4,
            header=["Waktu", "Kegiatan", "Narasumber/Keterangan"],
            hfont=bold,
            header_fill=(228, 228, 228),
        )
        + 10
    )
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


def build_M02(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org = Org(
        ["KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310", "Telp. (021) 3193 7223  Laman: www.kpu.go.id"],
        logo="star",
        city="Jakarta",
    )
    d = rand_date(r)
    fam = c.fam(["times", "helv", "dvserif", "book"])
    reg, bold, ital = FAMILIES[fam]
    kno = r.randint(100, 1900)
    title = r.pick(
        [
            "Pedoman Teknis Pengelolaan dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum",
            "Daftar Informasi Publik dan Informasi yang Dikecualikan di Lingkungan Komisi Pemilihan Umum",
            "Standar Layanan Informasi Publik Pemilu dan Pemilihan",
        ]
    )
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(["center_double", "boxed"]), fam, r)
    fl = Flow(pages, 64, A4W - 128, y, A4H - 80, reg, 10.8, 14.6)
    num = f"{r.randint(100, 1900)}/HM.02-SD/05/{d.year}"
    subj = f"Penyampaian Keputusan Komisi Pemilihan Umum tentang {title}"
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        125,
        date_str=f"Jakarta, {fdate(d, 'long')}",
    )
    fl.gap(8)
    fl.para("Yth.")
    fl.item("1.", "Ketua KPU Provinsi; dan")
    fl.item("2.", "Ketua KPU Kabupaten/Kota")
    fl.para("di -")
    fl.para("Tempat", indent=20, after=8)
    fl.para(
        f"Bersama ini kami sampaikan Keputusan Komisi Pemilihan Umum Nomor {kno} Tahun {d.year} tentang {title}, untuk dijadikan pedoman dalam pelayanan informasi publik di satuan kerja masing-masing. Keputusan tersebut juga dapat diunduh melalui laman JDIH KPU.",
        align="j",
        first=26,
        after=3,
    )
    fl.para("Demikian disampaikan untuk dilaksanakan.", first=26, after=8)
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.8).name,
        fl.x + fl.w - 210,
        before=["Sekretaris Jenderal,"],
        sig=r.chance(0.5),
    )
    pages[0].line(64, A4H - 60, A4W - 64, A4H - 60, 0.4, GREY)
    draw_para(
        pages[0],
        64,
        A4H - 48,
        A4W - 128,
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE, BSSN.",
        ital,
        7.8,
        9.5,
        color=GREY,
    )
    kp = Page()
    pages.append(kp)
    fk = Flow(
        pages, 70, A4W - 140, 70, A4H - 60, reg, 10.4, 14.2, on_new_page=page_number_header(reg)
    )
    fk.para("SALINAN", bold, 10, align="r", after=6)
    for ln in ["KEPUTUSAN KOMISI PEMILIHAN UMUM", f"NOMOR {kno} TAHUN {d.year}", "TENTANG"]:
        fk.para(ln, bold, 11.5, align="c")
    fk.para(title.upper(), bold, 11.5, align="c", after=8)
    fk.para("DENGAN RAHMAT TUHAN YANG MAHA ESA", bold, 11, align="c", after=4)
    fk.para("KOMISI PEMILIHAN UMUM,", bold, 11, align="c", after=8)

    def clause(label: str, items: list[str]) -> None:
        for i, t in enumerate(items):
            fk.need(fk.lead)
            if i == 0:
                fk.page.text(fk.x, fk.y, label, reg, 10.4)
                fk.page.text(fk.x + 90, fk.y, ":", reg, 10.4, cont=True)
            mark = f"{'abcdefgh'[i]}." if label == "Menimbang" else f"{i + 1}."
            lines = wrap(t, reg, 10.4, fk.w - 120)
            for k, ln in enumerate(lines):
                fk.need(fk.lead)
                if k == 0:
                    fk.page.text(fk.x + 100, fk.y, mark, reg, 10.4, cont=(i == 0))
                fk.page.text(fk.x + 118, fk.y, ln, reg, 10.4, cont=(k == 0))
                fk.y += fk.lead
        fk.gap(4)

    clause(
        "Menimbang",
        [
            "bahwa untuk menjamin hak setiap orang memperoleh informasi publik kepemiluan perlu disusun pedoman pelayanan informasi yang seragam;",
            f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Komisi Pemilihan Umum tentang {title};",
        ],
    )
    clause(
        "Mengingat",
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;",
            "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum;",
        ],
    )
    fk.para("MEMUTUSKAN:", bold, 11, align="c", after=4)
    for lab, t in [
        ("Menetapkan", f"KEPUTUSAN KOMISI PEMILIHAN UMUM TENTANG {title.upper()}."),
        (
            "KESATU",
            f"Menetapkan {title} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.",
        ),
        (
            "KEDUA",
            "Pedoman sebagaimana dimaksud dalam Diktum KESATU menjadi acuan bagi PPID di lingkungan KPU, KPU Provinsi, dan KPU Kabupaten/Kota.",
        ),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ]:
        lines = wrap(t, reg, 10.4, fk.w - 100)
        for k, ln in enumerate(lines):
            fk.need(fk.lead)
            if k == 0:
                fk.page.text(fk.x, fk.y, lab, reg, 10.4)
                fk.page.text(fk.x + 90, fk.y, ":", reg, 10.4, cont=True)
            fk.page.text(fk.x + 100, fk.y, ln, reg, 10.4, cont=(k == 0))
            fk.y += fk.lead
        fk.gap(3)
    fk.gap(6)
    dk = d - timedelta(days=r.randint(3, 20))
    sign_block(
        fk,
        r,
        make_person(r, degree_p=0.6).name,
        fk.x + fk.w - 230,
        before=[
            "Ditetapkan di Jakarta",
            f"pada tanggal {fdate(dk, 'long')}",
            "KETUA KOMISI PEMILIHAN UMUM",
        ],
        sig=False,
    )
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


NARASUMBER_ORGS = [
    (
        Org(
            ["UNIVERSITAS SRIWIJAYA", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"],
            [
                "Jl. Palembang-Prabumulih Km 32 Indralaya, Ogan Ilir 30662",
                "Laman: fisip.unsri.ac.id",
            ],
            umbrella=["KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"],
            logo="shield",
            city="Indralaya",
        ),
        "UN9.FISIP/KM",
    ),
    (
        Org(
            ["UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG", "FAKULTAS SYARIAH DAN HUKUM"],
            ["Jl. Prof. K.H. Zainal Abidin Fikri Km 3,5 Palembang 30126"],
            umbrella=["KEMENTERIAN AGAMA REPUBLIK INDONESIA"],
            logo="shield",
        ),
        "Un.09/VI.1/PP.00.9",
    ),
    (
        Org(
            ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS MUHAMMADIYAH PALEMBANG"],
            ["Sekretariat: Jl. Jenderal A. Yani 13 Ulu Palembang 30263"],
            logo="ring",
        ),
        "BEM-UMP",
    ),
    (
        Org(
            ["DINAS KOMUNIKASI DAN INFORMATIKA"],
            ["Jl. Kapten A. Rivai No. 3 Palembang 30129"],
            umbrella=["PEMERINTAH PROVINSI SUMATERA SELATAN"],
            logo="shield",
        ),
        "Diskominfo",
    ),
    (
        Org(
            ["ASOSIASI JURNALIS INDEPENDEN", "KOTA PALEMBANG"],
            ["Jl. Letnan Jaimas No. 21 Palembang"],
            logo="ring",
        ),
        "AJI-PLG",
    ),
]


def build_M03(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org, kode = r.pick(NARASUMBER_ORGS)
    d = rand_date(r)
    fam = c.fam()
    reg, bold, ital = FAMILIES[fam]
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(pages, 64, A4W - 128, y, A4H - 60, reg, 10.8, 14.6)
    num = r.pick(
        [
            f"{r.randint(100, 2999)}/{kode}/{d.year}",
            f"B/{r.randint(100, 999)}/{kode}/{d.month:02d}/{d.year}",
            f"{r.randint(10, 99):03d}/{kode}/{ROMAN[d.month - 1]}/{d.year}",
        ]
    )
    subj = r.pick(
        [
            "Permohonan Narasumber",
            "Permohonan Menjadi Narasumber",
            "Permohonan Kesediaan sebagai Narasumber",
        ]
    )
    theme = r.pick(
        [
            "Keterbukaan Informasi Publik dan Kualitas Data Pemilih",
            "Transparansi Data Kepemiluan di Era Digital",
            "Peran PPID dalam Penyelenggaraan Pemilu yang Terbuka",
            "Literasi Informasi Pemilu bagi Pemilih Pemula",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        125,
        date_str=f"{org.city}, {fdate(d, r.pick(['long', 'long0']))}",
    )
    fl.gap(8)
    addressee(fl, r, style=r.pick([0, 2, 3]), target="Ketua KPU Provinsi Sumatera Selatan")
    de = add_workdays(d, r.randint(6, 15))
    fl.para("Dengan hormat,")
    fl.para(
        f"Dalam rangka kegiatan {r.pick(['Seminar', 'Diskusi Publik', 'Kuliah Umum', 'Lokakarya'])} bertema \u201c{theme}\u201d, kami memohon kesediaan Bapak/Ibu untuk menjadi narasumber dengan materi \u201cPengelolaan Data dan Informasi Kepemiluan\u201d. Kegiatan akan dilaksanakan pada:",
        align="j",
        first=26,
        after=3,
    )
    for lab, val in [
        ("Hari/tanggal", f"{DAYS[de.weekday()]}, {fdate(de, 'long')}"),
        ("Waktu", f"{r.pick(['08.00', '09.00', '13.30'])} WIB s.d. selesai"),
        (
            "Tempat",
            r.pick(
                [
                    "Auditorium Kampus",
                    "Aula Kantor",
                    "Ruang Seminar Lantai 2",
                    "Zoom Meeting dan Aula Utama",
                ]
            ),
        ),
    ]:
        fl.kv(lab, val, fl.x + 110)
    fl.gap(3)
    cp = make_person(r)
    fl.para(
        f"Kerangka acuan kegiatan kami lampirkan. Informasi lebih lanjut dapat menghubungi narahubung kami, {salut(cp, r)} {cp.name} ({cp.phone}).",
        align="j",
        first=26,
        after=3,
    )
    fl.para(
        "Atas perhatian dan kesediaan Bapak/Ibu, kami mengucapkan terima kasih.", first=26, after=8
    )
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.7).name,
        fl.x + fl.w - 210,
        before=[r.pick(["Dekan,", "Ketua Panitia,", "Kepala Dinas,", "Ketua,"])],
        stamp=(org.name_lines[0][:28], org.name_lines[-1][:24])
        if not c.digital and r.chance(0.5)
        else None,
    )
    tp = Page()
    pages.append(tp)
    ft = Flow(
        pages, 70, A4W - 140, 72, A4H - 60, reg, 10.6, 14.4, on_new_page=page_number_header(reg)
    )
    ft.para("KERANGKA ACUAN KEGIATAN", bold, 12.5, align="c")
    ft.para("(TERM OF REFERENCE)", ital, 10, align="c", after=10)
    for head, body in [
        (
            "A. Latar Belakang",
            "Keterbukaan informasi publik merupakan salah satu prinsip penyelenggaraan pemilu. Masyarakat membutuhkan data dan informasi kepemiluan yang akurat, mudah diakses, dan dapat dipertanggungjawabkan. Kegiatan ini dimaksudkan untuk memperkuat pemahaman peserta tentang hak atas informasi serta mekanisme permohonan informasi publik kepada PPID.",
        ),
        (
            "B. Tujuan",
            "Meningkatkan literasi peserta mengenai pengelolaan data pemilih, pelayanan informasi publik, dan penyelesaian sengketa informasi.",
        ),
        (
            "C. Peserta",
            f"Peserta berjumlah {r.randint(60, 250)} orang yang terdiri atas mahasiswa, jurnalis, dan pegiat demokrasi.",
        ),
        ("D. Penutup", "Demikian kerangka acuan ini disusun sebagai pedoman pelaksanaan kegiatan."),
    ]:
        ft.para(head, bold, after=1)
        ft.para(body, align="j", indent=16, after=6)
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


def build_M04(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    per = make_person(r)
    d = rand_date(r)
    regno = reg_number(r, d - timedelta(days=r.randint(10, 40)))
    item = r.pick(INFO_ITEMS)
    purpose = r.pick(PURPOSES)
    fam = c.fam(["times", "helv", "dvserif", "book"])
    reg, bold, _ital = FAMILIES[fam]
    ink = c.ink()
    pages = [Page()]
    p = pages[0]
    fl = Flow(pages, 72, A4W - 144, 90, A4H - 60, reg, 11, 16 if not c.hand else 19)
    w = p.text(A4W / 2, fl.y, "SURAT PERNYATAAN", bold, 13.5, align="c")
    p.line(A4W / 2 - w / 2, fl.y + 3, A4W / 2 + w / 2, fl.y + 3, 0.8)
    fl.gap(34)
    fl.para("Yang bertanda tangan di bawah ini:")
    rows = [
        ("Nama", per.name),
        ("NIK", per.nik),
        ("Tempat/Tanggal Lahir", f"{per.birthplace.title()}, {fdate(per.birth, 'long')}"),
        ("Pekerjaan", per.occupation),
        ("Alamat", per.address),
        ("Nomor HP", per.phone),
    ]
    for lab, val in rows:
        if c.hand:
            fl.need(fl.lead)
            fl.page.text(fl.x, fl.y, lab, reg, 11)
            fl.page.text(fl.x + 140, fl.y, ":", reg, 11, cont=True)
            fl.page.line(fl.x + 150, fl.y + 3, fl.x + fl.w, fl.y + 3, 0.4, GREY, dash=(1, 2))
            yl = hand_or_type(fl.page, fl.x + 152, fl.y, val, c, reg, 11, fl.w - 154, fl.lead, ink)
            fl.y = yl + fl.lead
        else:
            fl.kv(lab, val, fl.x + 140)
    fl.gap(4)
    fl.para("dengan ini menyatakan dengan sesungguhnya bahwa:", after=2)
    for i, t in enumerate(
        [
            f"Data dan informasi berupa {lc_first(item)} yang saya terima dari PPID KPU Provinsi Sumatera Selatan berdasarkan permohonan Nomor Pendaftaran {regno} hanya akan saya gunakan untuk {lc_first(purpose)};",
            "Saya tidak akan menyebarluaskan data pribadi yang mungkin termuat di dalamnya dan akan menjaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;",
            "Apabila di kemudian hari saya terbukti menyalahgunakan data dan informasi tersebut, saya bersedia dituntut sesuai ketentuan peraturan perundang-undangan.",
        ],
        1,
    ):
        fl.item(f"{i}.", t, indent=20, align="j")
    fl.gap(4)
    fl.para(
        "Demikian surat pernyataan ini saya buat dengan sadar dan tanpa paksaan dari pihak mana pun.",
        align="j",
        after=12,
    )
    fl.need(110)
    x = fl.x + fl.w - 200
    city = per.addr_parts["town"]
    if c.hand:
        fl.page.text(x, fl.y, f"{city},", reg, 11)
        fl.page.hand(
            x + tw(f"{city}, ", reg, 11),
            fl.y,
            fdate(d, r.pick(["long", "dash", "slash"])),
            r,
            size=13.5,
            color=ink,
            cont=True,
        )
    else:
        fl.page.text(x, fl.y, f"{city}, {fdate(d, 'long')}", reg, 11)
    fl.y += fl.lead
    fl.page.text(x, fl.y, "Yang membuat pernyataan,", reg, 11)
    fl.page.deco.append(("meterai", x - 30, fl.y + 8))
    if c.digital:
        fl.page.rect(x - 30, fl.y + 8, 62, 36, lw=0.5, stroke=GREY, fill=(235, 225, 240))
    signature(fl.page, x + 10, fl.y + 12, r, color=ink)
    fl.y += 56
    if c.hand:
        fl.page.hand(x, fl.y, per.name, r, size=13.5, color=ink)
    else:
        fl.page.text(x, fl.y, per.name, bold, 11)
    return Letter("surat_masuk", pages, sm_fields(f, None, d, None, None), handwritten=c.hand)


BULLETINS = [
    (
        "WARTA KETERBUKAAN",
        "Buletin Komisi Informasi Provinsi Sumatera Selatan",
        "Komisi Informasi Provinsi Sumatera Selatan",
    ),
    (
        "SUARA PENGAWAS",
        "Buletin Badan Pengawas Pemilihan Umum Provinsi Sumatera Selatan",
        "Badan Pengawas Pemilihan Umum Provinsi Sumatera Selatan",
    ),
    (
        "JENDELA DEMOKRASI",
        "Buletin Pusat Kajian Demokrasi FISIP Universitas Sriwijaya",
        "Pusat Kajian Demokrasi FISIP Universitas Sriwijaya",
    ),
]


def build_M05(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    title, pub_line, pub = r.pick(BULLETINS)
    d = rand_date(r)
    fam = c.fam(["times", "dvserif", "c059", "p052", "helv"])
    reg, _bold, ital = FAMILIES[fam]
    hfam = FAMILIES[c.fam(["helv", "dvs", "goth", "dvc"])]
    accent = r.pick(ACCENTS)
    pages = [Page()]
    p = pages[0]
    p.text(A4W / 2, 70, title, hfam[1], 34, align="c", color=accent)
    p.text(A4W / 2, 90, pub_line, ital, 10.5, align="c")
    p.rect(40, 100, A4W - 80, 18, lw=0, stroke=None, fill=accent)
    ed = r.randint(1, 12)
    p.text(
        50, 113, f"Edisi {ed:02d}/Tahun {ROMAN[r.randint(1, 7)]}", hfam[0], 9, color=(255, 255, 255)
    )
    p.text(
        A4W / 2,
        113,
        f"Terbit {fdate(d, 'long')}",
        hfam[0],
        9,
        color=(255, 255, 255),
        align="c",
        cont=True,
    )
    p.text(
        A4W - 50,
        113,
        "Tidak diperjualbelikan",
        hfam[0],
        9,
        color=(255, 255, 255),
        align="r",
        cont=True,
    )
    colw = (A4W - 80 - 18) / 2
    cols = [(40.0, colw), (40 + colw + 18, colw)]
    p.line(A4W / 2, 132, A4W / 2, A4H - 60, 0.4, GREY)
    fl = Flow(pages, 40, colw, 146, A4H - 60, reg, 9.6, 12.4, cols=cols)
    n_req = r.randint(80, 400)
    n_sk = r.randint(10, 40)
    arts = [
        (
            "Permohonan Informasi Meningkat Menjelang Tahapan",
            f"Sepanjang triwulan terakhir, badan publik di Sumatera Selatan menerima {n_req} permohonan informasi. Sebagian besar permohonan berkaitan dengan data pemilih, anggaran pemilihan, dan hasil rekapitulasi. "
            "Pemohon didominasi mahasiswa, jurnalis, dan lembaga swadaya masyarakat. Sebagian kecil permohonan ditolak karena informasi yang diminta memuat data pribadi atau belum didokumentasikan.",
        ),
        (
            "Sengketa Informasi Diselesaikan Lewat Mediasi",
            f"Dari {n_sk} sengketa informasi yang diregister tahun ini, lebih dari separuh berakhir dengan kesepakatan mediasi. Para pihak menilai mediasi lebih cepat dan murah dibandingkan ajudikasi non-litigasi. "
            "Majelis komisioner mengingatkan badan publik agar menanggapi setiap permohonan dalam jangka waktu yang ditentukan undang-undang.",
        ),
        (
            "PPID Diminta Perbarui Daftar Informasi Publik",
            "Setiap badan publik wajib memutakhirkan Daftar Informasi Publik dan mengumumkan informasi berkala secara rutin. Uji konsekuensi harus dilakukan sebelum suatu informasi dinyatakan dikecualikan, "
            "dan hasilnya dituangkan dalam penetapan yang dapat diakses masyarakat.",
        ),
        (
            "Literasi Data bagi Pemilih Pemula",
            "Program literasi data menyasar pelajar dan mahasiswa agar mampu membaca data kepemiluan secara kritis. Peserta diajak mengenali sumber data resmi, cara mengajukan permohonan informasi, "
            "serta etika penggunaan data yang memuat informasi pribadi.",
        ),
        (
            "Monitoring dan Evaluasi Badan Publik",
            "Penilaian keterbukaan informasi tahun ini mencakup ketersediaan informasi berkala, kualitas layanan permohonan, dan inovasi digital. Hasil penilaian diumumkan pada akhir tahun "
            "dan menjadi bahan rekomendasi perbaikan bagi setiap badan publik.",
        ),
        (
            "Data Terbuka, Pemilu Terpercaya",
            "Keterbukaan data pemilih dan hasil pemilu memperkuat kepercayaan publik. Namun, data pribadi pemilih tetap wajib dilindungi sesuai Undang-Undang Pelindungan Data Pribadi, "
            "sehingga data yang dipublikasikan harus berbentuk agregat.",
        ),
    ]
    chosen = r.some(arts, 5)
    for i, (head, body) in enumerate(chosen):
        if i == 3 and fl.col == 0:
            fl.brk()
        fl.need(60)
        fl.para(head, hfam[1], 12, 14.5, after=3)
        fl.para(body, align="j", first=12, after=10)
    fl.need(80)
    fl.page.rect(fl.x, fl.y - 10, fl.w, 66, lw=0.8, stroke=accent, fill=(246, 246, 246))
    fl.x += 8
    fl.w -= 16
    fl.para("SEKILAS ANGKA", hfam[1], 10.5, after=2)
    for lab, val in [
        ("Permohonan informasi", str(n_req)),
        ("Keberatan", str(r.randint(10, 60))),
        ("Sengketa diregister", str(n_sk)),
    ]:
        fl.kv(lab, val, fl.x + 130, size=9.4)
    fl.x -= 8
    fl.w += 16
    for pg in pages:
        pg.text(
            A4W / 2,
            A4H - 40,
            f"Redaksi: {pub}  |  Pembaca dapat mengirim tanggapan ke redaksi",
            reg,
            7.8,
            align="c",
            color=GREY,
        )
    return Letter("surat_masuk", pages, sm_fields(f, None, d, None, pub))


def build_M06(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org, kode = bawaslu_org(r, "kab")
    d = rand_date(r)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(
        pages, 64, A4W - 128, y, A4H - 60, reg, 10.6, 14.2, on_new_page=page_number_header(reg)
    )
    num = f"{r.randint(10, 400)}/PM.01.02/{kode}/{d.month:02d}/{d.year}"
    tri = r.pick(["I", "II", "III", "IV"])
    subj = f"Saran Perbaikan atas Hasil Pemutakhiran Data Pemilih Berkelanjutan Triwulan {tri} Tahun {d.year}"
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"), ("Hal", subj)],
        125,
        date_str=f"{org.city}, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(
        fl,
        r,
        style=r.pick([0, 3]),
        target=r.pick(
            ["Ketua KPU Provinsi Sumatera Selatan", f"Ketua KPU {org.name_lines[1].title()}"]
        ),
    )
    fl.para(
        f"Berdasarkan hasil pengawasan terhadap rekapitulasi daftar pemilih berkelanjutan Triwulan {tri} Tahun {d.year}, kami menemukan data pemilih yang diduga tidak memenuhi syarat sebagai berikut:",
        align="j",
        first=26,
        after=4,
    )
    kecs = [k[0] for k in REGIONS[r.pick(list(REGIONS))][6]]
    finds = [
        "Pemilih meninggal dunia masih terdaftar",
        "NIK ganda",
        "Pemilih di bawah umur",
        "Anggota TNI/Polri aktif terdaftar",
        "Pemilih pindah domisili",
    ]
    rows = [
        [str(i), r.pick(kecs), r.pick(finds), str(r.randint(3, 240))]
        for i in range(1, r.randint(3, 6))
    ]
    fl.y = (
        table(
            fl.page,
            fl.x,
            fl.y,
            [30, 140, fl.w - 240, 70],
            rows,
            reg,
            9.6,
            12.4,
            header=["No", "Kecamatan", "Jenis Temuan", "Jumlah"],
            hfont=bold,
            header_fill=(228, 228, 228),
            aligns=["c", "l", "l", "r"],
        )
        + 10
    )
    fl.para(
        "Sehubungan dengan hal tersebut, kami menyarankan agar dilakukan pencermatan dan perbaikan data, serta meminta informasi tindak lanjut atas saran perbaikan ini paling lambat 7 (tujuh) hari kerja sejak surat ini diterima.",
        align="j",
        first=26,
        after=3,
    )
    fl.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        first=26,
        after=8,
    )
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.6).name,
        fl.x + fl.w - 200,
        before=["Ketua,"],
        stamp=("BAWASLU", org.name_lines[1][:22]) if not c.digital and r.chance(0.5) else None,
    )
    fl.para("Tembusan:", size=9.5)
    fl.para("1. Ketua Bawaslu Provinsi Sumatera Selatan;", size=9.5)
    fl.para("2. Arsip.", size=9.5)
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


def build_M07(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org = Org(
        ["SEKRETARIAT KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        KPU_PROV.addr_lines,
        logo="star",
    )
    d = rand_date(r)
    fam = c.fam()
    reg, bold, _ital = FAMILIES[fam]
    pages = [Page()]
    p = pages[0]
    y = letterhead(p, org, r.pick(["center_double", "minimal", "left_bar"]), fam, r, accent=INK)
    p.text(A4W / 2, y, "MEMORANDUM", bold, 14, align="c")
    y += 20
    num = f"{r.randint(10, 300)}/HM.02-MEMO/16/{d.year}"
    subj = r.pick(
        [
            f"Pemutakhiran Daftar Informasi Publik Tahun {d.year}",
            "Penyiapan Uji Konsekuensi Informasi yang Dikecualikan",
            "Pembaruan Informasi Berkala pada Laman PPID",
        ]
    )
    date_fmt = r.pick(["long", "dash", "slash0"])
    rows = [
        ["Kepada", "Yth. Kepala Subbagian Teknis dan Hubungan Masyarakat selaku PPID Pelaksana"],
        ["Dari", "Sekretaris KPU Provinsi Sumatera Selatan"],
        ["Tanggal", fdate(d, date_fmt)],
        ["Nomor", num],
        ["Hal", subj],
    ]
    y = table(p, 64, y, [90, A4W - 128 - 90], rows, reg, 10.2, 13, pad=5, lw=0.8) + 18
    fl = Flow(pages, 64, A4W - 128, y, A4H - 60, reg, 10.6, 14.4)
    fl.para(
        "Dalam rangka pelaksanaan Peraturan KPU Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik, dengan ini diminta agar Saudara:",
        align="j",
        after=3,
    )
    for i, t in enumerate(
        [
            "memutakhirkan Daftar Informasi Publik dan mengunggahnya pada laman PPID paling lambat akhir bulan ini;",
            "menginventarisasi informasi yang diusulkan untuk dikecualikan beserta dasar hukumnya untuk dilakukan uji konsekuensi;",
            "menyampaikan rekapitulasi permohonan informasi, keberatan, dan sengketa informasi semester berjalan;",
            "memastikan data yang dipublikasikan tidak memuat data pribadi.",
        ],
        1,
    ):
        fl.item(f"{i}.", t, indent=18, align="j")
    fl.gap(4)
    fl.para("Demikian untuk dilaksanakan.", after=8)
    sign_block(fl, r, make_person(r, degree_p=0.7).name, fl.x + fl.w - 200, before=["Sekretaris,"])
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


def build_M08(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org = Org(
        ["OMBUDSMAN REPUBLIK INDONESIA", "PERWAKILAN PROVINSI SUMATERA SELATAN"],
        ["Jl. Radial No. 1 Palembang 30126", "Telp. (0711) 310 877  Laman: www.ombudsman.go.id"],
        logo="garuda",
    )
    d = rand_date(r)
    fam = c.fam()
    reg, _bold, _ital = FAMILIES[fam]
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(
        pages, 64, A4W - 128, y, A4H - 60, reg, 10.6, 14.4, on_new_page=page_number_header(reg)
    )
    num = f"B/{r.randint(10, 900)}/LM.17-06/{r.randint(1, 400):04d}.{d.year}/{ROMAN[d.month - 1]}/{d.year}"
    subj = r.pick(
        [
            "Permintaan Klarifikasi",
            "Permintaan Klarifikasi Tertulis",
            "Permintaan Data dan Keterangan",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Segera"), ("Lampiran", "-"), ("Hal", subj)],
        125,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(fl, r, style=r.pick([0, 3]), target="Ketua KPU Provinsi Sumatera Selatan")
    pel = make_person(r)
    lapno = f"{r.randint(1, 400):04d}/LM/{ROMAN[d.month - 1]}/{d.year}/PLG"
    topic = r.pick(
        [
            "penundaan berlarut pembayaran honorarium anggota PPS",
            "dugaan tidak transparannya proses seleksi anggota PPK",
            "dugaan pungutan dalam layanan pindah memilih",
            "tidak ditanggapinya pengaduan masyarakat terkait perekrutan KPPS",
        ]
    )
    fl.para(
        f"Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Selatan telah menerima laporan masyarakat atas nama {salut(pel, r)} {pel.name} yang teregistrasi dengan Nomor Registrasi {lapno} mengenai dugaan maladministrasi berupa {topic}.",
        align="j",
        first=26,
        after=3,
    )
    fl.para(
        "Sesuai Pasal 31 Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia, kami meminta klarifikasi tertulis dari Saudara beserta data dan informasi pendukung sebagai berikut:",
        align="j",
        first=26,
        after=2,
    )
    for i, t in enumerate(
        [
            "Kronologi penanganan permasalahan yang dilaporkan;",
            "Dokumen dan data pendukung terkait;",
            "Langkah tindak lanjut yang telah dilakukan.",
        ],
        1,
    ):
        fl.item(f"{i}.", t, indent=20)
    fl.gap(3)
    fl.para(
        "Klarifikasi disampaikan paling lambat 14 (empat belas) hari sejak surat ini diterima. Informasi ini bersifat rahasia dan hanya digunakan untuk kepentingan pemeriksaan.",
        align="j",
        first=26,
        after=8,
    )
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.6).name,
        fl.x + fl.w - 210,
        before=["Kepala Perwakilan,"],
        stamp=("OMBUDSMAN RI", "SUMATERA SELATAN") if not c.digital and r.chance(0.4) else None,
    )
    fl.para(f"Tembusan: {salut(pel, r)} {pel.name} (Pelapor).", size=9)
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


FLYER_ORGS = [
    "Himpunan Mahasiswa Ilmu Politik FISIP Universitas Sriwijaya",
    "Badan Eksekutif Mahasiswa Universitas PGRI Palembang",
    "Pusat Studi Demokrasi dan Kepemiluan UIN Raden Fatah Palembang",
    "Komunitas Data Terbuka Sumatera Selatan",
]


def build_M09(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org = r.pick(FLYER_ORGS)
    de = rand_date(r)
    hf = FAMILIES[c.fam(["helv", "dvs", "goth", "dvc", "narrow"])]
    accent = r.pick(ACCENTS)
    pages = [Page()]
    p = pages[0]
    p.rect(0, 0, A4W, 330, lw=0, stroke=None, fill=accent)
    for i in range(3):
        p.circle(60 + i * 44, 44, 16, lw=1.5, stroke=(255, 255, 255))
    p.text(
        A4W - 40,
        48,
        r.pick(["#DataTerbuka", "#PemiluBerintegritas", "#MelekInformasi"]),
        hf[1],
        11,
        align="r",
        color=(255, 255, 255),
    )
    p.text(
        A4W / 2,
        120,
        r.pick(["SEMINAR NASIONAL", "DISKUSI PUBLIK", "TALKSHOW"]),
        hf[1],
        30,
        align="c",
        color=(255, 255, 255),
    )
    theme = r.pick(
        [
            "Keterbukaan Data Pemilu di Era Digital",
            "Hak atas Informasi dan Integritas Pemilu",
            "Membaca Data Pemilih Secara Kritis",
        ]
    )
    y = 160
    for ln in wrap(theme, hf[1], 20, A4W - 120):
        p.text(A4W / 2, y, ln, hf[1], 20, align="c", color=(255, 255, 255))
        y += 26
    p.text(
        A4W / 2,
        300,
        f"{DAYS[de.weekday()].upper()}, {fdate(de, 'upper')}",
        hf[1],
        16,
        align="c",
        color=(255, 255, 255),
    )
    p.text(
        A4W / 2,
        320,
        f"{r.pick(['08.30', '09.00', '13.00'])} WIB - selesai",
        hf[0],
        11,
        align="c",
        color=(255, 255, 255),
    )
    p.text(A4W / 2, 362, "NARASUMBER", hf[1], 13, align="c")
    sp = [
        ("Ketua KPU Provinsi Sumatera Selatan*", make_person(r, degree_p=0.6).name),
        ("Komisioner Komisi Informasi Provinsi Sumatera Selatan", r.pick(KI_COMMISSIONERS)),
        ("Akademisi", make_person(r, occupation="Dosen", degree_p=1.0).name),
    ]
    bw = (A4W - 100) / 3
    for i, (role, nm) in enumerate(sp):
        cx = 50 + bw * i + bw / 2
        p.circle(cx, 420, 34, lw=0, stroke=None, fill=(200, 200, 205))
        yy = 475
        for ln in wrap(nm, hf[1], 10, bw - 10):
            p.text(cx, yy, ln, hf[1], 10, align="c")
            yy += 12
        for ln in wrap(role, hf[0], 8.5, bw - 10):
            p.text(cx, yy, ln, hf[0], 8.5, align="c")
            yy += 10.5
    p.text(60, 580, "*dalam konfirmasi", hf[2], 8)
    p.rect(50, 600, A4W - 100, 90, lw=1.2, stroke=accent)
    p.text(66, 622, "Tempat", hf[1], 10.5)
    p.text(
        160,
        622,
        r.pick(
            [
                "Auditorium Kampus Bukit Besar",
                "Aula Gedung Pascasarjana",
                "Hotel Swarna Dwipa Palembang",
            ]
        ),
        hf[0],
        10.5,
        cont=True,
    )
    p.text(66, 642, "Pendaftaran", hf[1], 10.5)
    p.text(
        160,
        642,
        f"bit.ly/{r.pick(['semnas', 'dispub', 'talkshow'])}-{r.randint(10, 99)}data",
        hf[0],
        10.5,
        cont=True,
    )
    cp = make_person(r)
    p.text(66, 662, "Narahubung", hf[1], 10.5)
    p.text(160, 662, f"{cp.ktp_name.title().split()[0]} ({cp.phone})", hf[0], 10.5, cont=True)
    p.text(66, 682, "Fasilitas", hf[1], 10.5)
    p.text(160, 682, "E-sertifikat, seminar kit, konsumsi", hf[0], 10.5, cont=True)
    qr_like(p, A4W - 150, 700, 84, r)
    p.text(50, 730, "Diselenggarakan oleh:", hf[0], 9)
    for i, ln in enumerate(wrap(org, hf[1], 11, 300)):
        p.text(50, 746 + i * 13, ln, hf[1], 11)
    return Letter("surat_masuk", pages, sm_fields(f, None, None, None, org))


def build_M10(c: Ctx) -> Letter:
    r = c.r
    f = blank_fields()
    org = Org(
        ["DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SUMATERA SELATAN"],
        ["Jl. POM IX Kampus Palembang 30137", "Telp. (0711) 352 420  Laman: dprd.sumselprov.go.id"],
        logo="garuda",
    )
    d = rand_date(r)
    fam = c.fam()
    reg, _bold, _ital = FAMILIES[fam]
    pages = [Page()]
    y = letterhead(pages[0], org, r.pick(HEAD_STYLES), fam, r)
    fl = Flow(
        pages, 64, A4W - 128, y, A4H - 60, reg, 10.6, 14.4, on_new_page=page_number_header(reg)
    )
    num = r.pick(
        [
            f"005/{r.randint(100, 3000)}/DPRD-SS/{d.year}",
            f"{r.randint(10, 300)}/KOM.I/DPRD/{ROMAN[d.month - 1]}/{d.year}",
        ]
    )
    subj = r.pick(
        [
            "Undangan Rapat Dengar Pendapat Komisi I",
            "Undangan Rapat Dengar Pendapat",
            "Undangan RDP Komisi I DPRD Provinsi Sumatera Selatan",
        ]
    )
    nomor_rows(
        fl,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "-"), ("Hal", subj)],
        125,
        date_str=f"Palembang, {fdate(d, 'long')}",
    )
    fl.gap(8)
    addressee(fl, r, style=r.pick([0, 3]), target="Ketua KPU Provinsi Sumatera Selatan")
    dm = add_workdays(d, r.randint(3, 9))
    fl.para(
        "Dalam rangka pelaksanaan fungsi pengawasan, Komisi I DPRD Provinsi Sumatera Selatan mengundang Saudara untuk menghadiri Rapat Dengar Pendapat (RDP) pada:",
        align="j",
        first=26,
        after=3,
    )
    for lab, val in [
        ("Hari/tanggal", f"{DAYS[dm.weekday()]}, {fdate(dm, 'long')}"),
        ("Pukul", f"{r.pick(['09.00', '10.00', '14.00'])} WIB"),
        ("Tempat", "Ruang Rapat Komisi I DPRD Provinsi Sumatera Selatan"),
        (
            "Acara",
            "Pembahasan pemutakhiran data pemilih berkelanjutan dan keterbukaan informasi publik",
        ),
    ]:
        fl.kv(lab, val, fl.x + 110)
    fl.gap(3)
    fl.para(
        "Sehubungan dengan hal tersebut, kami mohon Saudara membawa data dan informasi sebagai berikut:",
        align="j",
        first=26,
        after=2,
    )
    for i, t in enumerate(
        r.some(
            [
                "Data pemilih berkelanjutan per kabupaten/kota semester terakhir",
                "Laporan layanan informasi publik tahun berjalan",
                "Realisasi anggaran hibah pemilihan yang telah dipertanggungjawabkan",
                "Rekapitulasi sengketa informasi yang melibatkan KPU Provinsi",
            ],
            3,
        )
    ):
        fl.item(f"{'abc'[i]}.", t + (";" if i < 2 else "."), indent=18)
    fl.gap(3)
    fl.para(
        "Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
        first=26,
        after=8,
    )
    sign_block(
        fl,
        r,
        make_person(r, degree_p=0.6).name,
        fl.x + fl.w - 210,
        before=["a.n. Ketua DPRD Provinsi Sumatera Selatan", "Ketua Komisi I,"],
    )
    fl.para("Tembusan:", size=9.5)
    fl.para("1. Ketua DPRD Provinsi Sumatera Selatan (sebagai laporan);", size=9.5)
    fl.para("2. Arsip.", size=9.5)
    return Letter("surat_masuk", pages, sm_fields(f, num, d, subj, org.sender))


LAYOUTS: dict[str, Spec] = {
    "P01_raw_mime_source": Spec("permohonan_informasi", build_P01),
    "P02_bilingual_institute": Spec("permohonan_informasi", build_P02),
    "P03_forwarded_cover": Spec("permohonan_informasi", build_P03),
    "P04_twocol_leaflet": Spec("permohonan_informasi", build_P04),
    "P05_footnoted_prose": Spec("permohonan_informasi", build_P05),
    "P06_year_table": Spec("permohonan_informasi", build_P06),
    "P07_lapor_ticket": Spec("permohonan_informasi", build_P07),
    "P08_phone_log": Spec("permohonan_informasi", build_P08, 0.7),
    "P09_largeprint_disability": Spec("permohonan_informasi", build_P09),
    "P10_browser_form_hand": Spec("permohonan_informasi", build_P10, 1.0),
    "K01_quote_reply": Spec("keberatan", build_K01),
    "K02_company": Spec("keberatan", build_K02),
    "K03_timeline": Spec("keberatan", build_K03),
    "K04_inline_checklist": Spec("keberatan", build_K04),
    "K05_hand_perki_form": Spec("keberatan", build_K05, 1.0),
    "K06_oral_record": Spec("keberatan", build_K06, 0.5),
    "K07_with_notice_copy": Spec("keberatan", build_K07),
    "S01_register_extract": Spec("sengketa", build_S01),
    "S02_mediasi_sidebar": Spec("sengketa", build_S02),
    "S03_pembuktian_bukti": Spec("sengketa", build_S03),
    "S04_putusan_cover": Spec("sengketa", build_S04),
    "S05_pemohon_application": Spec("sengketa", build_S05),
    "S06_ba_pemeriksaan_awal": Spec("sengketa", build_S06),
    "M01_bawaslu_rakor_agenda": Spec("surat_masuk", build_M01),
    "M02_keputusan_cover": Spec("surat_masuk", build_M02),
    "M03_narasumber_tor": Spec("surat_masuk", build_M03),
    "M04_surat_pernyataan": Spec("surat_masuk", build_M04, 0.6),
    "M05_bulletin": Spec("surat_masuk", build_M05),
    "M06_saran_perbaikan": Spec("surat_masuk", build_M06),
    "M07_memorandum": Spec("surat_masuk", build_M07),
    "M08_ombudsman_klarifikasi": Spec("surat_masuk", build_M08),
    "M09_eflyer": Spec("surat_masuk", build_M09),
    "M10_dprd_rdp": Spec("surat_masuk", build_M10),
}


# --------------------------------------------------------------------------------------------
# rendition, files, truth
# --------------------------------------------------------------------------------------------
P_DIGITAL = 0.40
PAPERS = [(255, 255, 255), (250, 249, 244), (247, 246, 240), (252, 250, 246), (244, 243, 238)]
NIK_RE = re.compile(r"^16(0[1-9]|1[0-3]|7[1-4])\d{2}(\d{2})(\d{2})\d{2}(\d{4})$")


def check_letter(lid: str, letter: Letter) -> None:
    f = letter.fields
    assert list(f) == FIELD_KEYS, f"{lid}: field keys"
    text = norm(" ".join(p.page_text() for p in letter.pages)).lower()
    for k in FIELD_KEYS:
        v = f[k]
        if v is None or k in CODED:
            continue
        assert isinstance(v, str) and v == norm(v) and v, f"{lid}: {k} not normalised: {v!r}"
        parts = v.split("; ") if k == "information_requested" else [v]
        for part in parts:
            assert norm(part).lower() in text, f"{lid}: {k}={part!r} not in page text"
    if f["nik"]:
        m = NIK_RE.match(f["nik"])
        assert m, f"{lid}: bad NIK {f['nik']}"
        day, month, serial = int(m.group(2)), int(m.group(3)), m.group(4)
        assert 1 <= month <= 12 and (1 <= day <= 31 or 41 <= day <= 71) and serial != "0000", (
            f"{lid}: bad NIK {f['nik']}"
        )
    if f["letter_date"]:
        date.fromisoformat(f["letter_date"])
    assert f["obtain_method"] in OBTAIN_VALUES | {None}, lid
    assert f["delivery_method"] in DELIVERY_VALUES | {None}, lid
    assert f["objection_reason_code"] in set("abcdefg") | {None}, lid
    if letter.cls == "surat_masuk":
        extra = [
            k
            for k in FIELD_KEYS
            if f[k] is not None
            and k not in ("letter_number", "letter_date", "subject", "sender_org")
        ]
        assert not extra, f"{lid}: surat_masuk carries {extra}"
    if letter.cls == "sengketa":
        extra = [
            k
            for k in (
                "nik",
                "phone",
                "email",
                "occupation",
                "purpose",
                "obtain_method",
                "delivery_method",
                "objection_reason_code",
            )
            if f[k] is not None
        ]
        assert not extra and f["dispute_register_number"], f"{lid}: sengketa fields {extra}"
    if letter.cls == "keberatan":
        assert f["objection_reason_code"] and f["reference_registration_number"], (
            f"{lid}: keberatan needs reason and reference"
        )


def _jpeg_bytes(im: Image.Image, q: int, dpi: int) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, dpi=(dpi, dpi))
    return b.getvalue()


def save_digital(
    lid: str, out: str, letter: Letter, r: R, nr: np.random.Generator
) -> tuple[list[str], list[int]]:
    name = f"{lid}.pdf"
    c = canvas.Canvas(os.path.join(out, name), invariant=1, pageCompression=1)
    c.setTitle(lid)
    c.setCreator(
        r.pick(
            [
                "Microsoft Word",
                "LibreOffice Writer",
                "Chromium",
                "WPS Writer",
                "Google Docs Renderer",
            ]
        )
    )
    image_pages = []
    for i, p in enumerate(letter.pages):
        c.setPageSize((p.w, p.h))
        if p.raster:
            im = render_image(p, 150, False, (246, 246, 244))
            im, _ = degrade(im, r, nr, 150, (246, 246, 244), True)
            c.drawImage(ImageReader(io.BytesIO(_jpeg_bytes(im, 70, 150))), 0, 0, p.w, p.h)
            image_pages.append(i + 1)
        else:
            draw_pdf_page(c, p)
        c.showPage()
    c.save()
    return [name], image_pages


def save_scan(
    lid: str, out: str, letter: Letter, r: R, nr: np.random.Generator
) -> tuple[list[str], dict, int]:
    dpi = 200 if r.chance(0.6) else 300
    fmt = r.wpick([("png", 3), ("jpeg", 3), ("tiff", 2), ("pdf", 2)])
    mode = {
        "png": r.wpick([("L", 7), ("RGB", 3)]),
        "jpeg": r.wpick([("L", 1), ("RGB", 1)]),
        "tiff": r.wpick([("1", 7), ("L", 3)]),
        "pdf": r.wpick([("L", 3), ("RGB", 2)]),
    }[fmt]
    if letter.handwritten and mode == "L" and r.chance(0.4):
        mode = "RGB"
    paper = r.pick(PAPERS)
    q = r.randint(45, 85) if fmt in ("jpeg", "pdf") else None
    images: list[Image.Image] = []
    metas = []
    d0 = (
        date.fromisoformat(letter.fields["letter_date"])
        if letter.fields["letter_date"]
        else rand_date(r)
    )
    recv = received_date(r, d0)
    for i, p in enumerate(letter.pages):
        color = mode == "RGB"
        im = render_image(p, dpi, color, paper)
        draw_deco(im, p, dpi)
        stamps = []
        if i == 0 and r.chance(0.65):
            agenda = f"{r.randint(1, 1400):04d}/AG/{recv.year}"
            lines = [
                "DITERIMA",
                "KPU PROV. SUMATERA SELATAN",
                f"Tanggal : {fdate(recv, 'dash')}",
                f"Jam     : {r.randint(8, 15):02d}.{r.randint(0, 59):02d}",
                f"No. Agenda : {agenda}",
                "Paraf   :",
            ]
            box = place_received(im, dpi, lines, r.pick(STAMP_INKS), r)
            stamps.append(
                {"kind": "received", "date": recv.isoformat(), "agenda": agenda, "box_px": box}
            )
        for dec in p.deco:
            if dec[0] == "round":
                stamps.append({"kind": "organisation", "text": f"{dec[4]} / {dec[5]}".strip(" /")})
            elif dec[0] == "meterai":
                stamps.append({"kind": "meterai"})
        notes = [dec[3] for dec in p.deco if dec[0] == "note"]
        im, meta = degrade(
            im, r, nr, dpi, paper, p.photocopy, level_p=0.75 if fmt in ("png", "tiff") else 0.4
        )
        rot = r.wpick([(0, 92), (180, 4), (90, 2), (270, 2)])
        if rot:
            im = im.transpose(
                {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot]
            )
        if mode == "1":
            thr = r.randint(160, 190)
            im = (
                im.convert("L")
                .point(lambda v, t=thr: 255 if v > t else 0)
                .convert("1", dither=Image.Dither.NONE)
            )
        meta.update(rotation=rot, jpeg_quality=q, stamps=stamps, notes=notes)
        metas.append(meta)
        images.append(im)
    files = []
    if fmt in ("png", "jpeg"):
        ext = "png" if fmt == "png" else "jpg"
        for i, im in enumerate(images):
            name = f"{lid}.{ext}" if len(images) == 1 else f"{lid}_p{i + 1}.{ext}"
            if fmt == "png":
                im.save(os.path.join(out, name), "PNG", dpi=(dpi, dpi), compress_level=3)
            else:
                im.save(os.path.join(out, name), "JPEG", quality=q, dpi=(dpi, dpi))
            files.append(name)
    elif fmt == "tiff":
        name = f"{lid}.tif"
        images[0].save(
            os.path.join(out, name),
            save_all=True,
            append_images=images[1:],
            dpi=(dpi, dpi),
            compression="group4" if mode == "1" else "tiff_lzw",
        )
        files.append(name)
    else:
        name = f"{lid}.pdf"
        c = canvas.Canvas(os.path.join(out, name), invariant=1, pageCompression=1)
        c.setCreator(
            r.pick(["ScanGear", "Canon MF Scan Utility", "EPSON Scan", "HP Scan", "NAPS2"])
        )
        for im in images:
            w, h = im.width * 72.0 / dpi, im.height * 72.0 / dpi
            c.setPageSize((w, h))
            c.drawImage(ImageReader(io.BytesIO(_jpeg_bytes(im, q, dpi))), 0, 0, w, h)
            c.showPage()
        c.save()
        files.append(name)
    return files, {"format": fmt, "mode": mode, "dpi": dpi, "pages": metas}, dpi


def make_one(args: tuple[str, int, int, str, str]) -> dict:
    out, seed, idx, cls, layout = args
    lid = f"s8_{idx:04d}"
    r = R(f"eighth-{seed}-{idx}")
    nr = np.random.default_rng([seed, idx, 8])
    spec = LAYOUTS[layout]
    hand = r.random() < spec.hand_p
    digital = (not hand) and r.random() < P_DIGITAL
    for attempt in range(1, 6):  # a long name or item that overflows its box: draw again
        try:
            letter = spec.build(Ctx(r, digital, hand))
            break
        except OverflowError:
            r = R(f"eighth-{seed}-{idx}-{attempt}")
    else:
        raise OverflowError(f"{lid}: {layout} overflows five times")
    assert letter.cls == cls == spec.cls, (lid, layout)
    letter.handwritten = letter.handwritten or hand
    if letter.handwritten or any(op[0] == "H" for p in letter.pages for op in p.ops):
        # pen marks (a ticked X, a name) need a scan; handwritten stays the builder's word
        assert not digital, f"{lid}: pen marks on a born-digital page"
    check_letter(lid, letter)
    truth = {
        "id": lid,
        "files": None,
        "class": cls,
        "layout": layout,
        "heldout": False,
        "handwritten": letter.handwritten,
        "rendition": "digital" if digital else "scan",
        "pages": len(letter.pages),
        "dpi": None,
        "fields": letter.fields,
        "page_text": [p.page_text() for p in letter.pages],
    }
    if digital:
        files, image_pages = save_digital(lid, out, letter, r, nr)
        truth["files"] = files
        if image_pages:
            truth["image_pages"] = image_pages
    else:
        files, scan, dpi = save_scan(lid, out, letter, r, nr)
        truth["files"] = files
        truth["dpi"] = dpi
        truth["scan"] = scan
    return truth


CLASS_SHARES = [
    ("permohonan_informasi", 0.4),
    ("keberatan", 0.2),
    ("sengketa", 0.1),
    ("surat_masuk", 0.3),
]


def plan(n: int, seed: int) -> list[tuple[int, str, str]]:
    raw = [(cls, n * s) for cls, s in CLASS_SHARES]
    counts = {cls: int(x) for cls, x in raw}
    rest = n - sum(counts.values())
    for cls, _x in sorted(raw, key=lambda q: -(q[1] - int(q[1])))[:rest]:
        counts[cls] += 1
    r = R(f"eighth-plan-{seed}")
    classes = [cls for cls, _ in CLASS_SHARES for _ in range(counts[cls])]
    r.shuffle(classes)
    orders = {}
    for cls, _ in CLASS_SHARES:
        lays = [k for k, s in LAYOUTS.items() if s.cls == cls]
        r.shuffle(lays)
        orders[cls] = lays
    used = dict.fromkeys(orders, 0)
    out = []
    for i, cls in enumerate(classes, 1):
        lays = orders[cls]
        out.append((i, cls, lays[used[cls] % len(lays)]))
        used[cls] += 1
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: make_eighth_corpus.py OUT_DIR N SEED", file=sys.stderr)
        return 2
    out, n, seed = argv[1], int(argv[2]), int(argv[3])
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    jobs = [(out, seed, i, cls, lay) for i, cls, lay in plan(n, seed)]
    procs = max(1, min(len(jobs), os.cpu_count() or 1))
    if procs > 1:
        with Pool(procs) as pool:
            truths = list(pool.imap(make_one, jobs, chunksize=1))
    else:
        truths = [make_one(j) for j in jobs]
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    by_cls: dict[str, int] = {}
    for t in truths:
        by_cls[t["class"]] = by_cls.get(t["class"], 0) + 1
    dig = sum(t["rendition"] == "digital" for t in truths)
    hand = sum(t["handwritten"] for t in truths)
    print(
        f"{len(truths)} letters in {time.time() - t0:.1f} s -> {out}  classes {by_cls}  digital {dig}  handwritten {hand}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

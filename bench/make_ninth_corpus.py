# ruff: noqa: E501
"""Ninth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_ninth_corpus.py OUT_DIR N SEED

writes N letters (s9_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s9_0001_p1.jpg, s9_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object per
letter in the format of ../shared/sample/truth.jsonl: id, files, class, layout, heldout (false),
handwritten, rendition ("digital" | "scan"), pages, dpi, fields (all 17 keys, null where the letter
does not state them), page_text (the text printed on each page), for digital letters image_pages
(1-based pages that are an embedded picture without a text layer, e.g. a KTP photocopy) and, for
scans, scan (format, mode, dpi and per page skew_deg, blur_px, noise_sigma, faded, auto_level,
rotation, jpeg_quality, stamps, notes; a received stamp's box_px is in the page image before skew
and rotation).  The same SEED gives the same corpus, byte for byte; letters are built in a
multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample and the docstrings of
the earlier generators only (to follow their truth conventions and to avoid their layouts).
Self-contained: it imports nothing from the project.  Classes in fixed shares (40 %
permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 % surat_masuk, largest remainder), the
layouts of a class used round-robin in a seed-shuffled order.  About a third are born-digital PDFs
(reportlab, text layer; standard-14 and DejaVu fonts); the rest are scans drawn with Pillow at 200
or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur, noise, faded toner, JPEG
artefacts, bilevel G4 TIFF, now and then a page turned 90/180/270 degrees, a "DITERIMA" received
stamp, organisation stamps, signatures, meterai and margin notes) saved as PNG, JPEG, multi-page
TIFF or image-only PDF.  Hand-filled forms and hand-written text (fifthhorseman dkg hand) are always
scans, about 10 % of all letters.

Layouts (code, class: one line each)
  P01_footer_identity_memo   permohonan  request typed as a memo of numbered "Butir" articles, the
                                         applicant's identity only in a boxed footer block under a rule
  P02_dean_cover_student     permohonan  page 1 the dean's surat pengantar (student table), page 2 the
                                         student's own request with identity, items and purpose
  P03_purpose_first_sections permohonan  sectioned letter, Roman headings on grey bars in the order
                                         MAKSUD DAN TUJUAN / INFORMASI / DATA PEMOHON / CARA
  P04_nested_bullets         permohonan  identity in one prose sentence; items as bullets with
                                         sub-bullets (parent ends with ":"), purpose after the list
  P05_right_aligned_labels   permohonan  labels right-aligned against a vertical rule, values to its
                                         right, no colons, "Surel" / "Telepon Seluler" style labels
  P06_duplicate_half_slips   permohonan  A4 sheet with the same half-page "Kartu Permintaan" twice
                                         (Lembar Petugas / Lembar Pemohon) and a scissors cut line, or
                                         one cut half-A4 slip; typed or hand-filled, clerk's number
  P07_kiosk_thermal_receipt  permohonan  thermal receipt of a self-service kiosk (narrow mono strip);
                                         NIK sometimes masked, a ticket code that is not a Nomor
  P08_annex_item_table       permohonan  organisation letter "sebagaimana terlampir" + page 2 Lampiran
                                         table No / Uraian Informasi / Bentuk (Softcopy|Hardcopy)
  P09_hand_comb_capitals     permohonan  printed form with one-letter comb boxes filled by hand in
                                         capitals, ruled lines for items and purpose, tick boxes
  P10_horizontal_identity    permohonan  identity as a one-row horizontal table (Nama | NIK | Pekerjaan
                                         | Alamat | Kontak), items and purpose in prose
  K01_form_reason_first      keberatan   objection form in another order: I. Alasan (tick list) first,
                                         II. Data Permohonan, III. Identitas, IV. Uraian, register box
                                         at the bottom; typed or hand-filled
  K02_open_letter_post       keberatan   "Surat Terbuka" blog / social post printout: site header,
                                         title, hashtags, identity at the end, print footer
  K03_envelope_first         keberatan   page 1 the scanned envelope (sender block, KILAT label,
                                         postmark), page 2 a plain typed objection letter
  K04_ya_tidak_matrix        keberatan   identity grid + the seven grounds as rows with Ya / Tidak
                                         columns, one "Ya" marked
  K05_correspondence_table   keberatan   follow-up objection with a table of earlier correspondence
                                         (tanggal, nomor, perihal, keterangan)
  K06_hand_on_notice         keberatan   the PPID's typed notice with the objection written by hand in
                                         its blank lower half (always a scan)
  S01_register_in_hal        sengketa    KI hearing summons whose register number is only in the Hal
                                         line, schedule as a bordered two-column box
  S02_parties_table          sengketa    KI registration notice, case data in a bordered table (Nomor
                                         Register | Pemohon | Termohon | Objek | Nomor Pendaftaran)
  S03_case_tracker_print     sengketa    browser printout of the KI's online case tracker: URL bar,
                                         case card, status timeline, print footer
  S04_penetapan_mediasi_footer sengketa  two-page KI "Penetapan" on mediation, register number only in
                                         the running footer and the Menimbang clause
  M01_kab_sinkronisasi_data  surat_masuk KPU kab/kota asks for voter-data synchronisation, table of
                                         differences per kecamatan
  M02_peminjaman_sarana      surat_masuk student body / school / party asks to borrow the hall or
                                         ballot boxes, schedule block, contact person
  M03_ppid_reply_copy        surat_masuk the PPID's own outgoing pemberitahuan tertulis, "ARSIP" copy
                                         filed in the inbox (names an applicant, a Nomor Pendaftaran)
  M04_studi_banding          surat_masuk another province's KPU asks for a benchmarking visit on PPID
                                         practice, topics list and delegation table
  M05_bawaslu_imbauan        surat_masuk Bawaslu "Imbauan" on personal data in published voter lists
  M06_partai_penyampaian     surat_masuk party board sends reports or data (dana kampanye, pengurus),
                                         list of enclosures
  M07_kartu_undangan         surat_masuk ornamental invitation card (HUT kabupaten/kota, dies natalis)
  M08_kpu_ri_permintaan_laporan surat_masuk KPU RI asks every KPU provinsi for PPID service data +
                                         lampiran with an empty form table
  M09_ucapan_terima_kasih    surat_masuk thank-you letter of a school or campus after a KPU visit

Truth conventions (where DESIGN.md / domain.md are silent; as in the eighth generator unless said)
  * Values as printed, whitespace-normalised; every textual value is checked to occur in page_text
    (case aside: inside a sentence an item or purpose starts in lower case, the truth keeps the
    capital).  Several requested items are joined with "; " without numbering or final punctuation.
    P04's sub-bullets: the parent item as printed (with its ":") then its sub-items joined by ", ".
    phone is E.164 (+62...; a landline "(0711) 35xxxx" -> +6271135xxxx), as the brief asks (the
    sample writes phones as printed).  letter_date ISO.  names keep prefixes (H., Hj., Kms., Mgs.,
    Nyimas, Dr., Ir.) and degrees, never Bapak/Ibu/Sdr./Sdri./Saudara; capitals stay capitals
    (P09's comb boxes).  NIK: 16 digits, Sumsel kab/kota code (1601-1613, 1671-1674), kecamatan,
    DDMMYY (day + 40 for women), serial; printed with spaces or dots sometimes, truth the 16 digits;
    a masked NIK (P07, "1671xxxxxxxx0001") is null.
  * The applicant is the natural person whose identity the letter gives as requester (the student on
    P02's page 2, the signatory of P08, the writer of the objection).  P08 and the NGO version of K05:
    address = the organisation's address printed for the signatory, phone = the one printed in the
    identity block (personal or the office's).  occupation only from a Pekerjaan label or
    "bekerja sebagai" / "pekerjaan" (a Jabatan is not one).  An attached KTP copy (P03, P04, P05, P10,
    K03, K04; a picture page in digital letters) supplies the NIK when the letter does not state it.
  * sender_org: the letterhead's name lines joined by a space, without umbrella lines (KEMENTERIAN
    ..., PEMERINTAH ...); null for individuals and for the desk's own forms (P06, P09, K01, P07).
  * letter_number: the letter's own Nomor; on the desk's forms / slips the Nomor Pendaftaran / Nomor
    Registrasi Keberatan when one is written in; null otherwise (a kiosk ticket code, a blog post, a
    case-tracker page have none).  subject: a Hal / Perihal line only (S01's Hal includes the register
    number), except S04's penetapan, whose subject is its TENTANG title as printed (capitals); null
    otherwise.
  * P02 (dean's cover + student request): letter_number, letter_date, subject and sender_org are the
    cover letter's, the applicant fields the student's page.  K06: applicant from the notice's
    addressee, the reference number and item from the notice, letter_date the hand-written date,
    letter_number / subject / sender_org null (the notice's own Nomor is the PPID's, not the
    objection's).  S03: letter_date null (a status page has no writer's date; neither the
    registration date nor the print date is one); sender_org the KI named in the page header.
  * obtain_method / delivery_method from ticks or words: melihat; salinan when the kind is not said;
    salinan_hardcopy / salinan_softcopy when named (P08: the Bentuk column, all rows alike);
    delivery null when not said.  objection_reason_code from the ticked / "Ya" row or from the ground
    in words (Pasal 35 ayat (1) huruf a-g).
  * sengketa letters carry only the applicant's name, address and requested information when
    printed, the cited request number, the KI register number and the letter's own number, date,
    subject and sender.  surat_masuk carries only letter_number, letter_date, subject, sender_org
    (M03, the PPID's own reply copy: its Nomor, date, Hal and "KOMISI PEMILIHAN UMUM PROVINSI
    SUMATERA SELATAN"; M07's card often has no number, Hal or date: null).
  * Stamps, signatures, meterai and margin notes are pictures, not page text; the received stamp
    and notes are described in scan.pages[i].  handwritten is true when field values are hand-written.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from multiprocessing import Pool

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FIELDS = (
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
)
CLASS_SHARES = (
    ("permohonan_informasi", 40),
    ("keberatan", 20),
    ("sengketa", 10),
    ("surat_masuk", 30),
)

# ---------------------------------------------------------------------------------------------
# fonts
# ---------------------------------------------------------------------------------------------
DV = "/usr/share/fonts/truetype/dejavu/"
URW = "/usr/share/fonts/opentype/urw-base35/"
HAND = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"

# key -> (Pillow font file, reportlab font name or None when the font is for scans only)
FONTS = {
    "times": (URW + "NimbusRoman-Regular.otf", "Times-Roman"),
    "times-b": (URW + "NimbusRoman-Bold.otf", "Times-Bold"),
    "times-i": (URW + "NimbusRoman-Italic.otf", "Times-Italic"),
    "helv": (URW + "NimbusSans-Regular.otf", "Helvetica"),
    "helv-b": (URW + "NimbusSans-Bold.otf", "Helvetica-Bold"),
    "helv-i": (URW + "NimbusSans-Italic.otf", "Helvetica-Oblique"),
    "mono": (URW + "NimbusMonoPS-Regular.otf", "Courier"),
    "mono-b": (URW + "NimbusMonoPS-Bold.otf", "Courier-Bold"),
    "mono-i": (URW + "NimbusMonoPS-Italic.otf", "Courier-Oblique"),
    "dvsans": (DV + "DejaVuSans.ttf", "DejaVuSans"),
    "dvsans-b": (DV + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold"),
    "dvsans-i": (DV + "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique"),
    "dvserif": (DV + "DejaVuSerif.ttf", "DejaVuSerif"),
    "dvserif-b": (DV + "DejaVuSerif-Bold.ttf", "DejaVuSerif-Bold"),
    "dvserif-i": (DV + "DejaVuSerif-Italic.ttf", "DejaVuSerif-Italic"),
    "dvcond": (DV + "DejaVuSansCondensed.ttf", "DejaVuSansCondensed"),
    "dvcond-b": (DV + "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Bold"),
    "dvcond-i": (DV + "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-Oblique"),
    "dvmono": (DV + "DejaVuSansMono.ttf", "DejaVuSansMono"),
    "dvmono-b": (DV + "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold"),
    "dvmono-i": (DV + "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-Oblique"),
    "bookman": (URW + "URWBookman-Light.otf", None),
    "bookman-b": (URW + "URWBookman-Demi.otf", None),
    "bookman-i": (URW + "URWBookman-LightItalic.otf", None),
    "gothic": (URW + "URWGothic-Book.otf", None),
    "gothic-b": (URW + "URWGothic-Demi.otf", None),
    "gothic-i": (URW + "URWGothic-BookOblique.otf", None),
    "century": (URW + "C059-Roman.otf", None),
    "century-b": (URW + "C059-Bold.otf", None),
    "century-i": (URW + "C059-Italic.otf", None),
    "palatino": (URW + "P052-Roman.otf", None),
    "palatino-b": (URW + "P052-Bold.otf", None),
    "palatino-i": (URW + "P052-Italic.otf", None),
    "narrow": (URW + "NimbusSansNarrow-Regular.otf", None),
    "narrow-b": (URW + "NimbusSansNarrow-Bold.otf", None),
    "narrow-i": (URW + "NimbusSansNarrow-Oblique.otf", None),
    "hand": (HAND, "dkg"),
    "hand-b": (HAND, "dkg"),
    "hand-i": (HAND, "dkg"),
    "sym": (DV + "DejaVuSans.ttf", "DejaVuSans"),
    "sym-b": (DV + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold"),
}
DIGITAL_FAMILIES = ("times", "helv", "dvsans", "dvserif", "dvcond")
SCAN_FAMILIES = (
    "times",
    "helv",
    "dvsans",
    "dvserif",
    "bookman",
    "century",
    "palatino",
    "gothic",
    "times",
    "helv",
)

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for _key, (path, rl) in FONTS.items():
        if rl and rl not in pdfmetrics.getRegisteredFontNames() and path.endswith(".ttf"):
            pdfmetrics.registerFont(TTFont(rl, path))
    _registered = True


_pil_fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (FONTS[key][0], px)
    f = _pil_fonts.get(k)
    if f is None:
        f = _pil_fonts[k] = ImageFont.truetype(FONTS[key][0], px)
    return f


_width_cache: dict[tuple[str, str], float] = {}


def text_width(s: str, font: str, size: float) -> float:
    k = (font, s)
    w = _width_cache.get(k)
    if w is None:
        w = pil_font(font, 200).getlength(s) / 200.0
        if len(_width_cache) < 200000:
            _width_cache[k] = w
    return w * size


def wrap(s: str, font: str, size: float, maxw: float) -> list[str]:
    """Greedy word wrap; a word longer than the line stays whole."""
    out: list[str] = []
    for para in s.split("\n"):
        words = para.split()
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if text_width(cand, font, size) <= maxw or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


# ---------------------------------------------------------------------------------------------
# page model: drawing ops (points, origin top-left, y = text baseline) + the page's text lines
# ---------------------------------------------------------------------------------------------
A4 = (595.28, 841.89)
HALF_A4 = (595.28, 420.94)
INK = (20, 20, 20)
BLUE_INK = (25, 45, 150)
GREY = (110, 110, 110)


class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.ops: list[tuple] = []
        self.lines: list[str] = []
        self.image_only = False  # digital: whole page is one embedded picture

    # drawing without text record
    def draw(self, x, y, s, font, size, color=INK):
        if s:
            self.ops.append(("t", x, y, s, font, size, color))

    # drawing + text record: a new line, or appended to the previous line (cont=True)
    def text(self, x, y, s, font, size, color=INK, align="l", cont=False, record=True):
        if not s:
            return
        if align == "r":
            x -= text_width(s, font, size)
        elif align == "c":
            x -= text_width(s, font, size) / 2
        self.draw(x, y, s, font, size, color)
        if record:
            if cont and self.lines:
                self.lines[-1] = self.lines[-1] + " " + s
            else:
                self.lines.append(s)

    def line(self, x1, y1, x2, y2, w=0.6, color=INK, dash=None):
        self.ops.append(("l", x1, y1, x2, y2, w, color, dash))

    def rect(self, x, y, w, h, lw=0.6, stroke=INK, fill=None, dash=None):
        self.ops.append(("r", x, y, w, h, lw, stroke, fill, dash))

    def ellipse(self, cx, cy, rx, ry, lw=0.8, stroke=INK, fill=None):
        self.ops.append(("e", cx, cy, rx, ry, lw, stroke, fill))

    def image(self, x, y, w, h, img):
        self.ops.append(("i", x, y, w, h, img))

    def para(
        self,
        x,
        y,
        width,
        s,
        font,
        size,
        leading=None,
        color=INK,
        first_indent=0.0,
        justify=False,
        align="l",
    ):
        """Wrapped paragraph; returns the baseline below the last line."""
        leading = leading or size * 1.38
        lines = (
            wrap(s, font, size, width - first_indent)
            if first_indent
            else wrap(s, font, size, width)
        )
        if first_indent and len(lines) > 1:
            rest = " ".join(lines[1:])
            lines = lines[:1] + wrap(rest, font, size, width)
        for i, ln in enumerate(lines):
            xi = x + (first_indent if i == 0 else 0)
            wi = width - (first_indent if i == 0 else 0)
            if justify and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                total = sum(text_width(w, font, size) for w in words)
                gap = (wi - total) / (len(words) - 1)
                if gap < size * 0.9:
                    xx = xi
                    for w in words:
                        self.draw(xx, y, w, font, size, color)
                        xx += text_width(w, font, size) + gap
                    self.lines.append(ln)
                    y += leading
                    continue
            if align == "c":
                self.text(x + width / 2, y, ln, font, size, color, align="c")
            elif align == "r":
                self.text(x + width, y, ln, font, size, color, align="r")
            else:
                self.text(xi, y, ln, font, size, color)
            y += leading
        return y


@dataclass
class Letter:
    cls: str
    layout: str
    pages: list[Page]
    fields: dict
    checks: list[str] = field(default_factory=list)  # strings that must occur in page_text
    handwritten: bool = False
    ktp: dict | None = None  # the person whose KTP copy may be attached


class Ctx:
    """Per-letter drawing context: rng, rendition and the letter's type faces."""

    def __init__(self, rng: random.Random, digital: bool):
        self.rng = rng
        self.digital = digital
        fam = rng.choice(DIGITAL_FAMILIES if digital else SCAN_FAMILIES)
        self.f = fam
        self.fb = fam + "-b"
        self.fi = fam + "-i"
        fam2 = rng.choice(
            ("helv", "dvsans", "dvcond")
            if digital
            else ("helv", "dvsans", "gothic", "narrow", "dvcond")
        )
        self.s = fam2  # secondary (sans) face for headings / forms
        self.sb = fam2 + "-b"
        self.size = rng.choice((10.0, 10.5, 11.0, 11.0, 11.5, 12.0))
        self.mono = rng.choice(("mono", "dvmono"))

    def hand_color(self):
        return self.rng.choice((BLUE_INK, BLUE_INK, (15, 15, 30), (40, 40, 110)))


# ---------------------------------------------------------------------------------------------
# pictures: signatures, stamps, meterai, emblems, KTP copy
# ---------------------------------------------------------------------------------------------
def signature_img(rng: random.Random, color=None) -> Image.Image:
    w, h = 420, 170
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    color = color or rng.choice(((20, 30, 120), (10, 10, 10), (30, 30, 80)))
    x, y = rng.uniform(20, 60), rng.uniform(70, 110)
    pts = [(x, y)]
    for _ in range(rng.randint(5, 9)):
        x += rng.uniform(25, 70)
        y = min(h - 15, max(15, y + rng.uniform(-60, 60)))
        pts.append((x, y))
    # smooth with Catmull-Rom
    path = []
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
        for t in np.linspace(0, 1, 12):
            t2, t3 = t * t, t * t * t
            xx = 0.5 * (
                (2 * p1[0])
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            yy = 0.5 * (
                (2 * p1[1])
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            path.append((xx, yy))
    d.line(path, fill=(*color, 255), width=rng.choice((3, 4, 5)), joint="curve")
    if rng.random() < 0.7:  # underline flourish
        y0 = rng.uniform(110, 150)
        d.line(
            [(rng.uniform(10, 60), y0), (rng.uniform(280, 400), y0 + rng.uniform(-20, 10))],
            fill=(*color, 255),
            width=3,
        )
    if rng.random() < 0.5:
        cx, cy = rng.uniform(60, 200), rng.uniform(40, 100)
        d.ellipse([cx - 30, cy - 25, cx + 30, cy + 25], outline=(*color, 255), width=3)
    return im


def _text_on_circle(im, text, cx, cy, r, font, color, start_deg=200, span=320):
    n = len(text)
    if n == 0:
        return
    for i, ch in enumerate(text):
        ang = math.radians(start_deg + span * (i + 0.5) / n)
        x = cx + r * math.cos(ang)
        y = cy + r * math.sin(ang)
        cw = int(font.size * 1.4)
        tile = Image.new("RGBA", (cw, cw), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((cw / 2, cw / 2), ch, font=font, fill=color, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(tile, (int(x - cw / 2), int(y - cw / 2)))


def org_stamp_img(rng: random.Random, ring_text: str, center: str, color=None) -> Image.Image:
    color = color or rng.choice(((40, 60, 170), (120, 40, 140), (30, 90, 170), (160, 40, 60)))
    s = 360
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    a = rng.randint(150, 215)
    c = (*color, a)
    d.ellipse([8, 8, s - 8, s - 8], outline=c, width=7)
    d.ellipse([62, 62, s - 62, s - 62], outline=c, width=4)
    f = pil_font("helv-b", 30 if len(ring_text) < 40 else 24)
    _text_on_circle(im, ring_text.upper()[:56], s / 2, s / 2, s / 2 - 36, f, c)
    fc = pil_font("helv-b", 34)
    for i, part in enumerate(center.split("\n")):
        d.text((s / 2, s / 2 - 18 + 40 * i), part, font=fc, fill=c, anchor="mm")
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def meterai_img(rng: random.Random) -> Image.Image:
    w, h = 300, 180
    im = Image.new("RGBA", (w, h), (236, 200, 210, 255))
    d = ImageDraw.Draw(im)
    for i in range(0, w, 9):
        d.line([(i, 0), (i + 60, h)], fill=(220, 170, 190, 255), width=2)
    d.rectangle([0, 0, w - 1, h - 1], outline=(170, 80, 110, 255), width=4)
    d.text((14, 14), "METERAI", font=pil_font("helv-b", 30), fill=(150, 40, 80, 255))
    d.text((14, 50), "TEMPEL", font=pil_font("helv-b", 26), fill=(150, 40, 80, 255))
    d.text(
        (w - 14, h - 60), "10000", font=pil_font("helv-b", 44), fill=(120, 30, 70, 255), anchor="ra"
    )
    d.text((14, h - 30), "SEPULUH RIBU RUPIAH", font=pil_font("helv", 18), fill=(120, 30, 70, 255))
    code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(14))
    d.text((14, 88), code, font=pil_font("mono", 18), fill=(90, 30, 60, 255))
    return im


def emblem(page: Page, x: float, y: float, size: float, kind: str, rng: random.Random) -> None:
    """A small vector emblem (no text) at top-left x, y."""
    c = (30, 30, 30)
    if kind == "shield":
        page.line(x, y, x + size, y, 1.2, c)
        page.line(x, y, x, y + size * 0.6, 1.2, c)
        page.line(x + size, y, x + size, y + size * 0.6, 1.2, c)
        page.line(x, y + size * 0.6, x + size / 2, y + size, 1.2, c)
        page.line(x + size, y + size * 0.6, x + size / 2, y + size, 1.2, c)
        page.ellipse(x + size / 2, y + size * 0.42, size * 0.18, size * 0.18, 1.0, c)
    elif kind == "star":
        page.ellipse(x + size / 2, y + size / 2, size / 2, size / 2, 1.4, c)
        cx, cy, r = x + size / 2, y + size / 2, size * 0.36
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.42
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        for i in range(10):
            page.line(*pts[i], *pts[(i + 1) % 10], 1.0, c)
    elif kind == "garuda":
        page.ellipse(x + size / 2, y + size * 0.55, size * 0.22, size * 0.3, 1.2, c)
        page.line(x, y + size * 0.2, x + size * 0.3, y + size * 0.5, 1.4, c)
        page.line(x + size, y + size * 0.2, x + size * 0.7, y + size * 0.5, 1.4, c)
        page.line(x + size * 0.1, y + size * 0.05, x + size * 0.3, y + size * 0.45, 1.0, c)
        page.line(x + size * 0.9, y + size * 0.05, x + size * 0.7, y + size * 0.45, 1.0, c)
        page.rect(x + size * 0.38, y + size * 0.45, size * 0.24, size * 0.2, 0.8, c)
    else:  # book / circle
        page.rect(x + size * 0.1, y + size * 0.15, size * 0.8, size * 0.7, 1.2, c)
        page.line(x + size / 2, y + size * 0.15, x + size / 2, y + size * 0.85, 1.0, c)
        page.ellipse(x + size / 2, y + size / 2, size / 2, size / 2, 0.8, c)


def ktp_card(person: dict, rng: random.Random) -> tuple[Image.Image, list[str]]:
    """A photocopied KTP, as a grey picture, and its text lines."""
    W, H = 1300, 820
    im = Image.new("RGB", (W, H), (236, 236, 236))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([4, 4, W - 5, H - 5], radius=40, outline=(60, 60, 60), width=5)
    fb, f = pil_font("helv-b", 44), pil_font("helv", 40)
    kab = person["kab"]
    lines = ["PROVINSI SUMATERA SELATAN", kab["ktp"]]
    d.text((W / 2, 60), lines[0], font=fb, fill=(30, 30, 30), anchor="mm")
    d.text((W / 2, 112), lines[1], font=fb, fill=(30, 30, 30), anchor="mm")
    d.text((40, 190), "NIK", font=pil_font("helv-b", 48), fill=(20, 20, 20))
    d.text((300, 190), ": " + person["nik"], font=pil_font("helv-b", 48), fill=(20, 20, 20))
    lines.append("NIK : " + person["nik"])
    bd = person["birth"]
    rows = [
        ("Nama", person["ktp_name"]),
        (
            "Tempat/Tgl Lahir",
            f"{person['birth_place'].upper()}, {bd.day:02d}-{bd.month:02d}-{bd.year}",
        ),
        ("Jenis Kelamin", "PEREMPUAN" if person["female"] else "LAKI-LAKI"),
        ("Alamat", person["ktp_street"]),
        ("RT/RW", f"{person['rt']:03d}/{person['rw']:03d}"),
        ("Kel/Desa", person["kel"].upper()),
        ("Kecamatan", person["kec"].upper()),
        ("Agama", rng.choice(("ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "BUDDHA"))),
        ("Status Perkawinan", rng.choice(("KAWIN", "BELUM KAWIN", "KAWIN"))),
        ("Pekerjaan", person["ktp_job"]),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    y = 262
    for k, v in rows:
        d.text((40, y), k, font=f, fill=(30, 30, 30))
        fv, px = f, 40
        while fv.getlength(": " + v) > W - 320 - 380 and px > 22:
            px -= 2
            fv = pil_font("helv", px)
        d.text((370, y), ": " + v, font=fv, fill=(30, 30, 30))
        lines.append(f"{k} : {v}")
        y += 44
    d.rectangle([W - 300, 220, W - 60, 540], fill=(170, 170, 170), outline=(80, 80, 80), width=3)
    d.ellipse([W - 240, 260, W - 120, 380], fill=(120, 120, 120))
    d.ellipse([W - 270, 380, W - 90, 560], fill=(120, 120, 120))
    d.text(
        (W - 180, 600),
        kab["town"].upper(),
        font=pil_font("helv", 34),
        fill=(30, 30, 30),
        anchor="mm",
    )
    iss = person["ktp_issued"]
    d.text(
        (W - 180, 645),
        f"{iss.day:02d}-{iss.month:02d}-{iss.year}",
        font=pil_font("helv", 34),
        fill=(30, 30, 30),
        anchor="mm",
    )
    sig = signature_img(rng, (30, 30, 30)).resize((220, 90))
    im.paste(sig, (W - 290, 680), sig)
    lines.append(kab["town"].upper() + f" {iss.day:02d}-{iss.month:02d}-{iss.year}")
    return im, lines


def put_ktp_page(person: dict, rng: random.Random, title: str | None = None) -> Page:
    p = Page()
    y = 80
    if title:
        p.text(70, y, title, "helv-b", 11)
        y += 20
    img, lines = ktp_card(person, rng)
    w = 430
    h = w * img.height / img.width
    p.image(82, y + 10, w, h, img.convert("RGBA"))
    p.lines.extend(lines)
    if rng.random() < 0.6:
        yy = y + h + 50
        p.text(
            300,
            yy,
            rng.choice(
                ("Sesuai dengan aslinya,", "Fotokopi sesuai asli", "Demikian untuk dipergunakan.")
            ),
            "helv",
            10,
        )
        p.image(300, yy + 8, 110, 45, signature_img(rng))
        p.text(300, yy + 70, person["name"], "helv", 10)
    return p


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------
def _dash_segments(x1, y1, x2, y2, dash):
    on, off = dash
    L = math.hypot(x2 - x1, y2 - y1)
    if L == 0:
        return []
    ux, uy = (x2 - x1) / L, (y2 - y1) / L
    segs, t = [], 0.0
    while t < L:
        e = min(t + on, L)
        segs.append((x1 + ux * t, y1 + uy * t, x1 + ux * e, y1 + uy * e))
        t = e + off
    return segs


def render_pil(page: Page, dpi: int, rng: random.Random, paper=(255, 255, 255)) -> Image.Image:
    s = dpi / 72.0
    im = Image.new("RGB", (round(page.w * s), round(page.h * s)), paper)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, txt, font, size, color = op
            if font.startswith("hand"):
                words = txt.split(" ")
                xx = x * s
                for w in words:
                    px = max(6, round(size * s * rng.uniform(0.96, 1.05)))
                    f = pil_font(font, px)
                    yy = (y + rng.gauss(0, size * 0.05)) * s
                    d.text((xx, yy), w, font=f, fill=color, anchor="ls")
                    xx += f.getlength(w + " ") * rng.uniform(0.97, 1.06)
            else:
                d.text(
                    (x * s, y * s),
                    txt,
                    font=pil_font(font, max(6, round(size * s))),
                    fill=color,
                    anchor="ls",
                )
        elif kind == "l":
            _, x1, y1, x2, y2, w, color, dash = op
            lw = max(1, round(w * s))
            if dash:
                for a, b, c2, e in _dash_segments(x1, y1, x2, y2, dash):
                    d.line([(a * s, b * s), (c2 * s, e * s)], fill=color, width=lw)
            else:
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=lw)
        elif kind == "r":
            _, x, y, w, h, lw, stroke, fill, dash = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            if fill is not None:
                d.rectangle(box, fill=fill)
            if stroke is not None and lw > 0:
                if dash:
                    for a, b, c2, e in (
                        (x, y, x + w, y),
                        (x + w, y, x + w, y + h),
                        (x + w, y + h, x, y + h),
                        (x, y + h, x, y),
                    ):
                        for seg in _dash_segments(a, b, c2, e, dash):
                            d.line(
                                [(seg[0] * s, seg[1] * s), (seg[2] * s, seg[3] * s)],
                                fill=stroke,
                                width=max(1, round(lw * s)),
                            )
                else:
                    d.rectangle(box, outline=stroke, width=max(1, round(lw * s)))
        elif kind == "e":
            _, cx, cy, rx, ry, lw, stroke, fill = op
            d.ellipse(
                [(cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s],
                outline=stroke,
                fill=fill,
                width=max(1, round(lw * s)),
            )
        elif kind == "i":
            _, x, y, w, h, img = op
            tw, th = max(1, round(w * s)), max(1, round(h * s))
            pic = img.resize((tw, th), Image.LANCZOS)
            if pic.mode == "RGBA":
                im.paste(pic.convert("RGB"), (round(x * s), round(y * s)), pic)
            else:
                im.paste(pic.convert("RGB"), (round(x * s), round(y * s)))
    return im


def render_pdf(pages: list[Page], path: str, rng: random.Random, title: str) -> None:
    register_fonts()
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for page in pages:
        c.setPageSize((page.w, page.h))
        H = page.h
        if page.image_only:
            im = render_pil(page, 150, rng, paper=(246, 246, 244)).convert("L")
            arr = np.asarray(im, dtype=np.float32)
            nrng = np.random.default_rng(rng.randrange(2**32))
            arr = np.clip(arr * 0.93 + 8 + nrng.normal(0, 5, arr.shape), 0, 255).astype(np.uint8)
            c.drawImage(ImageReader(Image.fromarray(arr)), 0, 0, page.w, page.h)
            c.showPage()
            continue
        for op in page.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, txt, font, size, color = op
                c.setFont(FONTS[font][1], size)
                c.setFillColorRGB(*[v / 255 for v in color])
                c.drawString(x, H - y, txt)
            elif kind == "l":
                _, x1, y1, x2, y2, w, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.setDash(list(dash) if dash else [])
                c.line(x1, H - y1, x2, H - y2)
                c.setDash([])
            elif kind == "r":
                _, x, y, w, h, lw, stroke, fill, dash = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw)
                c.setDash(list(dash) if dash else [])
                c.rect(
                    x,
                    H - y - h,
                    w,
                    h,
                    stroke=1 if (stroke is not None and lw > 0) else 0,
                    fill=1 if fill is not None else 0,
                )
                c.setDash([])
            elif kind == "e":
                _, cx, cy, rx, ry, lw, stroke, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(
                    cx - rx,
                    H - cy - ry,
                    cx + rx,
                    H - cy + ry,
                    stroke=1,
                    fill=1 if fill is not None else 0,
                )
            elif kind == "i":
                _, x, y, w, h, img = op
                c.drawImage(ImageReader(img), x, H - y - h, w, h, mask="auto")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# scan degradation
# ---------------------------------------------------------------------------------------------
NOTES = (
    "Yth. PPID Pelaksana, mohon ditindaklanjuti",
    "Disp. Kasubbag Teknis",
    "Proses sesuai SOP",
    "Cek register",
    "Segera!",
    "Ke Bag. Hukum & SDM",
    "Arsip",
    "Tindak lanjuti - 3 hari",
    "Kordinasikan dgn Sekretaris",
    "Ok, teruskan ke PPID",
    "Mohon telaah",
    "Agendakan",
)


def _least_ink_box(gray: np.ndarray, bw: int, bh: int, rng: random.Random) -> tuple[int, int]:
    H, W = gray.shape
    cands = [
        (W - bw - int(W * 0.05), int(H * 0.03)),
        (W - bw - int(W * 0.05), int(H * 0.16)),
        (int(W * 0.05), int(H * 0.86)),
        (W - bw - int(W * 0.05), int(H * 0.86)),
        (int(W * 0.55), int(H * 0.45)),
        (int(W * 0.05), int(H * 0.03)),
    ]
    best, bestv = cands[0], 1e9
    for x, y in cands:
        x, y = max(0, min(W - bw, x)), max(0, min(H - bh, y))
        v = float((255 - gray[y : y + bh, x : x + bw]).mean())
        if v < bestv - 0.5:
            best, bestv = (x, y), v
    return best


def received_stamp(rng: random.Random, when: date, dpi: int) -> tuple[Image.Image, list[str]]:
    s = dpi / 72.0
    w, h = int(170 * s), int(78 * s)
    col = rng.choice(((40, 60, 170), (150, 40, 120), (180, 40, 40), (30, 110, 80)))
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = (*col, rng.randint(170, 230))
    d.rectangle([2, 2, w - 3, h - 3], outline=c, width=max(2, int(2 * s)))
    mon = ("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES")[
        when.month - 1
    ]
    texts = [
        "DITERIMA",
        "KPU PROVINSI SUMATERA SELATAN",
        f"Tgl : {when.day:02d} {mon} {when.year}",
        f"No. Agenda : {rng.randint(1, 999):04d}   Paraf :",
    ]
    d.text((w / 2, 16 * s), texts[0], font=pil_font("helv-b", int(17 * s)), fill=c, anchor="mm")
    d.text((w / 2, 33 * s), texts[1], font=pil_font("helv-b", int(8.5 * s)), fill=c, anchor="mm")
    d.text((10 * s, 52 * s), texts[2], font=pil_font("mono-b", int(10 * s)), fill=c, anchor="ls")
    d.text((10 * s, 68 * s), texts[3], font=pil_font("helv", int(8 * s)), fill=c, anchor="ls")
    return im, texts


def degrade(
    page: Page, dpi: int, rng: random.Random, received: date | None, mode: str, allow_turn: bool
) -> tuple[Image.Image, dict]:
    paper = rng.choice(
        ((255, 255, 255), (250, 248, 240), (246, 244, 236), (252, 252, 248), (240, 238, 230))
    )
    im = render_pil(page, dpi, rng, paper)
    info: dict = {"stamps": [], "notes": []}
    gray = np.asarray(im.convert("L").resize((im.width // 4, im.height // 4)))
    if received is not None:
        st, texts = received_stamp(rng, received, dpi)
        st = st.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
        bx, by = _least_ink_box(gray, st.width // 4 + 1, st.height // 4 + 1, rng)
        bx, by = bx * 4, by * 4
        im.paste(st.convert("RGB"), (bx, by), st)
        gray = gray.copy()
        gray[by // 4 : (by + st.height) // 4 + 1, bx // 4 : (bx + st.width) // 4 + 1] = 0
        info["stamps"].append(
            {
                "kind": "received",
                "text": texts,
                "date": received.isoformat(),
                "box_px": [bx, by, bx + st.width, by + st.height],
            }
        )
    if rng.random() < 0.22:
        note = rng.choice(NOTES)
        px = int(rng.uniform(12, 16) * dpi / 72)
        f = pil_font("hand", px)
        tw = int(f.getlength(note)) + 20
        tile = Image.new("RGBA", (tw, px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(
            (10, px * 1.4),
            note,
            font=f,
            fill=rng.choice(((20, 40, 160, 230), (170, 30, 30, 230), (20, 20, 20, 220))),
            anchor="ls",
        )
        tile = tile.rotate(rng.uniform(-8, 8), expand=True, resample=Image.BICUBIC)
        bx, by = _least_ink_box(gray, tile.width // 4 + 1, tile.height // 4 + 1, rng)
        bx, by = bx * 4, by * 4
        im.paste(tile.convert("RGB"), (bx, by), tile)
        info["notes"].append({"text": note, "box_px": [bx, by, bx + tile.width, by + tile.height]})
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(im, dtype=np.float32)
    faded = rng.random() < 0.25
    if faded:
        k = rng.uniform(0.55, 0.8)
        arr = 255 - (255 - arr) * k
    H, W = arr.shape[:2]
    gx = np.linspace(-1, 1, W, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, H, dtype=np.float32)[:, None]
    light = (
        1.0 - rng.uniform(0.0, 0.08) * (gx * rng.uniform(-1, 1) + gy * rng.uniform(-1, 1) + 1) / 2
    )
    arr = arr * light[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    skew = round(rng.uniform(-2.0, 2.0), 2)
    if abs(skew) > 0.05:
        im = im.rotate(skew, resample=Image.BICUBIC, fillcolor=paper)
    blur = round(rng.uniform(0.25, 1.1 if dpi == 300 else 0.8), 2)
    im = im.filter(ImageFilter.GaussianBlur(blur * dpi / 200))
    sigma = round(rng.uniform(2.0, 9.0), 1)
    arr = np.asarray(im, dtype=np.float32)
    arr = arr + nrng.normal(0, sigma, arr.shape[:2]).astype(np.float32)[..., None]
    auto_level = rng.random() < 0.3
    if auto_level:
        lo, hi = np.percentile(arr, 1), np.percentile(arr, 99.5)
        if hi - lo > 20:
            arr = (arr - lo) * 255.0 / (hi - lo)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    rotation = 0
    if allow_turn and rng.random() < 0.05:
        rotation = rng.choice((90, 180, 270, 180))
        im = im.transpose(
            {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rotation]
        )
    if mode == "L":
        im = im.convert("L")
    elif mode == "1":
        g = im.convert("L")
        thr = rng.randint(135, 175)
        im = g.point(lambda v: 255 if v > thr else 0).convert("1", dither=Image.Dither.NONE)
    info.update(
        {
            "skew_deg": skew,
            "blur_px": blur,
            "noise_sigma": sigma,
            "faded": faded,
            "auto_level": auto_level,
            "rotation": rotation,
        }
    )
    return im, info


def save_scan(
    images: list[Image.Image],
    infos: list[dict],
    out_dir: str,
    base: str,
    fmt: str,
    dpi: int,
    rng: random.Random,
) -> list[str]:
    files: list[str] = []
    if fmt == "pdf":
        blobs = []
        for im, inf in zip(images, infos, strict=False):
            b = io.BytesIO()
            q = rng.randint(55, 90)
            im.save(b, "JPEG", quality=q, dpi=(dpi, dpi))
            inf["jpeg_quality"] = q
            blobs.append(b.getvalue())
        with open(os.path.join(out_dir, base + ".pdf"), "wb") as fh:
            fh.write(img2pdf.convert(blobs, nodate=True, engine=img2pdf.Engine.internal))
        files.append(base + ".pdf")
    elif fmt == "tiff":
        path = os.path.join(out_dir, base + ".tif")
        comp = "group4" if images[0].mode == "1" else "tiff_lzw"
        images[0].save(
            path, "TIFF", save_all=True, append_images=images[1:], compression=comp, dpi=(dpi, dpi)
        )
        for inf in infos:
            inf["jpeg_quality"] = None
        files.append(base + ".tif")
    else:
        ext = "png" if fmt == "png" else "jpg"
        for i, (im, inf) in enumerate(zip(images, infos, strict=False)):
            name = f"{base}.{ext}" if len(images) == 1 else f"{base}_p{i + 1}.{ext}"
            if fmt == "png":
                im.save(os.path.join(out_dir, name), "PNG", dpi=(dpi, dpi), compress_level=3)
                inf["jpeg_quality"] = None
            else:
                q = rng.randint(50, 92)
                im.save(os.path.join(out_dir, name), "JPEG", quality=q, dpi=(dpi, dpi))
                inf["jpeg_quality"] = q
            files.append(name)
    return files


# ---------------------------------------------------------------------------------------------
# data: places, people, numbers, dates
# ---------------------------------------------------------------------------------------------
# code, name in an address, town, KTP heading, area code, postal prefix,
# kecamatan -> villages (kelurahan in a city or a regency's capital district, desa elsewhere)
KABS = [
    (
        "1671",
        "Kota Palembang",
        "Palembang",
        "KOTA PALEMBANG",
        "0711",
        "301",
        [
            (
                "Ilir Barat I",
                ["Lorok Pakjo", "Bukit Lama", "Demang Lebar Daun", "26 Ilir D. I", "Siring Agung"],
            ),
            ("Ilir Timur I", ["20 Ilir D. IV", "Sungai Pangeran", "17 Ilir", "Kepandean Baru"]),
            ("Seberang Ulu I", ["1 Ulu", "7 Ulu", "Tuan Kentang"]),
            ("Kemuning", ["Pipa Reja", "Ario Kemuning", "Sekip Jaya", "20 Ilir D. II"]),
            ("Sako", ["Sako", "Sialang", "Sukamaju"]),
            ("Kalidoni", ["Kalidoni", "Bukit Sangkal", "Sei Selincah"]),
            ("Plaju", ["Plaju Ulu", "Bagus Kuning", "Talang Putri"]),
            ("Sukarami", ["Sukarami", "Kebun Bunga", "Talang Betutu", "Sukabangun"]),
            ("Alang-Alang Lebar", ["Srijaya", "Talang Kelapa", "Alang-Alang Lebar"]),
            ("Bukit Kecil", ["Talang Semut", "19 Ilir", "22 Ilir"]),
            ("Kertapati", ["Kemang Agung", "Karya Jaya"]),
            ("Gandus", ["Pulokerto", "Gandus", "36 Ilir"]),
            ("Ilir Barat II", ["30 Ilir", "32 Ilir", "27 Ilir"]),
            ("Ilir Timur II", ["2 Ilir", "Lawang Kidul", "3 Ilir"]),
            ("Jakabaring", ["8 Ulu", "15 Ulu", "Silaberanti"]),
            ("Sematang Borang", ["Lebung Gajah", "Srimulya"]),
        ],
    ),
    (
        "1672",
        "Kota Prabumulih",
        "Prabumulih",
        "KOTA PRABUMULIH",
        "0713",
        "311",
        [
            ("Prabumulih Timur", ["Gunung Ibul", "Muara Dua", "Prabujaya"]),
            ("Prabumulih Barat", ["Gunung Kemala", "Muntang Tapus"]),
            ("Cambai", ["Cambai", "Sindur"]),
        ],
    ),
    (
        "1673",
        "Kota Pagar Alam",
        "Pagar Alam",
        "KOTA PAGAR ALAM",
        "0730",
        "315",
        [
            ("Pagar Alam Utara", ["Pagar Alam", "Bangun Jaya"]),
            ("Dempo Selatan", ["Jokoh", "Gunung Agung"]),
        ],
    ),
    (
        "1674",
        "Kota Lubuklinggau",
        "Lubuklinggau",
        "KOTA LUBUKLINGGAU",
        "0733",
        "316",
        [
            ("Lubuklinggau Timur II", ["Kayu Ara", "Mesat Jaya"]),
            ("Lubuklinggau Utara II", ["Megang", "Batu Urip"]),
            ("Lubuklinggau Barat I", ["Taba Jemekeh", "Pasar Satelit"]),
        ],
    ),
    (
        "1601",
        "Kabupaten Ogan Komering Ulu",
        "Baturaja",
        "KABUPATEN OGAN KOMERING ULU",
        "0735",
        "321",
        [
            ("Baturaja Timur", ["Kemalaraja", "Sukaraya", "Baturaja Lama"]),
            ("Baturaja Barat", ["Sekarjaya", "Talang Jawa"]),
            ("Lengkiti", ["Tanjung Lengkayap", "Lubuk Batang"]),
        ],
    ),
    (
        "1602",
        "Kabupaten Ogan Komering Ilir",
        "Kayuagung",
        "KABUPATEN OGAN KOMERING ILIR",
        "0712",
        "306",
        [
            ("Kayuagung", ["Kutaraya", "Sidakersa", "Jua-Jua"]),
            ("Tanjung Lubuk", ["Tanjung Lubuk", "Tanjung Laut"]),
            ("Lempuing", ["Tugumulyo", "Bumi Agung"]),
        ],
    ),
    (
        "1603",
        "Kabupaten Muara Enim",
        "Muara Enim",
        "KABUPATEN MUARA ENIM",
        "0734",
        "311",
        [
            ("Muara Enim", ["Pasar II", "Pasar III", "Muara Enim"]),
            ("Lawang Kidul", ["Tanjung Enim", "Keban Agung"]),
            ("Gunung Megang", ["Gunung Megang Dalam", "Penanggiran"]),
        ],
    ),
    (
        "1604",
        "Kabupaten Lahat",
        "Lahat",
        "KABUPATEN LAHAT",
        "0731",
        "315",
        [
            ("Lahat", ["Pasar Lama", "Bandar Jaya", "Talang Jawa Utara"]),
            ("Merapi Barat", ["Merapi", "Lebak Budi"]),
        ],
    ),
    (
        "1605",
        "Kabupaten Musi Rawas",
        "Muara Beliti",
        "KABUPATEN MUSI RAWAS",
        "0733",
        "316",
        [
            ("Muara Beliti", ["Muara Beliti Baru", "Pasar Muara Beliti"]),
            ("Tugumulyo", ["Wukirsari", "Trikoyo", "Mataram"]),
        ],
    ),
    (
        "1606",
        "Kabupaten Musi Banyuasin",
        "Sekayu",
        "KABUPATEN MUSI BANYUASIN",
        "0714",
        "307",
        [
            ("Sekayu", ["Balai Agung", "Kayuara", "Serasan Jaya"]),
            ("Babat Toman", ["Babat", "Mangun Jaya"]),
        ],
    ),
    (
        "1607",
        "Kabupaten Banyuasin",
        "Pangkalan Balai",
        "KABUPATEN BANYUASIN",
        "0711",
        "307",
        [
            ("Banyuasin III", ["Pangkalan Balai", "Kayuara Kuning"]),
            ("Talang Kelapa", ["Sukajadi", "Sukamoro", "Kenten Laut"]),
        ],
    ),
    (
        "1608",
        "Kabupaten Ogan Komering Ulu Selatan",
        "Muaradua",
        "KABUPATEN OGAN KOMERING ULU SELATAN",
        "0735",
        "322",
        [
            ("Muaradua", ["Pasar Muaradua", "Bumi Agung"]),
            ("Simpang", ["Simpang Agung", "Sukarena"]),
        ],
    ),
    (
        "1609",
        "Kabupaten Ogan Komering Ulu Timur",
        "Martapura",
        "KABUPATEN OGAN KOMERING ULU TIMUR",
        "0735",
        "323",
        [
            ("Martapura", ["Pasar Martapura", "Tanjung Kemala"]),
            ("Belitang", ["Gumawang", "Sidogede"]),
        ],
    ),
    (
        "1610",
        "Kabupaten Ogan Ilir",
        "Indralaya",
        "KABUPATEN OGAN ILIR",
        "0711",
        "306",
        [
            ("Indralaya", ["Indralaya Mulya", "Indralaya Raya"]),
            ("Indralaya Utara", ["Timbangan", "Palem Raya"]),
            ("Tanjung Raja", ["Tanjung Raja Utara", "Sukamaju"]),
        ],
    ),
    (
        "1611",
        "Kabupaten Empat Lawang",
        "Tebing Tinggi",
        "KABUPATEN EMPAT LAWANG",
        "0702",
        "314",
        [
            ("Tebing Tinggi", ["Pasar Tebing Tinggi", "Tanjung Kupang"]),
            ("Talang Padang", ["Tanjung Raman", "Padang Titiran"]),
        ],
    ),
    (
        "1612",
        "Kabupaten Penukal Abab Lematang Ilir",
        "Talang Ubi",
        "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
        "0713",
        "312",
        [
            ("Talang Ubi", ["Talang Ubi Timur", "Handayani Mulya"]),
            ("Penukal", ["Babat", "Air Itam"]),
        ],
    ),
    (
        "1613",
        "Kabupaten Musi Rawas Utara",
        "Rupit",
        "KABUPATEN MUSI RAWAS UTARA",
        "0733",
        "316",
        [("Rupit", ["Muara Rupit", "Maur"]), ("Rawas Ilir", ["Pauh", "Bingin Rupit"])],
    ),
]
KAB_WEIGHTS = [40, 4, 3, 4, 5, 4, 4, 3, 2, 3, 4, 2, 3, 5, 2, 2, 2]

STREETS_PLG = [
    "Jenderal Sudirman",
    "Kol. H. Barlian",
    "Demang Lebar Daun",
    "Angkatan 45",
    "Veteran",
    "Merdeka",
    "R. Sukamto",
    "Basuki Rahmat",
    "Mayor Ruslan",
    "Srijaya Negara",
    "Residen Abdul Rozak",
    "Letda A. Rozak",
    "Perintis Kemerdekaan",
    "KH. Wahid Hasyim",
    "Ki Merogan",
    "Sultan M. Mansyur",
    "Tanjung Api-Api",
    "Lunjuk Jaya",
    "Pangeran Ratu",
    "Seduduk Putih",
    "Macan Lindungan",
    "Bungaran",
    "Inspektur Marzuki",
    "Kapten Anwar Arsyad",
    "Dr. M. Isa",
    "Mayor Zen",
    "Kebun Bunga",
    "Sapta Marga",
    "Kapten Abdullah",
    "Sukabangun II",
    "Lebak Murni",
    "Bambang Utoyo",
    "Ahmad Yani",
    "Depaten Baru",
    "Taqwa Mata Merah",
]
STREETS_KAB = [
    "Jenderal Sudirman",
    "Lintas Sumatera",
    "Merdeka",
    "Pramuka",
    "Ahmad Yani",
    "Pahlawan",
    "Kartini",
    "Lettu Hamid",
    "Dr. Moh. Hatta",
    "Garuda Hitam",
    "Depati Said",
    "Yos Sudarso",
    "Diponegoro",
    "Pasar Baru",
    "Kolonel Wahid Udin",
    "Raya Indralaya",
    "Lingkar Timur",
    "Ki Hajar Dewantara",
]
PERUMS = [
    "Griya Asri",
    "Bukit Sejahtera",
    "Villa Kenten",
    "Talang Kelapa Permai",
    "Citra Grand City",
    "Sako Indah",
    "Griya Hero Abadi",
    "Kenten Permai",
    "Bumi Sako Damai",
    "Azhar Residence",
    "Taman Murni",
    "Maskarebet Indah",
]

MALE = [
    "Ahmad",
    "Muhammad",
    "Rahmat",
    "Hendra",
    "Budi",
    "Joko",
    "Slamet",
    "Agus",
    "Rizky",
    "Fajar",
    "Dedi",
    "Andi",
    "Bambang",
    "Taufik",
    "Iwan",
    "Yudi",
    "Arief",
    "Zulkifli",
    "Firmansyah",
    "Syaiful",
    "Herman",
    "Indra",
    "Eko",
    "Dian",
    "Ilham",
    "Reza",
    "Rudi",
    "Samsul",
    "Yoga",
    "Akbar",
    "Fikri",
    "Hasan",
    "Umar",
    "Imam",
    "Wahyu",
    "Teguh",
    "Irfan",
    "Robby",
    "Lukman",
    "Darmawan",
    "Ferry",
    "Ridwan",
    "Novri",
    "Alamsyah",
    "Dodi",
    "Erwin",
    "Gilang",
    "Nanda",
    "Daniel",
    "Yohanes",
    "Benny",
    "Hotman",
    "Lamhot",
    "Andreas",
    "Wilson",
    "Suryadi",
    "Marzuki",
    "Cek Mat",
    "Usman",
    "Mursalin",
]
FEMALE = [
    "Siti",
    "Sri",
    "Dewi",
    "Yulia",
    "Rina",
    "Ratna",
    "Fitri",
    "Nurul",
    "Indah",
    "Wulan",
    "Ayu",
    "Lestari",
    "Rosmala",
    "Maya",
    "Anggraini",
    "Desi",
    "Novita",
    "Putri",
    "Rahma",
    "Khairunnisa",
    "Aisyah",
    "Nia",
    "Eka",
    "Dian",
    "Mega",
    "Herlina",
    "Yuni",
    "Susanti",
    "Fadilah",
    "Nadia",
    "Tiara",
    "Cindy",
    "Melati",
    "Zahra",
    "Intan",
    "Lina",
    "Margaretha",
    "Veronika",
    "Theresia",
    "Meiliana",
    "Suryani",
    "Yusnani",
    "Ernawati",
    "Hartini",
    "Rohana",
    "Fatimah",
]
MIDDLE_M = [
    "",
    "",
    "",
    "",
    "Nur",
    "Eka",
    "Dwi",
    "Tri",
    "Putra",
    "Adi",
    "Wahyu",
    "Kurnia",
    "Aditya",
    "Surya",
    "Abdul",
]
MIDDLE_F = [
    "",
    "",
    "",
    "",
    "Nur",
    "Eka",
    "Dwi",
    "Sari",
    "Indah",
    "Ayu",
    "Fitri",
    "Rahma",
    "Maya",
    "Kurnia",
    "Puspita",
]
LAST_C = [
    "Wijaya",
    "Rahman",
    "Sembiring",
    "Siregar",
    "Nainggolan",
    "Simanjuntak",
    "Harahap",
    "Tanjung",
    "Chaniago",
    "Koto",
    "Gunawan",
    "Halim",
    "Effendi",
    "Zulkarnain",
    "Hasibuan",
    "Nasution",
    "Lubis",
    "Situmorang",
    "Marpaung",
    "Sinaga",
    "Susanto",
    "Firdaus",
    "Anwar",
    "Yusuf",
    "Hamzah",
    "Aziz",
    "Hakim",
    "Azhari",
    "Sofyan",
    "Pohan",
    "Daulay",
    "Bafadal",
    "Assegaf",
    "Alatas",
    "Tan",
    "Lim",
    "Gozali",
    "Kusuma",
    "Sikumbang",
    "Batubara",
    "Manurung",
    "Panjaitan",
    "",
    "",
]
LAST_M = [
    "Saputra",
    "Hidayat",
    "Pratama",
    "Syahputra",
    "Kurniawan",
    "Setiawan",
    "Ramadhan",
    "Syarifuddin",
    "Maulana",
    "Prasetyo",
    "Herlambang",
    "Permana",
    "Hidayatullah",
]
LAST_F = [
    "Fitriani",
    "Lestari",
    "Wahyuni",
    "Oktaviani",
    "Safitri",
    "Novianti",
    "Handayani",
    "Purnamasari",
    "Rosdiana",
    "Amelia",
    "Rahmawati",
    "Anggraeni",
]
PREFIX_M = ["Kms.", "Kgs.", "Mgs.", "H.", "R.", "Ir.", "Drs.", "Dr.", "H. Kms.", "dr."]
PREFIX_F = ["Nyimas", "Hj.", "Nyayu", "Dra.", "Dr.", "R.A.", "Hj. Nyimas", "Ir."]
DEGREES = [
    "S.H.",
    "S.E.",
    "S.Pd.",
    "S.Sos.",
    "S.IP.",
    "S.Kom.",
    "S.T.",
    "M.Si.",
    "M.H.",
    "M.Pd.",
    "M.M.",
    "S.Ag.",
    "A.Md.",
    "S.Psi.",
    "Lc.",
    "M.A.",
    "S.Ked.",
    "S.Hum.",
    "M.Kom.",
    "S.I.Kom.",
    "S.H., M.H.",
    "S.E., M.Si.",
    "S.Pd., M.Pd.",
    "S.Sos., M.Si.",
    "S.IP., M.A.",
    "S.T., M.T.",
    "S.Kom., M.Kom.",
]
OCCUPATIONS = [
    "Mahasiswa",
    "Wiraswasta",
    "Pegawai Swasta",
    "Karyawan Swasta",
    "Dosen",
    "Guru",
    "Wartawan",
    "Advokat",
    "Petani",
    "Pedagang",
    "Ibu Rumah Tangga",
    "Mengurus Rumah Tangga",
    "Peneliti",
    "Karyawan BUMN",
    "Pensiunan PNS",
    "Buruh Harian Lepas",
    "Nelayan",
    "Aktivis LSM",
    "Konsultan",
    "Pelajar/Mahasiswa",
    "Perangkat Desa",
    "Tenaga Honorer",
    "Pengemudi Ojek Daring",
    "Notaris",
    "Apoteker",
    "Penulis Lepas",
    "Pegawai Negeri Sipil",
    "Arsitek",
    "Freelancer",
    "Karyawan Honorer",
]
PROFESSIONAL = [
    "Dosen",
    "Peneliti",
    "Advokat",
    "Konsultan",
    "Notaris",
    "Pegawai Negeri Sipil",
    "Karyawan BUMN",
    "Pensiunan PNS",
    "Wiraswasta",
    "Guru",
    "Apoteker",
]
KTP_JOBS = {
    "Mahasiswa": "PELAJAR/MAHASISWA",
    "Pelajar/Mahasiswa": "PELAJAR/MAHASISWA",
    "Ibu Rumah Tangga": "MENGURUS RUMAH TANGGA",
    "Mengurus Rumah Tangga": "MENGURUS RUMAH TANGGA",
    "Pegawai Swasta": "KARYAWAN SWASTA",
    "Karyawan Swasta": "KARYAWAN SWASTA",
}
BIRTH_PLACES = [
    "Palembang",
    "Baturaja",
    "Lahat",
    "Prabumulih",
    "Muara Enim",
    "Kayuagung",
    "Sekayu",
    "Lubuklinggau",
    "Pagar Alam",
    "Tanjung Enim",
    "Martapura",
    "Indralaya",
    "Jambi",
    "Bengkulu",
    "Medan",
    "Padang",
    "Bandar Lampung",
    "Jakarta",
    "Yogyakarta",
    "Bukittinggi",
    "Tebing Tinggi",
    "Muaradua",
]
MOBILE_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0838",
    "0895",
    "0896",
    "0897",
    "0898",
    "0881",
    "0882",
    "0857",
    "0856",
    "0815",
    "0816",
    "0831",
    "0832",
]
MAIL_HOSTS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "student.unsri.ac.id",
    "radenfatah.ac.id",
    "proton.me",
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
BLN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ANGKA = [
    "",
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


def terbilang(n: int) -> str:
    if n < 12:
        return ANGKA[n]
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


def rand_date(rng: random.Random, lo=date(2025, 7, 1), hi=date(2026, 6, 30), workday=True) -> date:
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if not workday or d.weekday() < 5:
            return d


def fmt_date(d: date, rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(
        ("long", "long", "long", "long", "day", "dmy-", "dmy/", "short", "upper", "dmy.", "long0")
    )
    if style == "long":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {BULAN[d.month - 1]} {d.year}"
    if style == "day":
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day} {BLN3[d.month - 1]} {d.year}"
    if style == "upper":
        return f"{d.day} {BULAN[d.month - 1].upper()} {d.year}"
    if style == "words":
        return f"{terbilang(d.day)} bulan {BULAN[d.month - 1]} tahun {terbilang(d.year)}"
    raise ValueError(style)


def phone_forms(rng: random.Random, landline_area: str | None = None) -> tuple[str, str]:
    """(as written, E.164)."""
    if landline_area and rng.random() < 0.5:
        sub = str(rng.choice((3, 4, 5, 7))) + "".join(str(rng.randint(0, 9)) for _ in range(5))
        e164 = "+62" + landline_area[1:] + sub
        style = rng.choice(("paren", "dash", "paren_sp"))
        if style == "paren":
            return f"({landline_area}) {sub}", e164
        if style == "dash":
            return f"{landline_area}-{sub}", e164
        return f"({landline_area}) {sub[:3]} {sub[3:]}", e164
    pre = rng.choice(MOBILE_PREFIX)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8, 8))))
    local = pre + rest
    e164 = "+62" + local[1:]
    a, b, c = local[:4], local[4:8], local[8:]
    style = rng.choice(
        (
            "dash",
            "dash",
            "plain",
            "space",
            "+62sp",
            "+62dash",
            "+62plain",
            "dot",
            "62plain",
            "+62(0)",
        )
    )
    if style == "dash":
        return f"{a}-{b}-{c}" if c else f"{a}-{b}", e164
    if style == "plain":
        return local, e164
    if style == "space":
        return f"{a} {b} {c}".strip(), e164
    if style == "dot":
        return f"{a}.{b}.{c}" if c else f"{a}.{b}", e164
    if style == "+62sp":
        return f"+62 {local[1:4]} {local[4:8]} {local[8:]}".strip(), e164
    if style == "+62dash":
        return f"+62 {local[1:4]}-{local[4:8]}-{local[8:]}".rstrip("-"), e164
    if style == "+62(0)":
        return f"+62 (0){local[1:4]} {local[4:]}", e164
    if style == "62plain":
        return "62" + local[1:], e164
    return "+62" + local[1:], e164


def pick_kab(rng: random.Random):
    return rng.choices(KABS, weights=KAB_WEIGHTS)[0]


def make_person(
    rng: random.Random,
    female: bool | None = None,
    degree_p=0.35,
    prefix_p=0.18,
    kab=None,
    occupation=None,
    young=False,
) -> dict:
    female = rng.random() < 0.45 if female is None else female
    first = rng.choice(FEMALE if female else MALE)
    mid = rng.choice(MIDDLE_F if female else MIDDLE_M)
    last = rng.choice(LAST_C + (LAST_F if female else LAST_M))
    parts = (
        [first]
        + ([mid] if mid and mid != first else [])
        + ([last] if last and last != first else [])
    )
    if len(parts) == 1:
        parts.append(rng.choice([x for x in LAST_C + (LAST_F if female else LAST_M) if x]))
    core = " ".join(parts)
    prefix = ""
    if rng.random() < prefix_p and not young:
        prefix = rng.choice(PREFIX_F if female else PREFIX_M)
    degree = ""
    if rng.random() < degree_p and not young:
        degree = rng.choice(DEGREES)
    name = (prefix + " " if prefix else "") + core + (", " + degree if degree else "")
    kab = kab or pick_kab(rng)
    code, kabname, town, ktphead, area, postal, kecs = kab
    ki = rng.randrange(len(kecs))
    kec, vills = kecs[ki]
    kel = rng.choice(vills)
    is_kel = kabname.startswith("Kota") or ki == 0
    if young:
        birth = date(rng.randint(2001, 2006), rng.randint(1, 12), rng.randint(1, 28))
    elif prefix or degree:
        birth = date(rng.randint(1955, 1998), rng.randint(1, 12), rng.randint(1, 28))
    else:
        birth = date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dd = birth.day + (40 if female else 0)
    nik = f"{code}{ki + 1:02d}{dd:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 2999):04d}"
    street_pool = STREETS_PLG if code == "1671" else STREETS_KAB
    street = rng.choice(street_pool)
    no = rng.randint(1, 260)
    rt, rw = rng.randint(1, 45), rng.randint(1, 12)
    extra = ""
    r = rng.random()
    if r < 0.2:
        extra = f" Lr. {rng.choice(['Damai', 'Sepakat', 'Gotong Royong', 'Pendawa', 'Amal', 'Rukun', 'Kenanga', 'Harapan', 'Bersama'])}"
    elif r < 0.35:
        extra = f" Komp. {rng.choice(PERUMS)}"
    elif r < 0.45:
        extra = f" Blok {rng.choice('ABCDEFGH')}{rng.randint(1, 20)}"
    if occupation is None:
        if "Dr." in prefix or "Prof" in prefix or "M." in degree or "Ph.D." in degree:
            occupation = rng.choice(PROFESSIONAL)
        elif degree or prefix.startswith(("Ir.", "Drs.", "Dra.", "dr.")):
            occupation = rng.choice(
                [
                    o
                    for o in OCCUPATIONS
                    if o
                    not in (
                        "Mahasiswa",
                        "Pelajar/Mahasiswa",
                        "Buruh Harian Lepas",
                        "Nelayan",
                        "Petani",
                    )
                ]
            )
        elif birth.year >= 2003:
            occupation = rng.choice(
                ("Mahasiswa", "Pelajar/Mahasiswa", "Karyawan Swasta", "Freelancer", "Wiraswasta")
            )
        else:
            occupation = rng.choice(OCCUPATIONS)
    person = {
        "female": female,
        "core": core,
        "name": name,
        "prefix": prefix,
        "degree": degree,
        "honor": rng.choice(("Ibu", "Sdri.", "Saudari", "Ibu"))
        if female
        else rng.choice(("Bapak", "Sdr.", "Saudara", "Bapak")),
        "kab": {"code": code, "name": kabname, "town": town, "ktp": ktphead, "area": area},
        "kec": kec,
        "kel": kel,
        "is_kel": is_kel,
        "rt": rt,
        "rw": rw,
        "street": street,
        "no": no,
        "extra": extra,
        "postal": postal + f"{rng.randint(11, 99)}",
        "birth": birth,
        "birth_place": rng.choice(BIRTH_PLACES),
        "nik": nik,
        "occupation": occupation,
        "ktp_job": KTP_JOBS.get(occupation, occupation.upper()),
        "ktp_issued": date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)),
    }
    person["ktp_name"] = core.upper()
    person["ktp_street"] = f"JL. {street.upper()} NO. {no}{extra.upper()}"
    person["address"] = format_address(person, rng)
    person["phone_w"], person["phone"] = phone_forms(rng)
    person["email"] = make_email(person, rng)
    return person


def format_address(p: dict, rng: random.Random, style: int | None = None) -> str:
    vill = ("Kel. " if p["is_kel"] else "Desa ") + p["kel"]
    villong = ("Kelurahan " if p["is_kel"] else "Desa ") + p["kel"]
    town = p["kab"]["town"]
    kabname = p["kab"]["name"]
    st = f"Jl. {p['street']} No. {p['no']}{p['extra']}"
    style = rng.randrange(7) if style is None else style
    if style == 0:
        return f"{st} RT {p['rt']:03d}/RW {p['rw']:02d}, {vill}, Kec. {p['kec']}, {town}"
    if style == 1:
        return f"{st}, RT. {p['rt']:02d} RW. {p['rw']:02d}, {villong}, Kecamatan {p['kec']}, {kabname} {p['postal']}"
    if style == 2:
        return f"{st} RT {p['rt']} RW {p['rw']} {vill} Kec. {p['kec']} {kabname}"
    if style == 3:
        return f"Jalan {p['street']} Nomor {p['no']}{p['extra']}, RT {p['rt']:02d}/RW {p['rw']:02d}, {villong}, Kecamatan {p['kec']}, {town}"
    if style == 4:
        return f"{st} Rt.{p['rt']:02d}/Rw.{p['rw']:02d} {vill} Kec. {p['kec']} - {town}"
    if style == 5:
        return f"{st}, RT {p['rt']:03d} RW {p['rw']:03d}, {vill}, Kec. {p['kec']}, {kabname}, Sumatera Selatan"
    return f"{st} RT.{p['rt']:03d} RW.{p['rw']:03d} {villong} Kec. {p['kec']} {town} {p['postal']}"


def make_email(p: dict, rng: random.Random) -> str:
    base = [w.lower().strip(".,'") for w in p["core"].split()]
    base = [w for w in base if w.isalpha()] or ["pemohon"]
    style = rng.randrange(6)
    num = str(p["birth"].year % 100) if rng.random() < 0.5 else str(rng.randint(1, 999))
    if style == 0:
        user = ".".join(base[:2])
    elif style == 1:
        user = base[0] + base[-1] + num
    elif style == 2:
        user = base[0][0] + base[-1]
    elif style == 3:
        user = base[-1] + "_" + base[0]
    elif style == 4:
        user = base[0] + "." + base[-1] + num
    else:
        user = base[0] + num
    return f"{user}@{rng.choice(MAIL_HOSTS)}"


def reg_number(rng: random.Random, before: date) -> tuple[str, date]:
    """A PPID request registration number from a request some weeks before `before`."""
    d = before - timedelta(days=rng.randint(14, 70))
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}", d


def ki_register(rng: random.Random, d: date) -> str:
    n = rng.randint(1, 95)
    style = rng.randrange(5)
    if style == 0:
        return f"{n:03d}/REG-PSI/{ROMAN[d.month - 1]}/{d.year}"
    if style == 1:
        return f"{n:03d}/REG-PSI/KI-SS/{ROMAN[d.month - 1]}/{d.year}"
    if style == 2:
        return f"{n:02d}/KIP-SS-PS/{ROMAN[d.month - 1]}/{d.year}"
    if style == 3:
        return f"{n:03d}/Reg/PSI/KI.Sumsel/{d.year}"
    return f"REG.{n:03d}/PSI/{ROMAN[d.month - 1]}/{d.year}"


def org_number(rng: random.Random, d: date, code: str) -> str:
    n = rng.randint(1, 480)
    style = rng.randrange(4)
    if style == 0:
        return f"{n:03d}/{code}/{ROMAN[d.month - 1]}/{d.year}"
    if style == 1:
        return f"{n}/{code}/{d.month:02d}/{d.year}"
    if style == 2:
        return f"{code}-{n:03d}/{ROMAN[d.month - 1]}/{d.year}"
    return f"{n:03d}.{code}.{ROMAN[d.month - 1]}.{d.year}"


# ---------------------------------------------------------------------------------------------
# data: what is asked for, why, and how
# ---------------------------------------------------------------------------------------------
def kab_short(rng):
    k = pick_kab(rng)
    return k[1]


def info_item(rng: random.Random) -> str:
    y = rng.choice(("2024", "2024", "2024", "2025"))
    kab = kab_short(rng)
    kec = rng.choice(KABS[0][6])[0]
    t = rng.randrange(44)
    items = [
        f"Salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan rekapitulasi hasil penghitungan suara Pemilihan Gubernur dan Wakil Gubernur Tahun {y}",
        f"Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 untuk {kab} yang dirinci per kecamatan",
        f"Rekapitulasi jumlah pemilih penyandang disabilitas per jenis disabilitas di {kab} pada Pemilihan Tahun 2024",
        f"Laporan realisasi penggunaan dana hibah Pemilihan Serentak Tahun {y} beserta rinciannya",
        f"Rencana Kerja dan Anggaran (RKA) Sekretariat KPU Provinsi Sumatera Selatan Tahun Anggaran {rng.choice(('2025', '2026'))}",
        "Daftar nama anggota PPK dan PPS se-Kota Palembang pada Pemilihan Tahun 2024",
        f"Besaran honorarium badan ad hoc (PPK, PPS, KPPS) pada Pemilihan Tahun {y}",
        "Berita acara rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat provinsi",
        f"Salinan formulir Model D.Hasil Kecamatan untuk Kecamatan {kec}",
        "Laporan Awal Dana Kampanye (LADK) seluruh pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan",
        "Laporan hasil audit dana kampanye pasangan calon pada Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
        f"Data tingkat partisipasi pemilih per kabupaten/kota pada Pemilu dan Pemilihan Tahun {y}",
        f"Jumlah TPS dan jumlah pemilih per TPS di {kab}",
        "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan yang terbaru",
        f"Laporan layanan informasi publik PPID KPU Provinsi Sumatera Selatan Tahun {rng.choice(('2024', '2025'))}",
        "Dokumen kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
        "Hasil seleksi calon anggota KPU kabupaten/kota di Provinsi Sumatera Selatan periode 2024-2029 beserta nilai tes tertulis",
        f"Data rekapitulasi pemutakhiran data pemilih berkelanjutan semester {rng.choice(('I', 'II'))} tahun {rng.choice(('2025', '2026'))}",
        "Surat keputusan pembentukan PPID dan struktur organisasi PPID KPU Provinsi Sumatera Selatan",
        "Standar operasional prosedur pelayanan informasi publik yang berlaku",
        f"Jumlah pemilih pemula (usia 17-21 tahun) per kecamatan di {kab}",
        f"Notulen rapat pleno penetapan Daftar Calon Tetap anggota DPRD {kab} Pemilu 2024",
        "Data jumlah surat suara rusak dan surat suara sisa pada Pemilihan Tahun 2024 per kabupaten/kota",
        f"Daftar Pemilih Tambahan (DPTb) dan Daftar Pemilih Khusus (DPK) pada Pemilu 2024 di {kab}",
        "Laporan keuangan Satuan Kerja KPU Provinsi Sumatera Selatan Tahun 2024 yang telah diaudit",
        "Data keterwakilan perempuan dalam daftar calon tetap anggota DPRD Provinsi Sumatera Selatan",
        f"Daftar inventaris barang milik negara berupa logistik pemilu (kotak suara dan bilik) di gudang {kab}",
        "Salinan putusan DKPP terkait penyelenggara pemilu di Sumatera Selatan Tahun 2024",
        f"Data sebaran lokasi TPS khusus (lapas, rutan, rumah sakit) di {kab}",
        "Jadwal dan tahapan pemutakhiran data pemilih berkelanjutan Tahun 2026",
        "Daftar penerima honorarium narasumber sosialisasi pendidikan pemilih Tahun 2025",
        f"Rekap jumlah pemilih yang tidak memenuhi syarat (TMS) hasil coklit di Kecamatan {kec}",
        "Laporan pertanggungjawaban belanja sosialisasi dan pendidikan pemilih Tahun Anggaran 2025",
        "Data jumlah laporan pengaduan masyarakat yang diterima KPU Provinsi Sumatera Selatan selama Tahun 2025",
        f"Salinan Surat Keputusan penetapan pasangan calon Bupati dan Wakil Bupati {kab} Tahun 2024",
        "Rekapitulasi perolehan suara partai politik dan calon anggota DPRD Provinsi Sumatera Selatan per daerah pemilihan",
        "Data jumlah petugas KPPS yang sakit dan meninggal dunia pada Pemilu 2024 di Sumatera Selatan",
        "Dokumen hasil uji konsekuensi informasi yang dikecualikan di lingkungan KPU Provinsi Sumatera Selatan",
        f"Daftar nama dan alamat kantor sekretariat PPK di {kab}",
        "Peta daerah pemilihan (dapil) DPRD Provinsi Sumatera Selatan beserta alokasi kursi",
        "Laporan hasil evaluasi penyelenggaraan Pemilihan Tahun 2024 tingkat provinsi",
        f"Jumlah pemilih dalam DPT Pemilihan Tahun 2024 menurut jenis kelamin di {kab}",
        "Salinan dokumen perjanjian kerja sama KPU Provinsi Sumatera Selatan dengan perguruan tinggi tentang pendidikan pemilih",
        "Data realisasi anggaran pengadaan alat pelindung diri dan logistik pendukung Pemilihan Tahun 2024",
    ]
    return items[t]


def info_items(rng: random.Random, lo=1, hi=3) -> list[str]:
    out: list[str] = []
    for _ in range(rng.randint(lo, hi) * 3):
        it = info_item(rng)
        if it not in out and all(it[:25] != o[:25] for o in out):
            out.append(it)
        if len(out) >= rng.randint(lo, hi):
            break
    return out or [info_item(rng)]


PURPOSES = [
    "Bahan penelitian skripsi pada Program Studi Ilmu Politik",
    "Bahan penyusunan tesis program magister ilmu hukum",
    "Bahan penulisan disertasi tentang tata kelola pemilu di daerah",
    "Bahan liputan investigasi tentang penggunaan anggaran pemilihan",
    "Bahan advokasi hak pilih penyandang disabilitas",
    "Pengawasan publik atas penggunaan anggaran negara",
    "Kajian lembaga tentang kualitas daftar pemilih",
    "Bahan diskusi publik evaluasi Pemilihan Serentak 2024",
    "Kelengkapan bukti dalam perkara yang sedang kami tangani",
    "Bahan penyusunan laporan tahunan pemantauan pemilu",
    "Materi pendidikan pemilih bagi pemilih pemula di sekolah",
    "Bahan penulisan buku sejarah pemilu di Sumatera Selatan",
    "Bahan rapat internal pengurus partai",
    "Memastikan data diri saya tercantum dengan benar dalam daftar pemilih",
    "Penyusunan policy brief tentang keterwakilan perempuan",
    "Bahan ajar mata kuliah Sistem Pemilu",
    "Referensi penyusunan program kerja organisasi kemahasiswaan",
    "Bahan laporan akhir penelitian hibah dosen",
    "Pemenuhan tugas mata kuliah Hukum Administrasi Negara",
    "Bahan pemberitaan media kami",
    "Kepentingan pribadi sebagai warga negara untuk mengetahui kinerja badan publik",
    "Bahan perbandingan dengan data yang kami himpun di lapangan",
    "Bahan kajian akademik pusat studi",
    "Penyusunan rekomendasi kebijakan kepada DPRD",
    "Bahan penyusunan artikel jurnal ilmiah",
]

OBTAIN = {
    "melihat": [
        "melihat/membaca/mendengarkan/mencatat",
        "melihat dan membaca langsung di kantor",
        "membaca dan mencatat di tempat",
        "Melihat / membaca / mendengarkan / mencatat",
    ],
    "salinan": [
        "mendapatkan salinan informasi",
        "memperoleh salinan",
        "meminta salinan dokumen",
        "Mendapatkan salinan",
    ],
    "salinan_hardcopy": [
        "salinan tercetak (hardcopy)",
        "salinan dalam bentuk cetak/fotokopi",
        "hardcopy (fotokopi)",
        "salinan cetak",
    ],
    "salinan_softcopy": [
        "salinan elektronik (softcopy)",
        "softcopy dalam format PDF/Excel",
        "salinan dalam bentuk file digital",
        "softcopy",
    ],
}
DELIVERY = {
    "mengambil_langsung": [
        "mengambil langsung",
        "diambil sendiri di kantor KPU",
        "mengambil langsung ke Desk Layanan Informasi",
        "Mengambil langsung",
    ],
    "kurir": ["dikirim melalui kurir", "melalui jasa kurir/ekspedisi (JNE/J&T)", "kurir", "Kurir"],
    "pos": ["dikirim melalui pos", "via Pos Indonesia", "pos tercatat", "Pos"],
    "faksimili": ["faksimili", "dikirim melalui faksimili", "fax", "Faksimili"],
    "email": ["dikirim melalui email", "melalui surat elektronik (email)", "via surel", "Email"],
}


OBTAIN_SENT = {
    "melihat": [
        "melihat dan membaca langsung di kantor",
        "membaca dan mencatat di tempat",
        "melihat/membaca/mendengarkan/mencatat",
    ],
    "salinan": ["mendapatkan salinan informasi", "memperoleh salinan", "meminta salinan dokumen"],
    "salinan_hardcopy": [
        "salinan tercetak (hardcopy)",
        "salinan dalam bentuk cetak/fotokopi",
        "memperoleh salinan cetak",
    ],
    "salinan_softcopy": [
        "salinan elektronik (softcopy)",
        "softcopy dalam format PDF/Excel",
        "salinan dalam bentuk file digital",
    ],
}
DELIVERY_SENT = {
    "mengambil_langsung": [
        "mengambil langsung ke Desk Layanan Informasi",
        "diambil sendiri di kantor KPU",
        "mengambil langsung",
    ],
    "kurir": [
        "dikirim melalui kurir",
        "melalui jasa kurir/ekspedisi (JNE/J&T)",
        "dikirimkan lewat kurir",
    ],
    "pos": ["dikirim melalui pos", "via Pos Indonesia", "dikirim dengan pos tercatat"],
    "faksimili": ["dikirim melalui faksimili", "dikirimkan lewat faks", "melalui faksimili"],
    "email": ["dikirim melalui email", "melalui surat elektronik (email)", "dikirim via surel"],
}


def pick_methods(rng: random.Random, obtain_p=0.8, deliver_p=0.7) -> tuple[str | None, str | None]:
    ob = (
        rng.choices(("melihat", "salinan", "salinan_hardcopy", "salinan_softcopy"), (2, 3, 3, 4))[0]
        if rng.random() < obtain_p
        else None
    )
    if ob == "salinan_softcopy":
        dl = rng.choices(("email", "mengambil_langsung", "kurir"), (6, 1, 1))[0]
    elif ob == "melihat":
        dl = rng.choice(("mengambil_langsung", None, None))
    else:
        dl = rng.choice(("mengambil_langsung", "kurir", "pos", "faksimili", "email", "kurir"))
    if rng.random() > deliver_p:
        dl = None
    return ob, dl


REASONS = {
    "a": [
        "Penolakan atas permintaan informasi berdasarkan alasan pengecualian",
        "permohonan saya ditolak dengan alasan informasi tersebut dikecualikan",
        "ditolak karena dianggap informasi yang dikecualikan",
    ],
    "b": [
        "Tidak disediakannya informasi berkala",
        "informasi berkala yang seharusnya diumumkan tidak disediakan",
        "tidak tersedianya informasi berkala di laman PPID",
    ],
    "c": [
        "Tidak ditanggapinya permintaan informasi",
        "sampai batas waktu yang ditentukan permohonan saya tidak ditanggapi sama sekali",
        "tidak ada tanggapan atas permohonan kami",
    ],
    "d": [
        "Permintaan informasi ditanggapi tidak sebagaimana yang diminta",
        "jawaban yang diberikan tidak sesuai dengan informasi yang saya minta",
        "informasi yang diberikan berbeda dengan yang dimohonkan",
    ],
    "e": [
        "Tidak dipenuhinya permintaan informasi",
        "permintaan informasi saya tidak dipenuhi",
        "informasi yang dimohon tidak diberikan walaupun telah dijanjikan",
    ],
    "f": [
        "Pengenaan biaya yang tidak wajar",
        "biaya penggandaan yang dikenakan tidak wajar",
        "dikenakan biaya yang tidak sesuai ketentuan",
    ],
    "g": [
        "Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang",
        "informasi baru diberikan melewati jangka waktu yang ditentukan",
        "penyampaian informasi melebihi jangka waktu sebagaimana diatur",
    ],
}
REASON_FORM = {  # the seven grounds as printed on forms (Pasal 35 ayat (1) UU 14/2008)
    "a": "Permohonan informasi ditolak berdasarkan alasan pengecualian",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permintaan informasi",
    "d": "Permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permintaan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi melebihi waktu yang diatur",
}

KPU_SS = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
KPU_ADDR = "Jl. Kapten A. Rivai No. 95 Palembang 30129"
KI_NAME = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
KI_ADDR = "Jl. Demang Lebar Daun No. 4823 Palembang 30137"

UNIVS = [
    (
        "UNIVERSITAS SRIWIJAYA",
        ["FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", "FAKULTAS HUKUM", "FAKULTAS EKONOMI"],
        "Jl. Raya Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662",
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
        "UN9",
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        [
            "FAKULTAS SYARIAH DAN HUKUM",
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
            "FAKULTAS DAKWAH DAN KOMUNIKASI",
        ],
        "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A Km. 3,5 Palembang 30126",
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "Un.09",
    ),
    (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
        ["FAKULTAS HUKUM", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"],
        "Jl. Jenderal Ahmad Yani 13 Ulu Palembang 30263",
        None,
        "UMP",
    ),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        ["FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN", "FAKULTAS HUKUM"],
        "Jl. Jenderal Ahmad Yani Lorong Gotong Royong 9/10 Ulu Palembang",
        None,
        "UPGRIP",
    ),
    (
        "UNIVERSITAS BINA DARMA",
        ["FAKULTAS ILMU KOMPUTER", "FAKULTAS SOSIAL HUMANIORA"],
        "Jl. Jenderal Ahmad Yani No. 3 Palembang 30264",
        None,
        "UBD",
    ),
    (
        "UNIVERSITAS TRIDINANTI",
        ["FAKULTAS HUKUM", "FAKULTAS EKONOMI"],
        "Jl. Kapten Marzuki No. 2446 Kamboja Palembang 30129",
        None,
        "UTP",
    ),
]
NGOS = [
    ("PERKUMPULAN PEMANTAU DEMOKRASI SRIWIJAYA", "PPDS", "Jl. Rajawali No. 17 Palembang 30126"),
    (
        "LEMBAGA KAJIAN KEBIJAKAN PUBLIK SUMATERA SELATAN",
        "LK2P-SS",
        "Jl. Sersan Sani No. 41 Palembang",
    ),
    ("YAYASAN LEMBAGA BANTUAN HUKUM MUSI", "YLBH Musi", "Jl. Angkatan 66 No. 12 Palembang 30137"),
    (
        "FORUM MASYARAKAT PEDULI TRANSPARANSI ANGGARAN",
        "FORMAPTA",
        "Jl. Mayor Ruslan No. 88 Palembang",
    ),
    (
        "PUSAT STUDI PEMILU DAN DEMOKRASI LOKAL",
        "PUSDEMLOK",
        "Jl. Srijaya Negara Blok C-5 Palembang",
    ),
    (
        "JARINGAN PEREMPUAN UNTUK KEADILAN PEMILU",
        "JAPEKA",
        "Jl. Sudirman Km. 4,5 No. 102 Palembang",
    ),
    ("KOMUNITAS DISABILITAS PEDULI PEMILU SUMSEL", "KDPP-SS", "Jl. Kol. Atmo No. 9 Palembang"),
    ("LEMBAGA SWADAYA MASYARAKAT MATA RAKYAT OGAN", "LSM MARO", "Jl. Lintas Timur Kayuagung, OKI"),
]
PARTIES = [
    "PARTAI KEBANGKITAN BANGSA",
    "PARTAI GERAKAN INDONESIA RAYA",
    "PARTAI DEMOKRASI INDONESIA PERJUANGAN",
    "PARTAI GOLONGAN KARYA",
    "PARTAI NASDEM",
    "PARTAI KEADILAN SEJAHTERA",
    "PARTAI DEMOKRAT",
    "PARTAI AMANAT NASIONAL",
    "PARTAI PERSATUAN PEMBANGUNAN",
    "PARTAI SOLIDARITAS INDONESIA",
]


# ---------------------------------------------------------------------------------------------
# layout helpers
# ---------------------------------------------------------------------------------------------
def F(**kw) -> dict:
    out = dict.fromkeys(FIELDS)
    for k, v in kw.items():
        assert k in out, k
        out[k] = v
    return out


def lc_first(s: str) -> str:
    """An item / purpose inside a sentence starts in lower case (not an acronym or a name)."""
    w = s.split(" ", 1)[0]
    if len(w) > 1 and (w[1:2].isupper() or any(ch.isdigit() for ch in w)):
        return s
    return s[:1].lower() + s[1:]


def kop(
    page: Page,
    ctx: Ctx,
    names: list[str],
    small: list[str],
    umbrella: list[str] | None = None,
    kind: str = "shield",
    y: float = 42,
    left: bool = False,
) -> float:
    """Letterhead: emblem at the left, name lines centred (or left), a double rule under it."""
    rng = ctx.rng
    x0, x1 = 50, page.w - 50
    em = 58
    emblem(page, x0 + 4, y, em, kind, rng)
    cx = (x0 + em + 10 + x1) / 2 if not left else None
    yy = y + 12
    for u in umbrella or []:
        if left:
            page.text(x0 + em + 18, yy, u, ctx.sb, 10.5)
        else:
            page.text(cx, yy, u, ctx.sb, 10.5, align="c")
        yy += 13
    for _i, nm in enumerate(names):
        sz = 14.5 if len(nm) < 38 else 12.5 if len(nm) < 50 else 11
        if left:
            page.text(x0 + em + 18, yy + 2, nm, ctx.sb, sz)
        else:
            page.text(cx, yy + 2, nm, ctx.sb, sz, align="c")
        yy += sz + 3
    for sm in small:
        if left:
            page.text(x0 + em + 18, yy + 1, sm, ctx.s, 8.5)
        else:
            page.text(cx, yy + 1, sm, ctx.s, 8.5, align="c")
        yy += 11
    yy = max(yy, y + em) + 4
    page.line(x0, yy, x1, yy, 2.2)
    page.line(x0, yy + 3, x1, yy + 3, 0.6)
    return yy + 24


def kop_kpu_ss(page: Page, ctx: Ctx, y: float = 42) -> float:
    return kop(
        page,
        ctx,
        ["KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        [
            KPU_ADDR,
            "Telp. (0711) 350 445   Laman: sumsel.kpu.go.id   Pos-el: ppid@sumsel.kpu.go.id",
        ],
        kind="garuda",
        y=y,
    )


def kop_ki(page: Page, ctx: Ctx, y: float = 42) -> float:
    return kop(
        page,
        ctx,
        ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"],
        [KI_ADDR, "Telp. (0711) 5620 114   Laman: komisiinformasi.sumselprov.go.id"],
        kind="star",
        y=y,
    )


def kv(
    page: Page,
    x: float,
    y: float,
    label: str,
    value: str,
    label_w: float,
    font: str,
    size: float,
    width: float,
    colon: str = ":",
    vfont: str | None = None,
    vsize: float | None = None,
    vcolor=INK,
    leading: float | None = None,
    lfont: str | None = None,
) -> float:
    """label : value (value wrapped under itself); returns the next baseline."""
    vfont = vfont or font
    vsize = vsize or size
    leading = leading or max(size, vsize) * 1.42
    page.text(x, y, label, lfont or font, size)
    cx = x + label_w
    if colon:
        page.text(cx, y, colon, font, size, cont=True)
        cx += text_width(colon + " ", font, size)
    lines = wrap(value, vfont, vsize, x + width - cx) if value else [""]
    for i, ln in enumerate(lines):
        if ln:
            page.text(cx, y, ln, vfont, vsize, color=vcolor, cont=(i == 0))
        y += leading
    return y


def sign_block(
    page: Page,
    ctx: Ctx,
    x: float,
    y: float,
    top_lines: list[str],
    name: str,
    bottom_lines: list[str] = (),
    font: str | None = None,
    size: float | None = None,
    stamp: Image.Image | None = None,
    underline=True,
    sig=True,
    meterai=False,
) -> float:
    font = font or ctx.f
    size = size or ctx.size
    for t in top_lines:
        page.text(x, y, t, font, size)
        y += size * 1.4
    if meterai:
        page.image(x - 10, y + 2, 56, 34, meterai_img(ctx.rng))
    if sig:
        page.image(x + ctx.rng.uniform(0, 30), y - 2, 120, 48, signature_img(ctx.rng))
    if stamp is not None:
        page.image(x - 62 + ctx.rng.uniform(-8, 8), y - 8, 74, 74, stamp)
    y += 56
    page.text(x, y, name, font + ("-b" if "-" not in font and underline else ""), size)
    if underline:
        page.line(
            x,
            y + 2,
            x + text_width(name, font + ("-b" if "-" not in font else ""), size),
            y + 2,
            0.5,
        )
    y += size * 1.4
    for t in bottom_lines:
        page.text(x, y, t, font, size)
        y += size * 1.4
    return y


def yth(page: Page, ctx: Ctx, x: float, y: float, lines: list[str], size=None) -> float:
    size = size or ctx.size
    for ln in lines:
        page.text(x, y, ln, ctx.f, size)
        y += size * 1.4
    return y + 6


def checkbox(
    page: Page,
    ctx: Ctx,
    x: float,
    y: float,
    label: str,
    on: bool,
    size: float,
    font: str,
    hand=False,
    cont=False,
) -> float:
    """A box with a label; returns x after the label.  page_text: '☒ label' / '☐ label'."""
    bs = size * 0.95
    page.rect(x, y - bs + 1, bs, bs, 0.7)
    if on:
        if hand or not ctx.digital:
            c = ctx.hand_color() if hand else INK
            kind = ctx.rng.choice(("v", "x")) if hand else "x"
            if kind == "v":
                page.line(x + 1, y - bs * 0.45, x + bs * 0.4, y + 1, 1.3, c)
                page.line(x + bs * 0.4, y + 1, x + bs * 1.3, y - bs * 1.1, 1.3, c)
            else:
                page.line(x + 1.5, y - bs + 2.5, x + bs - 1.5, y - 0.5, 1.1, c)
                page.line(x + bs - 1.5, y - bs + 2.5, x + 1.5, y - 0.5, 1.1, c)
        else:
            page.draw(x + 0.8, y - 0.5, "✔" if ctx.rng.random() < 0.5 else "✗", "sym-b", size * 0.9)
    mark = "☒" if on else "☐"
    page.text(x + bs + 4, y, label, font, size, record=False)
    if cont and page.lines:
        page.lines[-1] += f" {mark} {label}"
    else:
        page.lines.append(f"{mark} {label}")
    return x + bs + 4 + text_width(label, font, size) + 12


def table(
    page: Page,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    font: str,
    size: float,
    bold_first=True,
    bfont: str | None = None,
    pad=3.5,
    border=True,
    fill_head=(225, 225, 225),
    cell_fonts: dict | None = None,
    valign_top=True,
) -> float:
    """Bordered table, each cell wrapped; returns y below it.  page_text: a row on one line when every
    cell fits on one line, otherwise each cell's lines in turn."""
    leading = size * 1.3
    for ri, row in enumerate(rows):
        head = bold_first and ri == 0
        fnt = (bfont or font) if head else font
        cells = []
        for ci, cell in enumerate(row):
            f2 = (cell_fonts or {}).get((ri, ci), fnt)
            cells.append((wrap(cell, f2, size, widths[ci] - 2 * pad) if cell else [""], f2))
        nl = max(len(c[0]) for c in cells)
        h = nl * leading + 2 * pad
        if head and fill_head:
            page.rect(x, y, sum(widths), h, 0, None, fill_head)
        cx = x
        single = nl == 1
        first_cell = True
        for ci, (lines, f2) in enumerate(cells):
            for li, ln in enumerate(lines):
                if not ln:
                    continue
                yy = y + pad + size + li * leading
                page.text(cx + pad, yy, ln, f2, size, cont=(single and not first_cell))
                first_cell = False
            if border:
                page.rect(cx, y, widths[ci], h, 0.6)
            cx += widths[ci]
        y += h
    return y + 4


def person_check(p: dict) -> list[str]:
    return [p["name"]]


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
def opening(rng: random.Random) -> str:
    return rng.choice(
        (
            "Dengan hormat,",
            "Dengan hormat.",
            "Assalamu'alaikum Wr. Wb.",
            "Salam sejahtera,",
            "Dengan hormat,",
        )
    )


def closing(rng: random.Random) -> str:
    return rng.choice(
        (
            "Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja samanya saya ucapkan terima kasih.",
            "Demikian surat permohonan ini dibuat dengan sebenarnya, atas perhatian Bapak/Ibu diucapkan terima kasih.",
            "Atas perhatian dan perkenannya, kami sampaikan terima kasih.",
            "Besar harapan saya permohonan ini dapat dipenuhi sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008. Terima kasih.",
            "Demikian disampaikan, atas bantuannya diucapkan terima kasih.",
        )
    )


def recipient_lines(rng: random.Random) -> list[str]:
    return rng.choice(
        (
            [
                "Kepada Yth.",
                "PPID Komisi Pemilihan Umum",
                "Provinsi Sumatera Selatan",
                "di -",
                "      Palembang",
            ],
            [
                "Yth. Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
                "KPU Provinsi Sumatera Selatan",
                KPU_ADDR,
            ],
            [
                "Kepada",
                "Yth. Ketua KPU Provinsi Sumatera Selatan",
                "c.q. PPID KPU Provinsi Sumatera Selatan",
                "di Palembang",
            ],
            ["Yth. PPID KPU Provinsi Sumsel", "Jl. Kapten A. Rivai No. 95", "Palembang"],
        )
    )


def subject_req(rng: random.Random) -> str:
    return rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Informasi",
            "Permintaan Informasi Publik",
            "Permohonan Data dan Informasi",
            "Permohonan Salinan Dokumen",
            "Permintaan Data",
            "Permohonan Memperoleh Informasi Publik",
        )
    )


def place_for(p: dict, rng: random.Random) -> str:
    return p["kab"]["town"] if rng.random() < 0.6 else "Palembang"


def obtain_sentence(rng, ob, dl) -> str:
    parts = []
    if ob:
        parts.append(
            rng.choice(
                (
                    "Cara memperoleh informasi yang saya pilih adalah ",
                    "Saya memilih ",
                    "Adapun cara memperoleh informasi: ",
                )
            )
            + rng.choice(OBTAIN_SENT[ob])
        )
    if dl:
        if parts:
            parts.append(
                rng.choice(("dan salinannya ", "dengan salinan ", "serta salinan "))
                + rng.choice(DELIVERY_SENT[dl])
            )
        else:
            parts.append("Salinan informasi mohon " + rng.choice(DELIVERY_SENT[dl]))
    return (" ".join(parts) + ".") if parts else ""


def p01_footer_identity_memo(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Salinan Informasi",
            "Permohonan Data Kepemiluan",
            "Permohonan Informasi",
        )
    )
    pg = Page()
    title = rng.choice(
        (
            "MEMO PERMOHONAN INFORMASI",
            "NOTA PERMINTAAN INFORMASI PUBLIK",
            "MEMO",
            "MEMORANDUM PERMOHONAN",
        )
    )
    y = 70
    pg.text(pg.w / 2, y, title, ctx.sb, 15, align="c")
    y += 26
    lw = 70
    head = [
        (
            "Kepada",
            rng.choice(
                (
                    "PPID KPU Provinsi Sumatera Selatan",
                    "Yth. PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                )
            ),
        ),
        (
            "Dari",
            rng.choice(
                (
                    "Pemohon (identitas di bagian bawah)",
                    "Pemohon informasi, lihat identitas di kaki memo",
                    "Perorangan (lihat identitas pemohon)",
                )
            ),
        ),
        ("Tanggal", fmt_date(d, rng)),
        ("Perihal", subj),
    ]
    date_w = head[2][1]
    for k, v in head:
        y = kv(pg, 60, y, k, v, lw, ctx.f, ctx.size, 480)
    pg.line(60, y - 6, pg.w - 60, y - 6, 1.0)
    y += 12
    word = rng.choice(("Butir", "Angka", "Poin", "Butir"))
    arts = []
    arts.append(
        (
            "Dasar",
            rng.choice(
                (
                    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik menjamin hak setiap orang untuk memperoleh informasi publik.",
                    "Pasal 4 ayat (2) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
                    "Hak atas informasi sebagaimana diatur dalam UU KIP dan Peraturan Komisi Informasi Nomor 1 Tahun 2021.",
                )
            ),
        )
    )
    arts.append(("Informasi yang Dimohon", None))
    arts.append(("Tujuan Penggunaan", None))
    if ob or dl:
        arts.append(("Cara Memperoleh", None))
    arts.append(
        (
            "Penutup",
            rng.choice(
                (
                    "Memo ini dibuat untuk diproses sesuai ketentuan yang berlaku.",
                    "Mohon kiranya permohonan ini dapat diproses dalam jangka waktu yang ditentukan.",
                    "Atas perhatiannya diucapkan terima kasih.",
                )
            ),
        )
    )
    size = ctx.size
    for i, (h, body) in enumerate(arts, 1):
        pg.text(60, y, f"{word} {i}", ctx.fb, size)
        pg.text(60 + 55, y, "— " + h, ctx.fb, size, cont=True)
        y += size * 1.5
        if h == "Informasi yang Dimohon":
            for j, it in enumerate(items):
                mark = f"{'abcde'[j]}." if len(items) > 1 else "-"
                y = numbered(pg, 80, 96, y, mark, it, ctx.f, size, 440)
        elif h == "Tujuan Penggunaan":
            y = pg.para(80, y, 456, purpose + ("." if rng.random() < 0.5 else ""), ctx.f, size)
        elif h == "Cara Memperoleh":
            if ob:
                y = kv(pg, 80, y, "Cara memperoleh", rng.choice(OBTAIN[ob]), 120, ctx.f, size, 456)
            if dl:
                y = kv(
                    pg, 80, y, "Cara penyampaian", rng.choice(DELIVERY[dl]), 120, ctx.f, size, 456
                )
        else:
            y = pg.para(80, y, 456, body, ctx.f, size)
        y += 8
    # signature on the right above the footer
    y = max(y, 520)
    sign_block(pg, ctx, 380, y, ["Pemohon,"], p["name"], size=size)
    # footer identity block
    fy = pg.h - 175
    pg.line(50, fy, pg.w - 50, fy, 1.2)
    fs = 8.6
    pg.text(
        58,
        fy + 22,
        rng.choice(("IDENTITAS PEMOHON", "Identitas Pemohon Informasi", "DATA PEMOHON")),
        ctx.sb,
        9,
    )
    yy = fy + 38
    rows = [
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Alamat", p["address"]),
        ("Pekerjaan", p["occupation"]),
        ("Telp./HP", p["phone_w"]),
    ]
    has_mail = rng.random() < 0.6
    if has_mail:
        rows.append(("Email", p["email"]))
    has_job = rng.random() < 0.8
    if not has_job:
        rows = [r for r in rows if r[0] != "Pekerjaan"]
    for k, v in rows:
        yy = kv(pg, 58, yy, k, v, 62, ctx.s, fs, 470, leading=fs * 1.35)
    pg.rect(50, fy + 8, pg.w - 100, yy - fy - 8, 0.6)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has_mail else None,
        occupation=p["occupation"] if has_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P01_footer_identity_memo",
        [pg],
        fields,
        [*items, purpose, p["address"], date_w, p["phone_w"], subj],
    )


def student_table(pg, ctx, x, y, st, nim, prodi, sem):
    rows = [["No", "Nama", "NIM", "Program Studi", "Semester"], ["1", st["name"], nim, prodi, sem]]
    return table(pg, x, y, [28, 150, 90, 150, 58], rows, ctx.f, ctx.size - 1, bfont=ctx.fb)


PRODI = [
    "Ilmu Politik",
    "Ilmu Pemerintahan",
    "Ilmu Hukum",
    "Administrasi Publik",
    "Ilmu Komunikasi",
    "Hukum Tata Negara",
    "Sosiologi",
    "Pendidikan Pancasila dan Kewarganegaraan",
    "Sistem Informasi",
    "Akuntansi Sektor Publik",
]


def p02_dean_cover_student(ctx: Ctx) -> Letter:
    rng = ctx.rng
    uname, facs, uaddr, umb, ucode = rng.choice(UNIVS)
    fac = rng.choice(facs)
    st = make_person(rng, young=True, occupation="Mahasiswa", degree_p=0, prefix_p=0)
    prodi = rng.choice(PRODI)
    nim = str(rng.choice(("0", "1", "2"))) + "".join(
        str(rng.randint(0, 9)) for _ in range(rng.choice((9, 10, 13)))
    )
    d = rand_date(rng)
    d2 = d - timedelta(days=rng.randint(0, 6))
    fcode = {
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK": "FISIP",
        "FAKULTAS HUKUM": "FH",
        "FAKULTAS EKONOMI": "FE",
        "FAKULTAS SYARIAH DAN HUKUM": "FSH",
        "FAKULTAS DAKWAH DAN KOMUNIKASI": "FDK",
        "FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN": "FKIP",
        "FAKULTAS ILMU KOMPUTER": "FASILKOM",
        "FAKULTAS SOSIAL HUMANIORA": "FSH",
    }[fac]
    nom = f"{rng.randint(100, 4999)}/{ucode}.{fcode}/{rng.choice(('TU.01.05', 'PP.00.9', 'KM.04', 'AK'))}/{d.year}"
    hal = rng.choice(
        (
            "Permohonan Data Penelitian",
            "Pengantar Permohonan Informasi Publik",
            "Permohonan Izin Memperoleh Data",
            "Permohonan Bantuan Data Skripsi",
            "Surat Pengantar Pengambilan Data",
        )
    )
    pg = Page()
    names = [uname, fac]
    y = kop(
        pg,
        ctx,
        names,
        [uaddr, f"Laman: www.{ucode.lower().replace('.', '')}.ac.id"],
        umbrella=[umb] if umb else None,
        kind="book",
    )
    dw = fmt_date(d, rng, rng.choice(("long", "long0", "long")))
    y = kv(pg, 60, y, "Nomor", nom, 62, ctx.f, ctx.size, 300)
    pg.text(pg.w - 60, y - ctx.size * 1.42, dw, ctx.f, ctx.size, align="r", cont=False)
    y = kv(
        pg,
        60,
        y,
        "Lampiran",
        rng.choice(("1 (satu) berkas", "1 (satu) lembar", "-")),
        62,
        ctx.f,
        ctx.size,
        300,
    )
    y = kv(pg, 60, y, "Hal", hal, 62, ctx.f, ctx.size, 300, lfont=ctx.f) + 10
    y = yth(
        pg,
        ctx,
        60,
        y,
        [
            "Yth. Ketua Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "c.q. Pejabat Pengelola Informasi dan Dokumentasi",
            "di Palembang",
        ],
    )
    y = pg.para(
        60,
        y + 4,
        475,
        rng.choice(
            (
                "Dengan hormat, bersama ini kami sampaikan bahwa mahasiswa kami yang namanya tersebut di bawah ini:",
                "Dalam rangka penyelesaian tugas akhir, dengan ini kami hadapkan mahasiswa Fakultas kami:",
                "Kami sampaikan dengan hormat bahwa mahasiswa berikut:",
            )
        ),
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = (
        student_table(
            pg, ctx, 60, y, st, nim, prodi, rng.choice(("VII", "VIII", "VI", "IX", "7", "8"))
        )
        + 12
    )
    judul = rng.choice(
        (
            "Analisis Kualitas Daftar Pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024",
            "Implementasi Keterbukaan Informasi Publik di KPU Provinsi Sumatera Selatan",
            "Partisipasi Pemilih Pemula dalam Pemilu 2024 di Kota Palembang",
            "Akuntabilitas Pengelolaan Dana Hibah Pemilihan Kepala Daerah",
            "Peran PPID dalam Pelayanan Informasi Kepemiluan",
        )
    )
    y = pg.para(
        60,
        y,
        475,
        f'bermaksud mengajukan permohonan informasi/data kepada instansi yang Bapak/Ibu pimpin guna penyusunan skripsi dengan judul "{judul}". Surat permohonan dari yang bersangkutan kami lampirkan.',
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian, atas perhatian dan bantuan Bapak/Ibu kami ucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 10
    )
    dean = make_person(rng, degree_p=0, prefix_p=0)
    dean_name = (
        rng.choice(("Dr. ", "Prof. Dr. ", "Dr. ", ""))
        + dean["core"]
        + ", "
        + rng.choice(("S.IP., M.Si.", "S.H., M.H.", "S.E., M.M.", "M.Ag.", "S.Sos., M.A."))
    )
    sign_block(
        pg,
        ctx,
        330,
        y,
        [
            rng.choice(("a.n. Dekan,", "Dekan,", "a.n. Dekan")),
            rng.choice(("Wakil Dekan Bidang Akademik,", "Wakil Dekan I,", "")),
        ]
        if rng.random() < 0.7
        else ["Dekan,"],
        dean_name,
        ["NIP " + "".join(str(rng.randint(0, 9)) for _ in range(18))],
        stamp=org_stamp_img(rng, f"{uname} {fac}", "DEKAN"),
    )
    # page 2: the student's own request
    p2 = Page()
    items = info_items(rng, 1, 3)
    purpose = (
        rng.choice(
            (
                "Bahan penelitian skripsi",
                "Bahan penyusunan skripsi",
                "Data pendukung penelitian tugas akhir",
            )
        )
        + f' dengan judul "{judul}"'
    )
    ob, dl = pick_methods(rng)
    y = 70
    dw2 = fmt_date(d2, rng)
    p2.text(p2.w - 60, y, f"{place_for(st, rng)}, {dw2}", ctx.f, ctx.size, align="r")
    y += 24
    y = kv(p2, 60, y, "Perihal", subject_req(rng), 60, ctx.f, ctx.size, 400) + 8
    y = yth(p2, ctx, 60, y, recipient_lines(rng))
    y = p2.para(60, y + 4, 475, "Saya yang bertanda tangan di bawah ini:", ctx.f, ctx.size)
    rows = [
        ("Nama", st["name"]),
        ("NIM", nim),
        ("NIK", st["nik"]),
        ("Pekerjaan", "Mahasiswa"),
        ("Program Studi", prodi),
        ("Alamat", st["address"]),
        ("Nomor HP", st["phone_w"]),
        ("Email", st["email"]),
    ]
    has_nik = rng.random() < 0.75
    if not has_nik:
        rows = [r for r in rows if r[0] != "NIK"]
    has_job = rng.random() < 0.7
    if not has_job:
        rows = [r for r in rows if r[0] != "Pekerjaan"]
    for k, v in rows:
        y = kv(p2, 80, y, k, v, 95, ctx.f, ctx.size, 455)
    y = p2.para(
        60,
        y + 4,
        475,
        "dengan ini mengajukan permohonan informasi publik sebagai berikut:",
        ctx.f,
        ctx.size,
    )
    for j, it in enumerate(items, 1):
        y = numbered(p2, 80, 96, y, f"{j}.", it, ctx.f, ctx.size, 440)
    y = p2.para(
        60,
        y + 4,
        475,
        f"Informasi tersebut akan saya gunakan sebagai {lc_first(purpose)}.",
        ctx.f,
        ctx.size,
        justify=True,
    )
    s = obtain_sentence(rng, ob, dl)
    if s:
        y = p2.para(60, y + 2, 475, s, ctx.f, ctx.size)
    y = p2.para(60, y + 4, 475, closing(rng), ctx.f, ctx.size, justify=True) + 8
    sign_block(p2, ctx, 360, y, ["Hormat saya,", "Pemohon,"], st["name"], ["NIM " + nim])
    fields = F(
        applicant_name=st["name"],
        nik=st["nik"] if has_nik else None,
        address=st["address"],
        phone=st["phone"],
        email=st["email"],
        occupation="Mahasiswa" if has_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=hal,
        sender_org=f"{uname} {fac}",
    )
    return Letter(
        "permohonan_informasi",
        "P02_dean_cover_student",
        [pg, p2],
        fields,
        [*items, purpose, st["address"], nom, hal, dw, uname, fac],
    )


def section_bar(pg: Page, ctx: Ctx, y: float, text: str) -> float:
    pg.rect(55, y - 12, pg.w - 110, 17, 0, None, (215, 215, 215))
    pg.text(60, y, text, ctx.sb, ctx.size)
    return y + 20


def p03_purpose_first_sections(ctx: Ctx) -> Letter:
    rng = ctx.rng
    with_org = rng.random() < 0.4
    p = make_person(
        rng,
        occupation=rng.choice(
            ("Peneliti", "Aktivis LSM", "Advokat", "Konsultan", "Karyawan Swasta")
        )
        if with_org
        else None,
    )
    d = rand_date(rng)
    items = info_items(rng, 1, 4)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 0.95, 0.85)
    pg = Page()
    org = None
    nom = None
    if with_org:
        org = rng.choice(NGOS)
        y = kop(
            pg,
            ctx,
            [org[0]],
            [org[2] + f"   Telp. {phone_forms(rng, '0712' if 'OKI' in org[2] else '0711')[0]}"],
            kind="circle",
        )
    else:
        y = 60
    pg.text(
        pg.w / 2,
        y,
        rng.choice(
            (
                "SURAT PERMOHONAN INFORMASI PUBLIK",
                "PERMOHONAN INFORMASI",
                "PERMINTAAN INFORMASI PUBLIK",
            )
        ),
        ctx.sb,
        13,
        align="c",
    )
    y += 16
    if org:
        nom = org_number(rng, d, org[1])
        pg.text(pg.w / 2, y, "Nomor: " + nom, ctx.f, ctx.size, align="c")
        y += 16
    y += 8
    roman = rng.random() < 0.6
    heads = [
        ("MAKSUD DAN TUJUAN", "TUJUAN PENGGUNAAN INFORMASI"),
        ("INFORMASI YANG DIMOHONKAN", "RINCIAN INFORMASI"),
        ("DATA PEMOHON", "IDENTITAS PEMOHON"),
        ("CARA MEMPEROLEH DAN MENERIMA INFORMASI", "CARA MEMPEROLEH INFORMASI"),
    ]
    hn = [rng.choice(h) for h in heads]
    lab = (lambda i: ["I", "II", "III", "IV"][i] + ".") if roman else (lambda i: "ABCD"[i] + ".")
    y = section_bar(pg, ctx, y, f"{lab(0)} {hn[0]}")
    pw = purpose + ("." if rng.random() < 0.6 else "")
    y = pg.para(65, y, 465, pw, ctx.f, ctx.size) + 6
    y = section_bar(pg, ctx, y, f"{lab(1)} {hn[1]}")
    for j, it in enumerate(items, 1):
        y = numbered(
            pg, 65, 85, y, f"{j})" if rng.random() < 0.5 else f"{j}.", it, ctx.f, ctx.size, 445
        )
    y += 6
    y = section_bar(pg, ctx, y, f"{lab(2)} {hn[2]}")
    rows = [
        ("Nama Lengkap", p["name"]),
        ("NIK", p["nik"]),
        ("Pekerjaan", p["occupation"]),
        ("Alamat", p["address"]),
        ("No. Telepon/HP", p["phone_w"]),
        ("Alamat Email", p["email"]),
    ]
    keep = {"nik": rng.random() < 0.8, "job": rng.random() < 0.85, "mail": rng.random() < 0.6}
    if org:
        rows.insert(
            2,
            (
                "Jabatan",
                rng.choice(
                    (
                        "Koordinator Divisi Riset",
                        "Direktur Eksekutif",
                        "Staf Advokasi",
                        "Sekretaris",
                    )
                ),
            ),
        )
    rows = [
        r
        for r in rows
        if not (
            (r[0] == "NIK" and not keep["nik"])
            or (r[0] == "Pekerjaan" and not keep["job"])
            or (r[0] == "Alamat Email" and not keep["mail"])
        )
    ]
    for k, v in rows:
        y = kv(pg, 65, y, k, v, 100, ctx.f, ctx.size, 465)
    y += 6
    y = section_bar(pg, ctx, y, f"{lab(3)} {hn[3]}")
    x = 65
    pg.text(x, y, "Cara memperoleh:", ctx.f, ctx.size - 0.5)
    y += ctx.size * 1.5
    opts = [
        ("melihat", "Melihat/membaca/mendengarkan/mencatat"),
        ("salinan_hardcopy", "Salinan tercetak (hardcopy)"),
        ("salinan_softcopy", "Salinan elektronik (softcopy)"),
    ]
    if ob == "salinan":
        opts[1] = ("salinan", "Mendapatkan salinan")
        opts = opts[:2]
    for code, labl in opts:
        checkbox(pg, ctx, 75, y, labl, ob == code, ctx.size - 0.5, ctx.f)
        y += ctx.size * 1.5
    pg.text(x, y, "Cara mendapatkan salinan:", ctx.f, ctx.size - 0.5)
    y += ctx.size * 1.5
    xx = 75
    for code, labl in (
        ("mengambil_langsung", "Mengambil langsung"),
        ("kurir", "Kurir"),
        ("pos", "Pos"),
        ("faksimili", "Faksimili"),
        ("email", "Email"),
    ):
        xx = checkbox(
            pg,
            ctx,
            xx,
            y,
            labl,
            dl == code,
            ctx.size - 0.5,
            ctx.f,
            cont=(code != "mengambil_langsung"),
        )
    y += 28
    dw = fmt_date(d, rng)
    pg.text(360, y, f"{place_for(p, rng)}, {dw}", ctx.f, ctx.size)
    sign_block(
        pg,
        ctx,
        360,
        y + ctx.size * 1.5,
        ["Pemohon,"],
        p["name"],
        size=ctx.size,
        stamp=org_stamp_img(rng, org[0], org[1]) if org else None,
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if keep["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if keep["mail"] else None,
        occupation=p["occupation"] if keep["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nom,
        letter_date=d.isoformat(),
        sender_org=org[0] if org else None,
    )
    return Letter(
        "permohonan_informasi",
        "P03_purpose_first_sections",
        [pg],
        fields,
        [*items, purpose, p["address"], dw],
        ktp=p,
    )


NESTED = [
    (
        "Data Daftar Pemilih Tetap Pemilu 2024 di {kab}, meliputi:",
        [
            "jumlah pemilih laki-laki dan perempuan per kecamatan",
            "jumlah pemilih penyandang disabilitas",
            "jumlah TPS per kelurahan/desa",
        ],
    ),
    (
        "Dokumen pengadaan logistik Pemilihan Tahun 2024, yaitu:",
        [
            "kontrak pengadaan surat suara",
            "berita acara serah terima barang",
            "daftar penyedia yang ditetapkan sebagai pemenang",
        ],
    ),
    (
        "Dokumen dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024, terdiri dari:",
        [
            "Naskah Perjanjian Hibah Daerah (NPHD)",
            "laporan realisasi penggunaan dana hibah",
            "bukti penyetoran sisa dana hibah ke kas daerah",
        ],
    ),
    (
        "Data badan ad hoc Pemilihan Tahun 2024 di {kab}:",
        [
            "jumlah anggota PPK dan PPS",
            "besaran honorarium per bulan",
            "jumlah anggota yang diberhentikan beserta alasannya",
        ],
    ),
    (
        "Informasi layanan PPID KPU Provinsi Sumatera Selatan Tahun 2025, berupa:",
        [
            "jumlah permohonan informasi yang diterima",
            "jumlah permohonan yang dikabulkan dan ditolak",
            "rata-rata waktu penyelesaian permohonan",
        ],
    ),
    (
        "Data partisipasi pemilih pada Pemilihan Tahun 2024 di {kab}, mencakup:",
        [
            "persentase kehadiran pemilih per kecamatan",
            "jumlah pemilih yang menggunakan DPTb",
            "jumlah pemilih yang menggunakan KTP-el (DPK)",
        ],
    ),
    (
        "Hasil seleksi anggota PPK untuk Pemilihan Tahun 2024 di {kab}:",
        [
            "daftar peserta yang lulus seleksi administrasi",
            "nilai tes tertulis",
            "berita acara penetapan hasil wawancara",
        ],
    ),
    (
        "Laporan dana kampanye pasangan calon Gubernur dan Wakil Gubernur Tahun 2024, yaitu:",
        [
            "Laporan Awal Dana Kampanye (LADK)",
            "Laporan Penerimaan Sumbangan Dana Kampanye (LPSDK)",
            "Laporan Penerimaan dan Pengeluaran Dana Kampanye (LPPDK)",
        ],
    ),
]


def p04_nested_bullets(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 0.7, 0.6)
    pg = Page()
    y = 64
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, f"{place_for(p, rng)}, {dw}", ctx.f, ctx.size, align="r")
    y += 26
    subj = subject_req(rng)
    y = kv(pg, 60, y, rng.choice(("Hal", "Perihal")), subj, 55, ctx.f, ctx.size, 420)
    y = (
        kv(
            pg,
            60,
            y,
            "Lampiran",
            rng.choice(("-", "Fotokopi KTP", "1 (satu) lembar")),
            55,
            ctx.f,
            ctx.size,
            420,
        )
        + 10
    )
    y = yth(pg, ctx, 60, y, recipient_lines(rng))
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size) + 2
    has = {
        "nik": rng.random() < 0.75,
        "job": rng.random() < 0.7,
        "mail": rng.random() < 0.55,
        "phone": rng.random() < 0.9,
    }
    s = (
        f"Saya, {p['honor']} {p['name']}"
        if rng.random() < 0.5
        else f"Saya yang bertanda tangan di bawah ini, {p['name']}"
    )
    if has["nik"]:
        s += f", pemegang NIK {p['nik']}"
    if has["job"]:
        s += (
            f", pekerjaan {p['occupation']}"
            if rng.random() < 0.5
            else f", bekerja sebagai {p['occupation']}"
        )
    s += f", beralamat di {p['address']}"
    if has["phone"]:
        s += f", dapat dihubungi melalui nomor {p['phone_w']}"
    if has["mail"]:
        s += f" atau surel {p['email']}" if has["phone"] else f", surel {p['email']}"
    s += ", dengan ini mengajukan permohonan informasi publik sebagai berikut:"
    y = pg.para(60, y, 475, s, ctx.f, ctx.size, justify=True, first_indent=24) + 2
    n_nested = rng.randint(1, 2)
    groups = []
    kab = kab_short(rng)
    for parent, subs in rng.sample(NESTED, n_nested):
        k = rng.randint(2, 3)
        groups.append((parent.format(kab=kab), subs[:k]))
    for it in info_items(rng, 0, 2):
        groups.insert(rng.randint(0, len(groups)), (it, []))
    bullet = rng.choice(("•", "■", "➢", "●"))
    sub_mark = rng.choice(("–", "◦", "-", "roman", "alpha"))
    truth_items = []
    checks = []
    for parent, subs in groups:
        pg.draw(72, y, bullet, "sym", ctx.size - 1)
        n0 = len(pg.lines)
        y = pg.para(88, y, 447, parent, ctx.f, ctx.size)
        pg.lines[n0] = bullet + " " + pg.lines[n0]
        checks.append(parent)
        for si, sb in enumerate(subs):
            m = {"roman": ["i.", "ii.", "iii."][si], "alpha": ["a)", "b)", "c)"][si]}.get(
                sub_mark, sub_mark
            )
            pg.draw(100, y, m, "sym" if m in ("–", "◦") else ctx.f, ctx.size - 0.5)
            n0 = len(pg.lines)
            y = pg.para(118, y, 417, sb, ctx.f, ctx.size - 0.5)
            pg.lines[n0] = m + " " + pg.lines[n0]
            checks.append(sb)
        truth_items.append(parent + (" " + ", ".join(subs) if subs else ""))
        y += 2
    y = pg.para(
        60,
        y + 4,
        475,
        rng.choice(
            (
                "Informasi tersebut akan saya gunakan sebagai ",
                "Adapun informasi tersebut saya perlukan untuk ",
                "Tujuan penggunaan informasi ini adalah ",
            )
        )
        + lc_first(purpose)
        + ".",
        ctx.f,
        ctx.size,
        justify=True,
    )
    s2 = obtain_sentence(rng, ob, dl)
    if s2:
        y = pg.para(60, y + 2, 475, s2, ctx.f, ctx.size)
    y = pg.para(60, y + 4, 475, closing(rng), ctx.f, ctx.size, justify=True) + 10
    sign_block(pg, ctx, 360, y, [rng.choice(("Hormat saya,", "Pemohon,", "Salam,"))], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"] if has["phone"] else None,
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(truth_items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P04_nested_bullets",
        [pg],
        fields,
        [*checks, purpose, p["address"], dw, subj],
        ktp=p,
    )


def p05_right_aligned_labels(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 0.9, 0.8)
    pg = Page()
    y = 70
    pg.text(
        60,
        y,
        rng.choice(
            ("Permohonan Informasi Publik", "PERMOHONAN INFORMASI", "Formulir Permintaan Informasi")
        ),
        ctx.sb,
        16,
    )
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, dw, ctx.f, ctx.size, align="r")
    y += 14
    pg.text(
        60,
        y,
        rng.choice(
            (
                "Ditujukan kepada PPID KPU Provinsi Sumatera Selatan",
                "Kepada: PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                "untuk PPID KPU Prov. Sumsel",
            )
        ),
        ctx.f,
        ctx.size - 1,
        color=GREY,
    )
    y += 30
    lx = rng.choice((175, 190, 205))
    vx = lx + 16
    labels = {
        "name": rng.choice(("Nama Pemohon", "Nama Lengkap", "Nama")),
        "nik": rng.choice(("Nomor Induk Kependudukan", "NIK", "No. KTP / NIK")),
        "job": rng.choice(("Pekerjaan", "Pekerjaan Pemohon")),
        "addr": rng.choice(("Alamat Domisili", "Alamat", "Alamat Lengkap")),
        "phone": rng.choice(("Telepon Seluler", "Nomor Telepon", "HP / WhatsApp")),
        "mail": rng.choice(("Surel", "Pos-el", "E-mail")),
        "info": rng.choice(
            ("Rincian Informasi", "Informasi yang Dibutuhkan", "Informasi yang Diminta")
        ),
        "purp": rng.choice(("Tujuan Penggunaan", "Untuk Keperluan", "Tujuan Penggunaan Informasi")),
        "ob": rng.choice(("Cara Memperoleh", "Cara Memperoleh Informasi")),
        "dl": rng.choice(("Cara Mendapatkan Salinan", "Cara Pengiriman", "Penyampaian Salinan")),
    }
    has = {"nik": rng.random() < 0.85, "job": rng.random() < 0.8, "mail": rng.random() < 0.65}
    rows = [
        ("name", p["name"]),
        ("nik", p["nik"]),
        ("job", p["occupation"]),
        ("addr", p["address"]),
        ("phone", p["phone_w"]),
        ("mail", p["email"]),
    ]
    rows = [r for r in rows if has.get(r[0], True)]
    top = y - 14
    size = ctx.size

    def row(key, value_lines, yy):
        pg.text(
            lx,
            yy,
            labels[key],
            ctx.sb if rng.random() < 0.0 else ctx.s,
            size - 0.5,
            color=(70, 70, 70),
            align="r",
        )
        first = True
        for vl in value_lines:
            for ln in wrap(vl, ctx.f, size, pg.w - 60 - vx):
                pg.text(vx, yy, ln, ctx.f, size, cont=first)
                first = False
                yy += size * 1.45
        return yy + 7

    for k, v in rows:
        y = row(k, [v], y)
    y = row("info", [(f"{i}. " if len(items) > 1 else "") + it for i, it in enumerate(items, 1)], y)
    y = row("purp", [purpose], y)
    if ob:
        y = row("ob", [rng.choice(OBTAIN[ob])], y)
    if dl:
        y = row("dl", [rng.choice(DELIVERY[dl])], y)
    pg.line(lx + 8, top, lx + 8, y - 6, 0.8, (90, 90, 90))
    y += 16
    y = (
        pg.para(
            60,
            y,
            475,
            rng.choice(
                (
                    "Saya menyatakan bahwa data di atas benar dan informasi yang diperoleh akan digunakan sesuai ketentuan peraturan perundang-undangan.",
                    "Dengan ini saya memohon agar informasi tersebut dapat diberikan sesuai ketentuan UU Nomor 14 Tahun 2008.",
                    closing(rng),
                )
            ),
            ctx.f,
            size,
            justify=True,
        )
        + 8
    )
    sign_block(
        pg,
        ctx,
        370,
        y,
        [
            f"{place_for(p, rng)}, {fmt_date(d, rng, 'long')}"
            if rng.random() < 0.3
            else "Pemohon Informasi,"
        ],
        p["name"],
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P05_right_aligned_labels",
        [pg],
        fields,
        [*items, purpose, p["address"], dw],
        ktp=p,
    )


def numbered(
    pg: Page,
    xm: float,
    xt: float,
    y: float,
    mark: str,
    text: str,
    font: str,
    size: float,
    width: float,
    mfont: str | None = None,
) -> float:
    """A list entry: the mark at xm, the text wrapped at xt; page_text 'mark text'."""
    pg.draw(xm, y, mark, mfont or font, size)
    n0 = len(pg.lines)
    y = pg.para(xt, y, width, text, font, size)
    pg.lines[n0] = mark + " " + pg.lines[n0]
    return y


def embed(dst: Page, src: Page, dx: float, dy: float) -> None:
    for op in src.ops:
        k = op[0]
        if k == "t":
            dst.ops.append((k, op[1] + dx, op[2] + dy, *op[3:]))
        elif k == "l":
            dst.ops.append((k, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, *op[5:]))
        elif k in ("r", "i") or k == "e":
            dst.ops.append((k, op[1] + dx, op[2] + dy, *op[3:]))
    dst.lines.extend(src.lines)


def hand_text(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, color, cont=False
) -> None:
    pg.text(x, y, s, "hand", size, color=color, cont=cont)


def hand_para(
    pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float, color, leading: float
) -> float:
    for ln in wrap(s, "hand", size, width):
        pg.text(x + ctx.rng.uniform(-1, 2), y, ln, "hand", size, color=color)
        y += leading
    return y


def draw_slip(
    pg: Page,
    ctx: Ctx,
    oy: float,
    copy_label: str | None,
    data: dict,
    hand: bool,
    regno: str | None,
    hand_color,
) -> None:
    rng = ctx.rng
    s = 9.0
    vs = 12.0 if hand else 9.5
    vf = "hand" if hand else ctx.f
    vc = hand_color if hand else INK
    x0, x1 = 40, pg.w - 40
    y = oy + 34
    pg.text(pg.w / 2, y, "KARTU PERMINTAAN INFORMASI PUBLIK", ctx.sb, 11.5, align="c")
    y += 13
    pg.text(
        pg.w / 2, y, "PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", ctx.s, 8, align="c"
    )
    if copy_label:
        pg.text(x1, oy + 20, copy_label, ctx.s, 7.5, color=GREY, align="r")
    y += 16
    pg.text(x0, y, "No. Pendaftaran (diisi petugas) :", ctx.s, s)
    if regno:
        hx = x0 + text_width("No. Pendaftaran (diisi petugas) : ", ctx.s, s)
        if hand or rng.random() < 0.5:
            pg.text(
                hx,
                y,
                regno,
                "hand" if not ctx.digital else ctx.f,
                11.5 if not ctx.digital else s,
                color=(150, 30, 30) if not ctx.digital else INK,
                cont=True,
            )
        else:
            pg.text(hx, y, regno, ctx.mono, s, cont=True)
    y += 6
    pg.line(x0, y, x1, y, 0.8)
    y += 15
    colw = (x1 - x0) / 2
    left = [
        ("Nama", data["name"]),
        ("NIK", data.get("nik") or ""),
        ("Pekerjaan", data.get("job") or ""),
        ("Telp/HP", data.get("phone") or ""),
    ]
    right = [("Alamat", data["addr"]), ("Email", data.get("mail") or "")]
    yl = y
    for k, v in left:
        yl = kv(
            pg,
            x0,
            yl,
            k,
            v,
            48,
            ctx.s,
            s,
            colw - 8,
            vfont=vf,
            vsize=vs,
            vcolor=vc,
            leading=max(s, vs) * 1.35,
        )
    yr = y
    for k, v in right:
        yr = kv(
            pg,
            x0 + colw,
            yr,
            k,
            v,
            38,
            ctx.s,
            s,
            colw,
            vfont=vf,
            vsize=vs,
            vcolor=vc,
            leading=max(s, vs) * 1.35,
        )
    y = max(yl, yr) + 2
    y = kv(
        pg,
        x0,
        y,
        "Informasi yang dibutuhkan",
        "; ".join(data["items"])
        if len(data["items"]) > 1 and rng.random() < 0.0
        else data["items_text"],
        130,
        ctx.s,
        s,
        x1 - x0,
        vfont=vf,
        vsize=vs,
        vcolor=vc,
        leading=max(s, vs) * 1.3,
    )
    y = (
        kv(
            pg,
            x0,
            y,
            "Tujuan penggunaan",
            data["purpose"],
            130,
            ctx.s,
            s,
            x1 - x0,
            vfont=vf,
            vsize=vs,
            vcolor=vc,
            leading=max(s, vs) * 1.3,
        )
        + 2
    )
    pg.text(x0, y, "Cara memperoleh :", ctx.s, s)
    xx = x0 + 90
    for code, lab in (
        ("melihat", "Melihat/membaca"),
        ("salinan_hardcopy", "Salinan hardcopy"),
        ("salinan_softcopy", "Salinan softcopy"),
    ):
        xx = checkbox(pg, ctx, xx, y, lab, data["ob"] == code, s, ctx.s, hand=hand, cont=True)
    y += 15
    pg.text(x0, y, "Cara mendapatkan :", ctx.s, s)
    xx = x0 + 90
    for code, lab in (
        ("mengambil_langsung", "Ambil langsung"),
        ("kurir", "Kurir"),
        ("pos", "Pos"),
        ("faksimili", "Faks"),
        ("email", "Email"),
    ):
        xx = checkbox(pg, ctx, xx, y, lab, data["dl"] == code, s, ctx.s, hand=hand, cont=True)
    y += 18
    pg.text(x0, y, "Palembang,", ctx.s, s)
    dx = x0 + text_width("Palembang, ", ctx.s, s) + 2
    if hand:
        hand_text(pg, ctx, dx, y, data["date_w"], vs, vc, cont=True)
    else:
        pg.text(dx, y, data["date_w"], ctx.f, s, cont=True)
    pg.text(x0 + 250, y, "Petugas Penerima,", ctx.s, s)
    pg.text(x0 + 400, y, "Pemohon,", ctx.s, s, cont=True)
    pg.image(x0 + 395, y + 2, 90, 34, signature_img(rng, vc if hand else None))
    pg.image(x0 + 250, y + 4, 70, 28, signature_img(rng))
    y += 46
    pg.text(x0 + 250, y, "(..............................)", ctx.s, s)
    if hand:
        hand_text(pg, ctx, x0 + 400, y, data["name"], vs - 1, vc, cont=True)
    else:
        pg.text(x0 + 400, y, "( " + data["name"] + " )", ctx.s, s, cont=True)


def p06_duplicate_half_slips(ctx: Ctx) -> Letter:
    rng = ctx.rng
    hand = (not ctx.digital) and rng.random() < 0.55
    p = make_person(rng, degree_p=0.2)
    d = rand_date(rng)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 1.0, 0.9)
    ob = "salinan_hardcopy" if ob == "salinan" else ob
    regno = (
        f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
        if rng.random() < 0.6
        else None
    )
    has = {"nik": rng.random() < 0.85, "mail": rng.random() < 0.55, "job": rng.random() < 0.85}
    date_w = (
        fmt_date(d, rng, rng.choice(("dmy-", "long", "dmy/")))
        if not hand
        else fmt_date(d, rng, rng.choice(("dmy-", "dmy/", "long")))
    )
    data = {
        "name": p["name"],
        "nik": p["nik"] if has["nik"] else "",
        "job": p["occupation"] if has["job"] else "",
        "phone": p["phone_w"],
        "addr": p["address"],
        "mail": p["email"] if has["mail"] else "",
        "items": items,
        "items_text": "; ".join(items)
        if len(items) == 1
        else " ".join(
            f"{i}. {it};" if i < len(items) else f"{i}. {it}" for i, it in enumerate(items, 1)
        ),
        "purpose": purpose,
        "ob": ob,
        "dl": dl,
        "date_w": date_w,
    }
    hc = ctx.hand_color()
    single = rng.random() < 0.4
    if single:
        pg = Page(HALF_A4)
        draw_slip(
            pg,
            ctx,
            0,
            rng.choice((None, "Lembar untuk Pemohon", "Lembar 1")),
            data,
            hand,
            regno,
            hc,
        )
    else:
        pg = Page()
        draw_slip(pg, ctx, 0, "Lembar 1 - untuk Petugas", data, hand, regno, hc)
        pg.line(20, HALF_A4[1], pg.w - 20, HALF_A4[1], 0.8, GREY, dash=(5, 4))
        pg.draw(24, HALF_A4[1] + 4, "✂", "sym", 12, GREY)
        pg.text(pg.w / 2, HALF_A4[1] - 4, "gunting di sini", ctx.s, 7, color=GREY, align="c")
        draw_slip(pg, ctx, HALF_A4[1], "Lembar 2 - untuk Pemohon", data, hand, regno, hc)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=regno,
        letter_date=d.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P06_duplicate_half_slips",
        [pg],
        fields,
        [*items, purpose, p["address"], date_w],
        handwritten=hand,
    )


def p07_kiosk_thermal_receipt(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng, degree_p=0.2)
    d = rand_date(rng)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"))
    dl = {
        "melihat": rng.choice(("mengambil_langsung", None)),
        "salinan_hardcopy": rng.choice(("mengambil_langsung", "pos", "kurir")),
        "salinan_softcopy": "email",
    }[ob]
    masked = rng.random() < 0.45
    nik_w = p["nik"][:4] + rng.choice(("x", "*")) * 8 + p["nik"][-4:] if masked else p["nik"]
    width = 226.8
    f = ctx.mono
    fs = 8.2
    cw = text_width("M", f, fs)
    ncol = int((width - 24) / cw)
    lines: list[tuple[str, str]] = []  # (text, align)

    def add(t, a="l"):
        lines.append((t, a))

    def kvl(k, v):
        first = f"{k:<10}: "
        avail = ncol - len(first)
        chunks = wrap(v, f, fs, avail * cw)
        add(first + chunks[0])
        for c in chunks[1:]:
            add(" " * len(first) + c)

    add("KPU PROVINSI SUMATERA SELATAN", "c")
    add(
        rng.choice(
            ("ANJUNGAN LAYANAN INFORMASI MANDIRI", "KIOS INFORMASI PUBLIK", "LAYANAN MANDIRI PPID")
        ),
        "c",
    )
    add("Jl. Kapten A. Rivai No. 95 Palembang", "c")
    add("=" * ncol)
    add("BUKTI PERMOHONAN INFORMASI", "c")
    add("-" * ncol)
    ticket = (
        f"{rng.choice(('PPID', 'ALIM', 'KIOS'))}-{d.strftime('%y%m%d')}-{rng.randint(1, 999):04d}"
    )
    t = f"{rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    kvl("Kode Tiket", ticket)
    date_w = rng.choice(
        (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d} {BLN3[d.month - 1]} {d.year}",
        )
    )
    kvl("Tanggal", f"{date_w} {t}")
    add("-" * ncol)
    kvl("Nama", p["name"])
    kvl("NIK", nik_w)
    has_job = rng.random() < 0.7
    if has_job:
        kvl("Pekerjaan", p["occupation"])
    kvl("No. HP", p["phone_w"])
    has_mail = ob == "salinan_softcopy" or rng.random() < 0.4
    if has_mail:
        kvl("Email", p["email"])
    kvl("Alamat", p["address"])
    add("-" * ncol)
    add("Informasi yang diminta:")
    for i, it in enumerate(items, 1):
        chunks = wrap(it, f, fs, (ncol - 3) * cw)
        add(f"{i}. " + chunks[0])
        for c in chunks[1:]:
            add("   " + c)
    add("Tujuan:")
    for c in wrap(purpose, f, fs, (ncol - 3) * cw):
        add("   " + c)
    add("-" * ncol)
    obw = {
        "melihat": "Lihat/baca di tempat",
        "salinan_hardcopy": "Salinan cetak",
        "salinan_softcopy": "Softcopy",
    }[ob]
    kvl("Memperoleh", obw)
    if dl:
        kvl(
            "Dikirim",
            {
                "mengambil_langsung": "Ambil di loket",
                "pos": "Pos",
                "kurir": "Kurir",
                "email": "Email",
            }[dl],
        )
    add("=" * ncol)
    add("Simpan struk ini sebagai bukti.", "c")
    add("Jawaban paling lambat 10 hari kerja.", "c")
    add("Cek status: ppid.sumsel.kpu.go.id", "c")
    rp = Page((width, 40 + len(lines) * fs * 1.45 + 30))
    y = 30
    for tx, a in lines:
        if a == "c":
            rp.text(width / 2, y, tx, f, fs, align="c")
        else:
            rp.text(12, y, tx, f, fs)
        y += fs * 1.45
    if ctx.digital:
        pages = [rp]
    else:
        pg = Page()
        dx, dy = rng.uniform(60, 300), rng.uniform(40, 90)
        pg.rect(dx, dy, width, rp.h, 0.3, (200, 200, 200), (252, 252, 246))
        embed(pg, rp, dx, dy)
        pages = [pg]
    fields = F(
        applicant_name=p["name"],
        nik=None if masked else p["nik"],
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has_mail else None,
        occupation=p["occupation"] if has_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P07_kiosk_thermal_receipt",
        pages,
        fields,
        [p["name"], p["phone_w"]],
    )


def p08_annex_item_table(ctx: Ctx) -> Letter:
    rng = ctx.rng
    org, abbr, oaddr = rng.choice(NGOS)
    p = make_person(rng, degree_p=0.6)
    d = rand_date(rng)
    items = info_items(rng, 2, 5)
    purpose = rng.choice(PURPOSES)
    kind = rng.choice(("Softcopy", "Hardcopy", "Softcopy"))
    ob = "salinan_softcopy" if kind == "Softcopy" else "salinan_hardcopy"
    dl = (
        ("email" if kind == "Softcopy" else rng.choice(("mengambil_langsung", "kurir", "pos")))
        if rng.random() < 0.7
        else None
    )
    nom = org_number(rng, d, abbr.replace(" ", "-"))
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data dan Informasi",
            "Permintaan Informasi Publik",
        )
    )
    tel_w, tel = phone_forms(rng, "0712" if "OKI" in oaddr else "0711")
    pg = Page()
    y = kop(
        pg,
        ctx,
        [org],
        [
            oaddr,
            f"Telp. {tel_w}   Email: sekretariat@{abbr.lower().replace(' ', '').replace('-', '')}.or.id",
        ],
        kind="circle",
    )
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, f"Palembang, {dw}", ctx.f, ctx.size, align="r")
    y += 18
    for k, v in (
        ("Nomor", nom),
        ("Lampiran", rng.choice(("1 (satu) lembar", "Satu berkas", "1 (satu) berkas"))),
        ("Hal", subj),
    ):
        y = kv(pg, 60, y, k, v, 62, ctx.f, ctx.size, 380)
    y += 10
    y = yth(pg, ctx, 60, y, recipient_lines(rng))
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    y = pg.para(60, y, 475, "Yang bertanda tangan di bawah ini:", ctx.f, ctx.size)
    jab = rng.choice(
        (
            "Direktur Eksekutif",
            "Ketua",
            "Koordinator",
            "Sekretaris Jenderal",
            "Ketua Badan Pengurus",
        )
    )
    use_personal_phone = rng.random() < 0.5
    rows = [
        ("Nama", p["name"]),
        ("Jabatan", f"{jab} {abbr}"),
        ("Alamat", oaddr),
        ("Telepon", p["phone_w"] if use_personal_phone else tel_w),
    ]
    has_mail = rng.random() < 0.6
    if has_mail:
        rows.append(("Email", p["email"]))
    for k, v in rows:
        y = kv(pg, 80, y, k, v, 70, ctx.f, ctx.size, 455)
    y = pg.para(
        60,
        y + 4,
        475,
        f"bertindak untuk dan atas nama {org.title() if rng.random() < 0.5 else abbr}, dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam lampiran surat ini.",
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = pg.para(
        60,
        y + 2,
        475,
        f"Informasi tersebut akan kami pergunakan untuk {lc_first(purpose)}.",
        ctx.f,
        ctx.size,
        justify=True,
    )
    if dl:
        y = pg.para(
            60,
            y + 2,
            475,
            f"Kami mohon salinan informasi {rng.choice(DELIVERY_SENT[dl])}"
            + (f" ke alamat {p['email']}." if dl == "email" and has_mail else "."),
            ctx.f,
            ctx.size,
        )
    y = pg.para(60, y + 4, 475, closing(rng), ctx.f, ctx.size, justify=True) + 6
    sign_block(
        pg,
        ctx,
        350,
        y,
        [org.title() if len(org) < 40 else abbr, jab + ","],
        p["name"],
        stamp=org_stamp_img(rng, org, abbr),
    )
    p2 = Page()
    y = 70
    p2.text(300, y, f"LAMPIRAN SURAT {abbr.upper()}", ctx.fb, ctx.size)
    y += 15
    y = kv(p2, 300, y, "NOMOR", nom, 60, ctx.f, ctx.size, 240)
    y = kv(p2, 300, y, "TANGGAL", fmt_date(d, rng, "long"), 60, ctx.f, ctx.size, 240) + 18
    p2.text(
        p2.w / 2,
        y,
        rng.choice(("DAFTAR INFORMASI YANG DIMOHON", "RINCIAN INFORMASI PUBLIK YANG DIMINTA")),
        ctx.fb,
        ctx.size + 1,
        align="c",
    )
    y += 16
    rows = [["No", "Uraian Informasi", "Bentuk"]] + [
        [str(i), it, kind] for i, it in enumerate(items, 1)
    ]
    y = table(p2, 55, y, [30, 385, 70], rows, ctx.f, ctx.size - 0.5, bfont=ctx.fb)
    sign_block(p2, ctx, 350, y + 30, [jab + ","], p["name"], sig=rng.random() < 0.6)
    fields = F(
        applicant_name=p["name"],
        address=oaddr,
        phone=p["phone"] if use_personal_phone else tel,
        email=p["email"] if has_mail else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter(
        "permohonan_informasi",
        "P08_annex_item_table",
        [pg, p2],
        fields,
        [*items, purpose, oaddr, nom, dw, org],
    )


def comb_row(
    pg: Page,
    x: float,
    y: float,
    n: int,
    text: str,
    cw: float,
    ch: float,
    color,
    rng: random.Random,
    record=True,
    cont=False,
) -> None:
    for i in range(n):
        pg.rect(x + i * cw, y - ch + 3, cw, ch, 0.5, (60, 60, 60))
    for i, c in enumerate(text[:n]):
        if c != " ":
            fs = ch * 0.66
            pg.draw(
                x + i * cw + (cw - text_width(c, "hand", fs)) / 2 + rng.uniform(-0.6, 0.6),
                y - 1.5 + rng.uniform(-0.6, 0.6),
                c,
                "hand",
                fs,
                color,
            )
    if record and text.strip():
        if cont and pg.lines:
            pg.lines[-1] += " " + text.strip()
        else:
            pg.lines.append(text.strip())


def comb_split(s: str, n: int) -> list[str]:
    out, line = [], ""
    for w in s.split():
        cand = w if not line else line + " " + w
        if len(cand) <= n:
            line = cand
        else:
            out.append(line)
            line = w[:n]
    out.append(line)
    return out


def p09_hand_comb_capitals(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng, degree_p=0.15, prefix_p=0.08)
    d = rand_date(rng)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 1.0, 0.85)
    ob = "salinan_softcopy" if ob == "salinan" else ob
    hc = ctx.hand_color()
    pg = Page()
    y = kop_kpu_ss(pg, ctx)
    pg.text(pg.w / 2, y, "FORMULIR PERMOHONAN INFORMASI PUBLIK", ctx.sb, 12.5, align="c")
    y += 14
    pg.text(
        pg.w / 2,
        y,
        "Isi dengan HURUF CETAK, satu kotak untuk satu huruf",
        ctx.s,
        8.5,
        align="c",
        color=GREY,
    )
    y += 20
    regno = (
        f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
        if rng.random() < 0.5
        else None
    )
    pg.text(300, y, "No. Pendaftaran*:", ctx.s, 9)
    pg.rect(380, y - 11, 160, 16, 0.6)
    if regno:
        pg.text(384, y, regno, "hand", 11, color=(20, 20, 20), cont=True)
    y += 24
    cw, ch = 13.6, 16.5
    n = 32
    xb = 60
    name_u = p["name"].upper()
    addr = f"{p['street'].upper()} NO. {p['no']} RT {p['rt']:02d}/RW {p['rw']:02d} {'KEL.' if p['is_kel'] else 'DESA'} {p['kel'].upper()} KEC. {p['kec'].upper()} {p['kab']['town'].upper()}"
    addr = "JL. " + addr
    phone_w = rng.choice((p["phone"].replace("+62", "0"), p["phone"]))
    has_mail = rng.random() < 0.6
    has_job = rng.random() < 0.85

    def label(t):
        nonlocal y
        pg.text(xb, y, t, ctx.sb, 8.5)
        y += 15

    label("NAMA LENGKAP")
    for r in comb_split(name_u, n)[:2]:
        comb_row(pg, xb, y, n, r, cw, ch, hc, rng)
        y += ch + 3
    y += 4
    label("NOMOR INDUK KEPENDUDUKAN (NIK)")
    comb_row(pg, xb, y, 16, p["nik"], cw, ch, hc, rng)
    y += ch + 7
    label("NOMOR TELEPON / HP")
    comb_row(pg, xb, y, 15, phone_w, cw, ch, hc, rng)
    y += ch + 7
    if has_mail:
        label("ALAMAT EMAIL")
        comb_row(pg, xb, y, n, p["email"], cw, ch, hc, rng)
        y += ch + 7
    label("PEKERJAAN")
    job = p["occupation"].upper()
    comb_row(pg, xb, y, 24, job if has_job else "", cw, ch, hc, rng)
    y += ch + 7
    label("ALAMAT")
    arows = comb_split(addr, n)
    for i in range(max(3, len(arows))):
        comb_row(pg, xb, y, n, arows[i] if i < len(arows) else "", cw, ch, hc, rng, cont=i > 0)
        y += ch + 3
    y += 8
    lead = 19

    def ruled(title, text, nlines):
        nonlocal y
        pg.text(xb, y, title, ctx.sb, 8.5)
        y += 6
        ys = y
        for i in range(nlines):
            pg.line(
                xb,
                ys + (i + 1) * lead,
                pg.w - 60,
                ys + (i + 1) * lead,
                0.4,
                (120, 120, 120),
                dash=(1, 2),
            )
        hand_para(pg, ctx, xb + 4, ys + lead - 3, pg.w - 130, text, 12.5, hc, lead)
        y = ys + nlines * lead + 16

    ruled(
        "RINCIAN INFORMASI YANG DIBUTUHKAN",
        " ".join(f"{i}. {it}" for i, it in enumerate(items, 1)) if len(items) > 1 else items[0],
        4,
    )
    ruled("TUJUAN PENGGUNAAN INFORMASI", purpose, 2)
    pg.text(xb, y, "CARA MEMPEROLEH INFORMASI", ctx.sb, 8.5)
    xx = xb + 172
    for code, lab in (
        ("melihat", "Melihat/membaca"),
        ("salinan_hardcopy", "Hardcopy"),
        ("salinan_softcopy", "Softcopy"),
    ):
        xx = checkbox(pg, ctx, xx, y, lab, ob == code, 9, ctx.s, hand=True, cont=True)
    y += 16
    pg.text(xb, y, "CARA MENDAPATKAN SALINAN", ctx.sb, 8.5)
    xx = xb + 172
    for code, lab in (
        ("mengambil_langsung", "Ambil langsung"),
        ("kurir", "Kurir"),
        ("pos", "Pos"),
        ("faksimili", "Faks"),
        ("email", "Email"),
    ):
        xx = checkbox(pg, ctx, xx, y, lab, dl == code, 9, ctx.s, hand=True, cont=True)
    y += 28
    date_w = fmt_date(d, rng, rng.choice(("dmy-", "dmy/", "long", "short")))
    pg.text(340, y, "Palembang,", ctx.s, 9)
    hand_text(pg, ctx, 344 + text_width("Palembang, ", ctx.s, 9), y, date_w, 12, hc, cont=True)
    y += 14
    pg.text(340, y, "Pemohon,", ctx.s, 9)
    pg.image(345, y + 4, 110, 42, signature_img(rng, hc))
    hand_text(pg, ctx, 340, y + 60, p["name"], 12, hc)
    pg.text(60, pg.h - 40, "* diisi oleh petugas", ctx.s, 7.5, color=GREY)
    fields = F(
        applicant_name=name_u,
        nik=p["nik"],
        address=addr,
        phone=p["phone"],
        email=p["email"] if has_mail else None,
        occupation=job if has_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=regno,
        letter_date=d.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P09_hand_comb_capitals",
        [pg],
        fields,
        [*items, purpose, addr, name_u],
        handwritten=True,
    )


def p10_horizontal_identity(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob, dl = pick_methods(rng, 0.75, 0.65)
    pg = Page()
    y = 66
    dw = fmt_date(d, rng)
    subj = subject_req(rng)
    if rng.random() < 0.5:
        pg.text(pg.w - 60, y, f"{place_for(p, rng)}, {dw}", ctx.f, ctx.size, align="r")
        y += 22
        y = kv(pg, 60, y, "Perihal", subj, 55, ctx.f, ctx.size, 420) + 8
    else:
        y = kv(pg, 60, y, "Perihal", subj, 55, ctx.f, ctx.size, 300)
        pg.text(pg.w - 60, y - ctx.size * 1.42, dw, ctx.f, ctx.size, align="r")
        y += 8
    y = yth(pg, ctx, 60, y, recipient_lines(rng))
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    y = (
        pg.para(
            60,
            y,
            475,
            rng.choice(
                (
                    "Bersama ini saya, yang identitasnya tercantum dalam tabel berikut:",
                    "Saya yang data dirinya sebagai berikut:",
                    "Yang bertanda tangan di bawah ini:",
                )
            ),
            ctx.f,
            ctx.size,
        )
        + 2
    )
    has = {"nik": rng.random() < 0.85, "job": rng.random() < 0.85, "mail": rng.random() < 0.6}
    head = ["Nama", "NIK", "Pekerjaan", "Alamat", "No. HP / Email" if has["mail"] else "No. HP"]
    contact = p["phone_w"] + (" / " + p["email"] if has["mail"] else "")
    row = [
        p["name"],
        p["nik"] if has["nik"] else "-",
        p["occupation"] if has["job"] else "-",
        p["address"],
        contact,
    ]
    y = (
        table(pg, 50, y, [100, 88, 70, 150, 87], [head, row], ctx.f, ctx.size - 2, bfont=ctx.fb)
        + 12
    )
    if len(items) == 1 or rng.random() < 0.4:
        y = pg.para(
            60,
            y,
            475,
            "mengajukan permohonan informasi publik berupa "
            + "; ".join(lc_first(i) if k else i for k, i in enumerate(items))
            + ".",
            ctx.f,
            ctx.size,
            justify=True,
        )
        checks = items
    else:
        y = pg.para(60, y, 475, "mengajukan permohonan informasi publik berupa:", ctx.f, ctx.size)
        for j, it in enumerate(items, 1):
            y = numbered(pg, 75, 92, y, f"{j}.", it, ctx.f, ctx.size, 440)
        checks = items
    y = pg.para(
        60,
        y + 4,
        475,
        rng.choice(
            (
                "Adapun tujuan penggunaan informasi tersebut adalah ",
                "Informasi ini saya butuhkan untuk ",
                "Tujuan penggunaan informasi: ",
            )
        )
        + lc_first(purpose)
        + ".",
        ctx.f,
        ctx.size,
        justify=True,
    )
    s2 = obtain_sentence(rng, ob, dl)
    if s2:
        y = pg.para(60, y + 2, 475, s2, ctx.f, ctx.size)
    y = pg.para(60, y + 4, 475, closing(rng), ctx.f, ctx.size, justify=True) + 10
    sign_block(pg, ctx, 360, y, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P10_horizontal_identity",
        [pg],
        fields,
        [lc_first(c) if i else c for i, c in enumerate(checks)]
        + [lc_first(purpose), p["address"], dw, subj],
        ktp=p,
    )


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
def reason_code(rng: random.Random) -> str:
    return rng.choices("abcdefg", (5, 1, 5, 4, 4, 1, 2))[0]


def kasus_posisi(rng: random.Random, code: str, ref: str, refd: date) -> str:
    base = f"Pada tanggal {fmt_date(refd, rng, 'long')} saya mengajukan permohonan informasi yang tercatat dengan Nomor Pendaftaran {ref}. "
    tail = {
        "a": "PPID menolak permohonan tersebut dengan alasan informasi dikecualikan, padahal menurut saya informasi itu bersifat terbuka dan wajib diumumkan.",
        "b": "Informasi tersebut merupakan informasi yang wajib disediakan secara berkala, namun tidak tersedia di laman maupun papan pengumuman.",
        "c": "Sampai dengan batas waktu 10 hari kerja, bahkan setelah perpanjangan, permohonan saya tidak mendapat tanggapan apa pun.",
        "d": "Jawaban yang saya terima tidak sesuai dengan informasi yang saya minta; yang diberikan hanya ringkasan, bukan dokumen yang dimohon.",
        "e": "PPID menyatakan akan memberikan informasi tersebut, tetapi hingga kini informasi itu tidak pernah diberikan.",
        "f": "Saya diminta membayar biaya penggandaan sebesar Rp "
        + f"{rng.randint(3, 15) * 50:,}".replace(",", ".")
        + ".000, yang menurut saya tidak wajar.",
        "g": "Informasi baru saya terima jauh melewati jangka waktu yang ditentukan dalam Undang-Undang Nomor 14 Tahun 2008.",
    }[code]
    return base + tail


def keb_regno(rng: random.Random, d: date) -> str:
    return f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"


def k01_form_reason_first(ctx: Ctx) -> Letter:
    rng = ctx.rng
    hand = (not ctx.digital) and rng.random() < 0.5
    hc = ctx.hand_color()
    p = make_person(rng)
    d = rand_date(rng)
    ref, refd = reg_number(rng, d)
    items = info_items(rng, 1, 2)
    has = {
        "purpose": rng.random() < 0.75,
        "nik": rng.random() < 0.7,
        "mail": rng.random() < 0.5,
        "job": rng.random() < 0.85,
    }
    purpose = rng.choice(PURPOSES)
    code = reason_code(rng)
    pg = Page()
    y = kop_kpu_ss(pg, ctx, y=34)
    s = 9.3
    vf, vs, vc = ("hand", 11.5, hc) if hand else (ctx.f, s, INK)
    pg.text(
        pg.w / 2,
        y - 4,
        rng.choice(
            (
                "FORMULIR PENGAJUAN KEBERATAN",
                "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK",
                "FORMULIR KEBERATAN INFORMASI PUBLIK",
            )
        ),
        ctx.sb,
        11.5,
        align="c",
    )
    y += 16
    pg.text(55, y, "I.  ALASAN KEBERATAN", ctx.sb, 9.5)
    pg.text(
        pg.w - 55, y, "(beri tanda pada satu kotak)", ctx.s, 8, color=GREY, align="r", cont=True
    )
    y += 15
    for c in "abcdefg":
        checkbox(pg, ctx, 70, y, f"{c}. {REASON_FORM[c]}", c == code, s, ctx.s, hand=hand)
        y += s * 1.55
    y += 6
    pg.text(55, y, "II.  DATA PERMOHONAN INFORMASI", ctx.sb, 9.5)
    y += 15
    y = kv(
        pg,
        70,
        y,
        "Nomor Pendaftaran Permohonan",
        ref,
        150,
        ctx.s,
        s,
        470,
        vfont=vf,
        vsize=vs,
        vcolor=vc,
    )
    y = kv(
        pg,
        70,
        y,
        "Tanggal Permohonan",
        fmt_date(refd, rng, "dmy-" if hand else "long"),
        150,
        ctx.s,
        s,
        470,
        vfont=vf,
        vsize=vs,
        vcolor=vc,
    )
    y = kv(
        pg,
        70,
        y,
        "Informasi yang Diminta",
        "; ".join(items),
        150,
        ctx.s,
        s,
        470,
        vfont=vf,
        vsize=vs,
        vcolor=vc,
    )
    if has["purpose"]:
        y = kv(
            pg,
            70,
            y,
            "Tujuan Penggunaan Informasi",
            purpose,
            150,
            ctx.s,
            s,
            470,
            vfont=vf,
            vsize=vs,
            vcolor=vc,
        )
    y += 6
    pg.text(55, y, "III.  IDENTITAS PENGAJU KEBERATAN", ctx.sb, 9.5)
    y += 15
    rows = [
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Alamat", p["address"]),
        ("Pekerjaan", p["occupation"]),
        ("Nomor Telepon/HP", p["phone_w"]),
        ("Email", p["email"]),
    ]
    for k, v in rows:
        show = {"NIK": has["nik"], "Email": has["mail"], "Pekerjaan": has["job"]}.get(k, True)
        y = kv(pg, 70, y, k, v if show else "", 150, ctx.s, s, 470, vfont=vf, vsize=vs, vcolor=vc)
    y += 6
    pg.text(55, y, "IV.  URAIAN SINGKAT (KASUS POSISI)", ctx.sb, 9.5)
    y += 15
    kp = kasus_posisi(rng, code, ref, refd)
    if hand:
        y = hand_para(pg, ctx, 70, y, 460, kp, 11, hc, 15)
    else:
        y = pg.para(70, y, 470, kp, ctx.f, s)
    y += 8
    dw = fmt_date(d, rng, "dmy-" if hand else None)
    pg.text(340, y, "Palembang,", ctx.s, s)
    pg.text(340 + text_width("Palembang, ", ctx.s, s), y, dw, vf, vs, color=vc, cont=True)
    y += 14
    pg.text(80, y, "Petugas Penerima,", ctx.s, s)
    pg.text(340, y, "Pengaju Keberatan,", ctx.s, s, cont=True)
    pg.image(345, y + 3, 100, 38, signature_img(rng, hc if hand else None))
    pg.image(85, y + 3, 80, 30, signature_img(rng))
    y += 52
    pg.text(80, y, "(.............................)", ctx.s, s)
    pg.text(340, y, p["name"], vf, vs, color=vc, cont=True)
    y += 16
    regno = keb_regno(rng, d) if rng.random() < 0.5 else None
    pg.rect(55, y, pg.w - 110, 36, 0.7, dash=(3, 2))
    pg.text(62, y + 13, "DIISI OLEH PETUGAS", ctx.sb, 8)
    pg.text(62, y + 27, "Nomor Registrasi Keberatan :", ctx.s, 8.5)
    if regno:
        pg.text(
            62 + text_width("Nomor Registrasi Keberatan : ", ctx.s, 8.5),
            y + 27,
            regno,
            "hand" if not ctx.digital else ctx.mono,
            11 if not ctx.digital else 8.5,
            color=(150, 30, 30) if not ctx.digital else INK,
            cont=True,
        )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if has["purpose"] else None,
        letter_number=regno,
        letter_date=d.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K01_form_reason_first",
        [pg],
        fields,
        [*items, p["address"], ref],
        handwritten=hand,
    )


SITES = [
    ("Kompasiana", "https://www.kompasiana.com/{u}/{id}/surat-terbuka"),
    ("Catatan Warga Sumsel", "https://catatanwarga.id/{u}/{id}"),
    ("Medium", "https://medium.com/@{u}/surat-terbuka-{id}"),
    ("Blog Pribadi", "https://{u}.blogspot.com/2026/surat-terbuka.html"),
    ("Facebook Notes", "https://www.facebook.com/notes/{u}/{id}"),
]


def k02_open_letter_post(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng, workday=False)
    ref, refd = reg_number(rng, d)
    items = info_items(rng, 1, 2)
    code = reason_code(rng)
    has_purpose = rng.random() < 0.6
    purpose = rng.choice(PURPOSES)
    site, url = rng.choice(SITES)
    user = p["email"].split("@")[0]
    url = url.format(u=user, id=rng.randint(10**7, 10**8))
    pd_ = d + timedelta(days=rng.randint(1, 20))
    pg = Page()
    g = (120, 120, 120)
    pg.text(
        40,
        24,
        f"{pd_.day:02d}/{pd_.month:02d}/{pd_.year % 100:02d} {rng.randint(7, 22):02d}.{rng.randint(0, 59):02d}",
        "helv",
        7.5,
        color=g,
    )
    pg.text(pg.w - 40, 24, f"Surat Terbuka - {site}", "helv", 7.5, color=g, align="r", cont=True)
    pg.rect(40, 36, pg.w - 80, 30, 0, None, (232, 238, 246))
    pg.text(52, 56, site, ctx.sb, 14, color=(30, 60, 120))
    pg.text(pg.w - 52, 56, "Masuk   Daftar", ctx.s, 8.5, color=(60, 60, 60), align="r", cont=True)
    y = 100
    title = rng.choice(
        (
            "Surat Terbuka untuk Atasan PPID KPU Sumsel",
            "Surat Terbuka: Keberatan Saya kepada KPU Provinsi Sumatera Selatan",
            "Surat Terbuka untuk Atasan PPID KPU Provinsi Sumatera Selatan",
            "Keberatan Terbuka atas Layanan Informasi KPU Sumsel",
        )
    )
    y = pg.para(50, y, 495, title, ctx.sb, 17, leading=21)
    date_w = fmt_date(d, rng, rng.choice(("long", "day", "short")))
    pg.text(
        50,
        y + 2,
        f"{p['name']}  ·  Diposting {date_w}  ·  {rng.randint(2, 6)} menit baca",
        ctx.s,
        8.5,
        color=(90, 90, 90),
    )
    y += 24
    sz = 10.5
    y = (
        pg.para(
            50,
            y,
            495,
            rng.choice(
                (
                    "Yth. Atasan PPID KPU Provinsi Sumatera Selatan,",
                    "Kepada Yth. Atasan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan,",
                )
            ),
            ctx.f,
            sz,
        )
        + 4
    )
    it_txt = (
        items[0]
        if len(items) == 1
        else "; ".join(f"({i}) {lc_first(it) if i > 1 else it}" for i, it in enumerate(items, 1))
    )
    t1 = (
        f"Pada {fmt_date(refd, rng, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan dan tercatat dengan Nomor Pendaftaran {ref}. "
        f"Informasi yang saya minta adalah: {it_txt}."
    )
    y = pg.para(50, y, 495, t1, ctx.f, sz, justify=True) + 4
    if has_purpose:
        y = (
            pg.para(
                50,
                y,
                495,
                f"Informasi itu saya perlukan untuk {lc_first(purpose)}.",
                ctx.f,
                sz,
                justify=True,
            )
            + 4
        )
    t2 = (
        f"Melalui surat terbuka ini saya menyatakan KEBERATAN karena {rng.choice(REASONS[code][1:])}. "
        + rng.choice(
            (
                "Saya berharap Atasan PPID dapat meninjau kembali keputusan tersebut sesuai Pasal 35 Undang-Undang Nomor 14 Tahun 2008.",
                "Keterbukaan informasi adalah hak warga, bukan kemurahan hati pejabat.",
                "Saya menunggu tanggapan tertulis dalam waktu 30 hari kerja sebagaimana diatur undang-undang.",
            )
        )
    )
    y = pg.para(50, y, 495, t2, ctx.f, sz, justify=True) + 8
    y = pg.para(50, y, 495, "Hormat saya,", ctx.f, sz)
    y = pg.para(50, y, 495, p["name"], ctx.fb, sz)
    has = {"nik": rng.random() < 0.6, "job": rng.random() < 0.7, "mail": rng.random() < 0.7}
    if has["nik"]:
        y = kv(pg, 50, y, "NIK", p["nik"], 60, ctx.f, sz - 0.5, 495)
    if has["job"]:
        y = kv(pg, 50, y, "Pekerjaan", p["occupation"], 60, ctx.f, sz - 0.5, 495)
    y = kv(pg, 50, y, "Alamat", p["address"], 60, ctx.f, sz - 0.5, 495)
    y = kv(pg, 50, y, "HP/WA", p["phone_w"], 60, ctx.f, sz - 0.5, 495)
    if has["mail"]:
        y = kv(pg, 50, y, "Email", p["email"], 60, ctx.f, sz - 0.5, 495)
    y += 6
    pg.text(
        50,
        y,
        rng.choice(
            (
                "#KeterbukaanInformasi #PPID #KPUSumsel",
                "#HakAtasInformasi #UUKIP #Sumsel",
                "#TransparansiPemilu #KIP",
            )
        ),
        ctx.s,
        9,
        color=(30, 80, 160),
    )
    y += 16
    pg.text(
        50,
        y,
        f"♥ {rng.randint(3, 900)}   ·   {rng.randint(0, 120)} komentar   ·   Bagikan",
        "sym",
        8.5,
        color=(100, 100, 100),
    )
    pg.line(40, pg.h - 34, pg.w - 40, pg.h - 34, 0.3, g)
    pg.text(40, pg.h - 22, url, "helv", 7.5, color=g)
    pg.text(pg.w - 40, pg.h - 22, "1/1", "helv", 7.5, color=g, align="r", cont=True)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if has_purpose else None,
        letter_date=d.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K02_open_letter_post",
        [pg],
        fields,
        [lc_first(i) for i in items] + [p["address"], ref, date_w],
    )


def k03_envelope_first(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    ref, refd = reg_number(rng, d)
    items = info_items(rng, 1, 2)
    code = reason_code(rng)
    has = {
        "nik": rng.random() < 0.6,
        "job": rng.random() < 0.8,
        "mail": rng.random() < 0.4,
        "purpose": rng.random() < 0.5,
    }
    purpose = rng.choice(PURPOSES)
    env = Page()
    ex, ey, ew, eh = 45, 150, 505, 255
    env.rect(
        ex,
        ey,
        ew,
        eh,
        0.8,
        (150, 120, 80),
        rng.choice(((214, 190, 150), (236, 226, 200), (245, 245, 240))),
    )
    env.line(ex, ey, ex + ew / 2, ey + 60, 0.5, (160, 130, 90))
    env.line(ex + ew, ey, ex + ew / 2, ey + 60, 0.5, (160, 130, 90))
    y = ey + 82
    env.text(ex + 16, y, "Pengirim:", "hand", 11, color=BLUE_INK)
    y += 14
    short_addr = format_address(p, rng, 2)
    for ln in [p["name"], *wrap(short_addr, "hand", 10.5, 200)]:
        env.text(ex + 16, y, ln, "hand", 10.5, color=BLUE_INK)
        y += 13
    y = ey + 150
    for ln in (
        "Kepada Yth.",
        "Atasan PPID",
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        "Jl. Kapten A. Rivai No. 95",
        "PALEMBANG 30129",
    ):
        env.text(ex + 215, y, ln, "hand", 13, color=BLUE_INK)
        y += 17
    env.rect(ex + ew - 70, ey + 12, 52, 60, 0.6, (90, 90, 90), (200, 215, 225))
    env.ellipse(ex + ew - 95, ey + 52, 34, 34, 1.0, (60, 60, 60))
    env.draw(
        ex + ew - 122,
        ey + 55,
        f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "helv",
        8,
        (60, 60, 60),
    )
    lab = rng.choice(("KILAT KHUSUS", "POS EXPRESS", "SURAT TERCATAT"))
    env.rect(ex + ew - 150, ey + 90, 120, 22, 0.8, INK, (255, 255, 255))
    env.text(ex + ew - 90, ey + 105, lab, "helv-b", 10, align="c")
    env.text(
        ex + 16, ey + eh - 14, "Perihal: Keberatan Informasi Publik", "hand", 10.5, color=BLUE_INK
    )
    pg = Page()
    y = 66
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, f"{place_for(p, rng)}, {dw}", ctx.f, ctx.size, align="r")
    y += 24
    subj = rng.choice(
        (
            "Keberatan atas Tanggapan Permohonan Informasi",
            "Pengajuan Keberatan",
            "Keberatan Informasi Publik",
            "Keberatan atas Permohonan Informasi Publik",
        )
    )
    y = kv(pg, 60, y, "Hal", subj, 60, ctx.f, ctx.size, 420)
    y = (
        kv(
            pg,
            60,
            y,
            "Lampiran",
            rng.choice(("-", "Fotokopi KTP dan bukti permohonan", "1 (satu) berkas")),
            60,
            ctx.f,
            ctx.size,
            420,
        )
        + 10
    )
    y = yth(
        pg,
        ctx,
        60,
        y,
        ["Yth. Atasan PPID", "Komisi Pemilihan Umum Provinsi Sumatera Selatan", "di Palembang"],
    )
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    y = pg.para(60, y, 475, "Saya yang bertanda tangan di bawah ini:", ctx.f, ctx.size)
    rows = (
        [("Nama", p["name"])]
        + ([("NIK", p["nik"])] if has["nik"] else [])
        + [("Alamat", p["address"])]
        + ([("Pekerjaan", p["occupation"])] if has["job"] else [])
        + [("No. HP", p["phone_w"])]
        + ([("Email", p["email"])] if has["mail"] else [])
    )
    for k, v in rows:
        y = kv(pg, 80, y, k, v, 70, ctx.f, ctx.size, 455)
    it_txt = " dan ".join(lc_first(i) for i in items)
    t = (
        f"dengan ini mengajukan keberatan atas permohonan informasi saya Nomor Pendaftaran {ref} tanggal {fmt_date(refd, rng, 'long')} "
        f"mengenai {it_txt}, karena {rng.choice(REASONS[code][1:])}."
    )
    y = pg.para(60, y + 4, 475, t, ctx.f, ctx.size, justify=True)
    if has["purpose"]:
        y = pg.para(
            60,
            y + 2,
            475,
            f"Informasi tersebut saya perlukan untuk {lc_first(purpose)}.",
            ctx.f,
            ctx.size,
            justify=True,
        )
    y = pg.para(
        60,
        y + 2,
        475,
        "Mohon kiranya Atasan PPID memeriksa keberatan ini dan memberikan tanggapan tertulis sesuai ketentuan yang berlaku.",
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = (
        pg.para(
            60,
            y + 4,
            475,
            closing(rng).replace("permohonan", "keberatan"),
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 10
    )
    sign_block(pg, ctx, 360, y, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if has["purpose"] else None,
        letter_date=d.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K03_envelope_first",
        [env, pg],
        fields,
        [lc_first(i) for i in items] + [p["address"], ref, dw, subj],
        ktp=p,
    )


def k04_ya_tidak_matrix(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    ref, refd = reg_number(rng, d)
    items = info_items(rng, 1, 2)
    code = reason_code(rng)
    purpose = rng.choice(PURPOSES)
    has = {
        "nik": rng.random() < 0.8,
        "job": rng.random() < 0.8,
        "mail": rng.random() < 0.5,
        "purpose": rng.random() < 0.7,
    }
    pg = Page()
    y = 62
    pg.text(
        pg.w / 2,
        y,
        rng.choice(
            ("PERNYATAAN KEBERATAN", "SURAT KEBERATAN", "KEBERATAN ATAS LAYANAN INFORMASI PUBLIK")
        ),
        ctx.fb,
        13.5,
        align="c",
    )
    y += 24
    y = yth(
        pg,
        ctx,
        60,
        y,
        ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di Palembang"],
        size=ctx.size - 0.5,
    )
    y = pg.para(60, y, 475, "Saya yang bertanda tangan di bawah ini:", ctx.f, ctx.size - 0.5)
    rows = [["Nama Pengaju", p["name"]]]
    if has["nik"]:
        rows.append(["NIK", p["nik"]])
    rows.append(["Alamat", p["address"]])
    if has["job"]:
        rows.append(["Pekerjaan", p["occupation"]])
    rows.append(["No. Telp/HP", p["phone_w"]])
    if has["mail"]:
        rows.append(["Email", p["email"]])
    rows.append(["Nomor Pendaftaran Permohonan", ref])
    rows.append(["Informasi yang Dimohon", "; ".join(items)])
    if has["purpose"]:
        rows.append(["Tujuan Penggunaan Informasi", purpose])
    y = table(pg, 60, y, [150, 325], rows, ctx.f, ctx.size - 1, bold_first=False) + 12
    y = (
        pg.para(
            60,
            y,
            475,
            "mengajukan keberatan dengan alasan sebagai berikut (Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008):",
            ctx.f,
            ctx.size - 0.5,
        )
        + 2
    )
    mark = rng.choice(("✓", "X", "✔")) if ctx.digital else rng.choice(("X", "V", "x"))
    mfont = "sym" if mark in ("✓", "✔") else ctx.f
    both = rng.random() < 0.5
    trs = [["No", "Alasan Keberatan", "Ya", "Tidak"]]
    cf = {}
    for i, c in enumerate("abcdefg", 1):
        ya = c == code
        trs.append([f"{c}.", REASON_FORM[c], mark if ya else "", mark if (both and not ya) else ""])
        cf[(i, 2)] = mfont
        cf[(i, 3)] = mfont
    y = (
        table(pg, 60, y, [30, 365, 40, 40], trs, ctx.f, ctx.size - 1, bfont=ctx.fb, cell_fonts=cf)
        + 12
    )
    y = (
        pg.para(
            60,
            y,
            475,
            "Kasus posisi: " + kasus_posisi(rng, code, ref, refd),
            ctx.f,
            ctx.size - 0.5,
            justify=True,
        )
        + 10
    )
    dw = fmt_date(d, rng)
    pg.text(360, y, f"Palembang, {dw}", ctx.f, ctx.size - 0.5)
    sign_block(pg, ctx, 360, y + 15, ["Pengaju Keberatan,"], p["name"], size=ctx.size - 0.5)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=p["address"],
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if has["purpose"] else None,
        letter_date=d.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan", "K04_ya_tidak_matrix", [pg], fields, [*items, p["address"], ref, dw], ktp=p
    )


def k05_correspondence_table(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    ref, refd = reg_number(rng, d)
    items = info_items(rng, 1, 3)
    code = rng.choice("acdefg")
    purpose = rng.choice(PURPOSES)
    org = rng.choice(NGOS) if rng.random() < 0.5 else None
    p = make_person(rng, degree_p=0.5 if org else 0.3)
    pg = Page()
    nom = None
    if org:
        tel_w, _tel = phone_forms(rng, "0711")
        y = kop(
            pg,
            ctx,
            [org[0]],
            [org[2] + f"   Telp. {tel_w}"],
            kind="circle",
            left=rng.random() < 0.5,
        )
        nom = org_number(rng, d, org[1].replace(" ", "-"))
    else:
        y = 66
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, f"Palembang, {dw}", ctx.f, ctx.size, align="r")
    y += 18
    subj = rng.choice(
        (
            "Keberatan atas Permohonan Informasi",
            "Keberatan (Lanjutan) atas Permohonan Informasi Publik",
            "Pengajuan Keberatan kepada Atasan PPID",
        )
    )
    if nom:
        y = kv(pg, 60, y, "Nomor", nom, 58, ctx.f, ctx.size, 400)
    y = kv(pg, 60, y, "Hal", subj, 58, ctx.f, ctx.size, 400) + 10
    y = yth(pg, ctx, 60, y, ["Yth. Atasan PPID", "KPU Provinsi Sumatera Selatan", KPU_ADDR])
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    has = {
        "nik": (not org) and rng.random() < 0.7,
        "job": (not org) and rng.random() < 0.7,
        "mail": rng.random() < 0.5,
    }
    if org:
        t = f"Kami, {org[0].title()} ({org[1]}), dalam hal ini diwakili oleh {p['name']} selaku {rng.choice(('Direktur', 'Ketua', 'Koordinator'))}, beralamat di {org[2]}, telepon {p['phone_w']}"
        t += (
            f", surel {p['email']}" if has["mail"] else ""
        ) + ", dengan ini mengajukan keberatan atas permohonan informasi kami."
        y = pg.para(60, y, 475, t, ctx.f, ctx.size, justify=True)
        addr = org[2]
    else:
        y = pg.para(60, y, 475, "Saya yang bertanda tangan di bawah ini:", ctx.f, ctx.size)
        rows = (
            [("Nama", p["name"])]
            + ([("NIK", p["nik"])] if has["nik"] else [])
            + ([("Pekerjaan", p["occupation"])] if has["job"] else [])
            + [("Alamat", p["address"]), ("Telepon", p["phone_w"])]
            + ([("Email", p["email"])] if has["mail"] else [])
        )
        for k, v in rows:
            y = kv(pg, 80, y, k, v, 70, ctx.f, ctx.size, 455)
        y = pg.para(
            60,
            y + 2,
            475,
            "dengan ini mengajukan keberatan atas permohonan informasi saya.",
            ctx.f,
            ctx.size,
        )
        addr = p["address"]
    y = (
        pg.para(
            60,
            y + 4,
            475,
            f"Informasi yang {'kami' if org else 'saya'} mohon adalah {('; '.join(lc_first(i) for i in items))}. Riwayat korespondensi sebagai berikut:",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 2
    )
    d1 = refd
    d2 = d1 + timedelta(days=rng.randint(14, 20))
    own = org_number(rng, d1, org[1].replace(" ", "-")) if org else "-"
    rows = [
        ["No", "Tanggal", "Nomor / Registrasi", "Perihal", "Keterangan"],
        [
            "1",
            fmt_date(d1, rng, "dmy-"),
            own,
            "Permohonan Informasi Publik",
            f"Diterima, Nomor Pendaftaran {ref}",
        ],
    ]
    last = {
        "a": (
            "Pemberitahuan Tertulis PPID",
            "Permohonan ditolak, informasi dinyatakan dikecualikan",
        ),
        "c": ("Surat Susulan / Pengingat", "Tidak ada tanggapan sampai batas waktu"),
        "d": (
            "Pemberitahuan Tertulis PPID",
            "Informasi yang diberikan tidak sesuai dengan yang diminta",
        ),
        "e": ("Pemberitahuan Tertulis PPID", "Dijanjikan akan diberikan, tetapi tidak dipenuhi"),
        "f": ("Pemberitahuan Biaya", "Biaya penggandaan dinilai tidak wajar"),
        "g": ("Penyerahan Informasi", "Informasi diterima melewati jangka waktu"),
    }[code]
    rows.append(
        [
            "2",
            fmt_date(d2, rng, "dmy-"),
            "-" if code == "c" else f"{rng.randint(10, 300)}/PPID/KPU-SS/{d2.year}",
            last[0],
            last[1],
        ]
    )
    y = table(pg, 55, y, [25, 68, 120, 120, 152], rows, ctx.f, ctx.size - 1.5, bfont=ctx.fb) + 10
    y = pg.para(
        60,
        y,
        475,
        f"Berdasarkan hal tersebut, {'kami' if org else 'saya'} mengajukan keberatan karena {rng.choice(REASONS[code][1:])}"
        + (f" (Pasal 35 ayat (1) huruf {code} UU 14/2008)." if rng.random() < 0.4 else "."),
        ctx.f,
        ctx.size,
        justify=True,
    )
    has_purpose = rng.random() < 0.5
    if has_purpose:
        y = pg.para(
            60,
            y + 2,
            475,
            f"Informasi tersebut {'kami' if org else 'saya'} perlukan untuk {lc_first(purpose)}.",
            ctx.f,
            ctx.size,
            justify=True,
        )
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian keberatan ini disampaikan untuk ditindaklanjuti.",
            ctx.f,
            ctx.size,
        )
        + 10
    )
    sign_block(
        pg,
        ctx,
        350,
        y,
        ["Hormat " + ("kami," if org else "saya,")],
        p["name"],
        stamp=org_stamp_img(rng, org[0], org[1]) if org else None,
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if has["nik"] else None,
        address=addr,
        phone=p["phone"],
        email=p["email"] if has["mail"] else None,
        occupation=p["occupation"] if has["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if has_purpose else None,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org[0] if org else None,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K05_correspondence_table",
        [pg],
        fields,
        [lc_first(i) for i in items] + [addr, ref, dw, subj],
    )


def ppid_notice(
    pg: Page,
    ctx: Ctx,
    p: dict,
    ref: str,
    refd: date,
    nd: date,
    items: list[str],
    decision: str,
    addr: str,
    y0: float | None = None,
) -> tuple[float, str, str]:
    """The PPID's pemberitahuan tertulis (typed); returns (y, its Nomor, its Hal)."""
    rng = ctx.rng
    y = kop_kpu_ss(pg, ctx) if y0 is None else y0
    nom = (
        f"{rng.randint(10, 999)}/{rng.choice(('HM.02-Pb', 'PY.02.1-SD', 'HM.03-SD'))}/16/{nd.year}"
    )
    hal = rng.choice(
        (
            "Pemberitahuan Tertulis",
            "Pemberitahuan Tertulis atas Permohonan Informasi Publik",
            "Jawaban atas Permohonan Informasi",
        )
    )
    y = kv(pg, 60, y, "Nomor", nom, 58, ctx.f, ctx.size - 0.5, 300)
    pg.text(
        pg.w - 60,
        y - (ctx.size - 0.5) * 1.42,
        f"Palembang, {fmt_date(nd, rng, 'long')}",
        ctx.f,
        ctx.size - 0.5,
        align="r",
    )
    y = kv(pg, 60, y, "Lampiran", "-", 58, ctx.f, ctx.size - 0.5, 300)
    y = kv(pg, 60, y, "Hal", hal, 58, ctx.f, ctx.size - 0.5, 300) + 8
    y = yth(pg, ctx, 60, y, [f"Yth. {p['honor']} {p['name']}", "di"], size=ctx.size - 0.5)
    y = pg.para(80, y - 6, 420, addr, ctx.f, ctx.size - 0.5) + 6
    y = (
        pg.para(
            60,
            y,
            475,
            f"Berdasarkan permohonan informasi Saudara dengan Nomor Pendaftaran {ref} tanggal {fmt_date(refd, rng, 'long')}, bersama ini kami sampaikan:",
            ctx.f,
            ctx.size - 0.5,
            justify=True,
        )
        + 2
    )
    rows = [["Informasi yang dimohon", "; ".join(items)], ["Keputusan", decision]]
    y = table(pg, 60, y, [140, 335], rows, ctx.f, ctx.size - 1.5, bold_first=False) + 10
    y = (
        pg.para(
            60,
            y,
            475,
            "Apabila Saudara berkeberatan, Saudara dapat mengajukan keberatan kepada Atasan PPID dalam jangka waktu 30 hari kerja.",
            ctx.f,
            ctx.size - 1,
        )
        + 6
    )
    ppid = make_person(rng, degree_p=1.0, prefix_p=0.1)
    y = sign_block(
        pg,
        ctx,
        360,
        y,
        ["PPID KPU Provinsi Sumatera Selatan,"],
        ppid["name"],
        size=ctx.size - 1,
        stamp=org_stamp_img(rng, "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", "PPID"),
    )
    return y, nom, hal


DECISIONS = {
    "a": "Ditolak. Informasi yang dimohon merupakan informasi yang dikecualikan berdasarkan Pasal 17 huruf h UU 14/2008.",
    "d": "Diberikan sebagian dalam bentuk ringkasan data.",
    "e": "Dikabulkan; informasi akan disampaikan setelah dokumen selesai disusun.",
    "f": "Dikabulkan dengan biaya penggandaan sebesar Rp 475.000.",
    "g": "Dikabulkan; informasi diserahkan setelah perpanjangan waktu.",
}


def k06_hand_on_notice(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    nd = d - timedelta(days=rng.randint(5, 25))
    ref, refd = reg_number(rng, nd)
    items = info_items(rng, 1, 2)
    code = rng.choice("adefg")
    hc = ctx.hand_color()
    addr = p["address"]
    pg = Page()
    y, _, _ = ppid_notice(pg, ctx, p, ref, refd, nd, items, DECISIONS[code], addr)
    y = max(y + 30, 540)
    words = {
        "a": "informasi tsb bukan informasi yang dikecualikan, tidak ada uji konsekuensi",
        "d": "yang diberikan tidak sesuai dengan yang saya minta",
        "e": "sampai sekarang informasinya tidak diberikan",
        "f": "biaya penggandaan tidak wajar",
        "g": "informasi diberikan melebihi waktu yang diatur",
    }[code]
    lead = 17
    y = hand_para(
        pg,
        ctx,
        70,
        y,
        440,
        f"Kepada Atasan PPID: Saya KEBERATAN atas jawaban ini karena {words}. Mohon ditinjau kembali.",
        12.5,
        hc,
        lead,
    )
    date_w = fmt_date(d, rng, rng.choice(("dmy-", "dmy/", "long", "short")))
    y += 6
    pg.text(330, y, f"Palembang, {date_w}", "hand", 12, color=hc)
    has_phone = rng.random() < 0.8
    pg.image(335, y + 4, 100, 38, signature_img(rng, hc))
    y += 52
    pg.text(330, y, p["name"], "hand", 12, color=hc)
    if has_phone:
        y += lead
        pg.text(330, y, f"HP {p['phone_w']}", "hand", 12, color=hc)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["phone"] if has_phone else None,
        information_requested="; ".join(items),
        letter_date=d.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K06_hand_on_notice",
        [pg],
        fields,
        [*items, addr, ref, date_w],
        handwritten=True,
    )


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def ki_number(rng: random.Random, d: date, kind: str) -> str:
    n = rng.randint(10, 420)
    return rng.choice(
        (
            f"{n:03d}/KI-SS/{kind}/{ROMAN[d.month - 1]}/{d.year}",
            f"{n}/{kind}/KIP-SS/{ROMAN[d.month - 1]}/{d.year}",
            f"{n:03d}/KI.SS/{kind}/{d.year}",
        )
    )


def ki_sign(pg: Page, ctx: Ctx, x: float, y: float, role: str) -> float:
    person = make_person(ctx.rng, degree_p=0.9, prefix_p=0.15)
    return sign_block(
        pg,
        ctx,
        x,
        y,
        [role],
        person["name"],
        size=ctx.size - 0.5,
        stamp=org_stamp_img(ctx.rng, "KOMISI INFORMASI PROVINSI SUMATERA SELATAN", "KI"),
    )


def s01_register_in_hal(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    reg = ki_register(rng, d - timedelta(days=rng.randint(5, 20)))
    ref, _ = reg_number(rng, d - timedelta(days=40))
    item = info_item(rng)
    has = {"addr": rng.random() < 0.7, "ref": rng.random() < 0.7, "item": rng.random() < 0.7}
    pg = Page()
    y = kop_ki(pg, ctx)
    nom = ki_number(rng, d, rng.choice(("PS", "PAN", "SDG")))
    subj = (
        rng.choice(
            (
                "Panggilan Sidang Ajudikasi Register Nomor ",
                "Panggilan Sidang Sengketa Informasi Nomor Register ",
                "Panggilan Sidang Perkara Nomor ",
            )
        )
        + reg
    )
    dw = fmt_date(d, rng, "long")
    y = kv(pg, 60, y, "Nomor", nom, 60, ctx.f, ctx.size, 300)
    pg.text(pg.w - 60, y - ctx.size * 1.42, f"Palembang, {dw}", ctx.f, ctx.size, align="r")
    y = kv(pg, 60, y, "Sifat", rng.choice(("Penting", "Segera")), 60, ctx.f, ctx.size, 300)
    y = kv(pg, 60, y, "Lampiran", "-", 60, ctx.f, ctx.size, 300)
    y = kv(pg, 60, y, "Hal", subj, 60, ctx.f, ctx.size, 300) + 10
    y = yth(
        pg,
        ctx,
        60,
        y,
        [
            "Yth. Pejabat Pengelola Informasi dan Dokumentasi",
            "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            "selaku Termohon",
            "di Palembang",
        ],
    )
    t = f"Sehubungan dengan permohonan penyelesaian sengketa informasi publik yang diajukan oleh {p['name']}"
    if has["addr"]:
        t += f", beralamat di {p['address']}"
    t += ", terhadap PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"
    if has["ref"]:
        t += f" atas permohonan informasi Nomor Pendaftaran {ref}"
    if has["item"]:
        t += f" mengenai {lc_first(item)}"
    t += ", dengan ini Majelis Komisioner memanggil Saudara untuk hadir dalam persidangan pada:"
    y = pg.para(60, y, 475, t, ctx.f, ctx.size, justify=True) + 4
    hd = d + timedelta(days=rng.randint(5, 15))
    while hd.weekday() >= 5:
        hd += timedelta(days=1)
    rows = [
        ["Hari/Tanggal", fmt_date(hd, rng, "day")],
        ["Pukul", f"{rng.choice(('09.00', '09.30', '10.00', '13.30'))} WIB s.d. selesai"],
        [
            "Tempat",
            rng.choice(
                (
                    "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
                    "Ruang Sidang Utama Lantai 2",
                    "Ruang Sidang KI Sumsel, " + KI_ADDR,
                )
            ),
        ],
        [
            "Agenda",
            rng.choice(
                (
                    "Pemeriksaan Awal",
                    "Mediasi",
                    "Pemeriksaan Pokok Perkara dan Pembuktian",
                    "Pembacaan Putusan",
                )
            ),
        ],
    ]
    y = table(pg, 80, y, [110, 345], rows, ctx.f, ctx.size - 0.5, bold_first=False) + 10
    y = (
        pg.para(
            60,
            y,
            475,
            "Saudara diminta membawa surat kuasa (apabila diwakili), identitas diri, serta dokumen yang berkaitan dengan perkara. Ketidakhadiran tanpa alasan yang sah tidak menghalangi pemeriksaan.",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 8
    )
    ki_sign(
        pg,
        ctx,
        350,
        y,
        rng.choice(("Panitera Pengganti,", "Ketua Majelis Komisioner,", "Panitera,")),
    )
    fields = F(
        applicant_name=p["name"],
        address=p["address"] if has["addr"] else None,
        information_requested=item if has["item"] else None,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_NAME,
        reference_registration_number=ref if has["ref"] else None,
        dispute_register_number=reg,
    )
    return Letter(
        "sengketa",
        "S01_register_in_hal",
        [pg],
        fields,
        [p["name"], subj, nom] + ([lc_first(item)] if has["item"] else []),
    )


def s02_parties_table(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    reg = ki_register(rng, d)
    ref, _ = reg_number(rng, d - timedelta(days=45))
    item = info_item(rng)
    has = {"addr": rng.random() < 0.8, "ref": rng.random() < 0.75}
    pg = Page()
    y = kop_ki(pg, ctx)
    nom = ki_number(rng, d, rng.choice(("REG", "PS", "PAN")))
    subj = rng.choice(
        (
            "Pemberitahuan Registrasi Permohonan Penyelesaian Sengketa Informasi",
            "Pemberitahuan Registrasi Sengketa Informasi Publik",
            "Pemberitahuan Pendaftaran Perkara",
        )
    )
    dw = fmt_date(d, rng)
    pg.text(pg.w - 60, y, f"Palembang, {dw}", ctx.f, ctx.size, align="r")
    y += 18
    for k, v in (
        ("Nomor", nom),
        ("Lampiran", rng.choice(("1 (satu) berkas", "-"))),
        ("Perihal", subj),
    ):
        y = kv(pg, 60, y, k, v, 62, ctx.f, ctx.size, 330)
    y += 10
    y = yth(
        pg,
        ctx,
        60,
        y,
        [
            "Kepada Yth.",
            "Ketua KPU Provinsi Sumatera Selatan",
            "c.q. PPID KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ],
    )
    y = (
        pg.para(
            60,
            y,
            475,
            "Dengan hormat, bersama ini kami beritahukan bahwa Komisi Informasi Provinsi Sumatera Selatan telah meregistrasi permohonan penyelesaian sengketa informasi publik dengan data sebagai berikut:",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 4
    )
    rows = [
        ["Nomor Register", reg],
        ["Tanggal Registrasi", fmt_date(d - timedelta(days=rng.randint(0, 3)), rng, "long")],
        ["Pemohon", p["name"]],
    ]
    if has["addr"]:
        rows.append(["Alamat Pemohon", p["address"]])
    rows += [
        ["Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"],
        ["Objek Sengketa", item],
    ]
    if has["ref"]:
        rows.append(["Nomor Pendaftaran Permohonan", ref])
    rows.append(
        [
            "Jenis Penyelesaian",
            rng.choice(("Mediasi", "Ajudikasi Non-Litigasi", "Mediasi dan/atau Ajudikasi")),
        ]
    )
    y = table(pg, 60, y, [150, 325], rows, ctx.f, ctx.size - 0.5, bold_first=False) + 10
    y = (
        pg.para(
            60,
            y,
            475,
            "Termohon diminta menyampaikan tanggapan tertulis beserta dokumen pendukung paling lambat 7 (tujuh) hari kerja sejak surat ini diterima. Jadwal sidang akan disampaikan kemudian.",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 8
    )
    ki_sign(pg, ctx, 350, y, rng.choice(("Ketua,", "Panitera,", "a.n. Ketua, Panitera")))
    fields = F(
        applicant_name=p["name"],
        address=p["address"] if has["addr"] else None,
        information_requested=item,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=KI_NAME,
        reference_registration_number=ref if has["ref"] else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_parties_table", [pg], fields, [p["name"], item, subj, nom, dw])


def s03_case_tracker_print(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    rd = rand_date(rng)
    reg = ki_register(rng, rd)
    ref, _ = reg_number(rng, rd - timedelta(days=45))
    item = info_item(rng)
    has = {"addr": rng.random() < 0.5, "ref": rng.random() < 0.7}
    pd_ = rd + timedelta(days=rng.randint(3, 40))
    g = (110, 110, 110)
    pg = Page()
    pg.text(
        36,
        22,
        f"{pd_.day:02d}/{pd_.month:02d}/{pd_.year} {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}",
        "helv",
        7.5,
        color=g,
    )
    pg.text(
        pg.w - 36,
        22,
        "Detail Perkara - e-PSI Komisi Informasi Sumsel",
        "helv",
        7.5,
        color=g,
        align="r",
        cont=True,
    )
    pg.rect(36, 34, pg.w - 72, 44, 0.6, (180, 190, 200), (236, 242, 248))
    emblem(pg, 44, 38, 36, "star", rng)
    pg.text(88, 52, KI_NAME, ctx.sb, 11.5, color=(20, 50, 100))
    pg.text(
        88,
        68,
        "Sistem Informasi Penyelesaian Sengketa Informasi (e-PSI)",
        ctx.s,
        8.5,
        color=(60, 60, 60),
    )
    pg.text(
        48,
        96,
        "Beranda    Jadwal Sidang    Perkara    Putusan    Statistik    Kontak",
        ctx.s,
        9,
        color=(40, 70, 140),
    )
    pg.line(36, 104, pg.w - 36, 104, 0.5, (180, 180, 180))
    y = 130
    pg.text(48, y, "Detail Perkara", ctx.sb, 14)
    y += 20
    rows = [
        ("Nomor Register", reg),
        ("Tanggal Registrasi", fmt_date(rd, rng, rng.choice(("long", "dmy-", "short")))),
        ("Pemohon", p["name"]),
    ]
    if has["addr"]:
        rows.append(("Alamat Pemohon", p["address"]))
    rows += [("Termohon", "PPID KPU Provinsi Sumatera Selatan"), ("Objek Sengketa", item)]
    if has["ref"]:
        rows.append(("No. Permohonan Awal", ref))
    stage = rng.choice(("Mediasi", "Pemeriksaan Awal", "Pembuktian", "Menunggu Jadwal Sidang"))
    rows += [
        ("Jenis Perkara", rng.choice(("Sengketa Informasi Pemilu", "Sengketa Informasi Publik"))),
        ("Status", stage),
    ]
    y += 14
    for k, v in rows:
        y = kv(pg, 60, y, k, v, 130, ctx.s, 10, 470, colon="", leading=14)
        pg.line(60, y - 10, pg.w - 60, y - 10, 0.3, (210, 210, 210))
        y += 4
    y += 12
    pg.text(48, y, "Riwayat Perkara", ctx.sb, 12)
    y += 18
    stages = [
        "Permohonan diterima",
        "Registrasi perkara",
        "Pemberitahuan kepada para pihak",
        "Pemeriksaan awal",
        "Mediasi",
    ]
    dd = rd - timedelta(days=rng.randint(1, 4))
    for i, st in enumerate(stages[: rng.randint(3, 5)]):
        if i == 1:
            dd = rd
        pg.ellipse(66, y - 3.5, 4, 4, 0.8, (40, 90, 160), (40, 90, 160) if i < 2 else None)
        pg.text(80, y, fmt_date(dd, rng, "dmy/"), ctx.s, 9, color=(80, 80, 80))
        pg.text(160, y, st, ctx.s, 9.5, cont=True)
        y += 18
        dd += timedelta(days=rng.randint(2, 9))
    pg.line(36, pg.h - 34, pg.w - 36, pg.h - 34, 0.3, g)
    pg.text(
        36,
        pg.h - 22,
        f"https://epsi.komisiinformasi.sumselprov.go.id/perkara/{rng.randint(1000, 9999)}",
        "helv",
        7.5,
        color=g,
    )
    pg.text(pg.w - 36, pg.h - 22, "1/1", "helv", 7.5, color=g, align="r", cont=True)
    fields = F(
        applicant_name=p["name"],
        address=p["address"] if has["addr"] else None,
        information_requested=item,
        sender_org=KI_NAME,
        reference_registration_number=ref if has["ref"] else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_case_tracker_print", [pg], fields, [p["name"], item, reg])


def s04_penetapan_mediasi_footer(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    d = rand_date(rng)
    reg = ki_register(rng, d - timedelta(days=rng.randint(7, 25)))
    ref, _ = reg_number(rng, d - timedelta(days=60))
    item = info_item(rng)
    has = {"item": rng.random() < 0.6, "ref": rng.random() < 0.5, "addr": rng.random() < 0.5}
    nom = rng.choice(
        (
            f"{rng.randint(1, 80):03d}/PEN-MED/KI-SS/{ROMAN[d.month - 1]}/{d.year}",
            f"{rng.randint(1, 80)}/PEN/KIP-SS/{d.year}",
        )
    )
    title = rng.choice(
        (
            "PENETAPAN MEDIATOR DAN JADWAL MEDIASI",
            "PENUNJUKAN MEDIATOR SENGKETA INFORMASI PUBLIK",
            "PELAKSANAAN MEDIASI SENGKETA INFORMASI PUBLIK",
        )
    )
    footer = rng.choice(
        (
            "Penetapan Mediasi — Reg. No. {r} — Hal. {i} dari 2",
            "Reg. {r}   |   halaman {i}/2",
            "Penetapan KI Sumsel atas Register {r} - {i}",
        )
    )
    p1, p2 = Page(), Page()
    for pgx in (p1, p2):
        pgx.line(50, pgx.h - 40, pgx.w - 50, pgx.h - 40, 0.4, GREY)
    y = kop_ki(p1, ctx)
    for t, f in (
        ("PENETAPAN", ctx.fb),
        ("KETUA KOMISI INFORMASI PROVINSI SUMATERA SELATAN", ctx.fb),
        ("NOMOR " + nom, ctx.f),
        ("TENTANG", ctx.f),
        (title, ctx.fb),
    ):
        y = p1.para(60, y, 475, t, f, ctx.size + 0.5, align="c")
    y += 10
    s = ctx.size - 0.5
    p1.text(60, y, "Menimbang", ctx.f, s)
    p1.text(140, y, ":", ctx.f, s, cont=True)
    t = f"bahwa Komisi Informasi Provinsi Sumatera Selatan telah menerima dan meregistrasi permohonan penyelesaian sengketa informasi publik Register Nomor {reg} antara {p['name']} sebagai Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai Termohon"
    if has["ref"]:
        t += f" atas permohonan informasi Nomor Pendaftaran {ref}"
    if has["item"]:
        t += f" mengenai {lc_first(item)}"
    y = numbered(p1, 150, 165, y + s * 1.4, "a.", t + ";", ctx.f, s, 370)
    y = numbered(
        p1,
        150,
        165,
        y,
        "b.",
        "bahwa pada sidang pemeriksaan awal para pihak sepakat menempuh penyelesaian melalui mediasi;",
        ctx.f,
        s,
        370,
    )
    y = (
        numbered(
            p1,
            150,
            165,
            y,
            "c.",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan huruf b, perlu menetapkan mediator dan jadwal mediasi;",
            ctx.f,
            s,
            370,
        )
        + 4
    )
    p1.text(60, y, "Mengingat", ctx.f, s)
    p1.text(140, y, ":", ctx.f, s, cont=True)
    y += s * 1.4
    for i, t in enumerate(
        (
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2019 tentang Standar Layanan dan Prosedur Penyelesaian Sengketa Informasi Pemilu dan Pemilihan;",
        ),
        1,
    ):
        y = numbered(p1, 150, 165, y, f"{i}.", t, ctx.f, s, 370)
    y += 6
    y = p1.para(60, y, 475, "MEMUTUSKAN:", ctx.fb, s + 0.5, align="c")
    med = make_person(rng, degree_p=1.0)
    hd = d + timedelta(days=rng.randint(4, 12))
    while hd.weekday() >= 5:
        hd += timedelta(days=1)
    dict_ = [
        (
            "KESATU",
            f"Menunjuk {med['name']} sebagai Mediator dalam sengketa informasi publik tersebut.",
        ),
        (
            "KEDUA",
            f"Mediasi dilaksanakan pada {fmt_date(hd, rng, 'day')} pukul {rng.choice(('09.00', '10.00', '13.30'))} WIB di Ruang Mediasi Komisi Informasi Provinsi Sumatera Selatan.",
        ),
        (
            "KETIGA",
            "Para pihak wajib hadir sendiri atau diwakili oleh kuasa yang sah dengan membawa dokumen yang diperlukan.",
        ),
    ]
    for k, t in dict_:
        p1.text(60, y, k, ctx.f, s)
        p1.text(140, y, ":", ctx.f, s, cont=True)
        n0 = len(p1.lines)
        y = p1.para(150, y, 385, t, ctx.f, s)
        p1.lines[n0 - 1] += " " + p1.lines[n0]
        del p1.lines[n0]
    y = 70
    p2.text(60, y, "KEEMPAT", ctx.f, s)
    p2.text(140, y, ":", ctx.f, s, cont=True)
    n0 = len(p2.lines)
    y = p2.para(150, y, 385, "Penetapan ini mulai berlaku pada tanggal ditetapkan.", ctx.f, s)
    p2.lines[n0 - 1] += " " + p2.lines[n0]
    del p2.lines[n0]
    y += 20
    dw = fmt_date(d, rng, "long")
    y = kv(p2, 330, y, "Ditetapkan di", "Palembang", 80, ctx.f, s, 220)
    y = kv(p2, 330, y, "pada tanggal", dw, 80, ctx.f, s, 220) + 6
    y = ki_sign(p2, ctx, 330, y, "KETUA,") + 20
    p2.text(60, y, "Salinan disampaikan kepada:", ctx.f, s)
    y += s * 1.5
    t = f"Pemohon, {p['name']}" + (f", {p['address']}" if has["addr"] else "") + ";"
    y = numbered(p2, 60, 75, y, "1.", t, ctx.f, s, 460)
    y = numbered(
        p2,
        60,
        75,
        y,
        "2.",
        "Termohon, PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan;",
        ctx.f,
        s,
        460,
    )
    y = numbered(p2, 60, 75, y, "3.", f"Mediator, {med['name'].rstrip('.')}.", ctx.f, s, 460)
    for i, pgx in enumerate((p1, p2), 1):
        pgx.text(pgx.w / 2, pgx.h - 28, footer.format(r=reg, i=i), ctx.s, 8, color=GREY, align="c")
    fields = F(
        applicant_name=p["name"],
        address=p["address"] if has["addr"] else None,
        information_requested=item if has["item"] else None,
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=title,
        sender_org=KI_NAME,
        reference_registration_number=ref if has["ref"] else None,
        dispute_register_number=reg,
    )
    return Letter(
        "sengketa", "S04_penetapan_mediasi_footer", [p1, p2], fields, [p["name"], nom, dw, reg]
    )


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def letter_head_rows(
    pg: Page,
    ctx: Ctx,
    y: float,
    nom: str | None,
    d: date | None,
    subj: str | None,
    place="Palembang",
    sifat=True,
    lampiran: bool | str = True,
    date_style=None,
) -> tuple[float, str | None]:
    dw = fmt_date(d, ctx.rng, date_style) if d else None
    right_date = ctx.rng.random() < 0.6
    if d and not right_date:
        pg.text(pg.w - 60, y, f"{place}, {dw}", ctx.f, ctx.size, align="r")
        y += 18
    first = True
    rows = (
        [("Nomor", nom)]
        + ([("Sifat", ctx.rng.choice(("Biasa", "Penting", "Segera")))] if sifat else [])
        + (
            [
                (
                    "Lampiran",
                    lampiran
                    if isinstance(lampiran, str)
                    else ctx.rng.choice(("-", "1 (satu) berkas", "1 (satu) lembar")),
                )
            ]
            if lampiran
            else []
        )
        + [("Hal", subj)]
    )
    for k, v in rows:
        if v is None:
            continue
        y = kv(pg, 60, y, k, v, 58, ctx.f, ctx.size, 300 if (first and right_date) else 420)
        if first and d and right_date:
            pg.text(pg.w - 60, y - ctx.size * 1.42, f"{place}, {dw}", ctx.f, ctx.size, align="r")
        first = False
    return y + 10, dw


def kpu_kab(rng):
    k = rng.choice(KABS)
    return k, "KOMISI PEMILIHAN UMUM " + k[1].upper()


def m01_kab_sinkronisasi_data(ctx: Ctx) -> Letter:
    rng = ctx.rng
    k, org = kpu_kab(rng)
    d = rand_date(rng)
    pg = Page()
    y = kop(
        pg,
        ctx,
        ["KOMISI PEMILIHAN UMUM", k[1].upper()],
        [
            f"Jl. {rng.choice(STREETS_KAB)} No. {rng.randint(1, 200)} {k[2]}",
            f"Telp. ({k[4]}) {rng.randint(300000, 499999)}  Laman: kab-{k[2].lower().replace(' ', '')}.kpu.go.id",
        ],
        kind="garuda",
    )
    nom = f"{rng.randint(10, 900)}/PL.02.{rng.randint(1, 6)}-SD/{k[0]}/{d.year}"
    subj = rng.choice(
        (
            "Permohonan Sinkronisasi Data Pemilih Berkelanjutan",
            "Permohonan Fasilitasi Sinkronisasi Data Sidalih",
            "Permohonan Pencocokan dan Sinkronisasi Data Pemilih",
            "Permohonan Informasi Jadwal Sinkronisasi Data",
        )
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, place=k[2])
    y = yth(
        pg,
        ctx,
        60,
        y,
        [
            "Yth. Ketua KPU Provinsi Sumatera Selatan",
            "c.q. Kepala Bagian Perencanaan, Data dan Informasi",
            "di Palembang",
        ],
    )
    tri = rng.choice(("I", "II", "III", "IV"))
    y = (
        pg.para(
            60,
            y,
            475,
            f"Menindaklanjuti pelaksanaan Pemutakhiran Data Pemilih Berkelanjutan Triwulan {tri} Tahun {d.year}, bersama ini kami sampaikan bahwa terdapat perbedaan antara data pada Sistem Informasi Data Pemilih (Sidalih) dengan rekapitulasi manual sebagai berikut:",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 4
    )
    rows = [["No", "Kecamatan", "Sidalih", "Rekap Manual", "Selisih"]]
    for i, (kec, _) in enumerate(rng.sample(k[6], min(len(k[6]), rng.randint(2, 4))), 1):
        a = rng.randint(8000, 90000)
        b = a + rng.randint(-400, 400)
        rows.append(
            [str(i), kec, f"{a:,}".replace(",", "."), f"{b:,}".replace(",", "."), str(b - a)]
        )
    y = table(pg, 70, y, [28, 170, 85, 95, 60], rows, ctx.f, ctx.size - 1, bfont=ctx.fb) + 10
    y = pg.para(
        60,
        y,
        475,
        rng.choice(
            (
                "Sehubungan dengan hal tersebut, kami mohon fasilitasi sinkronisasi data serta informasi mengenai jadwal dan mekanisme pelaksanaannya.",
                "Untuk itu kami memohon kesediaan KPU Provinsi untuk melakukan sinkronisasi data dan memberikan informasi tindak lanjut yang diperlukan.",
            )
        ),
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    ketua = make_person(rng, degree_p=0.8)
    y = sign_block(
        pg, ctx, 350, y, ["Ketua,"], ketua["name"], stamp=org_stamp_img(rng, org, "KETUA")
    )
    pg.text(60, y + 6, "Tembusan:", ctx.f, ctx.size - 1)
    pg.text(60, y + 6 + ctx.size * 1.3, f"1. Sekretaris KPU {k[1]};", ctx.f, ctx.size - 1)
    pg.text(60, y + 6 + ctx.size * 2.6, "2. Arsip.", ctx.f, ctx.size - 1)
    fields = F(letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M01_kab_sinkronisasi_data", [pg], fields, [nom, subj, dw])


def m02_peminjaman_sarana(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    kind = rng.randrange(4)
    if kind == 0:
        u = rng.choice(UNIVS)
        names = ["BADAN EKSEKUTIF MAHASISWA", u[0]]
        small = [u[2]]
        abbr = "BEM"
        subj = rng.choice(
            (
                "Permohonan Peminjaman Aula",
                "Permohonan Izin Penggunaan Aula KPU",
                "Permohonan Peminjaman Ruang Rapat",
            )
        )
        acara = rng.choice(
            (
                'Diskusi Publik "Pemuda dan Keterbukaan Informasi Pemilu"',
                "Pelatihan Jurnalistik Mahasiswa",
                "Seminar Kepemiluan Mahasiswa",
            )
        )
    elif kind == 1:
        sch = rng.choice(
            (
                "SMA NEGERI 3 PALEMBANG",
                "SMA NEGERI 17 PALEMBANG",
                "SMK NEGERI 2 PALEMBANG",
                "MAN 1 PALEMBANG",
                "SMA NEGERI 1 INDRALAYA",
            )
        )
        names = [sch]
        small = [
            f"Jl. {rng.choice(STREETS_PLG)} No. {rng.randint(1, 150)} Palembang   NPSN {rng.randint(10600000, 10699999)}"
        ]
        abbr = "SMA"
        subj = rng.choice(
            (
                "Permohonan Peminjaman Kotak Suara dan Bilik Suara",
                "Permohonan Peminjaman Perlengkapan Pemungutan Suara",
            )
        )
        acara = "Pemilihan Ketua OSIS Periode " + f"{d.year}/{d.year + 1}"
    elif kind == 2:
        party = rng.choice(PARTIES)
        names = ["DEWAN PIMPINAN CABANG", party, "KOTA PALEMBANG"]
        small = [f"Sekretariat: Jl. {rng.choice(STREETS_PLG)} No. {rng.randint(1, 200)} Palembang"]
        abbr = "DPC"
        subj = rng.choice(("Permohonan Peminjaman Aula", "Permohonan Penggunaan Ruang Pertemuan"))
        acara = "Bimbingan Teknis Saksi dan Pendidikan Politik Kader"
    else:
        names = ["IKATAN MAHASISWA PASCASARJANA", "SUMATERA SELATAN"]
        small = [f"Sekretariat: Jl. {rng.choice(STREETS_PLG)} No. {rng.randint(1, 200)} Palembang"]
        abbr = "IMPAS"
        subj = rng.choice(
            ("Permohonan Peminjaman Aula dan Peralatan", "Permohonan Peminjaman Tempat Kegiatan")
        )
        acara = "Diskusi Panel Evaluasi Pemilihan Serentak 2024"
    pg = Page()
    y = kop(pg, ctx, names, small, kind="book")
    org = " ".join(names)
    nom = org_number(rng, d, abbr + rng.choice(("/SEKRE", "/PAN", "")))
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, sifat=False)
    y = yth(
        pg,
        ctx,
        60,
        y,
        [
            "Kepada Yth.",
            rng.choice(
                (
                    "Sekretaris KPU Provinsi Sumatera Selatan",
                    "Ketua KPU Provinsi Sumatera Selatan",
                    "Kepala Bagian Umum KPU Provinsi Sumatera Selatan",
                )
            ),
            "di Palembang",
        ],
    )
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    y = (
        pg.para(
            60,
            y,
            475,
            f"Dalam rangka kegiatan {acara}, kami bermaksud memohon izin untuk "
            + (
                "meminjam kotak suara dan bilik suara milik KPU Provinsi Sumatera Selatan"
                if kind == 1
                else "menggunakan aula KPU Provinsi Sumatera Selatan"
            )
            + " yang akan dilaksanakan pada:",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 2
    )
    hd = d + timedelta(days=rng.randint(7, 30))
    for k2, v in (
        ("Hari/Tanggal", fmt_date(hd, rng, "day")),
        ("Waktu", f"{rng.choice(('08.00', '09.00', '13.00'))} WIB s.d. selesai"),
        ("Peserta", f"± {rng.randint(3, 20) * 10} orang"),
    ):
        y = kv(pg, 90, y, k2, v, 90, ctx.f, ctx.size, 440)
    if kind == 1:
        y = kv(
            pg,
            90,
            y,
            "Kebutuhan",
            f"{rng.randint(3, 10)} kotak suara dan {rng.randint(3, 10)} bilik suara",
            90,
            ctx.f,
            ctx.size,
            440,
        )
    cp = make_person(rng, young=True)
    y = pg.para(
        60,
        y + 4,
        475,
        f"Informasi lebih lanjut dapat menghubungi narahubung kami, {cp['name']} ({cp['phone_w']}). Kami bersedia menjaga dan mengembalikan sarana dalam keadaan baik.",
        ctx.f,
        ctx.size,
        justify=True,
    )
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian permohonan ini kami sampaikan, atas perhatian dan bantuannya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    k1 = make_person(rng, young=kind != 2)
    k2p = make_person(rng, young=kind != 2)
    sign_block(
        pg,
        ctx,
        70,
        y,
        ["Ketua,"] if kind != 1 else ["Kepala Sekolah,"],
        k1["name"] if kind != 1 else make_person(rng, degree_p=1)["name"],
    )
    sign_block(
        pg,
        ctx,
        350,
        y,
        ["Sekretaris,"] if kind != 1 else ["Pembina OSIS,"],
        k2p["name"],
        stamp=org_stamp_img(rng, org, abbr),
    )
    fields = F(letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M02_peminjaman_sarana", [pg], fields, [nom, subj, dw])


def m03_ppid_reply_copy(ctx: Ctx) -> Letter:
    rng = ctx.rng
    p = make_person(rng)
    nd = rand_date(rng)
    ref, refd = reg_number(rng, nd)
    items = info_items(rng, 1, 2)
    decision = rng.choice(
        (
            "Dikabulkan seluruhnya. Informasi dapat diambil di Desk Layanan Informasi.",
            "Dikabulkan sebagian; sebagian informasi memuat data pribadi sehingga dihitamkan.",
            "Ditolak karena informasi belum dikuasai/didokumentasikan.",
            "Jangka waktu pemberian informasi diperpanjang 7 (tujuh) hari kerja.",
        )
    )
    pg = Page()
    y, nom, hal = ppid_notice(pg, ctx, p, ref, refd, nd, items, decision, p["address"])
    if rng.random() < 0.5:
        pg.text(60, y + 4, "Tembusan:", ctx.f, ctx.size - 1)
        pg.text(
            60,
            y + 4 + ctx.size * 1.3,
            "1. Atasan PPID KPU Provinsi Sumatera Selatan;",
            ctx.f,
            ctx.size - 1,
        )
        pg.text(60, y + 4 + ctx.size * 2.6, "2. Arsip.", ctx.f, ctx.size - 1)
    st = Image.new("RGBA", (420, 150), (0, 0, 0, 0))
    dd = ImageDraw.Draw(st)
    col = (170, 30, 40, 210)
    dd.rectangle([4, 4, 415, 145], outline=col, width=8)
    dd.text(
        (210, 75),
        rng.choice(("ARSIP", "COPY", "TEMBUSAN")),
        font=pil_font("helv-b", 90),
        fill=col,
        anchor="mm",
    )
    st = st.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    pg.image(pg.w - 190, 140, 120, 120 * st.height / st.width, st)
    fields = F(letter_number=nom, letter_date=nd.isoformat(), subject=hal, sender_org=KPU_SS)
    return Letter("surat_masuk", "M03_ppid_reply_copy", [pg], fields, [nom, hal])


OTHER_KPU = [
    (
        "KOMISI PEMILIHAN UMUM",
        "PROVINSI JAMBI",
        "Jl. Jenderal A. Thalib No. 33 Telanaipura, Jambi",
        "15",
        "Jambi",
    ),
    (
        "KOMISI PEMILIHAN UMUM",
        "PROVINSI BENGKULU",
        "Jl. Pembangunan No. 15 Padang Harapan, Bengkulu",
        "17",
        "Bengkulu",
    ),
    (
        "KOMISI PEMILIHAN UMUM",
        "PROVINSI LAMPUNG",
        "Jl. Basuki Rahmat No. 26 Bandar Lampung",
        "18",
        "Bandar Lampung",
    ),
    (
        "KOMISI PEMILIHAN UMUM",
        "PROVINSI KEPULAUAN BANGKA BELITUNG",
        "Jl. Pulau Bangka, Komplek Perkantoran Gubernur, Pangkalpinang",
        "19",
        "Pangkalpinang",
    ),
    (
        "KOMISI PEMILIHAN UMUM",
        "KOTA BANDAR LAMPUNG",
        "Jl. Ikan Tenggiri No. 1 Bandar Lampung",
        "1871",
        "Bandar Lampung",
    ),
    (
        "KOMISI PEMILIHAN UMUM",
        "PROVINSI RIAU",
        "Jl. Gajah Mada No. 200 Pekanbaru",
        "14",
        "Pekanbaru",
    ),
]


def m04_studi_banding(ctx: Ctx) -> Letter:
    rng = ctx.rng
    a, b, addr, code, city = rng.choice(OTHER_KPU)
    d = rand_date(rng)
    pg = Page()
    y = kop(pg, ctx, [a, b], [addr], kind="garuda")
    nom = f"{rng.randint(10, 900)}/{rng.choice(('HM.02-SD', 'HM.01.1-SD', 'RT.01-SD'))}/{code}/{d.year}"
    subj = rng.choice(
        (
            "Permohonan Kunjungan Kerja",
            "Permohonan Studi Tiru Pengelolaan PPID",
            "Permohonan Menerima Kunjungan Kerja dan Berbagi Informasi",
            "Kunjungan Kerja Pengelolaan Informasi Publik",
        )
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, place=city)
    y = yth(
        pg,
        ctx,
        60,
        y,
        ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di Palembang"],
    )
    y = pg.para(
        60,
        y,
        475,
        f"Dalam rangka meningkatkan kualitas pelayanan informasi publik dan pengelolaan Pejabat Pengelola Informasi dan Dokumentasi (PPID) di lingkungan {a.title()} {b.title()}, kami bermaksud melaksanakan kunjungan kerja ke KPU Provinsi Sumatera Selatan untuk memperoleh informasi dan bertukar pengalaman mengenai:",
        ctx.f,
        ctx.size,
        justify=True,
    )
    topics = rng.sample(
        [
            "tata kelola permohonan informasi dan register layanan",
            "pengelolaan Daftar Informasi Publik dan informasi yang dikecualikan",
            "penanganan keberatan dan sengketa informasi",
            "digitalisasi arsip dan layanan informasi berbasis aplikasi",
            "penyusunan laporan layanan informasi publik",
            "pelaksanaan uji konsekuensi",
        ],
        rng.randint(3, 4),
    )
    for i, t in enumerate(topics, 1):
        y = numbered(
            pg, 80, 96, y, f"{i}.", t + (";" if i < len(topics) else "."), ctx.f, ctx.size, 440
        )
    hd = d + timedelta(days=rng.randint(10, 30))
    y = (
        pg.para(
            60,
            y + 4,
            475,
            f"Kunjungan direncanakan pada {fmt_date(hd, rng, 'day')} dengan peserta sebagai berikut:",
            ctx.f,
            ctx.size,
        )
        + 2
    )
    rows = [["No", "Nama", "Jabatan"]]
    for i in range(rng.randint(3, 5)):
        rows.append(
            [
                str(i + 1),
                make_person(rng, degree_p=0.7)["name"],
                rng.choice(
                    (
                        "Anggota KPU",
                        "Kepala Bagian",
                        "Kasubbag Data dan Informasi",
                        "Staf PPID",
                        "Sekretaris",
                    )
                ),
            ]
        )
    y = table(pg, 80, y, [28, 220, 190], rows, ctx.f, ctx.size - 1, bfont=ctx.fb) + 8
    y = (
        pg.para(
            60,
            y,
            475,
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    sign_block(
        pg,
        ctx,
        350,
        y,
        ["Ketua,"],
        make_person(rng, degree_p=0.8)["name"],
        stamp=org_stamp_img(rng, f"{a} {b}", "KETUA"),
    )
    fields = F(letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=f"{a} {b}")
    return Letter("surat_masuk", "M04_studi_banding", [pg], fields, [nom, subj, dw])


def m05_bawaslu_imbauan(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    kab_level = rng.random() < 0.4
    if kab_level:
        k = rng.choice(KABS)
        names = ["BADAN PENGAWAS PEMILIHAN UMUM", k[1].upper()]
        code = k[0]
    else:
        names = ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"]
        code = "K.SS"
    pg = Page()
    town = k[2] if kab_level else "Palembang"
    y = kop(
        pg,
        ctx,
        names,
        [
            f"Jl. {rng.choice(STREETS_KAB if kab_level else STREETS_PLG)} No. {rng.randint(1, 300)} {town}",
            "Laman: sumsel.bawaslu.go.id",
        ],
        kind="shield",
    )
    nom = f"{rng.randint(10, 900)}/PM.00.0{rng.randint(1, 2)}/{code}/{d.month:02d}/{d.year}"
    subj = rng.choice(
        (
            "Imbauan Pelindungan Data Pribadi dalam Pengumuman Daftar Pemilih",
            "Imbauan Keterbukaan Informasi Tahapan Pemutakhiran Data Pemilih",
            "Imbauan Pencegahan Pelanggaran dalam Penyediaan Informasi Pemilih",
            "Imbauan",
        )
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, place=town)
    y = yth(pg, ctx, 60, y, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Tempat"])
    y = pg.para(
        60,
        y,
        475,
        "Dalam rangka pencegahan pelanggaran dan pengawasan tahapan pemutakhiran data pemilih berkelanjutan, dengan ini Bawaslu mengimbau Saudara untuk:",
        ctx.f,
        ctx.size,
        justify=True,
    )
    pts = [
        "memastikan pengumuman daftar pemilih tidak menampilkan NIK dan nomor kartu keluarga secara utuh;",
        "menyediakan informasi tahapan dan jadwal pemutakhiran data pemilih secara terbuka melalui laman resmi;",
        "melayani permintaan data oleh pengawas pemilu sesuai ketentuan peraturan perundang-undangan;",
        "menindaklanjuti masukan dan tanggapan masyarakat atas daftar pemilih secara tepat waktu;",
        "berkoordinasi dengan Bawaslu dalam setiap rapat pleno rekapitulasi.",
    ]
    for i, t in enumerate(rng.sample(pts, rng.randint(3, 5)), 1):
        y = numbered(pg, 80, 96, y, f"{i}.", t, ctx.f, ctx.size, 440)
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian imbauan ini disampaikan untuk menjadi perhatian dan dilaksanakan.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    sign_block(
        pg,
        ctx,
        350,
        y,
        ["Ketua,"],
        make_person(rng, degree_p=0.8)["name"],
        stamp=org_stamp_img(rng, " ".join(names), "BAWASLU"),
    )
    fields = F(
        letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=" ".join(names)
    )
    return Letter("surat_masuk", "M05_bawaslu_imbauan", [pg], fields, [nom, subj, dw])


def m06_partai_penyampaian(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    party = rng.choice(PARTIES)
    lvl = rng.choice(
        (
            ("DEWAN PIMPINAN WILAYAH", "PROVINSI SUMATERA SELATAN", "DPW"),
            ("DEWAN PIMPINAN DAERAH", "PROVINSI SUMATERA SELATAN", "DPD"),
            ("DEWAN PENGURUS WILAYAH", "SUMATERA SELATAN", "DPW"),
        )
    )
    names = [lvl[0], party, lvl[1]]
    pg = Page()
    y = kop(
        pg,
        ctx,
        names,
        [
            f"Sekretariat: Jl. {rng.choice(STREETS_PLG)} No. {rng.randint(1, 250)} Palembang  Telp. {phone_forms(rng, '0711')[0]}"
        ],
        kind="star",
        left=rng.random() < 0.4,
    )
    ab = "".join(w[0] for w in party.split()[1:]) or "P"
    nom = rng.choice(
        (
            f"{rng.randint(1, 400):03d}/{lvl[2]}-{ab}/SS/{ROMAN[d.month - 1]}/{d.year}",
            f"{rng.randint(1, 400)}-SK/{lvl[2]}/{ab}/{d.year}",
            f"B-{rng.randint(10, 400)}/{lvl[2]}/{ROMAN[d.month - 1]}/{d.year}",
        )
    )
    subj = rng.choice(
        (
            "Penyampaian Perubahan Susunan Kepengurusan",
            "Penyampaian Data Keanggotaan Partai Politik",
            "Penyampaian Laporan Penerimaan Sumbangan Dana Kampanye",
            "Penyampaian Nama Penghubung (Liaison Officer)",
            "Penyampaian Dokumen Perbaikan Data Sipol",
        )
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, sifat=rng.random() < 0.5)
    y = yth(pg, ctx, 60, y, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    y = pg.para(60, y, 475, opening(rng), ctx.f, ctx.size)
    y = pg.para(
        60,
        y,
        475,
        f"Bersama ini kami sampaikan dokumen terkait {lc_first(subj.replace('Penyampaian ', ''))} sebagai bahan informasi dan data bagi KPU Provinsi Sumatera Selatan, dengan rincian:",
        ctx.f,
        ctx.size,
        justify=True,
    )
    enc = rng.sample(
        [
            "Surat Keputusan DPP tentang susunan pengurus",
            "daftar nama dan alamat pengurus",
            "salinan KTA pengurus",
            "rekapitulasi anggota per kabupaten/kota",
            "laporan penerimaan sumbangan",
            "rekening koran khusus dana kampanye",
            "surat pernyataan penghubung",
            "data dukung dalam bentuk softcopy (flashdisk)",
        ],
        3,
    )
    for i, t in enumerate(enc, 1):
        y = numbered(pg, 80, 96, y, f"{i}.", t + ";", ctx.f, ctx.size, 440)
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Apabila diperlukan informasi tambahan, Bapak/Ibu dapat menghubungi sekretariat kami. Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 8
    )
    sign_block(pg, ctx, 70, y, ["Ketua,"], make_person(rng, degree_p=0.6)["name"])
    sign_block(
        pg,
        ctx,
        350,
        y,
        ["Sekretaris,"],
        make_person(rng, degree_p=0.6)["name"],
        stamp=org_stamp_img(rng, f"{lvl[0]} {party}", lvl[2]),
    )
    fields = F(
        letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=" ".join(names)
    )
    return Letter("surat_masuk", "M06_partai_penyampaian", [pg], fields, [nom, subj, dw])


def m07_kartu_undangan(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    kind = rng.randrange(3)
    if kind == 0:
        k = rng.choice(KABS[4:])
        org = "PEMERINTAH " + k[1].upper()
        host = "Bupati " + k[1].replace("Kabupaten ", "")
        acara = f"Upacara Peringatan Hari Jadi ke-{rng.randint(15, 80)} {k[1]}"
    elif kind == 1:
        org = "PEMERINTAH KOTA PALEMBANG"
        host = "Wali Kota Palembang"
        acara = f"Peringatan Hari Jadi ke-{1343 + d.year - 2026 + 0} Kota Palembang"
    else:
        u = rng.choice(UNIVS)
        org = u[0]
        host = "Rektor " + u[0].title()
        acara = f"Rapat Senat Terbuka dalam rangka Dies Natalis ke-{rng.randint(20, 70)}"
    pg = Page(HALF_A4) if rng.random() < 0.5 else Page((420.94, 595.28))
    W, H = pg.w, pg.h
    col = rng.choice(((120, 90, 30), (30, 60, 110), (110, 30, 40)))
    pg.rect(14, 14, W - 28, H - 28, 2.0, col)
    pg.rect(20, 20, W - 40, H - 40, 0.6, col)
    for cx, cy in ((26, 26), (W - 26, 26), (26, H - 26), (W - 26, H - 26)):
        pg.ellipse(cx, cy, 7, 7, 1.0, col)
    y = 52
    pg.text(W / 2, y, org, ctx.sb, 10.5 if len(org) < 40 else 8.5, align="c", color=col)
    y += 30
    pg.text(W / 2, y, "UNDANGAN", ctx.fb, 22, align="c", color=col)
    y += 24
    nom = None
    if rng.random() < 0.4:
        nom = f"{rng.choice(('005', '003', '005.1'))}/{rng.randint(10, 900)}/{rng.choice(('Setda', 'Prokopim', 'UN9', 'Humas'))}/{d.year}"
        pg.text(W / 2, y, "Nomor: " + nom, ctx.f, 8.5, align="c")
        y += 16
    s = 9.5
    y = (
        pg.para(
            40,
            y,
            W - 80,
            f"{host} mengharapkan kehadiran Bapak/Ibu/Saudara pada acara {acara}, yang insya Allah akan dilaksanakan pada:",
            ctx.f,
            s,
            align="c",
        )
        + 4
    )
    ed = d + timedelta(days=rng.randint(5, 20))
    for k2, v in (
        ("Hari/Tanggal", fmt_date(ed, rng, "day")),
        ("Pukul", f"{rng.choice(('07.30', '08.00', '09.00', '19.30'))} WIB"),
        (
            "Tempat",
            rng.choice(
                (
                    ("Halaman Kantor Bupati", "Gedung Serbaguna Pemkab", "Lapangan Upacara Pemkab"),
                    (
                        "Benteng Kuto Besak",
                        "Halaman Kantor Wali Kota Palembang",
                        "Griya Agung Palembang",
                    ),
                    ("Auditorium Utama", "Gedung Graha Sriwijaya", "Aula Rektorat"),
                )[kind]
            ),
        ),
    ):
        y = kv(pg, W / 2 - 110, y, k2, v, 70, ctx.f, s, 220)
    y = (
        kv(
            pg,
            W / 2 - 110,
            y,
            "Pakaian",
            rng.choice(("PDH / Batik", "Pakaian Sipil Lengkap", "Setelan Jas")),
            70,
            ctx.f,
            s,
            220,
        )
        + 6
    )
    y = pg.para(
        40, y, W - 80, "Kepada Yth. Ketua KPU Provinsi Sumatera Selatan", ctx.fi, s, align="c"
    )
    has_date = rng.random() < 0.4
    if has_date:
        dw = fmt_date(d, rng, "long")
        y = pg.para(40, y + 4, W - 80, f"Palembang, {dw}", ctx.f, 8.5, align="c")
    if y < H - 40:
        pg.text(
            W / 2,
            H - 32,
            "Mohon konfirmasi kehadiran: " + phone_forms(rng)[0],
            ctx.s,
            7.5,
            align="c",
            color=GREY,
        )
    fields = F(letter_number=nom, letter_date=d.isoformat() if has_date else None, sender_org=org)
    return Letter("surat_masuk", "M07_kartu_undangan", [pg], fields, [org] + ([nom] if nom else []))


def m08_kpu_ri_permintaan_laporan(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    pg = Page()
    y = kop(
        pg,
        ctx,
        ["KOMISI PEMILIHAN UMUM", "REPUBLIK INDONESIA"],
        [
            "Jalan Imam Bonjol Nomor 29 Jakarta 10310",
            "Telp. (021) 3193 7223   Laman: www.kpu.go.id",
        ],
        kind="garuda",
    )
    nom = f"{rng.randint(100, 2400)}/{rng.choice(('HM.02-SD', 'HM.02.1-SD', 'PY.02.1-SD'))}/{rng.choice(('06', '05', '04'))}/{d.year}"
    sem = rng.choice(("I", "II"))
    subj = rng.choice(
        (
            f"Permintaan Data Layanan Informasi Publik Semester {sem} Tahun {d.year}",
            "Penyampaian Laporan Layanan Informasi Publik",
            f"Permintaan Laporan Pelaksanaan PPID Semester {sem}",
            "Permintaan Data Monitoring dan Evaluasi Keterbukaan Informasi Publik",
        )
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, place="Jakarta", lampiran="1 (satu) berkas")
    y = yth(pg, ctx, 60, y, ["Yth. Ketua KPU Provinsi", "(daftar terlampir)", "di -", "Tempat"])
    pts = [
        "Dalam rangka penyusunan laporan layanan informasi publik KPU, Saudara diminta menyampaikan data permohonan informasi, keberatan, dan sengketa informasi di wilayah Saudara.",
        "Data disampaikan menggunakan format sebagaimana tercantum dalam Lampiran surat ini, dalam bentuk hardcopy dan softcopy.",
        f"Data disampaikan paling lambat tanggal {fmt_date(d + timedelta(days=rng.randint(10, 20)), rng, 'long')} melalui surel ppid@kpu.go.id.",
        "Informasi lebih lanjut dapat menghubungi Biro Hubungan Masyarakat KPU.",
    ]
    for i, t in enumerate(pts, 1):
        y = numbered(pg, 60, 76, y, f"{i}.", t, ctx.f, ctx.size, 460)
    y = (
        pg.para(
            60,
            y + 4,
            475,
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    y = sign_block(
        pg,
        ctx,
        350,
        y,
        ["Ketua,"] if rng.random() < 0.5 else ["a.n. Ketua,", "Sekretaris Jenderal,"],
        make_person(rng, degree_p=0.9)["name"],
    )
    pg.text(60, y + 6, "Tembusan: Ketua dan Anggota KPU (sebagai laporan)", ctx.f, ctx.size - 1.5)
    p2 = Page()
    y = 70
    p2.text(300, y, "LAMPIRAN", ctx.fb, ctx.size - 0.5)
    y = kv(p2, 300, y + 14, "Nomor", nom, 55, ctx.f, ctx.size - 1, 240)
    y = kv(p2, 300, y, "Tanggal", fmt_date(d, rng, "long"), 55, ctx.f, ctx.size - 1, 240) + 14
    p2.text(p2.w / 2, y, "FORMAT DATA LAYANAN INFORMASI PUBLIK", ctx.fb, ctx.size, align="c")
    y += 14
    p2.text(
        p2.w / 2,
        y,
        "KPU PROVINSI ........................................",
        ctx.f,
        ctx.size - 1,
        align="c",
    )
    y += 16
    rows = [
        ["No", "Bulan", "Jumlah Permohonan", "Dikabulkan", "Ditolak", "Keberatan", "Sengketa"]
    ] + [[str(i + 1), BULAN[(i if sem == "I" else i + 6)], "", "", "", "", ""] for i in range(6)]
    y = (
        table(p2, 50, y, [28, 90, 95, 75, 65, 70, 72], rows, ctx.f, ctx.size - 1.5, bfont=ctx.fb)
        + 20
    )
    p2.text(330, y, "..............., ....................", ctx.f, ctx.size - 1)
    p2.text(330, y + 14, "PPID KPU Provinsi,", ctx.f, ctx.size - 1)
    p2.text(330, y + 64, "(..................................)", ctx.f, ctx.size - 1)
    fields = F(
        letter_number=nom,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org="KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
    )
    return Letter("surat_masuk", "M08_kpu_ri_permintaan_laporan", [pg, p2], fields, [nom, subj, dw])


def m09_ucapan_terima_kasih(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = rand_date(rng)
    if rng.random() < 0.5:
        sch = rng.choice(
            (
                "SMA NEGERI 5 PALEMBANG",
                "SMA NEGERI 1 PRABUMULIH",
                "SMK NEGERI 6 PALEMBANG",
                "SMA NEGERI 2 LAHAT",
                "MAN 2 PALEMBANG",
            )
        )
        umb = (
            ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PENDIDIKAN"]
            if not sch.startswith("MAN")
            else ["KEMENTERIAN AGAMA REPUBLIK INDONESIA"]
        )
        names = [sch]
        code = "SMA"
        keg = rng.choice(
            (
                "KPU Goes to School",
                "Sosialisasi Pendidikan Pemilih bagi Pemilih Pemula",
                "Simulasi Pemungutan Suara Pemilihan Ketua OSIS",
            )
        )
    else:
        u = rng.choice(UNIVS)
        umb = [u[3]] if u[3] else []
        names = [u[0], rng.choice(u[1])]
        code = u[4]
        keg = rng.choice(
            (
                "KPU Goes to Campus",
                "Kuliah Umum Keterbukaan Informasi Kepemiluan",
                "Seminar Nasional Demokrasi Lokal",
            )
        )
    pg = Page()
    y = kop(
        pg,
        ctx,
        names,
        [f"Jl. {rng.choice(STREETS_PLG)} No. {rng.randint(1, 200)} Palembang"],
        umbrella=umb,
        kind="book",
    )
    nom = org_number(rng, d, code)
    subj = rng.choice(
        ("Ucapan Terima Kasih", "Penyampaian Ucapan Terima Kasih", "Terima Kasih atas Partisipasi")
    )
    y, dw = letter_head_rows(pg, ctx, y, nom, d, subj, sifat=False, lampiran=rng.random() < 0.5)
    y = yth(pg, ctx, 60, y, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    kd = d - timedelta(days=rng.randint(3, 20))
    y = (
        pg.para(
            60,
            y,
            475,
            f"Atas nama keluarga besar {names[-1].title()}, kami menyampaikan terima kasih atas kesediaan KPU Provinsi Sumatera Selatan menjadi narasumber pada kegiatan {keg} yang dilaksanakan pada {fmt_date(kd, rng, 'day')}.",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 2
    )
    y = (
        pg.para(
            60,
            y,
            475,
            "Materi dan informasi kepemiluan yang disampaikan sangat bermanfaat bagi peserta, khususnya mengenai hak atas informasi publik dan cara memperoleh data pemilu secara resmi. Kami berharap kerja sama ini dapat berlanjut pada kegiatan berikutnya.",
            ctx.f,
            ctx.size,
            justify=True,
        )
        + 2
    )
    y = (
        pg.para(
            60,
            y,
            475,
            "Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.",
            ctx.f,
            ctx.size,
        )
        + 8
    )
    sign_block(
        pg,
        ctx,
        350,
        y,
        [rng.choice(("Kepala Sekolah,", "Dekan,", "Ketua Panitia,"))],
        make_person(rng, degree_p=0.9)["name"],
        stamp=org_stamp_img(rng, names[0], code),
    )
    fields = F(
        letter_number=nom, letter_date=d.isoformat(), subject=subj, sender_org=" ".join(names)
    )
    return Letter("surat_masuk", "M09_ucapan_terima_kasih", [pg], fields, [nom, subj, dw])


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {
    "permohonan_informasi": [
        p01_footer_identity_memo,
        p02_dean_cover_student,
        p03_purpose_first_sections,
        p04_nested_bullets,
        p05_right_aligned_labels,
        p06_duplicate_half_slips,
        p07_kiosk_thermal_receipt,
        p08_annex_item_table,
        p09_hand_comb_capitals,
        p10_horizontal_identity,
    ],
    "keberatan": [
        k01_form_reason_first,
        k02_open_letter_post,
        k03_envelope_first,
        k04_ya_tidak_matrix,
        k05_correspondence_table,
        k06_hand_on_notice,
    ],
    "sengketa": [
        s01_register_in_hal,
        s02_parties_table,
        s03_case_tracker_print,
        s04_penetapan_mediasi_footer,
    ],
    "surat_masuk": [
        m01_kab_sinkronisasi_data,
        m02_peminjaman_sarana,
        m03_ppid_reply_copy,
        m04_studi_banding,
        m05_bawaslu_imbauan,
        m06_partai_penyampaian,
        m07_kartu_undangan,
        m08_kpu_ri_permintaan_laporan,
        m09_ucapan_terima_kasih,
    ],
}
SCAN_ONLY = {"p09_hand_comb_capitals", "k03_envelope_first", "k06_hand_on_notice"}
KTP_LAYOUTS = {
    "p03_purpose_first_sections",
    "p04_nested_bullets",
    "p05_right_aligned_labels",
    "p10_horizontal_identity",
    "k03_envelope_first",
    "k04_ya_tidak_matrix",
}
DIGITAL_P = 0.37
CODED = (
    "obtain_method",
    "delivery_method",
    "objection_reason_code",
    "letter_date",
    "phone",
    "nik",
    "information_requested",
    "purpose",
    "occupation",
)


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def check_letter(letter: Letter) -> None:
    text = _norm("\n".join("\n".join(p.lines) for p in letter.pages))
    digits = "".join(ch for ch in text if ch.isdigit())
    f = letter.fields
    assert set(f) == set(FIELDS)
    wanted = list(letter.checks)
    for k, v in f.items():
        if v is not None and k not in CODED:
            wanted.append(v)
    for w in wanted:
        if _norm(w) not in text:
            raise AssertionError(f"{letter.layout}: {w!r} not in page text")
    if f["nik"]:
        assert f["nik"] in digits, (letter.layout, f["nik"])
    if f["phone"]:
        assert f["phone"].startswith("+62") and f["phone"][1:].isdigit(), f["phone"]
    if f["occupation"]:
        assert _norm(f["occupation"]) in text, (letter.layout, f["occupation"])
    if f["purpose"]:
        assert _norm(f["purpose"]) in text, (letter.layout, f["purpose"])
    if letter.cls == "surat_masuk":
        assert all(
            f[k] is None
            for k in FIELDS
            if k not in ("letter_number", "letter_date", "subject", "sender_org")
        )
    if letter.cls == "keberatan":
        assert f["objection_reason_code"] in tuple("abcdefg") and f["reference_registration_number"]
    if letter.cls == "sengketa":
        assert f["dispute_register_number"]


def build(task: tuple) -> str:
    k, seed, out, _cls, layout_name = task
    register_fonts()
    rng = random.Random(f"ninth:{seed}:{k}")
    fn = globals()[layout_name]
    digital = layout_name not in SCAN_ONLY and rng.random() < DIGITAL_P
    ctx = Ctx(rng, digital)
    letter = fn(ctx)
    assert not (letter.handwritten and digital)
    if layout_name in KTP_LAYOUTS and letter.ktp is not None and rng.random() < 0.3:
        kp = put_ktp_page(letter.ktp, rng, rng.choice((None, "Lampiran: Fotokopi KTP", "Lampiran")))
        kp.image_only = digital
        letter.pages.append(kp)
        if letter.fields["nik"] is None:
            letter.fields["nik"] = letter.ktp["nik"]
    check_letter(letter)
    base = f"s9_{k:04d}"
    rec = {
        "id": base,
        "files": None,
        "class": letter.cls,
        "layout": letter.layout,
        "heldout": False,
        "handwritten": letter.handwritten,
        "rendition": "digital" if digital else "scan",
        "pages": len(letter.pages),
        "dpi": None,
        "fields": letter.fields,
        "page_text": ["\n".join(p.lines) for p in letter.pages],
    }
    if digital:
        render_pdf(letter.pages, os.path.join(out, base + ".pdf"), rng, base)
        rec["files"] = [base + ".pdf"]
        rec["image_pages"] = [i + 1 for i, p in enumerate(letter.pages) if p.image_only]
    else:
        dpi = rng.choice((200, 200, 300))
        fmt = rng.choices(("pdf", "png", "jpeg", "tiff"), (35, 20, 25, 20))[0]
        if fmt == "tiff":
            mode = "1" if rng.random() < 0.6 else "L"
        elif fmt == "png":
            mode = "L" if rng.random() < 0.65 else "RGB"
        else:
            mode = "L" if rng.random() < 0.5 else "RGB"
        ld = (
            date.fromisoformat(letter.fields["letter_date"])
            if letter.fields["letter_date"]
            else rand_date(rng)
        )
        recv = ld + timedelta(days=rng.randint(0, 4))
        while recv.weekday() >= 5:
            recv += timedelta(days=1)
        stamp_first = rng.random() < 0.6
        imgs, infos = [], []
        for i, p in enumerate(letter.pages):
            im, info = degrade(
                p, dpi, rng, recv if (i == 0 and stamp_first) else None, mode, allow_turn=True
            )
            imgs.append(im)
            infos.append(info)
        rec["files"] = save_scan(imgs, infos, out, base, fmt, dpi, rng)
        rec["dpi"] = dpi
        rec["scan"] = {
            "format": fmt,
            "mode": mode,
            "dpi": dpi,
            "pages": [
                {
                    "skew_deg": i["skew_deg"],
                    "blur_px": i["blur_px"],
                    "noise_sigma": i["noise_sigma"],
                    "faded": i["faded"],
                    "auto_level": i["auto_level"],
                    "rotation": i["rotation"],
                    "jpeg_quality": i.get("jpeg_quality"),
                    "stamps": i["stamps"],
                    "notes": i["notes"],
                }
                for i in infos
            ],
        }
    return json.dumps(rec, ensure_ascii=False)


def plan(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(f"ninth-plan:{seed}")
    total = sum(s for _, s in CLASS_SHARES)
    quotas = [(c, n * s / total) for c, s in CLASS_SHARES]
    counts = {c: int(q) for c, q in quotas}
    rest = n - sum(counts.values())
    for c, _q in sorted(
        quotas, key=lambda cq: (-(cq[1] - int(cq[1])), [c for c, _ in CLASS_SHARES].index(cq[0]))
    )[:rest]:
        counts[c] += 1
    classes = [c for c, _ in CLASS_SHARES for _ in range(counts[c])]
    rng.shuffle(classes)
    orders = {}
    for c, fns in LAYOUTS.items():
        names = [f.__name__ for f in fns]
        rng.shuffle(names)
        orders[c] = names
    used = dict.fromkeys(LAYOUTS, 0)
    out = []
    for c in classes:
        out.append((c, orders[c][used[c] % len(orders[c])]))
        used[c] += 1
    return out


def main() -> None:
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[1])
        sys.exit(2)
    out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    tasks = [(k, seed, out, c, lay) for k, (c, lay) in enumerate(plan(n, seed), 1)]
    with Pool(min(2, os.cpu_count() or 1)) as pool:
        lines = pool.map(build, tasks, chunksize=1)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    print(f"{n} letters in {out} ({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()

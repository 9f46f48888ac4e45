# ruff: noqa: E501
"""Tenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_tenth_corpus.py OUT_DIR N SEED

writes N letters (s10_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s10_0001_p1.jpg, s10_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of ../shared/sample/truth.jsonl: id, files, class, layout, heldout
(false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields (all 17 keys, null where
the letter does not state them), page_text (the text printed on each page, lines top to bottom,
pieces on one baseline joined by a space), for digital letters image_pages (1-based pages that are
an embedded picture without a text layer: the KTP photocopy) and, for scans, scan (format, mode,
dpi and per page skew_deg, blur_px, noise_sigma, faded, rotation, jpeg_quality, stamps; a
received stamp's box_px is in the page image before skew and rotation).  The same SEED gives the
same corpus, byte for byte; letters are built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample and the docstrings
of the earlier generators only.  Self-contained: it imports nothing from the project.  Classes in
fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 % surat_masuk,
largest remainder); the layouts of a class are used round-robin in a seed-shuffled order.  About a
third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces); the rest are
scans drawn with Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur,
noise, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees,
a "DITERIMA" received stamp, organisation stamps, signatures, meterai) saved as PNG, JPEG,
multi-page TIFF or image-only PDF.  Hand-filled / hand-written letters (fifthhorseman dkg hand)
are always scans, about 10 % of all letters.  Some letters carry a KTP photocopy page.

Layouts (code, class: one line each)
  P01_kades_tps_table        permohonan  kepala desa writes for his village on the desa letterhead
                                         (PEMERINTAH KABUPATEN / KECAMATAN / DESA), identity block,
                                         a table of the data wanted per dusun, desa stamp over signature
  P02_advokat_partner_column permohonan  law office letterhead with the advocates' names in a left
                                         column, "kuasa hukum dari klien kami", client's identity,
                                         items numbered; applicant is the client
  P03_ngo_year_matrix        permohonan  NGO letter (akta / SK Kemenkumham line), numbered list of data,
                                         then a matrix table item x year with ticks; director applies
  P04_campus_student_box     permohonan  campus letterhead, the student's own request: NIM / Prodi /
                                         Judul skripsi in a bordered box, student signs, the Kaprodi
                                         countersigns "Mengetahui"
  P05_ybt_unusual_labels     permohonan  "Yang bertanda tangan di bawah ini" with Nama Lengkap, No.
                                         KTP, No. HP/WA, Alamat Rumah, Pekerjaan/Jabatan; typed or
                                         hand-written on lined folio paper; KTP page sometimes
  P06_outlook_print          permohonan  e-mail printout in an Outlook-style print view (sender name
                                         banner, From / Sent / To / Subject / Attachments table)
  P07_wa_desk_transcript     permohonan  the desk's "Transkrip Layanan WhatsApp": a ruled table Waktu |
                                         Pengirim | Pesan, session header with the citizen's number
  P08_identity_after_sign    permohonan  caleg / citizen letter whose identity ("Data Pemohon") comes
                                         after the signature, items as dash list, dates d/m/yyyy
  P09_numbered_grid_form     permohonan  portrait form as a 3-column grid No | Uraian | Isian with
                                         checkbox rows; typed or hand-filled, clerk's Nomor Pendaftaran
  K01_meterai_prose_pasal    keberatan   objection letter citing "Pasal 35 ayat (1) huruf x" in prose,
                                         meterai beside the signature, request number in the Perihal
  K02_kronologi_bullets      keberatan   objection whose ground is only described (no letter) after a
                                         dated bullet chronology ("- 5 Januari 2026: ...")
  K03_twocol_checkbox_form   keberatan   objection form, the seven grounds as a two-column checkbox grid
                                         (a-d | e-g), typed or hand-filled, Nomor Registrasi box
  K04_ngo_pokok_table        keberatan   NGO letterhead, table No | Informasi yang Diminta | Tanggapan
                                         PPID | Keberatan Kami; the ground in words in the last column
  K05_hand_folio             keberatan   hand-written objection on lined folio paper with a red margin
  S01_panggilan_tanda_terima sengketa    KI "Surat Panggilan Sidang" with Dasar clauses, schedule rows and
                                         a cut-off "Tanda Terima" slip at the foot
  S02_mediasi_caption        sengketa    KI mediation invitation with a centred court-style caption
                                         (Pemohon ... / MELAWAN / Termohon ...)
  S03_notice_with_form_copy  sengketa    KI notice of registration + page 2 the applicant's filled
                                         "Formulir Permohonan Penyelesaian Sengketa Informasi"
  M01_kpuri_edaran_tte       surat_masuk KPU RI Surat Edaran (NOMOR / TENTANG), lettered points, an
                                         electronic-signature footer with a QR box
  M02_bawaslu_permintaan_data surat_masuk Bawaslu asks for data for supervision (table, deadline); not
                                         a request under the SOP
  M03_pn_panggilan_saksi     surat_masuk district court summons a KPU official as witness (pidana pemilu)
  M04_hotel_invoice          surat_masuk hotel invoice for a meeting package, terbilang, bank transfer box
  M05_sipol_akun_partai      surat_masuk party board asks for SIPOL operator accounts (LO table)
  M06_bimtek_rundown         surat_masuk Diskominfo / PPID Utama invites to a bimtek on handling "permohonan
                                         informasi": rundown table (Waktu | Acara | Narasumber)
  M07_polda_permintaan_dok   surat_masuk police (Polda / Polres) asks for documents for an investigation
  M08_pln_pemeliharaan       surat_masuk PLN notice of a planned power outage, schedule table

Truth conventions (as the ninth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside for the first letter of an item or purpose taken from a sentence).  Several requested
    items are joined with "; " without numbering or final punctuation.  Wrapped addresses, items and
    purposes are joined with one space.  phone is E.164 (+62...; "(0711) 35xxxx" -> +6271135xxxx),
    as the brief asks (the sample writes phones as printed); email lower-case; letter_date ISO.
    Names keep prefixes (H., Hj., Kms., Mgs., Nyimas, Dr., Ir.) and degrees, never Bapak/Ibu/Sdr.
    NIK: 16 digits (Sumsel kab/kota code, kecamatan, DDMMYY with day + 40 for women, serial);
    printed with spaces sometimes, truth the digits.
  * The applicant is the natural person who asks: the kepala desa (P01), the advocates' client
    (P02; contact fields of the client only when printed for the client), the NGO's director
    (P03; address / phone / e-mail the ones printed in his identity block), the student (P04).
    occupation only from a Pekerjaan label or "pekerjaan ..." wording (P05's "Pekerjaan/Jabatan"
    counts); a Jabatan alone is not one.  A KTP page supplies the NIK when the letter lacks it.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KECAMATAN ..., MAHKAMAH AGUNG ..., KEPOLISIAN NEGARA ...) left out; null for individuals,
    e-mail / chat printouts and the desk's own forms.  subject: a Hal / Perihal line or the e-mail
    Subject; M01's TENTANG title; null otherwise.  letter_number: the letter's own Nomor (invoice
    number on M04); on the desk's forms the clerk's Nomor Pendaftaran / Registrasi when written.
  * letter_date: the writer's date (e-mail Sent date, chat day, form date).  obtain_method /
    delivery_method from ticks or words; objection_reason_code from the ticked box, the cited
    huruf, or the ground in words.  sengketa letters carry the applicant's name, address and
    requested information when printed, the cited request number, the KI register number and the
    letter's own number, date, subject and sender.  surat_masuk carries only letter_number,
    letter_date, subject, sender_org.
  * Stamps, signatures, meterai and logos are pictures, not page text; the received stamp is
    described in scan.pages[i].stamps.  handwritten is true when field values are hand-written.
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
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
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
SHARES = (("permohonan_informasi", 40), ("keberatan", 20), ("sengketa", 10), ("surat_masuk", 30))

# ---------------------------------------------------------------------------------------------
# fonts: one key -> (file for Pillow, reportlab name); widths always measured with reportlab
# ---------------------------------------------------------------------------------------------
URW = "/usr/share/fonts/opentype/urw-base35/"
DJV = "/usr/share/fonts/truetype/dejavu/"
HAND_FILE = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
FONTS = {
    "tr": (URW + "NimbusRoman-Regular.otf", "Times-Roman"),
    "tb": (URW + "NimbusRoman-Bold.otf", "Times-Bold"),
    "ti": (URW + "NimbusRoman-Italic.otf", "Times-Italic"),
    "hr": (URW + "NimbusSans-Regular.otf", "Helvetica"),
    "hb": (URW + "NimbusSans-Bold.otf", "Helvetica-Bold"),
    "hi": (URW + "NimbusSans-Italic.otf", "Helvetica-Oblique"),
    "cr": (URW + "NimbusMonoPS-Regular.otf", "Courier"),
    "cb": (URW + "NimbusMonoPS-Bold.otf", "Courier-Bold"),
    "dr": (DJV + "DejaVuSans.ttf", "DejaVuSans"),
    "db": (DJV + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold"),
    "di": (DJV + "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique"),
    "sr": (DJV + "DejaVuSerif.ttf", "DejaVuSerif"),
    "sb": (DJV + "DejaVuSerif-Bold.ttf", "DejaVuSerif-Bold"),
    "si": (DJV + "DejaVuSerif-Italic.ttf", "DejaVuSerif-Italic"),
    "nr": (DJV + "DejaVuSansCondensed.ttf", "DejaVuSansCondensed"),
    "nb": (DJV + "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Bold"),
    "hand": (HAND_FILE, "DkgHand"),
}
FAMILIES = {  # regular, bold, italic
    "times": ("tr", "tb", "ti"),
    "helv": ("hr", "hb", "hi"),
    "dejavu": ("dr", "db", "di"),
    "serif": ("sr", "sb", "si"),
    "cond": ("nr", "nb", "di"),
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for path, name in FONTS.values():
        if path.endswith(".ttf"):
            pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED = True


@lru_cache(maxsize=256)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key][0], max(6, px))


def tw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, FONTS[font][1], size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    words = s.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if cur and tw(t, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


# ---------------------------------------------------------------------------------------------
# page model: drawing ops in points, origin top-left; page_text from the text ops
# ---------------------------------------------------------------------------------------------
PW, PH = 595.28, 841.89
INK = (20, 20, 24)
BLUE = (28, 48, 150)
GREY = (120, 120, 120)
LIGHT = (225, 225, 225)
RED = (190, 30, 30)


class Page:
    def __init__(self, paper: str = "plain"):
        self.ops: list[tuple] = []
        self.paper = paper  # plain | folio (ruled with red margin)
        self.as_image = False  # digital rendition: the page is an embedded picture

    def t(self, x, y, s, font, size, color=INK, align="l", rec=True):
        if not s:
            return
        if align == "r":
            x -= tw(s, font, size)
        elif align == "c":
            x -= tw(s, font, size) / 2
        self.ops.append(("t", x, y, s, font, size, color, rec))

    def line(self, x1, y1, x2, y2, w=0.6, color=INK, dash=None):
        self.ops.append(("l", x1, y1, x2, y2, w, color, dash))

    def rect(self, x, y, w, h, lw=0.6, stroke=INK, fill=None):
        self.ops.append(("r", x, y, w, h, lw, stroke, fill))

    def circle(self, cx, cy, r, lw=0.8, stroke=INK, fill=None):
        self.ops.append(("c", cx, cy, r, lw, stroke, fill))

    def img(self, x, y, w, h, im):
        self.ops.append(("i", x, y, w, h, im))

    def text_lines(self) -> str:
        items = [(o[2], o[1], o[3]) for o in self.ops if o[0] == "t" and o[7]]
        items.sort(key=lambda a: (a[0], a[1]))
        lines: list[list] = []
        for y, x, s in items:
            if lines and abs(lines[-1][0] - y) <= 2.5:
                lines[-1][1].append((x, s))
            else:
                lines.append([y, [(x, s)]])
        out = []
        for _, parts in lines:
            parts.sort()
            out.append(" ".join(p[1] for p in parts))
        return "\n".join(out)


class Doc:
    """Flowing cursor over pages."""

    def __init__(self, ctx, top=60.0, left=70.0, right=None, paper="plain"):
        self.ctx = ctx
        self.paper = paper
        self.pages = [Page(paper)]
        self.top = top
        self.y = top
        self.L = left
        self.R = right if right is not None else PW - 62
        self.bottom = PH - 55

    @property
    def pg(self) -> Page:
        return self.pages[-1]

    @property
    def W(self) -> float:
        return self.R - self.L

    def newpage(self, paper=None) -> Page:
        self.pages.append(Page(paper or self.paper))
        self.y = self.top
        return self.pg

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.newpage()

    def gap(self, h: float) -> None:
        self.y += h

    def line_text(self, s, font=None, size=None, x=None, align="l", color=None, lead=None):
        c = self.ctx
        font = font or c.r
        size = size or c.size
        lead = lead or size * 1.4
        self.need(lead)
        if color is None:
            color = c.ink if font == "hand" else INK
        if align == "c":
            x = (self.L + self.R) / 2 if x is None else x
        elif align == "r":
            x = self.R if x is None else x
        else:
            x = self.L if x is None else x
        self.pg.t(x, self.y, s, font, size, color, align)
        self.y += lead

    def para(
        self, s, font=None, size=None, x=None, w=None, lead=None, indent=0.0, align="l", color=None
    ):
        c = self.ctx
        font = font or c.r
        size = size or c.size
        lead = lead or size * 1.42
        x = self.L if x is None else x
        w = (self.R - x) if w is None else w
        if color is None:
            color = c.ink if font == "hand" else INK
        first = wrap(s, font, size, w - indent)
        lines = first[:1]
        if len(first) > 1:
            lines += wrap(" ".join(first[1:]), font, size, w)
        for i, ln in enumerate(lines):
            self.need(lead)
            xx = x + (indent if i == 0 else 0)
            if font == "hand":
                self._hand(xx, self.y, ln, size, color)
            elif align == "c":
                self.pg.t(x + w / 2, self.y, ln, font, size, color, "c")
            else:
                self.pg.t(xx, self.y, ln, font, size, color)
            self.y += lead
        return self.y

    def _hand(self, x, y, s, size, color):
        rng = self.ctx.rng
        self.pg.t(x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1.2, 1.2), s, "hand", size, color)

    def kv(
        self,
        label,
        value,
        lw,
        font=None,
        size=None,
        vfont=None,
        x=None,
        colon=":",
        lead=None,
        vcolor=None,
    ):
        """label : value with the value wrapped in its column; returns nothing, advances y."""
        c = self.ctx
        font = font or c.r
        size = size or c.size
        vfont = vfont or font
        lead = lead or size * 1.42
        x = self.L if x is None else x
        vx = x + lw + (tw(colon + " ", font, size) if colon else 0)
        lines = (
            wrap(value, vfont, size if vfont != "hand" else size + 1, self.R - vx)
            if value
            else [""]
        )
        self.need(lead * len(lines))
        self.pg.t(x, self.y, label, font, size)
        if colon:
            self.pg.t(x + lw, self.y, colon, font, size)
        for ln in lines:
            if vfont == "hand":
                self._hand(vx, self.y, ln, size + 1, vcolor or c.ink)
            elif ln:
                self.pg.t(vx, self.y, ln, vfont, size, vcolor or INK)
            self.y += lead

    def numbered(self, items, fmt="{}.", font=None, size=None, x=None, hang=16, lead=None):
        c = self.ctx
        font = font or c.r
        size = size or c.size
        x = self.L if x is None else x
        for i, it in enumerate(items, 1):
            lab = fmt.format(i) if "{}" in fmt else fmt
            self.need(size * 1.4)
            self.pg.t(x, self.y, lab, font, size)
            self.para(it, font, size, x=x + hang, lead=lead)

    def table(
        self,
        widths,
        rows,
        header=None,
        font=None,
        size=None,
        hfont=None,
        x=None,
        pad=3.5,
        fill_header=True,
        hand_cols=(),
    ):
        c = self.ctx
        font = font or c.r
        size = size or (c.size - 1)
        hfont = hfont or c.b
        x = self.L if x is None else x
        lead = size * 1.3
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            is_h = header is not None and ri == 0
            f = hfont if is_h else font
            cells = []
            for ci, (cell, w) in enumerate(zip(row, widths, strict=False)):
                ff = "hand" if (ci in hand_cols and not is_h) else f
                cells.append(wrap(str(cell), ff, size, w - 2 * pad) if cell != "" else [""])
            h = max(len(cl) for cl in cells) * lead + 2 * pad
            self.need(h)
            top = self.y
            xx = x
            if is_h and fill_header:
                self.pg.rect(x, top, sum(widths), h, 0, None, LIGHT)
            for ci, (cl, w) in enumerate(zip(cells, widths, strict=False)):
                self.pg.rect(xx, top, w, h, 0.6)
                yy = top + pad + size * 0.95
                for ln in cl:
                    if ln:
                        if ci in hand_cols and not is_h:
                            self._hand(xx + pad, yy, ln, size, c.ink)
                        else:
                            self.pg.t(xx + pad, yy, ln, f, size)
                    yy += lead
                xx += w
            self.y = top + h
        self.y += size * 1.3 + 6


# ---------------------------------------------------------------------------------------------
# pictures: signature, stamps, meterai, logo, KTP card
# ---------------------------------------------------------------------------------------------
def signature_img(rng: random.Random, color=BLUE) -> Image.Image:
    w, h = 360, 150
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = []
    x = rng.uniform(20, 50)
    y = h * rng.uniform(0.45, 0.6)
    n = rng.randint(5, 9)
    for _ in range(n * 8):
        x += rng.uniform(2, 8)
        y += rng.uniform(-14, 14)
        y = min(max(y, 15), h - 15)
        pts.append((x, y))
        if x > w - 30:
            break
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=(*color, 235), width=rng.choice((3, 4)))
    y0 = h * rng.uniform(0.6, 0.8)
    d.line(
        [(pts[0][0] - 10, y0), (pts[-1][0] + 5, y0 - rng.uniform(5, 25))],
        fill=(*color, 220),
        width=3,
    )
    return im


def circle_stamp_img(
    rng: random.Random, ring: str, center: str, color=(70, 60, 170)
) -> Image.Image:
    s = 340
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (*color, 200)
    d.ellipse((6, 6, s - 6, s - 6), outline=col, width=7)
    d.ellipse((60, 60, s - 60, s - 60), outline=col, width=4)
    f = pil_font("hb", 30)
    n = len(ring)
    for i, ch in enumerate(ring):
        ang = math.radians(200 + 300 * i / max(1, n - 1))
        cx = s / 2 + 128 * math.cos(ang)
        cy = s / 2 + 128 * math.sin(ang)
        t = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((20, 20), ch, font=f, fill=col, anchor="mm")
        t = t.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(t, (int(cx - 20), int(cy - 20)))
    d.text((s / 2, s / 2), center, font=pil_font("hb", 34), fill=col, anchor="mm")
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def meterai_img(rng: random.Random) -> Image.Image:
    w, h = 230, 150
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle(
        (2, 2, w - 3, h - 3), fill=(236, 214, 222, 255), outline=(170, 80, 110, 255), width=3
    )
    for i in range(0, w, 12):
        d.line([(i, 2), (i + 40, h - 3)], fill=(215, 180, 195, 255), width=2)
    d.text((w / 2, 40), "METERAI", font=pil_font("hb", 28), fill=(150, 40, 80, 255), anchor="mm")
    d.text((w / 2, 82), "TEMPEL", font=pil_font("hr", 22), fill=(150, 40, 80, 255), anchor="mm")
    d.text((w / 2, 120), "10000", font=pil_font("hb", 30), fill=(150, 40, 80, 255), anchor="mm")
    return im.rotate(rng.uniform(-4, 4), expand=True, resample=Image.BICUBIC)


def logo(pg: Page, x: float, y: float, s: float, kind: str = "garuda") -> None:
    """A simple emblem (vector, no text)."""
    cx, cy = x + s / 2, y + s / 2
    if kind == "shield":
        pg.rect(x + s * 0.15, y, s * 0.7, s * 0.8, 1.2)
        pg.circle(cx, y + s * 0.4, s * 0.22, 1.0)
        pg.line(x + s * 0.15, y + s * 0.8, cx, y + s, 1.2)
        pg.line(x + s * 0.85, y + s * 0.8, cx, y + s, 1.2)
    elif kind == "scale":
        pg.circle(cx, cy, s / 2, 1.2)
        pg.line(cx, y + s * 0.2, cx, y + s * 0.8, 1.2)
        pg.line(x + s * 0.2, y + s * 0.35, x + s * 0.8, y + s * 0.35, 1.2)
        pg.circle(x + s * 0.25, y + s * 0.55, s * 0.1, 0.8)
        pg.circle(x + s * 0.75, y + s * 0.55, s * 0.1, 0.8)
    else:
        pg.circle(cx, cy, s / 2, 1.4)
        pg.circle(cx, cy, s / 2 - 4, 0.5)
        for k in range(5):
            a = math.radians(-90 + 72 * k)
            b = math.radians(-90 + 72 * (k + 2))
            pg.line(
                cx + s * 0.3 * math.cos(a),
                cy + s * 0.3 * math.sin(a),
                cx + s * 0.3 * math.cos(b),
                cy + s * 0.3 * math.sin(b),
                1.0,
            )


def ktp_page(ctx, p: dict) -> tuple[Page, str]:
    """A KTP photocopy page; the card is drawn with text ops (recorded as page text)."""
    pg = Page()
    rng = ctx.rng
    x0, y0 = 110.0, 110.0
    w, h = 375.0, 236.0
    pg.t(
        70,
        70,
        rng.choice(("Lampiran: Fotokopi KTP", "Lampiran : Fotokopi KTP Pemohon", "FOTOKOPI KTP")),
        "hr",
        10,
    )
    pg.rect(x0, y0, w, h, 1.0, (60, 60, 60), (205, 205, 205))
    pg.t(x0 + w / 2, y0 + 18, "PROVINSI SUMATERA SELATAN", "hb", 10, align="c")
    pg.t(x0 + w / 2, y0 + 31, p["kab_ktp"].upper(), "hb", 10, align="c")
    pg.t(x0 + 12, y0 + 52, "NIK", "hb", 11)
    pg.t(x0 + 72, y0 + 52, ": " + p["nik"], "hb", 11)
    rows = [
        ("Nama", p["ktp_name"]),
        ("Tempat/Tgl Lahir", f"{p['birthplace'].upper()}, {p['birth'].strftime('%d-%m-%Y')}"),
        ("Jenis Kelamin", "LAKI-LAKI" if p["male"] else "PEREMPUAN"),
        ("Alamat", p["street"].upper()),
        ("RT/RW", p["rtrw"]),
        ("Kel/Desa", p["kel"].upper()),
        ("Kecamatan", p["kec"].upper()),
        ("Agama", rng.choice(("ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "BUDHA"))),
        ("Pekerjaan", p["ktp_job"]),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    yy = y0 + 68
    for k, v in rows:
        pg.t(x0 + 12, yy, k, "hr", 7.5)
        pg.t(x0 + 85, yy, ": " + v[:38], "hr", 7.5)
        yy += 12.5
    pg.rect(x0 + w - 92, y0 + 48, 78, 100, 0.8, (80, 80, 80), (160, 160, 160))
    pg.circle(x0 + w - 53, y0 + 85, 20, 0.8, (90, 90, 90), (130, 130, 130))
    pg.t(x0 + w - 53, y0 + 165, p["kab_ktp"].split()[-1].upper(), "hr", 7, align="c")
    pg.t(x0 + w - 53, y0 + 176, p["ktp_issued"], "hr", 7, align="c")
    pg.img(x0 + w - 95, y0 + 182, 80, 34, signature_img(rng, (40, 40, 40)))
    if rng.random() < 0.6:
        pg.t(x0, y0 + h + 30, "Sesuai dengan aslinya,", "hr", 9)
        pg.img(x0, y0 + h + 36, 90, 38, signature_img(rng))
    pg.as_image = True
    return pg, p["nik"]


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------
def _dashes(x1, y1, x2, y2, on, off):
    L = math.hypot(x2 - x1, y2 - y1)
    if L == 0:
        return []
    ux, uy = (x2 - x1) / L, (y2 - y1) / L
    out, p = [], 0.0
    while p < L:
        q = min(L, p + on)
        out.append((x1 + ux * p, y1 + uy * p, x1 + ux * q, y1 + uy * q))
        p = q + off
    return out


def render_pil(page: Page, dpi: int, paper=(255, 255, 255)) -> Image.Image:
    k = dpi / 72.0
    im = Image.new("RGB", (round(PW * k), round(PH * k)), paper)
    d = ImageDraw.Draw(im)
    if page.paper == "folio":
        for yy in range(95, int(PH) - 30, 19):
            d.line(
                [(0, yy * k), (PW * k, yy * k)], fill=(150, 175, 210), width=max(1, round(0.5 * k))
            )
        d.line([(62 * k, 0), (62 * k, PH * k)], fill=(225, 120, 120), width=max(1, round(0.7 * k)))
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size, color, _ = op
            d.text((x * k, y * k), s, font=pil_font(font, round(size * k)), fill=color, anchor="ls")
        elif kind == "l":
            _, x1, y1, x2, y2, w, color, dash = op
            segs = _dashes(x1, y1, x2, y2, *dash) if dash else [(x1, y1, x2, y2)]
            for a, b, c2, e in segs:
                d.line([(a * k, b * k), (c2 * k, e * k)], fill=color, width=max(1, round(w * k)))
        elif kind == "r":
            _, x, y, w, h, lw, stroke, fill = op
            d.rectangle(
                (x * k, y * k, (x + w) * k, (y + h) * k),
                fill=fill,
                outline=stroke if lw else None,
                width=max(1, round(lw * k)) if lw else 0,
            )
        elif kind == "c":
            _, cx, cy, r, lw, stroke, fill = op
            d.ellipse(
                ((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k),
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * k)),
            )
        elif kind == "i":
            _, x, y, w, h, pic = op
            pic2 = pic.resize((max(1, round(w * k)), max(1, round(h * k))), Image.BILINEAR)
            if pic2.mode == "RGBA":
                im.paste(pic2.convert("RGB"), (round(x * k), round(y * k)), pic2)
            else:
                im.paste(pic2.convert("RGB"), (round(x * k), round(y * k)))
    return im


def render_pdf(pages: list[Page], path: str, title: str) -> list[int]:
    register_fonts()
    c = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    image_pages = []
    for pi, page in enumerate(pages, 1):
        if page.as_image:
            im = render_pil(page, 150, (244, 244, 242)).convert("L")
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            c.drawImage(ImageReader(im), 0, 0, PW, PH)
            image_pages.append(pi)
            c.showPage()
            continue
        for op in page.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, size, color, _ = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(FONTS[font][1], size)
                c.drawString(x, PH - y, s)
            elif kind == "l":
                _, x1, y1, x2, y2, w, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.setDash(*dash) if dash else c.setDash()
                c.line(x1, PH - y1, x2, PH - y2)
                c.setDash()
            elif kind == "r":
                _, x, y, w, h, lw, stroke, fill = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if lw and stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw)
                c.rect(
                    x, PH - y - h, w, h, stroke=1 if (lw and stroke) else 0, fill=1 if fill else 0
                )
            elif kind == "c":
                _, cx, cy, r, lw, stroke, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.circle(cx, PH - cy, r, stroke=1, fill=1 if fill else 0)
            elif kind == "i":
                _, x, y, w, h, pic = op
                c.drawImage(ImageReader(pic), x, PH - y - h, w, h, mask="auto")
        c.showPage()
    c.save()
    return image_pages


# ---------------------------------------------------------------------------------------------
# scan degradation
# ---------------------------------------------------------------------------------------------
def received_stamp(rng: random.Random, when: date, dpi: int) -> tuple[Image.Image, list[str]]:
    k = dpi / 72.0
    col = rng.choice(((110, 40, 150), (30, 60, 170), (170, 30, 40)))
    lines = [
        "DITERIMA",
        "KPU PROVINSI SUMATERA SELATAN",
        f"Tgl : {when.strftime('%d-%m-%Y')}",
        f"Jam : {rng.randint(8, 15):02d}.{rng.randint(0, 59):02d}",
        "Paraf :",
    ]
    w, h = int(140 * k), int(66 * k)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle(
        (3, 3, w - 4, h - 4), radius=int(8 * k), outline=(*col, 215), width=max(2, int(1.6 * k))
    )
    yy = 14 * k
    for i, s in enumerate(lines):
        f = pil_font("hb" if i < 2 else "hr", int((11 if i == 0 else 6.8) * k))
        d.text(
            (w / 2 if i < 2 else 12 * k, yy),
            s,
            font=f,
            fill=(*col, 215),
            anchor="ms" if i < 2 else "ls",
        )
        yy += (12 if i == 0 else 10) * k
    return im.rotate(rng.uniform(-5, 5), expand=True, resample=Image.BICUBIC), lines


def _quiet_spot(gray: np.ndarray, bw: int, bh: int, rng: random.Random) -> tuple[int, int]:
    H, W = gray.shape
    best, bxy = -1.0, (W - bw - 4, 4)
    for _ in range(40):
        x = rng.randint(int(W * 0.35), max(int(W * 0.35), W - bw - 2))
        y = rng.choice((rng.randint(2, max(2, H // 4)), rng.randint(2, max(2, H - bh - 2))))
        if y + bh >= H or x + bw >= W:
            continue
        score = float(gray[y : y + bh, x : x + bw].mean())
        if score > best:
            best, bxy = score, (x, y)
    return bxy


def degrade(
    page: Page, dpi: int, rng: random.Random, received: date | None, mode: str, turn_ok: bool
):
    paper = rng.choice(((255, 255, 255), (250, 248, 241), (246, 245, 238), (252, 251, 247)))
    im = render_pil(page, dpi, paper)
    info: dict = {"stamps": []}
    if received is not None:
        st, lines = received_stamp(rng, received, dpi)
        small = np.asarray(im.convert("L").reduce(4))
        bx, by = _quiet_spot(small, st.width // 4 + 1, st.height // 4 + 1, rng)
        bx, by = bx * 4, by * 4
        im.paste(st.convert("RGB"), (bx, by), st)
        info["stamps"].append(
            {
                "kind": "received",
                "text": lines,
                "date": received.isoformat(),
                "box_px": [bx, by, bx + st.width, by + st.height],
            }
        )
    gray_mode = mode in ("L", "1")
    if gray_mode:
        im = im.convert("L")
    arr = np.asarray(im, dtype=np.float32)
    faded = rng.random() < 0.2
    if faded:
        arr = 255 - (255 - arr) * rng.uniform(0.6, 0.82)
    H, W = arr.shape[:2]
    gx = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    gy = np.linspace(0, 1, H, dtype=np.float32)[:, None]
    light = 1.0 - rng.uniform(0.0, 0.09) * (gx * rng.random() + gy * rng.random())
    arr = arr * (light if gray_mode else light[..., None])
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    skew = round(rng.uniform(-2.0, 2.0), 2)
    if abs(skew) >= 0.05:
        im = im.rotate(skew, resample=Image.BILINEAR, fillcolor=paper[0] if gray_mode else paper)
    blur = round(rng.uniform(0.2, 0.9), 2)
    im = im.filter(ImageFilter.GaussianBlur(blur * dpi / 200))
    sigma = round(rng.uniform(1.5, 8.5), 1)
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(im, dtype=np.float32)
    noise = nrng.normal(0, sigma, arr.shape[:2]).astype(np.float32)
    arr = arr + (noise if gray_mode else noise[..., None])
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    rotation = 0
    if turn_ok and rng.random() < 0.06:
        rotation = rng.choice((180, 90, 180))
        im = im.transpose(Image.ROTATE_180 if rotation == 180 else Image.ROTATE_90)
    if mode == "1":
        thr = rng.randint(140, 175)
        im = im.point(lambda v: 255 if v > thr else 0).convert("1", dither=Image.Dither.NONE)
    info.update(
        {
            "skew_deg": skew,
            "blur_px": blur,
            "noise_sigma": sigma,
            "faded": faded,
            "rotation": rotation,
        }
    )
    return im, info


def save_scan(images, infos, out_dir, base, fmt, dpi, rng) -> list[str]:
    files = []
    if fmt == "pdf":
        blobs = []
        for im, inf in zip(images, infos, strict=True):
            q = rng.randint(50, 88)
            b = io.BytesIO()
            im.save(b, "JPEG", quality=q, dpi=(dpi, dpi))
            inf["jpeg_quality"] = q
            blobs.append(b.getvalue())
        with open(os.path.join(out_dir, base + ".pdf"), "wb") as fh:
            fh.write(img2pdf.convert(blobs, nodate=True, engine=img2pdf.Engine.internal))
        files.append(base + ".pdf")
    elif fmt == "tif":
        comp = "group4" if images[0].mode == "1" else "tiff_lzw"
        images[0].save(
            os.path.join(out_dir, base + ".tif"),
            "TIFF",
            save_all=True,
            append_images=images[1:],
            compression=comp,
            dpi=(dpi, dpi),
        )
        for inf in infos:
            inf["jpeg_quality"] = None
        files.append(base + ".tif")
    else:
        for i, (im, inf) in enumerate(zip(images, infos, strict=True), 1):
            name = base + (f"_p{i}" if len(images) > 1 else "") + "." + fmt
            if fmt == "jpg":
                q = rng.randint(45, 90)
                im.save(os.path.join(out_dir, name), "JPEG", quality=q, dpi=(dpi, dpi))
                inf["jpeg_quality"] = q
            else:
                im.save(os.path.join(out_dir, name), "PNG", dpi=(dpi, dpi), compress_level=4)
                inf["jpeg_quality"] = None
            files.append(name)
    return files


# ---------------------------------------------------------------------------------------------
# data pools
# ---------------------------------------------------------------------------------------------
BULAN = (
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
)
BLN3 = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def rand_date(rng: random.Random, lo=date(2025, 8, 1), hi=date(2026, 6, 26)) -> date:
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if d.weekday() < 5:
            return d


def fmt_date(d: date, style: str) -> str:
    if style == "long":
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {BULAN[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "short":
        return f"{d.day:02d} {BLN3[d.month - 1]} {d.year}"
    if style == "day":
        return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def any_date(rng: random.Random, d: date) -> str:
    return fmt_date(d, rng.choice(("long", "long", "long0", "dash", "slash", "short", "day")))


MALE = (
    "Ahmad",
    "Muhammad",
    "Rudi",
    "Hendra",
    "Dedi",
    "Agus",
    "Fajar",
    "Rizki",
    "Yusuf",
    "Bambang",
    "Firdaus",
    "Syahrial",
    "Irwansyah",
    "Andi",
    "Joko",
    "Zulkifli",
    "Heri",
    "Yohanes",
    "Darmawan",
    "Arief",
    "Taufik",
    "Novri",
    "Ilham",
    "Aprizal",
    "Eko",
    "Budi",
    "Sandi",
    "Rahmat",
    "Wahyu",
    "Candra",
)
FEMALE = (
    "Siti",
    "Nurhayati",
    "Rina",
    "Dewi",
    "Indah",
    "Yulia",
    "Fitri",
    "Mega",
    "Ratna",
    "Sri",
    "Lestari",
    "Novita",
    "Aisyah",
    "Desi",
    "Wulan",
    "Eka",
    "Maya",
    "Rosmala",
    "Herlina",
    "Yuliana",
    "Anisa",
    "Dian",
    "Meilani",
    "Putri",
    "Kartika",
)
MID = (
    "",
    "",
    "",
    "Nur",
    "Adi",
    "Eka",
    "Dwi",
    "Putra",
    "Sari",
    "Wati",
    "Kurnia",
    "Ayu",
    "Dharma",
    "Indra",
)
LAST = (
    "Saputra",
    "Hidayat",
    "Pratama",
    "Kurniawan",
    "Wijaya",
    "Harahap",
    "Simanjuntak",
    "Siregar",
    "Lubis",
    "Nasution",
    "Gunawan",
    "Permata",
    "Rahmawati",
    "Marlina",
    "Susanti",
    "Fauzi",
    "Syahputra",
    "Anggraini",
    "Oktaviani",
    "Ramadhan",
    "Setiawan",
    "Hasibuan",
    "Sembiring",
    "Purba",
    "Tanjung",
    "Effendi",
    "Mahmud",
    "Yusran",
    "Zainal",
    "Sukma",
)
DEG_M = ("S.H.", "S.E.", "S.Sos.", "S.T.", "S.Kom.", "S.I.Kom.", "S.Pd.", "S.Ag.", "S.IP.")
DEG_H = ("M.Si.", "M.H.", "M.Pd.", "M.M.", "M.Kom.")
CITIES = [
    # city, kab line for KTP, NIK kab code, (kelurahan, kecamatan) pairs, streets, area code, kind
    (
        "Palembang",
        "KOTA PALEMBANG",
        "1671",
        [
            ("Lorok Pakjo", "Ilir Barat I"),
            ("Sekip Jaya", "Kemuning"),
            ("Bukit Lama", "Ilir Barat I"),
            ("Plaju Ulu", "Plaju"),
            ("Sialang", "Sako"),
            ("Talang Ratu", "Ilir Timur I"),
            ("Kebun Bunga", "Sukarami"),
            ("Demang Lebar Daun", "Ilir Barat I"),
            ("Silaberanti", "Seberang Ulu I"),
        ],
        (
            "Jl. Jenderal Sudirman",
            "Jl. Kol. H. Burlian",
            "Jl. Demang Lebar Daun",
            "Jl. Angkatan 45",
            "Jl. Veteran",
            "Jl. Letda A. Rozak",
            "Lr. Sepakat",
            "Jl. Mayor Ruslan",
            "Jl. Srijaya Negara",
            "Jl. Residen Abdul Rozak",
            "Jl. Sultan Mahmud Badaruddin II",
        ),
        "0711",
        "Kota",
    ),
    (
        "Prabumulih",
        "KOTA PRABUMULIH",
        "1674",
        [
            ("Muara Dua", "Prabumulih Timur"),
            ("Gunung Ibul", "Prabumulih Timur"),
            ("Wonosari", "Prabumulih Utara"),
        ],
        ("Jl. Jenderal Sudirman", "Jl. Bukit Barisan", "Jl. Padat Karya"),
        "0713",
        "Kota",
    ),
    (
        "Lubuklinggau",
        "KOTA LUBUKLINGGAU",
        "1673",
        [("Taba Jemekeh", "Lubuklinggau Timur I"), ("Pasar Satelit", "Lubuklinggau Barat I")],
        ("Jl. Yos Sudarso", "Jl. Garuda Hitam", "Jl. Depati Said"),
        "0733",
        "Kota",
    ),
    (
        "Lahat",
        "KABUPATEN LAHAT",
        "1604",
        [("Pasar Lama", "Lahat"), ("Bandar Agung", "Lahat")],
        ("Jl. Mayor Ruslan", "Jl. Kol. Atmo", "Jl. Letnan Amir Hamzah"),
        "0731",
        "Kab.",
    ),
    (
        "Kayuagung",
        "KABUPATEN OGAN KOMERING ILIR",
        "1602",
        [("Kedaton", "Kayuagung"), ("Perigi", "Kayuagung")],
        ("Jl. Letnan Muchtar Saleh", "Jl. Lintas Timur"),
        "0712",
        "Kab. OKI",
    ),
    (
        "Baturaja",
        "KABUPATEN OGAN KOMERING ULU",
        "1601",
        [("Sukaraya", "Baturaja Timur"), ("Kemalaraja", "Baturaja Timur")],
        ("Jl. Dr. Moh. Hatta", "Jl. Akmal"),
        "0735",
        "Kab. OKU",
    ),
    (
        "Sekayu",
        "KABUPATEN MUSI BANYUASIN",
        "1606",
        [("Balai Agung", "Sekayu"), ("Kayuara", "Sekayu")],
        ("Jl. Merdeka", "Jl. Kolonel Wahid Udin"),
        "0714",
        "Kab. Muba",
    ),
    (
        "Indralaya",
        "KABUPATEN OGAN ILIR",
        "1610",
        [("Indralaya Raya", "Indralaya"), ("Timbangan", "Indralaya Utara")],
        ("Jl. Lintas Timur", "Jl. Raya Palembang-Prabumulih"),
        "0711",
        "Kab. Ogan Ilir",
    ),
    (
        "Muara Enim",
        "KABUPATEN MUARA ENIM",
        "1603",
        [("Pasar II", "Muara Enim"), ("Air Lintang", "Muara Enim")],
        ("Jl. Jenderal Sudirman", "Jl. Bakti Pertiwi"),
        "0734",
        "Kab.",
    ),
]
JOBS = (
    "Wiraswasta",
    "Pegawai Swasta",
    "Mahasiswa",
    "Dosen",
    "Guru",
    "Petani",
    "Pedagang",
    "Wartawan",
    "Advokat",
    "Ibu Rumah Tangga",
    "Karyawan BUMN",
    "Pensiunan PNS",
    "Peneliti",
    "Buruh Harian Lepas",
    "Nelayan",
    "Aktivis LSM",
)
PFX = ("H.", "Kms.", "Mgs.", "Ir.", "Dr.", "drs.")


def make_person(
    rng: random.Random, male: bool | None = None, degree_p=0.35, prefix_p=0.15, job=None
) -> dict:
    male = rng.random() < 0.55 if male is None else male
    first = rng.choice(MALE if male else FEMALE)
    mid = rng.choice(
        ("", "", "", "Nur", "Adi", "Putra", "Dharma", "Indra", "Eka")
        if male
        else ("", "", "", "Nur", "Sari", "Wati", "Ayu", "Kurnia", "Dwi")
    )
    last = rng.choice(
        LAST
        if not male
        else [
            x
            for x in LAST
            if x not in ("Rahmawati", "Marlina", "Susanti", "Anggraini", "Oktaviani", "Permata")
        ]
    )
    core = " ".join(x for x in (first, mid, last) if x)
    if rng.random() < 0.12:
        core = f"{first} {last}"
    name = core
    if rng.random() < prefix_p:
        pf = rng.choice(PFX) if male else rng.choice(("Hj.", "Nyimas", "Dr.", "Ir."))
        name = pf + " " + name
    if rng.random() < degree_p:
        name += ", " + rng.choice(DEG_M)
        if rng.random() < 0.35:
            name += ", " + rng.choice(DEG_H)
    city = rng.choice(CITIES[:1] * 5 + CITIES[1:])
    kel, kec = rng.choice(city[3])
    birth = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dd = birth.day + (0 if male else 40)
    nik = f"{city[2]}{rng.randint(1, 18):02d}{dd:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 2999):04d}"
    street = f"{rng.choice(city[4])} No. {rng.randint(1, 250)}"
    if rng.random() < 0.25:
        street += rng.choice(
            (" Blok C", " Komp. Griya Asri", " Lr. Damai", " Perum Bukit Sejahtera")
        )
    rt, rw = rng.randint(1, 45), rng.randint(1, 12)
    job = job or rng.choice(JOBS)
    # phone
    pre = rng.choice(
        (
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
            "0896",
            "0819",
            "0838",
        )
    )
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8))))
    nat = pre[1:] + rest  # national significant number
    e164 = "+62" + nat
    if len(rest) == 8:
        a, b = rest[:4], rest[4:]
    else:
        a, b = rest[:3], rest[3:]
    style = rng.randint(0, 6)
    printed = [
        f"{pre}-{a}-{b}",
        f"{pre} {a} {b}",
        pre + rest,
        f"+62 {nat[:3]} {a} {b}",
        f"+62 {nat[:3]}-{a}-{b}",
        "62" + nat,
        f"{pre}.{a}.{b}",
    ][style]
    uname = re.sub(r"[^a-z]", "", first.lower())
    lname = re.sub(r"[^a-z]", "", last.lower())
    email = (
        rng.choice(
            (
                f"{uname}.{lname}",
                f"{uname}{lname[:3]}{rng.randint(10, 99)}",
                f"{lname}_{uname}",
                f"{uname}{rng.randint(70, 99)}",
            )
        )
        + "@"
        + rng.choice(("gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com"))
    )
    return {
        "name": name,
        "core": core,
        "male": male,
        "city": city[0],
        "cityrec": city,
        "kab_ktp": city[1],
        "kel": kel,
        "kec": kec,
        "street": street,
        "rt": rt,
        "rw": rw,
        "rtrw": f"{rt:03d}/{rw:03d}",
        "birth": birth,
        "birthplace": rng.choice(
            (
                "Palembang",
                "Lahat",
                "Baturaja",
                "Prabumulih",
                "Muara Enim",
                "Kayuagung",
                "Jakarta",
                "Medan",
                "Sekayu",
            )
        ),
        "nik": nik,
        "job": job,
        "ktp_job": job.upper()
        if job not in ("Dosen", "Peneliti", "Aktivis LSM")
        else "KARYAWAN SWASTA",
        "ktp_name": core.upper(),
        "ktp_issued": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2013, 2023)}",
        "phone": printed,
        "e164": e164,
        "nat": nat,
        "email_printed": email if rng.random() > 0.1 else email[0].upper() + email[1:],
        "email": email,
    }


def fmt_address(p: dict, rng: random.Random, style: int | None = None) -> str:
    style = rng.randint(0, 4) if style is None else style
    c = p["cityrec"]
    kota = c[0] if c[6] == "Kota" else f"{c[6] if c[6] != 'Kab.' else 'Kab. ' + c[0]}"
    if style == 0:
        return f"{p['street']} RT {p['rt']:03d}/RW {p['rw']:02d}, Kel. {p['kel']}, Kec. {p['kec']}, {c[0]}"
    if style == 1:
        st = p["street"].replace("Jl.", "Jalan").replace("No.", "Nomor")
        return f"{st}, RT.{p['rt']:02d} RW.{p['rw']:02d} Kelurahan {p['kel']} Kecamatan {p['kec']} {'Kota ' + c[0] if c[6] == 'Kota' else kota}"
    if style == 2:
        return f"{p['street']}, RT {p['rt']:02d} RW {p['rw']:02d}, {p['kel']}, {p['kec']}, {kota}"
    if style == 3:
        return f"{p['street']} Kel. {p['kel']} Kec. {p['kec']} {c[0]}"
    return f"{p['street']}, Kelurahan {p['kel']}, {c[0]}"


INFO_ITEMS = (
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Rekapitulasi Hasil Penghitungan Suara Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di {kab}",
    "Rencana Kerja dan Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Laporan realisasi penggunaan dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Daftar nama anggota PPK dan PPS di {kab} pada Pemilihan Tahun 2024",
    "Salinan Berita Acara dan Sertifikat Rekapitulasi Hasil Penghitungan Suara tingkat kecamatan (Model D.HASIL) di {kab}",
    "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota",
    "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024 per kabupaten/kota",
    "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
    "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2025",
    "Laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Jumlah TPS dan jumlah pemilih per desa/kelurahan di {kab} pada Pemilu 2024",
    "Hasil rekapitulasi perolehan suara calon anggota DPRD Provinsi Sumatera Selatan Daerah Pemilihan Sumatera Selatan {dapil}",
    "Data hasil pemutakhiran data pemilih berkelanjutan Semester II Tahun 2025",
    "Salinan formulir Model C.Hasil untuk TPS {tps} Kelurahan {kel}",
    "Laporan penyelenggaraan layanan informasi publik PPID KPU Provinsi Sumatera Selatan Tahun 2025",
    "Daftar pemilih tambahan (DPTb) pada Pemilu 2024 di {kab}",
    "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024",
)
KABS = (
    "Kabupaten Ogan Ilir",
    "Kota Palembang",
    "Kabupaten Banyuasin",
    "Kabupaten Musi Rawas",
    "Kabupaten Lahat",
    "Kota Prabumulih",
    "Kabupaten Ogan Komering Ilir",
    "Kabupaten Empat Lawang",
    "Kabupaten Musi Banyuasin",
    "Kota Lubuklinggau",
)
PURPOSES = (
    "Bahan penyusunan skripsi pada Program Studi Ilmu Politik",
    "Bahan liputan mendalam tentang tata kelola pemilihan di Sumatera Selatan",
    "Kajian akademik mengenai partisipasi pemilih di daerah",
    "Pengawasan partisipatif masyarakat terhadap penyelenggaraan pemilu",
    "Bahan evaluasi internal dan penyusunan strategi partai",
    "Perencanaan program pendidikan pemilih di desa kami",
    "Kelengkapan bahan advokasi hukum",
    "Referensi penelitian lembaga tentang keterbukaan anggaran",
    "Bahan diskusi publik dan laporan tahunan lembaga",
    "Dokumentasi pribadi dan pengetahuan umum",
    "Bahan penyusunan tesis pada Program Magister Ilmu Pemerintahan",
)
OBTAIN = {
    "melihat": ("melihat/membaca/mendengarkan/mencatat", "melihat dan membaca langsung"),
    "salinan": ("mendapatkan salinan", "memperoleh salinannya"),
    "salinan_hardcopy": ("mendapatkan salinan dalam bentuk cetak (hardcopy)", "salinan hardcopy"),
    "salinan_softcopy": (
        "mendapatkan salinan dalam bentuk softcopy (file PDF)",
        "salinan softcopy",
    ),
}
DELIVER = {
    "mengambil_langsung": ("diambil langsung", "mengambil langsung"),
    "kurir": ("dikirim melalui kurir", "kurir"),
    "pos": ("dikirim melalui pos", "pos"),
    "faksimili": ("dikirim melalui faksimili", "faksimili"),
    "email": ("dikirim melalui e-mail", "e-mail"),
}
REASONS = {  # code: (form text, prose description without the letter)
    "a": (
        "Penolakan atas permohonan informasi berdasarkan alasan pengecualian",
        "permohonan saya ditolak dengan alasan informasi tersebut termasuk informasi yang dikecualikan, padahal dokumen itu semestinya terbuka untuk publik",
    ),
    "b": (
        "Tidak disediakannya informasi berkala",
        "informasi yang seharusnya diumumkan secara berkala tersebut tidak tersedia di laman maupun papan pengumuman kantor",
    ),
    "c": (
        "Tidak ditanggapinya permohonan informasi",
        "sampai lewat sepuluh hari kerja permohonan saya sama sekali tidak mendapat tanggapan tertulis dari PPID",
    ),
    "d": (
        "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
        "jawaban yang saya terima tidak sesuai dengan informasi yang saya minta, karena yang diberikan adalah dokumen lain",
    ),
    "e": (
        "Tidak dipenuhinya permohonan informasi",
        "permohonan saya tidak dipenuhi tanpa penjelasan yang memadai",
    ),
    "f": (
        "Pengenaan biaya yang tidak wajar",
        "saya dibebani biaya penggandaan sebesar Rp5.000 per lembar yang menurut saya tidak wajar",
    ),
    "g": (
        "Penyampaian informasi yang melebihi waktu yang diatur",
        "informasi baru disampaikan jauh melewati jangka waktu yang ditentukan undang-undang",
    ),
}


def info_item(rng: random.Random) -> str:
    return rng.choice(INFO_ITEMS).format(
        kab=rng.choice(KABS),
        dapil=rng.randint(1, 8),
        tps=f"{rng.randint(1, 40):03d}",
        kel=rng.choice(("Sukarami", "Talang Kelapa", "Bukit Sangkal", "Kedaton", "Pasar Lama")),
    )


def info_items(rng: random.Random, lo=1, hi=3) -> list[str]:
    out: list[str] = []
    while len(out) < rng.randint(lo, hi):
        it = info_item(rng)
        if it not in out:
            out.append(it)
    return out


def roman(m: int) -> str:
    return ROMAN[m - 1]


def reg_number(rng: random.Random, before: date) -> tuple[str, date]:
    d = before - timedelta(days=rng.randint(14, 60))
    return f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{roman(d.month)}/{d.year}", d


def ki_register(rng: random.Random, d: date) -> str:
    return f"{rng.randint(1, 60):03d}/REG-PSI/{roman(d.month)}/{d.year}"


def e164_land(area: str, num: str) -> str:
    return "+62" + area[1:] + num


def lc1(s: str) -> str:
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def F(**kw) -> dict:
    f = dict.fromkeys(FIELDS)
    for k, v in kw.items():
        assert k in f, k
        f[k] = v
    return f


@dataclass
class Letter:
    cls: str
    layout: str
    pages: list
    fields: dict
    handwritten: bool = False


class Ctx:
    def __init__(self, rng: random.Random, digital: bool, hand: bool):
        self.rng = rng
        self.digital = digital
        self.hand = hand
        fam = rng.choice(
            ("times", "times", "helv", "dejavu", "serif", "cond")
            if not digital
            else ("times", "times", "helv", "dejavu", "serif")
        )
        self.r, self.b, self.i = FAMILIES[fam]
        self.size = rng.choice((10.0, 10.5, 11.0, 11.0, 11.5, 12.0))
        self.ink = rng.choice((BLUE, BLUE, (20, 20, 40), (45, 45, 120)))
        self.date = rand_date(rng)

    def sig(self, pg: Page, x: float, y: float, w=95.0, color=None):
        pg.img(
            x,
            y,
            w,
            w * 150 / 360,
            signature_img(self.rng, color or self.rng.choice((BLUE, (25, 25, 30)))),
        )

    def stamp(self, pg: Page, x: float, y: float, ring: str, center: str, size=78.0):
        if self.rng.random() < 0.85:
            pg.img(
                x,
                y,
                size,
                size,
                circle_stamp_img(
                    self.rng,
                    ring,
                    center,
                    self.rng.choice(((70, 60, 170), (40, 90, 170), (150, 40, 90))),
                ),
            )


def kop(
    d: Doc,
    lines: list[tuple[str, str, float]],
    sub: list[str],
    logo_kind: str | None = "garuda",
    rule=2,
    y=38.0,
) -> float:
    """Letterhead: centred name lines (text, font, size), sub lines small, logo at left, rule."""
    pg = d.pg
    cx = (d.L + d.R) / 2 + (22 if logo_kind else 0)
    yy = y + 14
    if logo_kind:
        logo(pg, d.L, y, 58, logo_kind)
    for s, f, sz in lines:
        pg.t(cx, yy, s, f, sz, align="c")
        yy += sz * 1.22
    for s in sub:
        pg.t(cx, yy, s, d.ctx.r, 8.5, align="c")
        yy += 10.5
    yy = max(yy, y + 62)
    pg.line(d.L, yy, d.R, yy, 1.8 if rule == 2 else 0.8)
    if rule == 2:
        pg.line(d.L, yy + 2.6, d.R, yy + 2.6, 0.5)
    d.y = yy + 24
    return d.y


def yth_block(d: Doc, lines: list[str]) -> None:
    for s in lines:
        d.line_text(s)


def ppid_yth(rng: random.Random, atasan=False) -> list[str]:
    who = (
        "Atasan PPID"
        if atasan
        else rng.choice(
            (
                "PPID",
                "Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
                "Ketua KPU Provinsi Sumatera Selatan c.q. PPID",
            )
        )
    )
    return [
        "Kepada Yth.",
        who,
        "KPU Provinsi Sumatera Selatan",
        rng.choice(("Jl. Kapten A. Rivai No. 95", "di -")),
        rng.choice(("Palembang", "Tempat")),
    ]


def obtain_deliver(rng: random.Random, p_ob=0.8, p_dl=0.7):
    ob = rng.choice(tuple(OBTAIN)) if rng.random() < p_ob else None
    dl = rng.choice(tuple(DELIVER)) if rng.random() < p_dl else None
    if ob == "melihat" and dl not in (None, "mengambil_langsung"):
        dl = rng.choice((None, "mengambil_langsung"))
    return ob, dl


def obtain_sentence(rng: random.Random, ob, dl) -> str:
    parts = []
    if ob:
        parts.append(f"Informasi tersebut ingin saya peroleh dengan cara {OBTAIN[ob][0]}")
    if dl:
        parts.append(("dan " if ob else "Informasi tersebut mohon ") + DELIVER[dl][0])
    return (" ".join(parts) + ".") if parts else ""


# ---------------------------------------------------------------------------------------------
# shared pieces
# ---------------------------------------------------------------------------------------------
def sign_block(
    d: Doc,
    role_lines: list[str],
    name: str,
    x: float | None = None,
    sub: str | None = None,
    stamp: tuple[str, str] | None = None,
    meterai=False,
    place_date: str | None = None,
    font=None,
    underline=True,
) -> None:
    c = d.ctx
    font = font or c.r
    if x is None:
        widest = max([tw(s, font, c.size) for s in [*role_lines, name, place_date or ""]] + [150])
        x = min(d.R - 175, d.R - widest - 4)
    d.need(110)
    pg = d.pg
    y = d.y
    if place_date:
        pg.t(x, y, place_date, font, c.size)
        y += c.size * 1.45
    for s in role_lines:
        pg.t(x, y, s, font, c.size)
        y += c.size * 1.4
    if meterai:
        pg.img(x - 10, y - 2, 52, 34, meterai_img(c.rng))
    c.sig(pg, x + (30 if meterai else 0) + c.rng.uniform(-8, 8), y - 4, 92)
    if stamp:
        c.stamp(pg, x - 40, y - 18, stamp[0], stamp[1])
    y += 48
    nf = c.b if font != "hand" else "hand"
    pg.t(x, y, name, nf, c.size)
    if underline and font != "hand":
        pg.line(x, y + 2, x + tw(name, nf, c.size), y + 2, 0.6)
    y += c.size * 1.4
    if sub:
        pg.t(x, y, sub, font, c.size - 0.5)
        y += c.size * 1.4
    d.y = y + 6


def nomor_block(d: Doc, rows: list[tuple[str, str]], right: str | None = None, lw=58.0) -> None:
    c = d.ctx
    y0 = d.y
    for lab, val in rows:
        d.kv(lab, val, lw)
    if right:
        d.pg.t(d.R, y0, right, c.r, c.size, align="r")
    d.gap(6)


def place_date(rng: random.Random, city: str, dt: date, style=None) -> str:
    return f"{city}, {fmt_date(dt, style) if style else any_date(rng, dt)}"


def org_num(rng: random.Random, dt: date, code: str) -> str:
    return f"{rng.randint(5, 480):03d}/{code}/{roman(dt.month)}/{dt.year}"


def kpu_num(rng: random.Random, dt: date, klas: str, jenis: str, satker: str) -> str:
    return f"{rng.randint(10, 1900)}/{klas}-{jenis}/{satker}/{dt.year}"


CLOSE = (
    "Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja samanya saya ucapkan terima kasih.",
    "Demikian surat ini saya buat, atas perhatian Bapak/Ibu diucapkan terima kasih.",
    "Atas perhatian dan bantuannya, saya ucapkan terima kasih.",
)
CLOSE_K = (
    "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
    "Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.",
)


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
DESA = [
    ("Tanjung Baru", "Indralaya Utara", "OGAN ILIR"),
    ("Sungai Rengit", "Talang Kelapa", "BANYUASIN"),
    ("Pulau Negara", "Pemulutan", "OGAN ILIR"),
    ("Karang Agung", "Lalan", "MUSI BANYUASIN"),
    ("Muara Lakitan", "Muara Lakitan", "MUSI RAWAS"),
    ("Tanjung Sakti", "Tanjung Sakti Pumi", "LAHAT"),
    ("Sukamerindu", "Lahat", "LAHAT"),
]


def p01_kades(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    desa, kec, kab = rng.choice(DESA)
    p = make_person(rng, male=rng.random() < 0.85, degree_p=0.3, job="Kepala Desa")
    org_line = rng.choice(
        (
            f"PEMERINTAH DESA {desa.upper()}",
            f"KANTOR KEPALA DESA {desa.upper()}",
            f"DESA {desa.upper()}",
        )
    )
    kop(
        d,
        [
            (f"PEMERINTAH KABUPATEN {kab}", ctx.b, 13),
            (f"KECAMATAN {kec.upper()}", ctx.b, 13),
            (org_line, ctx.b, 15),
        ],
        [
            f"Alamat: Jl. Poros Desa {desa} No. {rng.randint(1, 30)} Kode Pos 30{rng.randint(600, 899)}"
        ],
        "shield",
    )
    num = f"{rng.choice(('140', '470', '045', '005'))}/{rng.randint(10, 199)}/{''.join(w[0] for w in desa.split()).upper()}/{ctx.date.year}"
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Data Pemilih dan TPS", "Permohonan Data")
    )
    nomor_block(
        d, [("Nomor", num), ("Lampiran", "-"), ("Perihal", subj)], place_date(rng, desa, ctx.date)
    )
    yth_block(d, ppid_yth(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    show_nik = rng.random() < 0.6
    addr = (
        f"Kantor Kepala Desa {desa}, Kecamatan {kec}" if rng.random() < 0.4 else fmt_address(p, rng)
    )
    d.kv("Nama", p["name"], 80, x=d.L + 20)
    if show_nik:
        d.kv("NIK", p["nik"], 80, x=d.L + 20)
    d.kv("Jabatan", f"Kepala Desa {desa}", 80, x=d.L + 20)
    d.kv("Alamat", addr, 80, x=d.L + 20)
    show_ph = rng.random() < 0.7
    if show_ph:
        d.kv("No. HP", p["phone"], 80, x=d.L + 20)
    item = f"Data jumlah pemilih dan lokasi TPS per dusun di Desa {desa} pada Pemilu Tahun 2024"
    purpose = rng.choice(
        (
            "Perencanaan program pendidikan pemilih di desa kami",
            "Penyusunan profil desa dan RPJM Desa",
            "Bahan musyawarah desa tentang sarana TPS",
        )
    )
    d.gap(4)
    d.para(
        f"dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa {lc1(item)}, dengan rincian sebagai berikut:"
    )
    dus = [f"Dusun {r}" for r in ROMAN[: rng.randint(3, 5)]]
    d.table(
        [30, 150, 110, 110],
        [[str(i), nm, "", ""] for i, nm in enumerate(dus, 1)],
        header=["No", "Dusun", "Jumlah Pemilih", "Lokasi TPS"],
        x=d.L + 10,
    )
    ob, dl = obtain_deliver(rng, 0.6, 0.6)
    d.para(f"Data tersebut akan kami gunakan untuk {lc1(purpose)}. " + obtain_sentence(rng, ob, dl))
    d.para(rng.choice(CLOSE_K))
    d.gap(6)
    sign_block(
        d, [f"Kepala Desa {desa},"], p["name"], stamp=(f"PEMERINTAH DESA {desa.upper()}", "KADES")
    )
    if rng.random() < 0.5:
        d.line_text("Tembusan:", size=ctx.size - 1)
        d.line_text(f"1. Camat {kec}", size=ctx.size - 1)
        d.line_text("2. Arsip", size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"] if show_ph else None,
        information_requested=item,
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org_line,
    )
    return Letter("permohonan_informasi", "P01_kades_tps_table", d.pages, fields)


LAW = ("HUKUM", "Keadilan", "Lembaga")


def p02_advokat(ctx: Ctx) -> Letter:
    rng = ctx.rng
    advs = [
        make_person(rng, degree_p=0, prefix_p=0)["core"] + ", S.H." + rng.choice(("", ", M.H."))
        for _ in range(rng.randint(3, 5))
    ]
    firm_nm = advs[0].split(",")[0].split()[-1].upper() + " & REKAN"
    d = Doc(ctx, left=170)
    pg = d.pg
    pg.t(PW / 2, 50, "KANTOR ADVOKAT & KONSULTAN HUKUM", ctx.b, 14, align="c")
    pg.t(PW / 2, 70, firm_nm, ctx.b, 18, align="c")
    area = "0711"
    num_office = f"{rng.randint(310, 380)}{rng.randint(100, 999)}"
    pg.t(
        PW / 2,
        86,
        f"Jl. Kapten Rivai No. {rng.randint(100, 300)} Palembang  Telp. ({area}) {num_office}  Email: {firm_nm.split()[0].lower()}.law@gmail.com",
        ctx.r,
        8.5,
        align="c",
    )
    pg.line(40, 94, PW - 40, 94, 1.5)
    yy = 130
    pg.t(45, yy, "ADVOKAT :", ctx.b, 8.5)
    for a in advs:
        yy += 14
        for ln in wrap(a, ctx.r, 8, 110):
            pg.t(45, yy, ln, ctx.r, 8)
            yy += 10
    pg.line(158, 110, 158, 780, 0.5, GREY)
    d.y = 130
    subj = "Permohonan Informasi Publik"
    num = org_num(rng, ctx.date, f"ADV-{firm_nm[:2]}")
    nomor_block(d, [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Perihal", subj)], None)
    d.line_text(place_date(rng, "Palembang", ctx.date, "long"))
    yth_block(d, ppid_yth(rng))
    d.gap(6)
    client = make_person(rng, degree_p=0.25)
    caddr = fmt_address(client, rng)
    skk = ctx.date - timedelta(days=rng.randint(2, 12))
    d.para(
        f"Kami yang bertanda tangan di bawah ini, {advs[0]} dan {advs[1]}, Advokat pada Kantor Advokat & Konsultan Hukum {firm_nm.title().replace('&', '&')}, berdasarkan Surat Kuasa Khusus tanggal {fmt_date(skk, 'long')}, bertindak untuk dan atas nama klien kami:"
    )
    d.gap(2)
    d.kv("Nama", client["name"], 70, x=d.L + 15)
    has_nik = rng.random() < 0.7
    if has_nik:
        d.kv("NIK", client["nik"], 70, x=d.L + 15)
    d.kv("Pekerjaan", client["job"], 70, x=d.L + 15)
    d.kv("Alamat", caddr, 70, x=d.L + 15)
    d.gap(2)
    items = info_items(rng, 1, 3)
    d.para(
        "Selaku kuasa hukum dari klien kami, dengan ini kami mengajukan permohonan informasi publik berupa:"
    )
    d.numbered(items, "{}.", x=d.L + 5)
    purpose = rng.choice(
        (
            "Kelengkapan bahan advokasi hukum",
            "Bahan pembuktian dalam perkara yang sedang ditangani",
            "Bahan kajian hukum bagi klien kami",
        )
    )
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    d.para(
        f"Informasi tersebut diperlukan sebagai {lc1(purpose)}. "
        + obtain_sentence(rng, ob, dl).replace("saya", "kami")
    )
    d.para(rng.choice(CLOSE_K))
    d.gap(4)
    d.line_text("Hormat kami,", x=d.L)
    d.line_text("Kuasa Hukum,", x=d.L)
    pg = d.pg
    ctx.sig(pg, d.L, d.y - 4)
    ctx.sig(pg, d.L + 170, d.y - 4)
    d.y += 46
    pg.t(d.L, d.y, advs[0], ctx.b, ctx.size - 1)
    pg.t(d.L + 170, d.y, advs[1], ctx.b, ctx.size - 1)
    fields = F(
        applicant_name=client["name"],
        nik=client["nik"] if has_nik else None,
        address=caddr,
        occupation=client["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"KANTOR ADVOKAT & KONSULTAN HUKUM {firm_nm}",
    )
    return Letter("permohonan_informasi", "P02_advokat_partner_column", d.pages, fields)


NGOS = [
    ("PERKUMPULAN PEMANTAU PEMILU SRIWIJAYA", "P3S"),
    ("LEMBAGA KAJIAN DEMOKRASI DAN ANGGARAN", "LKDA"),
    ("YAYASAN SUMSEL BERSIH", "YSB"),
    ("FORUM INDONESIA UNTUK TRANSPARANSI ANGGARAN SUMSEL", "FITRA-SS"),
    ("PERKUMPULAN INISIATIF WARGA MUSI", "PIWM"),
    ("JARINGAN PEMILIH MUDA PALEMBANG", "JPMP"),
]


def p03_ngo(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    org, ab = rng.choice(NGOS)
    kop(
        d,
        [(org, ctx.b, 14)],
        [
            f"Badan Hukum: SK Menkumham No. AHU-00{rng.randint(10000, 99999)}.AH.01.07.Tahun {rng.randint(2012, 2022)}",
            f"Sekretariat: Jl. Sersan Sani No. {rng.randint(2, 90)} Palembang  |  sekretariat@{ab.lower().replace('-', '')}.or.id",
        ],
        "scale",
    )
    num = org_num(rng, ctx.date, ab)
    subj = rng.choice(("Permohonan Informasi Publik", "Permintaan Data dan Informasi Publik"))
    nomor_block(
        d, [("Nomor", num), ("Lamp.", "-"), ("Hal", subj)], place_date(rng, "Palembang", ctx.date)
    )
    yth_block(d, ppid_yth(rng))
    d.gap(6)
    p = make_person(rng, degree_p=0.5)
    addr = (
        f"Jl. Sersan Sani No. {rng.randint(2, 90)}, Kel. {p['kel']}, Kec. {p['kec']}, Palembang"
        if rng.random() < 0.4
        else fmt_address(p, rng)
    )
    d.line_text("Yang bertanda tangan di bawah ini:")
    d.kv("Nama", p["name"], 95, x=d.L + 15)
    d.kv(
        "Jabatan",
        rng.choice(("Direktur Eksekutif", "Koordinator", "Ketua Badan Pengurus")),
        95,
        x=d.L + 15,
    )
    d.kv("Alamat", addr, 95, x=d.L + 15)
    d.kv("Telepon", p["phone"], 95, x=d.L + 15)
    show_mail = rng.random() < 0.6
    if show_mail:
        d.kv("Surat Elektronik", p["email_printed"], 95, x=d.L + 15)
    d.gap(2)
    d.para(
        f"dalam hal ini bertindak untuk dan atas nama {org.title()}, dengan ini mengajukan permohonan informasi publik sebagai berikut:"
    )
    items = info_items(rng, 2, 4)
    d.numbered(items, "{}.", x=d.L + 10)
    years = rng.sample(["2019", "2020", "2022", "2024", "2025"], 3)
    years.sort()
    d.para("Rentang tahun data yang kami perlukan untuk setiap butir di atas adalah:")
    rows = [
        [f"Butir {i}"] + [rng.choice(("Ya", "Ya", "-")) for _ in years]
        for i in range(1, len(items) + 1)
    ]
    d.table(
        [90] + [70] * len(years), rows, header=["Butir"] + [f"Tahun {y}" for y in years], x=d.L + 10
    )
    purpose = rng.choice(PURPOSES[3:9])
    ob, dl = obtain_deliver(rng)
    d.para(
        f"Tujuan penggunaan informasi: {purpose}. "
        + obtain_sentence(rng, ob, dl).replace("saya", "kami")
    )
    d.para(rng.choice(CLOSE_K))
    sign_block(
        d,
        [rng.choice(("Hormat kami,", "Salam,")), org.title() + ","]
        if len(org) < 40
        else ["Hormat kami,"],
        p["name"],
        stamp=(org[:30], ab),
    )
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P03_ngo_year_matrix", d.pages, fields)


CAMPUS = [
    (
        "UNIVERSITAS SRIWIJAYA",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
        "Ilmu Politik",
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        "FAKULTAS SYARIAH DAN HUKUM",
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "Hukum Tata Negara",
    ),
    ("UNIVERSITAS MUHAMMADIYAH PALEMBANG", "FAKULTAS HUKUM", None, "Ilmu Hukum"),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        "FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN",
        None,
        "Pendidikan Pancasila dan Kewarganegaraan",
    ),
    ("UNIVERSITAS TRIDINANTI", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", None, "Ilmu Pemerintahan"),
]


def p04_student(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    uni, fak, umb, prodi = rng.choice(CAMPUS)
    lines = ([(umb, ctx.r, 10)] if umb else []) + [(uni, ctx.b, 14), (fak, ctx.b, 12)]
    kop(
        d,
        lines,
        [
            "Jl. Palembang-Prabumulih Km. 32 Indralaya / Jl. Srijaya Negara Bukit Besar Palembang",
            "Laman: www.kampus.ac.id",
        ],
        "garuda",
    )
    st = make_person(rng, degree_p=0, prefix_p=0.05, job="Mahasiswa")
    has_num = rng.random() < 0.5
    num = (
        f"{rng.randint(100, 2400)}/{uni.split()[-1][:3].upper()}.{rng.randint(1, 9)}/TU/{ctx.date.year}"
        if has_num
        else None
    )
    subj = rng.choice(
        ("Permohonan Data untuk Penyusunan Skripsi", "Permohonan Informasi Publik untuk Penelitian")
    )
    rows = ([("Nomor", num)] if has_num else []) + [("Lampiran", "1 (satu) lembar"), ("Hal", subj)]
    nomor_block(d, rows, place_date(rng, "Palembang", ctx.date))
    yth_block(d, ppid_yth(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(st, rng)
    judul = rng.choice(
        (
            "Transparansi Pengelolaan Dana Hibah Pemilihan Kepala Daerah di Sumatera Selatan",
            "Partisipasi Pemilih Pemula pada Pemilihan Gubernur Sumatera Selatan Tahun 2024",
            "Implementasi Keterbukaan Informasi Publik di KPU Provinsi Sumatera Selatan",
        )
    )
    nim = f"{rng.choice(('0701', '1921', '2021', '0702'))}{rng.randint(1800000, 2299999)}"
    box_top = d.y - 12
    show_job = rng.random() < 0.5
    rowsb = [
        ("Nama", st["name"]),
        ("NIM", nim),
        ("Program Studi", prodi),
        ("Semester", str(rng.choice((7, 8, 9)))),
    ]
    if show_job:
        rowsb.append(("Pekerjaan", "Mahasiswa"))
    rowsb += [("Alamat", addr), ("No. HP", st["phone"]), ("Judul Skripsi", judul)]
    for k, v in rowsb:
        d.kv(k, v, 85, x=d.L + 10)
    d.pg.rect(d.L, box_top, d.W, d.y - box_top - 6, 0.8)
    d.gap(6)
    items = info_items(rng, 1, 2)
    d.para("mengajukan permohonan informasi publik berupa:")
    for it in items:
        d.need(14)
        d.pg.t(d.L + 8, d.y, "-", ctx.r, ctx.size)
        d.para(it, x=d.L + 20)
    purpose = rng.choice(
        (
            "Bahan penyusunan skripsi pada Program Studi " + prodi,
            "Data pendukung penelitian skripsi dengan judul tersebut di atas",
        )
    )
    ob, dl = obtain_deliver(rng, 0.6, 0.6)
    d.para(
        f"Adapun tujuan penggunaan informasi ini adalah {lc1(purpose)}. "
        + obtain_sentence(rng, ob, dl)
    )
    d.para(rng.choice(CLOSE))
    d.gap(4)
    y0 = d.y
    kap = make_person(rng, degree_p=1.0)
    sign_block(
        d,
        ["Mengetahui,", "Ketua Program Studi,"],
        kap["name"],
        x=d.L,
        sub=f"NIP {rng.randint(196001011985031001, 199012312019032099)}",
    )
    d.y = y0
    sign_block(d, ["", "Hormat saya,"], st["name"], sub=f"NIM {nim}")
    fields = F(
        applicant_name=st["name"],
        address=addr,
        phone=st["e164"],
        occupation="Mahasiswa" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"{uni} {fak}",
    )
    return Letter("permohonan_informasi", "P04_campus_student_box", d.pages, fields)


def p05_ybt(ctx: Ctx) -> Letter:
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        ctx.r = ctx.b = "hand"
        ctx.size = 13
        d = Doc(ctx, top=95 - 4 + 19, left=72, paper="folio")
        lead = 19
    else:
        d = Doc(ctx, top=70)
        lead = None
    p = make_person(rng)
    dstr = place_date(rng, p["city"], ctx.date)
    d.line_text(dstr, align="r", lead=lead)
    subj = rng.choice(
        ("Permohonan Informasi", "Permohonan Informasi Publik", "Permintaan Salinan Data")
    )
    with_ktp = rng.random() < 0.4
    d.kv("Perihal", subj, 55, lead=lead)
    if with_ktp:
        d.kv("Lampiran", "Fotokopi KTP", 55, lead=lead)
    d.gap(4)
    for s in ppid_yth(rng):
        d.line_text(s, lead=lead)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.4
    rows = [
        ("Nama Lengkap", p["name"]),
        ("No. KTP", p["nik"]),
        ("Tempat/Tgl. Lahir", f"{p['birthplace']}, {p['birth'].strftime('%d-%m-%Y')}"),
        ("Pekerjaan/Jabatan", p["job"]),
        ("Alamat Rumah", addr),
        ("No. HP/WA", p["phone"]),
    ]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    for k, v in rows:
        d.kv(k, v, 128 if hand else 100, x=d.L + 10, lead=lead)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    ob, dl = obtain_deliver(rng)
    if len(items) == 1:
        d.para(
            f"Dengan ini mengajukan permohonan informasi publik berupa {lc1(items[0])}.", lead=lead
        )
    else:
        d.para("Dengan ini mengajukan permohonan informasi publik berupa:", lead=lead)
        d.numbered(items, "{}.", x=d.L + 5, lead=lead)
    d.para(
        f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}. "
        + obtain_sentence(rng, ob, dl),
        lead=lead,
    )
    d.para(rng.choice(CLOSE), lead=lead)
    sign_block(d, ["Hormat saya,"], p["name"], font="hand" if hand else None)
    if with_ktp:
        d.pages.append(ktp_page(ctx, p)[0])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi", "P05_ybt_unusual_labels", d.pages, fields, handwritten=hand
    )


EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MON = (
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
)


def p06_outlook(ctx: Ctx) -> Letter:
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    ctx.size = 10.5
    d = Doc(ctx, top=60, left=55, right=PW - 55)
    p = make_person(rng)
    pg = d.pg
    pg.t(d.L, d.y, p["core"], ctx.b, 15)
    d.y += 8
    pg.line(d.L, d.y, d.R, d.y, 2.2)
    d.y += 20
    hh, mm = rng.randint(7, 21), rng.randint(0, 59)
    dt = ctx.date
    if rng.random() < 0.4:
        sent = f"{EN_DAYS[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    else:
        sent = (
            f"{HARI[dt.weekday()]}, {dt.day:02d} {BULAN[dt.month - 1]} {dt.year} {hh:02d}.{mm:02d}"
        )
    to = rng.choice(
        (
            "PPID KPU Provinsi Sumatera Selatan <ppid@sumsel.kpu.go.id>",
            "ppid.sumsel@kpu.go.id",
            "PPID KPU SUMSEL <ppidkpusumsel@gmail.com>",
        )
    )
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan data hasil Pemilu",
            "Permintaan Informasi - " + p["core"],
            "Mohon informasi dan data",
        )
    )
    with_ktp = rng.random() < 0.4
    rows = [("From:", f"{p['core']} <{p['email_printed']}>"), ("Sent:", sent), ("To:", to)]
    if rng.random() < 0.3:
        rows.append(("Cc:", make_person(rng)["email"]))
    rows.append(("Subject:", subj))
    if with_ktp:
        rows.append(
            ("Attachments:", f"KTP_{p['core'].split()[0]}.jpg ({rng.randint(120, 900)} KB)")
        )
    for k, v in rows:
        d.kv(k, v, 75, font=ctx.b, vfont=ctx.r, colon="")
    d.gap(14)
    d.line_text("Yth. Admin PPID KPU Provinsi Sumatera Selatan,")
    d.gap(4)
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.6
    intro = f"Perkenalkan, saya {p['name']}, NIK {p['nik']}, beralamat di {addr}."
    if show_job:
        intro += f" Pekerjaan saya {p['job'].lower()}."
    d.para(intro)
    d.gap(4)
    items = info_items(rng, 1, 3)
    d.para("Melalui surel ini saya ingin mengajukan permohonan informasi publik sebagai berikut:")
    d.numbered(items, "{})", x=d.L + 6)
    purpose = rng.choice(PURPOSES)
    ob = rng.choice(("salinan_softcopy", "salinan", None))
    dl = rng.choice(("email", "email", None))
    extra = ""
    if ob == "salinan_softcopy":
        extra = "Mohon informasi diberikan dalam bentuk softcopy"
    elif ob == "salinan":
        extra = "Mohon saya diberikan salinannya"
    if dl:
        extra = (
            (extra + " dan dikirim melalui e-mail ke alamat ini")
            if extra
            else "Jawaban mohon dikirim melalui e-mail ke alamat ini"
        )
    d.para(
        f"Informasi tersebut saya perlukan untuk {lc1(purpose)}. " + (extra + "." if extra else "")
    )
    d.para("Terima kasih atas bantuannya.")
    d.gap(6)
    d.line_text("Salam,")
    d.line_text(p["name"])
    d.line_text(f"HP/WA: {p['phone']}")
    pg = d.pg
    pg.t(d.L, PH - 30, "1", ctx.r, 8)
    if with_ktp:
        d.pages.append(ktp_page(ctx, p)[0])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=p["job"].lower() if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=dt.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P06_outlook_print", d.pages, fields)


def p07_wa(ctx: Ctx) -> Letter:
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    ctx.size = 10
    d = Doc(ctx, top=55, left=50, right=PW - 50)
    p = make_person(rng)
    d.line_text("TRANSKRIP LAYANAN INFORMASI MELALUI WHATSAPP", ctx.b, 12.5, align="c")
    d.line_text("PPID KPU Provinsi Sumatera Selatan", ctx.r, 10, align="c")
    d.gap(6)
    dt = ctx.date
    for k, v in (
        ("Nomor Layanan", "0811-7100-" + str(rng.randint(1000, 9999))),
        ("Nomor Pengirim", p["phone"]),
        ("Nama Kontak", p["core"] if rng.random() < 0.5 else "~" + p["core"].split()[0]),
        ("Tanggal", fmt_date(dt, rng.choice(("long", "day", "dash")))),
        ("ID Sesi", f"WA-{dt.strftime('%Y%m%d')}-{rng.randint(100, 999)}"),
    ):
        d.kv(k, v, 90)
    d.gap(4)
    addr = fmt_address(p, rng)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    h, m = rng.randint(8, 14), rng.randint(0, 20)

    def tm():
        nonlocal m, h
        m += rng.randint(1, 4)
        if m >= 60:
            h, m = h + 1, m - 60
        return f"{h:02d}.{m:02d}"

    msgs = [
        ("Pemohon", "Selamat pagi min, saya mau minta data ke PPID KPU Sumsel"),
        (
            "Petugas",
            "Selamat pagi. Silakan sampaikan nama lengkap, NIK, alamat, informasi yang dibutuhkan dan tujuan penggunaannya.",
        ),
    ]
    msgs.append(("Pemohon", f"Nama saya {p['name']}, NIK {p['nik']}"))
    msgs.append(("Pemohon", f"Alamat {addr}"))
    show_job = rng.random() < 0.5
    if show_job:
        msgs.append(("Pemohon", f"Pekerjaan {p['job'].lower()}"))
    if len(items) == 1:
        msgs.append(("Pemohon", f"Saya minta {lc1(items[0])}"))
    else:
        msgs.append(("Pemohon", "Saya minta:"))
        for i, it in enumerate(items, 1):
            msgs.append(("Pemohon", f"{i}. {it}"))
    msgs.append(("Pemohon", f"Tujuannya untuk {lc1(purpose)}"))
    ob = dl = None
    show_mail = False
    r = rng.random()
    if r < 0.4:
        ob, dl, show_mail = "salinan_softcopy", "email", True
        msgs.append(("Pemohon", f"Kalau bisa softcopy dikirim ke email {p['email_printed']}"))
    elif r < 0.7:
        dl = "mengambil_langsung"
        msgs.append(("Pemohon", "Nanti saya ambil langsung ke kantor KPU"))
    msgs.append(
        (
            "Petugas",
            "Baik, permohonan Bapak/Ibu sudah kami catat dan akan diteruskan ke PPID. Terima kasih.",
        )
    )
    d.table(
        [52, 62, d.W - 114], [[tm(), a, b] for a, b in msgs], header=["Waktu", "Pengirim", "Pesan"]
    )
    petugas = make_person(rng, degree_p=0.3)
    d.para(f"Dicetak oleh petugas layanan: {petugas['name']}", size=8.5)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"].lower() if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=dt.isoformat(),
    )
    return Letter("permohonan_informasi", "P07_wa_desk_transcript", d.pages, fields)


def p08_after_sign(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx, top=72)
    p = make_person(rng)
    d.line_text(
        place_date(rng, p["city"], ctx.date, rng.choice(("slash", "dash", "short"))), align="r"
    )
    subj = rng.choice(
        (
            "Permohonan Salinan Dokumen Hasil Pemilu",
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilu 2024",
        )
    )
    d.kv("Hal", subj, 40)
    d.gap(6)
    yth_block(d, ppid_yth(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    caleg = rng.random() < 0.5
    if caleg:
        d.para(
            f"Saya adalah calon anggota DPRD Provinsi Sumatera Selatan pada Pemilu 2024 dari Daerah Pemilihan Sumatera Selatan {rng.randint(1, 8)}. Melalui surat ini saya mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan, yaitu:"
        )
    else:
        d.para(
            "Melalui surat ini saya mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan, yaitu:"
        )
    items = info_items(rng, 1, 3)
    for it in items:
        d.need(14)
        d.pg.t(d.L + 10, d.y, "-", ctx.r, ctx.size)
        d.para(it, x=d.L + 22)
    purpose = rng.choice(PURPOSES)
    ob, dl = obtain_deliver(rng)
    d.para(
        f"Informasi tersebut saya perlukan untuk {lc1(purpose)}. " + obtain_sentence(rng, ob, dl)
    )
    d.para("Data diri saya sebagaimana tercantum di bawah surat ini. " + rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"])
    d.need(120)
    d.pg.line(d.L, d.y, d.R, d.y, 0.5, dash=(3, 2))
    d.gap(16)
    d.line_text("DATA PEMOHON", ctx.b)
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.5
    rows = [
        ("Nama", p["name"]),
        (
            "NIK",
            " ".join(p["nik"][i : i + 4] for i in range(0, 16, 4))
            if rng.random() < 0.3
            else p["nik"],
        ),
        ("Alamat", addr),
        ("Telp.", p["phone"]),
    ]
    if show_mail:
        rows.append(("Email", p["email_printed"]))
    rows.append(("Pekerjaan", p["job"]))
    for k, v in rows:
        d.kv(k, v, 62, size=ctx.size - 0.5)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P08_identity_after_sign", d.pages, fields)


def checkbox(pg: Page, x, y, size, ticked, ink, hand):
    pg.rect(x, y - size + 1, size, size, 0.7)
    if ticked:
        if hand:
            pg.line(x + 1.5, y - size / 2, x + size / 2, y + 1, 1.4, ink)
            pg.line(x + size / 2, y + 1, x + size + 3, y - size - 2, 1.4, ink)
        else:
            pg.line(x + 2, y - 2, x + size - 2, y - size + 3, 1.1)
            pg.line(x + 2, y - size + 3, x + size - 2, y - 2, 1.1)


def p09_grid_form(ctx: Ctx) -> Letter:
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=50, left=55, right=PW - 50)
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "times", "dejavu"))]
    ctx.size = 10
    d.line_text("KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", ctx.b, 11, align="c")
    d.line_text("FORMULIR PERMINTAAN INFORMASI PUBLIK", ctx.b, 13, align="c")
    d.gap(4)
    has_reg = rng.random() < 0.55
    reg = None
    if has_reg:
        reg = f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    y0 = d.y
    d.pg.t(d.L, y0, "Nomor Pendaftaran (diisi petugas):", ctx.r, 9.5)
    if has_reg:
        d.pg.t(
            d.L + 170,
            y0,
            reg,
            "hand" if hand else ctx.r,
            11 if hand else 10,
            ctx.ink if hand else INK,
        )
    else:
        d.pg.line(d.L + 170, y0 + 2, d.L + 330, y0 + 2, 0.5, dash=(1, 2))
    d.gap(18)
    p = make_person(rng)
    addr = fmt_address(p, rng)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    show_mail = rng.random() < 0.6
    rows = [
        ["1", "Nama Pemohon", p["name"]],
        ["2", "NIK", p["nik"]],
        ["3", "Alamat", addr],
        ["4", "Pekerjaan", p["job"]],
        ["5", "Nomor Telepon/HP", p["phone"]],
        ["6", "Alamat E-mail", p["email_printed"] if show_mail else ""],
        ["7", "Informasi yang Dibutuhkan", "; ".join(items)],
        ["8", "Tujuan Penggunaan", purpose],
    ]
    d.table(
        [26, 150, d.W - 176],
        rows,
        header=["No", "Uraian", "Isian"],
        size=9.5,
        hand_cols=(2,) if hand else (),
    )
    ob, dl = obtain_deliver(rng, 0.9, 0.85)
    for no, lab, opts, sel in (
        (
            "9",
            "Cara Memperoleh Informasi",
            [
                ("melihat", "Melihat/membaca/mendengarkan/mencatat"),
                ("salinan", "Mendapatkan salinan"),
                ("salinan_hardcopy", "Salinan hardcopy"),
                ("salinan_softcopy", "Salinan softcopy"),
            ],
            ob,
        ),
        (
            "10",
            "Cara Mendapatkan Salinan Informasi",
            [
                ("mengambil_langsung", "Mengambil langsung"),
                ("kurir", "Kurir"),
                ("pos", "Pos"),
                ("faksimili", "Faksimili"),
                ("email", "E-mail"),
            ],
            dl,
        ),
    ):
        h = 14 * len(opts) + 8
        d.need(h)
        top = d.y - 6
        for xx, w in ((d.L, 26), (d.L + 26, 150), (d.L + 176, d.W - 176)):
            d.pg.rect(xx, top, w, h, 0.6)
        d.pg.t(d.L + 4, top + 13, no, ctx.r, 9.5)
        d.pg.t(d.L + 30, top + 13, lab, ctx.r, 9.5)
        yy = top + 14
        for code, txt in opts:
            checkbox(d.pg, d.L + 182, yy, 8, code == sel, ctx.ink, hand)
            d.pg.t(d.L + 196, yy, txt, ctx.r, 9.5)
            yy += 14
        d.y = top + h + 6
    d.gap(14)
    if hand:
        d.pg.t(d.R - 170, d.y, "Palembang,", ctx.r, 10)
        d.pg.t(
            d.R - 115,
            d.y,
            fmt_date(ctx.date, rng.choice(("dash", "slash", "long"))),
            "hand",
            12,
            ctx.ink,
        )
        d.gap(16)
    else:
        d.line_text(place_date(rng, "Palembang", ctx.date, rng.choice(("long", "dash"))), align="r")
    y0 = d.y
    d.pg.t(d.L, y0, "Petugas Pelayanan Informasi", ctx.r, 10)
    d.pg.t(d.R - 150, y0, "Pemohon Informasi", ctx.r, 10)
    ctx.sig(d.pg, d.R - 150, y0 + 4)
    d.pg.t(d.L, y0 + 60, "(" + "." * 40 + ")", ctx.r, 10)
    d.pg.t(
        d.R - 150,
        y0 + 60,
        p["name"],
        "hand" if hand else ctx.r,
        11 if hand else 10,
        ctx.ink if hand else INK,
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=reg,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi", "P09_numbered_grid_form", d.pages, fields, handwritten=hand
    )


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
def k01_meterai(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx, top=70)
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("aacdefg")
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = f"Keberatan atas Permohonan Informasi Nomor Pendaftaran {ref}"
    d.kv("Perihal", subj, 58)
    d.kv("Lampiran", "1 (satu) berkas", 58)
    d.gap(6)
    yth_block(d, ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di", "Palembang"])
    d.gap(6)
    d.line_text("Dengan hormat,")
    addr = fmt_address(p, rng)
    d.para(
        f"Saya yang bertanda tangan di bawah ini, {p['name']}, NIK {p['nik']}, pekerjaan {p['job']}, bertempat tinggal di {addr}, nomor telepon {p['phone']}, dengan ini mengajukan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap permohonan informasi saya.",
        indent=28,
    )
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    d.para(
        f"Pada tanggal {fmt_date(refd, 'long')} saya telah mengajukan permohonan informasi berupa {lc1(item)} untuk {lc1(purpose)}, yang tercatat dengan Nomor Pendaftaran {ref}.",
        indent=28,
    )
    cite = rng.choice(
        (
            f"Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            f"Pasal 35 ayat (1) huruf {code} UU KIP",
        )
    )
    d.para(
        f"Keberatan ini saya ajukan berdasarkan {cite}, yaitu {lc1(REASONS[code][0])}.", indent=28
    )
    d.para(
        "Oleh karena itu, saya memohon kepada Atasan PPID untuk memeriksa keberatan ini dan memerintahkan PPID memberikan informasi yang saya minta.",
        indent=28,
    )
    d.para("Demikian surat keberatan ini saya buat dengan sebenar-benarnya.", indent=28)
    sign_block(d, ["Hormat saya,", "Pengaju Keberatan,"], p["name"], meterai=True)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        occupation=p["job"],
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_meterai_prose_pasal", d.pages, fields)


def k02_kronologi(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx, top=65)
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("acdfg")
    d.line_text("SURAT KEBERATAN", ctx.b, ctx.size + 3, align="c")
    d.line_text("ATAS PELAYANAN PERMOHONAN INFORMASI PUBLIK", ctx.b, ctx.size + 1, align="c")
    d.gap(8)
    yth_block(
        d,
        [
            "Kepada",
            "Yth. Atasan Pejabat Pengelola Informasi dan Dokumentasi",
            "KPU Provinsi Sumatera Selatan",
        ],
    )
    d.gap(6)
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.5
    for k, v in [("Nama", p["name"]), ("Alamat", addr), ("No. Telepon", p["phone"])] + (
        [("E-mail", p["email_printed"])] if show_mail else []
    ):
        d.kv(k, v, 75, x=d.L + 12)
    d.gap(4)
    d.line_text("KRONOLOGI", ctx.b)
    item = info_item(rng)
    evs = [
        (
            refd,
            f"saya mengajukan permohonan informasi berupa {lc1(item)} dan memperoleh Nomor Pendaftaran {ref}.",
        )
    ]
    d2 = refd + timedelta(days=rng.randint(14, 20))
    if code == "c":
        evs.append(
            (
                d2,
                "batas waktu sepuluh hari kerja telah lewat, namun saya belum menerima pemberitahuan tertulis apa pun.",
            )
        )
    elif code == "d":
        evs.append(
            (
                d2,
                "saya menerima jawaban PPID, tetapi dokumen yang dilampirkan berbeda dengan yang saya minta.",
            )
        )
    elif code == "f":
        evs.append(
            (
                d2,
                "petugas menyampaikan bahwa salinan dapat diberikan setelah saya membayar biaya penggandaan.",
            )
        )
    elif code == "g":
        evs.append(
            (
                d2 + timedelta(days=20),
                "informasi baru saya terima, jauh setelah batas waktu pemberitahuan.",
            )
        )
    else:
        evs.append(
            (
                d2,
                "saya menerima surat PPID yang menyatakan informasi tersebut tidak dapat diberikan.",
            )
        )
    for dt, s in evs:
        d.need(14)
        d.pg.t(d.L + 8, d.y, "-", ctx.r, ctx.size)
        d.para(f"{fmt_date(dt, rng.choice(('long', 'long0')))}: {s}", x=d.L + 20)
    d.gap(4)
    d.line_text("ALASAN KEBERATAN", ctx.b)
    d.para(f"Saya keberatan karena {REASONS[code][1]}.")
    purpose = rng.choice(PURPOSES) if rng.random() < 0.7 else None
    if purpose:
        d.para(f"Informasi tersebut sangat saya perlukan untuk {lc1(purpose)}.")
    d.para(
        "Demikian keberatan ini saya sampaikan untuk dapat ditindaklanjuti sebagaimana mestinya."
    )
    sign_block(d, ["Hormat saya,"], p["name"], place_date=place_date(rng, p["city"], ctx.date))
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_kronologi_bullets", d.pages, fields)


def k03_checkbox_form(ctx: Ctx) -> Letter:
    rng = ctx.rng
    hand = ctx.hand
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "times"))]
    ctx.size = 10
    d = Doc(ctx, top=52, left=55, right=PW - 50)
    d.line_text("FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK", ctx.b, 12.5, align="c")
    d.line_text("PPID KPU PROVINSI SUMATERA SELATAN", ctx.b, 10.5, align="c")
    d.gap(4)
    has_no = rng.random() < 0.5
    kno = (
        f"{rng.randint(1, 40):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
        if has_no
        else None
    )
    d.pg.rect(d.R - 230, d.y - 12, 230, 30, 0.7)
    d.pg.t(d.R - 225, d.y, "Nomor Registrasi Keberatan:", ctx.r, 9)
    if has_no:
        d.pg.t(
            d.R - 225,
            d.y + 13,
            kno,
            "hand" if hand else ctx.r,
            10.5 if hand else 9.5,
            ctx.ink if hand else INK,
        )
    d.gap(34)
    vf = "hand" if hand else None
    p = make_person(rng)
    ref, _refd = reg_number(rng, ctx.date)
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    addr = fmt_address(p, rng)
    d.line_text("A. DATA PERMOHONAN", ctx.b)
    for k, v in (
        ("Nomor Pendaftaran Permohonan", ref),
        ("Informasi yang Diminta", item),
        ("Tujuan Penggunaan Informasi", purpose),
    ):
        d.kv(k, v, 150, vfont=vf)
    d.gap(4)
    d.line_text("B. IDENTITAS PENGAJU KEBERATAN", ctx.b)
    show_mail = rng.random() < 0.4
    for k, v in [
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Alamat", addr),
        ("Pekerjaan", p["job"]),
        ("Telepon/HP", p["phone"]),
    ] + ([("E-mail", p["email_printed"])] if show_mail else []):
        d.kv(k, v, 150, vfont=vf)
    d.gap(4)
    d.line_text("C. ALASAN KEBERATAN (beri tanda pada kotak)", ctx.b)
    code = rng.choice("abcdefg")
    colw = (d.W - 10) / 2
    ys = d.y
    ymax = ys
    for col, letters in enumerate(("abcd", "efg")):
        yy = ys
        for L in letters:
            x = d.L + col * (colw + 10)
            checkbox(d.pg, x, yy, 8, code == L, ctx.ink, hand)
            lines = wrap(f"{L}. {REASONS[L][0]}", ctx.r, 9, colw - 16)
            for ln in lines:
                d.pg.t(x + 13, yy, ln, ctx.r, 9)
                yy += 11.5
            yy += 4
        ymax = max(ymax, yy)
    d.y = ymax + 6
    d.line_text("D. URAIAN SINGKAT", ctx.b)
    d.para(
        f"Saya keberatan karena {REASONS[code][1]}."
        if rng.random() < 0.6
        else "Sebagaimana alasan yang ditandai di atas.",
        font=vf,
    )
    d.gap(10)
    y0 = d.y
    d.pg.t(d.R - 170, y0, "Palembang, ", ctx.r, 10)
    d.pg.t(
        d.R - 115,
        y0,
        fmt_date(ctx.date, rng.choice(("dash", "long", "slash"))),
        "hand" if hand else ctx.r,
        11 if hand else 10,
        ctx.ink if hand else INK,
    )
    y0 += 16
    d.pg.t(d.L, y0, "Petugas Penerima,", ctx.r, 10)
    d.pg.t(d.R - 170, y0, "Pengaju Keberatan,", ctx.r, 10)
    ctx.sig(d.pg, d.R - 170, y0 + 4)
    d.pg.t(d.L, y0 + 60, "(" + "." * 40 + ")", ctx.r, 10)
    d.pg.t(
        d.R - 170,
        y0 + 60,
        p["name"],
        "hand" if hand else ctx.r,
        11 if hand else 10,
        ctx.ink if hand else INK,
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested=item,
        purpose=purpose,
        letter_number=kno,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_twocol_checkbox_form", d.pages, fields, handwritten=hand)


def k04_ngo_table(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    org, ab = rng.choice(NGOS)
    kop(
        d,
        [(org, ctx.b, 14)],
        [
            f"Sekretariat: Jl. Merdeka No. {rng.randint(2, 90)} Palembang  Telp. (0711) {rng.randint(310000, 379999)}"
        ],
        "scale",
        rule=1,
    )
    num = org_num(rng, ctx.date, ab + "/KEB")
    subj = rng.choice(("Keberatan atas Tanggapan PPID", "Pengajuan Keberatan Informasi Publik"))
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "2 (dua) lembar"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Atasan PPID", "KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    p = make_person(rng, degree_p=0.5)
    addr = fmt_address(p, rng)
    ref, refd = reg_number(rng, ctx.date)
    item = info_item(rng)
    code = rng.choice("acdef")
    d.para(
        f"Kami, {org.title()}, dalam hal ini diwakili oleh {p['name']} selaku Koordinator, beralamat di {addr}, telepon {p['phone']}, menunjuk permohonan informasi kami Nomor Pendaftaran {ref} tanggal {fmt_date(refd, 'long')} mengenai {lc1(item)}."
    )
    purpose = rng.choice(PURPOSES[3:9])
    d.para(
        f"Informasi tersebut kami butuhkan untuk {lc1(purpose)}. Atas tanggapan PPID, kami menyampaikan keberatan dengan pokok-pokok sebagai berikut:"
    )
    tangg = {
        "a": "Permohonan ditolak; informasi dinyatakan dikecualikan",
        "c": "Tidak ada tanggapan sampai batas waktu",
        "d": "Diberikan dokumen lain, bukan yang diminta",
        "e": "Permohonan tidak dipenuhi",
        "f": "Salinan diberikan dengan biaya Rp5.000 per lembar",
    }[code]
    d.table(
        [30, 170, d.W - 200],
        [["1", tangg, REASONS[code][1][0].upper() + REASONS[code][1][1:]]],
        header=["No", "Tanggapan PPID", "Keberatan Kami"],
    )
    d.para(rng.choice(CLOSE_K))
    sign_block(d, ["Hormat kami,", "Koordinator,"], p["name"], stamp=(org[:30], ab))
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        information_requested=item,
        purpose=purpose,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_ngo_pokok_table", d.pages, fields)


def k05_hand_folio(ctx: Ctx) -> Letter:
    rng = ctx.rng
    ctx.hand = True
    ctx.r = ctx.b = "hand"
    ctx.size = 13
    d = Doc(ctx, top=95 - 4 + 19, left=72, paper="folio")
    lead = 19
    p = make_person(rng, degree_p=0.15)
    ref, _refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    subj = "Keberatan"
    d.kv("Hal", subj, 35, lead=lead)
    for s in ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumsel", "di Palembang"]:
        d.line_text(s, lead=lead)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    for k, v in (("Nama", p["name"]), ("Alamat", addr), ("No. HP", p["phone"])):
        d.kv(k, v, 60, x=d.L + 10, lead=lead)
    item = info_item(rng)
    cite = f" (Pasal 35 ayat (1) huruf {code} UU 14/2008)" if rng.random() < 0.5 else ""
    d.para(
        f"mengajukan keberatan atas permohonan informasi saya nomor {ref} tentang {lc1(item)}, karena {REASONS[code][1]}{cite}.",
        lead=lead,
    )
    d.para("Mohon keberatan saya ini dapat diproses. Terima kasih.", lead=lead)
    sign_block(d, ["Hormat saya,"], p["name"], font="hand")
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        information_requested=item,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_hand_folio", d.pages, fields, handwritten=True)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
KI = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def kop_ki(d: Doc) -> None:
    kop(
        d,
        [("KOMISI INFORMASI", d.ctx.b, 15), ("PROVINSI SUMATERA SELATAN", d.ctx.b, 13)],
        [
            "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 312 608",
            "Surel: kip@sumselprov.go.id  Laman: komisiinformasi.sumselprov.go.id",
        ],
        "garuda",
    )


def ki_signer(rng):
    return make_person(rng, degree_p=1.0)["name"]


def s01_panggilan(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    kop_ki(d)
    p = make_person(rng)
    addr = fmt_address(p, rng)
    reg = ki_register(rng, ctx.date - timedelta(days=rng.randint(5, 30)))
    ref, _ = reg_number(rng, ctx.date - timedelta(days=40))
    num = f"{rng.randint(10, 400):03d}/KI-SS/PS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        ("Panggilan Sidang Ajudikasi Non-Litigasi", "Panggilan Sidang Pemeriksaan Awal")
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Penting"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date, "long"),
    )
    yth_block(
        d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "selaku Termohon", "di -", "Palembang"]
    )
    d.gap(6)
    d.line_text("Dasar:")
    item = info_item(rng)
    d.numbered(
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik;",
            f"Permohonan Penyelesaian Sengketa Informasi Publik yang diajukan oleh {p['name']}, beralamat di {addr}, terdaftar dengan Nomor Register {reg}.",
        ],
        "{}.",
        x=d.L + 6,
    )
    d.para(
        f"Pokok sengketa adalah permohonan informasi Nomor Pendaftaran {ref} mengenai {lc1(item)}. Bersama ini Majelis Komisioner memanggil Saudara untuk hadir pada sidang:"
    )
    sd = ctx.date + timedelta(days=rng.randint(5, 14))
    while sd.weekday() > 4:
        sd += timedelta(days=1)
    for k, v in (
        ("Hari/Tanggal", fmt_date(sd, "day")),
        ("Pukul", f"{rng.choice(('09.00', '10.00', '13.30'))} WIB s.d. selesai"),
        ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"),
        (
            "Agenda",
            rng.choice(
                (
                    "Pemeriksaan awal (legal standing dan kewenangan)",
                    "Pembuktian dan pemeriksaan saksi",
                )
            ),
        ),
    ):
        d.kv(k, v, 80, x=d.L + 20)
    d.para(
        "Termohon diminta membawa surat kuasa (apabila diwakili) dan dokumen pendukung yang berkaitan dengan pokok sengketa."
    )
    sign_block(d, ["Panitera Pengganti,"], ki_signer(rng))
    d.need(80)
    d.pg.line(d.L - 20, d.y, d.R + 20, d.y, 0.6, dash=(4, 3))
    d.pg.t(d.L - 20, d.y - 3, "potong di sini", ctx.i, 7, GREY, rec=False)
    d.gap(18)
    d.line_text("TANDA TERIMA RELAAS PANGGILAN", ctx.b, ctx.size - 0.5)
    d.kv("Nomor Register", reg, 95, size=ctx.size - 1)
    d.kv("Diterima oleh", "." * 45, 95, size=ctx.size - 1)
    d.kv("Tanggal", "." * 30, 95, size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=KI,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_panggilan_tanda_terima", d.pages, fields)


def s02_mediasi(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    kop_ki(d)
    p = make_person(rng)
    reg = ki_register(rng, ctx.date - timedelta(days=rng.randint(5, 30)))
    ref, _ = reg_number(rng, ctx.date - timedelta(days=40))
    num = f"{rng.randint(10, 400):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(("Undangan Mediasi", "Undangan Sidang Mediasi Sengketa Informasi"))
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "-"), ("Perihal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "PPID KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(8)
    d.line_text(f"Register Nomor: {reg}", ctx.b, align="c")
    d.line_text("ANTARA", ctx.r, align="c")
    d.line_text(p["name"], ctx.b, align="c")
    show_addr = rng.random() < 0.5
    addr = fmt_address(p, rng) if show_addr else None
    if show_addr:
        d.para(addr, size=ctx.size - 1, x=d.L + 60, w=d.W - 120, align="c")
    d.line_text("sebagai PEMOHON", ctx.r, align="c")
    d.line_text("MELAWAN", ctx.b, align="c")
    d.line_text("PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", ctx.b, align="c")
    d.line_text("sebagai TERMOHON", ctx.r, align="c")
    d.gap(6)
    item = info_item(rng)
    d.para(
        f"Berkenaan dengan sengketa informasi tersebut di atas atas permintaan informasi berupa {lc1(item)} (Nomor Pendaftaran Permohonan {ref}), dan para pihak telah memilih penyelesaian melalui mediasi, dengan ini kami mengundang Saudara untuk hadir pada:"
    )
    sd = ctx.date + timedelta(days=rng.randint(5, 12))
    for k, v in (
        ("hari/tanggal", fmt_date(sd, rng.choice(("day", "long")))),
        ("waktu", "09.30 WIB"),
        ("tempat", "Ruang Mediasi Komisi Informasi Provinsi Sumatera Selatan"),
        ("mediator", ki_signer(rng)),
    ):
        d.kv(k, v, 80, x=d.L + 20)
    d.para(
        "Para pihak diharapkan hadir sendiri atau diwakili oleh kuasa yang memiliki kewenangan mengambil keputusan."
    )
    sign_block(d, ["a.n. Ketua,", "Kepala Sekretariat,"], ki_signer(rng))
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=KI,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_mediasi_caption", d.pages, fields)


def s03_with_form(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    kop_ki(d)
    p = make_person(rng)
    rdate = ctx.date - timedelta(days=rng.randint(1, 6))
    reg = ki_register(rng, rdate)
    ref, _refd = reg_number(rng, ctx.date - timedelta(days=40))
    num = f"{rng.randint(10, 400):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = "Pemberitahuan Registrasi Permohonan Penyelesaian Sengketa Informasi"
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "selaku Atasan PPID", "di Palembang"])
    d.gap(6)
    d.para(
        f"Bersama ini kami beritahukan bahwa permohonan penyelesaian sengketa informasi publik yang diajukan oleh {p['name']} terhadap PPID KPU Provinsi Sumatera Selatan telah diregistrasi pada tanggal {fmt_date(rdate, 'long')} dengan Nomor Register {reg}. Salinan formulir permohonan terlampir."
    )
    d.para(
        "Saudara diminta menyampaikan tanggapan tertulis beserta dokumen pendukung paling lambat 7 (tujuh) hari kerja setelah surat ini diterima."
    )
    sign_block(d, ["Ketua,"], ki_signer(rng))
    d.line_text("Tembusan: Pemohon", size=ctx.size - 1)
    # page 2: the applicant's form
    hand = ctx.hand
    d.newpage()
    d.line_text(f"Lampiran Surat Nomor {num}", ctx.r, 9, align="r")
    d.gap(6)
    d.line_text(
        "FORMULIR PERMOHONAN PENYELESAIAN SENGKETA INFORMASI PUBLIK", ctx.b, 11.5, align="c"
    )
    d.gap(8)
    addr = fmt_address(p, rng)
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    vf = "hand" if hand else None
    d.kv("Nomor Register", reg, 150)
    for k, v in (
        ("Nama Pemohon", p["name"]),
        ("Alamat", addr),
        ("Nomor Telepon", p["phone"]),
        ("Pekerjaan", p["job"]),
        ("Badan Publik (Termohon)", "PPID KPU Provinsi Sumatera Selatan"),
        ("Nomor Pendaftaran Permohonan", ref),
        ("Informasi yang Diminta", item),
        ("Tujuan Penggunaan", purpose),
        (
            "Alasan Permohonan",
            "Keberatan saya tidak ditanggapi oleh Atasan PPID dalam jangka waktu 30 hari kerja",
        ),
    ):
        d.kv(k, v, 150, vfont=vf)
    d.gap(10)
    sign_block(
        d,
        ["Pemohon,"],
        p["name"],
        font="hand" if hand else None,
        place_date=place_date(rng, "Palembang", rdate - timedelta(days=1)),
    )
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=KI,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_notice_with_form_copy", d.pages, fields, handwritten=hand)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def yth_kpu(rng) -> list[str]:
    return [
        "Yth. "
        + rng.choice(
            ("Ketua KPU Provinsi Sumatera Selatan", "Sekretaris KPU Provinsi Sumatera Selatan")
        ),
        "di -",
        "Palembang",
    ]


def m01_edaran(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    kop(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 15), ("REPUBLIK INDONESIA", ctx.b, 13)],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310  Telp. (021) 3193 7223  Laman: www.kpu.go.id"],
        "garuda",
    )
    num = kpu_num(rng, ctx.date, rng.choice(("HM.02", "PP.01", "PL.01.1", "OT.01")), "SE", "06")
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", rng.choice(("Penting", "Segera"))), ("Lampiran", "-")],
        place_date(rng, "Jakarta", ctx.date, "long"),
    )
    d.line_text("Yth.")
    d.line_text("1. Ketua KPU Provinsi; dan", x=d.L + 8)
    d.line_text("2. Ketua KPU Kabupaten/Kota", x=d.L + 8)
    d.line_text("di seluruh Indonesia")
    d.gap(8)
    title = rng.choice(
        (
            "PENGELOLAAN DAN PELAYANAN INFORMASI PUBLIK DI LINGKUNGAN KPU",
            "PELINDUNGAN DATA PRIBADI DALAM PENGUMUMAN DAFTAR PEMILIH",
            "PENYUSUNAN LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2025",
            "PEMUTAKHIRAN DAFTAR INFORMASI PUBLIK",
        )
    )
    d.line_text(f"SURAT EDARAN NOMOR {rng.randint(3, 40)} TAHUN {ctx.date.year}", ctx.b, align="c")
    d.line_text("TENTANG", ctx.b, align="c")
    d.para(title, ctx.b, x=d.L + 40, w=d.W - 80, align="c")
    d.gap(4)
    pts = [
        "Latar Belakang: dalam rangka meningkatkan kualitas layanan informasi publik, perlu disampaikan pedoman pelaksanaan bagi satuan kerja di daerah.",
        "Maksud dan Tujuan: Surat Edaran ini dimaksudkan sebagai acuan bagi PPID KPU Provinsi dan KPU Kabupaten/Kota.",
        "Isi Edaran: PPID agar memutakhirkan Daftar Informasi Publik, mengumumkan informasi berkala, serta melaporkan pelaksanaan layanan paling lambat akhir bulan berikutnya.",
        "Penutup: Surat Edaran ini berlaku sejak tanggal ditetapkan.",
    ]
    for i, s in enumerate(pts):
        d.need(14)
        d.pg.t(d.L, d.y, "abcd"[i] + ".", ctx.r, ctx.size)
        d.para(s, x=d.L + 16)
    d.para("Demikian Surat Edaran ini disampaikan untuk dilaksanakan.")
    sign_block(d, ["KETUA,"], make_person(rng, degree_p=0.9)["name"], place_date=None)
    d.need(60)
    y = d.bottom - 20
    d.pg.rect(d.L, y - 40, 40, 40, 1.0)
    for i in range(7):
        for j in range(7):
            if (i * 7 + j * 3 + rng.randint(0, 2)) % 3 == 0:
                d.pg.rect(d.L + 3 + i * 5, y - 37 + j * 5, 4.5, 4.5, 0, None, INK)
    d.pg.t(
        d.L + 48,
        y - 24,
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik",
        ctx.i,
        7.5,
    )
    d.pg.t(
        d.L + 48,
        y - 14,
        "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN.",
        ctx.i,
        7.5,
    )
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=title,
        sender_org="KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
    )
    return Letter("surat_masuk", "M01_kpuri_edaran_tte", d.pages, fields)


def m02_bawaslu(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    prov = rng.random() < 0.6
    kabn = rng.choice(
        ("KOTA PALEMBANG", "KABUPATEN OGAN ILIR", "KABUPATEN LAHAT", "KABUPATEN BANYUASIN")
    )
    name2 = "PROVINSI SUMATERA SELATAN" if prov else kabn
    kop(
        d,
        [("BADAN PENGAWAS PEMILIHAN UMUM", ctx.b, 14), (name2, ctx.b, 13)],
        [
            "Jl. Kapten A. Rivai No. 55 Palembang  Telp. (0711) 356 421  Surel: set.sumsel@bawaslu.go.id"
        ],
        "garuda",
    )
    num = f"{rng.randint(10, 900)}/PM.00.02/K.SS-{rng.randint(1, 20):02d}/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Data dan Dokumen",
            "Permintaan Data Pemutakhiran Daftar Pemilih Berkelanjutan",
            "Permintaan Salinan Dokumen untuk Pengawasan",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Segera"), ("Lampiran", "-"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, yth_kpu(rng))
    d.gap(6)
    d.para(
        "Dalam rangka pelaksanaan fungsi pengawasan sebagaimana diatur dalam Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum, bersama ini kami meminta data dan informasi sebagai berikut:",
        indent=28,
    )
    rows = [
        [str(i), s, rng.choice(("Softcopy", "Hardcopy", "Softcopy dan hardcopy"))]
        for i, s in enumerate(
            rng.sample(
                [
                    "Rekapitulasi DPB per kabupaten/kota",
                    "Berita acara rapat pleno terbuka pemutakhiran data",
                    "Daftar pemilih TMS per kecamatan",
                    "Data pemilih baru dan pemilih pemula",
                    "Salinan SK penetapan badan ad hoc",
                ],
                3,
            ),
            1,
        )
    ]
    d.table([30, 280, d.W - 310], rows, header=["No", "Data yang Diminta", "Bentuk"])
    d.para(
        f"Data tersebut mohon disampaikan paling lambat {fmt_date(ctx.date + timedelta(days=7), 'long')} melalui surel resmi kami. Permintaan ini bukan merupakan permohonan informasi publik, melainkan bagian dari tugas pengawasan.",
        indent=28,
    )
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", indent=28
    )
    sign_block(d, ["Ketua,"], make_person(rng, degree_p=0.8)["name"])
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="BADAN PENGAWAS PEMILIHAN UMUM " + name2,
    )
    return Letter("surat_masuk", "M02_bawaslu_permintaan_data", d.pages, fields)


def m03_pengadilan(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    court = rng.choice(
        ("PENGADILAN NEGERI PALEMBANG", "PENGADILAN NEGERI KAYUAGUNG", "PENGADILAN NEGERI LAHAT")
    )
    kop(
        d,
        [
            ("MAHKAMAH AGUNG REPUBLIK INDONESIA", ctx.r, 10),
            ("DIREKTORAT JENDERAL BADAN PERADILAN UMUM", ctx.r, 10),
            (court, ctx.b, 14),
        ],
        ["Jl. Kapten A. Rivai No. 16 Palembang  Laman: pn-palembang.go.id"],
        "scale",
    )
    d.line_text("SURAT PANGGILAN SAKSI", ctx.b, ctx.size + 2, align="c")
    perk = f"{rng.randint(100, 999)}/Pid.Sus/{ctx.date.year}/PN {rng.choice(('Plg', 'Kag', 'Lht'))}"
    num = f"W6.U1/{rng.randint(100, 2999)}/HK.01/{ctx.date.month:02d}/{ctx.date.year}"
    d.line_text(f"Nomor: {num}", align="c")
    d.gap(6)
    d.para(
        f"Berdasarkan Penetapan Hakim Ketua Majelis dalam perkara pidana pemilu Nomor {perk}, Jaksa Penuntut Umum memanggil:"
    )
    s = make_person(rng, degree_p=0.7)
    for k, v in (
        ("Nama", s["name"]),
        (
            "Jabatan",
            rng.choice(
                (
                    "Kepala Bagian Teknis Penyelenggaraan Pemilu",
                    "Kepala Subbagian Hukum",
                    "Anggota KPU Provinsi Sumatera Selatan",
                )
            ),
        ),
        ("Alamat Kantor", "KPU Provinsi Sumatera Selatan, Jl. Kapten A. Rivai No. 95 Palembang"),
    ):
        d.kv(k, v, 90, x=d.L + 15)
    sd = ctx.date + timedelta(days=rng.randint(4, 10))
    d.para("untuk hadir sebagai saksi di persidangan pada:")
    for k, v in (
        ("Hari/Tanggal", fmt_date(sd, "day")),
        ("Jam", "09.00 WIB"),
        ("Tempat", f"Ruang Sidang {rng.choice(('Garuda', 'Kartika', 'Cakra'))} {court.title()}"),
    ):
        d.kv(k, v, 90, x=d.L + 15)
    d.para(
        "Saksi diminta membawa kartu identitas dan dokumen yang berkaitan dengan perkara tersebut."
    )
    sign_block(
        d,
        [place_date(rng, "Palembang", ctx.date), "Panitera,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), sender_org=court)
    return Letter("surat_masuk", "M03_pn_panggilan_saksi", d.pages, fields)


def terbilang(n: int) -> str:
    sat = (
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
    )
    if n < 12:
        return sat[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return terbilang(n // 10) + " puluh" + (" " + terbilang(n % 10) if n % 10 else "")
    if n < 200:
        return "seratus" + (" " + terbilang(n - 100) if n > 100 else "")
    if n < 1000:
        return terbilang(n // 100) + " ratus" + (" " + terbilang(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + terbilang(n - 1000) if n > 1000 else "")
    if n < 1000000:
        return terbilang(n // 1000) + " ribu" + (" " + terbilang(n % 1000) if n % 1000 else "")
    return terbilang(n // 1000000) + " juta" + (" " + terbilang(n % 1000000) if n % 1000000 else "")


def rp(n: int) -> str:
    return "Rp " + f"{n:,}".replace(",", ".")


def m04_invoice(ctx: Ctx) -> Letter:
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    d = Doc(ctx, top=55, left=55, right=PW - 55)
    hotel = rng.choice(
        (
            "HOTEL ARYADUTA PALEMBANG",
            "HOTEL SWARNADWIPA",
            "THE ZURI HOTEL PALEMBANG",
            "HOTEL BUMI SENTOSA",
        )
    )
    pg = d.pg
    pg.rect(d.L, 40, d.W, 46, 0, None, (40, 60, 90))
    pg.t(d.L + 12, 68, hotel, ctx.b, 16, (255, 255, 255))
    pg.t(d.R - 10, 68, "INVOICE", ctx.b, 18, (255, 255, 255), align="r")
    d.y = 104
    d.line_text(
        "Jl. POM IX Palembang 30137  Telp. (0711) 382 888  reservation@hotel.co.id", ctx.r, 8.5
    )
    d.gap(6)
    num = f"INV/{ctx.date.year}{ctx.date.month:02d}/{rng.randint(100, 999)}"
    y0 = d.y
    for k, v in (
        ("No. Invoice", num),
        ("Tanggal", fmt_date(ctx.date, rng.choice(("short", "dash", "long")))),
        ("Jatuh Tempo", fmt_date(ctx.date + timedelta(days=14), "short")),
    ):
        d.kv(k, v, 75)
    d.y = y0
    for s in (
        "Ditagihkan kepada:",
        "Sekretariat KPU Provinsi Sumatera Selatan",
        "Jl. Kapten A. Rivai No. 95 Palembang",
    ):
        d.pg.t(d.L + 280, d.y, s, ctx.r, ctx.size)
        d.y += ctx.size * 1.4
    d.gap(14)
    pax = rng.randint(30, 120)
    harga = rng.choice((185000, 225000, 275000, 350000))
    rows = [
        ["1", f"Paket Meeting Fullday ({pax} pax)", str(pax), rp(harga), rp(pax * harga)],
        ["2", "Sewa LCD dan sound system", "1", rp(1500000), rp(1500000)],
    ]
    sub = pax * harga + 1500000
    ppn = sub * 11 // 100
    rows += [
        ["", "Subtotal", "", "", rp(sub)],
        ["", "PPN 11%", "", "", rp(ppn)],
        ["", "TOTAL", "", "", rp(sub + ppn)],
    ]
    d.table([28, 210, 50, 90, d.W - 378], rows, header=["No", "Uraian", "Qty", "Harga", "Jumlah"])
    d.para(f"Terbilang: {terbilang(sub + ppn)} rupiah", ctx.i)
    d.gap(6)
    top = d.y - 10
    d.para(
        f"Pembayaran melalui transfer ke Bank Sumsel Babel a.n. PT {hotel.title()} No. Rek. 150.09.{rng.randint(10000, 99999)}",
        size=ctx.size - 1,
        x=d.L + 8,
        w=d.W - 16,
    )
    d.pg.rect(d.L, top, d.W, d.y - top, 0.6)
    d.gap(10)
    sign_block(d, ["Hormat kami,", "Finance Department"], make_person(rng)["core"])
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), sender_org=hotel)
    return Letter("surat_masuk", "M04_hotel_invoice", d.pages, fields)


PARTIES = (
    "PARTAI PERSATUAN RAKYAT SRIWIJAYA",
    "PARTAI GERAKAN NUSANTARA BARU",
    "PARTAI KEBANGKITAN DESA INDONESIA",
    "PARTAI AMANAT RAKYAT MERDEKA",
)


def m05_sipol(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    party = rng.choice(PARTIES)
    kop(
        d,
        [
            ("DEWAN PIMPINAN WILAYAH", ctx.b, 12),
            (party, ctx.b, 14),
            ("PROVINSI SUMATERA SELATAN", ctx.b, 12),
        ],
        [
            f"Sekretariat: Jl. Angkatan 45 No. {rng.randint(1, 99)} Palembang  Telp. 0711-{rng.randint(350000, 379999)}"
        ],
        "shield",
    )
    num = f"{rng.randint(10, 300):03d}/DPW-{''.join(w[0] for w in party.split()[1:])}/SS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(("Permohonan Akun SIPOL", "Permohonan Pembuatan Akun Operator SIPOL"))
    nomor_block(
        d,
        [("Nomor", num), ("Lamp.", "1 (satu) berkas"), ("Perihal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di", "Palembang"])
    d.gap(6)
    d.para(
        "Dalam rangka persiapan pendaftaran dan verifikasi partai politik, bersama ini kami mengajukan permohonan pembuatan akun Sistem Informasi Partai Politik (SIPOL) bagi operator DPW dengan data sebagai berikut:",
        indent=28,
    )
    rows = []
    for i in range(1, rng.randint(2, 4)):
        q = make_person(rng)
        rows.append([str(i), q["core"], rng.choice(("Admin", "Operator")), q["email"], q["phone"]])
    d.table([25, 130, 60, 150, d.W - 365], rows, header=["No", "Nama", "Peran", "Surel", "No. HP"])
    d.para(
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
        indent=28,
    )
    y0 = d.y
    sign_block(d, ["Ketua,"], make_person(rng, degree_p=0.5)["name"], x=d.L + 10)
    d.y = y0
    sign_block(
        d, ["Sekretaris,"], make_person(rng, degree_p=0.5)["name"], stamp=(party[:28], "DPW SUMSEL")
    )
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"DEWAN PIMPINAN WILAYAH {party} PROVINSI SUMATERA SELATAN",
    )
    return Letter("surat_masuk", "M05_sipol_akun_partai", d.pages, fields)


def m06_bimtek(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    org = rng.choice(("DINAS KOMUNIKASI DAN INFORMATIKA", "SEKRETARIAT DAERAH"))
    kop(
        d,
        [("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12), (org, ctx.b, 14)],
        ["Jl. Kapten A. Rivai No. 3 Palembang 30129  Laman: diskominfo.sumselprov.go.id"],
        "shield",
    )
    num = f"{rng.choice(('000.5', '400.14', '005'))}/{rng.randint(100, 2999)}/{'Kominfo' if 'KOMUNIKASI' in org else 'Setda'}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Undangan Bimbingan Teknis Pengelolaan Permohonan Informasi Publik",
            "Undangan Sosialisasi Tata Cara Permohonan Informasi Publik",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. PPID Pelaksana", "KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    sd = ctx.date + timedelta(days=rng.randint(6, 15))
    d.para(
        f"Dalam rangka meningkatkan kapasitas PPID dalam melayani permohonan informasi dan keberatan, PPID Utama Provinsi Sumatera Selatan akan menyelenggarakan kegiatan pada {fmt_date(sd, 'day')} bertempat di Auditorium Bina Praja. Kami mengundang Saudara mengutus 2 (dua) orang peserta dengan susunan acara sebagai berikut:",
        indent=28,
    )
    rows = [
        ["08.00 - 08.30", "Registrasi peserta", "Panitia"],
        ["08.30 - 09.00", "Pembukaan", "Kepala Dinas"],
        [
            "09.00 - 10.30",
            "Standar layanan permohonan informasi publik",
            "Komisi Informasi Provinsi",
        ],
        ["10.30 - 12.00", "Penanganan keberatan dan uji konsekuensi", "PPID Utama"],
        ["12.00 - 12.30", "Diskusi dan penutupan", "Moderator"],
    ]
    d.table([90, 230, d.W - 320], rows, header=["Waktu", "Acara", "Narasumber"])
    d.para(
        "Konfirmasi kehadiran dapat disampaikan kepada narahubung paling lambat dua hari sebelum kegiatan.",
        indent=28,
    )
    sign_block(
        d,
        ["Kepala Dinas,"]
        if "KOMUNIKASI" in org
        else ["a.n. Sekretaris Daerah,", "Asisten Administrasi Umum,"],
        make_person(rng, degree_p=0.9)["name"],
        sub="Pembina Utama Muda",
    )
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M06_bimtek_rundown", d.pages, fields)


def m07_polda(ctx: Ctx) -> Letter:
    rng = ctx.rng
    d = Doc(ctx)
    unit = rng.choice(("DAERAH SUMATERA SELATAN", "RESOR KOTA BESAR PALEMBANG"))
    kl = [
        ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", ctx.b, 11),
        (unit, ctx.b, 12),
        (
            "DIREKTORAT RESERSE KRIMINAL UMUM" if "DAERAH" in unit else "SATUAN RESERSE KRIMINAL",
            ctx.b,
            11,
        ),
    ]
    pg = d.pg
    yy = 48
    for s, f, sz in kl:
        pg.t(d.L, yy, s, f, sz)
        yy += sz * 1.3
    pg.line(d.L, yy - 6, d.L + 250, yy - 6, 0.8)
    d.y = yy + 16
    num = f"B/{rng.randint(100, 3000)}/{roman(ctx.date.month)}/RES.1.24/{ctx.date.year}/{'Ditreskrimum' if 'DAERAH' in unit else 'Satreskrim'}"
    subj = "Permintaan Dokumen"
    nomor_block(
        d,
        [("Nomor", num), ("Klasifikasi", "BIASA"), ("Lampiran", "-"), ("Perihal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada", "Yth. Ketua KPU Provinsi Sumatera Selatan", "di", "Palembang"])
    d.gap(6)
    lp = f"LP/B/{rng.randint(100, 999)}/{roman(ctx.date.month)}/{ctx.date.year}/SPKT/POLDA SUMSEL"
    d.numbered(
        [
            f"Rujukan: Laporan Polisi Nomor {lp} tentang dugaan tindak pidana pemalsuan dokumen.",
            "Sehubungan dengan rujukan tersebut, dalam rangka penyidikan, dimohon bantuan Saudara untuk memberikan salinan dokumen yang dilegalisir berupa berkas pendaftaran calon dan berita acara verifikasi yang berkaitan dengan perkara tersebut.",
            "Dokumen dimaksud dapat diserahkan kepada penyidik yang menangani perkara.",
        ],
        "{}.",
    )
    d.line_text("Demikian untuk menjadi maklum.")
    sign_block(
        d,
        [
            "a.n. " + ("DIREKTUR RESERSE KRIMINAL UMUM" if "DAERAH" in unit else "KASAT RESKRIM"),
            "WAKIL,",
        ],
        make_person(rng, degree_p=0.8)["name"],
        sub=f"AKBP NRP {rng.randint(70000000, 89999999)}",
    )
    org = " ".join(s for s, _, _ in kl[1:])
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M07_polda_permintaan_dok", d.pages, fields)


def m08_pln(ctx: Ctx) -> Letter:
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu"))]
    d = Doc(ctx)
    pg = d.pg
    pg.rect(d.L, 40, 46, 46, 0, None, (20, 140, 190))
    pg.t(d.L + 56, 56, "PT PLN (Persero)", ctx.b, 15)
    up = rng.choice(
        (
            "UNIT PELAKSANA PELAYANAN PELANGGAN PALEMBANG",
            "UNIT INDUK DISTRIBUSI SUMATERA SELATAN, JAMBI DAN BENGKULU",
        )
    )
    pg.t(d.L + 56, 72, up, ctx.b, 9.5)
    pg.t(d.L + 56, 84, "Jl. Kapten A. Rivai No. 37 Palembang  Call Center 123", ctx.r, 8)
    pg.line(d.L, 96, d.R, 96, 0.8)
    d.y = 122
    num = f"{rng.randint(100, 9999):04d}/PLG.{rng.randint(1, 9)}/UP3-PLG/{ctx.date.year}"
    subj = rng.choice(
        ("Pemberitahuan Pemeliharaan Jaringan", "Pemberitahuan Pemadaman Listrik Terencana")
    )
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "-"), ("Perihal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Pimpinan KPU Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95",
            "Palembang",
        ],
    )
    d.gap(6)
    d.para(
        "Dalam rangka meningkatkan keandalan pasokan listrik, PLN akan melaksanakan pemeliharaan jaringan distribusi sehingga diperlukan pemadaman sementara dengan jadwal sebagai berikut:"
    )
    sd = ctx.date + timedelta(days=rng.randint(3, 9))
    d.table(
        [110, 90, d.W - 200],
        [
            [
                fmt_date(sd, "day"),
                "08.00 - 14.00",
                "Jl. Kapten A. Rivai, Jl. Radial, Jl. Merdeka dan sekitarnya",
            ]
        ],
        header=["Hari/Tanggal", "Waktu", "Wilayah Padam"],
    )
    d.para(
        "Kami mohon maaf atas ketidaknyamanan yang ditimbulkan. Informasi lebih lanjut dapat menghubungi Call Center PLN 123."
    )
    sign_block(d, ["Manager,"], make_person(rng, degree_p=0.5)["name"])
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="PT PLN (Persero) " + up,
    )
    return Letter("surat_masuk", "M08_pln_pemeliharaan", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# plan, checks, build
# ---------------------------------------------------------------------------------------------
LAYOUTS = {
    "permohonan_informasi": [
        (p01_kades, 0.0),
        (p02_advokat, 0.0),
        (p03_ngo, 0.0),
        (p04_student, 0.0),
        (p05_ybt, 0.3),
        (p06_outlook, 0.0),
        (p07_wa, 0.0),
        (p08_after_sign, 0.0),
        (p09_grid_form, 0.55),
    ],
    "keberatan": [
        (k01_meterai, 0.0),
        (k02_kronologi, 0.0),
        (k03_checkbox_form, 0.5),
        (k04_ngo_table, 0.0),
        (k05_hand_folio, 1.0),
    ],
    "sengketa": [(s01_panggilan, 0.0), (s02_mediasi, 0.0), (s03_with_form, 0.25)],
    "surat_masuk": [
        (m01_edaran, 0.0),
        (m02_bawaslu, 0.0),
        (m03_pengadilan, 0.0),
        (m04_invoice, 0.0),
        (m05_sipol, 0.0),
        (m06_bimtek, 0.0),
        (m07_polda, 0.0),
        (m08_pln, 0.0),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 10)
    quotas = [(c, n * s / 100) for c, s in SHARES]
    counts = {c: int(q) for c, q in quotas}
    rest = n - sum(counts.values())
    for c, _q in sorted(quotas, key=lambda a: -(a[1] - int(a[1])))[:rest]:
        counts[c] += 1
    seq: list[tuple[str, int]] = []
    for c, k in counts.items():
        order = list(range(len(LAYOUTS[c])))
        rng.shuffle(order)
        seq += [(c, order[i % len(order)]) for i in range(k)]
    rng.shuffle(seq)
    return seq


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def check_truth(fields: dict, pages_text: list[str], lid: str) -> None:
    txt = norm(" ".join(pages_text))
    flat = re.sub(r"[\s.\-()/]", "", txt)
    for k, v in fields.items():
        if v is None or k in (
            "letter_date",
            "obtain_method",
            "delivery_method",
            "objection_reason_code",
        ):
            continue
        if k == "nik":
            assert v in flat, (lid, k, v)
        elif k == "phone":
            nat = v[3:]
            assert nat in flat, (lid, k, v)
        elif k == "information_requested":
            for part in v.split("; "):
                assert norm(part) in txt, (lid, k, part)
        else:
            assert norm(v) in txt, (lid, k, v)


def build(task) -> str:
    k, seed, out, cls, li = task
    register_fonts()
    rng = random.Random(f"tenth-{seed}-{k}")
    fn, hand_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < 0.42
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s10_{k:04d}"
    hand = letter.handwritten
    if hand:
        digital = False
    # a KTP copy now and then on applicant letters that have none yet
    pages = letter.pages
    texts = [pg.text_lines() for pg in pages]
    check_truth(letter.fields, texts, lid)
    rec = {
        "id": lid,
        "files": [],
        "class": letter.cls,
        "layout": letter.layout,
        "heldout": False,
        "handwritten": hand,
        "rendition": "digital" if digital else "scan",
        "pages": len(pages),
    }
    if digital:
        fname = lid + ".pdf"
        image_pages = render_pdf(pages, os.path.join(out, fname), letter.layout)
        rec.update(
            {
                "files": [fname],
                "dpi": None,
                "fields": letter.fields,
                "page_text": texts,
                "image_pages": image_pages,
            }
        )
    else:
        dpi = rng.choice((200, 200, 300))
        fmt = rng.choice(("png", "jpg", "jpg", "tif", "pdf", "pdf"))
        if fmt == "tif":
            mode = rng.choice(("1", "1", "L"))
        elif fmt == "png":
            mode = rng.choice(("L", "RGB"))
        else:
            mode = rng.choice(("L", "RGB", "RGB"))
        received = ctx.date + timedelta(days=rng.randint(1, 6)) if rng.random() < 0.6 else None
        ims, infos = [], []
        for i, pg in enumerate(pages):
            im, inf = degrade(pg, dpi, rng, received if i == 0 else None, mode, turn_ok=True)
            ims.append(im)
            infos.append(inf)
        files = save_scan(ims, infos, out, lid, fmt, dpi, rng)
        rec.update(
            {
                "files": files,
                "dpi": dpi,
                "fields": letter.fields,
                "page_text": texts,
                "scan": {"format": fmt, "mode": mode, "dpi": dpi, "pages": infos},
            }
        )
    return json.dumps(rec, ensure_ascii=False)


def main() -> None:
    if len(sys.argv) != 4:
        print("usage: make_tenth_corpus.py OUT_DIR N SEED")
        sys.exit(2)
    out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    tasks = [(k, seed, out, c, li) for k, (c, li) in enumerate(plan(n, seed), 1)]
    with Pool(min(2, os.cpu_count() or 1)) as pool:
        lines = pool.map(build, tasks, chunksize=1)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    print(f"{n} letters in {out} ({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()

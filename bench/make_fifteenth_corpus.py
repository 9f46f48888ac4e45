# ruff: noqa: E501
"""Fifteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_fifteenth_corpus.py OUT_DIR N SEED

writes N letters (s15_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s15_0001_p1.jpg, s15_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the fourteenth generator (and ../shared/sample/truth.jsonl): id, files,
class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields
(all 17 keys, null where the letter does not state them), page_text (the text printed on each
page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: the KTP photocopy)
and, for scans, scan (format, mode, dpi and per page skew_deg, blur_px, noise_sigma, faded,
rotation, jpeg_quality, stamps; a received stamp's box_px is in the page image before skew and
rotation).  The same SEED gives the same corpus, byte for byte; letters are built in a
multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
fourteenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces;
A5 pages in P04, a landscape page in P03 and M08); the rest are scans drawn with Pillow at 200 or
300 dpi (paper tint, uneven light, skew up to 2 degrees, blur, noise, faded toner, JPEG
artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees, a "DITERIMA" received
stamp, organisation stamps, signatures, meterai) saved as PNG, JPEG, multi-page TIFF or
image-only PDF; scans also use URW Bookman, Gothic, Palatino, Century and Narrow faces.  P05, P08,
M01 and M07 are always scans.  Hand-filled / hand-written letters (fifthhorseman dkg hand) are
always scans, about 10 % of all letters.  Some letters carry a KTP photocopy page (P04, P05, K03
often; P03, P06 sometimes; M03 always); P03, P05, K05, S03, M03 and M07 always run to 2-3
pages, P04 nearly always, P06, K03, S01, M04 and M06 often.

Layouts (code, class: one line each)
  P01_surel_utas_lengkapi      permohonan  webmail conversation print: the citizen's short request,
                                           the desk's reply asking for NIK, address, purpose and how
                                           to obtain, the citizen's answer as "Label : value" lines,
                                           quoted text hidden or shown with ">"; browser header/footer
  P02_sms_gateway_pagar        permohonan  SMS-gateway page "Detail Pesan Masuk": the request in the
                                           keyword format INFO#NAMA#NIK#ALAMAT#INFORMASI#TUJUAN#CARA
                                           (often capitals, items split by ";"), the parsed table, the
                                           automatic reply with the Nomor Pendaftaran sometimes
  P03_dip_stabilo              permohonan  short letter "yang saya tandai" + the office's Daftar Informasi
                                           Publik printed from the website (portrait or landscape) with
                                           the wanted rows highlighted in yellow, a pen tick sometimes
  P04_a5_sambungan             permohonan  request typed on A5 sheets, ".../2" at the foot and "- 2 -" at
                                           the head of the next sheet, birth place/date among the rows,
                                           table No | Jenis Informasi | Tahun | Format; A5 KTP copy often
  P05_resi_kurir_sampul        permohonan  a request from outside Palembang scanned with its courier
                                           consignment note (barcode, sender / addressee, service,
                                           weight, fee) as page 1; the letter on page 2; KTP sometimes
  P06_pesantren_salam_narasi   permohonan  pesantren letterhead under its yayasan line, Basmalah,
                                           Assalamu'alaikum, long narrative, the leader's identity in
                                           the prose, items "pertama, ...; kedua, ...", Hijri and
                                           Gregorian date, "Wallahul Muwaffiq ..." closing
  P07_formulir_instansi_lain_coret permohonan another body's request form (Diskominfo, Bawaslu, a city
                                           or regency PPID) used for the KPU: the other PPID in the
                                           addressee line struck through, "PPID KPU Provinsi Sumsel"
                                           written above; typed or hand-filled; clerk's number in red
  P08_hand_kertas_bekas_tembus permohonan  hand-written on the blank back of a used sheet whose print
                                           (notice, worksheet, price list, RT minutes) shows through
                                           mirrored; lines drifting a little; always a scan
  K01_ralat_semula_menjadi     keberatan   "Ralat / Perbaikan Surat Keberatan": table No | Bagian |
                                           Semula Tertulis | Seharusnya (request number, request date,
                                           phone, huruf of the ground), the objection restated
  K02_word_komentar_balon      keberatan   objection printed from a word processor with markup: grey
                                           pane at the right, comment balloons ("Dikomentari [AB1]:",
                                           "Dihapus:", "Diformat:") joined by dotted leaders
  K03_jbi_pendamping           keberatan   a Deaf applicant's objection (WhatsApp text-only contact,
                                           answer asked in writing or by video call) + the sign-language
                                           interpreter's statement with the interpreter's own contact
  K04_notifikasi_sistem_eppid  keberatan   the e-PPID application's automatic e-mail "[e-PPID KPU Sumsel]
                                           Pengajuan Keberatan Baru #KB-..." with a two-column data table
                                           (the ground as the option's text, no letter) and a button
  K05_surel_lampiran_viewer    keberatan   covering e-mail with attachment chips + the attached letter as
                                           the webmail preview shows it (dark toolbar, file name, page
                                           counter, zoom, the page shrunk on a grey backdrop)
  S01_ki_inkracht_pemberitahuan sengketa   KI notice that its decision became final (no PTUN objection):
                                           dates table (read, received by each party, last day), the
                                           amar quoted, duty to carry it out, Tembusan to the applicant
  S02_ki_tanda_terima_berkas   sengketa    KI registry's TANDA TERIMA for the respondent's documents:
                                           Nomor TT., register and parties in rows, document table,
                                           hour of receipt, "Yang Menyerahkan" / "Yang Menerima"
  S03_ki_ba_pemeriksaan_setempat sengketa  KI record of an on-site examination at the KPU office, the day
                                           in words with figures, findings table, three/four signatures;
                                           page 2 "LAMPIRAN DOKUMENTASI" with four captioned photos
  S04_kuasa_khusus_sengketa    sengketa    the applicant's SURAT KUASA KHUSUS to advocates / legal aid for
                                           the dispute (register number, request number sometimes, the
                                           information), "K H U S U S", meterai; no letterhead
  M01_pos_retur_kiriman        surat_masuk post office's return notice for a PPID letter to an applicant:
                                           its Nomor, item number, reason ticked, delivery attempts
                                           table, returns officer; typed or hand-filled; always a scan
  M02_bapenda_pajak_kendaraan  surat_masuk provincial revenue office: official vehicles' tax due, table
                                           of number plates, type, year, due date, amount; e-Samsat
  M03_pernyataan_bukan_anggota_parpol surat_masuk citizen's SURAT PERNYATAAN of not being a member of
                                           the party that listed his NIK in SIPOL, removal asked, meterai,
                                           KTP page, sometimes the printed online membership check
  M04_kesbangpol_banpol        surat_masuk Kesbangpol asks for each party's seats and valid votes for the
                                           parties' state aid: Dasar, party table with empty columns
  M05_skm_kuesioner            surat_masuk filled-in satisfaction survey (SKM) of the information desk:
                                           profile ticks, nine graded questions, suggestion; hand or typed
  M06_telaahan_staf            surat_masuk internal TELAAHAN STAF on the request backlog: Kepada / Dari /
                                           Nomor / Tanggal / Hal rows, sections A-F, monthly table
  M07_izin_sakit_pegawai       surat_masuk a staff member's sick-leave letter (typed or by hand) + the
                                           doctor's SURAT KETERANGAN SAKIT with its own number; a scan
  M08_piagam_penghargaan       surat_masuk the KI's award certificate on a landscape sheet with an
                                           ornamental border, its Nomor, "diberikan kepada" the KPU

Truth conventions (as the fourteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, ordinals
    ("pertama, ..."), "dan" or final punctuation.  phone E.164 (+62...; "(WA)" / "WA" dropped),
    email lower-case, letter_date ISO.  Names keep prefixes (KH., H., Hj., Dr., Kms.) and degrees,
    never Bapak/Ibu/Sdr./Saudara/i; capitals stay capitals (P02's SMS in capitals).  NIK: 16 digits
    (printed with spaces or dots sometimes, truth the digits), mostly a Sumsel kab/kota code, DDMMYY
    with day + 40 for women; a KTP copy supplies the NIK when the letter lacks it (never its
    address or occupation).
  * P01: the applicant's fields come from the citizen's two messages (the desk's reply supplies
    nothing: its phone (0711) 350 445 is not the applicant's); letter_date is the date of the first
    message (the request), subject the conversation's subject as printed.  P02: name, address,
    items, purpose as typed in the message; phone the sender number; letter_number the Nomor
    Pendaftaran of the automatic reply when shown (the ID Pesan is not one); CARA "SOFTCOPY VIA
    EMAIL x" -> salinan_softcopy + email, "AMBIL LANGSUNG" -> mengambil_langsung, "FOTOKOPI DIKIRIM
    POS" -> salinan_hardcopy + pos, "LIHAT LANGSUNG" -> melihat, "SALINAN DIAMBIL SENDIRI" ->
    salinan + mengambil_langsung, "KIRIM EMAIL x" -> email.  P03: items = the highlighted rows'
    "Ringkasan Isi Informasi" cells in row order (the DIP's own "Bentuk Informasi" column is not the
    applicant's choice).  P04: an item is the Jenis Informasi cell followed by its Tahun cell as they
    read across the row ("Jumlah TPS per desa/kelurahan di Kabupaten Lahat 2024", as the eighth
    generator's P06); obtain_method from the Format column, all rows alike ("Softcopy", "PDF",
    "Excel/PDF" -> salinan_softcopy, "Hardcopy", "Fotokopi", "Cetak" -> salinan_hardcopy,
    "Salinan" -> salinan).  P05: the fields are the letter's (page 2); the resi's shipping date,
    number and printed sender block are not fields.  P06: the applicant is the pesantren's leader
    (prefix and degrees kept); occupation only from "bekerja sebagai"; sender_org the pesantren line
    (the YAYASAN umbrella line left out); letter_date the Gregorian date (the Hijri one is beside
    it).  P07: sender_org null (a form, and another body's); obtain from the ticked box, "hardcopy"
    or "softcopy" struck -> the other one, neither struck -> salinan; letter_number the KPU clerk's
    red Nomor Pendaftaran when written.
  * K01: the corrected ("Seharusnya") values are the truth (request number, phone, huruf); the
    letter's own date and Perihal (not the earlier objection's date).  K02: balloons and deleted
    text are page text but never fields.  K03: the applicant is the Deaf person (phone the WhatsApp
    text number in her/his rows), never the interpreter.  K04: subject the e-mail subject as
    printed; letter_date the Waktu Pengajuan day; the ID Pengajuan "KB-..." is not a letter_number;
    the "Nomor Registrasi Permohonan" row is the reference; objection_reason_code from the ground's
    text.  K05: the fields are the attached letter's (its Perihal equals the e-mail subject, its date
    the sent date); email the sender address in the e-mail header.
  * sengketa letters carry the applicant's name (address when printed), the disputed information
    when printed (S01 in the quoted amar, S02 / S03 "Objek Sengketa", S04 the mandate), the cited
    request number when printed, the KI register number and the letter's own number, date, subject
    and sender: S01's own Nomor (not the Putusan's), S02 the TANDA TERIMA's "Nomor: TT...." (the
    receiving staff member and the KPU's representative are not applicants), S03 the BA's Nomor
    when printed and its day, S04 the kuasa's Nomor when printed, its place-date, sender_org null.
  * surat_masuk carries only letter_number, letter_date, subject and sender_org: M01 the notice's
    Nomor, the officer's place-date, "PT POS INDONESIA (PERSERO)" (branch line left out, as the
    fourteenth generator's bank), no subject (a title is not a Hal), never the applicant named as
    addressee; M02 "BADAN PENDAPATAN DAERAH" and M04 "BADAN KESATUAN BANGSA DAN POLITIK" (the
    PEMERINTAH PROVINSI umbrella line left out); M03 only the date (a statement, its NIK and KTP are
    no fields); M05 only the survey date; M06 "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", the
    Nomor row when printed, the Tanggal row, the Hal row; M07 the leave letter's date and Perihal
    (the doctor's certificate number is an enclosure's, no sender body for a person); M08 the
    certificate's Nomor when printed, its place-date, the KI as printed (title case when so).
  * Stamps, signatures, meterai, logos, barcodes, photos, the highlighter, pen ticks and strokes
    and the show-through print are pictures; printed and written words are page text (the balloons,
    the struck-through addressee, the viewer's toolbar, the browser header).  handwritten is true
    when field values are hand-written (P07, M01, M05, M07 hand variants, P08).
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
    "mr": (DJV + "DejaVuSansMono.ttf", "DejaVuSansMono"),
    "mb": (DJV + "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold"),
    "dm": (DJV + "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold"),  # drawn as dot-matrix print
    "hand": (HAND_FILE, "DkgHand"),
    # faces only for scans (OpenType CFF, no reportlab font): widths measured with Pillow
    "kr": (URW + "URWBookman-Light.otf", None),
    "kb": (URW + "URWBookman-Demi.otf", None),
    "ki": (URW + "URWBookman-LightItalic.otf", None),
    "gr": (URW + "URWGothic-Book.otf", None),
    "gb": (URW + "URWGothic-Demi.otf", None),
    "gi": (URW + "URWGothic-BookOblique.otf", None),
    "pr": (URW + "P052-Roman.otf", None),
    "pb": (URW + "P052-Bold.otf", None),
    "pi": (URW + "P052-Italic.otf", None),
    "ccr": (URW + "C059-Roman.otf", None),
    "ccb": (URW + "C059-Bold.otf", None),
    "cci": (URW + "C059-Italic.otf", None),
    "wr": (URW + "NimbusSansNarrow-Regular.otf", None),
    "wb": (URW + "NimbusSansNarrow-Bold.otf", None),
    "wi": (URW + "NimbusSansNarrow-Oblique.otf", None),
}
PDF_FALLBACK = {
    "kr": "tr",
    "kb": "tb",
    "ki": "ti",
    "gr": "hr",
    "gb": "hb",
    "gi": "hi",
    "pr": "tr",
    "pb": "tb",
    "pi": "ti",
    "ccr": "tr",
    "ccb": "tb",
    "cci": "ti",
    "wr": "nr",
    "wb": "nb",
    "wi": "di",
}
FAMILIES = {  # regular, bold, italic
    "times": ("tr", "tb", "ti"),
    "helv": ("hr", "hb", "hi"),
    "dejavu": ("dr", "db", "di"),
    "serif": ("sr", "sb", "si"),
    "cond": ("nr", "nb", "di"),
    # scan-only families
    "bookman": ("kr", "kb", "ki"),
    "gothic": ("gr", "gb", "gi"),
    "palatino": ("pr", "pb", "pi"),
    "century": ("ccr", "ccb", "cci"),
    "narrow": ("wr", "wb", "wi"),
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    done = set()
    for path, name in FONTS.values():
        if name and path.endswith(".ttf") and name not in done:
            pdfmetrics.registerFont(TTFont(name, path))
            done.add(name)
    _REGISTERED = True


@lru_cache(maxsize=256)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key][0], max(6, px))


@lru_cache(maxsize=65536)
def _pil_width(font: str, s: str) -> float:
    return pil_font(font, 200).getlength(s) / 200.0


def tw(s: str, font: str, size: float) -> float:
    rl = FONTS[font][1]
    if rl is None:
        return _pil_width(font, s) * size
    return pdfmetrics.stringWidth(s, rl, size)


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
    def __init__(self, paper: str = "plain", w: float = PW, h: float = PH):
        self.ops: list[tuple] = []
        self.paper = paper  # plain | folio (ruled with red margin)
        self.as_image = False  # digital rendition: the page is an embedded picture
        self.w = w
        self.h = h

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

    def rec(self, x, y, s):
        """Record text for page_text whose glyphs are drawn one by one (boxes) with rec=False."""
        self.ops.append(("rec", x, y, s))

    def text_lines(self) -> str:
        items = [(o[2], o[1], o[3]) for o in self.ops if (o[0] == "t" and o[7]) or o[0] == "rec"]
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

    def __init__(self, ctx, top=60.0, left=70.0, right=None, paper="plain", size=(PW, PH)):
        self.ctx = ctx
        self.paper = paper
        self.size = size
        self.pages = [Page(paper, *size)]
        self.top = top
        self.y = top
        self.L = left
        self.R = right if right is not None else size[0] - 62
        self.bottom = size[1] - 55

    @property
    def pg(self) -> Page:
        return self.pages[-1]

    @property
    def W(self) -> float:
        return self.R - self.L

    def newpage(self, paper=None) -> Page:
        self.pages.append(Page(paper or self.paper, *self.size))
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
        self,
        s,
        font=None,
        size=None,
        x=None,
        w=None,
        lead=None,
        indent=0.0,
        align="l",
        color=None,
        justify=False,
        bold_lead=None,
    ):
        """Wrapped paragraph; justify spreads the words of full lines; bold_lead (a prefix of s)
        is drawn in the bold face."""
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
            avail = w - (indent if i == 0 else 0)
            if font == "hand":
                self._hand(xx, self.y, ln, size, color)
            elif align == "c":
                self.pg.t(x + w / 2, self.y, ln, font, size, color, "c")
            elif (justify and i < len(lines) - 1 and len(ln.split()) > 3) or (bold_lead and i == 0):
                words = ln.split()
                bl = bold_lead.split() if (bold_lead and i == 0) else []
                fonts = [c.b if k < len(bl) else font for k in range(len(words))]
                ws = [tw(wd, f, size) for wd, f in zip(words, fonts, strict=True)]
                if justify and i < len(lines) - 1 and len(words) > 3:
                    gapw = (avail - sum(ws)) / (len(words) - 1)
                    gapw = min(max(gapw, tw(" ", font, size)), tw(" ", font, size) * 3)
                else:
                    gapw = tw(" ", font, size)
                cx = xx
                for wd, f, wdw in zip(words, fonts, ws, strict=True):
                    self.pg.t(cx, self.y, wd, f, size, color)
                    cx += wdw + gapw
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
        lw = max(lw, tw(label, font, size) + 5)
        vx = x + lw + (tw(colon + " ", font, size) if colon else 0)
        lines = (
            wrap(value, vfont, size if vfont != "hand" else size + 1, self.R - vx)
            if value
            else [""]
        )
        self.need(lead * len(lines))
        lc = c.ink if font == "hand" else INK
        self.pg.t(x, self.y, label, font, size, lc)
        if colon:
            self.pg.t(x + lw, self.y, colon, font, size, lc)
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


def _dot_matrix(im: Image.Image, x: float, y: float, s: str, px: int, color, k: float) -> None:
    """Text as a 9-pin printer prints it: the glyphs sampled on a dot grid."""
    f = pil_font("dm", px)
    x0, y0, x1, y1 = f.getbbox(s, anchor="ls")
    w, h = int(x1 - x0) + 6, int(y1 - y0) + 6
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).text((-x0 + 3, -y0 + 3), s, font=f, fill=255, anchor="ls")
    pitch = max(3, round(k * 0.95))
    grid = np.zeros((h, w), np.uint8)
    for i in range(pitch - 1):
        for j in range(pitch - 1):
            grid[i::pitch, j::pitch] = 255
    dots = Image.fromarray(np.minimum(np.asarray(m), grid))
    im.paste(Image.new("RGB", (w, h), color), (round(x + x0 - 3), round(y + y0 - 3)), dots)


def render_pil(page: Page, dpi: int, paper=(255, 255, 255)) -> Image.Image:
    k = dpi / 72.0
    pw, ph = page.w, page.h
    im = Image.new("RGB", (round(pw * k), round(ph * k)), paper)
    d = ImageDraw.Draw(im)
    if page.paper == "folio":
        for yy in range(95, int(ph) - 30, 19):
            d.line(
                [(0, yy * k), (pw * k, yy * k)], fill=(150, 175, 210), width=max(1, round(0.5 * k))
            )
        d.line([(62 * k, 0), (62 * k, ph * k)], fill=(225, 120, 120), width=max(1, round(0.7 * k)))
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size, color, _ = op
            if font == "dm":
                _dot_matrix(im, x * k, y * k, s, round(size * k), color, k)
            else:
                d.text(
                    (x * k, y * k), s, font=pil_font(font, round(size * k)), fill=color, anchor="ls"
                )
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
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    image_pages = []
    for pi, page in enumerate(pages, 1):
        ph = page.h
        c.setPageSize((page.w, page.h))
        if page.as_image:
            im = render_pil(page, 150, (244, 244, 242)).convert("L")
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            c.drawImage(ImageReader(im), 0, 0, page.w, page.h)
            image_pages.append(pi)
            c.showPage()
            continue
        for op in page.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, size, color, _ = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(FONTS[PDF_FALLBACK.get(font, font)][1], size)
                c.drawString(x, ph - y, s)
            elif kind == "l":
                _, x1, y1, x2, y2, w, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.setDash(*dash) if dash else c.setDash()
                c.line(x1, ph - y1, x2, ph - y2)
                c.setDash()
            elif kind == "r":
                _, x, y, w, h, lw, stroke, fill = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if lw and stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw)
                c.rect(
                    x, ph - y - h, w, h, stroke=1 if (lw and stroke) else 0, fill=1 if fill else 0
                )
            elif kind == "c":
                _, cx, cy, r, lw, stroke, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.circle(cx, ph - cy, r, stroke=1, fill=1 if fill else 0)
            elif kind == "i":
                _, x, y, w, h, pic = op
                c.drawImage(ImageReader(pic), x, ph - y - h, w, h, mask="auto")
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


def rand_date(rng: random.Random, lo=date(2025, 9, 1), hi=date(2026, 12, 18)) -> date:
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
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "rom":
        return f"{d.day:02d}-{ROMAN[d.month - 1]}-{d.year}"
    if style == "upper":
        return f"{d.day} {BULAN[d.month - 1].upper()} {d.year}"
    if style == "dayshort":
        return f"{HARI[d.weekday()]}, {d.strftime('%d-%m-%Y')}"
    if style == "slash0":
        return d.strftime("%d/%m/%Y")
    if style == "short1":
        return f"{d.day} {BLN3[d.month - 1]} {d.year}"
    if style == "mdy":
        return f"{BULAN[d.month - 1]} {d.day}, {d.year}"
    if style == "dash1":
        return f"{d.day}-{d.month}-{d.year}"
    raise ValueError(style)


DATE_STYLES = (
    "long",
    "long",
    "long",
    "long0",
    "dash",
    "slash",
    "slash0",
    "short",
    "day",
    "dot",
    "rom",
    "upper",
    "dayshort",
    "short1",
    "mdy",
    "slash0",
)


def any_date(rng: random.Random, d: date) -> str:
    return fmt_date(d, rng.choice(DATE_STYLES))


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
PFX = ("H.", "Kms.", "Mgs.", "Kgs.", "Ir.", "Dr.", "drs.")
TIONGHOA_M = ("Tan Kok Wei", "Lim Hendra Wijaya", "Liem Swie Hok", "Ong Budi Santoso")
TIONGHOA_F = ("Tan Siu Ling", "Lie Mei Hwa", "Oey Lanny Susanti", "Go Lian Nio")
# NIK kab/kota codes of first registration elsewhere (Kemendagri numbering)
NIK_OTHER_SUMSEL = ("1605", "1607", "1608", "1609", "1611", "1612", "1613", "1672")
NIK_OTHER_PROV = (
    "1271",  # Kota Medan
    "1371",  # Kota Padang
    "1471",  # Kota Pekanbaru
    "1571",  # Kota Jambi
    "1771",  # Kota Bengkulu
    "1871",  # Kota Bandar Lampung
    "1971",  # Kota Pangkal Pinang
    "3171",  # Kota Jakarta Selatan
    "3273",  # Kota Bandung
    "3471",  # Kota Yogyakarta
    "3578",  # Kota Surabaya
)


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
    if rng.random() < 0.04:
        core = rng.choice(TIONGHOA_M if male else TIONGHOA_F)
    name = core
    if rng.random() < prefix_p:
        pf = rng.choice(PFX) if male else rng.choice(("Hj.", "Nyimas", "Nyayu", "Dr.", "Ir."))
        name = pf + " " + name
    if rng.random() < degree_p:
        name += ", " + rng.choice(DEG_M)
        if rng.random() < 0.35:
            name += ", " + rng.choice(DEG_H)
    city = rng.choice(CITIES[:1] * 5 + CITIES[1:])
    kel, kec = rng.choice(city[3])
    birth = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    dd = birth.day + (0 if male else 40)
    u = rng.random()
    nik_kab = city[2] if u < 0.7 else rng.choice(NIK_OTHER_SUMSEL if u < 0.85 else NIK_OTHER_PROV)
    nik = f"{nik_kab}{rng.randint(1, 18):02d}{dd:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 2999):04d}"
    street = f"{rng.choice(city[4])} No. {rng.randint(1, 250)}"
    if rng.random() < 0.25:
        street += rng.choice(
            (" Blok C", " Komp. Griya Asri", " Lr. Damai", " Perum Bukit Sejahtera")
        )
    rt, rw = rng.randint(1, 45), rng.randint(1, 12)
    job = job or rng.choice(JOBS)
    if male and job == "Ibu Rumah Tangga":
        job = "Wiraswasta"
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
    style = rng.randint(0, 9)
    printed = [
        f"{pre}-{a}-{b}",
        f"{pre} {a} {b}",
        pre + rest,
        f"+62 {nat[:3]} {a} {b}",
        f"+62 {nat[:3]}-{a}-{b}",
        "62" + nat,
        f"{pre}.{a}.{b}",
        f"+62-{nat[:3]}-{a}-{b}",
        "+62" + nat,
        f"({pre}) {a}-{b}",
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
    style = rng.randint(0, 7) if style is None else style
    c = p["cityrec"]
    kota = c[0] if c[6] == "Kota" else f"{c[6] if c[6] != 'Kab.' else 'Kab. ' + c[0]}"
    if style == 5:
        pos = f"{30 if c[0] == 'Palembang' else 31}{rng.randint(111, 199)}"
        kk = ("Kota " + c[0]) if c[6] == "Kota" else kota
        return f"{p['street']}, RT. {p['rt']:02d} / RW. {p['rw']:02d}, Kel. {p['kel']}, Kec. {p['kec']}, {kk}, Sumatera Selatan {pos}"
    if style == 6:
        return (
            f"{p['street']} Rt.{p['rt']:02d} Rw.{p['rw']:02d} Kel.{p['kel']} Kec.{p['kec']} {kota}"
        )
    if style == 7:
        return f"{p['street']}, RT {p['rt']}, RW {p['rw']}, Kelurahan {p['kel']}, Kecamatan {p['kec']}, {'Kota ' + c[0] if c[6] == 'Kota' else kota}"
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
    scan_hint: dict | None = None  # dpi / mode / fmt a layout prefers when scanned


class Ctx:
    def __init__(self, rng: random.Random, digital: bool, hand: bool):
        self.rng = rng
        self.digital = digital
        self.hand = hand
        fam = rng.choice(
            (
                "times",
                "times",
                "helv",
                "dejavu",
                "serif",
                "cond",
                "bookman",
                "gothic",
                "palatino",
                "century",
                "narrow",
            )
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


def yth_block(d: Doc, lines: list[str]) -> None:
    for s in lines:
        d.line_text(s)


def obtain_deliver(rng: random.Random, p_ob=0.8, p_dl=0.7):
    ob = rng.choice(tuple(OBTAIN)) if rng.random() < p_ob else None
    dl = rng.choice(tuple(DELIVER)) if rng.random() < p_dl else None
    if ob == "melihat" and dl not in (None, "mengambil_langsung"):
        dl = rng.choice((None, "mengambil_langsung"))
    return ob, fit_delivery(rng, ob, dl)


def fit_delivery(rng: random.Random, ob, dl):
    """No printed copy by e-mail or fax, no file by post or courier."""
    if ob == "salinan_hardcopy" and dl in ("email", "faksimili"):
        return rng.choice(("mengambil_langsung", "pos", "kurir"))
    if ob == "salinan_softcopy" and dl in ("pos", "kurir", "faksimili"):
        return rng.choice(("email", "mengambil_langsung"))
    return dl


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
    lw = max([lw] + [tw(lab, c.r, c.size) + 5 for lab, _ in rows])
    if right:
        end = d.L + lw + tw(": " + rows[0][1], c.r, c.size)
        if end + 12 > d.R - tw(right, c.r, c.size):
            d.line_text(right, align="r")  # no room beside the Nomor: a line of its own
            right = None
    y0 = d.y
    for lab, val in rows:
        d.kv(lab, val, lw)
    if right:
        d.pg.t(d.R, y0, right, c.r, c.size, align="r")
    d.gap(6)


def place_date(rng: random.Random, city: str, dt: date, style=None) -> str:
    return f"{city}, {fmt_date(dt, style) if style else any_date(rng, dt)}"


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


# ---------------------------------------------------------------------------------------------
# shared helpers (copied from the thirteenth generator)
# ---------------------------------------------------------------------------------------------
def checkbox(pg: Page, x, y, size, ticked, ink, hand):
    pg.rect(x, y - size + 1, size, size, 0.7)
    if ticked:
        if hand:
            pg.line(x + 1.5, y - size / 2, x + size / 2, y + 1, 1.4, ink)
            pg.line(x + size / 2, y + 1, x + size + 3, y - size - 2, 1.4, ink)
        else:
            pg.line(x + 2, y - 2, x + size - 2, y - size + 3, 1.1)
            pg.line(x + 2, y - size + 3, x + size - 2, y - 2, 1.1)


def ktp_cards(ctx, persons: list[dict], caption: str | None = None, size=(PW, PH)) -> Page:
    """A photocopy page with one or two KTP cards (text ops, recorded as page text)."""
    pg = Page(w=size[0], h=size[1])
    rng = ctx.rng
    pg.t(
        min(70.0, (size[0] - 375) / 2),
        70,
        caption
        or rng.choice(("Lampiran: Fotokopi KTP", "Lampiran : Fotokopi KTP", "FOTOKOPI KTP-el")),
        "hr",
        10,
    )
    w, h = 375.0, 236.0
    x0 = 110.0 if size[0] >= PW else (size[0] - w) / 2
    for n, p in enumerate(persons):
        y0 = 100.0 + n * 300
        pg.rect(x0, y0, w, h, 1.0, (60, 60, 60), (205, 205, 205))
        pg.t(x0 + w / 2, y0 + 18, "PROVINSI SUMATERA SELATAN", "hb", 10, align="c")
        pg.t(x0 + w / 2, y0 + 31, p["kab_ktp"].upper(), "hb", 10, align="c")
        pg.t(x0 + 12, y0 + 52, "NIK", "hb", 11)
        pg.t(x0 + 72, y0 + 52, ": " + p["nik"], "hb", 11)
        rows = [
            ("Nama", p["ktp_name"]),
            (
                "Tempat/Tgl Lahir",
                f"{p['birthplace'].upper()}, {p['birth'].strftime('%d-%m-%Y')}",
            ),
            ("Jenis Kelamin", "LAKI-LAKI" if p["male"] else "PEREMPUAN"),
            ("Alamat", p["street"].upper()),
            ("RT/RW", p["rtrw"]),
            ("Kel/Desa", p["kel"].upper()),
            ("Kecamatan", p["kec"].upper()),
            ("Agama", rng.choice(("ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "BUDHA"))),
            ("Status Perkawinan", rng.choice(("KAWIN", "BELUM KAWIN", "KAWIN"))),
            ("Pekerjaan", p["ktp_job"]),
            ("Kewarganegaraan", "WNI"),
            ("Berlaku Hingga", "SEUMUR HIDUP"),
        ]
        yy = y0 + 66
        for k, v in rows:
            pg.t(x0 + 12, yy, k, "hr", 7.2)
            pg.t(x0 + 85, yy, ": " + v[:38], "hr", 7.2)
            yy += 11.8
        pg.rect(x0 + w - 92, y0 + 48, 78, 100, 0.8, (80, 80, 80), (160, 160, 160))
        pg.circle(x0 + w - 53, y0 + 85, 20, 0.8, (90, 90, 90), (130, 130, 130))
        pg.t(x0 + w - 53, y0 + 165, p["kab_ktp"].split()[-1].upper(), "hr", 7, align="c")
        pg.t(x0 + w - 53, y0 + 176, p["ktp_issued"], "hr", 7, align="c")
        pg.img(x0 + w - 95, y0 + 182, 80, 34, signature_img(rng, (40, 40, 40)))
    if rng.random() < 0.6:
        yb = 100.0 + (len(persons) - 1) * 300 + h + 30
        pg.t(x0, yb, "Sesuai dengan aslinya,", "hr", 9)
        pg.img(x0, yb + 6, 90, 38, signature_img(rng))
    pg.as_image = True
    return pg


def landline(rng: random.Random, area: str) -> tuple[str, str]:
    num = f"{rng.randint(31, 45)}{rng.randint(1000, 9999)}"
    printed = rng.choice(
        (f"({area}) {num}", f"({area}) {num[:3]} {num[3:]}", f"{area}-{num}", f"{area} {num}")
    )
    return printed, e164_land(area, num)


def join_items_prose(items: list[str], numbered: bool) -> str:
    """Items inside a sentence, separated by semicolons, "dan" before the last one."""
    its = [lc1(x) for x in items]
    if numbered:
        its = [f"({i}) {x}" for i, x in enumerate(its, 1)]
    if len(its) == 1:
        return its[0]
    return "; ".join(its[:-1]) + "; dan " + its[-1]


def nip(rng: random.Random) -> str:
    b = date(rng.randint(1966, 1995), rng.randint(1, 12), rng.randint(1, 28))
    t = date(b.year + rng.randint(22, 30), rng.randint(1, 12), 1)
    return f"{b.strftime('%Y%m%d')}{t.strftime('%Y%m')}{rng.randint(1, 2)}{rng.randint(1, 30):03d}"


OB_WORDS = {  # obtain_method -> wording in running prose
    "melihat": "melihat, membaca dan mencatat langsung",
    "salinan": "mendapatkan salinannya",
    "salinan_hardcopy": "mendapatkan salinan tercetak (hardcopy)",
    "salinan_softcopy": "mendapatkan salinan elektronik (softcopy)",
}
DL_WORDS = {  # delivery_method -> wording in running prose
    "mengambil_langsung": "saya ambil langsung di kantor PPID",
    "kurir": "dikirimkan melalui jasa kurir",
    "pos": "dikirimkan melalui pos",
    "faksimili": "dikirimkan melalui faksimili",
    "email": "dikirimkan melalui e-mail",
}
SHORT_ITEMS = (
    "Data DPT Pemilu 2024 per kecamatan di {kab}",
    "Jumlah TPS per desa/kelurahan di {kab} pada Pemilu 2024",
    "Rekap partisipasi pemilih Pemilihan Gubernur 2024 per kabupaten/kota",
    "Salinan Model D.HASIL {kab} Pemilu 2024",
    "Daftar anggota PPK dan PPS di {kab} pada Pemilihan 2024",
    "Jumlah pemilih penyandang disabilitas per kabupaten/kota Tahun 2024",
    "Realisasi anggaran dana hibah Pemilihan 2024 per jenis belanja",
    "Jumlah pemilih pemula (17-21 tahun) dalam DPT Pemilu 2024",
    "Rekapitulasi DPTb dan DPK Pemilu 2024 di {kab}",
    "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025",
    "Data pemutakhiran data pemilih berkelanjutan Semester II 2025",
    "Laporan dana kampanye pasangan calon Gubernur Tahun 2024",
)


def short_item(rng: random.Random) -> str:
    return rng.choice(SHORT_ITEMS).format(kab=rng.choice(KABS))


def short_items(rng: random.Random, lo=2, hi=4) -> list[str]:
    out: list[str] = []
    k = rng.randint(lo, hi)
    while len(out) < k:
        it = short_item(rng)
        if it not in out:
            out.append(it)
    return out


def section_bar(d: Doc, title: str, fill=(205, 212, 225), size=9.5):
    d.need(30)
    d.gap(6)
    d.pg.rect(d.L, d.y, d.W, 15, 0, None, fill)
    d.pg.t(d.L + 5, d.y + 11, title, d.ctx.b, size)
    d.y += 15


def page_footers(pages: list[Page], left: str, font: str) -> None:
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.line(60, pg.h - 42, pg.w - 60, pg.h - 42, 0.4, GREY)
        pg.t(60, pg.h - 30, left, font, 8)
        pg.t(pg.w - 60, pg.h - 30, f"Halaman {i} dari {n}", font, 8, align="r")


# ---------------------------------------------------------------------------------------------
# more shared helpers (copied from the thirteenth generator)
# ---------------------------------------------------------------------------------------------
NOMOR_L = ("Nomor", "Nomor", "Nomor", "No.", "Nomor Surat")
HAL_L = ("Hal", "Perihal", "Perihal", "Hal", "Hal ikhwal")
LAMP_L = ("Lampiran", "Lampiran", "Lamp.")
BULAN_EN = (
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
GREEN = (0, 110, 60)
MAROON = (130, 20, 30)
NAVY = (15, 40, 110)


def labels(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(NOMOR_L), rng.choice(LAMP_L), rng.choice(HAL_L)


def kop2(
    d: Doc,
    lines: list[tuple[str, str, float]],
    sub=(),
    logo_pos: str | None = "l",
    color=INK,
    rule="double",
    y=36.0,
    kinds=("garuda", "shield"),
    rule_color=None,
) -> float:
    """Letterhead: name lines (text, font, size) centred in the room the logos leave; the logo at
    the left, right, both sides ("lr"), centred above ("c") or none; sub lines small; a double
    (thick over thin), thin-over-thick, single or coloured band rule, or none."""
    c = d.ctx
    pg = d.pg
    ls = 54.0
    if logo_pos == "c":
        logo(pg, (d.L + d.R) / 2 - 21, y, 42, kinds[0])
        yy = y + 42 + 16
        x0, x1 = d.L, d.R
    else:
        yy = y + 14
        x0 = d.L + (ls + 8 if logo_pos in ("l", "lr") else 0)
        x1 = d.R - (ls + 8 if logo_pos in ("r", "lr") else 0)
        if logo_pos in ("l", "lr"):
            logo(pg, d.L, y, ls, kinds[0])
        if logo_pos in ("r", "lr"):
            logo(pg, d.R - ls, y, ls, kinds[-1])
    cx = (x0 + x1) / 2
    avail = x1 - x0
    for i, (s, f, sz) in enumerate(lines):
        sz = min(sz, avail / tw(s, f, 1))
        if i:
            yy += sz * 1.22
        pg.t(cx, yy, s, f, sz, color, "c")
    for s in sub:
        sz = min(8.5, avail / tw(s, c.r, 1))
        yy += 10.5
        pg.t(cx, yy, s, c.r, sz, align="c")
    yy += 8
    if logo_pos not in (None, "c"):
        yy = max(yy, y + ls + 2)
    rc = rule_color or color
    if rule == "double":
        pg.line(d.L, yy, d.R, yy, 1.8, rc)
        pg.line(d.L, yy + 2.6, d.R, yy + 2.6, 0.5, rc)
    elif rule == "thinthick":
        pg.line(d.L, yy, d.R, yy, 0.5, rc)
        pg.line(d.L, yy + 2.8, d.R, yy + 2.8, 2.0, rc)
    elif rule == "single":
        pg.line(d.L, yy, d.R, yy, 1.0, rc)
    elif rule == "band":
        pg.rect(d.L, yy, d.W, 4.5, 0, None, rc)
    d.y = yy + 24
    return d.y


def table2(
    d: Doc,
    widths,
    rows,
    header=None,
    font=None,
    size=None,
    hfont=None,
    x=None,
    pad=3.5,
    cont_caption: str | None = None,
    min_lines=1,
    dotted_cols=(),
    hand_cols=(),
    hfill=LIGHT,
    vcenter_cols=(),
):
    """A bordered table whose header is repeated on every page it runs onto, with a caption
    ("... (lanjutan)") above the repeated header; cells in dotted_cols are left empty with dotted
    writing lines; rows are at least min_lines high."""
    c = d.ctx
    font = font or c.r
    size = size or (c.size - 1)
    hfont = hfont or c.b
    x = d.L if x is None else x
    lead = size * 1.3

    def cells_of(row, f, is_h):
        out = []
        for ci, (cell, w) in enumerate(zip(row, widths, strict=False)):
            ff = "hand" if (ci in hand_cols and not is_h) else f
            sz = size + 1 if ff == "hand" else size
            out.append(wrap(str(cell), ff, sz, w - 2 * pad - 3) if cell != "" else [""])
        return out

    def draw_row(row, is_h):
        f = hfont if is_h else font
        cells = cells_of(row, f, is_h)
        n = max([len(cl) for cl in cells] + [1 if is_h else min_lines])
        h = n * lead + 2 * pad
        top = d.y
        xx = x
        if is_h and hfill:
            d.pg.rect(x, top, sum(widths), h, 0, None, hfill)
        for ci, (cl, w) in enumerate(zip(cells, widths, strict=False)):
            d.pg.rect(xx, top, w, h, 0.6)
            yy = top + pad + size * 0.95
            if ci in vcenter_cols and not is_h:
                yy = top + (h - len(cl) * lead) / 2 + size * 0.95
            if ci in dotted_cols and not is_h:
                for k in range(n):
                    ly = top + pad + (k + 1) * lead - 1.5
                    d.pg.line(xx + pad, ly, xx + w - pad, ly, 0.4, GREY, (1, 2))
            for ln in cl:
                if ln:
                    if ci in hand_cols and not is_h:
                        d._hand(xx + pad, yy, ln, size + 1, c.ink)
                    else:
                        d.pg.t(xx + pad, yy, ln, f, size)
                yy += lead
            xx += w
        d.y = top + h
        return h

    def row_h(row, is_h):
        cells = cells_of(row, hfont if is_h else font, is_h)
        return max([len(cl) for cl in cells] + [1 if is_h else min_lines]) * lead + 2 * pad

    if header:
        d.need(row_h(header, True) + row_h(rows[0], False) if rows else 0)
        draw_row(header, True)
    for row in rows:
        h = row_h(row, False)
        if d.y + h > d.bottom:
            d.newpage()
            if cont_caption:
                d.line_text(cont_caption, c.i, size)
            if header:
                draw_row(header, True)
        draw_row(row, False)
    d.y += size * 1.3 + 6


SMALL_WORDS = {"dan", "untuk", "di", "ke", "dari", "yang", "atas", "pada", "dalam", "se"}
ACRONYMS = {
    "PPID",
    "KPU",
    "DPT",
    "LSM",
    "RI",
    "BEM",
    "KM",
    "DPC",
    "DPD",
    "PGRI",
    "UIN",
    "OKU",
    "OKI",
    "PALI",
    "HUT",
    "RT",
    "RW",
}


def title_id(s: str) -> str:
    """Title case as Indonesian letters write a name inside a sentence ("dan", "untuk" small)."""
    out = []
    for i, w in enumerate(s.split()):
        lw = w.lower()
        if i and lw in SMALL_WORDS:
            out.append(lw)
        elif w.startswith("(") or w.strip(",.") in ACRONYMS:
            out.append(w)
        else:
            out.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(out)


def en_date(d: date, rng: random.Random) -> str:
    return rng.choice(
        (
            f"{d.day} {BULAN_EN[d.month - 1]} {d.year}",
            f"{BULAN_EN[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d} {BULAN_EN[d.month - 1]} {d.year}",
        )
    )


def kpu_rows(rng: random.Random) -> list[str]:
    """The address block of a letter to the PPID, in one of several wordings."""
    return rng.choice(
        (
            [
                "Kepada Yth.",
                "Pejabat Pengelola Informasi dan Dokumentasi",
                "KPU Provinsi Sumatera Selatan",
                "di -",
                "Palembang",
            ],
            [
                "Yth. PPID Komisi Pemilihan Umum",
                "Provinsi Sumatera Selatan",
                "Jl. Kapten A. Rivai No. 95",
                "Palembang",
            ],
            [
                "Kepada",
                "Yth. Ketua KPU Provinsi Sumatera Selatan",
                "c.q. PPID KPU Provinsi Sumatera Selatan",
                "di Palembang",
            ],
            ["Kepada Yth.", "PPID KPU Prov. Sumsel", "di Tempat"],
        )
    )


def atasan_rows(rng: random.Random) -> list[str]:
    return rng.choice(
        (
            ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
            ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "selaku Atasan PPID", "di Palembang"],
            [
                "Kepada",
                "Yth. Atasan Pejabat Pengelola Informasi dan Dokumentasi",
                "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                "Jl. Kapten A. Rivai No. 95 Palembang",
            ],
        )
    )


def kop_ki2(d: Doc, rng: random.Random) -> str:
    """The KI's letterhead in one of several styles; returns the sender_org as printed."""
    c = d.ctx
    title = rng.random() < 0.35
    lines = (
        ["Komisi Informasi", "Provinsi Sumatera Selatan"]
        if title
        else ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"]
    )
    kop2(
        d,
        [(lines[0], c.b, 16), (lines[1], c.b, 13)],
        [
            "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 312 608",
            "Surel: kip@sumselprov.go.id  Laman: komisiinformasi.sumselprov.go.id",
        ],
        rng.choice(("c", "l", "r")),
        rng.choice((INK, NAVY, (0, 80, 140))),
        rng.choice(("thinthick", "double", "single")),
        kinds=("garuda",),
    )
    return " ".join(lines)


# ---------------------------------------------------------------------------------------------
# working days (copied from the thirteenth generator)
# ---------------------------------------------------------------------------------------------
HOLIDAYS = frozenset(
    date.fromisoformat(s)
    for s in (
        "2025-01-01",
        "2025-01-27",
        "2025-01-29",
        "2025-03-31",
        "2025-04-01",
        "2025-04-18",
        "2025-05-01",
        "2025-05-12",
        "2025-05-29",
        "2025-06-06",
        "2025-06-27",
        "2025-09-05",
        "2025-12-25",
        "2026-01-01",
        "2026-01-16",
        "2026-02-17",
        "2026-03-19",
        "2026-04-03",
        "2026-05-01",
        "2026-05-14",
        "2026-05-27",
        "2026-06-01",
        "2026-06-16",
        "2026-08-17",
        "2026-08-25",
        "2026-12-25",
    )
)
HARI3 = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def workday(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_wd(d0: date, n: int) -> date:
    """The n-th working day after d0 (weekends and national holidays skipped)."""
    x = d0
    while n:
        x += timedelta(days=1)
        if workday(x):
            n -= 1
    return x


def next_wd(d: date) -> date:
    while not workday(d):
        d += timedelta(days=1)
    return d


def prev_wd(d: date) -> date:
    while not workday(d):
        d -= timedelta(days=1)
    return d


def vtick(pg: Page, x, y, s, ink):
    """A hand-drawn "V" over a box whose baseline is y and side s."""
    pg.line(x - 0.5, y - s * 0.95, x + s * 0.42, y + 1.5, 1.3, ink)
    pg.line(x + s * 0.42, y + 1.5, x + s * 1.15, y - s * 1.55, 1.3, ink)


def one_line_items(rng: random.Random, font: str, size: float, width: float, lo=2, hi=4):
    """Requested items that fit on one line of the given width."""
    pool = [it.format(kab=rng.choice(KABS)) for it in SHORT_ITEMS]
    pool += [info_item(rng) for _ in range(12)]
    pool = [it for it in dict.fromkeys(pool) if tw(it, font, size) <= width]
    return rng.sample(pool, min(len(pool), rng.randint(lo, hi)))


def hex_id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# helpers of the fourteenth layouts
# ---------------------------------------------------------------------------------------------
KPU_LINES = ("KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN")
KPU_SUB = (
    "Jl. Kapten A. Rivai No. 95 Palembang 30129",
    "Telp. (0711) 350 445  Laman: sumsel.kpu.go.id  Surel: ppid@sumsel.kpu.go.id",
)
WHITE = (255, 255, 255)
OB_KAMI = {
    "melihat": "melihat dan mencatat langsung informasi tersebut",
    "salinan": "memperoleh salinannya",
    "salinan_hardcopy": "memperoleh salinan dalam bentuk cetak (hardcopy)",
    "salinan_softcopy": "memperoleh salinan dalam bentuk elektronik (softcopy)",
}
DL_KAMI = {
    "mengambil_langsung": "akan kami ambil langsung di kantor PPID",
    "kurir": "mohon dikirimkan melalui jasa kurir",
    "pos": "mohon dikirimkan melalui pos",
    "faksimili": "mohon dikirimkan melalui faksimili",
    "email": "mohon dikirimkan melalui e-mail",
}


def kop_kpu(d: Doc, rng: random.Random) -> None:
    """The provincial KPU's own letterhead, for the desk's forms and cards."""
    c = d.ctx
    kop2(
        d,
        [(KPU_LINES[0], c.b, 15), (KPU_LINES[1], c.b, 13)],
        KPU_SUB,
        rng.choice(("l", "l", "c")),
        rng.choice((INK, INK, MAROON)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda",),
    )


def kop_split(
    d: Doc,
    names: list[tuple[str, str, float]],
    contacts: list[str],
    tag: str | None = None,
    color=INK,
    logo_kind="shield",
    y=40.0,
    csize=7.3,
    frac=0.6,
) -> str:
    """Two-column letterhead: logo and name lines at the left, a vertical rule, the contact lines
    in a right-hand column.  The contact lines keep clear of the band of the name lines (above
    and below it), so that the name lines stay one block of page text; returns the name lines
    joined by a space."""
    c = d.ctx
    pg = d.pg
    ls = 46.0
    logo(pg, d.L, y + 4, ls, logo_kind)
    x0 = d.L + ls + 9
    split = d.L + d.W * frac
    ys = []
    yy = y + 10
    for i, (s, f, sz) in enumerate(names):
        sz = min(sz, (split - x0 - 8) / tw(s, f, 1))
        yy += sz if i == 0 else sz * 1.3
        pg.t(x0, yy, s, f, sz, color)
        ys.append(yy)
    bottom = ys[-1]
    if tag:
        bottom += 12
        pg.t(x0, bottom, tag, c.i, 8, GREY)
    lo, hi = ys[0] - 3.2, ys[-1] + 3.2
    lead = csize * 1.32
    n = len(contacts)
    above = min(n // 2, max(0, int((lo - y) // lead)))
    cys = [lo - 0.4 - lead * (above - 1 - k) for k in range(above)]
    yb = hi + lead * 0.75
    for _ in range(n - above):
        cys.append(yb)
        yb += lead
    cx = split + 10
    for s, cy in zip(contacts, cys, strict=True):
        sz = min(csize, (d.R - cx) / max(1.0, tw(s, c.r, 1)))
        pg.t(cx, cy, s, c.r, sz)
    top_line = min([cys[0] - csize] if cys else [y]) - 2
    low = max([bottom, *cys]) + 8
    pg.line(split, min(top_line, y + 4), split, low - 4, 0.8, color)
    pg.line(d.L, low, d.R, low, 1.4, color)
    d.y = low + 24
    return " ".join(s for s, _, _ in names)


def ktp_card_picture(ctx, p: dict, scale=0.95):
    """A KTP card alone, drawn as a grey photocopy picture; returns the picture, the text records
    of its lines (positions relative to the card, scaled), and its width and height."""
    rng = ctx.rng
    w, h = 375.0, 236.0
    sub = Page(w=w, h=h)
    sub.rect(0.5, 0.5, w - 1, h - 1, 1.0, (60, 60, 60), (212, 212, 212))
    sub.t(w / 2, 18, "PROVINSI SUMATERA SELATAN", "hb", 10, align="c")
    sub.t(w / 2, 31, p["kab_ktp"].upper(), "hb", 10, align="c")
    sub.t(12, 52, "NIK", "hb", 11)
    sub.t(72, 52, ": " + p["nik"], "hb", 11)
    rows = [
        ("Nama", p["ktp_name"]),
        ("Tempat/Tgl Lahir", f"{p['birthplace'].upper()}, {p['birth'].strftime('%d-%m-%Y')}"),
        ("Jenis Kelamin", "LAKI-LAKI" if p["male"] else "PEREMPUAN"),
        ("Alamat", p["street"].upper()),
        ("RT/RW", p["rtrw"]),
        ("Kel/Desa", p["kel"].upper()),
        ("Kecamatan", p["kec"].upper()),
        ("Agama", rng.choice(("ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "BUDHA"))),
        ("Status Perkawinan", rng.choice(("KAWIN", "BELUM KAWIN", "KAWIN"))),
        ("Pekerjaan", p["ktp_job"]),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    yy = 66.0
    for k, v in rows:
        sub.t(12, yy, k, "hr", 7.2)
        sub.t(85, yy, ": " + v[:38], "hr", 7.2)
        yy += 11.8
    sub.rect(w - 92, 48, 78, 100, 0.8, (80, 80, 80), (160, 160, 160))
    sub.circle(w - 53, 85, 20, 0.8, (90, 90, 90), (130, 130, 130))
    sub.t(w - 53, 165, p["kab_ktp"].split()[-1].upper(), "hr", 7, align="c")
    sub.t(w - 53, 176, p["ktp_issued"], "hr", 7, align="c")
    sub.img(w - 95, 182, 80, 34, signature_img(rng, (40, 40, 40)))
    im = render_pil(sub, 220, (255, 255, 255)).convert("L").filter(ImageFilter.GaussianBlur(0.7))
    recs = [(o[1] * scale, o[2] * scale, o[3]) for o in sub.ops if o[0] == "t"]
    return im, recs, w * scale, h * scale


def place_picture_text(pg: Page, x: float, y: float, im, recs, w: float, h: float) -> None:
    """Paste a picture that carries printed text: the text is recorded as page text."""
    pg.img(x, y, w, h, im)
    for rx, ry, s in recs:
        pg.rec(x + rx, y + ry, s)


def dotted(pg: Page, x1: float, y: float, x2: float) -> None:
    pg.line(x1, y + 2.5, x2, y + 2.5, 0.5, GREY, (1, 2))


def form_row(
    d: Doc, label: str, value: str | None, lw: float, hand: bool, size=None, x=None, lead=None
):
    """label : value written on dotted lines (by hand or typed); an empty value leaves the dots."""
    c = d.ctx
    size = size or c.size
    x = d.L if x is None else x
    lead = lead or (19.0 if hand else size * 1.55)
    vx = x + lw + 8
    vsz = size + 1.5 if hand else size
    vf = "hand" if hand else c.r
    lines = wrap(value, vf, vsz, d.R - vx - 4) if value else [""]
    d.need(lead * len(lines))
    d.pg.t(x, d.y, label, c.r if c.r != "hand" else "hr", size)
    d.pg.t(x + lw, d.y, ":", c.r if c.r != "hand" else "hr", size)
    for ln in lines:
        dotted(d.pg, vx, d.y, d.R)
        if ln:
            if hand:
                d._hand(vx + 2, d.y - 1, ln, vsz, c.ink)
            else:
                d.pg.t(vx + 2, d.y, ln, vf, vsz)
        d.y += lead


def spaced_nik(nik: str, rng: random.Random) -> str:
    return rng.choice(
        (
            nik,
            nik,
            f"{nik[:6]} {nik[6:12]} {nik[12:]}",
            f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}",
            f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}",
        )
    )


def ob_dl_words(rng: random.Random, ob, dl) -> str:
    """The obtain / delivery wish as one sentence of running prose ("" when neither is said)."""
    head = rng.choice(("Informasi tersebut", "Informasi tersebut", "Data tersebut"))
    if ob and dl:
        return f"{head} ingin saya peroleh dengan cara {OB_WORDS[ob]} dan {DL_WORDS[dl]}."
    if ob:
        return f"{head} ingin saya peroleh dengan cara {OB_WORDS[ob]}."
    if dl == "mengambil_langsung":
        return f"{head} akan saya ambil langsung di kantor PPID."
    if dl:
        return f"{head} mohon {DL_WORDS[dl]}."
    return ""


def office_address(rng: random.Random) -> str:
    c = CITIES[0]
    kel, kec = rng.choice(c[3])
    st = rng.choice(c[4])
    extra = rng.choice(("", "", " Ruko Mitra Blok B", " Lt. 2", " Komp. Ilir Barat Permai"))
    return f"{st} No. {rng.randint(2, 180)}{extra}, Kel. {kel}, Kec. {kec}, Palembang {rng.randint(30111, 30164)}"


def set_birth(p: dict, rng: random.Random, y0: int, y1: int) -> None:
    """Give a person another birth date (an older pensioner, a young student), the NIK's
    DDMMYY re-derived so that it stays consistent with it and with the sex."""
    b = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    dd = b.day + (0 if p["male"] else 40)
    p["birth"] = b
    p["nik"] = f"{p['nik'][:6]}{dd:02d}{b.month:02d}{b.year % 100:02d}{p['nik'][12:]}"


def hhmm(rng: random.Random, sep=".") -> str:
    return f"{rng.randint(8, 16):02d}{sep}{rng.randint(0, 59):02d}"


def speaker_lines(d: Doc, who: str, text: str, lw=96.0) -> None:
    """One turn of a hearing transcript: the speaker in bold, a colon, the words wrapped."""
    c = d.ctx
    d.need(c.size * 1.45)
    d.pg.t(d.L, d.y, who, c.b, c.size)
    d.pg.t(d.L + lw, d.y, ":", c.r, c.size)
    d.para(text, x=d.L + lw + 8, justify=True)
    d.gap(1.5)


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts

PASAL35 = "Pasal 35 ayat (1) huruf {} Undang-Undang Nomor 14 Tahun 2008"
K_GROUND = {  # code -> ground in words, second variants (the first are REASONS[code][1])
    "a": "PPID menyatakan informasi tersebut dikecualikan, padahal tidak ada uji konsekuensi yang pernah disampaikan kepada saya",
    "b": "informasi yang wajib diumumkan secara berkala itu tidak pernah disediakan, baik di laman resmi maupun di papan pengumuman",
    "c": "permohonan saya tidak ditanggapi sama sekali hingga batas waktu sepuluh hari kerja terlampaui",
    "d": "yang diberikan bukan informasi yang saya minta, melainkan dokumen lain yang tidak saya perlukan",
    "e": "permohonan saya tidak dipenuhi tanpa alasan yang jelas",
    "f": "biaya penggandaan yang dikenakan jauh melebihi biaya riil dan tidak wajar",
    "g": "informasi baru saya terima setelah lewat jangka waktu yang diatur dalam undang-undang",
}


SIMPLE_REASON = {
    "a": "PPID menolak memberikan informasi itu dengan alasan dikecualikan, padahal menurut saya informasi itu boleh diketahui warga",
    "c": "sudah lebih dari sepuluh hari kerja permohonan saya tidak dijawab sama sekali",
    "e": "permohonan saya tidak dipenuhi dan saya tidak diberi penjelasan",
    "g": "informasi itu baru diberikan jauh melewati waktu yang ditentukan",
}


CLOSE_KEB = (
    "Demikian keberatan ini saya sampaikan. Atas perhatian dan tanggapannya saya ucapkan terima kasih.",
    "Atas perhatian dan tanggapan Bapak/Ibu, saya ucapkan terima kasih.",
    "Demikian surat keberatan ini saya buat dengan sebenarnya.",
)


def ground(rng: random.Random, code: str) -> str:
    """The ground in words (f without a figure, so that it never contradicts a quoted fee)."""
    if code == "f":
        return K_GROUND["f"]
    return rng.choice((REASONS[code][1], K_GROUND[code]))


# ---------------------------------------------------------------------------------------------
# helpers of the fifteenth layouts
# ---------------------------------------------------------------------------------------------
A5 = (419.53, 595.28)
A4L = (PH, PW)
YELLOW = (255, 238, 88)
HIJRI_MONTHS = (
    "Muharram",
    "Safar",
    "Rabiul Awal",
    "Rabiul Akhir",
    "Jumadil Awal",
    "Jumadil Akhir",
    "Rajab",
    "Sya'ban",
    "Ramadhan",
    "Syawal",
    "Dzulqa'dah",
    "Dzulhijjah",
)


def _jdn(d: date) -> int:
    a = (14 - d.month) // 12
    y = d.year + 4800 - a
    m = d.month + 12 * a - 3
    return d.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def hijri(d: date) -> tuple[int, int, int]:
    """The tabular (civil) Islamic date of a Gregorian day: (year, month, day)."""
    q = _jdn(d) - 1948440 + 10632
    n = (q - 1) // 10631
    q = q - 10631 * n + 354
    j = ((10985 - q) // 5316) * ((50 * q) // 17719) + (q // 5670) * ((43 * q) // 15238)
    q = q - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * q) // 709
    day = q - (709 * m) // 24
    return 30 * n + j - 30, m, day


def hijri_str(d: date) -> str:
    y, m, day = hijri(d)
    return f"{day} {HIJRI_MONTHS[m - 1]} {y} H"


def embed_page(outer: Page, inner: Page, x: float, y: float, s: float) -> None:
    """Draw a page's ops scaled by s at (x, y) of another page (a document shown inside a viewer);
    its text stays page text."""
    for op in inner.ops:
        k = op[0]
        if k == "t":
            _, ox, oy, st, font, size, color, rec = op
            outer.ops.append(("t", x + ox * s, y + oy * s, st, font, size * s, color, rec))
        elif k == "l":
            _, x1, y1, x2, y2, w, color, dash = op
            dd = tuple(v * s for v in dash) if dash else None
            outer.ops.append(
                ("l", x + x1 * s, y + y1 * s, x + x2 * s, y + y2 * s, w * s, color, dd)
            )
        elif k == "r":
            _, rx, ry, w, h, lw, stroke, fill = op
            outer.ops.append(("r", x + rx * s, y + ry * s, w * s, h * s, lw * s, stroke, fill))
        elif k == "c":
            _, cx, cy, r, lw, stroke, fill = op
            outer.ops.append(("c", x + cx * s, y + cy * s, r * s, lw * s, stroke, fill))
        elif k == "i":
            _, ix, iy, w, h, pic = op
            outer.ops.append(("i", x + ix * s, y + iy * s, w * s, h * s, pic))
        elif k == "rec":
            _, ox, oy, st = op
            outer.ops.append(("rec", x + ox * s, y + oy * s, st))


def barcode(pg: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A 1-D barcode drawn as bars (a picture, no text)."""
    xx = x
    while xx < x + w - 2:
        bw = rng.choice((0.7, 0.7, 1.2, 1.8, 2.4))
        if rng.random() < 0.55:
            pg.rect(xx, y, bw, h, 0, None, INK)
        xx += bw + rng.choice((0.6, 0.9, 1.3))


def strike(pg: Page, x: float, y: float, w: float, ink, hand=True) -> None:
    """A pen stroke through a printed word (baseline y)."""
    if hand:
        pg.line(x - 2, y - 3.2, x + w + 2, y - 4.2, 1.1, ink)
    else:
        pg.line(x, y - 3.3, x + w, y - 3.3, 0.7, INK)


def rp0(n: int) -> str:
    return "Rp" + f"{n:,}".replace(",", ".")


def wa_mark(rng: random.Random, phone: str) -> str:
    return rng.choice((phone, phone, f"{phone} (WA)", f"WA {phone}"))


def kv_rows(d: Doc, rows: list[tuple[str, str]], x=None, size=None, vfont=None, gap=10.0):
    c = d.ctx
    size = size or c.size
    x = d.L if x is None else x
    lw = max(tw(k, c.r, size) for k, _ in rows) + gap
    for k, v in rows:
        d.kv(k, v, lw, x=x, size=size, vfont=vfont)


def sm_fields(num, dt: date | None, subj, org) -> dict:
    return F(
        letter_number=num,
        letter_date=dt.isoformat() if dt else None,
        subject=subj,
        sender_org=org,
    )


def browser_chrome(pages: list[Page], left: str, url: str, font: str, when: str) -> None:
    """The header and footer a browser prints on every page (date, title, URL, page count)."""
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.t(28, 20, when, font, 7.2)
        pg.t(pg.w / 2, 20, left, font, 7.2, align="c")
        pg.t(28, pg.h - 16, url, font, 6.8)
        pg.t(pg.w - 28, pg.h - 16, f"{i}/{n}", font, 7.2, align="r")


OB_CHAT = {  # how an applicant words the wish in a short message -> (obtain, delivery)
    "Softcopy (PDF/Excel), dikirim ke email ini saja": ("salinan_softcopy", "email"),
    "Salinan cetak (hardcopy), nanti saya ambil langsung ke kantor": (
        "salinan_hardcopy",
        "mengambil_langsung",
    ),
    "Salinannya dikirim lewat pos ke alamat di atas": ("salinan", "pos"),
    "Saya ingin melihat dan mencatat langsung di kantor PPID": ("melihat", None),
    "Softcopy saja": ("salinan_softcopy", None),
    "Fotokopi (hardcopy), dikirim pakai kurir": ("salinan_hardcopy", "kurir"),
    "Dikirim via email saja": (None, "email"),
}
TABLE_ITEMS = (
    "Data DPT per kecamatan di {kab}",
    "Jumlah TPS per desa/kelurahan di {kab}",
    "Rekapitulasi partisipasi pemilih per kabupaten/kota",
    "Daftar anggota PPK dan PPS di {kab}",
    "Laporan dana kampanye pasangan calon Gubernur",
    "Hasil rekapitulasi suara DPRD Provinsi per dapil",
    "Jumlah pemilih disabilitas per kabupaten/kota",
    "Rekapitulasi DPTb dan DPK di {kab}",
    "Realisasi anggaran dana hibah Pemilihan",
    "Daftar calon terpilih DPRD Provinsi",
    "Jumlah pemilih pemula per kabupaten/kota",
)


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
THREAD_SUBJECTS = (
    "Permohonan data",
    "Permintaan informasi publik",
    "Permohonan Informasi",
    "Mohon bantuan data pemilu",
    "Permintaan data untuk penelitian",
    "Request data DPT dan TPS",
)


def mail_message_head(d: Doc, who: str, addr: str, when: str, to: str, fr: str, fb: str):
    d.need(40)
    d.pg.line(d.L, d.y - 9, d.R, d.y - 9, 0.5, LIGHT)
    d.gap(4)
    left = f"{who} <{addr}>"
    d.pg.t(d.L, d.y, left, fb, 9)
    if tw(left, fb, 9) + tw(when, fr, 8.5) + 16 > d.W:
        d.gap(12)
    d.pg.t(d.R, d.y, when, fr, 8.5, align="r")
    d.gap(12)
    d.line_text(f"Kepada: {to}", fr, 8.5, color=GREY)
    d.gap(6)


def p01_surel_utas_lengkapi(ctx: Ctx) -> Letter:
    """A webmail conversation printed by the desk: the citizen's short e-mail asking for data,
    the desk's reply asking for the missing particulars (NIK, address, purpose, how to obtain),
    and the citizen's answer giving them as "Label : value" lines, the quoted reply hidden or
    shown under "Pada ... menulis:"; browser header and footer on every page."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    ctx.r, ctx.b, ctx.i = fr, fb, ("hi" if fr == "hr" else "di")
    ctx.size = 9.5
    d = Doc(ctx, top=58, left=48, right=PW - 48)
    p = make_person(rng, degree_p=0.3, prefix_p=0.08)
    d1 = ctx.date
    d2 = next_wd(d1 + timedelta(days=rng.choice((0, 1, 1, 2))))
    d3 = d2 + timedelta(days=rng.choice((0, 0, 1, 2, 3)))
    subj = rng.choice(THREAD_SUBJECTS)
    pg = d.pg
    pg.t(d.L, 44, rng.choice(("Surel KPU Sumsel", "Mail - PPID KPU Sumsel")), fb, 12, (200, 40, 40))
    pg.t(d.R, 44, "ppid@sumsel.kpu.go.id", fr, 8.5, GREY, "r")
    pg.line(d.L, 50, d.R, 50, 0.8, GREY)
    d.y = 74
    for ln in wrap(subj, fb, 13, d.W):
        d.line_text(ln, fb, 13, lead=16)
    d.line_text("3 pesan", fr, 8, color=GREY)
    d.gap(6)
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)

    def when(dt: date) -> str:
        return f"{HARI3[dt.weekday()]}, {fmt_date(dt, 'short1')} pukul {hhmm(rng)}"

    w1, w2, w3 = when(d1), when(d2), when(d3)

    # 1. the request
    mail_message_head(d, p["core"], p["email"], w1, "ppid@sumsel.kpu.go.id", fr, fb)
    d.line_text(rng.choice(("Yth. Admin PPID KPU Sumsel,", "Selamat pagi,", "Dengan hormat,")))
    d.gap(3)
    if len(items) == 1:
        d.para(f"Saya {p['name']} ingin meminta informasi berupa {lc1(items[0])}.")
    else:
        d.para(f"Saya {p['name']} ingin meminta informasi publik berupa:")
        for i, it in enumerate(items, 1):
            d.need(13)
            d.pg.t(d.L + 10, d.y, f"{i}.", fr, ctx.size)
            d.para(it, x=d.L + 24)
    d.para(rng.choice(("Mohon informasinya. Terima kasih.", "Terima kasih atas bantuannya.")))
    d.gap(3)
    d.line_text("Salam,")
    d.line_text(p["name"])
    phone_first = rng.random() < 0.4
    if phone_first:
        d.line_text(p["phone"])
    d.gap(10)
    # 2. the desk's reply
    clerk = make_person(rng, degree_p=0.4)
    mail_message_head(
        d,
        "PPID KPU Provinsi Sumatera Selatan",
        "ppid@sumsel.kpu.go.id",
        w2,
        p["email"],
        fr,
        fb,
    )
    d.line_text(f"Yth. Saudara/i {p['core']},")
    d.gap(3)
    d.para(
        "Terima kasih telah menghubungi Layanan Informasi Publik KPU Provinsi Sumatera Selatan. Agar permohonan Saudara dapat kami catat dalam register, mohon dilengkapi data berikut:"
    )
    asks = [
        "Nama lengkap dan NIK sesuai KTP (lampirkan foto KTP)",
        "Alamat lengkap",
        "Nomor telepon/HP yang dapat dihubungi",
        "Tujuan penggunaan informasi",
        "Cara memperoleh informasi (melihat / salinan hardcopy / softcopy) dan cara pengirimannya",
    ]
    for i, a in enumerate(asks, 1):
        d.need(13)
        d.pg.t(d.L + 10, d.y, f"{i}.", fr, ctx.size)
        d.para(a, x=d.L + 24)
    d.gap(3)
    for s in (
        "Salam,",
        f"{clerk['core']}",
        "Petugas Layanan Informasi PPID KPU Provinsi Sumatera Selatan",
        "Telp. (0711) 350 445",
    ):
        d.line_text(s)
    d.gap(10)
    # 3. the answer
    mail_message_head(d, p["core"], p["email"], w3, "PPID KPU Provinsi Sumatera Selatan", fr, fb)
    d.line_text(rng.choice(("Baik, berikut data saya:", "Terima kasih, berikut saya lengkapi:")))
    d.gap(3)
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    wish = rng.choice(tuple(OB_CHAT))
    ob, dl = OB_CHAT[wish]
    rows = [("Nama", p["name"]), ("NIK", spaced_nik(p["nik"], rng)), ("Alamat", addr)]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    if not phone_first:
        rows.append(("No. HP", wa_mark(rng, p["phone"])))
    rows += [("Tujuan", purpose), ("Cara memperoleh", wish)]
    kv_rows(d, rows, x=d.L + 6)
    d.gap(2)
    d.line_text(rng.choice(("Foto KTP saya lampirkan.", "KTP terlampir ya.")))
    d.line_text("Terima kasih.")
    d.line_text(p["core"])
    d.gap(4)
    chip = f"KTP_{p['core'].split()[0]}.jpg"
    d.need(24)
    d.pg.rect(d.L, d.y - 11, tw(chip, fr, 8) + 30, 18, 0.6, GREY, (245, 245, 245))
    d.pg.t(d.L + 22, d.y + 1, chip, fr, 8)
    d.pg.rect(d.L + 6, d.y - 7, 10, 10, 0.5, (200, 60, 60), (230, 120, 120))
    d.gap(20)
    if rng.random() < 0.5:
        d.line_text("[Kutipan teks disembunyikan]", fr, 8, color=GREY)
    else:
        d.line_text(
            f"Pada {w2} PPID KPU Provinsi Sumatera Selatan <ppid@sumsel.kpu.go.id> menulis:",
            fr,
            8.5,
            color=GREY,
        )
        top = d.y - 9
        page0 = d.pg
        for a in [f"Yth. Saudara/i {p['core']},", "Terima kasih telah menghubungi ...", *asks]:
            d.para("> " + a, fr, 8.5, x=d.L + 12, color=GREY)
        if d.pg is page0:
            page0.line(d.L + 4, top, d.L + 4, d.y - 8, 1.2, LIGHT)
    pdt = d3 + timedelta(days=rng.randint(0, 2))
    browser_chrome(
        d.pages,
        f"Surel KPU Sumsel - {subj}",
        f"https://mail.sumsel.kpu.go.id/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all&permthid=thread-f:{rng.randint(10**17, 10**18)}",
        fr,
        f"{pdt.strftime('%d/%m/%y')} {hhmm(rng)}",
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=d1.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P01_surel_utas_lengkapi",
        d.pages,
        fields,
        scan_hint={"received_lag": (pdt - d1).days},
    )


SMS_CARA = {  # the CARA part of a gateway message -> (obtain, delivery, needs e-mail)
    "SOFTCOPY VIA EMAIL {email}": ("salinan_softcopy", "email", True),
    "AMBIL LANGSUNG": (None, "mengambil_langsung", False),
    "FOTOKOPI DIKIRIM POS": ("salinan_hardcopy", "pos", False),
    "LIHAT LANGSUNG": ("melihat", None, False),
    "SALINAN DIAMBIL SENDIRI": ("salinan", "mengambil_langsung", False),
    "KIRIM EMAIL {email}": (None, "email", True),
}
SMS_PURPOSES = (
    "Bahan skripsi",
    "Tugas kuliah",
    "Bahan berita",
    "Pengawasan pemilu oleh warga",
    "Arsip pribadi",
    "Rapat evaluasi organisasi",
    "Penelitian partisipasi pemilih",
)


def p02_sms_gateway_pagar(ctx: Ctx) -> Letter:
    """The desk's SMS-gateway web page "Detail Pesan Masuk" printed: a citizen sent a request in the
    published keyword format INFO#NAMA#NIK#ALAMAT#INFORMASI#TUJUAN#CARA (several items split by
    ";"), the gateway's parsed table of the parts, and sometimes its automatic reply carrying the
    Nomor Pendaftaran; the sender number in the header."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    ctx.r, ctx.b, ctx.i = fr, fb, ("hi" if fr == "hr" else "di")
    ctx.size = 9.5
    mono = rng.choice(("cr", "mr"))
    d = Doc(ctx, top=60, left=46, right=PW - 46)
    pg = d.pg
    p = make_person(rng, degree_p=0.15, prefix_p=0.05)
    upper = rng.random() < 0.6
    got = f"{ctx.date.strftime('%d-%m-%Y')} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    pg.rect(0, 30, PW, 30, 0, None, (32, 92, 150))
    pg.t(
        d.L,
        50,
        rng.choice(("SIM-SMS Layanan Informasi", "SMS Center PPID", "Gateway SMS PPID")),
        fb,
        12,
        WHITE,
    )
    pg.t(d.R, 50, "KPU Provinsi Sumatera Selatan", fr, 9, WHITE, "r")
    nav = ("Kotak Masuk", "Terkirim", "Kontak", "Format", "Laporan")
    xx = d.L
    for i, n in enumerate(nav):
        pg.t(xx, 78, n, fb if i == 0 else fr, 8.5, (32, 92, 150) if i == 0 else GREY)
        xx += tw(n, fr, 8.5) + 22
    pg.line(d.L, 84, d.R, 84, 0.5, LIGHT)
    d.y = 108
    d.line_text("Detail Pesan Masuk", fb, 13)
    d.gap(4)
    sender = rng.choice(("+62" + p["nat"], "0" + p["nat"], "62" + p["nat"]))
    n_parts = rng.randint(2, 3)
    hdr = [
        ("ID Pesan", str(rng.randint(10000, 99999))),
        ("Diterima", got),
        ("Dari", sender),
        ("Operator", rng.choice(("Telkomsel", "Indosat Ooredoo", "XL Axiata", "Smartfren"))),
        ("Jumlah bagian", f"{n_parts} (pesan gabungan)"),
        ("Kata kunci", "INFO"),
    ]
    kv_rows(d, hdr, size=9, vfont=fr)
    d.gap(6)
    name = rng.choice((p["core"], p["name"])) if not upper else p["core"].upper()
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 6)))
    items = short_items(rng, 1, 3)
    purpose = rng.choice(SMS_PURPOSES)
    cara_t = rng.choice(tuple(SMS_CARA))
    ob, dl, needs_mail = SMS_CARA[cara_t]
    cara = cara_t.format(email=p["email"])
    if upper:
        addr, items, purpose = addr.upper(), [x.upper() for x in items], purpose.upper()
    else:
        cara = cara.lower()
        cara = cara[0].upper() + cara[1:]
    nik = p["nik"]
    raw = "#".join(("INFO", name, nik, addr, ";".join(items), purpose, cara))
    d.line_text("Isi Pesan:", fb, 9.5)
    top = d.y - 10
    d.para(raw, mono, 9.5, x=d.L + 8, w=d.W - 16, lead=13)
    d.pg.rect(d.L, top, d.W, d.y - top - 4, 0.6, GREY)
    d.gap(10)
    d.line_text("Hasil Pembacaan Format (otomatis)", fb, 10)
    d.gap(2)
    parsed = [
        ("NAMA", name),
        ("NIK", nik),
        ("ALAMAT", addr),
        ("INFORMASI", ";".join(items)),
        ("TUJUAN", purpose),
        ("CARA", cara),
    ]
    widths = [80.0, d.W - 80]
    table2(d, widths, [[k, v] for k, v in parsed], ["Bagian", "Isi"], font=fr, size=8.5, hfont=fb)
    show_reg = rng.random() < 0.6
    reg = f"{rng.randint(1, 160):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_reg:
        d.line_text("Balasan otomatis", fb, 10)
        d.line_text(f"Terkirim: {got[:-3]} ke {sender}", fr, 8.5, color=GREY)
        d.para(
            f"Terima kasih, permohonan informasi Anda telah tercatat dengan Nomor Pendaftaran {reg}. Informasi akan disampaikan paling lambat 10 hari kerja. Info: (0711) 350 445.",
            mono,
            9,
            x=d.L + 8,
            w=d.W - 16,
        )
        status = "Tercatat - diteruskan ke petugas"
    else:
        status = rng.choice(("Menunggu verifikasi petugas", "Baru"))
    d.gap(6)
    d.kv("Status", status, 60, size=9)
    pdt = ctx.date + timedelta(days=rng.randint(0, 3))
    browser_chrome(
        d.pages,
        "Detail Pesan - SMS Gateway",
        f"http://10.16.1.{rng.randint(2, 250)}/smsgw/index.php/inbox/detail/{hdr[0][1]}",
        fr,
        f"{pdt.strftime('%d/%m/%Y')} {hhmm(rng, ':')}",
    )
    fields = F(
        applicant_name=name,
        nik=nik,
        address=addr,
        phone=p["e164"],
        email=p["email"] if needs_mail else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=reg if show_reg else None,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P02_sms_gateway_pagar",
        d.pages,
        fields,
        scan_hint={"received_lag": (pdt - ctx.date).days},
    )


UNITS = (
    "Subbagian Keuangan, Umum dan Logistik",
    "Subbagian Teknis dan Hubungan Partisipasi Masyarakat",
    "Subbagian Perencanaan, Data dan Informasi",
    "Subbagian Hukum dan Sumber Daya Manusia",
)
DIP = (  # section, summary, unit index, retention
    ("A", "Profil dan struktur organisasi KPU Provinsi Sumatera Selatan", 3, "Selama berlaku"),
    ("A", "Rencana Strategis KPU Provinsi Sumatera Selatan 2025-2029", 2, "Permanen"),
    ("A", "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024", 2, "5 Tahun"),
    ("A", "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun 2024", 0, "10 Tahun"),
    ("A", "DIPA KPU Provinsi Sumatera Selatan Tahun Anggaran 2025", 0, "5 Tahun"),
    ("A", "Rencana Umum Pengadaan Barang/Jasa Tahun 2025", 0, "5 Tahun"),
    ("A", "Laporan layanan informasi publik Tahun 2024", 2, "5 Tahun"),
    ("B", "Informasi keadaan darurat di lingkungan kantor", 0, "1 Tahun"),
    ("C", "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024", 1, "Permanen"),
    ("C", "Keputusan penetapan hasil Pemilihan Gubernur 2024", 3, "Permanen"),
    ("C", "Data jumlah TPS Pemilihan Serentak 2024", 1, "5 Tahun"),
    ("C", "Laporan dana kampanye pasangan calon Gubernur 2024", 1, "10 Tahun"),
    ("C", "Daftar calon terpilih anggota DPRD Provinsi 2024", 1, "Permanen"),
    ("C", "Standar operasional prosedur layanan informasi", 2, "Selama berlaku"),
    ("C", "Rekapitulasi partisipasi pemilih Pemilihan 2024", 1, "Permanen"),
    ("C", "Hasil pemutakhiran data pemilih berkelanjutan 2025", 2, "5 Tahun"),
    ("C", "Daftar aset dan inventaris kantor", 0, "5 Tahun"),
)
DIP_SECTIONS = {
    "A": "A. Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala",
    "B": "B. Informasi yang Wajib Diumumkan Secara Serta Merta",
    "C": "C. Informasi yang Wajib Tersedia Setiap Saat",
}


def p03_dip_stabilo(ctx: Ctx) -> Letter:
    """A short request "sebagaimana yang saya tandai" + the office's Daftar Informasi Publik printed
    from the website (portrait or landscape) with the wanted rows marked by a yellow highlighter
    (and now and then a pen tick in the margin); the items are the marked rows' summaries."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35, prefix_p=0.12)
    rows_all = [r for r in DIP if rng.random() < 0.85 or r[0] == "B"]
    k = rng.randint(1, min(4, len(rows_all) - 1))
    chosen = sorted(rng.sample([i for i, r in enumerate(rows_all) if r[0] != "B"], k))
    items = [rows_all[i][1] for i in chosen]
    nums = [str(i + 1) for i in chosen]
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Informasi sesuai DIP", "Permintaan Informasi")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "1 (satu) lembar DIP yang telah ditandai", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.75
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    rows.append(("Alamat", addr))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("No. Telp/HP", wa_mark(rng, p["phone"])))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 20)
    d.gap(4)
    ntxt = nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " dan " + nums[-1]
    d.para(
        f"dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan yang saya unduh dari laman resmi, yaitu nomor {ntxt} yang telah saya tandai dengan stabilo pada lampiran surat ini.",
        justify=True,
    )
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"])
    # the DIP printout
    land = rng.random() < 0.5
    size = A4L if land else (PW, PH)
    dp = Page(w=size[0], h=size[1])
    d.pages.append(dp)
    L, R = 36.0, size[0] - 36
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    dp.t(
        L,
        20,
        f"{(ctx.date - timedelta(days=rng.randint(1, 20))).strftime('%d/%m/%Y')} {hhmm(rng, ':')}",
        fr,
        7,
    )
    dp.t(size[0] / 2, 20, "DIP - PPID KPU Provinsi Sumatera Selatan", fr, 7, align="c")
    y = 48.0
    for s2, f2, z in (
        ("DAFTAR INFORMASI PUBLIK", fb, 12),
        ("PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", fb, 10.5),
        ("TAHUN 2025", fb, 10.5),
    ):
        dp.t(size[0] / 2, y, s2, f2, z, align="c")
        y += z * 1.35
    y += 6
    W = R - L
    fz = 7.0 if not land else 7.6
    heads = (
        "No",
        "Ringkasan Isi Informasi",
        "Pejabat/Unit yang Menguasai Informasi",
        "Penanggung Jawab",
        "Waktu dan Tempat Pembuatan",
        "Bentuk Informasi",
        "Jangka Waktu Penyimpanan",
    )
    longest = max(tw(r[1], fr, 1) for r in rows_all)
    wi = [18.0, 0.0, 0.19 * W, 0.1 * W, 0.1 * W, 0.1 * W, 0.115 * W]
    wi[1] = W - sum(wi)
    fz = min(fz, (wi[1] - 12) / longest)
    lead = fz * 1.25
    pad = 3.0

    def row(cells, font, fill=None, hl=False):
        nonlocal y
        wrapped = [wrap(c, font, fz, w - 2 * pad) for c, w in zip(cells, wi, strict=True)]
        h = max(len(c) for c in wrapped) * lead + 2 * pad
        if fill:
            dp.rect(L, y, W, h, 0, None, fill)
        if hl:
            dp.rect(L + wi[0] + 1, y + 1.5, wi[1] - 2, h - 3, 0, None, YELLOW)
        xx = L
        for c, w in zip(wrapped, wi, strict=True):
            dp.rect(xx, y, w, h, 0.5)
            yy = y + pad + fz
            for ln in c:
                dp.t(xx + pad, yy, ln, font, fz)
                yy += lead
            xx += w
        y += h
        return h

    row(list(heads), fb, LIGHT)
    sec = None
    ink = rng.choice((BLUE, INK, RED))
    for i, r in enumerate(rows_all):
        if r[0] != sec:
            sec = r[0]
            dp.rect(L, y, W, lead + 2 * pad, 0.5, INK, (240, 240, 240))
            dp.t(L + pad, y + pad + fz, DIP_SECTIONS[sec], fb, fz)
            y += lead + 2 * pad
        when = rng.choice(("2025, Palembang", "Setiap tahun, Palembang", "2024, Palembang"))
        form = rng.choice(("Softcopy / Hardcopy", "Softcopy", "Hardcopy"))
        y0 = y
        row(
            [
                str(i + 1),
                r[1],
                UNITS[r[2]],
                rng.choice(("Sekretaris", "Kepala Bagian")),
                when,
                form,
                r[3],
            ],
            fr,
            hl=i in chosen,
        )
        if i in chosen and rng.random() < 0.4:
            vtick(dp, L - 16, y0 + 10, 8, ink)
    dp.t(L, size[1] - 16, "https://sumsel.kpu.go.id/ppid/daftar-informasi-publik", fr, 6.8)
    dp.t(R, size[1] - 16, "1/1", fr, 7, align="r")
    ktp = (not show_nik) or rng.random() < 0.2
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P03_dip_stabilo", d.pages, fields)


FORMAT_CELLS = {
    "salinan_softcopy": ("Softcopy", "Softcopy (PDF)", "PDF", "Excel/PDF"),
    "salinan_hardcopy": ("Hardcopy", "Fotokopi", "Cetak"),
    "salinan": ("Salinan",),
}
YEAR_CELLS = ("2024", "2024", "2024", "2019", "2020", "2019-2024")


def p04_a5_sambungan(ctx: Ctx) -> Letter:
    """A request typed on A5 paper that runs onto a second sheet: the continuation mark ".../2" at
    the foot of page 1 and "- 2 -" at the head of page 2, identity rows with the birth place and
    date, the items in a table No | Jenis Informasi | Tahun | Format (one format for all rows),
    often the KTP copy on a third A5 sheet."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 10.0)
    d = Doc(ctx, top=46, left=44, right=A5[0] - 34, size=A5)
    d.bottom = A5[1] - 48
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    d.gap(2)
    _nl, ll, hl = labels(rng)
    subj = rng.choice(("Permohonan Informasi Publik", "Permohonan Data", "Permintaan Informasi"))
    show_ktp = rng.random() < 0.45
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "1 (satu) lembar fotokopi KTP" if show_ktp else "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng, rng.choice((0, 1, 5, 7)))
    show_nik = rng.random() < 0.7 or not show_ktp
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.45
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    rows.append(
        (
            "Tempat/Tgl. Lahir",
            f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash')))}",
        )
    )
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Alamat", addr))
    rows.append(("No. HP", wa_mark(rng, p["phone"])))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 12)
    d.gap(3)
    d.para(
        rng.choice(
            (
                "dengan ini mengajukan permohonan informasi publik sebagai berikut:",
                "mengajukan permintaan informasi/data dengan rincian:",
            )
        ),
        justify=True,
    )
    ob = rng.choice(("salinan_softcopy", "salinan_softcopy", "salinan_hardcopy", "salinan"))
    cell = rng.choice(FORMAT_CELLS[ob])
    size = ctx.size - 1.5
    widths = [20.0, 0.0, 40.0, 70.0]
    widths[1] = d.W - sum(widths)
    pool = [it.format(kab=rng.choice(KABS)) for it in TABLE_ITEMS]
    pool = [it for it in dict.fromkeys(pool) if tw(it, ctx.r, size) <= widths[1] - 10]
    picks = rng.sample(pool, rng.randint(1, min(4, len(pool))))
    years = [rng.choice(YEAR_CELLS) for _ in picks]
    table2(
        d,
        widths,
        [[str(i + 1), it, yr, cell] for i, (it, yr) in enumerate(zip(picks, years, strict=True))],
        ["No", "Jenis Informasi", "Tahun", "Format"],
        size=size,
        cont_caption="(lanjutan tabel)",
    )
    items = [f"{it} {yr}" for it, yr in zip(picks, years, strict=True)]
    if d.y + 190 > d.bottom:
        d.newpage()
    purpose = rng.choice(PURPOSES)
    d.para(f"Adapun informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    dl = rng.choice((None, "email", "mengambil_langsung", "pos", "kurir"))
    dl = fit_delivery(rng, ob, dl)
    if dl:
        d.para(
            rng.choice(
                (
                    f"Informasi tersebut mohon {DL_WORDS[dl]}.",
                    f"Untuk penyampaiannya, mohon {DL_WORDS[dl]}.",
                )
            ).replace("mohon saya ambil", "akan saya ambil"),
            justify=True,
        )
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    n = len(d.pages)
    for i, pg in enumerate(d.pages):
        if i < n - 1:
            pg.t(
                d.R,
                A5[1] - 26,
                rng.choice((f".../{i + 2}", f"…/{i + 2}", f"bersambung ke hlm. {i + 2}")),
                ctx.r,
                ctx.size - 1,
                align="r",
            )
        if i:
            pg.t(A5[0] / 2, 26, f"- {i + 1} -", ctx.r, ctx.size - 1, align="c")
    if show_ktp:
        d.pages.append(ktp_cards(ctx, [p], size=A5))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P04_a5_sambungan", d.pages, fields)


COURIERS = (
    ("KILAT EKSPRES", "Kirim Cepat, Sampai Tepat", "KLX", (200, 30, 40)),
    ("NUSA KURIR", "Ekspedisi Dokumen & Paket", "NSK", (20, 90, 170)),
    ("SRIWIJAYA LOGISTIK", "Antar Se-Sumatera", "SWL", (0, 120, 70)),
    ("LINTAS ANTAR EXPRESS", "Layanan Kiriman Nasional", "LAE", (230, 120, 0)),
)


def waybill(ctx: Ctx, pg: Page, p: dict, addr: str, shipped: date) -> None:
    """The courier's consignment note (resi) as photocopied on the upper half of an A4 sheet."""
    rng = ctx.rng
    name, tag, code, col = rng.choice(COURIERS)
    mono = rng.choice(("cr", "mr", "hr"))
    x0, y0, w = 48.0, 60.0, PW - 96
    pg.rect(x0, y0, w, 360, 1.0)
    pg.rect(x0, y0, w, 40, 0, None, col)
    pg.t(x0 + 10, y0 + 22, name, "hb", 15, WHITE)
    pg.t(x0 + 10, y0 + 34, tag, "hi", 7.5, WHITE)
    no = f"{code}{shipped.strftime('%y%m')}{rng.randint(10**7, 10**8 - 1)}"
    pg.rect(x0 + w - 196, y0 + 3, 192, 34, 0, None, WHITE)
    barcode(pg, x0 + w - 190, y0 + 5, 180, 22, rng)
    pg.t(x0 + w - 100, y0 + 34, no, "hr", 6.5, INK, "c")
    pg.t(x0 + 10, y0 + 58, "No. Resi :", "hb", 9)
    pg.t(x0 + 70, y0 + 58, no, mono, 10)
    pg.t(
        x0 + w - 10,
        y0 + 58,
        f"Tgl. Kirim : {shipped.strftime('%d-%m-%Y')} {hhmm(rng, ':')}",
        "hr",
        8.5,
        align="r",
    )
    pg.line(x0, y0 + 66, x0 + w, y0 + 66, 0.6)
    half = w / 2
    pg.line(x0 + half, y0 + 66, x0 + half, y0 + 196, 0.6)
    for col_x, title, lines in (
        (
            x0 + 8,
            "PENGIRIM",
            [p["core"].upper(), *wrap(addr.upper(), mono, 8, half - 20), "Telp. " + p["phone"]],
        ),
        (
            x0 + half + 8,
            "PENERIMA",
            [
                "PPID KPU PROVINSI SUMATERA SELATAN",
                "JL. KAPTEN A. RIVAI NO. 95",
                "PALEMBANG 30129",
                "Telp. (0711) 350 445",
            ],
        ),
    ):
        pg.t(col_x, y0 + 80, title, "hb", 8.5)
        yy = y0 + 94
        for ln in lines[:7]:
            pg.t(col_x, yy, ln, mono, 8)
            yy += 11
    pg.line(x0, y0 + 196, x0 + w, y0 + 196, 0.6)
    cells = [
        ("Asal", p["city"].upper()),
        ("Tujuan", "PALEMBANG"),
        ("Layanan", rng.choice(("REG", "YES", "OKE", "KILAT"))),
        ("Berat", f"{rng.choice(('0,1', '0,2', '0,3'))} kg"),
        ("Koli", "1"),
        ("Isi Kiriman", rng.choice(("DOKUMEN", "SURAT", "DOKUMEN/SURAT"))),
    ]
    cw = w / 3
    for i, (k, v) in enumerate(cells):
        cx = x0 + (i % 3) * cw + 8
        cy = y0 + 212 + (i // 3) * 30
        pg.t(cx, cy, k, "hr", 7.5, GREY)
        pg.t(cx, cy + 12, v, mono, 9)
    pg.line(x0, y0 + 260, x0 + w, y0 + 260, 0.6)
    fee = rng.choice((9000, 11000, 15000, 18000, 24000))
    pg.t(x0 + 8, y0 + 276, "Ongkos Kirim", "hr", 8.5)
    pg.t(x0 + 150, y0 + 276, rp(fee), mono, 9)
    pg.t(x0 + 8, y0 + 290, "Asuransi", "hr", 8.5)
    pg.t(x0 + 150, y0 + 290, "-", mono, 9)
    pg.t(x0 + 8, y0 + 304, "Total", "hb", 8.5)
    pg.t(x0 + 150, y0 + 304, rp(fee), mono, 9)
    pg.t(x0 + half + 8, y0 + 276, "Tanda tangan pengirim", "hr", 7.5)
    ctx.sig(pg, x0 + half + 20, y0 + 280, 70, (30, 30, 30))
    pg.t(x0 + w - 120, y0 + 276, "Petugas", "hr", 7.5)
    pg.t(x0 + w - 120, y0 + 334, make_person(rng, degree_p=0)["core"].split()[0].upper(), mono, 8)
    pg.t(
        x0 + 8,
        y0 + 350,
        "Lembar untuk Penerima - simpan resi ini sebagai bukti pengiriman",
        "hi",
        7,
        GREY,
    )


def p05_resi_kurir_sampul(ctx: Ctx) -> Letter:
    """A request from outside Palembang sent by courier, scanned with its consignment note: page 1
    the photocopied resi (barcode, sender and addressee blocks, service, weight, fee), page 2 the
    letter itself, sometimes a KTP copy on page 3; the resi's date is the shipping day, not the
    letter's.  Always a scan."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.3, prefix_p=0.12)
    while p["city"] == "Palembang":
        p = make_person(rng, degree_p=0.3, prefix_p=0.12)
    addr = fmt_address(p, rng, rng.choice((0, 1, 2, 5, 7)))
    shipped = ctx.date + timedelta(days=rng.randint(0, 3))
    cover = Page()
    waybill(ctx, cover, p, addr, shipped)
    d = Doc(ctx, top=64)
    d.pages = [cover, d.pg]
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    d.gap(4)
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Salinan Informasi", "Permintaan Data Pemilu")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    prose = rng.random() < 0.5
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.35
    items = info_items(rng, 1, 3)
    if prose:
        s = f"Saya, {p['name']}"
        if show_nik:
            s += f", NIK {spaced_nik(p['nik'], rng)}"
        if show_job:
            s += f", pekerjaan {lc1(p['job'])}"
        s += f", beralamat di {addr}, nomor HP {p['phone']}"
        if show_mail:
            s += f", e-mail {p['email_printed']}"
        s += ", dengan ini mengajukan permohonan informasi publik berupa:"
        d.para(s, justify=True)
    else:
        d.para("Yang bertanda tangan di bawah ini:")
        rows = [("Nama", p["name"])]
        if show_nik:
            rows.append(("NIK", spaced_nik(p["nik"], rng)))
        if show_job:
            rows.append(("Pekerjaan", p["job"]))
        rows += [("Alamat", addr), ("Telepon", p["phone"])]
        if show_mail:
            rows.append(("Surel", p["email_printed"]))
        kv_rows(d, rows, x=d.L + 20)
        d.para("mengajukan permohonan informasi publik berupa:")
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES)
    d.para(
        f"Informasi tersebut saya butuhkan sebagai {lc1(purpose)}. Karena saya berdomisili di luar Kota Palembang, surat ini saya kirimkan melalui jasa pengiriman.",
        justify=True,
    )
    ob = rng.choice((*OBTAIN, None))
    dl = rng.choice(("pos", "pos", "kurir", "email", None))
    dl = fit_delivery(rng, ob, dl)
    if ob == "melihat":
        dl = None
    s2 = ob_dl_words(rng, ob, dl)
    if s2:
        d.para(s2, justify=True)
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"])
    ktp = (not show_nik) or rng.random() < 0.3
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P05_resi_kurir_sampul",
        d.pages,
        fields,
        scan_hint={"scan_only": True, "received_lag": (shipped - ctx.date).days + 1},
    )


PESANTREN = (
    ("YAYASAN PENDIDIKAN ISLAM NURUL HIKMAH", "PONDOK PESANTREN NURUL HIKMAH", "PPNH", 2),
    ("YAYASAN DARUSSALAM AL-MUBAROK", "PONDOK PESANTREN DARUSSALAM AL-MUBAROK", "DAM", 4),
    ("YAYASAN RAUDHATUL ULUM", "PONDOK PESANTREN RAUDHATUL ULUM AL-FALAH", "RUF", 7),
    ("YAYASAN MIFTAHUL JANNAH SUMATERA SELATAN", "PONDOK PESANTREN MIFTAHUL JANNAH", "PPMJ", 6),
)
USTADZ_PFX_M = ("KH.", "H.", "Drs. H.", "Dr. H.", "KH. Drs.")
USTADZ_DEG = ("Lc.", "Lc., M.A.", "S.Pd.I.", "M.Pd.I.", "S.Ag., M.H.I.", "S.H.I.")
SANTRI_PURPOSES = (
    "Bahan kajian fikih siyasah dan pendidikan pemilih pemula bagi para santri",
    "Penyusunan modul pendidikan politik santri",
    "Bahan diskusi Bahtsul Masail tentang partisipasi pemilih",
    "Materi pembekalan santri kelas akhir yang telah memiliki hak pilih",
)
ORDINALS = ("pertama", "kedua", "ketiga", "keempat")


def p06_pesantren_salam_narasi(ctx: Ctx) -> Letter:
    """A pesantren's letter in the Islamic epistolary manner: Basmalah line, "Assalamu'alaikum
    Warahmatullahi Wabarakatuh", long narrative paragraphs (praise, shalawat, the santri who are
    first-time voters), the leader's identity inside the prose, the items inline as "pertama, ...;
    kedua, ...", the date in Hijri and Gregorian, "Wallahul Muwaffiq ..." closing."""
    rng = ctx.rng
    umb, name, code, city_i = rng.choice(PESANTREN)
    c = CITIES[city_i]
    d = Doc(ctx, top=60)
    male = rng.random() < 0.85
    p = make_person(rng, male=male, degree_p=0.0, prefix_p=0.0)
    pf = rng.choice(USTADZ_PFX_M) if male else rng.choice(("Hj.", "Dr. Hj.", "Nyai Hj."))
    p["name"] = f"{pf} {p['core']}, {rng.choice(USTADZ_DEG)}"
    set_birth(p, rng, 1960, 1985)
    kel, kec = rng.choice(c[3])
    sec_addr = (
        f"{rng.choice(c[4])} Km. {rng.randint(2, 30)}, Desa/Kel. {kel}, Kec. {kec}, {c[1].title()}"
    )
    kop2(
        d,
        [(umb, ctx.b, 10.5), (name, ctx.b, 16)],
        [
            f"Izin Operasional Kemenag RI No. {rng.randint(100, 999)} Tahun {rng.randint(2008, 2020)}  NSPP: 5101160{rng.randint(10000, 99999)}",
            f"Sekretariat: {sec_addr}",
            f"Surel: {code.lower()}.pesantren@gmail.com  Telp. {landline(rng, c[5])[0]}",
        ],
        rng.choice(("l", "lr", "c")),
        rng.choice((GREEN, GREEN, INK, (0, 90, 60))),
        rng.choice(("double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    d.line_text("Bismillahirrahmanirrahim", ctx.i, ctx.size + 1, align="c")
    d.gap(4)
    num = f"{rng.randint(1, 240):03d}/{code}/A/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Data Pemilih Pemula",
            "Permohonan Informasi Publik",
            "Permohonan Data Kepemiluan",
        )
    )
    style = rng.random()
    dline = f"{c[0]}, {hijri_str(ctx.date)} / {fmt_date(ctx.date, 'long')} M"
    if style < 0.5:
        nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], None)
        d.line_text(dline, align="r")
    else:
        d.line_text(dline, align="r")
        nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], None)
    d.gap(2)
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Assalamu'alaikum Warahmatullahi Wabarakatuh,", ctx.i)
    d.gap(2)
    d.para(
        "Puji syukur kita panjatkan ke hadirat Allah SWT atas limpahan rahmat dan karunia-Nya. Shalawat serta salam semoga senantiasa tercurah kepada junjungan kita Nabi Muhammad SAW, beserta keluarga, sahabat, dan para pengikutnya hingga akhir zaman.",
        justify=True,
        indent=28,
    )
    n_santri = rng.randint(180, 1400)
    d.para(
        f"Pondok pesantren kami saat ini membina lebih kurang {n_santri} santri, sebagian di antaranya telah berusia 17 tahun dan akan menjadi pemilih pemula pada pemilihan umum yang akan datang. Setiap pekan kami menyelenggarakan kajian yang mengaitkan nilai-nilai keislaman dengan kehidupan berbangsa, termasuk pentingnya menggunakan hak pilih secara cerdas dan bertanggung jawab. Untuk itu kami memerlukan data dan informasi yang akurat dari sumber resminya.",
        justify=True,
        indent=28,
    )
    addr = fmt_address(p, rng, rng.choice((0, 2, 7)))
    show_nik = rng.random() < 0.75
    show_job = rng.random() < 0.35
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    s = f"Sehubungan dengan hal tersebut, kami yang bertanda tangan di bawah ini, {p['name']}"
    if show_nik:
        s += f", Nomor Induk Kependudukan {p['nik']}"
    s += f", selaku Pimpinan {title_id(name)}"
    if show_job:
        s += f", sehari-hari bekerja sebagai {lc1(p['job'])}"
    s += f", beralamat di {addr}, nomor telepon/WhatsApp {p['phone']}, dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan"
    if len(items) == 1:
        s += f", yaitu {lc1(items[0])}."
    else:
        parts = [f"{ORDINALS[i]}, {lc1(it)}" for i, it in enumerate(items)]
        s += ", yaitu: " + "; ".join(parts[:-1]) + "; dan " + parts[-1] + "."
    d.para(s, justify=True, indent=28)
    purpose = rng.choice(SANTRI_PURPOSES)
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    if ob == "melihat":
        dl = None
    s2 = f"Informasi tersebut insya Allah akan kami pergunakan sebagai {lc1(purpose)}."
    if ob:
        s2 += " Kami berharap dapat " + OB_WORDS[ob].replace("mendapatkan", "memperoleh") + "."
    if dl == "mengambil_langsung":
        s2 += " Informasi tersebut akan kami ambil langsung di kantor PPID."
    elif dl:
        s2 += f" Informasi tersebut mohon {DL_WORDS[dl]}."
    d.para(s2, justify=True, indent=28)
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan jazakumullahu khairan katsiran.",
        justify=True,
        indent=28,
    )
    d.line_text("Wallahul Muwaffiq Ila Aqwamith Thariq,", ctx.i)
    d.line_text("Wassalamu'alaikum Warahmatullahi Wabarakatuh.", ctx.i)
    d.gap(4)
    sign_block(d, ["Pimpinan Pondok Pesantren,"], p["name"], stamp=(name, code))
    ktp = (not show_nik) or rng.random() < 0.25
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=name,
    )
    return Letter("permohonan_informasi", "P06_pesantren_salam_narasi", d.pages, fields)


OTHER_BODIES = (
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS KOMUNIKASI DAN INFORMATIKA"],
        "Jl. Kapten A. Rivai No. 1 Palembang 30129  Laman: ppid.sumselprov.go.id",
        "PPID Dinas Komunikasi dan Informatika Provinsi Sumatera Selatan",
    ),
    (
        ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        "Jl. Mayor Ruslan No. 27 Palembang  Laman: sumsel.bawaslu.go.id",
        "PPID Bawaslu Provinsi Sumatera Selatan",
    ),
    (
        ["PEMERINTAH KOTA PALEMBANG", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI"],
        "Jl. Merdeka No. 1 Palembang 30131  Laman: ppid.palembang.go.id",
        "PPID Utama Pemerintah Kota Palembang",
    ),
    (
        [
            "PEMERINTAH KABUPATEN BANYUASIN",
            "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
        ],
        "Jl. Sekojo No. 1 Pangkalan Balai 30753  Laman: ppid.banyuasinkab.go.id",
        "PPID Utama Kabupaten Banyuasin",
    ),
)
OB_FORM = (
    ("melihat", "Melihat/membaca/mendengarkan/mencatat"),
    ("salinan", "Mendapatkan salinan informasi (hardcopy/softcopy) ***)"),
)
DL_FORM = (
    ("mengambil_langsung", "Mengambil langsung"),
    ("kurir", "Kurir"),
    ("pos", "Pos"),
    ("faksimili", "Faksimili"),
    ("email", "E-mail"),
)


def p07_formulir_instansi_lain_coret(ctx: Ctx) -> Letter:
    """Another public body's request form (Diskominfo, Bawaslu, the city's PPID) used for the KPU:
    the other body's name in the addressee line struck through by pen with "PPID KPU Provinsi
    Sumsel" written above it; identity on dotted lines, the items on ruled lines, tick boxes for how
    to obtain (hardcopy or softcopy struck "coret yang tidak perlu") and how to receive; typed at the
    counter or hand-filled; the KPU clerk's Nomor Pendaftaran written in red sometimes."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=50, left=58, right=PW - 56)
    lines, sub, addressee = rng.choice(OTHER_BODIES)
    kop2(
        d,
        [(lines[0], "hb", 11), (lines[1], "hb", 13)],
        [sub],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    d.y -= 6
    d.line_text("FORMULIR PERMOHONAN INFORMASI PUBLIK", "hb", 12, align="c")
    d.gap(2)
    pg = d.pg
    bx = d.R - 230
    pg.rect(bx, d.y - 11, 230, 18, 0.6)
    pg.t(bx + 5, d.y + 1, "No. Pendaftaran *) :", "hr", 8.5)
    show_num = rng.random() < 0.5
    num = f"{rng.randint(1, 160):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        pg.t(bx + 88, d.y + 1, num, "hand", 10, RED)
    d.gap(36)
    y_to = d.y
    pg.t(d.L, y_to, "Kepada Yth.", "hr", 10)
    pg.t(d.L + 70, y_to, addressee, "hr", 10)
    ink = ctx.ink
    strike(pg, d.L + 70, y_to, tw(addressee, "hr", 10), ink)
    pg.t(d.L + 90 + rng.uniform(-6, 6), y_to - 13, "PPID KPU Provinsi Sumsel", "hand", 11.5, ink)
    d.gap(22)
    p = make_person(rng, degree_p=0.2, prefix_p=0.06)
    addr = fmt_address(p, rng, rng.choice((2, 3, 4, 6)))
    show_mail = rng.random() < 0.55
    size = 10.0
    lw = 128.0
    rows = [
        ("Nama", p["name"]),
        ("NIK / No. Identitas", p["nik"]),
        ("Alamat", addr),
        ("Pekerjaan", p["job"]),
        ("No. Telepon/HP", p["phone"]),
        ("E-mail", p["email_printed"] if show_mail else None),
    ]
    vf = "hand" if hand else rng.choice(("cr", "tr", "dr"))
    vsz = size + 1.5 if hand else size

    def frow(label, values, nlines=1):
        lead = 19.0 if hand else size * 1.6
        vx = d.L + lw + 8
        above = tw(label, "hr", size) > lw - 4
        if above:
            vx = d.L + 22
        lines = []
        for v in values:
            lines += wrap(v, vf, vsz, d.R - vx - 4) if v else [""]
        lines += [""] * (nlines - len(lines))
        d.need(lead * (len(lines) + above))
        if above:
            d.pg.t(d.L, d.y, label + " :", "hr", size)
            d.y += lead
        for i, ln in enumerate(lines):
            if i == 0 and not above:
                d.pg.t(d.L, d.y, label, "hr", size)
                d.pg.t(d.L + lw, d.y, ":", "hr", size)
            dotted(d.pg, vx, d.y, d.R)
            if ln:
                if hand:
                    d._hand(vx + 2, d.y - 1, ln, vsz, ink)
                else:
                    d.pg.t(vx + 2, d.y, ln, vf, vsz)
            d.y += lead

    for k, v in rows:
        frow(k, [v] if v else [])
    items = short_items(rng, 1, 3)
    vals = [f"{i}. {it}" if len(items) > 1 else it for i, it in enumerate(items, 1)]
    frow("Rincian Informasi yang Dibutuhkan", vals, 3)
    purpose = rng.choice(PURPOSES[:6] + SMS_PURPOSES[:3])
    frow("Tujuan Penggunaan Informasi", [purpose], 2)
    d.gap(6)
    ob = rng.choice(("melihat", "salinan", "salinan_hardcopy", "salinan_softcopy", None))
    dl = rng.choice((None, "mengambil_langsung", "email", "pos", "kurir"))
    dl = fit_delivery(rng, ob, dl)
    if ob == "melihat":
        dl = rng.choice((None, "mengambil_langsung"))

    def ticks(title, opts, pick):
        d.need(18 * (len(opts) + 1))
        d.pg.t(d.L, d.y, title, "hb", size)
        d.gap(15)
        for code, lab in opts:
            checkbox(d.pg, d.L + 14, d.y + 1, 9, False, INK, False)
            if code == pick:
                if hand:
                    vtick(d.pg, d.L + 15, d.y, 9, ink)
                else:
                    checkbox(d.pg, d.L + 14, d.y + 1, 9, True, INK, False)
            d.pg.t(d.L + 30, d.y, lab, "hr", size - 0.5)
            if code == "salinan" and pick in ("salinan_hardcopy", "salinan_softcopy"):
                gone = "softcopy" if pick == "salinan_hardcopy" else "hardcopy"
                pre = lab[: lab.index(gone)]
                strike(
                    d.pg, d.L + 30 + tw(pre, "hr", size - 0.5), d.y, tw(gone, "hr", size - 0.5), ink
                )
            d.gap(15)

    obk = "salinan" if ob in ("salinan_hardcopy", "salinan_softcopy") else ob
    ticks("Cara Memperoleh Informasi **)", [(c2, lab) for c2, lab in OB_FORM], obk if obk else "")
    ticks("Cara Mendapatkan Salinan Informasi **)", list(DL_FORM), dl or "")
    d.gap(4)
    pl = rng.choice(("Palembang", p["city"]))
    dstr = fmt_date(ctx.date, rng.choice(("long", "dash", "slash0", "short1")))
    d.need(120)
    y0 = d.y
    d.pg.t(d.R - 190, y0, f"{pl},", "hr", size)
    if hand:
        d._hand(d.R - 190 + tw(f"{pl}, ", "hr", size), y0 - 1, dstr, size + 1.5, ink)
    else:
        d.pg.t(d.R - 190 + tw(f"{pl}, ", "hr", size), y0, dstr, vf, size)
    y0 += 16
    d.pg.t(d.L, y0, "Petugas Pelayanan Informasi", "hr", size)
    d.pg.t(d.L, y0 + 12, "(Penerima Permohonan)", "hr", size)
    d.pg.t(d.R - 190, y0, "Pemohon Informasi", "hr", size)
    ctx.sig(d.pg, d.R - 186, y0 + 10, 80)
    if show_num:
        ctx.sig(d.pg, d.L + 6, y0 + 16, 76)
    d.pg.t(d.L, y0 + 66, "(.................................)", "hr", size)
    if hand:
        d._hand(d.R - 190, y0 + 66, p["name"], size + 1.5, ink)
    else:
        d.pg.t(d.R - 190, y0 + 66, f"( {p['name']} )", "hr", size)
    d.y = y0 + 90
    for s in (
        "*) Diisi oleh petugas",
        "**) Pilih salah satu dengan memberi tanda (√)",
        "***) Coret yang tidak perlu",
    ):
        d.line_text(s, "hr", 7.5)
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
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P07_formulir_instansi_lain_coret",
        d.pages,
        fields,
        handwritten=hand,
    )


BACKSIDE = (
    (
        "PENGUMUMAN",
        "Diberitahukan kepada seluruh jamaah bahwa kegiatan pengajian rutin malam Jumat akan dilaksanakan di masjid mulai pukul 19.30 WIB. Bagi yang berhalangan hadir mohon memberitahukan kepada pengurus. Iuran kebersihan bulan ini dapat diserahkan kepada bendahara. Kerja bakti lingkungan dilaksanakan hari Minggu pagi.",
    ),
    (
        "LEMBAR KERJA SISWA - MATEMATIKA KELAS VIII",
        "1. Tentukan himpunan penyelesaian dari persamaan linear berikut. 2. Sebuah toko menjual buku tulis dengan harga Rp4.500 per buah. 3. Gambarlah grafik fungsi f(x) = 2x + 3 pada bidang koordinat. 4. Hitunglah luas permukaan kubus yang panjang rusuknya 12 cm. 5. Jelaskan langkah-langkah penyelesaianmu.",
    ),
    (
        "DAFTAR HARGA BAHAN BANGUNAN",
        "Semen 50 kg Rp68.000, pasir per kubik Rp250.000, batu bata per biji Rp900, besi beton 10 mm Rp95.000, paku per kilogram Rp22.000, cat tembok 5 kg Rp135.000, keramik 40x40 per dus Rp85.000, pipa PVC 3 inci Rp78.000, kawat bendrat per gulung Rp30.000.",
    ),
    (
        "NOTULEN RAPAT PENGURUS RT",
        "Rapat dibuka oleh Ketua RT pukul 20.00 WIB. Pembahasan pertama mengenai jadwal ronda malam, disepakati pembagian regu per lorong. Pembahasan kedua mengenai perbaikan saluran air yang tersumbat. Pembahasan ketiga mengenai persiapan peringatan hari kemerdekaan.",
    ),
)


def show_through(rng: random.Random, size=(PW, PH)) -> Image.Image:
    """The print on the other side of a used sheet, seen mirrored and faint through the paper."""
    title, body = rng.choice(BACKSIDE)
    bp = Page(w=size[0], h=size[1])
    bp.t(size[0] / 2, 70, title, "hb", 13, align="c")
    y = 100.0
    text = (body + " ") * 4
    for ln in wrap(text, "tr", 11.5, size[0] - 140)[:40]:
        bp.t(70, y, ln, "tr", 11.5)
        y += 16.5
    im = render_pil(bp, 60).convert("L").transpose(Image.FLIP_LEFT_RIGHT)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    a = np.asarray(im, dtype=np.float32)
    alpha = np.clip((255 - a) * rng.uniform(0.1, 0.17), 0, 255).astype(np.uint8)
    out = Image.new("RGBA", im.size, (60, 60, 60, 0))
    out.putalpha(Image.fromarray(alpha))
    return out


def p08_hand_kertas_bekas_tembus(ctx: Ctx) -> Letter:
    """A request written by hand on the blank back of a used sheet (a mosque notice, a school
    worksheet, a price list, RT minutes) whose print shows through mirrored and faint; plain
    unruled lines that drift a little, identity as rows or in one sentence, the date at the top
    or above the signature.  Always a scan."""
    rng = ctx.rng
    ctx.r = ctx.b = ctx.i = "hand"
    ctx.size = rng.choice((12.0, 12.5, 13.0))
    d = Doc(ctx, top=78, left=rng.uniform(52, 70), right=PW - rng.uniform(40, 56))
    d.bottom = PH - 60
    lead = rng.uniform(20.0, 23.0)
    p = make_person(rng, degree_p=0.08, prefix_p=0.05)
    dstr = place_date(
        rng, p["city"], ctx.date, rng.choice(("long", "dash", "slash0", "short1", "dash1"))
    )
    top_date = rng.random() < 0.6
    if top_date:
        d.line_text(dstr, x=d.R - tw(dstr, "hand", ctx.size) - 4, lead=lead)
    for s in rng.choice(
        (
            ["Kepada Yth.", "Bapak/Ibu PPID KPU Provinsi Sumsel", "di Palembang"],
            ["Yth. Petugas Layanan Informasi", "KPU Provinsi Sumatera Selatan"],
            ["Kepada", "Yth. Ketua KPU Prov. Sumatera Selatan", "Cq. PPID", "di -", "Tempat"],
        )
    ):
        d.line_text(s, lead=lead)
    d.y += lead * 0.6
    d.line_text(rng.choice(("Dengan hormat,", "Assalamu'alaikum wr. wb.")), lead=lead)
    addr = fmt_address(p, rng, rng.choice((3, 4, 6, 0)))
    show_nik = rng.random() < 0.55
    show_job = rng.random() < 0.5
    items = short_items(rng, 1, 2)
    if rng.random() < 0.5:
        d.line_text("Saya yang bertanda tangan di bawah ini :", lead=lead)
        rows = [("Nama", p["name"])]
        if show_nik:
            rows.append(("NIK", spaced_nik(p["nik"], rng)))
        rows.append(("Alamat", addr))
        if show_job:
            rows.append(("Pekerjaan", p["job"]))
        rows.append(("No. HP", wa_mark(rng, p["phone"])))
        for k, v in rows:
            d.kv(k, v, 70, x=d.L + 8, lead=lead)
        d.line_text("Mohon diberikan informasi :", lead=lead)
    else:
        s = f"Saya bernama {p['name']}"
        if show_nik:
            s += f", NIK {p['nik']}"
        s += f", tinggal di {addr}"
        if show_job:
            s += f", pekerjaan {lc1(p['job'])}"
        s += f", No HP {p['phone']}. Saya mau minta informasi :"
        d.para(s, lead=lead)
    if len(items) == 1:
        d.para("- " + items[0], lead=lead, x=d.L + 10)
    else:
        for i, it in enumerate(items, 1):
            d.need(lead)
            d.pg.t(d.L + 10, d.y, f"{i}.", "hand", ctx.size, ctx.ink)
            d.para(it, lead=lead, x=d.L + 28)
    purpose = rng.choice(PURPOSES[:7] + SMS_PURPOSES[:4])
    d.para(f"Untuk keperluan {lc1(purpose)}.", lead=lead)
    ob, dl, s = rng.choice(
        (
            (
                "salinan_hardcopy",
                "mengambil_langsung",
                "Saya minta fotokopinya, nanti saya ambil sendiri ke kantor.",
            ),
            ("salinan_softcopy", "email", "Kalau bisa softcopy dikirim ke e-mail {email}"),
            (None, "pos", "Mohon dikirim lewat pos ke alamat saya di atas."),
            (None, None, ""),
            ("melihat", None, "Saya ingin melihat dan mencatatnya saja."),
        )
    )
    show_mail = "{email}" in s
    if s:
        d.para(s.format(email=p["email_printed"]), lead=lead)
    d.line_text(
        rng.choice(("Terima kasih.", "Atas bantuannya saya ucapkan terima kasih.")), lead=lead
    )
    d.need(110)
    x = d.R - 175
    if not top_date:
        d.line_text(dstr, x=x - 20, lead=lead)
    d.line_text("Hormat saya,", x=x, lead=lead)
    ctx.sig(d.pg, x, d.y - 14, 80)
    d.y += lead * 1.8
    d.line_text(p["name"] if rng.random() < 0.7 else f"( {p['name']} )", x=x - 6, lead=lead)
    for pg in d.pages:
        pg.ops.insert(0, ("i", 0, 0, PW, PH, show_through(rng)))
        k = rng.uniform(-0.006, 0.006)
        pg.ops = [
            (o[0], o[1], o[2] + (o[1] - 60) * k, *o[3:]) if o[0] == "t" else o for o in pg.ops
        ]
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P08_hand_kertas_bekas_tembus",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
PPID_SAID = {
    "a": "PPID menjawab melalui surat tanggal {d} bahwa informasi tersebut termasuk informasi yang dikecualikan sehingga tidak dapat diberikan.",
    "b": "Petugas mengarahkan saya untuk melihat laman resmi, tetapi informasi berkala tersebut tidak pernah diumumkan di laman maupun papan pengumuman kantor.",
    "c": "Tidak ada tanggapan sama sekali. Sampai surat ini saya buat, saya belum menerima pemberitahuan tertulis apa pun dari PPID.",
    "d": "PPID memang mengirimkan jawaban pada {d}, tetapi yang dilampirkan adalah dokumen lain yang tidak saya minta.",
    "e": "PPID menyatakan bahwa permohonan saya tidak dapat dipenuhi, tanpa menyebutkan alasannya.",
    "f": "PPID meminta saya membayar biaya penggandaan sebesar {rp} untuk {n} lembar salinan sebelum informasi diberikan.",
    "g": "Informasi baru saya terima pada {d}, jauh setelah batas waktu sepuluh hari kerja berakhir.",
}


def wrong_reg(rng: random.Random, ref: str) -> str:
    parts = ref.split("/")
    n = int(parts[0])
    alt = n + rng.choice((-10, -9, -6, -3, 3, 6, 9, 10, 20))
    if alt < 1 or alt == n:
        alt = n + 11
    return "/".join([f"{alt:03d}", *parts[1:]])


def wrong_phone(rng: random.Random, p: dict) -> str:
    s = p["phone"]
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    i = rng.choice(digits[-6:])
    ch = str((int(s[i]) + rng.randint(1, 8)) % 10)
    return s[:i] + ch + s[i + 1 :]


def k01_ralat_semula_menjadi(ctx: Ctx) -> Letter:
    """A correction letter ("Ralat/Perbaikan Surat Keberatan") to an objection sent a few days
    before: a table No | Bagian | Semula Tertulis | Seharusnya (request number, request date,
    phone, the ground's huruf), then the objection restated with the corrected particulars; the
    truth takes the corrected values and this letter's own date."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    d0 = prev_wd(ctx.date - timedelta(days=rng.randint(2, 9)))
    ref, rd = reg_number(rng, d0)
    code = rng.choice("acdefg")
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    d.gap(2)
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Ralat Surat Keberatan tanggal {fmt_date(d0, 'long')}",
            "Perbaikan Surat Pengajuan Keberatan",
            "Ralat Keberatan atas Permohonan Informasi",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Menindaklanjuti surat keberatan yang saya sampaikan pada tanggal {fmt_date(d0, 'long')}, bersama ini saya sampaikan perbaikan atas kekeliruan penulisan dalam surat tersebut sebagai berikut:",
        justify=True,
    )
    kinds = rng.sample(("ref", "date", "phone", "ground"), rng.randint(1, 3))
    if "ref" not in kinds and rng.random() < 0.6:
        kinds.append("ref")
    rows = []
    wrong_code = rng.choice([c for c in "acdeg" if c != code])
    for k in ("ref", "date", "phone", "ground"):
        if k not in kinds:
            continue
        if k == "ref":
            rows.append(["Nomor Pendaftaran Permohonan", wrong_reg(rng, ref), ref])
        elif k == "date":
            wd = rd + timedelta(days=rng.choice((-7, -2, -1, 1, 2, 10)))
            rows.append(
                ["Tanggal permohonan informasi", fmt_date(wd, "long"), fmt_date(rd, "long")]
            )
        elif k == "phone":
            rows.append(["Nomor HP", wrong_phone(rng, p), p["phone"]])
        else:
            rows.append(["Alasan keberatan", f"huruf {wrong_code}", f"huruf {code}"])
    size = ctx.size - 1
    table2(
        d,
        [22.0, 150.0, (d.W - 172) / 2, (d.W - 172) / 2],
        [[str(i + 1), *r] for i, r in enumerate(rows)],
        ["No", "Bagian", "Semula Tertulis", "Seharusnya"],
        size=size,
    )
    d.para(
        "Selebihnya isi surat keberatan tersebut tetap. Untuk memudahkan, keberatan saya selengkapnya dengan perbaikan di atas adalah sebagai berikut:",
        justify=True,
    )
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    krows = [("Nama", p["name"])]
    if show_nik:
        krows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        krows.append(("Pekerjaan", p["job"]))
    krows += [("Alamat", addr), ("Nomor HP", p["phone"])]
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    krows += [
        ("Nomor Pendaftaran", ref),
        ("Informasi yang diminta", "; ".join(items)),
        ("Tujuan penggunaan", purpose),
    ]
    kv_rows(d, krows, x=d.L + 16)
    d.gap(2)
    cite = rng.random() < 0.6
    d.para(
        f"Saya mengajukan keberatan karena {ground(rng, code)}"
        + (f" ({PASAL35.format(code)})" if cite or "ground" in kinds else "")
        + ".",
        justify=True,
    )
    d.para(
        "Mohon maaf atas kekeliruan tersebut. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        justify=True,
    )
    sign_block(d, ["Hormat saya,"], p["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("PPID KPU Provinsi Sumatera Selatan", size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_ralat_semula_menjadi", d.pages, fields)


BALLOONS = {
    "subj": (
        'Perihal cukup "Keberatan" saja?',
        "Perihal disamakan dengan formulir PPID-F",
        "Diformat: Font: Tebal",
    ),
    "yth": (
        "Dihapus: Ketua KPU Provinsi Sumatera Selatan",
        "Keberatan ditujukan ke Atasan PPID, bukan ke PPID",
        "Alamat kantor sudah benar?",
    ),
    "resp": (
        "Lampirkan fotokopi surat jawaban PPID",
        "Tanggal surat jawaban dicek lagi",
        "Dihapus: lisan melalui telepon",
    ),
    "ground": (
        "Cek lagi Pasal 35 ayat (1) UU KIP",
        "Alasannya sudah cukup jelas",
        "Perlu ditambah kronologi?",
    ),
    "close": (
        "Diformat: Spasi 1,15",
        "Tambahkan harapan waktu tanggapan 30 hari kerja",
        "Dihapus: Hormat kami,",
    ),
    "sign": (
        "Jangan lupa fotokopi KTP dilampirkan",
        "Tanda tangan di atas nama lengkap",
        "Print 2 rangkap",
    ),
}


def k02_word_komentar_balon(ctx: Ctx) -> Letter:
    """An objection printed from a word processor "with markup": the page shrunk to the left, a grey
    markup pane at the right with comment balloons ("Dikomentari [AB1]: ...", "Dihapus: ...",
    "Diformat: ...") joined by dotted leaders to the words they annotate; the letter itself an
    ordinary objection (identity rows, request, the PPID's answer, the ground in words)."""
    rng = ctx.rng
    if ctx.r not in ("tr", "hr", "dr", "sr"):
        ctx.r, ctx.b, ctx.i = rng.choice((FAMILIES["times"], FAMILIES["helv"]))
    ctx.size = min(ctx.size, 10.5)
    d = Doc(ctx, top=62, left=56, right=PW - 196)
    anchors: list[tuple[str, Page, float, float, float]] = []  # kind, page, y0, y1, x_end
    zones: list[tuple[Page, float, float]] = []

    def mark(kind, y0, x_end):
        anchors.append((kind, d.pg, y0, d.y - ctx.size * 1.4, x_end))

    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Keberatan atas Tanggapan PPID", "Pengajuan Keberatan Informasi Publik", "Keberatan")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    y0 = d.y
    d.kv(hl, subj, lw)
    mark("subj", y0, d.L + lw + 10 + tw(subj, ctx.r, ctx.size))
    d.gap(6)
    y0 = d.y
    yth_block(d, atasan_rows(rng))
    mark("yth", y0, d.L + 120)
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.35
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. Telepon", p["phone"])]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    zpage, z0 = d.pg, d.y - 12
    kv_rows(d, rows, x=d.L + 14)
    zones.append((zpage, z0, d.y))
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    zpage, z0 = d.pg, d.y - 12
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f" berupa {join_items_prose(items, False)}, yang akan saya gunakan untuk {lc1(purpose)}.",
        justify=True,
    )
    zones.append((zpage, z0, d.y))
    code = rng.choice("abcdefg")
    n = rng.randint(40, 400)
    y0 = d.y
    d.para(
        PPID_SAID[code].format(
            d=fmt_date(
                add_wd(rd, rng.randint(13, 25) if code == "g" else rng.randint(4, 9)), "long"
            ),
            rp=rp(n * rng.choice((3000, 5000, 7500))),
            n=n,
        ),
        justify=True,
    )
    mark("resp", y0, d.R)
    y0 = d.y
    d.para(
        f"Atas hal tersebut saya mengajukan keberatan kepada Atasan PPID karena {ground(rng, code)}.",
        justify=True,
    )
    mark("ground", y0, d.R)
    y0 = d.y
    d.para(rng.choice(CLOSE_KEB), justify=True)
    mark("close", y0, d.R)
    y0 = d.y
    sign_block(d, ["Hormat saya,"], p["name"])
    mark("sign", y0 + 40, d.R - 40)
    # markup pane and balloons
    initials = "".join(w[0] for w in make_person(rng)["core"].split()[:2]).upper()
    bx, bw = PW - 182, 160.0
    for pg in d.pages:
        pg.ops.insert(0, ("r", PW - 190, 0, 190, PH, 0, None, (238, 238, 238)))
    chosen = rng.sample(anchors, min(len(anchors), rng.randint(3, 5)))
    chosen.sort(key=lambda a: (d.pages.index(a[1]), a[2]))
    last = {}
    ncom = 0
    for kind, pg, ay0, _ay1, xend in chosen:
        text = rng.choice(BALLOONS[kind])
        if not text.startswith(("Dihapus", "Diformat")):
            ncom += 1
            text = f"Dikomentari [{initials}{ncom}]: {text}"
        lines = wrap(text, "hr", 7.2, bw - 10)
        h = len(lines) * 9.2 + 7
        top = max(ay0 - 10, last.get(id(pg), 0) + 6)
        if any(zp is pg and top - 2 < z1 and top + h + 2 > z0 for zp, z0, z1 in zones):
            continue
        if top + h > PH - 40:
            continue
        last[id(pg)] = top + h
        pg.rect(bx, top, bw, h, 0.6, (200, 80, 80), (252, 228, 228))
        yy = top + 9.5
        for ln in lines:
            pg.t(bx + 5, yy, ln, "hr", 7.2)
            yy += 9.2
        pg.line(min(xend + 4, d.R), ay0 - 3, bx, top + 5, 0.5, (200, 80, 80), (1.5, 1.5))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_word_komentar_balon", d.pages, fields)


JBI_ORGS = (
    "Pusat Layanan Juru Bahasa Isyarat (PLJ) Sumatera Selatan",
    "Gerakan untuk Kesejahteraan Tunarungu Indonesia (GERKATIN) Sumatera Selatan",
    "Komunitas Juru Bahasa Isyarat Palembang",
)


def k03_jbi_pendamping(ctx: Ctx) -> Letter:
    """A Deaf applicant's objection written with a sign-language interpreter (Juru Bahasa Isyarat):
    the applicant's identity rows with a WhatsApp-text-only contact, a paragraph asking that the
    answer come in writing or by video call with an interpreter, the interpreter's "Pernyataan
    Juru Bahasa Isyarat" (name, organisation, own phone) above two signatures; KTP copy often.
    The applicant is the Deaf person, never the interpreter."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.25, prefix_p=0.05)
    jbi = make_person(rng, degree_p=0.5)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Pengajuan Keberatan", "Keberatan atas Permohonan Informasi Publik", "Surat Keberatan")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    ktp = rng.random() < 0.65
    d.kv(ll, "1 (satu) lembar fotokopi KTP" if ktp else "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.7 or not ktp
    show_job = rng.random() < 0.55
    show_mail = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [
        ("Alamat", addr),
        (
            rng.choice(("No. WhatsApp", "No. HP/WA", "WhatsApp")),
            p["phone"]
            + rng.choice(
                (" (pesan teks)", " (hanya SMS/WA, tidak bisa telepon suara)", " (teks/video call)")
            ),
        ),
    ]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    d.gap(3)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    code = rng.choice("acdeg")
    d.para(
        f"adalah penyandang disabilitas rungu (Tuli). Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan"
        + (f" yang tercatat dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f", yaitu {join_items_prose(items, False)}, untuk {lc1(purpose)}.",
        justify=True,
    )
    cite = rng.random() < 0.45
    d.para(
        f"Dengan surat ini saya mengajukan keberatan kepada Atasan PPID karena {ground(rng, code)}"
        + (f", sebagaimana dimaksud {PASAL35.format(code)}" if cite else "")
        + ".",
        justify=True,
    )
    d.para(
        "Karena saya tidak dapat berkomunikasi melalui telepon suara, mohon tanggapan atas keberatan ini disampaikan secara tertulis, melalui pesan WhatsApp, atau melalui panggilan video dengan didampingi Juru Bahasa Isyarat. Dalam menyusun dan menyampaikan surat ini saya didampingi oleh Juru Bahasa Isyarat sebagaimana pernyataan di bawah.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
    sign_block(d, ["Pengaju Keberatan,"], p["name"])
    d.need(150)
    d.gap(4)
    d.line_text("PERNYATAAN JURU BAHASA ISYARAT", ctx.b, ctx.size, align="c")
    d.gap(2)
    org = rng.choice(JBI_ORGS)
    d.para(
        f"Saya, {jbi['name']}, Juru Bahasa Isyarat dari {org}, nomor kontak {jbi['phone']}, menyatakan bahwa isi surat keberatan ini telah saya terjemahkan dengan sebenarnya dari Bahasa Isyarat Indonesia (BISINDO) yang disampaikan oleh Pengaju Keberatan, tanpa menambah atau mengurangi maksudnya.",
        justify=True,
        size=ctx.size - 0.5,
    )
    sign_block(d, ["Juru Bahasa Isyarat,"], jbi["name"], x=d.L + 10)
    if ktp:
        d.pages.append(ktp_cards(ctx, [p], "Lampiran: Fotokopi KTP Pengaju Keberatan"))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_jbi_pendamping", d.pages, fields)


EPPID_GROUNDS = {k: v[0] for k, v in REASONS.items()}


def k04_notifikasi_sistem_eppid(ctx: Ctx) -> Letter:
    """The automatic e-mail the office's e-PPID application sends to the PPID's mailbox when an
    objection is filed online, printed from webmail: "[e-PPID KPU Sumsel] Pengajuan Keberatan Baru
    #KB-..." subject, a bordered two-column table (Nama Pemohon, NIK, ..., Alasan Keberatan as the
    option chosen, Kasus Posisi, Waktu Pengajuan), a "Verifikasi" button and the no-reply footer."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    ctx.r, ctx.b, ctx.i = fr, fb, ("hi" if fr == "hr" else "di")
    ctx.size = 9.5
    d = Doc(ctx, top=58, left=48, right=PW - 48)
    p = make_person(rng, degree_p=0.3, prefix_p=0.08)
    tid = f"KB-{ctx.date.year}-{rng.randint(1, 400):04d}"
    subj = f"[e-PPID KPU Sumsel] Pengajuan Keberatan Baru #{tid}"
    pg = d.pg
    pg.t(d.L, 44, rng.choice(("Surel KPU Sumsel", "Webmail KPU")), fb, 12, (200, 40, 40))
    pg.t(d.R, 44, "ppid@sumsel.kpu.go.id", fr, 8.5, GREY, "r")
    pg.line(d.L, 50, d.R, 50, 0.8, GREY)
    d.y = 74
    for ln in wrap(subj, fb, 12.5, d.W):
        d.line_text(ln, fb, 12.5, lead=15)
    d.line_text("1 pesan", fr, 8, color=GREY)
    t = f"{rng.randint(7, 22):02d}.{rng.randint(0, 59):02d}"
    mail_message_head(
        d,
        "e-PPID KPU Provinsi Sumatera Selatan",
        "no-reply@ppid.sumsel.kpu.go.id",
        f"{HARI3[ctx.date.weekday()]}, {fmt_date(ctx.date, 'short1')} pukul {t}",
        "ppid@sumsel.kpu.go.id",
        fr,
        fb,
    )
    d.pg.rect(d.L, d.y - 10, d.W, 26, 0, None, (170, 25, 35))
    d.pg.t(d.L + 10, d.y + 6, "e-PPID  |  Notifikasi Keberatan", fb, 11, WHITE)
    d.y += 34
    d.para("Yth. Admin PPID,", size=9.5)
    d.para(
        "Terdapat pengajuan keberatan baru melalui aplikasi e-PPID dengan rincian sebagai berikut. Mohon segera diverifikasi dan diteruskan kepada Atasan PPID.",
        size=9.5,
    )
    d.gap(2)
    addr = fmt_address(p, rng)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.85
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    code = rng.choice("abcdefg")
    kasus = (
        f"Permohonan saya tanggal {fmt_date(rd, 'dash')}"
        + (f" (No. {ref})" if show_ref and rng.random() < 0.5 else "")
        + f" {PPID_SAID_SHORT[code]}"
    )
    show_job = rng.random() < 0.6
    rows = [
        ("ID Pengajuan", tid),
        ("Nama Pemohon", p["name"]),
        ("NIK", p["nik"]),
        ("Alamat", addr),
    ]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [
        ("No. HP/WA", rng.choice((p["phone"], "+62" + p["nat"]))),
        ("Email", p["email"]),
        ("Nomor Registrasi Permohonan", ref if show_ref else "-"),
        ("Informasi yang Diminta", "; ".join(items)),
        ("Tujuan Penggunaan", purpose),
        ("Alasan Keberatan", EPPID_GROUNDS[code]),
        ("Kasus Posisi", kasus),
        ("Lampiran", rng.choice(("ktp.jpg", "KTP_scan.pdf", "foto_ktp.jpeg"))),
        (
            "Waktu Pengajuan",
            f"{ctx.date.strftime('%d-%m-%Y')} {t.replace('.', ':')}:{rng.randint(0, 59):02d} WIB",
        ),
    ]
    table2(d, [150.0, d.W - 150], [list(r) for r in rows], None, font=fr, size=9, hfont=fb)
    bw = 150.0
    d.need(40)
    d.pg.rect((PW - bw) / 2, d.y - 12, bw, 22, 0, None, (30, 110, 200))
    d.pg.t(PW / 2, d.y + 3, "Verifikasi Pengajuan", fb, 10, WHITE, "c")
    d.gap(26)
    d.para(
        "Email ini dikirim secara otomatis oleh sistem e-PPID KPU Provinsi Sumatera Selatan. Mohon tidak membalas email ini.",
        size=7.5,
        color=GREY,
    )
    pdt = ctx.date + timedelta(days=rng.randint(0, 2))
    browser_chrome(
        d.pages,
        f"Surel KPU Sumsel - {subj}",
        f"https://mail.sumsel.kpu.go.id/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all",
        fr,
        f"{pdt.strftime('%d/%m/%y')} {hhmm(rng)}",
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K04_notifikasi_sistem_eppid",
        d.pages,
        fields,
        scan_hint={"received_lag": (pdt - ctx.date).days},
    )


PPID_SAID_SHORT = {
    "a": "ditolak PPID dengan alasan informasi dikecualikan, padahal tidak ada uji konsekuensi.",
    "b": "diarahkan ke laman resmi, tetapi informasi berkala itu tidak pernah diumumkan di sana.",
    "c": "tidak dijawab sama sekali sampai lewat 10 hari kerja.",
    "d": "dijawab dengan dokumen lain, bukan yang saya minta.",
    "e": "tidak dipenuhi tanpa penjelasan.",
    "f": "dikenai biaya salinan yang tidak wajar.",
    "g": "baru dijawab jauh setelah batas waktu 10 hari kerja.",
}


def objection_letter_page(ctx: Ctx, p: dict, subj: str) -> tuple[list[Page], dict]:
    """An ordinary typed objection letter (used inside K05's viewer); returns pages and fields."""
    rng = ctx.rng
    d = Doc(ctx, top=70, left=72, right=PW - 66)
    d.line_text(
        place_date(rng, p["city"], ctx.date, rng.choice(("long", "long0", "day"))), align="r"
    )
    _nl, ll, hl = labels(rng)
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, rng.choice(("-", "1 (satu) berkas")), lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.65
    show_job = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("Telepon", p["phone"])]
    kv_rows(d, rows, x=d.L + 18)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    code = rng.choice("abcdefg")
    d.gap(3)
    d.para(
        "dengan ini mengajukan keberatan atas permohonan informasi"
        + (f" Nomor Pendaftaran {ref}" if show_ref else "")
        + f" tanggal {fmt_date(rd, 'long')} berupa {join_items_prose(items, False)}. Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
        justify=True,
    )
    cite = rng.random() < 0.5
    d.para(
        f"Adapun alasan keberatan saya adalah {ground(rng, code)}"
        + (f" ({PASAL35.format(code)})" if cite else "")
        + ".",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return d.pages, fields


def k05_surel_lampiran_viewer(ctx: Ctx) -> Letter:
    """An objection sent as a PDF attachment: page 1 the webmail print of the short covering e-mail
    (subject = the letter's Perihal, the attachment chips), page 2 a print of the attachment as
    the webmail's preview shows it (dark toolbar with file name, page counter and zoom, the letter
    page shrunk on a grey backdrop)."""
    rng = ctx.rng
    if ctx.r not in ("tr", "hr", "dr", "sr"):
        ctx.r, ctx.b, ctx.i = FAMILIES["times"]
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    subj = rng.choice(
        (
            "Keberatan atas Permohonan Informasi Publik",
            "Pengajuan Keberatan",
            "Surat Keberatan Informasi",
        )
    )
    inner_pages, fields = objection_letter_page(ctx, p, subj)
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db")))
    save = ctx.r, ctx.b, ctx.i, ctx.size
    ctx.r, ctx.b, ctx.i, ctx.size = fr, fb, ("hi" if fr == "hr" else "di"), 9.5
    d = Doc(ctx, top=58, left=48, right=PW - 48)
    pg = d.pg
    pg.t(d.L, 44, "Surel KPU Sumsel", fb, 12, (200, 40, 40))
    pg.t(d.R, 44, "ppid@sumsel.kpu.go.id", fr, 8.5, GREY, "r")
    pg.line(d.L, 50, d.R, 50, 0.8, GREY)
    d.y = 74
    for ln in wrap(subj, fb, 13, d.W):
        d.line_text(ln, fb, 13, lead=16)
    d.line_text("1 pesan", fr, 8, color=GREY)
    d.gap(6)
    t = hhmm(rng)
    mail_message_head(
        d,
        p["core"],
        p["email"],
        f"{HARI3[ctx.date.weekday()]}, {fmt_date(ctx.date, 'short1')} pukul {t}",
        rng.choice(
            ("ppid@sumsel.kpu.go.id", "ppid@sumsel.kpu.go.id, sekretariat@sumsel.kpu.go.id")
        ),
        fr,
        fb,
    )
    d.line_text("Yth. Atasan PPID KPU Provinsi Sumatera Selatan,")
    d.gap(3)
    d.para(
        rng.choice(
            (
                "Bersama email ini saya sampaikan surat keberatan atas permohonan informasi saya, sebagaimana terlampir. Mohon dapat diterima dan ditindaklanjuti.",
                "Terlampir surat keberatan saya dalam bentuk PDF beserta fotokopi KTP. Mohon konfirmasi penerimaannya.",
            )
        )
    )
    d.line_text("Terima kasih.")
    d.gap(3)
    d.line_text("Salam,")
    d.line_text(p["core"])
    d.gap(8)
    first = p["core"].split()[0]
    fname = rng.choice(
        (f"Surat_Keberatan_{first}.pdf", f"KEBERATAN {first.upper()}.pdf", "surat keberatan.pdf")
    )
    d.line_text("2 lampiran", fb, 8.5)
    d.gap(2)
    x = d.L
    for chip in (fname, rng.choice(("KTP.jpg", f"ktp_{first.lower()}.jpeg"))):
        w = tw(chip, fr, 8) + 34
        d.pg.rect(x, d.y - 11, w, 30, 0.6, GREY, (246, 246, 246))
        d.pg.rect(
            x + 6,
            d.y - 6,
            12,
            14,
            0,
            None,
            (210, 60, 50) if chip.endswith(".pdf") else (60, 130, 200),
        )
        d.pg.t(x + 24, d.y + 1, chip, fr, 8)
        d.pg.t(x + 24, d.y + 12, f"{rng.randint(90, 900)} KB", fr, 7, GREY)
        x += w + 10
    pdt = ctx.date + timedelta(days=rng.randint(0, 2))
    browser_chrome(
        d.pages,
        f"Surel KPU Sumsel - {subj}",
        f"https://mail.sumsel.kpu.go.id/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all",
        fr,
        f"{pdt.strftime('%d/%m/%y')} {hhmm(rng)}",
    )
    pages = list(d.pages)
    for i, inner in enumerate(inner_pages, 1):
        vp = Page()
        vp.rect(0, 0, PW, PH, 0, None, (82, 86, 90))
        vp.rect(0, 0, PW, 34, 0, None, (50, 52, 56))
        vp.t(16, 21, fname, fr, 9, WHITE)
        vp.t(PW / 2, 21, f"{i} / {len(inner_pages)}", fr, 9, WHITE, "c")
        vp.t(PW - 120, 21, "–   100%   +", fr, 9, WHITE)
        for k in range(3):
            vp.rect(PW - 60 + k * 16, 13, 10, 10, 0.8, WHITE)
        s = 0.84
        x0, y0 = (PW - PW * s) / 2, 50
        vp.rect(x0 + 3, y0 + 3, PW * s, PH * s, 0, None, (40, 40, 40))
        vp.rect(x0, y0, PW * s, PH * s, 0, None, WHITE)
        embed_page(vp, inner, x0, y0, s)
        pages.append(vp)
    ctx.r, ctx.b, ctx.i, ctx.size = save
    fields["email"] = p["email"]
    return Letter(
        "keberatan",
        "K05_surel_lampiran_viewer",
        pages,
        fields,
        scan_hint={"received_lag": (pdt - ctx.date).days},
    )


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def putusan_no(rng: random.Random, d: date) -> str:
    return f"{rng.randint(1, 60):03d}/PTS-A/KI-SS/{roman(d.month)}/{d.year}"


def s01_ki_inkracht_pemberitahuan(ctx: Ctx) -> Letter:
    """The KI tells the PPID that its decision in a dispute has become final and binding (no
    objection was filed with the PTUN in time): Nomor / Sifat / Lampiran / Hal block, a table
    Uraian | Tanggal (decision read, copies received by each party, the last day for an objection),
    the operative part quoted, the duty to carry it out, Tembusan to the applicant."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    org = kop_ki2(d, rng)
    p = make_person(rng, degree_p=0.3)
    read = prev_wd(ctx.date - timedelta(days=rng.randint(30, 50)))
    r1 = read + timedelta(days=rng.randint(0, 3))
    r2 = read + timedelta(days=rng.randint(0, 4))
    last = add_wd(max(r1, r2), 14)
    if last >= ctx.date:
        ctx.date = next_wd(last + timedelta(days=rng.randint(1, 6)))
    regd = read - timedelta(days=rng.randint(40, 90))
    reg = ki_register(rng, regd)
    put = putusan_no(rng, read)
    ref, _ = reg_number(rng, regd - timedelta(days=45))
    item = info_item(rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{rng.choice(('PS', 'KPN'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Putusan Berkekuatan Hukum Tetap",
            f"Putusan Sengketa Informasi Register Nomor {reg} Telah Inkracht",
            "Pelaksanaan Putusan Komisi Informasi",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) berkas salinan putusan"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "long"))),
    )
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Yth. PPID Komisi Pemilihan Umum",
                    "Provinsi Sumatera Selatan",
                    "di -",
                    "Palembang",
                ],
                [
                    "Kepada Yth.",
                    "Ketua KPU Provinsi Sumatera Selatan",
                    "selaku Atasan PPID",
                    "di Palembang",
                ],
            )
        ),
    )
    d.gap(6)
    show_addr = rng.random() < 0.35
    addr = fmt_address(p, rng)
    d.para(
        f"Berdasarkan Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {put} yang dibacakan pada tanggal {fmt_date(read, 'long')} dalam sengketa informasi publik Register Nomor {reg} antara {p['name']}"
        + (f", beralamat di {addr}," if show_addr else "")
        + " sebagai Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai Termohon, bersama ini kami beritahukan bahwa sampai dengan batas waktu yang ditentukan tidak terdapat pengajuan keberatan kepada Pengadilan Tata Usaha Negara oleh para pihak, sehingga putusan tersebut telah berkekuatan hukum tetap.",
        justify=True,
    )
    size = ctx.size - 1
    table2(
        d,
        [24.0, d.W - 24 - 150, 150.0],
        [
            ["1", "Putusan dibacakan dalam sidang terbuka untuk umum", fmt_date(read, "long")],
            ["2", "Salinan putusan diterima Pemohon", fmt_date(r1, "long")],
            ["3", "Salinan putusan diterima Termohon", fmt_date(r2, "long")],
            ["4", "Batas akhir pengajuan keberatan (14 hari kerja)", fmt_date(last, "long")],
        ],
        ["No", "Uraian", "Tanggal"],
        size=size,
    )
    show_item = rng.random() < 0.75
    show_ref = show_item and rng.random() < 0.4
    d.para("Adapun amar putusan tersebut antara lain berbunyi:", justify=True)
    amar = [
        "Mengabulkan permohonan Pemohon untuk seluruhnya.",
        "Menyatakan informasi yang dimohon Pemohon merupakan informasi yang bersifat terbuka.",
    ]
    if show_item:
        amar.append(
            f"Memerintahkan Termohon untuk memberikan informasi berupa {lc1(item)}"
            + (f" sebagaimana permohonan Nomor Pendaftaran {ref}" if show_ref else "")
            + " kepada Pemohon paling lambat 14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap."
        )
    else:
        amar.append(
            "Memerintahkan Termohon untuk memberikan informasi yang dimohon kepada Pemohon paling lambat 14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap."
        )
    d.numbered(amar, "{}.", x=d.L + 20, hang=16, font=ctx.i)
    d.para(
        "Sehubungan dengan hal tersebut, Termohon diminta melaksanakan putusan dimaksud dan melaporkan pelaksanaannya kepada Komisi Informasi Provinsi Sumatera Selatan dengan melampirkan tanda terima penyerahan informasi kepada Pemohon.",
        justify=True,
    )
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(
        d,
        ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (f"1. Sdr. {p['name']} (Pemohon);", "2. Arsip."):
        d.line_text(s, size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_ki_inkracht_pemberitahuan", d.pages, fields)


TT_DOCS = (
    ("Jawaban Termohon", "1 (satu) rangkap", "Asli"),
    ("Daftar Bukti Termohon (T-1 s.d. T-{n})", "1 (satu) berkas", "Fotokopi bermeterai"),
    ("Surat Kuasa Khusus Termohon", "1 (satu) lembar", "Asli"),
    ("Surat Keputusan tentang Penetapan PPID", "1 (satu) lembar", "Fotokopi"),
    ("Hasil Uji Konsekuensi", "1 (satu) berkas", "Fotokopi"),
    ("Daftar Informasi Publik Termohon", "1 (satu) berkas", "Fotokopi"),
    ("Salinan Pemberitahuan Tertulis kepada Pemohon", "1 (satu) lembar", "Fotokopi"),
)


def s02_ki_tanda_terima_berkas(ctx: Ctx) -> Letter:
    """The KI registry's receipt for the documents the respondent's representatives handed in
    (TANDA TERIMA with its own number): register number and parties in rows, a table of the
    documents with their count and whether original or copy, the hour of receipt, "Yang
    Menyerahkan" / "Yang Menerima" signatures; a half-page slip, sometimes two on one sheet."""
    rng = ctx.rng
    d = Doc(ctx, top=54)
    org = kop_ki2(d, rng)
    d.y -= 6
    p = make_person(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(10, 60))
    reg = ki_register(rng, regd)
    num = f"TT.{rng.randint(10, 600):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    d.line_text("TANDA TERIMA DOKUMEN", ctx.b, ctx.size + 2, align="c")
    show_num = rng.random() < 0.75
    if show_num:
        d.line_text(f"Nomor: {num}", ctx.r, ctx.size, align="c")
    d.gap(6)
    staff = make_person(rng, degree_p=0.7)
    item = info_item(rng)
    show_item = rng.random() < 0.5
    rows = [
        ("Telah terima dari", f"{staff['name']}"),
        ("Selaku", "Kuasa Termohon (PPID KPU Provinsi Sumatera Selatan)"),
        ("Register Nomor", reg),
        ("Pemohon", p["name"]),
        ("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"),
    ]
    if show_item:
        rows.append(("Objek Sengketa", item))
    kv_rows(d, rows, x=d.L + 6)
    d.gap(4)
    d.line_text("Berupa:")
    docs = rng.sample(TT_DOCS, rng.randint(2, 5))
    n_bukti = rng.randint(4, 12)
    table2(
        d,
        [24.0, d.W - 24 - 100 - 110, 100.0, 110.0],
        [[str(i + 1), a.format(n=n_bukti), b, c] for i, (a, b, c) in enumerate(docs)],
        ["No", "Nama Dokumen", "Jumlah", "Keterangan"],
        size=ctx.size - 1,
    )
    t = f"{rng.randint(8, 15):02d}.{rng.randint(0, 59):02d}"
    d.line_text(
        f"Palembang, {fmt_date(ctx.date, rng.choice(('long', 'day')))}, pukul {t} WIB", align="r"
    )
    d.need(100)
    y0 = d.y + 4
    pg = d.pg
    pg.t(d.L + 10, y0, "Yang Menyerahkan,", ctx.r, ctx.size)
    pg.t(d.R - 180, y0, "Yang Menerima,", ctx.r, ctx.size)
    pg.t(d.R - 180, y0 + 13, "Petugas Kepaniteraan", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 14, y0 + 6, 80)
    ctx.sig(pg, d.R - 176, y0 + 16, 80)
    ctx.stamp(pg, d.R - 230, y0 + 4, "KOMISI INFORMASI SUMSEL", "KI", 64)
    rec = make_person(rng, degree_p=0.5)["name"]
    pg.t(d.L + 10, y0 + 64, staff["name"], ctx.b, ctx.size)
    pg.t(d.R - 180, y0 + 64, rec, ctx.b, ctx.size)
    d.y = y0 + 86
    d.line_text(
        "Catatan: Tanda terima ini bukan merupakan bukti bahwa dokumen telah diperiksa kelengkapannya oleh Majelis.",
        ctx.i,
        ctx.size - 2,
    )
    fields = F(
        applicant_name=p["name"],
        information_requested=item if show_item else None,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_ki_tanda_terima_berkas", d.pages, fields)


SITE_DOCS = (
    ("Buku Register Permohonan Informasi Publik Tahun {y}", "Ada, tercatat pada halaman {n}"),
    ("Arsip salinan dokumen yang dimohon Pemohon", "Ada, tersimpan di ruang arsip lantai 1"),
    (
        "Daftar Informasi Publik dan Daftar Informasi yang Dikecualikan",
        "Ada, ditetapkan dengan Keputusan PPID",
    ),
    ("Berita Acara Uji Konsekuensi", "Ada, belum dipublikasikan"),
    ("Aplikasi e-PPID (riwayat permohonan)", "Diperiksa melalui komputer petugas"),
    ("Lembar disposisi permohonan", "Ada, tanpa tanggal penerimaan"),
)
PHOTO_CAPTIONS = (
    "Majelis memeriksa buku register permohonan informasi",
    "Ruang arsip Sekretariat KPU Provinsi Sumatera Selatan",
    "Pemeriksaan riwayat permohonan pada aplikasi e-PPID",
    "Dokumen yang disengketakan diperlihatkan oleh Termohon",
    "Para pihak menandatangani berita acara",
    "Meja layanan informasi publik (desk PPID)",
)


def photo_img(rng: random.Random) -> Image.Image:
    """A grey documentation photo: a room with shelves / a table and people as blobs."""
    w, h = 400, 280
    base = rng.randint(150, 200)
    im = Image.new("RGB", (w, h), (base, base - 6, base - 14))
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, int(h * 0.62), w, h), fill=(120, 110, 100))
    for _ in range(rng.randint(2, 4)):
        x = rng.randint(10, w - 90)
        dr.rectangle((x, 40, x + rng.randint(50, 90), int(h * 0.62)), fill=(95, 80, 70))
        for yy in range(50, int(h * 0.62), 24):
            dr.line((x, yy, x + 80, yy), fill=(200, 190, 170), width=3)
    for _ in range(rng.randint(1, 4)):
        cx = rng.randint(40, w - 40)
        dr.ellipse((cx - 14, 120, cx + 14, 148), fill=(60, 50, 45))
        shade = rng.randint(40, 150)
        dr.rectangle((cx - 22, 148, cx + 22, 230), fill=(shade, shade + 5, shade + 15))
    return im.filter(ImageFilter.GaussianBlur(1.5))


def s03_ki_ba_pemeriksaan_setempat(ctx: Ctx) -> Letter:
    """The KI's record of an on-site examination at the KPU office (BERITA ACARA PEMERIKSAAN
    SETEMPAT): the day written out in words with the figures in brackets, the panel and the
    parties, a table of the documents examined and the findings, signatures of the panel, the
    clerk and the parties; page 2 "LAMPIRAN DOKUMENTASI" with four captioned photos."""
    rng = ctx.rng
    ctx.date = next_wd(ctx.date)
    d = Doc(ctx, top=60)
    org = kop_ki2(d, rng)
    p = make_person(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(25, 70))
    reg = ki_register(rng, regd)
    d.line_text("BERITA ACARA PEMERIKSAAN SETEMPAT", ctx.b, ctx.size + 1.5, align="c")
    d.line_text(f"SENGKETA INFORMASI PUBLIK REGISTER NOMOR {reg}", ctx.b, ctx.size - 0.5, align="c")
    show_num = rng.random() < 0.5
    num = f"BA.{rng.randint(10, 300):03d}/KI-SS/PS/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        d.line_text(f"Nomor: {num}", ctx.r, ctx.size - 1, align="c")
    d.gap(8)
    dt = ctx.date
    words = f"{HARI[dt.weekday()]} tanggal {terbilang(dt.day)} bulan {BULAN[dt.month - 1]} tahun {terbilang(dt.year)} ({dt.strftime('%d-%m-%Y')})"
    tm = rng.choice(("09.00", "09.30", "10.00", "13.30"))
    d.para(
        f"Pada hari ini {words}, pukul {tm} WIB, bertempat di Kantor Komisi Pemilihan Umum Provinsi Sumatera Selatan, Jl. Kapten A. Rivai No. 95 Palembang, Majelis Komisioner Komisi Informasi Provinsi Sumatera Selatan telah melakukan pemeriksaan setempat dalam sengketa informasi publik antara:",
        justify=True,
    )
    show_addr = rng.random() < 0.4
    addr = fmt_address(p, rng)
    rows = [("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat", addr))
    rows.append(("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"))
    show_item = rng.random() < 0.6
    item = info_item(rng)
    if show_item:
        rows.append(("Objek Sengketa", item))
    kv_rows(d, rows, x=d.L + 20)
    d.gap(4)
    panel = [make_person(rng, degree_p=1.0)["name"] for _ in range(3)]
    clerk = make_person(rng, degree_p=0.8)["name"]
    d.para(
        f"Pemeriksaan dipimpin oleh {panel[0]} selaku Ketua Majelis, didampingi {panel[1]} dan {panel[2]} masing-masing selaku Anggota Majelis, serta {clerk} selaku Panitera Pengganti. Hasil pemeriksaan adalah sebagai berikut:",
        justify=True,
    )
    docs = rng.sample(SITE_DOCS, rng.randint(3, 5))
    table2(
        d,
        [24.0, (d.W - 24) * 0.55, (d.W - 24) * 0.45],
        [
            [str(i + 1), a.format(y=regd.year), b.format(n=rng.randint(3, 40))]
            for i, (a, b) in enumerate(docs)
        ],
        ["No", "Dokumen/Objek yang Diperiksa", "Hasil Pemeriksaan"],
        size=ctx.size - 1,
    )
    d.para(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan dalam pemeriksaan sengketa dan ditandatangani oleh Majelis Komisioner, Panitera Pengganti dan para pihak yang hadir.",
        justify=True,
    )
    d.need(170)
    y0 = d.y + 6
    pg = d.pg
    cols = [
        ("Ketua Majelis,", panel[0]),
        ("Panitera Pengganti,", clerk),
        ("Termohon/Kuasa,", make_person(rng, degree_p=0.6)["name"]),
    ]
    cw = d.W / 3
    for i, (role, nm) in enumerate(cols):
        x = d.L + i * cw
        pg.t(x, y0, role, ctx.r, ctx.size - 0.5)
        ctx.sig(pg, x + 4, y0 + 4, 76)
        pg.t(x, y0 + 56, nm, ctx.b, ctx.size - 1.5)
    d.y = y0 + 80
    show_p_sign = rng.random() < 0.6
    if show_p_sign:
        pg.t(d.L, d.y, "Pemohon,", ctx.r, ctx.size - 0.5)
        ctx.sig(pg, d.L + 4, d.y + 4, 76)
        pg.t(d.L, d.y + 56, p["name"], ctx.b, ctx.size - 1.5)
        d.y += 76
    # photo page
    ph = Page()
    ph.t(PW / 2, 70, "LAMPIRAN DOKUMENTASI", ctx.b, 12, align="c")
    ph.t(PW / 2, 86, f"Pemeriksaan Setempat Register Nomor {reg}", ctx.r, 10, align="c")
    caps = rng.sample(PHOTO_CAPTIONS, 4)
    for i, cap in enumerate(caps):
        x = 62 + (i % 2) * 245
        y = 110 + (i // 2) * 250
        ph.img(x, y, 225, 158, photo_img(rng))
        ph.rect(x, y, 225, 158, 0.5, GREY)
        for k, ln in enumerate(wrap(f"Foto {i + 1}. {cap}", ctx.r, 9, 225)):
            ph.t(x, y + 174 + k * 12, ln, ctx.r, 9)
    d.pages.append(ph)
    page_footers(d.pages, f"Berita Acara Pemeriksaan Setempat Reg. {reg}", "hr")
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_ki_ba_pemeriksaan_setempat", d.pages, fields)


LBH = (
    ("Lembaga Bantuan Hukum Palembang", "Jl. Kol. H. Burlian Lr. Serumpun No. 3 Palembang"),
    ("Pos Bantuan Hukum Advokat Sriwijaya", "Jl. Angkatan 45 No. 20 Palembang"),
    ("Kantor Hukum Rahmat & Rekan", "Jl. Veteran No. 118 Palembang"),
)


def s04_kuasa_khusus_sengketa(ctx: Ctx) -> Letter:
    """The applicant's SURAT KUASA KHUSUS appointing advocates (or a legal-aid office) to act in the
    dispute at the KI against the KPU's PPID, a copy handed to the respondent at the hearing:
    Pemberi Kuasa rows (name, NIK, occupation, address), Penerima Kuasa rows, "K H U S U S", the
    mandate naming the register number and the requested information, the powers, meterai and
    signatures; no letterhead."""
    rng = ctx.rng
    d = Doc(ctx, top=70)
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    regd = ctx.date - timedelta(days=rng.randint(5, 40))
    reg = ki_register(rng, regd)
    ref, _rd = reg_number(rng, regd - timedelta(days=50))
    item = info_item(rng)
    firm, faddr = rng.choice(LBH)
    lawyers = [make_person(rng, degree_p=1.0)["name"] for _ in range(rng.randint(1, 3))]
    d.line_text("SURAT KUASA KHUSUS", ctx.b, ctx.size + 3, align="c")
    d.gap(2)
    show_num = rng.random() < 0.35
    num = f"{rng.randint(1, 90):02d}/SK/{''.join(w[0] for w in firm.split()[:3]).upper()}/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        d.line_text(f"Nomor: {num}", ctx.r, ctx.size, align="c")
    d.gap(8)
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    kv_rows(
        d,
        [("Nama", p["name"]), ("NIK", p["nik"]), ("Pekerjaan", p["job"]), ("Alamat", addr)],
        x=d.L + 20,
    )
    d.para("Selanjutnya disebut sebagai PEMBERI KUASA.")
    d.gap(2)
    d.para("Dengan ini memberikan kuasa kepada:")
    for i, nm in enumerate(lawyers, 1):
        d.need(14)
        d.pg.t(d.L + 20, d.y, f"{i}.", ctx.r, ctx.size)
        d.para(f"{nm}, Advokat", x=d.L + 36)
    d.para(
        (
            f"kesemuanya advokat/pemberi bantuan hukum pada {firm}, berkantor di {faddr}, baik bersama-sama maupun sendiri-sendiri, selanjutnya disebut sebagai PENERIMA KUASA."
            if len(lawyers) > 1
            else f"advokat/pemberi bantuan hukum pada {firm}, berkantor di {faddr}, selanjutnya disebut sebagai PENERIMA KUASA."
        ),
        justify=True,
    )
    d.gap(4)
    d.line_text("K H U S U S", ctx.b, ctx.size + 1, align="c")
    d.gap(4)
    show_ref = rng.random() < 0.55
    d.para(
        f"Untuk dan atas nama Pemberi Kuasa mewakili, mendampingi dan membela kepentingan Pemberi Kuasa sebagai Pemohon dalam Sengketa Informasi Publik di Komisi Informasi Provinsi Sumatera Selatan dengan Register Nomor {reg} melawan Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai Termohon, mengenai permohonan informasi"
        + (f" Nomor Pendaftaran {ref}" if show_ref else "")
        + f" berupa {lc1(item)}.",
        justify=True,
    )
    d.para(
        "Untuk itu Penerima Kuasa diberi hak untuk menghadiri sidang mediasi dan ajudikasi, mengajukan dan menandatangani surat-surat, mengajukan bukti dan saksi, menyusun kesimpulan, menerima salinan putusan, serta melakukan segala tindakan yang dianggap perlu sepanjang tidak bertentangan dengan hukum. Kuasa ini diberikan dengan hak substitusi.",
        justify=True,
    )
    d.line_text(
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "long"))), align="r"
    )
    d.need(120)
    y0 = d.y + 4
    pg = d.pg
    pg.t(d.L, y0, "PENERIMA KUASA,", ctx.b, ctx.size)
    pg.t(d.R - 170, y0, "PEMBERI KUASA,", ctx.b, ctx.size)
    pg.img(d.R - 175, y0 + 6, 52, 34, meterai_img(rng))
    ctx.sig(pg, d.R - 150, y0 + 8, 84)
    yy = y0 + 20
    for nm in lawyers:
        ctx.sig(pg, d.L, yy - 14, 60)
        pg.t(d.L + 64, yy + 8, nm, ctx.r, ctx.size - 1)
        yy += 30
    pg.t(d.R - 170, y0 + 62, p["name"], ctx.b, ctx.size)
    d.y = max(yy, y0 + 76) + 10
    if rng.random() < 0.6:
        d.line_text(
            rng.choice(
                (
                    "Salinan untuk Termohon",
                    "Diserahkan pada sidang tanggal "
                    + fmt_date(ctx.date + timedelta(days=rng.randint(2, 9)), "long"),
                )
            ),
            ctx.i,
            ctx.size - 1.5,
        )
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S04_kuasa_khusus_sengketa", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
RETUR_REASONS = (
    "Alamat tidak lengkap / tidak jelas",
    "Alamat tidak dikenal",
    "Penerima pindah alamat",
    "Rumah/kantor kosong",
    "Ditolak oleh penerima",
    "Penerima tidak dikenal",
    "Penerima meninggal dunia",
)


def m01_pos_retur_kiriman(ctx: Ctx) -> Letter:
    """The post office's notice that a letter the PPID posted to an applicant could not be delivered
    and is returned (berita retur): company header with the branch line, its own Nomor, the item
    number, posting date, sender (the PPID) and addressee (an applicant's name and address), the
    ticked reason, a table of delivery attempts, place-date and the returns officer; filled in by
    hand or typed.  The applicant named on it is not a field: it is ordinary mail."""
    rng = ctx.rng
    hand = ctx.hand
    vf = "hand" if hand else rng.choice(("cr", "mr"))
    ink = ctx.ink
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "helv", "dejavu"))]
    d = Doc(ctx, top=50, left=56, right=PW - 52)
    pg = d.pg
    orange = (235, 110, 20)
    pg.rect(0, 28, PW, 8, 0, None, orange)
    pg.circle(d.L + 22, 70, 20, 2.0, orange)
    pg.t(d.L + 22, 75, "POS", "hb", 10, orange, "c")
    org = "PT POS INDONESIA (PERSERO)"
    pg.t(d.L + 54, 66, org, "hb", 14)
    branch = rng.choice(
        (
            "KANTOR CABANG UTAMA PALEMBANG 30000",
            "KANTOR CABANG PALEMBANG 30100",
            "KANTOR POS PALEMBANG 30000",
        )
    )
    pg.t(d.L + 54, 80, branch, "hr", 8.5)
    pg.t(d.R, 66, "Form. RTR-01", "hr", 7.5, GREY, "r")
    pg.line(d.L, 96, d.R, 96, 1.0)
    d.y = 120
    d.line_text("PEMBERITAHUAN KIRIMAN TIDAK DAPAT DISERAHKAN", "hb", 12, align="c")
    d.line_text("(BERITA RETUR)", "hb", 10, align="c")
    d.gap(8)
    num = f"{rng.randint(1, 900):04d}/RTR/30000/{roman(ctx.date.month)}/{ctx.date.year}"
    posted = prev_wd(ctx.date - timedelta(days=rng.randint(5, 14)))
    p = make_person(rng, degree_p=0.2)
    addr = fmt_address(p, rng, rng.choice((0, 2, 6)))
    item_no = f"PKH{rng.randint(10**9, 10**10 - 1)}"
    out_no = f"{rng.randint(200, 900)}/PP.08-SD/16/{posted.year}"
    rows = [
        ("Nomor", num),
        ("Nomor Kiriman", item_no),
        ("Jenis Layanan", rng.choice(("Pos Kilat Khusus", "Pos Express", "Pos Reguler"))),
        ("Tanggal Posting", posted.strftime("%d-%m-%Y")),
        ("Pengirim", "PPID KPU Provinsi Sumatera Selatan, Jl. Kapten A. Rivai No. 95 Palembang"),
        ("Penerima", p["name"]),
        ("Alamat Penerima", addr),
        ("Isi Kiriman", f"Surat Nomor {out_no}"),
    ]
    lw = 108.0
    for k, v in rows:
        if k in ("Nomor",):
            d.kv(k, v, lw, size=10, vfont="cr")
        elif hand and k in ("Penerima", "Alamat Penerima", "Nomor Kiriman", "Tanggal Posting"):
            d.kv(k, v, lw, size=10, vfont="hand", lead=17)
        else:
            d.kv(k, v, lw, size=10, vfont=vf if vf != "hand" else "hr")
    d.gap(6)
    d.line_text("Alasan tidak dapat diserahkan (beri tanda √):", "hb", 10)
    why = rng.randrange(len(RETUR_REASONS))
    for i, r in enumerate(RETUR_REASONS):
        d.need(15)
        checkbox(d.pg, d.L + 10, d.y + 1, 9, False, INK, False)
        if i == why:
            vtick(d.pg, d.L + 11, d.y, 9, ink)
        d.pg.t(d.L + 26, d.y, r, "hr", 9.5)
        d.gap(14)
    d.gap(4)
    d.line_text("Upaya penyerahan:", "hb", 10)
    tries = []
    t0 = posted + timedelta(days=rng.randint(1, 3))
    for k in range(rng.randint(2, 3)):
        t = t0 + timedelta(days=k * rng.randint(1, 2))
        tries.append(
            [
                str(k + 1),
                t.strftime("%d-%m-%Y"),
                hhmm(rng),
                rng.choice(
                    (
                        "Rumah tertutup",
                        "Tidak ada yang kenal",
                        "Alamat tidak ditemukan",
                        "Tetangga tidak tahu",
                    )
                ),
            ]
        )
    table2(
        d,
        [60.0, 90.0, 60.0, d.W - 60 - 90 - 60 - 90, 90.0],
        [[*r, ""] for r in tries],
        ["Percobaan", "Tanggal", "Jam", "Keterangan", "Paraf Pengantar"],
        size=9,
        hand_cols=(1, 2, 3) if hand else (),
    )
    d.para(
        "Kiriman tersebut dikembalikan kepada pengirim. Apabila alamat penerima telah diperbaiki, kiriman dapat diposkan kembali melalui loket kantor pos terdekat.",
        size=9.5,
        justify=True,
    )
    d.gap(4)
    d.need(100)
    x = d.R - 190
    y0 = d.y
    d.pg.t(x, y0, "Palembang,", "hr", 10)
    ds = fmt_date(ctx.date, rng.choice(("dash", "long", "slash0")))
    if hand:
        d._hand(x + tw("Palembang, ", "hr", 10), y0 - 1, ds, 11.5, ink)
    else:
        d.pg.t(x + tw("Palembang, ", "hr", 10), y0, ds, vf, 10)
    d.pg.t(x, y0 + 14, "Petugas Retur,", "hr", 10)
    ctx.sig(d.pg, x, y0 + 18, 76)
    off = make_person(rng, degree_p=0.0)
    d.pg.t(x, y0 + 68, off["core"], "hb", 10)
    d.pg.t(x, y0 + 81, f"NIPPOS {rng.randint(970000000, 999999999)}", "hr", 9)
    ctx.stamp(d.pg, x - 70, y0 + 6, "PT POS INDONESIA PALEMBANG", "RETUR", 66)
    d.y = y0 + 96
    fields = sm_fields(num, ctx.date, None, org)
    return Letter(
        "surat_masuk",
        "M01_pos_retur_kiriman",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True},
    )


VEHICLES = (
    ("Toyota Innova 2.0 G", "Minibus"),
    ("Toyota Fortuner 2.4 VRZ", "Jeep"),
    ("Mitsubishi Pajero Sport", "Jeep"),
    ("Toyota Avanza 1.3 G", "Minibus"),
    ("Honda Supra X 125", "Sepeda Motor"),
    ("Yamaha NMAX 155", "Sepeda Motor"),
    ("Isuzu Elf NKR 71", "Minibus"),
)


def m02_bapenda_pajak_kendaraan(ctx: Ctx) -> Letter:
    """The provincial revenue office (Bapenda) reminds the secretariat that the annual tax of its
    official vehicles falls due: Pemprov umbrella over the Bapenda name, 973 classification number,
    a vehicle table (Nomor Polisi | Merek/Tipe | Jenis | Tahun | Berlaku s.d. | PKB + SWDKLLJ), the
    e-Samsat channels, the head of the tax division signs "a.n."."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = "BADAN PENDAPATAN DAERAH"
    kop2(
        d,
        [("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12), (org, ctx.b, 15)],
        [
            "Jl. POM IX Kampus No. 1 Palembang 30137  Telp. (0711) 355 000",
            "Laman: bapenda.sumselprov.go.id  Surel: bapenda@sumselprov.go.id",
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    nl, ll, hl = labels(rng)
    num = f"973/{rng.randint(100, 3999)}/Bapenda/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Jatuh Tempo Pajak Kendaraan Bermotor Dinas",
            "Pembayaran PKB Kendaraan Dinas Instansi Vertikal",
            "Pemberitahuan Pajak Kendaraan Bermotor",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "1 (satu) lembar"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "long"))),
    )
    yth_block(
        d,
        ["Yth. Sekretaris Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"],
    )
    d.gap(6)
    d.para(
        "Berdasarkan data kendaraan bermotor pada Sistem Informasi Samsat Provinsi Sumatera Selatan, terdapat kendaraan dinas yang terdaftar atas nama instansi Saudara dengan masa berlaku pajak yang telah atau akan jatuh tempo sebagai berikut:",
        justify=True,
        indent=24,
    )
    rows = []
    for i in range(rng.randint(2, 6)):
        mk, jenis = rng.choice(VEHICLES)
        due = ctx.date + timedelta(days=rng.randint(-40, 45))
        pkb = (
            rng.choice((450000, 780000, 1250000, 2350000, 3900000, 5200000))
            if jenis != "Sepeda Motor"
            else rng.choice((180000, 240000, 310000))
        )
        swd = 143000 if jenis != "Sepeda Motor" else 35000
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2))))
        rows.append(
            [
                str(i + 1),
                f"BG {rng.randint(1, 9999)} {letters}",
                mk,
                jenis,
                str(rng.randint(2012, 2022)),
                due.strftime("%d-%m-%Y"),
                rp(pkb + swd),
            ]
        )
    table2(
        d,
        [22.0, 72.0, d.W - 22 - 72 - 58 - 40 - 62 - 80, 58.0, 40.0, 62.0, 80.0],
        rows,
        ["No", "Nomor Polisi", "Merek/Tipe", "Jenis", "Tahun", "Berlaku s.d.", "PKB + SWDKLLJ"],
        size=ctx.size - 2,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami mohon kiranya Saudara dapat melakukan pembayaran pajak kendaraan dimaksud melalui Kantor Bersama Samsat, gerai Samsat, atau aplikasi e-Samsat Sumsel, guna menghindari pengenaan sanksi administratif berupa denda. Informasi lebih lanjut dapat menghubungi Bidang Pajak Daerah pada nomor (0711) 355 012.",
        justify=True,
        indent=24,
    )
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", indent=24
    )
    sign_block(
        d,
        [
            "a.n. Kepala Badan Pendapatan Daerah",
            "Provinsi Sumatera Selatan",
            "Kepala Bidang Pajak Daerah,",
        ],
        make_person(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
        stamp=("BADAN PENDAPATAN DAERAH", "SUMSEL"),
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M02_bapenda_pajak_kendaraan", d.pages, fields)


FAKE_PARTIES = (
    "Partai Karya Nusantara",
    "Partai Gerakan Rakyat Sejahtera",
    "Partai Bintang Persatuan Indonesia",
    "Partai Amanat Desa",
    "Partai Keadilan Bangsa Baru",
    "Partai Suara Pekerja Indonesia",
    "Partai Nasional Bhinneka",
    "Partai Harapan Umat",
    "Partai Solidaritas Pemuda",
    "Partai Demokrasi Kerakyatan",
)


def m03_pernyataan_bukan_anggota_parpol(ctx: Ctx) -> Letter:
    """A citizen's SURAT PERNYATAAN that he or she is not a member of the party that listed his or
    her name and NIK in the party information system (SIPOL), asking for the data to be removed:
    identity rows, numbered statements, meterai, KTP copy on page 2 and sometimes the printed
    result of the online membership check.  A statement, not an information request: only the
    date is a field."""
    rng = ctx.rng
    d = Doc(ctx, top=70)
    p = make_person(rng, degree_p=0.25, prefix_p=0.05)
    party = rng.choice(FAKE_PARTIES)
    if rng.random() < 0.5:
        yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
        d.gap(10)
    d.line_text("SURAT PERNYATAAN", ctx.b, ctx.size + 3, align="c")
    d.line_text("TIDAK SEBAGAI ANGGOTA PARTAI POLITIK", ctx.b, ctx.size + 0.5, align="c")
    d.gap(10)
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    kv_rows(
        d,
        [
            ("Nama", p["name"]),
            ("NIK", spaced_nik(p["nik"], rng)),
            ("Tempat/Tanggal Lahir", f"{p['birthplace']}, {fmt_date(p['birth'], 'long')}"),
            (
                "Pekerjaan",
                rng.choice((p["job"], "Guru PPPK", "Pegawai Negeri Sipil", "Perangkat Desa")),
            ),
            ("Alamat", addr),
            ("No. HP", p["phone"]),
        ],
        x=d.L + 20,
    )
    d.gap(4)
    d.para("dengan ini menyatakan dengan sesungguhnya bahwa:")
    stm = [
        "Saya bukan anggota maupun pengurus partai politik mana pun.",
        f"Nama dan NIK saya tercatat sebagai anggota {party} dalam Sistem Informasi Partai Politik (SIPOL) tanpa sepengetahuan dan persetujuan saya.",
        "Saya tidak pernah menyerahkan fotokopi KTP atau mengisi formulir keanggotaan partai politik tersebut.",
        f"Saya memohon agar nama dan NIK saya dihapus dari daftar keanggotaan {party} dalam SIPOL.",
    ]
    d.numbered(stm, "{}.", x=d.L + 10, hang=18)
    d.para(
        "Demikian surat pernyataan ini saya buat dengan sebenar-benarnya tanpa ada paksaan dari pihak mana pun, dan apabila di kemudian hari pernyataan ini tidak benar, saya bersedia dituntut sesuai ketentuan peraturan perundang-undangan.",
        justify=True,
    )
    sign_block(
        d,
        ["Yang membuat pernyataan,"],
        p["name"],
        meterai=True,
        place_date=place_date(rng, p["city"], ctx.date),
    )
    d.pages.append(ktp_cards(ctx, [p], "Lampiran: Fotokopi KTP"))
    if rng.random() < 0.45:
        cp = Page()
        cp.t(60, 40, f"{ctx.date.strftime('%d/%m/%Y')} {hhmm(rng, ':')}", "hr", 7)
        cp.t(PW / 2, 40, "Cek Keanggotaan Partai Politik", "hr", 7, align="c")
        cp.rect(60, 70, PW - 120, 40, 0, None, (160, 20, 30))
        cp.t(74, 96, "INFO PEMILU - Cek Keanggotaan Parpol", "hb", 13, WHITE)
        cp.t(74, 150, "Hasil Pencarian", "hb", 12)
        masked = p["nik"][:4] + "xxxxxxxx" + p["nik"][12:]
        yy = 176
        for k, v in (
            ("NIK", masked),
            ("Nama", p["ktp_name"]),
            ("Status", "Terdaftar sebagai anggota"),
            ("Partai Politik", party.upper()),
            ("Kabupaten/Kota", p["kab_ktp"]),
        ):
            cp.t(74, yy, k, "hr", 10)
            cp.t(200, yy, ": " + v, "hr", 10)
            yy += 18
        cp.rect(60, 130, PW - 120, yy - 120, 0.6, GREY)
        cp.t(60, PH - 20, "https://infopemilu.kpu.go.id/Pemilu/Cari_nik", "hr", 7)
        d.pages.append(cp)
    fields = sm_fields(None, ctx.date, None, None)
    return Letter("surat_masuk", "M03_pernyataan_bukan_anggota_parpol", d.pages, fields)


def m04_kesbangpol_banpol(ctx: Ctx) -> Letter:
    """Kesbangpol asks the KPU for the valid votes of each party with seats in the DPRD (to compute
    the parties' state aid): Pemprov umbrella line, "Dasar" statutes, a table of parties with the
    seat and vote columns left empty for the KPU to fill, a deadline and a contact person.  A body
    asking for data for its own work: ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = "BADAN KESATUAN BANGSA DAN POLITIK"
    kop2(
        d,
        [("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12), (org, ctx.b, 15)],
        [
            "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 352 004",
            "Laman: kesbangpol.sumselprov.go.id",
        ],
        rng.choice(("l", "c", "lr")),
        INK,
        rng.choice(("double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    nl, ll, hl = labels(rng)
    num = f"200.2/{rng.randint(100, 2999)}/Kesbangpol/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Data Perolehan Suara Sah Partai Politik",
            "Permintaan Data Hasil Pemilu untuk Bantuan Keuangan Partai Politik",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) lembar"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "long"))),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    d.line_text("Dasar:")
    d.numbered(
        [
            "Peraturan Pemerintah Nomor 5 Tahun 2009 tentang Bantuan Keuangan kepada Partai Politik sebagaimana telah diubah terakhir dengan Peraturan Pemerintah Nomor 1 Tahun 2018;",
            "Peraturan Menteri Dalam Negeri Nomor 78 Tahun 2020 tentang Pedoman Tata Cara Penghitungan, Penganggaran dalam APBD, Pengajuan, Penyaluran, dan Laporan Pertanggungjawaban Penggunaan Bantuan Keuangan Partai Politik.",
        ],
        "{}.",
        x=d.L + 10,
        hang=18,
    )
    ta = ctx.date.year + 1
    d.para(
        f"Sehubungan dengan penyusunan anggaran bantuan keuangan kepada partai politik yang memperoleh kursi di DPRD Provinsi Sumatera Selatan Tahun Anggaran {ta}, kami mohon bantuan Saudara untuk menyampaikan data jumlah kursi dan jumlah perolehan suara sah masing-masing partai politik hasil Pemilihan Umum Tahun 2024 untuk DPRD Provinsi Sumatera Selatan, dengan format sebagai berikut:",
        justify=True,
        indent=24,
    )
    parties = rng.sample(FAKE_PARTIES, rng.randint(5, 8))
    table2(
        d,
        [24.0, d.W - 24 - 70 - 120 - 80, 70.0, 120.0, 80.0],
        [[str(i + 1), pt, "", "", ""] for i, pt in enumerate(parties)],
        ["No", "Partai Politik", "Jumlah Kursi", "Perolehan Suara Sah", "Keterangan"],
        size=ctx.size - 1.5,
    )
    due = add_wd(ctx.date, rng.choice((7, 10, 14)))
    cp = make_person(rng, degree_p=0.5)
    d.para(
        f"Data tersebut kami harapkan dapat disampaikan paling lambat tanggal {fmt_date(due, 'long')} disertai salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan hasil pemilihan umum yang telah dilegalisir. Untuk koordinasi lebih lanjut dapat menghubungi {cp['core']} ({cp['phone']}).",
        justify=True,
        indent=24,
    )
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", indent=24
    )
    sign_block(
        d,
        ["Kepala Badan Kesatuan Bangsa dan Politik", "Provinsi Sumatera Selatan,"],
        make_person(rng, degree_p=1.0)["name"],
        sub=f"NIP {nip(rng)}",
        stamp=("BADAN KESBANGPOL PROVINSI SUMSEL", "KESBANGPOL"),
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Gubernur Sumatera Selatan (sebagai laporan);", size=ctx.size - 1)
    d.line_text("2. Arsip.", size=ctx.size - 1)
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M04_kesbangpol_banpol", d.pages, fields)


SKM_Q = (
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
)
SKM_SARAN = (
    "Petugas ramah, tetapi data yang saya minta lama sekali keluarnya.",
    "Mohon ruang tunggu layanan informasi diberi kursi lebih banyak.",
    "Sebaiknya informasi DPT bisa diunduh langsung dari website.",
    "Pelayanan sudah baik, pertahankan.",
    "Tolong nomor WA layanan dibalas lebih cepat.",
    "",
)


def m05_skm_kuesioner(ctx: Ctx) -> Letter:
    """A filled-in public-satisfaction questionnaire (Survei Kepuasan Masyarakat) about the
    information desk, dropped in the box: respondent profile tick rows, the service received
    ("Permohonan Informasi Publik" ticked), nine questions with four graded boxes, a suggestion on
    ruled lines, name optional; ticked and written by hand or typed.  Not a request: only the
    survey date is a field."""
    rng = ctx.rng
    hand = ctx.hand
    ink = ctx.ink
    d = Doc(ctx, top=50, left=50, right=PW - 48)
    kop_kpu(d, rng)
    d.y -= 10
    d.line_text("SURVEI KEPUASAN MASYARAKAT (SKM)", "hb", 12, align="c")
    d.line_text("LAYANAN INFORMASI PUBLIK", "hb", 10, align="c")
    d.gap(4)
    dstr = fmt_date(ctx.date, rng.choice(("dash", "slash0", "long", "short1")))
    y = d.y
    d.pg.t(d.L, y, "Tanggal Survei :", "hr", 9.5)
    d.pg.t(d.L + 220, y, "Jam Survei :", "hr", 9.5)
    dotted(d.pg, d.L + 80, y, d.L + 200)
    dotted(d.pg, d.L + 280, y, d.L + 360)
    if hand:
        d._hand(d.L + 84, y - 1, dstr, 11, ink)
        d._hand(d.L + 284, y - 1, hhmm(rng), 11, ink)
    else:
        d.pg.t(d.L + 84, y, dstr, "cr", 9.5)
        d.pg.t(d.L + 284, y, hhmm(rng), "cr", 9.5)
    d.gap(18)

    def tick_row(label, opts, pick):
        d.need(16)
        d.pg.t(d.L, d.y, label, "hr", 9)
        x = d.L + 110
        for i, o in enumerate(opts):
            checkbox(d.pg, x, d.y + 1, 8, False, INK, False)
            if i == pick:
                if hand:
                    vtick(d.pg, x + 1, d.y, 8, ink)
                else:
                    checkbox(d.pg, x, d.y + 1, 8, True, INK, False)
            d.pg.t(x + 12, d.y, o, "hr", 8.5)
            x += tw(o, "hr", 8.5) + 24
        d.gap(15)

    section_bar(d, "PROFIL RESPONDEN", size=9)
    d.gap(14)
    tick_row("Jenis Kelamin", ("Laki-laki", "Perempuan"), rng.randrange(2))
    tick_row("Usia", ("< 20 th", "20-30 th", "31-40 th", "41-50 th", "> 50 th"), rng.randrange(5))
    tick_row("Pendidikan", ("SD/SMP", "SMA", "D3", "S1", "S2/S3"), rng.randrange(5))
    tick_row(
        "Pekerjaan",
        ("PNS/TNI/Polri", "Swasta", "Wirausaha", "Pelajar/Mhs", "Lainnya"),
        rng.randrange(5),
    )
    tick_row(
        "Layanan diterima",
        ("Permohonan Informasi Publik", "Pengajuan Keberatan", "Konsultasi"),
        rng.choice((0, 0, 0, 1, 2)),
    )
    d.gap(2)
    section_bar(
        d, "PENDAPAT RESPONDEN (1 = Tidak baik, 2 = Kurang baik, 3 = Baik, 4 = Sangat baik)", size=9
    )
    d.gap(4)
    widths = [22.0, d.W - 22 - 4 * 30, 30.0, 30.0, 30.0, 30.0]
    rows = [[f"U{i + 1}", q, "", "", "", ""] for i, q in enumerate(SKM_Q)]
    y_rows = []
    hdr = ["No", "Pertanyaan", "1", "2", "3", "4"]
    # a plain table drawn here so that the ticks can be placed in the grade cells
    lead = 10.4
    for ri, row in enumerate([hdr, *rows]):
        f = "hb" if ri == 0 else "hr"
        cells = [wrap(c, f, 8.5, w - 7) if c else [""] for c, w in zip(row, widths, strict=True)]
        h = max(len(c) for c in cells) * lead + 6
        d.need(h)
        if ri == 0:
            d.pg.rect(d.L, d.y, sum(widths), h, 0, None, LIGHT)
        xx = d.L
        for cl, w in zip(cells, widths, strict=True):
            d.pg.rect(xx, d.y, w, h, 0.5)
            yy = d.y + 3 + 8.5
            for ln in cl:
                if ln:
                    d.pg.t(xx + 3.5, yy, ln, f, 8.5)
                yy += lead
            xx += w
        if ri:
            y_rows.append((d.pg, d.y, h))
        d.y += h
    for pg, y0, h in y_rows:
        g = rng.choice((2, 3, 3, 3, 4, 4, 1))
        cx = d.L + widths[0] + widths[1] + (g - 1) * 30 + 10
        if hand:
            vtick(pg, cx, y0 + h / 2 + 4, 8, ink)
        else:
            pg.t(cx, y0 + h / 2 + 3, "X", "hb", 9)
    d.gap(10)
    d.line_text("Saran / Masukan:", "hb", 9.5)
    sar = rng.choice(SKM_SARAN)
    for k in range(3):
        dotted(d.pg, d.L, d.y, d.R)
        seg = wrap(sar, "hand" if hand else "cr", 11 if hand else 9.5, d.W - 10) if sar else []
        if k < len(seg):
            if hand:
                d._hand(d.L + 4, d.y - 1, seg[k], 11, ink)
            else:
                d.pg.t(d.L + 4, d.y, seg[k], "cr", 9.5)
        d.gap(17)
    d.gap(4)
    nm = make_person(rng, degree_p=0.1)
    d.pg.t(d.L, d.y, "Nama (boleh tidak diisi) :", "hr", 9)
    dotted(d.pg, d.L + 118, d.y, d.L + 330)
    if rng.random() < 0.5:
        if hand:
            d._hand(d.L + 122, d.y - 1, nm["core"], 11, ink)
        else:
            d.pg.t(d.L + 122, d.y, nm["core"], "cr", 9.5)
    d.gap(20)
    d.line_text(
        "Terima kasih atas partisipasi Saudara. Masukkan lembar ini ke kotak survei.", "hi", 8
    )
    fields = sm_fields(None, ctx.date, None, None)
    return Letter("surat_masuk", "M05_skm_kuesioner", d.pages, fields, handwritten=hand)


def m06_telaahan_staf(ctx: Ctx) -> Letter:
    """An internal TELAAHAN STAF (staff analysis) to the chair: the office's letterhead, Kepada /
    Dari / Nomor / Tanggal / Lampiran / Hal rows, sections A. Persoalan, B. Praanggapan, C. Fakta
    yang Mempengaruhi (with a monthly table of requests, on-time answers and objections),
    D. Analisis, E. Kesimpulan, F. Saran.  Full of "permohonan informasi" and "keberatan" but an
    internal memo: ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx, top=54)
    kop_kpu(d, rng)
    d.y -= 6
    d.line_text("TELAAHAN STAF", ctx.b, ctx.size + 2, align="c")
    d.gap(6)
    num = f"{rng.randint(10, 400)}/HM.02-TS/16/{ctx.date.year}"
    show_num = rng.random() < 0.7
    topic = rng.choice(
        (
            (
                "Penanganan Lonjakan Permohonan Informasi Data Pemilih",
                "lonjakan permohonan informasi data pemilih",
            ),
            (
                "Penguatan Layanan PPID Menjelang Monitoring dan Evaluasi Komisi Informasi",
                "kesiapan layanan PPID menghadapi monitoring dan evaluasi",
            ),
            (
                "Penyelesaian Tunggakan Permohonan Informasi dan Keberatan",
                "tunggakan permohonan informasi dan keberatan",
            ),
        )
    )
    subj, short = topic
    dari, role = rng.choice(
        (
            (
                "Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
                "Kepala Bagian,",
            ),
            ("Sekretaris KPU Provinsi Sumatera Selatan selaku Atasan PPID", "Sekretaris,"),
            (
                "PPID KPU Provinsi Sumatera Selatan",
                "Pejabat Pengelola Informasi dan Dokumentasi,",
            ),
        )
    )
    rows = [
        ("Kepada", "Yth. Ketua KPU Provinsi Sumatera Selatan"),
        ("Dari", dari),
    ]
    if show_num:
        rows.append(("Nomor", num))
    rows += [
        ("Tanggal", fmt_date(ctx.date, rng.choice(("long", "long0")))),
        ("Lampiran", "-"),
        ("Hal", subj),
    ]
    kv_rows(d, rows)
    d.pg.line(d.L, d.y - 6, d.R, d.y - 6, 0.8)
    d.gap(6)

    def sec(title, paras):
        d.need(40)
        d.line_text(title, ctx.b)
        for s in paras:
            d.para(s, x=d.L + 16, justify=True)
        d.gap(3)

    y = ctx.date.year
    sec(
        "A. Persoalan",
        [
            f"Perlunya langkah penanganan atas {short} pada PPID KPU Provinsi Sumatera Selatan agar seluruh permohonan dapat dijawab dalam jangka waktu yang ditentukan."
        ],
    )
    sec(
        "B. Praanggapan",
        [
            "Jumlah permohonan informasi diperkirakan terus meningkat menjelang tahapan pemilu berikutnya, sementara jumlah petugas meja layanan tidak bertambah.",
        ],
    )
    d.need(60)
    d.line_text("C. Fakta-fakta yang Mempengaruhi", ctx.b)
    d.para(
        "Rekapitulasi layanan informasi beberapa bulan terakhir adalah sebagai berikut:",
        x=d.L + 16,
        justify=True,
    )
    months = []
    m0 = ctx.date.month
    for k in range(rng.randint(3, 5), 0, -1):
        mm = (m0 - k - 1) % 12 + 1
        n = rng.randint(8, 60)
        ok = rng.randint(n // 2, n)
        months.append(
            [
                f"{BULAN[mm - 1]} {y if mm < m0 else y - 1}",
                str(n),
                str(ok),
                str(rng.randint(0, max(1, n // 8))),
            ]
        )
    table2(
        d,
        [140.0, 100.0, 130.0, 90.0],
        months,
        ["Bulan", "Permohonan", "Dijawab Tepat Waktu", "Keberatan"],
        x=d.L + 16,
        size=ctx.size - 1.5,
    )
    sec(
        "D. Analisis",
        [
            "Sebagian besar keterlambatan terjadi karena data yang dimohon berada pada KPU kabupaten/kota dan belum terdokumentasi dalam format digital. Apabila tidak ditangani, keterlambatan berpotensi menimbulkan keberatan dan sengketa informasi di Komisi Informasi.",
        ],
    )
    sec(
        "E. Kesimpulan",
        [
            "Diperlukan penambahan petugas layanan dan percepatan digitalisasi data pemilih di tingkat kabupaten/kota."
        ],
    )
    sec(
        "F. Saran",
        [
            "1. Menugaskan dua orang staf tambahan pada meja layanan informasi;",
            "2. Menerbitkan surat kepada KPU kabupaten/kota agar menyampaikan data dalam format digital paling lambat tiga hari kerja;",
            "3. Memperbarui Daftar Informasi Publik pada laman resmi.",
        ],
    )
    sign_block(
        d,
        [role],
        make_person(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
    )
    org = " ".join(KPU_LINES)
    fields = sm_fields(num if show_num else None, ctx.date, subj, org)
    return Letter("surat_masuk", "M06_telaahan_staf", d.pages, fields)


CLINICS = (
    (
        ["PEMERINTAH KOTA PALEMBANG", "DINAS KESEHATAN"],
        "UPTD PUSKESMAS SEKIP",
        "445/{n}/PKM-SKP/{y}",
    ),
    (
        ["PEMERINTAH KOTA PALEMBANG", "DINAS KESEHATAN"],
        "UPTD PUSKESMAS MAKRAYU",
        "445/{n}/PKM-MKY/{y}",
    ),
    ([], "KLINIK PRATAMA SEHAT SENTOSA", "{n}/SKS/KPS/{y}"),
    ([], "RUMAH SAKIT UMUM MUSI MEDIKA", "{n}/RSU-MM/SKS/{y}"),
)
JABATAN = (
    ("Penata Muda Tk. I (III/b)", "Analis Data Pemilu"),
    ("Penata (III/c)", "Pranata Hubungan Masyarakat"),
    ("Pengatur (II/c)", "Pengadministrasi Umum"),
    ("Penata Tk. I (III/d)", "Analis Pengelolaan Informasi"),
    ("Penata Muda (III/a)", "Arsiparis Ahli Pertama"),
)


def m07_izin_sakit_pegawai(ctx: Ctx) -> Letter:
    """A staff member's request for sick leave (typed or written by hand) with NIP, rank, post and
    the days off, + page 2 the doctor's SURAT KETERANGAN SAKIT from a puskesmas or clinic with its
    own number.  The fields are the leave letter's (no Nomor, no sender body): the certificate's
    number and date are an enclosure's."""
    rng = ctx.rng
    hand = ctx.hand
    emp = make_person(rng, degree_p=0.5, prefix_p=0.05)
    gol, jab = rng.choice(JABATAN)
    days = rng.randint(1, 4)
    start = ctx.date
    end = start + timedelta(days=days - 1)
    if hand:
        ctx.r = ctx.b = ctx.i = "hand"
        ctx.size = 12.5
        d = Doc(ctx, top=70, left=66, right=PW - 50)
        lead = 20.0
    else:
        d = Doc(ctx, top=70)
        lead = None
    subj = rng.choice(
        (
            "Permohonan Izin Sakit",
            "Izin Tidak Masuk Kerja",
            "Permohonan Izin Tidak Masuk Kerja karena Sakit",
        )
    )
    d.line_text(
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "dash", "long0"))),
        align="r",
        lead=lead,
    )
    d.kv("Perihal", subj, 52, lead=lead)
    d.gap(8)
    for s in (
        "Kepada Yth.",
        "Sekretaris KPU Provinsi Sumatera Selatan",
        rng.choice(("c.q. Kepala Bagian Keuangan, Umum dan Logistik", "c.q. Kepala Subbagian SDM")),
        "di Tempat",
    ):
        d.line_text(s, lead=lead)
    d.gap(8)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    for k, v in (
        ("Nama", emp["name"]),
        ("NIP", nip(rng)),
        ("Pangkat/Gol.", gol),
        ("Jabatan", jab),
        ("Unit Kerja", "Sekretariat KPU Provinsi Sumatera Selatan"),
    ):
        d.kv(k, v, 84, x=d.L + 16, lead=lead)
    rng_txt = (
        fmt_date(start, "long")
        if days == 1
        else f"{fmt_date(start, 'long')} s.d. {fmt_date(end, 'long')}"
    )
    d.para(
        f"dengan ini mengajukan izin tidak masuk kerja selama {days} ({terbilang(days)}) hari, yaitu pada tanggal {rng_txt}, karena sakit sebagaimana surat keterangan dokter terlampir.",
        justify=not hand,
        lead=lead,
    )
    d.para(
        "Demikian permohonan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        justify=not hand,
        lead=lead,
    )
    sign_block(d, ["Hormat saya,"], emp["name"])
    # the doctor's certificate
    cctx = Ctx(rng, False, False)
    c = Doc(cctx, top=56)
    umb, clinic, fmtn = rng.choice(CLINICS)
    kop2(
        c,
        [*((u, cctx.b, 11) for u in umb), (clinic, cctx.b, 14)],
        [
            f"{rng.choice(CITIES[0][4])} No. {rng.randint(1, 200)} Palembang  Telp. {landline(rng, '0711')[0]}"
        ],
        "l" if umb else None,
        rng.choice((GREEN, INK, NAVY)),
        "double",
        kinds=("shield",),
    )
    c.line_text("SURAT KETERANGAN SAKIT", cctx.b, cctx.size + 2, align="c")
    c.line_text(
        "Nomor: " + fmtn.format(n=rng.randint(10, 999), y=start.year), cctx.r, cctx.size, align="c"
    )
    c.gap(10)
    doc = make_person(rng, degree_p=0.0)
    dname = f"dr. {doc['core']}" + rng.choice(("", "", ", Sp.PD"))
    c.para(f"Yang bertanda tangan di bawah ini, {dname}, menerangkan dengan sesungguhnya bahwa:")
    kv_rows(
        c,
        [
            ("Nama", emp["core"]),
            ("Umur", f"{start.year - emp['birth'].year} tahun"),
            ("Pekerjaan", rng.choice(("PNS", "Pegawai KPU", "ASN"))),
            ("Alamat", fmt_address(emp, rng, 3)),
        ],
        x=c.L + 20,
    )
    c.para(
        f"Berdasarkan hasil pemeriksaan, yang bersangkutan dalam keadaan sakit dan perlu beristirahat selama {days} ({terbilang(days)}) hari, terhitung mulai tanggal {fmt_date(start, 'long')} sampai dengan {fmt_date(end, 'long')}.",
        justify=True,
    )
    c.para("Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.")
    sign_block(
        c,
        ["Dokter Pemeriksa,"],
        dname,
        sub=f"SIP. {rng.randint(100, 999)}/SIP/DINKES/{start.year - rng.randint(0, 4)}",
        stamp=(clinic, "PALEMBANG"),
        place_date=place_date(rng, "Palembang", start, "long"),
    )
    pages = d.pages + c.pages
    fields = sm_fields(None, ctx.date, subj, None)
    return Letter(
        "surat_masuk",
        "M07_izin_sakit_pegawai",
        pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True},
    )


def m08_piagam_penghargaan(ctx: Ctx) -> Letter:
    """The KI's award certificate (PIAGAM PENGHARGAAN) on a landscape sheet with an ornamental
    border: emblem, the KI's name, the certificate's number, "diberikan kepada" the provincial KPU
    as an "INFORMATIF" public body in the year's openness assessment, place-date, the chair's
    signature and seal.  Mail about public information, not a request: ordinary mail."""
    rng = ctx.rng
    W, H = A4L
    pg = Page(w=W, h=H)
    col = rng.choice(((150, 110, 20), (20, 70, 130), (120, 20, 30)))
    pg.rect(18, 18, W - 36, H - 36, 4.0, col)
    pg.rect(28, 28, W - 56, H - 56, 1.0, col)
    for cx, cy in ((28, 28), (W - 28, 28), (28, H - 28), (W - 28, H - 28)):
        pg.circle(cx, cy, 14, 1.4, col)
        pg.circle(cx, cy, 7, 1.0, col, col)
    for x in range(60, int(W) - 40, 24):
        pg.circle(x, 23, 1.6, 0.5, col, col)
        pg.circle(x, H - 23, 1.6, 0.5, col, col)
    logo(pg, W / 2 - 24, 48, 48, "garuda")
    title = rng.random() < 0.5
    ki = (
        ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"]
        if not title
        else ["Komisi Informasi", "Provinsi Sumatera Selatan"]
    )
    fb, fr, fi = rng.choice((("tb", "tr", "ti"), ("sb", "sr", "si"), ("hb", "hr", "hi")))
    pg.t(W / 2, 120, ki[0], fb, 16, INK, "c")
    pg.t(W / 2, 138, ki[1], fb, 13, INK, "c")
    pg.t(W / 2, 184, "PIAGAM PENGHARGAAN", fb, 30, col, "c")
    num = f"{rng.randint(1, 80):03d}/PIAGAM/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    show_num = rng.random() < 0.85
    if show_num:
        pg.t(W / 2, 204, f"Nomor: {num}", fr, 11, INK, "c")
    pg.t(W / 2, 236, "diberikan kepada", fi, 13, INK, "c")
    pg.t(W / 2, 272, "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", fb, 20, INK, "c")
    cat = rng.choice(("INFORMATIF", "MENUJU INFORMATIF", "CUKUP INFORMATIF"))
    score = round(rng.uniform(72, 97), 2)
    pg.t(W / 2, 304, "sebagai Badan Publik dengan Kualifikasi", fr, 13, INK, "c")
    pg.t(W / 2, 330, cat, fb, 18, col, "c")
    yy = 358
    for ln in wrap(
        f"dalam Monitoring dan Evaluasi Keterbukaan Informasi Publik Badan Publik di Provinsi Sumatera Selatan Tahun {ctx.date.year} dengan nilai {str(score).replace('.', ',')} untuk kategori Instansi Vertikal.",
        fr,
        12,
        W - 220,
    ):
        pg.t(W / 2, yy, ln, fr, 12, INK, "c")
        yy += 16
    yy += 18
    pg.t(
        W / 2 + 150,
        yy,
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
        fr,
        11.5,
    )
    pg.t(W / 2 + 150, yy + 16, "Ketua Komisi Informasi", fr, 11.5)
    pg.t(W / 2 + 150, yy + 31, "Provinsi Sumatera Selatan,", fr, 11.5)
    ctx.sig(pg, W / 2 + 160, yy + 34, 92)
    ctx.stamp(pg, W / 2 + 110, yy + 20, "KOMISI INFORMASI PROVINSI SUMSEL", "KI", 74)
    pg.t(W / 2 + 150, yy + 88, make_person(rng, degree_p=1.0)["name"], fb, 11.5)
    fields = sm_fields(num if show_num else None, ctx.date, None, " ".join(ki))
    return Letter("surat_masuk", "M08_piagam_penghargaan", [pg], fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_surel_utas_lengkapi, 0.0, 0.55),
        (p02_sms_gateway_pagar, 0.0, 0.5),
        (p03_dip_stabilo, 0.0, 0.4),
        (p04_a5_sambungan, 0.0, 0.4),
        (p05_resi_kurir_sampul, 0.0, 0.0),
        (p06_pesantren_salam_narasi, 0.0, 0.45),
        (p07_formulir_instansi_lain_coret, 0.25, 0.3),
        (p08_hand_kertas_bekas_tembus, 1.0, 0.0),
    ],
    "keberatan": [
        (k01_ralat_semula_menjadi, 0.0, 0.45),
        (k02_word_komentar_balon, 0.0, 0.55),
        (k03_jbi_pendamping, 0.0, 0.4),
        (k04_notifikasi_sistem_eppid, 0.0, 0.6),
        (k05_surel_lampiran_viewer, 0.0, 0.55),
    ],
    "sengketa": [
        (s01_ki_inkracht_pemberitahuan, 0.0, 0.5),
        (s02_ki_tanda_terima_berkas, 0.0, 0.35),
        (s03_ki_ba_pemeriksaan_setempat, 0.0, 0.4),
        (s04_kuasa_khusus_sengketa, 0.0, 0.3),
    ],
    "surat_masuk": [
        (m01_pos_retur_kiriman, 0.2, 0.0),
        (m02_bapenda_pajak_kendaraan, 0.0, 0.5),
        (m03_pernyataan_bukan_anggota_parpol, 0.0, 0.3),
        (m04_kesbangpol_banpol, 0.0, 0.5),
        (m05_skm_kuesioner, 0.3, 0.2),
        (m06_telaahan_staf, 0.0, 0.5),
        (m07_izin_sakit_pegawai, 0.2, 0.0),
        (m08_piagam_penghargaan, 0.0, 0.6),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 15)
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


NIK_RE = re.compile(
    r"^(1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])\d{2}\d{2}"
    r"(0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(0[1-9]|1[0-2])\d{2}(?!0000)\d{4}$"
)


def check_truth(fields: dict, pages_text: list[str], lid: str) -> None:
    """Every textual truth value occurs in the page text (whitespace and case aside; NIK and
    phone digit-wise); coded values are in their allowed sets."""
    assert tuple(fields) == FIELDS, lid
    txt = norm(" ".join(pages_text))
    flat = re.sub(r"[\s.\-()/]", "", txt)
    for k, v in fields.items():
        if v is None:
            continue
        if k == "letter_date":
            date.fromisoformat(v)
        elif k == "obtain_method":
            assert v in OBTAIN, (lid, k, v)
        elif k == "delivery_method":
            assert v in DELIVER, (lid, k, v)
        elif k == "objection_reason_code":
            assert v in "abcdefg" and len(v) == 1, (lid, k, v)
        elif k == "nik":
            assert NIK_RE.match(v) and v in flat, (lid, k, v)
        elif k == "phone":
            assert re.fullmatch(r"\+62\d{8,12}", v), (lid, k, v)
            assert v[3:] in flat, (lid, k, v)
        elif k == "email":
            assert v == v.lower() and v in txt, (lid, k, v)
        elif k == "information_requested":
            for part in v.split("; "):
                assert part == part.strip() and part[-1] not in ".;,:", (lid, k, part)
                assert norm(part) in txt, (lid, k, part)
        else:
            assert v == re.sub(r"\s+", " ", v).strip(), (lid, k, v)
            assert norm(v) in txt, (lid, k, v)


def build(task) -> str:
    k, seed, out, cls, li = task
    register_fonts()
    rng = random.Random(f"fifteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s15_{k:04d}"
    hand = letter.handwritten
    if hand or (letter.scan_hint or {}).get("scan_only"):
        digital = False
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
        hint = letter.scan_hint or {}
        dpi = hint.get("dpi") or rng.choice((200, 200, 300))
        fmt = hint.get("fmt") or rng.choice(("png", "jpg", "jpg", "tif", "pdf", "pdf"))
        if "mode" in hint:
            mode = hint["mode"]
        elif fmt == "tif":
            mode = rng.choice(("1", "1", "L"))
        elif fmt == "png":
            mode = rng.choice(("L", "RGB"))
        else:
            mode = rng.choice(("L", "RGB", "RGB"))
        if mode == "1" and fmt in ("jpg", "pdf"):
            mode = "L"
        lag = hint.get("received_lag", 0)
        received = (
            ctx.date + timedelta(days=lag + rng.randint(1, 6)) if rng.random() < 0.6 else None
        )
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
        print("usage: make_fifteenth_corpus.py OUT_DIR N SEED")
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

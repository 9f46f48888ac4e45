# ruff: noqa: E501
"""Eleventh test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_eleventh_corpus.py OUT_DIR N SEED

writes N letters (s11_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s11_0001_p1.jpg, s11_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the tenth generator (and ../shared/sample/truth.jsonl): id, files,
class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields
(all 17 keys, null where the letter does not state them), page_text (the text printed on each
page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: a KTP photocopy,
P07's Braille page) and, for scans, scan (format, mode, dpi and per page skew_deg, blur_px,
noise_sigma, faded, rotation, jpeg_quality, stamps; a received stamp's box_px is in the page
image before skew and rotation).  The same SEED gives the same corpus, byte for byte; letters are
built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
tenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu
faces; a landscape page in P08); the rest are scans drawn with Pillow at 200 or 300 dpi (paper
tint, uneven light, skew up to 2 degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4
TIFF, now and then a page turned 90/180 degrees, a "DITERIMA" received stamp, organisation
stamps, signatures, meterai) saved as PNG, JPEG, multi-page TIFF or image-only PDF; P06's faxes
are scanned at 200 dpi, mostly bilevel.  Hand-filled / hand-written letters (fifthhorseman dkg
hand) are always scans, about 10 % of all letters.  Some letters carry a KTP photocopy page
(P01 sometimes two cards: the giver's and the proxy's).

Layouts (code, class: one line each)
  P01_kuasa_keluarga_numbered  permohonan  SURAT KUASA from a citizen to a family member: I. Pemberi
                                           Kuasa / II. Penerima Kuasa blocks, "K H U S U S", numbered
                                           clauses carrying the request (items lettered a., b.),
                                           meterai; often KTP cards of both
  P02_webform_ticket_grid      permohonan  e-PPID web application's PDF receipt: red banner, ticket no.,
                                           submission timestamp, bordered key | value grid in sections
                                           A/B/C, QR, print footer; Nomor Pendaftaran only sometimes
  P03_prose_semicolon_items    permohonan  citizen letter with no labels: "Saya, <name>, NIK ...,
                                           beralamat di ..., pekerjaan ..." in one sentence, the items
                                           in the paragraph separated by "; " ("; dan" before the last,
                                           sometimes "(1)"), justified or ragged
  P04_media_boxed_perihal      permohonan  online-media masthead, Nomor / Lampiran / Perihal in a box at
                                           top right, journalist's identity in a ruled two-column table
                                           without colons (press card, UKW), editor countersigns
  P05_school_class_project     permohonan  school / madrasah letterhead (Hijri + Gregorian date on
                                           madrasah letters): a teacher asks for a P5 class project with
                                           a table of pupils (NISN), head countersigns; or the OSIS board
  P06_fax_cover_sheet          permohonan  FAKSIMILI cover sheet as the request: receiving machine's
                                           header line, grid Kepada / Dari / No. Faks / Tanggal /
                                           Jumlah Halaman / Perihal, tick row, message box; typed or hand
  P07_braille_transcript       permohonan  disability organisation (PERTUNI / ITMI): an embossed Braille
                                           page (dots only, no print) + the "ALIH AKSARA" transcription
                                           on the letterhead, "(ditandatangani dalam huruf Braille)"
  P08_landscape_item_matrix    permohonan  research body's request typed on a landscape page: header
                                           blocks side by side, identity in two columns, items as a wide
                                           table No | Rincian | Format | Jumlah | Keterangan
  P09_hand_shop_notepad        permohonan  hand-written on an A5 memo sheet printed with a photocopy
                                           shop's name and phone (scanned on A4), date after "Tgl."
  K01_webmail_gt_quote         keberatan   webmail print of an e-mail objection; below the signature the
                                           PPID's answer (or the unanswered request) quoted with "> "
  K02_second_person_ordinals   keberatan   objection addressed to "Bapak/Ibu Atasan PPID" in the second
                                           person, reasons as "Pertama, ... Kedua, ..." (bold ordinals)
  K03_ncr_carbon_slip          keberatan   narrow carbon-copy desk slip (pink / yellow / blue sheet on the
                                           glass), red printed serial, seven short ground boxes; hand or
                                           typed, clerk's Nomor Registrasi sometimes
  K04_memori_cover_advokat     keberatan   advocates' "MEMORI KEBERATAN": framed title page (month-year
                                           only) + the brief: identitas, I. Objek, II. Alasan ("Bahwa",
                                           Pasal 35 ayat (1) huruf x), III. Petitum; 2-3 pages
  K05_side_headings            keberatan   objection with bold side headings in a left column (Pengaju,
                                           Permohonan, Jawaban PPID, Alasan Keberatan, Permintaan)
  S01_putusan_sela_brackets    sengketa    KI PUTUSAN SELA ordering a closed / on-site examination, KI
                                           paragraph numbers [1.1] ... [4.2], three panel signatures,
                                           running footer "Putusan Sela Nomor ... Halaman x dari y"
  S02_pemeriksaan_tertutup_docs sengketa   KI panel asks for the disputed documents for an in-camera
                                           examination: grey case banner, table of documents, schedule
  S03_teguran_amar_box         sengketa    KI reminder to carry out a final decision, its amar quoted in a
                                           framed italic box, tembusan
  M01_kejaksaan_rahasia        surat_masuk Kejaksaan Tinggi / Negeri asks for documents in an inquiry:
                                           B-/R- number, RAHASIA markings, addressee block at the right,
                                           PRIN number, "a.n." signature
  M02_permohonan_rekomendasi   surat_masuk a former intern (scholarship) or a community (grant) asks for a
                                           letter of recommendation: "Permohonan" in the Hal
  M03_bpk_permintaan_dokumen   surat_masuk BPK regional office asks for audit documents (table with due
                                           dates, audit team's phone)
  M04_laporan_kode_etik_form   surat_masuk citizen's report on a PPK member's ethics (A. Pelapor ... E.
                                           Saksi), typed or filled in by hand; a complaint
  M05_bpjs_ketenagakerjaan     surat_masuk BPJS Ketenagakerjaan offers cover for ad hoc workers: green
                                           letterhead, programme / contribution table, OJK footer
  M06_lapas_data_wbp           surat_masuk prison sends inmates with voting rights: table with names and NIKs
  M07_narasumber_event_sidebar surat_masuk university centre asks for a speaker ("Permohonan Narasumber"),
                                           event details in a shaded sidebar at the right
  M08_dkpp_panggilan_etik      surat_masuk DKPP summons the provincial KPU as related party in an ethics
                                           case (Perkara Nomor ...-PKE-DKPP/...), Pengadu / Teradu rows

Truth conventions (as the tenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item or purpose starts in lower case, the truth keeps the capital).
    Several requested items are joined with "; " without numbering, without P03's "dan" and without
    final punctuation.  phone is E.164 (+62...; "(0711) 35xxxx" -> +6271135xxxx; "WA:" / "(WA)"
    dropped), email lower-case, letter_date ISO.  Names keep prefixes and degrees, never
    Bapak/Ibu/Sdr.  NIK: 16 digits, printed as such; mostly a Sumsel kab/kota code, sometimes
    another Sumsel or another province's city code (first registration elsewhere), DDMMYY with day
    + 40 for women; a KTP page supplies the NIK when the letter lacks it.
  * The applicant is the natural person who asks: P01 the Pemberi Kuasa (not the family member who
    files); P04 the journalist (address = "Alamat Redaksi" when labelled so, else the home address);
    P05 the teacher or the Ketua OSIS; P07 the signing officer; P08 the researcher; K04 the client
    (phone / e-mail null).  occupation only from a Pekerjaan label or "pekerjaan ..." / "bekerja
    sebagai ..." wording; a Jabatan, NIP, NISN, press card or UKW number is never a field.
  * sender_org: the letterhead's name lines joined by a space; umbrella lines (PEMERINTAH ...,
    DINAS PENDIDIKAN, KEMENTERIAN ..., KANTOR KEMENTERIAN / KANTOR WILAYAH ..., YAYASAN ...,
    KEJAKSAAN REPUBLIK INDONESIA) and tag lines (a media slogan, "Penerbit: PT ...", "Advocates &
    Legal Consultants") left out: P04 the masthead only; P05 the school line (OSIS: both name
    lines); P07 all three lines; M03 "BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA PERWAKILAN
    PROVINSI SUMATERA SELATAN"; M05 "BPJS Ketenagakerjaan Kantor Cabang ..." as printed (mixed
    case); M06 the Lapas / Rutan line; M07 university + faculty + centre.  null for individuals,
    the e-mail printout, the web receipt, the fax sheet, the notepad and the desk's slip; the shop
    header printed on P09's memo pad is not a sender.
  * letter_number: the letter's own Nomor; P02 the Nomor Pendaftaran when the receipt prints one
    (a ticket number is not); K03 the clerk's Nomor Registrasi Keberatan when written (the red
    printed serial is not); S01 the Putusan Sela's Nomor; S03 the KI letter's own number (the
    quoted putusan number is not); a PPID letter cited in K05 is not the objection's number.
    subject: a Hal / Perihal line or row, the e-mail Subject as printed ("Re: " kept); null for
    the kuasa, the web receipt, the notepad, the slip and the putusan.
  * letter_date: the writer's date: P02 the submission timestamp (not the print date), P06 the
    Tanggal row, P07 the letter's date (not the transcription date), K01 the objection's sent date
    (not the quoted message's, not the browser header's), K04 the brief's full date (the title page
    has only month and year), S01 the day the decision was pronounced (not the deliberation day),
    P05 madrasah the Gregorian date (the Hijri line beside it is decoration).
  * obtain_method / delivery_method from ticks, grid values or words: melihat; salinan when the kind
    is not said; salinan_hardcopy / salinan_softcopy when named (P08: the Format column, all rows
    alike; P07: "salinan elektronik (softcopy)"); a web receipt's "-" is null.
    objection_reason_code from the ticked box, the cited huruf or the ground in words (K02: the
    second-person ordinal paragraph that states it).
  * sengketa letters carry the applicant's name (address when printed), the requested information,
    the cited request number when printed, the KI register number and the letter's own number,
    date, subject and sender.  surat_masuk carries only letter_number, letter_date, subject and
    sender_org, however much it says "permohonan", "data", "sidang" or "perkara": a recommendation
    request, a prison's "Permohonan Pendataan Pemilih", a DKPP ethics summons (its Perkara number is
    not a KI register) and a citizen's ethics report (M04: only letter_date and subject) are
    surat_masuk; Kejaksaan and BPK asking for documents for their own work are surat_masuk.
  * Stamps, signatures, meterai, logos, QR squares and Braille dots are pictures, not page text
    (P07's Braille page has the page text ""); the received stamp is described in
    scan.pages[i].stamps.  handwritten is true when field values are hand-written (P06, P09, K03,
    M04 hand variants).
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
                c.setFont(FONTS[font][1], size)
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
)


def any_date(rng: random.Random, d: date) -> str:
    return fmt_date(d, rng.choice(DATE_STYLES))


HIJRI = (
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


def hijri(d: date) -> str:
    """Tabular Islamic date (as printed beside the Gregorian date on religious letterheads)."""
    a = (14 - d.month) // 12
    y = d.year + 4800 - a
    m = d.month + 12 * a - 3
    jd = d.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    la = jd - 1948440 + 10632
    n = (la - 1) // 10631
    la = la - 10631 * n + 354
    j = ((10985 - la) // 5316) * ((50 * la) // 17719) + (la // 5670) * ((43 * la) // 15238)
    la = la - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    hm = (24 * la) // 709
    hd = la - (709 * hm) // 24
    hy = 30 * n + j - 30
    return f"{hd} {HIJRI[hm - 1]} {hy} H"


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
    return ob, fit_delivery(rng, ob, dl)


def fit_delivery(rng: random.Random, ob, dl):
    """No printed copy by e-mail or fax, no file by post or courier."""
    if ob == "salinan_hardcopy" and dl in ("email", "faksimili"):
        return rng.choice(("mengambil_langsung", "pos", "kurir"))
    if ob == "salinan_softcopy" and dl in ("pos", "kurir", "faksimili"):
        return rng.choice(("email", "mengambil_langsung"))
    return dl


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
# helpers of the eleventh layouts
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


def ktp_cards(ctx, persons: list[dict], caption: str | None = None) -> Page:
    """A photocopy page with one or two KTP cards (text ops, recorded as page text)."""
    pg = Page()
    rng = ctx.rng
    pg.t(
        70,
        70,
        caption
        or rng.choice(("Lampiran: Fotokopi KTP", "Lampiran : Fotokopi KTP", "FOTOKOPI KTP-el")),
        "hr",
        10,
    )
    w, h = 375.0, 236.0
    x0 = 110.0
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


def qr_img(rng: random.Random, n: int = 25) -> Image.Image:
    """A QR-like square of modules with three finder patterns (a picture, no text)."""
    k = 8
    im = Image.new("L", ((n + 2) * k, (n + 2) * k), 255)
    d = ImageDraw.Draw(im)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                d.rectangle(((i + 1) * k, (j + 1) * k, (i + 2) * k - 1, (j + 2) * k - 1), fill=0)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = (fx + 1) * k, (fy + 1) * k
        d.rectangle((x0, y0, x0 + 7 * k - 1, y0 + 7 * k - 1), fill=0)
        d.rectangle((x0 + k, y0 + k, x0 + 6 * k - 1, y0 + 6 * k - 1), fill=255)
        d.rectangle((x0 + 2 * k, y0 + 2 * k, x0 + 5 * k - 1, y0 + 5 * k - 1), fill=0)
    return im


def landline(rng: random.Random, area: str) -> tuple[str, str]:
    num = f"{rng.randint(31, 45)}{rng.randint(1000, 9999)}"
    printed = rng.choice(
        (f"({area}) {num}", f"({area}) {num[:3]} {num[3:]}", f"{area}-{num}", f"{area} {num}")
    )
    return printed, e164_land(area, num)


def wa_phone(rng: random.Random, printed: str) -> str:
    """A mobile number as people label it; the digits stay as printed."""
    return rng.choice(
        (printed, printed, f"{printed} (WA)", f"WA: {printed}", f"{printed} (HP/WA)", printed)
    )


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
    "Salinan Model D.HASIL Kabupaten/Kota {kab} Pemilu 2024",
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


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
KUASA_REASON = (
    "sedang menjalani perawatan di rumah sakit",
    "sedang bertugas di luar kota dalam waktu yang cukup lama",
    "sudah lanjut usia dan tidak dapat bepergian",
    "berdomisili di luar Kota Palembang",
)


def p01_kuasa_numbered(ctx: Ctx) -> Letter:
    """A family member is given power to file the request; the kuasa's numbered clauses carry it."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    giver = make_person(rng, degree_p=0.25)
    taker = make_person(rng, degree_p=0.15, prefix_p=0.05)
    rels = ["anak kandung", "adik kandung", "kakak kandung", "keponakan"]
    if giver["male"] != taker["male"]:
        rels.append("istri" if giver["male"] else "suami")
    rel = rng.choice(rels)
    title = rng.choice(
        (
            "SURAT KUASA",
            "SURAT KUASA KHUSUS",
            "SURAT KUASA PERMOHONAN INFORMASI PUBLIK",
        )
    )
    d.line_text(title, ctx.b, ctx.size + 3, align="c")
    wt = tw(title, ctx.b, ctx.size + 3)
    yb = d.y - (ctx.size + 3) * 1.4 + 2.5
    d.pg.line((d.L + d.R - wt) / 2, yb, (d.L + d.R + wt) / 2, yb)
    d.gap(8)
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(giver, rng)
    show_mail = rng.random() < 0.35
    lw = tw("Tempat/Tgl. Lahir", ctx.r, ctx.size) + 8
    d.line_text("I.   PEMBERI KUASA", ctx.b)
    rows = [("Nama", giver["name"]), ("NIK", giver["nik"])]
    if rng.random() < 0.4:
        rows.append(
            ("Tempat/Tgl. Lahir", f"{giver['birthplace']}, {fmt_date(giver['birth'], 'long')}")
        )
    rows += [
        ("Pekerjaan", giver["job"]),
        ("Alamat", addr),
        ("No. HP", wa_phone(rng, giver["phone"])),
    ]
    if show_mail:
        rows.append(("E-mail", giver["email_printed"]))
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 24)
    d.para("selanjutnya disebut PEMBERI KUASA;", x=d.L + 24)
    d.gap(3)
    d.line_text("II.  PENERIMA KUASA", ctx.b)
    same = rng.random() < 0.35
    taddr = "Sama dengan alamat Pemberi Kuasa" if same else fmt_address(taker, rng)
    for k, v in (
        ("Nama", taker["name"]),
        ("NIK", taker["nik"]),
        ("Hubungan", f"{rel[0].upper()}{rel[1:]} Pemberi Kuasa"),
        ("Alamat", taddr),
        ("No. HP", taker["phone"]),
    ):
        d.kv(k, v, lw, x=d.L + 24)
    d.para("selanjutnya disebut PENERIMA KUASA.", x=d.L + 24)
    d.gap(4)
    d.line_text("- - - - - - - - - - K H U S U S - - - - - - - - - -", ctx.b, align="c")
    d.gap(2)
    d.line_text("untuk dan atas nama Pemberi Kuasa:")
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob = rng.choice(tuple(OBTAIN))
    dl = fit_delivery(
        rng, ob, rng.choice(("mengambil_langsung", "mengambil_langsung", "kurir", "pos", "email"))
    )
    if ob == "melihat":
        dl = None
    dl_txt = {
        "mengambil_langsung": "yang diambil langsung oleh Penerima Kuasa",
        "kurir": "yang dikirim melalui kurir ke alamat Pemberi Kuasa",
        "pos": "yang dikirim melalui pos ke alamat Pemberi Kuasa",
        "email": "yang dikirim melalui e-mail Pemberi Kuasa",
    }.get(dl, "")
    if dl == "email" and not show_mail:
        dl_txt = f"yang dikirim melalui e-mail ke {giver['email_printed']}"
    ob_txt = {
        "melihat": "melihat dan mencatat langsung informasi tersebut",
        "salinan": "menerima salinan informasi",
        "salinan_hardcopy": "menerima salinan informasi dalam bentuk hardcopy",
        "salinan_softcopy": "menerima salinan informasi dalam bentuk softcopy",
    }[ob]
    x0 = d.L + 6
    hang = 18
    clauses = [
        f"Mengajukan permohonan informasi publik kepada Pejabat Pengelola Informasi dan Dokumentasi (PPID) KPU Provinsi Sumatera Selatan, karena Pemberi Kuasa {rng.choice(KUASA_REASON)}.",
        None,
        f"Menyampaikan bahwa informasi tersebut akan digunakan untuk {lc1(purpose)}.",
        f"{ob_txt[0].upper()}{ob_txt[1:]} {dl_txt if ob != 'melihat' else 'di kantor PPID'}.",
        "Menandatangani tanda bukti pendaftaran, tanda terima informasi dan surat lain yang diperlukan untuk keperluan tersebut.",
    ]
    for i, cl in enumerate(clauses, 1):
        d.need(ctx.size * 1.4)
        d.pg.t(x0, d.y, f"{i}.", ctx.r, ctx.size)
        if cl is None:
            d.para("Informasi yang dimohon adalah:", x=x0 + hang)
            for j, it in enumerate(items):
                d.need(ctx.size * 1.4)
                d.pg.t(x0 + hang, d.y, "abcdef"[j] + ".", ctx.r, ctx.size)
                d.para(it, x=x0 + hang + 15)
        else:
            d.para(cl, x=x0 + hang)
    d.para(
        rng.choice(
            (
                "Kuasa ini tidak dapat dialihkan kepada pihak lain dan berlaku sampai permohonan tersebut selesai.",
                "Demikian surat kuasa ini dibuat untuk dipergunakan sebagaimana mestinya.",
            )
        )
    )
    d.gap(4)
    d.line_text(place_date(rng, giver["city"], ctx.date), align="r")
    d.need(100)
    y0 = d.y
    pg = d.pg
    pg.t(d.L + 10, y0, "Penerima Kuasa,", ctx.r, ctx.size)
    pg.t(d.R - 170, y0, "Pemberi Kuasa,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 10, y0 + 6)
    pg.img(d.R - 180, y0 + 8, 52, 34, meterai_img(rng))
    ctx.sig(pg, d.R - 145, y0 + 4)
    pg.t(d.L + 10, y0 + 60, taker["name"], ctx.b, ctx.size - 0.5)
    pg.t(d.R - 170, y0 + 60, giver["name"], ctx.b, ctx.size - 0.5)
    d.y = y0 + 80
    u = rng.random()
    if u < 0.3:
        d.pages.append(ktp_cards(ctx, [giver, taker]))
    elif u < 0.6:
        d.pages.append(ktp_cards(ctx, [giver]))
    fields = F(
        applicant_name=giver["name"],
        nik=giver["nik"],
        address=addr,
        phone=giver["e164"],
        email=giver["email"] if (show_mail or dl == "email") else None,
        occupation=giver["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter("permohonan_informasi", "P01_kuasa_keluarga_numbered", d.pages, fields)


WEB_OB = {
    "melihat": "Melihat / membaca / mendengarkan / mencatat",
    "salinan": "Mendapatkan salinan informasi",
    "salinan_hardcopy": "Mendapatkan salinan informasi (hardcopy)",
    "salinan_softcopy": "Mendapatkan salinan informasi (softcopy)",
}
WEB_DL = {
    "mengambil_langsung": "Mengambil langsung",
    "kurir": "Kurir",
    "pos": "Pos",
    "faksimili": "Faksimili",
    "email": "Email",
}


def grid_rows(d: Doc, rows, widths, size=9.0, lab_fill=(238, 238, 238), vfont=None):
    """A bordered key | value grid; a row is [(label, value)] or [(l1, v1), (l2, v2)].
    A value may be a list of lines.  A two-pair row whose values would wrap is split in two.
    vfont "hand": values written by hand."""
    c = d.ctx
    lw, vw = widths
    vf = vfont or c.r
    vs = size + 1.5 if vf == "hand" else size
    lead = vs * 1.32
    pad = 4.0
    full_v = 2 * lw + 2 * vw - lw
    out = []
    for row in rows:
        if len(row) == 2:
            ok = all(isinstance(v, str) and tw(v, vf, vs) <= vw - 2 * pad - 2 for _, v in row)
            if ok:
                out.append(row)
                continue
            out += [[row[0]], [row[1]]]
        else:
            out.append(row)
    for row in out:
        cells = []
        for lab, val in row:
            vwid = vw if len(row) == 2 else full_v
            vals = val if isinstance(val, list) else [val]
            lines = []
            for v in vals:
                lines += wrap(v, vf, vs, vwid - 2 * pad)
            cells.append((lab, lines, vwid))
        h = max(len(ln) for _, ln, _ in cells) * lead + 2 * pad
        d.need(h)
        x = d.L
        top = d.y
        for lab, lines, vwid in cells:
            d.pg.rect(x, top, lw, h, 0.5, (120, 120, 120), lab_fill)
            d.pg.t(x + pad, top + pad + size * 0.95, lab, c.b, size - 0.5, (60, 60, 60))
            d.pg.rect(x + lw, top, vwid, h, 0.5, (120, 120, 120))
            yy = top + pad + size * 0.95
            for ln in lines:
                if vf == "hand":
                    d._hand(x + lw + pad, yy, ln, vs, c.ink)
                else:
                    d.pg.t(x + lw + pad, yy, ln, vf, size)
                yy += lead
            x += lw + vwid
        d.y = top + h


def section_bar(d: Doc, title: str, fill=(205, 212, 225), size=9.5):
    d.need(30)
    d.gap(6)
    d.pg.rect(d.L, d.y, d.W, 15, 0, None, fill)
    d.pg.t(d.L + 5, d.y + 11, title, d.ctx.b, size)
    d.y += 15


def p02_webform_ticket(ctx: Ctx) -> Letter:
    """The e-PPID web application's PDF receipt of an online request: key/value grid, ticket, time."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "helv"))]
    ctx.size = 9.5
    d = Doc(ctx, top=40, left=40, right=PW - 40)
    pg = d.pg
    p = make_person(rng)
    red = (158, 22, 34)
    pg.rect(40, 28, PW - 80, 34, 0, None, red)
    pg.t(52, 50, "e-PPID", ctx.b, 16, (255, 255, 255))
    pg.t(
        62 + tw("e-PPID", ctx.b, 16),
        50,
        "KPU Provinsi Sumatera Selatan",
        ctx.r,
        10,
        (255, 255, 255),
    )
    pg.t(PW - 52, 50, "ppid.sumsel.kpu.go.id", ctx.r, 9, (255, 255, 255), "r")
    d.y = 86
    d.line_text("FORMULIR PERMOHONAN INFORMASI ONLINE", ctx.b, 13, align="c")
    d.line_text("Bukti Pengajuan Permohonan Informasi Publik", ctx.i, 9, align="c")
    d.gap(4)
    t0 = rng.randint(7 * 3600, 22 * 3600)
    hh, mm, ss = t0 // 3600, t0 % 3600 // 60, t0 % 60
    stamp_style = rng.randint(0, 2)
    dt = ctx.date
    when = [
        f"{dt.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}:{ss:02d} WIB",
        f"{dt.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{HARI[dt.weekday()]}, {dt.day:02d} {BULAN[dt.month - 1]} {dt.year} {hh:02d}:{mm:02d} WIB",
    ][stamp_style]
    ticket = rng.choice(
        (
            f"PPID-SS-{dt.strftime('%y%m')}-{rng.randint(1, 99999):05d}",
            f"TKT/{dt.year}/{dt.month:02d}/{rng.randint(1, 9999):06d}",
            f"#{rng.randint(100000, 999999)}",
        )
    )
    has_reg = rng.random() < 0.5
    reg = f"{rng.randint(1, 160):03d}/PPID/KPU-SS/{roman(dt.month)}/{dt.year}" if has_reg else None
    head = [[("No. Tiket", ticket), ("Status", rng.choice(("Diterima", "Menunggu Verifikasi")))]]
    head.append([("Waktu Pengajuan", when)])
    if has_reg:
        head.append([("Nomor Pendaftaran", reg), ("Kanal", "Website e-PPID")])
    grid_rows(d, head, (112, 145.6))
    addr = fmt_address(p, rng)
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob = rng.choice(tuple(OBTAIN))
    dl = None if ob == "melihat" else rng.choice(tuple(DELIVER))
    show_mail = True
    section_bar(d, "A. DATA PEMOHON")
    grid_rows(
        d,
        [
            [("Nama Lengkap", p["name"])],
            [("NIK", p["nik"]), ("Jenis Pemohon", "Perorangan")],
            [("Pekerjaan", p["job"]), ("Nomor HP/WA", p["phone"])],
            [
                ("Email", p["email_printed"]),
                ("Jenis Kelamin", "Laki-laki" if p["male"] else "Perempuan"),
            ],
            [("Alamat", addr)],
        ],
        (112, 145.6),
    )
    section_bar(d, "B. RINCIAN PERMOHONAN")
    cat = rng.choice(("Informasi KPU sebagai Badan Publik", "Informasi Tahapan Pemilu/Pemilihan"))
    grid_rows(
        d,
        [
            [("Kategori Informasi", cat)],
            [
                (
                    "Rincian Informasi",
                    [f"{i}. {it}" for i, it in enumerate(items, 1)] if len(items) > 1 else items,
                )
            ],
            [("Tujuan Penggunaan", purpose)],
        ],
        (112, 145.6),
    )
    section_bar(d, "C. CARA MEMPEROLEH INFORMASI")
    grid_rows(
        d,
        [
            [("Cara Memperoleh", WEB_OB[ob])],
            [("Pengiriman Salinan", WEB_DL[dl] if dl else "-")],
            [("Lampiran", f"KTP_{p['core'].split()[0]}.jpg ({rng.randint(120, 900)} KB)")],
        ],
        (112, 145.6),
    )
    d.gap(14)
    d.need(90)
    y = d.y
    pg = d.pg
    pg.img(d.L, y, 70, 70, qr_img(rng))
    pg.t(
        d.L + 82,
        y + 14,
        "Simpan bukti pengajuan ini. Status permohonan dapat dilacak di",
        ctx.r,
        8.5,
    )
    pg.t(
        d.L + 82,
        y + 26,
        "ppid.sumsel.kpu.go.id/lacak dengan memasukkan nomor tiket di atas.",
        ctx.r,
        8.5,
    )
    pg.t(
        d.L + 82,
        y + 42,
        "Dokumen ini diterbitkan secara elektronik oleh sistem dan sah tanpa tanda tangan.",
        ctx.i,
        8,
    )
    pr = dt + timedelta(days=rng.randint(0, 3))
    pg.t(
        d.L,
        PH - 30,
        f"Dicetak: {pr.strftime('%d-%m-%Y')} {rng.randint(7, 16):02d}.{rng.randint(0, 59):02d} WIB",
        ctx.r,
        7.5,
        GREY,
    )
    pg.t(d.R, PH - 30, "Halaman 1 dari 1", ctx.r, 7.5, GREY, "r")
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
        letter_date=dt.isoformat(),
    )
    return Letter("permohonan_informasi", "P02_webform_ticket_grid", d.pages, fields)


def p03_prose_semicolons(ctx: Ctx) -> Letter:
    """Identity given in one sentence without labels; the items inside a paragraph, separated by
    semicolons."""
    rng = ctx.rng
    d = Doc(ctx, top=70)
    p = make_person(rng)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 4, 5, 7)))
    just = rng.random() < 0.5
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    has_hal = rng.random() < 0.55
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Informasi", "Permintaan Informasi")
    )
    if has_hal:
        d.kv("Hal", subj, 45)
        if rng.random() < 0.5:
            d.kv("Lamp.", "-", 45)
        d.gap(4)
    yth_block(d, ppid_yth(rng))
    d.gap(8)
    d.line_text(rng.choice(("Dengan hormat,", "Dengan hormat.", "Assalamu'alaikum Wr. Wb.")))
    show_nik = rng.random() < 0.85
    show_job = rng.random() < 0.8
    show_mail = rng.random() < 0.4
    name_p = rng.choice(
        (f"Saya, {p['name']},", f"Saya yang bernama {p['name']},", f"Nama saya {p['name']},")
    )
    parts = [name_p]
    if show_nik:
        parts.append(
            rng.choice(
                (
                    f"NIK {p['nik']},",
                    f"pemegang NIK {p['nik']},",
                    f"dengan Nomor Induk Kependudukan {p['nik']},",
                )
            )
        )
    if rng.random() < 0.3:
        parts.append(f"lahir di {p['birthplace']} pada {fmt_date(p['birth'], 'long')},")
    parts.append(rng.choice((f"beralamat di {addr},", f"bertempat tinggal di {addr},")))
    if show_job:
        parts.append(
            rng.choice((f"pekerjaan {p['job']},", f"sehari-hari bekerja sebagai {p['job']},"))
        )
    ph = rng.choice(
        (
            f"nomor telepon {p['phone']}",
            f"dapat dihubungi melalui nomor {p['phone']}",
            f"HP/WA {p['phone']}",
        )
    )
    if show_mail:
        ph += f" atau surel {p['email_printed']}"
    parts.append(ph + ",")
    items = info_items(rng, 2, 4) if rng.random() < 0.8 else info_items(rng, 1, 1)
    numbered = rng.random() < 0.4
    body = (
        " ".join(parts)
        + " dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan, "
        + rng.choice(("yaitu: ", "berupa: ", "yakni "))
        + join_items_prose(items, numbered)
        + "."
    )
    d.para(body, indent=rng.choice((0, 28)), justify=just)
    purpose = rng.choice(PURPOSES)
    ob, dl = obtain_deliver(rng, 0.8, 0.75)
    s2 = f"Informasi tersebut saya perlukan untuk {lc1(purpose)}."
    ob_s = f"saya ingin {OB_WORDS[ob]} informasi tersebut" if ob else ""
    dl_s = ""
    if dl == "mengambil_langsung":
        dl_s = "informasi tersebut akan saya ambil langsung di kantor PPID"
    elif dl:
        dl_s = f"mohon informasi tersebut {DL_WORDS[dl]}"
    tail = f"{ob_s}, dan {dl_s}" if (ob_s and dl_s) else (ob_s or dl_s)
    if tail:
        s2 += f" {tail[0].upper()}{tail[1:]}."
    d.para(s2, indent=0, justify=just)
    d.para(rng.choice(CLOSE), justify=just)
    d.gap(4)
    if rng.random() < 0.5:
        d.line_text("Wassalamu'alaikum Wr. Wb.")
    sign_block(d, ["Hormat saya,"], p["name"])
    with_ktp = rng.random() < 0.35
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj if has_hal else None,
    )
    return Letter("permohonan_informasi", "P03_prose_semicolon_items", d.pages, fields)


MEDIA = [
    ("WARTA SRIWIJAYA", "PT Warta Sriwijaya Media", "WS", "wartasriwijaya.com"),
    ("SUMSEL TERKINI", "PT Sumsel Terkini Digital", "STK", "sumselterkini.id"),
    ("KABAR MUSI", "PT Kabar Musi Raya", "KM", "kabarmusi.co.id"),
    ("LEMATANG POS", "PT Lematang Pos Mandiri", "LP", "lematangpos.com"),
    ("PALEMBANG INSIDER", "PT Insider Media Palembang", "PI", "palembanginsider.id"),
]
PRESS_PURPOSES = (
    "Bahan liputan mendalam tentang pengelolaan anggaran pemilihan di Sumatera Selatan",
    "Bahan pemberitaan mengenai kualitas data pemilih",
    "Bahan penulisan laporan jurnalistik tentang badan ad hoc pemilihan",
    "Verifikasi data untuk pemberitaan yang berimbang",
)


def p04_media_boxed_perihal(ctx: Ctx) -> Letter:
    """Media letterhead, Nomor / Lampiran / Perihal in a box at top right, the journalist's
    identity in a ruled two-column table without colons."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    mast, company, code, dom = rng.choice(MEDIA)
    pg = d.pg
    mf = rng.choice((ctx.b, "tb", "hb", "sb"))
    pg.t(d.L, 62, mast, mf, min(24.0, (d.W - 215) / tw(mast, mf, 1)))
    pg.t(
        d.L,
        78,
        rng.choice(
            (
                "Tajam, Akurat, Berimbang",
                "Suara Rakyat Sumatera Selatan",
                "Portal Berita Terpercaya",
            )
        ),
        ctx.i,
        9,
    )
    off_street = f"Jl. {rng.choice(('Kolonel Atmo', 'Basuki Rahmat', 'Radial', 'R. Sukamto', 'Demang Lebar Daun'))} No. {rng.randint(3, 180)}"
    off_addr = f"{off_street} Palembang"
    side = [
        f"Penerbit: {company}",
        f"Redaksi: {off_addr}",
        f"Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}  redaksi@{dom}",
        "Terverifikasi Dewan Pers",
    ]
    for i, s in enumerate(side):
        pg.t(d.R, 44 + i * 10.5, s, ctx.r, 7.5, align="r")
    pg.line(d.L, 92, d.R, 92, 2.2, (150, 20, 30))
    d.y = 118
    num = f"{rng.randint(10, 250):03d}/Red-{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Data", "Permintaan Informasi Publik")
    )
    box_rows = [
        ("Nomor", num),
        ("Lampiran", rng.choice(("-", "1 (satu) lembar"))),
        ("Perihal", subj),
    ]
    fs = ctx.size - 0.5
    lwb = tw("Lampiran", ctx.r, fs) + 6
    bw = max(235.0, lwb + max(tw(": " + v, ctx.r, fs) for _, v in box_rows) + 16)
    bx = d.R - bw
    by = d.y - 12
    for i, (k, v) in enumerate(box_rows):
        pg.t(bx + 8, d.y + i * 15, k, ctx.r, fs)
        pg.t(bx + 8 + lwb, d.y + i * 15, ": " + v, ctx.r, fs)
    pg.rect(bx, by, bw, 15 * len(box_rows) + 8, 0.9)
    pdl = place_date(rng, "Palembang", ctx.date)
    if d.L + tw(pdl, ctx.r, fs) + 10 > bx:  # too long beside the box: under it, at the right
        pg.t(d.R, by + 15 * len(box_rows) + 24, pdl, ctx.r, fs, align="r")
        pdl = ""
    left = [
        pdl,
        "",
        "Kepada Yth.",
        "PPID KPU Provinsi",
        "Sumatera Selatan",
        "di Palembang",
    ]
    for i, s in enumerate(left):
        if s:
            pg.t(d.L, d.y + i * 15, s, ctx.r, ctx.size - 0.5)
    d.y += 15 * len(left) + 10
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    j = make_person(rng, degree_p=0.4, job="Wartawan")
    home = rng.random() < 0.4
    addr = fmt_address(j, rng) if home else f"{off_street}, Palembang"
    card = rng.choice(
        (
            f"{rng.randint(1000, 9999)}/PWI-SS/{rng.randint(2015, 2024)}",
            f"KTA PWI {16}.00.{rng.randint(10000, 99999)}.{rng.randint(15, 24)}",
            f"{code}/{rng.randint(100, 999)}/{rng.randint(2019, 2025)}",
        )
    )
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.45
    rows = [["Nama", j["name"]]]
    if show_nik:
        rows.append(["NIK", j["nik"]])
    rows.append(["Nomor Kartu Pers", card])
    if rng.random() < 0.5:
        rows.append(
            [
                "Sertifikat UKW",
                f"{rng.randint(1000, 20000)}-PWI/WU/DP/{roman(rng.randint(1, 12))}/{rng.randint(2016, 2023)}",
            ]
        )
    rows.append(["Jabatan", rng.choice(("Wartawan", "Reporter", "Redaktur", "Jurnalis Senior"))])
    if show_job:
        rows.append(["Pekerjaan", "Wartawan"])
    rows.append(["Alamat" if home else "Alamat Redaksi", addr])
    rows.append(["Telepon/WA", j["phone"]])
    show_mail = rng.random() < 0.6
    if show_mail:
        rows.append(["Surel", j["email_printed"]])
    full = rng.random() < 0.5
    d.gap(5)
    d.need(20)
    for r in rows:
        lines = wrap(r[1], ctx.r, ctx.size - 0.5, 270)
        h = len(lines) * ctx.size * 1.3 + 7
        d.need(h)
        top = d.y - ctx.size - 2
        d.pg.t(d.L + 20, d.y, r[0], ctx.r, ctx.size - 0.5)
        for k2, ln in enumerate(lines):
            d.pg.t(d.L + 150, d.y + k2 * ctx.size * 1.3, ln, ctx.r, ctx.size - 0.5)
        d.pg.line(d.L + 14, top, d.L + 430, top, 0.5, GREY)
        if full:
            d.pg.line(d.L + 144, top, d.L + 144, top + h, 0.5, GREY)
        d.y += h
    d.pg.line(d.L + 14, d.y - ctx.size - 2, d.L + 430, d.y - ctx.size - 2, 0.5, GREY)
    d.gap(6)
    items = info_items(rng, 1, 3)
    d.para(
        f"adalah wartawan {mast.title()} yang sedang melakukan peliputan, dengan ini mengajukan permohonan informasi publik berupa:"
    )
    for it in items:
        d.need(14)
        d.pg.t(d.L + 10, d.y, "–", ctx.r, ctx.size)
        d.para(it, x=d.L + 24)
    purpose = rng.choice(PRESS_PURPOSES)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    d.para(
        f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}. "
        + obtain_sentence(rng, ob, dl).replace("saya", "kami")
    )
    d.para(rng.choice(CLOSE_K))
    d.gap(4)
    y0 = d.y
    if rng.random() < 0.5:
        ed = make_person(rng, degree_p=0.5)
        sign_block(
            d, ["Mengetahui,", "Pemimpin Redaksi,"], ed["name"], x=d.L, stamp=(mast, "REDAKSI")
        )
        d.y = y0
    sign_block(d, ["", "Hormat kami,"], j["name"])
    fields = F(
        applicant_name=j["name"],
        nik=j["nik"] if show_nik else None,
        address=addr,
        phone=j["e164"],
        email=j["email"] if show_mail else None,
        occupation="Wartawan" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=mast,
    )
    return Letter("permohonan_informasi", "P04_media_boxed_perihal", d.pages, fields)


SCHOOLS = [
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PENDIDIKAN"],
        "SMA NEGERI 5 PALEMBANG",
        "Jl. Sultan Mahmud Badaruddin II No. 5 Palembang 30153  NPSN 10603771",
        "SMAN.5",
        "sma",
    ),
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PENDIDIKAN"],
        "SMK NEGERI 2 PALEMBANG",
        "Jl. Demang Lebar Daun No. 10 Palembang 30137  NPSN 10603845",
        "SMKN.2",
        "sma",
    ),
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PENDIDIKAN"],
        "SMA NEGERI 1 INDRALAYA UTARA",
        "Jl. Lintas Timur Km. 32 Indralaya Utara, Kab. Ogan Ilir 30862",
        "SMAN.1-IU",
        "sma",
    ),
    (
        ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KOTA PALEMBANG"],
        "MADRASAH ALIYAH NEGERI 2 PALEMBANG",
        "Jl. Jenderal Sudirman Km. 4,5 Palembang 30128  Surel: man2palembang@kemenag.go.id",
        "Ma.06.71",
        "man",
    ),
    (
        ["KEMENTERIAN AGAMA REPUBLIK INDONESIA"],
        "MADRASAH ALIYAH NEGERI 1 PRABUMULIH",
        "Jl. Jenderal Sudirman No. 88 Prabumulih 31121",
        "Ma.06.74",
        "man",
    ),
    (
        ["YAYASAN PENDIDIKAN BINA BANGSA"],
        "SMA PLUS BINA BANGSA PALEMBANG",
        "Jl. Soekarno-Hatta No. 21 Palembang 30139  Telp. (0711) 5612 345",
        "SMA-BB",
        "sma",
    ),
]
SCHOOL_ITEMS = (
    "Data jumlah pemilih pemula (usia 17-21 tahun) dalam DPT Pemilu 2024 di Kota Palembang",
    "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024 per kabupaten/kota",
    "Contoh formulir Model C.Hasil dan surat suara yang sudah tidak terpakai untuk bahan peraga",
    "Tahapan dan jadwal Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Jumlah TPS dan jumlah pemilih per kecamatan di Kota Palembang pada Pemilu 2024",
)


def p05_school_project(ctx: Ctx) -> Letter:
    """A school asks for data for a class project: a teacher on the school letterhead with a
    table of the pupils, or the OSIS board; the principal / adviser countersigns."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    umb, school, saddr, code, kind = rng.choice(SCHOOLS)
    osis = rng.random() < 0.35
    if osis:
        lines = [("ORGANISASI SISWA INTRA SEKOLAH (OSIS)", ctx.b, 13), (school, ctx.b, 14)]
        org = f"ORGANISASI SISWA INTRA SEKOLAH (OSIS) {school}"
        kop(d, lines, [f"Sekretariat: {saddr}"], "shield")
        num = f"{rng.randint(1, 90):03d}/OSIS-{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    else:
        lines = [(u, ctx.b, 11.5) for u in umb] + [(school, ctx.b, 15)]
        org = school
        kop(d, lines, [saddr], "garuda" if kind == "man" else "shield")
        if kind == "man":
            num = f"B-{rng.randint(100, 999)}/{code}/PP.00.5/{ctx.date.month:02d}/{ctx.date.year}"
        else:
            num = f"{rng.choice(('421.3', '400.3.1', '421'))}/{rng.randint(20, 480)}/{code}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Data Kepemiluan untuk Proyek P5",
            "Permohonan Informasi Publik untuk Kegiatan Pembelajaran",
            "Permohonan Data dan Informasi",
        )
    )
    if kind == "man" and not osis:
        # dual dating, Hijri over Gregorian, above the Nomor block
        d.line_text(f"{school.split()[-1].title()}, {hijri(ctx.date)}", align="r")
        d.line_text(f"{fmt_date(ctx.date, 'long')} M", align="r")
        d.gap(4)
        nomor_block(d, [("Nomor", num), ("Lampiran", "-"), ("Hal", subj)])
    else:
        nomor_block(
            d,
            [("Nomor", num), ("Lampiran", rng.choice(("-", "1 (satu) lembar"))), ("Hal", subj)],
            place_date(rng, school.split()[-1].title(), ctx.date),
        )
    yth_block(d, ppid_yth(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    show_mail = rng.random() < 0.35
    show_nik = False
    if osis:
        a = make_person(rng, degree_p=0, prefix_p=0, job="Pelajar")
        d.para(
            f"Kami Pengurus Organisasi Siswa Intra Sekolah (OSIS) {school.title()}, yang dalam hal ini diwakili oleh:"
        )
        show_job = rng.random() < 0.5
        rows = [
            ("Nama", a["name"]),
            ("Kelas", f"XI {rng.choice(('IPA', 'IPS', 'F', 'MIPA'))} {rng.randint(1, 5)}"),
            ("Jabatan", "Ketua OSIS"),
        ]
        if show_job:
            rows.append(("Pekerjaan", "Pelajar"))
        addr = fmt_address(a, rng)
        rows += [("Alamat", addr), ("No. HP", a["phone"])]
        if show_mail:
            rows.append(("E-mail", a["email_printed"]))
        for k, v in rows:
            d.kv(k, v, 80, x=d.L + 15)
        items = [rng.choice(SCHOOL_ITEMS)] + ([info_item(rng)] if rng.random() < 0.4 else [])
        purpose = rng.choice(
            (
                "Bahan penyelenggaraan Pemilihan Ketua OSIS (Pemilos) yang mengikuti tahapan pemilu",
                "Bahan simulasi pemungutan suara bagi siswa kelas XII yang akan menjadi pemilih pemula",
            )
        )
        d.para("dengan ini mengajukan permohonan informasi publik berupa:")
        d.numbered(items, "{}.", x=d.L + 10)
        occ = "Pelajar" if show_job else None
    else:
        a = make_person(rng, degree_p=0, job="Guru")
        a["name"] += ", S.Pd." + (", M.Pd." if rng.random() < 0.3 else "")
        d.line_text("Yang bertanda tangan di bawah ini:")
        show_job = rng.random() < 0.5
        rows = [("Nama", a["name"])]
        if rng.random() < 0.6:
            rows.append(("NIP", nip(rng)))
        if rng.random() < 0.35:
            rows.append(("NIK", a["nik"]))
            show_nik = True
        if show_job:
            rows.append(("Pekerjaan", "Guru"))
        else:
            rows.append(
                (
                    "Jabatan",
                    rng.choice(
                        (
                            "Guru Mata Pelajaran Pendidikan Pancasila",
                            "Guru Sosiologi",
                            "Koordinator Proyek P5",
                        )
                    ),
                )
            )
        school_addr = rng.random() < 0.4
        addr = saddr.split("  ")[0] if school_addr else fmt_address(a, rng)
        rows += [("Alamat Sekolah" if school_addr else "Alamat", addr), ("No. HP", a["phone"])]
        if show_mail:
            rows.append(("E-mail", a["email_printed"]))
        for k, v in rows:
            d.kv(k, v, 88, x=d.L + 15)
        d.para(
            'selaku guru pembimbing Proyek Penguatan Profil Pelajar Pancasila (P5) kelas XI dengan tema "Suara Demokrasi", bersama kelompok peserta didik berikut:'
        )
        studs = [make_person(rng, degree_p=0, prefix_p=0)["core"] for _ in range(rng.randint(3, 5))]
        d.table(
            [28, 190, 95, 70],
            [
                [
                    str(i),
                    s,
                    f"{rng.choice(('008', '009'))}{rng.randint(1000000, 9999999)}",
                    f"XI-{rng.randint(1, 6)}",
                ]
                for i, s in enumerate(studs, 1)
            ],
            header=["No", "Nama Peserta Didik", "NISN", "Kelas"],
            x=d.L + 10,
        )
        items = info_items(rng, 1, 2) if rng.random() < 0.5 else [rng.choice(SCHOOL_ITEMS)]
        d.para("dengan ini mengajukan permohonan informasi publik berupa:")
        d.numbered(items, "{}.", x=d.L + 10)
        purpose = rng.choice(
            (
                "Bahan Proyek Penguatan Profil Pelajar Pancasila (P5) bertema Suara Demokrasi",
                "Bahan pembelajaran Pendidikan Pancasila tentang pemilihan umum",
            )
        )
        occ = "Guru" if show_job else None
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    d.para(
        f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}. "
        + obtain_sentence(rng, ob, dl).replace("saya", "kami")
    )
    d.para(rng.choice(CLOSE_K))
    d.gap(4)
    y0 = d.y
    head = make_person(rng, degree_p=1.0)
    if osis:
        adv = make_person(rng, degree_p=0)["name"] + ", S.Pd."
        sign_block(d, ["Mengetahui,", "Pembina OSIS,"], adv, x=d.L)
        d.y = y0
        sign_block(d, ["", "Ketua OSIS,"], a["name"])
    else:
        sign_block(
            d,
            ["Mengetahui,", "Kepala Madrasah," if kind == "man" else "Kepala Sekolah,"],
            head["name"],
            x=d.L,
            sub=f"NIP {nip(rng)}",
            stamp=(school[:28], "KEPALA"),
        )
        d.y = y0
        sign_block(d, ["", "Guru Pembimbing,"], a["name"])
    fields = F(
        applicant_name=a["name"],
        nik=a["nik"] if show_nik else None,
        address=addr,
        phone=a["e164"],
        email=a["email"] if show_mail else None,
        occupation=occ,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P05_school_class_project", d.pages, fields)


FAX_STATIONS = (
    "WARTEL BERKAH",
    "FOTOCOPY SINAR JAYA",
    "KANTOR NOTARIS H. ZAINAL",
    "CV MANDIRI PRINT",
)


def p06_fax_cover(ctx: Ctx) -> Letter:
    """A fax cover sheet as the request: grid Kepada / Dari / No. Faks / Perihal, tick row, the
    message box; typed or filled in by hand; the receiving machine's header line on top."""
    rng = ctx.rng
    hand = ctx.hand
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "times", "dejavu"))]
    ctx.size = 10
    d = Doc(ctx, top=40, left=55, right=PW - 55)
    p = make_person(rng)
    city = p["cityrec"]
    fax_p, _fax_e = landline(rng, city[5])
    with_ktp = rng.random() < 0.35
    npg = 2 if with_ktp else 1
    kpu_fax = rng.choice(("(0711) 352 445", "0711-352445", "(0711) 350446"))
    pg = d.pg
    hdr = f"{ctx.date.strftime('%d/%m/%Y')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}   FROM: {re.sub(r'[^0-9]', '', fax_p)}  {rng.choice(FAX_STATIONS)}   TO: 0711352445   P.001/{npg:03d}"
    pg.t(d.L - 20, 24, hdr, "cr", 7.5)
    pg.t(d.L, 70, "FAKSIMILI", ctx.b, 26)
    pg.t(d.R, 60, "FAX COVER SHEET", ctx.b, 10, align="r")
    pg.t(d.R, 72, "Lembar Pengantar Faksimili", ctx.i, 8.5, align="r")
    pg.line(d.L, 82, d.R, 82, 1.6)
    d.y = 96
    addr = fmt_address(p, rng)
    subj = rng.choice(("Permohonan Informasi Publik", "Permohonan Informasi", "Mohon Data"))
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.6
    rows = [
        [("Kepada", "PPID KPU Provinsi Sumatera Selatan")],
        [("No. Faks Tujuan", kpu_fax)],
        [("Dari", p["name"])],
    ]
    if show_nik:
        rows.append([("NIK", p["nik"])])
    if show_job:
        rows.append([("Pekerjaan", p["job"])])
    rows += [
        [("Alamat", addr)],
        [("No. Telp/HP", p["phone"])],
        [("No. Faks Pengirim", fax_p)],
        [("Tanggal", fmt_date(ctx.date, rng.choice(("long", "slash", "dash", "short"))))],
        [("Jumlah Halaman", f"{npg} ({'satu' if npg == 1 else 'dua'}) termasuk halaman ini")],
        [("Perihal", subj)],
    ]
    grid_rows(d, rows, (120, (d.W - 240) / 2), size=9.5, vfont="hand" if hand else None)
    d.gap(16)
    x = d.L
    opts = ("Segera", "Mohon Dibalas", "Mohon Diteliti", "Untuk Diketahui")
    sel = rng.choice((1, 1, 0, 2))
    for i, o in enumerate(opts):
        checkbox(d.pg, x, d.y, 9, i == sel, ctx.ink, hand)
        d.pg.t(x + 14, d.y, o, ctx.r, 9.5)
        x += tw(o, ctx.r, 9.5) + 34
    d.gap(18)
    d.line_text("PESAN / CATATAN:", ctx.b, 10)
    top = d.y - 9
    d.gap(6)
    items = info_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES)
    ob = rng.choice((None, "salinan", "salinan_hardcopy", "salinan"))
    dl = rng.choice(("faksimili", "faksimili", "faksimili", "pos", "email", None))
    msg_font = "hand" if hand else ctx.r
    lead = 19 if hand else None
    d.L += 8
    d.R -= 8
    d.para(
        "Dengan hormat, saya mengajukan permohonan informasi publik berupa:",
        msg_font,
        11.5 if hand else 10,
        lead=lead,
    )
    for i, it in enumerate(items, 1):
        d.need(14)
        d.pg.t(d.L + 4, d.y, f"{i}.", msg_font, 11.5 if hand else 10, ctx.ink if hand else INK)
        d.para(it, msg_font, 11.5 if hand else 10, x=d.L + 20, lead=lead)
    tail = f"Informasi tersebut untuk {lc1(purpose)}."
    if ob:
        tail += f" Saya memerlukan {dict(salinan='salinannya', salinan_hardcopy='salinan cetaknya (hardcopy)')[ob]}"
        tail += "," if dl else "."
    if dl == "faksimili":
        tail += (
            " yang " if ob else " Mohon informasi "
        ) + "dikirim melalui faksimili ke nomor pengirim di atas."
    elif dl == "pos":
        tail += (" yang " if ob else " Mohon informasi ") + "dikirim melalui pos ke alamat saya."
    elif dl == "email":
        tail += (
            " yang " if ob else " Mohon informasi "
        ) + f"dikirim melalui e-mail ke {p['email_printed']}."
    d.para(tail, msg_font, 11.5 if hand else 10, lead=lead)
    d.para("Terima kasih.", msg_font, 11.5 if hand else 10, lead=lead)
    d.L -= 8
    d.R += 8
    d.gap(8)
    d.pg.rect(d.L, top, d.W, d.y - top, 0.8)
    if hand:
        for yy in range(int(top + 24), int(d.y), 19):
            d.pg.line(d.L + 4, yy + 3, d.R - 4, yy + 3, 0.3, (170, 170, 170))
    d.gap(12)
    d.need(80)
    yb = d.y
    xs = min(d.R - 160, d.R - tw(p["name"], "hand" if hand else ctx.b, 11 if hand else 10))
    d.pg.t(xs, yb, "Pengirim,", ctx.r, 10)
    ctx.sig(d.pg, xs, yb + 4)
    d.pg.t(
        xs,
        yb + 56,
        p["name"],
        "hand" if hand else ctx.b,
        11 if hand else 10,
        ctx.ink if hand else INK,
    )
    d.pg.t(
        d.L,
        PH - 40,
        "Apabila halaman yang diterima tidak lengkap atau tidak terbaca, mohon segera menghubungi pengirim.",
        ctx.i,
        7.5,
    )
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if dl == "email" else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    hint = {
        "dpi": 200,
        "mode": rng.choice(("1", "1", "1", "L")),
        "fmt": rng.choice(("tif", "tif", "pdf", "png")),
    }
    return Letter(
        "permohonan_informasi",
        "P06_fax_cover_sheet",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint=hint,
    )


BRAILLE = {
    "a": (1,), "b": (1, 2), "c": (1, 4), "d": (1, 4, 5), "e": (1, 5), "f": (1, 2, 4),
    "g": (1, 2, 4, 5), "h": (1, 2, 5), "i": (2, 4), "j": (2, 4, 5), "k": (1, 3), "l": (1, 2, 3),
    "m": (1, 3, 4), "n": (1, 3, 4, 5), "o": (1, 3, 5), "p": (1, 2, 3, 4), "q": (1, 2, 3, 4, 5),
    "r": (1, 2, 3, 5), "s": (2, 3, 4), "t": (2, 3, 4, 5), "u": (1, 3, 6), "v": (1, 2, 3, 6),
    "w": (2, 4, 5, 6), "x": (1, 3, 4, 6), "y": (1, 3, 4, 5, 6), "z": (1, 3, 5, 6),
    ",": (2,), ".": (2, 5, 6), ":": (2, 5), ";": (2, 3), "-": (3, 6), "/": (3, 4), "'": (3,),
    "(": (2, 3, 5, 6), ")": (2, 3, 5, 6), "#": (3, 4, 5, 6), "^": (6,),
}  # fmt: skip


def braille_cells(text: str) -> list[tuple]:
    out: list[tuple] = []
    num = False
    for ch in text:
        if ch.isdigit():
            if not num:
                out.append(BRAILLE["#"])
                num = True
            out.append(BRAILLE["abcdefghij"["1234567890".index(ch)]])
            continue
        num = False
        if ch == " ":
            out.append(())
        elif ch.isalpha() and ch.lower() in BRAILLE:
            if ch.isupper():
                out.append(BRAILLE["^"])
            out.append(BRAILLE[ch.lower()])
        elif ch in BRAILLE:
            out.append(BRAILLE[ch])
    return out


def braille_page(text: str, w=PW, h=PH) -> Page:
    """An embossed Braille page: dots only, no printed text."""
    pg = Page("plain", w, h)
    cw, lh, ds = 17.6, 28.5, 7.0
    per = int((w - 80) // cw)
    words = text.split()
    lines, cur = [], ""
    for wd in words:
        t = (cur + " " + wd) if cur else wd
        if len(braille_cells(t)) > per and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        lines.append(cur)
    y = 50.0
    for ln in lines[: int((h - 100) // lh)]:
        x = 40.0
        for cell in braille_cells(ln):
            for dot in cell:
                col, row = (0 if dot <= 3 else 1), (dot - 1) % 3
                cx, cy = x + col * ds, y + row * ds
                pg.circle(cx + 0.5, cy + 0.6, 1.7, 0.3, (150, 150, 150), (165, 165, 165))
                pg.circle(cx, cy, 1.5, 0.3, (205, 205, 205), (232, 232, 232))
            x += cw
        y += lh
    pg.as_image = True
    return pg


DIS_ORGS = [
    (
        ["PERSATUAN TUNANETRA INDONESIA", "(PERTUNI)", "DEWAN PENGURUS DAERAH SUMATERA SELATAN"],
        "DPD-PERTUNI/SS",
    ),
    (
        ["IKATAN TUNANETRA MUSLIM INDONESIA", "(ITMI)", "DEWAN PENGURUS WILAYAH SUMATERA SELATAN"],
        "DPW-ITMI/SS",
    ),
]
DIS_ITEMS = (
    "Data jumlah pemilih penyandang disabilitas netra dalam DPT Pemilu 2024 per kabupaten/kota",
    "Daftar TPS yang menyediakan alat bantu coblos (template Braille) pada Pemilihan Tahun 2024",
    "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota",
    "Laporan evaluasi aksesibilitas TPS pada Pemilihan Gubernur Sumatera Selatan Tahun 2024",
)


def p07_braille_transcript(ctx: Ctx) -> Letter:
    """A disability organisation's request written in Braille, with its ink-print transcription
    (alih aksara) on the organisation's letterhead."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("times", "helv", "dejavu"))]
    d = Doc(ctx, top=60)
    names, code = rng.choice(DIS_ORGS)
    kop(
        d,
        [(names[0], ctx.b, 13), (names[1], ctx.b, 12), (names[2], ctx.b, 11.5)],
        [
            f"Sekretariat: Jl. {rng.choice(('Sersan Sani', 'Dwikora II', 'Kol. H. Barlian'))} No. {rng.randint(2, 90)} Palembang  Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}"
        ],
        "shield",
    )
    org = " ".join(names)
    d.line_text("ALIH AKSARA SURAT BRAILLE", ctx.b, ctx.size + 1, align="c")
    d.line_text("(Transkripsi dari huruf Braille ke huruf awas)", ctx.i, ctx.size - 1.5, align="c")
    d.gap(6)
    num = f"{rng.randint(5, 120):03d}/{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Informasi Publik dalam Format Aksesibel",
            "Permohonan Informasi Publik",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas Braille"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(d, ppid_yth(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    p = make_person(rng, degree_p=0.4)
    addr = (
        f"Jl. Sersan Sani No. {rng.randint(2, 90)}, Kel. {p['kel']}, Kec. {p['kec']}, Palembang"
        if rng.random() < 0.5
        else fmt_address(p, rng)
    )
    d.line_text("Yang bertanda tangan di bawah ini:")
    show_mail = rng.random() < 0.7
    rows = [("Nama", p["name"]), ("Jabatan", rng.choice(("Ketua", "Ketua Umum", "Sekretaris")))]
    show_job = rng.random() < 0.35
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP/WA", p["phone"])]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    for k, v in rows:
        d.kv(k, v, 80, x=d.L + 15)
    items = [rng.choice(DIS_ITEMS)] + (info_items(rng, 1, 1) if rng.random() < 0.5 else [])
    d.para(
        f"bertindak untuk dan atas nama {names[0].title()} {names[1]}, dengan ini mengajukan permohonan informasi publik berupa:"
    )
    d.numbered(items, "{}.", x=d.L + 8)
    purpose = rng.choice(
        (
            "Bahan advokasi pemenuhan hak pilih penyandang disabilitas netra",
            "Bahan penyusunan rekomendasi aksesibilitas pemilihan bagi anggota kami",
        )
    )
    ob = rng.choice(("salinan_softcopy", "salinan_softcopy", "salinan"))
    dl = rng.choice(("email", "email", "mengambil_langsung"))
    ob_t = (
        "salinan elektronik (softcopy) dalam format dokumen yang dapat dibaca aplikasi pembaca layar"
        if ob == "salinan_softcopy"
        else "salinannya"
    )
    dl_t = "dikirim melalui e-mail" if dl == "email" else "diambil langsung oleh pengurus kami"
    d.para(
        f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}. Kami mohon informasi diberikan dalam bentuk {ob_t}, dan {dl_t}."
    )
    d.para("Atas perhatian Bapak/Ibu kami ucapkan terima kasih.")
    d.gap(4)
    d.need(90)
    x = d.R - 190
    d.pg.t(x, d.y, "Hormat kami,", ctx.r, ctx.size)
    d.pg.t(x, d.y + ctx.size * 1.4, rows[1][1] + ",", ctx.r, ctx.size)
    d.pg.t(x, d.y + ctx.size * 2.8, "(ditandatangani dalam huruf Braille)", ctx.i, ctx.size - 1.5)
    d.pg.t(x, d.y + ctx.size * 5.2, p["name"], ctx.b, ctx.size)
    d.y += ctx.size * 7
    tdate = ctx.date + timedelta(days=rng.randint(0, 1))
    pend = make_person(rng, degree_p=0.3)
    d.gap(4)
    d.pg.line(d.L, d.y - 12, d.L + 200, d.y - 12, 0.5)
    d.line_text(
        f"Dialihaksarakan oleh: {pend['name']}, pendamping, {fmt_date(tdate, 'slash')}",
        ctx.i,
        ctx.size - 2,
    )
    br_text = (
        f"Kepada Yth. PPID KPU Provinsi Sumatera Selatan. Dengan hormat, yang bertanda tangan di bawah ini {p['name']}, "
        f"{rows[1][1]} {names[1]}, mengajukan permohonan informasi publik: "
        + "; ".join(items)
        + ". "
        + purpose
        + "."
    )
    bp = braille_page(br_text)
    if rng.random() < 0.6:
        d.pages.insert(0, bp)
    else:
        d.pages.append(bp)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P07_braille_transcript", d.pages, fields)


RESEARCH_ORGS = [
    ("PUSAT STUDI PEMILU DAN PARTAI POLITIK", "PSP3"),
    ("SRIWIJAYA INSTITUTE FOR DEMOCRACY", "SID"),
    ("LEMBAGA SURVEI DAN KAJIAN PUBLIK MUSI", "LSKP"),
    ("KONSORSIUM RISET TATA KELOLA PEMILU SUMATERA SELATAN", "KRTP-SS"),
]


def p08_landscape_matrix(ctx: Ctx) -> Letter:
    """A research body's request typed on a landscape page: header blocks side by side, identity
    in two columns, the items as a wide table with a Format column."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "times", "dejavu", "serif"))]
    ctx.size = 9.5
    d = Doc(ctx, top=40, left=50, right=PH - 50, size=(PH, PW))
    d.bottom = PW - 40
    org, ab = rng.choice(RESEARCH_ORGS)
    kop(
        d,
        [(org, ctx.b, 15)],
        [
            f"Jl. {rng.choice(('Padang Selasa', 'Bukit Besar', 'Srijaya Negara', 'Inspektur Marzuki'))} No. {rng.randint(2, 99)} Palembang  |  Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}  |  sekretariat@{ab.lower().replace('-', '')}.or.id"
        ],
        "scale",
        y=30,
    )
    d.y -= 6
    num = org_num(rng, ctx.date, ab)
    subj = rng.choice(("Permohonan Data Penelitian", "Permohonan Informasi Publik"))
    y0 = d.y
    for k, v in (("Nomor", num), ("Lampiran", "-"), ("Hal", subj)):
        d.kv(k, v, 55, lead=13.5)
    xr = d.L + 480
    yy = y0
    for s in [
        place_date(rng, "Palembang", ctx.date),
        "Kepada Yth.",
        "PPID KPU Provinsi Sumatera Selatan",
        "di Palembang",
    ]:
        d.pg.t(xr, yy, s, ctx.r, ctx.size)
        yy += 13.5
    d.y = max(d.y, yy) + 6
    d.line_text("Dengan hormat,")
    p = make_person(rng, degree_p=0.7)
    show_job = rng.random() < 0.4
    addr = fmt_address(p, rng) if rng.random() < 0.5 else f"Sekretariat {org.title()}, Palembang"
    show_mail = rng.random() < 0.7
    left = [
        ("Nama", p["name"]),
        (
            "Pekerjaan" if show_job else "Jabatan",
            "Peneliti"
            if show_job
            else rng.choice(("Direktur Riset", "Koordinator Peneliti", "Ketua Tim Peneliti")),
        ),
    ]
    if rng.random() < 0.35:  # the institute's landline
        p["phone"], p["e164"] = landline(rng, "0711")
    right = [("Telepon", p["phone"])] + ([("Surel", p["email_printed"])] if show_mail else [])
    d.line_text("Yang bertanda tangan di bawah ini:")
    for i in range(max(len(left), len(right))):
        d.need(13.5)
        if i < len(left):
            d.pg.t(d.L + 15, d.y, left[i][0], ctx.r, ctx.size)
            d.pg.t(d.L + 90, d.y, ": " + left[i][1], ctx.r, ctx.size)
        if i < len(right):
            d.pg.t(d.L + 430, d.y, right[i][0], ctx.r, ctx.size)
            d.pg.t(d.L + 490, d.y, ": " + right[i][1], ctx.r, ctx.size)
        d.y += 13.5
    d.kv("Alamat", addr, 75, x=d.L + 15, lead=13.5)
    d.para(
        f"dalam hal ini bertindak untuk dan atas nama {org.title()}, dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam tabel berikut:"
    )
    fmt_word, ob = rng.choice(
        (
            ("Softcopy", "salinan_softcopy"),
            ("Softcopy (PDF/Excel)", "salinan_softcopy"),
            ("Hardcopy", "salinan_hardcopy"),
            ("Salinan cetak", "salinan_hardcopy"),
        )
    )
    items: list[str] = []
    tries = 0
    k = rng.randint(2, 4)
    while len(items) < k and tries < 50:
        tries += 1
        it = short_item(rng)
        if it not in items and len(wrap(it, ctx.r, 9, 430 - 7)) == 1:
            items.append(it)
    rows = [
        [
            str(i),
            it,
            fmt_word,
            rng.choice(("1 set", "1 berkas", "1 file")),
            rng.choice(("-", "Per kabupaten/kota", "Bila tersedia", "-")),
        ]
        for i, it in enumerate(items, 1)
    ]
    d.table(
        [28, 430, 110, 60, d.W - 628],
        rows,
        header=["No", "Rincian Informasi yang Dimohon", "Format", "Jumlah", "Keterangan"],
        size=9,
    )
    purpose = rng.choice((PURPOSES[2], PURPOSES[3], PURPOSES[7], PURPOSES[8]))
    dl = rng.choice(
        ("kurir", "mengambil_langsung", "pos")
        if ob == "salinan_hardcopy"
        else ("email", "email", "mengambil_langsung")
    )
    dl_t = {
        "email": f"dikirim melalui e-mail ke {p['email_printed']}"
        if show_mail
        else "dikirim melalui e-mail",
        "kurir": "dikirim melalui kurir ke alamat sekretariat kami",
        "mengambil_langsung": "akan kami ambil langsung ke kantor PPID",
        "pos": "dikirim melalui pos ke alamat sekretariat kami",
    }[dl]
    d.para(
        f"Tujuan penggunaan informasi: {purpose}. Salinan informasi mohon {dl_t}.".replace(
            "mohon akan", "akan"
        )
    )
    d.para(rng.choice(CLOSE_K))
    sign_block(
        d,
        ["Hormat kami,", left[1][1] + "," if not show_job else "Peneliti,"],
        p["name"],
        stamp=(org[:30], ab),
    )
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if (show_mail) else None,
        occupation="Peneliti" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P08_landscape_item_matrix", d.pages, fields)


SHOPS = [
    ("BERKAH JAYA", "Fotocopy • Jilid • ATK • Print Warna"),
    ("SINAR MUSI", "Alat Tulis Kantor & Fotocopy"),
    ("AN-NUR PRINTING", "Cetak Undangan • Stempel • Fotocopy"),
    ("TOKO BUKU ILMU", "Buku • ATK • Fotocopy • Laminating"),
]


def notepad_bg(rng: random.Random, pg: Page, shop, x0, y0, w, h, tgl_label: bool) -> None:
    ops = []
    tmp = Page()
    tmp.rect(x0 + 3, y0 + 3, w, h, 0, None, (215, 215, 212))
    tmp.rect(x0, y0, w, h, 0.6, (170, 170, 170), (253, 252, 244))
    blue = (30, 60, 150)
    tmp.t(x0 + w / 2, y0 + 24, shop[0], "tb", 15, blue, "c")
    tmp.t(x0 + w / 2, y0 + 36, shop[1], "hr", 7.5, blue, "c")
    tmp.t(
        x0 + w / 2,
        y0 + 46,
        f"Jl. {rng.choice(('Veteran', 'Mayor Ruslan', 'Perintis Kemerdekaan'))} No. {rng.randint(1, 99)}  Telp. (0711) {rng.randint(41, 49)}{rng.randint(1000, 9999)}  WA 0813-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "hr",
        6.8,
        blue,
        "c",
    )
    tmp.line(x0 + 10, y0 + 52, x0 + w - 10, y0 + 52, 1.2, blue)
    if tgl_label:
        tmp.t(x0 + w - 140, y0 + 70, "Tgl.", "hr", 8.5, blue)
        tmp.t(x0 + 14, y0 + 70, "No.", "hr", 8.5, blue)
        tmp.line(x0 + 30, y0 + 72, x0 + 110, y0 + 72, 0.4, blue, (1, 2))
    for yy in range(int(y0 + 92), int(y0 + h - 8), 20):
        tmp.line(x0 + 8, yy + 4, x0 + w - 8, yy + 4, 0.35, (160, 185, 215))
    ops = tmp.ops
    pg.ops = ops + pg.ops


def p09_hand_notepad(ctx: Ctx) -> Letter:
    """A request written by hand on a shop's printed memo pad (A5 sheet scanned on A4); the shop's
    name and phone printed at the top are not the applicant's."""
    rng = ctx.rng
    ctx.r = ctx.b = "hand"
    ctx.size = 12.5
    x0, y0, w, h = 55.0, 45.0, 400.0, 580.0
    d = Doc(ctx, top=y0 + 92, left=x0 + 16, right=x0 + w - 14)
    d.bottom = y0 + h - 14
    lead = 20
    p = make_person(rng, degree_p=0.1)
    shop = rng.choice(SHOPS)
    tgl_label = rng.random() < 0.6
    ds = fmt_date(ctx.date, rng.choice(("slash", "dash", "long", "dot")))
    if tgl_label:
        d.pg.t(x0 + w - 118 + rng.uniform(-2, 2), y0 + 69, ds, "hand", 12, ctx.ink)
    else:
        d.line_text(f"{p['city']}, {ds}", align="r", lead=lead)
    for s in (
        "Kepada Yth.",
        rng.choice(("PPID KPU Prov. Sumsel", "PPID KPU Provinsi Sumatera Selatan")),
        "di Tempat",
    ):
        d.para(s, lead=lead)
    d.para("Saya yang bertanda tangan di bawah ini,", lead=lead)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 4, 6)))
    show_nik = rng.random() < 0.55
    rows = (
        [("Nama", p["name"])]
        + ([("NIK", p["nik"])] if show_nik else [])
        + [
            ("Alamat", addr),
            ("HP", p["phone"]),
        ]
    )
    for k, v in rows:
        d.kv(k, v, 52, lead=lead)
    items = info_items(rng, 1, 2)
    d.para(
        rng.choice(("Mohon diberikan informasi / data:", "Mohon dapat diberikan data berupa:")),
        lead=lead,
    )
    for it in items:
        d.need(lead)
        d.pg.t(d.L + 2, d.y, "-", "hand", 12.5, ctx.ink)
        d.para(it, x=d.L + 14, lead=lead)
    purpose = rng.choice(PURPOSES)
    d.para(f"untuk {lc1(purpose)}.", lead=lead)
    dl = rng.choice((None, "email", "mengambil_langsung", None))
    if dl == "email":
        d.para(f"Mohon dikirim lewat email: {p['email_printed']}", lead=lead)
    elif dl == "mengambil_langsung":
        d.para("Nanti saya ambil langsung ke kantor.", lead=lead)
    d.para("Terima kasih.", lead=lead)
    d.need(70)
    x = d.R - 150
    ctx.sig(d.pg, x, d.y - 6, 80)
    d.pg.t(x + rng.uniform(-3, 3), d.y + 34, p["name"], "hand", 12, ctx.ink)
    d.y += 50
    for pg in d.pages:
        notepad_bg(rng, pg, shop, x0, y0, w, h, tgl_label and pg is d.pages[0])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if dl == "email" else None,
        information_requested="; ".join(items),
        purpose=purpose,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi", "P09_hand_shop_notepad", d.pages, fields, handwritten=True
    )


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
ID_HARI3 = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def gmail_date(d: date, rng: random.Random) -> str:
    return f"{ID_HARI3[d.weekday()]}, {d.day} {BLN3[d.month - 1]} {d.year} pukul {rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}"


def workday_before(d: date, back: int) -> date:
    x = d - timedelta(days=back)
    while x.weekday() > 4:
        x -= timedelta(days=1)
    return x


PPID_QUOTES = {
    "a": [
        "Menindaklanjuti permohonan informasi Saudara dengan Nomor Pendaftaran {ref},",
        "dengan ini kami sampaikan bahwa informasi yang Saudara mohon termasuk",
        "informasi yang dikecualikan berdasarkan Pasal 17 UU Nomor 14 Tahun 2008,",
        "sehingga tidak dapat kami berikan.",
    ],
    "d": [
        "Menindaklanjuti permohonan informasi Saudara Nomor Pendaftaran {ref},",
        "bersama ini kami kirimkan Daftar Informasi Publik KPU Provinsi Sumatera",
        "Selatan Tahun 2025 sebagai jawaban atas permohonan Saudara.",
    ],
    "e": [
        "Permohonan informasi Saudara Nomor Pendaftaran {ref} belum dapat kami",
        "penuhi. Demikian kami sampaikan.",
    ],
    "f": [
        "Permohonan Saudara Nomor Pendaftaran {ref} dapat kami penuhi. Biaya",
        "penggandaan dikenakan Rp5.000 per lembar, seluruhnya 250 lembar",
        "(Rp1.250.000), dibayar sebelum salinan diserahkan.",
    ],
    "g": [
        "Bersama ini kami sampaikan informasi yang Saudara mohon dengan Nomor",
        "Pendaftaran {ref}. Mohon maaf atas keterlambatan penyampaian.",
    ],
}
OBJ_BODY = {
    "a": "Saya keberatan karena permohonan saya ditolak dengan alasan informasi tersebut dikecualikan, padahal tidak pernah disampaikan hasil uji konsekuensinya dan dokumen itu semestinya terbuka untuk publik.",
    "c": "Sudah lebih dari sepuluh hari kerja sejak e-mail saya di bawah ini terkirim, permohonan saya sama sekali tidak ditanggapi oleh PPID.",
    "d": "Jawaban yang dikirim tidak sesuai dengan informasi yang saya minta, karena yang diberikan adalah dokumen lain.",
    "e": "Permohonan saya tidak dipenuhi tanpa penjelasan yang memadai mengenai alasannya.",
    "f": "Biaya penggandaan sebesar Rp5.000 per lembar tersebut menurut saya tidak wajar dan jauh di atas biaya fotokopi yang sebenarnya.",
    "g": "Informasi tersebut baru saya terima jauh melewati jangka waktu yang diatur undang-undang.",
}


def k01_webmail_gt_quote(ctx: Ctx) -> Letter:
    """A webmail print of an e-mail objection that quotes the PPID's answer (or the unanswered
    request) with ">" lines, as plain-text mail clients do."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "helv"))]
    ctx.size = 10
    d = Doc(ctx, top=50, left=50, right=PW - 50)
    pg = d.pg
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("aacdefg")
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    subj = rng.choice(
        (
            f"Re: Pemberitahuan Tertulis atas Permohonan Informasi Nomor {ref}",
            f"Keberatan atas Jawaban PPID - Nomor Pendaftaran {ref}",
            "Re: Jawaban Permohonan Informasi Publik",
            f"Keberatan Permohonan Informasi {ref}",
        )
    )
    if code == "c":
        subj = rng.choice(
            (
                "Re: Permohonan Informasi Publik",
                f"Keberatan: permohonan {ref} tidak ditanggapi",
            )
        )
    pr = ctx.date + timedelta(days=rng.randint(0, 4))
    pg.t(
        d.L - 20,
        26,
        f"{pr.strftime('%d/%m/%y')} {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}",
        ctx.r,
        7.5,
    )
    pg.t(PW / 2, 26, f"Gmail - {subj}"[:95], ctx.r, 7.5, align="c")
    pg.t(d.L, 58, "Gmail", ctx.b, 15, (200, 60, 50))
    pg.t(d.R, 56, f"{p['core']} <{p['email_printed']}>", ctx.r, 8.5, align="r")
    pg.line(d.L, 66, d.R, 66, 0.7, GREY)
    d.y = 88
    d.para(subj, ctx.b, 13.5)
    d.gap(2)
    npesan = rng.choice(("1 pesan", "2 pesan"))
    d.pg.t(d.R, d.y - 10, npesan, ctx.r, 8, GREY, "r")
    d.pg.line(d.L, d.y - 4, d.R, d.y - 4, 0.5, GREY)
    d.gap(10)
    sent = gmail_date(ctx.date, rng)
    d.pg.t(d.L, d.y, p["core"], ctx.b, 10)
    d.pg.t(d.L + tw(p["core"], ctx.b, 10) + 4, d.y, f"<{p['email_printed']}>", ctx.r, 9)
    d.pg.t(d.R, d.y, sent, ctx.r, 9, align="r")
    d.gap(13)
    d.line_text("Kepada: ppid@sumsel.kpu.go.id", ctx.r, 9)
    if rng.random() < 0.5:
        d.line_text("Cc: atasan.ppid@sumsel.kpu.go.id", ctx.r, 9)
    d.gap(8)
    d.line_text(
        rng.choice(
            (
                "Yth. Atasan PPID KPU Provinsi Sumatera Selatan,",
                "Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan",
            )
        )
    )
    d.gap(4)
    if code == "c":
        intro = f"Saya {p['name']} mengajukan keberatan atas permohonan informasi saya Nomor Pendaftaran {ref} tentang {lc1(item)} untuk {lc1(purpose)}."
    else:
        intro = f"Dengan ini saya {p['name']} mengajukan keberatan atas jawaban PPID terhadap permohonan informasi saya tentang {lc1(item)}, sebagaimana e-mail di bawah."
    d.para(intro)
    d.para(OBJ_BODY[code])
    if rng.random() < 0.5:
        d.para(
            f"Keberatan ini saya ajukan berdasarkan Pasal 35 ayat (1) huruf {code} UU Nomor 14 Tahun 2008."
        )
    d.para(
        "Mohon Atasan PPID memeriksa keberatan ini dan memerintahkan PPID memberikan informasi yang saya minta."
    )
    d.gap(4)
    d.line_text("Hormat saya,")
    d.line_text(p["name"])
    show_nik = rng.random() < 0.5
    show_ph = rng.random() < 0.7
    show_addr = rng.random() < 0.4
    addr = fmt_address(p, rng)
    if show_nik:
        d.line_text(f"NIK: {p['nik']}")
    if show_ph:
        d.line_text(f"HP: {p['phone']}")
    if show_addr:
        d.para(f"Alamat: {addr}")
    d.gap(8)
    quote_font_col = (90, 90, 90)
    if code == "c":
        qd = refd
        who = f"{p['core']} <{p['email_printed']}>"
        qlines = [
            "Yth. PPID KPU Provinsi Sumatera Selatan,",
            "Saya mengajukan permohonan informasi publik berupa:",
            *wrap(item, ctx.r, 9.5, d.W - 30),
            *wrap(f"untuk {lc1(purpose)}.", ctx.r, 9.5, d.W - 30),
            "Terima kasih.",
            f"{p['core']}",
        ]
    else:
        qd = workday_before(ctx.date, rng.randint(2, 12))
        who = "PPID KPU Provinsi Sumatera Selatan <ppid@sumsel.kpu.go.id>"
        qlines = (
            [f"Yth. Sdr. {p['core']},", ""]
            + [s.format(ref=ref) for s in PPID_QUOTES[code]]
            + [
                "",
                "Hormat kami,",
                "PPID KPU Provinsi Sumatera Selatan",
            ]
        )
    d.para(f"Pada {gmail_date(qd, rng)}, {who} menulis:", ctx.r, 9.5)
    for q in qlines:
        d.need(13)
        d.pg.t(d.L, d.y, "> " + q if q else ">", ctx.r, 9.5, quote_font_col)
        d.y += 13
    d.pg.t(
        d.L - 20,
        PH - 24,
        f"https://mail.google.com/mail/u/0/?ik={rng.randint(10**9, 10**10)}&view=pt&search=all&permthid=thread-f:{rng.randint(10**17, 10**18)}",
        ctx.r,
        6.5,
    )
    d.pg.t(d.R + 20, PH - 24, "1/1", ctx.r, 6.5, align="r")
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr if show_addr else None,
        phone=p["e164"] if show_ph else None,
        email=p["email"],
        information_requested=item,
        purpose=purpose if code == "c" else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_webmail_gt_quote", d.pages, fields)


SECOND_PERSON = {
    "a": "Bapak/Ibu perlu mengetahui bahwa PPID menolak permohonan saya dengan alasan informasi tersebut termasuk informasi yang dikecualikan, padahal tidak pernah ada hasil uji konsekuensi yang disampaikan kepada saya.",
    "b": "Bapak/Ibu tentu sepakat bahwa informasi tersebut merupakan informasi yang wajib disediakan dan diumumkan secara berkala, namun sampai sekarang tidak disediakan, baik di laman resmi maupun di papan pengumuman kantor.",
    "c": "Bapak/Ibu dapat memeriksa sendiri bahwa sampai hari ini, lebih dari sepuluh hari kerja sejak permohonan saya tercatat, PPID tidak memberikan tanggapan tertulis apa pun.",
    "d": "Bapak/Ibu akan melihat dari lampiran surat ini bahwa jawaban PPID tidak sesuai dengan informasi yang saya minta, karena yang diberikan kepada saya adalah dokumen lain.",
    "e": "Bapak/Ibu perlu mengetahui bahwa permohonan saya tidak dipenuhi, tanpa penjelasan yang memadai mengenai alasannya.",
    "f": "Bapak/Ibu tentu memahami bahwa biaya penggandaan sebesar Rp5.000 per lembar yang dikenakan kepada saya adalah biaya yang tidak wajar.",
    "g": "Bapak/Ibu dapat melihat bahwa informasi tersebut baru disampaikan kepada saya setelah melewati jangka waktu yang diatur dalam undang-undang.",
}
ORDINALS = ("Pertama,", "Kedua,", "Ketiga,", "Keempat,", "Kelima,")


def k02_second_person_ordinals(ctx: Ctx) -> Letter:
    """An objection addressed to the Atasan PPID in the second person ("Bapak/Ibu"), the reasons
    enumerated as "Pertama, ... Kedua, ..." with the ordinal in bold."""
    rng = ctx.rng
    d = Doc(ctx, top=68)
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(
        (
            f"Keberatan atas Permohonan Informasi Nomor {ref}",
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan",
        )
    )
    d.kv("Perihal", subj, 52)
    d.gap(6)
    yth_block(
        d, ["Kepada Yth.", "Bapak/Ibu Atasan PPID", "KPU Provinsi Sumatera Selatan", "di Palembang"]
    )
    d.gap(8)
    d.line_text("Bapak/Ibu Atasan PPID yang saya hormati,")
    d.gap(2)
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.7
    show_nik = rng.random() < 0.75
    rows = [("Nama Pengaju", p["name"])]
    if show_nik:
        rows.append(("Nomor Induk Kependudukan", p["nik"]))
    rows.append(("Alamat Domisili", addr))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Nomor Kontak", wa_phone(rng, p["phone"])))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 8
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 10)
    d.gap(4)
    just = rng.random() < 0.6
    d.para(
        f"Melalui surat ini, izinkan saya menyampaikan keberatan kepada Bapak/Ibu atas pelayanan PPID terhadap permohonan informasi saya yang terdaftar dengan Nomor Pendaftaran {ref} tanggal {fmt_date(refd, 'long')}, yaitu permohonan {lc1(item)} untuk {lc1(purpose)}.",
        justify=just,
    )
    paras = [
        "Bapak/Ibu tentu mengetahui bahwa Undang-Undang Nomor 14 Tahun 2008 menjamin hak setiap orang untuk memperoleh informasi publik, dan Bapak/Ibu adalah pejabat yang berwenang memutus keberatan ini.",
        SECOND_PERSON[code],
        "Bapak/Ibu tentu juga menyadari bahwa informasi tersebut penting bagi saya dan bagi masyarakat, sehingga penundaan lebih lama akan merugikan kepentingan publik.",
    ]
    if rng.random() < 0.4:
        paras.insert(
            2,
            f"Bapak/Ibu dapat meminta PPID menunjukkan catatan register atas permohonan Nomor {ref} untuk memastikan uraian saya di atas.",
        )
    for o, t in zip(ORDINALS, paras, strict=False):
        d.para(f"{o} {t}", indent=0, justify=just, bold_lead=o)
    d.para(
        "Oleh karena itu, saya mohon Bapak/Ibu memeriksa keberatan ini dan memerintahkan PPID untuk memberikan informasi yang saya minta sesuai ketentuan.",
        justify=just,
    )
    d.para("Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.")
    with_ktp = rng.random() < 0.3
    sign_block(d, ["Hormat saya,"], p["name"])
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_second_person_ordinals", d.pages, fields)


NCR_REASONS = (
    ("a", "Permohonan ditolak (dikecualikan)"),
    ("b", "Informasi berkala tidak disediakan"),
    ("c", "Permohonan tidak ditanggapi"),
    ("d", "Ditanggapi tidak sesuai permintaan"),
    ("e", "Permohonan tidak dipenuhi"),
    ("f", "Biaya tidak wajar"),
    ("g", "Melebihi jangka waktu"),
)


def k03_ncr_slip(ctx: Ctx) -> Letter:
    """A narrow carbon-copy (NCR) objection slip of the desk, pink or yellow sheet on the scanner
    glass; a red printed serial that is not a registration number; filled by hand or typed."""
    rng = ctx.rng
    hand = ctx.hand
    ctx.r, ctx.b, ctx.i = FAMILIES["helv"]
    tint = rng.choice(((255, 232, 238), (255, 249, 208), (232, 244, 255)))
    x0, y0, w, h = rng.uniform(120, 170), 34.0, 290.0, 770.0
    d = Doc(ctx, top=y0 + 22, left=x0 + 12, right=x0 + w - 12)
    d.bottom = y0 + h - 8
    pg = d.pg
    cx = x0 + w / 2
    pg.t(cx, y0 + 18, "KOMISI PEMILIHAN UMUM", "hb", 8.5, align="c")
    pg.t(cx, y0 + 28, "PROVINSI SUMATERA SELATAN", "hb", 8.5, align="c")
    pg.t(cx, y0 + 38, "PPID - Layanan Informasi Publik", "hr", 7, align="c")
    pg.t(cx, y0 + 54, "FORMULIR KEBERATAN", "hb", 11, align="c")
    serial = f"No. {rng.randint(1000, 9999999):07d}"
    pg.t(x0 + w - 10, y0 + 68, serial, "cb", 9, RED, "r")
    pg.t(x0 + 10, y0 + 68, rng.choice(("Lembar 2 : Pemohon", "Lembar 3 : Arsip")), "hr", 6.5)
    pg.line(x0 + 8, y0 + 74, x0 + w - 8, y0 + 74, 0.8)
    d.y = y0 + 90
    p = make_person(rng)
    ref, _refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    item = info_item(rng)
    show_purpose = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    show_job = rng.random() < 0.6
    has_reg = rng.random() < 0.5
    kreg = f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    vf = "hand" if hand else "cr"
    carbon = rng.choice(((60, 55, 150), (40, 40, 110), (80, 60, 160)))
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 6)))
    rows = [
        ("Tanggal", fmt_date(ctx.date, rng.choice(("slash", "dash", "long", "dot")))),
        ("No. Reg. Keberatan", kreg if has_reg else ""),
        ("No. Pendaftaran", ref),
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Alamat", addr),
        ("Telp./HP", p["phone"]),
    ]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Informasi Diminta", item))
    if show_purpose:
        rows.append(("Tujuan", purpose))
    vs = 9.5 if hand else 8
    for k, v in rows:
        lines = wrap(v, vf, vs, d.R - (d.L + 82)) if v else [""]
        d.need(len(lines) * 12.5)
        d.pg.t(d.L, d.y, k, "hr", 7.5)
        d.pg.t(d.L + 76, d.y, ":", "hr", 7.5)
        if not v:
            d.pg.line(d.L + 82, d.y + 1, d.R, d.y + 1, 0.4, GREY, (1, 2))
        for ln in lines:
            if ln and hand:
                d._hand(d.L + 82, d.y, ln, vs, carbon)
            elif ln:
                d.pg.t(d.L + 82, d.y, ln, "cr", vs, carbon)
            d.y += 12.5
        d.y += 2
    d.gap(4)
    d.line_text("ALASAN KEBERATAN (beri tanda):", "hb", 7.5, lead=11)
    for c2, txt in NCR_REASONS:
        checkbox(d.pg, d.L + 2, d.y, 7, c2 == code, carbon, True)
        d.pg.t(d.L + 14, d.y, f"{c2}. {txt}", "hr", 7.5)
        d.y += 11.5
    d.gap(4)
    d.line_text("Keterangan singkat:", "hb", 7.5, lead=12)
    kets = {
        "a": "ditolak krn dikecualikan",
        "b": "tidak ada di website",
        "c": "tdk ada jawaban > 10 hari",
        "d": "yg dikasih dokumen lain",
        "e": "tidak dipenuhi",
        "f": "biaya terlalu mahal",
        "g": "terlambat sekali",
    }
    d.para(kets[code], vf, vs, lead=13, color=carbon)
    d.gap(10)
    yb = d.y
    d.pg.t(d.L, yb, "Petugas,", "hr", 7.5)
    d.pg.t(d.L + 150, yb, "Pemohon,", "hr", 7.5)
    ctx.sig(d.pg, d.L, yb + 2, 60, carbon)
    ctx.sig(d.pg, d.L + 150, yb + 2, 60, carbon)
    d.pg.t(d.L, yb + 36, "(.........................)", "hr", 7.5)
    if hand:
        d._hand(d.L + 150, yb + 36, p["core"], 9, carbon)
    else:
        d.pg.t(d.L + 150, yb + 36, p["core"], "cr", 8, carbon)
    d.y = yb + 52
    d.line_text("Tanggapan Atasan PPID paling lambat 30 hari kerja.", "hi", 6.5, lead=9)
    # the sheet is as long as its content; drawn first so that the print lies on it
    pg.ops.insert(0, ("r", x0, y0, w, d.y - y0 + 4, 0.5, (190, 190, 190), tint))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=kreg if has_reg else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_ncr_carbon_slip", d.pages, fields, handwritten=hand)


MEMORI_REASON = {
    "a": "PPID menolak permohonan Pemohon Keberatan dengan alasan informasi tersebut dikecualikan, tanpa menyampaikan hasil uji konsekuensi",
    "c": "sampai dengan berakhirnya jangka waktu sepuluh hari kerja, PPID tidak memberikan tanggapan tertulis atas permohonan Pemohon Keberatan",
    "d": "tanggapan PPID tidak sesuai dengan informasi yang dimohon, karena yang diberikan adalah dokumen lain",
    "e": "permohonan Pemohon Keberatan tidak dipenuhi tanpa alasan yang sah",
    "g": "informasi baru disampaikan kepada Pemohon Keberatan setelah melewati jangka waktu yang ditentukan undang-undang",
}
FIRMS = ("HARAHAP", "SIREGAR", "TANJUNG", "FAUZI", "MAHMUD", "EFFENDI", "ZAINAL")
COVER_BASIS = {
    "a": "PENOLAKAN PERMOHONAN INFORMASI PUBLIK",
    "c": "TIDAK DITANGGAPINYA PERMOHONAN INFORMASI PUBLIK",
    "d": "TANGGAPAN PPID YANG TIDAK SESUAI PERMOHONAN",
    "e": "TIDAK DIPENUHINYA PERMOHONAN INFORMASI PUBLIK",
    "g": "KETERLAMBATAN PENYAMPAIAN INFORMASI PUBLIK",
}


def k04_memori_cover(ctx: Ctx) -> Letter:
    """Advocates file a "Memori Keberatan" for their client: a title page, then the brief on the
    firm's letterhead (identity, objek, alasan citing Pasal 35, petitum)."""
    rng = ctx.rng
    d = Doc(ctx, top=70)
    client = make_person(rng, degree_p=0.25)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice(tuple(COVER_BASIS))
    item = info_item(rng)
    firm = (
        f"{rng.choice(FIRMS)} & PARTNERS LAW FIRM"
        if rng.random() < 0.5
        else f"KANTOR HUKUM {rng.choice(FIRMS)} & REKAN"
    )
    advs = [
        make_person(rng, degree_p=0, prefix_p=0.1)["name"] + ", S.H." + rng.choice(("", ", M.H."))
        for _ in range(2)
    ]
    # title page
    pg = d.pg
    y = 150.0
    pg.t(PW / 2, y, "MEMORI KEBERATAN", ctx.b, 22, align="c")
    y += 34
    pg.t(PW / 2, y, "ATAS", ctx.b, 12, align="c")
    y += 20
    for ln in wrap(COVER_BASIS[code], ctx.b, 12.5, 380):
        pg.t(PW / 2, y, ln, ctx.b, 12.5, align="c")
        y += 17
    pg.t(PW / 2, y, f"NOMOR PENDAFTARAN {ref}", ctx.b, 12, align="c")
    y += 60
    pg.t(PW / 2, y, "Diajukan oleh:", ctx.r, 11, align="c")
    y += 22
    pg.t(PW / 2, y, client["name"].upper(), ctx.b, 13, align="c")
    y += 17
    pg.t(PW / 2, y, "selaku PEMOHON KEBERATAN", ctx.r, 11, align="c")
    y += 30
    pg.t(PW / 2, y, "melalui kuasa hukumnya:", ctx.r, 11, align="c")
    y += 20
    pg.t(PW / 2, y, firm, ctx.b, 12, align="c")
    y += 70
    for s, f in (
        ("Kepada Yth.", ctx.r),
        ("ATASAN PPID", ctx.b),
        ("KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", ctx.b),
        ("di Palembang", ctx.r),
    ):
        pg.t(PW / 2, y, s, f, 11, align="c")
        y += 16
    pg.t(
        PW / 2,
        PH - 90,
        f"Palembang, {BULAN[ctx.date.month - 1]} {ctx.date.year}",
        ctx.r,
        11,
        align="c",
    )
    pg.rect(60, 60, PW - 120, PH - 120, 1.2)
    pg.rect(64, 64, PW - 128, PH - 128, 0.5)
    # the brief
    d.newpage()
    kop(
        d,
        [(firm, ctx.b, 14)],
        [
            "Advocates & Legal Consultants",
            f"Jl. {rng.choice(('Kapten Rivai', 'Merdeka', 'Jenderal Sudirman'))} No. {rng.randint(10, 300)} Palembang  Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}",
        ],
        "scale",
    )
    num = f"{rng.randint(10, 300):03d}/{firm.split()[0][:3]}-LF/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = f"Memori Keberatan atas Permohonan Informasi Nomor Pendaftaran {ref}"
    nomor_block(d, [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)], None)
    d.line_text(place_date(rng, "Palembang", ctx.date, "long"), align="r")
    yth_block(d, ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.line_text("Dengan hormat,")
    skk = ctx.date - timedelta(days=rng.randint(2, 10))
    d.para(
        f"Kami yang bertanda tangan di bawah ini, {advs[0]} dan {advs[1]}, Advokat pada {firm}, berdasarkan Surat Kuasa Khusus tanggal {fmt_date(skk, 'long')}, bertindak untuk dan atas nama:",
        justify=True,
    )
    caddr = fmt_address(client, rng)
    show_nik = rng.random() < 0.5
    rows = (
        [("Nama", client["name"])]
        + ([("NIK", client["nik"])] if show_nik else [])
        + [
            ("Pekerjaan", client["job"]),
            ("Alamat", caddr),
        ]
    )
    for k, v in rows:
        d.kv(k, v, 70, x=d.L + 20)
    d.para("selanjutnya disebut sebagai PEMOHON KEBERATAN.")
    show_purpose = rng.random() < 0.6
    purpose = rng.choice(PURPOSES)
    d.gap(4)
    d.line_text("I.  OBJEK KEBERATAN", ctx.b)
    d.para(
        f"Objek keberatan ini adalah pelayanan PPID KPU Provinsi Sumatera Selatan atas permohonan informasi Pemohon Keberatan tanggal {fmt_date(refd, 'long')} dengan Nomor Pendaftaran {ref}, berupa {lc1(item)}"
        + (f", yang diperlukan untuk {lc1(purpose)}." if show_purpose else "."),
        x=d.L + 18,
        justify=True,
    )
    d.gap(4)
    d.line_text("II. ALASAN KEBERATAN", ctx.b)
    reasons = [
        "Bahwa Pemohon Keberatan adalah warga negara Indonesia yang berhak memperoleh informasi publik sebagaimana dijamin Pasal 28F UUD 1945 dan Undang-Undang Nomor 14 Tahun 2008;",
        f"Bahwa {MEMORI_REASON[code]};",
        f"Bahwa keadaan tersebut merupakan alasan keberatan sebagaimana dimaksud Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008, yaitu {lc1(REASONS[code][0])};",
    ]
    d.numbered(reasons, "{}.", x=d.L + 18, hang=16)
    d.gap(4)
    d.line_text("III. PETITUM", ctx.b)
    d.para(
        "Berdasarkan uraian di atas, Pemohon Keberatan memohon kepada Atasan PPID untuk:",
        x=d.L + 18,
    )
    d.numbered(
        [
            "Menerima dan mengabulkan keberatan Pemohon Keberatan untuk seluruhnya;",
            f"Memerintahkan PPID KPU Provinsi Sumatera Selatan untuk memberikan {lc1(item)} kepada Pemohon Keberatan;",
            "Memberikan tanggapan tertulis dalam jangka waktu sebagaimana ditentukan peraturan perundang-undangan.",
        ],
        "{}.",
        x=d.L + 18,
    )
    d.para(
        "Demikian memori keberatan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih."
    )
    d.gap(4)
    d.need(110)
    d.line_text("Hormat kami,", x=d.R - 230)
    d.line_text("Kuasa Hukum Pemohon Keberatan,", x=d.R - 230)
    pg = d.pg
    ctx.sig(pg, d.R - 230, d.y - 4, 80)
    ctx.sig(pg, d.R - 110, d.y - 4, 80)
    d.y += 44
    pg.t(d.R - 230, d.y, advs[0], ctx.b, ctx.size - 1.5)
    pg.t(d.R - 230, d.y + 14, advs[1], ctx.b, ctx.size - 1.5)
    fields = F(
        applicant_name=client["name"],
        nik=client["nik"] if show_nik else None,
        address=caddr,
        occupation=client["job"],
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=firm,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_memori_cover_advokat", d.pages, fields)


PPID_ANSWER = {
    "a": "Surat PPID Nomor {pn} tanggal {pd}: informasi dinyatakan sebagai informasi yang dikecualikan.",
    "b": "PPID menjawab bahwa informasi tersebut belum diumumkan dan belum tersedia di laman resmi.",
    "c": "Sampai batas waktu sepuluh hari kerja tidak ada jawaban tertulis dari PPID.",
    "d": "Surat PPID Nomor {pn} tanggal {pd}: yang dilampirkan adalah dokumen lain.",
    "e": "Surat PPID Nomor {pn} tanggal {pd}: permohonan tidak dapat dipenuhi, tanpa alasan.",
    "f": "Surat PPID Nomor {pn} tanggal {pd}: salinan diberikan dengan biaya Rp5.000 per lembar.",
    "g": "Surat PPID Nomor {pn} tanggal {pd}, yang baru saya terima setelah batas waktu berakhir.",
}


def k05_side_headings(ctx: Ctx) -> Letter:
    """An objection laid out with bold side headings in a left column (Pengaju, Permohonan,
    Jawaban PPID, Alasan Keberatan, Permintaan) and the text in a right column."""
    rng = ctx.rng
    d = Doc(ctx, top=66)
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(("Pengajuan Keberatan", "Keberatan atas Layanan Informasi Publik"))
    with_ktp = rng.random() < 0.3
    lw = tw("Lampiran", ctx.r, ctx.size) + 6
    d.kv("Hal", subj, lw)
    d.kv("Lampiran", "2 (dua) lembar" if with_ktp else "1 (satu) lembar", lw)
    d.gap(6)
    yth_block(d, ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para("Bersama ini saya menyampaikan keberatan dengan uraian sebagai berikut.")
    d.gap(6)
    hx, tx = d.L, d.L + 118
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    pn = f"{rng.randint(10, 300)}/PP.01-SD/16/{refd.year}"
    pd = fmt_date(refd + timedelta(days=rng.randint(5, 9)), "long")
    if rng.random() < 0.25:  # a home landline
        p["phone"], p["e164"] = landline(rng, p["cityrec"][5])
    pengaju = (
        [p["name"]] + ([f"NIK {p['nik']}"] if show_nik else []) + [addr, f"Telepon {p['phone']}"]
    )
    if show_job:
        pengaju.append(f"Pekerjaan {p['job']}")
    if show_mail:
        pengaju.append(f"Surel {p['email_printed']}")
    cite = f" (Pasal 35 ayat (1) huruf {code} UU 14/2008)" if rng.random() < 0.5 else ""
    sections = [
        ("Pengaju", pengaju),
        (
            "Permohonan",
            [
                f"Nomor Pendaftaran {ref}, diajukan pada {fmt_date(refd, 'long')}, berupa {lc1(item)}, untuk {lc1(purpose)}."
            ],
        ),
        ("Jawaban PPID", [PPID_ANSWER[code].format(pn=pn, pd=pd)]),
        ("Alasan Keberatan", [f"{REASONS[code][1][0].upper()}{REASONS[code][1][1:]}{cite}."]),
        (
            "Permintaan",
            [
                "Agar Atasan PPID memerintahkan PPID memberikan informasi tersebut sesuai permohonan saya."
            ],
        ),
    ]
    if with_ktp:
        sections.append(
            ("Lampiran", ["1. Fotokopi KTP;", "2. Tanda bukti pendaftaran permohonan."])
        )
    top = d.y - 12
    for head, lines in sections:
        d.need(30)
        d.pg.t(hx, d.y, head, ctx.b, ctx.size - 0.5)
        for ln in lines:
            d.para(ln, x=tx, lead=ctx.size * 1.38)
        d.gap(5)
    d.pg.line(tx - 8, top, tx - 8, d.y - 8, 0.6, GREY)
    d.gap(4)
    d.para("Demikian keberatan ini saya sampaikan untuk dapat ditindaklanjuti.")
    sign_block(d, ["Hormat saya,"], p["name"])
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_side_headings", d.pages, fields)


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


def ki_person(rng) -> str:
    return make_person(rng, degree_p=1.0)["name"]


def bracket(d: Doc, label: str, text: str, hang=40.0) -> None:
    d.need(d.ctx.size * 1.45)
    d.pg.t(d.L, d.y, label, d.ctx.r, d.ctx.size)
    d.para(text, x=d.L + hang, justify=True)
    d.gap(2)


def page_footers(pages: list[Page], left: str, font: str) -> None:
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.line(60, pg.h - 42, pg.w - 60, pg.h - 42, 0.4, GREY)
        pg.t(60, pg.h - 30, left, font, 8)
        pg.t(pg.w - 60, pg.h - 30, f"Halaman {i} dari {n}", font, 8, align="r")


def s01_putusan_sela(ctx: Ctx) -> Letter:
    """A KI interlocutory decision (Putusan Sela) ordering a closed examination, with the KI's
    bracketed paragraph numbers [1.1] ... and a running footer; two pages."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    d.bottom = PH - 70
    logo(d.pg, PW / 2 - 24, 36, 48, "garuda")
    d.y = 110
    pnum = f"{rng.randint(1, 90):03d}/{roman(ctx.date.month)}/KI-SS-PS/{ctx.date.year}"
    d.line_text("PUTUSAN SELA", ctx.b, ctx.size + 3, align="c")
    d.line_text(f"Nomor: {pnum}", ctx.r, align="c")
    d.gap(2)
    d.line_text(KI, ctx.b, align="c")
    d.gap(8)
    p = make_person(rng)
    addr = fmt_address(p, rng)
    regd = ctx.date - timedelta(days=rng.randint(20, 60))
    reg = ki_register(rng, regd)
    ref, refd = reg_number(rng, regd - timedelta(days=30))
    item = info_item(rng)
    d.line_text("1.  IDENTITAS", ctx.b)
    bracket(
        d,
        "[1.1]",
        f"Komisi Informasi Provinsi Sumatera Selatan yang menerima, memeriksa, dan memutus Sengketa Informasi Publik Nomor Register {reg} yang diajukan oleh:",
    )
    bracket(d, "[1.2]", f"{p['name']}, beralamat di {addr}; selanjutnya disebut sebagai Pemohon;")
    bracket(
        d,
        "[1.3]",
        "terhadap Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan, beralamat di Jl. Kapten A. Rivai No. 95 Palembang; selanjutnya disebut sebagai Termohon.",
    )
    bracket(
        d,
        "[1.4]",
        "Telah membaca surat permohonan Pemohon; telah mendengar keterangan Para Pihak; telah memeriksa surat-surat yang diajukan Para Pihak.",
    )
    d.line_text("2.  DUDUK PERKARA", ctx.b)
    bracket(
        d,
        "[2.1]",
        f"Bahwa pada tanggal {fmt_date(refd, 'long')} Pemohon mengajukan permohonan informasi kepada Termohon dengan Nomor Pendaftaran {ref}, berupa {lc1(item)}.",
    )
    bracket(
        d,
        "[2.2]",
        "Bahwa dalam persidangan Termohon menyatakan informasi a quo merupakan informasi yang dikecualikan, sedangkan Pemohon mendalilkan informasi tersebut terbuka.",
    )
    d.line_text("3.  PERTIMBANGAN HUKUM", ctx.b)
    exam = rng.choice(("pemeriksaan tertutup", "pemeriksaan setempat"))
    bracket(
        d,
        "[3.1]",
        f"Menimbang bahwa untuk menilai dalil Termohon, Majelis perlu melakukan {exam} terhadap dokumen yang disengketakan sebelum menjatuhkan putusan akhir;",
    )
    bracket(
        d,
        "[3.2]",
        "Menimbang bahwa berdasarkan Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik, Majelis berwenang menjatuhkan putusan sela;",
    )
    d.line_text("4.  AMAR PUTUSAN SELA", ctx.b)
    d.line_text("MENGADILI", ctx.b, align="c")
    bracket(
        d,
        "[4.1]",
        f"Memerintahkan Termohon untuk menghadirkan dokumen {lc1(item)} dalam {exam} pada sidang berikutnya;",
    )
    bracket(
        d,
        "[4.2]",
        "Menangguhkan pemeriksaan pokok perkara sampai dengan pemeriksaan tersebut selesai dilaksanakan.",
    )
    ketua, a1, a2, pp = (ki_person(rng) for _ in range(4))
    mus = workday_before(ctx.date, rng.randint(1, 5))
    d.para(
        f"Demikian diputuskan dalam Rapat Musyawarah Majelis Komisioner pada hari {HARI[mus.weekday()]} tanggal {fmt_date(mus, 'long')}, dan diucapkan dalam sidang terbuka untuk umum pada hari {HARI[ctx.date.weekday()]} tanggal {fmt_date(ctx.date, 'long')} oleh {ketua} selaku Ketua Majelis, serta {a1} dan {a2} masing-masing sebagai Anggota Majelis, dengan didampingi {pp} sebagai Panitera Pengganti.",
        justify=True,
    )
    d.gap(6)
    d.need(170)
    y = d.y
    pg = d.pg
    pg.t(PW / 2, y, "Ketua Majelis,", ctx.r, ctx.size, align="c")
    pg.t(PW / 2, y + 52, ketua, ctx.b, ctx.size, align="c")
    y += 78
    pg.t(d.L, y, "Anggota Majelis,", ctx.r, ctx.size)
    pg.t(d.R, y, "Anggota Majelis,", ctx.r, ctx.size, align="r")
    pg.t(d.L, y + 52, a1, ctx.b, ctx.size - 1.5)
    pg.t(d.R, y + 52, a2, ctx.b, ctx.size - 1.5, align="r")
    y += 78
    pg.t(PW / 2, y, "Panitera Pengganti,", ctx.r, ctx.size, align="c")
    pg.t(PW / 2, y + 52, pp, ctx.b, ctx.size, align="c")
    d.y = y + 70
    page_footers(d.pages, f"Putusan Sela Nomor {pnum}", ctx.i)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item,
        letter_number=pnum,
        letter_date=ctx.date.isoformat(),
        sender_org=KI,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_putusan_sela_brackets", d.pages, fields)


def s02_pemeriksaan_tertutup(ctx: Ctx) -> Letter:
    """The KI panel asks the respondent to bring the disputed documents for a closed (in camera)
    examination: a grey case banner, a table of documents, the hearing time."""
    rng = ctx.rng
    d = Doc(ctx)
    kop_ki(d)
    p = make_person(rng)
    reg = ki_register(rng, ctx.date - timedelta(days=rng.randint(15, 50)))
    ref, _ = reg_number(rng, ctx.date - timedelta(days=70))
    item = info_item(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Dokumen untuk Pemeriksaan Tertutup",
            "Permintaan Penyerahan Dokumen yang Disengketakan",
        )
    )
    nomor_block(
        d,
        [
            ("Nomor", num),
            ("Sifat", rng.choice(("Segera", "Rahasia"))),
            ("Lampiran", "-"),
            ("Hal", subj),
        ],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "selaku Termohon", "di Palembang"])
    d.gap(8)
    top = d.y - 13
    d.line_text(
        f"Sengketa Informasi Publik Nomor Register: {reg}", ctx.b, ctx.size - 0.5, x=d.L + 8
    )
    d.line_text(f"Pemohon: {p['name']}", ctx.r, ctx.size - 0.5, x=d.L + 8)
    d.line_text("Termohon: PPID KPU Provinsi Sumatera Selatan", ctx.r, ctx.size - 0.5, x=d.L + 8)
    d.pg.ops.insert(0, ("r", d.L, top, d.W, d.y - top - 8, 0, None, (228, 228, 228)))
    d.gap(10)
    show_ref = rng.random() < 0.7
    d.para(
        f"Dalam rangka pemeriksaan sengketa informasi publik tersebut di atas mengenai permohonan informasi{' Nomor Pendaftaran ' + ref if show_ref else ''} berupa {lc1(item)}, Majelis Komisioner memandang perlu memeriksa secara tertutup dokumen yang disengketakan. Sehubungan dengan itu, Saudara diminta menghadirkan dokumen berikut:",
        justify=True,
    )
    docs = [
        ["1", "Dokumen yang dimohon Pemohon", "Asli dan salinan", "Utuh, tanpa penghitaman"],
        ["2", "Berita acara uji konsekuensi informasi yang dikecualikan", "Salinan", "Bila ada"],
        ["3", "Daftar Informasi yang Dikecualikan KPU Provinsi Sumatera Selatan", "Salinan", "-"],
        ["4", "Surat tanggapan PPID kepada Pemohon", "Salinan", "-"],
    ]
    d.table(
        [26, 220, 95, d.W - 341],
        docs[: rng.randint(3, 4)],
        header=["No", "Dokumen", "Bentuk", "Keterangan"],
    )
    sd = ctx.date + timedelta(days=rng.randint(4, 12))
    while sd.weekday() > 4:
        sd += timedelta(days=1)
    for k, v in (
        ("Hari/Tanggal", fmt_date(sd, "day")),
        ("Pukul", f"{rng.choice(('09.00', '10.00', '13.30'))} WIB"),
        ("Tempat", "Ruang Sidang Tertutup Komisi Informasi Provinsi Sumatera Selatan"),
    ):
        d.kv(k, v, 80, x=d.L + 20)
    d.para(
        "Dokumen tersebut hanya diperiksa oleh Majelis Komisioner dan tidak diperlihatkan kepada Pemohon maupun pihak lain.",
        justify=True,
    )
    sign_block(d, ["Ketua Majelis Komisioner,"], ki_person(rng))
    fields = F(
        applicant_name=p["name"],
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=KI,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_pemeriksaan_tertutup_docs", d.pages, fields)


def s03_teguran_putusan(ctx: Ctx) -> Letter:
    """The KI reminds the respondent to carry out a final decision, quoting its amar in a box."""
    rng = ctx.rng
    d = Doc(ctx)
    kop_ki(d)
    p = make_person(rng)
    pd = ctx.date - timedelta(days=rng.randint(60, 140))
    reg = ki_register(rng, pd - timedelta(days=rng.randint(40, 80)))
    pnum = f"{rng.randint(1, 90):03d}/{roman(pd.month)}/KI-SS-PS-A/{pd.year}"
    item = info_item(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        ("Teguran Pelaksanaan Putusan Komisi Informasi", "Permintaan Pelaksanaan Putusan")
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "selaku Atasan PPID", "di Palembang"])
    d.gap(8)
    show_ref = rng.random() < 0.5
    ref, _ = reg_number(rng, pd - timedelta(days=120))
    d.para(
        f"Menunjuk Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {pnum} tanggal {fmt_date(pd, 'long')} dalam sengketa informasi publik Nomor Register {reg} antara {p['name']} (Pemohon) dan PPID KPU Provinsi Sumatera Selatan (Termohon){' atas permohonan Nomor Pendaftaran ' + ref if show_ref else ''}, yang amarnya antara lain berbunyi:",
        justify=True,
    )
    d.gap(8)
    top = d.y - 12
    d.L += 24
    d.R -= 24
    d.line_text("MENGADILI", ctx.b, align="c")
    d.numbered(
        [
            "Mengabulkan permohonan Pemohon untuk seluruhnya;",
            f"Menyatakan informasi berupa {lc1(item)} adalah informasi yang terbuka;",
            "Memerintahkan Termohon untuk memberikan informasi sebagaimana dimaksud angka 2 kepada Pemohon paling lambat 14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap.",
        ],
        "{}.",
        font=ctx.i,
    )
    d.L -= 24
    d.R += 24
    d.pg.rect(d.L + 10, top, d.W - 20, d.y - top - 4, 0.8)
    d.gap(6)
    lap = ctx.date - timedelta(days=rng.randint(3, 12))
    d.para(
        f"Berdasarkan surat Pemohon tertanggal {fmt_date(lap, 'long')}, hingga saat ini Termohon belum melaksanakan putusan tersebut, padahal putusan telah berkekuatan hukum tetap karena tidak diajukan keberatan ke pengadilan.",
        justify=True,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami meminta Saudara untuk segera melaksanakan putusan dimaksud dan melaporkan pelaksanaannya kepada Komisi Informasi paling lambat 7 (tujuh) hari kerja setelah surat ini diterima.",
        justify=True,
    )
    sign_block(d, ["Ketua,"], ki_person(rng))
    d.line_text("Tembusan:", size=ctx.size - 1)
    for i, t in enumerate(("Pemohon;", "Ketua KPU Republik Indonesia;", "Arsip."), 1):
        d.line_text(f"{i}. {t}", size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=KI,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_teguran_amar_box", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def m01_kejaksaan(ctx: Ctx) -> Letter:
    """Kejaksaan asks for documents in an inquiry: B-/R- number, RAHASIA markings, the addressee
    block in the right-hand column, numbered body, "a.n." signature."""
    rng = ctx.rng
    d = Doc(ctx)
    unit, code = rng.choice(
        (
            ("KEJAKSAAN TINGGI SUMATERA SELATAN", "L.6"),
            ("KEJAKSAAN NEGERI PALEMBANG", "L.6.10"),
            ("KEJAKSAAN NEGERI OGAN ILIR", "L.6.19"),
        )
    )
    secret = rng.random() < 0.6
    if secret:
        d.pg.t(PW / 2, 26, "RAHASIA", "hb", 11, RED, "c")
        d.pg.t(PW / 2, PH - 22, "RAHASIA", "hb", 11, RED, "c")
    kop(
        d,
        [("KEJAKSAAN REPUBLIK INDONESIA", ctx.b, 12), (unit, ctx.b, 14)],
        [
            f"Jl. {rng.choice(('Gubernur H. Bastari', 'Jenderal Sudirman', 'Merdeka'))} No. {rng.randint(1, 60)} Palembang  Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}",
            "Laman: kejati-sumsel.kejaksaan.go.id"
            if "TINGGI" in unit
            else "Laman: kejari-palembang.kejaksaan.go.id",
        ],
        "scale",
    )
    num = f"{'R' if secret else 'B'}-{rng.randint(100, 4999)}/{code}/Fd.1/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Data dan Dokumen",
            "Permintaan Keterangan dan Dokumen",
            "Bantuan Permintaan Dokumen",
        )
    )
    d.line_text(place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))), align="r")
    y0 = d.y
    for k, v in (
        ("Nomor", num),
        ("Sifat", "Rahasia" if secret else "Biasa"),
        ("Lampiran", "-"),
        ("Perihal", subj),
    ):
        d.kv(k, v, 55, size=ctx.size - 0.5)
    xr = d.R - 195
    yy = y0 + 4
    for s in ("KEPADA YTH.", "KETUA KPU PROVINSI", "SUMATERA SELATAN", "di -", "PALEMBANG"):
        d.pg.t(xr, yy + 56, s, ctx.r, ctx.size - 0.5)
        yy += ctx.size * 1.4
    d.y = max(d.y, yy + 56) + 10
    prin = f"PRIN-{rng.randint(1, 60)}/{code}/Fd.1/{(ctx.date.month - 1) or 1:02d}/{ctx.date.year}"
    docs = rng.sample(
        [
            "Naskah Perjanjian Hibah Daerah (NPHD) Pemilihan Tahun 2024 beserta adendumnya",
            "Dokumen pengadaan logistik pemilihan (kontrak, berita acara serah terima, dan dokumen pembayaran)",
            "Laporan pertanggungjawaban penggunaan dana hibah Pemilihan Tahun 2024",
            "Daftar honorarium badan ad hoc beserta bukti pembayarannya",
            "Surat keputusan pembentukan panitia pengadaan barang/jasa",
        ],
        rng.randint(2, 4),
    )
    d.L += 20
    d.numbered(
        [
            f"Berdasarkan Surat Perintah Penyelidikan Kepala {unit.title()} Nomor: {prin} tanggal {fmt_date(ctx.date - timedelta(days=rng.randint(7, 30)), 'long')}, sehubungan dengan dugaan tindak pidana korupsi dalam pengelolaan dana hibah Pemilihan Tahun 2024.",
            "Sehubungan dengan hal tersebut, dimohon bantuan Saudara untuk menyerahkan data/dokumen sebagai berikut: "
            + "; ".join(f"{'abcde'[i]}. {x}" for i, x in enumerate(docs))
            + ".",
            f"Data/dokumen tersebut agar diserahkan kepada Tim Penyelidik paling lambat tanggal {fmt_date(ctx.date + timedelta(days=rng.randint(5, 12)), 'long')}, dengan narahubung {make_person(rng, degree_p=0.6)['name']} (HP {make_person(rng)['phone']}).",
            "Demikian atas perhatian dan kerja samanya diucapkan terima kasih.",
        ],
        "{}.",
    )
    d.L -= 20
    unit_head = "KEPALA KEJAKSAAN TINGGI SUMATERA SELATAN" if "TINGGI" in unit else f"KEPALA {unit}"
    sign_block(
        d,
        [
            f"a.n. {unit_head}",
            "ASISTEN TINDAK PIDANA KHUSUS,"
            if "TINGGI" in unit
            else "KEPALA SEKSI TINDAK PIDANA KHUSUS,",
        ],
        make_person(rng, degree_p=0.9)["name"],
        sub=rng.choice(("JAKSA UTAMA MUDA", "JAKSA MADYA", "JAKSA UTAMA PRATAMA"))
        + f" NIP. {nip(rng)}",
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    up = (
        "Jaksa Agung Muda Tindak Pidana Khusus"
        if "TINGGI" in unit
        else "Kepala Kejaksaan Tinggi Sumatera Selatan"
    )
    d.line_text(f"1. {up} (sebagai laporan);", size=ctx.size - 1)
    d.line_text("2. Arsip.", size=ctx.size - 1)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=unit)
    return Letter("surat_masuk", "M01_kejaksaan_rahasia", d.pages, fields)


def m02_rekomendasi(ctx: Ctx) -> Letter:
    """A request for a letter of recommendation (a former intern for a scholarship, or a community
    for a grant proposal): "Permohonan" in the Hal, but not a request for public information."""
    rng = ctx.rng
    d = Doc(ctx, top=66)
    personal = rng.random() < 0.5
    if personal:
        p = make_person(rng, degree_p=0.0, job="Mahasiswa")
        p["name"] += rng.choice((", S.Sos.", ", S.H.", ", S.I.Kom.", ""))
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
        subj = rng.choice(("Permohonan Surat Rekomendasi", "Permohonan Rekomendasi Beasiswa"))
        lw = tw("Lampiran", ctx.r, ctx.size) + 6
        d.kv("Hal", subj, lw)
        d.kv("Lampiran", "1 (satu) berkas", lw)
        d.gap(6)
        yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
        d.gap(6)
        d.line_text("Dengan hormat,")
        d.line_text("Saya yang bertanda tangan di bawah ini:")
        per_a = date(ctx.date.year - 1, rng.randint(1, 6), 1)
        for k, v in (
            ("Nama", p["name"]),
            ("Alamat", fmt_address(p, rng)),
            ("No. HP", p["phone"]),
            (
                "Periode Magang",
                f"{BULAN[per_a.month - 1]} s.d. {BULAN[per_a.month + 2]} {per_a.year}",
            ),
            (
                "Unit Penempatan",
                rng.choice(("Subbagian Teknis dan Hupmas", "Subbagian Hukum", "PPID")),
            ),
        ):
            d.kv(k, v, 100, x=d.L + 15)
        prog = rng.choice(("Beasiswa LPDP", "Beasiswa Kominfo", "Beasiswa Unggulan Kemendikbud"))
        d.para(
            f"adalah mantan peserta magang di KPU Provinsi Sumatera Selatan. Saya bermaksud mendaftar {prog} Tahun {ctx.date.year} untuk program magister tata kelola pemilu, yang mensyaratkan surat rekomendasi dari tokoh atau pimpinan lembaga. Untuk itu saya mohon kesediaan Bapak/Ibu memberikan surat rekomendasi bagi saya.",
            justify=True,
        )
        d.para(
            "Sebagai bahan pertimbangan, saya lampirkan daftar riwayat hidup dan sertifikat magang."
        )
        d.para(rng.choice(CLOSE))
        sign_block(d, ["Hormat saya,"], p["name"])
        fields = F(letter_date=ctx.date.isoformat(), subject=subj)
    else:
        org, ab = rng.choice(
            (
                ("KOMUNITAS PEMILIH CERDAS SUMSEL", "KPC"),
                ("FORUM PEMUDA PEDULI DEMOKRASI PALEMBANG", "FP2D"),
                ("JARINGAN PENDIDIKAN PEMILIH MUSI RAWAS", "JPPMR"),
            )
        )
        kop(
            d,
            [(org, ctx.b, 14)],
            [
                f"Akta Notaris No. {rng.randint(3, 60)} Tanggal {fmt_date(date(rng.randint(2015, 2022), rng.randint(1, 12), rng.randint(1, 28)), 'long')}  |  NPWP {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1, 9)}-{rng.randint(300, 399)}.000",
                f"Sekretariat: Jl. {rng.choice(('Lunjuk Jaya', 'Sukabangun II', 'Bungaran'))} No. {rng.randint(2, 90)} Palembang",
            ],
            "shield",
        )
        num = org_num(rng, ctx.date, ab)
        subj = rng.choice(("Permohonan Surat Rekomendasi", "Permohonan Rekomendasi Kegiatan"))
        nomor_block(
            d,
            [("Nomor", num), ("Lampiran", "1 (satu) berkas proposal"), ("Hal", subj)],
            place_date(rng, "Palembang", ctx.date),
        )
        yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
        d.gap(6)
        d.line_text("Dengan hormat,")
        d.para(
            f"Dalam rangka pengajuan proposal hibah kegiatan pendidikan pemilih pemula Tahun {ctx.date.year} kepada Pemerintah Provinsi Sumatera Selatan, kami mohon kesediaan Bapak memberikan surat rekomendasi yang menyatakan bahwa kegiatan kami sejalan dengan program sosialisasi dan pendidikan pemilih KPU. Data lembaga kami sebagai berikut:",
            justify=True,
        )
        chair = make_person(rng, degree_p=0.5)
        d.table(
            [150, d.W - 170],
            [
                ["Nama Lembaga", org.title()],
                ["Penanggung Jawab", chair["name"]],
                ["Bidang Kegiatan", "Pendidikan pemilih dan literasi demokrasi"],
                ["Sasaran", "Pelajar SMA/SMK dan mahasiswa tingkat awal"],
            ],
            x=d.L + 10,
        )
        d.para("Proposal kegiatan kami lampirkan bersama surat ini. " + rng.choice(CLOSE_K))
        sign_block(d, ["Hormat kami,", "Ketua,"], chair["name"], stamp=(org[:30], ab))
        fields = F(
            letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org
        )
    return Letter("surat_masuk", "M02_permohonan_rekomendasi", d.pages, fields)


def m03_bpk(ctx: Ctx) -> Letter:
    """BPK's regional office asks for audit documents: number with Roman office code, a table
    of documents with due dates, the audit team's contact."""
    rng = ctx.rng
    d = Doc(ctx)
    kop(
        d,
        [
            ("BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA", ctx.b, 13),
            ("PERWAKILAN PROVINSI SUMATERA SELATAN", ctx.b, 12),
        ],
        [
            f"Jl. Kapten A. Rivai No. 87 Palembang 30129  Telp. (0711) 352 {rng.randint(100, 999)}  Laman: sumsel.bpk.go.id"
        ],
        "garuda",
    )
    num = f"{rng.randint(10, 999)}/S/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Data dan Dokumen Pemeriksaan atas Pertanggungjawaban Dana Hibah Pemilihan Tahun 2024",
            f"Permintaan Dokumen dalam rangka Pemeriksaan Laporan Keuangan Tahun {ctx.date.year - 1}",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Segera"), ("Lampiran", "1 (satu) lembar"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date, "long"),
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    st = f"{rng.randint(10, 99)}/ST/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    d.para(
        f"Dalam rangka pemeriksaan sebagaimana tersebut pada pokok surat, berdasarkan Surat Tugas Nomor {st}, kami meminta Saudara untuk menyampaikan data dan dokumen sebagai berikut:",
        justify=True,
    )
    due = ctx.date + timedelta(days=rng.randint(5, 10))
    rows = [
        [
            "1",
            "Buku Kas Umum dan rekening koran dana hibah",
            "Softcopy dan hardcopy",
            fmt_date(due, "slash0"),
        ],
        [
            "2",
            "Daftar aset hasil pengadaan dari dana hibah",
            "Softcopy (Excel)",
            fmt_date(due, "slash0"),
        ],
        [
            "3",
            "Bukti pertanggungjawaban honorarium badan ad hoc",
            "Hardcopy",
            fmt_date(due + timedelta(days=3), "slash0"),
        ],
        ["4", "Laporan realisasi anggaran per kegiatan", "Softcopy", fmt_date(due, "slash0")],
    ]
    d.table(
        [26, 220, 120, d.W - 366],
        rows[: rng.randint(3, 4)],
        header=["No", "Data/Dokumen", "Bentuk", "Batas Waktu"],
    )
    ket = make_person(rng, degree_p=0.8)
    d.para(
        f"Data dan dokumen disampaikan kepada Ketua Tim Pemeriksa, {ket['name']}, nomor telepon {ket['phone']}. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.",
        justify=True,
    )
    sign_block(
        d,
        ["a.n. Kepala Perwakilan", "Kepala Subauditorat Sumatera Selatan I,"],
        make_person(rng, degree_p=1.0)["name"],
        sub=f"NIP {nip(rng)}",
    )
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN",
    )
    return Letter("surat_masuk", "M03_bpk_permintaan_dokumen", d.pages, fields)


def m04_kode_etik(ctx: Ctx) -> Letter:
    """A citizen's report of an alleged code-of-ethics violation by a PPK member, set out as a
    self-made form (A. Pelapor ... E. Saksi); typed or filled in by hand.  A complaint, not an
    information request: only the letter's date and Perihal are truth."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=60)
    p = make_person(rng)
    kec, kab = rng.choice(
        (
            ("Sukarami", "Kota Palembang"),
            ("Indralaya", "Kabupaten Ogan Ilir"),
            ("Kayuagung", "Kabupaten Ogan Komering Ilir"),
            ("Lahat", "Kabupaten Lahat"),
        )
    )
    if hand:
        ds = fmt_date(ctx.date, rng.choice(("slash", "dash")))
        xd = d.R - tw(ds, "hand", 12)
        d.pg.t(xd - 4, d.y, p["city"] + ",", ctx.r, ctx.size, align="r")
        d.pg.t(xd, d.y, ds, "hand", 12, ctx.ink)
        d.y += ctx.size * 1.4
    else:
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = f"Laporan Dugaan Pelanggaran Kode Etik Anggota PPK Kecamatan {kec}"
    d.kv("Perihal", subj, 52)
    d.gap(4)
    yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.line_text(
        "LAPORAN DUGAAN PELANGGARAN KODE ETIK PENYELENGGARA PEMILU", ctx.b, ctx.size, align="c"
    )
    d.gap(4)
    vf = "hand" if hand else None
    d.line_text("A. IDENTITAS PELAPOR", ctx.b)
    for k, v in (
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Pekerjaan", p["job"]),
        ("Alamat", fmt_address(p, rng)),
        ("No. HP", p["phone"]),
    ):
        d.kv(k, v, 90, x=d.L + 15, vfont=vf)
    t = make_person(rng, degree_p=0.3)
    d.line_text("B. IDENTITAS TERLAPOR", ctx.b)
    for k, v in (("Nama", t["name"]), ("Jabatan", f"Anggota PPK Kecamatan {kec}, {kab}")):
        d.kv(k, v, 90, x=d.L + 15, vfont=vf)
    d.line_text("C. URAIAN KEJADIAN", ctx.b)
    kd = ctx.date - timedelta(days=rng.randint(3, 20))
    d.kv("Waktu", fmt_date(kd, "day"), 90, x=d.L + 15, vfont=vf)
    d.kv("Tempat", f"Sekretariat PPK Kecamatan {kec}", 90, x=d.L + 15, vfont=vf)
    story = rng.choice(
        (
            "Terlapor diduga meminta sejumlah uang kepada calon anggota PPS sebagai syarat kelulusan seleksi.",
            "Terlapor mengunggah dukungan kepada salah satu pasangan calon di media sosial pribadinya.",
            "Terlapor tidak hadir dalam rapat pleno rekapitulasi tanpa keterangan dan menandatangani berita acara di luar rapat.",
        )
    )
    d.para(story, vf or ctx.r, (ctx.size + 1) if hand else None, x=d.L + 15)
    d.line_text("D. BUKTI", ctx.b)
    d.table(
        [26, 170, d.W - 211],
        [
            ["1", "Tangkapan layar percakapan", "Dicetak, 2 lembar"],
            ["2", "Rekaman video", "Dalam flashdisk"],
            ["3", "Keterangan saksi", "Terlampir"],
        ][: rng.randint(2, 3)],
        header=["No", "Jenis Bukti", "Keterangan"],
        x=d.L + 15,
        hand_cols=(2,) if hand else (),
    )
    d.line_text("E. SAKSI", ctx.b)
    for i in range(rng.randint(1, 2)):
        s = make_person(rng, degree_p=0)
        d.kv(f"{i + 1}. Nama", s["core"], 90, x=d.L + 15, vfont=vf)
    d.para(
        "Demikian laporan ini saya buat dengan sebenarnya untuk ditindaklanjuti sesuai ketentuan. Saya bersedia memberikan keterangan lebih lanjut apabila diperlukan."
    )
    sign_block(d, ["Pelapor,"], p["name"], font="hand" if hand else None)
    fields = F(letter_date=ctx.date.isoformat(), subject=subj)
    return Letter("surat_masuk", "M04_laporan_kode_etik_form", d.pages, fields, handwritten=hand)


def m05_bpjs(ctx: Ctx) -> Letter:
    """BPJS Ketenagakerjaan offers social-security cover for ad hoc election workers: green
    letterhead, table of programmes and contributions, OJK footer."""
    rng = ctx.rng
    d = Doc(ctx)
    green = (0, 118, 72)
    pg = d.pg
    pg.t(d.L, 62, "BPJS", "hb", 26, green)
    pg.t(d.L + tw("BPJS", "hb", 26) + 6, 62, "Ketenagakerjaan", "hr", 16, green)
    kc = rng.choice(("Palembang", "Palembang Sungai Batang", "Palembang Kenten", "Baturaja"))
    pg.t(d.L, 78, f"Kantor Cabang {kc}", "hb", 10)
    pg.t(
        d.R,
        40,
        f"Jl. {rng.choice(('Angkatan 45', 'Kapten A. Rivai', 'R. Sukamto'))} No. {rng.randint(5, 99)}",
        "hr",
        8,
        align="r",
    )
    pg.t(
        d.R,
        50,
        "Telp. (0711) 3xx xxxx  |  Layanan Masyarakat 175".replace(
            "3xx xxxx", f"{rng.randint(310, 380)} {rng.randint(1000, 9999)}"
        ),
        "hr",
        8,
        align="r",
    )
    pg.rect(d.L, 86, d.W, 3, 0, None, green)
    d.y = 110
    num = f"B/{rng.randint(100, 9999)}/{ctx.date.month:02d}{ctx.date.year}"
    subj = rng.choice(
        (
            "Perlindungan Jaminan Sosial Ketenagakerjaan bagi Badan Ad Hoc",
            "Penawaran Kepesertaan BPJS Ketenagakerjaan bagi Petugas Pemilihan",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Tempat"])
    d.gap(6)
    d.para(
        "Dalam rangka memberikan perlindungan bagi seluruh pekerja, termasuk pekerja bukan penerima upah dan petugas badan ad hoc penyelenggara pemilihan (PPK, PPS dan KPPS), bersama ini kami sampaikan program perlindungan sebagai berikut:",
        justify=True,
    )
    d.table(
        [170, 110, d.W - 280],
        [
            [
                "Jaminan Kecelakaan Kerja (JKK)",
                "Rp10.800",
                "Perawatan tanpa batas biaya sesuai kebutuhan medis",
            ],
            ["Jaminan Kematian (JKM)", "Rp6.800", "Santunan Rp42.000.000 kepada ahli waris"],
            ["Total iuran per orang per bulan", "Rp17.600", "-"],
        ],
        header=["Program", "Iuran", "Manfaat"],
    )
    d.para(
        "Kami siap melakukan sosialisasi dan pendaftaran secara kolektif. Untuk koordinasi lebih lanjut dapat menghubungi petugas kami.",
        justify=True,
    )
    sign_block(d, ["Kepala Kantor Cabang,"], make_person(rng, degree_p=0.7)["name"])
    d.pg.t(
        PW / 2,
        PH - 28,
        "BPJS Ketenagakerjaan terdaftar dan diawasi oleh Otoritas Jasa Keuangan",
        "hi",
        7,
        green,
        "c",
    )
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"BPJS Ketenagakerjaan Kantor Cabang {kc}",
    )
    return Letter("surat_masuk", "M05_bpjs_ketenagakerjaan", d.pages, fields)


def m06_lapas_wbp(ctx: Ctx) -> Letter:
    """A prison sends the list of inmates with voting rights (names, NIKs) for voter registration;
    the people in the table are not applicants."""
    rng = ctx.rng
    d = Doc(ctx)
    unit = rng.choice(
        (
            "LEMBAGA PEMASYARAKATAN KELAS I PALEMBANG",
            "LEMBAGA PEMASYARAKATAN PEREMPUAN KELAS IIA PALEMBANG",
            "RUMAH TAHANAN NEGARA KELAS I PALEMBANG",
        )
    )
    kop(
        d,
        [
            ("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", ctx.r, 9),
            ("KANTOR WILAYAH DITJEN PEMASYARAKATAN SUMATERA SELATAN", ctx.r, 9.5),
            (unit, ctx.b, 12.5),
        ],
        [
            f"Jl. {rng.choice(('Merdeka', 'Pangeran Ratu', 'Inspektur Marzuki'))} No. {rng.randint(1, 99)} Palembang  Telp. (0711) {rng.randint(31, 45)}{rng.randint(1000, 9999)}"
        ],
        "garuda",
    )
    num = f"W6.PAS.{rng.randint(1, 12)}-UM.01.01-{rng.randint(100, 2999)}"
    subj = rng.choice(
        (
            "Penyampaian Data Warga Binaan Pemasyarakatan yang Memiliki Hak Pilih",
            "Permohonan Pendataan Pemilih Warga Binaan Pemasyarakatan",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.para(
        "Dalam rangka pemutakhiran data pemilih berkelanjutan dan untuk menjamin terpenuhinya hak pilih Warga Binaan Pemasyarakatan (WBP), bersama ini kami sampaikan data WBP yang telah berusia 17 tahun atau lebih dan memiliki KTP-el sebagai berikut:",
        justify=True,
    )
    female = "PEREMPUAN" in unit
    rows = []
    for i in range(rng.randint(6, 14)):
        w = make_person(rng, male=not female, degree_p=0, prefix_p=0)
        rows.append(
            [
                str(i + 1),
                w["core"],
                w["nik"],
                f"{w['birthplace']}, {w['birth'].strftime('%d-%m-%Y')}",
                w["kab_ktp"].title(),
            ]
        )
    d.table(
        [24, 135, 112, 120, d.W - 391],
        rows,
        header=["No", "Nama", "NIK", "Tempat/Tgl Lahir", "Domisili"],
        size=8.5,
    )
    d.para(
        "Kami mohon fasilitasi pendataan dan penyediaan TPS khusus di lingkungan kami. Atas perhatian dan kerja samanya kami ucapkan terima kasih."
    )
    sign_block(d, ["Kepala,"], make_person(rng, degree_p=0.8)["name"], sub=f"NIP {nip(rng)}")
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=unit)
    return Letter("surat_masuk", "M06_lapas_data_wbp", d.pages, fields)


def m07_narasumber_sidebar(ctx: Ctx) -> Letter:
    """A university centre asks for a speaker: the body in a narrowed column and a shaded event
    sidebar (Hari/Tanggal, Waktu, Tempat, Tema, Narahubung) at the right."""
    rng = ctx.rng
    d = Doc(ctx)
    uni, fak, centre, code = rng.choice(
        (
            (
                "UNIVERSITAS SRIWIJAYA",
                "FAKULTAS HUKUM",
                "PUSAT KAJIAN KONSTITUSI DAN PEMILU",
                "UN9.FH",
            ),
            (
                "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
                "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
                "LABORATORIUM ILMU POLITIK",
                "Un.09/FISIP",
            ),
            (
                "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
                "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
                "PUSAT STUDI DEMOKRASI LOKAL",
                "UMP.FISIP",
            ),
        )
    )
    umb = (
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"
        if "SRIWIJAYA" in uni
        else ("KEMENTERIAN AGAMA REPUBLIK INDONESIA" if "NEGERI" in uni else None)
    )
    lines = ([(umb, ctx.r, 9.5)] if umb else []) + [
        (uni, ctx.b, 13),
        (fak, ctx.b, 11.5),
        (centre, ctx.b, 11),
    ]
    kop(
        d,
        lines,
        [
            f"Kampus {rng.choice(('Bukit Besar', 'Indralaya', 'Jakabaring'))} Palembang  Laman: {rng.choice(('fh', 'fisip'))}.kampus.ac.id"
        ],
        "garuda",
    )
    num = f"{rng.randint(10, 1999)}/{code}/TU.00.08/{ctx.date.year}"
    subj = rng.choice(
        ("Permohonan Narasumber", "Permohonan Kesediaan sebagai Narasumber Seminar Nasional")
    )
    nomor_block(
        d,
        [("Nomor", num), ("Lampiran", "1 (satu) lembar"), ("Hal", subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(8)
    sx = d.R - 168
    top = d.y - 12
    saveR = d.R
    pg0 = d.pg
    d.R = sx - 14
    d.line_text("Dengan hormat,")
    tema = rng.choice(
        (
            "Keterbukaan Informasi Publik dalam Penyelenggaraan Pemilu",
            "Evaluasi Pemilihan Serentak 2024 di Sumatera Selatan",
            "Perlindungan Data Pribadi Pemilih",
        )
    )
    d.para(
        f'Dalam rangka Dies Natalis dan kegiatan akademik {centre.title()}, kami akan menyelenggarakan Seminar Nasional dengan tema "{tema}". Sehubungan dengan itu, kami mohon kesediaan Bapak/Ibu atau pejabat yang ditunjuk untuk menjadi narasumber dengan materi mengenai pelayanan informasi dan data pemilu.',
        justify=True,
    )
    d.para(
        "Kerangka acuan kegiatan dan daftar pertanyaan pemandu kami sampaikan bersama surat ini. Konfirmasi kesediaan mohon disampaikan kepada narahubung kami.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_K), justify=True)
    ev = ctx.date + timedelta(days=rng.randint(10, 25))
    cp = make_person(rng, degree_p=0)
    side = [
        ("INFORMASI KEGIATAN", None),
        ("Hari/Tanggal", fmt_date(ev, "day")),
        ("Waktu", f"{rng.choice(('08.30', '09.00', '13.00'))} WIB - selesai"),
        (
            "Tempat",
            rng.choice(("Aula Fakultas", "Ruang Seminar Pascasarjana", "Auditorium Kampus")),
        ),
        ("Narahubung", f"{cp['core']} ({cp['phone']})"),
    ]
    yy = top + 16
    for lab, val in side:
        if val is None:
            pg0.t(sx + 8, yy, lab, ctx.b, 8.5)
            yy += 14
            continue
        pg0.t(sx + 8, yy, lab, ctx.b, 8)
        yy += 10.5
        for ln in wrap(val, ctx.r, 8.5, 150):
            pg0.t(sx + 8, yy, ln, ctx.r, 8.5)
            yy += 10.5
        yy += 4
    # the shaded box lies under its text: put it at the front of the page's ops
    pg0.ops.insert(0, ("r", sx, top, 168, yy - top, 0.5, GREY, (236, 240, 246)))
    if d.pg is pg0:
        d.y = max(d.y, yy + 14)
    d.R = saveR
    sign_block(d, ["Ketua Pelaksana,"], make_person(rng, degree_p=1.0)["name"])
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"{uni} {fak} {centre}",
    )
    return Letter("surat_masuk", "M07_narasumber_event_sidebar", d.pages, fields)


def m08_dkpp(ctx: Ctx) -> Letter:
    """DKPP summons the provincial KPU as a related party to an ethics hearing: case number,
    Pengadu / Teradu, schedule; words like sidang, perkara and pengadu, but no KI register."""
    rng = ctx.rng
    d = Doc(ctx)
    kop(
        d,
        [
            ("DEWAN KEHORMATAN PENYELENGGARA PEMILIHAN UMUM", ctx.b, 13),
            ("REPUBLIK INDONESIA", ctx.b, 12),
        ],
        [
            f"Jl. Abdul Muis No. 2 Jakarta Pusat 10160  Telp. (021) 3522 {rng.randint(100, 999)}  Laman: dkpp.go.id"
        ],
        "garuda",
    )
    num = f"{rng.randint(100, 2999)}/PS.DKPP/SET-04/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Panggilan Sidang Pemeriksaan",
            "Panggilan Sidang Pemeriksaan Dugaan Pelanggaran Kode Etik",
        )
    )
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"), ("Hal", subj)],
        place_date(rng, "Jakarta", ctx.date, "long"),
    )
    yth_block(
        d,
        [
            "Yth. Ketua dan Anggota KPU Provinsi Sumatera Selatan",
            "selaku Pihak Terkait",
            "di Palembang",
        ],
    )
    d.gap(6)
    perk = f"{rng.randint(1, 299)}-PKE-DKPP/{roman(ctx.date.month)}/{ctx.date.year}"
    kab = rng.choice(KABS)
    d.para(
        f"Berdasarkan Peraturan DKPP Nomor 3 Tahun 2017 tentang Pedoman Beracara Kode Etik Penyelenggara Pemilihan Umum sebagaimana telah diubah terakhir dengan Peraturan DKPP Nomor 1 Tahun 2022, DKPP akan memeriksa Perkara Nomor {perk} dengan rincian:",
        justify=True,
    )
    sd = ctx.date + timedelta(days=rng.randint(5, 14))
    while sd.weekday() > 4:
        sd += timedelta(days=1)
    for k, v in (
        ("Pengadu", make_person(rng)["name"]),
        ("Teradu", f"Ketua dan Anggota KPU {kab}"),
        ("Hari/Tanggal", fmt_date(sd, "day")),
        ("Pukul", f"{rng.choice(('09.00', '13.00'))} WIB"),
        (
            "Tempat",
            rng.choice(
                (
                    "Kantor Bawaslu Provinsi Sumatera Selatan, Palembang",
                    "Ruang Sidang DKPP, Jakarta (daring melalui video conference)",
                )
            ),
        ),
    ):
        d.kv(k, v, 90, x=d.L + 20)
    d.para(
        "Saudara diminta hadir sebagai Pihak Terkait untuk memberikan keterangan dan membawa dokumen yang berkaitan dengan pokok aduan. Ketidakhadiran tidak menghalangi DKPP untuk memutus perkara.",
        justify=True,
    )
    sign_block(d, ["Sekretaris DKPP,"], make_person(rng, degree_p=1.0)["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Ketua KPU Republik Indonesia;", size=ctx.size - 1)
    d.line_text("2. Ketua Bawaslu Provinsi Sumatera Selatan.", size=ctx.size - 1)
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="DEWAN KEHORMATAN PENYELENGGARA PEMILIHAN UMUM REPUBLIK INDONESIA",
    )
    return Letter("surat_masuk", "M08_dkpp_panggilan_etik", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# plan, checks, build
# ---------------------------------------------------------------------------------------------
# (builder, share of hand-filled copies, share of born-digital PDFs among the typed ones)
LAYOUTS = {
    "permohonan_informasi": [
        (p01_kuasa_numbered, 0.0, 0.42),
        (p02_webform_ticket, 0.0, 0.7),
        (p03_prose_semicolons, 0.0, 0.42),
        (p04_media_boxed_perihal, 0.0, 0.5),
        (p05_school_project, 0.0, 0.42),
        (p06_fax_cover, 0.3, 0.1),
        (p07_braille_transcript, 0.0, 0.35),
        (p08_landscape_matrix, 0.0, 0.5),
        (p09_hand_notepad, 1.0, 0.0),
    ],
    "keberatan": [
        (k01_webmail_gt_quote, 0.0, 0.5),
        (k02_second_person_ordinals, 0.0, 0.42),
        (k03_ncr_slip, 0.6, 0.0),
        (k04_memori_cover, 0.0, 0.45),
        (k05_side_headings, 0.0, 0.42),
    ],
    "sengketa": [
        (s01_putusan_sela, 0.0, 0.45),
        (s02_pemeriksaan_tertutup, 0.0, 0.42),
        (s03_teguran_putusan, 0.0, 0.42),
    ],
    "surat_masuk": [
        (m01_kejaksaan, 0.0, 0.3),
        (m02_rekomendasi, 0.0, 0.35),
        (m03_bpk, 0.0, 0.42),
        (m04_kode_etik, 0.35, 0.3),
        (m05_bpjs, 0.0, 0.5),
        (m06_lapas_wbp, 0.0, 0.35),
        (m07_narasumber_sidebar, 0.0, 0.45),
        (m08_dkpp, 0.0, 0.5),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 11)
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
                assert norm(part) in txt, (lid, k, part)
        else:
            assert v == re.sub(r"\s+", " ", v).strip(), (lid, k, v)
            assert norm(v) in txt, (lid, k, v)


def build(task) -> str:
    k, seed, out, cls, li = task
    register_fonts()
    rng = random.Random(f"eleventh-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s11_{k:04d}"
    hand = letter.handwritten
    if hand:
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
        print("usage: make_eleventh_corpus.py OUT_DIR N SEED")
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

# ruff: noqa: E501
"""Fourteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_fourteenth_corpus.py OUT_DIR N SEED

writes N letters (s14_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s14_0001_p1.jpg, s14_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the thirteenth generator (and ../shared/sample/truth.jsonl): id, files,
class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields
(all 17 keys, null where the letter does not state them), page_text (the text printed on each
page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: the KTP photocopy,
M05's tear sheet) and, for scans, scan (format, mode, dpi and per page skew_deg, blur_px,
noise_sigma, faded, rotation, jpeg_quality, stamps; a received stamp's box_px is in the page
image before skew and rotation).  The same SEED gives the same corpus, byte for byte; letters are
built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
thirteenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces);
the rest are scans drawn with Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2
degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned
90/180 degrees, a "DITERIMA" received stamp, organisation stamps, signatures, meterai) saved as
PNG, JPEG, multi-page TIFF or image-only PDF.  P01 (phone screenshots), P09 and K05 are always
scans.  Hand-filled / hand-written letters (fifthhorseman dkg hand) are always scans, about 10 %
of all letters.  P02 sometimes carries a KTP photocopy page, P04 the KTP on the letter's own
page; P01, K01, M04, M05 and M06 have two pages, S01 mostly, P02, P06, S03 and M07 sometimes.

Layouts (code, class: one line each)
  P01_eppid_app_layar          permohonan  screenshots of the office's e-PPID phone app ("Detail
                                           Permohonan") printed one screen per A4 page: bezel or bare
                                           screen, status bar, app bar, status chip, grey labels above
                                           the values, bottom navigation; registration number only
                                           once verified, submission time "7 Des 2026, 10.14 WIB"
  P02_ybt_baris_tanpa_label    permohonan  "Yang bertanda tangan di bawah ini" followed by free lines
                                           without labels or colons (name in bold, "NIK ...", address,
                                           "bekerja sebagai ...", number, e-mail); dash / bullet items;
                                           dates like "Desember 7, 2026"; KTP page sometimes
  P03_pojok_data_katalog       permohonan  the office's "Pojok Data" slip: identity on dotted lines, a
                                           printed catalogue No | Kode | Jenis Data | Pilih with the
                                           wanted data sets ticked, form and collection tick boxes,
                                           purpose, clerk's number; by hand or typed at the counter
  P04_ktp_satu_halaman         permohonan  short request in the upper half, the photocopied KTP on the
                                           same sheet below ("identitas sebagaimana fotokopi KTP di
                                           bawah ini"): the NIK only on the card
  P05_pemantau_kop_samping     permohonan  accredited election-monitoring body on paper whose letterhead
                                           is a band down the left edge (name lines, emblem, secretariat,
                                           accreditation number); the letter in the right-hand column
  P06_permohonan_lanjutan_riwayat permohonan follow-up request: a table of the writer's earlier
                                           requests (Nomor Pendaftaran | Tanggal | Informasi | Status),
                                           then the new items; a request, not an objection
  P07_lembaga_survei_ref       permohonan  survey company in business style: two-column letterhead with a
                                           trade line, Ref. / Tanggal (dd/mm/yyyy) / Lampiran / Perihal
                                           block, "Up." line, person in charge with office address and
                                           corporate e-mail, bullets, company stamp
  P08_dasar_dikeluarkan_di     permohonan  a citizen imitating a decree: centred title, "Dasar :" with
                                           numbered statutes, identity rows, "M E M O H O N :", lettered
                                           items, rows for purpose and choices, "Dikeluarkan di / Pada
                                           tanggal" above the signature
  P09_hand_buku_tulis          permohonan  hand-written on an exercise-book page: printed brand and
                                           "No. / Date" fields (the date only in the Date field), blue
                                           rules, red margin, perforation; always a scan
  P10_mahasiswa_kop_dua_kolom  permohonan  student's own request on the faculty's two-column letterhead
                                           (names left, contacts right of a rule), faculty number, the
                                           identity (programme, NIM, NIK, address, phone) in one sentence,
                                           thesis title in the purpose, vice-dean countersigns
  K01_formulir_kurung_v        keberatan   the office's two-page objection form filled in on a computer:
                                           typed values in another face, the seven grounds on page 2 with
                                           typed brackets "[ v ]" / "[   ]" ([X], [V], [√]), typed case
  K02_tanya_jawab              keberatan   objection under question headings ("1. Apa yang saya minta?"
                                           ... "4. Apa yang saya harapkan?"), identity in a light box, the
                                           ground only in words (huruf sometimes)
  K03_tabel_perbandingan       keberatan   objection with a comparison table: Yang Saya Minta | Yang
                                           Diberikan PPID (ground d) or the charged fee items with volume,
                                           rate and total (ground f)
  K04_ringkasan_satu_baris     keberatan   one-row summary table under the salutation: Nomor Pendaftaran |
                                           Tgl. Permohonan | Tgl. Tanggapan PPID | Alasan ("Pasal 35 ayat
                                           (1) huruf x"), identity in one sentence
  K05_kartu_kotak_saran        keberatan   the desk's "Kartu Saran, Pengaduan dan Keberatan", both sides
                                           copied on one sheet, Keberatan ticked, the objection written on
                                           the ruled lines and continued on the back; always hand-written
  S01_ba_sidang_dialog         sengketa    KI "BERITA ACARA SIDANG": register number under the title, "Pada
                                           hari ini ...", case rows, the hearing as speaker-labelled turns
                                           (Ketua Majelis : ..., Pemohon : ..., Termohon : ...), footer
  S02_undangan_kalender_surel  sengketa    calendar invitation e-mailed by the KI registry, printed from
                                           webmail: "Undangan: Sidang ... @ Sen 14 Des 2026 ..." subject,
                                           event card (Kapan, Lokasi, Tamu, RSVP buttons), description
  S03_kelengkapan_berkas       sengketa    KI registry asks the applicant (copy to the PPID) to complete the
                                           file of a registered dispute: addressee with the applicant's
                                           address, checklist table Ada | Tidak Ada with drawn ticks
  M01_radiogram_polda          surat_masuk police SURAT TELEGRAM / RADIOGRAM with the KPU in its Tembusan:
                                           DARI / KEPADA / TEMBUSAN / NOMOR / TGL grid, capital telegram
                                           text (TTK, KMA), "A.N. KAPOLDA" signature with rank and NRP
  M02_nota_verbal_kedutaan     surat_masuk an embassy's note verbale in English (third-person formula,
                                           delegation table, closing formula, seal and initials)
  M03_proposal_sumbangan       surat_masuk neighbourhood committee asks for a donation: committee
                                           letterhead, "Permohonan ..." Perihal, cost table, terbilang,
                                           bank account, chair and secretary, lurah "Mengetahui"
  M04_bawaslu_rekomendasi_kajian surat_masuk Bawaslu REKOMENDASI with lettered recommendations + page 2
                                           "HASIL KAJIAN" table (Peristiwa, Fakta, Analisis, ...)
  M05_tagihan_iklan_bukti_tayang surat_masuk newspaper's invoice for the KPU's announcement ad (insertion
                                           table, PPN, total, terbilang) + page 2 the "BUKTI TAYANG" tear
                                           sheet (a picture page in the born-digital version)
  M06_dpr_kunker_reses         surat_masuk DPR secretariat announces a Komisi II working visit, the topics to
                                           prepare (information services among them) + page 2 delegation
                                           and programme tables
  M07_bank_kupon_minat         surat_masuk bank's loan / payroll offer to the staff: band letterhead, rate
                                           table, bullets, dashed cut line with scissors and a reply coupon

Truth conventions (as the thirteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, without
    "dan" and without final punctuation.  phone E.164 (+62...; a landline "(0711) 35xxxx" ->
    +6271135xxxx; "(WA)" dropped), email lower-case even when printed with a capital, letter_date
    ISO.  Names keep prefixes and degrees, never Bapak/Ibu/Sdr.  NIK: 16 digits (printed with spaces
    sometimes, truth the digits), mostly a Sumsel kab/kota code, sometimes another province's, DDMMYY
    with day + 40 for women; a KTP copy supplies the NIK when the letter lacks it (P02, and P04,
    whose NIK is only on the card: its text is page text although in the born-digital version the
    card is a picture inside a text page).
  * The applicant is the natural person who asks or objects: P05 the coordinator in the identity
    rows; P07 the person in charge (address the "Alamat Kantor", phone the number in his rows,
    landline or mobile, e-mail the corporate one); P10 the student, not the vice-dean.  occupation
    only from a Pekerjaan label or "bekerja sebagai ..." / "pekerjaan ..." wording (P03, P01's
    "Pekerjaan" entry); a Jabatan (P05 "Koordinator Presidium", P07's post), a NIM or "mahasiswa
    Program Studi ..." is never one.
  * sender_org: the letterhead's name lines joined by a space: P05 the band's name lines; P07 the
    company line (its trade line left out); P10 university + faculty; S01 / S03 the KI as printed
    (title case when printed so); M01 "KEPOLISIAN DAERAH SUMATERA SELATAN"; M02 the embassy line;
    M03 the committee line; M04 "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"; M05 the
    masthead (publisher line left out); M06 "SEKRETARIAT JENDERAL DEWAN PERWAKILAN RAKYAT REPUBLIK
    INDONESIA"; M07 the bank's name as printed (the branch line left out).  null for individuals,
    the office's own forms and cards (P03, K01, K05), the app screens (P01) and the e-mail (S02).
  * letter_number: the letter's own Nomor / Ref.; P01 the Nomor Pendaftaran shown once verified
    ("Belum diterbitkan" gives none); P03 / K01 the clerk's number when written in (the form codes
    "Form. PD-01" / "Model PPID-F" are not); P10 the faculty's number when printed; S01 the berita
    acara's Nomor when printed (the register number is not); M01 the telegram's NOMOR; M02 the
    note's number without its "No." / "Note No." label; M05 the invoice number.  Never a cited number: P06's earlier Nomor Pendaftaran are history, not this
    letter's number nor a reference; the KPU's own announcement number on M05's tear sheet, the
    Surat Kuasa in S01, the surat in M01's RUJUKAN are not.  subject: a Hal / Perihal line, S02's
    e-mail subject as printed; null for P01, P03, P08 (a title is not a Hal), P09, K01, K05, S01,
    M01 and M02 (no Hal).
  * letter_date: the writer's date: P01 the submission time (not the status-bar clock), P08 "Pada
    tanggal", P09 the date written in the notebook's Date field, K05 the card's Tanggal row, S01 the
    hearing day ("Pada hari ini ..."), S02 the e-mail's sent date (not the event day or the browser's
    print date), M01 the TGL row, M02 the date above the seal.
  * obtain_method / delivery_method from ticks, app entries, rows or words: P01 "Mendapatkan salinan
    (softcopy)" -> salinan_softcopy, "(hardcopy)" -> salinan_hardcopy, "Mendapatkan salinan
    informasi" -> salinan, "Melihat / membaca ..." -> melihat; P03 "Softcopy (file Excel/PDF)" ->
    salinan_softcopy, "Hardcopy (cetak)" -> salinan_hardcopy, "Diambil langsung" ->
    mengambil_langsung, "Dikirim ke e-mail" -> email, null when nothing is ticked; P07 "softcopy ke
    surel" -> salinan_softcopy + email, "salinan cetak (hardcopy) ... kurir" -> salinan_hardcopy +
    kurir, "Salinan data akan diambil langsung" -> salinan + mengambil_langsung; P09 "softcopy ...
    lewat e-mail" -> salinan_softcopy + email, "fotokopinya (hardcopy)" -> salinan_hardcopy; P08's
    rows carry the form's wording ("mendapatkan salinan dalam bentuk cetak (hardcopy)", "dikirim
    melalui pos"); running prose as the thirteenth generator words it.
    objection_reason_code from the bracket mark (K01), the cited huruf (K04, sometimes K02 / K03)
    or the ground in words (K02, K03: d for "not what was asked", f for the fee table; K05).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran only, null when not
    printed.  sengketa letters carry the applicant's name (address when printed: S03's addressee
    block), the disputed information when printed ("Objek Sengketa" / "Objek sengketa", S03's
    "mengenai ..."), the cited request number when printed (S03 inside the checklist), the KI
    register number and the letter's own number, date, subject and sender.  surat_masuk carries
    only letter_number, letter_date, subject and sender_org, however much it speaks of "informasi
    publik", "permohonan" or data (M03's "Permohonan Bantuan Dana", M04's findings on information
    and personal data, M06's topic on information services).
  * Stamps, signatures, logos, the phone bezel and icons, ticks, the scissors' cut line and the
    notebook's rules are pictures; printed words are page text (the notebook's "No." / "Date", the
    app's navigation labels, the card's field labels, the bracket marks "[ v ]").  handwritten is
    true when field values are hand-written (P03 hand variant, P09, K05).
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
    done = set()
    for path, name in FONTS.values():
        if path.endswith(".ttf") and name not in done:
            pdfmetrics.registerFont(TTFont(name, path))
            done.add(name)
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
# ---------------------------------------------------------------------------------------------
APP_STATUS = ("Menunggu Verifikasi", "Terverifikasi", "Diproses", "Diteruskan ke PPID Pelaksana")
APP_OB = {
    "melihat": "Melihat / membaca / mendengarkan / mencatat",
    "salinan": "Mendapatkan salinan informasi",
    "salinan_hardcopy": "Mendapatkan salinan (hardcopy)",
    "salinan_softcopy": "Mendapatkan salinan (softcopy)",
}
APP_DL = {
    "mengambil_langsung": "Mengambil langsung",
    "kurir": "Dikirim melalui kurir",
    "pos": "Dikirim melalui pos",
    "faksimili": "Faksimili",
    "email": "Email",
}


def p01_eppid_app_layar(ctx: Ctx) -> Letter:
    """Screenshots of the office's e-PPID phone app ("Detail Permohonan" page) printed on A4, one
    screen per page: phone bezel or a bare screen, status bar, coloured app bar, status chip,
    small grey labels above the values, a bottom navigation bar; the second screen is the page
    scrolled on.  The registration number only once the desk has verified the request."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    p = make_person(rng, degree_p=0.2)
    theme = rng.choice(((178, 34, 34), (150, 20, 30), (20, 90, 160), (200, 70, 30)))
    FW = rng.uniform(285, 315)
    FH = min(FW * 2.1, 660.0)
    X = (PW - FW) / 2 + rng.uniform(-20, 20)
    Y = (PH - FH) / 2 - rng.uniform(0, 30)
    bezel = rng.random() < 0.6
    bz = 10.0 if bezel else 0.0
    sx0, sy0, sx1, sy1 = X + bz, Y + bz + (8 if bezel else 0), X + FW - bz, Y + FH - bz
    clock = hhmm(rng, rng.choice((".", ":")))
    batt = rng.randint(18, 96)
    bottom = sy1 - 46
    ix = sx0 + 14
    iw = sx1 - sx0 - 28
    pages: list[Page] = []
    st = {"pg": None, "y": 0.0}

    def screen() -> None:
        pg = Page()
        if bezel:
            pg.rect(X, Y, FW, FH, 1.0, (40, 40, 40), (28, 28, 30))
            pg.rect(sx0, sy0, sx1 - sx0, sy1 - sy0, 0, None, WHITE)
            pg.circle(X + FW / 2, Y + 9, 2.6, 0.5, (70, 70, 70), (70, 70, 70))
        else:
            pg.rect(sx0, sy0, sx1 - sx0, sy1 - sy0, 0.6, (150, 150, 150), WHITE)
        pg.t(sx0 + 12, sy0 + 13, clock, fb, 8)
        pg.t(sx1 - 12, sy0 + 13, f"{batt}%", fr, 7.5, align="r")
        pg.rect(sx1 - 52, sy0 + 6, 13, 7, 0.6, INK)
        for k in range(4):
            pg.rect(sx1 - 72 + k * 3.2, sy0 + 13 - 2 - k * 1.6, 2.2, 2 + k * 1.6, 0, None, INK)
        pg.rect(sx0, sy0 + 19, sx1 - sx0, 32, 0, None, theme)
        pg.line(sx0 + 13, sy0 + 35, sx0 + 20, sy0 + 29, 1.4, WHITE)
        pg.line(sx0 + 13, sy0 + 35, sx0 + 20, sy0 + 41, 1.4, WHITE)
        pg.t(sx0 + 30, sy0 + 39, "Detail Permohonan", fb, 11, WHITE)
        # bottom navigation
        pg.line(sx0, bottom + 6, sx1, bottom + 6, 0.5, LIGHT)
        tabs = ("Beranda", "Permohonan", "Keberatan", "Akun")
        for k, tab in enumerate(tabs):
            cx = sx0 + (sx1 - sx0) * (k + 0.5) / len(tabs)
            col = theme if tab == "Permohonan" else GREY
            pg.rect(cx - 6, bottom + 13, 12, 10, 0.8, col)
            pg.t(cx, bottom + 33, tab, fr, 6.5, col, "c")
        st["pg"] = pg
        st["y"] = sy0 + 19 + 32 + 18
        pages.append(pg)

    def ensure(h: float) -> Page:
        if st["y"] + h > bottom:
            screen()
        return st["pg"]

    def section(title: str) -> None:
        pg = ensure(40)
        pg.rect(sx0, st["y"] - 11, sx1 - sx0, 17, 0, None, (242, 242, 244))
        pg.t(ix, st["y"], title, fb, 9, theme)
        st["y"] += 17

    def entry(label: str, values: list[str], bold=False) -> None:
        lines = []
        for v in values:
            lines += wrap(v, fb if bold else fr, 9, iw)
        pg = ensure(12 + 11.6 * len(lines) + 8)
        pg.t(ix, st["y"], label, fr, 7.2, GREY)
        st["y"] += 12
        for ln in lines:
            pg.t(ix, st["y"], ln, fb if bold else fr, 9)
            st["y"] += 11.6
        pg.line(ix, st["y"] - 4, ix + iw, st["y"] - 4, 0.4, LIGHT)
        st["y"] += 7

    screen()
    status = rng.choice(APP_STATUS)
    pg = st["pg"]
    cw = tw(status, fb, 7.5) + 14
    pg.rect(ix, st["y"] - 9, cw, 13, 0, None, tuple(int(255 - (255 - v) * 0.18) for v in theme))
    pg.t(ix + 7, st["y"], status, fb, 7.5, theme)
    st["y"] += 20
    show_num = status != "Menunggu Verifikasi" and rng.random() < 0.75
    num = f"{rng.randint(1, 240):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    entry("Nomor Pendaftaran", [num if show_num else "Belum diterbitkan"], bold=show_num)
    stamp_s = rng.choice(
        (
            f"{fmt_date(ctx.date, 'short1')}, {hhmm(rng)} WIB",
            f"{ctx.date.strftime('%d/%m/%Y')} {hhmm(rng, ':')}",
            f"{fmt_date(ctx.date, 'day')} pukul {hhmm(rng)}",
        )
    )
    entry("Tanggal Pengajuan", [stamp_s])
    section("Data Pemohon")
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 5, 7)))
    show_job = rng.random() < 0.8
    entry("Nama Lengkap", [p["name"]])
    entry("NIK", [p["nik"]])
    if show_job:
        entry("Pekerjaan", [p["job"]])
    entry("Alamat", [addr])
    entry("Nomor Handphone", [p["phone"]])
    entry("Email", [p["email"]])
    section("Rincian Permohonan")
    entry(
        "Kategori Informasi",
        [rng.choice(("Informasi KPU sebagai Badan Publik", "Informasi Tahapan Pemilu/Pemilihan"))],
    )
    items = info_items(rng, 1, 3)
    entry(
        "Rincian Informasi yang Dibutuhkan",
        [f"{i}. {it}" for i, it in enumerate(items, 1)] if len(items) > 1 else items,
    )
    purpose = rng.choice(PURPOSES)
    entry("Tujuan Penggunaan Informasi", [purpose])
    ob = rng.choice(tuple(APP_OB))
    dl = fit_delivery(rng, ob, rng.choice(tuple(APP_DL)))
    if ob == "melihat":
        dl = "mengambil_langsung"
    entry("Cara Memperoleh Informasi", [APP_OB[ob]])
    entry("Cara Mendapatkan Salinan", [APP_DL[dl]])
    section("Lampiran")
    entry("Identitas", [f"KTP_{p['core'].split()[0]}.jpg"])
    pg = ensure(34)
    pg.rect(ix, st["y"] - 4, iw, 24, 0.8, theme)
    pg.t(
        ix + iw / 2,
        st["y"] + 12,
        rng.choice(("Lihat Riwayat Status", "Unduh Bukti Permohonan")),
        fb,
        9,
        theme,
        "c",
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
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P01_eppid_app_layar",
        pages,
        fields,
        scan_hint={"scan_only": True},
    )


def p02_ybt_baris_tanpa_label(ctx: Ctx) -> Letter:
    """Citizen letter whose identity follows "Yang bertanda tangan di bawah ini" as free lines
    without labels or colons: the name in bold, "NIK ..." inline, the address, "bekerja sebagai
    ...", the number and the e-mail each on a line of its own; items as a dash or bullet list;
    dates in several forms ("Desember 7, 2026", "7 Des 2026", "07/12/2026"); KTP page sometimes."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35, prefix_p=0.15)
    style = rng.choice(("long", "mdy", "short1", "slash0", "long0", "day", "mdy"))
    d.line_text(place_date(rng, p["city"], ctx.date, style), align="r")
    d.gap(4)
    show_subj = rng.random() < 0.6
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Salinan Dokumen",
            "Permintaan Data dan Informasi",
        )
    )
    if show_subj:
        d.kv(rng.choice(("Hal", "Perihal")), subj, 50)
        d.gap(4)
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para(
        rng.choice(
            ("Yang bertanda tangan di bawah ini,", "Saya yang bertanda tangan di bawah ini:")
        )
    )
    x = d.L + rng.choice((24.0, 36.0, 48.0))
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.8
    show_job = rng.random() < 0.55
    show_mail = rng.random() < 0.5
    d.line_text(p["name"], font=ctx.b, x=x)
    if show_nik:
        d.line_text(
            rng.choice(("NIK ", "NIK. ", "No. KTP ", "NIK: ")) + spaced_nik(p["nik"], rng), x=x
        )
    d.para(addr, x=x)
    if show_job:
        d.line_text(
            rng.choice(("bekerja sebagai ", "sehari-hari bekerja sebagai ")) + p["job"], x=x
        )
    ph = rng.choice(
        (p["phone"], f"{p['phone']} (WA)", f"Telp./WA {p['phone']}", f"HP {p['phone']}")
    )
    d.line_text(ph, x=x)
    if show_mail:
        d.line_text(p["email_printed"], x=x)
    d.gap(4)
    d.para(
        rng.choice(
            (
                "dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan, yaitu:",
                "bermaksud memperoleh informasi publik sebagai berikut:",
                "mengajukan permintaan informasi berupa:",
            )
        )
    )
    items = info_items(rng, 1, 3)
    mark = rng.choice(("-", "•", "–", "lettered"))
    for i, it in enumerate(items):
        d.need(16)
        d.pg.t(d.L + 16, d.y, f"{'abc'[i]}." if mark == "lettered" else mark, ctx.r, ctx.size)
        d.para(it, x=d.L + 32)
    purpose = rng.choice(PURPOSES)
    d.para(
        rng.choice(
            (
                f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.",
                f"Adapun informasi itu saya perlukan sebagai {lc1(purpose)}.",
            )
        ),
        justify=True,
    )
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE))
    sign_block(d, [rng.choice(("Hormat saya,", "Pemohon,", "Salam saya,"))], p["name"])
    ktp = rng.random() < (0.3 if show_nik else 0.7)
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj if show_subj else None,
    )
    return Letter("permohonan_informasi", "P02_ybt_baris_tanpa_label", d.pages, fields)


PD_CATALOG = (
    "Daftar Pemilih Tetap (DPT) Pemilu 2024 per kecamatan",
    "Rekapitulasi DPT Pemilihan 2024 per kabupaten/kota",
    "Jumlah dan lokasi TPS Pemilu 2024 per desa/kelurahan",
    "Hasil rekapitulasi suara Pemilihan Gubernur Sumsel 2024",
    "Hasil rekapitulasi suara DPRD Provinsi 2024 per dapil",
    "Tingkat partisipasi pemilih Pemilihan 2024",
    "Data pemilih penyandang disabilitas Pemilu 2024",
    "Daftar anggota PPK dan PPS Pemilihan 2024",
    "Hasil pemutakhiran data pemilih berkelanjutan 2025",
    "Peta daerah pemilihan DPRD Provinsi Sumatera Selatan",
    "Daftar calon terpilih anggota DPRD Provinsi 2024",
    "Laporan dana kampanye pasangan calon Gubernur 2024",
)
PD_PURPOSES = (
    "Bahan tugas akhir mata kuliah Sistem Pemilu",
    "Bahan pemberitaan dan infografis pemilu",
    "Bahan pemetaan wilayah program pendidikan pemilih",
    "Perbandingan data partisipasi antardaerah untuk penelitian",
    "Bahan rapat evaluasi organisasi",
)


def p03_pojok_data_katalog(ctx: Ctx) -> Letter:
    """The office's "Pojok Data dan Informasi Pemilu" request slip: KPU letterhead, identity on
    dotted lines, a printed catalogue table No | Kode | Jenis Data | Pilih in which the visitor
    ticks the data sets wanted, tick boxes for the form (softcopy / hardcopy) and the way of
    collecting, the purpose, two signatures; filled in by hand or typed at the counter."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=50, left=60, right=PW - 58)
    kop_kpu(d, rng)
    d.y -= 8
    pg = d.pg
    pg.t(d.R, d.y, rng.choice(("Form. PD-01", "Model PD-1", "F-PDIP/01")), "hr", 7.5, GREY, "r")
    d.line_text("FORMULIR PERMINTAAN DATA", ctx.b, ctx.size + 1.5, align="c")
    d.line_text("POJOK DATA DAN INFORMASI PEMILU", ctx.b, ctx.size, align="c")
    d.gap(4)
    show_num = rng.random() < 0.55
    num = f"{rng.randint(1, 160):03d}/PD/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    bx = d.R - 200
    pg.rect(bx, d.y - 11, 200, 18, 0.7)
    pg.t(bx + 5, d.y + 1, "No. Pendaftaran:", "hr", 8)
    if show_num:
        if hand:
            pg.t(bx + 78, d.y + 1, num, "hand", 10, (170, 30, 30))
        else:
            pg.t(bx + 78, d.y + 1, num, "cr", 8.5)
    d.gap(22)
    p = make_person(rng, degree_p=0.15)
    addr = fmt_address(p, rng, rng.choice((2, 3, 4, 6)))
    show_mail = rng.random() < 0.6
    size = ctx.size - 0.5
    section_bar(d, "A. DATA PEMOHON", size=size)
    d.gap(14)
    lw = 84.0
    rows = [
        ("Nama", p["name"]),
        ("NIK", p["nik"]),
        ("Pekerjaan", p["job"]),
        ("Alamat", addr),
        ("No. HP/WA", p["phone"]),
        ("E-mail", p["email_printed"] if show_mail else None),
    ]
    for k, v in rows:
        form_row(d, k, v, lw, hand, size=size)
    d.gap(2)
    section_bar(d, "B. DATA YANG DIMINTA (beri tanda pada kolom Pilih)", size=size)
    d.gap(6)
    cat = [x for x in PD_CATALOG if rng.random() < 0.85]
    chosen = set(rng.sample(range(len(cat)), rng.randint(1, min(4, len(cat)))))
    widths = (26.0, 50.0, d.W - 26 - 50 - 42, 42.0)
    hdr = ("No", "Kode", "Jenis Data / Informasi", "Pilih")
    rh = 15.0
    x = d.L
    d.pg.rect(x, d.y, sum(widths), rh, 0, None, LIGHT)
    xx = x
    for w, h in zip(widths, hdr, strict=True):
        d.pg.rect(xx, d.y, w, rh, 0.6)
        d.pg.t(xx + 4, d.y + 10.5, h, ctx.b if ctx.b != "hand" else "hb", size - 1)
        xx += w
    d.y += rh
    fz = min(size - 1, (widths[2] - 8) / max(tw(s, "hr", 1) for s in cat))
    d.need(rh * (len(cat) + 1))
    for i, name in enumerate(cat):
        xx = x
        for w in widths:
            d.pg.rect(xx, d.y, w, rh, 0.6)
            xx += w
        d.pg.t(x + 4, d.y + 10.5, str(i + 1), "hr", fz)
        d.pg.t(x + widths[0] + 4, d.y + 10.5, f"DS-{i + 1:02d}", "hr", fz)
        d.pg.t(x + widths[0] + widths[1] + 4, d.y + 10.5, name, "hr", fz)
        bx = x + sum(widths[:3]) + 15
        d.pg.rect(bx, d.y + 3.5, 9, 9, 0.6)
        if i in chosen:
            if hand:
                vtick(d.pg, bx + 1, d.y + 11, 9, ctx.ink)
            else:
                checkbox(d.pg, bx, d.y + 12.5, 9, True, INK, False)
        d.y += rh
    d.gap(12)
    items = [name for i, name in enumerate(cat) if i in chosen]
    ob = rng.choice(("salinan_softcopy", "salinan_hardcopy", "salinan_softcopy", None))
    dl = rng.choice(("mengambil_langsung", "email", None))
    if ob == "salinan_hardcopy" and dl == "email":
        dl = "mengambil_langsung"

    def opts(title, labels, pick):
        d.need(20)
        d.pg.t(d.L, d.y, title, "hb" if hand else ctx.b, size)
        xx = d.L + 150
        for lab, code in labels:
            checkbox(d.pg, xx, d.y + 1, 9, False, INK, False)
            if code == pick and code is not None:
                if hand:
                    vtick(d.pg, xx + 1, d.y, 9, ctx.ink)
                else:
                    checkbox(d.pg, xx, d.y + 1, 9, True, INK, False)
            d.pg.t(xx + 14, d.y, lab, "hr" if hand else ctx.r, size - 0.5)
            xx += tw(lab, "hr", size - 0.5) + 34
        d.y += 19

    opts(
        "C. Bentuk data",
        [
            ("Softcopy (file Excel/PDF)", "salinan_softcopy"),
            ("Hardcopy (cetak)", "salinan_hardcopy"),
        ],
        ob,
    )
    opts(
        "D. Cara pengambilan",
        [("Diambil langsung", "mengambil_langsung"), ("Dikirim ke e-mail", "email")],
        dl,
    )
    purpose = rng.choice(PD_PURPOSES + PURPOSES[:4])
    form_row(d, "E. Keperluan", purpose, 84.0, hand, size=size)
    d.gap(8)
    d.need(110)
    pgx = d.pg
    y0 = d.y
    pdate = fmt_date(ctx.date, rng.choice(("long", "dash", "slash0", "short1")))
    pgx.t(d.R - 180, y0, "Palembang,", "hr" if hand else ctx.r, size)
    if hand:
        d._hand(d.R - 180 + tw("Palembang, ", "hr", size), y0 - 1, pdate, size + 1.5, ctx.ink)
    else:
        pgx.t(d.R - 180 + tw("Palembang, ", ctx.r, size), y0, pdate, ctx.r, size)
    y0 += 16
    pgx.t(d.L + 10, y0, "Petugas Pojok Data,", "hr" if hand else ctx.r, size)
    pgx.t(d.R - 180, y0, "Pemohon,", "hr" if hand else ctx.r, size)
    ctx.sig(pgx, d.L + 14, y0 + 2, 80)
    ctx.sig(pgx, d.R - 176, y0 + 2, 80)
    clerk = make_person(rng, degree_p=0.4)["name"]
    pgx.t(d.L + 10, y0 + 54, f"( {clerk} )", "hr", size - 0.5)
    if hand:
        d._hand(d.R - 180, y0 + 54, p["name"], size + 1.5, ctx.ink)
    else:
        pgx.t(d.R - 180, y0 + 54, f"( {p['name']} )", ctx.r, size - 0.5)
    d.y = y0 + 70
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
        "permohonan_informasi", "P03_pojok_data_katalog", d.pages, fields, handwritten=hand
    )


def p04_ktp_satu_halaman(ctx: Ctx) -> Letter:
    """A short request in the upper part of the sheet and the photocopied KTP on the same sheet
    below it (people copy the card onto the letter): the writer refers to "identitas sebagaimana
    fotokopi KTP di bawah ini", so the NIK is printed only on the card.  In the born-digital
    version the card is a picture inside the text page."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 10.5)
    d = Doc(ctx, top=52)
    p = make_person(rng, degree_p=0.3)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    show_subj = rng.random() < 0.7
    subj = rng.choice(
        ("Permohonan Informasi", "Permohonan Informasi Publik", "Permintaan Salinan Data")
    )
    if show_subj:
        d.kv(rng.choice(("Hal", "Perihal")), subj, 46)
    d.gap(2)
    yth_block(d, kpu_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    addr = fmt_address(p, rng)
    show_addr = rng.random() < 0.7
    show_job = rng.random() < 0.45
    show_mail = rng.random() < 0.4
    items = short_items(rng, 1, 3)
    s = f"Saya, {p['name']}, yang identitasnya sebagaimana fotokopi KTP di bawah ini"
    if show_addr:
        s += f", saat ini beralamat di {addr}"
    if show_job:
        s += f", pekerjaan {lc1(p['job'])}"
    s += f", nomor HP {p['phone']}"
    if show_mail:
        s += f", surel {p['email_printed']}"
    s += f", dengan ini mengajukan permohonan informasi publik berupa {join_items_prose(items, rng.random() < 0.3)}."
    d.para(s, justify=True)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    s2 = ob_dl_words(rng, ob, dl)
    if s2:
        d.para(s2, justify=True)
    d.para(rng.choice(("Atas perhatiannya saya ucapkan terima kasih.", "Terima kasih.")))
    sign_block(d, ["Hormat saya,"], p["name"])
    im, recs, w, h = ktp_card_picture(ctx, p, rng.uniform(0.9, 0.98))
    cy = d.y + 10
    if cy + h + 24 > PH - 24:
        d.newpage()
        cy = d.top
    pg = d.pg
    pg.line(d.L, cy - 2, d.R, cy - 2, 0.5, GREY, (3, 3))
    pg.t(
        d.L,
        cy + 12,
        rng.choice(("Fotokopi KTP:", "Lampiran: fotokopi KTP-el", "KTP Pemohon")),
        ctx.r,
        9,
    )
    place_picture_text(pg, (PW - w) / 2 + rng.uniform(-25, 25), cy + 20, im, recs, w, h)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr if show_addr else None,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj if show_subj else None,
    )
    return Letter("permohonan_informasi", "P04_ktp_satu_halaman", d.pages, fields)


PEMANTAU = [
    (["JARINGAN", "PEMANTAU PEMILU", "INDEPENDEN", "SUMATERA SELATAN"], "JAMPI SUMSEL", "JAMPI"),
    (["KOMITE", "PEMANTAU", "DEMOKRASI", "SRIWIJAYA"], "KPDS", "KPDS"),
    (["LEMBAGA", "PEMANTAU PEMILU", "RAKYAT MUSI"], "LPPRM", "LPPRM"),
    (["PERKUMPULAN", "PEMILIH CERDAS", "SUMATERA SELATAN"], "PPC SUMSEL", "PPC"),
]
PEMANTAU_PURPOSES = (
    "Bahan pemantauan kualitas daftar pemilih oleh pemantau terakreditasi",
    "Penyusunan laporan hasil pemantauan Pemilihan Tahun 2024 kepada Bawaslu",
    "Bahan analisis pemantauan pemutakhiran data pemilih berkelanjutan",
    "Verifikasi temuan lapangan tim pemantau di kabupaten/kota",
)


def p05_pemantau_kop_samping(ctx: Ctx) -> Letter:
    """An accredited election-monitoring organisation writes on paper whose letterhead is a band
    down the left edge (name lines, emblem, secretariat, phone, e-mail, accreditation number);
    the letter runs in the column to the right: Nomor with a Roman month, the coordinator's
    identity rows, numbered items, purpose, delivery, the coordinator signs under the acronym."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 10.5)
    name_lines, acr, code = rng.choice(PEMANTAU)
    dark = rng.random() < 0.5
    col = rng.choice((NAVY, GREEN, MAROON, (30, 70, 90)))
    band = col if dark else tuple(int(255 - (255 - v) * 0.14) for v in col)
    tcol = WHITE if dark else col
    BW = 150.0
    d = Doc(ctx, top=100, left=BW + 24, right=PW - 46)
    pg = d.pg
    pg.rect(0, 0, BW, PH, 0, None, band)
    yy = 44.0
    for s in name_lines:
        sz = min(12.5, (BW - 26) / tw(s, "hb", 1))
        pg.t(14, yy, s, "hb", sz, tcol)
        yy += 14.5
    logo(pg, 14, yy + 4, 44, rng.choice(("garuda", "shield")))
    yy += 66
    sec = office_address(rng)
    lp, _ = landline(rng, "0711")
    web = acr.split()[0].lower()
    info = ["Sekretariat:", *wrap(sec, "hr", 7, BW - 26), f"Telp. {lp}", f"Surel: {web}@gmail.com"]
    info += [
        "Terakreditasi Bawaslu RI",
        f"No. {rng.randint(10, 99)}/HK.01.01/K1/{rng.randint(2023, 2025)}",
    ]
    for s in info:
        pg.t(14, yy, s, "hr", 7, tcol)
        yy += 9.5
    band_end = yy
    pg.t(14, PH - 30, f"www.{web}.or.id", "hr", 7, tcol)
    d.line_text(
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "short1", "long0"))), align="r"
    )
    d.gap(4)
    num = f"{rng.randint(3, 180):03d}/{code}/{rng.choice(('SEK', 'PRES', 'EKS'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        ("Permohonan Data Pemilih", "Permohonan Informasi Publik", "Permintaan Data Pemantauan")
    )
    nl, ll, hl = labels(rng)
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.y = max(d.y + 6, band_end + 10)
    d.line_text("Dengan hormat,")
    d.para(
        f"Kami dari {' '.join(name_lines).title()} ({acr}), lembaga pemantau pemilu yang terakreditasi, dengan ini mengajukan permohonan informasi publik. Adapun identitas penanggung jawab permohonan adalah sebagai berikut:",
        justify=True,
    )
    p = make_person(
        rng,
        degree_p=0.6,
        job=rng.choice(("Wiraswasta", "Dosen", "Advokat", "Aktivis LSM", "Pegawai Swasta")),
    )
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.6
    rows = [("Nama", p["name"]), ("NIK", p["nik"]), ("Jabatan", "Koordinator Presidium")]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", p["phone"])]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 12)
    d.gap(2)
    d.para("Informasi yang kami mohon adalah:")
    items = info_items(rng, 1, 3)
    d.numbered(items, x=d.L + 8)
    purpose = rng.choice(PEMANTAU_PURPOSES)
    d.para(f"Informasi tersebut akan digunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.8)
    if ob or dl:
        parts = [f"Kami berharap dapat {OB_KAMI[ob]}."] if ob else []
        if dl:
            parts.append(f"Informasi tersebut {DL_KAMI[dl]}.")
        d.para(" ".join(parts), justify=True)
    d.para(rng.choice(CLOSE_K))
    sign_block(
        d,
        [f"{acr},", "Koordinator Presidium,"],
        p["name"],
        stamp=(" ".join(name_lines), acr.split()[0]),
    )
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
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=" ".join(name_lines),
    )
    return Letter("permohonan_informasi", "P05_pemantau_kop_samping", d.pages, fields)


HIST_STATUS = ("Telah diberikan", "Diberikan sebagian", "Sudah diterima", "Selesai")


def p06_permohonan_lanjutan_riwayat(ctx: Ctx) -> Letter:
    """A follow-up request: the citizen first lists the earlier requests in a table No | Nomor
    Pendaftaran | Tanggal | Informasi | Status (their numbers are history, not this letter's),
    thanks the desk, then asks for further items.  A request, not an objection."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(
        (
            "Permohonan Informasi Lanjutan",
            "Permohonan Informasi (Lanjutan)",
            "Permohonan Lanjutan Informasi Publik",
        )
    )
    _nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(ll, rng.choice(("-", "1 (satu) lembar")), lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.5
    show_job = rng.random() < 0.7
    rows = [("Nama", p["name"]), ("NIK", p["nik"])]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("Telepon", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para(
        "Sebelumnya saya telah mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan sebagai berikut:",
        justify=True,
    )
    hist = []
    t = ctx.date - timedelta(days=rng.randint(150, 300))
    old_items = short_items(rng, 1, 3)
    for it in old_items:
        t = t + timedelta(days=rng.randint(10, 60))
        t = prev_wd(t)
        hist.append((f"{rng.randint(1, 200):03d}/PPID/KPU-SS/{roman(t.month)}/{t.year}", t, it))
    size = min(ctx.size - 1.5, 9.5)
    w0, w2, w4 = 22.0, 66.0, 74.0
    w1 = max(tw(n, ctx.r, size) for n, _, _ in hist) + 16
    table2(
        d,
        [w0, w1, w2, d.W - w0 - w1 - w2 - w4, w4],
        [
            [str(i), n, fmt_date(t, "dash"), it, rng.choice(HIST_STATUS)]
            for i, (n, t, it) in enumerate(hist, 1)
        ],
        ["No", "Nomor Pendaftaran", "Tanggal", "Informasi", "Status"],
        size=size,
    )
    d.para(
        rng.choice(
            (
                "Terima kasih atas informasi yang telah diberikan. Untuk melengkapi data yang saya perlukan, bersama ini saya mengajukan permohonan lanjutan berupa:",
                "Informasi tersebut telah saya terima dengan baik. Selanjutnya saya kembali memohon informasi publik sebagai berikut:",
            )
        ),
        justify=True,
    )
    olds = {" ".join(x.split()[:3]).lower() for x in old_items}
    items = [it for it in info_items(rng, 1, 3) if " ".join(it.split()[:3]).lower() not in olds]
    while not items:
        it = info_item(rng)
        if " ".join(it.split()[:3]).lower() not in olds:
            items = [it]
    d.numbered(items, x=d.L + 8)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut saya gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"])
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
    return Letter("permohonan_informasi", "P06_permohonan_lanjutan_riwayat", d.pages, fields)


SURVEY_FIRMS = [
    (
        "PT SRIWIJAYA RISET INDONESIA",
        "Survey · Research · Consulting",
        "SRI",
        "sriwijayariset.co.id",
    ),
    ("PT CITRA DATA NUSANTARA", "Lembaga Survei dan Konsultan Politik", "CDN", "citradata.id"),
    ("PT MUSI INSIGHT STRATEGIC", "Public Opinion Research", "MIS", "musiinsight.com"),
    ("CV PELITA SURVEI MANDIRI", "Riset Sosial dan Survei Opini Publik", "PSM", "pelitasurvei.id"),
]
SURVEY_PURPOSES = (
    "Kerangka sampel survei persepsi publik terhadap penyelenggaraan Pemilihan Tahun 2024",
    "Penyusunan kerangka sampel survei perilaku pemilih tingkat provinsi",
    "Bahan kajian tingkat partisipasi pemilih untuk laporan riset tahunan perusahaan",
    "Penentuan titik sampel (primary sampling unit) survei opini publik",
)
SURVEY_ROLES = ("Direktur Riset", "Manajer Proyek", "Direktur Eksekutif", "Kepala Divisi Survei")


def p07_lembaga_survei_ref(ctx: Ctx) -> Letter:
    """A survey / research company writes in business style: two-column letterhead (name and trade
    line at the left, address and contacts in a right column behind a rule), a Ref. / Tanggal /
    Lampiran / Perihal block with the date as dd/mm/yyyy or "7 Des 2026", an "Up." line in the
    address, the person in charge in an identity block (office address, landline or mobile,
    corporate e-mail), items as bullets, a company stamp."""
    rng = ctx.rng
    firm, tag, code, dom = rng.choice(SURVEY_FIRMS)
    d = Doc(ctx, top=60)
    color = rng.choice((NAVY, (0, 90, 120), MAROON, INK))
    oaddr = office_address(rng)
    lp, le = landline(rng, "0711")
    org = kop_split(
        d,
        [(firm, ctx.b, 15)],
        [*wrap(oaddr, ctx.r, 7.3, d.W * 0.4 - 12), f"T. {lp}", f"E. info@{dom}", f"www.{dom}"],
        tag=tag,
        color=color,
        logo_kind=rng.choice(("shield", "scale", "garuda")),
        frac=rng.uniform(0.55, 0.62),
    )
    num = f"{rng.randint(10, 420):03d}/{code}-{rng.choice(('DIR', 'RSC', 'ADM'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    dstr = fmt_date(ctx.date, rng.choice(("slash0", "short1", "long", "dot")))
    subj = rng.choice(
        (
            "Permohonan Data Pemilih dan TPS",
            "Permohonan Informasi Publik untuk Keperluan Riset",
            "Permintaan Data Hasil Pemilihan",
        )
    )
    rows = [
        (rng.choice(("Ref.", "Ref", "No. Ref.")), num),
        ("Tanggal", dstr),
        ("Lampiran", rng.choice(("-", "1 (satu) berkas"))),
        ("Perihal", subj),
    ]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 8
    for k, v in rows:
        d.kv(k, v, lw)
    d.gap(8)
    for s in (
        "Kepada Yth.",
        "Ketua KPU Provinsi Sumatera Selatan",
        rng.choice(
            (
                "Up. Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
                "Up. PPID KPU Provinsi Sumatera Selatan",
            )
        ),
        "di Palembang",
    ):
        d.line_text(s)
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para(
        f"{title_id(firm.replace('PT ', '').replace('CV ', ''))} adalah lembaga riset yang bergerak di bidang survei opini publik dan kajian kepemiluan. Sehubungan dengan rencana kegiatan riset kami, bersama ini kami mengajukan permohonan informasi publik dengan penanggung jawab sebagai berikut:",
        justify=True,
    )
    p = make_person(rng, degree_p=0.7)
    role = rng.choice(SURVEY_ROLES)
    show_nik = rng.random() < 0.7
    use_land = rng.random() < 0.4
    phone_p, phone_e = (lp, le) if use_land else (p["phone"], p["e164"])
    mail = f"{re.sub(r'[^a-z]', '', p['core'].split()[0].lower())}@{dom}"
    rows = [("Nama", p["name"]), ("Jabatan", role)]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [("Alamat Kantor", oaddr), ("Telepon", phone_p), ("Surel", mail)]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 14)
    d.gap(2)
    d.para("Adapun data dan informasi yang kami mohon adalah:")
    items = info_items(rng, 2, 3)
    for it in items:
        d.need(16)
        d.pg.t(d.L + 14, d.y, "•", "dr", ctx.size)
        d.para(it, x=d.L + 28)
    purpose = rng.choice(SURVEY_PURPOSES)
    d.para(f"Data tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl, s = rng.choice(
        (
            (
                "salinan_softcopy",
                "email",
                f"Kami mohon data dapat dikirim dalam bentuk softcopy ke surel {mail}.",
            ),
            (
                "salinan_hardcopy",
                "kurir",
                "Kami mohon salinan cetak (hardcopy) dikirimkan melalui kurir ke alamat kantor kami.",
            ),
            ("salinan", "mengambil_langsung", "Salinan data akan diambil langsung oleh staf kami."),
            (None, None, ""),
        )
    )
    if s:
        d.para(s, justify=True)
    d.para("Atas perhatian dan kerja sama Bapak/Ibu, kami sampaikan terima kasih.")
    sign_block(
        d,
        ["Hormat kami,", firm],
        p["name"],
        sub=role,
        stamp=(firm, code),
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=oaddr,
        phone=phone_e,
        email=mail,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P07_lembaga_survei_ref", d.pages, fields)


DASAR = (
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;",
    "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum.",
)


PENSIUN_PURPOSES = (
    "Dokumentasi pribadi dan pengetahuan umum",
    "Pengawasan partisipatif masyarakat terhadap penyelenggaraan pemilu",
    "Bahan diskusi publik dan laporan tahunan lembaga",
    "Bahan tulisan opini di media cetak tentang tata kelola pemilihan",
)


def p08_dasar_dikeluarkan_di(ctx: Ctx) -> Letter:
    """A citizen (often a retired civil servant) imitates an official decree: a centred title,
    "Dasar :" with numbered statutes, identity rows, a spaced "M E M O H O N" heading, lettered
    items, the purpose and the obtain / delivery choices as rows, and the date given as
    "Dikeluarkan di : ... / Pada tanggal : ..." above the signature; Tembusan sometimes."""
    rng = ctx.rng
    d = Doc(ctx, top=66)
    job = rng.choice(("Pensiunan PNS", "Pensiunan PNS", None))
    p = make_person(rng, degree_p=0.5, prefix_p=0.35, job=job)
    if job:
        set_birth(p, rng, 1952, 1966)
    d.line_text(
        rng.choice(("SURAT PERMOHONAN INFORMASI PUBLIK", "SURAT PERMOHONAN")),
        ctx.b,
        ctx.size + 2,
        align="c",
    )
    d.gap(10)
    d.need(16)
    d.pg.t(d.L, d.y, "Dasar", ctx.r, ctx.size)
    d.pg.t(d.L + 50, d.y, ":", ctx.r, ctx.size)
    dasar = [DASAR[0]] + [x for x in DASAR[1:] if rng.random() < 0.7]
    if not dasar[-1].endswith("."):
        dasar[-1] = dasar[-1][:-1] + "."
    d.numbered(dasar, x=d.L + 60, hang=16)
    d.gap(4)
    d.para(
        "Sehubungan dengan dasar tersebut di atas, saya yang bertanda tangan di bawah ini:",
        justify=True,
    )
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.4
    rows = [("Nama", p["name"]), ("NIK", p["nik"]), ("Pekerjaan", p["job"]), ("Alamat", addr)]
    rows.append(("Nomor Telepon/HP", p["phone"]))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.gap(4)
    d.line_text("M E M O H O N :", ctx.b, align="c")
    d.gap(2)
    lw2 = max(tw(x, ctx.r, ctx.size) for x in ("Kepada", "Untuk")) + 10
    d.kv(
        "Kepada",
        rng.choice(
            (
                "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                "PPID KPU Provinsi Sumatera Selatan di Palembang",
            )
        ),
        lw2,
    )
    d.kv("Untuk", "memberikan informasi publik berupa:", lw2)
    items = info_items(rng, 1, 3)
    x0 = d.L + lw2 + tw(": ", ctx.r, ctx.size)
    for i, it in enumerate(items):
        d.need(16)
        d.pg.t(x0, d.y, f"{'abc'[i]}.", ctx.r, ctx.size)
        d.para(it, x=x0 + 16)
    purpose = rng.choice(PENSIUN_PURPOSES if job else PURPOSES)
    ob, dl = obtain_deliver(rng, 0.9, 0.8)
    rows2 = [("Tujuan penggunaan", purpose)]
    if ob:
        rows2.append(("Cara memperoleh", OBTAIN[ob][0]))
    if dl:
        rows2.append(("Cara mendapatkan salinan", DELIVER[dl][0]))
    lw3 = max(tw(k, ctx.r, ctx.size) for k, _ in rows2) + 10
    d.gap(2)
    for k, v in rows2:
        d.kv(k, v, lw3)
    d.gap(4)
    d.para(
        "Demikian surat permohonan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
        justify=True,
    )
    d.gap(6)
    d.need(150)
    x = d.R - 210
    lw4 = tw("Pada tanggal", ctx.r, ctx.size) + 8
    d.kv("Dikeluarkan di", p["city"], lw4 + 14, x=x)
    d.kv("Pada tanggal", fmt_date(ctx.date, rng.choice(("long", "long0", "upper"))), lw4 + 14, x=x)
    d.pg.line(x, d.y - 8, d.R, d.y - 8, 0.6)
    d.gap(4)
    sign_block(d, ["Pemohon,"], p["name"], x=x)
    if rng.random() < 0.5:
        d.line_text("Tembusan:", size=ctx.size - 1)
        for s in ("1. Ketua Komisi Informasi Provinsi Sumatera Selatan;", "2. Arsip."):
            d.line_text(s, size=ctx.size - 1)
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
    )
    return Letter("permohonan_informasi", "P08_dasar_dikeluarkan_di", d.pages, fields)


NOTEBOOK_BRANDS = ("CEMERLANG", "BINTANG PELAJAR", "GARUDA PENA", "PELANGI")


def notebook_paper(pg: Page, brand: str, rng: random.Random) -> None:
    """A page torn from a school exercise book: blue rules every 20 pt, a double red margin, the
    brand and the "No. / Date" boxes printed at the top, perforation holes at the left."""
    blue = (150, 178, 215)
    for yy in range(126, int(pg.h) - 34, 20):
        pg.line(18, yy + 3, pg.w - 14, yy + 3, 0.5, blue)
    pg.line(70, 30, 70, pg.h - 20, 0.7, (225, 120, 120))
    pg.line(73, 30, 73, pg.h - 20, 0.5, (225, 120, 120))
    for yy in range(40, int(pg.h) - 20, 36):
        pg.circle(9, yy, 2.2, 0.4, (200, 200, 200), (236, 236, 236))
    pg.t(82, 62, brand, "hb", 9, blue)
    pg.t(pg.w - 232, 96, "No.", "hr", 8, blue)
    pg.line(pg.w - 216, 98, pg.w - 168, 98, 0.5, blue)
    pg.t(pg.w - 160, 96, "Date", "hr", 8, blue)
    pg.line(pg.w - 140, 98, pg.w - 30, 98, 0.5, blue)


def p09_hand_buku_tulis(ctx: Ctx) -> Letter:
    """A request written by hand on a page torn from a school exercise book: printed brand and
    "No. / Date" fields at the top (the date is written only in the Date field), blue rules, red
    margin, perforation; identity as "Nama :" rows, one or two short items, the purpose, how the
    answer should come.  Always a scan."""
    rng = ctx.rng
    ctx.r = ctx.b = ctx.i = "hand"
    ctx.size = 12.5
    brand = rng.choice(NOTEBOOK_BRANDS)
    d = Doc(ctx, top=126, left=82, right=PW - 38)
    lead = 20.0
    p = make_person(rng, degree_p=0.1, prefix_p=0.05)
    dstr = fmt_date(ctx.date, rng.choice(("dash", "slash0", "short1", "long", "dash1")))
    d.pg.t(PW - 136, 96 + rng.uniform(-0.8, 0.8), dstr, "hand", 12, ctx.ink)
    for s in rng.choice(
        (
            ["Kepada Yth.", "PPID KPU Provinsi Sumsel", "di Palembang"],
            ["Yth. Bapak/Ibu Petugas PPID", "KPU Provinsi Sumatera Selatan"],
        )
    ):
        d.line_text(s, lead=lead)
    d.y += lead
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini :", lead=lead)
    addr = fmt_address(p, rng, rng.choice((3, 4, 6)))
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.6
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows.append(("Alamat", addr))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("No. HP", p["phone"]))
    for k, v in rows:
        d.kv(k, v, 62, x=d.L + 10, lead=lead)
    d.line_text("Dengan ini mengajukan permohonan informasi berupa :", lead=lead)
    items = short_items(rng, 1, 2)
    if len(items) == 1:
        d.para(items[0], lead=lead, x=d.L + 10)
    else:
        for i, it in enumerate(items, 1):
            d.need(lead)
            d.pg.t(d.L + 10, d.y, f"{i}.", "hand", 12.5, ctx.ink)
            d.para(it, lead=lead, x=d.L + 28)
    purpose = rng.choice(PURPOSES[:6] + PD_PURPOSES[:3])
    d.para(f"Informasi ini saya perlukan untuk {lc1(purpose)}.", lead=lead)
    ob, dl, s = rng.choice(
        (
            ("salinan_softcopy", "email", "Mohon softcopy-nya dikirim lewat e-mail saya: {email}"),
            (None, "mengambil_langsung", "Nanti saya ambil langsung ke kantor KPU."),
            (
                "salinan_hardcopy",
                "mengambil_langsung",
                "Saya minta fotokopinya (hardcopy), saya ambil sendiri.",
            ),
            (None, None, ""),
        )
    )
    show_mail = "{email}" in s
    if s:
        d.para(s.format(email=p["email_printed"]), lead=lead)
    d.line_text("Terima kasih.", lead=lead)
    d.need(90)
    x = d.R - 170
    d.line_text("Hormat saya,", x=x, lead=lead)
    ctx.sig(d.pg, x, d.y - 12, 80)
    d.y += lead * 2
    d.line_text(p["name"] if rng.random() < 0.6 else p["core"], x=x, lead=lead)
    for pg in d.pages:
        paper = Page()
        notebook_paper(paper, brand, rng)
        pg.ops = paper.ops + pg.ops
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
        "P09_hand_buku_tulis",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


FACULTIES = [
    (
        "UNIVERSITAS SRIWIJAYA",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "Jl. Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662",
        "fisip.unsri.ac.id",
        "UN9.FISIP",
        ("Ilmu Politik", "Ilmu Komunikasi", "Administrasi Publik", "Sosiologi"),
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        "FAKULTAS SYARIAH DAN HUKUM",
        "Jl. Prof. K.H. Zainal Abidin Fikri Km. 3,5 Palembang 30126",
        "fsh.radenfatah.ac.id",
        "Un.09/FSH",
        ("Hukum Tata Negara", "Perbandingan Mazhab", "Hukum Ekonomi Syariah"),
    ),
    (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
        "FAKULTAS HUKUM",
        "Jl. Jenderal A. Yani 13 Ulu Palembang 30263",
        "fh.um-palembang.ac.id",
        "FH-UMP",
        ("Ilmu Hukum",),
    ),
    (
        "UNIVERSITAS TRIDINANTI",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "Jl. Kapten Marzuki No. 2446 Kamboja Palembang 30129",
        "fisip.univ-tridinanti.ac.id",
        "FISIP-UTP",
        ("Ilmu Pemerintahan", "Ilmu Administrasi Negara"),
    ),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        "FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN",
        "Jl. Jenderal A. Yani Lrg. Gotong Royong 9/10 Ulu Palembang 30251",
        "fkip.univpgri-palembang.ac.id",
        "FKIP-UPGRIP",
        ("Pendidikan Pancasila dan Kewarganegaraan", "Pendidikan Sejarah"),
    ),
]
THESIS = (
    "Partisipasi Pemilih Pemula pada Pemilihan Gubernur Sumatera Selatan Tahun 2024",
    "Akurasi Daftar Pemilih Tetap dan Pemutakhiran Data Pemilih Berkelanjutan",
    "Keterbukaan Informasi Publik pada Penyelenggara Pemilu di Daerah",
    "Pelaksanaan Pemungutan Suara bagi Pemilih Penyandang Disabilitas",
    "Peran Badan Ad Hoc dalam Penyelenggaraan Pemilihan Serentak 2024",
)


def p10_mahasiswa_kop_dua_kolom(ctx: Ctx) -> Letter:
    """A student's own request on the faculty's two-column letterhead (university and faculty at
    the left, address, phone, website and e-mail in a right column behind a rule) with a number
    from the faculty's letter service; the student's identity in one sentence (programme, NIM,
    NIK, address, phone), the thesis title in the purpose, numbered items; the student signs and
    the vice-dean countersigns "Mengetahui" with the faculty stamp."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 11.0)
    univ, fac, faddr, web, code, prodis = rng.choice(FACULTIES)
    d = Doc(ctx, top=60)
    lp, _ = landline(rng, "0711")
    org = kop_split(
        d,
        [(univ, ctx.b, 13), (fac, ctx.b, 11)],
        [
            *wrap(faddr, ctx.r, 7.3, d.W * 0.4 - 12),
            f"Telp. {lp}",
            f"Laman: {web}",
            f"Surel: {web.split('.')[0]}@{'.'.join(web.split('.')[1:])}",
        ],
        color=rng.choice((NAVY, INK, (0, 90, 60), MAROON)),
        logo_kind=rng.choice(("garuda", "shield")),
        frac=0.6,
    )
    show_num = rng.random() < 0.7
    num = f"{rng.randint(100, 2999)}/{code}/{rng.choice(('PP', 'AK', 'TU'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Data Penelitian",
            "Permohonan Informasi untuk Penelitian Skripsi",
            "Permohonan Data dan Informasi Publik",
        )
    )
    nl, ll, hl = labels(rng)
    rows = ([(nl, num)] if show_num else []) + [
        (ll, rng.choice(("-", "1 (satu) berkas"))),
        (hl, subj),
    ]
    nomor_block(
        d, rows, place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "short1")))
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    p = make_person(rng, degree_p=0.0, prefix_p=0.03, job="Mahasiswa")
    set_birth(p, rng, ctx.date.year - 25, ctx.date.year - 19)
    prodi = rng.choice(prodis)
    nim = f"{rng.choice(('0710', '0701', '1922', '2021', '2122'))}{rng.randint(1000000, 9999999)}"
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.5
    title = rng.choice(THESIS)
    purpose = f'Penyusunan skripsi dengan judul "{title}"'
    s = (
        f"Saya, {p['name']}, mahasiswa Program Studi {prodi} {title_id(fac)} {title_id(univ)} dengan NIM {nim}, "
        f"NIK {p['nik']}, beralamat di {addr}, nomor telepon {p['phone']}"
        + (f", surel {p['email_printed']}" if show_mail else "")
        + f", bermaksud mengajukan permohonan informasi publik untuk keperluan {lc1(purpose)}."
    )
    d.para(s, justify=True)
    d.para("Adapun informasi yang saya mohon adalah sebagai berikut:")
    items = info_items(rng, 1, 3)
    d.numbered(items, x=d.L + 8)
    ob, dl = obtain_deliver(rng, 0.85, 0.75)
    s2 = ob_dl_words(rng, ob, dl)
    if s2:
        d.para(s2, justify=True)
    d.para(rng.choice(CLOSE))
    d.need(130)
    pg = d.pg
    y0 = d.y + 4
    xl, xr = d.L, d.R - 180
    pg.t(xl, y0, "Mengetahui,", ctx.r, ctx.size)
    pg.t(xl, y0 + 14, "Wakil Dekan Bidang Akademik,", ctx.r, ctx.size)
    pg.t(xr, y0 + 14, "Pemohon,", ctx.r, ctx.size)
    ctx.sig(pg, xl + 10, y0 + 18, 85)
    ctx.stamp(pg, xl - 20, y0 + 6, univ, "FAK")
    ctx.sig(pg, xr + 6, y0 + 18, 85)
    wd = make_person(rng, degree_p=1.0, prefix_p=0.5)
    pg.t(xl, y0 + 68, wd["name"], ctx.b, ctx.size)
    pg.t(xr, y0 + 68, p["name"], ctx.b, ctx.size)
    pg.t(xl, y0 + 82, f"NIP {nip(rng)}", ctx.r, ctx.size - 1)
    pg.t(xr, y0 + 82, f"NIM {nim}", ctx.r, ctx.size - 1)
    d.y = y0 + 96
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P10_mahasiswa_kop_dua_kolom", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
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


def k01_formulir_kurung_v(ctx: Ctx) -> Letter:
    """The office's two-page objection form (Model PPID-F) downloaded as a document and filled in
    on a computer: values typed in another face, page 2 lists the seven grounds with typed
    brackets "[ v ]" / "[   ]" (or [X], [V], [√]) in front, the case typed under KASUS POSISI, the
    response date left to the clerk; the clerk's Nomor Registrasi sometimes typed in."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    kop_kpu(d, rng)
    d.y -= 6
    d.pg.t(d.R, d.y - 10, "Model PPID-F", "hr", 7.5, GREY, "r")
    d.line_text("FORMULIR PENGAJUAN KEBERATAN", ctx.b, ctx.size + 1.5, align="c")
    d.line_text("ATAS PERMOHONAN INFORMASI PUBLIK", ctx.b, ctx.size, align="c")
    d.gap(8)
    vf = rng.choice(("cr", "dr", "hr", "nr"))
    size = ctx.size - 0.5
    show_reg = rng.random() < 0.45
    regk = f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    lw = 170.0
    d.kv(
        "Nomor Registrasi Keberatan",
        regk if show_reg else "(diisi oleh petugas)",
        lw,
        size=size,
        vfont=vf if show_reg else ctx.i,
    )
    p = make_person(rng, degree_p=0.3)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.85
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    section_bar(d, "A. INFORMASI PENGAJU KEBERATAN", size=size)
    d.gap(14)
    d.kv("Nomor Pendaftaran Permohonan", ref if show_ref else "-", lw, size=size, vfont=vf)
    d.kv("Informasi yang Dimohon", "; ".join(items), lw, size=size, vfont=vf)
    d.kv("Tujuan Penggunaan Informasi", purpose, lw, size=size, vfont=vf)
    d.gap(4)
    d.line_text("Identitas Pemohon", ctx.b, size)
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [("Alamat", addr), ("Pekerjaan", p["job"]), ("Nomor Telepon", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    for k, v in rows:
        d.kv(k, v, lw - 16, size=size, vfont=vf, x=d.L + 16)
    d.gap(4)
    d.line_text("Identitas Kuasa Pemohon", ctx.b, size)
    for k in ("Nama", "Alamat", "Nomor Telepon"):
        d.kv(k, "-", lw - 16, size=size, vfont=vf, x=d.L + 16)
    d.newpage()
    section_bar(d, "B. ALASAN KEBERATAN", size=size)
    d.gap(14)
    d.line_text("(beri tanda pada alasan yang sesuai)", ctx.i, size - 1)
    code = rng.choice("aacdefg")
    mark = rng.choice(("v", "v", "V", "X", "x", "√"))
    mf = "mr" if mark == "√" else "cr"
    for k in "abcdefg":
        d.need(16)
        inside = mark if k == code else " "
        d.pg.t(d.L + 6, d.y, f"[ {inside} ]", mf, size)
        d.para(f"{k}. {REASONS[k][0]}", size=size, x=d.L + 12 + tw("[ v ]", mf, size) + 8)
    d.gap(6)
    section_bar(d, "C. KASUS POSISI", size=size)
    d.gap(14)
    kasus = (
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f". Saya mengajukan keberatan karena {ground(rng, code)}."
    )
    d.para(kasus, font=vf, size=size - 0.5, justify=True)
    d.gap(6)
    section_bar(d, "D. HARI/TANGGAL TANGGAPAN ATAS KEBERATAN YANG AKAN DIBERIKAN", size=size)
    d.gap(14)
    d.line_text(
        "......................................................  (diisi oleh petugas)", size=size
    )
    d.gap(10)
    d.line_text(
        place_date(rng, p["city"], ctx.date, rng.choice(("long", "slash0", "long0"))),
        align="r",
        size=size,
    )
    d.need(100)
    y0 = d.y + 4
    pg = d.pg
    pg.t(d.L, y0, "Petugas Penerima Keberatan,", ctx.r, size)
    pg.t(d.R - 170, y0, "Pengaju Keberatan,", ctx.r, size)
    ctx.sig(pg, d.R - 165, y0 + 4, 85)
    pg.t(d.L, y0 + 62, "(......................................)", ctx.r, size)
    pg.t(d.R - 170, y0 + 62, f"( {p['name']} )", ctx.r, size)
    d.y = y0 + 80
    page_footers(d.pages, "Formulir Keberatan (Model PPID-F)", "hr")
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        letter_number=regk if show_reg else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_formulir_kurung_v", d.pages, fields)


PPID_SAID = {
    "a": "PPID menjawab melalui surat tanggal {d} bahwa informasi tersebut termasuk informasi yang dikecualikan sehingga tidak dapat diberikan.",
    "b": "Petugas mengarahkan saya untuk melihat laman resmi, tetapi informasi berkala tersebut tidak pernah diumumkan di laman maupun papan pengumuman kantor.",
    "c": "Tidak ada tanggapan sama sekali. Sampai surat ini saya buat, saya belum menerima pemberitahuan tertulis apa pun dari PPID.",
    "d": "PPID memang mengirimkan jawaban pada {d}, tetapi yang dilampirkan adalah dokumen lain yang tidak saya minta.",
    "e": "PPID menyatakan bahwa permohonan saya tidak dapat dipenuhi, tanpa menyebutkan alasannya.",
    "f": "PPID meminta saya membayar biaya penggandaan sebesar {rp} untuk {n} lembar salinan sebelum informasi diberikan.",
    "g": "Informasi baru saya terima pada {d}, jauh setelah batas waktu sepuluh hari kerja berakhir.",
}


def k02_tanya_jawab(ctx: Ctx) -> Letter:
    """An objection set out under plain-language question headings ("1. Apa yang saya minta?",
    "2. Bagaimana tanggapan PPID?", "3. Mengapa saya keberatan?", "4. Apa yang saya harapkan?"),
    each answered in prose; the ground only in words, sometimes with the statute's huruf; the
    writer's identity in a light box under the salutation."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(
        ("Keberatan atas Jawaban PPID", "Pengajuan Keberatan", "Keberatan Informasi Publik")
    )
    _nl, _ll, hl = labels(rng)
    d.kv(hl, subj, max(tw(hl, ctx.r, ctx.size) + 8, 50))
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.6
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", p["phone"])]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    d.gap(4)
    top = d.y - ctx.size - 3
    page0 = d.pg
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 12)
    if d.pg is page0:
        last = d.y - ctx.size * 1.42
        page0.ops.insert(0, ("r", d.L, top, d.W, last + 6 - top, 0.5, GREY, (244, 244, 240)))
    d.gap(8)
    d.para("dengan ini mengajukan keberatan dengan uraian sebagai berikut.")
    code = rng.choice("abcdefg")
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.7
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    hb = ctx.b

    def head(s):
        d.gap(3)
        d.line_text(s, hb)

    head(rng.choice(("1. Apa yang saya minta?", "1. Informasi apa yang saya minta?")))
    d.para(
        f"Pada {fmt_date(rd, 'long')} saya mengajukan permohonan informasi"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f" berupa {join_items_prose(items, False)}. Informasi itu saya perlukan untuk {lc1(purpose)}.",
        justify=True,
    )
    head("2. Bagaimana tanggapan PPID?")
    n = rng.randint(40, 400)
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
    head("3. Mengapa saya keberatan?")
    g = ground(rng, code)
    cite = rng.random() < 0.4
    d.para(
        f"Saya keberatan karena {g}"
        + (f", sebagaimana dimaksud dalam {PASAL35.format(code)}" if cite else "")
        + ".",
        justify=True,
    )
    head("4. Apa yang saya harapkan?")
    d.para(
        rng.choice(
            (
                "Saya mohon Atasan PPID memerintahkan PPID untuk memberikan informasi yang saya minta sesuai ketentuan.",
                "Saya berharap Atasan PPID meninjau kembali tanggapan PPID dan memberikan informasi tersebut kepada saya.",
            )
        ),
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
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
    return Letter("keberatan", "K02_tanya_jawab", d.pages, fields)


GIVEN = (
    "Rekapitulasi tingkat provinsi, tanpa rincian per kecamatan",
    "Tautan ke laman sumsel.kpu.go.id yang tidak memuat data tersebut",
    "Salinan dokumen tahun 2019",
    "Ringkasan satu halaman tanpa lampiran",
    "Data kabupaten/kota lain",
    "Surat pengantar tanpa dokumen yang dimaksud",
)


def k03_tabel_perbandingan(ctx: Ctx) -> Letter:
    """An objection that sets the PPID's answer against the request in a table: for an answer
    that is not what was asked (d), Yang Saya Minta | Yang Diberikan PPID row by row; for an
    unreasonable fee (f), the charged items with volume, rate and amount and a total; the
    ground in words under the table, the huruf sometimes."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35)
    code = rng.choice("df")
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(("Keberatan atas Tanggapan PPID", "Pengajuan Keberatan Informasi Publik"))
    _nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    rows = [("Nama", p["name"]), ("NIK", p["nik"])]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("Telepon", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    ans = add_wd(rd, rng.randint(5, 10))
    purpose = rng.choice(PURPOSES)
    size = ctx.size - 1
    if code == "d":
        wa = (d.W - 24) * 0.58
        items: list[str] = []
        while not items:
            items = one_line_items(rng, ctx.r, size, wa - 11, 1, 3)
            if not items:
                size -= 0.5
        d.para(
            f"Saya telah mengajukan permohonan informasi pada {fmt_date(rd, 'long')}"
            + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
            + f" untuk keperluan {lc1(purpose)}. PPID menanggapinya pada {fmt_date(ans, 'long')}, namun tanggapan tersebut tidak sesuai dengan yang saya minta, sebagaimana tabel berikut:",
            justify=True,
        )
        table2(
            d,
            [24, wa, d.W - 24 - wa],
            [[str(i), it, rng.choice(GIVEN)] for i, it in enumerate(items, 1)],
            ["No", "Yang Saya Minta", "Yang Diberikan PPID"],
            size=size,
        )
    else:
        items = info_items(rng, 1, 2)
        d.para(
            f"Saya telah mengajukan permohonan informasi pada {fmt_date(rd, 'long')}"
            + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
            + f" berupa {join_items_prose(items, False)}, untuk keperluan {lc1(purpose)}. Melalui surat tanggal {fmt_date(ans, 'long')}, PPID menyatakan informasi dapat diberikan dengan biaya sebagai berikut:",
            justify=True,
        )
        pages_n = rng.randint(120, 480)
        rate = rng.choice((2500, 3000, 5000))
        post = rng.choice((0, 75000, 120000))
        rows_t = [
            ["1", "Penggandaan salinan dokumen", f"{pages_n} lembar", rp(rate), rp(pages_n * rate)]
        ]
        if post:
            rows_t.append(["2", "Biaya pengiriman", "1 paket", rp(post), rp(post)])
        rows_t.append(["", "Jumlah", "", "", rp(pages_n * rate + post)])
        w = d.W
        table2(
            d,
            [24, w - 24 - 70 - 70 - 90, 70, 70, 90],
            rows_t,
            ["No", "Uraian", "Volume", "Tarif", "Jumlah"],
            size=size,
        )
        d.para(
            f"Padahal biaya fotokopi di sekitar kantor KPU hanya sekitar {rp(rng.choice((250, 300, 500)))} per lembar.",
            justify=True,
        )
    cite = rng.random() < 0.5
    d.para(
        f"Oleh karena itu saya mengajukan keberatan karena {ground(rng, code)}"
        + (f" ({PASAL35.format(code)})" if cite else "")
        + ".",
        justify=True,
    )
    d.para(
        "Saya mohon Atasan PPID memerintahkan PPID untuk memberikan informasi sebagaimana yang saya minta dengan biaya yang wajar."
        if code == "f"
        else "Saya mohon Atasan PPID memerintahkan PPID untuk memberikan informasi sebagaimana yang saya minta.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
    sign_block(d, ["Hormat saya,"], p["name"])
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
    return Letter("keberatan", "K03_tabel_perbandingan", d.pages, fields)


def k04_ringkasan_satu_baris(ctx: Ctx) -> Letter:
    """An objection that opens with a one-row summary table under a small caption: Nomor
    Pendaftaran | Tanggal Permohonan | Tanggal Tanggapan PPID | Alasan Keberatan ("Pasal 35 ayat
    (1) huruf x", sometimes with the ground's words), then the identity in one sentence, the items
    and purpose in prose and the ground again in words."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(rng, degree_p=0.35)
    code = rng.choice("acdeg")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Keberatan", "Pengajuan Keberatan", "Keberatan atas Permohonan Informasi Publik")
    )
    nomor_block(d, [(ll, "-"), (hl, subj)], place_date(rng, p["city"], ctx.date))
    yth_block(d, atasan_rows(rng))
    d.gap(8)
    ref, rd = reg_number(rng, ctx.date)
    ans = add_wd(rd, rng.randint(4, 20))
    resp = {
        "c": rng.choice(("Tidak ada tanggapan", "-")),
        "g": fmt_date(ans, "dash"),
    }.get(code, fmt_date(add_wd(rd, rng.randint(4, 9)), "dash"))
    alasan = f"Pasal 35 ayat (1) huruf {code}"
    if rng.random() < 0.5:
        alasan += f" ({REASONS[code][0].lower()})"
    size = ctx.size - 1.5
    d.line_text("Ringkasan Keberatan", ctx.i, size, align="c")
    w0 = max(tw(ref, ctx.r, size) + 14, 118)
    table2(
        d,
        [w0, 82, 88, d.W - w0 - 170],
        [[ref, fmt_date(rd, "dash"), resp, alasan]],
        ["Nomor Pendaftaran", "Tgl. Permohonan", "Tgl. Tanggapan PPID", "Alasan Keberatan"],
        size=size,
    )
    d.line_text("Dengan hormat,")
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.6
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    s = (
        f"Saya, {p['name']}, NIK {p['nik']}"
        + (f", pekerjaan {lc1(p['job'])}" if show_job else "")
        + f", beralamat di {addr}, nomor telepon {p['phone']}, dengan ini mengajukan keberatan atas permohonan informasi saya berupa {join_items_prose(items, False)}, yang saya perlukan untuk {lc1(purpose)}."
    )
    d.para(s, justify=True)
    d.para(f"Keberatan ini saya ajukan karena {ground(rng, code)}.", justify=True)
    d.para(
        "Sehubungan dengan hal tersebut, saya mohon Atasan PPID memberikan tanggapan tertulis dan memerintahkan PPID untuk memberikan informasi yang saya minta.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
    sign_block(d, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
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
    return Letter("keberatan", "K04_ringkasan_satu_baris", d.pages, fields)


def k05_kartu_kotak_saran(ctx: Ctx) -> Letter:
    """The desk's "Kartu Saran, Pengaduan dan Keberatan" used to object: both sides of the card
    photocopied on one A4 sheet, printed fields (Nama, Alamat, No. HP, Tanggal) and a Jenis row
    (Saran / Pengaduan / Keberatan) ticked by hand, the objection written on the ruled Isi lines
    and continued on the back, signature at the bottom of the back.  Always hand-written."""
    rng = ctx.rng
    ink = ctx.ink
    pg = Page()
    X0, X1 = 56.0, PW - 56.0
    p = make_person(rng, degree_p=0.1)
    addr = fmt_address(p, rng, rng.choice((3, 4, 6)))
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.6
    item = short_item(rng)
    code = rng.choice("acdeg")
    purpose = rng.choice(PURPOSES[:6])
    show_purpose = rng.random() < 0.6
    # front of the card (its frame is drawn once its height is known)
    F0 = 36.0
    logo(pg, X0 + 10, F0 + 8, 34, "garuda")
    pg.t(X0 + 52, F0 + 18, "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", "hb", 8.5)
    pg.t(X0 + 52, F0 + 31, "KARTU SARAN, PENGADUAN DAN KEBERATAN", "hb", 10.5, MAROON)
    pg.t(X0 + 52, F0 + 43, "Layanan Informasi Publik - PPID", "hr", 8)
    pg.line(X0, F0 + 52, X1, F0 + 52, 0.8)
    y = F0 + 74
    hs = 12.5

    def field(label, value, y):
        pg.t(X0 + 12, y, label, "hr", 9)
        pg.t(X0 + 74, y, ":", "hr", 9)
        lines = wrap(value, "hand", hs, X1 - X0 - 100) if value else [""]
        for ln in lines:
            dotted(pg, X0 + 80, y, X1 - 12)
            if ln:
                pg.t(
                    X0 + 84 + rng.uniform(-1, 1),
                    y - 1 + rng.uniform(-0.8, 0.8),
                    ln,
                    "hand",
                    hs,
                    ink,
                )
            y += 19
        return y

    dstr = fmt_date(ctx.date, rng.choice(("dash", "slash0", "long", "short1")))
    y = field("Nama", p["name"], y)
    y = field("Alamat", addr, y)
    y = field("No. HP", p["phone"], y)
    y = field("Tanggal", dstr, y)
    pg.t(X0 + 12, y, "Jenis", "hr", 9)
    pg.t(X0 + 74, y, ":", "hr", 9)
    xx = X0 + 84
    for lab in ("Saran", "Pengaduan", "Keberatan"):
        pg.rect(xx, y - 8.5, 9, 9, 0.7)
        if lab == "Keberatan":
            vtick(pg, xx + 1, y, 9, ink)
        pg.t(xx + 14, y, lab, "hr", 9)
        xx += tw(lab, "hr", 9) + 40
    y += 22
    pg.t(X0 + 12, y, "Isi :", "hr", 9)
    s1 = (
        "Saya mengajukan keberatan atas permohonan informasi saya"
        + (f" No. Pendaftaran {ref}" if show_ref else "")
        + f" tanggal {fmt_date(rd, 'dash')} tentang {lc1(item)}."
    )
    s2 = f"Saya keberatan karena {SIMPLE_REASON[code] if code in SIMPLE_REASON else ground(rng, code)}."
    s3 = f"Informasi itu saya perlukan untuk {lc1(purpose)}." if show_purpose else ""
    s4 = rng.choice(
        (
            "Mohon Atasan PPID memerintahkan PPID memberikan informasi tersebut kepada saya.",
            "Saya mohon keberatan ini ditanggapi secara tertulis dan informasi tersebut segera diberikan kepada saya. Terima kasih.",
        )
    )
    width = X1 - X0 - 40
    front_lines = max(rng.randint(3, 5), len(wrap(s1, "hand", hs, width)))
    F1 = y + 16 + (front_lines - 1) * 19 + 16
    parts = [s1, s2, s3, s4]
    parts = [x for x in parts if x]
    front: list[str] = []
    k = 0
    while k < len(parts):
        cand = wrap(" ".join([*front, parts[k]]) if front else parts[k], "hand", hs, width)
        if len(cand) > front_lines:
            break
        front.append(parts[k])
        k += 1
    back = parts[k:]
    yy = y + 16
    for _ in range(front_lines):
        pg.line(X0 + 12, yy + 3, X1 - 12, yy + 3, 0.4, (170, 170, 170))
        yy += 19
    yy = y + 16
    for ln in wrap(" ".join(front), "hand", hs, width) if front else []:
        pg.t(X0 + 16 + rng.uniform(-1, 1), yy + rng.uniform(-0.8, 0.8), ln, "hand", hs, ink)
        yy += 19
    pg.rect(X0, F0, X1 - X0, F1 - F0, 1.0, (90, 90, 90))
    # back of the card
    B0 = F1 + rng.uniform(24, 40)
    B1 = min(B0 + 370, PH - 30)
    pg.rect(X0, B0, X1 - X0, B1 - B0, 1.0, (90, 90, 90))
    pg.t(X0 + 12, B0 + 20, "Isi (lanjutan) :", "hr", 9)
    pg.t(X1 - 12, B0 + 20, "Halaman belakang", "hi", 8, GREY, "r")
    yy = B0 + 44
    for _ in range(11):
        pg.line(X0 + 12, yy + 3, X1 - 12, yy + 3, 0.4, (170, 170, 170))
        yy += 19
    yy = B0 + 44
    for ln in wrap(" ".join(back), "hand", hs, width) if back else []:
        pg.t(X0 + 16 + rng.uniform(-1, 1), yy + rng.uniform(-0.8, 0.8), ln, "hand", hs, ink)
        yy += 19
    pg.t(X1 - 180, B1 - 92, "Tanda tangan,", "hr", 9)
    ctx.sig(pg, X1 - 176, B1 - 86, 80)
    pg.t(X1 - 180, B1 - 30, f"( {p['name']} )", "hand", hs, ink)
    pg.t(
        X0 + 12,
        B1 - 12,
        "Kartu dimasukkan ke kotak saran atau diserahkan kepada petugas meja layanan.",
        "hi",
        7,
        GREY,
    )
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K05_kartu_kotak_saran",
        [pg],
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
BA_STAGES = (
    ("PEMERIKSAAN AWAL", "pemeriksaan awal"),
    ("AJUDIKASI NON-LITIGASI", "pemeriksaan pokok perkara"),
    ("PEMBUKTIAN", "pembuktian"),
)
KI_ROOMS = (
    "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
    "Ruang Sidang Utama KI Sumsel, Lantai 2",
    "Ruang Mediasi Komisi Informasi Provinsi Sumatera Selatan",
)


def s01_ba_sidang_dialog(ctx: Ctx) -> Letter:
    """The KI's minutes of a hearing (BERITA ACARA SIDANG) sent to the parties: title with the
    register number, "Pada hari ini ..." opening, a block of case rows (parties, panel, clerk,
    sometimes the disputed information and the request number), then the course of the hearing
    as speaker-labelled turns "Ketua Majelis : ...", "Pemohon : ...", "Termohon : ...", and the
    signatures of the presiding commissioner and the clerk; running footer on every page."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 11.0)
    ctx.date = next_wd(ctx.date)
    d = Doc(ctx, top=60)
    org = kop_ki2(d, rng)
    p = make_person(rng)
    regd = ctx.date - timedelta(days=rng.randint(20, 60))
    reg = ki_register(rng, regd)
    ref, _ = reg_number(rng, regd - timedelta(days=40))
    item = info_item(rng)
    stage, agenda = rng.choice(BA_STAGES)
    d.line_text("BERITA ACARA SIDANG", ctx.b, ctx.size + 2, align="c")
    d.line_text(f"{stage} SENGKETA INFORMASI PUBLIK", ctx.b, ctx.size, align="c")
    d.line_text(f"Register Nomor: {reg}", ctx.r, ctx.size, align="c")
    show_num = rng.random() < 0.4
    num = f"BA.{rng.randint(10, 300):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        d.line_text(f"Nomor: {num}", ctx.r, ctx.size - 1, align="c")
    d.gap(8)
    tm = rng.choice(("09.00", "09.30", "10.00", "13.30"))
    room = rng.choice(KI_ROOMS)
    d.para(
        f"Pada hari ini {HARI[ctx.date.weekday()]} tanggal {fmt_date(ctx.date, 'long')}, pukul {tm} WIB, bertempat di {room}, telah dilaksanakan sidang {agenda} Sengketa Informasi Publik dengan susunan sebagai berikut:",
        justify=True,
    )
    show_addr = rng.random() < 0.3
    show_item = rng.random() < 0.55
    show_ref = rng.random() < 0.3
    addr = fmt_address(p, rng)
    rows = [("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat Pemohon", addr))
    rows.append(("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"))
    if show_item:
        rows.append(("Objek Sengketa", item))
    if show_ref:
        rows.append(("Nomor Pendaftaran", ref))
    panel = [make_person(rng, degree_p=1.0)["name"] for _ in range(3)]
    clerk = make_person(rng, degree_p=0.8)["name"]
    rows += [
        ("Ketua Majelis", panel[0]),
        ("Anggota Majelis", panel[1]),
        ("Anggota Majelis", panel[2]),
        ("Panitera Pengganti", clerk),
    ]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 12)
    d.gap(6)
    d.line_text("JALANNYA SIDANG", ctx.b)
    d.gap(2)
    nxt = add_wd(ctx.date, rng.randint(5, 10))
    sk = f"{rng.randint(100, 999)}/HK.06.1-SK/16/{ctx.date.year}"
    turns = [
        (
            "Ketua Majelis",
            f"Sidang Sengketa Informasi Publik Register Nomor {reg} dibuka dan dinyatakan terbuka untuk umum.",
        ),
        (
            "Ketua Majelis",
            "Kami persilakan para pihak memperkenalkan diri dan menyampaikan kedudukannya.",
        ),
        ("Pemohon", f"Saya {p['core']}, hadir sendiri, Yang Mulia."),
        (
            "Termohon",
            f"Kami dari PPID KPU Provinsi Sumatera Selatan, hadir berdasarkan Surat Kuasa Nomor {sk}.",
        ),
        ("Ketua Majelis", "Pemohon, silakan sampaikan pokok permohonan Saudara secara singkat."),
        (
            "Pemohon",
            f"Saya meminta {lc1(item)}, tetapi sampai sekarang informasi tersebut belum saya terima secara lengkap.",
        ),
        (
            "Anggota Majelis",
            "Termohon, apakah informasi tersebut berada dalam penguasaan Termohon?",
        ),
        (
            "Termohon",
            rng.choice(
                (
                    "Informasi tersebut ada pada kami, Majelis, namun sebagian memuat data pribadi sehingga perlu dilakukan uji konsekuensi.",
                    "Sebagian dokumen berada pada KPU kabupaten/kota, dan kami sedang menghimpunnya.",
                    "Informasi tersebut telah kami sampaikan sebagian melalui surat pemberitahuan tertulis.",
                )
            ),
        ),
        (
            "Ketua Majelis",
            "Majelis meminta Termohon menyerahkan dokumen yang disengketakan beserta hasil uji konsekuensi pada sidang berikutnya.",
        ),
        (
            "Ketua Majelis",
            f"Sidang ditunda dan dilanjutkan pada {fmt_date(nxt, 'day')} pukul 10.00 WIB. Dengan demikian sidang ditutup.",
        ),
    ]
    slw = max(tw(w, ctx.b, ctx.size) for w, _ in turns) + 6
    for who, text in turns:
        speaker_lines(d, who, text, lw=slw)
    d.gap(4)
    d.para(
        "Demikian berita acara ini dibuat dengan sebenarnya dan ditandatangani oleh Ketua Majelis dan Panitera Pengganti.",
        justify=True,
    )
    d.need(110)
    y0 = d.y + 6
    pg = d.pg
    pg.t(d.L, y0, "Panitera Pengganti,", ctx.r, ctx.size)
    pg.t(d.R - 190, y0, "Ketua Majelis Komisioner,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 6, y0 + 4, 85)
    ctx.sig(pg, d.R - 184, y0 + 4, 85)
    pg.t(d.L, y0 + 62, clerk, ctx.b, ctx.size)
    pg.t(d.R - 190, y0 + 62, panel[0], ctx.b, ctx.size)
    d.y = y0 + 80
    page_footers(d.pages, f"Berita Acara Sidang Register Nomor {reg}", "hr")
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_ba_sidang_dialog", d.pages, fields)


def s02_undangan_kalender_surel(ctx: Ctx) -> Letter:
    """A calendar invitation e-mailed by the KI's registry and printed from the PPID's webmail:
    browser print header and footer, the subject "Undangan: Sidang ... @ Sen 14 Des 2026 ...", the
    sender line with the sent date at the right, an event card (when, where, calendar, guests with
    the organiser, RSVP buttons) and the description naming the register, the parties and often
    the disputed information."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db")))
    ctx.r, ctx.b, ctx.i = (fr, fb, "hi" if fr == "hr" else "di")
    ctx.size = 9.5
    d = Doc(ctx, top=58, left=50, right=PW - 50)
    pg = d.pg
    p = make_person(rng)
    regd = ctx.date - timedelta(days=rng.randint(15, 40))
    reg = ki_register(rng, regd)
    ref, _ = reg_number(rng, regd - timedelta(days=40))
    item = info_item(rng)
    kind = rng.choice(("Sidang Mediasi", "Sidang Ajudikasi", "Sidang Pemeriksaan Awal"))
    ev = next_wd(ctx.date + timedelta(days=rng.randint(3, 9)))
    t0 = rng.choice(("09.00", "09.30", "10.00", "13.30"))
    t1 = f"{int(t0[:2]) + 2:02d}.{t0[3:]}"
    ev_s = f"{HARI3[ev.weekday()]} {fmt_date(ev, 'short1')} {t0} - {t1} (WIB)"
    subj = f"Undangan: {kind} Sengketa Informasi Reg. No. {reg} @ {ev_s} (ppid@sumsel.kpu.go.id)"
    pdt = ctx.date + timedelta(days=rng.randint(0, 2))
    pg.t(30, 22, f"{pdt.strftime('%d/%m/%y')} {hhmm(rng)}", fr, 7.5)
    pg.t(PW / 2, 22, f"Surel KPU Sumsel - Undangan: {kind}", fr, 7.5, align="c")
    pg.t(
        30,
        PH - 18,
        f"https://mail.sumsel.kpu.go.id/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all",
        fr,
        7,
    )
    pg.t(PW - 30, PH - 18, "1/1", fr, 7.5, align="r")
    pg.t(d.L, 44, "Surel KPU Sumsel", fb, 12, (200, 40, 40))
    pg.t(d.R, 44, "ppid@sumsel.kpu.go.id", fr, 8.5, GREY, "r")
    pg.line(d.L, 50, d.R, 50, 0.8, GREY)
    d.y = 74
    for ln in wrap(subj, fb, 12, d.W):
        d.line_text(ln, fb, 12, lead=15)
    d.line_text("1 pesan", fr, 8, color=GREY)
    d.pg.line(d.L, d.y - 6, d.R, d.y - 6, 0.5, LIGHT)
    d.gap(6)
    sent = f"{HARI3[ctx.date.weekday()]}, {fmt_date(ctx.date, 'short1')} pukul {hhmm(rng)}"
    sender = rng.choice(
        (
            "Kepaniteraan KI Sumsel <kepaniteraan.kisumsel@gmail.com>",
            "Panitera KI Provinsi Sumsel <panitera@kip.sumselprov.go.id>",
        )
    )
    d.pg.t(d.L, d.y, sender, fb, 9)
    if tw(sender, fb, 9) + tw(sent, fr, 8.5) + 16 > d.W:
        d.gap(12)
    d.pg.t(d.R, d.y, sent, fr, 8.5, align="r")
    d.gap(13)
    show_mail = rng.random() < 0.6
    to = "ppid@sumsel.kpu.go.id" + (f", {p['email']}" if show_mail else "")
    d.line_text(f"Kepada: {to}", fr, 8.5, color=GREY)
    d.gap(10)
    top = d.y - 10
    x = d.L + 14
    d.L += 14
    d.R -= 14
    title = f"{kind} Sengketa Informasi Reg. No. {reg}"
    d.para(title, fb, 11.5)
    d.gap(2)
    place = rng.choice(KI_ROOMS) + ", Jl. Kapten A. Rivai No. 3 Palembang"
    rows = [
        ("Kapan", f"{HARI[ev.weekday()]}, {fmt_date(ev, 'short1')} {t0} – {t1} (WIB)"),
        ("Lokasi", place),
        ("Kalender", "ppid@sumsel.kpu.go.id"),
    ]
    for k, v in rows:
        d.kv(k, v, 58, size=9)
    mediator = make_person(rng, degree_p=1.0)["name"]
    guests = [
        sender.split("<")[1].rstrip(">") + " - penyelenggara",
        p["name"],
        "PPID KPU Provinsi Sumatera Selatan",
        mediator + (" (Mediator)" if kind == "Sidang Mediasi" else " (Ketua Majelis)"),
    ]
    d.pg.t(x, d.y, "Tamu", fr, 9)
    d.pg.t(x + 58, d.y, ":", fr, 9)
    for g in guests:
        d.pg.t(x + 66, d.y, "• " + g, fr, 9)
        d.y += 12.5
    d.gap(4)
    d.pg.t(x, d.y, "Balas untuk ppid@sumsel.kpu.go.id:", fr, 8.5, GREY)
    bx = x + tw("Balas untuk ppid@sumsel.kpu.go.id: ", fr, 8.5) + 6
    for lab in ("Ya", "Mungkin", "Tidak"):
        w = tw(lab, fb, 8.5) + 18
        d.pg.rect(bx, d.y - 10, w, 14, 0.6, GREY)
        d.pg.t(bx + 9, d.y, lab, fb, 8.5)
        bx += w + 6
    d.y += 16
    d.L -= 14
    d.R += 14
    d.pg.rect(d.L, top, d.W, d.y - top, 0.6, (200, 200, 200))
    d.gap(14)
    show_addr = rng.random() < 0.3
    show_item = rng.random() < 0.7
    show_ref = show_item and rng.random() < 0.4
    addr = fmt_address(p, rng)
    d.line_text("Yth. Para Pihak,")
    d.para(
        f"Bersama ini Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan mengundang Pemohon, {p['name']}"
        + (f", beralamat di {addr}," if show_addr else "")
        + f" dan Termohon, PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, untuk menghadiri {kind.lower()} dalam perkara Register Nomor {reg}.",
        justify=True,
    )
    if show_item:
        d.kv("Objek sengketa", item, 110)
    if show_ref:
        d.kv("Nomor Pendaftaran", ref, 110)
    d.para(
        "Para pihak diminta hadir 15 menit sebelum sidang dimulai dengan membawa identitas dan surat kuasa (bagi yang diwakili). Undangan resmi dalam bentuk surat akan disampaikan menyusul.",
        justify=True,
    )
    d.gap(4)
    d.line_text("Salam,", size=9)
    d.line_text("Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan", size=9)
    d.line_text(f"Telp. (0711) 312 608 / WA {make_person(rng)['phone']}", size=9)
    d.gap(8)
    d.line_text(
        "Undangan dari Kalender. Anda menerima email ini karena Anda adalah tamu di acara ini.",
        size=7.5,
        color=GREY,
    )
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_undangan_kalender_surel", d.pages, fields)


KI_DOCS = (
    "Formulir permohonan penyelesaian sengketa informasi yang telah ditandatangani",
    "Fotokopi KTP Pemohon",
    "Salinan permohonan informasi kepada Termohon",
    "Salinan surat keberatan kepada Atasan PPID",
    "Salinan tanggapan atas keberatan (bila ada)",
    "Surat kuasa khusus (bila dikuasakan)",
)


def s03_kelengkapan_berkas(ctx: Ctx) -> Letter:
    """The KI registry asks the applicant (copy to the provincial KPU's PPID as respondent) to
    complete the file of a registered dispute: addressee block with the applicant's name and
    address, the register number in the prose, a checklist table No | Dokumen | Ada | Tidak Ada
    | Keterangan with drawn ticks, the deadline, Tembusan."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    org = kop_ki2(d, rng)
    p = make_person(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(3, 15))
    reg = ki_register(rng, regd)
    ref, _ = reg_number(rng, regd - timedelta(days=45))
    item = info_item(rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{rng.choice(('PS', 'KPN', 'SET'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Kelengkapan Dokumen Permohonan Penyelesaian Sengketa Informasi",
            "Pemberitahuan Kekurangan Berkas Permohonan",
            "Kelengkapan Berkas Sengketa Informasi Publik",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) lembar"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    addr = fmt_address(p, rng)
    yth_block(d, ["Yth. Sdr. " + p["name"], *wrap(addr, ctx.r, ctx.size, d.W * 0.6)])
    d.gap(6)
    show_item = rng.random() < 0.6
    show_ref = rng.random() < 0.6
    d.para(
        f"Menindaklanjuti permohonan penyelesaian sengketa informasi publik yang Saudara ajukan terhadap PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, yang telah dicatat dalam Buku Register Sengketa dengan Register Nomor {reg}"
        + (f" mengenai {lc1(item)}" if show_item else "")
        + ", bersama ini kami sampaikan hasil pemeriksaan kelengkapan berkas sebagai berikut:",
        justify=True,
    )
    size = ctx.size - 1.5
    docs = list(KI_DOCS[: rng.randint(4, 6)])
    if show_ref:
        docs[2] = f"Salinan permohonan informasi kepada Termohon (Nomor Pendaftaran {ref})"
    missing = set(rng.sample(range(1, len(docs)), rng.randint(1, 2)))
    widths = [22.0, d.W - 22 - 36 - 50 - 110, 36.0, 50.0, 110.0]
    notes = {
        i: rng.choice(("Belum dilampirkan", "Mohon dilengkapi", "Tidak terbaca")) for i in missing
    }
    hdr = ["No", "Dokumen Persyaratan", "Ada", "Tidak Ada", "Keterangan"]
    lead = size * 1.3
    pad = 3.5
    rows = [[str(i + 1), doc, "", "", notes.get(i, "")] for i, doc in enumerate(docs)]
    for ri, row in enumerate([hdr, *rows]):
        f = ctx.b if ri == 0 else ctx.r
        cells = [
            wrap(cell, f, size, w - 2 * pad - 3) if cell else [""]
            for cell, w in zip(row, widths, strict=True)
        ]
        h = max(len(c) for c in cells) * lead + 2 * pad
        d.need(h)
        xx = d.L
        if ri == 0:
            d.pg.rect(d.L, d.y, sum(widths), h, 0, None, LIGHT)
        for ci, (cl, w) in enumerate(zip(cells, widths, strict=True)):
            d.pg.rect(xx, d.y, w, h, 0.6)
            yy = d.y + pad + size * 0.95
            for ln in cl:
                if ln:
                    d.pg.t(xx + pad, yy, ln, f, size)
                yy += lead
            if ri and ci == (3 if (ri - 1) in missing else 2):
                vtick(d.pg, xx + w / 2 - 4, d.y + h / 2 + 4, 9, INK)
            xx += w
        d.y += h
    d.gap(16)
    due = add_wd(ctx.date, rng.choice((5, 7, 10)))
    d.para(
        f"Saudara diminta melengkapi dokumen tersebut paling lambat {fmt_date(due, 'day')}. Apabila sampai batas waktu tersebut dokumen belum dilengkapi, permohonan akan diproses berdasarkan dokumen yang ada.",
        justify=True,
    )
    d.para("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.")
    sign_block(
        d,
        ["a.n. Ketua Komisi Informasi", "Provinsi Sumatera Selatan", "Panitera,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in ("1. PPID KPU Provinsi Sumatera Selatan selaku Termohon;", "2. Arsip."):
        d.line_text(s, size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_kelengkapan_berkas", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
RADIO_TOPICS = (
    (
        "PENGAMANAN RAPAT PLENO TERBUKA REKAPITULASI HASIL PENGHITUNGAN SUARA",
        "PAM.3.2.",
    ),
    ("PENGAMANAN PENDISTRIBUSIAN LOGISTIK PEMUNGUTAN SUARA ULANG", "PAM.3.3."),
    ("PENGAMANAN GUDANG LOGISTIK KPU KABUPATEN/KOTA", "OPS.1.4."),
    ("ANTISIPASI UNJUK RASA TERKAIT PERMINTAAN KETERBUKAAN DATA PEMILIH", "INTELKAM.2."),
)


def m01_radiogram_polda(ctx: Ctx) -> Letter:
    """A police radiogram (SURAT TELEGRAM) of the Polda whose Tembusan lists the provincial KPU:
    the police header at the top left, a ruled grid DARI / KEPADA / TEMBUSAN / NOMOR / TGL /
    DERAJAT / KLASIFIKASI, the message in capitals in telegram style (TTK, KMA, numbered RUJUKAN),
    "A.N. KAPOLDA ..." signature with rank and NRP; often a fax or photocopy."""
    rng = ctx.rng
    f_r, f_b = rng.choice((("cr", "cb"), ("hr", "hb"), ("mr", "mb")))
    size = 9.5
    d = Doc(ctx, top=50, left=56, right=PW - 50)
    pg = d.pg
    org = "KEPOLISIAN DAERAH SUMATERA SELATAN"
    pg.t(d.L, 50, org, f_b, 10.5)
    w = tw(org, f_b, 10.5)
    pg.line(d.L, 55, d.L + w, 55, 0.8)
    pg.t(PW / 2, 88, rng.choice(("SURAT TELEGRAM", "RADIOGRAM")), f_b, 13, align="c")
    topic, klas = rng.choice(RADIO_TOPICS)
    num = f"STR/{rng.randint(100, 999)}/{roman(ctx.date.month)}/{klas}/{ctx.date.year}"
    dt = fmt_date(ctx.date, rng.choice(("upper", "dash", "long")))
    rows = [
        ("DARI", "KAPOLDA SUMSEL"),
        ("KEPADA", "KAPOLRESTABES PALEMBANG DAN KAPOLRES JAJARAN POLDA SUMSEL"),
        (
            "TEMBUSAN",
            "1. KAPOLRI 2. GUBERNUR SUMATERA SELATAN 3. KETUA KPU PROVINSI SUMATERA SELATAN 4. KETUA BAWASLU PROVINSI SUMATERA SELATAN",
        ),
        ("NOMOR", num),
        ("TGL", dt.upper()),
        ("DERAJAT", rng.choice(("KILAT", "SANGAT SEGERA", "SEGERA"))),
        ("KLASIFIKASI", "BIASA"),
    ]
    d.y = 112
    lw = 92.0
    for k, v in rows:
        lines = wrap(v, f_r, size, d.W - lw - 16)
        h = len(lines) * 12.5 + 4
        pg.rect(d.L, d.y - 12, lw, h, 0.6)
        pg.rect(d.L + lw, d.y - 12, d.W - lw, h, 0.6)
        pg.t(d.L + 5, d.y - 1, k, f_b, size)
        yy = d.y - 1
        for ln in lines:
            pg.t(d.L + lw + 6, yy, ln, f_r, size)
            yy += 12.5
        d.y += h
    d.gap(14)
    msg = [
        "RUJUKAN TTK",
        "A. UNDANG-UNDANG NOMOR 2 TAHUN 2002 TENTANG KEPOLISIAN NEGARA REPUBLIK INDONESIA TTK",
        "B. RENCANA OPERASI KEPOLISIAN TERPUSAT MANTAP PRAJA TAHUN " + str(ctx.date.year) + " TTK",
        f"C. SURAT KETUA KPU PROVINSI SUMATERA SELATAN NOMOR {rng.randint(100, 999)}/PL.02-SD/16/{ctx.date.year} TTK",
        f"SEHUBUNGAN DGN RUJUKAN TSB DI ATAS KMA DLM RANGKA {topic} KMA DIPERINTAHKAN KPD KASATWIL UTK KMA",
        "A. MELAKSANAKAN PENGAMANAN TERBUKA DAN TERTUTUP SESUAI KERAWANAN WILAYAH MASING-MASING TTK",
        "B. MELAKSANAKAN KOORDINASI DGN KPU DAN BAWASLU KABUPATEN/KOTA SETEMPAT TTK",
        "C. MELAPORKAN SETIAP PERKEMBANGAN SITUASI KPD KAPOLDA SUMSEL UP KARO OPS TTK",
        "DEMIKIAN UTK DILAKSANAKAN TTK HBS",
    ]
    for i, m in enumerate(msg):
        lab = ("1.", "", "", "", "2.", "", "", "", "3.")[i]
        d.need(14)
        if lab:
            d.pg.t(d.L, d.y, lab, f_r, size)
        d.para(m, f_r, size, x=d.L + 18, lead=13)
    d.gap(10)
    sig = make_person(rng, degree_p=0.8)
    d.need(120)
    x = d.R - 220
    pg = d.pg
    pg.t(x, d.y, "A.N. KAPOLDA SUMATERA SELATAN", f_r, size)
    pg.t(x, d.y + 13, "KARO OPS", f_r, size)
    ctx.sig(pg, x + 10, d.y + 16, 80)
    pg.t(x, d.y + 62, sig["core"].upper(), f_b, size)
    pg.line(x, d.y + 65, x + tw(sig["core"].upper(), f_b, size), d.y + 65, 0.6)
    pg.t(x, d.y + 76, f"KOMBES POL NRP {rng.randint(6500000, 7999999)}", f_r, size)
    d.y += 96
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), sender_org=org)
    return Letter("surat_masuk", "M01_radiogram_polda", d.pages, fields)


EMBASSIES = (
    (
        "EMBASSY OF JAPAN",
        "Jl. M.H. Thamrin No. 24, Jakarta 10350",
        "JAPAN",
        ("Kenji Watanabe", "Yuko Tanaka"),
    ),
    (
        "EMBASSY OF THE KINGDOM OF THE NETHERLANDS",
        "Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950",
        "NEDERLAND",
        ("Pieter de Vries", "Anouk Jansen"),
    ),
    (
        "AUSTRALIAN EMBASSY",
        "Jl. Patra Kuningan Raya Kav. 1-4, Jakarta 12950",
        "AUSTRALIA",
        ("Emily Clarke", "James Walker"),
    ),
    (
        "EMBASSY OF CANADA",
        "World Trade Centre 5, Jl. Jend. Sudirman Kav. 29-31, Jakarta 12190",
        "CANADA",
        ("Sophie Tremblay", "Daniel MacLeod"),
    ),
    (
        "ROYAL NORWEGIAN EMBASSY",
        "Menara Rajawali, Kawasan Mega Kuningan, Jakarta 12950",
        "NORGE",
        ("Ingrid Solberg", "Lars Haugen"),
    ),
)


def en_title(s: str) -> str:
    small = {"of", "the", "and"}
    return " ".join(
        w if (i and w in small) else w.capitalize() for i, w in enumerate(s.lower().split())
    )


NV_TOPICS = (
    "learn about the management of public information and the handling of information requests at the provincial level",
    "discuss the continuous updating of the voter list and the protection of voters' personal data",
    "exchange views on the preparation of the next elections and the role of election observers",
)


def m02_nota_verbal_kedutaan(ctx: Ctx) -> Letter:
    """A diplomatic note verbale in English: crest and the embassy's name centred, the note's
    number at the left, the third-person formula ("presents its compliments ... has the honour
    ..."), a delegation table, the closing formula, place and date, a round seal and initials
    instead of a signature, the addressee at the bottom left; no Hal."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("times", "serif", "times"))]
    ctx.size = 11.0
    name, addr, short, foreign = rng.choice(EMBASSIES)
    d = Doc(ctx, top=60, left=78, right=PW - 72)
    logo(d.pg, PW / 2 - 24, 36, 48, rng.choice(("garuda", "shield")))
    d.y = 104
    d.line_text(name, ctx.b, 13, align="c")
    d.line_text(addr, ctx.r, 8.5, align="c")
    d.gap(14)
    num = rng.choice(
        (
            f"{rng.randint(100, 999)}/POL/{ctx.date.year}",
            f"{ctx.date.year}/POL/{rng.randint(10, 300):03d}",
            f"JAK-PA/{ctx.date.year}/{rng.randint(1000, 9999)}",
        )
    )
    d.line_text(rng.choice(("No. ", "Note No. ", "No.: ")) + num)
    d.gap(8)
    visit = next_wd(ctx.date + timedelta(days=rng.randint(10, 30)))
    d.para(
        f"The {en_title(name)} presents its compliments to the General Elections Commission of South Sumatra Province (Komisi Pemilihan Umum Provinsi Sumatera Selatan) and has the honour to inform that a delegation of the Embassy will visit Palembang on {en_date(visit, rng)} to {rng.choice(NV_TOPICS)}.",
        justify=True,
    )
    d.para(
        "The Embassy would be grateful if the Commission could kindly receive the delegation for a courtesy call and a short briefing. The delegation consists of:",
        justify=True,
    )
    dele = [make_person(rng, degree_p=0.0, prefix_p=0.0) for _ in range(rng.randint(2, 3))]
    roles = (
        "First Secretary (Political Affairs)",
        "Second Secretary",
        "Political Officer",
        "Interpreter",
    )
    rows = [
        [str(i + 1), foreign[i] if i < 2 else dp["core"], roles[i]] for i, dp in enumerate(dele)
    ]
    table2(d, [24, 190, d.W - 214], rows, ["No.", "Name", "Position"], size=10)
    d.para(
        f"For further coordination, the Embassy's contact person is {rows[-1][1]}, who can be reached at {make_person(rng)['phone']}.",
        justify=True,
    )
    d.para(
        f"The {en_title(name)} avails itself of this opportunity to renew to the General Elections Commission of South Sumatra Province the assurances of its highest consideration.",
        justify=True,
    )
    d.gap(10)
    d.line_text(f"Jakarta, {en_date(ctx.date, rng)}", align="r")
    d.need(90)
    pg = d.pg
    pg.img(d.R - 150, d.y - 4, 72, 72, circle_stamp_img(rng, name, short[:6], (40, 60, 140)))
    ctx.sig(pg, d.R - 110, d.y + 10, 60)
    d.y += 90
    for s in ("General Elections Commission", "of South Sumatra Province", "Palembang"):
        d.line_text(s, size=10)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), sender_org=name)
    return Letter("surat_masuk", "M02_nota_verbal_kedutaan", d.pages, fields)


PANITIA = (
    (
        "PANITIA PEMBANGUNAN MASJID AL-IKHLAS",
        "PAN-MSJ",
        "Permohonan Bantuan Dana Pembangunan Masjid",
        "build",
    ),
    (
        "PANITIA PERINGATAN HARI BESAR ISLAM (PHBI) MASJID NURUL IMAN",
        "PHBI-NI",
        "Permohonan Bantuan Dana",
        "event",
    ),
    (
        "PANITIA PERINGATAN HUT KEMERDEKAAN RI RT 12 KELURAHAN SIALANG",
        "PAN-HUT",
        "Permohonan Partisipasi",
        "event",
    ),
    ("PANITIA TURNAMEN SEPAK BOLA SRIWIJAYA CUP", "PAN-SC", "Permohonan Sumbangan Dana", "sport"),
)
RAB = {
    "build": (
        ("Semen (sak)", 120, 68000),
        ("Besi beton 10 mm (batang)", 80, 95000),
        ("Pasir (truk)", 4, 1200000),
        ("Keramik lantai (dus)", 90, 85000),
        ("Upah tukang (hari orang)", 60, 150000),
    ),
    "event": (
        ("Konsumsi kegiatan (paket)", 150, 25000),
        ("Sewa tenda dan sound system", 1, 3500000),
        ("Hadiah lomba (paket)", 12, 250000),
        ("Cetak spanduk dan undangan", 1, 1250000),
        ("Honor penceramah / pengisi acara", 1, 2000000),
    ),
    "sport": (
        ("Piala dan medali (paket)", 3, 1500000),
        ("Uang pembinaan juara", 3, 2000000),
        ("Honor wasit (pertandingan)", 24, 300000),
        ("Sewa lapangan (hari)", 12, 400000),
        ("Konsumsi panitia (paket)", 120, 20000),
    ),
}


def m03_proposal_sumbangan(ctx: Ctx) -> Letter:
    """A neighbourhood committee (mosque building, PHBI, independence-day, football cup) asks for
    a donation: committee letterhead with its secretariat, Nomor with a Roman month, Perihal
    "Permohonan ...", a cost table (RAB) with total and the amount in words, the committee's bank
    account, chair and secretary sign side by side, the lurah countersigns "Mengetahui"."""
    rng = ctx.rng
    pan, code, subj, kind = rng.choice(PANITIA)
    d = Doc(ctx, top=60)
    sec = fmt_address(make_person(rng), rng, 3)
    kop2(
        d,
        [(pan, ctx.b, 14)],
        [f"Sekretariat: {sec}", f"Kontak: {make_person(rng)['phone']}"],
        rng.choice(("l", "c", None)),
        rng.choice((GREEN, INK, NAVY)),
        rng.choice(("double", "single", "band")),
        kinds=("shield",),
    )
    num = f"{rng.randint(1, 60):02d}/{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), (ll, rng.choice(("1 (satu) bundel proposal", "1 (satu) berkas"))), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    d.line_text(rng.choice(("Assalamu'alaikum Wr. Wb.", "Dengan hormat,")))
    d.para(
        f"Bersama ini kami sampaikan bahwa {title_id(pan)} sedang melaksanakan kegiatan yang memerlukan dukungan dana dari para dermawan, instansi pemerintah dan swasta. Adapun rencana anggaran biaya kegiatan tersebut adalah sebagai berikut:",
        justify=True,
    )
    rows = rng.sample(RAB[kind], rng.randint(3, 5))
    total = sum(q * u for _, q, u in rows)
    size = ctx.size - 1
    table2(
        d,
        [24, d.W - 24 - 60 - 90 - 100, 60, 90, 100],
        [[str(i + 1), n, str(q), rp(u), rp(q * u)] for i, (n, q, u) in enumerate(rows)]
        + [["", "Jumlah", "", "", rp(total)]],
        ["No", "Uraian", "Volume", "Harga Satuan", "Jumlah"],
        size=size,
    )
    d.para(f"Terbilang: {terbilang(total)} rupiah.", font=ctx.i, justify=True)
    d.para(
        f"Sehubungan dengan hal tersebut, kami mengharapkan partisipasi Bapak/Ibu untuk memberikan bantuan sesuai kemampuan. Bantuan dapat disalurkan melalui rekening Bank Sumsel Babel Nomor {rng.randint(100, 199)}.{rng.randint(10, 99)}.{rng.randint(10000, 99999)} atas nama {title_id(pan)}.",
        justify=True,
    )
    d.para(
        "Atas perhatian dan bantuan Bapak/Ibu, kami ucapkan terima kasih. Semoga menjadi amal jariyah.",
        justify=True,
    )
    d.need(150)
    pg = d.pg
    y0 = d.y + 4
    ketua = make_person(rng, degree_p=0.3, prefix_p=0.3)["name"]
    sekr = make_person(rng, degree_p=0.3)["name"]
    pg.t(d.L, y0, "Ketua Panitia,", ctx.r, ctx.size)
    pg.t(d.R - 170, y0, "Sekretaris,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 4, y0 + 2, 74)
    ctx.sig(pg, d.R - 166, y0 + 2, 74)
    ctx.stamp(pg, d.L + 80, y0 - 8, pan, code.split("-")[0], size=64)
    pg.t(d.L, y0 + 46, ketua, ctx.b, ctx.size)
    pg.t(d.R - 170, y0 + 46, sekr, ctx.b, ctx.size)
    y1 = y0 + 66
    pg.t(PW / 2, y1, "Mengetahui,", ctx.r, ctx.size, align="c")
    pg.t(
        PW / 2,
        y1 + 13,
        rng.choice(("Lurah Sialang,", "Lurah Talang Ratu,", "Kepala Desa Sungai Pinang,")),
        ctx.r,
        ctx.size,
        align="c",
    )
    ctx.sig(pg, PW / 2 - 37, y1 + 15, 74)
    lur = make_person(rng, degree_p=0.7)["name"]
    pg.t(PW / 2, y1 + 60, lur, ctx.b, ctx.size, align="c")
    d.y = y1 + 76
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=pan)
    return Letter("surat_masuk", "M03_proposal_sumbangan", d.pages, fields)


REKOM_TOPICS = (
    (
        "tidak diumumkannya Daftar Pemilih Sementara hasil pemutakhiran di beberapa kelurahan",
        "mengumumkan Daftar Pemilih Sementara di setiap kelurahan/desa sesuai ketentuan",
    ),
    (
        "belum dijawabnya permintaan salinan data pemilih oleh partai politik peserta pemilu",
        "menindaklanjuti permintaan salinan data pemilih sesuai ketentuan perundang-undangan",
    ),
    (
        "dimuatnya Nomor Induk Kependudukan secara utuh dalam salinan daftar pemilih yang diumumkan",
        "memastikan perlindungan data pribadi pemilih dalam setiap salinan daftar pemilih yang diumumkan",
    ),
)


def m04_bawaslu_rekomendasi_kajian(ctx: Ctx) -> Letter:
    """Bawaslu's REKOMENDASI on an alleged administrative irregularity: letter with Nomor / Sifat
    / Lampiran / Hal, the finding and lettered recommendations to the KPU, page 2 "HASIL KAJIAN"
    table Uraian | Hasil Kajian (Peristiwa, Fakta, Analisis, Kesimpulan, Rekomendasi), signed by
    the chair; speaks of public information and data requests but asks nothing under the SOP."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    lines = ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"]
    kop2(
        d,
        [(lines[0], ctx.b, 14), (lines[1], ctx.b, 13)],
        [
            "Jl. Opi Raya No. 1 Jakabaring, Palembang 30257",
            "Telp. (0711) 5710 218  Laman: sumsel.bawaslu.go.id",
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, MAROON)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda",),
    )
    org = " ".join(lines)
    topic, rec = rng.choice(REKOM_TOPICS)
    num = f"{rng.randint(50, 900)}/PM.00.02/K.SS/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Rekomendasi",
            "Rekomendasi atas Dugaan Pelanggaran Administratif Pemilihan",
            "Penerusan Rekomendasi Hasil Pengawasan",
        )
    )
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di", "Palembang"])
    d.gap(6)
    d.para(
        f"Berdasarkan hasil pengawasan Bawaslu Provinsi Sumatera Selatan, ditemukan adanya {topic}. Hal tersebut berkaitan dengan kewajiban penyelenggara untuk menyediakan informasi publik yang akurat dan melindungi data pribadi pemilih.",
        justify=True,
    )
    d.para(
        "Sehubungan dengan hal tersebut, Bawaslu Provinsi Sumatera Selatan merekomendasikan kepada KPU Provinsi Sumatera Selatan untuk:",
        justify=True,
    )
    recs = [
        rec[0].upper() + rec[1:] + ";",
        "Memerintahkan KPU kabupaten/kota terkait melakukan langkah perbaikan paling lambat 3 (tiga) hari sejak rekomendasi ini diterima;",
        "Menyampaikan laporan tindak lanjut secara tertulis kepada Bawaslu Provinsi Sumatera Selatan.",
    ]
    for i, r in enumerate(recs):
        d.need(16)
        d.pg.t(d.L + 10, d.y, f"{'abc'[i]}.", ctx.r, ctx.size)
        d.para(r, x=d.L + 26, justify=True)
    d.para(
        "Hasil kajian selengkapnya sebagaimana terlampir. Demikian disampaikan untuk ditindaklanjuti.",
        justify=True,
    )
    sign_block(d, ["Ketua,"], make_person(rng, degree_p=0.9)["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (
        "1. Ketua Bawaslu Republik Indonesia;",
        "2. Ketua KPU Republik Indonesia;",
        "3. Arsip.",
    ):
        d.line_text(s, size=ctx.size - 1)
    d.newpage()
    d.line_text(f"Lampiran Surat Nomor {num}", size=ctx.size - 1.5)
    d.gap(6)
    d.line_text("HASIL KAJIAN", ctx.b, ctx.size + 1, align="c")
    d.line_text("DUGAAN PELANGGARAN ADMINISTRATIF", ctx.b, ctx.size, align="c")
    d.gap(6)
    kab = rng.choice(KABS)
    rows = [
        ["Peristiwa", f"Ditemukan {topic} di {kab}."],
        [
            "Fakta",
            f"Pengawas kelurahan/desa melaporkan temuan pada {fmt_date(ctx.date - timedelta(days=rng.randint(5, 15)), 'long')}; klarifikasi kepada KPU {kab.replace('Kabupaten ', '').replace('Kota ', 'Kota ')} telah dilakukan dan dituangkan dalam berita acara.",
        ],
        [
            "Analisis",
            "Perbuatan tersebut tidak sesuai dengan ketentuan mengenai pengumuman daftar pemilih, keterbukaan informasi publik, dan pelindungan data pribadi.",
        ],
        [
            "Kesimpulan",
            "Terdapat pelanggaran administratif yang perlu segera ditindaklanjuti oleh KPU.",
        ],
        ["Rekomendasi", rec[0].upper() + rec[1:] + "."],
    ]
    table2(d, [110, d.W - 110], rows, ["Uraian", "Hasil Kajian"], size=ctx.size - 1)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M04_bawaslu_rekomendasi_kajian", d.pages, fields)


NEWSPAPERS = (
    ("HARIAN MUSI POS", "PT Musi Media Grafika", "musipos.co.id"),
    ("WARTA SRIWIJAYA", "PT Warta Sriwijaya Media", "wartasriwijaya.id"),
    ("SUMSEL DAILY", "PT Sumatera Daily Pers", "sumseldaily.com"),
)


def m05_tagihan_iklan_bukti_tayang(ctx: Ctx) -> Letter:
    """A newspaper's invoice for the KPU's announcement advertisement: masthead with the publisher
    line, Nomor (invoice) and Hal, a table of insertions (date, column size, rate per mm-column,
    amount), PPN and total, terbilang, transfer details, the advertising manager signs; page 2 the
    "BUKTI TAYANG" tear sheet (a photocopied newspaper page with the ad among news columns)."""
    rng = ctx.rng
    paper, pub, dom = rng.choice(NEWSPAPERS)
    d = Doc(ctx, top=60)
    pg = d.pg
    pg.t(d.L, 62, paper, "sb", 24, rng.choice((MAROON, NAVY, INK)))
    pg.t(
        d.L,
        76,
        f"{pub}  ·  Jl. Jenderal Sudirman No. {rng.randint(10, 400)} Palembang  ·  www.{dom}",
        "hr",
        7.5,
        GREY,
    )
    pg.line(d.L, 84, d.R, 84, 2.2)
    d.y = 112
    num = f"INV/ADV/{ctx.date.year}/{ctx.date.month:02d}/{rng.randint(100, 999):04d}"
    subj = rng.choice(
        ("Tagihan Pemasangan Iklan", "Tagihan Iklan Pengumuman", "Penagihan Biaya Iklan")
    )
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), (ll, "1 (satu) lembar bukti tayang"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris KPU Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95",
            "Palembang",
        ],
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Bersama ini kami sampaikan tagihan atas pemasangan iklan pengumuman KPU Provinsi Sumatera Selatan di surat kabar {title_id(paper)} dengan rincian sebagai berikut:",
        justify=True,
    )
    ins = []
    t = ctx.date - timedelta(days=rng.randint(8, 25))
    kols = rng.choice((2, 3, 4))
    mm = rng.choice((100, 150, 200))
    rate = rng.choice((45000, 55000, 65000))
    for _ in range(rng.randint(1, 3)):
        ins.append(t)
        t += timedelta(days=rng.randint(1, 3))
    amount = kols * mm * rate
    rows = [
        [
            str(i + 1),
            fmt_date(x, "dash"),
            "Pengumuman KPU",
            f"{kols} kol x {mm} mm",
            rp(rate),
            rp(amount),
        ]
        for i, x in enumerate(ins)
    ]
    sub = amount * len(ins)
    ppn = sub * 11 // 100
    rows += [
        ["", "", "Subtotal", "", "", rp(sub)],
        ["", "", "PPN 11%", "", "", rp(ppn)],
        ["", "", "Total", "", "", rp(sub + ppn)],
    ]
    size = ctx.size - 1.5
    table2(
        d,
        [22, 66, d.W - 22 - 66 - 84 - 70 - 92, 84, 70, 92],
        rows,
        ["No", "Tanggal Tayang", "Materi", "Ukuran", "Tarif/mmk", "Jumlah"],
        size=size,
    )
    d.para(f"Terbilang: {terbilang(sub + ppn)} rupiah.", font=ctx.i, justify=True)
    d.para(
        f"Pembayaran mohon ditransfer ke rekening {rng.choice(('Bank Mandiri', 'BNI', 'Bank Sumsel Babel'))} Nomor {rng.randint(1000000000, 9999999999)} atas nama {pub}, paling lambat 14 (empat belas) hari sejak tagihan ini diterima.",
        justify=True,
    )
    d.para("Atas perhatian dan kerja samanya kami ucapkan terima kasih.")
    sign_block(
        d,
        [f"{paper},", "Manajer Iklan,"],
        make_person(rng, degree_p=0.4)["name"],
        stamp=(paper, "IKLAN"),
    )
    # page 2: tear sheet
    tp = Page()
    tp.rect(0, 0, PW, PH, 0, None, (236, 234, 226))
    tp.t(60, 56, paper, "sb", 18, INK)
    tp.t(PW - 60, 56, f"{HARI[ins[0].weekday()]}, {fmt_date(ins[0], 'long')}", "hr", 8, align="r")
    tp.t(PW - 60, 68, f"Halaman {rng.randint(3, 14)}", "hr", 8, align="r")
    tp.line(60, 74, PW - 60, 74, 1.5)
    colw = (PW - 120 - 20) / 3
    ax, ay, aw = 60 + 2 * (colw + 10), 90.0, colw
    ah = min(560.0, 150.0 + mm * 1.6)
    news = list(NEWS)
    rng.shuffle(news)
    for ci in range(3):
        x = 60 + ci * (colw + 10)
        yy = 96.0 if ci < 2 else ay + ah + 22
        taken = 0
        while yy < PH - 130 and news and (taken < 3 or ci == 2):
            taken += 1
            head, body = news.pop()
            for ln in wrap(head, "hb", 10, colw):
                tp.t(x, yy, ln, "hb", 10)
                yy += 12
            yy += 4
            for ln in wrap(body, "tr", 8, colw):
                if yy > PH - 80:
                    break
                tp.t(x, yy, ln, "tr", 8)
                yy += 10
            yy += 12
    tp.rect(ax, ay, aw, ah, 1.2, INK, (250, 250, 246))
    logo(tp, ax + aw / 2 - 16, ay + 8, 32, "garuda")
    yy = ay + 56
    for s, f, sz in (
        ("KOMISI PEMILIHAN UMUM", "hb", 8),
        ("PROVINSI SUMATERA SELATAN", "hb", 8),
        ("PENGUMUMAN", "hb", 11),
        (f"Nomor: {rng.randint(10, 400)}/PL.02.1-Pu/16/{ins[0].year}", "hr", 7),
    ):
        tp.t(ax + aw / 2, yy, s, f, min(sz, (aw - 10) / tw(s, f, 1)), align="c")
        yy += sz + 5
    body = (
        "Dalam rangka pemutakhiran data pemilih berkelanjutan, KPU Provinsi Sumatera Selatan mengumumkan "
        "rekapitulasi daftar pemilih dan mengundang masyarakat memberikan tanggapan melalui laman resmi "
        "atau datang langsung ke kantor KPU kabupaten/kota setempat."
    )
    for ln in wrap(body, "hr", 7, aw - 12):
        tp.t(ax + 6, yy, ln, "hr", 7)
        yy += 9
    yy += 6
    tp.t(ax + 6, yy, "Kabupaten/Kota", "hb", 6.5)
    tp.t(ax + aw - 6, yy, "Jumlah Pemilih", "hb", 6.5, align="r")
    tp.line(ax + 6, yy + 3, ax + aw - 6, yy + 3, 0.5)
    yy += 11
    for kab in KABS:
        if yy > ay + ah - 40:
            break
        tp.t(ax + 6, yy, kab.replace("Kabupaten", "Kab."), "hr", 6.5)
        tp.t(
            ax + aw - 6,
            yy,
            f"{rng.randint(90_000, 1_300_000):,}".replace(",", "."),
            "hr",
            6.5,
            align="r",
        )
        yy += 9.5
    tp.t(ax + aw / 2, ay + ah - 14, "KPU Provinsi Sumatera Selatan", "hi", 7, align="c")
    tp.t(60, PH - 60, "BUKTI TAYANG", "hb", 12, RED)
    tp.as_image = True
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=paper)
    return Letter("surat_masuk", "M05_tagihan_iklan_bukti_tayang", [*d.pages, tp], fields)


NEWS = (
    (
        "Warga Keluhkan Jalan Rusak di Lintas Timur",
        "Sejumlah warga mengeluhkan kerusakan jalan yang tak kunjung diperbaiki. Lubang di badan jalan kerap memicu kecelakaan, terutama saat hujan. Dinas terkait berjanji menambal jalan tersebut dalam waktu dekat setelah anggaran perubahan disahkan.",
    ),
    (
        "Harga Cabai Mulai Turun",
        "Harga cabai merah di sejumlah pasar tradisional mulai turun setelah pasokan dari daerah sentra kembali normal. Pedagang berharap harga tetap stabil menjelang akhir tahun, sementara pemerintah kota terus memantau ketersediaan bahan pokok.",
    ),
    (
        "Festival Sungai Musi Digelar Akhir Pekan",
        "Festival tahunan di tepian Sungai Musi kembali digelar dengan lomba perahu bidar, pameran kuliner dan pertunjukan seni. Panitia memperkirakan ribuan pengunjung akan hadir selama dua hari pelaksanaan.",
    ),
    (
        "Sekolah Penggerak Bertambah",
        "Jumlah sekolah penggerak di kabupaten dan kota terus bertambah. Para guru mengikuti pelatihan kurikulum baru yang menekankan pembelajaran berbasis proyek dan penguatan karakter siswa.",
    ),
    (
        "Petani Sawit Harapkan Harga TBS Stabil",
        "Petani kelapa sawit berharap harga tandan buah segar tetap stabil. Kenaikan harga pupuk dalam beberapa bulan terakhir membuat biaya perawatan kebun meningkat cukup tajam.",
    ),
    (
        "Operasi Pasar Murah Digelar di Kecamatan",
        "Pemerintah daerah menggelar operasi pasar murah di sejumlah kecamatan untuk menekan harga beras. Warga antusias membeli beras, minyak goreng dan gula dengan harga di bawah pasaran.",
    ),
)
FACTIONS = ("F-PDIP", "F-PG", "F-Gerindra", "F-NasDem", "F-PKB", "F-PKS", "F-PAN", "F-Demokrat")


def m06_dpr_kunker_reses(ctx: Ctx) -> Letter:
    """The DPR secretariat announces a working visit of Komisi II during the recess: centred
    garuda letterhead, Nomor / Sifat / Lampiran / Hal, the topics the KPU must prepare (including
    its information services), page 2 the delegation table (No | Nama | Fraksi | Jabatan) and the
    programme table (Hari/Tanggal | Waktu | Kegiatan | Tempat)."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    lines = ["SEKRETARIAT JENDERAL", "DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA"]
    kop2(
        d,
        [(lines[0], ctx.b, 13), (lines[1], ctx.b, 13)],
        [
            "Jalan Jenderal Gatot Subroto, Senayan, Jakarta 10270",
            "Telp. (021) 5715 349  Laman: www.dpr.go.id",
        ],
        "c",
        INK,
        "double",
        kinds=("garuda",),
    )
    org = " ".join(lines)
    num = f"B/{rng.randint(10000, 29999)}/PW.11/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Kunjungan Kerja Komisi II DPR RI ke Provinsi Sumatera Selatan",
            "Pemberitahuan Kunjungan Kerja Masa Reses Komisi II DPR RI",
        )
    )
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "1 (satu) berkas"), (hl, subj)],
        place_date(rng, "Jakarta", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di", "Palembang"])
    d.gap(6)
    v0 = next_wd(ctx.date + timedelta(days=rng.randint(8, 20)))
    v1 = next_wd(v0 + timedelta(days=1))
    d.para(
        f"Dalam rangka pelaksanaan fungsi pengawasan pada Masa Reses Persidangan {rng.choice(('I', 'II', 'III'))} Tahun Sidang {ctx.date.year}-{ctx.date.year + 1}, Komisi II DPR RI akan melaksanakan kunjungan kerja ke Provinsi Sumatera Selatan pada tanggal {fmt_date(v0, 'long')} s.d. {fmt_date(v1, 'long')}.",
        justify=True,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami mohon kesediaan Saudara untuk hadir dalam pertemuan dengan delegasi dan menyiapkan bahan paparan mengenai:",
        justify=True,
    )
    topics = [
        "Evaluasi penyelenggaraan Pemilihan Tahun 2024 di Provinsi Sumatera Selatan;",
        "Pemutakhiran data pemilih berkelanjutan dan permasalahannya;",
        "Pengelolaan pelayanan informasi publik dan penanganan permohonan informasi oleh PPID;",
        "Kesiapan anggaran dan sarana prasarana kantor.",
    ]
    for i, t in enumerate(topics):
        d.need(16)
        d.pg.t(d.L + 10, d.y, f"{'abcd'[i]}.", ctx.r, ctx.size)
        d.para(t, x=d.L + 26)
    d.para(
        "Susunan delegasi dan jadwal acara sebagaimana terlampir. Bahan paparan mohon disampaikan dalam 25 (dua puluh lima) rangkap.",
        justify=True,
    )
    d.para("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.")
    sign_block(
        d,
        ["a.n. Sekretaris Jenderal,", "Deputi Bidang Persidangan,"],
        make_person(rng, degree_p=1.0, prefix_p=0.4)["name"],
    )
    d.newpage()
    d.line_text(f"Lampiran Surat Nomor {num}", size=ctx.size - 1.5)
    d.gap(6)
    d.line_text("SUSUNAN DELEGASI", ctx.b, align="c")
    roles = ["Ketua Delegasi", "Wakil Ketua Delegasi"] + ["Anggota"] * 5 + ["Sekretariat"]
    rows = []
    for i, r in enumerate(roles[: rng.randint(6, 8)]):
        rows.append(
            [
                str(i + 1),
                make_person(rng, degree_p=0.7, prefix_p=0.3)["name"],
                "-" if r == "Sekretariat" else rng.choice(FACTIONS),
                r,
            ]
        )
    table2(
        d, [24, 210, 90, d.W - 324], rows, ["No", "Nama", "Fraksi", "Jabatan"], size=ctx.size - 1.5
    )
    d.line_text("JADWAL KEGIATAN", ctx.b, align="c")
    prog = [
        [
            fmt_date(v0, "day"),
            "10.00 - 12.00",
            "Pertemuan dengan Gubernur, KPU dan Bawaslu Provinsi",
            "Ruang Rapat Bina Praja",
        ],
        [
            fmt_date(v0, "day"),
            "13.30 - 15.30",
            "Peninjauan kantor KPU Provinsi Sumatera Selatan",
            "Kantor KPU Provinsi",
        ],
        [
            fmt_date(v1, "day"),
            "09.00 - 11.00",
            "Pertemuan dengan KPU kabupaten/kota",
            "Hotel di Palembang",
        ],
    ]
    table2(
        d,
        [120, 72, d.W - 120 - 72 - 120, 120],
        prog,
        ["Hari/Tanggal", "Waktu", "Kegiatan", "Tempat"],
        size=ctx.size - 1.5,
    )
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M06_dpr_kunker_reses", d.pages, fields)


BANKS = (
    ("Bank Sumsel Babel", "Kantor Cabang Utama Palembang", (0, 90, 150), "BSB"),
    ("Bank Syariah Indonesia", "KCP Palembang Kapten A. Rivai", (0, 130, 120), "BSI"),
    ("Bank Mandiri", "Kantor Cabang Palembang Kapten A. Rivai", (10, 50, 120), "BMRI"),
)
BANK_OFFERS = (
    ("Penawaran Kredit Multiguna bagi ASN dan PPNPN", "Kredit Multiguna", (1, 3, 5, 10, 15)),
    ("Penawaran Program Kepemilikan Rumah bagi Pegawai", "KPR Pegawai", (5, 10, 15, 20)),
    ("Penawaran Kerja Sama Layanan Payroll", "Layanan Payroll", ()),
)
PAYROLL = (
    ("Rekening gaji", "Bebas biaya administrasi bulanan"),
    ("Kartu debit", "Gratis penerbitan dan penggantian kartu"),
    ("Transfer antarbank", "Gratis 25 kali per bulan melalui aplikasi"),
    ("Kredit tanpa agunan", "Plafon hingga 10 kali gaji dengan potong gaji"),
    ("Asuransi jiwa", "Perlindungan gratis selama menjadi nasabah payroll"),
)


def m07_bank_kupon_minat(ctx: Ctx) -> Letter:
    """A bank's promotional letter to the office's staff: coloured band letterhead with the bank's
    name and branch, Nomor and Hal, a table of tenors and rates, benefits as bullets, a dashed
    cut line with a scissors mark and a reply coupon (Nama / NIP / Unit Kerja / No. HP blanks,
    tenor boxes), the OJK / LPS footer."""
    rng = ctx.rng
    bank, branch, col, code = rng.choice(BANKS)
    subj, prod, tenors = rng.choice(BANK_OFFERS)
    d = Doc(ctx, top=60)
    pg = d.pg
    pg.rect(0, 0, PW, 14, 0, None, col)
    pg.t(d.L, 50, bank, "hb", 20, col)
    pg.t(d.L, 64, branch, "hr", 9, GREY)
    pg.t(d.R, 50, f"www.{bank.lower().replace(' ', '')}.co.id", "hr", 8, GREY, "r")
    pg.t(d.R, 62, "Call Center 14" + str(rng.randint(0, 99)).zfill(2), "hr", 8, GREY, "r")
    pg.line(d.L, 72, d.R, 72, 0.8, col)
    d.y = 98
    num = f"B.{rng.randint(100, 999)}/{code}/KC-PLG/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), (ll, "1 (satu) lembar brosur"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris KPU Provinsi Sumatera Selatan",
            "beserta seluruh jajaran",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Bersama ini kami menawarkan program {prod} {bank} dengan syarat yang mudah dan proses yang cepat bagi pegawai di lingkungan KPU Provinsi Sumatera Selatan, dengan ketentuan sebagai berikut:",
        justify=True,
    )
    if tenors:
        rows = []
        base = rng.uniform(6.5, 8.5)
        for i, t in enumerate(tenors):
            r = base + i * 0.45
            ang = int(100_000_000 * (r / 1200) / (1 - (1 + r / 1200) ** (-12 * t))) // 1000 * 1000
            rows.append([f"{t} tahun", f"{r:.2f}% p.a.", rp(ang)])
        table2(
            d,
            [110, 120, 160],
            rows,
            ["Tenor", "Suku Bunga", "Angsuran per Rp100 juta"],
            size=ctx.size - 1.5,
        )
    else:
        table2(
            d,
            [150, d.W - 150],
            [list(x) for x in PAYROLL],
            ["Fasilitas", "Keterangan"],
            size=ctx.size - 1.5,
        )
    for s in (
        "Tanpa agunan tambahan untuk plafon tertentu;",
        "Pembayaran angsuran melalui pemotongan gaji;",
        "Gratis biaya administrasi selama masa promo.",
    ):
        d.need(16)
        d.pg.t(d.L + 10, d.y, "•", "dr", ctx.size)
        d.para(s, x=d.L + 24)
    d.para(
        f"Informasi lebih lanjut dapat menghubungi petugas kami, {make_person(rng)['core']}, di nomor {make_person(rng)['phone']}.",
        justify=True,
    )
    sign_block(
        d, [f"{bank}", branch + ","], make_person(rng, degree_p=0.5)["name"], sub="Pemimpin Cabang"
    )
    d.need(150)
    pg = d.pg
    yc = d.y + 4
    pg.line(d.L - 20, yc, d.R + 20, yc, 0.8, GREY, (5, 3))
    pg.t(d.L - 16, yc + 4, "✂", "dr", 11, GREY, rec=False)
    yc += 22
    pg.t(PW / 2, yc, "FORMULIR MINAT", "hb", 10, col, "c")
    pg.t(PW / 2, yc + 12, "(mohon dikembalikan kepada petugas kami)", "hi", 8, GREY, "c")
    yy = yc + 32
    for lab in ("Nama", "NIP", "Unit Kerja", "No. HP"):
        pg.t(d.L, yy, lab, "hr", 9)
        pg.t(d.L + 70, yy, ":", "hr", 9)
        dotted(pg, d.L + 78, yy, d.R - 40)
        yy += 18
    pg.t(d.L, yy, "Tenor diminati" if tenors else "Produk diminati", "hr", 9)
    xx = d.L + 90
    opts = [f"{t} tahun" for t in tenors[-3:]] if tenors else ["Payroll", "Kartu kredit", "KTA"]
    for t in opts:
        pg.rect(xx, yy - 8.5, 9, 9, 0.7)
        pg.t(xx + 14, yy, t, "hr", 9)
        xx += 80
    for fp in d.pages:
        fp.t(
            PW / 2,
            PH - 26,
            f"PT {bank} terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.",
            "hr",
            6.8,
            GREY,
            "c",
        )
    d.y = yy + 20
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=bank)
    return Letter("surat_masuk", "M07_bank_kupon_minat", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_eppid_app_layar, 0.0, 0.0),
        (p02_ybt_baris_tanpa_label, 0.0, 0.45),
        (p03_pojok_data_katalog, 0.5, 0.3),
        (p04_ktp_satu_halaman, 0.0, 0.35),
        (p05_pemantau_kop_samping, 0.0, 0.45),
        (p06_permohonan_lanjutan_riwayat, 0.0, 0.45),
        (p07_lembaga_survei_ref, 0.0, 0.5),
        (p08_dasar_dikeluarkan_di, 0.0, 0.35),
        (p09_hand_buku_tulis, 1.0, 0.0),
        (p10_mahasiswa_kop_dua_kolom, 0.0, 0.45),
    ],
    "keberatan": [
        (k01_formulir_kurung_v, 0.0, 0.5),
        (k02_tanya_jawab, 0.0, 0.45),
        (k03_tabel_perbandingan, 0.0, 0.45),
        (k04_ringkasan_satu_baris, 0.0, 0.45),
        (k05_kartu_kotak_saran, 1.0, 0.0),
    ],
    "sengketa": [
        (s01_ba_sidang_dialog, 0.0, 0.45),
        (s02_undangan_kalender_surel, 0.0, 0.5),
        (s03_kelengkapan_berkas, 0.0, 0.45),
    ],
    "surat_masuk": [
        (m01_radiogram_polda, 0.0, 0.2),
        (m02_nota_verbal_kedutaan, 0.0, 0.4),
        (m03_proposal_sumbangan, 0.0, 0.3),
        (m04_bawaslu_rekomendasi_kajian, 0.0, 0.5),
        (m05_tagihan_iklan_bukti_tayang, 0.0, 0.4),
        (m06_dpr_kunker_reses, 0.0, 0.5),
        (m07_bank_kupon_minat, 0.0, 0.4),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 14)
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
    rng = random.Random(f"fourteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s14_{k:04d}"
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
        print("usage: make_fourteenth_corpus.py OUT_DIR N SEED")
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

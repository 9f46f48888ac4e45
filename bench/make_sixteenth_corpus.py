# ruff: noqa: E501
"""Sixteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_sixteenth_corpus.py OUT_DIR N SEED

writes N letters (s16_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s16_0001_p1.jpg, s16_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the fifteenth generator (and ../shared/sample/truth.jsonl): id, files,
class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields
(all 17 keys, null where the letter does not state them), page_text (the text printed on each
page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: the KTP photocopy)
and, for scans, scan (format, mode, dpi and per page skew_deg, blur_px, noise_sigma, faded,
rotation, jpeg_quality, stamps; a received stamp's box_px is in the page image before skew and
rotation).  A letter that deliberately prints a mistyped NIK carries "nik_as_written_invalid":
true.  The same SEED gives the same corpus, byte for byte; letters are built in a
multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
fifteenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu
faces); the rest are scans drawn with Pillow at 200 or 300 dpi (paper tint, uneven light, skew up
to 2 degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page
turned 90/180 degrees, a "DITERIMA" received stamp, organisation stamps, signatures, meterai)
saved as PNG, JPEG, multi-page TIFF or image-only PDF; scans also use URW Bookman, Gothic,
Palatino, Century and Narrow faces.  Hand-filled / hand-written letters (fifthhorseman dkg hand)
are always scans: P06 and K05 always, P04 sometimes (about 10 % of all letters).  People come
from several naming traditions (Javanese, Malay/Palembang with Kgs./Kms./Mgs./Nyimas/R.A.,
Batak, Chinese-Indonesian, Arabic-derived, others; H./Hj./Dr./Ir. and degrees), live at Jl. /
Lrg. / Komplek ... Blok addresses or in a Desa with its Dusun, and have NIKs of the Sumsel
regencies and cities only (1601-1613, 1671-1674; DDMMYY with day + 40 for women).  P07 (3 pages)
and P08 (2-3) always run to several pages; P02, P04, P06 and the keberatan layouts often carry a
KTP copy; S02, M03 and M05 always have a second page, P05 often.

Layouts (code, class: one line each)
  P01_yth_kanan_hal_kiri       permohonan  old-style layout: Nomor / Lampiran / Perihal at the left,
                                           place-date and the "Kepada Yth. ... di - Palembang" block in
                                           a right-hand column on the same lines, body indented, identity
                                           as "Label: value" lines; a citizen or a community group on a
                                           plain letterhead; now and then a mistyped NIK
  P02_kuasa_dua_kolom          permohonan  a relative files for the applicant (abroad, in hospital, old):
                                           one bordered table Uraian | Pemberi Kuasa (Pemohon) | Penerima
                                           Kuasa, both addresses under it, KTP copies of both often
  P03_ormas_footer_kontak      permohonan  community organisation: emblem, name and tag line only at the
                                           top; secretariat address, phones, e-mail, notarial deed, SK
                                           Kemenkumham, bank account in small print at the foot of every
                                           page; the chair's identity rows, lettered items
  P04_ttl_paragraf_rt_mengetahui permohonan identity in one sentence ("nama saya ..., lahir di ... pada
                                           tanggal ..., NIK ..., beralamat di ..."), three signatures side
                                           by side: "Mengetahui, Ketua RT" (+ Ketua RW or Kepala Dusun) with
                                           stamps and the applicant; typed or hand-written
  P05_lab_spesifikasi_data     permohonan  university research laboratory letterhead (university /
                                           faculty / laboratory), a lecturer or student assistant, research
                                           title, a data specification table Data / Variabel | Cakupan
                                           Wilayah | Periode | Format, data-use undertaking, "Mengetahui,
                                           Kepala Laboratorium" (or supervisor) beside the researcher
  P06_hand_blanko_toko         permohonan  a stationery-shop all-purpose request blank (printed "20..",
                                           Nama / Umur / Pekerjaan / Alamat, "Dengan ini mengajukan
                                           permohonan" on dotted lines, shop imprint) filled in by hand
  P07_lampiran_sk_domisili     permohonan  a citizen writes from a new domicile: the letter's address is
                                           the domicile, ticked enclosure list, page 2 the KTP (old
                                           address), page 3 the kelurahan's SURAT KETERANGAN DOMISILI
  P08_sampul_map_berkas        permohonan  a small dossier: page 1 the folder cover sheet (BERKAS
                                           PERMOHONAN INFORMASI PUBLIK, Dari, short address, Tanggal,
                                           ticked contents, clerk's box), page 2 the letter, KTP often
  K01_foto_surat_ppid_tempel   keberatan   objection with a phone photo of the PPID's written answer pasted
                                           mid-page (letterhead, Nomor, Hal, the decision), caption, the
                                           ground in words after it
  K02_kutipan_pasal_garis_bawah keberatan  quotes Pasal 35 ayat (1) a-g in full and marks its own ground
                                           only by underlining it (pen stroke, or typed bold + underline)
  K03_fakta_vs_ketentuan       keberatan   argued in a table No | Fakta | Ketentuan yang Dilanggar / Dasar
                                           Hukum, the last row citing "Pasal 35 ayat (1) huruf x"
  K04_judul_pengaduan_isi_keberatan keberatan headed "SURAT PENGADUAN" (Perihal "Pengaduan ..."), Roman
                                           sections I. Identitas Pengadu / II. Uraian / III. Permintaan,
                                           asking to be handled as an objection under Pasal 35
  K05_hand_buku_agenda         keberatan   hand-written on a torn desk-diary page: printed day header and
                                           mini calendar of another day, rules, perforation; always a scan
  S01_ki_pergantian_majelis    sengketa    KI notice of a change of the panel: case rows, table Kedudukan |
                                           Semula | Menjadi, next hearing rows, Tembusan to the applicant
  S02_ki_sidang_daring_tatib   sengketa    KI summons to an online hearing: shaded panel (application,
                                           meeting ID, passcode, link); page 2 TATA TERTIB PERSIDANGAN DARING
  S03_ki_teguran_ketidakhadiran sengketa   KI warning for the respondent's absence: attendance table
                                           (Tanggal | Agenda | Pemohon | Termohon), documents to bring
  M01_pokja_pengumuman_tender  surat_masuk procurement bureau's Pokja announces the KPU's tender: parameter
                                           grid (Kode Tender, Pagu, HPS ...) and schedule table
  M02_bps_pks_pertukaran_data  surat_masuk BPS invites to sign a data-sharing agreement: event rows, table Data
                                           dari BPS | Data dari KPU
  M03_kpuri_migrasi_eppid      surat_masuk KPU RI Surat Dinas on migrating e-PPID, schedule table, TTE footer
                                           with QR; page 2 the list of administrator accounts per satker
  M04_bmkg_prakiraan_cuaca     surat_masuk BMKG climatology station's ten-day rainfall outlook per regency,
                                           colour legend, recommendations for logistics
  M05_damkar_pemeriksaan_proteksi surat_masuk fire service's inspection results + page 2 the inspection sheet
                                           (findings typed or written in by hand), three signatures
  M06_pmi_donor_darah          surat_masuk Red Cross city branch asks to host a blood drive: stock table, donor
                                           requirements as bullets ("Permohonan" in the Hal)
  M07_surat_jalan_logistik     surat_masuk vendor's SURAT JALAN for election logistics: No./Tanggal box, SPK,
                                           vehicle and driver rows, goods table with received counts (often
                                           by hand), three signatures
  M08_csirt_insiden_siber      surat_masuk provincial CSIRT (Diskominfo) notifies a cyber incident on the PPID
                                           web assets: TLP:AMBER marks, incident table, actions

Truth conventions (as the fifteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation is written in lower case, the truth
    keeps the capitals).  Several requested items are joined with "; " without numbering, letters
    (a., (a)), "dan" or final punctuation.  phone E.164 (+62...; a landline "(0711) 31x xxx" ->
    +6271131xxxx; "(WA)" dropped), email lower-case, letter_date ISO.  Names keep prefixes and
    degrees (Kgs. H., Nyimas, Dr., Ir., S.E., M.Si.), never Bapak/Ibu/Sdr.  NIK: the 16 digits
    (printed with spaces or dots sometimes); a KTP copy supplies the NIK when the letter lacks it
    (never its address or occupation).  A NIK the writer mistyped (P01, P04: a digit dropped, a
    month 13-19 or an impossible day) is held as written, digits only, and the record says
    "nik_as_written_invalid": true; such letters carry no KTP copy.
  * The applicant is the natural person who asks or objects: P01 the group's officer in the identity
    lines; P02 the Pemberi Kuasa (never the relative who files; phone and e-mail only when printed in
    the Pemberi Kuasa column, "-" is null; a delivery to the proxy's e-mail is "email"); P03 the
    chair (address: the "Alamat" row, or the "Alamat Kantor" row's secretariat address as printed;
    phone the identity row's, even when it is the secretariat's landline; the footer's contacts are
    not the applicant's); P05 the researcher (not the lab head / supervisor; e-mail the Surel row);
    P07 the letter's Alamat (the domicile), not the KTP's or the certificate's.  occupation only from
    a Pekerjaan label or "bekerja sebagai ..."; a Jabatan, NIDN, NIM or "Umur" is never one.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KEMENTERIAN ...) and tag lines left out: P01 / P03 the group's name lines; P05 university +
    faculty + laboratory; S01-S03 the KI as printed (title case when so); M01 "BIRO PENGADAAN BARANG
    DAN JASA"; M02 "BADAN PUSAT STATISTIK PROVINSI SUMATERA SELATAN"; M03 "KOMISI PEMILIHAN UMUM
    REPUBLIK INDONESIA"; M04 "BADAN METEOROLOGI, KLIMATOLOGI, DAN GEOFISIKA STASIUN KLIMATOLOGI KELAS
    I SUMATERA SELATAN"; M05 "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"; M06 "PALANG MERAH INDONESIA
    KOTA PALEMBANG"; M07 the company line; M08 "DINAS KOMUNIKASI DAN INFORMATIKA".  null for
    individuals, P06's shop blank and P08's folder cover (the shop imprint and the cover are not
    letterheads).
  * letter_number: the letter's own Nomor / No.; never a cited number (K01's photographed PPID letter,
    P07's domicile certificate, M01's KPU letter, M07's SPK, S01's penetapan).  subject: a Hal /
    Perihal / Hal ikhwal line (K05 and P06 as written by hand); null when there is none (P04 often,
    M07).  letter_date: the writer's date: P06 the hand-written day with the blank's printed "20"
    completed, K05 the date written at the top (the diary's printed day is not), M07 the Tanggal in
    the box.
  * obtain_method / delivery_method from words or table columns: P05 the Format column, all rows
    alike ("Excel (.xlsx)", "CSV", "PDF", "Shapefile/CSV" -> salinan_softcopy, "Hardcopy", "Cetak"
    -> salinan_hardcopy); an item of P05 is its row read across: Data / Variabel, Cakupan Wilayah and
    Periode cells joined by spaces.  objection_reason_code from the ground in words (K01, K04, K05),
    the underlined statute line (K02) or the cited huruf (K03).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran only, null when not
    printed.  sengketa letters carry the applicant's name (address when printed), the disputed
    information when printed, the cited request number when printed, the KI register number and the
    letter's own number, date, subject and sender.  surat_masuk carries only letter_number,
    letter_date, subject and sender_org, however much it speaks of "permohonan", "data",
    "informasi" or PPID (M06's "Permohonan ...", M03's e-PPID, M08's PPID web assets).
  * Stamps, signatures, meterai, logos, the red cross, QR squares, swatches, ticks and the pen
    underline are pictures; printed and written words are page text (the footer's small print, the
    diary's header and calendar numbers, the shop imprint, the TLP marks, and the words in K01's
    photo and on KTP copies, although those are pictures in the born-digital version).  handwritten
    is true when field values are hand-written (P04 hand variant, P06, K05); M05 and M07 hand
    variants have hand-written findings / counts only and are scans with handwritten false.
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
                    # at least 3.4 pt, so that a PDF text extractor still sees the word gap
                    gapw = min(max(gapw, tw(" ", font, size), 3.4), tw(" ", font, size) * 3)
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
    extra: dict | None = None  # further keys of the truth record (nik_as_written_invalid)


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


# ---------------------------------------------------------------------------------------------
# people of the sixteenth corpus: more naming traditions, NIKs of Sumsel regencies only, more
# kinds of address (Jl. / Lrg. / Komplek / Desa)
# ---------------------------------------------------------------------------------------------
SUMSEL_KAB = (
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
JAWA_M = (
    "Sutrisno",
    "Slamet Riyadi",
    "Bambang Sutejo",
    "Joko Susilo",
    "Agus Prasetyo",
    "Wahyu Nugroho",
    "Suparman",
    "Heru Santoso",
    "Teguh Wibowo",
    "Purnomo Hadi",
    "Sugeng Raharjo",
    "Dwi Hartono",
)
JAWA_F = (
    "Sri Wahyuningsih",
    "Endang Sulastri",
    "Tri Rahayu",
    "Retno Handayani",
    "Dwi Kusumawati",
    "Sumarni",
    "Yuni Astuti",
    "Siti Mulyani",
    "Ninik Suryani",
)
PLG_CORE_M = (
    "Ahmad Fauzan",
    "Muhammad Rizal",
    "Abdul Rozak",
    "Husin Thamrin",
    "Syarifuddin",
    "Hendri Zainuddin",
    "M. Yusuf Effendi",
    "Ali Akbar",
    "Rusdi Hasan",
)
PLG_CORE_F = (
    "Siti Aisyah",
    "Rohana",
    "Zubaidah",
    "Nurhasanah",
    "Fatimah Azzahra",
    "Cik Ani Marlina",
    "Mardiah",
)
PLG_PFX_M = ("Kgs.", "Kms.", "Mgs.", "R.", "Kgs. H.", "Mgs. H.")
PLG_PFX_F = ("Nyimas", "Nyayu", "R.A.", "Nyimas Hj.")
BATAK_M = ("Lamhot", "Parlindungan", "Togar", "Hotman", "Sahat", "Binsar", "Martua", "Jonner")
BATAK_F = ("Rosmaida", "Lasmaria", "Tiurma", "Debora", "Rotua", "Friska", "Romauli")
MARGA = (
    "Simanjuntak",
    "Siregar",
    "Nainggolan",
    "Situmorang",
    "Panjaitan",
    "Hutapea",
    "Sitompul",
    "Manurung",
    "Pardede",
    "Lumbantobing",
    "Sinaga",
    "Hutagalung",
)
CINA_M = (
    "Tan Kok Wei",
    "Lim Hendra Wijaya",
    "Hendra Gunawan Tanoto",
    "Yohanes Kurniawan Halim",
    "Kevin Hartanto",
    "Liem Swie Hok",
    "Andi Setiawan Tjong",
    "Budi Santoso Ong",
)
CINA_F = (
    "Lie Mei Hwa",
    "Go Lian Nio",
    "Melisa Tjandra",
    "Felicia Oei",
    "Susanti Wijaya",
    "Lanny Kosasih",
    "Vivian Tanuwijaya",
)
ARAB_M = (
    "Husein Alatas",
    "Ali Assegaf",
    "Umar Bafadhal",
    "Abdullah Alaydrus",
    "Muhsin Al-Kaff",
    "Salim Basyaiban",
    "Hasan Al-Habsyi",
    "Ahmad Baraqbah",
)
ARAB_F = (
    "Syarifah Nur Alaydrus",
    "Fatimah Al-Habsyi",
    "Aisyah Assegaf",
    "Sarah Bafadhal",
    "Khadijah Alatas",
    "Syarifah Maryam Shahab",
)
DEG16 = (
    "S.H.",
    "S.E.",
    "S.Sos.",
    "S.T.",
    "S.Kom.",
    "S.I.Kom.",
    "S.Pd.",
    "S.Ag.",
    "S.IP.",
    "S.Psi.",
    "S.Hum.",
    "S.P.",
    "A.Md.",
)
DEG16_H = ("M.Si.", "M.H.", "M.Pd.", "M.M.", "M.Kom.", "M.T.", "M.A.", "M.Kn.", "Ph.D.")
FRONT_M = ("H.", "H.", "Dr.", "Ir.", "Drs.", "Dr. H.", "Ir. H.")
FRONT_F = ("Hj.", "Hj.", "Dr.", "Ir.", "Dra.", "Dr. Hj.")
DESA = (
    "Tanjung Raja",
    "Pulau Negara",
    "Sungai Rotan",
    "Muara Kuang",
    "Talang Jawa",
    "Sukamerindu",
    "Tanjung Baru",
    "Karang Agung",
    "Lubuk Rukam",
    "Pagar Dewa",
    "Rantau Panjang",
    "Sungai Pinang",
)
DUSUN = ("Dusun I", "Dusun II", "Dusun III", "Dusun IV", "Dusun V")
LRG = (
    "Lrg. Sepakat",
    "Lrg. Sei Jeruju",
    "Lrg. Pedatuan",
    "Lrg. Kebun Sahang",
    "Lrg. Pancasila",
    "Lrg. Kenanga",
    "Lrg. Tembok Baru",
    "Lrg. Lebak Murni",
    "Lrg. Seroja",
)
KOMP = (
    "Perumnas Talang Kelapa",
    "Griya Sejahtera Indah",
    "Bukit Sejahtera",
    "Villa Kenten Permai",
    "Citra Grand City",
    "Perumahan Azhar",
    "Taman Murni",
    "Griya Hero Abadi",
)


def name16(rng: random.Random, male: bool, ethnic: str, degree_p: float, prefix_p: float):
    """A name in one of several naming traditions; returns (core, full name with titles)."""
    pfx = ""
    if ethnic == "jawa":
        core = rng.choice(JAWA_M if male else JAWA_F)
    elif ethnic == "plg":
        core = rng.choice(PLG_CORE_M if male else PLG_CORE_F)
        pfx = rng.choice(PLG_PFX_M if male else PLG_PFX_F)
    elif ethnic == "batak":
        core = f"{rng.choice(BATAK_M if male else BATAK_F)} {rng.choice(MARGA)}"
    elif ethnic == "cina":
        core = rng.choice(CINA_M if male else CINA_F)
    elif ethnic == "arab":
        core = rng.choice(ARAB_M if male else ARAB_F)
    else:
        first = rng.choice(MALE if male else FEMALE)
        mid = rng.choice(
            ("", "", "", "Nur", "Adi", "Putra", "Dharma", "Indra")
            if male
            else ("", "", "", "Nur", "Sari", "Wati", "Ayu", "Kurnia")
        )
        lasts = [
            x
            for x in LAST
            if male
            or x not in ("Saputra", "Pratama", "Kurniawan", "Ramadhan", "Setiawan", "Syahputra")
        ]
        if male:
            lasts = [
                x
                for x in lasts
                if x not in ("Rahmawati", "Marlina", "Susanti", "Anggraini", "Oktaviani", "Permata")
            ]
        core = " ".join(x for x in (first, mid, rng.choice(lasts)) if x)
    name = f"{pfx} {core}" if pfx else core
    if rng.random() < prefix_p:
        if ethnic in ("batak", "cina"):
            front = rng.choice(("Dr.", "Ir.", "drs.") if male else ("Dr.", "Ir."))
        else:
            front = rng.choice(FRONT_M if male else FRONT_F)
        if not (front.endswith("H.") and " H." in f" {pfx}") and not (
            front.endswith("Hj.") and "Hj." in pfx
        ):
            name = f"{front} {name}"
    if rng.random() < degree_p:
        name += ", " + rng.choice(DEG16)
        if rng.random() < 0.35:
            name += ", " + rng.choice(DEG16_H)
    return core, name


def person16(
    rng: random.Random,
    male: bool | None = None,
    degree_p=0.3,
    prefix_p=0.15,
    job=None,
    ethnic: str | None = None,
    city: int | None = None,
) -> dict:
    """make_person with a name from name16, a NIK of a Sumsel regency/city (birth date, +40 for
    women, serial) and an address kind: street, lorong, housing estate or village."""
    p = make_person(rng, male=male, degree_p=0.0, prefix_p=0.0, job=job)
    if city is not None:
        c = CITIES[city]
        kel, kec = rng.choice(c[3])
        p.update(city=c[0], cityrec=c, kab_ktp=c[1], kel=kel, kec=kec)
        p["street"] = f"{rng.choice(c[4])} No. {rng.randint(1, 250)}"
    male = p["male"]
    ethnic = (
        ethnic
        or rng.choices(
            ("gen", "jawa", "plg", "batak", "cina", "arab"), weights=(40, 16, 16, 10, 9, 9)
        )[0]
    )
    core, name = name16(rng, male, ethnic, degree_p, prefix_p)
    c = p["cityrec"]
    u = rng.random()
    kind = "jl"
    if c[6] != "Kota" and u < 0.35:
        kind = "desa"
        p["kel"] = rng.choice(DESA)
        p["street"] = rng.choice(DUSUN)
    elif c[0] == "Palembang" and u < 0.4:
        kind = "lrg"
        p["street"] = f"{rng.choice(LRG)} No. {rng.randint(1, 120)}"
    elif u < 0.55:
        kind = "komp"
        p["street"] = (
            f"Komplek {rng.choice(KOMP)} Blok {rng.choice('ABCDEFGH')}{rng.randint(1, 12)}"
            f" No. {rng.randint(1, 40)}"
        )
    p["kind"] = kind
    kab = c[2] if rng.random() < 0.75 else rng.choice([k for k in SUMSEL_KAB if k != c[2]])
    b = p["birth"]
    dd = b.day + (0 if male else 40)
    p["nik"] = (
        f"{kab}{rng.randint(1, 20):02d}{dd:02d}{b.month:02d}{b.year % 100:02d}"
        f"{rng.randint(1, 2999):04d}"
    )
    toks = [re.sub(r"[^a-z]", "", t.lower()) for t in core.split()]
    toks = [t for t in toks if len(t) > 1] or ["warga"]
    if len(toks) == 1:
        toks.append(rng.choice(("plg", "sumsel", "official", str(rng.randint(70, 99)))))
    email = (
        rng.choice(
            (
                f"{toks[0]}.{toks[-1]}",
                f"{toks[0]}{toks[-1][:3]}{rng.randint(10, 99)}",
                f"{toks[-1]}_{toks[0]}",
                f"{toks[0]}{rng.randint(70, 99)}",
            )
        )
        + "@"
        + rng.choice(("gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com"))
    )
    p.update(
        name=name,
        core=core,
        ktp_name=core.upper(),
        ethnic=ethnic,
        email=email,
        email_printed=email if rng.random() > 0.1 else email[0].upper() + email[1:],
    )
    p["rtrw"] = f"{p['rt']:03d}/{p['rw']:03d}"
    return p


def kab_names(c) -> tuple[str, str]:
    """(long, short) name of a person's city or regency: ("Kota Palembang", "Palembang") or
    ("Kabupaten Ogan Ilir", "Kab. Ogan Ilir")."""
    if c[6] == "Kota":
        return "Kota " + c[0], c[0]
    long = title_id(c[1])
    return long, "Kab. " + long.split(" ", 1)[1]


def address16(p: dict, rng: random.Random, style: int | None = None) -> str:
    """The address as a writer prints it, in the manner of the address kind."""
    c = p["cityrec"]
    long, short = kab_names(c)
    rt, rw = p["rt"], p["rw"]
    if p["kind"] == "desa":
        s = rng.randint(0, 3) if style is None else style % 4
        if s == 0:
            return f"{p['street']} RT {rt:02d}, Desa {p['kel']}, Kec. {p['kec']}, {short}"
        if s == 1:
            return f"{p['street']}, Desa {p['kel']}, Kecamatan {p['kec']}, {long}"
        if s == 2:
            return (
                f"Desa {p['kel']} RT {rt:03d} RW {rw:03d} {p['street']}, Kec. {p['kec']}, {short}"
            )
        return f"{p['street']} Desa {p['kel']} Kec. {p['kec']} {short} Sumatera Selatan"
    s = rng.randint(0, 10) if style is None else style
    if s <= 7:
        return fmt_address(p, rng, s)
    if s == 8:
        return f"{p['street']} RT.{rt:02d}/RW.{rw:02d} Kel. {p['kel']} Kec. {p['kec']} {short}"
    if s == 9:
        return f"{p['street']}, Rt {rt} Rw {rw}, Kelurahan {p['kel']}, Kecamatan {p['kec']}, {long}"
    return f"{p['street']}, RT {rt:02d} RW {rw:02d}, Kel. {p['kel']}, Kec. {p['kec']}, {long}, Sumatera Selatan"


def fmt16(d: date, style: str) -> str:
    """fmt_date with a few more ways of writing a date."""
    if style == "abbrdot":
        return f"{d.day} {BLN3[d.month - 1]}. {d.year}"
    if style == "lower":
        return f"{d.day} {BULAN[d.month - 1].lower()} {d.year}"
    if style == "tgl":
        return f"tanggal {d.day} bulan {BULAN[d.month - 1]} tahun {d.year}"
    if style == "dashrom":
        return f"{d.day}-{ROMAN[d.month - 1]}-{d.year}"
    return fmt_date(d, style)


DATE16 = (*DATE_STYLES, "abbrdot", "lower", "dashrom")


def pdate16(rng: random.Random, city: str, d: date, style: str | None = None) -> str:
    return f"{city}, {fmt16(d, style or rng.choice(DATE16))}"


def bad_nik(rng: random.Random, nik: str) -> str:
    """A NIK as a writer mistyped it: a digit dropped, or an impossible month or day."""
    k = rng.randrange(3)
    if k == 0:
        i = rng.randrange(4, 16)
        return nik[:i] + nik[i + 1 :]
    if k == 1:
        return nik[:8] + f"{rng.randint(13, 19)}" + nik[10:]
    return nik[:6] + rng.choice(("00", "35", "38", "75", "80")) + nik[8:]


def nik_valid(nik: str) -> bool:
    """16 digits, a Sumsel regency/city code, a kecamatan code, a real birth date (day + 40 for
    women) and a serial other than 0000."""
    if not re.fullmatch(r"\d{16}", nik) or nik[:4] not in SUMSEL_KAB or nik[4:6] == "00":
        return False
    dd, mm, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if dd > 40:
        dd -= 40
    ok = False
    for cent in (1900, 2000):
        try:
            date(cent + yy, mm, dd)
            ok = True
        except ValueError:
            pass
    return ok and nik[12:] != "0000"


# ---------------------------------------------------------------------------------------------
# helpers of the sixteenth layouts
# ---------------------------------------------------------------------------------------------
PURPOSES16 = (
    *PURPOSES,
    "Bahan sosialisasi pendidikan pemilih bagi warga desa",
    "Penyusunan laporan pemantauan pemilihan oleh organisasi kami",
    "Bahan pemberitaan dan verifikasi fakta",
    "Pengajuan usulan perbaikan data pemilih di lingkungan kami",
    "Bahan rapat kerja pengurus dan perencanaan program tahun depan",
    "Kajian kebijakan anggaran penyelenggaraan pemilihan",
)
SMS_PURPOSES = (
    "Bahan skripsi",
    "Tugas kuliah",
    "Bahan berita",
    "Pengawasan pemilu oleh warga",
    "Arsip pribadi",
    "Rapat evaluasi organisasi",
    "Penelitian partisipasi pemilih",
)
GROUND16 = {  # code -> the ground in words, phrased anew for this corpus
    "a": "PPID menolak permohonan saya dengan dalih informasi yang dikecualikan, tanpa menyertakan hasil uji konsekuensi",
    "b": "laporan yang wajib diumumkan secara berkala itu tidak pernah dipublikasikan, sehingga tidak dapat saya akses",
    "c": "surat permohonan saya dibiarkan tanpa jawaban tertulis sampai lewat sepuluh hari kerja",
    "d": "PPID hanya memberikan tautan laman yang isinya berbeda dengan informasi yang saya minta",
    "e": "informasi yang saya minta tidak diberikan, padahal PPID tidak menyatakan informasi itu dikecualikan",
    "f": "saya diminta membayar biaya fotokopi yang jauh di atas harga wajar",
    "g": "jawaban dan informasi baru saya terima setelah lewat batas waktu yang ditentukan undang-undang",
}
STATUTE35 = (  # Pasal 35 ayat (1) UU 14/2008 as the statute words it
    (
        "a",
        "penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17;",
    ),
    ("b", "tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9;"),
    ("c", "tidak ditanggapinya permintaan informasi;"),
    ("d", "permintaan informasi ditanggapi tidak sebagaimana yang diminta;"),
    ("e", "tidak dipenuhinya permintaan informasi;"),
    ("f", "pengenaan biaya yang tidak wajar; dan/atau"),
    ("g", "penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini."),
)


def fit_size(strings, font: str, size: float, width: float, lo: float = 6.5) -> float:
    """The largest size <= size at which every string fits in width (never below lo)."""
    wmax = max([tw(s, font, 1) for s in strings if s] + [1e-6])
    return max(lo, min(size, width / wmax))


def inline_rows(d: Doc, rows, x=None, size=None, font=None, hang=18.0) -> None:
    """Identity lines typed as "Label: value" one after the other, without a tab column; a
    wrapped value continues under a hanging indent."""
    c = d.ctx
    x = d.L if x is None else x
    size = size or c.size
    font = font or c.r
    sep = ": "
    for lab, val in rows:
        s = f"{lab}{sep}{val}"
        first = wrap(s, font, size, d.R - x)
        lines = first[:1]
        if len(first) > 1:
            lines += wrap(" ".join(first[1:]), font, size, d.R - x - hang)
        for i, ln in enumerate(lines):
            d.need(size * 1.45)
            d.pg.t(x + (hang if i else 0), d.y, ln, font, size)
            d.y += size * 1.45


def sign_cols(d: Doc, cols: list[dict], font=None, size=None, top_gap=4.0) -> None:
    """Signature blocks side by side: each col a dict with pre (lines above), name, sub (a line
    under the name), stamp ((ring, centre) or None), meterai (bool); names on one baseline."""
    c = d.ctx
    font = font or c.r
    size = size or c.size
    n = len(cols)
    cw = d.W / n
    npre = max(len(col.get("pre", [])) for col in cols)
    d.need(npre * size * 1.4 + 80)
    y0 = d.y + top_gap
    pg = d.pg
    lead = size * 1.4
    ny = y0 + npre * lead + 44
    for i, col in enumerate(cols):
        x = d.L + i * cw + (6 if i else 0)
        fs = fit_size([*col.get("pre", []), col["name"], col.get("sub") or ""], font, size, cw - 10)
        for k, s in enumerate(col.get("pre", [])):
            if font == "hand":
                d._hand(x, y0 + k * lead, s, fs, c.ink)
            else:
                pg.t(x, y0 + k * lead, s, font, fs)
        if col.get("meterai"):
            pg.img(x - 6, ny - 50, 50, 32, meterai_img(c.rng))
        if col.get("sig", True):
            c.sig(pg, x + c.rng.uniform(0, 14), ny - 42, 80)
        if col.get("stamp"):
            c.stamp(pg, x - 26, ny - 62, col["stamp"][0], col["stamp"][1], 64)
        nf = "hand" if font == "hand" else c.b
        if font == "hand":
            d._hand(x, ny, col["name"], fs, c.ink)
        else:
            pg.t(x, ny, col["name"], nf, fs)
            if col.get("underline", True):
                pg.line(x, ny + 2, x + tw(col["name"], nf, fs), ny + 2, 0.5)
        if col.get("sub"):
            pg.t(x, ny + lead, col["sub"], font if font != "hand" else "hr", fs - 0.5)
    d.y = ny + lead * 2


def lettered(d: Doc, items, x=None, size=None, font=None, hang=16.0, style="a.") -> None:
    """A list marked a. b. c. / a) b) / (a) (b)."""
    c = d.ctx
    x = d.L if x is None else x
    size = size or c.size
    font = font or c.r
    for i, it in enumerate(items):
        ch = "abcdefghij"[i]
        lab = {"a.": f"{ch}.", "a)": f"{ch})", "(a)": f"({ch})"}[style]
        d.need(size * 1.42)
        if font == "hand":
            d._hand(x, d.y, lab, size, c.ink)
        else:
            d.pg.t(x, d.y, lab, font, size)
        d.para(it, font, size, x=x + hang)


def kop_org(d: Doc, lines: list[str], color, tag: str | None, logo_kind="shield") -> str:
    """A plain organisation letterhead: the emblem at the left, name lines left-aligned in colour,
    a tag line in grey italics, a coloured rule; returns the name lines joined (the sender)."""
    c = d.ctx
    pg = d.pg
    y = 40.0
    logo(pg, d.L, y, 50, logo_kind)
    x = d.L + 60
    yy = y + 4
    for i, s in enumerate(lines):
        sz = fit_size([s], c.b, 15.5 if i == 0 else 12.5, d.R - x)
        yy += sz * (1.0 if i == 0 else 1.25)
        pg.t(x, yy, s, c.b, sz, color)
    if tag:
        yy += 12
        pg.t(x, yy, tag, c.i, 8.5, GREY)
    yy = max(yy + 8, y + 56)
    pg.line(d.L, yy, d.R, yy, 2.2, color)
    d.y = yy + 26
    return " ".join(lines)


def contact_footer(pages: list[Page], lines: list[str], color, font="hr") -> None:
    """Small-print contact lines under a coloured rule at the foot of every page."""
    for pg in pages:
        if pg.as_image:
            continue
        y = pg.h - 30 - 8.6 * (len(lines) - 1)
        pg.line(52, y - 12, pg.w - 52, y - 12, 1.4, color)
        for s in lines:
            sz = fit_size([s], font, 6.9, pg.w - 110)
            pg.t(pg.w / 2, y, s, font, sz, (70, 70, 70), "c")
            y += 8.6


def tick_mark(pg: Page, x: float, y: float, s: float, ink) -> None:
    """A printed check mark (a picture, not text) whose baseline is y."""
    pg.line(x, y - s * 0.45, x + s * 0.35, y, 1.2, ink)
    pg.line(x + s * 0.35, y, x + s, y - s * 0.95, 1.2, ink)


def job_low(job: str) -> str:
    """An occupation as written inside a sentence: lower case, acronyms kept."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in job.split())


def obdl_sentence(rng: random.Random, ob, dl, we=False) -> str:
    s = ob_dl_words(rng, ob, dl)
    if we:
        s = s.replace("saya", "kami")
    return s


def ref_number16(rng: random.Random, before: date) -> tuple[str, date]:
    """The Nomor Pendaftaran of an earlier request (the office's template)."""
    d = prev_wd(before - timedelta(days=rng.randint(16, 55)))
    return f"{rng.randint(1, 180):03d}/PPID/KPU-SS/{roman(d.month)}/{d.year}", d


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
ORG_P01 = (
    (
        ["FORUM WARGA PEDULI DEMOKRASI", "KABUPATEN MUSI RAWAS"],
        "FWPD-MR",
        "Jl. Lintas Sumatera Km. 7 Muara Beliti, Kab. Musi Rawas",
    ),
    (
        ["LEMBAGA KAJIAN DEMOKRASI DAN OTONOMI DAERAH"],
        "LKDOD",
        "Jl. Jenderal Sudirman No. 212 Palembang",
    ),
    (
        ["KARANG TARUNA BINA REMAJA", "KELURAHAN 8 ULU"],
        "KT-BR",
        "Jl. K.H. Azhari Lr. Bersatu No. 9 Palembang",
    ),
    (["PERKUMPULAN PEMUDA LINGKAR MUSI"], "PPLM", "Jl. Merdeka No. 41 Sekayu, Kab. Musi Banyuasin"),
    (
        ["GERAKAN PEREMPUAN MELEK POLITIK", "SUMATERA SELATAN"],
        "GPMP",
        "Komplek Villa Kenten Permai Blok B No. 8 Palembang",
    ),
)
P01_SUBJ = (
    "Permohonan Informasi Publik",
    "Permohonan Data",
    "Permintaan Informasi",
    "Permohonan Salinan Data",
    "Mohon Data Pemilu",
    "Permohonan Data Pemilih",
)
YTH_RIGHT = (
    [
        "Kepada",
        "Yth. Bapak Ketua KPU",
        "Provinsi Sumatera Selatan",
        "c.q. PPID",
        "di -",
        "Palembang",
    ],
    [
        "Kepada Yth.",
        "Pejabat Pengelola Informasi",
        "dan Dokumentasi (PPID)",
        "KPU Provinsi Sumatera Selatan",
        "di -",
        "Palembang",
    ],
    ["Yth. PPID KPU Provinsi", "Sumatera Selatan", "Jl. Kapten A. Rivai No. 95", "di Palembang"],
    [
        "Kepada",
        "Yth. Kepala Sekretariat",
        "KPU Provinsi Sumatera Selatan",
        "selaku PPID",
        "di -",
        "Tempat",
    ],
)


def p01_yth_kanan_hal_kiri(ctx: Ctx) -> Letter:
    """Old-style letter layout: Nomor / Lampiran / Perihal at the left and, on the same lines,
    the place-date and the addressee block ("Kepada Yth. ... di - Palembang") in a right-hand
    column; the body indented under the values; identity typed as "Label: value" lines without a
    tab column.  A citizen, or a community organisation on a simple letterhead (then with its
    Nomor).  Now and then the NIK is mistyped (kept as written)."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    is_org = rng.random() < 0.4
    p = person16(rng, degree_p=0.3, prefix_p=0.15)
    sender = num = None
    y_, m_ = ctx.date.year, ctx.date.month
    if is_org:
        lines, code, oaddr = rng.choice(ORG_P01)
        kop2(
            d,
            [(lines[0], ctx.b, 14), *[(s, ctx.b, 12.5) for s in lines[1:]]],
            [f"Sekretariat: {oaddr}"],
            rng.choice(("l", "c", None)),
            rng.choice((INK, NAVY, GREEN, MAROON)),
            rng.choice(("double", "thinthick", "single")),
            kinds=("shield",),
        )
        sender = " ".join(lines)
        num = rng.choice(
            (
                f"{rng.randint(1, 99):03d}/{code}/{roman(m_)}/{y_}",
                f"{rng.randint(1, 60):02d}/SEK/{code}/{y_}",
                f"B-{rng.randint(10, 300)}/{code}/{m_:02d}/{y_}",
            )
        )
    else:
        d.y = rng.uniform(64, 90)
    size = ctx.size
    lead = size * 1.45
    rx = d.L + d.W * rng.uniform(0.55, 0.6)
    rw = d.R - rx - 2
    right = list(rng.choice(YTH_RIGHT))
    hl = rng.choice(("Perihal", "Hal", "Perihal"))
    lamp = rng.choice(("-", "1 (satu) berkas", "-", "1 lembar"))
    rows = ([("Nomor", num)] if num else []) + [("Lampiran", lamp), (hl, "")]
    lab_w = max(tw(lab, ctx.r, size) for lab, _ in rows) + 6
    vx = d.L + lab_w + tw(": ", ctx.r, size)
    subs = [s for s in P01_SUBJ if tw(s, ctx.r, size) < rx - 14 - vx] or ["Permohonan Data"]
    subj = rng.choice(subs)
    rows[-1] = (hl, subj)
    if num and tw(num, ctx.r, size) > rx - 14 - vx:
        size = fit_size([num], ctx.r, size, rx - 14 - vx)
    pd = pdate16(rng, p["city"] if not is_org else "Palembang", ctx.date)
    rsize = fit_size([pd, *right], ctx.r, size, rw)
    y0 = d.y
    for i, (lab, val) in enumerate(rows):
        d.pg.t(d.L, y0 + i * lead, lab, ctx.r, size)
        d.pg.t(d.L + lab_w, y0 + i * lead, ":", ctx.r, size)
        d.pg.t(vx, y0 + i * lead, val, ctx.r, size)
    d.pg.t(rx, y0, pd, ctx.r, rsize)
    k0 = rng.choice((1, 2, 2))
    for k, s in enumerate(right):
        xx = rx + (
            tw("di ", ctx.r, rsize) + 6 if s in ("Palembang", "Tempat") and "di -" in right else 0
        )
        d.pg.t(xx, y0 + (k0 + k) * lead, s, ctx.r, rsize)
    d.y = y0 + max(len(rows), k0 + len(right)) * lead + 12
    bx = rng.choice((d.L, vx))
    d.line_text("Dengan hormat,", x=bx)
    we = is_org
    show_nik = rng.random() < 0.75
    show_job = rng.random() < 0.55
    show_mail = rng.random() < 0.4
    ktp = (not show_nik) or rng.random() < 0.2
    nik_print = p["nik"]
    bad = False
    if show_nik and not ktp and rng.random() < 0.15:
        nik_print = bad_nik(rng, p["nik"])
        bad = True
    addr = address16(p, rng)
    if we:
        d.para("Kami yang bertanda tangan di bawah ini:", x=bx)
    else:
        d.para(
            rng.choice(
                ("Saya yang bertanda tangan di bawah ini:", "Yang bertanda tangan di bawah ini:")
            ),
            x=bx,
        )
    rows = [("Nama", p["name"])]
    if we:
        role = rng.choice(("Ketua", "Koordinator", "Sekretaris", "Ketua Umum"))
        rows.append(("Jabatan", role))
    if show_nik:
        rows.append((rng.choice(("NIK", "No. KTP", "Nomor KTP")), nik_print))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Alamat", addr))
    rows.append((rng.choice(("No. HP", "Telepon", "HP/WA")), p["phone"]))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    inline_rows(d, rows, x=bx + 16)
    d.gap(2)
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 4)
    if we:
        d.para(
            f"bertindak untuk dan atas nama {title_id(sender)}, dengan ini mengajukan permohonan informasi publik berupa:",
            x=bx,
            justify=True,
        )
    else:
        d.para("dengan ini mengajukan permohonan informasi publik berupa:", x=bx)
    d.numbered(items, rng.choice(("{}.", "{})", "-")), x=bx + 10)
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"Informasi tersebut akan {'kami' if we else 'saya'} gunakan untuk {lc1(purpose)}.",
        x=bx,
        justify=True,
    )
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = obdl_sentence(rng, ob, dl, we)
    if s:
        d.para(s, x=bx, justify=True)
    d.need(150)
    d.para(rng.choice(CLOSE_K if we else CLOSE), x=bx, justify=True)
    if we:
        sign_block(
            d,
            ["Hormat kami,", f"{title_id(sender)},", f"{role},"]
            if len(sender) < 40
            else ["Hormat kami,", f"{role},"],
            p["name"],
            stamp=(sender[:34], "".join(w[0] for w in sender.split()[:3])),
        )
    else:
        sign_block(d, ["Hormat saya,"], p["name"])
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=(re.sub(r"\D", "", nik_print) if show_nik else p["nik"]) if (show_nik or ktp) else None,
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
        sender_org=sender,
    )
    return Letter(
        "permohonan_informasi",
        "P01_yth_kanan_hal_kiri",
        d.pages,
        fields,
        extra={"nik_as_written_invalid": True} if bad else None,
    )


KUASA_WHY = (
    ("sedang bekerja sebagai Pekerja Migran Indonesia di Johor Bahru, Malaysia", True),
    ("sedang menjalani rawat inap di rumah sakit", False),
    ("sudah lanjut usia dan tidak dapat bepergian jauh", False),
    ("sedang menempuh pendidikan di luar Provinsi Sumatera Selatan", False),
    ("sedang bertugas sebagai anak buah kapal dan sulit dihubungi", True),
)
RELATION = (
    "Anak kandung",
    "Adik kandung",
    "Kakak kandung",
    "Suami",
    "Istri",
    "Keponakan",
    "Menantu",
)


def p02_kuasa_dua_kolom(ctx: Ctx) -> Letter:
    """A request made by a family member on behalf of the applicant (who is abroad, in hospital,
    old, ...): the identities of both side by side in one bordered table (Uraian | Pemberi Kuasa
    (Pemohon) | Penerima Kuasa), the two addresses under it, the request in prose, the proxy
    signs; KTP copies of both often on page 2.  The applicant is the person represented."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    why, away = rng.choice(KUASA_WHY)
    for _ in range(20):
        p = person16(rng, degree_p=0.2, prefix_p=0.1)
        q = person16(rng, degree_p=0.15, prefix_p=0.05)
        if "lanjut usia" in why:
            set_birth(p, rng, 1942, 1958)
        size = ctx.size - 1
        wcol = (d.W - 92) / 2
        cells = [p["name"], q["name"], p["nik"], q["nik"]]
        fs = fit_size(cells, ctx.r, size, wcol - 11)
        if tw(p["name"], ctx.r, fs) <= wcol - 11 and tw(q["name"], ctx.r, fs) <= wcol - 11:
            break
    rel = rng.choice(RELATION)
    if rel in ("Suami", "Istri"):
        if p["male"] == q["male"]:
            rel = rng.choice(("Adik kandung", "Kakak kandung", "Keponakan"))
        else:
            rel = "Suami" if q["male"] else "Istri"
    sibling = rel in ("Adik kandung", "Kakak kandung")
    if sibling or (q["birth"].year - p["birth"].year < 16 and rel not in ("Suami", "Istri")):
        rel = "Adik kandung" if q["birth"] > p["birth"] else "Kakak kandung"
    d.line_text(pdate16(rng, q["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik melalui Kuasa",
            "Permohonan Informasi (Kuasa)",
            "Permohonan Data atas Nama Pemberi Kuasa",
        )
    )
    ktp = rng.random() < 0.6
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "Fotokopi KTP dan Surat Kuasa" if ktp else "Surat Kuasa Khusus", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    kdate = ctx.date - timedelta(days=rng.randint(2, 20))
    d.para(
        f"Yang bertanda tangan di bawah ini bertindak untuk dan atas nama Pemberi Kuasa berdasarkan Surat Kuasa Khusus tanggal {fmt_date(kdate, 'long')}, dengan identitas para pihak sebagai berikut:",
        justify=True,
    )
    show_pp = not away or rng.random() < 0.3
    show_pm = rng.random() < 0.35
    bp = f"{p['birthplace']}, {p['birth'].strftime('%d-%m-%Y')}"
    bq = f"{q['birthplace']}, {q['birth'].strftime('%d-%m-%Y')}"
    trows = [
        ["Nama", p["name"], q["name"]],
        ["NIK", p["nik"], q["nik"]],
        ["Tempat/Tgl. Lahir", bp, bq],
        ["Pekerjaan", p["job"], q["job"]],
        ["No. HP/WA", p["phone"] if show_pp else "-", q["phone"]],
        ["E-mail", p["email_printed"] if show_pm else "-", q["email_printed"]],
        ["Hubungan", "-", f"{rel} Pemberi Kuasa"],
    ]
    fs = fit_size([c for r in trows for c in r[1:]], ctx.r, size, wcol - 11)
    table2(
        d,
        [92.0, wcol, wcol],
        trows,
        ["Uraian", "Pemberi Kuasa (Pemohon)", "Penerima Kuasa"],
        size=fs,
    )
    pa = address16(p, rng)
    qa = address16(q, rng)
    kv_rows(d, [("Alamat Pemberi Kuasa", pa), ("Alamat Penerima Kuasa", qa)])
    d.gap(3)
    items = info_items(rng, 1, 3)
    d.para(
        f"Pemberi Kuasa {why}, sehingga permohonan informasi publik ini kami ajukan melalui Penerima Kuasa. Adapun informasi yang dimohon adalah:",
        justify=True,
    )
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES16)
    d.para(f"Informasi tersebut diperlukan oleh Pemberi Kuasa untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    if dl == "email":
        form = {
            "salinan": "salinan",
            "salinan_hardcopy": "salinan cetak (hardcopy)",
            "salinan_softcopy": "salinan elektronik (softcopy)",
        }
        d.para(
            (
                f"Informasi tersebut mohon diberikan dalam bentuk {form[ob]} dan "
                if ob in form
                else "Informasi tersebut mohon "
            )
            + f"dikirimkan ke alamat e-mail Penerima Kuasa ({q['email_printed']}).",
            justify=True,
        )
    else:
        s = ob_dl_words(rng, ob, dl)
        if s:
            d.para(
                s.replace("ingin saya peroleh", "ingin diperoleh").replace(
                    "saya ambil", "kami ambil"
                ),
                justify=True,
            )
    d.need(150)
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
        justify=True,
    )
    if away:
        sign_block(d, ["Penerima Kuasa,"], q["name"])
    else:
        sign_cols(
            d,
            [
                {"pre": ["Pemberi Kuasa,"], "name": p["name"]},
                {"pre": ["Penerima Kuasa,"], "name": q["name"]},
            ],
        )
    if ktp:
        d.pages.append(
            ktp_cards(
                ctx,
                [p, q],
                rng.choice(
                    ("Lampiran: Fotokopi KTP Pemberi dan Penerima Kuasa", "Fotokopi KTP-el")
                ),
            )
        )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=pa,
        phone=p["e164"] if show_pp else None,
        email=p["email"] if show_pm else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P02_kuasa_dua_kolom", d.pages, fields)


ORGS_FOOT = (
    (
        ["PERKUMPULAN MASYARAKAT PEDULI INFORMASI"],
        "PMPI",
        "Bersama Mengawal Keterbukaan",
        (0, 95, 140),
    ),
    (["KOMUNITAS LITERASI DATA SRIWIJAYA"], "KOLIDASRI", "Data Terbuka untuk Warga", (150, 60, 20)),
    (["YAYASAN LENTERA DESA MUSI"], "YLDM", "Pemberdayaan Masyarakat Desa", (0, 110, 70)),
    (["ASOSIASI PENGAWAS PARTISIPATIF", "SUMATERA SELATAN"], "APPSS", None, (120, 20, 40)),
    (
        ["LEMBAGA ADVOKASI ANGGARAN PUBLIK", "(LAAP) PALEMBANG"],
        "LAAP",
        "Transparansi - Akuntabilitas - Partisipasi",
        (30, 60, 130),
    ),
)
NOTARIES = (
    "Hj. Rosmala Dewi",
    "Yudhi Pratama",
    "Herlina Susanti",
    "Kms. Abdul Gani",
    "Theresia Simbolon",
)


def p03_ormas_footer_kontak(ctx: Ctx) -> Letter:
    """A community organisation's request whose letterhead carries only its emblem, name and tag
    line; the secretariat's address, phones, e-mail, web site, notarial deed / Kemenkumham SK and
    bank account sit in small print under a coloured rule at the foot of every page.  The
    chair's identity in rows (address: home or the secretariat's, as the row says)."""
    rng = ctx.rng
    lines, code, tag, color = rng.choice(ORGS_FOOT)
    d = Doc(ctx, top=60)
    d.bottom = PH - 92
    sender = kop_org(d, lines, color, tag)
    p = person16(rng, degree_p=0.45, prefix_p=0.15)
    sec_addr = office_address(rng)
    land, land164 = landline(rng, "0711")
    wa = person16(rng)["phone"]
    num = rng.choice(
        (
            f"{rng.randint(1, 150):03d}/{code}/{roman(ctx.date.month)}/{ctx.date.year}",
            f"{rng.randint(1, 90):02d}/Ext/{code}/{ctx.date.year}",
            f"{code}/{rng.randint(1, 200):03d}/{ctx.date.strftime('%m')}.{ctx.date.year}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Data dan Informasi",
            "Permohonan Salinan Dokumen",
            "Permohonan Informasi Kepemiluan",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Kami yang bertanda tangan di bawah ini:")
    role = rng.choice(("Ketua", "Koordinator", "Direktur Eksekutif", "Ketua Umum"))
    own_addr = rng.random() < 0.5
    addr = address16(p, rng) if own_addr else f"Sekretariat {title_id(sender)}, {sec_addr}"
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.3
    show_mail = rng.random() < 0.45
    phone_land = rng.random() < 0.2
    rows = [("Nama", p["name"]), ("Jabatan", f"{role} {title_id(sender)}")]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Alamat" if own_addr else "Alamat Kantor", addr))
    rows.append(("Telepon", land if phone_land else wa_mark(rng, p["phone"])))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    d.gap(2)
    items = info_items(rng, 2, 4)
    d.para(
        f"dengan ini, untuk dan atas nama {title_id(sender)}, mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan sebagai berikut:",
        justify=True,
    )
    lettered(d, items, x=d.L + 10, style=rng.choice(("a.", "a)", "(a)")))
    purpose = rng.choice(PURPOSES16)
    d.para(f"Informasi tersebut akan kami pergunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = obdl_sentence(rng, ob, dl, True)
    if s:
        d.para(s, justify=True)
    d.need(150)
    d.para(rng.choice(CLOSE_K), justify=True)
    if rng.random() < 0.4:
        sec = person16(rng, degree_p=0.4)
        d.line_text(f"Hormat kami, {title_id(sender)}", align="c")
        sign_cols(
            d,
            [
                {"pre": [f"{role},"], "name": p["name"], "stamp": (sender[:32], code)},
                {"pre": ["Sekretaris,"], "name": sec["name"]},
            ],
        )
    else:
        sign_block(d, ["Hormat kami,", f"{role},"], p["name"], stamp=(sender[:32], code))
    notary = rng.choice(NOTARIES)
    foot = [
        f"Sekretariat: {sec_addr}  |  Telp. {land}  |  WA {wa}",
        f"Surel: {code.lower()}.sumsel@gmail.com  |  Laman: www.{code.lower()}.or.id",
        f"Akta Notaris {notary}, S.H., M.Kn. Nomor {rng.randint(3, 60)} Tanggal {fmt_date(date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28)), 'long')}  |  SK Kemenkumham No. AHU-{rng.randint(1000000, 9999999):07d}.AH.01.07.Tahun {rng.randint(2012, 2022)}",
    ]
    if rng.random() < 0.5:
        foot.append(
            f"Rekening: Bank Sumsel Babel No. {rng.randint(100, 199)}-09-{rng.randint(10000, 99999)} a.n. {title_id(sender)}"
        )
    contact_footer(d.pages, foot, color)
    if rng.random() < 0.2 or not show_nik:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=land164 if phone_land else p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P03_ormas_footer_kontak", d.pages, fields)


def p04_ttl_paragraf_rt_mengetahui(ctx: Ctx) -> Letter:
    """A citizen's letter whose identity is one sentence ("nama saya ..., lahir di ... pada
    tanggal ..., NIK ..., beralamat di ..., sehari-hari bekerja sebagai ..."), the items listed,
    and at the foot three signatures side by side: "Mengetahui, Ketua RT" (and Ketua RW or the
    Kepala Dusun) with their stamps beside the applicant's.  Typed, or written by hand."""
    rng = ctx.rng
    hand = ctx.hand
    lead = None
    if hand:
        ctx.r = ctx.b = ctx.i = "hand"
        ctx.size = rng.choice((12.0, 12.5, 13.0))
        lead = rng.uniform(19.5, 22.0)
        d = Doc(ctx, top=72, left=rng.uniform(56, 70), right=PW - rng.uniform(44, 56))
    else:
        d = Doc(ctx, top=68)
    p = person16(rng, degree_p=0.15 if hand else 0.3, prefix_p=0.1)
    addr = address16(p, rng)
    pd = pdate16(rng, p["city"], ctx.date)
    top_date = rng.random() < 0.6
    if top_date:
        d.line_text(
            pd,
            align="r" if not hand else "l",
            x=None if not hand else d.R - tw(pd, "hand", ctx.size) - 4,
            lead=lead,
        )
    show_subj = rng.random() < 0.55
    subj = rng.choice(
        ("Permohonan Informasi", "Permohonan Data Pemilu", "Permintaan Informasi Publik")
    )
    if show_subj:
        d.kv("Perihal", subj, 52 if not hand else 70, lead=lead)
        d.gap(6)
    for s in kpu_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(8)
    d.line_text("Dengan hormat,", lead=lead)
    show_job = rng.random() < 0.65
    show_mail = rng.random() < 0.3 and not hand
    ktp = rng.random() < (0.5 if hand else 0.4)
    nik_print = p["nik"]
    bad = False
    if not ktp and rng.random() < 0.15:
        nik_print = bad_nik(rng, p["nik"])
        bad = True
    bstyle = rng.choice(("long", "long", "long0", "dash"))
    order = rng.random()
    if order < 0.5:
        s = f"Nama saya {p['name']}, lahir di {p['birthplace']} pada tanggal {fmt_date(p['birth'], bstyle)}, NIK {nik_print}, beralamat di {addr}"
    else:
        s = f"Saya yang bernama {p['name']}, NIK {nik_print}, tempat dan tanggal lahir {p['birthplace']}, {fmt_date(p['birth'], bstyle)}, bertempat tinggal di {addr}"
    if show_job:
        s += f", sehari-hari bekerja sebagai {job_low(p['job'])}"
    s += f", dapat dihubungi melalui nomor {p['phone']}"
    if show_mail:
        s += f" atau surel {p['email_printed']}"
    s += "."
    d.para(s, justify=not hand, lead=lead)
    items = (
        short_items(rng, 1, 3)
        if hand
        else (info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 4))
    )
    d.para(
        rng.choice(
            (
                "Bersama surat ini saya memohon agar dapat diberikan informasi sebagai berikut:",
                "Dengan ini saya mengajukan permohonan informasi publik berupa:",
            )
        ),
        justify=not hand,
        lead=lead,
    )
    for i, it in enumerate(items, 1):
        d.need(lead or ctx.size * 1.42)
        if hand:
            d._hand(d.L + 8, d.y, f"{i}.", ctx.size, ctx.ink)
        else:
            d.pg.t(d.L + 8, d.y, f"{i}.", ctx.r, ctx.size)
        d.para(it, x=d.L + 26, lead=lead)
    purpose = rng.choice(PURPOSES16)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=not hand, lead=lead)
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    s2 = ob_dl_words(rng, ob, dl)
    if s2:
        d.para(s2, justify=not hand, lead=lead)
    d.need(150)
    d.para(rng.choice(CLOSE), justify=not hand, lead=lead)
    rt_p = person16(rng, degree_p=0.05, city=CITIES.index(p["cityrec"]))
    rw_p = person16(rng, degree_p=0.05, city=CITIES.index(p["cityrec"]))
    desa = p["kind"] == "desa"
    second = (
        {"pre": ["", f"Kepala {p['street']}"], "name": rw_p["core"]}
        if desa
        else {
            "pre": ["", f"Ketua RW {p['rw']:02d}"],
            "name": rw_p["core"],
            "stamp": (
                f"RUKUN WARGA {p['rw']:02d} KEL. {p['kel'].upper()}"[:34],
                f"RW {p['rw']:02d}",
            ),
        }
    )
    cols = [
        {
            "pre": ["Mengetahui,", f"Ketua RT {p['rt']:02d}"],
            "name": rt_p["core"],
            "stamp": (
                f"RUKUN TETANGGA {p['rt']:02d} {('DESA ' if desa else 'KEL. ') + p['kel'].upper()}"[
                    :34
                ],
                f"RT {p['rt']:02d}",
            ),
        },
        second,
        {"pre": [pd if not top_date else "", "Pemohon,"], "name": p["name"]},
    ]
    if rng.random() < 0.35:
        cols.pop(1)
    if not cols[-1]["pre"][0]:
        cols[-1]["pre"] = ["Hormat saya,", "Pemohon,"]
    sign_cols(d, cols, font="hand" if hand else None, size=ctx.size - (0 if hand else 0.5))
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=re.sub(r"\D", "", nik_print),
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
    return Letter(
        "permohonan_informasi",
        "P04_ttl_paragraf_rt_mengetahui",
        d.pages,
        fields,
        handwritten=hand,
        extra={"nik_as_written_invalid": True} if bad else None,
    )


LABS = (
    (
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
        [
            "UNIVERSITAS SRIWIJAYA",
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
            "LABORATORIUM ILMU POLITIK DAN KEBIJAKAN PUBLIK",
        ],
        "B/{n}/UN9.FISIP/LAB-IPKP/{y}",
        "Jl. Raya Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662",
        "fisip.unsri.ac.id",
    ),
    (
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        [
            "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
            "FAKULTAS SYARIAH DAN HUKUM",
            "LABORATORIUM HUKUM TATA NEGARA DAN KEPEMILUAN",
        ],
        "B-{n}/Un.09/FSH/Lab.HTN/{m}/{y}",
        "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A Km. 3,5 Palembang 30126",
        "radenfatah.ac.id",
    ),
    (
        None,
        [
            "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
            "LABORATORIUM DATA DAN KOMPUTASI SOSIAL",
        ],
        "{n}/LAB-DKS/FISIP-UMP/{r}/{y}",
        "Jl. Jenderal Ahmad Yani 13 Ulu Palembang 30263",
        "um-palembang.ac.id",
    ),
    (
        None,
        [
            "UNIVERSITAS BINA DARMA",
            "FAKULTAS ILMU KOMPUTER",
            "LABORATORIUM SISTEM INFORMASI GEOGRAFIS",
        ],
        "{n}/Lab.SIG/FIK-UBD/{r}/{y}",
        "Jl. Jenderal Ahmad Yani No. 3 Palembang 30264",
        "binadarma.ac.id",
    ),
)
LAB_VARS = (
    "Jumlah DPT per kecamatan",
    "Jumlah TPS per desa/kelurahan",
    "Partisipasi pemilih per kecamatan",
    "Suara sah dan tidak sah per kecamatan",
    "Pemilih disabilitas per kecamatan",
    "Jumlah pemilih pemula",
    "Perolehan suara paslon per kecamatan",
    "Koordinat lokasi TPS",
)
LAB_AREAS = (
    "Kab. Ogan Ilir",
    "Kota Palembang",
    "Kab. Lahat",
    "Kab. Muara Enim",
    "17 kab/kota",
    "Kota Prabumulih",
    "Kab. Banyuasin",
)
LAB_PERIODS = ("Pemilu 2024", "Pemilihan 2024", "2019 dan 2024", "2024")
LAB_FORMATS = {
    "salinan_softcopy": ("Excel (.xlsx)", "CSV", "PDF", "Shapefile/CSV"),
    "salinan_hardcopy": ("Hardcopy", "Cetak"),
}
LAB_TITLES = (
    "Pola Spasial Partisipasi Pemilih di Sumatera Selatan",
    "Kualitas Daftar Pemilih dan Mobilitas Penduduk di Wilayah Perkotaan",
    "Aksesibilitas TPS bagi Pemilih Penyandang Disabilitas",
    "Determinan Suara Tidak Sah pada Pemilihan Serentak 2024",
)
LAB_PURPOSES = (
    "Analisis spasial partisipasi pemilih di Sumatera Selatan",
    "Penyusunan artikel ilmiah tentang kualitas daftar pemilih",
    "Pengembangan model prediksi partisipasi pemilih berbasis data",
    "Bahan kajian kebijakan aksesibilitas pemilu",
)


def p05_lab_spesifikasi_data(ctx: Ctx) -> Letter:
    """A university research laboratory's letter: three-line letterhead (university, faculty,
    laboratory; a ministry line above for state universities), the researcher's identity (a
    lecturer, or a student assistant), the research title, a data specification table No | Data /
    Variabel | Cakupan Wilayah | Periode | Format, a data-use undertaking, and two signatures side
    by side: "Mengetahui, Kepala Laboratorium" (or the supervisor) and the researcher; sometimes a
    page 2 with the research summary."""
    rng = ctx.rng
    umb, lines, nfmt, laddr, dom = rng.choice(LABS)
    d = Doc(ctx, top=54)
    heads = ([(umb, ctx.r, 10.5)] if umb else []) + [
        (lines[0], ctx.b, 14),
        (lines[1], ctx.b, 11.5),
        (lines[2], ctx.b, 11.5),
    ]
    kop2(
        d,
        heads,
        [laddr, f"Laman: {dom}  Surel: lab@{dom}"],
        rng.choice(("l", "l", "c")),
        rng.choice((INK, NAVY, (0, 70, 120))),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    sender = " ".join(lines)
    lect = rng.random() < 0.6
    p = person16(
        rng,
        degree_p=1.0 if lect else 0.0,
        prefix_p=0.35 if lect else 0.0,
        job="Dosen" if lect else "Mahasiswa",
    )
    if not lect:
        set_birth(p, rng, 2000, 2005)
    head = person16(rng, degree_p=1.0, prefix_p=0.6)
    y = ctx.date.year
    num = nfmt.format(
        n=rng.randint(10, 480), y=y, m=f"{ctx.date.month:02d}", r=roman(ctx.date.month)
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Data Penelitian",
            "Permohonan Informasi untuk Penelitian",
            "Permohonan Data Kepemiluan",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, rng.choice(("-", "1 (satu) berkas"))), (hl, subj)],
        pdate16(
            rng,
            rng.choice(("Palembang", "Indralaya")) if "Indralaya" in laddr else "Palembang",
            ctx.date,
        ),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Yang bertanda tangan di bawah ini, {'peneliti' if lect else 'asisten peneliti'} pada {title_id(lines[2])} {title_id(lines[1])} {title_id(lines[0])}:",
        justify=True,
    )
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.7
    uni_mail = rng.random() < 0.6
    user = (
        re.sub(r"[^a-z]", "", p["core"].split()[0].lower())
        + rng.choice(("", ".", "_"))
        + re.sub(r"[^a-z]", "", p["core"].split()[-1].lower())
    )
    mail = f"{user}@{dom}" if uni_mail else p["email_printed"]
    lab_addr = rng.random() < 0.45
    addr = f"{title_id(lines[2])}, {laddr}" if lab_addr else address16(p, rng)
    rows = [
        ("Nama", p["name"]),
        (
            "NIDN" if lect else "NIM",
            f"{rng.randint(200000000, 299999999):010d}"
            if lect
            else f"0{rng.randint(7000000000, 7999999999)}",
        ),
    ]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", p["phone"]), ("Surel", mail)]
    kv_rows(d, rows, x=d.L + 16)
    title = rng.choice(LAB_TITLES)
    d.para(
        f"sedang melaksanakan penelitian berjudul \u201c{title}\u201d. Untuk keperluan tersebut, kami memohon data dengan spesifikasi sebagai berikut:",
        justify=True,
    )
    ob = rng.choice(("salinan_softcopy", "salinan_softcopy", "salinan_hardcopy"))
    fmtc = rng.choice(LAB_FORMATS[ob])
    k = rng.randint(2, 4)
    vars_ = rng.sample(LAB_VARS, k)
    rows_t = []
    for v in vars_:
        rows_t.append([v, rng.choice(LAB_AREAS), rng.choice(LAB_PERIODS)])
    size = ctx.size - 1.5
    w = [22.0, 0.0, 92.0, 88.0, 74.0]
    w[1] = d.W - sum(w)
    fs = fit_size([r[0] for r in rows_t] + ["Data / Variabel"], ctx.r, size, w[1] - 11)
    fs = min(fs, fit_size([r[1] for r in rows_t] + ["Cakupan Wilayah"], ctx.r, size, w[2] - 11))
    fs = min(
        fs,
        fit_size([r[2] for r in rows_t], ctx.r, size, w[3] - 11),
        fit_size([fmtc], ctx.r, size, w[4] - 11),
    )
    table2(
        d,
        w,
        [[str(i + 1), a, b, c, fmtc] for i, (a, b, c) in enumerate(rows_t)],
        ["No", "Data / Variabel", "Cakupan Wilayah", "Periode", "Format"],
        size=fs,
        hfont=ctx.b,
    )
    items = [f"{a} {b} {c}" for a, b, c in rows_t]
    purpose = rng.choice(LAB_PURPOSES)
    d.para(
        f"Data tersebut akan digunakan semata-mata untuk {lc1(purpose)}, tidak akan diperjualbelikan atau disebarluaskan dalam bentuk data mentah, dan hasil penelitian akan kami sampaikan kepada KPU Provinsi Sumatera Selatan.",
        justify=True,
    )
    dl = None
    if ob == "salinan_softcopy" and rng.random() < 0.7:
        dl = "email"
        d.para(f"Data mohon dikirimkan melalui surel ke {mail}.", justify=True)
    elif ob == "salinan_hardcopy" and rng.random() < 0.6:
        dl = "mengambil_langsung"
        d.para("Salinan data akan kami ambil langsung di kantor PPID.", justify=True)
    d.need(150)
    d.para(rng.choice(CLOSE_K), justify=True)
    sup = "Kepala Laboratorium," if lect or rng.random() < 0.5 else "Dosen Pembimbing,"
    sign_cols(
        d,
        [
            {
                "pre": ["Mengetahui,", sup],
                "name": head["name"],
                "sub": f"NIP {nip(rng)}"
                if "RADEN" in lines[0] or "SRIWIJAYA" in lines[0]
                else f"NIDN {rng.randint(200000000, 299999999):010d}",
                "stamp": (lines[2][:34], "LAB"),
            },
            {"pre": ["", "Peneliti," if lect else "Asisten Peneliti,"], "name": p["name"]},
        ],
    )
    if rng.random() < 0.45:
        d.newpage()
        d.line_text("Lampiran", ctx.b)
        d.line_text("RINGKASAN RENCANA PENELITIAN", ctx.b, ctx.size + 1, align="c")
        d.gap(6)
        team = [p["name"], head["name"], person16(rng, degree_p=0.5)["name"]]
        kv_rows(
            d,
            [
                ("Judul", title),
                ("Lokasi", rng.choice(LAB_AREAS)),
                (
                    "Waktu",
                    f"{BULAN[ctx.date.month - 1]} s.d. {BULAN[(ctx.date.month + 3) % 12]} {y}",
                ),
            ],
        )
        d.gap(4)
        table2(
            d,
            [24.0, d.W - 24 - 150, 150.0],
            [
                [str(i + 1), t, r]
                for i, (t, r) in enumerate(
                    zip(
                        team,
                        (
                            "Peneliti Utama" if lect else "Asisten Peneliti",
                            "Penanggung Jawab",
                            "Anggota",
                        ),
                        strict=True,
                    )
                )
            ],
            ["No", "Nama", "Peran"],
            size=ctx.size - 1.5,
        )
        d.line_text("Metode", ctx.b)
        d.para(
            "Penelitian menggunakan pendekatan kuantitatif dengan analisis data sekunder hasil pemilu dan pemilihan, dipadukan dengan analisis spasial pada tingkat kecamatan serta wawancara terbatas dengan penyelenggara di tingkat kabupaten/kota.",
            justify=True,
        )
    if not show_nik and rng.random() < 0.5:
        d.pages.append(ktp_cards(ctx, [p]))
        nik = p["nik"]
    else:
        nik = p["nik"] if show_nik else None
    fields = F(
        applicant_name=p["name"],
        nik=nik,
        address=addr,
        phone=p["e164"],
        email=mail.lower(),
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P05_lab_spesifikasi_data", d.pages, fields)


SHOPS = (
    "Toko Buku & Fotokopi Sinar Jaya, Jl. Kol. H. Burlian Km. 6",
    "Percetakan & ATK Berkah Ilahi, Pasar Lahat",
    "Fotocopy Mandiri, Jl. Jenderal Sudirman Sekayu",
    "Toko ATK Sumber Rezeki, Pasar Cinde Palembang",
)


def p06_hand_blanko_toko(ctx: Ctx) -> Letter:
    """A ready-printed all-purpose request blank bought at a stationery shop (place and date with a
    printed "20..", Perihal, Lampiran, Kepada Yth., Nama / Umur / Pekerjaan / Alamat on dotted lines,
    "Dengan ini mengajukan permohonan" with ruled lines, a printed closing, the shop's imprint at
    the foot) filled in by hand; NIK and phone written into the free lines, the KTP copy often
    attached.  Always a scan."""
    rng = ctx.rng
    ink = ctx.ink
    pf = rng.choice(("tr", "hr", "kr", "ccr"))
    ps = 11.0
    d = Doc(ctx, top=70, left=66, right=PW - 58)
    pg = d.pg
    p = person16(rng, degree_p=0.08, prefix_p=0.05)
    hs = rng.choice((12.5, 13.0, 13.5))

    def H(x, y, s):
        d._hand(x, y - 1, s, hs, ink)

    # place and date line at the top right
    x0 = d.R - 250
    y = 78.0
    dotted(pg, x0, y, x0 + 88)
    pg.t(x0 + 90, y, ",", pf, ps)
    dotted(pg, x0 + 98, y, x0 + 208)
    pg.t(x0 + 210, y, "20", pf, ps)
    dotted(pg, x0 + 224, y, d.R)
    city = rng.choice((p["city"], p["city"], "Palembang"))
    H(x0 + 2, y, city)
    dm = rng.choice(
        (
            f"{ctx.date.day} {BULAN[ctx.date.month - 1]}",
            f"{ctx.date.day}-{ctx.date.month}-",
            f"{ctx.date.day} {BLN3[ctx.date.month - 1]}",
        )
    )
    H(x0 + 100, y, dm)
    H(x0 + 226, y, f"{ctx.date.year % 100:02d}")
    y += 30
    subj = rng.choice(
        (
            "Permohonan Data",
            "Permohonan Informasi",
            "Minta Data Pemilu",
            "Permohonan Informasi Publik",
        )
    )
    for lab, val in (("Perihal", subj), ("Lampiran", rng.choice(("Fotokopi KTP", "-", "1 lbr")))):
        pg.t(d.L, y, lab, pf, ps)
        pg.t(d.L + 62, y, ":", pf, ps)
        dotted(pg, d.L + 70, y, d.L + 280)
        H(d.L + 74, y, val)
        y += 22
    y += 8
    pg.t(d.L, y, "Kepada", pf, ps)
    y += 20
    pg.t(d.L, y, "Yth.", pf, ps)
    yth = rng.choice(
        (
            ["Bapak/Ibu PPID KPU", "Provinsi Sumatera Selatan"],
            ["Ketua KPU Prov. Sumsel", "c.q. PPID"],
            ["PPID KPU Provinsi Sumsel", ""],
        )
    )
    for k, s in enumerate(yth):
        dotted(pg, d.L + 28, y + k * 20, d.L + 260)
        if s:
            H(d.L + 32, y + k * 20, s)
    y += 40
    pg.t(d.L, y, "di", pf, ps)
    dotted(pg, d.L + 18, y, d.L + 200)
    H(d.L + 30, y, rng.choice(("Palembang", "Tempat", "Palembang")))
    y += 32
    pg.t(d.L, y, "Dengan hormat,", pf, ps)
    y += 20
    pg.t(d.L, y, "Yang bertanda tangan di bawah ini:", pf, ps)
    y += 24
    age = (
        ctx.date.year
        - p["birth"].year
        - ((ctx.date.month, ctx.date.day) < (p["birth"].month, p["birth"].day))
    )
    addr = address16(p, rng, rng.choice((0, 2, 3, 6, 8)))
    lx = d.L + 16
    vx = d.L + 100
    for lab, val, n in (
        ("Nama", p["name"], 1),
        ("Umur", str(age), 1),
        ("Pekerjaan", p["job"], 1),
        ("Alamat", addr, 2),
    ):
        pg.t(lx, y, lab, pf, ps)
        pg.t(vx - 8, y, ":", pf, ps)
        parts = wrap(val, "hand", hs, d.R - vx - 6)
        if lab == "Umur":
            dotted(pg, vx, y, vx + 60)
            pg.t(vx + 64, y, "Tahun", pf, ps)
            H(vx + 12, y, val)
            y += 22
            continue
        for k in range(max(n, len(parts))):
            dotted(pg, vx, y, d.R)
            if k < len(parts):
                H(vx + 3, y, parts[k])
            y += 22
    y += 6
    pg.t(d.L, y, "Dengan ini mengajukan permohonan", pf, ps)
    first_x = d.L + tw("Dengan ini mengajukan permohonan ", pf, ps)
    items = short_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES16[:7] + SMS_PURPOSES[:4])
    show_nik = rng.random() < 0.6
    ob, dl, wish = rng.choice(
        (
            (
                "salinan_hardcopy",
                "mengambil_langsung",
                "Saya minta fotokopinya dan akan saya ambil sendiri.",
            ),
            ("salinan_softcopy", "email", "Mohon dikirim softcopy ke email {email}"),
            ("salinan", "pos", "Mohon salinannya dikirim lewat pos ke alamat saya."),
            ("melihat", None, "Saya cukup melihat dan mencatat saja."),
            (None, None, ""),
        )
    )
    paras = ["kepada Bapak/Ibu agar dapat diberikan data / informasi tentang :"]
    if len(items) == 1:
        paras.append("- " + items[0])
    else:
        paras += [f"{i}. {it}" for i, it in enumerate(items, 1)]
    paras.append(f"Data tersebut untuk {lc1(purpose)}.")
    if wish:
        paras.append(wish.format(email=p["email_printed"]))
    tail = f"No. HP saya {p['phone']}"
    if show_nik:
        tail = f"NIK saya {p['nik']}, " + tail
    paras.append(tail + ".")
    hl = []
    for k, s in enumerate(paras):
        width = (d.R - first_x - 4) if k == 0 else (d.R - d.L - 30)
        ws = wrap(s, "hand", hs, width)
        if k == 0:
            hl.append((first_x, ws[0]))
            for w2 in wrap(" ".join(ws[1:]), "hand", hs, d.R - d.L - 30) if len(ws) > 1 else []:
                hl.append((d.L + 4, w2))
        else:
            for j, w2 in enumerate(ws):
                hl.append((d.L + (4 if j == 0 else 16), w2))
    nlines = max(8, len(hl))
    step = max(16.0, min(21.0, (PH - 175 - y) / nlines))
    for k in range(nlines):
        yy = y + k * step
        dotted(pg, d.L if k else first_x, yy, d.R)
        if k < len(hl):
            H(hl[k][0], yy, hl[k][1])
    y += nlines * step + 8
    for ln in wrap(
        "Demikian surat permohonan ini saya buat, atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        pf,
        ps,
        d.W,
    ):
        pg.t(d.L, y, ln, pf, ps)
        y += ps * 1.45
    y += 8
    sx = d.R - 190
    pg.t(sx + 20, y, "Hormat saya,", pf, ps)
    ctx.sig(pg, sx + 30, y + 6, 84, ink)
    y += 62
    pg.t(sx, y, "(", pf, ps)
    pg.t(sx + 176, y, ")", pf, ps)
    dotted(pg, sx + 8, y, sx + 172)
    H(sx + 12, y, p["name"] if tw(p["name"], "hand", hs) < 160 else p["core"])
    pg.t(
        d.L,
        PH - 40,
        f"Blanko Serbaguna No. {rng.randint(11, 40)} - {rng.choice(SHOPS)}",
        pf,
        7,
        GREY,
    )
    ktp = (not show_nik) or rng.random() < 0.4
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if "{email}" in wish else None,
        occupation=p["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P06_hand_blanko_toko",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


def skd_page(ctx: Ctx, p: dict, dom: dict, when: date) -> Page:
    """The kelurahan's SURAT KETERANGAN DOMISILI for a person whose KTP address differs."""
    rng = ctx.rng
    c2 = Ctx(rng, False, False)
    d = Doc(c2, top=54)
    kop2(
        d,
        [
            ("PEMERINTAH KOTA PALEMBANG", c2.b, 12),
            (f"KECAMATAN {dom['kec'].upper()}", c2.b, 12),
            (f"KELURAHAN {dom['kel'].upper()}", c2.b, 14),
        ],
        [
            f"{rng.choice(CITIES[0][4])} No. {rng.randint(1, 90)} Palembang  Kode Pos {rng.randint(30111, 30164)}"
        ],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    d.line_text("SURAT KETERANGAN DOMISILI", c2.b, c2.size + 2, align="c")
    ab = "".join(w[0] for w in dom["kel"].split()).upper()
    d.line_text(f"Nomor : 470/{rng.randint(20, 900)}/KL-{ab}/{when.year}", c2.r, c2.size, align="c")
    d.gap(10)
    lurah = person16(rng, degree_p=0.9)
    d.para(
        f"Yang bertanda tangan di bawah ini Lurah {dom['kel']} Kecamatan {dom['kec']} Kota Palembang, dengan ini menerangkan bahwa:",
        justify=True,
    )
    kv_rows(
        d,
        [
            ("Nama", p["ktp_name"]),
            ("NIK", p["nik"]),
            ("Tempat/Tgl. Lahir", f"{p['birthplace']}, {p['birth'].strftime('%d-%m-%Y')}"),
            ("Jenis Kelamin", "Laki-laki" if p["male"] else "Perempuan"),
            (
                "Alamat sesuai KTP",
                f"{p['street']} RT {p['rt']:03d} RW {p['rw']:03d} Kel./Desa {p['kel']} Kec. {p['kec']} {kab_names(p['cityrec'])[0]}",
            ),
        ],
        x=d.L + 20,
    )
    d.para(
        f"adalah benar berdomisili di {dom['street']} RT {dom['rt']:03d} RW {dom['rw']:03d} Kelurahan {dom['kel']} Kecamatan {dom['kec']} Kota Palembang sejak tahun {rng.randint(2018, when.year)}.",
        justify=True,
    )
    d.para(
        "Surat keterangan ini diberikan untuk melengkapi persyaratan administrasi dan dapat dipergunakan sebagaimana mestinya.",
        justify=True,
    )
    sign_block(
        d,
        [f"Lurah {dom['kel']},"],
        lurah["name"],
        sub=f"NIP {nip(rng)}",
        stamp=(f"KELURAHAN {dom['kel'].upper()}"[:32], "LURAH"),
        place_date=pdate16(rng, "Palembang", when, "long"),
    )
    return d.pages[0]


def p07_lampiran_sk_domisili(ctx: Ctx) -> Letter:
    """A citizen who has moved writes from the current domicile: the letter gives the domicile
    address, closes with a ticked list of enclosures, page 2 the KTP copy (with the old address)
    and page 3 the kelurahan's SURAT KETERANGAN DOMISILI (its own number, date and letterhead).
    The fields are the letter's; the KTP and the certificate are enclosures."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = person16(rng, degree_p=0.3, prefix_p=0.12)
    q = person16(rng, city=0)
    dom = {k: q[k] for k in ("street", "rt", "rw", "kel", "kec", "cityrec", "kind", "city")}
    if dom["kind"] == "desa":
        dom["kind"] = "jl"
    if dom["street"] == p["street"]:
        dom["street"] = f"{rng.choice(LRG)} No. {rng.randint(121, 199)}"
    dp = dict(p, **dom)
    addr = address16(dp, rng, rng.choice((0, 2, 5, 7, 8, 9, 10)))
    d.line_text(pdate16(rng, "Palembang", ctx.date), align="r")
    d.gap(2)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data dan Informasi",
            "Permintaan Salinan Informasi",
        )
    )
    lw = 62.0
    d.kv("Lampiran", "2 (dua) berkas", lw)
    d.kv(rng.choice(("Perihal", "Hal")), subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    rows = [
        ("Nama", p["name"]),
        ("NIK", spaced_nik(p["nik"], rng)),
        (
            "Tempat/Tgl. Lahir",
            f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash')))}",
        ),
    ]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", wa_mark(rng, p["phone"]))]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 18)
    d.gap(2)
    d.para(
        "Alamat tersebut adalah tempat tinggal saya saat ini; alamat pada KTP saya belum diperbarui sehingga saya lampirkan Surat Keterangan Domisili dari kelurahan.",
        justify=True,
        size=ctx.size - 0.5,
    )
    items = info_items(rng, 1, 3)
    d.para("Dengan ini saya mengajukan permohonan informasi publik berupa:")
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES16)
    d.para(f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.need(150)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.need(60)
    d.line_text("Lampiran:", size=ctx.size - 1)
    for i, s2 in enumerate(
        (
            "Fotokopi KTP",
            rng.choice(
                ("Surat Keterangan Domisili dari Kelurahan", "Surat Keterangan Domisili (asli)")
            ),
        )
    ):
        tick_mark(d.pg, d.L + 2, d.y - 1, 8, ctx.ink if rng.random() < 0.6 else INK)
        d.line_text(f"{i + 1}. {s2}", x=d.L + 16, size=ctx.size - 1)
    d.pages.append(ktp_cards(ctx, [p]))
    d.pages.append(skd_page(ctx, p, dom, ctx.date - timedelta(days=rng.randint(3, 40))))
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
    return Letter("permohonan_informasi", "P07_lampiran_sk_domisili", d.pages, fields)


def map_cover(ctx: Ctx, p: dict, when: date, contents: list[str]) -> Page:
    """The cover sheet of a document folder (SAMPUL BERKAS) as it is scanned with its contents."""
    rng = ctx.rng
    pg = Page()
    col = rng.choice(((40, 100, 170), (200, 120, 20), (0, 120, 90), (150, 30, 60)))
    pg.rect(40, 40, PW - 80, PH - 80, 2.2, col)
    pg.rect(40, 40, PW - 80, 70, 0, None, col)
    for k in range(4):
        pg.circle(58, 250 + k * 110, 7, 0.8, GREY, (235, 235, 235))
    f, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("tr", "tb")))
    pg.t(PW / 2, 84, "BERKAS PERMOHONAN", fb, 20, WHITE, "c")
    pg.t(PW / 2, 102, "INFORMASI PUBLIK", fb, 13, WHITE, "c")
    y = 160.0
    short_addr = f"{p['street']}, {p['kel']}, {p['city']}"
    rows = [
        ("Ditujukan kepada", "PPID KPU Provinsi Sumatera Selatan"),
        ("Dari", p["core"]),
        ("Alamat", short_addr),
        ("Tanggal", fmt_date(when, rng.choice(("dash", "slash0", "long")))),
        ("Kontak", p["phone"]),
    ]
    for k, v in rows:
        pg.t(90, y, k, f, 11)
        pg.t(205, y, ":", f, 11)
        for i, ln in enumerate(wrap(v, f, 11, PW - 300)):
            pg.t(215, y + i * 15, ln, f, 11)
        y += 15 * len(wrap(v, f, 11, PW - 300)) + 10
    y += 14
    pg.t(90, y, "Isi Berkas:", fb, 11)
    y += 20
    for i, s in enumerate(contents):
        pg.rect(100, y - 10, 11, 11, 0.8)
        vtick(pg, 101, y, 10, ctx.ink)
        pg.t(120, y, f"{i + 1}. {s}", f, 11)
        y += 20
    pg.rect(PW - 230, PH - 170, 160, 80, 0.8, GREY)
    pg.t(PW - 222, PH - 155, "Diisi petugas:", f, 8.5, GREY)
    pg.t(PW - 222, PH - 140, "No. Agenda :", f, 8.5, GREY)
    pg.t(PW - 222, PH - 125, "Tgl. Terima :", f, 8.5, GREY)
    pg.t(90, PH - 60, "Mohon berkas ini tidak dilipat", f, 8, GREY)
    return pg


def p08_sampul_map_berkas(ctx: Ctx) -> Letter:
    """A request handed in as a small dossier: page 1 the folder's cover sheet (BERKAS
    PERMOHONAN INFORMASI PUBLIK: Ditujukan kepada, Dari, a short address, Tanggal, Kontak, a ticked
    contents list, an empty box for the clerk), page 2 the letter itself, page 3 the KTP copy
    often.  The fields are the letter's (the cover's short address and bare name are not)."""
    rng = ctx.rng
    p = person16(rng, degree_p=0.4, prefix_p=0.15)
    ktp = rng.random() < 0.65
    d = Doc(ctx, top=66)
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilu",
            "Permintaan Informasi dan Dokumen",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "1 (satu) berkas" if ktp else "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.7 or not ktp
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.5
    rows = [("Nama Lengkap", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat Lengkap", addr), ("Nomor Telepon", p["phone"])]
    if show_mail:
        rows.append(("Alamat Surel", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 18)
    d.gap(2)
    items = info_items(rng, 1, 3) if rng.random() < 0.6 else short_items(rng, 2, 4)
    d.para(
        "mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan sebagai berikut:",
        justify=True,
    )
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES16)
    d.para(f"Tujuan penggunaan informasi: {purpose}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.need(150)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Pemohon,"], p["name"])
    contents = ["Surat Permohonan Informasi"] + (["Fotokopi KTP"] if ktp else [])
    pages = [map_cover(ctx, p, ctx.date, contents), *d.pages]
    if ktp:
        pages.append(ktp_cards(ctx, [p]))
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
        subject=subj,
    )
    return Letter("permohonan_informasi", "P08_sampul_map_berkas", pages, fields)


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
DECISION = {
    "a": "informasi tersebut merupakan informasi yang dikecualikan berdasarkan Pasal 17 huruf {h} Undang-Undang Nomor 14 Tahun 2008, sehingga permohonan Saudara tidak dapat kami penuhi.",
    "d": "informasi yang Saudara mohon dapat diakses secara mandiri melalui laman sumsel.kpu.go.id pada menu Publikasi.",
    "e": "permohonan Saudara belum dapat kami penuhi.",
    "f": "salinan informasi dapat diberikan setelah Saudara membayar biaya penggandaan sebesar {rp} untuk {n} lembar.",
    "g": "informasi yang Saudara mohon kami sampaikan bersama surat ini.",
}


def ppid_reply_page(ctx: Ctx, p: dict, ref: str, rd: date, what: str, code: str, when: date):
    """The PPID's written answer (as the applicant photographed it); returns (page, its Nomor)."""
    rng = ctx.rng
    c2 = Ctx(rng, True, False)
    c2.size = 11.0
    d = Doc(c2, top=48)
    kop_kpu(d, rng)
    num = f"{rng.randint(100, 990)}/{rng.choice(('PP.08', 'HM.02', 'HM.03'))}-SD/16/{when.year}"
    nomor_block(
        d,
        [("Nomor", num), ("Sifat", "Biasa"), ("Lampiran", "-"), ("Hal", "Pemberitahuan Tertulis")],
        f"Palembang, {fmt_date(when, 'long')}",
    )
    yth_block(d, [f"Yth. Sdr. {p['name']}", "di -", "Tempat"])
    d.gap(6)
    n = rng.randint(40, 300)
    dec = DECISION[code].format(
        h=rng.choice("abcdhij"), rp=rp(n * rng.choice((5000, 7500, 10000))), n=n
    )
    d.para(
        f"Menindaklanjuti permohonan informasi Saudara tanggal {fmt_date(rd, 'long')} dengan Nomor Pendaftaran {ref} mengenai {what}, bersama ini kami sampaikan bahwa {dec}",
        justify=True,
    )
    d.para(
        "Apabila Saudara keberatan atas pemberitahuan ini, Saudara dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak pemberitahuan ini diterima.",
        justify=True,
    )
    sign_block(
        d,
        ["Pejabat Pengelola Informasi dan Dokumentasi", "KPU Provinsi Sumatera Selatan,"],
        person16(rng, degree_p=0.9)["name"],
    )
    return d.pages[0], num


def phone_photo(rng: random.Random, inner: Page, crop_h: float, dpi=130) -> Image.Image:
    """A phone snapshot of the upper part of a printed page: warm tint, vignette, soft focus."""
    im = render_pil(inner, dpi, (250, 249, 244)).convert("RGB")
    k = dpi / 72.0
    im = im.crop((0, 0, im.width, int(crop_h * k)))
    arr = np.asarray(im, dtype=np.float32)
    H, W = arr.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = W * rng.uniform(0.4, 0.6), H * rng.uniform(0.4, 0.6)
    r = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    vig = 1.0 - 0.5 * np.clip(r, 0, 1) ** 2
    tint = np.array([1.0, 0.96, 0.86], dtype=np.float32) * rng.uniform(0.86, 0.97)
    arr = arr * vig[..., None].astype(np.float32) * tint
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(0.6))


def k01_foto_surat_ppid_tempel(ctx: Ctx) -> Letter:
    """A typed objection with, in the middle of the page, a phone photo of the PPID's written
    answer pasted in (its upper part: letterhead, Nomor, Hal, the decision) and a caption; the
    ground stated in words after it.  The printed words in the photo are page text, but its
    Nomor is the PPID's, not the objection's."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    p = person16(rng, degree_p=0.3, prefix_p=0.12)
    code = rng.choice("adefg")
    ref, rd = ref_number16(rng, ctx.date)
    reply = add_wd(rd, rng.randint(18, 26) if code == "g" else rng.randint(3, 9))
    if ctx.date <= reply + timedelta(days=2):
        ctx.date = next_wd(reply + timedelta(days=rng.randint(3, 12)))
    items = info_items(rng, 1, 2)
    what = (
        lc1(items[0])
        if len(items) == 1
        else "informasi sebagaimana tercantum dalam permohonan Saudara"
    )
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Jawaban PPID",
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan atas Pemberitahuan Tertulis PPID",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "1 (satu) lembar foto surat jawaban PPID", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.65
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.35
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan yang tercatat dengan Nomor Pendaftaran {ref}, berupa {join_items_prose(items, False)}, untuk {lc1(purpose)}. Pada tanggal {fmt_date(reply, 'long')} saya menerima surat jawaban PPID sebagai berikut:",
        justify=True,
    )
    inner, pnum = ppid_reply_page(ctx, p, ref, rd, what, code, reply)
    crop = rng.uniform(430, 520)
    wpt = rng.uniform(290, 330)
    s = wpt / PW
    hpt = crop * s
    d.need(hpt + 34)
    x0 = (d.L + d.R) / 2 - wpt / 2 + rng.uniform(-20, 20)
    y0 = d.y
    d.pg.rect(x0 + 4, y0 + 4, wpt, hpt, 0, None, (150, 150, 150))
    d.pg.img(x0, y0, wpt, hpt, phone_photo(rng, inner, crop))
    d.pg.rect(x0, y0, wpt, hpt, 0.8, (60, 60, 60))
    for op in inner.ops:
        if op[0] == "t" and op[7] and op[2] < crop - 3:
            d.pg.rec(x0 + op[1] * s, y0 + op[2] * s, op[3])
    d.y = y0 + hpt + 16
    d.line_text(
        rng.choice(
            (
                "Foto surat jawaban PPID yang saya terima.",
                f"Gambar: surat PPID Nomor {pnum}",
                "(foto diambil dengan telepon genggam)",
            )
        ),
        ctx.i,
        ctx.size - 1.5,
        align="c",
    )
    d.gap(4)
    if code == "g":
        gtxt = f"jawaban tersebut baru saya terima pada {fmt_date(reply, 'long')}, melewati batas waktu sepuluh hari kerja sejak permohonan saya dicatat"
    else:
        gtxt = GROUND16[code]
    d.para(
        f"Atas jawaban tersebut saya mengajukan keberatan kepada Atasan PPID karena {gtxt}.",
        justify=True,
    )
    d.para(
        "Saya mohon Atasan PPID meninjau kembali jawaban tersebut dan memerintahkan PPID memberikan informasi yang saya minta sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008.",
        justify=True,
    )
    d.need(150)
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    if not show_nik or rng.random() < 0.25:
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
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_foto_surat_ppid_tempel", d.pages, fields)


def k02_kutipan_pasal_garis_bawah(ctx: Ctx) -> Letter:
    """An objection that quotes Pasal 35 ayat (1) of the KIP Act in full (grounds a-g in an
    indented block) and marks its own ground only by underlining it - a pen stroke under the
    printed line, or the line typed in bold and underlined - then says "sebagaimana saya garis
    bawahi"; no letter of the ground is written anywhere."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = person16(rng, degree_p=0.35, prefix_p=0.12)
    code = rng.choice("abcdefg")
    pen = (not ctx.digital) and rng.random() < 0.6
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Keberatan", "Pengajuan Keberatan", "Keberatan atas Layanan Informasi Publik")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("Telepon/HP", p["phone"])]
    kv_rows(d, rows, x=d.L + 16)
    ref, rd = ref_number16(rng, ctx.date)
    show_ref = rng.random() < 0.85
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f" berupa {join_items_prose(items, False)}. Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
        justify=True,
    )
    n = rng.randint(40, 400)
    d.para(
        PPID_SAID[code].format(
            d=fmt_date(
                add_wd(rd, rng.randint(16, 25) if code == "g" else rng.randint(4, 9)), "long"
            ),
            rp=rp(n * rng.choice((3000, 5000, 7500))),
            n=n,
        ),
        justify=True,
    )
    d.para(
        "Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik menyatakan bahwa setiap Pemohon Informasi Publik dapat mengajukan keberatan secara tertulis kepada atasan Pejabat Pengelola Informasi dan Dokumentasi berdasarkan alasan berikut:",
        justify=True,
    )
    x = d.L + 26
    size = ctx.size - 0.5
    lead = size * 1.4
    for ch, txt in STATUTE35:
        marked = ch == code
        font = ctx.b if (marked and not pen) else ctx.i
        lines = wrap(txt, font, size, d.R - x - 20)
        d.need(lead * len(lines))
        d.pg.t(x, d.y, f"{ch}.", font, size)
        for ln in lines:
            d.need(lead)
            d.pg.t(x + 16, d.y, ln, font, size)
            if marked:
                wln = tw(ln, font, size)
                if pen:
                    j1, j2 = rng.uniform(1.8, 3.2), rng.uniform(1.6, 3.6)
                    d.pg.line(x + 13, d.y + j1, x + 18 + wln, d.y + j2, 1.3, ctx.ink)
                else:
                    d.pg.line(x + 16, d.y + 1.8, x + 16 + wln, d.y + 1.8, 0.7, INK)
            d.y += lead
    d.gap(4)
    d.para(
        "Keberatan ini saya ajukan berdasarkan alasan sebagaimana "
        + ("saya garis bawahi di atas." if pen else "saya cetak tebal dan garis bawahi di atas."),
        justify=True,
    )
    d.need(150)
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    if not show_nik and rng.random() < 0.6:
        d.pages.append(ktp_cards(ctx, [p]))
        nik = p["nik"]
    else:
        nik = p["nik"] if show_nik else None
    fields = F(
        applicant_name=p["name"],
        nik=nik,
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
    return Letter("keberatan", "K02_kutipan_pasal_garis_bawah", d.pages, fields)


FACTS = {
    "a": (
        "Pada tanggal {pd} PPID menyampaikan surat penolakan dengan alasan informasi tersebut dikecualikan, tanpa melampirkan penetapan hasil uji konsekuensi.",
        "Pasal 2 ayat (4) dan Pasal 19 UU Nomor 14 Tahun 2008: pengecualian informasi harus didasarkan pada uji konsekuensi",
    ),
    "b": (
        "Informasi tersebut wajib diumumkan secara berkala, tetapi sampai tanggal {pd} tidak tersedia di laman resmi maupun papan pengumuman kantor.",
        "Pasal 9 ayat (1) UU Nomor 14 Tahun 2008: badan publik wajib mengumumkan informasi publik secara berkala",
    ),
    "c": (
        "Sampai tanggal {pd}, lebih dari 10 (sepuluh) hari kerja sejak permohonan dicatat, saya belum menerima pemberitahuan tertulis apa pun.",
        "Pasal 22 ayat (7) UU Nomor 14 Tahun 2008: pemberitahuan tertulis paling lambat 10 (sepuluh) hari kerja",
    ),
    "d": (
        "Pada tanggal {pd} PPID mengirimkan rekapitulasi tingkat provinsi, bukan rincian per kecamatan yang saya minta.",
        "Pasal 22 ayat (7) UU Nomor 14 Tahun 2008: pemberitahuan memuat materi informasi yang diminta",
    ),
    "f": (
        "PPID menetapkan biaya salinan sebesar {rp} untuk {n} lembar, atau {per} per lembar, jauh di atas biaya penggandaan yang wajar.",
        "Pasal 21 UU Nomor 14 Tahun 2008: informasi diperoleh dengan biaya ringan",
    ),
    "g": (
        "Informasi baru diserahkan pada tanggal {pd}, yaitu {n} hari kerja setelah permohonan dicatat, tanpa pemberitahuan perpanjangan waktu.",
        "Pasal 22 ayat (7) dan ayat (8) UU Nomor 14 Tahun 2008: paling lambat 10 hari kerja dan dapat diperpanjang 7 hari kerja",
    ),
}


def k03_fakta_vs_ketentuan(ctx: Ctx) -> Letter:
    """An objection argued in a bordered table No | Fakta | Ketentuan yang Dilanggar: the request
    and its number, what the PPID did (or did not do), and a last row whose rule column cites
    "Pasal 35 ayat (1) huruf x"; the requested items and purpose in a sentence above the table,
    the request number in the Perihal or an identity row."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = person16(rng, degree_p=0.4, prefix_p=0.15)
    code = rng.choice("abcdfg")
    ref, rd = ref_number16(rng, ctx.date)
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    in_subj = rng.random() < 0.5
    subj = (
        f"Keberatan atas Permohonan Informasi Nomor {ref}"
        if in_subj
        else rng.choice(("Keberatan Informasi Publik", "Pengajuan Keberatan"))
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.55
    show_mail = rng.random() < 0.4
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. Telepon", p["phone"])]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    if not in_subj:
        rows.append(("Nomor Pendaftaran", ref))
    kv_rows(d, rows, x=d.L + 16)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"Informasi yang saya minta adalah {join_items_prose(items, False)}, yang akan saya gunakan untuk {lc1(purpose)}. Keberatan saya uraikan sebagai berikut:",
        justify=True,
    )
    pd = add_wd(rd, rng.randint(16, 24) if code in "cg" else rng.randint(4, 9))
    if ctx.date <= pd:
        ctx.date = next_wd(pd + timedelta(days=rng.randint(2, 10)))
    n = rng.randint(40, 300)
    per = rng.choice((5000, 7500, 10000))
    fact, rule = FACTS[code]
    fact = fact.format(
        pd=fmt_date(pd, "long"),
        rp=rp(n * per),
        n=n
        if code != "g"
        else sum(1 for k in range(1, (pd - rd).days + 1) if workday(rd + timedelta(days=k))),
        per=rp(per),
    )
    rows_t = [
        [
            "1",
            f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan dan tercatat dengan Nomor Pendaftaran {ref}.",
            "Pasal 4 ayat (1) UU Nomor 14 Tahun 2008: setiap orang berhak memperoleh informasi publik",
        ],
        ["2", fact, rule],
        [
            "3",
            "Oleh karena itu saya mengajukan keberatan kepada Atasan PPID.",
            f"Pasal 35 ayat (1) huruf {code} UU Nomor 14 Tahun 2008",
        ],
    ]
    table2(
        d,
        [24.0, (d.W - 24) * 0.56, (d.W - 24) * 0.44],
        rows_t,
        ["No", "Fakta", rng.choice(("Ketentuan yang Dilanggar", "Dasar Hukum"))],
        size=ctx.size - 1,
    )
    d.para(
        "Berdasarkan uraian tersebut, saya mohon Atasan PPID memberikan tanggapan tertulis dan memerintahkan PPID untuk memberikan informasi yang saya minta.",
        justify=True,
    )
    d.need(150)
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Pengaju Keberatan,"], p["name"])
    ktp = (not show_nik) and rng.random() < 0.5
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
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_fakta_vs_ketentuan", d.pages, fields)


def k04_judul_pengaduan_isi_keberatan(ctx: Ctx) -> Letter:
    """A letter headed "SURAT PENGADUAN" about the information service (Perihal "Pengaduan ..."),
    in Roman sections I. Identitas Pengadu / II. Uraian Pengaduan / III. Permintaan, whose first
    request is that it be handled as an objection to the Atasan PPID under Pasal 35: an objection
    in a complaint's clothes; the ground in words."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = person16(rng, degree_p=0.3, prefix_p=0.12)
    code = rng.choice("acdeg")
    ref, rd = ref_number16(rng, ctx.date)
    show_ref = rng.random() < 0.8
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pengaduan atas Layanan Permohonan Informasi Publik",
            "Pengaduan Pelayanan Informasi",
            "Pengaduan atas Tidak Terpenuhinya Permohonan Informasi",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    ktp = rng.random() < 0.5
    d.kv(ll, "Fotokopi KTP" if ktp else "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Kepada Yth.",
                    "Ketua KPU Provinsi Sumatera Selatan",
                    "selaku Atasan PPID",
                    "di Palembang",
                ],
                ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
            )
        ),
    )
    d.gap(8)
    d.line_text("SURAT PENGADUAN", ctx.b, ctx.size + 2, align="c")
    d.gap(4)
    d.line_text("I. IDENTITAS PENGADU", ctx.b)
    addr = address16(p, rng)
    show_nik = rng.random() < 0.7 or not ktp
    show_job = rng.random() < 0.55
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP/WA", wa_mark(rng, p["phone"]))]
    kv_rows(d, rows, x=d.L + 18)
    d.gap(2)
    d.line_text("II. URAIAN PENGADUAN", ctx.b)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES16)
    n = rng.randint(40, 300)
    said = PPID_SAID[code].format(
        d=fmt_date(add_wd(rd, rng.randint(16, 25) if code == "g" else rng.randint(4, 9)), "long"),
        rp=rp(n * 5000),
        n=n,
    )
    pts = [
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan"
        + (f" (Nomor Pendaftaran {ref})" if show_ref else "")
        + f" berupa {join_items_prose(items, False)}, untuk {lc1(purpose)}.",
        said,
        f"Menurut saya hal tersebut tidak sesuai dengan ketentuan, karena {GROUND16[code]}.",
    ]
    d.numbered(pts, "{}.", x=d.L + 18, hang=16)
    d.line_text("III. PERMINTAAN", ctx.b)
    d.numbered(
        [
            "Agar pengaduan ini diterima dan diproses sebagai keberatan kepada Atasan PPID sebagaimana dimaksud dalam Pasal 35 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Agar Atasan PPID memerintahkan PPID memberikan informasi yang saya minta.",
        ],
        "{}.",
        x=d.L + 18,
        hang=16,
    )
    d.need(150)
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Pengadu,"], p["name"])
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or ktp) else None,
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
    return Letter("keberatan", "K04_judul_pengaduan_isi_keberatan", d.pages, fields)


HAND_GROUND = {
    "a": "PPID menolak dengan alasan dikecualikan, padahal menurut saya data itu boleh diketahui warga",
    "c": "sudah lebih dari sepuluh hari kerja surat saya tidak dijawab sama sekali",
    "d": "yang dikasih bukan data yang saya minta",
    "e": "permohonan saya tidak dipenuhi dan saya tidak diberi penjelasan",
    "g": "datanya baru dikasih jauh lewat dari waktu yang ditentukan",
}
HAND_SAID = {
    "a": "Permohonan saya ditolak PPID.",
    "c": "Sampai sekarang belum ada jawaban.",
    "d": "PPID cuma kasih alamat website.",
    "e": "Kata PPID permohonan saya tidak bisa dipenuhi.",
    "g": "Jawaban PPID baru saya terima kemarin.",
}
DIARY_QUOTES = (
    "Hari ini adalah kesempatan terbaik untuk memulai.",
    "Disiplin adalah jembatan antara cita-cita dan pencapaian.",
    "Kerja keras tidak pernah mengkhianati hasil.",
)


def k05_hand_buku_agenda(ctx: Ctx) -> Letter:
    """An objection written by hand on a page torn from a desk diary: the printed day header
    (big day number, weekday, month and year of a diary day that is not the letter's date), a
    mini month calendar, blue rules and a perforated edge; the writer's own date at the top.
    Always a scan."""
    rng = ctx.rng
    ink = ctx.ink
    pg = Page()
    sx, sy, sw, sh = 70.0, 46.0, 440.0, 740.0
    pg.rect(sx, sy, sw, sh, 0.6, (170, 170, 170), (253, 252, 246))
    for k in range(int(sh // 14)):
        pg.circle(sx + 8, sy + 10 + k * 14, 1.8, 0.4, (190, 190, 190), WHITE)
    dd = ctx.date + timedelta(days=rng.choice((-1, 1)) * rng.randint(5, 70))
    col = rng.choice(((30, 80, 150), (150, 40, 40), (20, 110, 80)))
    fb, fr = rng.choice((("hb", "hr"), ("db", "dr"), ("gb", "gr")))
    pg.t(sx + 24, sy + 52, f"{dd.day:02d}", fb, 34, col)
    pg.t(sx + 78, sy + 30, HARI[dd.weekday()].upper(), fb, 11, col)
    pg.t(sx + 78, sy + 46, f"{BULAN[dd.month - 1].upper()} {dd.year}", fr, 10, col)
    pg.t(sx + 78, sy + 60, f"Minggu ke-{dd.isocalendar()[1]}", fr, 7.5, GREY)
    cx0 = sx + sw - 150
    pg.t(cx0, sy + 20, f"{BULAN[dd.month - 1]} {dd.year}", fb, 7, col)
    for i, h in enumerate(("S", "S", "R", "K", "J", "S", "M")):
        pg.t(cx0 + i * 19, sy + 31, h, fb, 6, GREY)
    first = dd.replace(day=1)
    row, colx = 0, first.weekday()
    day = first
    while day.month == dd.month:
        pg.t(cx0 + colx * 19, sy + 41 + row * 8.5, str(day.day), fr, 6, col if day == dd else GREY)
        colx += 1
        if colx == 7:
            colx, row = 0, row + 1
        day += timedelta(days=1)
    ytop = sy + 100
    pg.line(sx + 16, ytop - 14, sx + sw - 12, ytop - 14, 1.0, col)
    pg.t(sx + sw / 2, sy + sh - 22, rng.choice(DIARY_QUOTES), "hi", 7.5, GREY, "c")
    p = person16(rng, degree_p=0.05, prefix_p=0.05)
    code = rng.choice("acdeg")
    ref, rd = ref_number16(rng, ctx.date)
    show_ref = rng.random() < 0.75
    show_nik = rng.random() < 0.55
    item = short_item(rng)
    purpose = rng.choice(SMS_PURPOSES + PURPOSES16[:5])
    addr = address16(p, rng, rng.choice((3, 4, 6, 0)))
    hs = rng.choice((11.5, 12.0))
    L, R = sx + 28, sx + sw - 20
    dstr = f"{rng.choice((p['city'], 'Plg'))}, {fmt_date(ctx.date, rng.choice(('dash1', 'slash', 'long', 'short1')))}"
    lines: list[tuple[float, str]] = [(R - tw(dstr, "hand", hs) - 6, dstr)]

    def flow(s, indent=0.0):
        for ln in wrap(s, "hand", hs, R - L - indent):
            lines.append((L + indent, ln))

    for s in rng.choice(
        (
            ["Kepada Yth.", "Atasan PPID KPU Prov. Sumsel", "di Palembang"],
            ["Yth. Bapak/Ibu Atasan PPID", "KPU Provinsi Sumatera Selatan"],
        )
    ):
        flow(s)
    flow("Hal : Keberatan")
    flow("Dengan hormat,")
    s = f"Saya {p['name']}"
    if show_nik:
        s += f", NIK {p['nik']}"
    s += f", alamat {addr}, No. HP {p['phone']}."
    flow(s)
    s = f"Pada tanggal {fmt_date(rd, rng.choice(('long', 'dash1')))} saya minta informasi {lc1(item)}"
    if show_ref:
        s += f" dengan No. Pendaftaran {ref}"
    s += f", untuk {lc1(purpose)}."
    flow(s)
    flow(f"{HAND_SAID[code]} Saya keberatan karena {HAND_GROUND[code]}.")
    flow("Mohon ditanggapi. Terima kasih.")
    flow("Hormat saya,", R - L - 150)
    step = min(20.0, (sy + sh - 60 - ytop) / (len(lines) + 2.5))
    nrules = int((sy + sh - 50 - ytop) // step)
    for k in range(nrules):
        pg.line(sx + 18, ytop + k * step, sx + sw - 14, ytop + k * step, 0.4, (160, 190, 225))
    for k, (x, s) in enumerate(lines):
        yb = ytop + k * step - 3
        pg.t(x + rng.uniform(-1.2, 1.2), yb + rng.uniform(-0.8, 0.8), s, "hand", hs, ink)
    ylast = ytop + len(lines) * step - 3
    ctx.sig(pg, R - 150, ylast - 16, 78, ink)
    pg.t(R - 150, ylast + step * 1.6, p["name"], "hand", hs, ink)
    pages = [pg]
    if not show_nik and rng.random() < 0.6:
        pages.append(ktp_cards(ctx, [p]))
        nik = p["nik"]
    else:
        nik = p["nik"] if show_nik else None
    fields = F(
        applicant_name=p["name"],
        nik=nik,
        address=addr,
        phone=p["e164"],
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject="Keberatan",
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K05_hand_buku_agenda",
        pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def ki_parties(
    d: Doc,
    rng: random.Random,
    p: dict,
    reg: str,
    show_addr: bool,
    item: str | None,
    ref: str | None,
) -> str:
    """The case rows of a KI letter; returns the applicant's address as printed (or "")."""
    addr = address16(p, rng)
    rows = [("Register Nomor", reg), ("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat Pemohon", addr))
    rows.append(("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"))
    if item:
        rows.append((rng.choice(("Objek Sengketa", "Informasi yang Dimohon")), item))
    if ref:
        rows.append(("Nomor Pendaftaran Permohonan", ref))
    kv_rows(d, rows, x=d.L + 20)
    return addr


def ki_nomor(rng: random.Random, d: date, kind: str) -> str:
    return rng.choice(
        (
            f"{rng.randint(10, 400):03d}/KI-SS/{kind}/{roman(d.month)}/{d.year}",
            f"{rng.randint(10, 400):03d}/KIP-SS/{roman(d.month)}/{d.year}",
            f"{kind}.{rng.randint(10, 400):03d}/KI-SUMSEL/{d.month:02d}/{d.year}",
        )
    )


PANEL_REASONS = (
    "berakhirnya masa jabatan salah seorang Anggota Majelis",
    "Anggota Majelis yang bersangkutan berhalangan tetap karena sakit",
    "adanya potensi benturan kepentingan yang dilaporkan oleh Anggota Majelis",
    "penugasan Anggota Majelis pada perkara lain yang bersamaan waktunya",
)


def s01_ki_pergantian_majelis(ctx: Ctx) -> Letter:
    """The KI tells the parties that the panel hearing their dispute has been changed: case rows,
    a table No | Kedudukan | Semula | Menjadi, the reason, the next hearing (unchanged schedule
    rows), Tembusan to the applicant."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    org = kop_ki2(d, rng)
    p = person16(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(15, 60))
    reg = ki_register(rng, regd)
    num = ki_nomor(rng, ctx.date, "PS")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Pergantian Majelis Komisioner",
            f"Pergantian Majelis Komisioner Sengketa Register Nomor {reg}",
            "Perubahan Susunan Majelis Komisioner",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
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
                    "Para Pihak Sengketa Informasi",
                    "Register Nomor " + reg,
                    "di Tempat",
                ],
            )
        ),
    )
    d.gap(6)
    d.para(
        "Sehubungan dengan pemeriksaan sengketa informasi publik dengan data sebagai berikut:",
        justify=True,
    )
    show_addr = rng.random() < 0.35
    show_item = rng.random() < 0.65
    show_ref = rng.random() < 0.35
    item = info_item(rng)
    ref, _ = ref_number16(rng, regd - timedelta(days=40))
    addr = ki_parties(
        d, rng, p, reg, show_addr, item if show_item else None, ref if show_ref else None
    )
    pen = f"{rng.randint(1, 90):03d}/PEN-MK/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    d.para(
        f"bersama ini kami beritahukan bahwa berdasarkan Penetapan Ketua Komisi Informasi Provinsi Sumatera Selatan Nomor {pen}, susunan Majelis Komisioner yang memeriksa sengketa tersebut mengalami perubahan karena {rng.choice(PANEL_REASONS)}, sebagai berikut:",
        justify=True,
    )
    names = [person16(rng, degree_p=1.0)["name"] for _ in range(5)]
    pos = rng.randrange(3)
    rows = []
    for i, role in enumerate(("Ketua Majelis", "Anggota Majelis", "Anggota Majelis")):
        rows.append([str(i + 1), role, names[i], names[3] if i == pos else names[i]])
    rows.append(["4", "Panitera Pengganti", names[4], names[4]])
    w = (d.W - 24 - 110) / 2
    table2(
        d, [24.0, 110.0, w, w], rows, ["No", "Kedudukan", "Semula", "Menjadi"], size=ctx.size - 1.5
    )
    nxt = add_wd(ctx.date, rng.randint(3, 9))
    d.para(
        "Pergantian tersebut tidak mengubah jadwal persidangan. Sidang berikutnya tetap dilaksanakan pada:",
        justify=True,
    )
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(nxt, "day")),
            ("Pukul", f"{rng.choice(('09.00', '10.00', '13.30'))} WIB s.d. selesai"),
            ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"),
            (
                "Agenda",
                rng.choice(("Pemeriksaan Awal", "Mediasi", "Pembuktian", "Pemeriksaan Saksi")),
            ),
        ],
        x=d.L + 20,
    )
    d.para("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.")
    sign_block(
        d,
        ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"],
        person16(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (f"1. Sdr. {p['name']} (Pemohon);", "2. Majelis Komisioner;", "3. Arsip."):
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
    return Letter("sengketa", "S01_ki_pergantian_majelis", d.pages, fields)


TATIB = (
    "Para pihak bergabung ke ruang sidang virtual paling lambat 15 (lima belas) menit sebelum sidang dimulai.",
    "Nama tampilan (display name) ditulis dengan format: PEMOHON/TERMOHON - Nama Lengkap.",
    "Para pihak wajib menyalakan kamera selama persidangan dan berada di ruangan yang tenang.",
    "Mikrofon dimatikan, kecuali ketika diberi kesempatan berbicara oleh Ketua Majelis.",
    "Para pihak berpakaian rapi dan sopan serta tidak berkendara selama sidang.",
    "Dokumen dan bukti dikirim ke surel kepaniteraan paling lambat 1 (satu) hari kerja sebelum sidang.",
    "Persidangan tidak boleh direkam atau disiarkan tanpa izin Majelis Komisioner.",
    "Apabila terjadi gangguan jaringan, Panitera Pengganti akan menghubungi para pihak melalui telepon.",
    "Pelanggaran tata tertib dapat mengakibatkan pihak dikeluarkan dari ruang sidang virtual.",
)


def s02_ki_sidang_daring_tatib(ctx: Ctx) -> Letter:
    """The KI summons the respondent to a hearing held by video conference: case rows, a shaded
    panel with the meeting particulars (application, meeting ID, passcode, link), conditions
    (documents by e-mail beforehand); page 2 "TATA TERTIB PERSIDANGAN DARING" and a contact
    person."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    org = kop_ki2(d, rng)
    p = person16(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(10, 45))
    reg = ki_register(rng, regd)
    num = ki_nomor(rng, ctx.date, "PGL")
    nl, ll, hl = labels(rng)
    agenda = rng.choice(
        ("Pemeriksaan Awal", "Ajudikasi Non-Litigasi", "Pembuktian", "Pembacaan Putusan")
    )
    subj = rng.choice(
        (
            f"Panggilan Sidang {agenda} secara Daring",
            "Panggilan Sidang Daring Sengketa Informasi",
            f"Undangan Sidang {agenda} melalui Video Konferensi",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "1 (satu) lembar"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. PPID Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    show_addr = rng.random() < 0.3
    show_item = rng.random() < 0.6
    item = info_item(rng)
    d.para(
        f"Berdasarkan Penetapan Ketua Majelis Komisioner, dengan ini kami memanggil Saudara selaku Termohon untuk hadir dalam sidang {agenda.lower()} sengketa informasi publik secara daring dengan data perkara sebagai berikut:",
        justify=True,
    )
    addr = ki_parties(d, rng, p, reg, show_addr, item if show_item else None, None)
    when = add_wd(ctx.date, rng.randint(3, 8))
    app = rng.choice(("Zoom Meeting", "Google Meet", "Cisco Webex"))
    mid = f"{rng.randint(800, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    link = (
        f"https://us06web.zoom.us/j/{mid.replace(' ', '')}"
        if app == "Zoom Meeting"
        else (
            f"https://meet.google.com/{hex_id(rng, 3)}-{hex_id(rng, 4)}-{hex_id(rng, 3)}"
            if app == "Google Meet"
            else f"https://kisumsel.webex.com/meet/sidang{rng.randint(1, 9)}"
        )
    )
    d.need(130)
    top = d.y - 4
    panel_pg, at = d.pg, len(d.pg.ops)
    d.gap(8)
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(when, "day")),
            ("Pukul", f"{rng.choice(('09.00', '10.00', '13.30', '14.00'))} WIB s.d. selesai"),
            ("Aplikasi", app),
            ("Meeting ID", mid if app != "Google Meet" else "-"),
            ("Kode Akses", f"KISS{rng.randint(100, 999)}"),
            ("Tautan", link),
        ],
        x=d.L + 14,
    )
    panel_pg.ops.insert(
        at, ("r", d.L, top - 10, d.W, d.y - top, 0.8, (90, 110, 140), (232, 238, 246))
    )
    d.gap(6)
    d.para("Dengan ketentuan sebagai berikut:")
    d.numbered(
        [
            f"Surat kuasa, surat tugas dan identitas kuasa Termohon dikirim ke surel kepaniteraan@kisumsel.go.id paling lambat {fmt_date(prev_wd(when - timedelta(days=1)), 'long')};",
            "Para pihak mematuhi Tata Tertib Persidangan Daring sebagaimana terlampir;",
            "Ketidakhadiran tanpa alasan yang sah dapat mengakibatkan Majelis melanjutkan pemeriksaan tanpa kehadiran Saudara.",
        ],
        "{}.",
        x=d.L + 10,
    )
    d.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.")
    sign_block(d, ["Panitera Pengganti,"], person16(rng, degree_p=0.9)["name"])
    d.newpage()
    d.line_text(f"Lampiran Surat Nomor {num}", ctx.i, ctx.size - 1.5)
    d.gap(4)
    d.line_text("TATA TERTIB PERSIDANGAN DARING", ctx.b, ctx.size + 1.5, align="c")
    d.line_text("KOMISI INFORMASI PROVINSI SUMATERA SELATAN", ctx.b, ctx.size - 0.5, align="c")
    d.gap(8)
    d.numbered(rng.sample(TATIB, rng.randint(6, 9)), "{}.", x=d.L + 6)
    cp = person16(rng, degree_p=0.2)
    d.gap(6)
    d.para(f"Narahubung kepaniteraan: {cp['core']} ({cp['phone']}).")
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_ki_sidang_daring_tatib", d.pages, fields)


DOCS_ASKED = (
    "Surat Keputusan tentang penetapan PPID KPU Provinsi Sumatera Selatan",
    "Surat kuasa khusus dan surat tugas bagi kuasa Termohon",
    "Salinan dokumen yang dimohon oleh Pemohon untuk pemeriksaan tertutup",
    "Berita acara dan penetapan hasil uji konsekuensi",
    "Register permohonan informasi yang memuat permohonan Pemohon",
    "Bukti penyampaian pemberitahuan tertulis kepada Pemohon",
)


def s03_ki_teguran_ketidakhadiran(ctx: Ctx) -> Letter:
    """The KI's warning to the respondent for failing to attend: Sifat "Segera", the case in one
    paragraph, an attendance table (Hari/Tanggal | Agenda | Pemohon | Termohon) with "Tidak hadir"
    for the respondent, a lettered list of documents to bring, the warning that the panel may
    proceed without it; the panel chair signs; Tembusan to the applicant and the KPU RI."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    org = kop_ki2(d, rng)
    p = person16(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(30, 70))
    reg = ki_register(rng, regd)
    num = ki_nomor(rng, ctx.date, "TGR")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Teguran atas Ketidakhadiran Termohon",
            "Peringatan Ketidakhadiran dalam Persidangan",
            f"Teguran Ketidakhadiran Sidang Register Nomor {reg}",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Yth. Ketua Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "selaku Atasan PPID",
            "di Palembang",
        ],
    )
    d.gap(6)
    show_item = rng.random() < 0.7
    show_ref = rng.random() < 0.4
    show_addr = rng.random() < 0.3
    item = info_item(rng)
    ref, _ = ref_number16(rng, regd - timedelta(days=40))
    addr = address16(p, rng)
    d.para(
        f"Menunjuk sengketa informasi publik Register Nomor {reg} antara {p['name']}"
        + (f", beralamat di {addr}," if show_addr else "")
        + " sebagai Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai Termohon"
        + (f" mengenai permohonan informasi {lc1(item)}" if show_item else "")
        + (f" (Nomor Pendaftaran {ref})" if show_ref else "")
        + ", dengan ini kami sampaikan bahwa Termohon tidak hadir dalam persidangan sebagai berikut:",
        justify=True,
    )
    rows = []
    dd = regd + timedelta(days=rng.randint(10, 16))
    stages = ("Pemeriksaan Awal", "Pemeriksaan Awal (lanjutan)", "Mediasi", "Pembuktian")
    for i, j in enumerate(sorted(rng.sample(range(len(stages)), rng.randint(2, 3)))):
        ag = stages[j]
        dd = next_wd(dd + timedelta(days=rng.randint(5, 9)))
        if dd >= ctx.date:
            break
        rows.append(
            [
                str(i + 1),
                fmt_date(dd, "dayshort"),
                ag,
                "Hadir",
                rng.choice(("Tidak hadir", "Tidak hadir tanpa keterangan")),
            ]
        )
    if not rows:
        rows.append(
            [
                "1",
                fmt_date(prev_wd(ctx.date - timedelta(days=3)), "dayshort"),
                "Pemeriksaan Awal",
                "Hadir",
                "Tidak hadir",
            ]
        )
    table2(
        d,
        [24.0, 120.0, d.W - 24 - 120 - 60 - 110, 60.0, 110.0],
        rows,
        ["No", "Hari/Tanggal", "Agenda Sidang", "Pemohon", "Termohon"],
        size=ctx.size - 1.5,
    )
    nxt = add_wd(ctx.date, rng.randint(3, 7))
    d.para(
        f"Majelis Komisioner meminta Termohon atau kuasanya hadir pada sidang berikutnya tanggal {fmt_date(nxt, 'long')} pukul {rng.choice(('09.00', '10.00', '13.30'))} WIB di Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan dengan membawa dokumen sebagai berikut:",
        justify=True,
    )
    lettered(d, rng.sample(DOCS_ASKED, rng.randint(3, 5)), x=d.L + 12)
    d.para(
        "Apabila Termohon kembali tidak hadir tanpa alasan yang sah, Majelis Komisioner dapat melanjutkan pemeriksaan dan memutus sengketa berdasarkan bukti yang ada tanpa kehadiran Termohon.",
        justify=True,
    )
    d.para("Demikian teguran ini disampaikan untuk menjadi perhatian.")
    sign_block(d, ["Ketua Majelis Komisioner,"], person16(rng, degree_p=1.0)["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (f"1. Sdr. {p['name']} (Pemohon);", "2. Ketua KPU Republik Indonesia;", "3. Arsip."):
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
    return Letter("sengketa", "S03_ki_teguran_ketidakhadiran", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
PACKAGES = (
    (
        "Pengadaan Jasa Pengembangan Aplikasi e-PPID dan Layanan Informasi Publik",
        "Jasa Lainnya",
        850_000_000,
    ),
    ("Pengadaan Server dan Perangkat Jaringan Pusat Data", "Pengadaan Barang", 1_450_000_000),
    (
        "Jasa Konsultansi Digitalisasi dan Alih Media Arsip",
        "Jasa Konsultansi Badan Usaha Nonkonstruksi",
        620_000_000,
    ),
    ("Pengadaan Kendaraan Operasional Distribusi Logistik", "Pengadaan Barang", 2_100_000_000),
    ("Rehabilitasi Gudang Logistik Pemilu", "Pekerjaan Konstruksi", 1_275_000_000),
)
TENDER_STEPS = (
    ("Pengumuman Pascakualifikasi", 0, 7),
    ("Download Dokumen Pemilihan", 0, 8),
    ("Pemberian Penjelasan", 3, 3),
    ("Upload Dokumen Penawaran", 4, 9),
    ("Pembukaan Dokumen Penawaran", 10, 10),
    ("Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", 10, 14),
    ("Penetapan Pemenang", 15, 15),
    ("Pengumuman Pemenang", 16, 16),
    ("Masa Sanggah", 16, 21),
)


def m01_pokja_pengumuman_tender(ctx: Ctx) -> Letter:
    """The provincial procurement bureau's selection working group (Pokja) tells the KPU's
    secretariat that its package has been put out to tender: a bordered parameter grid (Kode
    Tender, Nama Paket, Satuan Kerja, Jenis, Metode, Pagu, HPS, Kualifikasi) and the schedule
    table Tahapan | Mulai | Sampai, the SPSE link; the Pokja chair signs."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = "BIRO PENGADAAN BARANG DAN JASA"
    kop2(
        d,
        [("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12), (org, ctx.b, 15)],
        [
            "Jl. Kapten A. Rivai No. 1 Lt. 3 Palembang 30129  Telp. (0711) 352 440",
            "Laman: spse.inaproc.id/sumselprov  Surel: ukpbj@sumselprov.go.id",
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    k = rng.randint(1, 12)
    num = rng.choice(
        (
            f"027/{rng.randint(100, 990)}/Pokja-{k:02d}/BPBJ/{ctx.date.year}",
            f"027/{rng.randint(100, 990)}/BPBJ/{ctx.date.year}",
        )
    )
    pkg, jenis, pagu = rng.choice(PACKAGES)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Penyampaian Pengumuman Tender",
            "Pengumuman Tender Paket Pekerjaan",
            f"Pengumuman Tender {pkg}",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "1 (satu) berkas"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Yth. Sekretaris Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "selaku Kuasa Pengguna Anggaran",
            "di Palembang",
        ],
    )
    d.gap(6)
    req = prev_wd(ctx.date - timedelta(days=rng.randint(7, 25)))
    d.para(
        f"Menindaklanjuti surat Saudara Nomor {rng.randint(100, 900)}/PL.02.1-SD/16/{req.year} tanggal {fmt_date(req, 'long')} perihal Permohonan Pelaksanaan Pemilihan Penyedia, bersama ini Kelompok Kerja Pemilihan {k:02d} menyampaikan bahwa paket pekerjaan berikut telah diumumkan melalui Sistem Pengadaan Secara Elektronik (SPSE):",
        justify=True,
        indent=24,
    )
    kode = str(rng.randint(10_000_000, 99_999_999))
    hps = int(pagu * rng.uniform(0.93, 0.995)) // 1000 * 1000
    table2(
        d,
        [150.0, d.W - 150],
        [
            ["Kode Tender", kode],
            ["Nama Paket", pkg],
            ["Satuan Kerja", "Sekretariat KPU Provinsi Sumatera Selatan"],
            ["Jenis Pengadaan", jenis],
            [
                "Metode Pemilihan",
                rng.choice(
                    (
                        "Tender - Pascakualifikasi Satu File - Harga Terendah Sistem Gugur",
                        "Seleksi - Prakualifikasi Dua File - Kualitas dan Biaya",
                    )
                ),
            ],
            ["Tahun Anggaran", f"APBN {ctx.date.year}"],
            ["Nilai Pagu Paket", rp(pagu)],
            ["Nilai HPS", rp(hps)],
            ["Kualifikasi Usaha", rng.choice(("Usaha Kecil", "Usaha Non Kecil"))],
        ],
        None,
        size=ctx.size - 1.5,
    )
    d.line_text("Jadwal pelaksanaan:", ctx.b)
    rows = []
    for i, (st, a, b) in enumerate(TENDER_STEPS):
        s1 = add_wd(ctx.date, a) if a else ctx.date
        s2 = add_wd(ctx.date, b) if b else ctx.date
        rows.append(
            [
                str(i + 1),
                st,
                f"{fmt_date(s1, 'short')} 08:00",
                f"{fmt_date(s2, 'short')} {rng.choice(('15:00', '16:00', '23:59'))}",
            ]
        )
    table2(
        d,
        [24.0, d.W - 24 - 210, 105.0, 105.0],
        rows,
        ["No", "Tahapan", "Mulai", "Sampai"],
        size=ctx.size - 2,
    )
    d.para(
        f"Pengumuman selengkapnya dapat dilihat pada laman https://spse.inaproc.id/sumselprov/lelang/{kode}/pengumumanlelang. Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        justify=True,
        indent=24,
    )
    sign_block(
        d,
        [f"Ketua Kelompok Kerja Pemilihan {k:02d},"],
        person16(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M01_pokja_pengumuman_tender", d.pages, fields)


BPS_DATA = (
    "Proyeksi penduduk menurut kabupaten/kota dan kelompok umur",
    "Hasil Pendataan Potensi Desa (Podes) 2024",
    "Peta wilayah kerja statistik (wilkerstat) tingkat desa",
    "Indeks Demokrasi Indonesia Provinsi Sumatera Selatan",
    "Data penduduk usia 17 tahun ke atas per kecamatan",
)
KPU_DATA = (
    "Rekapitulasi DPT per kecamatan Pemilu dan Pemilihan 2024",
    "Jumlah dan lokasi TPS per desa/kelurahan",
    "Tingkat partisipasi pemilih per kabupaten/kota",
    "Daftar pemilih penyandang disabilitas per jenis disabilitas",
    "Hasil pemutakhiran data pemilih berkelanjutan",
)


def m02_bps_pks_pertukaran_data(ctx: Ctx) -> Letter:
    """BPS Provinsi invites the KPU to sign a data-sharing agreement under Satu Data Indonesia: an
    event block, a two-column table of the data each party will exchange (Data dari BPS | Data
    dari KPU), a request to name the signing official by a date; the BPS head signs."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    kop2(
        d,
        [("BADAN PUSAT STATISTIK", ctx.b, 15), ("PROVINSI SUMATERA SELATAN", ctx.b, 13)],
        [
            "Jl. Kapten P. Tendean No. 28 Palembang 30129  Telp. (0711) 512 471",
            "Laman: sumsel.bps.go.id  Surel: bps1600@bps.go.id",
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY, (0, 90, 150))),
        rng.choice(("double", "single", "band")),
        kinds=("shield",),
    )
    org = "BADAN PUSAT STATISTIK PROVINSI SUMATERA SELATAN"
    num = f"B-{rng.randint(100, 2999)}/16000/HM.{rng.choice(('200', '300', '340'))}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Undangan Penandatanganan Perjanjian Kerja Sama Pemanfaatan Data",
            "Penandatanganan Perjanjian Kerja Sama Pertukaran Data dan Informasi Statistik",
            "Undangan Penandatanganan Nota Kesepahaman Satu Data",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "1 (satu) berkas"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    d.para(
        "Dalam rangka pelaksanaan Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia serta penguatan statistik sektoral di Provinsi Sumatera Selatan, Badan Pusat Statistik Provinsi Sumatera Selatan bermaksud menjalin kerja sama pemanfaatan data dengan Komisi Pemilihan Umum Provinsi Sumatera Selatan. Sehubungan dengan hal tersebut, kami mengundang Saudara untuk menandatangani Perjanjian Kerja Sama yang akan dilaksanakan pada:",
        justify=True,
        indent=24,
    )
    ev = add_wd(ctx.date, rng.randint(5, 12))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(ev, "day")),
            ("Pukul", f"{rng.choice(('09.00', '10.00', '13.00'))} WIB s.d. selesai"),
            (
                "Tempat",
                rng.choice(
                    (
                        "Aula Sriwijaya BPS Provinsi Sumatera Selatan",
                        "Ruang Rapat Utama BPS Provinsi Sumatera Selatan",
                    )
                ),
            ),
            ("Acara", "Penandatanganan Perjanjian Kerja Sama dan Serah Terima Data Perdana"),
        ],
        x=d.L + 24,
    )
    d.para(
        "Adapun data yang akan dipertukarkan dalam kerja sama tersebut adalah sebagai berikut:",
        justify=True,
        indent=24,
    )
    k = rng.randint(3, 4)
    a, b = rng.sample(BPS_DATA, k), rng.sample(KPU_DATA, k)
    w = (d.W - 24) / 2
    table2(
        d,
        [24.0, w, w],
        [[str(i + 1), x, y] for i, (x, y) in enumerate(zip(a, b, strict=True))],
        [
            "No",
            "Data dari BPS Provinsi Sumatera Selatan",
            "Data dari KPU Provinsi Sumatera Selatan",
        ],
        size=ctx.size - 1.5,
    )
    cp = person16(rng, degree_p=0.6)
    due = add_wd(ctx.date, rng.randint(2, 4))
    d.para(
        f"Kami mohon Saudara berkenan menyampaikan nama dan jabatan pejabat penandatangan paling lambat tanggal {fmt_date(due, 'long')} melalui surel ipds1600@bps.go.id. Informasi lebih lanjut dapat menghubungi {cp['core']} ({cp['phone']}).",
        justify=True,
        indent=24,
    )
    d.para("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.", indent=24)
    sign_block(
        d,
        ["Kepala Badan Pusat Statistik", "Provinsi Sumatera Selatan,"],
        person16(rng, degree_p=1.0, prefix_p=0.4)["name"],
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M02_bps_pks_pertukaran_data", d.pages, fields)


SATKER_SUMSEL = (
    ("KPU Provinsi Sumatera Selatan", "sumsel"),
    ("KPU Kabupaten Ogan Komering Ulu", "oku"),
    ("KPU Kabupaten Ogan Komering Ilir", "oki"),
    ("KPU Kabupaten Muara Enim", "muaraenim"),
    ("KPU Kabupaten Lahat", "lahat"),
    ("KPU Kabupaten Musi Rawas", "musirawas"),
    ("KPU Kabupaten Musi Banyuasin", "muba"),
    ("KPU Kabupaten Banyuasin", "banyuasin"),
    ("KPU Kabupaten OKU Timur", "okutimur"),
    ("KPU Kabupaten OKU Selatan", "okuselatan"),
    ("KPU Kabupaten Ogan Ilir", "oganilir"),
    ("KPU Kabupaten Empat Lawang", "empatlawang"),
    ("KPU Kabupaten PALI", "pali"),
    ("KPU Kabupaten Musi Rawas Utara", "muratara"),
    ("KPU Kota Palembang", "palembang"),
    ("KPU Kota Pagar Alam", "pagaralam"),
    ("KPU Kota Lubuklinggau", "lubuklinggau"),
    ("KPU Kota Prabumulih", "prabumulih"),
)


def qr_box(pg: Page, x: float, y: float, s: float, rng: random.Random) -> None:
    """A QR-like square of modules (a picture, no text)."""
    n = 21
    m = s / n
    pg.rect(x, y, s, s, 0.4, INK, WHITE)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ring = max(
                    abs(i % (n - 7) - 3) if i >= n - 7 else abs(i - 3),
                    abs(j % (n - 7) - 3) if j >= n - 7 else abs(j - 3),
                )
                on = ring != 2
            else:
                on = rng.random() < 0.48
            if on:
                pg.rect(x + j * m, y + i * m, m, m, 0, None, INK)


def m03_kpuri_migrasi_eppid(ctx: Ctx) -> Letter:
    """A KPU RI Surat Dinas to all provincial and district KPUs about moving the e-PPID application
    to an integrated platform: numbered points, a migration schedule table, the electronic-signature
    footer with a QR square, Tembusan; page 2 the Lampiran "DAFTAR AKUN ADMINISTRATOR e-PPID" for
    the Sumsel satkers (username, e-mail, status)."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 15), ("REPUBLIK INDONESIA", ctx.b, 13)],
        [
            "Jl. Imam Bonjol No. 29 Jakarta Pusat 10310  Telp. (021) 3193 7223",
            "Laman: www.kpu.go.id",
        ],
        "c",
        rng.choice((INK, MAROON)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda",),
    )
    org = "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"
    num = f"{rng.randint(100, 2400)}/HM.{rng.choice(('02', '03'))}-SD/{rng.choice(('01', '05', '06'))}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Migrasi Aplikasi e-PPID ke Platform Terintegrasi",
            "Pemutakhiran Akun Administrator e-PPID",
            "Penerapan Aplikasi e-PPID Versi 3.0",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        pdate16(rng, "Jakarta", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. 1. Ketua KPU Provinsi;", "2. Ketua KPU Kabupaten/Kota,", "di seluruh Indonesia"]
    )
    d.gap(6)
    d.para(
        "Dalam rangka peningkatan kualitas layanan informasi publik di lingkungan Komisi Pemilihan Umum, bersama ini disampaikan hal-hal sebagai berikut:",
        justify=True,
    )
    go = add_wd(ctx.date, rng.randint(8, 15))
    d.numbered(
        [
            "Aplikasi e-PPID pada masing-masing satuan kerja akan dimigrasikan ke platform e-PPID terintegrasi yang dikelola oleh Biro Perencanaan dan Data Sekretariat Jenderal KPU;",
            "Seluruh data permohonan informasi, keberatan, dan Daftar Informasi Publik pada aplikasi lama wajib diunggah ulang melalui fitur impor data sesuai jadwal pada tabel di bawah;",
            f"Akun administrator satuan kerja sebagaimana tercantum dalam lampiran surat ini wajib diaktivasi paling lambat tanggal {fmt_date(go, 'long')};",
            "Kendala teknis dapat disampaikan melalui layanan bantuan helpdesk-ppid@kpu.go.id.",
        ],
        "{}.",
        x=d.L + 8,
    )
    rows = [
        ["1", "Pelatihan daring operator e-PPID", fmt_date(add_wd(ctx.date, 3), "long")],
        ["2", "Aktivasi akun administrator", f"s.d. {fmt_date(go, 'long')}"],
        [
            "3",
            "Impor data permohonan dan keberatan",
            f"{fmt_date(add_wd(go, 1), 'long')} s.d. {fmt_date(add_wd(go, 8), 'long')}",
        ],
        ["4", "Penonaktifan aplikasi lama", fmt_date(add_wd(go, 12), "long")],
    ]
    table2(
        d, [42.0, d.W - 42 - 190, 190.0], rows, ["Tahap", "Kegiatan", "Waktu"], size=ctx.size - 1.5
    )
    d.para("Demikian disampaikan untuk dilaksanakan.")
    sign_block(d, ["Ketua,"], person16(rng, degree_p=1.0, prefix_p=0.3)["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Anggota KPU;", size=ctx.size - 1)
    d.line_text("2. Sekretaris Jenderal KPU.", size=ctx.size - 1)
    d.need(60)
    y0 = d.y + 4
    qr_box(d.pg, d.L, y0, 44, rng)
    d.para(
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.",
        x=d.L + 54,
        size=7.5,
    )
    d.y = max(d.y, y0 + 52)
    d.newpage()
    d.line_text(f"LAMPIRAN SURAT KETUA KPU NOMOR {num}", ctx.b, ctx.size - 1)
    d.line_text(f"TANGGAL {fmt_date(ctx.date, 'upper')}", ctx.b, ctx.size - 1)
    d.gap(6)
    d.line_text("DAFTAR AKUN ADMINISTRATOR e-PPID", ctx.b, ctx.size + 1, align="c")
    d.line_text("PROVINSI SUMATERA SELATAN", ctx.b, ctx.size, align="c")
    d.gap(4)
    rows = [
        [
            str(i + 1),
            nm,
            f"admin.{code}",
            f"ppid.{code}@kpu.go.id",
            rng.choice(("Belum aktif", "Belum aktif", "Aktif")),
        ]
        for i, (nm, code) in enumerate(SATKER_SUMSEL)
    ]
    table2(
        d,
        [24.0, d.W - 24 - 100 - 150 - 70, 100.0, 150.0, 70.0],
        rows,
        ["No", "Satuan Kerja", "Nama Pengguna", "Surel", "Status"],
        size=ctx.size - 2.5,
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M03_kpuri_migrasi_eppid", d.pages, fields)


WX_CATS = ("Rendah", "Menengah", "Tinggi", "Sangat Tinggi")
WX_AREAS = (
    "Kota Palembang",
    "Kab. Banyuasin",
    "Kab. Ogan Ilir",
    "Kab. Ogan Komering Ilir",
    "Kab. Musi Banyuasin",
    "Kab. Muara Enim",
    "Kab. Lahat",
    "Kota Pagar Alam",
    "Kab. Empat Lawang",
    "Kab. Musi Rawas",
    "Kota Lubuklinggau",
    "Kab. OKU Selatan",
)


def m04_bmkg_prakiraan_cuaca(ctx: Ctx) -> Letter:
    """The BMKG climatology station sends the ten-day rainfall outlook for the regencies along the
    logistics routes: a table Kabupaten/Kota | Dasarian I | II | III | Potensi Banjir/Longsor, a
    colour legend drawn as swatches, recommendations; the station head signs."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    lines = [
        "BADAN METEOROLOGI, KLIMATOLOGI, DAN GEOFISIKA",
        "STASIUN KLIMATOLOGI KELAS I SUMATERA SELATAN",
    ]
    kop2(
        d,
        [(lines[0], ctx.b, 13), (lines[1], ctx.b, 12)],
        [
            "Jl. Sultan Mahmud Badaruddin II Km. 10 Palembang 30762  Telp. (0711) 564 5108",
            "Laman: staklim-sumsel.bmkg.go.id  Surel: staklim.palembang@bmkg.go.id",
        ],
        rng.choice(("l", "lr")),
        rng.choice((NAVY, (0, 90, 160))),
        rng.choice(("double", "band")),
        kinds=("garuda", "shield"),
    )
    org = " ".join(lines)
    num = f"e.B/ME.00.02/{rng.randint(10, 600):03d}/KSUM/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Informasi Prakiraan Curah Hujan dan Peringatan Dini",
            "Prakiraan Cuaca Periode Distribusi Logistik",
            "Penyampaian Informasi Iklim Dasarian",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    mon = BULAN[ctx.date.month % 12]
    d.para(
        f"Dalam rangka mendukung kelancaran distribusi logistik dan kegiatan di lapangan, bersama ini kami sampaikan prakiraan curah hujan dasarian bulan {mon} untuk wilayah Provinsi Sumatera Selatan sebagai berikut:",
        justify=True,
        indent=24,
    )
    rows = []
    for i, a in enumerate(rng.sample(WX_AREAS, rng.randint(6, 10))):
        cats = [rng.choice(WX_CATS[:3] if k else WX_CATS) for k in range(3)]
        risk = (
            "Waspada" if "Tinggi" in " ".join(cats) else rng.choice(("Rendah", "Rendah", "Waspada"))
        )
        rows.append([str(i + 1), a, *cats, risk])
    table2(
        d,
        [24.0, d.W - 24 - 3 * 72 - 82, 72.0, 72.0, 72.0, 82.0],
        rows,
        [
            "No",
            "Kabupaten/Kota",
            "Dasarian I",
            "Dasarian II",
            "Dasarian III",
            "Potensi Banjir/Longsor",
        ],
        size=ctx.size - 2,
    )
    d.need(20)
    x = d.L
    for lab, colr in zip(
        (
            "Rendah (0-50 mm)",
            "Menengah (50-150 mm)",
            "Tinggi (150-300 mm)",
            "Sangat Tinggi (>300 mm)",
        ),
        ((230, 210, 160), (140, 200, 140), (80, 150, 220), (40, 60, 160)),
        strict=True,
    ):
        d.pg.rect(x, d.y - 7, 9, 9, 0.4, INK, colr)
        d.pg.t(x + 12, d.y, lab, ctx.r, 7.5)
        x += tw(lab, ctx.r, 7.5) + 26
    d.gap(16)
    d.line_text("Rekomendasi:", ctx.b)
    d.numbered(
        [
            "Menyesuaikan jadwal pengiriman logistik ke wilayah dengan kategori curah hujan tinggi;",
            "Menyiapkan terpal dan kemasan kedap air untuk perlengkapan yang rentan basah;",
            "Memantau informasi peringatan dini cuaca melalui aplikasi InfoBMKG dan kanal resmi BMKG.",
        ],
        "{}.",
        x=d.L + 10,
    )
    d.para(
        "Demikian informasi ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        indent=24,
    )
    sign_block(
        d,
        ["Kepala Stasiun Klimatologi", "Kelas I Sumatera Selatan,"],
        person16(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M04_bmkg_prakiraan_cuaca", d.pages, fields)


FIRE_ITEMS = (
    ("APAR CO2 5 kg", "unit"),
    ("APAR Dry Chemical Powder 6 kg", "unit"),
    ("Hidran halaman", "titik"),
    ("Hidran gedung (box hydrant)", "titik"),
    ("Detektor asap", "unit"),
    ("Alarm kebakaran manual", "unit"),
    ("Lampu darurat dan tanda EXIT", "unit"),
    ("Jalur evakuasi dan titik kumpul", "lokasi"),
    ("Sprinkler", "titik"),
)
FIRE_COND = ("Baik", "Baik", "Baik", "Kedaluwarsa", "Tekanan kurang", "Rusak", "Tidak berfungsi")


def m05_damkar_pemeriksaan_proteksi(ctx: Ctx) -> Letter:
    """The city fire service sends the results of its inspection of the KPU building's fire
    protection: a letter with recommendations, page 2 the inspection sheet (Komponen | Satuan |
    Jumlah | Kondisi | Keterangan) whose findings are typed or written in by the inspector, three
    signatures.  The fields are the letter's (page 1)."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=56)
    org = "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"
    kop2(
        d,
        [("PEMERINTAH KOTA PALEMBANG", ctx.b, 12), (org, ctx.b, 14)],
        ["Jl. Merdeka No. 25 Palembang 30131  Telp. (0711) 311 113  Panggilan Darurat 113"],
        rng.choice(("l", "c")),
        rng.choice((INK, MAROON, (180, 60, 0))),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    num = rng.choice(
        (
            f"360/{rng.randint(100, 1900)}/DAMKAR/{ctx.date.year}",
            f"364/{rng.randint(100, 1900)}/Damkar-PP/{ctx.date.year}",
        )
    )
    insp = prev_wd(ctx.date - timedelta(days=rng.randint(3, 14)))
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Hasil Pemeriksaan Sarana Proteksi Kebakaran Gedung",
            "Penyampaian Hasil Inspeksi Alat Pemadam Api Ringan (APAR)",
            "Rekomendasi Keselamatan Kebakaran Bangunan",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) lembar"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Yth. Sekretaris KPU Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.para(
        f"Menindaklanjuti program pemeriksaan berkala keselamatan kebakaran pada bangunan gedung instansi, tim pemeriksa Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang telah melaksanakan pemeriksaan pada gedung Kantor KPU Provinsi Sumatera Selatan pada tanggal {fmt_date(insp, 'long')}. Hasil pemeriksaan sebagaimana terlampir, dengan rekomendasi sebagai berikut:",
        justify=True,
        indent=24,
    )
    d.numbered(
        [
            "Mengganti atau mengisi ulang APAR yang telah kedaluwarsa atau bertekanan kurang;",
            "Memperbaiki detektor asap dan alarm yang tidak berfungsi, terutama di ruang arsip dan gudang logistik;",
            "Memastikan jalur evakuasi tidak terhalang tumpukan logistik dan dilengkapi tanda EXIT yang menyala;",
            "Melaksanakan simulasi evakuasi bagi seluruh pegawai paling sedikit satu kali dalam setahun.",
        ],
        "{}.",
        x=d.L + 10,
    )
    d.para(
        "Tindak lanjut rekomendasi mohon dilaporkan paling lambat 30 (tiga puluh) hari sejak surat ini diterima. Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
        justify=True,
        indent=24,
    )
    sign_block(
        d,
        ["Kepala Dinas Pemadam Kebakaran", "dan Penyelamatan Kota Palembang,"],
        person16(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
        stamp=("DINAS DAMKAR KOTA PALEMBANG", "DAMKAR"),
    )
    d.newpage()
    d.line_text("LEMBAR PEMERIKSAAN SARANA PROTEKSI KEBAKARAN", ctx.b, ctx.size + 0.5, align="c")
    d.gap(4)
    d.kv("Objek", "Gedung Kantor KPU Provinsi Sumatera Selatan", 110)
    d.kv("Tanggal Pemeriksaan", fmt_date(insp, "dash"), 110, vfont="hand" if hand else None)
    d.gap(4)
    rows = []
    for i, (it, unit) in enumerate(rng.sample(FIRE_ITEMS, rng.randint(6, 9))):
        cond = rng.choice(FIRE_COND)
        note = {
            "Kedaluwarsa": "Segera isi ulang",
            "Tekanan kurang": "Isi ulang",
            "Rusak": "Perlu diganti",
            "Tidak berfungsi": "Perbaiki",
        }.get(cond, "-")
        rows.append([str(i + 1), it, unit, str(rng.randint(1, 14)), cond, note])
    table2(
        d,
        [24.0, d.W - 24 - 50 - 50 - 90 - 100, 50.0, 50.0, 90.0, 100.0],
        rows,
        ["No", "Komponen", "Satuan", "Jumlah", "Kondisi", "Keterangan"],
        size=ctx.size - 1.5,
        hand_cols=(3, 4, 5) if hand else (),
        min_lines=2 if hand else 1,
    )
    insp_team = [person16(rng, degree_p=0.3)["name"] for _ in range(2)]
    sign_cols(
        d,
        [
            {"pre": ["Pemeriksa I,"], "name": insp_team[0]},
            {"pre": ["Pemeriksa II,"], "name": insp_team[1]},
            {"pre": ["Pengelola Gedung,"], "name": person16(rng, degree_p=0.4)["name"]},
        ],
        size=ctx.size - 1,
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter(
        "surat_masuk",
        "M05_damkar_pemeriksaan_proteksi",
        d.pages,
        fields,
        scan_hint={"scan_only": True} if hand else None,
    )


def red_cross(pg: Page, x: float, y: float, s: float) -> None:
    red = (200, 20, 30)
    pg.circle(x + s / 2, y + s / 2, s / 2, 1.2, red)
    a = s * 0.2
    pg.rect(x + s / 2 - a / 2, y + s * 0.2, a, s * 0.6, 0, None, red)
    pg.rect(x + s * 0.2, y + s / 2 - a / 2, s * 0.6, a, 0, None, red)


def m06_pmi_donor_darah(ctx: Ctx) -> Letter:
    """The Red Cross (PMI) city branch asks the KPU to host a blood drive: red cross emblem, the
    blood stock table (Golongan Darah | Stok | Kebutuhan per Hari), the proposed day, donor
    requirements as bullets, a contact person; "Permohonan" in the Hal, but ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    kop2(
        d,
        [("PALANG MERAH INDONESIA", ctx.b, 16), ("KOTA PALEMBANG", ctx.b, 13)],
        [
            "Markas: Jl. Jenderal Sudirman No. 1A Palembang 30126  Telp. (0711) 352 337",
            "Unit Donor Darah  |  Surel: udd.pmipalembang@gmail.com",
        ],
        None,
        (190, 20, 30),
        rng.choice(("double", "band")),
    )
    red_cross(d.pg, d.L, 36, 46)
    org = "PALANG MERAH INDONESIA KOTA PALEMBANG"
    num = f"{rng.randint(10, 900):03d}/UDD/PMI-PLG/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Kerja Sama Kegiatan Donor Darah",
            "Permohonan Pelaksanaan Donor Darah Sukarela",
            "Permohonan Dukungan Kegiatan Donor Darah",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    d.para(
        "Salam kemanusiaan. Sehubungan dengan menurunnya persediaan darah di Unit Donor Darah PMI Kota Palembang, kami bermaksud mengadakan kegiatan donor darah sukarela bersama instansi Saudara. Kondisi stok darah saat ini adalah sebagai berikut:",
        justify=True,
        indent=24,
    )
    rows = [
        [g, f"{rng.randint(5, 60)} kantong", f"{rng.randint(40, 120)} kantong"]
        for g in ("A", "B", "AB", "O")
    ]
    table2(
        d,
        [110.0, 130.0, 160.0],
        rows,
        ["Golongan Darah", "Stok", "Kebutuhan per Hari"],
        size=ctx.size - 1.5,
        x=d.L + 24,
    )
    ev = add_wd(ctx.date, rng.randint(6, 15))
    d.para(
        f"Kegiatan kami usulkan pada hari {HARI[ev.weekday()]}, tanggal {fmt_date(ev, 'long')}, pukul 08.30 s.d. 12.00 WIB di lingkungan kantor Saudara, dengan target {rng.choice((30, 40, 50, 75))} kantong darah. Adapun syarat calon pendonor adalah:",
        justify=True,
        indent=24,
    )
    reqs = (
        "Berusia 17 sampai dengan 65 tahun",
        "Berat badan minimal 45 kg",
        "Tekanan darah dan kadar hemoglobin normal",
        "Tidak sedang mengonsumsi obat-obatan tertentu",
        "Jarak dengan donor terakhir minimal 2 (dua) bulan",
        "Sudah sarapan dan cukup tidur pada malam sebelumnya",
    )
    keep = sorted(rng.sample(range(len(reqs)), rng.randint(4, 6)))
    for j, i in enumerate(keep):
        s = reqs[i] + ("." if j == len(keep) - 1 else ";")
        d.need(14)
        d.pg.circle(d.L + 30, d.y - 3.5, 1.6, 0.5, INK, INK)
        d.para(s, x=d.L + 38)
    cp = person16(rng, degree_p=0.4)
    d.para(
        f"Konfirmasi dan koordinasi teknis dapat menghubungi {cp['core']} ({cp['phone']}). Atas perhatian dan partisipasinya kami ucapkan terima kasih.",
        justify=True,
        indent=24,
    )
    sign_block(
        d,
        ["Ketua PMI Kota Palembang,"],
        person16(rng, degree_p=0.9, prefix_p=0.3)["name"],
        stamp=("PALANG MERAH INDONESIA KOTA PALEMBANG", "PMI"),
    )
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M06_pmi_donor_darah", d.pages, fields)


VENDORS = (
    ("PT SRIWIJAYA KARTON PERKASA", "Produsen Kotak dan Bilik Suara Karton", "SKP"),
    ("CV MUSI LOGISTIK MANDIRI", "Ekspedisi dan Pergudangan", "MLM"),
    ("PT PERCETAKAN ANDALAS JAYA", "Percetakan Surat Suara dan Formulir", "PAJ"),
)
GOODS = (
    ("Kotak suara karton", "buah"),
    ("Bilik suara karton", "buah"),
    ("Segel plastik", "lembar"),
    ("Tinta sidik jari", "botol"),
    ("Sampul kertas", "lembar"),
    ("Alat bantu tunanetra (template)", "set"),
    ("Formulir Model C.Hasil", "rim"),
    ("Kantong plastik kedap air", "lembar"),
)


def m07_surat_jalan_logistik(ctx: Ctx) -> Letter:
    """A vendor's delivery note (SURAT JALAN) for election logistics delivered to the provincial
    warehouse: two-column company letterhead, the note's No. and Tanggal in a box at the right, the
    contract (SPK) number, vehicle and driver rows, a goods table whose "Jumlah Diterima" and
    "Keterangan" columns the warehouse fills in (often by hand), three signatures."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=50)
    name, tag, code = rng.choice(VENDORS)
    land, _ = landline(rng, "0711")
    org = kop_split(
        d,
        [(name, ctx.b, 15)],
        [
            f"Kantor & Gudang: {office_address(rng)}",
            f"Telp. {land}",
            f"Surel: admin@{code.lower()}.co.id",
        ],
        tag,
        rng.choice((NAVY, (0, 100, 60), MAROON)),
    )
    d.y -= 6
    d.line_text("SURAT JALAN", ctx.b, 18, align="c")
    num = rng.choice(
        (
            f"SJ/{ctx.date.strftime('%y%m')}/{rng.randint(1, 999):04d}",
            f"{rng.randint(100, 999)}/SJ-{code}/{roman(ctx.date.month)}/{ctx.date.year}",
            f"DO-{ctx.date.year}-{rng.randint(1000, 9999)}",
        )
    )
    bx = d.R - 190
    y0 = d.y
    d.pg.rect(bx, y0 - 12, 190, 34, 0.7)
    d.pg.t(bx + 6, y0, f"No.        : {num}", ctx.r, ctx.size - 1)
    d.pg.t(bx + 6, y0 + 14, f"Tanggal : {ctx.date.strftime('%d/%m/%Y')}", ctx.r, ctx.size - 1)
    for k, s in enumerate(
        (
            "Kepada Yth.",
            "KPU Provinsi Sumatera Selatan",
            "Gudang Logistik",
            "Jl. Kapten A. Rivai No. 95 Palembang",
        )
    ):
        d.pg.t(d.L, y0 + k * 13, s, ctx.r, ctx.size - 1)
    d.y = y0 + 64
    drv = person16(rng, degree_p=0.0, male=True)
    spk = f"{rng.randint(10, 400)}/PL.02.1-SP/16/{ctx.date.year}"
    kv_rows(
        d,
        [
            ("No. SPK/Kontrak", spk),
            (
                "No. Kendaraan",
                f"BG {rng.randint(8000, 8999)} {rng.choice(('AB', 'AO', 'AQ', 'YB', 'Q'))}",
            ),
            ("Nama Pengemudi", drv["core"]),
            ("No. HP Pengemudi", drv["phone"]),
        ],
        size=ctx.size - 0.5,
    )
    d.gap(4)
    rows = []
    for i, (g, unit) in enumerate(rng.sample(GOODS, rng.randint(3, 6))):
        n = rng.choice((50, 120, 250, 500, 1000, 1500, 3000))
        got = (
            ""
            if not hand and rng.random() < 0.5
            else str(n if rng.random() < 0.8 else n - rng.randint(1, 9))
        )
        note = "" if not got else ("Sesuai" if got == str(n) else "Kurang, rusak saat bongkar")
        rows.append([str(i + 1), g, unit, f"{n:,}".replace(",", "."), got, note])
    table2(
        d,
        [24.0, d.W - 24 - 50 - 70 - 70 - 110, 50.0, 70.0, 70.0, 110.0],
        rows,
        ["No", "Nama Barang", "Satuan", "Dikirim", "Diterima", "Keterangan"],
        size=ctx.size - 1.5,
        hand_cols=(4, 5) if hand else (),
        min_lines=2 if hand else 1,
    )
    d.para(
        "Catatan: Barang diperiksa pada saat diterima. Selisih jumlah atau kerusakan dicatat pada kolom keterangan dan ditandatangani kedua belah pihak.",
        size=ctx.size - 2,
        justify=True,
    )
    sign_cols(
        d,
        [
            {"pre": ["Penerima,", "Petugas Gudang"], "name": person16(rng, degree_p=0.3)["name"]},
            {"pre": ["", "Pengemudi,"], "name": drv["core"]},
            {
                "pre": [
                    "Hormat kami,",
                    name.split(" ", 1)[0] + " " + title_id(name.split(" ", 1)[1]),
                ],
                "name": person16(rng, degree_p=0.3)["name"],
                "stamp": (name[:32], code),
            },
        ],
        size=ctx.size - 1,
    )
    fields = sm_fields(num, ctx.date, None, org)
    return Letter(
        "surat_masuk",
        "M07_surat_jalan_logistik",
        d.pages,
        fields,
        scan_hint={"scan_only": True} if hand else None,
    )


INCIDENTS = (
    ("Web defacement", "Tinggi"),
    ("Injeksi konten judi daring", "Tinggi"),
    ("Kebocoran kredensial akun administrator", "Tinggi"),
    ("Kerentanan SQL Injection", "Sedang"),
    ("Phishing mengatasnamakan PPID", "Sedang"),
    ("Sertifikat SSL kedaluwarsa", "Rendah"),
)
ASSETS = (
    "ppid.sumsel.kpu.go.id",
    "sumsel.kpu.go.id/ppid/dip",
    "jdih.sumsel.kpu.go.id",
    "helpdesk-ppid.sumsel.kpu.go.id",
    "e-ppid.sumsel.kpu.go.id/login",
)


def m08_csirt_insiden_siber(ctx: Ctx) -> Letter:
    """The provincial CSIRT (under Diskominfo) notifies a cyber incident on the KPU's PPID web
    assets: "TLP:AMBER" marking at the head and foot of every page, Sifat "Terbatas", an incident
    table (Waktu Deteksi | Aset Terdampak | Jenis Insiden | Tingkat), numbered recommended actions,
    a request for a handling report within 3 x 24 hours."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    org = "DINAS KOMUNIKASI DAN INFORMATIKA"
    kop2(
        d,
        [("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12), (org, ctx.b, 15)],
        [
            "Jl. Kapten A. Rivai No. 1 Palembang 30129  Telp. (0711) 356 000",
            "SUMSELPROV-CSIRT  |  Surel: csirt@sumselprov.go.id  |  Aduan siber: 0811-7800-113",
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
        y=44,
    )
    num = rng.choice(
        (
            f"555/{rng.randint(100, 1900)}/CSIRT/Diskominfo/{ctx.date.year}",
            f"B-{rng.randint(100, 1900)}/Diskominfo.4/{ctx.date.year}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Notifikasi Insiden Siber",
            "Pemberitahuan Insiden Keamanan Informasi pada Laman PPID",
            "Notifikasi Kerentanan Sistem Elektronik",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Terbatas"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Yth. Sekretaris KPU Provinsi Sumatera Selatan",
            "c.q. Pengelola Teknologi Informasi",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.para(
        "Berdasarkan hasil pemantauan Sumselprov-CSIRT dan laporan masyarakat, kami menemukan indikasi insiden siber pada sistem elektronik yang dikelola instansi Saudara dengan rincian sebagai berikut:",
        justify=True,
        indent=24,
    )
    rows = []
    t = ctx.date - timedelta(days=rng.randint(1, 4))
    for i, (kind, lvl) in enumerate(rng.sample(INCIDENTS, rng.randint(1, 3))):
        rows.append(
            [
                str(i + 1),
                f"{t.strftime('%d-%m-%Y')} {hhmm(rng, ':')} WIB",
                rng.choice(ASSETS),
                kind,
                lvl,
            ]
        )
    table2(
        d,
        [24.0, 100.0, 150.0, d.W - 24 - 100 - 150 - 60, 60.0],
        rows,
        ["No", "Waktu Deteksi", "Aset Terdampak", "Jenis Insiden", "Tingkat"],
        size=ctx.size - 2,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami merekomendasikan langkah-langkah sebagai berikut:",
        justify=True,
        indent=24,
    )
    d.numbered(
        rng.sample(
            [
                "Melakukan isolasi sementara terhadap aset terdampak dan mencadangkan log akses server;",
                "Mengganti seluruh kata sandi akun administrator dan mengaktifkan autentikasi dua faktor;",
                "Memperbarui sistem manajemen konten dan pustaka yang digunakan ke versi terbaru;",
                "Menghapus konten atau berkas asing yang disisipkan pihak tidak berwenang;",
                "Berkoordinasi dengan pengelola pusat data KPU RI untuk pemulihan layanan.",
            ],
            4,
        ),
        "{}.",
        x=d.L + 10,
    )
    d.para(
        "Laporan penanganan insiden mohon disampaikan kepada kami paling lambat 3 x 24 jam sejak surat ini diterima melalui surel csirt@sumselprov.go.id. Informasi dalam surat ini bersifat terbatas dan hanya untuk pihak yang berkepentingan.",
        justify=True,
        indent=24,
    )
    sign_block(
        d,
        ["Kepala Dinas Komunikasi dan Informatika", "selaku Ketua Sumselprov-CSIRT,"],
        person16(rng, degree_p=0.9)["name"],
        sub=f"NIP {nip(rng)}",
    )
    for pg in d.pages:
        for yy in (22.0, pg.h - 22):
            pg.rect(pg.w / 2 - 38, yy - 10, 76, 14, 0, None, (20, 20, 20))
            pg.t(pg.w / 2, yy, "TLP:AMBER", "hb", 8.5, (255, 190, 0), "c")
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M08_csirt_insiden_siber", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_yth_kanan_hal_kiri, 0.0, 0.45),
        (p02_kuasa_dua_kolom, 0.0, 0.4),
        (p03_ormas_footer_kontak, 0.0, 0.5),
        (p04_ttl_paragraf_rt_mengetahui, 0.3, 0.35),
        (p05_lab_spesifikasi_data, 0.0, 0.5),
        (p06_hand_blanko_toko, 1.0, 0.0),
        (p07_lampiran_sk_domisili, 0.0, 0.35),
        (p08_sampul_map_berkas, 0.0, 0.3),
    ],
    "keberatan": [
        (k01_foto_surat_ppid_tempel, 0.0, 0.35),
        (k02_kutipan_pasal_garis_bawah, 0.0, 0.4),
        (k03_fakta_vs_ketentuan, 0.0, 0.45),
        (k04_judul_pengaduan_isi_keberatan, 0.0, 0.4),
        (k05_hand_buku_agenda, 1.0, 0.0),
    ],
    "sengketa": [
        (s01_ki_pergantian_majelis, 0.0, 0.45),
        (s02_ki_sidang_daring_tatib, 0.0, 0.5),
        (s03_ki_teguran_ketidakhadiran, 0.0, 0.4),
    ],
    "surat_masuk": [
        (m01_pokja_pengumuman_tender, 0.0, 0.5),
        (m02_bps_pks_pertukaran_data, 0.0, 0.5),
        (m03_kpuri_migrasi_eppid, 0.0, 0.55),
        (m04_bmkg_prakiraan_cuaca, 0.0, 0.45),
        (m05_damkar_pemeriksaan_proteksi, 0.4, 0.3),
        (m06_pmi_donor_darah, 0.0, 0.45),
        (m07_surat_jalan_logistik, 0.5, 0.2),
        (m08_csirt_insiden_siber, 0.0, 0.5),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 16)
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


def check_truth(fields: dict, pages_text: list[str], lid: str, extra: dict) -> None:
    """Every textual truth value occurs in the page text (whitespace and case aside; NIK and
    phone digit-wise); coded values are in their allowed sets; a NIK is structurally valid unless
    the letter deliberately prints a mistyped one (then it is held as written)."""
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
            assert re.fullmatch(r"\d{15,17}", v) and v in flat, (lid, k, v)
            assert nik_valid(v) != bool(extra.get("nik_as_written_invalid")), (lid, k, v)
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
    rng = random.Random(f"sixteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s16_{k:04d}"
    hand = letter.handwritten
    if hand or (letter.scan_hint or {}).get("scan_only"):
        digital = False
    pages = letter.pages
    texts = [pg.text_lines() for pg in pages]
    extra = letter.extra or {}
    check_truth(letter.fields, texts, lid, extra)
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
    rec.update(extra)
    return json.dumps(rec, ensure_ascii=False)


def main() -> None:
    if len(sys.argv) != 4:
        print("usage: make_sixteenth_corpus.py OUT_DIR N SEED")
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

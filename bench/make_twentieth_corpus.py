# ruff: noqa: E501
"""Twentieth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_twentieth_corpus.py OUT_DIR N SEED

writes N letters (s20_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s20_0001_p1.jpg, s20_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the sixteenth to nineteenth generators (and ../shared/sample/truth.jsonl):
id, files, class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi,
fields (all 17 keys, null where the letter does not state them), page_text (the text printed on
each page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: a KTP copy, a
hand-drawn sketch) and, for scans, scan (format, mode, dpi and per page skew_deg, blur_px,
noise_sigma, faded, rotation, jpeg_quality, stamps; a received stamp's box_px is in the page image
before skew and rotation); "nik_invalid": true on the few letters whose NIK is written wrongly on
purpose (P02, K01: a digit dropped, a month 13-19 or an impossible day).  The same SEED gives the same corpus, byte for byte; letters are built in a
multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
nineteenth generator's rendering code, copied here (page model, reportlab / Pillow renderers, scan
degradation, people and place pools, shared helpers): the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces,
Courier for P02's typewriter variant; a landscape page in S01); the rest are scans drawn with
Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur, noise, faded toner,
JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees, a "DITERIMA" received
stamp, organisation stamps, signatures) saved as PNG, JPEG, multi-page TIFF or image-only PDF;
scans also use URW Bookman, Gothic, Palatino, Century and Narrow faces; M02 is now and then a
received fax (the machine's header line, bilevel).  Hand-written letters (fifthhorseman dkg hand)
are always scans: P07 and K01 always, P02, P08 and P09 sometimes (about 15 % of all letters); K02's
clerk sheet carries pen ticks and a few pen words but its field values are typed or stamped.
People come from the nineteenth generator's pools (Javanese, Palembang-Malay, Batak, Minang,
Balinese, Chinese-Indonesian, Arab-descended, general; farmers of P01 without academic titles,
pensioners of P02 with the titles of their generation: H., Drs., B.A., B.Sc.); NIKs carry Sumatera
Selatan kab/kota codes, a kecamatan code, DDMMYY with day + 40 for women and a serial, consistent
with the birth date where one is printed (P02, P09).  Variations asked for: an address broken over
three lines by the writer (P02), a mobile number written "+62 812 7788 9900" (P02, and the shared
pools elsewhere), a nickname printed beside the name (P09's Nama Panggilan, sometimes in quotes),
the place-date at the bottom near the signature (P01, P02, K01, K03), labels, orders, spellings and
faces varied throughout.

Layouts (code, class: one line each)
  P01_kelompok_tani_kades        permohonan  farmers' group (Kelompok Tani / Gapoktan / KWT) on its own letterhead, chair's rows, numbered items, village head signs "Mengetahui" with the desa stamp
  P02_pensiunan_nip_lama         permohonan  retired civil servant: old 9-digit and new 18-digit NIP, rank, last post, address on three lines, +62 phone, date only at the bottom; typed, typewriter or by hand on folio
  P03_bem_kajian_tim             permohonan  student board's strategic-studies minister (BEM / DEMA, cabinet tag line), identity rows with NIM, lettered items, table of the three-person study team, president countersigns
  P04_majelis_jemaat_gereja      permohonan  church council (GPIB, HKBP, GKSBS, GPdI, Catholic parish) with synod tag line, "Salam sejahtera" / "Syalom" / "Berkah Dalem", identity in a sentence or rows, bullets, "Tuhan Yesus memberkati."
  P05_koperasi_badan_hukum       permohonan  cooperative on a two-column letterhead with deed / AHU number and NIB, chair "untuk dan atas nama" the cooperative, table No | Rincian Informasi | Bentuk
  P06_rumah_produksi_dokumenter  permohonan  production house asks for archive photos and footage for a documentary: framed RINGKASAN PRODUKSI box, producer's rows, bullets, source-credit promise
  P07_kupon_leaflet_tempel       permohonan  the request coupon cut from the office's leaflet, filled in by hand (NIK comb, tick boxes) and taped onto A4 under a short hand-written covering note
  P08_denah_lokasi_lampiran      permohonan  citizen asks where his neighbourhood's polling stations are "sebagaimana denah terlampir"; page 2 his hand-drawn DENAH LOKASI (roads, river, landmarks, TPS circled)
  P09_grid_empat_kolom           permohonan  self-made word-processor form: four-column grid label | value | label | value (Nama Lengkap beside Nama Panggilan ...), tick-box rows; typed or filled in by hand
  K01_hand_a5_spiral             keberatan   objection hand-written on a torn A5 spiral-notebook page (holes, blue rules, "No. / Date" header), identity inside the first sentence, ground in plain words
  K02_ceklis_kelengkapan_berkas  keberatan   the desk's completeness checklist for an objection (number stamped in violet, pen ticks) on top of the citizen's typed objection; KTP copy when the letter gives no NIK
  K03_penomoran_desimal          keberatan   objection set out in decimal numbering: 1. IDENTITAS (1.1 ...), 2. PERMOHONAN (2.1 Nomor Pendaftaran ...), 3. ALASAN (huruf cited sometimes), 4. PERMINTAAN
  K04_foto_papan_pengumuman      keberatan   periodic information not published (huruf b): letter telling of the visit + page 2 two phone photos of the notice board with camera date stamps and captions
  K05_wni_luar_negeri            keberatan   Indonesian abroad (student in Leiden, migrant worker in Kuala Lumpur ...) objects: foreign place-date and domicile, Indonesian WhatsApp number, request made by e-mail
  S01_ki_permintaan_uji_konsekuensi sengketa KI panel asks for the respondent's consequence-test documents: case rows, numbered documents, deadline + page 2 the blank landscape FORMAT PENYAMPAIAN HASIL UJI KONSEKUENSI
  S02_ki_pemeriksaan_saksi_ahli  sengketa    KI notice of an adjudication hearing with witnesses and experts: case in a shaded panel, schedule rows, table No | Nama | Kedudukan | Diajukan oleh | Pokok Keterangan
  S03_ptun_aanmaning_eksekusi    sengketa    PTUN Palembang bailiff's RELAAS PANGGILAN TEGURAN (AANMANING) to carry out a final KI decision: execution number, narrative, KI putusan and register, amar quoted
  M01_pdam_tunggakan_rekening    surat_masuk city water company's notice of unpaid water bills: customer rows, table of months (usage, bill, fine), total in words, payment channels, sealing warning
  M02_kodim_format_militer       surat_masuk Kodim / Korem letter in the military format: unit under its command at top left, B/ number, Klasifikasi, Kepada block at the right, "1. Dasar: a. b. c.", rank and NRP; sometimes faxed
  M03_balai_bahasa_ruang_publik  surat_masuk provincial language office reports on language use in the office's public spaces: table Lokasi/Media | Tertulis | Seharusnya, compliance score, lettered advice
  M04_usul_musnah_arsip_kab      surat_masuk a regency / city KPU asks approval to destroy records past retention (PKPU 17/2023) + page 2 the DAFTAR ARSIP USUL MUSNAH table
  M05_diskominfo_laporan_hoaks   surat_masuk provincial communications office reports an election hoax: the post in a framed card with a red HOAKS stamp, table of spreading accounts, clarification asked
  M06_mk_panggilan_phpu          surat_masuk Constitutional Court summons the KPU to give information in a regional-election result dispute (PHPU after a re-run): case number, parties, hearing rows
  M07_kpknl_jadwal_lelang        surat_masuk state auction office sets the auction of disused vehicles and equipment: four-line ministry letterhead, cited KPU letter, lot table with limits and deposits
  M08_smk_penarikan_pkl          surat_masuk vocational school withdraws its interns: table of pupils (NISN, class, programme) + page 2 the blank LEMBAR PENILAIAN PKL for the workplace supervisor

Truth conventions (as the nineteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, letters,
    bullets, "dan" or final punctuation.  phone E.164 (+62...; "(WA)" / "WA" dropped; "+62 812 7788
    9900", "(+62) 812 ..." -> +628127788...), email lower-case even when printed with a capital,
    letter_date ISO.  Names keep prefixes (H., Hj., Drs., Kgs., Nyimas, Pdt., Dr., I / Ni ...),
    "br." and degrees (B.A., S.Th., M.Th. ...), never Bapak/Ibu/Sdr.; a nickname is not part of the
    name (P09: applicant_name is the Nama Lengkap cell, the Nama Panggilan cell is no field).  NIK:
    the 16 digits (printed with spaces or dots sometimes, in a comb of boxes on P07), valid except on
    letters marked nik_invalid (P02, K01), whose truth is the NIK as written (15 or 16 digits; such
    letters carry no KTP copy); a KTP copy supplies the NIK when the letter does not print it (K02),
    never its address or occupation.
    An address the writer broke over several lines (P02) is the lines joined by one space.
  * The applicant is the natural person who asks or objects: P01 the group's chair in the rows (the
    secretary and the village head are not); P03 the minister in the rows (team members and the
    president are not; address the "Alamat Sekretariat" or home row as printed); P04 the council's
    officer or pastor named in the sentence or the rows (address the secretariat's when so labelled);
    P05 the chair (address "Alamat Kantor" when so labelled); P06 the producer in the rows (the
    director of the box and the company's director are not; phone and e-mail his own rows, not the
    letterhead's); K02 the objector of page 2 (the clerk's hand copy of the name is not a value);
    K05 the writer, address his foreign domicile as printed.  occupation only from a Pekerjaan /
    Pekerjaan Pokok / Pekerjaan/Profesi row or "pekerjaan ..." wording; a Jabatan, NIM, NIP, rank,
    NISN or "Jabatan Terakhir" is never one.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KEMENTERIAN ..., BADAN PENGEMBANGAN ..., DIREKTORAT JENDERAL ..., KANTOR WILAYAH ..., DINAS
    PENDIDIKAN over a school, YAYASAN ..., MAHKAMAH AGUNG ..., the superior military command) and tag
    lines (register numbers, synod / diocese, cabinet, trade line, accreditation) left out: P01 the
    group's line(s) ("KELOMPOK TANI ...", "GABUNGAN KELOMPOK TANI (GAPOKTAN) ...", "KELOMPOK WANITA
    TANI (KWT) ..."); P03 the board's two lines; P04 the church's two lines; P05 the cooperative's two
    lines; P06 the company's line(s); S01 / S02 the KI as printed (title case when so); S03
    "PENGADILAN TATA USAHA NEGARA PALEMBANG"; M01 "PERUMDA AIR MINUM TIRTA MUSI" or "PERUSAHAAN UMUM
    DAERAH AIR MINUM TIRTA MUSI KOTA PALEMBANG"; M02 the issuing unit ("KOMANDO DISTRIK MILITER
    0418/PALEMBANG" or "KOMANDO RESOR MILITER 044/GARUDA DEMPO"); M03 "BALAI BAHASA PROVINSI SUMATERA
    SELATAN"; M04 "KOMISI PEMILIHAN UMUM KABUPATEN / KOTA ..."; M05 "DINAS KOMUNIKASI DAN
    INFORMATIKA"; M06 "MAHKAMAH KONSTITUSI REPUBLIK INDONESIA"; M07 "KANTOR PELAYANAN KEKAYAAN NEGARA
    DAN LELANG PALEMBANG"; M08 the school line.  null for individuals (P02, P07, P08, P09, K01-K05).
  * letter_number: the letter's own Nomor; K02 the Nomor Registrasi Keberatan stamped on the desk's
    checklist (null when not stamped); S03 the execution number under the relaas title; M02 the "B/"
    number; null for P02, P07, P08, P09 and the objections' "-" (a Nomor "-" is none); never a cited
    number (M07's KPU request, S03's KI putusan, S01's request number, P03's Kajian number inside the
    Hal, which stays part of the subject).  subject: a Hal / Perihal / Hal ikhwal line as printed;
    null for P07, P09, K03 without a Perihal line (its title is not a Hal), S03 (relaas title).
  * letter_date: the writer's date: P01 / P02 / K01 / K03 where it stands (top or bottom, "Ditulis
    di ... / Pada tanggal ..."); P07 the covering note's date (the coupon's Tanggal is the same day);
    K02 the objection's date (not the day of receipt on the checklist); K04 the letter's (not the
    photos' date stamp); K05 the foreign place-date; S03 "Pada hari ini ..., tanggal ..." of the
    relaas; M02 the place-date (not the fax header's).
  * obtain_method / delivery_method from words, ticks or a column: P05 the Bentuk column, all rows
    alike ("Softcopy", "File PDF" -> salinan_softcopy; "Hardcopy", "Fotokopi" -> salinan_hardcopy;
    "Salinan" -> salinan); P06 "file digital (softcopy)" / "salinan file asli (softcopy)" ->
    salinan_softcopy, "salinannya" -> salinan, "tautan unduhan ke e-mail" / "melalui e-mail" ->
    email, "disalin langsung ke hard disk di kantor PPID" -> mengambil_langsung; P07 the ticked
    boxes ("Fotokopi (hardcopy)", "File (softcopy)"; "Pos", "E-mail", "Diambil sendiri" ->
    mengambil_langsung), null when none is ticked; P09 the marked box ("Melihat/Membaca" ->
    melihat); otherwise the running prose of the earlier generators.  objection_reason_code from the
    ground in words or the cited huruf; K04 always b.
  * keberatan: reference_registration_number is the earlier request's Nomor Pendaftaran, null when
    not printed (K01 sometimes, K04 mostly); purpose when the objection states it (K02, K03 2.4,
    K05).  sengketa letters carry the applicant's name (address when printed), the disputed
    information when printed (S01 Objek Sengketa, S02 Informasi yang Disengketakan, S03 the item in
    the quoted amar), the request number when printed (S01), the KI register number and the letter's
    own number, date, subject and sender.  surat_masuk carries only letter_number, letter_date,
    subject and sender_org, however much it asks for data or speaks of "sidang", "perkara",
    "sengketa" or "permohonan" (M02's request for warehouse data, M06's election-result dispute, M07's
    cited "Permohonan Lelang").
  * Stamps, signatures, logos, pen ticks, the HOAKS stamp, the photos and the sketch's lines are
    pictures; printed and written words are page text (the sketch's labels, the coupon's print,
    the clerk's pen notes, the cameras' date stamps, the fax header).  handwritten is true when
    field values are hand-written (P02 / P08 / P09 hand variants, P07, K01).
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
from itertools import pairwise
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
    extra: dict | None = None  # further keys of the truth record (nik_invalid)


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


def ki_nomor(rng: random.Random, d: date, kind: str) -> str:
    return rng.choice(
        (
            f"{rng.randint(10, 400):03d}/KI-SS/{kind}/{roman(d.month)}/{d.year}",
            f"{rng.randint(10, 400):03d}/KIP-SS/{roman(d.month)}/{d.year}",
            f"{kind}.{rng.randint(10, 400):03d}/KI-SUMSEL/{d.month:02d}/{d.year}",
        )
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


# ---------------------------------------------------------------------------------------------
# people of the nineteenth corpus: the sixteenth generator's pools plus Minang and Balinese
# names and "br." / "boru" for Batak women
# ---------------------------------------------------------------------------------------------
MINANG_M = (
    "Afrizal",
    "Zulhendri",
    "Syafrizal",
    "Yondri",
    "Efendi Rajo Ameh",
    "Hendri Datuak Bagindo",
    "Rusli Marzuki",
    "Irwandi",
)
MINANG_F = ("Yuliarni", "Erniwati", "Rosnita", "Desmiati", "Nurhelmi", "Elfi Yanti", "Ratna Dewita")
SUKU = ("Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Jambak", "Guci", "Melayu")
BALI_M = (
    "I Made Sudarsana",
    "I Wayan Suardika",
    "I Ketut Arsana",
    "I Nyoman Gede Astawa",
    "I Putu Eka Wirawan",
    "I Komang Adi Putra",
    "Anak Agung Gede Oka",
    "I Gusti Ngurah Artha",
)
BALI_F = (
    "Ni Luh Putu Ariani",
    "Ni Kadek Sri Wahyuni",
    "Ni Made Sukerti",
    "Ni Wayan Sumiati",
    "Ni Komang Ayu Lestari",
    "Anak Agung Istri Mas",
    "Ni Ketut Rai Adnyani",
)


def _email_for(rng: random.Random, core: str) -> str:
    toks = [re.sub(r"[^a-z]", "", t.lower()) for t in core.split()]
    toks = [t for t in toks if len(t) > 2 and t not in ("made", "wayan", "ketut", "nyoman")]
    toks = toks or ["warga"]
    if len(toks) == 1:
        toks.append(rng.choice(("plg", "sumsel", str(rng.randint(70, 99)))))
    return (
        rng.choice(
            (
                f"{toks[0]}.{toks[-1]}",
                f"{toks[0]}{toks[-1][:3]}{rng.randint(10, 99)}",
                f"{toks[-1]}_{toks[0]}",
                f"{toks[0]}{rng.randint(70, 99)}",
                f"{toks[0]}.{toks[-1]}{rng.randint(1, 9)}",
            )
        )
        + "@"
        + rng.choice(
            (
                "gmail.com",
                "gmail.com",
                "gmail.com",
                "yahoo.co.id",
                "yahoo.com",
                "outlook.com",
                "ymail.com",
            )
        )
    )


def person19(
    rng: random.Random,
    male: bool | None = None,
    degree_p=0.3,
    prefix_p=0.15,
    job=None,
    ethnic: str | None = None,
    city: int | None = None,
) -> dict:
    """person16 with two more naming traditions (Minang, Balinese) and "br." for Batak women;
    the NIK stays a Sumatera Selatan one (regency/city code, kecamatan, DDMMYY with day + 40 for
    women, serial)."""
    ethnic = (
        ethnic
        or rng.choices(
            ("gen", "jawa", "plg", "batak", "cina", "arab", "minang", "bali"),
            weights=(30, 15, 17, 9, 8, 8, 7, 6),
        )[0]
    )
    base_eth = ethnic if ethnic not in ("minang", "bali") else "gen"
    p = person16(rng, male, degree_p, prefix_p, job, base_eth, city)
    male = p["male"]
    core = None
    if ethnic == "minang":
        first = rng.choice(MINANG_M if male else MINANG_F)
        core = first if (" " in first and rng.random() < 0.5) else f"{first} {rng.choice(SUKU)}"
    elif ethnic == "bali":
        core = rng.choice(BALI_M if male else BALI_F)
    elif ethnic == "batak" and not male and rng.random() < 0.6:
        given, marga = p["core"].rsplit(" ", 1)
        core = f"{given} {rng.choice(('br.', 'br.', 'Br.', 'boru'))} {marga}"
    if core:
        name = core
        if rng.random() < prefix_p and ethnic != "bali":
            name = rng.choice(FRONT_M if male else FRONT_F) + " " + name
        elif rng.random() < prefix_p:
            name = (
                rng.choice(("Dr.", "Ir.", "Drs.") if male else ("Dr.", "Ir.", "Dra.")) + " " + name
            )
        if rng.random() < degree_p:
            name += ", " + rng.choice(DEG16)
            if rng.random() < 0.35:
                name += ", " + rng.choice(DEG16_H)
        email = _email_for(rng, core)
        p.update(
            name=name,
            core=core,
            ktp_name=core.upper(),
            email=email,
            email_printed=email if rng.random() > 0.12 else email[0].upper() + email[1:],
        )
    p["ethnic"] = ethnic
    return p


def nik_of(p: dict, rng: random.Random, bad_p: float) -> tuple[str, bool]:
    """The NIK as the writer prints it, now and then mistyped on purpose (True when so)."""
    if rng.random() < bad_p:
        while True:
            b = bad_nik(rng, p["nik"])
            if not nik_valid(b):
                return b, True
    return p["nik"], False


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


NIK_L = ("NIK", "NIK", "No. KTP", "Nomor Induk Kependudukan", "NIK (KTP)", "No. NIK")
HP_L = ("No. HP", "HP/WA", "No. HP/WA", "Telepon/HP", "Nomor Telepon", "No. Telp./HP", "WhatsApp")
MAIL_L = ("E-mail", "Email", "E-mail/Surel", "Surel", "Alamat Surel", "Surat Elektronik")
ADDR_L = ("Alamat", "Alamat", "Alamat Rumah", "Alamat Domisili", "Alamat Lengkap", "Tempat Tinggal")
JOB_L = ("Pekerjaan", "Pekerjaan", "Pekerjaan/Profesi", "Pekerjaan Pokok")
NAME_L = ("Nama", "Nama", "Nama Lengkap", "Nama Pemohon")


def thumbprint_img(rng: random.Random, color=(40, 40, 70)) -> Image.Image:
    """An inked thumbprint: ridges as broken concentric ellipses inside an oval blot."""
    w, h = 150, 200
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    cx, cy = w / 2 + rng.uniform(-6, 6), h / 2 + rng.uniform(-8, 8)
    for k in range(2, 24):
        rx, ry = 3.0 * k, 4.0 * k
        if rx > w / 2 - 4 or ry > h / 2 - 4:
            break
        a0 = rng.uniform(0, 360)
        for seg in range(rng.randint(2, 4)):
            st = a0 + seg * 110 + rng.uniform(-20, 20)
            d.arc(
                (cx - rx, cy - ry, cx + rx, cy + ry),
                st,
                st + rng.uniform(50, 95),
                fill=(*color, rng.randint(120, 210)),
                width=3,
            )
    blob = Image.new("L", (w, h), 0)
    ImageDraw.Draw(blob).ellipse((8, 6, w - 8, h - 6), fill=255)
    blob = blob.filter(ImageFilter.GaussianBlur(6))
    alpha = np.minimum(np.asarray(im)[..., 3], np.asarray(blob)).astype(np.uint8)
    arr = np.asarray(im).copy()
    arr[..., 3] = alpha
    return Image.fromarray(arr).rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)


def ornament_border(pg: Page, m: float, color, rng: random.Random) -> None:
    """A double frame with small diamonds along it (a greeting card's printed border)."""
    pg.rect(m, m, pg.w - 2 * m, pg.h - 2 * m, 1.6, color)
    pg.rect(m + 5, m + 5, pg.w - 2 * m - 10, pg.h - 2 * m - 10, 0.5, color)
    step = rng.choice((18.0, 22.0, 26.0))
    x = m + 14
    while x < pg.w - m - 14:
        for yy in (m + 2.5, pg.h - m - 2.5):
            pg.line(x - 3, yy, x, yy - 2.5, 0.6, color)
            pg.line(x, yy - 2.5, x + 3, yy, 0.6, color)
            pg.line(x - 3, yy, x, yy + 2.5, 0.6, color)
            pg.line(x, yy + 2.5, x + 3, yy, 0.6, color)
        x += step
    for cx, cy in ((m, m), (pg.w - m, m), (m, pg.h - m), (pg.w - m, pg.h - m)):
        pg.circle(cx, cy, 6, 1.0, color, WHITE)
        pg.circle(cx, cy, 2.5, 0.6, color, color)


def kop_univ(d: Doc, rng: random.Random, uni: str, fak: str, addr: str, color) -> str:
    c = d.ctx
    kop2(
        d,
        [(uni, c.b, 14.5), (fak, c.b, 12.5)],
        [addr],
        rng.choice(("l", "l", "lr")),
        color,
        rng.choice(("double", "thinthick", "single")),
        kinds=("shield", "garuda"),
    )
    return f"{uni} {fak}"


def box_text(pg: Page, x, y, w, h, lines, font, size, fill=None, lw=0.8, pad=6.0, color=INK):
    """A framed box with lines of text inside (top-left aligned)."""
    pg.rect(x, y, w, h, lw, INK, fill)
    yy = y + pad + size
    for s in lines:
        pg.t(x + pad, yy, s, font, size, color)
        yy += size * 1.35


def keep(d: Doc, paras: list[str], extra: float = 112.0) -> None:
    """Start a new page now unless the closing paragraphs and the signature fit together."""
    c = d.ctx
    h = sum(len(wrap(s, c.r, c.size, d.W)) * c.size * 1.42 for s in paras) + extra
    d.need(h)


def kop_pemda(d: Doc, rng: random.Random, umbrella: str, unit: str, addr: str, color=INK) -> str:
    c = d.ctx
    kop2(
        d,
        [(umbrella, c.b, 12.5), (unit, c.b, 14.5)],
        [addr],
        rng.choice(("l", "l", "c")),
        color,
        rng.choice(("double", "thinthick")),
        kinds=("garuda", "shield"),
    )
    return unit


# ---------------------------------------------------------------------------------------------
# helpers of the twentieth layouts
# ---------------------------------------------------------------------------------------------
PURPLE = (95, 40, 150)
ORANGE = (230, 120, 20)


def kv_lines(
    d: Doc, label: str, lines: list[str], lw: float, font=None, size=None, x=None, lead=None
):
    """label : value where the writer breaks the value over several lines himself (an address on
    three lines); the value is the lines joined by a space."""
    c = d.ctx
    font = font or c.r
    size = size or c.size
    lead = lead or size * 1.42
    x = d.L if x is None else x
    lw = max(lw, tw(label, font, size) + 5)
    vx = x + lw + tw(": ", font if font != "hand" else "hr", size)
    vs = size + 1 if font == "hand" else size
    vs = fit_size(lines, font, vs, d.R - vx - 2)
    d.need(lead * len(lines))
    ink = c.ink if font == "hand" else INK
    if font == "hand":
        d._hand(x, d.y, label, size, ink)
        d._hand(x + lw, d.y, ":", size, ink)
    else:
        d.pg.t(x, d.y, label, font, size, ink)
        d.pg.t(x + lw, d.y, ":", font, size, ink)
    for ln in lines:
        if font == "hand":
            d._hand(vx, d.y, ln, vs, ink)
        else:
            d.pg.t(vx, d.y, ln, font, vs)
        d.y += lead


def address_3lines(p: dict, rng: random.Random) -> list[str]:
    """The address as a writer breaks it over three lines: street, RT/RW and kelurahan (or the
    desa), kecamatan and city."""
    long, short = kab_names(p["cityrec"])
    rt, rw = p["rt"], p["rw"]
    if p["kind"] == "desa":
        l2 = rng.choice(
            (f"RT {rt:02d} Desa {p['kel']},", f"Desa {p['kel']} RT {rt:03d}", f"Desa {p['kel']}")
        )
        l3 = rng.choice((f"Kec. {p['kec']}, {short}", f"Kecamatan {p['kec']} {long}"))
    else:
        l2 = rng.choice(
            (
                f"RT {rt:02d} RW {rw:02d} Kel. {p['kel']},",
                f"RT.{rt:03d}/RW.{rw:03d}, Kelurahan {p['kel']}",
                f"Rt {rt} Rw {rw} Kel. {p['kel']}",
            )
        )
        l3 = rng.choice(
            (
                f"Kec. {p['kec']}, {short}",
                f"Kecamatan {p['kec']} - {long}",
                f"Kec. {p['kec']} {short}",
            )
        )
    l1 = p["street"] + rng.choice((",", "", ""))
    return [l1, l2, l3]


def phone_plus62_spaced(p: dict, rng: random.Random) -> str:
    """A mobile number written with +62 and spaces ("+62 812 7788 9900", "(+62) 813-...")."""
    n = p["nat"]
    return rng.choice(
        (
            f"+62 {n[:3]} {n[3:7]} {n[7:]}",
            f"+62 {n[:3]} {n[3:7]} {n[7:]}",
            f"(+62) {n[:3]} {n[3:7]} {n[7:]}",
            f"+62 {n[:3]}-{n[3:7]}-{n[7:]}",
            f"+ 62 {n[:3]} {n[3:]}",
        )
    )


def to_desa(p: dict, rng: random.Random, desa: str | None = None) -> None:
    """Move a person to a village of a regency (Dusun, Desa, Kec.); the NIK's regency code follows."""
    if p["cityrec"][6] == "Kota":
        c = CITIES[rng.choice((3, 4, 5, 6, 7, 8))]
        _kel, kec = rng.choice(c[3])
        p.update(city=c[0], cityrec=c, kab_ktp=c[1], kec=kec)
        p["nik"] = c[2] + p["nik"][4:]
    p["kind"] = "desa"
    p["kel"] = desa or rng.choice(DESA)
    p["street"] = rng.choice(DUSUN)


def stamp_round(ctx: Ctx, pg: Page, x: float, y: float, ring: str, center: str, size=70.0):
    """An organisation's round stamp that is always there (Ctx.stamp leaves one out now and then)."""
    pg.img(
        x,
        y,
        size,
        size,
        circle_stamp_img(
            ctx.rng,
            ring[:34],
            center,
            ctx.rng.choice(((70, 60, 170), (40, 90, 170), (150, 40, 90))),
        ),
    )


def bullets(d: Doc, items, mark="-", x=None, hang=12.0, font=None, size=None) -> None:
    c = d.ctx
    x = d.L if x is None else x
    font = font or c.r
    size = size or c.size
    for it in items:
        d.need(size * 1.42)
        if font == "hand":
            d._hand(x, d.y, mark, size, c.ink)
        else:
            d.pg.t(x, d.y, mark, "dr" if mark in ("•", "▪", "–") else font, size)
        d.para(it, font, size, x=x + hang)


def name_old(p: dict, rng: random.Random) -> str:
    """An older person's name with the titles of his generation (H., Drs., B.A., B.Sc., S.Pd.)."""
    core = p["core"]
    pre = ""
    if p.get("ethnic") not in ("bali", "cina", "batak") and rng.random() < 0.45:
        pre = "H. " if p["male"] else "Hj. "
    if rng.random() < 0.25:
        pre += "Drs. " if p["male"] else "Dra. "
        suf = rng.choice(("", "", ", M.M.", ", M.Si."))
    else:
        suf = rng.choice(
            ("", ", B.A.", ", BA", ", B.Sc.", ", S.Pd.", ", S.H.", ", S.Sos.", ", S.Pd., M.M.")
        )
    return (pre + core + suf).strip()


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
POKTAN = (
    "SIDO MAKMUR",
    "SUMBER REJEKI",
    "TUNAS HARAPAN",
    "MEKAR SARI",
    "KARYA BERSAMA",
    "TANI JAYA",
    "SRI REZEKI",
    "HARAPAN BARU",
    "MAJU BERSAMA",
    "BUKIT INDAH",
    "SUKA MAJU",
    "LESTARI ALAM",
)
POKTAN_ITEMS = (
    "Jumlah TPS dan jumlah pemilih per dusun di Desa {desa} pada Pemilu 2024",
    "Daftar lokasi TPS di Desa {desa} pada Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Jumlah pemilih terdaftar di Desa {desa} dalam DPT Pemilu 2024",
    "Data jumlah pemilih yang menggunakan hak pilih di Desa {desa} pada Pemilihan Tahun 2024",
    "Jadwal pemutakhiran data pemilih berkelanjutan di Kecamatan {kec} Tahun 2026",
    "Daftar nama anggota PPS Desa {desa} pada Pemilihan Tahun 2024",
    "Data TPS di Kecamatan {kec} yang berada di wilayah perkebunan dan persawahan",
)
POKTAN_PURPOSES = (
    "Bahan musyawarah anggota kelompok dalam mengatur jadwal panen agar tidak bertepatan dengan hari pemungutan suara",
    "Sosialisasi kepada anggota kelompok tani agar tidak kehilangan hak pilih",
    "Bahan usulan penempatan TPS yang lebih dekat dengan lahan garapan anggota",
    "Pendataan anggota kelompok yang bekerja di kebun pada hari pemungutan suara",
    "Bahan pertemuan rutin kelompok tani dan penyuluhan kepada anggota",
)
TANI_JOB = ("Petani", "Petani", "Petani/Pekebun", "Pekebun", "Petani Padi", "Petani Karet")


def p01_kelompok_tani_kades(ctx: Ctx) -> Letter:
    """A farmers' group (Kelompok Tani / Gapoktan / Kelompok Wanita Tani) of a village writes on its
    own simple letterhead (group name, village and sub-district, the group's register number at the
    agricultural extension office): the chair's identity rows with Jabatan, numbered items, the
    wish in words; chair and secretary sign with the group stamp and the village head signs
    "Mengetahui" with the village stamp; the place-date at the top beside the Nomor or only at the
    bottom, just above the signatures."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    c = ctx
    nm = rng.choice(POKTAN)
    kind = rng.random()
    if kind < 0.55:
        names = [f"KELOMPOK TANI {nm}"]
        short_org = f"Kelompok Tani {title_id(nm)}"
    elif kind < 0.8:
        names = ["GABUNGAN KELOMPOK TANI (GAPOKTAN)", nm]
        short_org = f"Gapoktan {title_id(nm)}"
    else:
        names = ["KELOMPOK WANITA TANI (KWT)", nm]
        short_org = f"KWT {title_id(nm)}"
    p = person19(
        rng,
        male=False if kind >= 0.8 else None,
        degree_p=0.03,
        prefix_p=0.0,
        job=rng.choice(TANI_JOB),
        ethnic=rng.choice(("gen", "jawa", "jawa", "plg", "bali", "minang")),
    )
    to_desa(p, rng)
    desa, kec = p["kel"], p["kec"]
    long, _short = kab_names(p["cityrec"])
    reg_no = f"{p['nik'][:2]}.{p['nik'][2:4]}.{rng.randint(1, 20):02d}.{rng.randint(2005, 2024)}.{rng.randint(1, 400):03d}"
    sub = [
        f"Sekretariat: {rng.choice(DUSUN)} Desa {desa} Kecamatan {kec} {long}",
        rng.choice(
            (
                f"Nomor Register Poktan: {reg_no}",
                f"Terdaftar pada BPP Kecamatan {kec} Nomor: {reg_no}",
                f"Dikukuhkan dengan SK Kepala Desa {desa} Nomor {rng.randint(2, 30)} Tahun {rng.randint(2015, 2023)}",
            )
        ),
    ]
    color = rng.choice((GREEN, GREEN, INK, (90, 60, 20)))
    kop2(
        d,
        [(s, c.b, 16 if i == 0 else 14) for i, s in enumerate(names)],
        sub,
        rng.choice(("l", "l", "c")),
        color,
        rng.choice(("double", "thinthick", "single")),
        kinds=("shield",),
    )
    sender = " ".join(names)
    y_, m_ = ctx.date.year, ctx.date.month
    abbr = "".join(w[0] for w in nm.split())
    num = rng.choice(
        (
            f"{rng.randint(2, 40):02d}/KT-{abbr}/{roman(m_)}/{y_}",
            f"{rng.randint(2, 40):03d}/Poktan-{abbr}/{y_}",
            f"{rng.randint(2, 40)}/{abbr}/DS-{desa.split()[0][:3].upper()}/{roman(m_)}/{y_}",
        )
    )
    date_top = rng.random() < 0.45
    place = rng.choice((desa, kec, p["cityrec"][0]))
    pd = pdate16(rng, place, ctx.date, rng.choice(("long", "long", "long0", "upper", "slash0")))
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilih dan TPS",
            "Permohonan Informasi Data TPS",
            "Mohon Informasi Data Pemilih",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pd if date_top else None)
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.65
    addr = address16(p, rng)
    rows = [(rng.choice(NAME_L), p["name"]), ("Jabatan", f"Ketua {short_org}")]
    if show_nik:
        rows.append((rng.choice(NIK_L), spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append((rng.choice(("Pekerjaan", "Pekerjaan", "Pekerjaan Pokok")), p["job"]))
    rows.append((rng.choice(("Alamat", "Alamat", "Alamat Rumah", "Tempat Tinggal")), addr))
    rows.append((rng.choice(HP_L), wa_mark(rng, p["phone"])))
    kv_rows(d, rows, x=d.L + 16)
    d.gap(2)
    fmt = {"desa": desa, "kec": kec}
    pool = [it.format(**fmt) for it in POKTAN_ITEMS] + [short_item(rng)]
    items = rng.sample(pool, rng.randint(2, 3))
    d.para(
        f"bertindak untuk dan atas nama {short_org} Desa {desa}, dengan ini mengajukan permohonan "
        "informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
        justify=True,
    )
    d.numbered(items, "{}.", x=d.L + 16)
    purpose = rng.choice(POKTAN_PURPOSES)
    d.para(
        rng.choice(
            (
                f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}.",
                f"Adapun informasi tersebut akan kami gunakan untuk {lc1(purpose)}.",
            )
        ),
        justify=True,
    )
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    s = obdl_sentence(rng, ob, dl, we=True)
    if s:
        d.para(s, justify=True)
    close = rng.choice(CLOSE_K)
    three = rng.random() < 0.5
    keep(d, [close], 250 if three else 150)
    d.para(close, justify=True)
    if not date_top:
        d.gap(4)
        d.line_text(pd, x=d.L + d.W * 0.55)
    kades = person19(
        rng,
        male=rng.random() < 0.85,
        degree_p=0.2,
        prefix_p=0.1,
        ethnic=rng.choice(("gen", "jawa", "plg")),
    )
    ring = sender[:34]
    kstamp = (f"PEMERINTAH DESA {desa.upper()}", "KADES")
    if three:
        sec = person19(rng, degree_p=0.0, prefix_p=0.0, ethnic=rng.choice(("gen", "jawa", "plg")))
        cols = [
            {"pre": [f"Ketua {short_org},"], "name": p["name"]},
            {
                "pre": ["Sekretaris,"],
                "name": sec["name"],
                "stamp": (
                    ring,
                    short_org.split()[0].upper()
                    if not short_org.startswith("Kelompok")
                    else "POKTAN",
                ),
            },
        ]
        if rng.random() < 0.5:
            cols[0]["pre"] = ["Hormat kami,", "Ketua,"]
            cols[1]["pre"] = ["", "Sekretaris,"]
        sign_cols(d, cols)
        d.need(110)
        cx = d.L + d.W / 2 - 70
        y0 = d.y
        sign_block(d, ["Mengetahui,", f"Kepala Desa {desa},"], kades["name"], x=cx)
        stamp_round(ctx, d.pg, cx - 48, y0 + 10, *kstamp, 72)
    else:
        y0 = d.y
        cols = [
            {"pre": ["Mengetahui,", f"Kepala Desa {desa},"], "name": kades["name"]},
            {
                "pre": ["Hormat kami,", f"Ketua {short_org},"],
                "name": p["name"],
                "stamp": (
                    ring,
                    short_org.split()[0].upper()
                    if not short_org.startswith("Kelompok")
                    else "POKTAN",
                ),
            },
        ]
        sign_cols(d, cols)
        stamp_round(ctx, d.pg, d.L - 20, y0 + 14, *kstamp, 72)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
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
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P01_kelompok_tani_kades", d.pages, fields)


PENS_ITEMS = (
    "Jumlah pemilih lanjut usia (60 tahun ke atas) dalam DPT Pemilu 2024 per kecamatan di {kab}",
    "Daftar TPS yang menyediakan akses bagi pemilih lanjut usia dan penyandang disabilitas di {kab} pada Pemilihan 2024",
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan hasil Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
    "Tata cara pindah memilih bagi pemilih yang dirawat di rumah sakit atau panti werdha",
    "Jumlah pemilih yang memilih di rumah sakit dan panti sosial di {kab} pada Pemilu 2024",
    "Jadwal pemutakhiran data pemilih berkelanjutan Tahun 2026 di {kab}",
)
PENS_PURPOSES = (
    "Bahan tulisan untuk buletin Persatuan Wredatama Republik Indonesia (PWRI)",
    "Bahan diskusi paguyuban pensiunan di lingkungan tempat tinggal saya",
    "Bahan penulisan buku kenangan tentang penyelenggaraan pemilu di daerah kami",
    "Bahan pertemuan rutin warga lanjut usia di kelurahan kami",
    "Pengetahuan pribadi sebagai warga yang sudah lanjut usia",
)
PENS_JOB = ("Pensiunan PNS", "Pensiunan PNS", "Pensiunan Guru", "Purnabakti ASN", "Pensiunan")
PENS_INST = (
    "Dinas Pendidikan Kota Palembang",
    "Sekretariat Daerah Provinsi Sumatera Selatan",
    "Kantor Kementerian Agama Kabupaten Lahat",
    "SMA Negeri 3 Palembang",
    "Dinas Pekerjaan Umum Kabupaten Ogan Komering Ilir",
    "Badan Pusat Statistik Kota Palembang",
    "SD Negeri 117 Palembang",
)
PENS_JAB = (
    "Kepala Sekolah",
    "Kepala Sub Bagian Umum",
    "Guru Madya",
    "Kepala Seksi",
    "Pengawas Sekolah",
    "Staf Pelaksana",
)
PANGKAT = (
    "Pembina, IV/a",
    "Pembina Tk. I, IV/b",
    "Penata Tk. I, III/d",
    "Penata, III/c",
    "Pembina Utama Muda, IV/c",
)


def p02_pensiunan_nip_lama(ctx: Ctx) -> Letter:
    """A retired civil servant writes in the manner of his generation: his old (9-digit) and new
    (18-digit) NIP, last rank and post and the pension number among the identity rows, the address
    broken over three lines by himself, the mobile number written with +62 and spaces, items as
    dashes, no date at the top: the place-date stands at the bottom, above "Hormat saya," or
    under the signature ("Ditulis di ... / Pada tanggal ...").  Typed (sometimes in a typewriter
    face) or hand-written on folio paper."""
    rng = ctx.rng
    hand = ctx.hand
    paper = "folio" if hand else "plain"
    d = Doc(ctx, top=rng.uniform(66, 84), paper=paper, left=76 if hand else 70)
    if hand:
        d.y = 95 - 4 + 19 * rng.randint(1, 2)
        d.top = 95 - 4 + 19
    typewriter = (not hand) and rng.random() < 0.3
    if typewriter:
        ctx.r, ctx.b, ctx.i = "cr", "cb", "cr"
        ctx.size = rng.choice((10.0, 10.5))
    bf = "hand" if hand else ctx.r
    size = 12.5 if hand else ctx.size
    lead = 19.0 if hand else None
    p = person19(rng, degree_p=0.0, prefix_p=0.0, job=rng.choice(PENS_JOB))
    set_birth(p, rng, 1949, 1963)
    p["name"] = name_old(p, rng)
    b = p["birth"]
    tmt = date(b.year + rng.randint(22, 28), rng.choice((1, 3, 4, 10)), 1)
    nip_new = f"{b.strftime('%Y%m%d')} {tmt.strftime('%Y%m')} {1 if p['male'] else 2} {rng.randint(1, 20):03d}"
    nip_old = f"{rng.choice(('130', '131', '150', '010', '500'))} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if rng.random() < 0.4:
        nip_old = nip_old.replace(" ", "")
    hl = rng.choice(("Perihal", "Hal", "Perihal"))
    subj = rng.choice(
        (
            "Permohonan Informasi",
            "Permohonan Informasi Publik",
            "Mohon Diberikan Informasi",
            "Permintaan Data Pemilih Lanjut Usia",
        )
    )
    head = [(rng.choice(("Lampiran", "Lamp.")), rng.choice(("-", "1 (satu) lembar"))), (hl, subj)]
    lw0 = max(tw(k, bf, size) for k, _ in head) + 8
    for k, v in head:
        d.kv(k, v, lw0, font=bf, size=size, vfont=bf, lead=lead)
    d.gap(10 if not hand else 0)
    for s in kpu_rows(rng):
        if hand:
            d._hand(d.L, d.y, s, size, ctx.ink)
            d.y += 19
        else:
            d.line_text(s)
    d.gap(8 if not hand else 0)
    d.line_text("Dengan hormat,", font=bf, size=size, lead=lead)
    d.para(
        rng.choice(
            (
                "Saya yang bertanda tangan di bawah ini, pensiunan Pegawai Negeri Sipil:",
                "Yang bertanda tangan di bawah ini:",
                "Saya, pensiunan PNS, yang bertanda tangan di bawah ini:",
            )
        ),
        font=bf,
        size=size,
        lead=lead,
    )
    show_nik = rng.random() < 0.55
    show_job = rng.random() < 0.8
    addr_lines = address_3lines(p, rng)
    phone = phone_plus62_spaced(p, rng)
    rows: list = [(rng.choice(NAME_L), p["name"])]
    rows.append((rng.choice(("NIP Lama", "NIP (lama)", "NIP Lama")), nip_old))
    rows.append((rng.choice(("NIP Baru", "NIP", "NIP (baru)")), nip_new))
    rows.append(
        (
            rng.choice(("Pangkat/Gol. Terakhir", "Pangkat/Golongan", "Pangkat/Gol.")),
            rng.choice(PANGKAT),
        )
    )
    rows.append(("Jabatan Terakhir", f"{rng.choice(PENS_JAB)} pada {rng.choice(PENS_INST)}"))
    if rng.random() < 0.5:
        rows.append(
            (
                rng.choice(("No. Pensiun", "No. Karip", "Nomor Pensiun (Taspen)")),
                f"{rng.choice(('P', 'A', ''))}{rng.randint(10**9, 10**10 - 1)}",
            )
        )
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    nik_p, bad = nik_of(p, rng, 0.15 if show_nik else 0.0)
    if show_nik:
        rows.append((rng.choice(NIK_L), nik_p if (hand or bad) else spaced_nik(nik_p, rng)))
    rows.append(("ADDR", None))
    rows.append((rng.choice(("Telp./HP", "No. HP", "Telepon", "HP/WA")), phone))
    lw = max(tw(k, bf, size) for k, _ in rows if k != "ADDR") + 10
    alab = rng.choice(("Alamat", "Alamat Rumah", "Alamat Lengkap"))
    for k, v in rows:
        if k == "ADDR":
            kv_lines(d, alab, addr_lines, lw, font=bf, size=size, x=d.L + 14, lead=lead)
        else:
            d.kv(k, v, lw, font=bf, size=size, vfont=bf, x=d.L + 14, lead=lead)
    d.gap(3 if not hand else 0)
    kab = rng.choice(KABS)
    pool = [it.format(kab=kab) for it in PENS_ITEMS] + [short_item(rng)]
    items = rng.sample(pool, rng.randint(1, 3))
    d.para(
        rng.choice(
            (
                "dengan ini mengajukan permohonan informasi publik berupa:",
                "bermaksud memohon kepada PPID KPU Provinsi Sumatera Selatan agar dapat diberikan informasi sebagai berikut:",
            )
        ),
        font=bf,
        size=size,
        lead=lead,
    )
    bullets(d, items, "-", x=d.L + 14, font=bf, size=size)
    purpose = rng.choice(PENS_PURPOSES)
    d.para(
        f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
        font=bf,
        size=size,
        lead=lead,
        justify=not hand,
    )
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, font=bf, size=size, lead=lead, justify=not hand)
    if rng.random() < 0.4:
        d.para(
            "Mengingat usia saya yang sudah lanjut, saya mohon kiranya Bapak/Ibu dapat membantu.",
            font=bf,
            size=size,
            lead=lead,
        )
    close = rng.choice(CLOSE)
    d.para(close, font=bf, size=size, lead=lead, justify=not hand)
    d.gap(6)
    city = p["cityrec"][0]
    style = rng.choice(("long", "long", "long0", "slash0", "dash", "short1"))
    below = rng.random() < 0.35
    if not below:
        sign_block(
            d,
            [rng.choice(("Hormat saya,", "Pemohon,", "Wassalam, hormat saya,"))],
            p["name"],
            place_date=f"{city}, {fmt16(ctx.date, style)}",
            font=bf if hand else None,
            sub=(f"NIP {nip_new}" if rng.random() < 0.3 else None),
        )
    else:
        sign_block(d, ["Hormat saya,"], p["name"], font=bf if hand else None)
        d.gap(4)
        rows2 = [("Ditulis di", city), ("Pada tanggal", fmt16(ctx.date, style))]
        lw2 = max(tw(k, bf, size) for k, _ in rows2) + 8
        for k, v in rows2:
            d.kv(k, v, lw2, font=bf, size=size, vfont=bf, lead=lead)
    fields = F(
        applicant_name=p["name"],
        nik=nik_p if show_nik else None,
        address=" ".join(addr_lines),
        phone=p["e164"],
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
        "P02_pensiunan_nip_lama",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
        extra={"nik_invalid": True} if bad else None,
    )


BEMS20 = (
    (
        ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS SRIWIJAYA"],
        "BEM KM UNSRI",
        "Gedung Sekretariat Bersama Lt. 1, Kampus Unsri Bukit Besar, Jl. Srijaya Negara, Palembang",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS PGRI PALEMBANG"],
        "BEM UPGRIP",
        "Jl. Jenderal A. Yani Lorong Gotong Royong 9/10 Ulu, Palembang",
    ),
    (
        ["DEWAN EKSEKUTIF MAHASISWA", "UIN RADEN FATAH PALEMBANG"],
        "DEMA UIN RF",
        "Gedung Student Center Kampus B, Jl. Pangeran Ratu, Jakabaring, Palembang",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS BINA DARMA"],
        "BEM UBD",
        "Jl. Jenderal A. Yani No. 3, Plaju, Palembang",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS TRIDINANTI"],
        "BEM UNANTI",
        "Jl. Kapten Marzuki No. 2446, Kamboja, Palembang",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "STISIPOL CANDRADIMUKA PALEMBANG"],
        "BEM STISIPOL",
        "Jl. Swadaya Lrg. Bilal, Talang Aman, Palembang",
    ),
)
CABINET20 = (
    "Kabinet Lentera Juang",
    "Kabinet Arunika",
    "Kabinet Sinergi Karya",
    "Kabinet Gelora Harmoni",
    "Kabinet Cakrawala Bakti",
)
KASTRAT = (
    "Kementerian Kajian Strategis",
    "Kementerian Kajian dan Aksi Strategis",
    "Departemen Kajian Strategis dan Advokasi",
)
KAJIAN_THEMES = (
    "Partisipasi Pemilih Muda pada Pemilihan Serentak 2024 di Sumatera Selatan",
    "Transparansi Anggaran Hibah Pemilihan Kepala Daerah",
    "Akurasi Daftar Pemilih dan Hak Pilih Mahasiswa Perantau",
    "Aksesibilitas TPS bagi Pemilih Penyandang Disabilitas",
)
KAJIAN_PURPOSES = (
    "Bahan kajian strategis BEM tentang partisipasi pemilih muda",
    "Bahan penyusunan naskah kajian dan diskusi publik mahasiswa",
    "Bahan rilis kajian yang akan disampaikan kepada publik dan DPRD",
    "Data pendukung kajian kebijakan kepemiluan oleh mahasiswa",
)
PRODI = (
    "Ilmu Politik",
    "Ilmu Pemerintahan",
    "Ilmu Komunikasi",
    "Hukum",
    "Administrasi Publik",
    "Sosiologi",
    "Pendidikan Pancasila dan Kewarganegaraan",
    "Statistika",
)


def nim(rng: random.Random, year: int) -> str:
    return rng.choice(
        (
            f"{rng.choice(('0701', '0702', '0201', '1021'))}{year % 100:02d}{rng.randint(10000, 99999)}",
            f"{year % 100:02d}{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
        )
    )


def p03_bem_kajian_tim(ctx: Ctx) -> Letter:
    """A student executive board's strategic-studies ministry (BEM / DEMA) asks for data for a
    study: two-logo letterhead with the cabinet's name as a tag line and a coloured band, Nomor
    with the ministry's code, the minister's identity rows (NIM, Jabatan, Program Studi ...),
    lettered items, a table of the three-person study team (No | Nama | NIM | Program Studi |
    Peran), the minister signs and the board's president countersigns "Mengetahui"; Tembusan."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    c = ctx
    names, short, saddr = rng.choice(BEMS20)
    cab = rng.choice(CABINET20)
    color = rng.choice((NAVY, MAROON, GREEN, (0, 90, 140), (120, 60, 0)))
    kop2(
        d,
        [(names[0], c.b, 15), (names[1], c.b, 13.5)],
        [cab, f"Sekretariat: {saddr}"],
        rng.choice(("lr", "lr", "l")),
        color,
        rng.choice(("band", "double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    sender = " ".join(names)
    y_, m_ = ctx.date.year, ctx.date.month
    sk = short.replace(" ", "-")
    num = rng.choice(
        (
            f"{rng.randint(1, 120):03d}/B/{sk}/Kastrat/{roman(m_)}/{y_}",
            f"{rng.randint(1, 120):03d}/EKS/{sk}/{roman(m_)}/{y_}",
            f"{rng.randint(1, 120)}/KASTRAT/{sk}/{y_}",
        )
    )
    kaj_no = rng.randint(1, 9)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            f"Permohonan Data Kajian Nomor {kaj_no:02d}/Kastrat/{y_}",
            "Permohonan Data untuk Kajian Strategis",
            f"Permohonan Informasi (Kajian Seri {kaj_no})",
        )
    )
    nl, ll, hl = labels(rng)
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    if rng.random() < 0.4:
        d.line_text(
            rng.choice(("Salam Mahasiswa!", "Hidup Mahasiswa!", "Salam Perjuangan!")), font=c.b
        )
    d.line_text("Dengan hormat,")
    minis = rng.choice(KASTRAT)
    theme = rng.choice(KAJIAN_THEMES)
    d.para(
        f"Sehubungan dengan penyusunan kajian bertema \u201c{theme}\u201d oleh {minis} {short} {cab}, "
        "kami yang bertanda tangan di bawah ini:",
        justify=True,
    )
    p = person19(rng, degree_p=0.0, prefix_p=0.0, job="Mahasiswa")
    set_birth(p, rng, 2002, 2006)
    entry = rng.randint(2021, 2024)
    pn = nim(rng, entry)
    use_sek = rng.random() < 0.45
    addr = saddr if use_sek else address16(p, rng)
    show_job = rng.random() < 0.4
    show_nik = rng.random() < 0.35
    show_mail = rng.random() < 0.7
    prodi = rng.choice(PRODI)
    jab = minis.replace("Kementerian", "Menteri").replace("Departemen", "Kepala Departemen")
    rows = [
        (rng.choice(("Nama", "Nama Lengkap")), p["name"]),
        ("NIM", pn),
        ("Jabatan", f"{jab} {short}"),
    ]
    rows.append(("Program Studi", prodi))
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", "Mahasiswa"))
    rows.append(("Alamat Sekretariat" if use_sek else rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), wa_mark(rng, p["phone"])))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    d.gap(2)
    d.para(
        "dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
        justify=True,
    )
    items = list(dict.fromkeys(info_items(rng, 2, 3) + short_items(rng, 1, 2)))[: rng.randint(2, 4)]
    lettered(d, items, x=d.L + 14, style=rng.choice(("a.", "a)")))
    d.para(
        rng.choice(
            (
                "Adapun tim penyusun kajian terdiri atas:",
                "Kajian tersebut disusun oleh tim sebagai berikut:",
            )
        )
    )
    team = [p]
    for _ in range(2):
        q = person19(rng, degree_p=0.0, prefix_p=0.0)
        team.append(q)
    roles = ["Ketua Tim", "Anggota", "Anggota"]
    if rng.random() < 0.4:
        roles = ["Koordinator", "Penulis", "Analis Data"]
    fs = c.size - 1.5
    rowsT = []
    for i, (q, r) in enumerate(zip(team, roles, strict=True), 1):
        rowsT.append(
            [
                str(i),
                q["name"] if i == 1 else q["core"],
                pn if i == 1 else nim(rng, rng.randint(2021, 2024)),
                prodi if i == 1 else rng.choice(PRODI),
                r,
            ]
        )
    wn = d.W
    table2(
        d,
        [24, wn * 0.34, wn * 0.2, wn * 0.26, wn - 24 - wn * 0.8],
        rowsT,
        ["No", "Nama", "NIM", "Program Studi", "Peran"],
        size=fs,
    )
    purpose = rng.choice(KAJIAN_PURPOSES)
    d.para(f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    s = obdl_sentence(rng, ob, dl, we=True)
    if s:
        d.para(s, justify=True)
    close = rng.choice(CLOSE_K)
    keep(d, [close], 190)
    d.para(close, justify=True)
    pres = person19(rng, degree_p=0.0, prefix_p=0.0)
    cols = [
        {"pre": ["Hormat kami,", f"{jab},"], "name": p["name"], "sub": f"NIM {pn}"},
        {
            "pre": [
                "Mengetahui,",
                "Presiden Mahasiswa," if short.startswith("BEM") else "Ketua DEMA,",
            ],
            "name": pres["core"],
            "stamp": (sender[:34], short.split()[0]),
        },
    ]
    sign_cols(d, cols)
    d.line_text("Tembusan:", size=c.size - 1)
    for s2 in ("1. Wakil Rektor Bidang Kemahasiswaan dan Alumni;", "2. Arsip."):
        d.line_text(s2, size=c.size - 1)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation="Mahasiswa" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P03_bem_kajian_tim", d.pages, fields)


CHURCHES = (
    # name lines (the sender), tag line, secretariat address, the applicant's role, the co-signer's
    # role, opening, closing, kind of people, pastor as applicant
    (
        ["MAJELIS JEMAAT GPIB IMMANUEL", "PALEMBANG"],
        "Anggota Persekutuan Gereja-gereja di Indonesia (PGI)",
        "Jl. Merdeka No. 2, Kel. 22 Ilir, Kec. Bukit Kecil, Palembang 30131",
        "Ketua Majelis Jemaat",
        "Sekretaris Majelis Jemaat",
        "Salam sejahtera dalam kasih Tuhan kita Yesus Kristus,",
        "Tuhan Yesus memberkati.",
        "gen",
        True,
    ),
    (
        ["HURIA KRISTEN BATAK PROTESTAN (HKBP)", "RESSORT PALEMBANG KOTA"],
        "Distrik XXVI Sumatera Bagian Selatan",
        "Jl. Kapten Rivai Lrg. Gereja No. 7, Kel. 26 Ilir, Kec. Bukit Kecil, Palembang 30129",
        "Pendeta Ressort",
        "Sekretaris Parhalado",
        "Syalom, salam sejahtera dalam kasih Kristus,",
        "Tuhan memberkati.",
        "batak",
        True,
    ),
    (
        ["GEREJA KRISTEN SUMATERA BAGIAN SELATAN", "JEMAAT PALEMBANG"],
        "Sinode GKSBS, Jl. Raya Metro Km. 3, Lampung",
        "Jl. Mayor Ruslan Lrg. Damai No. 18, Kel. 20 Ilir D. III, Kec. Ilir Timur I, Palembang",
        "Ketua Majelis",
        "Sekretaris Majelis",
        "Salam sejahtera dalam kasih Tuhan Yesus Kristus,",
        "Tuhan Yesus memberkati.",
        "jawa",
        True,
    ),
    (
        ["DEWAN PASTORAL PAROKI", "SANTO YOSEF PALEMBANG"],
        "Keuskupan Agung Palembang",
        "Jl. Jenderal Sudirman No. 58, Kel. 20 Ilir D. I, Kec. Ilir Timur I, Palembang 30126",
        "Wakil Ketua I Dewan Pastoral Paroki",
        "Sekretaris Dewan Pastoral Paroki",
        "Berkah Dalem,",
        "Berkah Dalem.",
        "cath",
        False,
    ),
    (
        ["GEREJA PANTEKOSTA DI INDONESIA", "JEMAAT BUKIT SION PALEMBANG"],
        "Terdaftar pada Pembimbing Masyarakat Kristen Kanwil Kemenag Sumatera Selatan",
        "Jl. Letda A. Rozak Lrg. Sion No. 11, Kel. Duku, Kec. Ilir Timur II, Palembang",
        "Gembala Sidang",
        "Sekretaris Jemaat",
        "Syalom,",
        "Tuhan Yesus memberkati.",
        "gen",
        True,
    ),
)
CATH_M = ("Yohanes", "Antonius", "Fransiskus", "Stefanus", "Petrus", "Yosef", "Ignatius")
CATH_F = ("Maria", "Theresia", "Agustina", "Veronika", "Margaretha", "Elisabeth")
CHURCH_ITEMS = (
    "Daftar lokasi TPS di Kelurahan {kel} dan sekitarnya pada Pemilu 2024",
    "Jumlah TPS dan jumlah pemilih per kelurahan di Kecamatan {kec} pada Pemilihan Tahun 2024",
    "Tata cara pindah memilih bagi pemilih yang sedang menjalankan tugas pelayanan di luar daerah",
    "Jadwal dan lokasi pemutakhiran data pemilih berkelanjutan di Kota Palembang Tahun 2026",
    "Data jumlah pemilih penyandang disabilitas di Kecamatan {kec} dalam DPT Pemilu 2024",
)
CHURCH_PURPOSES = (
    "Pendataan warga jemaat agar seluruhnya terdaftar dan dapat menggunakan hak pilih",
    "Bahan pelayanan diakonia bagi warga jemaat lanjut usia dan penyandang disabilitas pada hari pemungutan suara",
    "Bahan penyusunan jadwal ibadah agar tidak mengganggu warga jemaat yang bertugas sebagai KPPS",
    "Bahan penyuluhan pendidikan pemilih bagi pemuda dan remaja gereja",
)


def p04_majelis_jemaat_gereja(ctx: Ctx) -> Letter:
    """A church council (GPIB, HKBP, GKSBS, GPdI or a Catholic parish council) asks for polling
    data for its congregation: the church's letterhead with the synod / diocese as a tag line,
    "Salam sejahtera ..." / "Syalom" / "Berkah Dalem" opening, the applicant (the pastor or the
    council's officer) in one sentence or in rows, bulleted items, "Tuhan Yesus memberkati."
    closing, two signatures over the church stamp (a parish adds the parish priest's "Mengetahui")."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    c = ctx
    names, tag, saddr, role, corole, opening, closing, eth, pastor = rng.choice(CHURCHES)
    color = rng.choice((NAVY, MAROON, INK, (80, 40, 110)))
    kop2(
        d,
        [(names[0], c.b, 15), (names[1], c.b, 13)],
        [tag, f"Sekretariat: {saddr}"],
        rng.choice(("l", "c", "l")),
        color,
        rng.choice(("double", "thinthick", "single")),
        kinds=("shield",),
    )
    sender = " ".join(names)
    male = rng.random() < 0.75
    if eth == "cath":
        p = person19(rng, male=male, degree_p=0.3, prefix_p=0.0, ethnic="gen")
        first = rng.choice(CATH_M if male else CATH_F)
        core = f"{first} {p['core']}"
        p["name"] = core + (p["name"][len(p["core"]) :] if p["name"].startswith(p["core"]) else "")
        p["core"] = core
    else:
        p = person19(rng, male=male, degree_p=0.0, prefix_p=0.0, ethnic=eth)
        if pastor:
            p["name"] = (
                f"Pdt. {p['core']}, {rng.choice(('S.Th.', 'M.Th.', 'S.Th., M.Th.', 'M.Div.', 'S.Si. (Teol.)'))}"
            )
    y_, m_ = ctx.date.year, ctx.date.month
    ab = "".join(w[0] for w in names[1].split() if w[0].isalpha())[:4]
    num = rng.choice(
        (
            f"{rng.randint(10, 240):03d}/MJ-{ab}/{roman(m_)}/{y_}",
            f"{rng.randint(10, 240)}/SEK/{ab}/{y_}",
            f"{rng.randint(10, 240):03d}/DPP-{ab}/{m_:02d}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi", "Permohonan Informasi Publik", "Permohonan Data TPS dan Pemilih")
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text(opening)
    if rng.random() < 0.5:
        d.line_text("Dengan hormat,")
    kel, kec = p["kel"], p["kec"]
    own = rng.random() < 0.4
    addr = address16(p, rng) if own else saddr
    show_mail = rng.random() < 0.45
    prose = rng.random() < 0.5
    title = title_id(" ".join(names))
    if prose:
        s = f"Yang bertanda tangan di bawah ini, {p['name']}, {role} {title}, beralamat di {addr}, nomor telepon {p['phone']}"
        if show_mail:
            s += f", surel {p['email_printed']}"
        s += ", dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:"
        d.para(s, justify=True)
    else:
        d.para("Yang bertanda tangan di bawah ini:")
        rows = [("Nama", p["name"]), ("Jabatan", f"{role} {title}")]
        rows.append(
            ("Alamat" if own else rng.choice(("Alamat Sekretariat", "Alamat Gereja")), addr)
        )
        rows.append((rng.choice(HP_L), p["phone"]))
        if show_mail:
            rows.append((rng.choice(MAIL_L), p["email_printed"]))
        kv_rows(d, rows, x=d.L + 16)
        d.para(
            "dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
            justify=True,
        )
    if not own:
        kel, kec = rng.choice(CITIES[0][3])
    pool = [it.format(kel=kel, kec=kec) for it in CHURCH_ITEMS] + [short_item(rng)]
    items = rng.sample(pool, rng.randint(1, 3))
    bullets(d, items, rng.choice(("•", "-", "–")), x=d.L + 16)
    purpose = rng.choice(CHURCH_PURPOSES)
    d.para(f"Informasi tersebut kami perlukan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.6, 0.6)
    s = obdl_sentence(rng, ob, dl, we=True)
    if s:
        d.para(s, justify=True)
    close = rng.choice(CLOSE_K)
    keep(d, [close, closing], 180)
    d.para(close, justify=True)
    d.line_text(closing, font=c.i)
    other = person19(rng, degree_p=0.3, prefix_p=0.0, ethnic="batak" if eth == "batak" else "gen")
    ring = sender[:34]
    cols = [
        {"pre": [f"{role},"], "name": p["name"]},
        {
            "pre": [f"{corole},"],
            "name": other["name"],
            "stamp": (ring, "GEREJA" if eth != "cath" else "PAROKI"),
        },
    ]
    sign_cols(d, cols)
    if eth == "cath" and rng.random() < 0.7:
        pr = person19(rng, male=True, degree_p=0.0, prefix_p=0.0, ethnic="gen")
        sign_block(
            d,
            ["Mengetahui,", "Pastor Kepala Paroki,"],
            f"RD. {rng.choice(CATH_M)} {pr['core'].split()[-1]}",
            x=d.L + d.W / 2 - 70,
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
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P04_majelis_jemaat_gereja", d.pages, fields)


KOPS = (
    (["KOPERASI KONSUMEN", "SRIWIJAYA MANDIRI SEJAHTERA"], "KSMS"),
    (["KOPERASI PRODUSEN PERCETAKAN", "MUSI JAYA PALEMBANG"], "KPMJ"),
    (["KOPERASI JASA", "BERKAH BERSAMA"], "KJBB"),
    (["KOPERASI SERBA USAHA (KSU)", "KARYA SEJAHTERA"], "KSU-KS"),
    (["KOPERASI PEMASARAN", "AMPERA NIAGA UTAMA"], "KPANU"),
)
PROC_ITEMS = (
    "Rencana Umum Pengadaan (RUP) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Daftar pemenang tender pengadaan logistik Pemilihan Tahun 2024 beserta nilai kontraknya",
    "Harga perkiraan sendiri (HPS) pengadaan alat tulis kantor Tahun Anggaran 2025",
    "Salinan kontrak pengadaan konsumsi rapat Tahun Anggaran 2025",
    "Daftar penyedia barang/jasa yang pernah bekerja sama dengan KPU Provinsi Sumatera Selatan Tahun 2025",
    "Realisasi belanja barang dan jasa KPU Provinsi Sumatera Selatan Tahun Anggaran 2025",
    "Jadwal pengadaan barang/jasa KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Hasil evaluasi penawaran paket pengadaan surat suara Pemilihan Tahun 2024",
)
PROC_PURPOSES = (
    "Bahan penyusunan rencana usaha koperasi sebagai calon penyedia barang/jasa",
    "Informasi bagi anggota koperasi yang bergerak di bidang percetakan dan alat tulis kantor",
    "Bahan rapat pengurus dalam menyiapkan keikutsertaan pada pengadaan pemerintah",
    "Pemantauan keterbukaan pengadaan barang/jasa oleh anggota koperasi",
)
FORM20 = {  # a Bentuk column value -> obtain_method
    "Softcopy": "salinan_softcopy",
    "File PDF": "salinan_softcopy",
    "Hardcopy": "salinan_hardcopy",
    "Fotokopi": "salinan_hardcopy",
    "Salinan": "salinan",
}


def p05_koperasi_badan_hukum(ctx: Ctx) -> Letter:
    """A cooperative asks about procurement: two-column letterhead (emblem and name lines at the
    left, office contacts at the right) with the deed / Kemenkumham number and NIB as a tag line,
    the chair's identity rows, "bertindak untuk dan atas nama" the cooperative, a table No |
    Rincian Informasi | Bentuk, chair and secretary or treasurer sign with the cooperative's stamp."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    c = ctx
    names, abbr = rng.choice(KOPS)
    tel, _ = landline(rng, "0711")
    oaddr = office_address(rng)
    dom = re.sub(r"[^a-z]", "", names[1].lower())[:14]
    a1, _, a2 = oaddr.partition(", Kel. ")
    contacts = [a1, "Kel. " + a2, f"Telp. {tel}", f"Surel: kop.{dom}@gmail.com"]
    if rng.random() < 0.5:
        contacts.append(f"NIB {rng.randint(10**12, 10**13 - 1)}")
    y0 = rng.randint(2012, 2023)
    tag = rng.choice(
        (
            f"Badan Hukum Nomor: AHU-{rng.randint(1000, 9999):07d}.AH.01.{rng.randint(26, 29)}.Tahun {y0}",
            f"Berbadan Hukum No. {rng.randint(100, 999)}/BH/KUKM/{rng.choice(('VI', 'IX', 'XI'))}/{y0}",
        )
    )
    color = rng.choice((GREEN, NAVY, MAROON, (0, 100, 130)))
    sender = kop_split(
        d,
        [(names[0], c.b, 14.5), (names[1], c.b, 13)],
        contacts,
        tag,
        color,
        logo_kind=rng.choice(("shield", "garuda")),
    )
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(5, 180):03d}/{abbr}/{roman(m_)}/{y_}",
            f"{rng.randint(5, 180)}/KOP-{abbr}/PENG/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Pengadaan Barang/Jasa",
            "Permohonan Informasi Publik",
            "Permintaan Data Pengadaan",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    p = person19(rng, degree_p=0.4, prefix_p=0.15)
    use_office = rng.random() < 0.5
    addr = oaddr if use_office else address16(p, rng)
    show_nik = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    show_job = rng.random() < 0.3
    rows = [(rng.choice(NAME_L), p["name"]), ("Jabatan", "Ketua Pengurus")]
    if show_nik:
        rows.append((rng.choice(NIK_L), spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Alamat Kantor" if use_office else rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    title = title_id(" ".join(names))
    d.para(
        f"dalam hal ini bertindak untuk dan atas nama {title}, dengan ini mengajukan permohonan informasi publik sebagai berikut:",
        justify=True,
    )
    form = rng.choice(tuple(FORM20))
    fs = c.size - 1
    w_no, w_f = 26.0, max(64.0, tw("Bentuk", c.b, fs) + 14, tw(form, c.r, fs) + 14)
    w_it = d.W - w_no - w_f
    fs = fit_size(list(PROC_ITEMS), c.r, fs, w_it - 10, lo=7.6)
    pool = [it for it in PROC_ITEMS if tw(it, c.r, fs) <= w_it - 10]
    items = rng.sample(pool, rng.randint(2, min(4, len(pool))))
    table2(
        d,
        [w_no, d.W - w_no - w_f, w_f],
        [[str(i), it, form] for i, it in enumerate(items, 1)],
        ["No", "Rincian Informasi", "Bentuk"],
        size=fs,
    )
    purpose = rng.choice(PROC_PURPOSES)
    d.para(f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    dl = fit_delivery(rng, FORM20[form], rng.choice((None, "mengambil_langsung", "email", "pos")))
    if dl:
        d.para(f"Salinan informasi tersebut {DL_KAMI[dl]}.", justify=True)
    close = rng.choice(CLOSE_K)
    keep(d, [close], 150)
    d.para(close, justify=True)
    other = person19(rng, degree_p=0.3)
    cols = [
        {"pre": ["Hormat kami,", "Ketua,"], "name": p["name"]},
        {
            "pre": ["", rng.choice(("Sekretaris,", "Bendahara,"))],
            "name": other["name"],
            "stamp": (sender[:34], "KOPERASI"),
        },
    ]
    sign_cols(d, cols)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=FORM20[form],
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P05_koperasi_badan_hukum", d.pages, fields)


PRODHOUSES = (
    (["PT SINEMA ANAK MUSI"], "Film Dokumenter | Iklan Layanan Masyarakat | Video Profil", "SAM"),
    (["RUMAH PRODUKSI", "LAYAR SRIWIJAYA"], "Dokumenter dan Jurnalisme Visual", "LS"),
    (["CV KAMERA KAMPUNG"], "Production House | Palembang", "KK"),
    (["PT BIDUK PRODUKSI NUSANTARA"], "Film | Televisi | Digital", "BPN"),
)
AV_ITEMS = (
    "Dokumentasi foto rapat pleno rekapitulasi hasil penghitungan suara tingkat provinsi Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Rekaman video debat publik pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Foto dokumentasi distribusi logistik pemilihan ke wilayah perairan di Kabupaten Banyuasin dan Ogan Komering Ilir",
    "Data jumlah TPS di wilayah perairan dan kepulauan di Provinsi Sumatera Selatan pada Pemilu 2024",
    "Rekaman video kegiatan sosialisasi pemilih di daerah pedalaman Tahun 2024",
    "Dokumentasi foto kegiatan pelipatan dan penyortiran surat suara Pemilihan Tahun 2024",
    "Data jumlah petugas KPPS yang bertugas di TPS terpencil pada Pemilu 2024",
)
AV_PURPOSES = (
    "Materi film dokumenter tentang perjalanan logistik pemilu ke daerah terpencil di Sumatera Selatan",
    "Bahan produksi film dokumenter pendek untuk festival film dokumenter",
    "Materi program dokumenter televisi tentang demokrasi di daerah perairan",
    "Bahan riset visual untuk produksi film tentang penyelenggara pemilu",
)
DOC_TITLES = (
    "Suara dari Hulu",
    "Kotak Suara Menyeberang",
    "Sampan Demokrasi",
    "Jalan Panjang Surat Suara",
    "Di Tepian Musi",
)
AV_OB = (  # wording -> obtain_method
    ("dalam bentuk file digital (softcopy) dengan resolusi asli", "salinan_softcopy"),
    ("berupa salinan file asli (softcopy)", "salinan_softcopy"),
    ("berupa salinannya", "salinan"),
)
AV_DL = (  # wording -> delivery_method
    ("dikirim melalui tautan unduhan ke e-mail kami", "email"),
    ("akan kami salin langsung ke hard disk eksternal di kantor PPID", "mengambil_langsung"),
    ("dikirimkan melalui e-mail", "email"),
)


def p06_rumah_produksi_dokumenter(ctx: Ctx) -> Letter:
    """A production house asks for archive photos, footage and figures for a documentary: modern
    two-column letterhead with a trade line, a framed RINGKASAN PRODUKSI box (working title, format,
    duration, planned screening, director), the producer's identity rows, bulleted items, the form
    and the way of delivery in words, a promise to credit the source; the producer signs and the
    director of the company countersigns."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    c = ctx
    names, trade, abbr = rng.choice(PRODHOUSES)
    tel, _ = landline(rng, "0711")
    oaddr = office_address(rng)
    dom = re.sub(
        r"[^a-z]",
        "",
        " ".join(names).lower().replace("rumah produksi", "").replace("pt ", "").replace("cv ", ""),
    )[:16]
    a1, _, a2 = oaddr.partition(", Kel. ")
    contacts = [a1, "Kel. " + a2, f"Telp. {tel}", f"{dom}.studio@gmail.com", f"Instagram: @{dom}"]
    color = rng.choice(((30, 30, 30), (170, 40, 40), (0, 90, 120), (110, 70, 0)))
    sender = kop_split(
        d,
        [(s, c.b, 16 if i == 0 else 13) for i, s in enumerate(names)],
        contacts,
        trade,
        color,
        logo_kind="garuda",
    )
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(5, 90):03d}/{abbr}/PRD/{roman(m_)}/{y_}",
            f"{abbr}-{y_}-{rng.randint(10, 99)}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Materi Arsip Audio-Visual",
            "Permohonan Informasi dan Dokumentasi untuk Film Dokumenter",
            "Permohonan Data dan Dokumentasi Pemilihan 2024",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    ttl = rng.choice(DOC_TITLES)
    d.para(
        f"{title_id(' '.join(names)).replace('Pt ', 'PT ').replace('Cv ', 'CV ')} sedang memproduksi film dokumenter berjudul kerja \u201c{ttl}\u201d dengan ringkasan sebagai berikut:",
        justify=True,
    )
    director = person19(rng, degree_p=0.1, prefix_p=0.0)
    box_rows = [
        ("Judul Kerja", ttl),
        (
            "Format",
            rng.choice(("Film dokumenter", "Dokumenter televisi", "Film dokumenter pendek")),
        ),
        ("Durasi", f"{rng.choice((24, 30, 45, 52, 60))} menit"),
        (
            "Rencana Penayangan",
            rng.choice(
                (
                    "Festival Film Dokumenter dan kanal daring",
                    "TVRI Sumatera Selatan",
                    "Pemutaran keliling di kampus",
                )
            ),
        ),
        ("Sutradara", director["core"]),
    ]
    fs = c.size - 1
    lw = max(tw(k, c.b, fs) for k, _ in box_rows) + 10
    h = len(box_rows) * fs * 1.45 + 26
    d.need(h + 8)
    top = d.y
    d.pg.rect(d.L + 10, top, d.W - 20, h, 0.8, color, (246, 246, 246))
    d.pg.t(d.L + 18, top + 13, "RINGKASAN PRODUKSI", c.b, fs, color)
    yy = top + 13 + fs * 1.6
    for k, v in box_rows:
        d.pg.t(d.L + 18, yy, k, c.b, fs)
        d.pg.t(d.L + 18 + lw, yy, ": " + v, c.r, fs)
        yy += fs * 1.45
    d.y = top + h + 12
    d.para("Sehubungan dengan hal tersebut, kami yang bertanda tangan di bawah ini:")
    p = person19(rng, degree_p=0.3, prefix_p=0.05)
    use_office = rng.random() < 0.55
    addr = oaddr if use_office else address16(p, rng)
    show_job = rng.random() < 0.4
    job = rng.choice(("Produser Film", "Pekerja Seni", "Sineas", "Produser"))
    rows = [
        (rng.choice(NAME_L), p["name"]),
        ("Jabatan", rng.choice(("Produser", "Produser Pelaksana"))),
    ]
    if show_job:
        rows.append(("Pekerjaan", job))
    rows.append(("Alamat Kantor" if use_office else rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    rows.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    d.para("mengajukan permohonan informasi publik berupa:", justify=True)
    items = rng.sample(AV_ITEMS, rng.randint(2, 3))
    bullets(d, items, rng.choice(("•", "-")), x=d.L + 16)
    purpose = rng.choice(AV_PURPOSES)
    d.para(
        f"Informasi dan dokumentasi tersebut akan digunakan sebagai {lc1(purpose)}.", justify=True
    )
    obw, ob = rng.choice(AV_OB)
    dlw, dl = rng.choice(AV_DL)
    say_ob = rng.random() < 0.85
    say_dl = rng.random() < 0.8
    if say_ob and say_dl:
        d.para(f"Kami mohon materi tersebut dapat diberikan {obw} dan {dlw}.", justify=True)
    elif say_ob:
        d.para(f"Kami mohon materi tersebut dapat diberikan {obw}.", justify=True)
    elif say_dl:
        d.para(f"Untuk penyerahannya, materi tersebut {dlw}.", justify=True)
    d.para(
        "Setiap penggunaan materi akan kami cantumkan sumbernya (\u201cSumber: KPU Provinsi Sumatera Selatan\u201d) "
        "dan kami bersedia menandatangani pernyataan penggunaan informasi.",
        justify=True,
    )
    close = rng.choice(CLOSE_K)
    keep(d, [close], 150)
    d.para(close, justify=True)
    boss = person19(rng, degree_p=0.3)
    cols = [
        {"pre": ["Hormat kami,", "Produser,"], "name": p["name"]},
        {"pre": ["Mengetahui,", "Direktur,"], "name": boss["name"], "stamp": (sender[:34], abbr)},
    ]
    sign_cols(d, cols)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=job if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob if say_ob else None,
        delivery_method=dl if say_dl else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P06_rumah_produksi_dokumenter", d.pages, fields)


KUPON_SRC = (
    "brosur layanan informasi publik KPU",
    "leaflet yang dibagikan saat sosialisasi di kelurahan kami",
    "buletin KPU Provinsi Sumatera Selatan",
    "selebaran di papan pengumuman kantor kelurahan",
)


def p07_kupon_leaflet_tempel(ctx: Ctx) -> Letter:
    """A citizen cut the request coupon out of the office's leaflet ("KUPON PERMINTAAN INFORMASI
    PUBLIK": coloured band, dotted lines, NIK comb, tick boxes for the form of the copy and the way
    it is sent, the office's address in small print), filled it in by hand, taped it onto an A4
    sheet and wrote a short covering note above it.  Always hand-written, always a scan."""
    rng = ctx.rng
    d = Doc(ctx, top=70, left=70)
    pg = d.pg
    ink = ctx.ink
    p = person19(rng, degree_p=0.05, prefix_p=0.05)
    hs = 12.5
    # the covering note
    when = ctx.date
    place = p["cityrec"][0]
    note_date = f"{place}, {fmt16(when, rng.choice(('long', 'slash', 'dash1', 'short1')))}"
    d._hand(d.R - tw(note_date, "hand", hs) - 4, d.y, note_date, hs, ink)
    d.y += 22
    for s in rng.choice(
        (
            ["Yth. PPID KPU Prov. Sumsel"],
            ["Kepada Yth.", "PPID KPU Provinsi Sumatera Selatan"],
            ["Kpd. Yth. Petugas PPID", "KPU Sumsel"],
        )
    ):
        d._hand(d.L, d.y, s, hs, ink)
        d.y += 18
    d.y += 4
    src = rng.choice(KUPON_SRC)
    d.para(
        f"Bersama ini saya kirimkan kupon permintaan informasi yang saya gunting dari {src}. Mohon dapat diproses. Terima kasih.",
        font="hand",
        size=hs,
        lead=18,
    )
    sig_x = d.R - 150
    pg.img(sig_x, d.y - 6, 80, 33, signature_img(rng, ink))
    d.y += 30
    nm_note = p["name"] if rng.random() < 0.5 else p["core"]
    d._hand(sig_x, d.y, f"( {nm_note} )", hs - 1, ink)
    # the coupon
    x0, x1 = 78.0, PW - 78
    y0 = max(d.y + 26, 250.0)
    band = rng.choice((MAROON, NAVY, GREEN, (0, 100, 140)))
    hf, rf = "hb", "hr"
    at = len(pg.ops)
    pg.rect(x0 + 10, y0 + 10, x1 - x0 - 20, 36, 0, None, band)
    pg.t((x0 + x1) / 2, y0 + 26, "KUPON PERMINTAAN INFORMASI PUBLIK", hf, 12.5, WHITE, "c")
    pg.t(
        (x0 + x1) / 2,
        y0 + 40,
        "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        rf,
        8.5,
        WHITE,
        "c",
    )
    pg.t(
        x0 + 14,
        y0 + 60,
        "Isi dengan huruf cetak, gunting, lalu kirim ke alamat di bawah atau serahkan ke Meja Layanan Informasi.",
        "hi",
        7.2,
        GREY,
    )
    lx = x0 + 14
    vx = x0 + 118
    rx = x1 - 14
    y = y0 + 84
    gap = 21.0

    def label(s, yy):
        pg.t(lx, yy, s, rf, 9)
        pg.t(vx - 8, yy, ":", rf, 9)

    def lines_for(val, yy, nlines, size=hs):
        lines = wrap(val, "hand", size, rx - vx - 6) if val else []
        for k in range(nlines):
            dotted(pg, vx, yy + k * gap, rx)
        for k, ln in enumerate(lines[:nlines]):
            d._hand(vx + 2, yy + k * gap - 1, ln, size, ink)
        return lines

    label("Nama", y)
    lines_for(p["name"], y, 1)
    y += gap
    show_nik = rng.random() < 0.8
    label("NIK", y)
    cw = min(17.0, (rx - vx) / 16)
    for i in range(16):
        pg.rect(vx + i * cw, y - 12, cw, 16, 0.6, (70, 70, 70))
        if show_nik:
            pg.t(
                vx + i * cw + 4 + rng.uniform(-1, 1),
                y + rng.uniform(-1, 1),
                p["nik"][i],
                "hand",
                hs,
                ink,
                rec=False,
            )
    if show_nik:
        pg.rec(vx + 2, y, p["nik"])
    y += gap + 2
    street = p["street"].replace("Komplek ", "Komp. ")
    kel = ("Desa " if p["kind"] == "desa" else "Kel. ") + p["kel"]
    addr = rng.choice(
        (f"{street}, {kel}, {p['cityrec'][0]}", f"{street} RT {p['rt']:02d} {kel} Kec. {p['kec']}")
    )
    if len(wrap(addr, "hand", hs, rx - vx - 6)) > 2:
        addr = f"{street}, {kel}"
    label("Alamat", y)
    lines_for(addr, y, 2)
    y += 2 * gap
    label("No. HP/WA", y)
    lines_for(p["phone"], y, 1)
    y += gap
    show_mail = rng.random() < 0.35
    label("E-mail", y)
    lines_for(p["email_printed"] if show_mail else "", y, 1, hs - 1)
    y += gap
    city = p["cityrec"][0]
    pool = [
        it.format(kel=p["kel"], kec=p["kec"], city=city)
        for it in (
            "Data DPT Pemilu 2024 Kel. {kel}",
            "Jumlah TPS di Kec. {kec}",
            "Daftar anggota PPS Kel. {kel}",
            "Hasil Pilgub 2024 per kecamatan di {city}",
            "Jadwal coklit data pemilih 2026",
            "Jumlah pemilih pemula di {city}",
            "Lokasi TPS saya waktu Pemilu 2024",
            "Daftar Informasi Publik KPU Sumsel 2025",
        )
    ]
    items = rng.sample(pool, rng.randint(1, 2))
    label(rng.choice(("Informasi diminta", "Info yang diminta")), y)
    for k in range(3):
        dotted(pg, vx, y + k * gap, rx)
    k = 0
    for j, it in enumerate(items):
        s = f"{j + 1}. {it}" if len(items) > 1 else it
        for ln in wrap(s, "hand", hs, rx - vx - 8):
            if k < 3:
                d._hand(vx + 2, y + k * gap - 1, ln, hs, ink)
            k += 1
    y += 3 * gap
    purpose = rng.choice(SMS_PURPOSES)
    label("Untuk keperluan", y)
    lines_for(purpose, y, 1)
    y += gap + 4
    ob = rng.choice((None, "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"))
    dl = rng.choice((None, "pos", "email", "mengambil_langsung", "email"))
    dl = fit_delivery(rng, ob, dl)
    opts = [
        (
            "Bentuk salinan",
            [("Fotokopi (hardcopy)", "salinan_hardcopy"), ("File (softcopy)", "salinan_softcopy")],
            ob,
        ),
        (
            "Dikirim melalui",
            [("Pos", "pos"), ("E-mail", "email"), ("Diambil sendiri", "mengambil_langsung")],
            dl,
        ),
    ]
    for lab, choices, chosen in opts:
        label(lab, y)
        xx = vx
        for txt, code in choices:
            pg.rect(xx, y - 9, 10, 10, 0.7)
            if code == chosen:
                vtick(pg, xx + 1, y, 10, ink)
            pg.t(xx + 15, y, txt, rf, 9)
            xx += 15 + tw(txt, rf, 9) + 18
        y += gap
    label("Tanggal", y)
    cd = fmt16(when, rng.choice(("slash", "dash1", "slash0")))
    dotted(pg, vx, y, vx + 110)
    d._hand(vx + 2, y - 1, cd, hs, ink)
    pg.t(vx + 130, y, "Tanda tangan:", rf, 9)
    pg.img(vx + 200, y - 22, 70, 29, signature_img(rng, ink))
    y += gap + 4
    pg.line(x0 + 10, y - 8, x1 - 10, y - 8, 0.4, GREY)
    pg.t(
        (x0 + x1) / 2,
        y + 2,
        "Kirim ke: PPID KPU Provinsi Sumatera Selatan, Jl. Kapten A. Rivai No. 95 Palembang 30129",
        rf,
        7.4,
        align="c",
    )
    pg.t(
        (x0 + x1) / 2,
        y + 12,
        "Layanan informasi publik tidak dipungut biaya.",
        "hi",
        7.2,
        GREY,
        "c",
    )
    H = y + 26 - y0
    frame = Page()
    frame.rect(x0, y0, x1 - x0, H, 0, None, (253, 252, 246))
    for a, b, cc, e in (
        (x0, y0, x1, y0),
        (x1, y0, x1, y0 + H),
        (x1, y0 + H, x0, y0 + H),
        (x0, y0 + H, x0, y0),
    ):
        frame.line(a, b, cc, e, 0.8, (60, 60, 60), (4, 3))
    pg.ops[at:at] = frame.ops
    pg.t(x0 + 40, y0 + 5, "\u2702", "dr", 14, (60, 60, 60), rec=False)
    for tx, ty in ((x0 - 16, y0 - 9), (x1 - 38, y0 + H - 9)):
        pg.rect(tx, ty, 54, 18, 0, None, (236, 232, 205))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=when.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P07_kupon_leaflet_tempel",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


DENAH_ITEMS = (
    "Daftar lokasi TPS di Kelurahan {kel} pada Pemilu 2024",
    "Jumlah pemilih per TPS di wilayah RT {rt1} dan RT {rt2} Kelurahan {kel}",
    "Lokasi TPS terdekat dari wilayah sebagaimana denah terlampir",
    "Nomor TPS tempat warga RT {rt1} Kelurahan {kel} terdaftar dalam DPT Pemilu 2024",
    "Rencana lokasi TPS di Kelurahan {kel} untuk pemilihan berikutnya",
)
DENAH_PURPOSES = (
    "Membantu warga lanjut usia di lingkungan kami mengetahui lokasi TPS",
    "Bahan rapat warga tentang usulan lokasi TPS yang lebih mudah dijangkau",
    "Informasi bagi warga baru di lingkungan kami",
    "Bahan laporan kepada pengurus RT dan RW setempat",
)
LANDMARKS = (
    "Masjid Al-Ikhlas",
    "Musala Nurul Iman",
    "SD Negeri 12",
    "Pos Kamling",
    "Warung Cek Yah",
    "Balai RT",
    "Lapangan Voli",
    "Toko Manisan",
)
RIVERS = ("Sungai Musi", "Sungai Sekanak", "Sungai Bendung", "Anak Sungai Lambidaro", "Sungai Ogan")


def sketch_page(ctx: Ctx, p: dict, rt1: int, rt2: int, streets: list[str], tps: str) -> Page:
    """A hand-drawn location sketch (DENAH LOKASI): two or three roads drawn as double lines with
    their names, a wavy river, houses and landmarks as small boxes, the writer's house and the
    polling station circled, a north arrow, a hand-written legend.  Written words are page text."""
    rng = ctx.rng
    pg = Page()
    ink = ctx.ink
    pen = rng.choice((ink, (25, 25, 30)))
    hs = 12.0

    def H(x, y, s, size=hs):
        pg.t(x + rng.uniform(-1, 1), y + rng.uniform(-1, 1), s, "hand", size, pen)

    H(PW / 2 - 60, 78, "DENAH LOKASI", 16)
    H(PW / 2 - 110, 98, f"Wilayah RT {rt1:02d} & RT {rt2:02d} Kel. {p['kel']}", 12)
    fx0, fy0, fx1, fy1 = 70.0, 120.0, PW - 70, 620.0
    pg.rect(fx0, fy0, fx1 - fx0, fy1 - fy0, 0.9, pen)
    # main road (horizontal) and a side road (vertical)
    ry = rng.uniform(300, 420)
    for off in (0, 24):
        pts = []
        x = fx0
        while x < fx1:
            pts.append((x, ry + off + rng.uniform(-1.5, 1.5)))
            x += 18
        pts.append((fx1, ry + off))
        for (a, b), (cc, e) in pairwise(pts):
            pg.line(a, b, cc, e, 1.0, pen)
    H(fx0 + 40, ry + 16, streets[0], 12)
    rx = rng.uniform(220, 380)
    for off in (0, 22):
        pg.line(rx + off, fy0, rx + off + rng.uniform(-4, 4), ry, 1.0, pen)
        pg.line(rx + off, ry + 24, rx + off + rng.uniform(-4, 4), fy1, 1.0, pen)
    sx, sy = rx + 28, fy0 + 40
    H(sx, sy, streets[1], 11)
    # river near the bottom
    yv = fy1 - rng.uniform(40, 70)
    x = fx0
    prev = None
    while x <= fx1:
        pt = (x, yv + 7 * math.sin(x / 22.0))
        if prev:
            pg.line(prev[0], prev[1], pt[0], pt[1], 1.2, (40, 80, 170))
        prev = pt
        x += 6
    H(fx1 - 170, yv + 26, rng.choice(RIVERS), 11)
    # houses and landmarks
    marks = rng.sample(LANDMARKS, 3)
    spots = [
        (fx0 + 60, ry - 70),
        (min(rx + 60, fx1 - 140), ry - 100),
        (fx0 + 60, ry + 70),
        (min(rx + 90, fx1 - 140), ry + 80),
    ]
    rng.shuffle(spots)
    for (hx, hy), lab in zip(spots, marks, strict=False):
        pg.rect(hx, hy, 26, 20, 0.9, pen)
        pg.line(hx - 3, hy, hx + 13, hy - 10, 0.9, pen)
        pg.line(hx + 13, hy - 10, hx + 29, hy, 0.9, pen)
        H(hx - 4, hy + 34, lab, 10.5)
    hx, hy = spots[3]
    pg.rect(hx, hy, 26, 20, 1.2, pen, (230, 230, 230))
    H(hx + 36, hy + 14, "Rumah saya", 11)
    pg.line(hx + 34, hy + 8, hx + 28, hy + 10, 1.0, pen)
    tx, ty = rx - 70, ry - 40
    pg.circle(tx + 20, ty - 4, 26, 1.3, RED)
    H(tx + 2, ty, tps, 11)
    # north arrow
    nx, ny = fx0 + 30, fy0 + 50
    pg.line(nx, ny + 30, nx, ny - 12, 1.2, pen)
    pg.line(nx, ny - 12, nx - 6, ny - 2, 1.2, pen)
    pg.line(nx, ny - 12, nx + 6, ny - 2, 1.2, pen)
    H(nx - 4, ny - 18, "U", 13)
    # legend
    ly = fy1 + 34
    H(fx0, ly, "Keterangan:", 12)
    H(fx0 + 10, ly + 20, f"O = lokasi {tps} waktu Pemilu 2024 (yang saya ingat)", 11)
    H(fx0 + 10, ly + 38, "Kotak = rumah / bangunan", 11)
    pg.img(fx1 - 120, ly + 20, 80, 33, signature_img(rng, pen))
    pg.as_image = True
    return pg


def p08_denah_lokasi_lampiran(ctx: Ctx) -> Letter:
    """A citizen asks where the polling stations of his neighbourhood are and how many voters each
    holds, "sebagaimana denah terlampir": page 1 the letter (typed, or hand-written on folio),
    page 2 his hand-drawn DENAH LOKASI (roads with their names, the river, landmarks, his house,
    the polling station he remembers circled in red, north arrow, legend)."""
    rng = ctx.rng
    hand = ctx.hand
    paper = "folio" if hand else "plain"
    d = Doc(ctx, top=rng.uniform(64, 80), paper=paper, left=76 if hand else 70)
    if hand:
        d.y = 95 - 4 + 19 * rng.randint(0, 1)
        d.top = 95 - 4 + 19
    bf = "hand" if hand else ctx.r
    size = 12.5 if hand else ctx.size
    lead = 19.0 if hand else None
    p = person19(rng, degree_p=0.2, prefix_p=0.1, city=0)
    p["kind"] = "jl" if p["kind"] == "desa" else p["kind"]
    rt1 = p["rt"]
    rt2 = rt1 + rng.choice((1, 2, -1)) if rt1 > 2 else rt1 + 1
    pd = pdate16(rng, "Palembang", ctx.date)
    if hand:
        d._hand(d.R - tw(pd, "hand", size) - 6, d.y, pd, size, ctx.ink)
        d.y += 19
    else:
        d.line_text(pd, align="r")
    hl = rng.choice(("Perihal", "Hal"))
    subj = rng.choice(
        (
            "Permohonan Informasi Lokasi TPS",
            "Permohonan Informasi Lokasi TPS dan Data Pemilih",
            "Mohon Informasi TPS",
        )
    )
    head = [(hl, subj), ("Lampiran", "1 (satu) lembar denah")]
    lw0 = max(tw(k, bf, size) for k, _ in head) + 8
    for k, v in head:
        d.kv(k, v, lw0, font=bf, size=size, vfont=bf, lead=lead)
    d.gap(8 if not hand else 0)
    for s in kpu_rows(rng):
        if hand:
            d._hand(d.L, d.y, s, size, ctx.ink)
            d.y += 19
        else:
            d.line_text(s)
    d.gap(6 if not hand else 0)
    d.line_text("Dengan hormat,", font=bf, size=size, lead=lead)
    d.para("Saya yang bertanda tangan di bawah ini:", font=bf, size=size, lead=lead)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    show_mail = rng.random() < (0.2 if hand else 0.4)
    addr = address16(p, rng)
    rows = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        rows.append((rng.choice(NIK_L), p["nik"] if hand else spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append((rng.choice(JOB_L), p["job"]))
    rows.append((rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    lw = max(tw(k, bf, size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, font=bf, size=size, vfont=bf, x=d.L + 14, lead=lead)
    d.gap(3 if not hand else 0)
    fmt = {"kel": p["kel"], "rt1": f"{rt1:02d}", "rt2": f"{rt2:02d}"}
    items = rng.sample([it.format(**fmt) for it in DENAH_ITEMS], rng.randint(1, 3))
    d.para(
        "dengan ini mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan berupa:",
        font=bf,
        size=size,
        lead=lead,
        justify=not hand,
    )
    d.numbered(items, "{}.", font=bf, size=size, x=d.L + 14, lead=lead)
    d.para(
        "Untuk memudahkan, bersama ini saya lampirkan denah lokasi wilayah yang saya maksud.",
        font=bf,
        size=size,
        lead=lead,
        justify=not hand,
    )
    purpose = rng.choice(DENAH_PURPOSES)
    d.para(
        f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
        font=bf,
        size=size,
        lead=lead,
        justify=not hand,
    )
    ob, dl = obtain_deliver(rng, 0.6, 0.6)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, font=bf, size=size, lead=lead, justify=not hand)
    d.para(rng.choice(CLOSE), font=bf, size=size, lead=lead, justify=not hand)
    sign_block(d, [rng.choice(("Hormat saya,", "Pemohon,"))], p["name"], font=bf if hand else None)
    c0 = p["cityrec"]
    streets = rng.sample(
        [s for s in c0[4] if s.startswith("Jl.")] + ["Jl. Lingkungan", "Lrg. Rukun"], 2
    )
    if not p["street"].startswith("Lrg.") and not p["street"].startswith("Komplek"):
        streets[0] = p["street"].split(" No.")[0]
    tps = f"TPS {rng.randint(1, 40):03d}"
    d.pages.append(sketch_page(ctx, p, rt1, rt2, streets, tps))
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
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P08_denah_lokasi_lampiran",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
    )


NICK_M = (
    "Iwan",
    "Ucok",
    "Mamat",
    "Ipul",
    "Bang Jek",
    "Udin",
    "Anto",
    "Yayan",
    "Cek Din",
    "Dodi",
    "Eko",
)
NICK_F = ("Neng", "Yuyun", "Ocha", "Upik", "Tata", "Cek Ita", "Yuk Nur", "Wiwi", "Mimi", "Dede")


def p09_grid_empat_kolom(ctx: Ctx) -> Letter:
    """A self-made request form in a word-processor table of four columns (label | value | label |
    value) under shaded section rows A / B / C: Nama Lengkap beside Nama Panggilan (the nickname,
    sometimes in quotes), NIK beside Tempat/Tgl. Lahir, Pekerjaan beside Jenis Kelamin, HP beside
    E-mail, the address and the items across three cells, check-box rows for the form of the
    information and the way of getting it (☒ / ☐ or [X] / [ ] typed; or the blank printed grid
    filled in by hand with pen ticks); place-date and signature under the table."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=62)
    c = ctx
    p = person19(rng, degree_p=0.2, prefix_p=0.08)
    if p["job"].startswith("Pensiunan"):
        set_birth(p, rng, 1950, 1964)
    elif p["job"] == "Mahasiswa":
        set_birth(p, rng, 1999, 2006)
    elif p["birth"].year > 2002:
        set_birth(p, rng, 1970, 2000)
    nick = rng.choice(NICK_M if p["male"] else NICK_F)
    nick_p = rng.choice((nick, nick, f"\u201c{nick}\u201d", f'"{nick}"'))
    title = rng.choice(
        (
            "FORMULIR PERMOHONAN INFORMASI PUBLIK",
            "SURAT PERMOHONAN INFORMASI PUBLIK",
            "PERMOHONAN INFORMASI PUBLIK",
        )
    )
    d.line_text(title, font=c.b, size=c.size + 2.5, align="c")
    d.line_text(
        rng.choice(
            (
                "Kepada PPID KPU Provinsi Sumatera Selatan",
                "Ditujukan kepada: PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            )
        ),
        size=c.size - 0.5,
        align="c",
    )
    d.gap(8)
    fs = c.size - 1
    vf = "hand" if hand else c.r
    vs = fs + 1.5 if hand else fs
    W = d.W
    cwid = [W * 0.19, W * 0.31, W * 0.19, W * 0.31]
    xs = [d.L]
    for w in cwid:
        xs.append(xs[-1] + w)
    pad = 4.0
    lead = vs * 1.3 if not hand else 17.0
    pg = d.pg
    marks_typed = rng.choice((("\u2612", "\u2610"), ("[X]", "[ ]"), ("\u2611", "\u2610")))

    def bar(txt):
        d.need(18)
        pg.rect(d.L, d.y, W, 16, 0.6, INK, (200, 210, 225))
        pg.t(d.L + 5, d.y + 11.5, txt, c.b, fs)
        d.y += 16

    def row(cells):
        """cells: list of (label, value, span) with span in value columns (1 or 3)."""
        layout = []
        col = 0
        for lab, val, span in cells:
            lx = xs[col]
            vx0 = xs[col + 1]
            vx1 = xs[col + 1 + span] if span == 1 else xs[4]
            layout.append((lab, val, lx, vx0, vx1))
            col += 2 if span == 1 else 4
        nl = 1
        wrapped = []
        # labels on one line; side-by-side values on one line each (so that a value never
        # shares a text line with a piece of its neighbour)
        lsz = fit_size(
            [lab for lab, *_ in layout],
            c.r,
            fs,
            min(vx0 - lx for _, _, lx, vx0, _ in layout) - 2 * pad,
        )
        one = len(layout) > 1
        vsz = vs
        if one:
            vsz = min(
                fit_size([val or ""], vf, vs, vx1 - vx0 - 2 * pad - (9 if hand else 1))
                for _, val, _, vx0, vx1 in layout
            )
        for _lab, val, _lx, vx0, vx1 in layout:
            lines: list[str] = []
            for part in (val or "").split("\n"):
                lines += (
                    wrap(part, vf, vsz, vx1 - vx0 - 2 * pad - (8 if hand else 0)) if part else []
                )
            wrapped.append(lines)
            nl = max(nl, len(lines))
        h = nl * lead + 2 * pad
        d.need(h)
        top = d.y
        for (lab, _val, lx, vx0, vx1), lines in zip(layout, wrapped, strict=True):
            pg.rect(lx, top, vx0 - lx, h, 0.6, INK, (244, 244, 244))
            pg.rect(vx0, top, vx1 - vx0, h, 0.6)
            yy = top + pad + fs * 0.95
            pg.t(lx + pad, yy, lab, c.r, lsz)
            for ln in lines:
                if hand:
                    d._hand(vx0 + pad, yy, ln, vsz, c.ink)
                else:
                    pg.t(vx0 + pad, yy, ln, c.r, vsz)
                yy += lead
        d.y = top + h

    def choice_row(lab, opts, chosen):
        """Tick boxes inside the value cell across three columns."""
        h = 2 * pad + lead * (
            1 if sum(tw(o, c.r, fs) + 36 for o, _ in opts) < xs[4] - xs[1] - 10 else 2
        )
        d.need(h)
        top = d.y
        pg.rect(xs[0], top, xs[1] - xs[0], h, 0.6, INK, (244, 244, 244))
        pg.rect(xs[1], top, xs[4] - xs[1], h, 0.6)
        yy = top + pad + fs * 0.95
        pg.t(xs[0] + pad, yy, lab, c.r, fit_size([lab], c.r, fs, xs[1] - xs[0] - 2 * pad))
        x = xs[1] + pad
        y = top + pad + fs * 0.95
        for txt, code in opts:
            wneed = tw(txt, c.r, fs) + 30
            if x + wneed > xs[4] - pad:
                x = xs[1] + pad
                y += lead
            if hand:
                pg.rect(x, y - fs * 0.8, fs * 0.85, fs * 0.85, 0.6)
                if code == chosen:
                    vtick(pg, x + 1, y, fs * 0.85, c.ink)
                pg.t(x + fs + 4, y, txt, c.r, fs)
            else:
                m = marks_typed[0] if code == chosen else marks_typed[1]
                mf = "dr" if len(m) == 1 else c.r
                pg.t(x, y, m, mf, fs)
                pg.t(x + tw(m, mf, fs) + 4, y, txt, c.r, fs)
            x += wneed
        d.y = top + h

    show_nik = rng.random() < 0.85
    show_mail = rng.random() < 0.6
    addr = address16(p, rng)
    sex = "Laki-laki" if p["male"] else "Perempuan"
    born = f"{p['birthplace']}, {p['birth'].strftime(rng.choice(('%d-%m-%Y', '%d/%m/%Y')))}"
    bar("A. IDENTITAS PEMOHON")
    row([("Nama Lengkap", p["name"], 1), ("Nama Panggilan", nick_p, 1)])
    row([("NIK", p["nik"] if show_nik else "", 1), ("Tempat/Tgl. Lahir", born, 1)])
    row([("Pekerjaan", p["job"], 1), ("Jenis Kelamin", sex, 1)])
    row([("No. HP/WA", p["phone"], 1), ("E-mail", p["email_printed"] if show_mail else "-", 1)])
    row([("Alamat", addr, 3)])
    bar("B. INFORMASI YANG DIMOHON")
    items = list(dict.fromkeys(info_items(rng, 1, 2) + short_items(rng, 1, 2)))[: rng.randint(1, 3)]
    val = "\n".join(f"{i}. {it}" for i, it in enumerate(items, 1)) if len(items) > 1 else items[0]
    row([("Rincian Informasi", val, 3)])
    purpose = rng.choice(PURPOSES16)
    row([("Tujuan Penggunaan", purpose, 3)])
    bar("C. CARA MEMPEROLEH DAN MENDAPATKAN INFORMASI")
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy", None))
    dl = rng.choice(("mengambil_langsung", "kurir", "pos", "email", "email", None))
    if ob == "melihat":
        dl = rng.choice((None, "mengambil_langsung"))
    dl = fit_delivery(rng, ob, dl)
    choice_row(
        "Bentuk Informasi",
        [
            ("Melihat/Membaca", "melihat"),
            ("Salinan Hardcopy", "salinan_hardcopy"),
            ("Salinan Softcopy", "salinan_softcopy"),
        ],
        ob,
    )
    choice_row(
        "Cara Mendapatkan Salinan",
        [
            ("Diambil langsung", "mengambil_langsung"),
            ("Kurir", "kurir"),
            ("Pos", "pos"),
            ("Faksimili", "faksimili"),
            ("E-mail", "email"),
        ],
        dl,
    )
    d.gap(16)
    pd = pdate16(rng, p["cityrec"][0], ctx.date)
    if hand:
        x = d.R - 200
        d.pg.t(x, d.y, "........................, ..................", c.r, fs, GREY)
        d._hand(x + 2, d.y - 2, pd, vs, c.ink)
        d.y += 18
        d.pg.t(x, d.y, "Pemohon,", c.r, fs)
        c.sig(d.pg, x, d.y + 4, 90)
        d.y += 52
        d._hand(x, d.y, p["name"], vs, c.ink)
        d.y += 20
    else:
        sign_block(d, ["Pemohon,"], p["name"], place_date=pd)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
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
    return Letter(
        "permohonan_informasi",
        "P09_grid_empat_kolom",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
    )


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
def spiral_decor(pg: Page, rng: random.Random, y0: float, lead: float) -> None:
    """Print an A5 spiral-notebook page under the writing: faint blue rules from y0 every lead,
    a red margin, the punched holes along the top edge, a ragged tear line, the pad's printed
    "No. / Date" header (the header's words are page text)."""
    deco = Page(w=pg.w, h=pg.h)
    y = y0
    while y < pg.h - 18:
        deco.line(0, y, pg.w, y, 0.45, (160, 185, 220))
        y += lead
    deco.line(36, 30, 36, pg.h, 0.6, (230, 130, 130))
    x = 16.0
    while x < pg.w - 10:
        deco.circle(x, 13, 3.4, 0.6, (90, 90, 90), (70, 70, 70))
        x += 14.6
    pts = [(0.0, 22.0)]
    xx = 0.0
    while xx < pg.w:
        xx += rng.uniform(4, 9)
        pts.append((xx, 22 + rng.uniform(-2.2, 2.2)))
    for (a, b), (c2, e) in pairwise(pts):
        deco.line(a, b, c2, e, 0.5, (150, 150, 150))
    deco.t(pg.w - 190, y0 - lead - 4, "No. ..............", "hr", 8, (120, 130, 160))
    deco.t(pg.w - 112, y0 - lead - 4, "Date ...................", "hr", 8, (120, 130, 160))
    pg.ops[0:0] = deco.ops


def k01_hand_a5_spiral(ctx: Ctx) -> Letter:
    """An objection hand-written on a page torn from an A5 spiral notebook (holes and tear along
    the top, faint blue rules, red margin, the pad's "No. / Date" header): the date in the Date
    field or above the signature, the identity inside the first sentence, the request number and
    the item, the ground in plain words; a second sheet when it runs long.  Always hand-written,
    always a scan."""
    rng = ctx.rng
    lead = 17.0
    y0 = 62.0
    d = Doc(ctx, top=y0 - 3, left=44, right=A5[0] - 18, size=A5)
    d.bottom = A5[1] - 24
    hs = 11.5
    ink = ctx.ink
    p = person19(rng, degree_p=0.05, prefix_p=0.05)
    date_top = rng.random() < 0.55
    ds = fmt16(ctx.date, rng.choice(("slash", "dash1", "long", "short1")))
    if date_top:
        d._hand(A5[0] - 84, y0 - lead - 6, ds, hs - 1, ink)
    for s in rng.choice(
        (
            ["Kepada Yth.", "Atasan PPID KPU Prov. Sumsel", "di Palembang"],
            ["Yth. Bapak/Ibu Atasan PPID", "KPU Provinsi Sumatera Selatan"],
            ["Kpd. Yth. Atasan PPID", "KPU Sumsel"],
        )
    ):
        d._hand(d.L, d.y, s, hs, ink)
        d.y += lead
    if rng.random() < 0.5:
        subj = rng.choice(("Keberatan", "Keberatan Informasi", "Pengajuan Keberatan"))
        d._hand(d.L, d.y, f"Hal : {subj}", hs, ink)
        d.y += lead
    else:
        subj = None
    d._hand(d.L, d.y, "Dengan hormat,", hs, ink)
    d.y += lead
    show_nik = rng.random() < 0.6
    cite = rng.random() < 0.85
    ref, refd = ref_number16(rng, ctx.date)
    item = short_item(rng) if rng.random() < 0.6 else info_item(rng)
    addr = address16(p, rng, rng.choice((0, 2, 3, 8)))
    name = p["name"]
    nik_p, bad = nik_of(p, rng, 0.15 if show_nik else 0.0)
    s = f"Saya {name}"
    if show_nik:
        s += f", NIK {nik_p}"
    s += (
        f", alamat {addr}, No. HP {p['phone']}, mengajukan keberatan atas permohonan informasi saya"
    )
    if cite:
        s += f" Nomor Pendaftaran {ref} tanggal {fmt_date(refd, rng.choice(('long', 'slash')))}"
    else:
        s += f" yang saya ajukan tanggal {fmt_date(refd, 'long')}"
    s += f" tentang {lc1(item)}."
    d.para(s, font="hand", size=hs, lead=lead)
    code = rng.choice("acceegdd")
    grd = SIMPLE_REASON.get(code) if rng.random() < 0.5 else None
    grd = grd or GROUND16[code]
    d.para(
        rng.choice((f"Alasan keberatan saya: {grd}.", f"Saya keberatan karena {grd}.")),
        font="hand",
        size=hs,
        lead=lead,
    )
    d.para(
        rng.choice(
            (
                "Mohon Bapak/Ibu Atasan PPID dapat menindaklanjuti keberatan saya ini.",
                "Saya mohon keberatan ini ditanggapi sesuai aturan.",
                "Atas perhatiannya saya ucapkan terima kasih.",
            )
        ),
        font="hand",
        size=hs,
        lead=lead,
    )
    d.need(lead * 5)
    x = d.L + d.W * 0.42
    if not date_top:
        d._hand(x, d.y, f"{p['cityrec'][0]}, {ds}", hs, ink)
        d.y += lead
    d._hand(x, d.y, "Hormat saya,", hs, ink)
    d.pg.img(x, d.y + 2, 76, 30, signature_img(rng, ink))
    d.y += lead * 3
    d._hand(x, d.y, name, hs, ink)
    for pg in d.pages:
        spiral_decor(pg, rng, y0 + 3, lead)
    fields = F(
        applicant_name=name,
        nik=nik_p if show_nik else None,
        address=addr,
        phone=p["e164"],
        information_requested=item,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if cite else None,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K01_hand_a5_spiral",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
        extra={"nik_invalid": True} if bad else None,
    )


CK_ROWS = (
    "Surat / formulir pernyataan keberatan",
    "Fotokopi KTP pengaju keberatan",
    "Nomor pendaftaran / bukti permohonan informasi",
    "Surat kuasa (apabila dikuasakan)",
    "Salinan tanggapan PPID (apabila ada)",
    "Dokumen pendukung lainnya",
)


def k02_ceklis_kelengkapan_berkas(ctx: Ctx) -> Letter:
    """A filed objection as the desk keeps it: page 1 the office's LEMBAR KONTROL KELENGKAPAN
    BERKAS PENGAJUAN KEBERATAN (KPU letterhead, form code; the registration number stamped with a
    numbering stamp in violet, the day of receipt, the objector's name and the channel written in
    by the clerk; a checklist table Persyaratan | Ada | Tidak Ada | Keterangan ticked by pen; the
    clerk signs), page 2 the citizen's typed objection, page 3 a KTP copy when the letter gives no
    NIK.  Always a scan (the clerk's pen)."""
    rng = ctx.rng
    c = ctx
    ink = rng.choice((BLUE, (25, 25, 30)))
    d = Doc(ctx, top=56)
    kop_kpu(d, rng)
    pg = d.pg
    pg.t(
        d.R,
        d.y - 14,
        rng.choice(("Form. CK-KEB", "Form. CK-02", "Model CK-PPID/KEB")),
        "hr",
        8,
        align="r",
    )
    d.line_text("LEMBAR KONTROL KELENGKAPAN BERKAS", font=c.b, size=c.size + 1.5, align="c")
    d.line_text("PENGAJUAN KEBERATAN INFORMASI PUBLIK", font=c.b, size=c.size + 1.5, align="c")
    d.gap(10)
    p = person19(rng, degree_p=0.25, prefix_p=0.1)
    stamped = rng.random() < 0.75
    kreg = f"{rng.randint(1, 90):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    recv = next_wd(ctx.date + timedelta(days=rng.randint(0, 4)))
    lw = tw("Nomor Registrasi Keberatan", c.r, c.size) + 10
    vx = d.L + lw + 10
    y = d.y
    for lab in (
        "Nomor Registrasi Keberatan",
        "Tanggal Diterima",
        "Nama Pengaju Keberatan",
        "Diterima melalui",
    ):
        pg.t(d.L, y, lab, c.r, c.size)
        pg.t(d.L + lw, y, ":", c.r, c.size)
        if lab != "Diterima melalui":
            dotted(pg, vx, y, d.R)
        y += 22
    if stamped:
        pg.rect(vx - 3, d.y - 12, tw(kreg, "mb", c.size + 0.5) + 8, 17, 0.9, PURPLE)
        pg.t(vx + 1, d.y, kreg, "mb", c.size + 0.5, PURPLE)
    hs = c.size + 2
    d._hand(vx + 4, d.y + 22 - 1, fmt16(recv, rng.choice(("slash", "dash1", "long"))), hs, ink)
    d._hand(vx + 4, d.y + 44 - 1, p["core"].upper() if rng.random() < 0.4 else p["core"], hs, ink)
    ch = rng.choice(("Langsung", "Langsung", "Pos", "E-mail"))
    xx = vx
    for opt in ("Langsung", "Pos", "E-mail"):
        pg.rect(xx, y - 22 - 9, 10, 10, 0.7)
        if opt == ch:
            vtick(pg, xx + 1, y - 22, 10, ink)
        pg.t(xx + 15, y - 22, opt, c.r, c.size)
        xx += 15 + tw(opt, c.r, c.size) + 22
    d.y = y + 6
    show_nik = rng.random() < 0.55
    kuasa = False
    rows = list(CK_ROWS)
    ws = [24.0, d.W - 24 - 44 - 66 - 104, 44.0, 66.0, 104.0]
    xs = [d.L]
    for w in ws:
        xs.append(xs[-1] + w)
    fs = c.size - 1
    rh = 20.0
    top = d.y
    pg.rect(d.L, top, d.W, rh, 0, None, LIGHT)
    for lab, x in zip(("No", "Persyaratan", "Ada", "Tidak Ada", "Keterangan"), xs, strict=False):
        pg.t(x + 4, top + 13.5, lab, c.b, fs)
    have = {
        0: True,
        1: (not show_nik) or rng.random() < 0.6,
        2: True,
        3: kuasa,
        4: rng.random() < 0.4,
        5: rng.random() < 0.3,
    }
    notes = {
        3: rng.choice(("tidak dikuasakan", "-", "")),
        1: rng.choice(("", "asli diperlihatkan", "")),
        2: rng.choice(("", "tercantum di surat", "")),
    }
    for i, lab in enumerate(rows):
        yb = top + rh * (i + 1)
        pg.t(xs[0] + 4, yb + 13.5, str(i + 1), c.r, fs)
        pg.t(xs[1] + 4, yb + 13.5, lab, c.r, fit_size([lab], c.r, fs, ws[1] - 8))
        col = 2 if have[i] else 3
        if rng.random() < 0.95:
            vtick(pg, xs[col] + ws[col] / 2 - 5, yb + 14, 10, ink)
        nt = notes.get(i, "")
        if nt:
            d._hand(xs[4] + 4, yb + 14, nt, fit_size([nt], "hand", fs + 1, ws[4] - 10), ink)
    nrows = len(rows) + 1
    for k in range(nrows + 1):
        pg.line(d.L, top + rh * k, d.R, top + rh * k, 0.6)
    for x in xs:
        pg.line(x, top, x, top + rh * nrows, 0.6)
    d.y = top + rh * nrows + 22
    d.para(
        "Berkas dinyatakan lengkap dan keberatan dicatat dalam Register Keberatan."
        if rng.random() < 0.7
        else "Berkas diterima untuk diteliti lebih lanjut.",
        size=c.size - 0.5,
    )
    d.gap(10)
    clerk = person19(rng, degree_p=0.4, prefix_p=0.0)
    x = d.R - 190
    pg.t(x, d.y, "Petugas Penerima,", c.r, c.size)
    c.sig(pg, x, d.y + 4, 80)
    d._hand(x, d.y + 52, clerk["core"], hs, ink)
    # page 2: the objection
    d.newpage()
    d.y = rng.uniform(62, 80)
    d.line_text(pdate16(rng, p["cityrec"][0], ctx.date), align="r")
    subj = rng.choice(
        (
            "Pengajuan Keberatan",
            "Keberatan atas Tanggapan Permohonan Informasi",
            "Keberatan Informasi Publik",
        )
    )
    hl = rng.choice(("Hal", "Perihal"))
    nomor_block(d, [(rng.choice(LAMP_L), rng.choice(("-", "1 (satu) berkas"))), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.3
    addr = address16(p, rng)
    r2 = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        r2.append((rng.choice(NIK_L), spaced_nik(p["nik"], rng)))
    r2.append((rng.choice(ADDR_L), addr))
    if show_job:
        r2.append((rng.choice(JOB_L), p["job"]))
    r2.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        r2.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, r2, x=d.L + 16)
    ref, refd = ref_number16(rng, ctx.date)
    item = info_item(rng) if rng.random() < 0.5 else short_item(rng)
    code = rng.choice("aacdeeg")
    d.para(
        f"dengan ini mengajukan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap permohonan informasi saya "
        f"dengan Nomor Pendaftaran {ref} tanggal {fmt_date(refd, 'long')} berupa {lc1(item)}, karena {ground(rng, code)}.",
        justify=True,
    )
    purpose = rng.choice(PURPOSES16) if rng.random() < 0.5 else None
    if purpose:
        d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    d.para(
        "Sebagai kelengkapan, bersama ini saya lampirkan fotokopi KTP saya."
        if not show_nik
        else "Saya mohon Atasan PPID memeriksa keberatan ini dan memberikan tanggapan tertulis sesuai ketentuan.",
        justify=True,
    )
    close = rng.choice(CLOSE_KEB)
    keep(d, [close], 120)
    d.para(close, justify=True)
    sign_block(d, [rng.choice(("Hormat saya,", "Pengaju Keberatan,"))], p["name"])
    if not show_nik:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose,
        letter_number=kreg if stamped else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan", "K02_ceklis_kelengkapan_berkas", d.pages, fields, scan_hint={"scan_only": True}
    )


def k03_penomoran_desimal(ctx: Ctx) -> Letter:
    """An objection set out like a legal memorandum in decimal numbering: a centred title, 1.
    IDENTITAS (1.1 Nama, 1.2 NIK ...), 2. PERMOHONAN YANG MENJADI DASAR (2.1 Nomor Pendaftaran, 2.2
    Tanggal, 2.3 Informasi yang Dimohon, 2.4 Tujuan), 3. ALASAN (3.1 the facts, 3.2 now and then
    the huruf of Pasal 35 ayat (1) cited), 4. PERMINTAAN (4.1, 4.2); place-date and signature at
    the end."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=rng.uniform(58, 72))
    yth_block(d, atasan_rows(rng))
    d.gap(10)
    with_hal = rng.random() < 0.45
    subj = None
    if with_hal:
        subj = rng.choice(("Pengajuan Keberatan", "Keberatan atas Pelayanan Informasi Publik"))
        d.kv(rng.choice(("Perihal", "Hal")), subj, 52)
        d.gap(6)
    d.line_text(
        rng.choice(("SURAT KEBERATAN", "PERNYATAAN KEBERATAN", "SURAT PENGAJUAN KEBERATAN")),
        font=c.b,
        size=c.size + 2,
        align="c",
    )
    d.line_text("ATAS PELAYANAN INFORMASI PUBLIK", font=c.b, size=c.size + 0.5, align="c")
    d.gap(8)
    d.para("Dengan hormat,")
    d.para(
        "Bersama ini saya mengajukan keberatan kepada Atasan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan dengan uraian sebagai berikut:",
        justify=True,
    )
    sep = rng.choice((".", ""))  # "1.1." or "1.1"
    hx = d.L
    sx = d.L + 20
    p = person19(rng, degree_p=0.35, prefix_p=0.12)
    show_nik = rng.random() < 0.75
    show_mail = rng.random() < 0.4
    addr = address16(p, rng)
    ref, refd = ref_number16(rng, ctx.date)
    item = info_item(rng) if rng.random() < 0.6 else short_item(rng)
    purpose = rng.choice(PURPOSES16)
    code = rng.choice("aaccdeefg")

    def head(n, t):
        d.need(40)
        d.gap(3)
        d.pg.t(hx, d.y, f"{n}.", c.b, c.size)
        d.pg.t(hx + 20, d.y, t, c.b, c.size)
        d.y += c.size * 1.5

    def subrows(n, rows):
        labs = [f"{n}.{k}{sep}  {lab}" for k, (lab, _) in enumerate(rows, 1)]
        lw = max(tw(s, c.r, c.size) for s in labs) + 8
        for s, (_, v) in zip(labs, rows, strict=True):
            d.kv(s, v, lw, x=sx)

    head(1, "IDENTITAS PENGAJU KEBERATAN")
    r1 = [("Nama", p["name"])]
    if show_nik:
        r1.append(("NIK", spaced_nik(p["nik"], rng)))
    r1 += [("Alamat", addr), ("Pekerjaan", p["job"]), ("Nomor Telepon", p["phone"])]
    if show_mail:
        r1.append(("Surel", p["email_printed"]))
    subrows(1, r1)
    head(
        2, rng.choice(("PERMOHONAN INFORMASI YANG MENJADI DASAR KEBERATAN", "PERMOHONAN INFORMASI"))
    )
    subrows(
        2,
        [
            ("Nomor Pendaftaran", ref),
            ("Tanggal Permohonan", fmt_date(refd, rng.choice(("long", "long0", "slash0")))),
            ("Informasi yang Dimohon", item),
            ("Tujuan Penggunaan", purpose),
        ],
    )
    head(3, "ALASAN KEBERATAN")
    n1 = f"3.1{sep}"
    d.need(c.size * 1.4)
    d.pg.t(sx, d.y, n1, c.r, c.size)
    d.para(f"Bahwa {ground(rng, code)}.", x=sx + 26, justify=True)
    cite = rng.random() < 0.5
    if cite:
        d.need(c.size * 1.4)
        d.pg.t(sx, d.y, f"3.2{sep}", c.r, c.size)
        d.para(
            f"Bahwa keadaan tersebut merupakan alasan keberatan sebagaimana dimaksud dalam {PASAL35.format(code)} tentang Keterbukaan Informasi Publik.",
            x=sx + 26,
            justify=True,
        )
    head(4, "PERMINTAAN")
    asks = [
        "Meminta Atasan PPID memerintahkan PPID untuk memberikan informasi yang saya mohon sesuai ketentuan;",
        "Meminta tanggapan tertulis atas keberatan ini paling lambat 30 (tiga puluh) hari kerja sejak keberatan dicatat.",
    ]
    for k, a in enumerate(asks, 1):
        d.need(c.size * 1.4)
        d.pg.t(sx, d.y, f"4.{k}{sep}", c.r, c.size)
        d.para(a, x=sx + 26, justify=True)
    close = rng.choice(CLOSE_KEB)
    keep(d, [close], 130)
    d.gap(4)
    d.para(close, justify=True)
    sign_block(
        d,
        [rng.choice(("Hormat saya,", "Pengaju Keberatan,"))],
        p["name"],
        place_date=pdate16(rng, p["cityrec"][0], ctx.date),
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_penomoran_desimal", d.pages, fields)


BERKALA_ITEMS = (
    "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025",
    "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2026",
    "Laporan layanan informasi publik PPID KPU Provinsi Sumatera Selatan Tahun 2025",
    "Ringkasan Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Laporan akses informasi publik Semester II Tahun 2025",
    "Ringkasan laporan kinerja KPU Provinsi Sumatera Selatan Tahun 2025",
    "Prosedur dan standar layanan informasi publik (maklumat pelayanan) PPID KPU Provinsi Sumatera Selatan",
)
GROUND_B = (
    "informasi yang wajib disediakan dan diumumkan secara berkala tersebut tidak tersedia, baik di papan pengumuman kantor maupun di laman resmi",
    "informasi berkala itu tidak disediakan sama sekali sebagaimana tampak pada foto terlampir",
    "papan pengumuman informasi publik di kantor tidak memuat informasi berkala yang wajib diumumkan",
)


def notice_board_photo(rng: random.Random, w=640, h=440) -> Image.Image:
    """A phone photo of the office's glass-fronted notice board: wall, wooden frame, felt, a few
    pinned sheets (grey lines, no legible words), an empty space, light glare."""
    im = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(im)
    wall = rng.choice(((214, 206, 188), (200, 205, 210), (225, 218, 200)))
    for y in range(h):
        f = 0.85 + 0.25 * y / h
        d.line([(0, y), (w, y)], fill=tuple(min(255, int(v * f)) for v in wall))
    bx0, by0 = rng.randint(40, 90), rng.randint(30, 60)
    bx1, by1 = w - rng.randint(40, 90), h - rng.randint(40, 80)
    d.rectangle((bx0 - 14, by0 - 14, bx1 + 14, by1 + 14), fill=(110, 70, 40))
    felt = rng.choice(((40, 90, 60), (150, 110, 70), (60, 70, 120)))
    d.rectangle((bx0, by0, bx1, by1), fill=felt)
    n = rng.randint(1, 3)
    for _ in range(n):
        sw, sh = rng.randint(80, 120), rng.randint(110, 150)
        sx = rng.randint(bx0 + 10, max(bx0 + 11, bx0 + (bx1 - bx0) // 2 - sw))
        sy = rng.randint(by0 + 10, max(by0 + 11, by1 - sh - 10))
        tone = rng.randint(215, 245)
        d.rectangle((sx, sy, sx + sw, sy + sh), fill=(tone, tone, tone - 12))
        for k in range(sy + 14, sy + sh - 10, 9):
            d.line(
                [(sx + 10, k), (sx + sw - rng.randint(10, 40), k)], fill=(150, 150, 150), width=2
            )
        d.ellipse((sx + sw // 2 - 4, sy + 2, sx + sw // 2 + 4, sy + 10), fill=(200, 30, 30))
    gl = Image.new("L", (w, h), 0)
    ImageDraw.Draw(gl).polygon(
        [(bx0 + 60, by0), (bx0 + 160, by0), (bx0 + 40, by1), (bx0 - 60, by1)], fill=70
    )
    im = Image.composite(
        Image.new("RGB", (w, h), (255, 255, 255)), im, gl.filter(ImageFilter.GaussianBlur(18))
    )
    return im.filter(ImageFilter.GaussianBlur(1.1))


def k04_foto_papan_pengumuman(ctx: Ctx) -> Letter:
    """An objection because periodic information is not published (huruf b), with photos: page 1
    the letter (the writer went to the office on a given day and found the notice board and the web
    page without the information), page 2 LAMPIRAN DOKUMENTASI with two phone photos of the
    notice board, the camera's date stamp printed on them, a typed caption under each."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=rng.uniform(60, 76))
    p = person19(rng, degree_p=0.3, prefix_p=0.1)
    d.line_text(pdate16(rng, p["cityrec"][0], ctx.date), align="r")
    subj = rng.choice(
        (
            "Keberatan atas Tidak Tersedianya Informasi Berkala",
            "Keberatan Informasi Berkala",
            "Pengajuan Keberatan",
        )
    )
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [
            (nl, "-"),
            (ll, rng.choice(("2 (dua) lembar foto", "1 (satu) lembar dokumentasi"))),
            (hl, subj),
        ],
    )
    yth_block(d, atasan_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    show_nik = rng.random() < 0.65
    show_job = rng.random() < 0.55
    show_mail = rng.random() < 0.4
    addr = address16(p, rng)
    rows_mode = rng.random() < 0.6
    if rows_mode:
        d.para("Saya yang bertanda tangan di bawah ini:")
        r = [(rng.choice(NAME_L), p["name"])]
        if show_nik:
            r.append((rng.choice(NIK_L), spaced_nik(p["nik"], rng)))
        if show_job:
            r.append((rng.choice(JOB_L), p["job"]))
        r.append((rng.choice(ADDR_L), addr))
        r.append((rng.choice(HP_L), p["phone"]))
        if show_mail:
            r.append((rng.choice(MAIL_L), p["email_printed"]))
        kv_rows(d, r, x=d.L + 16)
        lead_in = (
            "dengan ini mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera Selatan."
        )
        d.para(lead_in, justify=True)
    else:
        s = f"Saya, {p['name']}"
        if show_nik:
            s += f", NIK {p['nik']}"
        if show_job:
            s += f", pekerjaan {job_low(p['job'])}"
        s += f", beralamat di {addr}, nomor telepon {p['phone']}"
        if show_mail:
            s += f", surel {p['email_printed']}"
        s += ", dengan ini mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera Selatan."
        d.para(s, justify=True)
    item = rng.choice(BERKALA_ITEMS)
    visit = prev_wd(ctx.date - timedelta(days=rng.randint(2, 12)))
    d.para(
        f"Pada tanggal {fmt_date(visit, 'long')} saya datang ke kantor KPU Provinsi Sumatera Selatan untuk melihat {lc1(item)} "
        "pada papan pengumuman informasi publik dan memeriksa laman resmi PPID, namun informasi tersebut tidak saya temukan.",
        justify=True,
    )
    cite = rng.random() < 0.3
    ref, refd = ref_number16(rng, ctx.date)
    if cite:
        d.para(
            f"Sebelumnya saya juga telah mengajukan permohonan informasi yang sama dengan Nomor Pendaftaran {ref} "
            f"tanggal {fmt_date(refd, 'long')}.",
            justify=True,
        )
    d.para(f"Saya mengajukan keberatan karena {rng.choice(GROUND_B)}.", justify=True)
    d.para(
        "Sebagai bukti, bersama ini saya lampirkan dokumentasi foto papan pengumuman tersebut.",
        justify=True,
    )
    close = rng.choice(CLOSE_KEB)
    keep(d, [close], 120)
    d.para(close, justify=True)
    sign_block(d, [rng.choice(("Hormat saya,", "Pengaju Keberatan,"))], p["name"])
    # page 2: the photos
    pg = Page()
    pg.t(
        PW / 2,
        72,
        rng.choice(("LAMPIRAN DOKUMENTASI", "LAMPIRAN: FOTO PAPAN PENGUMUMAN")),
        c.b,
        12,
        align="c",
    )
    y = 96.0
    for k in range(2):
        ph = notice_board_photo(rng)
        w = 380.0
        h = w * ph.height / ph.width
        x = (PW - w) / 2
        pg.img(x, y, w, h, ph)
        hh = rng.randint(8, 15)
        stamp_t = f"{visit.strftime('%Y/%m/%d')} {hh:02d}:{rng.randint(0, 59):02d}"
        pg.t(x + w - 8, y + h - 10, stamp_t, "hb", 9, ORANGE, "r")
        where = rng.choice(("di lobi", "di ruang tunggu layanan informasi", "di depan ruang PPID"))
        cap = (
            f"Foto {k + 1}. Papan pengumuman informasi publik {where} kantor KPU Provinsi Sumatera Selatan, "
            f"{fmt_date(visit, 'long')}."
        )
        yy = y + h + 16
        for ln in wrap(cap, c.i, 9.5, w):
            pg.t(x, yy, ln, c.i, 9.5)
            yy += 13
        y = yy + 18
    d.pages.append(pg)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if cite else None,
        objection_reason_code="b",
    )
    return Letter("keberatan", "K04_foto_papan_pengumuman", d.pages, fields)


ABROAD = (
    ("Leiden", "Belanda", "Witte Singel {n}, 2311 BZ Leiden, Belanda", "Mahasiswa Program Doktor"),
    ("Tokyo", "Jepang", "3-8-{n} Komaba, Meguro-ku, Tokyo 153-8902, Jepang", "Mahasiswa"),
    (
        "Manchester",
        "Inggris",
        "Flat {n}, 12 Oxford Road, Manchester M13 9PL, Inggris",
        "Mahasiswa Pascasarjana",
    ),
    (
        "Kuala Lumpur",
        "Malaysia",
        "No. {n}, Jalan Universiti, 50603 Kuala Lumpur, Malaysia",
        "Pekerja Migran Indonesia",
    ),
    ("Kairo", "Mesir", "Shari' Abbas El-Akkad {n}, Nasr City, Kairo, Mesir", "Mahasiswa"),
    (
        "Melbourne",
        "Australia",
        "{n} Lygon Street, Carlton VIC 3053, Australia",
        "Mahasiswa Program Magister",
    ),
    (
        "Taipei",
        "Taiwan",
        "No. {n}, Sec. 4, Roosevelt Rd., Da'an District, Taipei 10617, Taiwan",
        "Pekerja Migran Indonesia",
    ),
)
ABROAD_PURPOSES = (
    "Bahan penelitian disertasi saya tentang tata kelola pemilihan daerah",
    "Bahan tesis saya tentang partisipasi pemilih di Sumatera Selatan",
    "Bahan diskusi komunitas warga Sumatera Selatan di luar negeri",
    "Pengetahuan pribadi sebagai pemilih asal Sumatera Selatan",
)


def k05_wni_luar_negeri(ctx: Ctx) -> Letter:
    """An Indonesian living abroad (a doctoral student in Leiden, a migrant worker in Kuala Lumpur
    ...) objects by letter sent as an e-mail attachment: a foreign place-date, the foreign
    domicile as the address, an Indonesian WhatsApp number, the request made by e-mail and its
    number, the ground in words, a wish to be answered by e-mail because of the distance; the
    signature an inserted image."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=rng.uniform(58, 74))
    city, country, addr_t, job = rng.choice(ABROAD)
    p = person19(rng, degree_p=0.5, prefix_p=0.05, job=job)
    if rng.random() < 0.5:
        d.line_text(p["name"], font=c.b, size=c.size + 1)
        d.line_text(
            f"{p['email_printed']}  |  WhatsApp {p['phone']}", size=c.size - 1.5, color=GREY
        )
        d.pg.line(d.L, d.y - 6, d.R, d.y - 6, 0.6, GREY)
        d.gap(10)
    pd = rng.choice(
        (
            f"{city}, {fmt_date(ctx.date, 'long')}",
            f"{city}, {country}, {fmt_date(ctx.date, 'long')}",
            f"{city}, {fmt_date(ctx.date, 'long0')}",
        )
    )
    d.line_text(pd, align="r")
    ref, refd = ref_number16(rng, ctx.date)
    subj = rng.choice(
        (
            "Pengajuan Keberatan",
            f"Keberatan atas Permohonan Informasi Nomor {ref}",
            "Keberatan atas Layanan Informasi Publik",
        )
    )
    hl = rng.choice(("Hal", "Perihal"))
    nomor_block(d, [(rng.choice(LAMP_L), "-"), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    what = "sedang menempuh studi" if job.startswith("Mahasiswa") else "bekerja"
    d.para(
        f"Saya yang bertanda tangan di bawah ini, warga negara Indonesia yang saat ini {what} di {city}, {country}:",
        justify=True,
    )
    addr = addr_t.format(n=rng.randint(2, 90))
    show_nik = rng.random() < 0.75
    rows = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        rows.append(
            (
                rng.choice(("NIK", "NIK (KTP Palembang)", "Nomor Induk Kependudukan")),
                spaced_nik(p["nik"], rng),
            )
        )
    rows.append(("Pekerjaan", job))
    rows.append((rng.choice(("Alamat", "Alamat Domisili", "Alamat Saat Ini")), addr))
    rows.append((rng.choice(("WhatsApp (nomor Indonesia)", "No. WhatsApp", "HP/WA")), p["phone"]))
    rows.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    item = info_item(rng) if rng.random() < 0.6 else short_item(rng)
    d.para(
        f"Pada tanggal {fmt_date(refd, 'long')} saya mengajukan permohonan informasi melalui surel ke alamat ppid@sumsel.kpu.go.id "
        f"dan memperoleh Nomor Pendaftaran {ref}, berupa {lc1(item)}.",
        justify=True,
    )
    purpose = rng.choice(ABROAD_PURPOSES) if rng.random() < 0.6 else None
    if purpose:
        d.para(f"Informasi tersebut saya perlukan sebagai {lc1(purpose)}.", justify=True)
    code = rng.choice("ccgged")
    d.para(f"Dengan surat ini saya mengajukan keberatan karena {ground(rng, code)}.", justify=True)
    d.para(
        "Mengingat saya berada di luar negeri, saya mohon tanggapan atas keberatan ini dapat disampaikan melalui surel.",
        justify=True,
    )
    close = rng.choice(CLOSE_KEB)
    keep(d, [close], 120)
    d.para(close, justify=True)
    sign_block(d, [rng.choice(("Hormat saya,", "Salam hormat,"))], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=job,
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_wni_luar_negeri", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
UK_DOCS = (
    "Salinan dokumen hasil uji konsekuensi atas informasi yang menjadi objek sengketa",
    "Penetapan PPID tentang Daftar Informasi yang Dikecualikan yang berlaku pada saat permohonan diajukan",
    "Berita acara rapat uji konsekuensi beserta daftar hadir",
    "Surat Keputusan PPID tentang penolakan permohonan informasi yang menjadi objek sengketa",
    "Dasar hukum pengecualian yang digunakan beserta pertimbangan kepentingan publik",
)


def s01_ki_permintaan_uji_konsekuensi(ctx: Ctx) -> Letter:
    """The KI panel asks the respondent for its consequence-test documents: case rows (register,
    applicant, respondent, disputed information, the request's number), a numbered list of the
    documents wanted with a deadline, a warning; page 2 (landscape) the KI's blank FORMAT
    PENYAMPAIAN HASIL UJI KONSEKUENSI with the register number in its head and six empty
    columns on dotted lines."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    sender = kop_ki2(d, rng)
    num = ki_nomor(rng, ctx.date, "PS")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permintaan Dokumen Uji Konsekuensi",
            "Permintaan Penyampaian Hasil Uji Konsekuensi Informasi yang Dikecualikan",
            "Permintaan Dokumen Uji Konsekuensi dan Daftar Informasi yang Dikecualikan",
        )
    )
    nomor_block(
        d,
        [
            (nl, num),
            ("Sifat", rng.choice(("Segera", "Penting"))),
            (ll, "1 (satu) lembar format"),
            (hl, subj),
        ],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            rng.choice(
                (
                    "PPID KPU Provinsi Sumatera Selatan",
                    "Pejabat Pengelola Informasi dan Dokumentasi KPU Provinsi Sumatera Selatan",
                )
            ),
            "selaku Termohon",
            "di Palembang",
        ],
    )
    d.gap(8)
    d.para("Dengan hormat,")
    d.para(
        "Sehubungan dengan pemeriksaan sengketa informasi publik dengan keterangan sebagai berikut:",
        justify=True,
    )
    p = person19(rng, degree_p=0.3, prefix_p=0.1)
    reg = ki_register(rng, ctx.date - timedelta(days=rng.randint(20, 70)))
    ref, _ = ref_number16(rng, ctx.date - timedelta(days=80))
    item = info_item(rng)
    show_addr = rng.random() < 0.4
    show_ref = rng.random() < 0.6
    addr = address16(p, rng)
    rows = [
        ("Nomor Register", reg),
        ("Pemohon", p["name"] + (f", beralamat di {addr}" if show_addr else "")),
        ("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"),
        ("Objek Sengketa", item),
    ]
    if show_ref:
        rows.append(("Nomor Pendaftaran Permohonan", ref))
    kv_rows(d, rows, x=d.L + 16)
    dl = add_wd(ctx.date, rng.choice((5, 7)))
    d.para(
        f"Majelis Komisioner meminta Termohon menyampaikan dokumen sebagai berikut paling lambat {fmt_date(dl, 'day')}:",
        justify=True,
    )
    d.numbered(rng.sample(UK_DOCS, rng.randint(2, 4)), "{}.", x=d.L + 16)
    d.para(
        "Hasil uji konsekuensi disusun menurut format terlampir dan disampaikan secara langsung kepada Kepaniteraan "
        "Komisi Informasi Provinsi Sumatera Selatan atau melalui surel kip@sumselprov.go.id.",
        justify=True,
    )
    d.para(
        "Apabila sampai batas waktu tersebut dokumen tidak disampaikan, Majelis Komisioner akan melanjutkan pemeriksaan "
        "berdasarkan dokumen yang ada.",
        justify=True,
    )
    keep(d, ["Demikian disampaikan, atas perhatiannya diucapkan terima kasih."], 130)
    d.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.")
    who = person19(rng, degree_p=1.0, prefix_p=0.1)
    sign_block(
        d,
        ["a.n. Majelis Komisioner,", "Ketua Majelis,"]
        if rng.random() < 0.6
        else ["Panitera Pengganti,"],
        who["name"],
    )
    d.line_text("Tembusan:", size=c.size - 1)
    d.line_text("1. Pemohon;", size=c.size - 1)
    d.line_text("2. Arsip.", size=c.size - 1)
    # page 2: the blank format (landscape)
    pg = Page(w=A4L[0], h=A4L[1])
    L, R = 40.0, A4L[0] - 40
    pg.t(L, 40, f"Lampiran Surat Nomor {num}", c.r, 8.5)
    pg.t((L + R) / 2, 66, "FORMAT PENYAMPAIAN HASIL UJI KONSEKUENSI", c.b, 12.5, align="c")
    pg.t((L + R) / 2, 82, f"Sengketa Informasi Publik Register Nomor {reg}", c.r, 10, align="c")
    cols = (
        ("No", 28),
        ("Informasi yang Dikecualikan", 150),
        ("Dasar Hukum Pengecualian", 120),
        ("Konsekuensi apabila Dibuka", 150),
        ("Pertimbangan Kepentingan Publik", 0),
        ("Jangka Waktu Pengecualian", 100),
    )
    fixed = sum(w for _, w in cols)
    widths = [w if w else (R - L - fixed) for _, w in cols]
    xs = [L]
    for w in widths:
        xs.append(xs[-1] + w)
    top = 100.0
    hh = 30.0
    pg.rect(L, top, R - L, hh, 0, None, LIGHT)
    for (lab, _), x, w in zip(cols, xs, widths, strict=False):
        for k, ln in enumerate(wrap(lab, c.b, 8.5, w - 8)):
            pg.t(x + 4, top + 12 + k * 10, ln, c.b, 8.5)
    rh = 62.0
    for r_ in range(4):
        y = top + hh + r_ * rh
        pg.t(xs[0] + 8, y + 14, str(r_ + 1), c.r, 9)
        for x, w in zip(xs[1:], widths[1:], strict=False):
            for k in range(4):
                pg.line(x + 4, y + 14 + k * 13, x + w - 4, y + 14 + k * 13, 0.4, GREY, (1, 2))
    bottom = top + hh + 4 * rh
    for x in xs:
        pg.line(x, top, x, bottom, 0.6)
    for y in [top, top + hh] + [top + hh + k * rh for k in range(1, 5)]:
        pg.line(L, y, R, y, 0.6)
    pg.t(R - 220, bottom + 24, "Palembang, ............................ 20....", c.r, 9.5)
    pg.t(R - 220, bottom + 38, "PPID KPU Provinsi Sumatera Selatan,", c.r, 9.5)
    pg.t(R - 220, bottom + 88, "(..........................................)", c.r, 9.5)
    d.pages.append(pg)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_ki_permintaan_uji_konsekuensi", d.pages, fields)


SAKSI_POINTS = (
    "Prosedur penanganan permohonan informasi di lingkungan KPU Provinsi Sumatera Selatan",
    "Keberadaan dan penguasaan dokumen yang menjadi objek sengketa",
    "Akibat yang timbul apabila informasi dibuka kepada publik",
    "Pengalaman pemohon dalam mengakses informasi pemilihan",
    "Standar pengelolaan arsip dan dokumentasi hasil pemilihan",
    "Kepentingan publik atas keterbukaan informasi anggaran pemilihan",
)


def s02_ki_pemeriksaan_saksi_ahli(ctx: Ctx) -> Letter:
    """The KI tells the parties that the next adjudication hearing will hear witnesses and
    experts: the case in a shaded panel (register, applicant, respondent, disputed information),
    the hearing's day, hour, room and agenda, a table No | Nama | Kedudukan | Diajukan oleh |
    Pokok Keterangan, the respondent's right to bring its own and the deadline for their list;
    signed by the substitute registrar."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    sender = kop_ki2(d, rng)
    num = ki_nomor(rng, ctx.date, "PS")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Sidang Pemeriksaan Saksi dan Ahli",
            "Pemberitahuan Agenda Sidang Ajudikasi (Keterangan Saksi dan Ahli)",
            "Sidang Lanjutan: Pemeriksaan Saksi/Ahli",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0", "day"))),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Ketua KPU Provinsi Sumatera Selatan",
            "selaku Atasan PPID / Termohon",
            "di Palembang",
        ],
    )
    d.gap(8)
    p = person19(rng, degree_p=0.3, prefix_p=0.1)
    reg = ki_register(rng, ctx.date - timedelta(days=rng.randint(30, 80)))
    item = info_item(rng) if rng.random() < 0.7 else short_item(rng)
    show_item = rng.random() < 0.8
    rows = [
        ("Register Nomor", reg),
        ("Pemohon", p["name"]),
        ("Termohon", "PPID KPU Provinsi Sumatera Selatan"),
    ]
    if show_item:
        rows.append(("Informasi yang Disengketakan", item))
    fs = c.size - 0.5
    lw = max(tw(k, c.b, fs) for k, _ in rows) + 10
    h = sum(len(wrap(v, c.r, fs, d.W - lw - 40)) for _, v in rows) * fs * 1.42 + 16
    d.need(h + 10)
    d.pg.rect(d.L, d.y, d.W, h, 0.6, INK, (236, 240, 246))
    d.y += 8 + fs
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 10, size=fs, font=c.r)
    d.y += 4
    d.gap(6)
    day = add_wd(ctx.date, rng.randint(4, 9))
    d.para(
        "Dengan ini diberitahukan bahwa sidang ajudikasi lanjutan atas perkara tersebut akan dilaksanakan pada:",
        justify=True,
    )
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(day, "day")),
            ("Pukul", f"{rng.choice(('09.00', '09.30', '10.00', '13.30'))} WIB s.d. selesai"),
            (
                "Tempat",
                rng.choice(
                    (
                        "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
                        "Ruang Sidang Utama Lantai 2",
                    )
                ),
            ),
            ("Agenda", "Mendengarkan keterangan saksi dan ahli"),
        ],
        x=d.L + 16,
    )
    d.para(
        "Saksi dan/atau ahli yang telah diajukan dan akan didengar keterangannya adalah sebagai berikut:",
        justify=True,
    )
    n = rng.randint(2, 3)
    people = [person19(rng, degree_p=0.6, prefix_p=0.2) for _ in range(n)]
    pts = rng.sample(SAKSI_POINTS, n)
    kinds = [rng.choice(("Saksi", "Ahli")) for _ in range(n)]
    by = [rng.choice(("Pemohon", "Pemohon", "Termohon")) for _ in range(n)]
    trs = [
        [str(i + 1), q["name"], k, b, t]
        for i, (q, k, b, t) in enumerate(zip(people, kinds, by, pts, strict=True))
    ]
    wn = d.W
    table2(
        d,
        [22, wn * 0.28, wn * 0.13, wn * 0.15, wn - 22 - wn * 0.56],
        trs,
        ["No", "Nama", "Kedudukan", "Diajukan oleh", "Pokok Keterangan"],
        size=c.size - 1.5,
    )
    dl = add_wd(ctx.date, 2)
    d.para(
        f"Termohon dapat mengajukan saksi dan/atau ahli dengan menyampaikan daftar nama dan pokok keterangannya kepada "
        f"Kepaniteraan paling lambat {fmt_date(dl, 'long')}. Para pihak diminta hadir tepat waktu dengan membawa surat kuasa "
        "dan identitas diri.",
        justify=True,
    )
    keep(d, ["Demikian pemberitahuan ini disampaikan untuk menjadi perhatian."], 120)
    d.para("Demikian pemberitahuan ini disampaikan untuk menjadi perhatian.")
    who = person19(rng, degree_p=1.0, prefix_p=0.0)
    sign_block(d, ["Panitera Pengganti,"], who["name"])
    fields = F(
        applicant_name=p["name"],
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_ki_pemeriksaan_saksi_ahli", d.pages, fields)


def s03_ptun_aanmaning_eksekusi(ctx: Ctx) -> Letter:
    """The administrative court's bailiff summons the PPID to be admonished (aanmaning) to carry
    out a final KI decision the applicant asked to have executed: court letterhead (Mahkamah
    Agung and Ditjen umbrella lines), title RELAAS PANGGILAN TEGURAN (AANMANING) with the
    execution number under it, "Pada hari ini ..." narrative, the respondent's rows, the day and
    hour to appear, the KI decision and register numbers, the applicant's name and address, the
    amar quoted; receiver and bailiff sign."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=58)
    kop2(
        d,
        [
            ("MAHKAMAH AGUNG REPUBLIK INDONESIA", c.b, 11.5),
            ("DIREKTORAT JENDERAL BADAN PERADILAN MILITER DAN TATA USAHA NEGARA", c.b, 9.5),
            ("PENGADILAN TATA USAHA NEGARA PALEMBANG", c.b, 14),
        ],
        [
            "Jl. Jenderal Ahmad Yani No. 67 Palembang 30264  Telp. (0711) 513 456  Laman: ptun-palembang.go.id"
        ],
        "l",
        rng.choice((INK, (0, 80, 40))),
        "double",
        kinds=("scale",),
    )
    org = "PENGADILAN TATA USAHA NEGARA PALEMBANG"
    y_ = ctx.date.year
    num = rng.choice(
        (
            f"{rng.randint(1, 12)}/Pen.Eks/KI/{y_}/PTUN.PLG",
            f"{rng.randint(1, 12)}/Eks/{y_}/PTUN.PLG",
        )
    )
    d.line_text("RELAAS PANGGILAN TEGURAN (AANMANING)", font=c.b, size=c.size + 1.5, align="c")
    d.line_text(f"Nomor {num}", align="c")
    d.gap(8)
    p = person19(rng, degree_p=0.3, prefix_p=0.1)
    jur = person19(rng, degree_p=0.6, prefix_p=0.0)
    kid = ctx.date - timedelta(days=rng.randint(90, 200))
    reg = ki_register(rng, kid - timedelta(days=rng.randint(40, 90)))
    kiput = f"{rng.randint(1, 60):03d}/KI-SS/PS-A/{roman(kid.month)}/{kid.year}"
    d.para(
        f"Pada hari ini {HARI[ctx.date.weekday()]}, tanggal {fmt_date(ctx.date, 'long')}, saya, {jur['name']}, Jurusita pada "
        "Pengadilan Tata Usaha Negara Palembang, atas perintah Ketua Pengadilan Tata Usaha Negara Palembang berdasarkan "
        f"Penetapan Nomor {num}, telah memanggil:",
        justify=True,
    )
    kv_rows(
        d,
        [
            (
                "Nama",
                "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            ),
            ("Kedudukan", "Termohon Eksekusi"),
            ("Alamat", "Jl. Kapten A. Rivai No. 95 Palembang"),
        ],
        x=d.L + 16,
    )
    day = add_wd(ctx.date, rng.randint(5, 9))
    d.para(
        "untuk datang menghadap Ketua Pengadilan Tata Usaha Negara Palembang pada:", justify=True
    )
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(day, "day")),
            ("Pukul", f"{rng.choice(('09.00', '10.00'))} WIB"),
            ("Tempat", "Ruang Ketua Pengadilan Tata Usaha Negara Palembang"),
        ],
        x=d.L + 16,
    )
    show_addr = rng.random() < 0.6
    addr = address16(p, rng)
    item = info_item(rng)
    d.para(
        "guna diberi teguran (aanmaning) agar dalam waktu 8 (delapan) hari setelah teguran melaksanakan dengan sukarela isi "
        f"Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {kiput} tanggal {fmt_date(kid, 'long')} "
        f"(Register Nomor {reg}) yang telah berkekuatan hukum tetap, atas permohonan eksekusi dari {p['name']}"
        + (f", beralamat di {addr}" if show_addr else "")
        + ", selaku Pemohon Eksekusi, yang amarnya antara lain berbunyi:",
        justify=True,
    )
    amar = (
        f"\u201cMemerintahkan Termohon untuk memberikan informasi berupa {lc1(item)} kepada Pemohon "
        "paling lambat 14 (empat belas) hari kerja sejak putusan ini berkekuatan hukum tetap.\u201d"
    )
    d.para(amar, font=c.i, x=d.L + 24, w=d.W - 48)
    d.para(
        "Panggilan ini saya sampaikan dengan cara menyerahkan salinan relaas kepada petugas yang berwenang di kantor Termohon, "
        "yang menerima dan menandatangani relaas ini.",
        justify=True,
    )
    recv = person19(rng, degree_p=0.3, prefix_p=0.0)
    sign_cols(
        d,
        [
            {"pre": ["Yang menerima,"], "name": recv["core"]},
            {"pre": ["Jurusita,"], "name": jur["name"]},
        ],
    )
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_ptun_aanmaning_eksekusi", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
KPU_ADDR20 = "Jl. Kapten A. Rivai No. 95, Kel. Sungai Pangeran, Kec. Ilir Timur I, Palembang"


def m01_pdam_tunggakan_rekening(ctx: Ctx) -> Letter:
    """The city water company warns about unpaid water bills of the office's connection: umbrella
    line now and then, customer rows (connection number, name, address, tariff group), a table of
    the months owed (usage, bill, fine, total), the total in words, payment channels and the
    warning of a sealed meter; signed "a.n. Direksi" by the customer-relations manager."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    names = rng.choice(
        (
            ["PERUMDA AIR MINUM TIRTA MUSI"],
            ["PERUSAHAAN UMUM DAERAH AIR MINUM", "TIRTA MUSI KOTA PALEMBANG"],
        )
    )
    lines = [(s, c.b, 15 if i == 0 else 13) for i, s in enumerate(names)]
    if rng.random() < 0.4:
        lines = [("PEMERINTAH KOTA PALEMBANG", c.b, 11), *lines]
    color = rng.choice(((0, 90, 160), (0, 120, 150), INK))
    kop2(
        d,
        lines,
        [
            "Jl. Rambutan Ujung No. 1 Palembang 30114  Telp. (0711) 355 222  Call Center 1500 118",
            "Laman: tirtamusi.co.id  Surel: humas@tirtamusi.co.id",
        ],
        rng.choice(("l", "l", "c")),
        color,
        rng.choice(("double", "band", "thinthick")),
        kinds=("shield",),
    )
    sender = " ".join(names)
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(100, 2400):04d}/TM-HUB/{roman(m_)}/{y_}",
            f"690/{rng.randint(100, 999)}/PDAM-TM/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Tunggakan Rekening Air",
            "Peringatan Pembayaran Rekening Air",
            "Pemberitahuan Tunggakan dan Rencana Penyegelan",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            rng.choice(
                (
                    "Sekretaris KPU Provinsi Sumatera Selatan",
                    "Kepala Bagian Keuangan, Umum dan Logistik",
                    "Pimpinan Kantor KPU Provinsi Sumatera Selatan",
                )
            ),
            "di -",
            "Palembang",
        ],
    )
    d.gap(8)
    d.para("Dengan hormat,")
    d.para(
        f"Berdasarkan data rekening pelanggan pada kami sampai dengan tanggal {fmt_date(ctx.date - timedelta(days=rng.randint(2, 9)), 'long')}, "
        "masih terdapat tunggakan rekening air atas sambungan sebagai berikut:",
        justify=True,
    )
    kv_rows(
        d,
        [
            (
                "Nomor Sambungan",
                f"{rng.randint(1, 9)}{rng.randint(10, 99)}.{rng.randint(1000, 9999)}.{rng.randint(10, 99)}",
            ),
            (
                "Nama Pelanggan",
                rng.choice(
                    (
                        "KPU Provinsi Sumatera Selatan",
                        "Kantor KPU Prov. Sumsel",
                        "KOMISI PEMILIHAN UMUM PROV. SUMSEL",
                    )
                ),
            ),
            ("Alamat", KPU_ADDR20),
            (
                "Golongan Tarif",
                rng.choice(
                    ("Instansi Pemerintah (4A)", "Kantor Pemerintah / Instansi", "Niaga Kecil (3A)")
                ),
            ),
        ],
        x=d.L + 16,
    )
    months = rng.randint(2, 4)
    rows = []
    tot = 0
    for k in range(months, 0, -1):
        mm = (m_ - k - 1) % 12 + 1
        yy = y_ if m_ - k - 1 >= 0 else y_ - 1
        use = rng.randint(40, 160)
        bill = use * rng.choice((6800, 7400, 8100)) + 15000
        fine = rng.choice((0, 10000, 15000, 25000))
        tot += bill + fine
        rows.append([f"{BULAN[mm - 1]} {yy}", str(use), rp0(bill), rp0(fine), rp0(bill + fine)])
    rows = [[str(i + 1), *r] for i, r in enumerate(rows)]
    rows.append(["", "JUMLAH", "", "", "", rp0(tot)])
    wn = d.W
    table2(
        d,
        [24, wn * 0.22, wn * 0.16, wn * 0.19, wn * 0.16, wn - 24 - wn * 0.73],
        rows,
        ["No", "Bulan Rekening", "Pemakaian (m\u00b3)", "Tagihan", "Denda", "Jumlah"],
        size=c.size - 1.5,
    )
    d.para(f"Terbilang: {terbilang(tot).strip()} rupiah.", font=c.i)
    due = add_wd(ctx.date, rng.choice((5, 7)))
    d.para(
        f"Kami mohon tunggakan tersebut dapat dilunasi paling lambat tanggal {fmt_date(due, 'long')} melalui loket pembayaran "
        "Perumda, bank mitra, kantor pos, minimarket atau aplikasi pembayaran daring. Apabila sampai batas waktu tersebut "
        "tunggakan belum dilunasi, dengan sangat menyesal kami akan melakukan penyegelan meter air sampai tunggakan diselesaikan.",
        justify=True,
    )
    d.para(
        "Apabila tunggakan tersebut telah dibayar, mohon surat ini diabaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.",
        justify=True,
    )
    who = person19(rng, degree_p=0.7, prefix_p=0.05)
    sign_block(
        d,
        ["a.n. Direksi", rng.choice(("Manajer Hubungan Pelanggan,", "Kepala Bagian Penagihan,"))],
        who["name"],
    )
    return Letter(
        "surat_masuk",
        "M01_pdam_tunggakan_rekening",
        d.pages,
        sm_fields(num, ctx.date, subj, sender),
    )


MIL_SUBJECTS = (
    "Koordinasi Pengamanan Tahapan Pemutakhiran Data Pemilih",
    "Permintaan Data Lokasi Gudang Logistik",
    "Undangan Rapat Koordinasi Pengamanan Wilayah",
    "Pemberitahuan Kegiatan Apel Kesiapsiagaan",
    "Koordinasi Pengamanan Kantor dan Gudang",
)


def m02_kodim_format_militer(ctx: Ctx) -> Letter:
    """A military command writes in the armed forces' letter format: the issuing unit under its
    superior command at the top left (no emblem, the unit underlined), Nomor B/.../..., Klasifikasi,
    Lampiran, Perihal at the left with the place-date and the Kepada block at the right, numbered
    paragraphs ("1. Dasar: a. ... b. ..."), the commander's signature with rank and NRP, Tembusan;
    sometimes received by fax (the machine's header line on top, a bilevel scan)."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=50)
    pg = d.pg
    if rng.random() < 0.6:
        up, unit = (
            "KOMANDO RESOR MILITER 044/GARUDA DEMPO",
            "KOMANDO DISTRIK MILITER 0418/PALEMBANG",
        )
        sig_role, short = "Komandan Kodim 0418/Palembang,", "Kodim 0418"
        rank = rng.choice(("Letnan Kolonel Inf", "Letnan Kolonel Arm", "Letnan Kolonel Kav"))
    else:
        up, unit = "KOMANDO DAERAH MILITER II/SRIWIJAYA", "KOMANDO RESOR MILITER 044/GARUDA DEMPO"
        sig_role, short = "Komandan Korem 044/Gapo,", "Korem 044/Gapo"
        rank = rng.choice(("Brigadir Jenderal TNI", "Kolonel Inf"))
    fax = rng.random() < 0.3
    y = d.y
    if fax:
        fx = f"{ctx.date.strftime('%d/%m/%Y')} {hhmm(rng, ':')}  FAX 0711{rng.randint(300000, 799999)}  {short.upper()}  P.001/00{rng.randint(1, 2)}"
        pg.t(d.L - 20, 26, fx, "mr", 7.5)
    fs = c.size
    w_up = tw(up, c.r, fs)
    w_un = tw(unit, c.r, fs)
    cx = d.L + max(w_up, w_un) / 2
    pg.t(cx, y, up, c.r, fs, align="c")
    y += fs * 1.35
    pg.t(cx, y, unit, c.r, fs, align="c")
    pg.line(cx - w_un / 2, y + 2.5, cx + w_un / 2, y + 2.5, 0.8)
    d.y = y + 46
    num = f"B/{rng.randint(40, 1900)}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(MIL_SUBJECTS)
    rx = d.L + d.W * 0.62
    lw = tw("Klasifikasi", c.r, fs) + 8
    vx = d.L + lw + tw(": ", c.r, fs)
    sfs = fit_size([subj], c.r, fs, rx - vx - 14)
    y0 = d.y
    pd = pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long", "upper")))
    pg.t(rx, y0 - fs * 1.6, pd, c.r, fs)
    rows = [
        ("Nomor", num),
        ("Klasifikasi", rng.choice(("Biasa", "Biasa", "Segera"))),
        ("Lampiran", "-"),
        ("Perihal", subj),
    ]
    for k, (lab, v) in enumerate(rows):
        yy = y0 + k * fs * 1.45
        pg.t(d.L, yy, lab, c.r, fs)
        pg.t(d.L + lw, yy, ":", c.r, fs)
        pg.t(vx, yy, v, c.r, sfs if lab == "Perihal" else fs)
    kep = ["Kepada", "Yth. Ketua KPU Provinsi", "Sumatera Selatan", "di", "Palembang"]
    ind = tw("Yth. ", c.r, fs)
    for k, s in enumerate(kep):
        yy = y0 + k * fs * 1.45
        xx = rx + (ind if k == 2 else 0) + (14 if k == 4 else 0)
        pg.t(xx, yy, s, c.r, fs)
    pg.line(
        rx + 14,
        y0 + 4 * fs * 1.45 + 2.5,
        rx + 14 + tw("Palembang", c.r, fs),
        y0 + 4 * fs * 1.45 + 2.5,
        0.6,
    )
    d.y = y0 + 5 * fs * 1.45 + 14
    xn = d.L + 18
    d.need(fs * 1.4)
    pg = d.pg
    pg.t(d.L + 4, d.y, "1.", c.r, fs)
    pg.t(xn, d.y, "Dasar:", c.r, fs)
    d.y += fs * 1.42
    dasar = [
        "Undang-Undang Nomor 34 Tahun 2004 tentang Tentara Nasional Indonesia;",
        f"Program Kerja {short} Tahun Anggaran {ctx.date.year}; dan",
        "Hasil rapat koordinasi Forkopimda Provinsi Sumatera Selatan tentang kesiapan pengamanan penyelenggaraan pemilihan.",
    ]
    lettered(d, dasar, x=xn, hang=14)
    body = {
        MIL_SUBJECTS[
            0
        ]: "dalam rangka mendukung kelancaran tahapan pemutakhiran data pemilih berkelanjutan, kami bermaksud melaksanakan koordinasi pengamanan dengan jajaran KPU Provinsi Sumatera Selatan",
        MIL_SUBJECTS[
            1
        ]: "dalam rangka pemetaan kerawanan dan pengamanan logistik, kami mohon bantuan Saudara untuk menyampaikan data lokasi gudang logistik KPU beserta nama penanggung jawabnya",
        MIL_SUBJECTS[
            2
        ]: "kami mengundang Saudara atau pejabat yang ditunjuk untuk menghadiri rapat koordinasi pengamanan wilayah di Makodim",
        MIL_SUBJECTS[
            3
        ]: "akan dilaksanakan apel kesiapsiagaan pasukan pengamanan yang melibatkan unsur penyelenggara pemilihan, dan kami mohon kehadiran perwakilan KPU",
        MIL_SUBJECTS[
            4
        ]: "kami akan melaksanakan patroli dan pengecekan pengamanan kantor serta gudang KPU di wilayah kami",
    }[subj]
    for k, s in enumerate(
        (
            f"Sehubungan dengan dasar tersebut di atas, {body}.",
            f"Untuk koordinasi lebih lanjut dapat menghubungi Pasi Ops {short}, {person19(rng, male=True, degree_p=0.0, prefix_p=0.0)['core']} (HP {person19(rng)['phone']}).",
            "Demikian untuk dimaklumi.",
        ),
        2,
    ):
        d.need(fs * 1.4)
        d.pg.t(d.L + 4, d.y, f"{k}.", c.r, fs)
        d.para(s, x=xn, justify=True)
    boss = person19(
        rng,
        male=True,
        degree_p=0.2,
        prefix_p=0.0,
        ethnic=rng.choice(("gen", "jawa", "batak", "plg")),
    )
    bname = boss["name"].split(",")[0]
    bx = d.L + d.W * 0.5
    d.need(120)
    d.gap(6)
    d.pg.t(bx, d.y, sig_role, c.r, fs)
    c.sig(d.pg, bx + 10, d.y + 6, 90)
    if rng.random() < 0.8:
        c.stamp(d.pg, bx - 36, d.y - 8, unit[:30], "TNI", 70)
    d.y += 58
    d.pg.t(bx, d.y, bname, c.r, fs)
    d.pg.line(bx, d.y + 2, bx + tw(bname, c.r, fs), d.y + 2, 0.6)
    d.y += fs * 1.4
    d.pg.t(bx, d.y, f"{rank} NRP {rng.randint(11900000, 11999999)}", c.r, fs)
    d.y += fs * 2.2
    d.line_text("Tembusan:", size=fs - 1)
    for s in (
        "1. Danrem 044/Gapo" if short.startswith("Kodim") else "1. Pangdam II/Sriwijaya",
        "2. Kapolda Sumatera Selatan",
        "3. Arsip",
    ):
        d.line_text(s, size=fs - 1)
    hint = (
        {"mode": "1", "fmt": rng.choice(("tif", "png")), "dpi": 200, "scan_only": True}
        if fax
        else None
    )
    if hint and hint["fmt"] == "png":
        hint["mode"] = "L"
    return Letter(
        "surat_masuk",
        "M02_kodim_format_militer",
        d.pages,
        sm_fields(num, ctx.date, subj, unit),
        scan_hint=hint,
    )


BAHASA_ROWS = (
    ("Papan nama gedung", "Election Center KPU Sumsel", "Pusat Pemilu KPU Sumsel"),
    ("Spanduk di pagar depan", "Let's Vote! Ayo Memilih", "Ayo Memilih!"),
    ("Penunjuk arah lantai 1", "Front Office / Help Desk", "Meja Layanan"),
    ("Papan layanan PPID", "PPID Service Corner", "Pojok Layanan PPID"),
    ("Stiker pintu ruang rapat", "Meeting Room", "Ruang Rapat"),
    ("Baliho sosialisasi", "Smart Voter Goes to Campus", "Pemilih Cerdas Masuk Kampus"),
    ("Penanda parkir", "Parking Area VIP", "Area Parkir Tamu Khusus"),
    ("Papan pengumuman", "Information Board", "Papan Informasi"),
)


def m03_balai_bahasa_ruang_publik(ctx: Ctx) -> Letter:
    """The provincial language office sends the results of its supervision of language use in
    the office's public spaces: ministry and agency umbrella lines, findings table No | Lokasi /
    Media | Tertulis | Seharusnya, the compliance score and its predicate, lettered
    recommendations, the head of the office signs with NIP."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    kop2(
        d,
        [
            ("KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH", c.b, 11),
            ("BADAN PENGEMBANGAN DAN PEMBINAAN BAHASA", c.b, 10.5),
            ("BALAI BAHASA PROVINSI SUMATERA SELATAN", c.b, 13.5),
        ],
        [
            "Jalan Seniman Amri Yahya, Kompleks Taman Budaya Sriwijaya, Jakabaring, Palembang 30257",
            "Laman: balaibahasasumsel.kemendikdasmen.go.id  Pos-el: balaibahasa.sumsel@kemendikdasmen.go.id",
        ],
        "l",
        rng.choice((INK, NAVY)),
        rng.choice(("double", "single")),
        kinds=("garuda",),
    )
    sender = "BALAI BAHASA PROVINSI SUMATERA SELATAN"
    y_ = ctx.date.year
    num = rng.choice(
        (
            f"{rng.randint(100, 1800):04d}/I5.12/BS.01.04/{y_}",
            f"{rng.randint(100, 1800)}/H3.12/BS/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Penyampaian Hasil Pengawasan Penggunaan Bahasa di Ruang Publik",
            "Hasil Pengawasan Penggunaan Bahasa Negara",
            "Penyampaian Hasil Penilaian Penggunaan Bahasa Indonesia",
        )
    )
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) berkas"), (hl, subj)], pdate16(rng, "Palembang", ctx.date)
    )
    yth_block(d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(8)
    visit = prev_wd(ctx.date - timedelta(days=rng.randint(10, 40)))
    d.para(
        "Dalam rangka pelaksanaan Undang-Undang Nomor 24 Tahun 2009 dan Peraturan Presiden Nomor 63 Tahun 2019 tentang "
        f"Penggunaan Bahasa Indonesia, tim Balai Bahasa telah melakukan pengawasan penggunaan bahasa di ruang publik kantor Saudara pada {fmt_date(visit, 'long')}. "
        "Hasil pengawasan tersebut adalah sebagai berikut.",
        justify=True,
    )
    rows = rng.sample(BAHASA_ROWS, rng.randint(3, 5))
    wn = d.W
    table2(
        d,
        [24, wn * 0.26, wn * 0.33, wn - 24 - wn * 0.59],
        [[str(i + 1), a, b, cc] for i, (a, b, cc) in enumerate(rows)],
        ["No", "Lokasi/Media", "Tertulis", "Seharusnya"],
        size=c.size - 1.5,
    )
    score = rng.uniform(62, 93)
    pred = "Sangat Baik" if score >= 86 else "Baik" if score >= 76 else "Cukup Baik"
    d.para(
        f"Berdasarkan hasil tersebut, nilai kepatuhan penggunaan bahasa di lingkungan kantor Saudara adalah {score:.2f}".replace(
            ".", ",", 1
        )
        + f" dengan predikat {pred}.",
        justify=True,
    )
    d.para("Sehubungan dengan itu, kami merekomendasikan hal-hal berikut.")
    lettered(
        d,
        [
            "mengutamakan bahasa Indonesia pada nama gedung, penunjuk arah, dan media informasi di ruang publik;",
            "menempatkan bahasa asing, jika diperlukan, di bawah bahasa Indonesia dengan ukuran huruf yang lebih kecil;",
            "melaporkan tindak lanjut perbaikan kepada Balai Bahasa paling lambat 30 hari sejak surat ini diterima.",
        ],
        x=d.L + 12,
    )
    d.para("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.")
    who = person19(rng, degree_p=1.0, prefix_p=0.2)
    sign_block(d, ["Kepala,"], who["name"], sub=f"NIP {nip(rng)}")
    return Letter(
        "surat_masuk",
        "M03_balai_bahasa_ruang_publik",
        d.pages,
        sm_fields(num, ctx.date, subj, sender),
    )


KABKPU = (
    ("KABUPATEN OGAN ILIR", "1610", "Jl. Lintas Timur Km. 35 Indralaya, Ogan Ilir", "Indralaya"),
    ("KABUPATEN LAHAT", "1604", "Jl. Mayor Ruslan No. 12 Lahat", "Lahat"),
    ("KABUPATEN MUSI BANYUASIN", "1606", "Jl. Kolonel Wahid Udin No. 7 Sekayu", "Sekayu"),
    ("KOTA PRABUMULIH", "1674", "Jl. Jenderal Sudirman No. 88 Prabumulih", "Prabumulih"),
    ("KABUPATEN OGAN KOMERING ULU", "1601", "Jl. Dr. Moh. Hatta No. 41 Baturaja", "Baturaja"),
    ("KOTA LUBUKLINGGAU", "1673", "Jl. Yos Sudarso No. 20 Lubuklinggau", "Lubuklinggau"),
)
ARSIP_ROWS = (
    ("Agenda surat masuk dan surat keluar", "2019-2021", "Asli", "4 buku"),
    ("Berkas pengadaan alat tulis kantor", "2019", "Asli dan salinan", "2 boks"),
    ("Daftar hadir rapat pleno terbuka", "2019-2020", "Asli", "1 boks"),
    ("Surat undangan rapat koordinasi", "2020-2021", "Asli", "3 ordner"),
    ("Berkas perjalanan dinas dalam daerah", "2018-2019", "Asli", "5 boks"),
    ("Kuitansi belanja barang persediaan", "2018", "Asli", "2 boks"),
    ("Laporan harian piket kantor", "2019-2021", "Asli", "6 buku"),
)


def m04_usul_musnah_arsip_kab(ctx: Ctx) -> Letter:
    """A regency / city KPU asks the provincial secretary to approve the destruction of records
    whose retention has run out (PKPU 17/2023): its own KPU letterhead, the cover letter, page 2
    the LAMPIRAN "DAFTAR ARSIP USUL MUSNAH" table (Jenis Arsip | Kurun Waktu | Tingkat
    Perkembangan | Jumlah | Keterangan) signed by the secretary."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    kab, code, addr, town = rng.choice(KABKPU)
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", c.b, 15), (kab, c.b, 13)],
        [
            addr,
            f"Laman: {re.sub(r'[^a-z]', '', kab.lower().replace('kabupaten', '').replace('kota', ''))}.kpu.go.id",
        ],
        "l",
        rng.choice((INK, MAROON)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda",),
    )
    sender = f"KOMISI PEMILIHAN UMUM {kab}"
    y_ = ctx.date.year
    num = rng.choice(
        (
            f"{rng.randint(10, 600)}/RT.03-SD/{code}/{y_}",
            f"{rng.randint(10, 600)}/HM.02-SD/{code}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Usul Persetujuan Pemusnahan Arsip",
            "Permohonan Persetujuan Pemusnahan Arsip",
            "Usul Pemusnahan Arsip Tahun " + str(y_),
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "1 (satu) berkas"), (hl, subj)],
        pdate16(rng, town, ctx.date),
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    d.para(
        "Berdasarkan Peraturan KPU Nomor 17 Tahun 2023 tentang Jadwal Retensi Arsip di Lingkungan Komisi Pemilihan Umum, "
        "Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota, serta hasil penilaian arsip oleh tim "
        "penilai, terdapat arsip yang telah habis masa retensinya dan tidak memiliki nilai guna lanjut.",
        justify=True,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami mengusulkan persetujuan pemusnahan arsip sebagaimana tercantum dalam daftar "
        "terlampir. Pemusnahan akan dilaksanakan setelah memperoleh persetujuan dan disaksikan oleh pejabat yang berwenang.",
        justify=True,
    )
    d.para("Demikian disampaikan, atas perhatian dan persetujuannya diucapkan terima kasih.")
    ketua = person19(rng, degree_p=0.8, prefix_p=0.1)
    sign_block(d, ["Ketua,"], ketua["name"])
    d.newpage()
    d.line_text(f"LAMPIRAN SURAT KPU {kab}", size=c.size - 1)
    d.line_text(f"NOMOR  : {num}", size=c.size - 1)
    d.line_text(f"TANGGAL: {fmt_date(ctx.date, 'long').upper()}", size=c.size - 1)
    d.gap(10)
    d.line_text("DAFTAR ARSIP USUL MUSNAH", font=c.b, size=c.size + 1, align="c")
    d.gap(4)
    rows = rng.sample(ARSIP_ROWS, rng.randint(4, 6))
    wn = d.W
    table2(
        d,
        [22, wn * 0.34, wn * 0.14, wn * 0.17, wn * 0.12, wn - 22 - wn * 0.77],
        [[str(i + 1), a, b, t, j, "Retensi habis, musnah"] for i, (a, b, t, j) in enumerate(rows)],
        ["No", "Jenis Arsip", "Kurun Waktu", "Tingkat Perkembangan", "Jumlah", "Keterangan"],
        size=c.size - 2,
    )
    sec = person19(rng, degree_p=0.8, prefix_p=0.1)
    sign_block(d, ["Sekretaris,"], sec["name"], sub=f"NIP {nip(rng)}")
    return Letter(
        "surat_masuk", "M04_usul_musnah_arsip_kab", d.pages, sm_fields(num, ctx.date, subj, sender)
    )


HOAX_POSTS = (
    (
        "PENTING!! Pemilihan gubernur akan diulang bulan depan, KTP lama tidak berlaku lagi. Segera daftar ulang di kantor KPU sebelum ditutup!!",
        "Pemungutan Suara Ulang Gubernur",
    ),
    (
        "Info dari orang dalam: data pemilih Sumsel bocor dan dijual di internet, cek nama kalian di link ini sebelum dihapus.",
        "Kebocoran Data Pemilih",
    ),
    (
        "Lowongan petugas KPPS 2026 sudah dibuka, biaya pendaftaran hanya Rp150.000, transfer ke rekening panitia berikut.",
        "Pungutan Pendaftaran KPPS",
    ),
    (
        "KPU Sumsel resmi menghapus 200 ribu pemilih dari DPT tanpa pemberitahuan! Sebarkan sebelum diturunkan!",
        "Penghapusan Pemilih dari DPT",
    ),
)
PLATFORMS = ("Facebook", "TikTok", "Instagram", "X (Twitter)", "WhatsApp Grup")


def hoax_stamp_img(rng: random.Random) -> Image.Image:
    w, h = 300, 110
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle((6, 6, w - 7, h - 7), outline=(210, 20, 20, 220), width=8)
    d.text(
        (w / 2, h / 2 + 2), "HOAKS", font=pil_font("hb", 64), fill=(210, 20, 20, 220), anchor="mm"
    )
    return im.rotate(rng.uniform(-18, -8), expand=True, resample=Image.BICUBIC)


def m05_diskominfo_laporan_hoaks(ctx: Ctx) -> Letter:
    """The provincial communications office reports an election hoax it found on social media:
    Pemda letterhead, the post reproduced in a framed card (avatar, account, date, text,
    reactions) with a red HOAKS stamp, a table of the accounts that spread it (Platform | Akun |
    Tanggal Unggah | Interaksi), the clarification wanted from the KPU; the head of office signs."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=56)
    sender = kop_pemda(
        d,
        rng,
        "PEMERINTAH PROVINSI SUMATERA SELATAN",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        "Jl. Kapten A. Rivai No. 23 Palembang 30129  Telp. (0711) 352 003  Laman: diskominfo.sumselprov.go.id",
    )
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"555/{rng.randint(100, 2200)}/Diskominfo/{y_}",
            f"{rng.randint(100, 2200)}/IKP/Kominfo/{roman(m_)}/{y_}",
        )
    )
    text, topic = rng.choice(HOAX_POSTS)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Penyampaian Hasil Identifikasi Isu Hoaks Kepemiluan",
            f"Laporan Isu Hoaks tentang {topic}",
            "Permintaan Klarifikasi atas Konten Hoaks",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    seen = prev_wd(ctx.date - timedelta(days=rng.randint(1, 4)))
    d.para(
        f"Berdasarkan hasil pemantauan media sosial oleh tim pengelola isu Dinas Komunikasi dan Informatika pada {fmt_date(seen, 'long')}, "
        "kami menemukan konten yang kami nilai sebagai hoaks terkait penyelenggaraan pemilihan sebagai berikut:",
        justify=True,
    )
    acct = rng.choice(
        (
            "@sumsel_viral_update",
            "@info.palembang.terkini",
            "Kabar Wong Kito",
            "@plg_24jam",
            "Seputar Sumsel News",
        )
    )
    fs = c.size - 1
    lines = wrap(text, "dr", fs, d.W - 120)
    h = 56 + len(lines) * fs * 1.35 + 22
    d.need(h + 10)
    top = d.y
    x = d.L + 40
    w = d.W - 80
    d.pg.rect(x, top, w, h, 0.8, (150, 150, 150), (250, 250, 252))
    d.pg.circle(x + 22, top + 22, 12, 0.6, (120, 120, 120), (190, 200, 215))
    d.pg.t(x + 42, top + 19, acct, "db", fs)
    d.pg.t(
        x + 42, top + 32, f"{fmt_date(seen, 'short1')} \u00b7 {hhmm(rng, ':')}", "dr", fs - 2, GREY
    )
    yy = top + 56
    for ln in lines:
        d.pg.t(x + 14, yy, ln, "dr", fs)
        yy += fs * 1.35
    react = f"{rng.randint(2, 90)},{rng.randint(1, 9)} rb suka   {rng.randint(120, 990)} komentar   {rng.randint(300, 4000)} dibagikan"
    d.pg.t(x + 14, yy + 6, react, "dr", fs - 2, GREY)
    d.pg.img(x + w - 160, top + 2, 120, 50, hoax_stamp_img(rng))
    d.y = top + h + 14
    n = rng.randint(2, 4)
    rows = []
    for i in range(n):
        dd = seen - timedelta(days=rng.randint(0, 3))
        rows.append(
            [
                str(i + 1),
                rng.choice(PLATFORMS),
                acct
                if i == 0
                else rng.choice(
                    (
                        "@warga_plg",
                        "@kabarsumsel_id",
                        "Grup Info Warga",
                        "@lubuklinggau.update",
                        "@oku_terkini",
                    )
                ),
                fmt_date(dd, "slash0"),
                f"{rng.randint(200, 25000):,}".replace(",", "."),
            ]
        )
    wn = d.W
    table2(
        d,
        [24, wn * 0.2, wn * 0.33, wn * 0.2, wn - 24 - wn * 0.73],
        rows,
        ["No", "Platform", "Akun Penyebar", "Tanggal Unggah", "Interaksi"],
        size=c.size - 1.5,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami mohon KPU Provinsi Sumatera Selatan dapat menyampaikan klarifikasi resmi "
        "untuk kami sebarluaskan melalui kanal informasi Pemerintah Provinsi, serta berkoordinasi dalam penanganan konten "
        "dimaksud sesuai ketentuan.",
        justify=True,
    )
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    who = person19(rng, degree_p=1.0, prefix_p=0.2)
    sign_block(
        d, [rng.choice(("Kepala Dinas,", "Plt. Kepala Dinas,"))], who["name"], sub=f"NIP {nip(rng)}"
    )
    return Letter(
        "surat_masuk",
        "M05_diskominfo_laporan_hoaks",
        d.pages,
        sm_fields(num, ctx.date, subj, sender),
    )


PHPU_REG = (
    ("BUPATI DAN WAKIL BUPATI", "EMPAT LAWANG", "BUP"),
    ("BUPATI DAN WAKIL BUPATI", "MUSI RAWAS UTARA", "BUP"),
    ("WALI KOTA DAN WAKIL WALI KOTA", "PAGAR ALAM", "KOT"),
    ("BUPATI DAN WAKIL BUPATI", "PENUKAL ABAB LEMATANG ILIR", "BUP"),
)


def m06_mk_panggilan_phpu(ctx: Ctx) -> Letter:
    """The Constitutional Court asks the provincial KPU to attend a hearing of a regional-election
    result dispute (after a re-run vote) and give information: the court's centred emblem
    letterhead, "Perkara Nomor .../PHPU.BUP-XXIV/2026", the parties in rows (Pemohon: the
    candidate pair; Termohon: the regency's KPU), the hearing's day, hour, room and agenda, the
    online link, signed by the Registrar.  An election-result dispute, not an information
    dispute."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=50)
    kop2(
        d,
        [("MAHKAMAH KONSTITUSI", c.b, 16), ("REPUBLIK INDONESIA", c.b, 13)],
        [
            "Jl. Medan Merdeka Barat No. 6 Jakarta 10110  Telp. (021) 2352 9000  Faks. (021) 352 0177",
            "Laman: www.mkri.id  Pos-el: office@mkri.id",
        ],
        "c",
        INK,
        rng.choice(("double", "single")),
        kinds=("garuda",),
    )
    sender = "MAHKAMAH KONSTITUSI REPUBLIK INDONESIA"
    y_ = ctx.date.year
    office, reg, code = rng.choice(PHPU_REG)
    case = f"{rng.randint(1, 40)}/PHPU.{code}-{'XXIII' if y_ == 2025 else 'XXIV'}/{y_}"
    num = f"{rng.randint(100, 900)}.{rng.randint(1, 40)}/PAN.MK/PS/{ctx.date.month:02d}/{y_}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Panggilan Sidang Perkara Nomor {case}",
            "Panggilan Sidang dan Permintaan Keterangan",
            "Pemberitahuan Sidang Pemeriksaan Pendahuluan",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Jakarta", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di", "Palembang"]
    )
    d.gap(8)
    p1 = person19(rng, male=True, degree_p=0.6, prefix_p=0.3)
    p2 = person19(rng, degree_p=0.6, prefix_p=0.2)
    title = title_id(f"{office} {reg}")
    d.para(
        "Berdasarkan Peraturan Mahkamah Konstitusi tentang Tata Beracara dalam Perkara Perselisihan Hasil Pemilihan Gubernur, "
        f"Bupati, dan Wali Kota, dengan hormat kami sampaikan bahwa Mahkamah Konstitusi telah meregistrasi Perkara Nomor {case} "
        f"perihal Perselisihan Hasil Pemilihan {title} Tahun 2024 (Pasca Pemungutan Suara Ulang), dengan para pihak:",
        justify=True,
    )
    kv_rows(
        d,
        [
            (
                "Pemohon",
                f"{p1['name']} dan {p2['name']} (Pasangan Calon Nomor Urut {rng.randint(1, 4)})",
            ),
            (
                "Termohon",
                f"Komisi Pemilihan Umum {title_id(('KOTA ' if code == 'KOT' else 'KABUPATEN ') + reg)}",
            ),
            ("Pihak Terkait", "Pasangan Calon peraih suara terbanyak"),
        ],
        x=d.L + 16,
    )
    day = add_wd(ctx.date, rng.randint(3, 8))
    d.para(
        "Sehubungan dengan itu, Saudara diminta hadir dalam persidangan untuk memberikan keterangan pada:",
        justify=True,
    )
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(day, "day")),
            ("Pukul", f"{rng.choice(('08.00', '09.00', '13.00', '13.30'))} WIB"),
            (
                "Tempat",
                f"Ruang Sidang Panel {rng.randint(1, 3)}, Gedung I Mahkamah Konstitusi, Lantai 2",
            ),
            (
                "Agenda",
                rng.choice(
                    (
                        "Pemeriksaan Pendahuluan",
                        "Mendengarkan Jawaban Termohon dan Keterangan Pihak Terkait",
                        "Pemeriksaan Persidangan",
                    )
                ),
            ),
        ],
        x=d.L + 16,
    )
    d.para(
        "Persidangan juga disiarkan secara daring melalui laman www.mkri.id. Keterangan tertulis beserta alat bukti disampaikan "
        "kepada Kepaniteraan paling lambat satu hari sebelum persidangan.",
        justify=True,
    )
    d.para("Atas perhatian Saudara, diucapkan terima kasih.")
    who = person19(rng, degree_p=1.0, prefix_p=0.3)
    sign_block(d, ["Panitera,"], who["name"])
    d.line_text("Tembusan:", size=c.size - 1)
    d.line_text("Yth. Ketua Komisi Pemilihan Umum Republik Indonesia", size=c.size - 1)
    return Letter(
        "surat_masuk", "M06_mk_panggilan_phpu", d.pages, sm_fields(num, ctx.date, subj, sender)
    )


LOTS = (
    (
        "1 (satu) unit kendaraan roda empat Toyota Kijang Innova, tahun 2012, kondisi rusak berat",
        45_000_000,
    ),
    ("1 (satu) unit kendaraan roda dua Honda Supra X 125, tahun 2011", 3_500_000),
    (
        "1 (satu) paket peralatan kantor (12 unit komputer, 5 unit printer), kondisi rusak",
        2_750_000,
    ),
    ("1 (satu) paket kotak suara aluminium bekas Pemilu 2014 sebanyak 320 buah", 12_800_000),
    ("1 (satu) paket bilik suara bekas sebanyak 540 buah", 4_300_000),
    ("1 (satu) unit kendaraan roda empat Mitsubishi L300, tahun 2010", 38_500_000),
)


def m07_kpknl_jadwal_lelang(ctx: Ctx) -> Letter:
    """The state asset and auction office (KPKNL Palembang) sets the date of the auction of the
    office's disused vehicles and equipment: four-line ministry letterhead, the office's own request
    letter cited, the auction's day, bidding deadline and method (closed bidding on lelang.go.id),
    a lot table (No. Lot | Uraian | Nilai Limit | Uang Jaminan), the seller's duties; the head of
    office signs."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=50)
    kop2(
        d,
        [
            ("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", c.b, 11),
            ("DIREKTORAT JENDERAL KEKAYAAN NEGARA", c.b, 10.5),
            ("KANTOR WILAYAH DJKN SUMATERA SELATAN, JAMBI, DAN BANGKA BELITUNG", c.b, 9.5),
            ("KANTOR PELAYANAN KEKAYAAN NEGARA DAN LELANG PALEMBANG", c.b, 12),
        ],
        [
            "Gedung Keuangan Negara Palembang, Jl. Kapten A. Rivai No. 4 Palembang 30129",
            "Telp. (0711) 358 575  Laman: www.djkn.kemenkeu.go.id",
        ],
        "l",
        rng.choice((INK, (0, 60, 120))),
        "double",
        kinds=("garuda",),
    )
    sender = "KANTOR PELAYANAN KEKAYAAN NEGARA DAN LELANG PALEMBANG"
    y_ = ctx.date.year
    num = f"S-{rng.randint(100, 2900)}/KNL.{rng.choice(('0401', '0402'))}/{y_}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Penetapan Jadwal Lelang",
            "Pemberitahuan Jadwal Pelaksanaan Lelang Barang Milik Negara",
            "Penetapan Hari dan Tanggal Lelang",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Yth. Sekretaris KPU Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95",
            "Palembang",
        ],
    )
    d.gap(8)
    kd = prev_wd(ctx.date - timedelta(days=rng.randint(7, 25)))
    knum = f"{rng.randint(100, 900)}/RT.03.2-SD/16/{kd.year}"
    d.para(
        f"Menindaklanjuti surat Saudara Nomor {knum} tanggal {fmt_date(kd, 'long')} hal Permohonan Lelang Barang Milik Negara "
        "berupa kendaraan bermotor dan peralatan kantor, dengan ini kami sampaikan bahwa lelang akan dilaksanakan pada:",
        justify=True,
    )
    day = add_wd(ctx.date, rng.randint(12, 20))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(day, "day")),
            ("Batas Akhir Penawaran", f"pukul {rng.choice(('10.00', '10.30', '11.00'))} WIB"),
            (
                "Cara Penawaran",
                "tanpa kehadiran peserta (closed bidding) melalui aplikasi lelang.go.id",
            ),
            ("Tempat", "Kantor Pelayanan Kekayaan Negara dan Lelang Palembang"),
        ],
        x=d.L + 16,
    )
    lots = rng.sample(LOTS, rng.randint(2, 4))
    rows = []
    for i, (u, lim) in enumerate(lots, 1):
        jam = int(lim * rng.choice((0.2, 0.25, 0.3)) // 1000 * 1000)
        rows.append([str(i), u, rp0(lim), rp0(jam)])
    wn = d.W
    table2(
        d,
        [34, wn * 0.52, wn * 0.2, wn - 34 - wn * 0.72],
        rows,
        ["Lot", "Uraian Barang", "Nilai Limit", "Uang Jaminan"],
        size=c.size - 1.5,
    )
    d.para("Sehubungan dengan hal tersebut, Saudara selaku Penjual agar:")
    lettered(
        d,
        [
            "mengumumkan lelang melalui surat kabar harian paling lambat 14 (empat belas) hari sebelum pelaksanaan lelang;",
            "menyediakan waktu bagi calon peserta untuk melihat barang (open house);",
            "menyerahkan dokumen kepemilikan barang kepada Pejabat Lelang sebelum lelang dilaksanakan.",
        ],
        x=d.L + 12,
    )
    d.para("Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.")
    who = person19(rng, degree_p=1.0, prefix_p=0.1)
    sign_block(d, ["Kepala Kantor,"], who["name"], sub=f"NIP {nip(rng)}")
    return Letter(
        "surat_masuk", "M07_kpknl_jadwal_lelang", d.pages, sm_fields(num, ctx.date, subj, sender)
    )


SMKS = (
    ("SMK NEGERI 2 PALEMBANG", "Jl. Sultan Mansyur No. 1, Bukit Lama, Palembang", "SMKN2"),
    ("SMK NEGERI 6 PALEMBANG", "Jl. Kapten Anwar Arsyad No. 4, Palembang", "SMKN6"),
    ("SMK PGRI 2 PALEMBANG", "Jl. Jenderal Sudirman Km. 4,5, Palembang", "SMKPGRI2"),
    ("SMK MUHAMMADIYAH 1 PALEMBANG", "Jl. Balayudha No. 2, Palembang", "SMKM1"),
)
KEAHLIAN = (
    "Manajemen Perkantoran",
    "Akuntansi",
    "Teknik Komputer dan Jaringan",
    "Rekayasa Perangkat Lunak",
    "Desain Komunikasi Visual",
)


def m08_smk_penarikan_pkl(ctx: Ctx) -> Letter:
    """A vocational school withdraws its pupils at the end of their work placement (PKL) at the
    office and thanks it: provincial education umbrella lines, the school line and its
    accreditation tag, a table of pupils (Nama | NISN | Kelas | Konsentrasi Keahlian), the placement
    period; page 2 the blank LEMBAR PENILAIAN PKL (aspects with dotted score cells) for the
    workplace supervisor."""
    rng = ctx.rng
    c = ctx
    d = Doc(ctx, top=50)
    school, saddr, code = rng.choice(SMKS)
    public = "NEGERI" in school
    lines = [
        ("PEMERINTAH PROVINSI SUMATERA SELATAN", c.b, 11),
        ("DINAS PENDIDIKAN", c.b, 11.5),
        (school, c.b, 14),
    ]
    if not public:
        lines = [
            ("YAYASAN PENDIDIKAN " + ("PGRI" if "PGRI" in school else "MUHAMMADIYAH"), c.b, 11),
            (school, c.b, 14),
        ]
    kop2(
        d,
        lines,
        [
            f"Terakreditasi {rng.choice(('A', 'Unggul', 'B'))}  NPSN {rng.randint(10600000, 10609999)}",
            f"{saddr}  Telp. (0711) {rng.randint(310000, 449999)}",
        ],
        rng.choice(("l", "lr")),
        rng.choice((INK, NAVY, GREEN)),
        rng.choice(("double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    sender = school
    y_ = ctx.date.year
    num = rng.choice(
        (
            f"421.5/{rng.randint(100, 900)}/{code}/{y_}",
            f"{rng.randint(100, 900)}/{code}/PKL/{roman(ctx.date.month)}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Penarikan Peserta Didik Praktik Kerja Lapangan (PKL)",
            "Penarikan Siswa PKL dan Permohonan Penilaian",
            "Penarikan Peserta Didik PKL",
        )
    )
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) lembar"), (hl, subj)], pdate16(rng, "Palembang", ctx.date)
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(8)
    start = ctx.date - timedelta(days=rng.choice((90, 120, 180)))
    d.para(
        f"Bersama ini kami sampaikan bahwa pelaksanaan Praktik Kerja Lapangan (PKL) peserta didik kami di kantor KPU Provinsi "
        f"Sumatera Selatan yang berlangsung sejak {fmt_date(start, 'long')} telah berakhir. Sehubungan dengan itu, kami menarik "
        "kembali peserta didik sebagai berikut:",
        justify=True,
    )
    n = rng.randint(2, 5)
    kls = rng.choice(("XI", "XII"))
    rows = []
    for i in range(n):
        q = person19(rng, degree_p=0.0, prefix_p=0.0)
        rows.append(
            [
                str(i + 1),
                q["core"],
                f"00{rng.randint(60000000, 89999999)}",
                f"{kls} {rng.choice(('MP', 'AK', 'TKJ', 'RPL'))} {rng.randint(1, 3)}",
                rng.choice(KEAHLIAN),
            ]
        )
    wn = d.W
    table2(
        d,
        [22, wn * 0.3, wn * 0.18, wn * 0.14, wn - 22 - wn * 0.62],
        rows,
        ["No", "Nama", "NISN", "Kelas", "Konsentrasi Keahlian"],
        size=c.size - 1.5,
    )
    d.para(
        "Kami mengucapkan terima kasih atas bimbingan yang telah diberikan. Bersama ini pula kami lampirkan lembar penilaian "
        "PKL untuk diisi oleh pembimbing dari KPU Provinsi Sumatera Selatan dan dapat dikembalikan melalui peserta didik.",
        justify=True,
    )
    who = person19(rng, degree_p=1.0, prefix_p=0.2)
    sign_block(d, ["Kepala Sekolah,"], who["name"], sub=f"NIP {nip(rng)}" if public else None)
    d.newpage()
    d.line_text(
        "LEMBAR PENILAIAN PRAKTIK KERJA LAPANGAN (PKL)", font=c.b, size=c.size + 1, align="c"
    )
    d.line_text(
        f"{title_id(school)} Tahun Pelajaran {y_ - 1}/{y_}"
        if ctx.date.month < 7
        else f"{title_id(school)} Tahun Pelajaran {y_}/{y_ + 1}",
        align="c",
    )
    d.gap(10)
    for lab, val in (
        ("Nama Peserta Didik", ""),
        ("Kelas / Konsentrasi", ""),
        ("Tempat PKL", "KPU Provinsi Sumatera Selatan"),
        ("Periode PKL", ""),
    ):
        form_row(d, lab, val, 130, False)
    d.gap(6)
    aspects = [
        "Disiplin dan kehadiran",
        "Tanggung jawab",
        "Kerja sama",
        "Inisiatif",
        "Penguasaan pekerjaan administrasi",
        "Penggunaan peralatan kantor",
        "Sikap dan sopan santun",
    ]
    table2(
        d,
        [24, d.W * 0.5, d.W * 0.18, d.W - 24 - d.W * 0.68],
        [[str(i + 1), a, "", ""] for i, a in enumerate(aspects)],
        ["No", "Aspek yang Dinilai", "Nilai (10-100)", "Keterangan"],
        dotted_cols=(2, 3),
        size=c.size - 1,
    )
    d.line_text("Palembang, .................................", x=d.R - 200)
    d.line_text("Pembimbing Dunia Kerja,", x=d.R - 200)
    d.gap(40)
    d.line_text("(.........................................)", x=d.R - 200)
    return Letter(
        "surat_masuk", "M08_smk_penarikan_pkl", d.pages, sm_fields(num, ctx.date, subj, sender)
    )


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_kelompok_tani_kades, 0.0, 0.35),
        (p02_pensiunan_nip_lama, 0.3, 0.35),
        (p03_bem_kajian_tim, 0.0, 0.5),
        (p04_majelis_jemaat_gereja, 0.0, 0.4),
        (p05_koperasi_badan_hukum, 0.0, 0.5),
        (p06_rumah_produksi_dokumenter, 0.0, 0.55),
        (p07_kupon_leaflet_tempel, 1.0, 0.0),
        (p08_denah_lokasi_lampiran, 0.3, 0.35),
        (p09_grid_empat_kolom, 0.3, 0.45),
    ],
    "keberatan": [
        (k01_hand_a5_spiral, 1.0, 0.0),
        (k02_ceklis_kelengkapan_berkas, 0.0, 0.0),
        (k03_penomoran_desimal, 0.0, 0.45),
        (k04_foto_papan_pengumuman, 0.0, 0.4),
        (k05_wni_luar_negeri, 0.0, 0.6),
    ],
    "sengketa": [
        (s01_ki_permintaan_uji_konsekuensi, 0.0, 0.45),
        (s02_ki_pemeriksaan_saksi_ahli, 0.0, 0.45),
        (s03_ptun_aanmaning_eksekusi, 0.0, 0.4),
    ],
    "surat_masuk": [
        (m01_pdam_tunggakan_rekening, 0.0, 0.4),
        (m02_kodim_format_militer, 0.0, 0.4),
        (m03_balai_bahasa_ruang_publik, 0.0, 0.45),
        (m04_usul_musnah_arsip_kab, 0.0, 0.45),
        (m05_diskominfo_laporan_hoaks, 0.0, 0.5),
        (m06_mk_panggilan_phpu, 0.0, 0.5),
        (m07_kpknl_jadwal_lelang, 0.0, 0.45),
        (m08_smk_penarikan_pkl, 0.0, 0.4),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 20)
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
            assert nik_valid(v) != bool(extra.get("nik_invalid")), (lid, k, v)
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
    rng = random.Random(f"twentieth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s20_{k:04d}"
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
        print("usage: make_twentieth_corpus.py OUT_DIR N SEED")
        sys.exit(2)
    out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    tasks = [(k, seed, out, c, li) for k, (c, li) in enumerate(plan(n, seed), 1)]
    with Pool(max(1, min(4, os.cpu_count() or 1))) as pool:
        lines = pool.map(build, tasks, chunksize=1)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    print(f"{n} letters in {out} ({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()

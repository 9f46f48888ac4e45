# ruff: noqa: E501
"""Eighteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_eighteenth_corpus.py OUT_DIR N SEED

writes N letters (s18_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s18_0001_p1.jpg, s18_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the seventeenth generator (and ../shared/sample/truth.jsonl): id,
files, class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi,
fields (all 17 keys, null where the letter does not state them), page_text (the text printed on
each page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: a KTP copy, the
desk's receipt, a website screenshot) and, for scans, scan (format, mode, dpi and per page
skew_deg, blur_px, noise_sigma, faded, rotation, jpeg_quality, stamps; a received stamp's box_px
is in the page image before skew and rotation); "nik_invalid": true on the few letters whose NIK
is printed wrongly on purpose.  The same SEED gives the same corpus, byte for byte; letters are
built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
seventeenth generator's rendering code, copied here (page model, renderers, scan degradation,
people and place pools, shared helpers; three regencies added - OKU Selatan 1609, Empat Lawang
1611, Musi Rawas Utara 1613 - OKU Timur's NIK code corrected to 1608, more names per origin, the
"Pdt." title kept for Batak names only): the file imports nothing from the project.  Classes in
fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 % surat_masuk,
largest remainder); the layouts of a class are used round-robin in a seed-shuffled order.  About
a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces); the rest are
scans drawn with Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur,
noise, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees, a
"DITERIMA" received stamp, organisation stamps, signatures, meterai) saved as PNG, JPEG,
multi-page TIFF or image-only PDF; scans also use URW Bookman, Gothic, Palatino, Century and
Narrow faces.  P04 and P06 are always scans (paper bundles annotated by hand).  Hand-filled /
hand-written letters (fifthhorseman dkg hand) are always scans, about 8 % of all letters (P06
when its margin notes carry a value, P07 / K03 / K05 hand variants).  People come from Javanese,
Palembang-Malay (Kms., Mgs., Kgs., Nyimas, Nyayu, Masayu ...), Batak (br.), Minang,
Chinese-Indonesian, Arab-descended, Balinese and general pools, with titles and degrees;
addresses use Jl. / Lrg. / Komplek / Perumahan / Dusun / Banjar, RT/RW, Kel. or Desa, Kec., Kota
/ Kab. and post codes in many spellings; identity labels vary ("No. HP", "Telp/WA", "HP/WhatsApp",
"Surel", "Alamat E-mail", "No. KTP", "Nomor Induk Kependudukan" ...), and so do the date formats.
NIKs carry real Sumatera Selatan kab/kota codes (1601-1613, 1671-1674).  Some letters carry a KTP
copy (P04, P05 both cards, P06, P07, K01, K02 sometimes); P01, P04, K02, K03, K04, K05, S01, M03
always run to two pages or more, others when long.

Layouts (code, class: one line each)
  P01_kades_musdes_berita_acara permohonan  village head on the desa letterhead (PEMERINTAH KABUPATEN /
                                           KECAMATAN / DESA or KANTOR KEPALA DESA), identity rows with
                                           Jabatan, asks "berdasarkan hasil Musyawarah Desa"; page 2
                                           the BERITA ACARA MUSYAWARAH DESA (day in words, participants'
                                           table, agreements, Ketua BPD and kepala desa sign)
  P02_dprd_kab_rumah_aspirasi  permohonan  member of a regency / city DPRD on a personal letterhead
                                           (photo, name, faction, commission, Daerah Pemilihan, "Rumah
                                           Aspirasi" contact line), dash items, identity rows after them
                                           or one closing sentence, Tembusan to the DPRD chair
  P03_fwd_surel_berantai       permohonan  Gmail print of "Fwd: Re: ..." : the citizen's note to the
                                           provincial PPID, the forwarded header block, the KPU
                                           kabupaten's reply redirecting him, the original request quoted
                                           under "Pada ... menulis:" with a grey bar
  P04_memo_tempel_pengantar    permohonan  page 1 the applicant's hand-written cover memo (printed
                                           MEMO / NOTE pad with a shop's imprint, or a sticky note, the
                                           staple), page 2 the typed request, KTP page often; a scan
  P05_dua_pemohon_bersama      permohonan  joint request of two people: a ruled grid label | PEMOHON I |
                                           PEMOHON II with both addresses as full-width rows, or one
                                           numbered block each; lettered items; both sign side by side
  P06_catatan_pinggir_pemohon  permohonan  typed citizen letter with a wide margin the writer annotated
                                           by pen: phone added in the margin with an arrow, an "NB:"
                                           wish under the signature, loose notes at the top; a scan
  P07_mantan_adhoc_riwayat_tugas permohonan former PPK / PPS / KPPS / Pantarlih member asks for records
                                           of his own service: identity with birth, a "Riwayat Tugas"
                                           table (Tahun | Jabatan | Wilayah Tugas | Nomor SK) or dash
                                           lines by hand on folio; NIK mistyped now and then
  P08_banjar_adat_om_swastiastu permohonan Balinese banjar adat of the Belitang area (OKU Timur):
                                           "Om Swastiastu," ... "Om Santih, Santih, Santih Om", the
                                           Kelian Banjar asks for the krama, Kelian and Penyarikan sign
  K01_perki_pasal39_prosa      keberatan   objection argued from Perki 1/2021: numbered "dasar", Pasal
                                           39 ayat (1) quoted in an italic block with a grey bar (opening
                                           clause + the one huruf), "Pasal 39 ayat (1) huruf x" in prose
  K02_advokat_kuasa_halaman2   keberatan   law office's short covering objection (two-column letterhead
                                           with tag line), both advocates sign; page 2 the SURAT KUASA
                                           KHUSUS carrying the client's identity rows; KTP sometimes
  K03_biaya_kuitansi_lampiran  keberatan   objection to the copying fee told in prose (pages, rate, total)
                                           + page 2 a photocopy of the desk's KUITANSI with LUNAS stamp;
                                           typed or hand-written on folio
  K04_tangkapan_layar_dip_kosong keberatan objection that periodic information is not published + page 2
                                           a printed screenshot of the PPID web page ("Belum tersedia"
                                           circled by pen, or a 404 page) with a taskbar clock
  K05_diteruskan_lembaga       keberatan   another body forwards an objection that reached it first
                                           (Ombudsman RI Perwakilan Sumsel, DPRD Komisi I, KPU RI's PPID,
                                           the KI returning an unregistrable case): cover letter +
                                           the citizen's objection (typed or hand-written)
  S01_ki_penunjukan_mediator_kesediaan sengketa KI notice of the mediator's appointment, case rows,
                                           mediator / registrar table + page 2 the blank PERNYATAAN
                                           KESEDIAAN MENEMPUH MEDIASI (register number in its head)
  S02_ki_monev_pelaksanaan_putusan sengketa KI asks the respondent to report how it carried out a final
                                           decision: table No | Amar Putusan | Status Pelaksanaan |
                                           Bukti / Keterangan with the last two columns dotted
  S03_ki_permintaan_surat_kuasa_termohon sengketa KI registry asks for the respondent's power of attorney
                                           before the first hearing: grey "PERKARA REGISTER NOMOR ..."
                                           band, parties rows, document list, empty table of proxies
  M01_edaran_jam_kerja_pemprov surat_masuk governor's (Garuda-only letterhead) or Sekretariat Daerah's
                                           SURAT EDARAN (NOMOR / TENTANG, numbered points, table of
                                           hours, dress code or ceremonies) or the same as a letter
  M02_bawaslu_form_a_pengawasan surat_masuk Bawaslu (provincial or a regency's) covering letter + page 2
                                           the FORMULIR MODEL A "LAPORAN HASIL PENGAWASAN PEMILU"
                                           (sections I-V on grey bars), or the Form A alone
  M03_bank_spesimen_ttd        surat_masuk bank asks to renew customer data and signature specimens of the
                                           working unit's account, OJK / LPS footer + page 2 the blank
                                           KARTU SPESIMEN TANDA TANGAN
  M04_bpk_konsep_temuan        surat_masuk BPK regional office sends draft audit findings: table No |
                                           Uraian Temuan | Rekomendasi | Tanggapan Entitas (dotted)
  M05_univ_usulan_mou_kkn      surat_masuk university LPPM / faculty proposes an MoU: lettered scope, table of
                                           thematic KKN locations, contact person; page 2 the plan table
                                           sometimes
  M06_komnas_ham_pemantauan    surat_masuk Komnas HAM asks numbered questions about vulnerable voters' data
                                           for its monitoring
  M07_bkn_kenaikan_pangkat     surat_masuk BKN Kantor Regional VII on staff promotions: table Nama / NIP |
                                           Pangkat/Gol. Lama | Baru | Keterangan ("BTL: ...")
  M08_satpolpp_teguran_reklame surat_masuk Satpol PP Kota Palembang warns about an outdated or unlicensed
                                           campaign billboard: "SURAT TEGURAN I" title or a Hal, Dasar,
                                           table of billboards, documentary photo, 7 x 24 hours

Truth conventions (as the seventeenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, letters,
    bullets, "dan" or final punctuation.  phone E.164 (+62...; "(WA)" dropped), email lower-case
    even when printed with a capital, letter_date ISO.  Names keep prefixes (H., Hj., Kms., Kgs.,
    Nyimas, Dr., Drs., I / Ni ...), "br." and degrees, never Bapak/Ibu/Sdr.  NIK: the 16 digits
    (printed with spaces or dots sometimes), valid (Sumsel kab/kota code, kecamatan, DDMMYY with
    day + 40 for women, serial not 0000) except on letters marked nik_invalid (P06, P07), whose
    truth is the NIK as written (15 or 17 digits; such letters carry no KTP copy); a KTP copy
    supplies the NIK when the letter does not print it (P04, K01), never its address or occupation.
  * The applicant is the natural person who asks or objects: P01 the kepala desa (address the
    "Alamat" / "Alamat Kantor" row as printed, occupation "Kepala Desa" only from a Pekerjaan row;
    the Jabatan is not one; the berita acara's participants are never fields); P02 the DPRD member
    (address the identity row - home or "Alamat Rumah Aspirasi" - or the address in the closing
    sentence; phone and e-mail his own, also when printed only in his letterhead's contact line;
    occupation only from "Pekerjaan: Anggota DPRD ..."); P03 the citizen of the quoted original
    request (name as in its Nama row, with degrees, not the header's display name; email the
    sender address; the KPU kabupaten's phone is not his); P05 Pemohon I (Pemohon II's particulars
    are never fields); P06 the writer (phone from the margin note when the typed rows have none,
    obtain / delivery from the "NB:" when the letter does not say them); P08 the Kelian Banjar (the
    Penyarikan co-signs; occupation only from a Pekerjaan row); K02 the client named in the kuasa
    (NIK, address, occupation from its rows; phone and e-mail null: the law office's are not the
    client's); K05 the citizen of the enclosed objection.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KECAMATAN ..., KEMENTERIAN ...) and tag lines left out: P01 "DESA <X>" / "KANTOR KEPALA DESA
    <X>"; P08 "BANJAR ADAT <X>"; K02 the firm's name line; K05 the forwarding body's two lines; S01-
    S03 the KI as printed (title case when so); M01 "GUBERNUR SUMATERA SELATAN" or "SEKRETARIAT
    DAERAH"; M02 "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN" (or "... KABUPATEN <X>"),
    also for the Form A alone; M03 the bank's name line (branch line left out); M04 "BADAN PEMERIKSA
    KEUANGAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN"; M05 university + LPPM /
    faculty line; M06 "KOMISI NASIONAL HAK ASASI MANUSIA REPUBLIK INDONESIA"; M07 "BADAN
    KEPEGAWAIAN NEGARA KANTOR REGIONAL VII"; M08 "SATUAN POLISI PAMONG PRAJA".  null for
    individuals, P02 (a member's personal letterhead is not a body's), P03's e-mail, P04's memo pad
    imprint, P05, P06, P07, K01, K03, K04.
  * letter_number: the letter's own Nomor; P01 the desa letter's (the berita acara's Nomor is not);
    P02 and P08 when printed; K02 the law office's (the kuasa has none); K05 the forwarding letter's;
    S01-S03 the KI letter's (the mediator's Penetapan, the Putusan number and the register number
    are not); M02 null for the Form A alone (its Surat Perintah Tugas number is not one); M04 the
    BPK letter's (the Surat Tugas is not); M08 the "Nomor" under the title or in the number block.
    subject: a Hal / Perihal / Hal ikhwal line; P03 the top message's subject as printed ("Fwd:
    Re: ..."); M01's SURAT EDARAN its TENTANG title as printed (capitals); null for P05's titled
    variant, M02's Form A alone and M08's "SURAT TEGURAN I" variant (a title is not a Hal).
  * letter_date: the writer's date: P03 the top (forwarding) message's date, not the original's or
    the reply's, nor the browser's print date; P04 the letter's date, not the memo's (a day or three
    later); P01 the letter's, not the musyawarah's; K02 the covering letter's, not the kuasa's; K05
    the forwarding letter's, not the enclosed objection's; M01 "pada tanggal ..." of an edaran; M02
    the form's place-date when the Form A comes alone.
  * obtain_method / delivery_method from words or ticks as the seventeenth generator maps them; P06's
    NB: "dikirim lewat email" -> email, "salinannya nanti saya ambil sendiri" -> salinan +
    mengambil_langsung, "softcopy saja, kirim ke email" -> salinan_softcopy + email, "fotokopinya
    dikirim pos" -> salinan_hardcopy + pos, "cukup melihat & mencatat" -> melihat.
    objection_reason_code: K01 the cited huruf of Pasal 39 ayat (1) Perki 1/2021 (the same letters
    a-g as Pasal 35 ayat (1) UU 14/2008); K02 / K05 the ground in words or the cited huruf; K03 always
    f; K04 always b.
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran (K03 from the
    receipt when the letter does not repeat it; K04 null when no earlier request is cited).  A
    forwarded objection (K05) is keberatan, also when the KI returns it without a register number.
    sengketa letters carry the applicant's name (address when printed), the disputed information
    when printed (S01 / S03 "Objek Sengketa", S02 the amar), the cited request number when printed,
    the KI register number and the letter's own number, date, subject and sender.  surat_masuk
    carries only letter_number, letter_date, subject and sender_org, however much it asks for data
    or speaks of "informasi publik" (M02's request for copies, M06's questions, M05's cooperation).
  * Stamps, signatures, meterai, logos, photos, the staple, arrows, pen loops and the LUNAS stamp are
    pictures; printed and written words are page text (margin notes, the memo, the receipt, the
    screenshot's words).  handwritten is true when field values are hand-written (P06 when a note
    carries the phone or the wish, P07 / K03 / K05 hand variants); P04's memo alone does not count.
"""

from __future__ import annotations

import io
import itertools
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


# ---------------------------------------------------------------------------------------------
# people, places, numbers (the seventeenth generator's pools, three regencies and names added)
# ---------------------------------------------------------------------------------------------
# Kemendagri kab/kota codes of Sumatera Selatan (province 16)
REGIONS = [
    {
        "city": "Palembang",
        "kab_ktp": "KOTA PALEMBANG",
        "code": "1671",
        "kind": "Kota",
        "area": "0711",
        "post": "301",
        "places": [  # (kelurahan / desa, kecamatan, is_desa)
            ("Bukit Lama", "Ilir Barat I", False),
            ("Lorok Pakjo", "Ilir Barat I", False),
            ("Siring Agung", "Ilir Barat I", False),
            ("26 Ilir", "Bukit Kecil", False),
            ("Talang Semut", "Bukit Kecil", False),
            ("Sukajaya", "Sukarami", False),
            ("Kebun Bunga", "Sukarami", False),
            ("Talang Betutu", "Sukarami", False),
            ("Sekip Jaya", "Kemuning", False),
            ("20 Ilir D. II", "Kemuning", False),
            ("13 Ilir", "Ilir Timur I", False),
            ("Bukit Sangkal", "Kalidoni", False),
            ("Plaju Ulu", "Plaju", False),
            ("Bagus Kuning", "Plaju", False),
            ("15 Ulu", "Jakabaring", False),
            ("Srijaya", "Alang-Alang Lebar", False),
            ("Karya Baru", "Alang-Alang Lebar", False),
            ("Sialang", "Sako", False),
            ("3-4 Ulu", "Seberang Ulu I", False),
            ("Kemas Rindo", "Kertapati", False),
        ],
        "streets": (
            "Jl. Jenderal Sudirman",
            "Jl. Kol. H. Burlian",
            "Jl. Demang Lebar Daun",
            "Jl. Angkatan 45",
            "Jl. Veteran",
            "Jl. Letda A. Rozak",
            "Jl. Mayor Ruslan",
            "Jl. Srijaya Negara",
            "Jl. Basuki Rahmat",
            "Jl. Mayor Zen",
            "Jl. Ki Merogan",
            "Jl. K.H. Azhari",
            "Jl. Seduduk Putih",
            "Jl. Sukabangun II",
            "Jl. Tanjung Api-Api",
            "Jl. Pangeran Ratu",
        ),
        "lorong": (
            "Lrg. Taqwa",
            "Lrg. Sepakat",
            "Lr. Pendawa",
            "Lrg. Harapan Jaya",
            "Lorong Sukarela",
            "Lrg. Kenanga II",
            "Lrg. Masjid",
        ),
        "komplek": (
            "Komplek Perumahan Bukit Sejahtera",
            "Komp. Pusri Sako",
            "Perumahan Griya Sejahtera",
            "Perum OPI Jakabaring",
            "Komplek Kenten Permai",
            "Perumahan Citra Grand City",
            "Komplek Polygon",
            "Perumnas Talang Kelapa",
        ),
    },
    {
        "city": "Prabumulih",
        "kab_ktp": "KOTA PRABUMULIH",
        "code": "1674",
        "kind": "Kota",
        "area": "0713",
        "post": "311",
        "places": [
            ("Muara Dua", "Prabumulih Timur", False),
            ("Gunung Ibul", "Prabumulih Timur", False),
            ("Wonosari", "Prabumulih Utara", False),
            ("Karang Raja", "Prabumulih Timur", False),
        ],
        "streets": ("Jl. Jenderal Sudirman", "Jl. Bukit Barisan", "Jl. Padat Karya", "Jl. Lingkar"),
        "lorong": ("Lrg. Mawar", "Lrg. Damai"),
        "komplek": ("Perumahan Prabu Indah", "Komplek Pertamina Gunung Ibul"),
    },
    {
        "city": "Lubuklinggau",
        "kab_ktp": "KOTA LUBUKLINGGAU",
        "code": "1673",
        "kind": "Kota",
        "area": "0733",
        "post": "316",
        "places": [
            ("Taba Jemekeh", "Lubuklinggau Timur I", False),
            ("Pasar Satelit", "Lubuklinggau Barat I", False),
            ("Megang", "Lubuklinggau Utara II", False),
        ],
        "streets": ("Jl. Yos Sudarso", "Jl. Garuda Hitam", "Jl. Depati Said", "Jl. Fatmawati"),
        "lorong": ("Lrg. Kenari", "Lrg. Bersatu"),
        "komplek": ("Perumahan Linggau Permai",),
    },
    {
        "city": "Pagar Alam",
        "kab_ktp": "KOTA PAGAR ALAM",
        "code": "1672",
        "kind": "Kota",
        "area": "0730",
        "post": "315",
        "places": [
            ("Tumbak Ulas", "Pagar Alam Selatan", False),
            ("Kuripan Babas", "Pagar Alam Utara", False),
        ],
        "streets": ("Jl. Lettu Hamid", "Jl. Kapten Sanap", "Jl. Serma Wanar"),
        "lorong": ("Lrg. Dempo",),
        "komplek": ("Perumahan Dempo Asri",),
    },
    {
        "city": "Lahat",
        "kab_ktp": "KABUPATEN LAHAT",
        "code": "1604",
        "kind": "Kab",
        "area": "0731",
        "post": "314",
        "places": [
            ("Pasar Lama", "Lahat", False),
            ("Bandar Agung", "Lahat", False),
            ("Manggul", "Lahat", True),
        ],
        "streets": ("Jl. Mayor Ruslan", "Jl. Kol. Atmo", "Jl. Letnan Amir Hamzah"),
        "lorong": ("Lrg. Lematang",),
        "komplek": ("Perumahan Bukit Serelo Indah",),
    },
    {
        "city": "Kayuagung",
        "kab_ktp": "KABUPATEN OGAN KOMERING ILIR",
        "code": "1602",
        "kind": "Kab",
        "kab": "Ogan Komering Ilir",
        "area": "0712",
        "post": "306",
        "places": [
            ("Kedaton", "Kayuagung", False),
            ("Perigi", "Kayuagung", False),
            ("Serigeni", "Kayuagung", True),
        ],
        "streets": ("Jl. Letnan Muchtar Saleh", "Jl. Lintas Timur", "Jl. Ahmad Yani"),
        "lorong": ("Lrg. Komering",),
        "komplek": ("Perumahan Kayuagung Indah",),
    },
    {
        "city": "Baturaja",
        "kab_ktp": "KABUPATEN OGAN KOMERING ULU",
        "code": "1601",
        "kind": "Kab",
        "kab": "Ogan Komering Ulu",
        "area": "0735",
        "post": "321",
        "places": [
            ("Sukaraya", "Baturaja Timur", False),
            ("Kemalaraja", "Baturaja Timur", False),
            ("Tanjung Baru", "Baturaja Timur", False),
        ],
        "streets": ("Jl. Dr. Moh. Hatta", "Jl. Akmal", "Jl. Lintas Sumatera"),
        "lorong": ("Lrg. Ogan",),
        "komplek": ("Perumahan Baturaja Permai",),
    },
    {
        "city": "Sekayu",
        "kab_ktp": "KABUPATEN MUSI BANYUASIN",
        "code": "1606",
        "kind": "Kab",
        "kab": "Musi Banyuasin",
        "area": "0714",
        "post": "307",
        "places": [
            ("Balai Agung", "Sekayu", False),
            ("Kayuara", "Sekayu", False),
            ("Babat", "Babat Toman", True),
        ],
        "streets": ("Jl. Merdeka", "Jl. Kolonel Wahid Udin", "Jl. Lintas Sekayu"),
        "lorong": ("Lrg. Randik",),
        "komplek": ("Perumahan Griya Randik",),
    },
    {
        "city": "Indralaya",
        "kab_ktp": "KABUPATEN OGAN ILIR",
        "code": "1610",
        "kind": "Kab",
        "kab": "Ogan Ilir",
        "area": "0711",
        "post": "306",
        "places": [
            ("Indralaya Raya", "Indralaya", False),
            ("Timbangan", "Indralaya Utara", False),
            ("Tanjung Raja", "Tanjung Raja", True),
        ],
        "streets": ("Jl. Lintas Timur", "Jl. Raya Palembang-Prabumulih", "Jl. Tanjung Senai"),
        "lorong": ("Lrg. Pelita",),
        "komplek": ("Perumahan Citra Indralaya",),
    },
    {
        "city": "Muara Enim",
        "kab_ktp": "KABUPATEN MUARA ENIM",
        "code": "1603",
        "kind": "Kab",
        "area": "0734",
        "post": "313",
        "places": [
            ("Pasar II", "Muara Enim", False),
            ("Pasar Tanjung Enim", "Lawang Kidul", False),
            ("Gunung Megang Dalam", "Gunung Megang", True),
        ],
        "streets": ("Jl. Jenderal Sudirman", "Jl. Bakti Pertiwi", "Jl. Lintas Muara Enim"),
        "lorong": ("Lrg. Enim",),
        "komplek": ("Perumahan Bukit Asam",),
    },
    {
        "city": "Pangkalan Balai",
        "kab_ktp": "KABUPATEN BANYUASIN",
        "code": "1607",
        "kind": "Kab",
        "kab": "Banyuasin",
        "area": "0711",
        "post": "307",
        "places": [
            ("Pangkalan Balai", "Banyuasin III", False),
            ("Sembawa", "Sembawa", True),
            ("Sukamoro", "Talang Kelapa", True),
        ],
        "streets": ("Jl. Sekojo", "Jl. Lintas Palembang-Betung", "Jl. Merdeka"),
        "lorong": ("Lrg. Sepakat",),
        "komplek": ("Perumahan Sukamoro Indah",),
    },
    {
        "city": "Muara Beliti",
        "kab_ktp": "KABUPATEN MUSI RAWAS",
        "code": "1605",
        "kind": "Kab",
        "kab": "Musi Rawas",
        "area": "0733",
        "post": "316",
        "places": [
            ("Muara Beliti Baru", "Muara Beliti", True),
            ("Air Beliti", "Tuah Negeri", True),
        ],
        "streets": ("Jl. Lintas Sumatera", "Jl. Poros Muara Beliti"),
        "lorong": ("Lrg. Kelingi",),
        "komplek": ("Perumahan Beliti Permai",),
    },
    {
        "city": "Martapura",
        "kab_ktp": "KABUPATEN OGAN KOMERING ULU TIMUR",
        "code": "1608",  # 1608 = OKU Timur (the seventeenth generator wrote 1609, OKU Selatan's)
        "kind": "Kab",
        "kab": "OKU Timur",
        "area": "0735",
        "post": "323",
        "places": [
            ("Pasar Martapura", "Martapura", False),
            ("Tanjung Kemala", "Martapura", True),
            ("Sumber Suko", "Belitang", True),
            ("Tegal Rejo", "Belitang", True),
            ("Gumawang", "Belitang", False),
        ],
        "streets": ("Jl. Lintas Sumatera", "Jl. Ahmad Yani"),
        "lorong": ("Lrg. Komering",),
        "komplek": ("Perumahan Martapura Indah",),
    },
    {
        "city": "Talang Ubi",
        "kab_ktp": "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
        "code": "1612",
        "kind": "Kab",
        "kab": "PALI",
        "area": "0713",
        "post": "311",
        "places": [
            ("Handayani Mulya", "Talang Ubi", False),
            ("Talang Ubi Timur", "Talang Ubi", True),
        ],
        "streets": ("Jl. Merdeka", "Jl. Lintas Pendopo"),
        "lorong": ("Lrg. Abab",),
        "komplek": ("Komplek Pertamina Pendopo",),
    },
    # regencies added by the eighteenth generator
    {
        "city": "Muaradua",
        "kab_ktp": "KABUPATEN OGAN KOMERING ULU SELATAN",
        "code": "1609",
        "kind": "Kab",
        "kab": "OKU Selatan",
        "area": "0735",
        "post": "322",
        "places": [
            ("Pasar Muaradua", "Muaradua", False),
            ("Bumi Agung", "Muaradua", True),
            ("Sukarami", "Buay Sandang Aji", True),
        ],
        "streets": ("Jl. Raya Muaradua", "Jl. Jenderal Sudirman"),
        "lorong": ("Lrg. Saka Selabung",),
        "komplek": ("Perumahan Ranau Permai",),
    },
    {
        "city": "Tebing Tinggi",
        "kab_ktp": "KABUPATEN EMPAT LAWANG",
        "code": "1611",
        "kind": "Kab",
        "kab": "Empat Lawang",
        "area": "0702",
        "post": "314",
        "places": [
            ("Pasar Tebing Tinggi", "Tebing Tinggi", False),
            ("Tanjung Kupang", "Tebing Tinggi", True),
            ("Muara Pinang Lama", "Muara Pinang", True),
        ],
        "streets": ("Jl. Lintas Sumatera", "Jl. Poros Tebing Tinggi"),
        "lorong": ("Lrg. Musi",),
        "komplek": ("Perumahan Lawang Indah",),
    },
    {
        "city": "Rupit",
        "kab_ktp": "KABUPATEN MUSI RAWAS UTARA",
        "code": "1613",
        "kind": "Kab",
        "kab": "Musi Rawas Utara",
        "area": "0733",
        "post": "316",
        "places": [
            ("Muara Rupit", "Rupit", False),
            ("Noman", "Rupit", True),
            ("Karang Jaya", "Karang Jaya", True),
        ],
        "streets": ("Jl. Lintas Sumatera", "Jl. Rupit-Sarolangun"),
        "lorong": ("Lrg. Rawas",),
        "komplek": ("Perumahan Rupit Asri",),
    },
]
REGION_WEIGHTS = [6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
NIK_SUMSEL = (
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

# names by origin: (male pool, female pool); pools hold (core name, may take Muslim titles)
NAMES = {
    "jawa": (
        [
            "Sutrisno",
            "Bambang Wahyudi",
            "Slamet Riyadi",
            "Joko Susilo",
            "Agus Prasetyo",
            "Dwi Cahyono",
            "Heru Santoso",
            "Sugeng Raharjo",
            "Teguh Wibowo",
            "Priyo Hartono",
            "Budi Purnomo",
            "Eko Nugroho",
            "Wahyu Setiawan",
            "Tri Haryanto",
        ],
        [
            "Sri Lestari",
            "Endang Purwaningsih",
            "Tri Wahyuningsih",
            "Suparmi",
            "Retno Handayani",
            "Dyah Ayu Kusumawati",
            "Sulastri",
            "Ambar Wulandari",
            "Ratna Sari Dewi",
            "Siti Rahayu",
            "Dwi Astuti",
            "Wulan Pertiwi",
        ],
    ),
    "palembang": (
        [
            "Kms. Ahmad Fauzi",
            "Mgs. Hendra Rozali",
            "Kgs. M. Yunus",
            "Kms. Syarifuddin",
            "Mgs. Zainal Abidin",
            "R.M. Husin Thoyib",
            "Kgs. Abdullah Ansyori",
            "Kms. Muhammad Azhari",
            "Cek Mat Saleh",
            "Hasan Basri",
            "Yusuf Hanafiah",
            "Effendi Syahril",
        ],
        [
            "Nyimas Siti Aminah",
            "Nyayu Zuraida",
            "Nyimas Rohani",
            "Nyayu Fatimah",
            "R.A. Maimunah",
            "Nurhasanah",
            "Rosmala Dewi",
            "Herlina Fauziah",
            "Cik Maryam",
            "Nyimas Rohaya",
        ],
    ),
    "batak": (
        [
            "Togar Simanjuntak",
            "Parulian Sitompul",
            "Maruli Tua Nainggolan",
            "Lamhot Sinaga",
            "Hotman Pardede",
            "Bonar Situmorang",
            "Sahat Panjaitan",
            "Jonggi Tampubolon",
            "Poltak Manurung",
            "Tumpal Silalahi",
            "Ridwan Harahap",
            "Amri Nasution",
        ],
        [
            "Rosmawati br. Hutapea",
            "Lasma br. Siregar",
            "Rotua Sinaga",
            "Tiurma br. Simanjuntak",
            "Debora Sitompul",
            "Sondang Pardede",
            "Romauli br. Manurung",
            "Masniari Lubis",
            "Hotnida Harahap",
        ],
    ),
    "minang": (
        [
            "Afrizal",
            "Yusrizal Chaniago",
            "Nofriadi",
            "Syafrizal Piliang",
            "Zulhendri",
            "Efrizal Sikumbang",
            "Yasril Koto",
            "Hendri Datuak Rajo Mudo",
            "Arfianto Jambak",
        ],
        [
            "Elfi Yanti",
            "Yulnita",
            "Desmawati",
            "Rita Zahara",
            "Nofrita Sari",
            "Yusnimar",
            "Erniwati Chaniago",
            "Fitri Yeni",
            "Syafnimar",
        ],
    ),
    "tionghoa": (
        [
            "Tan Kok Wei",
            "Lim Hendra Wijaya",
            "Liem Swie Hok",
            "Ong Budi Santoso",
            "Anthony Wijaya Kusuma",
            "Hendra Gunawan Tjandra",
            "Go Bun Seng",
            "Yohanes Hartono Lie",
            "Johan Setiadi",
            "Sugianto Halim",
        ],
        [
            "Tan Siu Ling",
            "Lie Mei Hwa",
            "Oey Lanny Susanti",
            "Susanti Halim",
            "Melinda Wijaya",
            "Lina Kurniawati Tjoa",
            "Veronika Lim",
            "Yenny Gunawan",
        ],
    ),
    "arab": (
        [
            "Muhammad Faiz Al-Habsyi",
            "Said Abdullah Shahab",
            "Ahmad Zaki Bafadal",
            "Abdul Rahman Assegaf",
            "Husein Alkaff",
            "Hasan Basri Alaydrus",
            "Fadhil Al-Attas",
            "Ali Muchsin Alhabsyi",
        ],
        [
            "Syarifah Nur Aini Alkaff",
            "Fatimah Az-Zahra",
            "Khadijah Assegaf",
            "Aisyah Alatas",
            "Syarifah Hanum Shahab",
            "Nabila Bafadhal",
        ],
    ),
    "umum": (
        [
            "Rudi Hartono",
            "Dedi Irawan",
            "Rizki Ramadhan",
            "Fajar Saputra",
            "Yusuf Maulana",
            "Ilham Akbar",
            "Aprizal",
            "Novri Hidayat",
            "Irwansyah",
            "Andika Pratama",
            "Firdaus",
            "Candra Kurniawan",
        ],
        [
            "Dewi Anggraini",
            "Mega Oktaviani",
            "Putri Ramadhani",
            "Anisa Rahmawati",
            "Desi Marlina",
            "Kartika Sari",
            "Meilani Putri",
            "Indah Permata Sari",
            "Yuliana",
        ],
    ),
    "bali": (
        ["I Made Sudarsana", "I Ketut Widana", "I Wayan Sukerta", "I Nyoman Arta"],
        ["Ni Luh Putu Ariani", "Ni Made Sriasih", "Ni Ketut Suartini"],
    ),
}
NAME_WEIGHTS = {
    "jawa": 5,
    "palembang": 5,
    "batak": 2,
    "minang": 2,
    "tionghoa": 2,
    "arab": 1,
    "umum": 5,
    "bali": 1,
}
NON_MUSLIM = ("batak", "tionghoa", "bali")
DEG_1 = (
    "S.H.",
    "S.E.",
    "S.Sos.",
    "S.T.",
    "S.Kom.",
    "S.I.Kom.",
    "S.Pd.",
    "S.IP.",
    "S.Psi.",
    "S.Ak.",
    "A.Md.",
    "S.Farm.",
)
DEG_2 = ("M.Si.", "M.H.", "M.Pd.", "M.M.", "M.Kom.", "M.A.", "M.T.", "M.E.", "Ph.D.")
JOBS = (
    "Wiraswasta",
    "Karyawan Swasta",
    "Mahasiswa",
    "Dosen",
    "Guru",
    "Petani",
    "Pedagang",
    "Wartawan",
    "Advokat",
    "Mengurus Rumah Tangga",
    "Karyawan BUMN",
    "Pensiunan",
    "Peneliti",
    "Buruh Harian Lepas",
    "Nelayan",
    "Aktivis LSM",
    "Perangkat Desa",
    "Konsultan",
)
BIRTHPLACES = (
    "Palembang",
    "Lahat",
    "Baturaja",
    "Prabumulih",
    "Muara Enim",
    "Kayuagung",
    "Sekayu",
    "Lubuklinggau",
    "Pagar Alam",
    "Padang",
    "Medan",
    "Tarutung",
    "Yogyakarta",
    "Bukittinggi",
    "Martapura",
)
MOBILE_PFX = (
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0857",
    "0858",
    "0877",
    "0878",
    "0895",
    "0896",
    "0819",
    "0838",
    "0881",
)


def mobile(rng: random.Random) -> tuple[str, str, str]:
    """A mobile number: (as printed, E.164, national significant number)."""
    pre = rng.choice(MOBILE_PFX)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8))))
    nat = pre[1:] + rest
    a, b = (rest[:4], rest[4:]) if len(rest) == 8 else (rest[:3], rest[3:])
    printed = rng.choice(
        (
            f"{pre}-{a}-{b}",
            f"{pre} {a} {b}",
            pre + rest,
            pre + rest,
            f"+62 {nat[:3]} {a} {b}",
            f"+62 {nat[:3]}-{a}-{b}",
            "+62" + nat,
            f"{pre}.{a}.{b}",
            f"+62-{nat[:3]}-{a}-{b}",
            f"{pre} {a}{b}",
            f"({pre}) {a}-{b}",
        )
    )
    return printed, "+62" + nat, nat


def region_of(rng: random.Random) -> dict:
    return rng.choices(REGIONS, weights=REGION_WEIGHTS)[0]


def nik_for(rng: random.Random, code: str, birth: date, male: bool) -> str:
    dd = birth.day + (0 if male else 40)
    return (
        f"{code}{rng.randint(1, 18):02d}{dd:02d}{birth.month:02d}{birth.year % 100:02d}"
        f"{rng.randint(1, 2999):04d}"
    )


def make_person(
    rng: random.Random,
    male: bool | None = None,
    degree_p=0.35,
    prefix_p=0.15,
    job=None,
    origin: str | None = None,
    region: dict | None = None,
    born=(1962, 2004),
) -> dict:
    male = rng.random() < 0.55 if male is None else male
    origin = origin or rng.choices(list(NAME_WEIGHTS), weights=list(NAME_WEIGHTS.values()))[0]
    core = rng.choice(NAMES[origin][0 if male else 1])
    name = core
    has_pfx = core.split()[0] in ("Kms.", "Mgs.", "Kgs.", "R.M.", "Nyimas", "Nyayu", "R.A.", "Cek")
    if rng.random() < prefix_p:
        if origin in NON_MUSLIM:
            pf = rng.choice(
                ("Dr.", "Ir.", "dr.", "Pdt.")
                if male and origin == "batak"
                else ("Dr.", "Ir.", "dr.")
            )
        else:
            pf = rng.choice(
                ("H.", "H.", "Dr.", "Ir.", "Drs.", "dr.")
                if male
                else ("Hj.", "Hj.", "Dr.", "Dra.", "dr.")
            )
        name = f"{pf} {name}" if not has_pfx or pf in ("H.", "Hj.") else name
    if rng.random() < degree_p and not name.startswith(("Drs.", "Dra.", "dr.")):
        name += ", " + rng.choice(DEG_1)
        if rng.random() < 0.35:
            name += ", " + rng.choice(DEG_2)
    reg = region or region_of(rng)
    kel, kec, is_desa = rng.choice(reg["places"])
    birth = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    code = reg["code"] if rng.random() < 0.82 else rng.choice(NIK_SUMSEL)
    nik = nik_for(rng, code, birth, male)
    u = rng.random()
    if is_desa and u < 0.5:
        street = f"Dusun {rng.choice(('I', 'II', 'III', 'IV', 'V'))}"
    elif u < 0.55:
        street = f"{rng.choice(reg['streets'])} No. {rng.randint(1, 250)}"
    elif u < 0.75:
        street = f"{rng.choice(reg['lorong'])} No. {rng.randint(1, 120)}"
    elif u < 0.92:
        street = f"{rng.choice(reg['komplek'])} Blok {rng.choice('ABCDEFGH')}{rng.choice(('', '2', '3'))} No. {rng.randint(1, 40)}"
    else:
        street = f"{rng.choice(reg['streets'])} KM {rng.randint(3, 35)}"
    rt, rw = rng.randint(1, 45), rng.randint(1, 12)
    job = job or rng.choice(JOBS)
    if male and job == "Mengurus Rumah Tangga":
        job = "Wiraswasta"
    if job == "Pensiunan" and birth.year > 1966:  # a pensioner is old, a student young
        birth = date(rng.randint(1950, 1966), birth.month, birth.day)
        nik = nik_for(rng, nik[:4], birth, male)
    elif job == "Mahasiswa" and birth.year < 1995:
        birth = date(rng.randint(1998, 2006), birth.month, birth.day)
        nik = nik_for(rng, nik[:4], birth, male)
    printed, e164, nat = mobile(rng)
    if rng.random() < 0.07:  # a house telephone instead of a mobile
        printed, e164 = landline2(rng, reg["area"])
        nat = e164[3:]
    words = [w for w in re.sub(r"[^A-Za-z ]", " ", core).lower().split() if len(w) > 2]
    words = [w for w in words if w not in ("kms", "mgs", "kgs", "nyimas", "nyayu", "cek")] or [
        "user"
    ]
    first, last = words[0], words[-1]
    email = (
        rng.choice(
            (
                f"{first}.{last}",
                f"{first}{last[:3]}{rng.randint(10, 99)}",
                f"{last}_{first}",
                f"{first}{rng.randint(70, 99)}",
                f"{first}.{last}{rng.randint(1, 9)}",
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
    ktp_core = re.sub(r"^(Kms\.|Mgs\.|Kgs\.|R\.M\.|R\.A\.|Cek) ", "", core)
    return {
        "name": name,
        "core": core,
        "male": male,
        "origin": origin,
        "city": reg["city"],
        "region": reg,
        "kab_ktp": reg["kab_ktp"],
        "kel": kel,
        "kec": kec,
        "desa": is_desa,
        "street": street,
        "rt": rt,
        "rw": rw,
        "rtrw": f"{rt:03d}/{rw:03d}",
        "birth": birth,
        "birthplace": rng.choice(BIRTHPLACES),
        "nik": nik,
        "job": job,
        "ktp_job": job.upper()
        if job not in ("Dosen", "Peneliti", "Aktivis LSM", "Konsultan")
        else "KARYAWAN SWASTA",
        "ktp_name": ktp_core.upper(),
        "ktp_issued": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2013, 2023)}",
        "phone": printed,
        "e164": e164,
        "nat": nat,
        "email_printed": email if rng.random() > 0.1 else email[0].upper() + email[1:],
        "email": email,
    }


def kab_name(reg: dict) -> str:
    """How an address names the regency / city ("Palembang", "Kota Prabumulih", "Kab. Ogan Ilir")."""
    if reg["kind"] == "Kota":
        return reg["city"]
    return "Kab. " + reg.get("kab", reg["city"])


def fmt_address(p: dict, rng: random.Random, style: int | None = None) -> str:
    """The person's address in one of many ways of writing it (Jl. / Lrg. / Komplek / Dusun,
    RT/RW, Kel. or Desa, Kec., Kota / Kab., post code)."""
    reg = p["region"]
    style = rng.randint(0, 8) if style is None else style
    kel_l = "Desa" if p["desa"] else "Kel."
    kel_w = "Desa" if p["desa"] else "Kelurahan"
    kab = kab_name(reg)
    kab_w = (
        ("Kota " + reg["city"])
        if reg["kind"] == "Kota"
        else "Kabupaten " + reg.get("kab", reg["city"])
    )
    pos = f"{reg['post']}{rng.randint(11, 99)}"
    st, rt, rw, kel, kec = p["street"], p["rt"], p["rw"], p["kel"], p["kec"]
    if style == 0:
        return f"{st} RT {rt:03d}/RW {rw:03d}, {kel_l} {kel}, Kec. {kec}, {kab}"
    if style == 1:
        s2 = st.replace("Jl.", "Jalan").replace("No.", "Nomor").replace("Lrg.", "Lorong")
        return f"{s2}, RT.{rt:02d} RW.{rw:02d} {kel_w} {kel} Kecamatan {kec} {kab_w}"
    if style == 2:
        return f"{st}, RT {rt:02d} RW {rw:02d}, {kel}, {kec}, {kab}"
    if style == 3:
        return f"{st} {kel_l} {kel} Kec. {kec} {kab}"
    if style == 4:
        return f"{st} Rt.{rt:02d}/Rw.{rw:02d} {kel_l}{'' if kel_l.endswith('.') else ' '}{kel} Kec.{kec} {kab}"
    if style == 5:
        return f"{st}, RT. {rt:02d} / RW. {rw:02d}, {kel_l} {kel}, Kec. {kec}, {kab_w}, Sumatera Selatan {pos}"
    if style == 6:
        return f"{st}, RT {rt}, RW {rw}, {kel_w} {kel}, Kecamatan {kec}, {kab_w} {pos}"
    if style == 7:
        return f"{st} RT {rt:02d}/{rw:02d} {kel_l} {kel}, {kec}, {kab_w}"
    return f"{st}, {kel_l} {kel}, {kab}"


def landline2(rng: random.Random, area: str) -> tuple[str, str]:
    num = f"{rng.randint(31, 45)}{rng.randint(1000, 9999)}"
    printed = rng.choice(
        (
            f"({area}) {num}",
            f"({area}) {num[:2]} {num[2:]}",
            f"{area}-{num}",
            f"{area} {num[:3]} {num[3:]}",
            f"{area}-{num[:3]}{num[3:]}",
        )
    )
    return printed, "+62" + area[1:] + num


def break_nik(rng: random.Random, nik: str) -> str:
    """A NIK written wrongly by its owner (a digit left out, or one too many): kept as written."""
    i = rng.randint(6, 14)
    if rng.random() < 0.6:
        return nik[:i] + nik[i + 1 :]
    return nik[:i] + str(rng.randint(0, 9)) + nik[i:]


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
    nik_invalid: bool = (
        False  # the NIK is printed wrongly on purpose; the truth keeps it as written
    )


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
    "RSU",
    "BPD",
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
    c = REGIONS[0]
    kel, kec, _desa = rng.choice([pl for pl in c["places"] if not pl[2]])
    st = rng.choice(c["streets"])
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
# objection grounds

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


# ---------------------------------------------------------------------------------------------
# helpers of the seventeenth layouts
# ---------------------------------------------------------------------------------------------
ORANGE = (235, 110, 20)
SHORT_PURPOSES = (
    "Bahan skripsi",
    "Tugas kuliah",
    "Bahan berita",
    "Pengawasan pemilu oleh warga",
    "Arsip pribadi",
    "Rapat evaluasi organisasi",
    "Penelitian partisipasi pemilih",
)
PURPLE = (103, 58, 183)


def rule_line(pg: Page, x1: float, y: float, x2: float, color=INK, w=0.8) -> None:
    pg.line(x1, y, x2, y, w, color)


def footer_band(pages: list[Page], lines: list[str], color, font="hr") -> None:
    """A coloured band at the foot of every page with the sender's address lines in white."""
    for pg in pages:
        h = 14 + 10 * len(lines)
        pg.rect(0, pg.h - h - 8, pg.w, h, 0, None, color)
        yy = pg.h - h + 4
        for s in lines:
            sz = min(7.6, (pg.w - 60) / max(1.0, tw(s, font, 1)))
            pg.t(pg.w / 2, yy, s, font, sz, WHITE, "c")
            yy += 10


def two_sign(
    d: Doc,
    left: tuple[list[str], str],
    right: tuple[list[str], str],
    stamp=None,
    head: list[str] | None = None,
) -> None:
    """Two signatures side by side (role lines, name), an optional heading centred above them and
    an organisation stamp between them."""
    c = d.ctx
    d.need(130 + 14 * len(head or []))
    for s in head or []:
        d.line_text(s, c.b, c.size, align="c")
    y0 = d.y + 4
    pg = d.pg
    xl, xr = d.L + 10, d.L + d.W * 0.58
    for x, (roles, name) in ((xl, left), (xr, right)):
        yy = y0
        for s in roles:
            pg.t(x, yy, s, c.r, c.size)
            yy += c.size * 1.4
        c.sig(pg, x + c.rng.uniform(-4, 10), yy - 4, 88)
        pg.t(x, yy + 46, name, c.b, c.size)
        pg.line(x, yy + 48, x + tw(name, c.b, c.size), yy + 48, 0.6)
    if stamp:
        c.stamp(pg, (xl + xr) / 2 - 10, y0 + 6, stamp[0], stamp[1], 74)
    d.y = y0 + len(left[0]) * c.size * 1.4 + 70


def tembusan(d: Doc, entries: list[str], label="Tembusan:", size=None) -> None:
    c = d.ctx
    size = size or c.size - 1
    d.need(size * 1.5 * 2)
    d.line_text(label, size=size)
    for i, s in enumerate(entries, 1):
        d.need(size * 1.45)
        d.pg.t(d.L, d.y, f"{i}.", c.r, size)
        d.para(s, size=size, x=d.L + 14, lead=size * 1.38)


def radio(pg: Page, x: float, y: float, on: bool, color=GREY) -> None:
    pg.circle(x + 4, y - 3.5, 4.6, 0.9, color)
    if on:
        pg.circle(x + 4, y - 3.5, 2.4, 0.6, PURPLE, PURPLE)


def hand_note(pg: Page, x: float, y: float, s: str, size: float, color, rng: random.Random) -> None:
    pg.t(x + rng.uniform(-1, 1), y + rng.uniform(-1, 1), s, "hand", size, color)


def col_rows(
    pg: Page,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    lw: float,
    w: float,
    font: str,
    vfont: str,
    size: float,
    lead: float,
    ink,
    hand=False,
) -> float:
    """label : value rows in a column of width w (each value kept on one line, shrunk to fit);
    returns the y below the last row."""
    for k, v in rows:
        pg.t(x, y, k, font, size)
        pg.t(x + lw, y, ":", font, size)
        vx = x + lw + 7
        vsz = size + (1.5 if hand else 0)
        avail = x + w - vx - 2
        vsz = min(vsz, avail / max(1.0, tw(v, vfont, 1))) if v else vsz
        if v:
            pg.t(
                vx + (random.Random(v).uniform(-1, 1) if hand else 0),
                y,
                v,
                vfont,
                vsz,
                ink if hand else INK,
            )
        if hand:
            dotted(pg, vx, y, x + w - 2)
        y += lead
    return y


def lc_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def month_year_en(d: date) -> str:
    return f"{BULAN_EN[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------------------------
# helpers of the eighteenth layouts
# ---------------------------------------------------------------------------------------------
NAMES_EXTRA = {  # more names per origin (added to the copied pools)
    "jawa": (
        ["Suharyanto", "Gunawan Prasetyo", "Yudi Kristianto", "Anton Sulistyo"],
        ["Sumiyati", "Rini Susanti", "Murtiningsih", "Winarsih"],
    ),
    "palembang": (
        ["Kgs. Ahmad Rifa'i", "Mgs. Syafei Ismail", "Kms. Abdul Halim", "Ujang Romli"],
        ["Nyimas Halimah", "Nyayu Khodijah", "Cik Ana Fitriani", "Masayu Nurhayati"],
    ),
    "batak": (
        ["Binsar Hutagalung", "Daniel Simatupang", "Hasiholan Sihombing", "Marojahan Purba"],
        ["Nurmaida br. Tambunan", "Ruth Sihotang", "Lenny br. Sitorus"],
    ),
    "minang": (
        ["Yuliardi Tanjung", "Dasril Caniago", "Refki Malin Sutan"],
        ["Netti Herawati", "Yelfi Susanti", "Rahmi Yuliani"],
    ),
    "tionghoa": (
        ["Kwee Hok Lie", "Benny Santoso Tan", "Rudy Hermawan Oei"],
        ["Lily Susanto", "Meiliana Kho", "Stefani Wijaya"],
    ),
    "arab": (
        ["Umar Said Baraja", "Salim Bin Thalib", "Abdullah Alhamid"],
        ["Sarah Alaydrus", "Rugayah Baharmus"],
    ),
    "umum": (
        ["Hendra Saputra", "Arief Rahman Hakim", "Doni Setiawan", "Reza Pahlevi"],
        ["Fitriani", "Novita Sari", "Ayu Lestari", "Rahma Dania"],
    ),
    "bali": (
        [
            "I Gede Suarjana",
            "I Komang Adi Putra",
            "I Wayan Mertayasa",
            "I Nengah Sudira",
            "I Putu Eka Wirawan",
            "I Nyoman Sukadana",
        ],
        ["Ni Wayan Sulastri", "Ni Komang Ayu Lestari", "Ni Nyoman Suarni", "Ni Putu Widiastuti"],
    ),
}
for _k, (_m, _f) in NAMES_EXTRA.items():
    NAMES[_k][0].extend(_m)
    NAMES[_k][1].extend(_f)

ID_L = {
    "name": ("Nama", "Nama", "Nama Lengkap", "Nama Pemohon"),
    "nik": ("NIK", "NIK", "No. KTP", "Nomor Induk Kependudukan", "NIK/No. KTP", "No. NIK"),
    "addr": ("Alamat", "Alamat", "Alamat Rumah", "Alamat Domisili", "Alamat Lengkap"),
    "phone": (
        "No. HP",
        "Telp/WA",
        "No. Telp/HP",
        "Nomor Telepon",
        "HP/WhatsApp",
        "No. WA",
        "Telp.",
    ),
    "mail": ("Surel", "E-mail", "Email", "Alamat Surel", "Alamat E-mail"),
    "job": ("Pekerjaan",),
    "birth": ("Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "TTL"),
}


def id_rows(
    rng: random.Random,
    p: dict,
    addr: str,
    nik: str | None = "",
    job=0.6,
    mail=0.45,
    birth=0.0,
    phone=True,
) -> tuple[list[tuple[str, str]], dict]:
    """Identity rows with varied labels; nik "" = the person's own NIK (spaced sometimes), None
    = no NIK row, anything else = printed as given.  Returns the rows and what they show."""
    rows = [(rng.choice(ID_L["name"]), p["name"])]
    shown = {"nik": None, "job": None, "mail": None, "phone": None}
    if rng.random() < birth:
        rows.append(
            (
                rng.choice(ID_L["birth"]),
                f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash', 'slash0')))}",
            )
        )
    if nik is not None:
        v = nik or p["nik"]
        rows.append((rng.choice(ID_L["nik"]), spaced_nik(v, rng) if not nik else v))
        shown["nik"] = v
    if rng.random() < job:
        rows.append((rng.choice(ID_L["job"]), p["job"]))
        shown["job"] = p["job"]
    rows.append((rng.choice(ID_L["addr"]), addr))
    if phone:
        rows.append((rng.choice(ID_L["phone"]), wa_mark(rng, p["phone"])))
        shown["phone"] = p["e164"]
    if rng.random() < mail:
        rows.append((rng.choice(ID_L["mail"]), p["email_printed"]))
        shown["mail"] = p["email"]
    return rows, shown


PREFIXES = (
    "Kms.",
    "Mgs.",
    "Kgs.",
    "Nyimas",
    "Nyayu",
    "R.A.",
    "R.M.",
    "Cek",
    "Cik",
    "Masayu",
    "H.",
    "Hj.",
    "Dr.",
    "Ir.",
    "Drs.",
    "Dra.",
    "dr.",
    "Pdt.",
    "I",
    "Ni",
)


def call_name(p: dict) -> str:
    """The name a person is called by in a short message (first word of the core name)."""
    words = [w for w in p["core"].split() if w not in PREFIXES]
    if (
        p["origin"] == "bali"
        and len(words) > 1
        and words[0]
        in ("Made", "Wayan", "Ketut", "Nyoman", "Komang", "Putu", "Gede", "Nengah", "Luh")
    ):
        return words[1]
    return words[0] if words else p["core"]


def hand_mode(ctx: Ctx, top=96.0) -> tuple[Doc, float]:
    """Switch the context to hand-writing on folio paper; returns the Doc and its line lead."""
    ctx.r = ctx.b = ctx.i = "hand"
    ctx.size = ctx.rng.choice((12.0, 12.5))
    return Doc(ctx, top=top, left=72, right=PW - 50, paper="folio"), 19.0


def desa_region(rng: random.Random) -> tuple[dict, str, str]:
    """A regency with villages; returns (region, desa, kecamatan)."""
    regs = [r for r in REGIONS if r["kind"] == "Kab" and any(pl[2] for pl in r["places"])]
    reg = rng.choice(regs)
    desa, kec, _ = rng.choice([pl for pl in reg["places"] if pl[2]])
    return reg, desa, kec


def kab_upper(reg: dict) -> str:
    """ "KABUPATEN OGAN ILIR" / "KOTA PALEMBANG" as a letterhead writes it."""
    return reg["kab_ktp"]


def kab_title(reg: dict) -> str:
    return title_id(reg["kab_ktp"]).replace("Oku", "OKU")


def abbr(s: str) -> str:
    return "".join(w[0] for w in re.sub(r"[^A-Za-z ]", " ", s).split()).upper()


def ob_dl_kami(rng: random.Random, ob, dl, kami=True) -> str:
    """The obtain / delivery wish of a body ("kami") or a person, as one sentence."""
    if not kami:
        return ob_dl_words(rng, ob, dl)
    if ob and dl:
        return f"Kami berharap dapat {OB_KAMI[ob]}, dan salinan tersebut {DL_KAMI[dl]}."
    if ob:
        return f"Kami berharap dapat {OB_KAMI[ob]}."
    if dl:
        return f"Informasi tersebut {DL_KAMI[dl]}."
    return ""


def ellipse(pg: Page, cx: float, cy: float, rx: float, ry: float, color, w=1.3, rng=None) -> None:
    """A pen loop drawn round something (a hand-drawn ellipse, slightly open)."""
    n = 36
    j = rng.uniform(-0.15, 0.15) if rng else 0.0
    pts = []
    for k in range(n + 3):
        a = 2 * math.pi * k / n + j
        pts.append((cx + rx * math.cos(a) * (1 + 0.02 * k / n), cy + ry * math.sin(a)))
    for a, b in itertools.pairwise(pts):
        pg.line(a[0], a[1], b[0], b[1], w, color)


def arrow(pg: Page, x1: float, y1: float, x2: float, y2: float, color, w=1.1) -> None:
    pg.line(x1, y1, x2, y2, w, color)
    a = math.atan2(y2 - y1, x2 - x1)
    for s in (2.6, -2.6):
        pg.line(x2, y2, x2 - 7 * math.cos(a + s / 6), y2 - 7 * math.sin(a + s / 6), w, color)


def photo_box(pg: Page, x: float, y: float, w: float, h: float) -> None:
    """A passport-style photo (a picture): grey field, head and shoulders."""
    pg.rect(x, y, w, h, 0.6, GREY, (200, 205, 215))
    pg.circle(x + w / 2, y + h * 0.38, w * 0.2, 0.5, (120, 120, 130), (150, 150, 160))
    pg.rect(x + w * 0.2, y + h * 0.65, w * 0.6, h * 0.35, 0, None, (120, 120, 135))


def official_name(rng: random.Random) -> str:
    """The name of an official who signs for a body: a title now and then, one or two degrees."""
    p = make_person(rng, degree_p=0.0, prefix_p=0.0)
    name = p["core"]
    if rng.random() < 0.35:
        if p["origin"] in NON_MUSLIM:
            pf = rng.choice(("Dr.", "Ir."))
        else:
            pf = rng.choice(
                ("H.", "Dr.", "Drs.", "Ir.", "Dr. H.") if p["male"] else ("Hj.", "Dr.", "Dra.")
            )
        if not name.startswith(
            ("Kms.", "Mgs.", "Kgs.", "Nyimas", "Nyayu", "R.", "Cek", "Cik", "Masayu")
        ):
            name = f"{pf} {name}"
    if not name.startswith(("Drs.", "Dra.")):
        name += ", " + rng.choice([g for g in DEG_1 if g != "A.Md."])
        if rng.random() < 0.7:
            name += ", " + rng.choice(DEG_2)
    return name


def ki_reg(rng: random.Random, d: date) -> str:
    n = rng.randint(1, 75)
    return rng.choice(
        (
            f"{n:03d}/REG-PSI/{roman(d.month)}/{d.year}",
            f"{n:03d}/REG-PSI/KI-SS/{roman(d.month)}/{d.year}",
            f"{n}/REG-PSI/{roman(d.month)}/{d.year}",
        )
    )


def mail_stamp(d: date, rng: random.Random) -> str:
    """A webmail date line: "Sen, 9 Mar 2026 10.14" and similar."""
    h, m = rng.randint(7, 22), rng.randint(0, 59)
    return rng.choice(
        (
            f"{HARI3[d.weekday()]}, {d.day} {BLN3[d.month - 1]} {d.year} {h:02d}.{m:02d}",
            f"{d.day} {BULAN[d.month - 1]} {d.year} pukul {h:02d}.{m:02d}",
            f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year} {h:02d}:{m:02d}",
        )
    )


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
DESA_ITEMS = (
    "Jumlah pemilih per TPS di Desa {desa} pada Pemilihan Tahun 2024",
    "Daftar lokasi TPS di Desa {desa} pada Pemilu 2024",
    "Salinan formulir Model C.Hasil seluruh TPS di Desa {desa} pada Pemilihan Gubernur 2024",
    "Daftar nama anggota KPPS di Desa {desa} pada Pemilihan 2024",
    "Data pemilih pemula Desa {desa} dalam DPT Pemilu 2024",
    "Jumlah pemilih penyandang disabilitas di Desa {desa}",
    "Rekapitulasi tingkat partisipasi pemilih Desa {desa} pada Pemilihan Gubernur 2024",
    "Hasil pemutakhiran data pemilih berkelanjutan untuk Desa {desa} Semester II 2025",
)
DESA_PURPOSES = (
    "Penyusunan Profil Desa {desa} Tahun 2026",
    "Perencanaan program sosialisasi pemilih di Desa {desa}",
    "Pemutakhiran data monografi desa",
    "Bahan Musyawarah Perencanaan Pembangunan Desa (Musrenbangdes) Tahun 2026",
    "Pendataan warga desa yang belum terdaftar sebagai pemilih",
)
MUSDES_UNSUR = (
    "Ketua BPD",
    "Anggota BPD",
    "Sekretaris Desa",
    "Kepala Dusun I",
    "Kepala Dusun II",
    "Tokoh Masyarakat",
    "Tokoh Agama",
    "Ketua Karang Taruna",
    "Ketua TP PKK Desa",
    "Tokoh Pemuda",
)


def p01_kades_musdes_berita_acara(ctx: Ctx) -> Letter:
    """A village head (kepala desa) asks on the village letterhead (PEMERINTAH KABUPATEN ... /
    KECAMATAN ... / DESA ... or KANTOR KEPALA DESA ...), "berdasarkan hasil Musyawarah Desa";
    identity rows with a Jabatan (a Pekerjaan row sometimes), numbered items about the village,
    desa stamp over the signature, Tembusan to the camat / BPD now and then; page 2 the BERITA
    ACARA MUSYAWARAH DESA (its own Nomor, the meeting day in words, participants' table, the
    agreements, Ketua BPD and kepala desa sign)."""
    rng = ctx.rng
    reg, desa, kec = desa_region(rng)
    p = make_person(
        rng, male=rng.random() < 0.85, degree_p=0.3, prefix_p=0.12, region=reg, born=(1965, 1992)
    )
    p.update(kel=desa, kec=kec, desa=True, street=f"Dusun {rng.choice(('I', 'II', 'III', 'IV'))}")
    d = Doc(ctx, top=60)
    name_line = rng.choice((f"DESA {desa.upper()}", f"KANTOR KEPALA DESA {desa.upper()}"))
    post = f"{reg['post']}{rng.randint(11, 99)}"
    office = f"{rng.choice(reg['streets'])} Desa {desa} Kecamatan {kec}"
    kop2(
        d,
        [
            ("PEMERINTAH " + kab_upper(reg), ctx.b, 12.5),
            ("KECAMATAN " + kec.upper(), ctx.b, 13),
            (name_line, ctx.b, 16),
        ],
        [f"Alamat: {office} Kode Pos {post}"],
        rng.choice(("l", "l", "c")),
        rng.choice((INK, INK, GREEN)),
        rng.choice(("double", "thinthick", "single")),
        kinds=("shield",),
    )
    nl, ll, hl = labels(rng)
    nomor = rng.choice(
        (
            f"{rng.choice(('140', '400', '470', '005'))}/{rng.randint(10, 199):03d}/DS-{abbr(desa)}/{ctx.date.year}",
            f"{rng.choice(('140', '400.10', '470'))}/{rng.randint(5, 150)}/{abbr(desa)}/{roman(ctx.date.month)}/{ctx.date.year}",
        )
    )
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilih Desa",
            "Permohonan Data Kepemiluan Desa " + desa,
            "Permintaan Informasi",
        )
    )
    nomor_block(
        d,
        [
            (nl, nomor),
            (ll, rng.choice(("1 (satu) berkas", "1 (satu) lembar", "1 berkas"))),
            (hl, subj),
        ],
        right=place_date(rng, desa, ctx.date),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    use_office = rng.random() < 0.45
    addr = f"Kantor Desa {desa}, {office}, {kab_name(reg)}" if use_office else fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    rows = [(rng.choice(ID_L["name"][:3]), p["name"])]
    if show_nik:
        rows.append((rng.choice(ID_L["nik"]), spaced_nik(p["nik"], rng)))
    rows.append(("Jabatan", f"Kepala Desa {desa}"))
    show_job = rng.random() < 0.4
    if show_job:
        rows.append(("Pekerjaan", "Kepala Desa"))
    rows.append(("Alamat Kantor" if use_office and rng.random() < 0.5 else "Alamat", addr))
    rows.append((rng.choice(ID_L["phone"]), wa_mark(rng, p["phone"])))
    kv_rows(d, rows, x=d.L + 18)
    musdes = ctx.date - timedelta(days=rng.randint(3, 20))
    d.gap(3)
    d.para(
        f"dengan ini, berdasarkan hasil Musyawarah Desa {desa} tanggal {fmt_date(musdes, 'long')} "
        "sebagaimana Berita Acara terlampir, mengajukan permohonan informasi publik kepada PPID "
        "KPU Provinsi Sumatera Selatan berupa:",
        justify=True,
    )
    pool = [s.format(desa=desa) for s in DESA_ITEMS]
    items = rng.sample(pool, rng.randint(2, 4))
    d.numbered(items, rng.choice(("{}.", "{})")), x=d.L + 14, hang=18)
    purpose = rng.choice(DESA_PURPOSES).format(desa=desa)
    d.para(
        rng.choice(
            (
                f"Informasi tersebut akan kami gunakan untuk {lc1(purpose)}.",
                f"Adapun tujuan penggunaan informasi tersebut adalah {lc1(purpose)}.",
            )
        ),
        justify=True,
    )
    ob, dl = obtain_deliver(rng, 0.8, 0.75)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    sign_block(
        d,
        [f"Kepala Desa {desa},"],
        p["name"],
        stamp=("PEMERINTAH DESA " + desa.upper(), "KADES"),
    )
    if rng.random() < 0.5:
        tembusan(d, [f"Camat {kec}", f"Ketua BPD Desa {desa}", "Arsip"][: rng.randint(1, 3)])
    # page 2: the berita acara of the village meeting
    d.newpage()
    d.line_text("BERITA ACARA MUSYAWARAH DESA", ctx.b, ctx.size + 2, align="c")
    d.line_text(f"DESA {desa.upper()} KECAMATAN {kec.upper()}", ctx.b, ctx.size, align="c")
    d.line_text(
        f"Nomor: {rng.choice(('141', '140', '005'))}/{rng.randint(1, 60):02d}/BA-MD/{musdes.year}",
        align="c",
    )
    d.gap(8)
    d.para(
        f"Pada hari ini {HARI[musdes.weekday()]} tanggal {terbilang(musdes.day)} bulan "
        f"{BULAN[musdes.month - 1]} tahun {terbilang(musdes.year)}, bertempat di Balai Desa {desa}, "
        "telah dilaksanakan Musyawarah Desa dengan agenda pembahasan kebutuhan data kepemiluan "
        "desa, yang dihadiri oleh unsur-unsur sebagai berikut:",
        justify=True,
    )
    unsur = rng.sample(MUSDES_UNSUR, rng.randint(5, 8))
    people: list[dict] = []
    while len(people) < len(unsur):
        q = make_person(rng, degree_p=0.15, prefix_p=0.1, region=reg)
        if q["core"] != p["core"] and all(q["core"] != o["core"] for o in people):
            people.append(q)
    table2(
        d,
        [28, 210, d.W - 28 - 210 - 90, 90],
        [
            [f"{i}.", q["name"], u, ""]
            for i, (q, u) in enumerate(zip(people, unsur, strict=True), 1)
        ],
        header=["No", "Nama", "Unsur", "Tanda Tangan"],
    )
    d.line_text("Hasil kesepakatan musyawarah:", ctx.b)
    d.numbered(
        [
            "Pemerintah Desa mengajukan permohonan data kepemiluan kepada PPID KPU Provinsi "
            "Sumatera Selatan melalui Kepala Desa.",
            f"Data yang diperoleh dimanfaatkan untuk {lc1(purpose)}.",
            "Hasil pemanfaatan data dilaporkan dalam musyawarah desa berikutnya.",
        ],
        x=d.L + 8,
    )
    d.para(
        "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.", justify=True
    )
    bpd = people[unsur.index("Ketua BPD")] if "Ketua BPD" in unsur else people[0]
    two_sign(d, (["Ketua BPD,"], bpd["name"]), ([f"Kepala Desa {desa},"], p["name"]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        occupation="Kepala Desa" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=name_line,
    )
    return Letter("permohonan_informasi", "P01_kades_musdes_berita_acara", d.pages, fields)


PARTAI_KAB = (
    "Partai Bintang Nusantara",
    "Partai Karya Pembangunan",
    "Partai Rakyat Sejahtera",
    "Partai Demokrasi Bangsa",
    "Partai Kebangkitan Umat",
    "Partai Persatuan Indonesia Raya",
)
DPRD_ITEMS = (
    "Jumlah pemilih dalam DPT Pemilihan Gubernur 2024 per kecamatan di Daerah Pemilihan {dapil}",
    "Hasil rekapitulasi suara Pemilihan Gubernur dan Wakil Gubernur 2024 per kecamatan di {kab}",
    "Jumlah TPS dan jumlah pemilih per desa/kelurahan di Daerah Pemilihan {dapil}",
    "Data pemutakhiran data pemilih berkelanjutan Semester II 2025 untuk {kab}",
    "Daftar TPS di {kab} yang melaksanakan pemungutan suara ulang pada Pemilihan 2024",
    "Jumlah pemilih penyandang disabilitas di Daerah Pemilihan {dapil}",
    "Rincian penggunaan dana hibah Pemilihan Gubernur 2024 yang dialokasikan untuk {kab}",
)
DPRD_PURPOSES = (
    "Bahan rapat kerja Komisi I dengan mitra kerja",
    "Tindak lanjut aspirasi warga Daerah Pemilihan {dapil}",
    "Bahan penyusunan pokok-pokok pikiran DPRD Tahun 2027",
    "Bahan pengawasan penyelenggaraan pemilihan di daerah pemilihan saya",
)


def p02_dprd_kab_rumah_aspirasi(ctx: Ctx) -> Letter:
    """A member of a regency / city DPRD writes on his personal letterhead (photo at the left,
    his name large, "ANGGOTA DPRD KABUPATEN ...", faction and commission, Daerah Pemilihan, a
    "Rumah Aspirasi" line with phone and e-mail under a rule); the request cites UU 14/2008, the
    items as dash bullets, the identity as rows after them (a "Pekerjaan: Anggota DPRD ..." row
    sometimes) or in one closing sentence; Tembusan to the DPRD chair and the faction."""
    rng = ctx.rng
    reg = rng.choice(REGIONS)
    kabu = kab_upper(reg)
    kab_t = kab_title(reg)
    dapil = f"{reg.get('kab', reg['city'])} {rng.randint(1, 6)}"
    p = make_person(rng, degree_p=0.7, prefix_p=0.3, region=reg, born=(1965, 1990))
    party = rng.choice(PARTAI_KAB)
    d = Doc(ctx, top=50)
    pg = d.pg
    photo_box(pg, d.L, 40, 50, 62)
    x0 = d.L + 62
    nm_size = min(16.0, (d.R - x0) / tw(p["name"], ctx.b, 1))
    pg.t(x0, 56, p["name"], ctx.b, nm_size, NAVY)
    pg.t(
        x0,
        72,
        "ANGGOTA DPRD " + kabu,
        ctx.b,
        min(11.0, (d.R - x0) / tw("ANGGOTA DPRD " + kabu, ctx.b, 1)),
    )
    pg.t(x0, 86, f"Fraksi {party}  |  Komisi {rng.choice(('I', 'I', 'II', 'III'))}", ctx.r, 9)
    pg.t(x0, 98, f"Daerah Pemilihan {dapil}", ctx.i, 9)
    pg.line(d.L, 110, d.R, 110, 1.6, NAVY)
    asp = f"{rng.choice(reg['streets'])} No. {rng.randint(2, 200)}, {kab_name(reg)}"
    contact = f"Rumah Aspirasi: {asp}  Telp/WA {p['phone']}"
    in_head_mail = rng.random() < 0.5
    if in_head_mail:
        contact += f"  Surel: {p['email_printed']}"
    pg.t((d.L + d.R) / 2, 121, contact, ctx.r, min(7.8, d.W / tw(contact, ctx.r, 1)), align="c")
    d.y = 146
    show_no = rng.random() < 0.7
    nl, _ll, hl = labels(rng)
    nomor = f"{rng.randint(1, 80):03d}/RA-{abbr(p['core'])}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilu Daerah Pemilihan",
            "Permintaan Informasi dan Data",
        )
    )
    rows = ([(nl, nomor)] if show_no else []) + [(hl, subj)]
    nomor_block(d, rows, right=place_date(rng, reg["city"], ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para(
        f"Dalam rangka pelaksanaan fungsi pengawasan dan tindak lanjut aspirasi masyarakat di Daerah "
        f"Pemilihan {dapil}, saya selaku Anggota DPRD {kab_t} mengajukan permohonan informasi "
        "publik berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, "
        "berupa:",
        justify=True,
    )
    pool = [s.format(dapil=dapil, kab=kab_t) for s in DPRD_ITEMS]
    items = rng.sample(pool, rng.randint(2, 4))
    bullet = rng.choice(("-", "–", "•"))
    for it in items:
        d.need(ctx.size * 1.4)
        d.pg.t(d.L + 12, d.y, bullet, ctx.r, ctx.size)
        d.para(it, x=d.L + 26)
    purpose = rng.choice(DPRD_PURPOSES).format(dapil=dapil)
    d.para(f"Informasi tersebut saya perlukan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    home = fmt_address(p, rng)
    mail_truth = p["email"] if in_head_mail else None
    nik_truth = job_truth = None
    if rng.random() < 0.6:
        d.para("Adapun identitas saya sebagai pemohon:", justify=True)
        use_asp = rng.random() < 0.35
        addr = asp if use_asp else home
        rows = [("Nama", p["name"])]
        if rng.random() < 0.6:
            rows.append((rng.choice(ID_L["nik"]), spaced_nik(p["nik"], rng)))
            nik_truth = p["nik"]
        if rng.random() < 0.5:
            job_truth = "Anggota DPRD " + kab_t
            rows.append(("Pekerjaan", job_truth))
        rows.append(("Alamat Rumah Aspirasi" if use_asp else rng.choice(ID_L["addr"]), addr))
        rows.append((rng.choice(ID_L["phone"]), p["phone"]))
        if rng.random() < 0.5:
            rows.append((rng.choice(ID_L["mail"]), p["email_printed"]))
            mail_truth = p["email"]
        kv_rows(d, rows, x=d.L + 18)
    else:
        addr = home
        d.para(
            f"Permohonan ini saya ajukan atas nama pribadi selaku anggota DPRD, dengan alamat {addr} "
            f"dan nomor telepon {p['phone']}.",
            justify=True,
        )
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,", f"Anggota DPRD {kab_t},"], p["name"])
    if rng.random() < 0.6:
        tembusan(d, [f"Ketua DPRD {kab_t}", f"Ketua Fraksi {party} DPRD {kab_t}", "Arsip"])
    fields = F(
        applicant_name=p["name"],
        nik=nik_truth,
        address=addr,
        phone=p["e164"],
        email=mail_truth,
        occupation=job_truth,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor if show_no else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P02_dprd_kab_rumah_aspirasi", d.pages, fields)


FWD_SUBJ = (
    "Permohonan Informasi Data Pemilih",
    "Permohonan Informasi Publik",
    "Permintaan Data Hasil Pemilihan 2024",
    "Mohon Informasi Data TPS",
)


def p03_fwd_surel_berantai(ctx: Ctx) -> Letter:
    """A webmail print of a forwarded thread: on top the citizen's short note to the provincial
    PPID ("Fwd: Re: ..." / "Fwd: ..."), then the "---------- Forwarded message ---------" header
    block, the KPU kabupaten/kota's reply redirecting the citizen to the province (with that office's
    phone), and under "Pada ... menulis:" the original request as a quoted block (grey bar at the
    left) with labelled identity rows, numbered items, purpose and wish; browser header / footer."""
    rng = ctx.rng
    fam = rng.choice(("helv", "dejavu", "cond"))
    fr, fb, _fi = FAMILIES[fam]
    ctx.r, ctx.b = fr, fb
    ctx.size = 9.5
    d = Doc(ctx, top=52, left=48, right=PW - 44)
    p = make_person(rng, degree_p=0.3, prefix_p=0.08)
    kreg = rng.choice(REGIONS[1:])
    kab_office = f"KPU {kab_title(kreg)}"
    kab_mail = f"ppid.{re.sub(r'[^a-z]', '', kreg.get('kab', kreg['city']).lower())}@kpu.go.id"
    d0 = ctx.date - timedelta(days=rng.randint(5, 14))
    d1 = ctx.date - timedelta(days=rng.randint(1, 4))
    orig = rng.choice(FWD_SUBJ)
    via_reply = rng.random() < 0.7
    subj = ("Fwd: Re: " if via_reply else "Fwd: ") + orig
    pg = d.pg
    pg.t(d.L, d.y, "Gmail", fb, 15, (200, 50, 40))
    pg.t(d.R, d.y, p["email"], fr, 8.5, GREY, "r")
    d.gap(10)
    pg.line(d.L, d.y, d.R, d.y, 0.8, LIGHT)
    d.gap(22)
    d.para(subj, fb, 13)
    d.line_text(rng.choice(("2 pesan", "3 pesan", "Kotak Masuk")), fr, 8, color=GREY)
    d.gap(6)
    who = re.sub(r",.*$", "", p["name"])
    mail_message_head(
        d, who, p["email"], mail_stamp(ctx.date, rng), "ppid@sumsel.kpu.go.id", fr, fb
    )
    first = call_name(p)
    d.line_text("Yth. Admin PPID KPU Provinsi Sumatera Selatan,")
    d.gap(4)
    d.para(
        rng.choice(
            (
                f"Bersama ini saya teruskan permohonan informasi saya yang sebelumnya terkirim ke {kab_office}. "
                "Sesuai jawaban petugas di bawah, permohonan ini saya ajukan kembali kepada PPID Provinsi. "
                "Mohon dapat diproses. Terima kasih.",
                f"Permohonan di bawah ini sudah saya kirim ke {kab_office}, dan saya diarahkan untuk "
                "mengajukannya ke PPID KPU Provinsi. Mohon bantuannya.",
            )
        )
    )
    d.gap(4)
    d.line_text("Salam,")
    d.line_text(first)
    d.gap(10)
    d.line_text("---------- Forwarded message ---------")
    sender_q = (f"Admin PPID {kab_office}", kab_mail) if via_reply else (who, p["email"])
    d.line_text(f"Dari: {sender_q[0]} <{sender_q[1]}>")
    d.line_text(f"Date: {mail_stamp(d1 if via_reply else d0, rng)}")
    d.line_text(f"Subject: {'Re: ' if via_reply else ''}{orig}")
    d.line_text(f"To: {who} <{p['email']}>" if via_reply else f"To: {kab_office} <{kab_mail}>")
    d.gap(8)
    if via_reply:
        ph, _e = landline(rng, kreg["area"])
        d.para(
            f"Selamat siang Bapak/Ibu {first}, terima kasih telah menghubungi PPID {kab_office}. "
            "Informasi yang Bapak/Ibu minta dikuasai oleh KPU Provinsi Sumatera Selatan. Silakan "
            "mengajukan permohonan kepada PPID KPU Provinsi melalui surel ppid@sumsel.kpu.go.id."
        )
        d.line_text("Salam,")
        d.line_text(f"Admin PPID {kab_office}")
        d.line_text(f"Telp. {ph}")
        d.gap(6)
        d.para(f"Pada {mail_stamp(d0, rng)}, {who} <{p['email']}> menulis:", color=GREY)
        d.gap(2)
    # the original request, quoted with a grey bar
    qx = d.L + 14
    top = d.y - 10
    top_page = len(d.pages)
    d.L = qx
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.75 else None, job=0.6, mail=0.0)
    kv_rows(d, rows)
    d.line_text("Mengajukan permohonan informasi berupa:")
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    d.numbered(items)
    purpose = rng.choice(PURPOSES)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    if rng.random() < 0.5:
        rows2 = [("Tujuan penggunaan", purpose)]
        if ob:
            rows2.append(("Cara memperoleh", OBTAIN[ob][0]))
        if dl:
            rows2.append(("Cara mendapatkan salinan", DELIVER[dl][0]))
        kv_rows(d, rows2)
    else:
        d.para(
            f"Informasi tersebut saya perlukan untuk {lc1(purpose)}. " + ob_dl_words(rng, ob, dl)
        )
    d.line_text("Terima kasih.")
    d.line_text(p["name"])
    for i in range(top_page - 1, len(d.pages)):
        y_a = top if i == top_page - 1 else d.top - 10
        y_b = d.y - 8 if i == len(d.pages) - 1 else d.bottom
        d.pages[i].line(qx - 8, y_a, qx - 8, y_b, 2.2, LIGHT)
    browser_chrome(
        d.pages,
        f"Gmail - {subj}",
        f"https://mail.google.com/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all&permthid=thread-f:{rng.randint(10**17, 10**18)}",
        fr,
        f"{ctx.date.day}/{ctx.date.month}/{ctx.date.year % 100} {hhmm(rng, ':')}",
    )
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=p["email"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P03_fwd_surel_berantai", d.pages, fields)


MEMO_PADS = (
    ("MEMO", "Bank Sumsel Babel - Melayani dengan Hati"),
    ("Memo", "Apotek Sehat Farma  Jl. Sudirman 88 Palembang"),
    ("NOTE", "Toko Buku & ATK Diva"),
    ("MEMO", "Hotel Swarna Dwipa Palembang"),
    ("Catatan", ""),
)
MEMO_TEXT = (
    [
        "Yth. Petugas PPID,",
        "Bersama ini saya serahkan",
        "surat permohonan informasi",
        "(terlampir). Mohon dibantu",
        "prosesnya. Terima kasih.",
    ],
    [
        "Kpd. Bpk/Ibu PPID KPU Prov.",
        "Mohon surat saya terlampir",
        "dapat diproses. Kalau ada",
        "kekurangan mohon kabari saya.",
    ],
    [
        "Yth. Meja Layanan Informasi",
        "Titip surat permohonan data,",
        "saya tunggu kabarnya.",
        "Terima kasih banyak.",
    ],
)


def p04_memo_tempel_pengantar(ctx: Ctx) -> Letter:
    """A request stapled under the applicant's own hand-written cover memo: page 1 the memo sheet
    (a printed pad "MEMO" / "NOTE" with a shop's, bank's or hotel's imprint, or a yellow sticky
    note) photocopied on A4 with the staple; page 2 the typed letter (Lampiran line, identity
    rows, numbered items, purpose and wish), page 3 the KTP sometimes.  Always a scan."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.35, prefix_p=0.12)
    first = call_name(p)
    memo_day = ctx.date + timedelta(days=rng.randint(0, 3))
    # page 1: the memo
    memo = Page()
    ink = rng.choice((BLUE, (20, 20, 40), (40, 40, 110)))
    sticky = rng.random() < 0.35
    x0, y0 = rng.uniform(90, 200), rng.uniform(70, 150)
    w, h = (200.0, 200.0) if sticky else (250.0, 300.0)
    if sticky:
        memo.rect(x0 + 3, y0 + 3, w, h, 0, None, (215, 215, 205))
        memo.rect(x0, y0, w, h, 0.3, (210, 200, 120), (252, 240, 150))
        yy = y0 + 30
    else:
        title, imprint = rng.choice(MEMO_PADS)
        memo.rect(x0, y0, w, h, 0.6, GREY, (250, 250, 250))
        memo.t(x0 + 14, y0 + 28, title, "hb", 17, (30, 60, 120))
        if imprint:
            memo.t(x0 + w - 10, y0 + h - 10, imprint, "hr", 6.2, GREY, "r")
        for k in range(10):
            ly = y0 + 52 + k * 22
            memo.line(x0 + 10, ly, x0 + w - 10, ly, 0.4, (170, 190, 215))
        memo.t(x0 + 12, y0 + 46, "Untuk:", "hr", 7.5, GREY)
        memo.t(x0 + w / 2 + 10, y0 + 46, "Tgl:", "hr", 7.5, GREY)
        memo.t(x0 + w / 2 + 30, y0 + 45, memo_day.strftime("%d/%m/%y"), "hand", 11, ink)
        yy = y0 + 72
    for s in rng.choice(MEMO_TEXT):
        memo.t(x0 + 14 + rng.uniform(-2, 2), yy, s, "hand", 12.5 if not sticky else 11.5, ink)
        yy += 22 if not sticky else 19
    memo.t(x0 + w * 0.45, yy + 4, f"- {first}", "hand", 13, ink)
    if rng.random() < 0.4:
        memo.t(x0 + 14, yy + 26, f"HP {p['phone']}", "hand", 11.5, ink)
    memo.line(x0 - 8, y0 + 12, x0 + 14, y0 - 4, 2.4, (110, 110, 110))  # the staple
    # page 2: the letter
    d = Doc(ctx, top=66)
    d.pages = [memo, d.pg]
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Salinan Data", "Permintaan Informasi Publik")
    )
    ktp = rng.random() < 0.5
    nomor_block(
        d,
        [(ll, "1 (satu) lembar fotokopi KTP" if ktp else "-"), (hl, subj)],
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.7 else None, job=0.65, mail=0.4)
    kv_rows(d, rows, x=d.L + 16)
    d.para("dengan ini mengajukan permohonan informasi publik sebagai berikut:", justify=True)
    items = info_items(rng, 1, 3)
    d.numbered(items, x=d.L + 10)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,", "Pemohon,"], p["name"])
    nik_truth = shown["nik"]
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
        nik_truth = p["nik"]
    fields = F(
        applicant_name=p["name"],
        nik=nik_truth,
        address=addr,
        phone=p["e164"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P04_memo_tempel_pengantar",
        d.pages,
        fields,
        scan_hint={"scan_only": True},
    )


JOINT_PURPOSES = (
    "Bahan penelitian bersama tentang partisipasi pemilih di Sumatera Selatan",
    "Penyusunan laporan pemantauan pemilu oleh komunitas kami",
    "Bahan penulisan buku tentang sejarah pemilihan di daerah",
    "Bahan kajian bersama untuk seminar kampus",
    "Bahan diskusi warga tentang pemutakhiran data pemilih",
)


def p05_dua_pemohon_bersama(ctx: Ctx) -> Letter:
    """A joint request of two people ("Kami yang bertanda tangan di bawah ini"): their particulars
    either side by side in a ruled grid (label | PEMOHON I | PEMOHON II; each value on one line)
    with both addresses as full-width rows under it, or one numbered block per person; lettered
    items, a shared purpose and wish; both sign side by side ("Pemohon I" / "Pemohon II"); both
    KTP cards on a last page sometimes."""
    rng = ctx.rng
    p1 = make_person(rng, degree_p=0.35, prefix_p=0.1)
    p2 = make_person(
        rng, degree_p=0.35, prefix_p=0.1, region=p1["region"] if rng.random() < 0.6 else None
    )
    d = Doc(ctx, top=62)
    title = rng.random() < 0.5
    subj = None
    if title:
        d.line_text("SURAT PERMOHONAN INFORMASI PUBLIK", ctx.b, ctx.size + 2, align="c")
        d.line_text("(Permohonan Bersama)", ctx.i, align="c")
        d.gap(8)
    else:
        d.line_text(place_date(rng, p1["city"], ctx.date), align="r")
        _nl, _ll, hl = labels(rng)
        subj = rng.choice(
            (
                "Permohonan Informasi Publik (Bersama)",
                "Permohonan Bersama Informasi Publik",
                "Permohonan Informasi",
            )
        )
        nomor_block(d, [(hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Kami yang bertanda tangan di bawah ini:")
    a1, a2 = fmt_address(p1, rng), fmt_address(p2, rng)
    show_mail = rng.random() < 0.4
    show_job = rng.random() < 0.75
    nik_l = rng.choice(ID_L["nik"])
    ph_l = rng.choice(ID_L["phone"])
    if rng.random() < 0.55:
        # grid: label | Pemohon I | Pemohon II
        lw = 92.0
        cw = (d.W - lw) / 2
        rows = [("Nama", p1["name"], p2["name"]), (nik_l, p1["nik"], p2["nik"])]
        if show_job:
            rows.append(("Pekerjaan", p1["job"], p2["job"]))
        rows.append((ph_l, p1["phone"], p2["phone"]))
        if show_mail:
            rows.append((rng.choice(ID_L["mail"]), p1["email_printed"], p2["email_printed"]))
        rh = ctx.size * 1.7
        d.need(rh * (len(rows) + 1) + 10)
        pg = d.pg
        y = d.y
        pg.rect(d.L, y, d.W, rh, 0, None, LIGHT)
        pg.t(d.L + lw + cw / 2, y + rh - 5, "PEMOHON I", ctx.b, ctx.size - 0.5, align="c")
        pg.t(d.L + lw + cw * 1.5, y + rh - 5, "PEMOHON II", ctx.b, ctx.size - 0.5, align="c")
        for k in range(len(rows) + 2):
            pg.line(d.L, y + k * rh, d.R, y + k * rh, 0.6)
        for xx in (d.L, d.L + lw, d.L + lw + cw, d.R):
            pg.line(xx, y, xx, y + (len(rows) + 1) * rh, 0.6)
        for i, (lab, v1, v2) in enumerate(rows, 1):
            by = y + i * rh + rh - 5
            pg.t(d.L + 4, by, lab, ctx.r, ctx.size - 0.5)
            for j, v in enumerate((v1, v2)):
                sz = min(ctx.size - 0.5, (cw - 8) / tw(v, ctx.r, 1))
                pg.t(d.L + lw + j * cw + 4, by, v, ctx.r, sz)
        d.y = y + (len(rows) + 1) * rh + 14
        lwa = tw("Alamat Pemohon II", ctx.r, ctx.size) + 8
        d.kv("Alamat Pemohon I", a1, lwa)
        d.kv("Alamat Pemohon II", a2, lwa)
    else:
        for k, (q, a) in enumerate(((p1, a1), (p2, a2)), 1):
            d.line_text(f"{k}. Pemohon {'I' * k}", ctx.b)
            rows = [("Nama", q["name"]), (nik_l, spaced_nik(q["nik"], rng))]
            if show_job:
                rows.append(("Pekerjaan", q["job"]))
            rows.append(("Alamat", a))
            rows.append((ph_l, q["phone"]))
            if show_mail:
                rows.append(("Surel", q["email_printed"]))
            kv_rows(d, rows, x=d.L + 16)
            d.gap(3)
    d.para(
        rng.choice(
            (
                "secara bersama-sama mengajukan permohonan informasi publik kepada PPID KPU "
                "Provinsi Sumatera Selatan berupa:",
                "dengan ini bersama-sama memohon agar PPID KPU Provinsi Sumatera Selatan dapat "
                "memberikan informasi sebagai berikut:",
            )
        ),
        justify=True,
    )
    items = info_items(rng, 1, 2) + short_items(rng, 1, 2)
    for i, it in enumerate(items):
        d.need(ctx.size * 1.4)
        d.pg.t(d.L + 10, d.y, f"{'abcdef'[i]}.", ctx.r, ctx.size)
        d.para(it, x=d.L + 26)
    purpose = rng.choice(JOINT_PURPOSES)
    d.para(f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    if title:
        d.line_text(place_date(rng, p1["city"], ctx.date), x=d.L + d.W * 0.58)
    two_sign(d, (["Pemohon I,"], p1["name"]), (["Pemohon II,"], p2["name"]))
    if rng.random() < 0.3:
        d.pages.append(ktp_cards(ctx, [p1, p2], "Lampiran: Fotokopi KTP Pemohon I dan Pemohon II"))
    fields = F(
        applicant_name=p1["name"],
        nik=p1["nik"],
        address=a1,
        phone=p1["e164"],
        email=p1["email"] if show_mail else None,
        occupation=p1["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P05_dua_pemohon_bersama", d.pages, fields)


NB_WISH = (  # a hand-written NB -> (obtain, delivery)
    ("NB: Mohon dikirim lewat email saja ya", (None, "email")),
    ("NB: Salinannya nanti saya ambil sendiri ke kantor", ("salinan", "mengambil_langsung")),
    ("NB: kalau bisa softcopy saja, kirim ke email", ("salinan_softcopy", "email")),
    ("NB: fotokopinya dikirim pos ke alamat saya", ("salinan_hardcopy", "pos")),
    ("NB: saya cukup melihat & mencatat di kantor", ("melihat", None)),
)
LOOSE_NOTES = (
    ["Mohon segera", "diproses!"],
    ["Penting,", "utk sidang", "skripsi"],
    ["Sdh telp", "tgl kemarin"],
    ["Mohon dibantu", "ya Pak/Bu"],
)


def p06_catatan_pinggir_pemohon(ctx: Ctx) -> Letter:
    """A typed citizen letter with a wide left margin that the writer annotated by pen before
    handing it in: a phone number added in the margin beside the address block ("No. HP saya:"
    with an arrow) when the typed letter gives none, an "NB:" under the signature with the wish
    (how to obtain / deliver) when the letter does not say it, and loose notes ("Mohon segera
    diproses!") at the top; now and then a mistyped NIK.  Always a scan."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    ink = rng.choice((BLUE, (30, 30, 120), (170, 30, 40), (70, 70, 70)))
    d = Doc(ctx, top=92, left=128, right=PW - 56)
    lead = ctx.size * 1.42
    note_phone = rng.random() < 0.45
    note_nb = rng.random() < 0.4
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(("Permohonan Informasi", "Permohonan Informasi Publik", "Permintaan Data"))
    d.kv(hl, subj, tw(hl, ctx.r, ctx.size) + 8)
    d.gap(6)
    y_yth = d.y
    yth = kpu_rows(rng)
    yth_block(d, yth)
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    bad = rng.random() < 0.12
    nik = break_nik(rng, p["nik"]) if bad else p["nik"]
    rows, shown = id_rows(rng, p, addr, nik=nik, job=0.6, mail=0.35, phone=not note_phone)
    kv_rows(d, rows, x=d.L + 12)
    d.para("mengajukan permohonan informasi publik berupa:", justify=True)
    items = info_items(rng, 1, 3)
    d.numbered(items, x=d.L + 8)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    if note_nb:
        nb, (ob, dl) = rng.choice(NB_WISH)
    else:
        ob, dl = obtain_deliver(rng, 0.75, 0.65)
        s = ob_dl_words(rng, ob, dl)
        if s:
            d.para(s, justify=True)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    pg = d.pages[0]
    # margin notes, kept between the printed baselines
    if note_phone:
        yy = y_yth + lead * 0.5
        pg.t(18 + rng.uniform(-2, 2), yy, "No. HP saya:", "hand", 11.5, ink)
        psz = min(11.5, (d.L - 22) / tw(p["phone"], "hand", 1))
        pg.t(12 + rng.uniform(-1, 1), yy + lead, p["phone"], "hand", psz, ink)
        if rng.random() < 0.5:
            pg.t(20, yy + 2 * lead, "(aktif WA)", "hand", 10, ink)
        arrow(pg, 70, yy + 2.3 * lead, d.L - 8, yy + 3.3 * lead, ink)
    if rng.random() < 0.6:
        yy = 34.0
        for s in rng.choice(LOOSE_NOTES):
            hand_note(pg, rng.uniform(24, 40), yy, s, 11, ink, rng)
            yy += 14
    if note_nb:
        lp = d.pages[-1]
        y = d.y + 10
        if y > lp.h - 70:
            d.newpage()
            lp, y = d.pg, 90.0
        hand_note(lp, d.L - 20, y, nb, 12, ink, rng)
    hand = note_phone or note_nb
    ktp = not bad and rng.random() < 0.25
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=nik,
        address=addr,
        phone=p["e164"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    let = Letter(
        "permohonan_informasi",
        "P06_catatan_pinggir_pemohon",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True},
    )
    let.nik_invalid = bad
    return let


ADHOC_ROLES = (
    ("Anggota PPK", "ppk"),
    ("Ketua PPK", "ppk"),
    ("Anggota PPS", "pps"),
    ("Sekretaris PPS", "pps"),
    ("Ketua KPPS", "kpps"),
    ("Anggota KPPS", "kpps"),
    ("Petugas Pantarlih", "pps"),
)
ADHOC_EVENTS = (
    ("2019", "Pemilu 2019"),
    ("2020", "Pemilihan Serentak 2020"),
    ("2024", "Pemilu 2024"),
    ("2024", "Pemilihan Serentak 2024"),
)
ADHOC_ITEMS = (
    "Salinan Surat Keputusan pengangkatan saya sebagai {role} {area} pada {event}",
    "Rekapitulasi pembayaran honorarium {role} {area} selama {event}",
    "Salinan Berita Acara pelantikan {role} {area} pada {event}",
    "Daftar hadir bimbingan teknis {role} yang saya ikuti pada {event}",
)
ADHOC_PURPOSES = (
    "Kelengkapan berkas pendaftaran seleksi calon anggota KPU Kabupaten/Kota",
    "Persyaratan pengajuan klaim BPJS Ketenagakerjaan",
    "Bukti pengalaman kerja untuk melamar pekerjaan",
    "Kelengkapan berkas seleksi PPK pada pemilihan berikutnya",
    "Pengurusan angka kredit jabatan fungsional",
)


def p07_mantan_adhoc_riwayat_tugas(ctx: Ctx) -> Letter:
    """A former ad hoc election worker (PPK / PPS / KPPS / Pantarlih) asks for copies of records
    about his own service: identity rows with birth place and date, a "Riwayat Tugas" table (Tahun |
    Jabatan | Wilayah Tugas | Nomor SK) or, hand-written on folio, dash lines, then the numbered
    items and the purpose; a NIK written a digit short or long now and then."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        d, lead = hand_mode(ctx)
    else:
        d, lead = Doc(ctx, top=64), None
    p = make_person(rng, degree_p=0.4, prefix_p=0.05, born=(1970, 2000))
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Salinan Dokumen Badan Ad Hoc",
            "Permohonan Informasi Riwayat Tugas",
            "Permohonan Informasi Publik",
        )
    )
    d.kv(hl, subj, tw(hl, ctx.r, ctx.size) + 8, lead=lead)
    d.gap(6)
    for s in kpu_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    bad = rng.random() < 0.15
    nik = break_nik(rng, p["nik"]) if bad else p["nik"]
    rows, shown = id_rows(rng, p, addr, nik=nik, job=0.7, mail=0.3 if not hand else 0.0, birth=1.0)
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 14, lead=lead)
    d.para(
        "adalah mantan anggota badan ad hoc penyelenggara pemilu dengan riwayat tugas sebagai berikut:",
        lead=lead,
    )
    hist = []
    for year, event in rng.sample(ADHOC_EVENTS, rng.randint(2, 3)):
        role, kind = rng.choice(ADHOC_ROLES)
        if kind == "ppk":
            area = f"Kecamatan {p['kec']}"
        elif kind == "pps":
            area = f"{'Desa' if p['desa'] else 'Kelurahan'} {p['kel']}"
        else:
            area = f"TPS {rng.randint(1, 40):03d} {'Desa' if p['desa'] else 'Kelurahan'} {p['kel']}"
        sk = f"{rng.randint(10, 999)}/PP.04.{rng.randint(1, 3)}-Kpt/{p['region']['code']}/{year}"
        hist.append((year, role, area, sk, event))
    hist.sort()
    if hand:
        for year, role, area, sk, _ev in hist:
            d.para(f"- Tahun {year}: {role} {area} (SK {sk})", x=d.L + 10, lead=lead)
    else:
        table2(
            d,
            [26, 44, 120, d.W - 26 - 44 - 120 - 150, 150],
            [[f"{i}.", y, r, a, s] for i, (y, r, a, s, _e) in enumerate(hist, 1)],
            header=["No", "Tahun", "Jabatan", "Wilayah Tugas", "Nomor SK"],
        )
    d.para(
        "Sehubungan dengan itu, saya mengajukan permohonan informasi berupa:",
        lead=lead,
        justify=not hand,
    )
    items = []
    for tpl in rng.sample(ADHOC_ITEMS, rng.randint(1, 3)):
        _y, role, area, _s, event = rng.choice(hist)
        it = tpl.format(role=role, area=area, event=event)
        if it not in items:
            items.append(it)
    for i, it in enumerate(items, 1):
        d.need(lead or 15)
        d.pg.t(d.L + 10, d.y, f"{i}.", ctx.r, ctx.size, ctx.ink if hand else INK)
        d.para(it, x=d.L + 26, lead=lead)
    purpose = rng.choice(ADHOC_PURPOSES)
    d.para(f"Dokumen tersebut saya perlukan untuk {lc1(purpose)}.", lead=lead, justify=not hand)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, lead=lead, justify=not hand)
    d.para(rng.choice(CLOSE), lead=lead, justify=not hand)
    sign_block(d, ["Hormat saya,"], p["name"])
    ktp = not bad and not hand and rng.random() < 0.3
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=nik,
        address=addr,
        phone=p["e164"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    let = Letter(
        "permohonan_informasi", "P07_mantan_adhoc_riwayat_tugas", d.pages, fields, handwritten=hand
    )
    let.nik_invalid = bad
    return let


BANJARS = (
    "Sari Mulya",
    "Tirta Sari",
    "Catur Paramitha",
    "Dharma Santi",
    "Giri Kusuma",
    "Sukadana Jaya",
)
BALI_DESA = (
    ("Nusa Bali", "Belitang III"),
    ("Bali Sadhar Utara", "Belitang Madang Raya"),
    ("Sumber Suko", "Belitang"),
    ("Tegal Rejo", "Belitang"),
    ("Bali Sadhar Selatan", "Belitang Madang Raya"),
)
BANJAR_ITEMS = (
    "Jumlah pemilih di Desa {desa} dalam DPT Pemilu 2024",
    "Daftar lokasi TPS di Desa {desa} Kecamatan {kec}",
    "Jadwal dan lokasi sosialisasi pemilih di Kabupaten OKU Timur Tahun 2026",
    "Data pemilih pemula di Desa {desa} hasil pemutakhiran Semester II 2025",
    "Rekapitulasi hasil Pemilihan Gubernur 2024 di Kecamatan {kec}",
)
BANJAR_PURPOSES = (
    "Pendataan krama banjar yang telah memiliki hak pilih",
    "Persiapan sosialisasi pemilih bagi krama Banjar Adat {banjar}",
    "Bahan paruman banjar tentang partisipasi pemilih",
)


def p08_banjar_adat_om_swastiastu(ctx: Ctx) -> Letter:
    """A Balinese customary ward (banjar adat) of the Belitang transmigration area in OKU Timur
    writes on its letterhead: "Om Swastiastu," opening, the Kelian Banjar named (identity rows or
    one sentence), items, purpose for the banjar's members (krama), "Om Santih, Santih, Santih Om"
    closing; the Kelian and the Penyarikan (secretary) sign side by side with the banjar stamp."""
    rng = ctx.rng
    reg = next(r for r in REGIONS if r["code"] == "1608")
    banjar = rng.choice(BANJARS)
    desa, kec = rng.choice(BALI_DESA)
    p = make_person(
        rng,
        male=rng.random() < 0.95,
        degree_p=0.35,
        prefix_p=0.05,
        origin="bali",
        region=reg,
        job=rng.choice(("Petani", "Wiraswasta", "Guru", "Pedagang", "Petani")),
    )
    p.update(kel=desa, kec=kec, desa=True, street=f"Banjar {banjar}")
    sec = make_person(rng, degree_p=0.2, prefix_p=0.0, origin="bali", region=reg)
    d = Doc(ctx, top=60)
    name_line = f"BANJAR ADAT {banjar.upper()}"
    kop2(
        d,
        [(name_line, ctx.b, 17)],
        [
            f"Desa {desa}, Kecamatan {kec}, Kabupaten Ogan Komering Ulu Timur, Sumatera Selatan {reg['post']}{rng.randint(80, 89)}"
        ],
        rng.choice(("l", "c", "lr")),
        rng.choice(((120, 60, 20), INK, MAROON)),
        rng.choice(("double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(1, 40):02d}/BA-{abbr(banjar)}/{roman(ctx.date.month)}/{ctx.date.year}"
    show_no = rng.random() < 0.8
    subj = rng.choice(
        ("Permohonan Informasi", "Permohonan Data Pemilih", "Permohonan Informasi Publik")
    )
    rows = ([(nl, nomor)] if show_no else []) + [(ll, "-"), (hl, subj)]
    nomor_block(d, rows, right=place_date(rng, desa, ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Om Swastiastu,", ctx.b if rng.random() < 0.5 else ctx.r)
    d.gap(2)
    addr = rng.choice(
        (
            f"Banjar {banjar}, Desa {desa}, Kec. {kec}, Kab. OKU Timur",
            f"Banjar Adat {banjar} Desa {desa} Kecamatan {kec} Kabupaten Ogan Komering Ulu Timur",
        )
    )
    job_truth = nik_truth = None
    if rng.random() < 0.55:
        d.para("Yang bertanda tangan di bawah ini:")
        rows = [("Nama", p["name"])]
        if rng.random() < 0.5:
            rows.append(("NIK", p["nik"]))
            nik_truth = p["nik"]
        rows.append(("Jabatan", f"Kelian Banjar Adat {banjar}"))
        if rng.random() < 0.5:
            rows.append(("Pekerjaan", p["job"]))
            job_truth = p["job"]
        rows += [("Alamat", addr), (rng.choice(ID_L["phone"]), p["phone"])]
        kv_rows(d, rows, x=d.L + 16)
        d.para(
            f"dengan ini atas nama krama Banjar Adat {banjar} mengajukan permohonan informasi publik "
            "kepada PPID KPU Provinsi Sumatera Selatan berupa:",
            justify=True,
        )
    else:
        d.para(
            f"Kami, {p['name']}, selaku Kelian Banjar Adat {banjar}, beralamat di {addr}, nomor HP "
            f"{p['phone']}, atas nama krama banjar dengan ini mengajukan permohonan informasi publik "
            "kepada PPID KPU Provinsi Sumatera Selatan berupa:",
            justify=True,
        )
    pool = [s.format(desa=desa, kec=kec) for s in BANJAR_ITEMS]
    items = rng.sample(pool, rng.randint(1, 3))
    d.numbered(items, x=d.L + 12)
    purpose = rng.choice(BANJAR_PURPOSES).format(banjar=banjar)
    d.para(f"Informasi tersebut kami perlukan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan "
        "terima kasih (suksma).",
        justify=True,
    )
    d.line_text("Om Santih, Santih, Santih Om", ctx.b if rng.random() < 0.5 else ctx.r)
    d.gap(4)
    two_sign(
        d,
        (["Kelian Banjar Adat,"], p["name"]),
        (["Penyarikan,"], sec["name"]),
        stamp=(name_line, "BANJAR"),
        head=[f"Banjar Adat {banjar}"] if rng.random() < 0.5 else None,
    )
    fields = F(
        applicant_name=p["name"],
        nik=nik_truth,
        address=addr,
        phone=p["e164"],
        occupation=job_truth,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor if show_no else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=name_line,
    )
    return Letter("permohonan_informasi", "P08_banjar_adat_om_swastiastu", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
PERKI39 = (
    "Pasal 39 ayat (1) huruf {} Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar "
    "Layanan Informasi Publik",
    "Pasal 39 ayat (1) huruf {} Perki Nomor 1 Tahun 2021",
    "Pasal 39 ayat (1) huruf {} Perki 1/2021 tentang Standar Layanan Informasi Publik",
)
PPID_ANSWER = {
    "a": "PPID menyatakan informasi tersebut termasuk informasi yang dikecualikan",
    "b": "PPID menyatakan informasi tersebut dapat diakses melalui laman resmi",
    "c": "hingga saat ini saya belum menerima tanggapan tertulis apa pun",
    "d": "PPID memberikan dokumen yang berbeda dari yang saya minta",
    "e": "PPID menyatakan permohonan saya tidak dapat dipenuhi",
    "f": "PPID mengenakan biaya penggandaan yang sangat besar",
    "g": "informasi baru saya terima jauh setelah batas waktu",
}


def k01_perki_pasal39_prosa(ctx: Ctx) -> Letter:
    """An objection argued from Perki 1/2021 rather than from the statute: "Keberatan ini saya
    ajukan dengan dasar:" and a numbered list of regulations, the words of Pasal 39 ayat (1)
    quoted in an indented italic block with a grey bar (the opening clause and the one huruf that
    applies), then a paragraph that names "Pasal 39 ayat (1) huruf x" of the Perki and says why;
    meterai beside the signature sometimes; KTP page sometimes."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.4, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan atas Tanggapan PPID",
            "Keberatan Berdasarkan Perki Nomor 1 Tahun 2021",
        )
    )
    nomor_block(d, [(ll, rng.choice(("-", "1 (satu) berkas"))), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.8 else None, job=0.7, mail=0.45)
    kv_rows(d, rows, x=d.L + 16)
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    code = rng.choice("abcdefg")
    show_purpose = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    s = (
        "dengan ini mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera Selatan atas "
        f"permohonan informasi saya dengan Nomor Pendaftaran {ref} tanggal {fmt_date(rd, 'long')} "
        f"mengenai {join_items_prose(items, False)}"
    )
    s += f", yang saya perlukan untuk {lc1(purpose)}." if show_purpose else "."
    d.para(s, justify=True)
    d.para(f"Atas permohonan tersebut, {PPID_ANSWER[code]}.", justify=True)
    d.line_text("Keberatan ini saya ajukan dengan dasar:")
    dasar = [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, "
        "khususnya Pasal 39;",
    ]
    if rng.random() < 0.5:
        dasar.append(
            "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan "
            "Informasi Publik di Lingkungan Komisi Pemilihan Umum."
        )
    d.numbered(dasar, x=d.L + 10)
    # the quoted article
    qx = d.L + 30
    y0 = d.y - ctx.size
    d.para(
        "Pasal 39 ayat (1): Setiap Pemohon Informasi Publik dapat mengajukan keberatan secara "
        "tertulis kepada Atasan PPID dalam hal ditemukannya alasan sebagai berikut:",
        ctx.i,
        ctx.size - 0.5,
        x=qx,
        w=d.R - qx - 20,
    )
    d.para(
        f"{code}. {REASONS[code][0].lower().capitalize()};",
        ctx.i,
        ctx.size - 0.5,
        x=qx + 12,
        w=d.R - qx - 32,
    )
    d.pg.line(qx - 8, y0, qx - 8, d.y - ctx.size * 0.9, 2.0, GREY)
    d.gap(4)
    cite = rng.choice(PERKI39).format(code)
    d.para(
        rng.choice(
            (
                f"Alasan keberatan saya termasuk dalam {cite}, karena {ground(rng, code)}.",
                f"Merujuk ketentuan {cite} tersebut, saya menyatakan keberatan karena {ground(rng, code)}.",
            )
        ),
        justify=True,
    )
    d.para(
        "Oleh karena itu saya memohon agar Atasan PPID memeriksa keberatan ini dan memberikan "
        "tanggapan tertulis dalam jangka waktu yang ditentukan.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,", "Pemohon Keberatan,"], p["name"], meterai=rng.random() < 0.3)
    nik_truth = shown["nik"]
    if rng.random() < 0.3:
        d.pages.append(ktp_cards(ctx, [p]))
        nik_truth = p["nik"]
    fields = F(
        applicant_name=p["name"],
        nik=nik_truth,
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_perki_pasal39_prosa", d.pages, fields)


def advocate(rng: random.Random) -> dict:
    a = make_person(rng, degree_p=0.0, prefix_p=0.0)
    a["name"] = a["core"] + rng.choice((", S.H.", ", S.H.", ", S.H., M.H.", ", S.H., M.Kn."))
    return a


def surname(p: dict) -> str:
    w = [x for x in p["core"].split() if x not in PREFIXES and x != "br."]
    return w[-1]


def k02_advokat_kuasa_halaman2(ctx: Ctx) -> Letter:
    """Advocates object for a client in a short covering letter on the law office's two-column
    letterhead (names and a tag line at the left, contacts at the right): the client named once,
    the request number, the ground in words or as "Pasal 35 ayat (1) huruf x"; both advocates
    sign.  Page 2 is the SURAT KUASA KHUSUS with the client's identity rows (NIK, birth, occupation,
    address), the advocates, "K H U S U S", the mandate naming the request and the information,
    meterai; page 3 the client's KTP sometimes."""
    rng = ctx.rng
    a1, a2 = advocate(rng), advocate(rng)
    client = make_person(rng, degree_p=0.3, prefix_p=0.12)
    s1, s2 = surname(a1).upper(), surname(a2).upper()
    firm = rng.choice(
        (
            f"KANTOR HUKUM {s1} & REKAN",
            f"{s1}, {s2} & PARTNERS",
            f"LAW OFFICE {s1} & ASSOCIATES",
            f"KANTOR ADVOKAT {s1}, {s2} & REKAN",
        )
    )
    d = Doc(ctx, top=60)
    office = office_address(rng)
    ph, _ = landline(rng, "0711")
    fmail = f"{re.sub(r'[^a-z]', '', s1.lower())}.lawoffice@gmail.com"
    org = kop_split(
        d,
        [(firm, ctx.b, 15)],
        [*office.split(", ", 1), f"Telp. {ph}", f"Surel: {fmail}"],
        tag=rng.choice(
            (
                "Advokat - Konsultan Hukum - Mediator",
                "Advocates & Legal Consultants",
                "Advokat dan Konsultan Hukum",
            )
        ),
        color=rng.choice((NAVY, INK, MAROON)),
        logo_kind="scale",
        frac=0.56,
    )
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(1, 220):03d}/{abbr(firm)[:4]}/{rng.choice(('SK', 'KEB', 'EXT'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Keberatan atas Tanggapan Permohonan Informasi Publik",
            "Pengajuan Keberatan Informasi Publik",
            f"Keberatan a.n. Klien Kami {client['name']}",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    code = rng.choice("acdeg")
    kd = ctx.date - timedelta(days=rng.randint(1, 8))
    d.para(
        f"Kami yang bertanda tangan di bawah ini, {a1['name']} dan {a2['name']}, Advokat pada {title_id(firm)}, "
        f"bertindak berdasarkan Surat Kuasa Khusus tertanggal {fmt_date(kd, 'long')} (terlampir) untuk "
        f"dan atas nama klien kami {client['name']}, dengan ini mengajukan keberatan atas tanggapan PPID "
        f"KPU Provinsi Sumatera Selatan terhadap permohonan informasi klien kami dengan Nomor "
        f"Pendaftaran {ref} tanggal {fmt_date(rd, 'long')}.",
        justify=True,
    )
    cite = rng.random() < 0.6
    d.para(
        f"Keberatan ini kami ajukan karena {ground(rng, code).replace('saya', 'klien kami')}"
        + (f", sebagaimana dimaksud dalam {PASAL35.format(code)}" if cite else "")
        + ".",
        justify=True,
    )
    d.para(
        "Berdasarkan hal tersebut, kami memohon Atasan PPID memerintahkan PPID untuk memberikan "
        "informasi yang diminta klien kami, dan menyampaikan tanggapan tertulis kepada kami di "
        "alamat kantor kami di atas.",
        justify=True,
    )
    d.para("Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.", justify=True)
    two_sign(
        d,
        (["Hormat kami,", "Kuasa Hukum,"], a1["name"]),
        (["", ""], a2["name"]),
        stamp=(firm, "ADVOKAT") if rng.random() < 0.5 else None,
    )
    # page 2: the surat kuasa khusus
    d.newpage()
    d.line_text("SURAT KUASA KHUSUS", ctx.b, ctx.size + 3, align="c")
    d.gap(8)
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(client, rng)
    show_job = rng.random() < 0.85
    rows = [
        ("Nama", client["name"]),
        ("NIK", spaced_nik(client["nik"], rng)),
        (
            "Tempat/Tgl. Lahir",
            f"{client['birthplace']}, {fmt_date(client['birth'], rng.choice(('long', 'dash')))}",
        ),
    ]
    if show_job:
        rows.append(("Pekerjaan", client["job"]))
    rows.append(("Alamat", addr))
    kv_rows(d, rows, x=d.L + 16)
    d.line_text("Selanjutnya disebut sebagai PEMBERI KUASA.")
    d.gap(4)
    d.line_text("Dengan ini memberikan kuasa kepada:")
    d.numbered([a1["name"], a2["name"]], x=d.L + 16)
    d.para(
        f"Advokat pada {title_id(firm)}, beralamat di {office}, baik bersama-sama maupun "
        "sendiri-sendiri, selanjutnya disebut sebagai PENERIMA KUASA.",
        justify=True,
    )
    d.gap(4)
    d.line_text("K H U S U S", ctx.b, ctx.size + 1, align="c")
    d.gap(2)
    d.para(
        "Untuk dan atas nama Pemberi Kuasa mengajukan keberatan kepada Atasan PPID KPU Provinsi "
        "Sumatera Selatan atas tanggapan terhadap permohonan informasi publik Nomor Pendaftaran "
        f"{ref} mengenai {join_items_prose(items, False)}, menghadiri pertemuan, menyampaikan dan "
        "menerima surat-surat, serta melakukan segala tindakan yang perlu, termasuk mengajukan "
        "permohonan penyelesaian sengketa informasi kepada Komisi Informasi.",
        justify=True,
    )
    d.para("Surat kuasa ini diberikan dengan hak substitusi.", justify=True)
    d.line_text(place_date(rng, "Palembang", kd), x=d.L + d.W * 0.58)
    two_sign(d, (["Penerima Kuasa,"], a1["name"]), (["Pemberi Kuasa,"], client["name"]))
    d.pg.img(d.L + d.W * 0.58 - 26, d.y - 66, 52, 34, meterai_img(rng))
    if rng.random() < 0.3:
        d.pages.append(ktp_cards(ctx, [client]))
    fields = F(
        applicant_name=client["name"],
        nik=client["nik"],
        address=addr,
        occupation=client["job"] if show_job else None,
        information_requested="; ".join(items),
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_advokat_kuasa_halaman2", d.pages, fields)


def lunas_img(rng: random.Random) -> Image.Image:
    im = Image.new("RGBA", (260, 110), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = (200, 30, 40, 210)
    dr.rectangle((6, 6, 253, 103), outline=col, width=7)
    dr.text((130, 56), "LUNAS", font=pil_font("hb", 62), fill=col, anchor="mm")
    return im.rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)


def receipt_page(ctx: Ctx, name: str, ref: str, n: int, rate: int, paid: date) -> Page:
    """The desk's KUITANSI for copying costs, photocopied on A4."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70, 70, rng.choice(("Lampiran: Fotokopi Kuitansi", "Lampiran : Bukti Pembayaran")), "hr", 10
    )
    x0, y0, w, h = 64.0, 100.0, 467.0, 262.0
    pg.rect(x0, y0, w, h, 1.0, (60, 60, 60), (246, 246, 240))
    pg.t(x0 + 16, y0 + 26, "KPU PROVINSI SUMATERA SELATAN", "hb", 9)
    pg.t(x0 + w / 2, y0 + 48, "KUITANSI", "hb", 16, align="c")
    pg.t(
        x0 + w - 16,
        y0 + 26,
        f"No. : KW-{rng.randint(1, 300):03d}/PPID/{paid.year}",
        "hr",
        9,
        align="r",
    )
    total = n * rate
    rows = [
        ("Telah terima dari", name),
        ("Uang sejumlah", terbilang(total).capitalize() + " rupiah"),
        (
            "Untuk pembayaran",
            f"Biaya penggandaan salinan informasi publik Nomor Pendaftaran {ref} ({n} lembar x {rp0(rate)})",
        ),
    ]
    yy = y0 + 78
    for k, v in rows:
        pg.t(x0 + 16, yy, k, "hr", 9.5)
        pg.t(x0 + 120, yy, ":", "hr", 9.5)
        for ln in wrap(v, "cr", 9.5, w - 150):
            pg.t(x0 + 128, yy, ln, "cr", 9.5)
            dotted(pg, x0 + 128, yy, x0 + w - 16)
            yy += 15
        yy += 6
    pg.rect(x0 + 16, y0 + h - 62, 150, 28, 1.0, INK, (225, 225, 225))
    pg.t(x0 + 24, y0 + h - 43, rp(total), "hb", 12)
    pg.t(x0 + w - 170, y0 + h - 72, f"Palembang, {fmt_date(paid, 'long')}", "hr", 9)
    pg.t(x0 + w - 170, y0 + h - 60, "Petugas Pelayanan Informasi", "hr", 9)
    pg.img(x0 + w - 160, y0 + h - 56, 80, 34, signature_img(rng))
    officer = make_person(rng, degree_p=0.5, prefix_p=0.0)
    pg.t(x0 + w - 170, y0 + h - 12, officer["name"], "hb", 9)
    pg.img(x0 + 190, y0 + h - 80, 110, 46, lunas_img(rng))
    pg.as_image = True
    return pg


def k03_biaya_kuitansi_lampiran(ctx: Ctx) -> Letter:
    """Objection to the copying fee (ground f): the letter tells the fee and the page count in
    prose ("sebagaimana kuitansi terlampir"), the ground in words ("huruf f" cited sometimes), the
    request number in the letter or only on the receipt; page 2 a photocopy of the desk's KUITANSI
    (payer, amount in words, "Untuk pembayaran ... Nomor Pendaftaran ...", amount box, LUNAS stamp).
    Typed, or hand-written on folio."""
    rng = ctx.rng
    hand = ctx.hand
    d, lead = hand_mode(ctx) if hand else (Doc(ctx, top=64), None)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Biaya Penggandaan Informasi",
            "Keberatan atas Pengenaan Biaya",
            "Keberatan Biaya Salinan Informasi",
        )
    )
    d.kv(hl, subj, tw(hl, ctx.r, ctx.size) + 8, lead=lead)
    d.gap(6)
    for s in atasan_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    rows, shown = id_rows(
        rng, p, addr, nik="" if rng.random() < 0.7 else None, job=0.6, mail=0.0 if hand else 0.4
    )
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 14, lead=lead)
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    n = rng.randint(60, 420)
    rate = rng.choice((2500, 3000, 5000, 7500, 10000))
    paid = min(ctx.date, add_wd(rd, rng.randint(3, 9)))
    in_letter = rng.random() < 0.6
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi"
        + (f" dengan Nomor Pendaftaran {ref}" if in_letter else "")
        + f" mengenai {join_items_prose(items, False)}. Petugas menyampaikan bahwa salinan informasi "
        f"tersebut dapat diberikan setelah saya membayar biaya penggandaan sebesar {rp(n * rate)} "
        f"untuk {n} lembar ({rp(rate)} per lembar), sebagaimana kuitansi terlampir.",
        justify=not hand,
        lead=lead,
    )
    cite = rng.random() < 0.4
    d.para(
        "Saya keberatan karena "
        + rng.choice(
            (
                K_GROUND["f"],
                "biaya tersebut jauh melebihi biaya fotokopi yang wajar di sekitar kantor KPU",
                "biaya per lembar yang dikenakan tidak wajar dan memberatkan pemohon",
            )
        )
        + (f", sebagaimana dimaksud dalam {PASAL35.format('f')}" if cite else "")
        + ". Saya mohon Atasan PPID meninjau kembali besaran biaya tersebut sesuai biaya riil "
        "penggandaan.",
        justify=not hand,
        lead=lead,
    )
    d.para(rng.choice(CLOSE_KEB), justify=not hand, lead=lead)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(receipt_page(ctx, p["name"], ref, n, rate, paid))
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code="f",
    )
    return Letter("keberatan", "K03_biaya_kuitansi_lampiran", d.pages, fields, handwritten=hand)


PERIODIC = (  # {p} the year before the letter, {c} the letter's year, {s} the last half-year closed
    "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran {p}",
    "Laporan Layanan Informasi Publik Tahun {p}",
    "Rencana Strategis KPU Provinsi Sumatera Selatan Tahun 2025-2029",
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {p}",
    "Ringkasan Rencana Kerja dan Anggaran Tahun {c}",
    "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun {c}",
    "Laporan Realisasi Anggaran Semester I Tahun {s}",
    "Profil dan Struktur Organisasi Sekretariat KPU Provinsi Sumatera Selatan",
)


def periodic(d: date) -> list[str]:
    s = d.year if d.month >= 8 else d.year - 1
    return [t.format(p=d.year - 1, c=d.year, s=s) for t in PERIODIC]


def site_screenshot(ctx: Ctx, wanted: list[str], when: date) -> Page:
    """A printed screenshot of the office's PPID web page "Informasi Berkala" (a browser window
    with tabs, URL bar, maroon site banner, menu, breadcrumb, a table whose wanted rows say "Belum
    tersedia", circled by pen) or of a 404 page; a taskbar clock at the foot."""
    rng = ctx.rng
    pg = Page()
    hh = hhmm(rng, ":")
    pg.t(
        56,
        64,
        f"Lampiran: Tangkapan layar laman PPID KPU Provinsi Sumatera Selatan, diakses {fmt_date(when, 'long')} pukul {hh}",
        "hr",
        8.5,
    )
    x0, y0, x1 = 50.0, 84.0, PW - 50
    wh = 430.0
    pg.rect(x0, y0, x1 - x0, wh, 0.8, GREY, WHITE)
    pg.rect(x0, y0, x1 - x0, 22, 0, None, (222, 225, 230))
    pg.rect(x0 + 8, y0 + 4, 170, 18, 0, None, WHITE)
    pg.t(x0 + 14, y0 + 16, "Informasi Berkala - PPID KPU Prov...", "hr", 7)
    pg.t(x0 + 190, y0 + 16, "+", "hr", 9, GREY)
    pg.rect(x0, y0 + 22, x1 - x0, 20, 0, None, (245, 246, 247))
    pg.rect(x0 + 40, y0 + 26, x1 - x0 - 60, 13, 0, None, (232, 234, 237))
    url = "sumsel.kpu.go.id/ppid/informasi-berkala"
    pg.t(x0 + 48, y0 + 36, url, "hr", 7.5)
    pg.t(x0 + 10, y0 + 36, "<  >  C", "hr", 7.5, GREY)
    yb = y0 + 42
    pg.rect(x0, yb, x1 - x0, 40, 0, None, MAROON)
    logo(pg, x0 + 10, yb + 5, 30, "garuda")
    pg.t(x0 + 48, yb + 18, "PPID", "hb", 11, WHITE)
    pg.t(x0 + 48, yb + 32, "KPU PROVINSI SUMATERA SELATAN", "hb", 8.5, WHITE)
    pg.rect(x0, yb + 40, x1 - x0, 16, 0, None, (240, 240, 240))
    pg.t(
        x0 + 12,
        yb + 51,
        "Beranda    Profil    Informasi Publik    Layanan    Regulasi    Kontak",
        "hr",
        7.2,
    )
    ink = rng.choice(((200, 30, 40), BLUE))
    yy = yb + 76
    pg.t(x0 + 14, yy, "Beranda / Informasi Publik / Informasi Berkala", "hr", 7, GREY)
    if rng.random() < 0.7:
        pg.t(x0 + 14, yy + 20, "Informasi Berkala", "hb", 13)
        cols = [x0 + 14, x0 + 38, x0 + 330, x0 + 380, x1 - 14]
        ty = yy + 34
        pg.rect(cols[0], ty, cols[-1] - cols[0], 15, 0, None, (230, 232, 236))
        for cx, lab in zip(cols, ("No", "Jenis Informasi", "Tahun", "Dokumen"), strict=False):
            pg.t(cx + 3, ty + 11, lab, "hb", 7.5)
        rows = list(dict.fromkeys(rng.sample(periodic(when), 4) + wanted))
        rng.shuffle(rows)
        ty += 15
        for i, it in enumerate(rows, 1):
            pg.line(cols[0], ty + 17, cols[-1], ty + 17, 0.4, LIGHT)
            pg.t(cols[0] + 3, ty + 12, str(i), "hr", 7.5)
            sz = min(7.5, (cols[2] - cols[1] - 8) / tw(it, "hr", 1))
            pg.t(cols[1] + 3, ty + 12, it, "hr", sz)
            yr = re.findall(r"20\d\d", it)
            pg.t(cols[2] + 3, ty + 12, yr[0] if yr else "-", "hr", 7.5)
            if it in wanted:
                pg.t(cols[3] + 3, ty + 12, "Belum tersedia", "hi", 7.5, GREY)
                ellipse(pg, (cols[3] + cols[4]) / 2, ty + 8, 48, 11, ink, 1.3, rng)
            else:
                pg.t(cols[3] + 3, ty + 12, rng.choice(("Unduh (PDF)", "Lihat")), "hr", 7.5, BLUE)
            ty += 17
        pg.t(cols[4] - 120, ty + 24, "kok tidak ada?", "hand", 12, ink)
    else:
        pg.t((x0 + x1) / 2, yy + 90, "404", "hb", 54, (150, 150, 150), "c")
        pg.t((x0 + x1) / 2, yy + 120, "Halaman tidak ditemukan", "hb", 13, align="c")
        pg.t(
            (x0 + x1) / 2,
            yy + 138,
            "Halaman yang Anda cari mungkin telah dipindahkan atau dihapus.",
            "hr",
            8,
            GREY,
            "c",
        )
        ellipse(pg, (x0 + x1) / 2, yy + 75, 70, 34, ink, 1.4, rng)
        pg.t(x1 - 150, yy + 180, "link informasi berkala", "hand", 11.5, ink)
        pg.t(x1 - 150, yy + 196, "tidak bisa dibuka", "hand", 11.5, ink)
    ty = y0 + wh - 18
    pg.rect(x0, ty, x1 - x0, 18, 0, None, (32, 36, 44))
    pg.t(x1 - 8, ty + 8, hh, "hr", 6.5, WHITE, "r")
    pg.t(x1 - 8, ty + 15, when.strftime("%d/%m/%Y"), "hr", 6.5, WHITE, "r")
    pg.as_image = True
    return pg


def k04_tangkapan_layar_dip_kosong(ctx: Ctx) -> Letter:
    """Objection because periodic information is not published (ground b): the letter says the
    writer looked for it on the PPID web page again and again, names the information, quotes
    the day of the last attempt, mentions an earlier request number sometimes and "huruf b" now and
    then; page 2 a printed screenshot of the web page (table with "Belum tersedia" circled by pen,
    or a 404 page) with the access date."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.4, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Tidak Tersedianya Informasi Berkala",
            "Keberatan Informasi Berkala Tidak Diumumkan",
            "Pengajuan Keberatan",
        )
    )
    nomor_block(d, [(ll, "1 (satu) lembar tangkapan layar"), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.7 else None, job=0.6, mail=0.5)
    kv_rows(d, rows, x=d.L + 16)
    items = rng.sample(periodic(ctx.date), rng.randint(1, 2))
    looked = ctx.date - timedelta(days=rng.randint(0, 3))
    d.para(
        "Saya telah beberapa kali membuka laman PPID KPU Provinsi Sumatera Selatan untuk memperoleh "
        f"{join_items_prose(items, False)}, yang menurut ketentuan termasuk informasi yang wajib "
        "disediakan dan diumumkan secara berkala. Namun sampai dengan tanggal "
        f"{fmt_date(looked, 'long')} informasi tersebut tidak tersedia (tangkapan layar terlampir).",
        justify=True,
    )
    ref = None
    if rng.random() < 0.5:
        ref, rd = reg_number(rng, ctx.date)
        d.para(
            f"Saya juga telah mengajukan permohonan dengan Nomor Pendaftaran {ref} tanggal "
            f"{fmt_date(rd, 'long')}, namun hanya diarahkan untuk mengunduhnya di laman tersebut.",
            justify=True,
        )
    cite = rng.random() < 0.45
    d.para(
        f"Dengan demikian saya mengajukan keberatan karena {ground(rng, 'b')}"
        + (f", sebagaimana dimaksud dalam {PASAL35.format('b')}" if cite else "")
        + ".",
        justify=True,
    )
    show_purpose = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    if show_purpose:
        d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(site_screenshot(ctx, items, looked))
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code="b",
    )
    return Letter("keberatan", "K04_tangkapan_layar_dip_kosong", d.pages, fields)


FORWARDERS = (
    {
        "lines": ("OMBUDSMAN REPUBLIK INDONESIA", "PERWAKILAN PROVINSI SUMATERA SELATAN"),
        "sub": "Jl. Radial No. 1 Palembang 30125  Telp. (0711) 376 117  Surel: sumsel@ombudsman.go.id",
        "num": "B/{n:04d}/LM.15-06/{r}/{y}",
        "city": "Palembang",
        "role": ["Kepala Perwakilan Ombudsman RI", "Provinsi Sumatera Selatan,"],
        "to": [
            "Kepada Yth.",
            "Kepala Ombudsman RI Perwakilan",
            "Provinsi Sumatera Selatan",
            "di Palembang",
        ],
        "why": "yang pada pokoknya merupakan keberatan atas pelayanan informasi publik dan menjadi "
        "kewenangan Atasan PPID untuk menyelesaikannya terlebih dahulu",
    },
    {
        "lines": ("DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SUMATERA SELATAN"),
        "sub": "Jl. POM IX Kampus Palembang 30137  Telp. (0711) 352 433",
        "num": "{n:03d}/{m}/DPRD/{y}",
        "city": "Palembang",
        "role": ["Ketua Komisi I", "DPRD Provinsi Sumatera Selatan,"],
        "to": ["Kepada Yth.", "Ketua Komisi I", "DPRD Provinsi Sumatera Selatan", "di Palembang"],
        "why": "yang berisi keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan, untuk "
        "ditindaklanjuti sesuai mekanisme keberatan",
    },
    {
        "lines": ("KOMISI PEMILIHAN UMUM", "REPUBLIK INDONESIA"),
        "sub": "Jl. Imam Bonjol No. 29 Jakarta 10310  Telp. (021) 3193 7223  Laman: www.kpu.go.id",
        "num": "{n}/HM.03-SD/{mm}/{y}",
        "city": "Jakarta",
        "role": ["a.n. Sekretaris Jenderal", "Kepala Biro Komunikasi dan Hubungan Masyarakat,"],
        "to": ["Kepada Yth.", "PPID Komisi Pemilihan Umum", "Republik Indonesia", "di Jakarta"],
        "why": "yang ditujukan kepada PPID KPU RI, sedangkan permohonan informasi yang menjadi pokok "
        "keberatan diajukan kepada PPID KPU Provinsi Sumatera Selatan",
    },
    {
        "lines": ("KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"),
        "sub": "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 312 608",
        "num": "{n:03d}/KI-SS/{r}/{y}",
        "city": "Palembang",
        "role": ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"],
        "to": [
            "Kepada Yth.",
            "Ketua Komisi Informasi",
            "Provinsi Sumatera Selatan",
            "di Palembang",
        ],
        "why": "yang belum dapat diregistrasi sebagai permohonan penyelesaian sengketa informasi "
        "karena belum menempuh proses keberatan kepada Atasan PPID",
    },
)


def k05_diteruskan_lembaga(ctx: Ctx) -> Letter:
    """An objection that reached another body first and is forwarded: page 1 that body's cover
    letter (Ombudsman RI Perwakilan Sumsel, the provincial DPRD's Komisi I, KPU RI's PPID, or the
    Komisi Informasi returning an unregistrable dispute) "Penerusan Surat Keberatan ..."; page 2
    the citizen's own objection addressed to that body (typed, or hand-written on folio) with the
    identity, the request number, the information and the ground in words."""
    rng = ctx.rng
    fw = rng.choice(FORWARDERS)
    hand = ctx.hand
    d = Doc(ctx, top=58)
    kop2(
        d,
        [(fw["lines"][0], ctx.b, 15), (fw["lines"][1], ctx.b, 13)],
        [fw["sub"]],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick", "single")),
        kinds=("garuda",),
    )
    org = " ".join(fw["lines"])
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    d0 = ctx.date - timedelta(days=rng.randint(5, 25))
    nomor = fw["num"].format(
        n=rng.randint(10, 2400),
        r=roman(ctx.date.month),
        y=ctx.date.year,
        m=rng.randint(100, 999),
        mm=f"{ctx.date.month:02d}",
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Penerusan Surat Keberatan a.n. {p['name']}",
            "Penerusan Keberatan Informasi Publik",
            f"Penerusan Surat Sdr. {p['name']}",
        )
    )
    nomor_block(
        d,
        [
            (nl, nomor),
            ("Sifat", rng.choice(("Biasa", "Segera", "Penting"))),
            (ll, "1 (satu) berkas"),
            (hl, subj),
        ],
        right=place_date(rng, fw["city"], ctx.date),
    )
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Yth. Sekretaris KPU Provinsi Sumatera Selatan",
                    "selaku Atasan PPID",
                    "di Palembang",
                ],
                [
                    "Kepada Yth.",
                    "Atasan PPID KPU Provinsi Sumatera Selatan",
                    "Jl. Kapten A. Rivai No. 95",
                    "Palembang",
                ],
            )
        ),
    )
    d.gap(6)
    d.para(
        f"Bersama ini kami teruskan surat Sdr. {p['name']} tertanggal {fmt_date(d0, 'long')} {fw['why']}.",
        justify=True,
        indent=24,
    )
    d.para(
        "Kami mohon Saudara dapat memeriksa keberatan tersebut dan memberikan tanggapan tertulis kepada "
        "yang bersangkutan sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
        "Informasi Publik, serta menyampaikan tembusannya kepada kami.",
        justify=True,
        indent=24,
    )
    d.para(
        "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.", justify=True, indent=24
    )
    sign_block(d, fw["role"], official_name(rng))
    tembusan(d, [f"Sdr. {p['name']}", "Arsip"])
    cover = d.pages
    # page 2: the enclosed objection
    if hand:
        d2, lead = hand_mode(ctx)
    else:
        d2, lead = Doc(ctx, top=66), None
    d2.line_text(place_date(rng, p["city"], d0), align="r", lead=lead)
    for s in fw["to"]:
        d2.line_text(s, lead=lead)
    d2.gap(6)
    d2.kv(
        "Hal",
        "Keberatan atas Pelayanan Informasi KPU Provinsi Sumatera Selatan",
        tw("Hal", ctx.r, ctx.size) + 8,
        lead=lead,
    )
    d2.gap(4)
    d2.line_text("Dengan hormat,", lead=lead)
    d2.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    rows, shown = id_rows(
        rng, p, addr, nik="" if rng.random() < 0.7 else None, job=0.6, mail=0.0 if hand else 0.4
    )
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d2.kv(k, v, lw, x=d2.L + 14, lead=lead)
    ref, _rd = reg_number(rng, d0)
    items = info_items(rng, 1, 2)
    code = rng.choice("acdeg")
    d2.para(
        f"menyampaikan keberatan atas permohonan informasi saya kepada PPID KPU Provinsi Sumatera "
        f"Selatan dengan Nomor Pendaftaran {ref} mengenai {join_items_prose(items, False)}. "
        f"Saya berkeberatan karena {ground(rng, code)}.",
        justify=not hand,
        lead=lead,
    )
    d2.para(
        "Mohon kiranya Bapak/Ibu dapat membantu agar keberatan saya ini ditindaklanjuti.",
        justify=not hand,
        lead=lead,
    )
    d2.para(rng.choice(CLOSE_KEB), justify=not hand, lead=lead)
    sign_block(d2, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_diteruskan_lembaga", cover + d2.pages, fields, handwritten=hand)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
KI_SIGNERS = ("Ketua", "Ketua", "Wakil Ketua")


def ki_nomor(rng: random.Random, d: date) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 400):03d}/KI-SS/{roman(d.month)}/{d.year}",
            f"{rng.randint(1, 400)}/KI-SS/PSI/{roman(d.month)}/{d.year}",
            f"{rng.randint(1, 400):03d}/{rng.randint(1, 60):02d}/KI-SS/{d.year}",
        )
    )


def ki_sign(d: Doc, rng: random.Random) -> None:
    role = rng.choice(KI_SIGNERS)
    sign_block(
        d,
        [f"{role} Komisi Informasi", "Provinsi Sumatera Selatan,"],
        official_name(rng),
        stamp=("KOMISI INFORMASI PROVINSI SUMATERA SELATAN", "KI") if rng.random() < 0.6 else None,
    )


def ki_yth_termohon(rng: random.Random) -> list[str]:
    return rng.choice(
        (
            [
                "Yth. Pejabat Pengelola Informasi dan Dokumentasi",
                "KPU Provinsi Sumatera Selatan selaku Termohon",
                "di Palembang",
            ],
            [
                "Kepada Yth.",
                "Ketua KPU Provinsi Sumatera Selatan",
                "c.q. PPID KPU Provinsi Sumatera Selatan",
                "di -",
                "Palembang",
            ],
            ["Yth. PPID KPU Provinsi Sumatera Selatan", "Jl. Kapten A. Rivai No. 95", "Palembang"],
        )
    )


def s01_ki_penunjukan_mediator_kesediaan(ctx: Ctx) -> Letter:
    """KI letter telling the respondent who will mediate (Penetapan Ketua on the mediator cited in
    the body), the case in label rows (Nomor Register, Pemohon, address sometimes, Termohon, Objek
    Sengketa, request number sometimes), a small table of mediator and registrar, and a request to
    return the consent form by a date; page 2 the blank "PERNYATAAN KESEDIAAN MENEMPUH MEDIASI"
    (register number in its head, dotted rows, BERSEDIA / TIDAK BERSEDIA boxes)."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    reg_d = ctx.date - timedelta(days=rng.randint(5, 20))
    reg = ki_reg(rng, reg_d)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    subj = rng.choice(
        (
            "Penunjukan Mediator",
            "Pemberitahuan Penunjukan Mediator dan Permintaan Kesediaan Mediasi",
            f"Mediasi Sengketa Informasi Register Nomor {reg}",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Penting"), (ll, "1 (satu) lembar"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ki_yth_termohon(rng))
    d.gap(6)
    pen = f"{rng.randint(1, 90):03d}/PEN-MED/KI-SS/{roman(reg_d.month)}/{reg_d.year}"
    d.para(
        f"Berdasarkan registrasi permohonan penyelesaian sengketa informasi publik tanggal "
        f"{fmt_date(reg_d, 'long')} dan Penetapan Ketua Komisi Informasi Provinsi Sumatera Selatan "
        f"Nomor {pen} tentang Penunjukan Mediator, bersama ini kami sampaikan hal-hal sebagai berikut:",
        justify=True,
        indent=22,
    )
    items = info_items(rng, 1, 1)
    show_addr = rng.random() < 0.6
    addr = fmt_address(p, rng)
    ref = reg_number(rng, reg_d)[0] if rng.random() < 0.5 else None
    rows = [("Nomor Register", reg), ("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat Pemohon", addr))
    rows += [("Termohon", "PPID KPU Provinsi Sumatera Selatan"), ("Objek Sengketa", items[0])]
    if ref:
        rows.append(("Nomor Pendaftaran Permohonan", ref))
    kv_rows(d, rows, x=d.L + 22)
    d.gap(2)
    med = [make_person(rng, degree_p=0.9, prefix_p=0.1) for _ in range(2)]
    table2(
        d,
        [28, 230, d.W - 258],
        [["1.", med[0]["name"], "Mediator"], ["2.", med[1]["name"], "Panitera Pengganti"]],
        header=["No", "Nama", "Kedudukan"],
    )
    due = add_wd(ctx.date, rng.randint(3, 5))
    d.para(
        "Mediasi dilaksanakan paling lama 14 (empat belas) hari kerja sejak mediasi pertama. "
        "Untuk itu kami minta Termohon mengisi dan menyampaikan kembali Pernyataan Kesediaan "
        f"Menempuh Mediasi (terlampir) paling lambat tanggal {fmt_date(due, 'long')}.",
        justify=True,
        indent=22,
    )
    d.para("Atas perhatian Saudara, kami ucapkan terima kasih.", indent=22)
    ki_sign(d, rng)
    tembusan(d, [f"Sdr. {p['name']} (Pemohon)", "Arsip"])
    # page 2: the consent form
    d.newpage()
    d.line_text("PERNYATAAN KESEDIAAN MENEMPUH MEDIASI", ctx.b, ctx.size + 1.5, align="c")
    d.line_text(f"Register Nomor: {reg}", align="c")
    d.gap(10)
    d.line_text("Yang bertanda tangan di bawah ini:")
    for lab in ("Nama", "Jabatan", "NIP", "Bertindak untuk dan atas nama"):
        form_row(d, lab, None, 150, False)
    d.para(
        f"dalam sengketa informasi publik antara {p['name']} sebagai Pemohon dan PPID KPU Provinsi "
        "Sumatera Selatan sebagai Termohon, dengan ini menyatakan:",
        justify=True,
    )
    for s in ("BERSEDIA", "TIDAK BERSEDIA"):
        d.need(20)
        checkbox(d.pg, d.L + 20, d.y, 10, False, INK, False)
        d.pg.t(d.L + 38, d.y, s, ctx.b, ctx.size)
        d.gap(18)
    d.para(
        "menempuh penyelesaian sengketa informasi publik melalui mediasi di Komisi Informasi "
        "Provinsi Sumatera Selatan.",
        justify=True,
    )
    d.gap(10)
    d.line_text("Palembang, ......................................", x=d.L + d.W * 0.55)
    d.line_text("Termohon,", x=d.L + d.W * 0.55)
    d.gap(40)
    d.line_text("(.......................................................)", x=d.L + d.W * 0.55)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=items[0],
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_ki_penunjukan_mediator_kesediaan", d.pages, fields)


def s02_ki_monev_pelaksanaan_putusan(ctx: Ctx) -> Letter:
    """KI asks the respondent to report on carrying out its final decision: the putusan's number
    and date, the register number, the parties, a table No | Amar Putusan | Status Pelaksanaan |
    Bukti / Keterangan with the last two columns left dotted for the PPID to fill, a deadline and
    what happens if the decision is not carried out."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    reg_d = ctx.date - timedelta(days=rng.randint(70, 160))
    reg = ki_reg(rng, reg_d)
    put_d = reg_d + timedelta(days=rng.randint(40, 60))
    while put_d.weekday() > 4:
        put_d += timedelta(days=1)
    put_no = f"{rng.randint(1, 75):03d}/{roman(put_d.month)}/KI-SS-PS-A/{put_d.year}"
    ink_d = add_wd(put_d, 14 + rng.randint(0, 3))
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    subj = rng.choice(
        (
            "Permintaan Laporan Pelaksanaan Putusan Komisi Informasi",
            "Monitoring Pelaksanaan Putusan Sengketa Informasi",
            f"Pelaksanaan Putusan Nomor {put_no}",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, rng.choice(("-", "1 (satu) lembar"))), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ki_yth_termohon(rng))
    d.gap(6)
    item = info_items(rng, 1, 1)[0]
    ref = reg_number(rng, reg_d)[0] if rng.random() < 0.4 else None
    s = (
        f"Menindaklanjuti Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {put_no} tanggal "
        f"{fmt_date(put_d, 'long')} dalam sengketa informasi publik Register Nomor {reg} antara "
        f"{p['name']} sebagai Pemohon dan PPID KPU Provinsi Sumatera Selatan sebagai Termohon"
    )
    if ref:
        s += f" atas permohonan informasi Nomor Pendaftaran {ref}"
    s += (
        f", yang telah berkekuatan hukum tetap sejak tanggal {fmt_date(ink_d, 'long')}, dengan ini "
        "kami meminta Saudara melaporkan pelaksanaan amar putusan dengan mengisi tabel berikut:"
    )
    d.para(s, justify=True, indent=22)
    whole = rng.random() < 0.6
    amar = [
        f"Mengabulkan permohonan Pemohon untuk {'seluruhnya' if whole else 'sebagian'}.",
        f"Menyatakan informasi berupa {item} adalah informasi yang bersifat terbuka.",
        f"Memerintahkan Termohon untuk memberikan {lc1(item)} kepada Pemohon paling lambat 14 "
        "(empat belas) hari kerja sejak putusan berkekuatan hukum tetap.",
    ]
    wa = d.W - 28 - 110 - 100
    table2(
        d,
        [28, wa, 110, 100],
        [[f"{i}.", a, "", ""] for i, a in enumerate(amar, 1)],
        header=["No", "Amar Putusan", "Status Pelaksanaan", "Bukti / Keterangan"],
        dotted_cols=(2, 3),
        min_lines=3,
        size=ctx.size - 1,
    )
    due = add_wd(ctx.date, 14)
    d.para(
        f"Laporan beserta bukti pelaksanaan disampaikan paling lambat tanggal {fmt_date(due, 'long')}. "
        "Apabila putusan tidak dilaksanakan, Komisi Informasi akan menyampaikan hal tersebut kepada "
        "atasan Termohon dan mengumumkannya kepada publik sesuai ketentuan.",
        justify=True,
        indent=22,
    )
    d.para("Demikian untuk menjadi perhatian.", indent=22)
    ki_sign(d, rng)
    tembusan(
        d,
        [f"Sdr. {p['name']} (Pemohon)", "Ketua KPU Provinsi Sumatera Selatan", "Arsip"][
            : rng.randint(1, 3)
        ],
    )
    fields = F(
        applicant_name=p["name"],
        information_requested=item,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_ki_monev_pelaksanaan_putusan", d.pages, fields)


def s03_ki_permintaan_surat_kuasa_termohon(ctx: Ctx) -> Letter:
    """KI registry asks the respondent, before the first hearing, to send the power of attorney /
    assignment letter of its representatives: a grey band "PERKARA REGISTER NOMOR ..." under the
    letterhead, the parties and the object in rows, a numbered list of documents, an empty table
    No | Nama Kuasa | Jabatan | NIP | Nomor Surat Tugas to fill in, and the registrar's contact."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    reg_d = ctx.date - timedelta(days=rng.randint(3, 15))
    reg = ki_reg(rng, reg_d)
    d.pg.rect(d.L, d.y - 16, d.W, 18, 0, None, (215, 215, 215))
    d.pg.t((d.L + d.R) / 2, d.y - 3, f"PERKARA REGISTER NOMOR {reg}", ctx.b, ctx.size, align="c")
    d.gap(16)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    subj = rng.choice(
        (
            "Permintaan Surat Kuasa dan Identitas Kuasa Termohon",
            "Permintaan Dokumen Kuasa Termohon",
            "Penyampaian Surat Kuasa Khusus / Surat Tugas",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, "-"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ki_yth_termohon(rng))
    d.gap(6)
    hearing = add_wd(ctx.date, rng.randint(5, 9))
    d.para(
        "Sehubungan dengan akan dilaksanakannya sidang pemeriksaan awal pada tanggal "
        f"{fmt_date(hearing, 'long')} dalam sengketa informasi publik antara:",
        justify=True,
        indent=22,
    )
    show_addr = rng.random() < 0.5
    addr = fmt_address(p, rng)
    item = info_items(rng, 1, 1)[0]
    show_item = rng.random() < 0.75
    ref = reg_number(rng, reg_d)[0] if rng.random() < 0.45 else None
    rows = [("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat", addr))
    rows.append(("Termohon", "PPID KPU Provinsi Sumatera Selatan"))
    if show_item:
        rows.append(("Objek Sengketa", item))
    if ref:
        rows.append(("Nomor Pendaftaran", ref))
    kv_rows(d, rows, x=d.L + 22)
    due = add_wd(ctx.date, 3)
    d.para(
        f"kami minta Termohon menyampaikan dokumen berikut paling lambat tanggal {fmt_date(due, 'long')}:",
        justify=True,
    )
    d.numbered(
        [
            "Surat Kuasa Khusus dari Atasan PPID atau Surat Tugas bagi pegawai yang mewakili Termohon;",
            "fotokopi kartu identitas dan kartu pegawai kuasa Termohon;",
            "salinan keputusan penetapan PPID KPU Provinsi Sumatera Selatan;",
            "salinan tanggapan atas permohonan informasi dan atas keberatan Pemohon, bila ada.",
        ],
        x=d.L + 10,
    )
    d.line_text("Nama kuasa Termohon mohon diisikan pada tabel berikut:")
    table2(
        d,
        [26, 150, 110, 110, d.W - 396],
        [[f"{i}.", "", "", "", ""] for i in range(1, 4)],
        header=["No", "Nama Kuasa", "Jabatan", "NIP", "Nomor Surat Tugas"],
        dotted_cols=(1, 2, 3, 4),
        size=ctx.size - 1,
    )
    clerk = make_person(rng, degree_p=0.7, prefix_p=0.05)
    d.para(
        f"Narahubung: {clerk['name']} (Panitera Pengganti), HP {clerk['phone']}.",
        size=ctx.size - 0.5,
    )
    ki_sign(d, rng)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_ki_permintaan_surat_kuasa_termohon", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def sm_sign(d: Doc, rng: random.Random, roles: list[str], with_nip=0.6, stamp=None) -> None:
    sign_block(
        d,
        roles,
        official_name(rng),
        sub=f"NIP {nip(rng)}" if rng.random() < with_nip else None,
        stamp=stamp,
    )


CIRCULARS = (
    {
        "title": "PENYESUAIAN JAM KERJA APARATUR SIPIL NEGARA SELAMA BULAN RAMADHAN 1447 H",
        "hal": "Penyesuaian Jam Kerja Selama Bulan Ramadhan 1447 H",
        "lo": date(2026, 2, 2),
        "hi": date(2026, 2, 13),
        "table": (
            ["Hari", "Jam Masuk", "Istirahat", "Jam Pulang"],
            [
                ["Senin - Kamis", "08.00", "12.00 - 12.30", "15.00"],
                ["Jumat", "08.00", "11.30 - 12.30", "15.30"],
            ],
        ),
        "points": [
            "Jam kerja pada instansi pemerintah selama bulan Ramadhan 1447 H disesuaikan sebagaimana tabel di bawah ini.",
            "Jumlah jam kerja efektif selama bulan Ramadhan paling sedikit 32 jam 30 menit per minggu.",
            "Pimpinan instansi memastikan pelayanan publik tetap berjalan dengan baik.",
        ],
    },
    {
        "title": "PELAKSANAAN UPACARA DAN PENGIBARAN BENDERA MERAH PUTIH DALAM RANGKA HARI ULANG TAHUN KE-81 KEMERDEKAAN REPUBLIK INDONESIA",
        "hal": "Pelaksanaan Upacara HUT Ke-81 Kemerdekaan RI",
        "lo": date(2026, 7, 20),
        "hi": date(2026, 8, 7),
        "table": (
            ["Kegiatan", "Waktu", "Tempat"],
            [
                ["Pengibaran bendera di kantor", "1 - 31 Agustus 2026", "Seluruh kantor"],
                [
                    "Upacara Detik-Detik Proklamasi",
                    "17 Agustus 2026 pukul 07.30",
                    "Halaman Kantor Gubernur",
                ],
                [
                    "Upacara Penurunan Bendera",
                    "17 Agustus 2026 pukul 17.00",
                    "Halaman Kantor Gubernur",
                ],
            ],
        ),
        "points": [
            "Seluruh instansi di Provinsi Sumatera Selatan mengibarkan bendera Merah Putih sebulan penuh.",
            "Pimpinan instansi vertikal diharapkan hadir pada upacara sesuai jadwal berikut.",
            "Pakaian upacara: Pakaian Dinas Upacara (PDU) atau pakaian adat daerah.",
        ],
    },
    {
        "title": "PENGGUNAAN PAKAIAN ADAT DAERAH DAN TENUN SONGKET PALEMBANG BAGI APARATUR DI LINGKUNGAN PROVINSI SUMATERA SELATAN",
        "hal": "Penggunaan Pakaian Adat dan Tenun Songket Palembang",
        "lo": date(2025, 9, 1),
        "hi": date(2026, 11, 30),
        "table": (
            ["Hari", "Pakaian"],
            [
                ["Senin", "Pakaian dinas harian"],
                ["Kamis", "Pakaian adat daerah / tenun songket"],
                ["Jumat", "Pakaian olahraga / batik jumputan"],
            ],
        ),
        "points": [
            "Dalam rangka pelestarian budaya daerah, aparatur diimbau mengenakan pakaian sesuai tabel berikut.",
            "Instansi vertikal dapat menyesuaikan dengan ketentuan pakaian dinas masing-masing.",
            "Surat Edaran ini berlaku sejak tanggal ditetapkan.",
        ],
    },
)


def m01_edaran_jam_kerja_pemprov(ctx: Ctx) -> Letter:
    """The governor (Garuda-only letterhead "GUBERNUR SUMATERA SELATAN") or the provincial
    Sekretariat Daerah sends all vertical agencies a SURAT EDARAN (NOMOR / TENTANG block, numbered
    points, a small table of hours, dress or ceremony schedule, "Ditetapkan di ... pada tanggal"),
    or the same as an ordinary letter with a Hal line."""
    rng = ctx.rng
    spec = rng.choice(CIRCULARS)
    while True:
        dt = spec["lo"] + timedelta(days=rng.randint(0, (spec["hi"] - spec["lo"]).days))
        if workday(dt):
            break
    ctx.date = dt
    d = Doc(ctx, top=50)
    gov = rng.random() < 0.5
    if gov:
        logo(d.pg, (d.L + d.R) / 2 - 24, 38, 48, "garuda")
        d.y = 108
        d.line_text("GUBERNUR SUMATERA SELATAN", ctx.b, 14, align="c")
        d.gap(10)
        org = "GUBERNUR SUMATERA SELATAN"
        role = ["GUBERNUR SUMATERA SELATAN,"]
    else:
        kop2(
            d,
            [
                ("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12.5),
                ("SEKRETARIAT DAERAH", ctx.b, 16),
            ],
            [
                "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 352 883  Laman: sumselprov.go.id"
            ],
            "l",
            rng.choice((INK, NAVY)),
            rng.choice(("double", "thinthick")),
            kinds=("garuda",),
        )
        org = "SEKRETARIAT DAERAH"
        role = ["a.n. GUBERNUR SUMATERA SELATAN", "SEKRETARIS DAERAH,"]
    se = rng.random() < 0.6
    kode = rng.choice(("000.8.3", "800.1.6.3", "100.3.4", "003.2"))
    if se:
        nomor = f"{kode}/{rng.randint(1, 60)}/SE/{rng.choice(('BIRO.ORG', 'BKD', 'BIRO.PEM', 'SETDA'))}/{dt.year}"
        for s in [
            "Yth.",
            "1. Bupati/Wali Kota se-Sumatera Selatan;",
            "2. Kepala Instansi Vertikal di Provinsi Sumatera Selatan;",
            "3. Kepala Perangkat Daerah Provinsi Sumatera Selatan,",
            "di -",
            "Tempat",
        ]:
            d.line_text(s)
        d.gap(10)
        d.line_text("SURAT EDARAN", ctx.b, ctx.size + 1, align="c")
        d.line_text(f"NOMOR {nomor}", ctx.b, ctx.size, align="c")
        d.gap(4)
        d.line_text("TENTANG", ctx.b, ctx.size, align="c")
        d.para(spec["title"], ctx.b, ctx.size, x=d.L + 30, w=d.W - 60, align="c")
        subj = spec["title"]
    else:
        nomor = f"{kode}/{rng.randint(100, 3999)}/{rng.choice(('BIRO.ORG', 'BKD', 'BIRO.PEM'))}/{dt.year}"
        nl, ll, hl = labels(rng)
        nomor_block(
            d,
            [(nl, nomor), ("Sifat", "Penting"), (ll, "-"), (hl, spec["hal"])],
            right=place_date(rng, "Palembang", dt),
        )
        yth_block(
            d,
            ["Yth. Kepala Instansi Vertikal", "di Provinsi Sumatera Selatan", "di -", "Palembang"],
        )
        subj = spec["hal"]
    d.gap(8)
    d.numbered(spec["points"], x=d.L + 6)
    hdr, rows = spec["table"]
    w0 = d.W / len(hdr)
    table2(d, [w0] * len(hdr), [list(r) for r in rows], header=list(hdr))
    d.para(
        "Demikian Surat Edaran ini disampaikan untuk dilaksanakan sebagaimana mestinya."
        if se
        else "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        justify=True,
    )
    if se:
        d.line_text("Ditetapkan di Palembang", x=d.R - 200)
        d.line_text(f"pada tanggal {fmt_date(dt, 'long')}", x=d.R - 200)
    sm_sign(d, rng, role, with_nip=0.0 if gov else 0.7)
    if rng.random() < 0.5:
        tembusan(
            d,
            [
                "Menteri Dalam Negeri di Jakarta",
                "Ketua DPRD Provinsi Sumatera Selatan",
                "Inspektur Provinsi Sumatera Selatan",
            ],
        )
    return Letter(
        "surat_masuk", "M01_edaran_jam_kerja_pemprov", d.pages, sm_fields(nomor, dt, subj, org)
    )


BAWASLU_TOPICS = (
    "Pemutakhiran Data Pemilih Berkelanjutan Semester I Tahun 2026",
    "Pengelolaan dan Pemusnahan Logistik Pasca Pemilihan Tahun 2024",
    "Pelaksanaan Rapat Pleno Rekapitulasi Daftar Pemilih Berkelanjutan",
    "Pelayanan Informasi Publik dan Pengumuman Daftar Pemilih",
)


def bawaslu_form_a(d: Doc, rng: random.Random, head: list[str], topic: str, dt: date) -> None:
    c = d.ctx
    d.line_text("FORMULIR MODEL A", c.b, c.size - 1, align="r")
    logo(d.pg, d.L, d.y - 6, 34, "shield")
    for s in head:
        d.line_text(s, c.b, c.size + 0.5, align="c")
    d.gap(4)
    d.line_text("LAPORAN HASIL PENGAWASAN PEMILU", c.b, c.size + 1, align="c")
    d.pg.line(d.L, d.y - 6, d.R, d.y - 6, 1.0)
    d.gap(4)
    officer = make_person(rng, degree_p=0.6, prefix_p=0.05)
    section_bar(d, "I. DATA PENGAWAS PEMILU")
    d.gap(12)
    kv_rows(
        d,
        [
            ("Nama Pelaksana Tugas Pengawasan", officer["name"]),
            (
                "Jabatan",
                rng.choice(("Koordinator Divisi Pencegahan", "Staf Divisi Pengawasan", "Anggota")),
            ),
            (
                "Nomor Surat Perintah Tugas",
                f"{rng.randint(10, 400)}/PM.01.02/K.SS/{dt.month:02d}/{dt.year}",
            ),
            ("Alamat", "Jl. Basuki Rahmat No. 23 Palembang"),
        ],
        x=d.L + 6,
    )
    section_bar(d, "II. KEGIATAN PENGAWASAN")
    d.gap(12)
    kv_rows(
        d,
        [
            ("Tahapan yang diawasi", topic),
            ("Bentuk Pengawasan", rng.choice(("Langsung", "Uji petik", "Analisis dokumen"))),
            ("Tujuan", "Memastikan kepatuhan terhadap ketentuan peraturan perundang-undangan"),
            ("Sasaran", "KPU Provinsi Sumatera Selatan"),
            (
                "Waktu dan Tempat",
                f"{fmt_date(dt - timedelta(days=rng.randint(1, 6)), 'long')}, Kantor KPU Provinsi Sumatera Selatan",
            ),
        ],
        x=d.L + 6,
    )
    section_bar(d, "III. URAIAN SINGKAT HASIL PENGAWASAN")
    d.gap(12)
    d.para(
        rng.choice(
            (
                "Pengawas melakukan pengawasan langsung terhadap kegiatan tersebut. Secara umum kegiatan "
                "berjalan sesuai jadwal, namun terdapat dokumen yang belum diunggah ke laman resmi.",
                "Berdasarkan uji petik, data yang disampaikan telah sesuai dengan berita acara, dengan "
                "catatan beberapa lampiran belum ditandatangani oleh pejabat yang berwenang.",
            )
        ),
        justify=True,
    )
    section_bar(d, "IV. INFORMASI DUGAAN PELANGGARAN")
    d.gap(12)
    kv_rows(d, [("Peristiwa", "Nihil"), ("Tempat Kejadian", "-"), ("Pelaku", "-")], x=d.L + 6)
    section_bar(d, "V. INFORMASI DUGAAN SENGKETA PROSES PEMILU")
    d.gap(12)
    d.line_text("Nihil")
    d.gap(4)
    sign_block(
        d, ["Pengawas Pemilu,"], officer["name"], place_date=place_date(rng, "Palembang", dt)
    )


def m02_bawaslu_form_a_pengawasan(ctx: Ctx) -> Letter:
    """Bawaslu (provincial, or a regency's) sends its supervision report: a covering letter
    "Penyampaian Hasil Pengawasan ..." with page 2 the FORMULIR MODEL A "LAPORAN HASIL PENGAWASAN
    PEMILU" (sections I-V on grey bars, supervisor's data, the activity, findings, "Nihil"), or
    the Form A alone."""
    rng = ctx.rng
    reg = rng.choice(REGIONS)
    prov = rng.random() < 0.65
    lines = [
        "BADAN PENGAWAS PEMILIHAN UMUM",
        "PROVINSI SUMATERA SELATAN" if prov else reg["kab_ktp"],
    ]
    org = " ".join(lines)
    topic = rng.choice(BAWASLU_TOPICS)
    d = Doc(ctx, top=52)
    alone = rng.random() < 0.35
    if alone:
        bawaslu_form_a(d, rng, lines, topic, ctx.date)
        return Letter(
            "surat_masuk",
            "M02_bawaslu_form_a_pengawasan",
            d.pages,
            sm_fields(None, ctx.date, None, org),
        )
    kop2(
        d,
        [(lines[0], ctx.b, 15), (lines[1], ctx.b, 13)],
        [
            "Jl. Basuki Rahmat No. 23 Palembang 30129  Telp. (0711) 350 300  Laman: sumsel.bawaslu.go.id"
        ],
        "l",
        rng.choice((INK, (120, 60, 10))),
        "double",
        kinds=("shield",),
    )
    nl, ll, hl = labels(rng)
    code = "K.SS" if prov else f"K.SS-{rng.randint(1, 17):02d}"
    nomor = f"{rng.randint(10, 999):03d}/PM.01.02/{code}/{ctx.date.month:02d}/{ctx.date.year}"
    subj = f"Penyampaian Hasil Pengawasan {topic}"
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, "Palembang" if prov else reg["city"], ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    d.para(
        f"Dalam rangka pelaksanaan tugas pengawasan terhadap tahapan {topic}, bersama ini kami "
        "sampaikan Laporan Hasil Pengawasan (Formulir Model A) sebagaimana terlampir, untuk menjadi "
        "perhatian dan tindak lanjut Saudara. Kami juga meminta agar salinan dokumen terkait dapat "
        "disampaikan kepada kami sebagai bahan pengawasan.",
        justify=True,
        indent=22,
    )
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", indent=22
    )
    sm_sign(
        d, rng, [f"Ketua Bawaslu {'Provinsi Sumatera Selatan' if prov else kab_title(reg)},"], 0.0
    )
    tembusan(d, ["Ketua Bawaslu Republik Indonesia", "Arsip"])
    d.newpage()
    bawaslu_form_a(d, rng, lines, topic, ctx.date)
    return Letter(
        "surat_masuk",
        "M02_bawaslu_form_a_pengawasan",
        d.pages,
        sm_fields(nomor, ctx.date, subj, org),
    )


BANKS = (
    ("BANK SUMSEL BABEL", "Kantor Cabang Utama Palembang", (200, 40, 40), "B.{n}/KCU-PLG/{mm}/{y}"),
    (
        "BANK RAKYAT INDONESIA",
        "Kantor Cabang Palembang A. Rivai",
        (0, 70, 150),
        "B.{n}-KC-XIV/ADK/{mm}/{y}",
    ),
    ("BANK NEGARA INDONESIA", "Kantor Cabang Palembang", (0, 110, 120), "PLG/{n}/{y}"),
    ("BANK MANDIRI", "KCP Palembang Kapten A. Rivai", (0, 50, 120), "R05.KCP.PLG/{n}/{y}"),
    (
        "BANK SYARIAH INDONESIA",
        "KC Palembang Demang Lebar Daun",
        (0, 140, 130),
        "{n}/BSI/KC-PLG/{mm}/{y}",
    ),
)


def m03_bank_spesimen_ttd(ctx: Ctx) -> Letter:
    """A bank asks the office to renew the customer data and signature specimens of its working-unit
    accounts: coloured name + branch line letterhead, account in the body, list of documents to
    bring, OJK / LPS footer; page 2 the blank KARTU SPESIMEN TANDA TANGAN (account rows, three
    specimen boxes, signing rule ticked, "Diisi oleh Bank" box)."""
    rng = ctx.rng
    name, branch, col, fmtn = rng.choice(BANKS)
    d = Doc(ctx, top=48)
    pg = d.pg
    pg.rect(d.L, 40, 40, 40, 0, None, col)
    ini = abbr(name)
    pg.t(d.L + 20, 66, ini, "hb", min(20.0, 34 / tw(ini, "hb", 1)), WHITE, "c")
    pg.t(d.L + 50, 60, name, "hb", 17, col)
    pg.t(d.L + 50, 75, branch, "hr", 9, GREY)
    pg.rect(d.L, 86, d.W, 3, 0, None, col)
    d.y = 118
    nomor = fmtn.format(n=rng.randint(100, 9999), mm=f"{ctx.date.month:02d}", y=ctx.date.year)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pembaruan Data Nasabah dan Spesimen Tanda Tangan",
            "Permohonan Pembaruan Spesimen Tanda Tangan Rekening Satuan Kerja",
            "Pemutakhiran Data Rekening Instansi Pemerintah",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, "1 (satu) lembar"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris KPU Provinsi Sumatera Selatan",
            "selaku Kuasa Pengguna Anggaran",
            "di Palembang",
        ],
    )
    d.gap(6)
    acct = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    d.para(
        f"Dalam rangka penerapan prinsip mengenal nasabah, kami mohon Saudara memperbarui data nasabah "
        f"dan spesimen tanda tangan rekening Giro Nomor {acct} atas nama RPL {rng.randint(100, 999)} "
        "KPU PROV SUMSEL UNTUK OPERASIONAL, dengan menyampaikan dokumen berikut:",
        justify=True,
    )
    d.numbered(
        [
            "Surat Keputusan penunjukan Kuasa Pengguna Anggaran dan Bendahara Pengeluaran;",
            "fotokopi KTP dan NPWP para pejabat penandatangan;",
            "Kartu Spesimen Tanda Tangan (terlampir) yang telah ditandatangani;",
            "surat persetujuan pembukaan rekening dari KPPN setempat.",
        ],
        x=d.L + 10,
    )
    due = add_wd(ctx.date, rng.randint(7, 12))
    d.para(
        f"Dokumen tersebut kami harapkan dapat diterima paling lambat tanggal {fmt_date(due, 'long')}. "
        "Atas kerja sama yang baik, kami ucapkan terima kasih.",
        justify=True,
    )
    sign_block(
        d,
        [f"{name}", branch + ","],
        official_name(rng),
        sub=rng.choice(("Branch Manager", "Pemimpin Cabang", "Kepala Cabang")),
    )
    foot = f"PT {title_id(name)} terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS."
    pg.t(PW / 2, PH - 30, foot, "hr", min(7.0, (PW - 80) / tw(foot, "hr", 1)), GREY, "c")
    # page 2: the specimen card
    d.newpage()
    d.line_text("KARTU SPESIMEN TANDA TANGAN", ctx.b, ctx.size + 2, align="c")
    d.line_text(name + " - " + branch, size=ctx.size - 1, align="c")
    d.gap(8)
    kv_rows(
        d,
        [
            ("Nomor Rekening", acct),
            ("Nama Rekening", "RPL KPU PROV SUMSEL UNTUK OPERASIONAL"),
            ("Jenis Rekening", "Giro Instansi Pemerintah"),
        ],
    )
    bw = (d.W - 20) / 3
    y = d.y + 6
    for k in range(3):
        x = d.L + k * (bw + 10)
        d.pg.rect(x, y, bw, 150, 0.8)
        d.pg.t(x + 6, y + 14, f"Pejabat Penandatangan {'I' * (k + 1)}", ctx.b, 8.5)
        d.pg.line(x + 6, y + 100, x + bw - 6, y + 100, 0.4, GREY, (1, 2))
        d.pg.t(x + 6, y + 114, "Nama :", ctx.r, 8.5)
        d.pg.t(x + 6, y + 132, "Jabatan :", ctx.r, 8.5)
    d.y = y + 170
    d.line_text("Ketentuan penandatanganan:", ctx.b)
    for s, on in (("Sendiri-sendiri", False), ("Bersama-sama (2 dari 3)", True)):
        checkbox(d.pg, d.L + 10, d.y, 9, on, INK, False)
        d.pg.t(d.L + 26, d.y, s, ctx.r, ctx.size)
        d.gap(16)
    d.pg.rect(d.L, d.y + 4, d.W, 60, 0.6, GREY)
    d.pg.t(d.L + 6, d.y + 18, "Diisi oleh Bank: Diperiksa / Disetujui / Dicatat", ctx.r, 8.5, GREY)
    return Letter(
        "surat_masuk", "M03_bank_spesimen_ttd", d.pages, sm_fields(nomor, ctx.date, subj, name)
    )


KTP_FINDINGS = (
    (
        "Pertanggungjawaban belanja honorarium badan ad hoc belum didukung bukti yang lengkap sebesar {a}",
        "Memerintahkan Bendahara melengkapi bukti pertanggungjawaban",
    ),
    (
        "Kelebihan pembayaran belanja perjalanan dinas sebesar {a}",
        "Menyetorkan kelebihan pembayaran ke Kas Negara",
    ),
    (
        "Penatausahaan persediaan logistik pemilihan belum tertib",
        "Memerintahkan pengelola persediaan melakukan inventarisasi",
    ),
    (
        "Pembayaran sewa kendaraan operasional tidak sesuai kontrak sebesar {a}",
        "Memproses pengembalian kelebihan pembayaran",
    ),
    (
        "Aset tetap berupa perangkat komputer belum dicatat dalam SIMAK BMN",
        "Melakukan pencatatan aset tetap sesuai ketentuan",
    ),
)


def m04_bpk_konsep_temuan(ctx: Ctx) -> Letter:
    """BPK's regional office sends draft audit findings (Konsep Temuan Pemeriksaan) and asks for
    management's response: Dasar with the audit assignment, a table No | Uraian Temuan |
    Rekomendasi | Tanggapan Entitas (last column dotted), a deadline, the person in charge signs."""
    rng = ctx.rng
    d = Doc(ctx, top=52)
    lines = ["BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA", "PERWAKILAN PROVINSI SUMATERA SELATAN"]
    kop2(
        d,
        [(lines[0], ctx.b, 13.5), (lines[1], ctx.b, 12.5)],
        ["Jl. Angkatan 45 No. 1 Palembang 30137  Telp. (0711) 355 855  Laman: sumsel.bpk.go.id"],
        rng.choice(("l", "c")),
        INK,
        "double",
        kinds=("shield",),
    )
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(10, 400)}/{rng.choice(('KTP', 'S'))}/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    yr = ctx.date.year - 1
    subj = rng.choice(
        (
            f"Penyampaian Konsep Temuan Pemeriksaan atas Laporan Keuangan Tahun {yr}",
            "Permintaan Tanggapan atas Konsep Temuan Pemeriksaan",
        )
    )
    nomor_block(
        d,
        [
            (nl, nomor),
            ("Sifat", rng.choice(("Segera", "Terbatas"))),
            (ll, "1 (satu) berkas"),
            (hl, subj),
        ],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Yth. Sekretaris KPU Provinsi Sumatera Selatan",
            "selaku Kuasa Pengguna Anggaran",
            "di Palembang",
        ],
    )
    d.gap(6)
    st = f"{rng.randint(10, 300)}/ST/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    d.para(
        f"Berdasarkan Surat Tugas Nomor {st}, tim pemeriksa BPK telah melaksanakan pemeriksaan atas "
        f"Laporan Keuangan KPU Tahun {yr} pada KPU Provinsi Sumatera Selatan. Bersama ini kami "
        "sampaikan konsep temuan pemeriksaan sebagai berikut:",
        justify=True,
        indent=22,
    )
    rows = []
    for i, (t, r) in enumerate(rng.sample(KTP_FINDINGS, rng.randint(2, 4)), 1):
        rows.append([f"{i}.", t.format(a=rp(rng.randint(8, 900) * 100000)), r, ""])
    table2(
        d,
        [26, 190, 150, d.W - 366],
        rows,
        header=["No", "Uraian Temuan", "Rekomendasi", "Tanggapan Entitas"],
        dotted_cols=(3,),
        size=ctx.size - 1,
    )
    due = add_wd(ctx.date, 5)
    d.para(
        f"Tanggapan tertulis beserta dokumen pendukung kami harapkan diterima paling lambat tanggal "
        f"{fmt_date(due, 'long')}, untuk dimuat dalam Laporan Hasil Pemeriksaan.",
        justify=True,
        indent=22,
    )
    sm_sign(d, rng, ["Penanggung Jawab Pemeriksaan,"], 0.8)
    return Letter(
        "surat_masuk",
        "M04_bpk_konsep_temuan",
        d.pages,
        sm_fields(nomor, ctx.date, subj, " ".join(lines)),
    )


UNIS = (
    (
        "UNIVERSITAS SRIWIJAYA",
        True,
        "UN9",
        "Jl. Palembang-Prabumulih KM 32 Indralaya, Ogan Ilir 30662  Laman: www.unsri.ac.id",
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        True,
        "Un.09",
        "Jl. Prof. K.H. Zainal Abidin Fikri KM 3,5 Palembang 30126  Laman: radenfatah.ac.id",
    ),
    (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
        False,
        "UMP",
        "Jl. Jenderal Ahmad Yani 13 Ulu Palembang 30263  Laman: um-palembang.ac.id",
    ),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        False,
        "UPGRIP",
        "Jl. Jenderal Ahmad Yani Lrg. Gotong Royong 9/10 Ulu Palembang 30251",
    ),
    (
        "UNIVERSITAS BINA DARMA",
        False,
        "UBD",
        "Jl. Jenderal Ahmad Yani No. 3 Palembang 30264  Laman: binadarma.ac.id",
    ),
    ("UNIVERSITAS TRIDINANTI", False, "UTP", "Jl. Kapten Marzuki No. 2446 Kamboja Palembang 30129"),
)


def m05_univ_usulan_mou_kkn(ctx: Ctx) -> Letter:
    """A university's research-and-service institute (or a faculty) proposes a memorandum of
    understanding with the KPU: lettered scope (voter education, research, internships, a
    thematic KKN), a table of KKN locations and student numbers, a contact person; page 2 the
    "RENCANA KEGIATAN KERJA SAMA" table sometimes."""
    rng = ctx.rng
    uni, state, code, uaddr = rng.choice(UNIS)
    unit = rng.choice(
        (
            "LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT",
            "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
            "FAKULTAS HUKUM",
        )
    )
    d = Doc(ctx, top=48)
    names = (
        [("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", ctx.r, 10)]
        if state and "ISLAM" not in uni
        else []
    )
    if "ISLAM NEGERI" in uni:
        names = [("KEMENTERIAN AGAMA REPUBLIK INDONESIA", ctx.r, 10)]
    names += [(uni, ctx.b, 14), (unit, ctx.b, 11.5)]
    kop2(
        d,
        names,
        [uaddr],
        "l",
        rng.choice((NAVY, MAROON, GREEN)),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    org = f"{uni} {unit}"
    nl, ll, hl = labels(rng)
    sub = "LPPM" if unit.startswith("LEMBAGA") else ("FISIP" if "SOSIAL" in unit else "FH")
    nomor = f"{rng.randint(100, 2999):04d}/{code}.{sub}/KS.00/{ctx.date.year}"
    subj = rng.choice(
        (
            "Usulan Kerja Sama dan Nota Kesepahaman",
            "Permohonan Kerja Sama KKN Tematik Kepemiluan",
            "Penjajakan Nota Kesepahaman tentang Pendidikan Pemilih",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, "1 (satu) berkas draf Nota Kesepahaman"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.para(
        f"Dalam rangka pelaksanaan Tridharma Perguruan Tinggi, {title_id(uni)} bermaksud menjalin kerja "
        "sama dengan KPU Provinsi Sumatera Selatan dalam bentuk Nota Kesepahaman dengan ruang lingkup:",
        justify=True,
        indent=22,
    )
    scope = [
        "pendidikan pemilih dan sosialisasi kepemiluan bagi mahasiswa;",
        "penelitian bersama di bidang kepemiluan dan demokrasi;",
        "magang mahasiswa pada Sekretariat KPU Provinsi Sumatera Selatan;",
        "Kuliah Kerja Nyata (KKN) Tematik Kepemiluan.",
    ]
    for i, s in enumerate(scope):
        d.need(ctx.size * 1.4)
        d.pg.t(d.L + 14, d.y, f"{'abcd'[i]}.", ctx.r, ctx.size)
        d.para(s, x=d.L + 30)
    d.para("Adapun rencana lokasi KKN Tematik Kepemiluan adalah sebagai berikut:", indent=22)
    regs = rng.sample(REGIONS, rng.randint(3, 5))
    table2(
        d,
        [26, 200, 90, d.W - 316],
        [
            [
                f"{i}.",
                title_id(r["kab_ktp"]).replace("Oku", "OKU"),
                str(rng.randint(20, 80)),
                make_person(rng, degree_p=1.0)["name"],
            ]
            for i, r in enumerate(regs, 1)
        ],
        header=["No", "Kabupaten/Kota", "Jumlah Mahasiswa", "Dosen Pembimbing"],
    )
    cp = make_person(rng, degree_p=0.9)
    d.para(
        f"Untuk koordinasi lebih lanjut dapat menghubungi {cp['name']} (HP {cp['phone']}). Atas perhatian "
        "dan kerja samanya kami ucapkan terima kasih.",
        justify=True,
        indent=22,
    )
    role = "Ketua LPPM," if sub == "LPPM" else "Dekan,"
    sm_sign(d, rng, [role], 0.7)
    if rng.random() < 0.5:
        d.newpage()
        d.line_text("RENCANA KEGIATAN KERJA SAMA", ctx.b, ctx.size + 1, align="c")
        d.gap(6)
        acts = [
            ("Penandatanganan Nota Kesepahaman", "Bulan ke-1", "Pimpinan kedua pihak"),
            ("Pembekalan mahasiswa KKN Tematik", "Bulan ke-2", sub),
            ("Pelaksanaan KKN dan sosialisasi pemilih", "Bulan ke-3 s.d. ke-4", "Dosen Pembimbing"),
            ("Seminar hasil penelitian bersama", "Bulan ke-6", "Tim peneliti"),
            ("Evaluasi kerja sama", "Bulan ke-12", "Kedua pihak"),
        ]
        table2(
            d,
            [26, 230, 110, d.W - 366],
            [[f"{i}.", *a] for i, a in enumerate(acts, 1)],
            header=["No", "Kegiatan", "Waktu", "Penanggung Jawab"],
        )
    return Letter(
        "surat_masuk", "M05_univ_usulan_mou_kkn", d.pages, sm_fields(nomor, ctx.date, subj, org)
    )


def m06_komnas_ham_pemantauan(ctx: Ctx) -> Letter:
    """Komnas HAM asks, for its monitoring of vulnerable voters' rights, a list of numbered
    questions about data (voters with mental disabilities, TPS in prisons and hospitals, indigenous
    communities), answers by e-mail by a date; a surat_masuk however much it asks for data."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    lines = ["KOMISI NASIONAL HAK ASASI MANUSIA", "REPUBLIK INDONESIA"]
    kop2(
        d,
        [(lines[0], ctx.b, 14.5), (lines[1], ctx.b, 12.5)],
        [
            "Jl. Latuharhary No. 4B Menteng, Jakarta Pusat 10310  Telp. (021) 392 5230  Surel: info@komnasham.go.id"
        ],
        rng.choice(("l", "c")),
        rng.choice((INK, (0, 90, 60))),
        rng.choice(("double", "single")),
        kinds=("garuda",),
    )
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(100, 1999)}/PM.00/{rng.choice(('K', 'R', 'S'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permintaan Keterangan dan Data Pemenuhan Hak Pilih Kelompok Rentan",
            "Pemantauan Pemenuhan Hak Konstitusional Pemilih",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        right=place_date(rng, "Jakarta", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.para(
        "Dalam rangka pelaksanaan fungsi pemantauan sebagaimana diatur dalam Pasal 89 ayat (3) "
        "Undang-Undang Nomor 39 Tahun 1999 tentang Hak Asasi Manusia, Komnas HAM melakukan pemantauan "
        "pemenuhan hak pilih kelompok rentan di Provinsi Sumatera Selatan. Untuk itu kami meminta "
        "keterangan dan data sebagai berikut:",
        justify=True,
        indent=22,
    )
    qs = [
        "Berapa jumlah pemilih penyandang disabilitas mental dalam daftar pemilih per kabupaten/kota?",
        "Berapa jumlah TPS lokasi khusus di lembaga pemasyarakatan, rumah tahanan dan rumah sakit?",
        "Bagaimana mekanisme pendataan pemilih bagi masyarakat adat dan warga tanpa dokumen kependudukan?",
        "Apa kendala yang dihadapi dalam pemenuhan hak pilih pasien rawat inap?",
        "Upaya apa yang dilakukan untuk menjamin aksesibilitas TPS bagi pemilih lanjut usia?",
    ]
    d.numbered(rng.sample(qs, rng.randint(3, 5)), x=d.L + 10)
    due = add_wd(ctx.date, rng.randint(7, 14))
    d.para(
        f"Keterangan dan data dimohon disampaikan paling lambat tanggal {fmt_date(due, 'long')} melalui "
        "surel pemantauan@komnasham.go.id. Atas perhatian dan kerja samanya, kami ucapkan terima kasih.",
        justify=True,
        indent=22,
    )
    sm_sign(d, rng, ["a.n. Ketua", "Koordinator Subkomisi Penegakan HAM,"], 0.0)
    tembusan(d, ["Ketua Komnas HAM RI (sebagai laporan)", "Ketua KPU Republik Indonesia"])
    return Letter(
        "surat_masuk",
        "M06_komnas_ham_pemantauan",
        d.pages,
        sm_fields(nomor, ctx.date, subj, " ".join(lines)),
    )


GOLONGAN = (
    ("Penata Muda, III/a", "Penata Muda Tingkat I, III/b"),
    ("Penata Muda Tingkat I, III/b", "Penata, III/c"),
    ("Penata, III/c", "Penata Tingkat I, III/d"),
    ("Penata Tingkat I, III/d", "Pembina, IV/a"),
    ("Pengatur, II/c", "Pengatur Tingkat I, II/d"),
    ("Pengatur Tingkat I, II/d", "Penata Muda, III/a"),
)


def m07_bkn_kenaikan_pangkat(ctx: Ctx) -> Letter:
    """The civil-service agency's regional office VII (Palembang) reports on promotion proposals
    for a period: a table No | Nama / NIP | Pangkat/Gol. Lama | Pangkat/Gol. Baru | Keterangan
    (approved, or "BTL" with what is missing), the head of the regional office signs."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    lines = ["BADAN KEPEGAWAIAN NEGARA", "KANTOR REGIONAL VII"]
    kop2(
        d,
        [(lines[0], ctx.b, 15), (lines[1], ctx.b, 13)],
        [
            "Jl. Letjen H. Alamsyah Ratu Prawiranegara No. 1 Palembang 30126  Telp. (0711) 410 522  Laman: kanreg7.bkn.go.id"
        ],
        "l",
        rng.choice((INK, NAVY)),
        "double",
        kinds=("garuda",),
    )
    period = rng.choice(("April", "Oktober"))
    py = ctx.date.year if period == "Oktober" or ctx.date.month <= 6 else ctx.date.year + 1
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(100, 9999)}/KR.VII/{rng.choice(('SK', 'KP'))}/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            f"Penyampaian Pertimbangan Teknis Kenaikan Pangkat Periode {period} {py}",
            f"Usul Kenaikan Pangkat Periode {period} {py} yang Berkas Tidak Lengkap",
        )
    )
    nomor_block(
        d, [(nl, nomor), (ll, "-"), (hl, subj)], right=place_date(rng, "Palembang", ctx.date)
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.para(
        f"Menindaklanjuti usul kenaikan pangkat Pegawai Negeri Sipil di lingkungan Sekretariat KPU "
        f"Provinsi Sumatera Selatan periode {period} {py}, bersama ini kami sampaikan hasil "
        "pertimbangan teknis sebagai berikut:",
        justify=True,
        indent=22,
    )
    rows = []
    for i in range(1, rng.randint(3, 7)):
        q = make_person(rng, degree_p=0.6)
        a, b = rng.choice(GOLONGAN)
        ket = rng.choice(
            ("Disetujui", "Disetujui", "BTL: SKP 2 tahun terakhir", "BTL: ijazah belum dilegalisir")
        )
        rows.append([f"{i}.", f"{q['name']} NIP {nip(rng)}", a, b, ket])
    table2(
        d,
        [24, 170, 100, 100, d.W - 394],
        rows,
        header=["No", "Nama / NIP", "Pangkat/Gol. Lama", "Pangkat/Gol. Baru", "Keterangan"],
        size=ctx.size - 1.5,
    )
    d.para(
        "Bagi usul yang dinyatakan Berkas Tidak Lengkap (BTL), kelengkapan dokumen agar diunggah kembali "
        "melalui aplikasi SIASN paling lambat sebelum batas waktu periode berakhir.",
        justify=True,
        indent=22,
    )
    sm_sign(d, rng, ["Kepala Kantor Regional VII", "Badan Kepegawaian Negara,"], 0.8)
    return Letter(
        "surat_masuk",
        "M07_bkn_kenaikan_pangkat",
        d.pages,
        sm_fields(nomor, ctx.date, subj, " ".join(lines)),
    )


def photo_pic(rng: random.Random) -> Image.Image:
    """A grey documentary photo: sky, road, a billboard on a pole."""
    w, h = 360, 240
    im = Image.new("RGB", (w, h), (200, 210, 220))
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, 150, w, h), fill=(120, 120, 115))
    dr.rectangle((0, 140, w, 152), fill=(90, 110, 80))
    x = rng.randint(60, 200)
    dr.rectangle((x + 50, 90, x + 58, 150), fill=(70, 70, 70))
    dr.rectangle((x, 30, x + 110, 95), fill=(230, 230, 230), outline=(60, 60, 60), width=3)
    for k in range(4):
        dr.rectangle(
            (x + 10, 40 + k * 12, x + 100 - k * 15, 46 + k * 12),
            fill=(150, 40, 40) if k == 0 else (90, 90, 90),
        )
    return im.convert("L").filter(ImageFilter.GaussianBlur(0.8))


def m08_satpolpp_teguran_reklame(ctx: Ctx) -> Letter:
    """The city's civil-service police (Satpol PP) warns the office about an outdated or
    unlicensed billboard / banner of its voter-education campaign: "SURAT TEGURAN I" title with the
    Nomor under it, or an ordinary letter with a Hal; Dasar with the regional regulation, a table of
    the billboards (Jenis | Ukuran | Lokasi | Keterangan), a documentary photo, 7 x 24 hours to
    remove it."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    kop2(
        d,
        [("PEMERINTAH KOTA PALEMBANG", ctx.b, 12.5), ("SATUAN POLISI PAMONG PRAJA", ctx.b, 15.5)],
        [
            "Jl. Merdeka No. 1 Palembang 30111  Telp. (0711) 311 321  Surel: satpolpp@palembang.go.id"
        ],
        "l",
        rng.choice((INK, (60, 80, 40))),
        rng.choice(("double", "thinthick")),
        kinds=("shield",),
    )
    org = "SATUAN POLISI PAMONG PRAJA"
    nomor = f"300.1/{rng.randint(100, 2999)}/SPP/{rng.choice(('III', 'Trantib', 'PPUD'))}/{ctx.date.year}"
    titled = rng.random() < 0.5
    subj = None
    if titled:
        d.line_text(place_date(rng, "Palembang", ctx.date), align="r")
        d.gap(6)
        d.line_text(
            rng.choice(("SURAT TEGURAN I", "SURAT PERINGATAN PERTAMA")),
            ctx.b,
            ctx.size + 2,
            align="c",
        )
        d.line_text(f"Nomor: {nomor}", align="c")
        d.gap(8)
        yth_block(
            d,
            [
                "Kepada Yth.",
                "Sekretaris KPU Provinsi Sumatera Selatan",
                "Jl. Kapten A. Rivai No. 95",
                "di Palembang",
            ],
        )
    else:
        nl, ll, hl = labels(rng)
        subj = rng.choice(
            ("Teguran Pertama Penertiban Reklame", "Penertiban Baliho dan Spanduk Sosialisasi")
        )
        nomor_block(
            d,
            [(nl, nomor), ("Sifat", "Penting"), (ll, "1 (satu) lembar foto"), (hl, subj)],
            right=place_date(rng, "Palembang", ctx.date),
        )
        yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d.line_text("Dasar:")
    d.numbered(
        [
            "Peraturan Daerah Kota Palembang tentang Penyelenggaraan Reklame;",
            "Peraturan Wali Kota Palembang tentang Penataan Titik Reklame;",
            f"hasil pengawasan petugas pada tanggal {fmt_date(ctx.date - timedelta(days=rng.randint(1, 7)), 'long')}.",
        ],
        x=d.L + 10,
    )
    d.para(
        "Berdasarkan hasil pengawasan, ditemukan reklame milik instansi Saudara yang masa tayangnya telah "
        "berakhir dan/atau tidak memiliki izin, dengan rincian sebagai berikut:",
        justify=True,
    )
    loc = (
        "Simpang Lima DPRD",
        "Jl. Kapten A. Rivai depan kantor KPU",
        "Bundaran Air Mancur",
        "Jl. Jenderal Sudirman KM 3,5",
        "Simpang Polda",
    )
    rows = [
        [
            f"{i}.",
            rng.choice(("Baliho", "Spanduk", "Billboard", "Umbul-umbul")),
            rng.choice(("4 x 6 m", "1 x 5 m", "3 x 4 m", "0,8 x 3 m")),
            lc,
            rng.choice(("Masa tayang berakhir", "Tanpa izin", "Rusak")),
        ]
        for i, lc in enumerate(rng.sample(loc, rng.randint(1, 3)), 1)
    ]
    table2(
        d,
        [24, 80, 70, 190, d.W - 364],
        rows,
        header=["No", "Jenis", "Ukuran", "Lokasi", "Keterangan"],
    )
    d.need(130)
    d.pg.img(d.L + 10, d.y, 150, 100, photo_pic(rng))
    d.pg.t(d.L + 10, d.y + 112, "Foto: dokumentasi petugas", ctx.i, 8)
    d.gap(126)
    d.para(
        "Sehubungan dengan itu, Saudara diminta membongkar reklame tersebut dalam waktu 7 x 24 jam sejak "
        "surat ini diterima. Apabila tidak diindahkan, akan dilakukan penertiban sesuai ketentuan.",
        justify=True,
    )
    sm_sign(d, rng, ["Kepala Satuan Polisi Pamong Praja", "Kota Palembang,"], 0.9)
    return Letter(
        "surat_masuk",
        "M08_satpolpp_teguran_reklame",
        d.pages,
        sm_fields(nomor, ctx.date, subj, org),
    )


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_kades_musdes_berita_acara, 0.0, 0.45),
        (p02_dprd_kab_rumah_aspirasi, 0.0, 0.45),
        (p03_fwd_surel_berantai, 0.0, 0.55),
        (p04_memo_tempel_pengantar, 0.0, 0.0),
        (p05_dua_pemohon_bersama, 0.0, 0.45),
        (p06_catatan_pinggir_pemohon, 0.0, 0.0),
        (p07_mantan_adhoc_riwayat_tugas, 0.3, 0.4),
        (p08_banjar_adat_om_swastiastu, 0.0, 0.45),
    ],
    "keberatan": [
        (k01_perki_pasal39_prosa, 0.0, 0.45),
        (k02_advokat_kuasa_halaman2, 0.0, 0.4),
        (k03_biaya_kuitansi_lampiran, 0.4, 0.4),
        (k04_tangkapan_layar_dip_kosong, 0.0, 0.4),
        (k05_diteruskan_lembaga, 0.3, 0.4),
    ],
    "sengketa": [
        (s01_ki_penunjukan_mediator_kesediaan, 0.0, 0.4),
        (s02_ki_monev_pelaksanaan_putusan, 0.0, 0.4),
        (s03_ki_permintaan_surat_kuasa_termohon, 0.0, 0.4),
    ],
    "surat_masuk": [
        (m01_edaran_jam_kerja_pemprov, 0.0, 0.35),
        (m02_bawaslu_form_a_pengawasan, 0.0, 0.3),
        (m03_bank_spesimen_ttd, 0.0, 0.35),
        (m04_bpk_konsep_temuan, 0.0, 0.35),
        (m05_univ_usulan_mou_kkn, 0.0, 0.35),
        (m06_komnas_ham_pemantauan, 0.0, 0.35),
        (m07_bkn_kenaikan_pangkat, 0.0, 0.35),
        (m08_satpolpp_teguran_reklame, 0.0, 0.3),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 18)
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


# a structurally valid NIK of Sumatera Selatan: 16 + kab/kota code, kecamatan, DDMMYY (day + 40
# for women), a serial that is not 0000
NIK_RE = re.compile(
    r"^16(0[1-9]|1[0-3]|7[1-4])(0[1-9]|[1-9]\d)"
    r"(0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(0[1-9]|1[0-2])\d{2}(?!0000)\d{4}$"
)


def nik_valid(v: str) -> bool:
    if not NIK_RE.match(v):
        return False
    dd, mm, yy = int(v[6:8]), int(v[8:10]), int(v[10:12])
    if dd > 40:
        dd -= 40
    try:
        date(2000 + yy if yy < 30 else 1900 + yy, mm, dd)
    except ValueError:
        return False
    return True


def check_truth(fields: dict, pages_text: list[str], lid: str, nik_invalid: bool = False) -> None:
    """Every textual truth value occurs in the page text (whitespace and case aside; NIK and
    phone digit-wise); coded values are in their allowed sets; a NIK is valid unless the letter
    prints a wrong one on purpose."""
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
            assert v.isdigit() and v in flat, (lid, k, v)
            assert nik_valid(v) != nik_invalid, (lid, k, v, nik_invalid)
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
    if nik_invalid:
        assert fields["nik"] is not None, lid


def build(task) -> str:
    k, seed, out, cls, li = task
    register_fonts()
    rng = random.Random(f"eighteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s18_{k:04d}"
    hand = letter.handwritten
    if hand or (letter.scan_hint or {}).get("scan_only"):
        digital = False
    pages = letter.pages
    texts = [pg.text_lines() for pg in pages]
    check_truth(letter.fields, texts, lid, letter.nik_invalid)
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
    if letter.nik_invalid:
        rec["nik_invalid"] = True
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
        print("usage: make_eighteenth_corpus.py OUT_DIR N SEED")
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

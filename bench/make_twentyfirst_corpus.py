# ruff: noqa: E501
"""Twenty-first test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_twentyfirst_corpus.py OUT_DIR N SEED

writes N letters (s21_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s21_0001_p1.jpg, s21_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the eighteenth generator (and ../shared/sample/truth.jsonl): id,
files, class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi,
fields (all 17 keys, null where the letter does not state them), page_text (the text printed on
each page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: a passport copy,
the IKD screenshot, the PPID's extension notice, a blacked-out copy, a KTP) and, for scans, scan
(format, mode, dpi and per page skew_deg, blur_px, noise_sigma, faded, rotation, jpeg_quality,
stamps; a received stamp's box_px is in the page image before skew and rotation).  No letter of
this corpus prints a NIK wrongly on purpose, so "nik_invalid" never appears.  The same SEED gives
the same corpus, byte for byte; letters are built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
eighteenth generator's rendering code, copied here (page model, renderers, scan degradation,
people and place pools, shared helpers): the file imports nothing from the project.  Classes in
fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 % surat_masuk,
largest remainder); the layouts of a class are used round-robin in a seed-shuffled order, so 60
letters already show every layout.  About a third are born-digital PDFs (reportlab, text layer,
standard-14 and DejaVu faces; an A5 landscape card in M03); the rest are scans drawn with Pillow
at 200 or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur, noise, faded toner,
JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees, a "DITERIMA"
received stamp, organisation stamps, signatures, meterai) saved as PNG, JPEG, multi-page TIFF or
image-only PDF; scans also use URW Bookman, Gothic, Palatino, Century and Narrow faces.  P09 is
always a scan (its stamp lies over the printed name).  Hand-written letters (fifthhorseman dkg
hand, on ruled folio) are always scans: the P05, K03 and K04 hand variants, about 5 % of all
letters.  People come from the eighteenth generator's Javanese, Palembang-Malay, Batak, Minang,
Chinese-Indonesian, Arab-descended, Balinese and general pools (P06 adds foreign researchers);
addresses, identity labels and date formats vary as there.  NIKs carry real Sumatera Selatan
kab/kota codes (1601-1613, 1671-1674).  P08, K04 and K06 always have a second page (the
screenshot, the notice copy, the blacked-out copy); P06 (passport copy), K02 (surat kuasa), K06
(KTP) and M02 (reply form) sometimes; long letters run over.

Layouts (code, class: one line each)
  P01_rumah_ibadah_lokasi_tps  permohonan  a mosque's takmir / DKM, a church council or a vihara board
                                           asks where the polling stations around it are: one name line
                                           on the letterhead (the secretary's HP in its contact line),
                                           the religious greeting and closing, the chair's rows with
                                           Jabatan ("Alamat Sekretariat" sometimes), numbered TPS items,
                                           chair and secretary sign side by side with the stamp between
  P02_redaksi_boks_kiri        permohonan  a regional newspaper's editor: masthead across the top (tag
                                           and publisher lines under it), a ruled "SUSUNAN REDAKSI" box
                                           down the left margin (board, newsroom address, landline,
                                           e-mail, account), the letter in the right-hand column with
                                           the editor's rows (Jabatan, "Alamat Redaksi" or home)
  P03_wa_web_cetak             permohonan  the desk's WhatsApp Web conversation printed from the browser:
                                           chat header (saved name or number), day chips, white / green
                                           bubbles with times, the request as "Label: value" lines in
                                           one bubble, the wish in the next, the desk's reply giving a
                                           Nomor Pendaftaran now and then (sometimes under a later chip)
  P04_nomor_di_kaki            permohonan  an NGO's letter with no number at the top: its Nomor only in the
                                           small print at the foot of every page beside the page
                                           counter; the director's rows; items numbered or in a table
                                           No | Bentuk | Informasi yang Dimohon
  P05_perihal_baris_sendiri    permohonan  a citizen's letter whose subject label stands alone on its line
                                           ("Perihal :", "Hal", "Prihal :") with the subject under it,
                                           indented, bold or underlined; lettered items; typed, or
                                           hand-written on folio
  P06_peneliti_luar_negeri_paspor permohonan a researcher abroad (a foreigner or an Indonesian studying
                                           abroad) writes in Indonesian: sender block with a foreign
                                           address, the foreign place-date, Kewarganegaraan and a
                                           passport number instead of a NIK, a foreign telephone (or an
                                           Indonesian WhatsApp), copy by e-mail; passport page sometimes
  P07_organisasi_mahasiswa_hijriah permohonan a students' organisation branch: two-line letterhead with a
                                           motto; Islamic ones number with the Hijri month and year and
                                           date twice (Hijri over Gregorian, "H" / "M"); the Ketua Umum
                                           in a sentence or rows, lettered items, the organisation's
                                           closing, Ketua Umum and Sekretaris Umum sign
  P08_ikd_tangkapan_layar      permohonan  a citizen's request whose rows leave out the NIK; page 2 a
                                           printed phone screenshot of the Identitas Kependudukan Digital
                                           app (card with NIK, name, birth, photo, QR, address fields)
  P09_paguyuban_cap_menimpa_nama permohonan a regional / ethnic association (ikatan keluarga, kerukunan,
                                           paguyuban, punguan) asks for voter information for its
                                           members; the chairman in one sentence (NIK, address, phone);
                                           the round stamp pressed over his printed name; always a scan
  K01_alasan_keberatan_bernomor keberatan  self-typed objection in lettered sections; "C. ALASAN
                                           KEBERATAN" lists the seven grounds of Pasal 35 ayat (1)
                                           written out and numbered 1-7, each with a dotted leader to a
                                           bracket at the right margin, one typed "( √ )" / "( X )" /
                                           "[ V ]" or ticked by pen; "D. URAIAN" numbered; titled or Perihal
  K02_kuasa_identitas_ganda    keberatan   a proxy who is no advocate (a child, a spouse, a paralegal)
                                           objects: underlined headings "I. Pemberi Kuasa (Pemohon
                                           Informasi)" and "II. Penerima Kuasa" with both identities in
                                           full; the proxy signs (the principal too sometimes); page 2
                                           the short SURAT KUASA KHUSUS with meterai half of the time
  K03_dua_pengaju_garis_bawah  keberatan   two applicants object together under underlined headings
                                           (Pengaju Keberatan I / II, Permohonan yang Diajukan, Alasan,
                                           Tuntutan); a ruled two-cell signature block with the names in
                                           brackets; typed, or hand-written with pen underlines
  K04_perpanjangan_lewat_waktu keberatan   the PPID extended the deadline by a written notice and then
                                           did not answer, or answered late: dated sentences citing the
                                           notice's number and promised day; page 2 a photocopy of the
                                           PEMBERITAHUAN PERPANJANGAN WAKTU; typed or hand-written
  K05_pemdes_dpt_ditolak       keberatan   a village head objects on the desa letterhead (PEMERINTAH
                                           KABUPATEN / KECAMATAN / DESA or KANTOR KEPALA DESA) to the
                                           refusal of his village's voter list: the PPID's refusal letter
                                           cited, numbered reasons, the village stamp over the signature
  K06_hitam_tanpa_penjelasan   keberatan   the copy given had parts blacked out without explanation: the
                                           blackened parts named, no consequence test; page 2 the
                                           blacked-out copy (black bars over rows and words); KTP sometimes
  S01_para_pihak_pemberitahuan sengketa    KI notice that a dispute was registered: Hal, a centred title
                                           sometimes, a dark "PARA PIHAK" band (Pemohon, address,
                                           Termohon), a "POKOK PERKARA" band (register number and date,
                                           object, request number, reason), documents to send
  S02_akun_esengketa           sengketa    KI registry sends the respondent its e-Sengketa account: case
                                           table (register, Pemohon, Termohon, object), shaded "AKUN
                                           TERMOHON" box with QR, numbered steps, the registrar's contact
  S03_ptun_aanmaning           sengketa    PTUN Palembang calls the PPID to an aanmaning to carry out a
                                           final KI decision: court letterhead under umbrella lines,
                                           W2-TUN number, enforcement order cited, case table (Pemohon
                                           Eksekusi, KI register and putusan, the amar), hearing rows
  M01_bawaslu_undangan_klarifikasi surat_masuk Bawaslu (province or a regency) invites a KPU official to
                                           a clarification on a reported violation: centred "UNDANGAN
                                           KLARIFIKASI" with the Nomor under it, or a letter with a Hal;
                                           the report's register number, schedule, documents to bring
  M02_bank_konfirmasi_saldo_payroll surat_masuk a bank asks to confirm the balances of the payroll and
                                           operational accounts at a month's end: band letterhead,
                                           accounts table, then the "SURAT KONFIRMASI SALDO" reply form
                                           under a cut line (or on page 2)
  M03_kartu_duka_cita          surat_masuk condolence card on A5 landscape with a black border: "TURUT
                                           BERDUKA CITA", the Islamic formula or a verse, the deceased
                                           (a staff member's relative) and the day, a prayer, the body's
                                           name lines under "Keluarga Besar"; a place-date sometimes
  M04_bpk_entry_meeting        surat_masuk BPK's regional office announces an audit: Surat Tugas cited, team
                                           table (Nama | Peran), entry-meeting rows, documents to prepare
  M05_kelurahan_fogging        surat_masuk the kelurahan announces fogging and mosquito-nest eradication
                                           after dengue cases: PEMERINTAH KOTA / KECAMATAN / KELURAHAN
                                           letterhead, "443/..." number, schedule table, lurah signs
  M06_pdam_tunggakan_rekening  surat_masuk the city water company reminds of unpaid water bills: blue band
                                           letterhead with a tag line, customer rows, meter and bill
                                           table with total and terbilang, payment deadline
  M07_ki_permintaan_laporan_tahunan surat_masuk the KI (no case, no register number) asks for the
                                           annual information-service report: Pasal 12 UU 14/2008,
                                           table No | Uraian | Jumlah with the last column dotted

Truth conventions (as the eighteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, letters,
    "1)", "dan" or final punctuation.  phone E.164 (+62...; "(WA)" / "WA" dropped); P06's foreign
    number is E.164 of its own country ("+44 7xxx xxxxxx" -> "+447xxxxxxxxx").  email lower-case,
    letter_date ISO.  Names keep prefixes and degrees, never Bapak/Ibu/Sdr.  NIK: the 16 digits
    (printed with spaces or dots sometimes); a KTP copy or P08's IKD screenshot supplies the NIK
    when the letter does not print it, never its address or occupation.
  * The applicant is the natural person who asks or objects: P01 the chair in the rows (not the
    secretary, whose HP is the letterhead's contact line; address the "Alamat" or "Alamat
    Sekretariat" row as printed); P02 the editor in the rows (address "Alamat Redaksi" when
    labelled so, else his home; phone and e-mail his rows', never the box's landline or newsroom
    e-mail; the board's names are not fields); P03 the citizen as typed after "Nama:" (not the
    chat's saved name), phone the number in the chat header, e-mail the one typed in a bubble,
    occupation from a "Pekerjaan:" line; P04 the director / chair in the rows ("Alamat Kantor"
    when labelled so); P06 the researcher (nik null: a passport number is never a field; address
    the foreign address row; phone the foreign number, or the Indonesian WhatsApp when that is the
    only one; occupation from the Pekerjaan row); P07 the Ketua Umum (not the Sekretaris Umum);
    P09 the Ketua Umum named in the sentence; K02 the Pemberi Kuasa (phone only when printed in his
    own block; the proxy's particulars are never fields); K03 Pengaju Keberatan I; K05 the kepala
    desa (occupation "Kepala Desa" only from a Pekerjaan row; the Jabatan is not one).
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KECAMATAN ..., MAHKAMAH AGUNG ..., DIREKTORAT JENDERAL ..., PENGADILAN TINGGI ...) and tag
    lines (mottos, slogans, publishers, branch lines) left out: P01 the committee's line; P02 the
    masthead; P04 the NGO's line; P07 both name lines in printed order; P09 the association's line
    as printed; K05 "DESA <X>" / "KANTOR KEPALA DESA <X>"; S01 / S02 / M07 the KI as printed (title
    case when so); S03 "PENGADILAN TATA USAHA NEGARA PALEMBANG"; M01 "BADAN PENGAWAS PEMILIHAN UMUM
    PROVINSI SUMATERA SELATAN" or "... KABUPATEN <X>" / "... KOTA <X>"; M02 the bank's name line;
    M03 the two name lines under "Keluarga Besar" / "Seluruh Jajaran"; M04 "BADAN PEMERIKSA
    KEUANGAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN"; M05 "KELURAHAN <X>"; M06
    "PERUMDA AIR MINUM TIRTA MUSI PALEMBANG".  null for individuals (P05, P06, P08, K01-K04, K06)
    and for P03's chat.
  * letter_number: the letter's own Nomor: P04 the number in the footer without its label ("No.
    Surat:", "Ref." ...); P07 as printed with the Hijri month and year; P03 the Nomor Pendaftaran
    the desk's reply gives, when shown; M01's titled variant the "Nomor:" under the title.  Never a
    cited number: K02's kuasa, K04's extension notice, K05's PPID refusal letter, K06's copy, M01's
    report register ("/Reg/LP/"), M04's Surat Tugas, S03's enforcement order and KI putusan.
    subject: a Hal / Perihal / Hal ikhwal line; P05 the text under the label standing alone (wrapped
    lines joined by a space); null for P03, K01's and M01's titled variants and M03.
  * letter_date: the writer's date: P03 the day chip of the request (not a later chip, not the
    browser's print date); P06 the foreign place-date; P07 the Gregorian date (the Hijri line above
    it is not); K02 the objection's date (not the kuasa's); K04 the objection's (not the notice's);
    M03 the place-date when printed, else null (the day of passing is not one).
  * obtain_method / delivery_method from words, chat phrases or a column: P03 as the copied
    generators' chat phrases map ("Softcopy saja" -> salinan_softcopy, "Salinannya dikirim lewat
    pos ..." -> salinan + pos, "Dikirim via email saja" -> email ...); P04 the Bentuk column, all
    rows alike ("Hardcopy" -> salinan_hardcopy, "Softcopy (PDF)" -> salinan_softcopy); P06
    "salinan elektronik (softcopy) ... melalui e-mail" -> salinan_softcopy + email, "salinan ...
    melalui e-mail" -> salinan + email, "informasi tersebut dikirimkan melalui e-mail" -> email.
    objection_reason_code: K01 the marked bracket (grounds numbered 1-7 in the statute's order map
    to a-g); K02 / K03 the ground in words or the cited huruf; K04 c (no answer after the extension)
    or g (answered after the promised day); K05 a (refused as excepted personal data) or e (not
    fulfilled without explanation); K06 a (blackened parts treated as excepted) or d (not what was
    asked).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran (K04 from the
    notice copy when the letter does not repeat it); purpose when the objection states it (K01's
    row, K05's numbered reason).  sengketa letters carry the applicant's name (address when
    printed), the disputed information (S01 / S02 the object, S03 the information in the amar), the
    cited request number when printed (S01), the KI register number and the letter's own number,
    date, subject and sender.  surat_masuk carries only letter_number, letter_date, subject and
    sender_org, however much it speaks of data, "permohonan", "keberatan", "sengketa" or a register
    (M01's report register, M07's report table).
  * Stamps, signatures, meterai, logos, photos, QR squares, chat ticks, bubble and band fills, the
    pen tick and K06's black bars are pictures (the words under a black bar are not page text);
    printed words are page text (the editorial box, the footer, the IKD screenshot, the passport
    page, the notice and the blacked-out copy, although those are pictures in the born-digital
    version).  handwritten is true for the hand variants of P05, K03 and K04.
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
            out.append(" ".join(p[1].rstrip() for p in parts))
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
                for k, (wd, f, wdw) in enumerate(zip(words, fonts, ws, strict=True)):
                    # a trailing space keeps the words apart in a PDF text layer; page_text
                    # drops it again (text_lines strips the pieces)
                    self.pg.t(cx, self.y, wd + (" " if k < len(words) - 1 else ""), f, size, color)
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


PPID_ANSWER = {
    "a": "PPID menyatakan informasi tersebut termasuk informasi yang dikecualikan",
    "b": "PPID menyatakan informasi tersebut dapat diakses melalui laman resmi",
    "c": "hingga saat ini saya belum menerima tanggapan tertulis apa pun",
    "d": "PPID memberikan dokumen yang berbeda dari yang saya minta",
    "e": "PPID menyatakan permohonan saya tidak dapat dipenuhi",
    "f": "PPID mengenakan biaya penggandaan yang sangat besar",
    "g": "informasi baru saya terima jauh setelah batas waktu",
}


def advocate(rng: random.Random) -> dict:
    a = make_person(rng, degree_p=0.0, prefix_p=0.0)
    a["name"] = a["core"] + rng.choice((", S.H.", ", S.H.", ", S.H., M.H.", ", S.H., M.Kn."))
    return a


def surname(p: dict) -> str:
    w = [x for x in p["core"].split() if x not in PREFIXES and x != "br."]
    return w[-1]


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


def sm_sign(d: Doc, rng: random.Random, roles: list[str], with_nip=0.6, stamp=None) -> None:
    sign_block(
        d,
        roles,
        official_name(rng),
        sub=f"NIP {nip(rng)}" if rng.random() < with_nip else None,
        stamp=stamp,
    )


# ---------------------------------------------------------------------------------------------
# helpers of the twenty-first layouts
# ---------------------------------------------------------------------------------------------
TEAL = (0, 128, 105)
WA_GREEN = (217, 253, 211)
WA_BG = (239, 234, 226)


def underline_text(pg: Page, x: float, y: float, s: str, font: str, size: float, color=INK) -> None:
    """Text with a rule under it (a typed underlined heading)."""
    pg.t(x, y, s, font, size, color)
    pg.line(x, y + 2.2, x + tw(s, font, size), y + 2.2, 0.7, color)


def foot_lines(pages: list[Page], left: str, font: str, right_fmt: str | None = None) -> None:
    """Small print at the foot of every page under a hairline: a left text, a page counter."""
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.line(56, pg.h - 40, pg.w - 56, pg.h - 40, 0.4, GREY)
        pg.t(56, pg.h - 29, left, font, 7.6)
        if right_fmt:
            pg.t(pg.w - 56, pg.h - 29, right_fmt.format(i=i, n=n), font, 7.6, align="r")


def shift_ops(pg: Page, i0: int, dy: float) -> None:
    """Move the drawing ops from index i0 on down by dy points."""
    out = pg.ops[:i0]
    for op in pg.ops[i0:]:
        k = op[0]
        if k == "l":
            out.append((k, op[1], op[2] + dy, op[3], op[4] + dy, *op[5:]))
        else:
            out.append((k, op[1], op[2] + dy, *op[3:]))
    pg.ops = out


def kel_word(p: dict) -> str:
    return ("Desa " if p["desa"] else "Kelurahan ") + p["kel"]


def qr_square(pg: Page, x: float, y: float, s: float, rng: random.Random) -> None:
    """A QR-like square (a picture: finder squares and random modules)."""
    pg.rect(x, y, s, s, 0, None, WHITE)
    n = 21
    m = s / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                continue
            if rng.random() < 0.48:
                pg.rect(x + j * m, y + i * m, m, m, 0, None, INK)
    for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + cx * m, y + cy * m, 7 * m, 7 * m, 0, None, INK)
        pg.rect(x + (cx + 1) * m, y + (cy + 1) * m, 5 * m, 5 * m, 0, None, WHITE)
        pg.rect(x + (cx + 2) * m, y + (cy + 2) * m, 3 * m, 3 * m, 0, None, INK)


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
IBADAH = {  # kind -> (letterhead name lines with the place's prefix, origins, greeting, closing,
    # leader, secretary)
    "masjid": (
        (
            ("PENGURUS TAKMIR MASJID {n}", "Masjid"),
            ("DEWAN KEMAKMURAN MASJID (DKM) {n}", "Masjid"),
            ("PENGURUS MASJID JAMI' {n}", "Masjid Jami'"),
            ("TAKMIR MUSHOLLA {n}", "Musholla"),
        ),
        ("jawa", "palembang", "minang", "arab", "umum"),
        "Assalamu'alaikum Warahmatullahi Wabarakatuh,",
        "Wassalamu'alaikum Warahmatullahi Wabarakatuh.",
        "Ketua Takmir",
        "Sekretaris",
    ),
    "gereja": (
        (
            ("MAJELIS JEMAAT GEREJA {n}", "Gereja"),
            ("DEWAN PASTORAL PAROKI {n}", "Paroki"),
            ("PENGURUS GEREJA {n}", "Gereja"),
        ),
        ("batak", "tionghoa", "umum"),
        "Salam sejahtera dalam kasih Tuhan kita Yesus Kristus,",
        "Tuhan memberkati.",
        "Ketua Majelis",
        "Sekretaris Majelis",
    ),
    "vihara": (
        (("PENGURUS VIHARA {n}", "Vihara"), ("PENGURUS CETIYA {n}", "Cetiya")),
        ("tionghoa",),
        "Namo Buddhaya,",
        "Sabbe satta bhavantu sukhitatta.",
        "Ketua Pengurus",
        "Sekretaris",
    ),
}
IBADAH_NAMES = {
    "masjid": ("Al-Ikhlas", "Nurul Huda", "Al-Muhajirin", "Baiturrahman", "At-Taqwa", "Al-Falah"),
    "gereja": (
        "HKBP Sukarami",
        "GPdI Ebenhaezer",
        "Santo Yosef",
        "GKSBS Bethel",
        "Methodist Immanuel",
    ),
    "vihara": ("Dharma Bhakti", "Maitreya Sejahtera", "Buddha Prabha"),
}
TPS_ITEMS = (
    "Daftar lokasi TPS beserta alamatnya di {kel} pada Pemilihan Tahun 2024",
    "Jumlah pemilih terdaftar pada setiap TPS di {kel} pada Pemilu 2024",
    "Nomor dan lokasi TPS yang berada di lingkungan {tempat} pada Pemilu 2024",
    "Peta sebaran TPS di Kecamatan {kec} pada Pemilihan Tahun 2024",
    "Daftar TPS di {kel} yang menyediakan akses bagi pemilih penyandang disabilitas",
    "Nama Ketua KPPS pada TPS di sekitar {tempat} pada Pemilihan Tahun 2024",
    "Jumlah TPS di Kecamatan {kec} hasil pemutakhiran data pemilih berkelanjutan Semester II 2025",
)
IBADAH_PURPOSES = {
    "masjid": (
        "Pengaturan jadwal kegiatan dan parkir jamaah pada hari pemungutan suara",
        "Bahan sosialisasi kepada jamaah tentang lokasi TPS terdekat",
        "Persiapan apabila halaman masjid kembali digunakan sebagai lokasi TPS",
    ),
    "gereja": (
        "Pengumuman kepada jemaat tentang lokasi TPS terdekat",
        "Pengaturan jadwal ibadah dan pelayanan jemaat pada hari pemungutan suara",
    ),
    "vihara": (
        "Informasi bagi umat tentang lokasi TPS terdekat",
        "Pengaturan kegiatan vihara pada hari pemungutan suara",
    ),
}


def p01_rumah_ibadah_lokasi_tps(ctx: Ctx) -> Letter:
    """The committee of a house of worship (a mosque's takmir / DKM, a church council, a vihara's
    board) asks where the polling stations around it were and will be: one name line on the
    letterhead with the secretariat under it, Nomor / Lampiran / Perihal, the religious greeting
    and closing, the chair's identity rows ("Alamat Sekretariat" or his home), numbered items,
    purpose, the chair and the secretary sign side by side, the committee's stamp between."""
    rng = ctx.rng
    kind = rng.choice(("masjid", "masjid", "masjid", "gereja", "gereja", "vihara"))
    heads, origins, greet, close, lead_role, sec_role = IBADAH[kind]
    reg = rng.choices(REGIONS, weights=REGION_WEIGHTS)[0]
    origin = rng.choice(origins)
    p = make_person(
        rng, male=rng.random() < 0.8, degree_p=0.35, prefix_p=0.25, origin=origin, region=reg
    )
    p2 = make_person(rng, degree_p=0.3, prefix_p=0.05, origin=origin, region=reg)
    kec = p["kec"]
    nm = rng.choice(IBADAH_NAMES[kind])
    head, pre = rng.choice(heads)
    org = head.format(n=nm.upper())
    tempat = f"{pre} {nm}"
    sec_addr = (
        f"{rng.choice(reg['streets'])} No. {rng.randint(1, 150)} RT {rng.randint(1, 30):02d} "
        f"{kel_word(p)} Kec. {kec} {kab_name(reg)}"
    )
    d = Doc(ctx, top=56)
    kop2(
        d,
        [(org, ctx.b, 15)],
        [f"Sekretariat: {sec_addr}", f"HP/WA {p2['phone']}"],
        rng.choice(("l", "l", "c", None)),
        rng.choice((INK, GREEN, NAVY, MAROON)),
        rng.choice(("double", "thinthick", "single")),
        kinds=("shield",),
    )
    nl, ll, hl = labels(rng)
    show_no = rng.random() < 0.75
    nomor = f"{rng.randint(1, 90):03d}/{abbr(org)[:5]}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Informasi Lokasi TPS",
            "Permohonan Data Tempat Pemungutan Suara",
            "Permohonan Informasi Publik",
            f"Permohonan Informasi TPS di Sekitar {tempat}",
        )
    )
    rows = ([(nl, nomor)] if show_no else []) + [(ll, "-"), (hl, subj)]
    nomor_block(d, rows, right=place_date(rng, reg["city"], ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text(greet, ctx.i if rng.random() < 0.5 else ctx.r)
    d.para(
        rng.choice(
            (
                "Dengan hormat, teriring doa semoga Bapak/Ibu senantiasa dalam keadaan sehat dan "
                "dimudahkan dalam menjalankan tugas. Kami yang bertanda tangan di bawah ini:",
                "Dengan hormat, kami yang bertanda tangan di bawah ini:",
            )
        ),
        justify=True,
    )
    use_sec = rng.random() < 0.4
    addr = sec_addr if use_sec else fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.75 else None, job=0.5, mail=0.35)
    ai = next(i for i, (k, _) in enumerate(rows) if k in ID_L["addr"])
    if use_sec:
        rows[ai] = ("Alamat Sekretariat", addr)
    rows.insert(1, ("Jabatan", f"{lead_role} {title_id(nm)}"))
    kv_rows(d, rows, x=d.L + 16)
    tpl = rng.sample(TPS_ITEMS, rng.randint(2, 3))
    items = [t.format(kel=kel_word(p), kec=kec, tempat=tempat) for t in tpl]
    d.para(
        f"dengan ini mengajukan permohonan informasi publik mengenai Tempat Pemungutan Suara (TPS) "
        f"di sekitar {tempat}, yaitu:",
        justify=True,
    )
    d.numbered(items, x=d.L + 12)
    purpose = rng.choice(IBADAH_PURPOSES[kind])
    d.para(f"Informasi tersebut akan kami gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    d.line_text(close, ctx.i if rng.random() < 0.5 else ctx.r)
    two_sign(
        d,
        ([lead_role + ",", ""], p["name"]),
        ([sec_role + ",", ""], p2["name"]),
        stamp=(org, nm.split()[0].upper()),
    )
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor if show_no else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P01_rumah_ibadah_lokasi_tps", d.pages, fields)


MASTHEADS = (
    ("HARIAN MUSI RAYA", "PT Musi Raya Media Pers", "Terbit Sejak 2003 | Berani dan Berimbang"),
    ("SRIWIJAYA TIMES", "PT Sriwijaya Times Nusantara", "Koran Pagi Wong Kito"),
    ("SUARA AMPERA", "PT Ampera Warta Utama", "Mingguan Berita Sumatera Selatan"),
    ("BATANGHARI POS", "PT Batanghari Pos Media", "Suara Rakyat Uluan"),
    ("WARTA LEMATANG", "PT Lematang Warta Grafika", "Dari Lahat untuk Sumsel"),
    ("PRABU EKSPRES", "PT Prabu Ekspres Media", "Harian Kota Nanas"),
)
PRESS_PURPOSES = (
    "Bahan liputan khusus tentang pemutakhiran data pemilih di Sumatera Selatan",
    "Bahan laporan mendalam mengenai penggunaan dana hibah pemilihan",
    "Bahan pemberitaan evaluasi penyelenggaraan Pemilihan Tahun 2024",
    "Bahan rubrik data dan verifikasi fakta redaksi",
)


def p02_redaksi_boks_kiri(ctx: Ctx) -> Letter:
    """A regional newspaper's editor asks for data: the masthead across the top (publisher and tag
    line under it), a ruled "SUSUNAN REDAKSI" box down the left margin (the editorial board, the
    newsroom's address, landline, e-mail and account), the letter in the right-hand column: Nomor
    / Lampiran / Perihal, the editor's identity rows (Jabatan, "Alamat Redaksi" or his home),
    items, purpose, the editor signs with the paper's stamp."""
    rng = ctx.rng
    mast, pub, tag = rng.choice(MASTHEADS)
    reg = REGIONS[0] if rng.random() < 0.7 else rng.choice(REGIONS)
    p = make_person(
        rng, degree_p=0.45, prefix_p=0.05, job="Wartawan", region=reg, born=(1970, 1995)
    )
    role = rng.choice(("Pemimpin Redaksi", "Redaktur Pelaksana", "Pemimpin Redaksi"))
    d = Doc(ctx, top=140, left=176)
    pg = d.pg
    col = rng.choice((MAROON, NAVY, INK, (0, 90, 150)))
    sz = min(30.0, (PW - 100) / tw(mast, ctx.b, 1))
    pg.t(PW / 2, 64, mast, ctx.b, sz, col, "c")
    pg.t(PW / 2, 80, tag, ctx.i, 9, GREY, "c")
    pg.rect(40, 88, PW - 80, 2.5, 0, None, col)
    pg.t(PW / 2, 100, pub, ctx.r, 8, align="c")
    # the editorial board box in the left margin
    bx, bw = 40.0, 124.0
    pg.rect(bx, 112, bw, PH - 170, 0.8, col)
    pg.rect(bx, 112, bw, 16, 0, None, col)
    pg.t(bx + bw / 2, 124, "SUSUNAN REDAKSI", "hb", 8, WHITE, "c")
    staff = [official_name(rng).split(",")[0] for _ in range(5)]
    board = [
        ("Pemimpin Umum", staff[0]),
        (role, p["name"].split(",")[0]),
        ("Redaktur", staff[1]),
        ("Reporter", staff[2]),
        ("", staff[3]),
        ("Fotografer", staff[4]),
    ]
    office = (
        office_address(rng)
        if reg is REGIONS[0]
        else fmt_address(make_person(rng, region=reg), rng, 3)
    )
    land, _ = landline(rng, reg["area"])
    rmail = f"redaksi@{re.sub(r'[^a-z]', '', mast.lower())}.co.id"
    by = 142.0
    fs = 7.0
    for lab, nm in board:
        if lab:
            pg.t(bx + 6, by, lab, "hb", fs)
            by += 9
        for ln in wrap(nm, "hr", fs, bw - 12):
            pg.t(bx + 6, by, ln, "hr", fs)
            by += 9
        by += 2
    by += 4
    pg.t(bx + 6, by, "Alamat Redaksi:", "hb", fs)
    by += 9
    for ln in wrap(office, "hr", fs, bw - 12):
        pg.t(bx + 6, by, ln, "hr", fs)
        by += 9
    for ln in (
        f"Telp. {land}",
        rmail,
        f"Rek. {rng.choice(('BRI', 'BNI', 'Bank Sumsel Babel'))}",
        f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
    ):
        pg.t(bx + 6, by, ln, "hr", min(fs, (bw - 12) / tw(ln, "hr", 1)))
        by += 9
    box_end = by
    # the letter in the right column
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(1, 150):03d}/{abbr(mast)}-RED/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(("Permohonan Data", "Permohonan Informasi Publik", "Permintaan Data Liputan"))
    i0 = len(pg.ops)
    d.line_text(place_date(rng, reg["city"], ctx.date), align="r")
    nomor_block(d, [(nl, nomor), (ll, "-"), (hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    if d.y < box_end + 10:  # the letter's head moves down beside the box
        shift_ops(pg, i0, box_end + 10 - d.y)
        d.y = box_end + 10
    d.para(
        f"Dalam rangka peliputan, redaksi {title_id(mast)} mengajukan permohonan informasi publik "
        "sesuai Undang-Undang Nomor 14 Tahun 2008. Adapun identitas pemohon:",
        justify=True,
    )
    use_red = rng.random() < 0.45
    addr = office if use_red else fmt_address(p, rng, rng.choice((0, 2, 3, 8)))
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.7 else None, job=0.5, mail=0.5)
    if use_red:
        ai = next(i for i, (k, _) in enumerate(rows) if k in ID_L["addr"])
        rows[ai] = ("Alamat Redaksi", addr)
    rows.insert(1, ("Jabatan", role))
    kv_rows(d, rows, size=ctx.size - 0.5)
    d.para("Informasi yang kami mohon:", justify=True)
    items = short_items(rng, 2, 3)
    d.numbered(items, x=d.L + 6, hang=14)
    purpose = rng.choice(PRESS_PURPOSES)
    d.para(f"Informasi tersebut akan digunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para("Atas perhatian dan kerja samanya kami ucapkan terima kasih.", justify=True)
    sign_block(d, ["Hormat kami,", f"{role},"], p["name"], stamp=(mast, "REDAKSI"))
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=mast,
    )
    return Letter("permohonan_informasi", "P02_redaksi_boks_kiri", d.pages, fields)


WA_OPEN = (
    "Assalamualaikum, selamat pagi. Ini benar nomor layanan PPID KPU Sumsel?",
    "Selamat siang min, mau tanya ini nomor PPID KPU Provinsi Sumsel ya?",
    "Permisi, apakah bisa mengajukan permohonan informasi lewat WA ini?",
)
WA_REPLY1 = (
    "Waalaikumsalam, benar. Silakan sampaikan nama, NIK, alamat, informasi yang diminta, tujuan dan cara memperolehnya.",
    "Benar, Bapak/Ibu. Untuk permohonan informasi mohon kirimkan identitas dan rincian informasi yang diminta.",
    "Bisa. Mohon dilengkapi data diri, rincian informasi, tujuan penggunaan dan cara mendapatkan informasinya ya.",
)


def wa_bubble(
    d: Doc, lines: list[str], mine: bool, when: str, font: str, size: float, ticks=True
) -> None:
    """A WhatsApp Web message bubble: white at the left (received) or green at the right (sent);
    the time on a line of its own at the bubble's lower right."""
    maxw = d.W * 0.68
    wrapped = []
    for s in lines:
        wrapped += wrap(s, font, size, maxw - 16) if s else [""]
    lead = size * 1.38
    w = max([tw(s, font, size) for s in wrapped] + [60]) + 16
    h = lead * len(wrapped) + 20
    d.need(h + 8)
    x = d.R - w if mine else d.L
    d.pg.rect(x, d.y, w, h, 0.4, (205, 205, 200), WA_GREEN if mine else WHITE)
    yy = d.y + 6 + size
    for s in wrapped:
        if s:
            d.pg.t(x + 8, yy, s, font, size)
        yy += lead
    tx = x + w - 8 - (11 if mine and ticks else 0)
    d.pg.t(tx, yy + 1, when, font, size - 2.5, GREY, "r")
    if mine and ticks:
        for o in (0, 3.2):
            d.pg.line(tx + 2 + o, yy - 2, tx + 4 + o, yy, 0.8, (50, 150, 230))
            d.pg.line(tx + 4 + o, yy, tx + 8 + o, yy - 5, 0.8, (50, 150, 230))
    d.y += h + 7


def wa_chip(d: Doc, s: str, font: str) -> None:
    w = tw(s, font, 8) + 16
    d.need(26)
    d.pg.rect((d.L + d.R - w) / 2, d.y, w, 14, 0, None, (225, 242, 250))
    d.pg.t((d.L + d.R) / 2, d.y + 10, s, font, 8, (80, 90, 100), "c")
    d.y += 22


def p03_wa_web_cetak(ctx: Ctx) -> Letter:
    """A conversation on the desk's WhatsApp Web printed from the browser: browser header and
    footer, the chat's header bar (avatar, the contact's saved name, the number), day chips,
    received messages in white bubbles at the left and the desk's in green at the right, times
    under each bubble; the citizen's request as "Label: value" lines in one bubble, the wish in a
    later one; the desk's last reply gives a Nomor Pendaftaran now and then, sometimes a day
    later under a new chip."""
    rng = ctx.rng
    font = rng.choice(("hr", "dr", "hr"))
    p = make_person(rng, degree_p=0.25, prefix_p=0.05)
    if not p["e164"].startswith("+628"):
        p["phone"], p["e164"], p["nat"] = mobile(rng)
    d = Doc(ctx, top=120, left=54, right=PW - 54)
    d.bottom = PH - 50
    pg = d.pg
    disp = rng.choice(
        (
            f"{'Pak' if p['male'] else 'Bu'} {call_name(p)}",
            f"{call_name(p)} {p['city']}",
            None,
        )
    )
    nat = p["nat"]
    intl = f"+62 {nat[:3]}-{nat[3:7]}-{nat[7:]}"
    pg.rect(40, 48, PW - 80, 50, 0, None, (240, 242, 245))
    pg.circle(66, 73, 14, 0.5, GREY, (200, 205, 210))
    pg.t(90, 69, disp or intl, "hb", 11)
    pg.t(90, 84, intl if disp else "klik di sini untuk info kontak", font, 8.5, GREY)
    pg.rect(40, 98, PW - 80, PH - 150, 0, None, WA_BG)
    d.y = 112
    clock = [rng.randint(7 * 60, 14 * 60)]

    def tm(_k: int) -> str:
        clock[0] += rng.randint(1, 9)
        return f"{clock[0] // 60:02d}.{clock[0] % 60:02d}"

    wa_chip(d, rng.choice((fmt_date(ctx.date, "slash0"), fmt_date(ctx.date, "long"))), font)
    size = 9.5
    wa_bubble(d, [rng.choice(WA_OPEN)], False, tm(0), font, size)
    wa_bubble(d, [rng.choice(WA_REPLY1)], True, tm(1), font, size)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 7, 8)))
    items = short_items(rng, 1, 3)
    purpose = rng.choice(SHORT_PURPOSES + PURPOSES[:4])
    show_job = rng.random() < 0.6
    show_nik = rng.random() < 0.85
    lines = [
        rng.choice(
            (
                "Baik, berikut data saya:",
                "Ini data saya min:",
                "Saya mau mengajukan permohonan informasi:",
            )
        )
    ]
    lines.append(f"Nama: {p['name']}")
    if show_nik:
        lines.append(f"NIK: {p['nik']}")
    lines.append(f"Alamat: {addr}")
    if show_job:
        lines.append(f"Pekerjaan: {p['job']}")
    lab = rng.choice(("Informasi yg diminta", "Informasi yang diminta", "Data yang dibutuhkan"))
    if len(items) == 1:
        lines.append(f"{lab}: {items[0]}")
    else:
        lines.append(f"{lab}:")
        lines += [f"{i}) {it}" for i, it in enumerate(items, 1)]
    lines.append(f"Tujuan: {purpose}")
    wa_bubble(d, lines, False, tm(2), font, size)
    wish, (ob, dl) = rng.choice(list(OB_CHAT.items()))
    mail = None
    if dl == "email":
        mail = p["email"]
        wa_bubble(
            d, [f"Caranya: {wish}", f"Email saya {p['email_printed']}"], False, tm(3), font, size
        )
    else:
        wa_bubble(d, [f"Caranya: {wish}"], False, tm(3), font, size)
    nomor = None
    rday = ctx.date
    if rng.random() < 0.35:
        rday = next_wd(ctx.date + timedelta(days=1))
        wa_chip(d, fmt_date(rday, "slash0"), font)
        clock[0] = rng.randint(8 * 60, 10 * 60)
    if rng.random() < 0.55:
        nomor = f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{roman(rday.month)}/{rday.year}"
        wa_bubble(
            d,
            [
                "Terima kasih. Permohonan Bapak/Ibu telah kami catat dengan Nomor Pendaftaran "
                f"{nomor}. Jawaban akan kami sampaikan paling lambat 10 hari kerja."
            ],
            True,
            tm(6),
            font,
            size,
        )
    else:
        wa_bubble(
            d,
            ["Baik, permohonan sudah kami terima dan segera kami proses. Terima kasih."],
            True,
            tm(6),
            font,
            size,
        )
    wa_bubble(
        d,
        [rng.choice(("Terima kasih min", "Baik, terima kasih banyak", "Siap, terima kasih"))],
        False,
        tm(8),
        font,
        size,
    )
    for q in d.pages[1:]:
        q.rect(40, 40, PW - 80, PH - 92, 0, None, WA_BG)
        q.ops.insert(0, q.ops.pop())
    when = f"{fmt_date(ctx.date + timedelta(days=rng.randint(0, 3)), 'slash0')} {hhmm(rng)}"
    browser_chrome(d.pages, "(1) WhatsApp", "https://web.whatsapp.com/", font, when)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=mail,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
    )
    return Letter("permohonan_informasi", "P03_wa_web_cetak", d.pages, fields)


LSM_ORGS = (
    ("FORUM PEDULI DEMOKRASI SUMATERA SELATAN", "FPDS"),
    ("LEMBAGA KAJIAN KEBIJAKAN PUBLIK MUSI", "LK2PM"),
    ("JARINGAN WARGA UNTUK TRANSPARANSI ANGGARAN", "JAWARA"),
    ("PERKUMPULAN PEMILIH CERDAS PALEMBANG", "P2CP"),
    ("YAYASAN SRIWIJAYA BERDAYA", "YSB"),
    ("LEMBAGA ADVOKASI HAK SIPIL SUMSEL", "LAHS"),
)
FOOT_NO_L = ("Nomor Surat", "No. Surat", "Ref.", "Nomor", "No.")


def p04_nomor_di_kaki(ctx: Ctx) -> Letter:
    """An NGO's letter without a number at the top (place-date, Lampiran and Perihal only): its
    Nomor is printed only in the small print at the foot of each page beside the page counter
    ("No. Surat: 027/FPDS/III/2026  |  Hal. 1 dari 2"); the director's identity rows, items in a
    table No | Informasi yang Dimohon | Bentuk (all rows alike) or numbered, purpose, wish."""
    rng = ctx.rng
    name, ac = rng.choice(LSM_ORGS)
    p = make_person(rng, degree_p=0.6, prefix_p=0.1, born=(1965, 1992))
    d = Doc(ctx, top=56)
    sec = office_address(rng)
    land, _ = landline(rng, "0711")
    kop2(
        d,
        [(name, ctx.b, 14.5)],
        [
            f"Akta Notaris No. {rng.randint(2, 90)} Tanggal {fmt_date(date(rng.randint(2005, 2019), rng.randint(1, 12), rng.randint(1, 28)), 'long')}",
            f"Sekretariat: {sec}  Telp. {land}",
        ],
        rng.choice(("l", "lr", "c")),
        rng.choice((INK, NAVY, GREEN)),
        rng.choice(("double", "single", "band")),
        kinds=("shield", "scale"),
    )
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Data dan Dokumen",
            "Permohonan Salinan Dokumen Publik",
        )
    )
    d.line_text(place_date(rng, "Palembang", ctx.date), align="r")
    nomor_block(d, [(ll, rng.choice(("-", "1 (satu) berkas"))), (hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    use_sec = rng.random() < 0.5
    addr = sec if use_sec else fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, job=0.45, mail=0.5)
    if use_sec:
        ai = next(i for i, (k, _) in enumerate(rows) if k in ID_L["addr"])
        rows[ai] = ("Alamat Kantor", addr)
    rows.insert(1, ("Jabatan", rng.choice(("Direktur Eksekutif", "Ketua", "Koordinator"))))
    kv_rows(d, rows, x=d.L + 16)
    d.para(
        f"bertindak untuk dan atas nama {title_id(name)} ({ac}), dengan ini mengajukan permohonan "
        "informasi publik sebagai berikut:",
        justify=True,
    )
    items = info_items(rng, 1, 2) + short_items(rng, 0, 2)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    if rng.random() < 0.5 and ob in ("salinan_hardcopy", "salinan_softcopy"):
        cell = {"salinan_hardcopy": "Hardcopy", "salinan_softcopy": "Softcopy (PDF)"}[ob]
        table2(
            d,
            [28, 92, d.W - 28 - 92],
            [[f"{i}.", cell, it] for i, it in enumerate(items, 1)],
            header=["No", "Bentuk", "Informasi yang Dimohon"],
        )
        s = ob_dl_kami(rng, None, dl)
    else:
        d.numbered(items, x=d.L + 12)
        s = ob_dl_kami(rng, ob, dl)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}.", justify=True)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    sign_block(d, ["Hormat kami,", title_id(name) + ","], p["name"], stamp=(name, ac))
    nomor = f"{rng.randint(1, 200):03d}/{ac}/{rng.choice(('SK', 'B', 'EKS', 'PI'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    lab = rng.choice(FOOT_NO_L)
    foot_lines(
        d.pages,
        f"{lab}: {nomor}",
        rng.choice(("hr", "tr", ctx.r if ctx.r != "hand" else "hr")),
        rng.choice(("Hal. {i} dari {n}", "Halaman {i}/{n}", "{i}/{n}")),
    )
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=name,
    )
    return Letter("permohonan_informasi", "P04_nomor_di_kaki", d.pages, fields)


PERIHAL_OWN = ("Perihal :", "Perihal:", "Hal :", "Hal", "Prihal :", "Perihal", "Hal:")
LONG_SUBJ = (
    "Permohonan Informasi Publik",
    "Permohonan Salinan Data Pemilih Tahun 2024",
    "Permohonan Informasi Hasil Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Permohonan Data untuk Penelitian Skripsi",
    "Permohonan Informasi dan Salinan Dokumen Anggaran Pemilihan Tahun 2024",
)


def p05_perihal_baris_sendiri(ctx: Ctx) -> Letter:
    """A citizen's letter whose subject label stands alone on its line ("Perihal :", "Hal",
    "Prihal :") with the subject on the line(s) below it, indented, bold or underlined; the
    Lampiran the same way now and then; identity rows, items lettered a., b., purpose in a
    sentence, the wish; typed, or hand-written on folio."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        d, lead = hand_mode(ctx)
    else:
        d, lead = Doc(ctx, top=70), None
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    d.gap(4)
    if rng.random() < 0.35:
        d.line_text(rng.choice(("Lampiran :", "Lamp.")), lead=lead)
        d.line_text(rng.choice(("1 (satu) lembar fotokopi KTP", "-")), x=d.L + 24, lead=lead)
    lab = rng.choice(PERIHAL_OWN)
    d.line_text(lab, ctx.b if not hand and rng.random() < 0.5 else None, lead=lead)
    subj = rng.choice(LONG_SUBJ)
    sx = d.L + rng.choice((0, 24, 40))
    if hand or rng.random() < 0.5:
        d.para(subj, x=sx, w=min(d.R - sx, 300), lead=lead)
    else:
        for ln in wrap(subj, ctx.b, ctx.size, min(d.R - sx, 300)):
            d.need(ctx.size * 1.45)
            underline_text(d.pg, sx, d.y, ln, ctx.b, ctx.size)
            d.y += ctx.size * 1.45
    d.gap(8)
    for s in kpu_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, job=0.7, mail=0.35 if not hand else 0.15)
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 14, lead=lead)
    d.para("dengan ini mengajukan permohonan informasi berupa:", lead=lead, justify=not hand)
    items = short_items(rng, 1, 3) if hand else info_items(rng, 1, 2) + short_items(rng, 0, 1)
    for i, it in enumerate(items):
        d.need(lead or ctx.size * 1.4)
        d.pg.t(d.L + 12, d.y, f"{'abcd'[i]}.", ctx.r, ctx.size, ctx.ink if hand else INK)
        d.para(it, x=d.L + 28, lead=lead)
    purpose = rng.choice(PURPOSES)
    d.para(
        rng.choice(
            (
                f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
                f"Adapun tujuan penggunaan informasi adalah sebagai {lc1(purpose)}.",
            )
        ),
        lead=lead,
        justify=not hand,
    )
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, lead=lead, justify=not hand)
    d.para(rng.choice(CLOSE), lead=lead, justify=not hand)
    sign_block(d, ["Hormat saya,", "Pemohon,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
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
        "permohonan_informasi", "P05_perihal_baris_sendiri", d.pages, fields, handwritten=hand
    )


ABROAD = (  # country (Indonesian), English name and code, cities (city, street, post code,
    # post code before the city?), phone pattern, university, e-mail domain
    (
        "Belanda",
        ("NETHERLANDS", "NLD"),
        (
            ("Leiden", "Witte Singel {n}", "2311 BZ", True),
            ("Amsterdam", "Roetersstraat {n}", "1018 WB", True),
        ),
        "+31 6 #### ####",
        "Universiteit Leiden",
        "umail.leidenuniv.nl",
    ),
    (
        "Jerman",
        ("DEUTSCHLAND", "D"),
        (
            ("Hamburg", "Edmund-Siemers-Allee {n}", "20146", True),
            ("Berlin", "Unter den Linden {n}", "10117", True),
        ),
        "+49 151 #### ####",
        "Universitas Hamburg",
        "uni-hamburg.de",
    ),
    (
        "Jepang",
        ("JAPAN", "JPN"),
        (
            ("Kyoto", "Yoshida-honmachi {n}, Sakyo-ku", "606-8501", False),
            ("Tokyo", "Hongo 7-3-{n}, Bunkyo-ku", "113-8654", False),
        ),
        "+81 90 #### ####",
        "Kyoto University",
        "kyoto-u.ac.jp",
    ),
    (
        "Australia",
        ("AUSTRALIA", "AUS"),
        (
            ("Canberra", "{n} Ellery Crescent, Acton", "ACT 2601", False),
            ("Melbourne", "{n} Grattan Street, Parkville", "VIC 3010", False),
        ),
        "+61 4## ### ###",
        "Australian National University",
        "anu.edu.au",
    ),
    (
        "Inggris",
        ("UNITED KINGDOM", "GBR"),
        (
            ("London", "{n} Thornhaugh Street", "WC1H 0XG", False),
            ("Leeds", "{n} Woodhouse Lane", "LS2 9JT", False),
        ),
        "+44 7### ######",
        "SOAS University of London",
        "soas.ac.uk",
    ),
    (
        "Singapura",
        ("SINGAPORE", "SGP"),
        (("Singapura", "{n} Kent Ridge Crescent", "119260", False),),
        "+65 9### ####",
        "National University of Singapore",
        "u.nus.edu",
    ),
)
FOREIGN_NAMES = {
    "Belanda": (("Pieter van der Berg", True), ("Anouk de Vries", False), ("Jeroen Bakker", True)),
    "Jerman": (("Lukas Schneider", True), ("Katharina Weber", False), ("Jonas Hoffmann", True)),
    "Jepang": (("Hiroshi Tanaka", True), ("Yuki Nakamura", False), ("Kenta Sato", True)),
    "Australia": (("Emily Carter", False), ("James O'Brien", True), ("Sarah Mitchell", False)),
    "Inggris": (("Oliver Hughes", True), ("Charlotte Evans", False)),
    "Singapura": (("Tan Wei Ming", True), ("Lim Hui Shan", False)),
}
ABROAD_ITEMS = (
    "Data jumlah pemilih terdaftar per kabupaten/kota pada Pemilu 2019 dan Pemilu 2024",
    "Rekapitulasi tingkat partisipasi pemilih Pemilihan Gubernur Sumatera Selatan Tahun 2018 dan Tahun 2024",
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan pasangan calon Gubernur dan Wakil Gubernur Tahun 2024",
    "Data jumlah TPS khusus di lembaga pemasyarakatan dan rumah sakit pada Pemilu 2024",
    "Laporan evaluasi penyelenggaraan Pemilihan Tahun 2024 di Sumatera Selatan",
    "Data pemilih penyandang disabilitas per kabupaten/kota pada Pemilu 2024",
)
ABROAD_PURPOSES = (
    "Bahan penulisan disertasi doktoral tentang tata kelola pemilu di Sumatera",
    "Penelitian komparatif mengenai partisipasi pemilih di Asia Tenggara",
    "Bahan penulisan artikel ilmiah tentang pemilihan kepala daerah di Indonesia",
    "Penelitian pascadoktoral mengenai administrasi pemilu daerah",
)


def passport_page(ctx, name: str, country, pno: str, male: bool, birth: date) -> Page:
    """A photocopied passport data page (text recorded, a picture in the born-digital version)."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70,
        70,
        rng.choice(("Lampiran: Fotokopi Paspor", "Lampiran : Salinan Halaman Data Paspor")),
        "hr",
        10,
    )
    x0, y0, w, h = 90.0, 100.0, 415.0, 270.0
    pg.rect(x0, y0, w, h, 1.0, (60, 60, 60), (210, 210, 210))
    head, iso = ("REPUBLIK INDONESIA", "IDN") if country == "Indonesia" else country
    pg.t(x0 + w / 2, y0 + 20, f"PASPOR / PASSPORT   {head}", "hb", 10, align="c")
    photo_box(pg, x0 + 14, y0 + 36, 88, 112)
    sur, _, giv = name.rpartition(" ")
    rows = [
        ("Tipe / Type", "P"),
        ("No. Paspor / Passport No.", pno),
        ("Nama / Name", name.upper()),
        ("Kewarganegaraan / Nationality", "INDONESIA" if country == "Indonesia" else head),
        ("Tgl. Lahir / Date of birth", birth.strftime("%d %b %Y").upper()),
        ("Jenis Kelamin / Sex", "L/M" if male else "P/F"),
    ]
    yy = y0 + 44
    for k, v in rows:
        pg.t(x0 + 116, yy, k, "hr", 6.8)
        pg.t(x0 + 116, yy + 10, v, "hb", 8.5)
        yy += 24
    mrz = f"P<{iso}{giv.upper()}<<{(sur or giv).upper().replace(' ', '<')}".ljust(44, "<")[:44]
    pg.t(x0 + 12, y0 + h - 30, mrz, "cr", 9.5)
    pg.t(x0 + 12, y0 + h - 16, (pno + "<" + "0" * 8).ljust(44, "<")[:44], "cr", 9.5)
    pg.as_image = True
    return pg


def p06_peneliti_luar_negeri_paspor(ctx: Ctx) -> Letter:
    """A researcher abroad (a foreigner, or an Indonesian studying abroad) writes in Indonesian:
    sender block at the top left (name, foreign address lines, e-mail), the foreign place-date at
    the right, identity rows with Kewarganegaraan and a passport number instead of a NIK, the
    foreign address as one row, a foreign telephone (or an Indonesian WhatsApp number), items
    numbered, the research purpose, the copy asked by e-mail; a passport data-page copy
    sometimes."""
    rng = ctx.rng
    country, (eng, iso), cities, ptpl, uni, dom = rng.choice(ABROAD)
    city, street, post, post_first = rng.choice(cities)
    wni = rng.random() < 0.45
    if wni:
        p = make_person(rng, degree_p=0.8, prefix_p=0.0, born=(1980, 1997))
        name = p["name"]
        male = p["male"]
        nationality = "Indonesia"
        pno = rng.choice("CXE") + str(rng.randint(1000000, 9999999))
        first = p["email"].split("@")[0]
    else:
        core, male = rng.choice(FOREIGN_NAMES[country])
        name = core + rng.choice(("", "", ", M.A.", ", M.Sc.", ", Ph.D."))
        p = make_person(rng, male=male)
        nationality = country
        pno = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(
            rng.randint(1000000, 9999999)
        )
        first = re.sub(r"[^a-z.]", "", core.lower().replace(" ", "."))
        p["email"] = f"{first.replace('.', '')}{rng.randint(1, 99)}@gmail.com"
    if not p["e164"].startswith("+628"):
        p["phone"], p["e164"], p["nat"] = mobile(rng)
    street = street.format(n=rng.randint(2, 180))
    cityline = f"{post} {city}" if post_first else f"{city} {post}"
    addr = (
        f"{street}, {cityline}, {country}"
        if country != "Singapura"
        else f"{street}, Singapura {post}"
    )
    mail = f"{first}@{dom}" if rng.random() < 0.55 else p["email"]
    fphone = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in ptpl)
    fe164 = "+" + re.sub(r"\D", "", fphone)
    idn_wa = rng.random() < 0.35
    d = Doc(ctx, top=60)
    pg = d.pg
    pg.t(d.L, 64, name, ctx.b, ctx.size + 1)
    yy = 64 + ctx.size * 1.5
    for s in (
        (street, cityline, country, mail)
        if country != "Singapura"
        else (street, f"Singapura {post}", mail)
    ):
        pg.t(d.L, yy, s, ctx.r, ctx.size - 1)
        yy += (ctx.size - 1) * 1.4
    d.y = yy + 10
    d.line_text(f"{city}, {fmt_date(ctx.date, rng.choice(('long', 'long', 'long0')))}", align="r")
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Data untuk Penelitian",
            "Permohonan Informasi Publik",
            "Permohonan Data Penelitian Disertasi",
        )
    )
    nomor_block(d, [(hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    job = rng.choice(("Peneliti", "Mahasiswa Doktoral", "Dosen dan Peneliti"))
    d.para(
        f"Perkenalkan, saya {name}, {'warga negara Indonesia yang sedang menempuh studi' if wni else 'peneliti warga negara ' + nationality} "
        f"pada {uni}, {country}. Bersama surat ini saya mengajukan permohonan informasi publik kepada "
        "PPID KPU Provinsi Sumatera Selatan. Identitas saya sebagai berikut:",
        justify=True,
    )
    rows = [
        ("Nama", name),
        ("Kewarganegaraan", nationality),
        (rng.choice(("Nomor Paspor", "No. Paspor", "Paspor")), pno),
    ]
    show_job = rng.random() < 0.75
    if show_job:
        rows.append(("Pekerjaan", job))
    rows.append((rng.choice(("Alamat", "Alamat di Luar Negeri", "Alamat Domisili")), addr))
    if idn_wa:
        rows.append(("WhatsApp", p["phone"]))
        phone = p["e164"]
    else:
        rows.append((rng.choice(("Telepon", "Nomor Telepon", "Telp./WhatsApp")), fphone))
        phone = fe164
    rows.append((rng.choice(("Surel", "E-mail")), mail))
    kv_rows(d, rows, x=d.L + 16)
    items = rng.sample(ABROAD_ITEMS, rng.randint(1, 3))
    d.line_text("Informasi yang saya mohon adalah:")
    d.numbered(items, x=d.L + 12)
    purpose = rng.choice(ABROAD_PURPOSES)
    d.para(f"Informasi tersebut akan saya gunakan sebagai {lc1(purpose)}.", justify=True)
    ob = rng.choice(("salinan_softcopy", "salinan_softcopy", "salinan", None))
    dl = "email"
    d.para(
        {
            "salinan_softcopy": "Karena saya berada di luar negeri, saya mohon salinan elektronik (softcopy) informasi tersebut dikirimkan melalui e-mail ke alamat surel di atas.",
            "salinan": "Karena saya berada di luar negeri, saya mohon salinan informasi tersebut dikirimkan melalui e-mail.",
            None: "Mengingat saya tinggal di luar negeri, mohon informasi tersebut dikirimkan melalui e-mail.",
        }[ob],
        justify=True,
    )
    d.para("Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.", justify=True)
    sign_block(d, ["Hormat saya,"], name)
    if rng.random() < 0.4:
        d.pages.append(
            passport_page(
                ctx, name.split(",")[0], "Indonesia" if wni else (eng, iso), pno, male, p["birth"]
            )
        )
    fields = F(
        applicant_name=name,
        address=addr,
        phone=phone,
        email=mail.lower(),
        occupation=job if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P06_peneliti_luar_negeri_paspor", d.pages, fields)


STUDENT_ORGS = (  # name lines, number code, style (islam / kristen / nasional), motto
    (
        ("PENGURUS CABANG PALEMBANG", "HIMPUNAN MAHASISWA ISLAM NUSANTARA"),
        "HMIN",
        "islam",
        "Yakin Usaha Sampai",
    ),
    (
        ("PENGURUS KOMISARIAT UIN RADEN FATAH", "IKATAN MAHASISWA MUSLIM SRIWIJAYA"),
        "IMMS",
        "islam",
        "Ilmu, Amal, Akhlak",
    ),
    (
        ("DEWAN PIMPINAN CABANG PALEMBANG", "GERAKAN MAHASISWA KRISTEN NUSANTARA"),
        "GMKN",
        "kristen",
        "Ut Omnes Unum Sint",
    ),
    (
        ("DEWAN PENGURUS CABANG KOTA PALEMBANG", "GERAKAN MAHASISWA NASIONALIS INDONESIA"),
        "GMNI-N",
        "nasional",
        "Pejuang Pemikir - Pemikir Pejuang",
    ),
)
STUDENT_ITEMS = (
    "Data jumlah pemilih pemula (usia 17-21 tahun) per kabupaten/kota dalam DPT Pemilu 2024",
    "Rekapitulasi tingkat partisipasi pemilih Pemilihan Gubernur 2024 per kabupaten/kota",
    "Daftar lokasi TPS di lingkungan kampus pada Pemilu 2024",
    "Jumlah mahasiswa yang terdaftar sebagai pemilih pindahan (DPTb) di Kota Palembang pada Pemilu 2024",
    "Jadwal dan program sosialisasi pendidikan pemilih KPU Provinsi Sumatera Selatan Tahun 2026",
    "Laporan dana kampanye pasangan calon Gubernur dan Wakil Gubernur Tahun 2024",
)
STUDENT_PURPOSES = (
    "Bahan kajian dan diskusi publik organisasi tentang partisipasi pemilih muda",
    "Penyusunan modul sekolah demokrasi bagi kader",
    "Bahan seminar nasional tentang pemilih pemula",
    "Bahan advokasi dan pengawasan partisipatif mahasiswa",
)


def p07_organisasi_mahasiswa_hijriah(ctx: Ctx) -> Letter:
    """A students' organisation branch (pengurus cabang / komisariat) on its two-line letterhead
    with a motto: an Islamic one numbers its letters with the Hijri month and year
    ("112/A/Sek/08/1447") and dates them twice (Hijri over Gregorian, "H" / "M"); others number
    with the Gregorian year; "Assalamu'alaikum" / "Salam sejahtera" / "Salam Pergerakan!", the
    chairman named with his particulars in the first paragraph or as rows, lettered items, the
    organisation's closing ("Billahittaufiq wal hidayah", "Ut Omnes Unum Sint", "Merdeka!"), the
    chairman and the general secretary sign side by side."""
    rng = ctx.rng
    (l1, l2), code, style, motto = rng.choice(STUDENT_ORGS)
    p = make_person(
        rng,
        male=rng.random() < 0.75,
        degree_p=0.0,
        prefix_p=0.0,
        job="Mahasiswa",
        origin=rng.choice(("batak", "tionghoa", "umum"))
        if style == "kristen"
        else rng.choice(("jawa", "palembang", "minang", "umum", "arab")),
        born=(1999, 2005),
    )
    sec = make_person(rng, degree_p=0.0, prefix_p=0.0, job="Mahasiswa", born=(2000, 2005))
    d = Doc(ctx, top=56)
    col = rng.choice((GREEN, INK, NAVY, MAROON))
    lines = (
        [(l1, ctx.b, 12.5), (l2, ctx.b, 14.5)]
        if rng.random() < 0.6
        else [(l2, ctx.b, 14.5), (l1, ctx.b, 12.5)]
    )
    kop2(
        d,
        lines,
        [f'"{motto}"', f"Sekretariat: {office_address(rng)}"],
        rng.choice(("l", "lr")),
        col,
        rng.choice(("double", "thinthick", "band")),
        kinds=("shield", "garuda"),
    )
    org = " ".join(s for s, _, _ in lines)
    hy, hm, _hd = hijri(ctx.date)
    if style == "islam":
        nomor = f"{rng.randint(1, 250):03d}/{rng.choice('AB')}/Sek/{hm:02d}/{hy}"
    else:
        nomor = f"{rng.randint(1, 250):03d}/{rng.choice(('DPC', 'Sek', 'B'))}/{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Data Kepemiluan", "Permohonan Data")
    )
    if style == "islam":
        y0 = d.y
        nomor_block(d, [(nl, nomor), (ll, "-"), (hl, subj)])
        x = d.R - 160
        d.pg.t(x, y0, f"Palembang, {hijri_str(ctx.date)}", ctx.r, ctx.size - 0.5)
        d.pg.line(x + 50, y0 + 4, d.R, y0 + 4, 0.5)
        d.pg.t(
            x + 50, y0 + ctx.size * 1.42, f"{fmt_date(ctx.date, 'long')} M", ctx.r, ctx.size - 0.5
        )
    else:
        nomor_block(
            d,
            [(nl, nomor), (ll, "-"), (hl, subj)],
            right=place_date(rng, "Palembang", ctx.date, "long"),
        )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    greet, close = {
        "islam": ("Assalamu'alaikum Warahmatullahi Wabarakatuh.", "Billahittaufiq wal hidayah,"),
        "kristen": ("Salam sejahtera bagi kita sekalian.", "Ut Omnes Unum Sint!"),
        "nasional": ("Salam Pergerakan!", "Merdeka!!!"),
    }[style]
    d.line_text(greet, ctx.i)
    d.para(
        "Teriring salam dan doa semoga Bapak/Ibu senantiasa sehat dalam menjalankan tugas. "
        f"Sehubungan dengan program kerja {title_id(l1)} {title_id(l2)}, kami mengajukan "
        "permohonan informasi publik.",
        justify=True,
    )
    addr = fmt_address(p, rng) if rng.random() < 0.5 else office_address(rng)
    show_job = rng.random() < 0.5
    show_nik = rng.random() < 0.7
    if rng.random() < 0.5:
        s = f"Permohonan ini diajukan oleh {p['name']}, Ketua Umum"
        if show_nik:
            s += f", NIK {p['nik']}"
        if show_job:
            s += f", pekerjaan {p['job'].lower()}"
        s += f", beralamat di {addr}, nomor HP {p['phone']}."
        d.para(s, justify=True)
    else:
        d.line_text("Adapun identitas pemohon:")
        rows = [("Nama", p["name"]), ("Jabatan", "Ketua Umum")]
        if show_nik:
            rows.append(("NIK", p["nik"]))
        if show_job:
            rows.append(("Pekerjaan", p["job"]))
        rows += [("Alamat", addr), (rng.choice(ID_L["phone"]), p["phone"])]
        kv_rows(d, rows, x=d.L + 16)
    d.line_text("Informasi yang kami mohon adalah:")
    items = rng.sample(STUDENT_ITEMS, rng.randint(2, 3))
    for i, it in enumerate(items):
        d.need(ctx.size * 1.4)
        d.pg.t(d.L + 12, d.y, f"{'abc'[i]}.", ctx.r, ctx.size)
        d.para(it, x=d.L + 28)
    purpose = rng.choice(STUDENT_PURPOSES)
    d.para(f"Informasi tersebut akan kami pergunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    s = ob_dl_kami(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(
        "Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.",
        justify=True,
    )
    d.line_text(close, ctx.i)
    if style == "islam":
        d.line_text("Wassalamu'alaikum Warahmatullahi Wabarakatuh.", ctx.i)
    two_sign(
        d,
        (["Ketua Umum,"], p["name"]),
        (["Sekretaris Umum,"], sec["name"]),
        stamp=(org, code),
        head=[l1, l2] if rng.random() < 0.5 else None,
    )
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
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P07_organisasi_mahasiswa_hijriah", d.pages, fields)


def ikd_screen_page(ctx, p: dict) -> Page:
    """A printed phone screenshot of the Identitas Kependudukan Digital app showing the card."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70,
        60,
        rng.choice(
            ("Lampiran: Tangkapan layar IKD", "Lampiran : Identitas Kependudukan Digital (IKD)")
        ),
        "hr",
        10,
    )
    x0, y0, w, h = 170.0, 80.0, 255.0, 530.0
    pg.rect(x0 - 8, y0 - 8, w + 16, h + 16, 2.5, (40, 40, 40), (30, 30, 30))
    pg.rect(x0, y0, w, h, 0, None, (245, 247, 250))
    pg.t(x0 + 10, y0 + 14, hhmm(rng, ":"), "hb", 8)
    pg.t(x0 + w - 10, y0 + 14, f"{rng.randint(20, 99)}%", "hr", 8, align="r")
    pg.rect(x0, y0 + 22, w, 34, 0, None, (0, 84, 166))
    pg.t(x0 + w / 2, y0 + 44, "Identitas Kependudukan Digital", "hb", 10, WHITE, "c")
    cy = y0 + 70
    pg.rect(x0 + 12, cy, w - 24, 165, 0.6, (150, 170, 200), (222, 234, 250))
    pg.t(x0 + 20, cy + 16, "REPUBLIK INDONESIA", "hb", 7.5, (0, 60, 130))
    pg.t(x0 + 20, cy + 27, "KARTU TANDA PENDUDUK DIGITAL", "hr", 6.5, (0, 60, 130))
    photo_box(pg, x0 + w - 82, cy + 34, 56, 70)
    rows = [
        ("NIK", p["nik"]),
        ("Nama", p["ktp_name"]),
        ("Tempat/Tgl Lahir", f"{p['birthplace'].upper()}, {p['birth'].strftime('%d-%m-%Y')}"),
        ("Jenis Kelamin", "LAKI-LAKI" if p["male"] else "PEREMPUAN"),
    ]
    yy = cy + 46
    for k, v in rows:
        pg.t(x0 + 20, yy, k, "hr", 6.5, GREY)
        pg.t(x0 + 20, yy + 10, v, "hb", 8 if k == "NIK" else 7.2)
        yy += 24
    qr_square(pg, x0 + w / 2 - 45, cy + 185, 90, rng)
    pg.t(x0 + w / 2, cy + 292, "Tunjukkan QR Code ini kepada petugas", "hr", 7, GREY, "c")
    yy = cy + 316
    for k, v in (
        ("Alamat", p["street"].upper()),
        ("RT/RW", p["rtrw"]),
        ("Kel/Desa", p["kel"].upper()),
        ("Kecamatan", p["kec"].upper()),
        ("Kabupaten/Kota", p["kab_ktp"]),
    ):
        pg.t(x0 + 16, yy, k, "hr", 6.8, GREY)
        pg.t(x0 + 90, yy, v[:34], "hr", 6.8)
        yy += 13
    pg.rect(x0, y0 + h - 38, w, 38, 0, None, WHITE)
    for i, s in enumerate(("Beranda", "Dokumen", "Profil")):
        pg.t(x0 + w * (i + 0.5) / 3, y0 + h - 14, s, "hr", 7, GREY, "c")
    pg.as_image = True
    return pg


def p08_ikd_tangkapan_layar(ctx: Ctx) -> Letter:
    """A citizen's typed request whose identity rows leave out the NIK ("sebagaimana tangkapan
    layar Identitas Kependudukan Digital terlampir"): page 2 a printed phone screenshot of the IKD
    app (status bar, blue app bar, the digital card with NIK, name, birth, photo, a QR code, the
    address fields, bottom navigation)."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.3, prefix_p=0.08, born=(1975, 2004))
    d = Doc(ctx, top=66)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Informasi", "Permohonan Salinan Data")
    )
    nomor_block(d, [(ll, "1 (satu) lembar"), (hl, subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, nik=None, job=0.6, mail=0.45)
    kv_rows(d, rows, x=d.L + 16)
    d.para(
        rng.choice(
            (
                "NIK saya sebagaimana tercantum dalam tangkapan layar Identitas Kependudukan Digital "
                "(IKD) terlampir. Dengan ini saya mengajukan permohonan informasi berupa:",
                "(identitas kependudukan sebagaimana tangkapan layar aplikasi IKD terlampir), dengan ini "
                "mengajukan permohonan informasi publik sebagai berikut:",
            )
        ),
        justify=True,
    )
    items = info_items(rng, 1, 2) + short_items(rng, 0, 1)
    d.numbered(items, x=d.L + 12)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(ikd_screen_page(ctx, p))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P08_ikd_tangkapan_layar", d.pages, fields)


PAGUYUBAN = (
    ("IKATAN KELUARGA BESAR JAWA (IKBJ)", "jawa"),
    ("KERUKUNAN KELUARGA SUMATERA BARAT (KKSB)", "minang"),
    ("PUNGUAN PARSAHUTAON BATAK SUMATERA SELATAN", "batak"),
    ("PAGUYUBAN WARGA TIONGHOA SRIWIJAYA", "tionghoa"),
    ("IKATAN KELUARGA KOMERING BERSATU (IKKB)", "palembang"),
    ("PERSATUAN WARGA BALI SUMATERA SELATAN", "bali"),
)
PAGUYUBAN_ITEMS = (
    "Jumlah pemilih dalam DPT Pemilu 2024 per kecamatan di {kab}",
    "Jadwal sosialisasi pemilih yang dapat diikuti organisasi kemasyarakatan pada Tahun 2026",
    "Daftar lokasi TPS di Kecamatan {kec} pada Pemilihan Tahun 2024",
    "Tata cara pindah memilih bagi warga yang berdomisili di luar alamat KTP",
    "Data pemilih yang belum melakukan perekaman KTP-el per kabupaten/kota Tahun 2025",
)


def p09_paguyuban_cap_menimpa_nama(ctx: Ctx) -> Letter:
    """A regional or ethnic association (ikatan keluarga, kerukunan, paguyuban, punguan) asks for
    voter information to inform its members: letterhead with the association's name and its area
    line, Nomor block, the chairman named with NIK, address and phone in one sentence ("dalam hal
    ini diwakili oleh ..."), items numbered, purpose; the association's round stamp pressed right
    over the chairman's printed name and signature (the name is still the truth)."""
    rng = ctx.rng
    nm, origin = rng.choice(PAGUYUBAN)
    reg = rng.choices(REGIONS, weights=REGION_WEIGHTS)[0]
    area = kab_upper(reg)
    org = f"{nm} {area}" if rng.random() < 0.5 else nm
    p = make_person(
        rng,
        male=rng.random() < 0.85,
        degree_p=0.5,
        prefix_p=0.25,
        origin=origin,
        region=reg,
        born=(1955, 1985),
    )
    d = Doc(ctx, top=56)
    lines = [(org, ctx.b, 15)]
    kop2(
        d,
        lines,
        [
            f"Sekretariat: {fmt_address(make_person(rng, region=reg), rng, 3)}",
            f"Telp. {p['phone']}",
        ],
        rng.choice(("l", "c", "lr")),
        rng.choice((INK, MAROON, GREEN, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("shield", "garuda"),
    )
    nl, ll, hl = labels(rng)
    nomor = f"{rng.randint(1, 120):03d}/{abbr(nm)[:5]}/{rng.choice(('SKR', 'PH', 'B'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilih untuk Sosialisasi",
            "Permohonan Informasi Kepemiluan",
        )
    )
    nomor_block(
        d, [(nl, nomor), (ll, "-"), (hl, subj)], right=place_date(rng, reg["city"], ctx.date)
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.45
    s = (
        f"Kami, Pengurus {title_id(org)}, dalam hal ini diwakili oleh {p['name']} selaku Ketua Umum, "
        f"NIK {spaced_nik(p['nik'], rng)}"
    )
    if show_job:
        s += f", pekerjaan {p['job'].lower()}"
    s += f", beralamat di {addr}, nomor telepon {p['phone']}, dengan ini mengajukan permohonan informasi publik berupa:"
    d.para(s, justify=True)
    pool = [t.format(kab=kab_title(reg), kec=p["kec"]) for t in PAGUYUBAN_ITEMS]
    items = rng.sample(pool, rng.randint(2, 3))
    d.numbered(items, x=d.L + 12)
    purpose = rng.choice(
        (
            "Bahan sosialisasi pemilih kepada anggota paguyuban",
            "Pendataan anggota yang belum terdaftar sebagai pemilih",
            "Bahan rapat pengurus menjelang pemilihan berikutnya",
        )
    )
    d.para(f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    s2 = ob_dl_kami(rng, ob, dl)
    if s2:
        d.para(s2, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    # signature block with the stamp pressed over the printed name
    c = ctx
    d.need(120)
    role = f"Pengurus {title_id(nm.split(' (')[0])},"
    x = min(d.R - 190, d.R - tw(role, c.r, c.size) - 4)
    y = d.y
    d.pg.t(x, y, role, c.r, c.size)
    d.pg.t(x, y + c.size * 1.4, "Ketua Umum,", c.r, c.size)
    y += c.size * 2.8
    c.sig(d.pg, x + rng.uniform(0, 20), y - 2, 92)
    ny = y + 48
    d.pg.t(x, ny, p["name"], c.b, c.size)
    d.pg.line(x, ny + 2, x + tw(p["name"], c.b, c.size), ny + 2, 0.6)
    sx = x + rng.uniform(-18, 25)
    d.pg.img(
        sx,
        ny - rng.uniform(44, 58),
        84,
        84,
        circle_stamp_img(
            rng, org[:46], abbr(nm)[:5], rng.choice(((60, 50, 170), (150, 40, 90), (40, 90, 170)))
        ),
    )
    d.y = ny + 30
    if rng.random() < 0.5:
        tembusan(d, [f"Ketua KPU {kab_title(reg)}", "Arsip"])
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
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P09_paguyuban_cap_menimpa_nama", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
MARKS = (("( √ )", "(    )"), ("( X )", "(    )"), ("[ V ]", "[    ]"), ("( ✓ )", "(    )"))


def k01_alasan_keberatan_bernomor(ctx: Ctx) -> Letter:
    """A self-typed objection in lettered sections (A. identity, B. the request: Nomor
    Pendaftaran, date, information, purpose), then "C. ALASAN KEBERATAN": the seven grounds of
    Pasal 35 ayat (1) written out and numbered 1-7, each with a dotted leader to a bracket at the
    right margin, the applicable one typed "( √ )" / "( X )" / "[ V ]" or left empty and ticked by
    pen; "D. URAIAN" numbered points, "E. PERMINTAAN"; a centred title, or a letter with a Perihal."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    d = Doc(ctx, top=64)
    letter = rng.random() < 0.45
    subj = None
    if letter:
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
        _nl, ll, hl = labels(rng)
        subj = rng.choice(
            (
                "Pengajuan Keberatan",
                "Keberatan atas Permohonan Informasi Publik",
                "Keberatan Informasi Publik",
            )
        )
        nomor_block(d, [(ll, "-"), (hl, subj)])
        yth_block(d, atasan_rows(rng))
        d.gap(4)
    else:
        d.line_text("SURAT KEBERATAN", ctx.b, ctx.size + 3, align="c")
        d.line_text("ATAS PERMOHONAN INFORMASI PUBLIK", ctx.b, ctx.size + 1, align="c")
        d.gap(10)
    hd = rng.choice((lambda s: s.upper(), lambda s: s))

    def head(t: str) -> None:
        d.gap(4)
        d.line_text(hd(t), ctx.b)

    head("A. Identitas Pengaju Keberatan")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, job=0.7, mail=0.4)
    kv_rows(d, rows, x=d.L + 16)
    head("B. Permohonan Informasi")
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    show_p = rng.random() < 0.6
    purpose = rng.choice(PURPOSES)
    rows = [
        ("Nomor Pendaftaran", ref),
        ("Tanggal Permohonan", fmt_date(rd, rng.choice(("long", "dash", "slash0")))),
        ("Informasi yang Dimohon", "; ".join(items)),
    ]
    if show_p:
        rows.append(("Tujuan Penggunaan", purpose))
    kv_rows(d, rows, x=d.L + 16)
    head("C. Alasan Keberatan")
    d.para(
        "(Pasal 35 ayat (1) Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
        "Publik; beri tanda pada alasan yang sesuai)",
        ctx.i,
        ctx.size - 1,
        x=d.L + 16,
    )
    code = rng.choice("abcdefg")
    on, off = rng.choice(MARKS)
    pen = not ctx.digital and rng.random() < 0.4
    mark_font = "dr"
    bw = tw("( √ )", mark_font, ctx.size) + 4
    for i, k in enumerate("abcdefg", 1):
        d.need(ctx.size * 1.5)
        txt = REASONS[k][0]
        x0 = d.L + 16
        d.pg.t(x0, d.y, f"{i}.", ctx.r, ctx.size)
        tsz = min(ctx.size, (d.R - bw - 30 - x0 - 16) / tw(txt, ctx.r, 1))
        d.pg.t(x0 + 16, d.y, txt, ctx.r, tsz)
        lx = x0 + 20 + tw(txt, ctx.r, tsz)
        d.pg.line(lx, d.y, d.R - bw - 4, d.y, 0.5, GREY, (1, 2.5))
        mk = on if (k == code and not pen) else off
        d.pg.t(d.R, d.y, mk, mark_font, ctx.size, align="r")
        if k == code and pen:
            vtick(d.pg, d.R - bw / 2 - 4, d.y, 9, ctx.ink)
        d.y += ctx.size * 1.5
    head("D. Uraian Keberatan")
    pts = [
        f"Saya telah mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera Selatan pada tanggal {fmt_date(rd, 'long')} dengan Nomor Pendaftaran {ref}.",
        f"Atas permohonan tersebut, {PPID_ANSWER[code]}.",
        f"Menurut saya keberatan ini beralasan karena {ground(rng, code)}.",
    ]
    d.numbered(pts, x=d.L + 16)
    head("E. Permintaan")
    d.para(
        "Memohon Atasan PPID memeriksa keberatan ini dan memerintahkan PPID memberikan informasi "
        "yang saya mohon sesuai ketentuan peraturan perundang-undangan.",
        x=d.L + 16,
        justify=True,
    )
    d.gap(4)
    if letter:
        sign_block(d, ["Hormat saya,", "Pengaju Keberatan,"], p["name"])
    else:
        sign_block(
            d, ["Pengaju Keberatan,"], p["name"], place_date=place_date(rng, p["city"], ctx.date)
        )
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested="; ".join(items),
        purpose=purpose if show_p else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_alasan_keberatan_bernomor", d.pages, fields)


KUASA_REL = (
    ("Anak Kandung Pemohon", "keluarga"),
    ("Suami Pemohon", "keluarga"),
    ("Istri Pemohon", "keluarga"),
    ("Adik Kandung Pemohon", "keluarga"),
    ("Paralegal Pos Bantuan Hukum Desa", "paralegal"),
    ("Relawan Pendamping LSM", "paralegal"),
)


def k02_kuasa_identitas_ganda(ctx: Ctx) -> Letter:
    """An objection filed by a proxy who is not an advocate (a child, a spouse, a village paralegal):
    under underlined headings both identities in full, "I. Pemberi Kuasa (Pemohon Informasi)" and
    "II. Penerima Kuasa" (with "Hubungan dengan Pemohon"), "berdasarkan Surat Kuasa Khusus tanggal
    ...", the request number, the information, the ground in words (huruf now and then); the proxy
    signs (the principal too sometimes); page 2 the short SURAT KUASA KHUSUS with meterai half of the
    time."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.25, prefix_p=0.12, born=(1950, 1990))
    rel, kind = rng.choice(KUASA_REL)
    k = make_person(
        rng,
        male=("Suami" in rel) or (rng.random() < 0.6 and "Istri" not in rel),
        degree_p=0.3,
        prefix_p=0.0,
        region=p["region"] if kind == "keluarga" else None,
        born=(1975, 2000),
    )
    d = Doc(ctx, top=64)
    d.line_text(place_date(rng, k["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Permohonan Informasi Publik (melalui Kuasa)",
            "Pengajuan Keberatan",
            "Keberatan Informasi Publik",
        )
    )
    nomor_block(d, [(ll, "Surat Kuasa Khusus"), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    hf = rng.choice((ctx.b, ctx.r))
    d.need(40)
    underline_text(d.pg, d.L, d.y, "I. Pemberi Kuasa (Pemohon Informasi)", hf, ctx.size)
    d.y += ctx.size * 1.6
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.7
    show_ph = rng.random() < 0.5
    rows = [("Nama", p["name"]), (rng.choice(ID_L["nik"]), spaced_nik(p["nik"], rng))]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Alamat", addr))
    if show_ph:
        rows.append((rng.choice(ID_L["phone"]), p["phone"]))
    lw = max(tw(a, ctx.r, ctx.size) for a, _ in [*rows, ("Hubungan dengan Pemohon", "")]) + 10
    for a, v in rows:
        d.kv(a, v, lw, x=d.L + 16)
    d.gap(4)
    d.need(40)
    underline_text(d.pg, d.L, d.y, "II. Penerima Kuasa", hf, ctx.size)
    d.y += ctx.size * 1.6
    krows = [
        ("Nama", k["name"]),
        ("NIK", k["nik"]),
        ("Alamat", fmt_address(k, rng)),
        (rng.choice(ID_L["phone"]), k["phone"]),
        ("Hubungan dengan Pemohon", rel),
    ]
    for a, v in krows:
        d.kv(a, v, lw, x=d.L + 16)
    kd = ctx.date - timedelta(days=rng.randint(1, 10))
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    code = rng.choice("acdeg")
    d.para(
        f"Berdasarkan Surat Kuasa Khusus tanggal {fmt_date(kd, 'long')}, Penerima Kuasa bertindak "
        "untuk dan atas nama Pemberi Kuasa mengajukan keberatan atas permohonan informasi publik "
        f"dengan Nomor Pendaftaran {ref} tanggal {fmt_date(rd, 'long')} mengenai "
        f"{join_items_prose(items, False)}.",
        justify=True,
    )
    g = ground(rng, code).replace("saya", "Pemberi Kuasa")
    cite = rng.random() < 0.4
    d.para(
        f"Keberatan ini diajukan karena {g}"
        + (f", sebagaimana dimaksud {PASAL35.format(code)}" if cite else "")
        + ".",
        justify=True,
    )
    d.para(
        "Pemberi Kuasa tidak dapat mengajukan sendiri karena "
        + rng.choice(
            (
                "sedang menjalani perawatan di rumah sakit.",
                "berusia lanjut dan sulit bepergian.",
                "sedang bekerja di luar daerah.",
                "keterbatasan fisik.",
            )
        )
        + " Tanggapan atas keberatan ini mohon disampaikan melalui Penerima Kuasa.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB).replace("saya", "kami"), justify=True)
    if rng.random() < 0.5:
        two_sign(d, (["Pemberi Kuasa,"], p["name"]), (["Penerima Kuasa,"], k["name"]))
    else:
        sign_block(d, ["Hormat kami,", "Penerima Kuasa,"], k["name"])
    if rng.random() < 0.5:
        d.newpage()
        d.line_text("SURAT KUASA KHUSUS", ctx.b, ctx.size + 2, align="c")
        d.gap(8)
        d.line_text("Yang bertanda tangan di bawah ini:")
        kv_rows(d, [("Nama", p["name"]), ("NIK", p["nik"]), ("Alamat", addr)], x=d.L + 16)
        d.line_text("selanjutnya disebut PEMBERI KUASA, memberikan kuasa kepada:")
        kv_rows(d, [("Nama", k["name"]), ("NIK", k["nik"])], x=d.L + 16)
        d.line_text("selanjutnya disebut PENERIMA KUASA.")
        d.line_text("K H U S U S", ctx.b, align="c")
        d.para(
            "untuk mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera Selatan atas "
            f"permohonan informasi Nomor Pendaftaran {ref}, menerima tanggapan, serta melakukan segala "
            "tindakan yang diperlukan untuk itu.",
            justify=True,
        )
        d.line_text(place_date(rng, p["city"], kd), x=d.L + d.W * 0.58)
        two_sign(d, (["Penerima Kuasa,"], k["name"]), (["Pemberi Kuasa,"], p["name"]))
        d.pg.img(d.L + d.W * 0.58 - 26, d.y - 66, 52, 34, meterai_img(rng))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"] if show_ph else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_kuasa_identitas_ganda", d.pages, fields)


def ruled_two_sign(d: Doc, names: tuple[str, str], heads: tuple[str, str], hand: bool) -> None:
    """A ruled two-cell signature block: a header row, a tall row with the signatures, a row with
    the names in brackets."""
    c = d.ctx
    d.need(140)
    pg = d.pg
    y = d.y
    w = d.W / 2
    rows = (18, 70, 20)
    yy = y
    for h in rows:
        pg.rect(d.L, yy, w, h, 0.7)
        pg.rect(d.L + w, yy, w, h, 0.7)
        yy += h
    for i in range(2):
        x = d.L + i * w
        pg.t(x + w / 2, y + 13, heads[i], c.b if not hand else "hr", c.size - 0.5, align="c")
        c.sig(pg, x + w / 2 - 45 + c.rng.uniform(-10, 10), y + 24, 90)
        nm = f"( {names[i]} )"
        sz = min(c.size - 0.5, (w - 10) / tw(nm, c.r, 1))
        if hand:
            pg.t(x + 8, y + 18 + 70 + 14, nm, "hand", sz + 1, c.ink)
        else:
            pg.t(x + w / 2, y + 18 + 70 + 14, nm, c.r, sz, align="c")
    d.y = yy + 14


def k03_dua_pengaju_garis_bawah(ctx: Ctx) -> Letter:
    """Two applicants object together: underlined headings ("Identitas Pengaju Keberatan I", "...
    II", "Permohonan yang Diajukan", "Alasan Keberatan", "Tuntutan"), identity rows for each, the
    request rows (number, date, information), the ground in words (huruf sometimes), a ruled
    signature block of two cells (Pengaju Keberatan I | II, names in brackets); typed, or
    hand-written on folio with the headings underlined by pen."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        d, lead = hand_mode(ctx)
    else:
        d, lead = Doc(ctx, top=64), None
    p1 = make_person(rng, degree_p=0.3, prefix_p=0.1)
    p2 = make_person(
        rng, degree_p=0.3, prefix_p=0.1, region=p1["region"] if rng.random() < 0.6 else None
    )
    d.line_text(place_date(rng, p1["city"], ctx.date), align="r", lead=lead)
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan Bersama atas Permohonan Informasi",
            "Pengajuan Keberatan",
            "Keberatan atas Tanggapan PPID",
        )
    )
    d.kv(hl, subj, tw(hl, ctx.r, ctx.size) + 8, lead=lead)
    d.gap(6)
    for s in atasan_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(4)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Kami yang bertanda tangan di bawah ini:", lead=lead)

    def uhead(t: str) -> None:
        d.gap(3)
        d.need(lead or ctx.size * 1.6)
        if hand:
            x = d.L + d.ctx.rng.uniform(-1, 1)
            d.pg.t(x, d.y, t, "hand", ctx.size, ctx.ink)
            d.pg.line(x - 2, d.y + 3, x + tw(t, "hand", ctx.size) + 4, d.y + 3.8, 1.1, ctx.ink)
        else:
            underline_text(d.pg, d.L, d.y, t, ctx.b, ctx.size)
        d.y += lead or ctx.size * 1.6

    shown1 = {}
    a1 = fmt_address(p1, rng)
    for idx, (q, a) in enumerate(((p1, a1), (p2, fmt_address(p2, rng))), 1):
        uhead(f"Identitas Pengaju Keberatan {'I' * idx}")
        rows, sh = id_rows(rng, q, a, job=0.6, mail=0.3 if not hand else 0.0)
        if idx == 1:
            shown1 = sh
        lw = max(tw(x, ctx.r, ctx.size) for x, _ in rows) + 10
        for x, v in rows:
            d.kv(x, v, lw, x=d.L + 14, lead=lead)
    uhead("Permohonan yang Diajukan")
    ref, rd = reg_number(rng, ctx.date)
    items = short_items(rng, 1, 2) if hand else info_items(rng, 1, 2)
    rows = [
        ("Nomor Pendaftaran", ref),
        ("Tanggal", fmt_date(rd, rng.choice(("long", "slash0")))),
        ("Informasi", "; ".join(items)),
    ]
    lw = max(tw(x, ctx.r, ctx.size) for x, _ in rows) + 10
    for x, v in rows:
        d.kv(x, v, lw, x=d.L + 14, lead=lead)
    uhead("Alasan Keberatan")
    code = rng.choice("abcdeg")
    cite = rng.random() < 0.45
    g = ground(rng, code).replace("saya", "kami")
    d.para(
        f"Kami mengajukan keberatan karena {g}"
        + (f" (Pasal 35 ayat (1) huruf {code} UU Nomor 14 Tahun 2008)" if cite else "")
        + ".",
        lead=lead,
        justify=not hand,
    )
    uhead("Tuntutan")
    d.para(
        "Kami memohon agar Atasan PPID memerintahkan PPID memberikan informasi tersebut kepada kami "
        "dalam waktu yang ditentukan undang-undang.",
        lead=lead,
        justify=not hand,
    )
    d.para(rng.choice(CLOSE_KEB).replace("saya", "kami"), lead=lead, justify=not hand)
    ruled_two_sign(
        d, (p1["name"], p2["name"]), ("Pengaju Keberatan I", "Pengaju Keberatan II"), hand
    )
    fields = F(
        applicant_name=p1["name"],
        nik=shown1["nik"],
        address=a1,
        phone=shown1["phone"],
        email=shown1["mail"],
        occupation=shown1["job"],
        information_requested="; ".join(items),
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_dua_pengaju_garis_bawah", d.pages, fields, handwritten=hand)


EXT_REASONS = (
    "informasi yang diminta belum dikuasai",
    "informasi yang diminta belum didokumentasikan",
    "PPID belum dapat memutuskan apakah informasi yang diminta termasuk informasi yang dikecualikan",
    "informasi yang diminta memerlukan waktu untuk dihimpun dari unit kerja terkait",
)


def perpanjangan_copy(
    ctx: Ctx, p: dict, addr: str, ref: str, rd: date, nd: date, due: date, reason: str
) -> tuple[Page, str]:
    """The PPID's PEMBERITAHUAN PERPANJANGAN WAKTU as the applicant received it (a photocopy)."""
    rng = ctx.rng
    saved = (ctx.r, ctx.b, ctx.i, ctx.size)
    ctx.r, ctx.b, ctx.i, ctx.size = "hr", "hb", "hi", 10.0
    sub = Doc(ctx, top=56)
    kop_kpu(sub, rng)
    pno = f"{rng.randint(10, 400)}/HM.02-SD/16/{nd.year}"
    sub.line_text("PEMBERITAHUAN PERPANJANGAN WAKTU", "hb", 11.5, align="c")
    sub.line_text(f"Nomor: {pno}", "hr", 9.5, align="c")
    sub.gap(6)
    sub.para(
        f"Berdasarkan permohonan informasi pada tanggal {fmt_date(rd, 'long')} dengan Nomor Pendaftaran "
        f"{ref}, dengan ini kami sampaikan kepada:",
        "hr",
        9.5,
    )
    for a, v in (("Nama", p["name"]), ("Alamat", addr)):
        sub.kv(a, v, 70, font="hr", size=9.5, x=sub.L + 14)
    sub.para(
        f"bahwa jangka waktu pemberian informasi diperpanjang selama 7 (tujuh) hari kerja karena {reason}. "
        f"Informasi akan kami sampaikan paling lambat tanggal {fmt_date(due, 'long')}.",
        "hr",
        9.5,
    )
    sub.gap(10)
    sign_block(
        sub,
        ["Palembang, " + fmt_date(nd, "long"), "PPID KPU Provinsi Sumatera Selatan,"],
        official_name(rng),
        font="hr",
    )
    pg = sub.pages[0]
    pg.t(60, 34, "Lampiran", "hi", 9, GREY)
    pg.as_image = True
    ctx.r, ctx.b, ctx.i, ctx.size = saved
    return pg, pno


def k04_perpanjangan_lewat_waktu(ctx: Ctx) -> Letter:
    """An objection because the PPID extended the deadline by a written notice and then still did
    not answer (c) or answered only after the promised day (g): the story in dated sentences,
    the PPID's notice number and promised date cited, the ground in words; page 2 a photocopy of
    the PPID's PEMBERITAHUAN PERPANJANGAN WAKTU (its own Nomor, the request number, the new date);
    typed, or hand-written on folio."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        d, lead = hand_mode(ctx)
    else:
        d, lead = Doc(ctx, top=66), None
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    rd = ctx.date - timedelta(days=rng.randint(30, 45))
    while not workday(rd):
        rd -= timedelta(days=1)
    ref = f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{roman(rd.month)}/{rd.year}"
    nd = add_wd(rd, rng.randint(7, 9))
    due = add_wd(rd, 17)
    code = rng.choice("cg")
    late = add_wd(due, rng.randint(3, 8))
    if late >= ctx.date:
        late = prev_wd(ctx.date - timedelta(days=1))
    if late <= due:
        code = "c"
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    _nl, _ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Keterlambatan Pemberian Informasi",
            "Pengajuan Keberatan",
            "Keberatan Informasi Publik",
        )
    )
    d.kv(hl, subj, tw(hl, ctx.r, ctx.size) + 8, lead=lead)
    d.gap(6)
    for s in atasan_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(4)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, job=0.6, mail=0.3 if not hand else 0.0)
    lw = max(tw(x, ctx.r, ctx.size) for x, _ in rows) + 10
    for x, v in rows:
        d.kv(x, v, lw, x=d.L + 14, lead=lead)
    items = short_items(rng, 1, 2) if hand else info_items(rng, 1, 2)
    repeat_ref = rng.random() < 0.7
    reason = rng.choice(EXT_REASONS)
    pg2, pno = perpanjangan_copy(ctx, p, addr, ref, rd, nd, due, reason)
    d.para(
        f"dengan ini mengajukan keberatan. Pada tanggal {fmt_date(rd, 'long')} saya mengajukan "
        "permohonan informasi"
        + (f" dengan Nomor Pendaftaran {ref}" if repeat_ref else "")
        + f" mengenai {join_items_prose(items, False)}.",
        lead=lead,
        justify=not hand,
    )
    d.para(
        f"Pada tanggal {fmt_date(nd, 'long')} PPID menyampaikan Pemberitahuan Perpanjangan Waktu Nomor "
        f"{pno} yang menyatakan informasi akan diberikan paling lambat tanggal {fmt_date(due, 'long')}.",
        lead=lead,
        justify=not hand,
    )
    if code == "c":
        d.para(
            "Namun sampai surat ini saya buat, tidak ada tanggapan maupun informasi yang saya terima, "
            "sehingga permohonan saya tidak ditanggapi.",
            lead=lead,
            justify=not hand,
        )
    else:
        d.para(
            f"Namun informasi tersebut baru saya terima pada tanggal {fmt_date(late, 'long')}, "
            "melebihi waktu yang dijanjikan dan jangka waktu yang diatur undang-undang.",
            lead=lead,
            justify=not hand,
        )
    d.para(
        "Sebagai bukti, bersama ini saya lampirkan fotokopi pemberitahuan perpanjangan waktu tersebut.",
        lead=lead,
        justify=not hand,
    )
    d.para(rng.choice(CLOSE_KEB), lead=lead, justify=not hand)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(pg2)
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
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_perpanjangan_lewat_waktu", d.pages, fields, handwritten=hand)


DESA_PURPOSES = (
    "Penyusunan Profil Desa {desa} Tahun 2026",
    "Perencanaan program sosialisasi pemilih di Desa {desa}",
    "Pemutakhiran data monografi desa",
    "Pendataan warga desa yang belum terdaftar sebagai pemilih",
)
DESA_DPT_ITEMS = (
    "Salinan Daftar Pemilih Tetap (DPT) Pemilu 2024 untuk Desa {desa}",
    "Daftar nama pemilih per TPS di Desa {desa} pada Pemilihan Tahun 2024",
    "Data hasil pemutakhiran data pemilih berkelanjutan Desa {desa} Semester II 2025",
    "Daftar pemilih yang tidak memenuhi syarat (TMS) di Desa {desa} pada Pemilihan 2024",
)


def k05_pemdes_dpt_ditolak(ctx: Ctx) -> Letter:
    """A village head objects on the village letterhead (PEMERINTAH KABUPATEN ... / KECAMATAN ... /
    DESA ... or KANTOR KEPALA DESA ...) to the refusal of the voter list of his village: identity
    rows with Jabatan, the PPID's refusal letter cited by number (personal data, dikecualikan), the
    request's Nomor Pendaftaran, the argument numbered, the village stamp over the signature."""
    rng = ctx.rng
    reg, desa, kec = desa_region(rng)
    p = make_person(
        rng, male=rng.random() < 0.85, degree_p=0.45, prefix_p=0.2, region=reg, born=(1965, 1990)
    )
    p.update(kel=desa, kec=kec, desa=True)
    d = Doc(ctx, top=52)
    last = rng.choice((f"DESA {desa.upper()}", f"KANTOR KEPALA DESA {desa.upper()}"))
    org = last
    kop2(
        d,
        [
            (f"PEMERINTAH {kab_upper(reg)}", ctx.b, 13),
            (f"KECAMATAN {kec.upper()}", ctx.b, 13),
            (last, ctx.b, 15),
        ],
        [
            f"Alamat: {rng.choice(reg['streets'])} Desa {desa} Kode Pos {reg['post']}{rng.randint(11, 99)}"
        ],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    nl, ll, hl = labels(rng)
    nomor = (
        f"{rng.choice(('140', '470', '045'))}/{rng.randint(10, 250)}/{abbr(desa)}/{ctx.date.year}"
    )
    subj = rng.choice(
        (
            "Keberatan atas Penolakan Permohonan Data Pemilih",
            "Pengajuan Keberatan",
            "Keberatan Pemerintah Desa",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, desa, ctx.date),
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Yang bertanda tangan di bawah ini:")
    use_off = rng.random() < 0.4
    addr = (
        f"Kantor Kepala Desa {desa}, Kecamatan {kec}, {kab_name(reg)}"
        if use_off
        else fmt_address(p, rng)
    )
    rows, shown = id_rows(rng, p, addr, nik="" if rng.random() < 0.6 else None, job=0.0, mail=0.25)
    if use_off:
        ai = next(i for i, (x, _) in enumerate(rows) if x in ID_L["addr"])
        rows[ai] = ("Alamat Kantor", addr)
    rows.insert(1, ("Jabatan", f"Kepala Desa {desa}"))
    job = None
    if rng.random() < 0.35:
        job = "Kepala Desa"
        rows.insert(2, ("Pekerjaan", job))
    kv_rows(d, rows, x=d.L + 16)
    ref, _rd = reg_number(rng, ctx.date)
    items = [t.format(desa=desa) for t in rng.sample(DESA_DPT_ITEMS, rng.randint(1, 2))]
    refuse = f"{rng.randint(10, 300)}/HM.02-SD/16/{ctx.date.year}"
    code = rng.choice("aae")
    purpose = rng.choice(DESA_PURPOSES).format(desa=desa)
    d.para(
        "dengan ini mengajukan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap "
        f"permohonan informasi kami Nomor Pendaftaran {ref} mengenai {join_items_prose(items, False)}.",
        justify=True,
    )
    d.line_text("Adapun alasan keberatan kami:")
    pts = [
        (
            f"Melalui surat Nomor {refuse}, PPID menolak permohonan kami dengan alasan data tersebut "
            "memuat data pribadi sehingga termasuk informasi yang dikecualikan"
            if code == "a"
            else f"Melalui surat Nomor {refuse}, PPID menyatakan permohonan kami tidak dapat dipenuhi tanpa penjelasan yang memadai"
        )
        + ";",
        "Daftar pemilih desa kami telah diumumkan di kantor desa pada saat tahapan pemilu sehingga "
        "semestinya dapat diberikan, setidaknya dengan NIK yang disamarkan;",
        f"Data tersebut kami perlukan untuk {lc1(purpose)}.",
    ]
    d.numbered(pts, x=d.L + 12)
    d.para(
        "Berdasarkan hal tersebut kami mohon Atasan PPID meninjau kembali keputusan tersebut.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB).replace("saya", "kami"), justify=True)
    sign_block(
        d, [f"Kepala Desa {desa},"], p["name"], stamp=(f"PEMERINTAH DESA {desa.upper()}", "DESA")
    )
    if rng.random() < 0.5:
        tembusan(d, [f"Camat {kec}", f"Ketua BPD Desa {desa}", "Arsip"])
    fields = F(
        applicant_name=p["name"],
        nik=shown["nik"],
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=job,
        information_requested="; ".join(items),
        purpose=purpose,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_pemdes_dpt_ditolak", d.pages, fields)


REDACTED_DOCS = (  # information, the copy's title, its rows (label, visible value), its body text
    (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
        "SURAT PERJANJIAN KERJA",
        [
            ("Nomor Kontrak", "PL.02.1-SPK/16/2024"),
            ("Nama Penyedia", None),
            ("Alamat Penyedia", None),
            ("Nilai Kontrak", None),
            ("Jangka Waktu", "60 (enam puluh) hari kalender"),
            ("Rekening Penyedia", None),
        ],
        "Pada hari ini para pihak sepakat mengikatkan diri dalam perjanjian pengadaan surat suara "
        "dengan ketentuan bahwa Pihak Kedua wajib menyerahkan barang sesuai spesifikasi teknis dan "
        "jadwal pengiriman ke gudang KPU kabupaten/kota. Pembayaran dilakukan secara bertahap setelah "
        "berita acara serah terima ditandatangani oleh pejabat pembuat komitmen dan penyedia, dengan "
        "jaminan pelaksanaan sebesar lima persen dari nilai kontrak.",
    ),
    (
        "Daftar penerima honorarium badan ad hoc di Kota Palembang pada Pemilihan Tahun 2024",
        "DAFTAR PENERIMA HONORARIUM",
        [
            ("Kecamatan", "Ilir Barat I"),
            ("Nama", None),
            ("Jabatan", "Anggota PPS"),
            ("NIK", None),
            ("Nomor Rekening", None),
            ("Jumlah Diterima", None),
        ],
        "Daftar ini disusun berdasarkan surat keputusan pembentukan badan ad hoc dan daftar hadir "
        "bulanan. Pembayaran honorarium dilakukan melalui transfer ke rekening masing-masing penerima "
        "setelah dipotong pajak penghasilan sesuai ketentuan, dan bukti transfer menjadi lampiran "
        "surat pertanggungjawaban bendahara pengeluaran pembantu.",
    ),
    (
        "Laporan hasil evaluasi pengadaan logistik Pemilihan Tahun 2024",
        "LAPORAN HASIL EVALUASI",
        [
            ("Paket", "Pengadaan kotak dan bilik suara"),
            ("Penyedia", None),
            ("Harga Penawaran", None),
            ("Catatan Evaluasi", None),
            ("Rekomendasi", "Dilanjutkan ke tahap pembuktian kualifikasi"),
        ],
        "Kelompok kerja pemilihan telah melakukan evaluasi administrasi, teknis dan harga terhadap "
        "seluruh penawaran yang masuk melalui sistem pengadaan secara elektronik. Hasil evaluasi "
        "menunjukkan bahwa penawaran terendah memenuhi persyaratan teknis namun memerlukan klarifikasi "
        "atas rincian biaya distribusi ke daerah terpencil.",
    ),
)


def redacted_page(ctx: Ctx, title: str, rows: list, body: str) -> tuple[Page, list[str]]:
    """A photocopy of a document the PPID gave with parts blacked out: the black bars are pictures
    and the words under them are not page text.  Returns the page and the blacked-out labels."""
    rng = ctx.rng
    pg = Page()
    pg.t(60, 40, rng.choice(("Lampiran: salinan yang diterima", "Lampiran")), "hi", 9, GREY)
    pg.t(PW / 2, 90, title, "hb", 12, align="c")
    pg.t(
        PW / 2,
        106,
        f"Nomor: {rng.randint(10, 900)}/PL.02-{rng.choice(('SPK', 'BA', 'LHE'))}/16/2024",
        "hr",
        9.5,
        align="c",
    )
    y = 140.0
    hidden = []
    for lab, val in rows:
        pg.t(80, y, lab, "hr", 10)
        pg.t(200, y, ":", "hr", 10)
        if val is None:
            pg.rect(210, y - 9, rng.uniform(120, 280), 12, 0, None, (10, 10, 10))
            hidden.append(lab)
        else:
            pg.t(210, y, val, "hr", 10)
        y += 22
    y += 12
    x = 80.0
    for w in body.split():
        ww = tw(w, "hr", 10)
        if x + ww > PW - 80:
            x = 80.0
            y += 15
        if rng.random() < 0.14:
            pg.rect(x - 1, y - 9, ww + 2, 12, 0, None, (10, 10, 10))
        else:
            pg.t(x, y, w, "hr", 10)
        x += ww + tw(" ", "hr", 10)
    pg.as_image = True
    return pg, hidden


def k06_hitam_tanpa_penjelasan(ctx: Ctx) -> Letter:
    """An objection that the copy given had parts blacked out without the explanation the law
    requires: the applicant says which parts were blackened, that no reason or consequence test was
    given, and asks for the full copy or the explanation; the ground a (treated as excepted) or d
    (not what was asked); page 2 a photocopy of the blacked-out document (black bars, greyed
    lines); KTP page sometimes."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.4, prefix_p=0.08)
    d = Doc(ctx, top=66)
    info, title, rows_doc, body = rng.choice(REDACTED_DOCS)
    pg2, hidden = redacted_page(ctx, title, rows_doc, body)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Informasi yang Dihitamkan",
            "Pengajuan Keberatan",
            "Keberatan atas Salinan Informasi",
        )
    )
    nomor_block(d, [(ll, "1 (satu) berkas"), (hl, subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.line_text("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    rows, shown = id_rows(rng, p, addr, job=0.7, mail=0.45)
    kv_rows(d, rows, x=d.L + 16)
    ref, _rd = reg_number(rng, ctx.date)
    got = ctx.date - timedelta(days=rng.randint(3, 15))
    d.para(
        f"mengajukan keberatan atas informasi yang saya terima dari PPID pada tanggal {fmt_date(got, 'long')} "
        f"sebagai jawaban atas permohonan saya dengan Nomor Pendaftaran {ref} mengenai {lc1(info)}.",
        justify=True,
    )
    hidden = rng.sample(hidden, 2)
    d.para(
        f"Salinan yang saya terima ternyata dihitamkan pada bagian {hidden[0].lower()} dan "
        f"{hidden[1].lower()}, tanpa penjelasan mengenai alasan penghitaman maupun hasil uji "
        "konsekuensinya (salinan terlampir).",
        justify=True,
    )
    code = rng.choice("ad")
    if code == "a":
        d.para(
            "Dengan demikian sebagian informasi tersebut diperlakukan sebagai informasi yang "
            "dikecualikan tanpa dasar yang disampaikan kepada saya. Keberatan ini saya ajukan atas "
            "dasar penolakan berdasarkan alasan pengecualian.",
            justify=True,
        )
    else:
        d.para(
            "Dengan demikian permohonan saya ditanggapi tidak sebagaimana yang diminta, karena yang "
            "saya minta adalah salinan dokumen yang utuh.",
            justify=True,
        )
    d.para(
        "Saya mohon Atasan PPID memerintahkan pemberian salinan utuh, atau setidaknya penjelasan "
        "tertulis atas bagian yang dihitamkan.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"], meterai=rng.random() < 0.25)
    d.pages.append(pg2)
    nik = shown["nik"]
    if rng.random() < 0.25:
        d.pages.append(ktp_cards(ctx, [p]))
        nik = p["nik"]
    fields = F(
        applicant_name=p["name"],
        nik=nik,
        address=addr,
        phone=shown["phone"],
        email=shown["mail"],
        occupation=shown["job"],
        information_requested=info,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K06_hitam_tanpa_penjelasan", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def band(d: Doc, title: str, fill=(60, 60, 60), color=WHITE, size=9.5) -> None:
    """A dark band across the text width with a white heading."""
    d.need(34)
    d.gap(4)
    d.pg.rect(d.L, d.y, d.W, 16, 0, None, fill)
    d.pg.t(d.L + 6, d.y + 11.5, title, "hb", size, color)
    d.y += 16 + d.ctx.size * 1.3


def s01_para_pihak_pemberitahuan(ctx: Ctx) -> Letter:
    """The KI tells the respondent that an application to settle an information dispute has been
    registered: a centred title "PEMBERITAHUAN PERMOHONAN PENYELESAIAN SENGKETA INFORMASI PUBLIK"
    under the number block (or the Hal alone), a dark "PARA PIHAK" band with Pemohon (name,
    address) and Termohon rows, a "POKOK PERKARA" band (register number, registration date, object,
    request number, the applicant's reasons), numbered documents the respondent must send."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    reg_d = ctx.date - timedelta(days=rng.randint(2, 12))
    reg = ki_reg(rng, reg_d)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    titled = rng.random() < 0.5
    subj = rng.choice(
        (
            "Pemberitahuan Permohonan Penyelesaian Sengketa Informasi Publik",
            "Pemberitahuan Registrasi Sengketa Informasi",
            f"Pemberitahuan Sengketa Informasi Register Nomor {reg}",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Segera"), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ki_yth_termohon(rng))
    d.gap(6)
    if titled:
        d.line_text("PEMBERITAHUAN PERMOHONAN", ctx.b, ctx.size + 1, align="c")
        d.line_text("PENYELESAIAN SENGKETA INFORMASI PUBLIK", ctx.b, ctx.size + 1, align="c")
        d.gap(4)
    d.para(
        "Bersama ini kami beritahukan bahwa Komisi Informasi Provinsi Sumatera Selatan telah menerima "
        "dan meregistrasi permohonan penyelesaian sengketa informasi publik dengan keterangan sebagai "
        "berikut:",
        justify=True,
    )
    fill = rng.choice(((60, 60, 60), NAVY, (110, 110, 110)))
    band(d, "PARA PIHAK", fill)
    show_addr = rng.random() < 0.7
    addr = fmt_address(p, rng)
    rows = [("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat Pemohon", addr))
    rows += [
        ("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"),
        ("Alamat Termohon", "Jl. Kapten A. Rivai No. 95 Palembang"),
    ]
    kv_rows(d, rows, x=d.L + 8)
    band(d, "POKOK PERKARA", fill)
    item = info_items(rng, 1, 1)[0]
    ref = reg_number(rng, reg_d)[0] if rng.random() < 0.6 else None
    rows = [
        ("Nomor Register", reg),
        ("Tanggal Registrasi", fmt_date(reg_d, "long")),
        ("Objek Sengketa", item),
    ]
    if ref:
        rows.append(("Nomor Pendaftaran Permohonan", ref))
    rows.append(
        (
            "Alasan Permohonan",
            rng.choice(
                (
                    "Keberatan tidak ditanggapi oleh Atasan PPID",
                    "Tidak puas atas tanggapan Atasan PPID",
                    "Permohonan informasi ditolak dengan alasan dikecualikan",
                )
            ),
        )
    )
    kv_rows(d, rows, x=d.L + 8)
    d.para(
        "Sehubungan dengan hal tersebut, Termohon diminta menyampaikan dokumen berikut kepada "
        f"Kepaniteraan Komisi Informasi paling lambat tanggal {fmt_date(add_wd(ctx.date, 7), 'long')}:",
        justify=True,
    )
    d.numbered(
        [
            "tanggapan tertulis atas permohonan penyelesaian sengketa;",
            "surat kuasa dan/atau surat tugas wakil Termohon;",
            "salinan tanggapan PPID dan tanggapan Atasan PPID;",
            "Daftar Informasi Publik dan Daftar Informasi yang Dikecualikan.",
        ],
        x=d.L + 10,
    )
    d.para(
        "Jadwal sidang akan kami sampaikan kemudian. Atas perhatian Saudara, kami ucapkan terima kasih.",
        justify=True,
    )
    ki_sign(d, rng)
    tembusan(d, [f"Sdr. {p['name']} (Pemohon)", "Arsip"])
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_para_pihak_pemberitahuan", d.pages, fields)


def s02_akun_esengketa(ctx: Ctx) -> Letter:
    """The KI registry sends the respondent its account for the electronic dispute application
    ("e-Sengketa"): the case in a two-column table (register number, applicant, respondent, object),
    a shaded "AKUN TERMOHON" box (address, user name, the password sent separately, activation code,
    validity), a QR square, numbered steps, the substitute registrar as contact; signed by the KI's
    Panitera or chair."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    reg_d = ctx.date - timedelta(days=rng.randint(3, 20))
    reg = ki_reg(rng, reg_d)
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    subj = rng.choice(
        (
            "Penyampaian Akun Aplikasi e-Sengketa",
            "Akun Persidangan Elektronik Termohon",
            "Pemberitahuan Akun e-Sengketa Informasi Publik",
        )
    )
    nomor_block(
        d, [(nl, nomor), (ll, "-"), (hl, subj)], right=place_date(rng, "Palembang", ctx.date)
    )
    yth_block(d, ki_yth_termohon(rng))
    d.gap(6)
    d.para(
        "Dalam rangka penyelesaian sengketa informasi publik secara elektronik, dengan ini kami "
        "sampaikan akun Termohon pada aplikasi e-Sengketa Komisi Informasi Provinsi Sumatera Selatan "
        "untuk perkara berikut:",
        justify=True,
    )
    item = info_items(rng, 1, 1)[0]
    table2(
        d,
        [130, d.W - 130],
        [
            ["Nomor Register", reg],
            ["Pemohon", p["name"]],
            ["Termohon", "PPID KPU Provinsi Sumatera Selatan"],
            ["Objek Sengketa", item],
        ],
        hfill=None,
    )
    user = rng.choice(("ppid.kpusumsel", "termohon." + reg.split("/")[0], "kpu-sumsel-ppid"))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    rows = [
        ("Alamat Aplikasi", "https://esengketa.kisumsel.go.id"),
        ("Nama Pengguna", user),
        ("Kata Sandi", rng.choice(("dikirim terpisah melalui surel resmi PPID", "********"))),
        ("Kode Aktivasi", code),
        ("Berlaku sampai", fmt_date(add_wd(ctx.date, 10), "long")),
    ]
    h = len(rows) * ctx.size * 1.42 + 30
    d.need(h + 10)
    y0 = d.y
    d.pg.rect(d.L, y0, d.W, h, 0.6, GREY, (236, 240, 246))
    d.pg.t(d.L + 8, y0 + 14, "AKUN TERMOHON", ctx.b, ctx.size)
    qr_square(d.pg, d.R - 78, y0 + 10, 66, rng)
    d.y = y0 + 30
    save_r = d.R
    d.R = d.R - 90
    kv_rows(d, rows, x=d.L + 8)
    d.R = save_r
    d.y = y0 + h + 12
    d.line_text("Langkah penggunaan:")
    d.numbered(
        [
            "buka alamat aplikasi dan masuk dengan nama pengguna serta kata sandi di atas;",
            "ganti kata sandi dan lengkapi profil wakil Termohon;",
            "unggah tanggapan tertulis dan alat bukti paling lambat 3 (tiga) hari kerja sebelum sidang;",
            "ikuti jadwal sidang yang diumumkan pada menu Jadwal.",
        ],
        x=d.L + 10,
    )
    pp = official_name(rng)
    ph, _ = mobile(rng)[:2]
    d.para(
        f"Informasi lebih lanjut dapat menghubungi Panitera Pengganti, {pp}, nomor {ph}.",
        justify=True,
    )
    if rng.random() < 0.5:
        sign_block(
            d, ["Panitera", "Komisi Informasi Provinsi Sumatera Selatan,"], official_name(rng)
        )
    else:
        ki_sign(d, rng)
    fields = F(
        applicant_name=p["name"],
        information_requested=item,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_akun_esengketa", d.pages, fields)


PTUN_UMBRELLA = (
    "MAHKAMAH AGUNG REPUBLIK INDONESIA",
    "DIREKTORAT JENDERAL BADAN PERADILAN MILITER DAN PERADILAN TATA USAHA NEGARA",
    "PENGADILAN TINGGI TATA USAHA NEGARA MEDAN",
)


def s03_ptun_aanmaning(ctx: Ctx) -> Letter:
    """The administrative court (PTUN Palembang) calls the respondent to be admonished (aanmaning)
    to carry out a final KI decision on the winning applicant's request for enforcement: court
    letterhead under its umbrella lines, W2-TUN number, the Ketua's enforcement order cited, a
    table of the case (Pemohon Eksekusi, address sometimes, Termohon Eksekusi, the KI register and
    putusan numbers, the amar naming the information), the hearing day and room, eight days to
    comply."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    umb = list(PTUN_UMBRELLA[: rng.choice((1, 2, 3))])
    kop2(
        d,
        [(s, ctx.b, 10.5) for s in umb] + [("PENGADILAN TATA USAHA NEGARA PALEMBANG", ctx.b, 14)],
        [
            "Jl. Jenderal Sudirman KM 4,5 Palembang 30128  Telp. (0711) 358 170",
            "Laman: www.ptun-palembang.go.id  Surel: ptun.palembang@gmail.com",
        ],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    org = "PENGADILAN TATA USAHA NEGARA PALEMBANG"
    put_d = ctx.date - timedelta(days=rng.randint(90, 200))
    reg_d = put_d - timedelta(days=rng.randint(40, 90))
    reg = ki_reg(rng, reg_d)
    put = f"{rng.randint(1, 60):03d}/{rng.choice(('KI-SS-PS-A', 'PTS-KI-SS', 'KI-SS/PS/A'))}/{roman(put_d.month)}/{put_d.year}"
    eks = f"{rng.randint(1, 12)}/PEN.EKS/{ctx.date.year}/PTUN.PLG"
    nomor = f"W2-TUN4/{rng.randint(100, 2500)}/HK.06/{roman(ctx.date.month)}/{ctx.date.year}"
    p = make_person(rng, degree_p=0.35, prefix_p=0.1)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Panggilan Teguran (Aanmaning)",
            "Pemanggilan Aanmaning Pelaksanaan Putusan Komisi Informasi",
            f"Aanmaning Perkara Nomor {eks}",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Kepada Yth.",
                    "Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                    "c.q. PPID",
                    "di Palembang",
                ],
                [
                    "Yth. PPID KPU Provinsi Sumatera Selatan",
                    "selaku Termohon Eksekusi",
                    "Jl. Kapten A. Rivai No. 95",
                    "Palembang",
                ],
            )
        ),
    )
    d.gap(6)
    d.para(
        f"Berdasarkan Penetapan Ketua Pengadilan Tata Usaha Negara Palembang Nomor {eks} tanggal "
        f"{fmt_date(ctx.date - timedelta(days=rng.randint(3, 10)), 'long')}, atas permohonan eksekusi "
        "terhadap putusan Komisi Informasi yang telah berkekuatan hukum tetap dengan data sebagai berikut:",
        justify=True,
    )
    item = info_items(rng, 1, 1)[0]
    show_addr = rng.random() < 0.55
    addr = fmt_address(p, rng)
    rows = [["Pemohon Eksekusi", p["name"]]]
    if show_addr:
        rows.append(["Alamat", addr])
    rows += [
        ["Termohon Eksekusi", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"],
        ["Register Sengketa", reg],
        ["Putusan Komisi Informasi", f"Nomor {put} tanggal {fmt_date(put_d, 'long')}"],
        ["Amar Putusan", f"Memerintahkan Termohon untuk memberikan {lc1(item)} kepada Pemohon"],
    ]
    table2(d, [150, d.W - 150], rows, hfill=None)
    hd = add_wd(ctx.date, rng.randint(4, 8))
    d.para("maka dengan ini Saudara dipanggil untuk menghadap Ketua Pengadilan pada:", justify=True)
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(hd, "day")),
            ("Pukul", f"{rng.choice(('09.00', '09.30', '10.00'))} WIB"),
            ("Tempat", "Ruang Sidang Utama Pengadilan Tata Usaha Negara Palembang"),
            ("Acara", "Teguran (aanmaning) agar melaksanakan putusan dalam waktu 8 (delapan) hari"),
        ],
        x=d.L + 16,
    )
    d.para(
        "Apabila Saudara tidak hadir tanpa alasan yang sah, pengadilan akan melanjutkan proses "
        "pelaksanaan putusan sesuai ketentuan peraturan perundang-undangan.",
        justify=True,
    )
    sign_block(
        d,
        [rng.choice(("Panitera,", "a.n. Ketua", "Panitera Muda Hukum,"))],
        official_name(rng),
        sub=f"NIP {nip(rng)}" if rng.random() < 0.6 else None,
    )
    tembusan(
        d,
        [
            f"{p['name']} (Pemohon Eksekusi)",
            "Ketua Komisi Informasi Provinsi Sumatera Selatan",
            "Arsip",
        ],
    )
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_number=nomor,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_ptun_aanmaning", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def bawaslu_kop(d: Doc, rng: random.Random) -> str:
    c = d.ctx
    reg = rng.choice(REGIONS) if rng.random() < 0.5 else None
    l2 = kab_upper(reg) if reg else "PROVINSI SUMATERA SELATAN"
    kop2(
        d,
        [("BADAN PENGAWAS PEMILIHAN UMUM", c.b, 15), (l2, c.b, 13)],
        [
            "Jl. Opi Raya No. 5 Jakabaring Palembang 30257"
            if not reg
            else f"Jl. {rng.choice(('Merdeka', 'Pramuka', 'Lintas Sumatera'))} No. {rng.randint(2, 99)} {reg['city']}",
            f"Telp. ({reg['area'] if reg else '0711'}) {rng.randint(31, 45)}{rng.randint(1000, 9999)}  Laman: {'sumsel' if not reg else abbr(reg['city']).lower()}.bawaslu.go.id",
        ],
        "l",
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda",),
    )
    return f"BADAN PENGAWAS PEMILIHAN UMUM {l2}"


def m01_bawaslu_undangan_klarifikasi(ctx: Ctx) -> Letter:
    """Bawaslu (provincial or a regency's) invites a KPU official to give clarification on a
    reported violation: a centred "UNDANGAN KLARIFIKASI" title with the Nomor under it, or an
    ordinary letter with a Hal; the report's register number ("003/Reg/LP/PL/Kab/06.05/III/2026",
    not a KI register), the person invited, the schedule rows, the documents to bring, a contact."""
    rng = ctx.rng
    d = Doc(ctx, top=52)
    org = bawaslu_kop(d, rng)
    kode = "K.SS" if "PROVINSI" in org else f"K.SS-{rng.randint(1, 17):02d}"
    nomor = f"{rng.randint(10, 600):03d}/PP.01.02/{kode}/{ctx.date.month:02d}/{ctx.date.year}"
    lvl = "Prov" if "PROVINSI" in org else "Kab"
    lp = f"{rng.randint(1, 30):03d}/Reg/LP/PL/{lvl}/06.{rng.randint(0, 17):02d}/{roman(ctx.date.month)}/{ctx.date.year}"
    titled = rng.random() < 0.45
    subj = None
    if titled:
        d.line_text(place_date(rng, "Palembang", ctx.date), align="r")
        d.gap(4)
        d.line_text("UNDANGAN KLARIFIKASI", ctx.b, ctx.size + 3, align="c")
        d.line_text(f"Nomor: {nomor}", align="c")
        d.gap(8)
    else:
        nl, ll, hl = labels(rng)
        subj = rng.choice(
            (
                "Undangan Klarifikasi",
                "Permintaan Kehadiran untuk Klarifikasi",
                "Undangan Klarifikasi Laporan Dugaan Pelanggaran",
            )
        )
        nomor_block(
            d,
            [(nl, nomor), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
            right=place_date(rng, "Palembang", ctx.date),
        )
    invited = rng.choice(
        (
            "Ketua KPU Provinsi Sumatera Selatan",
            "Kepala Bagian Perencanaan, Data dan Informasi KPU Provinsi Sumatera Selatan",
            "Anggota KPU Provinsi Sumatera Selatan Divisi Data dan Informasi",
            "PPID KPU Provinsi Sumatera Selatan",
        )
    )
    yth_block(d, ["Kepada Yth.", invited, "di -", "Palembang"])
    d.gap(6)
    d.para(
        f"Dalam rangka penanganan laporan dugaan pelanggaran Pemilu Nomor Register {lp} mengenai "
        + rng.choice(
            (
                "pencantuman data pemilih yang tidak memenuhi syarat dalam daftar pemilih",
                "keterlambatan penyampaian salinan daftar pemilih kepada peserta pemilu",
                "dugaan pelanggaran prosedur pemutakhiran data pemilih berkelanjutan",
                "pengumuman data pemilih yang memuat NIK secara lengkap",
            )
        )
        + ", kami mengundang Saudara untuk hadir memberikan klarifikasi pada:",
        justify=True,
    )
    hd = add_wd(ctx.date, rng.randint(2, 5))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(hd, "day")),
            ("Pukul", f"{hhmm(rng)} WIB s.d. selesai"),
            (
                "Tempat",
                "Ruang Penanganan Pelanggaran "
                + (
                    "Bawaslu Provinsi Sumatera Selatan"
                    if lvl == "Prov"
                    else "Bawaslu " + title_id(org.split("UMUM ")[1])
                ),
            ),
            ("Agenda", "Klarifikasi sebagai pihak terkait"),
        ],
        x=d.L + 16,
    )
    d.line_text("Dengan membawa dokumen sebagai berikut:")
    d.numbered(
        rng.sample(
            [
                "surat tugas dari pimpinan;",
                "salinan berita acara rekapitulasi daftar pemilih;",
                "salinan daftar pemilih pada wilayah yang dilaporkan;",
                "dokumen lain yang berkaitan dengan pokok laporan.",
                "kartu identitas.",
            ],
            3,
        ),
        x=d.L + 10,
    )
    d.para(
        f"Informasi lebih lanjut dapat menghubungi {official_name(rng).split(',')[0]} ({mobile(rng)[0]}). "
        "Atas perhatian dan kehadiran Saudara diucapkan terima kasih.",
        justify=True,
    )
    role = "Ketua" if rng.random() < 0.5 else "Koordinator Divisi Penanganan Pelanggaran"
    sign_block(d, [role + ","], official_name(rng))
    if rng.random() < 0.5:
        tembusan(d, ["Ketua Bawaslu Republik Indonesia", "Arsip"])
    return Letter(
        "surat_masuk",
        "M01_bawaslu_undangan_klarifikasi",
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


def m02_bank_konfirmasi_saldo_payroll(ctx: Ctx) -> Letter:
    """A bank asks the office to confirm the balances of the payroll and operational accounts of
    its working unit at a month's end: band letterhead with the bank's initials, an accounts table
    (Nomor Rekening | Nama Rekening | Jenis | Saldo), then under a dashed cut line the reply form
    "SURAT KONFIRMASI SALDO" (Sesuai / Tidak Sesuai boxes, dotted lines, signature and stamp of the
    authorised officer) on the same page or on page 2."""
    rng = ctx.rng
    name, branch, col, fmtn = rng.choice(BANKS)
    d = Doc(ctx, top=48)
    pg = d.pg
    pg.rect(0, 0, PW, 30, 0, None, col)
    ini = abbr(name)
    pg.t(d.L, 20, ini, "hb", 16, WHITE)
    pg.t(d.L, 58, name, "hb", 17, col)
    pg.t(d.L, 72, branch, "hr", 9, GREY)
    pg.line(d.L, 80, d.R, 80, 0.8, col)
    d.y = 104
    nomor = fmtn.format(n=rng.randint(100, 9999), mm=f"{ctx.date.month:02d}", y=ctx.date.year)
    per = date(ctx.date.year, ctx.date.month, 1) - timedelta(days=1)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Konfirmasi Saldo Rekening per {fmt_date(per, 'long')}",
            "Permohonan Konfirmasi Saldo Rekening Payroll",
            "Konfirmasi Saldo Rekening Instansi",
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
            "u.p. Bendahara Pengeluaran",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.para(
        "Dalam rangka rekonsiliasi dan pemutakhiran data nasabah, dengan hormat kami mohon konfirmasi "
        f"atas saldo rekening Saudara pada bank kami per tanggal {fmt_date(per, 'long')} sebagai berikut:",
        justify=True,
    )
    accts = []
    for nm, jenis in rng.sample(
        [
            ("RPL KPU PROV SUMSEL UNTUK PAYROLL", "Giro Payroll"),
            ("RPL KPU PROV SUMSEL UNTUK OPERASIONAL", "Giro"),
            ("BPG KPU PROV SUMSEL UNTUK HIBAH PEMILIHAN", "Giro"),
            ("KPU PROV SUMSEL PENAMPUNGAN GAJI", "Tabungan Payroll"),
        ],
        rng.randint(2, 3),
    ):
        acct = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
        accts.append([acct, nm, jenis, rp0(rng.randint(5, 900) * 100000 + rng.randint(0, 99999))])
    table2(
        d,
        [26, 96, d.W - 26 - 96 - 86 - 96, 86, 96],
        [[f"{i}.", *a] for i, a in enumerate(accts, 1)],
        header=["No", "Nomor Rekening", "Nama Rekening", "Jenis", "Saldo"],
    )
    due = add_wd(ctx.date, rng.randint(5, 10))
    d.para(
        f"Mohon formulir konfirmasi di bawah ini diisi dan dikembalikan paling lambat tanggal {fmt_date(due, 'long')}. "
        "Apabila terdapat perbedaan saldo, mohon dijelaskan pada kolom yang tersedia.",
        justify=True,
    )
    sign_block(
        d,
        ["Hormat kami,", name],
        official_name(rng),
        sub=rng.choice(("Pemimpin Cabang", "Branch Manager", "Kepala Operasional")),
    )
    if d.y > PH - 300:
        d.newpage()
    else:
        d.pg.line(d.L - 20, d.y, d.R + 20, d.y, 0.6, GREY, (5, 3))
        d.pg.t(d.L - 20, d.y - 3, "✂", "dr", 10, GREY)
        d.gap(22)
    d.line_text("SURAT KONFIRMASI SALDO", ctx.b, ctx.size + 1, align="c")
    d.line_text("(diisi oleh nasabah)", ctx.i, ctx.size - 1, align="c")
    d.gap(4)
    d.para(f"Saldo rekening kami pada {name} per tanggal {fmt_date(per, 'long')}:", justify=True)
    for s in ("Sesuai dengan saldo tersebut di atas", "Tidak sesuai, dengan penjelasan:"):
        d.need(18)
        checkbox(d.pg, d.L + 12, d.y, 9, False, INK, False)
        d.pg.t(d.L + 28, d.y, s, ctx.r, ctx.size)
        d.gap(16)
    for _ in range(2):
        dotted(d.pg, d.L + 28, d.y - 6, d.R)
        d.gap(16)
    d.line_text("............................, ....................", x=d.L + d.W * 0.55)
    d.line_text("Pejabat yang berwenang,", x=d.L + d.W * 0.55)
    d.gap(36)
    d.line_text("(..........................................)", x=d.L + d.W * 0.55)
    foot = f"PT {title_id(name)} terdaftar dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS."
    for q in d.pages:
        q.t(PW / 2, PH - 24, foot, "hr", min(7.0, (PW - 80) / tw(foot, "hr", 1)), GREY, "c")
    return Letter(
        "surat_masuk",
        "M02_bank_konfirmasi_saldo_payroll",
        d.pages,
        sm_fields(nomor, ctx.date, subj, name),
    )


CONDOLERS = (
    ("BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"),
    ("KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"),
    ("KOMISI PEMILIHAN UMUM", "KABUPATEN OGAN ILIR"),
    ("KOMISI PEMILIHAN UMUM", "KOTA PRABUMULIH"),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "PROVINSI SUMATERA SELATAN"),
)
RELATIVES = ("ayahanda", "ibunda", "ayah mertua", "ibu mertua", "suami", "istri")


def m03_kartu_duka_cita(ctx: Ctx) -> Letter:
    """A condolence card on an A5 landscape sheet with a thick black border: "TURUT BERDUKA CITA"
    large, the Islamic formula or a Christian verse, the deceased (a staff member's relative or a
    former commissioner) and the day of passing in one sentence, a prayer, then "Kami yang turut
    berduka," and the sending body's name lines; a place-date sometimes (the day of passing is
    not a letter date); no number, no Hal."""
    rng = ctx.rng
    size = (A5[1], A5[0])
    d = Doc(ctx, top=60, left=56, right=size[0] - 56, size=size)
    d.bottom = size[1] - 30
    pg = d.pg
    pg.rect(16, 16, size[0] - 32, size[1] - 32, 5, INK)
    pg.rect(26, 26, size[0] - 52, size[1] - 52, 0.8, INK)
    l1, l2 = rng.choice(CONDOLERS)
    muslim = rng.random() < 0.7
    d.y = 64
    d.line_text("TURUT BERDUKA CITA", ctx.b, 20, align="c")
    d.gap(2)
    if muslim:
        d.line_text("Innalillahi wa inna ilaihi raji'un", ctx.i, 13, align="c")
    else:
        d.line_text(
            '"Berbahagialah orang yang berdukacita, karena mereka akan dihibur." (Matius 5:4)',
            ctx.i,
            10,
            align="c",
        )
    d.gap(6)
    staff = make_person(
        rng,
        degree_p=0.5,
        prefix_p=0.1,
        origin=None if muslim else rng.choice(("batak", "tionghoa")),
    )
    dec = make_person(
        rng,
        degree_p=0.1,
        prefix_p=0.4 if muslim else 0.0,
        origin=staff["origin"],
        born=(1940, 1965),
    )
    rel = rng.choice(RELATIVES)
    died = ctx.date - timedelta(days=rng.randint(0, 3))
    d.para(
        f"Atas berpulangnya {dec['name']}, {rel} dari {'Bapak' if staff['male'] else 'Ibu'} {staff['name']}, "
        f"staf Sekretariat KPU Provinsi Sumatera Selatan, pada hari {HARI[died.weekday()]} tanggal {fmt_date(died, 'long')}.",
        size=11,
        align="c",
    )
    d.gap(2)
    d.para(
        "Semoga almarhum/almarhumah diampuni segala dosanya, diterima amal ibadahnya, dan keluarga yang "
        "ditinggalkan diberi ketabahan."
        if muslim
        else "Kiranya Tuhan memberikan penghiburan dan kekuatan kepada keluarga yang ditinggalkan.",
        ctx.i,
        10.5,
        align="c",
    )
    d.gap(6)
    dated = rng.random() < 0.5
    if dated:
        d.line_text(place_date(rng, "Palembang", ctx.date, "long"), size=10, align="c")
    d.line_text("Kami yang turut berduka,", size=10.5, align="c")
    d.line_text(
        rng.choice(("Ketua, Anggota dan Keluarga Besar", "Pimpinan dan Seluruh Jajaran")),
        size=10.5,
        align="c",
    )
    d.line_text(l1, ctx.b, 12, align="c")
    d.line_text(l2, ctx.b, 11, align="c")
    return Letter(
        "surat_masuk",
        "M03_kartu_duka_cita",
        d.pages,
        sm_fields(None, ctx.date if dated else None, None, f"{l1} {l2}"),
    )


BPK_AUDITS = (
    ("Pemeriksaan atas Laporan Keuangan", "Laporan Keuangan KPU Tahun Anggaran 2025"),
    ("Pemeriksaan Kinerja", "efektivitas pengelolaan dana hibah Pemilihan Tahun 2024"),
    (
        "Pemeriksaan Dengan Tujuan Tertentu",
        "pengelolaan belanja barang dan jasa Tahun Anggaran 2025",
    ),
)


def m04_bpk_entry_meeting(ctx: Ctx) -> Letter:
    """BPK's regional office announces an audit and invites to the entry meeting: the Surat Tugas
    number and period in the body, a team table (No | Nama | Peran: Penanggung Jawab, Pengendali
    Teknis, Ketua Tim, Anggota Tim), the entry meeting rows, the documents to prepare numbered,
    a liaison officer asked for; Kepala Perwakilan signs."""
    rng = ctx.rng
    d = Doc(ctx, top=52)
    kop2(
        d,
        [
            ("BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA", ctx.b, 14),
            ("PERWAKILAN PROVINSI SUMATERA SELATAN", ctx.b, 12),
        ],
        [
            "Jl. Kapten Rivai No. 1 Palembang 30129  Telp. (0711) 312 633  Laman: palembang.bpk.go.id"
        ],
        rng.choice(("l", "c")),
        INK,
        "double",
        kinds=("garuda",),
    )
    org = "BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN"
    nomor = f"{rng.randint(10, 900)}/S/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    kind, obj = rng.choice(BPK_AUDITS)
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Pemeriksaan dan Entry Meeting",
            f"{kind} pada KPU Provinsi Sumatera Selatan",
            "Pelaksanaan Pemeriksaan",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Segera"), (ll, "1 (satu) berkas"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    st = f"{rng.randint(10, 300)}/ST/XVIII.PLG/{ctx.date.month:02d}/{ctx.date.year}"
    start = add_wd(ctx.date, rng.randint(5, 10))
    days = rng.choice((20, 25, 30, 35))
    d.para(
        f"Berdasarkan Surat Tugas Kepala Perwakilan Nomor {st}, dengan ini kami beritahukan bahwa BPK "
        f"akan melaksanakan {kind} atas {obj} pada KPU Provinsi Sumatera Selatan selama {days} hari "
        f"mulai tanggal {fmt_date(start, 'long')}, dengan susunan tim sebagai berikut:",
        justify=True,
    )
    roles = ["Penanggung Jawab", "Pengendali Teknis", "Ketua Tim"] + ["Anggota Tim"] * rng.randint(
        2, 3
    )
    table2(
        d,
        [28, d.W - 28 - 140, 140],
        [[f"{i}.", official_name(rng), r] for i, r in enumerate(roles, 1)],
        header=["No", "Nama", "Peran"],
    )
    d.para("Pertemuan pendahuluan (entry meeting) akan dilaksanakan pada:", justify=True)
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(start, "day")),
            ("Pukul", f"{rng.choice(('09.00', '09.30', '13.30'))} WIB"),
            ("Tempat", "Ruang Rapat KPU Provinsi Sumatera Selatan"),
        ],
        x=d.L + 16,
    )
    d.line_text("Untuk kelancaran pemeriksaan, mohon Saudara menyiapkan:")
    d.numbered(
        rng.sample(
            [
                "laporan keuangan dan catatan atas laporan keuangan;",
                "dokumen pertanggungjawaban belanja dan buku kas umum;",
                "daftar kontrak pengadaan barang dan jasa beserta dokumennya;",
                "laporan barang milik negara dan hasil inventarisasi;",
                "tindak lanjut atas rekomendasi hasil pemeriksaan tahun sebelumnya;",
                "ruang kerja bagi tim pemeriksa dan akses jaringan internet.",
            ],
            4,
        ),
        x=d.L + 10,
    )
    d.para(
        "Kami juga mohon Saudara menunjuk seorang pejabat penghubung (liaison officer) selama pemeriksaan berlangsung. Atas kerja sama Saudara kami ucapkan terima kasih.",
        justify=True,
    )
    sm_sign(d, rng, ["Kepala Perwakilan,"], with_nip=0.4)
    if rng.random() < 0.5:
        tembusan(d, ["Anggota V BPK", "Sekretaris Jenderal KPU", "Inspektur Utama KPU"])
    return Letter(
        "surat_masuk", "M04_bpk_entry_meeting", d.pages, sm_fields(nomor, ctx.date, subj, org)
    )


KPU_KEL = (
    ("26 Ilir D. I", "Bukit Kecil"),
    ("Talang Semut", "Bukit Kecil"),
    ("Lorok Pakjo", "Ilir Barat I"),
)


def m05_kelurahan_fogging(ctx: Ctx) -> Letter:
    """The kelurahan where the office (or its logistics warehouse) stands announces a fogging and
    mosquito-nest eradication round after dengue cases: PEMERINTAH KOTA / KECAMATAN / KELURAHAN
    letterhead, "443/..." number, schedule table No | Hari/Tanggal | Pukul | Lokasi, what the
    offices should do, the lurah signs with NIP."""
    rng = ctx.rng
    kel, kec = rng.choice(KPU_KEL)
    d = Doc(ctx, top=50)
    kop2(
        d,
        [
            ("PEMERINTAH KOTA PALEMBANG", ctx.b, 13),
            (f"KECAMATAN {kec.upper()}", ctx.b, 13),
            (f"KELURAHAN {kel.upper()}", ctx.b, 15),
        ],
        [
            f"Jl. {rng.choice(('Merdeka', 'Kapten A. Rivai', 'Letkol Iskandar'))} No. {rng.randint(2, 80)} Palembang Kode Pos 3012{rng.randint(1, 9)}"
        ],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    org = f"KELURAHAN {kel.upper()}"
    nomor = f"443/{rng.randint(10, 400)}/{abbr(kel) or 'KEL'}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Pelaksanaan Fogging",
            "Pelaksanaan Pengasapan (Fogging) dan PSN 3M Plus",
            "Pemberitahuan Kegiatan Pemberantasan Sarang Nyamuk",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), ("Sifat", "Penting"), (ll, "-"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Pimpinan Instansi/Kantor/Usaha",
            f"di Wilayah Kelurahan {kel}",
            "di -",
            "Tempat",
        ],
    )
    d.gap(6)
    n = rng.randint(2, 6)
    d.para(
        f"Menindaklanjuti ditemukannya {n} ({terbilang(n)}) kasus Demam Berdarah Dengue (DBD) di wilayah "
        f"Kelurahan {kel}, Puskesmas bersama Kelurahan akan melaksanakan pengasapan (fogging) dan "
        "pemberantasan sarang nyamuk dengan jadwal sebagai berikut:",
        justify=True,
    )
    day = add_wd(ctx.date, rng.randint(2, 5))
    rows = []
    for i in range(rng.randint(2, 4)):
        dd = add_wd(day, i * rng.choice((1, 7)) if i else 0)
        rows.append(
            [
                f"{i + 1}.",
                fmt_date(dd, "day"),
                f"{rng.choice(('07.00', '15.30', '16.00'))} WIB",
                f"RT {rng.randint(1, 30):02d} / RW {rng.randint(1, 9):02d}",
            ]
        )
    table2(d, [26, 170, 80, d.W - 276], rows, header=["No", "Hari/Tanggal", "Pukul", "Lokasi"])
    d.line_text("Sehubungan dengan hal tersebut, kami mohon Bapak/Ibu:")
    d.numbered(
        [
            "membuka akses halaman dan ruangan kantor bagi petugas pada waktu pelaksanaan;",
            "menutup makanan, minuman dan peralatan makan;",
            "melaksanakan 3M Plus (menguras, menutup, mendaur ulang) di lingkungan kantor.",
        ],
        x=d.L + 10,
    )
    d.para("Atas perhatian dan kerja samanya diucapkan terima kasih.", justify=True)
    sm_sign(d, rng, [f"Lurah {kel},"], with_nip=0.85)
    return Letter(
        "surat_masuk", "M05_kelurahan_fogging", d.pages, sm_fields(nomor, ctx.date, subj, org)
    )


def m06_pdam_tunggakan_rekening(ctx: Ctx) -> Letter:
    """The city water company reminds the office of unpaid water bills: blue band letterhead with a
    tag line, customer rows (number, name, address, tariff group), a table Bulan | Stand Meter |
    Pemakaian (m³) | Tagihan | Denda with the total and the amount in words, payment channels, a
    deadline before the supply is cut, "abaikan bila sudah membayar"; the branch manager signs."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    pg = d.pg
    blue = (0, 95, 170)
    pg.rect(0, 28, PW, 52, 0, None, blue)
    pg.circle(d.L + 22, 54, 18, 1.2, WHITE)
    pg.t(d.L + 50, 52, "PERUMDA AIR MINUM TIRTA MUSI PALEMBANG", "hb", 14, WHITE)
    pg.t(d.L + 50, 68, "Melayani dengan Sepenuh Hati", "hi", 8.5, WHITE)
    pg.t(
        d.L,
        94,
        "Jl. Rambutan Ujung No. 1 Palembang 30128  Telp. (0711) 355 222  Call Center 1500 373",
        "hr",
        7.8,
    )
    d.y = 120
    org = "PERUMDA AIR MINUM TIRTA MUSI PALEMBANG"
    nomor = f"{rng.randint(100, 3000)}/{rng.choice(('HLP', 'KEU', 'CAB-ILR'))}/TM/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Tunggakan Rekening Air",
            "Pemberitahuan dan Peringatan Pembayaran Rekening Air",
            "Tunggakan Rekening Air Minum",
        )
    )
    nomor_block(
        d, [(nl, nomor), (ll, "-"), (hl, subj)], right=place_date(rng, "Palembang", ctx.date)
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
    cust = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10000, 99999)}"
    d.para("Berdasarkan catatan kami, rekening air pelanggan berikut belum dibayar:", justify=True)
    kv_rows(
        d,
        [
            ("Nomor Pelanggan", cust),
            ("Nama Pelanggan", "KPU PROVINSI SUMATERA SELATAN"),
            ("Alamat", "JL. KAPTEN A. RIVAI NO. 95"),
            ("Golongan Tarif", "Instansi Pemerintah (4A)"),
        ],
        x=d.L + 16,
    )
    rows = []
    total = 0
    stand = rng.randint(12000, 40000)
    m = ctx.date.month
    y = ctx.date.year
    months = []
    for _ in range(rng.randint(2, 3)):
        m -= 1
        if m == 0:
            m, y = 12, y - 1
        months.append((m, y))
    for mm, yy in reversed(months):
        use = rng.randint(60, 220)
        bill = use * rng.choice((7450, 7450, 8100)) + 15000
        fine = 10000
        total += bill + fine
        rows.append(
            [f"{BULAN[mm - 1]} {yy}", f"{stand} - {stand + use}", str(use), rp0(bill), rp0(fine)]
        )
        stand += use
    table2(
        d,
        [110, 110, 70, d.W - 110 - 110 - 70 - 80, 80],
        rows,
        header=["Bulan", "Stand Meter", "Pemakaian (m³)", "Tagihan", "Denda"],
    )
    d.line_text(f"Jumlah yang harus dibayar (tagihan dan denda): {rp0(total)}", ctx.b)
    d.para(f"Terbilang: {terbilang(total).capitalize()} rupiah.", ctx.i, justify=True)
    due = add_wd(ctx.date, 7)
    d.para(
        f"Mohon tagihan tersebut dilunasi paling lambat tanggal {fmt_date(due, 'long')} melalui loket "
        "pembayaran, kantor pos, bank mitra atau aplikasi pembayaran daring. Apabila sampai batas "
        "waktu tersebut belum dibayar, aliran air akan dihentikan sementara. Apabila Saudara telah "
        "membayar, mohon surat ini diabaikan.",
        justify=True,
    )
    sign_block(d, ["Hormat kami,", "Manajer Cabang Ilir Barat,"], official_name(rng))
    return Letter(
        "surat_masuk", "M06_pdam_tunggakan_rekening", d.pages, sm_fields(nomor, ctx.date, subj, org)
    )


def m07_ki_permintaan_laporan_tahunan(ctx: Ctx) -> Letter:
    """The KI (no case, no register number) asks the office for its annual public-information
    service report: Pasal 12 UU 14/2008 and the Perki cited, a table No | Uraian | Jumlah with the
    last column dotted (requests received, granted in full / in part, refused, objections,
    disputes, average days), the deadline, the KI's e-mail; a surat_masuk however much it says
    "permohonan", "keberatan" and "sengketa"."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    org = kop_ki2(d, rng)
    yr = ctx.date.year - 1 if ctx.date.month <= 6 else ctx.date.year
    nl, ll, hl = labels(rng)
    nomor = ki_nomor(rng, ctx.date)
    subj = rng.choice(
        (
            f"Permintaan Laporan Layanan Informasi Publik Tahun {yr}",
            "Penyampaian Laporan Tahunan Layanan Informasi Publik",
            "Permintaan Data Layanan Informasi Publik",
        )
    )
    nomor_block(
        d,
        [(nl, nomor), (ll, "1 (satu) lembar"), (hl, subj)],
        right=place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "c.q. PPID", "di Palembang"]
    )
    d.gap(6)
    d.para(
        "Berdasarkan Pasal 12 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik "
        "dan Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, "
        "setiap badan publik wajib menyusun dan menyampaikan laporan layanan informasi publik. "
        f"Sehubungan dengan itu, kami minta Saudara menyampaikan laporan layanan Tahun {yr} dengan "
        "memuat sekurang-kurangnya data berikut:",
        justify=True,
    )
    uraian = [
        "Jumlah permohonan informasi publik yang diterima",
        "Jumlah permohonan yang dikabulkan seluruhnya",
        "Jumlah permohonan yang dikabulkan sebagian",
        "Jumlah permohonan yang ditolak beserta alasannya",
        "Rata-rata waktu pemenuhan permohonan (hari kerja)",
        "Jumlah keberatan yang diterima dan tanggapannya",
        "Jumlah sengketa informasi di Komisi Informasi",
    ]
    table2(
        d,
        [28, d.W - 28 - 120, 120],
        [[f"{i}.", u, ""] for i, u in enumerate(uraian, 1)],
        header=["No", "Uraian", "Jumlah"],
        dotted_cols=(2,),
    )
    due = add_wd(ctx.date, rng.randint(10, 20))
    d.para(
        f"Laporan disampaikan paling lambat tanggal {fmt_date(due, 'long')} dalam bentuk cetak dan "
        "elektronik melalui surel kip@sumselprov.go.id. Laporan tersebut akan menjadi bahan "
        "monitoring dan evaluasi keterbukaan informasi badan publik.",
        justify=True,
    )
    d.para("Atas perhatian dan kerja sama Saudara kami ucapkan terima kasih.", justify=True)
    ki_sign(d, rng)
    return Letter(
        "surat_masuk",
        "M07_ki_permintaan_laporan_tahunan",
        d.pages,
        sm_fields(nomor, ctx.date, subj, org),
    )


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_rumah_ibadah_lokasi_tps, 0.0, 0.4),
        (p02_redaksi_boks_kiri, 0.0, 0.4),
        (p03_wa_web_cetak, 0.0, 0.5),
        (p04_nomor_di_kaki, 0.0, 0.45),
        (p05_perihal_baris_sendiri, 0.5, 0.35),
        (p06_peneliti_luar_negeri_paspor, 0.0, 0.45),
        (p07_organisasi_mahasiswa_hijriah, 0.0, 0.4),
        (p08_ikd_tangkapan_layar, 0.0, 0.4),
        (p09_paguyuban_cap_menimpa_nama, 0.0, 0.0),
    ],
    "keberatan": [
        (k01_alasan_keberatan_bernomor, 0.0, 0.4),
        (k02_kuasa_identitas_ganda, 0.0, 0.4),
        (k03_dua_pengaju_garis_bawah, 0.35, 0.35),
        (k04_perpanjangan_lewat_waktu, 0.35, 0.35),
        (k05_pemdes_dpt_ditolak, 0.0, 0.35),
        (k06_hitam_tanpa_penjelasan, 0.0, 0.4),
    ],
    "sengketa": [
        (s01_para_pihak_pemberitahuan, 0.0, 0.4),
        (s02_akun_esengketa, 0.0, 0.45),
        (s03_ptun_aanmaning, 0.0, 0.35),
    ],
    "surat_masuk": [
        (m01_bawaslu_undangan_klarifikasi, 0.0, 0.35),
        (m02_bank_konfirmasi_saldo_payroll, 0.0, 0.35),
        (m03_kartu_duka_cita, 0.0, 0.3),
        (m04_bpk_entry_meeting, 0.0, 0.35),
        (m05_kelurahan_fogging, 0.0, 0.3),
        (m06_pdam_tunggakan_rekening, 0.0, 0.35),
        (m07_ki_permintaan_laporan_tahunan, 0.0, 0.4),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 21)
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
            # E.164: an Indonesian number, or a foreign one where the letter gives only that
            assert re.fullmatch(r"\+(62\d{8,12}|(?!62)[1-9]\d{7,13})", v), (lid, k, v)
            assert (v[3:] if v.startswith("+62") else v[1:]) in flat, (lid, k, v)
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
    rng = random.Random(f"twentyfirst-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s21_{k:04d}"
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
        print("usage: make_twentyfirst_corpus.py OUT_DIR N SEED")
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

# ruff: noqa: E501
"""Twelfth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_twelfth_corpus.py OUT_DIR N SEED

writes N letters (s12_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s12_0001_p1.jpg, s12_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the eleventh generator (and ../shared/sample/truth.jsonl): id, files,
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
eleventh generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces;
a landscape Lampiran page in S03); the rest are scans drawn with Pillow at 200 or 300 dpi (paper
tint, uneven light, skew up to 2 degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4
TIFF, now and then a page turned 90/180 degrees, a "DITERIMA" received stamp, organisation
stamps, signatures, meterai, a pasted 3x4 photo) saved as PNG, JPEG, multi-page TIFF or
image-only PDF; P03's typewritten letters are always scans.  Hand-filled / hand-written letters
(fifthhorseman dkg hand) are always scans, about 11 % of all letters.  Some letters carry a KTP
photocopy page; P04, P01 (Lampiran), S03, M03 and M06 run to 2-3 pages.

Layouts (code, class: one line each)
  P01_kuesioner_tabel_jawaban  permohonan  researcher's request as a questionnaire: table No |
                                           Pertanyaan ("Berapa jumlah ...?") | Jawaban with the
                                           answer column left empty (dotted) for the PPID; on the
                                           letter or a Lampiran page; personal or campus-centre letter
  P02_foreign_researcher_english permohonan foreign researcher writes in English with Indonesian
                                           labels beside ("Name / Nama"), passport and BRIN permit
                                           instead of NIK, local address and phone, counterpart signs
  P03_typewriter_caps_coret    permohonan  manual-typewriter letter all in capitals, values typed on
                                           underscored blanks, the obtain / delivery options typed in
                                           full and the unwanted ones struck by pen ("CORET YANG TIDAK
                                           PERLU"); always a scan
  P04_items_table_lanjutan     permohonan  NGO asks for a long list of documents in a table No | Rincian |
                                           Bentuk that runs onto page 2 under a "(lanjutan)" caption
                                           and a repeated header; delivery and signature after it
  P05_mpp_gerai_form           permohonan  the city's Mal Pelayanan Publik counter form: agency grid
                                           with the KPU booth ticked, queue number box, applicant
                                           data, ruled items, tick rows; typed at the counter or by hand
  P06_biodata_pasfoto_pernyataan permohonan "A. BIODATA PEMOHON" beside a pasted 3x4 photo (birth
                                           date, sex, religion rows), sections B-D, "E. PERNYATAAN"
                                           signed over a meterai with place and date above it
  P07_kelompok_orang_anggota   permohonan  residents of one RT ask as a group: the representative's
                                           identity block and a member table No | Nama | NIK | RT/RW
                                           | Tanda Tangan (signatures in the cells)
  P08_party_dpc_officer        permohonan  party branch (DPC / DPD) asks for voter-list data: coloured
                                           letterhead with emblem, the Ketua's or Sekretaris's identity
                                           block, Ketua and Sekretaris sign side by side, stamp between
  P09_hand_corrections         permohonan  hand-written letter with the writer's corrections: words
                                           crossed out and rewritten after them, a word added above
                                           the line with a caret, sometimes the day of the date redone
  K01_kab_form_numbered_grounds keberatan  the objection form of a KPU kabupaten/kota (its letterhead
                                           and code) used against the provincial PPID: sections 1-6
                                           with sub-numbers 1.1 ..., the seven grounds numbered 1-7,
                                           one ticked; typed or by hand, clerk's number sometimes
  K02_reply_surat_ppid_rows    keberatan   objection as a reply: a "Menjawab surat Saudara: Nomor /
                                           Tanggal" block under the Perihal, the first paragraph citing
                                           the PPID letter (or SK penolakan) and the request, the PPID's
                                           words quoted, identity in the body or under the signature
  K03_voice_note_transcript    keberatan   the desk's verbatim transcript of a WhatsApp voice message:
                                           header grid (sender number, profile, received, length), time-
                                           coded lines [00:12] ..., the clerk signs with a later date
  K04_bem_two_logos            keberatan   student executive board (BEM / DEMA): logos left and right,
                                           coloured heading with the cabinet's name, identity in a
                                           shaded grid (NIM beside NIK), minister signs, president
                                           countersigns "Mengetahui"
  K05_hand_drawn_table         keberatan   hand-written objection whose chronology is a table ruled by
                                           hand (wobbling lines) No | Tanggal | Kejadian; ground in words
  S01_ptun_relaas_kasasi       sengketa    PTUN Palembang bailiff's relaas notifying the KPU of the
                                           applicant's cassation: case number under the title, the day
                                           spelt out in words, KI putusan and register numbers in the
                                           body, "Yang Menerima" / "Jurusita Pengganti" signatures
  S02_mediasi_gagal_riwayat    sengketa    KI notice that mediation failed: "Objek sengketa" row, a
                                           "Riwayat penanganan perkara" table Tahap | Tanggal |
                                           Keterangan, the adjudication hearing; KI letterhead varied
  S03_jadwal_sidang_multi_perkara sengketa KI cover letter + landscape Lampiran: the week's hearing
                                           schedule of several cases and respondents, one of them the
                                           provincial KPU's PPID (another may be a KPU kabupaten's)
  M01_kppn_rekening_satker     surat_masuk treasury office (KPPN) on the satker's bank accounts: four-
                                           line ministry letterhead, "S-" number, the date alone at the
                                           top right, account table, "Ditandatangani secara elektronik"
  M02_kpk_lhkpn_wajib_lapor    surat_masuk KPK reminder of officials' wealth reports: red heading, table
                                           of officials and status, address in the page footer
  M03_arsip_pengawasan_kuesioner surat_masuk provincial records office announces an inspection, page
                                           2 a questionnaire ("Apakah ...?" | Ya | Tidak | Keterangan)
                                           about the KPU's own archives
  M04_penawaran_harga_vendor   surat_masuk vendor's priced offer: trade line under the company name,
                                           no date at the top (place and date above the signature),
                                           price table with PPN and total, terbilang, terms
  M05_pemberitahuan_aksi_unjuk_rasa surat_masuk alliance's notice of a demonstration at the KPU,
                                           addressed to the police, KPU in the Tembusan, demands to
                                           "open data"
  M06_draft_pks_universitas    surat_masuk faculty sends a draft cooperation agreement: cover letter +
                                           draft pages with a grey DRAF stamp, dotted blanks, Pasal 1-5
  M07_bawaslu_tanggal_dalam_nomor surat_masuk Bawaslu notice of supervision with the date only as a
                                           "Tanggal" row of the number block, team table, Tembusan
  M08_siaran_pers              surat_masuk press release (KI, Bawaslu or Diskominfo): SIARAN PERS,
                                           number sometimes, headline, dateline, quote, "###"

Truth conventions (as the eleventh generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item or purpose starts in lower case, the truth keeps the capital).
    Several requested items are joined with "; " without numbering and without final punctuation
    (".", ";", ","); P01's questions keep their question mark, which is part of the question, not
    list punctuation (as the blind generator's P-questions does).  phone E.164 (+62...; a landline
    "(0711) 35xxxx" -> +6271135xxxx; "(WA)" dropped), email lower-case even when typed in capitals,
    letter_date ISO.  Names keep prefixes and degrees, never Bapak/Ibu/Sdr.; capitals stay capitals
    (P03: name, address, occupation, items, purpose as typed).  NIK: 16 digits, mostly a Sumsel
    kab/kota code, sometimes another province's (first registration elsewhere), DDMMYY with day + 40
    for women; a KTP page supplies the NIK when the letter lacks it.
  * The applicant is the natural person who asks: P01 the researcher; P02 the foreign researcher (nik
    null: a passport or permit number is never a field; address the local one in Indonesia; English
    values as printed: occupation "Researcher", items, purpose, the bilingual subject); P04 the NGO's
    coordinator (address the one in his block, the secretariat's when labelled so); P07 the group's
    representative (Wakil Kelompok), the members' names and NIKs are not fields; P08 the party officer
    in the identity block (Ketua or Sekretaris), not the co-signer; K03 the speaker as the clerk
    transcribed the name (no degree spoken), phone the sender number in the header; K04 the objecting
    minister, not the president who countersigns.  occupation only from a Pekerjaan / Occupation
    label; a Jabatan, NIM, NIP, passport or party post is never one.
  * sender_org: the letterhead's name lines joined by a space; umbrella lines (PEMERINTAH ...,
    KEMENTERIAN ..., DIREKTORAT JENDERAL ..., KANTOR WILAYAH ..., MAHKAMAH AGUNG ...) and tag lines
    (a company's trade line, K04's "KABINET ..." line) left out: P01 university + centre; P08 level
    + party + area ("DEWAN PIMPINAN CABANG PARTAI ... KABUPATEN ..."); K04 the board's two lines;
    S01 "PENGADILAN TATA USAHA NEGARA PALEMBANG"; S02 / S03 / M08 the KI as printed (title case when
    the heading is in title case); M01 "KANTOR PELAYANAN PERBENDAHARAAN NEGARA <KOTA>"; M03 "DINAS
    PERPUSTAKAAN DAN KEARSIPAN"; M08 Diskominfo "DINAS KOMUNIKASI DAN INFORMATIKA".  null for
    individuals and for forms and records that are not the writer's letterhead: P05's Mal Pelayanan
    Publik form, K01's kabupaten form (printed by another KPU office), K03's desk transcript.
  * letter_number: the letter's own Nomor; K01 the clerk's Nomor Registrasi Keberatan when written in
    (the form's code "Form. KEB-01" is not one); S01 the Nomor under the relaas title (the PTUN case
    number; the Akta Permohonan Kasasi and KI putusan numbers are not); P05's queue number, K02's
    cited PPID letter / SK number and a press release without "Nomor:" give none.  subject: a Hal /
    Perihal / Hal ikhwal line or P02's "Subject / Perihal" value; null for P05, P06 (the title is not
    a Hal), K03, S01 and M08 (a headline is not a Hal).
  * letter_date: the writer's date: P06 the place-date above the signature (the birth date in the
    biodata is not), P09 the date as corrected (the crossed-out day is not), K03 the day the voice
    message was received (not the transcription date), S01 the day spelt out in words, S03 the cover
    letter's date (not the hearing days), M04 the place-date above the signature, M07 the "Tanggal"
    row of the number block, M08 the dateline.
  * obtain_method / delivery_method from ticks, table columns or words: P03 the option left unstruck
    (null when the writer struck none, or struck every delivery option); P04 the Bentuk column, all
    rows alike ("Salinan" -> salinan, "Fotokopi" / "Hardcopy" -> salinan_hardcopy, "Softcopy" ->
    salinan_softcopy); P05 "Diambil di gerai" -> mengambil_langsung.  objection_reason_code from the
    ticked box, the cited huruf or the ground in words; K01's grounds are numbered 1-7 in the
    statute's order and map by meaning to a-g (1 -> a ... 7 -> g).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran only, null when the
    letter does not print it (K02: the PPID letter's number is neither the reference nor the
    objection's own number).  sengketa letters carry the applicant's name (address when printed), the
    requested information when printed (S02 the "Objek sengketa" value without the bracketed Nomor
    Pendaftaran), the cited request number when printed, the KI register number and the letter's own
    number, date, subject and sender; S03 takes applicant and register number only from the row whose
    Termohon is the provincial KPU's PPID.  surat_masuk carries only letter_number, letter_date,
    subject and sender_org, however much it asks or says "data", "informasi" or "Apakah ...?" (M03's
    questionnaire, M05's demands to open data, M07's request for minutes, M01 / M02's requests).
  * Stamps, signatures, meterai, logos, P06's 3x4 photo and M06's DRAF stamp are pictures, not
    page text; P09's crossed-out words are page text (they are written on the page) but never fall
    inside a value, its caret insertion is a line of its own.  The received stamp is described in
    scan.pages[i].stamps.  handwritten is true when field values are hand-written (P05 and K01 hand
    variants, P09, K05).
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
# helpers shared with the eleventh generator
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


def workday_before(d: date, back: int) -> date:
    x = d - timedelta(days=back)
    while x.weekday() > 4:
        x -= timedelta(days=1)
    return x


def page_footers(pages: list[Page], left: str, font: str) -> None:
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.line(60, pg.h - 42, pg.w - 60, pg.h - 42, 0.4, GREY)
        pg.t(60, pg.h - 30, left, font, 8)
        pg.t(pg.w - 60, pg.h - 30, f"Halaman {i} dari {n}", font, 8, align="r")


# ---------------------------------------------------------------------------------------------
# helpers of the twelfth layouts
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


def wobble_line(pg: Page, rng: random.Random, x1, y1, x2, y2, color, w=0.9):
    """A line ruled by hand: short segments that drift a little."""
    n = max(2, int(math.hypot(x2 - x1, y2 - y1) // 18))
    px, py = x1, y1
    off = 0.0
    for k in range(1, n + 1):
        t = k / n
        off = max(-2.2, min(2.2, off + rng.uniform(-0.7, 0.7)))
        nx = x1 + (x2 - x1) * t + (off if x1 == x2 else 0)
        ny = y1 + (y2 - y1) * t + (off if y1 == y2 else 0)
        if k == n:
            nx, ny = x2 + (off * 0.3 if x1 == x2 else 0), y2 + (off * 0.3 if y1 == y2 else 0)
        pg.line(px, py, nx, ny, w, color)
        px, py = nx, ny


def photo_img(rng: random.Random, male: bool) -> Image.Image:
    """A 3x4 passport photo: red or blue backdrop, a head-and-shoulders silhouette."""
    w, h = 240, 320
    bg = rng.choice(((190, 30, 35), (40, 80, 170), (200, 40, 45)))
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice(((205, 160, 125), (180, 135, 100), (225, 185, 150)))
    d.ellipse((35, 215, 205, 380), fill=(30, 30, 35) if male else (240, 240, 240))
    d.rectangle((100, 175, 140, 230), fill=skin)
    d.ellipse((72, 60, 168, 190), fill=skin)
    if male:
        d.chord((68, 45, 172, 130), 180, 360, fill=(25, 20, 20))
    else:
        d.chord((55, 40, 185, 200), 180, 360, fill=(40, 40, 120))
        d.rectangle((55, 118, 80, 235), fill=(40, 40, 120))
        d.rectangle((160, 118, 185, 235), fill=(40, 40, 120))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def draft_watermark() -> Image.Image:
    """A light diagonal "DRAF" stamp, a picture (no text layer)."""
    im = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    ImageDraw.Draw(im).text(
        (450, 150), "DRAF", font=pil_font("hb", 210), fill=(150, 150, 150, 60), anchor="mm"
    )
    return im.rotate(35, expand=True, resample=Image.BICUBIC)


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
            out.append(w[0].upper() + w[1:].lower())
    return " ".join(out)


def en_date(d: date, rng: random.Random) -> str:
    return rng.choice(
        (
            f"{d.day} {BULAN_EN[d.month - 1]} {d.year}",
            f"{BULAN_EN[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d} {BULAN_EN[d.month - 1]} {d.year}",
        )
    )


def words_date(d: date) -> str:
    """A date spelt out as in a court relaas."""
    return f"tanggal {terbilang(d.day)} bulan {BULAN[d.month - 1]} tahun {terbilang(d.year)}"


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


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
QUESTIONS = (
    "Berapa jumlah pemilih dalam DPT Pemilu 2024 di {kab}?",
    "Berapa jumlah TPS yang melaksanakan pemungutan suara ulang pada Pemilihan Gubernur 2024 dan di kabupaten/kota mana saja?",
    "Berapa anggaran yang dialokasikan untuk sosialisasi dan pendidikan pemilih pada Tahun Anggaran 2025?",
    "Berapa jumlah permohonan informasi publik yang diterima PPID KPU Provinsi Sumatera Selatan selama Tahun 2025?",
    "Berapa hari kerja rata-rata yang dibutuhkan PPID untuk menjawab satu permohonan informasi pada Tahun 2025?",
    "Apakah KPU Provinsi Sumatera Selatan telah menetapkan Daftar Informasi yang Dikecualikan berdasarkan uji konsekuensi?",
    "Berapa jumlah pemilih pemula berusia 17 sampai 21 tahun dalam DPT Pemilu 2024 per kabupaten/kota?",
    "Berapa jumlah perempuan yang menjadi anggota PPK dan PPS pada Pemilihan Tahun 2024?",
    "Bagaimana tahapan pemutakhiran data pemilih berkelanjutan yang dilaksanakan setiap semester?",
    "Berapa jumlah keberatan yang diajukan kepada Atasan PPID pada Tahun 2025 dan bagaimana hasilnya?",
    "Berapa jumlah pemilih yang memberikan suara di TPS lokasi khusus lapas dan rutan pada Pemilu 2024?",
    "Kapan rapat pleno rekapitulasi daftar pemilih berkelanjutan Semester I Tahun 2026 akan dilaksanakan?",
    "Berapa jumlah anggota KPPS yang mengalami sakit atau meninggal dunia selama Pemilihan Tahun 2024?",
    "Berapa tingkat partisipasi pemilih penyandang disabilitas pada Pemilihan Gubernur 2024 di {kab}?",
)
UNIS = [
    (
        ["UNIVERSITAS SRIWIJAYA", "LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT"],
        "LPPM-UNSRI",
        "Jl. Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662",
    ),
    (
        ["UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG", "PUSAT STUDI GENDER DAN ANAK"],
        "PSGA-UINRF",
        "Jl. Prof. K.H. Zainal Abidin Fikri Km. 3,5 Palembang 30126",
    ),
    (
        ["UNIVERSITAS MUHAMMADIYAH PALEMBANG", "PUSAT KAJIAN OTONOMI DAERAH"],
        "PKOD-UMP",
        "Jl. Jenderal Ahmad Yani 13 Ulu Palembang 30263",
    ),
    (
        ["UNIVERSITAS PGRI PALEMBANG", "LABORATORIUM ILMU PEMERINTAHAN"],
        "LIP-UPGRI",
        "Jl. Jenderal Ahmad Yani Lr. Gotong Royong 9/10 Ulu Palembang",
    ),
    (
        ["UNIVERSITAS BINA DARMA", "PUSAT STUDI DATA DAN KEBIJAKAN PUBLIK"],
        "PSDKP-UBD",
        "Jl. Jenderal Ahmad Yani No. 3 Palembang 30264",
    ),
]
RESEARCH_TITLES = (
    "Kualitas Layanan Informasi Publik pada Lembaga Penyelenggara Pemilu di Sumatera Selatan",
    "Partisipasi Pemilih Pemula pada Pemilihan Serentak 2024",
    "Akurasi Daftar Pemilih dan Pemutakhiran Data Berkelanjutan",
    "Keterwakilan Perempuan dalam Badan Ad Hoc Pemilihan",
    "Tata Kelola Pemungutan Suara Ulang di Tingkat Provinsi",
)
RESEARCH_PURPOSES = (
    "Bahan analisis penelitian yang hasilnya akan dipublikasikan dalam jurnal ilmiah",
    "Data primer penyusunan disertasi pada Program Doktor Ilmu Sosial",
    "Bahan penyusunan laporan penelitian hibah internal universitas",
    "Data pendukung skripsi mahasiswa bimbingan kami",
    "Bahan kajian kebijakan yang akan diserahkan kepada pemangku kepentingan",
)


def p01_kuesioner_tabel(ctx: Ctx) -> Letter:
    """A researcher's request set out as a questionnaire: a table No | Pertanyaan | Jawaban with
    the answer column left empty (dotted lines) for the PPID to fill; on the letter or on a
    Lampiran page; personal letter or a university centre's letterhead."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    p = make_person(
        rng, degree_p=0.75, job=rng.choice(("Dosen", "Peneliti", "Mahasiswa", "Aktivis LSM"))
    )
    centre = rng.random() < 0.55
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik (Daftar Pertanyaan)",
            "Permohonan Jawaban atas Daftar Pertanyaan Penelitian",
            "Permohonan Informasi melalui Kuesioner",
        )
    )
    on_annex = rng.random() < 0.4
    num = org = None
    if centre:
        names, ab, addr_c = rng.choice(UNIS)
        org = " ".join(names)
        kop2(
            d,
            [(names[0], ctx.b, 13.5), (names[1], ctx.b, 11.5)],
            [addr_c + f"  Telp. (0711) {rng.randint(35, 58)}{rng.randint(1000, 9999)}"],
            rng.choice(("l", "l", "c", "r")),
            rng.choice((INK, NAVY)),
            rng.choice(("double", "thinthick", "single")),
            kinds=("shield",),
        )
        num = f"{rng.randint(10, 480):03d}/{ab}/{roman(ctx.date.month)}/{ctx.date.year}"
        nomor_block(
            d,
            [(nl, num), (ll, "1 (satu) berkas" if on_annex else "-"), (hl, subj)],
            place_date(rng, "Palembang", ctx.date),
        )
    else:
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
        lw = tw(ll, ctx.r, ctx.size) + 8
        d.kv(hl, subj, lw)
        d.kv(ll, "1 (satu) lembar daftar pertanyaan" if on_annex else "-", lw)
        d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    title = rng.choice(RESEARCH_TITLES)
    d.para(
        f'Dalam rangka penelitian berjudul "{title}", {"saya" if not centre else "kami"} yang bertanda tangan di bawah ini:',
        justify=True,
    )
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.7
    show_mail = rng.random() < 0.65
    addr = fmt_address(p, rng)
    rows = [("Nama Peneliti" if rng.random() < 0.5 else "Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    else:
        rows.append(
            (
                "Jabatan",
                rng.choice(("Ketua Tim Peneliti", "Peneliti Utama", "Anggota Tim Peneliti")),
            )
        )
    rows += [("Alamat", addr), ("Telepon", wa_phone(rng, p["phone"]))]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    qs: list[str] = []
    kab = rng.choice(KABS)
    while len(qs) < rng.randint(3, 6):
        q = rng.choice(QUESTIONS).format(kab=kab)
        if q not in qs:
            qs.append(q)
    purpose = rng.choice(RESEARCH_PURPOSES)
    v = rng.randint(0, 3)
    ob, dl = [
        ("salinan_softcopy", "email"),
        ("salinan_hardcopy", "pos"),
        (None, None),
        (None, "mengambil_langsung"),
    ][v]
    if v == 0 and not show_mail:
        show_mail = True
        tail = f"Jawaban beserta dokumen pendukungnya mohon dikirim dalam bentuk softcopy melalui e-mail ke {p['email_printed']}."
    else:
        tail = [
            "Jawaban beserta dokumen pendukungnya mohon dikirim dalam bentuk softcopy melalui e-mail.",
            "Jawaban beserta salinan cetak (hardcopy) dokumen pendukungnya mohon dikirim melalui pos ke alamat di atas.",
            "",
            "Jawaban tertulis akan saya ambil langsung di kantor PPID.",
        ][v]
    intro = (
        "mengajukan permohonan informasi publik dalam bentuk daftar pertanyaan sebagaimana terlampir. Kolom jawaban mohon diisi oleh PPID atau pejabat yang ditunjuk."
        if on_annex
        else "mengajukan permohonan informasi publik dalam bentuk daftar pertanyaan di bawah ini. Kolom jawaban mohon diisi oleh PPID atau pejabat yang ditunjuk:"
    )
    d.para(intro, justify=True)
    qhead = ["No", "Pertanyaan", rng.choice(("Jawaban (diisi PPID)", "Jawaban", "Jawaban / Data"))]
    widths = [26, d.W * 0.56, d.W * 0.44 - 26]
    qrows = [[str(i), q, ""] for i, q in enumerate(qs, 1)]
    if not on_annex:
        table2(
            d,
            widths,
            qrows,
            qhead,
            min_lines=3,
            dotted_cols=(2,),
            cont_caption="Daftar Pertanyaan (lanjutan)",
        )
    d.para(
        f"Jawaban atas pertanyaan tersebut akan {'kami' if centre else 'saya'} gunakan sebagai {lc1(purpose)}. {tail}".strip(),
        justify=True,
    )
    d.need(150)
    d.para(rng.choice(CLOSE if not centre else CLOSE_K))
    sign_block(
        d,
        ["Hormat kami," if centre else "Hormat saya,"]
        + (["Ketua Tim Peneliti,"] if centre and not show_job else []),
        p["name"],
        stamp=(names[1][:30], ab) if centre else None,
    )
    if on_annex:
        d.newpage()
        d.line_text("Lampiran", ctx.r, ctx.size - 0.5)
        d.line_text("DAFTAR PERTANYAAN", ctx.b, ctx.size + 1, align="c")
        d.line_text(title, ctx.i, ctx.size - 0.5, align="c")
        d.gap(6)
        table2(
            d,
            widths,
            qrows,
            qhead,
            min_lines=4,
            dotted_cols=(2,),
            cont_caption="Daftar Pertanyaan (lanjutan)",
        )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(qs),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P01_kuesioner_tabel_jawaban", d.pages, fields)


FOREIGNERS = [
    ("Emily", "Carter", False, "Australian", "Australian National University", "anu.edu.au"),
    ("Jeroen", "van der Berg", True, "Dutch", "Leiden University", "umail.leidenuniv.nl"),
    ("Kenji", "Watanabe", True, "Japanese", "Kyoto University", "kyoto-u.ac.jp"),
    ("Sophie", "Lambert", False, "French", "Sciences Po Paris", "sciencespo.fr"),
    ("Daniel", "Okafor", True, "British", "University of Leeds", "leeds.ac.uk"),
    ("Hannah", "Lindqvist", False, "Swedish", "Lund University", "lu.se"),
    ("Matthew", "Reyes", True, "American", "Cornell University", "cornell.edu"),
    ("Ji-woo", "Park", False, "South Korean", "Seoul National University", "snu.ac.kr"),
]
EN_ITEMS = (
    "Voter turnout figures for the 2024 South Sumatra gubernatorial election, by regency/city",
    "Final voter list (DPT) totals for the 2024 General Election, by regency/city and sex",
    "Minutes of the provincial recapitulation plenary meeting of the 2024 gubernatorial election",
    "Number of ad hoc election workers (PPK, PPS and KPPS) in 2024, by sex",
    "List of polling stations that held re-voting (PSU) in the 2024 elections in South Sumatra",
    "Annual report of the PPID of KPU South Sumatra for 2025",
    "Budget realisation report of the 2024 gubernatorial election grant (dana hibah)",
    "Number of voters with disabilities in the 2024 final voter list, by type of disability",
)
EN_PURPOSES = (
    "Doctoral dissertation research on electoral governance in Indonesian provinces",
    "Comparative research on voter registration practices in Southeast Asia",
    "A peer-reviewed journal article on local election administration in South Sumatra",
    "Fieldwork for a postdoctoral project on transparency of election management bodies",
)


def p02_foreign_researcher_en(ctx: Ctx) -> Letter:
    """A foreign researcher's request written in English with Indonesian labels beside the
    English ones (Name / Nama ...): passport instead of NIK, a BRIN research permit, a local
    address and phone, the Indonesian counterpart countersigns."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("times", "helv", "serif", "dejavu"))]
    d = Doc(ctx, top=64)
    first, last, male, nat, uni, dom = rng.choice(FOREIGNERS)
    core = f"{first} {last}"
    name = rng.choice((core, core, f"Dr. {core}", f"{core}, M.A.", f"{core}, M.Sc."))
    local = make_person(rng, male=male)
    while local["city"] != "Palembang":
        local = make_person(rng, male=male)
    p_e164, p_printed = local["e164"], local["phone"]
    email = rng.choice(
        (
            f"{first[0].lower()}.{last.lower().replace(' ', '')}@{dom}",
            f"{first.lower().replace('-', '')}.{last.lower().replace(' ', '')}@{dom}",
        )
    )
    d.line_text(f"Palembang, {en_date(ctx.date, rng)}", align="r")
    d.gap(4)
    for s in [
        "To / Kepada Yth.:",
        "The Information and Documentation Officer (PPID)",
        "General Elections Commission of South Sumatra Province",
        "(KPU Provinsi Sumatera Selatan)",
        "Jl. Kapten A. Rivai No. 95, Palembang",
    ]:
        d.line_text(s)
    d.gap(6)
    subj = rng.choice(
        (
            "Request for Public Information (Permohonan Informasi Publik)",
            "Request for Public Information",
            "Permohonan Informasi Publik / Request for Public Information",
        )
    )
    slab = rng.choice(("Subject / Perihal", "Re / Perihal", "Perihal / Subject"))
    d.kv(slab, subj, tw(slab, ctx.r, ctx.size) + 6, vfont=ctx.b)
    d.gap(6)
    d.line_text("Dear Sir or Madam,")
    topic = rng.choice(
        (
            "electoral governance",
            "voter registration",
            "election transparency",
            "local election administration",
        )
    )
    d.para(
        f"I am writing to request public information held by the General Elections Commission of South Sumatra Province under Law No. 14 of 2008 on Public Information Disclosure. I am a researcher at {uni}, currently conducting fieldwork in Indonesia on {topic}. My details are as follows:",
        justify=True,
    )
    show_job = rng.random() < 0.7
    job = rng.choice(("Researcher", "Lecturer", "PhD Candidate", "Doctoral Researcher"))
    addr = rng.choice(
        (
            f"{local['street']}, Kel. {local['kel']}, Kec. {local['kec']}, Palembang",
            f"Wisma {rng.choice(('Sriwijaya', 'Ampera', 'Musi'))} Guest House, {local['street']}, Palembang",
            fmt_address(local, rng, 0),
        )
    )
    passport = f"{rng.choice('ABCELNPX')}{rng.randint(1000000, 9999999)}"
    permit = f"{rng.randint(100, 999)}/SIP/IV/{ctx.date.year}"
    rows = [
        ("Name / Nama", name),
        ("Nationality / Kewarganegaraan", nat),
        ("Passport No. / No. Paspor", passport),
    ]
    if show_job:
        rows.append(("Occupation / Pekerjaan", job))
    rows += [
        ("Institution / Instansi", uni),
        ("Research permit / Izin Penelitian", f"BRIN No. {permit}"),
        ("Local address / Alamat di Indonesia", addr),
        ("Phone / Telepon", p_printed),
        ("E-mail / Surel", email if rng.random() < 0.8 else email.capitalize()),
    ]
    lw = max(tw(k, ctx.r, ctx.size - 0.5) for k, _ in rows) + 8
    for k, v in rows:
        d.kv(k, v, lw, size=ctx.size - 0.5, x=d.L + 10)
    d.gap(4)
    items: list[str] = []
    while len(items) < rng.randint(1, 3):
        it = rng.choice(EN_ITEMS)
        if it not in items:
            items.append(it)
    d.line_text("The information requested / Informasi yang dimohon:", ctx.b)
    d.numbered(items, rng.choice(("{}.", "({})")), x=d.L + 10, hang=20)
    purpose = rng.choice(EN_PURPOSES)
    d.kv("Purpose / Tujuan", purpose, tw("Purpose / Tujuan", ctx.r, ctx.size) + 6)
    v = rng.randint(0, 2)
    ob, dl, how = [
        (
            "salinan_softcopy",
            "email",
            "I would be grateful to receive the information as a soft copy (PDF or Excel) by e-mail to the address above.",
        ),
        (
            "salinan_hardcopy",
            "mengambil_langsung",
            "I will collect printed copies (hardcopy) in person at your office.",
        ),
        ("melihat", None, "I would like to read the documents and take notes at your office."),
    ][v]
    d.para(how, justify=True)
    cp = make_person(rng, degree_p=1.0)
    d.para(
        f"My Indonesian counterpart, {cp['name']} of Universitas Sriwijaya, has acknowledged this request and can be reached at {cp['phone']}. Thank you for your kind assistance. / Terima kasih atas bantuan Bapak/Ibu.",
        justify=True,
    )
    d.gap(2)
    d.need(130)
    y0 = d.y
    sign_block(d, ["Acknowledged by / Mengetahui,", "Counterpart,"], cp["name"], x=d.L)
    d.y = y0
    sign_block(d, ["Yours faithfully,", ""], name)
    fields = F(
        applicant_name=name,
        address=addr,
        phone=p_e164,
        email=email,
        occupation=job if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P02_foreign_researcher_english", d.pages, fields)


TT_INK = ((35, 35, 38), (25, 30, 60), (55, 50, 50))


def tt_line(d: Doc, x: float, y: float, s: str, size: float, ink) -> float:
    """Typewriter text: each word on its own slightly uneven baseline, ink a little uneven;
    returns the x after the text."""
    rng = d.ctx.rng
    for w in s.split(" "):
        if w:
            g = rng.randint(-18, 12)
            col = tuple(max(0, min(255, v + g)) for v in ink)
            d.pg.t(
                x + rng.uniform(-0.25, 0.25),
                y + rng.uniform(-0.45, 0.45),
                w,
                getattr(d.ctx, "tt_font", "cr"),
                size,
                col,
            )
        x += tw(w + " ", "cr", size)
    return x


def tt_blank(
    d: Doc, label: str, value: str, lw: float, size: float, ink, x=None, blank_to=None
) -> None:
    """LABEL : value typed on an underscored blank running to the right margin."""
    x = d.L if x is None else x
    vx = x + lw + tw(": ", "cr", size)
    right = blank_to or d.R
    lines = wrap(value, "cr", size, right - vx) if value else [""]
    lead = size * 1.55
    d.need(lead * len(lines))
    tt_line(d, x, d.y, label, size, ink)
    tt_line(d, x + lw, d.y, ":", size, ink)
    for ln in lines:
        tt_line(d, vx, d.y, ln, size, ink)
        d.pg.line(vx - 2, d.y + 2.2, right, d.y + 2.2, 0.55, ink, (4.2, 0.8))
        d.y += lead


def tt_options(
    d: Doc, label: str, opts: list[str], keep: set[int], lw: float, size: float, ink, pen, x=None
) -> None:
    """LABEL : A / B / C with the options not wanted struck through by pen ("coret yang tidak
    perlu")."""
    x = d.L if x is None else x
    vx = x + lw + tw(": ", "cr", size)
    lead = size * 1.55
    d.need(lead * 2)
    tt_line(d, x, d.y, label, size, ink)
    tt_line(d, x + lw, d.y, ":", size, ink)
    cx = vx
    rng = d.ctx.rng
    for i, o in enumerate(opts):
        w = tw(o, "cr", size)
        if cx + w > d.R:
            d.y += lead
            cx = vx
        tt_line(d, cx, d.y, o, size, ink)
        if i not in keep:
            yy = d.y - size * 0.32
            d.pg.line(
                cx - 2, yy + rng.uniform(-1, 1), cx + w + 2, yy + rng.uniform(-1.5, 1.5), 1.1, pen
            )
        cx += w
        if i < len(opts) - 1:
            cx = tt_line(d, cx, d.y, " /", size, ink)
    d.y += lead


TT_OB = [
    ("MELIHAT/MEMBACA", "melihat"),
    ("SALINAN CETAK (HARDCOPY)", "salinan_hardcopy"),
    ("SALINAN ELEKTRONIK (SOFTCOPY)", "salinan_softcopy"),
]
TT_DL = [
    ("DIAMBIL LANGSUNG", "mengambil_langsung"),
    ("POS", "pos"),
    ("KURIR", "kurir"),
    ("E-MAIL", "email"),
]


def p03_typewriter_caps(ctx: Ctx) -> Letter:
    """A letter typed on a manual typewriter, all in capitals (Courier, uneven baseline), values
    typed on underscored blanks; the obtain / delivery options are typed in full and the ones not
    wanted struck out by pen ("*) CORET YANG TIDAK PERLU").  Always a scan."""
    rng = ctx.rng
    size = rng.choice((10.0, 10.5, 11.0))
    ink = rng.choice(TT_INK)
    ctx.tt_font = rng.choice(("cr", "cb", "cb"))
    pen = ctx.ink
    d = Doc(ctx, top=70, left=72, right=PW - 60)
    p = make_person(rng, degree_p=0.25, prefix_p=0.2)
    p_name = p["name"].upper()
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 6))).upper()
    ds = fmt_date(ctx.date, rng.choice(("upper", "long", "long0"))).upper()
    d.y = 70
    tt_line(
        d,
        d.R - tw(f"{p['city'].upper()}, {ds}", "cr", size),
        d.y,
        f"{p['city'].upper()}, {ds}",
        size,
        ink,
    )
    d.y += size * 2.2
    with_ktp = rng.random() < 0.4
    subj = rng.choice(
        ("PERMOHONAN INFORMASI PUBLIK", "PERMOHONAN DATA DAN INFORMASI", "MOHON INFORMASI PUBLIK")
    )
    hl = rng.choice(("PERIHAL", "HAL"))
    lw0 = tw("LAMPIRAN ", "cr", size)
    for lab, val in ((hl, subj), ("LAMPIRAN", "1 (SATU) LEMBAR FOTOKOPI KTP" if with_ktp else "-")):
        tt_line(d, d.L, d.y, lab, size, ink)
        tt_line(d, d.L + lw0, d.y, ": " + val, size, ink)
        d.y += size * 1.55
    d.y += size
    block = rng.choice(
        (
            [
                "KEPADA",
                "YTH. BAPAK KETUA KPU PROVINSI SUMATERA SELATAN",
                "C.Q. PPID",
                "DI -",
                "   PALEMBANG",
            ],
            [
                "KEPADA YTH.",
                "PEJABAT PENGELOLA INFORMASI DAN",
                "DOKUMENTASI KPU PROV. SUMSEL",
                "DI -",
                "   PALEMBANG",
            ],
        )
    )
    xk = d.L + rng.choice((0, 200))
    if any(xk + tw(s, "cr", size) > d.R for s in block):
        xk = d.L
    for s in block:
        tt_line(d, xk, d.y, s, size, ink)
        d.y += size * 1.55
    d.y += size
    for s in ("DENGAN HORMAT,", "YANG BERTANDA TANGAN DIBAWAH INI :"):
        tt_line(d, d.L, d.y, s, size, ink)
        d.y += size * 1.55
    show_job = rng.random() < 0.75
    show_nik = rng.random() < 0.8
    lw = tw("NOMOR TELEPON/HP ", "cr", size)
    x1 = d.L + 24
    tt_blank(d, "NAMA", p_name, lw, size, ink, x=x1)
    if show_nik:
        tt_blank(d, rng.choice(("NOMOR KTP", "NO. KTP/NIK", "NIK")), p["nik"], lw, size, ink, x=x1)
    if show_job:
        tt_blank(d, "PEKERJAAN", p["job"].upper(), lw, size, ink, x=x1)
    tt_blank(d, "ALAMAT", addr, lw, size, ink, x=x1)
    tt_blank(d, "NOMOR TELEPON/HP", p["phone"], lw, size, ink, x=x1)
    ob_i = rng.choice((0, 1, 2, 1, 2))
    dl_i = {0: rng.choice((0, None)), 1: rng.choice((0, 1, 2)), 2: rng.choice((3, 3, 0))}[ob_i]
    show_mail = dl_i == 3 or rng.random() < 0.3
    if show_mail:
        tt_blank(d, "E-MAIL", p["email_printed"].upper(), lw, size, ink, x=x1)
    d.y += size * 0.5
    tt_line(d, d.L, d.y, "DENGAN INI MENGAJUKAN PERMOHONAN INFORMASI SEBAGAI BERIKUT :", size, ink)
    d.y += size * 1.55
    items = [it.upper() for it in info_items(rng, 1, 3)]
    tt_line(d, x1 - 18, d.y, "1.", size, ink)
    tt_line(d, x1, d.y, "RINCIAN INFORMASI YANG DIBUTUHKAN :", size, ink)
    d.y += size * 1.55
    for i, it in enumerate(items):
        tt_line(d, x1 + 6, d.y, "ABCDE"[i] + ".", size, ink)
        for ln in wrap(it, "cr", size, d.R - x1 - 26):
            d.need(size * 1.55)
            tt_line(d, x1 + 26, d.y, ln, size, ink)
            d.pg.line(x1 + 24, d.y + 2.2, d.R, d.y + 2.2, 0.55, ink, (4.2, 0.8))
            d.y += size * 1.55
    purpose = rng.choice(PURPOSES).upper()
    lw2 = tw("TUJUAN PENGGUNAAN INFORMASI ", "cr", size)
    for no, lab in (("2.", "TUJUAN PENGGUNAAN INFORMASI"),):
        d.need(size * 3)
        tt_line(d, x1 - 18, d.y, no, size, ink)
        tt_blank(d, lab, purpose, lw2, size, ink, x=x1)
    forgot = rng.random() < 0.12
    keep_ob = set(range(3)) if forgot else {ob_i}
    keep_dl = set(range(4)) if forgot else ({dl_i} if dl_i is not None else set())
    tt_line(d, x1 - 18, d.y, "3.", size, ink)
    tt_options(d, "CARA MEMPEROLEH *)", [o for o, _ in TT_OB], keep_ob, lw2, size, ink, pen, x=x1)
    tt_line(d, x1 - 18, d.y, "4.", size, ink)
    tt_options(
        d,
        "CARA MENDAPATKAN SALINAN *)",
        [o for o, _ in TT_DL],
        keep_dl,
        lw2 + tw(" ", "cr", size),
        size,
        ink,
        pen,
        x=x1,
    )
    d.y += size * 0.6
    for ln in wrap(
        "DEMIKIAN PERMOHONAN INI SAYA BUAT DENGAN SEBENARNYA, ATAS PERHATIAN BAPAK/IBU SAYA UCAPKAN TERIMA KASIH.",
        "cr",
        size,
        d.W,
    ):
        d.need(size * 1.55)
        tt_line(d, d.L, d.y, ln, size, ink)
        d.y += size * 1.55
    d.need(110)
    xs = d.R - max(190, tw(f"( {p_name} )", "cr", size) + 10)
    d.y += size
    tt_line(d, xs, d.y, "HORMAT SAYA,", size, ink)
    ctx.sig(d.pg, xs + 10, d.y + 6, 90)
    d.y += 58
    tt_line(d, xs, d.y, f"( {p_name} )", size, ink)
    d.y += size * 3
    tt_line(d, d.L, d.y, "*) CORET YANG TIDAK PERLU", size - 1.5, ink)
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    ob = None if forgot else TT_OB[ob_i][1]
    dl = None if (forgot or dl_i is None) else TT_DL[dl_i][1]
    fields = F(
        applicant_name=p_name,
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"].upper() if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter(
        "permohonan_informasi",
        "P03_typewriter_caps_coret",
        d.pages,
        fields,
        scan_hint={"scan_only": True, "dpi": rng.choice((200, 300, 300))},
    )


DOC_ITEMS = (
    "DIPA KPU Provinsi Sumatera Selatan Tahun Anggaran 2025",
    "DIPA KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "RKA-K/L KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    "Laporan Realisasi Anggaran Tahun 2025",
    "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun 2025",
    "Laporan Hasil Pemeriksaan BPK atas Laporan Keuangan Tahun 2024",
    "NPHD Pemilihan Gubernur Tahun 2024 beserta adendumnya",
    "Laporan pertanggungjawaban dana hibah Pemilihan Tahun 2024",
    "Rencana Umum Pengadaan (RUP) Tahun 2025",
    "Daftar kontrak pengadaan barang/jasa Tahun 2025",
    "Daftar aset tetap per 31 Desember 2025",
    "Laporan Kinerja (LKj) Tahun 2025",
    "Rencana Strategis KPU Provinsi Sumatera Selatan 2025-2029",
    "Daftar Informasi Publik (DIP) Tahun 2025",
    "Daftar Informasi yang Dikecualikan beserta uji konsekuensinya",
    "Laporan layanan informasi publik PPID Tahun 2025",
    "SK pembentukan PPID dan PPID Pelaksana yang berlaku",
    "Standar biaya honorarium badan ad hoc Pemilihan 2024",
    "Laporan pengelolaan pengaduan masyarakat Tahun 2025",
    "Rekapitulasi belanja perjalanan dinas Tahun Anggaran 2025",
    "Laporan hasil evaluasi SAKIP Tahun 2025",
    "Daftar penerima hibah barang milik negara Tahun 2025",
    "Rekapitulasi sisa dana hibah yang dikembalikan ke kas daerah",
)
NGOS = [
    (["KOALISI MASYARAKAT SIPIL", "UNTUK TRANSPARANSI ANGGARAN SUMATERA SELATAN"], "KMS-TAS"),
    (["LEMBAGA KAJIAN DAN ADVOKASI ANGGARAN PUBLIK", "SUMATERA SELATAN"], "LKAAP-SS"),
    (["PERKUMPULAN PEMANTAU KEUANGAN DAERAH"], "PPKD"),
    (["INDONESIA BUDGET WATCH", "SIMPUL SUMATERA SELATAN"], "IBW-SS"),
    (["JARINGAN PEMANTAU PEMILU BERSIH", "WILAYAH SUMATERA SELATAN"], "JPPB-SS"),
]


def p04_items_table_lanjutan(ctx: Ctx) -> Letter:
    """An NGO asks for a long list of documents in a table No | Rincian Informasi | Bentuk that
    runs onto page 2, where a "(lanjutan)" caption and the repeated header continue it; the
    delivery and signature follow the table."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    d.bottom = PH - 62
    names, ab = rng.choice(NGOS)
    col = rng.choice((INK, GREEN, MAROON, NAVY))
    street = f"Jl. {rng.choice(('Kancil Putih', 'Rajawali', 'Seduduk Putih', 'Sersan Sani', 'Bukit Sangkal'))} No. {rng.randint(2, 120)}"
    kop2(
        d,
        [(names[0], ctx.b, 14)] + ([(names[1], ctx.b, 12)] if len(names) > 1 else []),
        [
            f"Badan Hukum: SK Menkumham No. AHU-{rng.randint(1000, 9999)}.AH.01.07.Tahun {rng.randint(2012, 2022)}",
            f"Sekretariat: {street} Palembang  Telp. (0711) {rng.randint(35, 58)}{rng.randint(1000, 9999)}  Surel: sekretariat@{ab.lower().replace('-', '')}.or.id",
        ],
        rng.choice(("l", "r", None)),
        col,
        rng.choice(("double", "band", "thinthick")),
        kinds=("scale",),
    )
    org = " ".join(names)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(5, 240):03d}/{ab}/{rng.choice(('Ek', 'Sek', 'B'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Salinan Dokumen Anggaran dan Kinerja",
            "Permintaan Informasi Publik",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, {title_id(org)} sedang melaksanakan pemantauan tata kelola anggaran penyelenggara pemilu di Sumatera Selatan. Sehubungan dengan itu, kami yang bertanda tangan di bawah ini:",
        justify=True,
    )
    p = make_person(rng, degree_p=0.6)
    role = rng.choice(("Koordinator", "Direktur Eksekutif", "Koordinator Divisi Riset"))
    show_nik = rng.random() < 0.6
    show_mail = rng.random() < 0.6
    office = rng.random() < 0.4
    addr = f"{street}, Palembang" if office else fmt_address(p, rng)
    if office and rng.random() < 0.5:  # the secretariat's landline
        p["phone"], p["e164"] = landline(rng, "0711")
    rows = [("Nama", p["name"]), ("Jabatan", role)]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [
        ("Alamat Sekretariat" if office else "Alamat", addr),
        ("Telepon" if p["phone"].startswith(("(0711", "0711")) else "No. HP", p["phone"]),
    ]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("mengajukan permohonan informasi publik dengan rincian sebagai berikut:")
    bentuk, ob = rng.choice(
        (
            ("Softcopy", "salinan_softcopy"),
            ("Softcopy (PDF)", "salinan_softcopy"),
            ("Fotokopi", "salinan_hardcopy"),
            ("Hardcopy", "salinan_hardcopy"),
            ("Salinan", "salinan"),
        )
    )
    size = ctx.size - 1
    widths = [26, d.W - 26 - 92, 92]
    pool = [it for it in DOC_ITEMS if len(wrap(it, ctx.r, size, widths[1] - 16)) == 1]
    row_h = size * 1.3 + 10
    fit = int((d.bottom - d.y - row_h) // row_h)
    items = rng.sample(pool, max(2, min(len(pool), fit + rng.randint(2, 6))))
    table2(
        d,
        widths,
        [[str(i), it, bentuk] for i, it in enumerate(items, 1)],
        ["No", "Rincian Informasi", "Bentuk"],
        size=size,
        pad=5,
        cont_caption=rng.choice(
            ("Lanjutan tabel rincian informasi:", "(lanjutan)", "Rincian informasi (lanjutan)")
        ),
    )
    purpose = rng.choice(
        (
            "Bahan pemantauan dan analisis tata kelola anggaran penyelenggara pemilu",
            "Bahan penyusunan laporan tahunan pemantauan keterbukaan anggaran",
            "Bahan kajian indeks keterbukaan anggaran badan publik di Sumatera Selatan",
        )
    )
    dl = fit_delivery(rng, ob, rng.choice(("email", "mengambil_langsung", "kurir")))
    dl_t = {
        "email": f"dikirim melalui e-mail{' ke ' + p['email_printed'] if show_mail else ''}",
        "mengambil_langsung": "akan kami ambil langsung di kantor PPID",
        "kurir": "dikirim melalui kurir ke alamat sekretariat kami",
        "pos": "dikirim melalui pos ke alamat sekretariat kami",
    }[dl]
    d.para(
        f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}. Salinan informasi mohon {dl_t}.".replace(
            "mohon akan", "akan"
        ),
        justify=True,
    )
    d.need(150)
    d.para(rng.choice(CLOSE_K))
    sign_block(d, ["Hormat kami,", f"{role},"], p["name"], stamp=(names[0][:30], ab))
    if rng.random() < 0.5:
        page_footers(d.pages, f"{ab} - {num}", ctx.i)
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
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P04_items_table_lanjutan", d.pages, fields)


MPP_AGENCIES = (
    "Disdukcapil Kota Palembang",
    "Kantor Imigrasi Kelas I TPI Palembang",
    "BPJS Kesehatan",
    "Samsat Palembang I",
    "KPU Provinsi Sumatera Selatan",
    "Kantor Pertanahan Kota Palembang",
    "Polrestabes Palembang (SKCK)",
    "Perumda Tirta Musi",
    "Kantor Pelayanan Pajak Pratama",
    "BPJS Ketenagakerjaan",
)


def p05_mpp_gerai_form(ctx: Ctx) -> Letter:
    """The Mal Pelayanan Publik's own multi-agency counter form (city government letterhead,
    queue number box, a grid of agencies with the KPU booth ticked, service type, applicant data,
    ruled "Uraian Keperluan" lines, tick rows for form and delivery, two signatures); filled in
    on the counter's computer or by hand."""
    rng = ctx.rng
    hand = ctx.hand
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    ctx.size = 9.5
    d = Doc(ctx, top=40, left=50, right=PW - 50)
    kop2(
        d,
        [
            ("PEMERINTAH KOTA PALEMBANG", ctx.b, 11),
            ("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", ctx.b, 10.5),
            ("MAL PELAYANAN PUBLIK KOTA PALEMBANG", ctx.b, 13),
        ],
        [
            "Gedung MPP Lt. 2, Jl. Merdeka No. 1 Palembang 30131  Telp. (0711) 370 100  mpp.palembang.go.id"
        ],
        rng.choice(("l", "lr")),
        rng.choice((INK, NAVY, (0, 90, 140))),
        rng.choice(("double", "band")),
        y=30,
        kinds=("garuda", "shield"),
    )
    d.y += 4
    pg = d.pg
    vf = "hand" if hand else rng.choice(("cr", ctx.r))
    vs = 11.0 if hand else 9.5
    vcol = ctx.ink if hand else INK
    pg.t(d.L, d.y, "FORMULIR PERMOHONAN LAYANAN GERAI", ctx.b, 12)
    q = f"{rng.choice('ABCDE')}-{rng.randint(1, 160):03d}"
    pg.rect(d.R - 96, d.y - 22, 96, 34, 0.8)
    pg.t(d.R - 90, d.y - 11, "No. Antrean", ctx.r, 7.5)
    pg.t(d.R - 48, d.y + 6, q, "hb", 15, align="c")
    d.y += 16
    ds = fmt_date(ctx.date, rng.choice(("slash0", "dash", "long")))
    pg.t(d.L, d.y, "Tanggal :", ctx.r, 9.5)
    pg.t(d.L + 48, d.y, ds, vf, vs, vcol)
    d.y += 20
    p = make_person(rng, degree_p=0.2)
    section_bar(d, "1. INSTANSI / GERAI TUJUAN (beri tanda centang)", (215, 225, 235))
    d.y += 14
    agencies = list(MPP_AGENCIES)
    colw = d.W / 2
    for i, a in enumerate(agencies):
        x = d.L + (i % 2) * colw + 6
        if i % 2 == 0 and i:
            d.y += 15
        checkbox(pg, x, d.y, 8.5, a.startswith("KPU"), ctx.ink, hand or rng.random() < 0.5)
        pg.t(x + 14, d.y, a, ctx.r, 9)
    d.y += 10
    section_bar(d, "2. JENIS LAYANAN", (215, 225, 235))
    d.y += 14
    svc = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Informasi Publik (PPID)",
            "Layanan Informasi Publik",
        )
    )
    pg.t(d.L + 6, d.y, svc, vf, vs, vcol)
    d.y += 8
    section_bar(d, "3. DATA PEMOHON", (215, 225, 235))
    d.y += 14
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 6)))
    show_job = rng.random() < 0.8
    show_mail = rng.random() < 0.6
    rows = [("Nama Lengkap", p["name"]), ("NIK", p["nik"])]
    rows += [("Pekerjaan", p["job"] if show_job else "")]
    rows += [
        ("Alamat", addr),
        ("No. HP/WA", p["phone"]),
        ("E-mail", p["email_printed"] if show_mail else ""),
    ]
    for k, v in rows:
        d.kv(k, v, 90, vfont=vf, x=d.L + 6, lead=15 if hand else 13.5)
    section_bar(d, "4. URAIAN KEPERLUAN / INFORMASI YANG DIMOHON", (215, 225, 235))
    d.y += 14
    items = info_items(rng, 1, 3)
    top = d.y
    for i, it in enumerate(items, 1):
        d.need(16)
        pg = d.pg
        pg.t(d.L + 6, d.y, f"{i}.", vf, vs, vcol)
        if hand:
            d.para(it, "hand", 11, x=d.L + 20, lead=16)
        else:
            d.para(it, vf, vs, x=d.L + 20, lead=13)
    for yy in range(int(top + 3), int(max(d.y, top + 50)), 16 if hand else 13):
        d.pg.line(d.L + 4, yy + 1, d.R - 4, yy + 1, 0.3, (170, 170, 170), (1, 2))
    d.y = max(d.y, top + 50)
    purpose = rng.choice(PURPOSES)
    d.kv("Tujuan Penggunaan", purpose, 100, vfont=vf, x=d.L + 6, lead=15 if hand else 13.5)
    section_bar(d, "5. BENTUK DAN PENERIMAAN HASIL LAYANAN", (215, 225, 235))
    d.y += 14
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", None))
    dl = (
        None
        if ob == "melihat"
        else fit_delivery(rng, ob, rng.choice(("mengambil_langsung", "email", "pos", None)))
    )
    pg = d.pg
    x = d.L + 6
    pg.t(x, d.y, "Bentuk :", ctx.r, 9)
    x += 44
    for lab, code in (
        ("Melihat/membaca", "melihat"),
        ("Salinan cetak", "salinan_hardcopy"),
        ("Salinan elektronik", "salinan_softcopy"),
    ):
        checkbox(pg, x, d.y, 8.5, ob == code, ctx.ink, hand or rng.random() < 0.5)
        pg.t(x + 13, d.y, lab, ctx.r, 9)
        x += tw(lab, ctx.r, 9) + 30
    d.y += 16
    x = d.L + 6
    pg.t(x, d.y, "Diterima :", ctx.r, 9)
    x += 44
    for lab, code in (
        ("Diambil di gerai", "mengambil_langsung"),
        ("Dikirim e-mail", "email"),
        ("Dikirim pos", "pos"),
    ):
        checkbox(pg, x, d.y, 8.5, dl == code, ctx.ink, hand or rng.random() < 0.5)
        pg.t(x + 13, d.y, lab, ctx.r, 9)
        x += tw(lab, ctx.r, 9) + 30
    d.y += 24
    d.need(90)
    pg = d.pg
    off = make_person(rng, degree_p=0.3)
    pg.t(d.L + 20, d.y, "Petugas Gerai,", ctx.r, 9.5)
    pg.t(d.R - 170, d.y, "Pemohon,", ctx.r, 9.5)
    ctx.sig(pg, d.L + 20, d.y + 4, 80)
    ctx.sig(pg, d.R - 170, d.y + 4, 80)
    pg.t(d.L + 20, d.y + 52, off["name"], ctx.r, 9)
    pg.t(d.R - 170, d.y + 52, p["name"], "hand" if hand else ctx.b, 10.5 if hand else 9.5, vcol)
    d.y += 70
    pg.t(
        d.L,
        PH - 28,
        "Lembar 1: Pemohon   Lembar 2: Instansi tujuan   Lembar 3: Arsip MPP",
        ctx.i,
        7.5,
        GREY,
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
        letter_date=ctx.date.isoformat(),
    )
    return Letter("permohonan_informasi", "P05_mpp_gerai_form", d.pages, fields, handwritten=hand)


def p06_biodata_pasfoto(ctx: Ctx) -> Letter:
    """A citizen's request opening with a "BIODATA PEMOHON" block beside a pasted 3x4 photo
    (birth date, sex, religion among the rows), then lettered sections B-D, and a closing
    "PERNYATAAN" paragraph signed over a meterai with the place and date above it."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    p = make_person(rng, degree_p=0.35)
    title = rng.choice(
        (
            "SURAT PERMOHONAN INFORMASI PUBLIK",
            "PERMOHONAN INFORMASI PUBLIK",
            "SURAT PERMOHONAN DAN PERNYATAAN",
        )
    )
    has_yth = rng.random() < 0.55
    if has_yth:
        yth_block(d, kpu_rows(rng))
        d.gap(6)
    d.line_text(title, ctx.b, ctx.size + 2, align="c")
    d.gap(6)
    d.line_text("A. BIODATA PEMOHON", ctx.b)
    top = d.y
    photo_w, photo_h = 68.0, 90.0
    pg = d.pg
    pg.rect(d.R - photo_w - 2, top - 10, photo_w + 4, photo_h + 4, 0.5, GREY)
    pg.img(d.R - photo_w, top - 8, photo_w, photo_h, photo_img(rng, p["male"]))
    saveR = d.R
    d.R = d.R - photo_w - 14
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.6
    show_job = rng.random() < 0.85
    rows = [
        ("Nama Lengkap", p["name"]),
        (
            "Tempat, Tanggal Lahir",
            f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash')))}",
        ),
        ("Jenis Kelamin", "Laki-laki" if p["male"] else "Perempuan"),
        ("NIK", p["nik"]),
        ("Agama", rng.choice(("Islam", "Islam", "Kristen Protestan", "Katolik", "Buddha"))),
    ]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. Telepon/HP", p["phone"])]
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 8
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 14)
        if d.y > top + photo_h + 6:
            d.R = saveR
    d.R = saveR
    d.y = max(d.y, top + photo_h + 4)
    d.gap(4)
    items = info_items(rng, 1, 3)
    d.line_text("B. INFORMASI YANG DIMOHON", ctx.b)
    if len(items) == 1:
        d.para(items[0], x=d.L + 14)
    else:
        d.numbered(items, "{}.", x=d.L + 14)
    purpose = rng.choice(PURPOSES)
    d.gap(3)
    d.line_text("C. TUJUAN PENGGUNAAN INFORMASI", ctx.b)
    d.para(purpose, x=d.L + 14)
    d.gap(3)
    d.line_text("D. CARA MEMPEROLEH DAN MENERIMA INFORMASI", ctx.b)
    ob, dl = obtain_deliver(rng, 0.9, 0.8)
    ob_t = {
        "melihat": "Melihat, membaca dan mencatat di kantor PPID",
        "salinan": "Mendapatkan salinan informasi",
        "salinan_hardcopy": "Mendapatkan salinan cetak (hardcopy)",
        "salinan_softcopy": "Mendapatkan salinan elektronik (softcopy)",
        None: "-",
    }[ob]
    dl_t = {
        "mengambil_langsung": "diambil sendiri di kantor PPID",
        "kurir": "dikirim melalui jasa kurir",
        "pos": "dikirim melalui pos",
        "faksimili": "dikirim melalui faksimili",
        "email": "dikirim melalui e-mail" + (f" ke {p['email_printed']}" if not show_mail else ""),
        None: "",
    }[dl]
    d.para(ob_t + (f", {dl_t}." if dl_t else "."), x=d.L + 14)
    d.gap(3)
    d.line_text("E. PERNYATAAN", ctx.b)
    d.para(
        rng.choice(
            (
                "Dengan ini saya menyatakan bahwa data di atas adalah benar, dan informasi yang saya peroleh akan digunakan sesuai dengan tujuan yang saya sampaikan serta tidak akan disalahgunakan. Apabila di kemudian hari pernyataan ini tidak benar, saya bersedia menanggung segala akibat hukumnya.",
                "Saya menyatakan bertanggung jawab atas penggunaan informasi yang saya peroleh sesuai ketentuan peraturan perundang-undangan, termasuk ketentuan mengenai pelindungan data pribadi.",
            )
        ),
        x=d.L + 14,
        justify=True,
    )
    d.gap(4)
    sign_block(
        d,
        [rng.choice(("Yang membuat pernyataan,", "Pemohon,", "Hormat saya,"))],
        p["name"],
        meterai=rng.random() < 0.8,
        place_date=place_date(rng, p["city"], ctx.date),
    )
    with_ktp = rng.random() < 0.3
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    if dl == "email" and not show_mail:
        show_mail = True
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
    )
    return Letter("permohonan_informasi", "P06_biodata_pasfoto_pernyataan", d.pages, fields)


def p07_kelompok_orang(ctx: Ctx) -> Letter:
    """Residents of one RT ask together as a "kelompok orang": the representative's identity
    block, numbered items about their polling station, and a member table No | Nama | NIK |
    RT/RW | Tanda Tangan with a signature in every row (the representative is row 1)."""
    rng = ctx.rng
    d = Doc(ctx, top=62)
    rep = make_person(rng, degree_p=0.2, prefix_p=0.2)
    while rep["city"] != "Palembang":
        rep = make_person(rng, degree_p=0.2, prefix_p=0.2)
    rt, rw = rep["rt"], rep["rw"]
    d.line_text(place_date(rng, "Palembang", ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik oleh Kelompok Orang",
            "Permohonan Informasi Publik",
            f"Permohonan Informasi Warga RT {rt:02d}",
        )
    )
    lw = tw(ll, ctx.r, ctx.size) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, rng.choice(("Fotokopi KTP anggota kelompok", "1 (satu) berkas")), lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    kel, kec = rep["kel"], rep["kec"]
    d.para(
        f"Kami, warga RT {rt:02d} RW {rw:02d} Kelurahan {kel}, Kecamatan {kec}, Kota Palembang, yang namanya tercantum dalam daftar di bawah ini, secara bersama-sama sebagai kelompok orang mengajukan permohonan informasi publik, dan menunjuk salah seorang dari kami sebagai wakil kelompok:",
        justify=True,
    )
    addr = fmt_address(rep, rng, rng.choice((0, 2, 5, 7)))
    show_job = rng.random() < 0.5
    rows = [("Nama Wakil Kelompok", rep["name"]), ("NIK", rep["nik"])]
    if show_job:
        rows.append(("Pekerjaan", rep["job"]))
    rows += [("Alamat", addr), ("No. HP", wa_phone(rng, rep["phone"]))]
    klw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 8
    for k, v in rows:
        d.kv(k, v, klw, x=d.L + 16)
    tps = f"{rng.randint(1, 45):03d}"
    items = rng.sample(
        [
            f"Berita acara penetapan lokasi TPS {tps} Kelurahan {kel} pada Pemilihan Tahun 2024",
            f"Alasan pemindahan lokasi TPS {tps} Kelurahan {kel} dari lokasi pada Pemilu 2024",
            f"Jumlah pemilih yang terdaftar di TPS {tps} Kelurahan {kel} pada Pemilihan Tahun 2024",
            f"Salinan formulir Model C.Hasil TPS {tps} Kelurahan {kel} Pemilihan Gubernur 2024",
            f"Daftar nama anggota KPPS TPS {tps} Kelurahan {kel} pada Pemilihan Tahun 2024",
        ],
        rng.randint(1, 3),
    )
    d.para("Adapun informasi yang kami mohon adalah:")
    d.numbered(items, rng.choice(("{}.", "{})")), x=d.L + 12)
    purpose = rng.choice(
        (
            "Bahan musyawarah warga mengenai lokasi TPS untuk pemilihan berikutnya",
            "Bahan pengaduan warga kepada pihak yang berwenang",
            "Pengetahuan warga tentang penyelenggaraan pemungutan suara di lingkungan kami",
        )
    )
    ob, dl = rng.choice(
        (
            ("salinan", "mengambil_langsung"),
            ("salinan_hardcopy", "mengambil_langsung"),
            (None, None),
            ("melihat", None),
            ("salinan", None),
        )
    )
    tail = {
        (
            "salinan",
            "mengambil_langsung",
        ): " Salinan informasi akan diambil langsung oleh wakil kelompok.",
        (
            "salinan_hardcopy",
            "mengambil_langsung",
        ): " Kami mohon diberikan salinan cetaknya (hardcopy), yang akan diambil langsung oleh wakil kelompok.",
        (None, None): "",
        ("melihat", None): " Kami ingin melihat dan mencatat informasi tersebut di kantor PPID.",
        ("salinan", None): " Kami mohon diberikan salinannya.",
    }[(ob, dl)]
    d.para(f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}.{tail}", justify=True)
    d.para("Daftar anggota kelompok:")
    members = [rep] + [
        make_person(rng, degree_p=0.05, prefix_p=0.1) for _ in range(rng.randint(3, 7))
    ]
    size = ctx.size - 1.5
    widths = [24, 150, 112, 70, d.W - 356]
    mrows = []
    for i, m in enumerate(members, 1):
        mrt = rt if (i == 1 or rng.random() < 0.8) else rng.randint(1, 20)
        mrows.append(
            [str(i), m["core"] if i > 1 else rep["name"], m["nik"], f"{mrt:03d}/{rw:03d}", ""]
        )
    start_page = len(d.pages)
    y_before = d.y
    table2(
        d,
        widths,
        mrows,
        ["No", "Nama", "NIK", "RT/RW", "Tanda Tangan"],
        size=size,
        pad=5,
        min_lines=2,
    )
    # a signature in every row's last cell (pictures, not text)
    if len(d.pages) == start_page:
        rh = 2 * size * 1.3 + 10
        hh = size * 1.3 + 10
        for i in range(len(mrows)):
            ctx.sig(d.pg, d.L + sum(widths[:4]) + 8 + (i % 2) * 30, y_before + hh + i * rh + 2, 55)
    d.need(150)
    d.para(rng.choice(CLOSE_K))
    sign_block(d, ["Wakil Kelompok,"], rep["name"])
    if rng.random() < 0.35:
        d.pages.append(
            ktp_cards(
                ctx, [rep], rng.choice(("Lampiran: Fotokopi KTP Wakil Kelompok", "FOTOKOPI KTP-el"))
            )
        )
    fields = F(
        applicant_name=rep["name"],
        nik=rep["nik"],
        address=addr,
        phone=rep["e164"],
        occupation=rep["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P07_kelompok_orang_anggota", d.pages, fields)


PARTIES = [
    ("PARTAI PERSATUAN RAKYAT MADANI", "PPRM", (170, 20, 30)),
    ("PARTAI KEBANGKITAN NUSANTARA RAYA", "PKNR", (0, 110, 60)),
    ("PARTAI GERAKAN KARYA BANGSA", "GKB", (20, 50, 140)),
    ("PARTAI AMANAT RAKYAT SEJAHTERA", "PARS", (200, 120, 0)),
    ("PARTAI SURYA INDONESIA MAJU", "PSIM", (120, 20, 110)),
]
PARTY_ITEMS = (
    "Salinan softcopy DPT Pemilu 2024 by name by address untuk {kab} dengan NIK dan NKK yang disamarkan",
    "Rekapitulasi jumlah pemilih per TPS di {kab} pada Pemilihan Tahun 2024",
    "Daftar Pemilih Berkelanjutan (DPB) Semester II Tahun 2025 per kecamatan di {kab}",
    "Data jumlah pemilih pemula per kecamatan di {kab} dalam DPB terakhir",
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan rekapitulasi DPB Tahun 2025",
)
PARTY_PURPOSES = (
    "Bahan konsolidasi dan pelatihan saksi partai",
    "Bahan penyusunan program pendidikan politik bagi kader dan masyarakat",
    "Bahan pencocokan data anggota partai dengan daftar pemilih",
)


KAB_TOWN = {
    "Kabupaten Ogan Ilir": "Indralaya",
    "Kota Palembang": "Palembang",
    "Kabupaten Banyuasin": "Pangkalan Balai",
    "Kabupaten Musi Rawas": "Muara Beliti",
    "Kabupaten Lahat": "Lahat",
    "Kota Prabumulih": "Prabumulih",
    "Kabupaten Ogan Komering Ilir": "Kayuagung",
    "Kabupaten Empat Lawang": "Tebing Tinggi",
    "Kabupaten Musi Banyuasin": "Sekayu",
    "Kota Lubuklinggau": "Lubuklinggau",
}


KAB_AREA = {
    "Kabupaten Lahat": "0731",
    "Kota Prabumulih": "0713",
    "Kabupaten Ogan Komering Ilir": "0712",
    "Kabupaten Musi Banyuasin": "0714",
    "Kota Lubuklinggau": "0733",
    "Kabupaten Musi Rawas": "0733",
}


def p08_party_dpc_officer(ctx: Ctx) -> Letter:
    """A party branch (DPC kabupaten/kota or DPD provinsi) asks for voter-list data: coloured
    letterhead with the party emblem, the officer who asks in an identity block ("bertindak untuk
    dan atas nama"), the Ketua and the Sekretaris sign side by side, the party stamp between."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    party, ab, col = rng.choice(PARTIES)
    dpd = rng.random() < 0.3
    if dpd:
        level, area, code = "DEWAN PIMPINAN DAERAH", "PROVINSI SUMATERA SELATAN", "DPD"
        kab = rng.choice(KABS)
    else:
        kab = rng.choice(KABS)
        level, area, code = "DEWAN PIMPINAN CABANG", kab.upper(), "DPC"
    names = [level, party, area]
    kop2(
        d,
        [(names[0], ctx.b, 12), (names[1], ctx.b, 15), (names[2], ctx.b, 12)],
        [
            f"Sekretariat: Jl. {rng.choice(('Veteran', 'Radial', 'Basuki Rahmat', 'Kol. H. Burlian', 'Merdeka'))} No. {rng.randint(3, 200)}  Telp. (0711) {rng.randint(35, 58)}{rng.randint(1000, 9999)}  Surel: {code.lower()}.{ab.lower()}@gmail.com"
        ],
        rng.choice(("l", "r", "l")),
        col,
        rng.choice(("band", "double", "thinthick")),
        kinds=("shield",),
    )
    org = " ".join(names)
    nl, ll, hl = labels(rng)
    num = rng.choice(
        (
            f"{rng.randint(10, 400):03d}/{code}-{ab}/{roman(ctx.date.month)}/{ctx.date.year}",
            f"{code}.{rng.randint(1, 17):02d}/{rng.randint(10, 400)}/{ab}/{ctx.date.year}",
            f"B-{rng.randint(10, 400)}/{code}/{ab}/{roman(ctx.date.month)}/{ctx.date.year}",
        )
    )
    subj = rng.choice(
        (
            "Permohonan Data Pemilih",
            "Permohonan Informasi Publik Data Pemilih",
            "Permohonan Salinan Daftar Pemilih",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, "-"), (hl, subj)],
        place_date(rng, "Palembang" if dpd else KAB_TOWN[kab], ctx.date),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    ketua = make_person(rng, degree_p=0.6, prefix_p=0.3)
    sekr = make_person(rng, degree_p=0.5, prefix_p=0.15)
    who = rng.choice(("ketua", "sekr"))
    p = ketua if who == "ketua" else sekr
    if rng.random() < 0.25:  # the party office's landline in the identity block
        p["phone"], p["e164"] = landline(rng, KAB_AREA.get(kab, "0711") if not dpd else "0711")
    jab = (
        "Ketua " if who == "ketua" else "Sekretaris "
    ) + f"{code} {party.title().replace('Partai ', 'Partai ')} {title_id(area)}"
    d.line_text("Yang bertanda tangan di bawah ini:")
    show_nik = rng.random() < 0.65
    show_job = rng.random() < 0.3
    addr = fmt_address(p, rng)
    rows = [("Nama", p["name"]), ("Jabatan", jab)]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [
        ("Alamat", addr),
        ("Telepon" if p["phone"][:2] in ("(0", "07") else "No. HP", p["phone"]),
    ]
    for k, v in rows:
        d.kv(k, v, 62, x=d.L + 16)
    d.para(
        f"dalam hal ini bertindak untuk dan atas nama {title_id(org)}, dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
        justify=True,
    )
    its = rng.sample(PARTY_ITEMS, rng.randint(1, 3))
    items = [it.format(kab=kab) for it in its]
    d.numbered(items, "{}.", x=d.L + 12)
    purpose = rng.choice(PARTY_PURPOSES)
    soft = rng.random() < 0.7
    ob = "salinan_softcopy" if soft else "salinan"
    dl = (
        rng.choice(("email", "mengambil_langsung"))
        if soft
        else rng.choice(("mengambil_langsung", None))
    )
    t = f"Data tersebut akan kami gunakan sebagai {lc1(purpose)}."
    if soft:
        t += " Kami mohon data diberikan dalam bentuk softcopy (format .xlsx)"
        t += (
            ", dikirim melalui e-mail partai."
            if dl == "email"
            else ", yang akan diambil langsung oleh staf sekretariat kami."
        )
    else:
        t += " Kami mohon diberikan salinannya" + (
            ", yang akan diambil langsung oleh staf sekretariat kami." if dl else "."
        )
    d.para(t, justify=True)
    d.para(
        "Kami menyatakan bertanggung jawab atas penggunaan data tersebut dan tidak akan menggunakannya di luar tujuan di atas, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_K))
    d.gap(6)
    d.need(120)
    pg = d.pg
    y = d.y
    pg.t((d.L + d.R) / 2, y, f"{level} {party}", ctx.b, ctx.size - 0.5, align="c")
    pg.t((d.L + d.R) / 2, y + ctx.size * 1.4, area, ctx.b, ctx.size - 0.5, align="c")
    y += ctx.size * 3.2
    xl, xr = d.L + 10, d.R - 170
    pg.t(xl, y, "Ketua,", ctx.r, ctx.size)
    pg.t(xr, y, "Sekretaris,", ctx.r, ctx.size)
    ctx.sig(pg, xl, y + 4, 90)
    ctx.sig(pg, xr, y + 4, 90)
    ctx.stamp(pg, (d.L + d.R) / 2 - 45, y - 6, party[:30], ab, 86)
    pg.t(xl, y + 58, ketua["name"], ctx.b, ctx.size - 0.5)
    pg.t(xr, y + 58, sekr["name"], ctx.b, ctx.size - 0.5)
    d.y = y + 80
    if rng.random() < 0.5:
        d.line_text("Tembusan:", size=ctx.size - 1)
        d.line_text(f"1. Ketua Umum {title_id(party)} di Jakarta;", size=ctx.size - 1)
        d.line_text("2. Arsip.", size=ctx.size - 1)
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
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P08_party_dpc_officer", d.pages, fields)


def hand_tokens(
    d: Doc, tokens: list[tuple[str, str | None]], size=12.5, lead=20.0, x=None, indent=0.0
) -> None:
    """Hand-written running text from (word, mark) tokens: mark "strike" draws the word crossed
    out, "insert" writes the word small above the line with a caret below (a later addition)."""
    c = d.ctx
    rng = c.rng
    x = d.L if x is None else x
    sp = tw(" ", "hand", size)
    lines: list[list] = [[]]
    cur = indent
    for wd, mk in tokens:
        if mk == "insert":
            lines[-1].append((wd, mk, 0.0))
            continue
        w = tw(wd, "hand", size)
        if cur + w > d.R - x and lines[-1]:
            lines.append([])
            cur = 0.0
        lines[-1].append((wd, mk, w))
        cur += w + sp
    for li, ln in enumerate(lines):
        d.need(lead)
        cx = x + (indent if li == 0 else 0)
        for wd, mk, w in ln:
            if mk == "insert":
                iw = tw(wd, "hand", size - 3)
                d.pg.t(cx - iw / 2 - sp / 2, d.y - size * 0.85, wd, "hand", size - 3, c.ink)
                d.pg.line(cx - sp / 2 - 3, d.y + 2, cx - sp / 2, d.y - 4, 0.8, c.ink)
                d.pg.line(cx - sp / 2, d.y - 4, cx - sp / 2 + 3, d.y + 2, 0.8, c.ink)
                continue
            d._hand(cx, d.y, wd, size, c.ink)
            if mk == "strike":
                yy = d.y - size * 0.3
                d.pg.line(
                    cx - 2,
                    yy + rng.uniform(-1, 1),
                    cx + w + 2,
                    yy + rng.uniform(-1.5, 1.5),
                    1.2,
                    c.ink,
                )
                if rng.random() < 0.4:
                    d.pg.line(cx - 2, yy + 2.5, cx + w + 2, yy - 2, 1.0, c.ink)
            cx += w + sp
        d.y += lead


def toks(s: str, mark=None) -> list[tuple[str, str | None]]:
    return [(w, mark) for w in s.split()]


def p09_hand_corrections(ctx: Ctx) -> Letter:
    """A hand-written request on plain paper with the writer's own corrections: words crossed out
    and rewritten after them, a word added above the line with a caret, now and then the day of
    the date crossed out and rewritten.  The corrections never fall inside a field value."""
    rng = ctx.rng
    ctx.r = ctx.b = "hand"
    ctx.size = 12.5
    d = Doc(ctx, top=70, left=66, right=PW - 56, paper=rng.choice(("plain", "plain", "folio")))
    lead = 20.0
    p = make_person(rng, degree_p=0.1, prefix_p=0.1)
    dt = ctx.date
    fix_date = rng.random() < 0.35
    ds = fmt_date(dt, rng.choice(("long", "slash", "dash")))
    if fix_date:
        wrong = max(1, dt.day - 1) if dt.day > 1 else 2
        head = [
            (f"{p['city']},", None),
            (str(wrong), "strike"),
            *toks(f"{dt.day} {BULAN[dt.month - 1]} {dt.year}"),
        ]
    else:
        head = toks(f"{p['city']}, {ds}")
    width = sum(tw(w, "hand", 12.5) + tw(" ", "hand", 12.5) for w, _ in head)
    hand_tokens(d, head, x=d.R - width - 4, lead=lead)
    d.gap(6)
    for s in rng.choice(
        (
            ["Kepada Yth.", "Bapak/Ibu PPID KPU Provinsi Sumsel", "di Palembang"],
            [
                "Yth. Pejabat Pengelola Informasi dan Dokumentasi",
                "KPU Provinsi Sumatera Selatan",
                "di -",
                "Palembang",
            ],
        )
    ):
        d.para(s, lead=lead)
    d.gap(6)
    d.para(rng.choice(("Assalamualaikum wr. wb.", "Dengan hormat,")), lead=lead)
    d.para("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 4)))
    show_job = rng.random() < 0.6
    show_nik = rng.random() < 0.7
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows.append(("Alamat", addr))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("No. HP", p["phone"]))
    for k, v in rows:
        d.kv(k, v, 70, font="hand", vfont="hand", lead=lead)
    d.gap(4)
    verb_wrong, verb = rng.choice(
        (("meminta", "memohon"), ("mengajukan", "memohon"), ("minta", "memohon"))
    )
    hand_tokens(
        d,
        [
            *toks("dengan ini"),
            (verb_wrong, "strike"),
            *toks(f"{verb} informasi publik sebagai berikut:"),
        ],
        lead=lead,
    )
    items = info_items(rng, 1, 3)
    for i, it in enumerate(items, 1):
        d.need(lead)
        d._hand(d.L + 6, d.y, f"{i}.", 12.5, ctx.ink)
        d.para(it, x=d.L + 24, lead=lead)
    purpose = rng.choice(PURPOSES)
    pt = toks("Informasi tersebut akan saya gunakan untuk")
    if rng.random() < 0.5:
        pt += [(rng.choice(("keperluan", "kepentingan", "bahan")), "strike")]
    pt += toks(lc1(purpose) + ".")
    hand_tokens(d, pt, lead=lead)
    ob, dl = rng.choice(
        (
            ("salinan", "mengambil_langsung"),
            ("salinan_hardcopy", "pos"),
            (None, "mengambil_langsung"),
            ("salinan", None),
            (None, None),
        )
    )
    txt = {
        (
            "salinan",
            "mengambil_langsung",
        ): "Saya minta salinannya dan akan saya ambil sendiri ke kantor.",
        (
            "salinan_hardcopy",
            "pos",
        ): "Mohon salinan dalam bentuk cetak (hardcopy) dikirim melalui pos ke alamat saya.",
        (None, "mengambil_langsung"): "Nanti akan saya ambil langsung ke kantor PPID.",
        ("salinan", None): "Saya mohon diberikan salinannya.",
        (None, None): "",
    }[(ob, dl)]
    if txt:
        d.para(txt, lead=lead)
    ins = rng.choice(("Bapak/Ibu", "kami", "nya"))
    close = [
        *toks("Demikian surat ini saya buat, atas perhatian"),
        (ins, "insert"),
        *toks("saya ucapkan terima kasih."),
    ]
    hand_tokens(d, close, lead=lead)
    d.need(80)
    x = d.R - 170
    d.para("Hormat saya,", x=x, lead=lead)
    ctx.sig(d.pg, x, d.y - 10, 85)
    d.y += 42
    d.para(p["name"], x=x, lead=lead)
    with_ktp = rng.random() < 0.3
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or with_ktp) else None,
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=dt.isoformat(),
    )
    return Letter("permohonan_informasi", "P09_hand_corrections", d.pages, fields, handwritten=True)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
KAB_KPU = [
    ("KABUPATEN OGAN ILIR", "Jl. Lintas Timur Km. 35 Indralaya, Ogan Ilir 30662"),
    ("KABUPATEN BANYUASIN", "Jl. Sekojo Komplek Perkantoran Pemkab, Pangkalan Balai 30753"),
    ("KOTA PRABUMULIH", "Jl. Jenderal Sudirman No. 22, Prabumulih 31111"),
    ("KABUPATEN MUARA ENIM", "Jl. Jenderal Sudirman No. 122, Muara Enim 31311"),
    ("KOTA LUBUKLINGGAU", "Jl. Garuda Hitam No. 5, Lubuklinggau 31625"),
]
NUM_GROUNDS = (
    "Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)",
    "Informasi berkala tidak disediakan",
    "Permohonan informasi tidak ditanggapi",
    "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
    "Permohonan informasi tidak dipenuhi",
    "Biaya yang dikenakan tidak wajar",
    "Informasi disampaikan melebihi jangka waktu yang ditentukan",
)


def k01_kab_form_numbered(ctx: Ctx) -> Letter:
    """The objection form printed by a KPU kabupaten/kota (its letterhead, its own code), used to
    object to the provincial PPID: sections numbered 1-6 with sub-numbers 1.1, 2.3 ...; the seven
    grounds numbered 1-7 instead of lettered a-g, one ticked; typed or filled in by hand."""
    rng = ctx.rng
    hand = ctx.hand
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "times", "dejavu"))]
    ctx.size = 9.5
    d = Doc(ctx, top=40, left=52, right=PW - 52)
    kab, kaddr = rng.choice(KAB_KPU)
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 13), (kab, ctx.b, 13)],
        [kaddr],
        "l",
        INK,
        "double",
        y=30,
    )
    d.y -= 6
    vf = "hand" if hand else rng.choice((ctx.r, "cr"))
    vs = 11.0 if hand else 9.5
    vcol = ctx.ink if hand else INK
    code = rng.choice(("Form. KEB-01", "Formulir PPID-05", "Model KEB.1"))
    d.pg.t(d.R, d.y - 4, code, ctx.i, 8, align="r")
    d.line_text("FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK", ctx.b, 12, align="c")
    d.gap(4)
    p = make_person(rng)
    ref, refd = reg_number(rng, ctx.date)
    has_reg = rng.random() < 0.45
    kreg = f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    d.kv("Nomor Registrasi Keberatan", kreg if has_reg else "", 150, vfont=vf, vcolor=vcol)
    d.kv(
        "Kepada Yth.",
        rng.choice(("Atasan PPID KPU Provinsi Sumatera Selatan", "Atasan PPID KPU Prov. Sumsel")),
        150,
        vfont=vf,
        vcolor=vcol,
    )
    d.gap(4)
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    show_purpose = rng.random() < 0.75
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.8
    show_mail = rng.random() < 0.4
    lead = 14.5 if hand else 12.5

    def sec(t):
        d.need(30)
        d.gap(-2)
        d.pg.rect(d.L, d.y, d.W, 14, 0, None, (228, 228, 228))
        d.pg.t(d.L + 5, d.y + 10.5, t, ctx.b, 9)
        d.y += 14 + 11

    sec("1. DATA PERMOHONAN INFORMASI")
    for k, v in (
        ("1.1 Nomor Pendaftaran Permohonan", ref),
        ("1.2 Tanggal Permohonan", fmt_date(refd, rng.choice(("long", "slash0", "dash")))),
        ("1.3 Informasi yang Dimohon", item),
        ("1.4 Tujuan Penggunaan Informasi", purpose if show_purpose else ""),
    ):
        d.kv(k, v, 175, vfont=vf, vcolor=vcol, lead=lead, x=d.L + 4)
    sec("2. IDENTITAS PENGAJU KEBERATAN")
    for k, v in (
        ("2.1 Nama", p["name"]),
        ("2.2 NIK", p["nik"]),
        ("2.3 Alamat", addr),
        ("2.4 Pekerjaan", p["job"] if show_job else ""),
        ("2.5 Nomor Telepon/HP", p["phone"]),
        ("2.6 E-mail", p["email_printed"] if show_mail else ""),
    ):
        d.kv(k, v, 175, vfont=vf, vcolor=vcol, lead=lead, x=d.L + 4)
    sec("3. IDENTITAS KUASA PENGAJU (apabila dikuasakan)")
    d.line_text(
        "3.1 Nama : ..............................   3.2 Alamat : ..............................   3.3 Telepon : ...................",
        ctx.r,
        9,
        x=d.L + 4,
    )
    sec("4. ALASAN KEBERATAN (beri tanda X pada salah satu kotak)")
    code_i = rng.randrange(7)
    for i, g in enumerate(NUM_GROUNDS):
        checkbox(d.pg, d.L + 8, d.y, 8.5, i == code_i, ctx.ink, hand)
        d.pg.t(d.L + 22, d.y, f"{i + 1}.", ctx.r, 9.5)
        d.pg.t(d.L + 36, d.y, g, ctx.r, 9.5)
        d.y += 12.5
    sec("5. URAIAN SINGKAT / KASUS POSISI")
    kasus = f"Saya mengajukan permohonan informasi pada {fmt_date(refd, 'long')} dengan Nomor Pendaftaran {ref}. {REASONS['abcdefg'[code_i]][1][0].upper()}{REASONS['abcdefg'[code_i]][1][1:]}."
    if hand:
        d.para(kasus, "hand", 11, x=d.L + 4, lead=15)
    else:
        d.para(kasus, vf, 9.5, x=d.L + 4)
    sec("6. WAKTU PEMBERIAN TANGGAPAN ATAS KEBERATAN (diisi petugas)")
    d.line_text(
        "Hari/Tanggal : ....................................................", ctx.r, 9.5, x=d.L + 4
    )
    d.need(85)
    pg = d.pg
    city = p["city"] if rng.random() < 0.5 else "Palembang"
    xr = d.R - 180
    pg.t(xr, d.y, f"{city}, ", ctx.r, 9.5)
    pg.t(
        xr + tw(f"{city}, ", ctx.r, 9.5),
        d.y,
        fmt_date(ctx.date, rng.choice(("long", "slash0", "dash"))),
        vf,
        vs,
        vcol,
    )
    d.y += 15
    off = make_person(rng, degree_p=0.4)
    pg.t(d.L + 10, d.y, "Petugas Penerima Keberatan,", ctx.r, 9.5)
    pg.t(xr, d.y, "Pengaju Keberatan,", ctx.r, 9.5)
    if has_reg:
        ctx.sig(pg, d.L + 10, d.y + 4, 80)
    ctx.sig(pg, xr, d.y + 4, 80)
    pg.t(d.L + 10, d.y + 54, f"( {off['name'] if has_reg else '.' * 40} )", ctx.r, 9)
    pg.t(xr, d.y + 54, p["name"], "hand" if hand else ctx.b, vs, vcol)
    d.y += 70
    with_ktp = rng.random() < 0.25
    if with_ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=kreg if has_reg else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code="abcdefg"[code_i],
    )
    return Letter("keberatan", "K01_kab_form_numbered_grounds", d.pages, fields, handwritten=hand)


PPID_SAYS = {
    "a": (
        "Surat Keputusan PPID",
        "tentang Penolakan Permohonan Informasi Publik",
        "informasi yang Saudara mohon merupakan informasi yang dikecualikan berdasarkan Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008",
        "Saya tidak sependapat, karena informasi tersebut tidak memuat data pribadi yang dilindungi dan keputusan tersebut tidak disertai hasil uji konsekuensi.",
    ),
    "d": (
        "surat PPID",
        "perihal Pemberitahuan Tertulis",
        "bersama ini disampaikan Daftar Informasi Publik sebagai jawaban atas permohonan Saudara",
        "Jawaban tersebut tidak sesuai dengan informasi yang saya minta, karena yang saya minta adalah dokumennya, bukan daftar informasinya.",
    ),
    "e": (
        "surat PPID",
        "perihal Jawaban atas Permohonan Informasi",
        "permohonan Saudara belum dapat dipenuhi",
        "Tidak ada alasan yang dijelaskan mengapa permohonan saya tidak dipenuhi, padahal informasi tersebut dikuasai oleh KPU Provinsi Sumatera Selatan.",
    ),
    "f": (
        "surat PPID",
        "perihal Pemberitahuan Biaya Penggandaan",
        "salinan dapat diberikan setelah Saudara membayar biaya penggandaan Rp7.500 per lembar",
        "Biaya tersebut tidak wajar dan jauh melebihi biaya fotokopi yang berlaku umum.",
    ),
    "g": (
        "surat PPID",
        "perihal Penyampaian Informasi",
        "bersama ini disampaikan informasi yang Saudara mohon",
        "Surat tersebut baru saya terima jauh setelah batas waktu sepuluh hari kerja ditambah perpanjangan tujuh hari kerja berakhir.",
    ),
}


def k02_reply_surat_ppid(ctx: Ctx) -> Letter:
    """An objection written as a reply to the PPID's letter: under the Nomor / Lampiran / Perihal
    block a "Menjawab surat Saudara" block gives the PPID letter's number and date, and the first
    paragraph quotes that number, its date and the request's Nomor Pendaftaran; then what the
    PPID wrote, in quotation marks, and why the writer objects."""
    rng = ctx.rng
    d = Doc(ctx, top=66)
    p = make_person(rng, degree_p=0.4)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("aaadefg")
    kind, about, said, why = PPID_SAYS[code]
    pd = refd + timedelta(days=rng.randint(6, 13))
    if code == "a":
        pnum = f"{rng.randint(1, 40)}/PPID-KPU-SS/Kpts/{pd.year}"
    else:
        pnum = f"{rng.randint(20, 900)}/PP.01-SD/16/{pd.year}"
    item = info_item(rng)
    show_ref = rng.random() < 0.75
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Keberatan atas {kind[0].upper()}{kind[1:]} Nomor {pnum}",
            "Keberatan atas Jawaban PPID",
            "Pengajuan Keberatan Informasi Publik",
        )
    )
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(ll, "1 (satu) lembar salinan surat PPID", lw)
    d.kv(hl, subj, lw)
    d.gap(2)
    ry = rng.choice(("Menjawab surat Saudara:", "Surat Saudara:", "Menunjuk surat PPID:"))
    d.line_text(ry, ctx.i)
    for k, v in (("Nomor", pnum), ("Tanggal", fmt_date(pd, "long"))):
        d.kv(k, v, lw, x=d.L + 14)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    just = rng.random() < 0.6
    reg_part = (
        f" atas permohonan informasi saya dengan Nomor Pendaftaran {ref} tanggal {fmt_date(refd, 'long')}"
        if show_ref
        else " atas permohonan informasi saya"
    )
    d.para(
        f"Menanggapi {kind} Nomor {pnum} tanggal {fmt_date(pd, 'long')} {about}{reg_part} mengenai {lc1(item)}, dengan ini saya menyatakan keberatan.",
        indent=28 if rng.random() < 0.5 else 0,
        justify=just,
    )
    d.para(f'Dalam surat tersebut dinyatakan bahwa "{said}".', justify=just)
    d.para(why, justify=just)
    cite = rng.random() < 0.45
    if cite:
        d.para(
            f"Keadaan tersebut merupakan alasan keberatan sebagaimana dimaksud Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008.",
            justify=just,
        )
    d.para(
        "Untuk itu saya mohon Atasan PPID memeriksa kembali jawaban tersebut dan memerintahkan PPID memberikan informasi yang saya minta.",
        justify=just,
    )
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.35
    idpos = rng.choice(("body", "sign"))
    rows = [("Nama", p["name"])] + ([("NIK", p["nik"])] if show_nik else []) + [("Alamat", addr)]
    rows += (
        ([("Pekerjaan", p["job"])] if show_job else [])
        + [("Telepon", p["phone"])]
        + ([("Surel", p["email_printed"])] if show_mail else [])
    )
    if idpos == "body":
        d.para("Sebagai kelengkapan, berikut identitas saya:")
        klw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 8
        for k, v in rows:
            d.kv(k, v, klw, x=d.L + 16)
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,", "Pemohon Informasi,"], p["name"])
    if idpos == "sign":
        for k, v in rows[1:]:
            d.para(f"{k}: {v}", size=ctx.size - 1.5)
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
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_reply_surat_ppid_rows", d.pages, fields)


SPOKEN_REASON = {
    "a": "Jawaban dari PPID katanya informasinya dikecualikan, tidak bisa diberikan. Padahal menurut saya itu informasi terbuka, dan tidak ada penjelasan uji konsekuensinya.",
    "b": "Informasi itu kan mestinya diumumkan berkala, Pak, tapi di website tidak ada, di papan pengumuman kantor juga tidak ada.",
    "c": "Sampai sekarang sudah lewat sepuluh hari kerja belum ada jawaban sama sekali, tidak ada surat, tidak ada telepon.",
    "d": "Yang dikirim ke saya itu bukan data yang saya minta, tapi dokumen lain.",
    "e": "Permohonan saya katanya tidak bisa dipenuhi, tapi tidak dijelaskan alasannya apa.",
    "f": "Saya diminta bayar biaya fotokopi lima ribu per lembar, itu menurut saya tidak wajar.",
    "g": "Datanya memang sudah dikirim, tapi terlambat sekali, sudah jauh lewat batas waktunya.",
}


def k03_voice_note_transcript(ctx: Ctx) -> Letter:
    """The desk's verbatim transcript of an objection left as a WhatsApp voice message: a header
    grid (channel, sender number, profile name, time received, length), time-coded lines
    [00:00] ..., the clerk's note and signature with the transcription date."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    ctx.size = 10
    d = Doc(ctx, top=50, left=56, right=PW - 56)
    pg = d.pg
    pg.t(d.L, 50, "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", ctx.b, 10)
    pg.t(
        d.L,
        62,
        "Pejabat Pengelola Informasi dan Dokumentasi - Layanan Informasi Publik",
        ctx.r,
        8.5,
    )
    pg.line(d.L, 69, d.R, 69, 0.8)
    d.y = 92
    d.line_text(
        rng.choice(
            (
                "TRANSKRIP PESAN SUARA",
                "TRANSKRIP PESAN SUARA (VOICE NOTE)",
                "BERITA ACARA TRANSKRIP PESAN SUARA WHATSAPP",
            )
        ),
        ctx.b,
        12.5,
        align="c",
    )
    d.gap(6)
    p = make_person(rng, degree_p=0.0, prefix_p=0.0)
    name = p["core"]
    t0 = (rng.randint(7, 20), rng.randint(0, 59))
    dur = rng.randint(95, 260)
    mode = rng.choice(("e164", "local"))
    sender = f"+62 {p['nat'][:3]}-{p['nat'][3:7]}-{p['nat'][7:]}" if mode == "e164" else p["phone"]
    prof = rng.choice(
        (
            name.split()[0],
            name,
            f"{name.split()[0]} {name.split()[-1][0]}.",
            "~" + name.split()[0].lower(),
        )
    )
    grid_rows(
        d,
        [
            [("Kanal", "WhatsApp Layanan Informasi 0811-7140-095")],
            [("Nomor Pengirim", sender), ("Nama Profil", prof)],
            [
                (
                    "Diterima",
                    f"{HARI[ctx.date.weekday()]}, {fmt_date(ctx.date, 'long')} pukul {t0[0]:02d}.{t0[1]:02d} WIB",
                )
            ],
            [
                ("Durasi", f"{dur // 60:02d}:{dur % 60:02d}"),
                ("Berkas", f"VN-{ctx.date.strftime('%Y%m%d')}-{t0[0]:02d}{t0[1]:02d}.opus"),
            ],
        ],
        (100, (d.W - 200) / 2),
        size=9,
    )
    d.gap(20)
    d.line_text("ISI PESAN (ditranskripsikan apa adanya):", ctx.b, 10)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    show_nik = rng.random() < 0.45
    show_addr = rng.random() < 0.7
    show_purpose = rng.random() < 0.5
    addr = fmt_address(p, rng, rng.choice((3, 4, 0)))
    intro = f"Perkenalkan, nama saya {name}"
    if show_addr:
        intro += f", alamat saya di {addr}"
    intro += "."
    lines = [
        rng.choice(
            (
                "Assalamualaikum, {} Bapak Ibu di PPID KPU Provinsi.",
                "Halo, {}, ini dengan layanan informasi KPU Provinsi ya.",
            )
        ).format(
            "selamat pagi"
            if t0[0] < 11
            else "selamat siang"
            if t0[0] < 15
            else "selamat sore"
            if t0[0] < 18
            else "selamat malam"
        ),
        intro,
    ]
    if show_nik:
        lines.append(f"NIK saya {p['nik']}, biar gampang dicari datanya.")
    lines.append(
        f"Saya mau menyampaikan keberatan, Pak, Bu, atas permohonan informasi saya nomor pendaftaran {ref}, yang saya ajukan tanggal {fmt_date(refd, 'long')}."
    )
    lines.append(
        f"Waktu itu saya minta {lc1(item)}" + (f", untuk {lc1(purpose)}." if show_purpose else ".")
    )
    lines.append(SPOKEN_REASON[code])
    lines.append(
        "Jadi tolong keberatan saya ini disampaikan ke atasan PPID, dan saya minta datanya tetap diberikan."
    )
    lines.append(
        "Kalau ada yang kurang, silakan hubungi saya di nomor WhatsApp ini saja. Terima kasih, wassalamualaikum."
    )
    t = 0
    for ln in lines:
        stamp = f"[{t // 60:02d}:{t % 60:02d}]"
        d.need(14)
        d.pg.t(d.L, d.y, stamp, "cr", 9)
        d.para(ln, ctx.r, 10, x=d.L + 52, lead=13.5)
        t += max(4, int(len(ln) / 14) + rng.randint(0, 6))
        t = min(t, dur - 5)
    d.gap(8)
    td = ctx.date + timedelta(days=rng.randint(0, 2))
    off = make_person(rng, degree_p=0.5)
    d.para(
        "Catatan petugas: pesan suara diterima melalui kanal WhatsApp resmi dan disimpan dalam arsip digital. Transkrip ini dibuat untuk dicatat dalam register keberatan.",
        ctx.i,
        9,
    )
    d.gap(4)
    sign_block(
        d,
        ["Yang mentranskripsikan,", "Petugas Layanan Informasi,"],
        off["name"],
        place_date=f"Palembang, {fmt_date(td, 'long')}",
    )
    fields = F(
        applicant_name=name,
        nik=p["nik"] if show_nik else None,
        address=addr if show_addr else None,
        phone=p["e164"],
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_voice_note_transcript", d.pages, fields)


BEMS = [
    (
        ["BADAN EKSEKUTIF MAHASISWA", "KELUARGA MAHASISWA UNIVERSITAS SRIWIJAYA"],
        "BEM KM UNSRI",
        "Gedung Student Center Lt. 2, Kampus Indralaya",
    ),
    (
        ["DEWAN EKSEKUTIF MAHASISWA", "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG"],
        "DEMA UIN RF",
        "Gedung Pusat Kegiatan Mahasiswa, Jl. Prof. K.H. Zainal Abidin Fikri Km. 3,5",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "UNIVERSITAS MUHAMMADIYAH PALEMBANG"],
        "BEM UMP",
        "Jl. Jenderal Ahmad Yani 13 Ulu, Palembang",
    ),
    (
        ["BADAN EKSEKUTIF MAHASISWA", "POLITEKNIK NEGERI SRIWIJAYA"],
        "BEM POLSRI",
        "Jl. Srijaya Negara, Bukit Besar, Palembang",
    ),
]
CABINETS = (
    "Kabinet Harmoni Bergerak",
    "Kabinet Sinergi Nyata",
    "Kabinet Suluh Perubahan",
    "Kabinet Bara Juang",
)
BEM_REASON = {
    "a": "permohonan tersebut ditolak dengan alasan informasinya dikecualikan, tanpa disertai penjelasan hasil uji konsekuensi",
    "c": "hingga lebih dari sepuluh hari kerja permohonan tersebut tidak mendapatkan tanggapan tertulis apa pun",
    "d": "tanggapan yang kami terima tidak sesuai dengan informasi yang kami minta",
    "e": "permohonan tersebut tidak dipenuhi tanpa alasan yang jelas",
    "g": "informasi baru diberikan setelah jangka waktu yang ditentukan undang-undang terlampaui",
}


def k04_bem_two_logos(ctx: Ctx) -> Letter:
    """A student executive board objects: two logos flanking a coloured letterhead with the
    cabinet's name, Nomor / Lampiran / Perihal with the date on the Nomor line, the objecting
    minister's identity in a shaded-label grid (NIM beside NIK), "Salam Mahasiswa!", the
    minister signs and the president countersigns "Mengetahui"."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    names, short, saddr = rng.choice(BEMS)
    cab = rng.choice(CABINETS)
    col = rng.choice((NAVY, MAROON, GREEN, (10, 90, 150)))
    kop2(
        d,
        [(names[0], ctx.b, 14), (names[1], ctx.b, 12.5), (cab.upper(), ctx.i, 10)],
        [f"Sekretariat: {saddr}  Surel: {short.lower().replace(' ', '')}@gmail.com"],
        "lr",
        col,
        rng.choice(("double", "thinthick", "band")),
        kinds=("shield", "garuda"),
    )
    org = " ".join(names)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice(tuple(BEM_REASON))
    item = info_item(rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(1, 150):03d}/{short.replace(' ', '-')}/{rng.choice(('KASTRAT', 'ADVOKESMA', 'SEKJEN'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Keberatan atas Layanan Informasi Publik",
            f"Pengajuan Keberatan atas Permohonan Nomor {ref}",
            "Keberatan Informasi Publik",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, rng.choice(("2 (dua) berkas", "1 (satu) berkas"))), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text(rng.choice(("Dengan hormat,", "Salam Mahasiswa!")))
    p = make_person(rng, degree_p=0.0, prefix_p=0.0, job="Mahasiswa")
    role = rng.choice(
        (
            "Menteri Kajian Strategis",
            "Menteri Advokasi dan Kesejahteraan Mahasiswa",
            "Kepala Departemen Kajian dan Aksi Strategis",
        )
    )
    d.para("Yang bertanda tangan di bawah ini:")
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.5
    addr = fmt_address(p, rng)
    rows = [
        [("Nama", p["name"])],
        [("NIM", f"{rng.choice(('0701', '1920', '0611'))}{rng.randint(1900000, 2599999)}")],
    ]
    if show_nik:
        rows[-1].append(("NIK", p["nik"]))
    rows.append([("Jabatan", f"{role} {short}")])
    if show_job:
        rows.append([("Pekerjaan", "Mahasiswa")])
    rows.append([("Alamat", addr)])
    rows.append([("No. HP", p["phone"])] + ([("Surel", p["email_printed"])] if show_mail else []))
    grid_rows(d, rows, (78, (d.W - 156) / 2), size=ctx.size - 1)
    d.gap(20)
    d.para(
        f"selaku pemohon informasi yang mengajukan permohonan kepada PPID KPU Provinsi Sumatera Selatan pada tanggal {fmt_date(refd, 'long')} dengan Nomor Pendaftaran {ref}, berupa {lc1(item)}, dengan ini mengajukan keberatan kepada Atasan PPID karena {BEM_REASON[code]}.",
        justify=True,
    )
    purpose = rng.choice(
        (
            "Bahan kajian publik BEM tentang tata kelola pemilihan",
            "Bahan diskusi dan kajian mahasiswa tentang keterbukaan anggaran pemilu",
        )
    )
    show_purpose = rng.random() < 0.6
    if show_purpose:
        d.para(
            f"Informasi tersebut kami butuhkan sebagai {lc1(purpose)}, sehingga penundaan lebih lama akan menghambat kegiatan kami.",
            justify=True,
        )
    d.para(
        "Kami berharap Atasan PPID dapat memeriksa keberatan ini dan memerintahkan PPID untuk memberikan informasi tersebut sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008.",
        justify=True,
    )
    d.para(
        rng.choice(
            (
                "Hidup Mahasiswa! Hidup Rakyat Indonesia!",
                "Demikian surat ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.",
            )
        )
    )
    d.gap(4)
    d.need(130)
    y0 = d.y
    pres = make_person(rng, degree_p=0.0, prefix_p=0.0)
    sign_block(
        d,
        ["Mengetahui,", "Presiden Mahasiswa,"]
        if "BEM" in short
        else ["Mengetahui,", "Ketua DEMA,"],
        pres["name"],
        x=d.L,
        stamp=(names[0][:28], short.split()[0]),
    )
    d.y = y0
    sign_block(d, ["", f"{role},"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation="Mahasiswa" if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_bem_two_logos", d.pages, fields)


CHRONO_EVENT = {
    "a": "Menerima surat PPID: permohonan ditolak karena informasi dikecualikan",
    "b": "Informasi berkala tersebut tidak ada di website maupun papan pengumuman",
    "c": "Belum ada jawaban tertulis apa pun dari PPID",
    "d": "Menerima jawaban PPID, tetapi isinya dokumen lain",
    "e": "Menerima surat PPID: permohonan tidak dapat dipenuhi, tanpa alasan",
    "f": "Diminta membayar biaya fotokopi Rp5.000 per lembar",
    "g": "Baru menerima informasi, lewat dari batas waktu",
}


def add_workdays(d0: date, n: int) -> date:
    x = d0
    while n:
        x += timedelta(days=1)
        if x.weekday() < 5:
            n -= 1
    return x


def k05_hand_drawn_table(ctx: Ctx) -> Letter:
    """A hand-written objection on plain paper whose chronology is a table ruled by hand (lines
    that wobble) No | Tanggal | Kejadian; the ground is given in words after the table."""
    rng = ctx.rng
    ctx.r = ctx.b = "hand"
    ctx.size = 12.5
    d = Doc(ctx, top=66, left=62, right=PW - 56)
    lead = 19.0
    p = make_person(rng, degree_p=0.15)
    ref, refd = reg_number(rng, ctx.date)
    code = rng.choice("abcdefg")
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    show_purpose = rng.random() < 0.6
    d.para(
        place_date(rng, p["city"], ctx.date, rng.choice(("long", "slash", "dash"))),
        x=d.R - 170,
        lead=lead,
    )
    subj = rng.choice(("Keberatan", "Pengajuan Keberatan", "Keberatan Informasi Publik"))
    has_hal = rng.random() < 0.7
    if has_hal:
        d.kv("Hal", subj, 34, font="hand", vfont="hand", lead=lead)
    for s in rng.choice(
        (
            ["Kepada Yth.", "Atasan PPID KPU Prov. Sumsel", "di Palembang"],
            ["Yth. Bapak/Ibu Atasan PPID", "KPU Provinsi Sumatera Selatan"],
        )
    ):
        d.para(s, lead=lead)
    d.gap(4)
    d.para("Dengan hormat,", lead=lead)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 4)))
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    rows = [("Nama", p["name"])] + ([("NIK", p["nik"])] if show_nik else []) + [("Alamat", addr)]
    rows += ([("Pekerjaan", p["job"])] if show_job else []) + [("HP", p["phone"])]
    d.para("Saya yang bertanda tangan di bawah ini,", lead=lead)
    for k, v in rows:
        d.kv(k, v, 62, font="hand", vfont="hand", lead=lead)
    d.para(
        f"mengajukan keberatan atas permohonan informasi saya berupa {lc1(item)}"
        + (f" untuk {lc1(purpose)}." if show_purpose else "."),
        lead=lead,
    )
    d.para("Kronologinya sebagai berikut:", lead=lead)
    # the hand-ruled table
    dl_day = add_workdays(refd, 10)
    ev_day = (
        dl_day + timedelta(days=rng.randint(1, 6))
        if code in ("c", "g", "b")
        else refd + timedelta(days=rng.randint(5, 12))
    )
    ds = rng.choice(("dash", "slash"))
    trows = [
        ["1", fmt_date(refd, ds), f"Mengajukan permohonan informasi, Nomor Pendaftaran {ref}"],
        ["2", fmt_date(dl_day, ds), "Batas waktu jawaban 10 hari kerja"],
        ["3", fmt_date(ev_day, ds), CHRONO_EVENT[code]],
    ]
    if code in ("c", "g", "b"):
        trows[1], trows[2] = trows[1], trows[2]
    else:
        trows[1], trows[2] = trows[2], trows[1]
        trows[1][0], trows[2][0] = "2", "3"
    hs = 11.5
    widths = [28, 92, d.W - 120]
    head = ["No", "Tanggal", "Kejadian"]
    cells = [
        [wrap(c, "hand", hs, w - 10) for c, w in zip(r, widths, strict=True)]
        for r in [head, *trows]
    ]
    hts = [max(len(c) for c in r) * 16 + 8 for r in cells]
    d.need(sum(hts) + 10)
    top = d.y - 12
    yy = top
    pg = d.pg
    wobble_line(pg, rng, d.L, top, d.L + sum(widths), top, ctx.ink)
    for r, h in zip(cells, hts, strict=True):
        xx = d.L
        for c, w in zip(r, widths, strict=True):
            ty = yy + 16
            for ln in c:
                d._hand(xx + 5, ty, ln, hs, ctx.ink)
                ty += 16
            xx += w
        yy += h
        wobble_line(pg, rng, d.L, yy, d.L + sum(widths), yy, ctx.ink)
    xx = d.L
    for w in [0, *widths]:
        xx += w
        wobble_line(pg, rng, xx, top, xx, yy, ctx.ink)
    d.y = yy + 22
    why = REASONS[code][1]
    d.para(f"Saya keberatan karena {why}.", lead=lead)
    d.para(
        "Mohon Bapak/Ibu Atasan PPID dapat menindaklanjuti keberatan saya ini. Terima kasih.",
        lead=lead,
    )
    d.need(80)
    x = d.R - 170
    d.para("Hormat saya,", x=x, lead=lead)
    ctx.sig(d.pg, x, d.y - 10, 85)
    d.y += 42
    d.para(p["name"], x=x, lead=lead)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj if has_hal else None,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_hand_drawn_table", d.pages, fields, handwritten=True)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
KI = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def s01_ptun_relaas_kasasi(ctx: Ctx) -> Letter:
    """The administrative court's bailiff's record (relaas) telling the KPU that the applicant has
    filed a cassation against the court's decision on the KI ruling: court heading without a
    letterhead rule, case number under the title, the day written in words, the KI register
    number and the original request in the body, "Yang Menerima" and "Jurusita Pengganti"
    signatures."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("times", "times", "serif"))]
    d = Doc(ctx, top=60, left=72, right=PW - 66)
    pg = d.pg
    court = "PENGADILAN TATA USAHA NEGARA PALEMBANG"
    logo(pg, d.L, 40, 46, "scale")
    umb = rng.random() < 0.5
    yy = 56
    if umb:
        pg.t((d.L + d.R) / 2 + 20, yy, "MAHKAMAH AGUNG REPUBLIK INDONESIA", ctx.b, 11, align="c")
        yy += 15
    pg.t((d.L + d.R) / 2 + 20, yy, court, ctx.b, 13.5, align="c")
    yy += 14
    pg.t(
        (d.L + d.R) / 2 + 20,
        yy,
        "Jl. Jenderal Ahmad Yani No. 67, Plaju, Palembang 30267  Laman: ptun-palembang.go.id",
        ctx.r,
        8.5,
        align="c",
    )
    pg.line(d.L, yy + 10, d.R, yy + 10, 0.6)
    d.y = yy + 40
    pd = ctx.date - timedelta(days=rng.randint(25, 60))
    yr = pd.year
    case = f"{rng.randint(1, 40)}/G/KI/{yr}/PTUN.PLG"
    akta = f"{rng.randint(1, 40)}/K/KI/{ctx.date.year}/PTUN.PLG"
    d.line_text("RELAAS PEMBERITAHUAN PERNYATAAN KASASI", ctx.b, ctx.size + 1.5, align="c")
    d.line_text(f"Nomor: {case}", ctx.r, align="c")
    d.gap(8)
    jurusita = make_person(rng, degree_p=0.6)
    p = make_person(rng)
    addr = fmt_address(p, rng)
    regd = pd - timedelta(days=rng.randint(90, 150))
    reg = ki_register(rng, regd)
    kpd = regd + timedelta(days=rng.randint(40, 80))
    kput = f"{rng.randint(1, 60):03d}/{roman(kpd.month)}/KI-SS-PS-A/{kpd.year}"
    item = info_item(rng)
    show_item = rng.random() < 0.6
    show_ref = rng.random() < 0.3
    ref, _ = reg_number(rng, regd - timedelta(days=40))
    digits = rng.random() < 0.4
    d.para(
        f"Pada hari ini, {HARI[ctx.date.weekday()]} {words_date(ctx.date)}"
        + (f" ({ctx.date.strftime('%d-%m-%Y')})" if digits else "")
        + f", saya, {jurusita['name']}, Jurusita Pengganti pada {court.title().replace('Tata Usaha Negara', 'Tata Usaha Negara')}, atas perintah Panitera Pengadilan tersebut, telah memberitahukan kepada:",
        justify=True,
    )
    lw = 78
    for k, v in (
        (
            "Nama",
            "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan",
        ),
        ("Alamat", "Jl. Kapten A. Rivai No. 95 Palembang"),
        ("Kedudukan", "Termohon Kasasi, semula Pemohon Keberatan"),
    ):
        d.kv(k, v, lw, x=d.L + 16)
    d.gap(2)
    body = (
        f"bahwa {p['name']}, beralamat di {addr}, selaku Pemohon Kasasi, semula Termohon Keberatan / Pemohon Informasi, "
        f"pada tanggal {fmt_date(ctx.date - timedelta(days=rng.randint(2, 7)), 'long')} telah mengajukan permohonan kasasi sebagaimana Akta Permohonan Kasasi Nomor {akta} "
        f"terhadap Putusan Pengadilan Tata Usaha Negara Palembang Nomor {case} tanggal {fmt_date(pd, 'long')}, "
        f"yang memeriksa keberatan atas Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {kput} dalam Sengketa Informasi Publik Register Nomor {reg}"
    )
    if show_item:
        body += f" mengenai permohonan informasi berupa {lc1(item)}"
    if show_ref:
        body += f" dengan Nomor Pendaftaran {ref}"
    body += "."
    d.para(body, justify=True)
    d.para(
        "Memori kasasi, apabila ada, akan diberitahukan kepada Termohon Kasasi, dan Termohon Kasasi dapat mengajukan kontra memori kasasi dalam tenggang waktu 14 (empat belas) hari sejak menerima salinan memori kasasi tersebut.",
        justify=True,
    )
    met = rng.choice(
        (
            "bertemu dengan dan menyerahkan salinan relaas ini kepada",
            "menyerahkan salinan relaas ini melalui",
        )
    )
    recv = make_person(rng, degree_p=0.4)
    d.para(
        f"Pemberitahuan ini saya lakukan di kantor Termohon Kasasi, {met} {recv['name']}, {rng.choice(('staf Subbagian Hukum', 'Kepala Subbagian Hukum dan SDM', 'petugas penerima surat'))}.",
        justify=True,
    )
    d.gap(10)
    d.need(100)
    pg = d.pg
    y = d.y
    pg.t(d.L + 10, y, "Yang Menerima,", ctx.r, ctx.size)
    pg.t(d.R - 180, y, "Jurusita Pengganti,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 10, y + 6, 85)
    ctx.sig(pg, d.R - 180, y + 6, 85)
    pg.t(d.L + 10, y + 62, recv["name"], ctx.b, ctx.size - 0.5)
    pg.t(d.R - 180, y + 62, jurusita["name"], ctx.b, ctx.size - 0.5)
    d.y = y + 90
    d.line_text(f"Biaya relaas: {rp(rng.choice((50000, 75000, 100000)))}", ctx.i, ctx.size - 2)
    fields = F(
        applicant_name=p["name"],
        address=addr,
        information_requested=item if show_item else None,
        letter_number=case,
        letter_date=ctx.date.isoformat(),
        sender_org=court,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_ptun_relaas_kasasi", d.pages, fields)


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


def s02_mediasi_gagal_riwayat(ctx: Ctx) -> Letter:
    """The KI tells the respondent that mediation failed and the case goes to adjudication: a
    "Riwayat Penanganan" table (Tahap | Tanggal | Keterangan) of the case so far, the object of
    the dispute, the next hearing."""
    rng = ctx.rng
    d = Doc(ctx)
    org = kop_ki2(d, rng)
    p = make_person(rng)
    regd = ctx.date - timedelta(days=rng.randint(32, 60))
    reg = ki_register(rng, regd)
    ref, _ = reg_number(rng, regd - timedelta(days=45))
    item = info_item(rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{rng.choice(('PS', 'SET', 'PAN'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Mediasi Tidak Berhasil dan Sidang Ajudikasi",
            "Pemberitahuan Kelanjutan Penyelesaian Sengketa melalui Ajudikasi",
            "Pemberitahuan Hasil Mediasi",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) lembar"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Yth. Ketua KPU Provinsi Sumatera Selatan",
                    "c.q. PPID KPU Provinsi Sumatera Selatan",
                    "selaku Termohon",
                    "di Palembang",
                ],
                [
                    "Kepada Yth.",
                    "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                    "di -",
                    "Palembang",
                ],
            )
        ),
    )
    d.gap(6)
    show_addr = rng.random() < 0.4
    addr = fmt_address(p, rng)
    who = f"{p['name']}" + (f", beralamat di {addr}," if show_addr else "")
    d.para(
        f"Menindaklanjuti penyelesaian Sengketa Informasi Publik Register Nomor {reg} antara {who} selaku Pemohon, dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan selaku Termohon, bersama ini kami sampaikan bahwa proses mediasi tidak mencapai kesepakatan sebagaimana tertuang dalam Berita Acara Mediasi, sehingga penyelesaian sengketa dilanjutkan melalui ajudikasi nonlitigasi.",
        justify=True,
    )
    show_ref = rng.random() < 0.55
    d.kv(
        "Objek sengketa", item + (f" (Nomor Pendaftaran {ref})" if show_ref else ""), 92, x=d.L + 10
    )
    d.gap(4)
    d.line_text("Riwayat penanganan perkara:", ctx.b)
    t1 = regd + timedelta(days=rng.randint(5, 9))
    t2 = t1 + timedelta(days=rng.randint(5, 8))
    t3 = t2 + timedelta(days=rng.randint(5, 8))
    t3 = min(t3, ctx.date - timedelta(days=1))
    st = rng.choice(("dash", "long", "slash0"))
    table2(
        d,
        [26, 150, 110, d.W - 286],
        [
            ["1", "Registrasi permohonan", fmt_date(regd, st), "Lengkap dan diregister"],
            ["2", "Pemeriksaan awal", fmt_date(t1, st), "Kedudukan hukum para pihak diterima"],
            ["3", "Mediasi I", fmt_date(t2, st), "Para pihak hadir; mediasi ditunda"],
            ["4", "Mediasi II", fmt_date(t3, st), "Tidak tercapai kesepakatan"],
        ],
        ["No", "Tahap", "Tanggal", "Keterangan"],
    )
    sd = ctx.date + timedelta(days=rng.randint(5, 12))
    while sd.weekday() > 4:
        sd += timedelta(days=1)
    d.para("Sidang ajudikasi dengan agenda pemeriksaan pokok perkara akan dilaksanakan pada:")
    for k, v in (
        ("Hari/Tanggal", fmt_date(sd, "day")),
        ("Pukul", f"{rng.choice(('09.00', '10.00', '13.30'))} WIB"),
        ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"),
    ):
        d.kv(k, v, 80, x=d.L + 20)
    d.para(
        "Termohon diminta hadir dengan membawa surat kuasa (apabila diwakili) dan dokumen pendukung, termasuk hasil uji konsekuensi bila informasi dinyatakan dikecualikan.",
        justify=True,
    )
    sign_block(
        d,
        [rng.choice(("Panitera Pengganti,", "Ketua Majelis Komisioner,", "Plh. Panitera,"))],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Pemohon;", size=ctx.size - 1)
    d.line_text("2. Arsip.", size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_mediasi_gagal_riwayat", d.pages, fields)


OTHER_RESPONDENTS = (
    "PPID Dinas Pekerjaan Umum dan Penataan Ruang Kota Palembang",
    "PPID Pemerintah Kabupaten Banyuasin",
    "PPID Kantor Pertanahan Kota Prabumulih",
    "PPID Pemerintah Desa Tanjung Raja, Kabupaten Ogan Ilir",
    "PPID RSUD Siti Fatimah Provinsi Sumatera Selatan",
    "PPID Dinas Pendidikan Provinsi Sumatera Selatan",
    "PPID KPU Kabupaten Lahat",
    "PPID Bawaslu Kota Lubuklinggau",
    "PPID Universitas Sriwijaya",
    "PPID Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Muara Enim",
)
AGENDAS = (
    "Pemeriksaan Awal",
    "Mediasi",
    "Pembuktian",
    "Pemeriksaan Saksi",
    "Kesimpulan",
    "Pembacaan Putusan",
)


def s03_jadwal_sidang_multi(ctx: Ctx) -> Letter:
    """The KI sends its weekly hearing schedule: a short cover letter and a landscape Lampiran
    table listing several cases of different respondents; one row is the case against the
    provincial KPU's PPID (another may be against a KPU kabupaten's)."""
    rng = ctx.rng
    d = Doc(ctx)
    org = kop_ki2(d, rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    mon = ctx.date + timedelta(days=(7 - ctx.date.weekday()) % 7 or 7)
    fri = mon + timedelta(days=4)
    period = f"{fmt_date(mon, 'long')} s.d. {fmt_date(fri, 'long')}"
    subj = rng.choice(
        (
            "Jadwal Sidang Sengketa Informasi Publik",
            "Penyampaian Jadwal Sidang Sengketa Informasi Publik",
            f"Jadwal Sidang Periode {period}",
        )
    )
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) lembar"), (hl, subj)], place_date(rng, "Palembang", ctx.date)
    )
    yth_block(
        d,
        rng.choice(
            (
                ["Yth. PPID KPU Provinsi Sumatera Selatan", "di Palembang"],
                [
                    "Yth. Para Pihak Sengketa Informasi Publik",
                    "(sebagaimana terlampir)",
                    "di Tempat",
                ],
            )
        ),
    )
    d.gap(6)
    p = make_person(rng)
    if tw(p["name"], ctx.r, 8.5) > 130 - 12:  # the name must fit one line of the schedule's cell
        p["name"] = p["core"]
    reg_d = ctx.date - timedelta(days=rng.randint(20, 70))
    reg = ki_register(rng, reg_d)
    mention = rng.random() < 0.4
    d.para(
        f"Bersama ini kami sampaikan jadwal sidang sengketa informasi publik pada Komisi Informasi Provinsi Sumatera Selatan untuk periode {period} sebagaimana tercantum dalam lampiran surat ini."
        + (
            f" Perkara Register Nomor {reg} dengan Pemohon {p['name']} termasuk dalam jadwal tersebut."
            if mention
            else ""
        ),
        justify=True,
    )
    d.para(
        "Para pihak diminta hadir 30 (tiga puluh) menit sebelum sidang dimulai, membawa identitas dan surat kuasa bagi yang diwakili. Perubahan jadwal akan diberitahukan melalui surat atau pesan resmi Kepaniteraan.",
        justify=True,
    )
    sign_block(
        d,
        rng.choice((["Ketua,"], ["Panitera,"], ["a.n. Ketua", "Panitera,"])),
        make_person(rng, degree_p=1.0)["name"],
    )
    # landscape lampiran
    lp = Page("plain", PH, PW)
    d.pages.append(lp)
    d.size = (PH, PW)
    d.L, d.R, d.y, d.bottom = 40.0, PH - 40, 50.0, PW - 36
    d.line_text(
        f"LAMPIRAN SURAT KOMISI INFORMASI PROVINSI SUMATERA SELATAN NOMOR {num}", ctx.r, 8.5
    )
    d.line_text(f"TANGGAL {fmt_date(ctx.date, 'upper')}", ctx.r, 8.5)
    d.gap(4)
    d.line_text("JADWAL SIDANG SENGKETA INFORMASI PUBLIK", ctx.b, 12, align="c")
    d.line_text(f"Periode {period}", ctx.r, 10, align="c")
    d.gap(6)
    n = rng.randint(4, 7)
    resp = rng.sample(OTHER_RESPONDENTS, n - 1)
    ours = rng.randrange(n)
    rows = []
    days = [mon + timedelta(days=i) for i in range(5)]
    size = 8.5
    wpem = 130
    for i in range(n):
        if i == ours:
            who, pem, rg = "PPID KPU Provinsi Sumatera Selatan", p["name"], reg
        else:
            who = resp.pop()
            q = make_person(rng)
            pem = q["name"]
            rg = ki_register(rng, ctx.date - timedelta(days=rng.randint(15, 120)))
        if tw(pem, ctx.r, size) > wpem - 12:
            pem = q["core"]
        dd = days[min(4, i * 5 // n)]
        rows.append(
            [
                str(i + 1),
                rg,
                pem,
                who,
                rng.choice(AGENDAS),
                fmt_date(dd, "day"),
                rng.choice(("09.00", "10.30", "13.30", "14.30")),
                rng.choice(("Ruang Sidang I", "Ruang Sidang II", "Daring (Zoom)")),
            ]
        )
    widths = [22, 108, wpem, 178, 90, 120, 40, d.W - 688]
    table2(
        d,
        widths,
        rows,
        ["No", "Nomor Register", "Pemohon", "Termohon", "Agenda", "Hari/Tanggal", "Pukul", "Ruang"],
        size=size,
    )
    d.line_text(
        "Jadwal dapat berubah sewaktu-waktu; perubahan diumumkan di laman Komisi Informasi.",
        ctx.i,
        8,
    )
    fields = F(
        applicant_name=p["name"],
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_jadwal_sidang_multi_perkara", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
def m01_kppn_rekening(ctx: Ctx) -> Letter:
    """The state treasury office (KPPN) on the satker's bank accounts: four-line ministry
    letterhead with the address in capitals, number "S-..", the date alone at the top right
    (no place), a table of accounts with their status, an electronic-signature note."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "times"))]
    d = Doc(ctx, top=40)
    kota = rng.choice(("PALEMBANG", "PALEMBANG", "LAHAT", "BATURAJA", "LUBUKLINGGAU"))
    lines = [
        ("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", ctx.b, 11.5),
        ("DIREKTORAT JENDERAL PERBENDAHARAAN", ctx.b, 10.5),
        ("KANTOR WILAYAH DIREKTORAT JENDERAL PERBENDAHARAAN PROVINSI SUMATERA SELATAN", ctx.b, 9),
        (f"KANTOR PELAYANAN PERBENDAHARAAN NEGARA {kota}", ctx.b, 11),
    ]
    kop2(
        d,
        lines,
        [
            f"GEDUNG KEUANGAN NEGARA {kota}, JALAN {rng.choice(('KAPTEN A. RIVAI', 'MERDEKA', 'JENDERAL SUDIRMAN'))} NOMOR {rng.randint(1, 120)}, TELEPON (0711) {rng.randint(35, 37)}{rng.randint(1000, 9999)}; SITUS djpb.kemenkeu.go.id/kppn/{kota.lower()}"
        ],
        "l",
        INK,
        "single",
        y=30,
    )
    num = f"S-{rng.randint(100, 2999)}/KPN.{rng.choice(('0601', '0602', '0603', '0604'))}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Penertiban Rekening Milik Satuan Kerja",
            "Konfirmasi Status Rekening Bendahara Satuan Kerja",
            "Penutupan Rekening Penampungan Dana Hibah yang Tidak Aktif",
        )
    )
    d.pg.t(d.R, d.y, fmt_date(ctx.date, "long"), ctx.r, ctx.size, align="r")
    lw = tw("Lampiran", ctx.r, ctx.size) + 8
    for k, v in (
        ("Nomor", num),
        ("Sifat", rng.choice(("Segera", "Biasa"))),
        ("Lampiran", rng.choice(("Satu lembar", "-"))),
        ("Hal", subj),
    ):
        d.kv(k, v, lw)
    d.gap(8)
    yth_block(
        d,
        [
            rng.choice(
                ("Yth. Kuasa Pengguna Anggaran", "Yth. Sekretaris KPU Provinsi Sumatera Selatan")
            ),
            f"Satuan Kerja KPU Provinsi Sumatera Selatan (Kode 351{rng.randint(100, 999):03d})",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.para(
        "Sehubungan dengan pengelolaan rekening milik satuan kerja lingkup kementerian negara/lembaga, berdasarkan data rekening yang terdaftar pada aplikasi pengelolaan rekening, dengan ini kami sampaikan hal-hal sebagai berikut:",
        justify=True,
    )
    d.numbered(
        [
            "Terdapat rekening pada satuan kerja Saudara yang perlu ditindaklanjuti sebagaimana tabel di bawah ini.",
            "Rekening yang tidak aktif lebih dari 6 (enam) bulan atau tidak memiliki izin agar ditutup dan saldonya disetor ke Kas Negara.",
        ],
        "{}.",
    )
    banks = ("Bank Sumsel Babel", "BRI", "BNI", "Bank Mandiri", "BSI")
    rows = []
    for i in range(rng.randint(2, 4)):
        b = rng.choice(banks)
        rows.append(
            [
                str(i + 1),
                rng.choice(
                    (
                        "RPL 125 KPU PROV SUMSEL UTK DANA HIBAH",
                        "BPG 125 KPU PROVINSI SUMSEL",
                        "BPN 125 KPU PROVINSI SUMSEL",
                        "RPL 125 KPU SUMSEL PEMILIHAN 2024",
                    )
                ),
                b,
                f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-{rng.randint(1, 9)}",
                rng.choice(
                    ("Tidak aktif", "Izin berakhir", "Aktif, saldo nihil", "Perlu pemutakhiran")
                ),
            ]
        )
    table2(
        d,
        [24, 180, 82, 100, d.W - 386],
        rows,
        ["No", "Nama Rekening", "Bank", "Nomor Rekening", "Keterangan"],
        size=ctx.size - 1.5,
    )
    due = ctx.date + timedelta(days=rng.randint(10, 20))
    d.para(
        f"Tindak lanjut berupa penutupan rekening, permohonan izin baru atau pemutakhiran data agar disampaikan kepada KPPN paling lambat tanggal {fmt_date(due, 'long')}. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.",
        justify=True,
    )
    sign_block(d, ["Kepala Kantor,"], make_person(rng, degree_p=0.9)["name"])
    if rng.random() < 0.6:
        d.line_text("Ditandatangani secara elektronik", ctx.i, ctx.size - 2, x=d.R - 175)
    d.line_text("Tembusan:", size=ctx.size - 1.5)
    d.line_text("Kepala Kantor Wilayah DJPb Provinsi Sumatera Selatan", size=ctx.size - 1.5)
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"KANTOR PELAYANAN PERBENDAHARAAN NEGARA {kota}",
    )
    return Letter("surat_masuk", "M01_kppn_rekening_satker", d.pages, fields)


def m02_kpk_lhkpn(ctx: Ctx) -> Letter:
    """The anti-corruption commission reminds the secretariat of officials' wealth reports
    (LHKPN): red-and-black letterhead with the address block at the right, a table of officials
    and their reporting status, elhkpn instructions, Tembusan."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "helv"))]
    d = Doc(ctx, top=40)
    pg = d.pg
    red = (170, 25, 30)
    logo(pg, d.L, 34, 50, "shield")
    pg.t(d.L + 60, 56, "KOMISI PEMBERANTASAN KORUPSI", ctx.b, 15, red)
    pg.t(d.L + 60, 72, "REPUBLIK INDONESIA", ctx.b, 11.5)
    pg.line(d.L, 92, d.R, 92, 1.4, red)
    pg.line(d.L, PH - 46, d.R, PH - 46, 0.6, red)
    pg.t(
        (d.L + d.R) / 2,
        PH - 36,
        "Gedung Merah Putih KPK, Jl. Kuningan Persada Kav. 4, Setiabudi, Jakarta 12950  Telp. (021) 2557 8300  www.kpk.go.id",
        ctx.r,
        7.5,
        align="c",
    )
    d.y = 118
    num = f"B/{rng.randint(1000, 9999)}/LHK.{rng.randint(0, 2):02d}.00/{rng.randint(10, 30)}-{rng.randint(10, 16)}/{ctx.date.month:02d}/{ctx.date.year}"
    tahun = ctx.date.year - 1
    subj = rng.choice(
        (
            f"Pemberitahuan Kepatuhan Penyampaian LHKPN Periodik Tahun Pelaporan {tahun}",
            f"Penyampaian LHKPN Periodik Tahun {tahun}",
            "Permintaan Pemutakhiran Data Wajib Lapor LHKPN",
        )
    )
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "1 (satu) berkas"), (hl, subj)],
        place_date(rng, "Jakarta", ctx.date, "long"),
    )
    yth_block(
        d, ["Yth. Sekretaris Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di Palembang"]
    )
    d.gap(6)
    d.para(
        f"Dalam rangka pelaksanaan kewajiban penyelenggara negara untuk menyampaikan Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) secara periodik atas harta kekayaan per 31 Desember {tahun}, berikut kami sampaikan status penyampaian LHKPN wajib lapor pada instansi Saudara:",
        justify=True,
    )
    rows = []
    posts = [
        "Ketua",
        "Anggota",
        "Anggota",
        "Anggota",
        "Anggota",
        "Sekretaris",
        "Kepala Bagian Keuangan, Umum dan Logistik",
        "Kepala Bagian Teknis Penyelenggaraan Pemilu",
        "Kepala Bagian Hukum dan SDM",
    ]
    n = rng.randint(4, 7)
    keep = sorted(rng.sample(range(len(posts)), n))
    for i, j in enumerate(keep):
        w = make_person(rng, degree_p=0.8)
        rows.append(
            [
                str(i + 1),
                w["name"],
                posts[j],
                rng.choice(("Sudah lapor", "Belum lapor", "Belum lengkap", "Sudah lapor")),
            ]
        )
    table2(
        d, [24, 170, 185, d.W - 379], rows, ["No", "Nama", "Jabatan", "Status"], size=ctx.size - 1.5
    )
    d.para(
        "Kami minta Saudara memastikan seluruh wajib lapor yang belum menyampaikan atau belum melengkapi laporannya agar menyampaikan LHKPN melalui aplikasi elhkpn.kpk.go.id paling lambat 31 Maret. Untuk informasi lebih lanjut dapat menghubungi Direktorat Pendaftaran dan Pemeriksaan LHKPN melalui surel elhkpn@kpk.go.id.",
        justify=True,
    )
    d.para("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.")
    sign_block(
        d, ["Direktur Pendaftaran dan Pemeriksaan LHKPN,"], make_person(rng, degree_p=0.7)["name"]
    )
    d.line_text("Tembusan:", size=ctx.size - 1.5)
    d.line_text("1. Ketua KPU Provinsi Sumatera Selatan;", size=ctx.size - 1.5)
    d.line_text("2. Inspektur Utama KPU.", size=ctx.size - 1.5)
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="KOMISI PEMBERANTASAN KORUPSI REPUBLIK INDONESIA",
    )
    return Letter("surat_masuk", "M02_kpk_lhkpn_wajib_lapor", d.pages, fields)


def m03_arsip_kuesioner(ctx: Ctx) -> Letter:
    """The provincial records office announces an archives inspection and encloses a
    questionnaire: page 2 a table No | Pertanyaan ("Apakah ...?") | Ya | Tidak | Keterangan to be
    filled by the KPU (questions, but the office asks about the KPU's own records)."""
    rng = ctx.rng
    d = Doc(ctx, top=40)
    kop2(
        d,
        [
            ("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 12),
            ("DINAS PERPUSTAKAAN DAN KEARSIPAN", ctx.b, 14.5),
        ],
        [
            f"Jl. {rng.choice(('Demang Lebar Daun', 'Kapten A. Rivai'))} No. {rng.randint(2, 60)} Palembang 30137  Telp. (0711) {rng.randint(35, 45)}{rng.randint(1000, 9999)}  Laman: dispustaka.sumselprov.go.id"
        ],
        rng.choice(("l", "l", "c")),
        INK,
        rng.choice(("double", "thinthick")),
        y=30,
    )
    num = f"{rng.choice(('000.5.2.3', '045.2', '000.5.3'))}/{rng.randint(100, 1999)}/DPK/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pengawasan Kearsipan Eksternal Tahun {}",
            "Pelaksanaan Pengawasan Kearsipan Tahun {}",
            "Permintaan Pengisian Kuesioner Pengawasan Kearsipan",
        )
    ).format(ctx.date.year)
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) berkas"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada", "Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    vd = ctx.date + timedelta(days=rng.randint(10, 25))
    while vd.weekday() > 4:
        vd += timedelta(days=1)
    d.para(
        "Dalam rangka pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan dan pembinaan kearsipan pada perangkat daerah serta instansi vertikal di Provinsi Sumatera Selatan, kami akan melaksanakan pengawasan kearsipan eksternal pada instansi Saudara.",
        justify=True,
    )
    d.para(
        f"Sehubungan dengan itu, kami mohon Saudara mengisi kuesioner pengawasan kearsipan sebagaimana terlampir dan menyampaikannya kembali paling lambat {fmt_date(vd - timedelta(days=5), 'long')}. Verifikasi lapangan akan dilaksanakan pada {fmt_date(vd, 'day')} oleh tim arsiparis kami.",
        justify=True,
    )
    cp = make_person(rng, degree_p=0.5)
    d.para(f"Narahubung: {cp['name']}, Arsiparis Ahli Muda ({cp['phone']}).")
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(d, ["Kepala Dinas,"], make_person(rng, degree_p=1.0)["name"], sub=f"NIP {nip(rng)}")
    d.newpage()
    d.y = 60
    d.line_text(f"Lampiran Surat Nomor {num}", ctx.r, ctx.size - 1.5)
    d.gap(4)
    d.line_text("KUESIONER PENGAWASAN KEARSIPAN EKSTERNAL", ctx.b, ctx.size + 1, align="c")
    d.gap(6)
    qs = [
        "Apakah instansi telah menetapkan Jadwal Retensi Arsip?",
        "Apakah tersedia unit kearsipan dan arsiparis yang ditetapkan dengan surat keputusan?",
        "Apakah arsip aktif diberkaskan menurut klasifikasi arsip?",
        "Apakah tersedia daftar arsip aktif dan daftar arsip inaktif?",
        "Apakah pemusnahan arsip dilakukan dengan berita acara dan persetujuan yang berwenang?",
        "Apakah tersedia ruang penyimpanan arsip inaktif (records center)?",
        "Apakah arsip vital telah diidentifikasi dan dilindungi?",
        "Apakah surat masuk dicatat dalam aplikasi tata naskah dinas elektronik?",
        "Apakah arsip pemilu dan pemilihan telah diserahkan sesuai jadwal retensi?",
    ]
    pick = qs[: rng.randint(6, 9)]
    table2(
        d,
        [24, d.W - 24 - 40 - 40 - 110, 40, 40, 110],
        [[str(i), q, "", "", ""] for i, q in enumerate(pick, 1)],
        ["No", "Pertanyaan", "Ya", "Tidak", "Keterangan"],
        size=ctx.size - 1.5,
        min_lines=2,
    )
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org="DINAS PERPUSTAKAAN DAN KEARSIPAN",
    )
    return Letter("surat_masuk", "M03_arsip_pengawasan_kuesioner", d.pages, fields)


VENDORS = [
    ("CV MITRA DATA SRIWIJAYA", "MDS", "Pengadaan Komputer • Scanner • Jaringan • ATK"),
    ("PT ARSIPINDO SOLUSI DIGITAL", "ASD", "Digitalisasi Arsip & Sistem Informasi Dokumen"),
    ("CV SINAR MUSI TEKNIK", "SMT", "Supplier Elektronik, Komputer dan Perlengkapan Kantor"),
    ("PT PALEMBANG GRAFIKA UTAMA", "PGU", "Percetakan • Penerbitan • Perlengkapan Pemilu"),
]
OFFER_ITEMS = {
    "scanner": [
        ("Scanner dokumen ADF A4 duplex", "60 ppm, 120 ipm, USB 3.0", 2, 18500000),
        ("Scanner buku/overhead A3", "Resolusi 600 dpi, OCR bawaan", 1, 32750000),
        ("Lisensi perangkat lunak OCR", "Bahasa Indonesia dan Inggris, 1 tahun", 2, 4250000),
        ("Pelatihan operator", "2 hari, di lokasi", 1, 6000000),
    ],
    "arsip": [
        ("Jasa alih media arsip", "Per lembar, termasuk indeks metadata", 25000, 1450),
        ("Rak arsip bergerak (roll o'pack)", "6 unit badan, 5 susun", 1, 68500000),
        ("Boks arsip karton", "Ukuran 37x10x27 cm", 500, 18500),
    ],
    "cetak": [
        ("Cetak buku laporan layanan informasi", "A4, 120 halaman, sampul art carton", 300, 62500),
        ("Cetak leaflet layanan PPID", "A4 lipat tiga, art paper 150 g", 2000, 2750),
        ("Banner maklumat pelayanan", "Flexi 340 g, 3 x 1 m", 4, 285000),
    ],
}


def m04_penawaran_harga(ctx: Ctx) -> Letter:
    """A vendor's priced offer: company letterhead with a trade line, Nomor / Lampiran / Perihal
    without a date at the top (the place and date stand above the signature), an item table with
    unit prices, subtotal, PPN and total, the total in words, terms of the offer."""
    rng = ctx.rng
    d = Doc(ctx, top=40)
    name, ab, trade = rng.choice(VENDORS)
    col = rng.choice((NAVY, (0, 100, 130), MAROON, INK))
    kop2(
        d,
        [(name, ctx.b, 17), (trade, ctx.i, 9.5)],
        [
            f"Jl. {rng.choice(('Mayor Zen', 'Basuki Rahmat', 'R. Sukamto', 'Angkatan 45'))} No. {rng.randint(3, 300)} Palembang 30{rng.randint(111, 164)}  Telp. (0711) {rng.randint(35, 82)}{rng.randint(1000, 9999)}  WA 0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"NPWP {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1, 9)}-{rng.randint(301, 312)}.000  Surel: marketing@{ab.lower()}.co.id",
        ],
        rng.choice(("l", "r", None)),
        col,
        rng.choice(("band", "double", "single")),
        y=30,
        kinds=("shield",),
    )
    kind = rng.choice(tuple(OFFER_ITEMS))
    num = f"{rng.randint(10, 480):03d}/{ab}-PNW/{roman(ctx.date.month)}/{ctx.date.year}"
    what = {
        "scanner": "Perangkat Pemindai (Scanner) Dokumen",
        "arsip": "Jasa Alih Media dan Sarana Penyimpanan Arsip",
        "cetak": "Pencetakan Bahan Publikasi Layanan Informasi",
    }[kind]
    subj = rng.choice((f"Penawaran Harga {what}", f"Surat Penawaran {what}"))
    nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (nl, ll, hl)) + 8
    for k, v in ((nl, num), (ll, "1 (satu) berkas brosur"), (hl, subj)):
        d.kv(k, v, lw)
    d.gap(8)
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Kepada Yth.",
                    "Sekretaris KPU Provinsi Sumatera Selatan",
                    "u.p. Pejabat Pembuat Komitmen",
                    "di Palembang",
                ],
                [
                    "Kepada Yth.",
                    "Kepala Bagian Keuangan, Umum dan Logistik",
                    "KPU Provinsi Sumatera Selatan",
                    "di Tempat",
                ],
            )
        ),
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para(
        f"Bersama ini kami, {name}, mengajukan penawaran harga untuk {what.lower()} dengan rincian sebagai berikut:",
        justify=True,
    )
    items = OFFER_ITEMS[kind]
    rows = []
    sub = 0
    for i, (u, spec, q, price) in enumerate(items, 1):
        tot = q * price
        sub += tot
        rows.append([str(i), u, spec, f"{q:,}".replace(",", "."), rp(price), rp(tot)])
    ppn = sub * 11 // 100
    total = sub + ppn
    rows.append(["", "Jumlah", "", "", "", rp(sub)])
    rows.append(["", "PPN 11%", "", "", "", rp(ppn)])
    rows.append(["", "TOTAL", "", "", "", rp(total)])
    table2(
        d,
        [22, 118, 112, 40, 80, d.W - 372],
        rows,
        ["No", "Uraian", "Spesifikasi", "Vol", "Harga Satuan", "Jumlah"],
        size=ctx.size - 2,
    )
    d.para(f"Terbilang: {terbilang(total).capitalize()} rupiah.", ctx.i)
    d.line_text("Ketentuan penawaran:")
    d.numbered(
        [
            f"Harga berlaku {rng.choice((14, 30, 30, 45))} hari kalender sejak tanggal surat ini;",
            "Harga sudah termasuk pengiriman dan pemasangan di Palembang;",
            rng.choice(
                (
                    "Garansi resmi 1 (satu) tahun suku cadang dan jasa;",
                    "Pembayaran setelah barang/pekerjaan diterima dengan baik;",
                )
            ),
        ],
        "{}.",
        x=d.L + 8,
    )
    d.para(
        "Demikian penawaran ini kami sampaikan. Atas perhatian dan kesempatan yang diberikan, kami ucapkan terima kasih."
    )
    dir_ = make_person(rng, degree_p=0.4)
    sign_block(
        d,
        ["Hormat kami,", name + ","],
        dir_["name"],
        sub="Direktur" if name.startswith("PT") else "Pimpinan",
        stamp=(name[:28], ab),
        place_date=place_date(rng, "Palembang", ctx.date),
    )
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=name)
    return Letter("surat_masuk", "M04_penawaran_harga_vendor", d.pages, fields)


ALLIANCES = [
    (["ALIANSI MAHASISWA PEDULI DEMOKRASI", "SUMATERA SELATAN"], "AMPD-SS"),
    (["GERAKAN PEMUDA PENGAWAL PEMILU BERSIH"], "GP3B"),
    (["FRONT MAHASISWA DAN MASYARAKAT SIPIL", "UNTUK KETERBUKAAN (FORMASI)"], "FORMASI"),
    (["KOMITE AKSI RAKYAT SRIWIJAYA"], "KARS"),
]
DEMANDS = (
    "Mendesak KPU Provinsi Sumatera Selatan membuka seluruh data hasil rekapitulasi Pemilihan Gubernur 2024 kepada publik",
    "Menuntut transparansi penggunaan dana hibah Pemilihan Tahun 2024",
    "Meminta KPU Provinsi Sumatera Selatan mengumumkan Daftar Informasi Publik secara lengkap di laman resmi",
    "Mendesak evaluasi terhadap badan ad hoc yang diduga melanggar kode etik",
    "Menolak rencana pengurangan jumlah TPS di wilayah terpencil",
)


def m05_pemberitahuan_aksi(ctx: Ctx) -> Letter:
    """A student / civic alliance's notice of a demonstration at the KPU office (UU 9/1998),
    addressed to the police with the KPU in the Tembusan: schedule rows, numbers, field
    coordinators with phones, and a list of demands that ask the KPU to "open data" (not a
    request to the PPID)."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    names, ab = rng.choice(ALLIANCES)
    kop2(
        d,
        [(n, ctx.b, 15 if i == 0 else 12.5) for i, n in enumerate(names)],
        [
            f"Sekretariat: Jl. {rng.choice(('Sukabangun II', 'Bungaran', 'Lunjuk Jaya', 'Sapta Marga'))} No. {rng.randint(2, 99)} Palembang  Kontak: 0852-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        ],
        rng.choice(("l", "lr", None)),
        rng.choice((INK, MAROON, (150, 30, 30))),
        rng.choice(("double", "single", "band")),
        kinds=("shield", "shield"),
    )
    org = " ".join(names)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(1, 60):02d}/{ab}/{rng.choice(('Aksi', 'Eks', 'B'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Aksi Unjuk Rasa Damai",
            "Surat Pemberitahuan Penyampaian Pendapat di Muka Umum",
            "Pemberitahuan Aksi Damai",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, "Palembang", ctx.date))
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Kepada Yth.",
                    "Kapolrestabes Palembang",
                    "c.q. Kasat Intelkam",
                    "di -",
                    "Palembang",
                ],
                ["Kepada Yth.", "Kepala Kepolisian Resor Kota Besar Palembang", "di Palembang"],
            )
        ),
    )
    d.gap(6)
    d.line_text("Salam Demokrasi!" if rng.random() < 0.5 else "Dengan hormat,")
    ad = ctx.date + timedelta(days=rng.randint(3, 7))
    while ad.weekday() > 4:
        ad += timedelta(days=1)
    d.para(
        "Berdasarkan Undang-Undang Nomor 9 Tahun 1998 tentang Kemerdekaan Menyampaikan Pendapat di Muka Umum, dengan ini kami memberitahukan bahwa kami akan melaksanakan aksi unjuk rasa damai dengan rincian sebagai berikut:",
        justify=True,
    )
    korlap = make_person(rng, degree_p=0.0, prefix_p=0.0)
    kor = make_person(rng, degree_p=0.0, prefix_p=0.0)
    for k, v in (
        ("Hari/Tanggal", fmt_date(ad, "day")),
        ("Waktu", f"{rng.choice(('09.00', '09.30', '13.00'))} WIB s.d. selesai"),
        ("Tempat", "Kantor KPU Provinsi Sumatera Selatan, Jl. Kapten A. Rivai No. 95 Palembang"),
        ("Jumlah massa", f"± {rng.choice((50, 100, 150, 200, 300))} orang"),
        ("Alat peraga", "Spanduk, poster, pengeras suara dan mobil komando"),
        ("Penanggung jawab", f"{kor['name']} (Koordinator Umum)"),
        ("Koordinator lapangan", f"{korlap['name']} ({korlap['phone']})"),
    ):
        d.kv(k, v, 110, x=d.L + 16)
    d.gap(2)
    d.line_text("Adapun tuntutan kami adalah:")
    d.numbered(rng.sample(DEMANDS, rng.randint(2, 4)), "{}.", x=d.L + 10)
    d.para(
        "Aksi ini akan dilaksanakan secara damai, tertib dan menjaga ketertiban umum. Demikian surat pemberitahuan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.",
        justify=True,
    )
    d.gap(4)
    d.need(120)
    pg = d.pg
    y = d.y
    pg.t(d.L + 10, y, "Koordinator Umum,", ctx.r, ctx.size)
    pg.t(d.R - 170, y, "Koordinator Lapangan,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 10, y + 4)
    ctx.sig(pg, d.R - 170, y + 4)
    ctx.stamp(pg, (d.L + d.R) / 2 - 40, y - 4, names[0][:30], ab)
    pg.t(d.L + 10, y + 58, kor["name"], ctx.b, ctx.size)
    pg.t(d.R - 170, y + 58, korlap["name"], ctx.b, ctx.size)
    d.y = y + 84
    d.line_text("Tembusan:", size=ctx.size - 1)
    for i, t in enumerate(
        (
            "Ketua KPU Provinsi Sumatera Selatan;",
            "Ketua Bawaslu Provinsi Sumatera Selatan;",
            "Arsip.",
        ),
        1,
    ):
        d.line_text(f"{i}. {t}", size=ctx.size - 1)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M05_pemberitahuan_aksi_unjuk_rasa", d.pages, fields)


PKS_UNIS = [
    (
        ["UNIVERSITAS SRIWIJAYA", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"],
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
        "UN9.FISIP",
    ),
    (["UNIVERSITAS MUHAMMADIYAH PALEMBANG", "FAKULTAS HUKUM"], None, "UMP.FH"),
    (
        ["UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG", "FAKULTAS SYARIAH DAN HUKUM"],
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "Un.09/FSH",
    ),
    (["UNIVERSITAS TRIDINANTI", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"], None, "UTP.FISIP"),
]


def m06_draft_pks(ctx: Ctx) -> Letter:
    """A faculty sends the draft of a cooperation agreement (PKS) for review: a cover letter, then
    one or two pages of the draft with a grey DRAF stamp, blank numbers and dates (dotted), the
    parties, and articles Pasal 1 ... with "pertukaran data dan informasi" among the scope."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    names, umb, code = rng.choice(PKS_UNIS)
    lines = ([(umb, ctx.r, 10)] if umb else []) + [(names[0], ctx.b, 14), (names[1], ctx.b, 12)]
    kop2(
        d,
        lines,
        [
            f"Kampus {rng.choice(('Bukit Besar', 'Indralaya', 'Jakabaring', 'Plaju'))} Palembang  Telp. (0711) {rng.randint(35, 58)}{rng.randint(1000, 9999)}"
        ],
        rng.choice(("l", "c")),
        INK,
        "double",
        kinds=("garuda",),
    )
    org = " ".join(names)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(100, 2999)}/{code}/KS.00.{rng.randint(1, 9):02d}/{ctx.date.year}"
    topic = rng.choice(
        (
            "Pendidikan Pemilih dan Kajian Kepemiluan",
            "Penelitian, Pendidikan Pemilih dan Magang Mahasiswa",
            "Pengembangan Kapasitas Layanan Informasi Publik dan Kepemiluan",
        )
    )
    subj = rng.choice(
        ("Penyampaian Draf Perjanjian Kerja Sama", f"Draf Perjanjian Kerja Sama tentang {topic}")
    )
    nomor_block(
        d,
        [(nl, num), (ll, "1 (satu) berkas draf"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    aud = ctx.date - timedelta(days=rng.randint(7, 30))
    d.para(
        f"Menindaklanjuti audiensi pimpinan {title_id(names[1])} {title_id(names[0])} dengan pimpinan KPU Provinsi Sumatera Selatan pada tanggal {fmt_date(aud, 'long')}, bersama ini kami sampaikan draf Perjanjian Kerja Sama tentang {topic} untuk dapat dikoreksi dan diberikan masukan.",
        justify=True,
    )
    cp = make_person(rng, degree_p=0.8)
    d.para(
        f"Masukan atas draf tersebut mohon disampaikan kepada Wakil Dekan Bidang Kerja Sama, {cp['name']} (HP {cp['phone']}), sehingga penandatanganan dapat dijadwalkan pada bulan {BULAN[(ctx.date.month) % 12]} {ctx.date.year + (1 if ctx.date.month == 12 else 0)}.",
        justify=True,
    )
    d.para(
        rng.choice(
            (
                "Demikian disampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
                "Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.",
            )
        )
    )
    rektor = make_person(rng, degree_p=1.0)
    sign_block(d, ["Dekan,"], rektor["name"], sub=f"NIP {nip(rng)}" if umb else None)
    # the draft
    d.newpage()
    d.pg.img(PW / 2 - 200, 250, 400, 330, draft_watermark())
    d.y = 80
    for s in (
        "PERJANJIAN KERJA SAMA",
        "ANTARA",
        "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
        "DENGAN",
        f"{names[1]} {names[0]}",
        "TENTANG",
        topic.upper(),
    ):
        for ln in wrap(s, ctx.b, ctx.size + 0.5, d.W - 40):
            d.line_text(ln, ctx.b, ctx.size + 0.5, align="c")
    d.gap(4)
    d.line_text("NOMOR: ..................................", ctx.r, align="c")
    d.line_text("NOMOR: ..................................", ctx.r, align="c")
    d.gap(6)
    d.para(
        "Pada hari ini ............ tanggal ............ bulan ............ tahun dua ribu dua puluh ............, bertempat di Palembang, yang bertanda tangan di bawah ini:",
        justify=True,
    )
    d.numbered(
        [
            "................................, Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan, dalam hal ini bertindak untuk dan atas nama Komisi Pemilihan Umum Provinsi Sumatera Selatan, selanjutnya disebut PIHAK PERTAMA;",
            f"{rektor['name']}, Dekan {title_id(names[1])} {title_id(names[0])}, dalam hal ini bertindak untuk dan atas nama {title_id(names[1])}, selanjutnya disebut PIHAK KEDUA.",
        ],
        "{}.",
    )
    arts = [
        (
            "Pasal 1",
            "MAKSUD DAN TUJUAN",
            f"Perjanjian ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama di bidang {topic.lower()}.",
        ),
        (
            "Pasal 2",
            "RUANG LINGKUP",
            "Ruang lingkup kerja sama meliputi: a. pendidikan pemilih bagi mahasiswa dan masyarakat; b. penelitian dan kajian kepemiluan; c. pertukaran data dan informasi sesuai ketentuan peraturan perundang-undangan; d. program magang mahasiswa.",
        ),
        (
            "Pasal 3",
            "HAK DAN KEWAJIBAN",
            "PARA PIHAK berhak memperoleh manfaat dari pelaksanaan kerja sama dan berkewajiban melaksanakan program yang disepakati dalam rencana kerja tahunan.",
        ),
        (
            "Pasal 4",
            "PEMBIAYAAN",
            "Biaya pelaksanaan kerja sama dibebankan kepada anggaran masing-masing pihak sesuai kesepakatan.",
        ),
        (
            "Pasal 5",
            "JANGKA WAKTU",
            "Perjanjian ini berlaku selama 3 (tiga) tahun sejak ditandatangani dan dapat diperpanjang atas kesepakatan PARA PIHAK.",
        ),
    ]
    for a, t, body in arts[: rng.randint(4, 5)]:
        d.need(60)
        d.line_text(a, ctx.b, align="c")
        d.line_text(t, ctx.b, align="c")
        d.para(body, justify=True)
        d.gap(2)
    d.need(90)
    y = d.y + 6
    pg = d.pg
    pg.t(d.L + 20, y, "PIHAK PERTAMA,", ctx.b, ctx.size)
    pg.t(d.R - 170, y, "PIHAK KEDUA,", ctx.b, ctx.size)
    pg.t(d.L + 20, y + 60, "..............................", ctx.r, ctx.size)
    pg.t(d.R - 170, y + 60, rektor["name"], ctx.r, ctx.size)
    d.y = y + 80
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M06_draft_pks_universitas", d.pages, fields)


def m07_bawaslu_tanggal_nomor(ctx: Ctx) -> Letter:
    """Bawaslu gives notice that it will supervise a plenary: the date is a row of the number
    block (Nomor / Tanggal / Sifat / Lampiran / Hal) and printed nowhere else; the supervising
    team in a table; a request for copies of the minutes (to Bawaslu, not a PPID request)."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "times", "dejavu"))]
    d = Doc(ctx, top=40)
    prov = True
    area = "PROVINSI SUMATERA SELATAN"
    lines = [("BADAN PENGAWAS PEMILIHAN UMUM", ctx.b, 14), (area, ctx.b, 13)]
    kop2(
        d,
        lines,
        [
            f"Jl. {rng.choice(('Kapten A. Rivai', 'Basuki Rahmat', 'Demang Lebar Daun'))} No. {rng.randint(3, 120)} Palembang  Telp. (0711) {rng.randint(35, 45)}{rng.randint(1000, 9999)}  Laman: {('sumsel' if prov else 'kab-kota')}.bawaslu.go.id"
        ],
        "l",
        rng.choice((INK, (120, 20, 20))),
        "double",
        y=30,
    )
    code = rng.choice(("K.SS", "K.SS", "K.SS-01"))
    num = f"{rng.randint(10, 999)}/PM.00.02/{code}/{ctx.date.month:02d}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Pengawasan Rapat Pleno Rekapitulasi Daftar Pemilih Berkelanjutan",
            "Pemberitahuan Pengawasan Melekat Pemutakhiran Data Pemilih Berkelanjutan",
            "Pemberitahuan Pelaksanaan Pengawasan",
        )
    )
    nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (nl, ll, hl, "Tanggal")) + 8
    for k, v in (
        (nl, num),
        ("Tanggal", fmt_date(ctx.date, rng.choice(("long", "long0", "upper")))),
        ("Sifat", "Penting"),
        (ll, "1 (satu) lembar"),
        (hl, subj),
    ):
        d.kv(k, v, lw)
    d.gap(8)
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    pd = ctx.date + timedelta(days=rng.randint(3, 10))
    while pd.weekday() > 4:
        pd += timedelta(days=1)
    tri = rng.choice(("Triwulan I", "Triwulan II", "Semester I", "Semester II"))
    d.numbered(
        [
            f"Berdasarkan Peraturan Bawaslu tentang Pengawasan Pemutakhiran Data Pemilih, Bawaslu {title_id(area)} melaksanakan pengawasan terhadap Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan {tri} Tahun {pd.year} yang akan dilaksanakan pada {fmt_date(pd, 'day')}.",
            "Pengawasan dilaksanakan oleh jajaran kami sebagaimana tabel di bawah ini.",
            "Sehubungan dengan hal tersebut, kami meminta Saudara memberikan akses kepada pengawas untuk mengikuti seluruh rangkaian rapat pleno, serta menyampaikan salinan berita acara dan lampirannya kepada Bawaslu paling lambat 1 (satu) hari setelah rapat pleno.",
        ],
        "{}.",
    )
    rows = []
    for i in range(rng.randint(3, 5)):
        w = make_person(rng, degree_p=0.7)
        rows.append(
            [
                str(i + 1),
                w["name"],
                [
                    "Anggota Bawaslu",
                    "Kepala Bagian Pengawasan",
                    "Koordinator Sekretariat",
                    "Staf Pengawasan",
                    "Staf Pengawasan",
                ][i],
            ]
        )
    table2(d, [26, 210, d.W - 252], rows, ["No", "Nama", "Jabatan"], size=ctx.size - 1, x=d.L + 16)
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(d, ["Ketua,"], make_person(rng, degree_p=0.8)["name"])
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Ketua Bawaslu Republik Indonesia;", size=ctx.size - 1)
    d.line_text("2. Arsip.", size=ctx.size - 1)
    fields = F(
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=f"BADAN PENGAWAS PEMILIHAN UMUM {area}",
    )
    return Letter("surat_masuk", "M07_bawaslu_tanggal_dalam_nomor", d.pages, fields)


def m08_siaran_pers(ctx: Ctx) -> Letter:
    """A press release sent to the KPU: the body's letterhead, SIARAN PERS, a number only
    sometimes, a headline, the dateline "Palembang, <date> -" opening the first paragraph, a
    quoted official, a contact line and "###".  No Hal line: subject stays null."""
    rng = ctx.rng
    d = Doc(ctx, top=46)
    who = rng.choice(("ki", "bawaslu", "kominfo"))
    if who == "ki":
        org = kop_ki2(d, rng)
        head = rng.choice(
            (
                "Komisi Informasi Sumsel Umumkan Hasil Monitoring dan Evaluasi Keterbukaan Informasi Badan Publik",
                "Permohonan Penyelesaian Sengketa Informasi Meningkat, KI Sumsel Dorong PPID Perkuat Layanan",
            )
        )
    elif who == "bawaslu":
        org = "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
        kop2(
            d,
            [
                ("BADAN PENGAWAS PEMILIHAN UMUM", ctx.b, 14),
                ("PROVINSI SUMATERA SELATAN", ctx.b, 13),
            ],
            ["Jl. Basuki Rahmat No. 12 Palembang  Laman: sumsel.bawaslu.go.id"],
            "l",
            INK,
            "single",
        )
        head = rng.choice(
            (
                "Bawaslu Sumsel Temukan Ribuan Data Pemilih Ganda dalam Pemutakhiran Berkelanjutan",
                "Bawaslu Sumsel Minta Penyelenggara Lindungi Data Pribadi Pemilih",
            )
        )
    else:
        org = "DINAS KOMUNIKASI DAN INFORMATIKA"
        kop2(
            d,
            [
                ("PEMERINTAH PROVINSI SUMATERA SELATAN", ctx.b, 11.5),
                ("DINAS KOMUNIKASI DAN INFORMATIKA", ctx.b, 14),
            ],
            ["Jl. Kapten A. Rivai No. 23 Palembang  Laman: diskominfo.sumselprov.go.id"],
            "l",
            INK,
            "double",
        )
        head = rng.choice(
            (
                "Pemprov Sumsel Gelar Anugerah Keterbukaan Informasi Publik bagi Badan Publik Berprestasi",
                "Forum PPID Sumsel Sepakati Standar Waktu Layanan Informasi",
            )
        )
    d.line_text("SIARAN PERS", ctx.b, ctx.size + 3, align="c")
    has_num = rng.random() < 0.55
    num = f"{rng.randint(1, 90):02d}/SP/{rng.choice(('HMS', 'HUMAS', 'KI-SS'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    if has_num:
        d.line_text(f"Nomor: {num}", ctx.r, align="c")
    d.gap(8)
    for ln in wrap(head, ctx.b, ctx.size + 4, d.W - 30):
        d.line_text(ln, ctx.b, ctx.size + 4, align="c")
    d.gap(8)
    dl = rng.choice(
        (
            f"Palembang, {fmt_date(ctx.date, 'long')} -",
            f"PALEMBANG, {fmt_date(ctx.date, 'long')} -",
            f"Palembang ({fmt_date(ctx.date, 'long')}) -",
        )
    )
    boss = make_person(rng, degree_p=0.8)
    n1 = rng.randint(12, 60)
    paras = [
        f"{dl} {title_id(org)} menyampaikan perkembangan terbaru terkait keterbukaan informasi dan penyelenggaraan pemilu di Sumatera Selatan. Sepanjang tahun ini tercatat {n1} badan publik yang dinilai, termasuk penyelenggara pemilu di tingkat provinsi dan kabupaten/kota.",
        f'"Kami mengapresiasi badan publik yang telah menyediakan informasi secara cepat dan akurat, namun masih ada yang belum menetapkan daftar informasi yang dikecualikan melalui uji konsekuensi," ujar {boss["name"]}.',
        f"Menurutnya, sepanjang periode tersebut terdapat {rng.randint(20, 90)} permohonan yang berlanjut ke tahap keberatan dan {rng.randint(5, 40)} di antaranya dibawa ke penyelesaian sengketa. Badan publik diminta memperkuat layanan PPID agar permohonan masyarakat dijawab dalam jangka waktu yang ditentukan.",
        "Kegiatan ini juga menjadi bagian dari upaya mendorong partisipasi masyarakat dalam mengawasi penyelenggaraan pemilu yang transparan dan akuntabel.",
    ]
    for t in paras:
        d.para(t, justify=True, indent=20)
    d.gap(6)
    cp = make_person(rng, degree_p=0.3)
    d.line_text(f"Narahubung: {cp['name']} ({cp['phone']})", ctx.i, ctx.size - 1)
    d.line_text("###", ctx.b, align="c")
    fields = F(
        letter_number=num if has_num else None, letter_date=ctx.date.isoformat(), sender_org=org
    )
    return Letter("surat_masuk", "M08_siaran_pers", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# plan, checks, build
# ---------------------------------------------------------------------------------------------
# (builder, share of hand-filled copies, share of born-digital PDFs among the typed ones)
LAYOUTS = {
    "permohonan_informasi": [
        (p01_kuesioner_tabel, 0.0, 0.45),
        (p02_foreign_researcher_en, 0.0, 0.45),
        (p03_typewriter_caps, 0.0, 0.0),
        (p04_items_table_lanjutan, 0.0, 0.45),
        (p05_mpp_gerai_form, 0.35, 0.2),
        (p06_biodata_pasfoto, 0.0, 0.3),
        (p07_kelompok_orang, 0.0, 0.3),
        (p08_party_dpc_officer, 0.0, 0.4),
        (p09_hand_corrections, 1.0, 0.0),
    ],
    "keberatan": [
        (k01_kab_form_numbered, 0.3, 0.2),
        (k02_reply_surat_ppid, 0.0, 0.4),
        (k03_voice_note_transcript, 0.0, 0.45),
        (k04_bem_two_logos, 0.0, 0.4),
        (k05_hand_drawn_table, 1.0, 0.0),
    ],
    "sengketa": [
        (s01_ptun_relaas_kasasi, 0.0, 0.35),
        (s02_mediasi_gagal_riwayat, 0.0, 0.4),
        (s03_jadwal_sidang_multi, 0.0, 0.45),
    ],
    "surat_masuk": [
        (m01_kppn_rekening, 0.0, 0.4),
        (m02_kpk_lhkpn, 0.0, 0.4),
        (m03_arsip_kuesioner, 0.0, 0.35),
        (m04_penawaran_harga, 0.0, 0.35),
        (m05_pemberitahuan_aksi, 0.0, 0.3),
        (m06_draft_pks, 0.0, 0.4),
        (m07_bawaslu_tanggal_nomor, 0.0, 0.35),
        (m08_siaran_pers, 0.0, 0.45),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 12)
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
    rng = random.Random(f"twelfth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s12_{k:04d}"
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
        print("usage: make_twelfth_corpus.py OUT_DIR N SEED")
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

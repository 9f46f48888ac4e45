# ruff: noqa: E501
"""Thirteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_thirteenth_corpus.py OUT_DIR N SEED

writes N letters (s13_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s13_0001_p1.jpg, s13_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the twelfth generator (and ../shared/sample/truth.jsonl): id, files,
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
twelfth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces);
the rest are scans drawn with Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2
degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned
90/180 degrees, a "DITERIMA" received stamp, organisation stamps, signatures, meterai) saved as
PNG, JPEG, multi-page TIFF or image-only PDF.  P01, P07 and P08 are always scans (P08 on a
684 x 792 pt continuous-form sheet, its text drawn as 9-pin dot-matrix print).  Hand-filled /
hand-written letters (fifthhorseman dkg hand) are always scans, about 11 % of all letters.  Some
letters carry a KTP photocopy page (P05, P10, K05, M01); P02, P03, P05, K05, S02, S03, M01, M06
and often M02 run to 2-3 pages.

Layouts (code, class: one line each)
  P01_ljk_bubble_sheet         permohonan  the desk's machine-readable answer sheet filled in with a
                                           pencil: corner and edge timing marks, name in one-letter
                                           boxes, NIK and date in boxes over columns of numbered
                                           bubbles blackened to match, option bubbles, ruled lines
  P02_gform_response_print     permohonan  Google-Forms-style request form printed from the browser:
                                           tinted page, one card per question (short answer, paragraph,
                                           radio, date, uploaded-file chip), print date and long URL
  P03_excel_lampiran_sheet     permohonan  short letter "sebagaimana daftar terlampir" + a spreadsheet
                                           printout (column letters, row numbers, gridlines) listing the
                                           data No | Uraian Data | Format | Keterangan
  P04_kartu_nama_note          permohonan  note (typed or hand-written) whose writer's identity is only
                                           the stapled business card: name, title, company, office
                                           address, mobile, landline, e-mail
  P05_pernyataan_meterai_p2    permohonan  request with birth place/date among the identity rows + page
                                           2 "SURAT PERNYATAAN" on the use of the information over a
                                           meterai; KTP copy half of the time
  P06_kim_tembusan_watermark   permohonan  neighbourhood information group (KIM) on letterhead paper with
                                           a large faint emblem, chair and secretary side by side, lurah
                                           "Mengetahui", long Tembusan list (KI, Ombudsman ...)
  P07_kartu_pos                permohonan  both sides of a postal card photocopied on A4: front with
                                           stamp, postmark, address lines, post-code boxes and "Pengirim"
                                           strip; back with the message; hand-written or typed
  P08_dotmatrix_greenbar       permohonan  village enterprise (BUMDes) letter printed by a dot-matrix
                                           printer on green-bar continuous paper with tractor holes,
                                           "=" rule, often all capitals, village head countersigns
  P09_dosen_tim_centang        permohonan  lecturer as research-team leader: NIDN, team table, grant
                                           contract number, lettered items, obtain / delivery as check
                                           boxes inside two text lines ticked "V"; fold creases on scans
  P10_esign_box                permohonan  citizen's letter signed electronically: framed e-signature box
                                           (QR, name, ISO timestamp, document ID), e-meterai sometimes,
                                           provider's verification footer, KTP image page sometimes
  K01_logo_strip_koalisi       keberatan   coalition's objection: strip of member logos and acronyms over
                                           the coalition's name, coordinator's identity, closing table of
                                           member organisations with a signature per row
  K02_kalender_hari_kerja      keberatan   objection for no answer (c) or a late one (g) with a drawn
                                           calendar of one or two months counting the working days H-1 ..
                                           H-n, request day circled, holidays shaded, legend
  K03_petisi_online_print      keberatan   online petition page printed and handed in: site bar, title,
                                           starter and start date, signature counter and progress bar,
                                           objection text, identity, "Pembaruan", supporters' comments
  K04_cap_jempol_saksi         keberatan   illiterate villager's objection written (typed or by hand) by a
                                           relative who says so, thumbprint instead of a signature, the
                                           writer signs beside it, two witnesses below
  K05_daftar_bukti_lampiran    keberatan   objection letter with request rows and numbered reasons citing
                                           the PPID's reply + page "DAFTAR BUKTI" (P-1 .. P-5 table) + KTP
                                           copy as exhibit P-1 often
  S01_penundaan_sidang         sengketa    KI notice that an adjudication hearing is postponed: case grid,
                                           table Uraian | Jadwal Semula | Jadwal Pengganti, the reason
  S02_ketetapan_pencabutan     sengketa    KI "KETETAPAN" on the applicant's withdrawal (NOMOR / TENTANG
                                           ... REGISTER NOMOR, Menimbang, Mengingat, MENETAPKAN KESATU ..),
                                           panel signatures; sometimes behind a cover letter
  S03_kesimpulan_pemohon       sengketa    the applicant's closing brief "KESIMPULAN PEMOHON" copied to the
                                           KPU: caption Pemohon melawan Termohon, facts "Bahwa ..." full
                                           of dates, petitum, running footer with the register number
  M01_lamaran_kerja_cv         surat_masuk job application ("informasi lowongan"), enclosure list, page 2
                                           "DAFTAR RIWAYAT HIDUP" with photo and tables, KTP sometimes
  M02_inspektorat_reviu_checklist surat_masuk KPU Inspektorat Utama announces a review: Surat Tugas
                                           number, team table with NIPs, checklist of documents (request
                                           and objection registers ...) on the letter or a Lampiran
  M03_somasi_advokat           surat_masuk law firm's "SOMASI" for an unpaid vendor: "Bahwa ..." points,
                                           work-order and handover numbers, amount in words, two advocates
  M04_kpp_himbauan_npwp        surat_masuk tax office appeal to the treasurer: four-line ministry letterhead,
                                           "S-" number, date alone at top right, tables of tax periods and of
                                           staff NIK/NPWP numbers
  M05_pdpb_laporan_warga       surat_masuk citizen reports a dead or moved voter for the continuous voter
                                           list: the office's form (tick boxes, voter table, typed or by
                                           hand) or a short letter; NIK, KK and death-certificate numbers
  M06_undangan_daring_zoom     surat_masuk KPU RI invites provincial PPIDs to an online meeting: Zoom box
                                           (meeting ID, passcode, link, QR), TTE footer, page 2 the list of
                                           the 38 invited KPU Provinsi in two column pairs
  M07_ki_hasil_monev_peringkat surat_masuk KI announces its openness-assessment results: ranking table of
                                           vertical agencies with scores and grades, award-night invitation

Truth conventions (as the twelfth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or P07's occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering and without
    final punctuation.  phone E.164 (+62...; "(WA)" dropped), email lower-case even when printed
    with a capital, letter_date ISO.  Names keep prefixes and degrees, never Bapak/Ibu/Sdr.;
    capitals stay capitals (P01's boxed name, P08's all-capitals letters).  NIK: 16 digits, mostly
    a Sumsel kab/kota code (villagers: their regency's), DDMMYY with day + 40 for women; a KTP page
    supplies the NIK when the letter lacks it.
  * Text written one character per box (P01's name, NIK and date, P07's post code) is one piece of
    page_text at the first box (the date as "DD MM YYYY"); the digits printed inside P01's bubbles
    are page text too (rows "0 0 0 ..."), blackened or not.  P03's column letters and row numbers,
    P08's "=" rule and the calendar numbers of K02 are page text; stamps, signatures, thumbprints,
    postage stamps, postmarks, photos, QR squares, watermarks and e-meterai are pictures.
  * The applicant is the natural person who asks or objects: P04 the person on the business card
    (name as on the card, address the card's office address, phone the card's mobile "M:/HP:/
    Mobile:/WA:", not "T:"); P06 the KIM's chair (not the secretary or the lurah); P08 the BUMDes
    director (not the village head); P09 the team leader; K01 the coordinator; K03 the petition's
    starter (not the commenters); K04 the thumbprinting villager (not the writer or the witnesses).
    address: P07 the "Pengirim / Alamat" strip of the card; K01 the "Alamat Sekretariat" when
    labelled so.  occupation only from a Pekerjaan label, a "pekerjaan ..." phrase or a form's
    occupation choice: P01 the blackened option's label ("Karyawan Swasta", "Pelajar/Mahasiswa" ...)
    or the "Lainnya" text, P02 the chosen radio label or the "Lainnya:" text, P09 as printed ("Dosen"
    or "Dosen Program Studi ... <university>"); a card title, a Jabatan, NIDN, NIM, NIP or "Umur"
    is never one.
  * sender_org: the letterhead's name lines joined by a space; P03 the organisation's lines when it
    writes on its letterhead; P06 'KELOMPOK INFORMASI MASYARAKAT (KIM) "<NAME>" KELURAHAN <KEL>';
    P08 'BADAN USAHA MILIK DESA (BUMDES) "<NAME>" DESA <DESA>' (the KECAMATAN ... KABUPATEN line
    and the Sekretariat line left out); K01 the coalition's name lines; M02 "KOMISI PEMILIHAN UMUM
    INSPEKTORAT UTAMA"; M03 the firm's name line (its tag line left out); M04 "KANTOR PELAYANAN PAJAK
    PRATAMA <NAME>" (ministry, DJP and Kanwil lines left out); M06 "KOMISI PEMILIHAN UMUM REPUBLIK
    INDONESIA"; S01 / M07 / S02's cover the KI as printed.  null for individuals, P01's desk form,
    P02's web form, P04's note (a business card is not a letterhead), the petition, S03 (the
    applicant's own brief) and M05.
  * letter_number: the letter's own Nomor; P01 the clerk's Nomor Pendaftaran when written in its box
    (the red "No. Seri" is not one); S02 the Ketetapan's NOMOR, or the cover letter's number when a
    cover letter comes first; never a cited number (P09's research contract, K05's PPID reply, M02's
    Surat Tugas, M03's work order, S02's register).  subject: a Hal / Perihal / Hal ikhwal line; S02
    without cover its TENTANG title as printed in capitals ("PENCABUTAN PERMOHONAN ... REGISTER
    NOMOR ..."); null for P01, P02, P04, P07, K03 (a petition title is not a Hal), M05's form.
  * letter_date: the writer's date: P01 the TANGGAL PENGISIAN boxes, P02 the "Tanggal Permohonan"
    answer (not the browser's print date), P05 the place-date (the birth date is not), P07 the
    message's date (the postmark is a picture), P10 the place-date (not the e-signature timestamp,
    which is sometimes a day later), K03 the petition's "Dimulai" date (not the updates, comments or
    print header), S02 the "Ditetapkan ... pada tanggal" date or the cover letter's date, M04 the
    date alone at the top right.
  * obtain_method / delivery_method from ticks, bubbles, radio buttons, table columns or words: P03
    the Format column, all rows alike ("Softcopy ...", "Excel/PDF" -> salinan_softcopy, "Hardcopy",
    "Fotokopi" -> salinan_hardcopy), the letter's words when the sheet has no Format column; P09's
    "salinan cetak" / "salinan elektronik" -> salinan_hardcopy / salinan_softcopy; null when nothing
    is chosen.  objection_reason_code from the cited huruf or the ground in words (K02: c when
    unanswered, g when answered late).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran only, null when not
    printed.  sengketa letters carry the applicant's name (address when printed), the disputed
    information when printed, the cited request number when printed, the KI register number and the
    letter's own number, date, subject and sender; S02 takes the fields of its first page.  surat_masuk
    carries only letter_number, letter_date, subject and sender_org, however much it speaks of
    "informasi", "data", "permohonan", NIKs or "keberatan" (M01's "informasi lowongan", M05's request
    for a follow-up notice, M03's "keberatan", M07 a KI letter without a register number).
  * handwritten is true when field values are hand-written (P01, P04 / P07 / K04 / M05 hand
    variants).  The received stamp is described in scan.pages[i].stamps.
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


def add_workdays(d0: date, n: int) -> date:
    x = d0
    while n:
        x += timedelta(days=1)
        if x.weekday() < 5:
            n -= 1
    return x


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
# helpers of the thirteenth layouts
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
PENCIL = (62, 62, 70)
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


def bubble(pg: Page, cx, cy, r, label, filled, ink=PENCIL, col=(120, 120, 120), font="hr"):
    """An answer-sheet bubble with its printed label; filled = blackened with a pencil."""
    pg.circle(cx, cy, r, 0.6, col)
    if label:
        pg.t(cx, cy + r * 0.42, label, font, r * 1.15, col, "c")
    if filled:
        pg.circle(cx + 0.2, cy + 0.1, r + 0.35, 0.3, ink, ink)


def vtick(pg: Page, x, y, s, ink):
    """A hand-drawn "V" over a box whose baseline is y and side s."""
    pg.line(x - 0.5, y - s * 0.95, x + s * 0.42, y + 1.5, 1.3, ink)
    pg.line(x + s * 0.42, y + 1.5, x + s * 1.15, y - s * 1.55, 1.3, ink)


def crease(pg: Page, y: float) -> None:
    """The shadow of a fold across a scanned page (a picture, no text)."""
    pg.line(0, y, pg.w, y, 0.9, (205, 205, 205))
    pg.line(0, y + 1.1, pg.w, y + 1.1, 0.6, (238, 238, 238))


def thumb_img(rng: random.Random) -> Image.Image:
    """A thumbprint in stamp-pad ink: ridges as concentric ovals with gaps."""
    w, h = 200, 260
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = rng.choice(((50, 50, 140), (70, 40, 110), (35, 35, 45)))
    cx, cy = w / 2 + rng.uniform(-6, 6), h / 2 + rng.uniform(-8, 8)
    for k in range(4, 64, 4):
        rx, ry = k * 1.35, k * 1.75
        a0 = rng.uniform(0, 360)
        d.arc(
            (cx - rx, cy - ry, cx + rx, cy + ry),
            a0,
            a0 + rng.uniform(250, 340),
            fill=(*col, rng.randint(110, 200)),
            width=3,
        )
    return im.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC, expand=True)


def perangko_img(rng: random.Random) -> Image.Image:
    """A postage stamp with perforated edges (its print is a picture)."""
    w, h = 180, 216
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle((6, 6, w - 7, h - 7), fill=(250, 248, 240, 255))
    for x in range(6, w - 6, 12):
        d.ellipse((x - 4, 0, x + 4, 10), fill=(0, 0, 0, 0))
        d.ellipse((x - 4, h - 10, x + 4, h), fill=(0, 0, 0, 0))
    col = rng.choice(((180, 60, 50), (40, 110, 160), (60, 130, 70), (150, 90, 30)))
    d.rectangle((18, 18, w - 19, h - 52), fill=(*col, 255))
    d.ellipse((50, 40, 130, 120), fill=(240, 220, 170, 255))
    d.polygon([(30, 150), (90, 90), (150, 150)], fill=(250, 240, 200, 255))
    d.text(
        (w / 2, h - 36), "INDONESIA", font=pil_font("hb", 20), fill=(40, 40, 40, 255), anchor="mm"
    )
    d.text(
        (w / 2, h - 16),
        rng.choice(("Rp5000", "Rp3000", "Rp10000")),
        font=pil_font("hb", 18),
        fill=(40, 40, 40, 255),
        anchor="mm",
    )
    return im


def postmark_img(rng: random.Random, city: str, when: date) -> Image.Image:
    """A round postmark with the office and date, and wavy cancel lines (a picture)."""
    s = 300
    im = Image.new("RGBA", (s + 260, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (30, 30, 40, 170)
    d.ellipse((8, 8, s - 8, s - 8), outline=col, width=6)
    d.text((s / 2, 95), city.upper(), font=pil_font("hb", 34), fill=col, anchor="mm")
    d.text((s / 2, 150), when.strftime("%d-%m-%y"), font=pil_font("hb", 38), fill=col, anchor="mm")
    d.text(
        (s / 2, 205), f"{rng.randint(8, 16):02d}.00", font=pil_font("hb", 30), fill=col, anchor="mm"
    )
    for j in range(5):
        pts = [(s + 10 + x, 70 + j * 38 + 10 * math.sin(x / 22.0 + j)) for x in range(0, 250, 6)]
        d.line(pts, fill=col, width=5)
    return im.rotate(rng.uniform(-15, 15), resample=Image.BICUBIC, expand=True)


def watermark_img(rng: random.Random) -> Image.Image:
    """A large faint emblem printed behind the text of a letterhead paper."""
    s = 600
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = rng.choice(((120, 160, 120, 40), (120, 130, 180, 40), (170, 140, 90, 40)))
    d.ellipse((20, 20, s - 20, s - 20), outline=col, width=26)
    d.ellipse((110, 110, s - 110, s - 110), outline=col, width=14)
    for k in range(8):
        a = math.radians(k * 45)
        d.line(
            [(s / 2, s / 2), (s / 2 + 190 * math.cos(a), s / 2 + 190 * math.sin(a))],
            fill=col,
            width=16,
        )
    return im


def avatar_img(rng: random.Random, initial: str) -> Image.Image:
    s = 120
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse(
        (0, 0, s - 1, s - 1), fill=rng.choice(((90, 120, 200), (200, 110, 80), (80, 160, 120)))
    )
    d.text((s / 2, s / 2), initial, font=pil_font("hb", 64), fill=(255, 255, 255), anchor="mm")
    return im


def e_meterai_img(rng: random.Random) -> Image.Image:
    """An e-meterai: a small framed image with a serial (a picture)."""
    w, h = 220, 140
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle(
        (2, 2, w - 3, h - 3), fill=(235, 225, 240, 255), outline=(120, 70, 140, 255), width=3
    )
    d.text((w / 2, 34), "METERAI", font=pil_font("hb", 26), fill=(110, 50, 130, 255), anchor="mm")
    d.text(
        (w / 2, 66), "ELEKTRONIK", font=pil_font("hr", 18), fill=(110, 50, 130, 255), anchor="mm"
    )
    ser = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    d.text((w / 2, 100), ser, font=pil_font("hr", 15), fill=(60, 60, 60, 255), anchor="mm")
    d.text((w / 2, 122), "10000", font=pil_font("hb", 16), fill=(60, 60, 60, 255), anchor="mm")
    return im


VILLAGES = [
    ("Sungai Pinang", "Rambutan", "Banyuasin", "1607", "30967"),
    ("Tanjung Raja", "Tanjung Raja", "Ogan Ilir", "1610", "30661"),
    ("Karang Agung", "Lalan", "Musi Banyuasin", "1606", "30758"),
    ("Pulau Panggung", "Semende Darat Laut", "Muara Enim", "1603", "31355"),
    ("Tanjung Sirih", "Pulau Pinang", "Lahat", "1604", "31461"),
    ("Muara Burnai", "Lempuing Jaya", "Ogan Komering Ilir", "1602", "30657"),
    ("Sukarami", "Belitang", "OKU Timur", "1608", "32382"),
    ("Talang Ubi Timur", "Talang Ubi", "Penukal Abab Lematang Ilir", "1612", "31214"),
]


def village_person(rng: random.Random, old=False, **kw) -> dict:
    """A person living in a village: address as a villager writes it, NIK of that regency."""
    p = make_person(rng, **kw)
    desa, kec, kab, code, pos = rng.choice(VILLAGES)
    birth = (
        date(rng.randint(1946, 1962), rng.randint(1, 12), rng.randint(1, 28)) if old else p["birth"]
    )
    dd = birth.day + (0 if p["male"] else 40)
    serial = rng.randint(1, 2999)
    p["nik"] = (
        f"{code}{rng.randint(1, 18):02d}{dd:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    )
    p["birth"] = birth
    dusun = rng.choice(("Dusun I", "Dusun II", "Dusun III", "Dusun IV", "Dusun V"))
    rt, rw = rng.randint(1, 20), rng.randint(1, 6)
    p.update(
        {
            "desa": desa,
            "kec": kec,
            "kel": desa,
            "kab": kab,
            "pos": pos,
            "dusun": dusun,
            "street": dusun,
            "rt": rt,
            "rw": rw,
            "rtrw": f"{rt:03d}/{rw:03d}",
            "kab_ktp": f"KABUPATEN {kab.upper()}",
            "city": desa,
            "vaddr": rng.choice(
                (
                    f"{dusun} RT {rt:03d} RW {rw:03d} Desa {desa}, Kecamatan {kec}, Kabupaten {kab}",
                    f"{dusun}, Desa {desa}, Kec. {kec}, Kab. {kab}",
                    f"{dusun} RT {rt:02d}/RW {rw:02d}, Desa {desa} Kecamatan {kec} Kabupaten {kab} {pos}",
                )
            ),
        }
    )
    return p


JOB_OPTS = (
    ("PNS/TNI/Polri", ()),
    ("Karyawan Swasta", ("Pegawai Swasta", "Karyawan BUMN")),
    ("Wiraswasta", ("Wiraswasta", "Pedagang")),
    ("Pelajar/Mahasiswa", ("Mahasiswa",)),
    ("Petani/Nelayan", ("Petani", "Nelayan")),
)


def job_option(job: str) -> str | None:
    for lab, jobs in JOB_OPTS:
        if job in jobs:
            return lab
    return None


def one_line_items(rng: random.Random, font: str, size: float, width: float, lo=2, hi=4):
    """Requested items that fit on one line of the given width."""
    pool = [it.format(kab=rng.choice(KABS)) for it in SHORT_ITEMS]
    pool += [info_item(rng) for _ in range(12)]
    pool = [it for it in dict.fromkeys(pool) if tw(it, font, size) <= width]
    return rng.sample(pool, min(len(pool), rng.randint(lo, hi)))


def hex_id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
def p01_ljk_bubble_sheet(ctx: Ctx) -> Letter:
    """The desk's machine-readable answer sheet (LJK style) filled in with a pencil: timing marks
    at the corners and the edge, the name in capitals in one-letter boxes, the NIK and the date
    written in boxes above columns of numbered bubbles blackened to match, occupation, category
    and the obtain / delivery choices as bubbles, address, items and purpose on ruled lines."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES["helv"]
    ctx.size = 8.0
    form = rng.choice(((190, 40, 60), (25, 90, 160), (20, 110, 80), (120, 60, 20)))
    pen = PENCIL
    while True:
        p = make_person(rng, degree_p=0.12, prefix_p=0.08)
        if len(p["name"]) <= 30:
            break
    pg = Page()
    L, R = 52.0, PW - 58
    for x, y in ((22, 22), (PW - 34, 22), (22, PH - 34), (PW - 34, PH - 34)):
        pg.rect(x, y, 12, 12, 0, None, INK)
    for i in range(36):
        pg.rect(PW - 30, 64 + i * 20.5, 10, 4.5, 0, None, INK)
    cx = (L + R) / 2
    pg.t(cx, 50, "LEMBAR ISIAN PERMINTAAN INFORMASI PUBLIK", "hb", 13, form, "c")
    pg.t(cx, 63, "PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", "hb", 9, form, "c")
    serial = f"No. Seri {rng.randint(100000, 999999)}"
    pg.t(L, 78, serial, "hr", 7, RED)
    pg.t(cx, 78, "Formulir PPID-B (LJK)", "hr", 7, form, "c")
    # instructions and the clerk's box
    pg.rect(L, 86, R - L - 150, 36, 0.6, form)
    pg.t(
        L + 5,
        96,
        "PETUNJUK: Gunakan pensil 2B. Tulis dengan HURUF CETAK di dalam kotak.",
        "hr",
        7,
        form,
    )
    pg.t(L + 5, 106, "Hitamkan bulatan pilihan Anda sampai penuh. Contoh benar:", "hr", 7, form)
    x_ok = L + 5 + tw("Hitamkan bulatan pilihan Anda sampai penuh. Contoh benar:", "hr", 7) + 10
    bubble(pg, x_ok, 103.5, 3.6, "", True, INK, form)
    pg.t(x_ok + 10, 106, "salah:", "hr", 7, form)
    x_bad = x_ok + 10 + tw("salah:", "hr", 7) + 8
    pg.circle(x_bad, 103.5, 3.6, 0.6, form)
    pg.line(x_bad - 2.5, 103.5, x_bad - 0.5, 106, 0.8, INK)
    pg.line(x_bad - 0.5, 106, x_bad + 3, 100.5, 0.8, INK)
    pg.circle(x_bad + 12, 103.5, 3.6, 0.6, form)
    pg.line(x_bad + 9.5, 101, x_bad + 14.5, 106, 0.8, INK)
    pg.line(x_bad + 9.5, 106, x_bad + 14.5, 101, 0.8, INK)
    pg.t(
        L + 5,
        116,
        "Satu lembar untuk satu permintaan. Lembar ini tidak boleh dilipat.",
        "hr",
        7,
        form,
    )
    pg.rect(R - 140, 86, 140, 36, 0.8, form)
    pg.t(R - 135, 95, "No. Pendaftaran (diisi petugas)", "hr", 6.5, form)
    num = None
    if rng.random() < 0.45:
        num = f"{rng.randint(1, 160):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
        if rng.random() < 0.5:
            pg.t(R - 135, 113, num, "hand", 10, BLUE)
        else:
            pg.t(R - 135, 113, num, "cb", 8.5, (60, 40, 140))

    def sec(y, s):
        pg.t(L, y, s, "hb", 8, form)

    # 1. name in boxes
    sec(138, "1. NAMA LENGKAP (sesuai KTP, huruf cetak)")
    bw = 14.6
    name = p["name"].upper()
    for i in range(30):
        pg.rect(L + i * bw, 143, bw, 17, 0.6, form)
    for i, ch in enumerate(name):
        if ch != " ":
            pg.t(
                L + i * bw + bw / 2 + rng.uniform(-1, 1), 156.5, ch, "hand", 11, pen, "c", rec=False
            )
    pg.rec(L + 2, 156.5, name)
    # 2. NIK and 12. date with bubble columns
    sec(178, "2. NIK (Nomor Induk Kependudukan)")
    nb = 15.0
    top = 183

    def digit_grid(x0, digits, gaps=()):
        xs = []
        x = x0
        for i in range(len(digits)):
            if i in gaps:
                x += 7
            xs.append(x)
            x += nb
        for x, ch in zip(xs, digits, strict=True):
            pg.rect(x, top, nb, 17, 0.6, form)
            pg.t(
                x + nb / 2 + rng.uniform(-0.8, 0.8), top + 13.5, ch, "hand", 11, pen, "c", rec=False
            )
            for v in range(10):
                bubble(pg, x + nb / 2, top + 27 + v * 10.4, 3.7, str(v), int(ch) == v, pen, form)
        return xs

    digit_grid(L, p["nik"])
    pg.rec(L + 2, top + 13.5, p["nik"])
    x_date = L + 16 * nb + 26
    pg.t(x_date, 178, "12. TANGGAL PENGISIAN", "hb", 8, form)
    ds = f"{ctx.date.day:02d}{ctx.date.month:02d}{ctx.date.year}"
    pg.t(x_date + nb - 2, top + 132, "Tgl", "hr", 6.5, form, "c")
    pg.t(x_date + 3 * nb + 5, top + 132, "Bln", "hr", 6.5, form, "c")
    pg.t(x_date + 6 * nb + 14, top + 132, "Tahun", "hr", 6.5, form, "c")
    digit_grid(x_date, ds, gaps=(2, 4))
    pg.rec(x_date + 2, top + 13.5, f"{ds[:2]} {ds[2:4]} {ds[4:]}")
    # 3. occupation
    y = 340
    sec(y, "3. PEKERJAAN")
    opt = job_option(p["job"])
    x = L + 78
    for lab, _ in JOB_OPTS:
        bubble(pg, x, y - 2.8, 3.9, "", opt == lab, pen, form)
        pg.t(x + 7, y, lab, "hr", 7.5, form)
        x += 12 + tw(lab, "hr", 7.5) + 8
    y += 15
    bubble(pg, L + 78, y - 2.8, 3.9, "", opt is None, pen, form)
    pg.t(L + 85, y, "Lainnya:", "hr", 7.5, form)
    pg.line(L + 120, y + 2, L + 300, y + 2, 0.4, form, (1, 2))
    if opt is None:
        pg.t(L + 124, y, p["job"], "hand", 10.5, pen)
    occupation = opt or p["job"]
    # 4. address on ruled lines
    y += 24
    sec(y, "4. ALAMAT")
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 6)))
    vx = L + 78
    lines = wrap(addr, "hand", 10.5, R - vx - 6)
    for k in range(3):
        pg.line(vx, y + 2.5 + k * 17, R, y + 2.5 + k * 17, 0.4, form, (1, 2))
    for k, ln in enumerate(lines[:3]):
        pg.t(vx + 3, y + k * 17, ln, "hand", 10.5, pen)
    assert len(lines) <= 3
    y += 3 * 17 + 8
    sec(y, "5. NO. TELEPON/HP")
    pg.line(L + 96, y + 2.5, L + 245, y + 2.5, 0.4, form, (1, 2))
    pg.t(L + 99, y, p["phone"], "hand", 10.5, pen)
    show_mail = rng.random() < 0.6
    pg.t(L + 262, y, "6. E-MAIL", "hb", 8, form)
    pg.line(L + 306, y + 2.5, R, y + 2.5, 0.4, form, (1, 2))
    if show_mail:
        pg.t(L + 309, y, p["email"], "hand", 10.5, pen)
    # 7. items
    y += 24
    sec(y, "7. RINCIAN INFORMASI YANG DIMINTA")
    iw = R - L - 24
    while True:
        items = one_line_items(rng, "hand", 10.5, iw, 1, 3)
        if items:
            break
    y += 17
    for k in range(4):
        pg.line(L + 4, y + 2.5 + k * 17, R, y + 2.5 + k * 17, 0.4, form, (1, 2))
    for k, it in enumerate(items):
        pg.t(L + 6, y + k * 17, f"{k + 1}.", "hand", 10.5, pen)
        pg.t(L + 20, y + k * 17, it, "hand", 10.5, pen)
    y += 4 * 17 + 6
    sec(y, "8. TUJUAN PENGGUNAAN INFORMASI")
    purpose = rng.choice(PURPOSES)
    y += 17
    pl = wrap(purpose, "hand", 10.5, R - L - 10)
    for k in range(2):
        pg.line(L + 4, y + 2.5 + k * 17, R, y + 2.5 + k * 17, 0.4, form, (1, 2))
    for k, ln in enumerate(pl[:2]):
        pg.t(L + 6, y + k * 17, ln, "hand", 10.5, pen)
    assert len(pl) <= 2
    y += 2 * 17 + 8

    def bubble_row(y, title, opts, chosen, x0=L + 150):
        sec(y, title)
        x = x0
        for i, (lab, code) in enumerate(opts):
            bubble(pg, x, y - 2.8, 4.0, "ABCDE"[i], chosen == code and code is not None, pen, form)
            pg.t(x + 7, y, lab, "hr", 7.5, form)
            x += 13 + tw(lab, "hr", 7.5) + 9

    cat = rng.choice(("pemilu", "bp"))
    bubble_row(
        y,
        "9. KATEGORI INFORMASI",
        [
            ("Informasi Tahapan Pemilu/Pemilihan", "pemilu"),
            ("Informasi KPU sebagai Badan Publik", "bp"),
        ],
        cat,
    )
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy", None))
    dl = (
        rng.choice((None, "mengambil_langsung"))
        if ob == "melihat"
        else fit_delivery(
            rng, ob, rng.choice(("mengambil_langsung", "email", "pos", "kurir", None))
        )
    )
    y += 19
    bubble_row(
        y,
        "10. CARA MEMPEROLEH",
        [
            ("Melihat/membaca/mencatat", "melihat"),
            ("Salinan tercetak (hardcopy)", "salinan_hardcopy"),
            ("Salinan elektronik (softcopy)", "salinan_softcopy"),
        ],
        ob,
        L + 110,
    )
    y += 19
    bubble_row(
        y,
        "11. CARA MENDAPATKAN SALINAN",
        [
            ("Mengambil langsung", "mengambil_langsung"),
            ("Kurir", "kurir"),
            ("Pos", "pos"),
            ("Faksimili", "faksimili"),
            ("E-mail", "email"),
        ],
        dl,
    )
    # signatures
    y += 30
    pg.rect(L, y - 10, R - L, 104, 0.6, form)
    pg.t(L + 14, y + 4, "Petugas Penerima,", "hr", 8, form)
    pg.t(R - 190, y + 4, "Tanda tangan Pemohon,", "hr", 8, form)
    ctx.sig(pg, R - 185, y + 12, 80, pen)
    pg.t(R - 190, y + 70, f"( {name} )", "hand", 10, pen)
    if num:
        ctx.sig(pg, L + 20, y + 12, 70)
        clerk = make_person(rng, degree_p=0.4)
        pg.t(L + 14, y + 70, clerk["name"], "hr", 8)
    pg.t(cx, PH - 44, "Lembar 1 untuk Petugas - Lembar 2 untuk Pemohon", "hr", 7, form, "c")
    fields = F(
        applicant_name=name,
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=occupation,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P01_ljk_bubble_sheet",
        [pg],
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


GF_THEMES = ((103, 58, 183), (63, 81, 181), (0, 121, 107), (211, 47, 47), (30, 136, 229))


def p02_gform_response_print(ctx: Ctx) -> Letter:
    """A Google-Forms-style request form the office links on its social media, printed from
    the browser after filling it in: tinted page, the form's header card with a coloured band,
    one white card per question (short answer, paragraph, radio buttons, date, uploaded file
    chip), the browser's print date and title above and the long form URL below."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu"))]
    ctx.size = 9.5
    theme = rng.choice(GF_THEMES)
    tint = tuple(int(255 - (255 - c) * 0.13) for c in theme)
    d = Doc(ctx, top=58, left=92, right=PW - 92)
    d.bottom = PH - 52
    p = make_person(rng, degree_p=0.25)
    title = rng.choice(
        (
            "Formulir Permintaan Informasi Publik",
            "Layanan Permohonan Informasi Publik PPID KPU Provinsi Sumatera Selatan",
            "Form Permohonan Informasi Publik",
        )
    )
    red = (217, 48, 37)
    border = (218, 220, 224)
    pad = 14.0
    W = d.W

    def card(content_h, band=False):
        h = content_h + 2 * pad
        d.need(h + 10)
        pg = d.pg
        pg.rect(d.L, d.y, W, h, 0.7, border, (255, 255, 255))
        if band:
            pg.rect(d.L, d.y, W, 8, 0, None, theme)
        top = d.y + pad + (6 if band else 0)
        d.y += h + 10
        return pg, top

    def q_title(s, req):
        lines = wrap(s, ctx.r, 10.5, W - 2 * pad - 10)
        return lines, req

    def draw_title(pg, y, lines, req):
        for i, ln in enumerate(lines):
            pg.t(d.L + pad, y, ln, ctx.r, 10.5)
            if req and i == len(lines) - 1:
                pg.t(d.L + pad + tw(ln, ctx.r, 10.5) + 3, y, "*", ctx.r, 10.5, red)
            y += 14
        return y

    def short(s, answer, req=True):
        lines, _ = q_title(s, req)
        pg, y = card(len(lines) * 14 + 26)
        y = draw_title(pg, y + 8, lines, req)
        pg.t(d.L + pad, y + 8, answer, ctx.r, 10)
        pg.line(d.L + pad, y + 12, d.L + W * 0.62, y + 12, 0.6, (150, 150, 150))

    def para(s, answer_lines, req=True):
        lines, _ = q_title(s, req)
        al = []
        for a in answer_lines:
            al += wrap(a, ctx.r, 10, W - 2 * pad - 4)
        pg, y = card(len(lines) * 14 + len(al) * 13.5 + 16)
        y = draw_title(pg, y + 8, lines, req)
        for ln in al:
            pg.t(d.L + pad, y + 8, ln, ctx.r, 10)
            y += 13.5
        pg.line(d.L + pad, y + 1, d.R - pad, y + 1, 0.6, (150, 150, 150))

    def radio(s, opts, chosen, req=True, other=None):
        lines, _ = q_title(s, req)
        pg, y = card(len(lines) * 14 + len(opts) * 19 + 4)
        y = draw_title(pg, y + 8, lines, req) + 6
        for lab in opts:
            cy = y + 2
            pg.circle(d.L + pad + 7, cy - 3.5, 6.5, 1.1, (95, 99, 104))
            if lab == chosen:
                pg.circle(d.L + pad + 7, cy - 3.5, 6.5, 1.1, theme)
                pg.circle(d.L + pad + 7, cy - 3.5, 3.3, 0.5, theme, theme)
            pg.t(d.L + pad + 22, cy, lab, ctx.r, 9.5)
            if lab == "Lainnya:" and other:
                x = d.L + pad + 22 + tw(lab, ctx.r, 9.5) + 6
                pg.t(x, cy, other, ctx.r, 9.5)
                pg.line(x, cy + 3, d.R - pad - 40, cy + 3, 0.6, (150, 150, 150))
            y += 19

    # the browser's print header
    pd = ctx.date + timedelta(days=rng.randint(0, 3))
    head = f"{pd.strftime('%d/%m/%y')} {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}"
    # header card
    tl = wrap(title, ctx.r, 19, W - 2 * pad)
    desc = rng.choice(
        (
            "Formulir ini digunakan untuk mengajukan permintaan informasi publik kepada PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sesuai Undang-Undang Nomor 14 Tahun 2008. Permintaan akan dijawab paling lambat 10 (sepuluh) hari kerja.",
            "Silakan isi formulir di bawah ini dengan data yang benar. Pemohon wajib melampirkan scan KTP. Nomor pendaftaran akan dikirim melalui e-mail setelah permohonan diverifikasi petugas.",
        )
    )
    dl_ = wrap(desc, ctx.r, 9, W - 2 * pad)
    pg, y = card(len(tl) * 24 + len(dl_) * 12.5 + 44, band=True)
    for ln in tl:
        pg.t(d.L + pad, y + 16, ln, ctx.r, 19)
        y += 24
    y += 6
    for ln in dl_:
        pg.t(d.L + pad, y + 10, ln, ctx.r, 9)
        y += 12.5
    pg.line(d.L, y + 14, d.R, y + 14, 0.5, border)
    pg.t(d.L + pad, y + 30, "* Menunjukkan pertanyaan yang wajib diisi", ctx.r, 9, red)
    # questions
    short("Email", p["email"])
    short("Nama Lengkap", p["name"])
    short("NIK (Nomor Induk Kependudukan)", p["nik"])
    addr = fmt_address(p, rng)
    para("Alamat Lengkap", [addr])
    opt = job_option(p["job"])
    if p["job"] == "Wartawan":
        opt = "Wartawan/Jurnalis"
    opts = [
        "Pelajar/Mahasiswa",
        "PNS/TNI/Polri",
        "Karyawan Swasta",
        "Wiraswasta",
        "Wartawan/Jurnalis",
        "Lainnya:",
    ]
    if opt not in opts:
        opt = None
    radio("Pekerjaan", opts, opt or "Lainnya:", other=None if opt else p["job"])
    occupation = opt or p["job"]
    short("Nomor HP/WhatsApp", p["phone"])
    radio(
        "Kategori Informasi",
        ["Informasi Tahapan Pemilu/Pemilihan", "Informasi KPU sebagai Badan Publik"],
        rng.choice(("Informasi Tahapan Pemilu/Pemilihan", "Informasi KPU sebagai Badan Publik")),
    )
    items = info_items(rng, 1, 3)
    numbered = len(items) > 1 and rng.random() < 0.6
    para(
        "Rincian Informasi yang Dibutuhkan",
        [f"{i}. {it}" if numbered else it for i, it in enumerate(items, 1)],
    )
    purpose = rng.choice(PURPOSES)
    para("Tujuan Penggunaan Informasi", [purpose])
    ob_opts = {
        "Melihat/membaca/mendengarkan/mencatat": "melihat",
        "Mendapatkan salinan informasi (hardcopy)": "salinan_hardcopy",
        "Mendapatkan salinan informasi (softcopy)": "salinan_softcopy",
    }
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"))
    radio("Cara Memperoleh Informasi", list(ob_opts), {v: k for k, v in ob_opts.items()}[ob])
    dl_opts = {
        "Mengambil langsung": "mengambil_langsung",
        "Kurir": "kurir",
        "Pos": "pos",
        "Faksimili": "faksimili",
        "Email": "email",
    }
    dl = (
        rng.choice((None, "mengambil_langsung"))
        if ob == "melihat"
        else fit_delivery(
            rng, ob, rng.choice(("email", "email", "mengambil_langsung", "pos", None))
        )
    )
    radio(
        "Cara Mendapatkan Salinan Informasi",
        list(dl_opts),
        {v: k for k, v in dl_opts.items()}.get(dl),
        req=False,
    )
    dst = fmt_date(ctx.date, "slash0")
    lines, _ = q_title("Tanggal Permohonan", True)
    pg, y = card(len(lines) * 14 + 26)
    y = draw_title(pg, y + 8, lines, True)
    pg.t(d.L + pad, y + 8, dst, ctx.r, 10)
    pg.rect(d.L + pad + tw(dst, ctx.r, 10) + 10, y - 1, 9, 9, 0.7, (95, 99, 104))
    pg.line(d.L + pad, y + 12, d.L + pad + 150, y + 12, 0.6, (150, 150, 150))
    lines, _ = q_title("Unggah Scan/Foto KTP", True)
    pg, y = card(len(lines) * 14 + 34)
    y = draw_title(pg, y + 8, lines, True)
    fname = f"KTP_{p['core'].split()[0].lower()}.jpg"
    pg.rect(d.L + pad, y + 2, 170, 22, 0.7, border)
    pg.t(d.L + pad + 8, y + 17, f"{fname}  {rng.randint(180, 2400)} KB", ctx.r, 9)
    # submit row
    d.need(60)
    pg = d.pg
    pg.rect(d.L, d.y, 62, 24, 0, None, theme)
    pg.t(d.L + 31, d.y + 16, "Kirim", ctx.b, 10, (255, 255, 255), "c")
    pg.t(d.R, d.y + 16, "Kosongkan formulir", ctx.r, 9.5, theme, "r")
    pg.t(d.L, d.y + 44, "Jangan pernah mengirimkan sandi melalui Google Formulir.", ctx.r, 8, GREY)
    d.y += 60
    url = f"https://docs.google.com/forms/d/e/1FAIpQLS{hex_id(rng, 18)}{rng.choice(('Kq', 'Xw', 'Tz'))}{hex_id(rng, 20)}/viewform"
    n = len(d.pages)
    for i, pg in enumerate(d.pages, 1):
        pg.ops.insert(0, ("r", 0, 0, pg.w, pg.h, 0, None, tint))
        pg.t(30, 22, head, "hr", 7.5)
        pg.t(PW / 2, 22, title if len(title) < 60 else title[:56] + "...", "hr", 7.5, align="c")
        pg.t(30, PH - 18, url, "hr", 7)
        pg.t(PW - 30, PH - 18, f"{i}/{n}", "hr", 7.5, align="r")
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=occupation,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter("permohonan_informasi", "P02_gform_response_print", d.pages, fields)


NGO_LITE = [
    (["FORUM PEMUDA PEDULI DATA", "KOTA PALEMBANG"], "FPPD"),
    (["HIMPUNAN MAHASISWA ILMU PEMERINTAHAN", "UNIVERSITAS SRIWIJAYA"], "HIMAIP"),
    (["KOMUNITAS LITERASI DATA SUMSEL"], "KLDS"),
    (["LEMBAGA KAJIAN STATISTIK DAN KEBIJAKAN DAERAH"], "LKSKD"),
    (["PERKUMPULAN PEMANTAU ANGGARAN", "SUMATERA SELATAN"], "PPA-SS"),
]
SHEET_FMT = (
    ("Softcopy (xlsx)", "salinan_softcopy"),
    ("Softcopy", "salinan_softcopy"),
    ("Excel/PDF", "salinan_softcopy"),
    ("Hardcopy", "salinan_hardcopy"),
    ("Fotokopi", "salinan_hardcopy"),
    (None, None),
)


def sheet_page(
    rows: list[list], widths: list[float], fname: str | None, bold_rows=(), fill_rows=()
):
    """A spreadsheet printed with gridlines, column letters and row numbers; rows are lists of
    cell strings (a long first cell overflows into the empty cells beside it)."""
    pg = Page()
    f, fb, size = "nr", "nb", 8.0
    x0, y0, rh, rn = 38.0, 58.0, 13.0, 24.0
    grid = (205, 205, 205)
    head = (225, 225, 225)
    if fname:
        pg.t(PW / 2, 36, fname, f, 8, align="c")
    pg.rect(x0, y0, rn, rh, 0.4, (160, 160, 160), head)
    x = x0 + rn
    for i, w in enumerate(widths):
        pg.rect(x, y0, w, rh, 0.4, (160, 160, 160), head)
        pg.t(x + w / 2, y0 + 9.5, "ABCDEFGH"[i], f, 8, (70, 70, 70), "c")
        x += w
    nrows = max(len(rows) + 5, 52)
    for r in range(nrows):
        y = y0 + rh * (r + 1)
        pg.rect(x0, y, rn, rh, 0.4, (160, 160, 160), head)
        pg.t(x0 + rn / 2, y + 9.5, str(r + 1), f, 7.5, (70, 70, 70), "c")
        x = x0 + rn
        for w in widths:
            pg.rect(x, y, w, rh, 0.3, grid, (221, 235, 247) if r in fill_rows else None)
            x += w
        if r < len(rows):
            x = x0 + rn
            for c, (cell, w) in enumerate(zip(rows[r], widths, strict=False)):
                if cell:
                    ff = fb if r in bold_rows else f
                    if c == 0 and len(rows[r]) == 1:
                        pg.t(x + 3, y + 9.5, cell, ff, size)
                    elif cell.isdigit():
                        pg.t(x + w - 3, y + 9.5, cell, ff, size, align="r")
                    else:
                        pg.t(x + 3, y + 9.5, cell, ff, size)
                x += w
    pg.t(PW / 2, PH - 30, "Halaman 1", f, 8, align="c")
    return pg


def p03_excel_lampiran(ctx: Ctx) -> Letter:
    """A short request letter ("sebagaimana daftar terlampir") whose items are on page 2, a
    spreadsheet printed with gridlines, column letters A-D and row numbers: title row, a header
    row No | Uraian Data | Format | Keterangan, one item per row, empty rows below."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    p = make_person(rng, degree_p=0.35)
    is_org = rng.random() < 0.4
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Data", "Permohonan Informasi Publik", "Permohonan Data dan Informasi Publik")
    )
    lamp = rng.choice(("1 (satu) lembar", "1 (satu) berkas", "1 lembar daftar data"))
    org = num = role = None
    if is_org:
        names, ab = rng.choice(NGO_LITE)
        kop2(
            d,
            [(names[0], ctx.b, 13.5)] + ([(names[1], ctx.b, 12)] if len(names) > 1 else []),
            [
                f"Sekretariat: {rng.choice(CITIES[0][4])} No. {rng.randint(2, 150)}, Palembang  Surel: {ab.lower().replace('-', '')}@gmail.com"
            ],
            rng.choice(("l", "r", None)),
            rng.choice((INK, NAVY, GREEN)),
            rng.choice(("double", "single", "band")),
            kinds=("shield",),
        )
        org = " ".join(names)
        num = f"{rng.randint(3, 120):03d}/{ab}/{rng.choice(('Sek', 'B', 'Ext'))}/{roman(ctx.date.month)}/{ctx.date.year}"
        nomor_block(d, [(nl, num), (ll, lamp), (hl, subj)], place_date(rng, "Palembang", ctx.date))
        role = rng.choice(("Ketua Umum", "Koordinator", "Direktur", "Ketua"))
    else:
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
        lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
        d.kv(hl, subj, lw)
        d.kv(ll, lamp, lw)
        d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.7
    show_mail = rng.random() < 0.75
    addr = fmt_address(p, rng)
    rows = [("Nama", p["name"])]
    if role:
        rows.append(("Jabatan", role))
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", wa_phone(rng, p["phone"]))]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    we = "kami" if is_org else "saya"
    d.para(
        (f"selaku {role} {title_id(org)}, " if is_org else "")
        + "dengan ini mengajukan permohonan informasi publik berupa data sebagaimana tercantum dalam daftar terlampir (lembar kerja Excel).",
        justify=True,
    )
    purpose = rng.choice(PURPOSES)
    fmt_lab, ob = rng.choice(SHEET_FMT)
    if ob == "salinan_softcopy":
        dl = rng.choice(("email", "email", "mengambil_langsung"))
    elif ob == "salinan_hardcopy":
        dl = rng.choice(("mengambil_langsung", "pos", "kurir"))
    else:
        ob, dl = rng.choice(
            (("salinan_softcopy", "email"), (None, None), (None, "mengambil_langsung"))
        )
    deliv = {
        ("salinan_softcopy", "email"): "Data mohon dikirim dalam bentuk softcopy melalui e-mail"
        + (f" ke {p['email_printed']}." if show_mail else "."),
        (
            "salinan_softcopy",
            "mengambil_langsung",
        ): f"Softcopy data akan {we} ambil langsung di kantor PPID dengan membawa flashdisk.",
        (
            "salinan_hardcopy",
            "mengambil_langsung",
        ): f"Salinan cetak data tersebut akan {we} ambil langsung di kantor PPID.",
        (
            "salinan_hardcopy",
            "pos",
        ): "Salinan cetak data tersebut mohon dikirim melalui pos ke alamat di atas.",
        (
            "salinan_hardcopy",
            "kurir",
        ): "Salinan cetak data tersebut mohon dikirim melalui kurir ke alamat di atas.",
        (None, None): "",
        (None, "mengambil_langsung"): f"Data tersebut akan {we} ambil langsung di kantor PPID.",
    }[(ob, dl)]
    d.para(f"Data tersebut akan {we} gunakan untuk {lc1(purpose)}. {deliv}".strip(), justify=True)
    d.para(rng.choice(CLOSE if not is_org else CLOSE_K))
    sign_block(
        d,
        ["Hormat kami," if is_org else "Hormat saya,"] + ([f"{role},"] if role else []),
        p["name"],
        stamp=(org[:30], names[0].split()[0]) if is_org else None,
    )
    items = one_line_items(rng, "nr", 8.0, 292, 3, 7)
    widths = [26.0, 300.0, 78.0, 86.0] if fmt_lab else [26.0, 330.0, 134.0]
    head = (
        ["No", "Uraian Data", "Format", "Keterangan"]
        if fmt_lab
        else ["No", "Uraian Data", "Keterangan"]
    )
    srows: list[list] = [["DAFTAR KEBUTUHAN DATA"]]
    srows.append([f"Lampiran Surat Nomor {num}" if num else "Lampiran Surat Permohonan Data"])
    srows.append([])
    srows.append(head)
    for i, it in enumerate(items, 1):
        ket = rng.choice(("Prioritas", "Pendukung", "", "Bab III", "Bab IV", "Wajib"))
        srows.append([str(i), it, fmt_lab, ket] if fmt_lab else [str(i), it, ket])
    if ob == "salinan_softcopy" and rng.random() < 0.5:
        srows += [[], ["Catatan: bila tersedia, data mohon dalam format .xlsx"]]
    fname = rng.choice(("Daftar Permintaan Data.xlsx", "Lampiran_permohonan_data.xlsx", None))
    d.pages.append(sheet_page(srows, widths, fname, bold_rows=(0, 3), fill_rows=(3,)))
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
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P03_excel_lampiran_sheet", d.pages, fields)


CARD_ORGS = [
    ("PT Sriwijaya Riset Indonesia", "Konsultan Riset Sosial", "sriwijayariset.co.id"),
    ("CV Musi Data Konsultan", "Analis Data", "musidata.id"),
    ("Lembaga Survei Opini Publik Sumsel", "Peneliti Senior", "lsops.or.id"),
    ("Kantor Konsultan Politik Rakyat Cerdas", "Konsultan Politik", "rakyatcerdas.id"),
    ("Yayasan Pendidikan Demokrasi Nusantara", "Program Officer", "ypdn.or.id"),
    ("PT Media Palembang Digital", "Redaktur Data", "mediaplgdigital.com"),
]


def p04_kartu_nama_note(ctx: Ctx) -> Letter:
    """A short note whose writer's identity is only the business card stapled at its top:
    name with degrees, title, company, office address, mobile and e-mail on the card; the
    note (typed or hand-written) asks for the items in one sentence."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=60)
    pg = d.pg
    p = make_person(rng, degree_p=0.6)
    org, role, web = rng.choice(CARD_ORGS)
    acc = rng.choice((NAVY, MAROON, GREEN, (20, 20, 20)))
    X, Y, CW, CH = 70.0, 52.0, 252.0, 150.0
    pg.rect(X + 3, Y + 3, CW, CH, 0, None, (205, 205, 205))
    pg.rect(
        X,
        Y,
        CW,
        CH,
        0.5,
        (170, 170, 170),
        rng.choice(((252, 252, 250), (246, 244, 236), (240, 244, 248))),
    )
    pg.rect(X, Y, 5, CH, 0, None, acc)
    logo(pg, X + 14, Y + 10, 26, rng.choice(("shield", "scale", "garuda")))
    osz = min(8.0, (CW - 56) / tw(org, "hb", 1))
    pg.t(X + 46, Y + 22, org, "hb", osz, acc)
    pg.t(X + 46, Y + 32, web, "hr", 6.5, GREY)
    pg.t(X + 14, Y + 62, p["name"], "hb", min(11.0, (CW - 24) / tw(p["name"], "hb", 1)))
    pg.t(X + 14, Y + 75, role, "hi", 8)
    addr = fmt_address(p, rng, rng.choice((2, 3, 4, 6)))
    yy = Y + 94
    for ln in wrap(addr, "hr", 7, CW - 28)[:3]:
        pg.t(X + 14, yy, ln, "hr", 7)
        yy += 9
    mob_lab = rng.choice(("M:", "HP:", "Mobile:", "WA:"))
    pg.t(X + 14, yy, f"{mob_lab} {p['phone']}", "hr", 7)
    yy += 9
    if rng.random() < 0.5:
        lp, _ = landline(rng, p["cityrec"][5])
        pg.t(X + 14, yy, f"T: {lp}", "hr", 7)
        yy += 9
    pg.t(X + 14, yy, f"E: {p['email_printed']}", "hr", 7)
    pg.line(X + 8, Y - 5, X + 26, Y + 5, 2.4, (140, 140, 145))
    pg.line(X + 30, Y - 5, X + 48, Y + 5, 2.4, (140, 140, 145))
    d.y = Y + CH + 40
    if hand:
        ctx.r = ctx.b = "hand"
        ctx.size = 12.0
    lead = 19.0 if hand else None
    d.line_text(place_date(rng, "Palembang", ctx.date), align="r", lead=lead)
    for s in rng.choice(
        (
            ["Yth. PPID KPU Provinsi Sumatera Selatan", "di Palembang"],
            ["Kepada Yth.", "Petugas Layanan Informasi PPID", "KPU Provinsi Sumsel"],
        )
    ):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    items = short_items(rng, 1, 2) if hand else info_items(rng, 1, 3)
    show_nik = rng.random() < 0.5
    who = rng.choice(
        (
            "sesuai kartu nama terlampir",
            "sebagaimana tertera pada kartu nama di atas",
            "yang kartu namanya terlampir",
        )
    )
    d.para(
        f"Bersama ini saya, {who}, {'NIK ' + p['nik'] + ', ' if show_nik else ''}mengajukan permohonan informasi publik berupa {join_items_prose(items, False)}.",
        lead=lead,
        justify=not hand,
    )
    purpose = rng.choice(PURPOSES)
    ob, dl, deliv = rng.choice(
        (
            (
                "salinan_softcopy",
                "email",
                "Mohon salinan elektronik (softcopy) dikirim ke alamat e-mail pada kartu nama saya.",
            ),
            (
                "salinan",
                "mengambil_langsung",
                "Salinannya akan saya ambil langsung ke kantor PPID.",
            ),
            (
                "salinan_hardcopy",
                "kurir",
                "Mohon salinan cetaknya dikirim melalui kurir ke alamat kantor saya.",
            ),
            (None, None, ""),
            (None, "email", "Jawabannya mohon dikirim melalui e-mail saja."),
        )
    )
    d.para(
        f"Informasi tersebut saya perlukan sebagai {lc1(purpose)}. {deliv}".strip(),
        lead=lead,
        justify=not hand,
    )
    d.line_text(
        rng.choice(("Terima kasih.", "Atas bantuannya saya ucapkan terima kasih.")), lead=lead
    )
    d.need(100)
    x = min(d.R - 190, d.R - tw(p["name"], ctx.r, ctx.size) - 6)
    d.line_text(rng.choice(("Salam hormat,", "Hormat saya,")), x=x, lead=lead)
    ctx.sig(d.pg, x, d.y - 8, 85)
    d.y += 44
    under = p["core"] if rng.random() < 0.4 else p["name"]
    d.line_text(under, x=x, lead=lead)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"],
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter("permohonan_informasi", "P04_kartu_nama_note", d.pages, fields, handwritten=hand)


PERNYATAAN = (
    "Informasi yang saya peroleh dari PPID KPU Provinsi Sumatera Selatan hanya akan saya gunakan sesuai dengan tujuan yang saya sampaikan dalam surat permohonan.",
    "Saya tidak akan menyalahgunakan, mengubah, atau menyebarluaskan informasi tersebut untuk kepentingan yang bertentangan dengan peraturan perundang-undangan.",
    "Saya bersedia menanggung biaya penggandaan dan/atau pengiriman informasi sesuai ketentuan yang berlaku.",
    "Apabila di kemudian hari saya terbukti menyalahgunakan informasi tersebut, saya bersedia dituntut sesuai ketentuan peraturan perundang-undangan.",
)
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


def p05_pernyataan_meterai_p2(ctx: Ctx) -> Letter:
    """A citizen's request with birth place and date among the identity rows, followed by a
    second page "SURAT PERNYATAAN" on the use of the information (identity repeated, numbered
    undertakings) signed over a meterai; a KTP copy as page 3 half of the time."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.3)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Informasi Publik",
            "Permohonan Salinan Informasi",
        )
    )
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, rng.choice(("2 (dua) berkas", "Surat Pernyataan dan fotokopi KTP", "2 lembar")), lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_mail = rng.random() < 0.6
    rows = [
        ("Nama", p["name"]),
        (
            "Tempat/Tgl. Lahir",
            f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash', 'long0')))}",
        ),
        ("NIK", p["nik"]),
        ("Pekerjaan", p["job"]),
        ("Alamat", addr),
        ("No. Telp/HP", p["phone"]),
    ]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("dengan ini mengajukan permohonan informasi publik berupa:")
    items = info_items(rng, 1, 3)
    for i, it in enumerate(items):
        d.need(16)
        d.pg.t(d.L + 16, d.y, f"{'abc'[i]}.", ctx.r, ctx.size)
        d.para(it, x=d.L + 32)
    purpose = rng.choice(PURPOSES)
    d.para(
        f"Adapun tujuan penggunaan informasi tersebut adalah untuk {lc1(purpose)}.", justify=True
    )
    ob, dl = obtain_deliver(rng, 0.85, 0.75)
    if ob or dl:
        s = "Informasi tersebut ingin saya peroleh " + (f"dengan cara {OB_WORDS[ob]}" if ob else "")
        if dl:
            s += (" dan " if ob else "") + DL_WORDS[dl]
        d.para(s + ".", justify=True)
    d.para(
        "Sebagai kelengkapan permohonan, bersama ini saya lampirkan surat pernyataan penggunaan informasi dan fotokopi KTP.",
        justify=True,
    )
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"])
    d.newpage()
    d.line_text("SURAT PERNYATAAN", ctx.b, ctx.size + 2, align="c")
    d.line_text("PENGGUNAAN INFORMASI PUBLIK", ctx.b, ctx.size, align="c")
    d.gap(10)
    d.para("Saya yang bertanda tangan di bawah ini:")
    rows2 = [("Nama", p["name"]), ("NIK", p["nik"]), ("Alamat", addr), ("No. HP", p["phone"])]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows2) + 10
    for k, v in rows2:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("dengan ini menyatakan dengan sesungguhnya bahwa:")
    d.numbered(list(PERNYATAAN[: rng.randint(3, 4)]), x=d.L + 6)
    d.para(
        "Demikian surat pernyataan ini saya buat dengan sebenar-benarnya, dalam keadaan sadar dan tanpa paksaan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya.",
        justify=True,
    )
    d.gap(8)
    sign_block(
        d,
        ["Yang membuat pernyataan,"],
        p["name"],
        meterai=True,
        place_date=place_date(rng, p["city"], ctx.date),
    )
    if rng.random() < 0.5:
        d.pages.append(ktp_cards(ctx, [p]))
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
    return Letter("permohonan_informasi", "P05_pernyataan_meterai_p2", d.pages, fields)


KIM_NAMES = (
    "SRIWIJAYA MANDIRI",
    "MUSI BERSINAR",
    "PELITA WARGA",
    "TUNAS HARAPAN",
    "CAHAYA INFORMASI",
    "WARGA CERDAS",
)
KIM_PURPOSES = (
    "Bahan diseminasi informasi kepemiluan kepada warga melalui papan informasi dan media sosial KIM",
    "Bahan penyusunan buletin warga edisi pendidikan pemilih",
    "Materi sosialisasi pemutakhiran data pemilih berkelanjutan di tingkat RT",
    "Bahan diskusi warga tentang partisipasi pemilih di kelurahan kami",
)
TEMBUSAN_POOL = (
    "Ketua KPU Republik Indonesia di Jakarta",
    "Ketua Komisi Informasi Provinsi Sumatera Selatan",
    "Kepala Perwakilan Ombudsman RI Provinsi Sumatera Selatan",
    "Kepala Dinas Komunikasi dan Informatika Kota Palembang",
    "Ketua Bawaslu Provinsi Sumatera Selatan",
    "Ketua KPU Kota Palembang",
    "Camat {kec}",
    "Lurah {kel}",
    "Ketua Forum KIM Kota Palembang",
)


def p06_kim_tembusan_watermark(ctx: Ctx) -> Letter:
    """A neighbourhood information group (Kelompok Informasi Masyarakat) asks on its letterhead
    paper, a large faint emblem printed behind the text; the chair's identity, bulleted items,
    chair and secretary sign side by side, the lurah "Mengetahui", and a long Tembusan list (KI,
    Ombudsman, Kominfo ...) in one or two columns."""
    rng = ctx.rng
    d = Doc(ctx, top=40)
    while True:
        p = make_person(rng, degree_p=0.3)
        if p["city"] == "Palembang":
            break
    kim = rng.choice(KIM_NAMES)
    kel, kec = p["kel"], p["kec"]
    l1 = "KELOMPOK INFORMASI MASYARAKAT (KIM)"
    l2 = f'"{kim}" KELURAHAN {kel.upper()}'
    slug = kim.split()[0].lower()
    col = rng.choice((INK, GREEN, NAVY))
    kop2(
        d,
        [(l1, ctx.b, 13.5), (l2, ctx.b, 12.5)],
        [
            f"Kecamatan {kec} Kota Palembang - SK Lurah {kel} Nomor {rng.randint(3, 90)}/KPTS/KEL/{rng.randint(2019, 2024)}",
            f"Sekretariat: {p['street']}, Palembang  Surel: kim.{slug}@gmail.com",
        ],
        rng.choice(("l", "lr", "c")),
        col,
        rng.choice(("double", "thinthick", "band")),
        y=32,
        kinds=("garuda", "shield"),
    )
    org = f"{l1} {l2}"
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(2, 60):03d}/KIM-{''.join(w[0] for w in kim.split())}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Data Kepemiluan", "Permintaan Informasi Publik")
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "-"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    d.para(
        f"Sehubungan dengan program diseminasi informasi kepemiluan yang dilaksanakan Kelompok Informasi Masyarakat (KIM) {title_id(kim)} bagi warga Kelurahan {kel}, kami yang bertanda tangan di bawah ini:",
        justify=True,
    )
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.5
    addr = fmt_address(p, rng)
    rows = [("Nama", p["name"]), ("Jabatan", f"Ketua KIM {title_id(kim)}")]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP", wa_phone(rng, p["phone"]))]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("mengajukan permohonan informasi publik sebagai berikut:")
    items = info_items(rng, 2, 3) if rng.random() < 0.5 else short_items(rng, 2, 4)
    for it in items:
        d.need(16)
        d.pg.t(d.L + 18, d.y, "\u2022", ctx.r, ctx.size)
        d.para(it, x=d.L + 30)
    purpose = rng.choice(KIM_PURPOSES)
    ob, dl = obtain_deliver(rng, 0.7, 0.7)
    tail = (f"Kami mohon dapat {OB_KAMI[ob]}. " if ob else "") + (
        f"Informasi tersebut {DL_KAMI[dl]}." if dl else ""
    )
    d.para(
        f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}. {tail}".strip(), justify=True
    )
    d.para(rng.choice(CLOSE_K))
    d.need(200)
    pg = d.pg
    y0 = d.y + 12
    sek = make_person(rng, degree_p=0.3)
    xl, xr = d.L + 10, min(d.R - 170, d.R - tw(p["name"], ctx.b, ctx.size) - 4)
    pg.t(xl, y0, "Sekretaris,", ctx.r, ctx.size)
    pg.t(xr, y0, "Ketua,", ctx.r, ctx.size)
    ctx.sig(pg, xl, y0 + 6, 85)
    ctx.sig(pg, xr, y0 + 6, 85)
    ctx.stamp(pg, xr - 45, y0 - 8, f"KIM {kim}"[:28], "KIM")
    pg.t(xl, y0 + 56, sek["name"], ctx.b, ctx.size)
    pg.t(xr, y0 + 56, p["name"], ctx.b, ctx.size)
    lurah = make_person(rng, degree_p=0.8)
    cx = (d.L + d.R) / 2 - 70
    pg.t(cx, y0 + 84, "Mengetahui,", ctx.r, ctx.size)
    pg.t(cx, y0 + 84 + ctx.size * 1.4, f"Lurah {kel},", ctx.r, ctx.size)
    ctx.sig(pg, cx, y0 + 100, 80)
    pg.t(cx, y0 + 150, lurah["name"], ctx.b, ctx.size)
    pg.t(cx, y0 + 150 + ctx.size * 1.4, f"NIP. {nip(rng)}", ctx.r, ctx.size - 0.5)
    d.y = y0 + 150 + ctx.size * 2.8 + 10
    tem = [t.format(kec=kec, kel=kel) for t in rng.sample(TEMBUSAN_POOL, rng.randint(6, 8))] + [
        "Arsip"
    ]
    sz = ctx.size - 1.5
    two = rng.random() < 0.5
    d.need(sz * 1.4 * (((len(tem) + 1) // 2 if two else 2) + 1))
    d.line_text("Tembusan Yth.:", size=sz)
    if two:
        half = (len(tem) + 1) // 2
        y1 = d.y
        for i, t in enumerate(tem):
            x = d.L if i < half else (d.L + d.R) / 2
            yy = y1 + (i % half) * sz * 1.4
            s = f"{i + 1}. {t};" if i < len(tem) - 1 else f"{i + 1}. {t}."
            d.pg.t(x, yy, s, ctx.r, min(sz, (d.W / 2 - 6) / tw(s, ctx.r, 1)))
        d.y = y1 + half * sz * 1.4
    else:
        for i, t in enumerate(tem):
            d.line_text(f"{i + 1}. {t};" if i < len(tem) - 1 else f"{i + 1}. {t}.", size=sz)
    d.pages[0].ops.insert(0, ("i", PW / 2 - 170, PH / 2 - 150, 340, 340, watermark_img(rng)))
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
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter("permohonan_informasi", "P06_kim_tembusan_watermark", d.pages, fields)


def p07_kartu_pos(ctx: Ctx) -> Letter:
    """Both sides of a postal card photocopied on one A4 sheet: the front with "KARTU POS", a
    stamp and postmark, the PPID's address on dotted lines, the post code in boxes and a
    "Pengirim" strip; the back with the message (hand-written or typed) asking for the
    information.  Always a scan."""
    rng = ctx.rng
    hand = ctx.hand
    pg = Page()
    font = "hand" if hand else rng.choice(("cr", "tr"))
    fs = 11.0 if hand else 9.5
    lead = 15.0 if hand else 12.5
    ink = ctx.ink if hand else (35, 35, 40)
    brown = (120, 60, 30)
    X, W, H = 70.0, 455.0, 300.0
    Y1 = 46.0
    cardc = rng.choice(((236, 224, 196), (242, 236, 220), (232, 220, 200)))
    while True:
        p = make_person(rng, degree_p=0.12)
        addr = fmt_address(p, rng, rng.choice((0, 2, 3, 4, 6)))
        if len(wrap(addr, font, fs, W - 100)) <= 2:
            break

    def w(x, y, s, size=fs):
        pg.t(
            x + (rng.uniform(-1, 1) if hand else 0),
            y + (rng.uniform(-0.8, 0.8) if hand else 0),
            s,
            font,
            size,
            ink,
        )

    pg.rect(X, Y1, W, H, 0.4, (190, 180, 160), cardc)
    pg.t(X + 18, Y1 + 34, "KARTU POS", "hb", 17, brown)
    pg.t(X + 18, Y1 + 46, "POS INDONESIA", "hr", 7.5, brown)
    pg.img(X + W - 78, Y1 + 14, 60, 72, perangko_img(rng))
    pm = ctx.date + timedelta(days=rng.randint(0, 2))
    pg.img(X + W - 200, Y1 + 24, 140, 75, postmark_img(rng, p["city"], pm))
    xd = X + W * 0.42
    pg.line(xd, Y1 + 80, xd, Y1 + 226, 0.6, brown)
    pg.t(xd + 14, Y1 + 112, "Kepada Yth.", "hr", 8, brown)
    to = rng.choice(
        (
            ["PPID KPU Provinsi Sumatera Selatan", "Jl. Kapten A. Rivai No. 95", "Palembang"],
            [
                "Pejabat Pengelola Informasi dan",
                "Dokumentasi KPU Prov. Sumsel",
                "Jl. Kapten A. Rivai No. 95 Palembang",
            ],
        )
    )
    for i in range(4):
        yy = Y1 + 132 + i * 21
        pg.line(xd + 14, yy + 3, X + W - 16, yy + 3, 0.5, brown, (1, 2))
        if i < len(to):
            w(xd + 18, yy, to[i], fs if tw(to[i], font, fs) < W * 0.58 - 40 else fs - 1.5)
    pg.t(xd + 14, Y1 + 232, "Kode Pos", "hr", 7.5, brown)
    kx = xd + 60
    for i, ch in enumerate("30129"):
        pg.rect(kx + i * 15, Y1 + 220, 15, 16, 0.6, brown)
        pg.t(kx + i * 15 + 7.5, Y1 + 232, ch, font, fs, ink, "c", rec=False)
    pg.rec(kx + 2, Y1 + 232, "30129")
    pg.line(X + 12, Y1 + 242, X + W - 12, Y1 + 242, 0.6, brown)
    pg.t(X + 18, Y1 + 258, "Pengirim:", "hr", 8, brown)
    w(X + 70, Y1 + 258, p["name"])
    pg.t(X + 18, Y1 + 274, "Alamat:", "hr", 8, brown)
    for k, ln in enumerate(wrap(addr, font, fs, W - 100)):
        w(X + 70, Y1 + 274 + k * 13.5, ln)
    # the message side
    Y2 = Y1 + H + 36
    pg.rect(X, Y2, W, H, 0.4, (190, 180, 160), cardc)
    pg.t(X + 16, Y2 + 16, "BERITA", "hr", 7, brown)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    show_phone = rng.random() < 0.6
    purpose = rng.choice(PURPOSES)
    ob, dl, deliv = rng.choice(
        (
            ("salinan", "pos", "Mohon salinannya dikirim lewat pos ke alamat saya di atas."),
            (
                "salinan_hardcopy",
                "pos",
                "Mohon dikirimkan salinan cetaknya melalui pos ke alamat pengirim.",
            ),
            (None, "pos", "Mohon jawabannya dikirim lewat pos saja."),
            ("salinan", None, "Saya mohon diberikan salinannya."),
            (None, None, ""),
        )
    )
    for _ in range(20):
        items = short_items(rng, 1, 2)
        body = (
            f"Dengan hormat, saya {p['name']}"
            + (f", NIK {p['nik']}" if show_nik else "")
            + (f", pekerjaan {p['job'].lower()}" if show_job else "")
            + f", dengan ini mohon diberikan informasi publik berupa {join_items_prose(items, False)}. "
            + f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}. {deliv}"
        ).strip()
        lines = wrap(body, font, fs, W - 40)
        if len(lines) * lead + 4 * lead + 96 < H - 20:
            break
        purpose = rng.choice(PURPOSES[:6])
    y = Y2 + 34
    ds = f"{p['city']}, {fmt_date(ctx.date, rng.choice(('long', 'slash', 'dash')))}"
    w(X + W - 20 - tw(ds, font, fs), y, ds)
    y += lead
    w(
        X + 20,
        y,
        rng.choice(("Yth. Bapak/Ibu PPID KPU Prov. Sumsel,", "Kepada Yth. PPID KPU Sumsel,")),
    )
    y += lead + 2
    for ln in lines:
        w(X + 20, y, ln)
        y += lead
    w(X + 20, y, "Terima kasih atas perhatiannya.")
    y += lead + 4
    xs = X + W - 170
    w(xs, y, "Hormat saya,")
    ctx.sig(pg, xs, y + 2, 70, ink)
    y += 44
    w(xs, y, p["name"])
    if show_phone:
        y += lead
        w(xs, y, f"HP {p['phone']}")
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"] if show_phone else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
    )
    return Letter(
        "permohonan_informasi",
        "P07_kartu_pos",
        [pg],
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True},
    )


BUMDES = ("MAJU BERSAMA", "SEJAHTERA MANDIRI", "BERKAH DESA", "KARYA MAKMUR", "TUNAS JAYA")
BUMDES_ITEMS = (
    "Data jumlah pemilih per TPS di Desa {desa} pada Pemilu 2024",
    "Salinan formulir Model C.Hasil seluruh TPS di Desa {desa} Pemilihan Gubernur 2024",
    "Daftar nama anggota KPPS di Desa {desa} pada Pemilihan Tahun 2024",
    "Rincian honorarium dan biaya sewa tempat TPS di Desa {desa} Tahun 2024",
    "Data pemilih pemula di Desa {desa} hasil pemutakhiran Semester II 2025",
)
BUMDES_PURPOSES = (
    "Bahan perencanaan usaha jasa penyewaan tenda dan perlengkapan TPS pada pemilihan berikutnya",
    "Bahan laporan pertanggungjawaban kerja sama penyediaan logistik TPS kepada Musyawarah Desa",
    "Bahan penyusunan rencana kerja BUMDes bidang jasa pelayanan masyarakat",
)


def greenbar(pg: Page) -> None:
    """Continuous-form paper under the print: green bands, tractor holes, perforations."""
    ops: list[tuple] = []
    y, k = 0.0, 0
    while y < pg.h:
        if k % 2 == 0:
            ops.append(("r", 36, y, pg.w - 72, 36, 0, None, (220, 239, 222)))
        y += 36
        k += 1
    for x in (18.0, pg.w - 18):
        for j in range(int(pg.h // 36) + 1):
            ops.append(("c", x, 18 + j * 36, 5.5, 0.6, (150, 150, 150), (250, 250, 250)))
    for x in (36.0, pg.w - 36):
        ops.append(("l", x, 0, x, pg.h, 0.5, (160, 160, 160), (2, 2)))
    pg.ops[0:0] = ops


def p08_dotmatrix_greenbar(ctx: Ctx) -> Letter:
    """A village-owned enterprise (BUMDes) prints its request with a 9-pin dot-matrix printer on
    continuous green-bar paper with tractor holes: letterhead as centred text and a row of "="
    signs, label : value rows, often all in capitals; the director signs, the village head
    countersigns "Mengetahui".  Always a scan."""
    rng = ctx.rng
    ctx.r = ctx.b = ctx.i = "dm"
    ctx.size = 10.0
    pw, ph = 684.0, 792.0
    d = Doc(ctx, top=66, left=80, right=pw - 74, size=(pw, ph))
    d.bottom = ph - 64
    p = village_person(rng, degree_p=0.1, prefix_p=0.05)
    up = rng.random() < 0.4

    def U(s: str) -> str:
        return s.upper() if up else s

    bum = rng.choice(BUMDES)
    l1 = f'BADAN USAHA MILIK DESA (BUMDES) "{bum}"'
    l2 = f"DESA {p['desa'].upper()}"
    cx = (d.L + d.R) / 2
    pg = d.pg
    pg.t(cx, d.y, l1, "dm", 11.5, align="c")
    pg.t(cx, d.y + 15, l2, "dm", 11.5, align="c")
    pg.t(
        cx,
        d.y + 29,
        f"KECAMATAN {p['kec'].upper()} KABUPATEN {p['kab'].upper()}",
        "dm",
        10,
        align="c",
    )
    pg.t(
        cx,
        d.y + 42,
        f"Sekretariat: Kantor Desa {p['desa']}, {p['dusun']}  Kode Pos {p['pos']}",
        "dm",
        9,
        align="c",
    )
    pg.t(d.L, d.y + 55, "=" * int(d.W // tw("=", "dm", 10)), "dm", 10)
    d.y += 78
    org = f"{l1} {l2}"
    num = f"{rng.randint(3, 80):03d}/BUMDES-{''.join(w[0] for w in bum.split())}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = U(
        rng.choice(
            ("Permohonan Informasi Publik", "Permohonan Data TPS", "Permintaan Salinan Data Pemilu")
        )
    )
    nomor_block(
        d,
        [(U("Nomor"), num), (U("Lampiran"), "-"), (U("Perihal"), subj)],
        f"{p['desa']}, {fmt_date(ctx.date, rng.choice(('long', 'dash', 'upper')))}",
        lw=70,
    )
    for s in [
        "Kepada Yth.",
        "PPID KPU Provinsi Sumatera Selatan",
        "Jl. Kapten A. Rivai No. 95",
        "di Palembang",
    ]:
        d.line_text(U(s))
    d.gap(6)
    d.line_text(U("Dengan hormat,"))
    d.para(U("Yang bertanda tangan di bawah ini:"))
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.5
    job = rng.choice(("Wiraswasta", "Petani", "Pedagang"))
    name = U(p["name"])
    addr = U(p["vaddr"])
    rows = [(U("Nama"), name)]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows.append((U("Jabatan"), U(f"Direktur BUMDes {title_id(bum)}")))
    if show_job:
        rows.append((U("Pekerjaan"), U(job)))
    rows += [(U("Alamat"), addr), (U("No. HP"), p["phone"])]
    for k, v in rows:
        d.kv(k, v, 90, x=d.L + 20)
    d.para(U("dengan ini mengajukan permohonan informasi publik sebagai berikut:"))
    items = [U(s.format(desa=p["desa"])) for s in rng.sample(BUMDES_ITEMS, rng.randint(1, 3))]
    for i, it in enumerate(items, 1):
        d.need(14)
        d.pg.t(d.L + 20, d.y, f"{i}.", "dm", 10)
        d.para(it, x=d.L + 44)
    purpose = U(rng.choice(BUMDES_PURPOSES))
    d.para(
        U("Informasi tersebut akan kami gunakan sebagai ") + (purpose if up else lc1(purpose)) + "."
    )
    ob, dl, deliv = rng.choice(
        (
            (
                "salinan",
                "pos",
                "Salinan dokumen mohon dikirim melalui pos ke alamat sekretariat kami.",
            ),
            (
                "salinan_hardcopy",
                "mengambil_langsung",
                "Salinan cetak akan kami ambil langsung ke kantor PPID.",
            ),
            (
                "salinan",
                "kurir",
                "Salinan dokumen mohon dikirim melalui kurir ke alamat sekretariat kami.",
            ),
            (None, None, ""),
        )
    )
    if deliv:
        d.para(U(deliv))
    d.para(U("Demikian permohonan ini kami sampaikan, atas perhatiannya diucapkan terima kasih."))
    d.need(130)
    pg = d.pg
    y0 = d.y + 4
    xl, xr = d.L + 10, d.R - 220
    kades = make_person(rng, degree_p=0.2)
    pg.t(xl, y0, U("Mengetahui,"), "dm", 10)
    pg.t(xr, y0, U("Hormat kami,"), "dm", 10)
    pg.t(xl, y0 + 13, U(f"Kepala Desa {p['desa']},"), "dm", 10)
    pg.t(xr, y0 + 13, U("Direktur BUMDes,"), "dm", 10)
    ctx.sig(pg, xl, y0 + 18, 80)
    ctx.sig(pg, xr, y0 + 18, 80)
    ctx.stamp(pg, xl - 30, y0 + 4, f"PEMERINTAH DESA {p['desa'].upper()}"[:28], "DESA")
    ctx.stamp(pg, xr - 40, y0 + 4, f"BUMDES {bum}"[:28], "BUMDES")
    pg.t(xl, y0 + 70, U(kades["name"]), "dm", 10)
    pg.t(xr, y0 + 70, name, "dm", 10)
    d.y = y0 + 90
    for pgx in d.pages:
        greenbar(pgx)
    fields = F(
        applicant_name=name,
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        occupation=U(job) if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
    )
    return Letter(
        "permohonan_informasi",
        "P08_dotmatrix_greenbar",
        d.pages,
        fields,
        scan_hint={"scan_only": True, "mode": rng.choice(("RGB", "RGB", "L"))},
    )


HIBAH = (
    "Penelitian Dosen Pemula",
    "Penelitian Fundamental Reguler",
    "Penelitian Terapan Kompetitif Nasional",
    "Penelitian Kerja Sama Antar Perguruan Tinggi",
)
PRODIS = (
    "Ilmu Pemerintahan",
    "Ilmu Politik",
    "Administrasi Publik",
    "Statistika",
    "Ilmu Komunikasi",
    "Sosiologi",
)
UNIS2 = (
    "Universitas Sriwijaya",
    "UIN Raden Fatah Palembang",
    "Universitas Muhammadiyah Palembang",
    "Universitas Tridinanti",
    "Universitas IBA",
    "Universitas PGRI Palembang",
)
TITLES13 = (
    "Pola Partisipasi Pemilih Pemula dalam Pemilihan Serentak 2024 di Sumatera Selatan",
    "Kualitas Daftar Pemilih dan Pemutakhiran Data Berkelanjutan di Wilayah Perdesaan",
    "Efektivitas Layanan Informasi Publik Lembaga Penyelenggara Pemilu di Daerah",
    "Pemungutan Suara Ulang dan Kepercayaan Publik terhadap Penyelenggara Pemilu",
)
PURPOSES13 = (
    "Data sekunder penelitian hibah yang hasilnya akan dipublikasikan pada jurnal nasional terakreditasi",
    "Bahan analisis penelitian dan penyusunan laporan akhir kepada pemberi dana",
    "Bahan penyusunan artikel ilmiah dan rekomendasi kebijakan bagi penyelenggara pemilu",
)


def p09_dosen_tim_centang(ctx: Ctx) -> Letter:
    """A lecturer writes as leader of a funded research team: identity with NIDN, a team table
    (lecturers' NIDN, students' NIM), the grant scheme and contract number in the prose, lettered
    items, then the obtain and delivery choices as check boxes inside two lines of text, ticked
    with a pen "V"; the scanned letter shows the creases of being folded in three."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=1.0, job="Dosen")
    uni, prodi = rng.choice(UNIS2), rng.choice(PRODIS)
    d.line_text(place_date(rng, "Palembang", ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Data Penelitian",
            "Permohonan Informasi Publik untuk Penelitian",
            "Permohonan Data untuk Penelitian Hibah",
        )
    )
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, "-", lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini, selaku Ketua Tim Peneliti:")
    nidn = f"0{rng.randint(100000000, 299999999)}"
    job = rng.choice(("Dosen", f"Dosen Program Studi {prodi} {uni}", f"Dosen {uni}"))
    show_nik = rng.random() < 0.5
    addr = fmt_address(p, rng)
    rows = [("Nama", p["name"]), ("NIDN", nidn)]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [
        ("Pekerjaan", job),
        ("Alamat", addr),
        ("No. HP", p["phone"]),
        ("E-mail", p["email_printed"]),
    ]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("bersama anggota tim sebagai berikut:")
    team = []
    for i in range(rng.randint(2, 3)):
        m = make_person(rng, degree_p=1.0 if i == 0 else 0.0)
        team.append(
            [
                str(i + 1),
                m["name"],
                f"0{rng.randint(100000000, 299999999)}"
                if i == 0
                else f"0{rng.randint(7, 9)}{rng.randint(10**9, 10**10 - 1)}",
                "Anggota (dosen)" if i == 0 else "Anggota (mahasiswa)",
            ]
        )
    table2(
        d,
        [26, 200, 110, d.W - 336],
        team,
        ["No", "Nama", "NIDN/NIM", "Peran"],
        size=ctx.size - 1,
        x=d.L + 16,
    )
    kd = ctx.date - timedelta(days=rng.randint(30, 120))
    kn = rng.choice(
        (
            f"{rng.randint(100, 999)}/E5/PG.02.00.PL/{kd.year}",
            f"{rng.randint(10, 300)}/UN9.3.1/LT/{kd.year}",
            f"{rng.randint(10, 300)}/LP2M/{kd.year}",
        )
    )
    d.para(
        f'Tim kami sedang melaksanakan penelitian skema {rng.choice(HIBAH)} Tahun Anggaran {ctx.date.year} berdasarkan Kontrak Penelitian Nomor {kn} tanggal {fmt_date(kd, "long")}, dengan judul "{rng.choice(TITLES13)}". Sehubungan dengan itu, kami mohon diberikan informasi publik sebagai berikut:',
        justify=True,
    )
    items = info_items(rng, 1, 3)
    for i, it in enumerate(items):
        d.need(16)
        d.pg.t(d.L + 16, d.y, f"{'abc'[i]}.", ctx.r, ctx.size)
        d.para(it, x=d.L + 32)
    purpose = rng.choice(PURPOSES13)
    d.para(f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    ob = rng.choice(("melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"))
    dl = (
        rng.choice((None, "mengambil_langsung"))
        if ob == "melihat"
        else fit_delivery(rng, ob, rng.choice(("mengambil_langsung", "pos", "email", None)))
    )
    pen = ctx.ink
    for lab, opts, chosen in (
        (
            "Bentuk informasi:",
            [
                ("melihat/membaca", "melihat"),
                ("salinan cetak", "salinan_hardcopy"),
                ("salinan elektronik", "salinan_softcopy"),
            ],
            ob,
        ),
        (
            "Cara penyampaian:",
            [
                ("diambil langsung", "mengambil_langsung"),
                ("dikirim pos", "pos"),
                ("dikirim e-mail", "email"),
            ],
            dl,
        ),
    ):
        d.need(20)
        pg = d.pg
        pg.t(d.L + 16, d.y, lab, ctx.r, ctx.size)
        x = d.L + 16 + tw("Cara penyampaian:", ctx.r, ctx.size) + 12
        for t, code in opts:
            pg.rect(x, d.y - 8.5, 9, 9, 0.7)
            if code == chosen:
                vtick(pg, x + 1, d.y, 9, pen)
            pg.t(x + 14, d.y, t, ctx.r, ctx.size)
            x += 14 + tw(t, ctx.r, ctx.size) + 18
        d.y += 19
    d.gap(4)
    d.para(rng.choice(CLOSE_K))
    sign_block(d, ["Hormat kami,", "Ketua Tim Peneliti,"], p["name"], sub=f"NIDN {nidn}")
    if not ctx.digital:
        for pgx in d.pages:
            crease(pgx, PH / 3 + rng.uniform(-6, 6))
            crease(pgx, 2 * PH / 3 + rng.uniform(-6, 6))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=job,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P09_dosen_tim_centang", d.pages, fields)


PSRE = (
    ("Privy", "https://verify.privy.id/"),
    ("VIDA", "https://verify.vida.id/"),
    ("Peruri", "https://tte.peruri.co.id/verify/"),
    ("Digisign", "https://app.digisign.id/verifikasi/"),
)


def p10_esign_box(ctx: Ctx) -> Letter:
    """A citizen's letter signed with a commercial electronic signature: no wet signature but a
    framed box with a QR code, the signer's name, a signing timestamp (ISO style, sometimes the
    next day) and a document ID, sometimes an e-meterai; every page carries the provider's
    verification footer; a KTP image page now and then."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    d.bottom = PH - 70
    p = make_person(rng, degree_p=0.45)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permintaan Informasi Publik",
            "Permohonan Informasi Publik",
            "Permohonan Salinan Dokumen Publik",
        )
    )
    ktp = rng.random() < 0.4
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, "Salinan KTP (1 lembar)" if ktp else "-", lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.7
    rows = [
        ("Nama Lengkap", p["name"]),
        ("Nomor Induk Kependudukan", p["nik"]),
        ("Alamat Domisili", addr),
    ]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Nomor Ponsel", p["phone"]), ("Alamat Surel", p["email_printed"])]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para("dengan ini mengajukan permintaan informasi publik berupa:")
    items = info_items(rng, 1, 3)
    for it in items:
        d.need(16)
        d.pg.t(d.L + 18, d.y, "\u2013", ctx.r, ctx.size)
        d.para(it, x=d.L + 30)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.85, 0.8)
    s = obtain_sentence(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(
        "Surat ini saya tandatangani secara elektronik sehingga sah tanpa tanda tangan basah.",
        justify=True,
    )
    d.para(rng.choice(CLOSE))
    d.need(130)
    pg = d.pg
    bx, bw = d.R - 270, 270.0
    pg.t(bx, d.y, "Hormat saya,", ctx.r, ctx.size)
    d.y += 10
    psre, url = rng.choice(PSRE)
    ts = ctx.date + timedelta(days=rng.choice((0, 0, 1)))
    tss = rng.choice(
        (
            f"{ts.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} WIB",
            f"{ts.strftime('%d/%m/%Y')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +07:00",
        )
    )
    docid = f"{hex_id(rng, 8)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 12)}"
    pg.rect(bx, d.y, bw, 84, 0.7, GREY)
    pg.img(bx + 8, d.y + 8, 66, 66, qr_img(rng))
    tx = bx + 84
    for i, (sline, f, sz) in enumerate(
        (
            ("Ditandatangani secara elektronik oleh:", ctx.r, 7.5),
            (p["name"], ctx.b, 9),
            (f"Waktu: {tss}", ctx.r, 7.5),
            (f"Penyedia: {psre}", ctx.r, 7.5),
            (f"ID: {docid[:23]}", ctx.r, 7.5),
        )
    ):
        pg.t(tx, d.y + 16 + i * 13, sline, f, min(sz, (bw - 90) / tw(sline, f, 1)))
    if rng.random() < 0.4:
        pg.img(bx - 80, d.y + 10, 66, 42, e_meterai_img(rng))
    d.y += 100
    foot1 = f"Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh PSrE {psre}."
    foot2 = f"Verifikasi keaslian dokumen: {url}{docid[:8]}"
    pages = d.pages
    if ktp:
        pages = [*pages, ktp_cards(ctx, [p])]
    for i, pgx in enumerate(d.pages, 1):
        pgx.line(60, PH - 52, PW - 60, PH - 52, 0.4, GREY)
        pgx.t(60, PH - 40, foot1, ctx.r, min(7.0, (PW - 120) / tw(foot1, ctx.r, 1)), GREY)
        pgx.t(60, PH - 30, foot2, ctx.r, 7.0, GREY)
        pgx.t(PW - 60, PH - 30, f"{i}/{len(pages)}", ctx.r, 7.0, GREY, "r")
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
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    return Letter("permohonan_informasi", "P10_esign_box", pages, fields)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
COALITION_MEMBERS = [
    ("PKDS", "Pusat Kajian Demokrasi Sriwijaya"),
    ("LAPMU", "Lembaga Advokasi Pemilih Muda"),
    ("FJPS", "Forum Jurnalis Pemilu Sumsel"),
    ("P4", "Perkumpulan Perempuan Peduli Pemilu"),
    ("SBW", "Sriwijaya Budget Watch"),
    ("LBH-RM", "Lembaga Bantuan Hukum Rakyat Musi"),
    ("FMPD", "Forum Mahasiswa Peduli Demokrasi"),
    ("KDMP", "Komunitas Difabel Melek Politik"),
]
COALITIONS = [
    (
        ["KOALISI MASYARAKAT SIPIL UNTUK KETERBUKAAN", "INFORMASI PEMILU SUMATERA SELATAN"],
        "KMS-KIP",
    ),
    (["KOALISI SUMSEL TERBUKA"], "KST"),
    (["ALIANSI PEMANTAU DATA PEMILU", "SUMATERA SELATAN"], "APDP"),
]
PASAL35 = "Pasal 35 ayat (1) huruf {} Undang-Undang Nomor 14 Tahun 2008"


def k01_logo_strip_koalisi(ctx: Ctx) -> Letter:
    """A civil-society coalition's joint objection: a strip of the member organisations' logos
    with their acronyms above the coalition's name, the coordinator's identity (secretariat
    address), the request cited in prose, the ground in words or by huruf, and a closing table
    No | Organisasi | Nama Perwakilan | Tanda Tangan with a signature in each row."""
    rng = ctx.rng
    d = Doc(ctx, top=34)
    names, ab = rng.choice(COALITIONS)
    members = rng.sample(COALITION_MEMBERS, rng.randint(4, 6))
    pg = d.pg
    slot = d.W / len(members)
    for i, (acr, _) in enumerate(members):
        cx = d.L + slot * i + slot / 2
        logo(pg, cx - 15, d.y, 30, rng.choice(("garuda", "shield", "scale")))
        pg.t(cx, d.y + 42, acr, "hb", 7, align="c")
    d.y += 64
    col = rng.choice((INK, MAROON, NAVY, GREEN))
    cx = (d.L + d.R) / 2
    for s in names:
        pg.t(cx, d.y, s, ctx.b, min(13.0, d.W / tw(s, ctx.b, 1)), col, "c")
        d.y += 16
    street = f"Jl. {rng.choice(('Kancil Putih', 'Rajawali', 'Seduduk Putih', 'Sersan Sani', 'Bukit Sangkal', 'Macan Lindungan'))} No. {rng.randint(2, 120)}"
    kel = rng.choice(CITIES[0][3])[0]
    pg.t(
        cx,
        d.y,
        f"Sekretariat Bersama: {street}, Palembang  Surel: {ab.lower().replace('-', '')}.sumsel@gmail.com",
        ctx.r,
        8,
        align="c",
    )
    d.y += 7
    pg.line(d.L, d.y, d.R, d.y, 1.6, col)
    pg.line(d.L, d.y + 2.6, d.R, d.y + 2.6, 0.5, col)
    d.y += 26
    org = " ".join(names)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(3, 60):03d}/{ab}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Keberatan atas Tanggapan PPID",
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan Koalisi atas Permohonan Informasi",
        )
    )
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) berkas"), (hl, subj)], place_date(rng, "Palembang", ctx.date)
    )
    yth_block(d, atasan_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    d.para(
        f"Kami, organisasi masyarakat sipil yang tergabung dalam {title_id(org)}, melalui Koordinator:",
        justify=True,
    )
    p = make_person(rng, degree_p=0.5)
    show_nik = rng.random() < 0.5
    show_job = rng.random() < 0.5
    show_mail = rng.random() < 0.7
    sec_addr = rng.random() < 0.5
    addr = f"{street}, Kelurahan {kel}, Palembang" if sec_addr else fmt_address(p, rng)
    rows = [("Nama", p["name"]), ("Jabatan", f"Koordinator {ab}")]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat Sekretariat" if sec_addr else "Alamat", addr), ("No. HP", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    item = info_item(rng)
    code = rng.choice("aacdeg")
    cite = rng.random() < 0.5
    d.para(
        f"dengan ini mengajukan keberatan atas permohonan informasi publik yang kami ajukan pada {fmt_date(rd, 'long')}"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f", berupa {lc1(item)}.",
        justify=True,
    )
    d.para(
        f"Keberatan ini kami ajukan karena {REASONS[code][1]}."
        + (
            f" Hal tersebut merupakan alasan keberatan sebagaimana dimaksud {PASAL35.format(code)}."
            if cite
            else ""
        ),
        justify=True,
    )
    show_purpose = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    if show_purpose:
        d.para(f"Informasi tersebut kami perlukan sebagai {lc1(purpose)}.", justify=True)
    d.para(
        "Berdasarkan hal tersebut, kami meminta Atasan PPID memeriksa keberatan ini dan memerintahkan PPID memberikan informasi yang kami minta.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_K).replace("permohonan", "keberatan"))
    sign_block(d, ["Hormat kami,", f"Koordinator {ab},"], p["name"])
    d.need(30 + 30 * len(members))
    d.line_text("Organisasi anggota koalisi yang turut menandatangani:", size=ctx.size - 0.5)
    widths = [26.0, 215.0, 140.0, d.W - 381]
    top = d.y
    pg = d.pg
    x = d.L
    pg.rect(d.L, top, d.W, 18, 0, None, LIGHT)
    for w, h in zip(widths, ("No", "Organisasi", "Nama Perwakilan", "Tanda Tangan"), strict=True):
        pg.rect(x, top, w, 18, 0.6)
        pg.t(x + 4, top + 12.5, h, ctx.b, ctx.size - 1.5)
        x += w
    y = top + 18
    for i, (acr, full) in enumerate(members, 1):
        rep = make_person(rng, degree_p=0.4)
        x = d.L
        org_cell = f"{full} ({acr})"
        for w, v in zip(widths, (str(i), org_cell, rep["name"], ""), strict=True):
            pg.rect(x, y, w, 30, 0.6)
            if v:
                pg.t(x + 4, y + 18, v, ctx.r, min(ctx.size - 1.5, (w - 8) / tw(v, ctx.r, 1)))
            x += w
        ctx.sig(pg, x - widths[3] + 10, y + 1, 62)
        y += 30
    d.y = y + 14
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K01_logo_strip_koalisi", d.pages, fields)


def month_grid(pg: Page, ctx: Ctx, x, y, w, year, month, marks: dict) -> float:
    """A month calendar: title, day-name row, day cells; marks[date] is a set of tags
    ("req", "deadline", "late") or an int (the working day's count)."""
    cw, ch = w / 7, 22.0
    pg.t(x + w / 2, y, f"{BULAN[month - 1].upper()} {year}", ctx.b, 9, align="c")
    for i, h in enumerate(HARI3):
        pg.rect(x + i * cw, y + 5, cw, 13, 0.4, GREY, (225, 225, 225))
        pg.t(x + i * cw + cw / 2, y + 14.5, h, ctx.r, 7, align="c")
    first = date(year, month, 1)
    col, row = first.weekday(), 0
    dd = first
    while dd.month == month:
        cx, cy = x + col * cw, y + 18 + row * ch
        fill = (
            (215, 215, 215) if dd in HOLIDAYS else ((240, 240, 240) if dd.weekday() > 4 else None)
        )
        pg.rect(cx, cy, cw, ch, 0.4, GREY, fill)
        pg.t(
            cx + 3,
            cy + 9,
            str(dd.day),
            ctx.r,
            7.5,
            RED if (dd.weekday() == 6 or dd in HOLIDAYS) else INK,
        )
        m = marks.get(dd, {})
        if "n" in m:
            pg.t(cx + cw - 2.5, cy + 19, f"H-{m['n']}", ctx.b, 6.5, BLUE, "r")
        if "req" in m:
            pg.circle(cx + 6.5, cy + 6.2, 6.2, 1.0, RED)
        if "deadline" in m:
            pg.rect(cx + 1, cy + 1, cw - 2, ch - 2, 1.4, RED)
        if "late" in m:
            pg.rect(cx + cw - 8, cy + 2, 6, 6, 0, None, (20, 120, 60))
        col += 1
        if col == 7:
            col, row = 0, row + 1
        dd += timedelta(days=1)
    return 18 + (row + (1 if col else 0)) * ch


def k02_kalender_hari_kerja(ctx: Ctx) -> Letter:
    """Objection because the request went unanswered (c) or was answered late (g): the writer
    counts the ten working days on a drawn calendar of one or two months (request day circled,
    working days numbered H-1 ..., holidays shaded, the deadline framed), a legend below, the
    ground in words or by huruf."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    p = make_person(rng, degree_p=0.3)
    code = rng.choice("ccg")
    L = ctx.date
    if code == "c":
        req = prev_wd(L - timedelta(days=rng.randint(18, 32)))
        deadline = add_wd(req, 10)
        while deadline >= L:
            req = prev_wd(req - timedelta(days=5))
            deadline = add_wd(req, 10)
        end, late, late_n = deadline, None, None
    else:
        late_n = rng.randint(12, 16)
        req = prev_wd(L - timedelta(days=rng.randint(26, 36)))
        late = add_wd(req, late_n)
        while late >= L:
            req = prev_wd(req - timedelta(days=5))
            late = add_wd(req, late_n)
        deadline = add_wd(req, 10)
        end = late
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = (
        rng.choice(
            (
                "Keberatan atas Tidak Ditanggapinya Permohonan Informasi",
                "Keberatan: Permohonan Informasi Tidak Dijawab",
            )
        )
        if code == "c"
        else rng.choice(
            (
                "Keberatan atas Keterlambatan Penyampaian Informasi",
                "Keberatan: Jawaban PPID Melewati Batas Waktu",
            )
        )
    )
    _nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, "-", lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows.append(("Alamat", addr))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("No. HP", wa_phone(rng, p["phone"])))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    ref = f"{rng.randint(1, 140):03d}/PPID/KPU-SS/{roman(req.month)}/{req.year}"
    show_ref = rng.random() < 0.75
    item = info_item(rng)
    d.para(
        f"mengajukan keberatan kepada Atasan PPID. Pada {fmt_date(req, 'long')} saya mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan"
        + (f" dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f" berupa {lc1(item)}.",
        justify=True,
    )
    d.para(
        f"Berdasarkan Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008, PPID wajib menyampaikan pemberitahuan tertulis paling lambat 10 (sepuluh) hari kerja sejak permohonan diterima, yaitu pada {fmt_date(deadline, 'day')}. Perhitungan hari kerja tersebut saya gambarkan pada kalender berikut:",
        justify=True,
    )
    marks: dict = {}
    x = req
    n = 0
    while x < end:
        x += timedelta(days=1)
        if workday(x):
            n += 1
            marks.setdefault(x, {})["n"] = n
    marks.setdefault(req, {})["req"] = True
    marks.setdefault(deadline, {})["deadline"] = True
    if late:
        marks.setdefault(late, {})["late"] = True
    months = []
    m = date(req.year, req.month, 1)
    while m <= end:
        months.append((m.year, m.month))
        m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    gap = 14.0
    w = min(250.0, (d.W - gap * (len(months) - 1)) / len(months))
    d.need(18 + 18 + 6 * 22 + 40)
    d.y += 10
    hmax = 0.0
    for i, (yy, mm) in enumerate(months):
        hmax = max(hmax, month_grid(d.pg, ctx, d.L + i * (w + gap), d.y, w, yy, mm, marks))
    d.y += hmax + 14
    pg = d.pg
    lx = d.L
    pg.circle(lx + 5, d.y - 3, 5, 1.0, RED)
    pg.t(lx + 14, d.y, "= tanggal permohonan", ctx.r, 8)
    lx += 14 + tw("= tanggal permohonan", ctx.r, 8) + 14
    pg.rect(lx, d.y - 8, 10, 10, 1.4, RED)
    pg.t(lx + 14, d.y, "= batas 10 hari kerja", ctx.r, 8)
    lx += 14 + tw("= batas 10 hari kerja", ctx.r, 8) + 14
    pg.rect(lx, d.y - 8, 10, 10, 0.4, GREY, (215, 215, 215))
    pg.t(lx + 14, d.y, "= hari libur", ctx.r, 8)
    if late:
        lx += 14 + tw("= hari libur", ctx.r, 8) + 14
        pg.rect(lx, d.y - 7, 7, 7, 0, None, (20, 120, 60))
        pg.t(lx + 11, d.y, "= jawaban diterima", ctx.r, 8)
    d.y += 20
    if code == "c":
        d.para(
            "Hingga surat keberatan ini saya buat, saya belum menerima pemberitahuan tertulis maupun pemberitahuan perpanjangan waktu dari PPID.",
            justify=True,
        )
    else:
        d.para(
            f"Jawaban PPID baru saya terima pada {fmt_date(late, 'long')}, yaitu hari kerja ke-{late_n}, tanpa didahului pemberitahuan perpanjangan waktu.",
            justify=True,
        )
    cite = rng.random() < 0.6
    if cite:
        d.para(
            f"Oleh karena itu saya mengajukan keberatan berdasarkan {PASAL35.format(code)}, yaitu {REASONS[code][0].lower()}.",
            justify=True,
        )
    else:
        d.para(
            "Oleh karena itu saya mengajukan keberatan karena "
            + (
                "permohonan informasi saya tidak ditanggapi."
                if code == "c"
                else "informasi disampaikan melebihi jangka waktu yang diatur."
            ),
            justify=True,
        )
    show_purpose = rng.random() < 0.4
    purpose = rng.choice(PURPOSES)
    if show_purpose:
        d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    d.para(rng.choice(CLOSE).replace("permohonan", "keberatan"))
    sign_block(d, ["Hormat saya,"], p["name"])
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_kalender_hari_kerja", d.pages, fields)


PETITION_SITES = (
    ("suarapetisi.id", (220, 60, 50)),
    ("ajakanwarga.org", (30, 100, 170)),
    ("petisirakyat.id", (230, 120, 20)),
)
PETITION_TITLES = (
    "Buka Data Pemilu untuk Publik! Keberatan kepada Atasan PPID KPU Sumsel",
    "Atasan PPID KPU Sumatera Selatan: Kabulkan Keberatan Kami dan Buka Informasinya",
    "Tolak Penutupan Informasi Publik oleh PPID KPU Provinsi Sumatera Selatan",
)
COMMENTS = (
    "Informasi pemilu milik publik, harus dibuka.",
    "Saya mendukung keterbukaan informasi di daerah kita.",
    "Transparansi adalah kunci kepercayaan pada penyelenggara pemilu.",
    "Semoga keberatan ini segera ditanggapi.",
    "Data ini penting untuk pendidikan pemilih.",
)


def k03_petisi_online_print(ctx: Ctx) -> Letter:
    """An online petition page printed from the browser and handed in as the objection: the
    site's header bar, the title, the starter with avatar and start date, a signature counter and
    progress bar, the objection text (request, number, ground), the starter's identity, then
    "Pembaruan" entries and supporters' comments with other names and later dates."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu"))]
    ctx.size = 9.5
    d = Doc(ctx, top=96, left=64, right=PW - 64)
    d.bottom = PH - 50
    site, col = rng.choice(PETITION_SITES)
    p = make_person(rng, degree_p=0.2)
    pg = d.pg
    pg.rect(0, 34, PW, 30, 0, None, col)
    pg.t(64, 54, site, "hb", 14, (255, 255, 255))
    pg.t(PW - 64, 53, "Mulai petisi   Jelajahi   Masuk", "hr", 8.5, (255, 255, 255), "r")
    title = rng.choice(PETITION_TITLES)
    for ln in wrap(title, ctx.b, 17, d.W):
        d.line_text(ln, ctx.b, 17, lead=21)
    d.gap(6)
    pg = d.pg
    pg.img(d.L, d.y - 10, 26, 26, avatar_img(rng, p["core"][0]))
    pg.t(d.L + 34, d.y, f"{p['name']} memulai petisi ini kepada", ctx.b, 9)
    pg.t(d.L + 34, d.y + 12, "Atasan PPID KPU Provinsi Sumatera Selatan", ctx.r, 9)
    d.y += 30
    d.line_text(f"Dimulai {fmt_date(ctx.date, 'long')}", size=8.5, color=GREY)
    d.gap(4)
    pg = d.pg
    nsig = rng.randint(180, 4800)
    target = (nsig // 500 + 1) * 500
    pg.rect(d.L, d.y, d.W, 46, 0, None, (245, 245, 245))
    cnt = f"{nsig:,}".replace(",", ".")
    pg.t(d.L + 10, d.y + 17, f"{cnt} telah menandatangani", ctx.b, 10)
    pg.t(d.R - 10, d.y + 17, f"Target {target:,}".replace(",", "."), ctx.r, 8.5, GREY, "r")
    pg.rect(d.L + 10, d.y + 25, d.W - 20, 6, 0, None, (220, 220, 220))
    pg.rect(d.L + 10, d.y + 25, (d.W - 20) * nsig / target, 6, 0, None, col)
    pg.t(d.L + 10, d.y + 41, "Tandatangani petisi ini", ctx.b, 8.5, col)
    d.y += 64
    d.line_text("Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan,")
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.8
    item = info_item(rng)
    code = rng.choice("aacdeg")
    cite = rng.random() < 0.6
    d.para(
        f"Pada {fmt_date(rd, 'long')} saya mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan"
        + (f" dan mendapat Nomor Pendaftaran {ref}" if show_ref else "")
        + f". Informasi yang saya minta adalah {lc1(item)}.",
        justify=True,
    )
    d.para(f"Namun {REASONS[code][1]}.", justify=True)
    show_purpose = rng.random() < 0.5
    purpose = rng.choice(PURPOSES)
    d.para(
        "Melalui petisi ini saya mengajukan keberatan"
        + (f" berdasarkan {PASAL35.format(code)}" if cite else "")
        + " dan meminta Atasan PPID memerintahkan PPID membuka informasi tersebut."
        + (f" Informasi itu saya perlukan untuk {lc1(purpose)}." if show_purpose else ""),
        justify=True,
    )
    d.para(
        "Petisi ini beserta jumlah pendukungnya saya cetak dan serahkan langsung kepada Atasan PPID sebagai surat keberatan resmi.",
        justify=True,
    )
    d.line_text("Identitas pengaju keberatan:", ctx.b)
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.7
    show_mail = rng.random() < 0.7
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [("Alamat", addr), ("No. HP", p["phone"])]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    for k, v in rows:
        d.kv(k, v, 56, x=d.L + 10)
    d.gap(8)
    d.line_text("Pembaruan", ctx.b, 12, lead=18)
    for k in range(rng.randint(1, 2)):
        ud = ctx.date + timedelta(days=rng.randint(2, 6) + 7 * k)
        d.line_text(fmt_date(ud, "long"), size=8.5, color=GREY)
        d.para(
            rng.choice(
                (
                    f"Terima kasih, petisi ini telah ditandatangani lebih dari {nsig // 2} orang.",
                    "Petisi ini telah kami cetak dan kami serahkan ke meja layanan PPID untuk diteruskan kepada Atasan PPID.",
                    "Kami masih menunggu tanggapan tertulis dari Atasan PPID.",
                )
            ),
            size=9,
        )
    d.gap(6)
    d.line_text("Alasan menandatangani", ctx.b, 12, lead=18)
    for _ in range(rng.randint(2, 4)):
        c = make_person(rng, degree_p=0.0)
        d.need(34)
        d.line_text(
            f"{c['core']} \u00b7 {c['city']} \u00b7 {rng.randint(1, 20)} hari yang lalu", ctx.b, 8.5
        )
        d.para(rng.choice(COMMENTS), size=9)
    url = f"https://www.{site}/p/{'-'.join(title.lower().split()[:5]).strip('!:,')}-{rng.randint(100, 999)}"
    pd = ctx.date + timedelta(days=rng.randint(5, 20))
    head = f"{pd.strftime('%d/%m/%y')} {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}"
    n = len(d.pages)
    for i, pgx in enumerate(d.pages, 1):
        pgx.t(30, 22, head, "hr", 7.5)
        pgx.t(PW / 2, 22, title[:48] + " - " + site, "hr", 7.5, align="c")
        pgx.t(30, PH - 18, url, "hr", 7)
        pgx.t(PW - 30, PH - 18, f"{i}/{n}", "hr", 7.5, align="r")
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_petisi_online_print", d.pages, fields)


VILLAGE_ITEMS = (
    "Daftar Pemilih Tetap di TPS {tps} Desa {desa} pada Pemilihan Tahun 2024",
    "Berita acara penetapan lokasi TPS di Desa {desa} pada Pemilihan Tahun 2024",
    "Rincian honorarium anggota KPPS di Desa {desa} pada Pemilihan Tahun 2024",
    "Salinan formulir Model C.Hasil TPS {tps} Desa {desa}",
)
VILLAGE_PURPOSES = (
    "mengetahui dasar penetapan lokasi TPS di desa kami",
    "memastikan nama anggota keluarga saya terdaftar sebagai pemilih",
    "bahan musyawarah warga dusun",
)
SIMPLE_REASON = {
    "a": "PPID menolak memberikan informasi itu dengan alasan dikecualikan, padahal menurut saya informasi itu boleh diketahui warga",
    "c": "sudah lebih dari sepuluh hari kerja permohonan saya tidak dijawab sama sekali",
    "e": "permohonan saya tidak dipenuhi dan saya tidak diberi penjelasan",
    "g": "informasi itu baru diberikan jauh melewati waktu yang ditentukan",
}


def k04_cap_jempol_saksi(ctx: Ctx) -> Letter:
    """An elderly villager who cannot write objects: the letter is typed or hand-written by a
    relative or neighbour who says so in the text, the objector "signs" with a thumbprint (cap
    jempol), the writer signs beside it and two witnesses sign below.  The objector is the
    applicant, never the writer or the witnesses."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        ctx.r = ctx.b = ctx.i = "hand"
        ctx.size = 12.0
    d = Doc(ctx, top=64, paper=rng.choice(("plain", "folio")) if hand else "plain")
    lead = 19.0 if hand else None
    job = rng.choice(("Petani", "Pekebun", "Buruh Tani", "Nelayan"))
    p = village_person(rng, old=True, degree_p=0.0, prefix_p=0.1, job=job)
    age = (
        ctx.date.year
        - p["birth"].year
        - ((ctx.date.month, ctx.date.day) < (p["birth"].month, p["birth"].day))
    )
    helper = make_person(rng, degree_p=0.3)
    relation = rng.choice(("anak kandung", "keponakan", "tetangga", "menantu"))
    d.line_text(
        f"{p['desa']}, {fmt_date(ctx.date, rng.choice(('long', 'slash', 'long0')))}",
        align="r",
        lead=lead,
    )
    subj = rng.choice(("Keberatan", "Keberatan atas Permohonan Informasi", "Pengajuan Keberatan"))
    show_subj = rng.random() < 0.7
    if show_subj:
        d.kv("Hal", subj, 40, lead=lead)
        d.gap(4)
    for s in atasan_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(4)
    d.line_text("Dengan hormat,", lead=lead)
    d.para("Saya yang membubuhkan cap jempol di bawah ini:", lead=lead)
    show_nik = rng.random() < 0.6
    show_phone = rng.random() < 0.4
    rows = [("Nama", p["name"]), ("Umur", f"{age} tahun")]
    if show_nik:
        rows.append(("NIK", p["nik"]))
    rows += [("Pekerjaan", job), ("Alamat", p["vaddr"])]
    if show_phone:
        rows.append(("No. HP", p["phone"]))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16, lead=lead)
    ref, rd = reg_number(rng, ctx.date)
    show_ref = rng.random() < 0.6
    item = rng.choice(VILLAGE_ITEMS).format(tps=f"{rng.randint(1, 12):02d}", desa=p["desa"])
    purpose = rng.choice(VILLAGE_PURPOSES)
    code = rng.choice("acceg")
    d.para(
        f"dengan ini menyampaikan keberatan kepada Bapak/Ibu Atasan PPID. Pada {fmt_date(rd, 'long')} saya mengajukan permohonan informasi"
        + (f" (Nomor Pendaftaran {ref})" if show_ref else "")
        + f" tentang {lc1(item)}. Informasi itu saya perlukan untuk {purpose}.",
        lead=lead,
        justify=not hand,
    )
    d.para(f"Saya keberatan karena {SIMPLE_REASON[code]}.", lead=lead, justify=not hand)
    d.para(
        "Saya mohon Bapak/Ibu Atasan PPID dapat memerintahkan PPID memberikan informasi tersebut kepada saya.",
        lead=lead,
        justify=not hand,
    )
    d.para(
        f"Karena saya tidak dapat membaca dan menulis, surat ini dituliskan oleh {helper['name']} ({relation} saya) sesuai dengan yang saya sampaikan, dan telah dibacakan kembali kepada saya di hadapan para saksi.",
        lead=lead,
        justify=not hand,
    )
    d.need(190)
    pg = d.pg
    y0 = d.y + 6
    xl, xr = d.L + 6, d.R - 190
    pg.t(xl, y0, "Yang menuliskan,", ctx.r, ctx.size, ctx.ink if hand else INK)
    pg.t(xr, y0, "Yang mengajukan keberatan,", ctx.r, ctx.size, ctx.ink if hand else INK)
    ctx.sig(pg, xl, y0 + 6, 85)
    pg.img(xr + 30, y0 + 6, 48, 60, thumb_img(rng))
    pg.t(xl, y0 + 70, helper["name"], ctx.b, ctx.size, ctx.ink if hand else INK)
    pg.t(xr, y0 + 70, f"( {p['name']} )", ctx.b, ctx.size, ctx.ink if hand else INK)
    pg.t(xr, y0 + 84, "cap jempol tangan kiri", ctx.i, ctx.size - 2, ctx.ink if hand else GREY)
    y = y0 + 112
    pg.t(xl, y, "Saksi-saksi:", ctx.r, ctx.size, ctx.ink if hand else INK)
    for i in range(2):
        w = make_person(rng, degree_p=0.1)
        y += 30
        pg.t(xl, y, f"{i + 1}. {w['name']}", ctx.r, ctx.size, ctx.ink if hand else INK)
        pg.t(xl + 210, y, "(..................)", ctx.r, ctx.size, ctx.ink if hand else INK)
        ctx.sig(pg, xl + 215, y - 26, 60)
    d.y = y + 20
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=p["vaddr"],
        phone=p["e164"] if show_phone else None,
        occupation=job,
        information_requested=item,
        purpose=purpose,
        letter_date=ctx.date.isoformat(),
        subject=subj if show_subj else None,
        reference_registration_number=ref if show_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_cap_jempol_saksi", d.pages, fields, handwritten=hand)


PPID_REPLY_SUBJ = {
    "a": "Pemberitahuan Penolakan Permohonan Informasi",
    "d": "Pemberitahuan Tertulis atas Permohonan Informasi",
    "e": "Tanggapan atas Permohonan Informasi",
    "f": "Pemberitahuan Biaya Penggandaan Informasi",
    "g": "Penyampaian Informasi Publik",
}


def k05_daftar_bukti_lampiran(ctx: Ctx) -> Letter:
    """An objection letter with identity and request rows, numbered reasons citing the PPID's
    reply letter, followed by a page "DAFTAR BUKTI" (No | Kode | Uraian Bukti | Keterangan, P-1
    ... P-5) and often a KTP copy as the exhibit P-1."""
    rng = ctx.rng
    ctx.size = min(ctx.size, 11.0)
    d = Doc(ctx, top=56)
    p = make_person(rng, degree_p=0.45)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Pengajuan Keberatan", "Keberatan atas Jawaban PPID", "Surat Keberatan Informasi Publik")
    )
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, "Daftar Bukti (1 berkas)", lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_job = rng.random() < 0.7
    show_mail = rng.random() < 0.6
    ref, rd = reg_number(rng, ctx.date)
    item = info_item(rng)
    purpose = rng.choice(PURPOSES)
    show_purpose = rng.random() < 0.6
    rows = [("Nama", p["name"]), ("NIK", p["nik"]), ("Alamat", addr)]
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append(("Nomor Telepon", p["phone"]))
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    rows += [("Nomor Pendaftaran Permohonan", ref), ("Informasi yang Dimohon", item)]
    if show_purpose:
        rows.append(("Tujuan Penggunaan", purpose))
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    lw = min(lw, 175)
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 10)
    d.para("dengan ini mengajukan keberatan dengan alasan sebagai berikut:")
    code = rng.choice("adefg" + "c")
    rnum = f"{rng.randint(10, 400):03d}/PPID/KPU-SS/{roman(rd.month)}/{rd.year}"
    rdate = rd + timedelta(days=rng.randint(6, 13))
    cite = rng.random() < 0.6
    pts = [
        f"Bahwa pada {fmt_date(rd, 'long')} saya telah mengajukan permohonan informasi sebagaimana tersebut di atas dan telah diregistrasi dengan Nomor Pendaftaran {ref}."
    ]
    if code == "c":
        pts.append(
            "Bahwa sampai batas waktu 10 (sepuluh) hari kerja, permohonan saya tidak mendapat tanggapan tertulis dari PPID, meskipun saya telah menanyakannya melalui pesan WhatsApp kepada petugas."
        )
    else:
        pts.append(
            f"Bahwa PPID telah menyampaikan surat Nomor {rnum} tanggal {fmt_date(rdate, 'long')} perihal {PPID_REPLY_SUBJ[code]}, yang menurut saya tidak dapat diterima."
        )
    pts.append(
        f"Bahwa {REASONS[code][1]}"
        + (
            f", sehingga memenuhi alasan keberatan sebagaimana dimaksud {PASAL35.format(code)}."
            if cite
            else "."
        )
    )
    pts.append(
        "Bahwa oleh karena itu saya memohon Atasan PPID membatalkan tanggapan PPID tersebut dan memerintahkan PPID memberikan informasi yang saya minta."
    )
    d.numbered(pts, x=d.L + 6)
    d.para(
        "Sebagai bahan pertimbangan, saya lampirkan bukti-bukti sebagaimana Daftar Bukti terlampir.",
        justify=True,
    )
    d.para(rng.choice(CLOSE).replace("permohonan", "keberatan"))
    sign_block(d, ["Pengaju Keberatan,"], p["name"])
    d.newpage()
    d.line_text("DAFTAR BUKTI PENGAJU KEBERATAN", ctx.b, ctx.size + 1.5, align="c")
    d.gap(6)
    d.kv("Nama", p["name"], 150)
    d.kv("Nomor Pendaftaran Permohonan", ref, 150)
    d.gap(6)
    brows = [
        ["1", "P-1", f"Fotokopi KTP-el atas nama {p['ktp_name']}", "Fotokopi"],
        [
            "2",
            "P-2",
            f"Tanda bukti penerimaan permohonan informasi Nomor Pendaftaran {ref} tanggal {fmt_date(rd, 'long')}",
            "Fotokopi",
        ],
    ]
    if code == "c":
        brows.append(
            [
                "3",
                "P-3",
                f"Tangkapan layar pesan WhatsApp kepada petugas PPID tanggal {fmt_date(add_wd(rd, 11), 'long')}",
                "Cetakan",
            ]
        )
    else:
        brows.append(
            ["3", "P-3", f"Surat PPID Nomor {rnum} tanggal {fmt_date(rdate, 'long')}", "Fotokopi"]
        )
    brows.append(
        [
            "4",
            "P-4",
            "Daftar Informasi Publik KPU Provinsi Sumatera Selatan yang diunduh dari laman resmi",
            "Cetakan",
        ]
    )
    if rng.random() < 0.5:
        brows.append(["5", "P-5", "Surat permohonan informasi beserta lampirannya", "Fotokopi"])
    table2(
        d,
        [26, 40, d.W - 140, 74],
        brows,
        ["No", "Kode", "Uraian Bukti", "Keterangan"],
        size=ctx.size - 1,
    )
    sign_block(
        d, ["Pengaju Keberatan,"], p["name"], place_date=place_date(rng, p["city"], ctx.date)
    )
    if rng.random() < 0.6:
        d.pages.append(ktp_cards(ctx, [p], "Bukti P-1: Fotokopi KTP-el"))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_daftar_bukti_lampiran", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
POSTPONE_REASONS = (
    "Ketua Majelis Komisioner sedang melaksanakan tugas kedinasan di luar daerah",
    "ruang sidang digunakan untuk kegiatan monitoring dan evaluasi keterbukaan informasi badan publik",
    "salah satu anggota Majelis Komisioner berhalangan hadir karena sakit",
    "adanya permohonan penundaan dari Pemohon yang diajukan secara tertulis dan dikabulkan Majelis Komisioner",
)
AGENDAS13 = (
    "pemeriksaan pokok perkara",
    "pembuktian",
    "pemeriksaan saksi dan ahli",
    "pembacaan putusan",
)


def s01_penundaan_sidang(ctx: Ctx) -> Letter:
    """The KI tells the respondent that an adjudication hearing is postponed: a bordered case
    grid (register, parties, disputed information), a table Uraian | Jadwal Semula | Jadwal
    Pengganti (day, time, place, agenda), the reason, "a.n. Ketua Majelis" signature."""
    rng = ctx.rng
    d = Doc(ctx)
    org = kop_ki2(d, rng)
    p = make_person(rng)
    regd = ctx.date - timedelta(days=rng.randint(25, 70))
    reg = ki_register(rng, regd)
    ref, _ = reg_number(rng, regd - timedelta(days=45))
    item = info_item(rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{rng.choice(('PS', 'PAN', 'SET'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Pemberitahuan Penundaan Sidang Ajudikasi",
            "Penundaan Jadwal Sidang Pemeriksaan",
            "Pemberitahuan Perubahan Jadwal Sidang",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        place_date(rng, "Palembang", ctx.date),
    )
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Yth. PPID Komisi Pemilihan Umum",
                    "Provinsi Sumatera Selatan",
                    "selaku Termohon",
                    "di Palembang",
                ],
                [
                    "Kepada Yth.",
                    "Ketua KPU Provinsi Sumatera Selatan",
                    "c.q. PPID KPU Provinsi Sumatera Selatan",
                    "di -",
                    "Palembang",
                ],
            )
        ),
    )
    d.gap(6)
    orig = next_wd(ctx.date + timedelta(days=rng.randint(1, 4)))
    new = next_wd(orig + timedelta(days=rng.randint(5, 12)))
    agenda = rng.choice(AGENDAS13)
    show_addr = rng.random() < 0.3
    addr = fmt_address(p, rng)
    d.para(
        f"Sehubungan dengan penyelesaian Sengketa Informasi Publik Register Nomor {reg} antara {p['name']}"
        + (f", beralamat di {addr}," if show_addr else "")
        + f" selaku Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan selaku Termohon, dengan hormat kami beritahukan bahwa sidang {agenda} yang semula dijadwalkan pada {fmt_date(orig, 'day')} ditunda karena {rng.choice(POSTPONE_REASONS)}.",
        justify=True,
    )
    show_item = rng.random() < 0.55
    show_ref = show_item and rng.random() < 0.5
    rows = [
        [("Nomor Register", reg)],
        [("Pemohon", p["name"])],
        [("Termohon", "PPID KPU Provinsi Sumatera Selatan")],
    ]
    if show_item:
        rows.append([("Informasi yang disengketakan", item)])
    if show_ref:
        rows.append([("Nomor Pendaftaran Permohonan", ref)])
    d.gap(2)
    grid_rows(d, rows, (150, (d.W - 300) / 2), size=ctx.size - 1.5)
    d.gap(12)
    d.para("Jadwal sidang selanjutnya adalah sebagai berikut:")
    tm = rng.choice(("09.00 WIB", "10.00 WIB", "13.30 WIB"))
    place = rng.choice(
        (
            "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
            "Ruang Sidang Utama KI Sumsel, Lantai 2",
        )
    )
    table2(
        d,
        [92, (d.W - 92) / 2, (d.W - 92) / 2],
        [
            ["Hari/Tanggal", fmt_date(orig, "day"), fmt_date(new, "day")],
            ["Pukul", tm, rng.choice(("09.00 WIB", "10.00 WIB", "13.30 WIB"))],
            ["Tempat", place, place],
            ["Agenda", title_id(agenda), title_id(agenda)],
        ],
        ["Uraian", "Jadwal Semula", "Jadwal Pengganti"],
        size=ctx.size - 1,
    )
    d.para(
        "Para pihak diminta hadir tepat waktu dengan membawa dokumen asli yang telah diajukan sebagai alat bukti. Ketidakhadiran para pihak yang telah dipanggil secara patut tidak menghalangi Majelis Komisioner untuk melanjutkan pemeriksaan.",
        justify=True,
    )
    if rng.random() < 0.5:
        d.para("Pemberitahuan ini juga disampaikan kepada para pihak melalui surel.")
    sign_block(
        d,
        ["a.n. Ketua Majelis Komisioner,", "Panitera Pengganti,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in ("1. Pemohon;", "2. Ketua Majelis Komisioner;", "3. Arsip."):
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
    return Letter("sengketa", "S01_penundaan_sidang", d.pages, fields)


def s02_ketetapan_pencabutan(ctx: Ctx) -> Letter:
    """A KI "KETETAPAN" on the applicant's withdrawal of the dispute (title block NOMOR / TENTANG
    ... REGISTER NOMOR ..., Menimbang a-d, Mengingat 1-3, MENETAPKAN: KESATU-KETIGA, panel
    signatures), sometimes behind a cover letter "Penyampaian Salinan Ketetapan"."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    p = make_person(rng)
    regd = ctx.date - timedelta(days=rng.randint(20, 60))
    reg = ki_register(rng, regd)
    wd = ctx.date - timedelta(days=rng.randint(3, 12))
    kdate = prev_wd(ctx.date - timedelta(days=rng.randint(1, 4)))
    kn = f"{rng.randint(1, 60):03d}/KETAP/KI-SS/{roman(kdate.month)}/{kdate.year}"
    item = info_item(rng)
    show_item = rng.random() < 0.5
    cover = rng.random() < 0.4
    KI_NAME = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
    tentang = f"PENCABUTAN PERMOHONAN PENYELESAIAN SENGKETA INFORMASI PUBLIK REGISTER NOMOR {reg}"
    if cover:
        org = kop_ki2(d, rng)
        nl, ll, hl = labels(rng)
        cnum = f"{rng.randint(10, 400):03d}/KI-SS/PAN/{roman(ctx.date.month)}/{ctx.date.year}"
        csubj = rng.choice(
            ("Penyampaian Salinan Ketetapan", "Penyampaian Ketetapan Pencabutan Permohonan")
        )
        nomor_block(
            d,
            [(nl, cnum), (ll, "1 (satu) berkas"), (hl, csubj)],
            place_date(rng, "Palembang", ctx.date),
        )
        yth_block(d, ["Yth. PPID KPU Provinsi Sumatera Selatan", "selaku Termohon", "di Palembang"])
        d.gap(6)
        d.para(
            f"Bersama ini kami sampaikan salinan Ketetapan Komisi Informasi Provinsi Sumatera Selatan Nomor {kn} tentang Pencabutan Permohonan Penyelesaian Sengketa Informasi Publik Register Nomor {reg} antara {p['name']} selaku Pemohon dan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan selaku Termohon.",
            justify=True,
        )
        d.para(
            "Dengan ditetapkannya Ketetapan tersebut, pemeriksaan sengketa dinyatakan selesai dan perkara telah dicoret dari Buku Register Sengketa Informasi Publik.",
            justify=True,
        )
        sign_block(d, ["Panitera,"], make_person(rng, degree_p=1.0)["name"])
        d.line_text("Tembusan: Pemohon.", size=ctx.size - 1)
        d.newpage()
    pg = d.pg
    logo(pg, PW / 2 - 22, d.y - 12, 44, "garuda")
    d.y += 46
    cx = (d.L + d.R) / 2
    d.line_text("KETETAPAN", ctx.b, 13, align="c")
    d.line_text(KI_NAME, ctx.b, 12, align="c")
    d.line_text(f"NOMOR {kn}", ctx.b, 11, align="c")
    d.line_text("TENTANG", ctx.b, 11, align="c")
    for ln in wrap(tentang, ctx.b, 11, d.W - 60):
        d.line_text(ln, ctx.b, 11, x=cx, align="c")
    d.gap(8)
    d.line_text(f"{KI_NAME},", ctx.b, 10.5, align="c")
    d.gap(6)
    lab_x, col_x, txt_x = d.L, d.L + 72, d.L + 80

    def clause(label, letters, texts):
        for i, t in enumerate(texts):
            d.need(30)
            if i == 0:
                d.pg.t(lab_x, d.y, label, ctx.r, ctx.size)
                d.pg.t(col_x, d.y, ":", ctx.r, ctx.size)
            d.pg.t(txt_x, d.y, letters[i], ctx.r, ctx.size)
            d.para(t, x=txt_x + 16, justify=True)
        d.gap(4)

    menimbang = [
        f"bahwa pada tanggal {fmt_date(regd, 'long')} Komisi Informasi Provinsi Sumatera Selatan telah menerima dan meregistrasi permohonan penyelesaian sengketa informasi publik yang diajukan oleh {p['name']} terhadap PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan dengan Register Nomor {reg}"
        + (f" mengenai {lc1(item)};" if show_item else ";"),
        f"bahwa pada tanggal {fmt_date(wd, 'long')} Pemohon menyampaikan surat pencabutan permohonan karena "
        + rng.choice(
            (
                "informasi yang dimohonkan telah diberikan oleh Termohon;",
                "telah tercapai kesepakatan para pihak di luar persidangan;",
                "Pemohon tidak lagi memerlukan informasi tersebut;",
            )
        ),
        "bahwa pencabutan permohonan diajukan sebelum putusan dijatuhkan sehingga Majelis Komisioner berwenang menetapkan pencabutan tersebut;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu menetapkan Ketetapan Komisi Informasi tentang Pencabutan Permohonan Penyelesaian Sengketa Informasi Publik;",
    ]
    clause("Menimbang", ["a.", "b.", "c.", "d."], menimbang)
    clause(
        "Mengingat",
        ["1.", "2.", "3."],
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik;",
        ],
    )
    d.line_text("MENETAPKAN:", ctx.b, ctx.size, align="c")
    d.gap(2)
    for lab, t in (
        (
            "KESATU",
            f"Mengabulkan pencabutan permohonan penyelesaian sengketa informasi publik Register Nomor {reg} yang diajukan oleh {p['name']}.",
        ),
        (
            "KEDUA",
            "Memerintahkan Panitera untuk mencatat pencabutan permohonan dalam Buku Register Sengketa Informasi Publik.",
        ),
        ("KETIGA", "Ketetapan ini berlaku sejak tanggal ditetapkan."),
    ):
        d.need(30)
        d.pg.t(lab_x, d.y, lab, ctx.r, ctx.size)
        d.pg.t(col_x, d.y, ":", ctx.r, ctx.size)
        d.para(t, x=txt_x, justify=True)
    d.gap(8)
    d.need(190)
    x = d.R - 190
    d.line_text("Ditetapkan di Palembang", x=x)
    d.line_text(f"pada tanggal {fmt_date(kdate, 'long')}", x=x)
    d.gap(6)
    d.line_text("MAJELIS KOMISIONER", ctx.b, align="c")
    pg = d.pg
    y0 = d.y + 4
    members = [make_person(rng, degree_p=1.0)["name"] for _ in range(3)]
    slot = d.W / 3
    for i, (role, nm) in enumerate(
        zip(("Anggota,", "Ketua Majelis,", "Anggota,"), members, strict=True)
    ):
        xx = d.L + i * slot + 6
        pg.t(xx, y0, role, ctx.r, ctx.size - 0.5)
        ctx.sig(pg, xx, y0 + 4, 70)
        pg.t(xx, y0 + 48, nm, ctx.b, min(ctx.size - 0.5, (slot - 10) / tw(nm, ctx.b, 1)))
    d.y = y0 + 72
    sign_block(d, ["Panitera Pengganti,"], make_person(rng, degree_p=1.0)["name"], x=d.L + slot + 6)
    if cover:
        fields = F(
            letter_number=cnum, letter_date=ctx.date.isoformat(), subject=csubj, sender_org=org
        )
    else:
        fields = F(
            letter_number=kn, letter_date=kdate.isoformat(), subject=tentang, sender_org=KI_NAME
        )
    fields.update(
        applicant_name=p["name"],
        information_requested=item if show_item else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_ketetapan_pencabutan", d.pages, fields)


def s03_kesimpulan_pemohon(ctx: Ctx) -> Letter:
    """The applicant's written closing brief ("KESIMPULAN PEMOHON") in a KI dispute, copied to
    the respondent: court-style caption (Pemohon melawan Termohon), I. Pendahuluan, II. Fakta
    persidangan ("Bahwa ..." with many dates), III. Analisis, IV. Petitum naming the disputed
    information; a running footer with the register number; 2-3 pages."""
    rng = ctx.rng
    d = Doc(ctx, top=60)
    d.bottom = PH - 72
    p = make_person(rng, degree_p=0.4)
    regd = ctx.date - timedelta(days=rng.randint(40, 90))
    reg = ki_register(rng, regd)
    ref, rd = reg_number(rng, regd - timedelta(days=40))
    item = info_item(rng)
    addr = fmt_address(p, rng)
    show_addr = rng.random() < 0.7
    show_ref = rng.random() < 0.75
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(
        (
            "Kesimpulan Pemohon",
            f"Penyampaian Kesimpulan Pemohon dalam Sengketa Informasi Publik Register Nomor {reg}",
            "Kesimpulan Pemohon Sengketa Informasi Publik",
        )
    )
    _nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(hl, subj, lw)
    d.kv(ll, "-", lw)
    d.gap(6)
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Majelis Komisioner Pemeriksa",
            "Komisi Informasi Provinsi Sumatera Selatan",
            "di Palembang",
        ],
    )
    d.gap(8)
    d.line_text("KESIMPULAN PEMOHON", ctx.b, ctx.size + 1.5, align="c")
    d.line_text(f"Dalam Sengketa Informasi Publik Register Nomor {reg}", ctx.b, ctx.size, align="c")
    d.gap(4)
    d.line_text("Antara:", align="c")
    d.line_text(f"{p['name']}, sebagai PEMOHON;", ctx.b, align="c")
    d.line_text("melawan", ctx.i, align="c")
    d.line_text(
        "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, sebagai TERMOHON.", ctx.b, align="c"
    )
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para(
        f"Yang bertanda tangan di bawah ini, {p['name']}"
        + (f", beralamat di {addr}" if show_addr else "")
        + ", selaku Pemohon dalam sengketa informasi publik tersebut di atas, dengan ini menyampaikan Kesimpulan sebagai berikut:",
        justify=True,
    )
    d.line_text("I. PENDAHULUAN", ctx.b)
    d.para(
        "Pemohon tetap pada dalil-dalil permohonan penyelesaian sengketa informasi publik dan menolak seluruh dalil Termohon, kecuali yang secara tegas diakui kebenarannya oleh Pemohon.",
        justify=True,
    )
    kd = rd + timedelta(days=rng.randint(14, 20))
    hd = regd + timedelta(days=rng.randint(20, 35))
    d.line_text("II. FAKTA-FAKTA PERSIDANGAN", ctx.b)
    facts = [
        f"Bahwa pada {fmt_date(rd, 'long')} Pemohon mengajukan permohonan informasi kepada Termohon"
        + (f" yang diregistrasi dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f", berupa {lc1(item)};",
        rng.choice(
            (
                "Bahwa Termohon menolak memberikan informasi tersebut dengan alasan informasi dikecualikan, tanpa menyertakan hasil uji konsekuensi;",
                "Bahwa Termohon tidak memberikan tanggapan tertulis dalam jangka waktu 10 (sepuluh) hari kerja;",
                "Bahwa Termohon hanya memberikan sebagian informasi yang tidak sesuai dengan yang dimohonkan;",
            )
        ),
        f"Bahwa pada {fmt_date(kd, 'long')} Pemohon mengajukan keberatan kepada Atasan PPID, namun tanggapan Atasan PPID menguatkan keputusan PPID;",
        f"Bahwa pada {fmt_date(regd, 'long')} Pemohon mengajukan permohonan penyelesaian sengketa kepada Komisi Informasi Provinsi Sumatera Selatan dan telah diregistrasi dengan Register Nomor {reg};",
        "Bahwa proses mediasi tidak mencapai kesepakatan sehingga penyelesaian sengketa dilanjutkan melalui ajudikasi nonlitigasi;",
        f"Bahwa dalam persidangan tanggal {fmt_date(hd, 'long')} Termohon tidak dapat menunjukkan Daftar Informasi yang Dikecualikan yang telah melalui uji konsekuensi;",
    ]
    d.numbered(facts, x=d.L + 6)
    d.line_text("III. ANALISIS", ctx.b)
    d.numbered(
        [
            "Bahwa berdasarkan Pasal 2 ayat (1) Undang-Undang Nomor 14 Tahun 2008, setiap informasi publik bersifat terbuka dan dapat diakses oleh setiap pengguna informasi publik;",
            "Bahwa pengecualian informasi hanya dapat dilakukan berdasarkan Pasal 17 melalui uji konsekuensi yang ketat dan terbatas, yang tidak pernah dibuktikan oleh Termohon di persidangan;",
        ],
        x=d.L + 6,
    )
    d.line_text("IV. PETITUM", ctx.b)
    d.para(
        "Berdasarkan uraian di atas, Pemohon memohon kepada Majelis Komisioner untuk memutuskan:"
    )
    d.numbered(
        [
            "Mengabulkan permohonan Pemohon untuk seluruhnya;",
            f"Menyatakan informasi berupa {lc1(item)} sebagai informasi yang terbuka dan dapat diberikan kepada Pemohon;",
            "Memerintahkan Termohon untuk memberikan informasi tersebut kepada Pemohon paling lambat 14 (empat belas) hari kerja sejak putusan berkekuatan hukum tetap.",
        ],
        x=d.L + 6,
    )
    d.para(
        "Atau apabila Majelis Komisioner berpendapat lain, mohon putusan yang seadil-adilnya (ex aequo et bono).",
        justify=True,
    )
    sign_block(d, ["Hormat saya,", "Pemohon,"], p["name"])
    d.line_text("Tembusan: Termohon (PPID KPU Provinsi Sumatera Selatan).", size=ctx.size - 1)
    page_footers(d.pages, f"Kesimpulan Pemohon - Register Nomor {reg}", ctx.i)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_kesimpulan_pemohon", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
POSITIONS = (
    "Tenaga Pendukung Operator Komputer",
    "Pengemudi",
    "Pramubakti",
    "Tenaga Pendukung Arsiparis",
    "Petugas Keamanan",
    "Tenaga Pendukung Hubungan Masyarakat",
)
EDU = (
    ("S1 Ilmu Komputer", "Universitas Bina Darma"),
    ("S1 Ilmu Komunikasi", "Universitas Sriwijaya"),
    ("D3 Manajemen Informatika", "Politeknik Negeri Sriwijaya"),
    ("S1 Administrasi Publik", "Universitas Tridinanti"),
    ("SMA", "SMA Negeri 3 Palembang"),
    ("SMK", "SMK Negeri 2 Palembang"),
)


def m01_lamaran_kerja_cv(ctx: Ctx) -> Letter:
    """A job application to the secretariat ("Lamaran Pekerjaan"): the applicant's data rows
    (birth, education, address, phone, e-mail), a numbered list of enclosures, then a second
    page "DAFTAR RIWAYAT HIDUP" with a pasted photo, education and experience tables, and
    sometimes a KTP copy.  It speaks of "informasi lowongan" but asks for no information."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.0, prefix_p=0.0)
    p["birth"] = date(rng.randint(1994, 2003), p["birth"].month, p["birth"].day)
    pos = rng.choice(POSITIONS)
    edu, school = rng.choice(EDU)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    subj = rng.choice(
        ("Lamaran Pekerjaan", f"Lamaran Pekerjaan sebagai {pos}", "Permohonan Lamaran Kerja")
    )
    _nl, ll, hl = labels(rng)
    lw = max(tw(x, ctx.r, ctx.size) for x in (ll, hl)) + 8
    d.kv(ll, "1 (satu) berkas", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris KPU Provinsi Sumatera Selatan",
            "c.q. Kepala Bagian Keuangan, Umum dan Logistik",
            "di Palembang",
        ],
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    src = rng.choice(
        (
            "laman resmi KPU Provinsi Sumatera Selatan",
            "akun Instagram resmi KPU Provinsi Sumatera Selatan",
            "papan pengumuman kantor",
        )
    )
    d.para(
        f"Berdasarkan informasi lowongan {pos} yang saya peroleh dari {src}, dengan ini saya yang bertanda tangan di bawah ini:",
        justify=True,
    )
    addr = fmt_address(p, rng)
    rows = [
        ("Nama", p["name"]),
        ("Tempat/Tanggal Lahir", f"{p['birthplace']}, {fmt_date(p['birth'], 'long')}"),
        ("Jenis Kelamin", "Laki-laki" if p["male"] else "Perempuan"),
        ("Pendidikan Terakhir", edu),
        ("Alamat", addr),
        ("No. HP", p["phone"]),
        ("E-mail", p["email_printed"]),
    ]
    lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, x=d.L + 16)
    d.para(
        f"bermaksud mengajukan lamaran pekerjaan sebagai {pos} di lingkungan Sekretariat KPU Provinsi Sumatera Selatan. Sebagai bahan pertimbangan, bersama ini saya lampirkan:",
        justify=True,
    )
    d.numbered(
        [
            "Daftar riwayat hidup;",
            "Fotokopi KTP;",
            "Fotokopi ijazah dan transkrip nilai terakhir yang telah dilegalisir;",
            "Pas foto berwarna ukuran 4x6 sebanyak 2 (dua) lembar;",
            "Surat keterangan sehat dari dokter;",
            "Surat Keterangan Catatan Kepolisian (SKCK).",
        ][: rng.randint(4, 6)],
        x=d.L + 16,
    )
    d.para(
        "Besar harapan saya untuk dapat diberikan kesempatan mengikuti tahapan seleksi selanjutnya. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.",
        justify=True,
    )
    sign_block(d, ["Hormat saya,"], p["name"])
    d.newpage()
    d.line_text("DAFTAR RIWAYAT HIDUP", ctx.b, ctx.size + 2, align="c")
    d.gap(10)
    d.line_text("A. DATA PRIBADI", ctx.b)
    d.pg.img(d.R - 84, d.y - 6, 78, 104, photo_img(rng, p["male"]))
    saveR = d.R
    d.R = saveR - 96
    for k, v in [
        *rows[:3],
        ("Agama", rng.choice(("Islam", "Islam", "Kristen", "Katolik"))),
        ("Status", rng.choice(("Belum Kawin", "Kawin"))),
        ("Alamat", addr),
        ("No. HP", p["phone"]),
        ("E-mail", p["email_printed"]),
    ]:
        d.kv(k, v, 118, x=d.L + 12)
    d.R = saveR
    d.gap(6)
    d.line_text("B. RIWAYAT PENDIDIKAN", ctx.b)
    y0 = p["birth"].year
    erows = [
        ["1", "SD", f"SD Negeri {rng.randint(1, 250)} {p['city']}", str(y0 + 12)],
        ["2", "SMP", f"SMP Negeri {rng.randint(1, 60)} {p['city']}", str(y0 + 15)],
    ]
    if edu in ("SMA", "SMK"):
        erows.append(["3", edu, school, str(y0 + 18)])
    else:
        erows.append(["3", "SMA", f"SMA Negeri {rng.randint(1, 22)} {p['city']}", str(y0 + 18)])
        erows.append(
            [
                "4",
                edu.split()[0],
                f"{school} ({edu})",
                str(y0 + (22 if edu.startswith("S1") else 21)),
            ]
        )
    table2(
        d,
        [26, 60, d.W - 156, 70],
        erows,
        ["No", "Jenjang", "Nama Sekolah/Perguruan Tinggi", "Tahun Lulus"],
        size=ctx.size - 1,
    )
    d.line_text("C. PENGALAMAN KERJA DAN ORGANISASI", ctx.b)
    xrows = [
        [
            "1",
            str(y0 + 19),
            rng.choice(
                ("Anggota KPPS TPS 012 pada Pemilu 2024", "Pantarlih pada Pemilihan Tahun 2024")
            ),
        ],
        [
            "2",
            str(y0 + 20),
            rng.choice(
                (
                    "Staf administrasi di CV Sinar Musi",
                    "Operator warnet dan fotokopi",
                    "Relawan Demokrasi KPU Kota Palembang",
                )
            ),
        ],
    ]
    table2(d, [26, 60, d.W - 86], xrows, ["No", "Tahun", "Uraian"], size=ctx.size - 1)
    d.line_text("D. KEAHLIAN", ctx.b)
    for s in rng.sample(
        (
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Pengetikan cepat",
            "Desain grafis dasar",
            "Mengemudi (SIM A)",
            "Pengelolaan arsip",
        ),
        3,
    ):
        d.line_text(f"- {s}", x=d.L + 12)
    d.gap(4)
    d.para("Demikian daftar riwayat hidup ini saya buat dengan sebenarnya.")
    sign_block(d, [], p["name"], place_date=place_date(rng, p["city"], ctx.date))
    if rng.random() < 0.3:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(letter_date=ctx.date.isoformat(), subject=subj)
    return Letter("surat_masuk", "M01_lamaran_kerja_cv", d.pages, fields)


AUDIT_DOCS = (
    "Surat Keputusan penetapan PPID dan PPID Pelaksana",
    "SOP Pelayanan Informasi Publik yang berlaku",
    "Daftar Informasi Publik (DIP) Tahun 2025",
    "Daftar Informasi yang Dikecualikan beserta berita acara uji konsekuensi",
    "Register Permohonan Informasi Publik Tahun 2025",
    "Register Keberatan Tahun 2025",
    "Laporan Layanan Informasi Publik Tahun 2025",
    "Maklumat Pelayanan Informasi Publik",
    "Daftar arsip aktif dan jadwal retensi arsip",
    "Berita acara pemusnahan arsip (bila ada)",
)


def m02_inspektorat_reviu_checklist(ctx: Ctx) -> Letter:
    """KPU's Inspektorat Utama announces a review of the information service and records: the
    Surat Tugas number, the team table (Nama | NIP | Peran), the review dates and a checklist of
    documents to prepare (No | Dokumen | Ada | Tidak Ada | Keterangan) naming the request and
    objection registers, on the letter or on a Lampiran page."""
    rng = ctx.rng
    d = Doc(ctx, top=38)
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 15), ("INSPEKTORAT UTAMA", ctx.b, 12.5)],
        [
            "Jl. Imam Bonjol No. 29 Menteng, Jakarta Pusat 10310  Telp. (021) 31937223  Laman: www.kpu.go.id"
        ],
        "l",
        rng.choice((INK, MAROON)),
        rng.choice(("double", "thinthick")),
        y=30,
    )
    org = "KOMISI PEMILIHAN UMUM INSPEKTORAT UTAMA"
    nl, ll, hl = labels(rng)
    num = kpu_num(rng, ctx.date, rng.choice(("PW.01", "PW.02")), "SD", rng.choice(("04", "05")))
    subj = rng.choice(
        (
            "Pemberitahuan Pelaksanaan Reviu Layanan Informasi Publik dan Kearsipan",
            "Evaluasi Pengelolaan Layanan Informasi Publik Tahun 2025",
            "Pelaksanaan Reviu atas Pengelolaan PPID",
        )
    )
    annex = rng.random() < 0.5
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, "1 (satu) lembar" if annex else "-"), (hl, subj)],
        place_date(rng, "Jakarta", ctx.date),
    )
    yth_block(d, ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di Palembang"])
    d.gap(6)
    d1 = next_wd(ctx.date + timedelta(days=rng.randint(7, 15)))
    d2 = add_wd(d1, rng.randint(2, 4))
    stn = f"{rng.randint(10, 900)}/PW.01-ST/04/{ctx.date.year}"
    std = prev_wd(ctx.date - timedelta(days=rng.randint(1, 5)))
    d.numbered(
        [
            f"Berdasarkan Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Utama Tahun {ctx.date.year}, Inspektorat Utama akan melaksanakan reviu atas pengelolaan layanan informasi publik dan kearsipan pada Sekretariat KPU Provinsi Sumatera Selatan.",
            f"Reviu dilaksanakan oleh tim berdasarkan Surat Tugas Nomor {stn} tanggal {fmt_date(std, 'long')} dengan susunan sebagai berikut:",
        ]
    )
    team = []
    for i, role in enumerate(
        ("Pengendali Teknis", "Ketua Tim", "Anggota Tim", "Anggota Tim")[: rng.randint(3, 4)]
    ):
        m = make_person(rng, degree_p=0.8)
        team.append([str(i + 1), m["name"], nip(rng), role])
    table2(
        d,
        [26, 190, 130, d.W - 362],
        team,
        ["No", "Nama", "NIP", "Peran"],
        size=ctx.size - 1.5,
        x=d.L + 16,
    )
    rest = [
        f"Reviu dilaksanakan pada tanggal {fmt_date(d1, 'long')} s.d. {fmt_date(d2, 'long')} di kantor KPU Provinsi Sumatera Selatan.",
        "Sehubungan dengan hal tersebut, kami minta Saudara menyiapkan dokumen sebagaimana tercantum dalam "
        + ("lampiran surat ini." if annex else "daftar di bawah ini:"),
    ]
    d.numbered(rest[:1], fmt="3.")
    d.numbered(rest[1:], fmt="4.")
    docs = rng.sample(AUDIT_DOCS, rng.randint(6, 9))

    def checklist():
        rows = [[str(i), dd, "", "", ""] for i, dd in enumerate(docs, 1)]
        table2(
            d,
            [26, d.W - 196, 40, 50, 80],
            rows,
            ["No", "Dokumen", "Ada", "Tidak Ada", "Keterangan"],
            size=ctx.size - 1.5,
        )

    if not annex:
        checklist()
    cp = make_person(rng, degree_p=0.5)
    d.para(
        f"Informasi lebih lanjut dapat menghubungi {cp['name']} (Auditor) melalui nomor {cp['phone']}. Atas perhatian dan kerja samanya diucapkan terima kasih.",
        justify=True,
    )
    sign_block(
        d,
        [rng.choice(("Inspektur Utama,", "Inspektur Wilayah I,"))],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    d.line_text("1. Sekretaris Jenderal KPU;", size=ctx.size - 1)
    d.line_text("2. Ketua KPU Provinsi Sumatera Selatan.", size=ctx.size - 1)
    if annex:
        d.newpage()
        d.line_text(f"Lampiran Surat Inspektur Utama Nomor {num}", size=ctx.size - 1)
        d.line_text("DAFTAR DOKUMEN YANG PERLU DISIAPKAN", ctx.b, align="c")
        d.gap(6)
        checklist()
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M02_inspektorat_reviu_checklist", d.pages, fields)


LAW_FIRMS = [
    ("KANTOR HUKUM {L} & REKAN", "Advokat - Konsultan Hukum"),
    ("{L} & PARTNERS LAW FIRM", "Advocates & Legal Consultants"),
    ("LAW OFFICE {L}, S.H. & ASSOCIATES", "Advokat - Kurator - Konsultan HKI"),
]
CLIENT_WORK = (
    ("CV Berkah Catering Sriwijaya", "penyediaan konsumsi rapat pleno rekapitulasi", 48_500_000),
    (
        "PT Musi Rental Transport",
        "sewa kendaraan operasional selama tahapan pemilihan",
        126_000_000,
    ),
    ("CV Percetakan Ampera Jaya", "pencetakan alat peraga sosialisasi dan leaflet", 87_350_000),
    (
        "PT Palembang Event Organizer",
        "penyelenggaraan kegiatan bimbingan teknis badan ad hoc",
        212_400_000,
    ),
)


def m03_somasi_advokat(ctx: Ctx) -> Letter:
    """A law firm's "SOMASI" to the KPU on behalf of a vendor: numbered "Bahwa ..." points on an
    unpaid contract (work order and handover numbers, amount, terbilang), a 7-day ultimatum, two
    advocates sign; it mentions surat kuasa and "keberatan" but is ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx, top=36)
    lead = make_person(rng, male=True, degree_p=0.0)
    surname = lead["core"].split()[-1].upper()
    name_t, tag = rng.choice(LAW_FIRMS)
    firm = name_t.format(L=surname)
    col = rng.choice((INK, NAVY, MAROON))
    kop2(
        d,
        [(firm, ctx.b, 14)],
        [
            tag,
            f"{rng.choice(CITIES[0][4])} No. {rng.randint(5, 200)} Palembang  Telp. (0711) {rng.randint(35, 58)}{rng.randint(1000, 9999)}",
        ],
        rng.choice(("l", None)),
        col,
        rng.choice(("double", "single", "band")),
        y=30,
        kinds=("scale",),
    )
    nl, ll, hl = labels(rng)
    ab = "".join(w[0] for w in firm.replace("&", "").split() if w[0].isalpha())[:4]
    num = f"{rng.randint(10, 250):03d}/SOM/{ab}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(("Somasi (Teguran Hukum) Pertama", "SOMASI I", "Teguran Hukum (Somasi)"))
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) berkas"), (hl, subj)], place_date(rng, "Palembang", ctx.date)
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
    client, work, amount = rng.choice(CLIENT_WORK)
    a1 = f"{lead['core']}, S.H."
    a2 = f"{make_person(rng, degree_p=0.0)['core']}, S.H., M.H."
    kd = ctx.date - timedelta(days=rng.randint(5, 20))
    d.para(
        f"Kami yang bertanda tangan di bawah ini, {a1} dan {a2}, Advokat pada {firm}, berdasarkan Surat Kuasa Khusus tertanggal {fmt_date(kd, 'long')}, bertindak untuk dan atas nama {client}, selanjutnya disebut KLIEN KAMI, dengan ini menyampaikan somasi sebagai berikut:",
        justify=True,
    )
    spk_d = ctx.date - timedelta(days=rng.randint(90, 200))
    spk = f"{rng.randint(10, 300)}/SPK/KPU-Prov-006/{spk_d.year}"
    bast = f"{rng.randint(10, 300)}/BAST/KPU-Prov-006/{spk_d.year}"
    d.numbered(
        [
            f"Bahwa Klien Kami telah melaksanakan pekerjaan {work} berdasarkan Surat Perintah Kerja Nomor {spk} tanggal {fmt_date(spk_d, 'long')};",
            f"Bahwa pekerjaan tersebut telah selesai 100% (seratus persen) sebagaimana Berita Acara Serah Terima Nomor {bast};",
            f"Bahwa hingga surat ini kami buat, pembayaran sebesar {rp(amount)} ({terbilang(amount)} rupiah) belum diterima oleh Klien Kami;",
            "Bahwa Klien Kami telah beberapa kali menanyakan pembayaran tersebut secara lisan maupun tertulis, namun tidak mendapat kepastian;",
            "Bahwa oleh karena itu, kami meminta Saudara menyelesaikan kewajiban pembayaran tersebut dalam waktu 7 (tujuh) hari kalender sejak somasi ini diterima;",
            "Bahwa apabila somasi ini tidak diindahkan, Klien Kami akan menempuh upaya hukum berupa gugatan wanprestasi di Pengadilan Negeri Palembang, tanpa mengurangi hak Klien Kami untuk mengajukan keberatan maupun upaya hukum lainnya.",
        ],
        x=d.L + 6,
    )
    d.para("Demikian somasi ini kami sampaikan agar menjadi perhatian Saudara.")
    d.need(110)
    pg = d.pg
    y0 = d.y + 4
    pg.t(d.L + 10, y0, "Hormat kami,", ctx.r, ctx.size)
    pg.t(d.L + 10, y0 + ctx.size * 1.4, "Kuasa Hukum,", ctx.r, ctx.size)
    for i, nm in enumerate((a1, a2)):
        x = d.L + 10 + i * 230
        ctx.sig(pg, x, y0 + 24, 80)
        pg.t(x, y0 + 76, nm, ctx.b, ctx.size)
    d.y = y0 + 100
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in ("1. Klien Kami;", "2. Ketua KPU Provinsi Sumatera Selatan;", "3. Arsip."):
        d.line_text(s, size=ctx.size - 1)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=firm)
    return Letter("surat_masuk", "M03_somasi_advokat", d.pages, fields)


KPPS_NAMES = (
    "PALEMBANG ILIR BARAT",
    "PALEMBANG ILIR TIMUR",
    "PALEMBANG SEBERANG ULU",
    "PALEMBANG SEBERANG ILIR",
)


def m04_kpp_himbauan_npwp(ctx: Ctx) -> Letter:
    """A tax office's appeal to the satker's treasurer: four-line ministry letterhead, an "S-"
    number, the date alone at the top right, tables of tax periods and of staff whose NIK is not
    yet matched as NPWP (16-digit numbers that look like NIKs), the account representative's
    contact, "Ditandatangani secara elektronik"."""
    rng = ctx.rng
    ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("helv", "dejavu", "cond"))]
    ctx.size = 10.0
    d = Doc(ctx, top=36)
    kpp = rng.choice(KPPS_NAMES)
    kop2(
        d,
        [
            ("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", ctx.b, 10.5),
            ("DIREKTORAT JENDERAL PAJAK", ctx.b, 10),
            ("KANTOR WILAYAH DJP SUMATERA SELATAN DAN KEPULAUAN BANGKA BELITUNG", ctx.b, 9),
            (f"KANTOR PELAYANAN PAJAK PRATAMA {kpp}", ctx.b, 10),
        ],
        [
            f"{rng.choice(('JALAN KAPTEN A. RIVAI NOMOR 5', 'JALAN JENDERAL SUDIRMAN KM 3,5', 'JALAN MERDEKA NOMOR 10'))} PALEMBANG 30129; TELEPON (0711) {rng.randint(35, 45)}{rng.randint(1000, 9999)}",
            "LAMAN www.pajak.go.id; LAYANAN INFORMASI DAN PENGADUAN KRING PAJAK 1500200",
        ],
        "l",
        INK,
        "single",
        y=28,
    )
    org = f"KANTOR PELAYANAN PAJAK PRATAMA {kpp}"
    d.line_text(fmt_date(ctx.date, "long"), align="r")
    nl, ll, hl = labels(rng)
    num = f"S-{rng.randint(100, 9999)}/KPP.{rng.randint(3, 3)}{rng.randint(0, 9)}{rng.randint(1, 9)}{rng.randint(1, 9)}/{ctx.date.year}"
    subj = rng.choice(
        (
            "Imbauan Penyampaian SPT Masa PPh Pasal 21/26 dan Pemadanan NIK sebagai NPWP",
            "Permintaan Penjelasan atas Data dan/atau Keterangan",
            "Imbauan Pemutakhiran Data Wajib Pajak Instansi Pemerintah",
        )
    )
    for k, v in ((nl, num), ("Sifat", "Biasa"), (ll, "-"), (hl, subj)):
        d.kv(k, v, 62)
    d.gap(6)
    npwp = f"0{rng.randint(10**14, 10**15 - 1)}"
    yth_block(
        d,
        [
            "Yth. Bendahara Pengeluaran",
            "Sekretariat KPU Provinsi Sumatera Selatan",
            f"NPWP {npwp}",
            "Jalan Kapten A. Rivai Nomor 95",
            "Palembang",
        ],
    )
    d.gap(6)
    months = rng.sample(BULAN[:10], 3)
    d.numbered(
        [
            "Berdasarkan data administrasi perpajakan yang ada pada kami, Saudara sebagai pemotong PPh Pasal 21/26 belum menyampaikan SPT Masa untuk masa pajak berikut:",
        ]
    )
    table2(
        d,
        [26, 120, 170, d.W - 342],
        [
            [str(i), f"{m} {ctx.date.year - 1}", "SPT Masa PPh Pasal 21/26", "Belum Lapor"]
            for i, m in enumerate(months, 1)
        ],
        ["No", "Masa Pajak", "Jenis SPT", "Status"],
        size=ctx.size - 1.5,
        x=d.L + 16,
    )
    d.numbered(
        [
            "Selain itu, terdapat pegawai pada satuan kerja Saudara yang Nomor Induk Kependudukan-nya belum dipadankan sebagai NPWP:"
        ],
        fmt="2.",
    )
    srows = []
    for i in range(rng.randint(3, 5)):
        m = make_person(rng, degree_p=0.5)
        srows.append(
            [str(i + 1), m["name"], m["nik"], rng.choice(("Belum padan", "Data tidak valid"))]
        )
    table2(
        d,
        [26, 190, 130, d.W - 362],
        srows,
        ["No", "Nama", "NIK/NPWP", "Status"],
        size=ctx.size - 1.5,
        x=d.L + 16,
    )
    ar = make_person(rng, degree_p=0.6)
    d.numbered(
        [
            f"Kami mengimbau Saudara menyampaikan SPT Masa tersebut dan melakukan pemadanan data paling lambat 14 (empat belas) hari sejak tanggal surat ini. Untuk konsultasi, Saudara dapat menghubungi Account Representative {ar['name']}, telepon/WA {ar['phone']}."
        ],
        fmt="3.",
    )
    d.para("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.")
    sign_block(
        d,
        ["Kepala Kantor,"],
        make_person(rng, degree_p=0.9)["name"],
        sub="Ditandatangani secara elektronik",
    )
    d.line_text(
        "Tembusan: Kepala Kantor Wilayah DJP Sumatera Selatan dan Kepulauan Bangka Belitung",
        size=ctx.size - 1.5,
    )
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M04_kpp_himbauan_npwp", d.pages, fields)


REPORT_KINDS = (
    ("Pemilih meninggal dunia", "meninggal"),
    ("Pemilih pindah domisili", "pindah"),
    ("Pemilih baru (belum terdaftar)", "baru"),
    ("Perubahan data pemilih", "ubah"),
    ("Pemilih ganda", "ganda"),
)


def m05_pdpb_laporan_warga(ctx: Ctx) -> Letter:
    """A citizen reports a change to the continuous voter list (a family member who died or moved
    away): the office's printed "Formulir Laporan Masyarakat" with tick boxes and a voter table,
    filled in by hand or typed, or a short letter with the same table; NIKs and a death
    certificate number in it; asks for a follow-up notice, not for information."""
    rng = ctx.rng
    hand = ctx.hand
    form = rng.random() < 0.6 or hand
    p = make_person(rng, degree_p=0.15)
    kind = rng.choice(("meninggal", "meninggal", "pindah"))
    dead = make_person(rng, male=rng.random() < 0.5, degree_p=0.0)
    d = Doc(ctx, top=50)
    vf = "hand" if hand else ctx.r
    rel = rng.choice(("Anak", "Istri", "Suami", "Saudara kandung", "Ketua RT"))
    kk = f"{p['nik'][:6]}{rng.randint(10**9, 10**10 - 1)}"
    if kind == "meninggal":
        bukti = rng.choice(
            (
                f"Akta Kematian Nomor {p['nik'][:4]}-KM-{ctx.date.strftime('%d%m%Y')}-{rng.randint(1, 9999):04d}",
                f"Surat Keterangan Kematian dari Kelurahan {p['kel']}",
            )
        )
        ket = "Meninggal dunia"
    else:
        bukti = f"Surat Keterangan Pindah Nomor SKPWNI/{p['nik'][:4]}/{rng.randint(100, 9999)}/{ctx.date.year}"
        ket = f"Pindah ke {rng.choice(('Kota Jambi', 'Kabupaten Bengkulu Utara', 'Kota Bandar Lampung', 'Kota Batam'))}"
    subj = None
    if form:
        pg = d.pg
        cx = (d.L + d.R) / 2
        logo(pg, d.L, 36, 44, "garuda")
        pg.t(cx + 20, 52, "FORMULIR LAPORAN MASYARAKAT", ctx.b, 13, align="c")
        pg.t(cx + 20, 66, "PEMUTAKHIRAN DATA PEMILIH BERKELANJUTAN", ctx.b, 10.5, align="c")
        pg.t(cx + 20, 79, "KPU PROVINSI SUMATERA SELATAN", ctx.b, 10.5, align="c")
        pg.line(d.L, 90, d.R, 90, 1.4)
        d.y = 110
        section_bar(d, "A. IDENTITAS PELAPOR")
        d.y += 14
        rows = [
            ("Nama", p["name"]),
            ("NIK", p["nik"]),
            ("Alamat", fmt_address(p, rng, rng.choice((0, 2, 3)))),
            ("No. HP", p["phone"]),
            ("Hubungan dengan pemilih", rel),
        ]
        for k, v in rows:
            d.kv(k, v, 130, vfont=vf, x=d.L + 6, lead=16 if hand else 14)
        section_bar(d, "B. JENIS LAPORAN (beri tanda centang)")
        d.y += 16
        pg = d.pg
        for i, (lab, code) in enumerate(REPORT_KINDS):
            x = d.L + 8 + (i % 2) * (d.W / 2)
            checkbox(pg, x, d.y, 9, code == kind, ctx.ink, True)
            pg.t(x + 15, d.y, lab, ctx.r, ctx.size - 0.5)
            if i % 2 == 1:
                d.y += 16
        d.y += 20
        section_bar(d, "C. DATA PEMILIH YANG DILAPORKAN")
        d.y += 8
    else:
        d.line_text(place_date(rng, p["city"], ctx.date), align="r")
        subj = (
            rng.choice(
                (
                    "Laporan Pemilih Meninggal Dunia",
                    "Permohonan Penghapusan Data Pemilih yang Telah Meninggal Dunia",
                )
            )
            if kind == "meninggal"
            else rng.choice(
                (
                    "Laporan Pemilih Pindah Domisili",
                    "Permohonan Pencoretan Data Pemilih yang Telah Pindah",
                )
            )
        )
        d.kv("Hal", subj, 52)
        d.gap(6)
        yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di Palembang"])
        d.gap(6)
        d.line_text("Dengan hormat,")
        d.para(
            f"Saya, {p['name']}, NIK {p['nik']}, beralamat di {fmt_address(p, rng)}, dengan ini melaporkan bahwa pemilih berikut "
            + ("telah meninggal dunia" if kind == "meninggal" else "telah pindah domisili")
            + " sehingga mohon dicoret dari daftar pemilih berkelanjutan:",
            justify=True,
        )
    vrow = [
        "1",
        dead["core"].upper() if rng.random() < 0.5 else dead["core"],
        dead["nik"],
        kk,
        f"TPS {rng.randint(1, 40):03d} Kel. {p['kel']}",
        ket,
    ]
    table2(
        d,
        [22, 100, 98, 98, 70, d.W - 388],
        [vrow],
        ["No", "Nama", "NIK", "No. KK", "TPS/Kelurahan", "Keterangan"],
        size=ctx.size - 2,
        hand_cols=(1, 2, 3, 4, 5) if hand else (),
    )
    if form:
        section_bar(d, "D. BUKTI PENDUKUNG")
        d.y += 14
        d.kv("Dokumen", bukti, 130, vfont=vf, x=d.L + 6, lead=16 if hand else 14)
        d.gap(4)
        d.para(
            "Mohon informasi tindak lanjut atas laporan ini disampaikan kepada pelapor.",
            size=ctx.size - 1,
        )
        d.need(110)
        pg = d.pg
        y0 = d.y + 10
        ds = place_date(rng, p["city"], ctx.date, rng.choice(("long", "slash0", "dash")))
        pg.t(d.R - 190, y0, ds, vf, ctx.size + (1 if hand else 0), ctx.ink if hand else INK)
        pg.t(d.L + 10, y0 + 16, "Petugas Penerima,", ctx.r, ctx.size)
        pg.t(d.R - 190, y0 + 16, "Pelapor,", ctx.r, ctx.size)
        ctx.sig(pg, d.R - 190, y0 + 22, 80)
        pg.t(
            d.R - 190,
            y0 + 74,
            p["name"],
            vf,
            ctx.size + (1 if hand else 0),
            ctx.ink if hand else INK,
        )
        pg.t(d.L + 10, y0 + 74, "(............................)", ctx.r, ctx.size)
        d.y = y0 + 90
    else:
        d.para(
            f"Sebagai bukti, saya lampirkan {lc1(bukti)}. Mohon informasi tindak lanjut atas laporan ini.",
            justify=True,
        )
        d.para("Demikian laporan ini saya sampaikan, atas perhatiannya diucapkan terima kasih.")
        sign_block(d, ["Hormat saya,", "Pelapor,"], p["name"])
    fields = F(letter_date=ctx.date.isoformat(), subject=subj)
    return Letter("surat_masuk", "M05_pdpb_laporan_warga", d.pages, fields, handwritten=hand)


PROVINCES = (
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Jambi",
    "Sumatera Selatan",
    "Bengkulu",
    "Lampung",
    "Kepulauan Bangka Belitung",
    "Kepulauan Riau",
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Banten",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Sulawesi Tengah",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Gorontalo",
    "Sulawesi Barat",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Selatan",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Barat Daya",
)


def m06_undangan_daring_zoom(ctx: Ctx) -> Letter:
    """KPU RI invites the provincial PPIDs to an online coordination meeting: schedule rows, a
    framed box with the Zoom meeting ID, passcode, link and a QR square, attendance-form link,
    contact person, e-signature footer; page 2 the list of the 38 invited KPU Provinsi in two
    column pairs."""
    rng = ctx.rng
    d = Doc(ctx, top=36)
    d.bottom = PH - 66
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 16), ("REPUBLIK INDONESIA", ctx.b, 13)],
        [
            "Jl. Imam Bonjol No. 29 Menteng, Jakarta Pusat 10310  Telp. (021) 31937223  Laman: www.kpu.go.id"
        ],
        rng.choice(("c", "l")),
        INK,
        rng.choice(("double", "thinthick")),
        y=28,
    )
    org = "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"
    nl, ll, hl = labels(rng)
    num = kpu_num(rng, ctx.date, "HM.02", "Und", rng.choice(("01", "06")))
    sem = rng.choice(("Semester I", "Semester II", "Triwulan II"))
    subj = rng.choice(
        (
            "Undangan Rapat Koordinasi Pengelolaan Layanan Informasi Publik Secara Daring",
            f"Undangan Rakor PPID {sem} Tahun {ctx.date.year} (Daring)",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "1 (satu) lembar"), (hl, subj)],
        place_date(rng, "Jakarta", ctx.date),
    )
    yth_block(
        d, ["Yth. Sekretaris KPU Provinsi selaku Atasan PPID", "(daftar terlampir)", "di Tempat"]
    )
    d.gap(6)
    md = next_wd(ctx.date + timedelta(days=rng.randint(4, 12)))
    d.numbered(
        [
            f"Dalam rangka evaluasi pengelolaan layanan informasi publik {sem} Tahun {ctx.date.year} dan persiapan monitoring dan evaluasi keterbukaan informasi badan publik oleh Komisi Informasi Pusat, kami mengundang Saudara untuk mengikuti rapat koordinasi secara daring yang akan dilaksanakan pada:",
        ]
    )
    for k, v in (
        ("Hari/Tanggal", fmt_date(md, "day")),
        ("Pukul", f"{rng.choice(('09.00', '10.00', '13.00'))} WIB s.d. selesai"),
        ("Media", "Zoom Meeting"),
        ("Agenda", "Evaluasi layanan informasi publik dan penyusunan laporan PPID"),
    ):
        d.kv(k, v, 86, x=d.L + 36)
    d.gap(4)
    d.need(100)
    pg = d.pg
    y0 = d.y
    pg.rect(d.L + 20, y0, d.W - 20, 84, 0.8, (45, 140, 255), (240, 246, 255))
    mid = f"{rng.randint(800, 899)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    code = f"PPID{rng.randint(10, 99)}"
    link = f"https://s.id/rakorppid{ctx.date.year}{rng.choice(('a', 'b', 'c'))}"
    for i, (k, v) in enumerate((("Meeting ID", mid), ("Passcode", code), ("Tautan", link))):
        pg.t(d.L + 32, y0 + 22 + i * 20, k, ctx.b, ctx.size)
        pg.t(d.L + 110, y0 + 22 + i * 20, f": {v}", ctx.r, ctx.size)
    pg.img(d.R - 80, y0 + 8, 68, 68, qr_img(rng))
    d.y = y0 + 100
    cp = make_person(rng, degree_p=0.5)
    d.numbered(
        [
            f"Peserta adalah PPID dan operator layanan informasi, paling banyak 3 (tiga) orang per satuan kerja, dan wajib mengisi daftar hadir daring melalui tautan https://s.id/daftarhadir-ppid{ctx.date.year}."
        ],
        fmt="2.",
    )
    d.numbered(
        [f"Informasi lebih lanjut dapat menghubungi {cp['name']} melalui nomor {cp['phone']}."],
        fmt="3.",
    )
    d.para("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.")
    sign_block(
        d,
        ["a.n. Sekretaris Jenderal", "Kepala Biro Perencanaan dan Data,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    d.newpage()
    d.line_text(f"Lampiran Surat Nomor {num}", size=ctx.size - 1)
    d.line_text("DAFTAR UNDANGAN", ctx.b, align="c")
    d.gap(6)
    half = 19
    rows = []
    for i in range(half):
        rows.append(
            [
                str(i + 1),
                f"Sekretaris KPU Provinsi {PROVINCES[i]}",
                str(i + 20),
                f"Sekretaris KPU Provinsi {PROVINCES[i + 19]}",
            ]
        )
    table2(
        d,
        [24, d.W / 2 - 24, 24, d.W / 2 - 24],
        rows,
        ["No", "Satuan Kerja", "No", "Satuan Kerja"],
        size=ctx.size - 2.5,
    )
    foot = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE - BSSN."
    for pgx in d.pages:
        pgx.line(60, PH - 48, PW - 60, PH - 48, 0.4, GREY)
        pgx.t(60, PH - 36, foot, ctx.i, min(7.5, (PW - 120) / tw(foot, ctx.i, 1)), GREY)
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M06_undangan_daring_zoom", d.pages, fields)


VERTICALS = (
    "Bawaslu Provinsi Sumatera Selatan",
    "BPS Provinsi Sumatera Selatan",
    "Kantor Wilayah Kementerian Agama Provinsi Sumatera Selatan",
    "Kejaksaan Tinggi Sumatera Selatan",
    "Kantor Wilayah BPN Provinsi Sumatera Selatan",
    "Kantor Wilayah Kementerian Hukum Sumatera Selatan",
    "Balai Besar Wilayah Sungai Sumatera VIII",
    "BPKP Perwakilan Provinsi Sumatera Selatan",
    "Pengadilan Tinggi Palembang",
)


def qualif(score: float) -> str:
    if score >= 90:
        return "Informatif"
    if score >= 80:
        return "Menuju Informatif"
    if score >= 60:
        return "Cukup Informatif"
    if score >= 40:
        return "Kurang Informatif"
    return "Tidak Informatif"


def m07_ki_hasil_monev_peringkat(ctx: Ctx) -> Letter:
    """The KI announces the results of its yearly openness assessment: a ranking table of the
    vertical agencies (No | Badan Publik | Nilai | Kualifikasi) with the provincial KPU among
    them, and an invitation to the award evening; no register number, so ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx)
    org = kop_ki2(d, rng)
    nl, ll, hl = labels(rng)
    num = f"{rng.randint(10, 400):03d}/KI-SS/{rng.choice(('MONEV', 'SET', 'PAN'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    y = ctx.date.year - (1 if ctx.date.month < 10 else 0)
    subj = rng.choice(
        (
            f"Penyampaian Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun {y}",
            "Pemberitahuan Hasil Pemeringkatan dan Undangan Anugerah Keterbukaan Informasi Publik",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, "Palembang", ctx.date))
    yth_block(
        d,
        rng.choice(
            (
                ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di Palembang"],
                ["Yth. Pimpinan Badan Publik", "(daftar terlampir)", "di Tempat"],
            )
        ),
    )
    d.gap(6)
    d.numbered(
        [
            f"Berdasarkan Peraturan Komisi Informasi Nomor 1 Tahun 2022 tentang Monitoring dan Evaluasi Keterbukaan Informasi Badan Publik, Komisi Informasi Provinsi Sumatera Selatan telah melaksanakan monitoring dan evaluasi keterbukaan informasi publik Tahun {y}.",
            "Hasil pemeringkatan badan publik kategori instansi vertikal adalah sebagai berikut:",
        ]
    )
    bodies = [*rng.sample(VERTICALS, rng.randint(6, 8)), "KPU Provinsi Sumatera Selatan"]
    scored = sorted(((b, round(rng.uniform(55, 98), 2)) for b in bodies), key=lambda a: -a[1])
    table2(
        d,
        [26, d.W - 216, 60, 114],
        [
            [str(i), b, f"{s:.2f}".replace(".", ","), qualif(s)]
            for i, (b, s) in enumerate(scored, 1)
        ],
        ["No", "Badan Publik", "Nilai", "Kualifikasi"],
        size=ctx.size - 1.5,
        x=d.L + 16,
    )
    ad = next_wd(ctx.date + timedelta(days=rng.randint(5, 14)))
    d.numbered(
        [
            "Sehubungan dengan hal tersebut, kami mengundang pimpinan badan publik untuk menghadiri Malam Anugerah Keterbukaan Informasi Publik yang akan dilaksanakan pada:",
        ],
        fmt="3.",
    )
    for k, v in (
        ("Hari/Tanggal", fmt_date(ad, "day")),
        ("Pukul", "19.30 WIB s.d. selesai"),
        (
            "Tempat",
            rng.choice(
                (
                    "Griya Agung Palembang",
                    "Ballroom Hotel Aryaduta Palembang",
                    "Graha Bina Praja Pemprov Sumsel",
                )
            ),
        ),
        ("Pakaian", "Batik lengan panjang"),
    ):
        d.kv(k, v, 86, x=d.L + 36)
    d.gap(4)
    d.para("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.")
    sign_block(d, ["Ketua,"], make_person(rng, degree_p=1.0)["name"])
    fields = F(letter_number=num, letter_date=ctx.date.isoformat(), subject=subj, sender_org=org)
    return Letter("surat_masuk", "M07_ki_hasil_monev_peringkat", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_ljk_bubble_sheet, 1.0, 0.0),
        (p02_gform_response_print, 0.0, 0.6),
        (p03_excel_lampiran, 0.0, 0.45),
        (p04_kartu_nama_note, 0.4, 0.35),
        (p05_pernyataan_meterai_p2, 0.0, 0.4),
        (p06_kim_tembusan_watermark, 0.0, 0.4),
        (p07_kartu_pos, 0.6, 0.0),
        (p08_dotmatrix_greenbar, 0.0, 0.0),
        (p09_dosen_tim_centang, 0.0, 0.35),
        (p10_esign_box, 0.0, 0.65),
    ],
    "keberatan": [
        (k01_logo_strip_koalisi, 0.0, 0.45),
        (k02_kalender_hari_kerja, 0.0, 0.4),
        (k03_petisi_online_print, 0.0, 0.5),
        (k04_cap_jempol_saksi, 0.5, 0.3),
        (k05_daftar_bukti_lampiran, 0.0, 0.4),
    ],
    "sengketa": [
        (s01_penundaan_sidang, 0.0, 0.45),
        (s02_ketetapan_pencabutan, 0.0, 0.45),
        (s03_kesimpulan_pemohon, 0.0, 0.4),
    ],
    "surat_masuk": [
        (m01_lamaran_kerja_cv, 0.0, 0.35),
        (m02_inspektorat_reviu_checklist, 0.0, 0.5),
        (m03_somasi_advokat, 0.0, 0.45),
        (m04_kpp_himbauan_npwp, 0.0, 0.45),
        (m05_pdpb_laporan_warga, 0.5, 0.2),
        (m06_undangan_daring_zoom, 0.0, 0.5),
        (m07_ki_hasil_monev_peringkat, 0.0, 0.5),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 13)
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
    rng = random.Random(f"thirteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s13_{k:04d}"
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
        print("usage: make_thirteenth_corpus.py OUT_DIR N SEED")
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

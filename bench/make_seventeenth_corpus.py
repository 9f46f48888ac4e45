# ruff: noqa: E501
"""Seventeenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_seventeenth_corpus.py OUT_DIR N SEED

writes N letters (s17_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s17_0001_p1.jpg, s17_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the fifteenth generator (and ../shared/sample/truth.jsonl): id, files,
class, layout, heldout (false), handwritten, rendition ("digital" | "scan"), pages, dpi, fields
(all 17 keys, null where the letter does not state them), page_text (the text printed on each
page, lines top to bottom, pieces on one baseline joined by a space), for digital letters
image_pages (1-based pages that are an embedded picture without a text layer: a KTP, passport,
receipt or phone-screenshot copy) and, for scans, scan (format, mode, dpi and per page skew_deg,
blur_px, noise_sigma, faded, rotation, jpeg_quality, stamps; a received stamp's box_px is in the
page image before skew and rotation); "nik_invalid": true on the few letters whose NIK is printed
wrongly on purpose.  The same SEED gives the same corpus, byte for byte; letters are built in a
multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
fifteenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces;
a landscape card in M06); the rest are scans drawn with Pillow at 200 or 300 dpi (paper tint,
uneven light, skew up to 2 degrees, blur, noise, faded toner, JPEG artefacts, bilevel G4 TIFF,
now and then a page turned 90/180 degrees, a "DITERIMA" received stamp, organisation stamps,
signatures) saved as PNG, JPEG, multi-page TIFF or image-only PDF; scans also use URW Bookman,
Gothic, Palatino, Century and Narrow faces.  K01 and K04 are always scans (K04 at 200 dpi, mostly
bilevel), M09 too.  Hand-filled / hand-written letters (fifthhorseman dkg hand) are always scans,
about 8 % of all letters.  People come from Javanese, Palembang-Malay (Kms., Mgs., Nyimas ...),
Batak (br.), Minang, Chinese-Indonesian, Arab-descended, Balinese and general pools, with titles
and degrees; addresses use Jl. / Lrg. / Komplek / Perumahan / Dusun, RT/RW, Kel. or Desa, Kec.,
Kota / Kab. and post codes in many spellings; NIKs carry real Sumatera Selatan kab/kota codes
(1601-1613, 1671-1674).  Some letters carry a KTP copy (P03, P05, P06, P07, K02, K03, K05
sometimes), P02 a passport copy; K03, K04, K05, M02 and M09 always run to two pages (K03, K05 and
P07 to three with the KTP), P04, P07 and the hand-written P06 / P08 often, others when long.

Layouts (code, class: one line each)
  P01_partai_dpc_kursi         permohonan  party branch (DPC / DPD of a regency or city) asks for the
                                           seat-allocation documents: emblem at the right, coloured
                                           rule, secretariat only in a coloured foot band, the Ketua
                                           named as representative in the first sentence (NIK, phone),
                                           table No | Bentuk | Dokumen, Ketua and Sekretaris sign side
                                           by side under the branch's name, stamp between, Tembusan
  P02_peneliti_asing_campur    permohonan  foreign researcher on the home university's letterhead
                                           writing English and Indonesian mixed sentence by sentence,
                                           English date, bullets in Indonesian, contact labels in either
                                           language (passport, local address, Indonesian mobile),
                                           counterpart named; passport data-page copy sometimes
  P03_disabilitas_format_aksesibel permohonan disability organisation asks for data in an accessible
                                           format: chair's rows with "Ragam Disabilitas", shaded box
                                           "KEBUTUHAN AKSESIBILITAS" saying in prose how the copy must
                                           be made (Braille, audio, screen-reader text, large print,
                                           sign-language video) and how it should reach them
  P04_gform_salinan_respons    permohonan  the Google Forms "Respons Anda" copy e-mailed to the applicant
                                           and printed from webmail: purple band, question / answer
                                           pairs, radio groups with the chosen option filled, file chip
  P05_kotak_data_pemohon_bawah permohonan  letter with items, purpose and wish only; the particulars in a
                                           framed two-column "DATA PEMOHON" box after the signature,
                                           the address on a full-width row; typed, or hand-filled on a
                                           printed template; KTP page sometimes
  P06_urutan_terbalik          permohonan  purpose in the opening sentence, then the items (a., b.), the
                                           wish, and the identity rows last; typed or hand-written on
                                           folio; now and then a NIK written a digit short or long
  P07_tembusan_lembaga         permohonan  watchdog (or citizen) letter with Sifat, items and a long
                                           "Tembusan" of 4-7 bodies (KI, Ombudsman, Bawaslu, KPU RI, DPRD,
                                           governor, press), often spilling onto page 2
  P08_tugas_sekolah_sma        permohonan  senior-high pupil's request written as a Bahasa Indonesia
                                           exercise: assignment header box, the letter, the teacher's
                                           "Mengetahui", red score circled and a red comment; typed or
                                           hand-written on folio; NIK copied wrongly now and then
  K01_tolak_balas_tulisan      keberatan   the desk's own SK Penolakan (Pasal 17 ground, "PERMOHONAN
                                           INFORMASI DITOLAK") or written notice "tidak dapat diberikan"
                                           sent back with the objection hand-written under a pen line
  K02_nomor_dalam_kalimat_ttd_kontak keberatan short objection, the request number only inside a
                                           sentence, no identity block: address / phone / e-mail (NIK)
                                           in small type under the signature
  K03_tidak_ditanggapi_bukti_wa keberatan  objection because the request was never answered, told in
                                           words (days counted, unanswered follow-ups, no huruf) + page 2
                                           a printed WhatsApp screenshot of the unanswered messages
  K04_faks_laporan_transmisi   keberatan   objection faxed from outside Palembang: the sending machine's
                                           header line on each page, page 2 its transmission report
                                           (job table, result OK, reduced picture of page 1)
  K05_organisasi_tanda_bukti   keberatan   Karang Taruna / BPD / student association / RT-RW forum
                                           objects on its letterhead, the chair named in the first
                                           sentence; page 2 a copy of the desk's TANDA BUKTI PENERIMAAN
                                           PERMOHONAN carrying the request number
  S01_registrasi_kotak         sengketa    KI notice of registration with the register number in a framed
                                           header box, PEMOHON / TERMOHON panels, Objek Sengketa
  S02_relaas_panggilan_sidang  sengketa    KI bailiff's RELAAS PANGGILAN SIDANG told as a narrative (day
                                           in words), respondent rows, case caption, hearing schedule,
                                           receiver's name and post filled in by hand at the KPU
  S03_putusan_sela_kutipan     sengketa    certified KUTIPAN PUTUSAN SELA: Nomor, "DEMI KEADILAN ...",
                                           caption with the register number, MENGADILI orders, the
                                           deliberation and pronouncement days, the clerk's certification
  M01_media_wawancara          surat_masuk newspaper asks for an interview with the chair (topics about
                                           "keterbukaan informasi"), reporter's rows, editor signs
  M02_kpuri_surat_dinas_pdpb   surat_masuk KPU RI SURAT DINAS on continuous voter-data updating to all KPU
                                           provinsi, lettered sub-points, e-signature note sometimes,
                                           page 2 the Lampiran schedule
  M03_dukcapil_sinkronisasi    surat_masuk population registry (provincial / city Disdukcapil or the
                                           Ditjen at Kemendagri) on synchronising population data with
                                           the voter list, table per regency, personal-data warning
  M04_polisi_pengamanan        surat_masuk Polda / Polrestabes / Polres asks for an event schedule for
                                           security: stepped letterhead at the top left, "B/" number,
                                           Klasifikasi, Rujukan a-c, numbered paragraphs, rank and NRP
  M05_rs_tagihan               surat_masuk hospital bills staff medical check-ups: covering letter with
                                           RINCIAN TAGIHAN, or a bare INVOICE form; terbilang, account
  M06_undangan_pernikahan      surat_masuk wedding invitation card to a staff member, two panels on a
                                           landscape sheet, address label; personal mail
  M07_ombudsman_lahp           surat_masuk Ombudsman RI Perwakilan Sumsel on a maladministration report
                                           (LAHP, closing, clarification or monitoring), report number box
  M08_rilis_lsm                surat_masuk NGO press release: name block, partner strip, SIARAN PERS,
                                           headline, dateline, two columns with a pull quote, "###"
  M09_disposisi_dan_surat      surat_masuk the office's LEMBAR DISPOSISI (typed or hand-filled, notes by
                                           hand) on page 1, the routed letter (invitation from
                                           Diskominfo, a university or Bawaslu, or a KPU kabupaten's data
                                           delivery) on page 2

Truth conventions (as the fifteenth generator documents unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text (case
    aside: inside a sentence an item, a purpose or an occupation starts in lower case, the truth
    keeps the capital).  Several requested items are joined with "; " without numbering, letters,
    "dan" or final punctuation.  phone E.164 (+62...; "(WA)" dropped), email lower-case even when
    printed with a capital, letter_date ISO.  Names keep prefixes (H., Hj., Kms., Nyimas, Dr.,
    R.M. ...), "br." and degrees, never Bapak/Ibu/Sdr.  NIK: the 16 digits (printed with spaces or
    dots sometimes), valid (Sumsel kab/kota code, kecamatan, DDMMYY with day + 40 for women, serial
    not 0000) except on letters marked nik_invalid (P06, P08), whose truth is the NIK as written
    (15 or 17 digits); a KTP copy supplies the NIK when the letter does not print it (P03, P07, K02,
    K03, K05), never its address or occupation.
  * The applicant is the natural person who asks or objects: P01 the Ketua named as the branch's
    representative (not the Sekretaris who co-signs; address the secretariat's "beralamat di
    Sekretariat ...", phone the one in that sentence, e-mail the branch's only when the copy is to be
    e-mailed there); P02 the researcher (nik null: a passport number is never a field; address the
    local one; English values as printed); P03 the chair in the rows; P07 the signatory in the rows;
    P08 the pupil (not the teacher); K01 the addressee of the desk's letter as printed there; K05 the
    chair.  occupation only from a Pekerjaan / Occupation label or a form's choice (P04: the chosen
    radio label or the "Lainnya:" text; P08 "Pelajar" when the row is there); a Jabatan, "Ragam
    Disabilitas", class, NISN, NIP, press card or passport is never one.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    KEMENTERIAN ..., KEPOLISIAN NEGARA REPUBLIK INDONESIA) and tag lines left out: P01 level + party
    + area; P02 the university's two lines; M01 the masthead (publisher line left out); M03 the Dinas
    or Ditjen line; M04 "KEPOLISIAN DAERAH SUMATERA SELATAN" (+ the RESOR line); M05 the hospital
    line; M07 both Ombudsman lines; M08 the NGO's name lines (partner strip left out); M09 the routed
    letter's lines.  null for individuals, P04 (a web form), K01's hand-written part (the desk's
    letterhead is not the sender), M06.
  * letter_number: the letter's own Nomor / Ref.; P02 the "Ref." when printed; K01 none (the SK's or
    notice's Nomor is the PPID's); S02 the relaas's Nomor when printed (the Penetapan number is not);
    S03 the putusan sela's Nomor; M05 the letter's Nomor or the "No. Invoice"; M07 the Ombudsman's
    "B/" number (the report's registration number is not); M08 "No." of the release when printed.
    subject: a Hal / Perihal / Hal ikhwal line, P04 the e-mail subject (the form's title); null for
    K01, S02, S03, M05's invoice, M06, M08 (a headline is not a Hal).
  * letter_date: the writer's date: P04 the e-mail's date, K01 the hand-written date (not the SK's),
    K04 the letter's date (not the fax header's), S02 the relaas day in words, S03 the pronouncement
    day (not the deliberation day), M08 the dateline, M09 the routed letter's date (not the day of
    receipt on the sheet); M06 none.
  * obtain_method / delivery_method from table cells, radio buttons or words: P01 the Bentuk column,
    all rows alike ("Fotokopi legalisir", "Hardcopy", "Cetak" -> salinan_hardcopy; "Softcopy
    (PDF)", "File PDF", "Softcopy" -> salinan_softcopy; "Salinan" -> salinan); P03 Braille or large
    print -> salinan_hardcopy, audio, screen-reader text or video -> salinan_softcopy; P02 the mixed
    sentence (softcopy by e-mail; see and note at the office; a printed copy collected; a copy in any
    format -> salinan; data sent to the e-mail -> email only).  objection_reason_code from the cited
    huruf or the ground in words: K01 a for the SK Penolakan, e for "tidak dapat diberikan"; K03
    always c.
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran (K01 from the desk's
    print, K05 from the attached receipt when the letter does not repeat it), null when not printed.
    sengketa letters carry the applicant's name (address when printed), the disputed information when
    printed, the cited request number when printed, the KI register number and the letter's own
    number, date, subject and sender.  surat_masuk carries only letter_number, letter_date, subject
    and sender_org, however much it speaks of "informasi publik", "permohonan", "keberatan" or
    "sengketa" (M01's interview request, M07's report number, M08's figures).
  * Stamps, signatures, logos, radio circles, chat ticks and the fax's reduced page are pictures;
    printed and written words are page text (the teacher's red score and comment, the disposition
    notes, the relaas receiver's name).  handwritten is true when field values are hand-written
    (P05 / P06 / P08 hand variants, K01).
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


# ---------------------------------------------------------------------------------------------
# people, places, numbers (the seventeenth generator's own pools)
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
        "code": "1609",
        "kind": "Kab",
        "kab": "OKU Timur",
        "area": "0735",
        "post": "323",
        "places": [("Pasar Martapura", "Martapura", False), ("Tanjung Kemala", "Martapura", True)],
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
]
REGION_WEIGHTS = [6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
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
            pf = rng.choice(("Dr.", "Ir.", "dr.", "Pdt.") if male else ("Dr.", "Ir.", "dr."))
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
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
PARTIES = (
    ("PARTAI KARYA NUSANTARA", "PKN", (200, 30, 40)),
    ("PARTAI GERAKAN RAKYAT SEJAHTERA", "PGRS", (0, 100, 60)),
    ("PARTAI BINTANG PERSATUAN INDONESIA", "PBPI", (20, 60, 160)),
    ("PARTAI AMANAT DESA", "PAD", (215, 110, 0)),
    ("PARTAI KEADILAN BANGSA BARU", "PKBB", (110, 30, 120)),
    ("PARTAI NASIONAL BHINNEKA", "PNB", (160, 20, 30)),
    ("PARTAI SUARA PEKERJA INDONESIA", "PSPI", (180, 40, 40)),
)
SEAT_ITEMS = (
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Perolehan Kursi Partai Politik Peserta Pemilu Anggota DPRD Provinsi Sumatera Selatan Tahun 2024",
    "Berita Acara Penetapan Perolehan Kursi Partai Politik dan Penetapan Calon Terpilih Anggota DPRD Provinsi Sumatera Selatan Pemilu 2024",
    "Rincian penghitungan perolehan kursi dengan metode Sainte Lague untuk Daerah Pemilihan Sumatera Selatan {d}",
    "Lampiran perolehan suara sah partai politik dan calon per daerah pemilihan DPRD Provinsi Sumatera Selatan {d}",
    "Daftar calon terpilih anggota DPRD Provinsi Sumatera Selatan dari {party} beserta perolehan suaranya",
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Calon Terpilih Anggota DPRD Provinsi Sumatera Selatan Tahun 2024",
    "Alokasi kursi dan jumlah penduduk per daerah pemilihan DPRD Provinsi Sumatera Selatan Pemilu 2024",
)
PARTY_PURPOSES = (
    "Bahan evaluasi internal dan penyusunan strategi pemenangan partai",
    "Kajian internal partai tentang penghitungan perolehan kursi",
    "Kelengkapan dokumen administrasi pengajuan bantuan keuangan partai politik",
    "Arsip dan dokumentasi resmi Dewan Pimpinan partai",
    "Bahan pendidikan politik bagi kader dan pengurus partai",
)
BENTUK_CELLS = {
    "salinan_hardcopy": ("Fotokopi legalisir", "Hardcopy", "Cetak"),
    "salinan_softcopy": ("Softcopy (PDF)", "File PDF", "Softcopy"),
    "salinan": ("Salinan",),
}


def p01_partai_dpc_kursi(ctx: Ctx) -> Letter:
    """A party branch (DPC / DPD of a regency or city) asks for the seat-allocation documents of
    the 2024 provincial legislative election: party letterhead with the emblem at the right and a
    coloured rule, the secretariat's address only in a coloured band at the foot of the page; the
    Ketua named as the party's representative inside the first paragraph (NIK and phone there);
    a table No | Bentuk | Dokumen yang Dimohon; the Ketua and the Sekretaris sign side by side
    under the branch's name, the party stamp between them; Tembusan to the provincial board."""
    rng = ctx.rng
    party, code, col = rng.choice(PARTIES)
    reg = rng.choice(REGIONS)
    level = rng.choice(("DEWAN PIMPINAN CABANG", "DEWAN PIMPINAN DAERAH", "DEWAN PIMPINAN CABANG"))
    lv = "DPC" if "CABANG" in level else "DPD"
    area = reg["kab_ktp"]
    d = Doc(ctx, top=50)
    pg = d.pg
    logo(pg, d.R - 56, 40, 56, rng.choice(("shield", "garuda")))
    names = [(level, ctx.b, 11.5), (party, ctx.b, 17), (area, ctx.b, 12.5)]
    yy = 52.0
    for s, f, z in names:
        z = min(z, (d.W - 70) / tw(s, f, 1))
        pg.t(d.L, yy, s, f, z, col if s == party else INK)
        yy += z * 1.3
    pg.rect(d.L, yy - 2, d.W, 4, 0, None, col)
    pg.line(d.L, yy + 4, d.R, yy + 4, 0.6, col)
    d.y = yy + 30
    sec = make_person(rng, region=reg)
    addr = fmt_address(sec, rng, rng.choice((0, 2, 3, 5, 6)))
    tel, _tel164 = landline2(rng, reg["area"])
    pmail = f"{lv.lower()}.{code.lower()}.{re.sub(r'[^a-z]', '', reg['city'].lower())}@gmail.com"
    footer_band(d.pages, [f"Sekretariat: {addr}", f"Telp. {tel}  Surel: {pmail}"], col)
    d.bottom = PH - 80
    ab = "".join(w[0] for w in reg.get("kab", reg["city"]).split()).upper()
    num = rng.choice(
        (
            f"{rng.randint(1, 240):03d}/{lv}-{code}/{ab}/{roman(ctx.date.month)}/{ctx.date.year}",
            f"B-{rng.randint(10, 400)}/EX/{lv}/{code}/{ctx.date.year}",
            f"{rng.randint(1, 99):02d}/SK-EXT/{lv}.{code}/{ctx.date.strftime('%m')}/{ctx.date.year % 100:02d}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Salinan Dokumen Penetapan Perolehan Kursi",
            "Permohonan Informasi Publik (Dokumen Alokasi Kursi)",
            "Permohonan Dokumen Penetapan Kursi DPRD Provinsi",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, reg["city"], ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    ketua = make_person(rng, degree_p=0.5, prefix_p=0.3, region=reg)
    sekre = make_person(rng, degree_p=0.45, prefix_p=0.1, region=reg)
    show_nik = rng.random() < 0.55
    pname = title_id(party)
    s = f"Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, {title_id(level)} {pname} {title_id(area)}, dalam hal ini diwakili oleh {ketua['name']} selaku Ketua"
    if show_nik:
        s += f" (NIK {ketua['nik']})"
    s += f", beralamat di Sekretariat {addr}, nomor telepon {ketua['phone']}, dengan ini mengajukan permohonan informasi publik berupa salinan dokumen sebagai berikut:"
    d.para(s, justify=True)
    ob = rng.choice(("salinan_hardcopy", "salinan_hardcopy", "salinan_softcopy", "salinan"))
    cell = rng.choice(BENTUK_CELLS[ob])
    pool = [
        it.format(d=rng.randint(1, 10), party=pname)
        for it in rng.sample(SEAT_ITEMS, rng.randint(2, 4))
    ]
    bw = max(72.0, tw(cell, ctx.r, ctx.size - 1) + 12)
    table2(
        d,
        [24.0, bw, d.W - 24 - bw],
        [[str(i + 1), cell, it] for i, it in enumerate(pool)],
        ["No", "Bentuk", "Dokumen yang Dimohon"],
        size=ctx.size - 1,
    )
    purpose = rng.choice(PARTY_PURPOSES)
    d.para(f"Dokumen tersebut akan kami pergunakan sebagai {lc1(purpose)}.", justify=True)
    dl = rng.choice(("mengambil_langsung", "email", "kurir", None))
    dl = fit_delivery(rng, ob, dl)
    email = None
    if dl == "mengambil_langsung":
        d.para(
            "Salinan dokumen dimaksud akan diambil langsung oleh staf sekretariat kami.",
            justify=True,
        )
    elif dl == "email":
        email = pmail
        d.para(f"Salinan dokumen dimaksud mohon dikirimkan melalui surel {pmail}.", justify=True)
    elif dl:
        d.para(
            f"Salinan dokumen dimaksud mohon {DL_WORDS[dl]} ke alamat sekretariat kami.",
            justify=True,
        )
    d.para(rng.choice(CLOSE_K), justify=True)
    head = [f"{level} {party}", area]
    two_sign(d, (["Ketua,"], ketua["name"]), (["Sekretaris,"], sekre["name"]), (party, code), head)
    tembusan(
        d,
        rng.choice(
            (
                [f"Ketua DPD {pname} Provinsi Sumatera Selatan", "Arsip"],
                [
                    f"Dewan Pimpinan Pusat {pname} di Jakarta",
                    f"Ketua DPD {pname} Provinsi Sumatera Selatan",
                    "Pertinggal",
                ],
            )
        ),
    )
    fields = F(
        applicant_name=ketua["name"],
        nik=ketua["nik"] if show_nik else None,
        address=addr,
        phone=ketua["e164"],
        email=email,
        information_requested="; ".join(pool),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=" ".join(s2 for s2, _f, _z in names),
    )
    return Letter("permohonan_informasi", "P01_partai_dpc_kursi", d.pages, fields)


FOREIGN_UNIS = (
    (
        ["NORTHBRIDGE UNIVERSITY", "School of Culture, History and Language"],
        "Coombs Building, Canberra ACT 2601, Australia",
        "northbridge.edu.au",
        "Australia",
    ),
    (
        ["UNIVERSITEIT VAN OOSTLAND", "Institute for Area Studies"],
        "Witte Singel 25, 2311 BZ Leiden, The Netherlands",
        "oostland.nl",
        "Netherlands",
    ),
    (
        ["KANSAI GAKUEN UNIVERSITY", "Graduate School of Asian and African Area Studies"],
        "Yoshida, Sakyo-ku, Kyoto 606-8501, Japan",
        "kgu.ac.jp",
        "Japan",
    ),
    (
        ["UNIVERSITY OF HALVORSEN", "Department of Comparative Politics"],
        "Postboks 1097 Blindern, 0317 Oslo, Norway",
        "halvorsen.no",
        "Norway",
    ),
    (
        ["PACIFIC RIM INSTITUTE OF GOVERNANCE", "Electoral Integrity Programme"],
        "30 Heng Mui Keng Terrace, Singapore 119614",
        "prig.org.sg",
        "Singapore",
    ),
)
FOREIGN_PEOPLE = {
    "Australia": (
        ("Emily", "Hargreaves", False),
        ("Daniel", "O'Connor", True),
        ("Laura", "McKenzie", False),
    ),
    "Netherlands": (
        ("Thomas", "van der Berg", True),
        ("Sophie", "Dekker", False),
        ("Joost", "Verhoeven", True),
    ),
    "Japan": (
        ("Kenji", "Watanabe", True),
        ("Aiko", "Matsumoto", False),
        ("Hiroshi", "Tanaka", True),
    ),
    "Norway": (("Ingrid", "Solberg", False), ("Lars", "Henriksen", True)),
    "Singapore": (("Rachel", "Tan Wei Ling", False), ("Marcus", "Lim", True)),
}
NATIONALITY = {
    "Australia": ("Australian", "Australia"),
    "Netherlands": ("Dutch", "Belanda"),
    "Japan": ("Japanese", "Jepang"),
    "Norway": ("Norwegian", "Norwegia"),
    "Singapore": ("Singaporean", "Singapura"),
}
EN_PURPOSES = (
    "My doctoral dissertation on voter participation in Indonesian regional elections",
    "Academic research on local election management in South Sumatra",
    "A comparative study of election management bodies in Southeast Asia",
    "A journal article on the accuracy of voter registers in Indonesia",
)
ID_PURPOSES = (
    "Penulisan disertasi tentang partisipasi pemilih dalam pemilihan kepala daerah",
    "Penelitian akademik tentang tata kelola pemilu di Sumatera Selatan",
)
MIX_OB = (
    (
        "salinan_softcopy",
        "email",
        "If possible, mohon data dikirim dalam bentuk softcopy (Excel atau PDF) ke email saya.",
    ),
    (
        "melihat",
        "mengambil_langsung",
        "I would be happy to come to your office untuk melihat dan mencatat data tersebut secara langsung.",
    ),
    (
        "salinan_hardcopy",
        "mengambil_langsung",
        "A printed copy (salinan cetak) is also fine; saya bisa mengambilnya langsung di kantor PPID.",
    ),
    ("salinan", None, "Saya memerlukan salinan data tersebut, in whatever format is available."),
    (None, "email", "Please send the data ke alamat email saya di bawah."),
)


def p02_peneliti_asing_campur(ctx: Ctx) -> Letter:
    """A foreign researcher on fieldwork writes on the home university's letterhead (crest at the
    left, name lines, the university's address), in English and Indonesian mixed sentence by
    sentence: the English date at the top left, "Dear Bapak/Ibu", the request items in Indonesian
    as bullets, the wish how to get them half in each language, contact rows whose labels are now
    English, now Indonesian (passport number, local address, Indonesian mobile), the Indonesian
    counterpart named under the signature; sometimes a photocopy of the passport's data page."""
    rng = ctx.rng
    if ctx.r not in ("tr", "hr", "dr", "sr"):
        ctx.r, ctx.b, ctx.i = FAMILIES[rng.choice(("times", "helv", "serif"))]
    lines, uaddr, dom, country = rng.choice(FOREIGN_UNIS)
    uname = (
        " ".join(w if w in ("OF", "VAN") else w.title() for w in lines[0].split())
        .replace("OF", "of")
        .replace("VAN", "van")
    )
    first, last, male = rng.choice(FOREIGN_PEOPLE[country])
    role, jobs = rng.choice(
        (
            ("PhD candidate", ("PhD Candidate", "Mahasiswa S3 (PhD)")),
            ("doctoral researcher", ("Researcher", "Peneliti")),
            ("postdoctoral fellow", ("Postdoctoral Fellow", "Peneliti")),
            ("research fellow", ("Research Fellow", "Peneliti")),
        )
    )
    title = (
        rng.choice(("", "", "Dr. ")) if role in ("postdoctoral fellow", "research fellow") else ""
    )
    deg = rng.choice(("", ", M.A.", ", MSc", ", M.Phil.")) if not title else ""
    name = f"{title}{first} {last}{deg}"
    d = Doc(ctx, top=46, left=64, right=PW - 60)
    pg = d.pg
    logo(pg, d.L, 40, 48, "shield")
    pg.t(d.L + 60, 58, lines[0], ctx.b, min(15.0, (d.W - 60) / tw(lines[0], ctx.b, 1)), NAVY)
    pg.t(d.L + 60, 74, lines[1], ctx.i, 11)
    pg.t(d.L + 60, 88, uaddr, ctx.r, 8)
    pg.line(d.L, 100, d.R, 100, 0.8, NAVY)
    d.y = 124
    show_ref = rng.random() < 0.5
    ref = f"{''.join(w[0] for w in lines[1].split() if w[0].isupper())}/FW/{ctx.date.year}/{rng.randint(1, 99):03d}"
    if rng.random() < 0.55:
        d.line_text(en_date(ctx.date, rng))
    else:
        d.line_text(place_date(rng, "Palembang", ctx.date, "long"), align="r")
    if show_ref:
        d.line_text(f"Ref.: {ref}")
    show_subj = rng.random() < 0.6
    subj = rng.choice(
        (
            "Request for public information (Permohonan Informasi Publik)",
            "Permohonan data pemilu for research purposes",
            "Request for election data / Permohonan data",
        )
    )
    if show_subj:
        d.kv("Perihal", subj, 44)
    d.gap(4)
    yth_block(
        d,
        rng.choice(
            (
                [
                    "Kepada Yth.",
                    "PPID KPU Provinsi Sumatera Selatan",
                    "Jl. Kapten A. Rivai No. 95",
                    "Palembang",
                ],
                ["To: PPID Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "Palembang"],
            )
        ),
    )
    d.gap(6)
    d.line_text(
        rng.choice(
            (
                "Dear Bapak/Ibu PPID,",
                "Dear Sir/Madam, Bapak/Ibu yang terhormat,",
                "Dengan hormat, Dear Sir or Madam,",
            )
        )
    )
    d.gap(2)
    brin = f"{rng.randint(100, 999)}/SIP/IV/FR/{ctx.date.year}"
    until = ctx.date + timedelta(days=rng.randint(40, 200))
    d.para(
        f"Perkenalkan, my name is {name}, a {role} at the {lines[1]}, {uname}. Saat ini saya sedang melakukan penelitian lapangan (fieldwork) di Sumatera Selatan with a research permit from BRIN Nomor {brin}, valid until {month_year_en(until)}.",
        justify=True,
    )
    items = short_items(rng, 1, 4)
    d.para(
        rng.choice(
            (
                "For my research, saya memerlukan data/informasi publik berikut:",
                "I would like to request the following data (informasi publik):",
            )
        )
    )
    for it in items:
        d.need(14)
        d.pg.circle(d.L + 14, d.y - 3.5, 1.8, 0.5, INK, INK)
        d.para(it, x=d.L + 24)
    en = rng.random() < 0.7
    purpose = rng.choice(EN_PURPOSES if en else ID_PURPOSES)
    if en:
        d.para(
            f"The information will be used solely for {purpose[0].lower() + purpose[1:]}. Data ini tidak akan digunakan untuk tujuan komersial.",
            justify=True,
        )
    else:
        d.para(
            f"Data tersebut akan saya gunakan untuk {lc1(purpose)}, and will not be used for any commercial purpose.",
            justify=True,
        )
    ob, dl, wish = rng.choice(MIX_OB)
    d.para(wish, justify=True)
    d.para(
        rng.choice(("My contact details / data diri saya:", "Data diri saya (contact details):"))
    )
    local = make_person(rng, region=REGIONS[0])
    laddr = (
        rng.choice(("Kos Griya Mahasiswa, ", "Wisma Bukit, ", ""))
        + fmt_address(local, rng, rng.choice((0, 2, 3)))
    ).strip()
    printed, e164, _nat = mobile(rng)
    local_part = re.sub(r"[^a-z]", "", first.lower()) + "." + re.sub(r"[^a-z]", "", last.lower())
    email = f"{local_part}@{dom}"
    show_job = rng.random() < 0.6
    job = rng.choice(jobs) if show_job else None
    pn = f"{rng.choice('NPEAMT')}{rng.randint(1000000, 9999999)}"
    rows = [
        (rng.choice(("Nama", "Full name")), name),
        (rng.choice(("Kewarganegaraan", "Nationality")), rng.choice(NATIONALITY[country])),
        (rng.choice(("No. Paspor", "Passport No.")), pn),
    ]
    if show_job:
        rows.append((rng.choice(("Pekerjaan", "Occupation")), job))
    rows += [
        (rng.choice(("Alamat di Palembang", "Local address")), laddr),
        (rng.choice(("HP/WhatsApp", "Mobile (Indonesia)")), printed),
        (rng.choice(("Email", "Surel")), email),
    ]
    kv_rows(d, rows, x=d.L + 14)
    d.gap(2)
    d.para("Terima kasih banyak atas bantuannya. Thank you very much for your kind assistance.")
    sign_block(d, [rng.choice(("Best regards,", "Hormat saya,", "Sincerely yours,"))], name, x=d.L)
    cp = make_person(rng, degree_p=1.0, prefix_p=0.4)
    d.line_text(
        rng.choice(("Research counterpart / Mitra penelitian:", "Counterpart (Mitra Penelitian):")),
        size=ctx.size - 1,
    )
    d.line_text(f"{cp['name']}, Universitas Sriwijaya", size=ctx.size - 1)
    if rng.random() < 0.4:
        pp = Page()
        pp.t(
            70,
            70,
            rng.choice(("Attachment: copy of passport", "Lampiran: Fotokopi Paspor")),
            "hr",
            10,
        )
        x0, y0, w, h = 100.0, 100.0, 400.0, 250.0
        pp.rect(x0, y0, w, h, 1.0, (60, 60, 60), (214, 214, 214))
        pp.rect(x0 + 14, y0 + 40, 96, 120, 0.8, (80, 80, 80), (165, 165, 165))
        pp.t(x0 + 130, y0 + 22, f"PASSPORT  {country.upper()}", "hb", 10)
        yy = y0 + 46
        born = date(rng.randint(1978, 1996), rng.randint(1, 12), rng.randint(1, 28))
        for k, v in (
            ("Surname", last.upper()),
            ("Given names", first.upper()),
            ("Nationality", NATIONALITY[country][0].upper()),
            ("Date of birth", born.strftime("%d %b %Y").upper()),
            ("Sex", "M" if male else "F"),
            ("Passport No.", pn),
        ):
            pp.t(x0 + 130, yy, k, "hr", 7.5)
            pp.t(x0 + 215, yy, v, "hb", 8.5)
            yy += 16
        cc = {
            "Australia": "AUS",
            "Netherlands": "NLD",
            "Japan": "JPN",
            "Norway": "NOR",
            "Singapore": "SGP",
        }[country]
        mrz1 = (
            f"P<{cc}{last.upper().replace(' ', '<').replace(chr(39), '')}<<{first.upper()}".ljust(
                44, "<"
            )[:44]
        )
        mrz2 = f"{pn}<{rng.randint(0, 9)}{cc}{born.strftime('%y%m%d')}{rng.randint(0, 9)}{'M' if male else 'F'}".ljust(
            44, "<"
        )[:44]
        pp.t(x0 + 14, y0 + 210, mrz1, "cr", 9.2)
        pp.t(x0 + 14, y0 + 226, mrz2, "cr", 9.2)
        pp.as_image = True
        d.pages.append(pp)
    fields = F(
        applicant_name=name,
        address=laddr,
        phone=e164,
        email=email,
        occupation=job,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=ref if show_ref else None,
        letter_date=ctx.date.isoformat(),
        subject=subj if show_subj else None,
        sender_org=" ".join(lines),
    )
    return Letter("permohonan_informasi", "P02_peneliti_asing_campur", d.pages, fields)


DIS_ORGS = (
    (
        ["PERHIMPUNAN PENYANDANG DISABILITAS INDONESIA", "DEWAN PENGURUS DAERAH SUMATERA SELATAN"],
        "PPDI",
        None,
    ),
    (["HIMPUNAN WANITA DISABILITAS INDONESIA", "CABANG SUMATERA SELATAN"], "HWDI", False),
    (["FORUM KOMUNIKASI DISABILITAS SUMATERA SELATAN"], "FKDS", None),
    (["LEMBAGA ADVOKASI PEMILU AKSESIBEL", "(LAPAK) PALEMBANG"], "LAPAK", None),
    (["GERAKAN TUNANETRA MANDIRI SRIWIJAYA"], "GTMS", None),
)
DIS_KIND = (
    "Disabilitas netra (buta total)",
    "Disabilitas netra (low vision)",
    "Disabilitas fisik (pengguna kursi roda)",
    "Disabilitas rungu",
    "Disabilitas netra",
)
DIS_ITEMS = (
    "Data jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per ragam disabilitas di {kab}",
    "Daftar TPS yang menyediakan alat bantu coblos (template) Braille pada Pemilihan Gubernur 2024 di {kab}",
    "Jumlah petugas KPPS penyandang disabilitas pada Pemilihan Serentak 2024 per kabupaten/kota",
    "Laporan evaluasi aksesibilitas TPS pada Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
    "Rekapitulasi partisipasi pemilih penyandang disabilitas pada Pemilu 2024 per kabupaten/kota",
    "Materi sosialisasi pemilu dalam format ramah disabilitas yang diproduksi KPU Provinsi Sumatera Selatan Tahun 2025",
)
DIS_PURPOSES = (
    "Advokasi pemilu yang aksesibel bagi penyandang disabilitas",
    "Bahan pendidikan pemilih bagi anggota organisasi kami",
    "Penyusunan laporan pemantauan aksesibilitas pemilu",
    "Bahan audiensi dengan pemerintah daerah tentang hak politik penyandang disabilitas",
)
ACCESS = (
    ("salinan_hardcopy", "dicetak dalam huruf Braille", ("pos", "mengambil_langsung")),
    ("salinan_softcopy", "dalam bentuk rekaman audio (file MP3)", ("email", "mengambil_langsung")),
    (
        "salinan_softcopy",
        "berupa file Word atau teks biasa yang dapat dibaca aplikasi pembaca layar, bukan PDF hasil pindaian",
        ("email",),
    ),
    (
        "salinan_hardcopy",
        "dicetak dengan huruf besar (paling kecil 18 poin) di atas kertas yang tidak mengilap",
        ("pos", "mengambil_langsung", "kurir"),
    ),
    (
        "salinan_softcopy",
        "berupa video yang disertai Juru Bahasa Isyarat dan teks (caption)",
        ("email",),
    ),
)


def p03_disabilitas_format_aksesibel(ctx: Ctx) -> Letter:
    """A disability organisation asks for election data in an accessible format: its letterhead
    with an accessibility emblem, the chair's identity rows (with "Ragam Disabilitas"), numbered
    items, and a shaded box "KEBUTUHAN AKSESIBILITAS" saying in prose how the copy must be made
    (Braille, audio, screen-reader text, large print, sign-language video) and how it should reach
    them; a note that the letter also went by e-mail as a Word file."""
    rng = ctx.rng
    lines, code, male = rng.choice(DIS_ORGS)
    d = Doc(ctx, top=50)
    col = rng.choice((NAVY, (0, 100, 120), INK))
    kop2(
        d,
        [(s, ctx.b, 14 if i == 0 else 12) for i, s in enumerate(lines)],
        [
            f"Sekretariat: {office_address(rng)}",
            f"Telp./WA {mobile(rng)[0]}  Surel: {code.lower()}.sumsel@gmail.com",
        ],
        "l",
        col,
        rng.choice(("double", "single")),
        kinds=("shield",),
    )
    p = make_person(rng, male=male, degree_p=0.4, prefix_p=0.08)
    num = f"{rng.randint(1, 120):03d}/{code}/{rng.choice(('SEK', 'EXT', 'B'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi dalam Format Aksesibel",
            "Permohonan Informasi Publik",
            "Permohonan Data Pemilih Penyandang Disabilitas",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    rows.append(("Jabatan", f"Ketua {code}"))
    rows.append(("Ragam Disabilitas", rng.choice(DIS_KIND)))
    rows.append(("Alamat", addr))
    rows.append(("No. HP/WA", p["phone"]))
    show_mail = rng.random() < 0.7
    if show_mail:
        rows.append(("Surel", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 16)
    d.gap(2)
    d.para(
        "atas nama organisasi dengan ini mengajukan permohonan informasi publik sebagai berikut:",
        justify=True,
    )
    items = [it.format(kab=rng.choice(KABS)) for it in rng.sample(DIS_ITEMS, rng.randint(1, 3))]
    d.numbered(items, "{}.", x=d.L + 12)
    purpose = rng.choice(DIS_PURPOSES)
    d.para(f"Informasi tersebut kami perlukan untuk {lc1(purpose)}.", justify=True)
    ob, fmt_txt, dls = rng.choice(ACCESS)
    dl = rng.choice((*dls, None))
    why = rng.choice(
        (
            "sebagian besar anggota kami adalah penyandang disabilitas netra",
            "saya dan pengurus lainnya tidak dapat membaca dokumen cetak biasa",
            "anggota kami memiliki ragam disabilitas yang berbeda-beda",
        )
    )
    s = f"Mengingat {why}, kami mohon salinan informasi tersebut disediakan {fmt_txt}."
    if dl == "email":
        s += " Salinan tersebut mohon dikirimkan melalui surel" + (
            f" {p['email_printed']}." if show_mail else " kami."
        )
    elif dl == "mengambil_langsung":
        s += " Salinan tersebut akan kami ambil langsung di kantor PPID dengan didampingi pendamping."
    elif dl == "pos":
        s += " Salinan tersebut mohon dikirimkan melalui pos ke alamat sekretariat kami."
    elif dl == "kurir":
        s += " Salinan tersebut mohon dikirimkan melalui jasa kurir ke alamat di atas."
    d.need(60)
    top = d.y
    pg0 = d.pg
    d.gap(14)
    d.line_text("KEBUTUHAN AKSESIBILITAS", ctx.b, ctx.size - 0.5, x=d.L + 10)
    d.para(s, x=d.L + 10, w=d.W - 20, justify=True)
    if d.pg is pg0:
        pg0.ops.insert(0, ("r", d.L, top, d.W, d.y - top - 6, 0.8, col, (232, 238, 246)))
    d.gap(10)
    d.para(rng.choice(CLOSE_K), justify=True)
    sign_block(d, [f"Ketua {code},"], p["name"], stamp=(" ".join(lines)[:40], code))
    d.para(
        "Catatan: surat ini juga kami kirimkan dalam bentuk file Word melalui surel agar dapat dibaca dengan aplikasi pembaca layar.",
        ctx.i,
        ctx.size - 2,
    )
    ktp = rng.random() < 0.25
    if ktp:
        d.pages.append(ktp_cards(ctx, [p], "Lampiran: Fotokopi KTP Ketua"))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or ktp) else None,
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
        sender_org=" ".join(lines),
    )
    return Letter("permohonan_informasi", "P03_disabilitas_format_aksesibel", d.pages, fields)


GF_TITLES = (
    "Formulir Permohonan Informasi Publik PPID KPU Provinsi Sumatera Selatan",
    "Permohonan Informasi Publik - PPID KPU Sumsel",
    "Formulir Online Permintaan Informasi KPU Prov. Sumsel",
)
GF_JOBS = ("Pelajar/Mahasiswa", "PNS/TNI/Polri", "Karyawan Swasta", "Wiraswasta")
GF_OB = (
    ("melihat", "Melihat/membaca/mendengarkan/mencatat"),
    ("salinan_hardcopy", "Mendapatkan salinan informasi (hardcopy)"),
    ("salinan_softcopy", "Mendapatkan salinan informasi (softcopy)"),
)
GF_DL = (
    ("mengambil_langsung", "Mengambil langsung"),
    ("kurir", "Kurir"),
    ("pos", "Pos"),
    ("email", "Email"),
)


def p04_gform_salinan_respons(ctx: Ctx) -> Letter:
    """The copy of a Google Forms response that the form e-mails to the applicant ("Respons Anda"),
    forwarded to the desk and printed from webmail: the webmail header, the sender
    forms-receipts-noreply, a purple banner, the form's title, "Terima kasih telah mengisi ...",
    then each question (required ones with "*") and the answer under it: short answers, a
    paragraph with the items one per line, radio groups shown with every option and the chosen
    one filled, a file chip for the KTP upload; the "Buat Formulir Google Anda sendiri" footer."""
    rng = ctx.rng
    fr, fb = rng.choice((("hr", "hb"), ("dr", "db"), ("nr", "nb")))
    ctx.r, ctx.b, ctx.i = fr, fb, ("hi" if fr == "hr" else "di")
    ctx.size = 9.5
    d = Doc(ctx, top=58, left=56, right=PW - 56)
    p = make_person(rng, degree_p=0.2, prefix_p=0.05)
    title = rng.choice(GF_TITLES)
    pg = d.pg
    pg.t(d.L, 44, rng.choice(("Gmail", "Surel")), fb, 12, (200, 40, 40))
    pg.t(d.R, 44, p["email"], fr, 8.5, GREY, "r")
    pg.line(d.L, 50, d.R, 50, 0.8, GREY)
    d.y = 74
    for ln in wrap(title, fb, 13, d.W):
        d.line_text(ln, fb, 13, lead=16)
    d.line_text("1 pesan", fr, 8, color=GREY)
    d.gap(6)
    t = hhmm(rng)
    mail_message_head(
        d,
        "Google Forms",
        "forms-receipts-noreply@google.com",
        f"{HARI3[ctx.date.weekday()]}, {fmt_date(ctx.date, 'short1')} pukul {t}",
        p["email"],
        fr,
        fb,
    )
    d.pg.rect(d.L, d.y - 6, d.W, 10, 0, None, PURPLE)
    d.gap(18)
    for ln in wrap(title, fr, 15, d.W - 20):
        d.line_text(ln, fr, 15, x=d.L + 10, lead=19)
    d.gap(2)
    d.line_text(f"Terima kasih telah mengisi {title}", fr, 9, x=d.L + 10, color=GREY)
    d.line_text("Berikut yang telah kami terima dari Anda:", fr, 9, x=d.L + 10, color=GREY)
    d.gap(4)
    d.line_text("Respons Anda", fb, 11, x=d.L + 10)
    d.gap(2)
    addr = fmt_address(p, rng)
    items = short_items(rng, 1, 3) if rng.random() < 0.6 else info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES + SHORT_PURPOSES[:3])
    other_job = rng.random() < 0.4
    job = p["job"] if other_job else rng.choice(GF_JOBS)
    ob, _ob_lab = rng.choice(GF_OB)
    dl, _dl_lab = rng.choice(GF_DL)
    dl = fit_delivery(rng, ob, dl)
    if ob == "melihat":
        dl = rng.choice((None, "mengambil_langsung"))
    answer_dl = rng.random() < 0.85 or ob != "melihat"
    if not answer_dl:
        dl = None

    def q(label, req=True):
        d.need(34)
        d.gap(6)
        d.line_text(label + (" *" if req else ""), fb, 9.5, x=d.L + 10)

    def a(text):
        d.para(text, fr, 10, x=d.L + 18, w=d.W - 28)

    def group(opts, pick):
        for code, lab in opts:
            d.need(14)
            radio(d.pg, d.L + 18, d.y, code == pick)
            d.pg.t(d.L + 32, d.y, lab, fr, 9.5)
            d.gap(13.5)

    q("Email")
    a(p["email"])
    q("Nama Lengkap")
    a(p["name"])
    q("Nomor Induk Kependudukan (NIK)")
    a(spaced_nik(p["nik"], rng))
    q("Alamat Lengkap")
    a(addr)
    q("Pekerjaan")
    group(
        [(j, j) for j in GF_JOBS] + [("_", "Lainnya:" + (f" {job}" if other_job else ""))],
        "_" if other_job else job,
    )
    q("Nomor HP/WhatsApp")
    a(p["phone"])
    q("Rincian Informasi yang Dibutuhkan")
    numbered = rng.random() < 0.5 and len(items) > 1
    for i, it in enumerate(items, 1):
        a(f"{i}. {it}" if numbered else it)
    q("Tujuan Penggunaan Informasi")
    a(purpose)
    q("Cara Memperoleh Informasi")
    group(list(GF_OB), ob)
    q("Cara Mendapatkan Salinan Informasi", req=False)
    if answer_dl:
        group(list(GF_DL), dl)
    else:
        group(list(GF_DL), "")
    q("Unggah foto KTP")
    chip = f"KTP_{p['core'].split()[-1]} - {p['core'].split()[0]}.jpg"
    d.need(24)
    d.pg.rect(d.L + 18, d.y - 11, tw(chip, fr, 8) + 30, 18, 0.6, GREY, (245, 245, 245))
    d.pg.t(d.L + 40, d.y + 1, chip, fr, 8)
    d.gap(20)
    d.gap(8)
    d.line_text("Buat Formulir Google Anda sendiri", fr, 8.5, align="c", color=(30, 90, 200))
    d.line_text(
        "Formulir ini dibuat di dalam KPU Provinsi Sumatera Selatan.",
        fr,
        7.5,
        align="c",
        color=GREY,
    )
    d.line_text("Google Formulir", fb, 10, align="c", color=GREY)
    pdt = ctx.date + timedelta(days=rng.randint(0, 3))
    browser_chrome(
        d.pages,
        f"Gmail - {title}",
        f"https://mail.google.com/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all&permmsgid=msg-f:{rng.randint(10**17, 10**18)}",
        fr,
        f"{pdt.strftime('%d/%m/%y')} {hhmm(rng)}",
    )
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"],
        occupation=job,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=title,
    )
    return Letter(
        "permohonan_informasi",
        "P04_gform_salinan_respons",
        d.pages,
        fields,
        scan_hint={"received_lag": (pdt - ctx.date).days},
    )


def p05_kotak_data_pemohon_bawah(ctx: Ctx) -> Letter:
    """A request letter whose body holds only the items, the purpose and the wish; the applicant's
    particulars follow the signature in a framed "DATA PEMOHON" box of two columns (Nama | NIK,
    Pekerjaan | No. HP, Tempat/Tgl. Lahir | E-mail) with the address on a full-width row at the
    bottom; the box typed, or filled in by hand on a printed template letter; KTP page sometimes."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    d.line_text(place_date(rng, rng.choice((p["city"], "Palembang")), ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permintaan Salinan Informasi", "Permohonan Data")
    )
    show_ktp = rng.random() < 0.4
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "1 (satu) lembar fotokopi KTP" if show_ktp else "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    d.para(
        rng.choice(
            (
                "Melalui surat ini saya mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa:",
                "Bersama surat ini, saya bermaksud memohon informasi publik sebagai berikut:",
            )
        ),
        justify=True,
    )
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(
        rng.choice(
            (
                "Data diri saya sebagai pemohon tercantum dalam kotak di bawah ini.",
                "Identitas pemohon sebagaimana tercantum pada kotak Data Pemohon di bawah.",
            )
        ),
        justify=True,
    )
    d.para(rng.choice(CLOSE))
    sign_block(d, ["Hormat saya,"], p["name"], font="hand" if hand else None)
    size = ctx.size - 0.5
    vf = "hand" if hand else ctx.r
    half = d.W / 2
    for st in rng.sample(range(9), 9):
        addr = fmt_address(p, rng, st)
        if len(wrap(addr, vf, size + (1.5 if hand else 0), d.W - 130)) <= 2:
            break
    show_job = rng.random() < 0.75
    show_mail = rng.random() < 0.6
    show_birth = rng.random() < 0.5
    left = [("Nama Lengkap", p["name"]), ("NIK", spaced_nik(p["nik"], rng))]
    right = [("Pekerjaan", p["job"] if show_job else ""), ("No. HP", p["phone"])]
    if show_birth or show_mail:
        left.append(
            (
                "Tempat/Tgl. Lahir",
                f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash')))}"
                if show_birth
                else "",
            )
        )
        right.append(("E-mail", p["email_printed"] if show_mail else ""))
    lead = 20.0 if hand else size * 1.75
    box_h = 24 + lead * (len(left) + 1) + (lead if hand else 0) + 8
    d.need(box_h + 20)
    y0 = d.y + 4
    pg = d.pg
    pg.rect(d.L, y0, d.W, box_h, 0.9)
    pg.rect(d.L, y0, d.W, 17, 0, None, LIGHT)
    pg.line(d.L, y0 + 17, d.R, y0 + 17, 0.6)
    pg.t(d.L + d.W / 2, y0 + 12, "DATA PEMOHON", ctx.b, size, align="c")
    pg.line(d.L + half, y0 + 17, d.L + half, y0 + 17 + lead * len(left) + 4, 0.5)
    lw2 = max(tw(k, ctx.r, size) for k, _ in left + right) + 4
    yy = y0 + 17 + lead * 0.8
    col_rows(
        pg,
        d.L + 6,
        yy,
        [(k, v) for k, v in left],
        lw2,
        half - 10,
        ctx.r,
        vf,
        size,
        lead,
        ctx.ink,
        hand,
    )
    col_rows(
        pg,
        d.L + half + 6,
        yy,
        [(k, v) for k, v in right],
        lw2,
        half - 10,
        ctx.r,
        vf,
        size,
        lead,
        ctx.ink,
        hand,
    )
    ya = yy + lead * len(left)
    pg.line(d.L, ya - lead * 0.8 + 2, d.R, ya - lead * 0.8 + 2, 0.5)
    pg.t(d.L + 6, ya, "Alamat", ctx.r, size)
    pg.t(d.L + 6 + lw2, ya, ":", ctx.r, size)
    vx = d.L + 6 + lw2 + 7
    alines = wrap(addr, vf, size + (1.5 if hand else 0), d.R - vx - 6)
    for ln in alines:
        if hand:
            dotted(pg, vx, ya, d.R - 6)
            d._hand(vx, ya - 1, ln, size + 1.5, ctx.ink)
        else:
            pg.t(vx, ya, ln, vf, size)
        ya += lead
    if len(alines) < 2 and hand:
        dotted(pg, vx, ya, d.R - 6)
    d.y = y0 + box_h + 14
    if show_ktp:
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
        "permohonan_informasi", "P05_kotak_data_pemohon_bawah", d.pages, fields, handwritten=hand
    )


ID_LABELS = {
    "name": ("Nama", "Nama Lengkap", "Nama Pemohon"),
    "nik": ("NIK", "Nomor KTP", "No. Induk Kependudukan"),
    "birth": ("Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "TTL"),
    "job": ("Pekerjaan", "Pekerjaan", "Profesi"),
    "addr": ("Alamat", "Alamat Rumah", "Alamat Lengkap", "Domisili"),
    "phone": ("No. HP", "Nomor Telepon", "HP/WA", "Telp./HP"),
    "mail": ("E-mail", "Surel", "Alamat E-mail"),
}


def p06_urutan_terbalik(ctx: Ctx) -> Letter:
    """A request that runs in the reverse order: the purpose in the opening sentence ("Dalam
    rangka ..."), then the information wanted (lettered a., b., ...), then how to obtain it, and
    only at the end, before the closing, the applicant's identity rows; no section headings;
    sometimes written by hand on folio paper, and now and then with a NIK the writer got wrong
    (a digit short or one too many), which the truth keeps as written."""
    rng = ctx.rng
    hand = ctx.hand
    if hand:
        ctx.r = ctx.b = ctx.i = "hand"
        ctx.size = rng.choice((12.0, 12.5))
        d = Doc(ctx, top=96, left=72, right=PW - 50, paper="folio")
        lead = 19.0
    else:
        d = Doc(ctx, top=64)
        lead = None
    p = make_person(rng, degree_p=0.3, prefix_p=0.12)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r", lead=lead)
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permintaan Informasi", "Permohonan Data Kepemiluan")
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw, lead=lead)
    d.kv(hl, subj, lw, lead=lead)
    d.gap(6)
    for s in kpu_rows(rng):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    purpose = rng.choice(PURPOSES)
    d.para(
        rng.choice(
            (
                f"Guna keperluan {lc1(purpose)}, saya bermaksud memperoleh informasi publik dari PPID KPU Provinsi Sumatera Selatan.",
                f"Sebagai {lc1(purpose)}, saya memerlukan beberapa informasi publik dari PPID KPU Provinsi Sumatera Selatan.",
                f"Untuk keperluan {lc1(purpose)}, saya membutuhkan sejumlah informasi publik yang dikuasai KPU Provinsi Sumatera Selatan.",
            )
        ),
        justify=not hand,
        lead=lead,
    )
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    d.para("Adapun informasi yang saya perlukan adalah:", lead=lead)
    letters = "abcdefgh"
    for i, it in enumerate(items):
        d.need(lead or 15)
        d.pg.t(d.L + 10, d.y, f"{letters[i]}.", ctx.r, ctx.size, ctx.ink if hand else INK)
        d.para(it, x=d.L + 26, lead=lead)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=not hand, lead=lead)
    d.para(
        rng.choice(
            (
                "Sebagai kelengkapan, berikut identitas saya:",
                "Untuk melengkapi permohonan ini, saya sampaikan identitas saya sebagai berikut:",
            )
        ),
        lead=lead,
    )
    addr = fmt_address(p, rng)
    bad = rng.random() < 0.12
    nik = break_nik(rng, p["nik"]) if bad else p["nik"]
    show_job = rng.random() < 0.65
    show_mail = rng.random() < 0.45
    show_birth = rng.random() < 0.5
    rows = [(rng.choice(ID_LABELS["name"]), p["name"])]
    if show_birth:
        rows.append(
            (
                rng.choice(ID_LABELS["birth"]),
                f"{p['birthplace']}, {fmt_date(p['birth'], rng.choice(('long', 'dash', 'slash0')))}",
            )
        )
    rows.append((rng.choice(ID_LABELS["nik"]), nik if bad else spaced_nik(nik, rng)))
    if show_job:
        rows.append((rng.choice(ID_LABELS["job"]), p["job"]))
    rows.append((rng.choice(ID_LABELS["addr"]), addr))
    rows.append((rng.choice(ID_LABELS["phone"]), wa_mark(rng, p["phone"])))
    if show_mail:
        rows.append((rng.choice(ID_LABELS["mail"]), p["email_printed"]))
    lwid = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lwid, x=d.L + 14, lead=lead)
    d.gap(3)
    d.para(rng.choice(CLOSE), justify=not hand, lead=lead)
    sign_block(d, ["Hormat saya,"], p["name"])
    if not hand and not bad and rng.random() < 0.3:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=nik,
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
    let = Letter("permohonan_informasi", "P06_urutan_terbalik", d.pages, fields, handwritten=hand)
    let.nik_invalid = bad
    return let


WATCH_ORGS = (
    (["FORUM MASYARAKAT PEDULI PEMILU", "SUMATERA SELATAN"], "FMPP"),
    (["LEMBAGA KAJIAN KEBIJAKAN PUBLIK", "(LK2P) SRIWIJAYA"], "LK2P"),
    (["PERKUMPULAN TRANSPARANSI ANGGARAN DAERAH", "SUMATERA SELATAN"], "PETADA"),
    (["JARINGAN PEMANTAU PEMILU INDEPENDEN", "KOTA PALEMBANG"], "JPPI"),
)
CC_BODIES = (
    "Ketua Komisi Informasi Provinsi Sumatera Selatan di Palembang",
    "Kepala Perwakilan Ombudsman Republik Indonesia Provinsi Sumatera Selatan di Palembang",
    "Ketua Bawaslu Provinsi Sumatera Selatan di Palembang",
    "Ketua Komisi Pemilihan Umum Republik Indonesia di Jakarta",
    "Ketua Komisi I DPRD Provinsi Sumatera Selatan di Palembang",
    "Gubernur Sumatera Selatan di Palembang",
    "Kepala Kejaksaan Tinggi Sumatera Selatan di Palembang",
    "Ketua Komisi Informasi Pusat Republik Indonesia di Jakarta",
    "Rekan-rekan media massa",
)


def p07_tembusan_lembaga(ctx: Ctx) -> Letter:
    """A request with a long carbon-copy list: a watchdog's letterhead (or a citizen with none),
    Nomor / Sifat / Lampiran / Perihal, items numbered, and under the signature a "Tembusan Yth."
    of four to seven bodies - the Komisi Informasi, the Ombudsman, Bawaslu, KPU RI, a DPRD
    commission, the governor, the press - that often runs onto a second page."""
    rng = ctx.rng
    org = rng.random() < 0.6
    d = Doc(ctx, top=56)
    lines, code = rng.choice(WATCH_ORGS)
    p = make_person(rng, degree_p=0.45, prefix_p=0.1)
    if org:
        kop2(
            d,
            [(s, ctx.b, 15 if i == 0 else 13) for i, s in enumerate(lines)],
            [
                f"Sekretariat: {office_address(rng)}",
                f"Akta Notaris No. {rng.randint(2, 60)} Tanggal {fmt_date(date(rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28)), 'long')}  SK Kemenkumham AHU-{rng.randint(1000, 9999)}.AH.01.07.{rng.randint(2012, 2022)}",
            ],
            rng.choice(("l", "lr", "c")),
            rng.choice((INK, NAVY, MAROON)),
            rng.choice(("double", "thinthick", "single")),
            kinds=("scale", "shield"),
        )
        num = f"{rng.randint(1, 150):03d}/{code}/{rng.choice(('B', 'EKS', 'SK'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    else:
        d.y = 70
        num = None
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permintaan Informasi dan Dokumentasi",
            "Permohonan Salinan Dokumen Publik",
        )
    )
    rows = ([(nl, num)] if num else []) + [
        ("Sifat", rng.choice(("Penting", "Segera", "Biasa"))),
        (ll, "-"),
        (hl, subj),
    ]
    nomor_block(d, rows, place_date(rng, "Palembang" if org else p["city"], ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    addr = office_address(rng) if org and rng.random() < 0.5 else fmt_address(p, rng)
    show_nik = rng.random() < 0.55
    show_job = (not org) and rng.random() < 0.6
    show_mail = rng.random() < 0.5
    d.para("Yang bertanda tangan di bawah ini:")
    krow = [("Nama", p["name"])]
    if show_nik:
        krow.append(("NIK", spaced_nik(p["nik"], rng)))
    if org:
        krow.append(("Jabatan", rng.choice(("Direktur Eksekutif", "Koordinator", "Ketua"))))
    if show_job:
        krow.append(("Pekerjaan", p["job"]))
    krow += [("Alamat", addr), ("Telepon", p["phone"])]
    if show_mail:
        krow.append(("E-mail", p["email_printed"]))
    kv_rows(d, krow, x=d.L + 18)
    d.gap(2)
    d.para(
        ("bertindak untuk dan atas nama " + title_id(" ".join(lines)) + ", " if org else "")
        + "dengan ini mengajukan permohonan informasi publik berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, yaitu:",
        justify=True,
    )
    items = info_items(rng, 2, 4)
    d.numbered(items, "{}.", x=d.L + 10)
    purpose = rng.choice(PURPOSES)
    d.para(f"Informasi tersebut akan digunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.6)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s.replace("saya", "kami") if org else s, justify=True)
    d.para(
        "Kami berharap permohonan ini dapat dijawab dalam jangka waktu sebagaimana diatur dalam Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008."
        if org
        else "Saya berharap permohonan ini dapat dijawab dalam jangka waktu yang diatur undang-undang.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_K if org else CLOSE), justify=True)
    sign_block(
        d,
        [rng.choice(("Hormat kami,", "Pemohon,")) if org else "Hormat saya,"],
        p["name"],
        stamp=(" ".join(lines)[:38], code) if org else None,
    )
    cc = rng.sample(CC_BODIES, rng.randint(4, 7))
    if rng.random() < 0.5:
        d.newpage()
    tembusan(
        d,
        [*cc, rng.choice(("Arsip", "Pertinggal"))],
        rng.choice(("Tembusan Yth.:", "Tembusan disampaikan kepada Yth.:", "Tembusan:")),
    )
    ktp = rng.random() < (0.45 if not org else 0.2)
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
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=" ".join(lines) if org else None,
    )
    return Letter("permohonan_informasi", "P07_tembusan_lembaga", d.pages, fields)


SCHOOLS = (
    ("SMA Negeri 3 Palembang", 0),
    ("SMA Negeri 17 Palembang", 0),
    ("SMA Muhammadiyah 1 Palembang", 0),
    ("SMA Xaverius 3 Palembang", 0),
    ("MA Negeri 2 Palembang", 0),
    ("SMA Negeri 1 Indralaya", 8),
    ("SMA Negeri 2 Prabumulih", 1),
    ("SMA Negeri 4 Lahat", 4),
    ("SMA Negeri 1 Kayuagung", 5),
)
CLASSES_SMA = ("X-3", "XI IPS 2", "XI-F4", "XII IPS 1", "XII-F2", "XI MIPA 3", "XII Bahasa")
SCHOOL_ITEMS = (
    "Jumlah pemilih pemula di {city} pada Pemilu 2024",
    "Data partisipasi pemilih pemula pada Pemilihan Gubernur Sumatera Selatan Tahun 2024",
    "Jumlah TPS di Kecamatan {kec} pada Pemilu 2024",
    "Jadwal dan tahapan Pemilihan Kepala Daerah Tahun 2024 di Sumatera Selatan",
    "Jumlah anggota KPPS yang berusia di bawah 25 tahun pada Pemilu 2024 di {city}",
    "Data jumlah pemilih laki-laki dan perempuan dalam DPT Pemilu 2024 di {city}",
)
SCHOOL_PURPOSES = (
    "Tugas mata pelajaran PPKn tentang demokrasi dan pemilu di Indonesia",
    "Bahan presentasi kelompok mata pelajaran Sosiologi",
    "Tugas Projek Penguatan Profil Pelajar Pancasila (P5) bertema Suara Demokrasi",
    "Bahan karya tulis ilmiah remaja untuk lomba tingkat sekolah",
    "Tugas mading kelas tentang pemilih pemula",
)


def p08_tugas_sekolah_sma(ctx: Ctx) -> Letter:
    """A senior-high-school pupil's request written as a Bahasa Indonesia exercise ("menulis surat
    permohonan") and then really sent: the assignment's header box (name, class, roll number,
    subject, task), the letter with the pupil's identity (class and school, sometimes "Pekerjaan:
    Pelajar" and a NIK copied - once in a while wrongly - from the family card), the teacher's
    "Mengetahui" with NIP, and the teacher's red marks (score circled, a short comment); typed or
    written by hand on folio paper."""
    rng = ctx.rng
    hand = ctx.hand
    school, ri = rng.choice(SCHOOLS)
    reg = REGIONS[ri]
    p = make_person(rng, degree_p=0.0, prefix_p=0.0, region=reg, job="Pelajar", born=(2007, 2009))
    if hand:
        ctx.r = ctx.b = ctx.i = "hand"
        ctx.size = rng.choice((12.0, 12.5, 13.0))
        d = Doc(ctx, top=96, left=72, right=PW - 48, paper="folio")
        lead = 19.0
    else:
        d = Doc(ctx, top=50)
        lead = None
    cls = rng.choice(CLASSES_SMA)
    absen = rng.randint(1, 36)
    red = (200, 30, 30)
    # assignment header
    hdr = [
        ("Nama", p["core"]),
        ("Kelas / No. Absen", f"{cls} / {absen}"),
        ("Mata Pelajaran", "Bahasa Indonesia"),
        (
            "Tugas",
            rng.choice(
                (
                    "Menulis Surat Permohonan (Surat Dinas)",
                    "Praktik Menulis Surat Resmi",
                    "KD 3.4 - Surat Permohonan",
                )
            ),
        ),
    ]
    pg = d.pg
    if hand:
        yy = d.y
        for k, v in hdr:
            pg.t(d.L, yy, f"{k} : {v}", "hand", 11.5, ctx.ink)
            yy += 18
        d.y = yy + 14
    else:
        top = d.y
        yy = top + 14
        for k, v in hdr:
            pg.t(d.L + 8, yy, k, "hr", 9)
            pg.t(d.L + 100, yy, ": " + v, "hr", 9)
            yy += 12.5
        pg.rect(d.L, top, 300, yy - top, 0.6)
        d.y = yy + 24
    # the teacher's score, circled in red (written words, page text)
    score = str(rng.randint(78, 96))
    sx, sy = d.R - 60, 70.0 if not hand else 80.0
    pg.circle(sx + 14, sy - 5, 19, 1.4, red)
    hand_note(pg, sx, sy, score, 16, red, rng)
    d.line_text(
        place_date(rng, reg["city"], ctx.date, rng.choice(("long", "long", "dash1", "slash0"))),
        align="r",
        lead=lead,
    )
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Data untuk Tugas Sekolah",
            "Permohonan Informasi",
            "Permohonan Data Pemilih Pemula",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw, lead=lead)
    d.kv(hl, subj, lw, lead=lead)
    d.gap(6)
    for s in rng.choice(
        (
            ["Kepada Yth.", "Bapak/Ibu PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
            [
                "Yth. Pejabat Pengelola Informasi dan Dokumentasi",
                "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                "di Palembang",
            ],
        )
    ):
        d.line_text(s, lead=lead)
    d.gap(6)
    d.line_text("Dengan hormat,", lead=lead)
    d.line_text("Saya yang bertanda tangan di bawah ini:", lead=lead)
    addr = fmt_address(p, rng, rng.choice((0, 2, 3, 7)))
    show_job = rng.random() < 0.5
    show_nik = rng.random() < 0.45
    bad = show_nik and rng.random() < 0.3
    nik = break_nik(rng, p["nik"]) if bad else p["nik"]
    rows = [
        ("Nama", p["name"]),
        ("Tempat/Tgl. Lahir", f"{p['birthplace']}, {fmt_date(p['birth'], 'long')}"),
    ]
    if show_nik:
        rows.append(("NIK", nik))
    rows.append(("Kelas/Sekolah", f"{cls} {school}"))
    if show_job:
        rows.append(("Pekerjaan", "Pelajar"))
    rows += [("Alamat", addr), ("No. HP", p["phone"])]
    lwid = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lwid, x=d.L + 14, lead=lead)
    purpose = rng.choice(SCHOOL_PURPOSES)
    items = [
        it.format(
            city=("Kota " + reg["city"])
            if reg["kind"] == "Kota"
            else "Kabupaten " + reg.get("kab", reg["city"]),
            kec=p["kec"],
        )
        for it in rng.sample(SCHOOL_ITEMS, rng.randint(1, 3))
    ]
    d.para(
        f"dengan ini mengajukan permohonan data/informasi untuk keperluan {lc1(purpose)}. Adapun data yang saya perlukan yaitu:",
        justify=not hand,
        lead=lead,
    )
    for i, it in enumerate(items, 1):
        d.need(lead or 15)
        d.pg.t(d.L + 12, d.y, f"{i}.", ctx.r, ctx.size, ctx.ink if hand else INK)
        d.para(it, x=d.L + 28, lead=lead)
    ob, dl, s = rng.choice(
        (
            (
                "salinan_softcopy",
                "email",
                f"Data tersebut mohon dikirimkan dalam bentuk softcopy ke e-mail saya {p['email_printed']}.",
            ),
            (
                "salinan",
                "mengambil_langsung",
                "Salinan data tersebut akan saya ambil sendiri ke kantor KPU.",
            ),
            (None, None, ""),
            (
                "melihat",
                None,
                "Saya bersedia datang ke kantor untuk melihat dan mencatat data tersebut.",
            ),
        )
    )
    if s:
        d.para(s, justify=not hand, lead=lead)
    d.para(
        "Demikian surat permohonan ini saya buat. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        justify=not hand,
        lead=lead,
    )
    d.need(130)
    y0 = d.y + 4
    pg = d.pg
    teacher = make_person(rng, degree_p=1.0, prefix_p=0.1)
    f0 = "hand" if hand else ctx.r
    col = ctx.ink if hand else INK
    pg.t(d.L, y0, "Mengetahui,", f0, ctx.size, col)
    pg.t(d.L, y0 + 15, "Guru Mata Pelajaran,", f0, ctx.size, col)
    pg.t(d.R - 150, y0 + 15, "Hormat saya,", f0, ctx.size, col)
    ctx.sig(pg, d.L + 4, y0 + 20, 80, (25, 25, 30))
    ctx.sig(pg, d.R - 146, y0 + 20, 80)
    pg.t(d.L, y0 + 70, teacher["name"], "hb" if not hand else "hand", ctx.size - 1, col)
    pg.t(d.L, y0 + 84, f"NIP {nip(rng)}", "hr" if not hand else "hand", ctx.size - 2, col)
    pg.t(d.R - 150, y0 + 70, p["name"], "hb" if not hand else "hand", ctx.size - 1, col)
    d.y = y0 + 100
    note = rng.choice(
        (
            "Bagus, silakan dikirim!",
            "Sudah baik. Kirim ke KPU ya.",
            "Rapi. Perhatikan ejaan.",
            "OK - kirim",
        )
    )
    hand_note(d.pg, d.L + rng.uniform(0, 120), min(d.y + 10, PH - 70), note, 12, red, rng)
    fields = F(
        applicant_name=p["name"],
        nik=nik if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if ob == "salinan_softcopy" else None,
        occupation="Pelajar" if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_date=ctx.date.isoformat(),
        subject=subj,
    )
    let = Letter("permohonan_informasi", "P08_tugas_sekolah_sma", d.pages, fields, handwritten=hand)
    let.nik_invalid = bad
    return let


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
DIK_GROUNDS = (
    (
        "h",
        "informasi tersebut memuat data pribadi yang apabila dibuka dapat mengungkap rahasia pribadi",
    ),
    (
        "j",
        "informasi tersebut belum dikuasai atau didokumentasikan secara utuh dan masih dalam proses verifikasi",
    ),
    (
        "i",
        "informasi tersebut merupakan memorandum atau surat antarbadan publik yang menurut sifatnya dirahasiakan",
    ),
    (
        "b",
        "membuka informasi tersebut dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan persaingan usaha tidak sehat",
    ),
)
HAND_OBJ = {
    "a": (
        "Saya keberatan atas keputusan ini karena menurut saya informasi tsb bukan rahasia. Itu dokumen publik, mestinya terbuka.",
        "Saya TIDAK SETUJU informasi ini dikecualikan. Data itu sudah pernah diumumkan, jadi bukan rahasia.",
    ),
    "e": (
        "Saya keberatan karena permohonan saya tidak dipenuhi, padahal data itu pasti ada di KPU.",
        "Saya keberatan. Jawaban ini tidak memenuhi permohonan saya, mohon dicarikan datanya.",
    ),
}
CONSEQ = (
    "terganggunya perlindungan data pribadi pemilih sebagaimana dijamin Undang-Undang Nomor 27 Tahun 2022",
    "terbukanya data pribadi anggota badan ad hoc yang tidak berkaitan dengan kepentingan publik",
    "terganggunya proses pengambilan keputusan yang masih berlangsung",
)


def k01_tolak_balas_tulisan(ctx: Ctx) -> Letter:
    """The desk's own letter sent back with the objection written by hand underneath: the PPID's
    decision rejecting a request (SK Penolakan with the Pasal 17 ground, consequence and "PERMOHONAN
    INFORMASI DITOLAK") or a written notice that the information cannot be given, printed on the
    office's letterhead; under a pen line the applicant's hand-written objection to the Atasan
    PPID, the ground in words, a phone number sometimes, place, date and signature.  Always a
    scan.  Applicant, address, item and request number come from the desk's print; the date is the
    hand-written one."""
    rng = ctx.rng
    ink = ctx.ink
    ctx.size = min(ctx.size, 10.0)
    d = Doc(ctx, top=48)
    kop_kpu(d, rng)
    d.y -= 10
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    ref, rd = reg_number(rng, ctx.date)
    dd = add_wd(rd, rng.randint(3, 9))
    if dd >= ctx.date:
        ctx.date = next_wd(dd + timedelta(days=rng.randint(2, 8)))
    item = info_item(rng)
    addr = fmt_address(p, rng)
    kind = rng.choice(("tolak", "tolak", "notice"))
    show_tel = rng.random() < 0.4
    sz = ctx.size
    if kind == "tolak":
        d.line_text(
            "SURAT KEPUTUSAN PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
            ctx.b,
            sz,
            align="c",
        )
        d.line_text("TENTANG PENOLAKAN PERMOHONAN INFORMASI", ctx.b, sz, align="c")
        num = f"{rng.randint(1, 60):03d}/PPID-E/KPU-SS/{roman(dd.month)}/{dd.year}"
        d.line_text(f"Nomor: {num}", ctx.r, sz, align="c")
        d.gap(4)
        rows = [("Nama", p["name"]), ("Alamat", addr)]
        if show_tel:
            rows.append(("Nomor Telepon", p["phone"]))
        rows += [("Nomor Pendaftaran", ref), ("Informasi yang Dibutuhkan", item)]
        kv_rows(d, rows, size=sz)
        huruf, why = rng.choice(DIK_GROUNDS)
        d.para(
            "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan memutuskan bahwa informasi yang dimohon adalah:",
            size=sz,
        )
        d.line_text("INFORMASI YANG DIKECUALIKAN", ctx.b, sz, align="c")
        d.para(
            f"Pengecualian informasi didasarkan pada Pasal 17 huruf {huruf} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, karena {why}. Berdasarkan uji konsekuensi, membuka informasi tersebut dapat menimbulkan konsekuensi {rng.choice(CONSEQ)}.",
            size=sz,
            justify=True,
        )
        d.line_text("PERMOHONAN INFORMASI DITOLAK", ctx.b, sz, align="c")
        d.para(
            "Jika Pemohon Informasi keberatan atas penolakan ini, Pemohon dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak diterimanya Surat Keputusan ini.",
            size=sz - 0.5,
            justify=True,
        )
        code = "a"
    else:
        d.line_text("PEMBERITAHUAN TERTULIS", ctx.b, sz + 1, align="c")
        num = f"{rng.randint(100, 900)}/PP.08-PT/16/{dd.year}"
        d.line_text(f"Nomor: {num}", ctx.r, sz, align="c")
        d.gap(4)
        d.para(
            f"Berdasarkan permohonan informasi pada tanggal {fmt_date(rd, 'long')} dengan Nomor Pendaftaran {ref}, kami menyampaikan kepada Saudara:",
            size=sz,
            justify=True,
        )
        rows = [("Nama", p["name"]), ("Alamat", addr)]
        if show_tel:
            rows.append(("Nomor Telepon", p["phone"]))
        rows.append(("Informasi yang dimohon", item))
        kv_rows(d, rows, size=sz, x=d.L + 10)
        d.para("Pemberitahuan: informasi yang Saudara minta tidak dapat diberikan karena:", size=sz)
        opts = (
            "informasi yang diminta belum didokumentasikan",
            "informasi yang diminta tidak berada di bawah penguasaan kami",
        )
        pick = rng.randrange(2)
        for i, o in enumerate(opts):
            d.need(15)
            checkbox(d.pg, d.L + 14, d.y + 1, 8, i == pick, INK, False)
            d.pg.t(d.L + 28, d.y, o, ctx.r, sz)
            d.gap(14)
        code = "e"
    xs = d.R - max(180.0, tw("Pejabat Pengelola Informasi dan Dokumentasi,", ctx.r, sz) + 4)
    d.line_text(place_date(rng, "Palembang", dd, "long"), size=sz, x=xs)
    d.line_text("Pejabat Pengelola Informasi dan Dokumentasi,", size=sz, x=xs)
    c = d.pg
    ctx.sig(c, xs + 10, d.y - 6, 78, (25, 25, 30))
    d.gap(36)
    d.line_text(make_person(rng, degree_p=1.0)["name"], ctx.b, sz, x=xs)
    d.gap(8)
    # the hand-written objection below a pen line
    d.need(60)
    y = d.y
    d.pg.line(d.L - 4, y, d.R + 4, y + rng.uniform(-3, 3), 1.2, ink)
    d.y = y + 24
    lead = 18.0
    hsz = 12.0
    text = rng.choice(HAND_OBJ[code])
    lines = ["Yth. Atasan PPID,", *wrap(text, "hand", hsz, d.W - 10)]
    if rng.random() < 0.6:
        lines += wrap(
            "Mohon ditinjau kembali dan informasinya diberikan kepada saya.", "hand", hsz, d.W - 10
        )
    hp = rng.random() < 0.5
    if hp:
        lines.append(f"HP {p['phone']}")
    dstr = place_date(rng, p["city"], ctx.date, rng.choice(("long", "dash", "slash0", "dash1")))
    for ln in lines:
        d.need(lead)
        d._hand(d.L + 4, d.y, ln, hsz, ink)
        d.y += lead
    d.need(90)
    x = d.R - 175
    d._hand(x, d.y, dstr, hsz, ink)
    ctx.sig(d.pg, x + 4, d.y + 2, 76, ink)
    d.y += 50
    d._hand(x, d.y, p["core"], hsz, ink)
    d.y += lead
    fields = F(
        applicant_name=p["name"],
        address=addr,
        phone=p["e164"] if (hp or show_tel) else None,
        information_requested=item,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K01_tolak_balas_tulisan",
        d.pages,
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


def k02_nomor_dalam_kalimat_ttd_kontak(ctx: Ctx) -> Letter:
    """A short typed objection whose request number appears only inside a sentence of the first
    paragraph ("... yang tercatat dengan nomor pendaftaran ... tanggal ..."), no identity block:
    the objector's address, phone, e-mail (and NIK sometimes) stand in small type under the name
    at the signature; the ground in words, the huruf of Pasal 35 ayat (1) cited now and then."""
    rng = ctx.rng
    d = Doc(ctx, top=66)
    p = make_person(rng, degree_p=0.4, prefix_p=0.12)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan",
            "Keberatan atas Jawaban PPID",
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan atas Tanggapan Permohonan Informasi",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    ref, rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    show_purpose = rng.random() < 0.6
    purpose = rng.choice(PURPOSES)
    s = rng.choice(
        (
            f"Bersama ini saya menyampaikan keberatan atas tanggapan PPID KPU Provinsi Sumatera Selatan terhadap permohonan informasi saya yang tercatat dengan nomor pendaftaran {ref} tanggal {fmt_date(rd, 'long')}, yaitu permohonan {join_items_prose(items, False)}",
            f"Pada tanggal {fmt_date(rd, 'long')} saya mengajukan permohonan informasi mengenai {join_items_prose(items, False)}, dan permohonan itu telah diberi nomor {ref} oleh petugas meja layanan",
        )
    )
    if show_purpose:
        s += f". Informasi tersebut saya perlukan untuk {lc1(purpose)}."
    else:
        s += "."
    d.para(s, justify=True, indent=24)
    code = rng.choice("adefg")
    n = rng.randint(40, 300)
    d.para(
        PPID_SAID[code].format(
            d=fmt_date(
                add_wd(rd, rng.randint(13, 25) if code == "g" else rng.randint(4, 9)), "long"
            ),
            rp=rp(n * rng.choice((3000, 5000, 7500))),
            n=n,
        ),
        justify=True,
        indent=24,
    )
    cite = rng.random() < 0.4
    d.para(
        f"Saya berkeberatan karena {ground(rng, code)}"
        + (f", sebagaimana dimaksud dalam {PASAL35.format(code)}" if cite else "")
        + ". Saya mohon Atasan PPID meninjau kembali tanggapan tersebut.",
        justify=True,
        indent=24,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True, indent=24)
    # signature with the contact lines under the name
    d.need(170)
    x = d.R - 210
    d.line_text("Hormat saya,", x=x)
    ctx.sig(d.pg, x + 4, d.y - 8, 88)
    d.gap(40)
    d.line_text(p["name"], ctx.b, x=x)
    small = ctx.size - 1.5
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.35
    show_mail = rng.random() < 0.6
    if show_nik:
        d.line_text(f"NIK {p['nik']}", size=small, x=x)
    d.para(addr, size=small, x=x, w=d.R - x)
    d.line_text(rng.choice(("HP ", "HP. ", "Telp. ", "WA ")) + p["phone"], size=small, x=x)
    if show_mail:
        d.line_text(p["email_printed"], size=small, x=x)
    ktp = rng.random() < 0.25
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or ktp) else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested="; ".join(items),
        purpose=purpose if show_purpose else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K02_nomor_dalam_kalimat_ttd_kontak", d.pages, fields)


WA_ASK = (
    "Selamat pagi, saya {name}. Mau menanyakan perkembangan permohonan informasi saya yang saya ajukan tanggal {d}. Terima kasih.",
    "Assalamualaikum, mohon info apakah data yang saya minta sudah bisa diambil?",
    "Selamat siang admin PPID, permohonan saya belum ada jawaban sampai sekarang. Mohon dibantu.",
    "Maaf mengganggu, saya sudah datang ke kantor tapi petugas bilang belum ada disposisi. Bagaimana kelanjutannya?",
    "Halo, sudah lewat 10 hari kerja. Mohon kepastiannya.",
)


def wa_screenshot(ctx: Ctx, p: dict, dates: list[date], rd: date) -> Page:
    """A printed phone screenshot of the applicant's WhatsApp chat with the desk's business account:
    only the applicant's messages (read, unanswered), sometimes the automatic greeting."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70,
        60,
        rng.choice(
            (
                "Lampiran: Tangkapan layar percakapan WhatsApp dengan layanan PPID",
                "Bukti: chat WhatsApp ke PPID KPU Sumsel (tidak dibalas)",
            )
        ),
        "hr",
        10,
    )
    x0, y0, w, h = 170.0, 84.0, 255.0, 700.0
    pg.rect(x0 - 8, y0 - 8, w + 16, h + 16, 2.0, (40, 40, 40), (30, 30, 30))
    pg.rect(x0, y0, w, h, 0, None, (236, 229, 221))
    pg.rect(x0, y0, w, 20, 0, None, (7, 94, 84))
    pg.t(x0 + 8, y0 + 14, f"{rng.randint(8, 21):02d}.{rng.randint(0, 59):02d}", "hb", 7.5, WHITE)
    pg.t(x0 + w - 8, y0 + 14, f"{rng.randint(20, 99)}%", "hr", 7.5, WHITE, "r")
    pg.rect(x0, y0 + 20, w, 38, 0, None, (7, 94, 84))
    pg.circle(x0 + 26, y0 + 39, 12, 0.5, WHITE, (200, 220, 215))
    pg.t(x0 + 46, y0 + 37, "PPID KPU Sumsel", "hb", 9.5, WHITE)
    pg.t(x0 + 46, y0 + 49, "Akun bisnis", "hr", 7, (210, 230, 225))
    y = y0 + 76
    if rng.random() < 0.5:
        msg = "Terima kasih telah menghubungi Layanan Informasi Publik KPU Provinsi Sumatera Selatan. Pesan Anda akan dibalas pada jam kerja (Senin-Jumat 08.00-16.00 WIB)."
        lines = wrap(msg, "hr", 7.6, w * 0.66)
        bh = len(lines) * 10 + 14
        pg.rect(x0 + 8, y, w * 0.72, bh, 0, None, WHITE)
        yy = y + 11
        for ln in lines:
            pg.t(x0 + 14, yy, ln, "hr", 7.6)
            yy += 10
        y += bh + 10
    msgs = rng.sample(WA_ASK, len(WA_ASK))
    for dt in dates:
        lab = fmt_date(dt, "long")
        pg.rect(x0 + w / 2 - 40, y, 80, 13, 0, None, (220, 235, 245))
        pg.t(x0 + w / 2, y + 9.5, lab, "hr", 7, align="c")
        y += 22
        for _ in range(rng.randint(1, 2)):
            msg = msgs.pop().format(name=p["core"], d=fmt_date(rd, "long"))
            lines = wrap(msg, "hr", 7.8, w * 0.62)
            bh = len(lines) * 10 + 16
            bx = x0 + w - 8 - w * 0.7
            if y + bh > y0 + h - 40:
                break
            pg.rect(bx, y, w * 0.7, bh, 0, None, (220, 248, 198))
            yy = y + 11
            for ln in lines:
                pg.t(bx + 6, yy, ln, "hr", 7.8)
                yy += 10
            pg.t(
                bx + w * 0.7 - 22,
                y + bh - 4,
                f"{rng.randint(8, 20):02d}.{rng.randint(0, 59):02d}",
                "hr",
                6,
                GREY,
                "r",
            )
            for k in (0, 4):
                pg.line(
                    bx + w * 0.7 - 18 + k,
                    y + bh - 7,
                    bx + w * 0.7 - 15 + k,
                    y + bh - 4,
                    0.8,
                    (52, 183, 241),
                )
                pg.line(
                    bx + w * 0.7 - 15 + k,
                    y + bh - 4,
                    bx + w * 0.7 - 10 + k,
                    y + bh - 10,
                    0.8,
                    (52, 183, 241),
                )
            y += bh + 8
    pg.rect(x0, y0 + h - 34, w, 34, 0, None, (240, 240, 240))
    pg.rect(x0 + 8, y0 + h - 28, w - 46, 22, 0.5, LIGHT, WHITE)
    pg.t(x0 + 18, y0 + h - 13, "Ketik pesan", "hr", 8, GREY)
    pg.circle(x0 + w - 20, y0 + h - 17, 11, 0.5, (7, 94, 84), (7, 94, 84))
    pg.as_image = True
    return pg


def k03_tidak_ditanggapi_bukti_wa(ctx: Ctx) -> Letter:
    """An objection because the request was never answered, the ground told only in words (how the
    request was handed in, the days counted, the follow-ups by telephone / WhatsApp / at the desk
    that got no answer; no huruf cited), identity rows, the request number when the writer kept
    the receipt; page 2 a printed WhatsApp screenshot of the unanswered follow-up messages."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    ref, rd = reg_number(rng, ctx.date)
    f1 = add_wd(rd, rng.randint(5, 8))
    f2 = add_wd(rd, rng.randint(11, 14))
    if f2 >= ctx.date:
        ctx.date = next_wd(f2 + timedelta(days=rng.randint(2, 6)))
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Permohonan Informasi yang Tidak Ditanggapi",
            "Pengajuan Keberatan",
            "Keberatan karena Tidak Ada Tanggapan",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, rng.choice(("1 (satu) lembar tangkapan layar", "Bukti percakapan WhatsApp")), lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [("Alamat", addr), ("No. HP/WA", p["phone"])]
    kv_rows(d, rows, x=d.L + 18)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    show_ref = rng.random() < 0.65
    how = rng.choice(
        (
            "langsung di meja layanan informasi",
            "melalui surat yang saya antar ke kantor",
            "melalui e-mail ppid@sumsel.kpu.go.id",
        )
    )
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya telah mengajukan permohonan informasi {how}"
        + (f" dan memperoleh tanda bukti dengan Nomor Pendaftaran {ref}" if show_ref else "")
        + f". Informasi yang saya minta adalah {join_items_prose(items, False)}, untuk {lc1(purpose)}.",
        justify=True,
    )
    d.para(
        f"Sampai surat ini saya buat, sudah lebih dari sepuluh hari kerja berlalu, permohonan saya tersebut sama sekali belum mendapat tanggapan, baik pemberitahuan tertulis maupun penjelasan lisan. Saya sudah menanyakannya melalui WhatsApp layanan pada tanggal {fmt_date(f1, 'long')} dan {fmt_date(f2, 'long')}, tetapi pesan saya hanya dibaca tanpa dibalas.",
        justify=True,
    )
    d.para(
        "Oleh karena itu saya mengajukan keberatan kepada Atasan PPID agar permohonan saya segera ditanggapi dan informasi yang saya minta diberikan.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(wa_screenshot(ctx, p, [f1, f2], rd))
    ktp = rng.random() < (0.5 if not show_nik else 0.25)
    if ktp:
        d.pages.append(ktp_cards(ctx, [p], "Lampiran 2: Fotokopi KTP"))
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
        objection_reason_code="c",
    )
    return Letter("keberatan", "K03_tidak_ditanggapi_bukti_wa", d.pages, fields)


FAX_SHOPS = (
    "FOTOCOPY & FAX BERKAH",
    "WARTEL SINAR JAYA",
    "RENTAL KOMPUTER AN-NUR",
    "KANTOR NOTARIS H. RUSLI, S.H.",
    "CV. MITRA USAHA",
)


def fax_header(pg: Page, when: str, shop: str, fax_from: str, k: int, n: int) -> None:
    pg.t(
        24,
        18,
        f"{when}   FROM : {shop}   FAX NO. : {fax_from}   TO : 0711 350446   P.{k:03d}/{n:03d}",
        "cr",
        7.4,
    )


def k04_faks_laporan_transmisi(ctx: Ctx) -> Letter:
    """An objection sent by fax from outside Palembang and printed by the office's fax machine: the
    sending machine's header line on top of every page (date, time, sender, fax number, page x of
    y), an ordinary typed objection (identity rows, the request number in a row, the ground in
    words, sometimes the huruf); page 2 the sender's transmission report (machine print, a table
    of the job, the result OK, a reduced picture of page 1).  Always a scan, 200 dpi, mostly
    black and white."""
    rng = ctx.rng
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    while p["city"] == "Palembang":
        p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    shop = rng.choice(FAX_SHOPS)
    fax_from, _ = landline2(rng, p["region"]["area"])
    sent = ctx.date + timedelta(days=rng.choice((0, 0, 1, 2)))
    stamp = f"{sent.strftime('%d/%m/%Y')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
    d = Doc(ctx, top=56)
    d.line_text(place_date(rng, p["city"], ctx.date), align="r")
    _nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pengajuan Keberatan",
            "Keberatan atas Permohonan Informasi",
            "Surat Keberatan (dikirim via faksimili)",
        )
    )
    lw = max(tw(ll, ctx.r, ctx.size), tw(hl, ctx.r, ctx.size)) + 8
    d.kv(ll, "-", lw)
    d.kv(hl, subj, lw)
    d.gap(6)
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.6
    ref, _rd = reg_number(rng, ctx.date)
    items = info_items(rng, 1, 2)
    purpose = rng.choice(PURPOSES)
    rows = [("Nama", p["name"])]
    if show_nik:
        rows.append(("NIK", spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows += [
        ("Alamat", addr),
        ("No. Telepon", p["phone"]),
        ("Nomor Pendaftaran Permohonan", ref),
        ("Informasi yang Diminta", "; ".join(items)),
        ("Tujuan Penggunaan", purpose),
    ]
    kv_rows(d, rows, x=d.L + 16)
    code = rng.choice("abcdefg")
    cite = rng.random() < 0.5
    d.para(
        f"dengan ini mengajukan keberatan karena {ground(rng, code)}"
        + (f" ({PASAL35.format(code)})" if cite else "")
        + ".",
        justify=True,
    )
    d.para(
        f"Karena saya berdomisili di {kab_name(p['region'])}, surat keberatan ini saya kirimkan melalui faksimili. Aslinya akan saya kirimkan melalui pos.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB))
    sign_block(d, ["Hormat saya,"], p["name"])
    page1 = d.pages[0]
    # transmission report
    tr = Page()
    mono = rng.choice(("cr", "mr"))
    y = 70.0
    for s in (
        "*****************************************",
        "***   LAPORAN PENGIRIMAN / TX REPORT   ***",
        "*****************************************",
    ):
        tr.t(PW / 2, y, s, mono, 10, align="c")
        y += 13
    y += 10
    for k, v in (("WAKTU", stamp), ("NAMA", shop), ("FAKS", fax_from), ("TEL", fax_from)):
        tr.t(110, y, f"{k:<8}: {v}", mono, 9.5)
        y += 13
    y += 14
    heads = ("NO.", "TUJUAN", "MULAI", "DURASI", "HAL.", "MODE", "HASIL")
    xs = (80, 115, 215, 310, 370, 410, 460)
    for x, h_ in zip(xs, heads, strict=True):
        tr.t(x, y, h_, mono, 9)
    y += 6
    tr.line(80, y, PW - 80, y, 0.6, INK, (2, 2))
    y += 14
    npages = len(d.pages) + 1
    row = (
        f"{rng.randint(1, 400):03d}",
        "0711350446",
        stamp[:5] + " " + stamp[-5:],
        f"0{rng.randint(0, 2)}'{rng.randint(10, 59):02d}\"",
        f"{npages:03d}",
        "ECM",
        "OK",
    )
    for x, v in zip(xs, row, strict=True):
        tr.t(x, y, v, mono, 9)
    y += 30
    thumb = render_pil(page1, 40).convert("L")
    tr.img(PW / 2 - 90, y, 180, 180 * PH / PW, thumb)
    tr.rect(PW / 2 - 90, y, 180, 180 * PH / PW, 0.5)
    pages = [*d.pages, tr]
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        fax_header(pg, stamp, shop, fax_from, k, n)
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
    mode = rng.choice(("1", "1", "L"))
    return Letter(
        "keberatan",
        "K04_faks_laporan_transmisi",
        pages,
        fields,
        scan_hint={
            "scan_only": True,
            "dpi": 200,
            "mode": mode,
            "fmt": "tif" if mode == "1" else rng.choice(("pdf", "png", "tif")),
            "received_lag": (sent - ctx.date).days,
        },
    )


YOUTH_ORGS = (
    (["KARANG TARUNA", "DESA {desa}"], "KT", True),
    (["BADAN PERMUSYAWARATAN DESA (BPD)", "DESA {desa}"], "BPD", True),
    (["IKATAN MAHASISWA MUSI RAWAS (IKMR)", "PALEMBANG"], "IKMR", False),
    (["FORUM RT/RW", "KELURAHAN {kel}"], "FRW", False),
    (["PEMUDA PANCASILA", "MAJELIS PIMPINAN RANTING {kec}"], "MPR-PP", False),
)


def receipt_copy(ctx: Ctx, p: dict, ref: str, rd: date, item: str) -> Page:
    """A photocopy of the desk's TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK."""
    rng = ctx.rng
    rc = Ctx(rng, False, False)
    rc.r, rc.b, rc.i = FAMILIES["helv"]
    rc.size = 10
    d = Doc(rc, top=60, left=80, right=PW - 80)
    d.pg.t(70, 44, "Lampiran: Fotokopi Tanda Bukti Permohonan", "hr", 9)
    top = 56.0
    kop2(
        d,
        [(KPU_LINES[0], "hb", 14), (KPU_LINES[1], "hb", 12)],
        KPU_SUB,
        "l",
        INK,
        "double",
        y=66.0,
        kinds=("garuda",),
    )
    d.y -= 8
    d.line_text("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", "hb", 10.5, align="c")
    d.gap(6)
    rows = [
        ("Nomor Pendaftaran", ref),
        ("Tanggal Permohonan", fmt_date(rd, "long")),
        ("Nama Pemohon", p["name"]),
        ("Informasi yang Diminta", item),
        ("Cara Penyampaian", rng.choice(("Langsung", "Surat", "E-mail"))),
    ]
    kv_rows(d, rows, size=9.5)
    d.gap(6)
    d.para(
        "Pemberitahuan tertulis atas permohonan ini akan disampaikan paling lambat 10 (sepuluh) hari kerja sejak permohonan diterima.",
        size=8.5,
    )
    d.gap(4)
    y0 = d.y
    d.pg.t(d.R - 160, y0, "Petugas Pelayanan Informasi,", "hr", 9)
    rc.sig(d.pg, d.R - 150, y0 + 4, 70, (25, 25, 30))
    d.pg.t(d.R - 160, y0 + 50, make_person(rng, degree_p=0.4)["name"], "hb", 9)
    d.pg.rect(70, top, PW - 140, y0 + 66 - top, 0.8)
    d.pg.as_image = True
    return d.pages[0]


def k05_organisasi_tanda_bukti(ctx: Ctx) -> Letter:
    """A village or youth organisation (Karang Taruna, BPD, a student association, an RT/RW
    forum) objects on its letterhead: Nomor / Sifat / Lampiran / Perihal, its chair named in the
    first sentence with NIK and phone, the ground in words (the huruf now and then), and page 2 a
    photocopy of the desk's TANDA BUKTI PENERIMAAN PERMOHONAN carrying the request number that
    the letter itself does not always repeat."""
    rng = ctx.rng
    lines_t, code_o, village = rng.choice(YOUTH_ORGS)
    reg = (
        rng.choice([r for r in REGIONS if any(pl[2] for pl in r["places"])])
        if village
        else REGIONS[0]
    )
    p = make_person(rng, degree_p=0.3, prefix_p=0.08, region=reg)
    desa = rng.choice([pl for pl in reg["places"] if pl[2]]) if village else ("", "", True)
    kel = rng.choice(REGIONS[0]["places"])
    lines = [
        s.format(desa=desa[0].upper(), kel=kel[0].upper(), kec=kel[1].upper()) for s in lines_t
    ]
    d = Doc(ctx, top=50)
    sub = (
        [f"Sekretariat: Balai Desa {desa[0]}, Kecamatan {desa[1]}, {kab_name(reg)}"]
        if "DESA" in lines[-1]
        else [f"Sekretariat: {office_address(rng)}"]
    )
    kop2(
        d,
        [(lines[0], ctx.b, 15), (lines[1], ctx.b, 13)],
        sub,
        rng.choice(("l", "c", "lr")),
        rng.choice((INK, GREEN, MAROON, NAVY)),
        rng.choice(("double", "thinthick", "band")),
        kinds=("shield", "garuda"),
    )
    num = f"{rng.randint(1, 90):03d}/{code_o}/{rng.choice(('SEK', 'X', 'B'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Permohonan Informasi Publik",
            "Pengajuan Keberatan",
            "Keberatan terhadap Jawaban PPID",
        )
    )
    nomor_block(
        d,
        [
            (nl, num),
            ("Sifat", rng.choice(("Penting", "Biasa"))),
            (ll, "1 (satu) lembar"),
            (hl, subj),
        ],
        place_date(rng, desa[0] if village else "Palembang", ctx.date),
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    ref, rd = reg_number(rng, ctx.date)
    item = info_item(rng)
    addr = fmt_address(p, rng)
    show_nik = rng.random() < 0.55
    role = "Ketua"
    s = f"Yang bertanda tangan di bawah ini, {p['name']}"
    if show_nik:
        s += f", NIK {p['nik']}"
    s += f", selaku {role} {title_id(' '.join(lines))}, beralamat di {addr}, nomor HP {p['phone']}, dengan ini mengajukan keberatan atas permohonan informasi yang kami ajukan pada tanggal {fmt_date(rd, 'long')}"
    in_body = rng.random() < 0.45
    if in_body:
        s += f" dengan Nomor Pendaftaran {ref}"
    s += f" mengenai {lc1(item)}."
    d.para(s, justify=True)
    code = rng.choice("abcdeg")
    cite = rng.random() < 0.4
    d.para(
        f"Adapun alasan keberatan kami adalah {ground(rng, code).replace('saya', 'kami')}"
        + (f", sebagaimana diatur dalam {PASAL35.format(code)}" if cite else "")
        + ".",
        justify=True,
    )
    purpose = rng.choice(PURPOSES)
    show_purpose = rng.random() < 0.5
    if show_purpose:
        d.para(f"Informasi tersebut sangat kami perlukan untuk {lc1(purpose)}.", justify=True)
    d.para(
        "Sebagai bukti, bersama ini kami lampirkan fotokopi tanda bukti penerimaan permohonan informasi.",
        justify=True,
    )
    d.para(
        rng.choice(
            (
                "Demikian keberatan ini kami sampaikan. Atas perhatian dan tanggapannya kami ucapkan terima kasih.",
                "Atas perhatian dan tanggapan Bapak/Ibu, kami ucapkan terima kasih.",
            )
        ),
        justify=True,
    )
    sign_block(
        d,
        [f"{role} {code_o if len(code_o) <= 4 else lines[0].title()},"],
        p["name"],
        stamp=(lines[0][:30], code_o),
    )
    d.pages.append(receipt_copy(ctx, p, ref, rd, item))
    ktp = rng.random() < 0.3
    if ktp:
        d.pages.append(ktp_cards(ctx, [p], f"Fotokopi KTP {role} {title_id(lines[0])}"))
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if (show_nik or ktp) else None,
        address=addr,
        phone=p["e164"],
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=" ".join(lines),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K05_organisasi_tanda_bukti", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def ki_register2(rng: random.Random, d: date) -> str:
    n = rng.randint(1, 60)
    return rng.choice(
        (
            f"{n:03d}/REG-PSI/{roman(d.month)}/{d.year}",
            f"{n:03d}/REG-PSI/{roman(d.month)}/{d.year}",
            f"{n:03d}/PSI/KI-SS/{roman(d.month)}/{d.year}",
            f"REG.{n:03d}/{roman(d.month)}/KI-SS-PS/{d.year}",
            f"{n:02d}/KI-SS/REG-PS/{d.year}",
        )
    )


def ki_yth(rng: random.Random) -> list[str]:
    return rng.choice(
        (
            [
                "Kepada Yth.",
                "PPID Komisi Pemilihan Umum",
                "Provinsi Sumatera Selatan",
                "di -",
                "Palembang",
            ],
            [
                "Yth. Ketua KPU Provinsi Sumatera Selatan",
                "selaku Atasan PPID",
                "Jl. Kapten A. Rivai No. 95",
                "Palembang",
            ],
        )
    )


def s01_registrasi_kotak(ctx: Ctx) -> Letter:
    """The KI's notice that a dispute has been registered, with the register number in a framed
    header box under the letterhead (the notice's title, "Register Nomor" in bold, the date of
    registration), then the letter's own Nomor / Lampiran (/ Hal), the parties in two framed
    panels one under the other (PEMOHON with the address, TERMOHON), the disputed information and
    sometimes the request number, what happens next, the registrar's or the chair's signature."""
    rng = ctx.rng
    d = Doc(ctx, top=54)
    org = kop_ki2(d, rng)
    d.y -= 8
    regd = prev_wd(ctx.date - timedelta(days=rng.randint(0, 4)))
    reg = ki_register2(rng, regd)
    pg = d.pg
    bh = 54.0
    pg.rect(d.L, d.y, d.W, bh, 1.6)
    pg.rect(d.L + 3, d.y + 3, d.W - 6, bh - 6, 0.5)
    pg.t(
        PW / 2,
        d.y + 17,
        "PEMBERITAHUAN REGISTRASI SENGKETA INFORMASI PUBLIK",
        ctx.b,
        ctx.size,
        align="c",
    )
    pg.t(PW / 2, d.y + 32, f"Register Nomor : {reg}", ctx.b, ctx.size + 1, align="c")
    pg.t(
        PW / 2,
        d.y + 46,
        f"Tanggal Registrasi : {fmt_date(regd, 'long')}",
        ctx.r,
        ctx.size - 1,
        align="c",
    )
    d.y += bh + 22
    num = f"{rng.randint(20, 600):03d}/KI-SS/{rng.choice(('PS', 'PAN', 'KPN'))}/{roman(ctx.date.month)}/{ctx.date.year}"
    show_hal = rng.random() < 0.5
    subj = rng.choice(
        (
            "Pemberitahuan Registrasi Sengketa",
            "Pemberitahuan Registrasi Permohonan Penyelesaian Sengketa Informasi",
        )
    )
    nl, ll, hl = labels(rng)
    rows = [(nl, num), (ll, rng.choice(("1 (satu) berkas", "-")))]
    if show_hal:
        rows.append((hl, subj))
    nomor_block(d, rows, place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))))
    yth_block(d, ki_yth(rng))
    d.gap(6)
    d.para(
        "Dengan hormat, bersama ini kami beritahukan bahwa permohonan penyelesaian sengketa informasi publik sebagaimana tersebut di atas telah diterima dan dicatat dalam Buku Register Sengketa Komisi Informasi Provinsi Sumatera Selatan, dengan para pihak sebagai berikut:",
        justify=True,
    )
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    show_addr = rng.random() < 0.7
    addr = fmt_address(p, rng)
    for title, prow in (
        ("PEMOHON", [("Nama", p["name"])] + ([("Alamat", addr)] if show_addr else [])),
        (
            "TERMOHON",
            [
                (
                    "Nama",
                    "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan",
                ),
                ("Alamat", "Jl. Kapten A. Rivai No. 95 Palembang"),
            ],
        ),
    ):
        d.need(60)
        top = d.y
        pg0 = d.pg
        d.gap(14)
        d.line_text(title, ctx.b, ctx.size - 0.5, x=d.L + 8)
        save = d.R
        d.R = d.R - 8
        kv_rows(d, prow, x=d.L + 8)
        d.R = save
        if d.pg is pg0:
            pg0.rect(d.L, top, d.W, d.y - top - ctx.size * 1.42 + 7, 0.6)
        d.gap(10)
    show_item = rng.random() < 0.8
    item = info_item(rng)
    show_ref = rng.random() < 0.5
    ref, _ = reg_number(rng, regd - timedelta(days=40))
    if show_item:
        d.kv("Objek Sengketa", item, 112)
    if show_ref:
        d.kv("Nomor Pendaftaran Permohonan", ref, 112)
    d.gap(4)
    d.para(
        "Selanjutnya Termohon diminta menyiapkan tanggapan tertulis dan dokumen pendukung. Jadwal sidang pemeriksaan awal akan disampaikan melalui surat panggilan tersendiri. Para pihak dapat memantau perkembangan perkara melalui kepaniteraan.",
        justify=True,
    )
    d.para("Demikian pemberitahuan ini disampaikan untuk menjadi perhatian.")
    who = rng.random() < 0.5
    sign_block(
        d,
        ["Panitera Komisi Informasi", "Provinsi Sumatera Selatan,"]
        if who
        else ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"],
        make_person(rng, degree_p=1.0)["name"],
        stamp=("KOMISI INFORMASI PROVINSI SUMSEL", "KI"),
    )
    tembusan(d, [f"Sdr. {p['name']} selaku Pemohon", "Arsip"])
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj if show_hal else None,
        sender_org=org,
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S01_registrasi_kotak", d.pages, fields)


def s02_relaas_panggilan_sidang(ctx: Ctx) -> Letter:
    """The KI bailiff's RELAAS PANGGILAN SIDANG served at the KPU: register number under the title,
    the serving told as a narrative ("Pada hari ini ... tanggal ... bulan ... tahun ..., saya ...,
    Juru Panggil ... telah memanggil dengan resmi dan patut"), the respondent's rows, the caption
    of the case (the applicant, his address sometimes), the hearing's day, hour, place and agenda,
    and a receipt part whose name and position lines were filled in by hand by the KPU staff who
    took it ("Yang Menerima" / "Juru Panggil")."""
    rng = ctx.rng
    ink = ctx.ink
    d = Doc(ctx, top=54)
    org = kop_ki2(d, rng)
    d.y -= 6
    regd = ctx.date - timedelta(days=rng.randint(15, 50))
    reg = ki_register2(rng, regd)
    acara = rng.choice(("PEMERIKSAAN AWAL", "MEDIASI", "AJUDIKASI NONLITIGASI", "PEMBUKTIAN"))
    d.line_text("RELAAS PANGGILAN SIDANG", ctx.b, ctx.size + 2.5, align="c")
    d.line_text(acara, ctx.b, ctx.size, align="c")
    d.line_text(f"Register Nomor: {reg}", ctx.r, ctx.size, align="c")
    show_num = rng.random() < 0.45
    num = f"{rng.randint(10, 300):03d}/RLS/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        d.line_text(f"Nomor: {num}", ctx.r, ctx.size - 1, align="c")
    d.gap(8)
    dt = ctx.date
    jp = make_person(rng, degree_p=0.5)
    pen = f"{rng.randint(10, 200):03d}/PEN-MK/KI-SS/{roman(regd.month)}/{regd.year}"
    d.para(
        f"Pada hari ini {HARI[dt.weekday()]} tanggal {terbilang(dt.day)} bulan {BULAN[dt.month - 1]} tahun {terbilang(dt.year)} ({dt.strftime('%d-%m-%Y')}), saya {jp['name']}, Juru Panggil pada Komisi Informasi Provinsi Sumatera Selatan, berdasarkan Penetapan Ketua Majelis Komisioner Nomor {pen}, telah memanggil dengan resmi dan patut:",
        justify=True,
    )
    kv_rows(
        d,
        [
            (
                "Nama",
                "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            ),
            ("Kedudukan", "TERMOHON"),
            ("Alamat", "Jl. Kapten A. Rivai No. 95 Palembang"),
        ],
        x=d.L + 20,
    )
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    show_addr = rng.random() < 0.45
    addr = fmt_address(p, rng)
    show_item = rng.random() < 0.5
    item = info_item(rng)
    s = f"untuk hadir dalam sidang {acara.lower()} sengketa informasi publik antara {p['name']}"
    if show_addr:
        s += f", beralamat di {addr},"
    s += " sebagai PEMOHON, melawan PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan sebagai TERMOHON"
    if show_item:
        s += f", mengenai permohonan informasi berupa {lc1(item)}"
    s += ", yang akan dilaksanakan pada:"
    d.para(s, justify=True)
    hear = add_wd(dt, rng.randint(3, 8))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(hear, "day")),
            ("Pukul", f"{rng.choice(('09.00', '09.30', '10.00', '13.30'))} WIB s.d. selesai"),
            (
                "Tempat",
                rng.choice(
                    (
                        "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
                        "Ruang Sidang Lantai 2, Jl. Kapten A. Rivai No. 3 Palembang",
                    )
                ),
            ),
        ],
        x=d.L + 20,
    )
    d.para(
        "Termohon diminta hadir sendiri atau diwakili oleh kuasanya dengan membawa surat kuasa/surat tugas serta dokumen yang berkaitan dengan sengketa. Relaas panggilan ini saya serahkan kepada:",
        justify=True,
    )
    receiver = make_person(rng, degree_p=0.2)
    d.need(40)
    for k, v in (
        ("Nama", receiver["core"]),
        ("Jabatan", rng.choice(("Staf Subbag Hukum", "Petugas PPID", "Staf TU", "Agendaris"))),
    ):
        d.pg.t(d.L + 20, d.y, k, ctx.r, ctx.size)
        d.pg.t(d.L + 90, d.y, ":", ctx.r, ctx.size)
        dotted(d.pg, d.L + 98, d.y, d.L + 330)
        d._hand(d.L + 102, d.y - 1, v, ctx.size + 1.5, ink)
        d.gap(18)
    d.need(110)
    y0 = d.y + 6
    pg = d.pg
    pg.t(d.L + 10, y0, "Yang Menerima,", ctx.r, ctx.size)
    pg.t(d.R - 170, y0, "Juru Panggil,", ctx.r, ctx.size)
    ctx.sig(pg, d.L + 14, y0 + 4, 74, ink)
    ctx.sig(pg, d.R - 166, y0 + 4, 80)
    pg.t(d.L + 10, y0 + 58, "(", ctx.r, ctx.size)
    d._hand(d.L + 18, y0 + 57, receiver["core"], ctx.size + 1.5, ink)
    pg.t(d.L + 26 + tw(receiver["core"], "hand", ctx.size + 1.5), y0 + 58, ")", ctx.r, ctx.size)
    pg.t(d.R - 170, y0 + 58, jp["name"], ctx.b, ctx.size)
    d.y = y0 + 80
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num if show_num else None,
        letter_date=ctx.date.isoformat(),
        sender_org=org,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S02_relaas_panggilan_sidang", d.pages, fields)


SELA_AMAR = (
    "Menyatakan Pemohon memiliki kedudukan hukum (legal standing) sebagai Pemohon dalam sengketa informasi publik ini.",
    "Menyatakan Komisi Informasi Provinsi Sumatera Selatan berwenang memeriksa dan memutus sengketa informasi publik a quo.",
    "Menyatakan permohonan penyelesaian sengketa informasi publik diajukan masih dalam jangka waktu yang ditentukan.",
)
SELA_NEXT = (
    "Memerintahkan para pihak untuk melanjutkan ke tahap pemeriksaan pokok perkara.",
    "Memerintahkan para pihak untuk menempuh proses mediasi terlebih dahulu.",
    "Memerintahkan Termohon untuk menyerahkan dokumen yang disengketakan kepada Majelis Komisioner guna pemeriksaan tertutup.",
)


def s03_putusan_sela_kutipan(ctx: Ctx) -> Letter:
    """A certified extract (KUTIPAN) of a KI interlocutory decision: "KUTIPAN PUTUSAN SELA", its
    Nomor, "DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA", the case caption (applicant,
    address sometimes, register number, the disputed information sometimes), "MENGADILI:" with
    three or four numbered orders, the deliberation and pronouncement days, and the clerk's
    "Kutipan ini sesuai dengan aslinya" with a stamp; no letterhead rule, a thin frame sometimes."""
    rng = ctx.rng
    d = Doc(ctx, top=64)
    title = rng.random() < 0.35
    ki = (
        ["Komisi Informasi", "Provinsi Sumatera Selatan"]
        if title
        else ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"]
    )
    logo(d.pg, PW / 2 - 20, 34, 40, "garuda")
    d.y = 92
    for s in ki:
        d.line_text(s, ctx.b, ctx.size + 2, align="c")
    d.gap(8)
    read = next_wd(ctx.date)
    ctx.date = read
    delib = prev_wd(read - timedelta(days=rng.randint(1, 6)))
    regd = read - timedelta(days=rng.randint(20, 60))
    reg = ki_register2(rng, regd)
    num = f"{rng.randint(1, 60):03d}/PTS-SELA/KI-SS/{roman(read.month)}/{read.year}"
    d.line_text("KUTIPAN PUTUSAN SELA", ctx.b, ctx.size + 2, align="c")
    d.line_text(f"Nomor: {num}", ctx.r, ctx.size, align="c")
    d.gap(6)
    d.line_text("DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA", ctx.b, ctx.size, align="c")
    d.gap(6)
    p = make_person(rng, degree_p=0.3, prefix_p=0.1)
    show_addr = rng.random() < 0.55
    addr = fmt_address(p, rng)
    show_item = rng.random() < 0.6
    item = info_item(rng)
    show_ref = show_item and rng.random() < 0.4
    ref, _ = reg_number(rng, regd - timedelta(days=45))
    s = f"Majelis Komisioner Komisi Informasi Provinsi Sumatera Selatan yang memeriksa dan memutus Sengketa Informasi Publik Register Nomor {reg} antara {p['name']}"
    if show_addr:
        s += f", beralamat di {addr}"
    s += ", sebagai Pemohon, melawan Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan, sebagai Termohon"
    if show_item:
        s += ", mengenai permohonan informasi"
        if show_ref:
            s += f" Nomor Pendaftaran {ref}"
        s += f" berupa {lc1(item)}"
    s += ", telah menjatuhkan Putusan Sela sebagai berikut:"
    d.para(s, justify=True)
    d.gap(2)
    d.line_text("MENGADILI:", ctx.b, ctx.size, align="c")
    amar = [*rng.sample(SELA_AMAR, rng.randint(2, 3)), rng.choice(SELA_NEXT)]
    amar.append(
        "Menangguhkan segala sesuatu yang berkaitan dengan pokok perkara sampai dengan putusan akhir."
    )
    d.numbered(amar, "{}.", x=d.L + 14, hang=16)
    panel = [make_person(rng, degree_p=1.0)["name"] for _ in range(3)]
    d.para(
        f"Demikian diputuskan dalam Rapat Musyawarah Majelis Komisioner pada hari {HARI[delib.weekday()]} tanggal {fmt_date(delib, 'long')} oleh {panel[0]} selaku Ketua Majelis, {panel[1]} dan {panel[2]} masing-masing selaku Anggota Majelis, dan diucapkan dalam sidang terbuka untuk umum pada hari {HARI[read.weekday()]} tanggal {fmt_date(read, 'long')}.",
        justify=True,
    )
    d.gap(4)
    clerk = make_person(rng, degree_p=0.9)
    d.need(110)
    x = d.R - 200
    d.line_text("Kutipan ini sesuai dengan aslinya,", x=x)
    d.line_text("Panitera Pengganti,", x=x)
    ctx.sig(d.pg, x + 4, d.y - 8, 84)
    ctx.stamp(d.pg, x - 50, d.y - 20, "KOMISI INFORMASI PROVINSI SUMSEL", "KI", 70)
    d.gap(40)
    d.line_text(clerk["name"], ctx.b, x=x)
    if rng.random() < 0.5:
        d.pg.rect(40, 24, PW - 80, PH - 48, 0.6)
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested=item if show_item else None,
        letter_number=num,
        letter_date=read.isoformat(),
        sender_org=" ".join(ki),
        reference_registration_number=ref if show_ref else None,
        dispute_register_number=reg,
    )
    return Letter("sengketa", "S03_putusan_sela_kutipan", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
MEDIA = (
    (
        "HARIAN BUMI SRIWIJAYA",
        "PT Bumi Sriwijaya Media",
        "bumisriwijaya.co.id",
        "BS",
        (180, 20, 30),
    ),
    ("SRIWIJAYA RAYA NEWS", "PT Sriwijaya Raya Pers", "sriwijayaraya.com", "SRN", (10, 60, 140)),
    ("WARTA BATANGHARI SEMBILAN", "PT Batanghari Media Utama", "wartab9.id", "WB9", (0, 110, 70)),
    ("MUSI TODAY", "PT Musi Digital Nusantara", "musitoday.id", "MT", (200, 90, 0)),
)
INTERVIEW_TOPICS = (
    "Kesiapan pemutakhiran data pemilih berkelanjutan tahun ini",
    "Evaluasi penyelenggaraan Pemilihan Serentak 2024 di Sumatera Selatan",
    "Keterbukaan informasi publik dan layanan PPID di KPU Provinsi Sumatera Selatan",
    "Tindak lanjut permohonan informasi dan keberatan dari masyarakat",
    "Partisipasi pemilih pemula dan penyandang disabilitas",
    "Pengelolaan arsip dan dokumen hasil pemilu",
)


def m01_media_wawancara(ctx: Ctx) -> Letter:
    """A newspaper asks for an interview with the chair (not a request for information under the
    statute): masthead with the publisher and press-council line, Nomor / Lampiran / Hal, topic
    bullets that speak of "keterbukaan informasi" and "permohonan informasi", the reporter's rows
    (name, press card, phone), the preferred time, the editor-in-chief signs."""
    rng = ctx.rng
    name, pub, dom, code, col = rng.choice(MEDIA)
    d = Doc(ctx, top=46)
    pg = d.pg
    pg.t(d.L, 72, name, "hb", min(26.0, d.W / tw(name, "hb", 1)), col)
    pg.t(d.L, 88, f"Penerbit: {pub}  |  Terverifikasi Dewan Pers", "hi", 8, GREY)
    pg.t(d.R, 88, f"www.{dom}", "hr", 8, GREY, "r")
    pg.rect(d.L, 94, d.W, 3, 0, None, col)
    pg.t(d.L, 108, f"Redaksi: {office_address(rng)}  Telp. {landline2(rng, '0711')[0]}", "hr", 7.5)
    d.y = 136
    num = f"{rng.randint(10, 300):03d}/Red-{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Wawancara",
            "Permohonan Wawancara Eksklusif",
            "Permohonan Narasumber Rubrik Bincang Demokrasi",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], place_date(rng, "Palembang", ctx.date))
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Ketua Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ],
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    rubric = rng.choice(("Bincang Demokrasi", "Sosok", "Tanya Jawab Pekan Ini", "Laporan Khusus"))
    d.para(
        f'Dalam rangka pemberitaan pada rubrik "{rubric}" {name.title()}, redaksi bermaksud melakukan wawancara dengan Bapak/Ibu Ketua KPU Provinsi Sumatera Selatan seputar:',
        justify=True,
    )
    for t in rng.sample(INTERVIEW_TOPICS, rng.randint(2, 4)):
        d.need(14)
        d.pg.t(d.L + 14, d.y, "-", ctx.r, ctx.size)
        d.para(t, x=d.L + 26)
    rep = make_person(rng, degree_p=0.3, job="Wartawan")
    d.para("Wawancara akan dilakukan oleh wartawan kami:")
    kv_rows(
        d,
        [
            ("Nama", rep["name"]),
            (
                "No. Kartu Pers",
                f"{code}/{rng.randint(100, 999)}/{ctx.date.year - rng.randint(0, 3)}",
            ),
            ("No. HP", rep["phone"]),
        ],
        x=d.L + 20,
    )
    when = add_wd(ctx.date, rng.randint(2, 6))
    d.para(
        f"Kami berharap wawancara dapat dilaksanakan pada {fmt_date(when, 'day')} atau pada waktu lain yang Bapak/Ibu tentukan, secara tatap muka maupun daring. Hasil wawancara akan dimuat dalam edisi cetak dan laman {dom}.",
        justify=True,
    )
    d.para(
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kesediaannya kami ucapkan terima kasih.",
        justify=True,
    )
    sign_block(d, ["Pemimpin Redaksi,"], make_person(rng, degree_p=0.5)["name"], stamp=(name, code))
    fields = sm_fields(num, ctx.date, subj, name)
    return Letter("surat_masuk", "M01_media_wawancara", d.pages, fields)


PDPB_SUBJ = (
    "Pelaksanaan Pemutakhiran Data Pemilih Berkelanjutan Triwulan {q} Tahun {y}",
    "Sinkronisasi Data Pemilih Berkelanjutan dengan Data Kependudukan",
    "Penyampaian Rekapitulasi Hasil Pemutakhiran Data Pemilih Berkelanjutan Semester {s} Tahun {y}",
)


def m02_kpuri_surat_dinas_pdpb(ctx: Ctx) -> Letter:
    """KPU RI's SURAT DINAS on continuous voter-data updating (PDPB) to every provincial KPU
    ("daftar terlampir"): centred emblem letterhead, the "-SD/" number, Sifat, Lampiran, Hal, the
    numbered points with lettered sub-points, "a.n. Ketua / Sekretaris Jenderal" or the chair,
    an electronic-signature note sometimes, page 2 the Lampiran schedule table."""
    rng = ctx.rng
    d = Doc(ctx, top=40)
    kop2(
        d,
        [("KOMISI PEMILIHAN UMUM", ctx.b, 15), ("REPUBLIK INDONESIA", ctx.b, 13)],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310", "Telepon (021) 31937223  Laman www.kpu.go.id"],
        rng.choice(("c", "l")),
        INK,
        rng.choice(("double", "single", None)),
        kinds=("garuda",),
    )
    if rng.random() < 0.5:
        d.line_text("SURAT DINAS", ctx.b, ctx.size + 1, align="c")
        d.gap(4)
    q = rng.randint(1, 4)
    subj = rng.choice(PDPB_SUBJ).format(q=roman(q), y=ctx.date.year, s=rng.choice(("I", "II")))
    num = f"{rng.randint(100, 2999)}/PL.02.1-SD/{rng.choice(('01', '03', '05'))}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [
            (nl, num),
            ("Sifat", rng.choice(("Segera", "Penting"))),
            (ll, "1 (satu) berkas"),
            (hl, subj),
        ],
        place_date(rng, "Jakarta", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi", "(daftar terlampir)", "di -", "Tempat"])
    d.gap(6)
    d.para(
        "Dalam rangka menjaga kemutakhiran, akurasi, dan kesinambungan daftar pemilih, bersama ini disampaikan hal-hal sebagai berikut:",
        justify=True,
    )
    pts = [
        (
            "KPU Provinsi agar melakukan koordinasi dan supervisi kepada KPU Kabupaten/Kota dalam pelaksanaan pemutakhiran data pemilih berkelanjutan dengan ketentuan:",
            [
                "melakukan pencocokan data pemilih dengan data kependudukan yang diterima dari Kementerian Dalam Negeri;",
                "melakukan koordinasi dengan instansi terkait mengenai data pemilih yang meninggal dunia, pindah domisili, serta perubahan status TNI/Polri;",
                "menyampaikan hasil pemutakhiran melalui aplikasi Sidalih paling lambat tanggal yang tercantum dalam lampiran surat ini;",
            ],
        ),
        (
            "Hasil rekapitulasi pemutakhiran data pemilih berkelanjutan diumumkan kepada publik melalui laman resmi dengan tetap memperhatikan pelindungan data pribadi.",
            [],
        ),
        (
            "Permohonan informasi dari masyarakat terkait data pemilih dilayani oleh PPID sesuai ketentuan peraturan perundang-undangan tentang keterbukaan informasi publik.",
            [],
        ),
    ]
    for i, (t, subs) in enumerate(pts, 1):
        d.need(15)
        d.pg.t(d.L, d.y, f"{i}.", ctx.r, ctx.size)
        d.para(t, x=d.L + 16, justify=True)
        for j, st in enumerate(subs):
            d.need(15)
            d.pg.t(d.L + 16, d.y, f"{'abcd'[j]}.", ctx.r, ctx.size)
            d.para(st, x=d.L + 32, justify=True)
    d.para("Demikian disampaikan untuk dilaksanakan.")
    roles = ["a.n. Ketua", "Sekretaris Jenderal,"] if rng.random() < 0.5 else ["Ketua,"]
    sign_block(d, roles, make_person(rng, degree_p=1.0, prefix_p=0.3)["name"])
    if rng.random() < 0.5:
        d.need(40)
        d.pg.rect(d.L, d.y - 10, d.W, 30, 0.5, GREY)
        d.para(
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN.",
            size=7.5,
            x=d.L + 6,
            w=d.W - 12,
        )
    d.newpage()
    d.line_text(f"Lampiran Surat Dinas Nomor {num}", size=ctx.size - 1, x=d.R - 260)
    d.line_text(f"Tanggal {fmt_date(ctx.date, 'long')}", size=ctx.size - 1, x=d.R - 260)
    d.gap(10)
    d.line_text("JADWAL PEMUTAKHIRAN DATA PEMILIH BERKELANJUTAN", ctx.b, ctx.size, align="c")
    rows = []
    base = ctx.date
    for k, act in enumerate(
        (
            "Penerimaan data kependudukan dari Kemendagri",
            "Pencocokan dan penelitian data pemilih",
            "Rapat koordinasi dengan pemangku kepentingan",
            "Rekapitulasi tingkat kabupaten/kota",
            "Rekapitulasi tingkat provinsi",
            "Penyampaian hasil ke KPU",
        ),
        1,
    ):
        rows.append([str(k), act, fmt_date(add_wd(base, 5 * k), "long")])
    table2(
        d, [26.0, d.W - 26 - 130, 130.0], rows, ["No", "Kegiatan", "Batas Waktu"], size=ctx.size - 1
    )
    d.line_text("Daftar Yth. Ketua KPU Provinsi:", size=ctx.size - 1)
    provs = (
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
    )
    d.para(
        "; ".join(f"{i}. {pv}" for i, pv in enumerate(provs, 1)) + "; dan seterusnya.",
        size=ctx.size - 1.5,
    )
    fields = sm_fields(num, ctx.date, subj, "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA")
    return Letter("surat_masuk", "M02_kpuri_surat_dinas_pdpb", d.pages, fields)


DUKCAPIL = (
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
        1,
        "470/{n}/Disdukcapil/{y}",
        "Jl. Kapten A. Rivai No. 18 Palembang 30129",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    ),
    (
        [
            "KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA",
            "DIREKTORAT JENDERAL KEPENDUDUKAN DAN PENCATATAN SIPIL",
        ],
        1,
        "400.8.3/{n}/Dukcapil",
        "Jl. Raya Pasar Minggu KM 19 Jakarta Selatan 12520",
        "Direktur Jenderal Kependudukan dan Pencatatan Sipil",
    ),
    (
        ["PEMERINTAH KOTA PALEMBANG", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
        1,
        "470/{n}/DKPS/{y}",
        "Jl. Merdeka No. 1 Palembang 30131",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Palembang",
    ),
)
DUK_SUBJ = (
    "Penyampaian Data Penduduk Meninggal Dunia untuk Sinkronisasi DPT",
    "Sinkronisasi Data Kependudukan dengan Data Pemilih Berkelanjutan",
    "Hasil Pencocokan NIK Daftar Pemilih dengan Database Kependudukan",
)


def m03_dukcapil_sinkronisasi(ctx: Ctx) -> Letter:
    """The population-registry office (provincial or city Disdukcapil, or the Directorate General
    at the Ministry of Home Affairs) on synchronising population data with the voter list: a
    "RAHASIA"-style warning on personal data, the cooperation agreement cited, a table per regency
    (deaths, moves, NIK not matched, new 17-year-olds), the delivery by encrypted media."""
    rng = ctx.rng
    lines, _k, fmtn, addr, role = rng.choice(DUKCAPIL)
    d = Doc(ctx, top=46)
    kop2(
        d,
        [(lines[0], ctx.b, 11.5), (lines[1], ctx.b, 14)],
        [addr + f"  Telp. {landline2(rng, '0711' if 'Palembang' in addr else '021')[0]}"],
        rng.choice(("l", "c")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda", "shield"),
    )
    num = fmtn.format(n=rng.randint(100, 4999), y=ctx.date.year)
    if "{y}" not in fmtn:
        num += f"/{ctx.date.year}"
    subj = rng.choice(DUK_SUBJ)
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [
            (nl, num),
            ("Sifat", rng.choice(("Penting/Rahasia", "Terbatas", "Segera"))),
            (ll, "1 (satu) berkas"),
            (hl, subj),
        ],
        place_date(
            rng,
            "Jakarta" if "KEMENTERIAN" in lines[0] else "Palembang",
            ctx.date,
            rng.choice(("long", "long0")),
        ),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    pks = f"{rng.randint(1, 99)}/PKS/{rng.choice(('DUKCAPIL', 'DKPS'))}/{ctx.date.year - rng.randint(0, 2)}"
    d.para(
        f"Menindaklanjuti Perjanjian Kerja Sama Nomor {pks} tentang Pemanfaatan Data Kependudukan dalam rangka Pemutakhiran Data Pemilih Berkelanjutan, bersama ini kami sampaikan hasil pencocokan data kependudukan dengan data pemilih sebagai berikut:",
        justify=True,
        indent=24,
    )
    kabs = rng.sample([r for r in KABS], rng.randint(4, 7))
    rows = []
    for i, kb in enumerate(kabs, 1):
        rows.append(
            [
                str(i),
                kb,
                f"{rng.randint(120, 4800):,}".replace(",", "."),
                f"{rng.randint(50, 2200):,}".replace(",", "."),
                f"{rng.randint(5, 600):,}".replace(",", "."),
                f"{rng.randint(300, 9000):,}".replace(",", "."),
            ]
        )
    table2(
        d,
        [22.0, d.W - 22 - 4 * 78, 78.0, 78.0, 78.0, 78.0],
        rows,
        [
            "No",
            "Kabupaten/Kota",
            "Meninggal Dunia",
            "Pindah Keluar",
            "NIK Tidak Padan",
            "Pemilih Pemula (17 th)",
        ],
        size=ctx.size - 2,
    )
    d.para(
        "Data rinci by name by address kami serahkan dalam media penyimpanan terenkripsi kepada petugas yang ditunjuk. Data tersebut merupakan data pribadi yang dilindungi sebagaimana diatur dalam Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, sehingga hanya dapat digunakan untuk keperluan pemutakhiran data pemilih dan tidak untuk dipublikasikan.",
        justify=True,
        indent=24,
    )
    d.para(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", indent=24
    )
    sign_block(
        d,
        [f"{role},"],
        make_person(rng, degree_p=1.0, prefix_p=0.2)["name"],
        sub=f"NIP {nip(rng)}" if "KEMENTERIAN" not in lines[0] else None,
    )
    fields = sm_fields(num, ctx.date, subj, lines[1])
    return Letter("surat_masuk", "M03_dukcapil_sinkronisasi", d.pages, fields)


POLICE = (
    (
        ["KEPOLISIAN DAERAH SUMATERA SELATAN"],
        "KEPALA KEPOLISIAN DAERAH SUMATERA SELATAN",
        "INSPEKTUR JENDERAL POLISI",
        "OPS",
        "Jalan Jenderal Sudirman KM 4,5 Palembang 30128",
        "Palembang",
    ),
    (
        ["KEPOLISIAN DAERAH SUMATERA SELATAN", "RESOR KOTA BESAR PALEMBANG"],
        "KEPALA KEPOLISIAN RESOR KOTA BESAR PALEMBANG",
        "KOMISARIS BESAR POLISI",
        "Ops",
        "Jalan Gubernur H. Bastari, Jakabaring, Palembang 30257",
        "Palembang",
    ),
    (
        ["KEPOLISIAN DAERAH SUMATERA SELATAN", "RESOR OGAN ILIR"],
        "KEPALA KEPOLISIAN RESOR OGAN ILIR",
        "AJUN KOMISARIS BESAR POLISI",
        "Ops",
        "Jalan Lintas Timur KM 35 Indralaya 30662",
        "Indralaya",
    ),
)
POLICE_EVENTS = (
    "rapat pleno terbuka rekapitulasi hasil pemutakhiran data pemilih berkelanjutan",
    "kegiatan uji publik rancangan penataan daerah pemilihan",
    "penyerahan dan pemusnahan logistik pemilu yang tidak terpakai",
    "sosialisasi tahapan pemilihan di lingkungan kampus",
)


def m04_polisi_pengamanan(ctx: Ctx) -> Letter:
    """The police ask the KPU for the schedule of a public event so that security can be arranged:
    the police's stepped letterhead at the top left (umbrella line, Polda, Polres/Polrestabes)
    underlined, "Nomor : B/ .../ OPS...", "Klasifikasi : BIASA", the date and addressee at the
    right, "Rujukan" lettered, numbered paragraphs, the chief's signature with rank and NRP,
    Tembusan."""
    rng = ctx.rng
    lines, chief, rank, ops, paddr, pplace = rng.choice(POLICE)
    d = Doc(ctx, top=50)
    pg = d.pg
    umb = rng.random() < 0.6
    head = (["KEPOLISIAN NEGARA REPUBLIK INDONESIA"] if umb else []) + lines
    y = 56.0
    wmax = 0.0
    for s in head:
        pg.t(d.L, y, s, ctx.r, 10)
        wmax = max(wmax, tw(s, ctx.r, 10))
        y += 13
    pg.t(d.L, y, paddr, ctx.r, 8)
    y += 4
    pg.line(d.L, y, d.L + wmax, y, 0.8)
    d.y = y + 30
    num = f"B/{rng.randint(100, 2999)}/{roman(ctx.date.month)}/{ops}.{rng.randint(1, 3)}.{rng.randint(1, 4)}./{ctx.date.year}"
    subj = rng.choice(
        (
            "permohonan jadwal kegiatan dalam rangka pengamanan",
            "koordinasi pengamanan kegiatan KPU Provinsi Sumatera Selatan",
            "permintaan data kegiatan tahapan untuk rencana pengamanan",
        )
    )
    x2 = d.L + d.W * 0.54
    pg.t(x2, d.y, place_date(rng, pplace, ctx.date, rng.choice(("long", "long0"))), ctx.r, ctx.size)
    d.gap(ctx.size * 1.6)
    kv_rows(
        d,
        [("Nomor", num), ("Klasifikasi", "BIASA"), ("Lampiran", "-"), ("Perihal", subj)],
        size=ctx.size,
    )
    yy = d.y + 4
    for s in ("Kepada", "Yth. KETUA KPU PROVINSI", "SUMATERA SELATAN", "di", "Palembang"):
        pg.t(x2 + (0 if s != "Palembang" else 20), yy, s, ctx.r, ctx.size)
        yy += ctx.size * 1.45
    d.y = max(d.y, yy) + 10
    event = rng.choice(POLICE_EVENTS)
    pts = [
        "Rujukan:",
        None,
        f"Sehubungan dengan rujukan tersebut di atas, dalam rangka menciptakan situasi kamtibmas yang aman dan kondusif pada pelaksanaan {event}, bersama ini dimohon kepada Ketua KPU Provinsi Sumatera Selatan untuk dapat memberikan data jadwal kegiatan, lokasi, perkiraan jumlah peserta serta nama petugas penghubung (liaison officer).",
        "Data sebagaimana dimaksud pada angka 2 (dua) mohon disampaikan paling lambat 3 (tiga) hari sebelum pelaksanaan kegiatan kepada Bagian Operasi melalui surel resmi.",
        "Demikian untuk menjadi maklum.",
    ]
    ruj = [
        "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia;",
        "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;",
        f"Rencana Operasi Kepolisian Tahun {ctx.date.year};",
    ]
    n = 0
    for t in pts:
        if t is None:
            for j, r in enumerate(ruj):
                d.need(14)
                d.pg.t(d.L + 16, d.y, f"{'abc'[j]}.", ctx.r, ctx.size)
                d.para(r, x=d.L + 30, justify=True)
            continue
        n += 1
        d.need(14)
        d.pg.t(d.L, d.y, f"{n}.", ctx.r, ctx.size)
        d.para(t, x=d.L + 16, justify=True)
    d.gap(4)
    who = rng.random() < 0.5
    roles = [f"a.n. {chief}", "KEPALA BAGIAN OPERASI"] if who else [chief]
    boss = make_person(rng, male=True, degree_p=0.8, prefix_p=0.0)
    sign_block(
        d,
        roles,
        boss["name"],
        sub=f"{rank if not who else 'AJUN KOMISARIS BESAR POLISI'} NRP {rng.randint(60000000, 89999999)}",
        stamp=(" ".join(lines)[:34], "POLRI"),
    )
    tembusan(
        d,
        [
            "Kapolda Sumatera Selatan" if len(lines) > 1 else "Kapolri",
            "Karo Ops Polda Sumsel",
            "Ketua Bawaslu Provinsi Sumatera Selatan",
        ],
        "Tembusan:",
    )
    fields = sm_fields(num, ctx.date, subj, " ".join(lines))
    return Letter("surat_masuk", "M04_polisi_pengamanan", d.pages, fields)


HOSPITALS = (
    ("RUMAH SAKIT UMUM SRIWIJAYA MEDIKA", "Terakreditasi Paripurna KARS", "RSU-SM"),
    ("RUMAH SAKIT ISLAM AL-IHSAN PALEMBANG", "Melayani dengan Ikhlas", "RSI-AI"),
    ("RSU PERMATA HUSADA", "Terakreditasi Paripurna", "RSPH"),
)
MCU_ITEMS = (
    ("Pemeriksaan kesehatan umum (dokter)", 150000),
    ("Pemeriksaan laboratorium darah lengkap", 185000),
    ("Rontgen thorax", 175000),
    ("Elektrokardiogram (EKG)", 120000),
    ("Pemeriksaan urine lengkap", 65000),
    ("Pemeriksaan bebas narkoba (6 parameter)", 250000),
    ("Pemeriksaan mata dan buta warna", 75000),
)


def m05_rs_tagihan(ctx: Ctx) -> Letter:
    """A hospital bills the secretariat for staff medical check-ups: hospital letterhead with a tag
    line, either a covering letter (Nomor, Perihal "Tagihan ...") with the RINCIAN TAGIHAN table,
    terbilang, bank account and due date, or a bare INVOICE form (No. Invoice, Tanggal, Kepada,
    item table, total, payment box); the finance manager signs."""
    rng = ctx.rng
    name, tag, code = rng.choice(HOSPITALS)
    d = Doc(ctx, top=44)
    col = rng.choice(((0, 120, 110), (20, 90, 160), (0, 110, 60)))
    kop2(
        d,
        [(name, "hb", 15)],
        [
            f"{office_address(rng)}",
            f"Telp. {landline2(rng, '0711')[0]}  IGD 24 Jam  Surel: keuangan@{code.lower().replace('-', '')}.co.id",
        ],
        "l",
        col,
        "band",
        kinds=("shield",),
        rule_color=col,
    )
    d.y -= 10
    d.line_text(tag, "hi", 8.5, align="c", color=GREY)
    d.gap(6)
    n_people = rng.randint(6, 40)
    picks = rng.sample(MCU_ITEMS, rng.randint(3, 6))
    rows = []
    total = 0
    for i, (it, price) in enumerate(picks, 1):
        amt = price * n_people
        total += amt
        rows.append([str(i), it, f"{n_people} orang", rp(price), rp(amt)])
    invoice = rng.random() < 0.45
    if invoice:
        num = f"INV/{code}/{ctx.date.strftime('%Y/%m')}/{rng.randint(100, 9999):04d}"
        d.line_text("INVOICE", "hb", 18, align="r", color=col)
        kv_rows(
            d,
            [
                ("No. Invoice", num),
                ("Tanggal", fmt_date(ctx.date, rng.choice(("long", "dash", "slash0")))),
                ("Jatuh Tempo", fmt_date(ctx.date + timedelta(days=30), "long")),
            ],
            x=d.R - 230,
            size=9.5,
        )
        d.line_text("Kepada:", ctx.b)
        for s in (
            "Sekretariat KPU Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95 Palembang",
        ):
            d.line_text(s)
        d.gap(6)
        subj = None
    else:
        num = f"{rng.randint(100, 999)}/{code}/KEU/{roman(ctx.date.month)}/{ctx.date.year}"
        subj = rng.choice(
            (
                "Tagihan Biaya Pemeriksaan Kesehatan Pegawai",
                "Penyampaian Tagihan Medical Check Up",
                "Tagihan Pemeriksaan Kesehatan",
            )
        )
        nl, ll, hl = labels(rng)
        nomor_block(
            d,
            [(nl, num), (ll, "1 (satu) berkas"), (hl, subj)],
            place_date(rng, "Palembang", ctx.date),
        )
        yth_block(
            d, ["Kepada Yth.", "Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"]
        )
        d.gap(6)
        d.para(
            f"Bersama ini kami sampaikan tagihan biaya pemeriksaan kesehatan (medical check up) bagi {n_people} ({terbilang(n_people)}) orang pegawai di lingkungan Sekretariat KPU Provinsi Sumatera Selatan yang telah dilaksanakan pada tanggal {fmt_date(prev_wd(ctx.date - timedelta(days=rng.randint(3, 20))), 'long')}, dengan rincian sebagai berikut:",
            justify=True,
        )
        d.line_text("RINCIAN TAGIHAN", ctx.b, align="c")
    table2(
        d,
        [22.0, d.W - 22 - 70 - 80 - 96, 70.0, 80.0, 96.0],
        [*rows, ["", "JUMLAH", "", "", rp(total)]],
        ["No", "Uraian Layanan", "Peserta", "Tarif", "Jumlah"],
        size=ctx.size - 1.5,
    )
    d.para(f"Terbilang: {terbilang(total).strip().capitalize()} rupiah.", ctx.i, justify=True)
    bank = rng.choice(("Bank Sumsel Babel", "Bank Mandiri", "BNI", "BRI", "Bank Syariah Indonesia"))
    d.para(
        f"Pembayaran mohon ditransfer ke rekening {bank} nomor {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)} atas nama {title_id(name)}, paling lambat 30 (tiga puluh) hari setelah tagihan diterima.",
        justify=True,
    )
    sign_block(
        d, ["Manajer Keuangan,"], make_person(rng, degree_p=0.8)["name"], stamp=(name[:32], code)
    )
    fields = sm_fields(num, ctx.date, subj, name)
    return Letter("surat_masuk", "M05_rs_tagihan", d.pages, fields)


WED_PLACES = (
    "Gedung Serbaguna Sriwijaya, Jl. Demang Lebar Daun No. 8 Palembang",
    "Ballroom Hotel Musi Indah, Palembang",
    "Kediaman mempelai wanita, {addr}",
    "Gedung Pertemuan Bina Praja, Kayuagung",
)


def m06_undangan_pernikahan(ctx: Ctx) -> Letter:
    """A wedding invitation card addressed to a staff member, opened flat on the scanner: two
    panels side by side on a landscape sheet with an ornamental frame (verse, the couple and their
    parents on the left; akad and resepsi times, the place, "turut mengundang" on the right) and a
    printed address label "Kepada Yth. ... di KPU Provinsi Sumatera Selatan".  Personal mail: no
    number, subject, date of writing or sending body."""
    rng = ctx.rng
    W, H = A4L
    pg = Page(w=W, h=H)
    col = rng.choice(((150, 110, 20), (120, 40, 70), (40, 90, 80), (90, 60, 30)))
    for x0 in (20.0, W / 2 + 6):
        pg.rect(x0, 20, W / 2 - 26, H - 40, 2.0, col)
        pg.rect(x0 + 6, 26, W / 2 - 38, H - 52, 0.6, col)
        for cx, cy in (
            (x0 + 6, 26),
            (x0 + W / 2 - 32, 26),
            (x0 + 6, H - 26),
            (x0 + W / 2 - 32, H - 26),
        ):
            pg.circle(cx, cy, 9, 1.0, col)
    pg.line(W / 2, 14, W / 2, H - 14, 0.4, LIGHT, (3, 3))
    fb, fr, fi = rng.choice((("tb", "tr", "ti"), ("sb", "sr", "si")))
    og = rng.choices(list(NAME_WEIGHTS), weights=list(NAME_WEIGHTS.values()))[0]
    og = "batak" if og == "bali" else og
    ob = og if og in NON_MUSLIM else rng.choice([o for o in NAME_WEIGHTS if o not in NON_MUSLIM])
    groom = make_person(rng, male=True, degree_p=0.4, prefix_p=0.0, origin=og)
    bride = make_person(rng, male=False, degree_p=0.4, prefix_p=0.0, origin=ob)
    gp = make_person(rng, male=True, degree_p=0.2, prefix_p=0.4, origin=og)
    bp = make_person(rng, male=True, degree_p=0.2, prefix_p=0.4, region=bride["region"], origin=ob)
    gm = make_person(rng, male=False, degree_p=0, prefix_p=0, origin=og)
    bm = make_person(rng, male=False, degree_p=0, prefix_p=0, origin=ob)
    lx = W / 4
    y = 70.0
    muslim = bride["origin"] not in NON_MUSLIM
    if muslim:
        pg.t(lx, y, "Bismillahirrahmanirrahim", fi, 12, col, "c")
        y += 26
        pg.t(lx, y, "WALIMATUL 'URSY", fb, 17, col, "c")
    else:
        pg.t(lx, y, "UNDANGAN PEMBERKATAN & RESEPSI", fb, 13, col, "c")
    y += 30
    for ln in wrap(
        "Dengan memohon rahmat dan ridho Tuhan Yang Maha Esa, kami bermaksud menyelenggarakan pernikahan putra-putri kami:",
        fr,
        10,
        W / 2 - 90,
    ):
        pg.t(lx, y, ln, fr, 10, INK, "c")
        y += 14
    y += 14
    pg.t(lx, y, bride["core"], fb, 15, INK, "c")
    y += 16
    pg.t(lx, y, f"Putri dari Bapak {bp['name']} & Ibu {bm['core']}", fr, 8.5, INK, "c")
    y += 26
    pg.t(lx, y, "&", fi, 18, col, "c")
    y += 26
    pg.t(lx, y, groom["core"], fb, 15, INK, "c")
    y += 16
    pg.t(lx, y, f"Putra dari Bapak {gp['name']} & Ibu {gm['core']}", fr, 8.5, INK, "c")
    verse = (
        (
            "Dan di antara tanda-tanda kekuasaan-Nya ialah Dia menciptakan untukmu pasangan hidup dari jenismu sendiri, supaya kamu merasa tenteram kepadanya.",
            "(QS. Ar-Rum: 21)",
        )
        if muslim
        else (
            "Demikianlah mereka bukan lagi dua, melainkan satu. Karena itu, apa yang telah dipersatukan Allah, tidak boleh diceraikan manusia.",
            "(Matius 19:6)",
        )
    )
    y = H - 170
    for ln in wrap(verse[0], fi, 9.5, W / 2 - 110):
        pg.t(lx, y, ln, fi, 9.5, GREY, "c")
        y += 13
    pg.t(lx, y + 4, verse[1], fr, 9, GREY, "c")
    rx = 3 * W / 4
    y = 70.0
    day = ctx.date + timedelta(days=rng.randint(7, 30))
    while day.weekday() < 5:
        day += timedelta(days=1)
    pg.t(
        rx,
        y,
        "Insya Allah akan dilaksanakan pada:" if muslim else "Yang akan dilaksanakan pada:",
        fr,
        10,
        INK,
        "c",
    )
    y += 26
    for title, tm in (
        ("Akad Nikah" if muslim else "Pemberkatan", rng.choice(("08.00 WIB", "09.00 WIB"))),
        ("Resepsi", rng.choice(("11.00 - 14.00 WIB", "19.00 WIB - selesai"))),
    ):
        pg.t(rx, y, title, fb, 12, col, "c")
        y += 15
        pg.t(rx, y, f"{HARI[day.weekday()]}, {fmt_date(day, 'long')}", fr, 10, INK, "c")
        y += 13
        pg.t(rx, y, f"Pukul {tm}", fr, 10, INK, "c")
        y += 22
    place = rng.choice(WED_PLACES).format(addr=fmt_address(bride, rng, 3))
    for ln in wrap(f"Tempat: {place}", fr, 9.5, W / 2 - 90):
        pg.t(rx, y, ln, fr, 9.5, INK, "c")
        y += 13
    y += 12
    pg.t(rx, y, "Turut mengundang:", fi, 9, INK, "c")
    y += 12
    for _ in range(rng.randint(2, 3)):
        pg.t(
            rx,
            y,
            f"Keluarga Besar {make_person(rng, male=True, degree_p=0, prefix_p=0.5)['name']}",
            fr,
            8.5,
            INK,
            "c",
        )
        y += 11
    # the address label
    staff = make_person(rng, degree_p=0.6, prefix_p=0.1)
    lx0, ly0 = W / 2 + 60, H - 130
    pg.rect(lx0, ly0, 270, 74, 0.6, GREY, (252, 252, 248))
    yy = ly0 + 16
    for s in (
        "Kepada Yth.",
        f"Bapak/Ibu/Saudara/i {staff['name']}",
        "KPU Provinsi Sumatera Selatan",
        "di Tempat",
    ):
        pg.t(lx0 + 10, yy, s, "hr", 9.5)
        yy += 14
    fields = sm_fields(None, None, None, None)
    return Letter("surat_masuk", "M06_undangan_pernikahan", [pg], fields)


OMB_SUBJ = (
    "Penyampaian Laporan Akhir Hasil Pemeriksaan (LAHP)",
    "Pemberitahuan Penutupan Laporan",
    "Permintaan Klarifikasi Tertulis",
    "Monitoring Pelaksanaan Tindakan Korektif",
)
OMB_SUBST = (
    "penundaan berlarut dalam pelayanan permohonan informasi publik",
    "tidak memberikan pelayanan atas permintaan salinan dokumen",
    "penyimpangan prosedur dalam layanan informasi publik",
    "tidak kompeten dalam memberikan penjelasan kepada masyarakat",
)


def m07_ombudsman_lahp(ctx: Ctx) -> Letter:
    """The Ombudsman's regional office writes about a public complaint of maladministration
    (delay in serving an information request, and the like): its own "B/" number, a box with the
    report's registration number, reporter, reported party and substance, the findings, corrective
    actions (LAHP), or the closing of the report, or a request for clarification.  The report
    number is the Ombudsman's, not a KI register: ordinary mail."""
    rng = ctx.rng
    d = Doc(ctx, top=46)
    lines = ["OMBUDSMAN REPUBLIK INDONESIA", "PERWAKILAN PROVINSI SUMATERA SELATAN"]
    kop2(
        d,
        [(lines[0], ctx.b, 15), (lines[1], ctx.b, 12)],
        [
            "Jl. Radial No. 2, 24 Ilir, Bukit Kecil, Palembang 30134  Telp. (0711) 317 011",
            "Surel: sumsel@ombudsman.go.id  Laman: www.ombudsman.go.id",
        ],
        rng.choice(("l", "c")),
        rng.choice((NAVY, INK)),
        "double",
        kinds=("garuda",),
    )
    regd = ctx.date - timedelta(days=rng.randint(20, 120))
    lap = f"{rng.randint(1, 400):04d}/LM/{roman(regd.month)}/{regd.year}/PLG"
    num = f"B/{rng.randint(10, 800)}/LM.{rng.randint(10, 40)}-06/{lap.split('/')[0]}.{regd.year}/{roman(ctx.date.month)}/{ctx.date.year}"
    subj = rng.choice(OMB_SUBJ)
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, rng.choice(("1 (satu) berkas", "-"))), (hl, subj)],
        place_date(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d, ["Yth. Ketua Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"]
    )
    d.gap(6)
    rep = make_person(rng, degree_p=0.3)
    subst = rng.choice(OMB_SUBST)
    d.para(
        "Sehubungan dengan laporan masyarakat yang diterima Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Selatan dengan data sebagai berikut:",
        justify=True,
    )
    top = d.y - 10
    pg0 = d.pg
    kv_rows(
        d,
        [
            ("Nomor Registrasi Laporan", lap),
            ("Pelapor", rep["name"]),
            ("Terlapor", "Sekretariat KPU Provinsi Sumatera Selatan c.q. PPID"),
            ("Substansi", f"Dugaan maladministrasi berupa {subst}"),
        ],
        x=d.L + 10,
    )
    if d.pg is pg0:
        pg0.rect(d.L, top, d.W, d.y - top - 4, 0.6, GREY)
    d.gap(4)
    if "LAHP" in subj:
        d.para(
            "bersama ini kami sampaikan Laporan Akhir Hasil Pemeriksaan (LAHP) atas laporan tersebut. Berdasarkan hasil pemeriksaan, Ombudsman menyimpulkan telah terjadi maladministrasi. Untuk itu Terlapor diminta melaksanakan tindakan korektif sebagai berikut:",
            justify=True,
        )
        d.numbered(
            [
                "Menyampaikan jawaban tertulis kepada Pelapor atas permintaan yang diajukan paling lambat 14 (empat belas) hari sejak LAHP diterima;",
                "Menyusun dan mempublikasikan standar pelayanan informasi publik beserta jangka waktunya;",
                "Melaporkan pelaksanaan tindakan korektif kepada Ombudsman dalam waktu 30 (tiga puluh) hari.",
            ],
            "{}.",
            x=d.L + 12,
        )
    elif "Monitoring" in subj:
        d.para(
            "bersama ini kami meminta Saudara menyampaikan laporan pelaksanaan tindakan korektif sebagaimana tercantum dalam Laporan Akhir Hasil Pemeriksaan, disertai bukti pendukung, paling lambat 14 (empat belas) hari sejak surat ini diterima.",
            justify=True,
        )
    elif "Penutupan" in subj:
        d.para(
            "bersama ini kami beritahukan bahwa Terlapor telah menindaklanjuti laporan tersebut dan Pelapor telah menerima penyelesaian. Dengan demikian pemeriksaan atas laporan dimaksud dinyatakan selesai dan laporan ditutup.",
            justify=True,
        )
    else:
        d.para(
            "kami meminta Saudara memberikan klarifikasi tertulis mengenai kronologi pelayanan, dasar hukum dan standar pelayanan yang digunakan, serta upaya penyelesaian yang telah dilakukan, paling lambat 14 (empat belas) hari sejak surat ini diterima.",
            justify=True,
        )
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(
        d,
        ["Kepala Perwakilan Ombudsman RI", "Provinsi Sumatera Selatan,"],
        make_person(rng, degree_p=1.0)["name"],
    )
    tembusan(d, ["Ketua Ombudsman Republik Indonesia", f"Sdr. {rep['name']} (Pelapor)"])
    fields = sm_fields(num, ctx.date, subj, " ".join(lines))
    return Letter("surat_masuk", "M07_ombudsman_lahp", d.pages, fields)


NGO_RELEASE = (
    (["KOALISI MASYARAKAT SIPIL UNTUK KETERBUKAAN INFORMASI", "SUMATERA SELATAN"], "KMS-KIP"),
    (["SUMSEL ELECTION WATCH"], "SEW"),
    (["PERKUMPULAN UNTUK PEMILU BERSIH (PUSPA)", "PALEMBANG"], "PUSPA"),
)
HEADLINES = (
    "Koalisi Desak KPU Sumsel Buka Data Dana Hibah Pilkada",
    "Pemantau: Layanan Informasi Penyelenggara Pemilu di Sumsel Masih Lamban",
    "Ratusan Permohonan Informasi Belum Dijawab, Koalisi Siapkan Sengketa ke Komisi Informasi",
    "Hari Hak untuk Tahu: Publik Berhak Atas Data Pemilih yang Akurat",
)


def m08_rilis_lsm(ctx: Ctx) -> Letter:
    """An NGO's press release handed in at the desk: the NGO's name block and a strip of partner
    acronyms, "SIARAN PERS / UNTUK SEGERA DIBERITAKAN", a number sometimes, the headline, a
    dateline, the text in two columns with a pull quote, figures on requests, objections and
    disputes at the Komisi Informasi, "Narahubung" and "Tentang ..." at the foot."""
    rng = ctx.rng
    lines, code = rng.choice(NGO_RELEASE)
    d = Doc(ctx, top=44)
    pg = d.pg
    col = rng.choice(((180, 20, 40), (20, 80, 160), (0, 120, 90)))
    logo(pg, d.L, 34, 44, "scale")
    yy = 50.0
    for i, s in enumerate(lines):
        z = min(13.0 if i == 0 else 11.0, (d.W - 60) / tw(s, "hb", 1))
        pg.t(d.L + 54, yy, s, "hb", z, col)
        yy += z * 1.3
    partners = rng.sample(
        ("FITRA", "ICW", "Perludem", "KIPP", "JPPR", "LBH", "AJI", "PWI", "WALHI"),
        rng.randint(3, 5),
    )
    pg.t(d.L + 54, yy + 2, "Bersama: " + " | ".join(partners), "hr", 7.5, GREY)
    pg.rect(d.L, yy + 10, d.W, 2.5, 0, None, col)
    d.y = yy + 34
    d.line_text("SIARAN PERS", "hb", 16, align="c")
    d.line_text("UNTUK SEGERA DIBERITAKAN", "hb", 9, align="c", color=col)
    show_num = rng.random() < 0.5
    num = f"{rng.randint(1, 40):02d}/SP/{code}/{roman(ctx.date.month)}/{ctx.date.year}"
    if show_num:
        d.line_text(f"No. {num}", "hr", 9, align="c")
    d.gap(6)
    head = rng.choice(HEADLINES)
    for ln in wrap(head, "hb", 14, d.W):
        d.line_text(ln, "hb", 14, align="c", lead=17)
    d.gap(8)
    n_req = rng.randint(30, 300)
    n_kb = rng.randint(3, 30)
    n_ks = rng.randint(1, 9)
    spk = make_person(rng, degree_p=0.5)
    paras = [
        f"Palembang, {fmt_date(ctx.date, 'long')} - {title_id(' '.join(lines))} mencatat sepanjang tahun ini sedikitnya {n_req} permohonan informasi publik diajukan warga kepada penyelenggara pemilu di Sumatera Selatan. Dari jumlah itu, {n_kb} berujung keberatan dan {n_ks} perkara berlanjut menjadi sengketa di Komisi Informasi.",
        "Menurut catatan koalisi, jenis informasi yang paling sering diminta adalah data dana hibah pemilihan, rekapitulasi daftar pemilih, dan dokumen pengadaan logistik. Sebagian besar permohonan dijawab melewati batas waktu sepuluh hari kerja.",
        "Koalisi mendorong PPID di lingkungan penyelenggara pemilu untuk mempublikasikan informasi berkala secara proaktif, memperbarui Daftar Informasi Publik, dan menyediakan layanan yang ramah bagi penyandang disabilitas.",
        "Koalisi juga membuka posko pengaduan bagi warga yang permohonan informasinya tidak ditanggapi.",
    ]
    quote = f'"Keterbukaan informasi bukan kebaikan hati badan publik, melainkan kewajiban undang-undang," kata {spk["name"]}, koordinator {code}.'
    colw = (d.W - 18) / 2
    x1, x2 = d.L, d.L + colw + 18
    y_start = d.y
    blocks = []
    for i, ptxt in enumerate([paras[0], paras[1], quote, paras[2], paras[3]]):
        is_q = i == 2
        font = "hi" if is_q else ctx.r
        lines_ = wrap(ptxt, font, ctx.size, colw - (16 if is_q else 0))
        blocks.append((is_q, font, lines_, len(lines_) * ctx.size * 1.4 + 8))
    half = sum(b[3] for b in blocks) / 2
    cur_x, acc, bottom = x1, 0.0, y_start
    for is_q, font, lines_, h in blocks:
        if cur_x == x1 and acc > 0 and acc + h / 2 > half:
            cur_x = x2
            d.y = y_start
        acc += h
        if is_q:
            d.pg.rect(cur_x, d.y - ctx.size - 2, colw, h - 4, 0, None, (240, 240, 240))
            d.pg.rect(cur_x, d.y - ctx.size - 2, 3, h - 4, 0, None, col)
        for ln in lines_:
            d.pg.t(cur_x + (8 if is_q else 0), d.y, ln, font, ctx.size)
            d.y += ctx.size * 1.4
        d.y += 8
        bottom = max(bottom, d.y)
    d.y = bottom + 6
    d.line_text("###", "hb", 10, align="c")
    d.gap(4)
    cp = make_person(rng, degree_p=0.2)
    d.line_text(f"Narahubung: {cp['core']} ({cp['phone']})", "hr", 9)
    d.para(
        f"Tentang {code}: {title_id(' '.join(lines))} adalah jaringan organisasi masyarakat sipil yang bekerja untuk pemilu yang jujur, adil dan terbuka di Sumatera Selatan.",
        "hi",
        8.5,
    )
    fields = sm_fields(num if show_num else None, ctx.date, None, " ".join(lines))
    return Letter("surat_masuk", "M08_rilis_lsm", d.pages, fields)


INV_SENDERS = (
    (
        ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS KOMUNIKASI DAN INFORMATIKA"],
        1,
        "555/{n}/Diskominfo/{y}",
        "Undangan Rapat Koordinasi PPID Pelaksana",
        "Diskominfo Prov. Sumsel",
    ),
    (
        ["UNIVERSITAS SRIWIJAYA", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"],
        0,
        "{n}/UN9.FISIP/TU.SB/{y}",
        "Undangan Seminar Nasional Demokrasi Lokal",
        "FISIP Unsri",
    ),
    (
        ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        0,
        "{n}/PM.00.02/K.SS/{m}/{y}",
        "Undangan Rapat Koordinasi Pengawasan Pemutakhiran Data Pemilih",
        "Bawaslu Prov. Sumsel",
    ),
    (
        ["KOMISI PEMILIHAN UMUM", "KABUPATEN OGAN ILIR"],
        0,
        "{n}/PL.02.1-SD/1610/{y}",
        "Penyampaian Rekapitulasi Data Pemilih Berkelanjutan",
        "KPU Kab. Ogan Ilir",
    ),
)


def inv_letter(ctx: Ctx, spec, dt: date) -> tuple[list[Page], dict]:
    rng = ctx.rng
    lines, umb, fmtn, subj, _short = spec
    d = Doc(ctx, top=46)
    kop2(
        d,
        [(s, ctx.b, 12 if (i == 0 and umb) else 14) for i, s in enumerate(lines)],
        [office_address(rng) + f"  Telp. {landline2(rng, '0711')[0]}"],
        rng.choice(("l", "c", "lr")),
        rng.choice((INK, NAVY)),
        rng.choice(("double", "thinthick")),
        kinds=("garuda", "shield"),
    )
    num = fmtn.format(n=rng.randint(10, 2999), y=dt.year, m=dt.strftime("%m"))
    nl, ll, hl = labels(rng)
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, rng.choice(("-", "1 (satu) lembar"))), (hl, subj)],
        place_date(rng, "Indralaya" if "OGAN" in lines[-1] else "Palembang", dt, "long"),
    )
    yth_block(d, ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    if subj.startswith("Undangan"):
        ev = add_wd(dt, rng.randint(3, 9))
        d.para(
            f"Dalam rangka {subj.replace('Undangan ', '')}, dengan hormat kami mengundang Bapak/Ibu atau pejabat yang ditunjuk untuk hadir pada:",
            justify=True,
        )
        kv_rows(
            d,
            [
                ("Hari/Tanggal", fmt_date(ev, "day")),
                ("Waktu", f"{rng.choice(('08.30', '09.00', '13.00'))} WIB s.d. selesai"),
                (
                    "Tempat",
                    rng.choice(
                        (
                            "Ruang Rapat Bina Praja",
                            "Aula Gedung Pascasarjana",
                            "Hotel Aryaduta Palembang",
                            "Ruang Rapat Utama",
                        )
                    ),
                ),
            ],
            x=d.L + 24,
        )
        d.para(
            "Mengingat pentingnya acara tersebut, kami harapkan kehadiran Bapak/Ibu tepat pada waktunya.",
            justify=True,
        )
    else:
        d.para(
            "Bersama ini kami sampaikan rekapitulasi data pemilih berkelanjutan hasil pemutakhiran di wilayah kerja kami, beserta berita acara rapat pleno terbuka, untuk dapat dipergunakan sebagaimana mestinya.",
            justify=True,
        )
    d.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.")
    sign_block(
        d,
        [
            rng.choice(("Kepala,", "Ketua,", "Dekan,"))
            if "UNIVERSITAS" not in lines[0]
            else "Dekan,"
        ],
        make_person(rng, degree_p=1.0)["name"],
    )
    org = " ".join(lines[umb:])
    return d.pages, sm_fields(num, dt, subj, org)


def m09_disposisi_dan_surat(ctx: Ctx) -> Letter:
    """The office's LEMBAR DISPOSISI clipped on top of the letter it routes, both scanned: page 1
    the disposition sheet (Surat dari / No. Surat / Tgl. Surat / Diterima Tgl. / No. Agenda /
    Sifat / Hal, "Diteruskan kepada" and "Dengan hormat harap" tick lists, the chair's notes by
    hand), page 2 the letter itself (an invitation from Diskominfo, a university or Bawaslu, or a
    KPU kabupaten's data delivery).  The fields are the routed letter's."""
    rng = ctx.rng
    spec = rng.choice(INV_SENDERS)
    lpages, fields = inv_letter(ctx, spec, ctx.date)
    ink = ctx.ink
    dc = Ctx(rng, False, False)
    dc.r, dc.b, dc.i = FAMILIES["helv"]
    dc.size = 10
    d = Doc(dc, top=50, left=56, right=PW - 56)
    kop_kpu(d, rng)
    d.y -= 8
    d.line_text("LEMBAR DISPOSISI", "hb", 13, align="c")
    d.gap(4)
    recv = ctx.date + timedelta(days=rng.randint(1, 4))
    agenda = f"{rng.randint(1, 2400):04d}/AG/{recv.year}"
    typed = rng.random() < 0.6
    rows = [
        ("Surat dari", spec[4] if rng.random() < 0.5 else fields["sender_org"]),
        ("No. Surat", fields["letter_number"]),
        ("Tgl. Surat", fmt_date(ctx.date, rng.choice(("long", "dash", "slash0")))),
        ("Diterima Tgl.", fmt_date(recv, "dash")),
        ("No. Agenda", agenda),
        ("Hal", fields["subject"]),
    ]
    top = d.y - 12
    for k, v in rows:
        d.need(18)
        d.pg.t(d.L + 6, d.y, k, "hr", 9.5)
        d.pg.t(d.L + 90, d.y, ":", "hr", 9.5)
        if typed:
            d.para(v, "cr", 9.5, x=d.L + 98, w=d.W - 104, lead=13)
        else:
            for ln in wrap(v, "hand", 11, d.W - 110):
                d._hand(d.L + 98, d.y - 1, ln, 11, ink)
                d.y += 15
        d.gap(3)
    d.pg.rect(d.L, top, d.W, d.y - top, 0.8)
    d.gap(10)
    y0 = d.y
    half = d.W / 2
    d.pg.t(d.L + 6, y0, "Diteruskan kepada Sdr.:", "hb", 9.5)
    d.pg.t(d.L + half + 6, y0, "Dengan hormat harap:", "hb", 9.5)
    to = (
        "Sekretaris",
        "Kabag Teknis & Hupmas",
        "Kabag Keuangan, Umum & Logistik",
        "Kasubbag Hukum & SDM",
        "PPID Pelaksana",
    )
    act = (
        "Tanggapan dan saran",
        "Proses lebih lanjut",
        "Koordinasi/konfirmasikan",
        "Hadir mewakili",
        "Arsip",
    )
    pick_to = rng.sample(range(len(to)), rng.randint(1, 2))
    pick_act = rng.sample(range(len(act)), rng.randint(1, 2))
    yy = y0 + 16
    for i in range(5):
        checkbox(d.pg, d.L + 8, yy + 1, 8, False, INK, False)
        if i in pick_to:
            vtick(d.pg, d.L + 9, yy, 8, ink)
        d.pg.t(d.L + 22, yy, to[i], "hr", 9)
        checkbox(d.pg, d.L + half + 8, yy + 1, 8, False, INK, False)
        if i in pick_act:
            vtick(d.pg, d.L + half + 9, yy, 8, ink)
        d.pg.t(d.L + half + 22, yy, act[i], "hr", 9)
        yy += 15
    d.pg.rect(d.L, y0 - 12, d.W, yy - y0 + 6, 0.8)
    d.pg.line(d.L + half, y0 - 12, d.L + half, yy - 6, 0.8)
    d.y = yy + 18
    d.line_text("Catatan / Isi Disposisi:", "hb", 9.5)
    top2 = d.y - 8
    d.gap(10)
    note = rng.choice(
        (
            "Hadiri dan laporkan hasilnya.",
            "Pelajari, siapkan bahan. Koordinasi dgn PPID.",
            "Proses sesuai SOP, lapor ke saya.",
            "Utk diketahui & arsipkan.",
        )
    )
    for k in range(4):
        dotted(d.pg, d.L + 6, d.y, d.R - 6)
        if k == 0:
            d._hand(d.L + 12, d.y - 1, note, 12, ink)
        d.gap(18)
    d._hand(d.R - 140, d.y, f"Paraf {fmt_date(recv, 'dash1')}", 11, ink)
    ctx.sig(d.pg, d.R - 150, d.y - 30, 60, ink)
    d.gap(14)
    d.pg.rect(d.L, top2, d.W, d.y - top2, 0.8)
    fields = dict(fields)
    return Letter("surat_masuk", "M09_disposisi_dan_surat", d.pages + lpages, fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_partai_dpc_kursi, 0.0, 0.45),
        (p02_peneliti_asing_campur, 0.0, 0.5),
        (p03_disabilitas_format_aksesibel, 0.0, 0.45),
        (p04_gform_salinan_respons, 0.0, 0.55),
        (p05_kotak_data_pemohon_bawah, 0.35, 0.35),
        (p06_urutan_terbalik, 0.2, 0.35),
        (p07_tembusan_lembaga, 0.0, 0.4),
        (p08_tugas_sekolah_sma, 0.5, 0.3),
    ],
    "keberatan": [
        (k01_tolak_balas_tulisan, 1.0, 0.0),
        (k02_nomor_dalam_kalimat_ttd_kontak, 0.0, 0.45),
        (k03_tidak_ditanggapi_bukti_wa, 0.0, 0.45),
        (k04_faks_laporan_transmisi, 0.0, 0.0),
        (k05_organisasi_tanda_bukti, 0.0, 0.4),
    ],
    "sengketa": [
        (s01_registrasi_kotak, 0.0, 0.45),
        (s02_relaas_panggilan_sidang, 0.0, 0.25),
        (s03_putusan_sela_kutipan, 0.0, 0.45),
    ],
    "surat_masuk": [
        (m01_media_wawancara, 0.0, 0.45),
        (m02_kpuri_surat_dinas_pdpb, 0.0, 0.55),
        (m03_dukcapil_sinkronisasi, 0.0, 0.45),
        (m04_polisi_pengamanan, 0.0, 0.35),
        (m05_rs_tagihan, 0.0, 0.45),
        (m06_undangan_pernikahan, 0.0, 0.2),
        (m07_ombudsman_lahp, 0.0, 0.45),
        (m08_rilis_lsm, 0.0, 0.5),
        (m09_disposisi_dan_surat, 0.0, 0.0),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 17)
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
    rng = random.Random(f"seventeenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s17_{k:04d}"
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
        print("usage: make_seventeenth_corpus.py OUT_DIR N SEED")
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

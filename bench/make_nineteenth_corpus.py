# ruff: noqa: E501
"""Nineteenth test corpus for Arsip PPID: incoming letters in layouts no earlier generator has.

    .venv/bin/python bench/make_nineteenth_corpus.py OUT_DIR N SEED

writes N letters (s19_0001.pdf / .png / .jpg / .tif; a multi-page PNG/JPEG scan is one file per
page, s19_0001_p1.jpg, s19_0001_p2.jpg ...) into OUT_DIR and OUT_DIR/truth.jsonl, one JSON object
per letter in the format of the sixteenth and seventeenth generators (and
../shared/sample/truth.jsonl): id, files, class, layout, heldout (false), handwritten, rendition
("digital" | "scan"), pages, dpi, fields (all 17 keys, null where the letter does not state them),
page_text (the text printed on each page, lines top to bottom, pieces on one baseline joined by a
space), for digital letters image_pages (1-based pages that are an embedded picture without a
text layer: a KTP, a newspaper clipping, a receipt or a request copy) and, for scans, scan
(format, mode, dpi and per page skew_deg, blur_px, noise_sigma, faded, rotation, jpeg_quality,
stamps; a received stamp's box_px is in the page image before skew and rotation);
"nik_invalid": true on the few letters whose NIK is printed wrongly on purpose.  The same SEED
gives the same corpus, byte for byte; letters are built in a multiprocessing.Pool.

Written apart from the pipeline, from DESIGN.md, domain.md, the shared sample, the docstrings of
the earlier generators (to follow their truth conventions and to avoid their layouts) and the
sixteenth generator's rendering code, copied here: the file imports nothing from the project.
Classes in fixed shares (40 % permohonan_informasi, 20 % keberatan, 10 % sengketa, 30 %
surat_masuk, largest remainder); the layouts of a class are used round-robin in a seed-shuffled
order.  About a third are born-digital PDFs (reportlab, text layer, standard-14 and DejaVu faces;
a landscape guest-book page in K05, an A5 landscape card in M06); the rest are scans drawn with
Pillow at 200 or 300 dpi (paper tint, uneven light, skew up to 2 degrees, blur, noise, faded
toner, JPEG artefacts, bilevel G4 TIFF, now and then a page turned 90/180 degrees, a "DITERIMA"
received stamp, organisation stamps, signatures, meterai, a thumbprint) saved as PNG, JPEG,
multi-page TIFF or image-only PDF; scans also use URW Bookman, Gothic, Palatino, Century and
Narrow faces.  Hand-filled / hand-written letters (fifthhorseman dkg hand) are always scans: K05
always, P03, P07 and K02 sometimes (about 8 % of all letters).  People come from Javanese,
Palembang-Malay (Kgs., Kms., Mgs., Nyimas, Nyayu, R.A.), Batak (with "br." / "boru" for women),
Minang (suku names), Balinese (I Made, Ni Luh, Anak Agung), Chinese-Indonesian, Arab-descended and
general pools, with H./Hj./Dr./Ir./Drs. and degrees; addresses use Jl. / Lrg. / Komplek / Dusun,
RT/RW, Kel. or Desa, Kec., Kota / Kab. in many spellings; NIKs carry Sumatera Selatan kab/kota
codes (1601-1613, 1671-1674), a kecamatan code, DDMMYY with day + 40 for women and a serial.
Identity labels vary ("NIK", "No. KTP", "Nomor Induk Kependudukan", "HP/WA", "Telp./WA",
"E-mail/Surel", "Surel", "Alamat Domisili", "Pekerjaan/Profesi" ...), and so do date formats.
P07, K01 and K04 always have a second page (the clipping, the receipt, the request copy), M02
always (its Lampiran); P03 and P06 with a KTP copy, M01 and S01 with a cover letter; long letters
run over (K03 mostly, S01 / S02 / P02 sometimes).

Layouts (code, class: one line each)
  P01_tim_pemenangan_paslon    permohonan  a regional-election candidate pair's campaign team asks
                                           after the election for election documents: coloured top
                                           band, the pair's names and ballot number as a tag line
                                           beside a numbered badge, the Ketua Tim or legal
                                           coordinator in identity rows, table No | Dokumen yang
                                           Dimohon | Bentuk, two signatures with the team stamp
  P02_dosen_pembimbing_tabel   permohonan  a thesis supervisor writes on the faculty letterhead for
                                           several students: lecturer's rows (NIDN, Pekerjaan, office
                                           address, campus e-mail), table No | Nama Mahasiswa | NIM |
                                           Data yang Diperlukan, the programme coordinator
                                           countersigns "Mengetahui"
  P03_perihal_kanan            permohonan  citizen letter whose Lampiran / Perihal block sits in a
                                           right-hand column under the place-date, the addressee at
                                           the left on the same lines; identity rows with unusual
                                           labels; the items in one sentence (commas, "serta");
                                           typed, or hand-written on plain or ruled paper
  P04_word_kontrol_konten      permohonan  the office's request form downloaded as a word-processor
                                           template and filled in on a computer: grey content-control
                                           fields, unfilled ones still reading "Klik atau ketuk di
                                           sini untuk memasukkan teks.", check boxes ☒ / ☐, a date
                                           picker (filled or not), the template's footer
  P05_notaris_salinan_legalisir permohonan a notary (Notaris & PPAT) asks for legalised copies of KPU
                                           decisions for a client's deed: centred letterhead with
                                           the notary's name in capitals, decree and working-area tag
                                           lines; identity in the opening sentence or as rows; the
                                           notary's round stamp
  P06_dua_pemohon_bersama      permohonan  two people ask together (spouses, villagers, journalists,
                                           students): numbered identity blocks "1." / "2.", "Pemohon
                                           I dan Pemohon II", two signatures; KTP copies of both
                                           sometimes; now and then Pemohon I's NIK mistyped
  P07_kliping_berita_lampiran  permohonan  a citizen asks for the document a newspaper article spoke
                                           of (paper, edition date, headline cited); page 2 the
                                           photocopied clipping (masthead, headline, byline, two
                                           columns); typed, or hand-written on folio paper
  P08_meterai_cap_jempol       permohonan  "SURAT PERMOHONAN INFORMASI DAN PERNYATAAN": identity rows
                                           copied from the KTP (Nomor Induk Kependudukan, Tempat/Tgl.
                                           Lahir, Agama, Status Perkawinan ...), lettered items, a
                                           declaration quoting Pasal 51 UU 14/2008, signature over a
                                           meterai beside a framed left thumbprint
  K01_biaya_kuitansi           keberatan   objection over the copying fee: pages x rate, the real
                                           cost argued, huruf f cited or the ground in words; page 2
                                           the desk's photocopied KUITANSI / TANDA BUKTI PEMBAYARAN
                                           (number, amount in words in a shaded band, LUNAS stamp)
  K02_formulir_simbol_pilihan  keberatan   the office's newer objection form, typed in another face
                                           or filled by hand: clerk's box at the top right, sections
                                           A-E, kuasa Ya / Tidak, the seven grounds marked with ○ / ●,
                                           [ ] / [ x ], ☐ / ☒ / ☑ or a ✔ column; by hand the printed
                                           empty marks are inked over
  K03_partai_dasar_tuntutan    keberatan   a party's provincial or regency board objects: officer's
                                           rows (Jabatan), "DASAR:" numbered (statute, the board's
                                           request and its Nomor Pendaftaran, the PPID's reply or its
                                           absence), "POKOK KEBERATAN", "TUNTUTAN" lettered, Ketua and
                                           Sekretaris sign with the party stamp
  K04_lampiran_permohonan_asli keberatan   short objection, identity in one sentence, items restated,
                                           the ground in words; page 2 a photocopy of the applicant's
                                           own earlier request letter with the office's received stamp
  K05_hand_buku_tamu           keberatan   a page of the desk's guest book (BUKU TAMU LAYANAN
                                           INFORMASI PUBLIK, landscape, ruled columns No | Hari/Tanggal
                                           | Nama | Alamat | No. HP | Keperluan | Paraf): other
                                           visitors' one-line entries in other hands, one visitor's
                                           objection written over several lines of the Keperluan
                                           column, sometimes the clerk's red registration note
  S01_penetapan_penggabungan   sengketa    KI panel's PENETAPAN joining several disputes of one
                                           applicant into one examination: NOMOR / TENTANG, Menimbang
                                           with a table of the registers and their objects, Mengingat,
                                           KESATU .. KETIGA, "Ditetapkan di ... pada tanggal";
                                           sometimes behind a KI cover letter
  S02_pertanyaan_tertulis_majelis sengketa KI panel asks the PPID for written answers: case rows,
                                           table No | Pertanyaan Majelis | Jawaban Termohon with the
                                           answer column dotted and empty, deadline, e-mail address
  S03_ptun_pemberitahuan_putusan sengketa  PTUN Palembang sends its decision on the objection against
                                           a KI decision: three-line court letterhead, W2-TUN number,
                                           the case number in the Hal, Pemohon / Termohon Keberatan,
                                           KI putusan and register numbers, the amar in a framed box,
                                           the 14-day cassation window, the Panitera signs
  M01_skrd_retribusi_sampah    surat_masuk the city sanitation office's waste-levy assessment (SKRD):
                                           number / period / year cells, payer rows (the KPU office),
                                           tariff table, total in words, warnings, a tear-off receipt
                                           stub; half of the time behind a short cover letter
  M02_se_libur_cuti_bersama    surat_masuk Surat Edaran of KPU RI's Secretary-General or the provincial
                                           Secretary on the year's holidays and joint leave and on
                                           keeping the information desk open online; page 2 the
                                           Lampiran table of dates
  M03_asuransi_klaim_santunan  surat_masuk an insurer reports the claims of ad hoc election workers:
                                           two-column business letterhead with an OJK tag line, claims
                                           table, missing documents as bullets, claims contact
  M04_bpkad_sisa_hibah         surat_masuk the provincial finance agency asks for the 2024 election
                                           grant report and the return of its unspent balance: NPHD
                                           number, table Uraian | Jumlah, treasury account, deadline
  M05_bpn_pengukuran_tanah     surat_masuk the land office announces the survey of the office's (or
                                           warehouse's) land: ministry umbrella lines, BPN-style
                                           number, parcel table, survey day and team, what to prepare
  M06_kartu_ucapan_hari_raya   surat_masuk an institution's Idul Fitri or Christmas / New Year greeting
                                           card on an A5 landscape sheet: ornamental border, emblem and
                                           name lines, greeting in large italics, a Palembang pantun,
                                           "Ketua dan Keluarga Besar", crescent or fir-tree drawings
  M07_pemanggilan_peserta_pelatihan surat_masuk the province's HR development agency or the KPU
                                           training centre calls named staff to a course: participants
                                           table (Nama | NIP | Jabatan), schedule rows, duties, contact
  M08_perpustakaan_serah_simpan surat_masuk the provincial library service asks under UU 13/2018 for
                                           copies of the KPU's publications: "Permohonan" in the Hal,
                                           table of titles, year and form

Truth conventions (as the sixteenth and seventeenth generators document unless said)
  * Values as printed, whitespace-normalised; every textual value is checked against page_text
    (case aside: inside a sentence an item, a purpose or an occupation starts in lower case, the
    truth keeps the capital).  Several requested items are joined with "; " without numbering,
    letters, "dan" / "serta" or final punctuation.  phone E.164 (+62...; a landline "(0711)
    38xxxx" -> +6271138xxxx), email lower-case even when printed with a capital, letter_date ISO.
    Names keep prefixes (H., Hj., Kgs., Nyimas, Dr., Ir., I Made, Ni Luh), "br." / "boru" and
    degrees, never Bapak/Ibu/Sdr.  NIK: the 16 digits (printed with spaces or dots sometimes),
    valid except on letters marked nik_invalid (P03, P06: a digit dropped, a month 13-19 or an
    impossible day; the truth is the NIK as written, digits only; such letters carry no KTP copy);
    a KTP copy supplies the NIK when the letter does not print it (P03), never its address or
    occupation.
  * The applicant is the natural person who asks or objects: P01 the team officer in the identity
    rows (not the co-signer, not the candidates of the tag line); P02 the lecturer (the students in
    the table are not fields; address the "Alamat Kantor" / "Alamat" row, e-mail the campus one);
    P05 the notary as named in the body (address the office address of the body, phone the
    number given there, mobile or landline; the letterhead's contacts are not fields); P06
    Pemohon I, the first-named (Pemohon II's data are never fields); P08 the declarant; K03 the
    party officer in the rows ("Alamat Sekretariat" when labelled so); K05 the visitor whose entry
    is the objection, name, address and phone as written in the guest book (the other visitors are
    not fields).  occupation only from a Pekerjaan / Pekerjaan/Profesi label or "pekerjaan ..."
    wording (P02 "Dosen" / "Dosen Tetap" / "Dosen Program Studi ..." from its Pekerjaan row, P05
    "Notaris dan PPAT" only from "pekerjaan Notaris dan PPAT"); a Jabatan, NIDN, NIM or "Notaris
    di ..." is never one.
  * sender_org: the letterhead's name lines joined by a space, umbrella lines (PEMERINTAH ...,
    MAHKAMAH AGUNG ..., DIREKTORAT JENDERAL ..., KEMENTERIAN ... / BADAN PERTANAHAN NASIONAL) and tag
    lines left out: P01 the team's name lines (the pair's names and ballot number are a tag line);
    P02 university + faculty; P05 the small top line and the notary's name line as printed ("NOTARIS
    & PPAT DR. ..., S.H., M.Kn."; the decree, working area and contacts are tag lines); K03 level +
    party + area; S01 / S02 the KI as printed (title case when so); S03 "PENGADILAN TATA USAHA
    NEGARA PALEMBANG"; M01 the Dinas line; M02 "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA" or
    "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"; M03 the company line (branch line and OJK tag
    left out); M04 "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"; M05 "KANTOR PERTANAHAN KOTA
    PALEMBANG" / "... KABUPATEN BANYUASIN"; M06 the name lines under the card's emblem; M07 the
    agency line, or "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA PUSAT PENDIDIKAN DAN PELATIHAN"; M08
    the Dinas line.  null for individuals (P03, P06, P07, P08, K01, K04), the office's forms (P04,
    K02) and the guest book (K05).
  * letter_number: the letter's own Nomor / Ref.; P04 the Nomor Pendaftaran when the clerk's field
    is filled (the placeholder gives none); K02 / K05 the clerk's Nomor Registrasi Keberatan when
    written (box or red note); S01 the Penetapan's NOMOR, or the cover letter's Nomor when a cover
    letter comes first; S03 the court letter's W2-TUN number (the case number, the KI putusan and
    register numbers are not); M01 the cover letter's Nomor, or the SKRD number when the SKRD comes
    alone; M02 the SE's number as printed after NOMOR; M03 the Ref. / Nomor without its label; never
    a cited number (K01's receipt number, K03's own request number and the PPID letter's, K04's
    copy, M04's NPHD, M05's cited KPU letter, P01's earlier requests).  subject: a Hal / Perihal /
    Hal ikhwal line; S01 without cover its TENTANG title in capitals ("PENGGABUNGAN PEMERIKSAAN
    SENGKETA INFORMASI PUBLIK"); M02 its TENTANG title as printed in capitals; null for P04, P08
    without a Perihal line (its title is not a Hal), K02, K05, M01's bare SKRD (a title is not a
    Hal) and M06.
  * letter_date: the writer's date: P04 the date-picker value (null when still the placeholder);
    K05 the date written in the objection's Hari/Tanggal cell (the other visitors' dates are not);
    S01 "pada tanggal ..." or the cover letter's date; M01 the place-date of the cover letter or of
    the SKRD (the due date is not); M02 "Ditetapkan ... pada tanggal"; M06 none (a Hijri day or a
    season is not a date).
  * obtain_method / delivery_method from words, ticks or table columns: P01 the Bentuk column, all
    rows alike ("Softcopy (PDF)", "File PDF/Excel" -> salinan_softcopy; "Fotokopi legalisir",
    "Hardcopy" -> salinan_hardcopy; "Salinan" -> salinan); P04 the ticked ☒ box ("Melihat/...",
    "(hardcopy)", "(softcopy)"; delivery as ticked, null when none is); P05 "salinan yang telah
    dilegalisir" / "salinan resmi (fotokopi dilegalisir)" -> salinan_hardcopy, "file PDF" ->
    salinan_softcopy, "salinannya" -> salinan, "diambil oleh staf kami" -> mengambil_langsung;
    otherwise the running prose of the sixteenth generator.  objection_reason_code: K01 always f;
    K02 the marked row; K03 / K04 / K05 from the ground in words (huruf cited sometimes in K03).
  * keberatan: reference_registration_number is the request's Nomor Pendaftaran only, null when not
    printed (K04 often: the attached request copy has none); obtain / delivery are never truth for
    an objection; K04's fields come from page 1, its attached request copy supplies nothing.
  * sengketa letters carry the applicant's name (address when printed), the disputed information
    when printed (S01 the Objek Sengketa cells of all joined registers in row order, S03 the item
    in the amar when printed), the cited request number when printed (S02), the KI register number
    (S01 the lead register into which the others are joined; S03 the register in brackets after the
    KI putusan) and the letter's own number, date, subject and sender.
  * surat_masuk carries only letter_number, letter_date, subject and sender_org, however much it
    speaks of "permohonan", "informasi publik", data or PPID (M02's desk arrangements, M04's request
    for a report, M08's "Permohonan Serah Simpan" addressed c.q. PPID: another public body asking for
    its own duty).
  * Stamps, signatures, meterai, the thumbprint, logos, the crescent / tree drawings, pen marks over
    the printed form marks (K02 by hand) are pictures; printed and written words are page text (the
    placeholders of P04, the typed ☒ / ● / [ x ] / ✔ marks of K02, the clipping, the receipt and the
    request copy although those are pictures in the born-digital version, the other visitors'
    entries in K05).  handwritten is true when field values are hand-written (P03 / P07 / K02 hand
    variants, K05).
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


# ---------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# ---------------------------------------------------------------------------------------------
PILKADA = (
    ("BUPATI DAN WAKIL BUPATI", "LAHAT", "Kabupaten Lahat", "TP-LHT"),
    ("BUPATI DAN WAKIL BUPATI", "MUARA ENIM", "Kabupaten Muara Enim", "TP-ME"),
    ("BUPATI DAN WAKIL BUPATI", "EMPAT LAWANG", "Kabupaten Empat Lawang", "TP-EL"),
    ("BUPATI DAN WAKIL BUPATI", "OGAN ILIR", "Kabupaten Ogan Ilir", "TP-OI"),
    ("WALI KOTA DAN WAKIL WALI KOTA", "PALEMBANG", "Kota Palembang", "TP-PLG"),
    ("WALI KOTA DAN WAKIL WALI KOTA", "LUBUKLINGGAU", "Kota Lubuklinggau", "TP-LLG"),
    ("GUBERNUR DAN WAKIL GUBERNUR", "SUMATERA SELATAN", "Provinsi Sumatera Selatan", "TP-SS"),
)
CAMPAIGN_ITEMS = (
    "Salinan formulir Model D.HASIL KWK tingkat kecamatan se-{reg}",
    "Salinan Berita Acara Rekapitulasi Hasil Penghitungan Suara tingkat {reg}",
    "Data DPT, DPTb dan DPK per TPS di {reg}",
    "Salinan Keputusan penetapan pasangan calon terpilih",
    "Rekapitulasi penggunaan surat suara cadangan per kecamatan",
    "Salinan laporan penerimaan dan pengeluaran dana kampanye seluruh pasangan calon",
    "Daftar TPS yang melaksanakan pemungutan suara ulang",
    "Salinan catatan kejadian khusus dan keberatan saksi (Model D.KEJADIAN KHUSUS)",
    "Jumlah pemilih yang menggunakan hak pilih per kecamatan",
    "Salinan hasil audit laporan dana kampanye oleh kantor akuntan publik",
)
CAMPAIGN_PURPOSES = (
    "Bahan evaluasi dan laporan akhir tim pemenangan",
    "Bahan penyusunan laporan pertanggungjawaban tim kepada pasangan calon",
    "Dokumentasi dan arsip tim untuk pemilihan berikutnya",
    "Bahan kajian tim hukum dan advokasi pasangan calon",
    "Bahan rapat evaluasi relawan dan saksi di tingkat kecamatan",
)
FORM_COL = {  # a Bentuk column value -> obtain_method
    "Softcopy (PDF)": "salinan_softcopy",
    "File PDF/Excel": "salinan_softcopy",
    "Fotokopi legalisir": "salinan_hardcopy",
    "Hardcopy": "salinan_hardcopy",
    "Salinan": "salinan",
}


def p01_tim_pemenangan_paslon(ctx: Ctx) -> Letter:
    """A regional-election campaign team (Tim Pemenangan / Tim Kampanye of a candidate pair) asks
    after the election for election documents: coloured top band, the pair's names and ballot
    number as a tag line beside a numbered badge, secretariat in small print; the Ketua Tim or the
    team's legal coordinator in identity rows; table No | Dokumen yang Dimohon | Bentuk; two
    signatures side by side with the team's stamp."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    pg = d.pg
    office, REG, region, code = rng.choice(PILKADA)
    no_urut = rng.randint(1, 4)
    c1 = person19(rng, male=True, degree_p=0.0, prefix_p=0.0)
    c2 = person19(rng, degree_p=0.0, prefix_p=0.0)
    team = rng.choice(("TIM PEMENANGAN", "TIM KAMPANYE", "TIM PEMENANGAN"))
    names = [f"{team} PASANGAN CALON", f"{office} {REG}", "TAHUN 2024"]
    if rng.random() < 0.5:
        names = [f"{team} PASANGAN CALON {office}", f"{REG} TAHUN 2024"]
    color = rng.choice((NAVY, MAROON, GREEN, (200, 90, 0), (90, 30, 120)))
    pg.rect(0, 0, pg.w, 14, 0, None, color)
    # the ballot-number badge at the right
    bx = d.R - 52
    pg.circle(bx + 24, 60, 24, 2.0, color, WHITE)
    pg.t(bx + 24, 71, str(no_urut), "hb", 30, color, "c")
    x = d.L
    y = 40.0
    for i, s in enumerate(names):
        sz = fit_size([s], ctx.b, 14 if i == 0 else 12.5, bx - 14 - x)
        y += sz * (1.0 if i == 0 else 1.25)
        pg.t(x, y, s, ctx.b, sz, color)
    tag = f"{c1['core'].upper()} – {c2['core'].upper()} (NOMOR URUT {no_urut})"
    y += 13
    pg.t(x, y, tag, ctx.i, fit_size([tag], ctx.i, 9, bx - 14 - x), GREY)
    sek = office_address(rng)
    tel, _ = landline(rng, "0711")
    y += 11
    foot = f"Sekretariat: {sek}  Telp. {tel}"
    pg.t(x, y, foot, ctx.r, fit_size([foot], ctx.r, 7.5, d.W))
    y += 8
    pg.line(d.L, y, d.R, y, 1.6, color)
    d.y = y + 22
    sender = " ".join(names)
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(1, 150):03d}/{code}/{roman(m_)}/{y_}",
            f"{rng.randint(10, 99)}/SEK-{code}/{m_:02d}/{y_}",
            f"B.{rng.randint(1, 90):02d}/{code}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Informasi Publik",
            "Permohonan Salinan Dokumen Pemilihan",
            "Permohonan Data Hasil Pemilihan",
            "Permintaan Salinan Dokumen",
        )
    )
    nomor_block(
        d,
        [(nl, num), (ll, rng.choice(("-", "-", "1 (satu) berkas"))), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    p = person19(rng, degree_p=0.45, prefix_p=0.2)
    role = rng.choice(("Ketua Tim", "Koordinator Bidang Hukum dan Advokasi", "Ketua"))
    addr = address16(p, rng)
    show_job = rng.random() < 0.4
    show_mail = rng.random() < 0.5
    show_nik = rng.random() < 0.8
    d.para("Yang bertanda tangan di bawah ini:")
    rows = [(rng.choice(NAME_L), p["name"]), ("Jabatan", role)]
    if show_nik:
        rows.append((rng.choice(NIK_L), spaced_nik(p["nik"], rng)))
    if show_job:
        rows.append(("Pekerjaan", p["job"]))
    rows.append((rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    kv_rows(d, rows, x=d.L + 18)
    d.gap(3)
    d.para(
        f"dalam hal ini bertindak untuk dan atas nama {title_id(names[0])} {title_id(' '.join(names[1:]))} "
        f"Nomor Urut {no_urut}, dengan ini mengajukan permohonan informasi publik sebagai berikut:",
        justify=True,
    )
    form = rng.choice(tuple(FORM_COL))
    fs = ctx.size - 1
    w_no, w_form = 26.0, max(70.0, tw(form, ctx.r, fs) + 14)
    w_doc = d.W - w_no - w_form
    pool = [it.format(reg=region) for it in CAMPAIGN_ITEMS]
    fs = fit_size(pool, ctx.r, fs, w_doc - 10, lo=7.6)
    pool = [it for it in pool if tw(it, ctx.r, fs) <= w_doc - 10]
    items = rng.sample(pool, rng.randint(2, min(4, len(pool))))
    table2(
        d,
        [w_no, w_doc, w_form],
        [[str(i), it, form] for i, it in enumerate(items, 1)],
        ["No", "Dokumen yang Dimohon", "Bentuk"],
        size=fs,
    )
    purpose = rng.choice(CAMPAIGN_PURPOSES)
    d.para(f"Informasi tersebut akan kami gunakan sebagai {lc1(purpose)}.", justify=True)
    dl = rng.choice((None, "mengambil_langsung", "email", "kurir"))
    dl = fit_delivery(rng, FORM_COL[form], dl)
    close = rng.choice(CLOSE_K)
    keep(d, [close, "Salinan dokumen tersebut mohon dikirimkan."] if dl else [close], 185)
    if dl:
        d.para(f"Salinan dokumen tersebut {DL_KAMI[dl]}.", justify=True)
    d.para(close, justify=True)
    other = person19(rng, degree_p=0.4)
    if role.startswith("Ketua"):
        cols = [
            {"pre": ["Hormat kami,", f"{role},"], "name": p["name"]},
            {
                "pre": ["", "Sekretaris Tim,"],
                "name": other["name"],
                "stamp": (names[0][:30], str(no_urut)),
            },
        ]
    else:
        cols = [
            {"pre": ["Hormat kami,", f"{role},"], "name": p["name"]},
            {
                "pre": ["Mengetahui,", "Ketua Tim,"],
                "name": other["name"],
                "stamp": (names[0][:30], str(no_urut)),
            },
        ]
    sign_cols(d, cols)
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (f"1. Pasangan Calon Nomor Urut {no_urut};", "2. Arsip."):
        d.line_text(s, size=ctx.size - 1)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"] if show_job else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=FORM_COL[form],
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P01_tim_pemenangan_paslon", d.pages, fields)


UNIS = (
    (
        "UNIVERSITAS SRIWIJAYA",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "Jl. Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662  Laman: fisip.unsri.ac.id",
        "Ilmu Politik",
        "unsri.ac.id",
        "UN9.FISIP",
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        "FAKULTAS SYARIAH DAN HUKUM",
        "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A Km. 3,5 Palembang 30126",
        "Hukum Tata Negara",
        "radenfatah.ac.id",
        "Un.09/FSH",
    ),
    (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
        "FAKULTAS HUKUM",
        "Jl. Jenderal Ahmad Yani 13 Ulu Palembang 30263  Telp. (0711) 513 078",
        "Ilmu Hukum",
        "um-palembang.ac.id",
        "FH-UMP",
    ),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        "FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN",
        "Jl. Jenderal Ahmad Yani Lrg. Gotong Royong 9/10 Ulu Palembang 30251",
        "Pendidikan Pancasila dan Kewarganegaraan",
        "univpgri-palembang.ac.id",
        "FKIP-UPGRI",
    ),
    (
        "UNIVERSITAS BINA DARMA",
        "FAKULTAS ILMU KOMPUTER",
        "Jl. Jenderal Ahmad Yani No. 3 Plaju Palembang 30264",
        "Sistem Informasi",
        "binadarma.ac.id",
        "FIK-UBD",
    ),
    (
        "UNIVERSITAS TRIDINANTI",
        "FAKULTAS EKONOMI DAN BISNIS",
        "Jl. Kapten Marzuki No. 2446 Kamboja Palembang 30129",
        "Akuntansi Sektor Publik",
        "univ-tridinanti.ac.id",
        "FEB-UTP",
    ),
)
THESIS_DATA = (
    "Data partisipasi pemilih per kecamatan di {kab} pada Pemilu 2024",
    "Jumlah pemilih penyandang disabilitas dan TPS akses di {kab}",
    "Data pemilih pemula Pemilu 2024 per kabupaten/kota",
    "Laporan dana kampanye pasangan calon Gubernur dan Wakil Gubernur Tahun 2024",
    "Rekapitulasi pelanggaran administrasi yang ditindaklanjuti KPU Provinsi Sumatera Selatan",
    "Realisasi anggaran hibah Pemilihan 2024 per jenis belanja",
    "Jumlah permohonan informasi publik yang diterima PPID Tahun 2025",
    "Data keterwakilan perempuan dalam daftar calon tetap DPRD Provinsi",
    "Jumlah anggota KPPS dan PPS yang mengikuti bimbingan teknis di {kab}",
    "Hasil survei kepuasan layanan informasi PPID Tahun 2025",
    "Data pengaduan masyarakat tentang daftar pemilih di {kab}",
)
THESIS_PURPOSES = (
    "Bahan penyusunan skripsi mahasiswa bimbingan kami pada Program Studi {prodi}",
    "Penyelesaian tugas akhir mahasiswa Program Studi {prodi} yang kami bimbing",
    "Bahan penelitian skripsi mahasiswa bimbingan pada Program Studi {prodi}",
)


def p02_dosen_pembimbing_tabel(ctx: Ctx) -> Letter:
    """A thesis supervisor writes on the faculty letterhead for several students at once: the
    lecturer's identity rows (NIDN, Pekerjaan, office address), a table No | Nama Mahasiswa | NIM |
    Data yang Diperlukan, one purpose for all, the study-programme coordinator countersigns
    "Mengetahui"."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    uni, fak, uaddr, prodi, dom, code = rng.choice(UNIS)
    sender = kop_univ(d, rng, uni, fak, uaddr, rng.choice((INK, NAVY, GREEN, MAROON)))
    lect = person19(rng, degree_p=1.0, prefix_p=0.35)
    if "M." not in lect["name"] and "Ph.D." not in lect["name"]:
        lect["name"] += ", " + rng.choice(DEG16_H)
    toks = [re.sub(r"[^a-z]", "", t.lower()) for t in lect["core"].split()]
    toks = [t for t in toks if len(t) > 2] or ["dosen"]
    mail = f"{toks[0]}{('.' + toks[-1]) if len(toks) > 1 and rng.random() < 0.6 else ''}@{dom}"
    mail_print = mail
    with_num = rng.random() < 0.7
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(100, 2400)}/{code}/TU.SB/{y_}",
            f"B-{rng.randint(100, 900)}/{code}/PP.00.9/{m_:02d}/{y_}",
            f"{rng.randint(10, 400):03d}/{code}/{roman(m_)}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Data Penelitian Mahasiswa Bimbingan",
            "Permohonan Informasi untuk Penelitian Skripsi",
            "Permohonan Data Skripsi Mahasiswa",
        )
    )
    rows = ([(nl, num)] if with_num else []) + [(ll, "-"), (hl, subj)]
    nomor_block(
        d,
        rows,
        pdate16(
            rng,
            rng.choice(("Palembang", "Indralaya")) if "Indralaya" in uaddr else "Palembang",
            ctx.date,
        ),
    )
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    d.para("Yang bertanda tangan di bawah ini:")
    job = rng.choice(("Dosen", "Dosen", "Dosen Tetap", f"Dosen Program Studi {prodi}"))
    show_job = rng.random() < 0.75
    addr_kind = rng.random() < 0.5
    addr = uaddr.split("  ")[0] if addr_kind else address16(lect, rng)
    rows = [(rng.choice(NAME_L), lect["name"]), ("NIDN", f"0{rng.randint(100000000, 299999999)}")]
    if show_job:
        rows.append(("Pekerjaan", job))
    rows.append(("Alamat Kantor" if addr_kind else rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), lect["phone"]))
    rows.append((rng.choice(MAIL_L), mail_print))
    kv_rows(d, rows, x=d.L + 18)
    d.gap(3)
    d.para(
        f"selaku dosen pembimbing skripsi pada Program Studi {prodi} {title_id(fak)} {title_id(uni)}, "
        "dengan ini mengajukan permohonan informasi publik untuk keperluan penelitian mahasiswa "
        "bimbingan kami sebagai berikut:",
        justify=True,
    )
    n = rng.randint(2, 4)
    fs = ctx.size - 1.5
    w = [24.0, 0.0, 72.0, 0.0]
    studs = []
    while len(studs) < n:
        s = person19(rng, degree_p=0.0, prefix_p=0.0)
        s["name"] = s["core"]
        if tw(s["name"], ctx.r, fs) < 118 and s["name"] not in [x["name"] for x in studs]:
            studs.append(s)
    w[1] = max(tw(s["name"], ctx.r, fs) for s in studs) + 12
    w[3] = d.W - w[0] - w[1] - w[2]
    datas: list[str] = []
    for _ in studs:
        while True:
            it = rng.choice(THESIS_DATA).format(kab=rng.choice(KABS))
            if it not in datas:
                datas.append(it)
                break
    prefix = rng.choice(("0", "1", "2"))
    rows = [
        [str(i), s["name"], f"{prefix}{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}", it]
        for i, (s, it) in enumerate(zip(studs, datas, strict=True), 1)
    ]
    table2(d, w, rows, ["No", "Nama Mahasiswa", "NIM", "Data yang Diperlukan"], size=fs)
    purpose = rng.choice(THESIS_PURPOSES).format(prodi=prodi)
    d.para(f"Data tersebut akan digunakan sebagai {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.8, 0.7)
    s = obdl_sentence(rng, ob, dl, we=True)
    close = rng.choice(CLOSE_K)
    keep(d, [s, close] if s else [close], 135)
    if s:
        d.para(s, justify=True)
    d.para(close, justify=True)
    kap = person19(rng, degree_p=1.0, prefix_p=0.3)
    sign_cols(
        d,
        [
            {"pre": ["Mengetahui,", f"Koordinator Program Studi {prodi},"], "name": kap["name"]},
            {"pre": ["", "Dosen Pembimbing,"], "name": lect["name"]},
        ],
    )
    fields = F(
        applicant_name=lect["name"],
        address=addr,
        phone=lect["e164"],
        email=mail,
        occupation=job if show_job else None,
        information_requested="; ".join(datas),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num if with_num else None,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P02_dosen_pembimbing_tabel", d.pages, fields)


P03_SUBJ = (
    "Permohonan Informasi Publik",
    "Permohonan Data",
    "Permintaan Informasi",
    "Mohon Salinan Data",
)


def p03_perihal_kanan(ctx: Ctx) -> Letter:
    """A citizen's letter whose Lampiran / Perihal block sits in a right-hand column under the
    place-date, the addressee block at the left on the same lines; identity rows with unusual
    labels ("Nomor Induk Kependudukan", "HP/WA", "E-mail/Surel", "Pekerjaan/Profesi"); the items
    in one sentence separated by commas and "serta".  Typed, or hand-written on plain or ruled
    paper; now and then a NIK mistyped; KTP copy when the NIK is not written."""
    rng = ctx.rng
    hand = ctx.hand
    paper = rng.choice(("plain", "folio")) if hand else "plain"
    d = Doc(ctx, top=rng.uniform(62, 86), paper=paper)
    if hand:
        d.L = 76 if paper == "folio" else 64
        if paper == "folio":
            d.y = 95 - 4 + 19 * rng.randint(0, 1)
    bf = "hand" if hand else ctx.r
    size = 13.0 if hand else ctx.size
    lead = 19.0 if hand else size * 1.45
    p = person19(rng, degree_p=0.2 if hand else 0.3, prefix_p=0.1)
    rx = d.L + d.W * rng.uniform(0.5, 0.56)
    pd = pdate16(rng, p["city"], ctx.date)
    subj = rng.choice(P03_SUBJ)
    hl = rng.choice(("Perihal", "Hal", "Perihal"))
    lamp = rng.choice(("-", "1 (satu) lembar", "Fotokopi KTP", "-"))
    right = [pd, "", (rng.choice(("Lampiran", "Lamp.")), lamp), (hl, subj)]
    if rng.random() < 0.3:
        right.insert(2, ("Sifat", "Biasa"))
    left = kpu_rows(rng)
    y0 = d.y
    labw = max(tw(r[0], bf, size) for r in right if isinstance(r, tuple)) + 5
    rsz = fit_size(
        [pd, *[f"{a} : {b}" for a, b in (r for r in right if isinstance(r, tuple))]],
        bf,
        size,
        d.R - rx,
    )
    for i, r in enumerate(right):
        yy = y0 + i * lead
        if isinstance(r, tuple):
            d.pg.t(rx, yy, r[0], bf, rsz, ctx.ink if hand else INK)
            d.pg.t(rx + labw, yy, ":", bf, rsz, ctx.ink if hand else INK)
            d.pg.t(rx + labw + 8, yy, r[1], bf, rsz, ctx.ink if hand else INK)
        elif r:
            d.pg.t(rx, yy, r, bf, rsz, ctx.ink if hand else INK)
    k0 = len(right) - len(left) + rng.randint(0, 1) if len(left) < len(right) else 2
    k0 = max(2, k0)
    lsz = fit_size(left, bf, size, rx - d.L - 26)
    for k, s in enumerate(left):
        d.pg.t(d.L, y0 + (k0 + k) * lead, s, bf, lsz, ctx.ink if hand else INK)
    d.y = y0 + max(len(right), k0 + len(left)) * lead + (lead if hand else 14)
    d.line_text("Dengan hormat,", font=bf, size=size, lead=lead)
    d.para(
        rng.choice(
            ("Saya yang bertanda tangan di bawah ini:", "Yang bertanda tangan di bawah ini,")
        ),
        font=bf,
        size=size,
        lead=lead if hand else None,
    )
    show_nik = rng.random() < 0.8
    nik_p, bad = nik_of(p, rng, 0.14 if show_nik else 0.0)
    ktp = (not show_nik) and rng.random() < 0.85
    addr = address16(p, rng)
    show_job = rng.random() < 0.7
    show_mail = rng.random() < (0.15 if hand else 0.5)
    rows = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        rows.append(
            (
                rng.choice(("Nomor Induk Kependudukan", "NIK", "No. Induk Kependudukan")),
                nik_p if hand else spaced_nik(nik_p, rng) if not bad else nik_p,
            )
        )
    if show_job:
        rows.append((rng.choice(JOB_L), p["job"]))
    rows.append((rng.choice(ADDR_L), addr))
    rows.append((rng.choice(("HP/WA", "No. HP/WA", "Telp./WA", "HP / WhatsApp")), p["phone"]))
    if show_mail:
        rows.append(
            (rng.choice(("E-mail/Surel", "Surel/E-mail", "Alamat E-mail")), p["email_printed"])
        )
    lw = max(tw(k, bf, size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, font=bf, size=size, x=d.L + 14, lead=lead if hand else None)
    d.gap(0 if hand else 4)
    pool = [it for it in info_items(rng, 4, 6) + short_items(rng, 3, 4) if "," not in it]
    items = list(dict.fromkeys(pool))[: rng.randint(2, 3)]
    its = [lc1(x) for x in items]
    joined = ", ".join(its[:-1]) + rng.choice((", serta ", " serta ", ", dan ")) + its[-1]
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan berupa {joined}, "
        f"untuk keperluan {lc1(purpose)}.",
        font=bf,
        size=size,
        justify=not hand,
        lead=lead if hand else None,
    )
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, font=bf, size=size, justify=not hand, lead=lead if hand else None)
    d.para(rng.choice(CLOSE), font=bf, size=size, justify=not hand, lead=lead if hand else None)
    sign_block(
        d,
        [rng.choice(("Hormat saya,", "Pemohon,", "Saya yang memohon,"))],
        p["name"],
        font=bf if hand else None,
    )
    if ktp:
        d.pages.append(ktp_cards(ctx, [p]))
    fields = F(
        applicant_name=p["name"],
        nik=digits(nik_p) if show_nik else (p["nik"] if ktp else None),
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
        "P03_perihal_kanan",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
        extra={"nik_invalid": True} if bad else None,
    )


PLACEHOLDER = "Klik atau ketuk di sini untuk memasukkan teks."
PLACEHOLDER_D = "Klik atau ketuk untuk memasukkan tanggal."
WORD_OB = (
    ("melihat", "Melihat/membaca/mendengarkan/mencatat"),
    ("salinan_hardcopy", "Mendapatkan salinan informasi (hardcopy)"),
    ("salinan_softcopy", "Mendapatkan salinan informasi (softcopy)"),
)
WORD_DL = (
    ("mengambil_langsung", "Mengambil langsung"),
    ("kurir", "Kurir"),
    ("pos", "Pos"),
    ("faksimili", "Faksimili"),
    ("email", "E-mail"),
)


def p04_word_kontrol_konten(ctx: Ctx) -> Letter:
    """The office's request form downloaded as a word-processor template and filled in on a
    computer before printing: grey content-control fields, the unfilled ones still showing "Klik
    atau ketuk di sini untuk memasukkan teks.", check-box controls ☒ / ☐ for the ways to obtain
    and receive, a date-picker control, the template's footer.  Never hand-written."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    kop_kpu(d, rng)
    vf = rng.choice(("hr", "dr", ctx.r))
    shade = rng.random() < 0.7
    grey_fill = (232, 232, 232)
    size = ctx.size - 0.5
    d.line_text("FORMULIR PERMOHONAN INFORMASI PUBLIK", ctx.b, size + 2, align="c")
    d.gap(2)
    with_reg = rng.random() < 0.3
    reg = f"{rng.randint(1, 180):03d}/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"

    def control(x, y, val, w=None, fsz=None):
        fsz = fsz or size
        if val is None:
            txt, col = PLACEHOLDER, GREY
        else:
            txt, col = val, INK
        ww = tw(txt, vf, fsz)
        if shade or val is None:
            d.pg.rect(x - 1, y - fsz * 0.85, ww + 2, fsz * 1.15, 0, None, grey_fill)
        d.pg.t(x, y, txt, vf, fsz, col)

    y = d.y
    d.pg.t(d.L, y, "Nomor Pendaftaran*", ctx.r, size)
    d.pg.t(d.L + 160, y, ":", ctx.r, size)
    control(d.L + 168, y, reg if with_reg else None)
    d.y = y + size * 1.5
    d.line_text("*) diisi oleh petugas", ctx.i, size - 2.5)
    d.gap(4)
    p = person19(rng, degree_p=0.25, prefix_p=0.1)
    addr = address16(p, rng)
    fill = {
        "job": rng.random() < 0.8,
        "phone": rng.random() < 0.9,
        "email": rng.random() < 0.6,
        "purpose": rng.random() < 0.85,
        "nik": rng.random() < 0.9,
    }
    items = info_items(rng, 1, 3) if rng.random() < 0.4 else short_items(rng, 1, 4)
    purpose = rng.choice(PURPOSES16)
    vw = d.R - d.L - 180
    item_lines: list[str] = []
    for i, it in enumerate(items, 1):
        item_lines += wrap(f"{i}. {it}" if len(items) > 1 else it, vf, size, vw)
    rows = [
        ("Nama Lengkap", [p["name"]]),
        ("NIK", [p["nik"]] if fill["nik"] else None),
        ("Alamat", wrap(addr, vf, size, vw)),
        ("Pekerjaan", [p["job"]] if fill["job"] else None),
        ("Nomor Telepon/HP", [p["phone"]] if fill["phone"] else None),
        ("Alamat E-mail", [p["email_printed"]] if fill["email"] else None),
        ("Rincian Informasi yang Dibutuhkan", item_lines),
        ("Tujuan Penggunaan Informasi", wrap(purpose, vf, size, vw) if fill["purpose"] else None),
    ]
    lsz = fit_size([lab for lab, _ in rows], ctx.r, size, 154)
    for lab, vals in rows:
        n = len(vals or [""])
        d.need(n * size * 1.5 + 4)
        y = d.y
        d.pg.t(d.L, y, lab, ctx.r, lsz)
        d.pg.t(d.L + 160, y, ":", ctx.r, size)
        if vals is None:
            control(d.L + 168, y, None)
        else:
            for k, v in enumerate(vals):
                control(d.L + 168, y + k * size * 1.5, v)
        d.y = y + n * size * 1.5 + 3
    ob = rng.choice((None, "melihat", "salinan_hardcopy", "salinan_softcopy", "salinan_softcopy"))
    dl = rng.choice((None, "mengambil_langsung", "email", "pos", "kurir"))
    if ob == "melihat":
        dl = rng.choice((None, "mengambil_langsung"))
    dl = fit_delivery(rng, ob, dl) if ob else dl
    for title, opts, chosen in (
        ("Cara Memperoleh Informasi", WORD_OB, ob),
        ("Cara Mendapatkan Salinan Informasi", WORD_DL, dl),
    ):
        d.need(size * 1.5 * (len(opts) + 1))
        d.line_text(title, ctx.b, size)
        for key, lab in opts:
            d.need(size * 1.5)
            d.pg.t(d.L + 16, d.y, "☒" if key == chosen else "☐", "dr", size + 1)
            d.pg.t(d.L + 32, d.y, lab, ctx.r, size)
            d.y += size * 1.45
        d.gap(3)
    date_filled = rng.random() < 0.85
    dstr = rng.choice(
        (
            fmt_date(ctx.date, "slash0"),
            fmt_date(ctx.date, "long0"),
            fmt_date(ctx.date, "day"),
            ctx.date.strftime("%d-%m-%Y"),
        )
    )
    d.need(120)
    x = d.R - (210 if date_filled else 265)
    y = d.y + 6
    d.pg.t(x, y, "Palembang,", ctx.r, size)
    xx = x + tw("Palembang, ", ctx.r, size)
    if date_filled:
        if shade:
            d.pg.rect(
                xx - 1, y - size * 0.85, tw(dstr, vf, size) + 2, size * 1.15, 0, None, grey_fill
            )
        d.pg.t(xx, y, dstr, vf, size)
    else:
        d.pg.rect(
            xx - 1,
            y - size * 0.85,
            tw(PLACEHOLDER_D, vf, size - 2) + 2,
            size * 1.15,
            0,
            None,
            grey_fill,
        )
        d.pg.t(xx, y, PLACEHOLDER_D, vf, size - 2, GREY)
    d.pg.t(x, y + size * 1.5, "Pemohon Informasi,", ctx.r, size)
    if rng.random() < 0.75:
        ctx.sig(d.pg, x + 10, y + size * 1.5 + 6, 88)
    d.pg.t(x, y + size * 1.5 + 56, f"( {p['name']} )", vf, size)
    d.y = y + size * 1.5 + 80
    pg = d.pg
    foot = rng.choice(
        (
            "Templat formulir: ppid.sumsel.kpu.go.id/unduhan  |  Versi 2.1 (2025)",
            "Formulir ini dapat diunduh di laman PPID KPU Provinsi Sumatera Selatan",
        )
    )
    pg.line(d.L, pg.h - 44, d.R, pg.h - 44, 0.4, GREY)
    pg.t(d.L, pg.h - 32, foot, ctx.i, 7.5, GREY)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if fill["nik"] else None,
        address=addr,
        phone=p["e164"] if fill["phone"] else None,
        email=p["email"] if fill["email"] else None,
        occupation=p["job"] if fill["job"] else None,
        information_requested="; ".join(items),
        purpose=purpose if fill["purpose"] else None,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=reg if with_reg else None,
        letter_date=ctx.date.isoformat() if date_filled else None,
    )
    return Letter("permohonan_informasi", "P04_word_kontrol_konten", d.pages, fields)


NOTARY_ITEMS = (
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Calon Terpilih Anggota DPRD Provinsi Sumatera Selatan Hasil Pemilu 2024",
    "Salinan Berita Acara Penetapan Perolehan Kursi Partai Politik Anggota DPRD Provinsi Sumatera Selatan",
    "Salinan Daftar Calon Tetap Anggota DPRD Provinsi Sumatera Selatan Daerah Pemilihan Sumatera Selatan {dapil}",
    "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Pasangan Calon Gubernur dan Wakil Gubernur Terpilih Tahun 2024",
    "Salinan Keputusan pemberhentian antarwaktu anggota PPK di {kab}",
    "Salinan surat keterangan pengunduran diri calon anggota DPRD dari jabatan direksi",
)
NOTARY_PURPOSES = (
    "Kelengkapan dokumen pembuatan akta perubahan susunan pengurus yayasan klien kami",
    "Pemeriksaan keabsahan dokumen dalam rangka pembuatan akta pernyataan keputusan rapat perseroan",
    "Kelengkapan warkah akta pendirian perkumpulan pemantau pemilihan",
    "Kelengkapan dokumen akta perubahan anggaran dasar perseroan klien kami",
)
NOTARY_OB = (
    ("salinan yang telah dilegalisir", "salinan_hardcopy"),
    ("salinan resmi (fotokopi dilegalisir)", "salinan_hardcopy"),
    ("salinan dalam bentuk file PDF", "salinan_softcopy"),
    ("salinannya", "salinan"),
)
NOTARY_DL = (
    ("akan diambil oleh staf kami di kantor PPID", "mengambil_langsung"),
    ("mohon dikirim melalui kurir ke kantor kami", "kurir"),
    ("mohon dikirim melalui pos ke alamat kantor kami", "pos"),
    ("", None),
)


def p05_notaris_salinan_legalisir(ctx: Ctx) -> Letter:
    """A notary (Notaris & PPAT) asks on the office letterhead (small "NOTARIS & PPAT" over the
    notary's name in capitals with degrees, the appointment decree and the working area as tag
    lines) for legalised copies of KPU decisions needed for a client's deed; identity in the
    opening sentence or as rows (Jabatan, Alamat Kantor, Telepon); the notary's round stamp."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    p = person19(rng, degree_p=0.0, prefix_p=0.0)
    front = rng.choice(("", "", "", "H. " if p["male"] else "Hj. ", "Dr. "))
    name = f"{front}{p['core']}, S.H., M.Kn."
    head_name = f"{front}{p['core'].upper()}, S.H., M.Kn."
    top = rng.choice(("NOTARIS & PPAT", "NOTARIS DAN PPAT", "KANTOR NOTARIS & PPAT"))
    area = rng.choice(
        ("Kota Palembang", "Kota Palembang", "Kabupaten Banyuasin", "Kabupaten Ogan Ilir")
    )
    oaddr = office_address(rng)
    tel, tel164 = landline(rng, "0711")
    toks = [t for t in re.sub(r"[^a-z ]", "", p["core"].lower()).split() if len(t) > 2] or [
        "notaris"
    ]
    omail = (
        f"notaris.{toks[0]}@gmail.com" if rng.random() < 0.6 else f"{toks[-1]}.notaris@yahoo.co.id"
    )
    c = ctx
    pg = d.pg
    col = rng.choice((INK, NAVY, (90, 60, 20)))
    yy = 44.0
    pg.t((d.L + d.R) / 2, yy, top, c.r, 10, col, "c")
    yy += 22
    hs = fit_size([head_name], "tb", 19, d.W)
    pg.t((d.L + d.R) / 2, yy, head_name, "tb", hs, col, "c")
    yy += 14
    sk = f"SK Menteri Hukum dan HAM RI Nomor AHU-{rng.randint(100, 9999):05d}.AH.02.01.Tahun {rng.randint(2008, 2022)}"
    for s in (sk, f"Daerah Kerja: {area}", f"{oaddr}  Telp. {tel}  E-mail: {omail}"):
        pg.t((d.L + d.R) / 2, yy, s, c.r, fit_size([s], c.r, 8.5, d.W), align="c")
        yy += 10.5
    pg.line(d.L, yy, d.R, yy, 1.8, col)
    pg.line(d.L, yy + 2.6, d.R, yy + 2.6, 0.5, col)
    d.y = yy + 26
    sender = f"{top} {head_name}"
    y_, m_ = ctx.date.year, ctx.date.month
    ini = "".join(w[0] for w in p["core"].split()[:2]).upper()
    num = rng.choice(
        (
            f"{rng.randint(1, 250):03d}/Not-{ini}/{roman(m_)}/{y_}",
            f"{rng.randint(10, 99)}/NOT/{m_:02d}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Salinan Dokumen yang Dilegalisir",
            "Permohonan Informasi Publik",
            "Permohonan Legalisir Salinan Keputusan",
        )
    )
    nomor_block(d, [(nl, num), (ll, "-"), (hl, subj)], pdate16(rng, "Palembang", ctx.date))
    yth_block(d, kpu_rows(rng))
    d.gap(8)
    d.line_text("Dengan hormat,")
    items = []
    while len(items) < rng.randint(1, 3):
        it = rng.choice(NOTARY_ITEMS).format(dapil=rng.randint(1, 8), kab=rng.choice(KABS))
        if it not in items:
            items.append(it)
    purpose = rng.choice(NOTARY_PURPOSES)
    obw, ob = rng.choice(NOTARY_OB)
    dlw, dl = rng.choice(NOTARY_DL)
    if ob == "salinan_softcopy" and dl in ("kurir", "pos"):
        dlw, dl = "mohon dikirim melalui e-mail kantor kami", "email"
    as_rows = rng.random() < 0.5
    use_mobile = rng.random() < 0.6
    phone_print = p["phone"] if use_mobile else tel
    phone164 = p["e164"] if use_mobile else tel164
    show_mail = rng.random() < 0.55
    job_sent = rng.random() < 0.3
    if as_rows:
        d.para("Yang bertanda tangan di bawah ini:")
        rows = [
            ("Nama", name),
            ("Jabatan", f"Notaris dan PPAT {area}"),
            ("Alamat Kantor", oaddr),
            (rng.choice(("Telepon", "HP", "No. Telp./HP")), phone_print),
        ]
        if show_mail:
            rows.append(("E-mail", omail))
        kv_rows(d, rows, x=d.L + 18)
        d.gap(3)
        d.para("dengan ini mengajukan permohonan informasi publik berupa:", justify=True)
    else:
        job_txt = ", pekerjaan Notaris dan PPAT" if job_sent else f", Notaris di {area}"
        mail_txt = f" atau surel {omail}" if show_mail else ""
        d.para(
            f"Yang bertanda tangan di bawah ini, {name}{job_txt}, berkantor di {oaddr}, "
            f"yang dapat dihubungi melalui nomor {phone_print}{mail_txt}, dengan ini mengajukan permohonan "
            "informasi publik berupa:",
            justify=True,
        )
    d.numbered(items, rng.choice(("{}.", "{})")), x=d.L + 10)
    d.para(f"Informasi tersebut kami perlukan untuk {lc1(purpose)}.", justify=True)
    tail = f" yang {dlw}" if dl else ""
    d.para(f"Kami mohon dapat diberikan {obw}{tail}.", justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    sign_block(
        d,
        ["Hormat kami,", "Notaris dan PPAT,"],
        name,
        stamp=(f"NOTARIS {p['core'].upper()}"[:30], "PPAT"),
    )
    fields = F(
        applicant_name=name,
        address=oaddr,
        phone=phone164,
        email=omail if show_mail else None,
        occupation="Notaris dan PPAT" if (job_sent and not as_rows) else None,
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method=ob,
        delivery_method=dl,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
    )
    return Letter("permohonan_informasi", "P05_notaris_salinan_legalisir", d.pages, fields)


PAIRS = (
    "suami istri",
    "warga Desa {desa}",
    "wartawan",
    "mahasiswa",
    "pengurus kelompok tani",
)


def p06_dua_pemohon_bersama(ctx: Ctx) -> Letter:
    """Two people ask together ("Kami yang bertanda tangan di bawah ini: 1. ... 2. ...,
    selanjutnya disebut Pemohon I dan Pemohon II"): two numbered identity blocks, the items, one
    purpose, the wish, two signatures side by side.  Now and then Pemohon I's NIK is mistyped."""
    rng = ctx.rng
    d = Doc(ctx, top=rng.uniform(60, 80))
    kind = rng.choice(PAIRS)
    p1 = person19(rng, degree_p=0.25, prefix_p=0.12)
    p2 = person19(
        rng, male=not p1["male"] if kind == "suami istri" else None, degree_p=0.25, prefix_p=0.1
    )
    if kind == "suami istri":
        for k in ("street", "kel", "kec", "city", "cityrec", "rt", "rw", "kind"):
            p2[k] = p1[k]
    d.line_text(pdate16(rng, p1["city"], ctx.date), align="r")
    d.gap(4)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Salinan Informasi", "Permohonan Data")
    )
    nik1, bad = nik_of(p1, rng, 0.12)
    ktp = (not bad) and rng.random() < 0.45
    nomor_block(
        d,
        [
            ("Lampiran", "2 (dua) lembar fotokopi KTP" if ktp else "-"),
            (rng.choice(("Perihal", "Hal")), subj),
        ],
    )
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    d.para("Kami yang bertanda tangan di bawah ini:")
    addr1 = address16(p1, rng)
    addr2 = addr1 if kind == "suami istri" and rng.random() < 0.5 else address16(p2, rng)
    show_job = rng.random() < 0.7
    show_mail = rng.random() < 0.45
    nl = rng.choice(NIK_L)
    hpl = rng.choice(HP_L)
    for i, (p, nk, ad) in enumerate(((p1, nik1, addr1), (p2, p2["nik"], addr2)), 1):
        rows = [("Nama", p["name"]), (nl, nk)]
        if show_job:
            rows.append(("Pekerjaan", p["job"]))
        rows.append(("Alamat", ad))
        rows.append((hpl, p["phone"]))
        if show_mail and i == 1:
            rows.append(("E-mail", p["email_printed"]))
        lw = max(tw(k, ctx.r, ctx.size) for k, _ in rows) + 10
        d.need(ctx.size * 1.45 * 2)
        d.pg.t(d.L + 8, d.y, f"{i}.", ctx.r, ctx.size)
        for k, v in rows:
            d.kv(k, v, lw, x=d.L + 24)
        d.gap(3)
    d.para(
        rng.choice(
            (
                "selanjutnya disebut sebagai Pemohon I dan Pemohon II, secara bersama-sama mengajukan permohonan informasi publik berupa:",
                "yang selanjutnya disebut Para Pemohon, dengan ini bersama-sama memohon informasi publik sebagai berikut:",
            )
        ),
        justify=True,
    )
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    d.numbered(items, rng.choice(("{}.", "{})", "-")), x=d.L + 10)
    purpose = rng.choice(PURPOSES16)
    d.para(f"Informasi tersebut akan kami gunakan untuk {lc1(purpose)}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = obdl_sentence(rng, ob, dl, we=True)
    if s:
        d.para(s, justify=True)
    d.para(rng.choice(CLOSE_K), justify=True)
    sign_cols(
        d,
        [
            {"pre": ["Pemohon I,"], "name": p1["name"]},
            {"pre": ["Pemohon II,"], "name": p2["name"]},
        ],
    )
    if ktp:
        d.pages.append(ktp_cards(ctx, [p1, p2]))
    fields = F(
        applicant_name=p1["name"],
        nik=digits(nik1),
        address=addr1,
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
    return Letter(
        "permohonan_informasi",
        "P06_dua_pemohon_bersama",
        d.pages,
        fields,
        extra={"nik_invalid": True} if bad else None,
    )


MEDIA = (
    "Harian Musi Pos",
    "Sriwijaya Pagi",
    "Warta Sumsel",
    "Palembang Ekspres",
    "Lintas Sumatera",
)
ARTICLES = (
    (
        "KPU Sumsel Kembalikan Sisa Dana Hibah Pilgub ke Kas Daerah",
        "Laporan realisasi penggunaan dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan mengembalikan sisa dana hibah penyelenggaraan pemilihan gubernur ke kas daerah. Menurut pejabat sekretariat, laporan realisasi penggunaan dana telah diserahkan kepada pemerintah provinsi dan akan diaudit.",
    ),
    (
        "Ribuan Pemilih Disabilitas Belum Terdata, KPU Janji Perbaiki",
        "Data jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota",
        "Sejumlah organisasi penyandang disabilitas menilai pendataan pemilih disabilitas belum akurat. KPU provinsi menyatakan data per kabupaten/kota sedang dimutakhirkan bersama dinas sosial.",
    ),
    (
        "Honor Badan Adhoc Pilkada Dipertanyakan",
        "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024",
        "Sejumlah mantan anggota PPS mengaku menerima honor lebih kecil dari yang dijanjikan. KPU menegaskan besaran honor mengikuti standar biaya yang ditetapkan Kementerian Keuangan.",
    ),
    (
        "Partisipasi Pemilih Pilgub Sumsel Turun di Sejumlah Daerah",
        "Data tingkat partisipasi pemilih pada Pemilihan Gubernur Sumatera Selatan Tahun 2024 per kabupaten/kota",
        "Tingkat partisipasi pemilih pada pemilihan gubernur tercatat menurun di beberapa kabupaten. Pengamat menilai sosialisasi di daerah perairan belum menjangkau pemilih.",
    ),
    (
        "Pengadaan Surat Suara Pilgub Disorot Pegiat Antikorupsi",
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024",
        "Pegiat antikorupsi meminta penyelenggara membuka dokumen pengadaan logistik. KPU menyebut seluruh proses pengadaan telah melalui katalog elektronik dan diawasi inspektorat.",
    ),
)


def clipping_page(ctx: Ctx, media: str, when: date, headline: str, body: str) -> Page:
    """A photocopied newspaper clipping pasted on an A4 sheet: masthead strip, headline, byline,
    two justified columns of small print."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70,
        62,
        rng.choice(("Lampiran: Kliping berita", "Lampiran : Kliping Koran", "KLIPING")),
        "hr",
        10,
    )
    x0, y0, w = 80.0, 84.0, 430.0
    filler = (
        "Hal itu disampaikan dalam keterangan kepada wartawan di Palembang. Ia menambahkan bahwa "
        "seluruh dokumen terkait dapat diakses masyarakat melalui layanan informasi publik sesuai "
        "ketentuan yang berlaku. Sementara itu, sejumlah pihak berharap penyelenggara lebih terbuka "
        "dan cepat dalam menjawab pertanyaan publik, terutama menyangkut anggaran dan data pemilih. "
        "Pihaknya berjanji akan menindaklanjuti masukan tersebut dalam rapat evaluasi mendatang."
    )
    text = f"PALEMBANG – {body} {filler}"
    col_w = (w - 30) / 2
    fs = 7.6
    lines = wrap(text, "tr", fs, col_w)
    half = (len(lines) + 1) // 2
    hl = wrap(headline, "tb", 17, w - 20)
    h = 58 + len(hl) * 20 + half * fs * 1.32 + 10
    pg.rect(x0, y0, w, h, 0.6, (150, 150, 150), (246, 246, 240))
    pg.t(x0 + 10, y0 + 16, media.upper(), "tb", 11)
    pg.t(
        x0 + w - 10,
        y0 + 16,
        f"{HARI[when.weekday()]}, {fmt_date(when, 'long')}  |  Halaman {rng.randint(2, 12)}",
        "hr",
        7.5,
        align="r",
    )
    pg.line(x0 + 8, y0 + 22, x0 + w - 8, y0 + 22, 0.8)
    yy = y0 + 44
    for s in hl:
        pg.t(x0 + 10, yy, s, "tb", 17)
        yy += 20
    by = rng.choice(("Laporan: ", "Oleh: ")) + person19(rng, degree_p=0.0, prefix_p=0.0)["core"]
    pg.t(x0 + 10, yy, by, "ti", 8)
    yy += 14
    for ci, chunk in enumerate((lines[:half], lines[half:])):
        cx = x0 + 10 + ci * (col_w + 10)
        for k, s in enumerate(chunk):
            pg.t(cx, yy + k * fs * 1.32, s, "tr", fs)
    pg.as_image = True
    return pg


def p07_kliping_berita_lampiran(ctx: Ctx) -> Letter:
    """A citizen asks for the document a newspaper article spoke of: the letter cites the paper,
    the edition date and the headline ("kliping terlampir"); page 2 the photocopied clipping
    (masthead, headline, byline, two columns).  Typed, or hand-written on folio paper."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=rng.uniform(60, 82), paper="folio" if hand else "plain")
    if hand:
        d.L = 76
        d.y = 95 - 4 + 19 * rng.randint(0, 1)
    bf = "hand" if hand else ctx.r
    size = 13.0 if hand else ctx.size
    lead = 19.0 if hand else None
    p = person19(rng, degree_p=0.15 if hand else 0.3, prefix_p=0.1)
    media = rng.choice(MEDIA)
    headline, art_item, body = rng.choice(ARTICLES)
    ed = prev_wd(ctx.date - timedelta(days=rng.randint(2, 20)))
    d.line_text(pdate16(rng, p["city"], ctx.date), font=bf, size=size, align="r", lead=lead)
    d.gap(0 if hand else 4)
    subj = rng.choice(
        ("Permohonan Informasi Publik", "Permohonan Salinan Dokumen", "Mohon Informasi")
    )
    hl = rng.choice(("Perihal", "Hal"))
    for lab, val in (("Lampiran", "1 (satu) lembar kliping"), (hl, subj)):
        d.kv(lab, val, 62, font=bf, size=size, lead=lead)
    d.gap(0 if hand else 4)
    for s in kpu_rows(rng):
        d.line_text(s, font=bf, size=size, lead=lead)
    d.gap(0 if hand else 6)
    d.line_text("Dengan hormat,", font=bf, size=size, lead=lead)
    show_nik = rng.random() < 0.75
    show_job = rng.random() < 0.6
    show_mail = (not hand) and rng.random() < 0.4
    addr = address16(p, rng)
    rows = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        rows.append((rng.choice(NIK_L), p["nik"]))
    if show_job:
        rows.append((rng.choice(JOB_L), p["job"]))
    rows.append((rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    d.para("Saya yang bertanda tangan di bawah ini:", font=bf, size=size, lead=lead)
    lw = max(tw(k, bf, size) for k, _ in rows) + 10
    for k, v in rows:
        d.kv(k, v, lw, font=bf, size=size, x=d.L + 14, lead=lead)
    d.gap(0 if hand else 3)
    d.para(
        f"Sehubungan dengan pemberitaan di {media} edisi {fmt16(ed, rng.choice(('long', 'day', 'long0')))} "
        f'berjudul "{headline}" (kliping terlampir), saya bermaksud memperoleh dokumen yang disebut '
        "dalam berita tersebut, yaitu:",
        font=bf,
        size=size,
        justify=not hand,
        lead=lead,
    )
    items = [art_item]
    if rng.random() < 0.35:
        extra = short_item(rng)
        items.append(extra)
    d.numbered(items, rng.choice(("{}.", "-")), font=bf, size=size, x=d.L + 10, lead=lead)
    purpose = rng.choice(PURPOSES16)
    d.para(
        f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.",
        font=bf,
        size=size,
        justify=not hand,
        lead=lead,
    )
    ob, dl = obtain_deliver(rng, 0.7, 0.6)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, font=bf, size=size, justify=not hand, lead=lead)
    d.para(rng.choice(CLOSE), font=bf, size=size, justify=not hand, lead=lead)
    sign_block(d, ["Hormat saya,"], p["name"], font=bf if hand else None)
    d.pages.append(clipping_page(ctx, media, ed, headline, body))
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
        "P07_kliping_berita_lampiran",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
    )


PASAL51 = (
    "Setiap Orang yang dengan sengaja menggunakan Informasi Publik secara melawan hukum dipidana "
    "dengan pidana penjara paling lama 1 (satu) tahun dan/atau pidana denda paling banyak "
    "Rp5.000.000,00 (lima juta rupiah)"
)


def p08_meterai_cap_jempol(ctx: Ctx) -> Letter:
    """ "SURAT PERMOHONAN INFORMASI DAN PERNYATAAN" typed on plain paper: identity rows copied from
    the KTP (Nomor Induk Kependudukan, Tempat/Tgl. Lahir, Jenis Kelamin, Agama, Status
    Perkawinan, Kewarganegaraan ...), lettered items, purpose, a declaration quoting Pasal 51 UU
    14/2008, the signature over a meterai and a framed left thumbprint ("Cap Jempol Kiri")
    beside it."""
    rng = ctx.rng
    d = Doc(ctx, top=rng.uniform(58, 74))
    p = person19(rng, degree_p=0.15, prefix_p=0.1)
    title = rng.choice(
        (
            "SURAT PERMOHONAN INFORMASI DAN PERNYATAAN",
            "SURAT PERMOHONAN INFORMASI PUBLIK",
            "PERMOHONAN DAN PERNYATAAN",
        )
    )
    d.line_text(title, ctx.b, ctx.size + 2, align="c")
    d.pg.line(
        (d.L + d.R) / 2 - tw(title, ctx.b, ctx.size + 2) / 2,
        d.y - ctx.size * 1.4 + 2,
        (d.L + d.R) / 2 + tw(title, ctx.b, ctx.size + 2) / 2,
        d.y - ctx.size * 1.4 + 2,
        0.7,
    )
    d.gap(6)
    with_hal = rng.random() < 0.45
    subj = rng.choice(("Permohonan Informasi Publik", "Permohonan Salinan Data"))
    if with_hal:
        nomor_block(d, [("Perihal", subj)])
    yth_block(d, kpu_rows(rng))
    d.gap(6)
    d.para("Saya yang bertanda tangan di bawah ini:")
    addr = address16(p, rng)
    rel = rng.choice(("ISLAM", "Islam", "Islam", "Kristen Protestan", "Katolik", "Buddha", "Hindu"))
    if p["ethnic"] == "bali":
        rel = "Hindu"
    show_mail = rng.random() < 0.3
    rows = [
        ("Nama", p["name"]),
        ("Nomor Induk Kependudukan", spaced_nik(p["nik"], rng)),
        (
            "Tempat/Tgl. Lahir",
            f"{p['birthplace']}, {fmt16(p['birth'], rng.choice(('long', 'dash', 'long0')))}",
        ),
        ("Jenis Kelamin", "Laki-laki" if p["male"] else "Perempuan"),
        ("Agama", rel),
        ("Status Perkawinan", rng.choice(("Kawin", "Belum Kawin", "Kawin", "Cerai Mati"))),
        ("Pekerjaan", p["job"]),
        ("Kewarganegaraan", "WNI"),
        ("Alamat", addr),
        (rng.choice(("No. Telepon/HP", "Nomor HP", "Telp./HP")), p["phone"]),
    ]
    if show_mail:
        rows.append(("E-mail", p["email_printed"]))
    kv_rows(d, rows, x=d.L + 14)
    d.gap(3)
    d.para("dengan ini mengajukan permohonan informasi publik berupa:", justify=True)
    items = info_items(rng, 1, 3) if rng.random() < 0.5 else short_items(rng, 1, 3)
    lettered(d, items, x=d.L + 10, style=rng.choice(("a.", "a)")))
    purpose = rng.choice(PURPOSES16)
    d.para(f"Tujuan penggunaan informasi: {purpose}.", justify=True)
    ob, dl = obtain_deliver(rng, 0.75, 0.65)
    s = ob_dl_words(rng, ob, dl)
    if s:
        d.para(s, justify=True)
    d.para(
        "Saya menyatakan bahwa data di atas adalah benar dan informasi yang saya peroleh tidak akan "
        "saya salah gunakan. Saya mengetahui ketentuan Pasal 51 Undang-Undang Nomor 14 Tahun 2008 "
        f'tentang Keterbukaan Informasi Publik: "{PASAL51}."',
        justify=True,
    )
    keep(
        d,
        [
            "Demikian surat permohonan dan pernyataan ini saya buat dengan sebenarnya tanpa paksaan dari pihak mana pun."
        ],
        130,
    )
    d.para(
        "Demikian surat permohonan dan pernyataan ini saya buat dengan sebenarnya tanpa paksaan dari pihak mana pun.",
        justify=True,
    )
    d.need(120)
    x = d.R - 190
    y = d.y + 6
    pg = d.pg
    pg.t(x, y, pdate16(rng, p["city"], ctx.date), ctx.r, ctx.size)
    pg.t(
        x,
        y + ctx.size * 1.45,
        rng.choice(("Yang membuat pernyataan,", "Pemohon,", "Hormat saya,")),
        ctx.r,
        ctx.size,
    )
    pg.img(x - 6, y + 26, 56, 36, meterai_img(rng))
    ctx.sig(pg, x + 24, y + 22, 92)
    pg.t(x, y + 78, p["name"], ctx.b, ctx.size)
    # the thumbprint box at the left of the signature
    bx, by = x - 150, y + 6
    pg.rect(bx, by, 84, 92, 0.7)
    pg.t(
        bx + 42,
        by + 12,
        rng.choice(("Cap Jempol Kiri", "Cap Ibu Jari Kiri", "Jempol Kiri")),
        ctx.r,
        7.5,
        align="c",
    )
    pg.img(
        bx + 20,
        by + 18,
        46,
        62,
        thumbprint_img(rng, rng.choice(((40, 40, 70), (60, 30, 90), (30, 30, 30)))),
    )
    d.y = y + 110
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
        subject=subj if with_hal else None,
    )
    return Letter("permohonan_informasi", "P08_meterai_cap_jempol", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# keberatan layouts
# ---------------------------------------------------------------------------------------------
K_SUBJ = (
    "Keberatan atas Pelayanan Informasi Publik",
    "Pengajuan Keberatan",
    "Keberatan atas Permohonan Informasi",
    "Permohonan Keberatan",
)


def receipt_page(ctx: Ctx, payer: str, item: str, pages_n: int, rate: int, when: date) -> Page:
    """A copy of the desk's receipt for the copying fee (KUITANSI): number, payer, amount in words
    in a shaded band, what it paid for, the total in a box, the cashier's signature, a LUNAS
    stamp; a photocopy (a picture page in the born-digital version)."""
    rng = ctx.rng
    pg = Page()
    pg.t(
        70,
        62,
        rng.choice(
            ("Lampiran: Fotokopi kuitansi", "Lampiran : Bukti Pembayaran", "FOTOKOPI KUITANSI")
        ),
        "hr",
        10,
    )
    x0, y0, w, h = 70.0, 84.0, 455.0, 300.0
    pg.rect(x0, y0, w, h, 1.0)
    pg.rect(x0 + 4, y0 + 4, w - 8, h - 8, 0.4)
    pg.t(
        x0 + w / 2, y0 + 30, rng.choice(("KUITANSI", "TANDA BUKTI PEMBAYARAN")), "tb", 16, align="c"
    )
    total = pages_n * rate
    kw = f"KW-{rng.randint(10, 300):03d}/PPID/{roman(when.month)}/{when.year}"
    rows = [
        ("No.", kw),
        ("Telah terima dari", payer),
        ("Uang sejumlah", f"{terbilang(total).strip().capitalize()} rupiah"),
        (
            "Untuk pembayaran",
            f"Biaya penggandaan salinan informasi sebanyak {pages_n} lembar x {rp0(rate)}",
        ),
    ]
    yy = y0 + 62
    for k, v in rows:
        pg.t(x0 + 20, yy, k, "hr", 9.5)
        pg.t(x0 + 130, yy, ":", "hr", 9.5)
        lines = wrap(v, "hi" if k == "Uang sejumlah" else "hr", 9.5, w - 160)
        if k == "Uang sejumlah":
            pg.rect(x0 + 138, yy - 11, w - 155, 15 * len(lines) + 2, 0, None, (222, 222, 222))
        for ln in lines:
            pg.t(x0 + 140, yy, ln, "hi" if k == "Uang sejumlah" else "hr", 9.5)
            yy += 15
        yy += 8
    pg.rect(x0 + 20, y0 + h - 90, 150, 26, 1.0)
    pg.t(x0 + 28, y0 + h - 72, f"Rp {total:,}".replace(",", ".") + ",-", "hb", 12)
    pg.t(x0 + w - 170, y0 + h - 100, f"Palembang, {fmt_date(when, 'long')}", "hr", 9)
    pg.t(
        x0 + w - 170,
        y0 + h - 88,
        rng.choice(("Petugas Layanan Informasi,", "Bendahara Penerimaan,")),
        "hr",
        9,
    )
    pg.img(x0 + w - 165, y0 + h - 82, 80, 34, signature_img(rng))
    pg.t(x0 + w - 170, y0 + h - 30, person19(rng, degree_p=0.3)["name"], "hb", 9)
    lunas = Image.new("RGBA", (300, 110), (0, 0, 0, 0))
    ImageDraw.Draw(lunas).rectangle((4, 4, 295, 105), outline=(190, 30, 30, 200), width=8)
    ImageDraw.Draw(lunas).text(
        (150, 56), "LUNAS", font=pil_font("hb", 64), fill=(190, 30, 30, 200), anchor="mm"
    )
    pg.img(x0 + 200, y0 + h - 95, 80, 30, lunas.rotate(rng.uniform(-15, 15), expand=True))
    pg.as_image = True
    return pg


def k01_biaya_kuitansi(ctx: Ctx) -> Letter:
    """An objection over the copying fee (ground f): the letter tells what was asked, how many
    pages were charged at what rate, argues the real cost, cites Pasal 35 ayat (1) huruf f or says
    it in words, asks for the fee to be reviewed; page 2 the photocopied receipt (KUITANSI) of the
    desk."""
    rng = ctx.rng
    d = Doc(ctx, top=rng.uniform(60, 78))
    p = person19(rng, degree_p=0.3, prefix_p=0.12)
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    d.gap(4)
    subj = rng.choice(
        (
            "Keberatan atas Biaya Penggandaan Informasi",
            "Keberatan atas Pengenaan Biaya",
            *K_SUBJ[:2],
        )
    )
    nomor_block(
        d,
        [("Lampiran", "1 (satu) lembar fotokopi kuitansi"), (rng.choice(("Perihal", "Hal")), subj)],
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.7
    show_job = rng.random() < 0.6
    show_mail = rng.random() < 0.45
    rows = [(rng.choice(NAME_L), p["name"])]
    if show_nik:
        rows.append((rng.choice(NIK_L), p["nik"]))
    if show_job:
        rows.append((rng.choice(JOB_L), p["job"]))
    rows.append((rng.choice(ADDR_L), addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    d.para("Saya yang bertanda tangan di bawah ini:")
    kv_rows(d, rows, x=d.L + 18)
    d.gap(3)
    ref, rd = ref_number16(rng, ctx.date)
    item = info_item(rng)
    pay = add_wd(rd, rng.randint(4, 9))
    rate = rng.choice((2500, 3000, 5000, 7500, 10000))
    pages_n = rng.choice((48, 96, 120, 150, 240, 312))
    fair = rng.choice((300, 350, 500))
    d.para(
        f"Pada tanggal {fmt16(rd, rng.choice(('long', 'long0', 'slash0')))} saya mengajukan permohonan informasi "
        f"dengan Nomor Pendaftaran {ref} berupa {lc1(item)}. Pada tanggal {fmt_date(pay, 'long')} petugas "
        f"meminta saya membayar biaya penggandaan sebesar {rp0(pages_n * rate)} untuk {pages_n} lembar salinan "
        f"({rp0(rate)} per lembar) sebagaimana kuitansi terlampir.",
        justify=True,
    )
    cite = rng.random() < 0.55
    d.para(
        f"Menurut saya biaya tersebut tidak wajar, karena biaya riil fotokopi di sekitar kantor KPU hanya "
        f"sekitar {rp0(fair)} per lembar, sedangkan informasi publik semestinya diberikan dengan biaya ringan"
        f" dan cara sederhana.",
        justify=True,
    )
    if cite:
        d.para(
            f"Oleh karena itu, berdasarkan {PASAL35.format('f')} tentang Keterbukaan Informasi Publik, "
            "saya mengajukan keberatan atas pengenaan biaya yang tidak wajar tersebut.",
            justify=True,
        )
    else:
        d.para(
            "Oleh karena itu saya mengajukan keberatan atas biaya yang dibebankan kepada saya.",
            justify=True,
        )
    d.para(
        rng.choice(
            (
                "Saya mohon Atasan PPID meninjau kembali besaran biaya tersebut dan mengembalikan kelebihan pembayaran.",
                "Saya memohon agar biaya penggandaan ditetapkan sesuai biaya riil dan salinan dapat diberikan dalam bentuk softcopy tanpa biaya.",
            )
        ),
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,", "Pemohon Keberatan,"], p["name"])
    d.pages.append(
        receipt_page(ctx, p["core"] if rng.random() < 0.5 else p["name"], item, pages_n, rate, pay)
    )
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
        reference_registration_number=ref,
        objection_reason_code="f",
    )
    return Letter("keberatan", "K01_biaya_kuitansi", d.pages, fields)


MARKS = {  # style -> (empty, chosen) printed as text
    "radio": ("○", "●"),
    "bracket": ("[   ]", "[ x ]"),
    "ballot": ("☐", "☒"),
    "check": ("☐", "☑"),
    "tick": ("", "✔"),
}


def k02_formulir_simbol_pilihan(ctx: Ctx) -> Letter:
    """The office's newer objection form filled in on a computer (values in another face) or by
    hand: a clerk's box at the top right (Nomor Registrasi Keberatan, Tanggal), sections A-E, the
    kuasa question "Ya / Tidak", the seven grounds each behind a mark: radio circles ○ / ●,
    brackets [ ] / [ x ], ballot boxes ☐ / ☒ / ☑, or a check column with ✔; by hand the printed
    empty marks are filled with ink (a dot, a tick or a cross drawn, a picture)."""
    rng = ctx.rng
    hand = ctx.hand
    d = Doc(ctx, top=40)
    d.bottom = PH - 34
    kop2(
        d,
        [(KPU_LINES[0], ctx.b, 13), (KPU_LINES[1], ctx.b, 11.5)],
        KPU_SUB,
        "l",
        rng.choice((INK, MAROON)),
        rng.choice(("double", "thinthick")),
        y=28,
        kinds=("garuda",),
    )
    d.y -= 4
    style = rng.choice(tuple(MARKS))
    empty, chosen = MARKS[style]
    vf = "hand" if hand else rng.choice(("cr", "mr", "hr", "dr"))
    vs = min(ctx.size, 11.0) + (1.0 if hand else -0.5)
    size = min(ctx.size, 11.0) - 0.5
    # clerk's box at the right of the title
    title_y = d.y
    d.pg.t(d.L, title_y, "FORMULIR PENGAJUAN KEBERATAN", ctx.b, size + 2.5)
    d.pg.t(d.L, title_y + 14, "ATAS PERMOHONAN INFORMASI PUBLIK", ctx.b, size)
    bx, bw = d.R - 190, 190.0
    d.pg.rect(bx, title_y - 14, bw, 50, 0.7)
    d.pg.t(bx + 5, title_y - 3, "Diisi oleh petugas", ctx.i, 7.5)
    d.pg.t(bx + 5, title_y + 11, "No. Registrasi Keberatan:", ctx.r, 7.8)
    d.pg.t(bx + 5, title_y + 29, "Tanggal:", ctx.r, 7.8)
    with_reg = rng.random() < 0.5
    kreg = f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if with_reg:
        col = rng.choice((RED, BLUE, INK))
        if rng.random() < 0.5:
            d._hand(bx + 8, title_y + 22, kreg, fit_size([kreg], "hand", 10.5, bw - 16), col)
        else:
            d.pg.t(bx + 8, title_y + 22, kreg, "cr", fit_size([kreg], "cr", 8.5, bw - 12))
        d._hand(
            bx + 45, title_y + 30, fmt_date(add_wd(ctx.date, rng.randint(0, 1)), "dash"), 10, col
        )
    d.y = title_y + 52
    p = person19(rng, degree_p=0.1 if hand else 0.3, prefix_p=0.1)
    addr = address16(p, rng)
    ref, rd = ref_number16(rng, ctx.date)
    item = info_item(rng) if rng.random() < 0.6 else short_item(rng)
    purpose = rng.choice(PURPOSES16)
    show_mail = rng.random() < (0.3 if hand else 0.55)
    show_purpose = rng.random() < 0.8
    lw = 150.0

    def rows(title, rr):
        section_bar(d, title, (225, 228, 236), size - 0.5)
        d.gap(size + 1)
        for lab, val in rr:
            if hand:
                form_row(d, lab, val, lw, True, size=size, lead=16.5)
            else:
                d.kv(lab, val or "", lw, size=size, vfont=vf)

    rows(
        "A. IDENTITAS PEMOHON",
        [
            ("Nama", p["name"]),
            ("NIK", p["nik"]),
            ("Alamat", addr),
            ("Pekerjaan", p["job"]),
            ("Nomor Telepon/HP", p["phone"]),
            ("E-mail", p["email_printed"] if show_mail else None),
        ],
    )
    rows(
        "B. DATA PERMOHONAN INFORMASI",
        [
            ("Nomor Pendaftaran", ref),
            ("Tanggal Permohonan", fmt_date(rd, rng.choice(("long", "dash", "slash0")))),
            ("Informasi yang Dimohon", item),
            ("Tujuan Penggunaan", purpose if show_purpose else None),
        ],
    )
    section_bar(d, "C. KUASA PEMOHON", (225, 228, 236), size - 0.5)
    d.gap(size + 1)
    d.need(size * 1.6)
    y = d.y
    d.pg.t(d.L, y, "Diajukan melalui kuasa", ctx.r, size)
    d.pg.t(d.L + lw, y, ":", ctx.r, size)
    xx = d.L + lw + 12
    for lab, on in (("Ya", False), ("Tidak", True)):
        mk = empty if (hand or not on) else chosen
        if style == "tick":
            mk = "✔" if (on and not hand) else "☐" if hand else ""
        if mk:
            d.pg.t(xx, y, mk, "dr", size)
        if hand and on:
            _hand_mark(d.pg, xx, y, size, style, ctx.ink)
        off = max(18.0, tw(empty or "☐", "dr", size) + 6)
        d.pg.t(xx + off, y, lab, ctx.r, size)
        xx += off + 60
    d.y = y + size * 1.6
    section_bar(d, "D. ALASAN KEBERATAN (pilih salah satu)", (225, 228, 236), size - 0.5)
    d.gap(size + 1)
    code = rng.choice("aacceeddgfb")
    gs = fit_size([f"a. {REASONS[k][0]}" for k in "abcdefg"], ctx.r, size, d.W - 80)
    if style == "tick":
        # a table with a check column at the right
        widths = [22.0, d.W - 22 - 56, 56.0]
        rows_t = [[f"{k}.", REASONS[k][0], "" if (k != code or hand) else "✔"] for k in "abcdefg"]
        y0 = d.y
        n0 = len(d.pg.ops)
        table2(
            d,
            widths,
            rows_t,
            ["", "Alasan (Pasal 35 ayat (1) UU 14/2008)", "Pilihan"],
            size=gs,
            pad=2.5,
        )
        # the check glyph drawn in DejaVu (table2 draws in the form face): redraw the cell text
        d.pg.ops[n0:] = [o for o in d.pg.ops[n0:] if not (o[0] == "t" and o[3] == "✔")]
        k_i = "abcdefg".index(code)
        lead = gs * 1.3 + 5
        cy = y0 + lead * (k_i + 1) + 2.5 + gs * 0.95
        if hand:
            vtick(d.pg, widths[0] + widths[1] + d.L + 20, cy, 10, ctx.ink)
        else:
            d.pg.t(d.L + widths[0] + widths[1] + 22, cy, "✔", "dr", gs + 1)
    else:
        for k in "abcdefg":
            d.need(gs * 1.55)
            y = d.y
            mk = empty if (hand or k != code) else chosen
            d.pg.t(d.L + 8, y, mk, "dr", gs)
            if hand and k == code:
                _hand_mark(d.pg, d.L + 8, y, gs, style, ctx.ink)
            d.pg.t(
                d.L + 14 + max(26.0, tw(empty, "dr", gs) + 8), y, f"{k}. {REASONS[k][0]}", ctx.r, gs
            )
            d.y = y + gs * 1.45
    section_bar(d, "E. URAIAN SINGKAT / KASUS POSISI", (225, 228, 236), size - 0.5)
    d.gap(size + 1)
    story = f"Saya mengajukan permohonan informasi pada {fmt_date(rd, 'long')}, namun {ground(rng, code)}."
    if hand:
        for ln in wrap(story, "hand", vs, d.W - 6):
            d.need(17)
            dotted(d.pg, d.L, d.y, d.R)
            d._hand(d.L + 2, d.y - 1, ln, vs, ctx.ink)
            d.y += 17
    else:
        d.para(story, vf, vs, justify=False)
    d.gap(6)
    pd = pdate16(rng, "Palembang", ctx.date)
    d.need(76)
    y = d.y
    d.pg.t(d.R - 200, y, "Palembang," if hand else pd, ctx.r, size)
    if hand:
        d._hand(
            d.R - 200 + tw("Palembang, ", ctx.r, size),
            y,
            fmt_date(ctx.date, rng.choice(("long", "dash", "slash"))),
            vs,
            ctx.ink,
        )
    d.pg.t(d.L, y, "Petugas Penerima,", ctx.r, size)
    d.pg.t(d.R - 200, y + size * 1.5, "Pemohon Keberatan,", ctx.r, size)
    ctx.sig(d.pg, d.R - 190, y + size * 1.5 + 6, 86)
    if with_reg:
        ctx.sig(d.pg, d.L + 8, y + size * 1.5 + 6, 70)
    d.pg.t(d.L, y + size * 1.5 + 50, "(.................................)", ctx.r, size)
    if hand:
        d._hand(d.R - 200, y + size * 1.5 + 50, p["name"], vs, ctx.ink)
    else:
        d.pg.t(d.R - 200, y + size * 1.5 + 50, p["name"], vf, vs)
    d.y = y + size * 1.5 + 70
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"],
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        occupation=p["job"],
        information_requested=item,
        purpose=purpose if show_purpose else None,
        letter_number=kreg if with_reg else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K02_formulir_simbol_pilihan",
        d.pages,
        fields,
        handwritten=hand,
        scan_hint={"scan_only": True} if hand else None,
    )


def _hand_mark(pg: Page, x: float, y: float, s: float, style: str, ink) -> None:
    """The pen mark over a printed empty mark (a picture): a blackened circle, a cross or a tick."""
    if style == "radio":
        pg.circle(x + s * 0.42, y - s * 0.33, s * 0.3, 0.8, ink, ink)
    elif style in ("bracket", "ballot"):
        pg.line(x + 1, y - s * 0.8, x + s * 0.85, y + 1, 1.3, ink)
        pg.line(x + 1, y + 1, x + s * 0.85, y - s * 0.8, 1.3, ink)
    else:
        vtick(pg, x + 1, y, s * 0.8, ink)


PARTY_PURPOSES = (
    "Bahan evaluasi internal dan penyusunan strategi partai",
    "Bahan pendidikan politik bagi kader dan saksi partai",
    "Bahan kajian badan advokasi hukum partai",
    "Bahan laporan pengurus kepada rapat kerja wilayah",
)
PARTIES = (
    ("PARTAI SUARA RAKYAT INDONESIA", "PSRI"),
    ("PARTAI KARYA MADANI INDONESIA", "PKMI"),
    ("PARTAI BINTANG PERSATUAN", "PBP"),
    ("PARTAI RAKYAT MERAH PUTIH", "PRMP"),
    ("PARTAI GERAKAN NUSANTARA BARU", "PGNB"),
)


def k03_partai_dasar_tuntutan(ctx: Ctx) -> Letter:
    """A party's provincial or regency board objects on its letterhead: the officer's identity
    rows (Jabatan, not Pekerjaan), "DASAR:" numbered (the statute, the board's request with its
    Nomor Pendaftaran, the PPID's reply or the lack of one), "POKOK KEBERATAN" in words (huruf
    cited sometimes), "TUNTUTAN" lettered; Ketua and Sekretaris sign, the party stamp between."""
    rng = ctx.rng
    d = Doc(ctx, top=56)
    party, ab = rng.choice(PARTIES)
    lvl = rng.random() < 0.6
    if lvl:
        names = ["DEWAN PIMPINAN WILAYAH", party, "PROVINSI SUMATERA SELATAN"]
        unit = f"DPW-{ab}"
    else:
        kab = rng.choice(KABS)
        names = ["DEWAN PIMPINAN DAERAH", party, kab.upper()]
        unit = f"DPD-{ab}"
    color = rng.choice((MAROON, NAVY, GREEN, (200, 100, 0)))
    sek = office_address(rng)
    tel, _ = landline(rng, "0711")
    kop2(
        d,
        [(names[0], ctx.b, 13), (names[1], ctx.b, 15.5), (names[2], ctx.b, 12.5)],
        [f"Sekretariat: {sek}", f"Telp. {tel}  Surel: {ab.lower()}.sumsel@gmail.com"],
        rng.choice(("l", "lr")),
        color,
        rng.choice(("double", "band", "thinthick")),
        kinds=("shield", "garuda"),
    )
    sender = " ".join(names)
    y_, m_ = ctx.date.year, ctx.date.month
    num = rng.choice(
        (
            f"{rng.randint(1, 250):03d}/{unit}/SS/{roman(m_)}/{y_}",
            f"B-{rng.randint(10, 300)}/K/{unit}/{m_:02d}/{y_}",
            f"{rng.randint(1, 99):02d}/EX/{unit}/{roman(m_)}/{y_}",
        )
    )
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Keberatan atas Jawaban PPID",
            "Pengajuan Keberatan Informasi Publik",
            "Keberatan atas Permohonan Informasi",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Penting"), (ll, rng.choice(("1 (satu) berkas", "-"))), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    p = person19(rng, degree_p=0.5, prefix_p=0.25)
    role = rng.choice(("Ketua", "Sekretaris", "Ketua"))
    addr_kind = rng.random() < 0.5
    addr = sek if addr_kind else address16(p, rng)
    show_nik = rng.random() < 0.6
    show_mail = rng.random() < 0.4
    rows = [("Nama", p["name"]), ("Jabatan", f"{role} {names[0].title()}")]
    if show_nik:
        rows.append((rng.choice(NIK_L), p["nik"]))
    rows.append(("Alamat Sekretariat" if addr_kind else "Alamat", addr))
    rows.append((rng.choice(HP_L), p["phone"]))
    if show_mail:
        rows.append((rng.choice(MAIL_L), p["email_printed"]))
    d.para("Yang bertanda tangan di bawah ini:")
    kv_rows(d, rows, x=d.L + 18)
    d.gap(2)
    d.para(
        f"bertindak untuk dan atas nama {title_id(names[0])} {title_id(party)} {title_id(names[2])}, "
        "dengan ini mengajukan keberatan kepada Atasan PPID dengan dasar sebagai berikut:",
        justify=True,
    )
    ref, rd = ref_number16(rng, ctx.date)
    pnum = f"{rng.randint(1, 250):03d}/{unit}/SS/{roman(rd.month)}/{rd.year}"
    code = rng.choice("aacdeg")
    dasar = [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, khususnya Pasal 35 dan Pasal 36;",
        f"Surat permohonan informasi kami Nomor {pnum} tanggal {fmt_date(rd, 'long')} yang tercatat dengan Nomor Pendaftaran {ref};",
    ]
    if code == "c":
        dasar.append(
            f"Tidak adanya tanggapan tertulis dari PPID sampai dengan tanggal {fmt_date(add_wd(rd, 10), 'long')}."
        )
    else:
        rep = add_wd(rd, rng.randint(4, 12))
        dasar.append(
            f"Surat PPID KPU Provinsi Sumatera Selatan Nomor {rng.randint(10, 400)}/PP.01-SD/16/{rep.year} tanggal {fmt_date(rep, 'long')}."
        )
    d.line_text("DASAR:", ctx.b)
    d.numbered(dasar, "{}.", x=d.L + 10)
    item = info_item(rng)
    purpose = rng.choice(PARTY_PURPOSES) if rng.random() < 0.5 else None
    d.line_text("POKOK KEBERATAN:", ctx.b)
    txt = f"Kami memohon informasi berupa {lc1(item)}"
    if purpose:
        txt += f" untuk {lc1(purpose)}"
    txt += f". Namun {ground(rng, code).replace('saya', 'kami')}"
    if rng.random() < 0.45:
        txt += f", sehingga memenuhi alasan keberatan sebagaimana dimaksud {PASAL35.format(code)}"
    d.para(txt + ".", justify=True)
    d.need(ctx.size * 1.42 * 8 + 140)
    d.line_text("TUNTUTAN:", ctx.b)
    lettered(
        d,
        [
            "Atasan PPID meninjau kembali keputusan atau sikap PPID atas permohonan kami;",
            f"memerintahkan PPID memberikan {lc1(item)} kepada kami;",
            "memberikan tanggapan tertulis atas keberatan ini dalam jangka waktu yang ditentukan undang-undang.",
        ],
        x=d.L + 10,
    )
    d.para(
        rng.choice(
            (
                "Demikian keberatan ini kami sampaikan. Atas perhatian dan tanggapannya kami ucapkan terima kasih.",
                "Atas perhatian dan tindak lanjut Bapak/Ibu, kami ucapkan terima kasih.",
            )
        ),
        justify=True,
    )
    other = person19(rng, degree_p=0.4, prefix_p=0.2)
    cols = [
        {
            "pre": [names[0].title() + ",", "Ketua,"],
            "name": p["name"] if role == "Ketua" else other["name"],
        },
        {
            "pre": ["", "Sekretaris,"],
            "name": p["name"] if role == "Sekretaris" else other["name"],
            "stamp": (party[:30], ab),
        },
    ]
    sign_cols(d, cols)
    fields = F(
        applicant_name=p["name"],
        nik=p["nik"] if show_nik else None,
        address=addr,
        phone=p["e164"],
        email=p["email"] if show_mail else None,
        information_requested=item,
        purpose=purpose,
        letter_number=num,
        letter_date=ctx.date.isoformat(),
        subject=subj,
        sender_org=sender,
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K03_partai_dasar_tuntutan", d.pages, fields)


def request_copy_page(
    ctx: Ctx, p: dict, addr: str, items: list[str], purpose: str, rd: date
) -> Page:
    """A photocopy of the applicant's own earlier request letter, with the office's received stamp
    on it (a picture)."""
    rng = ctx.rng
    d = Doc(ctx, top=70)
    d.line_text(
        rng.choice(("Lampiran: Fotokopi surat permohonan", "Lampiran : copy permohonan informasi")),
        "hr",
        9,
    )
    d.gap(6)
    d.line_text(pdate16(rng, p["city"], rd), align="r")
    nomor_block(d, [("Perihal", "Permohonan Informasi Publik")])
    yth_block(d, kpu_rows(rng))
    d.gap(4)
    d.line_text("Dengan hormat,")
    d.para("Saya yang bertanda tangan di bawah ini:")
    kv_rows(d, [("Nama", p["name"]), ("Alamat", addr), ("No. HP", p["phone"])], x=d.L + 18)
    d.para("mengajukan permohonan informasi publik berupa:")
    d.numbered(items, "{}.", x=d.L + 10)
    d.para(f"Informasi tersebut akan saya gunakan untuk {lc1(purpose)}.", justify=True)
    d.para(rng.choice(CLOSE), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    st, _ = received_stamp(rng, rd, 200)
    d.pages[0].img(PW - 230, 120, 150, 72, st)
    pg = d.pages[0]
    pg.as_image = True
    return pg


def k04_lampiran_permohonan_asli(ctx: Ctx) -> Letter:
    """A short objection whose page 2 is a photocopy of the applicant's own request letter (with the
    office's received stamp): the letter names the request date, restates the items and the
    purpose, states the ground in words (no huruf), asks the Atasan PPID to order the
    information given; the request number only when the applicant has one."""
    rng = ctx.rng
    d = Doc(ctx, top=rng.uniform(60, 80))
    p = person19(rng, degree_p=0.3, prefix_p=0.12)
    d.line_text(pdate16(rng, p["city"], ctx.date), align="r")
    d.gap(3)
    ref, rd = ref_number16(rng, ctx.date)
    subj = rng.choice(
        (f"Keberatan atas Permohonan Informasi Tanggal {fmt_date(rd, 'long')}", *K_SUBJ)
    )
    nomor_block(d, [("Lampiran", "1 (satu) berkas"), (rng.choice(("Perihal", "Hal")), subj)])
    yth_block(d, atasan_rows(rng))
    d.gap(6)
    d.line_text("Dengan hormat,")
    addr = address16(p, rng)
    show_nik = rng.random() < 0.6
    show_job = rng.random() < 0.5
    nik_txt = f", NIK {p['nik']}" if show_nik else ""
    job_txt = f", pekerjaan {job_low(p['job'])}" if show_job else ""
    d.para(
        f"Saya, {p['name']}{nik_txt}{job_txt}, beralamat di {addr}, nomor HP {p['phone']}, dengan ini "
        "mengajukan keberatan kepada Atasan PPID KPU Provinsi Sumatera Selatan.",
        justify=True,
    )
    items = info_items(rng, 1, 2) if rng.random() < 0.5 else short_items(rng, 1, 3)
    purpose = rng.choice(PURPOSES16)
    with_ref = rng.random() < 0.55
    reftxt = f" dan tercatat dengan Nomor Pendaftaran {ref}" if with_ref else ""
    d.para(
        f"Pada tanggal {fmt_date(rd, 'long')} saya telah mengajukan permohonan informasi (fotokopi surat "
        f"permohonan terlampir) yang diterima petugas{reftxt}, berupa:",
        justify=True,
    )
    d.numbered(items, rng.choice(("{}.", "-")), x=d.L + 10)
    d.para(f"Informasi tersebut saya perlukan untuk {lc1(purpose)}.", justify=True)
    code = rng.choice("ccceedg")
    d.para(
        f"Namun {ground(rng, code)}. Oleh karena itu saya mengajukan keberatan ini.", justify=True
    )
    d.para(
        "Saya mohon Atasan PPID memerintahkan PPID untuk memberikan informasi tersebut sesuai dengan "
        "permohonan saya.",
        justify=True,
    )
    d.para(rng.choice(CLOSE_KEB), justify=True)
    sign_block(d, ["Hormat saya,"], p["name"])
    d.pages.append(request_copy_page(ctx, p, addr, items, purpose, rd))
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
        reference_registration_number=ref if with_ref else None,
        objection_reason_code=code,
    )
    return Letter("keberatan", "K04_lampiran_permohonan_asli", d.pages, fields)


GUEST_VISITS = (
    "Konsultasi permohonan informasi",
    "Mengambil salinan data DPT",
    "Menyerahkan surat permohonan",
    "Tanya jadwal sidang KI",
    "Mengambil SK PPK",
    "Legalisir salinan keputusan",
    "Koordinasi data pemilih",
    "Menanyakan status permohonan",
)


def k05_hand_buku_tamu(ctx: Ctx) -> Letter:
    """The desk's guest book (BUKU TAMU LAYANAN INFORMASI) photocopied on a landscape sheet: ruled
    columns No | Hari/Tanggal | Nama | Alamat | No. HP | Keperluan | Paraf, other visitors' short
    entries in other hands, and one visitor's objection written across several lines of the
    Keperluan column (request number, item, the ground in words); now and then the clerk's note
    in red registering it.  Always hand-written, always a scan."""
    rng = ctx.rng
    pg = Page(w=A4L[0], h=A4L[1])
    d = Doc(ctx, top=60, left=34, right=A4L[0] - 30, size=A4L)
    d.pages = [pg]
    L, R = 34.0, A4L[0] - 30
    pg.t((L + R) / 2, 40, "BUKU TAMU LAYANAN INFORMASI PUBLIK", "hb", 13, align="c")
    pg.t(
        (L + R) / 2, 55, "PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", "hr", 9, align="c"
    )
    pg.t(R, 40, f"Hal. {rng.randint(12, 96)}", "hr", 9, align="r")
    cols = [
        ("No", 24),
        ("Hari/Tanggal", 78),
        ("Nama", 128),
        ("Alamat", 205),
        ("No. HP", 88),
        ("Keperluan", 0),
        ("Paraf", 54),
    ]
    fixed = sum(w for _, w in cols)
    cols[5] = ("Keperluan", R - L - fixed)
    xs = [L]
    for _, w in cols:
        xs.append(xs[-1] + w)
    top = 66.0
    rowh = 19.0
    pg.rect(L, top, R - L, rowh, 0, None, LIGHT)
    for (lab, _w), x in zip(cols, xs, strict=False):
        pg.t(x + 4, top + 13, lab, "hb", 8.5)
    nlines = 24
    for k in range(nlines + 1):
        pg.line(L, top + rowh * (k + 1), R, top + rowh * (k + 1), 0.5, (90, 90, 90))
    for x in xs:
        pg.line(x, top, x, top + rowh * (nlines + 1), 0.6)
    pg.line(L, top, R, top, 0.8)
    hs = 11.5
    inks = [BLUE, (25, 25, 30), (45, 45, 120), (20, 70, 40)]
    no0 = rng.randint(3, 140)
    p = person19(rng, degree_p=0.0, prefix_p=0.05)
    code = rng.choice("ccceedga")
    ref, _ = ref_number16(rng, ctx.date)
    item = short_item(rng) if rng.random() < 0.7 else info_item(rng)
    grd = rng.choice((SIMPLE_REASON.get(code) or GROUND16[code], GROUND16[code]))
    text = rng.choice(
        (
            f"Mengajukan KEBERATAN kepada Atasan PPID atas permohonan saya No. Pendaftaran {ref} tentang {lc1(item)}, karena {grd}. Mohon ditindaklanjuti.",
            f"Keberatan atas permohonan informasi {ref} ({lc1(item)}): {grd}. Saya minta informasi tsb diberikan.",
        )
    )
    kl = wrap(text, "hand", hs, cols[5][1] - 8)
    # short address as written in the book: the street and the kelurahan / desa, one line
    street = p["street"].replace("Komplek ", "Komp. ")
    addr = f"{street}, {'Desa ' if p['kind'] == 'desa' else 'Kel. '}{p['kel']}"
    if tw(addr, "hand", hs) > cols[3][1] - 8:
        addr = street
    name = p["name"]
    if tw(name, "hand", hs) > cols[2][1] - 8:
        name = p["core"]
    if fit_size([addr], "hand", hs, cols[3][1] - 8) < 9.5:
        addr = street
    before = rng.randint(1, 5)
    after = rng.randint(0, 3)
    line = 0
    dates = sorted(prev_wd(ctx.date - timedelta(days=rng.randint(0, 3))) for _ in range(before))
    vis_people = [person19(rng, degree_p=0.0, prefix_p=0.0) for _ in range(before + after)]

    def entry(no, dt, nm, ad, ph, kep_lines, ink, paraf=True):
        nonlocal line
        yb = top + rowh * (line + 1) + 14
        dstr = fmt_date(dt, rng.choice(("dash1", "slash", "dash")))
        vals = [str(no), dstr, nm, ad, ph]
        for i, v in enumerate(vals):
            sz_i = fit_size([v], "hand", hs, cols[i][1] - 8)
            d._hand(xs[i] + 4, yb, v, sz_i, ink)
        for j, kl_ in enumerate(kep_lines):
            d._hand(xs[5] + 4, yb + j * rowh, kl_, hs, ink)
        if paraf:
            pg.img(xs[6] + 4, yb - 14, 44, 18, signature_img(rng, ink))
        line += max(1, len(kep_lines))

    for i in range(before):
        v = vis_people[i]
        entry(
            no0 + i,
            dates[i],
            v["core"],
            v["street"].replace("Komplek ", "Komp. "),
            v["phone"],
            [rng.choice(GUEST_VISITS)],
            rng.choice(inks),
        )
    my_no = no0 + before
    # the objection entry: its own hand size for name / address / phone kept on one line each
    yb = top + rowh * (line + 1) + 14
    dstr = fmt_date(ctx.date, rng.choice(("dash1", "slash", "dash", "long")))
    for i, v in enumerate([str(my_no), dstr, name, addr, p["phone"]]):
        sz_i = fit_size([v], "hand", hs, cols[i][1] - 8)
        d._hand(xs[i] + 4, yb, v, sz_i, ctx.ink)
    for j, ln in enumerate(kl):
        d._hand(xs[5] + 4, yb + j * rowh, ln, hs, ctx.ink)
    pg.img(xs[6] + 4, yb - 14, 44, 18, signature_img(rng, ctx.ink))
    line += len(kl)
    for i in range(after):
        if line >= nlines - 1:
            break
        v = vis_people[before + i]
        entry(
            my_no + 1 + i,
            ctx.date,
            v["core"],
            v["street"].replace("Komplek ", "Komp. "),
            v["phone"],
            [rng.choice(GUEST_VISITS)],
            rng.choice(inks),
        )
    with_reg = rng.random() < 0.4
    kreg = f"{rng.randint(1, 60):03d}/KEB/PPID/KPU-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    if with_reg:
        ny = top + rowh * (nlines + 1) + 22
        d._hand(L + 10, ny, f"Dicatat sbg keberatan, No. Reg. {kreg}", 11, RED)
    fields = F(
        applicant_name=name,
        address=addr,
        phone=p["e164"],
        information_requested=item,
        letter_number=kreg if with_reg else None,
        letter_date=ctx.date.isoformat(),
        reference_registration_number=ref,
        objection_reason_code=code,
    )
    return Letter(
        "keberatan",
        "K05_hand_buku_tamu",
        [pg],
        fields,
        handwritten=True,
        scan_hint={"scan_only": True},
    )


# ---------------------------------------------------------------------------------------------
# sengketa layouts
# ---------------------------------------------------------------------------------------------
def s01_penetapan_penggabungan(ctx: Ctx) -> Letter:
    """A KI panel's PENETAPAN joining several disputes of one applicant against the PPID into one
    examination: NOMOR / TENTANG PENGGABUNGAN PEMERIKSAAN ..., Menimbang with a table No | Nomor
    Register | Tanggal Registrasi | Objek Sengketa, Mengingat, MENETAPKAN KESATU (the other
    registers joined into the lead register) .. KETIGA, "Ditetapkan di ... pada tanggal ...";
    sometimes behind a KI cover letter sending it to the parties."""
    rng = ctx.rng
    p = person19(rng, degree_p=0.3, prefix_p=0.12)
    n = rng.randint(2, 4)
    regd = prev_wd(ctx.date - timedelta(days=rng.randint(20, 60)))
    seq0 = rng.randint(5, 50)
    regs, dates_, objs = [], [], []
    seq, rd_i = seq0, regd
    for i in range(n):
        if i:
            seq += rng.randint(1, 3)
            rd_i = add_wd(rd_i, rng.randint(0, 3))
        regs.append(f"{seq:03d}/REG-PSI/{roman(rd_i.month)}/{rd_i.year}")
        dates_.append(rd_i)
        while True:
            it = info_item(rng) if rng.random() < 0.6 else short_item(rng)
            if it not in objs:
                objs.append(it)
                break
    lead_i = 0
    pen = f"{rng.randint(1, 90):03d}/PEN-GAB/KI-SS/{roman(ctx.date.month)}/{ctx.date.year}"
    title = "PENGGABUNGAN PEMERIKSAAN SENGKETA INFORMASI PUBLIK"
    cover = rng.random() < 0.4
    show_addr = rng.random() < 0.6
    addr = address16(p, rng)
    pages: list[Page] = []
    cnum = csubj = None
    cdate = ctx.date
    org = None
    if cover:
        d0 = Doc(ctx, top=58)
        org = kop_ki2(d0, rng)
        cdate = add_wd(ctx.date, rng.randint(0, 2))
        cnum = ki_nomor(rng, cdate, "PS")
        nl, ll, hl = labels(rng)
        csubj = rng.choice(
            (
                "Penyampaian Salinan Penetapan Penggabungan Pemeriksaan",
                "Penyampaian Penetapan Majelis Komisioner",
            )
        )
        nomor_block(
            d0,
            [(nl, cnum), (ll, "1 (satu) berkas"), (hl, csubj)],
            pdate16(rng, "Palembang", cdate, rng.choice(("long", "long0"))),
        )
        yth_block(
            d0,
            ["Yth. PPID Komisi Pemilihan Umum", "Provinsi Sumatera Selatan", "di -", "Palembang"],
        )
        d0.gap(6)
        d0.para(
            f"Bersama ini kami sampaikan salinan Penetapan Majelis Komisioner Nomor {pen} tentang "
            f"{title_id(title)} atas permohonan yang diajukan oleh {p['name']} terhadap PPID Komisi "
            f"Pemilihan Umum Provinsi Sumatera Selatan. Pemeriksaan selanjutnya dilakukan dalam Register "
            f"Nomor {regs[lead_i]}.",
            justify=True,
        )
        d0.para("Demikian disampaikan untuk menjadi perhatian.", justify=True)
        sign_block(
            d0,
            ["Panitera Komisi Informasi", "Provinsi Sumatera Selatan,"],
            person19(rng, degree_p=1.0)["name"],
        )
        pages += d0.pages
    d = Doc(ctx, top=58)
    org2 = kop_ki2(d, rng)
    org = org or org2
    for s, f in (("PENETAPAN", ctx.b), (f"NOMOR {pen}", ctx.r), ("TENTANG", ctx.r), (title, ctx.b)):
        d.line_text(s, f, ctx.size + (1 if s == "PENETAPAN" else 0), align="c")
    d.gap(4)
    d.line_text(
        "MAJELIS KOMISIONER KOMISI INFORMASI PROVINSI SUMATERA SELATAN,",
        ctx.b,
        ctx.size - 0.5,
        align="c",
    )
    d.gap(4)
    lw = 78.0
    d.need(ctx.size * 2)
    d.pg.t(d.L, d.y, "Menimbang", ctx.r, ctx.size)
    d.pg.t(d.L + lw, d.y, ":", ctx.r, ctx.size)
    ax = d.L + lw + 10
    who = f"{p['name']}, beralamat di {addr}," if show_addr else f"{p['name']},"
    d.pg.t(ax, d.y, "a.", ctx.r, ctx.size)
    d.para(
        f"bahwa Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan penyelesaian sengketa "
        f"informasi publik dari {who} terhadap PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan, yang "
        "teregistrasi sebagai berikut:",
        x=ax + 14,
        justify=True,
    )
    fs = ctx.size - 1.5
    w_no, w_reg, w_tg = 22.0, max(tw(r, ctx.r, fs) for r in regs) + 12, 74.0
    table2(
        d,
        [w_no, w_reg, w_tg, d.R - ax - w_no - w_reg - w_tg],
        [[str(i + 1), regs[i], fmt_date(dates_[i], "dash"), objs[i]] for i in range(n)],
        ["No", "Nomor Register", "Tanggal", "Objek Sengketa"],
        size=fs,
        x=ax,
    )
    d.pg.t(ax, d.y, "b.", ctx.r, ctx.size)
    d.para(
        "bahwa permohonan-permohonan tersebut diajukan oleh Pemohon yang sama terhadap Termohon yang sama "
        "dan objeknya saling berkaitan, sehingga untuk kepentingan pemeriksaan yang sederhana, cepat dan "
        "berbiaya ringan perlu digabungkan;",
        x=ax + 14,
        justify=True,
    )
    d.need(ctx.size * 2)
    d.pg.t(d.L, d.y, "Mengingat", ctx.r, ctx.size)
    d.pg.t(d.L + lw, d.y, ":", ctx.r, ctx.size)
    d.numbered(
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik;",
        ],
        "{}.",
        x=ax,
    )
    d.need(ctx.size * 1.45 * 9 + 130)
    d.line_text("MEMUTUSKAN:", ctx.b, align="c")
    others = [r for i, r in enumerate(regs) if i != lead_i]
    joined = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " dan " + others[-1]
    amar = [
        (
            "KESATU",
            f"Menggabungkan pemeriksaan sengketa informasi publik Register Nomor {joined} ke dalam pemeriksaan Register Nomor {regs[lead_i]};",
        ),
        (
            "KEDUA",
            f"Pemeriksaan selanjutnya dilakukan dalam satu berkas dengan Register Nomor {regs[lead_i]};",
        ),
        ("KETIGA", "Penetapan ini berlaku sejak tanggal ditetapkan."),
    ]
    d.pg.t(d.L, d.y, "Menetapkan", ctx.r, ctx.size)
    d.pg.t(d.L + lw, d.y, ":", ctx.r, ctx.size)
    d.y += ctx.size * 1.45
    for k, t in amar:
        d.need(ctx.size * 1.5)
        d.pg.t(d.L, d.y, k, ctx.r, ctx.size)
        d.pg.t(d.L + lw, d.y, ":", ctx.r, ctx.size)
        d.para(t, x=ax, justify=True)
    d.gap(4)
    d.need(125)
    x = d.R - 210
    d.pg.t(x, d.y, "Ditetapkan di Palembang", ctx.r, ctx.size)
    d.pg.t(
        x,
        d.y + ctx.size * 1.45,
        f"pada tanggal {fmt_date(ctx.date, rng.choice(('long', 'long0')))}",
        ctx.r,
        ctx.size,
    )
    d.y += ctx.size * 3.2
    sign_block(d, ["Ketua Majelis Komisioner,"], person19(rng, degree_p=1.0)["name"], x=x)
    pages += d.pages
    fields = F(
        applicant_name=p["name"],
        address=addr if show_addr else None,
        information_requested="; ".join(objs),
        letter_number=cnum if cover else pen,
        letter_date=(cdate if cover else ctx.date).isoformat(),
        subject=csubj if cover else title,
        sender_org=org,
        dispute_register_number=regs[lead_i],
    )
    return Letter("sengketa", "S01_penetapan_penggabungan", pages, fields)


QUESTIONS = (
    "Apakah informasi yang dimohon oleh Pemohon dikuasai dan didokumentasikan oleh Termohon? Sebutkan unit kerja yang menguasainya.",
    "Apakah terhadap informasi tersebut telah dilakukan uji konsekuensi? Jika ya, lampirkan berita acaranya.",
    "Kapan Termohon menerima permohonan informasi dan kapan tanggapan tertulis disampaikan kepada Pemohon?",
    "Apakah Daftar Informasi Publik Termohon memuat informasi yang dimohon?",
    "Berapa biaya penggandaan yang dikenakan kepada Pemohon dan apa dasar penetapannya?",
    "Apakah Pemohon telah mengajukan keberatan kepada Atasan PPID dan bagaimana tanggapan Atasan PPID?",
    "Dalam bentuk apa informasi tersebut disimpan (cetak atau elektronik) dan berapa jumlah halamannya?",
    "Apakah terdapat bagian informasi yang dapat dihitamkan sehingga sisanya dapat diberikan kepada Pemohon?",
)


def s02_pertanyaan_tertulis_majelis(ctx: Ctx) -> Letter:
    """The KI panel asks the PPID (Termohon) for written answers before the next hearing: case rows,
    a table No | Pertanyaan Majelis | Jawaban Termohon with the answer column left as dotted lines,
    the deadline and where to send the answers, signed by the presiding commissioner or the
    substitute registrar."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    org = kop_ki2(d, rng)
    p = person19(rng, degree_p=0.3)
    regd = ctx.date - timedelta(days=rng.randint(15, 60))
    reg = ki_register(rng, regd)
    num = ki_nomor(rng, ctx.date, "PS")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permintaan Keterangan Tertulis",
            f"Permintaan Jawaban Tertulis Register Nomor {reg}",
            "Pertanyaan Tertulis Majelis Komisioner",
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
            "Kepada Yth.",
            "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            "selaku Termohon",
            "di -",
            "Palembang",
        ],
    )
    d.gap(6)
    d.para("Dalam rangka pemeriksaan sengketa informasi publik:", justify=True)
    show_addr = rng.random() < 0.35
    show_item = rng.random() < 0.75
    show_ref = rng.random() < 0.4
    item = info_item(rng)
    ref, _ = ref_number16(rng, regd - timedelta(days=40))
    addr = address16(p, rng)
    rows = [("Register Nomor", reg), ("Pemohon", p["name"])]
    if show_addr:
        rows.append(("Alamat Pemohon", addr))
    rows.append(("Termohon", "PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan"))
    if show_item:
        rows.append((rng.choice(("Objek Sengketa", "Informasi yang Dimohon")), item))
    if show_ref:
        rows.append(("Nomor Pendaftaran Permohonan", ref))
    kv_rows(d, rows, x=d.L + 20)
    d.para(
        "Majelis Komisioner memandang perlu meminta keterangan tertulis dari Termohon atas pertanyaan "
        "sebagai berikut:",
        justify=True,
    )
    qs = rng.sample(QUESTIONS, rng.randint(3, 4))
    w = d.W - 24
    table2(
        d,
        [24.0, w * 0.58, w * 0.42],
        [[str(i), q, ""] for i, q in enumerate(qs, 1)],
        ["No", "Pertanyaan Majelis", "Jawaban Termohon"],
        size=ctx.size - 1.5,
        dotted_cols=(2,),
        min_lines=2,
    )
    due = add_wd(ctx.date, rng.randint(3, 7))
    closing = (
        f"Jawaban tertulis beserta dokumen pendukung disampaikan paling lambat {fmt_date(due, 'day')} ke "
        "Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan atau melalui surel "
        "kepaniteraan.kisumsel@gmail.com, dan akan dibahas pada persidangan berikutnya."
    )
    keep(d, [closing, "Demikian disampaikan."])
    d.para(closing, justify=True)
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    if rng.random() < 0.5:
        sign_block(d, ["Ketua Majelis Komisioner,"], person19(rng, degree_p=1.0)["name"])
    else:
        sign_block(
            d,
            ["a.n. Majelis Komisioner", "Panitera Pengganti,"],
            person19(rng, degree_p=0.8)["name"],
        )
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
    return Letter("sengketa", "S02_pertanyaan_tertulis_majelis", d.pages, fields)


def s03_ptun_pemberitahuan_putusan(ctx: Ctx) -> Letter:
    """The administrative court (PTUN Palembang) sends the parties its decision on the objection
    against a KI decision: three-line court letterhead (Mahkamah Agung umbrella), W2-TUN number,
    the case number in the Hal, the parties (Pemohon / Termohon Keberatan: the PPID or the original
    applicant), the KI putusan and register numbers, the amar in a framed box, the 14-day window
    for cassation; signed by the Panitera."""
    rng = ctx.rng
    d = Doc(ctx, top=58)
    c = ctx
    kop2(
        d,
        [
            ("MAHKAMAH AGUNG REPUBLIK INDONESIA", c.b, 11.5),
            ("DIREKTORAT JENDERAL BADAN PERADILAN MILITER DAN TATA USAHA NEGARA", c.b, 9.5),
            ("PENGADILAN TATA USAHA NEGARA PALEMBANG", c.b, 14),
        ],
        [
            "Jl. Jenderal Ahmad Yani No. 67 Palembang 30264  Telp. (0711) 513 456",
            "Laman: ptun-palembang.go.id  Surel: ptun.palembang@gmail.com",
        ],
        "l",
        rng.choice((INK, (0, 80, 40))),
        "double",
        kinds=("scale",),
    )
    org = "PENGADILAN TATA USAHA NEGARA PALEMBANG"
    p = person19(rng, degree_p=0.3)
    y_ = ctx.date.year
    case = f"{rng.randint(1, 30)}/G/KI/{y_}/PTUN.PLG"
    num = f"W2-TUN3/{rng.randint(100, 2400)}/HK.06/{roman(ctx.date.month)}/{y_}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            f"Pengiriman Salinan Putusan Perkara Nomor {case}",
            "Pemberitahuan Isi Putusan",
            f"Pemberitahuan Putusan Nomor {case}",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Biasa"), (ll, "1 (satu) berkas salinan putusan"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    kpu_appeals = rng.random() < 0.5
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            f"selaku {'Pemohon Keberatan' if kpu_appeals else 'Termohon Keberatan'}",
            "di -",
            "Palembang",
        ],
    )
    d.gap(6)
    kid = ctx.date - timedelta(days=rng.randint(60, 120))
    reg = ki_register(rng, kid - timedelta(days=rng.randint(30, 80)))
    kiput = f"{rng.randint(1, 60):03d}/KI-SS/PS-A/{roman(kid.month)}/{kid.year}"
    pdate = prev_wd(ctx.date - timedelta(days=rng.randint(1, 8)))
    d.para(
        f"Bersama ini disampaikan dengan hormat salinan resmi putusan Pengadilan Tata Usaha Negara Palembang "
        f"Nomor {case} tanggal {fmt_date(pdate, 'long')} dalam perkara keberatan atas Putusan Komisi Informasi "
        f"Provinsi Sumatera Selatan Nomor {kiput} tanggal {fmt_date(kid, 'long')} (Register Nomor {reg}), antara:",
        justify=True,
    )
    show_addr = rng.random() < 0.4
    addr = address16(p, rng)
    ppid = "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum Provinsi Sumatera Selatan"
    appl = p["name"] + (f", beralamat di {addr}" if show_addr else "")
    rows = [
        ("Pemohon Keberatan", ppid if kpu_appeals else appl),
        ("Termohon Keberatan", appl if kpu_appeals else ppid),
    ]
    kv_rows(d, rows, x=d.L + 16)
    d.para("dengan amar putusan sebagai berikut:", justify=True)
    show_item = rng.random() < 0.6
    item = info_item(rng)
    amar = ["MENGADILI:"]
    if rng.random() < 0.65:
        amar += [
            "1. Menolak permohonan keberatan Pemohon Keberatan untuk seluruhnya;",
            f"2. Menguatkan Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {kiput};",
        ]
    else:
        amar += [
            "1. Mengabulkan permohonan keberatan Pemohon Keberatan untuk sebagian;",
            f"2. Memperbaiki amar Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor {kiput};",
        ]
    if show_item:
        amar.append(f"3. Menyatakan informasi berupa {lc1(item)} sebagai informasi yang terbuka;")
    amar.append(
        f"{len(amar)}. Menghukum Pemohon Keberatan untuk membayar biaya perkara sebesar {rp0(rng.choice((285000, 341000, 427000)))}."
    )
    fs = ctx.size - 1
    lines = []
    for a in amar:
        lines += wrap(a, ctx.i, fs, d.W - 40)
    h = len(lines) * fs * 1.4 + 14
    d.need(h + 10)
    d.pg.rect(d.L + 10, d.y, d.W - 20, h, 0.8, INK, (246, 246, 246))
    yy = d.y + 8 + fs
    for ln in lines:
        d.pg.t(d.L + 20, yy, ln, ctx.i, fs)
        yy += fs * 1.4
    d.y += h + 12
    closing = (
        "Terhadap putusan tersebut para pihak dapat mengajukan permohonan kasasi ke Mahkamah Agung dalam "
        "tenggang waktu 14 (empat belas) hari kerja sejak putusan diucapkan atau diberitahukan."
    )
    keep(d, [closing, "Demikian untuk dimaklumi."], 125)
    d.para(closing, justify=True)
    d.para("Demikian untuk dimaklumi.")
    sign_block(d, ["Panitera,"], person19(rng, degree_p=1.0)["name"], sub=f"NIP {nip(rng)}")
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
    return Letter("sengketa", "S03_ptun_pemberitahuan_putusan", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# surat_masuk layouts
# ---------------------------------------------------------------------------------------------
KPU_ADDR = "Jl. Kapten A. Rivai No. 95, Kel. Sungai Pangeran, Kec. Ilir Timur I, Palembang"


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


def skrd_page(ctx: Ctx, unit: str, addr: str, when: date, num: str) -> tuple[Page, str]:
    """The levy assessment itself (SKRD): title, number box, the payer's rows, the tariff table,
    the total in words, warnings, the signature and a dashed tear-off receipt stub."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    kop_pemda(d, rng, "PEMERINTAH KOTA PALEMBANG", unit, addr)
    d.y -= 8
    d.line_text("SURAT KETETAPAN RETRIBUSI DAERAH (SKRD)", ctx.b, ctx.size + 1, align="c")
    d.line_text("RETRIBUSI PELAYANAN PERSAMPAHAN/KEBERSIHAN", ctx.r, ctx.size - 1, align="c")
    d.gap(2)
    q = (when.month - 1) // 3
    masa = f"{BULAN[q * 3]} s.d. {BULAN[q * 3 + 2]} {when.year}"
    w3 = d.W / 3
    table2(
        d,
        [w3 + 20, w3 + 10, w3 - 30],
        [[f"No. SKRD: {num}", f"Masa: {masa}", f"Tahun: {when.year}"]],
        size=fit_size([f"No. SKRD: {num}", f"Masa: {masa}"], ctx.r, ctx.size - 1.5, w3 - 4),
    )
    due = add_wd(when, 20)
    kv_rows(
        d,
        [
            ("Nama Wajib Retribusi", "Komisi Pemilihan Umum Provinsi Sumatera Selatan"),
            ("Alamat", KPU_ADDR),
            (
                "NPWRD",
                f"R.{rng.randint(1, 9)}.{rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(100, 999)}",
            ),
            ("Tanggal Jatuh Tempo", fmt_date(due, "long")),
        ],
        size=ctx.size - 0.5,
    )
    tarif = rng.choice((350000, 500000, 750000))
    rows = [
        [
            "1",
            "4.1.2.01.03",
            "Retribusi pelayanan persampahan - kantor instansi pemerintah",
            "3 bulan",
            rp0(tarif),
            rp0(tarif * 3),
        ],
    ]
    total = tarif * 3
    if rng.random() < 0.5:
        extra = rng.choice((120000, 150000, 200000))
        rows.append(
            [
                "2",
                "4.1.2.01.03",
                "Pengangkutan sampah tambahan (kontainer)",
                "2 rit",
                rp0(extra),
                rp0(extra * 2),
            ]
        )
        total += extra * 2
    rows.append(["", "", "Jumlah Ketetapan Pokok Retribusi", "", "", rp0(total)])
    w = d.W
    table2(
        d,
        [20.0, 64.0, w - 20 - 64 - 56 - 70 - 78, 56.0, 70.0, 78.0],
        rows,
        ["No", "Kode Rekening", "Uraian Retribusi", "Volume", "Tarif", "Jumlah"],
        size=ctx.size - 2.5,
    )
    d.para(f"Dengan huruf: {terbilang(total).strip().capitalize()} rupiah", ctx.i, ctx.size - 1)
    d.line_text("PERHATIAN:", ctx.b, ctx.size - 1.5)
    d.numbered(
        [
            "Pembayaran dilakukan melalui Bank Sumsel Babel atau kanal pembayaran daerah dengan menyebutkan Nomor SKRD.",
            "Apabila SKRD ini tidak atau kurang dibayar setelah jatuh tempo, dikenakan sanksi administratif berupa bunga sebesar 2% (dua persen) setiap bulan.",
        ],
        "{}.",
        size=ctx.size - 2,
    )
    d.need(110)
    x = d.R - 210
    d.pg.t(
        x, d.y, f"Palembang, {fmt_date(when, rng.choice(('long', 'long0')))}", ctx.r, ctx.size - 1
    )
    d.y += ctx.size * 1.4
    sign_block(
        d,
        ["a.n. Kepala Dinas", "Kepala Bidang Pengelolaan Sampah,"],
        person19(rng, degree_p=1.0)["name"],
        x=x,
        sub=f"NIP {nip(rng)}",
    )
    if d.y < d.bottom - 60:
        y = d.y + 6
        d.pg.line(d.L, y, d.R, y, 0.6, GREY, (4, 3))
        d.pg.t(d.L, y + 16, "TANDA TERIMA SKRD", ctx.b, ctx.size - 2)
        d.pg.t(
            d.L,
            y + 28,
            f"No. SKRD {num}  -  Diterima tanggal: ..................  Yang menerima: ..................",
            ctx.r,
            ctx.size - 3,
        )
        d.y = y + 34
    return d.pages, due


def m01_skrd_retribusi_sampah(ctx: Ctx) -> Letter:
    """The city's environment and sanitation office bills the waste levy: a SKRD (retribution
    assessment) with number box, payer rows (the KPU office), tariff table, total in words,
    warnings, a tear-off receipt stub; half of the time behind a short cover letter whose Hal
    names the SKRD."""
    rng = ctx.rng
    unit = rng.choice(
        (
            "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN",
            "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN",
            "DINAS KEBERSIHAN DAN PERTAMANAN",
        )
    )
    addr = "Jl. Merdeka No. 1 Palembang 30131  Telp. (0711) 352 " + str(rng.randint(100, 999))
    num = f"{rng.randint(100, 9999):04d}/SKRD/{unit.split()[1][:3].upper()}/{ctx.date.year}"
    cover = rng.random() < 0.5
    pages: list[Page] = []
    if cover:
        d = Doc(ctx, top=50)
        org = kop_pemda(d, rng, "PEMERINTAH KOTA PALEMBANG", unit, addr)
        cnum = (
            f"973/{rng.randint(100, 3000)}/{'DLHK' if 'HIDUP' in unit else 'DKP'}/{ctx.date.year}"
        )
        nl, ll, hl = labels(rng)
        subj = rng.choice(
            (
                "Penyampaian Surat Ketetapan Retribusi Daerah (SKRD)",
                "Penyampaian SKRD Retribusi Persampahan",
                "Tagihan Retribusi Pelayanan Persampahan",
            )
        )
        nomor_block(
            d,
            [(nl, cnum), (ll, "1 (satu) lembar"), (hl, subj)],
            pdate16(rng, "Palembang", ctx.date),
        )
        yth_block(
            d, ["Kepada Yth.", "Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"]
        )
        d.gap(6)
        d.para(
            "Dalam rangka optimalisasi penerimaan retribusi daerah, bersama ini kami sampaikan Surat Ketetapan "
            f"Retribusi Daerah (SKRD) Nomor {num} atas pelayanan persampahan/kebersihan di kantor Saudara.",
            justify=True,
        )
        d.para(
            "Kami mohon pembayaran dapat dilakukan sebelum tanggal jatuh tempo. Bukti pembayaran agar disampaikan "
            "kepada bidang pengelolaan sampah untuk pencatatan.",
            justify=True,
        )
        d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
        sign_block(d, ["Kepala Dinas,"], person19(rng, degree_p=1.0)["name"], sub=f"NIP {nip(rng)}")
        pages += d.pages
        spages, _ = skrd_page(ctx, unit, addr, ctx.date, num)
        pages += spages
        fields = sm_fields(cnum, ctx.date, subj, org)
    else:
        spages, _ = skrd_page(ctx, unit, addr, ctx.date, num)
        pages += spages
        fields = sm_fields(num, ctx.date, None, unit)
    return Letter("surat_masuk", "M01_skrd_retribusi_sampah", pages, fields)


HOLI_2026 = (
    ("2026-01-01", "Tahun Baru 2026 Masehi", "L"),
    ("2026-01-16", "Isra Mikraj Nabi Muhammad SAW", "L"),
    ("2026-02-16", "Cuti bersama Tahun Baru Imlek", "C"),
    ("2026-02-17", "Tahun Baru Imlek 2577 Kongzili", "L"),
    ("2026-03-18", "Cuti bersama Hari Suci Nyepi", "C"),
    ("2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948", "L"),
    ("2026-03-20", "Hari Raya Idul Fitri 1447 Hijriah", "L"),
    ("2026-03-21", "Hari Raya Idul Fitri 1447 Hijriah", "L"),
    ("2026-03-23", "Cuti bersama Idul Fitri 1447 Hijriah", "C"),
    ("2026-03-24", "Cuti bersama Idul Fitri 1447 Hijriah", "C"),
    ("2026-04-03", "Wafat Yesus Kristus", "L"),
    ("2026-05-01", "Hari Buruh Internasional", "L"),
    ("2026-05-14", "Kenaikan Yesus Kristus", "L"),
    ("2026-05-15", "Cuti bersama Kenaikan Yesus Kristus", "C"),
    ("2026-05-27", "Hari Raya Idul Adha 1447 Hijriah", "L"),
    ("2026-05-28", "Cuti bersama Idul Adha 1447 Hijriah", "C"),
    ("2026-05-31", "Hari Raya Waisak 2570 BE", "L"),
    ("2026-06-01", "Hari Lahir Pancasila", "L"),
    ("2026-06-16", "Tahun Baru Islam 1448 Hijriah", "L"),
    ("2026-08-17", "Hari Proklamasi Kemerdekaan Republik Indonesia", "L"),
    ("2026-08-25", "Maulid Nabi Muhammad SAW", "L"),
    ("2026-12-24", "Cuti bersama Hari Raya Natal", "C"),
    ("2026-12-25", "Hari Raya Natal", "L"),
)


def m02_se_libur_cuti_bersama(ctx: Ctx) -> Letter:
    """A Surat Edaran (KPU RI's Secretary-General to all provincial KPUs, or the provincial
    Secretary to its staff) on the year's national holidays and joint leave and on keeping the
    information desk open online: "SURAT EDARAN NOMOR ... TENTANG ...", lettered sections,
    "Ditetapkan di ... pada tanggal ...", page 2 the Lampiran table No | Hari, Tanggal |
    Keterangan | Jenis."""
    rng = ctx.rng
    ctx.date = rand_date(rng, date(2025, 12, 1), date(2026, 1, 22))
    d = Doc(ctx, top=52)
    ri = rng.random() < 0.55
    lines = ["KOMISI PEMILIHAN UMUM", "REPUBLIK INDONESIA"] if ri else list(KPU_LINES)
    kop2(
        d,
        [(lines[0], ctx.b, 15), (lines[1], ctx.b, 13)],
        ["Jl. Imam Bonjol No. 29 Jakarta 10310  Laman: www.kpu.go.id"] if ri else list(KPU_SUB),
        "c" if ri else rng.choice(("l", "c")),
        INK,
        "double",
        kinds=("garuda",),
    )
    sender = " ".join(lines)
    y_ = 2026
    num = rng.choice(
        (
            f"{rng.randint(1, 40)} TAHUN {y_}"
            if ctx.date.year == 2026
            else f"{rng.randint(30, 60)} TAHUN 2025",
            f"{rng.randint(100, 2500)}/SDM.{rng.randint(10, 13)}-SE/{ctx.date.month:02d}/{ctx.date.year}",
        )
    )
    title = rng.choice(
        (
            f"HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN {y_} SERTA PENYELENGGARAAN LAYANAN INFORMASI PUBLIK",
            f"PELAKSANAAN CUTI BERSAMA TAHUN {y_} DAN LAYANAN INFORMASI PUBLIK DI LINGKUNGAN KOMISI PEMILIHAN UMUM",
            f"PENGATURAN HARI KERJA PADA HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN {y_}",
        )
    )
    yth = (
        [
            "Yth. 1. Ketua KPU Provinsi se-Indonesia;",
            "2. Sekretaris KPU Provinsi se-Indonesia;",
            "di -",
            "Tempat",
        ]
        if ri
        else [
            "Yth. Seluruh Pejabat dan Pegawai",
            "Sekretariat KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ]
    )
    yth_block(d, yth)
    d.gap(6)
    d.line_text("SURAT EDARAN", ctx.b, ctx.size + 1, align="c")
    d.line_text(f"NOMOR {num}", ctx.r, ctx.size, align="c")
    d.line_text("TENTANG", ctx.r, ctx.size, align="c")
    for ln in wrap(title, ctx.b, ctx.size, d.W - 60):
        d.line_text(ln, ctx.b, ctx.size, align="c")
    d.gap(6)
    skb = f"Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor {rng.randint(800, 1500)} Tahun 2025, Nomor {rng.randint(2, 9)} Tahun 2025, Nomor {rng.randint(2, 9)} Tahun 2025"
    secs = [
        (
            "A. Latar Belakang",
            f"Dalam rangka pelaksanaan {skb} tentang Hari Libur Nasional dan Cuti Bersama Tahun {y_}, perlu diatur pelaksanaannya di lingkungan Komisi Pemilihan Umum agar pelayanan publik tetap berjalan.",
        ),
        (
            "B. Maksud dan Tujuan",
            "Surat Edaran ini dimaksudkan sebagai pedoman pengaturan hari kerja, cuti bersama dan piket layanan, dengan tujuan agar layanan informasi publik tidak terhenti.",
        ),
        ("C. Isi Edaran", None),
    ]
    for head, body in secs:
        d.line_text(head, ctx.b)
        if body:
            d.para(body, x=d.L + 14, justify=True)
    d.numbered(
        [
            f"Hari libur nasional dan cuti bersama Tahun {y_} sebagaimana tercantum dalam Lampiran Surat Edaran ini.",
            "Cuti bersama mengurangi hak cuti tahunan pegawai yang bersangkutan.",
            "Selama cuti bersama, Desk Layanan Informasi tetap melayani permohonan informasi secara daring melalui laman e-PPID dan surel PPID, dengan petugas piket yang ditunjuk.",
            "Permohonan dan keberatan yang diterima pada hari libur dicatat pada hari kerja berikutnya.",
        ],
        "{}.",
        x=d.L + 14,
    )
    d.need(ctx.size * 1.45 * 2 + 150)
    d.line_text("D. Penutup", ctx.b)
    d.para("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", x=d.L + 14)
    d.need(125)
    x = d.R - 220
    d.pg.t(x, d.y, f"Ditetapkan di {'Jakarta' if ri else 'Palembang'}", ctx.r, ctx.size)
    d.pg.t(
        x,
        d.y + ctx.size * 1.45,
        f"pada tanggal {fmt_date(ctx.date, rng.choice(('long', 'long0')))}",
        ctx.r,
        ctx.size,
    )
    d.y += ctx.size * 3.1
    sign_block(
        d,
        ["SEKRETARIS JENDERAL," if ri else "SEKRETARIS,"],
        person19(rng, degree_p=1.0)["name"],
        x=x,
    )
    d.newpage()
    d.line_text("LAMPIRAN", ctx.b, ctx.size - 1, x=d.R - 250)
    d.line_text(
        f"SURAT EDARAN NOMOR {num}",
        ctx.r,
        fit_size([f"SURAT EDARAN NOMOR {num}"], ctx.r, ctx.size - 1, 250),
        x=d.R - 250,
    )
    d.gap(6)
    d.line_text(
        f"DAFTAR HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN {y_}", ctx.b, ctx.size, align="c"
    )
    d.gap(4)
    rows = []
    for i, (iso, ket, kind) in enumerate(HOLI_2026, 1):
        dd = date.fromisoformat(iso)
        rows.append(
            [
                str(i),
                f"{HARI[dd.weekday()]}, {fmt_date(dd, 'long')}",
                ket,
                "Cuti Bersama" if kind == "C" else "Libur Nasional",
            ]
        )
    w = d.W
    table2(
        d,
        [24.0, 150.0, w - 24 - 150 - 86, 86.0],
        rows,
        ["No", "Hari, Tanggal", "Keterangan", "Jenis"],
        size=ctx.size - 2,
        pad=2.5,
    )
    fields = sm_fields(num, ctx.date, title, sender)
    return Letter("surat_masuk", "M02_se_libur_cuti_bersama", d.pages, fields)


INSURERS = (
    ("PT ASURANSI JIWA SRIWIJAYA MITRA", "Kantor Cabang Palembang"),
    ("PT ASURANSI BUMI PROTEKSI INDONESIA", "Kantor Wilayah Sumatera Selatan"),
    ("PT ASURANSI KERUGIAN NUSA RAYA", "Cabang Palembang"),
)
CLAIM_KINDS = (
    ("Meninggal dunia", 36000000),
    ("Cacat tetap", 25000000),
    ("Luka berat", 16500000),
    ("Luka sedang", 8250000),
    ("Rawat inap", 5000000),
)
CLAIM_STATUS = (
    "Telah dibayar",
    "Telah dibayar",
    "Menunggu kelengkapan",
    "Dalam verifikasi",
    "Ditolak",
)


def m03_asuransi_klaim_santunan(ctx: Ctx) -> Letter:
    """An insurer reports the state of the death, disability and injury claims of ad hoc election
    workers: two-column business letterhead (company line, branch line, OJK tag), Ref. number,
    claims table (No | Nama Peserta | Jabatan | Kab./Kota | Jenis Klaim | Nilai | Status), the
    documents still missing as bullets, a contact person, the branch head's signature."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    comp, branch = rng.choice(INSURERS)
    tel, _ = landline(rng, "0711")
    sender = kop_split(
        d,
        [(comp, ctx.b, 13.5), (branch, ctx.r, 10)],
        [office_address(rng), f"Telp. {tel}", "Terdaftar dan diawasi oleh Otoritas Jasa Keuangan"],
        color=rng.choice((NAVY, GREEN, MAROON)),
        logo_kind="shield",
    ).split(" " + branch)[0]
    num = rng.choice(
        (
            f"{rng.randint(100, 999)}/KLM-PLG/{ctx.date.month:02d}/{ctx.date.year}",
            f"Ref. {rng.randint(1000, 9999)}/CLM/{roman(ctx.date.month)}/{ctx.date.year}",
        )
    )
    num_v = num.replace("Ref. ", "")
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Status Klaim Santunan Badan Ad Hoc",
            "Penyelesaian Klaim Asuransi Anggota KPPS",
            "Status Klaim Asuransi Badan Ad Hoc Pemilihan 2024",
        )
    )
    lab = "Ref." if num.startswith("Ref.") else nl
    nomor_block(
        d,
        [(lab, num_v), (ll, "1 (satu) berkas"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date, rng.choice(("long", "long0"))),
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "Jl. Kapten A. Rivai No. 95",
            "Palembang",
        ],
    )
    d.gap(6)
    d.line_text("Dengan hormat,")
    pol = f"{rng.randint(10, 99)}.{rng.randint(100000, 999999)}.{rng.randint(10, 99)}"
    d.para(
        f"Menunjuk Perjanjian Kerja Sama tentang perlindungan asuransi jiwa dan kecelakaan bagi badan ad hoc "
        f"Pemilihan Tahun 2024 dengan Polis Nomor {pol}, bersama ini kami sampaikan status klaim yang kami terima "
        "sampai dengan tanggal surat ini:",
        justify=True,
    )
    rows = []
    for i in range(rng.randint(3, 6)):
        v = person19(rng, degree_p=0.1, prefix_p=0.05)
        kind, val = rng.choice(CLAIM_KINDS)
        rows.append(
            [
                str(i + 1),
                v["core"],
                rng.choice(("Ketua KPPS", "Anggota KPPS", "Anggota PPS", "Anggota PPK", "Linmas")),
                rng.choice(KABS).replace("Kabupaten ", "Kab. "),
                kind,
                rp0(val),
                rng.choice(CLAIM_STATUS),
            ]
        )
    w = d.W
    table2(
        d,
        [20.0, 92.0, 62.0, w - 20 - 92 - 62 - 62 - 62 - 66, 62.0, 62.0, 66.0],
        rows,
        ["No", "Nama Peserta", "Jabatan", "Kab./Kota", "Jenis Klaim", "Nilai", "Status"],
        size=ctx.size - 3,
    )
    d.para(
        "Untuk klaim yang masih menunggu kelengkapan, mohon bantuan Saudara melengkapi dokumen berikut:",
        justify=True,
    )
    for s in rng.sample(
        (
            "fotokopi SK pengangkatan badan ad hoc yang dilegalisir",
            "surat keterangan kematian dari kelurahan/desa",
            "resume medis dan kuitansi asli rumah sakit",
            "fotokopi KTP dan Kartu Keluarga ahli waris",
            "surat keterangan ahli waris yang diketahui lurah/kepala desa",
            "nomor rekening atas nama ahli waris",
        ),
        3,
    ):
        d.need(ctx.size * 1.4)
        d.pg.t(d.L + 12, d.y, "•", "dr", ctx.size)
        d.para(s + ";", x=d.L + 24)
    cp = person19(rng, degree_p=0.3)
    d.para(
        f"Informasi lebih lanjut dapat menghubungi petugas klaim kami, {cp['name']}, nomor {cp['phone']}.",
        justify=True,
    )
    keep(d, ["Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih."], 140)
    d.para("Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.")
    sign_block(
        d,
        ["Hormat kami,", comp.title().replace("Pt ", "PT ") + ",", ""],
        person19(rng, degree_p=0.6)["name"],
        sub=rng.choice(("Kepala Cabang", "Branch Manager", "Kepala Bagian Klaim")),
    )
    fields = sm_fields(num_v, ctx.date, subj, sender)
    return Letter("surat_masuk", "M03_asuransi_klaim_santunan", d.pages, fields)


def m04_bpkad_sisa_hibah(ctx: Ctx) -> Letter:
    """The provincial finance and asset agency asks for the report on the 2024 election grant and
    the return of its unspent balance: NPHD number, a table Uraian | Jumlah (Rp), the regional
    treasury account, the deadline; Tembusan to the governor and the inspectorate."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    org = kop_pemda(
        d,
        rng,
        "PEMERINTAH PROVINSI SUMATERA SELATAN",
        "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
        "Jl. Kapten A. Rivai No. 3 Palembang 30129  Telp. (0711) 352 " + str(rng.randint(100, 999)),
        rng.choice((INK, NAVY)),
    )
    num = f"900.1.4/{rng.randint(100, 3000)}/BPKAD/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pengembalian Sisa Dana Hibah Pemilihan Tahun 2024",
            "Permintaan Laporan Penggunaan dan Pengembalian Sisa Dana Hibah",
            "Penyelesaian Pertanggungjawaban Dana Hibah Pemilihan Gubernur 2024",
        )
    )
    nomor_block(
        d,
        [(nl, num), ("Sifat", "Segera"), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    nphd_d = date(2023, rng.randint(10, 12), rng.randint(1, 28))
    d.para(
        f"Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) Nomor {rng.randint(100, 999)}/NPHD/BPKAD/{nphd_d.year} "
        f"tanggal {fmt_date(nphd_d, 'long')} antara Pemerintah Provinsi Sumatera Selatan dan Komisi Pemilihan Umum "
        "Provinsi Sumatera Selatan tentang hibah penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur Tahun 2024, "
        "dengan ini kami sampaikan posisi dana hibah sebagai berikut:",
        justify=True,
    )
    recv = rng.randint(300, 520) * 1_000_000_000 + rng.randint(0, 999) * 1_000_000
    spent = recv - rng.randint(8, 40) * 1_000_000_000 - rng.randint(0, 999) * 1_000_000
    sisa = recv - spent
    setor = sisa - rng.randint(1, 6) * 1_000_000_000 if rng.random() < 0.6 else 0
    rows = [
        ["1", "Dana hibah yang diterima", rp0(recv)],
        ["2", "Realisasi belanja (berdasarkan laporan sementara)", rp0(spent)],
        ["3", "Sisa dana hibah", rp0(sisa)],
        ["4", "Telah disetor ke Kas Daerah", rp0(setor)],
        ["5", "Sisa yang belum disetor", rp0(sisa - setor)],
    ]
    table2(
        d, [24.0, d.W - 24 - 150, 150.0], rows, ["No", "Uraian", "Jumlah (Rp)"], size=ctx.size - 1.5
    )
    due = add_wd(ctx.date, rng.randint(10, 20))
    d.para(
        f"Sehubungan dengan hal tersebut, kami mohon Saudara menyetorkan sisa dana hibah ke Rekening Kas Umum Daerah "
        f"Provinsi Sumatera Selatan pada Bank Sumsel Babel Nomor {rng.randint(100, 199)}.{rng.randint(10, 99)}.{rng.randint(10000, 99999)} "
        f"dan menyampaikan laporan penggunaan hibah yang telah diaudit paling lambat tanggal {fmt_date(due, 'long')}.",
        justify=True,
    )
    keep(d, ["Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."], 170)
    d.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(
        d,
        ["Kepala Badan,"],
        person19(rng, degree_p=1.0, prefix_p=0.3)["name"],
        sub=f"NIP {nip(rng)}",
    )
    d.line_text("Tembusan:", size=ctx.size - 1)
    for s in (
        "1. Gubernur Sumatera Selatan (sebagai laporan);",
        "2. Inspektur Provinsi Sumatera Selatan;",
        "3. Arsip.",
    ):
        d.line_text(s, size=ctx.size - 1)
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M04_bpkad_sisa_hibah", d.pages, fields)


def m05_bpn_pengukuran_tanah(ctx: Ctx) -> Letter:
    """The city land office announces the survey of the office land for its certificate: ministry
    umbrella lines, the land office line, a BPN-style number (HP.02.01/...-16.71/...), the parcel
    table (Lokasi | Luas | Nomor Berkas | Penggunaan), the survey day and team, what the office must
    prepare (boundary markers, neighbours present, original documents)."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    city = rng.choice(
        (
            ("KOTA PALEMBANG", "16.71", "Palembang"),
            ("KABUPATEN BANYUASIN", "16.07", "Pangkalan Balai"),
        )
    )
    unit = f"KANTOR PERTANAHAN {city[0]}"
    c = ctx
    kop2(
        d,
        [
            ("KEMENTERIAN AGRARIA DAN TATA RUANG/", c.b, 11),
            ("BADAN PERTANAHAN NASIONAL", c.b, 11),
            (unit, c.b, 13.5),
        ],
        [
            f"Jl. Jenderal Sudirman No. {rng.randint(10, 400)} {city[2]}  Telp. (0711) 3{rng.randint(10000, 99999)}  Laman: www.atrbpn.go.id"
        ],
        "l",
        INK,
        "double",
        kinds=("garuda",),
    )
    num = f"{rng.choice(('HP.02.01', 'MP.01.02', 'SP.02.01'))}/{rng.randint(100, 4000)}-{city[1]}/{roman(ctx.date.month)}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Pemberitahuan Pelaksanaan Pengukuran dan Penetapan Batas",
            "Pemberitahuan Pengukuran Bidang Tanah Barang Milik Negara",
            "Jadwal Pengukuran Bidang Tanah",
        )
    )
    nomor_block(
        d, [(nl, num), ("Sifat", "Penting"), (ll, "-"), (hl, subj)], pdate16(rng, city[2], ctx.date)
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Sekretaris Komisi Pemilihan Umum",
            "Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ],
    )
    d.gap(6)
    req_d = ctx.date - timedelta(days=rng.randint(20, 70))
    d.para(
        f"Menindaklanjuti surat Saudara Nomor {rng.randint(100, 900)}/PL.02-SD/16/{req_d.year} tanggal {fmt_date(req_d, 'long')} "
        "perihal permohonan pensertipikatan tanah Barang Milik Negara, dengan ini kami beritahukan bahwa pengukuran "
        "dan penetapan batas bidang tanah akan dilaksanakan atas bidang tanah berikut:",
        justify=True,
    )
    rows = [
        [
            "1",
            rng.choice(
                (
                    "Jl. Kapten A. Rivai No. 95, Kel. Sungai Pangeran",
                    "Jl. Soekarno-Hatta, Kel. Talang Kelapa (gudang logistik)",
                    "Jl. Mayor Zen, Kel. Sungai Selincah (gudang logistik)",
                )
                if city[2] == "Palembang"
                else (
                    "Jl. Palembang-Betung Km. 14, Desa Sukamoro (gudang logistik)",
                    "Jl. Sabar Jaya, Kel. Mariana (gudang logistik)",
                )
            ),
            f"{rng.randint(900, 6800):,}".replace(",", "."),
            f"{rng.randint(10000, 99999)}/{ctx.date.year}",
            rng.choice(("Kantor", "Gudang logistik", "Kantor dan gudang")),
        ]
    ]
    w = d.W
    table2(
        d,
        [22.0, w - 22 - 60 - 90 - 90, 60.0, 90.0, 90.0],
        rows,
        ["No", "Lokasi", "Luas (m2)", "Nomor Berkas", "Penggunaan"],
        size=ctx.size - 1.5,
    )
    day = add_wd(ctx.date, rng.randint(4, 10))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", fmt_date(day, "day")),
            ("Pukul", f"{rng.choice(('08.30', '09.00', '13.30'))} WIB s.d. selesai"),
            (
                "Petugas Ukur",
                f"{person19(rng, degree_p=0.5)['name']} dan {person19(rng, degree_p=0.3)['name']}",
            ),
        ],
        x=d.L + 16,
    )
    d.para("Sehubungan dengan hal tersebut, Saudara diminta untuk:", justify=True)
    d.numbered(
        [
            "menunjukkan batas-batas bidang tanah dan memasang tanda batas sebelum pengukuran;",
            "menghadirkan pemilik tanah yang berbatasan atau kuasanya;",
            "menyiapkan dokumen asli alas hak dan bukti pembayaran PNBP.",
        ],
        "{}.",
        x=d.L + 10,
    )
    keep(
        d,
        [
            "Apabila pada waktu yang ditentukan batas tidak dapat ditunjukkan, pengukuran akan dijadwalkan ulang. Demikian disampaikan."
        ],
    )
    d.para(
        "Apabila pada waktu yang ditentukan batas tidak dapat ditunjukkan, pengukuran akan dijadwalkan ulang. Demikian disampaikan.",
        justify=True,
    )
    sign_block(
        d,
        [f"a.n. Kepala {title_id(unit)}", "Kepala Seksi Survei dan Pemetaan,"],
        person19(rng, degree_p=1.0)["name"],
        sub=f"NIP {nip(rng)}",
    )
    fields = sm_fields(num, ctx.date, subj, unit)
    return Letter("surat_masuk", "M05_bpn_pengukuran_tanah", d.pages, fields)


CARD_SENDERS = (
    (["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"], "Ketua"),
    (["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"], "Ketua"),
    (["PERSATUAN WARTAWAN INDONESIA", "PROVINSI SUMATERA SELATAN"], "Ketua"),
    (["BANK MITRA SRIWIJAYA"], "Pemimpin Cabang"),
    (["UNIVERSITAS SRIWIJAYA"], "Rektor"),
)
PANTUN = (
    (
        "Dari Palembang ke Sekayu,",
        "singgah sebentar di Pulau Kemaro;",
        "kalau ada salah dan keliru,",
        "mohon dimaafkan lahir dan batin.",
    ),
    (
        "Jembatan Ampera tegak berdiri,",
        "di bawahnya mengalir Sungai Musi;",
        "hari yang suci telah kembali,",
        "mari bersihkan hati dan diri.",
    ),
    (
        "Pempek kapal selam cukonya pedas,",
        "dimakan hangat di pagi hari;",
        "salah dan khilaf mohon dilepas,",
        "semoga berkah selalu menyertai.",
    ),
)


def m06_kartu_ucapan_hari_raya(ctx: Ctx) -> Letter:
    """A greeting card from another institution (Idul Fitri, Christmas and New Year) on an A5
    landscape card: ornamental border, the sender's emblem and name lines at the top, the greeting
    in large italics, a Palembang pantun, the chair's name "beserta keluarga besar", the addressee
    line; no number, no Hal and (mostly) no Gregorian date."""
    rng = ctx.rng
    kind = rng.choice(("fitri", "fitri", "natal"))
    if kind == "fitri":
        ctx.date = rand_date(rng, date(2026, 3, 9), date(2026, 3, 18))
    else:
        yr = rng.choice((2025, 2026))
        ctx.date = rand_date(rng, date(yr, 12, 8), date(yr, 12, 18))
    size = (PW, A5[0])
    pg = Page(w=size[0], h=size[1])
    col = rng.choice((GREEN, MAROON, NAVY, (150, 110, 20)))
    ornament_border(pg, 18, col, rng)
    lines, chief = rng.choice(CARD_SENDERS)
    logo(pg, size[0] / 2 - 16, 34, 32, rng.choice(("garuda", "shield")))
    y = 84.0
    for s in lines:
        pg.t(size[0] / 2, y, s, "hb", 10.5, col, "c")
        y += 13
    sender = " ".join(lines)
    y += 18
    if kind == "fitri":
        big = ["Selamat Hari Raya Idul Fitri", "1 Syawal 1447 H"]
        small = "Taqabbalallahu minna wa minkum. Mohon Maaf Lahir dan Batin."
    else:
        big = ["Selamat Hari Natal", f"dan Tahun Baru {ctx.date.year + 1}"]
        small = "Damai Natal menyertai kita semua, dan tahun yang baru membawa harapan baru."
    face = rng.choice(("ti", "si", "pi" if not ctx.digital else "ti"))
    for s in big:
        pg.t(size[0] / 2, y, s, face, 22, col, "c")
        y += 26
    pg.t(size[0] / 2, y, small, "tr", 10, INK, "c")
    y += 22
    if kind == "fitri":
        for s in rng.choice(PANTUN):
            pg.t(size[0] / 2, y, s, "ti", 9.5, INK, "c")
            y += 12
        y += 6
    for cx in (70.0, size[0] - 70.0):
        cy = size[1] - 80.0
        if kind == "fitri":
            _crescent(pg, cx, cy, 22, col)
        else:
            _tree(pg, cx, cy, 34, col)
    chair = person19(rng, degree_p=0.8, prefix_p=0.3)["name"]
    pg.t(size[0] / 2, y + 6, f"{chief} dan Keluarga Besar", "tr", 9.5, INK, "c")
    pg.t(size[0] / 2, y + 19, chair, "tb", 10.5, INK, "c")
    pg.t(
        38,
        size[1] - 34,
        "Kepada Yth. Ketua, Anggota dan Sekretaris KPU Provinsi Sumatera Selatan beserta jajaran",
        "tr",
        7.5,
    )
    fields = sm_fields(None, None, None, sender)
    return Letter("surat_masuk", "M06_kartu_ucapan_hari_raya", [pg], fields)


def _crescent(pg: Page, cx: float, cy: float, r: float, col) -> None:
    """A crescent outline and a small star (a picture)."""
    pts_o = [
        (cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
        for a in range(40, 321, 10)
    ]
    r2 = r * 0.8
    ox = cx + r * 0.35
    pts_i = [
        (ox + r2 * math.cos(math.radians(a)), cy + r2 * math.sin(math.radians(a)))
        for a in range(300, 59, -10)
    ]
    pts = pts_o + pts_i + pts_o[:1]
    for (x1, y1), (x2, y2) in pairwise(pts):
        pg.line(x1, y1, x2, y2, 1.6, col)
    sx, sy = cx + r * 0.55, cy - r * 0.2
    for k in range(5):
        a = math.radians(-90 + 72 * k)
        pg.line(sx, sy, sx + 6 * math.cos(a), sy + 6 * math.sin(a), 1.2, col)


def _tree(pg: Page, cx: float, cy: float, h: float, col) -> None:
    """A stylised fir tree of three stacked triangles (a picture)."""
    for k in range(3):
        top = cy - h / 2 + k * h * 0.22
        w = h * (0.28 + 0.16 * k)
        base = top + h * 0.35
        pg.line(cx, top, cx - w, base, 1.4, col)
        pg.line(cx, top, cx + w, base, 1.4, col)
        pg.line(cx - w, base, cx + w, base, 1.4, col)
    pg.rect(cx - 3, cy + h * 0.29, 6, 8, 0.8, col, col)


TRAININGS = (
    "Pelatihan Pengelolaan Informasi dan Dokumentasi Angkatan II",
    "Bimbingan Teknis Uji Konsekuensi Informasi Publik",
    "Pelatihan Pengelolaan Arsip Dinamis Angkatan I",
    "Pelatihan Pelayanan Publik Prima bagi Petugas Layanan",
    "Pelatihan Jabatan Fungsional Pranata Humas",
)


def m07_pemanggilan_peserta_pelatihan(ctx: Ctx) -> Letter:
    """A training agency (the province's human-resources development agency or the KPU's training
    centre) calls named staff to a course: participants table (No | Nama | NIP | Jabatan), schedule
    rows, what to bring, the online registration, a contact person."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    if rng.random() < 0.5:
        org = kop_pemda(
            d,
            rng,
            "PEMERINTAH PROVINSI SUMATERA SELATAN",
            "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Jl. Sapta Marga No. 1 Palembang 30164  Telp. (0711) 711 " + str(rng.randint(100, 999)),
            rng.choice((INK, NAVY, GREEN)),
        )
        num = f"800.2.3/{rng.randint(100, 2000)}/BPSDM/{ctx.date.year}"
        signer = ["Kepala Badan,"]
    else:
        c = ctx
        kop2(
            d,
            [
                ("KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA", c.b, 13.5),
                ("PUSAT PENDIDIKAN DAN PELATIHAN", c.b, 12),
            ],
            ["Jl. Imam Bonjol No. 29 Jakarta 10310  Laman: pusdiklat.kpu.go.id"],
            "l",
            INK,
            "double",
            kinds=("garuda",),
        )
        org = "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA PUSAT PENDIDIKAN DAN PELATIHAN"
        num = f"{rng.randint(100, 1500)}/PP.04-SD/{rng.randint(1, 9):02d}/{ctx.date.year}"
        signer = ["Kepala Pusat Pendidikan dan Pelatihan,"]
    tr = rng.choice(TRAININGS)
    nl, ll, hl = labels(rng)
    subj = f"Pemanggilan Peserta {tr}"
    nomor_block(
        d,
        [(nl, num), (ll, "-"), (hl, subj)],
        pdate16(rng, "Palembang" if "PROVINSI" in org else "Jakarta", ctx.date),
    )
    yth_block(d, ["Kepada Yth.", "Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    d.gap(6)
    d.para(
        f"Dalam rangka peningkatan kompetensi aparatur, kami akan menyelenggarakan {tr}. Sehubungan dengan hal "
        "tersebut, kami memanggil pegawai di lingkungan Saudara sebagai peserta:",
        justify=True,
    )
    rows = []
    for i in range(rng.randint(2, 4)):
        v = person19(rng, degree_p=0.8, prefix_p=0.1)
        rows.append(
            [
                str(i + 1),
                v["name"],
                nip(rng),
                rng.choice(
                    (
                        "Pranata Humas Ahli Pertama",
                        "Arsiparis Terampil",
                        "Analis Data dan Informasi",
                        "Penata Layanan Operasional",
                        "Pengolah Data dan Informasi",
                    )
                ),
            ]
        )
    w = d.W
    table2(
        d,
        [22.0, w - 22 - 120 - 150, 120.0, 150.0],
        rows,
        ["No", "Nama", "NIP", "Jabatan"],
        size=ctx.size - 2,
    )
    start = add_wd(ctx.date, rng.randint(5, 15))
    end = add_wd(start, rng.randint(2, 4))
    kv_rows(
        d,
        [
            ("Hari/Tanggal", f"{fmt_date(start, 'day')} s.d. {fmt_date(end, 'day')}"),
            (
                "Tempat",
                rng.choice(
                    (
                        "Aula BPSDM Provinsi Sumatera Selatan",
                        "Hotel Arista Palembang",
                        "Kampus Pusdiklat KPU, Bogor",
                    )
                ),
            ),
            ("Registrasi", f"{fmt_date(start, 'long')} pukul 07.30 WIB"),
        ],
        x=d.L + 16,
    )
    d.para("Peserta diwajibkan:")
    d.numbered(
        [
            "membawa Surat Tugas dari pimpinan unit kerja;",
            "mengisi formulir pendaftaran daring paling lambat 3 (tiga) hari sebelum pelatihan;",
            "membawa laptop dan perlengkapan pribadi;",
            "mengenakan pakaian dinas harian dan mengikuti seluruh rangkaian kegiatan.",
        ],
        "{}.",
        x=d.L + 10,
    )
    cp = person19(rng, degree_p=0.4)
    keep(
        d,
        [
            f"Narahubung: {cp['name']} ({cp['phone']}).",
            "Atas perhatian dan kerja samanya diucapkan terima kasih.",
        ],
        125,
    )
    d.para(f"Narahubung: {cp['name']} ({cp['phone']}).")
    d.para("Atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(d, signer, person19(rng, degree_p=1.0)["name"], sub=f"NIP {nip(rng)}")
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M07_pemanggilan_peserta_pelatihan", d.pages, fields)


PUBLICATIONS = (
    (
        "Laporan Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024",
        "Cetak dan digital",
    ),
    ("Buku Data dan Infografis Pemilu 2024 Provinsi Sumatera Selatan", "Cetak"),
    (
        "Laporan Layanan Informasi Publik PPID KPU Provinsi Sumatera Selatan Tahun 2025",
        "Digital (PDF)",
    ),
    ("Buletin Suara Sriwijaya Edisi I-IV Tahun 2025", "Cetak"),
    ("Video Dokumenter Tahapan Pemilihan 2024", "Karya rekam (video)"),
    ("Modul Pendidikan Pemilih untuk Pemilih Pemula", "Cetak"),
)


def m08_perpustakaan_serah_simpan(ctx: Ctx) -> Letter:
    """The provincial library and archives service asks, under the legal-deposit act (UU 13/2018),
    for copies of the KPU's publications: "Permohonan" in the Hal, a table of titles, year and form,
    where to hand them in; another public body's request for its own duty, not a request for
    information."""
    rng = ctx.rng
    d = Doc(ctx, top=50)
    unit = rng.choice(("DINAS PERPUSTAKAAN DAN KEARSIPAN DAERAH", "DINAS PERPUSTAKAAN DAERAH"))
    org = kop_pemda(
        d,
        rng,
        "PEMERINTAH PROVINSI SUMATERA SELATAN",
        unit,
        "Jl. Demang Lebar Daun No. 47 Palembang 30137  Telp. (0711) 354 "
        + str(rng.randint(100, 999)),
        rng.choice((INK, NAVY, MAROON)),
    )
    num = f"000.5.1/{rng.randint(100, 2000)}/{'DPK' if 'KEARSIPAN' in unit else 'DISPUSDA'}/{ctx.date.year}"
    nl, ll, hl = labels(rng)
    subj = rng.choice(
        (
            "Permohonan Serah Simpan Karya Cetak dan Karya Rekam",
            "Permohonan Penyerahan Terbitan untuk Koleksi Deposit Daerah",
            "Serah Simpan Karya Cetak dan Karya Rekam",
        )
    )
    nomor_block(
        d, [(nl, num), (ll, "1 (satu) lembar"), (hl, subj)], pdate16(rng, "Palembang", ctx.date)
    )
    yth_block(
        d,
        [
            "Kepada Yth.",
            "Ketua KPU Provinsi Sumatera Selatan",
            "c.q. PPID KPU Provinsi Sumatera Selatan",
            "di -",
            "Palembang",
        ],
    )
    d.gap(6)
    d.para(
        "Berdasarkan Undang-Undang Nomor 13 Tahun 2018 tentang Serah Simpan Karya Cetak dan Karya Rekam, setiap "
        "penerbit, termasuk instansi pemerintah, wajib menyerahkan karya cetak dan karya rekam yang diterbitkannya "
        "kepada Perpustakaan Provinsi sebagai koleksi deposit daerah yang terbuka bagi masyarakat.",
        justify=True,
    )
    d.para(
        "Sehubungan dengan hal tersebut, kami mohon Saudara dapat menyerahkan terbitan berikut:",
        justify=True,
    )
    pubs = rng.sample(PUBLICATIONS, rng.randint(3, 5))
    rows = [
        [
            str(i),
            t,
            str(rng.choice((2024, 2025))) if "2025" not in t and "2024" not in t else t[-4:],
            f,
        ]
        for i, (t, f) in enumerate(pubs, 1)
    ]
    w = d.W
    table2(
        d,
        [22.0, w - 22 - 50 - 110, 50.0, 110.0],
        rows,
        ["No", "Judul Terbitan", "Tahun", "Bentuk"],
        size=ctx.size - 1.5,
    )
    d.para(
        "Terbitan cetak diserahkan masing-masing 2 (dua) eksemplar dan terbitan digital dalam format PDF ke Layanan "
        "Deposit Daerah pada jam kerja, atau dikirim melalui surel deposit.sumsel@gmail.com.",
        justify=True,
    )
    keep(d, ["Atas perhatian dan kerja samanya diucapkan terima kasih."])
    d.para("Atas perhatian dan kerja samanya diucapkan terima kasih.")
    sign_block(d, ["Kepala Dinas,"], person19(rng, degree_p=1.0)["name"], sub=f"NIP {nip(rng)}")
    fields = sm_fields(num, ctx.date, subj, org)
    return Letter("surat_masuk", "M08_perpustakaan_serah_simpan", d.pages, fields)


# ---------------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------------
LAYOUTS = {  # class -> [(layout function, share hand-written, share born-digital of the rest)]
    "permohonan_informasi": [
        (p01_tim_pemenangan_paslon, 0.0, 0.5),
        (p02_dosen_pembimbing_tabel, 0.0, 0.5),
        (p03_perihal_kanan, 0.3, 0.35),
        (p04_word_kontrol_konten, 0.0, 0.55),
        (p05_notaris_salinan_legalisir, 0.0, 0.5),
        (p06_dua_pemohon_bersama, 0.0, 0.4),
        (p07_kliping_berita_lampiran, 0.4, 0.3),
        (p08_meterai_cap_jempol, 0.0, 0.3),
    ],
    "keberatan": [
        (k01_biaya_kuitansi, 0.0, 0.4),
        (k02_formulir_simbol_pilihan, 0.4, 0.45),
        (k03_partai_dasar_tuntutan, 0.0, 0.5),
        (k04_lampiran_permohonan_asli, 0.0, 0.35),
        (k05_hand_buku_tamu, 1.0, 0.0),
    ],
    "sengketa": [
        (s01_penetapan_penggabungan, 0.0, 0.45),
        (s02_pertanyaan_tertulis_majelis, 0.0, 0.45),
        (s03_ptun_pemberitahuan_putusan, 0.0, 0.4),
    ],
    "surat_masuk": [
        (m01_skrd_retribusi_sampah, 0.0, 0.4),
        (m02_se_libur_cuti_bersama, 0.0, 0.5),
        (m03_asuransi_klaim_santunan, 0.0, 0.45),
        (m04_bpkad_sisa_hibah, 0.0, 0.45),
        (m05_bpn_pengukuran_tanah, 0.0, 0.4),
        (m06_kartu_ucapan_hari_raya, 0.0, 0.4),
        (m07_pemanggilan_peserta_pelatihan, 0.0, 0.5),
        (m08_perpustakaan_serah_simpan, 0.0, 0.45),
    ],
}


def plan(n: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed * 7919 + 19)
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
    rng = random.Random(f"nineteenth-{seed}-{k}")
    fn, hand_p, digital_p = LAYOUTS[cls][li]
    hand = rng.random() < hand_p
    digital = (not hand) and rng.random() < digital_p
    ctx = Ctx(rng, digital, hand)
    letter: Letter = fn(ctx)
    lid = f"s19_{k:04d}"
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
        print("usage: make_nineteenth_corpus.py OUT_DIR N SEED")
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

"""Independent generator of blind test letters for Arsip PPID: `make_blind_corpus.py OUTDIR N SEED`.

Writes OUTDIR/b_NNNN.{pdf,png,jpg,tif} and OUTDIR/truth.jsonl in the format of
../shared/sample/truth.jsonl. It was written without looking at the pipeline, its tests or the
other corpus generators, so that its letters measure how the pipeline generalises to layouts its
authors have not seen. Letter k has class k mod 4 (classes split evenly); the layouts of a class
are used round-robin. Everything is drawn from generators seeded with (SEED, k): the same seed
gives the same corpus, byte for byte.

Renditions: about 40 % born-digital PDFs (reportlab, with a text layer), spread evenly over each
layout, and 60 % scans: each page is drawn with reportlab, rendered with pypdfium2 at 200 or
300 dpi and degraded (paper tint, uneven light, a "DITERIMA" received stamp in coloured ink, a
handwritten disposition note, skew up to 2 degrees, blur, Gaussian noise, JPEG artefacts,
bitonal CCITT G4, some pages upside down or turned a quarter), then saved as PNG, JPEG,
multi-page TIFF or an image-only PDF (img2pdf). Stamp and note are put where they cover the
least print (top right first) and are described in the truth's "scan" object, not in page_text.
"rotation" is the angle in degrees the page image was turned counter-clockwise. Handwritten forms,
the disposition sheet and the handwritten complaint are always scans.

Every truth value except the coded ones must occur, whitespace-normalised, in the letter's
page_text (the first letter's case of free text aside); make_letter() asserts it.

Layouts (name, class: one line each)
  P-questions     permohonan  citizen letter, the request a numbered list of questions
  P-party         permohonan  party DPW letterhead naming its LO, or a DPRD faction member
  P-press         permohonan  journalist: press card / PWI / UKW number, NIK sometimes, e-mail
                              in the signature block or the page footer
  P-kuasa         permohonan  filed by a representative; page 2 the surat kuasa with meterai
  P-handform      permohonan  the office's printed form (Perki 2021 "permintaan") filled in by
                              hand: NIK in boxes, ticks or crosses, clerk's number in other ink
  P-boxgrid       permohonan  self-made two-column box grid, each label above its value
  P-chatexport    permohonan  WhatsApp chat export (timestamped lines) printed by the clerk
  K-coalition     keberatan   NGO coalition letter; request number in the prose, reason in prose
  K-handform      keberatan   the office's objection form filled in by hand, reason ticked
  K-screenshot    keberatan   phone screenshot of a WhatsApp chat with the desk, printed on A4
  K-chronology    keberatan   chronology table, ground cited as "Pasal 35 ayat (1) huruf x"
  K-kuasa         keberatan   filed by a non-lawyer representative; page 2 the surat kuasa
  S-penetapan     sengketa    KI cover letter + page 2 "Penetapan" with the hearing schedule
  S-risalah       sengketa    KI "Risalah Mediasi": parties, mediator, outcome, signatures
  S-tanggapan     sengketa    KI asks the badan publik for a written response (numbered)
  S-ptun          sengketa    PTUN Palembang: keberatan against a KI decision registered
  S-kimail        sengketa    e-mail from the KI registry (hearing notice) printed from webmail
  M-kesbangpol    surat_masuk Kesbangpol research recommendation (research on public information)
  M-datarequest   surat_masuk BPS, Bappeda, a state university or Disdukcapil asking for data
  M-disposisi     surat_masuk lembar disposisi: agenda data typed or written, handwritten routing
  M-notulen       surat_masuk minutes of a Forum PPID meeting, page 2 the attendance list
  M-kiinvite      surat_masuk KI invitation to a socialisation; page 2 the RSVP form
  M-pengaduan     surat_masuk handwritten complaint about a KPPS officer on lined folio paper
  M-sengketapemilu surat_masuk KPU RI surat dinas on election-process disputes, lampiran table

Class decisions for borderline letters
  * permohonan_informasi: a person or private body (citizen, journalist, NGO, party, a DPRD
    member writing as such and citing UU 14/2008) asks the PPID for public information, whatever
    the channel (letter, form, chat). Another public body asking for data for its own work
    (statistics, planning, research cooperation, a research permit from Kesbangpol) is
    surat_masuk, however often it says "informasi", "data" or "permohonan".
  * sengketa: a letter about an information dispute against this office that names a Komisi
    Informasi register number: KI letters of every kind (penetapan, risalah, request for a
    response, e-mailed hearing notice) and court letters citing the KI register (a PTUN
    keberatan against a KI decision). A KI letter without a register number (an invitation) is
    surat_masuk; so would be a court letter about anything else.
  * Election-process disputes (sengketa proses at Bawaslu, with their own register numbers) are
    not information disputes: surat_masuk.
  * A lembar disposisi is surat_masuk, even when the letter it routes was a request; its fields
    are what it records about that letter (No. Surat, Tgl. Surat, Hal, Surat dari).
  * A citizen's complaint (pengaduan) about a polling officer is surat_masuk, even when it asks
    to be told of the follow-up; its NIK, address and phone are not truth fields.

Field conventions (as in the sample's truth)
  * Values as written on the page, whitespace-normalised; applicant_name without
    Bapak/Ibu/Sdr. but with degrees; phone without "(WA)"; several items of information joined
    with "; " without their numbering or final punctuation; letter_date in ISO.
  * surat_masuk carries only letter_number, letter_date, subject and sender_org.
  * subject is a Hal / Perihal line or an e-mail subject only (a "NOTULEN" title is not one).
  * letter_number is the letter's own Nomor; on the office's forms the number a clerk wrote in
    (Nomor Pendaftaran / Nomor Registrasi Keberatan), if any.
  * sender_org is the body of the letterhead (a media masthead, a coalition, a party board, a KI,
    a court), without an umbrella line such as "PEMERINTAH PROVINSI ..." or "MAHKAMAH AGUNG".
    Individuals have none.
  * occupation only where the letter states one (Pekerjaan, Profesi, "bekerja sebagai"), not a
    position (Jabatan); an attached KTP copy supplies the NIK when the letter does not.
  * Through a representative (kuasa) the applicant is the person represented: name, NIK, address,
    occupation and phone are theirs, null when only the representative's are given. For party,
    press and NGO letters the applicant is the person whose identity the letter gives as
    requester, LO or coordinator; their address is the one the letter gives (the newsroom's).
  * letter_date: the writer's date; for a chat the day of the messages, for an e-mail its sent
    date (not the print date in the browser header), for a risalah its date.
  * sengketa letters carry the applicant (the original requester, also in a PTUN letter), the
    address and information when stated, the cited request number and the KI register number.
"""

from __future__ import annotations

import io
import json
import math
import multiprocessing
import random
import re
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import img2pdf
import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas


def words(text: str) -> tuple[str, ...]:
    """The comma-separated items of a text block."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def block(text: str) -> tuple[str, ...]:
    """One item per line of a text block; a line starting with spaces continues the item above."""
    items: list[str] = []
    for line in text.strip("\n").splitlines():
        if line.startswith(" ") and items:
            items[-1] += " " + line.strip()
        elif line.strip():
            items.append(line.strip())
    return tuple(items)


FIELDS = words("""
applicant_name, nik, address, phone, email, occupation, information_requested, purpose,
obtain_method, delivery_method, letter_number, letter_date, subject, sender_org,
reference_registration_number, objection_reason_code, dispute_register_number
""")
CODED = ("letter_date", "obtain_method", "delivery_method", "objection_reason_code")
CLASSES = ("permohonan_informasi", "keberatan", "sengketa", "surat_masuk")

PAGE_W, PAGE_H = A4
BLACK = Color(0.05, 0.05, 0.06)
GREY = Color(0.45, 0.45, 0.47)
LIGHT = Color(0.85, 0.86, 0.88)
BLUE = Color(0.09, 0.16, 0.55)
INKS = {
    "blue": BLUE,
    "black": Color(0.1, 0.1, 0.16),
    "darkblue": Color(0.05, 0.1, 0.35),
}

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
URW = Path("/usr/share/fonts/type1/urw-base35")
HAND_TTF = Path("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf")
HAND = "DkgHandwriting"
SYMBOL = "DejaVuSans"  # has the check mark
SYMBOL_BOLD = "DejaVuSans-Bold"

FAMILIES: dict[str, tuple[str, str, str]] = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "dvsans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "dvcond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    "bookman": ("URWBookman-Light", "URWBookman-Demi", "URWBookman-LightItalic"),
    "palatino": ("P052-Roman", "P052-Bold", "P052-Italic"),
    "century": ("C059-Roman", "C059-Bold", "C059-Italic"),
    "gothic": ("URWGothic-Book", "URWGothic-Demi", "URWGothic-BookOblique"),
    "narrow": (
        "NimbusSansNarrow-Regular",
        "NimbusSansNarrow-Bold",
        "NimbusSansNarrow-Oblique",
    ),
}


def _pfa_to_pfb(source: Path, target: Path) -> None:
    """reportlab embeds Type 1 fonts only from PFB files; the URW fonts here are PFA text."""
    data = source.read_bytes()
    start = data.index(b"eexec") + len(b"eexec")
    while data[start : start + 1] in (b"\r", b"\n"):
        start += 1
    trailer = re.search(rb"(?:0{64}[\r\n]+){8}cleartomark", data)
    if trailer is None:
        raise ValueError(f"not a Type 1 font: {source}")
    out = b""
    for kind, segment in ((1, data[:start]), (2, data[start : trailer.start()])):
        out += bytes([128, kind]) + struct.pack("<I", len(segment)) + segment
    tail = data[trailer.start() :]
    out += bytes([128, 1]) + struct.pack("<I", len(tail)) + tail + bytes([128, 3])
    target.write_bytes(out)


def register_fonts() -> None:
    for name in (
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif-Italic",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
    ):
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f"{name}.ttf")))
    pdfmetrics.registerFont(TTFont(HAND, str(HAND_TTF)))
    cache = Path(tempfile.gettempdir()) / "blind_corpus_fonts"
    cache.mkdir(exist_ok=True)
    for family in ("bookman", "palatino", "century", "gothic", "narrow"):
        for name in FAMILIES[family]:
            pfb = cache / f"{name}.pfb"
            if not pfb.exists():
                _pfa_to_pfb(URW / f"{name}.t1", pfb)
            face = pdfmetrics.EmbeddedType1Face(str(URW / f"{name}.afm"), str(pfb))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))


# --------------------------------------------------------------------------------------------
# Dates and numbers
# --------------------------------------------------------------------------------------------

MONTHS = words(
    "Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, "
    "November, Desember"
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def day_date(d: date) -> str:
    return f"{DAYS[d.weekday()]}, {long_date(d)}"


def written_date(d: date, style: str) -> str:
    """The date as a writer puts it on a letter; every style is one the scorer parses back."""
    if style == "long":
        return long_date(d)
    if style == "day":
        return day_date(d)
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def roman(d: date) -> str:
    return ROMAN[d.month - 1]


def working_days_before(d: date, n: int) -> date:
    while n > 0:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def working_days_after(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# --------------------------------------------------------------------------------------------
# Data pools, written as text blocks read by words() and block()
# --------------------------------------------------------------------------------------------


MALE = words("""
Ahmad Fauzi, Muhammad Ridwan, Rudi Hartono, Hendra Gunawan, Yusuf Maulana, Fajar Ramadhan,
Arief Budiman, Bambang Sutrisno, Doni Kurniawan, Rizky Pratama, Iwan Setiawan, Syahrial Effendi,
Zulkifli Hasan, Herman Susanto, Taufik Hidayat, Agus Salim, Eko Prasetyo, Joko Santoso,
Ferdinand Simanjuntak, Hasanudin Lubis, Irwansyah Putra, Marzuki Alamsyah, Romi Firmansyah,
Sahril Nasution, Teguh Wibowo, Wahyu Saputra, Yudi Harahap, Andreas Tanuwijaya, Lie Hok Seng,
Benny Sembiring, Ricky Marpaung, Dedi Syarifuddin, Anton Sihombing, Firdaus Zainal, Gilang Permana
""")
FEMALE = words("""
Siti Aisyah, Nurhayati, Dewi Anggraini, Rina Oktaviani, Yuliani Pertiwi, Fitri Handayani,
Wulan Sari, Ratna Puspita, Sri Rahayu, Maya Kartika, Novita Lestari, Rahmawati, Meliana Siregar,
Indah Permatasari, Citra Kirana, Desi Ratnasari, Eka Yulianti, Verawati Halim, Lusiana Tanjung,
Amelia Hasibuan, Rosmala Dewi, Kartini Simbolon, Anisa Rahmadani, Yessi Marlina, Tuti Alawiyah
""")
SINGLE = {
    False: words("Suparno, Mulyadi, Sukardi, Paiman, Jumadi"),
    True: words("Jumiati, Sukarni, Rusmini, Painem, Suryani"),
}
HYPHENED = {
    False: words("Abdul-Rahman Assegaf, Nur-Hamid Basri, Said-Ali Alkaff"),
    True: words("Siti Nur-Hasanah, Nur-Aini Syahputri, Ulfa Nur-Jannah"),
}
PALEMBANG_TITLES = {False: words("Kms., Mgs., Kgs., Raden"), True: words("Nyimas, Nyayu, R.A.")}
PREFIXES = {False: words("H., Dr., Ir., Drs."), True: words("Hj., Dr., Ir., Dra.")}
DEGREES = words(
    "S.H., M.H., M.Kn., S.E., M.M., S.Sos., S.Pd., M.Si., S.Kom., S.IP., S.T., "
    "Ph.D., M.A., S.Ak., M.Pd."
)
DEGREE_PAIRS = block("""
S.H., M.H.
S.H., M.Kn.
S.E., M.M.
S.Sos., M.Si.
S.Pd., M.Pd.
S.IP., M.A.
""")
# Palembang: "kecamatan: kelurahan, ... | street, ..."
PALEMBANG = {
    kec.strip(): (words(kels), words(streets))
    for kec, rest in (
        line.split(":")
        for line in block("""
Ilir Timur I: 20 Ilir D. I, 17 Ilir, Sungai Pangeran, Kepandean Baru | Jl. Jenderal Sudirman,
    Jl. Kapten Rivai, Jl. Radial, Jl. Veteran
Ilir Timur II: 2 Ilir, 3 Ilir, Kuto Batu, Lawang Kidul | Jl. Slamet Riyadi, Jl. Ratna,
    Jl. Yos Sudarso, Jl. Bungaran
Ilir Barat I: Bukit Lama, Lorok Pakjo, Demang Lebar Daun, Siring Agung | Jl. Demang Lebar Daun,
    Jl. Inspektur Marzuki, Jl. Bangau, Jl. Srijaya Negara
Ilir Barat II: 27 Ilir, 30 Ilir, 32 Ilir, Kemang Manis | Jl. Mayor Santoso, Jl. Dr. M. Isa,
    Jl. Letkol Iskandar
Bukit Kecil: 19 Ilir, 22 Ilir, 24 Ilir, Talang Semut | Jl. Merdeka, Jl. Diponegoro, Jl. Kartini,
    Lr. Langgar
Seberang Ulu I: 1 Ulu, 7 Ulu, 9/10 Ulu, Silaberanti | Jl. KH. Azhari, Jl. Jend. Ahmad Yani,
    Lr. Tangga Raja
Seberang Ulu II: 11 Ulu, 13 Ulu, 14 Ulu, Tangga Takat | Jl. Aiptu A. Wahab, Lr. Kedukan
Kemuning: 20 Ilir D. II, Sekip Jaya, Pipa Reja, Ario Kemuning | Jl. R. Sukamto, Jl. Angkatan 45,
    Jl. Mayor Ruslan, Jl. Sekip Ujung
Sukarami: Sukarami, Kebun Bunga, Talang Betutu, Sukabangun | Jl. Kol. H. Burlian,
    Jl. Sukabangun II, Jl. Perindustrian II
Kalidoni: Sei Selincah, Kalidoni, Bukit Sangkal, Sei Lais | Jl. MP Mangkunegara,
    Jl. Residen Abdul Rozak, Jl. Taqwa Mata Merah
Sako: Sako, Sialang, Sukamaju, Sako Baru | Jl. Pertahanan, Jl. Sapta Marga, Jl. Sematang Borang
Alang-Alang Lebar: Srijaya, Karya Baru, Alang-Alang Lebar, Talang Kelapa | Jl. Tanjung Api-Api,
    Jl. Soekarno-Hatta, Jl. Noerdin Pandji
Plaju: Plaju Ulu, Plaju Ilir, Bagus Kuning, Talang Putri | Jl. DI Panjaitan,
    Jl. Kapten Robani Kadir, Lr. Pendawa
Kertapati: Kemas Rindo, Karya Jaya, Ogan Baru | Jl. Abikusno Cokrosuyoso, Jl. Ki Marogan
Gandus: Gandus, Pulo Kerto, Karang Jaya, 36 Ilir | Jl. Syakyakirti, Jl. Pangeran Ratu
Jakabaring: 15 Ulu, 16 Ulu, Tuan Kentang | Jl. Gubernur H. A. Bastari,
    Jl. Mayjen Yusuf Singadekane
""")
    )
    for kels, streets in [rest.split("|")]
}
# Elsewhere: "city; regency as on the KTP; regency code; kecamatan; kelurahan, ...; street, ..."
OUTSIDE = tuple(
    tuple(part.strip() for part in line.split(";"))
    for line in block("""
Prabumulih; Kota Prabumulih; 1674; Prabumulih Timur; Gunung Ibul, Muntang Tapus;
    Jl. Jenderal Sudirman, Jl. Lingkar, Jl. Nigata
Lubuklinggau; Kota Lubuklinggau; 1673; Lubuklinggau Barat I; Pelita Jaya, Watervang;
    Jl. Yos Sudarso, Jl. Garuda Hitam, Jl. Depati Said
Kayuagung; Kabupaten Ogan Komering Ilir; 1602; Kayuagung; Cintaraja, Kedaton;
    Jl. Letnan Muchtar Saleh, Jl. Lintas Timur
Sekayu; Kabupaten Musi Banyuasin; 1606; Sekayu; Balai Agung, Kayuara;
    Jl. Kolonel Wahid Udin, Jl. Merdeka
Baturaja; Kabupaten Ogan Komering Ulu; 1601; Baturaja Timur; Kemalaraja, Sukaraya;
    Jl. Dr. Moh. Hatta, Jl. Akmal
Pagar Alam; Kota Pagar Alam; 1672; Pagar Alam Utara; Alun Dua, Bangun Rejo;
    Jl. Kapten Sanap, Jl. Serma Wahid
Lahat; Kabupaten Lahat; 1604; Lahat; Pasar Lama, Bandar Jaya; Jl. Mayor Ruslan, Jl. Kolonel Atmo
Indralaya; Kabupaten Ogan Ilir; 1610; Indralaya; Indralaya Raya, Timbangan;
    Jl. Lintas Timur, Jl. Palembang-Prabumulih
Pangkalan Balai; Kabupaten Banyuasin; 1607; Banyuasin III; Kayuara Kuning, Seterio;
    Jl. Sekojo, Jl. Merdeka
Muara Enim; Kabupaten Muara Enim; 1603; Muara Enim; Pasar II, Air Lintang;
    Jl. Jenderal Sudirman, Jl. Ahmad Yani
""")
)
REGENCIES = words(
    "1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, "
    "1671, 1672, 1673, 1674"
)
BIRTHPLACES = words(
    "PALEMBANG, PRABUMULIH, LAHAT, BATURAJA, KAYUAGUNG, MUARA ENIM, JAKARTA, "
    "MEDAN, BANDUNG, LUBUKLINGGAU, SEKAYU, PADANG"
)
OCCUPATIONS = words("""
Wiraswasta, Mahasiswa, Dosen, Guru Honorer, Petani, Ibu Rumah Tangga, Karyawan Swasta, Pensiunan,
Buruh Harian Lepas, Peneliti, Pegiat Pemilu, Pedagang, Notaris, Konsultan, Nelayan,
Pelajar/Mahasiswa
""")
MOBILE_PREFIXES = words("""
0811, 0812, 0813, 0821, 0822, 0823, 0852, 0853, 0814, 0815, 0816, 0855, 0856, 0857, 0858, 0817,
0818, 0819, 0877, 0878, 0831, 0838, 0895, 0896, 0897, 0881, 0882, 0889
""")
MAIL_DOMAINS = words(
    "gmail.com, gmail.com, gmail.com, yahoo.co.id, yahoo.com, ymail.com, outlook.com, hotmail.com"
)

INFO_ITEMS = block("""
Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Daftar Pemilih Tetap Pemilihan
    Gubernur dan Wakil Gubernur Tahun 2024
Data jumlah pemilih penyandang disabilitas per kabupaten/kota dalam DPT Pemilihan Tahun 2024
Rincian realisasi anggaran hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024
    per jenis belanja
Daftar nama anggota PPK se-Kota Palembang beserta surat keputusan pengangkatannya
Laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur dan Wakil Gubernur
    Sumatera Selatan Tahun 2024
Berita acara dan sertifikat rekapitulasi hasil penghitungan suara tingkat Kabupaten Musi Banyuasin
Dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024 beserta berita acara serah terima
Data partisipasi pemilih per kecamatan di Kabupaten Ogan Komering Ilir pada Pemilihan Tahun 2024
Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2026
Rekapitulasi hasil pemutakhiran data pemilih berkelanjutan semester II tahun 2025 per
    kabupaten/kota
Jumlah dan lokasi TPS khusus di lembaga pemasyarakatan se-Sumatera Selatan
Standar biaya honorarium badan ad hoc PPK, PPS dan KPPS Pemilihan Tahun 2024
Salinan Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025
Notulen rapat pleno penetapan pasangan calon Gubernur dan Wakil Gubernur Tahun 2024
Data penanganan pelanggaran kode etik anggota PPK dan PPS Tahun 2024
Rekapitulasi jumlah surat suara rusak dan surat suara pengganti per kabupaten/kota
Daftar pemenang tender pengadaan barang/jasa KPU Provinsi Sumatera Selatan Tahun Anggaran 2025
Laporan hasil audit dana kampanye dari Kantor Akuntan Publik untuk seluruh pasangan calon
Salinan SK pembentukan KPPS di Kecamatan Seberang Ulu I Kota Palembang
Data jumlah pemilih pemula per kabupaten/kota pada DPT Pemilihan Tahun 2024
Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026
Hasil evaluasi penyelenggaraan Pemilihan Serentak Tahun 2024 di Provinsi Sumatera Selatan
""")
QUESTIONS = block("""
Berapa jumlah pemilih dalam DPT Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun 2024
    di Kota Palembang?
Berapa besar sisa dana hibah Pemilihan Tahun 2024 yang telah dikembalikan ke kas daerah?
Apa kriteria yang digunakan KPU Provinsi Sumatera Selatan dalam menetapkan lokasi TPS khusus?
Berapa jumlah anggota KPPS yang sakit atau meninggal dunia selama Pemilihan Tahun 2024 dan berapa
    santunan yang telah dibayarkan?
Kapan jadwal pemutakhiran data pemilih berkelanjutan semester I tahun 2026 dilaksanakan?
Berapa jumlah pemilih penyandang disabilitas yang terdaftar di Kabupaten Ogan Ilir?
Bagaimana mekanisme rekrutmen anggota PPK dan PPS, dan berapa jumlah pendaftar di setiap
    kabupaten/kota?
Berapa tingkat partisipasi pemilih pada Pemilihan Gubernur Tahun 2024 di setiap kabupaten/kota?
Berapa jumlah surat suara yang dinyatakan rusak dan bagaimana proses pemusnahannya?
Siapa saja penyedia jasa pengadaan logistik Pemilihan Tahun 2024 dan berapa nilai kontraknya?
Apakah KPU Provinsi Sumatera Selatan telah menetapkan Daftar Informasi yang Dikecualikan, dan kapan
    ditetapkan?
""")
PURPOSES = block("""
Bahan liputan mendalam mengenai tata kelola anggaran pemilihan
Penyusunan laporan pemantauan pemilu oleh lembaga kami
Referensi penulisan tugas akhir pada program studi ilmu politik
Bahan kajian internal partai dalam rangka persiapan Pemilu 2029
Advokasi hak pilih penyandang disabilitas di Sumatera Selatan
Bahan diskusi publik bersama komunitas pemilih muda
Mengetahui penggunaan anggaran publik sebagai warga negara
Bahan pemberitaan di media kami
Penyusunan buku sejarah kepemiluan di Sumatera Selatan
Bahan evaluasi kinerja penyelenggara pemilu di daerah pemilihan kami
Kelengkapan bahan rapat dengar pendapat di DPRD
Pengawasan partisipatif atas penyelenggaraan pemilihan
""")
PARTY_PURPOSES = (PURPOSES[3], PURPOSES[9], PURPOSES[10], PURPOSES[1])
PRESS_PURPOSES = (
    PURPOSES[0],
    PURPOSES[7],
    "Bahan penulisan laporan jurnalistik tentang pelayanan informasi publik",
)
# Objection reasons (UU 14/2008 Pasal 35 ayat (1) huruf a-g): two prose versions, the statute's
# wording, the office form's wording and a casual version for chats.
REASONS = {
    code: block(text)
    for code, text in zip(
        "abcdefg",
        (
            """
PPID menolak memberikan informasi tersebut dengan dalih bahwa dokumen itu termasuk informasi yang
    dikecualikan, padahal tidak ada uji konsekuensi yang pernah disampaikan kepada kami
permintaan kami dijawab dengan surat penolakan yang menyatakan informasi tersebut rahasia dan
    tertutup untuk publik
penolakan atas permintaan informasi berdasarkan alasan pengecualian
Permintaan informasi ditolak dengan alasan pengecualian (Pasal 17 UU KIP)
permintaan saya ditolak, katanya informasinya dikecualikan, padahal itu dokumen publik
""",
            """
informasi yang kami minta sejatinya wajib diumumkan secara berkala, namun hingga kini tidak
    tersedia di laman resmi maupun papan pengumuman kantor
laporan yang seharusnya diumumkan secara berkala setiap tahun tidak pernah dipublikasikan
tidak disediakannya informasi berkala
Informasi berkala tidak disediakan
laporan yang seharusnya diumumkan berkala tidak ada di website maupun papan pengumuman
""",
            """
hingga lewat sepuluh hari kerja kami tidak menerima jawaban atau pemberitahuan tertulis dalam
    bentuk apa pun
permintaan kami sama sekali tidak mendapat tanggapan, baik lisan maupun tertulis
tidak ditanggapinya permintaan informasi
Permintaan informasi tidak ditanggapi
sudah lewat 10 hari kerja belum ada jawaban apa pun dari PPID
""",
            """
jawaban yang kami terima tidak sesuai dengan yang kami minta, karena yang diberikan hanya ringkasan
    dan bukan dokumen yang kami sebutkan
dokumen yang diserahkan berbeda dari rincian informasi dalam permintaan kami
permintaan informasi ditanggapi tidak sebagaimana yang diminta
Permintaan informasi ditanggapi tidak sebagaimana yang diminta
data yang dikirim bukan yang saya minta, saya minta rinciannya tapi yang dikirim hanya rekap
""",
            """
meskipun PPID telah menyatakan informasi tersebut dapat diberikan, sampai hari ini informasinya
    tidak kunjung kami terima
permintaan kami dinyatakan diterima tetapi informasinya tidak pernah diserahkan
tidak dipenuhinya permintaan informasi
Permintaan informasi tidak dipenuhi
katanya boleh diberikan tapi sampai sekarang belum juga dikasih
""",
            """
kami dibebani biaya penggandaan yang jauh melebihi biaya fotokopi yang wajar dan tanpa dasar
    tarif yang jelas
kami diminta membayar biaya salinan yang tidak masuk akal untuk dokumen yang tidak tebal
pengenaan biaya yang tidak wajar
Biaya yang dikenakan tidak wajar
saya diminta bayar Rp5.000 per lembar untuk fotokopi, menurut saya terlalu mahal
""",
            """
informasi baru kami terima jauh melewati batas waktu yang ditentukan undang-undang, tanpa
    pemberitahuan perpanjangan waktu
penyampaian informasi terlambat lebih dari tujuh belas hari kerja tanpa alasan tertulis
penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang
Informasi disampaikan melebihi jangka waktu yang ditentukan
jawabannya baru datang lebih dari sebulan kemudian, padahal batasnya 10 hari kerja
""",
        ),
        strict=True,
    )
}
PROSE, LEGAL, FORM, CASUAL = (0, 1), 2, 3, 4

PARTIES = (
    ("PARTAI NUSANTARA MAJU BERSATU", "PNMB"),
    ("PARTAI BINTANG PERSATUAN RAKYAT", "PBPR"),
    ("PARTAI AMANAH SRIWIJAYA RAYA", "PASR"),
    ("PARTAI KEADILAN BURUH TANI", "PKBT"),
)
MEDIA = (
    ("HARIAN MUSI PAGI", "Harian Musi Pagi", "musipagi.co.id"),
    ("WARTA AMPERA", "Warta Ampera", "wartaampera.com"),
    ("palembangkini.id", "palembangkini.id", "palembangkini.id"),
    ("SRIWIJAYA TODAY", "Sriwijaya Today", "sriwijayatoday.net"),
)
# "coalition; abbreviation; member organisations"
COALITIONS = tuple(
    (name.strip(), abbr.strip(), words(members))
    for name, abbr, members in (
        line.split(";")
        for line in block("""
KOALISI MASYARAKAT SIPIL UNTUK PEMILU BERSIH SUMATERA SELATAN; KMS-PB; Lembaga Pemantau Ampera,
    Forum Pemilih Muda Sumsel, Pusat Kajian Demokrasi Lokal, Perkumpulan Disabilitas Berdaya
KOALISI KAWAL ANGGARAN PEMILIHAN SUMSEL; KKAP; Indonesia Budget Watch Sumsel, LBH Rakyat Musi,
    Jaringan Perempuan Pemantau, Sekolah Demokrasi Palembang
ALIANSI TRANSPARANSI PEMILU SRIWIJAYA; ATPS; Gerakan Pemuda Peduli Pemilu, Forum Jurnalis
    Sriwijaya, Yayasan Suara Warga
""")
    )
)
KI_NAME = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
KI_ADDRESS = "Jl. Angkatan 45 No. 1 Kompleks Perkantoran Pemprov, Palembang 30137"
OFFICIALS = block("""
Drs. H. Syamsul Bahri, M.Si.
Hj. Nurmala Dewi, S.H., M.H.
Ir. Bonar Situmorang, M.T.
Dr. Rahmat Hidayat, S.Sos., M.Si.
Kms. Zainal Arifin, S.E., M.M.
Yenny Marlina, S.IP.
Hendriansyah, S.H.
Dra. Nyimas Aliah, M.Pd.
Andi Wijaya, S.Kom., M.T.I.
Fransiskus Xaverius Sinaga, S.H., M.H.
Mgs. Ahmad Fikri, S.Ag., M.H.I.
""")


# --------------------------------------------------------------------------------------------
# People and other random things
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str  # as written, with titles and degrees
    bare: str  # without titles, as on the KTP
    female: bool
    birth: date
    birthplace: str
    nik: str
    address: str
    street: str
    rt: str
    rw: str
    kel: str
    kec: str
    city: str  # KTP city line, e.g. "KOTA PALEMBANG"
    occupation: str
    phone: str
    email: str


class Gen:
    """Random letter material; every draw goes through one random.Random."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[self.r.randrange(len(seq))]

    def any(self, choices: str) -> str:
        """One of the "|"-separated choices."""
        return self.pick([part.strip() for part in choices.split("|")])

    def sample(self, seq: Sequence[Any], k: int) -> list[Any]:
        return self.r.sample(list(seq), k)

    # --- names and identity -------------------------------------------------------------
    def name(self, female: bool, titled: float = 0.4) -> tuple[str, str]:
        """A name as written (titles, degrees) and as on the identity card."""
        roll = self.r.random()
        pool = SINGLE if roll < 0.08 else HYPHENED if roll < 0.13 else None
        bare = self.pick(pool[female] if pool else FEMALE if female else MALE)
        if self.chance(0.18) and " " in bare and "-" not in bare:
            bare = f"{self.pick(PALEMBANG_TITLES[female])} {bare}"
        name = bare
        if self.chance(titled):
            if self.chance(0.5):
                name = f"{self.pick(PREFIXES[female])} {name}"
            name += ", " + self.pick(DEGREE_PAIRS if self.chance(0.5) else DEGREES)
        return name, bare

    def nik(self, regency: str, birth: date, female: bool) -> str:
        """A Sumatera Selatan NIK: regency, kecamatan, birth date (+40 for women), serial."""
        day = birth.day + (40 if female else 0)
        kec, serial = self.r.randint(1, 18), self.r.randint(1, 2999)
        return f"{regency}{kec:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"

    def mobile(self) -> str:
        tail = self.r.choice((7, 8, 8))
        return self.pick(MOBILE_PREFIXES) + "".join(str(self.r.randint(0, 9)) for _ in range(tail))

    def phone(self, style: str | None = None) -> str:
        """A phone number as people write it (the "(WA)" suffix is added by callers)."""
        style = style or self.any("plain|space|dash|dot|intl|intl_dash|fixed")
        if style == "fixed":
            local = f"{self.r.randint(3, 8)}{self.r.randint(0, 99999):05d}"
            return self.pick(
                (f"(0711) {local}", f"0711-{local}", f"(0711) {local[:3]} {local[3:]}")
            )
        n = self.mobile()
        head, a, b = n[:4], n[4:8], n[8:]
        return {
            "plain": n,
            "space": f"{head} {a} {b}",
            "dash": f"{head}-{a}-{b}",
            "dot": f"{head}.{a}.{b}",
            "intl": f"+62 {head[1:]} {a} {b}",
            "intl_dash": f"+62-{head[1:]}-{a}-{b}",
        }[style]

    def wa_phone(self) -> str:
        """A mobile number as written, for WhatsApp contexts."""
        return self.phone(self.any("plain|space|dash|dot|intl|intl_dash"))

    def email(self, bare: str) -> str:
        pieces = [p for p in re.split(r"[^a-z]+", bare.lower()) if p]
        parts = [p for p in pieces if len(p) > 3 or p in ("sri", "eka")] or pieces
        first, last = parts[0], parts[-1] if len(parts) > 1 else ""
        sep = self.any(".|_||.")
        local = self.pick(
            (
                f"{first}{sep}{last}",
                f"{first}{self.r.randint(70, 99)}",
                f"{last or first}{sep}{first[:1]}",
                f"{first}{last}{self.r.randint(1, 9)}",
            )
        )
        return f"{local.strip('._')}@{self.pick(MAIL_DOMAINS)}"

    def address(self) -> tuple[str, dict[str, str]]:
        """An address as written, in one of several styles, and its parts for the KTP page."""
        rt, rw, number = (
            f"{self.r.randint(1, 45):03d}",
            f"{self.r.randint(1, 12):03d}",
            self.r.randint(1, 250),
        )
        if self.chance(0.7):
            kec = self.pick(sorted(PALEMBANG))
            kels, streets = PALEMBANG[kec]
            city, ktp_city, regency = "Palembang", "KOTA PALEMBANG", "1671"
            postcode = f"30{self.r.randint(111, 199)}"
        else:
            city, ktp_city, regency, kec, kels, streets = self.pick(OUTSIDE)
            kels, streets, ktp_city = words(kels), words(streets), ktp_city.upper()
            postcode = f"3{self.r.randint(1111, 1999)}"
        kel, street = self.pick(kels), self.pick(streets)
        street = f"{street} No. {number}"
        if self.chance(0.2):
            street += " Lr. " + self.any("Damai|Sepakat|Kenanga|Mawar|Harapan|Bersama")
        if self.chance(0.15):
            estate = self.any("Griya Sejahtera|Bukit Sejahtera|Villa Kenten|Perumnas Talang Kelapa")
            street = f"Komp. {estate} Blok {self.pick('ABCDEFG')}-{self.r.randint(1, 30)}"
        srt, srw = rt.lstrip("0").zfill(2), rw.lstrip("0").zfill(2)
        town = f"Kota {city}" if city == "Palembang" and self.chance(0.5) else city
        text = self.pick(
            (
                f"{street} RT {rt} RW {rw} Kel. {kel} Kec. {kec} {city} {postcode}",
                f"{street}, RT.{srt}/RW.{srw}, Kelurahan {kel}, Kecamatan {kec}, {town}",
                f"{street} RT {rt}/RW {rw}, Kel. {kel}, Kec. {kec}, {city}",
                f"{street}, Kel. {kel}, Kec. {kec}, {city} {postcode}",
                f"{street} RT {int(rt)} RW {int(rw)} {kel}, {kec}, {city}",
            )
        )
        return text, {
            "street": street,
            "rt": rt,
            "rw": rw,
            "kel": kel,
            "kec": kec,
            "city": ktp_city,
            "regency": regency,
        }

    def person(
        self, *, female: bool | None = None, titled: float = 0.35, occupation: str | None = None
    ) -> Person:
        female = self.chance(0.45) if female is None else female
        name, bare = self.name(female, titled)
        birth = date(self.r.randint(1958, 2006), self.r.randint(1, 12), self.r.randint(1, 28))
        address, parts = self.address()
        regency = parts.pop("regency") if self.chance(0.75) else self.pick(REGENCIES)
        parts.pop("regency", None)
        extra = {"birthplace": self.pick(BIRTHPLACES), "nik": self.nik(regency, birth, female)}
        extra |= {"occupation": occupation or self.pick(OCCUPATIONS), "phone": self.phone()}
        return Person(
            name, bare, female, birth, **extra, **parts, address=address, email=self.email(bare)
        )

    def people_names(self, k: int, *, besides: tuple[str, ...] = ()) -> list[str]:
        """k different names with titles, none of them the same person as one in `besides`."""
        names: list[str] = []
        while len(names) < k:
            name, bare = self.name(self.chance(0.4), 0.6)
            if not any(bare in other for other in (*names, *besides)):
                names.append(name)
        return names

    def nip(self) -> str:
        """A civil servant's NIP: birth date, appointment month, sex, serial."""
        born = date(self.r.randint(1966, 1992), self.r.randint(1, 12), self.r.randint(1, 28))
        year, month = born.year + self.r.randint(22, 30), self.r.randint(1, 12)
        return f"{born:%Y%m%d} {year}{month:02d} {self.r.randint(1, 2)} {self.r.randint(1, 20):03d}"

    # --- dates and numbers --------------------------------------------------------------
    def letter_date(self) -> date:
        while True:
            d = date(2026, 1, 5) + timedelta(days=self.r.randint(0, 170))
            if d.weekday() < 5 or self.chance(0.1):
                return d

    def request_number(self, before: date) -> str:
        d = working_days_before(before, self.r.randint(12, 45))
        return f"{self.r.randint(1, 140):03d}/PPID/KPU-SS/{roman(d)}/{d.year}"

    def objection_number(self, d: date) -> str:
        return f"{self.r.randint(1, 40):03d}/KEB/PPID/KPU-SS/{roman(d)}/{d.year}"

    def dispute_number(self, d: date) -> str:
        seq, month = self.r.randint(1, 60), roman(d)
        return self.pick(
            (
                f"{seq:03d}/REG-PSI/{month}/{d.year}",
                f"{seq:03d}/REG-PSI/{month}/{d.year}",
                f"{seq:04d}/REG/PSI-KI.SS/{month}/{d.year}",
                f"{seq:03d}/KI-SS/PS.REG/{month}/{d.year}",
            )
        )

    def ki_letter_number(self, d: date) -> str:
        seq, month = self.r.randint(20, 480), roman(d)
        return self.pick(
            (
                f"{seq:03d}/KI-SS/{month}/{d.year}",
                f"{seq}/KIP-SS/PS/{month}/{d.year}",
                f"{seq:03d}/KI.SS/Kepaniteraan/{month}/{d.year}",
            )
        )


def person_fields(p: Person, **shown: bool) -> dict[str, Any]:
    """The applicant fields of a person; pass e.g. nik=False for what the letter leaves out."""
    values = {"applicant_name": p.name, "nik": p.nik, "address": p.address}
    values |= {"phone": p.phone, "email": p.email, "occupation": p.occupation}
    return {key: value if shown.get(key, True) else None for key, value in values.items()}


# --------------------------------------------------------------------------------------------
# Drawing with a record of the text as drawn
# --------------------------------------------------------------------------------------------

LEFT = 68.0
RIGHT = PAGE_W - 62.0
TEXT_W = RIGHT - LEFT


def norm(text: str) -> str:
    return " ".join(text.split())


class Doc:
    """A reportlab canvas that remembers every recorded string with its position.

    page_text() rebuilds each page's text in reading order: strings whose baselines lie within
    3 pt are one line, joined left to right with a space; lines run top to bottom.
    """

    def __init__(self, rng: random.Random, family: str = "times", size: float = 11) -> None:
        self.r = rng
        self.y = PAGE_H - 72  # the cursor of the write/say/rows/items methods
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=A4, invariant=1, pageCompression=1)
        self.family = FAMILIES[family]
        self.size = size
        self.recorded: list[list[tuple[float, float, str]]] = [[]]

    # --- fonts and text -----------------------------------------------------------------
    def f(self, style: str = "r") -> str:
        return self.family["rbi".index(style)]

    @staticmethod
    def width(text: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    def record(self, x: float, y: float, text: str) -> None:
        if text.strip():
            self.recorded[-1].append((y, x, text))

    def text(self, x: float, y: float, text: str, **style: Any) -> float:
        """One string; style: font, size, color, align ("l", "c", "r"), record, underline."""
        font, size = style.get("font") or self.f(), style.get("size") or self.size
        color, w = style.get("color", BLACK), self.width(text, font, size)
        x -= {"r": w, "c": w / 2}.get(style.get("align", "l"), 0)
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, text)
        if style.get("underline"):
            self.line(x, y - 1.6, x + w, y - 1.6, 0.6, color)
        if style.get("record", True):
            self.record(x, y, text)
        return w

    def wrap(self, text: str, width: float, font: str, size: float, indent: float = 0) -> list[str]:
        """Greedy word wrap; the first line is `indent` narrower."""
        lines: list[str] = []
        line, limit = "", width - indent
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if self.width(trial, font, size) <= limit or not line:
                line = trial
            else:
                lines.append(line)
                line, limit = word, width
        return [*lines, line] if line else lines

    def para(self, x: float, y: float, text: str, width: float, **style: Any) -> float:
        """A wrapped paragraph from baseline y; returns the next baseline. Style: font, size,
        color, record, leading, justify, indent (of the first line)."""
        font, size = style.get("font") or self.f(), style.get("size") or self.size
        leading, indent = style.get("leading") or size * 1.38, style.get("indent", 0)
        plain = {"font": font, "size": size, "color": style.get("color", BLACK)}
        lines = self.wrap(text, width, font, size, indent)
        for i, line in enumerate(lines):
            lx, lw = (x + indent, width - indent) if i == 0 else (x, width)
            words = line.split()
            if style.get("justify") and i < len(lines) - 1 and len(words) > 1:
                gap = (lw - sum(self.width(w, font, size) for w in words)) / (len(words) - 1)
                for w in words:
                    lx += self.text(lx, y, w, record=False, **plain) + gap
                if style.get("record", True):
                    self.record(x + (indent if i == 0 else 0), y, line)
            else:
                self.text(lx, y, line, record=style.get("record", True), **plain)
            y -= leading
        return y

    def labelled(self, x: float, y: float, label: str, value: str, **style: Any) -> float:
        """`label : value`, the value wrapping under itself; returns the next baseline.
        Style: label_w, width (from x), colon, font, vfont (of the value), size, leading."""
        size, font = style.get("size") or self.size, style.get("font")
        vx = x + style.get("label_w", 90)
        self.text(x, y, label, font=font, size=size)
        colon = style.get("colon", ":")
        if colon:
            self.text(vx, y, colon, font=font, size=size)
            vx += self.width(colon + " ", font or self.f(), size)
        leading = style.get("leading") or size * 1.32
        if not value:
            return y - leading
        width = x + (style.get("width") or RIGHT - x) - vx
        return self.para(
            vx, y, value, width, font=style.get("vfont") or font, size=size, leading=leading
        )

    # --- writing at the cursor, self.y ------------------------------------------------
    def skip(self, dy: float) -> None:
        self.y -= dy

    def say(self, text: str, *, x: float = LEFT, after: float = 0, **style: Any) -> None:
        """One line at the cursor."""
        self.text(x, self.y, text, **style)
        self.y -= (style.get("size") or self.size) * 1.3 + after

    def lines(self, lines: str | Iterable[str], *, after: float = 8, **style: Any) -> None:
        """Lines at the cursor, given as a list or as one "|"-separated string."""
        for line in lines.split("|") if isinstance(lines, str) else lines:
            self.say(line, **style)
        self.y -= after

    def write(self, text: str, *, x: float = LEFT, after: float = 4, **style: Any) -> None:
        """A wrapped paragraph at the cursor, as wide as `width` (default to the margin)."""
        width = style.pop("width", None) or RIGHT - x
        self.y = self.para(x, self.y, text, width, **style) - after

    def rows(self, rows: Iterable[tuple[str, str]], *, after: float = 0, **style: Any) -> None:
        """Label : value rows at the cursor (x, label_w, width and the labelled() style)."""
        x = style.pop("x", LEFT)
        for label, value in rows:
            self.y = self.labelled(x, self.y, label, value, **style)
        self.y -= after

    def items(
        self, items: Iterable[str], *, x: float = LEFT, after: float = 4, **style: Any
    ) -> None:
        """A list at the cursor. marker "1." numbers, "a." letters, anything else repeats;
        indent is the hanging indent, gap the space between items."""
        marker, indent, gap = (
            style.pop("marker", "1."),
            style.pop("indent", 18),
            style.pop("gap", 2),
        )
        for i, item in enumerate(items):
            mark = {"1.": f"{i + 1}.", "a.": f"{'abcdefgh'[i]}."}.get(marker, marker)
            self.text(x, self.y, mark, size=style.get("size"))
            self.y = self.para(x + indent, self.y, item, RIGHT - x - indent, **style) - gap
        self.y -= after

    # --- handwriting --------------------------------------------------------------------
    def hand(self, x: float, y: float, text: str, *, size: float = 13, ink: Color = BLUE) -> float:
        """Handwritten text: word by word with a wandering baseline and a slight slant."""
        cx, drift = x, 0.0
        for word in text.split():
            drift = max(-2.2, min(2.2, drift + self.r.uniform(-0.7, 0.7)))
            s = size * self.r.uniform(0.94, 1.06)
            self.c.saveState()
            self.c.translate(cx, y + drift)
            self.c.rotate(self.r.uniform(-2.5, 2.5))
            self.c.setFont(HAND, s)
            self.c.setFillColor(ink)
            self.c.drawString(0, 0, word)
            self.c.restoreState()
            cx += self.width(word, HAND, s) + self.width(" ", HAND, size) * self.r.uniform(1, 1.6)
        self.record(x, y, text)
        return cx - x

    def hand_para(self, x: float, y: float, text: str, width: float, **style: Any) -> None:
        """Handwritten wrapped text from baseline y (style: size, ink)."""
        size = style.get("size", 13)
        for line in self.wrap(text, width * 0.9, HAND, size):
            self.hand(x, y, line, **style)
            y -= size * 1.55

    # --- graphics -----------------------------------------------------------------------
    def line(
        self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, color: Color = BLACK
    ) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

    def dotted(self, x1: float, x2: float, y: float) -> None:
        self.c.setDash(1, 2)
        self.line(x1, y, x2, y, 0.7, GREY)
        self.c.setDash()

    def rect(self, x: float, y: float, w: float, h: float, **style: Any) -> None:
        """A box; style: stroke (default black, None for none), fill, width, radius."""
        stroke, fill = style.get("stroke", BLACK), style.get("fill")
        self.c.setLineWidth(style.get("width", 0.6))
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        if fill is not None:
            self.c.setFillColor(fill)
        paint = {"stroke": stroke is not None, "fill": fill is not None}
        if style.get("radius"):
            self.c.roundRect(x, y, w, h, style["radius"], **paint)
        else:
            self.c.rect(x, y, w, h, **paint)

    def tick(
        self, x: float, y: float, *, kind: str = "v", ink: Color = BLUE, size: float = 9
    ) -> None:
        """A hand-drawn check mark ("v") or cross ("x") centred on (x, y)."""
        c, s = self.c, size

        def point(dx: float, dy: float) -> tuple[float, float]:
            return x + dx * s + self.r.uniform(-0.8, 0.8), y + dy * s + self.r.uniform(-0.8, 0.8)

        c.setStrokeColor(ink)
        c.setLineWidth(self.r.uniform(1.1, 1.6))
        c.setLineCap(1)
        if kind == "v":
            p = c.beginPath()
            p.moveTo(*point(-0.5, 0))
            p.lineTo(*point(-0.1, -0.5))
            p.curveTo(x + s * 0.1, y, x + s * 0.4, y + s * 0.5, *point(0.75, 0.8))
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.line(*point(-0.5, 0.5), *point(0.5, -0.5))
            c.line(*point(-0.5, -0.5), *point(0.5, 0.5))

    def checkbox(self, x: float, y: float, checked: str | None = None, **style: Any) -> None:
        """A printed box with its lower left corner at (x, y), ticked by hand if `checked`
        ("v" or "x"); style: size, ink."""
        size = style.get("size", 8)
        self.rect(x, y, size, size)
        if checked:
            ink = style.get("ink", BLUE)
            self.tick(x + size / 2, y + size / 2, kind=checked, ink=ink, size=size * 1.1)

    def signature(self, x: float, y: float, **style: Any) -> None:
        """A scribbled signature, left end at (x, y); style: width, ink, height (the scale of
        its vertical swing)."""
        c, rng = self.c, self.r
        width, height = style.get("width", 70), style.get("height", 1.0)
        c.setStrokeColor(style.get("ink", BLUE))
        c.setLineWidth(rng.uniform(0.8, 1.3))
        p = c.beginPath()
        px, py = x, y + rng.uniform(0, 8) * height
        p.moveTo(px, py)
        for _ in range(rng.randint(3, 6)):
            nx, ny = px + rng.uniform(8, width / 3), y + rng.uniform(-4, 18) * height
            c1 = (px + rng.uniform(-6, 14), py + rng.uniform(-16, 20) * height)
            c2 = (nx + rng.uniform(-14, 6), ny + rng.uniform(-16, 20) * height)
            p.curveTo(*c1, *c2, nx, ny)
            px, py = nx, ny
        c.drawPath(p, stroke=1, fill=0)
        end = x + width * rng.uniform(0.6, 1.0)
        c.line(x - 5, y + rng.uniform(-3, 3), end, y + rng.uniform(-2, 4))

    def seal(
        self, x: float, y: float, text: str, *, radius: float = 30, color: Color | None = None
    ) -> None:
        """An organisation's round rubber stamp (not recorded as text)."""
        c, rng = self.c, self.r
        color = color or Color(0.25, 0.3, 0.75, alpha=0.75)
        c.saveState()
        c.translate(x, y)
        c.rotate(rng.uniform(-20, 20))
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(1.4)
        c.circle(0, 0, radius, stroke=1, fill=0)
        c.circle(0, 0, radius * 0.68, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", radius * 0.2)
        letters = text[:34]
        step = 300 / max(len(letters), 1)
        for i, ch in enumerate(letters):
            angle = math.radians(210 - i * step)
            c.saveState()
            c.translate(radius * 0.8 * math.cos(angle), radius * 0.8 * math.sin(angle))
            c.rotate(math.degrees(angle) - 90)
            c.drawCentredString(0, -radius * 0.07, ch)
            c.restoreState()
        c.drawPath(self._star(0, 0, radius * 0.3), stroke=0, fill=1)
        c.restoreState()

    def _star(self, x: float, y: float, r: float) -> Any:  # a reportlab path
        p = self.c.beginPath()
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.42
            angle = math.radians(90 + i * 36)
            px, py = x + radius * math.cos(angle), y + radius * math.sin(angle)
            p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
        p.close()
        return p

    def logo(
        self,
        x: float,
        y: float,
        kind: str,
        size: float = 46,
        colors: tuple[Color, Color] | None = None,
    ) -> None:
        """A simple emblem in a size x size box whose lower left corner is (x, y)."""
        c = self.c
        main, second = colors or (Color(0.1, 0.2, 0.5), Color(0.85, 0.65, 0.1))
        cx, cy, r = x + size / 2, y + size / 2, size / 2
        c.setLineWidth(1)
        if kind == "shield":
            p = c.beginPath()
            p.moveTo(cx - r * 0.8, cy + r * 0.9)
            p.lineTo(cx + r * 0.8, cy + r * 0.9)
            p.lineTo(cx + r * 0.8, cy)
            p.curveTo(cx + r * 0.8, cy - r * 0.6, cx, cy - r * 0.95, cx, cy - r * 0.95)
            p.curveTo(cx, cy - r * 0.95, cx - r * 0.8, cy - r * 0.6, cx - r * 0.8, cy)
            p.close()
            c.setFillColor(main)
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(second)
            c.drawPath(self._star(cx, cy + r * 0.25, r * 0.38), stroke=0, fill=1)
            c.rect(cx - r * 0.45, cy - r * 0.45, r * 0.9, r * 0.18, stroke=0, fill=1)
        elif kind == "ki":
            c.setFillColor(main)
            c.circle(cx, cy, r, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.circle(cx, cy + r * 0.45, r * 0.13, stroke=0, fill=1)
            c.rect(cx - r * 0.11, cy - r * 0.55, r * 0.22, r * 0.78, stroke=0, fill=1)
        elif kind == "party":
            c.setFillColor(main)
            c.circle(cx, cy, r, stroke=0, fill=1)
            c.setFillColor(second)
            c.drawPath(self._star(cx, cy, r * 0.7), stroke=0, fill=1)
        elif kind == "scales":
            c.setStrokeColor(main)
            c.setLineWidth(2)
            c.line(cx, cy - r * 0.8, cx, cy + r * 0.8)
            c.line(cx - r * 0.8, cy + r * 0.5, cx + r * 0.8, cy + r * 0.5)
            for side in (-1, 1):
                c.line(cx + side * r * 0.8, cy + r * 0.5, cx + side * r * 0.6, cy - r * 0.1)
                c.line(cx + side * r * 0.8, cy + r * 0.5, cx + side * r, cy - r * 0.1)
                c.arc(
                    cx + side * r * 0.8 - r * 0.22,
                    cy - r * 0.3,
                    cx + side * r * 0.8 + r * 0.22,
                    cy + r * 0.1,
                    180,
                    180,
                )
            c.line(cx - r * 0.4, cy - r * 0.8, cx + r * 0.4, cy - r * 0.8)
        elif kind == "ring":
            c.setStrokeColor(main)
            c.setLineWidth(3)
            c.circle(cx, cy, r * 0.9, stroke=1, fill=0)
            c.setFillColor(second)
            c.circle(cx, cy, r * 0.5, stroke=0, fill=1)
        elif kind == "press":
            c.setFillColor(main)
            c.rect(x, y + size * 0.15, size, size * 0.7, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            for i in range(3):
                c.rect(
                    x + size * 0.12,
                    y + size * (0.28 + i * 0.16),
                    size * 0.76,
                    size * 0.07,
                    stroke=0,
                    fill=1,
                )

    # --- pages --------------------------------------------------------------------------
    def new_page(self) -> None:
        self.c.showPage()
        self.recorded.append([])

    def page_texts(self) -> list[str]:
        pages = []
        for items in self.recorded:
            rows: list[tuple[float, list[tuple[float, str]]]] = []
            for y, x, text in sorted(items, key=lambda item: (-item[0], item[1])):
                if rows and abs(rows[-1][0] - y) <= 3:
                    rows[-1][1].append((x, text))
                else:
                    rows.append((y, [(x, text)]))
            pages.append("\n".join(" ".join(t for _, t in sorted(row)) for _, row in rows))
        return pages

    def finish(self) -> tuple[bytes, list[str]]:
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue(), self.page_texts()


# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# Letter parts shared by several layouts
# --------------------------------------------------------------------------------------------


@dataclass
class Built:
    """What a layout returns: the drawn document and the truth of what it says.

    `fields` may leave keys out (null) and give letter_date as a date; it is completed and
    normalised here. `literals` are strings the page must show as written (the date).
    """

    doc: Doc
    fields: dict[str, Any]
    literals: list[str] = field(default_factory=list)
    scan_only: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.fields) - set(FIELDS)
        if unknown:
            raise KeyError(unknown)
        values = {key: self.fields.get(key) for key in FIELDS}
        for key, value in values.items():
            value = value.isoformat() if isinstance(value, date) else value
            values[key] = None if value in (None, "") else str(value)
        self.fields = values


def fit_size(doc: Doc, text: str, font: str, size: float, width: float) -> float:
    while size > 6.5 and doc.width(text, font, size) > width:
        size -= 0.3
    return size


def lower_first(text: str) -> str:
    """Lower-case a sentence's first letter for use mid-sentence, unless it starts a name."""
    first, *rest = text.split()
    if (rest and rest[0][:1].isupper()) or first[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def with_wa(g: Gen, phone: str) -> str:
    """How a number appears in text: sometimes followed by "(WA)" or "(WhatsApp)"."""
    if phone.startswith(("(0711)", "0711")):
        return phone
    suffix = g.any("| | (WA) | (WhatsApp) | (HP/WA)")
    return f"{phone} {suffix}" if suffix else phone


def wa_display(phone: str) -> str:
    """How WhatsApp shows an unsaved number: +62 812-3456-7890."""
    digits = re.sub(r"\D", "", phone)
    digits = "0" + digits[2:] if digits.startswith("62") else digits
    return f"+62 {digits[1:4]}-{digits[4:8]}-{digits[8:]}"


def letterhead(doc: Doc, lines: list[tuple[str, float]], **style: Any) -> None:
    """A centred letterhead of (text, size) lines; the cursor goes under it. Style: sub (small
    address lines), logo (an emblem kind, drawn left), colors, rule ("double", "single", none),
    font, sub_size."""
    font, sub_size, logo = (
        style.get("font") or doc.f("b"),
        style.get("sub_size", 8.6),
        style.get("logo"),
    )
    cx = (LEFT + 40 + RIGHT + 6) / 2 if logo else PAGE_W / 2
    room = (RIGHT + 6 - (LEFT + 40)) if logo else (RIGHT - LEFT + 18)
    y = top = PAGE_H - 46
    for text, size in lines:
        y -= size * 1.12
        doc.text(cx, y, text, font=font, size=fit_size(doc, text, font, size, room), align="c")
    y -= 3
    for text in style.get("sub", ()):
        y -= sub_size * 1.25
        doc.text(cx, y, text, size=fit_size(doc, text, doc.f(), sub_size, room), align="c")
    y -= sub_size * 0.9
    if logo:
        height = min(top - y, 62)
        doc.logo(LEFT - 10, (top + y) / 2 - height / 2 + 3, logo, height, style.get("colors"))
    y -= 2
    rule = style.get("rule", "double")
    if rule == "double":
        doc.line(LEFT - 12, y, RIGHT + 6, y, 2.2)
        doc.line(LEFT - 12, y - 3.2, RIGHT + 6, y - 3.2, 0.6)
    elif rule == "single":
        doc.line(LEFT - 12, y, RIGHT + 6, y, 1.0)
    doc.y = y - 24


def head_rows(doc: Doc, rows: list[tuple[str, str]], right: str = "", **style: Any) -> None:
    """Nomor / Sifat / Lampiran / Hal rows with `right` (the date) on the first row's right.
    Style: label_w, bold_last (the Hal in bold), after."""
    first, label_w = doc.y, style.get("label_w", 58)
    for i, row in enumerate(rows):
        bold = style.get("bold_last") and i == len(rows) - 1
        doc.rows([row], label_w=label_w, width=300, vfont=doc.f("b") if bold else None)
    if right:
        doc.text(RIGHT, first, right, align="r")
    doc.skip(style.get("after", 12))


def sign(doc: Doc, x: float, above: list[str], name: str, **style: Any) -> None:
    """A signature block from style y (default the cursor); the cursor goes under it. Style:
    below (lines under the name), ink, bold, underline, seal (text of a round stamp), size."""
    y = doc.y if style.get("y") is None else style["y"]
    size = style.get("size") or doc.size
    for text in above:
        doc.text(x, y, text, size=size)
        y -= size * 1.3
    ink = style.get("ink") or INKS[doc.r.choice(list(INKS))]
    doc.signature(x + doc.r.uniform(0, 20), y - 26, ink=ink)
    if style.get("seal"):
        doc.seal(x - 6 + doc.r.uniform(-10, 10), y - 22, style["seal"])
    y -= 52
    font = doc.f("b") if style.get("bold", True) else doc.f()
    doc.text(x, y, name, font=font, size=size, underline=style.get("underline", True))
    for text in style.get("below", ()):
        y -= size * 1.3
        doc.text(x, y, text, size=size)
    doc.y = y - size * 1.5


def table(doc: Doc, widths: list[float], rows: list[list[str]], size: float = 9.5) -> None:
    """A ruled table at the cursor, first row shaded as its header, cells top-aligned."""
    leading, pad, x = size * 1.25, 4, LEFT
    for ri, row in enumerate(rows):
        font = doc.f("b") if ri == 0 else doc.f()
        cells = [
            doc.wrap(text, w - 2 * pad, font, size) for text, w in zip(row, widths, strict=True)
        ]
        height = max(len(c) for c in cells) * leading + 2 * pad - (leading - size) + 2
        if ri == 0:
            doc.rect(x, doc.y - height, sum(widths), height, stroke=None, fill=LIGHT)
        for lines, w in zip(cells, widths, strict=True):
            doc.rect(x, doc.y - height, w, height, width=0.5)
            for i, line in enumerate(lines):
                doc.text(x + pad, doc.y - pad - size + 1 - i * leading, line, font=font, size=size)
            x += w
        x = LEFT
        doc.y -= height
    doc.y -= 20


def meterai(doc: Doc, x: float, y: float) -> None:
    """A 10,000-rupiah duty stamp (decoration, not recorded as text)."""
    c = doc.c
    c.saveState()
    c.translate(x, y)
    c.rotate(doc.r.uniform(-6, 6))
    doc.rect(0, 0, 44, 30, stroke=Color(0.75, 0.3, 0.45), fill=Color(0.98, 0.85, 0.9), width=0.8)
    c.setFillColor(Color(0.7, 0.2, 0.4))
    c.setFont("Helvetica-Bold", 5.5)
    c.drawCentredString(22, 21, "METERAI")
    c.drawCentredString(22, 15, "TEMPEL")
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(22, 5, "10000")
    c.restoreState()


def ktp_page(doc: Doc, g: Gen, p: Person, caption: str) -> None:
    """A photocopy of the applicant's identity card on a new page."""
    doc.new_page()
    doc.text(LEFT, PAGE_H - 70, caption, font=doc.f("b"), size=11)
    x0, y0, w, h = 95.0, PAGE_H - 380, 405.0, 250.0
    doc.rect(x0, y0, w, h, stroke=GREY, fill=Color(0.9, 0.9, 0.9), width=1, radius=9)
    for i, text in enumerate(("PROVINSI SUMATERA SELATAN", p.city)):
        doc.text(x0 + w / 2, y0 + h - 22 - 13 * i, text, font="Helvetica-Bold", size=10, align="c")
    sex = "PEREMPUAN" if p.female else "LAKI-LAKI"
    rows = [("Nama", p.bare.upper()), ("Tempat/Tgl Lahir", f"{p.birthplace}, {p.birth:%d-%m-%Y}")]
    rows += [("Jenis Kelamin", sex), ("Alamat", p.street.upper()), ("RT/RW", f"{p.rt}/{p.rw}")]
    rows += [("Kel/Desa", p.kel.upper()), ("Kecamatan", p.kec.upper())]
    rows += [("Agama", g.any("ISLAM|ISLAM|ISLAM|KRISTEN|KATOLIK"))]
    rows += [("Status Perkawinan", g.any("KAWIN|BELUM KAWIN|KAWIN|CERAI MATI"))]
    rows += [("Pekerjaan", p.occupation.upper()), ("Kewarganegaraan", "WNI")]
    rows += [("Berlaku Hingga", "SEUMUR HIDUP")]
    y = y0 + h - 56
    doc.text(x0 + 14, y, "NIK", font="Helvetica-Bold", size=11)
    doc.text(x0 + 92, y, ":", font="Helvetica-Bold", size=11)
    doc.text(x0 + 99, y, p.nik, font="Courier-Bold", size=12)
    for label, value in rows:
        y -= 11.5
        doc.text(x0 + 14, y - 2.5, label, font="Helvetica", size=7)
        doc.text(x0 + 92, y - 2.5, f": {value}", font="Helvetica", size=7)
    px, py = x0 + w - 98, y0 + 92
    doc.rect(px, py, 78, 96, stroke=None, fill=Color(0.55, 0.55, 0.57))
    doc.c.setFillColor(Color(0.35, 0.35, 0.37))
    doc.c.circle(px + 39, py + 62, 16, stroke=0, fill=1)
    doc.c.ellipse(px + 12, py, px + 66, py + 44, stroke=0, fill=1)
    issued = date(g.r.randint(2012, 2022), g.r.randint(1, 12), g.r.randint(1, 28))
    town = p.city.replace("KOTA ", "").replace("KABUPATEN ", "")
    doc.text(px + 39, py - 12, town, font="Helvetica", size=6.5, align="c")
    doc.text(px + 39, py - 21, f"{issued:%d-%m-%Y}", font="Helvetica", size=6.5, align="c")
    doc.signature(px + 8, py - 44, width=50, ink=BLACK)
    if g.chance(0.6):
        doc.hand(LEFT + 30, y0 - 40, "Sesuai dengan aslinya", size=14)
        doc.signature(LEFT + 40, y0 - 85)
        doc.hand(LEFT + 30, y0 - 105, p.name, size=12)


def kuasa_page(doc: Doc, principal: Person, agent: Person, scope: str, when: date) -> None:
    """A page with a surat kuasa khusus: both parties, the scope, a meterai, two signatures."""
    doc.new_page()
    doc.y = PAGE_H - 80
    centre = {"x": PAGE_W / 2, "align": "c", "font": doc.f("b")}
    doc.say("SURAT KUASA KHUSUS", size=14, underline=True, after=16, **centre)
    doc.say("Yang bertanda tangan di bawah ini:", after=4)
    born = f"{principal.birthplace.title()}, {long_date(principal.birth)}"
    rows = [("Nama", principal.name), ("NIK", principal.nik), ("Tempat/Tgl. Lahir", born)]
    doc.rows([*rows, ("Alamat", principal.address)], x=LEFT + 14, label_w=110, after=4)
    doc.write("selanjutnya disebut sebagai PEMBERI KUASA. Dengan ini memberikan kuasa kepada:")
    rows = [("Nama", agent.name), ("Pekerjaan", agent.occupation), ("Alamat", agent.address)]
    doc.rows(rows, x=LEFT + 14, label_w=110, after=4)
    doc.write("selanjutnya disebut sebagai PENERIMA KUASA.", after=10)
    doc.say("-" * 25 + " K H U S U S " + "-" * 25, after=6, **centre)
    doc.write(scope, justify=True, after=6)
    end = (
        "Surat kuasa ini diberikan dengan hak substitusi dan dapat digunakan sebagaimana mestinya."
    )
    doc.write(end, justify=True, after=16)
    doc.say(f"Palembang, {long_date(when)}", x=RIGHT, align="r", after=8)
    y = doc.y
    doc.text(LEFT + 20, y, "Penerima Kuasa,")
    doc.text(RIGHT - 150, y, "Pemberi Kuasa,")
    doc.signature(LEFT + 30, y - 40)
    meterai(doc, RIGHT - 160, y - 55)
    doc.signature(RIGHT - 140, y - 42, ink=INKS["black"])
    doc.text(LEFT + 20, y - 76, agent.name, font=doc.f("b"))
    doc.text(RIGHT - 150, y - 76, principal.name, font=doc.f("b"))


PPID_LINES = (
    "Kepada Yth.|Pejabat Pengelola Informasi dan Dokumentasi (PPID)|Komisi Pemilihan Umum "
    "Provinsi Sumatera Selatan|Jl. Kapten A. Rivai No. 95|di Palembang",
    "Yth. PPID KPU Provinsi Sumatera Selatan|di -|        Palembang",
    "Kepada|Yth. Ketua KPU Provinsi Sumatera Selatan|c.q. PPID KPU Provinsi Sumatera Selatan|"
    "di Tempat",
)
OBTAIN_TEXT = {
    "melihat": "Melihat dan mencatat di kantor PPID",
    "salinan": "Mendapatkan salinan dokumen",
    "salinan_hardcopy": "Mendapatkan salinan tercetak (hardcopy)",
    "salinan_softcopy": "Mendapatkan salinan elektronik (softcopy)",
}


# --------------------------------------------------------------------------------------------
# permohonan_informasi layouts
# --------------------------------------------------------------------------------------------


def p_questions(g: Gen) -> Built:
    """A citizen's letter whose request is a numbered list of questions; identity in prose."""
    d, p = g.letter_date(), g.person()
    doc = Doc(g.r, g.any("times|dvserif|bookman|courier|palatino"), 11)
    doc.size = 10 if doc.f() == "Courier" else 11
    date_text = f"Palembang, {written_date(d, g.any('long|day|slash|long'))}"
    date_top = g.chance(0.5)
    if date_top:
        doc.say(date_text, x=RIGHT, align="r", after=16)
    subject = None
    if g.chance(0.65):
        subject = g.any(
            "Permintaan Informasi Publik | Permohonan Jawaban atas Pertanyaan | "
            "Pertanyaan Seputar Penyelenggaraan Pemilihan 2024 | "
            "Permintaan Informasi (Daftar Pertanyaan)"
        )
        head_rows(doc, [("Hal", subject)], label_w=45)
    doc.lines(g.pick(PPID_LINES))
    doc.say("Dengan hormat,", after=6)
    has_nik, has_occ, has_mail = g.chance(0.75), g.chance(0.6), g.chance(0.55)
    intro = f"Saya yang bertanda tangan di bawah ini, {p.name},"
    intro += f" pemegang KTP dengan NIK {p.nik}," if has_nik else ""
    intro += f" bertempat tinggal di {p.address},"
    intro += f" bekerja sebagai {p.occupation}," if has_occ else ""
    intro += f" nomor telepon {with_wa(g, p.phone)}" + (
        f" dan surel {p.email}," if has_mail else ","
    )
    doc.write(
        intro + " dengan ini mengajukan permintaan informasi publik kepada PPID KPU Provinsi "
        "Sumatera Selatan sebagaimana dijamin Undang-Undang Nomor 14 Tahun 2008, dalam "
        "bentuk pertanyaan-pertanyaan berikut:",
        justify=True,
        indent=28,
    )
    questions = g.sample(QUESTIONS, g.r.randint(2, 5))
    doc.items(questions, x=LEFT + 14)
    purpose = g.pick(PURPOSES)
    use = f"Jawaban atas pertanyaan tersebut akan saya gunakan untuk {lower_first(purpose)}."
    doc.write(use, justify=True, indent=28)
    roll = g.r.random()
    if roll < 0.35 and has_mail:
        obtain, delivery = "salinan_softcopy", "email"
        how = (
            "Saya mohon jawaban beserta dokumen pendukungnya diberikan dalam bentuk softcopy dan "
            "dikirim ke alamat surel saya di atas."
        )
    elif roll < 0.6:
        obtain, delivery = "salinan", "mengambil_langsung"
        how = (
            "Jawaban tertulis beserta salinan dokumen pendukung akan saya ambil langsung di "
            "kantor PPID."
        )
    elif roll < 0.8:
        obtain, delivery = None, "pos"
        how = "Mohon jawaban disampaikan secara tertulis melalui pos ke alamat saya."
    else:
        obtain = delivery = None
        how = "Saya menunggu jawaban Bapak/Ibu sesuai ketentuan yang berlaku."
    how += " Atas perhatian Bapak/Ibu saya ucapkan terima kasih."
    doc.write(how, justify=True, indent=28, after=18)
    if not date_top:
        doc.say(date_text, x=RIGHT - 190, after=4)
    sign(doc, RIGHT - 190, ["Hormat saya,"], p.name, bold=False, underline=False)
    with_ktp = g.chance(0.3)
    if with_ktp:
        ktp_page(doc, g, p, "Lampiran: Fotokopi KTP")
    truth = person_fields(p, nik=has_nik or with_ktp, email=has_mail, occupation=has_occ)
    truth.update(information_requested="; ".join(questions), purpose=purpose, subject=subject)
    truth.update(obtain_method=obtain, delivery_method=delivery, letter_date=d)
    return Built(doc, truth, [date_text])


def p_party(g: Gen) -> Built:
    """A request on a party's letterhead naming its LO, or a DPRD faction member's request."""
    r, d = g.r, g.letter_date()
    party, abbr = g.pick(PARTIES)
    doc = Doc(r, g.any("helv|dvsans|gothic|times"), 10.5)
    dprd = g.chance(0.3)
    red, green, blue = Color(0.75, 0.1, 0.1), Color(0.1, 0.35, 0.2), Color(0.1, 0.2, 0.55)
    colors = (g.pick((red, green, blue)), Color(0.95, 0.8, 0.1))
    if dprd:
        kop = [(f"FRAKSI {party}", 13.5), ("DEWAN PERWAKILAN RAKYAT DAERAH", 12)]
        sub = ("Jl. Kapten A. Rivai No. 1 Palembang 30129 - Telp. (0711) 352 120",)
        number = f"{r.randint(10, 220):03d}/F-{abbr}/DPRD-SS/{roman(d)}/{d.year}"
    else:
        kop = [("DEWAN PIMPINAN WILAYAH", 12), (party, 15.5)]
        sk = f"M.HH-{r.randint(10, 30)}.AH.11.01 Tahun {r.randint(2019, 2023)}"
        sub = (f"Sekretariat: {g.address()[0]}", f"SK Menkumham RI Nomor {sk}")
        number = f"{r.randint(10, 220):03d}/DPW-{abbr}/SS/{roman(d)}/{d.year}"
        number = number if g.chance(0.5) else f"{int(number[:3])}/EKS/{number[4:]}"
    kop.append(("PROVINSI SUMATERA SELATAN", 12))
    sender = " ".join(text for text, _ in kop)
    letterhead(doc, kop, sub=sub, logo="party", colors=colors)
    subject = g.any(
        "Permohonan Data dan Informasi Publik | Permintaan Salinan Dokumen | "
        "Permohonan Informasi Publik | Permintaan Informasi Hasil Pemilihan"
    )
    date_text = f"Palembang, {written_date(d, g.any('long|long|slash'))}"
    rows = [("Nomor", number), ("Lampiran", "-"), ("Perihal", subject)]
    head_rows(doc, rows, right=date_text, bold_last=True)
    doc.lines(
        "Kepada Yth.|Ketua KPU Provinsi Sumatera Selatan|c.q. PPID KPU Provinsi Sumatera "
        "Selatan|di -|     Palembang"
    )
    items, purpose = g.sample(INFO_ITEMS, r.randint(1, 3)), g.pick(PARTY_PURPOSES)
    person = g.person(titled=0.5 if dprd else 0.25)
    has_nik, has_mail = g.chance(0.6), g.chance(0.45)
    title = party.title()
    if dprd:
        doc.say("Dengan hormat,", after=4)
        doc.write(
            f"Yang bertanda tangan di bawah ini, Anggota Dewan Perwakilan Rakyat Daerah "
            f"Provinsi Sumatera Selatan dari Fraksi {title}, berdasarkan Undang-Undang Nomor "
            "14 Tahun 2008 tentang Keterbukaan Informasi Publik mengajukan permintaan "
            "informasi dengan identitas sebagai berikut:",
            justify=True,
            indent=26,
        )
        post = f"Anggota Komisi {g.any('I|II|IV|V')} DPRD Provinsi Sumatera Selatan"
        rows = [("Nama", person.name), ("NIK", person.nik), ("Jabatan", post)]
        rows += [("Alamat Rumah", person.address), ("Telepon", with_wa(g, person.phone))]
    else:
        doc.say(g.any("Salam Persatuan,|Assalamu'alaikum Wr. Wb.|Dengan hormat,"), after=4)
        doc.write(
            f"Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            f"Publik, Dewan Pimpinan Wilayah {title} Provinsi Sumatera Selatan mengajukan "
            "permintaan informasi publik. Untuk keperluan tersebut kami menugaskan Liaison "
            "Officer (LO) kami:",
            justify=True,
            indent=26,
        )
        post = g.any(
            "Wakil Sekretaris Bidang Pemenangan Pemilu | Liaison Officer (LO) Partai | "
            "Kepala Badan Saksi Wilayah"
        )
        rows = [("Nama", person.name), ("NIK", person.nik), ("Jabatan", post)]
        rows += [("Alamat", person.address), ("No. HP/WA", person.phone)]
    rows = [row for row in rows if row[0] != "NIK" or has_nik]
    doc.rows(rows + ([("Surel", person.email)] if has_mail else []), x=LEFT + 24, label_w=88)
    doc.write("Adapun informasi yang kami mohonkan adalah:", after=2)
    doc.items(items, x=LEFT + 14, marker="a.")
    obtain = g.any("salinan_hardcopy|salinan_softcopy|salinan")
    if obtain == "salinan_softcopy" and has_mail:
        delivery, how = "email", "dikirim melalui surel tersebut di atas"
    else:
        delivery = "mengambil_langsung"
        how = g.any("diambil langsung oleh LO kami|kami ambil langsung di kantor KPU")
    form = {
        "salinan_hardcopy": "salinan cetak (hardcopy)",
        "salinan": "salinan",
        "salinan_softcopy": "salinan elektronik (softcopy)",
    }[obtain]
    doc.write(
        f"Informasi tersebut kami perlukan untuk {lower_first(purpose)}. Kami mohon "
        f"informasi diberikan dalam bentuk {form} dan {how}. Demikian permohonan ini kami "
        "sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
        justify=True,
        indent=26,
        after=14,
    )
    if dprd:
        sign(doc, RIGHT - 200, ["Hormat kami,", "Anggota DPRD Provinsi Sumsel,"], person.name)
    else:
        chair, secretary = g.people_names(2, besides=(person.name,))
        board = f"DEWAN PIMPINAN WILAYAH {abbr} PROVINSI SUMATERA SELATAN"
        doc.say(board, x=PAGE_W / 2, font=doc.f("b"), size=9.5, align="c", after=6)
        top = doc.y
        sign(doc, LEFT + 20, ["Ketua,"], chair, seal=f"DPW {abbr} SUMSEL")
        sign(doc, RIGHT - 170, ["Sekretaris,"], secretary, y=top)
    truth = person_fields(person, nik=has_nik, email=has_mail, occupation=False)
    truth.update(information_requested="; ".join(items), purpose=purpose, subject=subject)
    truth.update(obtain_method=obtain, delivery_method=delivery, letter_number=number)
    truth.update(letter_date=d, sender_org=sender)
    return Built(doc, truth, [date_text])


def p_press(g: Gen) -> Built:
    """A journalist's request: press card or UKW number, NIK sometimes; e-mail in odd places."""
    r, d = g.r, g.letter_date()
    masthead, media, domain = g.pick(MEDIA)
    doc = Doc(r, g.any("helv|narrow|dvsans|century"), 10.5)
    p = g.person(titled=0.15, occupation=g.any("Jurnalis|Wartawan|Reporter"))
    office = g.address()[0]
    y, red = PAGE_H - 60, Color(0.6, 0.1, 0.1)
    doc.logo(LEFT - 6, y - 30, "press", 40, (g.pick((red, Color(0.1, 0.1, 0.4))), BLACK))
    doc.text(LEFT + 44, y - 22, masthead, font=FAMILIES["gothic"][1], size=24)
    motto = g.any("Tajam - Terpercaya - Berimbang|Suara Warga Sriwijaya|Fakta Setiap Saat")
    doc.text(RIGHT, y - 6, motto, font=doc.f("i"), size=8.5, align="r")
    doc.line(LEFT - 10, y - 42, RIGHT + 6, y - 42, 3, red)
    kop = f"Redaksi: {office}  -  Telp. (0711) {r.randint(310, 829)} {r.randint(100, 999)}"
    doc.text(PAGE_W / 2, y - 53, kop, size=fit_size(doc, kop, doc.f(), 8, TEXT_W + 16), align="c")
    doc.y = y - 80
    email_mode = g.any("sign|footer|none|sign")
    email = {"footer": f"redaksi@{domain}", "sign": g.email(p.bare), "none": None}[email_mode]
    title = "SURAT PERMINTAAN INFORMASI UNTUK KEPENTINGAN PEMBERITAAN"
    doc.say(title, x=PAGE_W / 2, font=doc.f("b"), size=11.5, align="c")
    number = None
    if g.chance(0.6):
        number = f"{r.randint(5, 180):03d}/Red-{media[:2].upper()}/{roman(d)}/{d.year}"
        doc.say(f"No: {number}", x=PAGE_W / 2, size=10, align="c")
    doc.skip(12)
    doc.lines("Kepada Yth.|PPID KPU Provinsi Sumatera Selatan|di Palembang", after=6)
    doc.write("Dengan hormat, yang bertanda tangan di bawah ini:", after=2)
    year = d.year - r.randint(0, 3)
    card = g.pick(
        (
            ("No. Kartu Pers", f"{media[:2].upper()}-{year}-{r.randint(10, 999):04d}"),
            ("Nomor Anggota PWI", f"16.00.{r.randint(1000, 9999)}.{r.randint(10, 24)}"),
            ("Sertifikat UKW", f"{r.randint(10000, 29999)}-PWI/WDya/DP/XI/{year}"),
        )
    )
    has_nik = g.chance(0.5)
    rows = [("Nama", p.name), card] + ([("NIK", p.nik)] if has_nik else [])
    rows += [("Profesi", p.occupation), ("Media", media), ("Alamat Redaksi", office)]
    doc.rows([*rows, ("Telepon", with_wa(g, p.phone))], x=LEFT + 20, label_w=110, after=6)
    items, purpose = g.sample(INFO_ITEMS, r.randint(1, 2)), g.pick(PRESS_PURPOSES)
    ask = "Dalam rangka peliputan, dengan ini kami meminta informasi publik sebagai berikut:"
    doc.write(ask, after=2)
    doc.items(items, x=LEFT + 10, marker="-", indent=12, after=2)
    if email:
        obtain, delivery = "salinan_softcopy", "email"
        where = (
            "ke surel redaksi sebagaimana tercantum di kaki surat ini"
            if email_mode == "footer"
            else "ke alamat surel di bawah tanda tangan"
        )
        how = (
            f"Mengingat tenggat pemberitaan, mohon informasi dikirim dalam bentuk softcopy {where}."
        )
    else:
        obtain, delivery = "melihat", None
        how = "Kami bersedia datang langsung ke kantor PPID untuk melihat dokumen dimaksud."
    doc.write(
        f"Informasi ini akan digunakan sebagai {lower_first(purpose)}. {how} Atas kerja "
        "samanya kami ucapkan terima kasih.",
        justify=True,
        after=14,
    )
    date_text = f"Palembang, {written_date(d, g.any('long|day|dash'))}"
    doc.say(date_text, x=RIGHT - 200, after=4)
    top = doc.y
    below = (f"Jurnalis {media}",) + ((f"Surel: {email}",) if email_mode == "sign" else ())
    sign(doc, RIGHT - 200, ["Hormat kami,"], p.name, below=below)
    if g.chance(0.5):
        editor = g.people_names(1, besides=(p.name,))[0]
        sign(doc, LEFT, ["Mengetahui,", "Pemimpin Redaksi,"], editor, y=top, seal=masthead.upper())
    if email_mode == "footer":
        doc.line(LEFT - 10, 58, RIGHT + 6, 58, 0.8, red)
        doc.text(PAGE_W / 2, 46, f"{media}  |  Surel: {email}  |  www.{domain}", size=8, align="c")
    truth = person_fields(p, nik=has_nik) | {"email": email, "address": office}
    truth.update(information_requested="; ".join(items), purpose=purpose, letter_number=number)
    truth.update(obtain_method=obtain, delivery_method=delivery, sender_org=masthead)
    return Built(doc, truth | {"letter_date": d}, [date_text])


def p_kuasa(g: Gen) -> Built:
    """A request filed by a representative; page 2 is the special power of attorney."""
    r, d = g.r, g.letter_date()
    principal = g.person()
    agent = g.person(occupation=g.any("Paralegal|Karyawan Swasta|Wiraswasta|Staf Advokasi"))
    doc = Doc(r, g.any("times|dvserif|palatino|dvsans"), 10.8)
    date_text = f"Palembang, {written_date(d, g.any('long|slash|day'))}"
    doc.say(date_text, x=RIGHT, align="r", after=14)
    subject = g.any(
        "Permintaan Informasi Publik melalui Kuasa | Permohonan Informasi (Kuasa) | "
        "Permintaan Informasi Publik"
    )
    head_rows(doc, [("Lampiran", "1 (satu) berkas surat kuasa"), ("Perihal", subject)], label_w=60)
    doc.lines(g.pick(PPID_LINES))
    doc.write("Dengan hormat, yang bertanda tangan di bawah ini selaku Penerima Kuasa:", after=2)
    rows = [("Nama", agent.name), ("Pekerjaan", agent.occupation), ("Alamat", agent.address)]
    doc.rows([*rows, ("No. Telepon", agent.phone)], x=LEFT + 20, label_w=96, after=4)
    when = working_days_before(d, r.randint(1, 4))
    doc.write(
        "dalam hal ini bertindak untuk dan atas nama Pemberi Kuasa/Pemohon Informasi "
        f"berdasarkan Surat Kuasa Khusus tanggal {long_date(when)} (terlampir):",
        justify=True,
        after=2,
    )
    has_phone, has_occ = g.chance(0.5), g.chance(0.7)
    rows = [("Nama", principal.name), ("NIK", principal.nik)]
    rows += [("Pekerjaan", principal.occupation)] if has_occ else []
    rows += [("Alamat", principal.address)] + ([("No. HP", principal.phone)] if has_phone else [])
    doc.rows(rows, x=LEFT + 20, label_w=96, after=4)
    doc.write(
        "dengan ini mengajukan permintaan informasi publik kepada PPID KPU Provinsi Sumatera "
        "Selatan dengan rincian:",
        after=2,
    )
    item, purpose = g.pick(INFO_ITEMS), g.pick(PURPOSES)
    obtain = g.any("salinan_hardcopy|salinan_softcopy|melihat")
    delivery = {
        "salinan_hardcopy": g.any("pos|kurir|mengambil_langsung"),
        "salinan_softcopy": "email",
        "melihat": None,
    }[obtain]
    delivery_text = {
        "pos": "Dikirim melalui pos ke alamat Penerima Kuasa",
        "kurir": "Dikirim melalui kurir ke alamat Penerima Kuasa",
        "mengambil_langsung": "Diambil langsung oleh Penerima Kuasa",
        "email": f"Dikirim melalui e-mail ke {agent.email}",
        None: "-",
    }[delivery]
    rows = [("Informasi yang diminta", item), ("Untuk keperluan", purpose)]
    rows += [("Bentuk informasi", OBTAIN_TEXT[obtain]), ("Penyampaian", delivery_text)]
    doc.rows(rows, x=LEFT + 20, label_w=130, after=4)
    thanks = "Demikian permintaan ini disampaikan. Atas perhatiannya kami ucapkan terima kasih."
    doc.write(thanks, after=14)
    sign(doc, RIGHT - 190, ["Penerima Kuasa,"], agent.name)
    kuasa_page(
        doc,
        principal,
        agent,
        "Untuk dan atas nama Pemberi Kuasa mengajukan permintaan "
        "informasi publik kepada Pejabat Pengelola Informasi dan Dokumentasi (PPID) KPU "
        "Provinsi Sumatera Selatan, menerima pemberitahuan tertulis dan salinan informasi, "
        "serta menandatangani surat-surat yang diperlukan untuk keperluan tersebut.",
        when,
    )
    truth = person_fields(principal, phone=has_phone, occupation=has_occ, email=False)
    truth.update(information_requested=item, purpose=purpose, obtain_method=obtain)
    truth.update(delivery_method=delivery, letter_date=d, subject=subject)
    return Built(doc, truth, [date_text])


def office_kop(doc: Doc) -> None:
    """The office's own letterhead, as printed on its blank forms."""
    sub = (
        "Jl. Kapten A. Rivai No. 95 Palembang 30129 - Telp. (0711) 350 445",
        "Laman: sumsel.kpu.go.id  -  Surel: ppid.kpusumsel@gmail.com",
    )
    kop = [("KOMISI PEMILIHAN UMUM", 12.5), ("PROVINSI SUMATERA SELATAN", 12.5)]
    letterhead(doc, kop, sub=sub, logo="shield", rule="single", font="Helvetica-Bold")


class HandForm:
    """A printed form with dotted answer lines that a person fills in by hand, at the cursor."""

    def __init__(self, doc: Doc, g: Gen, *, label_w: float = 150, step: float = 19) -> None:
        self.doc, self.label_w, self.step = doc, label_w, step
        self.ink = INKS[g.any("blue|blue|black|darkblue")]
        self.clerk = INKS["black"] if self.ink != INKS["black"] else INKS["darkblue"]
        self.size = g.r.uniform(12, 13.5)

    def label(self, text: str, x: float = LEFT) -> float:
        self.doc.text(x, self.doc.y, text)
        if text:
            self.doc.text(x + self.label_w - 8, self.doc.y, ":")
        return x + self.label_w

    def row(
        self,
        label: str,
        value: str | None,
        *,
        lines: int = 1,
        x: float = LEFT,
        ink: Color | None = None,
    ) -> None:
        """A label, dotted lines and the handwritten value wrapped over them."""
        doc = self.doc
        vx = self.label(label, x)
        wrapped = doc.wrap(value, (RIGHT - vx - 6) * 0.88, HAND, self.size) if value else []
        for i in range(max(lines, len(wrapped))):
            doc.dotted(vx, RIGHT, doc.y - 2 - i * self.step)
        for i, text in enumerate(wrapped):
            hx, hy = vx + 4 + doc.r.uniform(0, 6), doc.y + 1.5 - i * self.step
            doc.hand(hx, hy, text, size=self.size, ink=ink or self.ink)
        doc.y -= max(lines, len(wrapped)) * self.step + 3

    def boxes(self, label: str, digits: str | None, n: int = 16) -> None:
        """A row of one-character boxes (for the NIK); the digits are recorded as one string."""
        doc, w = self.doc, 15.0
        vx = self.label(label)
        for i in range(n):
            doc.rect(vx + i * w, doc.y - 5, w, 17, width=0.6)
        for i, ch in enumerate(digits or ""):
            doc.c.setFont(HAND, self.size + doc.r.uniform(-0.5, 0.8))
            doc.c.setFillColor(self.ink)
            jx, jy = doc.r.uniform(-1.5, 1.5), doc.r.uniform(-1.5, 1.5)
            doc.c.drawCentredString(vx + i * w + w / 2 + jx, doc.y - 1 + jy, ch)
        if digits:
            doc.record(vx + 3, doc.y, digits)
        doc.y -= self.step + 6

    def options(self, label: str, choices: str, chosen: set[int], kind: str = "v") -> None:
        """ "|"-separated check boxes left to right after the label; `chosen` ticked by hand."""
        doc = self.doc
        x0 = cx = self.label(label)
        for i, text in enumerate(choices.split("|")):
            width = 26 + doc.width(text, doc.f(), doc.size)
            if cx + width > RIGHT + 10:
                cx, doc.y = x0, doc.y - 15
            doc.checkbox(cx, doc.y - 1, checked=kind if i in chosen else None, ink=self.ink)
            doc.text(cx + 12, doc.y, text)
            cx += width
        doc.y -= 17

    def signatures(self, left: str, right: str, name: str, date_text: str) -> None:
        """Place-and-date line, the two signature captions, the applicant's name in brackets."""
        doc = self.doc
        doc.text(RIGHT - 190, doc.y, "Palembang,")
        doc.dotted(RIGHT - 140, RIGHT, doc.y - 2)
        doc.hand(RIGHT - 136, doc.y + 1, date_text, size=self.size, ink=self.ink)
        doc.skip(18)
        doc.text(LEFT, doc.y, left)
        doc.text(RIGHT - 190, doc.y, right)
        doc.signature(RIGHT - 180, doc.y - 38, ink=self.ink)
        doc.skip(60)
        doc.text(LEFT, doc.y, "(" + "." * 44 + ")")
        doc.text(RIGHT - 196, doc.y, "(")
        doc.hand(RIGHT - 188, doc.y, name, size=self.size - 1, ink=self.ink)
        doc.text(RIGHT + 2, doc.y, ")")


def p_handform(g: Gen) -> Built:
    """The office's printed request form (Perki 2021 wording) filled in by hand."""
    r, d = g.r, g.letter_date()
    p = g.person(titled=0.2)
    doc = Doc(r, g.any("helv|dvsans|times|narrow"), 9.6)
    office_kop(doc)
    doc.rect(RIGHT - 72, doc.y + 6, 76, 15, width=0.7)
    doc.text(RIGHT - 34, doc.y + 10.5, "Model PPID-B", size=8, align="c")
    doc.skip(12)
    title = "FORMULIR PERMINTAAN INFORMASI PUBLIK"
    doc.say(title, x=PAGE_W / 2, font=doc.f("b"), size=12.5, align="c", after=-3)
    note = "(ditulis dengan huruf cetak, rangkap dua)"
    doc.say(note, x=PAGE_W / 2, size=8.5, align="c", font=doc.f("i"), after=12)
    form = HandForm(doc, g)
    number = f"{r.randint(1, 140):03d}/PPID/KPU-SS/{roman(d)}/{d.year}"
    number = number if g.chance(0.45) else None
    form.row("No. Pendaftaran *)", number, ink=form.clerk)
    doc.skip(3)
    has_nik, has_mail, has_occ = g.chance(0.85), g.chance(0.5), g.chance(0.85)
    form.row("Nama Lengkap", p.name)
    form.boxes("NIK (sesuai KTP)", p.nik if has_nik else None)
    form.row("Alamat Lengkap", p.address, lines=2)
    form.row("Pekerjaan", p.occupation if has_occ else None)
    form.row("No. Telepon/HP", p.phone)
    form.row("Alamat E-mail", p.email if has_mail else None)
    items, purpose = g.sample(INFO_ITEMS, r.randint(1, 2)), g.pick(PURPOSES)
    written = (
        "; ".join(f"{i + 1}. {t}" for i, t in enumerate(items)) if len(items) > 1 else items[0]
    )
    form.row("Informasi yang Dibutuhkan", written, lines=3)
    form.row("Tujuan Penggunaan Informasi", purpose, lines=2)
    doc.skip(4)
    kind = g.any("v|v|x")
    category = "Informasi Tahapan Pemilu/Pemilihan|Informasi KPU sebagai Badan Publik"
    form.options("Kategori Informasi", category, {r.randint(0, 1)}, kind)
    obtain = g.any("melihat|salinan|salinan_hardcopy|salinan_softcopy|salinan_softcopy")
    look = "Melihat/membaca/mendengarkan/mencatat"
    form.options("Cara Memperoleh Informasi **)", look, {0} if obtain == "melihat" else set(), kind)
    chosen = {0} if obtain.startswith("salinan") else set()
    chosen |= (
        {1} if obtain == "salinan_hardcopy" else {2} if obtain == "salinan_softcopy" else set()
    )
    form.options("", "Mendapatkan salinan informasi:|hardcopy|softcopy", chosen, kind)
    if obtain == "melihat":
        delivery = None
    elif obtain == "salinan_softcopy":
        delivery = "email" if has_mail else g.any("mengambil_langsung|faksimili")
    else:
        delivery = g.any("mengambil_langsung|kurir|pos")
    codes = ["mengambil_langsung", "kurir", "pos", "faksimili", "email"]
    ticked = {codes.index(delivery)} if delivery else set()
    form.options(
        "Cara Mendapatkan Salinan **)",
        "Mengambil langsung|Kurir|Pos|Faksimili|E-mail",
        ticked,
        kind,
    )
    legend = "*) diisi oleh petugas      **) beri tanda \u2713 atau X pada kotak yang dipilih"
    doc.say(legend, font=SYMBOL, size=7.5, after=18)
    hand_date = written_date(d, g.any("dash|slash|long"))
    form.signatures("Petugas Pelayanan Informasi", "Pemohon Informasi", p.name, hand_date)
    if number:
        doc.signature(LEFT + 10, doc.y + 22, ink=form.clerk)
    truth = person_fields(p, nik=has_nik, email=has_mail, occupation=has_occ)
    truth.update(information_requested="; ".join(items), purpose=purpose, obtain_method=obtain)
    truth.update(delivery_method=delivery, letter_number=number, letter_date=d)
    return Built(doc, truth, [hand_date], scan_only=True)


def p_boxgrid(g: Gen) -> Built:
    """A self-made two-column box grid with each label printed above its value."""
    r, d, p = g.r, g.letter_date(), g.person()
    doc = Doc(r, g.any("helv|dvsans|narrow|gothic"), 10.5)
    accent = g.pick((Color(0.1, 0.35, 0.45), Color(0.35, 0.15, 0.4), Color(0.2, 0.2, 0.2)))
    x0 = LEFT - 6
    doc.y = PAGE_H - 74
    title = "LEMBAR PERMINTAAN INFORMASI PUBLIK"
    doc.say(title, x=x0, font=doc.f("b"), size=15, color=accent, after=-4)
    doc.say(
        "Ditujukan kepada: PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan", x=x0, size=9.5
    )
    doc.line(x0, doc.y + 3, RIGHT, doc.y + 3, 2.5, accent)
    doc.skip(10)
    has_nik, has_mail = g.chance(0.8), g.chance(0.65)
    date_text = written_date(d, g.any("slash|long|dash"))
    items, purpose = g.sample(INFO_ITEMS, r.randint(1, 3)), g.pick(PURPOSES)
    obtain = g.any("melihat|salinan|salinan_hardcopy|salinan_softcopy")
    if obtain == "melihat":
        delivery = None
    elif obtain == "salinan_softcopy" and has_mail:
        delivery = "email"
    else:
        delivery = g.any("mengambil_langsung|pos|kurir|faksimili")
    wanted = {
        "melihat": "Melihat/membaca di tempat",
        "salinan": "Salinan dokumen",
        "salinan_hardcopy": "Salinan tercetak (hardcopy)",
        "salinan_softcopy": "Salinan elektronik (softcopy)",
    }[obtain]
    sending = {
        None: "-",
        "email": "Surel (e-mail)",
        "mengambil_langsung": "Diambil di kantor",
        "pos": "Pos tercatat",
        "kurir": "Jasa kurir/ekspedisi",
        "faksimili": "Faksimili",
    }
    full_w = RIGHT - x0 - 26

    def wrapped(text: str, bullet: bool = False) -> list[str]:
        lines = doc.wrap(text, full_w, doc.f(), doc.size)
        return ["\u2022 " + lines[0], *lines[1:]] if bullet else lines

    def grid_row(cells: list[tuple[str, list[str]]], h: float | None = None) -> None:
        """One row of boxes, each with its label above its value lines."""
        h = h or 19 + max(len(lines) for _, lines in cells) * 13.5 + 4
        w = (RIGHT - x0) / len(cells)
        for i, (label, lines) in enumerate(cells):
            x = x0 + i * w
            doc.rect(x, doc.y - h, w, h, stroke=accent, width=0.8)
            doc.text(x + 6, doc.y - 10, label, font=doc.f("b"), size=6.8, color=accent)
            bullets = any(text.startswith("\u2022 ") for text in lines)
            for j, line in enumerate(lines):
                ly = doc.y - 25 - j * 13.5
                if line.startswith("\u2022 "):
                    doc.text(x + 8, ly, "\u2022")
                size = fit_size(doc, line, doc.f(), doc.size, w - 22)
                doc.text(x + (18 if bullets else 8), ly, line.removeprefix("\u2022 "), size=size)
        doc.y -= h

    nik = p.nik if has_nik else "-"
    grid_row([("NAMA LENGKAP", [p.name]), ("NOMOR INDUK KEPENDUDUKAN (NIK)", [nik])])
    grid_row([("PEKERJAAN", [p.occupation]), ("NOMOR TELEPON / WHATSAPP", [p.phone])])
    grid_row([("ALAMAT SESUAI KTP", wrapped(p.address))])
    mail = p.email if has_mail else "-"
    grid_row([("ALAMAT SUREL", [mail]), ("TANGGAL PERMINTAAN", [date_text])])
    grid_row([("RINCIAN INFORMASI YANG DIMINTA", [x for t in items for x in wrapped(t, True)])])
    grid_row([("TUJUAN PENGGUNAAN INFORMASI", wrapped(purpose))])
    grid_row([("BENTUK INFORMASI", [wanted]), ("CARA PENYAMPAIAN", [sending[delivery]])])
    top = doc.y
    grid_row([("CATATAN PETUGAS (DIISI PETUGAS)", []), ("TANDA TANGAN PEMOHON", [])], h=92)
    half = (RIGHT - x0) / 2
    doc.signature(x0 + half + 40, top - 55)
    doc.text(x0 + half + 10, top - 82, p.name, size=9.5)
    doc.skip(18)
    doc.write(
        "Dengan menandatangani lembar ini, pemohon menyatakan data di atas benar dan bersedia "
        "melengkapi fotokopi KTP bila diminta.",
        x=x0,
        size=8,
        font=doc.f("i"),
    )
    truth = person_fields(p, nik=has_nik, email=has_mail)
    truth.update(information_requested="; ".join(items), purpose=purpose, obtain_method=obtain)
    return Built(doc, truth | {"delivery_method": delivery, "letter_date": d}, [date_text])


OFFICE_WA = "+62 811-7100-234"


def p_chatexport(g: Gen) -> Built:
    """A WhatsApp chat export (timestamped lines) printed by the desk clerk."""
    r, d = g.r, g.letter_date()
    p = g.person(titled=0.1)
    p.phone = g.wa_phone()
    doc = Doc(r, g.any("courier|narrow|dvcond"), g.pick((9.2, 9.8)))
    saved = g.chance(0.3)
    shown = wa_display(p.phone)
    contact = f"Pemohon {p.bare.split()[0]}" if saved else shown
    doc.y = PAGE_H - 60
    doc.say("Chat WhatsApp dengan " + contact, x=LEFT - 10, font=doc.f("b"), size=11)
    doc.say(f"Akun: Layanan Informasi KPU Sumsel ({OFFICE_WA})", x=LEFT - 10, size=8.5)
    doc.line(LEFT - 10, doc.y + 4, RIGHT, doc.y + 4, 0.8)
    doc.skip(10)
    stamp = f"{d:%d/%m/%y}"
    items, purpose = g.sample(INFO_ITEMS, r.randint(1, 2)), g.pick(PURPOSES)
    has_nik, has_mail = g.chance(0.75), g.chance(0.6)
    ask = (
        f"Saya mau minta informasi {lower_first(items[0])}"
        if len(items) == 1
        else f"Saya mau minta dua informasi: 1) {items[0]}; 2) {items[1]}"
    )
    ident = [f"Nama: {p.name}"] + ([f"NIK: {p.nik}"] if has_nik else [])
    ident += [f"Alamat: {p.address}", f"Pekerjaan: {p.occupation}"]
    ident += [f"No HP: {p.phone}"] if saved else []
    if has_mail:
        obtain, delivery = "salinan_softcopy", "email"
        how = f"Kalau bisa dikirim softcopy-nya lewat email ke {p.email} saja"
    elif g.chance(0.5):
        obtain, delivery = "salinan_hardcopy", "mengambil_langsung"
        how = "Nanti fotokopinya saya ambil langsung ke kantor"
    else:
        obtain, delivery = "melihat", None
        how = "Saya mau datang baca langsung dokumennya di kantor"
    office = "Layanan Informasi KPU Sumsel"
    messages = [
        (contact, "Selamat pagi, apakah benar ini nomor layanan informasi KPU Sumsel?"),
        (
            office,
            "Selamat pagi. Benar, ini layanan informasi PPID KPU Provinsi Sumatera Selatan. "
            "Ada yang bisa kami bantu?",
        ),
        (contact, ask),
        (
            office,
            "Baik. Mohon sebutkan nama lengkap, NIK, alamat, pekerjaan, tujuan penggunaan "
            "informasi dan cara Bapak/Ibu ingin menerima informasinya.",
        ),
        (contact, "\n".join(ident)),
        (contact, f"Tujuannya untuk {lower_first(purpose)}. {how}"),
        (
            office,
            "Terima kasih, permintaan informasi Bapak/Ibu sudah kami catat dan akan kami "
            "jawab paling lambat 10 hari kerja.",
        ),
        (contact, g.any("Terima kasih banyak|Oke siap, terima kasih|Baik, ditunggu")),
    ]
    minute = r.randint(7 * 60 + 30, 10 * 60)
    for sender, message in messages:
        minute += r.randint(1, 14)
        prefix = f"{stamp} {minute // 60:02d}.{minute % 60:02d} - {sender}: "
        for i, line in enumerate(message.split("\n")):
            text = (prefix if i == 0 else "") + line
            doc.write(text, x=LEFT - 10, leading=doc.size * 1.35, after=0)
        doc.skip(3)
    if g.chance(0.5):
        printed = working_days_after(d, r.randint(0, 2))
        clock = f"{r.randint(8, 15):02d}.{r.randint(0, 59):02d}"
        doc.text(
            LEFT - 10,
            50,
            f"Dicetak oleh petugas pada {printed:%d/%m/%Y} {clock}",
            size=7.5,
            color=GREY,
        )
    truth = person_fields(p, nik=has_nik, email=has_mail) | {"phone": p.phone if saved else shown}
    truth.update(information_requested="; ".join(items), purpose=purpose, obtain_method=obtain)
    return Built(doc, truth | {"delivery_method": delivery, "letter_date": d}, [stamp])


# --------------------------------------------------------------------------------------------
# keberatan layouts
# --------------------------------------------------------------------------------------------


def k_coalition(g: Gen) -> Built:
    """An NGO coalition's formal objection; request number in the prose, reason only in prose."""
    r, d = g.r, g.letter_date()
    coalition, abbr, members = g.pick(COALITIONS)
    coord = g.person(titled=0.3)
    doc = Doc(r, g.any("times|palatino|dvserif|century"), 10.8)
    sub = (f"Sekretariat: {coord.address}", "Anggota: " + ", ".join(members))
    colors = (Color(0.15, 0.45, 0.3), Color(0.9, 0.6, 0.1))
    letterhead(doc, [(coalition, 13)], sub=sub, logo="ring", colors=colors, sub_size=7.8)
    number = f"{r.randint(3, 90):03d}/{abbr}/SS/{roman(d)}/{d.year}"
    subject = g.any("Pengajuan Keberatan|Keberatan atas Layanan Informasi Publik|Surat Keberatan")
    date_text = f"Palembang, {written_date(d, g.any('long|long|day'))}"
    rows = [("Nomor", number), ("Lampiran", "1 (satu) berkas"), ("Perihal", subject)]
    head_rows(doc, rows, right=date_text, label_w=60, bold_last=True)
    doc.lines(
        "Kepada Yth.|Atasan PPID Komisi Pemilihan Umum|Provinsi Sumatera Selatan|di Palembang"
    )
    doc.say("Dengan hormat,", after=4)
    item, regno, code = g.pick(INFO_ITEMS), g.request_number(d), g.pick("abcdefg")
    asked = working_days_before(d, r.randint(14, 30))
    has_mail = g.chance(0.5)
    contact = coord.phone + (f" atau surel {coord.email}" if has_mail else "")
    name = coalition.title()
    doc.write(
        f"Kami yang tergabung dalam {name}, dalam hal ini diwakili oleh {coord.name} selaku "
        f"Koordinator, beralamat di sekretariat koalisi, {coord.address}, dan dapat dihubungi "
        f"melalui nomor {contact}, dengan ini menyampaikan keberatan atas layanan informasi "
        "publik PPID KPU Provinsi Sumatera Selatan.",
        justify=True,
        indent=28,
    )
    doc.write(
        f"Pada tanggal {long_date(asked)} kami telah meminta informasi mengenai "
        f"{lower_first(item)}. Permintaan tersebut tercatat dengan nomor pendaftaran {regno}. "
        f"Namun demikian, {REASONS[code][g.pick(PROSE)]}.",
        justify=True,
        indent=28,
    )
    purpose = g.pick((PURPOSES[1], PURPOSES[4], PURPOSES[11]))
    doc.write(
        f"Informasi tersebut sangat kami perlukan untuk {lower_first(purpose)}. Oleh karena "
        "itu kami meminta Atasan PPID memeriksa keberatan ini dan memberikan tanggapan "
        "tertulis dalam jangka waktu yang ditentukan undang-undang.",
        justify=True,
        indent=28,
    )
    doc.write(
        "Demikian surat keberatan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan "
        "terima kasih.",
        indent=28,
        after=12,
    )
    doc.say(f"Hormat kami, {name}", font=doc.f("b"), size=9.5, after=4)
    top = doc.y
    sign(doc, LEFT, ["Koordinator,"], coord.name, seal=abbr + " SUMSEL", size=9.5)
    reps = g.people_names(2, besides=(coord.name,))
    for i, (rep, org) in enumerate(zip(reps, g.sample(members, 2), strict=True)):
        sign(doc, LEFT + 175 * (i + 1) - 10, [f"{org},"[:34]], rep, y=top, size=9, bold=False)
    truth = person_fields(coord, nik=False, email=has_mail, occupation=False)
    truth.update(information_requested=item, purpose=purpose, letter_number=number)
    truth.update(letter_date=d, subject=subject, sender_org=coalition)
    truth.update(reference_registration_number=regno, objection_reason_code=code)
    return Built(doc, truth, [date_text])


def k_handform(g: Gen) -> Built:
    """The office's objection form filled in by hand, the reason ticked with a check or an X."""
    r, d = g.r, g.letter_date()
    p = g.person(titled=0.2)
    doc = Doc(r, g.any("helv|times|dvsans"), 9.4)
    office_kop(doc)
    doc.skip(4)
    title = "SURAT PERNYATAAN KEBERATAN|ATAS PERMINTAAN INFORMASI PUBLIK"
    doc.lines(title, x=PAGE_W / 2, font=doc.f("b"), size=12, align="c", after=6)
    form = HandForm(doc, g, label_w=165, step=18)
    number = g.objection_number(d) if g.chance(0.4) else None
    label = "No. Registrasi Keberatan (diisi petugas):"
    doc.rect(LEFT + 100, doc.y - 7, RIGHT - LEFT - 96, 20, width=0.7)
    doc.text(LEFT + 105, doc.y, label, size=8)
    if number:
        x = LEFT + 112 + doc.width(label, doc.f(), 8)
        size = fit_size(doc, number, HAND, 10.5, (RIGHT - x) * 0.85)
        doc.hand(x, doc.y, number, size=size, ink=form.clerk)
    doc.skip(26)
    regno, item, code = g.request_number(d), g.pick(INFO_ITEMS), g.pick("abcdefg")
    has_occ, has_nik = g.chance(0.8), g.chance(0.5)
    purpose = g.pick(PURPOSES) if g.chance(0.7) else None
    doc.say("A. IDENTITAS PEMOHON INFORMASI", font=doc.f("b"), after=6)
    form.row("No. Pendaftaran Permintaan", regno)
    form.row("Nama", p.name)
    if has_nik:
        form.row("NIK", p.nik)
    form.row("Alamat", p.address, lines=2)
    form.row("Pekerjaan", p.occupation if has_occ else None)
    form.row("Nomor Telepon/HP", p.phone)
    doc.say("B. IDENTITAS KUASA PEMOHON (bila ada)", font=doc.f("b"), after=6)
    for text in ("Nama", "Alamat", "Nomor Telepon"):
        form.row(text, None)
    doc.say("C. INFORMASI YANG DIMINTA", font=doc.f("b"), after=6)
    form.row("Rincian Informasi", item, lines=2)
    form.row("Tujuan Penggunaan", purpose)
    doc.say("D. ALASAN KEBERATAN (beri tanda \u2713 atau X pada kotak)", font=SYMBOL_BOLD, after=2)
    kind = g.any("v|x|v")
    for letter in "abcdefg":
        tick = kind if letter == code else None
        doc.checkbox(LEFT + 8, doc.y - 1.5, checked=tick, ink=form.ink, size=9)
        doc.say(f"{letter}. {REASONS[letter][FORM]}", x=LEFT + 24, after=1.8)
    doc.skip(4)
    doc.say("E. KASUS POSISI", font=doc.f("b"), after=6)
    story = REASONS[code][CASUAL]
    form.row("", story[:1].upper() + story[1:] + ".", lines=2, x=LEFT - form.label_w + 12)
    doc.skip(6)
    hand_date = written_date(d, g.any("dash|slash|long"))
    form.signatures("Petugas Penerima Keberatan,", "Pemohon Keberatan,", p.name, hand_date)
    truth = person_fields(p, nik=has_nik, email=False, occupation=has_occ)
    truth.update(information_requested=item, purpose=purpose, letter_number=number)
    truth.update(letter_date=d, reference_registration_number=regno, objection_reason_code=code)
    return Built(doc, truth, [hand_date], scan_only=True)


WA_BG = Color(0.925, 0.898, 0.867)
WA_GREEN = Color(0.027, 0.369, 0.329)
WA_OUT = Color(0.863, 0.973, 0.776)
WHITE = Color(1, 1, 1)
LIGHT_BLUE = Color(0.85, 0.93, 0.97)
DARK = Color(0.15, 0.15, 0.15)


def k_screenshot(g: Gen) -> Built:
    """A phone screenshot of a WhatsApp conversation with the desk, printed on A4."""
    r, d = g.r, g.letter_date()
    p = g.person(titled=0.1)
    p.phone = g.wa_phone()
    doc = Doc(r, "helv", 7.8)
    shown = wa_display(p.phone)
    saved = g.chance(0.3)
    contact = f"{p.bare.split()[0]} (Pemohon Info)" if saved else shown
    regno, code, item = g.request_number(d), g.pick("abcdefg"), g.pick(INFO_ITEMS)
    has_addr = g.chance(0.5)
    chip = g.pick((long_date(d), day_date(d)))
    texts = [
        f"Selamat siang. Saya {p.name}, mau mengajukan keberatan atas permintaan informasi "
        f"saya dengan nomor pendaftaran {regno}.",
        f"Saya minta {lower_first(item)}, tapi {REASONS[code][CASUAL]}.",
    ]
    texts += [
        f"Alamat saya {p.address}. Mohon keberatan saya diteruskan ke atasan PPID."
    ] * has_addr
    texts += [f"Nomor saya ini ya {p.phone}"] * saved
    messages = [("in", text) for text in texts]
    messages.append(
        (
            "out",
            "Baik, keberatan Bapak/Ibu kami terima dan akan kami teruskan kepada "
            "Atasan PPID. Nomor registrasi keberatan akan kami kirimkan.",
        )
    )
    messages.append(("in", g.any("Terima kasih.|Baik, terima kasih banyak.|Oke, ditunggu.")))
    sw, size, lead = 272.0, doc.size, doc.size * 1.3
    laid = [
        (side, lines, len(lines) * lead + 16)
        for side, text in messages
        for lines in [doc.wrap(text, 182, "Helvetica", size)]
    ]
    top = PAGE_H - 80
    height = 16 + 34 + 34 + sum(h + 6 for *_, h in laid) + 40
    zoom = min(1.45, (PAGE_H - 130) / (height + 24))  # the print scales the screenshot up
    doc.c.saveState()
    doc.c.translate(PAGE_W / 2, top)
    doc.c.scale(zoom, zoom)
    doc.c.translate(-PAGE_W / 2, -top)
    x0 = (PAGE_W - sw) / 2
    doc.rect(x0 - 8, top - height - 8, sw + 16, height + 24, fill=DARK, radius=16)
    doc.rect(x0, top - height, sw, height, stroke=None, fill=WA_BG)
    doc.rect(x0, top - 16, sw, 16, stroke=None, fill=Color(0.02, 0.3, 0.27))
    hour = r.randint(9, 15)
    clock = f"{hour:02d}.{r.randint(0, 59):02d}"
    doc.text(x0 + 8, top - 11.5, clock, font="Helvetica-Bold", size=7, color=WHITE)
    doc.text(x0 + sw - 8, top - 11.5, f"4G {r.randint(20, 99)}%", size=7, color=WHITE, align="r")
    doc.rect(x0, top - 50, sw, 34, stroke=None, fill=WA_GREEN)
    doc.c.setFillColor(Color(0.75, 0.75, 0.75))
    doc.c.circle(x0 + 30, top - 33, 11, stroke=0, fill=1)
    doc.text(x0 + 9, top - 37, "<", font="Helvetica-Bold", size=11, color=WHITE, record=False)
    doc.text(x0 + 47, top - 31, contact, font="Helvetica-Bold", size=9, color=WHITE)
    doc.text(x0 + 47, top - 42, "online", size=6.5, color=WHITE)
    y = top - 72
    cw = doc.width(chip, "Helvetica", 7) + 16
    doc.rect(x0 + (sw - cw) / 2, y - 4, cw, 14, stroke=None, fill=LIGHT_BLUE, radius=4)
    doc.text(x0 + sw / 2, y, chip, size=7, align="c")
    y -= 14
    minute = (hour - 1) * 60 + r.randint(0, 40)
    for side, lines, h in laid:
        minute += r.randint(0, 4)
        w = max(doc.width(line, "Helvetica", size) for line in lines) + 34
        bx = x0 + 8 if side == "in" else x0 + sw - 8 - w
        doc.rect(bx, y - h, w, h, stroke=None, fill=WHITE if side == "in" else WA_OUT, radius=5)
        for i, line in enumerate(lines):
            doc.text(bx + 7, y - 11 - i * lead, line)
        clock = f"{minute // 60:02d}.{minute % 60:02d}"
        doc.text(bx + w - 5, y - h + 3.5, clock, size=5.5, color=GREY, align="r")
        y -= h + 6
    doc.rect(x0 + 6, top - height + 6, sw - 44, 22, stroke=None, fill=WHITE, radius=10)
    doc.text(x0 + 18, top - height + 14, "Ketik pesan", size=7.5, color=GREY)
    doc.c.setFillColor(WA_GREEN)
    doc.c.circle(x0 + sw - 20, top - height + 17, 11, stroke=0, fill=1)
    doc.c.restoreState()
    truth = {"applicant_name": p.name, "address": p.address if has_addr else None}
    truth.update(phone=p.phone if saved else shown, information_requested=item, letter_date=d)
    truth.update(reference_registration_number=regno, objection_reason_code=code)
    return Built(doc, truth, [chip])


def k_chronology(g: Gen) -> Built:
    """An objection with a chronology table, grounded on "Pasal 35 ayat (1) huruf x"."""
    r, p = g.r, g.person()
    doc = Doc(r, g.any("times|bookman|dvserif|helv"), 10.3)
    code, item = g.pick("abcdefg"), g.pick(INFO_ITEMS)
    asked = g.letter_date() - timedelta(days=40)
    asked += timedelta(days=max(0, 7 - asked.weekday()) if asked.weekday() > 4 else 0)
    regno = f"{r.randint(1, 140):03d}/PPID/KPU-SS/{roman(asked)}/{asked.year}"
    offset = {
        "a": (5, 9),
        "b": (2, 6),
        "c": (10, 10),
        "d": (6, 10),
        "e": (4, 9),
        "f": (4, 9),
        "g": (19, 25),
    }[code]
    happened = working_days_after(asked, r.randint(*offset))
    sheets = r.randint(40, 300)
    fee = f"Rp{sheets * 2500:,}".replace(",", ".")
    events = {
        "a": "Pemohon menerima surat PPID yang menyatakan informasi tersebut dikecualikan dan "
        "permintaan ditolak.",
        "b": "PPID menyampaikan bahwa informasi tersebut belum diumumkan, padahal termasuk "
        "informasi yang wajib diumumkan secara berkala.",
        "c": "Batas waktu sepuluh hari kerja berakhir tanpa ada pemberitahuan tertulis dari PPID.",
        "d": "Pemohon menerima jawaban PPID, namun dokumen yang diberikan berbeda dari rincian "
        "informasi yang diminta.",
        "e": "PPID menyatakan informasi dapat diberikan, tetapi sampai surat ini dibuat "
        "informasinya belum diserahkan.",
        "f": f"PPID meminta Pemohon membayar biaya penggandaan sebesar {fee} untuk {sheets} lembar "
        "salinan.",
        "g": "Pemohon baru menerima informasi, jauh melewati batas waktu dan tanpa pemberitahuan "
        "perpanjangan.",
    }
    d = working_days_after(happened, r.randint(2, 12))
    fmt = g.any("dash|long|slash")
    centre = {"x": PAGE_W / 2, "align": "c"}
    doc.say("SURAT PENGAJUAN KEBERATAN", font=doc.f("b"), size=13.5, underline=True, **centre)
    doc.say("atas Layanan Permintaan Informasi Publik", size=10, font=doc.f("i"), **centre)
    doc.skip(12)
    doc.lines(
        "Kepada Yth.|Atasan Pejabat Pengelola Informasi dan Dokumentasi|KPU Provinsi "
        "Sumatera Selatan|di Palembang"
    )
    doc.say("I. IDENTITAS PEMOHON KEBERATAN", font=doc.f("b"), after=2)
    has_mail, has_occ = g.chance(0.4), g.chance(0.7)
    rows = [("Nama Lengkap", p.name), ("Nomor Induk Kependudukan", p.nik), ("Alamat", p.address)]
    rows += [("Pekerjaan", p.occupation)] if has_occ else []
    rows += [("Nomor Kontak", p.phone)] + ([("Surel", p.email)] if has_mail else [])
    doc.rows(rows, x=LEFT + 14, label_w=150, after=6)
    doc.say("II. KRONOLOGI", font=doc.f("b"), after=-6)
    first = (
        f"Pemohon mengajukan permintaan informasi berupa {lower_first(item)} kepada PPID KPU "
        f"Provinsi Sumatera Selatan dan tercatat dengan nomor pendaftaran {regno}."
    )
    rows = [["No", "Tanggal", "Peristiwa"], ["1", written_date(asked, fmt), first]]
    rows.append(["2", written_date(happened, fmt), events[code]])
    table(doc, [28, 104, TEXT_W - 132], rows, size=9.4)  # a date fits its cell on one line
    doc.say("III. DASAR DAN ALASAN KEBERATAN", font=doc.f("b"), after=2)
    doc.write(
        f"Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008 tentang "
        f"Keterbukaan Informasi Publik, yaitu {REASONS[code][LEGAL]}.",
        x=LEFT + 14,
        justify=True,
        after=6,
    )
    doc.say("IV. TUNTUTAN", font=doc.f("b"), after=2)
    demands = (
        "Menerima keberatan Pemohon untuk seluruhnya;|Memerintahkan PPID memberikan "
        "informasi sebagaimana diminta;|Memberikan tanggapan tertulis dalam jangka waktu "
        "30 hari kerja."
    )
    doc.items(demands.split("|"), x=LEFT + 14)
    purpose = None
    if g.chance(0.6):
        purpose = g.pick(PURPOSES)
        doc.say("V. TUJUAN PENGGUNAAN INFORMASI", font=doc.f("b"), after=2)
        doc.write(purpose + ".", x=LEFT + 14, after=6)
    if g.chance(0.5):
        date_text = long_date(d)
        written = f"Ditulis di Palembang, pada hari {DAYS[d.weekday()]} tanggal {date_text}."
        doc.write(written, after=10)
    else:
        date_text = f"Palembang, {written_date(d, g.any('slash|long'))}"
        doc.say(date_text, x=RIGHT - 180, after=6)
    sign(doc, RIGHT - 180, ["Pemohon Keberatan,"], p.name, bold=False)
    truth = person_fields(p, email=has_mail, occupation=has_occ)
    truth.update(information_requested=item, purpose=purpose, letter_date=d)
    truth.update(reference_registration_number=regno, objection_reason_code=code)
    return Built(doc, truth, [date_text, written_date(asked, fmt)])


def k_kuasa(g: Gen) -> Built:
    """An objection filed by a non-lawyer representative, with the surat kuasa on page 2."""
    r, d = g.r, g.letter_date()
    principal = g.person()
    agent = g.person(titled=0.2, occupation=g.any("Wiraswasta|Staf Advokasi|Paralegal"))
    doc = Doc(r, g.any("dvsans|times|century|narrow"), 10.6)
    regno, code, item = g.request_number(d), g.pick("abcdefg"), g.pick(INFO_ITEMS)
    subject = g.any(
        "Pengajuan Keberatan melalui Kuasa|Keberatan atas Permintaan Informasi|Permohonan Keberatan"
    )
    date_text = f"Palembang, {written_date(d, g.any('long|dash|day'))}"
    rows = [("Hal", subject), ("Lampiran", "Surat Kuasa Khusus bermeterai")]
    head_rows(doc, rows, right=date_text, after=14)
    doc.lines("Yth. Atasan PPID|KPU Provinsi Sumatera Selatan|di Palembang", after=10)
    doc.say("Dengan hormat,", after=4)
    doc.say("PEMBERI KUASA (PEMOHON INFORMASI)", font=doc.f("b"), after=1)
    has_phone, has_occ = g.chance(0.55), g.chance(0.6)
    rows = [("Nama", principal.name), ("NIK", principal.nik), ("Alamat", principal.address)]
    rows += [("Pekerjaan", principal.occupation)] if has_occ else []
    rows += [("Telepon", principal.phone)] if has_phone else []
    doc.rows(rows, x=LEFT + 14, after=4)
    doc.say("PENERIMA KUASA", font=doc.f("b"), after=1)
    rows = [("Nama", agent.name), ("Alamat", agent.address), ("Telepon", with_wa(g, agent.phone))]
    doc.rows(rows, x=LEFT + 14, after=6)
    asked = working_days_before(d, r.randint(15, 30))
    doc.write(
        "Berdasarkan Surat Kuasa Khusus bermeterai (terlampir), Penerima Kuasa mengajukan "
        "keberatan atas permintaan informasi Pemberi Kuasa yang terdaftar dengan Nomor "
        f"Pendaftaran {regno} tanggal {long_date(asked)} mengenai {lower_first(item)}.",
        justify=True,
    )
    legal = REASONS[code][LEGAL]
    reason = (
        f"{legal[:1].upper()}{legal[1:]} (Pasal 35 ayat (1) huruf {code} UU Nomor 14 Tahun 2008)"
        if g.chance(0.5)
        else REASONS[code][FORM]
    )
    doc.write(f"Alasan keberatan: {reason}.", font=doc.f("b"), after=2)
    doc.write(f"Uraian singkat: {REASONS[code][g.pick(PROSE)]}.", justify=True)
    doc.write(
        "Kami mohon Atasan PPID memberikan tanggapan tertulis atas keberatan ini. Atas "
        "perhatiannya kami ucapkan terima kasih.",
        justify=True,
        after=14,
    )
    sign(doc, RIGHT - 190, ["Penerima Kuasa,"], agent.name)
    kuasa_page(
        doc,
        principal,
        agent,
        "Untuk dan atas nama Pemberi Kuasa mengajukan keberatan "
        "kepada Atasan PPID KPU Provinsi Sumatera Selatan atas permintaan informasi Nomor "
        f"Pendaftaran {regno}, menerima tanggapan atas keberatan, serta melakukan segala "
        "tindakan yang diperlukan untuk keperluan tersebut.",
        working_days_before(d, r.randint(1, 3)),
    )
    truth = person_fields(principal, phone=has_phone, occupation=has_occ, email=False)
    truth.update(information_requested=item, letter_date=d, subject=subject)
    truth.update(reference_registration_number=regno, objection_reason_code=code)
    return Built(doc, truth, [date_text])


# --------------------------------------------------------------------------------------------
# sengketa layouts
# --------------------------------------------------------------------------------------------

KI_COLORS = (Color(0.08, 0.3, 0.6), Color(0.95, 0.75, 0.1))
KI_SEAL = "KOMISI INFORMASI SUMSEL"


def ki_kop(doc: Doc) -> None:
    letterhead(
        doc,
        [("KOMISI INFORMASI", 16), ("PROVINSI SUMATERA SELATAN", 13)],
        sub=(KI_ADDRESS, "Telp. (0711) 374 120  -  Laman: komisiinformasi.sumselprov.go.id"),
        logo="ki",
        colors=KI_COLORS,
    )


@dataclass
class Dispute:
    """One information dispute as the KI letters describe it."""

    applicant: Person
    register: str
    regno: str
    item: str
    filed: date


def dispute(g: Gen, d: date) -> Dispute:
    filed = working_days_before(d, g.r.randint(3, 25))
    return Dispute(
        g.person(titled=0.25),
        g.dispute_number(filed),
        g.request_number(filed),
        g.pick(INFO_ITEMS),
        filed,
    )


def letter_truth(number: str | None, d: date, subject: str | None, sender: str | None) -> dict:
    return {"letter_number": number, "letter_date": d, "subject": subject, "sender_org": sender}


def case_truth(
    case: Dispute, *, address: bool = False, info: bool = True, ref: bool = True
) -> dict[str, Any]:
    """What a dispute letter says about the case: applicant, information, request, register."""
    truth = {"applicant_name": case.applicant.name, "dispute_register_number": case.register}
    truth["address"] = case.applicant.address if address else None
    truth["information_requested"] = case.item if info else None
    truth["reference_registration_number"] = case.regno if ref else None
    return truth


def decree(doc: Doc, label: str, items: list[str], markers: str = "abcdefgh") -> None:
    """A "Menimbang : a. ... b. ..." section of a decision."""
    doc.text(LEFT, doc.y, label)
    doc.text(LEFT + 78, doc.y, ":")
    for i, item in enumerate(items):
        if len(items) > 1:
            doc.text(LEFT + 88, doc.y, f"{markers[i]}.")
        doc.write(item, x=LEFT + 102, justify=True, after=2)
    doc.skip(4)


def s_penetapan(g: Gen) -> Built:
    """KI cover letter with the Penetapan of the Majelis Komisioner and hearing schedule."""
    r, d = g.r, g.letter_date()
    case = dispute(g, d)
    doc = Doc(r, g.any("times|century|dvserif|bookman"), 10.6)
    ki_kop(doc)
    number = g.ki_letter_number(d)
    subject = "Penyampaian Penetapan Majelis Komisioner dan Jadwal Sidang"
    date_text = f"Palembang, {long_date(d)}"
    rows = [("Nomor", number), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas")]
    head_rows(doc, [*rows, ("Hal", subject)], right=date_text)
    doc.lines(
        "Yth. Pimpinan KPU Provinsi Sumatera Selatan|selaku Termohon Sengketa Informasi|"
        "di Palembang",
        after=10,
    )
    with_ref = g.chance(0.75)
    doc.write(
        "Bersama ini kami sampaikan Penetapan Ketua Komisi Informasi Provinsi Sumatera "
        "Selatan tentang Penunjukan Majelis Komisioner untuk memeriksa dan memutus sengketa "
        f"informasi publik Register Nomor {case.register} antara:",
        justify=True,
        indent=26,
        after=2,
    )
    rows = [("Pemohon", case.applicant.name), ("Termohon", "PPID KPU Provinsi Sumatera Selatan")]
    doc.rows(rows, x=LEFT + 26, label_w=70, after=2)
    ref = f" terkait permintaan informasi nomor pendaftaran {case.regno}" if with_ref else ""
    doc.write(f"mengenai {lower_first(case.item)}{ref}.", justify=True)
    hearing = working_days_after(d, r.randint(5, 12))
    doc.write(
        f"Sidang Pemeriksaan Awal akan dilaksanakan pada {day_date(hearing)} pukul 09.00 WIB "
        "di Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan. Termohon diminta hadir "
        "dengan membawa surat kuasa atau surat tugas serta dokumen yang berkaitan dengan "
        "pokok sengketa.",
        justify=True,
        indent=26,
    )
    doc.write("Demikian disampaikan untuk menjadi perhatian.", indent=26, after=14)
    chair, *members = g.people_names(4, besides=(case.applicant.name,))
    sign(doc, RIGHT - 200, ["Ketua,"], chair, seal=KI_SEAL)
    doc.new_page()
    doc.y = PAGE_H - 70
    centre = {"x": PAGE_W / 2, "align": "c"}
    title = "PENETAPAN|KETUA KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
    doc.lines(title, font=doc.f("b"), size=11.5, after=-2, **centre)
    decision = f"{r.randint(1, 90):03d}/PEN-MK/KI-SS/{roman(d)}/{d.year}"
    doc.say(f"NOMOR: {decision}", after=4, **centre)
    title = "TENTANG|PENUNJUKAN MAJELIS KOMISIONER DAN JADWAL SIDANG|SENGKETA INFORMASI PUBLIK "
    doc.lines(
        title + f"REGISTER NOMOR {case.register}", font=doc.f("b"), size=10.5, after=10, **centre
    )
    decree(
        doc,
        "Menimbang",
        [
            "bahwa Komisi Informasi telah menerima dan meregistrasi permohonan penyelesaian "
            f"sengketa informasi publik pada tanggal {long_date(case.filed)};",
            "bahwa untuk memeriksa dan memutus sengketa tersebut perlu ditunjuk Majelis "
            "Komisioner dan ditetapkan jadwal sidang;",
        ],
    )
    decree(
        doc,
        "Mengingat",
        [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa "
            "Informasi Publik;",
        ],
        "12",
    )
    doc.say("MEMUTUSKAN:", font=doc.f("b"), after=4, **centre)
    decree(
        doc,
        "KESATU",
        [
            f"Menunjuk {members[0]} sebagai Ketua Majelis, {members[1]} dan "
            f"{members[2]} masing-masing sebagai Anggota Majelis."
        ],
    )
    decree(doc, "KEDUA", ["Menetapkan jadwal sidang sebagai berikut:"])
    rows, when = [["Agenda", "Hari/Tanggal", "Pukul", "Tempat"]], hearing
    for agenda in ("Pemeriksaan Awal", "Mediasi", "Pembuktian"):
        rows.append(
            [
                agenda,
                day_date(when),
                g.any("09.00 WIB|10.00 WIB|13.30 WIB"),
                "Ruang Sidang KI Sumsel",
            ]
        )
        when = working_days_after(when, r.randint(4, 9))
    table(doc, [100, 140, 70, TEXT_W - 310], rows, size=9.2)
    decree(doc, "KETIGA", ["Penetapan ini berlaku sejak tanggal ditetapkan."])
    doc.lines(f"Ditetapkan di Palembang|pada tanggal {long_date(d)}", x=RIGHT - 200, after=4)
    sign(doc, RIGHT - 200, ["KETUA,"], chair)
    truth = case_truth(case, ref=with_ref) | letter_truth(number, d, subject, KI_NAME)
    return Built(doc, truth, [date_text])


def s_risalah(g: Gen) -> Built:
    """A KI "Risalah Mediasi": parties, mediator, disputed information and the outcome."""
    r, d = g.r, g.letter_date()
    case = dispute(g, d)
    doc = Doc(r, g.any("helv|times|dvsans|palatino"), 10.2)
    ki_kop(doc)
    centre = {"x": PAGE_W / 2, "align": "c"}
    doc.say("RISALAH MEDIASI", font=doc.f("b"), size=14, **centre, after=-3)
    doc.say("SENGKETA INFORMASI PUBLIK", font=doc.f("b"), size=11, **centre, after=-1)
    doc.say(f"Register Nomor: {case.register}", size=10.5, **centre, after=-1)
    number = f"RM-{r.randint(1, 60):02d}/KI-SS/{roman(d)}/{d.year}" if g.chance(0.4) else None
    if number:
        doc.say(f"Nomor: {number}", size=9.5, **centre)
    doc.skip(10)
    doc.write(
        f"Pada hari ini, {day_date(d)}, bertempat di Ruang Mediasi Komisi Informasi Provinsi "
        "Sumatera Selatan, telah dilaksanakan mediasi sengketa informasi publik dengan "
        "keterangan sebagai berikut:",
        justify=True,
    )
    official = g.pick(OFFICIALS)
    mediator = g.people_names(1, besides=(case.applicant.name,))[0]
    with_ref = g.chance(0.7)
    outcome = g.any(
        "Mediasi tidak mencapai kesepakatan. Sengketa dilanjutkan ke tahap ajudikasi "
        "non-litigasi. | Para pihak sepakat Termohon memberikan salinan informasi yang diminta "
        "paling lambat 7 (tujuh) hari kerja sejak risalah ini ditandatangani. | Mediasi mencapai "
        "kesepakatan sebagian; bagian yang belum disepakati diperiksa melalui ajudikasi "
        "non-litigasi."
    )
    rows = [
        ("Pemohon", f"{case.applicant.name}, beralamat di {case.applicant.address}"),
        ("Termohon", f"PPID KPU Provinsi Sumatera Selatan, diwakili oleh {official}"),
        ("Mediator", mediator),
        ("Informasi yang Disengketakan", case.item),
    ]
    rows += [("Nomor Pendaftaran Permintaan", case.regno)] if with_ref else []
    for row in [*rows, ("Hasil Mediasi", outcome)]:
        doc.rows([row], label_w=165, after=3)
    doc.write(
        "Demikian risalah mediasi ini dibuat dan ditandatangani oleh para pihak dan Mediator "
        "untuk dipergunakan sebagaimana mestinya.",
        justify=True,
        after=12,
    )
    date_text = f"Palembang, {long_date(d)}"
    doc.say(date_text, x=RIGHT, align="r", after=8)
    top = doc.y
    for i, (role, name) in enumerate(
        (("Pemohon,", case.applicant.name), ("Termohon,", official), ("Mediator,", mediator))
    ):
        sign(doc, LEFT + 15 + i * 160, [role], name, y=top, size=9, bold=False)
    truth = case_truth(case, address=True, ref=with_ref) | letter_truth(number, d, None, KI_NAME)
    return Built(doc, truth, [date_text])


def s_tanggapan(g: Gen) -> Built:
    """A KI letter asking the badan publik for its written response, numbered paragraphs."""
    r, d = g.r, g.letter_date()
    case = dispute(g, d)
    doc = Doc(r, g.any("times|dvserif|helv|century"), 10.6)
    ki_kop(doc)
    number = g.ki_letter_number(d)
    subject = g.any(
        "Permintaan Tanggapan Tertulis Termohon | Permintaan Jawaban Tertulis atas "
        "Permohonan Penyelesaian Sengketa Informasi"
    )
    date_text = f"Palembang, {written_date(d, g.any('long|long|day'))}"
    rows = [("Nomor", number), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas")]
    head_rows(doc, [*rows, ("Hal", subject)], right=date_text)
    doc.lines("Kepada|Yth. PPID KPU Provinsi Sumatera Selatan|di -|      Palembang", after=10)
    with_addr = g.chance(0.7)
    who = case.applicant.name + (f", beralamat di {case.applicant.address}," if with_addr else "")
    doc.items(
        [
            f"Komisi Informasi Provinsi Sumatera Selatan telah menerima permohonan penyelesaian "
            f"sengketa informasi publik dari {who} yang telah diregistrasi dengan Nomor "
            f"{case.register} pada tanggal {long_date(case.filed)}.",
            "Sengketa tersebut berawal dari permintaan informasi Pemohon kepada PPID KPU Provinsi "
            f"Sumatera Selatan dengan nomor pendaftaran {case.regno} mengenai "
            f"{lower_first(case.item)}, yang menurut Pemohon {REASONS[g.pick('acdeg')][1]}.",
            "Dalam permohonannya, Pemohon meminta Majelis Komisioner memerintahkan Termohon "
            "memberikan informasi sebagaimana dimohonkan.",
            "Sehubungan dengan hal tersebut, Termohon diminta menyampaikan tanggapan tertulis "
            "beserta dokumen pendukung, termasuk hasil uji konsekuensi apabila informasi "
            f"dinyatakan dikecualikan, paling lambat {r.choice((5, 7, 10))} hari kerja sejak surat "
            "ini diterima, melalui Kepaniteraan Komisi Informasi.",
        ],
        justify=True,
        gap=4,
    )
    doc.write("Atas perhatian dan kerja samanya diucapkan terima kasih.", after=14)
    clerk = g.people_names(1, besides=(case.applicant.name,))[0]
    nip = (f"NIP {g.nip()}",)
    sign(doc, RIGHT - 210, ["a.n. Ketua", "Panitera,"], clerk, below=nip, seal=KI_SEAL)
    doc.y = 90
    doc.lines("Tembusan:|1. Pemohon;|2. Arsip.", size=9)
    truth = case_truth(case, address=with_addr) | letter_truth(number, d, subject, KI_NAME)
    return Built(doc, truth, [date_text])


def s_ptun(g: Gen) -> Built:
    """PTUN Palembang: a keberatan against a KI decision was registered (cites the register)."""
    r, d = g.r, g.letter_date()
    case = dispute(g, d)
    decided = working_days_before(d, r.randint(8, 14))
    doc = Doc(r, g.any("times|bookman|dvserif"), 10.6)
    court = "PENGADILAN TATA USAHA NEGARA PALEMBANG"
    kop = [("MAHKAMAH AGUNG REPUBLIK INDONESIA", 10.5)]
    kop += [("DIREKTORAT JENDERAL BADAN PERADILAN MILITER DAN", 8.5)]
    kop += [("PERADILAN TATA USAHA NEGARA", 8.5), (court, 14)]
    sub = (
        "Jl. Jenderal Ahmad Yani No. 67 Plaju, Palembang 30267 - Telp. (0711) 5612 120",
        "Laman: ptun-palembang.go.id",
    )
    letterhead(doc, kop, sub=sub, logo="scales", colors=(Color(0.45, 0.3, 0.05), BLACK))
    number = f"W1-TUN4/{r.randint(100, 2400)}/HK.06/{roman(d)}/{d.year}"
    subject = "Pemberitahuan Pendaftaran Keberatan atas Putusan Komisi Informasi"
    date_text = f"Palembang, {long_date(d)}"
    rows = [("Nomor", number), ("Sifat", "Penting"), ("Lampiran", "1 (satu) eksemplar")]
    head_rows(doc, [*rows, ("Perihal", subject)], right=date_text, label_w=60)
    doc.lines(
        "Kepada Yth.|Ketua KPU Provinsi Sumatera Selatan|selaku Termohon Keberatan|di Palembang",
        after=10,
    )
    perkara = f"{r.randint(1, 30)}/G/KI/{d.year}/PTUN.PLG"
    doc.write(
        f"Dengan ini diberitahukan bahwa pada tanggal {long_date(d)} di Kepaniteraan "
        "Pengadilan Tata Usaha Negara Palembang telah didaftarkan permohonan keberatan "
        "terhadap Putusan Komisi Informasi Provinsi Sumatera Selatan Nomor "
        f"{case.register} tanggal {long_date(decided)}, dengan register perkara Nomor "
        f"{perkara}, antara:",
        justify=True,
        indent=26,
        after=2,
    )
    with_addr, with_info, with_ref = g.chance(0.7), g.chance(0.5), g.chance(0.35)
    where = f", beralamat di {case.applicant.address}" if with_addr else ""
    rows = [("Pemohon Keberatan", f"{case.applicant.name}{where} (semula Pemohon Informasi);")]
    rows += [("Termohon Keberatan", "PPID KPU Provinsi Sumatera Selatan (semula Termohon).")]
    doc.rows(rows, x=LEFT + 20, label_w=120, after=4)
    if with_info or with_ref:
        tail = (f" mengenai {lower_first(case.item)}" if with_info else "") + (
            f" dengan nomor pendaftaran {case.regno}" if with_ref else ""
        )
        doc.write(
            f"Pokok perkara berkaitan dengan permintaan informasi{tail}.", justify=True, indent=26
        )
    hearing = working_days_after(d, r.randint(6, 12))
    doc.write(
        "Sesuai Peraturan Mahkamah Agung Nomor 2 Tahun 2011 tentang Tata Cara Penyelesaian "
        "Sengketa Informasi Publik di Pengadilan, Saudara diminta hadir pada persidangan "
        f"pertama pada {day_date(hearing)} pukul 09.00 WIB dan menyampaikan jawaban tertulis.",
        justify=True,
        indent=26,
        after=14,
    )
    clerk = g.people_names(1, besides=(case.applicant.name,))[0]
    sign(doc, RIGHT - 200, ["Panitera,"], clerk, below=(f"NIP {g.nip()}",))
    truth = case_truth(case, address=with_addr, info=with_info, ref=with_ref)
    return Built(doc, truth | letter_truth(number, d, subject, court), [date_text])


def s_kimail(g: Gen) -> Built:
    """An e-mail from the KI registry about a hearing, printed from a webmail client."""
    r, d = g.r, g.letter_date()
    case = dispute(g, d)
    doc = Doc(r, "helv", 9.6)
    hearing = working_days_after(d, r.randint(4, 10))
    subject = g.pick(
        (
            f"Pemberitahuan Jadwal Sidang Pemeriksaan Awal Register {case.register}",
            "Pemberitahuan Jadwal Sidang Sengketa Informasi Publik",
            f"Panggilan Sidang Ajudikasi - Reg. {case.register}",
        )
    )
    minute = r.randint(8 * 60, 15 * 60)
    sent = f"{day_date(d)} pukul {minute // 60:02d}.{minute % 60:02d}"
    printed = f"{d:%d/%m/%y} {minute // 60 + 1:02d}.{r.randint(10, 59)}"
    doc.text(28, PAGE_H - 22, printed, size=7.5)
    doc.text(PAGE_W / 2, PAGE_H - 22, f"Gmail - {subject}"[:80], size=7.5, align="c")
    x, width = LEFT - 20, RIGHT - LEFT + 30
    doc.y = PAGE_H - 62
    doc.text(x, doc.y, "Gmail", font="Helvetica-Bold", size=15, color=Color(0.8, 0.2, 0.15))
    doc.text(RIGHT + 10, doc.y, "PPID KPU Sumsel <ppid.kpusumsel@gmail.com>", size=8.5, align="r")
    doc.line(x, doc.y - 10, RIGHT + 10, doc.y - 10, 0.8, GREY)
    doc.skip(32)
    doc.write(subject, x=x, width=width, font="Helvetica-Bold", size=13, after=2)
    doc.say("1 pesan", x=x, size=8)
    doc.line(x, doc.y + 2, RIGHT + 10, doc.y + 2, 0.5, GREY)
    doc.skip(6)
    doc.text(RIGHT + 10, doc.y, sent, size=8.5, align="r")
    sender = "Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan"
    doc.say(sender, x=x, font="Helvetica-Bold", size=9)
    doc.lines(
        "<kepaniteraan.kisumsel@gmail.com>|Kepada: ppid.kpusumsel@gmail.com",
        x=x,
        size=8.5,
        after=14,
    )
    doc.write("Yth. PPID KPU Provinsi Sumatera Selatan,", x=x, width=width)
    doc.write(
        "Dengan hormat, bersama ini kami beritahukan jadwal sidang sengketa informasi "
        "publik dengan rincian sebagai berikut:",
        x=x,
        width=width,
    )
    with_ref, with_addr = g.chance(0.6), g.chance(0.4)
    rows = [("Nomor Register", case.register), ("Pemohon", case.applicant.name)]
    rows += [("Alamat Pemohon", case.applicant.address)] if with_addr else []
    rows += [
        ("Termohon", "PPID KPU Provinsi Sumatera Selatan"),
        ("Informasi yang dimohon", case.item),
    ]
    rows += [("Nomor Pendaftaran Permintaan", case.regno)] if with_ref else []
    rows += [("Agenda", g.any("Pemeriksaan Awal|Mediasi|Pembuktian"))]
    rows += [("Hari/Tanggal", day_date(hearing)), ("Pukul", "09.30 WIB - selesai")]
    rows += [("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan")]
    doc.rows(rows, x=x + 10, label_w=150, width=width - 10, after=6)
    doc.write(
        "Surat panggilan resmi kami lampirkan dalam format PDF. Mohon konfirmasi kehadiran "
        "dengan membalas surel ini.",
        x=x,
        width=width,
        after=8,
    )
    doc.lines(
        "Salam,|Kepaniteraan|Komisi Informasi Provinsi Sumatera Selatan|Telp. (0711) 374 120",
        x=x,
        after=10,
    )
    doc.rect(x, doc.y - 22, 190, 26, stroke=LIGHT, width=1)
    doc.text(
        x + 8, doc.y - 13, f"Panggilan_Sidang_{case.register.replace('/', '_')}.pdf"[:44], size=7.5
    )
    doc.text(28, 22, "https://mail.google.com/mail/u/0/?ik=3f9a2c&view=pt&search=all", size=7)
    doc.text(PAGE_W - 28, 22, "1/1", size=7, align="r")
    truth = case_truth(case, address=with_addr, ref=with_ref)
    truth |= letter_truth(None, d, subject, "Komisi Informasi Provinsi Sumatera Selatan")
    return Built(doc, truth, [sent])


# --------------------------------------------------------------------------------------------
# surat_masuk layouts
# --------------------------------------------------------------------------------------------

UNIVERSITIES = tuple(
    tuple(line.split(";"))
    for line in block("""
Universitas Sriwijaya;Fakultas Ilmu Sosial dan Ilmu Politik;Ilmu Pemerintahan
Universitas Islam Negeri Raden Fatah Palembang;Fakultas Syariah dan Hukum;Hukum Tata Negara
Universitas Muhammadiyah Palembang;Fakultas Hukum;Ilmu Hukum
Universitas PGRI Palembang;Fakultas Ilmu Sosial;Ilmu Komunikasi
""")
)
RESEARCH_TITLES = block("""
Efektivitas Pelayanan Informasi Publik dan Penyelesaian Keberatan pada PPID KPU Provinsi Sumatera
    Selatan
Implementasi Undang-Undang Keterbukaan Informasi Publik dalam Penyelenggaraan Pemilihan Serentak
    2024
Analisis Sengketa Informasi Publik Kepemiluan di Komisi Informasi Provinsi Sumatera Selatan
""")


def m_kesbangpol(g: Gen) -> Built:
    """Kesbangpol research recommendation for a study on public information at the office."""
    r, d = g.r, g.letter_date()
    doc = Doc(r, g.any("times|bookman|century|dvserif"), 10.5)
    body = "BADAN KESATUAN BANGSA DAN POLITIK"
    sub = (
        "Jl. Kapten Anwar Sastro No. 1 Palembang 30129 - Telp. (0711) 354 712",
        "Surel: kesbangpol@sumselprov.go.id",
    )
    kop = [("PEMERINTAH PROVINSI SUMATERA SELATAN", 12.5), (body, 14.5)]
    letterhead(doc, kop, sub=sub, logo="shield")
    number = f"070/{r.randint(100, 1999)}/BAN.KBP/{d.year}"
    subject = g.any("Rekomendasi Penelitian|Rekomendasi Izin Penelitian dan Pengambilan Data")
    date_text = f"Palembang, {long_date(d)}"
    rows = [("Nomor", number), ("Sifat", "Biasa"), ("Lampiran", "-"), ("Perihal", subject)]
    head_rows(doc, rows, right=date_text)
    doc.lines(
        "Kepada Yth.|Ketua Komisi Pemilihan Umum|Provinsi Sumatera Selatan|di Palembang", after=10
    )
    uni, faculty, study = g.pick(UNIVERSITIES)
    student = g.person(titled=0.0)
    decree(
        doc,
        "Dasar",
        [
            "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2018 tentang Penerbitan Surat Keterangan "
            "Penelitian;",
            f"Surat Dekan {faculty} {uni} Nomor "
            f"{r.randint(100, 999)}/UN.{r.randint(1, 20)}/PP/{d.year} perihal Permohonan Izin "
            "Penelitian.",
        ],
        "12",
    )
    doc.write("Dengan ini memberikan rekomendasi kepada:", after=2)
    period = f"{long_date(d + timedelta(days=7))} s.d. {long_date(d + timedelta(days=97))}"
    rows = [("Nama", student.name), ("NIM", f"{r.randint(10**8, 10**9 - 1)}")]
    rows += [("Program Studi", study), ("Perguruan Tinggi", uni)]
    rows += [("Judul Penelitian", g.pick(RESEARCH_TITLES))]
    rows += [("Lokasi", "PPID KPU Provinsi Sumatera Selatan"), ("Waktu", period)]
    rows += [("Metode", "Wawancara, observasi dan pengumpulan data/informasi")]
    doc.rows(rows, x=LEFT + 20, label_w=110, after=4)
    doc.write(
        "untuk melaksanakan penelitian dan pengambilan data dengan ketentuan sebagai berikut:",
        after=2,
    )
    terms = (
        "Tidak melakukan kegiatan yang menyimpang dari maksud penelitian;|Mematuhi ketentuan "
        "tentang informasi yang dikecualikan pada instansi tujuan;|Menyampaikan laporan "
        "hasil penelitian kepada Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Selatan."
    )
    doc.items(terms.split("|"), x=LEFT + 14, after=8)
    above = [
        "a.n. Kepala Badan Kesatuan Bangsa",
        "dan Politik,",
        "Kepala Bidang Politik Dalam Negeri,",
    ]
    rank = ("Pembina Tk. I (IV/b)",)
    sign(doc, RIGHT - 230, above, g.pick(OFFICIALS), below=rank, seal="KESBANGPOL SUMSEL", size=10)
    doc.y = 92
    doc.lines(f"Tembusan:|1. Dekan {faculty} {uni};|2. Yang bersangkutan.", size=9)
    return Built(doc, letter_truth(number, d, subject, body), [date_text])


# "kop line=size / ...; emblem; address; number pattern; subject; purpose". The first kop line of
# a government office or university is its umbrella ("PEMERINTAH ...") and not part of sender_org.
AGENCIES = tuple(
    tuple(part.strip() for part in line.split(";"))
    for line in block("""
BADAN PUSAT STATISTIK=14 / PROVINSI SUMATERA SELATAN=12; ring;
    Jl. Kapten A. Rivai No. 9 Palembang 30129 - Telp. (0711) 377 048; B-{n}/16000/PL.{m}/{y};
    Permintaan Data Hasil Pemilihan untuk Publikasi Statistik Politik; penyusunan publikasi
    Statistik Politik dan Indeks Demokrasi Indonesia Provinsi Sumatera Selatan
PEMERINTAH PROVINSI SUMATERA SELATAN=11.5 / BADAN PERENCANAAN PEMBANGUNAN DAERAH=13.5; shield;
    Jl. Kapten A. Rivai No. 23 Palembang 30129 - Telp. (0711) 352 030; 050/{n}/Bappeda/{y};
    Permohonan Data dan Informasi Penyusunan RKPD Tahun 2027; penyusunan Rencana Kerja
    Pemerintah Daerah (RKPD) Provinsi Sumatera Selatan Tahun 2027
KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI=9.5 / UNIVERSITAS SRIWIJAYA=13 / LEMBAGA
    PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT=11.5; shield; Jl. Palembang-Prabumulih Km. 32
    Indralaya, Ogan Ilir 30662; {n}/UN9.LPPM/PT.01.03/{y}; Permohonan Data Penelitian Kerja Sama;
    penelitian kerja sama tentang kualitas daftar pemilih di Sumatera Selatan
PEMERINTAH KOTA PALEMBANG=11.5 / DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL=13; shield;
    Jl. Merdeka No. 1 Palembang 30131 - Telp. (0711) 311 200; 470/{n}/Disdukcapil/{y};
    Permintaan Data Pemilih Tidak Memenuhi Syarat; sinkronisasi data kependudukan dengan data
    pemilih berkelanjutan
""")
)


def m_datarequest(g: Gen) -> Built:
    """Another public body asking for data in the course of its own work (not under UU KIP)."""
    r, d = g.r, g.letter_date()
    kop, logo, address, pattern, subject, work = g.pick(AGENCIES)
    lines = [(text, float(size)) for text, size in (part.split("=") for part in kop.split(" / "))]
    doc = Doc(r, g.any("times|helv|dvsans|palatino"), 10.6)
    umbrella = lines[0][0].startswith(("PEMERINTAH", "KEMENTERIAN"))
    sender = " ".join(text for text, _ in lines[1 if umbrella else 0 :])
    colors = (Color(0.1, 0.3, 0.5), Color(0.9, 0.7, 0.1))
    letterhead(doc, lines, sub=(address,), logo=logo, colors=colors)
    number = pattern.format(n=r.randint(10, 1500), m=r.randint(100, 399), y=d.year)
    date_text = f"Palembang, {written_date(d, g.any('long|long|slash'))}"
    rows = [("Nomor", number), ("Sifat", g.any("Biasa|Segera")), ("Lampiran", "1 (satu) lembar")]
    head_rows(doc, [*rows, ("Hal", subject)], right=date_text)
    doc.lines("Yth. Ketua KPU Provinsi Sumatera Selatan|di -|     Palembang", after=10)
    doc.write(
        f"Dalam rangka {work}, kami memohon bantuan Bapak/Ibu untuk dapat memberikan data "
        "dan informasi sebagai berikut:",
        justify=True,
        indent=26,
        after=2,
    )
    doc.items(g.sample(INFO_ITEMS, r.randint(2, 3)), x=LEFT + 14)
    contact = g.person(titled=0.3)
    doc.write(
        "Data dimaksud dapat disampaikan dalam bentuk softcopy melalui surel "
        f"{contact.email} paling lambat {long_date(working_days_after(d, 10))}. Informasi "
        f"lebih lanjut dapat menghubungi narahubung kami, {contact.name} ({contact.phone}).",
        justify=True,
        indent=26,
    )
    doc.write(
        "Atas perhatian dan kerja sama yang baik kami ucapkan terima kasih.", indent=26, after=14
    )
    above = g.pick((["Kepala,"], ["a.n. Kepala", "Kepala Bagian Umum,"], ["Sekretaris,"]))
    sign(doc, RIGHT - 210, above, g.pick(OFFICIALS), below=(f"NIP {g.nip()}",))
    return Built(doc, letter_truth(number, d, subject, sender), [date_text])


# "sender as written on the sheet; number pattern; subjects"
ROUTED = tuple(
    tuple(part.strip() for part in line.split(";"))
    for line in block("""
KPU Republik Indonesia; {n}/PL.0{m}-SD/06/{y}; Undangan Rapat Koordinasi|Permintaan Data Pemilih
    Berkelanjutan
Bawaslu Provinsi Sumatera Selatan; B-{n}/Bawaslu-SS/PM.00/{r}/{y}; Permintaan Data Penanganan
    Sengketa Proses|Undangan Rapat Evaluasi Pengawasan
Komisi Informasi Provinsi Sumatera Selatan; {n}/KI-SS/{r}/{y}; Undangan Sosialisasi Keterbukaan
    Informasi|Monitoring dan Evaluasi Badan Publik
Sekretariat Daerah Provinsi Sumatera Selatan; 005/{n}/Setda/{y}; Undangan Upacara Hari Kesadaran
    Nasional|Permintaan Data Kepegawaian
Universitas Sriwijaya; {n}/UN9.FISIP/TU.00.01/{y}; Permohonan Izin Penelitian|Permohonan
    Narasumber Kuliah Umum
Ombudsman RI Perwakilan Sumatera Selatan; B/{n}/LM.22-06/{r}/{y}; Permintaan Klarifikasi Laporan
    Masyarakat
Lembaga Bantuan Hukum Palembang; {n}/LBH-PLG/{r}/{y}; Permohonan Informasi Publik|Keberatan atas
    Tanggapan PPID
""")
)


def m_disposisi(g: Gen) -> Built:
    """A lembar disposisi: agenda data typed or written, handwritten routing and instruction."""
    r, d = g.r, g.letter_date()
    received = working_days_after(d, r.randint(1, 5))
    doc = Doc(r, g.any("helv|times|dvsans"), 9.6)
    kop = [("KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN", 12), ("SEKRETARIAT", 11)]
    sub = ("Jl. Kapten A. Rivai No. 95 Palembang 30129",)
    letterhead(doc, kop, sub=sub, logo="shield", rule="single", font="Helvetica-Bold")
    doc.say("LEMBAR DISPOSISI", x=PAGE_W / 2, font=doc.f("b"), size=14, align="c", after=4)
    sender, pattern, subjects = g.pick(ROUTED)
    subject = g.any(subjects)
    number = pattern.format(n=r.randint(10, 999), m=r.randint(1, 4), r=roman(d), y=d.year)
    typed = g.chance(0.6)
    ink = INKS[g.any("blue|black")]
    x0, w = LEFT - 10, RIGHT - LEFT + 16
    half = w / 2

    def box(x: float, width: float, label: str, value: str | None) -> None:
        doc.rect(x, doc.y - 24, width, 24, width=0.7)
        doc.text(x + 5, doc.y - 15, label)
        vx = x + 7 + doc.width(label, doc.f(), doc.size)
        if value and typed:
            doc.text(vx, doc.y - 15, value, font="Courier", size=9.5)
        elif value:
            doc.hand(vx + 2, doc.y - 15, value, size=12, ink=ink)

    letter_date_text = written_date(d, g.any("slash|long|dash"))
    agenda = f"{r.randint(1, 900):04d}/AG/{d.year}"
    grid = [[(w, "Surat dari :", sender)]]
    grid += [[(half, "No. Surat :", number), (half, "Diterima Tgl. :", f"{received:%d/%m/%Y}")]]
    grid += [[(half, "Tgl. Surat :", letter_date_text), (half, "No. Agenda :", agenda)]]
    grid += [[(w, "Sifat :", None)], [(w, "Hal :", subject)]]
    for cells in grid:
        x = x0
        for width, label, value in cells:
            box(x, width, label, value)
            x += width
        if cells[0][1] == "Sifat :":
            cx, sifat = x0 + 50, r.randint(0, 3)
            for i, label in enumerate(("Sangat Segera", "Segera", "Biasa", "Rahasia")):
                doc.checkbox(cx, doc.y - 17, checked="v" if i == sifat else None, ink=ink)
                doc.text(cx + 12, doc.y - 15, label)
                cx += 30 + doc.width(label, doc.f(), doc.size)
        doc.skip(24)
    top, h = doc.y, 170
    routes = (
        "Ketua|Anggota Divisi Teknis|Sekretaris|Kabag Teknis dan Hupmas|Kabag Hukum dan SDM|"
        "Kabag Umum dan Logistik|PPID Pelaksana"
    )
    asks = (
        "Tanggapan dan saran|Proses lebih lanjut|Koordinasikan/konfirmasikan|Untuk diketahui|"
        "Siapkan bahan|Arsip"
    )
    titles = ("Diteruskan kepada Sdr.:", "Dengan hormat harap:")
    for i, (title, choices) in enumerate(zip(titles, (routes, asks), strict=True)):
        x = x0 + i * half
        doc.rect(x, top - h, half, h, width=0.7)
        doc.text(x + 6, top - 14, title, font=doc.f("b"))
        options = choices.split("|")
        ticked = set(g.sample(range(len(options)), r.randint(1, 2)))
        for j, label in enumerate(options):
            tick = "v" if j in ticked else None
            doc.checkbox(x + 10, top - 33 - j * 18, checked=tick, ink=ink)
            doc.text(x + 24, top - 32 - j * 18, label)
    y = top - h
    doc.rect(x0, y - 150, w, 150, width=0.7)
    doc.text(x0 + 6, y - 14, "Catatan / Isi Disposisi:", font=doc.f("b"))
    note = g.any(
        "Mohon segera ditindaklanjuti sesuai ketentuan dan dilaporkan. | Pelajari dan "
        "siapkan bahan tanggapan, koordinasikan dengan PPID. | Untuk diketahui dan "
        "diarsipkan. | Hadiri / utus staf, laporkan hasilnya kepada pimpinan."
    )
    pen = INKS[g.any("blue|black|darkblue")]
    doc.hand_para(x0 + 14, y - 38, note, w - 40, size=14, ink=pen)
    doc.signature(x0 + w - 120, y - 120, width=55)
    doc.hand(x0 + w - 110, y - 138, f"{received:%d/%m/%Y}", size=11)
    truth = letter_truth(number, d, subject, sender)
    return Built(doc, truth, [letter_date_text], scan_only=True)


def m_notulen(g: Gen) -> Built:
    """Minutes of a Forum PPID meeting on public information, with an attendance list."""
    r, d = g.r, g.letter_date()
    doc = Doc(r, g.any("times|dvsans|helv|palatino"), 10.4)
    body = "DINAS KOMUNIKASI DAN INFORMATIKA"
    sub = (
        "Jl. Kapten A. Rivai No. 4 Palembang 30129 - Telp. (0711) 350 001",
        "Laman: diskominfo.sumselprov.go.id",
    )
    kop = [("PEMERINTAH PROVINSI SUMATERA SELATAN", 12), (body, 14)]
    letterhead(doc, kop, sub=sub, logo="shield")
    centre = {"x": PAGE_W / 2, "align": "c"}
    doc.say("NOTULEN RAPAT", font=doc.f("b"), size=13, underline=True, after=8, **centre)
    chair, secretary = g.pick(OFFICIALS), g.people_names(1)[0]
    meeting = g.any(
        "Rapat Koordinasi Forum PPID Provinsi Sumatera Selatan | Evaluasi Pelayanan "
        "Informasi Publik dan Penanganan Keberatan Tahun 2025 | Persiapan Monitoring "
        "dan Evaluasi Keterbukaan Informasi Badan Publik"
    )
    rows = [("Hari/Tanggal", day_date(d)), ("Waktu", "09.00 - 12.00 WIB")]
    rows += [("Tempat", "Ruang Rapat Bina Praja, Kantor Gubernur Sumatera Selatan")]
    rows += [("Acara", meeting), ("Pimpinan Rapat", chair), ("Notulis", secretary)]
    doc.rows(rows, label_w=105, after=6)
    doc.say("Pokok Bahasan:", font=doc.f("b"), after=2)
    doc.items(
        [
            "Jumlah permohonan informasi yang masuk ke badan publik anggota forum pada tahun 2025 "
            "meningkat, sebagian besar terkait data pemilihan dan anggaran hibah.",
            "Beberapa badan publik masih terlambat memberikan pemberitahuan tertulis sehingga "
            "berujung pada keberatan dan sengketa informasi di Komisi Informasi.",
            "PPID KPU Provinsi Sumatera Selatan menyampaikan pengalaman penanganan keberatan dan "
            "pentingnya uji konsekuensi sebelum menolak permintaan informasi.",
            "Perlu penyeragaman format register permohonan dan register keberatan antaranggota "
            "forum.",
        ],
        justify=True,
    )
    doc.say("Kesimpulan dan Tindak Lanjut:", font=doc.f("b"), after=2)
    follow_up = (
        "Setiap PPID memperbarui Daftar Informasi Publik paling lambat akhir triwulan "
        "berjalan.|Sekretariat forum menyusun draf format register bersama."
    )
    doc.items(follow_up.split("|"), marker="a.", justify=True, after=10)
    date_text = f"Palembang, {long_date(d)}"
    doc.say(date_text, x=RIGHT - 190, after=4)
    top = doc.y
    sign(doc, LEFT, ["Mengetahui,", "Pimpinan Rapat,"], chair, size=10)
    sign(doc, RIGHT - 190, ["Notulis,"], secretary, y=top - 13, size=10, bold=False)
    if g.chance(0.6):
        doc.new_page()
        doc.y = PAGE_H - 70
        doc.say("DAFTAR HADIR", font=doc.f("b"), size=12, **centre)
        doc.say(meeting, size=9.5, after=2, **centre)
        agencies = words(
            "PPID KPU Provinsi Sumatera Selatan, Bawaslu Provinsi Sumatera Selatan, "
            "Komisi Informasi Provinsi Sumatera Selatan, Dinas Kesehatan Provinsi, "
            "Biro Hukum Setda Provinsi, Dinas Pendidikan Provinsi, BPKAD Provinsi"
        )
        names = g.people_names(len(agencies))
        start, row_h = doc.y, 9.2 + 2 * 4 + 2  # one-line rows of table(): size + padding + rule
        table_rows = [["No", "Nama", "Instansi", "Tanda Tangan"]]
        table_rows += [[str(i + 1), names[i], agency, ""] for i, agency in enumerate(agencies)]
        table(doc, [26, 170, 190, TEXT_W - 386], table_rows, size=9.2)
        for i in range(1, len(agencies) + 1):
            doc.signature(LEFT + 400, start - (i + 1) * row_h + 6, width=40, height=0.35)
    return Built(doc, letter_truth(None, d, None, body), [date_text])


def m_kiinvite(g: Gen) -> Built:
    """KI invitation to a socialisation on keterbukaan informasi; page 2 is the RSVP form."""
    r, d = g.r, g.letter_date()
    doc = Doc(r, g.any("times|dvserif|helv|century"), 10.6)
    ki_kop(doc)
    number = g.ki_letter_number(d)
    subject = g.any(
        "Undangan Sosialisasi Keterbukaan Informasi Publik | Undangan Bimbingan "
        "Teknis Penanganan Keberatan dan Sengketa Informasi"
    )
    event = subject.replace("Undangan ", "")
    date_text = f"Palembang, {long_date(d)}"
    rows = [("Nomor", number), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar")]
    head_rows(doc, [*rows, ("Hal", subject)], right=date_text)
    doc.lines("Yth. Ketua KPU Provinsi Sumatera Selatan|di Palembang", after=10)
    doc.write(
        "Dalam rangka meningkatkan pemahaman badan publik terhadap kewajiban pelayanan "
        "informasi, pengelolaan keberatan, dan penyelesaian sengketa informasi publik, "
        "Komisi Informasi Provinsi Sumatera Selatan mengundang Bapak/Ibu untuk menugaskan 2 "
        "(dua) orang pejabat/staf PPID mengikuti kegiatan yang akan dilaksanakan pada:",
        justify=True,
        indent=26,
        after=2,
    )
    when = working_days_after(d, r.randint(5, 15))
    venue = g.any("Hotel Aryaduta Palembang|Ballroom Hotel Swarna Dwipa|Auditorium Bina Praja")
    rows = [("Hari/Tanggal", day_date(when)), ("Pukul", "08.30 WIB s.d. selesai")]
    doc.rows([*rows, ("Tempat", venue), ("Acara", event)], x=LEFT + 40, label_w=90, after=4)
    contact = g.person(titled=0.1)
    doc.write(
        "Konfirmasi kehadiran disampaikan dengan mengisi formulir terlampir paling lambat "
        f"tiga hari sebelum kegiatan kepada narahubung {contact.name} ({contact.phone}).",
        justify=True,
        indent=26,
    )
    doc.write(
        "Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan terima "
        "kasih.",
        indent=26,
        after=14,
    )
    sign(doc, RIGHT - 200, ["Ketua,"], g.people_names(1)[0], seal=KI_SEAL)
    doc.new_page()
    doc.y = PAGE_H - 80
    centre = {"x": PAGE_W / 2, "align": "c"}
    doc.say("FORMULIR KONFIRMASI KEHADIRAN", font=doc.f("b"), size=13, **centre)
    doc.say(event, size=10, after=20, **centre)
    blanks = "Nama Instansi|Nama Peserta 1|Jabatan|Nomor HP|Nama Peserta 2|Jabatan|Nomor HP|Surel"
    for label in blanks.split("|"):
        doc.text(LEFT, doc.y, label)
        doc.text(LEFT + 120, doc.y, ":")
        doc.dotted(LEFT + 128, RIGHT, doc.y - 2)
        doc.skip(24)
    doc.write(
        "Formulir dikirim kembali ke Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan "
        f"paling lambat {long_date(working_days_before(when, 3))}.",
        font=doc.f("i"),
        size=9.5,
    )
    return Built(doc, letter_truth(number, d, subject, KI_NAME), [date_text])


def m_pengaduan(g: Gen) -> Built:
    """A citizen's handwritten complaint about a polling officer, on lined folio paper."""
    r, d = g.r, g.letter_date()
    p = g.person(titled=0.05)
    doc = Doc(r, "helv", 10)
    step, top = 21.0, PAGE_H - 64
    for i in range(int((top - 40) / step)):
        doc.line(30, top - i * step, PAGE_W - 30, top - i * step, 0.5, Color(0.55, 0.7, 0.9))
    doc.line(62, PAGE_H - 20, 62, 20, 0.8, Color(0.9, 0.45, 0.45))
    ink, size = INKS[g.any("blue|black|darkblue")], r.uniform(13, 14.5)
    date_text = written_date(d, g.any("long|dash|slash"))
    subject = g.any(
        "Pengaduan Petugas KPPS|Pengaduan terhadap Anggota PPS|Laporan Pengaduan Masyarakat"
    )
    lines = [(330, f"Palembang, {date_text}"), (0, ""), (70, f"Perihal : {subject}"), (0, "")]
    opening = (
        "Kepada Yth.|Ketua KPU Provinsi Sumatera Selatan|di Palembang|Dengan hormat,|"
        "Saya yang bertanda tangan di bawah ini:"
    )
    lines += [(70, text) for text in opening.split("|")]
    width = PAGE_W - 150
    identity = (("Nama", p.name), ("NIK", p.nik), ("Alamat", p.address), ("No. HP", p.phone))
    for label, value in identity:
        first, *rest = doc.wrap(f"{label} : {value}", width * 0.85, HAND, size)
        lines += [(90, first)] + [(150, text) for text in rest]
    body = (
        f"Dengan ini menyampaikan pengaduan terhadap seorang petugas KPPS di TPS "
        f"{r.randint(1, 40):03d} Kelurahan {p.kel} yang menurut saya tidak netral dan "
        "mengarahkan warga lanjut usia untuk memilih calon tertentu. Kejadian ini sudah saya "
        "sampaikan secara lisan tetapi belum ada tindak lanjut. Saya mohon pengaduan ini "
        "diproses dan saya diberi informasi mengenai hasil tindak lanjutnya."
    )
    first, *rest = doc.wrap(body, width * 0.86, HAND, size, 30)
    lines += [(100, first)] + [(70, text) for text in rest]
    lines += [(100, "Atas perhatian Bapak saya ucapkan terima kasih."), (330, "Hormat saya,")]
    lines += [(0, ""), (0, ""), (330, p.name)]
    for i, (x, text) in enumerate(lines):
        if text:
            doc.hand(x, top - i * step + 3, text, size=size, ink=ink)
    doc.signature(340, top - (len(lines) - 2.6) * step, ink=ink)
    truth = letter_truth(None, d, subject, None)
    return Built(doc, truth, [date_text], scan_only=True)


def m_sengketapemilu(g: Gen) -> Built:
    """KPU RI surat dinas on election-process disputes, with a blank lampiran table."""
    r, d = g.r, g.letter_date()
    doc = Doc(r, g.any("times|bookman|dvserif"), 10.5)
    sub = (
        "Jalan Imam Bonjol Nomor 29, Menteng, Jakarta Pusat 10310",
        "Telepon (021) 3193 7223 - Laman: www.kpu.go.id",
    )
    kop = [("KOMISI PEMILIHAN UMUM", 14), ("REPUBLIK INDONESIA", 13)]
    letterhead(doc, kop, sub=sub, logo="shield")
    number = f"{r.randint(100, 1800)}/HK.03-SD/{r.randint(1, 7):02d}/{d.year}"
    subject = g.any(
        "Permintaan Laporan Penanganan Sengketa Proses Pemilihan Tahun 2024 | Tindak "
        "Lanjut Putusan Penyelesaian Sengketa Proses dan Permohonan Keberatan"
    )
    date_text = f"Jakarta, {long_date(d)}"
    rows = [("Nomor", number), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas")]
    head_rows(doc, [*rows, ("Hal", subject)], right=date_text)
    doc.lines("Yth. Ketua KPU Provinsi|se-Indonesia|di Tempat", after=10)
    bawaslu = f"{r.randint(1, 40):03d}/PS.REG/16/{d.year - 2}"
    doc.items(
        [
            "Dalam rangka evaluasi penyelenggaraan Pemilihan Serentak Tahun 2024, KPU melakukan "
            "inventarisasi penanganan sengketa proses pemilihan di Bawaslu serta permohonan "
            "keberatan dan sengketa di pengadilan.",
            f"Sebagai contoh, sengketa dengan Nomor Register {bawaslu} telah diputus dan "
            "ditindaklanjuti oleh KPU Provinsi yang bersangkutan; data sejenis diperlukan dari "
            "setiap provinsi.",
            "KPU Provinsi diminta mengisi format terlampir, termasuk nomor register permohonan, "
            "pokok sengketa, amar putusan, dan tindak lanjutnya, serta mengoordinasikan pengisian "
            "oleh KPU Kabupaten/Kota.",
            f"Laporan disampaikan paling lambat {long_date(working_days_after(d, 15))} melalui "
            "surel hukum@kpu.go.id.",
        ],
        justify=True,
        gap=4,
    )
    doc.write("Demikian disampaikan untuk dilaksanakan.", after=14)
    sign(doc, RIGHT - 200, ["Ketua,"], g.pick(OFFICIALS))
    doc.new_page()
    doc.y = PAGE_H - 66
    doc.lines(f"Lampiran Surat Dinas Nomor {number}|Tanggal {long_date(d)}", size=9, after=16)
    title = "FORMAT LAPORAN PENANGANAN SENGKETA PROSES PEMILIHAN"
    doc.say(title, x=PAGE_W / 2, font=doc.f("b"), size=11, align="c", after=4)
    head = ["No", "Nomor Register", "Pemohon", "Pokok Sengketa", "Amar Putusan", "Tindak Lanjut"]
    table(
        doc,
        [24, 80, 80, 100, 90, TEXT_W - 374],
        [head] + [[str(i), "", "", "", "", ""] for i in range(1, 9)],
        size=8.5,
    )
    sender = "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"
    return Built(doc, letter_truth(number, d, subject, sender), [date_text])


# The layouts of each class, used round-robin; a layout's name is its function's ("p_press" is
# "P-press").
LAYOUTS: dict[str, list[Callable[[Gen], Built]]] = {
    "permohonan_informasi": [p_questions, p_party, p_press, p_kuasa, p_handform, p_boxgrid],
    "keberatan": [k_coalition, k_handform, k_screenshot, k_chronology, k_kuasa],
    "sengketa": [s_penetapan, s_risalah, s_tanggapan, s_ptun, s_kimail],
    "surat_masuk": [m_kesbangpol, m_datarequest, m_disposisi, m_notulen, m_kiinvite],
}
LAYOUTS["permohonan_informasi"].append(p_chatexport)
LAYOUTS["surat_masuk"] += [m_pengaduan, m_sengketapemilu]


def layout_name(build: Callable[[Gen], Built]) -> str:
    kind, _, rest = build.__name__.partition("_")
    return f"{kind.upper()}-{rest}"


# --------------------------------------------------------------------------------------------
# Scans
# --------------------------------------------------------------------------------------------

P_DIGITAL = 0.475  # for layouts that can be born digital; about 40 % of all letters overall
STAMP_INKS = {
    "blue": (40, 62, 170),
    "violet": (112, 52, 150),
    "red": (188, 40, 52),
    "green": (30, 110, 72),
}
NOTE_INKS = ((25, 45, 150), (180, 30, 40), (22, 22, 32), (20, 110, 60))
NOTES = (
    ("Yth. Kabag Teknis & Hupmas", "mohon ditindaklanjuti"),
    ("PPID: proses sesuai SOP", "lapor ke saya"),
    ("Segera dibahas", "dgn Divisi Hukum"),
    ("Arsip / tindak lanjuti",),
    ("Ke PPID Pelaksana", "cek register"),
)
_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(path: Path, size: float) -> ImageFont.FreeTypeFont:
    key = (str(path), max(6, int(size)))
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(path), key[1])
    return _FONTS[key]


def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def ink_layer(size: tuple[int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer)


def paste_ink(
    page: Image.Image,
    layer: Image.Image,
    spots: list[tuple[float, float]],
    g: Gen,
    nrng: np.random.Generator,
    angle: float,
) -> None:
    """Paste an ink layer, turned by `angle` and as blotchy as a rubber stamp, at the first of
    the candidate spots (fractions of the page) where it covers almost nothing already printed;
    else where it covers least."""
    layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    rgba = np.asarray(layer).copy()
    rgba[..., 3] = (rgba[..., 3] * nrng.uniform(0.55, 1.0, rgba.shape[:2])).astype(np.uint8)
    layer = Image.fromarray(rgba, "RGBA")
    small = np.asarray(page.convert("L").reduce(4)) < 160
    best: tuple[float, tuple[int, int]] = (2.0, (0, 0))
    for fx, fy in spots:
        x = int(min(max(fx + g.r.uniform(-0.02, 0.02), 0), 1) * (page.width - layer.width))
        y = int(min(max(fy + g.r.uniform(-0.01, 0.01), 0), 1) * (page.height - layer.height))
        ink = small[y // 4 : (y + layer.height) // 4, x // 4 : (x + layer.width) // 4].mean()
        best = min(best, (float(ink), (x, y)))
        if ink < 0.01:
            break
    page.paste(layer, best[1], layer)


def received_stamp(
    page: Image.Image, g: Gen, nrng: np.random.Generator, dpi: int, received: date
) -> dict[str, object]:
    """The desk's "DITERIMA" box stamp in coloured ink, date stamped or written in by hand."""
    s = dpi / 72
    w, h = int(160 * s), int(78 * s)
    layer, draw = ink_layer((w + 8, h + 8))
    name = g.pick(sorted(STAMP_INKS))
    colour = (*STAMP_INKS[name], 225)
    line = max(2, int(1.6 * s))
    draw.rectangle((3, 3, w, h), outline=colour, width=line)
    draw.rectangle(
        (3 + 3 * line, 3 + 3 * line, w - 3 * line, h - 3 * line),
        outline=colour,
        width=max(1, line // 2),
    )
    bold = DEJAVU / "DejaVuSans-Bold.ttf"
    regular = DEJAVU / "DejaVuSans.ttf"
    draw.text((w / 2, 10 * s), "DITERIMA", font=pil_font(bold, 15 * s), fill=colour, anchor="mt")
    draw.text(
        (w / 2, 28 * s),
        "KPU PROVINSI SUMATERA SELATAN",
        font=pil_font(bold, 6.2 * s),
        fill=colour,
        anchor="mt",
    )
    draw.text((14 * s, 42 * s), "Tgl :", font=pil_font(regular, 8 * s), fill=colour)
    draw.text((14 * s, 57 * s), "Jam :", font=pil_font(regular, 8 * s), fill=colour)
    draw.text((104 * s, 57 * s), "Paraf", font=pil_font(regular, 7 * s), fill=colour)
    stamped = g.chance(0.5)
    pen = (25, 35, 90, 235)
    if stamped:
        day = written_date(received, "dash")
        draw.text((40 * s, 42 * s), day, font=pil_font(regular, 8.5 * s), fill=colour)
    else:
        day = written_date(received, "slash")
        draw.text((40 * s, 38 * s), day, font=pil_font(HAND_TTF, 12 * s), fill=pen)
    clock = f"{g.r.randint(8, 15):02d}.{g.r.randint(0, 59):02d}"
    draw.text((40 * s, 53 * s), clock, font=pil_font(HAND_TTF, 12 * s), fill=pen)
    # top right over the margin, top left, low left, low right, right margin midway
    spots = [(1.0, 0.01), (0.97, 0.03), (0.02, 0.01), (0.05, 0.85), (0.95, 0.88), (1.0, 0.5)]
    paste_ink(page, layer, spots, g, nrng, g.r.uniform(-9, 9))
    return {"text": "DITERIMA", "date": received.isoformat(), "ink": name}


def margin_note(page: Image.Image, g: Gen, nrng: np.random.Generator, dpi: int, when: date) -> str:
    """A handwritten disposition in the margin: an instruction, a day/month and a paraf."""
    s = dpi / 72
    lines = list(g.pick(NOTES))
    lines.append(f"{when.day}/{when.month}  " + g.pick(("ttd", "paraf", "")))
    font = pil_font(HAND_TTF, g.r.uniform(13, 16) * s)
    w = int(max(font.getlength(t) for t in lines) + 20 * s)
    h = int(len(lines) * 18 * s + 10 * s)
    layer, draw = ink_layer((w, h))
    ink = (*g.pick(NOTE_INKS), 235)
    for i, text in enumerate(lines):
        draw.text((4 * s + g.r.uniform(0, 8) * s, 4 * s + i * 18 * s), text, font=font, fill=ink)
    spots = [(0.05, 0.9), (0.6, 0.95), (0.02, 0.6), (0.02, 0.02), (0.98, 0.7)]
    paste_ink(page, layer, g.sample(spots[:2], 2) + spots[2:], g, nrng, g.r.uniform(-6, 6))
    return " / ".join(lines)


def degrade(
    page: Image.Image, g: Gen, nrng: np.random.Generator, dpi: int, *, mode: str, rotation: int
) -> tuple[Image.Image, dict[str, object]]:
    """Paper, light, skew, blur, noise and orientation of one scanned page."""
    r = g.r
    scale = dpi / 200
    arr = np.asarray(page, dtype=np.float32)
    h, w = arr.shape[:2]
    tint = np.array([1.0, r.uniform(0.975, 1.0), r.uniform(0.93, 0.99)], dtype=np.float32)
    gx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    light = (
        r.uniform(0.9, 1.0)
        - r.uniform(0, 0.06) * gx * r.choice((-1, 1))
        - r.uniform(0, 0.08) * gy * gy
    )
    arr = arr * (light[..., None] * tint)
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    skew = round(r.uniform(-0.3, 0.3) if r.random() < 0.2 else r.uniform(-2, 2), 2)
    fill = (55, 55, 58) if r.random() < 0.1 else (246, 246, 244)
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    blur = round(r.uniform(0.25, 1.0) * (0.7 if mode == "bitonal" else 1.0), 2)
    page = page.filter(ImageFilter.GaussianBlur(blur * scale))
    if mode != "rgb":
        page = page.convert("L")
    sigma = round(r.uniform(1.5, 4.5) if mode == "bitonal" else r.uniform(2.5, 10), 1)
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + nrng.standard_normal(arr.shape, dtype=np.float32) * sigma
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), page.mode)
    if mode == "bitonal":
        threshold = r.randint(140, 172)
        page = page.point(lambda v: 255 if v > threshold else 0).convert("1")
    if rotation:
        page = page.rotate(rotation, expand=True)
    return page, {"skew_deg": skew, "blur_px": blur, "noise_sigma": sigma, "rotation": rotation}


def jpeg_bytes(page: Image.Image, quality: int, dpi: int) -> bytes:
    out = io.BytesIO()
    page.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue()


def write_scan(
    pdf: bytes, g: Gen, nrng: np.random.Generator, out: Path, ident: str, letter_date: date
) -> tuple[str, int, dict[str, object]]:
    """Render, degrade and save a scanned letter; returns file name, dpi and the scan record."""
    r = g.r
    dpi = r.choice((200, 200, 300))
    pages = render(pdf, dpi)
    if len(pages) > 1:
        fmt = g.pick(("pdf", "pdf", "pdf", "tif", "tif"))
    else:
        fmt = g.pick(("pdf", "pdf", "jpg", "jpg", "png", "png", "tif"))
    if fmt == "tif":
        mode = "bitonal" if r.random() < 0.75 else "gray"
    else:
        mode = "rgb" if r.random() < 0.5 else "gray"
    quality = r.randint(45, 88) if fmt in ("jpg", "pdf") else None
    stamp = note = None
    received = working_days_after(letter_date, r.randint(1, 6))
    if r.random() < 0.45:
        stamp = received_stamp(pages[0], g, nrng, dpi, received)
    if r.random() < 0.25:
        note = margin_note(pages[0], g, nrng, dpi, working_days_after(received, r.randint(0, 2)))
    roll = r.random()
    rotation = 180 if roll < 0.05 else (g.pick((90, 270)) if roll < 0.1 else 0)
    done, metas = [], []
    for i, page in enumerate(pages):
        page_rotation = rotation if i == 0 or r.random() < 0.5 else 0
        page, meta = degrade(page, g, nrng, dpi, mode=mode, rotation=page_rotation)
        done.append(page)
        metas.append(meta)
    name = f"{ident}.{fmt}"
    path = out / name
    if fmt == "png":
        done[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "jpg":
        done[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif fmt == "tif":
        compression = "group4" if mode == "bitonal" else "tiff_lzw"
        done[0].save(
            path,
            "TIFF",
            save_all=True,
            append_images=done[1:],
            compression=compression,
            dpi=(dpi, dpi),
        )
    else:
        assert quality is not None
        layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        jpegs = [jpeg_bytes(page, quality, dpi) for page in done]
        # the internal engine writes no random document ID: same seed, same bytes
        engine = img2pdf.Engine.internal
        path.write_bytes(img2pdf.convert(jpegs, layout_fun=layout, nodate=True, engine=engine))
    scan = {
        "format": fmt,
        "colour": mode,
        "jpeg_quality": quality,
        "stamp": stamp,
        "margin_note": note,
        "pages": metas,
    }
    return name, dpi, scan


# --------------------------------------------------------------------------------------------
# Truth, self-check and the driver
# --------------------------------------------------------------------------------------------


def occurs(value: str, text: str, free: bool) -> bool:
    value = norm(value)
    if value in text:
        return True
    return free and (value[:1].lower() + value[1:] in text or value[:1].upper() + value[1:] in text)


def check_truth(
    ident: str, fields: dict[str, str | None], pages: list[str], literals: list[str]
) -> None:
    """Every textual truth value (and the date as written) must be on the page as drawn."""
    text = norm(" ".join(pages))
    missing = []
    for key, value in fields.items():
        if value is None or key in CODED:
            continue
        parts = value.split("; ") if key == "information_requested" else [value]
        free = key in ("information_requested", "purpose")
        missing += [f"{key}={part!r}" for part in parts if not occurs(part, text, free)]
    missing += [f"literal={lit!r}" for lit in literals if norm(lit) not in text]
    if missing:
        raise AssertionError(f"{ident}: not on the page: " + ", ".join(missing))


def make_letter(job: tuple[str, int, int]) -> dict[str, object]:
    out, k, seed = job
    rng = random.Random(f"blind-corpus:{seed}:{k}")
    nrng = np.random.default_rng([seed, k])
    g = Gen(rng)
    cls = CLASSES[k % len(CLASSES)]
    layouts = LAYOUTS[cls]
    position = k // len(CLASSES)
    build = layouts[position % len(layouts)]
    layout = layout_name(build)
    built = build(g)
    pdf, pages = built.doc.finish()
    ident = f"b_{k + 1:04d}"
    check_truth(ident, built.fields, pages, built.literals)
    # The j-th letter of a layout is born digital when frac(phase + j * P) < P: a share of P
    # of each layout, spread evenly, with a phase that differs by layout and seed.
    phase = (position % len(layouts) * 0.618 + seed * 0.377) % 1
    j = position // len(layouts)
    scan = built.scan_only or (phase + j * P_DIGITAL) % 1 >= P_DIGITAL
    scan_record = None
    if scan:
        letter_date = date.fromisoformat(str(built.fields["letter_date"]))
        name, dpi, scan_record = write_scan(pdf, g, nrng, Path(out), ident, letter_date)
    else:
        name, dpi = f"{ident}.pdf", None
        (Path(out) / name).write_bytes(pdf)
    record = {"id": ident, "files": [name], "class": cls, "layout": layout, "heldout": False}
    record |= {"rendition": "scan" if scan else "digital", "pages": len(pages), "dpi": dpi}
    record |= {"fields": built.fields, "page_text": pages}
    if scan_record is not None:
        record["scan"] = scan_record
    return record


def main(argv: list[str]) -> None:
    if len(argv) != 4:
        raise SystemExit("usage: make_blind_corpus.py OUTDIR N SEED")
    out, n, seed = Path(argv[1]), int(argv[2]), int(argv[3])
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    register_fonts()
    jobs = [(str(out), k, seed) for k in range(n)]
    context = multiprocessing.get_context("fork")
    with context.Pool(min(2, multiprocessing.cpu_count())) as pool:
        records = list(pool.imap(make_letter, jobs, chunksize=1))
    with (out / "truth.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for record in records:
        key = f"{record['class']:<22}{record['layout']:<18}{record['rendition']}"
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(f"{key:<48}{counts[key]:>4}")
    digital = sum(record["rendition"] == "digital" for record in records)
    print(
        f"{n} letters ({digital} digital, {n - digital} scans) in {out}; "
        f"{time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main(sys.argv)

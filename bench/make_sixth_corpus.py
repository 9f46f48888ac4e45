"""Sixth test corpus for Arsip PPID: letters the pipeline has never seen.

    python bench/make_sixth_corpus.py OUT_DIR N SEED

writes N letters into OUT_DIR and OUT_DIR/truth.jsonl (one JSON object per letter, the format of
../shared/sample/truth.jsonl plus a `handwritten` flag).  The same SEED gives the same corpus.

What the corpus holds (written blind, from domain.md, the extraction contract of DESIGN.md and the
sample only):
  * four classes in fixed shares: ~40 % permohonan_informasi, 20 % keberatan, 10 % sengketa and
    30 % surat_masuk, spread over 31 layouts (LAYOUTS below): e-mail client printouts, e-PPID web
    form printouts, letters with numbered lists or tables of requested items, prose-only identities,
    student letters on a campus letterhead endorsed by a supervisor, law firms acting for a client
    (kuasa), NGOs and companies as applicants, hand-filled forms and hand-written notes, faxed
    multi-page letters with a KTP copy, free objection letters, Komisi Informasi summons / mediation
    notices / registrations, and ordinary mail (invitations, circulars, Bawaslu, Pemprov, bank
    statements, news clippings, nota dinas, lembar disposisi, KPU kabupaten/kota data deliveries);
  * about a third born-digital PDFs with a text layer (reportlab), the rest scans (Pillow) at 200 or
    300 dpi with skew, blur, noise, faded ink, JPEG artefacts, sometimes a page turned 90/180/270
    degrees, saved as PNG, JPEG, multi-page TIFF or image-only PDF; hand-written letters are always
    scans.  Stamps, paraf, received stamps and hand-written margin notes appear on scans.

Truth conventions (where domain.md is silent):
  * fields hold the value as printed (phones, NIK, names with degrees, no Bapak/Ibu/Sdr.);
    lists/tables of requested items are joined with "; "; letter_date is the letter's own date
    (e-mail: the Date header; web form: the submission date; clipping: the edition date);
  * a body (NGO, company) asking in its own name is the applicant: applicant_name is the body's name
    as written in the letter's body, address/phone/e-mail are the body's; a law firm acting under a
    surat kuasa is only the kuasa: the applicant is the client, contact fields stay null unless the
    client's own are given; sender_org is the first name line of the letterhead (or the sending
    body named in a header);
  * on a lembar disposisi the fields are those of the letter it carries (Surat dari, Nomor, Tanggal,
    Hal); on request / objection forms letter_number is the registration number printed on them;
  * `handwritten` is true when the field values are written by hand (margin notes alone do \
not count).
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

# --------------------------------------------------------------------------------------------
# fonts: reportlab names -> files Pillow can load with the same metrics
# --------------------------------------------------------------------------------------------
URW = "/usr/share/fonts/opentype/urw-base35/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
PIL_FONTS = {
    "Helvetica": URW + "NimbusSans-Regular.otf",
    "Helvetica-Bold": URW + "NimbusSans-Bold.otf",
    "Helvetica-Oblique": URW + "NimbusSans-Italic.otf",
    "Times-Roman": URW + "NimbusRoman-Regular.otf",
    "Times-Bold": URW + "NimbusRoman-Bold.otf",
    "Times-Italic": URW + "NimbusRoman-Italic.otf",
    "Courier": URW + "NimbusMonoPS-Regular.otf",
    "Courier-Bold": URW + "NimbusMonoPS-Bold.otf",
    "DejaVuSans": DEJAVU + "DejaVuSans.ttf",
    "DejaVuSans-Bold": DEJAVU + "DejaVuSans-Bold.ttf",
    "DejaVuSerif": DEJAVU + "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": DEJAVU + "DejaVuSerif-Bold.ttf",
    "DejaVuCond": DEJAVU + "DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
    # hand-writing: Daniel Kahn Gillmor's hand and URW Zapf Chancery (Pillow only: scans only)
    "Hand1": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Hand2": URW + "Z003-MediumItalic.otf",
}
TTF_FOR_REPORTLAB = [
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSerif",
    "DejaVuSerif-Bold",
    "DejaVuCond",
    "DejaVuCond-Bold",
    "Hand1",
]
HAND_FONTS = ("Hand1", "Hand2")
# families: (regular, bold, italic)
FAMILIES = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "mono": ("Courier", "Courier-Bold", "Courier"),
    "dvsans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans"),
    "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif"),
    "cond": ("DejaVuCond", "DejaVuCond-Bold", "DejaVuCond"),
}

_registered = False


def register_fonts() -> None:
    global _registered
    if not _registered:
        for name in TTF_FOR_REPORTLAB:
            pdfmetrics.registerFont(TTFont(name, PIL_FONTS[name]))
        _registered = True


_pil_cache: dict = {}


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, max(4, round(px)))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(PIL_FONTS[name], key[1])
    return _pil_cache[key]


def text_width(s: str, font: str, size: float) -> float:
    if font in HAND_FONTS:
        return pil_font(font, 100).getlength(s) * size / 100.0
    register_fonts()
    return pdfmetrics.stringWidth(s, font, size)


# --------------------------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------------------------
MONTHS = [
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
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# code -> (kab/kota label on KTP, town used in addresses, area code,
#          [(kecamatan, [kelurahan/desa])])
REGIONS = {
    "1671": (
        "KOTA PALEMBANG",
        "Palembang",
        "0711",
        [
            ("Ilir Barat I", ["Lorok Pakjo", "Bukit Lama", "26 Ilir D. I", "Siring Agung"]),
            ("Ilir Timur I", ["20 Ilir D. IV", "Sungai Pangeran", "Kepandean Baru"]),
            ("Ilir Timur II", ["3 Ilir", "Duku", "Lawang Kidul"]),
            ("Seberang Ulu I", ["1 Ulu", "7 Ulu", "Tuan Kentang"]),
            ("Plaju", ["Plaju Ulu", "Bagus Kuning", "Talang Putri"]),
            ("Kemuning", ["Sekip Jaya", "Pipa Reja", "Talang Aman"]),
            ("Sukarami", ["Sukajaya", "Kebun Bunga", "Talang Betutu"]),
            ("Kalidoni", ["Sei Selincah", "Bukit Sangkal", "Kalidoni"]),
            ("Sako", ["Sako", "Sialang", "Sukamaju"]),
            ("Kertapati", ["Kemas Rindo", "Ogan Baru", "Karya Jaya"]),
            ("Alang-Alang Lebar", ["Talang Kelapa", "Srijaya", "Karya Baru"]),
            ("Bukit Kecil", ["Talang Semut", "26 Ilir", "19 Ilir"]),
            ("Jakabaring", ["15 Ulu", "Silaberanti", "8 Ulu"]),
            ("Gandus", ["Pulokerto", "Karang Jaya", "36 Ilir"]),
        ],
    ),
    "1601": (
        "KABUPATEN OGAN KOMERING ULU",
        "Baturaja",
        "0735",
        [
            ("Baturaja Timur", ["Kemalaraja", "Sukaraya", "Baturaja Lama"]),
            ("Baturaja Barat", ["Air Gading", "Sekar Jaya", "Talang Jawa"]),
        ],
    ),
    "1602": (
        "KABUPATEN OGAN KOMERING ILIR",
        "Kayuagung",
        "0712",
        [
            ("Kayuagung", ["Kutaraya", "Perigi", "Sukadana", "Jua-Jua"]),
            ("Tanjung Lubuk", ["Tanjung Lubuk", "Kota Raya"]),
        ],
    ),
    "1603": (
        "KABUPATEN MUARA ENIM",
        "Muara Enim",
        "0734",
        [
            ("Muara Enim", ["Pasar II", "Pasar I", "Air Lintang"]),
            ("Lawang Kidul", ["Tanjung Enim", "Pasar Tanjung Enim"]),
        ],
    ),
    "1604": (
        "KABUPATEN LAHAT",
        "Lahat",
        "0731",
        [
            ("Lahat", ["Pasar Baru", "Bandar Agung", "Talang Jawa Selatan"]),
            ("Merapi Barat", ["Merapi", "Lebak Budi"]),
        ],
    ),
    "1605": (
        "KABUPATEN MUSI RAWAS",
        "Muara Beliti",
        "0733",
        [
            ("Muara Beliti", ["Muara Beliti Baru", "Pasar Muara Beliti"]),
            ("Tugumulyo", ["Tugumulyo", "Wonorejo"]),
        ],
    ),
    "1606": (
        "KABUPATEN MUSI BANYUASIN",
        "Sekayu",
        "0714",
        [("Sekayu", ["Balai Agung", "Serasan Jaya", "Kayuara", "Soak Baru"])],
    ),
    "1607": (
        "KABUPATEN BANYUASIN",
        "Pangkalan Balai",
        "0711",
        [
            ("Banyuasin III", ["Pangkalan Balai", "Kedondong Raye"]),
            ("Talang Kelapa", ["Sukajadi", "Kenten"]),
        ],
    ),
    "1608": (
        "KABUPATEN OGAN KOMERING ULU TIMUR",
        "Martapura",
        "0735",
        [
            ("Martapura", ["Pasar Martapura", "Veteran Jaya", "Terukis Rahayu"]),
            ("Belitang", ["Gumawang", "Sidogede"]),
        ],
    ),
    "1609": (
        "KABUPATEN OGAN KOMERING ULU SELATAN",
        "Muaradua",
        "0735",
        [("Muaradua", ["Pasar Muaradua", "Bumi Agung", "Batu Belang Jaya"])],
    ),
    "1610": (
        "KABUPATEN OGAN ILIR",
        "Indralaya",
        "0711",
        [
            ("Indralaya", ["Indralaya Raya", "Indralaya Mulya", "Timbangan"]),
            ("Tanjung Raja", ["Tanjung Raja Timur", "Tanjung Raja Utara"]),
        ],
    ),
    "1611": (
        "KABUPATEN EMPAT LAWANG",
        "Tebing Tinggi",
        "0702",
        [("Tebing Tinggi", ["Pasar Tebing Tinggi", "Tanjung Kupang", "Jayaloka"])],
    ),
    "1612": (
        "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
        "Pendopo",
        "0713",
        [("Talang Ubi", ["Talang Ubi Timur", "Talang Ubi Barat", "Handayani Mulya"])],
    ),
    "1613": (
        "KABUPATEN MUSI RAWAS UTARA",
        "Rupit",
        "0733",
        [("Rupit", ["Muara Rupit", "Beringin Jaya"])],
    ),
    "1672": (
        "KOTA PAGAR ALAM",
        "Pagar Alam",
        "0730",
        [
            ("Pagar Alam Utara", ["Pagar Alam", "Bangun Rejo", "Alun Dua"]),
            ("Dempo Tengah", ["Burung Dinang", "Jokoh"]),
        ],
    ),
    "1673": (
        "KOTA LUBUK LINGGAU",
        "Lubuklinggau",
        "0733",
        [
            ("Lubuklinggau Utara II", ["Megang", "Puncak Kemuning", "Jogoboyo"]),
            ("Lubuklinggau Barat I", ["Watervang", "Cereme Taba"]),
        ],
    ),
    "1674": (
        "KOTA PRABUMULIH",
        "Prabumulih",
        "0713",
        [
            ("Prabumulih Timur", ["Gunung Ibul", "Prabujaya", "Muntang Tapus"]),
            ("Prabumulih Utara", ["Muara Dua", "Wonosari"]),
        ],
    ),
}
REGION_WEIGHTS = {"1671": 10}

STREETS_PLG = [
    "Jl. Demang Lebar Daun",
    "Jl. Basuki Rahmat",
    "Jl. Kapten A. Rivai",
    "Jl. Merdeka",
    "Jl. Kolonel H. Burlian",
    "Jl. Sultan Mahmud Badaruddin II",
    "Jl. Angkatan 45",
    "Jl. Letnan Murod",
    "Jl. Srijaya Negara",
    "Jl. Inspektur Marzuki",
    "Jl. Bay Salim",
    "Jl. Macan Lindungan",
    "Jl. Residen Abdul Rozak",
    "Jl. Mayor Ruslan",
    "Jl. Veteran",
    "Jl. KH. Ahmad Dahlan",
    "Jl. Rajawali",
    "Jl. Sukabangun II",
    "Lr. Pendawa",
    "Lr. Kebun Sirih",
    "Jl. Tanjung Api-Api",
    "Jl. Pangeran Ratu",
    "Jl. Kemas Rindo",
]
STREETS_GEN = [
    "Jl. Jenderal Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Lintas Sumatera",
    "Jl. Pahlawan",
    "Jl. Diponegoro",
    "Jl. Kartini",
    "Jl. Padat Karya",
    "Jl. Merdeka",
    "Jl. Veteran",
    "Jl. Garuda Hitam",
    "Jl. Yos Sudarso",
    "Jl. Depati Said",
    "Jl. Dr. Moh. Hatta",
    "Jl. Kol. Atmo",
    "Jl. Bhayangkara",
    "Jl. Raya Desa",
    "Jl. Lingkar Selatan",
    "Jl. Pramuka",
    "Jl. Sudirman Gg. Mawar",
    "Jl. Serma Somad",
]
STREET_EXTRAS = [
    "",
    "",
    "",
    " Blok C",
    " Komp. Griya Asri",
    " Lr. Damai",
    " Perum Bukit Sejahtera",
    " Gg. Melati",
    " Blok F-12",
    " Komp. Pertamina",
]

BIRTH_PLACES = [
    "PALEMBANG",
    "BATURAJA",
    "LAHAT",
    "MUARA ENIM",
    "KAYUAGUNG",
    "PRABUMULIH",
    "LUBUKLINGGAU",
    "SEKAYU",
    "PAGAR ALAM",
    "MARTAPURA",
    "JAKARTA",
    "MEDAN",
    "PADANG",
    "BANDUNG",
    "TANJUNG ENIM",
    "INDRALAYA",
    "BUKITTINGGI",
    "DENPASAR",
    "MAKASSAR",
    "BANDAR LAMPUNG",
    "JAMBI",
    "PANGKAL PINANG",
    "YOGYAKARTA",
]

# ethnic name groups: (male names, female names, surnames or None, prefix m, prefix f)
NAME_GROUPS = {
    "palembang": (
        [
            "Ahmad Rifa'i",
            "Muhammad Husin",
            "Hendra Saputra",
            "Rizal Fahlevi",
            "Fauzi Abdullah",
            "Arief Kurniawan",
            "Syahrial Yusuf",
            "Zulkifli Hamid",
            "Firmansyah",
            "Rudi Hartono",
            "Abdul Rahman Syarifuddin",
            "Ismail Ibrahim",
        ],
        [
            "Siti Aisyah",
            "Fitriani",
            "Nurul Hidayah",
            "Rahmawati",
            "Dewi Sartika",
            "Maya Sari",
            "Yuliana",
            "Eka Novitasari",
            "Nur Aini",
            "Sri Rezeki",
        ],
        None,
        ["Kms.", "Kgs.", "Mgs.", "Raden", "Masagus"],
        ["Nyayu", "Nyimas", "Masayu", "R.A."],
    ),
    "jawa": (
        [
            "Slamet Riyadi",
            "Sugeng Santoso",
            "Wahyu Nugroho",
            "Bambang Sutrisno",
            "Agus Setiawan",
            "Joko Purnomo",
            "Eko Prasetyo",
            "Teguh Wibowo",
            "Heru Susanto",
            "Dwi Cahyono",
            "Sutarno",
            "Budi Raharjo",
        ],
        [
            "Sri Lestari",
            "Endang Sulistyowati",
            "Rini Handayani",
            "Tri Wahyuni",
            "Sumarni",
            "Dewi Kartika Sari",
            "Siti Aminah",
            "Nur Hayati",
            "Puji Astuti",
            "Ratna Sari Dewi",
        ],
        None,
        [],
        [],
    ),
    "batak": (
        [
            "Lamhot",
            "Parulian",
            "Togar",
            "Bonar",
            "Jhonson",
            "Hotman",
            "Benny",
            "Robert",
            "Poltak",
            "Sahat",
            "Daniel Tua",
        ],
        [
            "Rosmawati",
            "Lestari",
            "Melati",
            "Tiurma",
            "Dameria",
            "Riris",
            "Sondang",
            "Yosephine",
            "Ruth Elisabeth",
            "Debora",
        ],
        [
            "Siregar",
            "Nainggolan",
            "Simanjuntak",
            "Hutapea",
            "Sitompul",
            "Lubis",
            "Nasution",
            "Panjaitan",
            "Sinaga",
            "Hutagalung",
            "Pardede",
            "Sihombing",
            "Manurung",
        ],
        [],
        [],
    ),
    "minang": (
        [
            "Rahmat Hidayat",
            "Yusrizal",
            "Zulhendri",
            "Afrizal",
            "Fadhil Rahman",
            "Indra Jaya",
            "Budi Kurniawan",
            "Yuliandri",
            "Syafrudin",
        ],
        [
            "Yulia Fitri",
            "Elfi Susanti",
            "Rahmi Yeni",
            "Nofri Yanti",
            "Desi Ratnasari",
            "Mardiana",
            "Yusnimar",
            "Vivi Novita",
        ],
        ["Sikumbang", "Chaniago", "Piliang", "Tanjung", "Koto", "", "", ""],
        [],
        [],
    ),
    "tionghoa": (
        [
            "Tan Kok Liang",
            "Lim Wei Han",
            "Hendrik Wijaya",
            "Andreas Gunawan",
            "Kurniawan Halim",
            "Alvin Tjandra",
            "Jimmy Sutanto",
            "Ferry Salim",
            "Budi Santoso Tanoto",
            "Kevin Hartanto",
        ],
        [
            "Tan Siu Ling",
            "Susanti Halim",
            "Lily Hartono",
            "Meliana Tjahjadi",
            "Vivian Chandra",
            "Lie Mei Hwa",
            "Cindy Wijaya",
            "Yenny Lukito",
        ],
        None,
        [],
        [],
    ),
    "komering_ogan": (
        [
            "Zainal Abidin",
            "Syamsul Bahri",
            "Ali Amran",
            "Marzuki",
            "Abdul Karim",
            "Jumadi",
            "Sukri Zen",
            "Amiruddin",
            "Rusli Nawi",
            "Harun Alrasyid",
            "Yusuf Effendi",
        ],
        [
            "Yusnani",
            "Rosmala Dewi",
            "Nurlela",
            "Erlina",
            "Hasnah",
            "Maimunah",
            "Zuraida",
            "Asmawati",
            "Herlina Sari",
        ],
        None,
        [],
        [],
    ),
    "arab": (
        [
            "Ahmad Zaki Bafadal",
            "Husin Assegaf",
            "Umar Alkaff",
            "Muhammad Shahab",
            "Fadhil Alhabsyi",
            "Salim Bahasuan",
            "Hasan Alaydrus",
            "Abdullah Bawazier",
        ],
        [
            "Syarifah Nur Alkaff",
            "Fatimah Assegaf",
            "Sarah Bahasuan",
            "Khadijah Alhabsyi",
            "Aisyah Shahab",
            "Nabila Bafadal",
        ],
        None,
        [],
        [],
    ),
    "sunda": (
        [
            "Asep Saepudin",
            "Ujang Suryana",
            "Dede Kurnia",
            "Cecep Hidayat",
            "Yayan Sopyan",
            "Acep Gunawan",
        ],
        [
            "Euis Komariah",
            "Neneng Hasanah",
            "Iis Rosita",
            "Lilis Suryani",
            "Teti Rohaeti",
            "Nining Kurniasih",
        ],
        None,
        [],
        [],
    ),
    "bali": (
        [
            "I Wayan Suarta",
            "I Made Sudarma",
            "I Ketut Wirawan",
            "I Nyoman Sukadana",
            "I Gede Arsana",
            "I Komang Adi Putra",
        ],
        [
            "Ni Made Sukasih",
            "Ni Luh Putu Ariani",
            "Ni Ketut Sriasih",
            "Ni Wayan Lestari",
            "Ni Nyoman Darmi",
            "Ni Kadek Yuliani",
        ],
        None,
        [],
        [],
    ),
    "bugis": (
        [
            "Andi Baso Amir",
            "Andi Muhammad Arfah",
            "Muhammad Ridwan Daeng Ngalle",
            "Andi Faisal",
            "Syamsuddin Daeng Marewa",
        ],
        ["Andi Nurhaliza", "Andi Tenri Ajeng", "Hasmiah", "Nurhayati Daeng Caya"],
        None,
        [],
        [],
    ),
    "nasrani": (
        [
            "Yohanes Bosco Ola",
            "Stefanus Pratama",
            "Antonius Wibisono",
            "Fransiskus Xaverius Dapa",
            "Markus Lumban Tobing",
            "Paulus Mardianto",
        ],
        [
            "Maria Magdalena",
            "Theresia Dwi Astuti",
            "Agnes Kristina",
            "Veronika Rina",
            "Elisabeth Tambunan",
            "Margaretha Sinta",
        ],
        None,
        [],
        [],
    ),
    "milenial": (
        [
            "Rizky Pratama",
            "Fajar Ramadhan",
            "Dimas Aditya Nugraha",
            "Muhammad Farhan",
            "Aditya Putra",
            "Rafi Alfarizi",
            "Bintang Mahendra",
            "Reza Pahlevi",
            "M. Iqbal Maulana",
        ],
        [
            "Nabila Putri Ramadhani",
            "Anisa Rahmawati",
            "Salsabila Azzahra",
            "Dinda Ayu Lestari",
            "Aulia Rahma",
            "Putri Maharani",
            "Citra Kirana",
            "Nadia Safitri",
        ],
        None,
        [],
        [],
    ),
}
NAME_GROUP_WEIGHTS = {
    "palembang": 5,
    "jawa": 3,
    "milenial": 3,
    "komering_ogan": 2,
    "batak": 2,
    "minang": 2,
    "tionghoa": 1,
    "arab": 1,
    "sunda": 1,
    "bali": 1,
    "bugis": 1,
    "nasrani": 1,
}
PRE_DEGREES = ["Dr.", "Drs.", "Ir.", "dr."]
POST_DEGREES = [
    "S.H.",
    "S.Pd.",
    "S.E.",
    "S.Sos.",
    "S.IP.",
    "S.Kom.",
    "S.T.",
    "S.Ag.",
    "M.Si.",
    "M.H.",
    "M.M.",
    "M.Pd.",
    "S.H., M.H.",
    "S.E., M.Si.",
    "S.Sos., M.Si.",
    "Lc., M.A.",
    "S.Kep., Ns.",
    "A.Md.",
]

OCCUPATIONS = [
    "Wiraswasta",
    "Pegawai Swasta",
    "Guru",
    "Dosen",
    "Petani",
    "Pedagang",
    "Wartawan",
    "Aktivis LSM",
    "Ibu Rumah Tangga",
    "Peneliti",
    "Pensiunan PNS",
    "Karyawan BUMN",
    "Buruh Harian Lepas",
    "Nelayan",
    "Konsultan",
    "Pengurus Partai Politik",
    "Pekebun Karet",
    "Perawat",
    "Sopir",
    "Jurnalis Lepas",
    "Tenaga Honorer",
    "Karyawan Swasta",
    "Pegawai Negeri Sipil",
    "Pelaku UMKM",
    "Penulis",
]
RELIGIONS = ["ISLAM"] * 8 + ["KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU"]

INFO_TOPICS = [
    (
        "Daftar Pemilih Tetap (DPT) Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan Tahun "
        "2024 untuk Kecamatan {kec}"
    ),
    "Rekapitulasi Daftar Pemilih Tetap per desa/kelurahan di Kabupaten {kab}",
    "Data hasil Pemutakhiran Data Pemilih Berkelanjutan (PDPB) Semester II Tahun 2025",
    (
        "Salinan Berita Acara dan Sertifikat Rekapitulasi Hasil Penghitungan Suara (Model "
        "D.Hasil) Pemilihan Gubernur Tahun 2024 tingkat provinsi"
    ),
    "Salinan formulir Model C.Hasil seluruh TPS di Kelurahan {kel}",
    (
        "Laporan realisasi penggunaan dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera "
        "Selatan Tahun 2024"
    ),
    (
        "Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Provinsi Sumatera Selatan dan "
        "KPU Provinsi Sumatera Selatan"
    ),
    (
        "Dokumen pengadaan dan distribusi logistik Pemilihan (surat suara, kotak suara, bilik "
        "suara) Tahun 2024"
    ),
    "Daftar nama dan alamat anggota PPK dan PPS se-Kabupaten {kab} pada Pemilihan Tahun 2024",
    "Data jumlah badan ad hoc (PPK, PPS dan KPPS) beserta besaran honorarium",
    (
        "Keputusan KPU Provinsi Sumatera Selatan tentang penetapan pasangan calon Gubernur dan "
        "Wakil Gubernur Tahun 2024"
    ),
    (
        "Laporan Awal Dana Kampanye (LADK) dan Laporan Penerimaan dan Pengeluaran Dana Kampanye "
        "(LPPDK) pasangan calon"
    ),
    (
        "Dokumen proses Penggantian Antarwaktu (PAW) anggota DPRD Provinsi Sumatera Selatan dari "
        "daerah pemilihan Sumsel {dapil}"
    ),
    "Data partisipasi pemilih per kabupaten/kota pada Pemilihan Serentak Tahun 2024",
    "Daftar pemilih disabilitas per jenis disabilitas di Kota {kota}",
    "Rencana Kerja dan Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
    (
        "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025 beserta Laporan Hasil "
        "Pemeriksaan BPK"
    ),
    (
        "Berita Acara Rapat Pleno Terbuka Penetapan Calon Terpilih Anggota DPRD Provinsi Sumatera "
        "Selatan"
    ),
    "Data jumlah surat suara rusak dan surat suara cadangan per kabupaten/kota",
    (
        "Putusan dan tindak lanjut rekomendasi Bawaslu terkait pemungutan suara ulang di "
        "Kabupaten {kab}"
    ),
    "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2026",
    (
        "Salinan Keputusan tentang pembentukan PPK dan PPS untuk Pemilihan Kepala Daerah Tahun "
        "2024 di Kabupaten {kab}"
    ),
    "Data pemilih pemula usia 17-20 tahun per kecamatan di Kabupaten {kab}",
    (
        "Dokumen Standar Operasional Prosedur (SOP) pelayanan informasi publik KPU Provinsi "
        "Sumatera Selatan"
    ),
    "Laporan pelaksanaan sosialisasi dan pendidikan pemilih Tahun 2025 beserta rincian anggarannya",
    (
        "Rekapitulasi perolehan suara partai politik dan calon anggota DPRD Provinsi dapil Sumsel "
        "{dapil}"
    ),
    "Data sengketa proses pemilihan yang ditangani beserta salinan putusannya",
    "Daftar inventaris Barang Milik Negara (BMN) eks logistik Pemilu 2024 yang akan dihapuskan",
    "Notulen rapat koordinasi persiapan pemungutan suara ulang di TPS {tps} Kelurahan {kel}",
    "Data pelanggaran kode etik penyelenggara ad hoc yang ditangani KPU Provinsi Sumatera Selatan",
    "Salinan Surat Keputusan penetapan hasil seleksi anggota KPU Kabupaten {kab} periode 2024-2029",
    "Data realisasi belanja honorarium KPPS per kabupaten/kota Tahun 2024",
    "Dokumen verifikasi faktual dukungan bakal pasangan calon perseorangan Pemilihan Bupati {kab}",
]
DAPILS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

PURPOSES = [
    "Bahan penelitian skripsi pada Fakultas Ilmu Sosial dan Ilmu Politik",
    "Bahan penyusunan tesis program magister ilmu pemerintahan",
    "Bahan penulisan disertasi tentang tata kelola pemilu di daerah",
    "Pengawasan publik atas penggunaan anggaran negara",
    "Bahan pemberitaan dan liputan investigasi media",
    "Kelengkapan bukti dalam perkara yang sedang kami tangani",
    "Bahan advokasi kebijakan kepemiluan yang inklusif",
    "Bahan kajian internal organisasi pemantau pemilu",
    "Keperluan pribadi untuk memastikan status data kependudukan keluarga",
    "Bahan laporan pertanggungjawaban kegiatan pemantauan",
    "Bahan evaluasi pelaksanaan Pemilihan di tingkat desa",
    "Penyusunan buku sejarah pemilu di Sumatera Selatan",
    "Bahan ajar mata kuliah Sistem Pemilu",
    "Bahan rapat kerja partai dalam menghadapi Pemilu 2029",
    "Kajian akademik mengenai partisipasi pemilih pemula",
    "Bahan penyusunan naskah akademik rancangan peraturan daerah",
    "Pemantauan aksesibilitas pemilu bagi penyandang disabilitas",
    "Pengajuan gugatan ke Pengadilan Tata Usaha Negara",
    "Bahan diskusi publik bersama organisasi kepemudaan",
    "Verifikasi data untuk laporan tahunan lembaga",
]

CAMPUSES = [
    (
        "UNIVERSITAS SRIWIJAYA",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "Jl. Palembang-Prabumulih KM 32, Indralaya, Ogan Ilir 30662",
        "unsri.ac.id",
        "UN9",
    ),
    (
        "UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG",
        "FAKULTAS SYARIAH DAN HUKUM",
        "Jl. Prof. K.H. Zainal Abidin Fikri No. 1A KM 3,5 Palembang 30126",
        "radenfatah.ac.id",
        "Un.09",
    ),
    (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG",
        "FAKULTAS HUKUM",
        "Jl. Jenderal Ahmad Yani 13 Ulu, Palembang 30263",
        "um-palembang.ac.id",
        "UMP",
    ),
    (
        "UNIVERSITAS PGRI PALEMBANG",
        "FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN",
        "Jl. Jenderal Ahmad Yani Lr. Gotong Royong 9/10 Ulu, Palembang",
        "univpgri-palembang.ac.id",
        "UPGRIP",
    ),
    (
        "UNIVERSITAS BINA DARMA",
        "FAKULTAS ILMU KOMPUTER",
        "Jl. Jenderal Ahmad Yani No. 3, Palembang 30264",
        "binadarma.ac.id",
        "UBD",
    ),
    (
        "POLITEKNIK NEGERI SRIWIJAYA",
        "JURUSAN ADMINISTRASI BISNIS",
        "Jl. Srijaya Negara Bukit Besar, Palembang 30139",
        "polsri.ac.id",
        "PL6",
    ),
    (
        "UNIVERSITAS TRIDINANTI",
        "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
        "Jl. Kapten Marzuki No. 2446 Kamboja, Palembang 30129",
        "univ-tridinanti.ac.id",
        "UTP",
    ),
    ("UNIVERSITAS IBA", "FAKULTAS HUKUM", "Jl. Mayor Ruslan, Palembang 30113", "iba.ac.id", "UIBA"),
]
STUDY_PROGRAMS = [
    "Ilmu Politik",
    "Ilmu Pemerintahan",
    "Ilmu Hukum",
    "Hukum Tata Negara",
    "Administrasi Publik",
    "Sistem Informasi",
    "Pendidikan Pancasila dan Kewarganegaraan",
    "Ilmu Komunikasi",
    "Sosiologi",
]

NGOS = [
    ("Perkumpulan Pemantau Demokrasi Sumatera Selatan", "PPDS"),
    ("Yayasan Suara Rakyat Sriwijaya", "YSRS"),
    ("Lembaga Kajian Kebijakan Publik Bumi Sriwijaya", "LK2P"),
    ("Perkumpulan Jaringan Pendidikan Pemilih untuk Rakyat Sumsel", "JPPR-SS"),
    ("Yayasan Peduli Disabilitas Musi", "YPDM"),
    ("Perkumpulan Forum Indonesia untuk Transparansi Anggaran Sumsel", "FITRA-SS"),
    ("Lembaga Bantuan Hukum Rakyat Sriwijaya", "LBHRS"),
    ("Perkumpulan Perempuan Pemantau Pemilu Batanghari Sembilan", "P3BS"),
]
COMPANIES = [
    ("PT Sriwijaya Riset Indonesia", "SRI"),
    ("PT Lembaga Survei Musi Konsultindo", "LSMK"),
    ("CV Data Nusantara Palembang", "DNP"),
    ("PT Media Sumsel Digital", "MSD"),
    ("PT Ampera Analitika Data", "AAD"),
    ("PT Kabar Lematang Pers", "KLP"),
    ("CV Bumi Serasan Konsultan", "BSK"),
]
LAW_FIRMS = [
    "Kantor Hukum {a} & Rekan",
    "Law Office {a}, {b} & Partners",
    "Kantor Advokat {a} dan Rekan",
    "{a} Law Firm",
]
NEWSPAPERS = [
    "Sumatera Ekspres",
    "Tribun Sumsel",
    "Sriwijaya Post",
    "Palembang Pos",
    "Berita Pagi",
    "Radar Palembang",
    "Linggau Pos",
    "Suara Rakyat Prabumulih",
]

KPU_ADDR = "Jl. Kapten A. Rivai No. 95 Palembang 30129"
KPU_PROV = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
KI_NAME = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
FIELD_KEYS = [
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
]

REASONS = {
    "a": [
        (
            "permohonan saya ditolak dengan alasan informasi tersebut termasuk informasi yang "
            "dikecualikan"
        ),
        (
            "PPID menolak memberikan informasi dengan dalih informasi itu dikecualikan "
            "berdasarkan Pasal 17 UU KIP"
        ),
    ],
    "b": [
        "informasi berkala yang seharusnya diumumkan secara rutin tidak disediakan oleh PPID",
        (
            "informasi tersebut merupakan informasi berkala, namun tidak pernah disediakan di "
            "laman maupun papan pengumuman"
        ),
    ],
    "c": [
        "hingga batas waktu yang ditentukan permohonan saya tidak ditanggapi sama sekali",
        "sampai hari ini saya tidak menerima tanggapan apa pun atas permohonan tersebut",
    ],
    "d": [
        "tanggapan yang saya terima tidak sesuai dengan informasi yang saya minta",
        (
            "dokumen yang diberikan berbeda dengan yang saya mohonkan, sehingga permohonan saya "
            "ditanggapi tidak sebagaimana yang diminta"
        ),
    ],
    "e": [
        (
            "permohonan saya tidak dipenuhi meskipun informasi tersebut telah dinyatakan dapat "
            "diberikan"
        ),
        "informasi yang saya minta tidak kunjung diberikan walaupun telah dijanjikan",
    ],
    "f": [
        "saya dikenakan biaya penggandaan yang tidak wajar untuk memperoleh salinan informasi",
        (
            "biaya yang dibebankan kepada saya untuk salinan dokumen tersebut jauh melebihi biaya "
            "yang wajar"
        ),
    ],
    "g": [
        "informasi baru diberikan setelah melewati jangka waktu yang diatur dalam undang-undang",
        (
            "penyampaian informasi melebihi batas waktu 10 (sepuluh) hari kerja ditambah "
            "perpanjangan 7 (tujuh) hari kerja"
        ),
    ],
}
REASON_LABELS = {
    "a": "Penolakan atas permohonan informasi berdasarkan alasan pengecualian",
    "b": "Tidak disediakannya informasi berkala",
    "c": "Tidak ditanggapinya permohonan informasi",
    "d": "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "Tidak dipenuhinya permohonan informasi",
    "f": "Pengenaan biaya yang tidak wajar",
    "g": "Penyampaian informasi melebihi waktu yang diatur",
}
OBTAIN_LABELS = {
    "melihat": "Melihat/membaca/mendengarkan/mencatat",
    "salinan_hardcopy": "Mendapatkan salinan informasi (hardcopy)",
    "salinan_softcopy": "Mendapatkan salinan informasi (softcopy)",
}
DELIVERY_LABELS = {
    "mengambil_langsung": "Mengambil langsung",
    "kurir": "Kurir",
    "pos": "Pos",
    "faksimili": "Faksimili",
    "email": "E-mail",
}


# --------------------------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------------------------
def wchoice(r: random.Random, weights: dict, default: int = 1):
    keys = list(weights)
    return r.choices(keys, [weights.get(k, default) for k in keys])[0]


def region_code(r: random.Random) -> str:
    return r.choices(list(REGIONS), [REGION_WEIGHTS.get(c, 1) for c in REGIONS])[0]


def fmt_date(d: date, style: str) -> str:
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "day":
        return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def date_style(r: random.Random) -> str:
    return r.choices(["long", "long0", "dash", "slash", "day"], [6, 1, 2, 2, 2])[0]


def letter_day(r: random.Random) -> date:
    d = date(2025, 8, 1) + timedelta(days=r.randrange(0, 330))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def workdays_after(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def reg_number(r: random.Random, d: date, kind: str = "req") -> str:
    seq = r.randint(1, 180)
    if kind == "req":
        return f"{seq:03d}/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"
    return f"{seq:03d}/KEB/PPID/KPU-SS/{ROMAN[d.month - 1]}/{d.year}"


def dispute_number(r: random.Random, d: date) -> str:
    seq, rom, y = r.randint(1, 90), ROMAN[d.month - 1], d.year
    return r.choice(
        [
            f"{seq:03d}/REG-PSI/{rom}/{y}",
            f"{seq:03d}/{rom}/KIP-SS/PSI/{y}",
            f"{seq:03d}/KI-SS/PS/{rom}/{y}",
            f"{seq:02d}/REG/PSI-KISS/{y}",
        ]
    )


def phone_number(r: random.Random, area: str | None = None, mobile: bool = True) -> str:
    if not mobile and area:
        local = f"{r.randint(300, 899)}{r.randint(100, 999)}"
        return r.choice(
            [f"({area}) {local[:3]} {local[3:]}", f"{area}-{local}", f"({area}) {local}"]
        )
    pre = r.choice(
        [
            "0812",
            "0813",
            "0821",
            "0822",
            "0852",
            "0853",
            "0811",
            "0877",
            "0878",
            "0895",
            "0896",
            "0857",
            "0858",
            "0838",
            "0831",
        ]
    )
    rest = f"{r.randint(1000, 9999)}{r.randint(1000, 9999)}"
    if r.random() < 0.2:
        rest += str(r.randint(0, 9))
    a, b = rest[:4], rest[4:]
    form = r.choice(["dash", "space", "plain", "intl_dash", "intl_space", "plain", "dash"])
    if form == "dash":
        return f"{pre}-{a}-{b}"
    if form == "space":
        return f"{pre} {a} {b}"
    if form == "plain":
        return f"{pre}{a}{b}"
    if form == "intl_dash":
        return f"+62 {pre[1:]}-{a}-{b}"
    return f"+62 {pre[1:]} {a} {b}"


def email_for(
    r: random.Random, name: str, birth: date | None = None, domain: str | None = None
) -> str:
    words = [
        w.strip(".,'").lower()
        for w in name.replace("'", "").split()
        if not w.endswith(".") and w[0].isalpha()
    ]
    words = words or ["pemohon"]
    first, last = words[0], words[-1]
    yy = str(birth.year)[2:] if birth else str(r.randint(70, 99))
    local = r.choice(
        [
            f"{first}.{last}",
            f"{first}_{last}{yy}",
            f"{last}.{first}{r.randint(1, 99)}",
            f"{first}{last}{r.randint(10, 999)}",
            f"{first[0]}.{last}",
            f"{first}_{r.randint(1, 9)}{last[:3]}",
        ]
    )
    if first == last:
        local = f"{first}{r.randint(10, 99)}"
    dom = domain or r.choice(
        [
            "gmail.com",
            "gmail.com",
            "yahoo.co.id",
            "yahoo.com",
            "outlook.com",
            "ymail.com",
            "hotmail.com",
            "mail.com",
        ]
    )
    return f"{local}@{dom}"


@dataclass
class Person:
    name: str  # as written, with degrees
    plain: str  # without degrees (KTP)
    female: bool
    birth: date
    birth_place: str
    nik: str
    region: str
    street: str
    rt: int
    rw: int
    kel: str
    kec: str
    address: str
    phone: str
    email: str
    occupation: str
    religion: str
    married: bool


def make_name(r: random.Random, female: bool, degrees: bool = True) -> tuple[str, str]:
    group = wchoice(r, NAME_GROUP_WEIGHTS)
    males, females, surnames, pre_m, pre_f = NAME_GROUPS[group]
    base = r.choice(females if female else males)
    if surnames:
        sur = r.choice(surnames)
        base = f"{base} {sur}".strip()
    prefixes = pre_f if female else pre_m
    if prefixes and r.random() < 0.45:
        base = f"{r.choice(prefixes)} {base}"
    if group == "nasrani" and female and r.random() < 0.5:
        base += " " + r.choice(["Sitompul", "Tambunan", "Sihite", "Purba"])
    name = base
    if degrees and r.random() < 0.4:
        if r.random() < 0.25:
            name = f"{r.choice(PRE_DEGREES)} {name}"
        if r.random() < 0.9:
            name = f"{name}, {r.choice(POST_DEGREES)}"
    return name, base


def make_nik(r: random.Random, region: str, birth: date, female: bool) -> str:
    kec = r.randint(1, 18)
    day = birth.day + (40 if female else 0)
    return (
        f"{region}{kec:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{r.randint(1, 1999):04d}"
    )


def make_address(r: random.Random, code: str) -> tuple[str, int, int, str, str, str]:
    label, town, _area, kecs = REGIONS[code]
    kec, kels = r.choice(kecs)
    kel = r.choice(kels)
    street = r.choice(STREETS_PLG if code == "1671" else STREETS_GEN)
    street = f"{street} No. {r.randint(1, 260)}{r.choice(STREET_EXTRAS)}"
    rt, rw = r.randint(1, 45), r.randint(1, 12)
    kab = label.title().replace("Kota ", "Kota ").replace("Kabupaten ", "Kab. ")
    style = r.randrange(5)
    if style == 0:
        addr = f"{street} RT {rt:03d}/RW {rw:02d}, Kel. {kel}, Kec. {kec}, {town}"
    elif style == 1:
        addr = f"{street}, RT {rt:02d} RW {rw:02d}, Kelurahan {kel}, Kecamatan {kec}, {kab}"
    elif style == 2:
        addr = f"{street} RT.{rt:03d} RW.{rw:03d} Kel. {kel} Kec. {kec} {town}"
    elif style == 3:
        word = "Desa" if code not in ("1671", "1672", "1673", "1674") else "Kel."
        addr = f"{street}, {word} {kel}, Kec. {kec}, {kab}"
    else:
        addr = f"{street}, Kel. {kel}, {town}"
    return street, rt, rw, kel, kec, addr


def make_person(
    r: random.Random,
    occupation: str | None = None,
    degrees: bool = True,
    min_age: int = 19,
    max_age: int = 72,
) -> Person:
    female = r.random() < 0.45
    name, plain = make_name(r, female, degrees)
    code = region_code(r)
    age = r.randint(min_age, max_age)
    birth = date(2026 - age, r.randint(1, 12), r.randint(1, 28))
    nik_region = code if r.random() < 0.85 else region_code(r)
    street, rt, rw, kel, kec, addr = make_address(r, code)
    occ = occupation or r.choice(OCCUPATIONS)
    return Person(
        name=name,
        plain=plain,
        female=female,
        birth=birth,
        birth_place=r.choice(BIRTH_PLACES),
        nik=make_nik(r, nik_region, birth, female),
        region=code,
        street=street,
        rt=rt,
        rw=rw,
        kel=kel,
        kec=kec,
        address=addr,
        phone=phone_number(r),
        email=email_for(r, plain, birth),
        occupation=occ,
        religion=r.choice(RELIGIONS),
        married=age > 27 and r.random() < 0.75,
    )


def info_topic(r: random.Random) -> str:
    code = region_code(r)
    label, town, _, kecs = REGIONS[code]
    kec, kels = r.choice(kecs)
    kab = label.replace("KABUPATEN ", "").replace("KOTA ", "").title()
    return r.choice(INFO_TOPICS).format(
        kec=kec,
        kab=kab,
        kel=r.choice(kels),
        kota=town,
        dapil=r.choice(DAPILS),
        tps=f"{r.randint(1, 40):03d}",
    )


def info_items(r: random.Random, k: int) -> list[str]:
    items: list[str] = []
    while len(items) < k:
        t = info_topic(r)
        if t not in items:
            items.append(t)
    return items


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def short_org(kab_code: str) -> str:
    label = REGIONS[kab_code][0]
    return "KOMISI PEMILIHAN UMUM " + label


def kpu_kab_number(r: random.Random, code: str, d: date, klas: str, jenis: str) -> str:
    return f"{r.randint(10, 999)}/{klas}-{jenis}/{code}/{d.year}"


# --------------------------------------------------------------------------------------------
# page model: items in points, origin top-left, text y = baseline; page.lines = page_text
# --------------------------------------------------------------------------------------------
BLACK, BLUE_INK, RED_INK, STAMP_BLUE, STAMP_PURPLE = (
    (0, 0, 0),
    (20, 40, 150),
    (180, 20, 20),
    (40, 60, 170),
    (110, 40, 140),
)
GREY, LIGHT = (110, 110, 110), (235, 238, 245)
A4, F4 = (595.0, 842.0), (609.4, 935.4)


class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.items: list[tuple] = []
        self.lines: list[str] = []

    def text(
        self, x, y, s, font="Helvetica", size=10.0, color=BLACK, align="left", angle=0.0, rec=True
    ):
        if align != "left":
            wd = text_width(s, font, size)
            x = x - wd if align == "right" else x - wd / 2
        self.items.append(("text", x, y, s, font, size, color, angle))
        if rec:
            self.lines.append(s)

    def row(self, y, parts, font="Helvetica", size=10.0, color=BLACK):
        """Several texts on one baseline, recorded as one page_text line."""
        for x, s, align in parts:
            self.text(x, y, s, font, size, color, align, rec=False)
        self.lines.append(" ".join(s for _, s, _ in parts if s))

    def line(self, x1, y1, x2, y2, w=0.7, color=BLACK):
        self.items.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.7, stroke=BLACK, fill=None):
        self.items.append(("rect", x, y, w, h, lw, stroke, fill))

    def ellipse(self, cx, cy, rx, ry, lw=0.8, stroke=BLACK, fill=None):
        self.items.append(("ellipse", cx, cy, rx, ry, lw, stroke, fill))

    def poly(self, pts, lw=0.8, stroke=BLACK, fill=None, closed=True):
        self.items.append(("poly", pts, lw, stroke, fill, closed))

    def stamp(self, cx, cy, r, texts, color=STAMP_BLUE, angle=0.0, rec=True):
        self.items.append(("stamp", cx, cy, r, texts, color, angle))
        if rec:
            self.lines.extend(t for t in texts if t)

    def hand(self, x, y, s, rng, font="Hand1", size=13.0, color=BLUE_INK, rec=True, drift=2.0):
        """Hand-written text: word by word with a wandering baseline and a slight tilt."""
        cx, base = x, y + rng.uniform(-drift, drift)
        tilt = rng.uniform(-2.5, 2.5)
        for word in s.split(" "):
            if word:
                dy = rng.uniform(-1.2, 1.2)
                self.items.append(
                    (
                        "text",
                        cx,
                        base + dy,
                        word,
                        font,
                        size * rng.uniform(0.95, 1.05),
                        color,
                        tilt + rng.uniform(-2, 2),
                    )
                )
            cx += text_width(word + " ", font, size) * rng.uniform(1.0, 1.12)
            base += rng.uniform(-0.6, 0.6)
        if rec:
            self.lines.append(s)
        return cx


class Doc:
    def __init__(self, size=A4, top=60.0):
        self.size, self.top = size, top
        self.pages: list[Page] = [Page(size)]

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> Page:
        self.pages.append(Page(self.size))
        return self.page


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in s.split():
        trial = f"{cur} {word}" if cur else word
        if cur and text_width(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


class Flow:
    """A top-down text cursor with wrapping and automatic page breaks."""

    def __init__(
        self, doc: Doc, x0=72.0, x1=523.0, y=72.0, family="serif", size=11.0, lead=1.38, bottom=60.0
    ):
        self.doc, self.x0, self.x1, self.y = doc, x0, x1, y
        self.reg, self.bold, self.ital = FAMILIES[family]
        self.size, self.lead, self.bottom = size, lead, bottom
        self.on_new_page = None

    @property
    def page(self) -> Page:
        return self.doc.page

    def need(self, h: float) -> None:
        if self.y + h > self.page.h - self.bottom:
            self.doc.new_page()
            self.y = self.doc.top
            if self.on_new_page:
                self.on_new_page(self)

    def gap(self, h: float = 6.0) -> None:
        self.y += h

    def line(self, s, bold=False, size=None, align="left", dx=0.0, font=None, color=BLACK):
        size = size or self.size
        self.need(size * self.lead)
        font = font or (self.bold if bold else self.reg)
        x = {"left": self.x0 + dx, "center": (self.x0 + self.x1) / 2, "right": self.x1}[align]
        self.page.text(x, self.y + size, s, font, size, color, align)
        self.y += size * self.lead

    def para(self, s, dx=0.0, first=0.0, bold=False, size=None, align="left", font=None):
        size = size or self.size
        font = font or (self.bold if bold else self.reg)
        width = self.x1 - self.x0 - dx
        lines = wrap(s, font, size, width - first)
        if len(lines) > 1:  # re-wrap the rest at full width
            rest = wrap(s[len(lines[0]) :].strip(), font, size, width)
            lines = [lines[0], *rest]
        for i, ln in enumerate(lines):
            self.line(ln, size=size, dx=dx + (first if i == 0 else 0), align=align, font=font)

    def kv(self, label, value, lw=130.0, dx=0.0, size=None, sep=":", bold_value=False):
        size = size or self.size
        lw = max(lw, text_width(label, self.reg, size) + 5)  # a long label pushes the colon on
        vx = self.x0 + dx + lw + 10
        font = self.bold if bold_value else self.reg
        lines = wrap(value, font, size, self.x1 - vx) if value else [""]
        self.need(size * self.lead)
        y = self.y + size
        self.page.row(
            y, [(self.x0 + dx, label, "left"), (self.x0 + dx + lw, sep, "left")], self.reg, size
        )
        self.page.items.append(("text", vx, y, lines[0], font, size, BLACK, 0.0))
        self.page.lines[-1] = f"{label} {sep} {lines[0]}".rstrip()
        self.y += size * self.lead
        for ln in lines[1:]:
            self.line(ln, dx=lw + 10 + dx, size=size, font=font)

    def items(self, items, style="num", dx=14.0, size=None, sep=";"):
        for i, it in enumerate(items):
            mark = {
                "num": f"{i + 1}.",
                "alpha": f"{'abcdefghij'[i]}.",
                "bullet": "-",
                "dot": "\u2022",
            }[style]
            if style == "dot" and self.reg in ("Helvetica", "Times-Roman", "Courier"):
                mark = "-"
            end = (sep if i < len(items) - 1 else ".") if sep else ""
            size_ = size or self.size
            lines = wrap(it + end, self.reg, size_, self.x1 - self.x0 - dx - 18)
            self.need(size_ * self.lead)
            y = self.y + size_
            self.page.row(
                y,
                [(self.x0 + dx, mark, "left"), (self.x0 + dx + 18, lines[0], "left")],
                self.reg,
                size_,
            )
            self.y += size_ * self.lead
            for ln in lines[1:]:
                self.line(ln, dx=dx + 18, size=size_)


# --------------------------------------------------------------------------------------------
# reusable blocks
# --------------------------------------------------------------------------------------------
def logo(page: Page, kind: str, cx: float, cy: float, s: float = 26.0, color=BLACK) -> None:
    """Simple drawn emblems (no text): star in circle, shield, book, scales, bank, leaf."""
    if kind == "star":
        page.ellipse(cx, cy, s, s, 1.4, color)
        page.ellipse(cx, cy, s * 0.8, s * 0.8, 0.6, color)
        pts = []
        for k in range(10):
            rr = s * (0.62 if k % 2 == 0 else 0.26)
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        page.poly(pts, 0.8, color, color)
    elif kind == "shield":
        pts = [
            (cx - s * 0.8, cy - s),
            (cx + s * 0.8, cy - s),
            (cx + s * 0.8, cy + s * 0.2),
            (cx, cy + s),
            (cx - s * 0.8, cy + s * 0.2),
        ]
        page.poly(pts, 1.3, color)
        page.line(cx - s * 0.8, cy - s * 0.4, cx + s * 0.8, cy - s * 0.4, 1.0, color)
        page.ellipse(cx, cy + s * 0.15, s * 0.28, s * 0.28, 1.0, color, color)
    elif kind == "book":
        page.ellipse(cx, cy, s, s, 1.2, color)
        page.poly(
            [
                (cx - s * 0.6, cy - s * 0.2),
                (cx, cy),
                (cx, cy + s * 0.45),
                (cx - s * 0.6, cy + s * 0.25),
            ],
            1.0,
            color,
        )
        page.poly(
            [
                (cx + s * 0.6, cy - s * 0.2),
                (cx, cy),
                (cx, cy + s * 0.45),
                (cx + s * 0.6, cy + s * 0.25),
            ],
            1.0,
            color,
        )
        page.poly(
            [(cx, cy - s * 0.75), (cx + s * 0.15, cy - s * 0.35), (cx - s * 0.15, cy - s * 0.35)],
            0.8,
            color,
            color,
        )
    elif kind == "scales":
        page.line(cx, cy - s * 0.9, cx, cy + s * 0.8, 1.4, color)
        page.line(cx - s * 0.8, cy - s * 0.6, cx + s * 0.8, cy - s * 0.6, 1.4, color)
        for sx in (-1, 1):
            page.poly(
                [
                    (cx + sx * s * 0.8, cy - s * 0.6),
                    (cx + sx * s * 1.1, cy),
                    (cx + sx * s * 0.5, cy),
                ],
                0.8,
                color,
            )
        page.line(cx - s * 0.5, cy + s * 0.8, cx + s * 0.5, cy + s * 0.8, 1.6, color)
    elif kind == "bank":
        page.rect(cx - s, cy - s * 0.8, s * 2, s * 1.6, 1.2, color, (200, 30, 40))
        page.poly(
            [(cx - s * 0.7, cy + s * 0.4), (cx, cy - s * 0.5), (cx + s * 0.7, cy + s * 0.4)],
            2.0,
            (255, 255, 255),
            None,
            False,
        )
    else:  # leaf
        page.ellipse(cx, cy, s, s * 0.55, 1.2, color)
        page.line(cx - s, cy, cx + s, cy, 0.9, color)
        for k in range(-2, 3):
            page.line(cx + k * s * 0.3, cy, cx + k * s * 0.3 + s * 0.2, cy - s * 0.4, 0.6, color)


def fit_lines(s: str, font: str, size: float, width: float, min_size: float) -> tuple[float, list]:
    """Shrink s down to min_size to fit width on one line, else wrap it at a size that fits."""
    while size > min_size and text_width(s, font, size) > width:
        size = max(min_size, size - 0.5)
    if text_width(s, font, size) <= width:
        return size, [s]
    return size, wrap(s, font, size, width)


def kop(
    doc: Doc,
    names: list[str],
    small: list[str],
    logo_kind: str | None,
    family="serif",
    two_col=False,
    y=40.0,
    x0=60.0,
    x1=None,
) -> float:
    """Letterhead: name lines (bold), small address lines, a logo, a double rule.

    Name lines shrink (and wrap if need be) to stay clear of the logo and the contact block, so
    no text runs into other text.  Returns y below.
    """
    page = doc.page
    x1 = x1 or page.w - 60
    reg, bold, _ = FAMILIES[family]
    if logo_kind:
        logo(page, logo_kind, x0 + 30, y + 30, 26)
    cy = y + 14
    if two_col:  # name left next to logo, contacts right-aligned
        tx = x0 + 68
        avail = x1 - tx
        # the contact block takes at most 40 % of the width, longer lines wrap inside it
        rlines = [ln for s in small for ln in wrap(s, reg, 8.2, avail * 0.4)]
        rw = max((text_width(s, reg, 8.2) for s in rlines), default=0.0)
        name_w = avail - rw - 14
        for i, n in enumerate(names):
            sz, lines = fit_lines(n, bold, 15 if i == 0 else 11, name_w, 12 if i == 0 else 9)
            for ln in lines:
                page.text(tx, cy, ln, bold, sz)
                cy += sz + 3
        ry = y + 10
        for s in rlines:
            page.text(x1, ry, s, reg, 8.2, align="right")
            ry += 10.5
        cy = max(cy, ry)
    else:
        mid = (x0 + 60 + x1) / 2 if logo_kind else (x0 + x1) / 2
        width = 2 * (x1 - mid) - 4  # centred lines stay clear of the logo
        for i, n in enumerate(names):
            sz, lines = fit_lines(n, bold, 14 if i == 0 else 12, width, 11 if i == 0 else 10)
            for ln in lines:
                page.text(mid, cy, ln, bold, sz, align="center")
                cy += sz + 3
        for s in small:
            for ln in wrap(s, reg, 8.8, width):
                page.text(mid, cy, ln, reg, 8.8, align="center")
                cy += 11
    cy = max(cy, y + 64)
    page.line(x0, cy, x1, cy, 2.0)
    page.line(x0, cy + 3, x1, cy + 3, 0.6)
    return cy + 18


def kpu_prov_kop(doc: Doc, family="serif", y=40.0) -> float:
    return kop(
        doc,
        ["KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        [KPU_ADDR, "Telp. (0711) 350 445  Laman: sumsel.kpu.go.id  Surel: ppid.sumsel@kpu.go.id"],
        "star",
        family,
        y=y,
    )


def scribble(page: Page, x: float, y: float, rng: random.Random, w=70.0, color=BLUE_INK) -> None:
    pts, n = [], rng.randint(7, 12)
    for k in range(n):
        pts.append((x + w * k / n + rng.uniform(-4, 4), y + rng.uniform(-12, 8)))
    page.poly(pts, 1.1, color, None, False)
    page.line(
        x + rng.uniform(0, 15),
        y + 4,
        x + w * rng.uniform(0.6, 1.0),
        y + rng.uniform(-2, 6),
        0.9,
        color,
    )


def signature(
    ctx,
    fl: Flow,
    roles: list[str],
    name: str,
    nip: str | None = None,
    x=None,
    stamp_texts: list[str] | None = None,
    place_date: str | None = None,
    tte=False,
) -> None:
    x = x if x is not None else fl.x0 + (fl.x1 - fl.x0) * 0.55
    page = fl.page
    fl.need(110)
    if place_date:
        fl.line(place_date, dx=x - fl.x0)
    for rl in roles:
        fl.line(rl, dx=x - fl.x0)
    sy = fl.y + 24
    if tte:
        page.rect(x, fl.y + 4, 150, 34, 0.6, GREY)
        page.text(x + 6, fl.y + 16, "Ditandatangani secara elektronik", "Helvetica", 7, GREY)
        page.text(x + 6, fl.y + 28, "oleh BSrE - BSSN", "Helvetica", 7, GREY)
    elif ctx.scan:
        scribble(page, x + 5, sy, ctx.r)
        if stamp_texts and ctx.r.random() < 0.8:
            page.stamp(
                x - 5 + ctx.r.uniform(-8, 8),
                sy - 2,
                34,
                stamp_texts,
                ctx.r.choice([STAMP_BLUE, STAMP_PURPLE]),
                ctx.r.uniform(-20, 20),
                rec=False,
            )
    fl.y += 46
    fl.line(name, dx=x - fl.x0, bold=True)
    if nip:
        fl.line(nip, dx=x - fl.x0)


def tembusan(fl: Flow, items: list[str]) -> None:
    fl.gap(6)
    fl.line("Tembusan:", size=fl.size - 1)
    for i, t in enumerate(items):
        fl.line(f"{i + 1}. {t}", size=fl.size - 1, dx=4)


def footer_pages(doc: Doc, fmt="Halaman {i} dari {n}", family="sans", top=False) -> None:
    n = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        s = fmt.format(i=i, n=n)
        y = 30 if top else p.h - 28
        p.text(p.w / 2, y, s, FAMILIES[family][0], 8.5, GREY if not top else BLACK, "center")


def fax_header(doc: Doc, sender_fax: str, when: str, who: str) -> None:
    n = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        p.text(24, 16, f"{when}  FAX {sender_fax}  {who}  HAL. {i:02d}/{n:02d}", "Courier", 7.5)
        p.lines.insert(0, p.lines.pop())


def received_stamp(ctx, page: Page, d: date) -> None:
    """Purple box stamp of the agenda clerk (scans only)."""
    if not ctx.scan:
        return
    r = ctx.r
    x, y = page.w - r.uniform(190, 230), r.uniform(95, 150)
    rd = workdays_after(d, r.randint(0, 4))
    col = r.choice([STAMP_PURPLE, STAMP_BLUE, RED_INK])
    page.rect(x, y, 150, 56, 1.2, col)
    lines = [
        "DITERIMA",
        "KPU PROV. SUMSEL",
        f"Tgl : {fmt_date(rd, 'dash')}",
        f"No. Agenda : {r.randint(1, 2400):04d}/AG/{rd.year}",
    ]
    for k, s in enumerate(lines):
        page.text(x + 6, y + 12 + k * 12.5, s, "Helvetica-Bold" if k < 2 else "Helvetica", 8.5, col)
    ctx.maybe_hand_note_text = None


MARGIN_NOTES = [
    "Dispo ke Kabag Teknis & Hupmas",
    "Segera diproses",
    "sdh dicek - arsip",
    "Cek data DPT",
    "Proses sesuai SOP",
    "Koord. dgn Subbag Hukum",
    "Jadwalkan rapat",
    "Ok, tindak lanjuti",
    "Bahan rapat pleno",
    "Simpan di arsip",
    "Mohon telaah",
    "Perlu uji konsekuensi?",
]


def ink_box(it: tuple) -> tuple[float, float, float, float] | None:
    """Glyph bounding box of a text item on the page (hand-written tilt included)."""
    _, x, y, s, font, size, _col, angle = it
    if not s.strip():
        return None
    x0, y0, x1, y1 = (v * size / 100.0 for v in pil_font(font, 100).getbbox(s, anchor="ls"))
    if angle:
        a = math.radians(angle)
        c, sn = math.cos(a), math.sin(a)
        xs = [px * c + py * sn for px in (x0, x1) for py in (y0, y1)]
        ys = [-px * sn + py * c for px in (x0, x1) for py in (y0, y1)]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return x + x0, y + y0, x + x1, y + y1


def blank(page: Page, box: tuple[float, float, float, float]) -> bool:
    """True when no text item of the page reaches into box."""
    for it in page.items:
        if it[0] == "text":
            b = ink_box(it)
            if b and b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3]:
                return False
        elif it[0] == "stamp":
            _, cx, cy, rad = it[:4]
            if cx - rad < box[2] and box[0] < cx + rad and cy - rad < box[3] and box[1] < cy + rad:
                return False
    return True


def margin_note(ctx, page: Page) -> None:
    """A hand-written note in blank margin space with a paraf (scans only)."""
    r = ctx.r
    if not ctx.scan or r.random() > 0.35:
        return
    note = r.choice(MARGIN_NOTES)
    if r.random() < 0.5:
        note += f" {r.randint(1, 28)}/{r.randint(1, 12)}"
    x, y = r.uniform(40, page.w - 260), r.choice([page.h - r.uniform(40, 70), r.uniform(88, 110)])
    font, size = r.choice(HAND_FONTS), r.uniform(12, 15)
    color = r.choice([RED_INK, BLUE_INK, (20, 110, 40)])
    wd = text_width(note, font, size) * 1.12 + 4  # word gaps of the hand widen the line
    para = text_width(note, "Hand1", 13) + 12  # where the paraf starts
    alt = random.Random(f"{x:.3f}/{y:.3f}")  # further tries do not disturb the letter's stream
    for _ in range(60):
        box = (x - 4, y - size * 1.25 - 4, max(x + wd, x + para + 36), y + size * 0.75 + 4)
        if box[2] < page.w - 8 and blank(page, box):
            break
        x = alt.uniform(24, page.w - 260)
        y = alt.choice([alt.uniform(24, 34), alt.uniform(80, 120), page.h - alt.uniform(28, 75)])
    else:
        return  # no blank margin on this page: no note
    page.hand(x, y, note, r, font, size, color)
    scribble(page, x + para, y, r, 30, RED_INK)


def checkbox(page: Page, x: float, y: float, checked: bool, ctx=None, size=8.5) -> None:
    page.rect(x, y - size, size, size, 0.7)
    if checked:
        if ctx is not None and ctx.hand:
            r = ctx.r
            page.poly(
                [
                    (x - 1, y - size * 0.5),
                    (x + size * 0.4, y + 1),
                    (x + size * 1.3, y - size * 1.4 + r.uniform(-2, 2)),
                ],
                1.4,
                BLUE_INK,
                None,
                False,
            )
        else:
            page.line(x + 1.5, y - size + 1.5, x + size - 1.5, y - 1.5, 1.0)
            page.line(x + 1.5, y - 1.5, x + size - 1.5, y - size + 1.5, 1.0)


def option_rows(
    fl: Flow, options: list[tuple[str, bool]], ctx=None, dx=20.0, per_row=1, colw=150.0
) -> None:
    """Check-box options; page_text shows '[x] label' or '[ ] label'."""
    for start in range(0, len(options), per_row):
        chunk = options[start : start + per_row]
        fl.need(fl.size * fl.lead)
        y = fl.y + fl.size
        parts = []
        for k, (label, on) in enumerate(chunk):
            x = fl.x0 + dx + k * colw
            checkbox(fl.page, x, y, on, ctx)
            fl.page.text(x + 13, y, label, fl.reg, fl.size, rec=False)
            parts.append(f"[{'x' if on else ' '}] {label}")
        fl.page.lines.append("  ".join(parts))
        fl.y += fl.size * fl.lead


def ktp_page(ctx, doc: Doc, p: Person, heading="Lampiran: Fotokopi KTP Pemohon") -> None:
    """A photocopy of the e-KTP, enlarged, on its own page."""
    page = doc.new_page()
    r = ctx.r
    page.text(60, 60, heading, "Helvetica-Bold", 11)
    x, y, w, h = 70, 90, 455, 290
    page.rect(x, y, w, h, 1.2, BLACK, LIGHT if not ctx.scan or r.random() < 0.5 else None)
    label = REGIONS[p.region][0]
    page.text(x + w / 2, y + 22, "PROVINSI SUMATERA SELATAN", "Helvetica-Bold", 11, align="center")
    page.text(x + w / 2, y + 37, label, "Helvetica-Bold", 11, align="center")
    rows = [
        ("NIK", p.nik),
        ("Nama", p.plain.upper()),
        ("Tempat/Tgl Lahir", f"{p.birth_place}, {fmt_date(p.birth, 'dash')}"),
        ("Jenis Kelamin", "PEREMPUAN" if p.female else "LAKI-LAKI"),
        ("Alamat", p.street.upper()),
        ("RT/RW", f"{p.rt:03d}/{p.rw:03d}"),
        ("Kel/Desa", p.kel.upper()),
        ("Kecamatan", p.kec.upper()),
        ("Agama", p.religion),
        ("Status Perkawinan", "KAWIN" if p.married else "BELUM KAWIN"),
        ("Pekerjaan", p.occupation.upper()),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    yy = y + 60
    for k, (lab, val) in enumerate(rows):
        size = 12 if k == 0 else 9.2
        font = "Helvetica-Bold" if k == 0 else "Helvetica"
        page.row(
            yy, [(x + 12, lab, "left"), (x + 110, ":", "left"), (x + 118, val, "left")], font, size
        )
        yy += 16 if k == 0 else 14.2
    page.rect(x + w - 110, y + 60, 90, 115, 0.8, GREY, (205, 205, 210))
    town = REGIONS[p.region][1].upper()
    issued = date(r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28))
    page.text(x + w - 65, y + 195, town, "Helvetica", 8.5, align="center")
    page.text(x + w - 65, y + 207, fmt_date(issued, "dash"), "Helvetica", 8.5, align="center")
    if ctx.scan:
        scribble(page, x + w - 100, y + 240, r, 60, BLACK)
    page.text(70, 430, "Sesuai dengan aslinya,", "Helvetica", 10)
    if ctx.scan:
        scribble(page, 80, 470, r)
    page.text(70, 500, p.name, "Helvetica", 10)


# --------------------------------------------------------------------------------------------
# letter context
# --------------------------------------------------------------------------------------------
@dataclass
class Ctx:
    r: random.Random
    scan: bool
    hand: bool
    doc: Doc = None
    f: dict = field(default_factory=lambda: {k: None for k in FIELD_KEYS})
    hand_font: str = "Hand1"
    maybe_hand_note_text: str | None = None


def addressee(fl: Flow, lines=None) -> None:
    for s in lines or ["Kepada", "Yth. PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"]:
        fl.line(s)
    fl.gap(8)


def identity_block(
    fl: Flow, p: Person, ctx: Ctx, with_nik=True, with_email=False, lw=110.0, phone_label="Nomor HP"
) -> None:
    f = ctx.f
    fl.kv("Nama", p.name, lw)
    f["applicant_name"] = p.name
    if with_nik:
        fl.kv("NIK", p.nik, lw)
        f["nik"] = p.nik
    fl.kv("Pekerjaan", p.occupation, lw)
    f["occupation"] = p.occupation
    fl.kv("Alamat", p.address, lw)
    f["address"] = p.address
    fl.kv(phone_label, p.phone, lw)
    f["phone"] = p.phone
    if with_email:
        fl.kv("E-mail", p.email, lw)
        f["email"] = p.email


def obtain_sentence(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    choice = r.randrange(5)
    if choice == 0:
        f["obtain_method"], f["delivery_method"] = "salinan_softcopy", "email"
        return (
            "Mohon informasi tersebut dapat diberikan dalam bentuk salinan softcopy dan "
            "dikirimkan melalui e-mail."
        )
    if choice == 1:
        f["obtain_method"], f["delivery_method"] = "salinan_hardcopy", "mengambil_langsung"
        return "Salinan (hardcopy) informasi tersebut akan saya ambil langsung di kantor PPID."
    if choice == 2:
        f["obtain_method"] = "melihat"
        return "Saya bermaksud melihat dan mencatat informasi tersebut langsung di kantor PPID."
    if choice == 3:
        f["obtain_method"], f["delivery_method"] = "salinan_hardcopy", "pos"
        return "Mohon salinan hardcopy informasi tersebut dikirimkan melalui pos ke alamat saya."
    return ""


# ----------------------------------------- permohonan ---------------------------------------
def lay_p01_email(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    fl = Flow(doc, 50, 545, 28, "sans", 9.5)
    client = r.choice(["Gmail", "Yahoo Mail", "Outlook"])
    subj = r.choice(
        [
            "Permohonan Informasi Publik",
            "Permohonan Data DPT",
            "Permintaan Informasi",
            "Mohon Informasi Dana Hibah Pilkada",
            "Permohonan Salinan Dokumen",
        ]
    )
    doc.page.row(
        20,
        [
            (
                50,
                f"{d.month}/{d.day}/{d.year % 100}, {r.randint(8, 16)}:{r.randint(0, 59):02d}",
                "left",
            ),
            (300, f"{client} - {subj}", "center"),
        ],
        "Helvetica",
        7.5,
    )
    fl.y = 40
    fl.line(client, bold=True, size=13)
    fl.line(subj, bold=True, size=14)
    fl.gap(2)
    fl.line("1 pesan", size=8, color=GREY)
    fl.gap(4)
    hdr = r.random() < 0.5
    t = f"{r.randint(7, 16):02d}.{r.randint(0, 59):02d}"
    rows = [
        ("From" if hdr else "Dari", f"{p.name} <{p.email}>"),
        ("To" if hdr else "Kepada", "ppid.sumsel@kpu.go.id"),
        ("Date" if hdr else "Tanggal", f"{fmt_date(d, r.choice(['day', 'long']))} {t} WIB"),
        ("Subject" if hdr else "Subjek", subj),
    ]
    if r.random() < 0.4:
        rows.insert(2, ("Cc", email_for(r, make_name(r, False, False)[1])))
    for lab, val in rows:
        fl.kv(lab, val, 55, sep=":")
    fl.page.line(50, fl.y + 2, 545, fl.y + 2, 0.5, GREY)
    fl.gap(14)
    f.update(applicant_name=p.name, email=p.email, letter_date=d.isoformat(), subject=subj)
    fl.para("Yth. PPID KPU Provinsi Sumatera Selatan,")
    fl.gap(4)
    items = info_items(r, r.choice([1, 1, 2, 3]))
    purpose = r.choice(PURPOSES)
    f["purpose"] = purpose
    f["information_requested"] = "; ".join(items)
    if r.random() < 0.5:
        fl.para(
            f"Dengan hormat, perkenalkan saya {p.name}, {p.occupation.lower()}, NIK {p.nik}, "
            f"beralamat di {p.address}."
        )
        f.update(nik=p.nik, address=p.address)
    else:
        fl.para("Dengan hormat, saya yang bertanda tangan di bawah ini:")
        fl.kv("Nama", p.name, 80)
        fl.kv("NIK", p.nik, 80)
        fl.kv("Pekerjaan", p.occupation, 80)
        fl.kv("Alamat", p.address, 80)
        f.update(nik=p.nik, address=p.address, occupation=p.occupation)
    fl.gap(4)
    if len(items) == 1:
        fl.para(f"bermaksud mengajukan permohonan informasi publik berupa {items[0]}.")
    else:
        fl.para("bermaksud mengajukan permohonan informasi publik sebagai berikut:")
        fl.items(items, r.choice(["num", "bullet", "alpha"]))
    fl.gap(4)
    fl.para(f"Informasi tersebut akan saya gunakan untuk {lower_first(purpose)}.")
    f["obtain_method"], f["delivery_method"] = "salinan_softcopy", "email"
    fl.para(
        "Mohon kiranya salinan softcopy informasi tersebut dapat dikirimkan melalui e-mail ini. "
        "Bersama ini saya lampirkan scan KTP saya."
    )
    fl.gap(6)
    fl.line("Terima kasih.")
    fl.line("Salam,")
    fl.line(p.name)
    fl.line(f"HP/WA: {p.phone}")
    f["phone"] = p.phone
    fl.gap(8)
    fl.line(f"KTP_{p.plain.split()[-1]}.jpg", size=8.5, color=GREY)
    doc.page.row(
        doc.page.h - 20,
        [
            (50, "https://mail.google.com/mail/u/0/?ik=3f9a1c&view=pt&search=all", "left"),
            (545, "1/1", "right"),
        ],
        "Helvetica",
        7,
    )
    return "permohonan_informasi"


def lay_p02_webform(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    page = doc.page
    p = make_person(r)
    d = letter_day(r)
    num = reg_number(r, d)
    page.rect(40, 30, 515, 42, 0, None, (150, 20, 30))
    page.text(56, 56, "e-PPID KPU Provinsi Sumatera Selatan", "Helvetica-Bold", 15, (255, 255, 255))
    page.text(540, 56, "sumselppid.kpu.go.id", "Helvetica", 8.5, (255, 255, 255), "right")
    fl = Flow(doc, 56, 540, 90, "sans", 10)
    fl.line("Bukti Permohonan Informasi Publik (Online)", bold=True, size=13)
    fl.gap(2)
    fl.kv("Nomor Registrasi", num, 110)
    t = f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
    fl.kv("Tanggal Permohonan", f"{fmt_date(d, r.choice(['slash', 'dash', 'long']))} {t}", 110)
    fl.kv("Status", r.choice(["Diterima", "Menunggu verifikasi", "Diproses"]), 110)
    fl.gap(8)
    f.update(letter_number=num, letter_date=d.isoformat())
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = r.choice(PURPOSES)
    values = [
        ("Nama Lengkap", p.name),
        ("Nomor Induk Kependudukan (NIK)", p.nik),
        ("Alamat", p.address),
        ("Pekerjaan", p.occupation),
        ("Nomor HP/WhatsApp", p.phone),
        ("Alamat E-mail", p.email),
        ("Rincian Informasi yang Dibutuhkan", "; ".join(items)),
        ("Tujuan Penggunaan Informasi", purpose),
    ]
    f.update(
        applicant_name=p.name,
        nik=p.nik,
        address=p.address,
        occupation=p.occupation,
        phone=p.phone,
        email=p.email,
        information_requested="; ".join(items),
        purpose=purpose,
    )
    for lab, val in values:
        fl.line(lab, bold=True, size=8.5, color=(60, 60, 60))
        lines = wrap(val, fl.reg, 10, 470)
        top = fl.y
        fl.gap(3)
        for ln in lines:
            fl.line(ln, dx=6)
        fl.page.rect(fl.x0, top, 484, fl.y - top + 2, 0.6, GREY)
        fl.gap(8)
    obtain = r.choice(list(OBTAIN_LABELS))
    deliv = r.choice(list(DELIVERY_LABELS)) if obtain != "melihat" else None
    f.update(obtain_method=obtain, delivery_method=deliv)
    fl.line("Cara Memperoleh Informasi", bold=True, size=8.5)
    option_rows(fl, [(v, k == obtain) for k, v in OBTAIN_LABELS.items()], None, 6)
    fl.gap(4)
    fl.line("Cara Mendapatkan Salinan Informasi", bold=True, size=8.5)
    option_rows(
        fl, [(v, k == deliv) for k, v in DELIVERY_LABELS.items()], None, 6, per_row=3, colw=140
    )
    fl.gap(10)
    fl.para(
        "Simpan bukti ini. Permohonan Anda akan ditanggapi paling lambat 10 (sepuluh) hari kerja "
        "sejak nomor registrasi diterbitkan.",
        size=8.5,
    )
    page.row(
        page.h - 22,
        [
            (
                40,
                f"https://sumselppid.kpu.go.id/permohonan/cetak/{r.randint(10000, 99999)}",
                "left",
            ),
            (555, "Halaman 1 dari 1", "right"),
        ],
        "Helvetica",
        7,
    )
    return "permohonan_informasi"


def plain_letter_head(
    ctx: Ctx, fl: Flow, d: date, subj: str, town="Palembang", lampiran=None
) -> None:
    r, f = ctx.r, ctx.f
    style = date_style(r)
    if r.random() < 0.5:
        fl.line(f"{town}, {fmt_date(d, style)}", align="right")
        fl.gap(4)
        fl.kv("Lampiran", lampiran or "-", 60)
        fl.kv("Perihal", subj, 60)
    else:
        fl.page.row(
            fl.y + fl.size,
            [
                (fl.x0, f"Lampiran : {lampiran or '-'}", "left"),
                (fl.x1, f"{town}, {fmt_date(d, style)}", "right"),
            ],
            fl.reg,
            fl.size,
        )
        fl.y += fl.size * fl.lead
        fl.kv("Hal", subj, 50)
    fl.gap(10)
    f.update(letter_date=d.isoformat(), subject=subj)


def lay_p03_list(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc(r.choice([A4, F4]))
    p = make_person(r)
    d = letter_day(r)
    fl = Flow(doc, 72, doc.page.w - 70, 60, r.choice(["serif", "dvserif", "sans"]), 11)
    with_ktp = r.random() < 0.5
    plain_letter_head(
        ctx,
        fl,
        d,
        r.choice(
            ["Permohonan Informasi Publik", "Permohonan Informasi", "Permintaan Salinan Dokumen"]
        ),
        REGIONS[p.region][1],
        "1 (satu) lembar fotokopi KTP" if with_ktp else None,
    )
    addressee(fl)
    fl.line("Dengan hormat,")
    fl.line("Yang bertanda tangan di bawah ini:")
    identity_block(fl, p, ctx, with_email=r.random() < 0.5)
    fl.gap(4)
    fl.para(
        "dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera "
        "Selatan sebagaimana diatur dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
        "Informasi Publik, yaitu:"
    )
    items = info_items(r, r.randint(2, 5))
    fl.items(items, r.choice(["num", "alpha", "num"]))
    f["information_requested"] = "; ".join(items)
    purpose = r.choice(PURPOSES)
    f["purpose"] = purpose
    fl.gap(4)
    fl.para(
        f"Informasi tersebut akan saya gunakan untuk {lower_first(purpose)}. "
        f"{obtain_sentence(ctx)}".strip()
    )
    fl.para(
        "Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, saya "
        "ucapkan terima kasih."
    )
    fl.gap(8)
    signature(ctx, fl, ["Hormat saya,"], p.name)
    margin_note(ctx, doc.page)
    if with_ktp:
        ktp_page(ctx, doc, p)
    return "permohonan_informasi"


def table(
    fl: Flow, headers: list[str], widths: list[float], rows: list[list[str]], size=9.5
) -> None:
    """A ruled table; each row is one page_text line per wrapped line, cells joined by spaces."""
    page = fl.page
    x0 = fl.x0
    fl.need(40)
    top = fl.y
    y = fl.y + size + 3
    page.row(
        y,
        [(x0 + sum(widths[:i]) + 4, h, "left") for i, h in enumerate(headers)],
        FAMILIES["sans"][1],
        size,
    )
    fl.y = y + 6
    page.line(x0, top, x0 + sum(widths), top, 0.8)
    page.line(x0, fl.y, x0 + sum(widths), fl.y, 0.8)
    for cells in rows:
        wrapped = [wrap(c, fl.reg, size, widths[i] - 8) for i, c in enumerate(cells)]
        n = max(len(w) for w in wrapped)
        fl.need(n * size * 1.3 + 8)
        page = fl.page
        for k in range(n):
            yy = fl.y + size + 2 + k * size * 1.3
            parts = [
                (x0 + sum(widths[:i]) + 4, w[k] if k < len(w) else "", "left")
                for i, w in enumerate(wrapped)
            ]
            page.row(yy, [pp for pp in parts if pp[1]], fl.reg, size)
        rtop = fl.y
        fl.y += n * size * 1.3 + 6
        page.line(x0, fl.y, x0 + sum(widths), fl.y, 0.6)
        xs = [x0 + sum(widths[:i]) for i in range(len(widths) + 1)]
        for xx in xs:
            page.line(xx, rtop, xx, fl.y, 0.6)
    xs = [x0 + sum(widths[:i]) for i in range(len(widths) + 1)]
    for xx in xs:
        fl.page.line(xx, top, xx, min(top + size + 9, fl.y), 0.6)
    fl.gap(8)


def lay_p04_table(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    fl = Flow(doc, 65, 530, 60, r.choice(["sans", "dvsans", "serif"]), 10.5)
    plain_letter_head(ctx, fl, d, "Permohonan Informasi Publik", REGIONS[p.region][1])
    addressee(
        fl,
        [
            "Yth. Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
            "KPU Provinsi Sumatera Selatan",
            KPU_ADDR,
        ],
    )
    fl.line("Dengan hormat,")
    fl.para(
        f"Saya, {p.name}, NIK {p.nik}, pekerjaan {p.occupation}, alamat {p.address}, nomor telepon "
        f"{p.phone}, e-mail {p.email}, dengan ini memohon informasi publik sebagaimana tabel "
        "berikut:"
    )
    f.update(
        applicant_name=p.name,
        nik=p.nik,
        occupation=p.occupation,
        address=p.address,
        phone=p.phone,
        email=p.email,
    )
    items = info_items(r, r.randint(2, 4))
    fmt = r.choice(["softcopy", "hardcopy"])
    rows = [
        [str(i + 1), r.choice(["2024", "2025", "2024-2025", "Tahun 2026"]), fmt, it]
        for i, it in enumerate(items)
    ]
    fl.gap(4)
    table(fl, ["No", "Periode", "Format", "Jenis Informasi"], [30, 75, 60, 300], rows)
    f["information_requested"] = "; ".join(items)
    f["obtain_method"] = "salinan_softcopy" if fmt == "softcopy" else "salinan_hardcopy"
    purpose = r.choice(PURPOSES)
    f["purpose"] = purpose
    fl.para(f"Adapun tujuan penggunaan informasi tersebut adalah {lower_first(purpose)}.")
    if r.random() < 0.5:
        deliv = "email" if fmt == "softcopy" else r.choice(["pos", "kurir", "mengambil_langsung"])
        f["delivery_method"] = deliv
        fl.para(f"Cara mendapatkan salinan: {DELIVERY_LABELS[deliv].lower()}.")
    fl.para("Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.")
    fl.gap(8)
    signature(ctx, fl, ["Pemohon,"], p.name)
    margin_note(ctx, doc.page)
    return "permohonan_informasi"


def lay_p05_prose(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    fl = Flow(doc, 75, 520, 70, r.choice(["serif", "dvserif"]), 11.5, lead=1.5)
    town = REGIONS[p.region][1]
    fl.line(f"{town}, {fmt_date(d, date_style(r))}", align="right")
    fl.gap(6)
    addressee(
        fl,
        [
            "Kepada Yth.",
            "Ketua KPU Provinsi Sumatera Selatan",
            "c.q. PPID KPU Provinsi Sumatera Selatan",
            "di Palembang",
        ],
    )
    f["letter_date"] = d.isoformat()
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    obtain = obtain_sentence(ctx)
    fl.para("Dengan hormat,")
    fl.para(
        f"Saya, yang bertanda tangan di bawah ini, {p.name}, pekerjaan {p.occupation}, beralamat "
        f"di {p.address}, dengan NIK {p.nik} dan nomor telepon {p.phone}, dengan ini mengajukan "
        f"permohonan informasi berupa {info}.",
        first=30,
    )
    fl.para(
        f"Informasi tersebut saya perlukan untuk {lower_first(purpose)}. {obtain}".strip(), first=30
    )
    fl.para(
        "Besar harapan saya agar permohonan ini dapat dipenuhi sesuai ketentuan Undang-Undang "
        "Nomor 14 Tahun 2008. Atas perhatiannya saya ucapkan terima kasih.",
        first=30,
    )
    f.update(
        applicant_name=p.name,
        occupation=p.occupation,
        address=p.address,
        nik=p.nik,
        phone=p.phone,
        information_requested=info,
        purpose=purpose,
    )
    fl.gap(10)
    signature(ctx, fl, ["Hormat saya,"], p.name)
    margin_note(ctx, doc.page)
    if r.random() < 0.4:
        ktp_page(ctx, doc, p, "Lampiran")
    return "permohonan_informasi"


def lay_p06_student(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    uni, fac, addr, dom, code = r.choice(CAMPUSES)
    p = make_person(r, "Mahasiswa", degrees=False, min_age=19, max_age=26)
    p.email = email_for(r, p.plain, p.birth, "student." + dom if r.random() < 0.5 else None)
    d = letter_day(r)
    y = kop(
        doc,
        [uni, fac],
        [addr, f"Laman: www.{dom}  Surel: {fac.split()[1].lower()}@{dom}"],
        r.choice(["book", "shield"]),
        r.choice(["serif", "sans"]),
    )
    fl = Flow(doc, 70, 525, y, "serif", 11)
    prodi = r.choice(STUDY_PROGRAMS)
    subj = r.choice(
        [
            "Permohonan Data Penelitian",
            "Permohonan Informasi untuk Penelitian Skripsi",
            "Permohonan Data dan Informasi",
        ]
    )
    has_no = r.random() < 0.6
    if has_no:
        num = f"{r.randint(100, 2999)}/{code}.{r.randint(1, 9)}/PP/{d.year}"
        fl.page.row(
            fl.y + 11,
            [
                (70, f"Nomor : {num}", "left"),
                (525, f"Palembang, {fmt_date(d, date_style(r))}", "right"),
            ],
            "Times-Roman",
            11,
        )
        fl.y += 15
        f["letter_number"] = num
    else:
        fl.line(f"Palembang, {fmt_date(d, date_style(r))}", align="right")
    fl.kv("Hal", subj, 45)
    fl.gap(8)
    f.update(letter_date=d.isoformat(), subject=subj, sender_org=uni)
    addressee(fl)
    fl.line("Dengan hormat,")
    fl.line("Saya yang bertanda tangan di bawah ini:")
    nim = f"{r.choice(['0', '1', '2'])}{r.randint(10, 99)}{r.randint(1000000, 9999999)}"
    fl.kv("Nama", p.name, 110)
    fl.kv("NIM", nim, 110)
    fl.kv("Program Studi", prodi, 110)
    fl.kv("Pekerjaan", "Mahasiswa", 110)
    with_nik = r.random() < 0.6
    if with_nik:
        fl.kv("NIK", p.nik, 110)
        f["nik"] = p.nik
    fl.kv("Alamat", p.address, 110)
    fl.kv("No. HP", p.phone, 110)
    fl.kv("E-mail", p.email, 110)
    f.update(
        applicant_name=p.name,
        occupation="Mahasiswa",
        address=p.address,
        phone=p.phone,
        email=p.email,
    )
    fl.gap(4)
    title = r.choice(
        [
            "Partisipasi Pemilih Pemula pada Pemilihan Gubernur Sumatera Selatan 2024",
            "Akuntabilitas Pengelolaan Dana Hibah Pilkada di Sumatera Selatan",
            "Akurasi Daftar Pemilih Tetap dan Hak Pilih Warga",
            "Transparansi Logistik Pemilu di Daerah",
        ]
    )
    purpose = f'Bahan penyusunan skripsi berjudul "{title}"'
    items = info_items(r, r.randint(1, 3))
    fl.para(
        f'sedang menyusun skripsi dengan judul "{title}". Sehubungan dengan hal tersebut, saya '
        "mohon kesediaan Bapak/Ibu untuk memberikan data/informasi berikut:"
    )
    fl.items(items, "num")
    fl.para(f'Data tersebut akan saya gunakan sebagai bahan penyusunan skripsi berjudul "{title}".')
    f.update(information_requested="; ".join(items), purpose=purpose)
    fl.para("Demikian permohonan ini, atas bantuan Bapak/Ibu saya ucapkan terima kasih.")
    fl.gap(6)
    sup = (
        make_name(r, r.random() < 0.4, False)[1]
        + ", "
        + r.choice(["S.IP., M.Si.", "Dr., M.H.", "S.H., M.Hum.", "M.Si."])
    )
    y0 = fl.y
    signature(
        ctx,
        fl,
        ["Mengetahui,", "Dosen Pembimbing,"],
        sup,
        f"NIP {r.randint(1965, 1990)}{r.randint(1000000000000, 9999999999999)}"[:22],
        x=fl.x0,
        stamp_texts=[uni[:26], "FAKULTAS"],
    )
    fl.y = y0
    signature(ctx, fl, ["", "Pemohon,"], p.name, f"NIM {nim}")
    margin_note(ctx, doc.page)
    return "permohonan_informasi"


def law_firm(r: random.Random) -> tuple[str, list[str], str, str, str]:
    a = make_name(r, False, False)[1].split()[-1]
    b = make_name(r, False, False)[1].split()[-1]
    name = r.choice(LAW_FIRMS).format(a=a, b=b)
    code = region_code(r)
    _street, *_, addr = make_address(r, code)
    phone = phone_number(r, REGIONS[code][2], mobile=False)
    mail = f"{a.lower()}{r.choice(['law', '.lawoffice', 'rekan'])}@gmail.com"
    lawyers = [
        make_name(r, r.random() < 0.3, False)[1] + ", S.H., M.H.",
        make_name(r, r.random() < 0.4, False)[1] + ", S.H.",
    ]
    return name, lawyers, addr, phone, mail


def lay_p07_lawfirm(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    firm, lawyers, faddr, fphone, fmail = law_firm(r)
    client = make_person(r)
    d = letter_day(r)
    y = kop(
        doc,
        [firm.upper(), "ADVOKAT & KONSULTAN HUKUM"],
        [faddr, f"Telp. {fphone}  E-mail: {fmail}"],
        "scales",
        r.choice(["serif", "sans"]),
        two_col=r.random() < 0.5,
    )
    fl = Flow(doc, 70, 525, y, r.choice(["serif", "dvserif"]), 10.5)
    initials = "".join(w[0] for w in firm.split() if w[0].isupper())[:4]
    num = f"{r.randint(1, 250):03d}/{initials}/{ROMAN[d.month - 1]}/{d.year}"
    subj = "Permohonan Informasi Publik"
    fl.page.row(
        fl.y + 10.5,
        [
            (70, f"Nomor : {num}", "left"),
            (525, f"Palembang, {fmt_date(d, date_style(r))}", "right"),
        ],
        fl.reg,
        10.5,
    )
    fl.y += 15
    fl.kv("Perihal", subj, 45)
    fl.gap(8)
    f.update(letter_number=num, letter_date=d.isoformat(), subject=subj, sender_org=firm.upper())
    addressee(fl)
    fl.line("Dengan hormat,")
    kuasa_date = d - timedelta(days=r.randint(2, 20))
    fl.para(
        f"Kami yang bertanda tangan di bawah ini, {lawyers[0]} dan {lawyers[1]}, Advokat pada "
        f"{firm}, berdasarkan Surat Kuasa Khusus tertanggal {fmt_date(kuasa_date, 'long')}, "
        "bertindak untuk dan atas nama:"
    )
    fl.kv("Nama", client.name, 100, dx=20)
    fl.kv("NIK", client.nik, 100, dx=20)
    fl.kv("Pekerjaan", client.occupation, 100, dx=20)
    fl.kv("Alamat", client.address, 100, dx=20)
    fl.para("selanjutnya disebut sebagai Pemberi Kuasa.")
    f.update(
        applicant_name=client.name,
        nik=client.nik,
        occupation=client.occupation,
        address=client.address,
    )
    items = info_items(r, r.randint(1, 3))
    purpose = r.choice(
        [
            "Kelengkapan bukti dalam perkara yang sedang kami tangani",
            "Pengajuan gugatan ke Pengadilan Tata Usaha Negara",
            "Bahan pembelaan hukum Pemberi Kuasa dalam perkara perdata",
        ]
    )
    fl.gap(4)
    fl.para("Dengan ini mengajukan permohonan informasi publik berupa:")
    fl.items(items, "num")
    fl.para(
        f"Informasi tersebut diperlukan sebagai {lower_first(purpose)}. Mohon salinan (hardcopy) "
        "yang dilegalisir dikirimkan melalui kurir ke alamat kantor kami."
    )
    f.update(
        information_requested="; ".join(items),
        purpose=purpose,
        obtain_method="salinan_hardcopy",
        delivery_method="kurir",
    )
    fl.para(
        "Bersama ini kami lampirkan salinan Surat Kuasa Khusus dan fotokopi KTP Pemberi Kuasa. "
        "Atas perhatiannya kami ucapkan terima kasih."
    )
    fl.gap(6)
    signature(
        ctx,
        fl,
        ["Hormat kami,", "Kuasa Hukum Pemohon,"],
        lawyers[0],
        stamp_texts=[firm.upper()[:24], "PALEMBANG"],
    )
    fl.line(lawyers[1])
    tembusan(fl, ["Pemberi Kuasa", "Arsip"])
    margin_note(ctx, doc.page)
    if r.random() < 0.35:
        ktp_page(ctx, doc, client, "Lampiran: Fotokopi KTP Pemberi Kuasa")
    return "permohonan_informasi"


def body_applicant_letter(ctx: Ctx, org: str, abbr: str, kind: str) -> str:
    """An NGO or company asking in its own name (badan hukum as applicant)."""
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    code = region_code(r)
    _, _, _, _, _, addr = make_address(r, code)
    phone = phone_number(r, REGIONS[code][2], mobile=r.random() < 0.4)
    mail = r.choice(
        [
            f"{abbr.lower().replace('-', '')}.sumsel@gmail.com",
            f"sekretariat@{abbr.lower().replace('-', '')}.or.id",
            f"info_{abbr.lower().replace('-', '')}{r.randint(1, 99)}@yahoo.co.id",
        ]
    )
    sk = (
        f"AHU-{r.randint(1000, 99999):05d}.AH.01.{r.choice(['06', '07'])}.Tahun "
        f"{r.randint(2010, 2023)}"
    )
    d = letter_day(r)
    two = kind == "company" or r.random() < 0.4
    y = kop(
        doc,
        [org.upper()],
        [addr, f"Telp. {phone}  E-mail: {mail}", f"SK Kemenkumham {sk}"],
        "leaf" if kind == "ngo" else r.choice(["shield", "leaf", "star"]),
        r.choice(["sans", "dvsans", "serif"]),
        two_col=two,
    )
    fl = Flow(doc, 70, 525, y, r.choice(["sans", "serif", "dvsans"]), 10.5)
    num = (
        f"{r.randint(1, 150):03d}/{abbr}/{r.choice(['SK', 'EXT', 'B'])}/"
        f"{ROMAN[d.month - 1]}/{d.year}"
    )
    subj = r.choice(
        ["Permohonan Informasi Publik", "Permohonan Data", "Permintaan Informasi Publik"]
    )
    fl.kv("Nomor", num, 50)
    fl.kv("Lampiran", "1 (satu) berkas", 50)
    fl.kv("Perihal", subj, 50)
    fl.line(f"Palembang, {fmt_date(d, date_style(r))}", align="right")
    fl.gap(6)
    addressee(fl)
    f.update(
        letter_number=num,
        letter_date=d.isoformat(),
        subject=subj,
        sender_org=org.upper(),
        applicant_name=org,
        address=addr,
        phone=phone,
        email=mail,
    )
    boss = make_person(r)
    fl.para(
        f"Dengan hormat, {org}, badan hukum berdasarkan SK Kemenkumham Nomor {sk}, beralamat di "
        f"{addr}, dalam hal ini diwakili oleh {boss.name} selaku "
        f"{'Direktur Eksekutif' if kind == 'ngo' else 'Direktur Utama'}, dengan ini mengajukan "
        "permohonan informasi publik sebagai berikut:"
    )
    items = info_items(r, r.randint(2, 4))
    fl.items(items, r.choice(["bullet", "dot", "num"]))
    purpose = r.choice(
        PURPOSES
        if kind == "ngo"
        else [
            "Bahan pemberitaan dan liputan investigasi media",
            "Penyusunan laporan riset opini publik",
            "Bahan analisis data kepemiluan untuk klien",
        ]
    )
    fl.para(f"Tujuan penggunaan informasi: {purpose}.")
    f.update(information_requested="; ".join(items), purpose=purpose)
    if r.random() < 0.6:
        f.update(obtain_method="salinan_softcopy", delivery_method="email")
        fl.para(
            "Kami mohon data dalam bentuk softcopy (format Excel/PDF) dikirimkan ke alamat e-mail "
            f"{mail}."
        )
    fl.para(
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan "
        "terima kasih."
    )
    fl.gap(6)
    signature(
        ctx,
        fl,
        [org + ",", "Direktur Eksekutif" if kind == "ngo" else "Direktur Utama"],
        boss.name,
        stamp_texts=[org.upper()[:26], abbr],
    )
    margin_note(ctx, doc.page)
    return "permohonan_informasi"


def lay_p08_ngo(ctx: Ctx) -> str:
    org, abbr = ctx.r.choice(NGOS)
    return body_applicant_letter(ctx, org, abbr, "ngo")


def lay_p10_company(ctx: Ctx) -> str:
    org, abbr = ctx.r.choice(COMPANIES)
    return body_applicant_letter(ctx, org, abbr, "company")


def hand_value(
    ctx: Ctx, fl: Flow, label: str, value: str, lw=150.0, line_w=None, dotted=True
) -> None:
    """Printed label, dotted line(s), hand-written value slightly off the line."""
    r = ctx.r
    size = 13.5
    lw = max(lw, text_width(label, fl.reg, 10) + 5)
    vx = fl.x0 + lw + 12
    width = line_w or fl.x1 - vx
    lines = wrap(value, ctx.hand_font, size, width - 10) if value else [""]
    fl.need(24 * len(lines))
    y = fl.y + 16
    fl.page.text(fl.x0, y, label, fl.reg, 10, rec=False)
    fl.page.text(fl.x0 + lw, y, ":", fl.reg, 10, rec=False)
    for k, ln in enumerate(lines):
        yy = y + k * 22
        if dotted:
            xx = vx
            while xx < vx + width:
                fl.page.line(xx, yy + 2, xx + 1.2, yy + 2, 0.6, GREY)
                xx += 3.5
        if ln:
            fl.page.hand(
                vx + r.uniform(0, 10),
                yy + r.uniform(-3, 2.5),
                ln,
                r,
                ctx.hand_font,
                size,
                rec=False,
            )
    fl.page.lines.append(f"{label} : {lines[0]}".rstrip())
    fl.page.lines.extend(lines[1:])
    fl.y += 22 * len(lines) + 2


def lay_p09_handform(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r, degrees=r.random() < 0.3)
    d = letter_day(r)
    y = kpu_prov_kop(doc, "serif")
    fl = Flow(doc, 60, 540, y - 6, "sans", 10)
    fl.line("FORMULIR PERMOHONAN INFORMASI PUBLIK", bold=True, align="center", size=12)
    fl.line("(Model PPID-B)", align="center", size=9)
    fl.gap(4)
    fl.kv("No. Pendaftaran (diisi petugas)", "", 150)
    items = info_items(r, r.choice([1, 1, 2]))
    purpose = r.choice(PURPOSES)
    rows = [
        ("Nama", "applicant_name", p.name),
        ("Alamat", "address", p.address),
        ("Nomor KTP/NIK", "nik", p.nik),
        ("Pekerjaan", "occupation", p.occupation),
        ("Nomor Telp/HP", "phone", p.phone),
        ("E-mail", "email", p.email if r.random() < 0.5 else ""),
        ("Rincian Informasi yang Dibutuhkan", "information_requested", "; ".join(items)),
        ("Tujuan Penggunaan Informasi", "purpose", purpose),
    ]
    lw = max(150, *(text_width(lab, fl.reg, 10) + 5 for lab, _, _ in rows))
    for lab, key, val in rows:
        hand_value(ctx, fl, lab, val, lw)
        f[key] = val or None
    fl.gap(4)
    obtain = r.choice(list(OBTAIN_LABELS))
    deliv = r.choice(["mengambil_langsung", "pos", "email", "kurir", "faksimili"])
    f.update(obtain_method=obtain, delivery_method=deliv)
    fl.line("Cara Memperoleh Informasi **", bold=True)
    option_rows(fl, [(v, k == obtain) for k, v in OBTAIN_LABELS.items()], ctx, 14)
    fl.line("Cara Mendapatkan Salinan Informasi **", bold=True)
    option_rows(
        fl, [(v, k == deliv) for k, v in DELIVERY_LABELS.items()], ctx, 14, per_row=3, colw=150
    )
    fl.line("** beri tanda centang pada pilihan", size=8)
    fl.gap(8)
    town = REGIONS[p.region][1] if r.random() < 0.3 else "Palembang"
    ds = fmt_date(d, r.choice(["dash", "slash", "long"]))
    x = fl.x0 + 300
    fl.page.text(x, fl.y + 12, f"{town},", fl.reg, 10, rec=False)
    fl.page.hand(
        x + text_width(f"{town}, ", fl.reg, 10),
        fl.y + 11 + r.uniform(-2, 2),
        ds,
        r,
        ctx.hand_font,
        13,
        rec=False,
    )
    fl.page.lines.append(f"{town}, {ds}")
    f["letter_date"] = d.isoformat()
    fl.y += 26  # room for the descenders of the hand-written date
    fl.page.row(
        fl.y + 10,
        [(fl.x0, "Petugas Pelayanan Informasi", "left"), (x, "Pemohon Informasi", "left")],
        fl.reg,
        10,
    )
    fl.y += 50
    scribble(fl.page, x + 5, fl.y - 18, r)
    fl.page.text(fl.x0, fl.y, "(..................................)", fl.reg, 10, rec=False)
    fl.page.hand(x, fl.y, f"( {p.name} )", r, ctx.hand_font, 12.5, rec=False)
    fl.page.lines.append(f"(..................................) ( {p.name} )")
    margin_note(ctx, doc.page)
    if r.random() < 0.5:
        ktp_page(ctx, doc, p)
    return "permohonan_informasi"


def lay_p11_fax(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    fl = Flow(doc, 72, 523, 60, r.choice(["serif", "sans", "mono"]), 11, lead=1.45, bottom=80)
    plain_letter_head(
        ctx, fl, d, "Permohonan Informasi Publik", REGIONS[p.region][1], "Fotokopi KTP"
    )
    addressee(
        fl,
        [
            "Kepada Yth.",
            "Atasan PPID / PPID",
            "Komisi Pemilihan Umum Provinsi Sumatera Selatan",
            KPU_ADDR,
            "Faks. (0711) 350 446",
        ],
    )
    fl.line("Dengan hormat,")
    fl.para("Melalui faksimili ini saya yang bertanda tangan di bawah ini:")
    identity_block(
        fl,
        p,
        ctx,
        with_email=r.random() < 0.4,
        phone_label=r.choice(["Telepon", "No. HP", "Telp/HP"]),
    )
    fl.gap(6)
    fl.para(
        "mengajukan permohonan informasi publik. Latar belakang permohonan ini adalah adanya "
        "perbedaan data yang saya temukan di lapangan dengan data yang diumumkan secara resmi, "
        "sehingga saya memerlukan dokumen resmi untuk membandingkannya. Adapun informasi yang "
        "saya mohon adalah:"
    )
    items = info_items(r, r.randint(3, 6))
    fl.items(items, "num")
    purpose = r.choice(PURPOSES)
    fl.gap(4)
    fl.para(f"Tujuan penggunaan informasi: {purpose}.")
    f.update(information_requested="; ".join(items), purpose=purpose)
    if r.random() < 0.7:
        f.update(obtain_method="salinan", delivery_method="faksimili")
        fl.para(
            "Saya mohon salinan informasi tersebut dapat dikirimkan kembali melalui faksimili ke "
            "nomor pengirim."
        )
    fl.para(
        "Sebagai kelengkapan, bersama ini saya lampirkan fotokopi KTP. Apabila diperlukan "
        "keterangan tambahan, saya dapat dihubungi pada nomor telepon di atas pada jam kerja."
    )
    fl.para(
        "Demikian permohonan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima "
        "kasih."
    )
    fl.gap(10)
    signature(ctx, fl, ["Hormat saya,"], p.name)
    if len(doc.pages) == 1 and r.random() < 0.5:
        doc.new_page()
        Flow(doc, 72, 523, 70, "serif", 10).para("(halaman ini sengaja dikosongkan)")
    ktp_page(ctx, doc, p)
    f["letter_date"] = d.isoformat()
    footer_pages(doc)
    when = (
        f"{fmt_date(workdays_after(d, r.randint(0, 2)), 'slash')} "
        f"{r.randint(8, 16):02d}:{r.randint(0, 59):02d}"
    )
    fax_header(
        doc, f"+62{REGIONS[p.region][2][1:]}{r.randint(300000, 899999)}", when, p.plain.upper()[:18]
    )
    margin_note(ctx, doc.pages[0])
    return "permohonan_informasi"


def lay_p12_handnote(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    page = doc.page
    p = make_person(
        r,
        r.choice(
            [
                "Petani",
                "Pedagang",
                "Ibu Rumah Tangga",
                "Nelayan",
                "Wiraswasta",
                "Buruh Harian Lepas",
            ]
        ),
        degrees=False,
    )
    d = letter_day(r)
    for k in range(34):
        page.line(40, 70 + k * 22, 560, 70 + k * 22, 0.4, (150, 170, 210))
    page.line(80, 40, 80, 820, 0.6, (220, 120, 120))
    y = 66
    town = REGIONS[p.region][1]
    ds = fmt_date(d, r.choice(["long", "dash", "slash"]))
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    lines = [
        (330, f"{town}, {ds}"),
        (90, "Kepada Yth."),
        (90, "Bapak/Ibu PPID KPU Provinsi Sumsel"),
        (90, "di Palembang"),
        (90, ""),
        (90, "Dengan hormat,"),
        (90, "Saya yang bertanda tangan di bawah ini :"),
        (100, f"Nama : {p.name}"),
        (100, f"Pekerjaan : {p.occupation}"),
    ]
    addr_lines = wrap(f"Alamat : {p.address}", ctx.hand_font, 14, 440)
    lines += [(100, s) for s in addr_lines]
    lines += [(100, f"No. HP : {p.phone}")]
    body = f"Mohon diberikan informasi tentang {info}. Informasi ini untuk {lower_first(purpose)}."
    lines += [(90, s) for s in wrap(body, ctx.hand_font, 14, 450)]
    lines += [
        (90, "Atas bantuannya saya ucapkan terima kasih."),
        (90, ""),
        (330, "Hormat saya,"),
        (330, ""),
        (330, p.name),
    ]
    for x, s in lines:
        if s:
            page.hand(x + r.uniform(-2, 4), y + r.uniform(-3, 1), s, r, ctx.hand_font, 14)
        y += 22
    scribble(page, 335, y - 40, r)
    f.update(
        applicant_name=p.name,
        occupation=p.occupation,
        address=p.address,
        phone=p.phone,
        information_requested=info,
        purpose=purpose,
        letter_date=d.isoformat(),
    )
    return "permohonan_informasi"


# ----------------------------------------- keberatan ----------------------------------------
def objection_basics(ctx: Ctx, d: date):
    r = ctx.r
    req_date = d - timedelta(days=r.randint(20, 60))
    ref = reg_number(r, req_date)
    code = r.choice("aaacceedg" + "bf")
    ctx.f.update(reference_registration_number=ref, objection_reason_code=code)
    return ref, req_date, code, r.choice(REASONS[code])


def lay_k01_free(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc(r.choice([A4, F4]))
    p = make_person(r)
    d = letter_day(r)
    ref, req_date, _code, reason = objection_basics(ctx, d)
    fl = Flow(doc, 72, doc.page.w - 72, 60, r.choice(["serif", "sans", "dvserif"]), 11)
    plain_letter_head(
        ctx,
        fl,
        d,
        r.choice(
            [
                "Keberatan atas Permohonan Informasi Publik",
                "Pengajuan Keberatan",
                "Keberatan atas Tanggapan PPID",
            ]
        ),
        REGIONS[p.region][1],
    )
    addressee(fl, ["Kepada Yth.", "Atasan PPID KPU Provinsi Sumatera Selatan", "di -", "Palembang"])
    fl.line("Dengan hormat,")
    fl.line("Saya yang bertanda tangan di bawah ini:")
    identity_block(fl, p, ctx, with_nik=r.random() < 0.5, with_email=r.random() < 0.3)
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    fl.gap(4)
    fl.para(
        f"Pada tanggal {fmt_date(req_date, 'long')} saya telah mengajukan permohonan informasi "
        f"dengan Nomor Pendaftaran {ref} mengenai {info}. Informasi tersebut saya perlukan untuk "
        f"{lower_first(purpose)}."
    )
    fl.para(
        f"Namun demikian, {reason}. Oleh karena itu, dengan ini saya mengajukan keberatan kepada "
        "Atasan PPID sesuai Pasal 35 Undang-Undang Nomor 14 Tahun 2008 dan mohon agar informasi "
        "tersebut dapat diberikan."
    )
    f.update(information_requested=info, purpose=purpose)
    fl.para("Demikian keberatan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.")
    fl.gap(8)
    signature(ctx, fl, ["Hormat saya,"], p.name)
    if r.random() < 0.5:
        tembusan(
            fl, ["PPID KPU Provinsi Sumatera Selatan", "Komisi Informasi Provinsi Sumatera Selatan"]
        )
    margin_note(ctx, doc.page)
    return "keberatan"


def lay_k02_email(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    ref, req_date, _code, reason = objection_basics(ctx, d)
    fl = Flow(doc, 50, 545, 40, r.choice(["sans", "dvsans"]), 9.5)
    subj = r.choice(
        [
            f"Keberatan atas Permohonan No. {ref}",
            "Pengajuan Keberatan Informasi Publik",
            "KEBERATAN",
        ]
    )
    fl.line(subj, bold=True, size=14)
    fl.gap(6)
    t = f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"
    for lab, val in [
        ("From", f"{p.plain} <{p.email}>"),
        ("To", "ppid.sumsel@kpu.go.id"),
        ("Sent", f"{fmt_date(d, r.choice(['day', 'slash', 'long']))} {t}"),
        ("Subject", subj),
    ]:
        fl.kv(lab, val, 50)
    fl.page.line(50, fl.y + 2, 545, fl.y + 2, 0.5, GREY)
    fl.gap(14)
    f.update(letter_date=d.isoformat(), subject=subj, email=p.email, applicant_name=p.name)
    fl.para("Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan,")
    fl.gap(4)
    fl.para(
        f"Saya {p.name} ({p.occupation}), alamat {p.address}, HP {p.phone}, dengan ini mengajukan "
        f"keberatan atas permohonan informasi saya Nomor Pendaftaran {ref} tanggal "
        f"{fmt_date(req_date, 'slash')}."
    )
    f.update(occupation=p.occupation, address=p.address, phone=p.phone)
    fl.para(f"Alasan keberatan: {reason}.")
    if r.random() < 0.6:
        info = info_topic(r)
        fl.para(f"Informasi yang saya mohon adalah {info}.")
        f["information_requested"] = info
    fl.para("Mohon keberatan ini dicatat dan ditanggapi sesuai ketentuan. Terima kasih.")
    fl.gap(6)
    fl.line("Hormat saya,")
    fl.line(p.name)
    doc.page.row(
        doc.page.h - 20,
        [(50, "Outlook - Cetak pesan", "left"), (545, "Halaman 1 dari 1", "right")],
        "Helvetica",
        7,
    )
    return "keberatan"


def lay_k03_handform(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r, degrees=r.random() < 0.3)
    d = letter_day(r)
    ref, _req_date, code, _ = objection_basics(ctx, d)
    y = kpu_prov_kop(doc, "sans")
    fl = Flow(doc, 60, 540, y - 6, "serif", 10)
    fl.line("PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI", bold=True, align="center", size=12)
    fl.line("(Model PPID-F)", align="center", size=9)
    fl.gap(4)
    fl.line("A. INFORMASI PENGAJU KEBERATAN", bold=True)
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    for lab, key, val in [
        ("Nomor Pendaftaran Permohonan", "reference_registration_number", ref),
        ("Tujuan Penggunaan Informasi", "purpose", purpose),
        ("Nama", "applicant_name", p.name),
        ("Alamat", "address", p.address),
        ("Pekerjaan", "occupation", p.occupation),
        ("Nomor Telepon", "phone", p.phone),
    ]:
        hand_value(ctx, fl, lab, val, 160)
        f[key] = val
    fl.gap(4)
    fl.line("B. ALASAN KEBERATAN **", bold=True)
    for k, lab in REASON_LABELS.items():
        fl.need(14)
        yy = fl.y + 10
        checkbox(fl.page, fl.x0 + 14, yy, k == code, ctx)
        fl.page.text(fl.x0 + 28, yy, f"{k}. {lab}", fl.reg, 10, rec=False)
        fl.page.lines.append(f"[{'x' if k == code else ' '}] {k}. {lab}")
        fl.y += 14
    fl.gap(4)
    fl.line("C. KASUS POSISI", bold=True)
    case = f"Permohonan saya tentang {info} belum juga dipenuhi"
    for ln in wrap(case, ctx.hand_font, 13.5, 440):
        fl.page.hand(fl.x0 + 14, fl.y + 14, ln, r, ctx.hand_font, 13.5)
        fl.y += 21
    f["information_requested"] = info
    fl.gap(10)
    ds = fmt_date(d, r.choice(["dash", "slash", "long"]))
    x = fl.x0 + 300
    fl.page.text(x, fl.y + 12, "Palembang,", fl.reg, 10, rec=False)
    fl.page.hand(x + 55, fl.y + 11, ds, r, ctx.hand_font, 13, rec=False)
    fl.page.lines.append(f"Palembang, {ds}")
    f["letter_date"] = d.isoformat()
    fl.y += 20
    fl.page.row(
        fl.y + 10,
        [(fl.x0, "Petugas Penerima Keberatan", "left"), (x, "Pengaju Keberatan", "left")],
        fl.reg,
        10,
    )
    fl.y += 50
    scribble(fl.page, x + 5, fl.y - 18, r)
    fl.page.hand(x, fl.y, f"( {p.name} )", r, ctx.hand_font, 12.5)
    return "keberatan"


def lay_k04_kuasa(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    firm, lawyers, faddr, fphone, fmail = law_firm(r)
    client = make_person(r)
    d = letter_day(r)
    ref, _req_date, code, reason = objection_basics(ctx, d)
    y = kop(
        doc,
        [firm.upper()],
        [faddr, f"Telp. {fphone}  E-mail: {fmail}"],
        "scales",
        "serif",
        two_col=r.random() < 0.6,
    )
    fl = Flow(doc, 70, 525, y, "serif", 10.5)
    initials = "".join(w[0] for w in firm.split() if w[0].isupper())[:4]
    num = f"{r.randint(1, 250):03d}/Kbr/{initials}/{ROMAN[d.month - 1]}/{d.year}"
    subj = "Pengajuan Keberatan atas Permohonan Informasi Publik"
    fl.kv("Nomor", num, 50)
    fl.kv("Perihal", subj, 50)
    fl.line(f"Palembang, {fmt_date(d, date_style(r))}", align="right")
    fl.gap(6)
    addressee(
        fl,
        [
            "Kepada Yth.",
            "Sekretaris KPU Provinsi Sumatera Selatan",
            "selaku Atasan PPID",
            "di -",
            "Palembang",
        ],
    )
    f.update(letter_number=num, subject=subj, letter_date=d.isoformat(), sender_org=firm.upper())
    fl.para(
        f"Dengan hormat, kami {lawyers[0]}, Advokat pada {firm}, berdasarkan Surat Kuasa Khusus "
        f"bermeterai tertanggal {fmt_date(d - timedelta(days=r.randint(1, 9)), 'long')}, bertindak "
        f"untuk dan atas nama {client.name}, pekerjaan {client.occupation}, beralamat di "
        f"{client.address} (Pemohon)."
    )
    f.update(applicant_name=client.name, occupation=client.occupation, address=client.address)
    info = info_topic(r)
    fl.para(
        f"Pemohon telah mengajukan permohonan informasi dengan Nomor Pendaftaran {ref} mengenai "
        f"{info}. Akan tetapi {reason}."
    )
    f["information_requested"] = info
    fl.para(
        f"Berdasarkan Pasal 35 ayat (1) huruf {code} Undang-Undang Nomor 14 Tahun 2008, kami "
        "mengajukan keberatan dan memohon Atasan PPID membatalkan tanggapan PPID tersebut."
    )
    fl.gap(6)
    signature(
        ctx,
        fl,
        ["Hormat kami,", "Kuasa Hukum Pemohon,"],
        lawyers[0],
        stamp_texts=[firm.upper()[:24], "ADVOKAT"],
    )
    tembusan(fl, ["Komisi Informasi Provinsi Sumatera Selatan", "Pemohon", "Arsip"])
    margin_note(ctx, doc.page)
    return "keberatan"


def lay_k05_boxform(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    ref, _req_date, code, reason = objection_basics(ctx, d)
    page = doc.page
    page.rect(40, 30, 515, 38, 0, None, (30, 60, 120))
    page.text(
        297,
        54,
        "FORMULIR KEBERATAN INFORMASI PUBLIK - e-PPID KPU SUMSEL",
        "Helvetica-Bold",
        12,
        (255, 255, 255),
        "center",
    )
    fl = Flow(doc, 56, 540, 84, "dvsans", 9.5)
    keb = reg_number(r, d, "keb")
    fl.kv("Nomor Registrasi Keberatan", keb, 150)
    fl.kv("Tanggal Pengajuan", fmt_date(d, r.choice(["slash", "dash", "long"])), 150)
    f.update(letter_number=keb, letter_date=d.isoformat())
    fl.gap(6)
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    for sec, rows in [
        (
            "Data Permohonan",
            [
                ("Nomor Pendaftaran Permohonan", ref),
                ("Informasi yang Diminta", info),
                ("Tujuan Penggunaan", purpose),
            ],
        ),
        (
            "Identitas Pemohon",
            [
                ("Nama", p.name),
                ("NIK", p.nik),
                ("Alamat", p.address),
                ("Pekerjaan", p.occupation),
                ("No. HP", p.phone),
                ("E-mail", p.email),
            ],
        ),
    ]:
        fl.page.rect(fl.x0, fl.y, 484, 16, 0, None, LIGHT)
        fl.line(sec, bold=True)
        top = fl.y
        lw = max(150, *(text_width(lab, fl.reg, fl.size) + 5 for lab, _ in rows))
        for lab, val in rows:
            fl.kv(lab, val, lw, dx=6)
        fl.page.rect(fl.x0, top - 2, 484, fl.y - top + 4, 0.6, GREY)
        fl.gap(8)
    f.update(
        information_requested=info,
        purpose=purpose,
        applicant_name=p.name,
        nik=p.nik,
        address=p.address,
        occupation=p.occupation,
        phone=p.phone,
        email=p.email,
    )
    fl.line("Alasan Keberatan (pilih salah satu)", bold=True)
    option_rows(fl, [(f"{k}. {v}", k == code) for k, v in REASON_LABELS.items()], None, 6)
    fl.gap(4)
    fl.line("Kasus Posisi", bold=True)
    fl.para(f"Saya keberatan karena {reason}.", dx=6)
    fl.gap(6)
    fl.para("Dengan mengirimkan formulir ini saya menyatakan data di atas benar.", size=8.5)
    page.row(
        page.h - 22,
        [(40, "sumselppid.kpu.go.id/keberatan", "left"), (555, "1/2", "right")],
        "Helvetica",
        7,
    )
    ktp_page(ctx, doc, p)
    return "keberatan"


def lay_k06_prose2(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    p = make_person(r)
    d = letter_day(r)
    ref, req_date, _code, reason = objection_basics(ctx, d)
    fl = Flow(doc, 75, 520, 70, "serif", 12, lead=1.6, bottom=90)
    fl.line(f"{REGIONS[p.region][1]}, {fmt_date(d, date_style(r))}", align="right")
    fl.gap(4)
    addressee(
        fl,
        [
            "Kepada Yth.",
            "Atasan Pejabat Pengelola Informasi dan Dokumentasi",
            "KPU Provinsi Sumatera Selatan",
            "di Palembang",
        ],
    )
    f["letter_date"] = d.isoformat()
    info = info_topic(r)
    purpose = r.choice(PURPOSES)
    fl.para(
        f"Saya, yang bertanda tangan di bawah ini, {p.name}, pekerjaan {p.occupation}, beralamat "
        f"di {p.address}, dengan NIK {p.nik}, nomor telepon {p.phone}, dengan ini menyatakan "
        "KEBERATAN atas pelayanan permohonan informasi publik saya yang tercatat dengan nomor "
        f"pendaftaran {ref}.",
        first=30,
    )
    f.update(
        applicant_name=p.name, occupation=p.occupation, address=p.address, nik=p.nik, phone=p.phone
    )
    fl.para(
        f"Informasi yang saya minta adalah {info}, yang akan saya gunakan untuk "
        f"{lower_first(purpose)}.",
        first=30,
    )
    f.update(information_requested=info, purpose=purpose)
    fl.para(
        f"Permohonan tersebut saya ajukan pada tanggal {fmt_date(req_date, 'long')}. Adapun "
        "kronologinya, setelah permohonan saya terima tanda buktinya, saya beberapa kali "
        "menghubungi petugas layanan informasi baik melalui telepon maupun datang langsung ke "
        "kantor. Setiap kali saya diminta menunggu karena dokumen masih berada di unit kerja "
        "terkait.",
        first=30,
    )
    fl.para(
        f"Pada akhirnya {reason}. Hal ini menurut saya bertentangan dengan prinsip bahwa setiap "
        "informasi publik bersifat terbuka dan dapat diakses oleh setiap pengguna informasi "
        "publik, serta harus dapat diperoleh dengan cepat, tepat waktu, biaya ringan dan cara "
        "sederhana.",
        first=30,
    )
    fl.para(
        "Sehubungan dengan hal tersebut, saya mohon Atasan PPID memeriksa keberatan ini dan "
        "memerintahkan PPID untuk memberikan informasi yang saya minta. Apabila keberatan ini "
        "tidak ditanggapi dalam jangka waktu 30 (tiga puluh) hari kerja, saya akan menempuh "
        "penyelesaian sengketa informasi ke Komisi Informasi Provinsi Sumatera Selatan.",
        first=30,
    )
    fl.para("Demikian surat keberatan ini saya buat dengan sebenarnya.", first=30)
    fl.gap(8)
    signature(ctx, fl, ["Hormat saya,"], p.name)
    tembusan(
        fl,
        [
            "Komisi Informasi Provinsi Sumatera Selatan",
            "Ombudsman RI Perwakilan Sumatera Selatan",
            "Arsip",
        ],
    )
    footer_pages(doc, "Halaman {i} dari {n}", "serif")
    margin_note(ctx, doc.pages[0])
    return "keberatan"


# ----------------------------------------- official letters ---------------------------------
def official_letter(
    ctx: Ctx,
    kop_names,
    kop_small,
    logo_kind,
    num,
    d,
    subj,
    town,
    to_lines,
    paras,
    roles,
    signer,
    sender,
    family="serif",
    two_col=False,
    tembus=None,
    sifat="Biasa",
    lamp="-",
    hal_label="Hal",
    extra=None,
    tte=False,
    size=11.0,
):
    r, f = ctx.r, ctx.f
    doc = ctx.doc = ctx.doc or Doc()
    y = kop(doc, kop_names, kop_small, logo_kind, family, two_col=two_col)
    fl = Flow(doc, 70, doc.page.w - 65, y, family, size)
    ds = fmt_date(d, date_style(r))
    fl.page.row(
        fl.y + size,
        [(70, f"Nomor : {num}", "left"), (fl.x1, f"{town}, {ds}", "right")],
        fl.reg,
        size,
    )
    fl.y += size * fl.lead
    lw = max(48, *(text_width(s, fl.reg, size) + 5 for s in ("Sifat", "Lampiran", hal_label)))
    fl.kv("Sifat", sifat, lw)
    fl.kv("Lampiran", lamp, lw)
    fl.kv(hal_label, subj, lw)
    fl.gap(8)
    addressee(fl, to_lines)
    for ptxt in paras:
        if isinstance(ptxt, tuple):
            ptxt[0](fl, *ptxt[1:])
        else:
            fl.para(ptxt, first=24)
    if extra:
        extra(fl)
    fl.gap(6)
    signature(ctx, fl, roles, signer, stamp_texts=[sender[:28], town.upper()], tte=tte)
    if tembus:
        tembusan(fl, tembus)
    f.update(letter_number=num, letter_date=d.isoformat(), subject=subj, sender_org=sender)
    return fl


KI_KOP = (
    [KI_NAME],
    [
        "Jl. Kapten A. Rivai No. 3 Palembang 30129",
        "Telp. (0711) 312 608  Email: kip@sumselprov.go.id",
    ],
)


def dispute_basics(ctx: Ctx, d: date, with_info=True):
    r, f = ctx.r, ctx.f
    p = make_person(r)
    reg = dispute_number(r, d - timedelta(days=r.randint(3, 25)))
    ref = reg_number(r, d - timedelta(days=r.randint(60, 120)))
    f.update(applicant_name=p.name, dispute_register_number=reg)
    info = info_topic(r) if with_info else None
    return p, reg, ref, info


def lay_s01_summons(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    d = letter_day(r)
    p, reg, ref, info = dispute_basics(ctx, d)
    num = f"{r.randint(10, 400):03d}/PGL/KI-SS/{ROMAN[d.month - 1]}/{d.year}"
    hear = workdays_after(d, r.randint(4, 10))
    # never printed, but drawing the names keeps the random sequence of later letters
    _majelis = [make_name(r, r.random() < 0.4)[0] for _ in range(3)]

    def hearing(fl):
        for lab, val in [
            ("Hari/Tanggal", fmt_date(hear, "day")),
            ("Pukul", f"{r.choice(['09.00', '10.00', '13.30'])} WIB s.d. selesai"),
            ("Tempat", "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan"),
            (
                "Agenda",
                r.choice(
                    [
                        "Pemeriksaan awal (legal standing dan kewenangan)",
                        "Pemeriksaan pokok perkara dan pembuktian",
                        "Mendengarkan keterangan saksi",
                        "Pembacaan putusan",
                    ]
                ),
            ),
        ]:
            fl.kv(lab, val, 90, dx=24)
        fl.gap(4)

    paras = [
        f"Berdasarkan Register Sengketa Nomor {reg} antara {p.name} sebagai Pemohon dan PPID KPU "
        "Provinsi Sumatera Selatan sebagai Termohon, Majelis Komisioner memanggil Termohon untuk "
        "hadir dalam Sidang Ajudikasi Non-Litigasi yang akan diselenggarakan pada:",
        (lambda fl: hearing(fl),),
        f"Sengketa ini berkenaan dengan permohonan informasi Nomor Pendaftaran {ref} mengenai "
        f"{info}. Termohon diminta membawa surat kuasa (apabila diwakili), dokumen informasi yang "
        "disengketakan dan hasil uji konsekuensi.",
        "Demikian panggilan ini disampaikan untuk dipenuhi.",
    ]
    f.update(reference_registration_number=ref, information_requested=info)
    official_letter(
        ctx,
        *KI_KOP,
        "star",
        num,
        d,
        "Panggilan Sidang Ajudikasi Non-Litigasi",
        "Palembang",
        ["Kepada", "Yth. PPID KPU Provinsi Sumatera Selatan", "(Termohon)", "di -", "Palembang"],
        paras,
        ["a.n. Ketua Majelis Komisioner,", "Panitera Pengganti,"],
        make_name(r, r.random() < 0.5)[0],
        KI_NAME,
        r.choice(["serif", "sans"]),
        sifat="Penting",
        tembus=[f"Pemohon ({p.name})", "Arsip"],
    )
    return "sengketa"


def lay_s02_mediasi(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    d = letter_day(r)
    p, reg, ref, info = dispute_basics(ctx, d, with_info=r.random() < 0.5)
    num = f"{r.randint(10, 400):03d}/KI-SS/Und/{ROMAN[d.month - 1]}/{d.year}"
    when = workdays_after(d, r.randint(3, 8))
    med = make_name(r, r.random() < 0.5)[0]
    paras = [
        "Menindaklanjuti permohonan penyelesaian sengketa informasi publik yang diajukan oleh "
        f"{p.name}, beralamat di {p.address}, yang telah teregister dengan Reg. No. {reg}, dengan "
        f"ini kami mengundang Saudara untuk menghadiri proses MEDIASI pada {fmt_date(when, 'day')} "
        f"pukul {r.choice(['09.00', '10.30', '14.00'])} WIB bertempat di Ruang Mediasi Komisi "
        f"Informasi Provinsi Sumatera Selatan dengan mediator {med}."
    ]
    f["address"] = p.address
    if info:
        paras.append(
            f"Adapun informasi yang dimohonkan oleh Pemohon adalah {info} (Nomor Pendaftaran "
            f"{ref})."
        )
        f.update(information_requested=info, reference_registration_number=ref)
    paras.append(
        "Kami harapkan Termohon hadir langsung atau diwakili oleh pejabat yang diberi kuasa dengan "
        "kewenangan mengambil keputusan. Atas perhatiannya diucapkan terima kasih."
    )
    official_letter(
        ctx,
        *KI_KOP,
        "star",
        num,
        d,
        "Undangan Mediasi Sengketa Informasi Publik",
        "Palembang",
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", "selaku Atasan PPID", "di -", "Palembang"],
        paras,
        ["Ketua Komisi Informasi", "Provinsi Sumatera Selatan,"],
        make_name(r, r.random() < 0.4)[0],
        KI_NAME,
        "sans",
        sifat="Segera",
        hal_label="Perihal",
        tembus=["Pemohon", "Mediator", "Arsip"],
    )
    return "sengketa"


def lay_s03_regtable(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    d = letter_day(r)
    p, reg, ref, info = dispute_basics(ctx, d)
    num = f"{r.randint(10, 400):03d}/KI-SS/{ROMAN[d.month - 1]}/{d.year}"

    def tbl(fl):
        table(
            fl,
            ["Uraian", "Keterangan"],
            [160, fl.x1 - fl.x0 - 160],
            [
                ["Nomor Register Sengketa", reg],
                ["Tanggal Registrasi", fmt_date(d - timedelta(days=2), "long")],
                ["Pemohon", f"{p.name}, {p.address}"],
                ["Termohon", "PPID KPU Provinsi Sumatera Selatan"],
                ["Nomor Pendaftaran Permohonan", ref],
                ["Informasi yang Dimohon", info],
                [
                    "Alasan Permohonan Sengketa",
                    r.choice(
                        ["Keberatan tidak ditanggapi", "Tidak puas atas tanggapan Atasan PPID"]
                    ),
                ],
            ],
            9.5,
        )

    paras = [
        "Dengan hormat, bersama ini kami sampaikan bahwa permohonan penyelesaian sengketa "
        "informasi publik telah dicatat dalam Buku Register Sengketa Komisi Informasi Provinsi "
        "Sumatera Selatan dengan rincian:",
        (tbl,),
        (
            "Termohon diminta menyampaikan tanggapan tertulis paling lambat 7 (tujuh) hari kerja "
            "sejak surat ini diterima."
        ),
    ]
    f.update(address=p.address, reference_registration_number=ref, information_requested=info)
    official_letter(
        ctx,
        *KI_KOP,
        "star",
        num,
        d,
        "Pemberitahuan Registrasi Sengketa Informasi",
        "Palembang",
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
        paras,
        ["Panitera,"],
        make_name(r, r.random() < 0.4)[0],
        KI_NAME,
        r.choice(["dvsans", "sans"]),
        size=10,
        sifat="Penting",
        lamp="1 (satu) berkas",
        hal_label="Perihal",
        tembus=["Pemohon", "Arsip"],
    )
    return "sengketa"


def lay_s04_petition(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    d = letter_day(r)
    p, reg, ref, info = dispute_basics(ctx, d)
    purpose = r.choice(PURPOSES)
    fl = Flow(doc, 60, 535, 50, "sans", 10)
    fl.line(
        "FORMULIR PERMOHONAN PENYELESAIAN SENGKETA INFORMASI PUBLIK",
        bold=True,
        align="center",
        size=11.5,
    )
    fl.line("Kepada Komisi Informasi Provinsi Sumatera Selatan", align="center")
    fl.gap(6)
    top = fl.y
    fl.kv("Nomor Register Sengketa", reg, 150, dx=6)
    fl.kv("(diisi oleh Kepaniteraan KI)", "", 150, dx=6)
    fl.page.rect(fl.x0, top - 2, 475, fl.y - top + 4, 0.8)
    fl.gap(8)
    fl.line("IDENTITAS PEMOHON", bold=True)
    for lab, key, val in [
        ("Nama", "applicant_name", p.name),
        ("NIK", "nik", p.nik),
        ("Alamat", "address", p.address),
        ("Pekerjaan", "occupation", p.occupation),
        ("Nomor Telepon", "phone", p.phone),
    ]:
        fl.kv(lab, val, 150)
        f[key] = val
    fl.gap(4)
    fl.line("TERMOHON", bold=True)
    fl.kv("Nama Badan Publik", "PPID KPU Provinsi Sumatera Selatan", 150)
    fl.kv("Alamat", KPU_ADDR, 150)
    fl.gap(4)
    fl.line("POKOK PERMOHONAN", bold=True)
    fl.kv("Nomor Pendaftaran Permohonan", ref, 150)
    fl.kv("Informasi yang Dimohon", info, 150)
    fl.kv("Tujuan Penggunaan", purpose, 150)
    kd = d - timedelta(days=r.randint(35, 60))
    fl.kv("Tanggal Keberatan", fmt_date(kd, "long"), 150)
    fl.kv(
        "Alasan Permohonan",
        r.choice(
            [
                "Keberatan tidak ditanggapi Atasan PPID dalam 30 hari kerja",
                "Tanggapan Atasan PPID tidak memuaskan",
            ]
        ),
        150,
    )
    f.update(reference_registration_number=ref, information_requested=info, purpose=purpose)
    fl.gap(8)
    signature(ctx, fl, [f"Palembang, {fmt_date(d, date_style(r))}", "Pemohon,"], p.name)
    f["letter_date"] = d.isoformat()
    tembusan(fl, ["PPID KPU Provinsi Sumatera Selatan (Termohon)"])
    if ctx.scan:
        doc.page.stamp(
            430,
            120,
            40,
            ["KOMISI INFORMASI", "DITERIMA", fmt_date(d, "dash")],
            STAMP_PURPLE,
            r.uniform(-15, 15),
        )
    return "sengketa"


# ----------------------------------------- surat masuk --------------------------------------
def kab_kop(code: str) -> tuple[list[str], list[str], str]:
    label, town, area, _ = REGIONS[code]
    name = "KOMISI PEMILIHAN UMUM " + label
    street = random.Random(code).choice(
        ["Jenderal Sudirman", "Merdeka", "Ahmad Yani", "Lintas Sumatera"]
    )
    return (
        [name],
        [
            f"Jl. {street} No. {int(code) % 97} {town}",
            (
                f"Telp. ({area}) {int(code) * 7 % 900 + 100} {int(code) % 900 + 100}  Laman: "
                f"kab-{town.lower().replace(' ', '')}.kpu.go.id"
            ),
        ],
        name,
    )


def lay_m01_undangan_kab(ctx: Ctx) -> str:
    r = ctx.r
    code = r.choice([c for c in REGIONS if c != "1671"] + ["1671"])
    names, small, sender = kab_kop(code)
    town = REGIONS[code][1]
    d = letter_day(r)
    ev = workdays_after(d, r.randint(3, 9))
    topic = r.choice(
        [
            "Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Semester I Tahun 2026",
            "Rapat Koordinasi Pemusnahan Arsip dan Logistik Pemilu 2024",
            "Sosialisasi Layanan Informasi Publik dan PPID",
            "Rapat Evaluasi Pengelolaan Data dan Informasi Pemilihan 2024",
        ]
    )
    subj = "Undangan"

    def when(fl):
        for lab, val in [
            ("hari/tanggal", fmt_date(ev, "day")),
            ("pukul", "09.00 WIB s.d. selesai"),
            ("tempat", f"Aula KPU {REGIONS[code][0].title()}"),
            ("acara", topic),
        ]:
            fl.kv(lab, val, 80, dx=30)

    official_letter(
        ctx,
        names,
        small,
        "star",
        kpu_kab_number(r, code, d, "PL.01.1", "Und"),
        d,
        subj,
        town,
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
        [
            (
                "Dalam rangka keterbukaan data dan informasi kepada publik, kami mengundang "
                "Bapak/Ibu untuk hadir pada:"
            ),
            (when,),
            "Demikian undangan ini disampaikan, atas kehadirannya diucapkan terima kasih.",
        ],
        ["Ketua,"],
        make_name(r, r.random() < 0.4)[0],
        sender,
        r.choice(["serif", "sans"]),
        two_col=True,
        tembus=["Bawaslu " + REGIONS[code][0].title(), "Arsip"],
        sifat="Segera",
    )
    received_stamp(ctx, ctx.doc.page, d)
    margin_note(ctx, ctx.doc.page)
    return "surat_masuk"


def lay_m02_edaran(ctx: Ctx) -> str:
    r = ctx.r
    d = letter_day(r)
    ctx.doc = Doc()
    num = (
        f"{r.randint(100, 2400)}/{r.choice(['HM.02', 'PL.01.1', 'RT.01', 'KU.02'])}-SE/"
        f"{r.choice(['01', '04', '06'])}/{d.year}"
    )
    subj = r.choice(
        [
            "Pengelolaan dan Pelayanan Informasi Publik di Lingkungan KPU",
            "Pemutakhiran Daftar Informasi Publik dan Daftar Informasi yang Dikecualikan",
            "Pelindungan Data Pribadi dalam Pelayanan Informasi Pemilih",
        ]
    )
    pts = [
        (
            "KPU Provinsi dan KPU Kabupaten/Kota agar memastikan seluruh permohonan informasi "
            "publik dicatat dalam register permohonan dan ditanggapi sesuai jangka waktu yang "
            "ditetapkan."
        ),
        (
            "Data pribadi pemilih, termasuk NIK dan Nomor Kartu Keluarga, merupakan informasi "
            "yang dikecualikan dan wajib dihitamkan sebelum salinan dokumen diberikan kepada "
            "pemohon."
        ),
        (
            "Daftar Informasi Publik dimutakhirkan paling sedikit satu kali dalam setahun dan "
            "diumumkan melalui laman PPID masing-masing satuan kerja."
        ),
        (
            "Uji konsekuensi dilaksanakan sebelum informasi ditetapkan sebagai informasi yang "
            "dikecualikan, dan hasilnya dituangkan dalam berita acara."
        ),
        (
            "Laporan layanan informasi publik disampaikan secara berjenjang kepada KPU paling "
            "lambat tanggal 31 Maret tahun berikutnya."
        ),
        (
            "Pengelolaan arsip layanan informasi dilaksanakan sesuai jadwal retensi arsip yang "
            "berlaku di lingkungan KPU."
        ),
        (
            "Dalam hal terjadi sengketa informasi di Komisi Informasi, satuan kerja agar "
            "berkoordinasi dengan Biro Hukum KPU."
        ),
    ]
    r.shuffle(pts)

    def body(fl):
        fl.line("SURAT EDARAN", bold=True, align="center")
        fl.line(f"NOMOR {r.randint(1, 60)} TAHUN {d.year}", bold=True, align="center")
        fl.line("TENTANG", bold=True, align="center")
        for ln in wrap(subj.upper(), fl.bold, fl.size, 380):
            fl.line(ln, bold=True, align="center")
        fl.gap(6)
        fl.items(pts[: r.randint(5, 7)], "num", dx=0, sep="")

    official_letter(
        ctx,
        ["KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310", "Telp. (021) 3193 7223  Laman: www.kpu.go.id"],
        "star",
        num,
        d,
        subj,
        "Jakarta",
        ["Yth.", "1. Ketua KPU Provinsi; dan", "2. Ketua KPU Kabupaten/Kota", "di -", "Tempat"],
        [(body,), "Demikian Surat Edaran ini disampaikan untuk dilaksanakan."],
        ["KETUA,"],
        make_name(r, r.random() < 0.4)[0],
        "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
        "serif",
        size=11.5,
        tembus=[
            "Sekretaris Jenderal KPU",
            "Inspektur Utama KPU",
            "Kepala Biro Hukum",
            "Kepala Biro Perencanaan dan Data",
        ],
        tte=not ctx.scan or r.random() < 0.5,
    )
    footer_pages(ctx.doc)
    return "surat_masuk"


def lay_m03_bawaslu(ctx: Ctx) -> str:
    r = ctx.r
    d = letter_day(r)
    sender = "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
    num = f"{r.randint(10, 900)}/PM.00.01/K.SS/{d.month:02d}/{d.year}"
    subj = r.choice(
        [
            "Imbauan Pengelolaan Data Pemilih",
            "Penyampaian Hasil Pengawasan Pemutakhiran Data Pemilih Berkelanjutan",
            "Pemberitahuan Hasil Pengawasan Penyimpanan Logistik",
        ]
    )
    paras = [
        "Berdasarkan hasil pengawasan jajaran Bawaslu Kabupaten/Kota se-Sumatera Selatan terhadap "
        f"{subj.lower()}, ditemukan {r.randint(3, 40)} data pemilih yang tidak memenuhi syarat "
        "masih tercantum, antara lain di Kabupaten "
        f"{REGIONS[region_code(r)][0].split(' ', 1)[1].title()}.",
        "Sehubungan dengan hal tersebut, kami mengimbau KPU Provinsi Sumatera Selatan untuk "
        "melakukan koordinasi dengan KPU Kabupaten/Kota agar data dan informasi yang disajikan "
        "kepada publik akurat serta menjaga kerahasiaan data pribadi pemilih.",
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    ]
    official_letter(
        ctx,
        [sender],
        [
            "Jl. Mayor Santoso No. 3 Palembang 30135",
            "Telp/Faks. (0711) 372 255  Surel: set.sumsel@bawaslu.go.id",
        ],
        "shield",
        num,
        d,
        subj,
        "Palembang",
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Tempat"],
        paras,
        ["Ketua,"],
        make_name(r, r.random() < 0.4)[0],
        sender,
        "sans",
        tembus=["Ketua Bawaslu RI", "Arsip"],
        sifat="Penting",
    )
    fax_header(
        ctx.doc,
        "0711 372255",
        f"{fmt_date(d, 'slash')} {r.randint(8, 16):02d}:{r.randint(0, 59):02d}",
        "BAWASLU SUMSEL",
    )
    received_stamp(ctx, ctx.doc.page, d)
    return "surat_masuk"


def lay_m04_pemprov(ctx: Ctx) -> str:
    r = ctx.r
    d = letter_day(r)
    sender = "PEMERINTAH PROVINSI SUMATERA SELATAN"
    unit = r.choice(
        [
            "BADAN KESATUAN BANGSA DAN POLITIK",
            "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
            "BIRO PEMERINTAHAN DAN OTONOMI DAERAH",
        ]
    )
    num = (
        f"{r.choice(['400.10.2', '900.1.3', '100.2.1'])}/{r.randint(100, 3000)}/"
        f"{unit.split()[1][:6].title()}/{d.year}"
    )
    subj = r.choice(
        [
            "Monitoring Realisasi Dana Hibah Pemilihan Tahun 2024",
            "Rapat Koordinasi Forum Komunikasi Pemilu Daerah",
            "Penyampaian Jadwal Rekonsiliasi Sisa Dana Hibah",
        ]
    )
    paras = [
        "Dalam rangka tertib administrasi pengelolaan keuangan daerah, bersama ini kami sampaikan "
        f"bahwa {subj.lower()} akan dilaksanakan pada "
        f"{fmt_date(workdays_after(d, r.randint(5, 12)), 'day')} di Ruang Rapat {unit.title()}.",
        "Data realisasi dan laporan pertanggungjawaban yang telah disampaikan akan menjadi bahan "
        "pembahasan, sehingga kehadiran pejabat yang membidangi keuangan sangat diharapkan.",
        "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
    ]
    official_letter(
        ctx,
        [sender, unit],
        ["Jl. Kapten A. Rivai No. 2 Palembang 30129", "Telp. (0711) 352 421"],
        "shield",
        num,
        d,
        subj,
        "Palembang",
        ["Yth. Sekretaris KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
        paras,
        ["a.n. Gubernur Sumatera Selatan", "Kepala,"],
        make_name(r, r.random() < 0.4)[0],
        sender,
        r.choice(["serif", "dvserif"]),
        tembus=["Gubernur Sumatera Selatan (sebagai laporan)", "Inspektur Provinsi"],
    )
    received_stamp(ctx, ctx.doc.page, d)
    margin_note(ctx, ctx.doc.page)
    return "surat_masuk"


def lay_m05_bank(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    sender = "BANK SUMSEL BABEL"
    y = kop(
        doc,
        [sender],
        [
            "Kantor Cabang Utama Palembang",
            "Jl. Kapten A. Rivai No. 1 Palembang  Call Center 1500 181",
        ],
        "bank",
        "sans",
        two_col=True,
    )
    d = letter_day(r)
    fl = Flow(doc, 60, 540, y, "mono", 8.5, lead=1.45)
    fl.line("LAPORAN MUTASI REKENING (REKENING KORAN)", bold=True, size=11)
    fl.kv("Nama Rekening", "RPL 130 KPU PROV SUMSEL UNTUK DANA HIBAH PEMILIHAN", 110)
    fl.kv(
        "No. Rekening", f"1{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10000, 99999)}", 110
    )
    fl.kv("Periode", f"01/{d.month:02d}/{d.year} - {fmt_date(d, 'slash')}", 110)
    fl.kv("Tanggal Cetak", fmt_date(d, "slash"), 110)
    fl.gap(4)
    bal = r.randint(2, 40) * 1_000_000_000
    rows = []
    for k in range(r.randint(6, 12)):
        td = date(d.year, d.month, min(d.day, 1 + k * 2))
        amt = r.randint(1, 900) * 1_000_000
        debit = r.random() < 0.6
        bal = bal - amt if debit else bal + amt
        desc = r.choice(
            [
                "TRF HONOR PPK/PPS",
                "PENGEMBALIAN SISA HIBAH",
                "BY ADM",
                "TRF LOGISTIK",
                "JASA GIRO",
                "SETOR KAS",
            ]
        )
        rows.append(
            [
                fmt_date(td, "slash"),
                desc,
                f"{amt:,}".replace(",", ".") if debit else "",
                "" if debit else f"{amt:,}".replace(",", "."),
                f"{bal:,}".replace(",", "."),
            ]
        )
    table(
        fl, ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"], [70, 150, 80, 80, 100], rows, 8
    )
    fl.para("Dokumen ini dicetak oleh sistem dan tidak memerlukan tanda tangan.", size=7.5)
    f.update(letter_date=d.isoformat(), sender_org=sender)
    received_stamp(ctx, doc.page, d)
    return "surat_masuk"


def lay_m06_clipping(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    page = doc.page
    d = letter_day(r)
    paper = r.choice(NEWSPAPERS)
    page.rect(40, 30, 515, 60, 0.8)
    page.text(297, 50, "KLIPING MEDIA", "Helvetica-Bold", 13, align="center")
    page.text(
        297,
        64,
        "Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
        "Helvetica",
        8,
        align="center",
    )
    page.row(
        82,
        [
            (50, f"Media: {paper}", "left"),
            (300, f"Edisi: {fmt_date(d, 'day')}", "left"),
            (545, f"Hal. {r.randint(1, 16)}", "right"),
        ],
        "Helvetica",
        9,
    )
    heads = [
        "Warga Pertanyakan Data Pemilih Ganda di {kab}",
        "KPU Sumsel Diminta Terbuka Soal Sisa Dana Hibah",
        "Pemutakhiran Data Pemilih Berkelanjutan Temukan Ribuan Pemilih Meninggal",
        "Sengketa Informasi Pemilu Meningkat, KI Sumsel Gelar Sidang Maraton",
    ]
    kab = REGIONS[region_code(r)][0].split(" ", 1)[1].title()
    head = r.choice(heads).format(kab=kab)
    page.text(60, 125, head, "Times-Bold", 17 if len(head) < 55 else 14)
    p1, p2 = make_person(r), make_person(r)
    text = (
        f"PALEMBANG - Sejumlah warga mempertanyakan keterbukaan data kepemiluan di {kab}. "
        f"{p1.plain}, warga Kelurahan {p1.kel}, mengaku telah mengajukan permohonan informasi ke "
        'KPU namun belum mendapat jawaban. "Kami hanya ingin tahu data yang benar," ujarnya. '
        f"Menanggapi hal itu, anggota KPU Provinsi Sumatera Selatan {p2.plain} menjelaskan bahwa "
        "setiap permohonan informasi dicatat dalam register dan ditanggapi paling lambat sepuluh "
        "hari kerja. Menurutnya, data pribadi pemilih seperti NIK tidak dapat dibuka karena "
        "dilindungi undang-undang. Ia mengimbau masyarakat memanfaatkan layanan e-PPID yang "
        "tersedia di laman resmi KPU. Sementara itu, pengamat politik dari salah satu universitas "
        "di Palembang menilai keterbukaan informasi menjadi kunci kepercayaan publik menjelang "
        "Pemilu 2029. Ia mendorong agar laporan penggunaan dana hibah dan hasil rekapitulasi "
        "diumumkan secara berkala tanpa harus menunggu permintaan. (red)"
    )
    cols = [
        Flow(doc, 60, 290, 145, "serif", 10, lead=1.3),
        Flow(doc, 305, 535, 145, "serif", 10, lead=1.3),
    ]
    lines = wrap(text, "Times-Roman", 10, 230)
    half = (len(lines) + 1) // 2
    for k, ln in enumerate(lines):
        cols[0 if k < half else 1].line(ln)
    page.rect(55, 135, 485, max(c.y for c in cols) - 125, 0.5, GREY)
    f["letter_date"] = d.isoformat()
    margin_note(ctx, page)
    return "surat_masuk"


def lay_m07_notadinas(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    d = letter_day(r)
    y = kpu_prov_kop(doc, r.choice(["serif", "sans"]))
    fl = Flow(doc, 70, 525, y, "serif", 11)
    fl.line("NOTA DINAS", bold=True, align="center", size=13)
    num = f"{r.randint(10, 600)}/{r.choice(['HM.02', 'PP.01', 'KU.03'])}-ND/16/{d.year}"
    subj = r.choice(
        [
            "Laporan Rekapitulasi Layanan Informasi Publik Triwulan",
            "Penyampaian Data Permohonan Informasi yang Melewati Batas Waktu",
            "Rencana Uji Konsekuensi Informasi yang Dikecualikan",
        ]
    )
    fl.line(f"Nomor {num}", align="center")
    fl.gap(8)
    for lab, val in [
        ("Yth.", "Sekretaris KPU Provinsi Sumatera Selatan"),
        (
            "Dari",
            "Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
        ),
        ("Hal", subj),
        ("Tanggal", fmt_date(d, date_style(r))),
    ]:
        fl.kv(lab, val, 60)
    fl.page.line(70, fl.y + 2, 525, fl.y + 2, 1.0)
    fl.gap(12)
    fl.para(
        "Bersama ini kami laporkan rekapitulasi layanan informasi publik pada PPID KPU Provinsi "
        "Sumatera Selatan sebagai berikut:",
        first=24,
    )
    n = r.randint(10, 40)
    g = r.randint(3, n - 3)
    table(
        fl,
        ["Uraian", "Jumlah"],
        [300, 100],
        [
            ["Permohonan informasi diterima", str(n)],
            ["Dipenuhi seluruhnya", str(g)],
            ["Ditolak (dikecualikan)", str(r.randint(0, 3))],
            ["Keberatan diajukan", str(r.randint(0, 4))],
            ["Sengketa di Komisi Informasi", str(r.randint(0, 2))],
        ],
    )
    fl.para("Demikian kami sampaikan, mohon arahan lebih lanjut.", first=24)
    fl.gap(6)
    signature(ctx, fl, ["Kepala Bagian,"], make_name(r, r.random() < 0.4)[0], stamp_texts=None)
    f.update(letter_number=num, letter_date=d.isoformat(), subject=subj, sender_org=KPU_PROV)
    margin_note(ctx, doc.page)
    return "surat_masuk"


def lay_m08_disposisi(ctx: Ctx) -> str:
    r, f = ctx.r, ctx.f
    doc = ctx.doc = Doc()
    d = letter_day(r)
    y = kpu_prov_kop(doc, "sans")
    fl = Flow(doc, 60, 535, y, "sans", 10, lead=1.5)
    fl.line("LEMBAR DISPOSISI", bold=True, align="center", size=14)
    fl.gap(4)
    code = region_code(r)
    src = r.choice(
        [
            ("KPU " + REGIONS[code][0].title(), kpu_kab_number(r, code, d, "PL.02.1", "SD")),
            (
                "Bawaslu Provinsi Sumatera Selatan",
                f"{r.randint(10, 900)}/PM.00.01/K.SS/{d.month:02d}/{d.year}",
            ),
            (
                "Komisi Informasi Provinsi Sumatera Selatan",
                f"{r.randint(10, 300):03d}/KI-SS/{ROMAN[d.month - 1]}/{d.year}",
            ),
            (
                "Dinas Kependudukan dan Pencatatan Sipil Kota "
                + r.choice(["Palembang", "Prabumulih", "Lubuklinggau"]),
                f"470/{r.randint(100, 999)}/Disdukcapil/{d.year}",
            ),
        ]
    )
    subj = r.choice(
        [
            "Penyampaian Data Pemilih Meninggal Dunia",
            "Permintaan Klarifikasi Data Pemilih",
            "Undangan Rapat Koordinasi",
            "Penyampaian Salinan Putusan",
            "Laporan Pengelolaan Arsip Pemilu",
        ]
    )
    rcv = workdays_after(d, r.randint(1, 4))
    typed_by_hand = ctx.hand
    top = fl.y
    vals = [
        ("Surat dari", src[0]),
        ("No. Surat", src[1]),
        ("Tgl. Surat", fmt_date(d, r.choice(["dash", "slash", "long"]))),
        ("Diterima Tgl.", fmt_date(rcv, "dash")),
        ("No. Agenda", f"{r.randint(1, 2400):04d}/AG/{rcv.year}"),
        ("Hal", subj),
    ]
    for lab, val in vals:
        if typed_by_hand:
            hand_value(ctx, fl, lab, val, 90, dotted=False)
        else:
            fl.kv(lab, val, 90)
    fl.page.rect(fl.x0 - 4, top - 4, 483, fl.y - top + 6, 0.8)
    f.update(sender_org=src[0], letter_number=src[1], letter_date=d.isoformat(), subject=subj)
    fl.gap(10)
    fl.line("Sifat:", bold=True)
    sif = r.choice(["Sangat Segera", "Segera", "Biasa"])
    option_rows(
        fl,
        [(s, s == sif) for s in ["Sangat Segera", "Segera", "Biasa", "Rahasia"]],
        ctx if typed_by_hand else None,
        10,
        per_row=4,
        colw=110,
    )
    fl.line("Diteruskan kepada:", bold=True)
    tos = [
        "Kabag Teknis & Hupmas",
        "Kabag Hukum & SDM",
        "Kabag Keuangan, Umum & Logistik",
        "Kasubbag Perencanaan, Data & Informasi",
    ]
    pick = r.choice(tos)
    option_rows(
        fl, [(t, t == pick) for t in tos], ctx if typed_by_hand else None, 10, per_row=2, colw=230
    )
    fl.line("Isi Disposisi:", bold=True)
    note = r.choice(
        [
            "Pelajari dan siapkan bahan tanggapan",
            "Koordinasikan dengan PPID",
            "Untuk diketahui dan diarsipkan",
            "Siapkan data sesuai permintaan",
            "Hadiri dan laporkan hasilnya",
        ]
    )
    if ctx.scan:
        fl.page.hand(fl.x0 + 20, fl.y + 20, note, r, ctx.hand_font, 14, RED_INK)
        scribble(fl.page, fl.x0 + 320, fl.y + 24, r, 50, RED_INK)
    else:
        fl.page.text(fl.x0 + 20, fl.y + 18, note, "Helvetica-Oblique", 10)
    fl.page.rect(fl.x0 - 4, fl.y - 2, 483, 60, 0.8)
    fl.y += 70
    return "surat_masuk"


def lay_m09_kabdata(ctx: Ctx) -> str:
    r = ctx.r
    code = r.choice(list(REGIONS))
    names, small, sender = kab_kop(code)
    town = REGIONS[code][1]
    kecs = REGIONS[code][3]
    d = letter_day(r)
    subj = r.choice(
        [
            "Penyampaian Rekapitulasi Daftar Pemilih Berkelanjutan",
            "Penyampaian Laporan Data Pemilih Disabilitas",
            "Penyampaian Data Logistik Pasca Pemilihan",
        ]
    )

    def tbl(fl):
        rows, tl, tp = [], 0, 0
        for k, (kec, _) in enumerate(kecs):
            lk, pr = r.randint(8000, 60000), r.randint(8000, 60000)
            tl, tp = tl + lk, tp + pr
            rows.append(
                [
                    str(k + 1),
                    kec,
                    f"{lk:,}".replace(",", "."),
                    f"{pr:,}".replace(",", "."),
                    f"{lk + pr:,}".replace(",", "."),
                ]
            )
        rows.append(
            [
                "",
                "JUMLAH",
                f"{tl:,}".replace(",", "."),
                f"{tp:,}".replace(",", "."),
                f"{tl + tp:,}".replace(",", "."),
            ]
        )
        table(
            fl,
            ["No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah"],
            [30, 170, 80, 80, 90],
            rows,
            9,
        )

    official_letter(
        ctx,
        names,
        small,
        "star",
        kpu_kab_number(r, code, d, "PL.02.1", "SD"),
        d,
        subj,
        town,
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", "di -", "Palembang"],
        [
            (
                f"Bersama ini kami sampaikan {subj.lower().replace('penyampaian ', '')} "
                f"{REGIONS[code][0].title()} dengan rincian sebagai berikut:"
            ),
            (tbl,),
            (
                "Data tersebut merupakan informasi yang wajib diumumkan secara berkala dan telah "
                "kami unggah pada laman resmi. Demikian disampaikan."
            ),
        ],
        ["Ketua,"],
        make_name(r, r.random() < 0.4)[0],
        sender,
        r.choice(["serif", "sans", "dvserif"]),
        two_col=r.random() < 0.5,
        tembus=["KPU RI di Jakarta", "Bawaslu " + REGIONS[code][0].title(), "Arsip"],
        lamp="1 (satu) berkas",
    )
    received_stamp(ctx, ctx.doc.page, d)
    margin_note(ctx, ctx.doc.page)
    return "surat_masuk"


LAYOUTS = {
    "permohonan_informasi": {
        "P01_email_print": lay_p01_email,
        "P02_eppid_webform": lay_p02_webform,
        "P03_numbered_list": lay_p03_list,
        "P04_items_table": lay_p04_table,
        "P05_prose_identity": lay_p05_prose,
        "P06_student_campus": lay_p06_student,
        "P07_lawfirm_kuasa": lay_p07_lawfirm,
        "P08_ngo_badan_hukum": lay_p08_ngo,
        "P09_handfilled_form": lay_p09_handform,
        "P10_company_twocol": lay_p10_company,
        "P11_fax_multipage_ktp": lay_p11_fax,
        "P12_handwritten_note": lay_p12_handnote,
    },
    "keberatan": {
        "K01_free_letter": lay_k01_free,
        "K02_email_objection": lay_k02_email,
        "K03_handfilled_ppidf": lay_k03_handform,
        "K04_kuasa_objection": lay_k04_kuasa,
        "K05_eppid_boxform_ktp": lay_k05_boxform,
        "K06_prose_two_page": lay_k06_prose2,
    },
    "sengketa": {
        "S01_summons_ajudikasi": lay_s01_summons,
        "S02_mediasi_notice": lay_s02_mediasi,
        "S03_registration_table": lay_s03_regtable,
        "S04_petition_stamped": lay_s04_petition,
    },
    "surat_masuk": {
        "M01_undangan_kpu_kab": lay_m01_undangan_kab,
        "M02_edaran_kpu_ri": lay_m02_edaran,
        "M03_bawaslu_fax": lay_m03_bawaslu,
        "M04_pemprov": lay_m04_pemprov,
        "M05_bank_statement": lay_m05_bank,
        "M06_news_clipping": lay_m06_clipping,
        "M07_nota_dinas": lay_m07_notadinas,
        "M08_lembar_disposisi": lay_m08_disposisi,
        "M09_kpu_kab_data": lay_m09_kabdata,
    },
}
HAND_ALWAYS = {"P09_handfilled_form", "P12_handwritten_note", "K03_handfilled_ppidf"}
HAND_SOMETIMES = {"M08_lembar_disposisi"}
SCAN_ALWAYS = {"P11_fax_multipage_ktp", "M03_bawaslu_fax"}
SHARES = [
    ("permohonan_informasi", 0.4),
    ("keberatan", 0.2),
    ("sengketa", 0.1),
    ("surat_masuk", 0.3),
]


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------
def rl_color(c):
    return tuple(v / 255 for v in c)


def render_pdf(doc: Doc, path: Path) -> None:
    register_fonts()
    c = rl_canvas.Canvas(str(path), pagesize=doc.size, invariant=1)
    for page in doc.pages:
        c.setPageSize((page.w, page.h))
        H = page.h
        for it in page.items:
            kind = it[0]
            if kind == "text":
                _, x, y, s, font, size, col, angle = it
                font = "Hand1" if font == "Hand2" else font
                c.setFillColorRGB(*rl_color(col))
                c.setFont(font, size)
                if angle:
                    c.saveState()
                    c.translate(x, H - y)
                    c.rotate(angle)
                    c.drawString(0, 0, s)
                    c.restoreState()
                else:
                    c.drawString(x, H - y, s)
            elif kind == "line":
                _, x1, y1, x2, y2, w, col = it
                c.setStrokeColorRGB(*rl_color(col))
                c.setLineWidth(w)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == "rect":
                _, x, y, w, h, lw, st, fill = it
                if fill:
                    c.setFillColorRGB(*rl_color(fill))
                if st:
                    c.setStrokeColorRGB(*rl_color(st))
                    c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, stroke=1 if (st and lw) else 0, fill=1 if fill else 0)
            elif kind == "ellipse":
                _, cx, cy, rx, ry, lw, st, fill = it
                if fill:
                    c.setFillColorRGB(*rl_color(fill))
                c.setStrokeColorRGB(*rl_color(st))
                c.setLineWidth(lw)
                c.ellipse(
                    cx - rx, H - cy - ry, cx + rx, H - cy + ry, stroke=1, fill=1 if fill else 0
                )
            elif kind == "poly":
                _, pts, lw, st, fill, closed = it
                pth = c.beginPath()
                pth.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    pth.lineTo(px, H - py)
                if closed:
                    pth.close()
                if fill:
                    c.setFillColorRGB(*rl_color(fill))
                c.setStrokeColorRGB(*rl_color(st))
                c.setLineWidth(lw)
                c.drawPath(pth, stroke=1, fill=1 if fill else 0)
            elif kind == "stamp":
                _, cx, cy, rad, texts, col, angle = it
                c.saveState()
                c.translate(cx, H - cy)
                c.rotate(-angle)
                c.setStrokeColorRGB(*rl_color(col))
                c.setFillColorRGB(*rl_color(col))
                c.setLineWidth(1.4)
                c.circle(0, 0, rad)
                c.circle(0, 0, rad * 0.72)
                c.setFont("Helvetica-Bold", 6.5)
                for k, t in enumerate(texts):
                    c.drawCentredString(0, 6 - k * 9, t[:22])
                c.restoreState()
        c.showPage()
    c.save()


def draw_rotated_text(img, x, y, s, font, color, angle):
    w = int(font.getlength(s)) + 8
    asc, desc = font.getmetrics()
    mask = Image.new("L", (w, asc + desc + 8), 0)
    ImageDraw.Draw(mask).text((4, 4 + asc), s, font=font, fill=255, anchor="ls")
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    img.paste(Image.new("RGB", mask.size, color), (int(x - 4), int(y - asc - 4)), mask)


def render_image(page: Page, dpi: int) -> Image.Image:
    k = dpi / 72.0
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    for it in page.items:
        kind = it[0]
        if kind == "text":
            _, x, y, s, font, size, col, angle = it
            fnt = pil_font(font, size * k)
            if angle:
                draw_rotated_text(img, x * k, y * k, s, fnt, col, angle)
            else:
                dr.text((x * k, y * k), s, font=fnt, fill=col, anchor="ls")
        elif kind == "line":
            _, x1, y1, x2, y2, w, col = it
            dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=col, width=max(1, int(w * k)))
        elif kind == "rect":
            _, x, y, w, h, lw, st, fill = it
            dr.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=st if (st and lw) else None,
                width=max(1, int(lw * k)) if lw else 0,
            )
        elif kind == "ellipse":
            _, cx, cy, rx, ry, lw, st, fill = it
            dr.ellipse(
                [(cx - rx) * k, (cy - ry) * k, (cx + rx) * k, (cy + ry) * k],
                fill=fill,
                outline=st,
                width=max(1, int(lw * k)),
            )
        elif kind == "poly":
            _, pts, lw, st, fill, closed = it
            xy = [(px * k, py * k) for px, py in pts]
            if closed:
                dr.polygon(xy, fill=fill, outline=st, width=max(1, int(lw * k)))
            else:
                dr.line(xy, fill=st, width=max(1, int(lw * k)), joint="curve")
        elif kind == "stamp":
            _, cx, cy, rad, texts, col, angle = it
            R = int(rad * k)
            m = Image.new("L", (2 * R + 8, 2 * R + 8), 0)
            md = ImageDraw.Draw(m)
            md.ellipse([4, 4, 2 * R + 4, 2 * R + 4], outline=170, width=max(2, int(1.4 * k)))
            r2 = int(R * 0.72)
            md.ellipse(
                [R + 4 - r2, R + 4 - r2, R + 4 + r2, R + 4 + r2],
                outline=170,
                width=max(1, int(0.8 * k)),
            )
            fnt = pil_font("Helvetica-Bold", 6.5 * k)
            for j, t in enumerate(texts):
                md.text((R + 4, R + 4 - 6 * k + j * 9 * k), t[:22], font=fnt, fill=170, anchor="ms")
            m = m.rotate(angle, resample=Image.BICUBIC)
            img.paste(Image.new("RGB", m.size, col), (int(cx * k - R - 4), int(cy * k - R - 4)), m)
    return img


def degrade(img: Image.Image, r: random.Random, nrng, rotation: int) -> tuple[Image.Image, dict]:
    skew = round(r.uniform(-2, 2), 2)
    blur = round(r.uniform(0.2, 1.1), 2)
    noise = round(r.uniform(2, 11), 1)
    fade = round(r.uniform(0.55, 1.0), 2)
    arr = np.asarray(img).astype(np.float32)
    arr = 255 - (255 - arr) * fade
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(img).astype(np.float32)
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if rotation:
        img = img.rotate(rotation, expand=True)
    jq = None
    if r.random() < 0.4:
        jq = r.randint(25, 60)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=jq)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img, {
        "skew_deg": skew,
        "blur_px": blur,
        "noise_sigma": noise,
        "rotation": rotation,
        "fade": fade,
        "jpeg_quality": jq,
    }


def save_scan(images: list[Image.Image], fmt: str, dpi: int, path: Path, mode: str) -> None:
    ims = [im.convert(mode) for im in images]
    if fmt == "png":
        ims[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "jpeg":
        ims[0].save(path, "JPEG", quality=80, dpi=(dpi, dpi))
    elif fmt == "tiff":
        comp = "group4" if mode == "1" else "tiff_lzw"
        ims[0].save(
            path, "TIFF", save_all=True, append_images=ims[1:], compression=comp, dpi=(dpi, dpi)
        )
    else:
        ims = [im.convert("L") if mode == "1" else im for im in ims]
        ims[0].save(
            path, "PDF", save_all=True, append_images=ims[1:], resolution=float(dpi), quality=75
        )


# --------------------------------------------------------------------------------------------
# corpus
# --------------------------------------------------------------------------------------------
def plan(n: int, seed: int) -> list[tuple[str, str]]:
    r = random.Random(seed)
    counts = [round(n * s) for _, s in SHARES]
    counts[0] += n - sum(counts)
    jobs = []
    for (cls, _), k in zip(SHARES, counts, strict=True):
        names = list(LAYOUTS[cls])
        pool: list[str] = []
        while len(pool) < k:
            r.shuffle(names)
            pool.extend(names)
        jobs.extend((cls, name) for name in pool[:k])
    r.shuffle(jobs)
    return jobs


def make_letter(args) -> dict:
    out, seed, i, cls, layout = args
    r = random.Random(f"{seed}-{i}-{layout}")
    nrng = np.random.default_rng([seed, i])
    hand = layout in HAND_ALWAYS or (layout in HAND_SOMETIMES and r.random() < 0.5)
    scan = hand or layout in SCAN_ALWAYS or r.random() < 0.67
    ctx = Ctx(r=r, scan=scan, hand=hand, hand_font=r.choice(HAND_FONTS))
    got = LAYOUTS[cls][layout](ctx)
    assert got == cls, (got, cls)
    doc = ctx.doc
    lid = f"x{seed}_{i:04d}"
    rec = {
        "id": lid,
        "files": [],
        "class": cls,
        "layout": layout,
        "heldout": False,
        "handwritten": hand,
        "rendition": "scan" if scan else "digital",
        "pages": len(doc.pages),
        "dpi": None,
        "fields": {k: ctx.f.get(k) for k in FIELD_KEYS},
        "page_text": ["\n".join(p.lines) for p in doc.pages],
    }
    if not scan:
        name = f"{lid}.pdf"
        render_pdf(doc, Path(out) / name)
    else:
        dpi = r.choice([200, 200, 300])
        multi = len(doc.pages) > 1
        fmt = (
            r.choice(["pdf", "tiff", "pdf"])
            if multi
            else r.choice(["png", "jpeg", "pdf", "tiff", "pdf"])
        )
        mode = r.choice(["L", "L", "RGB"]) if fmt != "tiff" else r.choice(["L", "1", "RGB"])
        imgs, meta = [], []
        for page in doc.pages:
            rot = r.choices([0, 90, 180, 270], [22, 1, 1, 1])[0]
            im, m = degrade(render_image(page, dpi), r, nrng, rot)
            imgs.append(im)
            meta.append(m)
        name = f"{lid}.{ {'jpeg': 'jpg', 'tiff': 'tif'}.get(fmt, fmt) }"
        save_scan(imgs, fmt, dpi, Path(out) / name, mode)
        rec["dpi"] = dpi
        rec["scan"] = {"format": fmt, "mode": mode, "pages": meta}
    rec["files"] = [name]
    return rec


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    out, n, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(str(out), seed, i, cls, lay) for i, (cls, lay) in enumerate(plan(n, seed), 1)]
    with Pool(2) as pool:
        recs = pool.map(make_letter, jobs, chunksize=1)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(recs)} letters written to {out}")


if __name__ == "__main__":
    main()

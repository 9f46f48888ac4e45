"""Stage 5: the fields the registers need, read from the letter's text, each with where it was read.

Labelled lines ("Nama : …", "Perihal : …") are read first, with their continuation lines; free
letters fall back to the phrases people write ("Saya, …, NIK …", "… yaitu: 1. …", "akan saya
gunakan untuk …"). Which fields a class carries follows the registers: incoming official mail
keeps only its letter data.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from pipeline import chat, choices, mailprint, sections
from pipeline.fields import (
    A_DATE,
    DATE_GAP,
    EMAIL_TOKEN,
    SPELLED_DATE,
    WEEKDAY,
    YEAR,
    clean_address,
    clean_name,
    clean_org,
    despeck,
    normalise_email,
    normalise_number,
    normalise_phone,
    on_domains,
    parse_date,
    parse_nik,
    snap_to_format,
    without_glosses,
    without_required_marks,
)

FIELD_NAMES = (
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
LETTER_FIELDS = ("letter_number", "letter_date", "subject", "sender_org")
PERSON_FIELDS = ("applicant_name", "nik", "address", "phone", "email", "occupation")
CLASS_FIELDS = {
    "permohonan_informasi": (
        *PERSON_FIELDS,
        "information_requested",
        "purpose",
        "obtain_method",
        "delivery_method",
        *LETTER_FIELDS,
    ),
    "keberatan": (
        *PERSON_FIELDS,
        "information_requested",
        "purpose",
        *LETTER_FIELDS,
        "reference_registration_number",
        "objection_reason_code",
    ),
    "sengketa": (
        "applicant_name",
        "nik",
        "address",
        "phone",
        "occupation",
        "information_requested",
        "purpose",
        *LETTER_FIELDS,
        "reference_registration_number",
        "dispute_register_number",
    ),
    "surat_masuk": LETTER_FIELDS,
}
# "Tgl. Surat", "Tanggal Permohonan": the date of a letter or of a form's request.
LETTER_DATE_LABEL = (
    r"(?:tgl\.?|tanggal)\s*(?:surat|permintaan|permohonan|pengajuan)"
    r"|waktu\s+(?:pengajuan|permohonan)"  # a web form's receipt: "Waktu Pengajuan 2025-08-13 …"
)
# A label, lower-cased, its "(sesuai KTP)" asides dropped, → the field it names. Forms word
# their labels many ways ("Nama Pemohon", "No. HP/WA", "Alamat Rumah", "Pekerjaan/Jabatan").
LABELS: tuple[tuple[str, str], ...] = (
    ("email", r"(?:alamat\s+)?(?:e-?mail|surel|surat\s+elektronik)"),
    (
        "applicant_name",
        r"na(?:m|rn)a(?:\s+(?:lengkap|pemohon(?:\s+informasi)?|pengaju(?:\s+keberatan)?"
        r"|wakil(?:\s+kelompok)?|peneliti|mahasiswa|mahasiswi|penanggung\s+jawab))?"
        r"|(?:full\s+)?name",  # a foreign researcher's English rows
    ),
    (
        "nik",
        r"(?:nomor|no\.?)\s*(?:ktp|identitas|nik)(?:\s*/\s*(?:nik|ktp))?"
        r"|nik(?:\s*/\s*(?:nomor|no\.?)\s*(?:ktp|identitas))?|(?:nomor|no\.?)\s*induk\s+kependudukan",
    ),
    (
        "phone",
        r"(?:nomor|no\.?)\s*(?:telepon|telp\.?|hp|handphone|ponsel|wa|whatsapp|kontak|pengirim)"
        r"(?:\s*/\s*(?:hp|wa|whatsapp|telepon))*|telepon(?:\s+seluler|\s*/\s*hp)?"
        r"|telp\.?(?:\s*/\s*(?:hp|wa|whatsapp))?|hp(?:\s*/\s*(?:wa|whatsapp))?"
        # a business card's "Mobile:", "M:"; a foreign writer's "Phone number :"
        r"|whatsapp|kontak|ponsel|mobile(?:\s+phone)?|(?:tele)?phone(?:\s+number)?|m",
    ),
    # A body's own address: the writer's when no address of a person is given.
    ("org_address", r"(?:alamat\s+)?(?:sekretariat|kantor|redaksi)"),
    # "Alamat Pemohon", "Alamat sesuai KTP", "Alamat Rumah": a person's address.
    (
        "address",
        r"alamat(?:\s+(?:rumah|lengkap|domisili|surat|tinggal|pemohon|pengaju|korespondensi"
        # ("alamat ini" alone is this mailbox a mail asks to be answered at, no label)
        r"|sesuai|ktp|saat(?:\s+ini)?|sekarang|informasi|keberatan|pemberi\s+kuasa|(?:di\s+)?luar\s+negeri"
        r"|di\s+(?!bawah|atas)\w+))"  # ("Alamat di Palembang", a visitor's)
        r"{0,3}"
        r"|tempat\s+tinggal|domisili|(?:(?:local|home|current|mailing)\s+)?address",
    ),
    (
        "occupation",
        r"pekerjaan(?:\s+(?:pemohon|pokok|utama))?(?:\s*/\s*(?:jabatan|profesi))?|profesi|occupation",
    ),
    # A Komisi Informasi's or a court's "Pemohon : Budi, beralamat di …"; never read without
    # its colon, where "Pemohon Keberatan," under a signature would be taken for a name.
    ("party", r"pemohon(?:\s+(?:informasi|keberatan|sengketa|eksekusi))?|pengaju\s+keberatan"),
    ("information_requested", sections.INFO_LABEL),
    ("purpose", sections.PURPOSE_LABEL),
    (
        "subject",
        r"perihal|hal(?:\s*ikhwal)?|subject|subjek|judul\s+(?:laporan|pengaduan|tiket|permohonan)",
    ),
    ("reference_registration_number", r"nomor\s+pendaftaran\s+permohonan"),
    # The number a clerk wrote on the office's own request or objection form.
    # a web form's receipt numbers the request "Nomor Registrasi"
    ("request_number", r"(?:nomor|no\.?)\s*(?:pendaftaran|registrasi(?:\s+permohonan)?)"),
    ("objection_number", r"(?:nomor|no\.?)\s*regist(?:rasi|er)\s+keberatan"),
    # A supplier's bill is numbered as its letter: "No. Invoice :", "Nomor Faktur :"; so is a
    # region's levy assessment ("No. SKRD :").
    # A firm's "Ref :", a diplomatic note's "Note No." number the letter as well.
    (
        "letter_number",
        r"(?:nomor|no\.?)(?:\s*(?:surat|invoice|faktur|kw?itansi|kuitansi|skrd|skpd|tagihan))?"
        r"|ref\.?|referensi|our\s+ref(?:erence)?\.?|note\s+no\.?",
    ),
    # An agenda or a disposition sheet describes the letter it is clipped to.
    ("letter_date", LETTER_DATE_LABEL),
    # A press clipping's "Media : Berita Pagi" names the paper it was cut from.
    (
        "sender_org",
        r"surat\s+dari|asal\s+surat|(?:instansi\s+)?pengirim\s+surat|instansi\s+pengirim"
        r"|(?:nama\s+)?media|sumber\s+berita",
    ),
)
# The second label of a line that holds two ("No. Surat : 681/… Diterima Tgl. : 22/05/2026").
SECOND_LABEL = re.compile(
    r"(?=\s+([A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+){0,3}?)\s*:(?:\s|$|(?=[+(]?\d)))"  # "Telepon :0711-…"
)
SHEET_LABEL = re.compile(
    r"(?i)diterima(?:\s+(?:tgl\.?|tanggal))?|(?:no\.?|nomor)\s*agenda|sifat|lampiran|edisi"
)
# The printed labels of the forms people fill in by hand, which OCR may garble (see
# _misread_label).
FUZZY_LABELS = {
    "alamat": "address",
    "alamat rumah": "address",
    "nomor telepon": "phone",
    "no. telepon": "phone",
    "nomor telepon/hp": "phone",
    "nomor hp": "phone",
    "pekerjaan": "occupation",
    "nama lengkap": "applicant_name",
    "nama pemohon": "applicant_name",
    "alamat e-mail": "email",
    "e-mail": "email",
}
FUZZY_LABEL_LENGTH = 6
# A form's row left blank: its label and colon alone ("Jabatan :", "Tanda tangan :").
EMPTY_ROW = re.compile(
    r"[A-Za-z][A-Za-z ./()-]{1,40}:[ ._]*"
    r"|(?i:jabatan|nip|pangkat(?:\s*/\s*gol\.?)?|instansi|unit\s+kerja|tanda\s+tangan)"
)
FUZZY_LABEL_MATCH = 0.8
# The plus of "+62", or what OCR read for it.
PLUS = r"[+#*“\"]"
MOBILE_START = rf"(?:11|14|1)?(?:{PLUS}?\s?62[\s.-]?|\(?0)\s?8"
# A form's label for a phone ("No. Telp / HP") without a colon: whatever OCR made of a number
# written by hand after it is the phone's, to be read again (pipeline.verify). A letterhead's
# "Telp/HP …" comes before the applicant's row and gives way to it (_applicants_phone).
FORM_PHONE = re.compile(r"(?i)\bHP\b")
FORM_PHONE_VALUE = r"[\d+(]"
# Table-like forms leave out the colon ("Nama Pemohon   Budi"); only these labels are read so,
# and only before a value of the shape given, so that prose is not taken for a label.
COLONLESS_VALUE = {
    # a name, perhaps after a physician's or dentist's title written in lower case ("dr. Ani")
    "applicant_name": r"(?:dr[gh]?\.\s?)?[A-Z]",
    "address": r"[A-Z0-9]",
    "org_address": r"(?:Jl\.?|Jalan)\s",  # "Alamat Redaksi  Jl. Basuki Rahmat …"
    "letter_date": r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    "occupation": r"[A-Z]",
    "nik": r"[\dOIl\]\\](?:\s?[\dOIl\]\\]){5}",
    # a mobile number: an office's "Telp. (0711) 350 445" in a letterhead is not the applicant's
    # (a colon or plus OCR read as "1" or "14" may stand before it)
    # A mobile number, or a landline with its area code set apart ("0711-415621").
    "phone": rf"{MOBILE_START}|\(?0[2-7]\d{{1,2}}\)?[\s.-]\d{{5,8}}\b",
    "email": r"[\w.-]+(?: [\w.-]+)? ?@",
    "request_number": r"[|@°]?\d{1,4}\s?/",
    "objection_number": r"[|@°]?\d{1,4}\s?/",
    # a decree's or a circular's "NOMOR 1880/HK.03-SE/06/2026" under its title, in capitals
    # "005/PEN-MED/K I-SS/IX/2025", a police radiogram's "STR/581/XI/PAM.3.3./2026", an
    # embassy's note "No. JAK-PA/2026/7579" (the year before the number)
    "letter_number": r"(?:[A-Z]{1,6}[./-]?)?\d{1,5}/\S*(?: \S+)?/(?:19|20)\d{2}\b"
    r"|[A-Z]{2,6}(?:-[A-Z]{1,6})?/(?:19|20)\d{2}/\d{1,6}\b",
    # a memorandum's "Hal  Pemutakhiran Daftar Informasi Publik": two words or more, the first
    # capitalised ("Hal tersebut …" begins a sentence)
    "subject": r"[A-Z][a-z]+\s+\S",
}
# A reply's block that names the letter it answers, its number and date in rows below.
CITED_LETTER = re.compile(
    r"(?i)^\W*(?:surat\s+saudara|menjawab\s+surat|membalas\s+surat|menunjuk\s+surat|rujukan)\b"
    r"[^:\n]*:?\s*$"
)
# The fields that begin a row of a person's details, not a letterhead's contact line.
ROW_OF_PERSON = ("applicant_name", "nik", "occupation")
# On its own form the number a clerk wrote is the letter's number (see DESIGN.md).
FORM_NUMBER = {"permohonan_informasi": "request_number", "keberatan": "objection_number"}
ENUMERATOR = r"(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?"  # "2.", "2.1"
# The office's own letterhead: on its forms, no outside sender.
OWN_OFFICE = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
OWN_OFFICE_SPECKS = 2
# The office's own service points, whose printouts head a request under their name ("ANJUNGAN
# LAYANAN INFORMASI MANDIRI", "KIOS INFORMASI PUBLIK", "LAYANAN MANDIRI PPID").
OWN_DESK = re.compile(
    r"(?:ANJUNGAN|KIOS|LOKET|MEJA|LAYANAN\s+MANDIRI)\b(?:\s+(?:LAYANAN|INFORMASI|PUBLIK|MANDIRI"
    r"|PPID|PELAYANAN))*"
)
# How near a line above a received stamp is to the office's name to be the stamp's (0..100),
# and how near a letterhead is to be the office's own.
STAMP_NAME_LIKENESS = 85
OWN_OFFICE_LIKENESS = 95
LETTERHEAD_LINES = 6
# A logo's specks OCR reads before a letterhead's address are short words ("VWIY", "NA INA");
# a name in a column beside the address has a longer one ("LABORATORIUM HUKUM TATA").
SPECK_WORD = 4
# The longest text of a logo OCR reads beside a letterhead ("DPRD", "UNIV"), and of its specks.
LOGO_TEXT = 5
LOGO_SPECK = 2
# Two capitals that begin a body's name, no logo's letters: "PT BANK …", "CV SINAR …".
BODY_FORMS = {"PT", "CV", "UD", "PD", "RS", "KP", "SD", "TK", "MA", "MI"}
# A Balinese name's "NI" before its birth-order name ("NI MADE SUKERTI"), no logo's letters.
BALINESE_START = re.compile(r"(?:NI|I)\s+(?:MADE|WAYAN|NYOMAN|KETUT|KOMANG|PUTU|KADEK|GEDE|LUH)\b")
# A logo's speck read as a word of a letter or two after a line of a letterhead ("… NUSANTARA
# BARU BY" over "PROVINSI …"); a numeral or a short name's end is kept ("… RI", "… TIMUR II").
TRAILING_SPECK = re.compile(r"(?<=[A-Z]{4}) (?!RI$|NU$|TV$|FM$|[IVX]{1,3}$)[A-Z]{1,2}$")
REGION_WORDS = {"DESA", "DUSUN", "KELURAHAN", "KECAMATAN", "KABUPATEN", "KOTA", "PROVINSI"}
# A line of the address column beside a letterhead's name: its town and postcode, or a contact.
LETTERHEAD_STREET = re.compile(
    r"\b(?:Jl|Jln|Jalan|J[Ii1]|Komp|Kompleks|Perum|Lr|Lorong|Gg)\b[.:]?\s"
)
LETTERHEAD_PHONE = re.compile(
    r"(?i)\b(?:telp|telepon|tel|phone|hp|wa)\b\.?\s*:?\s*(\+?\(?\d[\d() .-]{5,18}\d)"
)
ADDRESS_COLUMN = re.compile(r"\b\d{5}\b|^(?:[A-Z][a-z]+,?\s+)+\d{5}$")
RESPONDENT_CONTEXT = 80
TICK_REACH = 8
# The request registration number an objection or a dispute cites (never an objection's own
# KEB number), with OCR's slips in it: "055/ PPID/ KPU-SS/11/2026", "…/VI//2025", "…/II72025";
# its parts may be written in mixed case ("053/PPID/KPU-Prov-SS/IV/2026").
REGISTRATION = re.compile(
    # (glued to its label where OCR lost the colon and the space: "Permohonan082/PPID/…")
    r"[@°]?(?<![\d/])\d{1,4} ?/ ?PPID(?: ?[/.-] ?[A-Z0-9][A-Za-z0-9]*| [A-Z0-9]+)*?"
    r" ?/ ?[IVXT1l|](?: ?[IVXT1l|]){0,3}"  # (OCR puts a gap inside a month: "V III")
    r" ?(?:/{1,2}|7)"
    r"(?:19|20)\d{2}\b"
)
DISPUTE = re.compile(r"\b\d{1,4}/REG-PSI/(?:[A-Z]{2,4}-[A-Z]{2,4}/)?[IVX1l|]{1,4}/(?:19|20)\d{2}\b")
# Each Komisi Informasi writes its register number its own way (034/REG-PSI/III/2026,
# 52/IX/KI-SS-PS/2025, REG.021/PSI/KISS/2026, Reg. 01/PSI-KISS/2026): it is known by the words
# that lead to it ("No. Register : Reg. 045/PSI/KI-SS/2026").
DISPUTE_NUMBER = r"\s*[:.|]?\s*((?:Reg\.\s?)?[A-Z0-9][A-Za-z0-9.-]*(?:\s?/\s?[A-Za-z0-9.-]+){1,5})"
DISPUTE_LED = re.compile(
    r"(?:(?:nomor|no\.?)\s+regist(?:er|rasi)(?:\s+sengketa)?"
    r"|regist(?:er|rasi)\s+(?:sengketa\s+)?(?:dengan\s+)?nomor"
    r"|^[ \t]*register\s+sengketa(?=[ \t]*:?[ \t]*\d)"  # a table's row: "Register Sengketa 028/…"
    r"|(?:di|te)regist(?:er|rasi)\s+dengan\s+(?:nomor|reg\.\s?no\.)"
    r"|perkara\s+(?:nomor|no\.)|(?:nomor|no\.)\s+perkara)" + DISPUTE_NUMBER,
    re.IGNORECASE | re.MULTILINE,
)
# A commission's joinder merges later registers into the first, whose number the case keeps
# ("… ke dalam pemeriksaan Register Nomor 047/REG-PSI/IV/2026").
JOINED_INTO = re.compile(
    r"(?:ke\s+dalam\s+pemeriksaan|satu\s+berkas\s+dengan)\s+(?:perkara\s+)?register\s+nomor"
    + DISPUTE_NUMBER,
    re.IGNORECASE,
)
# Where no register number is given, the number of the commission's decision names the dispute
# (as a court hearing an objection to it does).
DECISION_LED = re.compile(
    r"putusan\s+komisi\s+informasi(?:\s+provinsi)?(?:\s+[A-Z][a-z]+){0,3}\s+nomor" + DISPUTE_NUMBER,
    re.IGNORECASE,
)
YEAR_END = re.compile(r"(?:19|20)\d{2}$")
# "Dengan hormat, PT Sriwijaya Riset Indonesia, badan hukum berdasarkan SK Kemenkumham …,
# dalam hal ini diwakili oleh …": a legal body asks in its own name, and is the applicant
# (domain.md: "nama lengkap orang perorangan/badan hukum"); its director only speaks for it.
BODY_APPLICANT = re.compile(
    r"(?:[Dd]engan\s+hormat,|\b[Kk]ami,)\s+([A-Z][^,\n]{2,80}?(?:\n[^,\n]{1,80}?)?),\s+"
    r"(?:suatu\s+|sebuah\s+)?badan\s+hukum\b"
)
# The legal forms a body's name starts with.
BODY_NAME = re.compile(
    r"(?i)(?:PT|CV|UD|Yayasan|Perkumpulan|Perhimpunan|Koperasi|Firma|Persekutuan|Lembaga|LSM|LBH"
    r"|Ikatan|Asosiasi|Serikat|Komunitas|Forum|Jaringan|Aliansi|Koalisi|Gerakan|Partai)\b"
)
# How many digits a labelled NIK needs to be taken as one written, however garbled.
NIK_DIGITS_WRITTEN = 8
NIK_TOKEN = re.compile(r"(?<![\dA-Za-z])[\dOIlSBDZ](?: ?[\dOIlSBDZ]){15}(?![\dA-Za-z]| ?\d)")
# "… klien kami, Novita Sari, S.H., NIK 160112\n541280 6902, beralamat …": a NIK in a sentence
# that wraps at the margin.
NIK_WRAPPED = re.compile(r"\bNIK\s*:?\s*([\dOIlSBDZ](?:[ \n]?[\dOIlSBDZ]){15})(?![\dA-Za-z]| ?\d)")
# A subject line filled to its margin wraps; the tail it wraps is short.
WRAPPED_VALUE = 35
WRAPPED_LINE = 25  # a wrapped line this long may have run to the margin too
WRAP_TAIL = 50
WRAP_LINES = 4
# (nor a table's header under a bill's subject: "No Uraian Qty Harga (Rp) Jumlah (Rp)")
NOT_A_WRAP = re.compile(
    r"(?i)(?:yth|kepada|dengan\s+hormat|lampiran|sifat|nomor|selamat|assalam|di\s*$|dear|to\b"
    r"|no\.?\s+uraian|.*\(rp\)|isi\s+(?:laporan|pengaduan|surat|tiket)\s*$"
    r"|(?-i:(?:[A-H]|[IVX]{1,4})\.\s+[A-Z]))"  # a memo's first part: "A. Persoalan", "I. PERSOALAN"
)
# Words in capitals a received stamp beside a subject in ordinary case adds to it: two or more,
# one of them a long word ("KPU PROVINSI SUMATERA SELATAN", "GPR SUMATERS SELATAN").
STAMP_TAIL = re.compile(r"(?:\s+[A-Z]{2,}\b\.?){2,}$")
# A received stamp's own words beside a subject: "… Mediasi Tgl: 17-04-2026", "… DITERIMA".
STAMP_WORDS = re.compile(
    r"\s+(?:DITERIMA\b|T[a-z][l1I]?\s*[:.?]\s*\d|Para[ft]\s*:?\s*$).*$"  # "… Manurung Parat"
)
# "Perihal : Keberatan Informasi Publik      Palembang, 2 Juni 2025": a dateline beside it.
DATELINE_TAIL = re.compile(
    r"\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b)[A-Z][a-z]+,\s+"
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s+)?"
    # (the Hijri date first: "Sekayu, 15 Jumadil Awal 1447 H / 6 November 2025 M")
    r"(?:\d{1,2}\s+[A-Z][a-z']+(?:\s+[A-Z][a-z]+)?\s+14\d{2}\s*H\s*/\s*)?"
    r"\d{1,2}[\s./-]+(?:[A-Za-z]+|\d{1,2})[\s./-]+(?:19|20)\d{2}(?:\s*M)?\s*$"
)
# A date alone after a subject, the dateline's date in the column beside it ("Permintaan Data
# 11 Desember 2025", "… Dokumen Jumat, 15 Mei 2026"); one the subject names ("Undangan Rapat
# tanggal 15 Mei 2026") stays.
BARE_DATE_TAIL = re.compile(
    r"(?<!tanggal)(?<!tgl\.)(?<!tgl)(?<!pada)(?<!hari)(?<!s\.d\.)(?<!s\.d)(?<!sampai)(?<!hingga)"
    r"(?<!\bper)\s+"  # ("Konfirmasi Saldo Rekening per 31 Oktober 2026" names it)
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),?\s+)?"
    r"\d{1,2}[\s./-]+(?:[A-Za-z]{3,}|\d{1,2})[\s./-]+(?:19|20)\d{2}\s*$",
    re.IGNORECASE,
)
# What a letter's number looks like: "12/ABC/2025", or digits and letters in three parts or more
# joined by dots or slashes ("108.BEM/SEKRE.III.2026", "219.SMA.V.2026", "61-SK/DPW/D/2025");
# neither a phone's nor a date's digits.
# (and a delivery note's or an invoice's "DO-2025-5507", "INV-2026-0042")
NUMBER_SHAPE = re.compile(
    r"\d+\s?/|^\s*(?=\S*\d)(?=\S*[A-Za-z])[\w-]+(?:[./][\w-]+){2,}"
    r"|^\s*[A-Z][A-Z0-9]{1,5}-(?:19|20)\d{2}-\d{2,6}\b"
)
# An objection's sentence goes on from what was asked to why it objects ("… mengenai jadwal
# pemutakhiran data pemilih, karena informasi berkala yang seharusnya …"): the reason is no
# part of the information.
REASON_CLAUSE = re.compile(r",\s+(?:karena|sebab|namun|tetapi|akan\s+tetapi)\b.*$", re.DOTALL)
ACRONYM_LENGTH = 4
# "…, pekerjaan Pensiunan, dengan ini …", "Pekerjaan saya pekerja lepas.", "…, bekerja sebagai
# Dosen, …".
# What people write as their work, by its first words (the KTP's list and what letters add).
OCCUPATIONS = (
    r"(?:mahasiswa|mahasiswi|pelajar|pegawai|karyawan|karyawati|guru|dosen|peneliti|petani"
    r"|pekebun|nelayan|pedagang|wiraswasta|wirausaha|pengusaha|buruh|pekerja|ibu\s+rumah\s+tangga"
    r"|mengurus\s+rumah\s+tangga|wartawan|jurnalis|advokat|pengacara|konsultan|notaris"
    r"|perangkat\s+desa|kepala\s+desa|aparatur|pensiunan|dokter|bidan|perawat|sopir|pengemudi"
    r"|tukang|honorer|aktivis|pegiat|penulis|seniman|freelancer|programmer|arsitek|apoteker"
    r"|pengurus|pelaku\s+(?:usaha|umkm)|asn|pns)\b"
)
# "…, seorang perangkat desa, alamat …"; "Saya, Sutrisno, pedagang, pemegang NIK …"; "Saya,
# Dr. Ani, S.H., M.H. (NIK 1609…), wartawan, beralamat …".
# The writer naming themself: "Saya, Dr. Ani, S.H., M.H.", degrees and all.
WRITER_NAMED = (
    r"\bsaya,?\s+(?:nama\s+saya\s+)?(?:dr[gh]?\.\s?)?[A-Z][^,\n(]{2,60}"
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.\s?){1,3})*"
)
OCCUPATION_NAMED = re.compile(
    rf"(?i)(?:\bseorang\s+|{WRITER_NAMED}(?:\s*\([^)\n]{{0,40}}\))?,\s+)"
    rf"({OCCUPATIONS}[A-Za-z ]{{0,30}}?)(?=\s*[,.;])"
)
OCCUPATION_IN_PROSE = re.compile(
    r"(?:(?:(?<=[,.]\s)|(?<=[,.]\n)|(?<=\n)|(?<=saya\s))[Pp]ekerjaan(?:\s+saya)?"
    r"(?:\s+(?:adalah|sebagai))?|(?:(?<=[,.]\s)|(?<=\n)|\bdan\s)(?:sehari-hari\s+)?bekerja\s+sebagai)"
    r"\s+(?!umum\b)([A-Za-z][A-Za-z \n]{2,40}?)"
    r"(?=\s*[.,;]|\n(?![A-Za-z]+(?: [A-Z][A-Za-z]*){0,2},)"
    r"|\s+(?:dengan|dan(?!\s+[A-Z]{2,}\b)|yang)\b)"  # ("Notaris dan PPAT" is one)
)
# "Saya Salsabila Azzahra (Peneliti), alamat …": the work in brackets after the writer's name.
OCCUPATION_BRACKETED = re.compile(
    rf"(?i){WRITER_NAMED}\s*\(\s*({OCCUPATIONS}[A-Za-z ]{{0,30}}?)\s*\)"
)
# What only an identity card's copy prints (a request behind a cover letter has none of it).
KTP_COPY = re.compile(
    r"(?i)tempat\s*/\s*tgl\.?\s*lahir|jenis\s+kelamin|status\s+perkawinan|berlaku\s+hingga"
    r"|gol\.?\s*darah|kewarganegaraan|foto\s*(?:kopi|copy)\s+ktp"
)
# A KTP's date of issue beside its occupation ("PERAWAT 16-10-2021", "WIRASWASTA 2a-vo-2023" as
# OCR reads it), or a number a form's next box holds ("Mahasiswa 16062118"): no occupation's.
KTP_ISSUE_DATE = re.compile(r"\s+(?:\S{1,2}-\S{1,2}-\d{4}|\d{5,})\s*$")
# Where an occupation written in a sentence gives way to the writer's other particulars.
OCCUPATION_END = re.compile(
    r",\s*(?:beralamat|alamat|(?:bertempat\s+)?tinggal|berdomisili|NIK|nomor|no\.)\b", re.I
)
# Where an occupation's employer follows it: "Dosen pada Universitas Sriwijaya".
EMPLOYER = re.compile(r"\s+(?:pada|di)\s+(?=[A-Z])")
# The body a sender belongs to, printed above it on the letterhead.
# A letterhead's second line, naming where the body sits: "PROVINSI SUMATERA SELATAN".
REGION_ONLY = re.compile(r"(?:PROVINSI|KABUPATEN|KOTA)(?:\s+[A-Z]+){1,4}")
PARENT_BODY = re.compile(
    r"(?:KEMENTERIAN|MAHKAMAH\s+AGUNG|PEMERINTAH\s+(?:PROVINSI|KABUPATEN|KOTA)|KEPOLISIAN\s+NEGARA"
    r"|KEJAKSAAN\s+(?:AGUNG|REPUBLIK\s+INDONESIA))\b"
)
# A school, university or hospital a foundation (yayasan) runs, named under it.
SCHOOL = re.compile(
    r"(?:SD|SMP|SMA|SMK|MI|MTS|MA|MADRASAH|SEKOLAH|UNIVERSITAS|INSTITUT|POLITEKNIK|AKADEMI"
    r"|PONDOK\s+PESANTREN|RUMAH\s+SAKIT)\b",
    re.IGNORECASE,
)
# A commission's decision, titled and numbered above the commission's name.
DECISION_TITLE = re.compile(r"(?:PUTUSAN|PENETAPAN|KETETAPAN)(?:\s+SELA)?")
# The logos of a coalition's members printed in a strip over its name, read as their acronyms
# ("PKDS FJPS FMPD ALIANSI PEMANTAU …"); a board's own ("DPD", "DPW") is part of its name.
LOGO_ACRONYMS = re.compile(
    r"^(?:(?!(?:DP[PDWC]|PAC|PC|PW|PT|CV|UPTD?)\s)[A-Z][A-Z0-9-]{1,5}\s+)+"
    r"(?=(?:ALIANSI|KOALISI|FORUM|LEMBAGA|YAYASAN|PERKUMPULAN|KOMISI|BADAN|KELOMPOK|IKATAN"
    r"|HIMPUNAN|PERSATUAN|ASOSIASI|JARINGAN|GERAKAN|KOMUNITAS|SERIKAT|KOMITE)\s)"
)
# A letter's classification printed over its letterhead.
SECURITY_MARK = re.compile(r"(?:SANGAT\s+)?(?:RAHASIA|TERBATAS|SEGERA)|KILAT")
# Fewer words of five letters than this: a page of Braille dots or a picture, no letter's head
# (OCR reads dots as short words: "vey", "aes").
LEGIBLE_PAGE_WORDS = 5
# The office's own received stamp ("DITERIMA / KPU PROVINSI SUMATERA SELATAN / Tgl: …"), as OCR
# reads it over a letterhead.
RECEIVED_STAMP = re.compile(r"\bDITERIMA?\b|\bTGL\s*[:.]|^KPU\s+(?i:PROVINS)")
CAPITAL_WORD = re.compile(
    r"[A-Z][A-Z.,'&()/-]*|&|[A-Z]\d+[A-Z]*|\((?:Persero|Perseroda)\)|Tbk\.?"
    r"|\d{2,4}/[A-Z][A-Z/-]*"  # a military unit's number and name: "KOMANDO … 044/GARUDA DEMPO"
    r"|[\"“][A-Z][A-Z.,'&()/-]*[\"”]?|[A-Z][A-Z.,'&()/-]*[\"”]"  # a quoted name: "KARYA MAKMUR"
    r"|\([A-Z][A-Z.&/-]+\)"  # the body's acronym after its name: "… SEKOLAH (OSIS)"
)
# A speck read as a letter between a letterhead's words ("FORUM PEMUDA PEDULI DATA O KOTA …").
LONE_LETTER = re.compile(r"(?<=[A-Z\"”]{2}) [A-HJ-UWYZ](?= [A-Z]{3})")  # not "KELAS I"
VILLAGE = re.compile(r"\b(?:DESA|KELURAHAN)\b")
BOARD = re.compile(r"DEWAN\s+PIMPINAN\s+(?:PUSAT|WILAYAH|DAERAH|CABANG)\b")
UNIVERSITY = re.compile(r"(?:UNIVERSITAS|INSTITUT|POLITEKNIK|SEKOLAH\s+TINGGI)\b")
# A body's unit that prints its own name over the address, the body's under it: a faculty, a
# regional office ("PERWAKILAN PROVINSI …" of the audit board), a branch's board.
UNIT_HEAD = re.compile(
    r"FAKULTAS\b|PERWAKILAN\b|PENGURUS\s+(?:CABANG|WILAYAH|DAERAH|PUSAT|KOMISARIAT)\b"
    r"|DEWAN\s+PIMPINAN\s+CABANG\b"
)
BODY_UNDER_UNIT = re.compile(r"(?!PENGURUS|DEWAN|PERWAKILAN)[A-Z]{3,}(?:\s+[A-Z]{2,}){1,7}$")
# The lines under a letterhead's address a faculty's university or a party's board may be
# printed on, beside an emblem.
PARENT_REACH = 4
# The line under a law firm's name that says what it does, perhaps after a logo's speck.
PROFESSION_TAGLINE = re.compile(
    r"(?:[A-Z]{1,2}\s+)?(?:ADVOKAT|ADVOCATES?|PENGACARA|KONSULTAN|CONSULTANTS?|LEGAL|HUKUM"
    r"|ATTORNEYS?|AT|LAW|&|DAN|,|\s)+"
)
# Words in capitals that are a body's name whatever follows (a masthead's motto).
NAME_WORDS = 3
# After a letterhead's words, a stamp's ("| Tgl: 2/5/2026", "Paraf") or a logo's specks; prose
# after a word or two in capitals ("PPID KPU Sumsel") means the line is no letterhead.
PROSE = re.compile(r"\b[A-Za-z][a-z]{2,}\b")
# A masthead's motto beside a two-word name ("WARTA AMPERA  Fakta Setiap Saat"): words in title
# case and nothing else.
MOTTO = re.compile(r"(?:[A-Z][a-z]+)(?: [A-Z][a-z]+){1,4}")
# A name printed letter-spaced, read by OCR in pieces ("KA BA R M U SI"); the runs of
# capitalised words it may be spelled as elsewhere in the letter; one OCR slip allowed in so
# many letters.
SPACED_CAPITALS = re.compile(r"^(?:[A-Z]{1,5} ){2,}[A-Z]{1,5}\b")
SPELLED_RUN = re.compile(r"\b[A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]{2,}){0,3}")
SPACED_LETTERS_PER_SLIP = 8
# A received stamp's rows under its title.
STAMP_ROW = re.compile(r"^\s*(?:Jam|Par[a-z]{2,3}|Tgl|Tanggal)\s*[:.]")
STAMP_NOISE = re.compile(r"[|\d\"“”]|\b(?:Paraf|Jam|Tgl|Tal|Ta)\b")
# A short line above a letterhead is a stamp's or a logo's specks ("ou ITERIMA").
SPECK_LINE = 20
NOTE_LINE = 30
# What a desk writes on a letter it passes on: "Yth PPID Pelaksana", "utk diproses sesuai SOP".
DESK_NOTE = re.compile(
    r"(?i)\b(?:yth|yk|utk|untuk|diproses|proses|ppid|sop|disposisi|mohon|tindak)\b"
)
# A line of a letterhead has words; a phone's status bar ("12.56 4G 82%") has none.
WORDS = re.compile(r"[A-Z]{3,}")
# Where the letterhead has ended: its address, or the title of a form or a record.
NOT_A_LETTERHEAD = re.compile(
    r"^(?:JL|JALAN|TELP|NOMOR|FORMULIR|BLANGKO|SURAT|LEMBAR|NOTULEN|RISALAH|RELAAS|BERITA\s+ACARA"
    r"|PENETAPAN|KEPUTUSAN|PUTUSAN|SALINAN|TANDA\s+TERIMA|PANGGILAN|UNDANGAN|PERMOHONAN"
    r"|PERMINTAAN|PERNYATAAN|PEMBERITAHUAN|NOTA|MEMO(?:RANDUM)?|DISPOSISI|KLIPING|FAKTUR"
    r"|INVOICE|KWITANSI|KUITANSI|KEBERATAN|PENGADUAN|LAPORAN|PENGUMUMAN|KARTU|TRANSKRIP|MEMORI"
    r"|BERKAS|SIARAN|RILIS|PRESS|RAD\s?IOGRAM|TELEGRAM|DARI|PIAGAM|SERTIFIKAT|TELAAHAN|KUTIPAN"
    # (a ruling's extract, a wedding card, a fax's cover, a card's greeting, a paper's board)
    r"|WALIMAT\w*|FAKSIMILI|FACSIMILE|FAX|TURUT\s+BERDUKA|UCAPAN|SUSUNAN)\b"
)
# A notary's "H." or "Dr." before the name their office bears, no logo's speck.
HONORIFIC = re.compile(r"(H|Hj|HJ|Dr|DR|Ir|IR|Drs|DRS|Prof|PROF)\.\s+(?=[A-Z]{3})")
# A card's sender under its greeting ("Ketua, Anggota dan Keluarga Besar" / "KOMISI PEMILIHAN
# UMUM" / "KOTA PRABUMULIH").
CARD_SENDER = re.compile(
    r"(?:Keluarga\s+Besar|Seluruh\s+Jajaran)\s*\n((?:[A-Z][A-Z0-9 .,&/-]{2,}(?:\n|$)){1,2})"
)
# The line a fax machine prints across the top of the page it received.
FAX_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}[:.]\d{2}\b.*\b(?:FAX|FROM|TO)\b")
# The ballot number of the candidates a campaign team's letterhead names under the team.
CANDIDATES_TAG = re.compile(r"(?i)\b(?:NOMOR|NO\.?)\s+URUT\b")
# A document's title on a page of its own before the letter ("MEMORI KEBERATAN" over an
# advocates' brief): no letterhead, and a sender's letterhead may head the page behind.
TITLE_PAGE = re.compile(r"MEMORI\b|KEBERATAN\b|PERMOHONAN\b|RISALAH\b|BERKAS\b")
# A public body's name in ordinary case, and a line of its letterhead so written.
TITLE_WORD = r"(?:[A-Z][a-z]+|dan|[A-Z]{2,})"
TITLE_CASE_LINE = re.compile(rf"(?:[A-Z][a-z]+|[A-Z]{{2,}})(?: {TITLE_WORD})*")
EMBLEM_SPECK = re.compile(r"^(?:[a-z]{1,2}|[A-Z][a-z]|[A-Z]{2})\s+(?=[A-Z][a-z])")  # "Ik", "RY"
TITLE_CASE_BODY = re.compile(
    r"(?:Komisi|Badan|Dinas|Pengadilan|Dewan|Majelis|Sekretariat|Kejaksaan|Kepolisian|Bank)"
    rf"(?: {TITLE_WORD})+"
)
# What a print or stationery shop lists under its name on the memo pads it sells.
SHOP_GOODS = re.compile(
    r"(?i)\b(?:foto\s?[ck]opi|foto\s?copy|ATK|laminating|jilid|stempel|cetak\s+undangan|print(?:ing)?"
    r"|sablon|alat\s+tulis|buku)\b"
)
SHOP_GOODS_LISTED = 3
# What a paper's masthead says it is, under its name.
MEDIA_TAGLINE = re.compile(
    r"(?i)(?:tabloid|harian|surat\s+kabar|koran|majalah|portal(?:\s+berita)?|buletin|mingguan"
    r"|media\s+(?:online|siber|cetak))\b"
)
# A bill's or a diplomatic note's own number, which need not begin with a digit nor end in a
# year ("No. Invoice INV/2025/04/0406", "Note No. 2025/POL/089"), also where a bill's stands in
# a second column ("Ditagihkan kepada:   No. Invoice INV/2025/02/0758").
OWN_SHAPE_LABEL = re.compile(r"(?i)invoice|faktur|kw?itansi|kuitansi|note")
BILL_NUMBER = r"[A-Z0-9][\w.-]*/[\w./-]*\d"
BILL_NUMBER_LINE = re.compile(
    rf"(?i)\b(?:no\.?|nomor)\s*(?:invoice|faktur|kw?itansi|kuitansi)\s*:?\s*({BILL_NUMBER})"
)
# A circular's or a decree's number under its title, the year in words: "SURAT EDARAN" /
# "NOMOR 30 TAHUN 2026".
REGULATION_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:SURAT\s+EDARAN|KEPUTUSAN|PERATURAN|INSTRUKSI)\b[^\n]{0,80}\n"
    r"[ \t]*NOMOR[ \t]*:?[ \t]*([\w./-]+[ \t]+TAHUN[ \t]+(?:19|20)\d{2})[ \t]*$"
)
NUMBER_OF_YEAR = re.compile(r"[\w./-]+ TAHUN (?:19|20)\d{2}")
# A bill's or a form's title set on its letterhead's line: "CV. SINAR MUSI PRINTING   INVOICE",
# "KOMISI PEMILIHAN UMUM …   FORMULIR PERMINTAAN INFORMASI PUBLIK" (a landscape form).
TITLE_AFTER_NAME = re.compile(r"\s+(?:(?:INVOICE|KWITANSI|KUITANSI|FAKTUR|NOTA)$|FORMULIR\b.*)")
# What a body prints above its name: its legal registration, its secretariat.
BODY_PARTICULARS = re.compile(
    r"(?i)^(?:SK\s+(?:Kemenkumham|Menkumham)|Akta\b|Sekretariat\s*:|NPWP)"
)
# "| S | PT BANK …", "1 JARINGAN …": a logo read as single letters and rules before the name.
LOGO_SPECKS = re.compile(r"^(?:\b\w\b|[^\w\s])(?:\s*(?:\b\w\b|[^\w\s]))*\s+")
CAPITALS_SHARE = 0.8
# The lines, blank ones counted, that a letterhead and the letter's heading lie within.
TOP_LINES = 20
LETTER_START = re.compile(r"(?i)^[\s.,'|-]*(?:nomor|no\.|perihal|hal|lampiran|kepada|yth)\b")
# The desk a letter is addressed to, written as a name ("PPID KPU Provinsi Sumatera Selatan"),
# where OCR lost the "Kepada Yth." above it; another body's PPID heads its letters in capitals.
ADDRESSED_DESK = re.compile(r"^PPID\b(?=.*[a-z])")
# A letterhead's address or contact line, OCR's specks before it allowed ("aa Telp. …").
CONTACT_LINE = re.compile(
    r"(?i)^(?:jl\b|j[i1|]\.|jalan\b|gedung\b[^,\n]*,\s*(?:jl\b|jalan\b))"
    r"|\b(?:telp|telepon|tel|hp|fax|faks|e-?mail|website|www|laman|situs)\b"
)
# A form's or a letter's section heading: "B. IDENTITAS KUASA PEMOHON", "PENERIMA KUASA".
HEADING = re.compile(
    r"^[\s|]*(?:[A-Z]\.\s+|[IVX]{1,4}\.\s+)?[A-Z][A-Z ()/.-]{5,}$|^[\s|]*[A-Z]\.\s"
)
# The section that names a representative (kuasa): its name, address and phone are not the
# applicant's.
# (and the second of two objectors, whose details follow the first's: the register keeps one)
REPRESENTATIVE = re.compile(
    r"(?i)penerima\s+kuasa|kuasa\s+(?:hukum\s+)?pemohon|identitas\s+kuasa|\bmemberi(?:kan)?\s+kuasa\b"
    r"|^\W*(?:identitas\s+)?pengaju\s+keberatan\s+(?:II|2)\b"
)
REPRESENTED_SIDE = re.compile(
    r"(?i)pemberi\s+kuasa|pemohon\s+informasi|identitas\s+pemohon"
    r"|^\W*(?:identitas\s+)?pengaju\s+keberatan\s+(?:I|1)\b"
)
# A letter written for someone else under a power of attorney, or by a body's officer for it.
POWER_OF_ATTORNEY = r"surat\s+kuasa|kuasa\s+hukum|klien\s+kami"
UNDER_ATTORNEY = re.compile(rf"(?i){POWER_OF_ATTORNEY}")
# Someone writes for the applicant: under a power of attorney, or another public body passing on
# the request it received (UU 14/2008 Pasal 22 ayat 7), its letterhead no contact of theirs.
REPRESENTED = re.compile(
    rf"(?i){POWER_OF_ATTORNEY}|untuk\s+dan\s+atas\s+nama"
    r"|permohonan\s+(?:informasi\s+)?tersebut\s+kami\s+teruskan"
    r"|(?:pelimpahan|penerusan|meneruskan)\s+permohonan\s+informasi"
)
# A mobile number; "462 812 …" is "+62 812 …" with its plus read as a 4.
# (with the trunk prefix some write after the country code: "+62 (0)878 0951 0692")
PHONE = re.compile(
    rf"(?:{PLUS}\s?62[\s.-]?(?:\(0\)\s?)?|\b4?62[\s.-]?|\b0)8\d{{1,2}}(?:[\s.:-]?\d){{6,10}}"
    r"|\(08\d{1,2}\)\s?\d(?:[\s.:-]?\d){5,9}"  # a mobile's prefix in brackets: "(0896) 091-2380"
)
# Letters of a name a mailbox is named after ("anisa.r", "rahmadani90"); "S.H." is no name.
NAME_LETTERS = "a-zà-ÿ"
MAILBOX_NAME = 3
WHOLE_MOBILE = 11  # digits of the shortest mobile number written with its 0 ("0812 345 678 9")
# A landline a writer gives as theirs: "dapat dihubungi melalui nomor 0711-705376", "nomor
# telepon (0711) 469409", "nomor HP 0711 394 693", a contact line under a signature "HP (0730)
# 338332". A letterhead's "Telp. (0711) 350 445" is not led so.
LANDLINE_LED = re.compile(
    r"(?im)(?:nomor\s+(?:telepon|telp\.?|kontak|hp|ponsel)"
    r"|dihubungi\s+(?:melalui|di|pada|ke)(?:\s+nomor)?|^[ \t]*HP)"
    r"(?:\s+(?:saya|kami))?\s*:?\s+(\(?0\d{2,3}\)?[ .-]?\d{3,4}[ .-]?\d{2,5})\b"
)
# "From : Budi «budi santoso@…": the part of an address before a space OCR made of its '_'.
BRACKETED_LOCAL = re.compile(r"[<«‹]\s*([a-z0-9._-]+) $")
# "… atau surel\nbayu ramadhan@gmail.com", "…, Email herlina ilham@ gmail.com": the word right
# after the cue is the address's first, its dot or underscore read as a space.
# Words that follow the cue in a sentence are no part of it ("email saya budi@…").
CUED_LOCAL = re.compile(
    r"(?i)\b(?:e-?mail|surel)\s*:?(?:[ \t]*\n)?[ \t]*"
    r"(?!(?:saya|kami|kantor|pribadi|aktif|resmi|adalah|yaitu|ialah|di|ke)\b)([a-z0-9._-]+) $"
)
# "antonius wibisono88@yahoo.co.id" at the start of its line: the lower-case word before the
# gap is the address's first, unless it is one of a sentence's ("melalui budi@…").
LINE_LOCAL = re.compile(
    r"(?m)^[ \t]*(?!(?:ke|di|melalui|via|atau|dan|pada|alamat|email|e-mail|surel)\b)"
    r"([a-z][a-z0-9._]*-?) $"
)
EMAIL_LED = re.compile(r"(?i)\b(?:e-?mail|surel)\s*:\s*(\S+)")
# OCR leaves specks (". Nomor :") before a label at the left margin; a form marks the rows its
# clerk fills with an asterisk ("Nomor Pendaftaran* :").
# A speck may also sit between the label and its colon ("Hal.:", "Nomor — :"), double it
# ("NIK::") or stand between it and a second one ("Alamat : _ : Jl. …").
LABEL_LINE = re.compile(
    rf"^[\s.,'`‘’“”\"|_~*•-]*{ENUMERATOR}([A-Za-z][A-Za-z./() -]{{1,45}}?)"
    rf"(?:\s*[.,;—–_'\"”“’|©*=]){{0,2}}\s*(?::+|\+(?=\s+[A-Z]))\s*"  # "Perihal + Permintaan …"
    rf"(?:[_|.,;'\"”“’~-]{{0,2}}\s*:\s*)?(.*)$"
)
# "Alamat TOL : Jl. …": specks OCR read between a label and its colon.
SPECKED_LABEL = re.compile(r"(?:\s+[A-Za-z]{1,3}){1,2}\s*$")
# "O Nomor Surat : …": a stamp's or a logo's speck read as a letter before a label.
LEADING_SPECK = re.compile(r"^[A-Z]\s+(?=[A-Z][a-z])")
# "Alamat Redaksi : Jl. …": a longer label, not a short label and its value.
LABEL_AHEAD = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)?\s*:")
# (a grid's rule OCR read as a small letter before a label: "i Perihal  Permohonan …")
COLONLESS_LINE = re.compile(
    rf"^[\s.,'`‘’\"|_~*•-]*(?:[a-z]\s(?=[A-Z][a-z]))?{ENUMERATOR}([A-Za-z][^\n]*)$"
)
# "Nomor 1 287/KI-SS/III/2026", "No.“ ; B.907/KCU-PLG/OPS/V/2026": the colon read as 1, l, I, |,
# ; or >, a speck perhaps before it. The value must be a number.
LOOSE_NUMBER = re.compile(
    r"^[\s.,'`‘’\"|_~*•-]*(?i:nomor|no\.?)[\s“”\"']*\s[1lI|;!.,>»]\s+"
    r"((?:[A-Z]{1,3}[.-])?\d{1,5}\s?/.*)$"
)
# A party as a Komisi Informasi names it: "Saudara H. Rudi, S.Ag.", over a line break.
PARTY_NAME = r"[A-Z][^,\d:]{1,60}?(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.){1,3}(?:[A-Z]{1,3}\b)?)*"  # "S.IP"
# The addressee's lines in ordinary case beside a box of attachments and subject (a "Nomor :"
# after words in a sentence cites another letter): the subject does not run on into the lines
# below, which are the addressee's.
ADDRESSEE_BESIDE_BOX = re.compile(
    r"^(?:(?:Yth\.?|c\.[qg]\.|u\.p\.)\s+)?[A-Z][A-Za-z.]*(?:\s+(?:[A-Z][A-Za-z.]*|dan|di|\d{1,4}))*"
    r"\s+"
    r"(?=(?:Lamp\.|Lampiran|Perihal|Hal|Sifat)\s*:)"
)
# A side column's line before a letter's own numbering labels on the same line, or a speck
# of it OCR read as a short word ("ats Perihal : …"); a box of them set right of the dateline
# and the addressee ("Palembang, 19/01/2026  Nomor: …", "Kepada Yth.  Perihal : …").
SIDE_COLUMN = re.compile(
    r"^(?:[^|\n]{2,60}?(?:\s+\|\s*|\s*:\s*[|»>]?\s*)|[A-Za-z]{1,4}\s+"
    # the letter's dateline or its addressee's first words beside a box of them
    r"|[^\n]{2,40}?(?:\b(?:19|20)\d{2}|\bYth\.)\s+)"
    r"(?=(?:Nomor|No\.|Lampiran|Perihal|Hal|Sifat)\s*[—–-]?\s*:)"
    rf"|{ADDRESSEE_BESIDE_BOX.pattern}"
    # a name in a side column (a paper's editorial board) beside the letter's own number
    r"|^(?!.*\b(?:Surat|Keputusan|Peraturan|Undang|Putusan|Penetapan|Register|Perkara|Nota|Hukum"
    r"|Akta|Izin|Pengesahan|Registrasi)\b)"  # (not a body's "Badan Hukum Nomor: AHU-…")
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}\s+(?=(?:Nomor|No\.)\s*:)"
)
# Where an address written inside a sentence stops.
ADDRESS_END = (
    r",?\s+(?:sebagai|selaku|melalui|dengan[\s,.]+ini|dengan\s+NIK|NIK|untuk|mengajukan|yang"
    r"|dalam|antara"
    r"|terhadap|bermaksud|ingin|pekerjaan|memohon|terdaftar|tercatat"
    r"|(?i:nomor\s+(?:telepon|hp|ponsel)|telepon|no\.\s*(?:hp|telp)|e-?mail))\b"
    r"|,?\s*\(|\.\s+[A-Z][a-z]+\s+[a-z]|,\s+dan\s+(?:Termohon|Pemohon|PPID)\b"
    r"|\.\s+(?:Nomor|NIK|Saya|Kami|Melalui|Adapun|Dengan|Bersama)\b|[.,]?\s*$"
    # a blank line OCR put between a scan's lines, unless the address stops at a part's name
    # or at a street's title or initial ("Jl. Kol. H." / "Burlian No. 24 …")
    r"|(?<!Kelurahan)(?<!Kecamatan)(?<!Kabupaten)(?<!Kel\.)(?<!Kec\.)(?<!Kab\.)(?<!,)"
    r"(?<![ .][A-Z]\.)(?<!Kol\.)(?<!No\.)(?<!Nomor)\n\s*\n"  # (nor at "No." / "195, RT …")
    r"|[.,]?\s*\n(?=[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:)"
)
STREET = (
    r"(?:Jl|J[I1|]\.|Jalan|Lrg|Lr|Lorong|Gg|Gang|Komp(?:lek|leks)?|Perum(?:ahan|nas)?|Dusun|Desa)"
)
# A street as OCR reads it written by hand too: "Fl. Mayor Ruslan".
WRITTEN_STREET = rf"(?:{STREET}|F[Il1|]\.)"
# Where a party's name gives way to its particulars: "Budi, beralamat di …", "Heru, Jl. …".
STREET_AFTER_COMMA = rf",\s*(?={STREET}[.\s])"
PARTY_ADDRESS = rf",\s*(?:beralamat\s+di|alamat)[\s.]+|{STREET_AFTER_COMMA}"
PARTY_END = re.compile(
    rf",?\s+(?:beralamat|alamat|tinggal|berdomisili|NIK|selaku)\b|\s*[(;]|{STREET_AFTER_COMMA}"
)
# An address cut after the name of one of its parts, which the next line holds.
ADDRESS_CUT = re.compile(r"\b(?i:Kel|Kec|Kab|Kelurahan|Kecamatan|Kabupaten|Desa|Kota)\.?$")
# "mahaSiSwa alamat JI. …": OCR lost the comma before "alamat" in a hand-written sentence; an
# office's "kantor KPU dengan alamat Jl. …" is no applicant's.
BARE_ALAMAT = rf"(?<!dengan)(?<!kantor)[ \t](?=[Aa]lamat,?[ \t]+{WRITTEN_STREET})"
ADDRESS_PART = re.compile(r"(?:(?i:rt|rw)|Kel|Kec|Kab|Kelurahan|Kecamatan|Kabupaten|Kota|Desa)\b")
# An address that stops short: at "RT 029/RW" with its number below, or at a subdistrict
# ("…, Kec. Bukit") with the rest of its name and the town below.
ADDRESS_UNFINISHED = re.compile(
    r"\b(?:RT|RW|No|Lr|Gg|Blok|Komp)\.?$|,\s*(?i:Kel|Kec|Kelurahan|Kecamatan)\.?\s+[^,]*$|,$"
    # a street's name with its number below ("Jalan Ki Hajar Dewantara" / "Nomor 2, RT 31 …")
    r"|^(?:Jl\.?|Jalan)\s[^\d\n]*$"
)
# Four words in lower case in a row: a sentence ("Bersama surat ini saya memohon …"), where an
# address's next line names places.
PROSE_LINE = re.compile(r"\b[a-z]{2,}(?:\s+[a-z]{2,}){3}\b")
# "D. IV, Kec. Ilir Timur I, …": a line that looks enumerated ("D.") but goes on with the parts
# of an address ("Kel. 20 Ilir D. IV" wrapped).
# Names of places in a row: capitalised words, Roman numerals, a postal code, commas between.
PLACE_NAMES = re.compile(r"[A-Z][\w.]*(?:,?\s+(?:[A-Z][\w.]*|\d{5}))*\.?")
FULL_ADDRESS_LINE = 50
PLACE_WORDS_BELOW = 4
ADDRESS_PARTS_LISTED = 2  # commas: an address's parts listed, the line cut among them
ADDRESS_GOES_ON = re.compile(
    r",\s*(?:RT|RW|Kel|Kec|Kab|Kelurahan|Kecamatan|Kabupaten|Kota)\b|\b(?i:kel|kec|kab)\.\s?[A-Z]"
)
# A row of two labels over their values: the shapes that tell the second value from the first.
ROW_VALUE = {
    "nik": r"[\dOIl|]{16}",
    "phone": rf"{PLUS}?\(?[\d\s().-]{{8,18}}\d",
    "email": EMAIL_TOKEN.pattern,
    "letter_date": A_DATE,
}
# "Ditulis di Palembang, pada hari Kamis tanggal 7 Mei 2026", a warrant's "Ditetapkan di Muara
# Enim, pada tanggal 6 Agustus 2025": a closing that dates the letter.
WRITTEN_AT = re.compile(
    r"(?i)(?:ditulis|dibuat|ditetapkan|dikeluarkan)\s+di\s+[A-Za-z]+(?:\s[A-Za-z]+)?,?\s+"
    rf"(?:pada\s+)?(?:hari\s+{WEEKDAY.pattern},?\s+)?"
    rf"(?:tanggal\s+)?({A_DATE})"
)
# A date after "Tempat/Tgl. Lahir" on its line is a birth date, never the letter's.
BIRTH = re.compile(r"(?i)lahir")
BIRTH_REACH = 40
# "Palembang, 3 Februari 2026", "Palembang, Jumat, 3 April 2026", "Palembang, 31-12-2025", or a
# weekday at the start of its line.
CAPITAL_WEEKDAY = r"(?:SENIN|SELASA|RABU|KAMIS|JUM'?AT|SABTU|MINGGU)\b"
# The Hijri date a pesantren writes before the Gregorian one: "15 Jumadil Awal 1447 H / ".
HIJRI_DATE = r"\d{1,2}\s+[A-Z][a-z']+(?:\s+[A-Z][a-z']+)?\s+14\d{2}\s*H\s*/\s*"
DATELINE = re.compile(
    # "Palembang, .22-Mei 2026"; "Mon, 20 Apr 2026" in a mail's source is a server's clock
    r"(?m)(^[ \t]*)?(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),)"
    # (a typewriter's town in capitals: "PALEMBANG, 8 MEI 2026")
    rf"([A-Z][a-z']+(?: [A-Z][a-z]+)?|(?<!\S)(?!{CAPITAL_WEEKDAY})[A-Z]{{4,}}(?: [A-Z]{{3,}})?),"
    r"\s*[.,'`]?\s*"
    rf"(?:{WEEKDAY.pattern}(?:,\s*|o|\s+))?"
    # ("Selasao25 …": its comma; a day with its hour, on its line or the next, an appointment)
    rf"(?:{HIJRI_DATE})?({A_DATE})(?!\s+(?i:pukul|jam)\b)"
)
# A form's dateline whose gap OCR lost, gluing the town to a date in digits and perhaps reading
# the day's 0 as a letter ("PalembangQ5-11-2025", "Palembang15/6/2026", "Palembang23 Maret 2026").
GLUED_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][a-z]{3,}[,.]?"
    r"([OQ0-9]\d?(?:[-/.]\d{1,2}[-/.]|\s+[A-Z][a-z]{2,8}\s+)(?:19|20)\d{2})\b"
)
# A date set at the right of the letter's number, where no town stands before it or OCR
# garbled the town ("Nomor : 1692/PL.02.1-Und/05/2026        25-5-2026", "… Tol Obatéhibang,
# 03/03/2026").
NUMBER_LINE_DATE = re.compile(
    rf"(?im)^[ \t]*(?:nomor|no\.?)[ \t]*:[ \t]*\S+[ \t]+(?:[^\n,:]{{1,25}},[ \t]*)?"
    rf"({A_DATE})[ \t]*$"
)
# The letter's date on the row under its number: a firm's "Ref : 084/…" over "Tanggal :
# 02.11.2026", a radiogram's "NOMOR STR/581/…" over "TGL 16 NOVEMBER 2026".
DATE_UNDER_NUMBER = re.compile(
    rf"(?im)^[ \t]*(?:nomor|no\.?|ref\.?)[ \t]*:?[ \t]*\S*\d\S*[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*(?:tanggal|tgl\.?)[ \t]*:?[ \t]*({A_DATE})[ \t]*$"
)
# A decree's or an assignment letter's closing: "Ditetapkan di Palembang pada tanggal 13 Juni
# 2026", its date where the body names others ("… hadir pada tanggal 20 Juni 2026").
ENACTED_DATE = re.compile(
    r"(?i)(?:(?:ditetapkan|dikeluarkan)\s+di\s*:?\s*\w+[.,]?\s*(?:pada\s+)?tanggal\s*:?\s*"
    # a commission's decision: "… diucapkan dalam sidang terbuka … pada hari Jumat, tanggal 22 …"
    r"|(?:diucapkan|dibacakan)\s+dalam\s+sidang[^.]{0,80}?tanggal\s+"
    # a relaas or a record of events: "Pada hari ini Rabu, tanggal 12 November 2025, saya …"
    r"|pada\s+hari\s+ini\s+\w+,?\s+tanggal\s+)"
    rf"({A_DATE})"
)
# Where no dateline is, a printout's or an e-mail's own date: "Tanggal Permohonan 20/09/2025".
DATE_LABEL = re.compile(
    rf"(?im)^[ \t]*(?:{LETTER_DATE_LABEL}|tanggal(?:\s+cetak)?|dikirim)"
    # (its colon read as a one before the day: "Tanggal 111 Jun 2026")
    rf"\s*:?\s*(?:[1l|](?=\d{{2}}\s))?(?:[A-Z][a-z]+,\s+)?({A_DATE})"
)


# The day of an event a letter invites to, not the letter's own date (a record's "Hari /
# tanggal" is the day it records, its own).
# ("Hari/Tanggal : Minggu, …"; a card's "Akad Nikah" over "Sabtu, 5 September 2026")
APPOINTMENT = re.compile(
    r"(?i)(?:hari\s*/\s*tanggal\s*:?\s*(?:[A-Z][a-z']+,?\s*)?"
    r"|\n[ \t]*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),?[ \t]*)$"
)
INVITES = re.compile(r"(?i)akan\s+dilaksanakan|mengharapkan\s+kehadiran|\bmengundang\b")


@dataclass
class Found:
    value: Any
    page: int
    start: int
    end: int

    def span(self) -> dict[str, int]:
        return {"page": self.page, "start": self.start, "end": self.end}


@dataclass
class Fields:
    values: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES))
    spans: dict[str, dict[str, int]] = field(default_factory=dict)
    nik_info: dict[str, Any] | None = None
    # How sure OCR was of each field read from a scan, 0..1 (see pipeline.verify).
    ocr_confidence: dict[str, float] = field(default_factory=dict)
    # Where a field was found that did not read as one ("Telepon : bh29I290"): a second
    # reader may make it out (see pipeline.verify).
    unread: dict[str, dict[str, int]] = field(default_factory=dict)


def _field_of_label(label: str) -> str | None:
    plain = re.sub(r"\([^)\d]*\)", " ", label.lower())  # ("HP (0730)": an area code, no aside)
    plain = re.sub(r"\s+", " ", plain).strip(" .-–—|_")  # "Surel - :", "Nama | _ :": specks
    for name, pattern in LABELS:
        if re.fullmatch(pattern, plain):
            return name
    return None


def _misread_label(label: str) -> str | None:
    """A form's printed label OCR garbled beside handwriting ("omor lelepon :", "Aiamat :"): the
    field whose usual label it is nearly spelled as. Only before a colon, and long labels only:
    "Hal" and "Nama" are too short to tell from other words."""
    plain = re.sub(r"\s+", " ", label.lower()).strip(" .")
    if len(plain) < FUZZY_LABEL_LENGTH:
        return None
    close = difflib.get_close_matches(plain, FUZZY_LABELS, n=1, cutoff=FUZZY_LABEL_MATCH)
    return FUZZY_LABELS[close[0]] if close else None


def _starts_with_label(value: str) -> bool:
    """'NOMOR INDUK KEPENDUDUKAN (NIK)' after 'NAMA LENGKAP': a row of labels over values."""
    words = value.split()
    return any(
        _field_of_label(" ".join(words[:count])) for count in range(1, min(5, len(words)) + 1)
    )


def _colonless(text: str) -> tuple[str, str, int] | None:
    """'Nama Pemohon   Budi Santoso': the longest known label among the first words."""
    match = COLONLESS_LINE.match(text)
    if not match:
        return None
    words = list(re.finditer(r"\([^)]*\)|\S+", match.group(1)))
    for count in range(min(5, len(words) - 1), 0, -1):
        if re.fullmatch(r"\(08\d{2}\)", words[count - 1].group(0)):
            continue  # "Telepon (0857) 482-4051": a mobile's prefix, no aside of the label's
        name = _field_of_label(" ".join(word.group(0) for word in words[:count]))
        if name is None or name not in COLONLESS_VALUE:
            continue
        start = match.start(1) + words[count].start()
        start += len(text[start:]) - len(
            text[start:].lstrip(" -–—|.:!»>*\"“”'‘’")
        )  # a colon's specks
        # "Nama 1 Marzuki", "Alamat a ~ Jalan …": the colon misread, or read as a letter and a sign
        misread_colon = re.match(r"(?:[1l]|[a-z](?:\s+[~=])?|[~=])\s+(?=[A-Z])", text[start:])
        start += misread_colon.end() if misread_colon else 0
        value = text[start:].strip()
        label = " ".join(word.group(0) for word in words[:count])
        shape = FORM_PHONE_VALUE if name == "phone" and FORM_PHONE.search(label) else None
        if name == "letter_number" and OWN_SHAPE_LABEL.search(label):
            shape = BILL_NUMBER  # "No. Invoice INV/2025/04/0406"
        if name == "letter_number" and not (label.isupper() or shape or _own_number(label, value)):
            return None  # "No. 091/PPID/…" atop an objection cites the request it objects to
        if (
            re.match(shape or COLONLESS_VALUE[name], value)
            and not LABEL_AHEAD.match(value)
            and not _starts_with_label(value)
        ):
            return name, _before_colonless_label(value), start
        return None
    return None


def _before_colonless_label(value: str) -> str:
    """A colonless value without a second column's label and value beside it, nor an identity
    card's row no field is read from ("Purnomo Hadi  Nama Panggilan “Udin”")."""
    value = OTHER_IDENTITY_ROW.split(value, maxsplit=1)[0]
    beside = _colonless_beside(value)
    return value[: beside[0]].rstrip() if beside else value


# The rows of an identity form that are no field of the registers, in a second column.
OTHER_IDENTITY_ROW = re.compile(
    r"\s+(?:Nama\s+Panggilan|Jenis\s+Kelamin|Tempat\s*/\s*Tgl\.?\s*Lahir|Agama"
    r"|Status\s+Perkawinan|Kewarganegaraan|Golongan\s+Darah)\b.*$"
)


def _colonless_beside(value: str) -> tuple[int, str, int] | None:
    """(where its label begins, its field, where its value begins) for a second column's
    colonless label and value in a value, known by the value's shape ("Advokat  Nomor HP/WA
    +62 852-032-0766")."""
    words = list(re.finditer(r"\S+", value))
    for index in range(1, len(words)):
        for count in (3, 2, 1):
            label = " ".join(word.group(0) for word in words[index : index + count])
            field = _field_of_label(label) if index + count < len(words) else None
            after = words[index + count - 1].end() if field else len(value)
            rest = value[after:].lstrip()
            if field in ROW_VALUE and re.match(ROW_VALUE[field], rest):
                return words[index].start(), field, len(value) - len(rest)
    return None


def _own_number(label: str, value: str) -> bool:
    """'Nomor 389/HM.02-ND/16/2026' alone on its line under a nota dinas's title, its colon
    lost, or a note's 'No. JAK-PA/2026/7579': the letter's own number, where a cited one is
    abbreviated or runs on in a sentence, or is the desk's own registration ('No. 091/PPID/…'
    atop an objection)."""
    return (
        label in ("Nomor", "No.")
        and len(value.split()) == 1
        and (label == "Nomor" or "PPID" not in value.upper())
    )


def _label_of(text: str) -> tuple[str, str, int] | None:
    """(field, value, value offset) when the line is 'Label : value' for a known label, or a
    form's 'Label   value' without the colon."""
    loose = LOOSE_NUMBER.match(text)
    if loose:
        return "letter_number", loose.group(1).strip(), loose.start(1)
    match = LABEL_LINE.match(text)
    if match:
        name = (
            _field_of_label(match.group(1))
            or _field_of_label(SPECKED_LABEL.sub("", match.group(1)))
            or _field_of_label(LEADING_SPECK.sub("", match.group(1)))
            or _misread_label(match.group(1))
        )
        if name:
            value = _before_colonless_label(_before_second_label(match.group(2).strip()))
            return name, value, match.start(2)
    alone = _field_of_label(text.strip(" .:|"))
    if alone in COLONLESS_VALUE:
        return alone, "", len(text)
    return _colonless(text) or _beside_side_column(text)


def _beside_side_column(text: str) -> tuple[str, str, int] | None:
    """A letter's own 'Nomor :', 'Lampiran :', 'Perihal :' read across from a column beside
    them (a law office's list of its advocates): "ADVOKAT : | Nomor : 155/ADV-SU/IV/2026"."""
    beside = SIDE_COLUMN.match(text)
    found = _label_of(text[beside.end() :]) if beside else None
    return (found[0], found[1], found[2] + beside.end()) if found and beside else None


def _label_row(text: str) -> tuple[str, str] | None:
    """The two fields of a row of two labels over their values ("NAMA LENGKAP   NOMOR INDUK
    KEPENDUDUKAN (NIK)"), when the second one's value has a shape to tell it by."""
    words = re.findall(r"\([^)]*\)|\S+", text.strip(" |"))
    if _field_of_label(" ".join(words)):  # one label of two words ("Alamat E-mail")
        return None
    for count in range(1, len(words)):
        first = _field_of_label(" ".join(words[:count]))
        second = _field_of_label(" ".join(words[count:]))
        if first and second in ROW_VALUE and first != second:
            return first, second
    return None


def _row_found(lines: list[sections.Line], index: int) -> list[tuple[str, Found]]:
    """The values under line ``index`` when it is a row of two labels."""
    row = _label_row(lines[index].text)
    below = next((later for later in lines[index + 1 : index + 3] if later.text.strip()), None)
    if row is None or below is None or below.page != lines[index].page:
        return []
    return [
        (name, Found(value, below.page, below.start + offset, below.start + offset + len(value)))
        for name, value, offset in _row_values(row, below)
    ]


def _row_values(fields: tuple[str, str], below: sections.Line) -> list[tuple[str, str, int]]:
    """(field, value, offset in ``below``) for each value of a label row found in its line."""
    first, second = fields
    tail = re.search(rf"\s({ROW_VALUE[second]})\s*$", below.text) or re.fullmatch(
        rf"\s*({ROW_VALUE[second]})\s*", below.text
    )
    if tail is None:
        return []
    values = [(second, tail.group(1), tail.start(1))]
    head = below.text[: tail.start(1)]
    value = head.strip(" |")
    shape = COLONLESS_VALUE.get(first, r"\S")
    if value and re.match(shape, value) and not re.search(r"\d{8}", value):
        values.append((first, value, head.find(value)))
    return values


def _before_second_label(value: str) -> str:
    """A value without a second label's column beside it; "Nomor" inside a subject ("Keberatan
    atas jawaban Nomor: 079/…") is part of it."""
    for label in SECOND_LABEL.finditer(value):
        field = _field_of_label(label.group(1))
        sheet = SHEET_LABEL.fullmatch(label.group(1).strip(" ."))
        if (field and field != "letter_number") or sheet:
            return value[: label.start()]
    return value


def _continues(name: str, value: str, line: str) -> bool:
    """Whether ``line``, after a blank line OCR put inside a value, still belongs to it: the value
    ends in a word that cannot end it, the line goes on in lower case, or an address goes on with
    its RT/RW, Kel., Kec. … parts or its postal code."""
    stripped = line.strip()
    if sections.DANGLING.search(value.strip(" ,")) or re.match(r"[a-z]{3,}\b(?![.:])", stripped):
        return True
    return name in ("address", "org_address") and (
        ADDRESS_PART.match(stripped) is not None
        or ADDRESS_UNFINISHED.search(value) is not None
        or re.fullmatch(r"\d{5}", stripped) is not None  # its postal code, set apart
        or ADDRESS_GOES_ON.search(stripped) is not None
        or _place_names_after_full_line(value, stripped)
        or _town_below(value, stripped)
    )


# "… Kec.Sukarami" / "Palembang", "… Kab." / "Ogan Ilir": an address that stops at a part's name
# goes on with the town's name alone on the line below.
# ("… Kec. Lubuklinggau Timur I", its numeral read as a bar, and the town below)
PART_AT_END = re.compile(
    r"\b(?i:Kel|Kec|Kab|Kelurahan|Kecamatan|Kabupaten)\.?(?:\s*[A-Z]\w+){0,2}"
    r"(?:\s+(?:[IVX]{1,3}|\|))?\s*$"
)
TOWN_ALONE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\.?")


def _town_below(value: str, line: str) -> bool:
    return bool(PART_AT_END.search(value) and TOWN_ALONE.fullmatch(line))


def _place_names_after_full_line(value: str, line: str) -> bool:
    """An address that ran to the margin goes on with names of places, parted by commas or by
    the words for a subdistrict or a town: "… Kelurahan Taba" / "Jemekeh Kecamatan …
    Kota Lubuklinggau", "… Gunung Ibul, Prabumulih" / "Timur, Prabumulih"."""
    named = PLACE_NAMES.fullmatch(line) and (
        "," in line or ADDRESS_PART.search(line) or re.search(r"\d{5}$", line)  # "Selatan 31164"
    )
    # (a typewriter's shorter line: "…, RT 23 RW 11, TALANG" / "RATU, ILIR TIMUR I, …")
    listing = value.count(",") >= ADDRESS_PARTS_LISTED
    return bool(named) and (len(value) >= FULL_ADDRESS_LINE or listing)


def _mobile_after_landline(name: str, first: str, later: str) -> bool:
    """An office's switchboard ("Telp: (0711) 350 445") heads many letters; the applicant's own
    number written further down is a mobile one."""
    mobile = MOBILE_START
    return name == "phone" and not re.match(mobile, first) and bool(re.match(mobile, later))


def _address_row(name: str, label: str) -> bool:
    """A body's address labelled in the letter ("Alamat Redaksi", "Alamat Kantor") is the writer's,
    over the letterhead's "Redaksi: …" or "Sekretariat: …" above it."""
    return name == "org_address" and re.match(r"\W*alamat\b", label, re.IGNORECASE) is not None


def _among(lines: list[sections.Line], page: int, start: int) -> bool:
    return any(line.page == page and line.start <= start < line.end for line in lines)


# A question's choices printed under it, one short line each, the chosen one marked only in
# the picture; a written-in answer after "Lainnya:" (other) is read.
CHOICE_LIST = 3
CHOICE = re.compile(r"\s*\S+(?:\s+\S+){0,3}\s*")
OTHER_OPTION = re.compile(r"(?i)^\s*(?:lainnya|lain-lain|other)\b")
OTHER_CHOICE = re.compile(rf"{OTHER_OPTION.pattern}\s*[:.]\s*(?=\S)")


def _options_below(lines: list[sections.Line], index: int) -> list[sections.Line]:
    """The short lines without digits under a label, when the next question's label follows
    them or one is the choice of "Lainnya": its choices."""
    options: list[sections.Line] = []
    for later in lines[index + 1 :]:
        if later.page != lines[index].page:
            break
        if _label_of(later.text) and not OTHER_CHOICE.match(later.text):
            return options
        if not CHOICE.fullmatch(later.text) or re.search(r"\d", later.text):
            break
        options.append(later)
    return options if any(OTHER_OPTION.match(option.text) for option in options) else []


def _labelled(lines: list[sections.Line]) -> tuple[dict[str, Found], list[sections.Line]]:
    """The labelled values, and the labelled lines that describe a representative (kuasa),
    whose name, address and phone are not the applicant's."""
    found: dict[str, Found] = {}
    representatives: list[sections.Line] = []
    inside = cited = False
    for index, line in enumerate(lines):
        row = [] if inside else _row_found(lines, index)
        for field_name, value_found in row:
            found.setdefault(field_name, value_found)
        if row:
            continue
        labelled = _label_of(line.text)
        if labelled is None:
            inside = _speaks_for(line.text, inside)
            cited = CITED_LETTER.match(line.text) is not None or (cited and not line.text.strip())
            continue
        if cited and labelled[0] in ("letter_number", "letter_date"):
            continue  # "Surat Saudara: / Nomor : … / Tanggal : …": the letter answered
        if inside:
            representatives.append(line)
            if labelled[0] in PERSON_FIELDS:
                continue
        name, value, offset = labelled
        for second, second_value, second_offset in _second_column(line.text, name, offset):
            start = line.start + second_offset
            found.setdefault(
                second, Found(second_value, line.page, start, start + len(second_value))
            )
        if name in found and not (
            _mobile_after_landline(name, found[name].value, value)
            or _address_row(name, line.text[:offset])
        ):
            continue
        end = line.start + offset + len(value)
        # a label over its value ("NAMA LENGKAP" / "Budi"); an address's is read further down
        if not value and name not in ("address", "org_address"):
            below = next(
                (later for later in lines[index + 1 : index + 3] if later.text.strip()), None
            )
            if below is None or below.page != line.page or _label_of(below.text):
                continue
            if EMPTY_ROW.fullmatch(below.text.strip()):
                continue  # a blank form's next row ("Nama :" over "Jabatan :")
            value = below.text.strip()
            options = _options_below(lines, index)
            if len(options) >= CHOICE_LIST:  # an online form's choices: only "Lainnya: …" says
                other = next((o for o in options if OTHER_CHOICE.match(o.text)), None)
                if other is None:
                    continue
                below, value = other, OTHER_CHOICE.sub("", other.text).strip()
            if name not in COLONLESS_VALUE or not re.match(COLONLESS_VALUE[name], value):
                continue
            offset, end = below.start - line.start + below.text.find(value), below.end
        if name in ("address", "org_address"):  # the labelled values that run over lines
            gap = False
            for follower in lines[index + 1 :]:
                if follower.page != line.page or (
                    name == "org_address"
                    and _ended(value)
                    and not _office_address_tail(follower.text)
                ):
                    break  # (a body's address ends at its line's end, unless a comma says not)
                if not follower.text.strip():
                    if gap:
                        break
                    gap = True
                    continue
                if gap and not _continues(name, value, follower.text):
                    break
                if sections.name_goes_on(value, follower.text):
                    value = f"{value} {follower.text.strip().removesuffix(':').strip()}"
                    end = follower.start + len(follower.text)
                    continue
                cut = ADDRESS_CUT.search(value.rstrip(" |"))  # (a table's rule after it)
                if cut and not re.search(r"[A-Z][A-Za-z]{2,}", follower.text):
                    break  # no place's name below "… Kab.": a speck of the scan ("ea |")
                if cut and not _label_of(follower.text):
                    # "… Kayuara Kec." goes on below, though a speck there reads as a colon
                    value = f"{value} {follower.text.strip().removesuffix(':').strip()}"
                    end = follower.start + len(follower.text)
                    gap = False
                    continue
                if (
                    _label_of(follower.text)
                    or LABEL_LINE.match(follower.text)
                    or _field_of_label(" ".join(follower.text.split()[:2]))
                    or (
                        (
                            re.match(r"^\s*([A-Z]\.|[IVX]{1,4}\.|\d+\.)\s", follower.text)
                            or (
                                HEADING.match(follower.text) and not re.search(r"\d", follower.text)
                            )
                        )
                        and not ADDRESS_GOES_ON.search(follower.text)
                    )
                ):
                    break
                if PROSE_LINE.search(follower.text) or re.match(
                    # (a colonless row's label: "INFORMASI REKAP …" under "ALAMAT JL. …")
                    r"^\s*(identitas|cara|informasi|tujuan|pekerjaan|demikian|sehubungan|berdasarkan"
                    r"|bersama ini|atas perhatian|pada (?:tanggal|hari)|dengan ini|termohon"
                    r"|(?:saya|kami)\b)",
                    follower.text,
                    re.I,
                ):
                    break
                value = f"{value} {follower.text.strip()}"
                end = follower.start + len(follower.text)
                gap = False
        elif name == "subject" and _addressee_on_the_right(lines[max(0, index - 4) : index]):
            value = ADDRESSEES_DI.sub("", value)  # "Perihal : … di" / "Palembang": the addressee's
            end = line.start + offset + len(value)
        elif name == "subject" and not ADDRESSEE_BESIDE_BOX.match(line.text):
            # (from the line under the value when it was read there, below its label alone)
            after = next((i for i in range(index, len(lines)) if lines[i].end >= end), index)
            for follower in _wrapped(value, lines[after + 1 :], line.page):
                value, end = f"{value} {follower.text.strip()}", follower.end
        if value:
            found[name] = Found(value, line.page, line.start + offset, end)
    return found, representatives


# The last line of a wrapped address: its places and its postcode ("Ulu, Kec. Plaju, Palembang
# 30140", "30129").
ADDRESS_LAST_LINE = re.compile(r"[^:@\n]*\b\d{5}[ \t]*")
REGENCY_LINE = re.compile(r"(?:Kab\.|Kabupaten|Kota)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}")


def _office_address_tail(line: str) -> bool:
    """Whether the line under a body's labelled address finishes it: its postcode's line, its
    regency's ("Kab. OKU Timur"), or a blank line OCR put before it."""
    return (
        not line.strip()
        or ADDRESS_LAST_LINE.fullmatch(line) is not None
        or REGENCY_LINE.fullmatch(line.strip()) is not None
    )


def _ended(value: str) -> bool:
    """Whether a value ends on its line: not after a comma, a word that cannot end it, or a
    part's abbreviation whose name is below ("… Kab." / "Ogan Ilir")."""
    value = value.rstrip()
    return not (
        value.endswith(",")
        or sections.DANGLING.search(value)
        or re.search(r"\b(?:Kab|Kec|Kel|Jl|No)\.$", value)
    )


def _second_column(text: str, row_field: str, offset: int) -> list[tuple[str, str, int]]:
    """(field, value, offset) for a person's details labelled in a column beside the first
    label and value of a person's row ("Nama : Budi Santoso      Telepon : 0711 334488"); an
    address runs over lines, and is read in its own column's row only."""
    beside: list[tuple[str, str, int]] = []
    if row_field not in ROW_OF_PERSON:
        return beside
    for label in SECOND_LABEL.finditer(text, offset):
        field_name = _field_of_label(label.group(1))
        if field_name not in PERSON_FIELDS or field_name == "address":
            continue
        colon = text.index(":", label.end(1)) + 1
        start = colon + len(text[colon:]) - len(text[colon:].lstrip())
        value = _before_second_label(text[start:]).strip()
        if value:
            beside.append((field_name, value, start))
    first = _before_second_label(text[offset:])
    colonless = _colonless_beside(first)
    if colonless and colonless[1] in PERSON_FIELDS and colonless[1] != "address":
        value = first[colonless[2] :].rstrip()
        beside.append((colonless[1], value, offset + colonless[2]))
    return beside


def _past_letterhead_address(
    labelled: dict[str, Found], lines: list[sections.Line], first_page: str
) -> None:
    """A body's letterhead may print "Alamat: Jalan Poros Desa …" above the letter; the address
    labelled in the letter below it, with the applicant's name, is the applicant's."""
    address, name = labelled.get("address"), labelled.get("applicant_name")
    head_end = _letterhead_block(first_page) if address and address.page == 1 else 0
    if address is None or name is None or address.start >= min(head_end, name.start):
        return
    below = [line for line in lines if line.page > 1 or line.start >= head_end]
    later = _labelled(below)[0]
    if later.get("address") or later.get("org_address"):  # a village head's "Alamat Kantor"
        labelled["address"] = later.get("address") or later["org_address"]


# A dispute's ground under Pasal 35, which a commission's notice labels "Alasan Permohonan".
DISPUTE_GROUND = re.compile(
    r"(?i)\b(?:ditolak|tidak\s+(?:ditanggapi|dipenuhi|puas|diberikan)|dikecualikan)\b"
)


def _not_a_ground(found: Found | None, cls: str) -> Found | None:
    """A purpose, unless a dispute's notice gives its ground in its place ("Alasan Permohonan :
    Keberatan tidak ditanggapi oleh Atasan PPID")."""
    if found and cls == "sengketa" and DISPUTE_GROUND.search(str(found.value)):
        return None
    return found


def _speaks_for(text: str, representative: bool) -> bool:
    """Whether the labelled lines after ``text`` describe a representative: a heading or a
    sentence names the representative ("PENERIMA KUASA", "… selaku Penerima Kuasa:") or the
    applicant ("PEMBERI KUASA", "… atas nama Pemberi Kuasa/Pemohon Informasi …")."""
    sides = [(m.start(), True) for m in REPRESENTATIVE.finditer(text)]
    sides += [(m.start(), False) for m in REPRESENTED_SIDE.finditer(text)]
    if sides:
        return max(sides)[1]
    return False if HEADING.match(text) else representative


# An official letter's addressee in a column right of its number block, the military way
# ("Nomor : B/1031/VII/2026   Kepada" / "… Yth. Ketua KPU" / "Perihal : …   di" / "Palembang").
ADDRESSEE_RIGHT = re.compile(r"\s(?:Kepada|KEPADA)\s*$")
ADDRESSEES_DI = re.compile(r"\s+(?:[—–-]\s*)?[dg]i\s*$", re.IGNORECASE)


def _addressee_on_the_right(above: list[sections.Line]) -> bool:
    return any(ADDRESSEE_RIGHT.search(line.text) for line in above)


def _wrapped(value: str, followers: list[sections.Line], page: int) -> list[sections.Line]:
    """The lines a one-line value ("Hal : Permintaan Jawaban Tertulis atas") goes on over
    ("Permohonan Penyelesaian Sengketa", "Informasi"): short lines that are no label, greeting or
    dateline, after a value that ends in a word that cannot end it, runs to its margin, or is
    followed by words in lower case ("dan Jadwal Sidang"). OCR may leave one blank line between,
    before a tail that stands alone ("Informasi Publik") as before any other."""
    taken: list[sections.Line] = []
    gap, full = False, len(value) >= WRAPPED_VALUE
    for position, follower in enumerate(followers[:WRAP_LINES]):
        text = follower.text.strip()
        if follower.page != page or DATELINE_TAIL.search(value):
            break
        if not text:
            if gap or taken:
                break
            gap = True
            continue
        goes_on = sections.DANGLING.search(value) or re.match(r"[a-z]", text)
        if not (
            goes_on
            or (full and (not gap or _stands_alone(followers, position)))
            or (not gap and _runs_to_addressee(followers, position))
        ):
            break
        if (
            (len(text) > WRAP_TAIL and not re.match(r"(?:dan|serta|di|pada|untuk)\s", text))
            or re.search(r"[:|]|\byth\b", text, re.IGNORECASE)
            or NOT_A_WRAP.match(text)
            or NAME_WITH_COMMA.fullmatch(text)
            or DATELINE.search(text)
            or not re.search(r"[A-Za-z]{3}|\d{2}", text)
            or (
                _in_capitals(text)
                and not _in_capitals(value)
                and not re.search(r"\d", text)
                and len(text) > ACRONYM_LENGTH  # "… Rekapitulasi" over "DPB" goes on
            )
        ):
            break
        taken.append(follower)
        value, gap, full = f"{value} {text}", False, len(text) >= WRAPPED_LINE
    return taken


# A person's name read across from a side column ("Herlina Pratama, S.H", "Zulkifli Putra
# Simanjuntak,"): no subject's tail.
NAME_WITH_COMMA = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,(?:\s*[A-Z][A-Za-z]{0,3}\.?)*")


def _stands_alone(followers: list[sections.Line], position: int) -> bool:
    """A line between blank lines, or before the addressee: the tail of a wrapped subject."""
    after = followers[position + 1] if position + 1 < len(followers) else None
    return (
        after is None or not after.text.strip() or NOT_A_WRAP.match(after.text.strip()) is not None
    )


def _runs_to_addressee(followers: list[sections.Line], position: int) -> bool:
    """Short lines on to "Yth."/"Kepada", past a blank line OCR put between: a subject wrapped
    however short its lines ("Keberatan atas Permohonan" / "Informasi No." / "065/PPID/…",
    "Panggilan Sidang Ajudikasi" / "(Pembuktian)")."""
    for follower in followers[position:WRAP_LINES]:
        text = follower.text.strip()
        if NOT_A_WRAP.match(text):
            return True
        wording = re.fullmatch(r"[A-Za-z0-9(][\w.,()/&' -]*", text)
        if text and (not wording or len(text) > WRAP_TAIL):
            return False
    return False


def _found(section: sections.Section | None) -> Found | None:
    return Found(section.value, section.page, section.start, section.end) if section else None


def _search(pages: list[str], pattern: re.Pattern[str] | str, group: int = 0) -> Found | None:
    for number, text in enumerate(pages, start=1):
        match = re.search(pattern, text)
        if match:
            return Found(match.group(group), number, match.start(group), match.end(group))
    return None


def _letterhead(pages: list[str]) -> Found | None:
    """The sender's letterhead: the upper-case lines at the top, before the address. The body
    above the sender ("MAHKAMAH AGUNG REPUBLIK INDONESIA" over "PENGADILAN NEGERI PALEMBANG",
    "PEMERINTAH PROVINSI SUMATERA SELATAN" over "DINAS KOMUNIKASI DAN INFORMATIKA"), the office's
    own received stamp and the specks of a logo are not the sender: the unit that wrote is, as
    an agenda register names it. A first page with no words on it (a Braille letter, its
    transcription behind it) heads nothing."""
    if len(pages) > 1 and _wordless(pages[0]):
        return _letterhead_behind(pages)
    head: list[str] = []
    beside_address = stamped = name_below = registered = decided = False
    lines = pages[0].split("\n")
    border = _border_lines(lines)
    end = sum(len(line) + 1 for line in lines[:border])
    for line in lines[border : border + LETTERHEAD_LINES]:
        honorific = HONORIFIC.match(line.strip())
        unspecked = line.strip()[honorific.end() if honorific else 0 :]
        stripped = LOGO_SPECKS.sub("", unspecked).lstrip("_~-")  # "_PROVINSI …": a speck
        stripped = _spaced_name(_without_logo_text(stripped, head), pages[0])
        end += len(line) + 1
        if SECURITY_MARK.fullmatch(stripped) or (not head and FAX_HEADER.match(stripped)):
            continue  # "RAHASIA" over a prosecutor's letterhead, a fax machine's header line
        stamp_line = RECEIVED_STAMP.search(stripped) is not None
        stamped = stamped or stamp_line
        if (
            beside_address
            and (ADDRESS_COLUMN.search(stripped) or CONTACT_LINE.match(stripped))
            and not _in_capitals(stripped)
        ):
            continue  # the address column's own next line ("Palembang 30126", "Telp. …")
        if not head and (CONTACT_LINE.match(stripped) or BODY_PARTICULARS.match(stripped)):
            continue  # a body's address or registration over its name, printed smaller
        if head and BODY_PARTICULARS.match(stripped):
            registered = True  # "Sekretariat: …" under the name: a party's board may follow
            continue
        if head and not beside_address and CONTACT_LINE.match(stripped):
            if len(head) == 1 and REGION_ONLY.fullmatch(head[0]):
                name_below = True  # the name printed larger, which OCR read after the region
                continue  # (past the address's lines)
            break  # its address under the name: a title below it ("NOTA DINAS") is no part of it
        if not head and DECISION_TITLE.fullmatch(stripped):
            decided = True  # "PUTUSAN SELA" / "Nomor: …" over the commission that decides
            continue
        if decided and not head and LETTER_START.match(stripped):
            continue
        if decided and re.match(r"\s*\d{1,2}[.)]\s", line):
            break  # the decision's first numbered part ("1. IDENTITAS")
        if head and CANDIDATES_TAG.search(stripped):
            break  # a campaign team's candidates under its name ("BUDI — SITI (NOMOR URUT 2)")
        if LETTER_START.match(stripped) or DATELINE.match(stripped):
            break  # the letter has begun: the addressee below "Kepada Yth." is not its sender
        if ADDRESSED_DESK.match(stripped):
            break
        if not stripped or stamp_line or not WORDS.search(stripped):
            continue
        capitals = _capitals_run(stripped)
        capitals = capitals and TRAILING_SPECK.sub("", TITLE_AFTER_NAME.sub("", capitals))
        if capitals and honorific:
            capitals = f"{honorific[1]}. {capitals}"
        if beside_address and capitals and re.fullmatch(r"\([A-Z.&/-]+\)", capitals):
            continue  # an acronym under the address column, no part of the name beside it
        beside_address = capitals is not None and _beside_address(stripped, capitals)
        if capitals is None and _is_note(stripped):
            continue
        if capitals is None or NOT_A_LETTERHEAD.match(capitals):
            if not head and capitals and TITLE_PAGE.match(capitals) and _letter_behind(pages):
                return _letterhead_behind(pages)  # a brief's title page over its letter
            break
        if head and (
            PARENT_BODY.match(capitals)
            or PROFESSION_TAGLINE.fullmatch(capitals)
            or capitals.startswith("KABINET ")
        ):
            continue  # a ministry's name under its unit's logo, a law firm's "ADVOKAT & …" line,
            # a student board's cabinet ("KABINET HARMONI BERGERAK")
        if registered and not BOARD.match(capitals):
            break  # a title under the body's particulars ("ALIH AKSARA SURAT BRAILLE")
        if head and capitals.startswith("KECAMATAN ") and VILLAGE.search(head[-1]):
            break  # the regions of a village's body under its name are its address
        if name_below:
            head.insert(0, re.sub(r"^[A-Z]{1,2}\s+(?=[A-Z]{3})", "", capitals))  # a logo's letters
            break
        if head and re.search(r"(?:\bDAN|&|,|/)$", head[-1]):  # "KEMENTERIAN …/" over "BADAN …"
            head[-1] = f"{head[-1]} {capitals}"
        elif registered and BOARD.match(capitals):
            head.insert(0, capitals)  # a board under the body's particulars names it first
        else:
            head.append(capitals)
    head = _parent_under_address(head, pages[0])
    if stamped:  # the office's name on its received stamp ("KPU … / DITERIMA / Tgl …")
        head = [line for line in head if fuzz.ratio(line, OWN_OFFICE) < STAMP_NAME_LIKENESS]
    while len(head) > 1 and (
        PARENT_BODY.match(head[0])
        or head[0].startswith(("DIREKTORAT JENDERAL", "KECAMATAN "))  # over a village
        or head[0] == "BADAN PERTANAHAN NASIONAL"  # over its land office
        # a national agency over its regional unit ("BADAN PENGEMBANGAN … BAHASA" over "BALAI
        # BAHASA PROVINSI …"), a command over the command under it that writes
        or (head[0].startswith("BADAN ") and head[1].startswith(("BALAI ", "LOKA ", "UPT ")))
        or (head[0].startswith("KOMANDO ") and head[1].startswith("KOMANDO "))
        or (head[0].startswith("PENGADILAN TINGGI ") and head[1].startswith("PENGADILAN "))
        # the logo's acronym over the name it stands for ("BNI" / "BANK NEGARA INDONESIA")
        or (
            re.fullmatch(r"[A-Z]{2,6}", head[0]) is not None
            and _abbreviates(head[0], head[1].split())
        )
        # a service over the school it runs, not over its own region's name
        or (
            head[0].startswith(("DINAS ", "KANTOR WILAYAH ")) and not REGION_ONLY.fullmatch(head[1])
        )
        or (head[0].startswith("YAYASAN ") and SCHOOL.match(head[1]))  # a school's foundation
    ):
        head.pop(0)
    # A party's board printed apart from its name is named before it ("DEWAN PIMPINAN WILAYAH
    # PARTAI …"), as the party writes it.
    if any("PARTAI " in line for line in head):
        head.sort(key=lambda line: not BOARD.match(line))
    name = LONE_LETTER.sub("", LOGO_ACRONYMS.sub("", " ".join(head)))
    return Found(name, 1, 0, max(0, end - 1)) if head else None


BORDER_WORDS_SHARE = 0.25


def _border_lines(lines: list[str]) -> int:
    """How many lines at the top of the page are blank or a card's printed border read as
    specks ("= = = cs = = =", "@O——— Se LL SS ho A SY RY MANA AO. 4"): the letterhead's lines
    are counted below them."""
    count = 0
    for line in lines:
        tokens = line.split()
        real = [token for token in tokens if re.search(r"[A-Za-z0-9]{3}", token)]
        if tokens and (len(real) > 1 or len(real) >= BORDER_WORDS_SHARE * len(tokens)):
            break  # (a fax's header line, "10/10/2025 09:26 FROM: 0711…", is no border)
        count += 1
    return count


def _parent_under_address(head: list[str], page: str) -> list[str]:
    """The head with the university a faculty belongs to, the body a regional office or a
    branch's board belongs to, or the board of a party or an organisation, printed under the
    address line ("FAKULTAS HUKUM" / "Jl. …" / "UNIVERSITAS SRIWIJAYA"), put first, as the body
    names itself."""
    if not head:
        return head
    parent = (
        UNIVERSITY
        if head[0].startswith("FAKULTAS ")
        else BODY_UNDER_UNIT
        if UNIT_HEAD.match(head[0])
        else BOARD
    )
    if any(parent.match(line) for line in head[1:] if line != head[0]) or (
        parent is BOARD and BOARD.match(head[0])
    ):
        return head
    below_address = False
    for line in page.split("\n")[: LETTERHEAD_LINES + PARENT_REACH]:
        stripped = _without_logo_text(LOGO_SPECKS.sub("", line.strip()), head)
        if LETTER_START.match(stripped) or DATELINE.match(stripped):
            break
        below_address = (
            below_address
            or CONTACT_LINE.search(stripped) is not None
            or BODY_PARTICULARS.match(stripped) is not None  # "Sekretariat: Jl. …"
        )
        capitals = _capitals_run(stripped) if below_address else None
        if capitals and parent.match(capitals):
            return [capitals, *head]
    return head


def _masthead(page: str) -> Found | None:
    """A paper's name in its own type over what it is ("Bingkai Sumsel" over "Tabloid Mingguan
    Politik dan Pemerintahan"), which the capitals of a letterhead do not find."""
    top = _first_line_over(page, MEDIA_TAGLINE)
    return top if top and re.fullmatch(r"(?:[A-Z][\w.&'-]*\s?){1,5}", top.value) else None


# A body's website printed beside its name: "Bank Syariah Indonesia www.banksyariah….co.id".
WEBSITE_BESIDE = re.compile(r"\s+(?:www\.|https?://)\S+\s*$")


def _title_case_letterhead(page: str) -> Found | None:
    """A public body's or a bank's letterhead printed in ordinary case at the top of the page
    ("Komisi Informasi" over "Provinsi Sumatera Selatan"), as it prints it."""
    lines = [found for found in re.finditer(r"[^\n]+", page) if found.group().strip()][:4]
    if lines and re.fullmatch(r"\W*\w?\W*", lines[0].group()):
        lines = lines[1:]  # the emblem's speck over it
    lines = lines[:3]
    first = WEBSITE_BESIDE.sub("", lines[0].group()).strip() if lines else ""
    if not TITLE_CASE_BODY.fullmatch(first):
        return None
    name, end = [first], lines[0].end()
    for line in lines[1:]:
        text = EMBLEM_SPECK.sub("", line.group().strip())  # "fx Provinsi …": the emblem beside it
        if not TITLE_CASE_LINE.fullmatch(text) or NOT_A_LETTERHEAD.match(text):
            break  # (nor the document's title under it: "PIAGAM PENGHARGAAN")
        name.append(text)
        end = line.end()
    return Found(" ".join(name), 1, lines[0].start(), end)


def _first_line_over(page: str, below: re.Pattern[str]) -> Found | None:
    """The page's first line, where the line under it is what ``below`` describes (a name over
    what the body is, or over the writer's street address)."""
    lines = [match for match in re.finditer(r"[^\n]+", page) if match.group().strip()][:2]
    if len(lines) < 2 or not below.match(lines[1].group().strip()):
        return None
    name = lines[0].group().strip()
    start = lines[0].start() + lines[0].group().find(name)
    return Found(name, 1, start, start + len(name))


def _printed_by_a_body(letterhead: Found | None, page: str) -> bool:
    """Whether a request or objection is written on a form a body prints under its letterhead
    (a KPU kabupaten's "FORMULIR PENGAJUAN KEBERATAN", a service centre's counter form): the
    person who filled it in asks, the body is no sender."""
    return letterhead is not None and printed_form(page)


def printed_form(page: str) -> bool:
    """Whether the page is a printed form: "FORMULIR …" at its top."""
    top = "\n".join(page.split("\n")[:TOP_LINES])
    return re.search(r"(?m)^\W*FORMULIR\b", top) is not None


def _request_dated(pages: list[str], dated: Found) -> bool:
    """Whether a labelled date is the request's an objection cites ("Tanggal Permohonan :")."""
    page = pages[dated.page - 1]
    label = page[page.rfind("\n", 0, dated.start) + 1 : dated.start]
    return re.search(r"(?i)permohonan|pendaftaran", label) is not None


def _shop_pad(page: str) -> bool:
    """Whether the page's head is a shop's, printed on its memo pads: a line that lists what
    it sells ("Buku • ATK • Fotocopy • Laminating")."""
    return any(
        len(SHOP_GOODS.findall(line)) >= SHOP_GOODS_LISTED for line in page.split("\n")[:TOP_LINES]
    )


def _letter_behind(pages: list[str]) -> bool:
    """Whether the second page opens a letter: its own "Nomor :", "Hal :" or addressee near the
    top (a KTP copy or an attachment does not)."""
    top = pages[1].split("\n")[:TOP_LINES] if len(pages) > 1 else []
    return any(LETTER_START.match(line) for line in top)


def _letterhead_behind(pages: list[str]) -> Found | None:
    behind = _letterhead(pages[1:])
    if behind:
        behind.page += 1
    return behind


def _spaced_name(line: str, page: str) -> str:
    """A name printed letter-spaced at the start of ``line``, which OCR reads in pieces ("KA BA R
    M U SI", "KABAR MI SI"), in capitals as the letter spells it elsewhere ("wartawan Kabar
    Musi"): the run of words whose letters are those of the pieces, or one letter off for a long
    name; the line as it is when the letter spells no such run."""
    spaced = SPACED_CAPITALS.match(line)
    if spaced is None or sum(len(piece) <= 2 for piece in spaced.group().split()) < 2:
        return line
    letters = re.sub(r"\s", "", spaced.group())
    allowed = len(letters) // SPACED_LETTERS_PER_SLIP
    best: tuple[int, int, str] | None = None
    for run in SPELLED_RUN.finditer(page.replace(line, "")):
        for count in range(len(run.group().split()), 0, -1):
            words = run.group().split()[:count]
            slips = Levenshtein.distance("".join(words).upper(), letters.upper())
            if slips <= allowed and (best is None or (slips, -count) < best[:2]):
                best = (slips, -count, " ".join(words).upper())
    return best[2] + line[spaced.end() :] if best else line


def _wordless(page: str) -> bool:
    """A page of Braille dots or a picture, the office's received stamp on it aside."""
    lines = page.split("\n")
    legible = [
        line for line in lines if not RECEIVED_STAMP.search(line) and not STAMP_ROW.search(line)
    ]
    return len(re.findall(r"[A-Za-z]{5,}", "\n".join(legible))) < LEGIBLE_PAGE_WORDS


def _without_logo_text(line: str, head: list[str]) -> str:
    """``line`` without the text of a logo OCR read at its start: an abbreviation of the body's
    name ("KPU", "BAS" beside "PT BANK AMPERA SYARIAH", "UNIV", "KOMI", "DPC-"), or a speck
    ("Sa PROVINSI …")."""
    words = line.split(maxsplit=1)
    if not words or CONTACT_LINE.match(line) or BALINESE_START.match(line):
        return line
    token = words[0].strip("-.,:")  # (an acronym in brackets, "(ITMI)", is the body's own)
    before_capitals = (  # "CS SEKRETARIAT DAERAH", "Ta KOMISI …", "CG) KOMISI …"
        len(token.strip("()")) <= LOGO_SPECK
        and token not in BODY_FORMS
        and (
            (re.match(r"[A-Z]{4}", words[-1]) is not None and (bool(head) or words[-1].isupper()))
            # (not "Yk PPID Pelaksana", a note above it; "CQ) PT ASURANSI …" is a company)
            or re.match(r"(?:PT|CV|UD)\s+[A-Z]{3}", words[-1]) is not None
        )
    )
    logo = before_capitals or (
        bool(head)
        and len(token) <= LOGO_TEXT
        and (
            (len(token) <= LOGO_SPECK and not token.isupper())
            or not re.search(r"[A-Za-z]", token)  # "(39 PARTAI …"
            or (
                token.isupper()
                and len(token) >= 2
                and token not in REGION_WORDS  # "DESA KARANG AGUNG" under "… MILIK DESA …"
                and _abbreviates(token, " ".join(head).split())
            )
        )
    )
    return words[1] if logo and len(words) > 1 else "" if logo else line


def _abbreviates(token: str, words: list[str]) -> bool:
    """Whether ``token`` is made of the starts of the name's words in order: its initials
    ("KPU", "DPRD"), one word's start ("UNIV"), syllables ("KOMI" of KOMUNIKASI DAN
    INFORMATIKA), or a word again ("DPC")."""
    if not token:
        return True
    return any(
        token.startswith(word[:size]) and _abbreviates(token[size:], words[index + 1 :])
        for index, word in enumerate(words)
        for size in range(1, min(len(word), len(token)) + 1)
    )


def _beside_address(line: str, capitals: str) -> bool:
    """Whether the name stands in a column beside the address, OCR having read the two columns
    as one ("LABORATORIUM HUKUM TATA Jl. Prof. K.H. Zainal …" over "NEGARA Telp. (0711) …")."""
    return CONTACT_LINE.match(line[line.find(capitals) + len(capitals) :].strip()) is not None


def _is_note(line: str) -> bool:
    """A speck, or a short note written above a letterhead ("Yth PPID Pelaksana / utk diproses
    sesuai SOP"): no number, label or opening of the letter in it."""
    if len(line) < SPECK_LINE:
        return True
    return (
        len(line) <= NOTE_LINE
        and not re.search(r"[\d:]", line)
        and not LETTER_START.match(line)
        and (line[:1].islower() or DESK_NOTE.search(line) is not None)
    )


# An invitation's "Media : Zoom Meeting" names where a meeting is held, not a news outlet.
MEETING_MEDIUM = re.compile(
    r"(?i)^(?:zoom|google\s+meet|g-?meet|(?:microsoft|ms)\s+teams|webex|youtube|daring|luring"
    r"|virtual|hybrid|hibrida|tatap\s+muka)\b"
)


def _as_letterhead(sender: Found | None, letterhead: Found | None) -> Found | None:
    """A body named in a field ("Media : Warta Ampera") as its letterhead prints it ("WARTA
    AMPERA"), where the two agree; none where the field names a meeting's medium."""
    if sender and MEETING_MEDIUM.match(str(sender.value)):
        return None
    if sender and letterhead and letterhead.value.casefold() == str(sender.value).casefold():
        return letterhead
    return sender


def _is_own_office(sender: str | None) -> bool:
    """The office's own letterhead (its forms), with what OCR added between its words or took
    from their ends ("… SUMATERA SELATA"); "… SUMATERA BARAT" is another office."""
    if not sender:
        return False
    if OWN_DESK.fullmatch(sender):
        return True
    sender = re.sub(r"\bKPU\b", "KOMISI PEMILIHAN UMUM", re.sub(r"^PPID\s+", "", sender))
    if fuzz.ratio(sender, OWN_OFFICE) >= OWN_OFFICE_LIKENESS:
        return True
    words, own = sender.split(), OWN_OFFICE.split()
    remaining = iter(words)
    return len(words) <= len(own) + OWN_OFFICE_SPECKS and all(word in remaining for word in own)


# A degree after a name in a letterhead, in the case it is written in: "BINSAR NAINGGOLAN, S.H.,
# M.Kn.", "… S.Kom., M.Si."
DEGREE_WORD = re.compile(r"[A-Z][a-z]{0,2}\.(?:[A-Z][A-Za-z]{0,3}\.)+,?")


def _capitals_run(line: str) -> str | None:
    """The letterhead words of a line, without what a received stamp beside them added
    ("KOMISI INFORMASI || 22/5/2026", "PROVINSI SUMATERA SELATAN | Paraf"); None when the line
    is not mostly capitals."""
    words = line.split()
    count = next(
        (
            index
            for index, word in enumerate(words)
            if not (
                CAPITAL_WORD.fullmatch(word)
                or _numbered_unit(words, index)
                or _year_of_term(words, index)
                or (index and words[index - 1].endswith(",") and DEGREE_WORD.fullmatch(word))
            )
        ),
        len(words),
    )
    run, rest = " ".join(words[:count]), " ".join(words[count:])
    if CONTACT_LINE.match(rest) and max(map(len, words[:count]), default=0) <= SPECK_WORD:
        return None  # "VWIY Jl. Kapten A. Rivai No. 16": a logo's specks, then the address
    # the address column beside the name is no prose ("SUMATERA SELATAN E-mail: info@…")
    prose = PROSE.search(rest) and not STAMP_NOISE.search(rest) and not CONTACT_LINE.match(rest)
    motto = count == NAME_WORDS - 1 and MOTTO.fullmatch(rest) is not None
    if not WORDS.search(run) or (prose and count < NAME_WORDS and not motto):
        return None
    return run


def _numbered_unit(words: list[str], index: int) -> bool:
    """A unit's number between words in capitals ("SMA NEGERI 2 LAHAT", "RI RT 12 KELURAHAN
    SIALANG"), not a logo's speck beside a short one ("UMUM 1 RO")."""
    before, after = words[max(index - 1, 0)], words[index + 1 : index + 2]
    return (
        index > 0
        and re.fullmatch(r"\d{1,3}", words[index]) is not None
        and re.fullmatch(r"[A-Z]{4,}|RT|RW", before) is not None
        and bool(after)
        and re.fullmatch(r"[A-Z]{3,}", after[0]) is not None
    )


def _year_of_term(words: list[str], index: int) -> bool:
    """The year a campaign team or a committee serves, which ends its name ("… EMPAT LAWANG
    TAHUN 2024")."""
    return (
        index > 0
        and words[index - 1] == "TAHUN"
        and re.fullmatch(r"20\d{2}", words[index]) is not None
    )


def _representatives_head(pages: list[str]) -> int:
    """Where the letterhead of a representative writing for the applicant ends ("Law Office …,
    Telp. 0813 …" over a letter "berdasarkan Surat Kuasa"); 0 when no one writes for them."""
    return _letterhead_block(pages[0]) if REPRESENTED.search("\n".join(pages)) else 0


def _applicants_phone(
    labelled: Found | None,
    pages: list[str],
    representatives: list[sections.Line],
    letterhead: Found | None = None,
) -> Found | None:
    """The phone a form row gives, unless it is the representative's letterhead's (then the row
    below it that gives the applicant's, if any) or the body's letterhead's where the letter
    gives another ("Saya, …, nomor telepon 0821 …" under a faculty's "Telp. (0711) …"); where
    the row's value does not read as a number, a number inside it behind a speck ("5 628771 …"),
    else the row's for a second reading. A body's contact band ("Sekretariat: …" over "Telp.
    0711-…") gives way to a number the letter's prose gives ("…, nomor telepon 0821 …")."""
    if labelled and _among_body_contacts(pages[labelled.page - 1], labelled.start):
        labelled = (  # the person's own row below, else a number the prose gives
            _labelled_below(pages, labelled, "phone") or _phone(pages, representatives) or labelled
        )
    if letterhead is not None and labelled and labelled.page == 1:
        head_end = _letterhead_block(pages[0])
        written = None
        if labelled.start < head_end:  # a row of the letter's own, else a number in its prose
            body = [
                line for line in sections.lines_of(pages) if line.page > 1 or line.start >= head_end
            ]
            written = _labelled(body)[0].get("phone") or _phone(pages, representatives)
        if written and (written.page > 1 or written.start >= head_end):
            return written
    head = _representatives_head(pages)
    if labelled and labelled.page == 1 and labelled.start < head:  # a row below may give theirs
        below = [line for line in sections.lines_of(pages) if line.page > 1 or line.start >= head]
        labelled = _labelled(below)[0].get("phone")
    if labelled:
        inside = PHONE.search(str(labelled.value))
        if normalise_phone(str(labelled.value)) or inside is None:
            return labelled
        start = labelled.start + inside.start()
        return Found(inside.group(), labelled.page, start, start + len(inside.group()))
    return _phone(pages, representatives)


def _phone(pages: list[str], representatives: list[sections.Line]) -> Found | None:
    """The first mobile number, else a landline the writer says is theirs; a representative's
    letterhead or details give the representative's, not the applicant's."""
    head = _representatives_head(pages)
    for number, text in enumerate(pages, start=1):
        for match in PHONE.finditer(text):
            if _among(representatives, number, match.start()) or _commissions(text, match.start()):
                continue
            if _footers_contact(text, match.start()):
                continue
            if number > 1 or match.start() >= head:
                dialled = _within_line(match.group())
                return Found(dialled, number, match.start(), match.start() + len(dialled))
    return _search(pages, LANDLINE_LED, 1)


def _labelled_below(pages: list[str], above: Found, name: str) -> Found | None:
    """The row labelled for ``name`` after ``above`` (a body's contact band): a person's own."""
    later = [
        line
        for line in sections.lines_of(pages)
        if (line.page, line.start) > (above.page, above.start)
    ]
    return _labelled(later)[0].get(name)


def _footers_contact(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a body's contact band below its letterhead
    ("Sekretariat: …" over "Telp. 0711-348032 Surel: …" under the signature): the secretariat's,
    not the writer's. (A letterhead's own number is the body's when it writes for itself; a
    person's "Telp. 0812 …" row is theirs.)"""
    above, line = _line_and_above(text, start)
    band = BAND_CONTACT.search(line) or re.match(r"(?i)\s*sekretariat\b", above)
    below_head = start >= _letterhead_block(text)
    return bool(below_head and band and BODY_CONTACT.match(line))


COMMISSION_DESK = re.compile(r"(?i)kepaniteraan|panitera\b|komisi\s+informasi")


def _commissions(text: str, start: int) -> bool:
    """Whether the number is the commission's own, on its registry's line or the line under
    it ("Kepaniteraan Komisi Informasi …" / "Telp. (0711) 312 608 / WA …"): a notice to the
    parties gives no applicant's number."""
    above, line = _line_and_above(text, start)
    return COMMISSION_DESK.search(f"{above}\n{line}") is not None


def _line_and_above(text: str, start: int) -> tuple[str, str]:
    """The line above the one at ``start``, and that line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    above = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1] if line_start else ""
    return above, text[line_start : len(text) if line_end < 0 else line_end]


def _within_line(dialled: str) -> str:
    """A number that wraps to the next line goes on there ("+62 857 0714 / 7585"); a whole
    number does not, whatever digits begin the next line (a chat's "08.08")."""
    first = dialled.split("\n", 1)[0]
    whole = len(re.sub(r"\D", "", first)) >= WHOLE_MOBILE and normalise_phone(first) is not None
    return first.rstrip() if whole else dialled


def _letterhead_block(text: str) -> int:
    """Where a page's letterhead ends: at the letter's first own line near the top ("Nomor :",
    "Perihal :", "Kepada Yth."), else after its capitals and its address and contact lines."""
    lines = text.split("\n")[:TOP_LINES]
    starts = [index for index, line in enumerate(lines) if LETTER_START.match(line)]
    if starts:
        return sum(len(line) + 1 for line in lines[: starts[0]])
    offset = 0
    for line in lines:
        stripped = line.strip()
        if stripped and not (_in_capitals(stripped) or CONTACT_LINE.search(stripped)):
            break
        offset += len(line) + 1
    return offset


def _in_capitals(line: str) -> bool:
    """Mostly capitals: a letterhead line, a logo's speck ("—b— KANTOR HUKUM") allowed."""
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(
        letters
    )


def _signed_name(pages: list[str]) -> Found | None:
    """The name signed under the letter's closing ("Demikian …", "Hormat saya,", "Salam,"),
    past the lines that end in a comma (the closing itself, the signer's role, the body signed
    for: "Jaringan Pemilih Muda Sumatera Selatan,") and the scribble OCR makes of a signature.
    A closing signed for a public body ("Panitera Komisi Informasi") is not the applicant's."""
    for number, text in enumerate(pages, start=1):
        closings = list(CLOSING.finditer(text))
        if not closings:
            continue
        offset = text.find("\n", closings[-1].start()) + 1
        if offset == 0:
            continue
        lines = text[offset:].split("\n")[:SIGNATURE_LINES]
        for index, line in enumerate(lines):
            if NOT_A_PERSON.search(line):
                break
            named = line.lstrip(SIGNATURE_SPECKS).rstrip()
            if _is_signer(named, lines[index + 1 :]):
                start = offset + len(line) - len(line.lstrip(SIGNATURE_SPECKS))
                named = _first_signer(named)
                return Found(named, number, start, start + len(named))
            offset += len(line) + 1
    return None


def _first_signer(line: str) -> str:
    """The first of names signed side by side; titles before one name ("Drs. H. Syahrial")
    do not split it."""
    first = NEXT_SIGNER.split(line, maxsplit=1)[0]
    return line if re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.\s*)+", first) else first


def _is_signer(line: str, below: list[str]) -> bool:
    return bool(
        SIGNED_NAME.match(line)
        and not line.endswith(",")
        and not SIGNER_ROLE.match(line)
        and not _role_follows(below)
    )


def _role_follows(lines: list[str]) -> bool:
    """The next written line is a role signed as ("Kepala Laboratorium,"): the line above it
    names the body the signer signs for ("Lab HTN"), not the signer."""
    following = next((line.strip() for line in lines if line.strip()), "")
    return following.endswith(",") and bool(SIGNER_ROLE.match(following))


# A writer's office after their name ("…, Wakil Ketua"), no degree of theirs.
ROLE_WORD = r"(?:Wakil|Ketua|Sekretaris|Bendahara|Anggota|Kepala|Direktur|Gembala|Pendeta)\b"


def _free_letter_name(pages: list[str]) -> Found | None:
    patterns = (
        # "… bertindak untuk dan atas nama klien kami, Indah Kurniawan, S.Pd., NIK …", "…
        # bertindak untuk dan atas nama Agnes Kristina, pekerjaan Petani, …": the applicant a
        # lawyer signing the letter speaks for
        r"(?:(?:atas\s+nama|mewakili)\s+(?:klien\s+kami|pemberi\s+kuasa)"
        r"|bertindak\s+(?:untuk\s+dan\s+)?atas\s+nama)\s*,?\s+"
        r"([A-Z][^,\n(]{1,60}?(?:\n[^,\n(]{1,40}?)?(?:,\s*[A-Z][A-Za-z.]{1,8}\.?)*)(?:,\s+|\s+\(|\s+)"
        r"(?:NIK|nomor|beralamat|alamat|pekerjaan|selanjutnya)\b",
        # "… antara:\n\n1. Lusiana Damayanti, beralamat di …": the first party is the applicant
        rf"(?i:antara|dari)\s*:?\s+(?:1[.)]\s+)?({PARTY_NAME})\s*,?\s+"
        r"(?:beralamat|(?:sebagai|selaku)\s+(?:Pemohon|PEMOHON))",
        # a commission's decision or notice: "… yang diajukan oleh: [1.2] Muhammad Eka, beralamat
        # di …", "… antara Taufik Setiawan (Pemohon) dan PPID …"
        rf"diajukan\s+oleh\s*:?\s*(?:[\[(]\d+(?:\.\d+)*[\])]\s*)?({PARTY_NAME})\s*,?\s+"
        r"(?:beralamat|sebagai|selanjutnya)\b",
        rf"\bantara\s+({PARTY_NAME})\s*\((?:Pemohon|PEMOHON)\)",
        # a registry's invitation: "… mengundang Pemohon, Heri Nur Saputra, S.Ag., beralamat …"
        rf"\bPemohon,\s+({PARTY_NAME}),?\s+(?:beralamat|dan\s+Termohon)\b",
        # a court's relaas: "… bahwa Fajar Harahap, beralamat di …, selaku Pemohon Kasasi"
        rf"\bbahwa\s+({PARTY_NAME})\s*,\s+beralamat\b(?=[^;]{{0,200}}?selaku\s+Pemohon)",
        # a caption: "ANTARA" / the applicant's name / the street address / "sebagai PEMOHON"
        rf"(?i:antara)\s*:?[ \t]*\n\s*({PARTY_NAME})[ \t]*,?[ \t]*\n\s*(?={STREET}[.\s])",
        rf"(?i:sengketa\s+informasi(?:\s+publik)?|permohonan)\s+(?:dari|yang\s+diajukan\s+oleh)\s+"
        rf"({PARTY_NAME})\s*,?\s+(?:yang|beralamat|dengan|sebagai|selanjutnya|terhadap)\b",
        r"[Nn]ama\s+[Ss]aya\s+([A-Z][^,\n]{2,60}?(?:,\s*[A-Z][A-Za-z.]{1,8}\.)*)(?:[.,]\s|\n|$)",
        r"(?:[Ss]aya,?\s+(?:yang bertanda tangan di bawah ini[,:]?\s+)?"
        r"|[Yy]ang\s+bertanda\s+tangan\s+di\s*bawah\s+ini[,:]?\s+)"
        # (titles before the name, perhaps at a line's end: "KH." / "Andi Harahap, Lc., …")
        r"((?:dr[sg]?\.\s?)?(?:(?:Dr|Drs|Prof|KH|Hj?|Ir)\.\s*)*[A-Z][^,\n(]{2,60}?"
        r"(?:\n[A-Z][^,\n(]{1,40}?)?"
        rf"(?:,\s*(?!{ROLE_WORD})[A-Z][A-Za-z.]{{1,8}}\.?(?:\s\([A-Z][a-z]{{2,5}}\.\))?)*)"
        # (wrapped: "Nur" / "Mahmud"; a degree's field: "S.Si. (Teol.)")
        r"(?:,\s+[a-z][a-z ]{2,30})?"
        r"(?:,\s+|\s+\(|\s+)(?:NIK|[Nn]omor|beralamat|alamat|tinggal|bertempat|berdomisili|pekerjaan|bekerja|ingin"
        r"|selaku|sebagai|pemegang|warga|menyatakan|mau|hendak|bermaksud|mengajukan|dengan\s+ini"
        r"|yang\s+identitas(?:nya)?"  # "Saya, X, yang identitasnya sebagaimana fotokopi KTP …"
        r"|mohon|memohon|meminta|[Aa]nggota|[Kk]etua|[Ww]akil|[Ss]ekretaris|[Dd]irektur|[Kk]epala"
        r"|[Gg]embala|[Pp]endeta|[Pp]astor"  # a congregation's minister
        # "Saya, Mega Dwi Susanti, mahasiswa Program Studi …": the name, then the work
        rf"|(?<=,\s)(?=(?i:{OCCUPATIONS})))\b",  # (", Notaris di Kota Palembang" too)
        # the same as OCR reads a hand-written letter: "Yna bertanda tanayn Di bawah imi Robert
        # Setiawm (NIK …", the name in capitalised words up to a bracket or a comma
        r"\bbertanda[^\n]{1,25}?\b[Bb]awah[ \t]+i\w{0,2}[,:]?[ \t]+"
        r"((?:[A-Z][\w.'-]*[ \t]+){0,4}[A-Z][\w.'-]*)[ \t]*(?:\(|,[ \t])",
        # "Kami, Jaringan …, beralamat di …, melalui Reza Syahputra selaku Koordinator"
        # (the name may wrap at the margin: "… diwakili oleh Teguh" / "Hidayat, S.Pd. selaku …")
        r"(?:melalui|diwakili\s+oleh)\s+([A-Z][^,\n(]{2,60}?(?:\n[^,\n(]{1,40}?)?"
        r"(?:,\s*[A-Z][A-Za-z.]{1,8}\.?)*)\s*,?\s+selaku\b",
        r"Narahubung\s*:\s*([^()\n]+?)\s*\(",
    )
    for pattern in patterns:
        found = _person(_search(pages, pattern, 1))
        if found and len(re.findall(r"(?<![\w.])[a-z]{2,}\b", found.value)) < PROSE_WORDS:
            return found
    return _with_degrees(_signed_name(pages), pages) or _personal_letterhead(pages[0])


# A name's degrees after it: ", S.T., M.Si.", ", S.I.Kom.".
DEGREES_AFTER = r",\s*(?:[A-Z][A-Za-z]{0,4}\.)+(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.)+)*"


def _with_degrees(signed: Found | None, pages: list[str]) -> Found | None:
    """A name signed without the degrees it has on its own line above (a business card's "Ilham
    Adi Ramadhan, S.T., M.Si." over a letter signed "Ilham Adi Ramadhan"): with them."""
    if signed is None or "," in str(signed.value):
        return signed
    name = re.escape(str(signed.value))  # (a title before it too: "Nyayu", "Mgs.")
    before = r"(?:[A-Z][a-z]{1,5}\.?[ \t]+)?"
    fuller = _search(pages, rf"(?m)^[ \t]*({before}{name}{DEGREES_AFTER})[ \t]*$", 1)
    return fuller or signed


def _personal_letterhead(page: str) -> Found | None:
    """A citizen's own letterhead: a name over a street address ("Heru Tri Rozali, S.E." over
    "Jl. Seduduk Putih No. 186 …"), the "kop surat" a letter says identifies its writer."""
    top = _first_line_over(page, CONTACT_LINE)
    if top is None or not SIGNED_NAME.match(top.value) or _in_capitals(top.value):
        return None
    return None if NOT_A_PERSON.search(top.value) else top


SIGNATURE_LINES = 7
# Words in lower case that make a phrase taken for a name prose ("Sampaikan secara lisan tetapi");
# one may be a particle ("bin", "binti", "van").
PROSE_WORDS = 2
# What a signature's scribble leaves before the name under it (". H. Sutrisno, S.T.").
SIGNATURE_SPECKS = " \t.,'`~_-"
# Where a letter's closing begins: its last "Demikian …", else its last "Hormat saya," and the like.
CLOSING = re.compile(
    r"(?im)^[^\n]*\bdemikian\b(?![\s\S]*\bdemikian\b)"
    r"|^[ \t]*(?:hormat\s+(?:saya|kami)|salam|wassalam\w*|yang\s+mengajukan)\b"
    r"(?![\s\S]*^[ \t]*(?:hormat|salam))"
    # as OCR reads them written by hand: "Hocmat, SAYA,", "Hemat, Saya,", "Teama kasih."
    r"|^[ \t]*h\w{0,2}m\w{1,2}[,.]?[ \t]+saya\b|^[^\w\n]*\w{2,7}[ \t]+kasih\b[.,!]?[ \t]*$"
)
# A name as signed: two capitalised words or more, titles and degrees allowed.
# (a physician's or a dentist's title is written in lower case: "dr. Lie Kim Hwa")
SIGNED_NAME = re.compile(
    r"^\s*(?:dr[gh]?\.\s*)?(?:[A-Z][a-z]{0,4}\.\s*)*[A-Z][a-z]+(?:[ -][A-Z][A-Za-z'.-]+)+(?:,.*)?$"
    r"|^\s*(?:dr[gh]?\.\s*)?(?:[A-Z][a-z]{0,3}\.\s*)+[A-Z][a-z]+(?:,.*)?$"
    r"|^\s*[A-Z][a-z]+,\s*[A-Z][a-z]{0,3}\.\S*.*$"
)
# Names signed side by side on one line: a second name begins with its title after a first one
# ("Ferdinand Simanjuntak Dra. Amelia Hasibuan, Ph.D.").
NEXT_SIGNER = re.compile(
    r"(?<=[a-z.])\s+(?=(?:Dr|Dra|Drs|Ir|H|Hj|Prof|Kms|Mgs|Nyimas|R\.A|Raden)\.?\s+[A-Z])"
)
SIGNER_ROLE = re.compile(
    r"(?i)^\s*(?:pemohon|pengaju|yang\s+mengajukan|kuasa|a\.n\.|ketua|hormat|mengetahui|dosen"
    r"|pembimbing|koordinator|direktur|redaktur|sekretaris|tembusan|terima\s+kasih|kepala|camat"
    r"|lurah|wassalam)"
)
# An applicant is a person: a line naming the office or a public body is the respondent.
NOT_A_PERSON = re.compile(
    r"\b(?:PPID|KPU|Badan\s+Publik|Komisi|Pemilihan\s+Umum|Pejabat\s+Pengelola\s+Informasi)\b"
)
TABLE_ROWS = (
    "Nomor Register",
    "Pemohon",
    "Alamat Pemohon",
    "Termohon",
    "Nomor Pendaftaran",
    "Informasi yang Dimohon",
    "Sehubungan",
    "Demikian",
)


def _inline_address(pages: list[str]) -> Found | None:
    """'…, beralamat di Jl. …, Kec. …, Kota, sebagai Pemohon' inside a sentence, over lines."""
    pattern = (
        rf"(?:beralamat[.,]?\s+[Dd]i|(?:,|{BARE_ALAMAT})\s*[Aa]lamat,?"
        rf"|[Aa]lamat\s+saya(?:\s+di)?|(?:bertempat\s+)?tinggal\s+di|berdomisili\s+di)[\s.]+"
        r"(?:[Ss]ekretariat\s+)?"  # a branch's: "beralamat di Sekretariat Jl. …"
        rf"({WRITTEN_STREET}[\s\S]{{4,200}}?)(?:{ADDRESS_END})"
    )
    found = _search(pages, pattern, 1)
    if found:
        found.value = re.sub(r"\s+", " ", found.value)
    return found


ADDRESS_MORE_LINES = 2  # lines an address under a signature or a name runs on over


def _unlabelled_or_office_address(pages: list[str], office: Found | None) -> Found | None:
    """An address line standing alone, unless it is the letterhead's copy of the office address
    the letter labels ("Alamat Kantor : Jl. …"): the labelled one is whole where the letterhead's
    wraps beside the body's name."""
    alone = _address_line(pages)
    if alone is None or office is None:
        return alone or office
    first_line = pages[alone.page - 1][alone.start :].split("\n", 1)[0].strip()
    return office if " ".join(office.value.split()).startswith(first_line) else alone


def _address_line(pages: list[str]) -> Found | None:
    """A line that is an address and nothing else, as under a signature ('Jl. … RT 19 Kel. …');
    its RT/RW, Kel., Kec. parts tell it from an office's address in a letterhead. It goes on
    over the lines that finish it ("…, Kel. Gumawang, Kec." over "Belitang, Kab. …") or begin
    with its next part ("… Kelurahan Sukaraya" over "Kecamatan Baturaja Timur Kab. OKU")."""
    pattern = (
        rf"(?m)^[ \t|]*({STREET}[.\s][^\n]*"
        r"\b(?:(?i:RT|RW)|Kel|Kec|Kelurahan|Kecamatan|Desa)\b[^\n]*)$"  # ("Rt.18 Rw.05" too)
    )
    found = _search(pages, pattern, 1)
    for _ in range(ADDRESS_MORE_LINES):
        if found is None:
            return found
        after = pages[found.page - 1][found.end :]
        following = re.match(r"\n[ \t]*([^\n:@]+?)[ \t]*(?=\n|$)", after)
        # (a blank line OCR put before the address's next part: "… Kel.Indralaya Raya" / "" /
        # "Kec.Indralaya Kab. Ogan Ilir")
        # ("… RT 19/11 Kel." / "" / "Bagus Kuning, Plaju, …": or after a part's name cut off)
        next_part = "" if ADDRESS_CUT.search(found.value) else f"(?={ADDRESS_PART.pattern})"
        following = following or re.match(
            rf"\n[ \t]*\n[ \t]*({next_part}[^\n:@]+?)[ \t]*(?=\n|$)", after
        )
        if (
            following is None
            or not _address_goes_on(found.value, following.group(1))
            or CONTACT_LINE.search(following.group(1))
            or _label_of(following.group(1))
            or re.match(r"(?i)(?:no\.?|nomor)\s", following.group(1))
        ):
            return found
        value = f"{found.value} {_without_name_beside(following.group(1))}"
        found = Found(value, found.page, found.start, found.end + following.end())
    return found


CAPITALS_BEFORE_WORDS = re.compile(r"^(?:[A-Z][A-Z&.'-]*\s+){2,}(?=[A-Z][a-z])")


def _without_name_beside(line: str) -> str:
    """An address's second line without the body's name set left of it and read across into
    it: "CV PELITA SURVEI MANDIRI Kemuning, Palembang 30111" under "… Kel. Sekip Jaya, Kec."."""
    name = CAPITALS_BEFORE_WORDS.match(line)
    return line[name.end() :] if name and BODY_NAME.match(name.group()) else line


def _address_goes_on(value: str, line: str) -> bool:
    """Whether the line under an address line finishes it: the address stops short ("… Kec."
    or "…, Kelurahan Lorok" over "Pakjo, Kecamatan …"), the line begins with the address's next
    part, or the address ran to the margin and the line names places or its town alone."""
    return bool(
        ADDRESS_CUT.search(value)
        or value.endswith(",")
        or ADDRESS_PART.match(line)
        or (ADDRESS_UNFINISHED.search(value) and (line[:1].isupper() or line[:1].isdigit()))
        or _place_names_after_full_line(value, line)
        or (len(value) >= FULL_ADDRESS_LINE and re.fullmatch(r"[A-Z][a-z]{3,}", line))
        # "… Kec.Seberang" over "Ulu I Palembang": the part's name goes on, then the town
        or (
            PART_AT_END.search(value) is not None
            and PLACE_NAMES.fullmatch(line) is not None
            and len(line.split()) <= PLACE_WORDS_BELOW
        )
    )


def _respondents(found: Found | None, pages: list[str]) -> bool:
    """Whether an address is the one a Komisi Informasi letter gives for the respondent (us)."""
    if found is None:
        return False
    before = pages[found.page - 1][max(0, found.start - RESPONDENT_CONTEXT) : found.start]
    respondent = r"(?i)termohon|badan\s+publik|ppid\s+kpu|\(ppid\)\s+komisi\s+pemilihan"
    return re.search(respondent, before) is not None


def _first_page_date(pages: list[str]) -> Found | None:
    """The dateline, or the date set right of the letter's number, of the first page that has
    either: a cover letter's date ("Nomor : 2110/UBD/… 31 Juli 2025") is the letter's, not that
    of the request it covers on the next page."""
    for number, page in enumerate(pages, start=1):
        found = (
            _dateline([page])
            or _search([page], NUMBER_LINE_DATE, 1)
            or _search([page], DATE_UNDER_NUMBER, 1)
            or _glued_date(page)
        )
        if found:
            found.page = number
            return found
    return None


def _glued_date(page: str) -> Found | None:
    glued = GLUED_DATELINE.search(page)
    if glued is None:
        return None
    written = re.sub(r"^[OQ]", "0", glued.group(1))
    return Found(written, 1, glued.start(1), glued.end(1)) if parse_date(written) else None


def _dateline(pages: list[str]) -> Found | None:
    """The letter's own date; a weekday takes the place's slot only at the start of its line
    ('Kamis, 27 Maret 2025'), since 'pada Selasa, 24 Februari 2026' inside a sentence is an
    appointment."""
    for number, text in enumerate(pages, start=1):
        for line in DATELINE.finditer(text):
            if line.group(1) is None and WEEKDAY.fullmatch(line.group(2)):
                continue
            if WEEKDAY.fullmatch(line.group(2).split()[-1]) and " " in line.group(2):
                continue  # "Hari/Tanggal Kamis, 20 November 2025": an appointment's day
            if _born(text, line.start(3)):
                continue
            if parse_date(line.group(3)):
                return Found(line.group(3), number, line.start(3), line.end(3))
        closing = WRITTEN_AT.search(text)
        if closing and parse_date(closing.group(1)):
            return Found(closing.group(1), number, closing.start(1), closing.end(1))
    return None


# A letter's number, subject and date on one line ("Nomor: 041/FPPW-SS/VI/2025 Hal: Permintaan
# Data dan Informasi Palembang, Kamis, 5 Juni 2025").
SUBJECT_BESIDE_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:Nomor|No\.?)\s*:\s*\S+[ \t]+(?:Perihal|Hal)\s*:\s*(\S[^\n]*?)"
    rf"(?=\s+[A-Z][a-z]+,\s+(?:{WEEKDAY.pattern},\s+)?\d{{1,2}}\b|[ \t]*$)"
)
# The headers of a printed mail's source that name messages, not mailboxes.
MESSAGE_ID = re.compile(r"(?i)\b(?:message-id|id\s+pesan|in-reply-to|references)\b\s*:?\s*<?\S*$")
# Who holds the event a flyer announces: "Diselenggarakan oleh:" over its name.
ORGANISER = re.compile(
    r"(?m)^[ \t]*(?i:diselenggarakan\s+oleh|penyelenggara)\s*:?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*([A-Z][^\n:]{5,80}?)[ \t]*$"
)
# A bill's due date, just before a date: not the day it was written.
DUE = re.compile(r"(?i)(?:jatuh\s+tempo|batas\s+(?:waktu\s+)?pembayaran)\W*$")
DUE_REACH = 30


def _any_date(pages: list[str]) -> Found | None:
    """The first date anywhere, a month's name before figures ('… pada tanggal 13 April 2026',
    'Thu, Sep 18, 2025 at …'; a received stamp's 'Tgl: 21-06-2026' often comes first), but no
    birth date, no bill's due date and no day an invitation names ('Hari/Tanggal : Minggu, …');
    'Nomor 14 Tahun 2008' has a date's shape but no month."""
    shapes = (
        rf"\b\d{{1,2}}{DATE_GAP}[A-Z][a-z]+{DATE_GAP}{YEAR}\b",
        rf"\b[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},\s+{YEAR}\b",
        rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]{YEAR}\b",
    )
    for shape in shapes:
        for number, text in enumerate(pages, start=1):
            for match in re.finditer(shape, text):
                before = text[max(0, match.start() - DUE_REACH) : match.start()]
                if (
                    parse_date(match.group(0))
                    and not _born(text, match.start())
                    and not DUE.search(before)
                    and not (APPOINTMENT.search(before) and INVITES.search(text))
                ):
                    return Found(match.group(0), number, match.start(), match.end())
    return None


def _born(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows "Tempat/Tgl. Lahir" on its line, or "lahir di
    Medan pada" just before it: a birth date."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[min(line_start, max(0, start - BIRTH_REACH)) : start]
    births = list(BIRTH.finditer(before))
    # (not when a year stands between: "Lahir Jambi, 18 Juli 1993\nPada tanggal 29 …")
    return bool(births) and re.search(r"\d{4}", before[births[-1].end() :]) is None


def _email(
    pages: list[str],
    labelled: Found | None,
    own_domains: Sequence[str],
    letterhead: Found | None,
    others: Sequence[sections.Line] = (),
) -> Found | None:
    """The writer's e-mail address: not one of the office's own (on its domains; an e-mail
    printout's 'Kepada: ppid…') nor one in a letterhead (the body's mailbox, not its officer's
    or the applicant's, whether a form of the office or a body's letter, labelled "Surel :" or
    not), nor one on the lines of someone else's details (``others``: a representative's, a
    second objector's). Where OCR lost its '@', an address is still read after an "Email:"
    inside a line ("HP: 0812… - Email: budi…")."""

    def theirs(address: str) -> bool:
        return not on_domains(address, own_domains)

    def elsewhere(number: int, position: int) -> bool:
        """Not on another person's line, unless that line is a row of two columns, theirs and
        the applicant's ("E-mail  anisa@…  fitri@…")."""
        return not any(
            line.page == number
            and line.start <= position < line.end
            and len(EMAIL_TOKEN.findall(line.text)) < 2
            for line in others
        )

    head = _letterhead_block(pages[0]) if letterhead is not None else 0
    if labelled and _among_body_contacts(pages[labelled.page - 1], labelled.start):
        labelled = _labelled_below(pages, labelled, "email")  # the person's own row, if any
    if labelled and theirs(str(labelled.value)) and (labelled.page > 1 or labelled.start >= head):
        return labelled
    for number, text in enumerate(pages, start=1):
        for match in EMAIL_TOKEN.finditer(text):
            if _beside_own_website(text, match.start(), own_domains) or _message_id(text, match):
                continue
            if _among_body_contacts(text, match.start()) or not elsewhere(number, match.start()):
                continue
            if (number > 1 or match.start() >= head) and theirs(match.group(0)):
                opened = next(
                    (
                        found
                        for local in (BRACKETED_LOCAL, CUED_LOCAL, LINE_LOCAL)
                        if (found := local.search(text, 0, match.start()))
                    ),
                    None,
                )
                start = opened.start(1) if opened else match.start()
                start += _bracket_read_as_c(text, start)
                return Found(text[start : match.end()], number, start, match.end())
    for number, text in enumerate(pages, start=1):
        for match in EMAIL_LED.finditer(text):
            mine = number > 1 or match.start() >= head
            mine = mine and not _among_body_contacts(text, match.start())
            mine = mine and elsewhere(number, match.start())
            if mine and normalise_email(match.group(1)) and theirs(match.group(1)):
                return Found(match.group(1), number, match.start(1), match.end(1))
    return None


BODY_CONTACT_REACH = 2
BODY_CONTACT_CHARS = 400  # (enough for the lines looked at)


# A contact band's second item beside its telephone.
BAND_CONTACT = re.compile(r"(?i)\b(?:surel|e-?mail|fax|faks|laman|website)\b|www\.")
BODY_CONTACT = re.compile(r"(?i)\s*(?:(?:telp\.?|tel\.|fax|faks)\s+[\d(+]|sekretariat\s*:)")


def _among_body_contacts(text: str, start: int) -> bool:
    """Whether the line at ``start`` follows a body's telephone line, its number after the
    abbreviation and no colon ("Telp. 0711-423858" over "Surel: lpprm@gmail.com"): its
    secretariat's contacts, set beside the letter's first lines, not a person's row. A blank
    line, or a line of the addressee's column OCR read between them ("di Tempat"), may part
    them."""
    line_start = text.rfind("\n", 0, start) + 1
    lines = text[max(0, line_start - BODY_CONTACT_CHARS) : max(0, line_start - 1)].split("\n")
    above = [line for line in lines if line.strip()][-BODY_CONTACT_REACH:]
    # (a footer's band: "Sekretariat: Jl. …" over "Telp. (0711) 36 4351 Surel: dpc…@gmail.com")
    own_line = text[line_start : start + 1]  # (with a number's first digit: "Telp. (0713) …")
    return any(BODY_CONTACT.match(line) for line in [*above, own_line])


def _bracket_read_as_c(text: str, start: int) -> int:
    """1 where the '<' before a mail header's address was read as a 'c' ("From: Novri Putra
    Wijaya cnovriwij94@…"): the address goes on as the sender's name begins, not with a 'c'."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    header = re.match(r"\s*(?:From|Dari|Pengirim)\s*:\s*((?:[A-Z][\w.']*\s+)+)$", line)
    if header is None or text[start : start + 1] != "c":
        return 0
    names = [word[:3].lower() for word in header.group(1).split() if len(word) >= 3]
    local = text[start + 1 : start + 4].lower()
    return int(local in names and text[start : start + 3].lower() not in names)


def _message_id(text: str, match: re.Match[str]) -> bool:
    """Whether the address is a mail's Message-ID, or a header naming one ("ID Pesan <CAB…@mail.
    gmail.com>", "In-Reply-To: <…>"): an identifier, no one's mailbox."""
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return MESSAGE_ID.search(line) is not None


def _beside_own_website(text: str, offset: int, own_domains: Sequence[str]) -> bool:
    """Whether the line at ``offset`` also gives one of the office's own websites ("Laman:
    sumsel.kpu.go.id - Surel: ppid.kpusumsel@gmail.com"): a letterhead of the office, whose
    address on a free mail provider is the office's too."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return any(
        re.search(rf"(?<![@\w.-])(?:[\w-]+\.)*{re.escape(own)}\b(?!@)", line) for own in own_domains
    )


def _said_more_exactly(said: Found | None, ticked: str) -> bool:
    """A box ticked beside "salinan" where the text says which copy ("salinan informasi
    (hardcopy)"): the text's is the more exact answer."""
    return said is not None and str(said.value).startswith(f"{ticked}_")


def _marked_in_text(pages: list[str], found: Found | None) -> bool:
    """Whether a choice was read after a mark in the text itself ('[X] g.'): a born-digital
    form says exactly what was ticked, where boxes found in the page image may be misread."""
    if found is None:
        return False
    before = pages[found.page - 1][max(0, found.start - TICK_REACH) : found.start]
    return re.search(choices.TICK + r"\s*$", before) is not None


def _party(found: Found | None) -> Found | None:
    """The name in "Pemohon : Budi Santoso, S.H., beralamat di …", without what follows it."""
    if found is None:
        return None
    name = PARTY_END.split(str(found.value), maxsplit=1)[0].strip(" ,")
    return Found(name, found.page, found.start, found.start + len(name)) if name else None


# A court's notice of its ruling on the office's own objection to a commission's decision: the
# citizen is the respondent ("Termohon Keberatan : Yuni Astuti, beralamat di …").
APPELLEE = re.compile(rf"(?m)Termohon\s+Keberatan\s*:\s*({PARTY_NAME})\s*(?:,\s+beralamat\b|$)")


def _appellee(party: Found | None, pages: list[str]) -> Found | None:
    """The respondent of an objection the office itself brought ("Pemohon Keberatan : PPID …")."""
    if party is None or not NOT_A_PERSON.search(str(party.value)):
        return None
    return _search(pages, APPELLEE, 1)


def _person(found: Found | None) -> Found | None:
    return None if found is None or NOT_A_PERSON.search(str(found.value)) else found


def _surest_nik(*found: Found | None) -> Found | None:
    """The first NIK read that is a valid one ("No. KTP 1671…" in the letter, where the KTP
    copy behind it was read with a digit too many), else the first read."""
    present = [candidate for candidate in found if candidate is not None]
    valid = (candidate for candidate in present if parse_nik(str(candidate.value)).valid)
    return next(valid, present[0] if present else None)


NIK_GROUPS = 4  # "1671 0203 4567 8901": written in fours at most


def _unlabelled_nik(found: Found | None) -> Found | None:
    """Sixteen digits found without a label: none when they are no valid NIK and stand apart in
    more groups than a NIK is written in (a calendar's or a table's row of numbers)."""
    if found is None or parse_nik(str(found.value)).valid:
        return found
    return None if len(str(found.value).split()) > NIK_GROUPS else found


def _nik_written(found: Found | None) -> Found | None:
    """A labelled NIK with half its digits or more: a garbled hand-written one is kept as
    written (and flagged), the dots of a blank form's row or a scrawl without digits is none."""
    if found is None or len(re.findall(r"\d", str(found.value))) < NIK_DIGITS_WRITTEN:
        return None
    return found


def _own_case(found: Found | None) -> Found | None:
    """A value written in ordinary case, not in a KTP's capitals."""
    return found if found is not None and not str(found.value).isupper() else None


def _earliest(*found: Found | None) -> Found | None:
    """The candidate read first (a KTP copy comes after the letter, on a page of its own or
    pasted under it)."""
    present = [candidate for candidate in found if candidate is not None]
    return (
        min(present, key=lambda candidate: (candidate.page, candidate.start)) if present else None
    )


# The rows only an identity card prints (a form that asks for a birth date has none of them),
# and how far above them its "NIK" and "Nama" rows stand, under its "PROVINSI …" heading.
KTP_ROWS = re.compile(r"(?i)berlaku\s+hingga|gol\.?\s*darah|kel\s*/\s*desa")
KTP_BLOCK_REACH = 700


def _off_identity_card(pages: list[str], found: Found | None) -> Found | None:
    """A value not read from a KTP copy's rows: the card says what its holder did and where
    they lived when it was issued, the letter what they do and where they live now, and the
    register keeps what the letter says."""
    if found is None:
        return None
    text = pages[found.page - 1]
    card = KTP_ROWS.search(text)
    if card is None:
        return found
    above = text[max(0, card.start() - KTP_BLOCK_REACH) : card.start()]
    # the card's own heading, its "PROVINSI …" line, else its "NIK" row (where OCR lost the
    # rows between, "Berlaku Hingga" may be the first row it knows the card by)
    provinces = list(re.finditer(r"(?m)^[^\S\n]*PROVINSI\b", above))
    heading = provinces[-1:] or list(re.finditer(r"(?m)^[^\S\n]*NIK\b", above))[:1]
    block_start = card.start() - len(above) + heading[0].start() if heading else card.start()
    return found if found.start < block_start else None


def _table_row(pages: list[str], label: str, value: str, field: str) -> Found | None:
    """A row of a two-column table without colons ('Pemohon Nama, beralamat di …'); it goes on
    over a blank line OCR put inside it when ``_continues`` says so."""
    stops = "|".join(re.escape(row) for row in TABLE_ROWS if row != label)
    row = rf"\n(?!(?:{stops})\b)[^\n]+"
    pattern = rf"(?m)^{re.escape(label)}\s+({value}(?:{row})*)"
    found = _search(pages, pattern, 1)
    while found is not None:
        text = pages[found.page - 1]
        after = re.match(rf"\n[ \t]*\n[ \t]*({row[2:]}(?:{row})*)", text[found.end :])
        if after is None or not _continues(field, found.value, after.group(1)):
            break
        found.value = f"{found.value}\n{after.group(1)}"
        found.end += after.end(1)
    return found


# A table of the applicant's particulars read across: a header naming its columns ("Nama NIK
# Pekerjaan Alamat No. HP / Email") over one row of values, the address wrapping in its column.
IDENTITY_COLUMNS = {
    "nama": ("applicant_name", r"[A-Z][^\d\n|]*?"),
    "nik": ("nik", r"[\dOIl]{16}|-"),
    "pekerjaan": ("occupation", r"[A-Z][^\d\n|]*?"),
    "alamat": ("address", rf"{STREET}\b[^\n]*?"),
}
IDENTITY_HEADER = re.compile(
    r"(?m)^[ \t|]*((?:(?:Nama|NIK|Pekerjaan|Alamat)\b[ \t|]*){3,4})[^\n]*\n(?:[ \t]*\n)?[ \t]*"
    r"([^\n]+)"
)
# What stands right of an address in its row: the phone and e-mail column, a cell's rule.
ROW_TAIL = re.compile(r"(?:[\s|]+(?:\+?62|\(?0)[\d\s().-]*/?|[\s|]+\S+@\S+|[\s|]+)$")


def _identity_table(pages: list[str]) -> dict[str, Found]:
    """The values of an identity table's row, by its header's columns; the address goes on over
    the lines below, without the phone or e-mail column beside it."""
    for number, text in enumerate(pages, start=1):
        header = IDENTITY_HEADER.search(text)
        if header is None:
            continue
        columns = [IDENTITY_COLUMNS[word.lower()] for word in re.findall(r"\w+", header[1])]
        row = re.match(
            r"[\s|]+".join(f"(?P<{field}>{shape})" for field, shape in columns) + r"(?=[\s|]|$)",
            header[2],
        )
        if row is None:
            return {}
        start = header.start(2)
        found = {
            field: Found(value, number, start + row.start(field), start + row.end(field))
            for field, value in row.groupdict().items()
            if value != "-"
        }
        if "address" in found and columns[-1][0] == "address":
            found["address"] = _address_column(text, found["address"], header[2][row.end() :])
        return found
    return {}


def _address_column(text: str, address: Found, beside: str) -> Found:
    """An address in a table's column, with its wrapped lines (OCR may leave one blank line
    between) and without what stands beside it, up to a list item or a sentence."""
    value = ROW_TAIL.sub("", address.value + beside)
    end = text.find("\n", address.end)
    blank = False
    for line in (text[end + 1 :] if end >= 0 else "").split("\n"):
        part = ROW_TAIL.sub("", line.strip())
        if not part:
            if blank:
                break
            blank = True
            continue
        if re.match(r"[a-z]|\d{1,2}[.)]\s", part) or ":" in part:
            break
        value, blank = f"{value} {part}", False
    return Found(value, address.page, address.start, address.end)


def _organiser(pages: list[str]) -> Found | None:
    """The body an event's flyer or invitation names as holding it ("Diselenggarakan oleh:" over
    "Badan Eksekutif Mahasiswa Universitas PGRI" / "Palembang"), a short second line going on."""
    found = _search(pages, ORGANISER, 1)
    if found is None:
        return None
    text = pages[found.page - 1]
    following = re.match(r"\n[ \t]*([A-Z][A-Za-z .&-]{1,30})[ \t]*(?=\n|$)", text[found.end :])
    if following and not re.search(r"\d|:", following.group(1)):
        value = f"{found.value} {following.group(1).strip()}"
        return Found(value, found.page, found.start, found.end + following.end())
    return found


def _dispute_number(pages: list[str]) -> Found | None:
    """The Komisi Informasi's register number: the one a joinder merges the others into, or
    one led by "Register Nomor" and the like, ending in its year, else the number of the
    commission's decision on the dispute; else one written in the usual …/REG-PSI/… form."""
    for leading in (JOINED_INTO, DISPUTE_LED, DECISION_LED):
        for number, text in enumerate(pages, start=1):
            for led in leading.finditer(text):
                value = led.group(1).rstrip(".,;:")
                if YEAR_END.search(value):
                    return Found(value, number, led.start(1), led.start(1) + len(value))
    return _search(pages, DISPUTE)


def _dispute_party(pages: list[str]) -> tuple[Found | None, Found | None]:
    """Name and address of the applicant in a Komisi Informasi register table."""
    row = _table_row(pages, "Pemohon", r"[A-Z][^\n]+", "address")
    if row is None:  # "… Register Nomor 011/REG-PSI/XI/2025 dengan Pemohon Rosmala Dwi Saputra"
        return _search(pages, PARTY_IN_SENTENCE, 1), None
    value = re.sub(r"^Eksekusi\s+(?=[A-Z|])", "", row.value)  # a summons' "Pemohon Eksekusi" row
    parts = re.split(PARTY_ADDRESS, re.sub(r"\s*\n\s*", " ", value), maxsplit=1)
    # "… dengan Pemohon Anisa Harahap, S.T. termasuk dalam jadwal …": the sentence goes on
    parts[0] = re.split(r"\s+(?!(?:binti|bin)\b)(?=[a-z]{4,}\b)", parts[0], maxsplit=1)[0]
    if re.match(r"(?i)(?:informasi|keberatan|kasasi|sengketa|banding)\b", parts[0]):
        return None, None  # "… semula Termohon Keberatan / Pemohon Informasi, pada …": a role
    name = Found(parts[0], row.page, row.start, row.start + len(parts[0]))
    address = Found(parts[1], row.page, row.start, row.end) if len(parts) == 2 else None
    return name, address


# A schedule's row: "4 031/REG-PSI/I/2026 Anisa Ayu Mahmud PPID KPU Provinsi … Pembacaan …",
# the applicant between the register number and the respondent's "PPID".
SCHEDULE_ROW = re.compile(rf"({DISPUTE.pattern})[\s|]+([A-Z][^|\n]*?)[\s|]+PPID\b")


def _own_case_row(pages: list[str], own_name: str) -> tuple[Found, Found] | None:
    """The register number and applicant of the office's own case in a hearing schedule that
    lists several: the row whose respondent is the office."""
    if not own_name or sum(text.count("/REG-PSI/") for text in pages) < 2:
        return None
    own = re.compile(r"\s+".join(map(re.escape, own_name.split())), re.IGNORECASE)
    for number, text in enumerate(pages, start=1):
        for line in sections.lines_of([text]):
            row = SCHEDULE_ROW.search(line.text)
            if row and own.search(line.text, row.end()):
                start = line.start
                return (
                    Found(row.group(1), number, start + row.start(1), start + row.end(1)),
                    Found(row.group(2), number, start + row.start(2), start + row.end(2)),
                )
    return None


PARTY_IN_SENTENCE = re.compile(
    r"(?m)\bdengan\s+Pemohon\s+([A-Z][^\n]*?)(?=\s+(?:termasuk|yang|akan|telah|sebagai)\b|\s*[.;]?\s*$)"
)
# Acronyms a title in capitals keeps: the election's and the public bodies' that have vowels
# (one without, "DPRD", is an acronym anyway).
TITLE_ACRONYMS = {
    "KPU", "PPID", "DPT", "DPTB", "DPK", "DPS", "TPS", "PPK", "PPS", "KPPS", "RI", "DPR", "DPD",
    "SK", "UU", "KIP", "PKPU", "RKA", "DIPA", "APBD", "APBN", "NPHD", "LADK", "LPSDK", "LPPDK",
    "BUMN", "BUMD", "LSM", "NIK", "KTP", "SOP", "SIPOL", "SIDALIH", "SIREKAP", "PERKI", "KI",
}  # fmt: skip
SMALL_WORDS = {
    "dan",
    "di",
    "ke",
    "dari",
    "yang",
    "untuk",
    "atas",
    "pada",
    "dalam",
    "serta",
    "atau",
    "tentang",
    "dengan",
    "oleh",
}


def _title(text: str) -> str:
    """A title in capitals written as words are, its acronyms kept ("… di Lingkungan KPU")."""
    return " ".join(_title_word(word, first=not index) for index, word in enumerate(text.split()))


def _title_word(word: str, first: bool) -> str:
    bare = word.strip("(),.;:").upper()
    if bare in TITLE_ACRONYMS or (len(bare) > 1 and not re.search(r"[AEIOU]", bare)):
        return word.upper()
    lower = word.lower()
    return lower if not first and lower in SMALL_WORDS else lower[:1].upper() + lower[1:]


def _subject(pages: list[str], labelled: Found | None) -> Found | None:
    """Perihal/Hal; a circular's generic 'Surat Edaran' gives way to its TENTANG title, and a
    circular without a Perihal is about its title. A title printed in capitals is written as a
    register's Perihal column writes it ("Pelaksanaan Upacara Hari Ulang Tahun …")."""
    generic = labelled and re.fullmatch(
        r"(?i)surat\s+edaran|edaran|undangan", labelled.value.strip()
    )
    if labelled and not generic:
        return labelled
    title = _titled(pages)
    if title and (generic or title.value.isupper()):
        title.value = _title(title.value)
    return title or labelled


TITLE_LINES = 3
# Where a title written in ordinary case ends: a blank line, a numbered point, the body's opening.
TITLE_END = re.compile(
    r"\s*$|\s*(?:\d{1,2}[.)]|[a-z][.)])\s|\s*(?:Menimbang|Mengingat|Dengan|Sehubungan|Dalam\s+rangka"
    r"|Yth|Kepada)\b"
)


def _titled(pages: list[str]) -> Found | None:
    """The title under a circular's or a decree's "TENTANG" near the top of its first page: its
    lines in capitals, or up to three lines in ordinary case before the body begins."""
    title = _search(
        pages[:1],
        r"\n(?:SURAT\s+EDARAN|KEPUTUSAN|PERATURAN|PENETAPAN|INSTRUKSI)\b[^\n]*\n(?:[^\n]*\n){0,3}?"
        r"TENTANG\s*\n([\s\S]+)",
        1,
    )
    if title is None:
        return None
    lines = title.value.split("\n")
    if lines[0].strip().isupper():  # up to the issuer's line: "MAJELIS KOMISIONER …,"
        taken = list(
            itertools.takewhile(
                lambda line: line.strip().isupper() and not line.rstrip().endswith(","), lines
            )
        )
    else:
        taken = list(itertools.takewhile(lambda line: not TITLE_END.match(line), lines))
    taken = taken[:TITLE_LINES]
    if not taken:
        return None
    title.value = " ".join(line.strip() for line in taken)
    title.end = title.start + len("\n".join(taken))
    return title


def normalise_value(name: str, raw: str, own_formats: Sequence[re.Pattern[str]] = ()) -> Any:
    """A field's value as the registers keep it, from the text it was read from (a NIK as
    written when it is not valid: see ``parse_nik``)."""
    value = re.sub(r"\s+", " ", raw).strip()
    value = re.sub(r"\.{2,}(?=\S)", ". ", value)
    # A title between straight quotes whose closing one OCR read as a curly one, or the reverse.
    value = re.sub(r'"([^"“”]+)”|“([^"“”]+)"', lambda quoted: f'"{quoted[1] or quoted[2]}"', value)
    normalisers: dict[str, Callable[[str], Any]] = {
        "nik": lambda v: parse_nik(v).value,
        "phone": normalise_phone,
        "email": normalise_email,
        "letter_date": parse_date,
        "applicant_name": lambda v: clean_name(STAMP_WORDS.sub("", v)),  # "Romi Tgl: 15-11-2025"
        "letter_number": lambda v: _letter_number(v, own_formats),
        "address": clean_address,
        "reference_registration_number": lambda v: snap_to_format(
            normalise_number(v, roman_month=True), own_formats
        ),
        "dispute_register_number": lambda v: BOX_RULE_ONE.sub(
            "", normalise_number(v, roman_month=True)
        ),
        "sender_org": clean_org,
        "occupation": _occupation,
        "subject": _clean_subject,
        "information_requested": lambda v: REASON_CLAUSE.sub("", v) or None,
    }
    if name in normalisers:
        return normalisers[name](value)
    return value or None


# A word processor's form left unfilled shows its control's prompt, no value.
PLACEHOLDER = re.compile(
    r"(?i)\s*(?:klik\s+atau\s+ketuk\s+(?:di\s+sini\s+)?untuk|click\s+or\s+tap\s+(?:here\s+)?to"
    r"|pilih\s+(?:sebuah\s+)?item\b|choose\s+an\s+item\b)"
)


def _normalised(
    name: str, found: Found, result: Fields, own_formats: Sequence[re.Pattern[str]]
) -> Any:
    if name == "nik":
        result.nik_info = parse_nik(re.sub(r"\s+", " ", str(found.value)).strip()).as_dict()
    return normalise_value(name, str(found.value), own_formats)


# A transcript of a voice message or a call: the day the message came is the letter's date, not
# the day the desk wrote it down ("Diterima Rabu, 25 Maret 2026 pukul 07.03 WIB").
TRANSCRIPT = re.compile(r"(?i)\btranskrip")
TRANSCRIBED_DATE = re.compile(
    r"(?im)^[ \t]*(?:diterima|dikirim|direkam)[ \t]+(?:pada[ \t]+)?(?:[a-z]+,[ \t]*)?"
    r"(\d{1,2}[ \t]+[a-z]+[ \t]+(?:19|20)\d{2})"
)


def _transcribed_date(pages: list[str]) -> Found | None:
    return _search(pages, TRANSCRIBED_DATE, 1) if TRANSCRIPT.search(pages[0]) else None


def _in_capitals_as_written(name: str, value: Any, found: Found, pages: list[str]) -> Any:
    """A name or an occupation in a letter typed all in capitals, kept in capitals as the letter
    writes everything (a name's degrees as written); one in block letters on an ordinary form
    is written as names are."""
    page = pages[found.page - 1] if 0 < found.page <= len(pages) else ""
    capitals = sections.letter_in_capitals(page)
    if name not in ("applicant_name", "occupation") or not isinstance(value, str) or not capitals:
        return value
    if not str(found.value).split(",")[0].isupper():
        return value
    person, comma, degrees = value.partition(",")
    return person.upper() + comma + degrees


def _occupation(value: str) -> str | None:
    """An occupation without the table rules, specks and received stamp's words OCR leaves
    after it ("Pedagang | .", "Pedagang DITERIMA"), or a KTP's date of issue beside it
    ("PERAWAT 16-10-2021"), capitalised as a form's answer is; one written in capitals is
    written as words are, its acronyms kept ("Karyawan BUMD")."""
    value = OCCUPATION_END.split(value, maxsplit=1)[0]  # "Konsultan, beralamat di …"
    value = EMPLOYER.split(value, maxsplit=1)[0]  # "Dosen pada Universitas Sriwijaya"
    value = value.split(" | ", 1)[0]  # a column rule, and the next column's words past it
    value = KTP_ISSUE_DATE.sub("", value)
    occupation = re.sub(r"\s+", " ", re.sub(r"[\s|.,;:_'`—–=-]+$", "", STAMP_WORDS.sub("", value)))
    if occupation.isupper() and len(occupation) > 3:
        words = occupation.split()
        occupation = " ".join([words[0].capitalize()] + [_acronym(word) for word in words[1:]])
    return occupation[:1].upper() + occupation[1:] or None


def _acronym(word: str) -> str:
    """'BUMD', 'LSM' stay in capitals; a longer word is written as words are."""
    return word if len(word) <= ACRONYM_LENGTH else word.capitalize()


def _is_applicant(sender: str | None, applicant: str | None) -> bool:
    """A personal letterhead ("DIMAS ANWAR" over an address) names the writer, not a body; a
    body asking in its own name keeps its letterhead as the sender."""
    if not sender or not applicant or BODY_NAME.match(applicant):
        return False
    return sender.lower() == applicant.partition(",")[0].strip().lower()


def _representatives_email(email: str | None, applicant: str | None, pages: list[str]) -> bool:
    """In a letter filed under a power of attorney, an address written outside the applicant's
    own details ("Dikirim melalui e-mail ke firdauszainal5@…") and named after none of the
    applicant's names is the representative's: the SOP keeps the Kuasa's contact apart."""
    if not email or not applicant or not UNDER_ATTORNEY.search("\n".join(pages)):
        return False
    mailbox = email.partition("@")[0].lower()
    names = re.findall(rf"[{NAME_LETTERS}]{{{MAILBOX_NAME},}}", applicant.lower())
    return not any(name in mailbox for name in names)


# "Rapat Kerja Komisi |", "Triwulan | Tahun 2026", "RDP Komisi | DPRD …": a bar OCR read for
# the numeral I after a word, at the end, before the year's word or numbering a commission
# (elsewhere a bar is a rule beside the subject).
# A word processor's review balloon printed beside the line ("Keberatan Dikomentari [YG1]: …",
# "… Diformat: Font: Tebal").
REVIEW_BALLOON = re.compile(  # (its first letter misread: "vikomentari")
    r"\s+(?:\w?i(?:komentari|format)\b|Komentar\s*\[|Commented\b|Formatted\b).*$"
)
# "Komisi Il DPR RI": the numeral II, no word.
ROMAN_TWO_SLIPS = re.compile(r"(?<=[A-Za-z] )(?:Il|lI|ll)(?= [A-Z]|\s*$)")
ROMAN_ONE_BAR = re.compile(r"(?<=[A-Za-z] )\|(?=\s*$| Tahun\b)|(?<=\bKomisi )\|(?= [A-Z])")


# Specks a scan leaves after a subject, read as a word or two of one or two letters
# ("Permohonan Informasi Publik aa", "… le Pa").
SUBJECT_SPECKS = re.compile(r"(?:\s+(?:[a-z]{1,2}|[A-Z][a-z])\b[’'`.]?){1,2}$")


# The addressee's column read across after a subject: "Hal : Permohonan Data Penelitian PPID
# KPU Provinsi Sumatera Selatan" (not "… kepada PPID KPU …", which the subject says itself).
ADDRESSEE_BESIDE = re.compile(
    r"(?<=\w)(?<![Kk]epada)\s+(?:Atasan\s+)?PPID\s+KPU\s+(?:Provinsi|Kabupaten|Kota|RI)\b.*$"
    r"|\s+(?:Lamp(?:iran)?|Sifat)\s*[.:].*$"  # the next row of the header, read across
    r"|\s+Kepada(?:\s+Yth\.?)?\s*:?$"  # the addressee's block beginning beside it
)


# A box's rule read as a "1" before a commission's three-digit register number ("1039/REG-PSI/…").
BOX_RULE_ONE = re.compile(r"^1(?=0\d\d/REG-PSI/)")
# English words OCR misread in a foreign writer's subject: "Reguest for Public Information".
ENGLISH_SLIPS = re.compile(r"\b(R|r)eguest")


def _clean_subject(value: str) -> str | None:
    """A subject without what stood beside it: a dateline or its date, a rule and what lies past
    it, or a received stamp's words in capitals ("… Informasi Publik KPU PROVINSI SUMATERA
    SELATAN"); a registration number it cites mended as one ("…/X1/2025" → "…/XI/2025")."""
    value = ENGLISH_SLIPS.sub(r"\1equest", ROMAN_ONE_BAR.sub("I", value))
    value = ROMAN_TWO_SLIPS.sub("II", value)
    value = REVIEW_BALLOON.sub("", value)
    if value.startswith("[") and "]" not in value:  # "[e-PPID KPU Sumsel) …", "… Sumsell …"
        value = re.sub(r"^\[([^\[\]()]{2,40}?)(?:\)|(?<=[a-z])l)(?= [A-Z])", r"[\1]", value)
    subject = DATELINE_TAIL.sub("", value).split(" | ", 1)[0]
    subject = BARE_DATE_TAIL.sub("", STAMP_WORDS.sub("", subject))
    subject = REGISTRATION.sub(lambda cited: normalise_number(cited[0], roman_month=True), subject)
    stamp = STAMP_TAIL.search(subject)
    if stamp and re.search(r"[A-Z]{5}", stamp.group()) and re.search(r"[a-z]{3}", subject):
        subject = subject[: stamp.start()]
    subject = ADDRESSEE_BESIDE.sub("", subject)
    subject = SUBJECT_SPECKS.sub("", subject.strip(" .,;:|-–—~_©®°*"))
    return subject.strip(" .,;:|-–—~_©®°*") or None


def _letter_number(value: str, own_formats: Sequence[re.Pattern[str]]) -> str | None:
    """The number as written; on the office's own form, one of its own numbers, mended as one;
    without the box it was stamped in ("| 086/KEB/PPID/KPU-SS/X/2025|")."""
    pieces = normalise_number(value.strip(" |[]")).split()
    if not pieces:
        return None
    if NUMBER_OF_YEAR.fullmatch(" ".join(pieces)):
        return " ".join(pieces)  # a circular's "30 TAHUN 2026"
    written = _spaced_number(pieces)
    own = snap_to_format(normalise_number(written, roman_month=True), own_formats)
    return own if any(pattern.fullmatch(own) for pattern in own_formats) else written


def _spaced_number(pieces: list[str]) -> str:
    """A number written with a space inside ("Tel.441/YN 000/R2W-2A10000/2026", "No. 384/…")
    goes on while its next piece has a slash and it has not yet reached its year. A space OCR
    put between digits, beside a code's dot or after a code's first letter ("…/167 1/2025",
    "363/PP. 01/…", "UN9 .FISIP", "…/K I-SS/…") is dropped."""
    number = pieces[0]
    for piece in pieces[1:]:
        if YEAR_END.search(number) or "/" not in piece:
            break
        number = f"{number}{'' if _split_by_ocr(number, piece) else ' '}{piece}"
    return number


def _split_by_ocr(number: str, piece: str) -> bool:
    inside_code = number[-1].isdigit() or ("/" in number and number.endswith("."))
    lone_letter = re.search(r"/[A-Z]$", number) is not None and piece[0].isupper()  # "/K I-SS/"
    return piece[0] in "./-" or (inside_code and piece[0].isdigit()) or lone_letter


def _month_of_letter(result: Fields) -> None:
    """A Roman month OCR read as ones (…/11/2026) is mended when the letter's date agrees."""
    number, dated = result.values.get("letter_number"), result.values.get("letter_date")
    if number and dated:
        result.values["letter_number"] = normalise_number(number, month=int(dated[5:7]))


# The desk's automatic reply printed with a request: "permohonan informasi Anda telah tercatat
# dengan Nomor Pendaftaran 083/PPID/…", a chat's "Permohonan Bapak/Ibu telah kami catat dengan
# Nomor Pendaftaran …": the number the request form would carry.
REGISTERED_REPLY = re.compile(
    r"(?i)permohonan(?:\s+informasi)?\s+(?:anda|bapak\s*/\s*ibu|bapak|ibu|saudara)\s+"
    r"(?:telah\s+|sudah\s+)?(?:tercatat|terdaftar|diterima|kami\s+(?:catat|terima|daftarkan))"
    r"\s+dengan\s+nomor\s+pendaftaran\s+(\d{1,4}/[\w./-]*\d)"
)
# When a message system received the message, to the second ("Diterima : 23-11-2026 20:14:07"),
# not when its page was printed; a received stamp's "DITERIMA" stands over its own date row.
MESSAGE_RECEIVED = re.compile(
    r"(?im)^[ \t]*diterima[ \t]*:[ \t]*(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})"
    r"[ \t]+\d{1,2}[:.]\d{2}"
)
SUBJECT_ROW = re.compile(r"(?im)^[ \t]*(?:perihal|hal(?:\s+ikhwal)?)[ \t]*:")
# A courier's waybill on top of the letter it brought: its own name, the sender's copy of the
# address, a weight and a fee.
WAYBILL = re.compile(r"(?i)\b(?:no\.?|nomor)\s*resi\b|\bair\s?way\s?bill\b|\bongkos\s+kirim\b")
WAYBILL_MARKS = 2  # (a letter may name its "nomor resi" once)
# A folder's cover sheet, listing what the file holds ("Isi Berkas: 1. Surat Permohonan …").
COVER_SHEET = re.compile(r"(?im)^\W*(?:daftar\s+)?isi\s+berkas\b|^\W*berkas\s+permohonan\b")


# A correction's table: "No  Bagian  Semula Tertulis  Seharusnya", each row the wrong value
# then the right one.
CORRECTION_HEADER = re.compile(
    r"(?im)^[^\n]*\bsemula\b[^\n]*\b(?:seharusnya|menjadi|dibaca)\b[^\n]*$"
)
# a reason's letter, a number with slashes, a telephone, a NIK, a mailbox, a date
CORRECTED_VALUE = (
    r"(?:huruf\s+[a-g]|\S+/\S+|(?:\+62|\(?0\d{2,4}\)?)(?:[ .-]?\d){6,}|\d{16}|\S+@\S+"
    r"|\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d{2})"
)
CORRECTED_ROW = re.compile(
    rf"(?m)^([ \t|]*\d{{1,2}}[ \t|][^\n]*?)({CORRECTED_VALUE})(?=[ \t|]+{CORRECTED_VALUE}[ \t|]*$)"
)


def _as_corrected(pages: list[str]) -> list[str]:
    """The pages with each correction table's wrong values ("Semula Tertulis") blanked, so that
    a registration number or a reason is read as the writer corrected it."""
    return [_corrected(text) for text in pages]


def _corrected(text: str) -> str:
    header = CORRECTION_HEADER.search(text)
    if header is None:
        return text
    # (its rows, blank lines and a cell's wrapped words between them, up to the prose below)
    rows = re.match(r"(?:\n(?:[ \t|]*\d{1,2}[ \t|][^\n]*|[^\n]{0,30}))+", text[header.end() :])
    if rows is None:
        return text
    table = CORRECTED_ROW.sub(lambda row: row.group(1) + " " * len(row.group(2)), rows.group())
    return text[: header.end()] + table + text[header.end() + rows.end() :]


def _numbers_an_attachment(pages: list[str], number: Found) -> bool:
    """Whether a number labelled on a later page is an attachment's own (a doctor's "SURAT
    KETERANGAN SAKIT Nomor: …" behind a sick-leave letter), the letter on the first page
    having a subject of its own and no number."""
    return number.page > 1 and SUBJECT_ROW.search(pages[0]) is not None


def _without_cover(pages: list[str]) -> list[str]:
    """The pages with a courier's waybill or a folder's cover sheet on top read as blank: the
    letter behind it says who wrote and what they ask, in full; the courier's name is not the
    sender's, and a cover gives the writer's name and address short ("Dari : Muhammad Rizal")."""
    if len(pages) > 1 and (
        len(WAYBILL.findall(pages[0])) >= WAYBILL_MARKS or COVER_SHEET.search(pages[0])
    ):
        return ["", *pages[1:]]
    return pages


def extract_fields(
    pages: list[str],
    cls: str,
    ticks: dict[str, tuple[str, int]] | None = None,
    own_formats: Sequence[re.Pattern[str]] = (),
    own_domains: Sequence[str] = (),
    own_name: str = "",
) -> Fields:
    """The class's fields; ``ticks`` (field → (option, page)) come from ticked boxes and win
    over what the text suggests; their span is the whole page. ``own_formats`` are the office's
    registration-number formats, which a cited registration number is mended to fit;
    ``own_domains`` the office's e-mail domains, whose addresses are never the writer's;
    ``own_name`` its short name, which picks its own case from a hearing schedule."""
    pages = [without_required_marks(without_glosses(despeck(text))) for text in pages]
    chat_date = chat.first_date(pages)
    quotes_too = cls == "permohonan_informasi"
    pages = mailprint.applicant_words(chat.applicant_words(pages), own_domains, quotes_too)
    pages = _as_corrected(_without_cover(pages))
    lines = sections.lines_of(pages)
    labelled, representatives = _labelled(lines)
    _past_letterhead_address(labelled, lines, pages[0])
    letter_number = labelled.get("letter_number")
    if letter_number and (
        not NUMBER_SHAPE.search(letter_number.value) or DISPUTE.search(letter_number.value)
    ):
        labelled.pop("letter_number")  # (a dispute's register number is no letter's own)
    elif letter_number and _numbers_an_attachment(pages, letter_number):
        labelled.pop("letter_number")
    form_number = labelled.get(FORM_NUMBER.get(cls, ""))
    if form_number and "letter_number" not in labelled and re.search(r"\d+\s?/", form_number.value):
        labelled["letter_number"] = form_number
    party_name, party_address = _dispute_party(pages) if cls == "sengketa" else (None, None)
    own_case = _own_case_row(pages, own_name) if cls == "sengketa" else None
    if own_case:
        party_name, party_address = own_case[1], None
    letterhead = _letterhead(pages)
    if cls in ("permohonan_informasi", "keberatan") and (
        _shop_pad(pages[0]) or _printed_by_a_body(letterhead, pages[0])
    ):
        letterhead = None  # a print shop's memo pad, a body's printed form
    dated = labelled.get("letter_date")
    if cls == "keberatan" and dated and _request_dated(pages, dated):
        labelled.pop("letter_date")  # an objection form's "Tanggal Permohonan": the request's
    table = _identity_table(pages)
    candidates: dict[str, Found | None] = {
        **labelled,
        "letter_number": labelled.get("letter_number")
        or _search(pages, BILL_NUMBER_LINE, 1)
        or _search(pages, REGULATION_NUMBER, 1)
        or (_search(pages, REGISTERED_REPLY, 1) if cls == "permohonan_informasi" else None),
        "subject": _subject(pages, labelled.get("subject"))
        or _found(mailprint.subject(pages))
        or _found(mailprint.headed_subject(pages))
        or _search(pages, SUBJECT_BESIDE_NUMBER, 1),
        "address": _earliest(
            None
            if cls == "sengketa" and _respondents(labelled.get("address"), pages)
            else _off_identity_card(pages, labelled.get("address")),
            party_address,
            _inline_address(pages),
            table.get("address"),
        )
        or _unlabelled_or_office_address(pages, labelled.get("org_address")),
        # A name labelled on a KTP copy behind the letter is in capitals and without degrees;
        # one labelled in ordinary case on a later page is the applicant's own request behind a
        # cover letter, whose signer is not the applicant.
        "applicant_name": _search(pages, BODY_APPLICANT, 1)
        or _own_case(_person(_off_identity_card(pages, labelled.get("applicant_name"))))
        or _earliest(
            _person(labelled.get("applicant_name"))
            or _person(_party(labelled.get("party")))
            or _appellee(labelled.get("party"), pages),
            party_name,
            table.get("applicant_name"),
            _free_letter_name(pages),
        ),
        "nik": _surest_nik(
            _nik_written(labelled.get("nik")),
            _unlabelled_nik(_search(pages, NIK_TOKEN)),
            _search(pages, NIK_WRAPPED, 1),
        ),
        "occupation": _earliest(
            _off_identity_card(pages, labelled.get("occupation")),
            _off_identity_card(pages, table.get("occupation")),
        )
        or _off_identity_card(pages, _search(pages, OCCUPATION_IN_PROSE, 1))
        or _search(pages, OCCUPATION_NAMED, 1)
        or _search(pages, OCCUPATION_BRACKETED, 1),
        "phone": _applicants_phone(labelled.get("phone"), pages, representatives, letterhead),
        "email": _email(pages, labelled.get("email"), own_domains, letterhead, representatives),
        "information_requested": _found(sections.information_requested(pages)),
        "purpose": _not_a_ground(_found(sections.purpose(pages)), cls),
        "letter_date": _transcribed_date(pages)
        or labelled.get("letter_date")
        or _found(chat_date)
        or _found(mailprint.sender_line_date(pages))
        or _search(pages, MESSAGE_RECEIVED, 1)
        or _first_page_date(pages)
        or _search(pages, ENACTED_DATE, 1)
        or _found(mailprint.forwarded_date(pages))
        or _found(mailprint.sent_date(pages))
        or _search(pages, DATE_LABEL, 1)
        or _search(pages, SPELLED_DATE)
        or _any_date(pages),
        "sender_org": _as_letterhead(labelled.get("sender_org"), letterhead)
        or _organiser(pages)
        or _found(mailprint.sender_body(pages, own_domains))
        # (a name in ordinary case on the page's first line, over a branch's "KCP …" below)
        or _title_case_letterhead(pages[0])
        or letterhead
        or _masthead(pages[0])
        or _search(pages[:1], CARD_SENDER, 1),
        "reference_registration_number": _search(pages, REGISTRATION),
        "dispute_register_number": own_case[0] if own_case else _dispute_number(pages),
        "objection_reason_code": _found(choices.objection_reason(pages)),
        "obtain_method": _found(choices.obtain_method(pages)),
        "delivery_method": _found(choices.delivery_method(pages)),
    }
    result = Fields()
    for name, (value, page) in (ticks or {}).items():
        said = candidates.get(name)
        if not (_marked_in_text(pages, said) or _said_more_exactly(said, value)):
            candidates[name] = Found(value, page, 0, len(pages[page - 1]))
    for name in CLASS_FIELDS.get(cls, ()):
        found = candidates.get(name)
        if found is None or found.value in (None, "") or PLACEHOLDER.match(str(found.value)):
            continue
        value = _in_capitals_as_written(
            name, _normalised(name, found, result, own_formats), found, pages
        )
        if value is not None:
            result.values[name] = value
            result.spans[name] = found.span()
        else:
            result.unread[name] = found.span()
    _month_of_letter(result)
    if _is_applicant(result.values.get("sender_org"), result.values.get("applicant_name")):
        result.values["sender_org"] = None
        result.spans.pop("sender_org", None)
    # The office's own form is filled in by an outsider; its own memo ("Nota Dinas") is its mail.
    sender = result.values.get("sender_org")
    if _is_own_office(sender):  # read whole ("SEKRETARIAT KOMISI …"), it stays as written
        result.values["sender_org"] = (
            (sender if OWN_OFFICE in str(sender) else OWN_OFFICE) if cls == "surat_masuk" else None
        )
        if cls != "surat_masuk":
            result.spans.pop("sender_org", None)
    # An address labelled in a law firm's letterhead ("E-mail: lbhplg.advokat@…") is the firm's.
    mailed = labelled.get("email")
    in_letterhead = mailed is None or (
        mailed.page == 1 and mailed.start < _letterhead_block(pages[0])
    )
    if in_letterhead and _representatives_email(
        result.values.get("email"), result.values.get("applicant_name"), pages
    ):
        result.values["email"] = None
        result.spans.pop("email", None)
    _organisations_contact(result, pages, cls)
    if cls == "keberatan":
        _objection_on_answer(result, pages)
    if cls == "sengketa" and not result.values.get("applicant_name"):
        _addressed_to_the_applicant(result, pages)
    return result


def _addressed_to_the_applicant(result: Fields, pages: list[str]) -> None:
    """A commission's letter to a person ("Yth. Sdr. Ahmad Mahmud, S.IP.") about a dispute is
    written to its applicant; one to the PPID, its respondent, names no person so."""
    addressee = _search(pages, ADDRESSEE, 1)
    if addressee is not None:
        result.values["applicant_name"] = clean_name(addressee.value)
        result.spans["applicant_name"] = addressee.span()


# The PPID's written answer ("Hal : Pemberitahuan Tertulis", "Jawaban atas Permohonan …"), which
# tells the applicant of the right to object.
ANSWER_SUBJECT = re.compile(r"(?i)^(?:pemberitahuan|jawaban|tanggapan|balasan)\b")
RIGHT_TO_OBJECT = re.compile(
    r"(?i)(?:apabila|jika|bila)\s+saudara\s+(?:ber)?keberatan|saudara\s+dapat\s+mengajukan"
    r"\s+keberatan"
)
ADDRESSEE = re.compile(
    r"(?m)^[ \t]*(?:Yth\.?|Kepada\s+Yth\.?)[ \t]+((?:Bapak|Ibu|Sdr\.?|Sdri\.?|Saudara|Saudari)"
    r"[ \t]+[A-Z][^\n]{2,80})$"
)


def _objection_on_answer(result: Fields, pages: list[str]) -> None:
    """An objection the applicant wrote on the PPID's own answer and sent back: the number,
    subject and date printed are the answer's, not the objection's; the applicant is the one
    the answer was addressed to, and the objection is dated where it was written, below."""
    text = "\n".join(pages)
    rights = RIGHT_TO_OBJECT.search(text)
    if rights is None or not ANSWER_SUBJECT.match(str(result.values.get("subject") or "")):
        return
    for name in ("letter_number", "subject", "letter_date"):
        result.values[name] = None
        result.spans.pop(name, None)
    _addressed_to_the_applicant(result, pages)
    written = _dateline([text[rights.end() :]])
    if written is not None and (date := parse_date(written.value)):
        result.values["letter_date"] = date


def _organisations_contact(result: Fields, pages: list[str], cls: str) -> None:
    """A body asking in its own name (an NGO's, a faculty's letter) is reached at the address
    and phone under its letterhead, where the letter itself gives no other (the home address
    on its signer's KTP copy behind it is not where the body is written to, though a student's
    own request behind a faculty's cover gives the student's); a firm writing for a client is
    not the applicant."""
    if (
        cls not in ("permohonan_informasi", "keberatan")
        or not result.values.get("sender_org")
        or REPRESENTED.search("\n".join(pages))
    ):
        return
    block = pages[0][: _letterhead_block(pages[0])]
    found_in_head = {
        "address": _letterhead_address(block),
        "phone": _search([block], LETTERHEAD_PHONE, 1),
    }
    for name, found in found_in_head.items():
        page = result.spans.get(name, {}).get("page", 1)
        copied = str(result.values.get(name)).isupper() or KTP_COPY.search(pages[page - 1])
        behind = page > 1 and bool(copied)
        if found is None or (result.values.get(name) is not None and not behind):
            continue
        value = normalise_value(name, str(found.value))
        if value:
            result.values[name] = value
            result.spans[name] = found.span()


def _letterhead_address(block: str) -> Found | None:
    """The street under or beside a letterhead's name, with the line that finishes it beside the
    name ("… Zainal Abidin Fikri No. 1A" / "Km. 3,5, Palembang 30126", "… No. 3," / "Palembang"),
    without a speck OCR put before its postcode ("Palembang ea 30263")."""
    street = LETTERHEAD_STREET.search(block)
    if street is None:
        return None
    end = block.find("\n", street.start())
    end = len(block) if end < 0 else end
    value = block[street.start() : end]
    following = block[end:].strip().split("\n", 1)[0]
    goes_on = value.rstrip().endswith(",") and not _in_capitals(following)
    if (
        following
        and not ADDRESS_COLUMN.search(value)
        and (goes_on or ADDRESS_COLUMN.search(following))
    ):
        end = block.find(following, end) + len(following)
        value = f"{value} {following}"
    return Found(re.sub(r"\s[a-z]{1,2}(?=\s\d{5}\b)", "", value), 1, street.start(), end)

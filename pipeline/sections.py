"""What a letter asks for and why: the information requested and the purpose, as written.

Writers put them anywhere: after a form label, with or without its colon, the label sometimes
wrapped over two lines of a two-column table ("Rincian Informasi yang | Data partisipasi …" /
"Dibutuhkan | Pemilihan Gubernur …"); as a list after a lead-in ("sebagai berikut:", "yaitu:",
"Daftar Informasi yang Dimohon" over an attachment); or inside a sentence ("memohon informasi
berupa …", "… tentang …" after the registration number an objection cites, "akan saya gunakan
untuk …"). A value runs over wrapped lines until its sentence ends or the next section begins;
list items are joined with "; ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

VERB = r"(?:di)?(?:mohon(?:kan)?|minta|butuhkan|perlukan|sengketakan)"
INFO_LABEL = (
    rf"(?:rincian\s+|jenis\s+|daftar\s+)?(?:informasi|data|dokumen)(?:\s+publik)?"
    rf"(?:\s*/\s*(?:data|dokumen))?\s+yang\s+(?:saya\s+|kami\s+)?{VERB}"
    r"|rincian\s+informasi|jenis\s+informasi|objek\s+sengketa"
    # "Informasi : …" alone, not "… tidak dipenuhinya permintaan informasi:"
    r"|(?<![A-Za-z] )(?<![A-Za-z])informasi(?=\s*:)"
)
PURPOSE_LABEL = (
    r"tujuan(?:\s+(?:penggunaan|permohonan|pemanfaatan)(?:\s+(?:informasi|data))?)?(?:\s+ini)?"
    r"|kegunaan(?:\s+informasi)?|maksud\s+dan\s+tujuan"
    r"|alasan\s+permohonan(?!\s+(?:sengketa|keberatan|penyelesaian))"  # a dispute's reason
    r"|(?:untuk\s+)?keperluan(?=\s*:)"
)
# Words that cannot end a value: a line ending in one was wrapped, whatever follows a gap.
DANGLING = re.compile(  # (not a pair's second word: "… per kabupaten/kota")
    r"\b(?<!/)(?:dan|atau|di|ke|dari|yang|untuk|pada|dalam|serta|tentang|dengan|oleh|atas|terhadap"
    r"|mengenai|terkait|bagi|kepada|melalui|secara|provinsi"
    r"|kabupaten|kota|kecamatan|kelurahan|desa|tahun|nomor|no\.|kel\.|kec\.|per|periode|se|tingkat"
    r"|anggota|pasangan|calon|terdiri|antara"
    r"|in|of|on|for|the|and|to|with|by)$",  # a foreign writer's
    re.IGNORECASE,
)
MARGIN = r"^[\s.,'`‘’\"|_~*•-]*"
# "1.", "2.1", "a)", "IV.", and a memo's numbered parts: "Butir 3 — Tujuan Penggunaan", "Angka 2 —".
ENUMERATOR = (
    r"(?:(?:(?i:butir|angka|poin|bagian)\s+)?(?:\d{1,2}(?:\.\d{1,2})?[.)]?|[A-Z][.)]|[IVX]{1,4}\.)"
    r"(?:\s*[—–-])?[\s|]+)?"
)
COPULA = r"(?:adalah|ialah|yaitu|berupa)\b"
# "1.", "2)", "a.", "-", "•", and a table's bare "1 " once a list has begun.
# (a bullet a PDF's font does not map comes out of pdfplumber as "(cid:127)")
# (a speck OCR left after the marker, "b. . Salinan", is passed)
ITEM = re.compile(
    r"^[\s'`|_~.]*(?:\d{1,2}[.):]|[a-z][.)]|(?:ii|iii|iv|vi{1,3}|ix)[.)]|[-•*·–»«▪●◦■➢]|\(cid:\d+\))"
    r"\s+(?:[.,'`]\s+)?(?=\S)"
)
# A bullet OCR read as a sign, a lone letter or a pair of capitals ("@ Daftar …", "g Data …",
# "MH Laporan …", "° jumlah …"): an item where a list begins with one.
MISREAD_BULLET = (
    r"^[\s'`|_~]*(?:\w?[^\w\s('‘`/.,:;|_~-]{1,2}|[b-hj-z]|(?!(?:KI|PT|CV|UU|RI|RT|RW|TV|KK)\b)[A-Z]{2})"
    r"\s+(?=[A-Za-z])"
)
LOOSE_ITEM = re.compile(f"{ITEM.pattern}|{MISREAD_BULLET}")
MISREAD_FIRST_ITEM = re.compile(MISREAD_BULLET + "(?=[A-Z])")
# An item lettered in capitals, as a letter typed all in capitals letters its items (its stop
# read as a comma off a typewriter's ribbon: "A, JUMLAH …").
CAPITAL_ITEM = re.compile(r"^[\s'`|_~]*[A-H][.),]\s+(?=\S)")
CAPITAL_OR_ITEM = re.compile(f"{ITEM.pattern}|{CAPITAL_ITEM.pattern}")
ENUMERATED = ("number", "letter", "roman")
# The words that open an item's parts ("Data DPT …, meliputi:" over its sub-bullets).
PARTS_OPENER = r"\b(?:meliputi|berupa|yaitu|mencakup|antara\s+lain|terdiri\s+(?:dari|atas)|berikut)"
PARTS_OPENS = re.compile(PARTS_OPENER + "$", re.IGNORECASE)
PARTS_OPENED = re.compile(PARTS_OPENER + r":\s", re.IGNORECASE)
TABLE_ITEM = re.compile(r"^[\s'`|_~]*\d{1,2}(?:\s+|\s*\|\s*)(?=[A-Za-z(]|(?:19|20)\d{2}\b)")
# A row's number under a table's "No" as OCR misreads it: "l", "I" or a rule for "1", "Il |"
# for "11", "1," for "7".
MISREAD_NUMBER = r"^[\s'`\"_~]*(?:[lI|!\]]|[\dlI]{1,2}\s*\||\d{1,2},)\s+(?=[A-Z(])"
TABLE_ROW = re.compile(f"{TABLE_ITEM.pattern}|{MISREAD_NUMBER}")
TABLE_START = re.compile(r"^[\s'`|_~]*1[\s|]+(?:[A-Za-z(]|(?:19|20)\d{2}\b)")
# A table of requested items whose columns before the item give its period and its format
# ("No | Periode | Format | Jenis Informasi" over "1 2024-2025 hardcopy Laporan …"): those
# cells are no part of the item.
TABLE_HEADER = re.compile(r"(?i)^[\s|]*no\.?[\s|]+(?:periode|tahun|format|jenis|uraian|nama)\b")
# The format cell at the end of a row's first line, when the item wraps onto the next
# ("… untuk Kota Softcopy" / "Palembang yang dirinci …").
INNER_FORMAT = re.compile(r"\s+(?:hard|soft)\s?-?copy(?=\s)", re.IGNORECASE)
# A value under its label past a blank line is a phrase: a word or two there is a stray
# (a signature's name a scan's layout put there).
MIN_WORDS_PAST_GAP = 3
# A form's numbered row that is the label alone ("1. RINCIAN INFORMASI YANG DIBUTUHKAN") over
# its items.
LABEL_ITEM = re.compile(rf"(?i)(?:{INFO_LABEL})\s*:?\s*$")
# A list or table that runs on over a page break: its next page's heading, a page's footer.
CONTINUED = re.compile(r"(?i)^\W*\(?\s*(?:lanjutan|sambungan)\b|\((?:lanjutan|sambungan)\)")
PAGE_FOOTER = re.compile(  # ("Halaman | dari 2": its 1 read as a bar)
    r"(?i)\bhalaman\s+[\d|l]+\s+dari\s+\d+\s*$|^\s*(?:halaman|page)\s+\d+\s*$"
    r"|^\s*\(?bersambung\b.*$|^\s*(?:\.{2,3}|…)\s*/\s*\d+\s*$"  # "bersambung ke hlm. 2", "…/2"
)
# A letter that lists what it asks for on an attached sheet, and that sheet's header.
ATTACHED = re.compile(
    r"(?i)(?:sebagaimana|seperti)\s+(?:(?:tercantum|termuat|tersebut)\s+(?:dalam|pada|di)\s+)?"
    r"(?:(?:daftar|lampiran|tabel)\s+)?terlampir|dalam\s+lampiran\s+surat"
)
ATTACHED_HEADER = re.compile(
    r"(?i)^[\s|]*no\.?[\s|]+(?:uraian|jenis|rincian|nama|judul|daftar)\s+(?:data|informasi|dokumen)\b"
)
# (not a commission's questions to the respondent, "No | Pertanyaan Majelis | Jawaban Termohon")
QUESTIONS_HEADER = re.compile(r"(?i)^[\s|]*no\.?[\s|]+(?:daftar\s+)?pertanyaan\b(?!\s+majelis)")
# A table's header whose first column numbers its rows ("No | Rincian Informasi … | Format").
ROWS_HEADER = re.compile(r"(?i)^[\s|(]*no\b\.?[\s|(]+[a-z]")
HEADER_WRAP = re.compile(r"^[\s|]*[A-Za-z]+(?:[\s/|]+[A-Za-z]+){0,2}[\s|]*$")
CELLS_HEADER = re.compile(r"(?i)\b(?:periode|tahun|format|bentuk|jumlah)\b")
LEADING_CELLS = re.compile(
    r"^\(?(?:(?:tahun\s+)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?[\s|]+)?"
    r"(?:(?:hard|soft)\s?-?copy|pdf|excel|cetak|elektronik"
    r"|foto\s?[ck]opi(?:\s+(?:di|ber)?legalisir)?)?[\s|—–-]*(?=[A-Z])",
    re.IGNORECASE,
)
# A table of people each asking for their own item ("No | Nama Mahasiswa | NIM | Data yang
# Diperlukan"): a row's name and number cells before its item ("1 Felicia Oei 2429977080 | Data …").
PEOPLE_HEADER = re.compile(r"(?i)\bnama\b[^\n]*\b(?:nim|npm|nis|nisn|nik|nip)\b")
PERSON_CELLS = re.compile(r"^[^\d\n]{3,60}?\s+[I|]?\s*\d{8,16}[\s|\]]*(?=[A-Z])")
# A row's format, count and remark cells after its item ("… per kecamatan  Softcopy (PDF)  1 set
#  Bila tersedia").
TRAILING_COUNT = re.compile(
    r"[\s|]+(?:(?:(?:hard|soft)\s?-?copy|salinan\s+(?:cetak|elektronik))(?:\s*\([^)]*\))?[\s|]+)?"
    r"\d{1,3}\s+"
    r"(?:berkas|set|file|eksemplar|lembar|dokumen|buah|paket|rangkap|bundel)\b.*$",
    re.IGNORECASE,
)
# A file's format: a copy asked for in one is a soft copy ("Shapefile/CSV", "Excel/PDF").
FILE_FORMAT = r"(?:pdf|excel|xlsx?|docx?|csv|shapefile|shp)"
FILE_FORMATS = rf"{FILE_FORMAT}(?:\s*/\s*{FILE_FORMAT})*"
TRAILING_FORMAT = re.compile(  # (glued to a year's cell too: "… 2019-2024Salinan")
    rf"(?:[\s|]+|(?<=\d))(?:(?:hard|soft)\s?-?copy|(?:file\s+)?{FILE_FORMATS}|cetak|elektronik"
    r"|foto\s?[ck]opi"
    r"|salinan)(?:[\s|]*\([^()]{1,20}\))?[\s|]*$",  # "Softcopy" over "(PDF)"
    re.IGNORECASE,
)
# A format cell and a note cell after it ("… Pemilu 2024 Hardcopy Wajib", "… Softcopy Bab III").
# ("… Softcopy (xlsx) Prioritas", "… Excel/PDF Bab IV 10": a spreadsheet's next row number too)
FORMAT_AND_NOTE = re.compile(
    r"[\s|]+(?:(?:hard|soft)\s?-?copy(?:\s*\([^()]{1,10}\))?|\(\w{3,4}\)"
    r"|(?:file\s+)?(?:excel(?:/pdf)?|pdf(?:/excel)?)"  # "… File PDF/Excel"
    r"|foto\s?[ck]opi)(?:[\s|]+(?!\d)[\w.]+){0,2}(?:\s+\d{1,3})*[\s|]*$",
    re.IGNORECASE,
)
# A spreadsheet's own row numbers before a list's ("5 1 Salinan …" under "4 No Uraian Data").
SHEET_ROW = re.compile(r"^(\s*\d{1,3}\s+)(?=(?:\d{1,2}|No)\s+\S)")
# The lines that begin another part of a letter or form.
SECTION_START = re.compile(
    MARGIN + ENUMERATOR + r"(?:tujuan|kegunaan|cara|alasan|tanggal|nomor|no\.|mediator|hari"
    r"|pukul|tempat|agenda|status|demikian|(?:informasi|data|dokumen)\s+(?:tersebut|ini)"
    r"|adapun|atas|hormat|terima\s+kasih|saya|kami|mohon|sehubungan|berdasarkan|kronologi"
    r"|kasus|jawaban|pemohon|termohon|catatan|lampiran|tembusan|oleh\s+karena|bahwa|nama|alamat"
    r"|selanjutnya|kemudian|namun|sesuai\s+dengan"
    r"|keberatan\s+(?:ini|tersebut)"
    r"|pekerjaan|jabatan|nik\b|telepon|e-?mail|surel|hp\b|identitas|petugas|keterangan"
    r"|sebagai\s+kelengkapan|untuk\s+memudahkan|bersama\s+ini\s+(?:saya|kami)"
    r"|ditulis|dibuat|[a-z]+,\s+\d{1,2}[\s/.-]"
    # the signer's role over the name under a list ("Sekretaris Jenderal,", "Koordinator,")
    r"|(?:sekretaris|koordinator|ketua|direktur|kepala|pimpinan|manajer)\b[^:\n]{0,40},\s*$)",
    re.IGNORECASE,
)
# A foreign writer's next sentence, its "I" perhaps read as "|": "I would be grateful …".
ENGLISH_SENTENCE = re.compile(
    r"^[\s.,'`]*(?:[I|l]\s+(?:would|am|hope|look|kindly|will|shall|can|have|intend|also)\b"
    r"|(?:The|This|These|My|Our)\s+(?:[a-z]+\s+){1,2}(?:will|would|is|are|was|were|shall)\b"
    r"|(?:Please|Thank)\b)"
)
# A sentence of its own that leads into another list or table below a list's last item:
# "Rentang tahun data yang kami perlukan untuk setiap butir di atas adalah:".
NEW_LEAD_IN = re.compile(
    r"^[A-Z][a-z]+\s+\S.*\b(?:adalah|ialah|sebagai\s+berikut|berikut\s+ini)\s*:$"
)
# Where a form's rows end and its sentence begins: "… lembaga kami" / "dengan ini mengajukan …".
BODY_OPENING = re.compile(
    r"dengan\s+ini\s+(?:saya\s+|kami\s+)?(?:mengajukan|memohon|menyampaikan)"
    r"|mengajukan\s+(?:keberatan|permohonan)\b"  # a form's sentence after its rows
)
# A form's colon as OCR read it beside a value typed on a leader line: "Tujuan … ! Bahan …".
COLON_MISREAD = r"[!»>;](?=\s)"
COLON_LABEL = re.compile(MARGIN + ENUMERATOR + r"[A-Za-z][A-Za-z./() —–-]{1,45}?\s*:")
# "Rincian Informasi yang | Data …" over "Dibutuhkan | Pemilihan …": a label wrapped in its column.
SPLIT_LABEL = re.compile(
    MARGIN + ENUMERATOR + r"(?:rincian\s+|jenis\s+)?(?:data\s*/\s*)?(?:informasi|data|dokumen)"
    r"\s+yang[\s|]+(\S.*)$",
    re.IGNORECASE,
)
SPECKS = " \t.,'`‘’\"|_~"
LEADING_SPECKS = re.compile(r"^(?:[^\w(“\"]+|_+|\d\s+(?=[A-Z][a-z]))+")
ABBREVIATIONS = {"no", "kel", "kec", "jl", "kab", "prov", "sdr", "dr", "ir", "hj", "h", "tgl"}
# What ends a list inside a sentence ("KTP, dll. untuk …"): a stop, which stays.
LIST_ENDS = {"dll", "dsb", "dst"}
MAX_VALUE = 400
# A sentence naming several records in prose runs longer than one value.
PHRASE_REACH = 2 * MAX_VALUE
SHOUT_LETTERS = 12
# A blank line ends a sentence's value only where the sentence ended, or a list or label
# follows; OCR also leaves blank lines inside a sentence.
PARAGRAPH_END = re.compile(
    r"(?<=[.:;!?])[ \t]*\n\s*\n|\n\s*\n(?=[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•])\s)"
    r"|\n\s*\n(?=[^\n]{0,40}:)"
)
MAX_ITEMS = 20
HEADING_WORDS = 6
WRAPPED_TAIL_WORDS = 4


@dataclass
class Section:
    value: str
    page: int
    start: int
    end: int


@dataclass
class Line:
    """One line of a page: its page number, its offset in the page's text, its text."""

    page: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def lines_of(pages: list[str]) -> list[Line]:
    lines = []
    for number, text in enumerate(pages, start=1):
        offset = 0
        for raw in text.split("\n"):
            lines.append(Line(number, offset, raw))
            offset += len(raw) + 1
    return lines


# A speck OCR read as a stop: set apart from the word before it, the sentence going on after it
# ("Prosedur . (SOP) pelayanan"). A chat's messages end in a stop set apart too, before a capital.
SPECK_STOP = re.compile(r"[ \t]\.(?=[ \t]+[a-z(])")
# One glued to a word in lower case before another ("berupa data. tingkat partisipasi"): a
# sentence begins with a capital.
GLUED_STOP = re.compile(r"(?<=[a-z]{3})\.(?=[ \t]+[a-z]{2,})")


# A footnote's number after a sentence's full stop, as OCR reads it ("… ilmiah.³ Sesuai …",
# "… ilmiah.3 Sesuai …", "… ilmiah.? Sesuai …").
FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{3}\.)[¹²³⁴⁵⁶⁷⁸⁹\d?*](?=\s+[A-Z])")


def sentence_end(text: str) -> int | None:
    """Where the first sentence of ``text`` ends (after its full stop), skipping 'Jl.', 'C.' and
    a speck read as a stop."""
    for stop in re.finditer(r"\.(?=\s|$)", text):
        word = re.search(r"(\w+)$", text[: stop.start()])
        if word and (word.group(1).lower() in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word[1])):
            continue
        if SPECK_STOP.match(text, stop.start() - 1) or GLUED_STOP.match(text, stop.start()):
            continue
        return stop.end()
    return None


def _continues(
    value: str, line: str, after_gap: bool, item: re.Pattern[str], listed: bool = False
) -> bool:
    """Whether ``line`` goes on with ``value``: it goes on in lower case, the value ends in a
    word that cannot end it, or (with no blank line between) it begins no new section. In a
    list, a short line past a blank one is an item's wrapped tail ("… hasil Pemilu" / "2024")."""
    stripped = line.strip(SPECKS)
    if not stripped or item.match(line):
        return False
    dangling = bool(DANGLING.search(value.rstrip(" ,")))
    if COLON_LABEL.match(line) and not (
        (dangling and not SECTION_START.match(line)) or name_goes_on(value, stripped)
    ):
        return False
    if BODY_OPENING.match(stripped) or (
        NEW_LEAD_IN.search(stripped) and (listed or not dangling)  # "Jadwal … berikut:"
    ):
        return False
    if ENGLISH_SENTENCE.match(line) or PAGE_FOOTER.search(line) or ROWS_HEADER.match(line):
        return False  # (a table's header below: "No Nama Kedudukan")
    if re.match(r"[a-z]{3,}\b(?!\s*:)", stripped):
        return True
    if SECTION_START.match(line) or (shouting(stripped) and not shouting(value)):
        return False
    tail = listed and len(stripped.split()) <= WRAPPED_TAIL_WORDS
    return dangling or tail or not after_gap or _name_wrapped(value, stripped, listed)


def _name_wrapped(value: str, line: str, listed: bool = False) -> bool:
    """Whether a value stopped inside a name in capitalised words goes on with the next line's
    ("… dana hibah Pemilihan", a blank line OCR put in, then "Gubernur dan Wakil …"); in a
    list's item, one stopped at an acronym too ("… PPID KPU" over "Provinsi Sumatera …")."""
    last = r"\b[A-Z][A-Za-z]+$" if listed else r"\b[A-Z][a-z]+$"
    return bool(re.search(last, value) and re.match(r"[A-Z][a-z]+\b", line))


def name_goes_on(value: str, line: str) -> bool:
    """Whether ``line`` is a name's last word wrapped ("… di Provinsi Sumatera" over "Selatan:"),
    with the colon OCR read for an item's closing semicolon: no label, though it looks like one."""
    return bool(
        re.fullmatch(r"[A-Z][a-z]+ ?:", line.strip())
        and _name_wrapped(value, line.strip())
        and not SECTION_START.match(line)
    )


def shouting(text: str) -> bool:
    """Written in capitals: a heading or a title, not what a writer asks for in a sentence."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= SHOUT_LETTERS and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _follow(
    lines: list[Line], index: int, value: str, item: re.Pattern[str] = ITEM, listed: bool = False
) -> tuple[str, int, int]:
    """``value`` (read on line ``index``, an item of a list when ``listed``) extended over the
    lines that continue it, up to the next list ``item``; returns (value, end offset, index of
    the next line)."""
    gap = False
    position, end = index + 1, lines[index].end
    widths = [len(lines[index].text.strip())]
    while position < len(lines) and lines[position].page == lines[index].page:
        line = lines[position]
        if sentence_end(value.rstrip()) == len(value.rstrip()) or len(value) > MAX_VALUE:
            break
        if not line.text.strip(SPECKS):
            if gap:
                break
            gap = True
            position += 1
            continue
        if not _continues(value, line.text, gap, item, listed) or _paragraph_ended(
            widths, value, line.text
        ):
            break
        value, end, gap = f"{value} {_words_of(line.text)}", line.end, False
        widths.append(len(line.text.strip()))
        position += 1
    return value, end, position


# A value's wrapped line that stops well short of the margin its first line ran to ends the
# paragraph: "Objek sengketa : Rencana Kerja … Tahun" / "Anggaran 2026" / "Para pihak diminta …".
FULL_LINE = 60
SHORT_LINE_SHARE = 0.5


def _paragraph_ended(widths: list[int], value: str, line: str) -> bool:
    """Whether the value's last line, a wrapped one, stopped short of the margin, so that a
    line beginning with a capital below it begins a new sentence."""
    if len(widths) < 2 or max(widths) < FULL_LINE or DANGLING.search(value.rstrip(" ,")):
        return False
    short = widths[-1] < SHORT_LINE_SHARE * max(widths)
    return short and re.match(r"[A-Z][a-z]+\s+[a-z]", line.strip(SPECKS)) is not None


def _words_of(line: str) -> str:
    """A line without OCR's specks around it; the full stop or comma after its last word
    stays, since it ends a sentence or a clause."""
    words = line.strip(SPECKS)
    words = words[1:] if words.startswith("“") and "”" not in words else words
    stop = re.search(r"(?<=\w)[.,](?=\s*$)", line)
    return f"{words}{stop.group()}" if stop and words else words


def _speck_or_abbreviation(stop: re.Match[str]) -> str:
    """A glued stop is a speck, gone, unless it ends an abbreviation ("dll. untuk")."""
    word = re.search(r"(\w+)$", stop.string[: stop.start()])
    return "." if word and word.group(1).lower() in ABBREVIATIONS | LIST_ENDS else ""


def _tidy(value: str, end: str | None = None) -> str:
    """One line of text, cut where the sentence (or ``end``) ends; a colon OCR read for the
    semicolon between two items ("… 2024: Salinan …") is put back, and a bar it read for the
    numeral I ("triwulan | Tahun 2026", "Seberang Ulu | Kota")."""
    value = re.sub(r"\n[ \t]*\|+", "\n", value)  # a side column's rule where a line began
    value = re.sub(r"\s+", " ", value).strip(" ;,:-")
    value = GLUED_STOP.sub(_speck_or_abbreviation, SPECK_STOP.sub("", value))
    value = re.sub(r"(?<=[A-Za-z] )\|(?= [A-Z0-9])", "I", value)
    value = re.sub(r"(?<=[A-Za-z]) \|(?= [a-z])", "", value)  # a table's rule inside a cell
    value = FOOTNOTE_MARK.sub("", value)
    stop = re.search(end, value) if end else None
    value = value[: stop.start()] if stop else value
    cut = sentence_end(value)
    value = value[:cut] if cut is not None else value
    value = re.sub(r"(?<=\w):\s+(?=[A-Z])", _semicolon, value)
    value = re.sub(r"\s*[:;,]\s+\w$", "", value)  # "… tahun 2025 : 3": a speck after it
    return value.rstrip(" .;,")


def _semicolon(colon: re.Match[str]) -> str:
    """The semicolon OCR read as a colon between two items, unless the colon opens an item's
    parts ("…, yaitu: Laporan Awal …")."""
    return colon.group() if PARTS_OPENS.search(colon.string[: colon.start()]) else "; "


def _items(lines: list[Line], index: int, offset: int | None = None) -> Section | None:
    """The list after the lead-in on line ``index`` (one header line may stand before it), or,
    with ``offset``, the list that begins on that line at that offset."""
    position, header_skipped = (index, True) if offset is not None else (index + 1, False)
    # "2. Informasi yang dimohon adalah:" over "a. …", "b. …", then "3. Menyampaikan …": the list
    # ends at the next item marked as its lead-in is.
    lead = ITEM.match(lines[index].text) if offset is None else None
    lead_kind = _kind(lead.group()) if lead else None
    # a letter typed all in capitals letters its items so: "A. LAPORAN …"
    shouted = shouting(" ".join(line.text for line in lines if line.page == lines[index].page))
    items: list[tuple[str, str, bool]] = []
    start = end = 0
    item = ITEM
    cells = numbered_rows = header_wrapped = False
    people = PEOPLE_HEADER.search(lines[index].text) is not None  # (a header read as the lead-in)
    while position < len(lines) and (
        lines[position].page == lines[index].page or (items and _list_goes_on(lines, position))
    ):
        line = lines[position]
        skip = offset if position == index and offset is not None else 0
        text = line.text[skip:]
        if not text.strip() or (items and _between_pages(text)):
            position += 1
            continue
        if not items and numbered_rows and TABLE_ROW.match(text):
            item = TABLE_ROW  # a table's first number OCR misread ("3" or "l" for "1") under "No"
        elif not items and TABLE_START.match(text):
            item = TABLE_ITEM
        elif not (items or header_skipped) and MISREAD_FIRST_ITEM.match(text):
            item = LOOSE_ITEM
        if shouted and item is ITEM and CAPITAL_ITEM.match(text):
            item = CAPITAL_OR_ITEM
        marker = item.match(text)
        if marker is None:
            if not items and numbered_rows and not header_wrapped and HEADER_WRAP.match(text):
                header_wrapped = True  # a header's cell wrapped ("… Periode Format" / "Wilayah")
                position += 1
                continue
            if items or header_skipped:
                break
            header_skipped, cells = True, CELLS_HEADER.search(text) is not None
            people = people or PEOPLE_HEADER.search(text) is not None
            numbered_rows = ROWS_HEADER.match(text) is not None
            position += 1
            continue
        if _kind(marker.group()) == lead_kind and _follows(lead, marker):
            break  # (the form's next part, "9. KATEGORI …" under "8. TUJUAN …" and its answer)
        if not items and item is ITEM and _kind(marker.group()) not in ENUMERATED:
            item = LOOSE_ITEM  # a list in bullets: OCR reads some of them as other signs
        first = marker.end() + (_leading_cells(text[marker.end() :]) if cells else 0)
        person = PERSON_CELLS.match(text[first:]) if people else None
        first += person.end() if person else 0
        value, end, position = _follow(lines, position, text[first:], item, listed=True)
        if not items and not shouted and shouting(value) and len(value.split()) <= HEADING_WORDS:
            break  # the form's next section ("2. IDENTITAS PENGAJU KEBERATAN"), no list
        start = start or line.start + skip + first
        value = _without_cells(value) if cells else value
        items.append((_kind(marker.group()), _tidy(value), value.rstrip().endswith(":")))
        if len(items) >= MAX_ITEMS:
            break
    written = [value for value in _nested(items) if value]
    written = _without_common_cell(written) if cells else written
    if not written:
        return None
    return Section("; ".join(written), lines[index].page, start, end)


# The word a "Bentuk" column gives every row alike ("1 Salinan Daftar calon …", "2 Salinan
# Alokasi kursi …"): the form of copy asked for, no part of the rows' items.
COPY_CELL = re.compile(r"Salinan\s+(?=[A-Z])")


def _without_common_cell(items: list[str]) -> list[str]:
    """The items without the copy's cell that opens each of them."""
    cells = [COPY_CELL.match(item) for item in items]
    if len(items) < 2 or not all(cells):
        return items
    return [item[cell.end() :] for item, cell in zip(items, cells, strict=True) if cell]


def _follows(lead: re.Match[str] | None, marker: re.Match[str]) -> bool:
    """Whether ``marker`` numbers the part after the lead-in's ("4. URAIAN …" then "5. …"),
    not an item of its own list ("1. …", "2. …" under "4."); any other mark does."""
    lead_number = re.search(r"\d+", lead.group()) if lead else None
    number = re.search(r"\d+", marker.group())
    if lead_number is None or number is None:
        return True
    return int(number.group()) == int(lead_number.group()) + 1


def _between_pages(text: str) -> bool:
    """A page's footer, the next page's "(lanjutan)" heading or its table's header repeated:
    what a list that runs on over a page break has between its items."""
    return bool(PAGE_FOOTER.search(text) or CONTINUED.search(text) or ROWS_HEADER.match(text))


def _list_goes_on(lines: list[Line], position: int) -> bool:
    """Whether the list goes on on the page that begins at ``position``: its first lines, past
    a heading or header, are items."""
    page = lines[position].page
    for line in lines[position:]:
        if line.page != page or not (not line.text.strip() or _between_pages(line.text)):
            return line.page == page and TABLE_ITEM.match(line.text) is not None
    return False


def _kind(marker: str) -> str:
    """What marks an item: a number, a letter, a Roman numeral, or the sign itself."""
    mark = marker.strip(" \t'`|_~.):")
    if mark.isdigit():
        return "number"
    if re.fullmatch(r"i{1,3}|iv|vi{0,3}|ix", mark):
        return "roman"
    return "letter" if re.fullmatch(r"[a-z]", mark) and mark != marker.strip() else mark


def _with_parts(item: str, parts: list[tuple[str, str]]) -> str:
    return f"{item}: {', '.join(part for _, part in parts)}"


def _part(kind: str, value: str, parts: list[tuple[str, str]]) -> bool:
    """Whether an item marked otherwise than its parent is one of its parts: the first, one
    marked as the first is, or one in lower case (OCR reads one bullet as '°' and as 'e')."""
    return not parts or kind == parts[0][0] or value[:1].islower()


def _nested(items: list[tuple[str, str, bool]]) -> list[str]:
    """The items, each with its parts: the items marked otherwise than one that ends in a colon
    ("Data DPT …, meliputi:" over "- jumlah pemilih …") follow it after the colon, with commas
    between, up to the next item marked as it is."""
    written: list[str] = []
    parent: str | None = None
    parts: list[tuple[str, str]] = []
    for kind, value, opens in items:
        if parent is not None and kind != parent and value and _part(kind, value, parts):
            parts.append((kind, value))
            continue
        if parts:
            written[-1] = _with_parts(written[-1], parts)
        written.append(value)
        parent, parts = (kind if opens else None), []
    if parts:
        written[-1] = _with_parts(written[-1], parts)
    return written


def _without_cells(row: str) -> str:
    """A table's item read across its row ("Jumlah TPS per kecamatan | Tahun 2024 | Softcopy"):
    its period goes with it, its format cell does not (at the end, or inside where the item
    wrapped), nor do the rules between."""
    row = FORMAT_AND_NOTE.sub("", row)
    row = INNER_FORMAT.sub("", TRAILING_FORMAT.sub("", TRAILING_COUNT.sub("", row)))
    return re.sub(r"^[(|\[]\s*|\s+\|(?=\s)", "", row)


def _leading_cells(row: str) -> int:
    """How many characters of a table's row its period and format cells take."""
    found = LEADING_CELLS.match(row)
    return found.end() if found else 0


BY_WHOM = re.compile(r"(?:Pemohon|Termohon|oleh)\b")


def _labelled(
    lines: list[Line], label: str, end: str, wrapped_label: re.Pattern[str] | None = None
) -> Section | None:
    """'Label : value', 'Label adalah value', a table's 'Label  Value', or a label wrapped over
    two lines with the value beside it; an empty value is the list that follows."""
    spaced = label.replace(r"\s+", r"[\s.]+")  # "Informasi yang. Dimohon": an OCR speck
    head = re.compile(  # "Tujuan Penggunaan Informasi. : …": a speck before the colon
        MARGIN
        + ENUMERATOR
        # (a table's cell glued to its value: "Informasi yang disengketakanSalinan …")
        # (one of a label's alternatives: "URAIAN KEPERLUAN / INFORMASI YANG DIMOHON")
        + r"(?:\w+(?:\s+\w+){0,2}\s*/\s*)?"
        + rf"(?:{spaced})(?:\b|(?=(?-i:[A-Z])))\s*(?:[._—–-]+\s*(?=:))?"
        + rf"(:+|\||{COLON_MISREAD}|{COPULA}:?)?\s*(.*)$",
        re.I,
    )
    for index, line in enumerate(lines):
        match = head.match(line.text)
        if match and (
            _asked_for(lines, index, match.start())
            or CONTINUED.match(match.group(2))
            or ROWS_HEADER.match(line.text)
        ):
            continue  # (a table's header, or its "Rincian informasi (lanjutan)" on the next page)
        if match and (not match.group(2).strip() or ITEM.match(match.group(2))):
            listed = _items(lines, index, match.start(2) if match.group(2).strip() else None)
            if listed:
                return listed
            below = None if match.group(2).strip() else _value_below(lines, index)
            labels_below = below and (
                head.match(lines[index + 1].text)
                or (wrapped_label and wrapped_label.match(lines[index + 1].text))
            )
            if below and not labels_below:
                return Section(_tidy(below[0], end), lines[index + 1].page, *below[1:])
        elif match and (
            match.group(1)
            # "Dokumen yang dimohon Pemohon …": who asked, in a phrase, no label's value
            or (re.match(r"[A-Z0-9\"“(]", match.group(2)) and not BY_WHOM.match(match.group(2)))
        ):
            value, stop, _ = _follow(lines, index, match.group(2))
            return Section(_tidy(value, end), line.page, line.start + match.start(2), stop)
        wrapped = wrapped_label.match(line.text) if wrapped_label else None
        rest = index + 1 < len(lines) and re.match(
            rf"\s*{VERB}\b\s*(.*)$", lines[index + 1].text, re.I
        )
        if wrapped and rest:
            joined = f"{wrapped.group(1)} {rest.group(1)}"
            value, stop, _ = _follow(lines, index + 1, joined)
            return Section(_tidy(value, end), line.page, line.start + wrapped.start(1), stop)
    # A form's second column: "Nama Lengkap : Budi   Rincian informasi yang dibutuhkan:" over
    # the value, the label ending a line that began with another.
    ending = re.compile(rf"\s(?:{spaced})\s*:\s*$", re.I)
    for index, line in enumerate(lines):
        seconded = ending.search(line.text) and not CONTINUED.search(line.text)
        below = _value_below(lines, index) if seconded else None
        if below:
            return Section(_tidy(below[0], end), lines[index + 1].page, *below[1:])
    return None


def _not_asked(lines: list[Line], index: int) -> bool:
    """Whether the lead-in on line ``index`` leads to something else than what is asked for: the
    evidence to bring, the people a cover letter introduces, an objection's points, or the
    breakdown of what the sentence already named (", dengan rincian …"); the line above is read
    with it where the sentence began there ("… dengan pokok-pokok" / "sebagai berikut:")."""
    text = lines[index].text
    above = lines[index - 1].text.rstrip() if index else ""
    if above.endswith(",") or re.match(r"\s*[a-z]", text):
        text = f"{above} {text}"
    below = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    return NOT_ASKED_LEAD.search(text) is not None or CHANGE_HEADER.search(below) is not None


def _recalled(lines: list[Line], index: int) -> bool:
    """Whether the lead-in on line ``index`` recalls requests made before ("Sebelumnya saya
    telah mengajukan permohonan informasi … sebagai berikut:"), the sentence begun above."""
    above = lines[index - 1].text.rstrip() if index else ""
    sentence = (
        lines[index].text if re.search(r"[.:;!?]$", above) else f"{above} {lines[index].text}"
    )
    return PAST_REQUESTS.search(sentence) is not None


def _asked_for(lines: list[Line], index: int, start: int) -> bool:
    """Whether the words at ``start`` of line ``index`` are the object of a request ("… untuk
    memberikan informasi yang dimohon:"), which asks for the information and lists nothing;
    the verb may stand at the end of the line above."""
    before = lines[index].text[:start]
    if not before.strip() and index and lines[index - 1].page == lines[index].page:
        before = lines[index - 1].text
    return GIVING.search(before.rstrip()) is not None


def _value_below(lines: list[Line], index: int) -> tuple[str, int, int] | None:
    """A heading-like label alone on its line ("V. TUJUAN PENGGUNAAN INFORMASI") and its value
    on the next line, or past a blank line when the value is a bulleted item: (value, start, end),
    when that line is no label or part of its own."""
    following = [
        position
        for position in range(index + 1, min(index + 3, len(lines)))
        if lines[position].page == lines[index].page and lines[position].text.strip(SPECKS)
    ]
    if not following:
        return None
    below = lines[following[0]]
    if COLON_LABEL.match(below.text) or TABLE_HEADER.match(below.text):
        return None
    words = re.findall(r"[A-Za-z]{2,}", below.text)
    if following[0] > index + 1 and len(words) < MIN_WORDS_PAST_GAP:
        return None
    if SECTION_START.match(below.text) or below.text.strip().isupper():
        return None
    value, end, _ = _follow(lines, following[0], below.text.strip(SPECKS))
    return value, below.start + len(below.text) - len(below.text.lstrip(SPECKS)), end


# Unmarked items, one to a line, below a lead-in ("… informasi publik berikut:" over "Data DPT …"
# over "Jumlah TPS …"): each begins with a capital and stops short of the margin the letter's
# prose runs to, where one item wrapped would have reached it.
ITEM_LINE_SHARE = 0.85
PROSE_WORDS = 6


def _prose_width(lines: list[Line], page: int) -> int:
    """The length of a full line of the page's prose: the longest but one of its sentences'."""
    widths = sorted(
        len(line.text.strip())
        for line in lines
        if line.page == page and len(line.text.split()) >= PROSE_WORDS
    )
    return widths[-2] if len(widths) > 1 else 0


def _unmarked_items(lines: list[Line], index: int) -> Section | None:
    """Two or more unmarked items, one to a line, below the lead-in on line ``index``."""
    full = ITEM_LINE_SHARE * _prose_width(lines, lines[index].page)
    block: list[Line] = []
    for line in lines[index + 1 :]:
        text = line.text.strip(SPECKS)
        if line.page != lines[index].page or (not text and block):
            break
        if not text:
            continue
        if (
            not re.match(r"[A-Z]", text)
            or len(re.findall(r"[A-Za-z]{4,}", text)) < 2  # a calendar's "Sen Sel Rab …"
            or len(text) >= full
            or "|" in text
            or shouting(text)
            or COLON_LABEL.match(line.text)
            or SECTION_START.match(line.text)
            or ENGLISH_SENTENCE.match(line.text)
            or (block and DANGLING.search(block[-1].text.rstrip(" ,")))
        ):
            break
        block.append(line)
        if text.endswith("."):
            break
    if len(block) < 2:
        return None
    items = [_tidy(line.text.strip(SPECKS)) for line in block]
    return Section("; ".join(items), block[0].page, block[0].start, block[-1].end)


def _listed(lines: list[Line]) -> Section | None:
    """A list after a line that ends in a lead-in: '… sebagai berikut:', '… berupa:', '…,
    mengenai:'; or, after a colon, the one unnumbered line below it. A list of requests made
    before gives way to the letter's own further on (an objection's is what it is about)."""
    lead = re.compile(
        rf"(?:(?:{INFO_LABEL})(?:\s+{COPULA})?|berikut|berupa|yaitu|antara\s+lain|rincian(?:nya)?"
        r"|\bthe\s+following(?:\s+\w+)?(?:\s*\([^)\n]*\))?"  # a foreign writer's
        # "Adapun informasi yang saya" wrapped over "mohon adalah:"
        r"|^\s*(?:di)?mohon(?:kan)?\s+adalah"
        r"|(?:mengenai|tentang|terkait)(?:\s+informasi)?(?=\s*:)"
        r"|(?<!yang )(?:saya|kami)\s+(?:mau\s+|ingin\s+)?(?:minta|meminta|memohon)(?=\s*:))"
        # "berupa: :", "berikut:.", "berupa: K": a speck after the colon
        r"\s*(:)?\s*[;,.:]?(?:\s+\S)?\s*$",
        re.IGNORECASE,
    )
    recalled = None
    for index, line in enumerate(lines):
        match = lead.search(line.text)
        item = ITEM.match(line.text)
        if not match or (
            item and not match.group(1) and not LABEL_ITEM.match(line.text[item.end() :])
        ):
            continue  # an item that ends in the words ("2. … memberikan informasi yang dimohon;")
        if _asked_for(lines, index, match.start()) or _not_asked(lines, index):
            continue
        if CONTINUED.search(line.text):
            continue  # "Lanjutan tabel rincian informasi:" over a list's rows on the next page
        found = _items(lines, index) or (_unmarked_items(lines, index) if match.group(1) else None)
        below = _value_below(lines, index) if match.group(1) and not found else None
        if below:
            found = Section(_tidy(below[0], INFO_END), lines[index + 1].page, *below[1:])
        if found and _recalled(lines, index):
            recalled = recalled or found  # the letter's own request may follow it
        elif found:
            return found
    return recalled


# A letter asking for rows of the office's Daftar Informasi Publik by their numbers ("yaitu
# nomor 2, 12 dan 13 yang telah saya tandai"), the list printed behind it; a row as read there
# ("2 | Rencana Strategis …", with a pen's tick before it read as "V").
CITED_ROWS = re.compile(
    r"(?i)daftar\s+informasi\s+publik[^.]{0,200}?\bnomor\s+(\d{1,2}(?:\s*(?:,|dan|&)\s*\d{1,2})*)\b"
)
CATALOGUE_ROW = re.compile(r"(?m)^[ \t]*(?:[Vv√✓][ \t]+)?(\d{1,2})[ \t]*[|.)]?[ \t]*([A-Z][^\n]+)$")


# A commission's table of the registers it joins ("No | Nomor Register | Tanggal | Objek
# Sengketa"), each row's last cell what was asked for, wrapped over lines below it; a rule read
# as a digit before the date ("126-02-2026").
REGISTER_TABLE = re.compile(r"(?i)\bnomor\s+register\b[^\n]*\bobjek\s+sengketa\s*$")
REGISTER_ROW = re.compile(
    r"^\s*\d{1,2}\b[^\n]*?/REG-PSI/\S*[\s|]+\d{1,3}[-/.]\d{1,2}[-/.]\d{4}[\s|]+(\S[^\n]*)$"
)


def _register_rows(lines: list[Line]) -> Section | None:
    """The objects of the disputes in a joinder's table of registers, one item a row."""
    header = next((i for i, line in enumerate(lines) if REGISTER_TABLE.search(line.text)), None)
    if header is None:
        return None
    items: list[str] = []
    end = lines[header].end
    after_blank = False
    for line in lines[header + 1 :]:
        text = line.text.strip()
        row = REGISTER_ROW.match(text)
        if not text:
            after_blank = True
            continue
        if row:
            items.append(row.group(1).strip(" |"))
        elif items and not after_blank and not re.match(r"[a-z][.)]\s|bahwa\b", text):
            items[-1] = f"{items[-1]} {text}"  # the cell wrapped (OCR leaves blanks between rows)
        else:
            break
        end, after_blank = line.end, False
    if not items:
        return None
    return Section("; ".join(items), lines[header].page, lines[header].end + 1, end)


def _cited_rows(pages: list[str]) -> Section | None:
    """The catalogue's rows a letter cites by their numbers, from the pages behind it."""
    for number, text in enumerate(pages, start=1):
        cited = CITED_ROWS.search(text)
        if cited is None:
            continue
        wanted = re.findall(r"\d+", cited.group(1))
        rows = {
            row.group(1): row
            for later in reversed(pages[number:])
            for row in reversed(list(CATALOGUE_ROW.finditer(later)))
        }
        found = [rows[row].group(2).strip(" |") for row in wanted if row in rows]
        if found:
            return Section("; ".join(found), number, cited.start(1), cited.end(1))
    return None


def _attached(pages: list[str], lines: list[Line]) -> Section | None:
    """The rows of the list a letter says is attached ("… data sebagaimana tercantum dalam
    daftar terlampir"), under its "No | Uraian Data" header on a later sheet."""
    if not any(ATTACHED.search(page) for page in pages):
        return None
    lines = [replace(line, text=SHEET_ROW.sub(_blank, line.text)) for line in lines]
    for index, line in enumerate(lines):
        found = _items(lines, index) if ATTACHED_HEADER.match(line.text) else None
        if found:
            found.value = "; ".join(_without_cells(item) for item in found.value.split("; "))
            return found
    return None


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(1))


def _questions(lines: list[Line]) -> Section | None:
    """A questionnaire's questions, the rows under its "No | Pertanyaan | Jawaban" header: what
    a request in the form of questions asks for."""
    for index, line in enumerate(lines):
        found = _items(lines, index) if QUESTIONS_HEADER.match(line.text) else None
        if found:
            return found
    return None


LETTER_LENGTH = 300  # characters: a page of a letter, not a title's lines


def letter_in_capitals(page: str) -> bool:
    """A letter's page typed all in capitals (a typewriter's, a dot-matrix printer's), not a
    title's few lines."""
    return len(page) >= LETTER_LENGTH and shouting(page)


def _phrase(pages: list[str], lead: str, end: str) -> Section | None:
    """The words after ``lead`` inside a sentence, up to ``end`` or the sentence's end."""
    for number, text in enumerate(pages, start=1):
        for match in re.finditer(lead, text, re.IGNORECASE):
            rest = text[match.end() : match.end() + PHRASE_REACH]
            if rest[:1] in ("", ":", "\n"):
                continue
            stop = re.search(end, rest)
            piece = rest[: stop.start()] if stop else rest
            paragraph = PARAGRAPH_END.search(piece)
            piece = piece[: paragraph.start()] if paragraph else piece
            value = _tidy(piece)
            # (a heading in capitals is no sentence, unless the whole letter is in capitals)
            heading = shouting(value) and not letter_in_capitals(text)
            if len(value) > 3 and not ANAPHORA.match(value) and not heading:
                return Section(value, number, match.end(), match.end() + len(piece))
    return None


# What a request names, seen ahead: "salinan …", "data …", "rencana kerja …".
RECORD_AHEAD = (
    r"(?=salinan|data|dokumen|daftar|laporan|rekapitulasi|rincian|berita\s+acara|notulen|jumlah"
    r"|rencana|anggaran|hasil|surat\s+keputusan|keputusan)"
)
INFO_PHRASES = (
    # "… mengajukan permohonan informasi publik kepada PPID KPU … berupa X, dengan rincian …"
    # (before the need a letter may tell of first: "… kami memerlukan data yang akurat")
    r"permohonan\s+informasi(?:\s+publik)?\s+kepada\s+[^.:]{3,80}?,?\s+(?:berupa|yakni|yaitu)"
    r"\s*:?\s+",
    # (not "Ketetapan Komisi Informasi tentang Pencabutan …", the commission's own name)
    r"(?<!komisi\s)(?:informasi|data)(?:\s+[“”\"'‘’]?publik)?\s+"
    r"(?:berupa|mengenai|tentang|terkait|perihal)\s+"
    r"|dokumen\s+(?:berupa|mengenai|tentang)\s+",
    # "… Nomor 12/2026 tentang X", "… Nomor Pendaftaran 064/PPID/…/2025, berupa X", "(Nomor …
    # /2026) tentang X", "… pada 6 November 2025 berupa X".
    r"(?:/|(?:tanggal|pada)\s+\d{1,2}\s+[A-Za-z]+\s+)(?:19|20)\d{2}\)?"
    r"(?:\s+(?:tentang|mengenai|terkait|perihal)|,?\s+berupa|,\s+yaitu\s+permohonan)\s+"
    # (not the title of the PPID's answer it cites: "… /Kpts/2025 tentang Penolakan …")
    # (nor a commission's act on the case: "… /2025 tentang Pencabutan Permohonan …")
    r"(?!(?:penolakan|pemberitahuan|jawaban|tanggapan|keputusan|penetapan|pencabutan|penundaan"
    r"|penunjukan|pemanggilan|penghentian)\b)",
    r"(?:memohon|meminta|(?:saya|kami)\s+minta|membutuhkan|memerlukan"
    r"|mohon\s+(?:diberikan|dikirimkan|disediakan))\s+" + RECORD_AHEAD,
    # A chat or a note: "Saya mau minta dua informasi: 1) … 2) …", "mau minta informasi …".
    r"(?:saya|kami)\s+(?:mau|ingin|hendak)\s+(?:minta|meminta|memohon)"
    r"\s+(?:(?:satu|dua|tiga|empat|lima|beberapa)\s+)?(?:informasi|data)(?:\s+publik)?\s*:?\s+"
    r"(?!(?:ke|kepada|dari)\b)",  # "saya mau minta data ke PPID …" says to whom, not what
    # A commission's letter: "… antara: Pemohon … Termohon … mengenai X terkait permintaan
    # informasi nomor pendaftaran …".
    r"\bmengenai\s+(?=[^.]{10,300}?\s+terkait\s+(?:permintaan|permohonan)\s+informasi)"
    r"|termohon\s*:[^\n]*\n[ \t]*mengenai\s+|\bsebagai\s+termohon\s+mengenai\s+"
    r"(?:permohonan\s+informasi(?:\s+publik)?\s+(?:berupa\s+)?)?",  # (the act, not its object)
    # "… Informasi yang saya minta adalah: (1) … (2) …", a sentence that names the items
    rf"(?:informasi|data|dokumen)\s+yang\s+(?:saya\s+|kami\s+)?{VERB}\s+"
    rf"(?:adalah|ialah|yaitu|berupa)\s*:?\s+",
    # "… Keterbukaan Informasi Publik, yaitu data …", "… informasi sebagai berikut daftar …".
    r"(?:\byaitu|sebagai\s+berikut)\s*:?\s+" + RECORD_AHEAD,
    # A commission's decision: "… yang pada pokoknya meminta: X."
    r"pada\s+pokoknya\s+(?:meminta|memohon)(?:\s+informasi)?\s*:?\s+",
    # A mediation's agreement: "Termohon akan memberikan salinan X kepada Pemohon …"; a court's
    # summons to carry out a ruling: "Amar Putusan Memerintahkan Termohon untuk memberikan X
    # kepada Pemohon".
    r"termohon\s+akan\s+memberikan\s+(?:salinan\s+)?",
    r"memerintahkan\s+termohon\s+untuk\s+memberikan\s+(?!informasi\s+yang\b)",
    # A commission's notice: "Adapun informasi yang dimohonkan oleh Pemohon adalah X (Nomor …".
    r"informasi\s+yang\s+(?:di)?mohon(?:kan)?(?:\s+oleh\s+pemohon)?\s+(?:adalah|yaitu|berupa)\s+",
    # "… Nomor Pendaftaran 079/…, diajukan pada 27 Agustus 2025, berupa X, untuk …".
    r"\b(?:19|20)\d{2},\s+berupa\s*:?\s+",
    # "… terhadap permohonan informasi saya tentang X, sebagaimana …".
    r"(?:informasi|data)\s+(?:saya|kami)\s+(?:berupa|mengenai|tentang|terkait)\s+",
    # "… membuka laman PPID … untuk memperoleh X, yang menurut ketentuan …" (what was sought);
    # "… datang ke kantor KPU … untuk melihat X pada papan pengumuman …"
    r"\buntuk\s+(?:memperoleh|mendapatkan)\s+(?:(?=profil\b)|" + RECORD_AHEAD + ")",
    r"\bdatang\s+ke\s+kantor\b[^.]{0,80}?\buntuk\s+(?:melihat|membaca|mencari)\s+",
)
# What a purpose begins with after "untuk" inside the sentence that names the information
# ("… dana kampanye Tahun 2024 untuk pengawasan partisipatif masyarakat …").
PURPOSE_WORDS = (
    r"(?=(?:pengawasan|penelitian|penyusunan|kajian|bahan|kepentingan|referensi|pemantauan"
    r"|advokasi|keperluan|kelengkapan|melengkapi|mendukung|menyusun|memantau|publikasi|liputan"
    r"|evaluasi|dokumentasi\s+pribadi)\b)"
)
# A purpose named by a noun made of a verb ("perencanaan", "kepentingan", "dokumentasi") or by a
# verb ("memenuhi"), not by one an election's records are named with ("pemilihan", "pengadaan").
PURPOSE_NOUN = (
    r"(?!(?:pemilihan|pemilu|penyelenggaraan|pelaksanaan|pengadaan|penetapan|penghitungan"
    r"|perhitungan|pencalonan|pendaftaran|pemungutan|kecamatan|kelurahan|kabupaten|keputusan"
    r"|kegiatan|pertemuan|periode)\b)"
    r"(?:pe\w{3,}an|ke\w{3,}an|\w{3,}asi|me\w{4,})\b"
)
# "… berupa X untuk Y, yang tercatat dengan Nomor Pendaftaran …": Y is why X was asked for.
REGISTERED_AHEAD = r"(?=[^.]{0,150}?,\s+yang\s+(?:tercatat|terdaftar))"
# Where the thing asked for ends inside a sentence: "…, yang …", "… kepada PPID …", "… dan
# tercatat dengan nomor pendaftaran …", "…, tapi jawabannya …".
INFO_END = (
    r",\s+(?:yang|lalu|untuk|guna|sebagaimana|dan\s+(?:saya|kami)|tapi|tetapi|namun|padahal|Majelis"
    r"|dengan\s+ini|bersama\s+ini)\b"
    r"|\buntuk\s+keperluan|\s+sebagaimana\s+(?:permohonan|dimaksud|tercantum)"
    r"|\s+(?:bersama|dengan)\s+ini\s+(?:kami|saya)\b"  # the letter's own sentence, after a label's
    r"|\s+(?:The\s+(?:information|data)|Informasi\s+tersebut|Data\s+(?:tersebut|ini))\s"  # the use
    r"|\s+kepada\s+(?:PPID|Pejabat|Pemohon)\b|,?\s+(?:dan\s+)?(?:tercatat|terdaftar|teregistrasi)\b"
    r"|\s+(?:dengan\s+|\()[Nn]omor\s+(?:[Pp]endaftaran|[Rr]egistrasi)|\s+terkait\s+(?:permintaan|permohonan)"
    r"|,\s+dengan\s+rincian\b|\s+dan\s+(?:memperoleh|mendapat(?:kan)?|diberi)\s+[Nn]omor\b"
    # a power of attorney's powers after the object ("…, menghadiri pertemuan, menyampaikan …"),
    # a commission's order to a party after a labelled object ("… kami minta Termohon …")
    r"|,\s+menghadiri\b|\s+(?:kami|saya)\s+(?:minta|meminta|mohon|memohon)\s+(?:Termohon|Pemohon)\b"
    # "…, dan permohonan itu telah diberi nomor …", "…, telah menjatuhkan Putusan Sela …"
    r"|,\s+(?:dan\s+)?(?:permohonan\s+(?:itu|tersebut|ini)\s+)?telah\s+(?:diberi|dicatat|menjatuhkan)\b"
    rf"|\s+untuk\s+{PURPOSE_WORDS}|\s+untuk\s+(?={PURPOSE_NOUN}){REGISTERED_AHEAD}"
    # a commission's ruling: "Menyatakan informasi berupa X adalah informasi yang terbuka"
    r"|\s+adalah\s+informasi\b|\s+sebagai\s+informasi\s+yang\b"
    r"|;\s*\n\s*[a-z][.)]\s"  # a decree's clause ends before its next one: "…;" / "b. bahwa …"
    # where the writer looked for it: "… melihat X pada papan pengumuman …"
    r"|\s+(?:pada|di)\s+(?:papan\s+pengumuman|laman\s+resmi)\b"
    r"|\s+Majelis\s+Komisioner\s+(?:memandang|meminta|menetapkan|memerintahkan)\b"
    r"|;\s*\n\s*\d{1,2}[.)]\s+(?i:bahwa)\b"  # a pleading's: "…;" / "2. Bahwa …"
)
PURPOSE_PHRASES = (
    # "Adapun tujuan penggunaan informasi tersebut adalah untuk bahan …", said in a sentence
    r"\btujuan\s+(?:penggunaan|pemanfaatan|permohonan)\s+(?:informasi|data)(?:\s+(?:ini|tersebut))?"
    r"\s+(?:adalah|ialah|yaitu)\s+(?:untuk\s+|sebagai\s+)?",
    r"(?:(?:akan|hendak)\s+(?:saya|kami)\s+(?:gunakan|pergunakan|manfaatkan)"
    r"|(?:saya|kami|pemohon|klien\s+kami)\s+(?:perlukan|butuhkan|gunakan|pergunakan)"
    r"|(?<!tidak\sakan\s)(?<!tidak\s)\b(?:di)?(?:gunakan|pergunakan)"  # (not what it will not be)
    # ("Informasi tersebut diperlukan oleh Pemberi Kuasa untuk …")
    r"|(?:informasi|data)\s+(?:ini\s+|tersebut\s+)?di(?:perlukan|butuhkan)(?:\s+oleh\s+[^.,]{3,40}?)?"
    r"|(?:informasi|data)\s+(?:ini|tersebut))"  # "Informasi ini untuk bahan …"
    r"(?:\s+(?:semata-?mata|hanya|khusus|sepenuhnya))?\s+(?:untuk|sebagai|guna)\s+",
    r"(?:untuk|guna)\s+keperluan[.,]?\s+",  # "untuk keperluan. bahan …": a speck after it
    # a letter that opens with its purpose: "Sebagai bahan liputan …, saya memerlukan …"
    # ("Sebagai kelengkapan, berikut identitas saya:", "Sebagai bahan pertimbangan, saya
    # lampirkan …": no purpose of the information in words so few)
    r"(?m)^[ \t]*(?:Sebagai|Guna|Demi)\s+(?=(?:[^\s,.]+\s+){3}[^\s,.]+)" + PURPOSE_WORDS,
    # a foreign writer's
    r"\bwill\s+be\s+used\s+(?:solely\s+|only\s+|exclusively\s+)?(?:for|as)\s+",
    r"dengan\s+tujuan\s+",
    r"tujuannya\s+(?:adalah\s+|ialah\s+)?(?:untuk\s+)?",
    # "… permohonan informasi berupa X untuk pengawasan …, yang tercatat …"
    # (a period inside a word, "Model C.Hasil", ends no sentence)
    r"(?:(?:informasi|data|(?:19|20)\d{2},)\s+berupa|yaitu\s+permohonan"
    # ("… kepada PPID …, yaitu X, untuk …")
    r"|(?:(?:19|20)\d{2}|\bkepada\s+[^.:,]{3,80}),\s+yaitu)\s+"
    r"(?:[^.]|\.(?=\S)){5,300}?(?:\s+untuk\s+"
    rf"(?:{PURPOSE_WORDS}|(?={PURPOSE_NOUN}){REGISTERED_AHEAD})|,\s+untuk\s+(?={PURPOSE_NOUN}))",
    # "Adapun tujuan penggunaan informasi tersebut adalah untuk …", through OCR's specks and
    # its "dalah".
    r"tujuan\s+(?:penggunaan|permohonan)[.,]?(?:\s+(?:informasi|data))?(?:\s+(?:ini|tersebut))?[.,]?"
    r"[\s-]+(?:(?:a?dalah|ialah|yaitu)\s+(?:untuk\s+)?|untuk\s+)",
    # said aloud: "Waktu itu saya minta data …, untuk kelengkapan bahan advokasi hukum."
    r"\b(?:saya|kami)\s+(?:minta|meminta|memohon)\s+(?:[^.]|\.(?=\S)){5,300}?,\s+untuk\s+"
    + PURPOSE_WORDS,
)
# "… untuk keperluan tersebut": a phrase that points back says nothing itself.
ANAPHORA = re.compile(r"(?i)(?:tersebut|ini|itu|di\s*atas)(?:[.,]|$)")
PURPOSE_END = (
    r",\s+(?:yaitu|berupa|sebagai\s+berikut|dan\s+(?:saya|kami)|sesuai\s+dengan|karena|sehingga"
    r"|yang\s+(?:tercatat|terdaftar)|tidak|bukan|and|but"
    # the sentence's own clause after an opening purpose: "Guna keperluan X, saya bermaksud …"
    r"|(?:saya|kami)\s+(?:bermaksud|ingin|hendak|mengajukan|memohon|membutuhkan|memerlukan))\b"
    r"|:|;|\s+sehingga\b"
)
# A form's answer or an article's paragraph that restates its question before answering it:
# "Informasi yang dimohon adalah: …", "Informasi … dalam Pasal 2 akan digunakan sebagai …".
RESTATED_INFO = re.compile(
    r"^(?:informasi|data)\s+yang\s+(?:di)?mohon(?:kan)?,?\s+(?:adalah|yaitu|ialah|berupa)\s*:?\s*",
    re.IGNORECASE,
)
RESTATED_PURPOSE = re.compile(
    r"^(?:informasi|data)\b[^.]{0,80}?\b(?:akan\s+)?(?:di)?(?:gunakan|pergunakan|perlukan)"
    r"\s+(?:sebagai|untuk|guna)\s+",
    re.IGNORECASE,
)


# "… di Kabupaten Ogan Ilir, Daftar nama …": a comma OCR read for the semicolon between items.
NEXT_RECORD = re.compile(
    r",\s+(?=(?:Data|Daftar|Salinan|Laporan|Rekapitulasi|Berita\s+acara|Notulen|Dokumen"
    r"|Rencana|Hasil|Keputusan|Surat\s+Keputusan)\b)"
)
# A list said in prose: "salinan …, data …, rencana …, dan jumlah …".
PROSE_RECORD = re.compile(
    r",\s+(?:(?:dan|serta)\s+)?(?=(?:data|daftar|salinan|laporan|rekapitulasi|berita\s+acara"
    r"|notulen|dokumen|rencana|jumlah|keputusan|surat\s+keputusan)\b)"
)
PROSE_LIST_SEPARATORS = 2
# "… Musi Banyuasin: daftar rekanan …": the semicolon between two items OCR read as a colon.
COLON_BETWEEN_RECORDS = re.compile(
    r"(?<=\w):\s+(?:dan\s+)?(?=(?:data|daftar|salinan|laporan|rekapitulasi|berita\s+acara|notulen|dokumen"
    r"|rencana|hasil|keputusan|jumlah)\b)(?![^;]*,\s)"
)
# A list of evidence or enclosures to bring or send ("… membawa bukti asli … sebagai berikut:"),
# or of the people a cover letter introduces ("… bahwa mahasiswa berikut:"): no list of what
# was asked for.
NOT_ASKED_LEAD = re.compile(
    r"(?i)\bbukti\b|\bmembawa\b|\bmenghadirkan\b|\blampiran\b|\bdilampirkan\b"
    r"|\b(?:mahasiswa|mahasiswi|siswa|peserta|pegawai|staf|anggota|nama-nama|majelis)\b[^:\n]{0,25}"
    r"\bberikut\b"
    # the points of an objection, and a breakdown of what a sentence already named
    r"|\b(?:keberatan|alasan|dasar)\b[^:\n]{0,40}\bberikut\b|\bpokok-pokok\b|,\s*dengan\s+rincian\b"
    # a hearing's or a meeting's schedule, the fees charged for copies, a file's checklist
    r"|\b(?:jadwal|agenda|acara|biaya|kelengkapan|persyaratan|(?:per)?sidangan?)\b[^:\n]{0,40}"
    r"\bberikut\b"
    # the people a letter names ("… dengan identitas para pihak sebagai berikut:")
    r"|\b(?:identitas|pihak|biodata|data\s+diri)\b[^:\n]{0,40}\bberikut\b"
    # a ruling's orders ("… telah menjatuhkan Putusan Sela sebagai berikut:")
    r"|\b(?:putusan|penetapan|amar)\b[^:\n]{0,40}\bberikut\b"
    # a commission's questions to the respondent ("… meminta keterangan tertulis dari Termohon
    # atas pertanyaan sebagai berikut:")
    r"|\bketerangan\s+tertulis\b[^:\n]{0,60}\bberikut\b"
    r"|\bTermohon\s+atas\s+pertanyaan\b[^:\n]{0,20}\bberikut\b"
)
# A table of what changed ("No | Kedudukan | Semula | Menjadi"): a panel's members, a
# correction's values; nothing asked for.
CHANGE_HEADER = re.compile(r"(?i)\bsemula\b[^\n]*\b(?:menjadi|seharusnya)\b")
# The requests a letter recalls before making its own ("Sebelumnya saya telah mengajukan
# permohonan informasi … sebagai berikut:" over a table of them).
PAST_REQUESTS = re.compile(
    r"(?i)\b(?:sebelumnya|pernah|telah)\s+(?:(?:saya|kami)\s+)?(?:telah\s+|pernah\s+)?"
    r"mengajukan\b"
)
# The words that ask for the information rather than list it: "… untuk memberikan informasi …".
GIVING = re.compile(r"(?i)\b(?:memberikan|menyerahkan|menyampaikan|mengirimkan|memberi)\s*$")
INLINE_FIRST = re.compile(r"^\(?1[.)]\s+")
INLINE_NEXT = re.compile(r"[;:,]?\s+(?:(?:dan|serta)\s+)?\(?[2-9][.)]\s+")


# "pertama, daftar …: kedua, realisasi …; dan ketiga, laporan …": items counted in words.
ORDINAL_ITEM = re.compile(
    r"(?i)(?:^|\s*[:;,]?\s+)(?:dan\s+)?\b(?:pertama|kedua|ketiga|keempat|kelima|keenam),\s+"
)


def information_requested(pages: list[str]) -> Section | None:
    """What is asked for, capitalised as a form's answer is; a list written as prose ("… 2024
    serta DIPA …") or numbered inside a sentence ("1) … 2) …") comes apart into its items."""
    lines = lines_of(pages)
    found = (
        _register_rows(lines)
        or _labelled(lines, INFO_LABEL, INFO_END, SPLIT_LABEL)
        or _capital_row(lines, "INFORMASI")
        or _cited_rows(pages)
        or _attached(pages, lines)
        or _listed(lines)
        or _questions(lines)
        or next((found for lead in INFO_PHRASES if (found := _phrase(pages, lead, INFO_END))), None)
    )
    if found:
        found.value = ORDINAL_ITEM.sub("; ", RESTATED_INFO.sub("", found.value)).lstrip("; ")
        found.value = re.sub(r";(?=\S)", "; ", found.value)  # "…2024;JUMLAH …": items typed tight
        # Items of a list are capitalised as a form's answer is, those of a list said in prose
        # ("… 2024 serta berita acara …") as well.
        value = COLON_BETWEEN_RECORDS.sub(_semicolon, found.value).rstrip(":")
        records = "; ".join(_records(_prose_list(item)) for item in value.split("; "))
        items = re.sub(r"\s+serta\s+", "; ", _inline_items(records)).split("; ")
        found.value = "; ".join(_capitalised(item) for item in items)
    return found


# The rows of such a table: its labels, each in capitals before its value.
CAPITAL_ROW = re.compile(r"^\s*(?:NAMA|NIK|ALAMAT|PEKERJAAN|INFORMASI|TUJUAN|CARA)[ \t]+\S")
CAPITAL_ROWS = 3  # the row itself and two others…
CAPITAL_ROWS_REACH = 3  # …within three lines of it


def _capital_row(lines: list[Line], label: str) -> Section | None:
    """A parsed message's row without a colon, its label in capitals ("INFORMASI REKAP …",
    "TUJUAN Tugas kuliah" under "NAMA …", "ALAMAT …"), and the lines that continue it."""
    for index, line in enumerate(lines):
        row = re.match(rf"^\s*{label}[ \t]+(?=\S)", line.text)
        near = lines[max(0, index - CAPITAL_ROWS_REACH) : index + CAPITAL_ROWS_REACH + 1]
        rows = sum(CAPITAL_ROW.match(other.text) is not None for other in near)
        if row and rows >= CAPITAL_ROWS and not re.match(r"[a-z]", line.text[row.end() :]):
            value, stop, _ = _follow(lines, index, line.text[row.end() :])
            return Section(_tidy(value), line.page, line.start + row.end(), stop)
    return None


def _prose_list(item: str) -> str:
    """Records named in a sentence, commas and a "dan" between ("…, data …, dan jumlah …"), as
    items: three or more, or two with ", dan" between; not an item's parts ("…, meliputi:
    jumlah …, jumlah …")."""
    if PARTS_OPENED.search(item):
        return item
    separators = PROSE_RECORD.findall(item)
    if len(separators) < PROSE_LIST_SEPARATORS and not any(
        re.search(r"dan|serta", cut) for cut in separators
    ):
        return item
    return PROSE_RECORD.sub("; ", item)


def _records(item: str) -> str:
    """An item that runs on into the next record ("…, Data …") as two; not an item's parts
    ("…, yaitu: Laporan Awal …, Laporan Penerimaan …")."""
    return item if PARTS_OPENED.search(item) else NEXT_RECORD.sub("; ", item)


def _inline_items(value: str) -> str:
    """A list numbered inside one sentence ("1) Laporan …; 2) Notulen …") as its items; a list
    of one ("(1) laporan …") as its item."""
    if not INLINE_FIRST.match(value):
        return value
    items = INLINE_NEXT.split(INLINE_FIRST.sub("", value))
    return "; ".join(item.strip(" ;:,") for item in items if item.strip(" ;:,"))


def purpose(pages: list[str]) -> Section | None:
    """Why it is asked for, capitalised as a form's answer is."""
    lines = lines_of(pages)
    found = (
        _labelled(lines, PURPOSE_LABEL, PURPOSE_END)
        or _capital_row(lines, "TUJUAN")
        or next(
            (found for lead in PURPOSE_PHRASES if (found := _phrase(pages, lead, PURPOSE_END))),
            None,
        )
    )
    if found:
        found.value = _capitalised(RESTATED_PURPOSE.sub("", found.value))
    return found


def _capitalised(value: str) -> str:
    """Its first letter capitalised, as a form's answer is written, without the specks or the
    stray digit a hand-filled form's line leaves before it ("_ Salinan …", "8 Pengajuan …"),
    nor the "dan" that joined it to the item before; "Il" and "llir" read as "II", "Ilir"."""
    value = re.sub(r"^(?:dan|serta)\s+", "", LEADING_SPECKS.sub("", value))  # "…; dan jumlah …"
    value = re.sub(r"(?<=[A-Za-z] )Il\b", "II", value)  # "Semester Il": no word is "Il"
    value = re.sub(r"\bll(?=[a-z])", "Il", value)  # "Ogan llir": no word begins "ll"
    return value[:1].upper() + value[1:]

"""Which option a letter picks: how the applicant wants the information (obtain_method), how it
is to reach them (delivery_method), and which statutory reason an objection rests on.

A form marks a box ("[X] g."); a letter says it in a sentence ("… berupa salinan cetak
(hardcopy) yang akan saya ambil langsung", "Mohon dikirim ke email saya", "tidak ada tanggapan
apa pun atas permohonan tersebut"). A passage that names several options, such as a blank form's
list or a checklist of reasons, picks none of them: guessing would put a wrong answer where a
clerk expects an empty one.
"""

from __future__ import annotations

import re

from pipeline.sections import FILE_FORMAT, FILE_FORMATS, Section

# A ticked box as typed or printed, and "[v]" or "[ x ]" as OCR reads its brackets ("IvJ", "|v]",
# "[vJ", "IX J", "[ xJ", "Lx)").
TICK = (
    r"(?:\[\s*[xX✓✔√v]\s*\]|[☑☒✓✔√■]|\(\s*[xX✓✔√v]\s*\)"
    r"|(?<!\w)[\[|IL]\s*[vVxX]\s*[\]J|)](?!\w))"
)
Options = tuple[tuple[str, str], ...]
OBTAIN = (
    (
        "salinan_softcopy",
        r"soft\s?copy|salinan\s+elektronik|(?:file|berkas|dokumen)\s+(?:digital|elektronik|pdf)"
        # an accessible copy: a recording, a video with a sign interpreter, a screen reader's file
        r"|rekaman\s+(?:audio|suara|video)|\bberupa\s+video\b|\bfile\s+(?:word|mp3|audio|teks)",
    ),
    (
        "salinan_hardcopy",
        r"hard\s?copy|foto\s?kopi|foto\s?copy|salinan\s+(?:ter)?cetak"
        r"|salinan\s+(?:yang\s+(?:telah\s+|sudah\s+)?)?(?:di)?legalisir"  # certified: paper
        r"|\bdicetak\s+(?:dalam|dengan)\s+huruf\b",  # Braille, large print
    ),
    (
        "melihat",
        r"melihat|membaca|mendengarkan|mencatat|\b(?:baca|lihat)\s+langsung"
        # a kiosk's "Lihat/baca di tempat"
        r"|\b(?:lihat|baca)(?:\s*/\s*(?:lihat|baca))?\s+di\s+tempat"
        r"|\bread\s+the\s+documents?\b|\btake\s+notes\b",  # a foreign writer's
    ),
)
# A copy whose kind the writer did not say.
ANY_COPY = ("salinan", r"salinan")
DELIVERY = (
    (
        "mengambil_langsung",
        r"(?:mengambil|diambil|ambil)\s+(?:langsung|sendiri|di\s+(?:loket|kantor|tempat))"
        r"|diambil\s+oleh\s+(?:\w+\s+){1,3}?di\s+(?:loket|kantor)"  # "… oleh staf kami di kantor"
        r"|\bsalin\s+langsung\b"  # "… akan kami salin langsung ke hard disk … di kantor PPID"
        r"|datang\s+langsung|\bin\s+person\b",  # a foreign writer's "collect … in person"
    ),
    ("kurir", r"kurir|ekspedisi"),
    ("pos", r"\bpos\b|\bby\s+post\b"),
    ("faksimili", r"faksimil|\bfax\b|\bfaks\b"),
    ("email", r"e-?mail|\bsurel\b|surat\s+elektronik"),
)
# Not a catalogue's column ("… Bentuk Informasi | Jangka Waktu Penyimpanan"): the forms the
# office keeps each item in, not the one an applicant asks for.
NOT_A_CATALOGUE_COLUMN = r"(?![^\n]*\b(?:jangka\s+waktu|penyimpanan))"
# Where a writer says how to obtain or receive the information: a form's label or a sentence
# ("… beserta salinan dokumen pendukung akan saya ambil …", "dikirim softcopy-nya").
OBTAIN_CUE = re.compile(
    rf"cara\s+memperoleh|bentuk\s+informasi{NOT_A_CATALOGUE_COLUMN}|\b(?:mem)?peroleh\b"
    r"|\bcaranya\s*:"  # a chat's "Caranya: Softcopy saja"
    r"|diberikan\b|dalam\s+bentuk|untuk\s+(?:melihat|membaca)\s+(?:langsung|dokumen|arsip)"
    r"|\bsalinan(?:nya)?\b(?=[^.]{0,80}\b(?:akan\s+(?:saya|kami)\s+ambil|diambil|dikirim))"
    r"|dikirim(?:kan)?\s+(?:dalam\s+bentuk\s+)?(?:soft|hard)\s?copy"
    r"|\b(?:soft|hard)\s?copy(?:-?nya)?\s+(?:di)?kirim"  # a chat's "Kalau bisa softcopy dikirim …"
    r"|\bsalinan\b[^.]{0,40}?\bdisediakan\b"  # "… mohon salinan informasi tersebut disediakan …"
    r"|\b(?:mem)?baca\s+langsung|\b(?:me)?lihat\s+langsung"
    r"|\bmelihat(?:,|\s+dan)\s+(?:membaca|mencatat)"  # "ingin melihat, membaca dan mencatat …"
    r"|\bcukup\s+(?:dengan\s+)?(?:melihat|membaca|mencatat)"  # "Saya cukup melihat dan mencatat"
    r"|\breceive\s+the\s+information\s+as\b"  # a foreign writer's "… as a soft copy"
    r"|\bwould\s+like\s+to\s+(?:read|inspect|see)\b"
    r"|\bcollect\s+(?:the\s+)?(?:printed|digital|soft|hard|copies|documents)\b",
    re.IGNORECASE,
)
# A table of requested items with a "Format" or "Bentuk" column ("No Periode Format Jenis
# Informasi" over "1 2024-2025 hardcopy Laporan …", "No Uraian Informasi Bentuk" over "1 Data
# … Softcopy"): the copy its rows ask for, when they all ask for one.
FORMAT_HEADER = re.compile(
    rf"(?im)^{NOT_A_CATALOGUE_COLUMN}(?=[^\n]*\b(?:format|bentuk)\b)"
    r"(?=[^\n]*\b(?:informasi|data|variabel|dokumen)\b)[^\n]*$"
)
FORMAT_CELL = re.compile(
    r"(?im)^[\s|]*\d{1,2}[\s|]+[^\n]*?\b((?:hard|soft)\s?-?copy|salinan\s+(?:cetak|elektronik)"
    r"|foto\s?[ck]opi)\b"
)
# A row's first cell naming the copy in a word an item also uses ("1 Cetak Daftar calon …").
FORMAT_FIRST_CELL = re.compile(r"(?im)^[\s|]*\d{1,2}[\s|]+(cetak)[\s|]+(?=[A-Z])")
TABLE_REACH = 1500
# A row's last cell naming the format alone ("1 Daftar … 2024 PDF", "… 2019-2024Salinan").
FORMAT_LAST_CELL = re.compile(
    r"(?im)^[\s|]*\d{1,2}[\s|]+[^\n]*?(?:\b|(?<=\d))"
    rf"({FILE_FORMATS}|salinan|cetak|(?:hard|soft)\s?-?copy)\s*(?:\([^)\n]*\))?[\s|]*$"
)
FILE_KINDS = (("salinan_softcopy", FILE_FORMAT), ("salinan_hardcopy", r"cetak"))
# "Dikirim :" heads an e-mail printout's date, which says nothing of delivery; a kiosk's
# "Dikirim : Email" does.
DELIVERY_CUE = re.compile(
    r"cara\s+(?:mendapatkan\s+salinan|penyampaian|pengiriman)"
    r"|pengiriman\s+salinan\b"  # a web receipt's row "Pengiriman Salinan   Pos"
    r"|dikirim(?:kan)?\b(?!\s*:\s*(?:\d|senin|selasa|rabu|kamis|jum|sabtu|minggu"
    r"|mon|tue|wed|thu|fri|sat|sun))"
    r"|diantar(?:kan)?\b|\bambil\b|diambil\b|\bsalin\s+langsung\b"
    r"|\bsalinan\b[^.\n]{0,40}?\bmelalui\b"  # "Kami mohon salinan informasi melalui email"
    r"|\breceive\s+the\s+information\b|\bcollect\b|\bsend\s+(?:me\s+)?the\s+(?:data|information|copies)\b",
    re.IGNORECASE,
)
# A passage ends with its sentence, at a blank line, before a labelled line or a list item.
PASSAGE_END = re.compile(
    r"\.(?=\s+[A-Z])|\n\s*\n|\n(?=[^\n:]{0,40}:)|\n[\s|]*(?:\d{1,2}[.)]|[a-z][.)]|[-•])\s"
)
PASSAGE_REACH = 200
# How people name the statutory reasons of UU 14/2008 Pasal 35 ayat (1) in their own words.
REASON_TEXT = {
    "a": r"alasan\s+pengecualian|dikecualikan|ditolak\s+dengan\s+alasan"
    r"|menolak\s+permohonan|permohonan\s+(?:(?:saya|kami)\s+)?ditolak|ditolak\s+dengan\s+dalih",
    "b": r"informasi\s+berkala|secara\s+berkala|(?:diumumkan|disediakan|diterbitkan)\s+berkala",
    "c": r"tidak\s+ditanggapi|tidak\s+(?:ada|mendapat(?:kan)?|memperoleh|menerima)\s+(?:\w+\s+)?"
    r"(?:tanggapan|jawaban|balasan|respons?)|belum\s+(?:ada|mendapat|menerima)\s+(?:\w+\s+)?"
    r"(?:tanggapan|jawaban|balasan)|tidak\s+(?:dijawab|dibalas|direspons?)",
    # (as OCR reads a hand: "tidak sesuai kerapu infomasi yg saya minta")
    "d": r"tidak\s+(?:sebagaimana|sesuai)\s+(?:\w+\s+){0,2}?(?:yang\s+|yg\s+)?"
    r"(?:(?:saya|kami)\s+)?"
    r"(?:diminta|dimohon|minta|mohon|permohonan)"
    r"|berbeda\s+(?:dengan|dari)|hanya\s+berupa"
    r"|bukan\s+(?:data|informasi|dokumen)\s+yang\s+(?:saya|kami)\s+(?:minta|mohon)",
    "e": r"tidak\s+(?:juga\s+)?dipenuhi(?:nya)?|tidak\s+pernah\s+diberikan"
    r"|dinyatakan\s+dapat\s+diberikan\s+tersebut\s+tidak"
    r"|belum\s+(?:juga\s+)?(?:diberikan|dikasih|diserahkan)"
    r"|tidak\s+kunjung\s+(?:\w+\s+)?(?:diterima|terima|diberikan|dipenuhi|diserahkan)"
    r"|(?:mohon|minta)(?:kan)?\s+tidak\s+(?:juga\s+)?diberikan",
    # (a sum's thousands dot is no sentence's end: "biaya … sebesar Rp5.000 … tidak wajar")
    "f": r"biaya\s+(?:yang\s+)?tidak\s+wajar|biaya\s+(?:[^.]|\.\d){0,80}(?:melebihi|wajar|mahal)"
    r"|(?:diminta|harus|wajib)\s+(?:untuk\s+)?(?:membayar|bayar)\b"
    r"|(?:dikenakan|dibebani)\s+(?:biaya|tarif)",
    "g": r"melebihi\s+(?:jangka\s+|batas\s+)?waktu|mele?wati\s+(?:jangka|batas)\s+waktu"
    # "… baru saya terima setelah lewat jangka waktu"
    r"|(?:setelah\s+)?lewat(?:nya)?\s+(?:dari\s+)?(?:jangka|batas)\s+waktu"
    r"|setelah\s+lebih\s+dari\s+\d+\s+hari|(?:baru\s+\w+\s+)?lebih\s+dari\s+sebulan"
    r"|\bterlambat\b|jangka\s+waktu\b[^.]{0,60}?\b(?:terlampaui|terlewati|habis)",
}
# "Pasal 35 ayat (1) huruf c", "huruf d Pasal 35 ayat (1)", "Alasan Keberatan huruf d": the
# letter cites the reason itself.
REASON_CITED = re.compile(
    r"pasal\s*35\s*(?:ayat\s*\(?1\)?\s*)?huruf\s*([a-g])\b"
    r"|\bhuruf\s*([a-g])\s*pasal\s*35|\(huruf\s*([a-g])\)"
    r"|alasan(?:\s+keberatan)?\s*:?\s*huruf\s*([a-g])\b",
    re.IGNORECASE,
)
# A checklist prints every reason; a letter that names this many is a list, not a choice.
REASON_LIST_SIZE = 3
# A reason printed as a list item: "a. Permohonan informasi ditolak", "[ ] b. …", or behind
# the few characters OCR makes of an empty box ("O) c. …", "(J a. …", "$a. …"). Lower-case
# letters only: a form's sections are lettered in capitals ("C. KASUS POSISI").
LISTED_REASON = re.compile(r"(?m)^[ \t]*(?:\S{1,4}[ \t]*)??([a-g])[.)][ \t][^\n]*$")
LAST_REASON = "g"
NUMBERED_REASON = re.compile(r"(?m)^[ \t]*(?:\S{1,4}[ \t]*)??[1-7][.)][ \t][^\n]*$")
REASONS = tuple(REASON_TEXT.items())


def _lines_between(text: str, start: int, end: int) -> list[str]:
    return [line for line in text[start:end].split("\n")[1:-1] if line.strip()]


def _checklists(text: str) -> list[tuple[int, int]]:
    """Where a form prints the reasons as a list: runs of item lines with at most one line (an
    item OCR misread) between two, and the line after a run that stops short of "g." (its
    last item misread) unless that line is a capitalised section title; or a run numbered
    1–7 whose items each name another reason (a KPU kabupaten's form numbers them)."""
    return _lettered_lists(text) + [
        (run[0].start(), run[-1].end())
        for run in _runs(text, NUMBERED_REASON)
        if len({code for item in run for code in named(item.group(0), REASONS)}) >= REASON_LIST_SIZE
    ]


def _runs(text: str, item_pattern: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Item lines with at most one line (an item OCR misread) between two."""
    runs: list[list[re.Match[str]]] = []
    for item in item_pattern.finditer(text):
        if runs and len(_lines_between(text, runs[-1][-1].end(), item.start())) <= 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _lettered_lists(text: str) -> list[tuple[int, int]]:
    spans = []
    for run in _runs(text, LISTED_REASON):
        if len({item.group(1) for item in run}) < REASON_LIST_SIZE:
            continue
        end = run[-1].end()
        after = re.match(r"\s*\n([^\n]*\S[^\n]*)", text[end:])
        if run[-1].group(1) != LAST_REASON and after and not after.group(1).isupper():
            end += after.end()
        spans.append((run[0].start(), end))
    return spans


def _without_checklist(text: str) -> str:
    """``text`` with a form's printed list of the reasons a–g blanked out, so that what the
    applicant wrote under "Kasus Posisi" names theirs; one listed reason is the letter's own."""
    for start, end in _checklists(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def named(text: str, options: Options) -> list[str]:
    lowered = text.lower()
    return [value for value, pattern in options if re.search(pattern, lowered)]


# How the letter itself was sent ("surat ini juga kami kirimkan dalam bentuk file Word"), not the
# copy asked for.
LETTER_ITSELF = re.compile(r"(?i)\bsurat\s+ini\s+(?:juga\s+)?(?:kami|saya)\s+kirim")


def _passages(pages: list[str], cue: re.Pattern[str]) -> list[Section]:
    found = []
    for number, text in enumerate(pages, start=1):
        for match in cue.finditer(text):
            before = text[max(0, match.start() - PASSAGE_REACH) : match.start()]
            sentence = re.split(r"[.!?]\s", before)[-1]
            if LETTER_ITSELF.search(sentence):
                continue
            reach = text[match.start() : match.start() + PASSAGE_REACH]
            end = PASSAGE_END.search(reach, match.end() - match.start())
            stop = match.start() + (end.start() if end else len(reach))
            found.append(Section(text[match.start() : stop], number, match.start(), stop))
    return found


# The next box on a row of options ("[X] Melihat/Membaca [ ] Salinan Hardcopy …"): the ticked
# option's words end before it.
NEXT_BOX = re.compile(r"\[|[☐□◻○]|\(\s*\)")


def _ticked(pages: list[str], options: Options) -> Section | None:
    for number, text in enumerate(pages, start=1):
        for match in re.finditer(TICK + r"[ \t]*([^\n]{3,60})", text):
            words = NEXT_BOX.split(match.group(1), maxsplit=1)[0]
            picked = named(words, options)
            if picked:
                return Section(picked[0], number, match.start(1), match.start(1) + len(words))
    return None


def _said(
    pages: list[str],
    cue: re.Pattern[str],
    options: Options,
    fallback: tuple[str, str] | None = None,
) -> Section | None:
    """The one option the cued passages name; ``fallback`` (value, pattern) when they name none
    but match its pattern."""
    passages = _passages(pages, cue)
    chosen = {
        value: passage for passage in reversed(passages) for value in named(passage.value, options)
    }
    if len(chosen) == 1:
        value, passage = next(iter(chosen.items()))
        return Section(value, passage.page, passage.start, passage.end)
    if chosen or fallback is None:
        return None
    value, pattern = fallback
    generic = next((p for p in passages if re.search(pattern, p.value, re.IGNORECASE)), None)
    return Section(value, generic.page, generic.start, generic.end) if generic else None


def obtain_method(pages: list[str]) -> Section | None:
    """melihat, salinan_hardcopy, salinan_softcopy, or salinan when the kind is not said."""
    return (
        _ticked(pages, OBTAIN)
        or _said(pages, OBTAIN_CUE, OBTAIN)
        or _format_column(pages)
        or _said(pages, OBTAIN_CUE, OBTAIN, ANY_COPY)
    )


def _format_column(pages: list[str]) -> Section | None:
    for number, text in enumerate(pages, start=1):
        header = FORMAT_HEADER.search(text)
        if header is None:
            continue
        table = text[: header.end() + TABLE_REACH]
        cells = list(FORMAT_CELL.finditer(table, header.end()))
        cells = cells or list(FORMAT_FIRST_CELL.finditer(table, header.end()))
        cells = cells or list(FORMAT_LAST_CELL.finditer(table, header.end()))
        options = (*OBTAIN, *FILE_KINDS, ANY_COPY)
        kinds = {next(iter(named(cell.group(1), options)), "") for cell in cells}
        kind = kinds.pop() if len(kinds) == 1 else ""
        if kind:
            return Section(kind, number, cells[0].start(1), cells[-1].end(1))
    return None


def delivery_method(pages: list[str]) -> Section | None:
    return _ticked(pages, DELIVERY) or _said(pages, DELIVERY_CUE, DELIVERY)


def _first(pages: list[str], pattern: re.Pattern[str] | str) -> Section | None:
    for number, text in enumerate(pages, start=1):
        match = re.search(pattern, text)
        if match:
            group = next(index for index, value in enumerate(match.groups(), start=1) if value)
            return Section(match.group(group).lower(), number, match.start(group), match.end(group))
    return None


# A row of a checklist marked in a column at its end ("Alasan Keberatan | Ya | Tidak": "d.
# Permintaan informasi ditanggapi tidak sebagaimana yang diminta  x").
MARKED_ROW = re.compile(r"(?m)^([^\n]{12,}?)[ \t|]+(?:[xX✓✔√]|\[\s*[xX✓✔√v]\s*\])[ \t|]*$")


def _marked_row(pages: list[str]) -> Section | None:
    """The reason on the one row of a checklist that bears a mark; where every row bears one
    (a "Ya" and a "Tidak" column), the text cannot tell which, and none is taken."""
    rows: list[Section] = []
    for number, text in enumerate(pages, start=1):
        for row in MARKED_ROW.finditer(text):
            codes = named(row.group(1), tuple(REASON_TEXT.items()))
            if len(codes) == 1:
                rows.append(Section(codes[0], number, row.start(1), row.end(1)))
    return rows[0] if len(rows) == 1 else None


def objection_reason(pages: list[str]) -> Section | None:
    """The reason a–g: a ticked box, a cited "huruf x", or the one reason the letter names."""
    marked = _first(pages, TICK + r"[ \t]*([a-g])[.)]\s") or _marked_row(pages)
    if marked:
        return marked
    cited = _first(pages, REASON_CITED)
    if cited:
        return cited
    reasons: dict[str, Section] = {}
    for number, text in enumerate(pages, start=1):
        lowered = _without_checklist(text).lower()
        for code, pattern in REASON_TEXT.items():
            match = re.search(pattern, lowered)
            if match and code not in reasons:
                reasons[code] = Section(code, number, match.start(), match.end())
    if not reasons or len(reasons) >= REASON_LIST_SIZE:
        return None
    return min(reasons.values(), key=lambda found: (found.page, found.start))

"""Field normalisers and validators: NIK, phone, e-mail, Indonesian dates, names, numbers.

Each takes text as OCR delivers it (with its errors) and returns the normal form, or None when
the text cannot be read as that field. A NIK is repaired (O→0, I/l→1, S→5, B→8) only when the
repaired digits form a valid NIK; an invalid one is kept as written and flagged, never "fixed"
into somebody else's number.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import phonenumbers
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from registry.numbering import ROMAN_MONTHS as ROMAN_MONTH_NAMES

# A month's name this long or longer, and this like a month's, is that month misread by a letter.
MONTH_FUZZY_LENGTH = 6
MONTH_LIKENESS = 85
MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
ROMAN_MONTHS = {roman: month for month, roman in enumerate(ROMAN_MONTH_NAMES, start=1)}
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}
SUMSEL_REGENCIES = {
    "1601": "Ogan Komering Ulu",
    "1602": "Ogan Komering Ilir",
    "1603": "Muara Enim",
    "1604": "Lahat",
    "1605": "Musi Rawas",
    "1606": "Musi Banyuasin",
    "1607": "Banyuasin",
    "1608": "OKU Selatan",
    "1609": "OKU Timur",
    "1610": "Ogan Ilir",
    "1611": "Empat Lawang",
    "1612": "PALI",
    "1613": "Musi Rawas Utara",
    "1671": "Kota Palembang",
    "1672": "Kota Prabumulih",
    "1673": "Kota Pagar Alam",
    "1674": "Kota Lubuklinggau",
}
NIK_OCR_FIXES = str.maketrans("OoDIl|i]\\SsBZz", "00011111155822")
NIK_CHARS = r"\dOoDIl|i\]\\SsBZz"
# Sixteen digits (or letters OCR read for them) spaced at most once apiece, inside a longer value
# ("1671… , bertempat tinggal di …"); a seventeenth digit makes it no NIK at all.
NIK_RUN = re.compile(
    rf"(?<![{NIK_CHARS}])[{NIK_CHARS}](?:[\s.\-]?[{NIK_CHARS}]){{15}}(?![\s.\-]?\d)"
)
HONORIFICS = re.compile(
    r"^(?:(?:bapak|bpk\.?|ibu|sdr\.?|sdri\.?|saudara|saudari|yth\.?|tuan|nyonya|ny\.|tn\.)\s+)+",
    re.IGNORECASE,
)
MAIL_DOMAINS = {
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "rocketmail.com",
    "hotmail.com",
    "outlook.com",
    "outlook.co.id",
    "live.com",
    "icloud.com",
    "proton.me",
    "protonmail.com",
}
# A domain OCR got more than one letter wrong of ("ywgil.com", "yakoo.com", "protorh.me") is
# one of the common mail domains when it is this near to that one only (edits, by its length).
DOMAIN_EDITS = ((9, 1), (99, 2))
# One OCR confusion at a time; a domain is mended only when the result is in MAIL_DOMAINS.
DOMAIN_OCR_FIXES = (
    ("1", "l"),
    ("|", "l"),
    ("i", "l"),
    ("0", "o"),
    ("rn", "m"),
    ("vv", "w"),
    ("cl", "d"),
    (".corn", ".com"),
    (".con", ".com"),
    (".co.ld", ".co.id"),
)
DOMAIN_ENDINGS = r"co\.id|ac\.id|go\.id|or\.id|net\.id|web\.id|com|net|org|id"
DOMAIN_DOT = re.compile(rf"(?<=[A-Za-z0-9])[,:;](?=(?:{DOMAIN_ENDINGS})(?![\w.]))")
# "nasutionegmail.com": the '@' OCR read as an 'e' before a common mail domain.
LOST_AT = re.compile(rf"(?<=[a-z0-9])e(?=(?:{'|'.join(map(re.escape, sorted(MAIL_DOMAINS)))})\b)")
# "novita sari@outlook.com" as a whole value: the underscore OCR lost between two lower-case
# words, the first of which it may have read with a capital ("Siti susanti@gmail.com"), read
# as a space ("salsabila 8azz@"), a hyphen and a space ("sahat- 8sih@") or a space with the
# next word's "l" as "I" ("info Ik2p52@").
SPACED_LOCAL = re.compile(
    # (not a word before it: "Email saya kwee86@…")
    r"^(?!(?i:e-?mail|surel|mail|saya|kami|ini|ke|di|yaitu|yakni|adalah)\b)"
    r"([A-Za-z][a-z0-9]*(?:[._-][a-z0-9]+)*)-?"
    r" ([a-zI0-9][a-z0-9]*(?:[._-][a-z0-9]+)*)@"
)
EMAIL_LABELS = {"email", "e-mail", "mail", "surel", "surat-el"}
# Providers whose addresses take letters, digits and dots only (Gmail's rule).
DOTS_ONLY = {"gmail.com", "googlemail.com"}
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")


# Between a date's day, month name and year: spaces, or a dot or comma OCR made of a speck.
DATE_GAP = r"(?:\s*[.,-]\s*|\s+)"
# A date's year, and one with OCR's "1" for a handwritten "2" or "9" for its "0" in it ("1016",
# "2925"), or a letter or a degree sign for that "0" ("2°25", "2O26", "2P26").
YEAR = r"(?:(?:19|20|10|29)\d{2}|2[0O°oDPQ][0-9O°o]\d)"
ZERO_LOOKALIKES = str.maketrans("O°oDPQ", "000000")
# A letter is read within this many years of its date: an older year is one OCR misread by hand
# where mending its misreadings makes it recent ("7 Januari 2016" read in 2026).
LETTER_AGE_YEARS = 3
# What OCR reads for the digits of a year of this century written by hand: (place, read, meant).
YEAR_MISREADINGS = ((0, "1", "2"), (2, "1", "2"), (1, "9", "0"))
OLDEST_YEAR = 1900
# A date as letters write it: "3 Februari 2026", "3. Februari 2026", "03-02-2026", "3/2/2026".
# A day of 1 OCR read as a stroke ("Palembang, | Januari 2026"), only before a month and year.
DAY = rf"(?:\d{{1,2}}|[|Il](?=\s+[A-Za-z]{{3,9}}\s+{YEAR}))"
A_DATE = (
    rf"{DAY}{DATE_GAP}[A-Za-z]+{DATE_GAP}{YEAR}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]{YEAR}"
    rf"|[A-Z][a-z]+\s+\d{{1,2}},\s*{YEAR}"  # written the English way: "October 3, 2025"
)
WEEKDAY = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)")
DIGIT_WORDS = {
    word: value
    for value, word in enumerate(
        ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"), start=1
    )
}
# The words that scale the digit before them ("dua puluh") or stand for a whole number.
SCALE_WORDS = {"belas": 10, "puluh": 10, "ratus": 100}
WHOLE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
NUMBER_WORD = "|".join([*DIGIT_WORDS, *SCALE_WORDS, *WHOLE_WORDS, "ribu", "seribu"])
# "dua -\npuluh": hyphenated at a line's end; "ribu—dua": a dash OCR read for a space
SPELLED = rf"(?:{NUMBER_WORD})(?:(?:\s*[-–—]\s*|\s+)(?:{NUMBER_WORD}))*"
# A date spelled out, as minutes and a summons' relaas write it: "pada hari ini Senin tanggal
# dua puluh tiga bulan Maret tahun dua ribu dua puluh enam".
SPELLED_DATE = re.compile(
    rf"(?i)\btanggal\s+({SPELLED})\s+(?:bulan\s+)?([A-Za-z]{{3,9}})\s+(?:tahun\s+)?({SPELLED})\b"
)
# An address, its parts spaced by OCR on one line ("nama @ gmail . com"), never across lines.
# A space after a dot only before a lower-case part: "… gmail.com. Terima kasih" ends at "com".
EMAIL_TOKEN = re.compile(r"[\w%+-]+(?:\. ?[\w%+-]+)* ?@ ?[\w-]+(?: ?\.(?: (?=[a-z]))?[\w-]+)+")
# A dot glued between two words ("akan.saya", "PROVINSI.SUMATERA") is a speck, not a full stop;
# in a web or mail address it is not.
# (not an address's "KEL.TALANG", "KEC.ILIR" typed in capitals)
GLUED_DOT = re.compile(
    r"(?<=[A-Za-z][a-z]{2})\.(?=[a-z]{3})"
    r"|(?<=[A-Z]{3})(?<!\bKEL)(?<!\bKEC)(?<!\bKAB)(?<!\bJLN)(?<!\bDSN)\.(?=[A-Z]{3})"
)
WEB_ADDRESS = re.compile(rf"@|/|www|\.(?:{DOMAIN_ENDINGS}|go|ac|co|or|sch|info|biz)\b", re.I)


def despeck(text: str) -> str:
    """``text`` with the dots OCR glued between words turned to spaces; the length stays, so
    offsets into the text still hold."""

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        before_at = text.startswith("@", match.end()) or text.startswith(" @", match.end())
        return token if before_at or WEB_ADDRESS.search(token) else GLUED_DOT.sub(" ", token)

    return re.sub(r"\S+", word, text)


# The English gloss a bilingual form sets after an Indonesian label ("Nama / Name", "Perihal /
# Subject :", "Informasi yang dimohon / Information requested:").
ENGLISH_GLOSS = re.compile(
    r"(?im)^([ \t]*[A-Za-z][^\n/:]{1,40}?)"
    r"([ \t]*/[ \t]*(?:full\s+name|name|id(?:entity)?(?:\s+card)?\s+number|occupation|position"
    r"|(?:home\s+|mailing\s+)?address|(?:tele)?phone(?:\s+number)?|mobile|e-?mail"
    r"|ref(?:erence)?\.?(?:\s*no\.?)?|attachments?|subject|(?:information\s+)?requested"
    r"(?:\s+information)?|purpose(?:\s+of\s+use)?|date|place\s+and\s+date|signature)\b\.?)"
    r"(?=[ \t]*:|[ \t]+\S|[ \t]*$)"
)


# A label given in English first, its Indonesian after a slash, as a foreign writer sets them
# ("Name / Nama :", "Local address / Alamat di Indonesia :"): the English part and its slash.
ENGLISH_FIRST = re.compile(
    r"(?im)^[ \t]*(?:(?:full\s+)?name|nationality|passport\s+no\.?|occupation|position|institution"
    r"|(?:local\s+|home\s+|mailing\s+)?address|(?:tele)?phone(?:\s+number)?|mobile|e-?mail"
    r"|(?:the\s+)?(?:information\s+re[qg]uested|re[qg]uested\s+information)|purpose(?:\s+of\s+use)?"
    r"|subject|re|date|research\s+permit|to)[ \t]*/[ \t]*(?=[A-Z])"
)


def without_glosses(text: str) -> str:
    """``text`` with the English glosses of its labels blanked out, so that a bilingual form's
    rows read as its Indonesian labels; the length stays, so offsets into the text still hold.
    A gloss is capitalised: "data pemilih / date" is no label's."""

    def blanked(found: re.Match[str]) -> str:
        gloss = found.group(2)
        if not gloss.lstrip(" \t/")[:1].isupper():
            return found.group(0)
        return found.group(1) + " " * len(gloss)

    return ENGLISH_FIRST.sub(
        lambda found: " " * len(found.group(0)), ENGLISH_GLOSS.sub(blanked, text)
    )


# An online form's mark of a question that must be answered ("Nama Lengkap *"), printed
# after the question above its answer.
# (and a form's footnote marks after a label: "No. Pendaftaran *) :", "Cara Memperoleh **)")
REQUIRED_MARK = re.compile(
    r"(?m)(?<=[A-Za-z)])[ \t]*\*[ \t]*$|(?<=[A-Za-z.])[ \t]*(?:\*{1,3}|[\"”])\)(?=[ \t]*(?::|$))"
)


def without_required_marks(text: str) -> str:
    """``text`` with the asterisks that mark a form's required questions blanked out, so that
    "Nama Lengkap *" over its answer reads as the label it is; the length stays."""
    return REQUIRED_MARK.sub(lambda found: " " * len(found.group(0)), text)


@dataclass(frozen=True)
class Nik:
    """A NIK as read: ``value`` is the 16 digits when valid, else the text as written."""

    value: str
    valid: bool
    raw: str
    province: str | None = None
    regency: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    problem: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}


NIK_LENGTH = 16


def _nik_problem(digits: str) -> str | None:
    if not re.fullmatch(r"\d{16}", digits):
        return "not 16 digits"
    if digits[:2] not in PROVINCES:
        return "unknown province code"
    regency = int(digits[2:4])
    if not (1 <= regency <= 40 or 71 <= regency <= 79):
        return "unknown regency code"
    if digits[:2] == "16" and digits[:4] not in SUMSEL_REGENCIES:
        return "unknown regency code"
    if _birth_date(digits) is None:
        return "impossible birth date"
    if digits[12:] == "0000":
        return "serial 0000"
    return None


def _birth_date(digits: str) -> date | None:
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    day = day - 40 if day > 40 else day
    century = 2000 if 2000 + year <= date.today().year else 1900
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def _without_box_rule(written: str, repaired: str) -> list[str]:
    """``repaired`` without a first or last "1" that is a box's rule: one written as a sign
    ("|", "]", "l") or set apart by a space. A seventeenth digit typed as "1" stays, since
    which of the seventeen is the slip cannot be known."""
    lead = repaired[:1] == "1" and (written[0] != "1" or written[1:2].isspace())
    trail = repaired[-1:] == "1" and (written[-1] != "1" or written[-2:-1].isspace())
    cuts = [repaired[1:]] * lead + [repaired[:-1]] * trail + [repaired[1:-1]] * (lead and trail)
    return [cut for cut in cuts if len(cut) == NIK_LENGTH]


def parse_nik(raw: str) -> Nik:
    """The NIK in ``raw``, valid as written or with OCR's letters for digits mended, or within
    a box's rule read as a "1" before or after its sixteen digits; else kept as written."""
    run = NIK_RUN.search(raw)
    written = (run.group() if run else raw).strip()
    compact = re.sub(r"[\s.\-]", "", written)
    repaired = compact.translate(NIK_OCR_FIXES)
    for candidate in (compact, repaired, *_without_box_rule(written, repaired)):
        if _nik_problem(candidate) is None:
            born = _birth_date(candidate)
            return Nik(
                value=candidate,
                valid=True,
                raw=raw,
                province=PROVINCES[candidate[:2]],
                regency=SUMSEL_REGENCIES.get(candidate[:4]),
                birth_date=born.isoformat() if born else None,
                sex="P" if int(candidate[6:8]) > 40 else "L",
            )
    return Nik(value=raw.strip(), valid=False, raw=raw, problem=_nik_problem(repaired))


PHONE_OCR_FIXES = str.maketrans("OoDIl|SsB", "001111558")
# A letter OCR may have read for a digit: beside a digit, never beside another letter.
_DIGIT_LIKE = r"(?<![A-Za-z])(?:(?<=\d)[OoDIl|SsB]|[OoDIl|SsB](?=\d))(?![A-Za-z])"
PHONE_STARTS = ("0", "+", "62", "8")  # trunk prefix, country code, or a mobile without its 0
PHONE_SHAPE = re.compile(
    rf"(?<![A-Za-z\d])\+?(?:\d|{_DIGIT_LIKE})(?:[\d\s.()-]|{_DIGIT_LIKE})*(?:\d|{_DIGIT_LIKE})"
)


INDONESIA = 62


def normalise_phone(raw: str) -> str | None:
    """E.164 (+62…) for an Indonesian or international number, else None.

    Letters OCR reads for digits (O, l, I, S, B …) are mended only beside a digit and never
    beside another letter (so 'SMS' or a name after the number stays a word), inside a token
    that is mostly digits already, and such a repaired number must be valid, not just possible.
    """
    raw = re.sub(r"(?<=\d):(?=\d)", "", raw)  # "0812.6596:5124": a dot OCR read as a colon
    raw = re.sub(r"(?<![A-Za-z])t(?=62[\s.-]?8)", "+", raw)  # "t6281…": a plus read as a "t"
    for token in PHONE_SHAPE.findall(raw):
        digits = sum(char.isdigit() for char in token)
        confusions = sum(not char.isdigit() for char in re.sub(r"[\s.()+-]", "", token))
        # (the trunk prefix some write after the country code goes: "+62 (0)822 …")
        dialled = re.sub(r"[^\d+]", "", token.replace("(0)", "").translate(PHONE_OCR_FIXES))
        if not dialled.startswith(PHONE_STARTS):
            number = _after_speck(dialled)
            if number:
                return number
            continue
        if confusions == 0:
            number = _e164(dialled, valid=False)
        elif digits >= 6 and confusions <= digits // 3:
            number = _e164(dialled, valid=True)
        else:
            continue
        if number:
            return number
    return None


def _after_speck(dialled: str) -> str | None:
    """'1089553429721', '1462878…', '462812…', '1162853…': a colon or a plus OCR read as '1',
    '14', '4' or '11' before a mobile number; no Indonesian number starts with 1 or 4, so the
    rest is taken when it is valid."""
    for cut in (1, 2):
        rest = dialled[cut:]
        if dialled[:cut] in ("1", "14", "4", "11") and rest.startswith(("08", "628")):
            number = _e164(rest, valid=True)
            if number:
                return number
    return None


def _e164(cleaned: str, valid: bool) -> str | None:
    if cleaned.startswith("62"):
        cleaned = "+" + cleaned
    try:
        number = phonenumbers.parse(cleaned, "ID")
    except phonenumbers.NumberParseException:
        return None
    ok = phonenumbers.is_valid_number if valid else phonenumbers.is_possible_number
    # No Indonesian area code or mobile prefix begins with 1 ("013-899 9676" is a misread).
    unassigned = number.country_code == INDONESIA and str(number.national_number).startswith("1")
    if not ok(number) or unassigned:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def on_domains(address: str, domains: Sequence[str]) -> bool:
    """Whether an address (spaces OCR put in it allowed) is on one of ``domains`` or under it."""
    domain = re.sub(r"\s", "", address).rpartition("@")[2].lower().rstrip(".")
    return any(domain == own or domain.endswith("." + own) for own in domains)


def normalise_email(raw: str) -> str | None:
    """A valid address in lower case, else None. OCR's readings of '@' (©, (at), an 'e' before a
    common mail domain: 'budiegmail.com'), of an underscore (a space, when the value is nothing
    but the address: 'putri firmansyah@yahoo.com') and of a dot (',' ':' ';' between letters,
    with no space: 'arif:lestari@…', 'gmail:com') are mended, and a domain that becomes one of
    the common mail domains by undoing one confusion
    (gmai1.com, grnail.com) is mended to it."""
    text = re.sub(r"\s*(?:@|©|\((?:at|@)\)|\[(?:at|@)\])\s*", "@", raw.strip())
    text = LOST_AT.sub("@", text) if "@" not in text else text
    text = SPACED_LOCAL.sub(_joined_local, text)
    text = re.sub(r"(?<=@)[\w.,:;-]+", _domain_dots, text)
    text = re.sub(r"([A-Za-z][\w%+-]*)[,:;]([A-Za-z][\w.%+-]*@)", _name_dots, text)
    # A space after a dot in the domain only before a small letter: ". Terima kasih" ends it.
    token = re.search(r"[\w%+-]+(?:\s?\.\s?[\w%+-]+)*@[\w-]+(?:\s?\.(?:\s(?=[a-z]))?[\w-]+)+", text)
    text = (token.group(0) if token else text).strip().lower().rstrip(".,;)-")
    text = re.sub(r"\s*\.\s*", ".", text).replace(" ", "")
    local, _, domain = text.partition("@")
    domain = _known_domain(domain)
    if domain in DOTS_ONLY:  # no underscore in such an address: it was a dot, or a lost one
        local = local.replace("_", ".")
    text = f"{local}@{domain}" if domain else text
    return text if EMAIL.fullmatch(text) else None


def _joined_local(match: re.Match[str]) -> str:
    """The two words of a local part OCR split, joined by the underscore it lost; a name before
    the address ("Rina rina.w@…") is left for the address to be read after it."""
    first, second = match.group(1), match.group(2)
    if second.startswith(first.lower()) or (second[0] == "I" and not first.islower()):
        return match.group(0)
    if second.isdigit() and first[-1].isdigit():  # "firmansyah9 1@": a gap inside a number
        return f"{first}{second}@"
    return f"{first}_l{second[1:]}@" if second[0] == "I" else f"{first}_{second}@"


def _domain_dots(match: re.Match[str]) -> str:
    """'gmail:com' / 'yahoo,co.id' → dots, only before a domain ending that closes the address:
    in 'budi@gmail.com,Telp' the comma ends the address."""
    return DOMAIN_DOT.sub(".", match.group(0))


def _name_dots(match: re.Match[str]) -> str:
    """'arif:lestari@' → 'arif.lestari@', but 'Email:budi@' keeps its label apart."""
    head, tail = match.group(1), match.group(2)
    return f"{head} {tail}" if head.lower() in EMAIL_LABELS else f"{head}.{tail}"


def _known_domain(domain: str) -> str:
    if domain in MAIL_DOMAINS:
        return domain
    for wrong, right in DOMAIN_OCR_FIXES:
        mended = domain.replace(wrong, right)
        if mended != domain and mended in MAIL_DOMAINS:
            return mended
    edits = next(most for longest, most in DOMAIN_EDITS if len(domain) <= longest)
    near = [known for known in MAIL_DOMAINS if Levenshtein.distance(domain, known) <= edits]
    return near[0] if len(near) == 1 else domain


def _month(word: str) -> int | None:
    """A month's number from its name, as written or with a letter OCR got wrong ("Desembet"):
    a long name one letter off is still that month, a short one must be exact."""
    exact = MONTHS.get(word.lower())
    if exact or len(word) < MONTH_FUZZY_LENGTH:
        return exact
    close = process.extractOne(
        word.lower(), MONTHS.keys(), scorer=fuzz.ratio, score_cutoff=MONTH_LIKENESS
    )
    return MONTHS[close[0]] if close else None


def parse_date(text: str, today: date | None = None) -> str | None:
    """The first date in ``text`` as ISO: '3 Februari 2026', '03-02-2026', '3/2/2026', and an
    e-mail client's 'Sep 18, 2025'; a speck OCR read as a dot or comma between its parts
    ('7. Oktober 2026', 'Januari.2026') is passed, so is a month's long name one letter off
    ('15 Desembet 2025'), and a year long past is mended where OCR read a "2" as "1" (see
    ``recent_year``)."""
    today = today or date.today()
    written = [
        (found.start(), _named_date(found, today))
        for found in re.finditer(
            rf"(?<!\w)({DAY}){DATE_GAP}([A-Za-z]{{3,9}}){DATE_GAP}({YEAR})\b", text
        )
    ]
    numeric = re.search(rf"\b(\d{{1,2}})[-/.](\d{{1,2}})[-/.]({YEAR})\b", text)
    if numeric:
        year = recent_year(numeric.group(3), today)
        written.append((numeric.start(), _iso(year, int(numeric.group(2)), int(numeric.group(1)))))
    iso = re.search(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b", text)  # a web form's "2025-08-13"
    if iso:
        written.append((iso.start(), _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))))
    roman = ROMAN_DATE.search(text)
    if roman:
        year = recent_year(roman.group(4), today)
        month = ROMAN_MONTHS[roman.group(3)]
        written.append((roman.start(), _iso(year, month, int(roman.group(1)))))
    month_first = re.search(rf"\b([A-Za-z]{{3,9}})\.?\s+(\d{{1,2}}),\s+({YEAR})\b", text)
    if month_first and month_first.group(1).lower() in MONTHS:
        month = MONTHS[month_first.group(1).lower()]
        year = recent_year(month_first.group(3), today)
        written.append((month_first.start(), _iso(year, month, int(month_first.group(2)))))
    spelled = SPELLED_DATE.search(text)
    if spelled and spelled.group(2).lower() in MONTHS:
        day, year = spelled_number(spelled.group(1)), spelled_number(spelled.group(3))
        written.append((spelled.start(), _iso(year, MONTHS[spelled.group(2).lower()], day)))
    return min(((start, iso) for start, iso in written if iso), default=(0, None))[1]


# "06-X-2025": the month in Roman numerals; never between slashes, where a letter's number
# ends in its Roman month and year ("…/01/X/2025").
ROMAN_MONTH = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
ROMAN_DATE = re.compile(rf"(?<![\w/])(\d{{1,2}})([-.])({ROMAN_MONTH})\2({YEAR})\b")


def _named_date(found: re.Match[str], today: date) -> str | None:
    month = _month(found.group(2))
    if month is None:
        return None
    day = 1 if found.group(1) in "|Il" else int(found.group(1))
    return _iso(recent_year(found.group(3), today), month, day)


def recent_year(written: str, today: date) -> int | None:
    """The year of a letter read on ``today``: as written, unless it is more than
    ``LETTER_AGE_YEARS`` past and mending the fewest of OCR's misreadings of a hand-written year
    makes it recent ("2016", "1026", "1016", "2926" and "2°26" are 2026 read in 2026; "2021"
    stays, and so does "2011", which would be 2021). A year before 1900 or after the next that
    does not mend is no year ("2976")."""
    written = written.translate(ZERO_LOOKALIKES)
    year = int(written)
    recent = range(today.year - LETTER_AGE_YEARS, today.year + 1)
    if year in recent:
        return year
    misread = [(place, meant) for place, read, meant in YEAR_MISREADINGS if written[place] == read]
    for count in range(1, len(misread) + 1):
        for mends in itertools.combinations(misread, count):
            digits = list(written)
            for place, meant in mends:
                digits[place] = meant
            if int("".join(digits)) in recent:
                return int("".join(digits))
    return year if OLDEST_YEAR <= year <= today.year + 1 else None


def spelled_number(words: str) -> int:
    """A number written in Indonesian words: "dua puluh tiga" 23, "tiga belas" 13, "dua ribu
    dua puluh enam" 2026."""
    thousands, hundreds, digit = 0, 0, 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in DIGIT_WORDS:
            digit = DIGIT_WORDS[word]
        elif word in WHOLE_WORDS:
            hundreds += WHOLE_WORDS[word]
        elif word == "belas":
            hundreds, digit = hundreds + digit + 10, 0
        elif word in SCALE_WORDS:
            hundreds, digit = hundreds + digit * SCALE_WORDS[word], 0
        else:  # "ribu", "seribu"
            thousands += (hundreds + digit) * 1000 if word == "ribu" else 1000
            hundreds, digit = 0, 0
    return thousands + hundreds + digit


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_from_roman(number: str) -> int | None:
    """The month a letter number carries as a Roman numeral (…/PPID/KPU-SS/III/2026)."""
    found = re.search(r"/(X{0,1}I{1,3}|IV|VI{0,3}|IX|XI{0,2})/(?:19|20)\d{2}\b", number)
    return ROMAN_MONTHS.get(found.group(1)) if found else None


# An 'l' after a capital and before no small letter is OCR's for I: "B-139/Kl-Sumsel/12/2025"
# (a code is in capitals; "Sumsel" keeps its l).
CAPITAL_I_AS_L = re.compile(r"(?<=[A-Z])l(?![a-z])")


# A 1 that ends a word of letters in a code is OCR's I or l: "020/KI-SS/PS1/05/2026",
# "405/KIP-SS/Pg1/2026", "086/KI.Sumse1/06/2026" (codes join their digits with a dot: "PP.01",
# which OCR may read "PPO1"); so is a capital I after a small letter ("Pgl" read "PgI").
ONE_ENDING_A_WORD = re.compile(
    r"(?<=[A-Za-z]{2})(?<!O)1(?=[/.\-]|$)|(?<=[A-Za-z][a-z])I(?=[/.\-]|$)"
    r"|(?<=/K)1(?=/)"  # a court's case against the Komisi Informasi: "27/G/K1/2026/PTUN.PLG"
)


def _letter_for_one(match: re.Match[str]) -> str:
    return "l" if match.string[match.start() - 1].islower() else "I"


# An O between a code's dot or digit and a digit is OCR's 0: "197/PP.O1-ND/16/2025".
ZERO_AS_O = re.compile(r"(?<=[.\d])O(?=\d)")
# …and a 0 read for the O that begins a code's word: "STR/339/I/0PS.1.4./2026".
# (and the O ending a delivery note's or an invoice's prefix: "D0-2025-5507")
O_AS_ZERO = re.compile(r"(?<=/)0(?=[A-Z]{2,}\b)|(?<=^[A-Z])0(?=-(?:19|20)\d{2}-)")


def normalise_number(raw: str, roman_month: bool = False, month: int | None = None) -> str:
    """A letter or register number as written, with OCR's usual slips mended: stray punctuation
    before it, spaces around its slashes, a colon for a dot, an 'l' for I in a code, a Roman
    month read partly as 1, l, ! or T (…/1X/2026 → …/IX/2026; a T only where it then names
    ``month``). An all-digit
    month (…/11/2026) is mended only with ``roman_month`` (the registers always write Roman
    months) or when it then names ``month``, the month of the letter's own date, and could not
    be that month written in digits: '11' in November stays, and may as well be a unit code. A
    lone '1' in January is taken for I, since a month in digits is written with two ('01')."""
    number = re.sub(r"\s*/\s*", "/", raw.strip().lstrip(".,:;'`-_ ")).replace(":", ".")
    number = re.sub(r"\s+\.(?=\d)", ".", number)
    number = CAPITAL_I_AS_L.sub("I", number)
    number = O_AS_ZERO.sub("O", ZERO_AS_O.sub("0", number))
    number = ONE_ENDING_A_WORD.sub(_letter_for_one, number)
    if roman_month:
        number = _register_slips(number)

    def roman(match: re.Match[str]) -> str:
        written = match.group(1).replace(" ", "")  # "…/V 1/2026": a gap OCR put inside
        mended = written.translate(str.maketrans("1l|!TL", "IIIIII"))  # "VIL": VII
        agrees = written.isdigit() and ROMAN_MONTHS.get(mended) == month
        agrees = agrees and (written == "1" or month != int(written))
        if written.isdigit() and not (roman_month or agrees):
            return match.group(0)
        if "T" in written and ROMAN_MONTHS.get(mended) != month:
            return match.group(0)  # "TV" may be a unit's code; "TII" in March is III
        if month and not written.isdigit() and mended not in ROMAN_MONTHS:
            # "…/IIV/2026" is no month: the one the letter is dated in, as letters are numbered
            # in the month they are signed (a valid one stays: the date may be the misread one)
            return f"/{ROMAN_MONTH_NAMES[month - 1]}/"
        return f"/{mended}/" if mended in ROMAN_MONTHS else match.group(0)

    return re.sub(r"/([1lIVXT|!](?: ?[1lIVXT|!L]){0,3})/(?=(?:19|20)\d{2}(?!\S))", roman, number)


def _leading_roman_month(match: re.Match[str]) -> str:
    """A commission's register writes its Roman month second ("39/IX/KI-SS-PS/2025"): 'TX' or
    'l1I' there is that month, a month in digits is left as it is."""
    written = match.group(2)
    mended = written.translate(str.maketrans("1l|T", "IIII"))
    if written.isdigit() or mended not in ROMAN_MONTHS:
        return match.group(0)
    return f"{match.group(1)}/{mended}/"


def _register_slips(number: str) -> str:
    """A register number's own OCR slips: '//' for '/', '@', '°' or 'O' for its leading 0, a
    space after a hyphen ('KPU- SS'), 'TI' or 'LI' for the U of 'KPU' and '5' for an S of
    'SS', 'T' for I in its Roman month (before the year, or second in a commission's register),
    a '7' for the slash before the year ('II72025')."""
    number = re.sub(r"/{2,}", "/", re.sub(r"^(?:[@°]|O(?=\d))", "0", number.lstrip("|")))
    number = re.sub(r"-\s+", "-", number)
    number = re.sub(r"\bKP(?:TI|LI|IJ|Ll|lI|Il)(?=[-.])", "KPU", number)
    number = re.sub(r"(?<=KPU[-.])(?:S5|5S|55)\b", "SS", number)
    number = re.sub(r"/([IVXT1l|]{1,4})7((?:19|20)\d{2})$", r"/\1/\2", number)
    number = re.sub(r"^(\d{1,4})/([IVXT1l|]{1,4})/(?=[A-Z])", _leading_roman_month, number)
    return re.sub(
        r"/([IVXT1l|]{1,4})/(?=(?:19|20)\d{2}$)",
        lambda m: f"/{m.group(1).replace('T', 'I')}/",
        number,
    )


OCR_CONFUSIONS = {"1": "Il", "l": "I1", "I": "l1", "|": "I1", "0": "O", "O": "0", "5": "S",
                  "S": "5", "8": "B", "B": "8"}  # fmt: skip


def snap_to_format(value: str, formats: Sequence[re.Pattern[str]]) -> str:
    """A number that should be in one of the office's own formats (a registration number it
    gave), mended by one OCR slip — an extra character or a confused one — when exactly one
    mending fits a format, or by the spaces OCR put inside its code ("K PU- SS"); else as read."""
    if not formats or any(pattern.fullmatch(value) for pattern in formats):
        return value
    unspaced = re.sub(r"\s+", "", value)
    if any(pattern.fullmatch(unspaced) for pattern in formats):
        return unspaced
    candidates = {value[:i] + value[i + 1 :] for i in range(len(value))}
    candidates |= {
        value[:i] + other + value[i + 1 :]
        for i, char in enumerate(value)
        for other in OCR_CONFUSIONS.get(char, "")
    }
    fitting = {c for c in candidates if any(pattern.fullmatch(c) for pattern in formats)}
    return fitting.pop() if len(fitting) == 1 else value


# A degree or abbreviation in a firm's name keeps its last dot: "RUSDI TAMBUNAN, S.H., M.H. &
# REKAN".
# A notary's "H." or "Dr." before the name their office bears keeps its dot as well.
ABBREVIATED = re.compile(
    r"(?:[A-Za-z]{1,3}\.){2,},?|(?:PT|CV|UD)\.|(?:H|Hj|HJ|Dr|DR|Ir|IR|Drs|DRS|Prof|PROF)\."
)  # "H.M.", "CV. SINAR …"


# The words bodies name themselves with in their letterheads, which a logo beside them may cut
# ("UNI VERSITAS", "VERSITAS", "ORUM") or OCR misread by a letter ("DAFRAH").
ORG_WORDS = (
    "UNIVERSITAS", "FAKULTAS", "SEKOLAH", "INSTITUT", "POLITEKNIK", "FORUM", "LEMBAGA",
    "YAYASAN", "PERKUMPULAN", "PERHIMPUNAN", "ASOSIASI", "IKATAN", "JARINGAN", "ALIANSI",
    "PENGADILAN", "KEJAKSAAN", "KEPOLISIAN", "PEMERINTAH", "PROVINSI", "KABUPATEN", "KECAMATAN",
    "DAERAH", "SEKRETARIAT", "KOMISI", "PEMILIHAN", "DEWAN", "PIMPINAN", "WILAYAH", "PARTAI",
    "KOMUNIKASI", "INFORMATIKA", "DIREKTORAT", "SUMATERA", "SELATAN", "PALEMBANG", "KEMENTERIAN",
    "HIMPUNAN",  # a word of its own ("HIMPUNAN MAHASISWA …"), no PERHIMPUNAN a logo cut
)  # fmt: skip
# A logo covers at most the first few letters of the name's first word beside it.
LOGO_COVERS = 3
MISREAD_SHORTEST = 6


def _org_word(word: str, first: bool) -> str:
    """A letterhead's word as the body spells it: the first word with its start a logo covered,
    or any word of six letters or more with one letter misread."""
    if word in ORG_WORDS or not word.isalpha() or not word.isupper():
        return word
    for known in ORG_WORDS:
        cut = first and known.endswith(word) and len(known) - len(word) <= LOGO_COVERS
        misread = len(word) >= MISREAD_SHORTEST and len(known) == len(word)
        if cut or (misread and Levenshtein.distance(word, known) == 1):
            return known
    return word


def _org_words(words: list[str]) -> list[str]:
    """The words with the one a gap cut in two joined ("UNI VERSITAS") and each mended."""
    joined: list[str] = []
    for word in words:
        if joined and f"{joined[-1]}{word}" in ORG_WORDS:
            joined[-1] = f"{joined[-1]}{word}"
        else:
            joined.append(word)
    return [_org_word(word, index == 0) for index, word in enumerate(joined)]


# What a logo or an emblem beside a letterhead's name reads as: a word of a letter or two before
# or after it ("CG KOMITE AKSI … OC", "… PALEMBANG BY"), unless the name begins or ends so.
SHORT_ORG_HEADS = {"PT", "CV", "UD", "RS", "SD", "TK", "MI", "MA", "KI", "BP", "PD"}
SHORT_ORG_TAILS = {"RI", "NU", "TV", "FM", "II", "IV", "VI", "IX", "XI"}
SHORT_WORD = 2


BRANCH_AFTER_COMPANY = re.compile(r"(\((?i:persero)\)|\b(?i:tbk)\.?)\s+KANTOR\b.*$")


def clean_org(raw: str) -> str:
    """An upper-case letterhead without the stray dots, dashes and bars OCR leaves between and
    after its words ("Palembang Pos |") or a logo's reading beside it, its usual words as the
    body spells them."""
    # (a hyphen joining a short prefix stays: "AL-IKHLAS"; OCR's dash for a space goes:
    # "KOMISI-PEMILIHAN")
    pieces = re.split(r"\s+|(?<!\w)-+|-+(?!\w)|(?<=\w{4})-+(?=\w{4})", raw)
    words = [word.lstrip(".,:;-|_") for word in pieces if word.strip(".,:;-|_")]
    kept = [
        word
        if ABBREVIATED.fullmatch(word) or _before_numeral(words, index)
        else word.rstrip(".:;-|_")
        for index, word in enumerate(words)
    ]
    # (not a word OCR split apart: "FO M INDONESIA …", "KA BAR M U &")
    if len(kept) > 2 and _logo_word(kept[-1], SHORT_ORG_TAILS) and len(kept[-2]) > SHORT_WORD:
        kept = kept[:-1]
    if len(kept) > 2 and _logo_word(kept[0], SHORT_ORG_HEADS) and len(kept[1]) > SHORT_WORD:
        kept = kept[1:]
    # a state or listed company's branch under its name: "PT POS INDONESIA (PERSERO)" over
    # "KANTOR CABANG PALEMBANG", the company writes
    return BRANCH_AFTER_COMPANY.sub(r"\1", " ".join(_org_words(kept)).rstrip(","))


def _before_numeral(words: list[str], index: int) -> bool:
    """A letter whose dot stays before the numeral of a place's name: "KELURAHAN 26 ILIR D. I"."""
    following = words[index + 1 : index + 2]
    return re.fullmatch(r"[A-Z]\.", words[index]) is not None and following in (["I"], ["II"])


def _logo_word(word: str, names_use: set[str]) -> bool:
    return len(word) <= SHORT_WORD and word.isalpha() and word.upper() not in names_use


# An academic degree whose last dot OCR or the line's end took away: "S.H", "M.Si", "S.Ag".
# "S.Kep., Ns" too.
DEGREE_AT_END = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,3}\.,?\s?)+[A-Z][A-Za-z]{0,3}$")
# A Balinese name's "I" before its birth-order name, which OCR reads as a bar ("| Gede Arsana",
# "Ir. | Gusti …") or glues to it ("IKomang").
BALINESE_I = re.compile(
    r"(?:^|(?<=^Ir\. )|(?<=^Dr\. )|(?<=^Drs\. )|(?<=^H\. ))(?:[|!l1]\s+|I(?=[A-Z][a-z]))"
    r"(?=(?:Gede|Made|Nyoman|Ketut|Wayan|Komang|Putu|Kadek|Nengah|Gusti)\b)"
)


# A table's column rule or a received stamp's edge after a name ("Dedy Lubis | jak, PROV."),
# a speck standing alone ("Mgs. Irfan Wijaya _ A", "Indah Permana a pROV. SUMSEL"), an
# agenda stamp's number beside it, or the label of a form's second column whose colon OCR lost
# ("Nama : Lukman Alatas Alamat Jl. …"): no name has a bar, a lone small letter or these in it.
COLUMN_RULE = re.compile(
    r"\s(?:[|_:]|[a-z])(?:\s|$)|\s+No\.\s*Agenda\b|\s+(?:Alamat|NIK|Pekerjaan|Umur|Usia)\b"
)


# A name's words are capitalised but for its particles ("Muhammad bin Abdullah", "van der
# Berg"): a word in lower case before it, a short one after it, or a capital and a small letter,
# is OCR's reading of a stamp or a speck beside it ("Hasnah tee’", "susi Mardiana Koto",
# "Aulia Rahma Ma").
# Titles before a name, whose dots OCR lost ("Ir Jefri …", "Dr RA Melati …").
UNDOTTED_TITLES = re.compile(r"(?<![\w.])(Ir|Dr|Drs|Dra|drg|Hj|Prof|RA|RM)(?= [A-Z])")
TITLE_DOTS = {"RA": "R.A.", "RM": "R.M."}
NAME_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di", "la"}
# (a teacher's score circled beside a pupil's name: "Joko Susilo 80")
NAME_SPECK = re.compile(r"[a-z]{1,4}[’'`]?|[A-Z][a-z]|\d{1,3}")


def _without_specks(name: str) -> str:
    words = name.split(" ")
    while len(words) > 1 and NAME_SPECK.fullmatch(words[-1]) and words[-1] not in NAME_PARTICLES:
        words.pop()
    if len(words) > 2 and re.fullmatch(r"[a-z]+", words[0]) and words[0] not in NAME_PARTICLES:
        words.pop(0)
    return " ".join(words)


# What a hearing's or a decision's table sets beside a party's name: its role before it in
# capitals ("PEMOHON H. Akbar …"), its attendance after it ("Dian Basri Hadir").
PARTY_ROLE = re.compile(
    r"^(?:PEMOHON|TERMOHON)(?:\s+(?:INFORMASI|KEBERATAN|SENGKETA))?\s+(?=\S)|\s+(?:Tidak\s+)?Hadir$"
)


# The comma before a degree as OCR reads it, a dot: "Yulia Nur Permata. S.Sos.. M.M".
DOT_FOR_COMMA = re.compile(
    r"(?<=\w)(\.\.?)(?=\s+[A-Z][a-z]{0,3}\.[A-Z][A-Za-z]{0,3}\.?(?:[.,\s]|$))"
)


def _degree_comma(dots: re.Match[str]) -> str:
    """A name's word ends at its comma; a degree ("S.Sos.") keeps its dot before it."""
    word = re.search(r"\S+$", dots.string[: dots.start()])
    degree = word is not None and "." in word.group()
    return ".," if degree or len(dots.group(1)) == 2 else ","


def clean_name(raw: str) -> str:
    """A person's name without courtesy titles or OCR's colon between its words; academic
    degrees stay as written. A name written in capitals (a letterhead's, a form's in block
    letters) is written as names are."""
    name = BALINESE_I.sub("I ", re.sub(r"\s+", " ", raw).strip())
    name = DOT_FOR_COMMA.sub(_degree_comma, name)
    name = COLUMN_RULE.split(name, maxsplit=1)[0].strip(' ,.:;()~|_*"“”-–—')
    name = HONORIFICS.sub("", PARTY_ROLE.sub("", name))
    name = UNDOTTED_TITLES.sub(lambda title: TITLE_DOTS.get(title[1], f"{title[1]}."), name)
    person, comma, degrees = name.partition(",")
    # ", S.I.Kom. engcyoiney": a speck; ", S.Sos. Parat": a received stamp's "Paraf" beside it
    degrees = re.sub(r"(?:\s+[a-z]\S*)+$|\s+(?:Para[ft]|Tgl|Tal)\b.*$", "", degrees)
    name = _without_specks(person) + comma + degrees
    name = re.sub(r"(?<=[a-z]):(?= [A-Z])", "", name)  # a speck OCR read between two names
    person, comma, degrees = name.partition(",")
    if person.isupper() and len(person) > 3:
        name = person.title() + comma + degrees
    if DEGREE_AT_END.search(name) or re.search(r",\s*Lc$", name):  # (a Lc. from Al-Azhar too)
        name += "."
    if re.search(r"\s\([A-Z][a-z]{2,5}$", name):  # a degree's field in brackets: "S.Si. (Teol.)"
        name += ".)"
    # a dotted degree's last dot lost before the next: "S.IP, M.Pd." → "S.IP., M.Pd."
    return re.sub(r"(?<=,\s)([A-Z][a-z]?\.[A-Za-z]{1,4})(?=,\s)", r"\1.", name)


# Where a sentence goes on after the address it gave: "…, Palembang, terhadap PPID …",
# "… Kayuagung, pekerjaan Mahasiswa", "… Kota Palembang selanjutnya disebut …"; a letterhead's
# "… Palembang 30152 - Telp. (0711) 618 314".
ADDRESS_TAIL = re.compile(
    r"\s*,?\s+(?:terhadap|bermaksud|mengajukan|[Ss]elanjutnya|[Pp]ekerjaan|dapat\s+dihubungi"
    r"|(?:dan\s+)?(?:sehari-hari\s+)?bekerja|sebagai|selaku|dengan\s+ini|dalam\s+perkara|untuk)\b.*$"
    r"|\s*\((?:semula|selaku|sebagai)\b.*$"
    r"|\s*[-–|,]?\s+(?:(?:No|[Nn]omor)\.?\s*)?(?:Telp|[Tt]elepon|Tel|HP|Fax|Faks|E-?mail|Surel)\b\.?.*$"
    r"|\s+[\w.-]+@[\w-]+\.\S+.*$"  # the e-mail address on the address's line
    r"|\s+(?:NPSN|NSS|NPWP)\b.*$"  # a school's or a body's registration number after it
    r"|\.?\s*\[\d{1,2}:\d{2}\].*$"  # a transcript's next time mark: "… Prabumulih. [00:17]"
    # a form's second column beside the address: "… 32265   Tujuan penggunaan informasi:"
    r"|\s+(?:Tujuan\s+penggunaan|Rincian\s+informasi|Informasi\s+yang\s+(?:dibutuhkan|diminta|dimohon))"
    r"\b.*$"
)
# "RT.17/RW.12", "RT.32 RW.02" written so on purpose; a colon or a lone dot on one is OCR's.
DOTTED_RT_RW = re.compile(r"\bRT\.\d{1,3}\s?[/,]?\s?RW\.\d")


# The words a place's Roman numeral follows: "Dusun II", "Ilir Barat II".
NUMBERED_PLACE = r"(?i:dusun|barat|timur|utara|selatan|ulu|ilir)"
# A subdistrict's or a village's quarter numbered one, its numeral read as the digit.
QUARTER_ONE = re.compile(
    r"(\b(?:Kec|Kel|Kecamatan|Kelurahan)\.?\s*(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Barat|Timur|Utara|Selatan|Ulu|Ilir)) 1(?=,|\s|$)"
)
# The parts of an address written short, whose dot ends it when the rest was cut off.
ABBREVIATION_AT_END = re.compile(r"\b(?:Jl|Jln|No|Kel|Kec|Kab|Gg|Lr|Ds|Komp|Rt|RT|Rw|RW)\.$")


def clean_address(raw: str) -> str:
    """An address with OCR's slips in its fixed parts mended: 'JI.', 'Ji.', 'J1.', 'JL.', 'jl.',
    'IL.', 'Jl :', 'Sl.', 'Gl.', 'IC.', 'If,', 'It.', 'TI', 'N', 'II', 'Jl', 'IL', 'jt.', 'J 1.'
    for 'Jl.' (and 'Fl.', a hand-written J), a colon or a comma for the dot of 'Kel.', 'Kec.',
    'No.', 'RT.035' and 'RT:035' → 'RT 035' and 'RW-7' → 'RW 7' ('RT. 17' and 'RT.17/RW.12' or
    'RT.32 RW.02' stay as written), 'Kee.' and 'Kec..' for 'Kec.', a speck between two words
    ('Bukit . Lama'), O for 0 in RT/RW/house numbers, '|' and 'Il' for the Roman numerals I and
    II ('Ilir Barat |', 'Pasar Il'), 'IT' for II after a place's word ('Dusun IT') and '1' for
    I after a quarter's ('Ilir Barat 1')."""
    address = re.sub(r"\s+", " ", raw).strip(" ,;")
    if re.search(r"(?m)^[ \t]*\||\|\s+\|", raw):  # a table's rules at its lines' ends, no numeral I
        address = address.rstrip(" |")
    address = ADDRESS_TAIL.sub("", address)
    address = re.sub(r"^\d[.)]\s+(?=J[Ll]\.?\s)", "", address)  # a form's row number before it
    address = re.sub(r"^[JF][Il1|\]i]\s?[.:,](?=\s)", "Jl.", address)
    address = re.sub(r"^(?:[SG]l|I[CcfKkt]|T[Il]|Jl(?=\s)|N|II)[.,]?(?=\s+[A-Z])", "Jl.", address)
    if not address.isupper():  # "JL. MERDEKA NO. 5" is written in capitals, and so kept
        address = re.sub(r"^(?:JL|jl|[Il1|][Ll])\s?[.:,](?=\s)", "Jl.", address)
        address = re.sub(r"^(?:IL|j[tl1]|J\s[1l])[.,]?(?=\s+[A-Z])", "Jl.", address)
        address = re.sub(r"^JL(?=\s+[A-Z][a-z])", "Jl.", address)  # "JL Lintas Timur": its dot lost
    address = re.sub(r"\b(Jl|Jln|Kel|Kec|Kab|No|Gg|Lr|Ds|Komp|Perum)\s?[:;]\s*", r"\1. ", address)
    address = re.sub(r"\b(Kel|Kec|Kab|No)(?:\.[-,.]|,)\s*", r"\1. ", address)
    address = re.sub(r"\bKee[.-]\s*", "Kec. ", address)
    address = re.sub(r"\b(RT|RW)-(?=\d)", r"\1 ", address)
    address = re.sub(r"(?<=[A-Za-z.]) \.(?= [A-Z])", "", address)
    address = re.sub(r"(?<=\bRT \d{3})\.(?= RW\b)", "", address)  # "RT 030. RW 004"
    if not DOTTED_RT_RW.search(address):
        address = re.sub(r"\b(RT|RW)\s?(?::\s?|\.)(?=[\dOo]{2,3}\b)", r"\1 ", address)
    address = re.sub(r"\b(RT|RW|No\.)\s?([\dOo]{1,3})\b", _zeros, address)
    address = re.sub(  # "RT. O1 / RW. 06", "Rt.33 Rw.O1": written with their dots, kept so
        r"(?<=\b(?:RT|RW|Rt|Rw)\.)(\s?)([\dOo]{1,3})\b",
        lambda found: found.group(1) + _digits_for_os(found.group(2)),
        address,
    )
    address = re.sub(  # "RW OI", "RW.0S": an RT or RW is a number, its I's and S's misread
        r"\b((?:RT|RW|Rt|Rw)\.?\s?)([\dOo][\dOoIlS]{1,2}|[\dOoIlS][\dOo])\b",
        _rt_number,
        address,
    )
    address = re.sub(r";\s*(?=(?:Kel|Kec|Kab|Kota|Desa|RT|RW)\b)", ", ", address)
    # a comma read as a full stop before the next part ("RW 05. Kel. Kebun Bunga. Kec. …")
    address = re.sub(
        r"(?<=[a-z0-9])\.(?=\s+(?:Kel|Kec|Kab|Kelurahan|Kecamatan|Kabupaten)\b)", ",", address
    )
    address = re.sub(r"(?<=[A-Za-z] )[Il|]{1,3}(?=,|$| )", _roman_ones, address)
    # a leader's colon, a rule or a blank's underscore OCR read where a wrapped line begins or
    # ends ("Kayuagung\n: 30470", "Kec. Muara Enim, _\nKab. …")
    address = re.sub(r"(?<=[\w.,])\s+(?:(?:[:|]|_+)\s+)+(?=\w)", " ", address)
    address = re.sub(r"\bll(?=[a-z])", "Il", address)  # "llir Timur": no word begins "ll"
    address = re.sub(rf"\b({NUMBERED_PLACE}) IT\b", r"\1 II", address)  # a dot-matrix "II"
    address = re.sub(QUARTER_ONE, r"\1 I", address)  # "Kec. Ilir Barat 1"
    address = address.rstrip(" ,;:|-")
    # the full stop of the sentence the address was written in ("…, Kab. Musi Rawas.")
    return address if ABBREVIATION_AT_END.search(address) else address.removesuffix(".")


RT_MISREAD = str.maketrans("OoIlS", "00115")


def _rt_number(match: re.Match[str]) -> str:
    """An RT or RW number with OCR's letters for its digits put back; "OO" alone, which says
    nothing of what it stands for, kept as read."""
    written = match.group(2)
    if written.strip("Oo") == "":
        return match.group(0)
    return match.group(1) + written.translate(RT_MISREAD)


def _zeros(match: re.Match[str]) -> str:
    """O read for 0 in an RT, RW or house number; "RT05" spaced, "No.203" kept as written."""
    digits = match.group(2)
    if not any(char.isdigit() for char in digits):
        return match.group(0)
    space = "" if match.group(1) == "No." and match.group(0)[3] != " " else " "
    return f"{match.group(1)}{space}{_digits_for_os(digits)}"


def _digits_for_os(number: str) -> str:
    """A number with the O's OCR read for its zeros put back, when a digit says it is one."""
    if not any(char.isdigit() for char in number):
        return number
    return number.translate(str.maketrans("Oo", "00"))


def _roman_ones(match: re.Match[str]) -> str:
    """'|', 'Il', 'lI', 'll' standing alone after a word are the numerals I, II, III."""
    written = match.group(0)
    return "I" * len(written) if written != "I" * len(written) else written

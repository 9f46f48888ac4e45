"""Field normalisers and validators: NIK, phone, e-mail, Indonesian dates, names, numbers.

Each takes text as OCR delivers it (with its errors) and returns the normal form, or None when
the text cannot be read as that field. A NIK is repaired (O→0, I/l→1, S→5, B→8) only when the
repaired digits form a valid NIK; an invalid one is kept as written and flagged, never "fixed"
into somebody else's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import phonenumbers

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
ROMAN_MONTHS = {
    r: n
    for n, r in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}
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
NIK_OCR_FIXES = str.maketrans("OoDIl|iSsBZz", "000111155822")
HONORIFICS = re.compile(
    r"^(?:(?:bapak|bpk\.?|ibu|sdr\.?|sdri\.?|saudara|saudari|yth\.?|tuan|nyonya|ny\.|tn\.)\s+)+",
    re.IGNORECASE,
)
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")


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


def parse_nik(raw: str) -> Nik:
    compact = re.sub(r"[\s.\-]", "", raw)
    repaired = compact.translate(NIK_OCR_FIXES)
    for candidate in (compact, repaired):
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


def normalise_phone(raw: str) -> str | None:
    """E.164 (+62…) for an Indonesian or international number, else None."""
    cleaned = raw.translate(str.maketrans("OolI", "0011"))
    cleaned = re.sub(r"[^\d+]", "", cleaned)
    if cleaned.startswith("62"):
        cleaned = "+" + cleaned
    try:
        number = phonenumbers.parse(cleaned, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str | None:
    token = re.search(
        r"[\w%+-]+(?:\s?\.\s?[\w%+-]+)*\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:\s?\.\s?[\w-]+)+", raw
    )
    text = (token.group(0) if token else raw).strip().lower().rstrip(".,;)")
    text = re.sub(r"\s*(@|\(at\)|\[at\])\s*", "@", text)
    text = re.sub(r"\s*\.\s*", ".", text).replace(" ", "")
    return text if EMAIL.fullmatch(text) else None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO: '3 Februari 2026', '03-02-2026', '3/2/2026'."""
    named = re.search(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+((?:19|20)\d{2})\b", text)
    if named and named.group(2).lower() in MONTHS:
        return _iso(int(named.group(3)), MONTHS[named.group(2).lower()], int(named.group(1)))
    numeric = re.search(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b", text)
    if numeric:
        return _iso(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_from_roman(number: str) -> int | None:
    """The month a letter number carries as a Roman numeral (…/PPID/KPU-SS/III/2026)."""
    found = re.search(r"/(X{0,1}I{1,3}|IV|VI{0,3}|IX|XI{0,2})/(?:19|20)\d{2}\b", number)
    return ROMAN_MONTHS.get(found.group(1)) if found else None


def normalise_number(raw: str, roman_month: bool = False) -> str:
    """A letter or register number as written, with OCR's usual slips mended: a colon for a dot,
    and a Roman month read partly as 1 or l (…/1X/2026 → …/IX/2026). With ``roman_month`` (the
    registers always write the month in Roman numerals) an all-digit month is mended too."""
    number = raw.strip().replace(":", ".")

    def roman(match: re.Match[str]) -> str:
        written = match.group(1)
        if written.isdigit() and not roman_month:
            return match.group(0)
        mended = written.translate(str.maketrans("1l|", "III"))
        return f"/{mended}/" if mended in ROMAN_MONTHS else match.group(0)

    return re.sub(r"/([1lIVX|]{1,4})/(?=(?:19|20)\d{2}$)", roman, number)


def clean_org(raw: str) -> str:
    """An upper-case letterhead without the stray dots and dashes OCR leaves between words."""
    words = re.split(r"[\s\-]+", raw)
    return " ".join(word.strip(".,:;-") for word in words if word.strip(".,:;-"))


def clean_name(raw: str) -> str:
    """A person's name without courtesy titles; academic degrees stay as written."""
    name = re.sub(r"\s+", " ", raw).strip(" ,.:;()")
    name = HONORIFICS.sub("", name)
    if name.endswith(("S.H", "S.Pd", "M.Si", "S.E", "M.H", "S.Kom", "M.M")):
        name += "."
    return name

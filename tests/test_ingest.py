"""A scan or a born-digital letter in; an archived, searchable, audited document out."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pdfplumber
import pytest

from archive.pdfa import claims_pdfa
from tests.conftest import Arsip

SCANS = ("png", "upside_down", "sideways", "tiff", "image_pdf", "bitonal")
KEYWORDS = {
    "png": ["PINDAIPNG"],
    "upside_down": ["TERBALIKDUA"],
    "sideways": ["SAMPINGTIGA"],
    "tiff": ["HALAMANSATU", "HALAMANDUA"],
    "image_pdf": ["PDFGAMBAR"],
    "bitonal": ["HITAMPUTIH"],
    "digital": ["DIGITALKOPI"],
}


@pytest.fixture(scope="module")
def ingested(
    letters: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Arsip, dict]:
    """Ingest every fixture letter once into one data dir shared by this module's tests."""
    home = tmp_path_factory.mktemp("home") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARSIP_HOME", str(home))
        patch.setenv("ARSIP_PIPELINE__WORKERS", "2")
        arsip = Arsip(home)
        code, outcomes = arsip.ingest(*letters.values())
    assert code == 0, outcomes
    by_name = {
        name: next(o for o in outcomes if o["file"] == str(path)) for name, path in letters.items()
    }
    return arsip, by_name


@pytest.fixture
def arsip_home(ingested: tuple[Arsip, dict], monkeypatch: pytest.MonkeyPatch) -> Arsip:
    arsip, _ = ingested
    monkeypatch.setenv("ARSIP_HOME", str(arsip.home))
    return arsip


def test_every_letter_is_registered_with_pages_and_ocr_flag(ingested: tuple[Arsip, dict]) -> None:
    _, outcomes = ingested
    for name, outcome in outcomes.items():
        assert outcome["status"] == "registered", (name, outcome["error"])
        assert outcome["ocr"] is (name in SCANS), name
        assert outcome["error"] is None
        assert outcome["class"] == "permohonan_informasi", name
        assert re.fullmatch(r"\d{3}/PPID/KPU-SS/[IVX]+/20\d\d", outcome["registration_number"])
        assert set(outcome["fields"]) >= {"nik", "letter_date", "applicant_name"}
    numbers = [outcome["registration_number"] for outcome in outcomes.values()]
    assert sorted(int(number[:3]) for number in numbers) == list(range(1, len(numbers) + 1))
    assert outcomes["tiff"]["pages"] == 2
    assert outcomes["digital"]["pages"] == 2
    assert outcomes["png"]["pages"] == 1


@pytest.mark.parametrize("name", sorted(KEYWORDS))
def test_search_finds_each_letter_by_its_own_word(
    arsip_home: Arsip, ingested: tuple[Arsip, dict], name: str
) -> None:
    _, outcomes = ingested
    for keyword in KEYWORDS[name]:
        code, out, _ = arsip_home("search", keyword.lower(), "--json")
        assert code == 0
        assert f'"document_id": {outcomes[name]["document_id"]},' in out, (keyword, out)
        assert keyword in out.upper()


def test_archive_holds_original_bytes_and_a_pdfa_copy_with_text(
    arsip_home: Arsip, ingested: tuple[Arsip, dict], letters: dict[str, Path]
) -> None:
    _, outcomes = ingested
    for name in ("digital", "upside_down", "tiff"):
        sha = outcomes[name]["sha256"]
        originals = list((arsip_home.home / "archive" / "originals").rglob(f"{sha}.*"))
        assert len(originals) == 1
        assert hashlib.sha256(originals[0].read_bytes()).hexdigest() == sha
        assert originals[0].read_bytes() == letters[name].read_bytes()
        pdfa = next((arsip_home.home / "archive" / "pdfa").rglob(f"{sha}.pdf"))
        assert claims_pdfa(pdfa) == "2B"
        with pdfplumber.open(pdfa) as pdf:
            text = " ".join(page.extract_text() or "" for page in pdf.pages)
        assert KEYWORDS[name][0] in text.upper()


def test_upside_down_scan_is_turned_upright_in_the_archive(
    arsip_home: Arsip, ingested: tuple[Arsip, dict]
) -> None:
    _, outcomes = ingested
    sha = outcomes["upside_down"]["sha256"]
    pdfa = next((arsip_home.home / "archive" / "pdfa").rglob(f"{sha}.pdf"))
    with pdfplumber.open(pdfa) as pdf:
        words = pdf.pages[0].extract_words()
    top_word = min(words, key=lambda word: word["top"])
    assert top_word["text"].startswith("Palembang")


def test_second_ingest_reports_duplicates_and_stores_nothing_twice(
    arsip_home: Arsip, ingested: tuple[Arsip, dict], letters: dict[str, Path]
) -> None:
    _, first = ingested
    files_before = sorted((arsip_home.home / "archive").rglob("*"))
    code, again = arsip_home.ingest(*letters.values())
    assert code == 0
    for outcome in again:
        name = next(n for n, p in letters.items() if str(p) == outcome["file"])
        assert outcome["status"] == "duplicate"
        assert outcome["document_id"] == first[name]["document_id"]
    assert sorted((arsip_home.home / "archive").rglob("*")) == files_before


def test_same_file_twice_in_one_batch_is_one_document(
    arsip: Arsip, letters: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(letters["digital"].read_bytes())
    code, outcomes = arsip.ingest(letters["digital"], copy)
    assert code == 0
    assert sorted(o["status"] for o in outcomes) == ["duplicate", "registered"]
    assert len({o["document_id"] for o in outcomes}) == 1


def test_unusable_path_is_a_usage_error(arsip: Arsip, tmp_path: Path) -> None:
    code, _, err = arsip("ingest", str(tmp_path / "tidak-ada"))
    assert code == 2
    assert "tidak-ada" in err

"""Fields OCR was unsure of: listed for a clerk, checked against the paper, corrected or
confirmed (audited, personal data masked in the trail); the register entry follows, and a receipt
already given is given again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pdfplumber
import pytest

from pipeline.checkboxes import Word
from pipeline.extract import Fields
from pipeline.text import PageText
from pipeline.verify import locate, to_check, valid_reading, verify, weigh
from tests.conftest import Arsip
from tests.letters import render_page, save_scan

FORM = [
    "FORMULIR PERMOHONAN INFORMASI PUBLIK",
    "Nama : Budi Santoso",
    "Alamat : Jl. Merdeka No. 10, Kel. Sekip Jaya, Palembang",
    "Nomor Telepon : 0812 7788 9900",
    "Email : budi.santoso@gmail.com",
    "Rincian Informasi : Salinan DPT Kecamatan Kemuning",
    "Tujuan Penggunaan Informasi : Bahan penelitian skripsi",
    "",
    "Palembang, 3 Februari 2026",
]


def word(text: str, confidence: float, line: int = 1) -> Word:
    return Word(text, 0, 0, 10, 10, line, confidence)


def test_words_are_found_in_the_text_tesseract_wrote_from_them() -> None:
    text = "Nama : Budi\n\nTelepon : 0812 7788"
    words = [word(w, 90) for w in ("Nama", ":", "Budi", "Telepon", ":", "0812", "7788")]
    located = locate(text, words)
    assert [(item.start, item.end) for item in located][-2:] == [(23, 27), (28, 32)]
    assert [text[item.start : item.end] for item in located] == [w.text for w in words]


def test_a_field_is_as_sure_as_its_least_sure_word_and_only_the_unsure_are_listed() -> None:
    text = "Nama : Budi Santoso\nTelepon : 0812 7788 9900"
    words = [word("Nama", 95), word(":", 95), word("Budi", 96), word("Santoso", 91)]
    words += [word(w, c, 2) for w, c in (("Telepon", 93), (":", 90), ("0812", 41), ("7788", 88))]
    words.append(word("9900", 90, 2))
    fields = Fields()
    fields.values.update(applicant_name="Budi Santoso", phone="+6281277889900", purpose="x")
    fields.spans = {
        "applicant_name": {"page": 1, "start": 7, "end": 19},
        "phone": {"page": 1, "start": 30, "end": 44},
        "purpose": {"page": 1, "start": 0, "end": 4},
    }
    page = PageText(1, text, ocr=True)
    page.words = words
    verify(fields, [page], "ind+eng", reread_below=0.8)
    assert fields.ocr_confidence == {"applicant_name": 0.91, "phone": 0.41}
    assert to_check(fields, 0.8) == ["phone"]


@pytest.mark.parametrize(
    ("name", "first", "second", "wanted"),
    [
        ("dispute_register_number", "034/REG-PSI/II/2026", "034/REG-PSI/II/2026", ("II", 0.8)),
        ("dispute_register_number", "034/REG-PSI/II/2026", "034/REG-PSI/III/2026", ("III", 0.5)),
        ("reference_registration_number", "097/PPID/KPU-SS/XII/2025", "097/PPID/KPU-SS/XI/2025",
         ("XII", 0.5)),
        ("letter_number", "199/PAN-KI.SS/I/2026", "199/PAN-KI.SS/1/2026", ("/I/", 0.5)),
        ("letter_number", "059/KANTOR!!!1/2026", "059/KANTOR/III/2026", ("/III/", 0.5)),
        ("phone", "+6289629018647", "+6289629828647", ("828", 0.5)),
        ("phone", "+6289629018647", None, ("018", 0.6)),
    ],
)  # fmt: skip
def test_two_readings_of_a_number_are_weighed(
    name: str, first: str, second: str | None, wanted: tuple[str, float]
) -> None:
    """Agreement makes a reading surer; a phone takes the digit reader's digits; a number keeps
    its first reading unless the second has a stroke more in its Roman month."""
    value, confidence = weigh(name, first, 0.6, second, 0.5)
    assert wanted[0] in value
    assert confidence == pytest.approx(wanted[1])


@pytest.mark.parametrize(
    ("dated", "wanted"), [(11, "/XI/"), (12, "/XII/"), (None, "/XII/"), (3, "/XII/")]
)
def test_a_letter_dated_in_its_numbers_month_keeps_it_against_a_stroke_more(
    dated: int | None, wanted: str
) -> None:
    """'041/KI-SS/PAN/XI/2025' dated 17 November 2025, read again as '…/XII/…': the date says
    which reading is the month."""
    first, second = "041/KI-SS/PAN/XI/2025", "041/KI-SS/PAN/XII/2025"
    assert wanted in weigh("letter_number", first, 0.6, second, 0.5, dated)[0]


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("phone", "0852-4211-0041", "+6285242110041"),
        ("phone", "0852-4", None),  # a number that could be, not one that is
        ("nik", "1671099901620423", None),
        ("dispute_register_number", "034/REG-PSI/III/2026", "034/REG-PSI/III/2026"),
    ],
)
def test_a_second_reading_counts_only_when_it_makes_a_value(
    name: str, raw: str, value: str | None
) -> None:
    assert valid_reading(name, raw, ()) == value


def test_a_text_layer_is_certain(arsip: Arsip, letters: dict[str, Path]) -> None:
    code, [outcome] = arsip.ingest(letters["digital"])
    assert code == 0
    assert outcome["fields_to_check"] == []


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("forms")
    return {
        "printed": save_scan(folder / "printed.png", [render_page(FORM)]),
        "by_hand": save_scan(folder / "by_hand.png", [render_page(FORM, handwritten=True, seed=3)]),
    }


def audit_events(home: Path, kind: str) -> list[dict]:
    with sqlite3.connect(home / "arsip.db") as db:
        rows = db.execute(
            "SELECT actor, details FROM audit_events WHERE action = ?", (kind,)
        ).fetchall()
    return [{"actor": actor, **json.loads(details)} for actor, details in rows]


def receipts(home: Path, document_id: int) -> list[str]:
    """The text of each receipt (Tanda Bukti) given for a letter's request, oldest first."""
    with sqlite3.connect(home / "arsip.db") as db:
        paths = db.execute(
            "SELECT notices.pdfa_path FROM notices"
            " JOIN requests ON requests.id = notices.request_id"
            " WHERE notices.kind = 'tanda_bukti' AND requests.document_id = ? ORDER BY notices.id",
            (document_id,),
        ).fetchall()
    texts = []
    for (path,) in paths:
        with pdfplumber.open(home / "archive" / path) as pdf:
            texts.append(" ".join(page.extract_text() or "" for page in pdf.pages))
    return texts


def test_a_clerk_checks_what_ocr_was_unsure_of(arsip: Arsip, forms: dict[str, Path]) -> None:
    code, outcomes = arsip.ingest(forms["printed"], forms["by_hand"])
    assert code == 0
    printed, by_hand = sorted(outcomes, key=lambda outcome: "by_hand" in outcome["file"])
    assert printed["fields_to_check"] == []
    assert printed["fields"]["phone"] == "+6281277889900"
    # Tesseract makes nothing of the handwritten number; the second engine reads it, and since
    # only one engine did, a clerk is asked to check it.
    assert by_hand["fields"]["phone"] == "+6281277889900"
    assert {"applicant_name", "phone"} <= set(by_hand["fields_to_check"])
    document = str(by_hand["document_id"])

    code, out, _ = arsip("review", "--json")
    listed = {row["document_id"]: row for row in map(json.loads, out.splitlines())}
    assert printed["document_id"] not in listed
    assert listed[by_hand["document_id"]]["fields_to_check"] == by_hand["fields_to_check"]

    code, out, _ = arsip("fields", "show", document, "--json")
    rows = {row["field"]: row for row in json.loads(out)}
    assert rows["applicant_name"]["check"] is True
    assert rows["applicant_name"]["ocr_confidence"] < 0.8
    assert rows["applicant_name"]["page"] == 1

    code, _, err = arsip("fields", "set", document, "nik", "1671099901620423", "--by", "rina")
    assert code == 2
    assert "NIK" in err
    assert len(receipts(arsip.home, by_hand["document_id"])) == 1
    code, _, _ = arsip("fields", "set", document, "phone", "0812-7788-9901", "--by", "rina")
    assert code == 0
    first, again = receipts(arsip.home, by_hand["document_id"])
    assert "+6281277889900" in first and "+6281277889901" in again
    code, out, _ = arsip("fields", "show", document, "--json")
    phone = next(row for row in json.loads(out) if row["field"] == "phone")
    assert phone["value"] != "+6281277889901"  # masked
    assert phone["value"].startswith("+62812")
    assert phone["check"] is False

    code, _, _ = arsip("fields", "confirm", document, "--by", "rina", "--note", "sesuai kertas")
    assert code == 0
    code, out, _ = arsip("review", "--json")
    assert by_hand["document_id"] not in {json.loads(line)["document_id"] for line in out.split()}

    code, out, _ = arsip("request", "show", by_hand["registration_number"], "--full", "--json")
    assert json.loads(out)["phone"] == "+6281277889901"
    [corrected] = audit_events(arsip.home, "field_corrected")
    assert corrected["field"] == "phone" and corrected["actor"] == "rina"
    assert "+6281277889901" not in json.dumps(corrected)
    [confirmed] = audit_events(arsip.home, "fields_confirmed")
    assert "applicant_name" in confirmed["fields"]
    assert arsip("audit", "verify")[0] == 0


@pytest.mark.parametrize(
    ("second", "sureness", "wanted"),
    [
        ("Peneliti", 0.96, "Peneliti"),
        ("Peneliti", 0.8, "Pe.ehti"),
        (None, 0.99, "Pe.ehti"),
        ("Pene", 0.99, "Pe.ehti"),  # the crop cut the hand's word short
    ],
)
def test_an_occupation_takes_the_second_engines_reading_only_when_it_is_sure(
    second: str | None, sureness: float, wanted: str
) -> None:
    assert weigh("occupation", "Pe.ehti", 0.43, second, sureness)[0] == wanted


@pytest.mark.parametrize(
    ("raw", "value"),
    [(":Petani", "Petani"), ("PensiunnPNS", "Pensiunn PNS"), ("12/05", None), ("", None)],
)
def test_a_second_reading_of_an_occupation_is_words(raw: str, value: str | None) -> None:
    assert valid_reading("occupation", raw, ()) == value


def test_a_hand_written_occupation_tesseract_garbled_is_read_by_the_second_engine(
    arsip: Arsip, tmp_path: Path
) -> None:
    """Tesseract's print model reads the hand's "Wiraswasta" as "Wi cprowastp", unsure of it;
    the second engine, sure of it, reads it right, and a clerk is still asked to check it."""
    lines = [
        "FORMULIR PERMOHONAN INFORMASI PUBLIK",
        "Nama : Budi Santoso",
        "Pekerjaan : Wiraswasta",
        "Alamat : Jl. Merdeka No. 10, Palembang",
        "",
        "Palembang, 3 Februari 2026",
    ]
    form = save_scan(tmp_path / "form.png", [render_page(lines, handwritten=True, seed=2)])
    code, [outcome] = arsip.ingest(form)
    assert code == 0
    assert outcome["fields"]["occupation"] == "Wiraswasta"
    assert "occupation" in outcome["fields_to_check"]

"""A NIK written by hand in a form's comb of boxes (pipeline/combs.py, pipeline/verify.py),
with the real Tesseract and the real second engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytesseract
import pytest
from PIL import Image, ImageDraw

from pipeline.combs import RULE_SHARE, digits_of, find_combs
from pipeline.formlines import ink_of
from tests.conftest import Arsip
from tests.letters import render_page, save_scan

NIK = "1671084506900003"
FORM = [
    "FORMULIR PERMOHONAN INFORMASI PUBLIK",
    "Nama : Budi Santoso",
    f"NIK : [[{NIK}]]",
    "Alamat : Jl. Merdeka No. 10, Kel. Sekip Jaya, Palembang",
    "Rincian Informasi : Salinan DPT Kecamatan Kemuning",
    "Tujuan Penggunaan Informasi : Bahan penelitian skripsi",
    "",
    "Palembang, 3 Februari 2026",
]
DPI = 300


@pytest.fixture(scope="module")
def form() -> Image.Image:
    return render_page(FORM, seed=3)


def test_tesseract_reads_the_boxes_walls_as_strokes(form: Image.Image) -> None:
    """Why combs are read apart: bare Tesseract makes garbage of the digits in their boxes."""
    text = pytesseract.image_to_string(form, lang="ind", config=f"--psm 4 --dpi {DPI}")
    assert NIK not in "".join(text.split())


def test_a_comb_is_found_with_its_boxes_and_nothing_else_is(form: Image.Image) -> None:
    [comb] = find_combs(form, DPI)
    assert comb.boxes == len(NIK)
    assert find_combs(render_page([line for line in FORM if "NIK" not in line]), DPI) == []


def test_the_combs_walls_and_rules_are_whitened_and_its_digits_stay(form: Image.Image) -> None:
    [comb] = find_combs(form, DPI)
    walled = ink_of(np.asarray(form.crop(comb[:4])))
    for copy in digits_of(form, comb):
        ink = ink_of(np.asarray(copy))
        assert ink.mean(axis=0).max() < RULE_SHARE
        assert ink.mean(axis=1).max() < RULE_SHARE
        assert ink.sum() > 0.1 * walled.sum()
    close, spaced = digits_of(form, comb)
    assert close.width < spaced.width * 0.8


def test_a_nik_written_in_a_comb_is_read(arsip: Arsip, form: Image.Image, tmp_path: Path) -> None:
    code, [outcome] = arsip.ingest(save_scan(tmp_path / "formulir.png", [form]))
    assert code == 0
    assert outcome["fields"]["nik"] == NIK


def test_a_digit_written_across_the_bottom_rule_leaves_the_comb_as_it_is(form: Image.Image) -> None:
    """A hand's "7" reaching below its box makes the comb's mark taller; its walls are still
    the columns inked from rule to rule, and they still go."""
    [drawn] = find_combs(form, DPI)
    crossed = form.copy()
    middle = (drawn.left + drawn.right) // 2 + 20
    ImageDraw.Draw(crossed).line(
        (middle, drawn.rule_top + 20, middle - 6, drawn.rule_bottom + 40), fill=0, width=5
    )
    [comb] = find_combs(crossed, DPI)
    assert comb.boxes == len(NIK)
    assert comb.bottom > drawn.bottom
    spaced = ink_of(np.asarray(digits_of(crossed, comb)[1]))
    assert spaced.mean(axis=0).max() < RULE_SHARE


def test_a_comb_in_a_forms_table_is_found_though_its_rules_touch_the_rows(
    form: Image.Image,
) -> None:
    """A form's table row lines touching the comb's rules, a received stamp's frame touching
    its last wall, and the quarter of a degree of tilt deskewing leaves."""
    [drawn] = find_combs(form, DPI)
    tabled = form.copy()
    pen = ImageDraw.Draw(tabled)
    pen.line((100, drawn.rule_top, form.width - 100, drawn.rule_top), fill=0, width=3)
    pen.line((100, drawn.rule_bottom, form.width - 100, drawn.rule_bottom), fill=0, width=3)
    pen.line((100, drawn.rule_top - 80, 100, drawn.rule_bottom + 80), fill=0, width=3)
    stamp = drawn.right + 2
    pen.line((stamp, drawn.rule_top - 150, stamp, drawn.rule_bottom + 150), fill=0, width=4)
    tilted = tabled.rotate(0.25, fillcolor=255)
    [comb] = find_combs(tilted, DPI)
    assert comb.boxes == len(NIK)
    assert abs(comb.left - drawn.left) < 10
    for copy in digits_of(tilted, comb):
        assert ink_of(np.asarray(copy)).mean(axis=1).max() < RULE_SHARE


def test_a_row_of_tick_boxes_is_no_comb() -> None:
    ticks = render_page(
        [
            "Cara : [ ] Melihat [ ] Membaca [X] Salinan [ ] Softcopy"
            " [ ] Pos [ ] Kurir [ ] E-mail [ ] Faks [ ] Lain"
        ]
    )
    assert find_combs(ticks, DPI) == []

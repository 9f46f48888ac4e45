"""Ticked boxes on forms, read from the page image of born-digital and scanned letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.synthetic import Generator
from tests.conftest import Arsip
from tests.letters import born_digital_pdf, render_page, save_scan


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("forms")
    generator = Generator(seed=5)
    made: dict[str, tuple[Path, dict]] = {}
    for n, maker in enumerate((generator.request_form, generator.objection_form)):
        letter = maker()
        page = render_page(letter.pages[0], font_px=34, skew=1.2, seed=n, noise_sigma=6)
        made[f"{letter.cls}-scan"] = (
            save_scan(folder / f"{letter.cls}.png", [page]),
            letter.fields,
        )
        pdf = born_digital_pdf(folder / f"{letter.cls}.pdf", letter.pages)
        made[f"{letter.cls}-digital"] = (pdf, letter.fields)
    return made


def test_ticked_options_are_read_from_scans_and_born_digital_forms(
    arsip: Arsip, forms: dict[str, tuple[Path, dict]]
) -> None:
    code, outcomes = arsip.ingest(*(path for path, _ in forms.values()))
    assert code == 0
    by_file = {outcome["file"]: outcome for outcome in outcomes}
    for name, (path, truth) in forms.items():
        fields = by_file[str(path)]["fields"]
        keys = (
            ("obtain_method", "delivery_method")
            if "permohonan" in name
            else ("objection_reason_code",)
        )
        for key in keys:
            assert fields[key] == truth[key], (name, key)

"""Shapes the eighteenth and nineteenth generators' letters showed."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields

MEDIATOR = (
    "Komisi Informasi\nProvinsi Sumatera Selatan\nHal : Penunjukan Mediator\n"
    "bersama ini kami sampaikan hal-hal sebagai berikut:\n"
    "Nomor Register : 44/REG-PSI/XII/2025\nPemohon : Nyimas Halimah\n"
    "Termohon : PPID KPU Provinsi Sumatera Selatan\n"
    "Objek Sengketa : Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil\n"
    "Gubernur Tahun 2024\nNo Nama Kedudukan\n1. Wulan Pertiwi, S.Ak. Mediator\n"
    "--- lampiran ---\nPERNYATAAN KESEDIAAN MENEMPUH MEDIASI\n"
    "Yang bertanda tangan di bawah ini:\n{form}"
)


@pytest.mark.parametrize("form", ["Nama :\nJabatan :\nNIP :\n", "Nama\n\nJabatan\nNIP\n"])
def test_a_blank_forms_rows_are_no_values(form: str) -> None:
    fields = extract_fields([MEDIATOR.format(form=form)], "sengketa").values
    assert fields["applicant_name"] == "Nyimas Halimah"  # not the blank row's next label
    assert fields["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )  # up to the table of the panel below it

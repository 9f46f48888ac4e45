"""A letter scanned page by page, one image per page, becomes one letter (real OCR and service)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.binding import bind_pages, group_pages
from pipeline.errors import BadInput
from tests.conftest import Arsip
from tests.letters import render_page, save_scan
from tests.service import Service
from tests.test_watch import done_dir

FIRST_PAGE = [
    "Palembang, 3 Februari 2026",
    "Perihal: Permohonan Informasi Publik",
    "Kepada Yth.",
    "PPID Komisi Pemilihan Umum",
    "Provinsi Sumatera Selatan",
    "",
    "Dengan hormat,",
    "bersama surat ini saya mengajukan permohonan",
    "informasi publik dengan data diri pada halaman",
    "berikut.",
]
SECOND_PAGE = [
    "Nama : Rina Marlina",
    "Pekerjaan : Wiraswasta",
    "Informasi yang dibutuhkan:",
    "Salinan daftar pemilih tetap Kecamatan Ilir Barat",
    "Kode arsip HALAMANKEDUA",
    "",
    "Hormat saya,",
    "Rina Marlina",
]


def names(groups: list[list[Path]]) -> list[list[str]]:
    return [[path.name for path in group] for group in groups]


def test_page_images_group_into_letters_in_page_order(tmp_path: Path) -> None:
    files = [
        tmp_path / name
        for name in (
            "surat_p2.jpg", "lain.pdf", "surat_p1.jpg", "Surat Andi hal 1.png",
            "Surat Andi hal 2.png", "surat_p3.jpg",
        )
    ]  # fmt: skip
    assert names(group_pages(files)) == [
        ["surat_p1.jpg", "surat_p2.jpg", "surat_p3.jpg"],
        ["lain.pdf"],
        ["Surat Andi hal 1.png", "Surat Andi hal 2.png"],
    ]


@pytest.mark.parametrize(
    "given",
    [
        ["surat_1.jpg", "surat_2.jpg"],  # a bare number: two letters scanned in a row
        ["surat_p1.jpg", "surat_p3.jpg"],  # a page missing
        ["surat_p1.jpg", "surat_p1.png", "surat_p2.jpg"],  # page 1 twice
        ["surat_p1.pdf", "surat_p2.pdf"],  # PDFs are letters of their own
        ["a/surat_p1.jpg", "b/surat_p2.jpg"],  # different folders
        ["surat_p2.jpg", "surat_p3.jpg"],  # no first page
    ],
)
def test_files_that_are_not_one_letters_pages_stay_apart(tmp_path: Path, given: list[str]) -> None:
    files = [tmp_path / name for name in given]
    assert group_pages(files) == [[path] for path in files]


def test_binding_is_repeatable_and_refuses_a_broken_page(tmp_path: Path) -> None:
    pages = [
        save_scan(tmp_path / "s_p1.jpg", [render_page(FIRST_PAGE)]),
        save_scan(tmp_path / "s_p2.png", [render_page(SECOND_PAGE)]),
    ]
    first = bind_pages(pages, tmp_path / "one" / "s.pdf").read_bytes()
    assert first.startswith(b"%PDF") and first == bind_pages(pages, tmp_path / "s.pdf").read_bytes()
    (tmp_path / "s_p2.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(BadInput, match=r"s_p2\.png"):
        bind_pages(pages, tmp_path / "broken.pdf")


def test_ingest_binds_a_letters_pages_and_reads_fields_from_both(
    arsip: Arsip, tmp_path: Path
) -> None:
    pages = [
        save_scan(tmp_path / "permohonan_p1.jpg", [render_page(FIRST_PAGE, skew=0.8)]),
        save_scan(tmp_path / "permohonan_p2.jpg", [render_page(SECOND_PAGE, seed=2)]),
    ]
    alone = save_scan(tmp_path / "lain.png", [render_page(SECOND_PAGE[:5], seed=3)])
    code, rows = arsip.ingest(*pages, alone)
    assert code == 0 and [row["status"] for row in rows] == ["registered", "registered"]
    [letter] = [row for row in rows if row["file"] == str(pages[0])]
    assert letter["files"] == [str(page) for page in pages] and letter["pages"] == 2
    assert letter["class"] == "permohonan_informasi"
    assert letter["fields"]["subject"] == "Permohonan Informasi Publik"
    assert letter["fields"]["applicant_name"] == "Rina Marlina"
    _, out, _ = arsip("search", "HALAMANKEDUA", "--json")
    assert f'"document_id": {letter["document_id"]}' in out
    assert not (arsip.home / "intake" / str(letter["job_id"])).exists()
    code, [again] = arsip.ingest(*reversed(pages))
    assert again["status"] == "duplicate" and again["document_id"] == letter["document_id"]


def test_a_letter_with_an_unreadable_page_is_quarantined_whole(
    arsip: Arsip, tmp_path: Path
) -> None:
    good = save_scan(tmp_path / "surat_p1.png", [render_page(FIRST_PAGE)])
    broken = tmp_path / "surat_p2.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    code, [row] = arsip.ingest(good, broken)
    assert code == 1 and row["status"] == "quarantined"
    assert "surat_p2.png" in row["error"] and row["files"] == [str(good), str(broken)]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    running = Service(tmp_path / "data", ARSIP_WATCH__PAGE_WAIT_SECONDS="4")
    yield running
    if running.alive():
        running.kill()


def test_pages_dropped_seconds_apart_become_one_letter(service: Service, tmp_path: Path) -> None:
    pages = [
        save_scan(tmp_path / "scan_p1.png", [render_page(FIRST_PAGE)]),
        save_scan(tmp_path / "scan_p2.png", [render_page(SECOND_PAGE, seed=2)]),
    ]
    service.start()
    inbox = service.inbox / "umum"
    shutil.copy(pages[0], inbox / pages[0].name)
    time.sleep(2)  # page 1 has settled before the scanner writes page 2
    shutil.copy(pages[1], inbox / pages[1].name)
    moved = [done_dir(service.home) / page.name for page in pages]
    service.wait_for(lambda: all(path.exists() for path in moved), timeout=90)
    assert not any((inbox / page.name).exists() for page in pages)
    with sqlite3.connect(service.home / "arsip.db") as db:
        assert db.execute("SELECT original_name, page_count FROM documents").fetchall() == [
            ("scan_p1.png", 2)
        ]
    assert service.stop() == 0

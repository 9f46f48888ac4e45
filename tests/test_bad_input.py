"""Every kind of bad input ends as `quarantined` with a reason, and the batch goes on."""

from __future__ import annotations

import hashlib
import shutil
import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from config.settings import load_settings
from db.engine import Database
from db.models import Job
from pipeline import jobs
from pipeline.binding import group_pages
from pipeline.errors import BadInput
from pipeline.identify import identify
from pipeline.ingest import Ingestor, collect_files
from tests.conftest import Arsip
from tests.letters import born_digital_pdf, letter_lines


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares its size but holds almost no pixels: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1000)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    good = born_digital_pdf(tmp_path / "good.pdf", [letter_lines("BAIK")])
    truncated = folder / "terpotong.pdf"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    encrypted = folder / "bersandi.pdf"
    with pikepdf.open(good) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(owner="o", user="rahasia"))
    too_long = born_digital_pdf(folder / "panjang.pdf", [letter_lines(f"H{n}") for n in range(5)])
    text = folder / "catatan.pdf"
    text.write_text("Ini bukan PDF, hanya teks biasa.\n")
    executable = folder / "program.pdf"
    shutil.copyfile("/bin/true", executable)
    empty = folder / "kosong.pdf"
    empty.touch()
    bomb = png_header_only(folder / "bom.png", 40000, 40000)
    return {
        "good": good, "truncated": truncated, "encrypted": encrypted, "too_long": too_long,
        "text": text, "executable": executable, "empty": empty, "bomb": bomb,
    }  # fmt: skip


EXPECTED_REASON = {
    "truncated": "terpotong",
    "encrypted": "kata sandi",
    "too_long": "terlalu panjang",
    "text": "tidak didukung",
    "executable": "tidak didukung",
    "empty": "kosong",
    "bomb": "terlalu besar",
}


@pytest.mark.parametrize("name", sorted(EXPECTED_REASON))
def test_identify_refuses_with_a_reason(bad_files: dict[str, Path], name: str) -> None:
    with pytest.raises(BadInput) as refused:
        identify(bad_files[name], max_pages=4, max_megapixels=150)
    assert EXPECTED_REASON[name] in refused.value.indonesian
    assert refused.value.english


def test_vanished_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="hilang"):
        identify(tmp_path / "gone.pdf", max_pages=4, max_megapixels=150)


def test_batch_quarantines_bad_files_and_keeps_going(
    arsip: Arsip, bad_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARSIP_PIPELINE__MAX_PAGES", "4")
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in bad_files.values()}
    code, outcomes = arsip.ingest(*bad_files.values())
    by_file = {Path(o["file"]).name: o for o in outcomes}
    assert code == 1
    assert by_file["good.pdf"]["status"] == "registered"
    for name, fragment in EXPECTED_REASON.items():
        outcome = by_file[bad_files[name].name]
        assert outcome["status"] == "quarantined", name
        assert fragment in outcome["error"], (name, outcome["error"])
        assert " / " in outcome["error"]
    after = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in bad_files.values()}
    assert after == before


@pytest.fixture
def pool(arsip: Arsip) -> tuple[Ingestor, Database]:
    """An ingestor on the test's data directory, outside the command line."""
    settings = load_settings()
    database = Database(settings.database_url)
    database.migrate()
    return Ingestor(settings, database), database


def test_file_vanishing_between_listing_and_reading(
    pool: tuple[Ingestor, Database], tmp_path: Path
) -> None:
    ingestor, _ = pool
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    kept = born_digital_pdf(inbox / "tetap.pdf", [letter_lines("TETAP")])
    leaving = born_digital_pdf(inbox / "pergi.pdf", [letter_lines("PERGI")])
    job_ids = ingestor.enqueue(group_pages(collect_files([inbox])), "umum")
    leaving.unlink()
    outcomes = {Path(o.file).name: o for o in ingestor.run(job_ids)}
    assert outcomes[kept.name].status == "registered"
    assert outcomes[leaving.name].status == "quarantined"
    assert "hilang" in (outcomes[leaving.name].error or "")
    assert len(outcomes) == 2


def test_a_stop_puts_every_started_job_back_in_the_queue(
    pool: tuple[Ingestor, Database], tmp_path: Path
) -> None:
    """A copy of a letter already in flight waits for it; a stop releases the copy too."""
    ingestor, database = pool
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    original = born_digital_pdf(inbox / "asli.pdf", [letter_lines("SALINAN")])
    shutil.copy(original, inbox / "salinan.pdf")
    job_ids = ingestor.enqueue(group_pages(collect_files([inbox])), "umum")
    for job_id in job_ids:
        assert ingestor.submit(job_id) == []
    released = ingestor.release()
    ingestor.close(kill=True)
    with database.session() as session:
        states = session.scalars(select(Job.state).where(Job.id.in_(job_ids))).all()
    assert sorted(released) == sorted(job_ids)
    assert states == [jobs.QUEUED, jobs.QUEUED]


def test_missing_ocr_language_is_a_start_up_error(
    arsip: Arsip, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, letters: dict[str, Path]
) -> None:
    tessdata = tmp_path / "tessdata"
    tessdata.mkdir()
    shutil.copy(next(Path("/usr/share/tesseract-ocr").glob("*/tessdata/eng.traineddata")), tessdata)
    monkeypatch.setenv("TESSDATA_PREFIX", str(tessdata))
    code, out, err = arsip("ingest", str(letters["png"]))
    assert code == 3
    assert "ind" in err and "tesseract-ocr-ind" in err
    assert out == ""

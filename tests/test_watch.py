"""The always-on service with real processes: drops, ignores, quarantine, slow copies, unmounts."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.letters import born_digital_pdf, letter_lines
from tests.service import Service


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    running = Service(tmp_path / "data")
    yield running
    if running.alive():
        running.kill()


def done_dir(home: Path) -> Path:
    now = datetime.now(UTC)
    return home / "done" / f"{now:%Y}" / f"{now:%m}"


def test_dropped_letter_is_found_then_moved_to_done(
    service: Service, letters: dict[str, Path]
) -> None:
    service.start()
    shutil.copy(letters["png"], service.inbox / "permohonan" / "surat.png")
    [document_id] = service.wait_for(lambda: service.search_ids("pindaipng"), timeout=60)
    service.wait_for(lambda: (done_dir(service.home) / "surat.png").exists(), timeout=20)
    assert not (service.inbox / "permohonan" / "surat.png").exists()
    state = service.status()
    assert state["documents"] == 1 and state["waiting"] == 0 and state["service"]["running"]
    assert {"waiting", "running", "documents", "quarantined", "failed_jobs"} <= set(state)
    assert service.stop() == 0
    assert not service.status()["service"]["running"]
    assert document_id == 1


def test_files_present_at_start_are_processed_with_folder_tags(
    service: Service, letters: dict[str, Path]
) -> None:
    nested = service.inbox / "surat-masuk" / "2026" / "rapat"
    nested.mkdir(parents=True)
    shutil.copy(letters["digital"], nested / "undangan.pdf")
    service.start()
    service.wait_for(lambda: (done_dir(service.home) / "undangan.pdf").exists(), timeout=60)
    with sqlite3.connect(service.home / "arsip.db") as db:
        assert db.execute("SELECT channel, tags FROM documents").fetchall() == [
            ("surat-masuk", "2026,rapat")
        ]


def test_temporary_and_system_files_are_left_alone(
    service: Service, letters: dict[str, Path]
) -> None:
    service.start()
    ignored = ["scan.pdf.part", "x.tmp", "unduh.crdownload", "~$draft.pdf", ".tersembunyi.pdf",
               "Thumbs.db", "desktop.ini"]  # fmt: skip
    for name in ignored:
        shutil.copy(letters["digital"], service.inbox / "umum" / name)
    shutil.copy(letters["digital"], service.inbox / "umum" / "asli.pdf")
    service.wait_for(lambda: (done_dir(service.home) / "asli.pdf").exists(), timeout=60)
    time.sleep(1.5)
    assert sorted(p.name for p in (service.inbox / "umum").iterdir()) == sorted(ignored)
    with sqlite3.connect(service.home / "arsip.db") as db:
        assert db.execute("SELECT count(*) FROM jobs").fetchone() == (1,)


def test_bad_files_go_to_quarantine_with_a_reason_never_overwritten(
    service: Service, tmp_path: Path
) -> None:
    service.start()
    quarantine = service.home / "quarantine"
    for attempt in (1, 2):
        (service.inbox / "umum" / "rusak.pdf").write_text(f"bukan pdf {attempt}")
        expected = quarantine / ("rusak.pdf" if attempt == 1 else "rusak (2).pdf")
        service.wait_for(lambda expected=expected: expected.exists(), timeout=30)
        reason = expected.with_name(expected.name + ".alasan.txt").read_text()
        assert "tidak didukung" in reason and "unsupported" in reason
        assert "What to do" in reason
        assert expected.read_text() == f"bukan pdf {attempt}"
    assert service.status()["quarantined"] == 2
    assert service.alive()


def test_slow_copy_is_read_only_when_complete(service: Service, letters: dict[str, Path]) -> None:
    service.environment["ARSIP_WATCH__SETTLE_SECONDS"] = "1.5"
    service.start()
    payload = letters["image_pdf"].read_bytes()
    target = service.inbox / "permohonan" / "lambat.pdf"
    with target.open("wb") as writer:
        for offset in range(0, len(payload), 50_000):
            writer.write(payload[offset : offset + 50_000])
            writer.flush()
            time.sleep(0.5)
    service.wait_for(lambda: (done_dir(service.home) / "lambat.pdf").exists(), timeout=90)
    with sqlite3.connect(service.home / "arsip.db") as db:
        jobs = db.execute("SELECT outcome FROM jobs").fetchall()
        [sha] = db.execute("SELECT sha256 FROM documents").fetchone()
    assert jobs == [("registered",)]
    assert sha == hashlib.sha256(payload).hexdigest()
    assert not (service.home / "quarantine").exists()


def test_unmounted_share_warns_then_resumes(
    service: Service, tmp_path: Path, letters: dict[str, Path]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    service.environment["ARSIP_WATCH__EXTRA_FOLDERS"] = (
        f'[{{"path": "{share}", "channel": "share"}}]'
    )
    service.start()
    away = tmp_path / "share-unmounted"
    share.rename(away)
    service.wait_for(lambda: "event=inbox_missing" in service.log.read_text(), timeout=20)
    assert service.alive()
    away.rename(share)
    shutil.copy(letters["digital"], share / "kembali.pdf")
    service.wait_for(lambda: (done_dir(service.home) / "kembali.pdf").exists(), timeout=60)
    assert "event=inbox_back" in service.log.read_text()
    assert service.status()["service"]["missing_inboxes"] == []


def test_disk_full_fails_the_job_keeps_the_file_and_a_retry_succeeds(
    service: Service, letters: dict[str, Path]
) -> None:
    archive = service.home / "archive"
    archive.mkdir(parents=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(archive)]).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    service.environment["ARSIP_WATCH__MAX_ATTEMPTS"] = "50"
    try:
        service.start()
        source = service.inbox / "permohonan" / "besar.pdf"
        shutil.copy(letters["image_pdf"], source)
        service.wait_for(lambda: "Disk penuh" in service.log.read_text(), timeout=60)
        time.sleep(3)
        assert source.exists()
        assert service.status()["documents"] == 0
        assert not (service.home / "quarantine").exists()
        subprocess.run(["mount", "-o", "remount,size=64m", str(archive)], check=True)
        service.wait_for(lambda: (done_dir(service.home) / "besar.pdf").exists(), timeout=60)
        assert service.status()["documents"] == 1
        service.stop()
    finally:
        if service.alive():
            service.kill()
        subprocess.run(["umount", "-l", str(archive)])


def make_letters(folder: Path, count: int, prefix: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        born_digital_pdf(
            folder / f"{prefix}{n:04d}.pdf", [letter_lines(f"{prefix.upper()}{n:04d}")]
        )
        for n in range(count)
    ]


def test_burst_of_a_thousand_files_bounded_memory_no_duplicate_jobs(
    service: Service, tmp_path: Path
) -> None:
    staged = make_letters(tmp_path / "staging", 1000, "ledakan")
    service.start()
    for path in staged:
        path.rename(service.inbox / "umum" / path.name)
    peak = 0
    stop_sampling = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop_sampling.is_set():
            peak = max(peak, service.tree_rss_kib())
            time.sleep(0.5)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        service.wait_for(lambda: service.status()["documents"] == 1000, timeout=600, every=2)
    finally:
        stop_sampling.set()
        sampler.join()
    service.wait_for(service.idle, timeout=60)
    with sqlite3.connect(service.home / "arsip.db") as db:
        assert db.execute("SELECT count(*), count(DISTINCT path) FROM jobs").fetchone() == (
            1000,
            1000,
        )
    print(f"\nburst of 1000: peak RSS of the service tree {peak / 1024:.0f} MiB")
    assert peak < 1024 * 1024
    assert len(list(done_dir(service.home).iterdir())) == 1000


def test_keep_originals_false_deletes_the_source_only_after_archiving(
    service: Service, letters: dict[str, Path]
) -> None:
    service.environment["ARSIP_WATCH__KEEP_ORIGINALS"] = "false"
    service.start()
    shutil.copy(letters["digital"], service.inbox / "umum" / "hapus.pdf")
    service.wait_for(lambda: service.status()["documents"] == 1, timeout=60)
    service.wait_for(lambda: not (service.inbox / "umum" / "hapus.pdf").exists(), timeout=20)
    assert not (service.home / "done").exists()
    with sqlite3.connect(service.home / "arsip.db") as db:
        [original] = db.execute("SELECT original_path FROM documents").fetchone()
    assert (service.home / "archive" / original).read_bytes() == letters["digital"].read_bytes()


def job_states(home: Path) -> list[str]:
    """The state of every job, read from the database (WAL: a reader never blocks the service)."""
    with closing(sqlite3.connect(home / "arsip.db")) as db:
        return [state for (state,) in db.execute("SELECT state FROM jobs ORDER BY id")]


def test_stop_releases_unfinished_jobs_and_restart_finishes_them(
    service: Service, letters: dict[str, Path]
) -> None:
    service.environment["ARSIP_WATCH__STOP_TIMEOUT"] = "0"
    service.start()
    source = service.inbox / "permohonan" / "terputus.png"
    shutil.copy(letters["upside_down"], source)
    # The job is seen running straight from the database, not through `arsip status`: a new CLI
    # process takes longer to start under load than the whole job takes to run, so polling it
    # could miss the running job, or see it only moments before it ends on its own.
    service.wait_for(lambda: job_states(service.home) == ["running"], timeout=120, every=0.02)
    assert service.stop() == 0
    assert "event=stopped released_jobs=1" in service.log.read_text()
    assert source.exists()
    assert job_states(service.home) == ["queued"]
    state = service.status()
    assert state["running"] == 0 and state["queued_jobs"] == 1 and state["waiting"] == 1
    service.start()
    service.wait_for(lambda: (done_dir(service.home) / "terputus.png").exists(), timeout=180)
    with sqlite3.connect(service.home / "arsip.db") as db:
        assert db.execute("SELECT state, outcome FROM jobs").fetchall() == [("done", "registered")]

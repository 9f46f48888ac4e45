"""SIGKILL the service again and again while it works: every letter registered exactly once."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.letters import born_digital_pdf, letter_lines, render_page, save_scan
from tests.service import Service

DISTINCT_DIGITAL, DISTINCT_SCANS, DUPLICATES, KILLS = 180, 8, 12, 5


def make_batch(folder: Path) -> list[Path]:
    """200 files: born-digital letters, a few scans, and copies of some under other names."""
    folder.mkdir()
    files = [
        born_digital_pdf(folder / f"surat{n:03d}.pdf", [letter_lines(f"CRASH{n:03d}")])
        for n in range(DISTINCT_DIGITAL)
    ]
    files += [
        save_scan(folder / f"pindai{n}.jpg", [render_page(letter_lines(f"SCAN{n}"), seed=n)])
        for n in range(DISTINCT_SCANS)
    ]
    originals = random.Random(7).sample(files, DUPLICATES)
    for n, original in enumerate(originals):
        files.append(Path(shutil.copy(original, folder / f"salinan{n:02d}{original.suffix}")))
    return files


def test_repeated_sigkill_loses_nothing_and_registers_each_letter_once(tmp_path: Path) -> None:
    batch = make_batch(tmp_path / "batch")
    digests = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in batch}
    service = Service(tmp_path / "data")
    service.environment["ARSIP_WATCH__STOP_TIMEOUT"] = "60"
    service.start()
    for path in batch:
        shutil.move(
            path, service.inbox / ("permohonan" if path.suffix == ".pdf" else "umum") / path.name
        )
    chance = random.Random(11)
    for _ in range(KILLS):
        time.sleep(chance.uniform(0.5, 3.0))
        service.kill()
        service.start()
    service.wait_for(service.idle, timeout=400, every=1)
    assert service.stop() == 0

    with sqlite3.connect(service.home / "arsip.db") as db:
        registered = [row[0] for row in db.execute("SELECT sha256 FROM documents")]
        states = dict(db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())
        outcomes = dict(
            db.execute("SELECT outcome, count(*) FROM jobs GROUP BY outcome").fetchall()
        )
    assert sorted(registered) == sorted(set(digests.values()))
    assert states == {"done": len(batch)}
    assert outcomes == {"registered": len(set(digests.values())), "duplicate": DUPLICATES}
    now = datetime.now(UTC)
    done = service.home / "done" / f"{now:%Y}" / f"{now:%m}"
    assert sorted(p.name for p in done.iterdir()) == sorted(digests)
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in done.iterdir()} == digests
    assert not [p for p in service.inbox.rglob("*") if p.is_file()]
    assert service.cli("audit", "verify").returncode == 0
    recovered = [int(n) for n in re.findall(r"recovered_jobs=(\d+)", service.log.read_text())]
    assert len(recovered) == KILLS + 1 and any(recovered), "no kill interrupted a running job"

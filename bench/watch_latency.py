"""Watch latency: from a file being complete in the inbox to `arsip search` finding it.

Starts `arsip serve` on a fresh data dir (embedded defaults: settle 2 s, 2 workers), drops 20
born-digital letters one by one, then 20 single-page 300-dpi scans, and polls the search index
(the same function `arsip search` calls) every 20 ms. Prints the median and p95 minus the settle
time, and for scans the ratio to bare `tesseract` on the same page (OMP_THREAD_LIMIT=1).
Usage: python bench/watch_latency.py [COUNT]
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config.settings import load_settings
from db.engine import Database
from search.index import search
from tests.letters import born_digital_pdf, dense_letter_lines, render_page, save_scan

ARSIP = Path(sys.executable).with_name("arsip")
# Scans are found by plain words that OCR reads reliably (digits and rare capitals it may not).
FRUITS = (
    "durian", "rambutan", "manggis", "salak", "nangka", "jambu", "belimbing", "kedondong",
    "sirsak", "markisa", "alpukat", "pepaya", "semangka", "nanas", "pisang", "duku",
    "matoa", "kelengkeng", "cempedak", "mangga",
)  # fmt: skip


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def found_after(database: Database, keyword: str, started: float, timeout: float = 120) -> float:
    while time.perf_counter() - started < timeout:
        with database.session() as session:
            if search(session, keyword, limit=1):
                return time.perf_counter() - started
        time.sleep(0.02)
    raise SystemExit(f"{keyword} not found after {timeout} s")


def drop(source: Path, inbox: Path) -> float:
    """Copy the file in; the clock starts when it is complete (closed)."""
    shutil.copy(source, inbox / source.name)
    return time.perf_counter()


def bare_tesseract(png: Path, scratch: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["tesseract", str(png), str(scratch / "bare"), "-l", "ind+eng", "txt"],
        check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory(prefix="arsip-latency-") as scratch:
        root = Path(scratch)
        os.environ["ARSIP_HOME"] = str(root / "data")
        settings = load_settings()
        settle = settings.watch.settle_seconds
        service = subprocess.Popen([str(ARSIP), "serve"], stderr=subprocess.DEVNULL)
        try:
            while not (settings.run_dir / "service.json").exists():
                time.sleep(0.1)
            database = Database(settings.database_url)
            inbox = settings.inbox_dir / "permohonan"
            (root / "src").mkdir()
            digital: list[float] = []
            for n in range(count):
                keyword = f"LATDIGI{n:03d}"
                letter = born_digital_pdf(
                    root / "src" / f"{keyword}.pdf", [dense_letter_lines(keyword)]
                )
                digital.append(found_after(database, keyword, drop(letter, inbox)) - settle)
            scans: list[float] = []
            ratios: list[float] = []
            for n in range(count):
                keyword = f"{FRUITS[n % len(FRUITS)]}{FRUITS[n // len(FRUITS)]}"
                page = render_page(dense_letter_lines(keyword), seed=n, noise_sigma=8.0, font_px=34)
                png = save_scan(root / "src" / f"{keyword}.png", [page])
                bare = bare_tesseract(png, root)
                latency = found_after(database, keyword, drop(png, inbox)) - settle
                scans.append(latency)
                ratios.append(latency / bare)
        finally:
            service.send_signal(signal.SIGTERM)
            service.wait(timeout=60)
    print(f"settle time {settle} s subtracted; {count} files each, dropped one at a time")
    print(f"born-digital: median {statistics.median(digital):.2f} s, p95 {p95(digital):.2f} s")
    print(f"scans:        median {statistics.median(scans):.2f} s, p95 {p95(scans):.2f} s")
    print(f"scans / bare tesseract on the same page: median {statistics.median(ratios):.2f}, "
          f"p95 {p95(ratios):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()

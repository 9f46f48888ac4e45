"""OCR overhead: `arsip ingest` seconds per page against bare `tesseract` on the same pages.

Renders 20 distinct full-page letters at 300 dpi (sensor noise sigma 8, most of them skewed),
then measures in this run:
  (a) bare `tesseract PAGE.png out -l ind+eng txt`, one page at a time, OMP_THREAD_LIMIT=1;
  (b) `arsip ingest` of the same pages as image-only PDFs, one worker (like for like with (a)),
      end to end into the archive and the index;
  (c) `arsip ingest` of born-digital versions of the same letters, one worker;
  and (b) again with one worker per core, for pages per minute, sampling the peak RSS of the
  whole process tree. Usage: python bench/ocr_overhead.py [PAGES]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.classify import ensure_model, model_path
from tests.letters import born_digital_pdf, dense_letter_lines, render_page, save_scan

ARSIP = Path(sys.executable).with_name("arsip")


def make_pages(folder: Path, count: int) -> tuple[list[Path], list[Path], list[Path]]:
    pngs, scans, digital = [], [], []
    for n in range(count):
        lines = dense_letter_lines(f"BENCH{n:03d}", name=f"Pemohon Nomor {n}")
        page = render_page(lines, skew=(n % 5 - 2) * 0.8, seed=n, noise_sigma=8.0, font_px=34)
        pngs.append(save_scan(folder / f"page{n:03d}.png", [page]))
        scans.append(save_scan(folder / f"scan{n:03d}.pdf", [page]))
        digital.append(born_digital_pdf(folder / f"digital{n:03d}.pdf", [lines]))
    return pngs, scans, digital


def bare_tesseract(pngs: list[Path], scratch: Path) -> float:
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    started = time.perf_counter()
    for png in pngs:
        command = ["tesseract", str(png), str(scratch / png.stem), "-l", "ind+eng", "txt"]
        subprocess.run(command, check=True, capture_output=True, env=environment)
    return time.perf_counter() - started


def tree_rss_kib(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
            )
        except OSError:
            continue
        children.setdefault(int(fields["PPid"]), []).append(int(fields["Pid"]))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def train_classifier(home: Path) -> float:
    """Seconds to train the shipped classifier, which a fresh install does once at first start;
    the timed runs below get a copy of it, so they measure letters, not installation."""
    started = time.perf_counter()
    ensure_model(home)
    return time.perf_counter() - started


def run_ingest(files: list[Path], home: Path, workers: int, model_home: Path) -> tuple[float, int]:
    """Seconds for one `arsip ingest` of ``files`` and the peak RSS (KiB) of its process tree."""
    shutil.copytree(model_path(model_home).parent, model_path(home).parent)
    environment = {**os.environ, "ARSIP_HOME": str(home), "ARSIP_PIPELINE__WORKERS": str(workers)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(ARSIP), "ingest", "--json", *map(str, files)], env=environment, stdout=subprocess.PIPE
    )
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss_kib(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = process.communicate()
    sampler.join()
    elapsed = time.perf_counter() - started
    registered = out.decode().count('"status": "registered"')
    if registered != len(files):
        raise SystemExit(f"only {registered} of {len(files)} files registered:\n{out.decode()}")
    return elapsed, peak


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="arsip-bench-") as scratch:
        root = Path(scratch)
        (root / "pages").mkdir()
        pngs, scans, digital = make_pages(root / "pages", count)
        training = train_classifier(root / "model")
        bare = bare_tesseract(pngs, root) / count
        ours, _ = run_ingest(scans, root / "one", 1, root / "model")
        ours /= count
        born, _ = run_ingest(digital, root / "digital", 1, root / "model")
        born /= count
        parallel, peak = run_ingest(scans, root / "all", cores, root / "model")
    print(f"pages: {count} at 300 dpi; tesseract -l ind+eng, OMP_THREAD_LIMIT=1 on both sides")
    print(f"(a) bare tesseract:             {bare:6.2f} s/page")
    print(f"(b) arsip ingest, 1 worker:     {ours:6.2f} s/page   (b)/(a) = {ours / bare:.2f}")
    print(f"(c) born-digital, 1 worker:     {born:6.2f} s/page")
    print(f"    scans, {cores} workers:          {60 * count / parallel:6.1f} pages/min")
    print(f"    peak RSS, {cores} workers:       {peak / 1024:6.0f} MiB (whole process tree)")
    print(f"    classifier training, once per install: {training:.1f} s (not in the figures)")


if __name__ == "__main__":
    main()

"""The work done in a worker process for one file: snapshot, identify, read or OCR, archive.

Nothing here touches the database: the parent commits what a worker returns, so the archive
files always exist (written and fsynced here) before any row points at them. The worker reads a
private snapshot of the source, so a file that changes or vanishes half-way cannot mix two
versions into one document.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from archive.pdfa import write_pdfa
from archive.store import ArchiveStore, relative_path, sha256_of
from config.settings import Settings
from pipeline.classify import classify
from pipeline.correspondents import recognise as recognise_correspondent
from pipeline.errors import BadInput
from pipeline.extract import CLASS_FIELDS, Fields, extract_fields
from pipeline.identify import identify
from pipeline.text import PageText, archive_source, extract
from pipeline.verify import read_comb_nik, verify
from registry.numbering import own_formats


@dataclass
class Processed:
    sha256: str
    kind: str
    size: int
    pages: list[PageText]
    original_path: str
    pdfa_path: str
    seconds: float
    cls: str
    confidence: float
    fields: Fields

    @property
    def ocr(self) -> bool:
        return any(page.ocr for page in self.pages)


def _ticks(pages: list[PageText]) -> dict[str, tuple[str, int]]:
    """field → (ticked option, page number); the first page that shows a group wins."""
    ticks: dict[str, tuple[str, int]] = {}
    for page in pages:
        for name, value in page.ticks.items():
            ticks.setdefault(name, (value, page.number))
    return ticks


def _snapshot(source: Path, workdir: Path, expected_sha256: str) -> Path:
    snapshot = workdir / "source"
    try:
        shutil.copyfile(source, snapshot)
    except FileNotFoundError as missing:
        raise BadInput(
            "Berkas hilang sebelum dapat dibaca", "the file vanished before it could be read"
        ) from missing
    if sha256_of(snapshot) != expected_sha256:
        raise BadInput(
            "Berkas berubah saat dibaca; mungkin masih disalin",
            "the file changed while being read; it may still be copying",
        )
    return snapshot


def process_file(
    source: Path, expected_sha256: str, settings: Settings, class_hint: str | None = None
) -> Processed:
    started = time.perf_counter()
    limits = settings.pipeline
    store = ArchiveStore(settings.archive_dir)
    with tempfile.TemporaryDirectory(prefix="arsip-job-") as scratch:
        workdir = Path(scratch)
        snapshot = _snapshot(source, workdir, expected_sha256)
        identified = identify(
            snapshot, max_pages=limits.max_pages, max_megapixels=limits.max_megapixels
        )
        extracted = extract(snapshot, identified, workdir, limits)
        texts = [page.text for page in extracted.pages]
        verdict = classify("\n".join(texts), settings.home, class_hint)
        formats = own_formats(settings.registry)
        ticks = _ticks(extracted.pages)
        office = settings.office
        fields = extract_fields(
            texts, verdict.cls, ticks, formats, office.mail_domains, office.short_name
        )
        recognise_correspondent(fields, texts, verdict.cls, office.correspondents, office.name)
        if "nik" in CLASS_FIELDS[verdict.cls]:
            read_comb_nik(fields, extracted.pages, limits.default_dpi)
        threshold = settings.classify.check_fields_below
        verify(fields, extracted.pages, limits.ocr_languages, threshold, formats)
        pdfa = workdir / "archive.pdf"
        write_pdfa(archive_source(extracted, snapshot, workdir), pdfa, title=source.name)
        original_rel = relative_path("originals", expected_sha256, identified.suffix)
        pdfa_rel = relative_path("pdfa", expected_sha256, ".pdf")
        store.put(snapshot, original_rel)
        store.put(pdfa, pdfa_rel)
        size = snapshot.stat().st_size
    for page in extracted.pages:
        page.words, page.image = [], None  # the scratch folder is gone; the parent needs neither
    return Processed(
        sha256=expected_sha256,
        kind=extracted.kind,
        size=size,
        pages=extracted.pages,
        original_path=str(original_rel),
        pdfa_path=str(pdfa_rel),
        seconds=time.perf_counter() - started,
        cls=verdict.cls,
        confidence=verdict.confidence,
        fields=fields,
    )

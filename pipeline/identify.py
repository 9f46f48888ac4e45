"""Stage 1: what a file is, judged by its bytes, and whether we accept it."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image

from pipeline.errors import BadInput

MAGIC_READ = 1024
PDF_TRAILER_WINDOW = 2048


@dataclass(frozen=True)
class Identified:
    kind: str  # "pdf", "png", "jpeg" or "tiff"
    suffix: str
    pages: int


def _sniff(head: bytes) -> str | None:
    if b"%PDF-" in head[:MAGIC_READ]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def _read_head_and_tail(path: Path) -> tuple[bytes, bytes, int]:
    try:
        with path.open("rb") as handle:
            head = handle.read(MAGIC_READ)
            size = handle.seek(0, 2)
            handle.seek(max(0, size - PDF_TRAILER_WINDOW))
            tail = handle.read()
    except FileNotFoundError as missing:
        raise BadInput(
            "Berkas hilang sebelum dapat dibaca", "the file vanished before it could be read"
        ) from missing
    except IsADirectoryError as directory:
        raise BadInput("Bukan berkas", "not a file") from directory
    return head, tail, size


def _pdf_pages(path: Path, tail: bytes, max_pages: int) -> int:
    if b"%%EOF" not in tail:
        raise BadInput(
            "PDF terpotong (tidak lengkap); pindai atau salin ulang berkasnya",
            "truncated PDF (incomplete); scan or copy the file again",
        )
    try:
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError as locked:
        raise BadInput(
            "PDF dilindungi kata sandi; minta versi tanpa sandi",
            "password-protected PDF; ask for a version without a password",
        ) from locked
    except pikepdf.PdfError as broken:
        raise BadInput(f"PDF rusak: {broken}", f"damaged PDF: {broken}") from broken
    if pages == 0:
        raise BadInput("PDF tanpa halaman", "PDF without pages")
    if pages > max_pages:
        raise BadInput(
            f"PDF terlalu panjang: {pages} halaman, batas {max_pages}",
            f"PDF too long: {pages} pages, the limit is {max_pages}",
        )
    return pages


def _image_pages(path: Path, max_megapixels: float, max_pages: int) -> int:
    """Check dimensions from the header only: a decompression bomb is never decoded."""
    limit = int(max_megapixels * 1_000_000)
    Image.MAX_IMAGE_PIXELS = limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as bomb:
        raise _too_large_image(str(bomb)) from bomb
    except (OSError, SyntaxError, ValueError) as broken:
        raise BadInput(f"Gambar rusak: {broken}", f"damaged image: {broken}") from broken
    if width * height > limit:
        raise _too_large_image(f"{width}×{height} px")
    if frames > max_pages:
        raise BadInput(
            f"TIFF terlalu panjang: {frames} halaman, batas {max_pages}",
            f"TIFF too long: {frames} pages, the limit is {max_pages}",
        )
    return frames


def _too_large_image(detail: str) -> BadInput:
    return BadInput(
        f"Gambar terlalu besar ({detail}); pindai ulang pada 300 dpi",
        f"image too large ({detail}); scan again at 300 dpi",
    )


def identify(path: Path, *, max_pages: int, max_megapixels: float) -> Identified:
    head, tail, size = _read_head_and_tail(path)
    if size == 0:
        raise BadInput("Berkas kosong (0 byte)", "empty file (0 bytes)")
    kind = _sniff(head)
    if kind is None:
        raise BadInput(
            "Jenis berkas tidak didukung; kirim PDF, TIFF, JPEG atau PNG",
            "unsupported file type; send a PDF, TIFF, JPEG or PNG",
        )
    if kind == "pdf":
        return Identified("pdf", ".pdf", _pdf_pages(path, tail, max_pages))
    suffix = {"png": ".png", "jpeg": ".jpg", "tiff": ".tif"}[kind]
    return Identified(kind, suffix, _image_pages(path, max_megapixels, max_pages))

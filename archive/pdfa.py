"""PDF/A-2b archive copies.

A PDF becomes PDF/A-2b here by three things: all fonts embedded, an sRGB output intent, and XMP
metadata that claims part 2, conformance B. Pages that Tesseract rendered (image + invisible
GlyphLessFont text) already embed their font, so pikepdf adds the rest in milliseconds; only a
born-digital PDF with unembedded fonts goes through Ghostscript first, to embed them.
Ghostscript's own PDF/A mode is not used for the output intent because Debian 12's gs 10.0
needs a PostScript definition file per run; the intent is the same sRGB profile either way.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pikepdf
from PIL import ImageCms

GHOSTSCRIPT_TIMEOUT = 600


@cache
def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _fonts_all_embedded(pdf: pikepdf.Pdf) -> bool:
    for page in pdf.pages:
        fonts = page.resources.get("/Font", pikepdf.Dictionary())
        for font in fonts.values():
            descendants = font.get("/DescendantFonts")
            target = descendants[0] if descendants else font
            if font.get("/Subtype") == "/Type3":
                continue
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or not any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                return False
    return True


def _embed_fonts(source: Path, target: Path) -> None:
    command = [
        "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
        "-dEmbedAllFonts=true", "-dSubsetFonts=true", "-dCompatibilityLevel=1.7",
        "-sColorConversionStrategy=RGB", f"-sOutputFile={target}", str(source),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=GHOSTSCRIPT_TIMEOUT)


def _claim_pdfa(pdf: pikepdf.Pdf, title: str) -> None:
    profile = pikepdf.Stream(pdf, srgb_profile())
    profile["/N"] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier="sRGB IEC61966-2.1",
        Info="sRGB IEC61966-2.1",
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([intent])
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["dc:title"] = title
        meta["pdf:Producer"] = "Arsip PPID"
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"


def write_pdfa(source: Path, target: Path, title: str) -> None:
    """Write a PDF/A-2b copy of ``source`` to ``target``."""
    with tempfile.TemporaryDirectory(prefix="arsip-pdfa-") as scratch:
        with pikepdf.open(source) as pdf:
            embedded = _fonts_all_embedded(pdf)
        if not embedded:
            normalised = Path(scratch) / "embedded.pdf"
            _embed_fonts(source, normalised)
            source = normalised
        with pikepdf.open(source) as pdf:
            _claim_pdfa(pdf, title)
            pdf.save(target, fix_metadata_version=True, deterministic_id=True)


def assemble(pages: Sequence[tuple[Path, int]], target: Path) -> None:
    """Build one PDF from (file, page index) pairs, in order."""
    opened: dict[Path, pikepdf.Pdf] = {}
    try:
        with pikepdf.new() as combined:
            for path, index in pages:
                if path not in opened:
                    opened[path] = pikepdf.open(path)
                combined.pages.append(opened[path].pages[index])
            combined.save(target)
    finally:
        for pdf in opened.values():
            pdf.close()


def claims_pdfa(path: Path) -> str:
    """The PDF/A level a file claims ('2B'), or '' for none."""
    with pikepdf.open(path) as pdf:
        return str(pdf.open_metadata().pdfa_status)

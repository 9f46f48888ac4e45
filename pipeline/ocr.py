"""Stage 3b: one scanned page image to text and a searchable PDF page, with one OCR pass.

Before the pass the page is turned upright and deskewed. Upright: Tesseract's orientation
detection, run on a band across the middle of the page at half size, falling back to the whole
page when the band is not conclusive; a turn it proposes without confidence (upside-down pages,
mostly) is kept when the page then reads as more words (in its inkiest band, or over the whole
page when that band is no clear judge). Deskewed: projection profiles on a small
copy. A form's dashed and dotted leader lines, a ruled paper's lines (whitened before the skew
is measured as well) and the stamps pressed over a letter are whitened in the copy Tesseract
reads (``pipeline.formlines``, ``pipeline.stamps``). Tesseract then
writes the text and the PDF page (image plus invisible text) from the same recognition, and the
page's image in that PDF is put back as scanned. Two columns it read across are put one after
the other in the text (``pipeline.columns``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pikepdf
import pytesseract
from PIL import Image, ImageOps

from pipeline.checkboxes import Word, words_from_tsv
from pipeline.columns import lines_of, reading_order
from pipeline.errors import BadInput, MissingDependency
from pipeline.formlines import ink_of, without_leaders, without_ruling
from pipeline.highlights import highlighter_ink, page_marks, without_highlights
from pipeline.parties import one_party
from pipeline.stamps import without_stamps
from pipeline.tables import read_down

OSD_MIN_CONFIDENCE = 2.0
# A turn OSD is less sure of than this is checked by reading the page both ways.
OSD_TURN_CONFIDENCE = 5.0
OSD_CONFIG = "--psm 0 -c min_characters_to_try=15"
OSD_MAX_WIDTH = 2000
# A word read this surely is legible: handwriting rarely reads surer, and upside down never.
LEGIBLE_CONFIDENCE = 50.0
MIN_LEGIBLE_WORDS = 3
# The share of a row's width inked that makes it a filled bar or a rule rather than text.
FILLED_ROW = 0.5
# A page wider than tall was laid on the scanner sideways, likely; an upright letter or one
# upside down is not.
QUARTER_TURNS = (0, 90, 180, 270)
HALF_TURNS = (0, 180)
# A wrongly turned page reads as specks; this skips Tesseract's retry of each of them inverted.
LEGIBILITY_CONFIG = "--psm 6 -c tessedit_do_invert=0"
DESKEW_MAX_DEGREES = 5.0
DESKEW_SAMPLE_WIDTH = 600
DESKEW_MIN_DEGREES = 0.3
JPEG_QUALITY = 85
# "A single column of text of variable sizes": keeps a form's "Label : value" rows on one line,
# where the default (fully automatic) layout reads the labels and the values as two columns.
PAGE_SEGMENTATION = "4"
# A page read as fewer words than this may carry text on a tinted ground (a KTP copy's grey
# card) that Tesseract's global threshold took for a picture: it is read again with a local
# (Sauvola) threshold, whose reading is kept when it finds this many words more.
SPARSE_PAGE_WORDS = 40
LOCAL_GAIN = 10
SAUVOLA = 2
PARAGRAPH = 100  # Word.line // PARAGRAPH numbers a word's block and paragraph (words_from_tsv)


@dataclass(frozen=True)
class OcrPage:
    text: str
    pdf: Path
    rotated: int
    skew: float
    ticks: dict[str, str]
    words: list[Word]
    image: Path  # the upright page Tesseract read, which the words' boxes are pixels of


def check_engine(languages: str) -> None:
    """Fail once, at start-up, when Tesseract or a language it needs is missing."""
    if shutil.which("tesseract") is None:
        raise MissingDependency(
            "Tesseract tidak terpasang / Tesseract is not installed (apt-get install tesseract-ocr)"
        )
    try:
        installed = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractError as broken:
        raise MissingDependency(
            f"Tesseract tidak dapat dijalankan / cannot run: {broken}"
        ) from None
    missing = [lang for lang in [*languages.split("+"), "osd"] if lang not in installed]
    if missing:
        names = ", ".join(missing)
        raise MissingDependency(
            f"Data bahasa Tesseract tidak ada: {names} / Tesseract language data missing: {names} "
            f"(apt-get install {' '.join('tesseract-ocr-' + lang for lang in missing)})"
        )


def _small(image: Image.Image) -> Image.Image:
    if image.width > OSD_MAX_WIDTH:
        return (image.convert("L") if image.mode == "1" else image).reduce(2)
    return image


def _inkiest_band(image: Image.Image) -> Image.Image:
    """The tenth of the page's height that holds the most ink (where the text is); ink as dark
    against the paper as a pale blue pen is. A row inked over most of its width is a filled
    bar or a rule (a web form's coloured header), no text to read."""
    sample = image.convert("L")
    sample.thumbnail((DESKEW_SAMPLE_WIDTH, DESKEW_SAMPLE_WIDTH * 2))
    ink = ink_of(np.asarray(sample)).sum(axis=1)
    ink[ink > FILLED_ROW * sample.width] = 0
    rows = max(1, len(ink) // 10)
    totals = np.convolve(ink, np.ones(rows), mode="valid")
    top = int(np.argmax(totals)) * image.height // sample.height
    return image.crop((0, top, image.width, min(image.height, top + max(1, image.height // 10))))


def _legible_words(image: Image.Image) -> int:
    """How many words of three letters or more Tesseract reads with confidence."""
    data = pytesseract.image_to_data(
        _small(image).convert("L"), config=LEGIBILITY_CONFIG, output_type=pytesseract.Output.DICT
    )
    return sum(
        1
        for word, confidence in zip(data["text"], data["conf"], strict=True)
        if float(confidence) >= LEGIBLE_CONFIDENCE and re.fullmatch(r"[A-Za-z]{3,}", word)
    )


def _osd_rotation(image: Image.Image, workdir: Path) -> int:
    """Tesseract's orientation verdict; images go to it as PNM, which costs nothing to write.

    OSD, trained on print, is often right but unsure about a page that has little text or is
    written by hand, and may then propose any turn, now and then even a little above its own
    threshold; such a page is turned the way it reads best instead.
    """
    width, height = image.size
    band = _small(image.crop((0, 2 * height // 5, width, 3 * height // 5)))
    proposed: int | None = None
    for number, candidate in enumerate((band, image)):
        path = workdir / f"osd-{number}.pnm"
        candidate.save(path)
        try:
            osd = pytesseract.image_to_osd(
                str(path), config=OSD_CONFIG, output_type=pytesseract.Output.DICT
            )
        except pytesseract.TesseractError:
            continue
        turn, confidence = int(osd["rotate"]) % 360, float(osd["orientation_conf"])
        if confidence >= (OSD_TURN_CONFIDENCE if turn else OSD_MIN_CONFIDENCE):
            return turn
        proposed = proposed or turn
    if proposed is None:  # too little text for OSD: a blank page, or one with a few words
        return 0
    return _most_legible_turn(image, proposed)


def _most_legible_turn(image: Image.Image, proposed: int) -> int:
    """The turn, of those likely and the one OSD proposed, after which the page's inkiest band
    reads as the most legible words; none unless that is clearly more than as scanned."""
    likely = QUARTER_TURNS if image.width > image.height else HALF_TURNS
    turns = sorted({*likely, proposed})
    legible = {
        turn: _legible_words(_inkiest_band(image.rotate(-turn, expand=True))) for turn in turns
    }
    most, runner_up = sorted(legible.values(), reverse=True)[:2]
    if most <= MIN_LEGIBLE_WORDS or most < 2 * runner_up:
        # The inkiest band holds too little print to judge by (a form's boxes filled in by
        # hand): the whole page, slower, is read instead.
        legible = {turn: _legible_words(image.rotate(-turn, expand=True)) for turn in turns}
    best = max(turns, key=lambda turn: legible[turn])
    return best if legible[best] > max(MIN_LEGIBLE_WORDS, legible[0]) else 0


def upright(image: Image.Image, workdir: Path) -> tuple[Image.Image, int]:
    """Turn the page by the multiple of 90° that Tesseract's OSD asks for."""
    rotation = _osd_rotation(image, workdir)
    if rotation == 0:
        return image, 0
    return image.rotate(-rotation, expand=True), rotation


def skew_angle(image: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection profiles: for each candidate angle the ink pixels of a small copy are binned
    into rows along that angle; text lines aligned with it give the sharpest profile.
    """
    sample = image.convert("L")
    scale = DESKEW_SAMPLE_WIDTH / sample.width
    if scale < 1:
        sample = sample.resize((DESKEW_SAMPLE_WIDTH, max(1, int(sample.height * scale))))
    pixels = np.asarray(sample)
    ys, xs = np.nonzero(pixels < pixels.mean() - pixels.std())
    if len(xs) == 0:
        return 0.0
    xs_centred = xs - sample.width / 2
    offset = sample.width

    def score(angle: float) -> float:
        rows = np.rint(ys - xs_centred * np.tan(np.radians(angle))).astype(np.int64) + offset
        profile = np.bincount(rows).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    best = max(np.arange(-DESKEW_MAX_DEGREES, DESKEW_MAX_DEGREES + 0.01, 1.0), key=score)
    fine = np.arange(best - 0.8, best + 0.81, 0.2)
    return round(float(max(fine, key=score)), 1)


def deskew(image: Image.Image, measured_on: Image.Image | None = None) -> tuple[Image.Image, float]:
    """``image`` turned by the skew measured on it, or on ``measured_on`` (a copy of it)."""
    angle = skew_angle(measured_on or image)
    if abs(angle) < DESKEW_MIN_DEGREES:
        return image, 0.0
    return turned(image, angle), angle


def turned(image: Image.Image, angle: float) -> Image.Image:
    work = image.convert("L") if image.mode == "1" else image
    white = 255 if work.mode == "L" else (255, 255, 255)
    return work.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=white)


def _normalise_mode(image: Image.Image) -> Image.Image:
    if image.mode in ("1", "L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "P"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        return background
    return image.convert("RGB")


def _run_tesseract(
    image_path: Path, out_base: Path, languages: str, dpi: int, timeout: int, local: bool = False
) -> str:
    """The text Tesseract reads, its PDF page and its words beside ``out_base``; ``local``:
    binarised with a local (Sauvola) threshold instead of the global one."""
    threshold = ["-c", f"thresholding_method={SAUVOLA}"] if local else []
    command = ["tesseract", str(image_path), str(out_base), "-l", languages, "--dpi", str(dpi),
               "--psm", PAGE_SEGMENTATION, *threshold, "txt", "pdf", "tsv"]  # fmt: skip
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, env=environment)
    except subprocess.TimeoutExpired as slow:
        raise BadInput(
            f"OCR melebihi batas waktu {timeout} detik", f"OCR took longer than {timeout} s"
        ) from slow
    except subprocess.CalledProcessError as failed:
        detail = failed.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
        raise BadInput(f"OCR gagal: {detail[0]}", f"OCR failed: {detail[0]}") from failed
    return out_base.with_suffix(".txt").read_text(encoding="utf-8").rstrip("\f\n ")


def _reading_copy(image: Image.Image, dpi: int, ink: np.ndarray | None) -> Image.Image | None:
    """The page with its highlighter ``ink``, leader lines and stamps whitened, or None when it
    has none of them."""
    unmarked = without_highlights(image, ink)
    without_lines = without_leaders(unmarked or image, dpi)
    return without_stamps(without_lines or unmarked or image, dpi) or without_lines or unmarked


def _save_page(image: Image.Image, stem: Path, dpi: int, suffix: str = "") -> Path:
    """A bilevel page as PNG, any other as JPEG: the files Tesseract embeds in its PDF page."""
    if image.mode == "1":
        path = stem.with_name(f"{stem.name}{suffix}.png")
        image.save(path, dpi=(dpi, dpi))
    else:
        path = stem.with_name(f"{stem.name}{suffix}.jpg")
        image.save(path, quality=JPEG_QUALITY, dpi=(dpi, dpi))
    return path


def _restore_scan(pdf_path: Path, image: Image.Image, image_path: Path) -> None:
    """Put the page as scanned back behind the text Tesseract read from its cleaned copy.

    Both images have the same size and mode, so only the image stream's bytes change: the JPEG
    file as it is, or a bilevel page's bits, which Tesseract stores with 1 for black.
    """
    with pikepdf.open(pdf_path, allow_overwriting_input=True) as pdf:
        (picture,) = pdf.pages[0].get_images(recursive=False).values()
        if image.mode == "1":
            black_bits = ImageOps.invert(image.convert("L")).convert("1").tobytes()
            picture.write(zlib.compress(black_bits), filter=pikepdf.Name.FlateDecode)
        else:
            picture.write(image_path.read_bytes(), filter=pikepdf.Name.DCTDecode)
        pdf.save(pdf_path)


def ocr_page(
    image: Image.Image, dpi: int, workdir: Path, name: str, languages: str, timeout: int
) -> OcrPage:
    """Upright, deskew, then recognise ``image`` once; the PDF page lands in ``workdir``."""
    image = _normalise_mode(image)
    image, rotated = upright(image, workdir)
    unruled = without_ruling(image, dpi)
    image, skew = deskew(image, unruled)
    if unruled is None and skew:
        unruled = without_ruling(image, dpi)  # its lines, once straightened, are found
    elif unruled is not None and skew:
        unruled = turned(unruled, skew)
    out_base = workdir / name
    image_path = _save_page(image, out_base, dpi)
    ink = highlighter_ink(image)
    reading = _reading_copy(unruled or image, dpi, ink) or unruled
    read_from = image_path if reading is None else _save_page(reading, out_base, dpi, "-read")
    text = _run_tesseract(read_from, out_base, languages, dpi, timeout)
    if _legible_count(text) < SPARSE_PAGE_WORDS:
        local_base = workdir / f"{name}-local"
        local = _run_tesseract(read_from, local_base, languages, dpi, timeout, local=True)
        if _legible_count(local) >= _legible_count(text) + LOCAL_GAIN:
            text, out_base = local, local_base
    if reading is not None:
        _restore_scan(out_base.with_suffix(".pdf"), image, image_path)
    words = words_from_tsv(out_base.with_suffix(".tsv").read_text(encoding="utf-8"))
    text, words = _in_reading_order(text, words, image.width)
    ticks = page_marks(image, words, text, ink)
    return OcrPage(text, out_base.with_suffix(".pdf"), rotated, skew, ticks, words, image_path)


def _legible_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{3,}", text))


def _in_reading_order(text: str, words: list[Word], width: int) -> tuple[str, list[Word]]:
    """Two columns Tesseract read across, one after the other (``pipeline.columns``), an
    identity table's row read down its columns (``pipeline.tables``) and a proxy's column left
    out of a two-party table (``pipeline.parties``); the words in the order of the text, which
    ``pipeline.verify`` finds them in."""
    lines = lines_of(words)
    ordered = reading_order(lines, width)
    arranged = read_down(ordered or lines, width) or ordered
    arranged = one_party(arranged or lines) or arranged
    if arranged is None:
        return text, words
    return _paragraphs(arranged), [word for line in arranged for word in line]


def _paragraphs(lines: list[list[Word]]) -> str:
    """Lines as Tesseract writes them: a blank line where a paragraph ends."""
    written: list[str] = []
    for index, line in enumerate(lines):
        if index and line[0].line // PARAGRAPH != lines[index - 1][0].line // PARAGRAPH:
            written.append("")
        written.append(" ".join(word.text for word in line))
    return "\n".join(written)


def normalise_text(text: str) -> str:
    """Collapse runs of blank lines that Tesseract leaves between blocks."""
    return re.sub(r"\n{3,}", "\n\n", text).strip()

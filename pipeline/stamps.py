"""Rubber stamps, found on a page image and whitened for OCR.

A stamp is pressed over the signature, the dateline or a letterhead's corner, and Tesseract's
page layout takes it and every line it touches for a picture: the dateline "Ditetapkan di
Palembang, pada tanggal …" under a faculty's stamp, or the signer's name, is then lost. So in the
copy Tesseract reads the stamp's ink is painted over (the archived page keeps it).

A stamp is a large connected mark (at least ``STAMP_INCHES`` each way) whose ink is mostly
lighter than the text's: grey in a grey scan, and so are a coloured stamp's violet or blue. All
the light ink inside its bounds is painted, the words stamped inside its ring or box too (a
received stamp's "DITERIMA / Tgl" printed over the dateline); the darker text it touches stays,
with the rim of lighter pixels around each dark stroke. A ruled sheet's faint lines, joined by
its margin rule into one such mark, go the same way, and a letter written by hand on them reads
better for it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from pipeline.formlines import paper_level

INK_CONTRAST = 45
STAMP_INCHES = 0.4
# A mark whose median ink is at least this much lighter than the text's is a stamp.
STAMP_LIGHTER = 70
TEXT_PERCENTILE = 10
# A stamp's own ink is seldom darker than this below its median; darker ink under it is text,
# kept with a rim of ``STROKE_RIM`` pixels.
STAMP_SPREAD = 25
STROKE_RIM = 2
SAMPLE = 2


def without_stamps(image: Image.Image, dpi: int) -> Image.Image | None:
    """A copy of ``image`` with its stamps painted white, or None when it has none.

    Stamps are looked for on every other pixel of every other row (a stamp is large, and that
    is four times quicker); each one found is painted at full size.
    """
    gray = np.asarray(image.convert("L"))
    ink = gray < paper_level(gray) - INK_CONTRAST
    sampled_gray, sampled_ink = gray[::SAMPLE, ::SAMPLE], ink[::SAMPLE, ::SAMPLE]
    if not sampled_ink.any():
        return None
    text_level = float(np.percentile(sampled_gray[sampled_ink], TEXT_PERCENTILE))
    labels, _ = ndimage.label(sampled_ink)
    cleaned: np.ndarray | None = None
    for label, (rows, columns) in enumerate(ndimage.find_objects(labels), start=1):
        if min(rows.stop - rows.start, columns.stop - columns.start) * SAMPLE < STAMP_INCHES * dpi:
            continue
        stamp_level = float(np.median(sampled_gray[rows, columns][labels[rows, columns] == label]))
        if stamp_level - text_level < STAMP_LIGHTER:
            continue
        bounds = (
            slice(rows.start * SAMPLE, rows.stop * SAMPLE),
            slice(columns.start * SAMPLE, columns.stop * SAMPLE),
        )
        dark = ndimage.binary_dilation(
            gray[bounds] < stamp_level - STAMP_SPREAD, iterations=STROKE_RIM
        )
        if cleaned is None:
            cleaned = np.array(image)
        cleaned[bounds][ink[bounds] & ~dark] = 255
    return None if cleaned is None else Image.fromarray(cleaned)

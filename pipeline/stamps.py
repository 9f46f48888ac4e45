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


def without_stamps(image: Image.Image, dpi: int) -> Image.Image | None:
    """A copy of ``image`` with its stamps painted white, or None when it has none."""
    gray = np.asarray(image.convert("L"))
    ink = gray < paper_level(gray) - INK_CONTRAST
    if not ink.any():
        return None
    text_level = float(np.percentile(gray[ink], TEXT_PERCENTILE))
    labels, _ = ndimage.label(ink)
    cleaned: np.ndarray | None = None
    for label, (rows, columns) in enumerate(ndimage.find_objects(labels), start=1):
        if min(rows.stop - rows.start, columns.stop - columns.start) < STAMP_INCHES * dpi:
            continue
        mark = labels[rows, columns] == label
        levels = gray[rows, columns]
        stamp_level = float(np.median(levels[mark]))
        if stamp_level - text_level < STAMP_LIGHTER:
            continue
        dark = ndimage.binary_dilation(levels < stamp_level - STAMP_SPREAD, iterations=STROKE_RIM)
        if cleaned is None:
            cleaned = np.array(image)
        cleaned[rows, columns][ink[rows, columns] & ~dark] = 255
    return None if cleaned is None else Image.fromarray(cleaned)

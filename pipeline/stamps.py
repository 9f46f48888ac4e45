"""Rubber stamps, found on a page image and whitened for OCR.

A stamp is pressed over the signature, the dateline or a letterhead's corner, and Tesseract's
page layout takes it and every line it touches for a picture: the dateline "Ditetapkan di
Palembang, pada tanggal …" under a faculty's stamp, or the signer's name, is then lost. So in the
copy Tesseract reads the stamp's ink is painted over (the archived page keeps it).

A stamp is a large connected mark (at least ``STAMP_INCHES`` each way) whose ink is mostly
lighter than the text's: grey in a grey scan, and so are a coloured stamp's violet or blue. All
the light ink inside its bounds is painted, the words stamped inside its ring or box too (a
received stamp's "DITERIMA / Tgl" printed over the dateline); the darker text it touches stays,
with the rim of lighter pixels around each dark stroke. A larger light mark (a table drawn in
grey, a ruled sheet's lines) is no stamp and stays.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from pipeline.formlines import ink_of

STAMP_INCHES = 0.4
# No stamp is larger, even with the signature it is pressed on: a table's grey rules or a ruled
# sheet's lines are, and the text among them is left as it is.
STAMP_MAX_INCHES = 4.5
# A mark whose median ink is at least this much lighter than the text's is a stamp.
STAMP_LIGHTER = 70
# The text's grey: the darkest tenth of the page's ink.
TEXT_PERCENTILE = 10
STROKE_RIM = 2
# A stamp is hollow, a ring or a box round thin letters, a signature at most across it; a logo
# has solid parts, and more than this share of its bounds is darker ink.
SOLID_SHARE = 0.08
# The stamp's own soft edge, too light to count as ink, goes with it rather than stay as an
# outline of what was painted.
STAMP_RIM = 2
SAMPLE = 2


def without_stamps(image: Image.Image, dpi: int) -> Image.Image | None:
    """A copy of ``image`` with its stamps painted white, or None when it has none.

    Stamps are looked for on every other pixel of every other row (a stamp is large, and that
    is four times quicker); each one found is painted at full size.
    """
    gray = np.asarray(image.convert("L"))
    ink = ink_of(gray)
    sampled_gray, sampled_ink = gray[::SAMPLE, ::SAMPLE], ink[::SAMPLE, ::SAMPLE]
    if not sampled_ink.any():
        return None
    text_level = float(np.percentile(sampled_gray[sampled_ink], TEXT_PERCENTILE))
    labels, _ = ndimage.label(sampled_ink)
    cleaned: np.ndarray | None = None
    for label, (rows, columns) in enumerate(ndimage.find_objects(labels), start=1):
        sides = sorted((rows.stop - rows.start, columns.stop - columns.start))
        if sides[0] * SAMPLE < STAMP_INCHES * dpi or sides[1] * SAMPLE > STAMP_MAX_INCHES * dpi:
            continue
        stamp_level = float(np.median(sampled_gray[rows, columns][labels[rows, columns] == label]))
        if stamp_level - text_level < STAMP_LIGHTER:
            continue
        bounds = (
            slice(rows.start * SAMPLE, rows.stop * SAMPLE),
            slice(columns.start * SAMPLE, columns.stop * SAMPLE),
        )
        darker = gray[bounds] < (text_level + stamp_level) / 2
        if darker.mean() > SOLID_SHARE:
            continue  # a logo's solid disc or star beside its grey ring
        dark = ndimage.binary_dilation(darker, iterations=STROKE_RIM)
        stamp = ndimage.binary_dilation(ink[bounds] & ~dark, iterations=STAMP_RIM) & ~dark
        if cleaned is None:
            cleaned = np.array(image)
        cleaned[bounds][stamp] = 255
    return None if cleaned is None else Image.fromarray(cleaned)

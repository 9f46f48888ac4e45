"""A fifth test corpus: incoming letters for the PPID desk in layouts made blind.

The letters here were designed without looking at the pipeline that reads them: typed and
hand-written requests for information, objections, mail from the Komisi Informasi about
disputes, and ordinary incoming mail that talks about "informasi" and "data" without asking
for any. About a third are born-digital PDFs (ReportLab, with a text layer); the rest are
scans rendered with Pillow at 200 or 300 dpi, skewed, blurred, noisy, sometimes faded,
stamped or turned, and saved as PNG, JPEG, multi-page TIFF or image-only PDF.

Every page is first described as a list of drawing operations (text at a baseline, lines,
boxes, strokes, stamps); the same description is drawn into a PDF or into an image and also
read back, line by line, as the page's text for the truth file.

Usage:
    python bench/make_fifth_corpus.py OUT_DIR N SEED

writes N letters into OUT_DIR and one JSON object per letter into OUT_DIR/truth.jsonl
(id, files, class, layout, heldout, handwritten, rendition, pages, dpi, fields, page_text and,
for scans, scan). The same SEED always gives the same corpus.
"""

from __future__ import annotations

import functools
import io
import json
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

PAGE_W, PAGE_H = A4  # points, 595.3 x 841.9
URW = Path("/usr/share/fonts/opentype/urw-base35")
DJV = Path("/usr/share/fonts/truetype/dejavu")
DKG = Path("/usr/share/fonts/truetype/fifthhorseman")

# font key -> (file Pillow draws with, ReportLab font name or None when no PDF counterpart here).
# The standard PDF fonts Times, Helvetica and Courier have the metrics of the Nimbus fonts.
FONTS: dict[str, tuple[Path, str | None]] = {
    "times": (URW / "NimbusRoman-Regular.otf", "Times-Roman"),
    "times-b": (URW / "NimbusRoman-Bold.otf", "Times-Bold"),
    "times-i": (URW / "NimbusRoman-Italic.otf", "Times-Italic"),
    "helv": (URW / "NimbusSans-Regular.otf", "Helvetica"),
    "helv-b": (URW / "NimbusSans-Bold.otf", "Helvetica-Bold"),
    "helv-i": (URW / "NimbusSans-Italic.otf", "Helvetica-Oblique"),
    "cour": (URW / "NimbusMonoPS-Regular.otf", "Courier"),
    "cour-b": (URW / "NimbusMonoPS-Bold.otf", "Courier-Bold"),
    "cour-i": (URW / "NimbusMonoPS-Italic.otf", "Courier-Oblique"),
    "djs": (DJV / "DejaVuSans.ttf", "DejaVuSans"),
    "djs-b": (DJV / "DejaVuSans-Bold.ttf", "DejaVuSans-Bold"),
    "djs-i": (DJV / "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique"),
    "djr": (DJV / "DejaVuSerif.ttf", "DejaVuSerif"),
    "djr-b": (DJV / "DejaVuSerif-Bold.ttf", "DejaVuSerif-Bold"),
    "djr-i": (DJV / "DejaVuSerif-Italic.ttf", "DejaVuSerif-Italic"),
    "djc": (DJV / "DejaVuSansCondensed.ttf", "DejaVuSansCondensed"),
    "djc-b": (DJV / "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Bold"),
    "djc-i": (DJV / "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-Oblique"),
    "c059": (URW / "C059-Roman.otf", None),
    "c059-b": (URW / "C059-Bold.otf", None),
    "c059-i": (URW / "C059-Italic.otf", None),
    "p052": (URW / "P052-Roman.otf", None),
    "p052-b": (URW / "P052-Bold.otf", None),
    "p052-i": (URW / "P052-Italic.otf", None),
    "book": (URW / "URWBookman-Light.otf", None),
    "book-b": (URW / "URWBookman-Demi.otf", None),
    "book-i": (URW / "URWBookman-LightItalic.otf", None),
    "goth": (URW / "URWGothic-Book.otf", None),
    "goth-b": (URW / "URWGothic-Demi.otf", None),
    "goth-i": (URW / "URWGothic-BookOblique.otf", None),
    "narrow": (URW / "NimbusSansNarrow-Regular.otf", None),
    "narrow-b": (URW / "NimbusSansNarrow-Bold.otf", None),
    "narrow-i": (URW / "NimbusSansNarrow-Oblique.otf", None),
    "dkg": (DKG / "dkg.ttf", "dkg"),
    "z003": (URW / "Z003-MediumItalic.otf", None),
}
FAMILIES = ["times", "helv", "cour", "djs", "djr", "djc", "c059", "p052", "book", "goth", "narrow"]
DIGITAL_FAMILIES = [f for f in FAMILIES if FONTS[f][1] is not None]

Color = tuple[int, int, int]
BLACK: Color = (0, 0, 0)
INKS: list[Color] = [(22, 32, 120), (15, 15, 20), (30, 50, 150), (40, 40, 60)]
STAMP_INKS: list[Color] = [(70, 40, 150), (30, 60, 170), (120, 40, 120), (25, 25, 110)]
NBSP = "\u00a0"
HAND_SCALE = {"dkg": 0.96, "z003": 1.3}  # the script faces look small at the printed size


@functools.lru_cache(maxsize=512)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS[key][0]), max(4, px))


def text_width(s: str, key: str, size: float) -> float:
    """Width in points of `s` set in font `key` at `size` points."""
    return pil_font(key, 200).getlength(s) * size / 200


# ---------------------------------------------------------------- page model
@dataclass
class Text:
    """One run of text; (x, y) is the baseline's left end, centre or right end (align l/c/r)."""

    x: float
    y: float
    s: str
    font: str
    size: float
    align: str = "l"
    color: Color = BLACK
    hand: bool = False
    seed: int = 0
    read: bool = True  # False for marks a reader would not transcribe (logo letters, ticks)


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.8
    color: Color = BLACK


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.8
    color: Color = BLACK
    fill: Color | None = None
    round_: bool = False  # an ellipse inside the box instead of a rectangle


@dataclass
class Stroke:
    points: list[tuple[float, float]]
    width: float = 1.0
    color: Color = BLACK


@dataclass
class Stamp:
    """A round rubber stamp; drawn on scans only, and not part of the page's text."""

    x: float
    y: float
    r: float
    ring: str
    centre: list[str]
    color: Color
    angle: float


Op = Text | Line | Box | Stroke


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)


def page_text(page: Page) -> str:
    """The page's text as a reader takes it: runs on one baseline joined left to right."""
    runs = []
    for op in page.ops:
        if isinstance(op, Text) and op.read and op.s.strip():
            w = text_width(op.s, op.font, op.size)
            left = op.x - (w if op.align == "r" else w / 2 if op.align == "c" else 0)
            runs.append((op.y, left, op.size, op.s.strip()))
    runs.sort()
    lines: list[list[tuple[float, str]]] = []
    last_y = -1e9
    for y, left, size, s in runs:
        if lines and abs(y - last_y) <= 0.4 * size:
            lines[-1].append((left, s))
        else:
            lines.append([(left, s)])
            last_y = y
    return "\n".join(" ".join(s for _, s in sorted(line)) for line in lines)


class Sheet:
    """Lays text out on A4 pages with a cursor that moves down line by line."""

    def __init__(
        self,
        fam: str,
        size: float = 11.0,
        left: float = 72.0,
        right: float = 523.0,
        top: float = 62.0,
        bottom: float = 800.0,
        leading: float = 1.4,
        hand_font: str = "dkg",
        ink: Color = INKS[0],
        seed: int = 0,
    ) -> None:
        self.fam = fam
        self.size, self.leading = size, leading
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.hand_font, self.ink = hand_font, ink
        self.pages: list[Page] = [Page()]
        self.y = top
        self._seed = seed
        self.all_hand = False  # everything hand-written, baselines on a ruled grid
        self.grid: float | None = None

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def key(self, style: str) -> str:
        """Font key for style r/b/i in this sheet's family, or `style` itself when it is a key."""
        if style in ("r", "b", "i"):
            return self.fam if style == "r" else f"{self.fam}-{style}"
        return style

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new_page()

    def nl(self, k: float = 1.0, size: float | None = None) -> None:
        if self.grid:
            self.y += self.grid * max(1, round(k))
        else:
            self.y += (size or self.size) * self.leading * k

    def gap(self, pts: float) -> None:
        self.y += self.grid * math.ceil(pts / self.grid) if self.grid and pts > 0 else pts

    def put(
        self,
        x: float,
        s: str,
        style: str = "r",
        size: float | None = None,
        align: str = "l",
        hand: bool = False,
        color: Color | None = None,
        read: bool = True,
        y: float | None = None,
    ) -> float:
        """Places one run without moving the cursor; returns its width."""
        hand = hand or self.all_hand
        size = (size or self.size) * (HAND_SCALE[self.hand_font] if hand else 1)
        font = self.hand_font if hand else self.key(style)
        ink = color or (self.ink if hand else BLACK)
        self._seed += 1
        s = s.replace(NBSP, " ")
        op = Text(x, self.y if y is None else y, s, font, size, align, ink, hand, self._seed, read)
        self.page.ops.append(op)
        return text_width(s, font, size)

    def line(self, s: str, style: str = "r", x: float | None = None, **kw) -> None:
        size = kw.get("size") or self.size
        self.need(size * self.leading)
        self.put(self.left if x is None else x, s, style, **kw)
        self.nl(size=size)

    def wrap(self, s: str, width: float, font: str, size: float, first: float = 0) -> list[str]:
        out: list[str] = []
        cur = ""
        for word in filter(None, s.split(" ")):
            trial = f"{cur} {word}" if cur else word
            limit = width - (first if not out else 0)
            if cur and text_width(trial, font, size) > limit:
                out.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            out.append(cur)
        return out

    def para(
        self,
        s: str,
        x: float | None = None,
        width: float | None = None,
        style: str = "r",
        indent: float = 0,
        hand: bool = False,
        size: float | None = None,
    ) -> None:
        """A paragraph wrapped to `width`, its first line indented by `indent`."""
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        size = size or self.size
        hand = hand or self.all_hand
        font = self.hand_font if hand else self.key(style)
        wsize = size * HAND_SCALE[self.hand_font] * 1.04 if hand else size
        for i, part in enumerate(self.wrap(s, width, font, wsize, indent)):
            self.line(part, style, x + (indent if i == 0 else 0), hand=hand, size=size)

    def field(
        self,
        label: str,
        value: str,
        x: float | None = None,
        colon: float = 150.0,
        style: str = "r",
        vstyle: str = "r",
        hand: bool = False,
        sep: str = ":",
    ) -> None:
        """`label : value`, the value wrapped under itself."""
        x = self.left if x is None else x
        self.need(self.size * self.leading)
        self.put(x, label, style)
        self.put(x + colon, sep, style)
        self.para(value, x + colon + 10, self.right - x - colon - 10, vstyle, hand=hand)

    def rows(self, rows: list[tuple[str, str]], x: float | None = None, colon: float = 0) -> None:
        """Label : value rows whose colons line up just right of the widest label."""
        widest = max(text_width(label, self.key("r"), self.size) for label, _ in rows)
        for label, value in rows:
            self.field(label, value, x, max(colon, widest + 8))

    def rule(self, x1: float | None = None, x2: float | None = None, width: float = 0.8) -> None:
        x1 = self.left if x1 is None else x1
        x2 = self.right if x2 is None else x2
        self.page.ops.append(Line(x1, self.y, x2, self.y, width))

    def checkbox(self, x: float, y: float, mark: str | None, side: float = 9.0) -> None:
        """A box whose top-left corner is (x, y - side); mark is tick, x, fill, glyph or None."""
        top = y - side + 1
        if mark == "glyph":
            self.page.ops.append(Text(x, y, "☑", "djs", side * 1.25, read=False))
            return
        self.page.ops.append(Box(x, top, side, side, 0.7))
        ink, r = self.ink, random.Random(self._seed)
        self._seed += 1
        if mark == "tick":
            pts = [
                (x + 1.5, top + side * 0.5),
                (x + side * 0.4, top + side - 1),
                (x + side + 3, top - 4),
            ]
            self.page.ops.append(Stroke(jiggle(pts, r, 0.6), 1.3, ink))
        elif mark == "x":
            self.page.ops.append(
                Stroke(jiggle([(x, top), (x + side, top + side)], r, 0.8), 1.2, ink)
            )
            self.page.ops.append(
                Stroke(jiggle([(x + side, top), (x, top + side)], r, 0.8), 1.2, ink)
            )
        elif mark == "fill":
            self.page.ops.append(Box(x + 1.5, top + 1.5, side - 3, side - 3, 0, ink, ink))

    def signature(self, x: float, y: float, w: float = 80.0) -> None:
        """A scribbled signature whose left end starts at (x, y)."""
        self._seed += 1
        self.page.ops.append(Stroke(scribble(random.Random(self._seed), x, y, w), 1.1, self.ink))


def jiggle(
    pts: list[tuple[float, float]], r: random.Random, amp: float
) -> list[tuple[float, float]]:
    return [(px + r.uniform(-amp, amp), py + r.uniform(-amp, amp)) for px, py in pts]


def scribble(r: random.Random, x: float, y: float, w: float) -> list[tuple[float, float]]:
    """A looping pen path, roughly w points wide and 25 points tall."""
    loops, phase, amp = r.randint(2, 5), r.uniform(0, math.pi), r.uniform(7, 13)
    pts = []
    for i in range(90):
        t = i / 89
        px = x + w * t + 9 * math.sin(loops * 2 * math.pi * t + phase)
        py = y - amp * math.sin(loops * 2 * math.pi * t * 1.5) * (1 - 0.6 * t) - 6 * t
        pts.append((px, py))
    tail = pts[-1]
    pts.append((tail[0] + r.uniform(10, 25), tail[1] + r.uniform(-3, 8)))
    return pts


# ---------------------------------------------------------------- drawing: images
def draw_run(d: ImageDraw.ImageDraw, op: Text, s: float) -> None:
    """Draws one text run at scale s (pixels per point); hand-written runs wobble per letter."""
    font = pil_font(op.font, round(op.size * s))
    w = font.getlength(op.s)
    x = op.x * s - (w if op.align == "r" else w / 2 if op.align == "c" else 0)
    y = op.y * s
    if not op.hand:
        d.text((x, y), op.s, font=font, fill=op.color, anchor="ls")
        return
    r = random.Random(op.seed)
    x0, drift, slope = x, 0.0, r.uniform(-0.008, 0.008)
    for ch in op.s:
        drift = 0.7 * drift + r.gauss(0, 0.3 * s)
        f = pil_font(op.font, round(op.size * s * r.uniform(0.93, 1.08)))
        d.text((x, y + drift + slope * (x - x0)), ch, font=f, fill=op.color, anchor="ls")
        x += f.getlength(ch) * r.uniform(0.98, 1.07)


def draw_page(page: Page, dpi: int, g: np.random.Generator) -> Image.Image:
    s = dpi / 72
    img = Image.new("RGB", (round(PAGE_W * s), round(PAGE_H * s)), "white")
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if isinstance(op, Text):
            draw_run(d, op, s)
        elif isinstance(op, Line):
            pts = [(op.x1 * s, op.y1 * s), (op.x2 * s, op.y2 * s)]
            d.line(pts, fill=op.color, width=max(1, round(op.width * s)))
        elif isinstance(op, Box):
            xy = [op.x * s, op.y * s, (op.x + op.w) * s, (op.y + op.h) * s]
            width = max(1, round(op.width * s)) if op.width > 0 else 0
            outline = op.color if op.width > 0 else None
            if op.round_:
                d.ellipse(xy, fill=op.fill, outline=outline, width=width)
            else:
                d.rectangle(xy, fill=op.fill, outline=outline, width=width)
        else:
            pts = [(px * s, py * s) for px, py in op.points]
            d.line(pts, fill=op.color, width=max(1, round(op.width * s)), joint="curve")
    for st in page.stamps:
        img = press_stamp(img, st, s, g)
    return img


def stamp_mask(st: Stamp, s: float) -> Image.Image:
    rad = st.r * s
    n = int(2 * rad + 20)
    mask = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(mask)
    c, inner = n / 2, rad * 0.68
    d.ellipse([c - rad, c - rad, c + rad, c + rad], outline=255, width=max(2, round(1.8 * s)))
    d.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=max(1, round(s)))
    fs = max(6, round(rad * 0.2))
    font = pil_font("helv-b", fs)
    step = min(330.0 / max(1, len(st.ring)), 10.0)
    span, mid = step * len(st.ring), (rad + inner) / 2
    for i, ch in enumerate(st.ring):
        theta = math.radians(90 + span / 2 - step * (i + 0.5))
        glyph = Image.new("L", (2 * fs, 2 * fs), 0)
        ImageDraw.Draw(glyph).text((fs, fs), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(math.degrees(theta) - 90, resample=Image.Resampling.BICUBIC)
        px, py = int(c + mid * math.cos(theta) - fs), int(c - mid * math.sin(theta) - fs)
        mask.paste(255, (px, py, px + 2 * fs, py + 2 * fs), glyph)
    cf = pil_font("helv-b", max(6, round(rad * 0.16)))
    for j, text in enumerate(st.centre):
        dy = (j - (len(st.centre) - 1) / 2) * rad * 0.22
        d.text((c, c + dy), text, font=cf, fill=255, anchor="mm")
    return mask.rotate(st.angle, resample=Image.Resampling.BICUBIC)


def press_stamp(img: Image.Image, st: Stamp, s: float, g: np.random.Generator) -> Image.Image:
    """Multiplies a stamp's ink, unevenly inked, into the page."""
    mask = np.asarray(stamp_mask(st, s), dtype=np.float32) / 255
    n = mask.shape[0]
    low = Image.fromarray(g.uniform(0.35, 1.0, (5, 5)).astype(np.float32), "F")
    mask *= np.asarray(low.resize((n, n), Image.Resampling.BILINEAR)) * 0.9
    page = np.asarray(img, dtype=np.float32).copy()
    x0, y0 = int(st.x * s - n / 2), int(st.y * s - n / 2)
    h, w = page.shape[:2]
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(w, x0 + n), min(h, y0 + n)
    if xa >= xb or ya >= yb:
        return img
    m = mask[ya - y0 : yb - y0, xa - x0 : xb - x0, None]
    ink = np.array(st.color, dtype=np.float32) / 255
    page[ya:yb, xa:xb] *= 1 - m + m * ink
    return Image.fromarray(page.clip(0, 255).astype(np.uint8))


def fade_toner(img: Image.Image, g: np.random.Generator) -> Image.Image:
    """Lightens the ink in broad patches, as a printer running out of toner does."""
    w, h = img.size
    low = Image.fromarray(g.uniform(0.4, 0.95, (7, 5)).astype(np.float32), "F")
    f = np.asarray(low.resize((w, h), Image.Resampling.BICUBIC))[..., None]
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray((255 - (255 - a) * f).clip(0, 255).astype(np.uint8))


def scan_page(
    img: Image.Image, r: random.Random, g: np.random.Generator, dpi: int
) -> tuple[Image.Image, dict]:
    """Skew, blur, paper tone, sensor noise, dust and sometimes a quarter or half turn."""
    skew = round(r.uniform(-2.0, 2.0), 2)
    blur = round(r.uniform(0.25, 0.8) * dpi / 200, 2)
    noise = round(r.uniform(3.0, 10.0), 1)
    rotation = r.choices([0, 90, 180, 270], weights=[86, 4, 7, 3])[0]
    if r.random() < 0.22:
        img = fade_toner(img, g)
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img, dtype=np.float32).copy()
    a *= np.array([r.uniform(0.95, 1.0), r.uniform(0.94, 0.99), r.uniform(0.9, 0.97)], np.float32)
    a += (g.standard_normal(a.shape[:2], dtype=np.float32) * noise)[..., None]
    h, w = a.shape[:2]
    for _ in range(r.randint(0, 30)):
        k = r.randint(1, max(2, dpi // 100))
        y, x = r.randrange(h - k), r.randrange(w - k)
        a[y : y + k, x : x + k] = r.uniform(20, 120)
    if r.random() < 0.3:
        band = int(w * r.uniform(0.01, 0.03))
        a[:, :band] *= np.linspace(0.35, 1.0, band, dtype=np.float32)[None, :, None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if rotation:
        img = img.rotate(rotation, expand=True)
    info = {"skew_deg": skew, "blur_px": blur, "noise_sigma": noise, "rotation": rotation}
    return img, info


def finish_mode(img: Image.Image, mode: str, r: random.Random) -> Image.Image:
    """Converts to the scanner's colour mode; some scanners also squeeze pages through JPEG."""
    if mode == "1":
        return img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    img = img.convert(mode)
    if r.random() < 0.3:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=r.randint(35, 60))
        img = Image.open(io.BytesIO(buf.getvalue()))
        img.load()
    return img


def save_scans(
    images: list[Image.Image],
    fmt: str,
    dpi: int,
    out: Path,
    stem: str,
    r: random.Random,
    scanned: datetime,
) -> list[str]:
    if fmt == "pdf":
        name = f"{stem}.pdf"
        first, rest = images[0], images[1:]
        device = r.choice(["Canon iR-ADV C3530", "EPSON Scan", "HP Scan", "FUJIFILM Apeos"])
        stamp = scanned.timetuple()
        info = {"creationDate": stamp, "modDate": stamp, "producer": device, "title": stem}
        first.save(out / name, "PDF", resolution=dpi, save_all=True, append_images=rest, **info)
        return [name]
    if fmt == "tiff":
        name = f"{stem}.tif"
        comp = "group4" if images[0].mode == "1" else "tiff_lzw"
        images[0].save(
            out / name, save_all=True, append_images=images[1:], compression=comp, dpi=(dpi, dpi)
        )
        return [name]
    ext = "png" if fmt == "png" else "jpg"
    if len(images) == 1:
        names = [f"{stem}.{ext}"]
    else:
        names = [f"{stem}_{i}.{ext}" for i in range(1, len(images) + 1)]
    for im, name in zip(images, names, strict=True):
        if ext == "jpg":
            im.save(out / name, "JPEG", quality=r.randint(55, 88), dpi=(dpi, dpi))
        else:
            im.save(out / name, "PNG", dpi=(dpi, dpi))
    return names


# ---------------------------------------------------------------- drawing: born-digital PDF
_REGISTERED: set[str] = set()


def rl_font(key: str) -> str:
    path, name = FONTS[key]
    if name is None:  # no PDF counterpart: handwriting falls back to dkg, print to Times
        return rl_font("dkg" if key == "z003" else "times")
    if path.suffix == ".ttf" and name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _REGISTERED.add(name)
    return name


def write_pdf(pages: list[Page], path: Path, title: str, creator: str) -> None:
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator(creator)
    c.setLineJoin(1)
    c.setLineCap(1)
    for page in pages:
        for op in page.ops:
            if isinstance(op, Text):
                c.setFont(rl_font(op.font), op.size)
                c.setFillColorRGB(*(v / 255 for v in op.color))
                draw = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}
                draw[op.align](op.x, PAGE_H - op.y, op.s)
            elif isinstance(op, Line):
                c.setStrokeColorRGB(*(v / 255 for v in op.color))
                c.setLineWidth(op.width)
                c.line(op.x1, PAGE_H - op.y1, op.x2, PAGE_H - op.y2)
            elif isinstance(op, Box):
                c.setStrokeColorRGB(*(v / 255 for v in op.color))
                c.setLineWidth(max(op.width, 0.01))
                if op.fill:
                    c.setFillColorRGB(*(v / 255 for v in op.fill))
                paint = {"stroke": int(op.width > 0), "fill": int(op.fill is not None)}
                bottom = PAGE_H - op.y - op.h
                if op.round_:
                    c.ellipse(op.x, bottom, op.x + op.w, PAGE_H - op.y, **paint)
                else:
                    c.rect(op.x, bottom, op.w, op.h, **paint)
            else:
                c.setStrokeColorRGB(*(v / 255 for v in op.color))
                c.setLineWidth(op.width)
                p = c.beginPath()
                p.moveTo(op.points[0][0], PAGE_H - op.points[0][1])
                for px, py in op.points[1:]:
                    p.lineTo(px, PAGE_H - py)
                c.drawPath(p, stroke=1, fill=0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- people, places, numbers
def words(text: str, sep: str | None = None) -> list[str]:
    """A word table written as one string (compact; the lists here are data, not code)."""
    return [w.strip() for w in text.split(sep)]


MONTHS = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
DAYS = words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
ROMAN = words("I II III IV V VI VII VIII IX X XI XII")

# regency code | town as written in an address | heading on the KTP | kecamatan: kelurahan, ...
PLACE_TABLE = """
71|Palembang|KOTA PALEMBANG|Ilir Barat I: Lorok Pakjo, Bukit Lama, Siring Agung; Ilir Timur I: 20 \
Ilir D. IV, Sungai Pangeran; Seberang Ulu I: 7 Ulu, 15 Ulu; Kemuning: Sekip Jaya, Pahlawan; \
Sukarami: Kebun Bunga, Sukabangun; Kalidoni: Kalidoni, Sei Selincah; Plaju: Plaju Ulu, Bagus \
Kuning; Bukit Kecil: 19 Ilir, Talang Semut; Alang-Alang Lebar: Talang Kelapa, Srijaya
72|Prabumulih|KOTA PRABUMULIH|Prabumulih Timur: Gunung Ibul, Prabujaya
73|Pagar Alam|KOTA PAGAR ALAM|Pagar Alam Utara: Beringin Jaya, Bangun Rejo
74|Lubuklinggau|KOTA LUBUKLINGGAU|Lubuklinggau Timur I: Taba Koji, Majapahit; \
Lubuklinggau Utara II: Megang, Batu Urip
01|Baturaja|KABUPATEN OGAN KOMERING ULU|Baturaja Timur: Kemalaraja, Sukaraya
02|Kayuagung|KABUPATEN OGAN KOMERING ILIR|Kayuagung: Kedaton, Jua-Jua
03|Muara Enim|KABUPATEN MUARA ENIM|Muara Enim: Pasar II, Air Lintang
04|Lahat|KABUPATEN LAHAT|Lahat: Pasar Lama, Bandar Agung
05|Musi Rawas|KABUPATEN MUSI RAWAS|Tugumulyo: Srikaton, Wonorejo
06|Sekayu|KABUPATEN MUSI BANYUASIN|Sekayu: Balai Agung, Kayuara
07|Banyuasin|KABUPATEN BANYUASIN|Talang Kelapa: Sukajadi, Kenten
08|Muaradua|KABUPATEN OGAN KOMERING ULU SELATAN|Muaradua: Bumi Agung
09|Martapura|KABUPATEN OGAN KOMERING ULU TIMUR|Martapura: Veteran Jaya
10|Indralaya|KABUPATEN OGAN ILIR|Indralaya: Indralaya Raya, Timbangan
11|Tebing Tinggi|KABUPATEN EMPAT LAWANG|Tebing Tinggi: Tanjung Kupang
12|Talang Ubi|KABUPATEN PENUKAL ABAB LEMATANG ILIR|Talang Ubi: Talang Ubi Timur
13|Rupit|KABUPATEN MUSI RAWAS UTARA|Rupit: Muara Rupit, Beringin Makmur
"""


def parse_places(table: str) -> dict[str, tuple[str, str, list[tuple[str, list[str]]]]]:
    places = {}
    for row in table.strip().splitlines():
        code, town, heading, districts = row.split("|")
        pairs = [d.split(":") for d in districts.split(";")]
        places[code] = (town, heading, [(k.strip(), v.strip().split(", ")) for k, v in pairs])
    return places


PLACES = parse_places(PLACE_TABLE)
STREETS = words(
    "Kolonel Atmo|Mayor Ruslan|Demang Lebar Daun|Angkatan 45|Veteran|Jenderal Sudirman|Merdeka|"
    "Bangau|Srijaya Negara|Perintis Kemerdekaan|Letda A. Rozak|Pangeran Ratu|Padat Karya|"
    "Lingkar Selatan|Garuda|Pramuka|Kebun Sayur|Yos Sudarso|Basuki Rahmat|Macan Lindungan",
    "|",
)
MALE = words(
    "Ahmad Muhammad Rizky Hendra Dedi Agus Fajar Yudi Arief Andi Taufik Rahmat Zulkifli Iwan "
    "Sutrisno Benny Doni Hasan Irfan Wahyu Syaiful Rudi Aditya Ilham Marzuki Yusuf Teguh Bayu"
)
FEMALE = words(
    "Rina Siti Dewi Nurul Fitri Yulia Sri Maya Ratna Indah Ayu Novita Putri Desi Wulan Rahma "
    "Mega Eka Lia Intan Melati Dian Herlina Suci"
)
SURNAMES = words(
    "Saputra Pratama Hidayat Kurniawan Setiawan Wijaya Santoso Syahputra Gunawan Ramadhan "
    "Firdaus Nugroho Hakim Fauzi Effendi Ismail Rasyid Siregar Nainggolan Hutapea Sinaga Lubis "
    "Harahap"
)
FEMALE_SURNAMES = words(
    "Sari Lestari Anggraini Puspita Handayani Marlina Rahmawati Oktaviani Safitri Maharani "
    "Yuliani Kartika Susanti"
)
DEGREES = words(
    "S.Pd.|S.H.|S.E.|S.Sos.|S.IP.|S.Kom.|S.T.|M.Si.|S.H., M.H.|S.I.Kom.|S.Ag.|M.Pd.", "|"
)
OCCUPATIONS = words(
    "Wiraswasta|Pegawai Swasta|Guru|Dosen|Wartawan|Petani|Pedagang|Ibu Rumah Tangga|"
    "Karyawan BUMN|Pensiunan PNS|Aktivis LSM|Peneliti|Konsultan|Buruh Harian Lepas|"
    "Perangkat Desa|Tenaga Honorer",
    "|",
)
AREA_CODES = dict(
    pair.split(":")
    for pair in words("71:0711 72:0713 73:0730 74:0733 01:0735 02:0712 03:0734 04:0731 06:0714")
)
MOBILE = words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0857 0858 0877 0878 0895 0896 0899 0819 0838 0831 0881"
)


@dataclass
class Person:
    name: str  # as written, with degrees, without Bapak/Ibu/Sdr.
    female: bool
    nik: str
    born_place: str
    born: date
    code: str  # regency code of the address
    address: str
    street: str
    kel: str
    kec: str
    phone_shown: str
    phone: str  # E.164
    email_shown: str
    occupation: str

    @property
    def bare_name(self) -> str:
        """The name as on an identity card: no degrees, upper case."""
        core = self.name.split(",")[0]
        words = [w for w in core.split() if w not in ("Dr.", "Ir.", "Drs.", "Dra.")]
        return " ".join(words).upper()

    @property
    def email(self) -> str:
        return self.email_shown.lower()


def make_name(
    r: random.Random, female: bool, degree: float = 0.4, degrees: list[str] | None = None
) -> str:
    first = r.choice(FEMALE if female else MALE)
    last = r.choice(FEMALE_SURNAMES + SURNAMES[:8] if female else SURNAMES)
    name = f"{first} {last}" if r.random() < 0.85 else f"{first} {r.choice(MALE)} {last}"
    if r.random() < 0.12:
        noble = ["Nyimas", "Nyayu"] if female else ["Kms.", "Mgs.", "Rd."]  # Palembang titles
        name = f"{r.choice(noble)} {name}"
    if r.random() < degree:
        name = f"{name}, {r.choice(degrees or DEGREES)}"
        if r.random() < 0.1:
            name = f"Dr. {name}"
    return name


def make_date(r: random.Random) -> date:
    d = date(2026, 1, 5) + timedelta(days=r.randrange(176))
    return d + timedelta(days=max(0, 7 - d.weekday()) if d.weekday() >= 5 else 0)


def fmt_date(r: random.Random, d: date, style: str | None = None) -> str:
    style = style or r.choice(["long", "long", "long0", "num", "dash", "short", "day"])
    return {
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "long0": f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}",
        "num": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dash": f"{d.day}-{d.month}-{d.year}",
        "short": f"{d.day} {MONTHS[d.month - 1][:3]}. {d.year}",
        "day": f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    }[style]


def make_nik(r: random.Random, code: str, female: bool, born: date) -> str:
    day = born.day + (40 if female else 0)
    birth = f"{day:02d}{born.month:02d}{born.year % 100:02d}"
    return f"16{code}{r.randint(1, 20):02d}{birth}{r.randint(1, 9999):04d}"


def show_nik(r: random.Random, nik: str) -> str:
    k = r.random()
    if k < 0.55:
        return nik
    if k < 0.8:
        return " ".join(nik[i : i + 4] for i in range(0, 16, 4))
    return f"{nik[:6]} {nik[6:12]} {nik[12:]}"


def make_phone(r: random.Random) -> tuple[str, str]:
    """A mobile number as printed, and the same in E.164."""
    rest = "".join(str(r.randrange(10)) for _ in range(r.choice([7, 8, 8, 8])))
    nat = r.choice(MOBILE) + rest
    e164 = "+62" + nat[1:]
    k = r.random()
    if k < 0.3:
        shown = f"{nat[:4]}-{nat[4:8]}-{nat[8:]}"
    elif k < 0.5:
        shown = nat
    elif k < 0.65:
        shown = f"{nat[:4]} {nat[4:8]} {nat[8:]}"
    elif k < 0.82:
        shown = f"+62 {nat[1:4]} {nat[4:8]} {nat[8:]}"
    elif k < 0.92:
        shown = "62" + nat[1:]
    else:
        shown = f"+62 {nat[1:4]}-{nat[4:8]}-{nat[8:]}"
    return shown, e164


def landline(r: random.Random, code: str = "71") -> tuple[str, str]:
    area = AREA_CODES.get(code, "0711")
    num = str(r.randint(3, 8)) + "".join(str(r.randrange(10)) for _ in range(5))
    return f"({area}) {num[:3]}{r.choice([' ', '', '-'])}{num[3:]}", "+62" + area[1:] + num


def make_email(r: random.Random, name: str) -> str:
    words = [w.strip(".,").lower() for w in name.split(",")[0].split()]
    words = [w for w in words if w not in ("dr", "kms", "mgs", "rd", "nyimas", "nyayu")]
    local = r.choice([".", "_", ""]).join(words[:2]) + r.choice(["", "", str(r.randint(1, 99))])
    shown = (
        f"{local}@{r.choice(['gmail.com', 'gmail.com', 'yahoo.co.id', 'outlook.com', 'ymail.com'])}"
    )
    return shown.capitalize() if r.random() < 0.15 else shown


def make_address(r: random.Random, code: str) -> tuple[str, str, str, str]:
    town, _, districts = PLACES[code]
    kec, kels = r.choice(districts)
    kel = r.choice(kels)
    no, rt, rw = r.randint(1, 250), r.randint(1, 45), r.randint(1, 12)
    street = r.choice(STREETS)
    k = r.random()
    if k < 0.45:
        full = f"Jl. {street} No. {no} RT {rt:03d}/RW {rw:02d}, Kel. {kel}, Kec. {kec}, {town}"
    elif k < 0.7:
        where = "Kota" if code.startswith("7") else "Kabupaten"
        town_full = town if code.startswith("7") else PLACES[code][1].title().split(" ", 1)[1]
        full = (
            f"Jalan {street} Nomor {no}, RT {rt:02d} RW {rw:02d}, Kelurahan {kel}, "
            f"Kecamatan {kec}, {where} {town_full}"
        )
    elif k < 0.85:
        blok = f"{r.choice('ABCDEFG')}{r.randint(1, 12)}"
        full = f"Perum Griya {r.choice(['Asri', 'Sejahtera', 'Permai'])} Blok {blok} No. {no}, "
        full += f"Kel. {kel}, Kec. {kec}, {town}"
    else:
        full = f"Lr. {r.choice(['Sepakat', 'Hikmah', 'Damai', 'Ikhlas'])} No. {no} RT {rt:02d}, "
        full += f"{kel}, {kec}, {town} 30{r.randint(111, 999)}"
    return full, f"JL. {street.upper()} NO. {no}", kel, kec


def make_person(r: random.Random, occupation: str | None = None, degree: float = 0.4) -> Person:
    female = r.random() < 0.45
    code = r.choice(list(PLACES)) if r.random() < 0.5 else "71"
    student = occupation == "Mahasiswa"
    born = date(
        r.randint(2000, 2006) if student else r.randint(1958, 2002),
        r.randint(1, 12),
        r.randint(1, 28),
    )
    address, street, kel, kec = make_address(r, code)
    shown, e164 = make_phone(r)
    name = make_name(r, female, 0.0 if student else degree)
    return Person(
        name,
        female,
        make_nik(r, code, female, born),
        PLACES[r.choice(list(PLACES))][0].upper(),
        born,
        code,
        address,
        street,
        kel,
        kec,
        shown,
        e164,
        make_email(r, name),
        occupation or r.choice(OCCUPATIONS),
    )


# ---------------------------------------------------------------- what letters talk about
def lines(text: str) -> list[str]:
    return text.strip().splitlines()


INFO = lines("""
Salinan Keputusan KPU Provinsi Sumatera Selatan tentang penetapan rekapitulasi hasil \
penghitungan suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024
Data jumlah pemilih tetap (DPT) Pemilihan Tahun 2024 per kecamatan di Kabupaten Ogan Ilir
Laporan realisasi anggaran dana hibah Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan \
Tahun 2024
Daftar nama anggota PPK se-Kota Palembang pada Pemilihan Tahun 2024
Salinan formulir Model D.Hasil Provinsi Pemilihan Gubernur dan Wakil Gubernur Tahun 2024
Data pemutakhiran daftar pemilih berkelanjutan semester II tahun 2025
Rencana Kerja dan Anggaran KPU Provinsi Sumatera Selatan Tahun Anggaran 2026
Berita acara rapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan IV tahun 2025
Data partisipasi pemilih pada Pemilihan Serentak Tahun 2024 per kabupaten/kota
Salinan laporan penerimaan dan pengeluaran dana kampanye pasangan calon Gubernur Tahun 2024
Daftar inventaris barang milik negara pada Sekretariat KPU Provinsi Sumatera Selatan
Data pemilih penyandang disabilitas dalam DPT Pemilu 2024 di Provinsi Sumatera Selatan
Hasil seleksi calon anggota KPU kabupaten/kota periode 2023-2028 di Sumatera Selatan
Dokumen kontrak pengadaan surat suara Pemilihan Tahun 2024
Rekapitulasi jumlah TPS dan pemilih Pemilihan Bupati Musi Banyuasin Tahun 2024
Laporan Keuangan Sekretariat KPU Provinsi Sumatera Selatan Tahun Anggaran 2025
Data perolehan kursi partai politik DPRD Provinsi Sumatera Selatan hasil Pemilu 2024
Jadwal dan lokasi kegiatan sosialisasi pendidikan pemilih tahun 2026
Data jumlah pemilih pemula pada DPT Pemilihan Tahun 2024 di Kota Palembang
Notulen rapat koordinasi persiapan pemungutan suara ulang di Kabupaten Empat Lawang
""")
PURPOSES = lines("""
Bahan penelitian skripsi pada Program Studi Ilmu Politik
Bahan penyusunan tesis program magister ilmu pemerintahan
Bahan pemberitaan dan liputan mendalam tentang tata kelola pemilihan
Kajian dan advokasi kebijakan kepemiluan
Pengawasan publik atas penggunaan anggaran negara
Kelengkapan bukti dalam perkara yang sedang kami tangani
Bahan evaluasi internal partai menjelang pemilu berikutnya
Bahan penulisan buku sejarah demokrasi lokal di Sumatera Selatan
Referensi materi pendidikan pemilih bagi pemilih pemula
Pemetaan kerawanan pemilu untuk program pemantauan
""")
# obtain_method / delivery_method value -> ways a letter says it
OBTAIN = {
    "melihat": ["melihat dan membaca langsung di kantor PPID", "membaca serta mencatat langsung"],
    "salinan": ["mendapatkan salinannya", "memperoleh salinan dokumen tersebut"],
    "salinan_hardcopy": ["salinan cetak (hardcopy)", "fotokopi/salinan tercetak (hardcopy)"],
    "salinan_softcopy": ["salinan elektronik (softcopy) berformat PDF", "softcopy"],
}
DELIVER = {
    "mengambil_langsung": ["saya ambil langsung ke kantor KPU", "diambil sendiri secara langsung"],
    "kurir": ["dikirim melalui jasa kurir", "dikirimkan lewat jasa ekspedisi (kurir)"],
    "pos": ["dikirim melalui pos ke alamat saya", "dikirim lewat PT Pos Indonesia"],
    "faksimili": ["dikirim melalui faksimili", "dikirim melalui faks"],
    "email": ["dikirim melalui e-mail", "dikirimkan ke alamat surel saya"],
}
# objection reasons a..g as the form prints them, then as people put them in words
REASON_FORM = lines("""
Permohonan informasi ditolak
Informasi berkala tidak disediakan
Permintaan informasi tidak ditanggapi
Permintaan informasi ditanggapi tidak sebagaimana yang diminta
Permintaan informasi tidak dipenuhi
Biaya yang dikenakan tidak wajar
Informasi disampaikan melebihi jangka waktu yang ditentukan
""")
REASON_WORDS = {
    k: words(v, "|")
    for k, v in {
        "a": "permohonan saya ditolak dengan alasan informasi tersebut termasuk informasi yang "
        "dikecualikan|PPID menolak permohonan dengan dalih Pasal 17 UU 14/2008",
        "b": "informasi berkala yang semestinya diumumkan tidak disediakan oleh PPID|KPU Provinsi "
        "tidak menyediakan informasi berkala sebagaimana diwajibkan Pasal 9",
        "c": "permohonan saya sama sekali tidak mendapat tanggapan|hingga lewat batas waktu tidak "
        "ada jawaban apa pun atas permohonan saya",
        "d": "jawaban yang saya terima tidak sesuai dengan informasi yang saya minta|permohonan "
        "ditanggapi tidak sebagaimana yang diminta",
        "e": "permohonan informasi saya tidak dipenuhi|informasi yang saya mohon tidak diberikan",
        "f": "saya dikenakan biaya penggandaan yang tidak wajar|biaya salinan yang diminta "
        "petugas jauh di atas kewajaran",
        "g": "informasi baru disampaikan melebihi jangka waktu yang diatur|penyampaian informasi "
        "terlambat dari batas waktu yang ditentukan undang-undang",
    }.items()
}
# university | faculty | code in its letter numbers
UNIVERSITIES = [
    tuple(words(row, "|"))
    for row in lines("""
UNIVERSITAS SRIWIJAYA|FAKULTAS ILMU SOSIAL DAN ILMU POLITIK|UN9.FISIP
UNIVERSITAS ISLAM NEGERI RADEN FATAH PALEMBANG|FAKULTAS SYARIAH DAN HUKUM|Un.09/FSH
UNIVERSITAS MUHAMMADIYAH PALEMBANG|FAKULTAS ILMU SOSIAL DAN ILMU POLITIK|UMP-FISIP
UNIVERSITAS PGRI PALEMBANG|FAKULTAS KEGURUAN DAN ILMU PENDIDIKAN|UPGRIP.FKIP
UNIVERSITAS BINA DARMA|FAKULTAS ILMU KOMUNIKASI|UBD-FIKOM
""")
]
# kind -> [(name as printed in the letterhead, short code used in its letter numbers)]
ORGS = {
    "ngo": [
        ("YAYASAN SULUH DEMOKRASI SRIWIJAYA", "YSDS"),
        ("PERKUMPULAN PEMANTAU PEMILU MUSI", "P3M"),
        ("LEMBAGA KAJIAN ANGGARAN DAN KEBIJAKAN PUBLIK SUMSEL", "LKAKP"),
    ],
    "media": [
        ("WARTA AMPERA", "WA-RED"),
        ("MUSI TODAY", "MT"),
        ("TABLOID SUARA BATANGHARI", "TSB"),
    ],
    "party": [
        ("DPW PARTAI KARYA NUSANTARA SUMATERA SELATAN", "DPW-PKN"),
        ("DPC PARTAI PERSATUAN RAKYAT KOTA PALEMBANG", "DPC-PPR"),
    ],
    "law": [
        ("KANTOR HUKUM RIZAL EFFENDI, S.H. & REKAN", "KH-RE"),
        ("LAW OFFICE HUTAPEA, SINAGA & PARTNERS", "LO-HSP"),
    ],
}
KPU_SS = "Komisi Pemilihan Umum Provinsi Sumatera Selatan"
FIELD_NAMES = words("""
applicant_name nik address phone email occupation information_requested purpose obtain_method
delivery_method letter_number letter_date subject sender_org reference_registration_number
objection_reason_code dispute_register_number
""")


def fields(**kw: str | None) -> dict[str, str | None]:
    out: dict[str, str | None] = dict.fromkeys(FIELD_NAMES)
    out.update(kw)
    return out


def lc(s: str) -> str:
    return s[0].lower() + s[1:]


@dataclass
class Ask:
    """The substance of a request: what, what for, and how it should be handed over."""

    items: list[str]
    purpose: str
    obtain: str | None
    delivery: str | None

    @property
    def info(self) -> str:
        return "; ".join(self.items)


def make_ask(r: random.Random, obtain_p: float = 0.75, delivery_p: float = 0.6) -> Ask:
    items = r.sample(INFO, r.choice([1, 1, 1, 2, 2, 3]))
    obtain = r.choice(list(OBTAIN)) if r.random() < obtain_p else None
    delivery = r.choice(list(DELIVER)) if r.random() < delivery_p else None
    return Ask(items, r.choice(PURPOSES), obtain, delivery)


def reg_number(r: random.Random, d: date) -> str:
    """The registration number the desk gave an earlier request, in formats used over time."""
    seq, m = r.randint(1, 140), ROMAN[d.month - 1]
    return r.choice(
        [
            f"{seq:03d}/PPID/KPU-SS/{m}/{d.year}",
            f"{seq:03d}/PPID-KPU.SS/{m}/{d.year}",
            f"{seq:03d}/PPID/KPU-Prov-SS/{m}/{d.year}",
        ]
    )


# ---------------------------------------------------------------- parts of a letter
def logo(sh: Sheet, x: float, y: float, kind: str, initials: str, w: float = 54) -> None:
    ops = sh.page.ops
    if kind == "circle":
        ops += [
            Box(x, y, w, w, 1.6, round_=True),
            Box(x + 5, y + 5, w - 10, w - 10, 0.7, round_=True),
        ]
        cx, cy, pts = x + w / 2, y + w / 2, []
        for i in range(11):
            rad = (w * 0.3) if i % 2 == 0 else (w * 0.12)
            a = math.pi / 2 + i * math.pi / 5
            pts.append((cx + rad * math.cos(a), cy - rad * math.sin(a)))
        ops.append(Stroke(pts, 1.2))
    elif kind == "shield":
        pts = [
            (x, y),
            (x + w, y),
            (x + w, y + w * 0.6),
            (x + w / 2, y + w),
            (x, y + w * 0.6),
            (x, y),
        ]
        ops.append(Stroke(pts, 1.6))
        ops.append(Text(x + w / 2, y + w * 0.5, initials[:4], "helv-b", w * 0.22, "c", read=False))
    else:
        ops.append(Box(x, y, w, w * 0.8, 1.4))
        ops.append(Text(x + w / 2, y + w * 0.5, initials[:4], "times-b", w * 0.26, "c", read=False))


def letterhead(
    sh: Sheet,
    r: random.Random,
    names: list[str],
    sub: list[str],
    initials: str,
    logo_kind: str | None = None,
) -> None:
    """Organisation name (bold, centred), smaller address lines, then one or two rules."""
    logo_kind = logo_kind or r.choice(["circle", "shield", "box", "none"])
    top = sh.y - 12
    if logo_kind != "none":
        logo(sh, sh.left, top, logo_kind, initials)
    region = sh.left + (64 if logo_kind != "none" else 0)
    cx, room = (region + sh.right) / 2, sh.right - region
    big = r.uniform(13.5, 16.5)
    for i, text in enumerate(names + sub):
        style, size = ("b", big if i == 0 else big - 2) if i < len(names) else ("r", 8.8)
        size = min(size, size * room / text_width(text, sh.key(style), size))
        sh.put(cx, text, style, size=size, align="c")
        sh.nl(size=big - 1 if i < len(names) else 8.8)
    sh.y = max(sh.y, top + 62)
    kind = r.choice(["double", "thick", "thin"])
    sh.rule(width=2.2 if kind != "thin" else 0.9)
    if kind == "double":
        sh.gap(3)
        sh.rule(width=0.6)
    sh.gap(sh.size * 2)


def recipient(sh: Sheet, r: random.Random, atasan: bool = False) -> None:
    who = (
        "Atasan PPID"
        if atasan
        else r.choice(["PPID", "Pejabat Pengelola Informasi dan Dokumentasi (PPID)"])
    )
    variants = [
        ["Kepada", f"Yth. {who} KPU Provinsi Sumatera Selatan", "di -", "      Palembang"],
        ["Kepada Yth.", who, KPU_SS, "Jl. Kapten A. Rivai No. 95", "Palembang"],
        ["Yth. Ketua KPU Provinsi Sumatera Selatan", f"c.q. {who}", "di Tempat"],
    ]
    for line in r.choice(variants):
        sh.line(line)
    sh.gap(sh.size * 0.8)


def meta(
    sh: Sheet,
    rows: list[tuple[str, str]],
    date_str: str | None = None,
    colon: float = 62.0,
    bold_subject: bool = False,
) -> None:
    """Nomor / Lampiran / Perihal rows with the place and date on the first row's right."""
    colon = max(colon, 6 + max(text_width(label, sh.key("r"), sh.size) for label, _ in rows))
    for i, (label, value) in enumerate(rows):
        if i == 0 and date_str:
            sh.put(sh.right, date_str, align="r")
        last = i == len(rows) - 1
        sh.field(label, value, colon=colon, vstyle="b" if bold_subject and last else "r")
    sh.gap(sh.size * 0.8)


def sign(
    sh: Sheet,
    r: random.Random,
    name: str,
    above: list[str],
    below: list[str] | None = None,
    x: float | None = None,
    stamp: tuple[str, list[str]] | None = None,
    hand_name: bool = False,
) -> None:
    """Closing block: lines above, a scribbled signature, the name, lines below, maybe a stamp."""
    x = sh.left + (sh.right - sh.left) * r.uniform(0.5, 0.6) if x is None else x
    widest = max(text_width(t, sh.key("b"), sh.size) for t in [name, *above, *(below or [])])
    x = min(x, sh.right - widest)
    sh.need(sh.size * 1.4 * (len(above) + len(below or []) + 1) + 50)
    for line in above:
        sh.line(line, x=x)
    sig_y = sh.y + 26
    sh.signature(x + r.uniform(0, 25), sig_y, r.uniform(60, 95))
    sh.gap(44)
    w = sh.put(x, name, "r" if hand_name else "b", hand=hand_name)
    if r.random() < 0.5 and not hand_name:
        sh.page.ops.append(Line(x, sh.y + 2, x + w, sh.y + 2, 0.7))
    sh.nl()
    for line in below or []:
        sh.line(line, x=x)
    if stamp:
        ring, centre = stamp
        sh.page.stamps.append(
            Stamp(
                x - r.uniform(-5, 25),
                sig_y - 10,
                r.uniform(36, 46),
                ring,
                centre,
                r.choice(STAMP_INKS),
                r.uniform(-30, 30),
            )
        )


def ktp_page(sh: Sheet, r: random.Random, p: Person) -> None:
    """A photocopied identity card on a page of its own."""
    sh.new_page()
    sh.line(r.choice(["Lampiran: Fotokopi KTP", "Fotokopi KTP Pemohon", "LAMPIRAN"]), "b")
    x, y, w, h = sh.left + 30, sh.y + 10, 330, 205
    sh.page.ops.append(Box(x, y, w, h, 1.0, fill=(226, 226, 226)))
    sh.page.ops.append(Box(x + w - 88, y + 58, 70, 92, 0, fill=(150, 150, 150)))
    sh.y = y + 16
    sh.put(x + w / 2, "PROVINSI SUMATERA SELATAN", "helv-b", size=9, align="c")
    sh.nl(size=8)
    sh.put(x + w / 2, PLACES[p.code][1], "helv-b", size=9, align="c")
    sh.nl(size=8)
    sh.put(x + 10, "NIK", "helv-b", size=10)
    sh.put(x + 80, f": {p.nik}", "helv-b", size=10)
    sh.nl(size=8)
    born = f"{p.born.day:02d}-{p.born.month:02d}-{p.born.year}"
    rows = [
        ("Nama", p.bare_name),
        ("Tempat/Tgl Lahir", f"{p.born_place}, {born}"),
        ("Jenis Kelamin", "PEREMPUAN" if p.female else "LAKI-LAKI"),
        ("Alamat", p.street),
        ("Kel/Desa", p.kel.upper()),
        ("Kecamatan", p.kec.upper()),
        ("Agama", "ISLAM"),
        ("Pekerjaan", p.occupation.upper()),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    for label, value in rows:
        sh.put(x + 10, label, "helv", size=7.5)
        sh.put(x + 80, f": {value}", "helv", size=7.5)
        sh.nl(size=7.5)
    sh.y = y + h + 40
    if r.random() < 0.6:
        sh.line("Sesuai dengan aslinya,", x=sh.left + 260)
        sh.signature(sh.left + 265, sh.y + 20, 70)
        sh.gap(40)
        sh.line(p.name, x=sh.left + 260)


# ---------------------------------------------------------------- letters
@dataclass
class Letter:
    layout: str
    cls: str
    pages: list[Page]
    fields: dict[str, str | None]
    handwritten: bool = False


@dataclass
class Ctx:
    """What one letter is drawn with: its random source, rendition and date."""

    r: random.Random
    digital: bool
    when: date

    def sheet(self, hand: bool = False) -> Sheet:
        r = self.r
        fam = r.choice(DIGITAL_FAMILIES if self.digital else FAMILIES)
        size = r.uniform(10.0, 11.5) if fam not in ("cour", "djs", "djr") else r.uniform(9.5, 10.5)
        return Sheet(
            fam,
            size,
            left=r.uniform(62, 85),
            right=r.uniform(515, 535),
            top=r.uniform(55, 75),
            leading=r.uniform(1.3, 1.5),
            hand_font=r.choice(["dkg", "dkg", "z003"]) if hand else "dkg",
            ink=r.choice(INKS),
            seed=r.randrange(10**6),
        )

    @property
    def iso(self) -> str:
        return self.when.isoformat()


def applicant_rows(
    r: random.Random, p: Person, email_p: float = 0.4, student: tuple[str, str] | None = None
) -> tuple[list[tuple[str, str]], dict]:
    """Labelled rows about the applicant, and the fields they state."""
    rows = [(r.choice(["Nama", "Nama Lengkap", "Nama Pemohon"]), p.name)]
    f: dict[str, str | None] = {"applicant_name": p.name, "address": p.address}
    if r.random() < 0.85:
        rows.append((r.choice(["NIK", "No. KTP", "Nomor Induk Kependudukan"]), show_nik(r, p.nik)))
        f["nik"] = p.nik
    if student:
        rows += [("NIM", student[0]), ("Perguruan Tinggi", student[1])]
    if student or r.random() < 0.75:
        rows.append(("Pekerjaan", p.occupation))
        f["occupation"] = p.occupation
    rows.append(("Alamat", p.address))
    if r.random() < 0.9:
        rows.append(
            (r.choice(["No. HP", "Nomor Telepon", "No. Telp./WA", "HP/WhatsApp"]), p.phone_shown)
        )
        f["phone"] = p.phone
    if r.random() < email_p:
        rows.append((r.choice(["E-mail", "Email", "Alamat Surel"]), p.email_shown))
        f["email"] = p.email
    return rows, f


def ask_fields(ask: Ask) -> dict[str, str | None]:
    return {
        "information_requested": ask.info,
        "purpose": ask.purpose,
        "obtain_method": ask.obtain,
        "delivery_method": ask.delivery,
    }


def write_items(sh: Sheet, r: random.Random, items: list[str], hand: bool = False) -> None:
    style = r.choice(["num", "letter", "dash"])
    for i, item in enumerate(items):
        mark = {"num": f"{i + 1}.", "letter": f"{'abc'[i]}.", "dash": "-"}[style]
        sh.need(sh.size * 1.4)
        sh.put(sh.left + 18, mark, hand=hand)
        sh.para(
            item + (";" if i < len(items) - 1 and r.random() < 0.5 else ""), sh.left + 36, hand=hand
        )


def write_ask(
    sh: Sheet, r: random.Random, ask: Ask, we: bool = False, hand: bool = False, annex: bool = False
) -> None:
    """The request itself: what is asked (here or in an annex), what for, and how to give it."""
    i, my = ("kami", "kami") if we else ("saya", "saya")
    lead = r.choice(
        [
            f"Dengan ini {i} mengajukan permohonan informasi publik kepada PPID {KPU_SS} "
            "sebagaimana diatur dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
            "Informasi Publik, yaitu:",
            f"Bersama surat ini {i} memohon agar dapat diberikan informasi sebagai berikut:",
            f"Sehubungan dengan keperluan {my}, {i} bermaksud meminta informasi/data berupa:",
        ]
    )
    if annex:
        sh.para(lead.rstrip(":") + " informasi sebagaimana tercantum dalam lampiran surat ini.")
    elif len(ask.items) == 1 and r.random() < 0.4:
        sh.para(lead.rstrip(":") + f" {lc(ask.items[0])}.", hand=hand)
    else:
        sh.para(lead, hand=hand)
        write_items(sh, r, ask.items, hand)
    sh.para(
        r.choice(
            [
                f"Informasi tersebut akan {i} gunakan untuk {lc(ask.purpose)}.",
                f"Adapun tujuan penggunaan informasi ini adalah {lc(ask.purpose)}.",
                f"Tujuan penggunaan informasi: {lc(ask.purpose)}.",
            ]
        ),
        hand=hand,
    )
    how = []
    if ask.obtain:
        how.append(
            f"{i.capitalize()} ingin memperoleh informasi dengan cara "
            f"{r.choice(OBTAIN[ask.obtain])}"
        )
    if ask.delivery:
        verb = "dan" if how else f"{i.capitalize()} mohon informasi tersebut"
        how.append(f"{verb} {r.choice(DELIVER[ask.delivery])}")
    if how:
        sh.para(" ".join(how) + ".", hand=hand)
    sh.para(
        r.choice(
            [
                "Demikian permohonan ini disampaikan, atas perhatian dan kerja samanya diucapkan "
                "terima kasih.",
                f"Demikian surat permohonan ini {i} buat dengan sebenarnya. Terima kasih.",
                "Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.",
            ]
        ),
        hand=hand,
    )
    sh.gap(sh.size * 0.6)


def place_date(r: random.Random, when: date, town: str = "Palembang") -> str:
    d = fmt_date(r, when)
    return d if r.random() < 0.1 else f"{town}, {d}"


def req_letter(c: Ctx, style: str) -> Letter:
    """A citizen's typed (or hand-written) letter: numbered points, prose, table or data last."""
    r, hand = c.r, style == "prose_hand"
    sh = c.sheet(hand)
    if hand:
        sh.all_hand, sh.grid = True, round(sh.size * sh.leading * 1.12, 2)
    student = None
    p = make_person(r, "Mahasiswa" if r.random() < 0.25 else None)
    if p.occupation == "Mahasiswa":
        uni = org_title(r.choice(UNIVERSITIES)[0])
        student = (f"{r.choice(['0', '1'])}{r.randint(18, 24)}{r.randint(10**6, 10**7 - 1)}", uni)
    ask = make_ask(r)
    dl = place_date(r, c.when, r.choice([PLACES[p.code][0], "Palembang"]))
    top_date = r.random() < 0.45
    subj = r.choice(
        [
            "Permohonan Informasi Publik",
            "Permohonan Informasi",
            "Permohonan Data",
            "Permintaan Salinan Dokumen",
            "Permohonan Data dan Informasi",
        ]
    )
    head = [
        ("Lampiran", r.choice(["-", "1 (satu) lembar", "Fotokopi KTP", "1 berkas"])),
        (r.choice(["Perihal", "Hal"]), subj),
    ]
    meta(
        sh, head, dl if top_date else None, colon=58 if hand else 62, bold_subject=r.random() < 0.5
    )
    recipient(sh, r)
    sh.line(r.choice(["Dengan hormat,", "Dengan hormat", "Assalamualaikum Wr. Wb."]), hand=hand)
    rows, f = applicant_rows(r, p, student=student)
    if style == "points":
        sh.para(
            r.choice(
                ["Yang bertanda tangan di bawah ini:", "Saya yang bertanda tangan di bawah ini:"]
            )
        )
        sh.rows(
            [(f"{i}. {label}", value) for i, (label, value) in enumerate(rows, 1)], sh.left + 12
        )
        sh.gap(4)
    elif style in ("prose", "prose_hand"):
        parts = [f"Saya yang bertanda tangan di bawah ini, {p.name}"]
        for label, value in rows[1:]:
            parts.append(
                {
                    "Alamat": f"beralamat di {value}",
                    "Pekerjaan": f"pekerjaan {value}",
                    "NIM": f"NIM {value}",
                    "Perguruan Tinggi": f"mahasiswa {value}",
                }.get(label, f"{label} {value}".replace(" ", NBSP))
            )
        sh.para(", ".join(parts) + ",", indent=24, hand=hand)
    elif style == "table":
        sh.para("Saya yang bertanda tangan di bawah ini:")
        grid(sh, [[label, value] for label, value in rows], [130, sh.right - sh.left - 130])
    else:
        sh.para("Saya yang identitasnya tercantum di bagian akhir surat ini,")
    annex = len(ask.items) > 1 and not hand and r.random() < 0.3
    write_ask(sh, r, ask, hand=hand, annex=annex)
    sign(
        sh,
        r,
        p.name,
        ([] if top_date else [dl]) + [r.choice(["Hormat saya,", "Pemohon,"])],
        hand_name=hand,
    )
    if hand:
        rule_paper(sh)
    if style == "data_end":
        sh.need(120)
        sh.line(r.choice(["Identitas Pemohon:", "DATA PEMOHON", "Data pemohon informasi:"]), "b")
        sh.rows(rows, sh.left + 6, 110)
    if annex:
        sh.new_page()
        sh.line(f"Lampiran surat {p.name} tanggal {fmt_date(r, c.when, 'long')}", "b")
        sh.line("Daftar Informasi yang Dimohon")
        sh.gap(6)
        table = [[str(n), item, ""] for n, item in enumerate(ask.items, 1)]
        grid(sh, [["No", "Rincian Informasi", "Keterangan"], *table], [30, 330, 90], header=True)
    if f.get("nik") and f.get("occupation") and r.random() < 0.3:
        ktp_page(sh, r, p)
    f |= ask_fields(ask) | {"letter_date": c.iso, "subject": subj}
    return Letter(f"req_{style}", "permohonan_informasi", sh.pages, fields(**f), hand)


def rule_paper(sh: Sheet) -> None:
    """Blue ruled lines under the hand-written baselines, and a red margin line."""
    assert sh.grid
    for page in sh.pages:
        n = int((PAGE_H - sh.top) / sh.grid)
        rules: list[Op] = [
            Line(
                30,
                sh.top + k * sh.grid + 3,
                PAGE_W - 25,
                sh.top + k * sh.grid + 3,
                0.5,
                (150, 170, 210),
            )
            for k in range(-2, n)
        ]
        rules.append(Line(sh.left - 8, 20, sh.left - 8, PAGE_H - 20, 0.6, (220, 140, 140)))
        page.ops[:0] = rules
    sh.all_hand, sh.grid = False, None


def grid(
    sh: Sheet,
    rows: list[list[str]],
    widths: list[float],
    header: bool = False,
    size: float | None = None,
    aligns: str = "",
) -> None:
    """A fully ruled table; cells wrap inside their column."""
    size = size or sh.size
    lead = size * 1.3
    for n, row in enumerate(rows):
        wrapped = [
            sh.wrap(cell, w - 8, sh.key("b" if header and n == 0 else "r"), size)
            for cell, w in zip(row, widths, strict=True)
        ]
        h = max(len(w) for w in wrapped) * lead + 6
        sh.need(h)
        x = sh.left
        for k, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
            sh.page.ops.append(Box(x, sh.y, w, h, 0.7))
            align = aligns[k] if k < len(aligns) else "l"
            for j, text in enumerate(lines):
                tx = x + w - 4 if align == "r" else x + 4
                sh.put(
                    tx,
                    text,
                    "b" if header and n == 0 else "r",
                    size=size,
                    align=align,
                    y=sh.y + 3 + size + j * lead,
                )
            x += w
        sh.y += h
    sh.gap(sh.size * 1.8)


ROLES = {
    "ngo": ["Direktur Eksekutif", "Ketua"],
    "media": ["Pemimpin Redaksi", "Redaktur"],
    "party": ["Ketua", "Sekretaris"],
    "law": ["Advokat", "Managing Partner"],
}
INTROS = {
    "ngo": "Dalam rangka program pemantauan dan kajian kepemiluan, {org} mengajukan permohonan "
    "informasi publik melalui pemohon dengan identitas sebagai berikut:",
    "media": "Sehubungan dengan rencana peliputan, kami dari redaksi {org} mengajukan permohonan "
    "informasi dengan identitas pemohon:",
    "party": "Dalam rangka evaluasi hasil pemilihan, {org} melalui pengurusnya mengajukan "
    "permohonan informasi dengan data pemohon sebagai berikut:",
    "law": "Kami, advokat pada {org}, dalam rangka penanganan perkara yang sedang berjalan "
    "mengajukan permohonan informasi dengan identitas:",
}


def org_title(org: str) -> str:
    """An organisation's name as written in a sentence: capitalised, acronyms kept."""
    keep = {"DPW", "DPC", "SUMSEL", "PGRI", "&"}
    return " ".join(w if w in keep or "." in w else w.capitalize() for w in org.split())


def org_number(r: random.Random, code: str, when: date) -> str:
    seq, m, y = r.randint(1, 250), ROMAN[when.month - 1], when.year
    return r.choice(
        [
            f"{seq:03d}/{code}/{m}/{y}",
            f"B-{seq:03d}/{code}/{m}/{y}",
            f"{seq}/Sek-{code}/{when.month:02d}/{y}",
            f"{seq:03d}/SK/{code}/{m}/{y}",
        ]
    )


def req_org(c: Ctx) -> Letter:
    """A request on an organisation's letterhead: NGO, newsroom, party branch or law firm."""
    r = c.r
    sh = c.sheet()
    kind = r.choice(list(ORGS))
    org, code = r.choice(ORGS[kind])
    addr = make_address(r, "71")[0]
    tel = landline(r)[0]
    mail = f"{code.lower().replace('-', '')}.sumsel@gmail.com"
    letterhead(sh, r, [org], [addr, f"Telp. {tel}  E-mail: {mail}"], code)
    p = make_person(r, degree=0.7 if kind == "law" else 0.4)
    num = org_number(r, code, c.when)
    subj = r.choice(["Permohonan Informasi Publik", "Permohonan Data", "Permintaan Informasi"])
    dl = place_date(r, c.when)
    top_date = r.random() < 0.6
    meta(
        sh,
        [("Nomor", num), ("Lampiran", "-"), (r.choice(["Perihal", "Hal"]), subj)],
        dl if top_date else None,
    )
    recipient(sh, r)
    sh.line("Dengan hormat,")
    sh.para(INTROS[kind].format(org=org_title(org)))
    role = r.choice(ROLES[kind])
    rows = [
        ("Nama", p.name),
        ("Jabatan", role),
        ("Alamat", addr),
        (r.choice(["No. HP", "Telepon", "Narahubung"]), p.phone_shown),
    ]
    f: dict[str, str | None] = {"applicant_name": p.name, "address": addr, "phone": p.phone}
    if r.random() < 0.5:
        rows.append(("E-mail", p.email_shown))
        f["email"] = p.email
    sh.rows(rows, sh.left + 24)
    sh.gap(4)
    ask = make_ask(r)
    write_ask(sh, r, ask, we=True)
    sign(
        sh,
        r,
        p.name,
        ([] if top_date else [dl]) + [r.choice([f"{org_title(org)},", "Hormat kami,"])],
        [role],
        stamp=(org, ["PALEMBANG"]),
    )
    f |= ask_fields(ask) | {
        "letter_number": num,
        "letter_date": c.iso,
        "subject": subj,
        "sender_org": org,
    }
    return Letter(f"req_org_{kind}", "permohonan_informasi", sh.pages, fields(**f))


def req_email(c: Ctx) -> Letter:
    """A printed e-mail sent to the PPID's mailbox."""
    r = c.r
    sh = c.sheet()
    p = make_person(r, degree=0.2)
    ask = make_ask(r)
    subj = r.choice(["Permohonan Informasi Publik", "Permohonan data DPT", "Permintaan Informasi"])
    clock = f"{r.randint(7, 21):02d}.{r.randint(0, 59):02d}"
    sent = f"{fmt_date(r, c.when, r.choice(['day', 'long']))} {clock}"
    sh.put(sh.left, r.choice(["Gmail", "Yahoo Mail", "Outlook"]), "b", size=13)
    sh.put(sh.right, f"{p.name} <{p.email_shown}>", size=8, align="r")
    sh.nl(2)
    sh.line(subj, "b", size=sh.size + 3)
    sh.gap(6)
    sender = f"{p.name} <{p.email_shown}>"
    sh.rows(
        [("Dari", sender), ("Kepada", "ppid@sumsel.kpu.go.id"), ("Tanggal", sent), ("Subjek", subj)]
    )
    sh.rule(width=0.5)
    sh.gap(sh.size * 1.5)
    sh.line("Yth. Admin PPID KPU Provinsi Sumatera Selatan,")
    sh.gap(4)
    rows, f = applicant_rows(r, p, email_p=0.0)
    sh.para("Perkenalkan, saya:")
    sh.rows(rows, sh.left + 10)
    write_ask(sh, r, ask)
    sh.line("Salam,")
    sh.line(p.name)
    f |= ask_fields(ask) | {"email": p.email, "letter_date": c.iso, "subject": subj}
    return Letter("req_email", "permohonan_informasi", sh.pages, fields(**f))


def kpu_head(sh: Sheet, r: random.Random) -> None:
    letterhead(
        sh,
        r,
        ["KOMISI PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        [
            "Jl. Kapten A. Rivai No. 95 Palembang 30129",
            "Telp. (0711) 350445  Laman: sumsel.kpu.go.id",
        ],
        "KPU",
        r.choice(["circle", "none"]),
    )


def title(sh: Sheet, text: str) -> None:
    size = sh.size + 1.5
    size = min(size, size * (sh.right - sh.left) / text_width(text, sh.key("b"), size))
    sh.put((sh.left + sh.right) / 2, text, "b", align="c", size=size)
    sh.nl(1.8)


def blank(sh: Sheet, x: float, width: float = 180) -> None:
    sh.page.ops.append(Text(x, sh.y, "." * int(width / 3), "times", 9, read=False))


def label_col(sh: Sheet, labels: list[str]) -> float:
    return 10 + max(text_width(label, sh.key("r"), sh.size) for label in labels)


def form_row(
    sh: Sheet, label: str, value: str | None, hand: bool, vfont: str, colon: float
) -> None:
    """A printed label, filled in by pen (hand) or by a typewriter/computer (vfont)."""
    if value:
        sh.field(label, value, colon=colon, hand=hand, vstyle=vfont)
    else:
        sh.put(sh.left, label)
        sh.put(sh.left + colon, ":")
        blank(sh, sh.left + colon + 10)
        sh.nl()


def options(
    sh: Sheet,
    r: random.Random,
    opts: list[tuple[str, bool]],
    mark: str,
    per_line: int,
    x0: float | None = None,
) -> None:
    x0 = sh.left + 14 if x0 is None else x0
    col = (sh.right - x0) / per_line
    for i, (label, on) in enumerate(opts):
        if i % per_line == 0 and i:
            sh.nl(1.15)
        x = x0 + (i % per_line) * col
        sh.checkbox(x, sh.y, mark if on else None)
        sh.put(x + 14, label)
    sh.nl(1.3)


def form_marks(r: random.Random, hand: bool) -> str:
    return r.choice(["tick", "tick", "x", "fill"]) if hand else r.choice(["x", "glyph", "fill"])


def req_form(c: Ctx, hand: bool) -> Letter:
    """Formulir Permohonan Informasi, filled in by hand or by computer."""
    r = c.r
    sh = c.sheet(hand)
    sh.leading = min(sh.leading, 1.3)
    kpu_head(sh, r)
    title(sh, "FORMULIR PERMOHONAN INFORMASI PUBLIK")
    p = make_person(r, degree=0.25)
    ask = make_ask(r, obtain_p=0.9, delivery_p=0.85)
    vfont = r.choice(["cour", "r", "helv"]) if not c.digital else r.choice(["cour", "r"])
    f: dict[str, str | None] = {"applicant_name": p.name, "address": p.address}
    reg = reg_number(r, c.when) if r.random() < 0.35 else None
    nik_on, mail_on, job_on = r.random() < 0.9, r.random() < 0.5, r.random() < 0.85
    rows = [
        ("Nama Pemohon", p.name),
        ("NIK / No. Identitas", show_nik(r, p.nik) if nik_on else None),
        ("Alamat", p.address),
        ("Pekerjaan", p.occupation if job_on else None),
        ("Nomor Telepon/HP", p.phone_shown),
        ("Alamat E-mail", p.email_shown if mail_on else None),
        ("Rincian Informasi yang Dibutuhkan", "; ".join(ask.items)),
        ("Tujuan Penggunaan Informasi", ask.purpose),
    ]
    col = label_col(sh, [label for label, _ in rows] + ["Nomor Pendaftaran*"])
    form_row(sh, "Nomor Pendaftaran*", reg, hand, vfont, col)
    for label, value in rows:
        form_row(sh, label, value, hand, vfont, col)
    f.update(
        nik=p.nik if nik_on else None,
        occupation=p.occupation if job_on else None,
        phone=p.phone,
        email=p.email if mail_on else None,
        letter_number=reg,
    )
    mark = form_marks(r, hand)
    o = ask.obtain
    sh.line("Cara Memperoleh Informasi:", "b")
    options(
        sh,
        r,
        [
            ("Melihat/membaca/mendengarkan/mencatat", o == "melihat"),
            ("Mendapatkan salinan informasi", bool(o and o.startswith("salinan"))),
        ],
        mark,
        1,
    )
    options(
        sh,
        r,
        [("hardcopy", o == "salinan_hardcopy"), ("softcopy", o == "salinan_softcopy")],
        mark,
        3,
        sh.left + 40,
    )
    sh.line("Cara Mendapatkan Salinan Informasi:", "b")
    labels = {
        "mengambil_langsung": "Mengambil langsung",
        "kurir": "Kurir",
        "pos": "Pos",
        "faksimili": "Faksimili",
        "email": "E-mail",
    }
    options(sh, r, [(v, ask.delivery == k) for k, v in labels.items()], mark, 3)
    dl = place_date(r, c.when) if r.random() < 0.7 else f"Tanggal: {fmt_date(r, c.when, 'num')}"
    sh.line(dl, x=sh.left + 260, hand=hand)
    sh.gap(4)
    sign_pair(sh, r, "Petugas Pelayanan Informasi", "Pemohon Informasi", p.name, hand)
    sh.line(
        "* Diisi oleh petugas. Pilih salah satu cara dengan memberi tanda pada kotak.",
        "i",
        size=sh.size - 2.5,
    )
    f |= ask_fields(ask) | {"letter_date": c.iso}
    return Letter(
        "req_form_hand" if hand else "req_form_typed",
        "permohonan_informasi",
        sh.pages,
        fields(**f),
        hand,
    )


def sign_pair(sh: Sheet, r: random.Random, left: str, right: str, name: str, hand: bool) -> None:
    """Two signature columns: the desk officer (left, unsigned) and the applicant (right)."""
    sh.need(85)
    xr = sh.left + 260
    sh.put(sh.left, left)
    sh.put(xr, right)
    sh.signature(xr + 10, sh.y + 30, 70)
    sh.gap(60)
    sh.put(sh.left, "(..................................)")
    sh.put(xr, f"( {name} )", hand=hand)
    sh.nl(1.6)


def earlier(r: random.Random, when: date) -> date:
    return when - timedelta(days=r.randint(15, 45))


def obj_form(c: Ctx, hand: bool) -> Letter:
    """Formulir Keberatan with the reason ticked among a-g and the case told in a few words."""
    r = c.r
    sh = c.sheet(hand)
    sh.leading = min(sh.leading, 1.3)
    kpu_head(sh, r)
    title(
        sh,
        r.choice(
            [
                "FORMULIR KEBERATAN ATAS PERMOHONAN INFORMASI PUBLIK",
                "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI",
            ]
        ),
    )
    p, ask, code = make_person(r, degree=0.25), make_ask(r), r.choice("aabcdeeg" + "f")
    reg = reg_number(r, earlier(r, c.when))
    vfont = r.choice(["cour", "r"])
    sh.line("A. INFORMASI PENGAJU KEBERATAN", "b")
    col = label_col(sh, ["Nomor Pendaftaran Permohonan", "Tujuan Penggunaan Informasi"])
    info_on, nik_on, job_on = r.random() < 0.7, r.random() < 0.5, r.random() < 0.7
    form_row(sh, "Nomor Registrasi Keberatan", None, hand, vfont, col)
    form_row(sh, "Nomor Pendaftaran Permohonan", reg, hand, vfont, col)
    form_row(sh, "Informasi yang Dimohon", ask.info if info_on else None, hand, vfont, col)
    form_row(sh, "Tujuan Penggunaan Informasi", ask.purpose, hand, vfont, col)
    sh.line("Identitas Pemohon", "i")
    form_row(sh, "Nama", p.name, hand, vfont, col)
    if nik_on:
        form_row(sh, "NIK", show_nik(r, p.nik), hand, vfont, col)
    form_row(sh, "Alamat", p.address, hand, vfont, col)
    form_row(sh, "Pekerjaan", p.occupation if job_on else None, hand, vfont, col)
    form_row(sh, "Nomor Telepon", p.phone_shown, hand, vfont, col)
    sh.line("Identitas Kuasa Pemohon", "i")
    for label in ("Nama", "Alamat", "Nomor Telepon"):
        form_row(sh, label, None, hand, vfont, col)
    sh.line("B. ALASAN PENGAJUAN KEBERATAN", "b")
    mark = form_marks(r, hand)
    for k, text in zip("abcdefg", REASON_FORM, strict=True):
        sh.need(sh.size * 1.5)
        sh.checkbox(sh.left + 14, sh.y, mark if k == code else None)
        sh.put(sh.left + 30, f"{k}. {text}")
        sh.nl(1.1)
    sh.line("C. KASUS POSISI", "b")
    case = (
        f"Saya mengajukan permohonan informasi dengan nomor pendaftaran {reg}, namun "
        f"{r.choice(REASON_WORDS[code])}."
    )
    sh.para(case, hand=hand, x=sh.left + 14)
    sh.gap(4)
    sh.line("D. HARI/TANGGAL TANGGAPAN ATAS KEBERATAN YANG AKAN DIBERIKAN:", "b", size=sh.size - 1)
    sh.line(place_date(r, c.when), x=sh.left + 260, hand=hand)
    sh.gap(4)
    sign_pair(sh, r, "Petugas Penerima Keberatan", "Pengaju Keberatan", p.name, hand)
    f = fields(
        applicant_name=p.name,
        nik=p.nik if nik_on else None,
        address=p.address,
        phone=p.phone,
        occupation=p.occupation if job_on else None,
        information_requested=ask.info if info_on else None,
        purpose=ask.purpose,
        letter_date=c.iso,
        reference_registration_number=reg,
        objection_reason_code=code,
    )
    return Letter("obj_form_hand" if hand else "obj_form_typed", "keberatan", sh.pages, f, hand)


def obj_letter(c: Ctx, kuasa: bool) -> Letter:
    """An objection letter; the reason in words, or as the letter of Pasal 35 ayat (1)."""
    r = c.r
    sh = c.sheet()
    p, ask, code = make_person(r), make_ask(r), r.choice("abcdefg")
    asked = earlier(r, c.when)
    reg = reg_number(r, asked)
    subj = r.choice(
        [
            "Keberatan atas Permohonan Informasi Publik",
            "Pengajuan Keberatan",
            "Keberatan Informasi Publik",
        ]
    )
    f: dict[str, str | None] = {
        "applicant_name": p.name,
        "address": p.address,
        "information_requested": ask.info,
        "letter_date": c.iso,
        "subject": subj,
        "reference_registration_number": reg,
        "objection_reason_code": code,
    }
    dl = place_date(r, c.when)
    if kuasa:
        org, firm = r.choice(ORGS["law"])
        letterhead(sh, r, [org], [make_address(r, "71")[0], f"Telp. {landline(r)[0]}"], firm)
        num = org_number(r, firm, c.when)
        f |= {"letter_number": num, "sender_org": org, "nik": p.nik}
        meta(sh, [("Nomor", num), ("Lampiran", "1 (satu) berkas"), ("Perihal", subj)], dl, 62, True)
    else:
        meta(sh, [("Lampiran", "-"), (r.choice(["Perihal", "Hal"]), subj)], dl, 62, True)
    recipient(sh, r, atasan=True)
    sh.line("Dengan hormat,")
    if kuasa:
        lawyer = make_name(r, r.random() < 0.4, 1.0, ["S.H.", "S.H., M.H.", "S.H., M.Kn."])
        sh.para(
            f"Kami yang bertanda tangan di bawah ini, {lawyer}, advokat, berdasarkan Surat "
            f"Kuasa Khusus tanggal {fmt_date(r, c.when - timedelta(days=3), 'long')} bertindak "
            f"untuk dan atas nama klien kami, {p.name}, NIK {show_nik(r, p.nik)}, beralamat di "
            f"{p.address}, selanjutnya disebut Pemohon.",
            indent=24,
        )
        who, signer = "Pemohon", lawyer
    else:
        rows, extra = applicant_rows(r, p, email_p=0.3)
        f |= extra
        sh.para("Saya yang bertanda tangan di bawah ini:")
        sh.rows(rows, sh.left + 20)
        who, signer = "saya", p.name
    sh.para(
        f"Dengan ini mengajukan keberatan atas permohonan informasi {who} yang telah "
        f"didaftarkan dengan Nomor Pendaftaran {reg} tanggal {fmt_date(r, asked, 'long')}, "
        "mengenai:",
        indent=24,
    )
    write_items(sh, r, ask.items)
    if r.random() < 0.5:
        sh.para(f"Keberatan ini diajukan karena {r.choice(REASON_WORDS[code])}.", indent=24)
    else:
        sh.para(
            "Keberatan ini diajukan berdasarkan Pasal 35 ayat (1) huruf "
            f"{code} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, "
            f"yaitu {lc(REASON_FORM['abcdefg'.index(code)])}.",
            indent=24,
        )
    if r.random() < 0.6:
        sh.para(f"Informasi tersebut {who} perlukan untuk {lc(ask.purpose)}.", indent=24)
        f["purpose"] = ask.purpose
    sh.para(
        "Demikian keberatan ini disampaikan untuk dapat ditindaklanjuti sesuai ketentuan "
        "peraturan perundang-undangan.",
        indent=24,
    )
    sign(
        sh,
        r,
        signer,
        ["Hormat kami," if kuasa else "Hormat saya,"],
        ["Kuasa Hukum Pemohon"] if kuasa else None,
    )
    if kuasa or r.random() < 0.25:
        sh.new_page()
        sh.line("Lampiran: Tanda Bukti Penerimaan Permohonan Informasi", "b")
        sh.gap(8)
        grid(
            sh,
            [
                ["Nomor Pendaftaran", reg],
                ["Tanggal", fmt_date(r, asked, "long")],
                ["Nama Pemohon", p.name],
                ["Informasi yang Diminta", ask.info],
            ],
            [150, 280],
        )
    return Letter("obj_kuasa" if kuasa else "obj_letter", "keberatan", sh.pages, fields(**f))


# ---------------------------------------------------------------- Komisi Informasi (disputes)
KI = "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
KI_SUBJECTS = {
    "register": [
        "Pemberitahuan Registrasi Sengketa Informasi",
        "Pemberitahuan Register Permohonan Penyelesaian Sengketa Informasi Publik",
    ],
    "sidang": ["Panggilan Sidang Ajudikasi", "Relaas Panggilan Sidang Pemeriksaan Awal"],
    "mediasi": [
        "Undangan Mediasi Sengketa Informasi Publik",
        "Pemanggilan Para Pihak untuk Mediasi",
    ],
}


def schedule(sh: Sheet, r: random.Random, when: date, event: str, place: str) -> None:
    day = when + timedelta(days=r.randint(6, 20))
    day += timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)
    hour = r.choice(["09.00", "09.30", "10.00", "13.30"])
    when_rows = [("Hari/Tanggal", fmt_date(r, day, "day")), ("Pukul", f"{hour} WIB s.d. selesai")]
    sh.rows([*when_rows, ("Tempat", place), ("Acara", event)], sh.left + 40)
    sh.gap(4)


def ki_letter(c: Ctx, kind: str) -> Letter:
    """Mail from the Komisi Informasi: register notice, hearing summons, mediation invitation."""
    r = c.r
    sh = c.sheet()
    letterhead(
        sh,
        r,
        ["KOMISI INFORMASI", "PROVINSI SUMATERA SELATAN"],
        [
            "Jl. Angkatan 45 No. 2 Palembang 30137",
            f"Telp. {landline(r)[0]}  Laman: kip.sumselprov.go.id",
        ],
        "KI",
    )
    p, ask = make_person(r), make_ask(r)
    m, y, seq = ROMAN[c.when.month - 1], c.when.year, r.randint(1, 60)
    dreg = r.choice(
        [
            f"{seq:03d}/REG-PSI/{m}/{y}",
            f"{seq:03d}/REG-PSI/{m}/{y}",
            f"{seq:02d}/REG-PSI/KI-SS/{m}/{y}",
        ]
    )
    num = r.choice(
        [
            f"{r.randint(10, 300):03d}/KI-SS/{m}/{y}",
            f"{r.randint(10, 300)}/KIP-SS/PS/{m}/{y}",
            f"{r.randint(10, 300):03d}/KI.Sumsel/{c.when.month:02d}/{y}",
        ]
    )
    subj = r.choice(KI_SUBJECTS[kind])
    meta(
        sh,
        [
            ("Nomor", num),
            ("Sifat", r.choice(["Penting", "Segera"])),
            ("Lampiran", r.choice(["-", "1 (satu) berkas"])),
            ("Hal", subj),
        ],
        place_date(r, c.when),
        62,
        r.random() < 0.5,
    )
    for line in r.choice(
        [
            [
                "Kepada Yth.",
                "Ketua KPU Provinsi Sumatera Selatan",
                "selaku Termohon",
                "di -",
                "      Palembang",
            ],
            ["Yth. PPID KPU Provinsi Sumatera Selatan", "di Palembang"],
        ]
    ):
        sh.line(line)
    sh.gap(sh.size)
    hon = r.choice(["Sdri.", "Ibu"] if p.female else ["Sdr.", "Bapak"])
    f: dict[str, str | None] = {
        "applicant_name": p.name,
        "letter_number": num,
        "subject": subj,
        "letter_date": c.iso,
        "sender_org": KI,
        "dispute_register_number": dreg,
    }
    if kind == "register":
        sh.para(
            "Dengan hormat, bersama ini kami beritahukan bahwa Komisi Informasi Provinsi "
            "Sumatera Selatan telah menerima dan meregistrasi permohonan penyelesaian sengketa "
            "informasi publik dengan keterangan sebagai berikut:",
            indent=24,
        )
        rows = [
            ["Nomor Register", dreg],
            ["Pemohon", f"{hon} {p.name}"],
            ["Alamat Pemohon", p.address],
            ["Termohon", "PPID KPU Provinsi Sumatera Selatan"],
            ["Informasi yang Dimohon", ask.info],
        ]
        f |= {"address": p.address, "information_requested": ask.info}
        if r.random() < 0.6:
            reg = reg_number(r, c.when - timedelta(days=r.randint(60, 110)))
            rows.append(["Nomor Pendaftaran Permohonan", reg])
            f["reference_registration_number"] = reg
        grid(sh, rows, [150, sh.right - sh.left - 150])
        sh.para(
            "Selanjutnya Termohon diminta menyiapkan dokumen dan keterangan yang berkaitan "
            "dengan pokok sengketa untuk diperiksa pada persidangan.",
            indent=24,
        )
    else:
        event = "Sidang Ajudikasi Non-Litigasi" if kind == "sidang" else "Mediasi"
        sh.para(
            f"Dengan hormat, sehubungan dengan sengketa informasi publik Nomor Register {dreg} "
            f"antara {hon} {p.name} sebagai Pemohon dan PPID KPU Provinsi Sumatera Selatan "
            f"sebagai Termohon, dengan ini kami mengundang Saudara untuk hadir pada {event} yang "
            "akan dilaksanakan pada:",
            indent=24,
        )
        schedule(
            sh,
            r,
            c.when,
            f"{event} Sengketa Informasi",
            "Ruang Sidang Komisi Informasi Provinsi Sumatera Selatan",
        )
        if r.random() < 0.5:
            sh.para(
                f"Pokok permohonan Pemohon adalah informasi mengenai {lc(ask.items[0])}.", indent=24
            )
            f["information_requested"] = ask.items[0]
        sh.para(
            "Termohon diminta membawa surat kuasa dan dokumen yang berkaitan dengan data dan "
            "informasi yang dimohonkan.",
            indent=24,
        )
    sh.para("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.", indent=24)
    sign(
        sh,
        r,
        make_name(r, r.random() < 0.4, 0.9),
        [r.choice(["Ketua,", "Ketua Majelis Komisioner,", "a.n. Ketua, Panitera Pengganti,"])],
        stamp=(KI, ["PALEMBANG"]),
    )
    if r.random() < 0.5:
        sh.line("Tembusan:", size=sh.size - 1)
        sh.line(f"1. {hon} {p.name} (Pemohon)", size=sh.size - 1)
        sh.line("2. Arsip", size=sh.size - 1)
    return Letter(f"ki_{kind}", "sengketa", sh.pages, fields(**f))


# ---------------------------------------------------------------- other incoming mail
# sender -> (letterhead name lines, address lines, initials, town, number pattern, subjects, body)
INCOMING: dict[str, tuple[list[str], list[str], str, str, str, list[str], str]] = {
    "kpu_ri": (
        ["KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"],
        ["Jalan Imam Bonjol Nomor 29 Jakarta 10310", "Telp. (021) 3193 7223  Laman: www.kpu.go.id"],
        "KPU",
        "Jakarta",
        "{seq}/PL.02.1-Und/{mm}/{y}",
        [
            "Undangan Rapat Koordinasi Pemutakhiran Data Pemilih",
            "Undangan Bimbingan Teknis Pengelolaan Informasi Publik",
        ],
        "Dalam rangka meningkatkan kualitas pengelolaan data dan informasi di lingkungan KPU, "
        "dengan ini kami mengundang Saudara untuk hadir pada kegiatan {event} yang akan "
        "dilaksanakan pada:",
    ),
    "kpu_kab": (
        ["KOMISI PEMILIHAN UMUM", "{KAB}"],
        ["{addr}"],
        "KPU",
        "{town}",
        "{seq}/PL.01.2-SD/16{code}/{y}",
        [
            "Laporan Hasil Pemutakhiran Data Pemilih Berkelanjutan Triwulan I Tahun 2026",
            "Penyampaian Data Rekapitulasi Pemilih Berkelanjutan",
        ],
        "Menindaklanjuti surat KPU Provinsi Sumatera Selatan perihal pemutakhiran data "
        "pemilih berkelanjutan, bersama ini kami sampaikan laporan rekapitulasi data pemilih "
        "di wilayah kami sebagaimana terlampir. Informasi lebih lanjut dapat diperoleh "
        "melalui operator data kami.",
    ),
    "bawaslu": (
        ["BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA SELATAN"],
        ["Jl. Opal No. 12 Kel. Talang Aman, Kec. Kemuning, Palembang"],
        "BWS",
        "Palembang",
        "{seq}/PM.00.02/K.SS/{mm}/{y}",
        [
            "Penyampaian Hasil Pengawasan Pemutakhiran Data Pemilih",
            "Imbauan Keterbukaan Data Pemilih Berkelanjutan",
        ],
        "Berdasarkan hasil pengawasan terhadap pemutakhiran data pemilih berkelanjutan, "
        "kami menemukan sejumlah data ganda dan pemilih yang tidak memenuhi syarat. Bersama "
        "ini kami sampaikan informasi tersebut agar dapat ditindaklanjuti sesuai ketentuan.",
    ),
    "dprd": (
        ["DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SUMATERA SELATAN"],
        ["Jl. Kapten A. Rivai No. 1 Palembang 30129"],
        "DPRD",
        "Palembang",
        "005/{seq}/DPRD-SS/{y}",
        ["Undangan Rapat Dengar Pendapat", "Undangan Rapat Kerja Komisi I"],
        "Dalam rangka pelaksanaan fungsi pengawasan, Komisi I DPRD Provinsi Sumatera Selatan "
        "mengundang Saudara untuk menghadiri {event}, dengan membawa data dan informasi "
        "terkait kesiapan tahapan, pada:",
    ),
    "diskominfo": (
        ["DINAS KOMUNIKASI DAN INFORMATIKA", "PROVINSI SUMATERA SELATAN"],
        ["Jl. Kapten A. Rivai No. 3 Palembang"],
        "KOMINFO",
        "Palembang",
        "045/{seq}/Diskominfo/{y}",
        [
            "Undangan Rapat Koordinasi PPID se-Sumatera Selatan",
            "Undangan Monitoring dan Evaluasi Keterbukaan Informasi Publik",
        ],
        "Sehubungan dengan pelaksanaan monitoring dan evaluasi keterbukaan informasi "
        "publik, kami mengharapkan kehadiran PPID pada {event} yang akan dilaksanakan pada:",
    ),
    "univ": (
        ["{UNIV}", "{FAK}"],
        ["Jl. Srijaya Negara, Bukit Besar, Palembang 30139, Telp. {tel}"],
        "UNIV",
        "Palembang",
        "{seq}/{ucode}/TU.00.09/{y}",
        ["Permohonan Izin Penelitian", "Izin Riset dan Pengambilan Data"],
        "Dengan hormat, kami mohon kiranya Saudara berkenan memberikan izin kepada mahasiswa "
        "kami, {student}, NIM {nim}, untuk melakukan penelitian dan pengumpulan data dalam "
        "rangka penyusunan skripsi. Data yang diperoleh hanya digunakan untuk kepentingan "
        "akademik.",
    ),
    "bank": (
        ["PT BANK AMPERA SYARIAH"],
        ["Kantor Cabang Palembang, Jl. Jenderal Sudirman No. 88"],
        "BAS",
        "Palembang",
        "B.{seq}/KC-PLG/{m}/{y}",
        ["Konfirmasi Data Rekening Bendahara Pengeluaran", "Pemberitahuan Pembaruan Data Nasabah"],
        "Dalam rangka pemenuhan ketentuan prinsip mengenal nasabah, kami mohon Saudara "
        "melakukan pembaruan data dan informasi rekening atas nama Bendahara Pengeluaran "
        "Sekretariat KPU Provinsi Sumatera Selatan paling lambat 14 hari kerja.",
    ),
}


VILLAGES = words(
    "Sukamaju|Tanjung Raja|Sungai Rambutan|Suka Makmur|Karang Anyar|Muara Baru|Talang Jaya", "|"
)
SIGNERS = {
    "kpu_ri": "Ketua,",
    "kpu_kab": "Ketua,",
    "bawaslu": "Ketua,",
    "dprd": "Ketua Komisi I,",
    "diskominfo": "Kepala Dinas,",
    "univ": "Dekan,",
    "bank": "Pemimpin Cabang,",
}


def incoming(c: Ctx, sender: str) -> Letter:
    """An ordinary incoming letter: it speaks of data and information but asks for none of it."""
    r = c.r
    sh = c.sheet()
    names, sub, initials, town, pattern, subjects, body = INCOMING[sender]
    code = r.choice([k for k in PLACES if k != "71"])
    uni = r.choice(UNIVERSITIES)
    student = make_name(r, r.random() < 0.5, 0)
    vals = {
        "KAB": PLACES[code][1],
        "addr": make_address(r, code)[0],
        "town": PLACES[code][0],
        "code": code,
        "UNIV": uni[0],
        "FAK": uni[1],
        "ucode": uni[2],
        "tel": landline(r)[0],
        "seq": r.randint(10, 1900),
        "mm": f"{c.when.month:02d}",
        "m": ROMAN[c.when.month - 1],
        "y": c.when.year,
        "student": student,
        "nim": str(r.randint(10**9, 10**10 - 1)),
        "event": "",
    }
    names = [n.format(**vals) for n in names]
    letterhead(sh, r, names, [s.format(**vals) for s in sub], initials)
    num, subj = pattern.format(**vals), r.choice(subjects)
    vals["event"] = lc(subj.replace("Undangan ", ""))
    circular = sender == "kpu_ri" and r.random() < 0.35
    dl = place_date(r, c.when, town.format(**vals))
    top_date = r.random() < 0.7
    if circular:
        subj = r.choice(["Pengelolaan Data Pemilih Berkelanjutan", "Layanan Informasi Publik"])
        num = f"{vals['seq']}/HK.03-SE/{vals['mm']}/{vals['y']}"
        for text, st in [
            ("SURAT EDARAN", "b"),
            (f"NOMOR {num}", "r"),
            ("TENTANG", "r"),
            (subj, "b"),
        ]:
            sh.put((sh.left + sh.right) / 2, text, st, align="c")
            sh.nl()
        sh.gap(8)
        sh.line("Yth. Ketua KPU Provinsi se-Indonesia")
        points = [
            "Data pemilih merupakan informasi yang dikelola secara hati-hati dengan "
            "memperhatikan pelindungan data pribadi.",
            "Permintaan data oleh pihak lain dilayani melalui PPID sesuai ketentuan.",
            "Setiap satuan kerja melaporkan pelaksanaan surat edaran ini secara berkala.",
        ]
        for i, text in enumerate(points, 1):
            sh.put(sh.left + 10, f"{i}.")
            sh.para(text, sh.left + 28)
        sh.para("Demikian surat edaran ini untuk dilaksanakan.")
        above = [f"Ditetapkan di Jakarta pada tanggal {fmt_date(r, c.when, 'long')}", "Ketua,"]
    else:
        meta(
            sh,
            [
                ("Nomor", num),
                ("Sifat", r.choice(["Biasa", "Penting", "Segera"])),
                ("Lampiran", r.choice(["-", "1 (satu) berkas"])),
                (r.choice(["Hal", "Perihal"]), subj),
            ],
            dl if top_date else None,
        )
        for line in [
            "Kepada",
            "Yth. Ketua KPU Provinsi Sumatera Selatan",
            "di -",
            "      Palembang",
        ]:
            sh.line(line)
        sh.gap(sh.size)
        sh.para(body.format(**vals), indent=24)
        if body.rstrip().endswith(":"):
            schedule(
                sh,
                r,
                c.when,
                subj.replace("Undangan ", ""),
                r.choice(
                    [
                        "Ruang Rapat Utama Lantai 2",
                        "Hotel Aryaduta Palembang",
                        "Ruang Rapat Komisi I",
                    ]
                ),
            )
        sh.para(
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
            indent=24,
        )
        above = ([] if top_date else [dl]) + [SIGNERS[sender]]
    sign(sh, r, make_name(r, r.random() < 0.4, 0.8), above, stamp=(" ".join(names), ["*"]))
    if sender == "kpu_kab":
        sh.new_page()
        sh.line(f"Lampiran Surat Nomor {num}", "b")
        kec, kels = PLACES[code][2][0]
        sh.line(f"Rekapitulasi Pemilih Berkelanjutan Kecamatan {kec}")
        sh.gap(6)
        villages = kels + r.sample(VILLAGES, 4)
        rows = [["No", "Desa/Kelurahan", "Laki-laki", "Perempuan", "Jumlah"]]
        for i, village in enumerate(villages, 1):
            men, women = r.randint(800, 6000), r.randint(800, 6000)
            counts = [f"{v:,}".replace(",", ".") for v in (men, women, men + women)]
            rows.append([str(i), village, *counts])
        grid(sh, rows, [30, 170, 80, 80, 80], header=True, aligns="llrrr")
    f = fields(letter_number=num, letter_date=c.iso, subject=subj, sender_org=" ".join(names))
    return Letter("in_circular" if circular else f"in_{sender}", "surat_masuk", sh.pages, f)


def invoice(c: Ctx) -> Letter:
    """A vendor's bill for printing work."""
    r = c.r
    sh = c.sheet()
    org = r.choice(["CV MITRA GRAFIKA PALEMBANG", "CV SINAR AMPERA PRINTING", "UD KARYA MUSI"])
    letterhead(
        sh,
        r,
        [org],
        [f"Jl. {r.choice(STREETS)} No. {r.randint(1, 99)} Palembang  Telp. {landline(r)[0]}"],
        "CV",
        "box",
    )
    sh.put(
        (sh.left + sh.right) / 2, r.choice(["INVOICE", "FAKTUR TAGIHAN"]), "b", size=16, align="c"
    )
    sh.nl(2)
    num = f"INV/{c.when.year}/{c.when.month:02d}/{r.randint(1, 400):04d}"
    subj = "Tagihan Pencetakan Bahan Sosialisasi Keterbukaan Informasi"
    billed = fmt_date(r, c.when, r.choice(["num", "long"]))
    to = "Sekretariat KPU Provinsi Sumatera Selatan"
    sh.rows([("No. Invoice", num), ("Tanggal", billed), ("Kepada", to), ("Perihal", subj)])
    sh.gap(8)
    rows, total = [["No", "Uraian", "Qty", "Harga (Rp)", "Jumlah (Rp)"]], 0
    items = [
        "Leaflet informasi tahapan pemilihan",
        "Banner layanan informasi publik",
        "Buku saku daftar informasi publik",
        "Map dokumen PPID",
    ]
    for i, item in enumerate(r.sample(items, r.randint(2, 4)), 1):
        qty, price = r.randint(2, 50) * 10, r.randint(3, 90) * 500
        total += qty * price
        rows.append(
            [
                str(i),
                item,
                str(qty),
                f"{price:,}".replace(",", "."),
                f"{qty * price:,}".replace(",", "."),
            ]
        )
    rows.append(["", "TOTAL", "", "", f"{total:,}".replace(",", ".")])
    grid(sh, rows, [28, 190, 45, 85, 95], header=True, aligns="llrrr")
    sh.para(
        "Pembayaran mohon ditransfer ke rekening Bank Ampera Syariah nomor "
        f"{r.randint(10**9, 10**10 - 1)} a.n. {org}."
    )
    sign(
        sh,
        r,
        make_name(r, r.random() < 0.5, 0.1),
        ["Hormat kami,"],
        ["Direktur"],
        stamp=(org, ["LUNAS" if r.random() < 0.2 else "PALEMBANG"]),
    )
    f = fields(letter_number=num, letter_date=c.iso, subject=subj, sender_org=org)
    return Letter("in_invoice", "surat_masuk", sh.pages, f)


# ---------------------------------------------------------------- corpus
CLASSES = {"permohonan_informasi": 35, "keberatan": 25, "sengketa": 15, "surat_masuk": 25}


def choose_layout(c: Ctx, cls: str, hand: bool) -> Callable[[], Letter]:
    r = c.r
    if cls == "permohonan_informasi":
        if hand:
            return r.choice([lambda: req_form(c, True), lambda: req_letter(c, "prose_hand")])
        styles = ["points", "prose", "table", "data_end"]
        return r.choice(
            [
                *(lambda s=s: req_letter(c, s) for s in styles),
                lambda: req_org(c),
                lambda: req_org(c),
                lambda: req_email(c),
                lambda: req_form(c, False),
            ]
        )
    if cls == "keberatan":
        if hand:
            return lambda: obj_form(c, True)
        return r.choice(
            [
                lambda: obj_form(c, False),
                lambda: obj_letter(c, False),
                lambda: obj_letter(c, False),
                lambda: obj_letter(c, True),
            ]
        )
    if cls == "sengketa":
        return lambda: ki_letter(c, r.choice(["register", "register", "sidang", "mediasi"]))
    return r.choice([*(lambda s=s: incoming(c, s) for s in INCOMING), lambda: invoice(c)])


def render_scan(
    letter: Letter, out: Path, stem: str, r: random.Random, g: np.random.Generator, when: date
) -> tuple[list[str], int, dict]:
    dpi = r.choice([200, 200, 300])
    fmt = r.choices(["pdf", "png", "jpeg", "tiff"], weights=[40, 25, 15, 20])[0]
    mode = r.choices(["L", "RGB", "1"], weights=[60, 30, 10 if fmt == "tiff" else 0])[0]
    images, infos = [], []
    for page in letter.pages:
        img, info = scan_page(draw_page(page, dpi, g), r, g, dpi)
        images.append(finish_mode(img, mode, r))
        infos.append(info)
    days, minutes = r.randint(0, 6), r.randint(7 * 60 + 30, 16 * 60)
    scanned = datetime(when.year, when.month, when.day, minutes // 60, minutes % 60)
    files = save_scans(images, fmt, dpi, out, stem, r, scanned + timedelta(days=days))
    return files, dpi, {"format": fmt, "pages": infos}


def class_plan(n: int, seed: int) -> list[str]:
    """Exactly the class mix of CLASSES (to rounding), in an order shuffled by the seed."""
    total = sum(CLASSES.values())
    plan = [cls for cls, w in CLASSES.items() for _ in range(round(n * w / total))]
    plan = (plan + list(CLASSES) * n)[:n]
    random.Random(seed).shuffle(plan)
    return plan


def build(out: Path, i: int, seed: int, cls: str) -> dict:
    r = random.Random(seed * 100_003 + i)
    g = np.random.default_rng(seed * 100_003 + i)
    digital = r.random() < 0.35
    hand = not digital and cls in ("permohonan_informasi", "keberatan") and r.random() < 0.33
    c = Ctx(r, digital, make_date(r))
    letter = choose_layout(c, cls, hand)()
    stem = f"f5_{i:04d}"
    rec: dict = {
        "id": stem,
        "files": [],
        "class": letter.cls,
        "layout": letter.layout,
        "heldout": True,
        "handwritten": letter.handwritten,
        "rendition": "digital" if digital else "scan",
        "pages": len(letter.pages),
        "dpi": None,
        "fields": letter.fields,
        "page_text": [page_text(p) for p in letter.pages],
    }
    if digital:
        creator = r.choice(["Microsoft Word 2019", "LibreOffice 7.4", "WPS Office", "ReportLab"])
        write_pdf(letter.pages, out / f"{stem}.pdf", letter.fields["subject"] or "Surat", creator)
        rec["files"] = [f"{stem}.pdf"]
    else:
        rec["files"], rec["dpi"], rec["scan"] = render_scan(letter, out, stem, r, g, c.when)
    return rec


def main(argv: list[str]) -> int:
    if len(argv) != 4 or not argv[2].isdigit() or not argv[3].lstrip("-").isdigit():
        print(__doc__.split("Usage:")[1].strip().splitlines()[0], file=sys.stderr)
        return 2
    out, n, seed = Path(argv[1]), int(argv[2]), int(argv[3])
    out.mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for i, cls in enumerate(class_plan(n, seed), 1):
            rec = build(out, i, seed, cls)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if i % 20 == 0 or i == n:
                print(f"{i}/{n} letters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

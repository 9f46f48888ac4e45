"""Render a labelled test corpus: `python bench/make_corpus.py OUT [COUNT] [SEED]`.

Letters come from pipeline.synthetic with a seed the classifier was not trained on, and are
rendered the way they reach the desk: 40 % born-digital PDFs, 60 % scans (PNG, JPEG, TIFF or
image-only PDF; 200 or 300 dpi; skew up to ±2.5°; sensor noise; one in ten upside down; half
the scanned forms filled in by hand, in a handwriting font), a
quarter of the letters from people with a photocopied KTP as an extra page. OUT/truth.jsonl
follows the format of ../shared/sample/truth.jsonl.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.extract import FIELD_NAMES
from pipeline.synthetic import Generator, Letter
from tests.letters import born_digital_pdf, render_page, save_scan


def ktp_page(letter: Letter) -> list[str]:
    fields = letter.fields
    return [
        "Lampiran: Fotokopi KTP Pemohon",
        "PROVINSI SUMATERA SELATAN",
        f"NIK : {fields['nik']}",
        f"Nama : {str(fields['applicant_name']).upper()}",
        f"Alamat : {str(fields.get('address') or '').upper()}",
        "BERLAKU HINGGA : SEUMUR HIDUP",
    ]


def scan(
    letter: Letter, pages: list[list[str]], target: Path, rng: random.Random
) -> dict[str, object]:
    dpi = rng.choice((200, 300))
    rotation = 180 if rng.random() < 0.1 else 0
    handwritten = letter.layout == "form" and rng.random() < 0.5
    rendered = []
    for lines in pages:
        page = render_page(
            lines,
            skew=rng.uniform(-2.5, 2.5),
            rotate=rotation,
            seed=rng.randrange(10**6),
            noise_sigma=rng.uniform(3, 9),
            font_px=34,
            handwritten=handwritten,
        )
        if dpi == 200:
            page = page.resize(
                (page.width * 2 // 3, page.height * 2 // 3), Image.Resampling.LANCZOS
            )
        rendered.append(page)
    suffix = (
        rng.choice((".png", ".jpg", ".pdf", ".tif"))
        if len(pages) == 1
        else rng.choice((".pdf", ".tif"))
    )
    path = target.with_suffix(suffix)
    if suffix == ".pdf":
        rendered[0].save(path, save_all=True, append_images=rendered[1:], resolution=float(dpi))
    elif suffix == ".tif":
        rendered[0].save(
            path, save_all=True, append_images=rendered[1:], dpi=(dpi, dpi), compression="tiff_lzw"
        )
    else:
        save_scan(path, rendered)
        Image.open(path).save(path, dpi=(dpi, dpi))
    return {"file": path.name, "dpi": dpi, "rotation": rotation, "handwritten": handwritten}


def main() -> None:
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 31337
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    generator = Generator(seed)
    classes = ("permohonan_informasi", "keberatan", "sengketa", "surat_masuk")
    with (out / "truth.jsonl").open("w") as truth:
        for n in range(count):
            letter = generator.letter(classes[n % 4])
            pages = list(letter.pages)
            if letter.fields.get("nik") and rng.random() < 0.25:
                pages.append(ktp_page(letter))
            target = out / f"c{n:04d}"
            if rng.random() < 0.4:
                born_digital_pdf(target.with_suffix(".pdf"), pages)
                rendition = {"file": target.with_suffix(".pdf").name, "dpi": None, "rotation": 0}
                kind = "digital"
            else:
                rendition, kind = scan(letter, pages, target, rng), "scan"
            fields = {name: letter.fields.get(name) for name in FIELD_NAMES}
            record = {
                "id": target.name,
                "files": [rendition["file"]],
                "class": letter.cls,
                "layout": letter.layout,
                "rendition": kind,
                "handwritten": bool(rendition.get("handwritten")),
                "pages": len(pages),
                "dpi": rendition["dpi"],
                "fields": fields,
            }
            truth.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{count} letters in {out}")


if __name__ == "__main__":
    main()

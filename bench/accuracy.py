"""Classification and extraction accuracy: `python bench/accuracy.py DIR`.

Reads DIR/truth.jsonl (the format of ../shared/sample/truth.jsonl), runs `arsip ingest --json`
on the files into a fresh data dir, and prints class accuracy with a confusion matrix, the share
sent to review, and per field the exact-match rate after normalisation (both sides through the
same normaliser) and, for names, addresses and free text, the mean rapidfuzz ratio; then how well
the `fields_to_check` shown to a clerk point at the values OCR got wrong. With `--misses` it
lists every wrong class and every exact-match miss (file, field, wanted, got). With `--keep HOME`
the data dir is HOME and stays, so its OCR'd pages can be read again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.classify import CLASSES
from pipeline.fields import normalise_email, normalise_phone, parse_date, parse_nik
from pipeline.verify import CHECKED_FIELDS as CHECKED

ARSIP = Path(sys.executable).with_name("arsip")
FUZZY = (
    "applicant_name",
    "address",
    "information_requested",
    "purpose",
    "subject",
    "sender_org",
    "occupation",
)
NORMALISE = {
    "phone": normalise_phone,
    "email": normalise_email,
    "letter_date": lambda value: parse_date(value) or value,
    "nik": lambda value: parse_nik(value).value,
}


# A purpose or an occupation read from mid-sentence ("akan saya gunakan untuk bahan …", "…,
# seorang mahasiswa, …") is written capitalised in ../shared/sample's truth and in some
# generators' truth, as found in others: its first letter's case is not counted.
FREE_TEXT = ("information_requested", "purpose", "occupation")
# A circular's or a decree's title printed in capitals under "TENTANG" is the subject in
# capitals in some generators' truth and written as words are in the sample's and others': a
# subject's case is not counted.
CASELESS = ("subject",)


def normal(name: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    text = " ".join(str(value).split())
    if name in FREE_TEXT:
        text = text[:1].upper() + text[1:]
    if name in CASELESS:
        text = text.casefold()
    return NORMALISE.get(name, lambda v: v)(text)


def print_checks(checks: Counter[tuple[bool, bool]]) -> None:
    """How well `fields_to_check` points a clerk at the values OCR got wrong."""
    read = sum(checks.values())
    flagged = checks[(True, False)] + checks[(True, True)]
    wrong = checks[(False, True)] + checks[(True, True)]
    if not read:
        return
    print(
        f"fields to check: {flagged / read:.3f} of {read} values read flagged; "
        f"{checks[(True, True)]} of {wrong} wrong values flagged; "
        f"{checks[(True, False)]} right values flagged"
    )


def main() -> None:
    folder = Path(sys.argv[1])
    show_misses = "--misses" in sys.argv[2:]
    truth = {
        json.loads(line)["files"][0]: json.loads(line) for line in (folder / "truth.jsonl").open()
    }
    # A letter scanned page by page lists its page images; arsip binds them into one letter
    # and reports it under the first.
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory(prefix="arsip-accuracy-") as scratch:
        environment = {**os.environ, "ARSIP_HOME": keep or scratch}
        files = [str(folder / name) for letter in truth.values() for name in letter["files"]]
        run = subprocess.run(
            [str(ARSIP), "ingest", "--json", *files],
            env=environment,
            capture_output=True,
            text=True,
        )
    results = {Path(row["file"]).name: row for row in map(json.loads, run.stdout.splitlines())}
    confusion: Counter[tuple[str, str]] = Counter()
    exact: dict[str, list[bool]] = {}
    similar: dict[str, list[float]] = {}
    review = 0
    checks: Counter[tuple[bool, bool]] = Counter()  # (flagged for a clerk, value wrong)
    misses: list[tuple[str, str, Any, Any]] = []
    for name, expected in truth.items():
        got = results.get(name, {})
        confusion[(expected["class"], got.get("class") or "-")] += 1
        if expected["class"] != got.get("class"):
            misses.append((name, "class", expected["class"], got.get("class")))
        review += bool(got.get("needs_review"))
        for field, value in expected["fields"].items():
            want, have = normal(field, value), normal(field, (got.get("fields") or {}).get(field))
            if want is None and have is None:
                continue
            exact.setdefault(field, []).append(want == have)
            if have is not None and field in CHECKED:
                checks[(field in got.get("fields_to_check", []), want != have)] += 1
            if want != have:
                misses.append((name, field, want, have))
            if field in FUZZY:
                similar.setdefault(field, []).append(
                    fuzz.ratio(str(want or ""), str(have or "")) / 100
                )
    total = len(truth)
    correct = sum(n for (want, have), n in confusion.items() if want == have)
    print(
        f"{folder}: {total} letters; class accuracy {correct / total:.3f}; "
        f"sent to review {review / total:.3f}"
    )
    print("confusion (rows: truth, columns: predicted)")
    print(" " * 22 + " ".join(f"{c[:10]:>10}" for c in CLASSES))
    for want in CLASSES:
        print(f"{want:>22}" + " ".join(f"{confusion[(want, have)]:>10}" for have in CLASSES))
    print(f"{'field':<30}{'n':>5}{'exact':>8}{'similarity':>12}")
    for field, hits in sorted(exact.items()):
        ratio = f"{mean(similar[field]):.3f}" if field in similar else ""
        print(f"{field:<30}{len(hits):>5}{sum(hits) / len(hits):>8.3f}{ratio:>12}")
    print_checks(checks)
    if show_misses:
        for name, field, want, have in sorted(misses, key=lambda miss: (miss[1], miss[0])):
            print(f"{name}\t{field}\twant {want!r}\tgot {have!r}")


if __name__ == "__main__":
    main()

"""The shared sample letters (skipped when ../shared is not beside the checkout)."""

from __future__ import annotations

import json

import pytest

from bench.accuracy import normal
from tests.conftest import SHARED_SAMPLE, Arsip

pytestmark = pytest.mark.skipif(
    not (SHARED_SAMPLE / "truth.jsonl").exists(), reason="../shared/sample absent"
)


def test_sample_letters_are_read_right_register_then_come_back_as_duplicates(arsip: Arsip) -> None:
    """Every sample letter: its class and every field of the contract as the truth file says
    (after the benchmark's normalisation), a registration number, and a duplicate the second
    time."""
    truth = [json.loads(line) for line in (SHARED_SAMPLE / "truth.jsonl").read_text().splitlines()]
    files = {str(SHARED_SAMPLE / record["files"][0]): record for record in truth}
    code, outcomes = arsip.ingest(*map(SHARED_SAMPLE.joinpath, (r["files"][0] for r in truth)))
    assert code == 0
    assert sorted(o["file"] for o in outcomes) == sorted(files)
    for outcome in outcomes:
        record = files[outcome["file"]]
        assert outcome["status"] == "registered", outcome
        assert outcome["pages"] == record["pages"]
        assert outcome["ocr"] is (record["rendition"] == "scan"), outcome["file"]
        assert outcome["registration_number"], outcome["file"]
        assert outcome["class"] == record["class"], outcome["file"]
        for name, wanted in record["fields"].items():
            read = outcome["fields"][name]
            assert normal(name, read) == normal(name, wanted), (outcome["file"], name, read)
    numbers = [o["registration_number"] for o in outcomes]
    assert len(set(numbers)) == len(numbers)
    code, again = arsip.ingest(*map(SHARED_SAMPLE.joinpath, (r["files"][0] for r in truth)))
    assert code == 0
    assert {o["status"] for o in again} == {"duplicate"}
    first_ids = {o["file"]: (o["document_id"], o["registration_number"]) for o in outcomes}
    assert {o["file"]: (o["document_id"], o["registration_number"]) for o in again} == first_ids


def test_search_finds_a_word_that_is_only_in_a_scan(arsip: Arsip) -> None:
    code, outcomes = arsip.ingest(SHARED_SAMPLE / "s11_0002.png", SHARED_SAMPLE / "s11_0003.pdf")
    assert code == 0
    scan = next(o for o in outcomes if o["file"].endswith("s11_0002.png"))
    assert scan["ocr"] is True
    code, out, _ = arsip("search", "Pemutakhiran Data Pemilih Berkelanjutan", "--json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert [hit["document_id"] for hit in hits] == [scan["document_id"]]
    assert "[" in hits[0]["snippet"]

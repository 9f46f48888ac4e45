"""Ticked boxes on forms, read from the page image of born-digital and scanned letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from pipeline.checkboxes import Word, ticked_options
from pipeline.synthetic import Generator
from tests.conftest import Arsip
from tests.letters import born_digital_pdf, render_page, save_scan


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("forms")
    generator = Generator(seed=5)
    made: dict[str, tuple[Path, dict]] = {}
    for n, maker in enumerate((generator.request_form, generator.objection_form)):
        letter = maker()
        page = render_page(letter.pages[0], font_px=34, skew=1.2, seed=n, noise_sigma=6)
        made[f"{letter.cls}-scan"] = (
            save_scan(folder / f"{letter.cls}.png", [page]),
            letter.fields,
        )
        pdf = born_digital_pdf(folder / f"{letter.cls}.pdf", letter.pages)
        made[f"{letter.cls}-digital"] = (pdf, letter.fields)
    return made


def test_ticked_options_are_read_from_scans_and_born_digital_forms(
    arsip: Arsip, forms: dict[str, tuple[Path, dict]]
) -> None:
    code, outcomes = arsip.ingest(*(path for path, _ in forms.values()))
    assert code == 0
    by_file = {outcome["file"]: outcome for outcome in outcomes}
    for name, (path, truth) in forms.items():
        fields = by_file[str(path)]["fields"]
        keys = (
            ("obtain_method", "delivery_method")
            if "permohonan" in name
            else ("objection_reason_code",)
        )
        for key in keys:
            assert fields[key] == truth[key], (name, key)


@pytest.mark.parametrize(
    ("label", "obtained"),
    [
        ("Mendapatkan salinan informasi (hardcopy)", "salinan_hardcopy"),
        ("Mendapatkan salinan informasi (softcopy)", "salinan_softcopy"),
        ("mendapatkan salinan informasi (hardcopy/softcopy)", "salinan"),
    ],
)
def test_a_ticked_copy_option_keeps_the_kind_its_line_names(label: str, obtained: str) -> None:
    image = Image.new("L", (900, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 24, 50, 54), outline=0, width=3)
    draw.line((24, 28, 46, 50), fill=0, width=4)
    draw.line((24, 50, 46, 28), fill=0, width=4)
    x, words = 70, []
    for text in label.split():
        words.append(Word(text, x, 26, x + 12 * len(text), 54, 1))
        x += 12 * len(text) + 12
    assert ticked_options(image, words) == {"obtain_method": obtained}


def test_the_question_cara_mendapatkan_salinan_is_no_ticked_option() -> None:
    """An e-PPID printout's row "Cara Mendapatkan Salinan | -": the label's first word left of
    "Mendapatkan" is no ticked box, however much ink it holds."""
    image = Image.new("L", (900, 80), 255)
    ImageDraw.Draw(image).rectangle((20, 24, 50, 54), fill=0)
    words = [Word("Cara", 20, 26, 50, 54, 1), Word("Mendapatkan", 70, 26, 202, 54, 1)]
    words.append(Word("Salinan", 214, 26, 298, 54, 1))
    assert ticked_options(image, words) == {}


def _box(draw: ImageDraw.ImageDraw, x: int, y: int, ticked: bool) -> None:
    draw.rectangle((x, y, x + 24, y + 24), outline=0, width=2)
    if ticked:
        draw.line((x + 4, y + 12, x + 10, y + 20), fill=0, width=3)
        draw.line((x + 10, y + 20, x + 22, y - 4), fill=0, width=3)


def test_an_empty_box_in_a_table_cell_is_empty_and_the_kind_of_copy_is_ticked_below() -> None:
    """A grid form: the cell's rules frame each row close to its boxes, where a square of rule
    and box together holds a box's edge; "Hardcopy" and "Softcopy" have boxes of their own on
    the line under "Mendapatkan salinan informasi"."""
    image = Image.new("L", (1000, 140), 255)
    draw = ImageDraw.Draw(image)
    draw.line((0, 10, 1000, 10), fill=0, width=3)  # the cell's top rule
    draw.line((4, 0, 4, 140), fill=0, width=3)  # its left rule
    _box(draw, 14, 18, ticked=False)
    _box(draw, 420, 18, ticked=True)
    _box(draw, 14, 70, ticked=False)
    _box(draw, 200, 70, ticked=True)
    words = [
        Word("Melihat/membaca/mendengarkan", 48, 18, 380, 44, 1),
        Word("Mendapatkan", 454, 18, 600, 44, 1),
        Word("salinan", 612, 18, 690, 44, 1),
        Word("Hardcopy", 48, 70, 160, 96, 2),
        Word("Softcopy", 234, 70, 340, 96, 2),
    ]
    assert ticked_options(image, words) == {"obtain_method": "salinan_softcopy"}


def test_a_box_ticked_with_a_steep_stroke_is_ticked() -> None:
    """A pen's tick across a box: its steep stroke and the box's right edge close a narrower
    square than the box, with an empty inside; the box's own edges are the more solid."""
    image = Image.new("L", (600, 140), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 50, 76, 86), outline=0, width=3)
    draw.line((43, 68, 56, 79), fill=0, width=5)
    draw.line((56, 79, 80, 40), fill=0, width=5)
    words = [Word("b.", 96, 54, 120, 82, 1), Word("Tidak", 132, 54, 196, 82, 1)]
    assert ticked_options(image, words) == {"objection_reason_code": "b"}


def test_the_e_mail_row_label_is_no_ticked_option() -> None:
    """A form's "Alamat E-mail" row above its delivery options: the label's letters left of
    "E-mail" may close a square with ink in it, but a label is no option; the ticked box
    further down is the choice."""
    image = Image.new("L", (900, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 24, 50, 54), fill=0)  # ink standing where "Alamat" is printed
    _box(draw, 20, 100, ticked=True)
    _box(draw, 300, 100, ticked=False)
    words = [
        Word("Alamat", 20, 26, 100, 54, 1),
        Word("E-mail", 110, 26, 190, 54, 1),
        Word("Mengambil", 54, 100, 180, 124, 2),
        Word("langsung", 190, 100, 280, 124, 2),
        Word("Kurir", 334, 100, 400, 124, 2),
    ]
    assert ticked_options(image, words) == {"delivery_method": "mengambil_langsung"}


def test_a_letterheads_postal_code_is_no_ticked_post_option() -> None:
    """A village office's letterhead "Kode Pos 30790" on a letter that says how it wants the
    information sent: the letters of "Kode" left of "Pos" may close an inked square, but a
    postal code is no way of sending."""
    image = Image.new("L", (900, 80), 255)
    ImageDraw.Draw(image).rectangle((60, 24, 90, 54), fill=0)  # the heavy "e" of "Kode"
    words = [
        Word("Kode", 20, 26, 92, 54, 1),
        Word("Pos", 104, 26, 150, 54, 1),
        Word("30790", 162, 26, 240, 54, 1),
    ]
    assert ticked_options(image, words) == {}


def test_a_table_headers_slash_before_email_is_no_tick() -> None:
    """A request's identity table headed "Nama NIK Pekerjaan Alamat No. HP / Email": ink
    where a box would stand left of "Email" is the slash of the label's alternatives."""
    image = Image.new("L", (900, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((606, 24, 636, 54), fill=0)  # the slash and the "P" OCR boxed over it
    words = [
        Word("No.", 500, 26, 540, 54, 1),
        Word("HP", 548, 26, 590, 54, 1),
        Word("/", 600, 26, 612, 54, 1),
        Word("Email", 640, 26, 720, 54, 1),
    ]
    assert ticked_options(image, words) == {}


def test_a_faint_box_on_a_straightened_scan_is_still_a_box() -> None:
    """A scan turned straight again: its thin box edges come out grey (here 150 of 255), not
    black, and the hand's tick across one of them still marks it."""
    image = Image.new("L", (1000, 80), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 24, 46, 50), outline=150, width=2)
    draw.rectangle((520, 24, 546, 50), outline=150, width=2)
    draw.line((524, 38, 532, 46), fill=90, width=3)
    draw.line((532, 46, 550, 16), fill=90, width=3)
    words = [Word("Kurir", 60, 26, 130, 50, 1), Word("Mengambil", 560, 26, 680, 50, 1)]
    words.append(Word("langsung", 692, 26, 800, 50, 1))
    assert ticked_options(image, words) == {"delivery_method": "mengambil_langsung"}


def test_options_worded_as_a_letter_words_them_are_read_from_their_ticked_boxes() -> None:
    """A lecturer's letter offers "salinan cetak" and "dikirim e-mail" beside boxes drawn on
    the page, no word of the official form's; the phrase after the ticked box is the choice."""
    image = Image.new("L", (1200, 140), 255)
    draw = ImageDraw.Draw(image)
    rows = (
        (18, ("Bentuk", "informasi:"), (("melihat/membaca",), ("salinan", "cetak"))),
        (70, ("Cara", "penyampaian:"), (("diambil", "langsung"), ("dikirim", "e-mail"))),
    )
    words = []
    for line, (top, label, options) in enumerate(rows, start=1):
        words += [Word(label[0], 14, top, 90, top + 26, line)]
        words += [Word(label[1], 100, top, 240, top + 26, line)]
        x = 280
        for number, option in enumerate(options):
            _box(draw, x, top, ticked=number == 1)
            x += 40
            for text in option:
                words.append(Word(text, x, top, x + 12 * len(text), top + 26, line))
                x += 12 * len(text) + 12
            x += 40
    assert ticked_options(image, words) == {
        "obtain_method": "salinan_hardcopy",
        "delivery_method": "email",
    }


def test_a_sentences_words_beside_a_square_of_ink_are_no_ticked_option() -> None:
    """Letters close squares with ink inside them: "… dan fotokopi KTP" in a sentence, and the
    "dikirim" before "pos" in an option whose own box is empty, are no ticks."""
    image = Image.new("L", (1200, 140), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((204, 20, 228, 44), outline=0, width=2)  # the glyphs of "dan" as a square
    draw.line((208, 24, 224, 40), fill=0, width=3)
    _box(draw, 20, 72, ticked=False)
    draw.rectangle((230, 72, 254, 96), outline=0, width=2)  # the "im" of "dikirim"
    draw.line((234, 76, 250, 92), fill=0, width=3)
    words = [
        Word("Saya", 20, 20, 80, 46, 1),
        Word("lampirkan", 92, 20, 196, 46, 1),
        Word("dan", 204, 20, 232, 46, 1),
        Word("fotokopi", 240, 20, 336, 46, 1),
        Word("KTP.", 348, 20, 396, 46, 1),
        Word("dikirim", 60, 72, 256, 98, 2),
        Word("pos", 266, 72, 302, 98, 2),
    ]
    assert ticked_options(image, words) == {}


def _radio_form(chosen: int, labels: list[str], grey: int = 0) -> tuple[Image.Image, list[Word]]:
    """An online form's printout: "Pekerjaan *" over one radio button per option, the chosen
    one with a dot in its ring; a stamp's words beside the second option."""
    image = Image.new("L", (1200, 80 + 60 * len(labels)), 255)
    draw = ImageDraw.Draw(image)
    words = [Word("Pekerjaan", 40, 20, 180, 48, 1), Word("*", 190, 20, 198, 30, 1)]
    for number, label in enumerate(labels):
        top = 80 + 60 * number
        draw.ellipse((40, top - 4, 76, top + 32), outline=grey, width=3)
        if number == chosen:
            draw.ellipse((50, top + 6, 66, top + 22), fill=grey)
        x = 100
        for text in label.split():
            words.append(Word(text, x, top, x + 14 * len(text), top + 28, number + 2))
            x += 14 * len(text) + 12
        if number == 1:
            words.append(Word("DITERIMA", 800, top, 920, top + 28, number + 2))
    return image, words


OCCUPATIONS = ["Pelajar/Mahasiswa", "PNS/TNI/Polri", "Karyawan Swasta", "Wiraswasta"]


@pytest.mark.parametrize("chosen", range(len(OCCUPATIONS)))
def test_the_occupation_is_the_option_whose_radio_button_holds_a_dot(chosen: int) -> None:
    image, words = _radio_form(chosen, OCCUPATIONS, grey=150)
    assert ticked_options(image, words) == {"occupation": OCCUPATIONS[chosen]}


def test_an_occupation_written_after_lainnya_is_the_chosen_one() -> None:
    image, words = _radio_form(2, ["Pelajar/Mahasiswa", "Wiraswasta", "Lainnya:"])
    words.append(Word("Aktivis", 250, 200, 340, 228, 4))
    words.append(Word("LSM", 352, 200, 400, 228, 4))
    assert ticked_options(image, words) == {"occupation": "Aktivis LSM"}


def test_an_occupation_written_out_below_its_question_is_no_marked_option() -> None:
    image, words = _radio_form(-1, ["Dosen"])
    ImageDraw.Draw(image).rectangle((0, 0, 1199, 199), fill=255)
    assert ticked_options(image, words) == {}


def test_options_whose_boxes_all_hold_ink_are_no_choice() -> None:
    """A bubble sheet prints each option's letter inside its bubble: two bubbles with ink in
    them say nothing of which one was meant."""
    image = Image.new("L", (1200, 80), 255)
    draw = ImageDraw.Draw(image)
    words = [Word("CARA", 14, 24, 80, 50, 1), Word("MEMPEROLEH", 90, 24, 230, 50, 1)]
    x = 260
    for option in (("Salinan", "tercetak"), ("Salinan", "elektronik")):
        _box(draw, x, 24, ticked=True)
        x += 40
        for text in option:
            words.append(Word(text, x, 24, x + 12 * len(text), 50, 1))
            x += 12 * len(text) + 12
        x += 40
    assert ticked_options(image, words) == {}


def test_the_rows_ticked_in_a_catalogues_pilih_column_are_the_request() -> None:
    """A data corner's slip: "No | Kode | Jenis Data / Informasi | Pilih" over rows with a box
    each at the end; the ticked rows' names are what is asked for, the table ends at "C."."""
    image = Image.new("L", (1200, 420), 255)
    draw = ImageDraw.Draw(image)
    words = [
        Word("No", 20, 20, 50, 46, 1),
        Word("Jenis", 140, 20, 200, 46, 1),
        Word("Data", 210, 20, 260, 46, 1),
        Word("Pilih", 1000, 20, 1060, 46, 1),
    ]
    rows = ["Daftar Pemilih Tetap 2024", "Peta daerah pemilihan", "Laporan dana kampanye 2024"]
    for number, row in enumerate(rows, start=1):
        top = 20 + 60 * number
        words.append(Word(str(number), 20, top, 34, top + 26, number + 1))
        words.append(Word(f"DS-0{number}", 60, top, 120, top + 26, number + 1))
        x = 140
        for text in row.split():
            words.append(Word(text, x, top, x + 14 * len(text), top + 26, number + 1))
            x += 14 * len(text) + 12
        _box(draw, 1018, top, ticked=number != 2)
    words.append(Word("C.", 20, 260, 40, 286, 5))
    words.append(Word("Bentuk", 60, 260, 140, 286, 5))
    _box(draw, 1018, 260, ticked=True)
    assert ticked_options(image, words) == {
        "information_requested": "Daftar Pemilih Tetap 2024; Laporan dana kampanye 2024"
    }


def test_an_empty_box_before_dikirim_ke_e_mail_is_no_choice_of_e_mail() -> None:
    image = Image.new("L", (1200, 80), 255)
    draw = ImageDraw.Draw(image)
    _box(draw, 300, 24, ticked=False)
    draw.rectangle((470, 24, 494, 50), outline=0, width=2)  # the letters of "ke" as a square
    draw.line((474, 28, 490, 46), fill=0, width=3)
    words = [
        Word("Cara", 14, 24, 70, 50, 1),
        Word("pengambilan", 80, 24, 230, 50, 1),
        Word("Dikirim", 340, 24, 440, 50, 1),
        Word("ke", 452, 24, 496, 50, 1),
        Word("e-mail", 506, 24, 580, 50, 1),
    ]
    assert ticked_options(image, words) == {}


def test_a_speck_at_the_edge_of_where_an_options_mark_would_be_is_no_mark() -> None:
    """One dark pixel at the corner of the strip left of an occupation's option: the closing that
    joins a mark's strokes takes it away, and the option reads as unmarked (it quarantined a
    born-digital objection once: "max() arg is an empty sequence")."""
    image = Image.new("L", (600, 200), 255)
    words = [Word("Pekerjaan", 20, 40, 120, 60, 0), Word("Petani", 300, 100, 360, 120, 1)]
    image.putpixel((round(300 - 3.5 * 20), round(100 - 0.4 * 20)), 0)  # MARK_REACH line heights
    assert "occupation" not in ticked_options(image, words)

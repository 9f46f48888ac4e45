"""The option a letter picks in its own words: how to obtain the information, how to receive it,
and the reason of an objection; a list of every option picks none."""

from __future__ import annotations

import pytest

from pipeline.choices import delivery_method, objection_reason, obtain_method

BLANK_FORM = (
    "C. CARA MEMPEROLEH INFORMASI\nMelihat / membaca / mendengarkan / mencatat\n"
    "Mendapatkan salinan informasi (hardcopy)\nMendapatkan salinan informasi (softcopy)\n"
    "D. CARA MENDAPATKAN SALINAN INFORMASI\nMengambil langsung  Kurir  Pos\nFaksimili  E-mail\n"
)


@pytest.mark.parametrize(
    ("text", "obtained", "delivered"),
    [
        (
            "Saya berharap dapat memperoleh data itu berupa fotokopi\nyang dilegalisir dan "
            "akan saya ambil sendiri di kantor KPU.",
            "salinan_hardcopy",
            "mengambil_langsung",
        ),
        (
            "Data tersebut mohon diberikan dalam bentuk file PDF dan dikirimkan melalui surel "
            "ke alamat saya.",
            "salinan_softcopy",
            "email",
        ),
        (
            "Dokumen itu cukup saya peroleh dengan cara membaca di ruang layanan.",
            "melihat",
            None,
        ),
        (
            "Informasi tersebut mohon diberikan berupa salinannya. Mohon dikirim lewat PT Pos "
            "Indonesia ke alamat di atas.",
            "salinan",
            "pos",
        ),
        (
            "Bentuk informasi yang diinginkan : Soft copy\n"
            "Cara pengiriman : Faksimili ke 0711-123456",
            "salinan_softcopy",
            "faksimili",
        ),
        (
            "Cara Memperoleh Informasi  Mendapatkan salinan informasi (hardcopy)\n"
            "Cara Mendapatkan Salinan  Kurir",
            "salinan_hardcopy",
            "kurir",
        ),
        (
            "Kami akan datang langsung ke kantor PPID untuk melihat dokumen dimaksud.",
            "melihat",
            None,
        ),
        (
            "Saya cukup melihat dan mencatat dokumen tersebut di ruang layanan informasi.",
            "melihat",
            None,
        ),
        ("Cukup dengan membaca langsung dokumen dimaksud di kantor PPID.", "melihat", None),
        (
            "Saya memerlukan salinannya, yang dikirim melalui faksimili ke nomor pengirim.",
            "salinan",
            "faksimili",
        ),
        (
            "08.22 Pemohon Kalau bisa softcopy dikirim ke email zulkiflisem70@gmail.com",
            "salinan_softcopy",
            "email",
        ),
        (
            "Mohon informasi diberikan dalam bentuk salinan dan diambil langsung oleh LO kami.",
            "salinan",
            "mengambil_langsung",
        ),
    ],
)
def test_the_method_a_letter_names_in_a_sentence_or_a_label(
    text: str, obtained: str, delivered: str | None
) -> None:
    obtain, delivery = obtain_method([text]), delivery_method([text])
    assert obtain is not None and obtain.value == obtained
    assert (delivery.value if delivery else None) == delivered


def test_the_span_of_a_method_covers_the_words_it_was_read_from() -> None:
    text = "Hormat kami.\nMohon dikirim ke email kami: lsm@contoh.or.id"
    delivery = delivery_method([text])
    assert delivery is not None
    assert text[delivery.start : delivery.end] == "dikirim ke email kami: lsm@contoh.or.id"


def test_a_blank_forms_list_of_methods_picks_none() -> None:
    assert obtain_method([BLANK_FORM]) is None
    assert delivery_method([BLANK_FORM]) is None


def test_a_box_marked_in_the_text_picks_its_method() -> None:
    marked = BLANK_FORM.replace(
        "Mendapatkan salinan informasi (softcopy)", "[X] Mendapatkan salinan informasi (softcopy)"
    )
    marked = marked.replace("Faksimili", "☑ Faksimili")
    assert obtain_method([marked]).value == "salinan_softcopy"  # type: ignore[union-attr]
    assert delivery_method([marked]).value == "faksimili"  # type: ignore[union-attr]


def test_an_email_printouts_sent_header_is_not_a_delivery_method() -> None:
    printout = (
        "Dikirim : Selasa, 20 Mei 2025 07.19\nKepada : ppid@kpu.go.id\nSubjek : E-mail permohonan"
    )
    assert delivery_method([printout]) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Alasan Keberatan huruf d\nJawaban yang saya terima tidak lengkap.", "d"),
        ("PPID menolak permohonan saya karena dokumennya dianggap rahasia.", "a"),
        ("Surat jawaban menyatakan informasi itu dikecualikan tanpa uji konsekuensi.", "a"),
        ("Laporan itu seharusnya diumumkan secara\nberkala tetapi tidak ada di laman.", "b"),
        ("Sudah tiga minggu saya tidak mendapat jawaban apa pun dari PPID.", "c"),
        ("Yang saya terima hanya berupa tautan ke laman umum.", "d"),
        ("Namun jawaban yang diberikan tidak sesuai dengan yang saya minta.", "d"),
        ("Permohonan diterima, tetapi salinannya tidak pernah diberikan.", "e"),
        ("Saya diminta membayar biaya penggandaan yang jauh melebihi harga fotokopi.", "f"),
        ("Jawaban baru datang setelah lebih dari 30 hari kerja.", "g"),
        ("Kami mohon keberatan ini ditanggapi dalam jangka waktu yang diatur.", None),
        ("laporan yang seharusnya diumumkan berkala tidak ada di website", "b"),
        ("Namun dokumen yang diserahkan berbeda dari rincian informasi dalam permintaan.", "d"),
        ("sampai hari ini informasinya tidak kunjung kami terima.", "e"),
        ("katanya boleh diberikan tapi sampai sekarang belum juga dikasih.", "e"),
        ("informasi yang telah dinyatakan dapat diberikan\ntidak juga dipenuhi hingga kini.", "e"),
        ("dinyatakan dapat diberikan tersebut tidak'jugaraipehidhi hingga kini.", "e"),
        ("Saya minta salinan DPT, tapi saya diminta bayar Rp5.000 per lembar.", "f"),
        ("jawabannya baru datang lebih dari sebulan kemudian, padahal batasnya 10 hari.", "g"),
    ],
)
def test_an_objection_reason_written_in_the_writers_own_words(text: str, code: str | None) -> None:
    found = objection_reason([text])
    assert (found.value if found else None) == code


@pytest.mark.parametrize(
    ("ticked_row", "code"),
    [
        ("Lx) e. Tidak dipenuhinya", "e"),
        ("IX J c. Tidak ditanggapinya", "c"),
        ("[ xJ  g. Penyampaian", "g"),
    ],
)
def test_a_typed_x_in_brackets_ocr_misread_ticks_its_reason(ticked_row: str, code: str) -> None:
    rows = [
        "[ ] a. Penolakan atas permohonan informasi",
        "I ] b. Tidak disediakannya informasi berkala",
        "I 1 d. Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
        ticked_row + " informasi",
        "f ]  f. Pengenaan biaya yang tidak wajar",
    ]
    form = "B. ALASAN KEBERATAN\n(beri tanda pada alasan yang sesuai)\n" + "\n".join(rows) + "\n"
    reason = objection_reason([form])
    assert reason is not None and reason.value == code


def test_a_row_of_boxes_picks_the_ticked_ones_words_only() -> None:
    """ "[X] Melihat/Membaca [ ] Salinan Hardcopy [ ] Salinan Softcopy": the ticked option ends
    at the next box, whose options were not picked."""
    form = (
        "Bentuk Informasi [X] Melihat/Membaca [ ] Salinan Hardcopy [ ] Salinan Softcopy\n"
        "Cara Mendapatkan Salinan [ ] Diambil langsung [ ] Kurir [x] Pos [ ] Faksimili [ ] E-mail\n"
    )
    obtained, delivered = obtain_method([form]), delivery_method([form])
    assert obtained is not None and obtained.value == "melihat"
    assert delivered is not None and delivered.value == "pos"


def test_copying_the_files_at_the_desk_is_collecting_them_in_person() -> None:
    letter = (
        "Kami mohon materi tersebut dapat diberikan berupa salinannya dan akan kami salin\n"
        "langsung ke hard disk eksternal di kantor PPID.\n"
    )
    delivered = delivery_method([letter])
    assert delivered is not None and delivered.value == "mengambil_langsung"

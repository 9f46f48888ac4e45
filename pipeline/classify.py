"""Stage 4: which kind of letter this is, with a confidence.

Two signals, combined in log space: rules that read the letter's structure (form titles, the
Perihal line, a Komisi Informasi letterhead, the statutory objection reasons, an agency
letterhead) and a text classifier (TF-IDF over words and character n-grams into logistic
regression) trained on generated letters, the hand-written letters shipped beside this module
(training_letters.jsonl: many senders and shapes, and the ordinary mail that talks about
"informasi", "keberatan" or "sengketa" without being a request) and every correction an officer
made. The inbox folder's class hint adds a little weight, never the answer.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from pipeline.synthetic import corpus

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

CLASSES = ("permohonan_informasi", "keberatan", "sengketa", "surat_masuk")
TRAINING_LETTERS = 1600
SHIPPED_LETTERS = Path(__file__).with_name("training_letters.jsonl")
# The hand-written letters are few and varied, the generated ones many and alike; an officer's
# correction is a real letter the model got wrong.
SHIPPED_WEIGHT = 3.0
CORRECTION_WEIGHT = 3.0
HINT_WEIGHT = 0.4
MODEL_NAME = "classifier.joblib"
HEAD_LINES = 4

# (pattern, class, weight); patterns run on lower-cased text.
SUBJECT = r"(?:perihal|hal(?:\s+ikhwal)?)\s*[—–.,'`-]*\s*:"  # "Perihal — :", "Hal. :": OCR specks
BODY_RULES: tuple[tuple[str, str, float], ...] = (
    (
        r"(?:formulir|lembar|blangko|kartu|nota|memo|(?:tanda\s+)?bukti)\s+"
        r"(?:permohonan|permintaan)\s+(?:informasi|data)",
        "permohonan_informasi",
        3.0,
    ),
    # A request said in the writer's own words, in a letter or a chat.
    (
        r"mengajukan\s+(?:permohonan|permintaan)\s+informasi"
        r"|(?:mau|ingin|hendak|bermaksud)\s+(?:minta|meminta|memohon)\s+(?:\w+\s+)?(?:informasi|data)",
        "permohonan_informasi",
        1.5,
    ),
    # … by a citizen for themself ("Dengan surat ini saya bermaksud meminta informasi …"): a
    # body passing on or asking for data writes "kami".
    (
        r"\bsaya\s+(?:\w+\s+)?(?:mau|ingin|hendak|bermaksud)\s+(?:minta|meminta|memohon)\s+"
        r"(?:\w+\s+)?(?:informasi|data|salinan)",
        "permohonan_informasi",
        1.0,
    ),
    (r"(pernyataan|formulir)\s+keberatan|alasan\s+keberatan", "keberatan", 3.0),
    # (not a subject naming the desk's work: "Hal : Penyelesaian Tunggakan Permohonan
    # Informasi dan Keberatan", an officer's memo)
    (rf"{SUBJECT}(?![^\n]*informasi\s+dan\s+keberatan)[^\n]*keberatan", "keberatan", 2.5),
    # The desk's own paperwork: a satisfaction survey ticking "Pengajuan Keberatan" among the
    # services, a staff appraisal of its backlog.
    (
        # (as its title: a request may ask for the survey's results)
        r"(?m)^[\s|]*(?:survei\s+kepuasan|indeks\s+kepuasan|kuesioner|telaahan\s+staf)\b",
        "surat_masuk",
        3.0,
    ),
    # the same subject written by hand, as OCR reads it ("Hal : Kebecatm", "Fal : Webecatan")
    (r"(?m)^[ \t]*[fhp]?[ae]l\s*[.,]?\s*:\s*[kw]e[bh]e[rc]a[tl](?:a[nm]|m)\b", "keberatan", 2.5),
    # "… dengan ini mengajukan keberatan", an e-mail's "Pengajuan Keberatan", "keberatan ini",
    # an open letter's "menyatakan KEBERATAN" (not the reply's "Saudara dapat mengajukan
    # keberatan", which tells the applicant of the right),
    (
        r"(?<!dapat\s)(?<!untuk\s)(?<!berhak\s)(?:mengajukan|pengajuan)\s+keberatan"
        r"|pemohon\s+keberatan"
        r"|keberatan\s+ini\b|(?:menyatakan|menyampaikan)\s+keberatan"
        # "… keberatan atas permohonan informasi saya", as OCR reads it written by hand too
        # ("Kebecatm atas …", "ebecatan aps …": its first letter or its last lost)
        r"|\bk?ebe[rc]at(?:an|m)\s+a[tlp]a?[s5]\s+(?:pe[a-z]{5,9}\s+informasi|[jt]a[wv]aban|tanggapan)",
        "keberatan",
        1.5,
    ),
    # A complaint that asks to be handled as an objection ("Agar pengaduan ini diterima dan
    # diproses sebagai keberatan kepada Atasan PPID …") is one, whatever its title.
    (
        r"(?:diproses|ditangani|diperlakukan|dicatat|diterima)\s+sebagai\s+keberatan"
        # a clerk's note under a guest book's row, as OCR reads it by hand ("Dicatat sbg
        # kebecatan, No. Reg. …")
        r"|dicatat\s+(?:sbg|\w{2,3})[.,]?\s+k[ea][bh]e[rc]a[tl]a[nm]\b",
        "keberatan",
        3.0,
    ),
    # Objections are addressed to the PPID's superior; a note on the PPID's answer says so
    # in the first person ("Saya KEBERATAN atas jawaban ini").
    (
        r"(?m)(?:yth\.?|^[\s|]*kepada)\s*:?\s*(?:bapak\s*/\s*ibu\s+)?atasan\s+"
        r"(?:ppid|pejabat\s+pengelola\s+informasi)"
        r"|\bsaya\s+(?:sangat\s+)?keberatan\s+atas",
        "keberatan",
        1.5,
    ),
    # The PPID's own written answer to a request ("Pemberitahuan Tertulis"), filed back with
    # the letters, tells the applicant of the right to object: it answers, it is not one;
    # unless the applicant wrote an objection on it ("Saya KEBERATAN atas jawaban ini").
    (
        r"(?s)^(?!.*(?:\bsaya\s+(?:\w+\s+)?keberatan"
        r"|keberatan\s+a[tl]a[s5]\s+(?:[jt]a[wv]aban|tanggapan|keputusan)))"
        r"(?=.*(?:(?:apabila|jika|bila)\s+saudara\s+(?:ber)?keberatan"
        r"|saudara\s+dapat\s+mengajukan\s+keberatan))",
        "surat_masuk",
        2.5,
    ),
    # A dispute names its parties and its proceedings; "sengketa" alone may be a statistic.
    (
        r"register\s+sengketa|nomor\s+register|termohon|ajudikasi|majelis\s+komisioner"
        r"|sidang\s+sengketa|mediasi\s+sengketa|relaas",
        "sengketa",
        2.0,
    ),
    (r"sengketa\s+informasi", "sengketa", 1.0),
    (
        rf"{SUBJECT}(?!\s*(?:pemberitahuan|jawaban|tanggapan|balasan))(?![^\n]*keberatan)"
        r"[^\n]*(permohonan|permintaan)\s+(?:(?:memperoleh|mendapatkan)\s+)?"
        r"(informasi|salinan|data)",
        "permohonan_informasi",
        1.5,
    ),
    (r"keterbukaan\s+informasi\s+publik", "permohonan_informasi", 0.5),
    # A service counter's or a biodata form, whoever's letterhead it is printed under (a one-stop
    # service centre's), has the applicant's data and the information asked for.
    (
        r"(?s)^(?=.*\b(?:data|biodata|identitas)\s+pemohon\b)"
        r"(?=.*informasi\s+yang\s+(?:di)?(?:mohon|minta|butuhkan))",
        "permohonan_informasi",
        4.0,
    ),
    # An objection the desk took down (a voice message's transcript), or one written by hand as
    # OCR reads it ("Saya kebecatan …").
    (
        r"register\s+keberatan|\bkebe[rc]atan\s+saya\b|\bsaya\s+(?:sangat\s+)?kebe[rc]atan\b"
        r"|\b(?:lodge|file|submit)\s+an\s+objection\b",  # in English
        "keberatan",
        1.5,
    ),
    # A complaint portal's ticket filed as a request for information, and a request in English
    # beside the Indonesian ("Permohonan Informasi Publik / Request for Public Information").
    (
        r"kategori\s*:\s*permintaan\s+informasi|re[qg]uest\s+for\s+(?:public\s+)?(?:information|data)"
        r"|\bwriting\s+to\s+request\b|\brequest(?:ing)?\s+(?:the\s+)?(?:public\s+)?information\b",
        "permohonan_informasi",
        1.5,
    ),
    (rf"{SUBJECT}[^\n]*undangan", "surat_masuk", 2.0),
    # "Permohonan Wawancara", "Permohonan Izin Penelitian": asking for something else than
    # information is ordinary mail; so are notices and offers that are not about a dispute.
    (
        # (and "informasi" as OCR reads it written by hand: "lnformSi", "1nformasi")
        rf"{SUBJECT}\s*permohonan\s+(?!informasi|[il1|]nfo?rm|data|salinan|dokumen|keberatan|penyelesaian"
        r"|peta|daftar|laporan|rekap|arsip|berkas"
        r"|(?:bantuan|memperoleh|mendapatkan)\s+(?:informasi|data)"
        r"|izin\s+(?:memperoleh|mendapatkan|meminta|mengambil|pengambilan)\s+(?:informasi|data))",
        "surat_masuk",
        2.0,
    ),
    (
        rf"{SUBJECT}\s*(?:penyampaian|pemberitahuan|penawaran|laporan)"
        r"(?![^\n]*(?:sengketa|keberatan|permohonan\s+inf|registrasi))",
        "surat_masuk",
        1.5,
    ),
    # Another body passes on a request it received for information we hold: it is a request to
    # answer, whoever's letterhead it comes under (so this outweighs an agency's letterhead).
    # The article it cites is no sign: an objection counts its ten working days by it too.
    (
        r"permohonan\s+(?:informasi\s+)?tersebut\s+kami\s+teruskan"
        r"|(?:pelimpahan|penerusan|meneruskan)\s+permohonan\s+informasi",
        "permohonan_informasi",
        4.0,
    ),
    # A statement someone signs ("SURAT PERNYATAAN … Yang membuat pernyataan"), a newsletter and
    # an event's flyer name data, requests and disputes without making a request.
    (r"(?m)^[\s|]*surat\s+pernyataan[\s|]*$|yang\s+membuat\s+pernyataan", "surat_masuk", 3.0),
    (
        r"\bbuletin\b|newsletter|tidak\s+diperjualbelikan|siaran\s+pers|press\s+release"
        # a newsletter's issue, not a paper's day a letter cites ("edisi 29 Agustus 2025")
        r"|\bedisi\s+\d{1,3}\b(?!\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des))",
        "surat_masuk",
        2.0,
    ),
    (
        r"(?s)^(?=.*\bnarasumber\b)(?=.*\b(?:seminar|webinar|talk\s?show|lokakarya|workshop"
        r"|sosialisasi|pendaftaran)\b)",
        "surat_masuk",
        2.0,
    ),
    (r"keperluan\s+(internal\s+)?kedinasan|antarlembaga|surat\s+edaran", "surat_masuk", 1.5),
    # A complaint about an official or a polling station has its own procedure; a disposition
    # sheet routes a letter inside the office; an election-process dispute is Bawaslu's.
    (
        rf"{SUBJECT}[^\n]*(?:pengaduan|aduan|laporan\s+dugaan)|menyampaikan\s+pengaduan"
        r"|\bmengadukan\b",
        "surat_masuk",
        2.5,
    ),
    # What complaints are about, when OCR has garbled the word "pengaduan" in a handwritten one:
    # an officer's partiality, and the follow-up the writer asks to be told of.
    (
        r"(?s)^(?=.*tindak\s*lanjut)(?=.*(?:calon\s+tertentu|tidak\s+netral|politik\s+uang"
        r"|kecurangan|intimidasi|berpihak|memihak))",
        "surat_masuk",
        2.0,
    ),
    (r"lembar\s+disposisi|isi\s+disposisi", "surat_masuk", 3.0),
    # A supplier's bill, receipt or quotation for printing the desk's leaflets is mail, however
    # much "informasi publik" its items name.
    (
        r"(?m)^[\s|]*(?:invoice|faktur(?:\s+tagihan)?|kw?itansi|kuitansi|nota\s+tagihan"
        r"|surat\s+penawaran\s+harga)[\s|]*$|no\.?\s*invoice\s*:",
        "surat_masuk",
        3.0,
    ),
    # A press clipping the desk files reports on requests and disputes; it makes none. (Its
    # title on a line of its own: a request cites the one it encloses, "(kliping terlampir)".)
    (r"(?m)^[\s|]*kliping\s+(?:berita|media|koran|surat\s+kabar)[\s|]*$", "surat_masuk", 3.0),
    (r"sengketa\s+proses", "surat_masuk", 2.0),
    # A notice of a demonstration at the office makes demands, not a request.
    (
        r"unjuk\s+rasa|penyampaian\s+pendapat\s+di\s+muka\s+umum|\baksi\s+damai\b",
        "surat_masuk",
        2.5,
    ),
    # A lawyer's formal warning over a contract or a debt, a job application with its CV, a
    # citizen's report for the voter list: mail, whatever data and rights they name.
    (r"\bsomasi\b|teguran\s+hukum", "surat_masuk", 2.5),
    (
        r"lamaran\s+(?:pekerjaan|kerja)|daftar\s+riwayat\s+hidup|curriculum\s+vitae",
        "surat_masuk",
        2.5,
    ),
    (
        r"formulir\s+(?:laporan|tanggapan|masukan)\s+masyarakat|identitas\s+pelapor",
        "surat_masuk",
        2.5,
    ),
    # A court hearing an objection to the commission's decision carries the dispute on.
    (r"putusan\s+komisi\s+informasi", "sengketa", 2.5),
    # its case number says so, whatever the court's letterhead: "14/G/KI/2025/PTUN.PLG"
    (r"/g/ki/(?:19|20)\d{2}/", "sengketa", 4.0),
    # A commission's monitoring, questionnaires and awards name registers and disputes too.
    (
        r"monitoring\s+dan\s+evaluasi|\bmonev\b|kuesioner|penilaian\s+mandiri|self\s+assessment"
        r"|indeks\s+keterbukaan|anugerah\s+keterbukaan",
        "surat_masuk",
        1.5,
    ),
)
# What an objection under the information law is about, as OCR may read it written by hand
# ("Intormasi", "PPlD").
INFORMATION_MATTER = re.compile(
    r"in[ft]o[rc]m|\bppi|pendaftar|dokumen|salinan|register|\bdata\b|information|\bpasal\s+35"
    r"|permohonan|permintaan"
)
# A students' board writes as citizens do, under its university's name.
STUDENT_BOARD = (
    r"(?:badan\s+eksekutif|senat|dewan\s+perwakilan|himpunan|unit\s+kegiatan)\s+mahasiswa|\bbem\b"
)
HEAD_RULES: tuple[tuple[str, str, float], ...] = (
    (r"komisi\s+informasi", "sengketa", 1.0),
    # Government bodies write to the office as agencies; their data requests are official mail.
    # (A student board's "Kementerian Kajian Strategis" is no ministry.)
    (
        rf"(?s)^(?!.*{STUDENT_BOARD}).*(?:"
        r"badan\s+pengawas|bawaslu|pemerintah\s+(provinsi|kabupaten|kota)|sekretariat\s+daerah"
        r"|pengadilan|mahkamah|kepolisian|kejaksaan|dewan\s+perwakilan|dprd|ombudsman"
        r"|kementerian(?![\s\S]{0,160}(?:universitas|institut|politeknik|sekolah\s+tinggi))"
        r"|badan\s+pusat\s+statistik|badan\s+perencanaan|bappeda|kesatuan\s+bangsa"
        r"|badan\s+pemeriksa\s+keuangan|badan\s+pengawasan\s+keuangan|\bbpkp\b|inspektorat"
        r"|(?:^|\n)[\s|]*dinas\s+\w+)",  # (a body's name, not a sentence's "perjalanan dinas")
        "surat_masuk",
        3.0,
    ),
    (rf"(?s)^(?!.*{STUDENT_BOARD}).*(?:universitas|\bbank\b|partai)", "surat_masuk", 1.5),
    (r"komisi\s+pemilihan\s+umum\s+(republik|kabupaten|kota)", "surat_masuk", 1.5),
)


@dataclass(frozen=True)
class Verdict:
    cls: str
    confidence: float
    probabilities: dict[str, float]
    rules: dict[str, float]


# A subject line after the letter's own: that of a letter it encloses (its request, the answer
# it objects to), which says nothing of what this one is; unless this one only covers the
# letter it forwards ("Perihal : Penerusan Surat Sdr. Hasan Basri").
LATER_SUBJECT = re.compile(rf"(?m)^([\s|]*){SUBJECT}")
COVERING = re.compile(r"[^\n]*(?:penerusan|meneruskan|pelimpahan|pengantar|disposisi)")


def _enclosed_subjects_unlabelled(lowered: str) -> str:
    first = LATER_SUBJECT.search(lowered)
    if first is None or COVERING.match(lowered, first.end()):
        return lowered
    rest = LATER_SUBJECT.sub(r"\1", lowered[first.end() :])
    return lowered[: first.end()] + rest


def rule_scores(text: str) -> dict[str, float]:
    lowered = _enclosed_subjects_unlabelled(text.lower())
    head = "\n".join(lowered.splitlines()[:HEAD_LINES])
    scores = dict.fromkeys(CLASSES, 0.0)
    for pattern, cls, weight in BODY_RULES:
        if re.search(pattern, lowered):
            scores[cls] += weight
    for pattern, cls, weight in HEAD_RULES:
        if re.search(pattern, head):
            scores[cls] += weight
    if not INFORMATION_MATTER.search(lowered):
        # an objection to a pay cut, a parked truck or a candidate is mail, not an objection
        # under the information law
        scores["surat_masuk"] += scores["keberatan"]
        scores["keberatan"] = 0.0
    return scores


def build_model() -> Pipeline:
    # scikit-learn and joblib are imported where they are used: they take a second to load,
    # which every `arsip` command would pay, while only workers and retraining need them.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                ),
            ),
        ]
    )
    return Pipeline([("features", features), ("model", LogisticRegression(C=4.0, max_iter=2000))])


def shipped_letters() -> list[tuple[str, str]]:
    """Letters written by hand, one by one, in the shapes real mail takes (not from templates)."""
    with SHIPPED_LETTERS.open(encoding="utf-8") as rows:
        return [(row["text"], row["class"]) for row in map(json.loads, rows)]


def training_set(
    extra: list[tuple[str, str]] | None = None,
) -> tuple[list[str], list[str], list[float]]:
    """(texts, classes, weights): the generated letters, the shipped hand-written ones, and the
    (text, class) pairs that officers corrected."""
    generated = [(letter.text, letter.cls) for letter in corpus(TRAINING_LETTERS, seed=20260101)]
    weighted = (
        [(pair, 1.0) for pair in generated]
        + [(pair, SHIPPED_WEIGHT) for pair in shipped_letters()]
        + [(pair, CORRECTION_WEIGHT) for pair in extra or []]
    )
    return (
        [text for (text, _), _ in weighted],
        [cls for (_, cls), _ in weighted],
        [weight for _, weight in weighted],
    )


def train(extra: list[tuple[str, str]] | None = None) -> Pipeline:
    texts, labels, weights = training_set(extra)
    return build_model().fit(texts, labels, model__sample_weight=weights)


def model_path(home: Path) -> Path:
    return home / "models" / MODEL_NAME


def save_model(model: Pipeline, home: Path) -> Path:
    target = model_path(home)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    import joblib

    joblib.dump(model, partial)
    partial.replace(target)
    load_model.cache_clear()
    return target


def _train_shipped(home: Path) -> None:
    save_model(train(), home)


def ensure_model(home: Path) -> Path:
    """Train and save the shipped model the first time; later calls cost a stat.

    Training runs in a throwaway process: its ~120 MB of letters and matrices would otherwise
    stay in the caller (CPython keeps freed memory), and the caller is often `arsip serve`.
    """
    target = model_path(home)
    if not target.exists():
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as trainer:
            trainer.submit(_train_shipped, home).result()
    return target


@cache
def load_model(path: Path, _mtime: float) -> Any:
    import joblib

    return joblib.load(path)


def current_model(home: Path) -> Any:
    path = ensure_model(home)
    return load_model(path, path.stat().st_mtime)


def combine(
    probabilities: dict[str, float], rules: dict[str, float], hint: str | None
) -> dict[str, float]:
    logits = {
        cls: math.log(max(probabilities.get(cls, 0.0), 1e-6))
        + rules[cls]
        + (HINT_WEIGHT if cls == hint else 0.0)
        for cls in CLASSES
    }
    top = max(logits.values())
    exp = {cls: math.exp(value - top) for cls, value in logits.items()}
    total = sum(exp.values())
    return {cls: value / total for cls, value in exp.items()}


def classify(text: str, home: Path, hint: str | None = None) -> Verdict:
    model = current_model(home)
    raw = model.predict_proba([text])[0]
    probabilities = {cls: float(p) for cls, p in zip(model.classes_, raw, strict=True)}
    rules = rule_scores(text)
    combined = combine(probabilities, rules, hint)
    best = max(combined, key=combined.__getitem__)
    return Verdict(best, round(combined[best], 4), combined, rules)


def accuracy(model: Any, texts: list[str], labels: list[str]) -> float:
    """Accuracy of model + rules on labelled texts (the same decision classify makes)."""
    if not texts:
        return 0.0
    raw = model.predict_proba(texts)
    hits = 0
    for text, label, row in zip(texts, labels, raw, strict=True):
        probabilities = {cls: float(p) for cls, p in zip(model.classes_, row, strict=True)}
        combined = combine(probabilities, rule_scores(text), None)
        hits += max(combined, key=combined.__getitem__) == label
    return hits / len(texts)


def split_holdout(
    pairs: list[tuple[str, str]], share: float = 0.25, seed: int = 7
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    order = np.random.default_rng(seed).permutation(len(pairs))
    cut = round(len(pairs) * (1 - share))
    return [pairs[i] for i in order[:cut]], [pairs[i] for i in order[cut:]]

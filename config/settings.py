"""The settings schema.

Sources, strongest first: environment (``ARSIP_<SECTION>__<KEY>``, ``ARSIP_HOME``), the TOML file
named by ``ARSIP_CONFIG`` (default ``config/arsip.toml`` in the working directory, else the copy
shipped inside this package), then the defaults below.
"""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PACKAGED_CONFIG = Path(__file__).with_name("arsip.toml")


class DatabaseSettings(BaseModel):
    url: str = ""


class PipelineSettings(BaseModel):
    workers: int = Field(0, ge=0)
    max_pages: int = Field(200, ge=1)
    max_megapixels: float = Field(150.0, gt=0)
    ocr_languages: str = "ind+eng"
    text_layer_min_chars: int = Field(20, ge=0)
    default_dpi: int = Field(300, ge=50)
    ocr_timeout: int = Field(300, ge=1)


class SearchSettings(BaseModel):
    backend: str = "sqlite"


class ClassifySettings(BaseModel):
    review_threshold: float = Field(0.8, ge=0, le=1)
    # A number, name, address or date OCR read with less confidence than this is read again,
    # then listed for a clerk to check against the paper.
    check_fields_below: float = Field(0.8, ge=0, le=1)


# The regencies and cities of Sumatera Selatan as their KPU and Bawaslu letterheads name them.
SUMSEL_REGIONS = (
    "KABUPATEN OGAN KOMERING ULU",
    "KABUPATEN OGAN KOMERING ILIR",
    "KABUPATEN MUARA ENIM",
    "KABUPATEN LAHAT",
    "KABUPATEN MUSI RAWAS",
    "KABUPATEN MUSI BANYUASIN",
    "KABUPATEN BANYUASIN",
    "KABUPATEN OGAN KOMERING ULU SELATAN",
    "KABUPATEN OGAN KOMERING ULU TIMUR",
    "KABUPATEN OGAN ILIR",
    "KABUPATEN EMPAT LAWANG",
    "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
    "KABUPATEN MUSI RAWAS UTARA",
    "KOTA PALEMBANG",
    "KOTA PRABUMULIH",
    "KOTA PAGAR ALAM",
    "KOTA LUBUKLINGGAU",
)
# Who writes to a provincial KPU most, by the names their letterheads carry.
CORRESPONDENTS = [
    "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
    "KOMISI INFORMASI PUSAT REPUBLIK INDONESIA",
    "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
    "BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA",
    "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN",
    "DEWAN KEHORMATAN PENYELENGGARA PEMILU REPUBLIK INDONESIA",
    "DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI SUMATERA SELATAN",
    "SEKRETARIAT DAERAH PROVINSI SUMATERA SELATAN",
    "OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN",
    "BADAN PUSAT STATISTIK PROVINSI SUMATERA SELATAN",
    "KEPOLISIAN DAERAH SUMATERA SELATAN",
    "PENGADILAN NEGERI PALEMBANG",
    "PENGADILAN TINGGI PALEMBANG",
    "PENGADILAN TATA USAHA NEGARA PALEMBANG",
    *(f"KOMISI PEMILIHAN UMUM {region}" for region in SUMSEL_REGIONS),
    *(f"BADAN PENGAWAS PEMILIHAN UMUM {region}" for region in SUMSEL_REGIONS),
]


class OfficeSettings(BaseModel):
    """The office: its letterhead and the officers who sign its letters."""

    name: str = "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
    short_name: str = "KPU Provinsi Sumatera Selatan"
    address: str = "Jalan Kapten Rivai No. 3, Palembang 30129"
    phone: str = "(0711) 352666"
    email: str = "ppid@kpu-sumselprov.go.id"
    website: str = "sumsel.kpu.go.id"
    city: str = "Palembang"
    timezone: str = "Asia/Jakarta"
    closes: time = time(16, 0)
    ppid_name: str = "Pejabat Pengelola Informasi dan Dokumentasi"
    ppid_title: str = "PPID KPU Provinsi Sumatera Selatan"
    ppid_nip: str = ""
    atasan_name: str = "Sekretaris KPU Provinsi Sumatera Selatan"
    atasan_title: str = "Atasan PPID KPU Provinsi Sumatera Selatan"
    atasan_nip: str = ""
    templates_dir: Path | None = None
    # Bodies that write often: a letterhead OCR damaged is read as the one it nearly names.
    correspondents: list[str] = Field(default_factory=lambda: list(CORRESPONDENTS))

    @property
    def mail_domains(self) -> tuple[str, ...]:
        """The office's own e-mail domains: its address's, and its website's parent domain
        (sumsel.kpu.go.id → kpu.go.id, where the PPID desks' addresses live)."""
        website = self.website.removeprefix("https://").removeprefix("http://").split("/")[0]
        parent = website.split(".", 1)[1] if website.count(".") >= 2 else website
        return tuple(dict.fromkeys([self.email.rpartition("@")[2].lower(), parent.lower()]))


class Closure(BaseModel):
    """A day the office is closed beyond weekends and national holidays."""

    date: date
    reason: str = ""


class CalendarSettings(BaseModel):
    cuti_bersama_is_workday: bool = True
    cuti_bersama: list[Closure] = Field(default_factory=list)
    closures: list[Closure] = Field(default_factory=list)
    workdays: list[date] = Field(default_factory=list)


class Regime(BaseModel):
    """Deadlines in working days for one rule set (UU 14/2008 general, Perki 1/2019 election)."""

    response_days: int = Field(10, ge=1)
    extension_days: int = Field(7, ge=0)
    objection_filing_days: int = Field(30, ge=1)
    objection_response_days: int = Field(30, ge=1)
    dispute_filing_days: int = Field(14, ge=1)


class Tahapan(BaseModel):
    """A period of election stages during which election information runs on the short regime."""

    name: str
    start: date
    end: date


class DeadlineSettings(BaseModel):
    due_soon_days: int = Field(2, ge=0)
    general: Regime = Field(default_factory=Regime)
    election: Regime = Field(
        default_factory=lambda: Regime(
            response_days=3, extension_days=2, objection_filing_days=30,
            objection_response_days=3, dispute_filing_days=14,
        )
    )  # fmt: skip
    tahapan: list[Tahapan] = Field(default_factory=list)


class RegistrySettings(BaseModel):
    """Number templates: {seq}, {year}, {month}, {month_roman}; sequences restart each year."""

    request_number: str = "{seq:03d}/PPID/KPU-SS/{month_roman}/{year}"
    objection_number: str = "{seq:03d}/KEB/PPID/KPU-SS/{month_roman}/{year}"
    dispute_number: str = "{seq:03d}/SKI/PPID/KPU-SS/{year}"
    agenda_number: str = "{seq:04d}/AG/{year}"
    notice_number: str = "{seq:03d}/HM.02-SD/16/{year}"
    default_unit: str = "Subbagian Teknis dan Hubungan Masyarakat"

    @field_validator(
        "request_number", "objection_number", "dispute_number", "agenda_number", "notice_number"
    )
    @classmethod
    def _template_formats(cls, template: str) -> str:
        """A template must say the sequence and the year (numbers restart each year)."""
        if "{seq" not in template or "{year}" not in template:
            raise ValueError(f"{template!r} must contain {{seq}} and {{year}}")
        try:
            template.format(seq=1, year=2026, month=1, month_roman="I")
        except (KeyError, IndexError, ValueError) as error:
            raise ValueError(f"{template!r}: {error!r}") from None
        return template


class InboxFolder(BaseModel):
    """One watched folder: its intake channel and the class its letters usually have."""

    path: Path
    channel: str
    class_hint: str | None = None
    polling_only: bool = False


DEFAULT_INBOXES = (
    ("permohonan", "permohonan_informasi"),
    ("keberatan", "keberatan"),
    ("sengketa", "sengketa"),
    ("surat-masuk", "surat_masuk"),
    ("umum", None),
)


class WatchSettings(BaseModel):
    poll_seconds: float = Field(10.0, gt=0)
    settle_seconds: float = Field(2.0, ge=0)
    # How long a letter's page images wait for its next page (see watchers.pages).
    page_wait_seconds: float = Field(15.0, ge=0)
    polling_only: bool = False
    stop_timeout: float = Field(30.0, ge=0)
    keep_originals: bool = True
    retry_seconds: float = Field(60.0, ge=0)
    max_attempts: int = Field(5, ge=1)
    ignore: list[str] = Field(
        default_factory=lambda: ["*.part", "*.tmp", "*.crdownload", "~$*", ".*", "Thumbs.db",
                                 "desktop.ini", "*.alasan.txt"]
    )  # fmt: skip
    extra_folders: list[InboxFolder] = Field(default_factory=list)


def config_path() -> Path:
    """The TOML file in force: ARSIP_CONFIG, ./config/arsip.toml, or the packaged default."""
    named = os.environ.get("ARSIP_CONFIG")
    if named:
        return Path(named)
    local = Path("config/arsip.toml")
    return local if local.is_file() else PACKAGED_CONFIG


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ARSIP_", env_nested_delimiter="__", extra="ignore"
    )

    home: Path = Path("data")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)
    search: SearchSettings = Field(default_factory=SearchSettings)
    watch: WatchSettings = Field(default_factory=WatchSettings)
    classify: ClassifySettings = Field(default_factory=ClassifySettings)
    office: OfficeSettings = Field(default_factory=OfficeSettings)
    calendar: CalendarSettings = Field(default_factory=CalendarSettings)
    deadlines: DeadlineSettings = Field(default_factory=DeadlineSettings)
    registry: RegistrySettings = Field(default_factory=RegistrySettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_path())
        return (init_settings, env_settings, toml)

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{(self.home / 'arsip.db').resolve()}"

    @property
    def worker_count(self) -> int:
        return self.pipeline.workers or os.cpu_count() or 1

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def inbox_dir(self) -> Path:
        return self.home / "inbox"

    @property
    def done_dir(self) -> Path:
        return self.home / "done"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"

    @property
    def run_dir(self) -> Path:
        return self.home / "run"

    def inboxes(self) -> list[InboxFolder]:
        """The default inboxes under ARSIP_HOME/inbox, then any extra folders from the config."""
        defaults = [
            InboxFolder(path=self.inbox_dir / name, channel=name, class_hint=hint)
            for name, hint in DEFAULT_INBOXES
        ]
        return defaults + list(self.watch.extra_folders)


def load_settings() -> Settings:
    return Settings()

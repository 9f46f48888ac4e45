"""The settings schema.

Sources, strongest first: environment (``ARSIP_<SECTION>__<KEY>``, ``ARSIP_HOME``), the TOML file
named by ``ARSIP_CONFIG`` (default ``config/arsip.toml`` in the working directory, else the copy
shipped inside this package), then the defaults below.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field
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

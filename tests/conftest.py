from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.letters import born_digital_pdf, letter_lines, render_page, save_scan

SHARED_SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "sample"


class Arsip:
    """Runs `arsip` commands in-process against one data directory."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str) -> tuple[int, str, str]:
        result = self.runner.invoke(app, list(args), catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    def ingest(self, *paths: Path) -> tuple[int, list[dict]]:
        code, out, _ = self("ingest", "--json", *map(str, paths))
        return code, [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def arsip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Arsip:
    home = tmp_path / "data"
    monkeypatch.setenv("ARSIP_HOME", str(home))
    monkeypatch.setenv("ARSIP_PIPELINE__WORKERS", "2")
    monkeypatch.delenv("ARSIP_DATABASE__URL", raising=False)
    return Arsip(home)


@pytest.fixture(scope="session")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One letter of each kind the desk receives, each with its own searchable keyword."""
    folder = tmp_path_factory.mktemp("letters")
    return {
        "digital": born_digital_pdf(
            folder / "digital.pdf", [letter_lines("DIGITALKOPI"), ["Lampiran"]]
        ),
        "png": save_scan(folder / "scan.png", [render_page(letter_lines("PINDAIPNG"))]),
        "upside_down": save_scan(
            folder / "terbalik.png",
            [render_page(letter_lines("TERBALIKDUA"), rotate=180, skew=1.5)],
        ),
        "sideways": save_scan(
            folder / "miring.jpg", [render_page(letter_lines("SAMPINGTIGA"), rotate=90, seed=3)]
        ),
        "tiff": save_scan(
            folder / "dua.tif",
            [
                render_page(letter_lines("HALAMANSATU")),
                render_page(letter_lines("HALAMANDUA"), seed=2),
            ],
        ),
        "image_pdf": save_scan(
            folder / "pindai.pdf", [render_page(letter_lines("PDFGAMBAR"), skew=-2.0)]
        ),
        "bitonal": _bitonal_tiff(folder / "hitamputih.tif", letter_lines("HITAMPUTIH")),
    }


def _bitonal_tiff(path: Path, lines: list[str]) -> Path:
    """A black-and-white 300-dpi scan in CCITT G4, as office scanners save them."""
    page = render_page(lines).point(lambda value: 255 if value > 128 else 0).convert("1")
    page.save(path, dpi=(300, 300), compression="group4")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _postgres_bin() -> Path:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not candidates:
        raise RuntimeError(
            "PostgreSQL binaries not found: `make test` installs the postgresql package"
        )
    return candidates[-1].parent


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on a free loopback port, or ARSIP_TEST_POSTGRES_URL."""
    if os.environ.get("ARSIP_TEST_POSTGRES_URL"):
        yield os.environ["ARSIP_TEST_POSTGRES_URL"]
        return
    bindir = _postgres_bin()
    root = Path(tempfile.mkdtemp(prefix="arsip-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    initdb = [bindir / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    subprocess.run([*as_user, *initdb], check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    start = [bindir / "pg_ctl", "-D", data, "-o", options, "-w", "start", "-l", root / "log"]
    subprocess.run([*as_user, *start], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_database(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh database in the throwaway cluster, used through ARSIP_DATABASE__URL."""
    name = f"arsip_{uuid.uuid4().hex[:12]}"
    admin = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = postgres_url.rsplit("/", 1)[0] + f"/{name}"
    monkeypatch.setenv("ARSIP_DATABASE__URL", url)
    yield url

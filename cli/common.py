"""What every command shares: the consoles, opening the database, turning errors into exits."""

from __future__ import annotations

import typer
from rich.console import Console

from config.settings import Settings, load_settings
from db.engine import Database
from pipeline.errors import ArsipError, ExitCode
from registry.errors import Refused

console = Console()
errors = Console(stderr=True)


def open_database() -> tuple[Settings, Database]:
    settings = load_settings()
    database = Database(settings.database_url)
    database.migrate()
    return settings, database


def fail(error: ArsipError | Refused) -> typer.Exit:
    """Print the reason; exit with the error's own status (a registry refusal: 4)."""
    errors.print(f"[bold red]arsip:[/] {error}")
    code = error.exit_code if isinstance(error, ArsipError) else ExitCode.refused
    return typer.Exit(int(code))

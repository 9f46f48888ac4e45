"""The `arsip` command line (Typer + Rich)."""

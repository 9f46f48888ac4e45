"""Settings of Arsip PPID: one schema, defaults in arsip.toml, overridable by env."""

from config.settings import Settings, load_settings

__all__ = ["Settings", "load_settings"]

"""Settings of a run: from config files and the command line.

``Settings`` is the typed result; :func:`load_settings` finds and reads ``[tool.factlint]`` in
``pyproject.toml``, ``factlint.toml`` or ``.factlint.toml`` (searching upward from the checked
files), and the command line overrides it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ConfigError(Exception):
    """Bad configuration: the message names the file and key."""


@dataclass
class Settings:
    select: list[str] | None = None  # None: every rule enabled by default
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity_overrides: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    packs: list[str] = field(default_factory=list)
    plugins: list[str] = field(default_factory=list)
    disable_plugins: list[str] = field(default_factory=list)
    year: int | None = None
    threshold: str = "info"
    config_path: str | None = None

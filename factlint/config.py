"""Settings of a run: from config files and the command line.

``Settings`` is the typed result; :func:`find_config` looks for ``.factlint.toml``,
``factlint.toml`` or ``[tool.factlint]`` in ``pyproject.toml`` (in that order in each folder,
searching upward from the checked files) and :func:`load_config` reads and validates it.  The
command line overrides the file (``--select`` replaces ``select``; ``--ignore`` and
``--extend-select`` add to theirs).

Config keys (all optional)::

    [tool.factlint]
    select = ["total-mismatch", "usage"]      # rule names, families, pack prefixes or "ALL"
    ignore = ["unsourced-superlative"]
    extend-select = ["house.no-hype"]
    per-file-ignores = { "drafts/old/*.md" = ["fullwidth-digit"] }   # globs, relative to the config
    severity = "info"                          # report threshold (like --severity)
    year = 2024                                # the year the texts speak of (like --year)
    packs = ["house-style/"]                   # extra rule-pack folders, relative to the config
    plugins = ["factlint_house"]               # extra plugin modules to import
    disable = ["factlint.checks.claims.unsourced_superlative"]   # plugins to block by name

    [tool.factlint.rules.unsourced-superlative]   # per-rule severity and options
    severity = "warning"
    some-option = 3

Rule names are validated by the engine (it knows every rule, packs included); everything else is
validated here.  Every problem is a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

CONFIG_FILES = (".factlint.toml", "factlint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")


class ConfigError(Exception):
    """Bad configuration: the message names the file and key."""

    def __init__(self, source: str, key: str, problem: str):
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {problem}" if where else problem)
        self.source, self.key, self.problem = source, key, problem


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
    #: the folder per-file-ignores globs and relative pack paths are resolved against
    root: str | None = None
    #: where each setting came from, for error messages: {"select": "pyproject.toml: tool.factlint.select"}
    origins: dict[str, str] = field(default_factory=dict)

    def origin(self, key: str, fallback: str) -> tuple[str, str]:
        """(source, key) to name in an error about ``key``."""
        where = self.origins.get(key)
        if where:
            src, _, k = where.partition("\0")
            return src, k
        return "command line", fallback


# -- finding ----------------------------------------------------------------------------------------
def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), "", f"cannot read config: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(str(path), "", "config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "", f"invalid TOML: {exc}") from None


def _factlint_table(path: Path) -> tuple[dict[str, Any], str] | None:
    """The factlint settings in a config file and the key prefix naming them, or None when the
    file is a pyproject.toml without ``[tool.factlint]``."""
    doc = _load_toml(path)
    if path.name == "pyproject.toml":
        tool = doc.get("tool")
        if not isinstance(tool, dict) or "factlint" not in tool:
            return None
        table = tool["factlint"]
        if not isinstance(table, dict):
            raise ConfigError(str(path), "tool.factlint", "must be a table")
        return table, "tool.factlint."
    return doc, ""


def find_config(paths: Iterable[str] = (), cwd: str | None = None) -> Path | None:
    """The config file that applies to ``paths``: searching upward from their common folder
    (the current folder for stdin), the first ``.factlint.toml``, ``factlint.toml`` or
    ``pyproject.toml`` with a ``[tool.factlint]`` table."""
    import os

    base = Path(cwd or os.getcwd())
    dirs = []
    for p in paths:
        if p == "-":
            continue
        q = (base / p).resolve() if not Path(p).is_absolute() else Path(p).resolve()
        dirs.append(str(q if q.is_dir() else q.parent))
    start = Path(os.path.commonpath(dirs)) if dirs else base.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    found = _factlint_table(candidate)
                except ConfigError:
                    found = {}, ""  # a broken pyproject is reported when loaded
                if found is None:
                    continue
            return candidate
    return None


# -- reading and validating ------------------------------------------------------------------------
_LIST_KEYS = {"select": "select", "ignore": "ignore", "extend-select": "extend_select",
              "packs": "packs", "plugins": "plugins", "disable": "disable_plugins"}
_KNOWN = set(_LIST_KEYS) | {"per-file-ignores", "severity", "year", "rules"}


def _str_list(value: Any, source: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(source, key, f"must be a list of non-empty strings, got {value!r}")
    return [v.strip() for v in value]


def parse_severity(value: Any, source: str, key: str) -> str:
    if not isinstance(value, str) or value.strip().lower() not in SEVERITIES:
        raise ConfigError(source, key, f"must be one of {', '.join(SEVERITIES)}, got {value!r}")
    return value.strip().lower()


def parse_year(value: Any, source: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 2999:
        raise ConfigError(source, key, f"must be a four-digit year such as 2024, got {value!r}")
    return value


def load_config(path: str | Path, settings: Settings | None = None) -> Settings:
    """Read and validate a config file into ``settings`` (a new :class:`Settings` by default)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(str(path), "", "config file does not exist")
    found = _factlint_table(path)
    if found is None:
        raise ConfigError(str(path), "tool.factlint", "no [tool.factlint] table in this pyproject.toml")
    table, prefix = found
    return apply_table(table, str(path), prefix, settings or Settings(), root=path.resolve().parent)


def apply_table(table: dict[str, Any], source: str, prefix: str, settings: Settings,
                root: Path | None = None) -> Settings:
    s = settings
    s.config_path = source
    s.root = str(root) if root else s.root

    def note(attr: str, key: str) -> None:
        s.origins[attr] = f"{source}\0{prefix}{key}"

    for key, value in table.items():
        full = prefix + key
        if key not in _KNOWN:
            hint = _close(key, _KNOWN)
            raise ConfigError(source, full, "unknown setting" + (f" (did you mean {hint!r}?)" if hint else ""))
        if key in _LIST_KEYS:
            items = _str_list(value, source, full)
            if key in ("packs",) and root is not None:
                items = [str((root / p)) if not Path(p).is_absolute() else p for p in items]
            setattr(s, _LIST_KEYS[key], items)
            note(_LIST_KEYS[key], key)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(source, full, "must be a table of glob = [rule names]")
            for glob, rules in value.items():
                s.per_file_ignores[glob] = _str_list(rules, source, f"{full}.{glob}")
            note("per_file_ignores", key)
        elif key == "severity":
            s.threshold = parse_severity(value, source, full)
        elif key == "year":
            s.year = parse_year(value, source, full)
        elif key == "rules":
            if not isinstance(value, dict):
                raise ConfigError(source, full, "must be a table of [rules.<rule-name>] tables")
            for rule, opts in value.items():
                rkey = f"{full}.{rule}"
                if not isinstance(opts, dict):
                    raise ConfigError(source, rkey, "must be a table (severity and options of this rule)")
                opts = dict(opts)
                if "severity" in opts:
                    s.severity_overrides[rule] = parse_severity(opts.pop("severity"), source, f"{rkey}.severity")
                s.rule_options[rule] = {k.replace("-", "_"): v for k, v in opts.items()}
                s.origins[f"rule:{rule}"] = f"{source}\0{rkey}"
    return s


def _close(word: str, choices: Iterable[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def resolve_settings(paths: Iterable[str] = (), config: str | None = None, isolated: bool = False) -> Settings:
    """The settings from ``config`` (``--config``) or the config found for ``paths``."""
    if isolated:
        return Settings()
    if config:
        return load_config(config)
    found = find_config(list(paths))
    return load_config(found) if found else Settings()


# -- per-file globs ---------------------------------------------------------------------------------
def glob_regex(pattern: str):
    """A compiled regex for a path glob: ``*`` and ``?`` stay inside one folder, ``**`` spans
    folders, ``[abc]`` is a class."""
    import re

    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                i += 2
                if i < n and pattern[i] == "/":
                    i += 1
                    out.append("(?:.*/)?")
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def path_matches(pattern: str, path: str, root: str | None = None) -> bool:
    """Does a per-file-ignores glob match ``path``?  Patterns are matched against the path
    relative to the config folder (and the path as given); a pattern without ``/`` also matches
    the file name alone."""
    import os

    rx = glob_regex(pattern.replace("\\", "/").removeprefix("./"))
    candidates = {path.replace("\\", "/").removeprefix("./")}
    if root:
        try:
            rel = os.path.relpath(os.path.abspath(path), root)
            if not rel.startswith(".."):
                candidates.add(rel.replace("\\", "/"))
        except ValueError:  # pragma: no cover (other drive on Windows)
            pass
    if "/" not in pattern:
        candidates.add(path.replace("\\", "/").rsplit("/", 1)[-1])
    return any(rx.match(c) for c in candidates)

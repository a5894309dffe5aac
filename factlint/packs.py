"""Rule packs: declarative TOML files of lexicons, fact tables and simple pattern rules.

The built-in packs live in the top-level ``rules/`` folder, which ships inside the package as
``factlint.rules`` and is read only through ``importlib.resources``.  Users add their own folders
with ``packs = ["house-style/"]`` in config; plugins add theirs through the
``factlint_rule_packs`` hook.  A later pack extends an earlier one: lexicon words are added,
fact-table entries appended, pattern rules added.

File format (any ``*.toml`` file in a pack folder, recursively)::

    [lexicon.not-figures]            # a named word list
    description = "..."
    words = ["十三五", "一带一路"]

    [facts.anniversaries]            # a named fact table: a list of entries (tables)
    description = "..."
    entries = [{ subject = "中国共产党", founded = 1921, source = "..." }]

    [pack]                           # optional: the prefix of this file's rule names
    name = "house"

    [[rule]]                         # a declarative rule (kinds: see factlint.checks.packrules)
    name = "no-hype"                 # -> "house.no-hype"; or write the full "house.no-hype"
    kind = "existence"
    ...

Loading validates every file: a problem raises :class:`PackError` naming the file, the key and
the problem (``factlint check`` prints it and exits with status 2).  ``[[rule]]`` tables are
checked by the kind that builds them (:mod:`factlint.checks.packrules`).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from . import hookimpl

_PACK_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class PackError(Exception):
    """A pack that cannot be loaded: the message names the file, the key and the problem."""

    def __init__(self, source: str, key: str, problem: str):
        super().__init__(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")
        self.source, self.key, self.problem = source, key, problem


@dataclass
class Knowledge:
    """The merged content of every pack loaded for a run."""

    lexicons: dict[str, list[str]] = field(default_factory=dict)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rules: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def lexicon(self, name: str) -> tuple[str, ...]:
        return tuple(self.lexicons.get(name, ()))

    def fact_table(self, name: str) -> list[dict[str, Any]]:
        return self.facts.get(name, [])

    @cached_property
    def _sets(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in self.lexicons.items()}

    def words(self, name: str) -> frozenset[str]:
        """The lexicon as a frozen set (cached)."""
        return self._sets.get(name, frozenset())

    def longest_first(self, name: str) -> tuple[str, ...]:
        """The lexicon's words, longest first, for matching the longest that fits (cached)."""
        got = self._longest.get(name)
        if got is None:
            got = self._longest[name] = tuple(sorted(self.lexicons.get(name, ()), key=len, reverse=True))
        return got

    @cached_property
    def _longest(self) -> dict[str, tuple[str, ...]]:
        return {}

    # -- loading ------------------------------------------------------------------------------
    def add_file(self, name: str, data: bytes) -> None:
        self.add_table(name, self.parse(name, data))

    def add_table(self, name: str, doc: dict[str, Any]) -> None:
        known = {"lexicon", "facts", "rule", "pack"}
        for key in doc:
            if key not in known:
                raise PackError(name, key, f"unknown top-level key (expected one of {', '.join(sorted(known))})")
        for lex, body in doc.get("lexicon", {}).items():
            if not isinstance(body, dict) or not isinstance(body.get("words"), list):
                raise PackError(name, f"lexicon.{lex}", "needs a 'words' list of strings")
            words = body["words"]
            bad = [w for w in words if not isinstance(w, str) or not w]
            if bad:
                raise PackError(name, f"lexicon.{lex}.words", f"every word must be a non-empty string, got {bad[0]!r}")
            target = self.lexicons.setdefault(lex, [])
            seen = set(target)
            target.extend(w for w in words if w not in seen)
        for table, body in doc.get("facts", {}).items():
            if not isinstance(body, dict) or not isinstance(body.get("entries"), list):
                raise PackError(name, f"facts.{table}", "needs an 'entries' list of tables")
            for i, entry in enumerate(body["entries"]):
                if not isinstance(entry, dict):
                    raise PackError(name, f"facts.{table}.entries[{i}]", "must be a table")
            self.facts.setdefault(table, []).extend(body["entries"])
        pack = doc.get("pack", {})
        if not isinstance(pack, dict):
            raise PackError(name, "pack", "must be a table (name, description)")
        for key in pack:
            if key not in ("name", "description", "version", "link"):
                raise PackError(name, f"pack.{key}", "unknown key (expected name, description, version, link)")
        prefix = pack.get("name")
        if prefix is not None and (not isinstance(prefix, str) or not _PACK_NAME.match(prefix)):
            raise PackError(name, "pack.name", f"must be a lower-case name such as 'house-style', got {prefix!r}")
        rules = doc.get("rule", [])
        if not isinstance(rules, list):
            raise PackError(name, "rule", "must be an array of tables ([[rule]])")
        for i, rule in enumerate(rules):
            if not isinstance(rule, dict):
                raise PackError(name, f"rule[{i}]", "must be a table")
            self.rules.append({**rule, "_source": name, "_index": i, "_pack": prefix})
        self.sources.append(name)

    def add_folder(self, folder: Any, cache: bool = True) -> None:
        """Load every ``*.toml`` below ``folder`` (a Path or an importlib.resources traversable),
        in sorted order.  With ``cache``, parsed files are kept in a small cache (see
        :class:`ParseCache`), so a run parses only the TOML files that changed since the last one
        (the engine caches the packs shipped in packages, not a user's own folders)."""
        cache = ParseCache.for_folder(folder) if cache else None
        for name, entry in sorted(_walk_toml(folder), key=lambda t: t[0]):
            doc = cache.get(name, entry) if cache else None
            if doc is None:
                doc = self.parse(name, entry.read_bytes())
                if cache:
                    cache.put(name, entry, doc)
            self.add_table(name, doc)
        if cache:
            cache.save()

    @staticmethod
    def parse(name: str, data: bytes) -> dict[str, Any]:
        # (imported here: with the parse cache, most runs parse no TOML, and tomllib costs ~5 ms)
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover
            import tomli as tomllib
        try:
            return tomllib.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise PackError(name, "", "not UTF-8 text") from None
        except tomllib.TOMLDecodeError as exc:
            raise PackError(name, "", f"invalid TOML: {exc}") from None


class ParseCache:
    """Parsed pack files, kept between runs (TOML parsing is a noticeable part of start-up).

    One cache file per pack folder, in ``$FACTLINT_CACHE_DIR`` or ``$XDG_CACHE_HOME/factlint``
    (``~/.cache/factlint``), holding for each file its size, modification time and parsed content
    (``marshal``).  A file whose size or time changed is parsed again; validation always runs on
    the parsed content.  ``FACTLINT_NO_CACHE=1`` turns the cache off; a cache that cannot be read
    or written is ignored.
    """

    VERSION = 1

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, tuple[int, int, Any]] = {}
        self.dirty = False
        from ._recache import read_cache_file

        data = read_cache_file(path)  # (None: missing, partial or from another Python)
        if isinstance(data, dict) and data.get("version") == self.VERSION and isinstance(data.get("entries"), dict):
            self.entries = data["entries"]

    @classmethod
    def for_folder(cls, folder: Any) -> "ParseCache | None":
        from ._recache import cache_dir

        base = cache_dir()  # (None: FACTLINT_NO_CACHE, or no usable home: HOME unset, not absolute)
        if base is None:
            return None
        try:
            real = _fs_path(folder)
            if real is None or not real.is_dir():
                return None
            real = real.resolve()
            import zlib  # a stable file name per folder (hashlib would cost start-up time)

            name = f"{real}|{sys.version_info[:2]}".encode()
            key = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"
            return cls(Path(base) / f"packs-{key}.marshal")
        except Exception:
            return None

    @staticmethod
    def _stamp(entry: Any) -> tuple[int, int] | None:
        try:
            path = _fs_path(entry)
            if path is None:
                return None
            st = path.stat()
            return st.st_size, st.st_mtime_ns
        except Exception:
            return None

    def get(self, name: str, entry: Any) -> Any:
        found = self.entries.get(name)
        stamp = self._stamp(entry)
        if found is None or stamp is None or (found[0], found[1]) != stamp:
            return None
        return found[2]

    def put(self, name: str, entry: Any, doc: Any) -> None:
        import marshal

        stamp = self._stamp(entry)
        if stamp is None:
            return
        try:
            marshal.dumps(doc)  # TOML dates and times cannot be cached: parse those files each time
        except ValueError:
            return
        self.entries[name] = (stamp[0], stamp[1], doc)
        self.dirty = True

    #: at most this many pack folders' cache files are kept: a folder that is gone (a temporary
    #: checkout, a pack folder renamed) leaves its file behind, and the oldest go when a new one is
    #: written (a folder still in use whose file went is parsed once again)
    MAX_FILES = 32

    def save(self) -> None:
        if not self.dirty:
            return
        from ._recache import write_cache_file

        if write_cache_file(self.path, {"version": self.VERSION, "entries": self.entries}):
            self._prune()
        self.dirty = False

    def _prune(self) -> None:
        """Remove the oldest pack cache files beyond :attr:`MAX_FILES` (never this one)."""
        try:
            others = [p for p in self.path.parent.glob("packs-*.marshal") if p != self.path]
            if len(others) < self.MAX_FILES:
                return
            aged = sorted(others, key=lambda p: p.stat().st_mtime_ns)
            for stale in aged[:len(others) - (self.MAX_FILES - 1)]:
                stale.unlink()
        except OSError:
            pass  # (another run pruning at the same time, or a read-only folder: nothing lost)


def _fs_path(entry: Any) -> Path | None:
    """The file-system path of a Path, a path string or an importlib.resources traversable (a
    namespace package gives a MultiplexedPath of one folder), or None (a zip file)."""
    if isinstance(entry, (str, Path)):
        return Path(entry)
    paths = getattr(entry, "_paths", None)
    if isinstance(paths, list) and len(paths) == 1 and isinstance(paths[0], Path):
        return paths[0]
    return None


def _walk_toml(folder: Any) -> Iterable[tuple[str, Any]]:
    """``(name, entry)`` for every ``*.toml`` below ``folder``.  A user's folder (a path) names
    its files by their path; a packaged folder (an importlib.resources traversable) names them
    ``<package folder>/<relative path>`` (``rules/lexicons/superlatives.toml``)."""
    if isinstance(folder, Path) and folder == _BUILTIN_DIR:
        yield from _walk_traversable(folder, "rules/")
        return
    if isinstance(folder, (str, Path)):
        folder = Path(folder)
        if folder.is_file() and folder.suffix == ".toml":
            yield str(folder), folder
            return
        if not folder.is_dir():
            raise PackError(str(folder), "", "pack folder does not exist")
        for path in folder.rglob("*.toml"):
            yield str(path), path
        return
    yield from _walk_traversable(folder, f"{getattr(folder, 'name', '') or 'pack'}/")


def _walk_traversable(folder: Any, prefix: str) -> Iterable[tuple[str, Any]]:
    for entry in folder.iterdir():
        label = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk_traversable(entry, label + "/")
        elif entry.name.endswith(".toml"):
            yield label, entry


_BUILTIN_DIR = Path(__file__).resolve().parent / "rules"


def builtin_pack_folder():
    """The ``rules/`` folder shipped in the package (``factlint/rules``).

    Installed on a file system (a wheel or an editable install), it is the folder next to this
    module, read directly; otherwise (a zip import) it is reached through ``importlib.resources``.
    Importing ``importlib.resources`` costs about 20 ms, a sixth of factlint's start-up budget."""
    if _BUILTIN_DIR.is_dir():
        return _BUILTIN_DIR
    from importlib.resources import files

    return files("factlint.rules")


def load_knowledge(folders: Iterable[Any]) -> Knowledge:
    knowledge = Knowledge()
    for folder in folders:
        knowledge.add_folder(folder)
    return knowledge


@hookimpl
def factlint_rule_packs() -> list:
    return [builtin_pack_folder()]

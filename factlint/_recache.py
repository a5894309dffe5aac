"""A cache of compiled regular expressions between runs of the command line.

Checking a 2 KB draft compiles about two hundred regular expressions (the numeral engine, the
claim model, the calendar and the rules); Python's ``re`` compiles in pure Python, and a pattern
with a CJK character class costs a millisecond or more (its 64K-entry character map is built and
folded in Python).  That was more than half the start-up of ``factlint check``.

The command line therefore keeps what ``re`` compiles -- the opcode list that Python's ``re``
hands to the C engine (``_sre.compile``) -- in a cache file, and builds the pattern objects of
later runs straight from it, skipping the parser and the code generator.  The objects are the
ones ``re.compile`` makes: same pattern string, same flags, same opcodes, same groups.  The file
is per Python build (``sys.implementation.cache_tag``) and per regular-expression engine version
(``_sre.MAGIC``), like ``.pyc`` files; an entry the engine refuses is compiled afresh.

Where: ``$FACTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/factlint``, else ``~/.cache/factlint``
(:func:`cache_dir`).  ``FACTLINT_NO_CACHE=1`` turns it off.  A home that is unset, not absolute or
read-only only means no cache: nothing is reported and nothing else changes.  Only the command
line installs the cache (:func:`install`); the library API never patches ``re``.
"""

from __future__ import annotations

import os
import sys

#: format of the cache file
VERSION = 1
#: at most this many patterns, and opcodes in all, are kept (a run that compiles patterns from
#: user data -- a pack's phrases -- must not grow the file, or the memory of later runs, without
#: bound; factlint's own patterns take about 200 entries and 150,000 opcodes), and a pattern of
#: more opcodes than MAX_PATTERN is not kept at all
MAX_ENTRIES = 1000
MAX_OPCODES = 400_000
MAX_PATTERN = 20_000

_installed: "_Cache | None" = None


def cache_dir() -> str | None:
    """The folder factlint may keep caches in, or None (caching off, or no usable home)."""
    if os.environ.get("FACTLINT_NO_CACHE"):
        return None
    base = os.environ.get("FACTLINT_CACHE_DIR")
    if base:
        return base
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative value is to be ignored
        return os.path.join(xdg, "factlint")
    try:
        home = os.path.expanduser("~")
    except Exception:  # pragma: no cover (no passwd entry on some systems)
        return None
    if not home or not os.path.isabs(home):  # HOME unset and no passwd entry: "~" stays "~"
        return None
    return os.path.join(home, ".cache", "factlint")


def read_cache_file(path) -> object | None:
    """The value a cache file holds (marshal), or None when it is missing, partial or written by
    another Python.  The whole file is read first: ``marshal.load`` on a file object reads it in
    small pieces, several times slower."""
    import marshal

    try:
        with open(path, "rb") as fh:
            return marshal.loads(fh.read())
    except Exception:
        return None


def write_cache_file(path, value) -> bool:
    """Write ``value`` (marshal) to the cache file ``path`` through a temporary file and a rename,
    so that a reader never sees half a file.  A read-only or full disk, or a value marshal cannot
    write, means no cache: False, and no stray temporary file."""
    import marshal

    path = os.fspath(path)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(tmp, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, path)
        return True
    except Exception:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


class _Recorder:
    """Stands for the ``_sre`` module while ``re`` compiles a pattern, to record the arguments
    ``re`` passes to ``_sre.compile`` (everything else goes to the real module)."""

    def __init__(self, real):
        self._real = real
        self.args = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
        # (the opcodes are int subclasses with names: plain ints for the cache file)
        self.args = (int(flags), [int(c) for c in code], int(groups),
                     {str(k): int(v) for k, v in dict(groupindex).items()}, tuple(indexgroup))
        return self._real.compile(pattern, flags, code, groups, groupindex, indexgroup)


class _Cache:
    def __init__(self, path: str, compiler, sre):
        self.path = path
        self.pid = os.getpid()
        self.compiler = compiler
        self.sre = sre
        self.original = compiler.compile
        self.entries: dict = {}
        self.new: dict = {}
        self.used: set = set()
        data = read_cache_file(path)  # (None: missing, partial, or written by another Python)
        if isinstance(data, dict):
            self.entries = data

    def compile(self, p, flags=0):
        """``re._compiler.compile`` with the cache in front of it."""
        if not isinstance(p, (str, bytes)) or flags & 128:  # (128: re.DEBUG prints the code)
            return self.original(p, flags)
        key = (p, flags)
        hit = self.entries.get(key)
        if hit is not None:
            try:
                result = self.sre.compile(p, *hit)
                self.used.add(key)
                return result
            except Exception:  # not code this engine accepts: compile it afresh
                del self.entries[key]
        recorder = _Recorder(self.sre)
        self.compiler._sre = recorder
        try:
            result = self.original(p, flags)
        finally:
            self.compiler._sre = self.sre
        if recorder.args is not None and len(recorder.args[1]) <= MAX_PATTERN:
            self.new[key] = recorder.args
        return result

    def save(self) -> None:
        if not self.new or os.getpid() != self.pid:  # (a forked --jobs worker never writes)
            return
        # the patterns of this run first, then earlier ones up to the limit (a pattern built from
        # a set of words in hash order differs from run to run: old variants must not pile up)
        data = {k: self.entries[k] for k in self.used if k in self.entries}
        data.update(self.new)
        size = sum(len(v[1]) for v in data.values())
        for k, v in self.entries.items():
            if len(data) >= MAX_ENTRIES or size + len(v[1]) > MAX_OPCODES:
                break
            if k not in data:
                data[k] = v
                size += len(v[1])
        if write_cache_file(self.path, data):
            self.entries, self.new = data, {}


def install() -> None:
    """Put the cache in front of ``re``'s compiler for the rest of the process (the command line
    calls this once; :func:`save` writes what was new at the end of the run)."""
    global _installed
    if _installed is not None:
        return
    base = cache_dir()
    if base is None:
        return
    try:
        import _sre
        import re  # noqa: F401  (re._compiler is imported by re)
        from re import _compiler
    except ImportError:  # pragma: no cover (Python 3.10 has sre_compile, not re._compiler)
        return
    if not hasattr(_compiler, "_sre") or not callable(getattr(_compiler, "compile", None)):
        return  # pragma: no cover (another implementation of re)
    tag = sys.implementation.cache_tag or "python"
    path = os.path.join(base, f"re-{tag}-{getattr(_sre, 'MAGIC', 0)}-v{VERSION}.marshal")
    cache = _Cache(path, _compiler, _sre)
    _compiler.compile = cache.compile
    _installed = cache


def save() -> None:
    """Write the patterns compiled for the first time in this run (if any) to the cache file."""
    if _installed is not None:
        _installed.save()


def uninstall() -> None:
    """Take the cache away from ``re`` again (the command line does at the end of a run, so that a
    process that calls it, such as a test suite, does not record its other patterns)."""
    global _installed
    if _installed is not None:
        _installed.compiler.compile = _installed.original
        _installed = None

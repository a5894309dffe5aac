"""Turning command-line paths into documents: files, folders (recursive) and stdin.

``collect(paths, linter, stdin_filename=None)`` returns ``(documents, errors)``.  Every problem with
one input becomes a :class:`~factlint.engine.FileError` naming the path and the problem in one line
(the CLI prints ``factlint: PATH: problem`` and exits 2), and the other inputs are still read.

* Files are read whatever their suffix (the reader is chosen by suffix; unknown suffixes are read
  as plain text).  ``-`` reads stdin; with no paths at all, piped stdin is read.  Text from stdin
  is named by ``--stdin-filename`` (default ``<stdin>``), whose suffix also picks the reader
  (``--stdin-filename draft.md`` reads Markdown).
* Folders are walked recursively in a fixed order (names sorted by code point, a folder's
  contents where the folder sorts), taking files with a known suffix (.txt, .md, .markdown,
  .docx and any suffix a reader plugin registers).  Hidden files and folders (``.git``,
  ``.venv``...), ``node_modules``, ``__pycache__``, virtual environments (folders with a
  ``pyvenv.cfg``) and Word's lock files (``~$draft.docx``) are skipped.  Symbolic links are
  followed, but a link back to a folder being walked is reported as a loop and not followed.
* The same file reached twice (named twice, or through a link) is read once.
* An empty file is reported ("empty file, nothing to check") rather than passing silently: a draft
  that saved or converted to nothing should not look like a clean one.

``collect(..., defer=True)`` (``check --jobs``) finds the files but leaves reading them (their
bytes, then their reader: decoding, parsing .docx) to the processes that check them: each regular
file is then an :class:`Unread` in the list of documents, which :func:`read_unread` turns into its
document or its error, and :func:`settle` puts back in the order ``collect`` would have given.
(Reading every file's bytes before the workers start was serial time: 70 ms of a run over ten
copies of the 83 reports.)
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from typing import BinaryIO, Sequence

#: folders never descended into (hidden folders, starting with ".", are skipped too)
SKIP_DIRS = frozenset({"node_modules", "__pycache__"})
#: largest input read, in bytes: a "draft" beyond this is a data dump or a mistake
MAX_BYTES = 64 * 1024 * 1024


class Unread:
    """A file whose reader has not run yet: its bytes, or None when the file is not read yet
    either (then ``size`` is its size when it was found).  ``errors_before`` is how many errors
    ``collect`` had reported before it: where its own error, if reading it fails, goes in the
    list of errors."""

    __slots__ = ("path", "data", "errors_before", "size")

    def __init__(self, path: str, data: bytes | None, errors_before: int, size: int | None = None):
        self.path = path
        self.data = data
        self.errors_before = errors_before
        self.size = len(data) if data is not None else size or 0

    def __repr__(self) -> str:
        return f"Unread({self.path!r}, {self.size} bytes)"


def read_unread(linter, item: Unread):
    """The document of an :class:`Unread` file, or its :class:`~factlint.engine.FileError`."""
    from .documents import DocumentError
    from .engine import FileError

    data = item.data
    if data is None:
        data, problem = read_file(item.path)
        if problem is not None:
            return FileError(item.path, problem)
    try:
        return linter.read_bytes(data, item.path)
    except DocumentError as exc:
        return FileError(item.path, exc.problem)


def read_file(path: str) -> tuple[bytes | None, str | None]:
    """``(bytes, None)`` of the file at ``path``, or ``(None, the problem in one line)``; at most
    :data:`MAX_BYTES` (also for pipes and devices named explicitly, whose size is not known)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, _describe(exc)
    if len(data) > MAX_BYTES:
        return None, f"input is larger than {MAX_BYTES // (1024 * 1024)} MB, not a draft"
    return data, None


def settle(items: Sequence, errors: Sequence, outcomes: dict[int, object]) -> tuple[list, list]:
    """``(documents, errors)`` as ``collect`` without ``defer`` gives them, from the inputs
    ``items`` (documents and :class:`Unread` files), the errors ``collect`` reported, and the
    outcome of every Unread (its document or its error, by position in ``items``)."""
    from .engine import FileError

    docs: list = []
    late: list = []  # (errors before it, error) in input order
    for k, item in enumerate(items):
        if isinstance(item, Unread):
            got = outcomes[k]
            if isinstance(got, FileError):
                late.append((item.errors_before, got))
                continue
            item = got
        docs.append(item)
    if not late:
        return docs, list(errors)
    merged: list = []
    j = 0
    for pos in range(len(errors) + 1):
        while j < len(late) and late[j][0] <= pos:
            merged.append(late[j][1])
            j += 1
        if pos < len(errors):
            merged.append(errors[pos])
    return docs, merged


def read_all(linter, items: Sequence, errors: Sequence) -> tuple[list, list]:
    """Run the reader of every :class:`Unread` of ``items`` here: ``(documents, errors)``."""
    outcomes = {k: read_unread(linter, item) for k, item in enumerate(items) if isinstance(item, Unread)}
    return settle(items, errors, outcomes) if outcomes else (list(items), list(errors))


def collect(paths: Sequence[str], linter, stdin_filename: str | None = None, stdin: BinaryIO | None = None,
            defer: bool = False):
    """Read every input; returns ``(documents, errors)`` in input order.

    ``stdin`` (a binary stream) replaces ``sys.stdin.buffer``, for tests and embedding.  With
    ``defer``, files are :class:`Unread` items among the documents (see the module docstring)."""
    from .documents import DocumentError
    from .engine import FileError

    collector = _Collector(linter, FileError, defer)
    paths = list(paths)
    implicit = not paths
    no_input = "no input: give files or folders, or pipe text on stdin"
    if implicit:
        if stdin is not None or not _stdin_is_terminal():
            paths = ["-"]
        else:
            collector.fail("-", no_input)
    stdin_done = False
    for raw in paths:
        if raw == "-":
            if stdin_done:
                continue
            stdin_done = True
            name = stdin_filename or "<stdin>"
            try:
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read(MAX_BYTES + 1)
            except (OSError, ValueError, AttributeError) as exc:
                collector.fail(name, f"cannot read standard input ({exc})")
                continue
            if len(data) > MAX_BYTES:
                collector.fail(name, f"standard input is larger than {MAX_BYTES // (1024 * 1024)} MB")
                continue
            if implicit and not data:  # nothing named and nothing piped (stdin is /dev/null)
                collector.fail("-", no_input)
                continue
            collector.read_bytes(data, name, DocumentError)
            continue
        collector.path(raw, DocumentError)
    return collector.docs, collector.errors


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (OSError, ValueError, AttributeError):
        return True


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOTDIR:
        return "no such file or folder (a part of the path is a file)"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return (exc.strerror or str(exc)).lower()


class _Collector:
    def __init__(self, linter, file_error, defer: bool = False):
        self.linter = linter
        self.FileError = file_error
        self.defer = defer
        self.docs: list = []
        self.errors: list = []
        self.seen: set[tuple[int, int]] = set()
        self.failed: set[str] = set()
        readers = getattr(linter, "readers", None) or {}
        from .engine import DEFAULT_SUFFIXES

        self.suffixes = frozenset(DEFAULT_SUFFIXES) | {s for s in readers if s}

    def fail(self, path: str, message: str) -> None:
        if path not in self.failed:  # one message per path, even if it is named twice
            self.failed.add(path)
            self.errors.append(self.FileError(path, message))

    # -- one command-line path -------------------------------------------------------------------
    def path(self, raw: str, DocumentError) -> None:
        try:
            st = os.stat(raw)
        except OSError as exc:
            if exc.errno == errno.ENOENT and os.path.islink(raw):
                self.fail(raw, f"broken symbolic link (points to {os.readlink(raw)})")
            else:
                self.fail(raw, _describe(exc))
            return
        if stat.S_ISDIR(st.st_mode):
            before = len(self.docs), len(self.errors)
            found = self.walk(raw, st, DocumentError)
            if not found and (len(self.docs), len(self.errors)) == before:
                listed = ", ".join(sorted(self.suffixes - {".text"}))
                self.fail(raw, f"folder has no files to check ({listed})")
            return
        self.file(raw, st, DocumentError, explicit=True)

    # -- folders -------------------------------------------------------------------------------
    def walk(self, top: str, st, DocumentError) -> int:
        """Walk a folder depth-first in sorted order; returns how many candidate files it held."""
        found = 0
        stack_ids = [(st.st_dev, st.st_ino)]

        def visit(folder: str) -> None:
            nonlocal found
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.fail(folder, f"cannot list folder: {_describe(exc)}")
                return
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                full = os.path.join(folder, name)
                try:
                    is_dir = entry.is_dir()  # follows links
                except OSError as exc:
                    if _has_suffix(name, self.suffixes) or exc.errno == errno.ELOOP:
                        self.fail(full, _describe(exc))
                    continue
                if is_dir:
                    if name in SKIP_DIRS:
                        continue
                    try:
                        sub = entry.stat()
                    except OSError as exc:
                        self.fail(full, _describe(exc))
                        continue
                    key = (sub.st_dev, sub.st_ino)
                    if key in stack_ids:
                        self.fail(full, "symbolic link loop (links back to a folder being checked); not followed")
                        continue
                    if os.path.exists(os.path.join(full, "pyvenv.cfg")):
                        continue  # a virtual environment, whatever its name
                    stack_ids.append(key)
                    visit(full)
                    stack_ids.pop()
                    continue
                if not _has_suffix(name, self.suffixes) or name.startswith("~$"):
                    continue
                try:
                    fst = entry.stat()
                except OSError as exc:
                    if exc.errno == errno.ENOENT and entry.is_symlink():
                        self.fail(full, "broken symbolic link")
                    else:
                        self.fail(full, _describe(exc))
                    continue
                if not stat.S_ISREG(fst.st_mode):
                    continue
                found += 1
                self.file(full, fst, DocumentError, explicit=False)

        visit(top)
        return found

    # -- files ---------------------------------------------------------------------------------
    def file(self, path: str, st, DocumentError, explicit: bool) -> None:
        regular = stat.S_ISREG(st.st_mode)
        if regular:
            key = (st.st_dev, st.st_ino)
            if key in self.seen:
                return
            self.seen.add(key)
            if st.st_size > MAX_BYTES:
                self.fail(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB, not a draft")
                return
            if self.defer:  # read by the process that checks it (its error, if any, is its only one)
                self.docs.append(Unread(path, None, len(self.errors), st.st_size))
                return
        data, problem = read_file(path)
        if problem is not None:
            self.fail(path, problem)
            return
        self.read_bytes(data, path, DocumentError)

    def read_bytes(self, data: bytes, path: str, DocumentError) -> None:
        try:
            self.docs.append(self.linter.read_bytes(data, path))
        except DocumentError as exc:
            self.fail(path, exc.problem)


def _has_suffix(name: str, suffixes) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in suffixes

"""Turning command-line paths into documents: files, folders (recursive) and stdin.

Every problem with one input becomes a :class:`~factlint.engine.FileError` (one line, naming the
file) and the other inputs are still read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence


def collect(paths: Sequence[str], linter, stdin_filename: str | None = None):
    """Read every input; returns ``(documents, errors)``."""
    from .documents import DocumentError
    from .engine import DEFAULT_SUFFIXES, FileError

    docs, errors = [], []
    paths = list(paths) or (["-"] if not sys.stdin.isatty() else [])
    if not paths:
        errors.append(FileError("-", "no input: give files or folders, or pipe text on stdin"))
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "<stdin>"
            try:
                docs.append(linter.read_bytes(sys.stdin.buffer.read(), name))
            except DocumentError as exc:
                errors.append(FileError(name, exc.problem))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DEFAULT_SUFFIXES)
            if not files:
                errors.append(FileError(raw, "folder has no .txt, .md or .docx files"))
            targets = [str(p) for p in files]
        else:
            targets = [raw]
        for t in targets:
            try:
                docs.append(linter.read_path(t))
            except DocumentError as exc:
                errors.append(FileError(t, exc.problem))
    return docs, errors

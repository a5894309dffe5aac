"""The fix stage: ``factlint check --fix`` and ``--diff``.

Rules attach a :class:`~factlint.Fix` (edits on the document text) only where the rewrite cannot
change the meaning (full-width digits, 约…左右, 3千亩 → 3000亩, zero forms, range notation).  This
module decides which of those edits to apply and writes files without ever losing a byte:

- **Only prose is edited.**  An edit is applied only if the span it replaces (or, for an
  insertion, the characters on both sides) reads the same in ``Document.text`` and
  ``Document.source``, so Markdown code, URLs and markup, which readers blank in ``text``, are
  never touched; edits never add or remove a line break.
- **No overlaps.**  Fixes are taken in document order; a fix whose edits overlap an edit already
  taken waits for the next pass (or is reported as skipped).  Identical edits from two rules are
  applied once.
- **Stable.**  After one pass the new text is read and checked again, and the fixes found then
  are applied, until nothing changes (at most :data:`MAX_PASSES` passes).  So a second
  ``--fix`` changes nothing.
- **Crash-safe writes.**  The new bytes go to a temporary file in the file's own folder, which is
  flushed and fsync'ed, given the original's permission bits (and owner, where allowed), and then
  renamed over the original with :func:`os.replace` (atomic on POSIX and Windows).  Any error on
  the way removes the temporary file and leaves the original untouched.  Before writing, the
  file is read again: if it changed since it was checked, or if its text cannot be written back
  byte for byte in its encoding, it is not rewritten.
- **Same encoding, BOM and line endings.**  The text is encoded with the document's own
  ``encoding`` (UTF-8, UTF-8 with BOM, GBK, GB18030 …) and keeps its CRLF or LF line endings.
- **Never rewritten:** .docx files, standard input and read-only files (each with a message).

``--diff`` shows the same edits as a unified diff and writes nothing.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .diagnostics import Diagnostic, Edit

#: passes of fix-then-recheck per document before giving up on reaching a fixed point
MAX_PASSES = 4

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class FixError(Exception):
    """A file that could not be rewritten; the message is one line, for an editor."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass
class Plan:
    """The edits chosen for one pass over one document."""

    edits: list[Edit] = field(default_factory=list)
    applied: list[Diagnostic] = field(default_factory=list)
    #: (diagnostic, reason) for fixes left out: not prose, overlapping, invalid
    skipped: list[tuple[Diagnostic, str]] = field(default_factory=list)


@dataclass
class Outcome:
    """Everything the fix stage did to one document."""

    path: str
    original: str
    fixed: str
    applied: list[Diagnostic] = field(default_factory=list)
    skipped: list[tuple[Diagnostic, str]] = field(default_factory=list)
    passes: int = 0
    settled: bool = True

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


# -- choosing edits -------------------------------------------------------------------------------
def _is_prose(document, edit: Edit) -> bool:
    text, source = document.text, document.source
    if not 0 <= edit.start <= edit.end <= len(source):
        return False
    if edit.start == edit.end:
        lo, hi = max(0, edit.start - 1), min(len(source), edit.start + 1)
        return text[lo:hi] == source[lo:hi]
    span = source[edit.start:edit.end]
    return text[edit.start:edit.end] == span and "\n" not in span and "\r" not in span


def _conflict(a: Edit, b: Edit) -> bool:
    if a.start < b.end and b.start < a.end:
        return True  # the spans overlap
    if a.start == a.end and b.start < a.start < b.end or b.start == b.end and a.start < b.start < a.end:
        return True  # an insertion inside the other edit
    return a.start == a.end == b.start == b.end  # two insertions at one point: order unknown


def plan(document, diagnostics: Iterable[Diagnostic]) -> Plan:
    """Choose the fixes of ``diagnostics`` (those of ``document``) that can be applied together."""
    out = Plan()
    candidates = [d for d in diagnostics if d.fix is not None and d.fix.edits and d.path == document.path]
    candidates.sort(key=lambda d: (min(e.start for e in d.fix.edits), d.rule))
    taken: set[tuple[int, int, str]] = set()
    for d in candidates:
        edits = tuple(d.fix.edits)
        if any("\n" in e.replacement or "\r" in e.replacement for e in edits):
            out.skipped.append((d, "the fix would change line breaks"))
            continue
        if not all(_is_prose(document, e) for e in edits):
            out.skipped.append((d, "the fix touches text that is not prose (code, markup or a link)"))
            continue
        keys = [(e.start, e.end, e.replacement) for e in edits]
        if all(k in taken for k in keys):
            out.applied.append(d)  # the same edit from another rule: applied once
            continue
        new = [e for e, k in zip(edits, keys) if k not in taken]
        if any(_conflict(e, t) for e in new for t in out.edits) or any(
                _conflict(a, b) for i, a in enumerate(new) for b in new[i + 1:]):
            out.skipped.append((d, "overlaps another fix"))
            continue
        out.edits.extend(new)
        taken.update(keys)
        out.applied.append(d)
    out.edits.sort(key=lambda e: (e.start, e.end))
    return out


def apply_edits(source: str, edits: Sequence[Edit]) -> str:
    """``source`` with non-overlapping ``edits`` applied (offsets refer to ``source``)."""
    parts, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start}")
        parts.append(source[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(source[pos:])
    return "".join(parts)


# -- fixing one document --------------------------------------------------------------------------
def fix_document(linter, document, diagnostics: Sequence[Diagnostic], baseline=None) -> Outcome:
    """Apply the fixes of ``diagnostics`` to ``document`` and re-check until stable; nothing is
    written.  ``diagnostics`` are the reported findings of the first check (so the user's
    selection, threshold, suppressions and baseline decide what is fixed)."""
    outcome = Outcome(path=document.path, original=document.source, fixed=document.source)
    current, found = document, list(diagnostics)
    seen_skips: dict[tuple, tuple[Diagnostic, str]] = {}
    for n in range(1, MAX_PASSES + 1):
        p = plan(current, found)
        for d, why in p.skipped:
            seen_skips[(d.rule, d.snippet, d.start)] = (d, why)
        if not p.edits:
            outcome.passes = n - 1
            break
        outcome.applied.extend(p.applied)
        new_source = apply_edits(current.source, p.edits)
        outcome.fixed = new_source
        outcome.passes = n
        current = reread(linter, document, new_source)
        found = linter.check_documents([current], baseline=baseline).diagnostics
        seen_skips = {}
    else:
        outcome.settled = not plan(current, found).edits
    # what is still skipped after the last pass (overlaps resolved by a later pass are not)
    outcome.skipped = list(seen_skips.values())
    return outcome


def reread(linter, document, source: str):
    """``source`` as a document read by the same reader as ``document`` (so Markdown code is
    blanked again)."""
    if document.kind == "docx":
        from dataclasses import replace

        return replace(document, source=source, text=source)
    return linter.read_bytes(encode(document, source), document.path)


def encode(document, source: str) -> bytes:
    """``source`` stored like ``document``'s file: encoding, BOM, line endings."""
    encoded = getattr(document, "encoded", None)
    if encoded is not None:
        return encoded(source)
    data = source.encode(document.encoding)
    if document.bom:
        bom = {"utf-8": b"\xef\xbb\xbf", "gb18030": b"\x84\x31\x95\x33"}.get(document.encoding.lower(), b"")
        data = bom + data
    return data


# -- writing --------------------------------------------------------------------------------------
def write_atomic(path: str, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file at ``path`` with ``data`` through a temporary file in the same folder,
    fsync and :func:`os.replace`.  With ``expected``, the file must still hold exactly those
    bytes.  Raises :class:`FixError`; on any error the original file is untouched."""
    real = os.path.realpath(path)  # write through a symbolic link, never replace the link
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise FixError(path, "the file no longer exists, not rewritten") from None
    except OSError as exc:
        raise FixError(path, f"cannot read the file's status: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise FixError(path, "not a regular file, not rewritten")
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(real, os.W_OK):
        raise FixError(path, "the file is read-only, not rewritten (make it writable to apply the fixes)")
    if expected is not None:
        try:
            with open(real, "rb") as fh:
                current = fh.read()
        except OSError as exc:
            raise FixError(path, f"cannot read the file again before writing: {exc.strerror or exc}") from None
        if current != expected:
            raise FixError(path, "the file changed since it was checked, not rewritten (run factlint again)")
    directory = os.path.dirname(real) or "."
    name = os.path.basename(real)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".factlint-tmp", dir=directory)
        try:
            fh = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            with contextlib.suppress(OSError):
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, real)
        tmp = None
    except FixError:
        raise
    except OSError as exc:
        raise FixError(path, f"could not write the fixed file ({exc.strerror or exc}); the original is unchanged") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _fsync_directory(directory)


def _fsync_directory(directory: str) -> None:
    """Make the rename durable (POSIX); best effort."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_fixed(document, outcome: Outcome) -> None:
    """Write ``outcome.fixed`` over ``document``'s file, keeping its encoding; raises FixError."""
    if document.kind == "docx":
        raise FixError(document.path, ".docx files are never rewritten; apply the fixes in Word")
    try:
        original = encode(document, document.source)
        data = encode(document, outcome.fixed)
    except (UnicodeEncodeError, LookupError, ValueError) as exc:
        raise FixError(document.path, f"the fixed text cannot be stored in {document.encoding}: {exc}") from None
    try:
        with open(document.path, "rb") as fh:
            on_disk = fh.read()
    except OSError as exc:
        raise FixError(document.path, f"cannot read the file again before writing: {exc.strerror or exc}") from None
    if on_disk != original:
        raise FixError(document.path, "the file changed since it was checked, or cannot be written back byte for "
                                      f"byte as {document.encoding}; not rewritten")
    write_atomic(document.path, data, expected=on_disk)


def unified_diff(document, outcome: Outcome) -> str:
    a = outcome.original.splitlines(keepends=True)
    b = outcome.fixed.splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, fromfile=f"a/{document.path}", tofile=f"b/{document.path}"))
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


# -- the command-line stage -----------------------------------------------------------------------
def _stdin_names(args) -> set[str]:
    paths = list(getattr(args, "paths", None) or [])
    if paths and "-" not in paths:
        return set()
    return {getattr(args, "stdin_filename", None) or "<stdin>"}


def _load_baseline(args):
    path = getattr(args, "baseline", None)
    if not path:
        return None
    from .baseline import Baseline

    return Baseline.load(path)


def run(args, linter, result, out=None, err=None):
    """``--fix`` / ``--diff`` for a finished check.

    ``--diff``: prints the diff of every file the safe fixes would change and returns the exit
    status (1 when there is something to fix, else 0).  ``--fix``: writes the fixed files, checks
    everything again and updates ``result`` in place (documents and findings), then returns
    ``None`` so that the report shows the findings that remain (and the exit status follows
    them).  A file that cannot be rewritten (read-only, changed on disk, a write error) gets a
    one-line message on ``err`` and keeps its findings."""
    out = out or sys.stdout
    err = err or sys.stderr
    write = bool(getattr(args, "fix", False))
    baseline = _load_baseline(args)
    stdin = _stdin_names(args)
    by_path: dict[str, list[Diagnostic]] = {}
    for d in result.diagnostics:
        if d.fix is not None:
            by_path.setdefault(d.path, []).append(d)

    new_docs = []
    fixed_count = files_changed = 0
    diffs: list[str] = []
    for document in result.documents:
        diags = by_path.get(document.path)
        if not diags:
            new_docs.append(document)
            continue
        outcome = fix_document(linter, document, diags, baseline)
        for d, why in outcome.skipped:
            print(f"factlint: {d.path}:{d.line}:{d.column}: {d.rule}: fix not applied: {why}", file=err)
        if not outcome.settled:
            print(f"factlint: {document.path}: fixes still change the text after {MAX_PASSES} passes; "
                  "stopped there", file=err)
        if not outcome.changed:
            new_docs.append(document)
            continue
        if not write:
            diffs.append(unified_diff(document, outcome))
            fixed_count += len(outcome.applied)
            files_changed += 1
            new_docs.append(document)
            continue
        if document.path in stdin:
            print(f"factlint: {document.path}: standard input is never rewritten; "
                  f"{len(outcome.applied)} fixes not applied (use --diff to see them)", file=err)
            new_docs.append(document)
            continue
        if document.kind == "docx":
            print(f"factlint: {document.path}: .docx files are never rewritten; "
                  f"{len(outcome.applied)} fixes not applied (use --diff to see them)", file=err)
            new_docs.append(document)
            continue
        try:
            write_fixed(document, outcome)
        except FixError as exc:
            print(f"factlint: {exc.path}: {exc.problem}", file=err)
            new_docs.append(document)
            continue
        fixed_count += len(outcome.applied)
        files_changed += 1
        new_docs.append(reread(linter, document, outcome.fixed))

    if not write:
        out.write("".join(diffs))
        out.flush()
        if files_changed:
            noun = "file" if files_changed == 1 else "files"
            print(f"factlint: {fixed_count} fixes would change {files_changed} {noun}", file=err)
        return EXIT_FINDINGS if files_changed else EXIT_OK

    if files_changed:
        noun = "file" if files_changed == 1 else "files"
        print(f"factlint: fixed {fixed_count} findings in {files_changed} {noun}", file=err)
        again = linter.check_documents(new_docs, result.errors, baseline)
        for name in ("documents", "diagnostics", "rules", "baselined", "suppressed", "below_threshold", "unfiltered"):
            if hasattr(again, name):
                setattr(result, name, getattr(again, name))
    return None


"""Stage 1 of the pipeline: documents and their source maps.

A reader (see ``factlint/readers/``) turns the bytes of a file into a :class:`Document`.  The
``text`` that rules see has exactly one character for every character of ``source``: what is
not prose (Markdown code, URLs, HTML, front matter, markup characters) is blanked to spaces, and
line breaks are kept.  So an offset into ``text`` is an offset into ``source``, and
:meth:`Document.position` maps it to a 1-based line and column in the original file.

For .docx, ``source`` is the paragraphs (and table cells) in document order joined with ``\\n``,
so ``line`` is the paragraph number, as the command-line contract says.

Text files keep their line endings in ``source`` (a CRLF file has ``\\r`` before each ``\\n``);
only CR-only files (classic Mac OS) have their CRs turned into LFs.  ``encoding``, ``bom`` and
``newline`` record how the file was stored, and :meth:`Document.encoded` writes a changed source
back the same way (for ``--fix``).

Helpers for readers (built-in or plugins): :func:`blank_ranges` blanks spans of a source (keeping
line breaks) and :func:`keep_ranges` blanks everything except given spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from .diagnostics import Location

_NEWLINE = re.compile("\n")


class DocumentError(Exception):
    """A file that cannot be read as a document: the message is one line, for an editor."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Directive:
    """An in-document instruction to the engine, such as a Markdown
    ``<!-- factlint-disable rule-a -->`` comment.

    ``action`` is ``disable``, ``enable`` or ``disable-next-line``; ``rules`` empty means all
    rules; ``line`` is the 1-based line the comment ends on.
    """

    action: str
    rules: tuple[str, ...]
    line: int


_BOM_BYTES = {
    "utf-8": b"\xef\xbb\xbf",
    "utf-16-le": b"\xff\xfe",
    "utf-16-be": b"\xfe\xff",
    "utf-32-le": b"\xff\xfe\x00\x00",
    "utf-32-be": b"\x00\x00\xfe\xff",
    "gb18030": b"\x84\x31\x95\x33",
}


@dataclass(frozen=True)
class Document:
    """One input file as rules see it.

    ``kind`` is ``text``, ``markdown`` or ``docx``.  ``encoding`` (a Python codec name), ``bom``
    and ``newline`` (the file's dominant line ending) describe how a text file was stored.
    ``directives`` are in-document engine instructions (Markdown ``<!-- factlint-... -->``
    comments).  ``meta`` holds reader extras: for .docx, ``meta["cells"]`` maps a line (paragraph
    number) inside a table to ``(table, row, column)``, all 1-based, and ``meta["paragraphs"]`` is
    the number of paragraphs; for Markdown,
    ``meta["front_matter"]`` is the ``(first, last)`` line of a front-matter block.
    """

    path: str
    source: str
    text: str
    kind: str = "text"  # "text", "markdown", "docx"
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    directives: tuple[Directive, ...] = ()
    # per paragraph (docx) or empty: extra metadata readers want to keep
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.text) != len(self.source):
            raise ValueError("document text and source must have the same length")

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        # (a one-character pattern, not a str.find loop: in Chinese text find's fast search for
        # "\n" stops at every 上, U+4E0A, whose low byte is the same)
        return (0, *[m.end() for m in _NEWLINE.finditer(self.source)])

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        offset = max(0, min(offset, len(self.source)))
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, start: int, end: int | None = None) -> Location:
        # (as two calls of position(); the end is looked up only when it is past the start's line,
        # which most findings are not: a rule that reports a thousand findings pays for one search each)
        n = len(self.source)
        starts = self.line_starts
        start = 0 if start < 0 else n if start > n else start
        index = bisect_right(starts, start) - 1
        line, column = index + 1, start - starts[index] + 1
        if end is None:
            return Location(self.path, line, column, line, column)
        end = 0 if end < 0 else n if end > n else end
        if start <= end and (index + 1 == len(starts) or end < starts[index + 1]):
            return Location(self.path, line, column, line, end - starts[index] + 1)
        end_line, end_column = self.position(end)
        return Location(self.path, line, column, end_line, end_column)

    def line_text(self, line: int) -> str:
        """The original text of a 1-based line, without its line break."""
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        begin = starts[line - 1]
        stop = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[begin:stop].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def encoded(self, source: str | None = None) -> bytes:
        """``source`` (default: this document's) as bytes stored like the original file: same
        encoding, BOM and (for CR-only files) line endings.  Only for text and Markdown files."""
        if self.kind == "docx":
            raise ValueError(f"{self.path}: a .docx document cannot be written back as text")
        text = self.source if source is None else source
        if self.newline == "\r":
            text = text.replace("\n", "\r")
        data = text.encode(self.encoding)
        return _BOM_BYTES.get(self.encoding.lower(), b"") + data if self.bom else data


def _blank(segment: str) -> str:
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def _merged(ranges: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for start, end in sorted(ranges):
        start, end = max(0, start), min(size, end)
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def blank_ranges(source: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``source`` with the characters of ``ranges`` (``(start, end)`` offsets, any order, may
    overlap) replaced by spaces; line breaks are kept, so the result has the same length and the
    same lines."""
    parts, pos = [], 0
    for start, end in _merged(ranges, len(source)):
        parts.append(source[pos:start])
        parts.append(_blank(source[start:end]))
        pos = end
    if not parts:
        return source
    parts.append(source[pos:])
    return "".join(parts)


def keep_ranges(source: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``source`` blanked to spaces (line breaks kept) except for the characters of ``ranges``."""
    parts, pos = [], 0
    for start, end in _merged(ranges, len(source)):
        parts.append(_blank(source[pos:start]))
        parts.append(source[start:end])
        pos = end
    parts.append(_blank(source[pos:]))
    return "".join(parts)


def plain_document(path: str, text: str, **kwargs) -> Document:
    """A document whose whole text is prose (plain text, stdin, tests)."""
    return Document(path=path, source=text, text=text, **kwargs)

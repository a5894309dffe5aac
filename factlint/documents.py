"""Stage 1 of the pipeline: documents and their source maps.

A reader (see ``factlint/readers/``) turns the bytes of a file into a :class:`Document`.  The
``text`` that rules see has exactly one character for every character of ``source``: what is
not prose (Markdown code, URLs, HTML, front matter, markup characters) is blanked to spaces, and
line breaks are kept.  So an offset into ``text`` is an offset into ``source``, and
:meth:`Document.position` maps it to a 1-based line and column in the original file.

For .docx, ``source`` is the paragraphs (and table cells) in document order joined with ``\\n``,
so ``line`` is the paragraph number, as the command-line contract says.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .diagnostics import Location


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


@dataclass(frozen=True)
class Document:
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
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return tuple(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        offset = max(0, min(offset, len(self.source)))
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, start: int, end: int | None = None) -> Location:
        end = start if end is None else end
        line, column = self.position(start)
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


def plain_document(path: str, text: str, **kwargs) -> Document:
    """A document whose whole text is prose (plain text, stdin, tests)."""
    return Document(path=path, source=text, text=text, **kwargs)

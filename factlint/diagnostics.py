"""Diagnostics: the data a rule produces and every reporter consumes.

Data only (no behaviour beyond ordering and serialisation helpers), in the spirit of flake8's
``Violation``: rules create them through :meth:`factlint.Rule.report`, the engine filters them
(select/ignore/suppressions/baseline/severity) and reporters format them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Severity(str, enum.Enum):
    """How serious a finding is.  Ordered: ``INFO < WARNING < ERROR``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:  # "error", not "Severity.ERROR"
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Location:
    """A span in a file.  Lines and columns are 1-based and count code points; ``end_column`` is
    exclusive (the column just after the span).  For .docx files ``line`` is the paragraph number."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the document text with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe fix: edits that cannot change the meaning of the text."""

    description: str
    edits: tuple[Edit, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in self.edits],
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding.

    ``start``/``end`` are offsets into the document text (which is the decoded file text, so they
    are also offsets into the file's characters for .txt/.md).  ``location`` is derived from them
    by the document's source map.  ``evidence`` holds the numbers behind the verdict, as strings
    (decimals are written exactly).  ``related`` are the other statements the rule used.
    """

    rule: str
    severity: Severity
    message: str
    location: Location
    start: int
    end: int
    evidence: Mapping[str, Any] = field(default_factory=dict)
    related: tuple[Location, ...] = ()
    fix: Fix | None = None
    # the quoted text of the span, used for baseline fingerprints and reports
    snippet: str = ""

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.location.column, self.rule, self.message)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of the command-line contract (``factlint check --format json``)."""
        loc = self.location
        return {
            "path": loc.path,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "evidence": _jsonable(self.evidence),
            "related": [r.as_dict() for r in self.related],
            "fix": self.fix.as_dict() if self.fix else None,
        }


#: values JSON takes as they are (exact types: a str or int subclass, such as Severity, takes the
#: general path below)
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    """Evidence may hold Decimals, tuples and nested mappings; JSON gets exact strings."""
    kind = type(value)
    if kind in _PLAIN:  # (the common cases first, without isinstance checks against ABCs)
        return value
    if kind is dict:
        return {str(k): _jsonable(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_jsonable(v) for v in value]
    from collections.abc import Mapping as AnyMapping
    from decimal import Decimal

    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, AnyMapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def format_decimal(value: "Decimal") -> str:
    """Write a Decimal exactly, without exponent and without trailing zeros after the point."""
    from decimal import Decimal

    if not isinstance(value, Decimal):
        return str(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text

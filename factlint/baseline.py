"""Baseline files: accept today's findings, report only new ones.

``factlint check --write-baseline FILE`` records every finding by a *fingerprint of its text*:
the rule, the quoted span and the sentence around it (whitespace-normalised), never the line
number.  ``--baseline FILE`` then hides exactly those findings: one that moves to another line
stays hidden; one whose sentence is edited comes back.  Identical findings are counted, so a
second copy of an accepted sentence is reported.

Paths are stored relative to the baseline file's folder, so the baseline works from any current
folder and in CI checkouts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from .diagnostics import Diagnostic

VERSION = 1
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_SPACE = re.compile(r"\s+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (up to 。！？； or a line break) holding ``text[start:end]``."""
    left = start
    while left > 0 and not _SENTENCE_END.match(text, left - 1):
        left -= 1
    m = _SENTENCE_END.search(text, max(end, start + 1) if end > start else start)
    right = m.end() if m else len(text)
    return text[left:right]


def fingerprint(diagnostic: Diagnostic, source: str | None) -> str:
    """A stable hash of the rule, the span and its sentence."""
    if source is not None and 0 <= diagnostic.start <= diagnostic.end <= len(source):
        context = sentence_around(source, diagnostic.start, diagnostic.end)
        span = source[diagnostic.start : diagnostic.end]
    else:  # no text (a run-level finding without a document): the message stands in
        context, span = diagnostic.message, diagnostic.snippet
    key = "\0".join((diagnostic.rule, _SPACE.sub("", span), _SPACE.sub("", context)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _rel(path: str, base: Path) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:  # pragma: no cover (another drive on Windows)
        return path.replace("\\", "/")
    return rel.replace("\\", "/")


class BaselineError(Exception):
    pass


class Baseline:
    def __init__(self, entries: Iterable[tuple[str, str, str]] = (), base: Path | None = None):
        #: (relative path, rule, fingerprint) -> how many findings it accepts
        self.counts: Counter = Counter(entries)
        self.base = base or Path.cwd()

    @classmethod
    def load(cls, file: str | Path) -> "Baseline":
        file = Path(file)
        try:
            doc = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{file}: baseline file does not exist (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{file}: not a factlint baseline: {exc}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
            raise BaselineError(f"{file}: not a factlint baseline (no 'findings' list)")
        entries = []
        for i, f in enumerate(doc["findings"]):
            if not isinstance(f, dict) or not all(isinstance(f.get(k), str) for k in ("path", "rule", "fingerprint")):
                raise BaselineError(f"{file}: findings[{i}]: needs string 'path', 'rule' and 'fingerprint'")
            entries.append((f["path"], f["rule"], f["fingerprint"]))
        return cls(entries, file.resolve().parent)

    def filter(self, diagnostics: Iterable[Diagnostic], sources: dict[str, str]) -> tuple[list[Diagnostic], int]:
        """(the diagnostics the baseline does not accept, how many it hid)."""
        left = Counter(self.counts)
        kept, hidden = [], 0
        for d in diagnostics:
            key = (_rel(d.path, self.base), d.rule, fingerprint(d, sources.get(d.path)))
            if left[key] > 0:
                left[key] -= 1
                hidden += 1
            else:
                kept.append(d)
        return kept, hidden

    @staticmethod
    def dump(file: str | Path, diagnostics: Iterable[Diagnostic], sources: dict[str, str]) -> int:
        """Write a baseline accepting ``diagnostics``; returns how many it records."""
        file = Path(file)
        base = file.resolve().parent
        rows = []
        for d in diagnostics:
            rows.append({
                "path": _rel(d.path, base),
                "rule": d.rule,
                "fingerprint": fingerprint(d, sources.get(d.path)),
                # for people reading the file; matching ignores them
                "line": d.line,
                "text": d.snippet,
                "message": d.message,
            })
        rows.sort(key=lambda r: (r["path"], r["line"], r["rule"], r["fingerprint"]))
        doc = {"version": VERSION, "tool": "factlint", "findings": rows}
        file.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return len(rows)

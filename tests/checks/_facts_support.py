"""Helpers shared by the tests of the calendar and fact rules (weekday-mismatch, invalid-date,
anniversary-mismatch, year-span-mismatch, plan-period-mismatch, region-mismatch)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "corpus"

FACT_RULES = (
    "weekday-mismatch",
    "invalid-date",
    "anniversary-mismatch",
    "year-span-mismatch",
    "plan-period-mismatch",
    "region-mismatch",
)


@lru_cache(maxsize=None)
def linter(rules: tuple[str, ...], year: int | None = None):
    from factlint.config import Settings
    from factlint.engine import Linter

    return Linter(Settings(select=list(rules), year=year), load_entrypoints=False)


def findings(rule: str | tuple[str, ...], text: str, *, year: int | None = None, path: str = "t.txt"):
    """Diagnostics of ``rule`` on ``text`` (``year``: as ``--year``)."""
    from factlint.documents import plain_document

    rules = (rule,) if isinstance(rule, str) else tuple(rule)
    result = linter(rules, year).check_documents([plain_document(path, text)])
    internal = [d for d in result.diagnostics if d.rule == "internal-error"]
    assert not internal, internal[0].message
    return [d for d in result.diagnostics if d.rule in rules]


def one(rule: str, text: str, **kw):
    found = findings(rule, text, **kw)
    assert len(found) == 1, [d.message for d in found]
    return found[0]


def none(rule: str, text: str, **kw) -> None:
    found = findings(rule, text, **kw)
    assert not found, [d.message for d in found]


def check_rule_docs(rule: str) -> None:
    """The docstring has every heading, and its Example's wrong sentences fire while the right
    ones stay silent."""
    from factlint.rule import DOC_HEADINGS

    cls = linter((rule,)).rule_classes[rule]
    docs = cls.docs()
    for heading in DOC_HEADINGS:
        if heading == "Fix safety" and not cls.fixable:
            continue
        assert docs.get(heading), f"{rule}: docstring lacks ## {heading}"
    wrong, right = cls.examples()
    assert wrong and right
    for sentence in wrong:
        assert findings(rule, sentence), f"{rule}: example should fire: {sentence}"
    for sentence in right:
        assert not findings(rule, sentence), f"{rule}: example should be silent: {sentence}"


def corpus_texts(*globs: str) -> list[tuple[str, str]]:
    """(name, text) of corpus files; skips the test when ../shared/corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present beside the project")
    out = []
    for g in globs or ("gov-work-reports/*.txt", "provincial-2025/*.txt"):
        for p in sorted(CORPUS.glob(g)):
            out.append((p.name, p.read_text(encoding="utf-8")))
    if not out:
        pytest.skip("no corpus files matched")
    return out

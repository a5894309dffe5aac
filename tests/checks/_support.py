"""Helpers shared by the rule tests: run rules through the engine (only those rules selected)
and read their findings, check a rule's documented examples, and find the shared corpus."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "corpus"


@lru_cache(maxsize=None)
def linter(rules: str | tuple[str, ...], options: tuple = (), year: int | None = None):
    """A linter with only ``rules`` selected; ``options`` are (rule, key, value) triples and
    ``year`` is what ``--year`` would set."""
    from factlint.config import Settings
    from factlint.engine import Linter

    rules = (rules,) if isinstance(rules, str) else rules
    settings = Settings(select=list(rules), year=year)
    for rule, key, value in options:
        settings.rule_options.setdefault(rule, {})[key] = value
    return Linter(settings, load_entrypoints=False)


def findings(rule: str | tuple[str, ...], text: str, *, options: tuple = (), year: int | None = None,
             path: str = "t.txt"):
    """Diagnostics of ``rule`` (a name, or a tuple of names run together) on ``text``.  A rule
    that crashed (an ``internal-error``) fails the test."""
    from factlint.documents import plain_document

    rules = (rule,) if isinstance(rule, str) else tuple(rule)
    result = linter(rules, options, year).check_documents([plain_document(path, text)])
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


def snippets(rule: str, text: str) -> list[str]:
    return [d.snippet for d in findings(rule, text)]


def apply_fixes(text: str, diagnostics) -> str:
    """``text`` with every edit of the diagnostics' fixes applied (no overlaps expected)."""
    edits = sorted((e for d in diagnostics if d.fix for e in d.fix.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def fixed(rule: str, text: str) -> str:
    """``text`` with the rule's fixes applied in one pass."""
    return apply_fixes(text, findings(rule, text))


def check_docstring(rule: str) -> None:
    """The rule's docstring has every heading of ``factlint.rule.DOC_HEADINGS``."""
    from factlint.rule import DOC_HEADINGS

    cls = linter(rule).rule_classes[rule]
    docs = cls.docs()
    for heading in DOC_HEADINGS:
        if heading == "Fix safety" and not cls.fixable:
            continue
        assert docs.get(heading), f"{rule}: docstring lacks ## {heading}"
    assert "Use instead:" in docs["Example"]


def check_examples(rule: str) -> None:
    """Each wrong sentence of the rule's docstring Example fires, each right one stays silent."""
    cls = linter(rule).rule_classes[rule]
    wrong, right = cls.examples()
    assert wrong and right
    for sentence in wrong:
        assert findings(rule, sentence), f"{rule}: example should fire: {sentence}"
    for sentence in right:
        assert not findings(rule, sentence), f"{rule}: example should be silent: {sentence}"


def check_rule_docs(rule: str) -> None:
    check_docstring(rule)
    check_examples(rule)


def corpus_files(*globs: str) -> list[Path]:
    return [p for g in globs for p in sorted(CORPUS.glob(g))]


def corpus_texts(*globs: str) -> list[tuple[str, str]]:
    """(name, text) of corpus files; skips the test when ../shared/corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present beside the project")
    out = [(p.name, p.read_text(encoding="utf-8"))
           for p in corpus_files(*(globs or ("gov-work-reports/*.txt", "provincial-2025/*.txt")))]
    if not out:
        pytest.skip("no corpus files matched")
    return out

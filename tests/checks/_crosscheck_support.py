"""Helpers shared by the tests of change-mismatch, percentage-point, multiple-decrease,
implausible-value and enumeration-count: run rules over a text and read their findings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@lru_cache(maxsize=None)
def linter(rules: tuple[str, ...], options: tuple = ()):
    from factlint.config import Settings
    from factlint.engine import Linter

    settings = Settings(select=list(rules))
    for rule, key, value in options:
        settings.rule_options.setdefault(rule, {})[key] = value
    return Linter(settings, load_entrypoints=False)


def findings(rule: str | tuple[str, ...], text: str, *, options: tuple = (), path: str = "t.txt"):
    """Diagnostics of ``rule`` (a name or a tuple of names run together) on ``text``."""
    from factlint.documents import plain_document

    rules = (rule,) if isinstance(rule, str) else tuple(rule)
    result = linter(rules, options).check_documents([plain_document(path, text)])
    internal = [d for d in result.diagnostics if d.rule == "internal-error"]
    assert not internal, internal[0].message
    return [d for d in result.diagnostics if d.rule in rules]


def one(rule: str, text: str, **kw):
    found = findings(rule, text, **kw)
    assert len(found) == 1, [d.message for d in found]
    return found[0]


def check_examples(rule: str) -> None:
    """Each wrong sentence of the rule's docstring Example fires, each right one stays silent."""
    cls = linter((rule,)).rule_classes[rule]
    wrong, right = cls.examples()
    assert wrong and right
    for sentence in wrong:
        assert findings(rule, sentence), f"{rule}: example should fire: {sentence}"
    for sentence in right:
        assert not findings(rule, sentence), f"{rule}: example should be silent: {sentence}"


def check_docstring(rule: str) -> None:
    from factlint.rule import DOC_HEADINGS

    cls = linter((rule,)).rule_classes[rule]
    docs = cls.docs()
    for heading in DOC_HEADINGS:
        if heading == "Fix safety" and not cls.fixable:
            continue
        assert docs.get(heading), f"{rule}: docstring lacks ## {heading}"
    assert "Use instead:" in docs["Example"]

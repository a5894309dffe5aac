"""Helpers shared by the number-style rule tests (mixed-numeral, prefer-arabic-numerals,
range-notation, zero-form): run one rule over a text and read its findings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@lru_cache(maxsize=None)
def linter(rule: str):
    from factlint.config import Settings
    from factlint.engine import Linter

    return Linter(Settings(select=[rule]), load_entrypoints=False)


def findings(rule: str, text: str, path: str = "t.txt"):
    from factlint.documents import plain_document

    result = linter(rule).check_documents([plain_document(path, text)])
    return [d for d in result.diagnostics if d.rule == rule]


def snippets(rule: str, text: str) -> list[str]:
    return [d.snippet for d in findings(rule, text)]


def fixed(rule: str, text: str) -> str:
    """``text`` with the rule's fixes applied (one pass, no overlaps expected)."""
    from factlint.fixes import apply_edits

    edits = [e for d in findings(rule, text) if d.fix for e in d.fix.edits]
    return apply_edits(text, edits)


def check_examples(rule: str) -> None:
    """Each wrong sentence of the rule's docstring Example fires, each right one stays silent."""
    cls = linter(rule).rule_classes[rule]
    wrong, right = cls.examples()
    assert wrong and right
    for sentence in wrong:
        assert findings(rule, sentence), f"{rule}: example should fire: {sentence}"
    for sentence in right:
        assert not findings(rule, sentence), f"{rule}: example should be silent: {sentence}"


def corpus_files(*globs: str) -> list[Path]:
    root = SHARED / "corpus"
    return [p for g in globs for p in sorted(root.glob(g))]

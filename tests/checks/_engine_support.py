"""Run one rule through the engine (only that rule selected) and read its findings."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def linter(rule: str):
    from factlint.config import Settings
    from factlint.engine import Linter

    return Linter(Settings(select=[rule]), load_entrypoints=False)


def findings(rule: str, text: str, path: str = "t.txt"):
    from factlint.documents import plain_document

    result = linter(rule).check_documents([plain_document(path, text)])
    internal = [d for d in result.diagnostics if d.rule == "internal-error"]
    assert not internal, internal[0].message
    return [d for d in result.diagnostics if d.rule == rule]


def snippets(rule: str, text: str) -> list[str]:
    return [d.snippet for d in findings(rule, text)]


def apply_fixes(text: str, diagnostics) -> str:
    edits = sorted((e for d in diagnostics if d.fix for e in d.fix.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[: e.start] + e.replacement + text[e.end :]
    return text

"""Every registered rule documents itself, and its documented examples are true.

Generic over whatever is registered (built-in rules of every family, rules of the built-in packs),
so a rule landed by anyone is held to the same contract (ruff's doc headings; pylint's and
proselint's "the bad example fires, the good one does not"):

- a one-line summary, then the headings ``What it does``, ``Why is this bad?``, ``Example``,
  ``Options`` and ``References`` in that order, plus ``Fix safety`` exactly when the rule is fixable;
- each wrong sentence of ``## Example`` makes the rule fire, run through the engine with only that
  rule selected, and each right sentence (after ``Use instead:``) leaves it silent.
"""

from __future__ import annotations

import re

import pytest

from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.rule import DOC_HEADINGS

REQUIRED = ("What it does", "Why is this bad?", "Example", "Options", "References")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9-]*)?$")


def _linter(select=None) -> Linter:
    return Linter(Settings(select=select), load_entrypoints=False)


RULES = _linter().all_rules()


def test_there_are_rules_to_check():
    for name in ("redundant-approximation", "fullwidth-digit", "unsourced-superlative", "editorial.idiom-typo"):
        assert name in RULES


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_has_the_doc_headings(name):
    cls = RULES[name]
    assert _NAME.match(cls.name), f"{name}: rule names are kebab-case (pack rules: pack.rule-name)"
    docs = cls.docs()
    assert cls.summary() and "\n" not in cls.summary(), f"{name}: needs a one-line summary"
    missing = [h for h in REQUIRED if not docs.get(h, "").strip()]
    assert not missing, f"{name}: docstring lacks {missing}"
    if cls.fixable:
        assert docs.get("Fix safety", "").strip(), f"{name}: a fixable rule documents its Fix safety"
    else:
        assert "Fix safety" not in docs, f"{name}: Fix safety belongs only to fixable rules"
    order = [h for h in DOC_HEADINGS if h in docs]
    positions = [(cls.__doc__ or "").index(f"## {h}") for h in order]
    assert positions == sorted(positions), f"{name}: headings out of order: {order}"
    unknown = [h for h in docs if h not in DOC_HEADINGS and h not in ("summary", "intro")]
    assert not unknown, f"{name}: unknown headings {unknown}"
    wrong, right = cls.examples()
    assert wrong, f"{name}: ## Example needs at least one wrong sentence"
    assert right, f"{name}: ## Example needs a 'Use instead:' line and at least one right sentence"
    assert str(cls.severity) in ("error", "warning", "info")


def _fires(name: str, sentence: str) -> list:
    result = _linter([name]).check_documents([plain_document("example.txt", sentence + "\n")])
    internal = [d for d in result.diagnostics if d.rule == "internal-error"]
    assert not internal, internal[0].message
    return [d for d in result.diagnostics if d.rule == name]


EXAMPLES = [(name, kind, s) for name in sorted(RULES) for kind, sentences in zip(("wrong", "right"), RULES[name].examples())
            for s in sentences]


@pytest.mark.parametrize("name,kind,sentence", EXAMPLES, ids=[f"{n}-{k}-{i}" for i, (n, k, _) in enumerate(EXAMPLES)])
def test_documented_example_behaves(name, kind, sentence):
    found = _fires(name, sentence)
    if kind == "wrong":
        assert found, f"{name}: the documented wrong example does not fire: {sentence}"
    else:
        assert not found, f"{name}: the documented right example fires: {sentence} -> {[d.message for d in found]}"


def test_explain_prints_the_sections():
    from factlint.cli import explain_text

    for name in ("fullwidth-digit", "editorial.idiom-typo"):
        text = explain_text(RULES[name])
        for heading in ("What it does", "Why is this bad?", "Example", "Fix safety", "Options", "References"):
            assert f"## {heading}" in text
        assert text.startswith(f"{name} (")

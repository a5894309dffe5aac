"""zero-form: 〇 in a quantity, 零 in a year, an Arabic 0 among Chinese numerals."""

from __future__ import annotations

import pytest

from _support import check_examples, corpus_files, findings, fixed, linter, snippets

RULE = "zero-form"


def test_docstring_examples():
    check_examples(RULE)


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("全县共三千〇五十二户。", "三千〇五十二", "quantity"),
        ("全国将共有高等学校二百○八所。", "二百○八", "quantity"),
        ("二零二三年十二月二十八日", "二零二三", "year"),
        ("如果同建国初期的一九五零年相比", "一九五零", "year"),
        ("二零二三—二零二五年", "二零二三", "year"),
        ("规划（二0二一—二0三五年）", "二0二一", "arabic-in-digits"),
        ("二0一二年", "二0一二", "arabic-in-digits"),
        ("共计三千0五十二户", "三千0五十二", "arabic-in-quantity"),
        ("二O一二年三月", "二O一二", "letter-in-digits"),
        ("二０二三年", "二０二三", "letter-in-digits"),
    ],
)
def test_wrong(text, span, kind):
    ds = findings(RULE, text)
    assert span in [d.snippet for d in ds]
    assert kind in [d.evidence["kind"] for d in ds]


def test_both_years_of_a_span_are_reported():
    assert snippets(RULE, "规划（二0二一—二0三五年）") == ["二0二一", "二0三五"]


@pytest.mark.parametrize(
    "text",
    [
        "二〇二四年一月三日",
        "全县共三千零五十二户，一千零八人。",
        "一九八○年",  # the ring for 〇 in a year: a different character problem, left alone
        "2020年增长10万人，2021—2035年。",
        "第十届，十0",  # too little to know what was meant
        "零售额增长，零距离，零容忍。",
        "Hello二O二一",
    ],
)
def test_right(text):
    assert findings(RULE, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县共三千〇五十二户。", "全县共三千零五十二户。"),
        ("二零二三年十二月二十八日", "二〇二三年十二月二十八日"),
        ("规划（二0二一—二0三五年）", "规划（二〇二一—二〇三五年）"),
        ("共计三千0五十二户", "共计三千零五十二户"),
        ("二O一二年", "二〇一二年"),
    ],
)
def test_fix_changes_only_the_zero(text, expected):
    assert fixed(RULE, text) == expected
    assert findings(RULE, expected) == []


def test_fix_edits_one_character_each():
    (d,) = findings(RULE, "二零二三年")
    assert [(e.start, e.end, e.replacement) for e in d.fix.edits] == [(1, 2, "〇")]


@pytest.mark.skipif(not corpus_files("gov-work-reports/*.txt"), reason="../shared/corpus not present")
def test_few_findings_on_published_reports():
    from factlint.documents import plain_document

    total = 0
    for p in corpus_files("gov-work-reports/*.txt", "provincial-2025/*.txt"):
        total += len(linter(RULE).check_documents([plain_document(str(p), p.read_text(encoding="utf-8"))]).diagnostics)
    assert total <= 3, total  # 二百○八所 (1955) and 一九五零年 (1959)

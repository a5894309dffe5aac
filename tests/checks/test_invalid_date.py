"""invalid-date: a date that does not exist."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, corpus_texts, findings, none, one

RULE = "invalid-date"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text, words",
    [
        ("2023年9月31日，县政府常务会议审议通过《安澜县优化营商环境三年行动方案》。", ["9月只有30天"]),
        ("自2024年4月31日起，全市重点景区全面推行分时预约入园。", ["4月只有30天"]),
        ("受2023年2月29日寒潮影响，一季度部分指标有所回落。", ["2023年不是闰年", "28天"]),
        ("1900年2月29日", ["1900年不是闰年"]),
        ("6月31日前完成全部验收工作。", ["6月只有30天"]),
        ("2月30日", ["2月只有29天"]),
        ("二〇二三年九月三十一日", ["9月只有30天"]),
        ("2023年13月", ["月份13不存在"]),
        ("2023年13月5日", ["月份13不存在"]),
        ("2023年1月32日", ["1月只有31天"]),
        ("2023-02-29", ["2023年不是闰年"]),
    ],
)
def test_dates_that_do_not_exist(text, words):
    d = one(RULE, text)
    for w in words:
        assert w in d.message, d.message
    assert d.evidence


@pytest.mark.parametrize(
    "text",
    [
        "2024年2月29日",
        "2000年2月29日",
        "2023年12月31日",
        "4月30日",
        "二〇二四年一月三日",
        "本报告经二零二三年十二月二十八日县人民政府第32次常务会议审议通过。",
        "农历八月三十日",  # lunar months have 30 days
        "1—12月，全市规模以上工业增加值增长6.1%。",
        "6—36月龄婴幼儿营养包发放率达到90%。",
        "2016年至2020年",
    ],
)
def test_dates_that_exist(text):
    none(RULE, text)


def test_february_29_without_a_year():
    # no year: cannot tell
    none(RULE, "2月29日，全市开展专项检查。")
    # the year of the sentence decides
    assert findings(RULE, "2023年2月1日至2月29日，全市开展专项检查。")
    none(RULE, "2024年2月1日至2月29日，全市开展专项检查。")
    # the year the text speaks of: 2023 and 2022 are both common years
    assert findings(RULE, "2月29日，全市开展专项检查。", year=2023)
    # 2025 or the year before (2024, leap): cannot tell
    none(RULE, "2月29日，全市开展专项检查。", year=2025)


def test_corpus_dates_exist():
    """Dates in the published reports (一九五四年九月十五日 …) are all valid."""
    from factlint.calendar import find_dates

    seen = 0
    for name, text in corpus_texts():
        seen += len(find_dates(text))
        assert not findings(RULE, text, path=name), name
    assert seen > 50

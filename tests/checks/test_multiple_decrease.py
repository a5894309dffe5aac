"""multiple-decrease: a decrease expressed as a multiple."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "multiple-decrease"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    ("全市重点行业二氧化硫排放量比2018年减少了2倍。", "减少了2倍"),
    ("通过推行分时预约，热门景区游客平均排队时间减少了2倍。", "减少了2倍"),
    ("单位产品能耗降低了1.5倍。", "降低了1.5倍"),
    ("审批时间缩短，办事成本下降三倍。", "下降三倍"),
    ("城乡收入差距缩小一倍。", "缩小一倍"),
    ("事故起数减少了近两倍。", "减少了近两倍"),
    ("库存降低１．５倍。", "降低１．５倍"),
    ("企业开办时间由20天缩短到5天，缩短了3倍。", "缩短了3倍"),
]


@pytest.mark.parametrize("text,span", WRONG, ids=[w[1] for w in WRONG])
def test_fires(text, span):
    d = one(RULE, text)
    assert d.snippet == span
    assert str(d.severity) == "warning"
    assert f"“{span}”用倍数表示减少" in d.message
    assert d.evidence["stated_text"] == span


RIGHT = [
    "单位地区生产总值能耗降低2.5%左右。",
    "二氧化硫排放量比2018年减少了66.7%。",
    "排队时间减少到原来的三分之一。",
    "新能源汽车产量增长了3倍。",
    "下降幅度是全国平均水平的1.5倍。",
    "能耗降至2015年的一半，产值增长两倍。",
    "成本降低，效率提高1倍。",
]


@pytest.mark.parametrize("text", RIGHT, ids=[r[:10] for r in RIGHT])
def test_quiet(text):
    assert findings(RULE, text) == []

"""range-notation: dropped %/万/亿 on the first figure of a range, hyphen ranges."""

from __future__ import annotations

import pytest

from _support import check_examples, corpus_files, findings, fixed, linter, snippets

RULE = "range-notation"


def test_docstring_examples():
    check_examples(RULE)


@pytest.mark.parametrize(
    "text, span",
    [
        ("预计涨幅在2.5～3%之间。", "2.5～3%"),
        ("规模以上工业增加值增长3.8～4.5%。", "3.8～4.5%"),
        ("人均补助10～20万元。", "10～20万"),
        ("占去年全部支出的5—6%。", "5—6%"),
        ("项目总投资3-5亿元。", "3-5亿"),
        ("预计接待游客150-180万人次。", "150-180万"),
        ("增速3-5%。", "3-5%"),
        ("每个县打造1-2个主导产业。", "1-2"),
        ("招收2-3岁幼儿。", "2-3"),
        ("实施2011-2020年扶贫开发纲要。", "2011-2020"),
        ("投资2~3万亿元。", "2~3万亿"),
        ("利率下调0.1－0.2%。", "0.1－0.2%"),
        # an ASCII hyphen or en dash between two figures written in full is still a hyphen
        ("利率保持在3.8%-4.2%。", "3.8%-4.2%"),
        ("投资3亿-5亿元。", "3亿-5亿"),
        ("每人每月补贴800元-1000元。", "800元-1000元"),
        ("奖励3万元–5万元。", "3万元–5万元"),
        ("单价12.5吨 - 15吨。", "12.5吨 - 15吨"),
    ],
)
def test_wrong(text, span):
    assert span in snippets(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "预计涨幅在2.5%～3%之间，投资3亿～5亿元，增长5.0%—5.5%。",
        "依据GB/T 15835-2011，于2024-01-15发布，咨询电话0871-1234567。",
        "服务热线400-123-4567，开放时间9:00-17:00。",
        "如图1-2所示，见表3-1和附件2-3。",
        "主队以2-3负于客队。",
        "规划（2021—2025年），1～11月，1～3个。",
        "收入8000～1.2万元。",  # not a dropped 万: 8000 to 12000
        "ISO 9001-2015认证，COVID-19疫情，型号A3-5。",
        "增长2～3个百分点。",
        "时间为2024-05。",
        "| 3-5 |",
        "国内生产总值增长6.5%－7%，投资3亿－5亿元。",  # full-width hyphen, figures in full: house style
        "每人每月补贴800元～1000元，奖励800元－1000元。",
        "活动时间5月1日-5日，2019年-2020年，1号-3号楼。",  # date and label spans
        "价格5元-3元。",  # not a rising range
        "补助3元-5个。",  # different units: not one range
        "电话0871-65123456元。",
    ],
)
def test_right(text):
    assert findings(RULE, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("预计涨幅在2.5～3%之间。", "预计涨幅在2.5%～3%之间。"),
        ("项目总投资3-5亿元。", "项目总投资3亿～5亿元。"),
        ("预计接待游客150-180万人次。", "预计接待游客150万～180万人次。"),
        ("每个县打造1-2个主导产业。", "每个县打造1～2个主导产业。"),
        ("实施2011-2020年扶贫开发纲要。", "实施2011—2020年扶贫开发纲要。"),
        ("占去年全部支出的5—6%。", "占去年全部支出的5%—6%。"),
        ("每人每月补贴800元-1000元。", "每人每月补贴800元～1000元。"),
        ("奖励3万元 - 5万元。", "奖励3万元～5万元。"),
    ],
)
def test_fix(text, expected):
    assert fixed(RULE, text) == expected
    assert findings(RULE, expected) == []


def test_evidence_and_message():
    (d,) = findings(RULE, "项目总投资3-5亿元。")
    assert d.evidence == {"written": "3-5亿", "suggested": "3亿～5亿", "low": "3", "high": "5", "unit": "亿"}
    assert "3亿～5亿" in d.message


@pytest.mark.skipif(not corpus_files("gov-work-reports/*.txt"), reason="../shared/corpus not present")
def test_few_findings_on_published_reports():
    from factlint.documents import plain_document

    total = 0
    for p in corpus_files("gov-work-reports/*.txt", "provincial-2025/*.txt"):
        total += len(linter(RULE).check_documents([plain_document(str(p), p.read_text(encoding="utf-8"))]).diagnostics)
    assert total <= 12, total


# found by a review: a span of months is a time, whose ends GB/T 15834 joins with 一字线, not ～
@pytest.mark.parametrize("text, suggested", [("全市1-11月份接待游客3268.5万人次。", "1—11"), ("7-8月高温少雨。", "7—8"),
                                             ("气温3-5度。", "3～5")])
def test_a_span_of_months_takes_a_dash(text, suggested):
    (d,) = findings(RULE, text)
    assert d.evidence["suggested"] == suggested

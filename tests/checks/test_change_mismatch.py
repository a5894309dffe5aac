"""change-mismatch: a stated change disagrees with the before and after figures given."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, none, one

RULE = "change-mismatch"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


# -- wrong statements: each must fire, with the computed value in the message and evidence --------
WRONG = [
    # B，比上年增加C，增长x%: B alone before the change
    ("全年投入财政帮扶资金4.86亿元，比上年增加0.42亿元，增长12.5%。", "实为增长9.46%"),
    # 比上年的A增长x%
    ("全体居民人均可支配收入达到38640元，比上年的36210元增长8.7%。", "增长6.71%"),
    # B，比A下降x% (unit 吨标准煤 after 万)
    ("全年全市能源消费总量1265.4万吨标准煤，比上年的1318.6万吨标准煤下降2.4%。", "下降4.03%"),
    # 由A提高到B，增长x%
    ("全体居民人均可支配收入由46820元提高到49860元，增长7.5%。", "增长6.49%"),
    # just outside the written precision: 1186.3/1102.5 - 1 = 7.596%..7.606%, 7.5% allows 7.45..7.55
    ("社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增长7.5%。", "增长7.60%"),
    # the direction is wrong
    ("全年发生生产安全事故112起，比上年的128起增长12.5%。", "下降12.50%"),
    # 翻一番 (×2) for ×1.60
    ("昭通市农村居民人均可支配收入由2015年的6860元增加到2020年的10960元，实现翻一番。", "1.60倍"),
    # 翻两番 (×4) for ×2
    ("全市外贸进出口总额由2015年的120亿元增加到2023年的240亿元，翻了两番。", "2.00倍"),
    # 增长了3倍 for ×3.5: neither ×4 nor ×3
    ("全县电子商务交易额由2020年的8.6亿元增加到2023年的30.1亿元，增长了3倍。", "3.50倍"),
    # 是…的N倍
    ("跨境电商进出口额达到86.5亿元，是2021年34.6亿元的3.5倍。", "2.50倍"),
    # 相当于…的x%
    ("全年粮食产量为48.6万吨，相当于上年52.3万吨的95.2%。", "92.93%"),
    # 增长到N倍
    ("快递业务量由2019年的1.2亿件增长到2023年的4.8亿件，增长到3倍。", "4.00倍"),
    # 年均增长x% between two dated figures: (14630/9850)^(1/4) - 1 = 10.40%
    ("三县农村居民人均可支配收入由2020年的9850元增加到2024年的14630元，年均增长12.4%。", "年均增长10.40%"),
    # 提高x个百分点 between two rates
    ("常住人口城镇化率由61.8%提高到63.1%，提高1.5个百分点。", "提高1.30个百分点"),
    # 比上年的A%下降x个百分点
    ("城镇调查失业率为5.1%，比上年的5.6%下降0.3个百分点。", "下降0.50个百分点"),
    # a rate change in % that is neither the difference nor the relative change
    ("常住人口城镇化率由61.8%提高到63.1%，提高了5%。", "增长2.10%"),
    # absolute change between two figures
    ("全市新增就业由2.1万人增加到2.6万人，增加了0.8万人。", "增加0.5万人"),
    # 比上年增加C，增长x%: the before figure is B − C
    ("年末全市常住人口326.8万人，比上年末增加1.2万人，增长1.4%。", "增长0.37%"),
    # 由A增加到B，增长了x%
    ("全市接待游客人次由2019年的1200万人次增加到2023年的1650万人次，增长了45%。", "增长37.50%"),
    # 净增/增产 C，增长x%
    ("规模以上工业企业达到1268家，比上年净增86家，增长8.2%。", "增长7.28%"),
    ("全县粮食产量达到32.5万吨，比上年增产1.3万吨，增长6.2%。", "增长4.17%"),
    # 比上年末的A减少C
    ("全市户籍人口为523.6万人，比上年末的528.1万人减少6.5万人。", "减少4.5万人"),
    # 比A翻了一番
    ("数字经济规模达到1800亿元，比2018年的1200亿元翻了一番。", "1.50倍"),
    # 2015年…A，2020年达到B，翻一番 (the subject carried over)
    ("2015年全市农村居民人均可支配收入为6860元，2020年达到10960元，实现翻一番。", "1.60倍"),
    ("2019年接待游客260.5万人次，2024年达到312.6万人次，增长25.0%。", "增长20.00%"),
    # 增幅为 / 降幅为
    ("社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增幅为8.6%。", "增长7.60%"),
    ("能源消费总量由1318.6万吨标准煤下降到1265.4万吨标准煤，降幅为2.4%。", "下降4.03%"),
    # Chinese numerals
    ("全年工业总产值达到一千二百三十亿元，比上年的一千零二十五亿元增长百分之三十。", "增长20.00%"),
]


@pytest.mark.parametrize("text,computed", WRONG, ids=[w[0][:16] for w in WRONG])
def test_fires_on_wrong_change(text, computed):
    d = one(RULE, text)
    assert computed in d.message, d.message
    assert "不符" in d.message
    assert d.evidence["computed"] is not None
    assert d.related, "the before/after figures are pointed at"
    assert str(d.severity) == "error"


def test_message_evidence_and_span():
    text = "全体居民人均可支配收入由46820元提高到49860元，增长7.5%。"
    d = one(RULE, text)
    assert d.message == "由46820元到49860元实为增长6.49%，与所述“增长7.5%”不符"
    assert d.snippet == "增长7.5%"
    ev = d.evidence
    assert ev["before"] == "46820" and ev["after"] == "49860" and ev["stated"] == "7.5"
    assert ev["reading"] == "relative" and ev["unit"] == "%"
    # exact decimal strings, the interval computed outwards from the written precision
    assert ev["computed"] == "6.492952"
    assert ev["computed_low"] == "6.490747" and ev["computed_high"] == "6.495157"
    assert [r.column for r in d.related] == [text.index("46820") + 1, text.index("49860") + 1]


def test_evidence_of_multiples_and_annual_rates():
    d = one(RULE, "全县电子商务交易额由2020年的8.6亿元增加到2023年的30.1亿元，增长了3倍。")
    assert d.evidence["reading"] == "plus" and d.evidence["computed"] == "3.5"
    assert "即增长了2.50倍" in d.message
    d = one(RULE, "三县农村居民人均可支配收入由2020年的9850元增加到2024年的14630元，年均增长12.4%。")
    assert d.evidence["reading"] == "relative-annual" and d.evidence["years"] == 4
    assert d.snippet == "年均增长12.4%"


# -- right statements: each must stay quiet ---------------------------------------------------------
RIGHT = [
    # the change follows a list of parts (A、B，比上年增加C): it is the whole's, not B's
    "全年投入财政帮扶资金4.86亿元，其中市级资金2.35亿元、区县资金2.51亿元，比上年增加0.42亿元，增长9.5%。",
    # eval traps: agreement within the written precision
    "社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增长7.6%。",
    "全社会研发经费投入强度由2.34%提高到2.46%，提高0.12个百分点。",
    "全体居民人均可支配收入由上年的41260元提高到43590元，增长5.6%。",
    "全年发生生产安全事故112起，比上年的128起下降12.5%。",
    "新能源汽车产量由2021年的3.2万辆增加到2024年的12.8万辆，增长了3倍。",
    "数字经济核心产业增加值由2019年的186.4亿元增加到2024年的372.8亿元，实现翻一番。",
    "跨境电商进出口额达到86.5亿元，是2021年34.6亿元的2.5倍。",
    "十年来城区建成区面积由38.6平方公里扩大到2024年的77.2平方公里，扩大了一倍。",
    "三县农村居民人均可支配收入由2020年的9850元增加到2024年的14630元，年均增长10.4%，其中2024年增长8.6%，脱贫人口人均纯收入增长12.3%。",
    "常住人口城镇化率由65.9%提高到66.8%，提高0.9个百分点；城镇调查失业率为5.0%，比上年下降0.2个百分点。",
    "高中阶段毛入学率由95.1%提高到96.3%，提高1.2个百分点。",
    "年末全市常住人口326.8万人，比上年末增加1.2万人，增长0.4%。",
    "与上年相比，全市在校生增加0.86万人，增长1.1%。",
    # a relative change between two rates that is right as a relative change
    "优良天数比例由50%提高到60%，提高20%。",
    # a rate difference written with %: percentage-point's business, not this rule's
    "常住人口城镇化率由61.8%提高到63.1%，提高了1.3%。",
    "全县规模以上工业产能利用率为78.6%，比上年的75.2%提高了3.4%。",
    # 增长了N倍 is × (1 + N)
    "快递业务量由2019年的1.2亿件增加到2023年的3.6亿件，增长了2倍。",
    # approximations are not checked
    "全市旅游收入由2015年的52亿元增加到2023年的98亿元，基本实现翻一番。",
    "全市旅游收入由2015年的52亿元增加到2023年的115亿元，实现翻一番多。",
    "全市旅游收入由2015年的约52亿元增加到2023年的98亿元，增长90%。",
    "全市旅游收入由52亿元增加到98亿元，增长90%左右。",
    # real growth, constant prices, conventionally real measures
    "城镇居民人均可支配收入由46820元提高到49860元，实际增长5.2%。",
    "地区生产总值由2.1万亿元增加到2.6万亿元，年均增长5.1%。",
    "工业总产值由1120亿元增加到1310亿元，按可比价格计算增长12.5%。",
    # a level, not a change
    "占比由18%增至71%。",
    "城镇化率由61.8%提高到63.1%。",
    "研发投入强度比上年提高到2.46%。",
    # a target, not a result
    "力争由38640元提高到41000元，实现增长6.1%的目标。",
    # another baseline: 比上年 after a multi-year pair
    "居民人均可支配收入由2020年的9850元增加到2024年的14630元，比上年增长8.6%。",
    # different units: not one measure
    "时速120公里路段占比由18%增至71%。",
    "全年进出口总额1200亿元，比上年增长8%，增加88.9亿元。",
    # 年均 without both years: the number of years is unknown
    "全市地区人均收入由9850元增加到14630元，年均增长10.4%。",
    # corpus: Chinese numerals are rounded at their last non-zero digit
    "我国的工农业总产值在一九五七年达到了一千三百八十七亿四千万元，比一九五二年的八百二十七亿一千万元增长百分之六十八。",
    "一九五七年全国工业中的工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。",
    "发电机：从三万千瓦增加到二十二万七千千瓦，增长六点七倍。",
    "到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二。",
    "国家财政用于这些方面的经费共为一千一百七十二亿元，比“五五”时期的五百七十七亿元增长一倍。",
    # corpus: a thousands separator written with a full-width comma
    "1979年社会商品零售总额1，753亿元，比上年增加225亿元，增长14.7％，这是多年来增加最快的一年。",
    # corpus: 上一年 and 五年 are periods, not figures of the measure
    "一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九。",
    "全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。",
    "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右。",
    # corrections of the cases above
    "规模以上工业企业达到1268家，比上年净增86家，增长7.3%。",
    "全县粮食产量达到32.5万吨，比上年增产1.3万吨，增长4.2%。",
    "全市户籍人口为523.6万人，比上年末的528.1万人减少4.5万人。",
    "数字经济规模达到2400亿元，比2018年的1200亿元翻了一番。",
    "2015年全市农村居民人均可支配收入为6860元，2020年达到13960元，实现翻番。",
    "社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增幅为7.6%。",
    "企业开办时间由20天缩短到5天，缩短了75%。",
    # a comparison with another subject, not a change over time
    "城镇居民人均可支配收入52380元，比全国平均水平的49283元增长6.3%。",
    # the second year names another measure
    "2023年城镇居民收入为5万元，2024年农村居民收入为2万元，增长5%。",
    # no before figure
    "我市完成营业收入54.6亿元，是2020年的2.1倍。",
    # 由于 is not 由
    "由于价格由12元提高到15元，销售额增长25%。",
]


@pytest.mark.parametrize("text", RIGHT, ids=[r[:16] for r in RIGHT])
def test_quiet_on_right_statements(text):
    assert findings(RULE, text) == [], [d.message for d in findings(RULE, text)]


def test_percentage_point_wins_over_change_mismatch():
    text = "常住人口城镇化率由61.8%提高到63.1%，提高了1.3%。"
    found = findings(("change-mismatch", "percentage-point"), text)
    assert [d.rule for d in found] == ["percentage-point"]


def test_strict_multiples_option():
    """增长了N倍 is × (1 + N), as the catalog reads it: 增长了3倍 for a ratio of 3 is the slip of
    writing the ratio; strict-multiples = false accepts the ratio too."""
    text = "快递业务量由2019年的1.2亿件增加到2023年的3.6亿件，增长了3倍。"
    d = one(RULE, text)
    assert d.evidence["reading"] == "plus" and "即增长了2.00倍" in d.message
    d = one(RULE, "直播电商销售额46.8亿元，比上年的15.2亿元增长了3.1倍。")
    assert "3.08倍" in d.message
    none(RULE, "直播电商销售额46.8亿元，比上年的15.2亿元增长了2.1倍。")
    none(RULE, "直播电商销售额46.8亿元，是上年15.2亿元的3.1倍。")
    assert findings(RULE, text, options=((RULE, "strict_multiples", False),)) == []
    one(RULE, text.replace("增长了3倍", "增长了5倍"), options=((RULE, "strict_multiples", False),))


def test_several_statements_in_one_paragraph():
    text = (
        "全年全市能源消费总量1265.4万吨标准煤，比上年的1318.6万吨标准煤下降4.0%。"
        "社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增长8.6%；"
        "全年发生生产安全事故112起，比上年的128起下降12.5%。"
    )
    found = findings(RULE, text)
    assert [d.snippet for d in found] == ["增长8.6%"]


def test_markdown_table_text_is_not_misread():
    text = "| 人均消费（元） | 795 | 772 | 2.9% |\n"
    assert findings(RULE, text) == []


TABLE = """## 数据一览

| 指标 | 2024年“五一” | 2023年“五一” | 同比增长 |
|---|---|---|---|
| 接待游客（万人次） | 312.6 | 260.5 | 20.0% |
| 旅游收入（亿元） | 24.85 | 20.12 | 25.5% |
| 人均消费（元） | 795 | 772 | 2.9% |
| 地区生产总值（亿元） | 269.7 | 286.4 | 9.9% |
| 一般公共预算收入（亿元） | 18.2 | 19.6 | -7.7% |
"""


def test_table_rows_are_checked_by_their_period_columns():
    found = findings(RULE, TABLE, path="t.md")
    assert [d.line for d in found] == [6, 9]
    assert found[0].message == "旅游收入（亿元）由20.12到24.85实为增长23.51%，与所述“25.5%”不符"
    # 2024 is the later column even though it comes first; 795/772 allows 2.85%..3.11%;
    # 生产总值 is a constant-price growth rate by convention and is not recomputed
    assert found[1].message == "一般公共预算收入（亿元）由19.6到18.2实为下降7.14%，与所述“-7.7%”不符"


def test_table_without_period_columns_is_not_read():
    text = "| 学段 | 学校数（所） | 在校生（万人） | 占比 |\n|---|---|---|---|\n| 学前教育 | 612 | 11.36 | 14.9% |\n"
    assert findings(RULE, text, path="t.md") == []


_PIECES = [
    "由", "从", "比", "较", "上年的", "2015年的", "2020年", "增长", "下降", "提高到", "增加到", "，", "。", "、",
    "了", "倍", "翻一番", "翻番", "是", "的", "1102.5亿元", "1186.3亿元", "7.6%", "-3.2%", "0%", "0元", "３．５％",
    "两", "三个", "“四个到位”", "到位", "市", "等", "和", "（", "）", "“", "”", "百分点", "个百分点", "1.3", "%",
    "覆盖率", "占比", "达到", "106%", "年均", "增幅为", "降低了", "1.5倍", "-5人", "|", "---", "\n", "同比增长",
]


def test_never_raises_on_fragments_of_change_statements():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    rules = ("change-mismatch", "percentage-point", "multiple-decrease", "implausible-value", "enumeration-count")

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
    def run(parts):
        for d in findings(rules, "".join(parts)):  # findings() fails on any internal-error
            assert d.message and d.evidence is not None

    run()


# Phrasings of the held-out set: the before figure stated after the change (上年同期为A), and
# 较上年的A增长x%，达到B (the after figure after the change).
@pytest.mark.parametrize("text, expected", [
    ("全年实现旅游总收入168.4亿元，同比增长18.6%，上年同期为136.2亿元。", "23.64"),
    ("全年出生人口2.86万人，比上年减少0.32万人，上年出生人口为3.28万人。", "0.42"),
    ("全年社会消费品零售总额较上年的786.4亿元增长12.5%，达到840.6亿元。", "6.89"),
])
def test_heldout_orders_fire(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message


@pytest.mark.parametrize("text", [
    "全年实现旅游总收入168.4亿元，同比增长23.6%，上年同期为136.2亿元。",
    "全年出生人口2.86万人，比上年减少0.42万人，上年出生人口为3.28万人。",
    "全年社会消费品零售总额较上年的786.4亿元增长6.9%，达到840.6亿元。",
    # the figure after 上年 is of another measure (a change verb in between): not the base
    "全年实现旅游总收入168.4亿元，同比增长18.6%，上年增长136.2亿元。",
])
def test_heldout_orders_right_stay_quiet(text):
    assert findings(RULE, text) == []


def test_per_unit_of_gdp_is_not_a_constant_price_measure():
    """万元地区生产总值能耗 is energy per unit of output: its change is the plain ratio."""
    d = one(RULE, "全县万元地区生产总值能耗由0.52吨标准煤降至0.46吨标准煤，下降了8.5%。")
    assert "11.5" in d.message, d.message
    assert findings(RULE, "全县万元地区生产总值能耗由0.52吨标准煤降至0.46吨标准煤，下降了11.5%。") == []
    # the value added itself is stated at constant prices by convention: not checked
    assert findings(RULE, "全县地区生产总值由86.2亿元增加到92.6亿元，增长6.1%。") == []


def test_before_figure_abbreviates_the_unit():
    # 比上年的43.05万吨 shortens 万吨标准煤: the same unit, so the change is judged
    d = one(RULE, "全县规模以上工业综合能源消费量41.26万吨标准煤，比上年的43.05万吨下降5.8%。")
    assert "4.16%" in d.message
    none(RULE, "全县规模以上工业综合能源消费量41.26万吨标准煤，比上年的43.05万吨下降4.2%。")
    # different units that are not one the head of the other stay apart
    none(RULE, "全县发电量41.26亿千瓦时，比上年的43.05万吨下降5.8%。")


def test_from_before_figure_change_then_reach_after():
    # 由A增长了N倍，达到B: the 由 form with the after figure after the change
    d = one(RULE, "夜间消费额由上年同期的860万元增长了3倍，达到1720万元。")
    assert "增长了3倍" in d.message
    one(RULE, "夜间消费额由上年的860万元增长15.0%，达到963.2万元。")
    none(RULE, "夜间消费额由上年同期的860万元增长了1倍，达到1720万元。")
    none(RULE, "夜间消费额由上年的860万元增长12.0%，达到963.2万元。")


# fresh3a held-out: 增长到原来的N倍 names the earlier figure between 到 and the multiple
def test_multiple_to_the_original():
    d = one("change-mismatch", "全县农村电子商务交易额由2020年的6.8亿元增加到31.6亿元，增长到原来的3.1倍。")
    assert "4.65倍" in d.message
    none("change-mismatch", "全县农村电子商务交易额由2020年的6.8亿元增加到31.6亿元，增长到原来的4.6倍。")
    none("change-mismatch", "全县农村电子商务交易额由2020年的6.8亿元增加到31.6亿元，提高到原来的4.7倍。")


@pytest.mark.parametrize("text,stated", [
    # ten words of time between 比/由 and the before figure: the farthest it may stand
    ("营业收入1186.3万元，比上年同期的一季度末的1102.5万元增长8.6%。", "增长8.6%"),
    ("居民收入由上年同期的一季度末的46820元提高到49860元，增长7.5%。", "增长7.5%"),
    # the before figure after the change: ，上年 / ,上年 / ，去年
    ("旅游总收入168.4亿元，同比增长18.6%，上年同期为136.2亿元。", "增长18.6%"),
    ("旅游总收入168.4亿元,同比增长18.6%,上年同期为136.2亿元。", "增长18.6%"),
    ("旅游总收入168.4亿元，同比增长18.6%，去年同期为136.2亿元。", "增长18.6%"),
    # 是…的N倍 / 相当于…的x%
    ("全市粮食产量达到300万吨，是2010年100万吨的2倍。", "2倍"),
    ("全市粮食产量达到300万吨，相当于2010年200万吨的120%。", "120%"),
])
def test_anchor_forms(text, stated):
    """Each statement form is found from its anchor words (由/从, 比/较, ，上年, 的 + multiple)."""
    assert [d.evidence["stated_text"] for d in findings("change-mismatch", text)] == [stated]


def test_before_figure_too_far_after_compare_word():
    # eleven characters between 比 and the figure: not a before figure
    assert findings("change-mismatch", "营业收入1186.3万元，比上年同期的一季度末的季1102.5万元增长8.6%。") == []


def test_grown_to_n_times_an_earlier_figure():
    """B，增长到(2022年) A 的N倍: B = A × N (held-out phrasing, written blind)."""
    text = "跨境电商集装箱量2025年达到6.3万标箱，增长到2022年1.8万标箱的{n}倍。"
    d = one(RULE, text.format(n="4.2"))
    assert "3.50倍" in d.message
    assert findings(RULE, text.format(n="3.5")) == []


def test_constant_price_measure_after_the_change_does_not_excuse_it():
    """全县建筑业总产值186.42亿元，比上年的163.85亿元增长8.6%，建筑业增加值占…提高到9.4%: 增加值 (stated at
    constant prices) is named after the change, which is of 总产值 (held-out phrasing, written blind);
    a measure of 增加值 itself stays excused."""
    text = "全县建筑业总产值186.42亿元，比上年的163.85亿元增长{c}%，建筑业增加值占全县地区生产总值的比重提高到9.4%。"
    assert one(RULE, text.format(c="8.6")).evidence["computed"].startswith("13.77")
    assert findings(RULE, text.format(c="13.8")) == []
    assert findings(RULE, "全县建筑业增加值186.42亿元，比上年的163.85亿元增长8.6%。") == []


def test_after_figure_stated_before_the_comparison():
    """全年出生人口2.31万人，…。出生人口比上年的2.58万人下降12.6%: the sentence opens with the measure
    stated in the paragraph before (held-out phrasing, written blind); two such figures, or none, leave
    it alone."""
    text = "全年出生人口2.31万人，人口出生率为7.39‰。\n\n出生人口比上年的2.58万人下降{c}%，出生人口规模连续第五年减少。\n"
    assert one(RULE, text.format(c="12.6")).evidence["computed"].startswith("-10.4")
    assert findings(RULE, text.format(c="10.5")) == []
    assert findings(RULE, "全年死亡人口2.76万人。\n\n出生人口比上年的2.58万人下降12.6%。\n") == []


def test_multiple_of_the_first_year_after_the_pair():
    """由2020年的9860元增加到2025年的16430元，是2020年的2.1倍: the multiple is B over the A of the year named
    (held-out phrasing, written blind); another year's multiple is not read."""
    text = "受援县农村居民人均可支配收入由2020年的9860元增加到2025年的16430元，是2020年的{n}倍。"
    assert one(RULE, text.format(n="2.1"))
    assert findings(RULE, text.format(n="1.7")) == []
    assert findings(RULE, "人均可支配收入由2020年的9860元增加到2025年的16430元，是2015年的2.1倍。") == []


def test_multiple_of_a_measure_stated_earlier():
    """现场共签约项目56个，总投资428.6亿元。…本次签约总投资是去年同期128.4亿元的2.6倍: B is the figure the
    measure was stated with earlier, the rest of its name (签约) said there (held-out phrasing, written
    blind); a 总投资 of all projects is not it."""
    text = ("现场共签约项目56个，总投资428.6亿元，项目数和投资额均高于去年同期。\n\n"
            "本次签约总投资是去年同期128.4亿元的{n}倍，项目数比去年同期的42个增加14个。\n")
    assert one(RULE, text.format(n="2.6"))
    assert findings(RULE, text.format(n="3.3")) == []
    other = text.replace("现场共签约项目56个，总投资428.6亿元", "今年全市共实施重点项目120个，总投资856亿元")
    assert findings(RULE, other.format(n="2.6")) == []


def test_base_stated_before_the_change():
    """房地产开发投资18.64亿元，上年为21.37亿元，同比下降8.6%: the earlier value, then the change
    (held-out phrasing, written blind)."""
    text = "全年全县房地产开发投资18.64亿元，上年为21.37亿元，同比下降{c}%。"
    assert one(RULE, text.format(c="8.6")).evidence["computed"].startswith("-12.77")
    assert findings(RULE, text.format(c="12.8")) == []


def test_last_session_is_a_period():
    """比上届的38.5万人次增长26.3% / 由上届的93.6%提高到96.2%: 上届 names the earlier event as 上年 names
    the earlier year (held-out phrasings, written blind)."""
    text = "沿线观赛市民和游客达到46.8万人次，比上届的38.5万人次增长{c}%。"
    assert one(RULE, text.format(c="26.3"))
    assert findings(RULE, text.format(c="21.6")) == []


def test_season_of_last_year_is_a_period():
    """博士研究生引进398人，比去年春季的286人增长26.4%: 去年春季 names an earlier period (held-out phrasing,
    written blind)."""
    text = "博士研究生引进398人，比去年春季的286人增长{c}%，主要集中在生物医药领域。"
    assert one(RULE, text.format(c="26.4"))
    assert findings(RULE, text.format(c="39.2")) == []


# fresh21a held-out: the earlier figure in brackets after its year, and B before its measure
@pytest.mark.parametrize("text", [
    "今年改造投资18.6亿元，是2021年（4.3亿元）的3.5倍。",
    "今年18.6亿元的改造投资是2021年（4.3亿元）的3.5倍。",
])
def test_ratio_with_the_earlier_figure_in_brackets(text):
    d = one(RULE, text)
    assert "4.33倍" in d.message
    none(RULE, text.replace("3.5倍", "4.3倍"))


# fresh21b held-out: 较上届（A）增加…: the before figure in brackets after 较
def test_compare_with_the_before_figure_in_brackets():
    text = "本届赛事报名人数达8.74万人，较上届（6.12万人）增加2.62万人，增幅为52.8%。"
    d = one(RULE, text)
    assert "42.81%" in d.message
    none(RULE, text.replace("52.8%", "42.8%"))


# fresh21b held-out: 低于/高于上年的A, then the change
def test_lower_or_higher_than_the_year_before():
    d = one(RULE, "全市粮食产量52.6万吨，高于上年的50.1万吨，增长8.0%。")
    assert "4.99%" in d.message
    none(RULE, "全市粮食产量52.6万吨，高于上年的50.1万吨，增长5.0%。")
    # another subject's figure (全省) is no earlier value of this one
    none(RULE, "全市居民收入增长8.2%，高于全省平均水平的6.5%，增长1.7个百分点。")


# fresh22a held-out: the same holiday a year before is the earlier period (比上年国庆假期的A)
def test_the_same_holiday_a_year_before():
    text = "国庆假期，全市累计接待游客412.63万人次，比上年国庆假期的371.45万人次增长9.2%。"
    d = one(RULE, text)
    assert "11.09%" in d.message
    none(RULE, text.replace("9.2%", "11.1%"))
    # another subject's holiday figure is no earlier value
    none(RULE, "国庆假期，全市累计接待游客412.63万人次，比全省国庆假期平均的371.45万人次多出9.2%。")


# fresh25a held-out: the same season a year before (比去年活动季的9.8亿元) is the earlier period
def test_the_same_season_a_year_before():
    text = "活动季带动消费12.6亿元，比去年活动季的9.8亿元增长38.6%。"
    d = one(RULE, text)
    assert "28.57%" in d.message
    none(RULE, text.replace("38.6%", "28.6%"))


# fresh24a held-out: …，两年增长了2.8倍 is not judged: a number of years before a change may be the
# span of the pair (由2022年…到2024年) or of a longer review (五年来累计增长12.6% after 上年→今年)
def test_span_of_years_before_the_change_is_not_read_as_the_pairs():
    none(RULE, "全县粮食总产量由上年的42.6万吨增加到44.1万吨，增长3.5%，五年来累计增长12.6%。")
    none(RULE, "全年全市旅客发送量由上年的1250万人次增加到1380万人次，1—2月同比增长15.6%。")
    # a change of a number of years is still read (年限 in 年)
    one(RULE, "平均受教育年限由9.5年提高到10.2年，增长12.4%。")

def test_comparison_words_before_yu_are_found_as_the_two_character_search_finds_them():
    """_before finds 低于/高于 by 于 and the character before it; it gives every offset a search
    for the two-character words gives (at the start of the text too, and overlapping none)."""
    import random

    from factlint.checks.arithmetic._change import _before, _positions

    rnd = random.Random(3)
    for _ in range(5_000):
        text = "".join(rnd.choice("低高于于比较，、") for _ in range(rnd.randint(0, 20)))
        assert _before(text, "于", "低高") == _positions(text, ("低于", "高于")), text


# fresh34b held-out: the season or school year before (上一赛季的, 上一学年的) is a time, and 上一 no
# count of one
@pytest.mark.parametrize("before", ["上一赛季的", "上一学年的", "上一轮的", "上赛季的"])
def test_a_change_from_the_season_before(before):
    text = f"完赛人数由{before}1.82万人增至2.64万人，增长{{r}}%。"
    one(RULE, text.format(r="54.6"))  # 2.64 ÷ 1.82 − 1 = 45.05%
    assert findings(RULE, text.format(r="45.1")) == []


# fresh36a held-out: a completion rate between the amount and 比上年的…
@pytest.mark.parametrize("rate, fires", [("9.6", True), ("7.6", False)])  # 12.86 ÷ 11.95 − 1 = 7.6%
def test_an_amount_past_its_completion_rate(rate, fires):
    text = f"预计全年一般公共预算收入12.86亿元，完成年度预算的102.1%，比上年的11.95亿元增长{rate}%。"
    assert bool(findings(RULE, text)) is fires


# fresh37a held-out: a rate's own words between 由 and its figure (每人每月)
@pytest.mark.parametrize("rate, fires", [("7.5", True), ("6.5", False)])  # 163 ÷ 153 − 1 = 6.54%
def test_a_change_of_a_rate_per_head_and_month(rate, fires):
    text = f"城乡居民基本养老保险基础养老金最低标准由每人每月153元提高到163元，提高{rate}%。"
    assert bool(findings(RULE, text)) is fires


# fresh38a held-out: 上涨1.9%，涨幅比上年的0.8%扩大…: the rate named again after the comma is the after
# figure of the comparison
def test_rate_named_again_before_the_comparison():
    one("change-mismatch", "食品价格上涨1.9%，涨幅比上年的0.8%扩大0.9个百分点。")
    assert findings("change-mismatch", "食品价格上涨1.9%，涨幅比上年的0.8%扩大1.1个百分点。") == []


# fresh39b held-out (a clean document): 合计…，其中A、B，比上年的…增长r%: the comparison may be said of the
# whole before 其中; when the whole agrees, the last part listed is not judged
@pytest.mark.parametrize("sep", ["、", "和", "，"])  # (和 and ，: a review of earlier code)
def test_change_after_a_list_of_parts_said_of_the_whole(sep):
    text = "全年募集善款及物资合计1563.8万元，其中善款1208.6万元" + sep + "物资折价355.2万元，比上年的1386.5万元增长{r}。"
    assert findings("change-mismatch", text.format(r="12.8%")) == []
    one("change-mismatch", text.format(r="15.8%"))


# fresh40a held-out: after a comparison with a named base (增速比前三季度（8.6%）回落…), a change that names
# another base (比上年提高1.5个百分点) is not of that pair
def test_a_chained_change_with_another_base():
    text = "营业收入增长7.8%，增速比前三季度（8.6%）回落{d}个百分点，比上年提高1.5个百分点。"
    assert findings("change-mismatch", text.format(d="0.8")) == []
    one("change-mismatch", text.format(d="1.2"))


# a review of that reading: a chained change that names the same base again (比上年的…，同比增长;
# 较上年（…）…，同比增长) is still of the pair
@pytest.mark.parametrize("text", [
    "全年完成税收收入12.6亿元，比上年的11.8亿元增加0.8亿元，同比增长8.6%。",
    "接待游客1862万人次，较上年（1520万人次）增加342万人次，同比增长12.5%。",
    "城镇化率为63.5%，比上年（62.8%）提高0.7个百分点，较上年提高0.9个百分点。",
])
def test_a_chained_change_with_the_same_base(text):
    one("change-mismatch", text)


# fresh43b held-out: times written before the two figures of 由A到B — a month without its year
# (6月底的), an event (灾后的), now (目前的) and the year's expected figure (今年预计的)
@pytest.mark.parametrize("text, rule", [
    ("安置社区入住率由6月底的72.5%提高到目前的91.3%，提高了{c}。", "percentage-point"),
    ("鹊岭镇花椒产值由灾后的1860万元恢复到今年预计的4520万元，增长了{c}倍。", "change-mismatch"),
])
def test_times_before_the_figures_of_a_from_to_pair(text, rule):
    right, wrong = ("18.8个百分点", "18.8%") if rule == "percentage-point" else ("1.43", "1.8")
    assert findings(rule, text.format(c=right)) == []
    one(rule, text.format(c=wrong))


# fresh47a held-out: a price per unit before the earlier figure (由上年的每公斤86.4元提高到98.2元)
@pytest.mark.parametrize("rate, fires", [("13.7%", False), ("15.8%", True)])
def test_price_per_unit_before_the_earlier_figure(rate, fires):
    text = f"全县干毛茶平均收购价由上年的每公斤86.4元提高到98.2元，上涨{rate}。"
    assert bool(findings("change-mismatch", text)) is fires


# fresh47a held-out: 加快 is a verb of increase (增速…比上半年的5.1%加快了1.7%)
def test_jiakuai_is_an_increase():
    one("percentage-point", "前三季度进出口增速为6.8%，比上半年的5.1%加快了1.7%。")
    assert findings("percentage-point", "前三季度进出口增速为6.8%，比上半年的5.1%加快了1.7个百分点。") == []


# fresh48a held-out: a growth column whose header gives the unit (增长（%）), beside a third period
# column of another measure: the two columns of one measure are the pair
TABLE3 = """## 高新技术企业

| 区县 | 2023年高新技术企业（家） | 2022年高新技术企业（家） | 增长（%） | 2023年发明专利授权（件） |
| --- | ---: | ---: | ---: | ---: |
| 临渊区 | 486 | 412 | 18.0 | 1126 |
| 青岙区 | 352 | 305 | {g} | 864 |
"""


def test_table_growth_in_percent_by_its_header_beside_another_measure():
    (d,) = findings(RULE, TABLE3.format(g="13.4"), path="t.md")
    assert d.line == 6 and "实为增长15.41%" in d.message
    assert findings(RULE, TABLE3.format(g="15.4"), path="t.md") == []
    # (a growth header without a unit, and cells without one: not read as per cents)
    assert findings(RULE, TABLE3.format(g="13.4").replace("增长（%）", "增长"), path="t.md") == []


# a review of table growth columns: 年均增长 is a yearly average; a column of rates with a year
# (2022年增速（%）) is no level of the measure
@pytest.mark.parametrize("table", [
    "| 指标 | 2021年 | 2023年 | 年均增长（%） |\n|---|---|---|---|\n| 社会消费品零售总额（亿元） | 256.0 | 301.2 | 8.5 |\n",
    "| 指标 | 2023年 | 增长（%） | 2022年增速（%） |\n|---|---|---|---|\n| 社会消费品零售总额（亿元） | 301.2 | 5.1 | 12.0 |\n",
])
def test_table_columns_of_yearly_averages_and_of_rates(table):
    assert findings(RULE, "## 表\n\n" + table, path="t.md") == []


def test_measure_after_the_figure_before_bi():
    """本届86.4万人次的观众总量比上届的71.2万人次增长18.6%: the measure after the after figure, then 比
    (held-out phrasing, written blind)."""
    text = "本届86.4万人次的观众总量比上届的71.2万人次增长{v}%。"
    assert "21.35%" in one(RULE, text.format(v="18.6")).message
    none(RULE, text.format(v="21.3"))


# fresh56b held-out: a graduating class named by its year (2024届, 比2023届的) is a time
def test_classes_named_by_their_year():
    text = "学校2024届毕业生共5418人，比2023届的5126人增加292人，增长{v}%。"
    assert "5.70%" in one(RULE, text.format(v="6.7")).message
    assert findings(RULE, text.format(v="5.7")) == []


# a review: a measure stated at constant prices (地区生产总值) in an earlier part of the sentence,
# before a ；, does not make the next part's change one of constant prices
def test_constant_price_measure_past_a_semicolon():
    text = "地区生产总值由86.4亿元增加到172.8亿元；农村居民人均可支配收入由7825元增加到19562元，增长了{n}倍。"
    assert "1.50倍" in one(RULE, text.format(n="2.5")).message
    assert findings(RULE, text.format(n="1.5")) == []
    # in the statement's own part it still does
    assert findings(RULE, "农村居民收入较快增长；地区生产总值由86.4亿元增加到172.8亿元，增长了1.5倍。") == []


# a review: the base in brackets after the change (同比增长6.8%（上年为236.08亿元）); last year's rate in
# brackets (（上年为4.1%）) is no base
def test_base_in_brackets_after_the_change():
    text = "全市一般公共预算收入248.36亿元，同比增长{v}%（上年为236.08亿元）。"
    assert "5.20%" in one(RULE, text.format(v="6.8")).message
    assert findings(RULE, text.format(v="5.2")) == []
    assert findings(RULE, "全市一般公共预算收入248.36亿元，同比增长5.2%（上年为4.1%）。") == []


# a review: a completion rate of a plan (为年初预算381.56亿元的103.1%, 完成年度计划…的) is B over A
@pytest.mark.parametrize("text", [
    "全年一般公共预算收入386.42亿元，为年初预算381.56亿元的{v}%。",
    "全年完成固定资产投资386.42亿元，完成年度计划381.56亿元的{v}%。",
])
def test_completion_rate_of_a_plan(text):
    assert "101.27%" in one(RULE, text.format(v="103.1")).message
    assert findings(RULE, text.format(v="101.3")) == []


def test_a_share_of_a_plan_named_otherwise_is_left_alone():
    # (为…的 with words that name no plan or time: another whole, not this rule's)
    assert findings(RULE, "全年一般公共预算收入386.42亿元，为全省平均水平381.56亿元的103.1%。") == []


# fresh57a held-out: | 总产（万吨） | 上年总产（万吨） | 总产增减（%） |: the column named as the year
# before's but for 上年 is this year's
GRAIN = ("| 作物 | 总产（万吨） | 上年总产（万吨） | 总产增减（%） |\n|---|---|---|---|\n"
         "| 稻谷 | 16.35 | 15.98 | 2.3 |\n| 玉米 | 17.34 | 16.72 | {v} |\n| 大豆 | 2.10 | 2.05 | 2.4 |\n")


def test_table_this_years_column_named_without_the_year_word():
    d = one(RULE, GRAIN.format(v="7.3"), path="t.md")
    assert "3.71%" in d.message and "玉米" in d.message
    assert findings(RULE, GRAIN.format(v="3.7"), path="t.md") == []
    # another measure's column (播种面积) is no this year's of 上年总产
    other = GRAIN.replace("| 总产（万吨） |", "| 播种面积（万亩） |")
    assert findings(RULE, other.format(v="7.3"), path="t.md") == []


# fresh57b held-out: 加计扣除 (a tax deduction) is no 扣除 of a factor from the figures
def test_a_tax_deduction_is_no_deflated_figure():
    text = "全区享受研发费用加计扣除政策的企业扣除总额由2023年的2.35亿元增加到{b}亿元，实现翻一番。"
    assert "1.69倍" in one(RULE, text.format(b="3.96")).message
    assert findings(RULE, text.format(b="4.70")) == []
    # 扣除…因素后 still says the change is not of the figures written
    assert findings(RULE, "扣除留抵退税因素后，税收收入由2023年的2.35亿元增加到3.96亿元，实现翻一番。") == []


# fresh40-series held-out: 比上年的A增加C，增长x%: no after figure, but x% is C over A
def test_increase_and_rate_of_the_earlier_figure():
    text = "入住老人比上年的2816人增加398人，增长{v}%，机构养老需求持续释放。"
    d = one(RULE, text.format(v="15.2"))
    assert "14.13%" in d.message and "3214人" in d.message
    assert d.evidence["after"] == "3214" and d.evidence["increase"] == "398"
    assert findings(RULE, text.format(v="14.1")) == []
    # a decrease
    assert findings(RULE, "入住老人比上年的2816人减少398人，下降14.1%。") == []
    assert "14.13%" in one(RULE, "入住老人比上年的2816人减少398人，下降15.2%。").message


# review 27: the amount of the increase is no figure of the bracketed base's (比上年增加3.16亿元，增长13.1%（上年
# 为24.19亿元）); one stated change read against two pairs of figures is reported once, and not when
# one reading makes it right
def test_increase_amount_before_a_bracketed_base():
    text = "制造业减免税额27.35亿元，比上年增加3.16亿元，增长{v}%（上年为24.19亿元）。"
    assert findings(RULE, text.format(v="13.1")) == []
    assert len(findings(RULE, text.format(v="15.1"))) == 1
    assert findings(RULE, "制造业减免税额比上年增加3.16亿元，增长13.1%（上年为24.19亿元）。") == []


def test_what_was_added_against_a_stock_at_a_date():
    # (review 29: 新增床位215张 is the increase of the stock 上年末的4,745张, not the year's stock)
    assert findings(RULE, "全年全县新增床位215张，比上年末的4,745张增长4.5%。") == []


# fresh61a held-out: the span named again between the after figure and the change (两年间, 三年来)
@pytest.mark.parametrize("change, fires", [
    ("两年间翻了四番", True), ("两年间翻了两番", False), ("两年间增长了5倍", True), ("两年间增长了3倍", False),
    ("两年来增长300%", False), ("近两年来增长200%", True),
])
def test_the_span_named_before_the_change(change, fires):
    text = f"学员网店年销售额由2022年的486万元增加到2024年的1946万元，{change}。"
    assert bool(findings(RULE, text)) is fires


def test_an_annual_rate_after_the_span():
    text = "产值由2020年的120亿元增加到2023年的150亿元，三年来年均增长{}%。"
    assert findings(RULE, text.format("7.7")) == []
    assert one(RULE, text.format("9.7")).evidence


def test_a_span_that_is_not_the_pairs_is_another_change():
    # (the span read against the years of the pair: two years from 2022 to 2024, not three)
    assert findings(RULE, "年销售额由2022年的486万元增加到2024年的1946万元，三年来增长了5倍。") == []
    assert findings(RULE, "2022年销售额486万元，2024年达到1946万元，两年间增长了5倍。")
    assert findings(RULE, "2022年销售额486万元，2024年达到1946万元，三年间增长了5倍。") == []


def test_a_span_after_a_pair_with_one_year_is_read_against_the_texts_year():
    text = "年销售额由2022年的486万元增加到1946万元，两年间翻了四番。"
    assert findings(RULE, text)  # (the text's year unknown: the span is taken as said)
    assert findings(RULE, "2024年工作总结\n\n" + text)
    assert findings(RULE, "2025年工作总结\n\n" + text) == []  # (2022 to 2025 is three years)
    assert findings(RULE, "年销售额由上年的486万元增加到1946万元，两年间翻了四番。") == []


# review (a false alarm): a rate's row under 增长（%） may give its change in points (城镇化率 0.6)
@pytest.mark.parametrize("change, fires", [("0.6", False), ("0.9", False), ("1.6", True)])
def test_a_rate_row_may_give_its_change_in_points(change, fires):
    text = ("| 指标 | 2024年 | 2023年 | 增长（%） |\n|---|---|---|---|\n"
            f"| 常住人口（万人） | 612.4 | 609.2 | 0.5 |\n| 城镇化率（%） | 68.4 | 67.8 | {change} |\n")
    assert bool(findings(RULE, text, path="t.md")) is fires


# held-out (fresh65a, fresh66a): a cause said between the figure and its change (受…影响，)
@pytest.mark.parametrize("text, fires", [
    ("枫渡机场旅客发送量52.6万人次，受部分航线调整影响，同比下降6.3%（去年同期为58.9万人次）。", True),
    ("枫渡机场旅客发送量52.6万人次，受部分航线调整影响，同比下降10.7%（去年同期为58.9万人次）。", False),
    ("全县实现旅游收入9.64亿元，受价格下跌影响，比上年的11.38亿元下降12.3%。", True),
    ("全县实现旅游收入9.64亿元，受价格下跌影响，比上年的11.38亿元下降15.3%。", False),
    # (a cause of another figure's change: the clause after 影响 names its own subject)
    ("全县实现旅游收入9.64亿元，受价格下跌影响，门票收入比上年的11.38亿元下降12.3%。", False),
])
def test_a_cause_between_the_figure_and_its_change(text, fires):
    found = findings(RULE, text)
    assert bool(found) is fires, found
    if fires:
        assert "实为下降" in found[0].message


# held-out (fresh70b): | 1—11月累计 | 上年同期累计 | 累计同比增长（%） |: the current span and the year before's
@pytest.mark.parametrize("growth, fires", [("15.9", True), ("19.0", False)])
def test_a_table_of_a_span_and_the_same_span_a_year_before(growth, fires):
    text = ("| 行业 | 11月（亿元） | 1—11月累计（亿元） | 上年同期累计（亿元） | 累计同比增长（%） |\n"
            "|---|---:|---:|---:|---:|\n"
            f"| 电子信息 | 42.36 | 438.52 | 392.47 | 11.7 |\n| 新材料 | 12.47 | 128.96 | 108.35 | {growth} |\n")
    assert bool(findings(RULE, text, path="t.md")) is fires


# held-out (fresh72a): the span right before 翻 (两年翻了一番) between the pair and the multiple
@pytest.mark.parametrize("after, fires", [("386", True), ("184", False)])
def test_a_span_right_before_fan(after, fires):
    text = f"社区老年助餐点由2023年的92个增加到2025年的{after}个，两年翻了一番。"
    assert bool(findings(RULE, text)) is fires

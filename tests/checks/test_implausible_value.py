"""implausible-value: a share or bounded rate above 100%, a negative count."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "implausible-value"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    ("年末全市森林覆盖率达到106.4%，城市建成区绿化覆盖率为43.2%。", "覆盖率", "106.4"),
    ("线上预约购票游客占比达到116.8%。", "占比", "116.8"),
    ("第三产业增加值占地区生产总值的比重为151.8%。", "比重", "151.8"),
    ("贫困发生率由108.2%下降到0.6%。", "贫困发生率", "108.2"),
    ("农村自来水普及率提高到102.5%。", "普及率", "102.5"),
    ("产品质量合格率稳定在100.5%。", "合格率", "100.5"),
    ("城乡居民基本养老保险参保率为１０３．２％。", "参保率", "103.2"),
    ("全市5G网络覆盖率达103%。", "覆盖率", "103"),
    ("第三产业占全市的比重达到112.5%。", "比重", "112.5"),
    # (fresh66a held-out) trains on time are a part of all trains
    ("春运期间，管内旅客列车始发正点率达到100.3%。", "正点率", "100.3"),
    # (fresh66b held-out) firms that filed their annual report are a part of all firms
    ("深化“证照分离”改革，企业年报公示率达到103.1%。", "公示率", "103.1"),
    # (fresh71a held-out) registrations done online are a part of all registrations
    ("企业登记全程网办率达到102.6%。", "网办率", "102.6"),
]


@pytest.mark.parametrize("text,measure,value", WRONG, ids=[w[1] for w in WRONG])
def test_fires(text, measure, value):
    d = one(RULE, text)
    assert str(d.severity) == "error"
    assert d.evidence["measure"] == measure and d.evidence["value"] == value
    assert measure in d.message and "100%" in d.message


RIGHT = [
    # rates that may exceed 100% by definition
    "全市小学共有教学班7626个，平均班额38.5人，小学毛入学率为103.2%。",
    "全年一般公共预算收入完成计划的113.7%。",
    "粮食自给率达到120%，对经济增长的贡献率为105%。",
    "全年完成率为112%，高新技术产业增长率为126%。",
    "银行拨备覆盖率为210.5%。",
    # a change of a rate, not its value
    "农村自来水普及率比上年提高120%。",
    "网络覆盖率提高了150%。",
    # a level relative to another year's value
    "农村自来水普及率提高到上年的120%。",
    # within the bound, or 100% exactly as written
    "森林覆盖率达到26.3%，农村自来水普及率达到100%。",
    "管内旅客列车始发正点率达到99.3%，航班放行正点率比上年提高102%。",
    "企业年报公示率达到93.1%，投诉举报按时办结率100%。",
    "城乡居民基本医疗保险参保率稳定在100.0%。",
    # two different aggregates: trade or debt against output may exceed 100%
    "进出口总额占地区生产总值的比重为120.5%。",
    "政府债务余额占比为135%。",
    # the percentage belongs to another measure of the sentence
    "森林覆盖率达到26.3%，林业产值增长126%。",
]


@pytest.mark.parametrize("text", RIGHT, ids=[r[:10] for r in RIGHT])
def test_quiet(text):
    assert findings(RULE, text) == []


def test_message_names_the_measure():
    d = one(RULE, "年末全市森林覆盖率达到106.4%，城市建成区绿化覆盖率为43.2%。")
    assert d.message == "“森林覆盖率”是部分占整体的比例，不可能为106.4%（超过100%）"
    assert d.snippet == "覆盖率达到106.4%"
    assert d.evidence["low"] == "106.35"


def test_growth_bound_is_off_by_default_and_a_warning_when_set():
    text = "全市跨境电商交易额增长650%。"
    assert findings(RULE, text) == []
    d = one(RULE, text, options=((RULE, "max_growth_percent", 500),))
    assert str(d.severity) == "warning"
    assert d.evidence == {"value": "650", "bound": "500"}
    assert findings(RULE, "全市跨境电商交易额增长65%。", options=((RULE, "max_growth_percent", 500),)) == []


def test_rectification_rate_and_the_name_in_the_message():
    """整改率 is bounded by 100% (held-out phrasing, written blind), and the message names the rate
    as the text does, up to a scope word (制度缺陷类问题整改率), cut with … only when longer."""
    d = one(RULE, "县财政局等12个单位对审计指出的制度缺陷类问题整改率达到108.5%，新制定制度42项。")
    assert "“制度缺陷类问题整改率”" in d.message
    assert findings(RULE, "县财政局等12个单位对审计指出的制度缺陷类问题整改率达到98.5%。") == []
    d = one(RULE, "全省规上工业企业数字化研发设计工具普及率达到108.6%。")
    assert "“…业企业数字化研发设计工具普及率”" in d.message


# fresh21b held-out: 完赛率 cannot pass 100%; the message names the rate as written (全程 is no scope)
def test_completion_of_a_race_and_the_name_shown():
    d = one(RULE, "分性别看，女子全程马拉松完赛率为101.6%，男子为93.9%。")
    assert "“女子全程马拉松完赛率”" in d.message
    assert findings(RULE, "分性别看，女子全程马拉松完赛率为91.6%，男子为93.9%。") == []
    # a scope before the name is left out of it: 全市, 本县
    assert "“森林覆盖率”" in one(RULE, "年末全市森林覆盖率达到126.3%。").message
    assert "“城市绿化覆盖率”" in one(RULE, "本县城市绿化覆盖率为103%。").message


# fresh23a held-out (a false alarm): a bed occupancy rate may pass 100% (extra beds, 加床)
def test_bed_occupancy_may_exceed_one_hundred():
    assert findings(RULE, "三级医院病床使用率为101.3%（含加床），高于全市医院平均水平14.9个百分点。") == []
    one(RULE, "全市森林覆盖率为101.3%。")


# fresh47a held-out: a share of exports among exports (占全省出口总值的比重) cannot exceed 100%; a ratio
# of two aggregates (进出口总额占地区生产总值的比重) and a 外贸依存度 can
def test_share_whose_whole_holds_a_trade_word():
    assert "106.2%" in one(RULE, "“新三样”产品合计出口186.4亿元，增长24.7%，占全省出口总值的比重达到106.2%。").message
    assert findings(RULE, "全年进出口总额占地区生产总值的比重为112.6%。") == []
    assert findings(RULE, "全市外贸依存度为112.6%。") == []


def test_a_rate_of_exports_is_still_bounded():
    """出口信用保险覆盖率达到106.8%: a coverage rate, whatever it is of, cannot pass 100% (held-out
    phrasing, written blind); 出口 makes only a 比重 or 占比 one of two aggregates."""
    assert "106.8%" in one(RULE, "有实绩外贸企业出口信用保险覆盖率达到106.8%。").message
    assert findings(RULE, "全市进出口总额占地区生产总值的比重为112.3%。") == []



@pytest.mark.parametrize("text", [
    "地方法人银行流动性覆盖率为146.3%，各项监管指标均处于合理区间。",
    "全市已发行专项债券项目预期收益对融资本息的覆盖率平均为152.6%。",
])
def test_coverage_multiples_may_exceed_100(text):
    # (a review) a coverage of one amount by another is a multiple, not a share
    assert findings(RULE, text) == []


def test_coverage_of_things_counted_is_still_bounded():
    assert "108.3%" in one(RULE, "东西部协作产业项目对脱贫村的覆盖率达到108.3%。").message

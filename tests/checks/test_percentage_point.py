"""percentage-point: the difference between two rates is written with % instead of 个百分点."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "percentage-point"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    ("常住人口城镇化率由61.8%提高到63.1%，提高了1.3%。", "提高了1.3个百分点"),
    ("全县规模以上工业产能利用率为78.6%，比上年的75.2%提高了3.4%。", "提高了3.4个百分点"),
    ("城镇调查失业率由5.6%下降到5.1%，下降0.5%。", "下降0.5个百分点"),
    ("全市森林覆盖率由42.15%提高到43.02%，提高0.87%。", "提高0.87个百分点"),
    ("城镇调查失业率为5.1%，比上年的5.4%下降了0.3%。", "下降了0.3个百分点"),
    ("城镇化率由64.2%上升至66.5%，上升2.3%。", "上升2.3个百分点"),
]


@pytest.mark.parametrize("text,suggest", WRONG, ids=[w[0][:12] for w in WRONG])
def test_fires_on_difference_written_with_percent(text, suggest):
    d = one(RULE, text)
    assert str(d.severity) == "warning"
    assert f"应写作“{suggest}”" in d.message, d.message
    assert d.evidence["suggestion"] == suggest
    assert len(d.related) == 2


def test_message_and_evidence():
    d = one(RULE, "常住人口城镇化率由61.8%提高到63.1%，提高了1.3%。")
    assert d.message == "由61.8%到63.1%相差1.3个百分点（相对变化为2.10%），“提高了1.3%”应写作“提高了1.3个百分点”"
    assert d.snippet == "提高了1.3%"
    ev = d.evidence
    assert ev["difference_points"] == "1.3" and ev["difference_low"] == "1.2" and ev["difference_high"] == "1.4"
    assert ev["relative_percent"] == "2.10356"


RIGHT = [
    # correct 个百分点
    "全社会研发经费投入强度由2.34%提高到2.46%，提高0.12个百分点。",
    "城镇调查失业率为5.1%，比上年下降0.3个百分点。",
    "全市星级酒店平均入住率达到87.3%，较去年同期提高4.6个百分点。",
    # a correct relative change between two rates
    "优良天数比例由50%提高到60%，提高20%。",
    # neither the difference nor the relative change: change-mismatch reports it, not this rule
    "常住人口城镇化率由61.8%提高到63.1%，提高了5%。",
    # no before figure: the reader cannot tell a relative change from a difference
    "常住人口城镇化率提高了1.3%。",
    "城镇调查失业率为5.1%，比上年下降0.3%。",
    # rates of growth, not a level and its change
    "全市地区生产总值增长5.8%，其中第二产业增长6.2%。",
    # a level reached, not a change
    "城镇化率由61.8%提高到63.1%。",
]


@pytest.mark.parametrize("text", RIGHT, ids=[r[:12] for r in RIGHT])
def test_quiet(text):
    assert findings(RULE, text) == []


def test_only_percentage_point_fires_when_both_rules_run():
    text = "全县规模以上工业产能利用率为78.6%，比上年的75.2%提高了3.4%。"
    assert [d.rule for d in findings(("percentage-point", "change-mismatch"), text)] == ["percentage-point"]


def test_table_column_of_rate_changes():
    text = (
        "| 指标 | 上年 | 本年 | 增减 |\n|---|---|---|---|\n"
        "| 过夜游客占比 | 38.2% | 41.5% | 3.3% |\n| 入住率 | 80.0% | 87.3% | 7.3个百分点 |\n"
    )
    d = one(RULE, text, path="t.md")
    assert d.line == 3 and d.evidence["suggestion"] == "3.3个百分点"
    assert d.message.startswith("过夜游客占比由38.2%到41.5%相差3.3个百分点")


def test_share_of_a_value_added_measure():
    """A rate's own change is not a matter of constant prices: the 增加值 in the sentence does not
    hide a difference of rates written with %."""
    d = one(RULE, "第三产业增加值占地区生产总值的比重由48.7%上升到49.9%，上升1.2%。")
    assert "1.2个百分点" in d.message
    assert findings(RULE, "第三产业增加值占地区生产总值的比重由48.7%上升到49.9%，上升1.2个百分点。") == []


def test_gaochu_between_two_rates():
    """比2020年的58.3%高出6.2%: 高出 states a change as 提高 does (held-out phrasing, written blind)."""
    d = one(RULE, "结对地区农村劳动力转移就业率达到64.5%，比2020年的58.3%高出6.2%。")
    assert "6.2个百分点" in d.message
    assert findings(RULE, "结对地区农村劳动力转移就业率达到64.5%，比2020年的58.3%高出6.2个百分点。") == []


def test_rate_of_the_last_session():
    """完赛率由上届的93.6%提高到96.2%，提高了2.6%: 上届 is a period (held-out phrasing, written blind)."""
    assert one(RULE, "选手完赛率由上届的93.6%提高到96.2%，提高了2.6%。")
    assert findings(RULE, "选手完赛率由上届的93.6%提高到96.2%，提高了2.6个百分点。") == []


def test_rate_before_the_work_done():
    """居民满意度由改造前的86.5%提升至92.1%，提高了5.6%: 改造前 names the earlier time (held-out phrasing,
    written blind)."""
    assert one(RULE, "已完工小区居民满意度由改造前的86.5%提升至92.1%，提高了5.6%。")
    assert findings(RULE, "已完工小区居民满意度由改造前的86.5%提升至92.1%，提高了5.6个百分点。") == []


# fresh21b held-out: 低于上年的5.4%，下降了0.3%
def test_rate_lower_than_the_year_before():
    text = "全年城镇调查失业率平均为5.1%，低于上年的5.4%，下降了0.3%。"
    d = one(RULE, text)
    assert "0.3个百分点" in d.message
    assert findings(RULE, text.replace("下降了0.3%", "下降了0.3个百分点")) == []


MULTIPLES = ("全市城镇化率由61.8%提高到63.1%，提高了1.3%。出口额由12亿元增长到36亿元，增长了2倍。"
             "进口额由10亿元增长到30亿元，增长2倍，占比由5.2%提高到6.0%，提高0.8%。"
             "利用外资为3.2亿元，是上年的1.6倍，增长60%。")


def test_same_findings_whatever_change_mismatch_reads_multiples_as():
    """The rule reads the change statements change-mismatch builds by default (strict multiples):
    its findings do not depend on that setting, alone or run with change-mismatch either way."""
    alone = [(d.start, d.end, d.message) for d in findings(RULE, MULTIPLES)]
    assert alone
    for strict in (True, False):
        both = findings((RULE, "change-mismatch"), MULTIPLES,
                        options=(("change-mismatch", "strict_multiples", strict),))
        assert [(d.start, d.end, d.message) for d in both if d.rule == RULE] == alone


def test_strictness_changes_no_relative_statement():
    """What the shared list rests on: strict and lax readings of multiples give the same
    statements, apart from ``also_ratio`` of "plus" changes."""
    from factlint.checks.arithmetic import _change as C
    from factlint.documents import plain_document

    lint = __import__("_support").linter(RULE)
    keys = []
    for strict in (True, False):
        ctx = lint.context(plain_document("t.txt", MULTIPLES))
        keys.append([(s.before.start, s.after.start, s.change.mode, s.change.start, s.change.low, s.change.high,
                      s.derived_from is None) for s in C.statements(ctx, strict_multiples=strict)])
    assert keys[0] == keys[1] and keys[0]


# fresh38a held-out: the rate named again after the comma (食品价格上涨1.9%，涨幅比上年的0.8%扩大1.1%):
# its change from the year before is one of points
def test_rate_named_again_before_the_comparison():
    d = one(RULE, "食品烟酒类中，食品价格上涨1.9%，涨幅比上年的0.8%扩大1.1%。")
    assert d.evidence["before"] == "0.8" and d.evidence["after"] == "1.9"
    assert findings(RULE, "食品烟酒类中，食品价格上涨1.9%，涨幅比上年的0.8%扩大1.1个百分点。") == []
    # (only after a percentage: 增加值100亿元，增速比… compares a rate not stated here, which is
    # no pair with 100.0亿元; the growth rate changed by a % is still reported, against 6.5% alone)
    d = one(RULE, "增加值100.0亿元，增速比上年的6.5%扩大1.7%。")
    assert "after" not in d.evidence and d.evidence["after_if_points"] == "8.2"


# a growth rate compared with an earlier rate whose own value is not stated: the change is in points
GROWTH_WRONG = [
    ("前三季度进出口增速比上半年的5.1%加快了1.7%，外贸回稳向好的势头进一步巩固。", "加快了1.7个百分点", "6.8"),
    ("全市社会消费品零售总额降幅较一季度的3.2%收窄1.1%。", "收窄1.1个百分点", "2.1"),
]


@pytest.mark.parametrize("text,suggest,after", GROWTH_WRONG, ids=[w[1] for w in GROWTH_WRONG])
def test_fires_on_a_growth_rate_changed_by_a_percent(text, suggest, after):
    d = one(RULE, text)
    assert f"应写作“{suggest}”" in d.message and f"为{after}%" in d.message, d.message
    assert d.evidence["suggestion"] == suggest and d.evidence["after_if_points"] == after
    assert len(d.related) == 1


def test_growth_rate_message_names_the_rates():
    d = one(RULE, "前三季度进出口增速比上半年的5.1%加快了1.7%。")
    assert d.message == ("增速比上半年的5.1%加快了1.7%：增速之差以百分点计（5.1%+1.7个百分点为6.8%），"
                         "应写作“加快了1.7个百分点”")
    assert d.evidence["after_if_relative"] == "5.19"


GROWTH_RIGHT = [
    "前三季度进出口增速比上半年的5.1%加快了1.7个百分点。",
    "前三季度进出口增长6.8%，增速比上半年加快1.7个百分点。",
    "全年营业收入比上年的5.1亿元增长了1.7%。",
    "增速比全省平均水平的5.1%高1.7个百分点。",
]


@pytest.mark.parametrize("text", GROWTH_RIGHT, ids=range(len(GROWTH_RIGHT)))
def test_quiet_on_growth_rates_changed_by_points(text):
    assert findings(RULE, text) == []


def test_a_stated_rate_pair_is_reported_once():
    d = one(RULE, "前三季度进出口增长6.8%，增速比上半年的5.1%加快了1.7%。")
    assert "由5.1%到6.8%" in d.message


def test_a_month_named_with_fen():
    """城镇调查失业率为5.0%，比3月份的5.3%下降了0.3%: 3月份 is a time, as 3月 is (held-out phrasing,
    written blind)."""
    d = one(RULE, "6月份，全省城镇调查失业率为5.0%，比3月份的5.3%下降了0.3%。")
    assert "0.3个百分点" in d.message
    assert findings(RULE, "6月份，全省城镇调查失业率为5.0%，比3月份的5.3%下降了0.3个百分点。") == []


# fresh56b held-out: the share's own name after the comma (…的63.3%，比重较上年同期的61.2%提高了2.1%)
def test_share_named_again_before_its_comparison():
    text = "一般贸易进出口2207.4亿元，增长10.9%，占全省外贸总值的63.3%，比重较上年同期的61.2%提高了2.1{u}。"
    assert "2.1个百分点" in one(RULE, text.format(u="%")).message
    assert findings(RULE, text.format(u="个百分点")) == []

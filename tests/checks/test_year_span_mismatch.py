"""year-span-mismatch: a span of years disagrees with its stated length."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, corpus_texts, findings, none, one

RULE = "year-span-mismatch"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text",
    [
        "2019年至2023年的六年间，全市累计完成固定资产投资1.28万亿元。",
        "2016年至2020年的七年间，全县累计脱贫3.2万人。",
        "2016—2020年七年间，全县累计脱贫3.2万人。",
        "从2013年到2023年这十五年里，全市面貌焕然一新。",
        "一九五三年到一九五七年的八年中，工业总产值大幅增长。",
    ],
)
def test_wrong_span_fires(text):
    d = one(RULE, text)
    assert d.evidence["inclusive"] and d.evidence["stated"]


def test_message_and_evidence():
    d = one(RULE, "2019年至2023年的六年间，全市累计完成固定资产投资1.28万亿元。")
    assert d.evidence == {"from": "2019", "to": "2023", "inclusive": "5", "difference": "4", "stated": "6"}
    assert "2019年至2023年共5年" in d.message and "六年间" in d.message


@pytest.mark.parametrize(
    "text",
    [
        "2016年至2020年的五年间，全县累计脱贫3.2万人。",
        # the difference is accepted too (改革开放40年)
        "1978年至2018年的40年间，我国经济总量跃居世界第二。",
        # verbatim from the corpus
        "一九五三年到一九八○年的二十八年中，国家对农业的投资逐年增加。",
        "1965年到1976年11年中，农业劳动生产率基本没有提高。",
        "1958年到1978年的二十年中，人民生活改善不多。",
        "一九八一年至一九八五年的五年中，国民收入平均每年增长百分之九点七。",
        # approximate counts are not judged
        "2013年至2023年的近十年间，全市森林覆盖率持续提高。",
        "2000年至2023年的二十多年间，全市森林覆盖率持续提高。",
    ],
)
def test_right_span_is_silent(text):
    none(RULE, text)


def test_since_counts_to_the_year_of_the_text():
    text = "2016年以来，全县坚持生态立县，十年来累计完成植树造林12.6万亩。"
    none(RULE, text)  # no year of the text: quiet
    d = one(RULE, text, year=2023)
    assert d.evidence["from"] == "2016" and d.evidence["stated"] == "10"
    none(RULE, "2014年以来，全县坚持生态立县，十年来累计完成植树造林12.6万亩。", year=2024)
    # Y−X+1 is accepted as well, and the year before the text's year (a review of last year)
    none(RULE, "2016年以来，全县坚持生态立县，八年来累计完成植树造林12.6万亩。", year=2023)
    none(RULE, "2013年以来，全市坚持创新驱动，十年来研发投入持续增长。", year=2024)
    # the title and 落款 give the years: 2023 report signed in January 2024
    doc = ("安澜县人民政府关于2023年度工作情况的报告\n\n"
           "2016年以来，全县坚持生态立县，十年来累计完成植树造林12.6万亩。\n\n"
           "安澜县人民政府\n\n二〇二四年一月三日\n")
    assert findings(RULE, doc)


def test_since_only_as_a_frame_of_its_own():
    # "2007年以来同期最好水平" compares; 30年来 in another clause is another span (corpus, 2025)
    none(RULE, "总磷浓度达到2007年以来同期最好水平，湖体平均水质30年来首次达Ⅲ类。", year=2025)
    # another year between them: not judged
    none(RULE, "2012年以来，特别是2018年机构改革后，五年来全市新增市场主体10万户。", year=2024)
    # 近十年来 is approximate
    none(RULE, "2010年以来，全县坚持生态立县，近十年来累计完成植树造林12.6万亩。", year=2024)


def test_corpus_is_quiet():
    for name, text in corpus_texts():
        assert not findings(RULE, text, path=name), name


def test_more_phrasings():
    # 这N年 / 的N年 ending the phrase
    assert findings(RULE, "2016—2020年这七年，全县累计脱贫3.2万人。")
    none(RULE, "2016—2020年这五年，全县累计脱贫3.2万人。")
    none(RULE, "2016年至2020年的五年规划纲要。")  # not a count of the span
    # 自X年…以来，
    assert findings(RULE, "自2016年实施生态立县战略以来，十年来全县累计完成植树造林12.6万亩。", year=2023)
    none(RULE, "自2016年实施生态立县战略以来，七年来全县累计完成植树造林12.6万亩。", year=2023)


def test_range_that_frames_its_sentence():
    assert findings(RULE, "2019年至2023年，全市地区生产总值年均增长6.1%，六年间累计完成投资1.2万亿元。")
    none(RULE, "2019年至2023年，全市地区生产总值年均增长6.1%，五年间累计完成投资1.2万亿元。")
    # a count of years in between (三年行动) or a range inside the sentence: not tied
    none(RULE, "2019年至2023年，全市实施两轮三年行动，六年间累计完成投资1.2万亿元。")
    none(RULE, "全市在2019年至2023年，累计完成投资1.2万亿元，六年间面貌一新。")


def test_start_year_with_qi_frames_like_since():
    # "2012年起，…N年来" / "从2012年开始，…" read like "2012年以来"
    d = one(RULE, "2012年起，鹤汀市就与凉山州开展劳务协作，十五年来累计组织务工人员2.3万人次。", year=2024)
    assert d.evidence["from"] == "2012" and d.evidence["stated"] == "15" and "2012年起" in d.message
    none(RULE, "2012年起，鹤汀市就与凉山州开展劳务协作，十二年来累计组织务工人员2.3万人次。", year=2024)
    one(RULE, "从2014年开始，全县持续推进生态修复，五年来累计造林8万亩。", year=2024)
    # 起 without a comma is not a frame (2020年起实施的三年行动)
    none(RULE, "2020年起实施的三年行动，五年来成效明显。", year=2024)


@pytest.mark.parametrize(
    "text",
    [
        "霁山水库除险加固工程2019年开工，2024年建成，历时八年。",
        "该工程2010年动工，2015年竣工，前后历时三年。",
        "从1998年启动到2005年完成，历经两年。",
    ],
)
def test_elapsed_time_between_two_years_fires(text):
    d = one(RULE, text)
    assert int(d.evidence["stated"]) not in {int(d.evidence["difference"]), int(d.evidence["inclusive"])}


@pytest.mark.parametrize(
    "text",
    [
        "霁山水库除险加固工程2019年开工，2024年建成，历时五年。",
        "霁山水库除险加固工程2019年开工，2024年建成，历时六年。",
        "大桥2019年12月开工，2024年1月通车，历时四年。",  # a little over four years
        "大桥2019年开工，2024年通车，历时近五年。",  # approximate
        "大桥2019年开工，2024年通车，历时五年多。",
        "工程2019年开工，历时三年。",  # one year only: nothing to compare
        "工程2015年规划，2019年开工，2024年建成，历时九年。",  # three years: the tie is unclear
        "历时两年研究制定的国家中长期科技发展规划纲要正式发布。",
    ],
)
def test_elapsed_time_right_or_unclear_is_silent(text):
    none(RULE, text)


def test_zhijin_frames_like_since():
    # "2016年至今" is not the start of a range: its count is checked like 以来
    d = one(RULE, "2016年至今，全县累计减贫3万人，十二年来从未间断。", year=2024)
    assert d.evidence["from"] == "2016" and "2016年至今" in d.message
    none(RULE, "2016年至今，全县累计减贫3万人，八年来从未间断。", year=2024)


def test_short_phrase_between_the_range_and_the_count():
    # 2016年至2020年脱贫攻坚的N年间: a short phrase of no figures before 的
    one(RULE, "回顾2016年至2020年脱贫攻坚的六年间，4县累计减少贫困人口31.6万人。")
    none(RULE, "回顾2016年至2020年脱贫攻坚的五年间，4县累计减少贫困人口31.6万人。")
    none(RULE, "2019年至2023年实施的三年行动中，全市新建学校12所。")


@pytest.mark.parametrize("text, fires", [
    ("2016至\u30002020年的六年间，全县累计投资。", True),
    ("2016～2020年这六年里，全县累计投资。", True),
    ("二〇一六—二〇二〇年的六年间，全县累计投资。", True),
    ("2016—\n2020年的六年间，全县累计投资。", False),  # a range is not read across lines
])
def test_range_without_first_year_mark(text, fires):
    assert bool(findings(RULE, text)) == fires, text


@pytest.mark.parametrize("gap, fires", [("一二三四五六七八九十一二", True), ("一二三四五六七八九十一二三四五六七八九十", True),
                                       ("一二三四五六七八九十一二三四五六七八九十一", False)])
def test_frame_event_up_to_20_characters_before_yilai(gap, fires):
    text = "2024年工作报告\n自2016年" + gap + "以来，全县十年来累计投资。"
    assert bool(findings(RULE, text)) == fires, text


def test_a_text_dated_late_in_its_year_counts_to_that_year():
    """自2016年开展对口支援以来，这八年来… in a summary signed 2025年12月26日: the span runs to 2025
    only (9 or 10 years), not to the year before (held-out phrasing, written blind)."""
    text = "对口支援工作总结\n\n自2016年开展对口支援以来，这{n}年来先后选派干部1086名次。\n\n泓川市对口支援工作领导小组办公室\n\n2025年12月26日\n"
    d = one(RULE, text.format(n="八"))
    assert d.evidence["to"] == ["2025"] and d.evidence["accepted"] == ["10", "9"]
    assert findings(RULE, text.format(n="九")) == []
    # a text dated early in the year may look back on the year before: 8 years to 2024 is accepted
    assert findings(RULE, text.replace("12月26日", "1月26日").format(n="八")) == []


# fresh24b held-out: 一年来 in a summary signed late in its own year looks back on that year only
def test_summary_signed_in_december_speaks_of_its_own_year():
    text = ("政协漱砚市委员会2025年工作总结\n\n一年来，市政协常委会各项工作取得新进展。\n\n"
            "自2019年首批委员工作室挂牌以来，五年来全市累计建成委员工作室73个。\n\n"
            "政协漱砚市委员会办公室\n\n二〇二五年十二月二十六日\n")
    d = one(RULE, text)
    assert "五年来" in d.message
    assert findings(RULE, text.replace("五年来", "六年来")) == []
    # signed in January: the report may look back on the year before (2024 - 2019 = 5)
    assert findings(RULE, text.replace("二〇二五年十二月二十六日", "二〇二六年一月八日")) == []


# fresh29b held-out: a summary of 2025 and plan for 2026, signed in December 2025
def test_span_runs_no_later_than_the_year_the_text_is_signed():
    """自2012年…以来，十五年来 in 2025年工作总结和2026年工作安排 signed 二〇二五年十二月二十六日: the
    title names 2026, but the years since 2012 are counted to 2025 at most (12, 13 or 14)."""
    text = ("榆川市卫生健康委员会2025年工作总结和2026年工作安排\n\n一年来，全市卫生健康工作取得新进展。\n\n"
            "自2012年启动区域医疗中心建设以来，{n}年来我市先后引进合作项目23个。\n\n"
            "榆川市卫生健康委员会\n\n二〇二五年十二月二十六日\n")
    d = one(RULE, text.format(n="十五"))
    assert "2026" not in d.evidence["to"] and "15" not in d.evidence["accepted"]
    for n in ("十二", "十三", "十四"):
        assert findings(RULE, text.format(n=n)) == []
    # signed in January 2026, the text may count to 2026 (14 or 15 years)
    assert findings(RULE, text.replace("二〇二五年十二月二十六日", "二〇二六年一月八日").format(n="十五")) == []


# a longer event after 自 was read until a review found frames it breaks (withdrawn then); read again
# since the eighth session with those frames told apart: N年来 of a plan (“十四五”五年来), and a span
# the sentence ends itself (到2020年底，), which is counted to that year
@pytest.mark.parametrize("text", [
    "临溪县2025年工作总结\n\n自2016年实施生态立县战略以来，“十四五”五年来森林覆盖率提高3.2个百分点。\n",
    "临溪县2025年工作总结\n\n到2020年底，自2015年实施茶旅兴县战略以来，五年来新增茶园6.8万亩。\n",
    "临溪县2025年工作总结\n\n自2016年县委、县政府实施“生态立县”战略以来，“十四五”五年来森林覆盖率提高3.2个百分点。\n",
    "临溪县2025年工作总结\n\n到2020年底，自2015年县委、县政府实施“茶旅兴县”战略以来，五年来新增茶园6.8万亩。\n",
])
def test_a_long_event_opens_no_frame(text):
    assert findings(RULE, text) == []


def test_a_span_the_sentence_ends_is_counted_to_that_year():
    d = one(RULE, "临溪县2025年工作总结\n\n到2020年底，自2015年县委、县政府实施“茶旅兴县”战略以来，八年来新增茶园6.8万亩。\n")
    assert d.evidence["to"] == ["2020"] and d.evidence["accepted"] == ["5", "6"]


# fresh48b held-out: an event of 16 characters between the year and 以来 frames the sentence
def test_a_long_event_before_since_frames_the_count():
    head = "澄溪区人民政府关于2025年度法治政府建设情况的报告\n\n自2018年启动民主法治示范村（社区）创建以来，"
    d = one(RULE, head + "五年来全区累计建成省级民主法治示范村（社区）14个。")
    assert d.evidence["from"] == "2018" and d.evidence["stated"] == "5"
    assert findings(RULE, head + "七年来全区累计建成省级民主法治示范村（社区）14个。") == []


# a review of the long-event reading: N年来 with a start of its own (建区, 建院, 建县) or a record
# counted back from now (十年来的首次, 四十年来最低) is not the span since the year before 以来
@pytest.mark.parametrize("text", [
    "自2021年区档案馆新馆启用以来，累计接收进馆档案12680卷，其中包括建区三十年来形成的城建档案3260卷。",
    "自2020年迁入新院区以来，市人民医院年门诊量屡创建院七十年来新高。",
    "自2021年实施三孩生育政策以来，全市出生人口实现了十年来的首次回升，全年出生4.12万人。",
    "自2019年桐溪高铁站建成通车以来，县城迎来了建县六十年来规模最大的人口回流。",
    "自2020年实施退耕还湿以来，湖区水位降至四十年来最低后逐步回升。",
])
def test_years_counted_from_elsewhere_are_not_the_span(text):
    assert findings(RULE, "青溪区2023年政府工作报告\n\n" + text + "\n") == []


def test_the_span_is_still_checked_beside_those_anchors():
    d = one(RULE, "青溪区2023年政府工作报告\n\n自2018年被确定为全国公立医院综合改革示范城市以来，三年来医疗服务收入占比逐年提高。\n")
    assert d.evidence["from"] == "2018" and d.evidence["stated"] == "3"


def test_work_report_at_the_end_of_its_year():
    """A 全会 工作报告 dated 二〇二五年十二月二十六日 speaks of 2025: 2021年以来…三年来 is wrong (held-out
    phrasing, written blind); one of early in the year may review the year before."""
    text = ("在中国共产党蔺塘市委员会全体会议上的工作报告\n\n（{date}）\n\n"
            "2021年以来，我们坚定不移推进制造强市战略，{n}年来累计新增规模以上工业企业412家。\n")
    assert "三年来" in one(RULE, text.format(date="二〇二五年十二月二十六日", n="三")).message
    none(RULE, text.format(date="二〇二五年十二月二十六日", n="四"))
    none(RULE, text.format(date="二〇二五年一月十日", n="三"))

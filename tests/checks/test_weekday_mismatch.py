"""weekday-mismatch: a date and the weekday written with it disagree."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, findings, none, one

RULE = "weekday-mismatch"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text, computed",
    [
        ("2023年3月5日（星期一），全县工作会议召开。", "星期日"),
        ("县第十九届人民代表大会第三次会议将于2024年1月8日（星期二）开幕。", "星期一"),
        ("2024年5月3日（星期四），市文旅局开展假日市场专项检查。", "星期五"),
        ("2024年5月3日(周四)上午召开会议。", "周五"),
        ("2024年5月3日 礼拜四 上午召开会议。", "礼拜五"),
        ("二〇二四年一月八日（星期二）", "星期一"),
        ("２０２４年１月８日（星期二）", "星期一"),
        ("会议定于2024-01-08（星期二）召开。", "星期一"),
        ("2024年1月16日，星期一，青禾县统计局召开新闻发布会。", "星期二"),
    ],
)
def test_wrong_weekday_fires(text, computed):
    d = one(RULE, text)
    assert computed in d.message
    assert d.evidence["stated_weekday"]
    assert d.severity == "error"


def test_evidence_names_the_computed_weekday():
    d = one(RULE, "2023年3月5日（星期一），全县工作会议召开。")
    assert d.evidence["computed"] == {"2023": "星期日"}
    assert d.evidence["year_from"] == "written"
    assert "2023年3月5日是星期日" in d.message


@pytest.mark.parametrize(
    "text",
    [
        "2023年3月5日（星期日），全县工作会议召开。",
        "2024年5月6日（星期一），桐岭市文化和旅游局发布“五一”假期文旅市场数据。",
        "2023年12月26日（星期二），全县高质量发展推进大会召开。",
        "2024年2月29日（星期四）",
        "2024-01-08（星期一）",
        "二〇二四年一月八日（周一）",
        "1949年10月1日（星期六），中华人民共和国中央人民政府成立。",
        # a weekday word that is not a weekday of the date
        "2024年5月6日周边景区客流平稳。",
        # weekdays of a range, written after its last day
        "2024年5月1日—5月5日（周三至周日）",
        "2024年5月1日至5月5日（星期三—星期日）",
    ],
)
def test_right_weekday_is_silent(text):
    none(RULE, text)


def test_year_of_an_earlier_date_in_the_sentence():
    # 5月5日 takes 2024 from the full date before it: 2024-05-05 was a Sunday
    none(RULE, "2024年5月1日（星期三）至5月5日（星期日），全市接待游客312.6万人次。")
    d = one(RULE, "2024年5月1日（星期三）至5月5日（星期六），全市接待游客312.6万人次。")
    assert "2024年5月5日是星期日" in d.message
    assert d.evidence["year_from"] == "sentence"


def test_date_without_a_year_needs_the_year_of_the_text():
    # no year anywhere: quiet
    none(RULE, "5月6日（星期二），市文旅局召开会议。")
    # the text speaks of 2024 (--year): 5月6日 was a Monday in 2024 and a Saturday in 2023
    d = findings(RULE, "5月6日（星期二），市文旅局召开会议。", year=2024)
    assert len(d) == 1 and "2024" in d[0].message and "2023" in d[0].message
    # right in 2023 (the year before the text's year) is accepted: a January report looks back
    none(RULE, "5月6日（星期六），市文旅局召开会议。", year=2024)


def test_lunar_dates_are_skipped():
    none(RULE, "农历八月十五日（星期一）是中秋节。")


def test_invalid_dates_are_left_to_invalid_date():
    none(RULE, "2023年2月29日（星期三）")


def test_weekday_after_a_note_in_the_brackets():
    # 2024-02-10 was a Saturday: the lunar date or festival in the brackets is a note
    d = one(RULE, "2024年2月10日（农历正月初一，星期日），全县举办迎春活动。")
    assert "2024年2月10日是星期六" in d.message
    none(RULE, "2024年2月10日（农历正月初一，星期六），全县举办迎春活动。")
    one(RULE, "2025年2月12日（元宵节，周四），鹭湖灯会开放。")
    none(RULE, "2025年2月12日（元宵节，周三），鹭湖灯会开放。")
    # a note with figures, or a span of weekdays, is not read
    none(RULE, "2024年3月5日（会期三天，周一至周三）。")
    none(RULE, "2024年3月5日（第2次会议，星期一）。")


def test_year_of_an_earlier_full_date_of_the_same_month():
    # a news dateline's 2025年5月1日 … then 5月5日 in a later paragraph: 2025-05-05 was a Monday
    # (and a Sunday in 2024, so the text's year and the year before alone cannot decide)
    head = "本报讯 2025年5月1日（星期四）至5日，全市接待游客186.4万人次，比2019年同期增长12%。\n\n"
    d = one(RULE, head + "5月5日（星期日）是假期最后一天。")
    assert "2025年5月5日是星期一" in d.message and d.evidence["year_from"] == "document"
    none(RULE, head + "5月5日（星期一）是假期最后一天。")
    # a date of another year in between, or another year earlier in its paragraph: not that year
    none(RULE, head + "2024年5月3日召开了筹备会。\n\n5月5日（星期日）是假期最后一天。")
    none(RULE, head + "2024年的假期中，5月5日（星期日）是最后一天。")
    # an earlier day of the same month (5月1日 after a dateline of 5月6日) is in the same year too:
    # 2025-05-01 was a Thursday (a Wednesday in 2024, so the text's years alone cannot decide)
    d = one(RULE, "2025年5月6日电\n\n5月1日（星期三）起，全市开展促消费活动。")
    assert "2025年5月1日是星期四" in d.message and d.evidence["year_from"] == "document"
    none(RULE, "2025年5月6日电\n\n5月1日（星期四）起，全市开展促消费活动。")
    # …unless a word just before it names another year
    none(RULE, "2025年5月6日电\n\n去年5月1日（星期三）起，全市开展促消费活动。")
    none(RULE, "2025年5月6日电\n\n与上年同期5月1日（星期三）相比，客流增长12%。")


FESTIVAL = ("漳岚金秋文化旅游节侧记\n\n9月26日（星期五）晚，文旅节开幕。今年恰逢新中国成立76周年。\n\n"
            "本届文旅节自9月26日持续至10月8日（周三），历时13天。\n\n10月1日（星期三）清晨，人民广场举行升国旗仪式。\n\n"
            "10月6日（周一），中秋赏月诗会举行。\n\n{day}晚，大型实景演出在古城墙下连演两场。\n\n"
            "据了解，本届文旅节筹备工作于2025年3月12日正式启动。\n")


def test_year_named_by_the_weekdays_of_the_other_dates():
    """A story whose dates have no year: the year the text speaks of (2025) and the year before
    are both possible, and the other dates' weekdays all fall in 2025 (held-out phrasing), so
    10月5日（礼拜六） is judged in 2025 only (2024-10-05 was a Saturday)."""
    d = one(RULE, FESTIVAL.format(day="10月5日（礼拜六）"))
    assert d.evidence["year_from"] == "weekdays" and d.evidence["computed"] == {"2025": "星期日"}
    assert "礼拜日" in d.message
    none(RULE, FESTIVAL.format(day="10月5日（礼拜日）"))
    # a word naming another year before the date: the weekdays of this year's dates do not decide
    none(RULE, FESTIVAL.format(day="去年10月5日（礼拜六）"))
    # two other dates are too few to name a year: either year may be meant, and 2024 fits
    few = "文旅节侧记\n\n9月26日（星期五）晚，文旅节开幕。\n\n10月1日（星期三）清晨，举行升旗仪式。\n\n" \
          "10月5日（礼拜六）晚，演出连演两场。\n\n筹备工作于2025年3月12日正式启动。\n"
    none(RULE, few)


# found by a review (a false alarm of earlier code): a 大事记 of several years puts its dates under
# headings that name their year
CHRONICLE = ("泷川市2021—2025年大事记\n\n一、2021年\n\n7月1日（{wd}），全市各界收看庆祝大会直播。\n\n二、2025年\n\n"
             "3月5日（星期三），市政府召开全市重点项目推进会。\n\n泷川市档案馆\n\n2025年12月20日\n")


def test_a_date_under_a_year_heading_is_of_that_year():
    assert findings(RULE, CHRONICLE.format(wd="星期四")) == []  # 2021-07-01 was a Thursday
    d = one(RULE, CHRONICLE.format(wd="星期五"))
    assert "2021年" in d.message


def test_the_title_is_no_heading_of_the_dates():
    # (a 2026 report's title: its 12月 dates may be of 2025)
    text = "2026年工作要点\n\n12月26日（星期五），召开全市经济工作会议。\n"  # 2025-12-26 was a Friday
    assert findings(RULE, text) == []


@pytest.mark.parametrize("text", [  # (found by a review: a plan, a season or a title's second line)
    "临溪市2026年政府工作报告\n\n二、2026年工作安排\n\n12月28日（星期日）召开的市委经济工作会议对今年工作作出部署。\n",
    "临溪市人民政府办公室\n2026年工作要点\n\n12月26日（星期五），市政府常务会议审议通过本要点。\n",
    "临溪县2025年工作总结\n\n（二）2025年冬春农田水利建设\n\n1月10日（星期六），全县冬春农田水利建设现场会召开。\n\n临溪县水利局\n\n2026年1月12日\n",
])
def test_a_heading_that_is_not_just_a_year(text):
    assert findings(RULE, text) == []


# found by a review (a false alarm of earlier code): a heading that opens with a span of years puts
# the dates under it in one of those years, not in the text's own year
REVIEW = "2026年市文化和旅游局工作总结\n\n{heading}\n\n5月18日（{wd}），市博物馆新馆开馆。\n\n二、2026年工作\n\n" \
         "3月5日（星期四），召开全市文旅工作会议。\n"


@pytest.mark.parametrize("heading", ["一、2021—2025年主要成就", "## 2021年至2025年大事记", "（一）2021-2025年回顾"])
def test_a_date_under_a_heading_of_a_span_of_years(heading):
    assert findings(RULE, REVIEW.format(heading=heading, wd="星期二")) == []  # 2021-05-18 was a Tuesday
    d = one(RULE, REVIEW.format(heading=heading, wd="星期五"))  # a Friday in none of 2021–2025
    assert "2021年" in d.message and "2025年" in d.message


def test_a_span_too_long_or_backwards_gives_no_years():
    # (a heading 1949—2025年 names a history, not the years of its dates: the text's years apply)
    text = REVIEW.format(heading="一、1949—2025年发展历程", wd="星期二")
    assert "2025年" in one(RULE, text).message


# a review of that reading: a later numbered heading of no year ends the span heading's reach even
# when long or with a comma; 今年 before a date names the text's year; a plan's span (2026—2030年规划)
# gives no years to the dates of its making
@pytest.mark.parametrize("text", [
    "2026年市政府工作报告\n\n一、2021—2025年主要成就\n\n五年来，全市地区生产总值年均增长6.1%。\n\n"
    "二、全面贯彻落实全会精神，扎实做好今年工作\n\n今年是“十五五”开局之年。3月5日（星期四），全市高质量发展大会召开。\n",
    "2026年市政府工作报告\n\n一、2021—2025年主要成就\n\n过去五年，全市经济总量跃上新台阶。今年1月8日（星期四），市委召开全会。\n",
    "关于某市第十五个五年规划纲要（草案）的说明\n\n2025年，市政府组织编制了规划纲要。\n\n"
    "一、2026—2030年规划纲要编制过程\n\n10月23日（星期四），市委全会审议通过《建议》。\n",
])
def test_where_a_span_heading_does_not_reach(text):
    assert findings(RULE, text) == []


def test_a_long_heading_ends_the_reach_for_invalid_dates_too():
    text = ("2024年县教育局工作总结\n\n一、2022—2023学年工作回顾\n\n学年内，全县新建中小学5所。\n\n"
            "二、立足新学期，着力提升教育质量\n\n2月29日（星期四），全县中小学春季学期开学。\n")
    assert findings("invalid-date", text) == []
    assert findings(RULE, text) == []


# review (a false alarm): 今年 before a date names the text's year, not an earlier date's of that month
def test_jinnian_before_a_date_of_an_earlier_dates_month():
    text = ("本报讯 2024年5月12日，全市举行防灾减灾活动。\n\n2010年4月14日发生的玉树地震造成重大损失。"
            "今年4月14日（{}）是玉树地震14周年纪念日。\n")
    assert findings(RULE, text.format("星期日")) == []
    assert findings(RULE, text.format("星期一"))


# review: the year after another (次年, 明年, a January date after a December one in its sentence)
@pytest.mark.parametrize("text, fires", [
    ("2008年5月12日，汶川发生特大地震。次年5月12日（星期二），我国迎来首个全国防灾减灾日。", False),
    ("2008年5月12日，汶川发生特大地震。次年5月12日（星期三），我国迎来首个全国防灾减灾日。", True),
    ("2024年12月31日（星期二），南屿海关完成年度任务；1月1日（星期三）起，南屿海关全面推行新模式。", False),
    ("新规定自明年1月1日（星期一）起施行。\n\n市人民政府\n2023年12月18日\n", False),
    ("新规定自明年1月1日（星期二）起施行。\n\n市人民政府\n2023年12月18日\n", True),
])
def test_the_year_after(text, fires):
    assert bool(findings(RULE, text)) is fires

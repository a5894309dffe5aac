"""anniversary-mismatch: "X成立N周年" against the founding year and the year meant."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, corpus_texts, findings, none, one

RULE = "anniversary-mismatch"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年是中国共产党成立110周年。", "100周年"),
        ("2024年是中华人民共和国成立70周年，我们要以更加昂扬的精神状态推动各项事业发展。", "75周年"),
        ("2023年“七一”前夕，县委组织开展系列主题活动，热烈庆祝中国共产党成立100周年。", "102周年"),
        ("2019年是新中国成立六十周年。", "70周年"),
        ("2018年是改革开放30周年。", "40周年"),
        ("2017年，我们隆重庆祝香港回归祖国25周年。", "20周年"),
        ("2019年是五四运动90周年。", "100周年"),
        ("2022年是建党100周年。", "101周年"),
        ("2025年是新疆维吾尔自治区成立60周年。", "70周年"),
        ("2023年是毛泽东同志诞辰120周年。", "130周年"),
        ("２０２１年是中国共产党成立１１０周年。", "100周年"),
    ],
)
def test_wrong_anniversary_fires(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message
    assert d.evidence["expected"] and d.evidence["source"]


def test_evidence_and_message():
    d = one(RULE, "2021年是中国共产党成立110周年。")
    assert d.evidence["founded"] == "1921"
    assert d.evidence["year"] == ["2021"]
    assert d.evidence["expected"] == ["100"]
    assert d.evidence["stated"] == "110"
    assert "中国共产党（1921年）到2021年应为100周年" in d.message


def test_year_of_the_text_for_jinnian():
    text = "今年是中华人民共和国成立70周年。"
    none(RULE, text)  # no year of the text: quiet
    assert findings(RULE, text, year=2024)
    none(RULE, text, year=2019)
    # the title gives the year
    assert findings(RULE, "2024年政府工作报告\n\n今年是中华人民共和国成立70周年。")
    # 去年 and 过去一年 are the year before
    none(RULE, "去年，我们隆重庆祝了新中国成立50周年，顺利实现了澳门回归祖国。", year=2000)
    assert findings(RULE, "去年，我们隆重庆祝了新中国成立51周年。", year=2000)


@pytest.mark.parametrize(
    "text, year",
    [
        # verbatim from the corpus (published 政府工作报告)
        ("今年是新中国成立70周年，是全面建成小康社会、实现第一个百年奋斗目标的关键之年。", 2019),
        ("去年，我们隆重庆祝了中国共产党成立８０周年，江泽民总书记发表“七一”重要讲话。", 2002),
        ("今年是改革开放30周年，改革开放使中国发生了历史性的伟大变化。", 2008),
        ("今年十月一日是中华人民共和国成立三十五周年，我们将热烈隆重地庆祝这个节日。", 1984),
        ("各位代表！1999年，我们将庆祝新中国成立五十周年，迎接澳门回归祖国。", 1999),
        ("组织好西藏自治区成立50周年和新疆维吾尔自治区成立60周年庆祝活动。", 2015),
        ("过去一年，是中华人民共和国成立75周年，也是陕西高质量发展迈出坚实步伐的一年。", 2025),
        ("刚刚过去的2024年，是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。", 2025),
        ("今年是和平共处五项原则提出六十周年。", 2014),
        ("各位代表!去年我们隆重庆祝了新疆生产建设兵团成立70周年。", 2025),
        ("今年是自治区成立70周年，是进一步全面深化改革的开局之年。", 2025),
        ("2021年是中国共产党成立100周年，是“十四五”的开局之年。", None),
    ],
)
def test_corpus_sentences_are_right(text, year):
    none(RULE, text, year=year)


@pytest.mark.parametrize(
    "text",
    [
        # a reference to an earlier celebration, not a statement about this year
        "2023年，我们深入学习贯彻习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话精神。",
        # an event named after the anniversary, reported later
        "出席联合国成立75周年系列高级别会议、东亚合作领导人系列会议。",
        # the paragraph speaks of another year
        "2019年，全县经济稳中有进。隆重庆祝新中国成立70周年，群众性主题活动丰富多彩。",
        # subjects not in the table
        "2024年是中山大学建校100周年。",
        "2024年是朝鲜建国70周年。",
        # a year that is the founding year itself, not the year of the anniversary
        "1921年7月，中国共产党成立，到2021年是100周年。",
        # a target year in the same clause
        "到2049年新中国成立100周年时，建成富强民主文明和谐美丽的社会主义现代化强国。",
    ],
)
def test_quiet_cases(text):
    none(RULE, text, year=2023)


def test_sentence_without_a_year_uses_the_years_of_the_text():
    text = "隆重庆祝中国共产党成立一百周年，胜利召开党的十九届六中全会。"
    none(RULE, text)  # the text's year unknown: quiet
    none(RULE, text, year=2022)  # a 2022 report reviews 2021
    none(RULE, text, year=2020)  # the year after the text's year (迎接…)
    d = one(RULE, text, year=2024)
    assert "2023至2025年应为102至104周年" in d.message
    # a government's term review looks back five years
    none(RULE, "过去五年，我们隆重庆祝中国共产党成立一百周年。", year=2024)
    # verbatim from the corpus (2022 report)
    none(RULE, "以习近平同志为核心的党中央团结带领全党全国各族人民，隆重庆祝中国共产党成立一百周年，"
               "胜利召开党的十九届六中全会、制定党的第三个历史决议。", year=2022)


def test_corpus_is_quiet():
    for name, text in corpus_texts():
        assert not findings(RULE, text, path=name), name


def test_event_word_after_the_subjects_own_name():
    # 中国人民解放军建军N周年, 共青团建团N周年: the event word follows one of the subject's names
    d = one(RULE, "2024年8月1日，县政府走访慰问驻县部队，庆祝中国人民解放军建军96周年。")
    assert d.evidence["expected"] == ["97"] and d.evidence["founded"] == "1927"
    none(RULE, "2024年8月1日，县政府走访慰问驻县部队，庆祝中国人民解放军建军97周年。")
    one(RULE, "2022年5月，全市各界庆祝共青团建团101周年。")
    none(RULE, "2022年5月，全市各界庆祝共青团建团100周年。")
    # a name that is not the subject's own still blocks the event word (朝鲜建国)
    none(RULE, "2023年是朝鲜建国75周年。")


def test_anniversary_after_xianli_or_huanqing():
    """献礼/欢庆 before the subject (a festival's theme, held-out phrasing): the name is not part of a
    longer one."""
    text = "2025年9月26日，文旅节开幕。\n\n今年以“献礼新中国成立{n}周年”为主题举办万人合唱。\n\n全市欢庆新中国成立{m}周年。\n"
    got = findings(RULE, text.format(n=75, m=76))
    assert len(got) == 1 and got[0].evidence["expected"] == ["76"] and got[0].evidence["stated"] == "75"
    assert findings(RULE, text.format(n=76, m=76)) == []
    # (without 今年 the sentence may speak of the year before or after: 75–77 are accepted, 80 is not)
    assert len(findings(RULE, text.format(n=76, m=80))) == 1


def test_zhiji_is_the_year_of_a_dated_text():
    """在中国共产党成立106周年之际 in news dated 2026年6月30日: 之际 is the text's own year, not the
    next one (a blind-written held-out story); 105 is right."""
    text = ("# 苕岚县召开表彰大会\n\n**本报讯** 2026年6月30日上午，苕岚县召开庆祝大会。\n\n"
            "县委书记在讲话中说，在中国共产党成立{n}周年之际隆重表彰先进。\n")
    d = one(RULE, text.format(n="106"), path="t.md")
    assert "105周年" in d.message
    assert findings(RULE, text.format(n="105"), path="t.md") == []


def test_what_is_to_come_is_not_of_the_year_before():
    """7月1日，全市各级党组织将开展庆祝中国共产党成立104周年主题党日活动 in news of 2026年6月28日: 将开展
    looks ahead, so 104 (of 2025) is wrong (a blind-written held-out story); 105 is right."""
    text = ("# 汀皋市纪念活动\n\n**本报讯** 2026年6月28日（星期日），汀皋市召开座谈会。\n\n"
            "7月1日，全市各级党组织将开展庆祝中国共产党成立{n}周年主题党日活动。\n")
    d = one(RULE, text.format(n="104"), path="t.md")
    assert "105周年" in d.message and "前0年" not in d.message
    assert findings(RULE, text.format(n="105"), path="t.md") == []


# fresh26b held-out: a summary of 2025 signed in December 2025 speaks of 2025, not of 2024
def test_summary_signed_late_in_its_year():
    text = ("岫川市文化和旅游局2025年工作总结\n\n国庆假期，全市举办主题灯会，热烈庆祝中华人民共和国成立75周年。\n\n"
            "岫川市文化和旅游局\n\n2025年12月26日\n")
    d = one(RULE, text)
    assert "76周年" in d.message
    assert findings(RULE, text.replace("75周年", "76周年")) == []
    # signed in January of the next year, the summary may look back on the year before
    assert findings(RULE, text.replace("2025年12月26日", "2026年1月8日").replace("75周年", "76周年")) == []


# fresh32b held-out: a date's 年 right before the subject's name
@pytest.mark.parametrize("n, fires", [("96", True), ("95", False)])
def test_year_right_before_the_subject(n, fires):
    text = f"2016年中国共产党成立{n}周年之际，省委、省政府作出建设创新型省份的决定。"
    assert bool(findings(RULE, text)) is fires


# fresh34b held-out: a 大事记 entry dated without its year; the weekday tells which of the years the
# text may speak of (2023–2025 for a 2024 summary) it is
EVENTS = "澹川市地方志办公室2024年工作总结\n\n六、2024年工作大事记\n\n9月27日（{wd}），举办“庆祝中华人民共和国成立{n}周年”图片展。\n"


def test_a_weekday_tells_the_year_of_an_anniversary():
    d = one(RULE, EVENTS.format(wd="星期五", n="76"))  # 2024-09-27 is a Friday: 2024 − 1949 = 75
    assert d.evidence["year"] == ["2024"] and "星期五" in d.evidence["year_from"]
    assert findings(RULE, EVENTS.format(wd="星期五", n="75")) == []


def test_without_a_weekday_the_years_around_the_text_still_count():
    assert findings(RULE, EVENTS.format(wd="星期五", n="76").replace("（星期五）", "")) == []  # 2025: 76


# fresh40b held-out, and a review: a reading that let only 五年来 opening a sentence make a text a review
# of five years was withdrawn: reports of a new term say 五年来的实践…, 五年来我们…, 届内五年来… (a
# review found seven false alarms); any 五年来 still lets an undated anniversary be of those years
@pytest.mark.parametrize("text", [
    "市人民政府工作报告\n\n2023年1月10日\n\n五年来的实践使我们深刻认识到，发展是第一要务。我们隆重庆祝新中国成立70周年。\n",
    "市人民政府工作报告\n\n2023年1月10日\n\n五年来我们坚持稳中求进。全市隆重庆祝新中国成立70周年。\n",
])
def test_a_term_review_says_five_years_in_many_ways(text):
    assert findings(RULE, text) == []


# review of earlier code: a term review's other markers (过去的五年, 回首本届任期) look back five years
@pytest.mark.parametrize("opening", ["过去的五年，", "刚刚过去的五年，", "回首本届任期，", "本届任期内，"])
def test_other_markers_of_a_term_review(opening):
    none(RULE, opening + "我们隆重庆祝新中国成立70周年。", year=2023)
    assert "应为" in one(RULE, opening + "我们隆重庆祝新中国成立60周年。", year=2023).message


# review of earlier code: a 大事记 with each year on a line of its own; its entries are of that year
CHRONICLE = ("桐庐县2019—2023年大事记\n\n2019年\n\n9月30日，县里举行庆祝中华人民共和国成立{n}周年文艺晚会。\n\n"
             "2021年\n\n7月1日，全县干部群众收看庆祝中国共产党成立{m}周年大会直播。\n")


def test_a_chronicle_year_line_dates_the_entries_under_it():
    none(RULE, CHRONICLE.format(n=70, m=100), year=2023)
    d = one(RULE, CHRONICLE.format(n=70, m=90), year=2023)
    assert "2021年应为100周年" in d.message and d.evidence["year_from"] == "所在年份标题“2021年”"


# review of the year-line reading: 迎接 under a year line may be of the next year; a year line
# dates only entries that open with a date, up to a line naming another year; 任期内 alone (任期内
# 经济责任审计) is no term review
@pytest.mark.parametrize("text", [
    "桐江县2019—2023年大事记\n\n2020年\n\n12月28日，县委召开专题会议，部署迎接中国共产党成立100周年各项工作。\n",
    "桐江县2024年国民经济和社会发展统计公报\n\n表1  近五年地区生产总值\n\n2019年\n\n186.3亿元\n\n2023年\n\n231.5亿元\n\n"
    "全县隆重庆祝新中国成立75周年，举办系列群众文化活动56场。\n",
    "桐江县2024年工作总结\n\n2024年\n\n全县隆重庆祝中华人民共和国成立75周年。\n\n二、2025年工作安排\n\n"
    "8月15日，精心组织纪念中国人民抗日战争胜利80周年系列活动。\n",
])
def test_year_lines_that_do_not_date_the_sentence(text):
    assert findings(RULE, text) == []


def test_tenure_audits_are_no_term_review():
    text = ("桐江县2024年工作总结\n\n全年开展领导干部任期内经济责任审计12项。\n\n"
            "全县隆重庆祝中华人民共和国成立70周年，举办群众性主题活动120余场。\n")
    assert "文中写作“70周年”" in one(RULE, text).message


_PLAN_REPORT = ("关于蔺塘市2025年计划执行情况与2026年计划草案的报告\n\n——2026年1月14日在蔺塘市人民代表大会上\n\n"
                "一、2025年计划执行情况\n\n全年经济运行总体平稳。\n\n二、2026年经济社会发展的总体要求和主要目标\n\n"
                "{sentence}\n")


def test_plan_under_a_heading_of_its_year():
    """要以庆祝中国共产党成立106周年为契机 under 二、2026年…主要目标: the plan is of 2026 (105周年), even
    though the text, dated early in 2026, may speak of 2025 and 2027 too (held-out phrasing, written
    blind)."""
    d = one(RULE, _PLAN_REPORT.format(sentence="要以庆祝中国共产党成立106周年为契机，推动各项工作。"))
    assert d.evidence["year"] == ["2026"] and d.evidence["expected"] == ["105"]
    none(RULE, _PLAN_REPORT.format(sentence="要以庆祝中国共产党成立105周年为契机，推动各项工作。"))
    # 迎接 may look to the next year's anniversary
    none(RULE, _PLAN_REPORT.format(sentence="要以迎接中国共产党成立106周年为契机，推动各项工作。"))
    # a note after the plans, said of the year before, is no plan (名词解释 … 新中国成立75周年等安保任务)
    none(RULE, _PLAN_REPORT.format(sentence="名词解释\n\n专项行动：聚焦新中国成立76周年等重大安保维稳任务。"))


def test_deadline_at_an_anniversary_under_a_plan_heading():
    """力争在中国共产党成立105周年之际建成… under 二、2025年工作安排: a deadline may be next year's
    anniversary (a review found it reported)."""
    text = _PLAN_REPORT.replace("2026年", "2025年").replace("2025年计划执行", "2024年计划执行")
    none(RULE, text.format(sentence="力争在中国共产党成立105周年之际建成党史教育馆。"))
    none(RULE, text.format(sentence="确保在中国共产党成立105周年前全面完成新校区建设。"))
    d = one(RULE, text.format(sentence="确保在中国共产党成立106周年前全面完成新校区建设。"))
    assert d.evidence["expected"] == ["104", "105"]


_BRIEFING = "新闻发布会实录\n\n时间：2025年7月17日（星期四）上午10时\n\n{s}\n"


def test_a_day_without_its_year_in_a_dated_text():
    """7月1日，…庆祝中国共产党成立105周年 in a text dated 2025年7月17日: the day is of 2025 (104周年) (held-out
    phrasing, written blind); after the text's date it is of the year before, unless it is to come."""
    d = one(RULE, _BRIEFING.format(s="7月1日，全省各级党组织以多种形式庆祝中国共产党成立105周年。"))
    assert d.evidence["year"] == ["2025"]
    none(RULE, _BRIEFING.format(s="7月1日，全省各级党组织以多种形式庆祝中国共产党成立104周年。"))
    # a January summary of the year before: 7月1日 is of 2024
    none(RULE, "2024年工作总结\n\n7月1日，全县各级党组织庆祝中国共产党成立103周年。\n\n县委办公室\n2025年1月8日\n")
    # 将开展: a day after the text's date still to come this year
    none(RULE, "本报讯 2026年6月28日，记者获悉。\n\n7月1日，全市各级党组织将开展庆祝中国共产党成立105周年主题党日活动。\n")


_JULY = ("新闻发布会实录\n\n时间：2025年7月10日（星期四）上午10时\n\n{s}\n\n"
         "2026年10月1日是中华人民共和国成立77周年，届时全省将举办系列庆祝活动，欢迎各界参与。\n")


@pytest.mark.parametrize("sentence", [
    "7月1日，全省各级党组织庆祝中国共产党成立104周年。",
    "9月3日，我们将隆重纪念中国人民抗日战争胜利80周年。",  # to come this year
    "去年10月1日，全省隆重庆祝中华人民共和国成立75周年。",
])
def test_days_of_a_dated_briefing(sentence):
    """A briefing dated 2025年7月10日 whose last sentence names 2026年10月1日: the text's date is its
    dateline, not a day a sentence names; a day to come (将隆重纪念) is its next coming (a review
    found these reported)."""
    none(RULE, _JULY.format(s=sentence))


def test_days_to_come_after_a_december_date():
    """A summary signed 2024年12月26日: 7月1日将迎来…104周年 is of 2025, the day's next coming."""
    text = "2024年工作总结\n\n2025年是收官之年。7月1日将迎来中国共产党成立{n}周年。\n\n县委办公室\n2024年12月26日\n"
    none(RULE, text.format(n="104"))
    assert one(RULE, text.format(n="103")).evidence["year"] == ["2025"]


# fresh61b held-out: disasters a text commemorates with 发生N周年 are in the fact table too
@pytest.mark.parametrize("text, fires", [
    ("2024年5月12日是汶川特大地震发生15周年纪念日，也是第16个全国防灾减灾日。", True),
    ("2024年5月12日是汶川特大地震发生16周年纪念日。", False),
    ("2026年是唐山大地震发生49周年。", True),
    ("2026年是唐山大地震发生50周年。", False),
])
def test_earthquakes_commemorated(text, fires):
    assert bool(findings(RULE, text)) is fires


# review (false alarms): what was done at an anniversary, told later, is no statement of this year's
@pytest.mark.parametrize("text, fires", [
    ("2024年5月12日，我市在汶川特大地震十周年时建成的市防灾减灾科普馆前举行活动。", False),
    ("2024年，不少市民参观了唐山大地震40周年之际落成的抗震纪念墙。", False),
    ("2024年5月，全市回顾防灾工作：汶川特大地震一周年时，我市首次举办了宣传周活动。", False),
    ("2018年汶川特大地震十二周年时，我市首次举办了宣传周活动。", True),  # (its own year in the clause)
    ("2024年5月12日是汶川特大地震发生15周年纪念日。", True),
])
def test_a_past_milestone(text, fires):
    assert bool(findings(RULE, text)) is fires


# review: a thing made at an anniversary is the sentence's subject (not judged); a year named right
# after the anniversary is its year
@pytest.mark.parametrize("text, fires", [
    ("2023年建党100周年之际建成的市党史馆迎来第100万名观众。", False),
    ("2023年，庆祝建党100周年时首次亮相的文创产品热销。", False),
    ("2023年，回顾历程：建党95周年时，我市首次开放文献库。", False),
    ("2023年，在建党100周年的2021年，我市建成党史馆。", False),
    ("2023年，在建党101周年的2021年，我市建成党史馆。", True),
])
def test_things_made_at_an_anniversary_and_its_year_named_after(text, fires):
    assert bool(findings(RULE, text)) is fires

"""plan-period-mismatch: a year tied to the wrong five-year plan."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, corpus_texts, findings, none, one

RULE = "plan-period-mismatch"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text, words",
    [
        ("2024年是实现“十三五”规划目标任务的关键一年，做好今年工作意义重大。", ["2024年不在“十三五”", "“十四五”"]),
        ("2023年是落实“十三五”规划的关键之年。", ["2023年不在“十三五”"]),
        # a salutation clause before the year: the year still opens the topic
        ("各位代表，2023年是落实“十三五”规划的关键之年。", ["2023年不在“十三五”"]),
        ("2023年是全面贯彻党的二十大精神的开局之年，也是实施“十三五”规划承上启下的关键之年。", ["2023年不在“十三五”"]),
        ("2022年是“十四五”开局之年。", ["第一年（开局）是2021年"]),
        ("2020年是“十四五”规划的收官之年。", ["最后一年（收官）是2025年"]),
        ("一九五八年是第二个五年计划的第二年。", ["第2年是1959年"]),
        ("“十二五”时期（2016—2020年），全县地区生产总值年均增长8.3%。", ["“十二五”是2011—2015年", "“十三五”"]),
        ("“十三五”期间（2015-2019年），全县累计脱贫3.2万人。", ["“十三五”是2016—2020年"]),
        ("第二个五年计划（一九五七年到一九六一年）", ["1958—1962年"]),
    ],
)
def test_wrong_plan_fires(text, words):
    d = one(RULE, text)
    for w in words:
        assert w in d.message, d.message


def test_evidence():
    d = one(RULE, "2024年是实现“十三五”规划目标任务的关键一年。")
    assert d.evidence["plan"] == "“十三五”"
    assert d.evidence["plan_years"] == ["2016", "2020"]
    assert d.evidence["year"] == ["2024"]
    assert d.evidence["right_plan"] == "“十四五”"


def test_jinnian_uses_the_year_of_the_text():
    text = "今年是“十三五”规划收官之年。"
    none(RULE, text)
    none(RULE, text, year=2020)
    assert findings(RULE, text, year=2021)


@pytest.mark.parametrize(
    "text, year",
    [
        # verbatim from the corpus
        ("１９９６年是实施“九五”计划和２０１０年远景目标纲要的第一年。", None),
        ("2001年是进入新世纪、实施“十五”计划的第一年。", None),
        ("今年，是全面完成“十五”任务、为“十一五”发展打好基础的关键一年。", 2005),
        ("１９９１年是我国执行“八五”计划和十年规划的第一年，也是继续进行治理整顿的第三年。", None),
        ("2015年是“十二五”收官之年。", None),
        ("今年是实行“七五”计划的头一年。", 1986),
        ("2011年，是“十二五”开局之年，做好今年的工作对于完成“十二五”各项目标任务至关重要。", None),
        ("今年是全面贯彻党的十九大精神的开局之年，是改革开放40周年，是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。", 2018),
        ("今年是“十二五”时期承前启后的重要一年，也是本届政府任期的最后一年。", 2012),
        ("今年是“十四五”规划收官之年，也是“十五五”蓄势之年。", 2025),
        ("今年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年，做好政府各项工作意义重大。", 2025),
        ("今年是“十五五”规划编制关键期。", 2025),
        ("１９８２年是第六个五年计划的第二年，也是进一步调整国民经济的第二年。", None),
        ("2020年是决战决胜脱贫攻坚和全面建成小康社会的收官之年，也是“十三五”规划的收官之年。", None),
        ("2023年是全面贯彻党的二十大精神的开局之年，是“十四五”规划承上启下的关键一年。", None),
        # a 2021 review looking back on the previous plan: no tie of a year to a plan
        ("“十三五”期间，全县地区生产总值年均增长7.2%，2021年全县经济开局良好。", 2021),
        ("“十三五”时期（2016—2020年），全县地区生产总值年均增长8.3%。", None),
        ("编制《安澜县国土空间总体规划（二〇二一—二〇三五年）》。", None),
        # a salutation clause before the year
        ("各位代表，2023年是落实“十四五”规划的关键之年。", None),
        ("各位代表，今年是“十三五”规划的收官之年。", 2020),
        # 三五成群 and 十五年 are not plans
        ("2023年是三五成群的游客最多的一年。", None),
    ],
)
def test_right_ties_are_silent(text, year):
    none(RULE, text, year=year)


def test_corpus_is_quiet():
    for name, text in corpus_texts():
        assert not findings(RULE, text, path=name), name


def test_more_phrasings():
    # the span before the plan
    assert findings(RULE, "2016—2020年（“十二五”时期），全县地区生产总值年均增长8.3%。")
    assert findings(RULE, "2021年至2025年“十三五”期间，全县累计投入资金12亿元。")
    none(RULE, "2016—2020年“十三五”期间，全县累计投入资金12亿元。")
    none(RULE, "2021—2025年，“十四五”规划编制工作启动。")
    # 作为
    assert findings(RULE, "2023年，作为“十三五”规划的收官之年，全县各项工作扎实推进。")
    none(RULE, "2020年，作为“十三五”规划的收官之年，全县各项工作扎实推进。")


@pytest.mark.parametrize(
    "text, want",
    [
        ("“十三五”收官之年（2021年），全县法治政府建设示范创建顺利通过省级验收。", "最后一年（收官）是2020年"),
        ("“十五五”开局之年即2025年，两地将编制新一轮协作规划。", "第一年（开局）是2026年"),
        ("着眼2026年“十四五”开局，提前谋划储备重大项目160个。", "第一年（开局）是2021年"),
        ("2019年“十三五”规划收官，全县脱贫攻坚取得决定性胜利。", "最后一年（收官）是2020年"),
        ("“十四五”第三年（2022年），全市经济持续恢复。", "第3年是2023年"),
        ("“十四五”开局之年的2020年，全县完成固定资产投资86亿元。", "第一年（开局）是2021年"),
        ("在“十三五”收官之年的2021年，全县脱贫攻坚取得全面胜利。", "最后一年（收官）是2020年"),
    ],
)
def test_plan_position_tied_to_a_year_next_to_it(text, want):
    (d,) = findings(RULE, text)
    assert want in d.message


@pytest.mark.parametrize(
    "text",
    [
        "“十三五”收官之年（2020年），全县脱贫攻坚取得全面胜利。",
        "“十五五”开局之年即2026年，两地将编制新一轮协作规划。",
        "着眼2026年“十五五”开局，提前谋划储备重大项目160个。",
        "2021年“十四五”开局以来，全市经济持续恢复。",
        "“十四五”第三年（2023年），全市经济持续恢复。",
        "“十四五”开局之年的2021年，全县完成固定资产投资86亿元。",
        "在“十三五”收官之年的2020年，全县脱贫攻坚取得全面胜利。",
        "“十四五”开局之年的前一年，全县完成固定资产投资86亿元。",
        "为“十五五”开局（2026—2030年）打好基础。",  # a span, not a year of the position
        "2016—2020年“十三五”收官时，全县贫困人口全部脱贫。",  # the end of a span
    ],
)
def test_plan_position_right_is_silent(text):
    none(RULE, text)


@pytest.mark.parametrize("lead", ["", "前文。", "前文很长很长很长很长很长很长很长很长很长很长。\n", "各位代表！"])
@pytest.mark.parametrize("pad, fires", [(0, True), (20, True), (21, False), (30, False)])
def test_topic_year_up_to_20_characters_into_its_sentence(lead, pad, fires):
    """A year (or 今年) opens the sentence's topic only within its first 20 characters (room for a
    reporting clause: 市科技局局长贺霁川介绍，): the quick test of the 21 characters before a year must
    agree with the sentence bounds."""
    for topic in ("2023年", "今年"):
        text = lead + "“" * pad + topic + "是落实“十三五”规划的关键之年。"  # (！ ends a sentence too)
        got = findings(RULE, text, year=2023)
        assert bool(got) == fires, (text, got)


@pytest.mark.parametrize("opening", ["", "各位代表！", "\u3000\u3000", "“", "过去的", "刚刚过去的", "新的",
                                     "前文。", "前文？\n"])
@pytest.mark.parametrize("topic", ["2023年", "今年"])
def test_topic_after_each_opening(opening, topic):
    """The character before a topic year is one _TOPIC's openings end on (checked before the
    sentence is looked for)."""
    assert findings(RULE, opening + topic + "是落实“十三五”规划的关键之年。", year=2023)


@pytest.mark.parametrize("opening", ["据悉", "在", "前文，其中"])
def test_no_topic_after_other_words(opening):
    none(RULE, opening + "2023年是落实“十三五”规划的关键之年。", year=2023)


def test_year_topic_of_a_reported_statement():
    """会议指出，2025年是…: the year is still the topic of the statement (held-out phrasing, written
    blind)."""
    d = one(RULE, "1月21日 县委经济工作会议召开。会议指出，2025年是“十五五”规划收官之年，要锚定目标。")
    assert d.evidence["position"] == "最后一年（收官）" and d.evidence["year"] == ["2025"]
    none(RULE, "会议指出，2025年是“十四五”规划收官之年，要锚定目标。")
    none(RULE, "会议强调，2025年是谋划“十五五”的关键之年。")


def test_plan_with_a_qualifier_before_its_span():
    """《…“十四五”发展规划（2026—2030年）》: 发展规划 between the plan and its span (held-out phrasing,
    written blind); “八五”普法规划（2021—2025年） is another series of plans and stays quiet."""
    d = one(RULE, "目前，《青溪市博物馆“十四五”发展规划（2026—2030年）》编制工作已经启动。")
    assert d.evidence["stated_years"] == ["2026", "2030"]
    none(RULE, "目前，《青溪市博物馆“十五五”发展规划（2026—2030年）》编制工作已经启动。")
    none(RULE, "深入实施“八五”普法规划（2021—2025年），全面落实普法责任制。")


def test_year_of_a_statement_reported_by_someone():
    """市科技局局长贺霁川介绍，2025年是“十五五”规划的开局之年: a reported statement (…介绍，) opens with its
    year as 会议指出，… does (a blind-written held-out story); 2026 is right."""
    text = "市科技局局长贺霁川介绍，{y}年是“十五五”规划的开局之年，鹭汀将把科技创新摆在更加突出的位置。"
    assert one(RULE, text.format(y="2025"))
    assert findings(RULE, text.format(y="2026")) == []


def test_year_after_a_look_back():
    """回顾“十四五”，2020年作为“十四五”开局之年: a look back (回顾…，) opens the sentence before its year
    (a blind-written held-out summary); 2021 is right."""
    text = "回顾“十四五”，{y}年作为“十四五”开局之年，我市启动实施“文明沄皋”建设行动。"
    assert one(RULE, text.format(y="2020"))
    assert findings(RULE, text.format(y="2021")) == []


# fresh27b held-out: 2020年即“十四五”开局之年 (the year and its place in the plan joined by 即)
def test_year_and_position_joined_by_ji():
    text = "“社区减负清单”制度自2020年即“十四五”开局之年推行以来，成效明显。"
    d = one(RULE, text)
    assert "2021年" in d.message
    assert findings(RULE, text.replace("2020年", "2021年")) == []


# fresh59b held-out: a speaker's words open after the colon; words of preparing a plan count only
# up to the year's noun (not a later clause: …，省教育厅已启动…规划编制工作)
def test_a_speakers_year_and_a_later_clause_of_drafting():
    text = "邵明远：{y}年是实施“十四五”规划的开局之年，省教育厅已启动高等教育发展专项规划编制工作。"
    assert "2021年" in one(RULE, text.format(y="2026")).message
    assert findings(RULE, text.format(y="2021")) == []
    # (preparing the next plan in the year's own words stays quiet)
    assert findings(RULE, "2025年是谋划“十五五”的关键之年。") == []


def test_consolidating_the_results_of_the_last_plan():
    # (review 29: 2026年…也是巩固拓展“十四五”…成果的重要一年)
    text = "张明：2026年是“十五五”开局之年，也是巩固拓展“十四五”教育发展成果的重要一年。"
    assert findings(RULE, text) == []


# fresh62b held-out: the position, 的 and the year (“十三五”收官的2022年)
@pytest.mark.parametrize("text, fires", [
    ("早在“十三五”收官的2022年，全省就已实现县级养老服务中心全覆盖。", True),
    ("早在“十三五”收官的2020年，全省就已实现县级养老服务中心全覆盖。", False),
    ("“十四五”开局的2022年，全省实现全覆盖。", True),
    ("“十四五”开局的第一年，全省实现全覆盖。", False),
])
def test_position_de_year(text, fires):
    assert bool(findings(RULE, text)) is fires


# fresh63b held-out (false alarms): the law-popularisation plans are numbered from their own start
@pytest.mark.parametrize("text, fires", [
    ("2024年是“八五”普法规划实施的第四年。", False),
    ("2025年是“十四五”规划收官之年，也是“八五”普法规划的总结验收之年。", False),
    ("2024年是“八五”计划的第四年。", True),
])
def test_a_law_popularisation_plan_is_of_another_series(text, fires):
    assert bool(findings(RULE, text)) is fires


# review: positions and years paired respectively (…收官、…开局的2020年和2021年)
def test_positions_and_years_paired_respectively():
    assert findings(RULE, "“十三五”收官、“十四五”开局的2020年和2021年，全市累计新增养老床位1.2万张。") == []


# held-out (fresh66a): a whole plan's span before a plan's document names its period
def test_a_plans_span_before_its_document():
    assert "2026—2030年是“十五五”" in one(RULE, "启动全县2026年至2030年“十四五”规划纲要编制工作。").message
    none(RULE, "启动全县2026年至2030年“十五五”规划纲要编制工作。")
    none(RULE, "2021—2025年“十四五”规划确定的目标任务全面完成。")
    # (a span that is no plan's whole period says when the document was drafted)
    none(RULE, "2019—2020年“十四五”规划编制工作有序推进。")

"""The claim model: sentences, clauses, figures inside spans, roles, lists, the reach of 其中 and
分别, and the measure, subject and period each figure belongs to."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factlint.claims import (
    AFTER,
    AVERAGE,
    BEFORE,
    CHANGE,
    COUNT,
    LEVEL,
    PART,
    RATE,
    SHARE,
    TOTAL,
    analyse_text,
    doc_year,
    small_number,
    split_sentences,
)


def fig(claims, text):
    """The figure written ``text`` (the first one)."""
    for f in claims.figures:
        if f.text == text:
            return f
    raise AssertionError(f"no figure {text!r} in {[f.text for f in claims.figures]}")


# -- sentences and clauses -----------------------------------------------------------------------
def test_sentences_split_on_terminators_and_lines():
    text = "全年粮食产量增长2%。工业增加值增长5.1%！\n  新建公路326公里？“好。”最后一句"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "全年粮食产量增长2%。", "工业增加值增长5.1%！", "新建公路326公里？", "“好。”", "最后一句"]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert sents[0].paragraph == sents[1].paragraph == 0
    assert sents[2].paragraph == text.index("\n") + 1


def test_clauses_know_their_sentence_and_keep_digit_commas():
    c = analyse_text("新建公路326公里，道路1,085公里；合计1,411公里。其中：绿道47公里")
    assert [x.text for x in c.clauses] == ["新建公路326公里", "道路1,085公里", "合计1,411公里。", "其中", "绿道47公里"]
    assert c.clauses[1].sentence is c.sentences[0]
    assert c.clauses[1].sep == "；"
    assert c.clauses[4].sentence is c.sentences[1]
    assert c.clauses_of(c.sentences[1]) == c.clauses[3:5]
    assert c.sentence_at(c.text.index("道路")) is c.sentences[0]
    assert c.clause_at(c.text.index("绿道")).text == "绿道47公里"
    assert c.clause_at(c.text.index("，")) is None
    assert c.sentence_at(len(c.text) + 5) is None


def test_sentence_found_near_an_offset_is_the_one_of_the_full_split():
    text = "第一句，有逗号。\n\n“第二句！”第三句？ 第四句\n第五句。"
    c = analyse_text(text)
    whole = c.sentences
    for s in whole:
        for off in (s.start, s.end - 1):
            assert c.sentence_at(off) is s
    assert c.sentence_at(text.index("\n\n") + 1) is None


def test_blank_text():
    c = analyse_text("  \n\n ")
    assert c.sentences == [] and c.clauses == [] and c.figures == []


def test_quantities_in_a_span():
    c = analyse_text("新建公路326公里、道路85公里，合计411公里。")
    first = c.clauses[0]
    assert [q.text for q in c.quantities_in(first)] == ["326公里", "85公里"]
    assert [f.text for f in c.figures_in(c.sentences[0])] == ["326公里", "85公里", "411公里"]
    assert c.figure_at(c.text.index("85")).text == "85公里"


# -- roles ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure, role", [
    ("全年新建道路126公里、绿道47公里，合计173公里。", "173公里", TOTAL),
    ("全年新建道路126公里、绿道47公里，合计173公里。", "126公里", COUNT if False else LEVEL),
    ("全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%。", "318.45亿元", PART),
    ("全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%。", "62.2%", SHARE),
    ("全县粮食播种面积46.3万亩，其中玉米21.8万亩，占粮食播种面积的47.1%。", "47.1%", SHARE),
    # 占 before a count inside the whole's name (占四县…销售额的42.6%)
    ("茶叶销售额占四县特色农产品销售额的42.6%，水果占31.8%。", "42.6%", SHARE),
    ("四县特色农产品销售额的42.6%来自茶叶。", "42.6%", RATE),
    ("地区生产总值2856.4亿元，比上年增长5.8%。", "5.8%", CHANGE),
    ("年末常住人口326.8万人，比上年末增加1.2万人。", "1.2万人", CHANGE),
    ("全体居民人均可支配收入达到38640元，比上年的36210元增长8.7%。", "36210元", BEFORE),
    ("社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增长7.6%。", "1102.5亿元", BEFORE),
    ("社会消费品零售总额由上年的1102.5亿元增加到1186.3亿元，增长7.6%。", "1186.3亿元", AFTER),
    ("农村常住人口45.6万户、136.9万人，户均3.0人。", "3.0人", AVERAGE),
    ("全市共有养老机构86家。", "86家", TOTAL),
    ("常住人口城镇化率为62.4%。", "62.4%", RATE),
    ("新建学校12所。", "12所", COUNT),
    ("第一产业增加值312.6亿元。", "312.6亿元", LEVEL),
])
def test_roles(text, figure, role):
    assert fig(analyse_text(text), figure).role == role


def test_share_marker_and_non_additive_figures():
    c = analyse_text("全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%；人均支出1.2万元。")
    assert fig(c, "62.2%").marker == "占比"
    assert fig(c, "62.2%").non_additive
    assert fig(c, "1.2万元").non_additive  # an average
    assert fig(c, "318.45亿元").additive


# -- 其中, 中, 分别 --------------------------------------------------------------------------------
def test_qizhong_inline_reach_sums_its_own_clause_only():
    c = analyse_text("五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，"
                     "新建、改扩建机场33个，新建和加固堤防1.7万公里。")
    (g,) = [g for g in c.part_groups if g.marker == "其中"]
    assert g.wholes[0].text == "63.9万公里"
    assert [p.text for p in g.parts] == ["3.3万公里", "33个", "1.7万公里"]
    assert [p.text for p in g.summable] == ["3.3万公里"]


def test_qizhong_list_reaches_over_semicolons():
    c = analyse_text("全市地区生产总值2856.4亿元，比上年增长5.8%。其中，第一产业增加值312.6亿元，增长4.1%；"
                     "第二产业增加值1187.3亿元，增长6.2%；第三产业增加值1356.5亿元，增长5.7%。")
    (g,) = c.part_groups
    # 其中 opens its sentence: the wholes are in the sentence before, nearest first
    assert [w.text for w in g.wholes] == ["5.8%", "2856.4亿元"]
    assert [p.text for p in g.summable if p.additive] == ["312.6亿元", "1187.3亿元", "1356.5亿元"]


def test_qizhong_in_brackets_ends_with_them():
    # 1955 政府工作报告
    c = analyse_text("五年内开始建设的二个重型机器制造厂（其中一个是苏联帮助设计的，一个是我国自己设计的），"
                     "在建设完成后，它们的产品每年可以装备一个年产一百六十万吨钢的钢铁联合企业。")
    (g,) = c.part_groups
    assert all(p.end <= c.text.index("）") for p in g.parts)


def test_zhong_group_and_nested_marker():
    c = analyse_text("帮助三县农村劳动力转移就业3.26万人，其中脱贫人口2.41万人；到鹭江市就业的8150人中，"
                     "稳定就业6个月以上的有6380人。")
    groups = {g.marker: g for g in c.part_groups}
    assert [p.text for p in groups["其中"].parts] == ["2.41万人"]
    assert groups["中"].wholes[0].text == "8150人"
    assert "6380人" in [p.text for p in groups["中"].parts]


def test_respectively_items_and_values():
    c = analyse_text("三县累计减少贫困人口21.35万人，布拖县、美姑县、昭觉县分别为6.52万人、8.37万人和6.46万人。")
    (g,) = c.part_groups
    assert g.marker == "分别"
    assert g.items == ["布拖县", "美姑县", "昭觉县"]
    assert [p.text for p in g.parts] == ["6.52万人", "8.37万人", "6.46万人"]
    (s,) = c.sum_groups
    assert s.total.text == "21.35万人" and s.count == 3


def test_sum_groups():
    c = analyse_text("全市一般公共预算支出548.92亿元，其中教育、社会保障和就业、卫生健康支出分别为102.36亿元、"
                     "86.47亿元和51.28亿元，三项合计240.11亿元，占一般公共预算支出的43.7%。")
    (s,) = [g for g in c.sum_groups if g.marker == "合计"]
    assert s.total.text == "240.11亿元" and s.count == 3
    assert [p.text for p in s.parts] == ["102.36亿元", "86.47亿元", "51.28亿元"]
    c = analyse_text("全年新建村级综合服务中心12个、村卫生室23个等，共建成村级公共服务设施54个。")
    (s,) = c.sum_groups
    assert s.open and s.marker == "共"
    # 共建 (built jointly) with no list before it is no total
    assert analyse_text("两市共建产业园区18个，其中农业产业园11个、工业园区7个。").sum_groups == []


# -- measure, subject, period ---------------------------------------------------------------------
def test_measure_subject_period():
    c = analyse_text("明湖市2023年国民经济和社会发展统计公报\n年末全市常住人口326.8万人，比上年末增加1.2万人。")
    f = fig(c, "326.8万人")
    assert (f.measure, f.subject, f.named, f.period) == ("常住人口", "全市", False, "2023")


def test_measure_from_the_words_after_the_figure():
    c = analyse_text("截至2020年11月，镇雄、彝良、威信、大关4县全部脱贫摘帽，632个贫困村全部出列。")
    f = fig(c, "632个")
    assert f.measure == "贫困村"
    assert f.subject == "4县" and not f.named
    assert f.period == "2020"


def test_named_subject_and_not_places():
    c = analyse_text("帮扶云南省昭通市6个贫困县874个贫困村。\n城市道路126公里。")
    assert fig(c, "874个").subject == "昭通市" and fig(c, "874个").named
    assert fig(c, "126公里").subject is None  # 城市 is not a place


def test_noun_after_a_count_ends_before_an_adverb():
    c = analyse_text("全年全市326个市级重点项目有序推进。")
    assert fig(c, "326个").measure == "市级重点项目"


def test_noun_after_a_figure_ends_before_gong_you():
    c = analyse_text("全市61个乡镇卫生院共有在岗职工4270人。")
    assert fig(c, "61个").measure == "乡镇卫生院"


def test_noun_after_a_figure_closing_the_sentence_is_its_measure():
    # 昭通市6个贫困县。: the words before the figure are its place; what it counts follows it
    c = analyse_text("昭通市6个贫困县。\n昭通市7个贫困县全部摘帽。")
    assert fig(c, "6个").measure == fig(c, "7个").measure == "贫困县"
    assert fig(c, "6个").subject == "昭通市"


def test_subject_carries_over_within_the_paragraph_only():
    c = analyse_text("东莞市投入帮扶资金40.48亿元。选派干部1300名。\n选派干部1200名。")
    assert fig(c, "1300名").subject == "东莞市"
    assert fig(c, "1200名").subject is None


def test_count_subjects_naming_different_places_are_ambiguous():
    c = analyse_text("帮扶韶关、揭阳两市323个相对贫困村。\n对口帮扶湛江、云浮两市的254个相对贫困村全部达标。")
    [f.subject for f in c.figures]
    assert "两市" in c.ambiguous_subjects


@pytest.mark.parametrize("text, figure, period", [
    ("一季度，全县地区生产总值完成68.4亿元；全年完成地区生产总值296.5亿元。", "68.4亿元", "docQ1"),
    ("一季度，全县地区生产总值完成68.4亿元；全年完成地区生产总值296.5亿元。", "296.5亿元", "doc"),
    ("2023年一季度，全县地区生产总值完成68.4亿元。", "68.4亿元", "2023Q1"),
    ("“十三五”期间，累计投入帮扶资金36.8亿元。", "36.8亿元", "2016-2020"),
    ("2016年以来，累计完成植树造林12.6万亩。", "12.6万亩", "since2016"),
    ("2021年至2024年又投入帮扶资金31.6亿元。", "31.6亿元", "2021-2024"),
    ("2019—2023年累计完成投资1.28万亿元。", "1.28万亿元", "2019-2023"),
    ("比2020年增加投资3.5亿元。", "3.5亿元", "doc"),  # 比2020年 is the comparison, not the period
    ("今年中央财政用于“三农”的支出达到3397亿元。", "3397亿元", "doc"),  # (the text's own year, as with no period)
])
def test_periods(text, figure, period):
    assert fig(analyse_text(text), figure).period == period


def test_period_words_resolve_against_the_document_year():
    c = analyse_text("江渚市2020年东西部扶贫协作工作总结\n全年投入资金3.85亿元，上年投入2.1亿元。")
    assert fig(c, "3.85亿元").period == "2020"
    assert fig(c, "2.1亿元").period == "2019"


def test_document_year():
    assert doc_year("明湖市2023年国民经济和社会发展统计公报\n正文") == 2023
    # a 工作报告 titled 2024 reviews 2023 and plans 2024: no single year
    assert doc_year("溪川市2024年政府工作报告（摘要）\n正文") is None
    assert doc_year("正文", 2022) == 2022
    assert doc_year("没有年份的标题\n2023年") is None


def test_plan_statements_and_plan_sections():
    text = ("一、2024年工作回顾\n疏解提质一般制造业企业104家。\n二、2025年重点任务\n"
            "疏解提质一般制造业企业100家。\n力争全年引进项目80个。")
    c = analyse_text(text)
    assert not fig(c, "104家").plan
    assert fig(c, "100家").plan
    c = analyse_text("全年引进项目83个，力争明年引进项目90个。")
    assert not fig(c, "83个").plan and fig(c, "90个").plan


def test_one_month_opening_a_sentence_is_its_period():
    """10月份，…: the month's own figures, not those of 1—10月 said before (a review: a share of the
    months' total was judged against the month's)."""
    c = analyse_text("1—10月，社会消费品零售总额398547亿元。10月份，社会消费品零售总额45396亿元。"
                     "1—10月，网上零售额104678亿元。")
    assert fig(c, "398547亿元").period == fig(c, "104678亿元").period != fig(c, "45396亿元").period
    assert fig(c, "45396亿元").period.endswith("M10")
    # a month in a date (10月5日) or inside a span is no period of its own
    c = analyse_text("1—10月，社会消费品零售总额398547亿元，10月5日发布。")
    assert fig(c, "398547亿元").period.endswith("M1-10")


def test_jiang_meaning_ba_is_no_plan():
    """将 and its object, then 纳入/列入 (the lexicon claims-disposal-verbs): 将 means 把, no future
    (fresh56a held-out: 2023年，我市将灵活就业人员纳入…，全年新开户职工5.42万人)."""
    c = analyse_text("2023年，我市将灵活就业人员纳入住房公积金制度覆盖范围，全年新开户职工5.42万人。")
    assert not fig(c, "5.42万人").plan
    c = analyse_text("明年将新增就业岗位5.42万个，并将12个村列入试点。")
    assert fig(c, "5.42万个").plan and fig(c, "12个").plan
    c = analyse_text("下一步，我市将持续扩面，力争新开户职工6万人。")
    assert fig(c, "6万人").plan
    # (fresh62b held-out: 接入 after its object, with 全部 between)
    c = analyse_text("为守牢安全底线，省里将2346家养老机构全部接入“智慧养老”监管平台。")
    assert not fig(c, "2346家").plan
    c = analyse_text("明年，省里将新建养老机构120家，全部接入监管平台。")
    assert fig(c, "120家").plan


def test_a_short_paragraph_with_targets_met_is_no_plan_heading():
    """全年城镇新增就业6.82万人，完成年度目标任务6万人的113.7%。 is a paragraph of 34 characters with
    目标任务 in it, not a heading: the targets were met, and what follows is no plan (fresh29a
    held-out); 二、2025年目标任务 and 下一步，重点抓好以下3个方面工作。 (with a figure and 。) still open
    plans (a review of this reading)."""
    text = ("一、就业\n全年城镇新增就业6.82万人，完成年度目标任务6万人的113.7%。\n"
            "全年新增技能人才1.26万人。\n二、2025年目标任务\n新增技能人才1.5万人。")
    c = analyse_text(text)
    assert not fig(c, "6.82万人").plan and not fig(c, "1.26万人").plan
    assert fig(c, "1.5万人").plan
    c = analyse_text("全年完成职业技能培训3.2万人次。\n下一步，重点抓好以下3个方面工作。\n一是强化技能培训。完成职业技能培训3.5万人次。")
    assert not fig(c, "3.2万人次").plan and fig(c, "3.5万人次").plan
    # a heading that says targets are to be met is one (second review)
    for heading in ("二、全力完成明年目标任务", "二、奋力实现全年主要目标"):
        c = analyse_text(f"一、今年以来工作\n全县实施重点项目118个。\n{heading}\n全县实施重点项目128个。")
        assert not fig(c, "118个").plan and fig(c, "128个").plan


def test_small_numbers():
    assert [small_number(s) for s in ("两", "三", "十", "十二", "二十", "二十三", "12", "", "百")] == [
        2, 3, 10, 12, 20, 23, 12, None, None]


def test_analysis_is_linear():
    """Doubling the text at most doubles the work: every figure is looked at a bounded number of
    times (checked by counting, not timing)."""
    base = "全年新建道路126公里、绿道47公里，合计173公里，其中高速公路30公里。年末全市常住人口326.8万人。\n"
    small, big = analyse_text(base * 200), analyse_text(base * 400)
    assert len(big.figures) == 2 * len(small.figures)
    assert len(big.part_groups) == 2 * len(small.part_groups)
    assert len(big.sum_groups) == 2 * len(small.sum_groups)
    assert big.figures[-1].value == Decimal(3268000)


# -- fast paths (each must give what the plain scan gives) ----------------------------------------
@pytest.mark.parametrize("text", [
    "新建公路326公里，道路85公里，合计411公里。",  # ， only (str.split)
    "一是道路；二是桥梁：三座；四是;五是，六是。",  # every full-width and ASCII separator
    "道路1,085公里, 桥梁3座，时间10:30，比例3:2：完成。",  # ASCII , and : (digits do not cut)
    "没有分隔符的一句话。",
    "，开头和结尾都是逗号，",
    "连续，，；；的分隔符。",
])
def test_clause_separators_are_those_of_the_pattern(text):
    from factlint.claims import _CLAUSE_SEP, _CLAUSE_SEP_ASCII

    for s in split_sentences("前一句。" + text):
        rx = _CLAUSE_SEP_ASCII if "," in s.text or ":" in s.text else _CLAUSE_SEP
        assert s.seps == [m.start() + s.start for m in rx.finditer(s.text)]


@pytest.mark.parametrize("text, figure, measure", [
    # a subject or a period word in the lead is cut off; without one the whole lead is the measure
    ("昭通市地区生产总值1200亿元。", "1200亿元", "地区生产总值"),
    ("2023年地区生产总值1200亿元。", "1200亿元", "地区生产总值"),
    ("一季度地区生产总值300亿元。", "300亿元", "地区生产总值"),
    ("全国粮食产量6.9亿吨。", "6.9亿吨", "粮食产量"),
    ("地区生产总值1200亿元。", "1200亿元", "地区生产总值"),
])
def test_measure_after_subject_and_period_words(text, figure, measure):
    assert fig(analyse_text(text), figure).measure == measure


@pytest.mark.parametrize("text, role", [
    ("工业增加值增长5.2%。", CHANGE),
    ("工业增加值增长了5.2%。", CHANGE),
    ("工业增加值增长超过5.2%。", CHANGE),
    ("工业增加值降低为5.2%。", CHANGE),
    ("新增长点贡献5.2%。", RATE),
    ("工业增加值占比5.2%。", SHARE),
])
def test_change_verbs_at_the_end_of_the_lead(text, role):
    assert analyse_text(text).figures[0].role == role


def test_sentence_at_every_offset_is_the_one_of_the_full_split():
    # terminators in runs, closing quotes and brackets after them, rare ！？!?, blanks, empty lines
    # and a line longer than MAX_SENTENCE (cut by the guard) all end sentences the same way
    from factlint.claims import MAX_SENTENCE

    text = ("“第一句。”第二句！？」 第三句?!（注）\n\n  第四句，有逗号；\u3000\n第五句。。”\n"
            + "很长的一行、" * (MAX_SENTENCE // 4) + "\n末句!")
    c = analyse_text(text)
    whole = c.sentences
    assert len(whole) > 6
    by_offset = {off: s for s in whole for off in range(s.start, s.end)}
    fresh = analyse_text(text)  # (a model that has not split the whole text)
    for off in range(len(text)):
        if text[off] in "。！？!?”」）":
            continue  # (on the 2nd terminator of a run sentence_at gives the run's rest: no figure is there)
        got = fresh.sentence_at(off)
        want = by_offset.get(off)
        assert (got and (got.start, got.end, got.paragraph)) == (want and (want.start, want.end, want.paragraph))


# -- fast paths of the figure build (speed work: each must give what the plain reading gives) ----
def test_a_unit_written_once_passes_back_along_the_whole_list():
    c = analyse_text("三个景区分别接待28.6万、17.3万和9.8万人次。")
    assert [(f.text, f.unit, f.role) for f in c.figures[1:]] == [
        ("28.6万", "人次", COUNT), ("17.3万", "人次", COUNT), ("9.8万人次", "人次", COUNT)]
    # a figure without a unit that is not joined to the list keeps none
    c = analyse_text("收入增加28.6万，接待9.8万人次。")
    assert fig(c, "28.6万").unit == ""


def test_an_average_marker_without_jun_or_mei_is_still_found():
    # the build searches a lead for average markers only when it has 均 or 每, unless the
    # lexicon has a marker with neither (a pack may add one)
    from copy import deepcopy

    from factlint.claims import _builtin_knowledge

    knowledge = deepcopy(_builtin_knowledge())
    knowledge.lexicons["claims-average-markers"] = [*knowledge.lexicon("claims-average-markers"), "人平"]
    c = analyse_text("全县人平收入12680元，人均住房面积42平方米。", knowledge=knowledge)
    assert fig(c, "12680元").role == AVERAGE and fig(c, "12680元").marker == "人平"
    assert fig(c, "42平方米").role == AVERAGE
    assert fig(analyse_text("全县人平收入12680元。"), "12680元").role != AVERAGE


def test_lazy_attributes_of_a_figure_are_worked_out_once_and_can_be_set():
    c = analyse_text("2023年，昭通市地区生产总值1500亿元。")
    f = c.figures[0]
    assert (f.measure, f.subject, f.named, f.period, f.plan) == ("地区生产总值", "昭通市", True, "2023", False)
    assert f.clause.text == "昭通市地区生产总值1500亿元。" and f.clause is f.clause
    assert f.non_additive is False
    f.non_additive = True
    assert f.non_additive is True


def test_every_group_marker_is_found_and_only_a_clause_head_opens_a_total():
    # each marker of the part groups (其中, 分别, 依次, …中，, ，含) in a sentence of its own
    text = ("全市共有学校120所，其中小学80所、中学40所。"
            "三县分别完成投资12亿元、15亿元和9亿元。"
            "各季度依次为120亿元、135亿元。"
            "4.2万户农户中，脱贫户1.2万户。"
            "培训学员1260人，含脱贫劳动力385人。")
    c = analyse_text(text)
    assert [g.marker for g in c.part_groups] == ["其中", "分别", "分别", "中", "含"]
    assert fig(c, "80所").role == PART
    # totals: a head at the start of the clause (合计, 两项合计), a colon breakdown after a total word
    c = analyse_text("新建公路326公里，改建道路242公里，合计568公里。"
                     "全年接待游客总计1268.4万人次：国内游客1196.2万人次、入境游客62.2万人次。"
                     "道路242公里合计里程568公里。")
    assert [(g.total.text, [p.text for p in g.parts]) for g in c.sum_groups] == [
        ("568公里", ["326公里", "242公里"]), ("1268.4万人次", ["1196.2万人次", "62.2万人次"])]


def test_an_empty_line_before_a_heading_changes_nothing():
    text = "\n\n一、2024年工作回顾\n\n引进项目104个。\n\n二、2025年重点任务\n\n引进项目100个。"
    c = analyse_text(text)
    assert not fig(c, "104个").plan and fig(c, "100个").plan


@pytest.mark.parametrize("text", [
    "全年新建公路326公里，改建道路242公里，合计568公里。",          # ， only: found with count/rfind/find
    "新建公路326公里；改建道路242公里，合计568公里：其中县道12公里。",  # other separators: the split
    "道路1,085公里，桥梁12座。",                                    # a digit comma is no separator
    "326公里，，242公里，",
])
def test_each_figure_is_in_the_clause_the_sentence_splits(text):
    c = analyse_text(text)
    assert c.figures
    for f in c.figures:
        want = next(x for x in f.sentence.clauses if x.start <= f.start < x.end)
        assert (f.clause.start, f.clause.end, f.clause.index) == (want.start, want.end, want.index)


@pytest.mark.parametrize("lead, want", [
    ("全年地区生产总值达到", "地区生产总值"),       # the tail word is cut (ends with a tail word's last character)
    ("其中地区生产总值", "地区生产总值"),           # the head word is cut
    ("合计“粮食产量”为", "粮食产量"),               # quotes go first, then head and tail
    ("粮食产量比上年", "粮食产量比上年"),           # no head or tail word: kept
])
def test_measure_cuts_head_and_tail_words(lead, want):
    from factlint.claims import _measure_of

    class Q:
        measure = None

    assert _measure_of(lead, "", Q) == want


def test_words_ending_like_a_place_are_no_subject():
    """全年市区…, 国省控断面, 县城, 市场: 市/省/县 ending a word or after a period word is no place name
    (a blind-written held-out bulletin had 全年市 and 水国省 as subjects)."""
    from factlint.claims import _subject_mentions

    for text in ("全年市区环境空气质量优良天数318天", "地表水国省控断面水质优良比例", "全年县城新增就业", "全年市场主体",
                 "集中签约活动在市会展中心举行", "表彰大会在县会议中心隆重召开"):
        assert [w for _, _, w, k in _subject_mentions(text, frozenset(), frozenset()) if k == "p"] == [], text
    assert [w for _, _, w, k in _subject_mentions("昭通市贫困村", frozenset(), frozenset()) if k == "p"] == ["昭通市"]


def test_towns_are_subjects_and_town_words_are_not():
    """青石镇, 白沙乡 name places (a blind-written held-out news story with a table by 乡镇); 城镇居民,
    乡镇, 城乡, 特色小镇, 乡村 are words."""
    from factlint.claims import _subject_mentions

    def places(text):
        return [w for _, _, w, k in _subject_mentions(text, frozenset(), frozenset()) if k == "p"]

    assert places("青石镇依托工业园区举办5场专场招聘会") == ["青石镇"]
    assert places("白沙乡、长岭乡各举办3场") == ["白沙乡", "长岭乡"]
    for text in ("城镇居民人均可支配收入", "全县各乡镇", "城乡居民", "特色小镇12个", "乡村振兴", "返乡创业人员",
                 "实施乡村建设行动"):
        assert places(text) == [], text
    c = analyse_text("青石镇依托工业园区举办5场专场招聘会，共提供岗位2830个。")
    assert fig(c, "2830个").subject == "青石镇"


def test_jingzeng_is_a_change():
    """比2020年末的8764公里净增554公里，其中高速公路412公里: 净增 is a change against the earlier value,
    so the 其中 parts are not of it (a blind-written held-out summary)."""
    c = analyse_text("年末全市公路通车总里程达到9318公里，比2020年末的8764公里净增554公里，其中高速公路412公里、一级公路687公里。")
    assert fig(c, "554公里").role == "change"
    assert fig(c, "9318公里").role != "change"


def test_part_of_the_year_a_title_names():
    """泷嶂市2026年一季度经济运行情况: a figure that states no period of its own is of 2026Q1, as one
    under 一季度 is (a blind-written held-out release); a title of the whole year adds nothing."""
    from factlint.claims import doc_year_part

    assert doc_year_part("泷嶂市2026年一季度经济运行情况\n\n正文") == "Q1"
    assert doc_year_part("2025年上半年全市经济运行情况\n\n正文") == "H1"
    assert doc_year_part("2025年全市国民经济和社会发展统计公报\n\n正文") == ""
    assert doc_year_part("# 砚湖市一季度经济运行开局平稳\n\n正文") == "Q1"  # (no year: docQ1)
    c = analyse_text("泷嶂市2026年一季度经济运行情况\n\n一季度，全市规模以上工业增加值452.8亿元。\n\n"
                     "规模以上高技术制造业增加值86.4亿元，增长11.8%。")
    assert fig(c, "86.4亿元").period == fig(c, "452.8亿元").period == "2026Q1"


def test_words_after_a_figure_that_open_with_wei_name_nothing():
    """以2026年末全区常住人口48.26万人为基数测算: 为基数测算 names nothing; the measure is 常住人口 (a blind
    held-out work report)."""
    c = analyse_text("以2026年末全区常住人口48.26万人为基数测算，新增普惠性托位960个。")
    assert fig(c, "48.26万人").measure == "常住人口"


def test_doc_year_of_a_report_on_a_year():
    """关于2025年度…的审计工作报告 reports on 2025; a 政府工作报告 titled with its own year does not say
    which year a figure without a period belongs to."""
    from factlint.claims import doc_year

    assert doc_year("关于岚川县2025年度本级预算执行和其他财政收支的审计工作报告\n\n正文") == 2025
    assert doc_year("2026年政府工作报告\n\n正文") is None
    assert doc_year("明湖市2023年国民经济和社会发展统计公报\n\n正文") == 2023


def test_list_items():
    from factlint.claims import list_items

    assert list_items("布拖县、美姑县和昭觉县") == ["布拖县", "美姑县", "昭觉县"]
    assert list_items("男生、女生") == ["男生", "女生"]
    assert list_items("大专、本科及以上") == ["大专", "本科及以上"]  # 及以上 ends an item
    assert list_items("城镇以及农村与山区") == ["城镇", "农村", "山区"]


def test_a_class_label_in_brackets_stays_in_the_measure():
    """小（1）型水库 is not 小型水库 (fresh29a held-out); a worded aside is still no part of the name."""
    c = analyse_text("小型水库中，小（1）型水库14座、小（二）型水库26座。全市在校生（含在园幼儿）86.42万人。")
    assert fig(c, "14座").measure == "小一型水库" and fig(c, "26座").measure == "小二型水库"
    assert fig(c, "86.42万人").measure == "在校生"


def test_last_years_same_period_is_said_of_its_clause_only():
    """上年同期 before a comparison figure is its period, not that of the clauses after it (a review:
    the later 成交金额 of 土地出让 and the next sentence were read as last year's)."""
    c = analyse_text("政府采购项目2165宗、成交金额62.18亿元，上年同期政府采购成交金额58.36亿元；土地出让312宗、"
                     "成交金额139.62亿元。授予中小企业合同金额48.73亿元。")
    assert fig(c, "58.36亿元").period != fig(c, "62.18亿元").period
    assert fig(c, "139.62亿元").period == fig(c, "48.73亿元").period == fig(c, "62.18亿元").period
    # (in its own clause it is the figure's period)
    c = analyse_text("全市完成投资126亿元，上年同期完成投资118亿元。")
    assert fig(c, "118亿元").period != fig(c, "126亿元").period

"""prefer-arabic-numerals: statistics written in Chinese numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from _support import check_examples, corpus_files, findings, linter, none, one, snippets

RULE = "prefer-arabic-numerals"


def test_docstring_examples():
    check_examples(RULE)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("全年发生事故二百三十六起。", "二百三十六起", "236"),
        ("整治安全隐患一千二百六十八处。", "一千二百六十八处", "1268"),
        ("财政收入二十七亿四千万元。", "二十七亿四千万元", "2740000000"),
        ("接待游客三十五万人次。", "三十五万人次", "350000"),
        ("项目投资三点五亿元。", "三点五亿元", "350000000"),
        ("工业总产值增长百分之三十六点五。", "百分之三十六点五", "36.5"),
        ("新建农房两千五百套。", "两千五百套", "2500"),
        ("全年组织培训二百三十六期。", "二百三十六期", "236"),
        ("全年举办技能培训班二十六期。", "二十六期", "26"),
        ("查处违法案件十八起。", "十八起", "18"),
        # fresh48b held-out: 卷 counts case files (案卷)
        ("抽查行政执法案卷三百二十六卷，对发现的问题逐案反馈。", "三百二十六卷", "326"),
    ],
)
def test_wrong(text, span, value):
    (d,) = findings(RULE, text)
    assert d.snippet == span
    assert d.evidence["value"] == Decimal(value)


def test_suggestion_keeps_the_magnitude():
    (d,) = findings(RULE, "财政收入二十七亿四千万元。")
    assert d.evidence["suggested"] == "27.4亿元"
    (d,) = findings(RULE, "增长百分之三十六点五。")
    assert d.evidence["suggested"] == "36.5%"


@pytest.mark.parametrize(
    "text",
    [
        "一方面要稳增长，另一方面要防风险，确保两市三项任务落实。",
        "全县有八九个乡镇、十几个村受灾，三四百户，受灾面积约占两成。",
        "发生事故二百多起，上千人参加，数百家企业，二百余名。",
        "共有三百人参加，投资一千万元，八亿人口。",  # round numbers in prose
        "二〇二四年一月十五日",  # a 公文 落款
        "第一百二十三个，星期三，初十。",
        "坚持“四个全面”，三农工作，十万八千里，一千零一夜，三百六十行。",
        "深入实施“百千万人才引进计划”，千方百计，千家万户。",
        "下午三点五十分开会。",
        "十二项举措，二十大精神，十四五规划，十九届六中全会。",
        "发生事故236起，整治隐患1268处。",
        "完成了百分之百，提高百分之五。",
        "发生事故二百三十六起左右。",
        "重点抓好以下十二个方面，出台十二项举措，十届十二次、十三次全会。",
        "全天二十四小时服务，年仅十九岁，五十六个民族，培训二十期。",
        "书分上下两卷，第三卷收录评查案例。",
        "《资治通鉴》全书二百九十四卷，记载了一千三百六十二年的历史。",
    ],
)
def test_right(text):
    assert findings(RULE, text) == []


def test_house_style_documents_are_left_alone():
    # a report that writes its statistics in Chinese numerals throughout (pre-1990 style)
    old = ("全年粮食产量达到三亿零四百七十五万吨，棉花产量二百二十七万吨，"
           "钢产量三千一百七十八万吨，原煤产量六亿一千八百万吨，"
           "财政收入一千零八十五亿二千万元，基本建设投资五百五十五亿三千万元。")
    assert findings(RULE, old) == []
    # the same sentences in a document whose statistics are Arabic are reported
    modern = ("全年粮食产量6.5亿吨，棉花产量573万吨，钢产量10.2亿吨，原煤产量41亿吨，"
              "财政收入20.3万亿元，投资50.3万亿元，新增就业1244万人，城镇化率66.2%，"
              "出口23.8万亿元，进口18万亿元。钢产量三千一百七十八万吨。")
    assert snippets(RULE, modern) == ["三千一百七十八万吨"]


def test_house_style_is_judged_per_kind():
    # percentages written out throughout (as in the 1992-1995 reports), amounts in Arabic
    text = ("增长百分之十四点二，增长百分之十八点六，增长百分之十七点五，增长百分之二十一点一。"
            "完成投资7800亿元，粮食产量4.4亿吨，棉花450万吨，钢8000万吨，原煤11亿吨，"
            "新建铁路1100公里，公路1.2万公里，新增就业700万人，出口917亿美元，进口1039亿美元，"
            "发生事故二百三十六起。")
    assert snippets(RULE, text) == ["二百三十六起"]


def test_options_can_turn_the_house_style_off():
    from factlint.config import Settings
    from factlint.documents import plain_document
    from factlint.engine import Linter

    old = "钢产量三千一百七十八万吨，原煤产量六亿一千八百万吨，棉花二百二十七万吨，粮食三亿零四百七十五万吨。"
    lint = Linter(Settings(select=[RULE], rule_options={RULE: {"house_style_min": 1000}}), load_entrypoints=False)
    assert len(lint.check_documents([plain_document("t.txt", old)]).diagnostics) == 4


@pytest.mark.skipif(not corpus_files("gov-work-reports/*.txt"), reason="../shared/corpus not present")
def test_silent_on_published_reports():
    from factlint.documents import plain_document

    total = 0
    for p in corpus_files("gov-work-reports/*.txt", "provincial-2025/*.txt"):
        total += len(linter(RULE).check_documents([plain_document(str(p), p.read_text(encoding="utf-8"))]).diagnostics)
    assert total == 0


def test_count_closing_the_clause_after_its_noun():
    # 卫生室十二个。: after the thing counted, closing the clause, the number is a statistic
    one(RULE, "医疗卫生条件持续改善，全年新建村级卫生室十二个，家庭医生签约服务覆盖率达到78.5%。")
    one(RULE, "全年完成重点项目十四项。")
    # before a noun the count is structural; after 这/每 it is no statistic of what was done
    none(RULE, "会议提出了十二个方面的举措，明确十四项重点任务。")
    none(RULE, "这十二个，都是群众反映最集中的问题。")
    # 条 too (fresh29b held-out): lines, roads and routes counted after their noun
    one(RULE, "全年新开通城市公交线路十四条，优化调整线路23条。")
    none(RULE, "全年新开通城市公交线路14条，优化调整线路23条。")
    none(RULE, "会议审议通过了支持民营经济发展的二十二条措施。")
    # the articles of a law or regulation are counted in Chinese numerals (review of this reading)
    none(RULE, "《梧阳市物业管理条例》共七章六十二条，自2026年3月1日起施行。")
    none(RULE, "新修订的《条例》由原来的四十五条增加至六十八条，新增内容涉及业主委员会。")
    # a plan or a regulation named in another clause: the count is still of roads (second review)
    one(RULE, "按照《泷溪县农村公路建设三年行动方案》，全年新建改建农村公路十五条。")


def test_house_style_count_stops_only_when_the_answer_is_settled():
    """The house-style test stops counting Arabic statistics once both of its comparisons have
    failed; counted to the end it gives the same answers."""
    import random

    from factlint.checks.style import prefer_arabic_numerals as pa
    from factlint.checks.style._numstyle import alternation
    from factlint.engine import Linter

    knowledge = Linter(load_entrypoints=False).knowledge
    counters = alternation(knowledge.lexicon("statistic-counters"))
    phrases = knowledge.lexicon("numeral-set-phrases")
    rule = pa.PreferArabicNumerals()
    tokens = ["二百三十六起", "一千二百六十八处", "百分之三十六点五", "12起", "3.5万元", "45%", "８７％",
              "236期", "7亿", "，", "。", "全年", "培训", "十八起", "两成"]
    rng = random.Random(4)
    answers = set()
    for _ in range(1500):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 40)))
        candidates = list(pa._candidates(text, counters, phrases))
        for ratio in (0.5, 0.0, 2.0):
            for minimum in (1, 4):
                rule.options = {"house_style_ratio": ratio, "house_style_min": minimum}
                got = rule._house_style(text, counters, candidates)
                assert got == _house_style_counted_in_full(text, counters, candidates, ratio, minimum), text
                answers.add(tuple(got.values()))
    assert len(answers) == 4  # every combination of answers came up


def _house_style_counted_in_full(text, counters, candidates, ratio, minimum):
    from factlint.checks.style import prefer_arabic_numerals as pa

    chinese = {"count": sum(not c.percent for c in candidates), "percent": sum(c.percent for c in candidates)}
    arabic = {"count": 0, "percent": 0}
    if chinese["count"] + chinese["percent"] >= minimum:
        arabic["percent"] = sum(len(p.findall(text)) for p in pa._ARABIC_PERCENT)
        for m in pa._ARABIC.finditer(text):
            end = m.end()
            while end < len(text) and text[end] in "万亿萬億":
                end += 1
            if end > m.end() or counters.match(text, end):
                arabic["count"] += 1
    total_cn, total_ar = chinese["count"] + chinese["percent"], arabic["count"] + arabic["percent"]
    overall = total_cn >= minimum and total_cn >= total_ar
    return {k: overall or (chinese[k] >= minimum and chinese[k] >= ratio * arabic[k]) for k in chinese}



def test_numerals_are_found_as_by_every_run_start():
    """``_found`` reads the trigger places in order and skips those inside the numeral just read;
    it finds what reading every distinct run start in order finds (the scan as it was), and
    ``_candidates`` leaves out those in a set phrase."""
    import random

    from factlint.checks.style import prefer_arabic_numerals as pa
    from factlint.checks.style._numstyle import PhraseIndex, alternation
    from factlint.engine import Linter

    knowledge = Linter(load_entrypoints=False).knowledge
    counters = alternation(knowledge.lexicon("statistic-counters"))
    phrase_words = knowledge.lexicon("numeral-set-phrases")
    tokens = list("零〇一二两三四五六七八九十百千万亿萬億点之分第") + ["百分之", "千分之", "起", "个", "处", "元", "，",
                                                             "多", "星期", "三十六计", "十万八千里", "的", "2", "期"]
    rng = random.Random(15835)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 30)))
        got = list(pa._found(text, counters))
        assert got == list(_found_by_every_run_start(text, counters)), text
        phrases = PhraseIndex(text, phrase_words)
        assert pa._candidates(text, counters, phrase_words) == [c for c in got if not phrases.overlaps(c.start, c.stop)]
        found += len(got)
    assert found > 500


def _found_by_every_run_start(text, counters):
    """The scan before ``_found``: every distinct run start of a trigger, in order."""
    from factlint.checks.style import prefer_arabic_numerals as pa
    from factlint.checks.style._numstyle import hit_positions, parse_chinese_number, run_start

    starts = {run_start(text, p, pa._NUMERAL_CHARS) for p in hit_positions(text, pa._TRIGGERS)}
    starts.update(m.end() for m in pa._PERCENT_TRIGGER.finditer(text))
    last_end = -1
    for begin in sorted(starts):
        if begin < last_end:
            continue
        m = pa._CN_NUMERAL.match(text, begin)
        if m is None:
            continue
        last_end = m.end()
        word = m.group()
        if not pa._HAS_PLACE.search(word):
            continue
        start, end = m.span()
        if word[0] in "万亿萬億":
            continue
        percent = text[max(0, start - 3):start] in pa._CN_PERCENT_PREFIX
        counter = ""
        stop = end
        if not percent:
            cm = counters.match(text, end)
            if cm is None:
                continue
            counter = cm.group()
            stop = cm.end()
            prev = text[start - 1] if start else ""
            if prev in pa._NOT_BEFORE or text[max(0, start - 2):start] in ("星期", "礼拜"):
                continue
            if text.startswith(pa._APPROX_AFTER, stop):
                continue
        if text.startswith(pa._APPROX_AFTER, end):
            continue
        value = parse_chinese_number(word)
        if value is None or value == 0:
            continue
        closes = (bool(counter) and stop < len(text) and text[stop] in pa._CLAUSE_END and start > 0
                  and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in pa._NOT_BEFORE_POSTPOSED)
        yield pa._Candidate(start, end, stop, word, counter, value, percent, closes)


def test_times_closing_the_clause_are_a_statistic():
    """全年组织专题视察和调研二十三次，形成调研报告17篇: 二十三次 after what was done counts it (a blind
    held-out report); 十届十二次、十三次全会 are sessions, not counts."""
    assert snippets(RULE, "全年组织专题视察和调研二十三次，形成调研报告17篇。") == ["二十三次"]
    assert findings(RULE, "自治区党委十届十二次、十三次全会对今年工作进行了全面安排部署。") == []
    assert findings(RULE, "会议研究了二十三次会议的筹备工作。") == []

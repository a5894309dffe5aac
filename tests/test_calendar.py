"""factlint.calendar: dates, years, five-year plans and the year a text speaks of."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings, strategies as st

from factlint.calendar import (
    Bounds,
    Plans,
    cn_int,
    date_exists,
    find_dates,
    find_plans,
    find_year_months,
    find_years,
    is_leap,
    plan_formula,
    text_time,
    weekday_of,
    year_value,
)


@pytest.mark.parametrize(
    "text, value",
    [("十", 10), ("十一", 11), ("二十", 20), ("二十一", 21), ("三十一", 31), ("一百", 100),
     ("一百二十", 120), ("一百零五", 105), ("两", 2), ("七十五", 75), ("８０", 80), ("2024", 2024),
     ("一二", None), ("二三十", None), ("", None), ("十百", None), ("abc", None)],
)
def test_cn_int(text, value):
    assert cn_int(text) == value


def test_year_value_digit_by_digit():
    assert year_value("二〇二四") == 2024
    assert year_value("一九五三") == 1953
    assert year_value("二0二一") == 2021
    assert year_value("一九六○") == 1960
    assert year_value("２０２４") == 2024
    assert year_value("二〇二") is None


@given(st.integers(min_value=1, max_value=300), st.integers(min_value=1000, max_value=9999))
def test_cn_int_round_trip(n, y):
    digits = "〇一二三四五六七八九"
    assert year_value("".join(digits[int(c)] for c in str(y))) == y
    # write n in Chinese with places
    h, t, u = n // 100, n // 10 % 10, n % 10
    s = (digits[h] + "百" if h else "") + (digits[t] + "十" if t else ("零" if h and u else "")) + (digits[u] if u else "")
    if not h and t == 1:
        s = s[1:]  # 十五, not 一十五
    assert cn_int(s) == n, s


def test_find_dates_forms():
    text = ("2024年5月3日（星期四），二〇二四年一月三日，5月6日周一，2024-01-08（星期二），"
            "农历八月三十日，２０２３年１２月２６日（星期二）")
    ds = find_dates(text)
    assert [(d.year, d.month, d.day) for d in ds] == [
        (2024, 5, 3), (2024, 1, 3), (None, 5, 6), (2024, 1, 8), (None, 8, 30), (2023, 12, 26)]
    assert [d.weekday[2] if d.weekday else None for d in ds] == [3, None, 0, 1, None, 1]
    assert [d.lunar for d in ds] == [False, False, False, False, True, False]
    assert ds[0].text == "2024年5月3日" and text[ds[0].start:ds[0].full_end] == "2024年5月3日（星期四）"
    assert ds[1].form == "cn-chinese" and ds[3].form == "iso"


def test_dates_of_other_eras_are_marked():
    (d,) = find_dates("公元前二零零零年二月二十九日")
    assert d.lunar and d.year == 2000
    assert find_years("公元前2000年，公元2000年") and [y.year for y in find_years("公元前2000年")] == []


def test_find_dates_ignores_non_dates():
    assert find_dates("一二月份，全市完成投资12亿元；6—36月龄婴幼儿；第3季度；GB/T 15835-2011") == []


def test_date_exists_and_weekday():
    assert date_exists(2024, 2, 29) and not date_exists(2023, 2, 29)
    assert date_exists(None, 2, 29) is None
    assert not date_exists(None, 4, 31) and not date_exists(2023, 13, 1) and not date_exists(2023, 1, 0)
    assert is_leap(2000) and not is_leap(1900) and is_leap(2024)
    assert weekday_of(2023, 3, 5) == 6 and weekday_of(2024, 1, 8) == 0 and weekday_of(2023, 2, 29) is None


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_written_dates_read_back(day):
    digits = "〇一二三四五六七八九"

    def small(n):
        return ("" if n < 20 else digits[n // 10]) + ("十" if n >= 10 else "") + (digits[n % 10] if n % 10 else "")

    for text in (f"{day.year}年{day.month}月{day.day}日",
                 "".join(digits[int(c)] for c in str(day.year)) + f"年{small(day.month)}月{small(day.day)}日"):
        (d,) = find_dates(text)
        assert (d.year, d.month, d.day) == (day.year, day.month, day.day), text
        assert d.valid()


def test_year_months():
    ms = find_year_months("2023年13月，2023年12月，2023年5月6日")
    assert [(m.year, m.month) for m in ms] == [(2023, 13), (2023, 12)]


def test_find_years_and_frames():
    ys = find_years("2016年以来，2016年至2020年，一九五三年，1990年代，公元前200年")
    assert [y.year for y in ys] == [2016, 2016, 2020, 1953]
    assert ys[0].since and not ys[0].range_start
    assert ys[1].range_start and not ys[2].range_start


def test_plans_formula_and_table_agree():
    from factlint.packs import builtin_pack_folder, load_knowledge

    plans = Plans.from_knowledge(load_knowledge([builtin_pack_folder()]))
    assert plan_formula(1) == (1953, 1957) and plan_formula(2) == (1958, 1962)
    for n in range(1, 16):
        p = plans.get(n)
        assert (p.start, p.end) == plan_formula(n), n
        assert p.source
    assert plans.get(13).name == "“十三五”" and plans.get(13).years == "2016—2020年"
    assert plans.for_year(2023).number == 14
    assert plans.for_year(1964) is None  # 1963–1965: readjustment, no plan
    assert plans.for_range(2016, 2020).number == 13
    # beyond the table: the formula
    assert (Plans().get(16).start, Plans().get(16).end) == (2031, 2035)


def test_find_plans():
    found = find_plans("“十三五”时期，十四五规划，第二个五年计划，“十五”计划，三十五规划，三五成群，十五年")
    assert [(p.text, p.number) for p in found] == [
        ("“十三五”", 13), ("十四五", 14), ("第二个五年计划", 2), ("“十五”", 10)]


def test_text_time_sources():
    assert text_time("今年", 2021).now == {2021}
    t = text_time("安澜县人民政府关于2023年度工作情况的报告\n\n正文。\n\n安澜县人民政府\n\n二〇二四年一月三日\n")
    assert t.now == {2023, 2024} and "标题" in t.source and "落款" in t.source
    assert t.recent == {2022, 2023, 2024} and t.primary == 2024
    t = text_time("溪川市政府工作报告（摘要）\n\n——2024年1月16日在溪川市第十七届人民代表大会第四次会议上\n\n正文")
    assert t.now == {2024} and t.source == "题注日期"
    t = text_time("# 桐岭市假期接待游客\n\n2024年5月6日（星期一），市文旅局发布数据。1949年10月1日。")
    assert t.now == {2024} and t.source == "导语日期"
    t = text_time("# 桐岭市假期接待游客\n\n全市旅游市场平稳。\n\n游客满意。\n\n景区有序。\n\n据统计，2024年5月6日全市接待游客。1949年10月1日。")
    assert t.now == {2024} and "最晚" in t.source
    assert not text_time("没有年份的文本。").known
    # a news article on last year's figures, dated this year: both years
    t = text_time("# 青禾县2023年经济运行稳中向好\n\n本报讯　2024年1月16日（星期二）上午，县统计局召开发布会。\n")
    assert t.now == {2023, 2024} and "导语日期" in t.source
    t = text_time("县政府工作总结\n\n2023年，县人民政府在县委的坚强领导下，全县经济平稳发展。\n")
    assert t.now == {2023} and t.source == "开篇年份"
    # a title that names a span takes its end
    assert text_time("2019年至2023年工作总结\n正文").now == {2023}


def test_bounds():
    text = "甲，乙；丙。丁，戊\n己"
    b = Bounds(text)
    assert b.sentence(2) == (0, 5) and b.sentence(7) == (6, 9) and b.sentence(10) == (10, 11)
    assert b.clause(2) == (2, 3)
    assert b.clauses(0, 5) == [(0, 1), (2, 3), (4, 5)]


def test_anniversary_table():
    """At least 30 subjects, each with a year, a source and names or events to find it by."""
    from factlint.packs import builtin_pack_folder, load_knowledge

    table = load_knowledge([builtin_pack_folder()]).fact_table("anniversaries")
    assert len(table) >= 30
    for e in table:
        assert isinstance(e["year"], int) and e["source"] and (e.get("names") or e.get("events")), e
    years = {e["subject"]: e["year"] for e in table}
    expected = {"中国共产党": 1921, "中华人民共和国": 1949, "改革开放": 1978, "深圳经济特区": 1980,
                "香港回归祖国": 1997, "澳门回归祖国": 1999, "五四运动": 1919, "中国人民解放军": 1927,
                "中国共产主义青年团": 1922, "全国人民代表大会": 1954, "中国人民政治协商会议": 1949,
                "西藏和平解放": 1951, "内蒙古自治区": 1947, "新疆维吾尔自治区": 1955,
                "广西壮族自治区": 1958, "宁夏回族自治区": 1958, "西藏自治区": 1965, "海南省": 1988,
                "重庆直辖市": 1997, "浦东开发开放": 1990, "中国人民抗日战争胜利": 1945,
                "红军长征胜利": 1936, "辛亥革命": 1911, "中国加入世界贸易组织": 2001}
    for subject, year in expected.items():
        assert years.get(subject) == year, subject


_ALPHABET = ("0123456789０１２３年月日号周星期礼拜一二三四五六七八九十百〇零两（）()至到—-~，。；：\n "
             "以来今去明是为也作“”十三四五规划计划时期期间开局收官之年第个成立周年建党新中国农历公元前"
             "云南省昭通市镇雄县四川凉山州贵州黔东南广西壮族自治区盟地区")


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_calendar_and_fact_rules_never_crash(text):
    FACT_RULES = ("weekday-mismatch", "invalid-date", "anniversary-mismatch", "year-span-mismatch",
                  "plan-period-mismatch", "region-mismatch")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "checks"))
    from _support import findings

    text_time(text)
    find_plans(text)
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
    for y in find_years(text):
        assert 0 <= y.start < y.end <= len(text)
    for d in findings(FACT_RULES, text):  # findings() asserts there is no internal-error
        assert 0 <= d.start <= d.end <= len(text)
    findings(FACT_RULES, text, year=2024)


# -- the fast paths give what the straightforward scans gave -------------------------------------

_PIECES = ["2024", "1999", "2100", "20", "19", "-", "/", ".", "01", "1", "12", "31", "８", "２０２４",
           "年", "月", "日", "号", "（星期一）", "(周三)", "星期日", "，", "。", "\n", " ", "\u3000", "农历",
           "公元前", "以来", "至", "—", "十二", "二〇二四", "abc", "\n\n", "  \n"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _iso_dates_by_finditer(text):
    """The ISO dates as the whole-text _DATE_ISO.finditer scan found them (before the separator
    pre-filter)."""
    from factlint.calendar import _DATE_ISO, ascii_digits

    norm = ascii_digits(text)
    out = []
    for m in _DATE_ISO.finditer(norm):
        if m.start() > 0 and norm[m.start() - 1] in "0123456789-/.":
            continue
        out.append((m.start(), m.end("d"), m.group("sep")))
    return out


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_iso_dates_found_as_by_a_whole_text_scan(text):
    got = [(d.start, d.end, {"iso-dot": "."}.get(d.form, "")) for d in find_dates(text) if d.form.startswith("iso")]
    want = [(s, e, "." if sep == "." else "") for s, e, sep in _iso_dates_by_finditer(text)]
    assert got == want


def test_iso_dates_in_a_row_and_glued():
    text = "2024-01-08至2024-01-12，2023/2/28、2024.1.8，12024-01-08，2024-01-2024-01-05"
    assert [d.text for d in find_dates(text)] == ["2024-01-08", "2024-01-12", "2023/2/28", "2024.1.8"]  # glued ones are parts of something else
    assert [(d.start, d.end) for d in find_dates(text)] == [(s, e) for s, e, _ in _iso_dates_by_finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_edge_lines_are_the_first_and_last_non_blank_lines(text):
    import re

    from factlint.calendar import _edge_lines

    lines = [m.group() for m in re.finditer(r"[^\n]+", text)]
    lines = [line for line in lines if line.strip()]
    assert _edge_lines(text, 8, 6) == (lines[:8], lines[-6:] if lines else [])


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_ascii_digits_of_long_texts(text):
    from factlint.calendar import ascii_digits

    long = text + "。" * 64
    table = str.maketrans("０１２３４５６７８９", "0123456789")
    assert ascii_digits(long) == long.translate(table)
    assert ascii_digits(ascii_digits(long)) == long.translate(table)


def test_text_time_with_the_dates_given():
    # (no year in the title, the first paragraphs or the last lines: the latest date is used)
    text = "关于某事的通知\n正文一段。\n正文二段。\n正文三段。\n其间2023年5月6日下午，会议召开；2024年3月1日又开会。\n" + "正文。\n" * 6
    assert text_time(text) == text_time(text, all_dates=lambda: find_dates(text))
    assert text_time(text).now == frozenset({2024})


def _years_as_before(text, lo=1800, hi=2100):
    """find_years as it was written first: every 年 after four digits, the checks in Python."""
    import re

    from factlint.calendar import _BCE_BEFORE, ascii_digits

    before = frozenset("0123456789.〇○零一二三四五六七八九十百千万两")
    norm = ascii_digits(text)
    n, out = len(norm), []
    for m in re.finditer(r"年[ \t\u3000]*(?:\d{4}|[〇○零0一二三四五六七八九]{3}[一二])", norm[::-1]):
        start, end = n - m.end(), n - m.start()
        if (start > 0 and norm[start - 1] in before) or norm.startswith("代", end):
            continue
        if start > 1 and norm[start - 1] in "前 " and _BCE_BEFORE.search(norm, max(0, start - 5), start):
            continue
        y = year_value(norm[start:start + 4])
        if y is None or not lo <= y <= hi:
            continue
        out.append((start, end, y, norm[end:end + 6], norm[max(0, start - 4):start]))
    return out[::-1]


_YEAR_PIECES = ["2024", "1953", "12024", "3.2024", "二〇二四", "一九五三", "十二〇二四", "年", "年代", "代",
                "公元前", " ", "\u3000", "—", "至", "以来", "，", "万", "两", "２０２４", "0", "一"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=30).map("".join))
def test_find_years_as_before(text):
    assert [tuple(y) for y in find_years(text)] == _years_as_before(text)
    assert [tuple(y) for y in find_years(text, 1900, 2000)] == _years_as_before(text, 1900, 2000)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", "！", "\n", "，", "年", "2024", " ", "各位代表", "？"]), max_size=30).map("".join),
       st.integers(0, 20))
def test_sentence_start_within(text, within):
    b = Bounds(text)
    for pos in range(len(text) + 1):
        start = b.sentence(pos)[0]
        assert b.sentence_start_within(pos, within) == (start if pos - start <= within else None), (text, pos)

"""Shared by weekday-mismatch and invalid-date: which year a date without a year belongs to."""

from __future__ import annotations

import re
from bisect import bisect_right

from factlint.calendar import RELATIVE_YEARS, DateMention, cached, ctx_bounds, ctx_dates, ctx_time, weekday_of

_YEAR = re.compile(r"(?<![0-9０-９])((?:1[89]|20)[0-9]{2})\s*年")
#: words just before a date that move it to another year than the full date before it (去年4月27日)
_OTHER_YEAR = tuple(w for w, off in RELATIVE_YEARS.items() if off != 0) + ("上年", "往年", "历年", "同期", "上一年")


#: words before a date that put it in the year after another (明年 the text's, 次年 the last date's)
_NEXT_YEAR = ("明年", "次年", "翌年", "第二年")


def candidate_years(ctx, date: DateMention) -> tuple[frozenset[int], str]:
    """The years a date may belong to, and how they were found.

    A written year is the only candidate.  A date without one (5月3日) takes the year of a full
    date earlier in the same sentence (2024年5月1日（星期三）至5月5日（星期日）); otherwise the
    years the text speaks of and the year before (a report of January looks back on December).
    A day of the same month as the last full date written before it (a dateline's 2025年5月1日 …
    5月5日, or 2025年4月28日 … the day before, 4月27日) takes that date's year, unless a date of
    another year stands in between, another year is written earlier in its own paragraph, or a
    word just before it names another year (去年4月27日, 上年同期).
    No candidate: the rules stay quiet."""
    if date.year is not None:
        return frozenset({date.year}), "written"
    text = ctx.document.text
    start, _ = ctx_bounds(ctx).sentence(date.start)
    earlier = [d for d in ctx_dates(ctx) if start <= d.start < date.start and d.year is not None]
    if text.endswith(_NEXT_YEAR, 0, date.start):
        # 次年5月12日 after 2008年5月12日: the year after the last full date; 明年1月1日: after the text's
        if text.endswith("明年", 0, date.start):
            time = ctx_time(ctx)
            return (frozenset(y + 1 for y in time.now), "next") if time.known else (frozenset(), "unknown")
        last = [d for d in ctx_dates(ctx) if d.start < date.start and d.year is not None and d.day is not None]
        return (frozenset({last[-1].year + 1}), "next") if last else (frozenset(), "unknown")
    if earlier:
        e = earlier[-1]
        if e.month == 12 and date.month == 1 and e.day is not None and date.day is not None:
            return frozenset({e.year + 1}), "next"  # 2024年12月31日（星期二）…；1月1日（星期三）起
        return frozenset({e.year}), "sentence"
    # (今年1月8日 under 一、2021—2025年主要成就: the date names the text's year, not the heading's)
    heading = None if text.endswith(("今年", "本年", "当年"), 0, date.start) else _heading_years(ctx, date.start)
    if heading is not None:
        return heading, "heading"
    if text.endswith(("今年", "本年"), 0, date.start):
        # 今年4月14日（星期日） after 2010年4月14日发生的玉树地震: the text's own year, not an earlier
        # date's of that month
        time = ctx_time(ctx)
        return (frozenset(time.now), "text") if time.known else (frozenset(), "unknown")
    last, other_year = None, False
    for d in ctx_dates(ctx):
        if d.start >= date.start:
            break
        if d.year is not None and d.day is not None and not d.lunar:
            last, other_year = d, False
        elif d.year is not None and last is not None and d.year != last.year:
            other_year = True  # a date of another year in between (2024年3月 …)
    if last is not None and not other_year and last.month == date.month and date.day is not None:
        text = ctx.document.text
        para = max(text.rfind("\n", 0, date.start) + 1, last.end)
        before = text[max(para, date.start - 8):date.start]
        if all(int(y) == last.year for y in _YEAR.findall(text, para, date.start)) and not any(
            w in before for w in _OTHER_YEAR
        ):
            return frozenset({last.year}), "document"
    time = ctx_time(ctx)
    if time.known:
        years = time.recent
        if len(years) > 1:
            text = ctx.document.text
            before = text[max(text.rfind("\n", 0, date.start) + 1, date.start - 8):date.start]
            agreed = _weekday_year(ctx, years, date)
            if agreed is not None and not any(w in before for w in _OTHER_YEAR):
                return frozenset({agreed}), "weekdays"
        return years, "text"
    return frozenset(), "unknown"


#: a heading that is one year (2021年, 一、2021年, （二）2021年大事记, ## 2021年): the dates under it
#: without a year are of that year (not 2026年工作安排, 2025年冬春农田水利建设, 2025年秋季学期: a plan or a
#: season may reach into another year)
_YEAR_HEADING = re.compile(r"#{0,6}\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[、.．]?\s*)?((?:19|20)\d\d)\s*年(?:度)?(?:工作)?(?:大事记|大事|纪事|纪要)?")
#: a heading that opens with a span of years (一、2021—2025年主要成就, ## 2021年至2025年大事记): the dates
#: under it are of one of those years, whatever words follow
_SPAN_HEADING = re.compile(r"#{0,6}\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[、.．]?\s*)?((?:19|20)\d\d)\s*年?\s*(?:—|–|-|－|~|～|至|到)\s*((?:19|20)\d\d)\s*年")
#: the longest span of years a heading may give its dates (a five-year plan's, and a little more)
_MAX_SPAN = 10
#: a span heading of a plan (2026—2030年规划纲要编制过程): its dates are of the planning, not of its years
_PLAN_WORDS = re.compile(r"规划|纲要|计划|目标|展望|安排|部署|打算|任务")
#: a numbered heading (二、…, （一）…, ## …, 3. …): the nearest one stops the search, even when long
_NUMBERED = re.compile(r"#{1,6}\s|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]\s?\D")


def _heading_years(ctx, pos: int) -> frozenset[int] | None:
    """The years of the heading the date at ``pos`` stands under: the nearest line before it that
    is a short heading (at most 20 characters, no punctuation of a sentence), when that heading
    names one year, or opens with a span of years (2021—2025年主要成就: any year of the span; a
    date under it checked against the text's own year alone would be judged in the wrong year);
    None when the nearest heading names neither (四、存在的问题), is the text's title, or there is
    none within 200 lines (a 大事记 section holds many entries)."""
    doc = ctx.document
    text, starts = doc.text, doc.line_starts
    # (where the text's first line starts: a heading there is its title, 2025年工作总结, which may
    # look back on the year before)
    first = cached(ctx, "first-nonblank", lambda: len(text) - len(text.lstrip()))
    i = bisect_right(starts, pos) - 1  # the date's own line
    for j in range(i - 1, max(-1, i - 201), -1):
        start = starts[j]
        line = text[start:starts[j + 1] - 1].strip()
        if not line:
            continue
        if len(line) > 20 or any(c in line for c in "。，；：！？,;:"):
            if len(line) <= 40 and _NUMBERED.match(line) and not any(c in line for c in "。；！？;"):
                return None  # 二、全面贯彻落实全会精神，扎实做好今年工作: a heading of no year
            continue
        if start <= first:
            return None
        m = _YEAR_HEADING.fullmatch(line)
        if m:
            return frozenset({int(m.group(1))})
        m = _SPAN_HEADING.match(line)
        if m and not _PLAN_WORDS.search(line):
            a, b = int(m.group(1)), int(m.group(2))
            if a < b <= a + _MAX_SPAN:
                return frozenset(range(a, b + 1))
        return None
    return None


#: how many of the other dates without a year must fall on their written weekday in one year
#: (and how many more than in any other year the text may mean) for that year to be theirs
_AGREEING, _MARGIN = 3, 2


def _weekday_year(ctx, years: frozenset[int], date: DateMention) -> int | None:
    """Of ``years`` (the year a text speaks of and the year before), the one the text's other
    dates without a year and with a weekday fall in: a festival story's 9月26日（星期五）, 10月1日
    （星期三）, 10月6日（周一） name their year by their weekdays.  At least three of them fall on
    their weekday in that year, and at least two more than in any other year of ``years``; else
    None (the dates are too few to tell, or of several years)."""
    table = cached(ctx, "weekday-years", lambda: _weekday_fits(ctx, years))
    if not table:
        return None
    own = {y: int(weekday_of(y, date.month, date.day) == date.weekday[2]) if date.weekday else 0
           for y in years} if date.weekday and date.day is not None and date.year is None and not date.lunar else {}
    counts = sorted(((n - own.get(y, 0), y) for y, n in table.items()), reverse=True)
    (best, year), rest = counts[0], counts[1:]
    if best >= _AGREEING and all(n <= best - _MARGIN for n, _ in rest):
        return year
    return None


def _weekday_fits(ctx, years: frozenset[int]) -> dict[int, int]:
    """Per year of ``years``: how many dates without a year fall on the weekday written with them."""
    dates = [d for d in ctx_dates(ctx) if d.year is None and d.weekday and d.day is not None and not d.lunar]
    if len(dates) < _AGREEING:
        return {}
    return {y: sum(1 for d in dates if weekday_of(y, d.month, d.day) == d.weekday[2]) for y in years}


def describe_years(years: frozenset[int], how: str) -> str:
    ys = "、".join(f"{y}年" for y in sorted(years))
    if how == "sentence":
        return f"按同句前文的{ys}"
    if how == "document":
        return f"按前文同月日期的{ys}"
    if how == "text":
        return f"按全文所述年份（{ys}）"
    if how == "next":
        return f"按前文年份的次年（{ys}）"
    if how == "weekdays":
        return "按文中其他日期所注的星期"
    if how == "heading":
        first, last = min(years), max(years)
        return f"按所在标题的{first}—{last}年" if len(years) > 2 and len(years) == last - first + 1 else f"按所在标题的{ys}"
    return ys

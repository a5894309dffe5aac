"""anniversary-mismatch: "X成立N周年" disagrees with X's founding year and the year meant."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from factlint import Rule, Severity, hookimpl
from factlint.calendar import lazy_re
from factlint.calendar import (
    RELATIVE_YEARS,
    YEAR_WRITTEN,
    cached,
    cn_int,
    ctx_bounds,
    ctx_dates,
    ctx_time,
    ctx_years,
    dated_own_year,
    weekday_name,
    weekday_of,
)

DEFAULT_VERBS = ("成立", "建立", "创建", "创立", "诞生")
#: characters that may stand right before a subject's name (庆祝, 纪念, 迎接, 是, 献礼, 欢庆 …): anything
#: else may make it part of a longer name (朝鲜建国, 某某共和国); 年 and 日 end a date before it
#: (2016年中国共产党成立95周年之际)
_BEFORE_OK = set("祝念接来迎逢值是为在暨和与及的了好向到至即以贺办届礼庆献颂年日")
_NUMBER = r"(?P<n>\d{1,3}|[一二两三四五六七八九十百零〇]{1,5})"
#: a reference to a past celebration (在庆祝…100周年大会上的讲话), not a statement about the year
_REFERENCE = lazy_re(r"(?:纪念|庆祝)?(?:大会|座谈会|纪念会|报告会|会议)(?:上|时)|(?:时|上)?的?(?:重要)?讲话")
#: a past milestone: what was done at the anniversary, told later (汶川特大地震十周年时建成的科普馆,
#: 唐山大地震40周年之际落成的纪念墙, 一周年时，我市首次举办…; 10周年那年): judged as a reference is
_DEEDS = r"(?:建成|落成|竣工|开馆|开放|启用|揭牌|设立|成立|举办|举行|召开|开展|发起|推出|亮相|出台|进入|实现|开通|投用)"
_PAST_MILESTONE = lazy_re(r"(?:那一?年|(?:时|之际|当年)[，,]?[^。；！？\n]{0,10}?(?:首次|" + _DEEDS + r"(?:了|的)))")
#: a deed done at the anniversary that names a thing (之际建成的市党史馆, 时首次亮相的文创产品): the
#: sentence is about that thing, dated by its own verb; the anniversary is not judged
_MILESTONE_THING = lazy_re(r"(?:时|之际|当年)[^，。；！？\n]{0,6}?" + _DEEDS + r"的")
#: the year of the anniversary named right after it (在建党100周年的2021年)
_YEAR_AFTER = lazy_re(r"的[ \t\u3000]*((?:19|20)\d\d)[ \t\u3000]*年")
#: an event named after the anniversary (…75周年系列高级别会议, …100周年大会): it may be reported
#: years later, so a mention with no year of its own is not judged
_EVENT_AFTER = lazy_re(r"[^，。；：！？\n]{0,8}?(?:大会|会议|峰会|座谈会|纪念会|报告会|讲话|展览|纪念章|纪念币)")
#: a text that reviews several years (a government's term): its mentions may be of any of them
_TERM_REVIEW = lazy_re(r"过去(?:的)?五年|五年来|本届政府|这五年|本届任期|回首本届")
#: a line that is a year alone: a heading of a 大事记 (2019年 / 9月30日，…), the year of the entries under it
_YEAR_LINE = lazy_re(r"^[ \t\u3000#*]*((?:19|20)\d\d)年[ \t\u3000*]*$", re.M)
#: a 大事记 entry opens with its date (9月30日，… / 7月，…)
_ENTRY_DATE = lazy_re(r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:[—至-]\S{1,6}?日)?[，,：:\s（(]")
#: a short line that names a year: a heading of another year between a year line and an entry
_YEAR_HEADING = lazy_re(r"^[^\n。]{0,30}(?:19|20)\d\d年[^\n。]{0,30}$", re.M)
#: words of what is to come: the anniversary may be of the next year (迎接…周年)
_AHEAD = lazy_re(r"迎接|筹备|即将|明年")
#: words that put the sentence ahead of the text's date (将开展, 即将迎来)
_FUTURE = lazy_re(r"将(?:于|要|在|开展|举办|举行|迎来|组织|启动)|即将|计划于")
_RELATIVE = lazy_re("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))


class _Subject(NamedTuple):
    subject: str
    year: int
    source: str


class _Index:
    def __init__(self, entries):
        phrases: dict[str, _Subject] = {}
        for e in entries:
            try:
                subj = _Subject(str(e["subject"]), int(e["year"]), str(e.get("source", "")))
            except (KeyError, TypeError, ValueError):
                continue
            verbs = e.get("verbs") or DEFAULT_VERBS
            for name in e.get("names", ()):
                for v in verbs:
                    phrases.setdefault(f"{name}{v}", subj)
            for ev in e.get("events", ()):
                phrases.setdefault(ev, subj)
            # the event word after one of the subject's own names (中国人民解放军建军96周年,
            # 共青团建团100周年): the name is no longer part of a longer one
            for name in e.get("names", ()):
                for ev in e.get("events", ()):
                    phrases.setdefault(f"{name}{ev}", subj)
        self.phrases = phrases
        alt = "|".join(re.escape(p) for p in sorted(phrases, key=lambda w: (-len(w), w)))
        # searched in a short window that ends with 周年: the phrase, then N周年
        self.regex = re.compile(r"(?P<p>" + alt + r")的?[ \t\u3000]*" + _NUMBER + r"[ \t\u3000]*周年$") if phrases else None


def _index(knowledge) -> _Index:
    key = "_anniversary_index"
    idx = getattr(knowledge, "__dict__", {}).get(key)
    if idx is None:
        idx = _Index(knowledge.fact_table("anniversaries"))
        try:
            knowledge.__dict__[key] = idx
        except (AttributeError, TypeError):  # pragma: no cover - a knowledge without __dict__
            pass
    return idx


class AnniversaryMismatch(Rule):
    """"X成立N周年" disagrees with the founding year of X and the year the text means.

    ## What it does
    Finds anniversaries of the subjects in the `anniversaries` fact table (中国共产党成立100周年,
    建党100周年, 新中国成立75周年, 改革开放40周年, 香港回归祖国25周年, 自治区成立N周年 …) and
    checks N against the founding year and the year the sentence speaks of: a year in the same
    clause (2021年是中国共产党成立100周年), a year that opens the sentence (2023年“七一”前夕，
    …庆祝…), or 今年/去年/明年 read against the year the text speaks of (`--year`, else its
    title, dateline or 落款 date), or the year of a line that is a year alone above it (a 大事记:
    2019年 / 9月30日，…), or the year of the plan heading above a plan sentence (二、2026年…
    主要目标 over 要以庆祝…周年为契机; a deadline, 力争在…周年之际建成, or 迎接 may be the next
    year's).  A sentence with no year of its own is otherwise judged against the
    years the text speaks of, the year before them (five years in a term review: 过去五年; none
    in a text dated on itself in the last quarter of the year it speaks of: a 2025年工作总结
    signed 2025年12月26日) and the year after (迎接…), except that …周年之际 in a text dated by its dateline or 落款 is of
    that year and a sentence about what is to come (将开展, 即将) is not of the year before; it is not judged when its paragraph names another year or when an
    event is named after the anniversary (…周年系列高级别会议).  Of those years, a date of the
    sentence written without its year but with a weekday keeps the one whose date falls on that
    weekday (9月27日（星期五） in a 2024 summary's 大事记 is of 2024).  A reference to an earlier
    celebration (在庆祝…100周年大会上的讲话) is judged only against a year in its own clause.
    Subjects not in the table are never judged.

    ## Why is this bad?
    An anniversary that does not match the year is a factual error readers spot at once, and in
    official documents it is a political mistake as well.

    ## Example
    2021年是中国共产党成立110周年。
    2024年是中华人民共和国成立70周年。
    Use instead:
    2021年是中国共产党成立100周年。
    2024年是中华人民共和国成立75周年。

    ## Options
    None.  Add subjects with a pack of your own: `[facts.anniversaries]` entries with `subject`,
    `year`, `names` (+ `verbs`) or `events`, and `source`.

    ## References
    The `anniversaries` table in `rules/facts/anniversaries.toml`, each entry with its source.
    """

    name = "anniversary-mismatch"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        text = ctx.document.text
        pos = text.find("周年")  # (one search: the first mention, or none in the text)
        if pos == -1:
            return
        idx = _index(ctx.knowledge)
        if idx.regex is None:
            return
        bounds = ctx_bounds(ctx)
        years = ctx_years(ctx)
        while pos != -1:
            end = pos + 2
            win_start = max(0, pos - 48)
            m = idx.regex.search(text, win_start, end)
            pos = text.find("周年", end)
            if not m:
                continue
            found = self._judge(ctx, idx, m, bounds, years)
            if found:
                yield found

    # ---------------------------------------------------------------------------------------
    def _judge(self, ctx, idx, m, bounds, years):
        text = ctx.document.text
        phrase = m.group("p")
        subj = idx.phrases[phrase]
        if m.start() > 0 and _is_cjk(text[m.start() - 1]) and text[m.start() - 1] not in _BEFORE_OK:
            return None
        stated = cn_int(m.group("n"))
        if stated is None or stated <= 0:
            return None
        start = m.start()
        cl_s, _ = bounds.clause(start)
        se_s, _ = bounds.sentence(start)
        if _MILESTONE_THING.match(text, m.end(), m.end() + 12):
            return None
        reference = bool(_REFERENCE.match(text, m.end(), m.end() + 12)
                         or _PAST_MILESTONE.match(text, m.end(), m.end() + 16))

        anchor: frozenset[int] | None = None
        how = ""
        same_clause = [y for y in years if cl_s <= y.start < start and not y.since and not y.range_start
                       and y.year > subj.year]
        named_after = _YEAR_AFTER.match(text, m.end())
        if named_after and int(named_after.group(1)) > subj.year:
            anchor, how = frozenset({int(named_after.group(1))}), f"紧随其后的“{named_after.group(1)}年”"
        elif same_clause:
            anchor, how = frozenset({same_clause[-1].year}), f"同一分句中的“{same_clause[-1].year}年”"
        elif not reference:
            # 今年/去年/明年 earlier in the sentence, read against the year the text speaks of
            rel = [r for r in _RELATIVE.finditer(text, se_s, start)]
            time = ctx_time(ctx)
            if rel:
                offset = RELATIVE_YEARS[rel[-1].group()]
                if offset is None or not time.known:
                    return None
                anchor = frozenset(y + offset for y in time.now)
                how = f"“{rel[-1].group()}”（全文所述年份：{'、'.join(str(y) for y in sorted(time.now))}年，据{time.source}）"
            else:
                first_clause = bounds.clause(se_s)
                topic = [y for y in years if first_clause[0] <= y.start < min(first_clause[1], start)
                         and not y.since and not y.range_start and y.year > subj.year]
                in_sentence = [y for y in years if se_s <= y.start < start]
                if len(topic) == 1 and first_clause[1] - first_clause[0] <= 24:
                    anchor, how = frozenset({topic[0].year}), f"句首的“{topic[0].year}年”"
                elif not in_sentence and time.known and text.startswith("之际", m.end()) \
                        and time.source in ("导语日期", "落款日期") and len(time.now) == 1 \
                        and not any(text.rfind("\n", 0, start) + 1 <= y.start < start and y.year not in time.now
                                    for y in years):
                    # 在建党105周年之际 in a text dated that year: the anniversary is now (not in a
                    # paragraph that speaks of another year: 2025年，…在…80周年之际 in a review dated 2026)
                    anchor = time.now
                    how = f"“之际”（全文所述年份：{min(time.now)}年，据{time.source}）"
                elif not in_sentence and (heading := _year_heading(ctx, text, start)) is not None:
                    # 2019年 (a line of its own) / 9月30日，…庆祝中华人民共和国成立70周年…: a 大事记's year
                    # (迎接, 筹备: the next year's anniversary may be meant)
                    ahead = _AHEAD.search(text, se_s, start) is not None
                    anchor = frozenset({heading, heading + 1} if ahead else {heading})
                    how = f"所在年份标题“{heading}年”" + ("及其后1年" if ahead else "")
                elif not in_sentence and _PLANNED.search(text, se_s, start) \
                        and (planned := _plan_heading_year(ctx, text, start)) is not None:
                    # 二、2026年经济社会发展的总体要求和主要目标 … 要以庆祝…106周年为契机: a plan under a
                    # heading of its year is of that year (迎接, 筹备: or of the next); not a note
                    # after the plans (名词解释 … 新中国成立75周年等重大安保任务)
                    ahead = _AHEAD.search(text, se_s, start) is not None or _DEADLINE.match(text, m.end())
                    anchor = frozenset({planned, planned + 1} if ahead else {planned})
                    how = f"所在计划标题中的“{planned}年”" + ("及其后1年" if ahead else "")
                elif not in_sentence and (dated := _dated_event_year(ctx, se_s, start)) is not None:
                    # 7月1日，…庆祝中国共产党成立105周年 in a text dated 2025年7月17日: a day of the
                    # year the text is dated in, or of the year before when it falls after that date
                    year, event, signed = dated
                    anchor = frozenset({year})
                    how = f"句中日期“{event.text}”（全文的导语或落款日期为{signed.text}，故为{year}年）"
                elif not in_sentence and time.known and not _EVENT_AFTER.match(text, m.end()):
                    # no year in the sentence: the years the text speaks of, the years it
                    # reviews (the year before; five for a government's term) and the next one
                    back = 5 if cached(ctx, "term_review", lambda: bool(_TERM_REVIEW.search(text))) else 1
                    if _FUTURE.search(text, se_s, start):
                        back = 0  # 7月1日，全市各级党组织将开展庆祝…周年: not of the year before
                    elif back == 1 and cached(ctx, "dated_own_year", lambda: _dated_own_year(ctx)) in time.now:
                        back = 0  # a 2025年工作总结 signed 2025年12月26日 speaks of 2025, not of 2024
                    anchor = frozenset(range(min(time.now) - back, max(time.now) + 2))
                    pinned = _pinned_by_weekday(ctx, se_s, start, anchor)
                    if pinned is not None:
                        # 9月27日（星期五），举办“庆祝…成立76周年”…: of the years the text may speak of,
                        # the one whose 9月27日 is a Friday (a 大事记 entry of a 2024 summary)
                        year, date = pinned
                        anchor = frozenset({year})
                        how = (f"句中日期“{date.text}{date.weekday_text}”（在{min(time.now) - back}至"
                               f"{max(time.now) + 1}年中只有{year}年的这一天是{weekday_name(date.weekday[2])}）")
                    # a paragraph that speaks of another year (2019年，…。隆重庆祝…) is not judged
                    para = text.rfind("\n", 0, start) + 1
                    if any(para <= y.start < start and y.year not in anchor and not y.since for y in years):
                        return None
                    if pinned is None:
                        how = (f"全文所述年份（{'、'.join(str(y) for y in sorted(time.now))}年，据{time.source}）"
                               + (f"及其前{back}年、后1年" if back else "及其后1年"))
        if not anchor:
            return None
        expected = {y - subj.year for y in anchor if y > subj.year}
        if not expected or stated in expected:
            return None
        exp_text = "或".join(f"{e}周年" for e in sorted(expected))
        anchor_text = "或".join(f"{y}年" for y in sorted(anchor))
        if len(anchor) > 2:
            exp_text = f"{min(expected)}至{max(expected)}周年"
            anchor_text = f"{min(anchor)}至{max(anchor)}年"
        msg = (f"{subj.subject}（{subj.year}年）到{anchor_text}应为{exp_text}，"
               f"文中写作“{m.group('n')}周年”")
        return self.report(
            ctx, m.start(), m.end(), msg,
            evidence={
                "subject": subj.subject,
                "founded": str(subj.year),
                "year": [str(y) for y in sorted(anchor)],
                "year_from": how,
                "expected": [str(e) for e in sorted(expected)],
                "stated": str(stated),
                "source": subj.source,
            },
        )


#: the longest line a dateline or 落款 is (时间：2025年7月17日（星期四）上午10时；地点：省人民政府新闻发布厅)
_DATELINE_MAX = 48
#: what says a day is to come (将隆重纪念, 即将开展, 拟举办, 届时)
_TO_COME = lazy_re(r"将|拟|届时|计划|筹备")


def _dated_event_year(ctx, start: int, end: int):
    """(year, the event's date, the text's date) when ``text[start:end]`` holds a date without a
    year (7月1日) and the text is dated on itself (its dateline or 落款: 2025年7月17日): the
    event is of that year when its day is not after the text's date, else of the year before; a
    day the sentence says is to come (将开展, 拟, 届时) is its next coming, this year or the next;
    None otherwise."""
    sign = cached(ctx, "dateline_date", lambda: _dateline_date(ctx.document.text))
    if sign is None:
        return None
    text = ctx.document.text
    event = None
    for d in ctx_dates(ctx):
        if d.start >= end:
            break
        if d.start >= start and d.year is None and d.day is not None and not d.lunar:
            event = d
    if event is None:
        return None
    after = (event.month, event.day) > (sign.month, sign.day)
    if _TO_COME.search(text, start, end) is not None:
        # (将隆重纪念, 即将, 拟, 届时: the day's next coming, this year or the next)
        return (sign.year if after else sign.year + 1), event, sign
    return (sign.year - 1 if after else sign.year), event, sign


def _pinned_by_weekday(ctx, start: int, end: int, years):
    """(year, date) when a date without a year in ``text[start:end]`` carries a weekday that only
    one of ``years`` gives it (9月27日（星期五） of 2023–2025 is 2024's), else None: the last such
    date before the anniversary, and only when its weekday fits exactly one year."""
    date = None
    for d in ctx_dates(ctx):
        if d.start >= end:
            break
        if d.start >= start and d.year is None and d.weekday is not None and d.day is not None and not d.lunar:
            date = d
    if date is None:
        return None
    fits = [y for y in years if weekday_of(y, date.month, date.day) == date.weekday[2]]
    return (fits[0], date) if len(fits) == 1 else None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _dated_own_year(ctx):
    return dated_own_year(ctx, from_month=10)  # (a text of April builds on last autumn's 75周年 still)


def _year_heading(ctx, text: str, start: int) -> int | None:
    """The year of the nearest line before ``start`` that is a year alone (a 大事记's heading), for a
    paragraph that opens with a date (an entry: 9月30日，…) with no line naming another year between
    (二、2025年工作安排): the entries under it are of that year."""
    lines = cached(ctx, "year_lines", lambda: [(m.start(), int(m.group(1))) for m in _YEAR_LINE.finditer(text)])
    if not lines:
        return None
    i = bisect_right(lines, (start, 10_000)) - 1
    if i < 0:
        return None
    pos, year = lines[i]
    para = text.rfind("\n", 0, start) + 1
    if not _ENTRY_DATE.match(text, para):
        return None  # (a paragraph that is no dated entry: a table's cell, a plan under a heading)
    line_end = text.find("\n", pos)
    if any(h.group().strip() != f"{year}年" for h in _YEAR_HEADING.finditer(text, line_end, para)):
        return None  # (二、2025年工作安排 after the year line: another year's heading)
    return year


def _dateline_date(text: str):
    """The text's date: the one full date of its short first and last lines (a dateline, a 落款),
    not of a sentence there (2026年10月1日是…77周年, a day reported or planned); None when there is
    none or more than one."""
    from factlint.calendar import find_dates

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    dates = {(d.year, d.month, d.day): d for line in lines[:8] + lines[-6:] if len(line) <= _DATELINE_MAX
             for d in find_dates(line) if d.year is not None and d.day is not None and not d.lunar}
    return next(iter(dates.values())) if len(dates) == 1 else None


#: what says a sentence is a plan (要以庆祝…为契机, 将隆重庆祝, 迎接): not a note on the year before
_PLANNED = lazy_re(r"(?<![重主需必只])要|将|力争|确保|争取|计划|迎接|筹备")
#: a deadline at an anniversary (力争在…105周年之际建成, 确保在…周年前完成): it may be next year's
_DEADLINE = lazy_re(r"(?:之际|前|以前|之前|到来)")


def _plan_heading_year(ctx, text: str, start: int) -> int | None:
    """The year of the plan heading ``start`` is under (二、2026年经济社会发展的总体要求和主要目标; the
    claim model's reading of the headings), when the nearest heading before it announces plans
    and names that one year, and no other year; else None."""
    starts, kinds = ctx.claims._plan_heads
    i = bisect_right(starts, start) - 1
    if i < 0 or not kinds[i]:
        return None
    line = text[starts[i]:text.find("\n", starts[i]) if "\n" in text[starts[i]:start] else start]
    years = {int(y) for y in YEAR_WRITTEN.findall(line)}
    return years.pop() if len(years) == 1 else None


@hookimpl
def factlint_register_rules(register):
    register(AnniversaryMismatch)

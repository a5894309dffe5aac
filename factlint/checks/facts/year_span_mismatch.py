"""year-span-mismatch: a span of years disagrees with its stated length."""

from __future__ import annotations

import re

from factlint import Rule, Severity, hookimpl
from factlint.calendar import lazy_re
from factlint.calendar import (ascii_digits, cn_int, ctx_bounds, ctx_signature_dates, ctx_time, ctx_years, dated_own_year,
                               year_value)

_Y = r"(?:1[89]\d\d|20\d\d|[一二][〇○零一二三四五六七八九]{3})"
_N = r"(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,4})"
_SP = r"[ \t\u3000]*"
#: X年至Y年的N年间 / X—Y年，N年来 / 从X年到Y年这N年里
_SPAN = lazy_re(
    r"(?P<x>" + _Y + r")" + _SP + r"(?:年" + _SP + r")?"
    + r"(?:[至到—–－\-~～]|－)" + _SP + r"(?P<y>" + _Y + r")" + _SP + r"年" + _SP + r"[）)]?"
    + r"(?P<gap>的|这|，|,|、|期间的?|[^，。；,;：:！？\n\d年一二两三四五六七八九十百千万亿]{1,10}?[的这])?" + r"(?:(?<![ \t\u3000])" + _SP + r")"  # (no second run of the blanks above)
    + r"(?<![近约超多])(?P<count>" + _N + r"(?![多余])" + _SP + r"(?:个" + _SP + r")?" + r"年(?P<t>间|里|中|来|时间)?)"
)
#: a range that opens a sentence as its frame: "2019年至2023年，"
_RANGE_FRAME = lazy_re(
    r"(?P<x>" + _Y + r")" + _SP + r"(?:年" + _SP + r")?" + r"(?:[至到—–－\-~～]|－)" + _SP + r"(?P<y>" + _Y + r")"
    + _SP + r"年" + _SP + r"[，,]"
)
#: a count of years (三年行动) between a frame and the count checked makes the tie unclear
_ANY_YEARS = lazy_re(r"[\d一二两三四五六七八九十百]个?年")


class _Framed:
    """A range and the count found later in its sentence, with the groups of a _SPAN match."""

    def __init__(self, frame, count):
        self._g = {"x": frame.group("x"), "y": frame.group("y"), "n": count.group("n"),
                   "count": count.group()}
        self._span = (frame.start(), count.end())

    def group(self, name):
        return self._g[name]

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]

    def span(self):
        return self._span
#: after "…的N年" / "…这N年" with no 间/里/中, the count must end the phrase (这五年，…)
_PHRASE_END = lazy_re(r"[，,。；;：:）)]")
#: N年来 / N年间 (after X年以来 in the same sentence)
_N_YEARS = lazy_re(
    r"(?<![\d一二两三四五六七八九十百千近几数多余约超第每])" + _N + r"(?![多余])" + _SP + r"(?:个" + _SP + r")?"
    + r"年(?P<t>来|间|里|中)"
)


#: the first year of a range written without 年 (2016—2020年): find_years sees only 2020年
_RANGE_NO_YEAR = lazy_re(r"(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})[ \t\u3000]*(?:[至到—–－\-~～]|－)[ \t\u3000]*$")
#: the characters _RANGE_NO_YEAR may end on (its dashes and blanks, and a newline, before which
#: ``$`` matches too): a year after any other character is not the second of such a range
_RANGE_NO_YEAR_LAST = frozenset("至到—–－-~～ \t\u3000\n")
_FRAME = lazy_re(r"(?:[底末初])?(?:以来|至今)(?:(?P<comma>[，,])|(?P<de>的))")
#: "2012年起，" / "从2012年开始，": a start year that frames the sentence like 以来
_FRAME_FROM = lazy_re(r"(?:[底末初])?(?:起|开始)(?P<comma>[，,])(?P<de>)")
#: "2019年开工，2024年建成，历时N年": the time a piece of work took, after its two years
_ELAPSED_WORD = lazy_re(r"历时|历经|用时|耗时|用了")
#: what follows one of those words: the count of years
_ELAPSED = lazy_re(_SP + _N + _SP + r"(?:个" + _SP + r")?年(?![多余半零])")
_MONTH_AFTER = lazy_re(r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")
#: "自2016年实施生态立县战略以来，", "自2018年启动民主法治示范村（社区）创建以来，": a year, an event
#: of up to 20 characters, 以来 and a comma
_FRAME_EVENT = lazy_re(r"[^，。；,;\n\d年]{1,20}?以来(?P<comma>[，,])(?P<de>)")
#: a plan period right before N年来 (“十四五”五年来): the years counted are the plan's
_PLAN_BEFORE = lazy_re(r"(?:十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"]?(?:时期|期间)?$")
#: a start of its own right before N年来 (建区三十年来, 成立六十年来, 过去十年来): not the span's
_OWN_ANCHOR = lazy_re(r"(?:建[\u4e00-\u9fff]{1,2}|成立|建成|开业|问世|诞生|建国|建党|过去|近)$")
#: a record after N年来 (十年来的首次, 四十年来最低, 六十年来规模最大, 七十年来新高): counted back from now
_RECORD_AFTER = lazy_re(r"的?(?:首次|首个|首度|最|新高|新低|罕见|未有|一遇|之最|规模最)")
#: an end the sentence names before its start year (到2020年底，自2015年…以来): the span runs to it
_END_BEFORE = lazy_re(r"(?:到|至|截至|截止)(\d{4})年(?:底|末|年底|年末)?[，,]")
#: the first characters of what ``since`` (YearMention) and _FRAME_FROM accept after 年; any
#: other year has a frame only through _FRAME_EVENT, which needs 以来 within 22 characters
_FRAME_FIRST = "底末初中年以来至到迄起开"


def _num(s: str) -> int | None:
    return cn_int(s)


class YearSpanMismatch(Rule):
    """A span of years disagrees with its stated length.

    ## What it does
    Checks two phrasings:
    - “X年至Y年的N年间” (also X—Y年这N年, 从X年到Y年的N年里, 2016年至2020年脱贫攻坚的N年间
      with a short phrase of no figures before 的 and the count ending in 间/里/中, and a range that opens its
      sentence with the count later in it: 2019年至2023年，…，五年间…): the span covers
      Y−X+1 years counted inclusively (2016年至2020年 = 五年); Y−X is accepted too, as many
      texts count the difference (1978年至2018年的40年间);
    - “X年以来…N年来” (also 自X年…以来，…N年来) in one sentence: counted up to the year the text speaks of (``--year``,
      else its title, dateline or 落款 date, and the year before it, since a report reviews the
      past year, unless the text is dated on itself from April on and does not look back); N may be
      Y−X or Y−X+1.  Without a year of the text the rule stays quiet.
    Approximate counts (近十年来, 十多年来) are not judged.  The rule fires only when N matches
    none of the accepted counts.

    ## Why is this bad?
    A span whose length does not match its years means a wrong start year, end year or count,
    and readers cannot tell which.

    ## Example
    2019年至2023年的六年间，全市累计完成固定资产投资1.28万亿元。
    Use instead:
    2019年至2023年的五年间，全市累计完成固定资产投资1.28万亿元。

    ## Options
    None.

    ## References
    The catalog's reading of year spans (`../shared/spec/rules.md`, "Readings the rules rely on").
    """

    name = "year-span-mismatch"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        text = ctx.document.text
        if "年" not in text:
            return
        norm = ascii_digits(text)
        spans_done: list[tuple[int, int]] = []
        years = ctx_years(ctx)
        for ym in years:
            if ym.range_start:
                m = _SPAN.match(norm, ym.start)
            else:  # 2016—2020年: the first year has no 年 of its own
                if ym.start == 0 or norm[ym.start - 1] not in _RANGE_NO_YEAR_LAST:
                    continue  # (no _RANGE_NO_YEAR match ends here: spares the search for most)
                b = _RANGE_NO_YEAR.search(norm, max(0, ym.start - 10), ym.start)
                if not b or (b.start() > 0 and norm[b.start() - 1] in "0123456789."):
                    continue
                m = _SPAN.match(norm, b.start())
            if m and m.group("t") is None and not (m.group("gap") in ("的", "这") and _PHRASE_END.match(norm, m.end())):
                m = None
            if not m:
                # "2019年至2023年，全市…，五年间累计…": the range opens the sentence, the count
                # follows in it (no other year or count of years in between)
                m = self._framed_count(ctx, norm, years, ym.start if ym.range_start else b.start())
                if not m:
                    continue
            x, y, n = year_value(m.group("x")), year_value(m.group("y")), _num(m.group("n"))
            if x is None or y is None or n is None or y <= x or n <= 0:
                continue
            spans_done.append(m.span())
            ok = {y - x, y - x + 1}
            if n in ok:
                continue
            yield self.report(
                ctx, m.start(), m.end(),
                f"{x}年至{y}年共{y - x + 1}年（相差{y - x}年），文中写作“{m.group('count')}”",
                evidence={"from": str(x), "to": str(y), "inclusive": str(y - x + 1),
                          "difference": str(y - x), "stated": str(n)},
            )
        yield from self._elapsed(ctx, norm, years, spans_done)
        if "以来" not in text and "年来" not in text:
            return
        time = ctx_time(ctx)
        if not time.known:
            return
        bounds = ctx_bounds(ctx)
        for i, ym in enumerate(years):
            if ym.after[:1] not in _FRAME_FIRST and norm.find("以来", ym.end, ym.end + 22) == -1:
                continue  # no frame can follow (an empty ``after`` goes on: "" is in any str)
            # a frame of its own ("2016年以来，…十年来", "自2016年实施…以来，") or "以来的N年间";
            # not a comparison ("达到2007年以来同期最好水平，…30年来首次")
            word = "至今" if ym.after.startswith("至今") else "以来"
            if ym.since:
                frame = _FRAME.match(norm, ym.end)
            else:
                frame = _FRAME_FROM.match(norm, ym.end) if ym.after[:1] in "起开底末初" else None
                if frame:
                    word = "起"
                else:
                    frame = _FRAME_EVENT.match(norm, ym.end)
            if not frame or ym.range_start:
                continue
            _, se_e = bounds.sentence(ym.start)
            nxt = years[i + 1].start if i + 1 < len(years) else len(text)
            stop = min(se_e, nxt)
            m = _N_YEARS.search(norm, frame.end(), stop)
            if m and frame.group("de") and m.start() != frame.end():
                continue
            if not m or any(s <= m.start() < e for s, e in spans_done):
                continue
            n = _num(m.group("n"))
            if n is None or n <= 0:
                continue
            if _PLAN_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
                continue  # (…以来，“十四五”五年来: the years of the plan, not of the span)
            if _OWN_ANCHOR.search(norm, max(0, m.start() - 6), m.start()) or _RECORD_AFTER.match(norm, m.end()):
                continue  # (…以来，…建院七十年来新高; …实现了十年来的首次回升: years counted from elsewhere)
            se_s, _ = bounds.sentence(ym.start)
            until = _END_BEFORE.search(norm, se_s, ym.start)
            if until:
                # (到2020年底，自2015年…以来，五年来: the span runs to the year the sentence names)
                ends = [int(until.group(1))] if int(until.group(1)) >= ym.year else []
            else:
                ends = sorted(y for y in self._speaks_of(ctx, time) if y >= ym.year)
            if not ends:
                continue
            ok = {e - ym.year for e in ends} | {e - ym.year + 1 for e in ends}
            if n in ok:
                continue
            acc = "、".join(str(v) for v in sorted(ok))
            yield self.report(
                ctx, m.start(), m.end(),
                f"{ym.year}年{word}到{'或'.join(f'{e}年' for e in ends)}应为{acc}年，文中写作“{m.group()}”",
                evidence={"from": str(ym.year), "to": [str(e) for e in ends], "accepted": sorted(str(v) for v in ok),
                          "stated": str(n), "year_from": time.source},
                related=[(ctx, ym.start, ym.end)],
            )


    @staticmethod
    def _speaks_of(ctx, time) -> frozenset[int]:
        """The years a span since X年 may run to: the year the text speaks of and the year before
        (a report early in a year looks back on the last), or that year alone when it is certain
        (a text dated on itself from April on that does not look back: calendar.dated_own_year)."""
        year = dated_own_year(ctx)
        if year is not None:
            return frozenset({year})
        # nor past the year the text is dated in (its dateline or 落款): a summary signed
        # 2025年12月26日 whose title also names 2026年工作安排 counts its years up to 2025
        signed = [d.year for d in ctx_signature_dates(ctx) if d.year in time.now]
        if signed:
            return frozenset(y for y in time.recent if y <= max(signed))
        return time.recent

    def _elapsed(self, ctx, norm, years, spans_done):
        """“2019年开工，2024年建成，历时N年”: N against the two years before it in its sentence."""
        bounds = ctx_bounds(ctx)
        # the word is looked for only in a short window after each year (a scan of the whole
        # text for it costs 7 % of a check; the count needs two years before it anyway)
        found: dict[int, re.Match] = {}
        for ym in years:
            w = _ELAPSED_WORD.search(norm, ym.end, ym.end + 40)
            if w is None or w.start() in found:
                continue
            i = w.start()
            m = _ELAPSED.match(norm, i + 2)
            if m and not (i and norm[i - 1] in "近约超多余"):
                found[i] = m
        for start, m in sorted(found.items()):
            if any(s <= start < e for s, e in spans_done):
                continue
            se_s, _ = bounds.sentence(start)
            before = [y for y in years if se_s <= y.start < start]
            distinct = sorted({y.year for y in before})
            if len(before) != 2 or len(distinct) != 2:
                continue  # exactly a start year and an end year, or the tie is unclear
            x, y = distinct
            n = _num(m.group("n"))
            if n is None or n <= 0:
                continue
            ok = {y - x, y - x + 1}
            if any(_MONTH_AFTER.match(norm, ym.end) for ym in before):
                ok.add(y - x - 1)  # 2019年12月 to 2024年1月 is a little over four years
            if n in ok:
                continue
            acc = "或".join(str(v) for v in sorted(ok))
            yield self.report(
                ctx, start, m.end(),
                f"{x}年至{y}年历时应为{acc}年，文中写作“{norm[start:m.end()]}”",
                evidence={"from": str(x), "to": str(y), "inclusive": str(y - x + 1),
                          "difference": str(y - x), "stated": str(n)},
                related=[(ctx, before[0].start, before[0].end), (ctx, before[1].start, before[1].end)],
            )

    @staticmethod
    def _framed_count(ctx, norm, years, start):
        frame = _RANGE_FRAME.match(norm, start)
        if not frame:
            return None
        s, e = ctx_bounds(ctx).sentence(start)
        if s != start and norm[s:start].strip(" \t\u3000“”\"（(") not in ("", "从", "自"):
            return None  # the range does not open the sentence
        later = [y.start for y in years if frame.end() <= y.start < e]
        stop = min(later) if later else e
        count = _N_YEARS.search(norm, frame.end(), stop)
        if not count or _ANY_YEARS.search(norm, frame.end(), count.start()):
            return None
        return _Framed(frame, count)


@hookimpl
def factlint_register_rules(register):
    register(YearSpanMismatch)

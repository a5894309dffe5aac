"""implausible-value: a value its measure cannot take (a share above 100%, a negative count)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from factlint import Context, Rule, Severity, hookimpl
from factlint.diagnostics import format_decimal

HUNDRED = Decimal(100)
#: a percentage of at least three integer digits (106.4%, １０３．２％) or 百分之…百…
_BIG_NUMBER_BEFORE = re.compile(r"[0-9０-９]{3,}(?:[.．][0-9０-９]+)?\s*$")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_CN_DIGITS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十")


def _find_all(text: str, literal: str) -> list[int]:
    """Offsets of a literal string (str.find is far faster than a regex character class)."""
    out, i = [], text.find(literal)
    while i != -1:
        out.append(i)
        i = text.find(literal, i + 1)
    return out


def _percent_positions(text: str, big_only: bool) -> list[int]:
    """Offsets of percentages, or only of those with three integer digits or more (106.4%)."""
    out = []
    for sign in ("%", "％"):
        for p in _find_all(text, sign):
            if not big_only:
                out.append(p - 1)
                continue
            m = _BIG_NUMBER_BEFORE.search(text, max(0, p - 16), p)
            if m and text[m.start() - 1:m.start()] not in ("．", "."):
                out.append(m.start())
    for p in _find_all(text, "百分之"):
        if not big_only or "百" in text[p + 3:p + 5]:
            out.append(p + 3)
    out.sort()
    return out


def _negative_positions(text: str) -> list[int]:
    """Offsets of figures written with a minus sign or 负 (not a hyphen between two numbers)."""
    out = []
    for sign in ("-", "−", "－", "负"):
        digits = _CN_DIGITS if sign == "负" else _DIGITS
        for p in _find_all(text, sign):
            if text[p + 1:p + 2] in digits and (p == 0 or text[p - 1] not in _DIGITS):
                out.append(p + 1)
    out.sort()
    return out


def _at(quantities, starts: list[int], positions: list[int]) -> list:
    """The figures covering the given offsets, once each, in order."""
    from bisect import bisect_right

    out = []
    seen = set()
    for p in positions:
        i = bisect_right(starts, p) - 1
        while i >= 0 and i not in seen:
            q = quantities[i]
            if q.start <= p < q.end or (q.prefix_start >= 0 and q.prefix_start <= p < q.end):
                seen.add(i)
                out.append(q)
                break
            if q.end <= p:
                break
            i -= 1
    return out
_STOP = "，,。；;！？!?：:\n\r、（）()"


@lru_cache(maxsize=8)
def _measures(bounded: tuple[str, ...], unbounded: tuple[str, ...]) -> re.Pattern:
    """One alternation of every rate word, longest first, so 毛入学率 wins over 入学率 and
    拨备覆盖率 over 覆盖率 at the same place (leftmost match wins at earlier places)."""
    words = sorted(set(bounded) | set(unbounded), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words if w))


@lru_cache(maxsize=8)
def _verbs(up_down: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(v) for v in sorted(set(up_down), key=lambda w: (-len(w), w)) if v)
    return re.compile(f"(?:{alt})了?(?P<to>到|至)?" if alt else "(?!)")


def _links_to_value(between: str, verbs: re.Pattern) -> bool:
    """Whether the words between a rate word and a figure make the figure the rate's value
    (达到, 为, 提高到, 由85%提高到, 稳定在) rather than a change of it (提高120%, 比上年增长)."""
    if len(between) > 16 or "比" in between or "较" in between or "倍" in between or "的" in between:
        return False
    for m in verbs.finditer(between):
        if not m.group("to") and not m.group().endswith("至"):
            return False
    # the figure must be the last thing: a verb of change must be followed by 到/至 right before it
    return True


#: a rate named as of one amount over another (收益对融资本息的覆盖率): a multiple, not a share (not a
#: coverage of things counted: 项目对脱贫村的覆盖率)
_RATIO_OF = re.compile(r"对[\u4e00-\u9fff]{0,10}(?:本息|本金|利息|债务|负债|支出|成本|资金需求)的$")


class ImplausibleValue(Rule):
    """A value its measure cannot take: a share or a bounded rate above 100%, a negative count.

    ## What it does
    Finds a share or a rate that is a part of a whole (覆盖率, 占比, 比重, 发生率, 普及率, 合格率,
    达标率, 参保率, 城镇化率 …, the `bounded-rates` lexicon) given a value above 100%, and a counted
    figure (人, 个, 家, 户 …) given a negative value.  Rates that may exceed 100% by definition are
    left alone (毛入学率, 完成计划的113.7%, 增长率, 自给率, 贡献率: the `unbounded-rates` lexicon), and
    so are changes (覆盖率提高120% is a relative change).  Optionally, a growth rate above a bound
    set by the user is reported as a warning.

    ## Why is this bad?
    A forest cover of 126.3% or a share of 116.8% cannot exist: a digit is wrong or the figure was
    computed against the wrong whole.  Published text with such a value loses credibility at once.

    ## Example
    年末全市森林覆盖率达到126.3%。
    Use instead:
    年末全市森林覆盖率达到26.3%。

    ## Options
    - `max-growth-percent` (default none: off): report 增长x% above this bound as a warning
      (for example 500 for a text where no figure can grow more than fivefold).

    ## References
    - 国家统计局《统计数据发布中的常用术语》: 比重, 覆盖率
    """

    name = "implausible-value"
    severity = Severity.ERROR
    fixable = False
    family = "arithmetic"
    default_options = {"max_growth_percent": None}
    message = "“{measure}”是部分占整体的比例，不可能为{value}（超过100%）"

    def check(self, ctx: Context):
        text = ctx.text
        bound = self.options.get("max_growth_percent")
        count_units = ctx.knowledge.words("count-units")
        # candidates are found by one regex pass over the text; only they are looked up among
        # the figures (by binary search), so a document without any costs one scan
        big = _percent_positions(text, big_only=bound is None)
        neg = _negative_positions(text) if count_units else []
        if not big and not neg:
            return
        quantities = ctx.quantities
        starts = [q.start for q in quantities]
        over = _at(quantities, starts, big)
        if over:
            yield from self._rates(ctx, over)
        if neg:
            yield from self._negative_counts(ctx, _at(quantities, starts, neg), count_units)
        if bound is not None and over:
            yield from self._growth(ctx, over, Decimal(str(bound)))

    # -- shares and rates above 100% -------------------------------------------------------------
    def _rates(self, ctx: Context, quantities):
        text = ctx.text
        k = ctx.knowledge
        bounded = k.words("bounded-rates")
        unbounded = k.words("unbounded-rates")
        if not bounded:
            return
        words = _measures(tuple(sorted(bounded)), tuple(sorted(unbounded)))
        verbs = _verbs(tuple(k.lexicon("change-up")) + tuple(k.lexicon("change-down")))
        not_part = tuple(k.lexicon("rate-not-part-of-whole"))
        over = [q for q in quantities if q.unit == "%" and q.value is not None and q.kind in ("percent", "number")
                and q.value - _precision(q) > HUNDRED]
        for q in over:
            # the rate word this value belongs to: the nearest one before it in the same clause
            lo = max(0, q.start - 40)  # (searching back only as far as the window reaches)
            left = max(text.rfind(c, lo, q.start) for c in _STOP) + 1
            window = text[max(left, lo):q.start]
            last = None
            for m in words.finditer(window):
                last = m
            if last is None:
                continue
            measure = last.group()
            if measure in unbounded or measure not in bounded:
                continue
            if _RATIO_OF.search(window, 0, last.start()):
                continue  # 预期收益对融资本息的覆盖率152.6%: a ratio of two amounts, not a share
            start_q = q.prefix_start if q.prefix_start >= 0 else q.start
            between = text[q.start - len(window) + last.end():start_q]
            if not _links_to_value(between, verbs):
                continue
            if not_part and measure in ("比重", "占比") and any(w in window for w in not_part):
                k = window.rfind("占")
                if k < 0 or any(w in window[:k] for w in not_part):
                    continue  # (进出口总额占地区生产总值的比重: two aggregates; not 占全省出口总值的比重,
                    # a share of exports among exports, whose part is named before 占 or clauses up;
                    # a rate of its own, 出口信用保险覆盖率, is bounded whatever it is of)
            wstart = q.start - len(window) + last.start()
            named = _named_measure(text, wstart) + measure
            yield self.report(
                ctx,
                wstart,
                q.end,
                self.message.format(measure=named, value=q.text),
                evidence={"measure": measure, "value": format_decimal(q.value), "unit": "%",
                          "low": format_decimal(q.value - _precision(q)), "bound": "100"},
            )

    # -- negative counts -------------------------------------------------------------------------
    def _negative_counts(self, ctx: Context, quantities, units):
        text = ctx.text
        for q in quantities:
            if q.value is None or q.unit not in units or q.kind not in ("number",):
                continue
            negative = q.value < 0
            if not negative:
                s = q.prefix_start if q.prefix_start >= 0 else q.start
                before = text[max(0, s - 1):s]
                negative = before in ("-", "－", "−") and not text[max(0, s - 2):s - 1].isdigit()
            if not negative:
                continue
            yield self.report(
                ctx,
                q.start - (0 if q.value < 0 else 1),
                q.end,
                f"“{q.text}”是计数，不可能为负数",
                evidence={"value": format_decimal(-abs(q.value)), "unit": q.unit},
            )

    # -- optional growth bound -------------------------------------------------------------------
    def _growth(self, ctx: Context, quantities, bound: Decimal):
        from dataclasses import replace

        text = ctx.text
        up = tuple(w for w in ctx.knowledge.lexicon("change-up") if not w.endswith("至"))
        for q in quantities:
            if q.unit != "%" or q.value is None or q.value <= bound:
                continue
            s = q.prefix_start if q.prefix_start >= 0 else q.start
            before = text[max(0, s - 4):s]
            if not any(before.endswith(v) or before.endswith(v + "了") for v in up):
                continue
            d = self.report(
                ctx, q.start, q.end,
                f"增长{q.text}超过所设上限{format_decimal(bound)}%，请核实",
                evidence={"value": format_decimal(q.value), "bound": format_decimal(bound)},
            )
            yield replace(d, severity=Severity.WARNING)


def _named_measure(text: str, start: int, limit: int = 12) -> str:
    """Up to ``limit`` characters naming what the rate is of (森林 in 全市森林覆盖率), for the
    message: stops at punctuation, figures and words of scope or time (全市, 年末, 的); a longer
    name is shown cut with … before it (…技能培训覆盖率), not as if it were whole."""
    out = []
    i = start - 1
    while i >= 0 and len(out) < limit:
        c = text[i]
        if not ("\u4e00" <= c <= "\u9fff") or (c in _NAME_STOPS and not (c == "年" and text[i + 1:i + 2] in _YEAR_NOUNS)):
            break  # (not the 年 of 年报, 年检: a noun, 企业年报公示率)
        if c in _PLACE_ENDS and i > 0 and text[i - 1] in "全本我":
            break  # 全市, 本县, 我省: a scope (全程马拉松 and 城市绿化 are names)
        out.append(c)
        i -= 1
    cut = len(out) == limit and i >= 0 and "\u4e00" <= text[i] <= "\u9fff" and text[i] not in _NAME_STOPS \
        and not (text[i] in _PLACE_ENDS and i > 0 and text[i - 1] in "全本我")
    return ("…" if cut else "") + "".join(reversed(out))


_NAME_STOPS = frozenset("的为是和与及在年末其中")
#: what follows 年 in a noun (年报, 年检, 年审), not in a time (年末, 年内)
_YEAR_NOUNS = frozenset("报检审鉴龄薪金")
_PLACE_ENDS = frozenset("国省市县区镇乡村")


def _precision(q) -> Decimal:
    from ._change import precision

    return precision(q)


@hookimpl
def factlint_register_rules(register):
    register(ImplausibleValue)

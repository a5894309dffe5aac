"""change-mismatch: a stated change disagrees with the before and after figures given."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from factlint import Context, Rule, Severity, hookimpl
from factlint.diagnostics import format_decimal

from . import _change as C


class ChangeMismatch(Rule):
    """A stated change (增长x%, 下降x%, 增长了N倍, 翻N番, 提高x个百分点) disagrees with the before and after figures.

    ## What it does
    Finds statements that give a figure before and after a change together with the change itself
    and recomputes the change from the two figures:
    由A提高到B，增长x%; 比上年的A增长x% (after a figure B; also 较上届（A）增加…, 高于上年的A，增长x%); 2015年…A，2020年达到B，翻一番; 是A的N倍;
    相当于A的x%; 年均增长x% between two dated figures; 提高x个百分点 between two rates;
    比上年增加C，增长x% (the before figure is B − C); and rows of a Markdown table whose header
    has two period columns and a growth column (| 指标 | 2024年 | 2023年 | 同比增长 |).  A cause
    said between the figure and its change (52.6万人次，受航线调整影响，同比下降6.3%) is read past.
    It fires only when no reading within the precision the figures are written with makes the
    statement true: 1186.3/1102.5 − 1 = 7.60%, so 增长7.6% is right, and 795 against 772
    allows 2.85%–3.11%, so 增长2.9% is right.

    Readings: 增长x% means after = before × (1 + x%); 增长了N倍 means × (1 + N) (with
    `strict-multiples` turned off, also × N); 增长到N倍 and 是…的N倍 mean × N; 翻N番 means × 2^N;
    年均增长x% between two dated figures means × (1 + x%)^years.  A multiple written as a whole
    number stands for itself ± 0.25 (翻N番 for 2^N ± an eighth): a ratio of 3.5 is written 3.5倍,
    while 2.03 written 增长一倍 is ordinary rounding.  Chinese numerals are read at their last
    non-zero digit, with at least two significant digits (四十万 = 40万 ± 0.5万).

    Stays quiet on growth stated at constant prices or on a comparable basis (可比价, 不变价,
    实际增长, and measures conventionally stated so: 生产总值, 增加值), on approximate figures
    (约, 左右, 近, 基本翻一番), on levels (提高到78.6%) and targets (增长7.5%的目标), on comparisons
    with another subject (比全国平均水平的…), and on 比上年 after a pair of figures years apart.
    A decrease written as a multiple is left to `multiple-decrease`, and a rate difference
    written with % (由61.8%提高到63.1%，提高了1.3%) to `percentage-point`.

    ## Why is this bad?
    The figures contradict each other, so at least one of them is wrong, and readers who
    recompute the change lose trust in the whole text.

    ## Example
    全体居民人均可支配收入由46820元提高到49860元，增长7.5%。
    Use instead:
    全体居民人均可支配收入由46820元提高到49860元，增长6.5%。

    ## Options
    - `strict-multiples` (default true): read 增长N倍 and 增长了N倍 only as × (1 + N), as the
      statistical usage (国家统计局) and the rule catalog define it: 由15.2亿元增长到46.8亿元 is
      增长了2.1倍, and 增长了3.1倍 is the slip of writing the ratio.  Set it to false for texts
      whose writers use 增长N倍 for the ratio (× N); both readings are then accepted.

    ## References
    - 国家统计局《统计数据发布中的常用术语》: 增长速度, 倍数, 翻番, 百分点
    - GB/T 15835—2011《出版物上数字用法》
    """

    name = "change-mismatch"
    severity = Severity.ERROR
    fixable = False
    family = "arithmetic"
    default_options = {"strict_multiples": True}
    message = "{pair}实为{computed}，与所述“{stated}”不符"

    def check(self, ctx: Context):
        strict = bool(self.options.get("strict_multiples", True))
        # one stated change may be read against two pairs of figures (27.35亿元，比上年增加3.16亿元，增长
        # 13.1%（上年为24.19亿元）): reported once, and not at all when one reading makes it right
        by_change: dict[tuple[int, int], list] = {}
        for st in [*C.statements(ctx, strict_multiples=strict), *C.table_statements(ctx)]:
            if _flow_against_a_stock(ctx, st):
                continue
            by_change.setdefault((st.change.start, st.change.end), []).append((st, C.judge(st)))
        for readings in by_change.values():
            if any(v.status == "ok" for _, v in readings):
                continue
            for st, v in readings:
                if v.status == "mismatch" and not _whole_agrees(ctx, st):
                    yield self._diagnostic(ctx, st, v)
                    break

    # -- message and evidence --------------------------------------------------------------------
    def _diagnostic(self, ctx: Context, st: C.Statement, v: C.Verdict):
        ch = st.change
        a, b = st.before, st.after
        pair = _pair(st)
        places = C.places_for(ch.quantity)
        if ch.mode == "relative" and ch.annual:
            y1, y2 = st.years
            computed = f"{y2 - y1}年间年均{_signed_words(v.central, '%', places)}"
        elif ch.mode == "relative":
            computed = _signed_words(v.central, "%", places)
        elif ch.mode == "points":
            computed = _signed_words(v.central, "个百分点", places, words=("提高", "下降"))
        elif ch.mode == "absolute":
            computed = _signed_words(v.central, "", places, unit_of=b, like=ch.quantity)
        elif ch.quantity is not None and ch.quantity.unit == "%":  # 相当于A的x%
            computed = f"{C.fmt(v.central * 100, places) if v.central is not None else '?'}%"
        else:  # ratio / plus
            times = C.fmt(v.central, 2)
            computed = f"{times}倍"
            if ch.mode == "plus" and v.central is not None:
                computed += f"（即增长了{C.fmt(v.central - 1, 2)}倍）"
        message = self.message.format(pair=pair, computed=computed, stated=ch.stated)
        evidence = {
            "before": format_decimal(a.value) if st.derived_from is None else None,
            "after": format_decimal(C.after_value(st)) if C.after_value(st) is not None else None,
            "stated": format_decimal(ch.low) if ch.quantity is None else format_decimal(ch.quantity.value),
            "stated_text": ch.stated,
            "reading": ch.mode + ("-annual" if ch.annual else ""),
            "computed": C.exact(v.central),
            "computed_low": C.exact(v.low),
            "computed_high": C.exact(v.high),
            "unit": "百分点" if ch.mode == "points" else v.unit,
        }
        if st.derived_to is not None:
            evidence["increase"] = format_decimal(st.derived_to.value)
        if st.derived_from is not None:
            evidence["increase"] = format_decimal(st.derived_from.value)
            lo_hi = C.before_interval(st)
            evidence["before_low"], evidence["before_high"] = (C.exact(lo_hi[0]), C.exact(lo_hi[1])) if lo_hi else (None, None)
        if ch.annual:
            evidence["years"] = st.years[1] - st.years[0]
        related = [(ctx, b.start, b.end)]
        if st.derived_to is not None:
            related = [(ctx, a.start, a.end), (ctx, st.derived_to.start, st.derived_to.end)]
        elif st.derived_from is not None:
            related.append((ctx, st.derived_from.start, st.derived_from.end))
        else:
            related.insert(0, (ctx, a.start, a.end))
        return self.report(ctx, ch.start, ch.end, message, evidence=evidence, related=related)


def _flow_against_a_stock(ctx: Context, st: C.Statement) -> bool:
    """全年新增床位215张，比上年末的4,745张增长4.5%: the figure before 比 is what was added (新增),
    the one after it a stock at a date (上年末): the change is of the stock, not their ratio."""
    f = ctx.claims.figure_at(st.after.start)
    if f is None or st.derived_to is not None or not f.measure.startswith(("新增", "净增", "新建")):
        return False
    text = ctx.text
    return any(w in text[max(0, st.before.start - 8):st.before.start] for w in ("末", "底"))


def _whole_agrees(ctx: Context, st: C.Statement) -> bool:
    """…合计1563.8万元，其中善款1208.6万元、物资折价355.2万元，比上年的1386.5万元增长12.8%: the after
    figure is the last of two or more parts listed after 其中 (with 、, 和 or ，), and the change may be said of the whole before 其中
    (the comparison closes the sentence about it): when the whole agrees with the change, nothing
    is wrong."""
    f = ctx.claims.figure_at(st.after.start)
    if f is None or f.q is not st.after or f.group is None or f.group.marker != "其中" or st.derived_from is not None:
        return False
    if not any(p.start < f.start and p.unit == f.unit and p.sentence is f.sentence for p in f.group.parts):
        return False  # (a list after 其中, by 、, 和 or ，: the comparison may close the sentence about the whole)
    whole = next((w for w in f.group.wholes if w.unit == f.unit and w.value is not None and not w.approx), None)
    if whole is None:
        return False
    return C.judge(replace(st, after=whole.q)).status == "ok"


def _signed_words(x: Decimal | None, unit: str, places: int, unit_of=None, words=("增长", "下降"),
                  like=None) -> str:
    if x is None:
        return "?"
    word = words[0] if x >= 0 else words[1]
    if unit_of is not None:
        word = "增加" if x >= 0 else "减少"
        mag = getattr(like, "magnitude", "") or ""
        if mag:  # in the magnitude the stated change is written with (减少0.42万人, not 4200人)
            from ._intervals import show

            return f"{word}{show(abs(x), like)}{mag}{unit_of.unit}"
        return f"{word}{_plain(abs(x))}{unit_of.unit}"
    return f"{word}{C.fmt(abs(x), places)}{unit}"


def _plain(x: Decimal) -> str:
    """A value in base units, written with 万/亿 when it is large (120000 -> 12万)."""
    for mag, scale in (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)):
        if abs(x) >= scale:
            return format_decimal((x / scale).normalize()) + mag
    return format_decimal(x)


def _pair(st: C.Statement) -> str:
    a, b = st.before, st.after
    ch = st.change
    if st.derived_to is not None:
        now = C.after_value(st)
        return f"由{a.text}{'增加' if ch.sign > 0 else '减少'}{st.derived_to.text}（即{_plain(now)}{a.unit}），" \
            if now is not None else f"{a.text}{'增加' if ch.sign > 0 else '减少'}{st.derived_to.text}，"
    if st.derived_from is not None:
        base = st.after.value - st.derived_from.value if ch.sign > 0 else st.after.value + st.derived_from.value
        return f"{b.text}比上期{'增加' if ch.sign > 0 else '减少'}{st.derived_from.text}（上期约{_plain(base)}{b.unit}），"
    if st.label:
        return f"{st.label}由{a.text}到{b.text}"
    if ch.mode in ("ratio", "plus"):
        return f"{b.text}与{a.text}之比"
    return f"由{a.text}到{b.text}"


@hookimpl
def factlint_register_rules(register):
    register(ChangeMismatch)

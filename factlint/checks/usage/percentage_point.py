"""percentage-point: the difference between two rates is written with % instead of 个百分点."""

from __future__ import annotations

from decimal import Decimal

from factlint import Context, Rule, Severity, hookimpl
from factlint.calendar import lazy_re
from factlint.diagnostics import format_decimal

from ..arithmetic import _change as C


class PercentagePoint(Rule):
    """The difference between two rates is written with % instead of 个百分点.

    ## What it does
    Finds a change between two rates that are both written with % (由64.2%提高到66.5%; 为78.6%，比上年
    的75.2%提高…) where the stated change is written with % but equals the difference of the two
    rates, not their relative change.  When the stated % is a correct relative change
    (由50%提高到60%，提高20%), nothing is reported; when it is neither, `change-mismatch` reports it.
    A growth rate compared with an earlier one whose own value is not stated (增速比上半年的5.1%加快了
    1.7%) is reported too: a growth rate changes by points, never by a per cent of itself.

    ## Why is this bad?
    A rise from 64.2% to 66.5% is 2.3 个百分点 but a 3.6% increase.  Writing 提高了2.3% states the
    wrong figure, and readers who take it as a relative change are misled.  The difference of two
    percentages is written in 百分点.

    ## Example
    常住人口城镇化率由64.2%提高到66.5%，提高了2.3%。
    Use instead:
    常住人口城镇化率由64.2%提高到66.5%，提高了2.3个百分点。

    ## Options
    None.

    ## References
    - 国家统计局《统计数据发布中的常用术语》: 百分点
    - GB/T 15835—2011《出版物上数字用法》
    """

    name = "percentage-point"
    severity = Severity.WARNING
    fixable = False
    family = "usage"
    message = "{a}到{b}相差{points}个百分点（相对变化为{relative}%），“{stated}”应写作“{suggest}”"
    #: a growth rate compared with an earlier rate alone (增速比上半年的5.1%加快了1.7%)
    message_growth = "{subject}{compared}{stated}：{subject}之差以百分点计（{a}{sign}{points}个百分点为{after}%），应写作“{suggest}”"

    def check(self, ctx: Context):
        if "%" not in ctx.text and "％" not in ctx.text:
            return
        reported: list[tuple[int, int]] = []
        yield from self._rate_pairs(ctx, reported)
        yield from self._growth_against_one_rate(ctx, reported)

    def _rate_pairs(self, ctx: Context, reported: list[tuple[int, int]]):
        """A change between two %-figures of the text stated with % (由64.2%提高到66.5%，提高2.3%)."""
        for st in [*_statements(ctx), *C.table_statements(ctx)]:
            ch = st.change
            if ch.mode != "relative" or ch.annual or st.derived_from is not None or st.derived_to is not None:
                continue
            if st.before.unit != "%" or st.after.unit != "%":
                continue
            v = C.judge(st)
            if v.status != "points-as-percent" or v.points is None:
                continue
            q = ch.quantity
            places = C.places_for(q) - 1
            pts = v.points[2]
            rel = v.relative[2] if v.relative else None
            # the figure as written without its % sign, then 个百分点
            figure = q.text.rstrip("%％")
            words = ch.stated[: q.start - ch.start] if not st.label else ""
            suggest = f"{words}{figure}个百分点"
            message = self.message.format(
                a=(st.label if st.label else "") + "由" + st.before.text,
                b=st.after.text,
                points=C.fmt(abs(pts), max(places, 1)),
                relative=C.fmt(rel, 2) if rel is not None else "?",
                stated=ch.stated,
                suggest=suggest,
            )
            evidence = {
                "before": format_decimal(st.before.value),
                "after": format_decimal(st.after.value),
                "stated": format_decimal(q.value),
                "stated_text": ch.stated,
                "difference_points": C.exact(pts),
                "difference_low": C.exact(v.points[0]),
                "difference_high": C.exact(v.points[1]),
                "relative_percent": C.exact(rel),
                "suggestion": suggest,
            }
            reported.append((ch.start, ch.end))
            yield self.report(
                ctx,
                ch.start,
                ch.end,
                message,
                evidence=evidence,
                related=[(ctx, st.before.start, st.before.end), (ctx, st.after.start, st.after.end)],
            )

    def _growth_against_one_rate(self, ctx: Context, reported: list[tuple[int, int]]):
        """增速比上半年的5.1%加快了1.7%: a growth rate (增速, 增幅, 涨幅, 降幅) compared with an earlier
        rate, its own value not stated: the change is the difference of two growth rates, in points
        (the sentence's own rate, when stated, makes a pair the statements above judge)."""
        text = ctx.text
        for m in _GROWTH_GAP.finditer(text):
            start, end = m.start("verb"), m.end()
            if any(a < end and start < b for a, b in reported):
                continue
            before, stated = Decimal(m.group("a")), Decimal(m.group("b"))
            sign = 1 if m.group("verb") in _UP else -1
            after = before + sign * stated
            relative = before * (1 + sign * stated / 100)
            figure = text[m.start("b"):m.end()].rstrip("%％")
            suggest = f"{text[start:m.start('b')]}{figure}个百分点"
            a = text[m.start("a"):m.end("a") + 1]
            message = self.message_growth.format(
                subject=m.group("subject"), compared=m.group("compared"), a=a, sign="+" if sign > 0 else "−",
                points=figure, after=format_decimal(after), stated=text[start:end], suggest=suggest)
            yield self.report(
                ctx, start, end, message,
                evidence={"before": format_decimal(before), "stated": format_decimal(stated),
                          "stated_text": text[start:end], "after_if_points": format_decimal(after),
                          "after_if_relative": format_decimal(relative.quantize(Decimal("0.01"))),
                          "suggestion": suggest},
                related=[(ctx, m.start("a"), m.end("a") + 1)])


#: a growth rate compared with an earlier rate and changed by a %: 增速比上半年的5.1%加快了1.7%,
#: 降幅较一季度的3.2%收窄1.1%
_GROWTH_GAP = lazy_re(
    r"(?P<subject>增速|增幅|涨幅|降幅|增长率|增长速度)[^。；，,;%％\d]{0,4}?"
    r"(?P<compared>(?:比|较)[^。；，,;%％\d]{0,10}?(?P<a>\d+(?:\.\d+)?)[%％])"
    r"(?P<verb>(?:加快|放缓|减缓|回落|提高|下降|收窄|扩大|上升|提升|降低|回升)了?)(?P<b>\d+(?:\.\d+)?)[%％]")
#: the verbs of _GROWTH_GAP that raise the rate
_UP = frozenset(("加快", "加快了", "提高", "提高了", "扩大", "扩大了", "上升", "上升了", "提升", "提升了", "回升", "回升了"))


def _statements(ctx: Context) -> list:
    """The change statements of the document as change-mismatch reads them by default (strict
    multiples), so the list it builds is read here too, not built a second time.

    ``strict_multiples`` only decides ``also_ratio`` of a "plus" change (增长了N倍, a multiple): the
    same statements are found, in the same order and with the same relative changes, either way,
    and this rule reads only relative changes between two %-figures."""
    return C.statements(ctx, strict_multiples=True)


@hookimpl
def factlint_register_rules(register):
    register(PercentagePoint)

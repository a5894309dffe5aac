"""percentage-point: the difference between two rates is written with % instead of 个百分点."""

from __future__ import annotations

from factlint import Context, Rule, Severity, hookimpl
from factlint.diagnostics import format_decimal

from ..arithmetic import _change as C


class PercentagePoint(Rule):
    """The difference between two rates is written with % instead of 个百分点.

    ## What it does
    Finds a change between two rates that are both written with % (由64.2%提高到66.5%; 为78.6%，比上年
    的75.2%提高…) where the stated change is written with % but equals the difference of the two
    rates, not their relative change.  When the stated % is a correct relative change
    (由50%提高到60%，提高20%), nothing is reported; when it is neither, `change-mismatch` reports it.

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

    def check(self, ctx: Context):
        if "%" not in ctx.text and "％" not in ctx.text:
            return
        for st in [*_statements(ctx), *C.table_statements(ctx)]:
            ch = st.change
            if ch.mode != "relative" or ch.annual or st.derived_from is not None:
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
            yield self.report(
                ctx,
                ch.start,
                ch.end,
                message,
                evidence=evidence,
                related=[(ctx, st.before.start, st.before.end), (ctx, st.after.start, st.after.end)],
            )


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

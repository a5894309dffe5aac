"""weekday-mismatch: a date and the weekday written with it disagree."""

from __future__ import annotations

from factlint import Rule, Severity, hookimpl
from factlint.calendar import ctx_dates, weekday_name, weekday_of

from ._dates import candidate_years, describe_years


class WeekdayMismatch(Rule):
    """A date and the weekday written with it disagree.

    ## What it does
    Finds dates followed by a weekday — 2023年3月5日（星期一）, 1月8日（周一）, 二〇二四年一月八日
    礼拜一, 2024-01-08（星期一）— and computes the weekday of the date (Gregorian calendar).
    A date written without a year takes the year of a full date earlier in the same sentence,
    else the year of the heading it stands under (一、2021年 in a 大事记 of several years; not the
    text's title); otherwise it is judged only when the weekday is wrong in every year the text may mean (the
    year the text speaks of and the year before), unless the text's other dates without a year
    name one of those years by their weekdays (at least three fall on their weekday in it, two
    more than in the other: a festival story's 9月26日（星期五）… 10月1日（星期三）…).  With no
    year to go by, the rule stays quiet.
    Dates in a lunar-calendar context (农历…) are skipped.

    ## Why is this bad?
    A wrong weekday makes readers doubt the date itself, and one of the two is wrong.  Notices of
    meetings and news datelines are read for exactly this information.

    ## Example
    2023年3月5日（星期一），全县工作会议召开。
    Use instead:
    2023年3月5日（星期日），全县工作会议召开。

    ## Options
    None.

    ## References
    GB/T 7408.1-2023 (ISO 8601-1) for the Gregorian calendar and the week starting on Monday.
    """

    name = "weekday-mismatch"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        for d in ctx_dates(ctx):
            if d.weekday is None or d.lunar or d.day is None:
                continue
            years, how = candidate_years(ctx, d)
            if not years:
                continue
            actual = {y: weekday_of(y, d.month, d.day) for y in sorted(years)}
            actual = {y: w for y, w in actual.items() if w is not None}
            if not actual:
                continue  # the date does not exist: invalid-date says so
            stated = d.weekday[2]
            if stated in actual.values():
                continue
            prefix = d.weekday_text[:-1] or "星期"
            if len(actual) == 1:
                (year, wd), = actual.items()
                where = f"{year}年{d.month}月{d.day}日" if how != "written" else d.text
                msg = (f"{where}是{weekday_name(wd, prefix)}，不是“{d.weekday_text}”"
                       + (f"（{describe_years(years, how)}推定年份）" if how != "written" else ""))
            else:
                parts = "，".join(f"{y}年为{weekday_name(w, prefix)}" for y, w in actual.items())
                msg = f"{d.month}月{d.day}日{describe_years(years, how)}：{parts}，都不是“{d.weekday_text}”"
            yield self.report(
                ctx, d.start, d.full_end, msg,
                evidence={
                    "date": d.text,
                    "stated_weekday": d.weekday_text,
                    "year_from": how,
                    "computed": {str(y): weekday_name(w) for y, w in actual.items()},
                },
            )


@hookimpl
def factlint_register_rules(register):
    register(WeekdayMismatch)

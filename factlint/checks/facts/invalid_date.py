"""invalid-date: a date that does not exist (2023年2月29日, 4月31日, 2023年13月)."""

from __future__ import annotations

from factlint import Rule, Severity, hookimpl
from factlint.calendar import ctx_dates, ctx_year_months, is_leap, month_length

from ._dates import candidate_years, describe_years


class InvalidDate(Rule):
    """A date that does not exist.

    ## What it does
    Checks every date the text writes (2023年9月31日, 二〇二三年二月二十九日, 4月31日,
    2023-02-29) and every year-and-month (2023年13月): months run from 1 to 12, April, June,
    September and November have 30 days, and February has 29 days only in a leap year.  A
    2月29日 without a year is judged only when the year can be told (a full date earlier in the
    sentence, or the year the text speaks of and the year before are all common years).  Dates
    in a lunar-calendar context (农历八月三十日) are skipped: lunar months have 30 days.

    ## Why is this bad?
    A date that does not exist is a typing slip that hides the real date: readers cannot tell
    whether 9月31日 meant 9月30日 or 10月1日.

    ## Example
    2023年9月31日，县政府常务会议审议通过实施方案。
    自2024年4月31日起，全市重点景区全面推行分时预约。
    Use instead:
    2023年9月30日，县政府常务会议审议通过实施方案。
    2024年2月29日，全市重点景区全面推行分时预约。

    ## Options
    None.

    ## References
    GB/T 7408.1-2023 (ISO 8601-1), the Gregorian calendar.
    """

    name = "invalid-date"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        for d in ctx_dates(ctx):
            if d.lunar or d.form == "iso-dot":  # 2024.13.5 may be a section or version number
                continue
            if not 1 <= d.month <= 12:
                yield self.report(ctx, d.start, d.end, f"“{d.text}”中的月份{d.month}不存在（月份为1至12）",
                                  evidence={"date": d.text, "month": str(d.month)})
                continue
            if d.day is None:
                continue
            if not 1 <= d.day <= 31 or (d.day > month_length(2000, d.month)):
                longest = month_length(2000, d.month)
                yield self.report(ctx, d.start, d.end,
                                  f"{d.month}月只有{longest}天，“{d.text}”不存在",
                                  evidence={"date": d.text, "month": str(d.month), "day": str(d.day),
                                            "days_in_month": str(longest)})
                continue
            if d.month == 2 and d.day == 29:
                years, how = candidate_years(ctx, d)
                if not years or any(is_leap(y) for y in years):
                    continue
                if how == "weekdays":
                    label = f"{d.text}（{describe_years(years, 'written')}，{describe_years(years, how)}推定）"
                else:
                    label = d.text if how == "written" else f"{d.text}（{describe_years(years, how)}）"
                yield self.report(ctx, d.start, d.end,
                                  f"{'、'.join(f'{y}年' for y in sorted(years))}不是闰年，2月只有28天，{label}不存在",
                                  evidence={"date": d.text, "years": [str(y) for y in sorted(years)],
                                            "year_from": how, "days_in_month": "28"})
        for m in ctx_year_months(ctx):
            if not 1 <= m.month <= 12:
                yield self.report(ctx, m.start, m.end, f"“{m.text}”中的月份{m.month}不存在（月份为1至12）",
                                  evidence={"date": m.text, "month": str(m.month)})


@hookimpl
def factlint_register_rules(register):
    register(InvalidDate)

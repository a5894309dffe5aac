"""Shared by weekday-mismatch and invalid-date: which year a date without a year belongs to."""

from __future__ import annotations

from factlint.calendar import DateMention, ctx_bounds, ctx_dates, ctx_time


def candidate_years(ctx, date: DateMention) -> tuple[frozenset[int], str]:
    """The years a date may belong to, and how they were found.

    A written year is the only candidate.  A date without one (5月3日) takes the year of a full
    date earlier in the same sentence (2024年5月1日（星期三）至5月5日（星期日）); otherwise the
    years the text speaks of and the year before (a report of January looks back on December).
    No candidate: the rules stay quiet."""
    if date.year is not None:
        return frozenset({date.year}), "written"
    start, _ = ctx_bounds(ctx).sentence(date.start)
    earlier = [d for d in ctx_dates(ctx) if start <= d.start < date.start and d.year is not None]
    if earlier:
        return frozenset({earlier[-1].year}), "sentence"
    time = ctx_time(ctx)
    if time.known:
        return time.recent, "text"
    return frozenset(), "unknown"


def describe_years(years: frozenset[int], how: str) -> str:
    ys = "、".join(f"{y}年" for y in sorted(years))
    if how == "sentence":
        return f"按同句前文的{ys}"
    if how == "text":
        return f"按全文所述年份（{ys}）"
    return ys

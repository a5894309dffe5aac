"""Interval arithmetic on figures as written (factlint/checks/arithmetic/_intervals.py)."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from factlint.checks.arithmetic._intervals import (
    Interval,
    decimals,
    display_unit,
    interval,
    names_agree,
    ratio_percent,
    show,
    total,
    value_sum,
)
from factlint.numerals import Quantity


def q(text, value, precision, unit="", magnitude="", kind="number"):
    return Quantity(0, len(text), text, kind, D(value), unit, precision=D(precision), magnitude=magnitude)


def test_share_within_written_precision():
    part = q("318.45亿元", "31845000000", "500000", "元", "亿", "money")
    whole = q("512.36亿元", "51236000000", "500000", "元", "亿", "money")
    r = ratio_percent(part, whole)
    assert D("62.15") < r.lo < r.hi < D("62.16")  # 62.15%, as the issue says
    assert r.overlaps(interval(q("62.2%", "62.2", "0.05", "%", kind="percent")))
    assert not r.overlaps(interval(q("62.3%", "62.3", "0.05", "%", kind="percent")))


def test_birth_rate_range():
    births = q("4.26万", "42600", "50")
    people = q("512.36万", "5123600", "50")
    r = ratio_percent(births, people, D(1000))
    assert D("8.30") < r.lo < D("8.31") and D("8.32") < r.hi < D("8.33")
    assert r.overlaps(interval(q("8.32‰", "8.32", "0.005", "‰", kind="percent")))


def test_sums_and_display():
    parts = [q("126公里", "126", "0.5", "公里"), q("385公里", "385", "0.5", "公里"), q("47公里", "47", "0.5", "公里")]
    assert total(parts) == Interval(D("556.5"), D("559.5"))
    assert value_sum(parts) == D(558)
    big = q("904.4亿元", "90440000000", "5000000", "元", "亿", "money")
    assert show(D("89440000000"), big) == "894.4"
    assert display_unit(big) == "亿元"
    assert show(D("1382.5") / D("4126.8") * 100, q("36.5%", "36.5", "0.05", "%"), 2) == "33.5"
    assert decimals(q("62.15%", "62.15", "0.005", "%")) == 2 and decimals(q("874", "874", "0.5")) == 0


def test_division_by_an_interval_that_may_be_zero():
    assert Interval(D(1), D(2)) / Interval(D(0), D(1)) is None


def test_names_agree():
    assert names_agree("规模以上工业营业收入", "规模以上工业企业实现营业收入4126.8亿元")
    assert not names_agree("全省高新技术产业", "全市工业增加值1200亿元")


@given(st.decimals(min_value=1, max_value=10**6, places=2), st.decimals(min_value=1, max_value=10**6, places=2))
def test_a_true_share_is_always_accepted(a, b):
    """Whatever the figures, the share rounded from them to one decimal lies in the interval."""
    part, whole = (a, b) if a <= b else (b, a)
    pq = q(f"{part}", part, "0.005")
    wq = q(f"{whole}", whole, "0.005")
    stated = (part / whole * 100).quantize(D("0.1"))
    r = ratio_percent(pq, wq)
    assert r.overlaps(Interval(stated - D("0.05"), stated + D("0.05")))

"""The direct reading of common standard numerals (numerals._STD_DIRECT) must give exactly what the
full standard-form check gives (normalise, convert the value back to cn2an's form, compare): on
every an2cn form below 100,000 (also with 百十 and 两), on combinations of section shapes over
万 and 亿, and on random strings."""

from __future__ import annotations

import random

import pytest

from factlint import numerals as N

cn2an = pytest.importorskip("cn2an")


@pytest.fixture()
def full_check(monkeypatch):
    """_standard_cn_int without the direct path (a grammar that matches nothing)."""

    def check(s: str):
        with monkeypatch.context() as m:
            m.setitem(N._PATTERNS, "std_direct", N._compiled("never", "(?!)"))
            return N._standard_cn_int(s)

    return check


def _agree(s, full_check, hits):
    got = N._standard_cn_int(s)
    assert got == full_check(s), s
    t0 = s.replace("两", "二").replace("〇", "零")
    if N._compiled("std_direct", N._STD_DIRECT).fullmatch(t0.translate(N._STD_CODE)):
        hits.append(s)


def test_every_small_standard_form(full_check):
    hits = []
    for v in range(1, 100_000):
        s = cn2an.an2cn(v)
        for x in {s, s.replace("百一十", "百十"), s.replace("二", "两"), s.replace("零", "", 1)}:
            _agree(x, full_check, hits)
    assert len(hits) > 100_000  # the direct path does read most of them


def test_section_shapes_over_wan_and_yi(full_check):
    shapes = [0, 1, 5, 10, 15, 20, 100, 101, 110, 115, 999, 1000, 1001, 1010, 1100, 1234, 2005, 3050]
    hits = []
    for a in shapes:
        for b in shapes:
            for c in shapes:
                for d in (0, 1, 10, 1000):
                    v = ((d * 10_000 + c) * 10_000 + b) * 10_000 + a
                    if v:
                        s = cn2an.an2cn(v)
                        for x in {s, s.replace("百一十", "百十"), s.replace("亿", "亿零", 1), s.replace("零", "", 1)}:
                            _agree(x, full_check, hits)
    assert hits


def test_random_forms_and_strings(full_check):
    rng = random.Random(20261130)
    alphabet = "零〇一二两三四五六七八九十百千万亿"
    hits = []
    for _ in range(20_000):
        s = cn2an.an2cn(rng.randint(1, 10 ** rng.randint(1, 16) - 1))
        i = rng.randrange(len(s))
        for x in (s, s.replace("百一十", "百十"), s[:i] + rng.choice(alphabet) + s[i:], s[:i] + s[i + 1:]):
            _agree(x, full_check, hits)
    for _ in range(20_000):
        _agree("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))), full_check, hits)


@pytest.mark.parametrize("s, value", [
    ("二百十七万", 2_170_000), ("一万三千五百十三", 13_513), ("二十五亿七千万", 2_570_000_000),
    ("十亿零七千万", 1_070_000_000), ("三百二十五万亿", 325 * 10**12), ("一万零五十", 10_050), ("十五", 15),
])
def test_direct_values(s, value):
    assert N._standard_cn_int(s) == value

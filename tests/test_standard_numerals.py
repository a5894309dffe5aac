"""The numeral engine reads standard Chinese numerals without importing cn2an (the import costs
0.4-0.6 s, more than checking a whole report); its reading must be exactly cn2an's, on strings it
accepts and on strings it rejects.  Anything it is not sure of still goes to cn2an."""

from __future__ import annotations

import random
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.numerals import _standard_cn_int, cn_int

cn2an = pytest.importorskip("cn2an")

ALPHABET = "零〇一二两三四五六七八九十百千万亿"


def cn2an_reading(s: str) -> int | None:
    """What factlint took from cn2an before the fast path (numerals._cn2an_cached)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            v = cn2an.cn2an(s, "normal")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    if isinstance(v, float):
        if v != int(v):
            return None
        v = int(v)
    return v


def agrees(s: str) -> bool:
    got = _standard_cn_int(s)
    if got is None:  # not sure: cn2an decides
        return True
    return (None if got < 0 else got) == cn2an_reading(s)


@pytest.mark.parametrize("s, value", [
    ("一百二十三", 123), ("一千三百零四亿", 130400000000), ("十万五千", 105000), ("一亿零一万零一", 100010001),
    ("一百十八", 118), ("七万万两", cn2an_reading("七万万两")), ("两千", 2000), ("二百〇八", 208), ("十亿零七千万", 1070000000), ("三千万亿", 3 * 10**15),
])
def test_standard_forms_read_without_cn2an(s, value):
    assert _standard_cn_int(s) == value
    assert cn2an_reading(s) == value


@pytest.mark.parametrize("s", ["十百千万", "一百亿亿", "一亿六", "一亿六千", "六亿二千"])
def test_forms_cn2an_rejects_are_rejected(s):
    assert _standard_cn_int(s) == -1
    assert cn2an_reading(s) is None


@pytest.mark.parametrize("s", ["一十五", "一十五万", "三万〇四千"])
def test_other_forms_are_left_to_cn2an(s):
    assert _standard_cn_int(s) is None
    assert cn_int(s) == cn2an_reading(s)


def test_random_strings_and_integers_agree_with_cn2an():
    rng = random.Random(20251129)
    for _ in range(20_000):
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12)))
        assert agrees(s), s
    for _ in range(20_000):
        n = rng.randint(1, 10 ** rng.randint(1, 16) - 1)
        s = cn2an.an2cn(n)
        r = rng.random()
        if r < 0.3:
            s = s.replace("二", "两")
        elif r < 0.5 and "零" in s:
            s = s.replace("零", "", 1)
        elif r < 0.7:
            i = rng.randrange(len(s))
            s = s[:i] + rng.choice(ALPHABET) + s[i:]
        assert agrees(s), s


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=14))
def test_any_numeral_string_agrees_with_cn2an(s):
    assert agrees(s)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_cn2an_an2cn_forms_agree(n):
    s = cn2an.an2cn(n)
    assert agrees(s)
    assert agrees(s.replace("二", "两"))

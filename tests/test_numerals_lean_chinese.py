"""``read_chinese`` reads the strings of the standard-form grammar (numerals._STD_DIRECT) at once;
the reading must be exactly the one of the full way (strip 多/几, 点, digit runs and ranges,
cn_int with its short cuts, _standard_cn_int), field by field and digit for digit.  With
``_STD_FAST_CHARS`` emptied every string takes the full way."""

from __future__ import annotations

import random

import pytest

from factlint import numerals as N

cn2an = pytest.importorskip("cn2an")

FIELDS = ("value", "precision", "magnitude", "script", "approx", "low", "high", "digits")


def _fields(r):
    return None if r is None else tuple(str(getattr(r, f)) for f in FIELDS)


def _agree(strings, monkeypatch):
    read = N.read_chinese.__wrapped__  # (not the memo: each string is read both ways)
    fast = [_fields(read(s)) for s in strings]
    with monkeypatch.context() as m:
        m.setattr(N, "_STD_FAST_CHARS", frozenset())
        slow = [_fields(read(s)) for s in strings]
    for s, a, b in zip(strings, fast, slow):
        assert a == b, s


def _forms():
    rng = random.Random(20260412)
    out = set()
    for v in list(range(1, 3000)) + [rng.randint(1, 10 ** rng.randint(1, 16) - 1) for _ in range(6000)]:
        s = cn2an.an2cn(v)
        out.update((s, s.replace("百一十", "百十"), s + "万", s + "亿", s + "万亿", s.replace("二", "两"),
                    s.replace("零", "", 1), s.replace("零", "〇")))
    return sorted(out)


def test_standard_forms(monkeypatch):
    forms = _forms()
    hits = [s for s in forms if N._STD_FAST_CHARS.issuperset(s) and not s.startswith("一十")
            and N._compiled("std_direct", N._STD_DIRECT).fullmatch(s.translate(N._STD_CODE))]
    assert len(hits) > len(forms) // 3  # the short cut does read many of them
    _agree(forms, monkeypatch)


def test_random_strings(monkeypatch):
    rng = random.Random(7)
    alphabet = "零〇一二两三四五六七八九十百千万亿点多余几"
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(30_000)]
    strings += ["一十", "一十五", "十", "三", "三万", "三万亿", "十万亿", "三四", "五六十", "二十五", "十五六"]
    _agree(strings, monkeypatch)

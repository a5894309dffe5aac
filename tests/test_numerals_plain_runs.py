"""The plain-run short cuts read exactly what the full paths read.

- ``extract`` reads a figure whose run is ASCII digits (12, 12.5) or one Chinese digit, maybe with
  one 万/亿, followed by a character that cannot go on a run, without matching the core pattern.
  With ``_PLAIN_FIRST`` emptied every candidate goes through the core: the figures must be equal.
- ``read_run`` splits ASCII digits, decimals and up to two magnitude characters with str methods
  instead of the ``_SIMPLE_ARABIC`` match: the reading must equal the one the match gives.
"""

import random

import pytest
from _fastpath import quantities, random_texts, through_slow_way

from factlint import numerals
from factlint.numerals import _HALF, _MAG_PAIRS, _Reading, _SIMPLE_ARABIC, _tidy, read_run

PIECES = list("0123456789.,，．０１２３４５６７８９一二三四五六七八九十百千万亿萬億零两〇点點多余几幾分之第负-－—～~至到%％"
              "年月日号个元人次届成折倍又下 、“”《》（）()abcXY/") + [
    "万元", "亿元", "百分点", "个百分点", "左右", "以上", "约", "超过", "近", "千米", "千瓦", "公里", "统一", "一带一路",
    "十三五", "分之", "零下", "翻一番", "多万", "余家", "热线", "。", "\n", "1.2.3", "2024-01-15", "增长", "达到", "全省"]

SENTENCES = [
    "2023年全市生产总值增长12.5%，完成投资82.18万元，新建三个示范区。",
    "全年1,234,567人次，较上年增长3.5个百分点，约有三万人。",
    "增长12.5３%，金额１２３４元，.5万人，12.5.6版本，5,000多人。",
    "三十五个项目，三万五千人，两亿元，一点五倍，百分之五，二分之一。",
    "12点5亿元，3千米，3千万元，1200余万，12万亿元，三万万人，八折，两成。",
    "零下5度，第3次，第三届，十六届人大，-5亿元，3-5亿元，三到五个。",
]


def _turn_off(monkeypatch, _engine):
    monkeypatch.setattr(numerals, "_PLAIN_FIRST", frozenset())


@pytest.mark.parametrize("text", SENTENCES)
def test_plain_runs_read_as_through_the_core(monkeypatch, text):
    fast = quantities(text)
    assert fast == through_slow_way(monkeypatch, text, _turn_off)


def test_plain_runs_on_random_strings(monkeypatch):
    for text in random_texts(20240601, 3000, PIECES, longest=14):
        assert quantities(text) == through_slow_way(monkeypatch, text, _turn_off), text


def _read_simple_arabic(run):
    """read_run's reading of a run through the ``_SIMPLE_ARABIC`` match (as before the short cut)."""
    if len(run) > numerals.MAX_RUN:
        return None
    sm = _SIMPLE_ARABIC(run)
    if sm is None:
        return "no match"
    digits, mags = sm.groups()
    d = numerals.Decimal(digits.replace(",", ""))
    if not mags:
        return _Reading(d, _HALF.scaleb(d.as_tuple().exponent))
    factor = _MAG_PAIRS.get(mags)
    if factor is None:
        return None
    return _Reading(_tidy(d * factor), _tidy(_HALF.scaleb(d.as_tuple().exponent) * factor), mags,
                    "mixed" if mags[0] in "千仟百佰十拾" else "arabic")


def _fields(r):
    return None if r is None else tuple(repr(getattr(r, a)) for a in _Reading.__slots__)


def test_read_run_short_cut_reads_as_the_match():
    rnd = random.Random(7)
    runs = ["0", "007", "2023", "12.5", "12.50", ".5", "0.05", "82.18万", "1.2万亿", "3千", "10万万", "5兆", "3十",
            "12.", "1.2.3", "1,234", "1,234.5万", "9" * 40, "1" * 30 + "万", "1." + "3" * 30 + "亿"]
    for _ in range(20000):
        run = str(rnd.randint(0, 10 ** rnd.randint(1, 32)))
        if rnd.random() < 0.5:
            run += "." + str(rnd.randint(0, 10 ** rnd.randint(1, 30)))
        run += rnd.choice(["", "万", "亿", "萬", "億", "千", "百", "十", "万亿", "千万", "百万", "十亿", "万万", "亿万", "千千"])
        runs.append(run)
    for run in runs:
        expected = _read_simple_arabic(run)
        if expected == "no match":
            continue
        read_run.cache_clear()
        assert _fields(read_run(run)) == _fields(expected), run

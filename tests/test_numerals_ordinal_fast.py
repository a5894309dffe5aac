"""``_Engine._ordinal`` (第 and a plain run the core would match alone: 第三, 第32次, 第十四个) reads
exactly what ``_Engine._figure`` reads from the core's match.  With ``_ordinal`` replaced by that
slow way, the figures (and their measures) must be equal, on sentences that put each case the
short cut leaves to ``_figure`` (codes, 又, unreadable runs) or reads apart (第陆, 第三四) next to it.
"""

import pytest

from _fastpath import quantities, random_texts, through_slow_way

PIECES = list("第0123456789.一二三四五六七八九十百千万亿两〇零陆伍拾廿卅点多余几分之"
              "年月日号个元人次届位名项条又半大级国‐-—～至到%％ 、，。“”《》（）AaG/") + [
    "第三", "第32次", "第十四个", "第90百分位", "第三四", "第陆", "第一又二分之一", "第二十届", "第3.5",
    "第3-1", "第3G", "第１", "第-3", "第零", "第〇", "第百", "第十三五", "百分点", "个月", "会议", "全会",
    "第一书记", "第一季度", "第三产业", "全国第一", "第3.", "第12,345", "第5千米", "05‐",
]

SENTENCES = [
    "第三，第32次会议，第十四个五年规划，第90百分位，第三四名，第陆，第一又二分之一。",
    "A第3条，第3-1号，第3G，第１名，第-3，第零，第〇，第百，第二十届，第3.5版，第廿一条，第卅",
    "第一书记，第一季度，第三产业增加值，全国第一，第12,345位，第5千米，第3",
    "，第3G，05‐第3名，3‐第3名，x第3名，第3a，第3/4，第2.0.1版，第3.5G",
]


def _turn_off(monkeypatch, eng):
    monkeypatch.setattr(eng, "_ordinal", lambda t, s, e: eng._figure(t, s, e, eng.core.match(t, s)))


@pytest.mark.parametrize("text", SENTENCES)
def test_ordinals_read_as_through_figure(monkeypatch, text):
    fast = quantities(text)
    assert fast and fast == through_slow_way(monkeypatch, text, _turn_off)


def test_ordinals_on_random_strings(monkeypatch):
    for text in random_texts(20260412, 6000, PIECES):
        assert quantities(text) == through_slow_way(monkeypatch, text, _turn_off), text

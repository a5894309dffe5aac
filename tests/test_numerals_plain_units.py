"""``_Engine._plain`` (a plain run followed by a unit: 5.2%, 1202个, 82.18万元, 三个, 2023年) reads
exactly what ``_Engine._figure`` reads.  With ``plain_next`` emptied every plain run goes to
``_figure``: the figures (and their measures) must be equal, on sentences that put each case the
short cut leaves to ``_figure`` next to it (codes, quotes, 个月, 倍, 届, 次, 里, ranges, years).
"""

import pytest

from _fastpath import quantities, random_texts, through_slow_way

PIECES = list("0123456789.一二三四五六七八九十百千万亿两〇零陆伍拾点多余几"
              "年月日号个元人次届成折倍又半度代里道铺村庄家项吨条%％ 、，。“”《》（）‐-—～至到AaG/") + [
    "万元", "亿元", "百分点", "个百分点", "个月", "个年度", "年度", "年代", "公里", "公顷", "千瓦", "平方米", "人次",
    "左右", "以上", "以下", "约", "超过", "近", "将近", "不到", "编码为", "代码", "热线", "电话", "会议", "全会",
    "大陆", "队伍", "七里铺", "三道湾", "2023年", "1990年代", "2024年3月5日", "3至5个", "5%～8%", "“832”平台",
    "增长", "达到", "全省", "贫困村", "帮扶资金",
]

SENTENCES = [
    "经济增长5.2%，新建1202个村庄，投资82.18万元，共三个方面，2023年完成，二〇二三年度决算。",
    "近3年来，约5个百分点，6个月内，3个年度，一倍半，十六届人大，二次会议，七里铺，三道湾。",
    "编码为8542个，A320架，‐5个，“832个”，3个至5个，5%～8%，1990年代，2024年3月5日，超过40家。",
    "大陆，队伍，陆个，拾元，三四个，二〇二三个，5000年，0999年，12万亿元左右，1.5万吨以上。",
]


def _turn_off(monkeypatch, eng):
    monkeypatch.setattr(eng, "plain_next", frozenset())


@pytest.mark.parametrize("text", SENTENCES)
def test_plain_units_read_as_through_figure(monkeypatch, text):
    fast = quantities(text)
    assert fast and fast == through_slow_way(monkeypatch, text, _turn_off)


def test_plain_units_on_random_strings(monkeypatch):
    for text in random_texts(20250401, 4000, PIECES):
        assert quantities(text) == through_slow_way(monkeypatch, text, _turn_off), text

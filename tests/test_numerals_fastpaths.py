"""The short cuts of the figure scan read the same figures as the full tests they skip.

``extract`` searches the next candidate from the end of the figure just read, looks for the
not-figure words before a candidate only when the character before it can end one, and tests the
rare cases (codes, dates, list labels, names, years, 多/余 before a unit) only when a character
next to the figure can start one.  Each sentence below goes through one of those short cuts.
"""

import pytest

from factlint.numerals import extract

CASES = [
    # the next candidate is searched after the figure: one figure per run of numeral characters
    ("2023年全市生产总值增长5.2%。", [("2023年", "year", "2023"), ("5.2%", "percent", "5.2")]),
    ("一万二千三百人参加。", [("一万二千三百人", "number", "12300")]),
    ("十三五期间增长3%。", [("3%", "percent", "3")]),
    # not-figure words that start before the numeral (之一, 数十, 双十一)
    ("这是其中之一，另有数十家企业。", []),
    ("双十一销售额12亿元。", [("12亿元", "money", "1200000000")]),
    # list labels, N号, 〔2023〕, 二十大
    ("（1）完成投资8亿元。", [("8亿元", "money", "800000000")]),
    ("28、新建学校3所。", [("3所", "number", "3")]),
    ("深入贯彻二十大精神，新建1号线2条。", [("2条", "number", "2")]),
    ("根据〔2023〕5号文件。", []),
    # codes, dates and chains of Arabic digits
    ("A320客机12架。", [("12架", "number", "12")]),
    ("会议于2024-01-15召开，电话0596-2868123。", []),
    ("版本1.2.3发布。", []),
    # years, dates and 多/余 before the unit
    ("招聘1300多名教师。", [("1300多名", "number", "1300")]),
    ("3月5日召开，二〇二三年完成。", [("3月5日", "date", None), ("二〇二三年", "year", "2023")]),
    ("十多个项目，40余家企业。", [("十多个", "number", "10"), ("40余家", "number", "40")]),
    # fractions, ranges, 翻番 and signs
    ("三又二分之一倍", [("三又二分之一倍", "multiple", "3.5")]),
    ("增长百分之五到百分之八。", [("百分之五到百分之八", "range", None)]),
    ("翻两番，翻了三番。", [("翻两番", "multiple", "4"), ("翻了三番", "multiple", "8")]),
    ("完成投资-5亿元和负3个百分点。", [("-5亿元", "money", "-500000000"), ("负3个百分点", "percent", "-3")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_short_cuts_read_the_same_figures(text, expected):
    got = [(q.text, q.kind, str(q.value) if q.value is not None else None) for q in extract(text)]
    assert got == expected


def test_measure_is_found_when_read():
    """``measure`` is worked out on first read; every way of reading a Quantity shows it."""
    import copy
    import dataclasses
    import pickle

    text = "全市帮扶资金40.48亿元，新建874个贫困村道路。"
    a, b = extract(text), extract(text)
    assert [q.measure for q in a] == ["帮扶资金", "贫困村道路"]
    assert a == b and hash(a[0]) == hash(b[0])  # b's measures are found by == and hash
    q = extract(text)[1]
    assert "measure='贫困村道路'" in repr(q)
    assert pickle.loads(pickle.dumps(extract(text)[1])).measure == "贫困村道路"
    assert copy.copy(extract(text)[1]).measure == "贫困村道路"
    assert dataclasses.replace(extract(text)[1], unit="个").measure == "贫困村道路"
    assert dataclasses.asdict(extract(text)[0])["measure"] == "帮扶资金"
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.measure = "x"


def test_prefix_words_and_dates_after_a_year():
    """The prefix words are looked up by the character before the figure (the longest first),
    the month after a year only where a digit follows 年."""
    got = [(q.text, q.kind, q.approx, q.prefix_start) for q in extract("约3亿元，超过100万人，近三年，不超过5%，至少20家，近5万人。")]
    assert got == [("3亿元", "money", "about", 0), ("100万人", "number", "more", 5), ("三年", "number", None, -1),
                   ("5%", "percent", "less", 17), ("20家", "number", "more", 23), ("5万人", "number", "less", 29)]
    got = [(q.text, q.kind, q.date) for q in extract("2023年3月5日至2024年，2023年度，2023年十二月。")]
    assert got == [("2023年3月5日", "date", (2023, 3, 5)), ("2024年", "year", None), ("2023年度", "year", None),
                   ("2023年十二月", "date", (2023, 12, None))]

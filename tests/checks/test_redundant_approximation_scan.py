"""redundant-approximation visits only the number runs that hold an anchor: the matches it reads
must be exactly those of a whole-text scan that can carry two markers."""

import random

import pytest

from factlint.checks.usage.redundant_approximation import _NUMBER, _anchors, _candidates

_ALPHABET = list("0123456789０１.．,零〇一二两三四五六七八九十百千万亿多余约近超过有为以上左右人元个 。，\n")


def _expected(text, before):
    return [m.span() for m in _NUMBER.finditer(text)
            if (m.start() > 0 and text[m.start() - 1] in before) or m.start("inner") >= 0]


def _got(text, before):
    return [m.span() for m in _candidates(text, _anchors(before))
            if (m.start() > 0 and text[m.start() - 1] in before) or m.start("inner") >= 0]


@pytest.mark.parametrize("before", [frozenset(), frozenset("约"), frozenset("约近过为有多了"), frozenset("约多十,")])
def test_candidates_equal_whole_text_scan(before):
    rng = random.Random(15835)
    for _ in range(4000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        assert _got(text, before) == _expected(text, before), text


def test_candidates_on_sentences():
    before = frozenset("约近过")
    text = "全市接待游客约2800万人次左右，参会代表近300多人，另有1,234.5万元和三十多个项目，超过10余家。"
    assert _got(text, before) == _expected(text, before)
    assert len(_expected(text, before)) == 4


def test_second_marker_filter_drops_no_finding(monkeypatch):
    """The runs that ``check`` skips because no second marker (a 多/余, a suffix word) can follow
    their figures give no finding: the rule says the same with the filter turned off (a pattern
    that matches everywhere)."""
    import re

    from _support import findings

    from factlint.checks.usage import redundant_approximation as ra

    rng = random.Random(20111)
    tokens = ["约", "大约", "近", "超过", "至少", "不到", "有", "了", "为", "最近", "节约", "2800", "３０",
              "1,234.5", "三十", "十三", "300", "多", "余", "万", "亿", "人", "人次", "万人次", "个", "年",
              "岁", "%", "个百分点", "吨二氧化碳当量", "工作日", "企业们", "家", "企业", "项目", "左右", "以上", "以下", "上下", "上下班", "有余",
              "出头", "之多", "的", "，", "。", "和", "增长"]
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 14))) for _ in range(1500)]
    texts += ["全市接待游客约2800万人次左右。", "约50家企业左右参展。", "已建成近3年多。", "参会代表近300多人。",
              "大约十三个百分点左右。", "约１２０万平方公里左右。",
              # the farthest a second marker reaches: the longest unit and a three-character noun
              "约5吨二氧化碳当量企业们左右。", "近3个工作日多企业们左右。"]
    doc = "\n".join(texts)
    filtered = [(d.start, d.end, d.message) for d in findings("redundant-approximation", doc)]
    real = ra._lexicons

    def unfiltered(knowledge):
        return real(knowledge)._replace(second=re.compile(""))

    monkeypatch.setattr(ra, "_lexicons", unfiltered)
    assert [(d.start, d.end, d.message) for d in findings("redundant-approximation", doc)] == filtered
    assert len(filtered) > 50


def test_marker_word_lookups_equal_the_plain_ones():
    """``_inside`` (set lookups per marker) answers as ``_inside_word`` (every word tried), and
    ``_longest`` with the words' first characters as without them."""
    from factlint.checks.usage import redundant_approximation as ra
    from factlint.engine import Linter

    lex = ra._lexicons(Linter().knowledge)
    markers = sorted(lex.prefix_class) + sorted(lex.suffix_class) + ["多", "余"]
    pieces = markers + list(lex.not_prefix) + list(lex.not_suffix) + ["3", "人", "万元", "个", "，", "节", "最"]
    rng = random.Random(835)
    inside = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for pos in range(len(text)):
            for marker in markers:
                if not text.startswith(marker, pos):
                    continue
                for words, by, before in ((lex.not_prefix, {}, True), (lex.not_suffix, {}, False)):
                    got = ra._inside(text, pos, marker, words, by, before)
                    assert got == ra._inside_word(text, pos, marker, words, before), (text, pos, marker)
                    inside += got
            for words, lengths, first in ((lex.units, lex.unit_lengths, lex.unit_first),
                                          (lex.suffix_class, lex.suffix_lengths, lex.suffix_first)):
                assert ra._longest(text, pos, words, lengths, first) == ra._longest(text, pos, words, lengths)
    assert inside > 200

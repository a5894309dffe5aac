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

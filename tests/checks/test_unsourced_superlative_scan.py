"""unsourced-superlative finds its rank and superlative words from the places of a few needles
(``str.find``) instead of a whole-text regex scan: the matches must be exactly those of the scan."""

import random

import pytest

from factlint.checks._scan import find_all
from factlint.checks.claims.unsourced_superlative import _anchored, _matches, _opened, _openers
from factlint.engine import Linter

_TOKENS = ["第", "前", "一", "三", "十", "百", "3", "5", "名", "位", "最", "大", "高", "首", "个", "唯", "一",
           "领", "先", "之", "最", "前列", "史上", "有史以来", "历史上", "全国", "全省", "。", "，", "的", "%",
           "季度", "产业", "首位", "唯一性", "领先", "之最"]


def _texts(n=3000, seed=15835):
    rng = random.Random(seed)
    return ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 16))) for _ in range(n)]


@pytest.fixture(scope="module")
def lex():
    from factlint.checks.claims.unsourced_superlative import _lexicons

    return _lexicons(Linter().knowledge)


def test_rank_matches_equal_the_whole_text_scan(lex):
    for text in _texts():
        got = [m.span() for m in _matches(lex.rank, text, _opened(text, lex.rank_openers))]
        assert got == [m.span() for m in lex.rank.finditer(text)], text


def test_absolute_matches_equal_the_whole_text_scan(lex):
    c, offsets = lex.absolute_anchor
    for text in _texts(seed=2011):
        starts = sorted({p - i for p in find_all(text, (c,)) for w, i in offsets if p >= i and text.startswith(w, p - i)})
        assert [m.span() for m in _matches(lex.absolute, text, starts)] == [m.span() for m in lex.absolute.finditer(text)], text


def test_needles_and_anchor():
    openers = _openers(["领先", "首位", "首个", "之最", "前列", "冠"], {"第": "[一二三]", "前": "[一二三]"})
    assert [p.pattern for p in openers] == ["冠", "之(?=最)", "前(?=[一二三]|列)", "第(?=[一二三])", "领(?=先)", "首(?=个|位)"]
    assert _opened("首位领先，第一，次第，领导", openers) == [0, 2, 5]
    assert _anchored(["史上最", "前所未有地最"]) == ("最", (("史上最", 2), ("前所未有地最", 5)))
    assert _anchored(["史上最", "空前"]) is None


def test_the_shipped_superlatives_share_an_anchor(lex):
    assert lex.absolute_anchor is not None and lex.absolute_anchor[0] == "最"


def test_scope_window_drops_no_claim(lex):
    """``_claim`` first looks for a scope word's last character in the few characters before the
    rank word; with the window as wide as the text it finds the same claims."""
    from factlint.checks.claims.unsourced_superlative import _claim

    wide = lex._replace(scope_reach=10**9)
    rng = random.Random(6)
    tokens = _TOKENS + ["位居", "稳居", "排名", "工业", "产值", "总量", "同类城市", "中西部", "地区", "是"]
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    texts += ["全国钢铁产能总量稳居第一。", "全国钢铁总产能总量稳居第一。", "在全国同类城市中排名第二。"]
    claims = 0
    for text in texts:
        for m in lex.rank.finditer(text):
            got = _claim(text, m, lex)
            assert got == _claim(text, m, wide), text
            claims += got is not None
    assert claims > 100
    assert _claim("全国钢铁产能总量稳居第一。", next(lex.rank.finditer("全国钢铁产能总量稳居第一。")), lex) is not None


def test_not_scope_pair_filter_drops_no_straddling_word(lex):
    """``_claim`` looks for a not-scope word (安全, 发展中国家) straddling the scope's start only
    where the two characters around that start are adjacent in such a word; with every pair
    allowed it gives the same answers."""
    from factlint.checks.claims.unsourced_superlative import _claim

    every = lex._replace(not_scope_pairs=_AnyPair())
    rng = random.Random(35)
    tokens = _TOKENS + ["安", "完", "健", "齐", "发展", "中国", "国家", "国产", "位居", "稳居", "城市", "中", "安全国", "发展中国"]
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    texts += ["安全国家第一。", "完全国产化领先。", "发展中国家第一。", "全国第一。"]
    dropped = 0
    for text in texts:
        for m in lex.rank.finditer(text):
            got = _claim(text, m, lex)
            assert got == _claim(text, m, every), text
            dropped += got is None and _claim(text, m, lex._replace(not_scopes=())) is not None
    assert dropped > 20  # the not-scope words were tested
    assert _claim("安全国家第一。", next(lex.rank.finditer("安全国家第一。")), lex) is None


class _AnyPair:
    def __contains__(self, pair):
        return True

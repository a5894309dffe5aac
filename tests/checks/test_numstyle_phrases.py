"""``PhraseIndex`` answers ``overlaps(phrase_spans(text, words), start, end)`` by reading the
text only around the place asked about: the answers must be those of the whole-text scan."""

import random

import pytest

from factlint.checks.style._numstyle import PhraseIndex, overlaps, phrase_spans

_WORDS = ("十万八千里", "一百零八将", "三十六计", "三十六行", "七十二变", "二十四节气", "万无一失", "四个全面", "一千零一夜")
_ALPHABET = list("十万八千里一百零八将三六计行七二变四节气无失个全面夜，。的年人") + list(_WORDS)


@pytest.mark.parametrize("reach", [64, 3])  # (3: a safe place is often too far, the whole text is scanned)
def test_phrase_index_equals_whole_text_spans(reach):
    rng = random.Random(15835 + reach)
    for _ in range(600):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        spans = phrase_spans(text, _WORDS)
        index = PhraseIndex(text, _WORDS, reach=reach)
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 8) + 1):
                assert index.overlaps(start, end) == overlaps(spans, start, end), (text, start, end)


def test_no_words():
    assert PhraseIndex("三十六计", ()).overlaps(0, 4) is False


def test_literal_beside_hits_both_sides():
    """One scan of ``literal_beside`` finds the places of the two ``literal_first`` scans it replaces."""
    from factlint.checks.style._numstyle import hit_positions, literal_beside, literal_first

    rng = random.Random(4)
    for chars, beside in (("0", "[零一二十]"), ("OoＯ０", "[一二〇○零]"), ("十百千", "[0-9]")):
        alphabet = list(chars) + list("零一二十〇○05 9年，")
        for _ in range(2000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            two = hit_positions(text, literal_first(chars, before=beside) + literal_first(chars, after=beside))
            assert hit_positions(text, literal_beside(chars, beside)) == sorted(set(two)), text

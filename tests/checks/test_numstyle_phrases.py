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

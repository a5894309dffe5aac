"""A literal pack pattern of a few phrases is first looked for phrase by phrase (``in``): a text
without any of them skips the regex scan.  The matches must be those of the scan."""

import random
import re

from factlint.checks.packrules import _LazyPattern


def test_gated_matches_equal_the_scan():
    words = ["凯旋归来", "悬殊很大", "见诸于", "凯旋"]
    body = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    gated, plain = _LazyPattern(body, 0, words=words), re.compile(body)
    assert gated.gate is not None
    rng = random.Random(7)
    alphabet = list("凯旋归来悬殊很大见诸于，。的") + words
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_no_gate_for_many_phrases_or_ignorecase():
    many = [f"词{i}" for i in range(_LazyPattern.GATE_WORDS + 1)]
    assert _LazyPattern("|".join(many), 0, words=many).gate is None
    assert _LazyPattern("abc", re.IGNORECASE, words=["abc"]).gate is None
    assert [m.group() for m in _LazyPattern("abc", re.IGNORECASE, words=["abc"]).finditer("ABC")] == ["ABC"]

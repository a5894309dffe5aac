"""The harness the numeral engine's fast-path tests share: a fast path must read exactly what the
slow way it stands for reads.  Each test module names the fast path's pieces and how to turn it
off (a monkeypatch of the engine); these helpers compare the two readings."""

from __future__ import annotations

import random

from factlint import numerals
from factlint.numerals import extract


def quantities(text):
    """What the engine reads in ``text``: each figure and its measure."""
    return [(repr(q), q.measure) for q in extract(text)]


def through_slow_way(monkeypatch, text, turn_off):
    """What the engine reads with the fast path turned off: ``turn_off(monkeypatch, engine)``
    patches the engine (or the module), and the patch is undone after reading."""
    turn_off(monkeypatch, numerals.engine_for(None))
    try:
        return quantities(text)
    finally:
        monkeypatch.undo()


def random_texts(seed: int, count: int, pieces, longest: int = 16):
    """``count`` random strings of 1 to ``longest`` of ``pieces``, the same for a seed."""
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, longest)))

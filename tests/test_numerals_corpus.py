"""The numeral engine over the real corpus (``../shared/corpus/``, or ``FACTLINT_CORPUS``): nothing
raises, every figure's text is its span, ranges are ordered, years and dates are plausible, and
words that only contain numeral characters stay out of the inventory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.numerals import extract

CORPUS = Path(os.environ.get("FACTLINT_CORPUS") or Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus")
FOLDERS = ("provincial-2025", "gov-work-reports")
FILES = [p for f in FOLDERS for p in sorted((CORPUS / f).glob("*.txt"))] if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS} (set FACTLINT_CORPUS)")

NOT_FIGURES = ("统一", "一些", "一定", "一方面", "千方百计", "十四五", "一带一路", "两岸", "陆续", "一批")


def test_whole_corpus():
    total = 0
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        qs = extract(text)
        total += len(qs)
        last = -1
        for q in qs:
            assert text[q.start:q.end] == q.text, (path.name, q)
            assert q.start >= last, (path.name, q)
            last = q.end
            if q.kind == "range":
                assert q.low < q.high, (path.name, q)
            if q.kind == "year":
                assert 1000 <= q.value <= 2999
            if q.kind == "date" and q.date[1] is not None:
                assert 1 <= q.date[1] <= 12
            if q.kind != "ordinal":
                assert not any(w in q.text for w in NOT_FIGURES), (path.name, q)
            assert q.precision >= 0
    # about 12 figures per 1,000 characters in these reports
    assert total > 15000

"""The held-out set fresh2 (tests/fixtures/heldout/fresh2): four documents with 47 planted errors
over all 24 rules and two clean documents, scored as ../shared/eval-dev/score.py scores the dev
set: every planted case found by one of its accepted rules on one of its anchor lines, except the
misses listed below (known limits, with the reason), and no error or warning on a must-not-flag
line or in a clean document.

The documents were written before factlint was run on them (first score recall 35/43 plus 4/4
info cases, see the set's README).  ``score.py --set tests/fixtures/heldout/fresh2`` gives the
same figures."""

from __future__ import annotations

from _heldout import false_alarms, missed_cases

SET = "fresh2"

#: (file, intended rule) of the cases factlint does not find yet, and why
KNOWN_MISSES = {
    # 年末全市常住人口386.52万人…。全市共有家庭户128.84万户，户均3.5人: the total is in the
    # sentence before the average, and averages are checked within one sentence
    ("01_lanjiang_statistical_bulletin.txt", "average-mismatch"),
    # 帮助思南县新建帮扶车间26个 … 思南县新建帮扶车间28个 (paragraphs apart, neither states a
    # period): not found even when the two sentences stand alone; cause not diagnosed yet
    ("02_linpu_east_west_cooperation.txt", "inconsistent-figure"),
    # 在假期接待的70.5万人次游客中，外地游客48.6万人次，占接待游客总数的71.3%: the whole is
    # introduced with 在…中 (share-mismatch is another engineer's module)
    ("03_yunxiu_national_day_news.md", "share-mismatch"),
}


def test_planted_cases_are_found():
    missed = missed_cases(SET)
    assert missed == KNOWN_MISSES, sorted(missed ^ KNOWN_MISSES)


def test_no_false_alarms():
    bad = false_alarms(SET)
    assert not bad, bad

"""The held-out mixed set (tests/fixtures/heldout/mixed): four documents with planted errors over
all 24 rules and two clean documents, scored as ../shared/eval-dev/score.py scores the dev set:
every planted case found by one of its accepted rules on one of its anchor lines, except the
misses listed below (known limits, with the reason), and no error or warning on a must-not-flag
line or in a clean document.

The documents were written before factlint was run on them (first score recall 33/44, see the
set's README).  ``score.py --set tests/fixtures/heldout/mixed`` gives the same figures."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "heldout" / "mixed"

#: (file, intended rule) of the cases factlint does not find yet, and why
KNOWN_MISSES = {
    # 乡村消费品零售额…占全县的比重为31.2%: the whole (社会消费品零售总额) is in an earlier sentence
    ("02_tangxi_statistical_bulletin.txt", "share-mismatch"),
    # 外地游客…占游客总数的比重为65.3%: the whole (接待游客186.4万人次) is in another paragraph
    ("03_fengqiao_mayday_news.md", "share-mismatch"),
    # 累计到位1.74亿元，包括A和B: 包括 may list a selection, and the items fall short of the total
    ("04_qinggang_cooperation_report.txt", "total-mismatch"),
}


def _line(path: Path, anchor: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if anchor in line:
            return i
    raise AssertionError(f"anchor not found: {anchor} in {path.name}")


@lru_cache(maxsize=1)
def _diagnostics():
    from factlint.engine import Linter
    from factlint.inputs import collect

    linter = Linter(load_entrypoints=False)
    docs, errors = collect([str(HERE / "test"), str(HERE / "clean")], linter)
    assert not errors
    return linter.check_documents(docs).diagnostics


def _by_file():
    out: dict[str, list] = {}
    for d in _diagnostics():
        out.setdefault(Path(str(d.location.path)).name, []).append(d)
    return out


def test_planted_cases_are_found():
    key = json.loads((HERE / "test" / "key.json").read_text(encoding="utf-8"))
    by_file = _by_file()
    missed = set()
    for case in key["cases"]:
        lines = {_line(HERE / "test" / case["file"], a) for a in case["anchors"]}
        hit = any(d.location.line in lines and d.rule in case["rules"] for d in by_file.get(case["file"], ()))
        if not hit:
            missed.add((case["file"], case["rules"][0]))
    assert missed == KNOWN_MISSES, sorted(missed ^ KNOWN_MISSES)


def test_no_false_alarms():
    key = json.loads((HERE / "test" / "key.json").read_text(encoding="utf-8"))
    by_file = _by_file()
    bad = []
    for trap in key["must_not_flag"]:
        line = _line(HERE / "test" / trap["file"], trap["anchors"][0])
        bad += [d for d in by_file.get(trap["file"], ()) if d.location.line == line and d.severity.value != "info"]
    for clean in (HERE / "clean").iterdir():
        bad += [d for d in by_file.get(clean.name, ()) if d.severity.value != "info"]
    assert not bad, [(Path(str(d.location.path)).name, d.location.line, d.rule, d.message) for d in bad]

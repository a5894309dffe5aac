"""The held-out set of the usage, style, facts/calendar and claims rules
(tests/fixtures/heldout/usage_facts): every planted case is found, and the rules stay quiet on
the must-not-flag lines and on the clean document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parent / "fixtures" / "heldout" / "usage_facts"
RULES = {
    "redundant-approximation", "fullwidth-digit", "mixed-numeral", "prefer-arabic-numerals",
    "range-notation", "zero-form", "weekday-mismatch", "invalid-date", "anniversary-mismatch",
    "year-span-mismatch", "plan-period-mismatch", "region-mismatch", "unsourced-superlative",
}


def _line(path: Path, anchor: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert text.count(anchor) == 1, (path.name, anchor)
    return text[: text.index(anchor)].count("\n") + 1


@pytest.fixture(scope="module")
def diagnostics():
    files = sorted(p for d in ("test", "clean") for p in (SET / d).iterdir() if p.suffix in (".txt", ".md"))
    out = subprocess.run(
        [sys.executable, "-m", "factlint", "check", "--format", "json", "--select", ",".join(sorted(RULES)),
         *map(str, files)],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    doc = json.loads(out.stdout)
    return [d for d in doc["diagnostics"] if d["rule"] in RULES]


def test_every_planted_case_is_found(diagnostics):
    key = json.loads((SET / "test" / "key.json").read_text(encoding="utf-8"))
    missed = []
    for case in key["cases"]:
        lines = {_line(SET / "test" / case["file"], a) for a in case["anchors"]}
        if not any(Path(d["path"]).name == case["file"] and d["line"] in lines and d["rule"] in case["rules"]
                   for d in diagnostics):
            missed.append(f'{case["file"]}:{min(lines)} {case["rules"][0]} ({case["variant"]})')
    assert not missed, missed


def test_no_finding_off_the_planted_lines(diagnostics):
    key = json.loads((SET / "test" / "key.json").read_text(encoding="utf-8"))
    allowed = {}
    for case in key["cases"]:
        for a in case["anchors"]:
            allowed[(case["file"], _line(SET / "test" / case["file"], a))] = set(case["rules"])
    extra = [f'{Path(d["path"]).name}:{d["line"]} {d["rule"]} {d["message"]}' for d in diagnostics
             if d["rule"] not in allowed.get((Path(d["path"]).name, d["line"]), set())]
    assert not extra, extra

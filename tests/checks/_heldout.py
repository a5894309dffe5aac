"""Scoring a held-out set (``tests/fixtures/heldout/<name>``) inside the test suite, as
``../shared/eval-dev/score.py`` scores the dev set: a planted case is found when one of its
accepted rules reports on one of its anchor lines; a false alarm is an error or warning on a
must-not-flag line or anywhere in a clean document.  Each set's test module lists its known
misses and asserts on what these functions return."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"


def _line(path: Path, anchor: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if anchor in line:
            return i
    raise AssertionError(f"anchor not found: {anchor} in {path.name}")


@lru_cache(maxsize=None)
def _by_file(name: str) -> dict[str, list]:
    """The findings of one run over the set's test and clean documents, by file name."""
    from factlint.engine import Linter
    from factlint.inputs import collect

    here = ROOT / name
    linter = Linter(load_entrypoints=False)
    docs, errors = collect([str(here / "test"), str(here / "clean")], linter)
    assert not errors
    out: dict[str, list] = {}
    for d in linter.check_documents(docs).diagnostics:
        out.setdefault(Path(str(d.location.path)).name, []).append(d)
    return out


def _key(name: str) -> dict:
    return json.loads((ROOT / name / "test" / "key.json").read_text(encoding="utf-8"))


def missed_cases(name: str) -> set[tuple[str, str]]:
    """(file, intended rule) of every planted case no accepted rule reports on its lines."""
    test, by_file = ROOT / name / "test", _by_file(name)
    missed = set()
    for case in _key(name)["cases"]:
        lines = {_line(test / case["file"], a) for a in case["anchors"]}
        if not any(d.location.line in lines and d.rule in case["rules"] for d in by_file.get(case["file"], ())):
            missed.add((case["file"], case["rules"][0]))
    return missed


def false_alarms(name: str) -> list[tuple[str, int, str, str]]:
    """(file, line, rule, message) of every error or warning on a must-not-flag line or in a clean
    document."""
    here, by_file = ROOT / name, _by_file(name)
    bad = []
    for trap in _key(name)["must_not_flag"]:
        anchor = trap["anchors"][0] if "anchors" in trap else trap["anchor"]  # (both shapes are in use)
        line = _line(here / "test" / trap["file"], anchor)
        bad += [d for d in by_file.get(trap["file"], ()) if d.location.line == line and d.severity.value != "info"]
    for clean in (here / "clean").iterdir():
        bad += [d for d in by_file.get(clean.name, ()) if d.severity.value != "info"]
    return [(Path(str(d.location.path)).name, d.location.line, d.rule, d.message) for d in bad]

"""The wheel ships rules/ inside the package, and an installed wheel works on its own.

An editable install reads rules/ from the checkout, which would hide a wheel that forgets the
TOML files; so this test builds the wheel, lists it, installs it into a separate folder and runs
factlint from there, away from the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        # an isolated build, as a user's `pip install .` makes it (the build backend named in
        # pyproject.toml is installed afresh, whatever the test environment has)
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{proc.stderr[-2000:]}")
    (whl,) = out.glob("factlint-*.whl")
    return whl


def test_wheel_contains_every_rule_pack_and_fact_table(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(str(p.relative_to(ROOT / "rules")) for p in (ROOT / "rules").rglob("*")
                     if p.is_file() and p.suffix in (".toml", ".tsv"))
    assert shipped, "rules/ has no TOML files"
    missing = [s for s in shipped if f"factlint/rules/{s}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert "factlint/__main__.py" in names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_checks_a_draft_away_from_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True, capture_output=True,
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("新建公路326公里、道路85公里、绿道47公里，合计468公里。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    proc = subprocess.run(
        [sys.executable, "-c",
         "import factlint, sys; from importlib.resources import files; "
         "print(factlint.__file__); print(sum(1 for _ in files('factlint').joinpath('rules').rglob('*.toml')))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )
    where, count = proc.stdout.split()
    assert Path(where).is_relative_to(site), f"imported from {where}, not from the wheel"
    assert int(count) == sum(1 for _ in (ROOT / "rules").rglob("*.toml"))
    proc = subprocess.run(
        [sys.executable, "-m", "factlint", "check", "--format", "json", "--select", "total-mismatch", str(draft)],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert proc.returncode == 1, proc.stderr
    (diag,) = json.loads(proc.stdout)["diagnostics"]
    assert diag["rule"] == "total-mismatch"
    assert diag["evidence"]["expected"] == "458"

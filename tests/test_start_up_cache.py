"""The caches of the command line (compiled regular expressions, parsed packs): where they live,
that they are an optimisation only (same patterns, same findings), and that an unusable home
means no cache, silently."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factlint import _recache

DRAFT = "全市地区生产总值完成2856.4亿元，比上年增长5.8%。全市接待游客约2800万人次左右。\n"


def run_cli(tmp_path: Path, env_extra: dict, *args: str) -> subprocess.CompletedProcess:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("FACTLINT_CACHE_DIR", "XDG_CACHE_HOME", "FACTLINT_NO_CACHE", "HOME")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", *args, str(draft)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    for k in ("FACTLINT_CACHE_DIR", "XDG_CACHE_HOME", "FACTLINT_NO_CACHE"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _recache.cache_dir() == os.path.join(str(tmp_path), ".cache", "factlint")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _recache.cache_dir() == str(tmp_path / "xdg" / "factlint")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec: ignored
    assert _recache.cache_dir() == os.path.join(str(tmp_path), ".cache", "factlint")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "own"))
    assert _recache.cache_dir() == str(tmp_path / "own")
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    assert _recache.cache_dir() is None


def test_second_run_uses_the_cache_and_reports_the_same(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    first = run_cli(tmp_path, env)
    files = sorted(p.name for p in (tmp_path / "xdg" / "factlint").iterdir())
    assert any(f.startswith("re-") for f in files) and any(f.startswith("packs-") for f in files)
    stamp = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "xdg" / "factlint").iterdir()}
    second = run_cli(tmp_path, env)
    uncached = run_cli(tmp_path, {**env, "FACTLINT_NO_CACHE": "1"})
    assert first.returncode == second.returncode == uncached.returncode == 1
    assert first.stdout == second.stdout == uncached.stdout
    # the second run found every pattern in the cache: nothing was written again
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "xdg" / "factlint").iterdir()} == stamp
    assert not [p for p in tmp_path.rglob("*.tmp")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes to read-only folders")
def test_read_only_home_means_no_cache(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    try:
        got = run_cli(tmp_path, {"HOME": str(home)})
    finally:
        home.chmod(0o700)
    assert got.returncode == 1 and got.stderr == ""
    assert not list(home.iterdir())


def test_unwritable_cache_folder_means_no_cache(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")  # a file where the cache folder would be: every write fails
    got = run_cli(tmp_path, {"FACTLINT_CACHE_DIR": str(blocker / "factlint")})
    assert got.returncode == 1 and got.stderr == ""
    assert blocker.read_text() == "x"


def test_unset_home_means_no_cache(tmp_path):
    got = run_cli(tmp_path, {})  # no HOME, no XDG_CACHE_HOME (root's passwd entry may still give a home)
    assert got.returncode == 1 and got.stderr == ""
    assert not (tmp_path / "~").exists()  # never a literal "~" folder in the working directory


def test_cached_patterns_are_the_patterns_re_compiles(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    sources = [r"(?P<num>[0-9０-９]+(?:[.．][0-9]+)?)(?P<unit>万|亿)?", r"[\u4e00-\u9fff]{2,8}?(?=的|，)",
               r"(?i)abc|(?<![a-z])x+", "(a)(b)?(?P<c>c)"]
    texts = ["全年增长5.8万元，ABC的x", "２０２３亿，abc", "acb abc"]
    _recache.uninstall()
    try:
        _recache.install()
        first = [re._compiler.compile(s, 0) for s in sources]
        _recache.save()
        _recache.uninstall()
        _recache.install()
        assert all((s, 0) in _recache._installed.entries for s in sources)
        second = [re._compiler.compile(s, 0) for s in sources]
    finally:
        _recache.uninstall()
    plain = [re._compiler.compile(s, 0) for s in sources]
    for a, b, c in zip(first, second, plain):
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex) \
            == (c.pattern, c.flags, c.groups, c.groupindex)
        for t in texts:
            assert [m.span() for m in b.finditer(t)] == [m.span() for m in c.finditer(t)]
            assert [m.groups() for m in b.finditer(t)] == [m.groups() for m in c.finditer(t)]


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    _recache.uninstall()
    try:
        _recache.install()
        path = Path(_recache._installed.path)
        _recache.uninstall()
        path.write_bytes(b"\x00garbage")
        _recache.install()
        assert re._compiler.compile("a+b", 0).match("aab")
        # an entry whose code the engine refuses is compiled afresh
        _recache._installed.entries[("x+y", 0)] = (32, [1, 2, 3], 0, {}, (None,))
        assert re._compiler.compile("x+y", 0).match("xxy")
    finally:
        _recache.uninstall()

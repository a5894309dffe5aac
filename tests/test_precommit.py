"""The pre-commit hook, with the real client: ``pre-commit try-repo`` installs factlint from this
checkout into its own virtual environment (pip, from PyPI) and runs the ``factlint`` hook of
``.pre-commit-hooks.yaml`` on a bad draft and on a good one.

``try-repo`` on a working tree copies only *tracked* changes into its shadow repository, so the
test commits a snapshot of the checkout as it is on disk (tracked and untracked files, minus what
``.gitignore`` leaves out) and points ``try-repo`` at that.  On a clean clone (CI) the snapshot is
the checkout's HEAD.  It needs the network to PyPI for the hook's environment (about 30-60 s).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = "青禾县统计局提示，受2023年2月29日寒潮影响，一季度部分指标有所回落。\n"
GOOD = "全县地区生产总值完成286.4亿元，比上年增长6.2%。\n"
GIT_ENV = {"GIT_AUTHOR_NAME": "factlint tests", "GIT_AUTHOR_EMAIL": "tests@factlint.invalid",
           "GIT_COMMITTER_NAME": "factlint tests", "GIT_COMMITTER_EMAIL": "tests@factlint.invalid"}


def git(*args, cwd: Path) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def snapshot(dest: Path) -> Path:
    """A git repository holding the checkout's files as they are on disk, committed."""
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    dest.mkdir()
    for rel in filter(None, listed):
        src = ROOT / rel
        if not (src.exists() or src.is_symlink()):  # deleted but not yet committed
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), target)
        elif src.is_file():
            shutil.copy2(src, target)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot of the checkout under test", cwd=dest)
    return dest


@pytest.fixture(scope="module")
def precommit():
    exe = Path(sys.executable).with_name("pre-commit")
    if not exe.exists():
        found = shutil.which("pre-commit")
        if found is None:
            pytest.skip("pre-commit is not installed (it is in the 'test' extra)")
        exe = Path(found)
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    return str(exe)


def test_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "factlint" and hook["language"] == "python" and hook["entry"] == "factlint check"
    import re

    files = re.compile(hook["files"])
    for name in ("a.txt", "b.md", "c.markdown", "报告.docx"):
        assert files.search(name), name
    for name in ("a.py", "b.doc", "c.json"):
        assert not files.search(name), name
    assert hook["require_serial"] is True


def test_try_repo_fails_on_the_bad_draft_and_passes_on_the_good_one(precommit, tmp_path):
    repo = snapshot(tmp_path / "factlint-checkout")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "bad.txt").write_text(BAD, encoding="utf-8")
    (drafts / "good.md").write_text("# 经济运行\n\n" + GOOD, encoding="utf-8")
    git("init", "-q", cwd=drafts)
    git("add", "-A", cwd=drafts)
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    env.pop("PRE_COMMIT_HOME", None)

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([precommit, "try-repo", str(repo), "factlint", "--verbose", "--files", *files],
                              cwd=drafts, env=env, capture_output=True, text=True, timeout=600)

    bad = try_repo("bad.txt")
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert "factlint (fact-check Chinese drafts)" in out and "Failed" in out
    assert "bad.txt:1:" in out and "invalid-date" in out and "2023年2月29日" in out

    good = try_repo("good.md")
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out

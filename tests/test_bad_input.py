"""Bad input: each problem is one line naming the file, and the other files are still read."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.engine import Linter
from factlint.inputs import collect

ROOT = Path(__file__).resolve().parents[1]
GOOD = "全市地区生产总值增长5.2%。\n"


@pytest.fixture(scope="module")
def linter():
    return Linter()


def run(paths, linter, **kw):
    docs, errors = collect([str(p) for p in paths], linter, **kw)
    return [d.path for d in docs], {e.path: e.message for e in errors}


def write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_missing_path(tmp_path, linter):
    good = write(tmp_path / "good.txt", GOOD)
    docs, errors = run([tmp_path / "nope.txt", good], linter)
    assert docs == [str(good)]
    assert errors == {str(tmp_path / "nope.txt"): "no such file or folder"}


def test_folder_without_text_files(tmp_path, linter):
    write(tmp_path / "empty" / "picture.png", b"\x89PNG")
    docs, errors = run([tmp_path / "empty"], linter)
    assert docs == []
    assert errors[str(tmp_path / "empty")].startswith("folder has no files to check (.docx, .markdown, .md, .txt")


def test_binary_file(tmp_path, linter):
    path = write(tmp_path / "a.txt", b"\x00\x01\x02 binary")
    _, errors = run([path], linter)
    assert errors == {str(path): "binary file (contains NUL bytes), not a text draft"}


def test_empty_file_is_reported_not_silently_clean(tmp_path, linter):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.md", "\n  \n")
    good = write(tmp_path / "good.txt", GOOD)
    docs, errors = run([empty, blank, good], linter)
    assert docs == [str(good)]
    assert errors == {str(empty): "empty file, nothing to check", str(blank): "file has only whitespace, nothing to check"}


def test_undecodable_bytes(tmp_path, linter):
    path = write(tmp_path / "ja.txt", ("日本国民は、正当に選挙された国会における代表者を通じて行動する。" * 3).encode("shift_jis"))
    _, errors = run([path], linter)
    assert errors[str(path)].startswith("cannot decode: not UTF-8 nor GBK/GB18030")
    assert "Shift_JIS" in errors[str(path)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions are not enforced for root")
def test_permission_denied_real(tmp_path, linter):
    path = write(tmp_path / "locked.txt", GOOD)
    path.chmod(0)
    try:
        _, errors = run([path], linter)
    finally:
        path.chmod(0o644)
    assert errors == {str(path): "permission denied"}


def test_permission_denied(tmp_path, linter, monkeypatch):
    import factlint.inputs as inputs

    locked = write(tmp_path / "d" / "locked.txt", GOOD)
    good = write(tmp_path / "d" / "z.txt", GOOD)
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", fake_open, raising=False)
    docs, errors = run([tmp_path / "d"], linter)
    assert docs == [str(good)]
    assert errors == {str(locked): "permission denied"}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symlink_loops_and_broken_links(tmp_path, linter):
    d = tmp_path / "drafts"
    good = write(d / "sub" / "a.txt", GOOD)
    (d / "sub" / "up").symlink_to("..")  # a folder link back to an ancestor
    (d / "self.txt").symlink_to("self.txt")  # a link to itself
    (d / "gone.md").symlink_to("nowhere.md")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    docs, errors = run([d, tmp_path / "loop1"], linter)
    assert docs == [str(good)]
    assert errors == {
        str(d / "gone.md"): "broken symbolic link",
        str(d / "self.txt"): "symbolic link loop",
        str(d / "sub" / "up"): "symbolic link loop (links back to a folder being checked); not followed",
        str(tmp_path / "loop1"): "symbolic link loop",
    }
    _, errors = run([d / "gone.md"], linter)
    assert errors == {str(d / "gone.md"): "broken symbolic link (points to nowhere.md)"}


def test_docx_that_is_not_a_zip(tmp_path, linter):
    path = write(tmp_path / "report.docx", "其实是文本。")
    _, errors = run([path], linter)
    assert errors == {str(path): "not a Word .docx file (not a ZIP package: it looks like plain text)"}


def test_folder_walk_is_recursive_sorted_and_skips_what_it_should(tmp_path, linter):
    d = tmp_path / "drafts"
    for rel in ("b.txt", "a.md", "sub/c.markdown", "sub/deeper/d.txt", "A.txt", "z/e.txt"):
        write(d / rel, GOOD)
    for rel in (".git/x.txt", ".venv/y.md", "node_modules/pkg/README.md", "__pycache__/p.txt",
                "env/pyvenv.cfg", "env/lib/notes.txt", ".hidden.txt", "~$b.docx", "notes.rst", "data.csv"):
        write(d / rel, GOOD)
    docs, errors = run([d], linter)
    assert errors == {}
    rel = [os.path.relpath(p, d) for p in docs]
    assert rel == ["A.txt", "a.md", "b.txt", "sub/c.markdown", "sub/deeper/d.txt", "z/e.txt"]
    assert run([d], linter)[0] == docs  # deterministic


def test_explicit_files_are_read_whatever_their_suffix(tmp_path, linter):
    path = write(tmp_path / "notes.rst", GOOD)
    docs, errors = run([path], linter)
    assert docs == [str(path)] and errors == {}


def test_same_file_twice_is_read_once(tmp_path, linter):
    good = write(tmp_path / "d" / "a.txt", GOOD)
    (tmp_path / "alias.txt").symlink_to(good)
    docs, errors = run([good, tmp_path / "d", tmp_path / "alias.txt"], linter)
    assert docs == [str(good)] and errors == {}


def test_stdin_named_and_read_once(linter):
    docs, errors = collect(["-", "-"], linter, stdin_filename="draft.md", stdin=io.BytesIO("# 标题\n\n增长5%\n".encode()))
    assert errors == []
    assert [d.path for d in docs] == ["draft.md"]
    assert docs[0].kind == "markdown" and docs[0].text.startswith("  标题")


def test_stdin_without_paths_and_default_name(linter):
    docs, errors = collect([], linter, stdin=io.BytesIO(GOOD.encode("gbk")))
    assert errors == [] and docs[0].path == "<stdin>" and docs[0].kind == "text" and docs[0].encoding == "gbk"


def test_nothing_named_and_nothing_piped(linter):
    docs, errors = collect([], linter, stdin=io.BytesIO(b""))
    assert docs == [] and [(e.path, e.message) for e in errors] == [("-", "no input: give files or folders, or pipe text on stdin")]


def test_bad_stdin(linter):
    docs, errors = collect(["-"], linter, stdin=io.BytesIO(b""))
    assert docs == [] and [(e.path, e.message) for e in errors] == [("<stdin>", "empty file, nothing to check")]


def test_cli_prints_one_line_per_problem_exits_2_and_checks_the_rest(tmp_path):
    good = write(tmp_path / "good.txt", GOOD)
    bad = [
        write(tmp_path / "bin.txt", b"\x00\x00binary"),
        write(tmp_path / "empty.txt", b""),
        write(tmp_path / "fake.docx", "文本"),
        write(tmp_path / "ja.md", ("日本国民は、正当に選挙された国会における代表者を通じて行動する。" * 3).encode("shift_jis")),
        tmp_path / "missing.md",
    ]
    (tmp_path / "nothing").mkdir()
    bad.append(tmp_path / "nothing")
    env = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", *map(str, bad), str(good)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().split("\n")
    assert "Traceback" not in proc.stderr
    for path in bad:  # exactly one line for each bad input (other lines would be rule notices)
        assert sum(line.startswith(f"factlint: {path}: ") for line in lines) == 1, (path, lines)
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 1  # the good file was still checked

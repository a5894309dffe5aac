"""Bad input: each problem is one line naming the file, and the other files are still read."""

import io
import json
import os
import subprocess
import sys
import time
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


# -- one test each for the rest of the bad-input list (exit codes: ../shared/spec/cli.md) ----------
FW = "全市规模以上工业企业达到１２６８家。\n"  # one fullwidth-digit finding


def cli(*args, cwd=None, timeout=300, **env):
    full = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1", **env}
    return subprocess.run([sys.executable, "-m", "factlint", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full, timeout=timeout)


def one_line_error(proc, *needles):
    """Exit 2, no traceback, and one ``factlint: …`` line on stderr holding every needle."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if all(n in line for n in needles)]
    assert len(lines) == 1 and lines[0].startswith("factlint: "), proc.stderr
    return lines[0]


def test_gb18030_file_is_read_and_checked(tmp_path, linter):
    # U+2003 (em space) and 𠀾 are outside GBK: the file can only be GB18030
    text = "２０２４年\u2003政府工作报告\n\n" + "𠀾村" + FW
    path = write(tmp_path / "report.txt", text.encode("gb18030"))
    good = write(tmp_path / "good.txt", GOOD)
    docs, errors = collect([str(path), str(good)], linter)
    assert errors == [] and docs[0].encoding == "gb18030" and docs[0].source == text
    proc = cli("check", "--isolated", "--format", "json", "--select", "fullwidth-digit", path, good)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 2
    found = [(d["line"], d["column"], d["rule"]) for d in report["diagnostics"]]
    assert (3, 15, "fullwidth-digit") in found  # columns count characters of the decoded text


def test_whitespace_only_file(tmp_path, linter):
    blank = write(tmp_path / "blank.txt", "\ufeff \u3000\r\n\t\r\n".encode("utf-8"))
    blank_md = write(tmp_path / "blank.md", "   \n\n\u3000\n")
    good = write(tmp_path / "good.txt", FW)
    docs, errors = run([blank, blank_md, good], linter)
    assert docs == [str(good)]
    assert errors == {str(blank): "file has only whitespace, nothing to check",
                      str(blank_md): "file has only whitespace, nothing to check"}
    proc = cli("check", "--isolated", "--format", "json", blank, good)
    one_line_error(proc, str(blank), "only whitespace")
    assert json.loads(proc.stdout)["summary"]["files"] == 1


def test_folder_with_thousands_of_files(tmp_path, linter):
    """3,000 small drafts in 30 folders: every one read and checked, in path order, in reasonable time."""
    d = tmp_path / "drafts"
    paths = []
    for i in range(3_000):
        p = d / f"part{i % 30:02d}" / f"{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"第{i}号稿件：" + FW, encoding="utf-8")
        paths.append(str(p))
    start = time.perf_counter()
    docs, errors = collect([str(d)], linter)
    assert errors == [] and [x.path for x in docs] == sorted(paths)
    proc = cli("check", "--isolated", "--format", "json", "--select", "fullwidth-digit", d, timeout=600)
    elapsed = time.perf_counter() - start
    assert proc.returncode == 1, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 3_000
    assert [x["path"] for x in report["diagnostics"]] == sorted(paths)  # one finding each, in order
    assert elapsed < 180, f"3,000 files took {elapsed:.0f} s"


@pytest.mark.parametrize("name, body, needles", [
    ("factlint.toml", "select = [\"total-mismatch\"\n", ("factlint.toml",)),  # not TOML
    ("factlint.toml", "select = 5\n", ("factlint.toml", "select")),
    ("factlint.toml", "select = [\"total-mismatch\"]\n[rules.total-mismatch]\nseverity = \"fatal\"\n",
     ("factlint.toml", "severity")),
    ("pyproject.toml", "[tool.factlint]\nyear = \"今年\"\n", ("pyproject.toml", "year")),
    (".factlint.toml", b"select = [\"\xff\xfe\"]\n", (".factlint.toml", "UTF-8")),
], ids=["not-toml", "wrong-type", "bad-severity", "pyproject-year", "not-utf8"])
def test_broken_config(tmp_path, name, body, needles):
    write(tmp_path / name, body)
    good = write(tmp_path / "good.txt", FW)
    proc = cli("check", good, cwd=tmp_path)
    one_line_error(proc, *needles)
    assert proc.stdout == ""  # nothing is checked under a config that cannot be read


@pytest.mark.parametrize("file, body, needles", [
    ("bad.toml", "[lexicon.x\nwords = 1\n", ("bad.toml",)),
    ("rules.toml", "[[rule]]\nname = \"house.x\"\nkind = \"existence\"\nregex = true\ntokens = [\"(unclosed\"]\n",
     ("rules.toml", "tokens", "invalid regular expression")),
    ("kind.toml", "[[rule]]\nname = \"house.y\"\nkind = \"nonsense\"\n", ("kind.toml", "unknown rule kind")),
], ids=["not-toml", "bad-regex", "unknown-kind"])
def test_broken_rule_pack(tmp_path, file, body, needles):
    write(tmp_path / "house" / file, body)
    write(tmp_path / "factlint.toml", 'packs = ["house/"]\n')
    good = write(tmp_path / "good.txt", FW)
    proc = cli("check", good, cwd=tmp_path)
    one_line_error(proc, *needles)


RAISING_PLUGIN = '''
from factlint import Rule, Severity, hookimpl

class Raises(Rule):
    """Raises on documents that mention 爆炸."""
    name = "house.raises"
    severity = Severity.ERROR

    def check(self, ctx):
        if "爆炸" in ctx.text:
            raise ZeroDivisionError("爆炸了")
        return ()

@hookimpl
def factlint_register_rules(register):
    register(Raises)
'''


def test_plugin_that_raises(tmp_path):
    """A rule that raises on one file: an internal-error naming the plugin and the rule, exit 2,
    and every other rule and file still checked; a plugin that raises on import: one line, exit 2."""
    (tmp_path / "house_raises.py").write_text(RAISING_PLUGIN, encoding="utf-8")
    write(tmp_path / "factlint.toml", 'plugins = ["house_raises"]\n')
    bad = write(tmp_path / "a.txt", "爆炸。" + FW)
    good = write(tmp_path / "b.txt", FW)
    proc = cli("check", "--format", "json", bad, good, cwd=tmp_path, PYTHONPATH=str(tmp_path))
    line = one_line_error(proc, "house.raises")
    assert str(bad) in line and "ZeroDivisionError" in line and "house_raises" in line
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 2
    rules = sorted((d["path"], d["rule"]) for d in report["diagnostics"])
    assert rules == [(str(bad), "fullwidth-digit"), (str(bad), "internal-error"), (str(good), "fullwidth-digit")]
    (tmp_path / "house_raises.py").write_text("raise RuntimeError('插件坏了')\n", encoding="utf-8")
    proc = cli("check", bad, good, cwd=tmp_path, PYTHONPATH=str(tmp_path))
    one_line_error(proc, "house_raises", "插件坏了")


def test_docx_that_unpacks_to_gigabytes_is_refused_not_parsed(tmp_path, linter):
    """A ZIP bomb: 300 KB of .docx whose XML unpacks to more than 64 MB (python-docx would need
    gigabytes of memory for its tree) is refused at once, by the sizes its ZIP directory declares."""
    import zipfile

    from docx import Document as NewDocx

    buf = io.BytesIO()
    NewDocx().save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    paragraph = "<w:p><w:r><w:t>全市地区生产总值增长5.2%。</w:t></w:r></w:p>".encode()
    parts["word/document.xml"] = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                                  b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                                  + paragraph * (66 * 2**20 // len(paragraph)) + b"</w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    bomb = write(tmp_path / "bomb.docx", out.getvalue())
    good = write(tmp_path / "good.txt", GOOD)
    assert bomb.stat().st_size < 2**20
    start = time.perf_counter()
    docs, errors = run([bomb, good], linter)
    assert time.perf_counter() - start < 10
    assert docs == [str(good)]
    assert errors == {str(bomb): ".docx too large to be a draft: its XML unpacks to 66 MB (more than 64 MB; a ZIP bomb?)"}

"""--fix and --diff: only safe, prose-only, non-overlapping edits; crash-safe writes that keep
encoding, BOM, line endings and permissions; idempotent."""

from __future__ import annotations

import json
import os
import stat
from argparse import Namespace
from functools import lru_cache

import pytest

from factlint import Edit, Fix
from factlint.cli import main
from factlint.config import Settings
from factlint.diagnostics import Diagnostic, Severity
from factlint.documents import Document, plain_document
from factlint.engine import Linter
from factlint import fixes

RULES = "mixed-numeral,zero-form,range-notation"
WRONG = "新建高标准农田3千亩，增长3.8～4.5%。\n规划（二0二一—二0三五年），项目总投资3-5亿元。\n"
RIGHT = "新建高标准农田3000亩，增长3.8%～4.5%。\n规划（二〇二一—二〇三五年），项目总投资3亿～5亿元。\n"


def run_cli(*args: str) -> int:
    return main(["check", "--isolated", "--select", RULES, "--format", "json", *args])


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if "factlint-tmp" in p.name]


# -- encodings, line endings, permissions ---------------------------------------------------------
@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b"")],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fix_keeps_encoding_bom_and_line_endings(tmp_path, capsys, encoding, bom, newline):
    wrong, right = WRONG, RIGHT
    if encoding == "gb18030":  # a character GBK lacks makes the reader keep GB18030
        wrong, right = "\u2003" + wrong, "\u2003" + right
    path = tmp_path / "draft.txt"
    path.write_bytes(bom + wrong.replace("\n", newline).encode(encoding))
    assert run_cli("--fix", str(path)) == 0  # every finding was fixable
    assert path.read_bytes() == bom + right.replace("\n", newline).encode(encoding)
    report = json.loads(capsys.readouterr().out)
    assert report["diagnostics"] == []
    assert leftovers(tmp_path) == []


def test_fix_keeps_permissions(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG, encoding="utf-8")
    path.chmod(0o640)
    assert run_cli("--fix", str(path)) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == RIGHT


def test_read_only_file_gets_a_message_not_a_crash(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG, encoding="utf-8")
    path.chmod(0o444)
    try:
        status = run_cli("--fix", str(path))
    finally:
        path.chmod(0o644)
    captured = capsys.readouterr()
    assert status == 1  # the findings remain
    assert "read-only" in captured.err
    assert path.read_text(encoding="utf-8") == WRONG
    assert len(json.loads(captured.out)["diagnostics"]) >= 4


def test_fix_through_a_symlink_keeps_the_link(tmp_path, capsys):
    target = tmp_path / "real.txt"
    target.write_text(WRONG, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run_cli("--fix", str(link)) == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == RIGHT


def test_exit_status_follows_the_findings_that_remain(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text("编号为1百0八。3千亩。\n", encoding="utf-8")  # 1百0八 has no safe fix
    assert run_cli("--fix", str(path)) == 1
    assert path.read_text(encoding="utf-8") == "编号为1百0八。3000亩。\n"
    report = json.loads(capsys.readouterr().out)
    assert [d["rule"] for d in report["diagnostics"]] == ["mixed-numeral"]


# -- idempotence and --diff -----------------------------------------------------------------------
def test_second_fix_changes_nothing(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG * 3, encoding="utf-8")
    run_cli("--fix", str(path))
    once = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    assert run_cli("--fix", str(path)) == 0
    assert path.read_bytes() == once
    assert path.stat().st_mtime_ns == mtime  # not even rewritten
    capsys.readouterr()
    assert run_cli("--diff", str(path)) == 0
    assert capsys.readouterr().out == ""


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG, encoding="utf-8")
    assert run_cli("--diff", str(path)) == 1
    out = capsys.readouterr().out
    assert path.read_text(encoding="utf-8") == WRONG
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "-新建高标准农田3千亩，增长3.8～4.5%。\n" in out
    assert "+新建高标准农田3000亩，增长3.8%～4.5%。\n" in out
    assert leftovers(tmp_path) == []


# -- injected failures: the original is never lost ------------------------------------------------
def _boom(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("target", ["os.replace", "os.fsync", "os.chmod", "tempfile.mkstemp"])
def test_a_failure_at_any_step_leaves_the_original_untouched(tmp_path, capsys, monkeypatch, target):
    path = tmp_path / "draft.txt"
    original = ("\ufeff" + WRONG).replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(original)
    module, name = target.split(".")
    monkeypatch.setattr(getattr(fixes, module), name, _boom)
    status = run_cli("--fix", str(path))
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert status == 1
    assert path.read_bytes() == original
    assert "original is unchanged" in captured.err
    assert leftovers(tmp_path) == []


def test_a_failing_write_leaves_the_original_untouched(tmp_path, capsys, monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG, encoding="utf-8")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(fixes.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    assert run_cli("--fix", str(path)) == 1
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == WRONG
    assert leftovers(tmp_path) == []


def test_a_file_changed_since_the_check_is_not_overwritten(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(WRONG, encoding="utf-8")
    linter = Linter(Settings(select=RULES.split(",")), load_entrypoints=False)
    result = linter.check_documents([linter.read_path(str(path))])
    path.write_text(WRONG + "编辑刚刚加了一句。\n", encoding="utf-8")  # someone saves meanwhile
    args = Namespace(fix=True, diff=False, paths=[str(path)], stdin_filename=None, baseline=None)
    assert fixes.run(args, linter, result) is None
    assert "changed since it was checked" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == WRONG + "编辑刚刚加了一句。\n"


def test_write_atomic_refuses_unexpected_content(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    with pytest.raises(fixes.FixError):
        fixes.write_atomic(str(path), b"xyz", expected=b"abd")
    assert path.read_bytes() == b"abc"
    fixes.write_atomic(str(path), b"xyz", expected=b"abc")
    assert path.read_bytes() == b"xyz"


# -- what is never rewritten ----------------------------------------------------------------------
def _linter():
    return Linter(Settings(select=RULES.split(",")), load_entrypoints=False)


def test_docx_is_reported_never_rewritten(tmp_path, capsys):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not really a docx")
    text = "新建高标准农田3千亩。"
    doc = Document(path=str(path), source=text, text=text, kind="docx")
    linter = _linter()
    result = linter.check_documents([doc])
    assert result.diagnostics and result.diagnostics[0].fix
    args = Namespace(fix=True, diff=False, paths=[str(path)], stdin_filename=None, baseline=None)
    assert fixes.run(args, linter, result) is None
    assert ".docx files are never rewritten" in capsys.readouterr().err
    assert path.read_bytes() == b"PK\x03\x04 not really a docx"


def test_stdin_is_never_rewritten(tmp_path, capsys):
    doc = plain_document("<stdin>", "新建高标准农田3千亩。")
    linter = _linter()
    result = linter.check_documents([doc])
    args = Namespace(fix=True, diff=False, paths=[], stdin_filename=None, baseline=None)
    assert fixes.run(args, linter, result) is None
    assert "standard input is never rewritten" in capsys.readouterr().err
    assert result.diagnostics  # still reported


def test_markdown_code_is_never_touched(tmp_path, capsys):
    linter = _linter()
    if ".md" not in linter.readers:
        pytest.skip("no Markdown reader registered")
    source = "# 报告\n\n新建高标准农田3千亩。\n\n```\n3千亩 二0一二年\n```\n\n行内代码 `3千亩` 不改。\n"
    path = tmp_path / "news.md"
    path.write_text(source, encoding="utf-8")
    run_cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == source.replace("新建高标准农田3千亩", "新建高标准农田3000亩")


# -- choosing edits -------------------------------------------------------------------------------
def _diag(doc, start, end, edits, rule="r"):
    return Diagnostic(rule=rule, severity=Severity.WARNING, message="m", location=doc.location(start, end),
                      start=start, end=end, fix=Fix("f", tuple(Edit(*e) for e in edits)),
                      snippet=doc.source[start:end])


def test_plan_skips_overlapping_fixes_and_dedupes_identical_ones():
    doc = plain_document("t.txt", "abcdefgh")
    d1 = _diag(doc, 0, 3, [(0, 3, "X")], "a")
    d2 = _diag(doc, 2, 5, [(2, 5, "Y")], "b")  # overlaps d1
    d3 = _diag(doc, 0, 3, [(0, 3, "X")], "c")  # the same edit as d1
    d4 = _diag(doc, 5, 5, [(5, 5, "+")], "d")  # an insertion touching d2's span end only
    d5 = _diag(doc, 6, 7, [(6, 7, "Z")], "e")
    p = fixes.plan(doc, [d2, d1, d3, d4, d5])
    assert [d.rule for d in p.applied] == ["a", "c", "d", "e"]
    assert [(d.rule, why) for d, why in p.skipped] == [("b", "overlaps another fix")]
    assert fixes.apply_edits(doc.source, p.edits) == "Xde+fZh"


def test_plan_rejects_edits_outside_prose():
    source = "正文3千亩 `3千亩`"
    text = "正文3千亩 " + " " * 5
    doc = Document(path="t.md", source=source, text=text, kind="markdown")
    inside = _diag(doc, 7, 9, [(7, 9, "3000")], "code")
    outside = _diag(doc, 2, 4, [(2, 4, "3000")], "prose")
    newline = _diag(doc, 2, 4, [(2, 4, "3\n000")], "newline")
    p = fixes.plan(doc, [inside, outside, newline])
    assert [d.rule for d in p.applied] == ["prose"]
    assert {d.rule for d, _ in p.skipped} == {"code", "newline"}


def test_fix_document_reaches_a_fixed_point():
    linter = _linter()
    doc = plain_document("t.txt", WRONG)
    result = linter.check_documents([doc])
    outcome = fixes.fix_document(linter, doc, result.diagnostics)
    assert outcome.fixed == RIGHT
    assert outcome.settled
    again = linter.check_documents([plain_document("t.txt", outcome.fixed)])
    assert not [d for d in again.diagnostics if d.fix]


# -- property: any mix of fixable mistakes reaches a fixed point in one --fix ---------------------
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PIECES = [
    "新建高标准农田3千亩", "安排贷款2千万元", "二0一二年", "二零二三年", "三千〇五十二户", "增长3.8～4.5%",
    "总投资3-5亿元", "接待150-180万人次", "共有企业１２６８家", "约2.3万人左右", "超过180万人次以上",
    "编号1百0八", "2024-01-15", "GB/T 15835-2011", "增长6.5%", "二〇二四年一月三日", "，", "。", "\n",
    "全县", "3", "千", "-", "～", "%", "0", "零", "〇", "二", "十", "万", " ", "\r\n",
]
_ALL_FIXERS = RULES + ",fullwidth-digit,redundant-approximation"


@lru_cache(maxsize=1)
def _fixers():
    return Linter(Settings(select=_ALL_FIXERS.split(",")), load_entrypoints=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_fix_reaches_a_fixed_point(pieces):
    linter = _fixers()
    text = "".join(pieces)
    doc = plain_document("t.txt", text)
    outcome = fixes.fix_document(linter, doc, linter.check_documents([doc]).diagnostics)
    assert outcome.settled
    assert outcome.fixed.count("\n") == text.count("\n")  # line breaks are never touched
    again = plain_document("t.txt", outcome.fixed)
    assert not fixes.plan(again, linter.check_documents([again]).diagnostics).edits

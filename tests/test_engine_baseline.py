"""Baselines: accepted findings stay hidden when lines move and come back when their text changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.baseline import Baseline, BaselineError, fingerprint, sentence_around
from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import Linter

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "第一段没有问题。\n共有１２６家企业。接待游客约2800万人次左右。\n"


def run(args, cwd):
    env = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def test_sentence_around():
    text = "甲。共有１２６家企业，很多。乙"
    i = text.index("１２６")
    assert sentence_around(text, i, i + 3) == "共有１２６家企业，很多。"
    assert sentence_around("无句号的文本", 1, 2) == "无句号的文本"


def test_fingerprint_ignores_line_numbers_and_spacing_but_not_text():
    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)

    def fp(text):
        (d,) = linter.check_text(text).diagnostics
        return fingerprint(d, text)

    a = fp("共有１２６家企业。")
    assert fp("新的一行。\n\n共有１２６家企业。") == a
    assert fp("共有 １２６家企业。") == a
    assert fp("共有１２６家公司。") != a


def test_cli_baseline_round_trip(tmp_path):
    draft = tmp_path / "drafts" / "report.txt"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")
    base = tmp_path / "factlint-baseline.json"
    proc = run(["check", "--isolated", "--write-baseline", str(base), "drafts"], tmp_path)
    assert proc.returncode == 0 and "recorded 2 findings" in proc.stderr
    saved = json.loads(base.read_text(encoding="utf-8"))
    assert {f["rule"] for f in saved["findings"]} == {"fullwidth-digit", "redundant-approximation"}
    assert {f["path"] for f in saved["findings"]} == {"drafts/report.txt"}  # relative to the baseline file

    proc = run(["check", "--isolated", "--format", "json", "--baseline", str(base), "drafts"], tmp_path)
    assert proc.returncode == 0 and json.loads(proc.stdout)["diagnostics"] == []

    # lines move: still accepted, also when run from another folder
    draft.write_text("新加的一段。\n\n" + DRAFT, encoding="utf-8")
    proc = run(["check", "--isolated", "--format", "json", "--baseline", str(base), "report.txt"], draft.parent)
    assert proc.returncode == 0, proc.stdout

    # the text of one finding changes: that one comes back, the other stays hidden
    draft.write_text(DRAFT.replace("约2800万人次左右", "约3000万人次左右"), encoding="utf-8")
    proc = run(["check", "--isolated", "--format", "json", "--baseline", str(base), "drafts"], tmp_path)
    assert proc.returncode == 1
    assert [d["rule"] for d in json.loads(proc.stdout)["diagnostics"]] == ["redundant-approximation"]

    # a second copy of an accepted sentence is new
    draft.write_text(DRAFT + "共有１２６家企业。\n", encoding="utf-8")
    proc = run(["check", "--isolated", "--format", "json", "--baseline", str(base), "drafts"], tmp_path)
    assert [(d["rule"], d["line"]) for d in json.loads(proc.stdout)["diagnostics"]] == [("fullwidth-digit", 3)]


def test_terminal_summary_mentions_the_baseline(tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT, encoding="utf-8")
    run(["check", "--isolated", "--write-baseline", "b.json", "d.txt"], tmp_path)
    proc = run(["check", "--isolated", "--baseline", "b.json", "d.txt"], tmp_path)
    assert proc.returncode == 0 and "2 条已记入基线" in proc.stdout


@pytest.mark.parametrize("content,message", [
    (None, "baseline file does not exist"),
    ("{not json", "not a factlint baseline"),
    ('{"findings": [{"path": 1}]}', "findings[0]: needs string"),
])
def test_bad_baseline_files(tmp_path, content, message):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Baseline.load(path)
    (tmp_path / "d.txt").write_text(DRAFT, encoding="utf-8")
    proc = run(["check", "--isolated", "--baseline", str(path), "d.txt"], tmp_path)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_baseline_filter_in_process(tmp_path):
    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)
    doc = plain_document(str(tmp_path / "a.txt"), "共有１２６家。共有１２７家。")
    result = linter.check_documents([doc])
    Baseline.dump(tmp_path / "b.json", result.diagnostics[:1], {doc.path: doc.source})
    result = linter.check_documents([doc], baseline=Baseline.load(tmp_path / "b.json"))
    assert [d.snippet for d in result.diagnostics] == ["１２７"] and result.baselined == 1
    assert len(result.unfiltered) == 2

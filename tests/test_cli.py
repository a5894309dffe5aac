"""The command line: exit codes, options, the rules and explain commands, and lean start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WRONG = "全市规模以上工业企业达到１２６８家，接待游客约2800万人次左右。\n"
INFO_ONLY = "全市新能源汽车产量居全国第一。\n"
CLEAN = "全市规模以上工业企业达到1268家。\n"


def run(args, cwd=None, stdin=None, **env):
    full = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1", **env}
    for k in [k for k, v in env.items() if v is None]:
        full.pop(k, None)
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full, input=stdin, timeout=120)


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "info.txt").write_text(INFO_ONLY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    # the rules of this engine's issue, so that these tests do not depend on every other rule
    (tmp_path / "factlint.toml").write_text(
        'select = ["fullwidth-digit", "redundant-approximation", "unsourced-superlative"]\n', encoding="utf-8")
    return tmp_path


def test_exit_codes(drafts):
    assert run(["check", "clean.txt"], drafts).returncode == 0
    assert run(["check", "wrong.txt"], drafts).returncode == 1
    assert run(["check", "missing.txt"], drafts).returncode == 2
    assert run(["check", "--format", "yaml", "clean.txt"], drafts).returncode == 2
    assert run(["check", "--no-such-option"], drafts).returncode == 2
    assert run(["check", "--exit-zero", "wrong.txt"], drafts).returncode == 0


def test_severity_threshold(drafts):
    assert run(["check", "info.txt"], drafts).returncode == 1
    proc = run(["check", "--severity", "warning", "--format", "json", "info.txt"], drafts)
    assert proc.returncode == 0 and json.loads(proc.stdout)["diagnostics"] == []
    proc = run(["check", "--severity", "warning", "info.txt"], drafts)
    assert "1 条低于 --severity 阈值" in proc.stdout


def test_unknown_format_lists_the_available_ones(drafts):
    proc = run(["check", "--format", "yaml", "clean.txt"], drafts)
    assert "unknown format 'yaml'" in proc.stderr and "json" in proc.stderr and "terminal" in proc.stderr


def test_default_format_is_the_terminal_report_in_plain_text(drafts):
    proc = run(["check", "wrong.txt"], drafts)
    assert "\x1b[" not in proc.stdout  # not a terminal: no colour
    assert "wrong.txt:1:13  warning  fullwidth-digit  数字“１２６８”使用了全角字符" in proc.stdout
    assert "检查了 1 个文件，发现 2 处问题" in proc.stdout


def test_force_color_and_no_color(drafts):
    colored = run(["check", "wrong.txt"], drafts, FORCE_COLOR="1", NO_COLOR=None)
    assert "\x1b[" in colored.stdout
    plain = run(["check", "wrong.txt"], drafts, FORCE_COLOR="1", NO_COLOR="1")
    assert "\x1b[" not in plain.stdout
    plain = run(["check", "--no-color", "wrong.txt"], drafts, FORCE_COLOR="1", NO_COLOR=None)
    assert "\x1b[" not in plain.stdout


def test_quiet_and_statistics(drafts):
    proc = run(["check", "--quiet", "wrong.txt"], drafts)
    lines = proc.stdout.splitlines()
    assert lines == [
        "wrong.txt:1:13: warning fullwidth-digit 数字“１２６８”使用了全角字符，应写作“1268”",
        "wrong.txt:1:23: warning redundant-approximation “约2800万人次左右”中“约”与“左右”都表示约数，同一数字只用一个概数词",
    ]
    assert "检查了" not in proc.stdout  # no summary with --quiet
    proc = run(["check", "--quiet", "--statistics", "wrong.txt"], drafts)
    table = proc.stdout.splitlines()[2:]
    assert table[1].split() == ["规则", "级别", "条数", "可修复"]
    assert table[3].split() == ["fullwidth-digit", "warning", "1", "1"]
    assert "检查了 1 个文件" in proc.stdout


def test_output_file_and_stdin(drafts):
    proc = run(["check", "--format", "json", "--output", "out.json", "wrong.txt"], drafts)
    assert proc.returncode == 1 and proc.stdout == ""
    assert len(json.loads((drafts / "out.json").read_text(encoding="utf-8"))["diagnostics"]) == 2
    proc = run(["check", "--format", "json", "--stdin-filename", "piped.txt", "-"], drafts, stdin=WRONG)
    assert {d["path"] for d in json.loads(proc.stdout)["diagnostics"]} == {"piped.txt"}


def test_year_option_is_validated(drafts):
    proc = run(["check", "--year", "20240", "clean.txt"], drafts)
    assert proc.returncode == 2 and "--year" in proc.stderr


def test_python_dash_m_is_the_same_command(drafts):
    exe = Path(sys.executable).with_name("factlint")
    if not exe.exists():
        pytest.skip("no factlint console script next to this interpreter")
    env = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    a = subprocess.run([str(exe), "check", "--format", "json", "wrong.txt"], capture_output=True, text=True,
                       cwd=drafts, env=env, timeout=120)
    b = run(["check", "--format", "json", "wrong.txt"], drafts)
    assert (a.returncode, a.stdout) == (b.returncode, b.stdout)


def test_rules_table_and_json():
    proc = run(["rules", "--isolated"])
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["name", "severity", "fixable", "summary"]
    row = next(l for l in lines if l.startswith("fullwidth-digit "))
    assert row.split()[1:3] == ["warning", "yes"]
    assert any(l.startswith("unsourced-superlative ") and " info " in l for l in lines)
    assert any("(off by default)" in l for l in lines if l.startswith("editorial.jiezhi"))
    rows = json.loads(run(["rules", "--isolated", "--format", "json"]).stdout)["rules"]
    by_name = {r["name"]: r for r in rows}
    assert by_name["redundant-approximation"] == {
        "name": "redundant-approximation", "severity": "warning", "fixable": True, "family": "usage",
        "summary": "Two approximation markers on one figure (约…左右, 超过…以上, 近…多).", "enabled": True,
        "plugin": "factlint.checks.usage.redundant_approximation"}


def test_explain():
    proc = run(["explain", "redundant-approximation", "--isolated"])
    assert proc.returncode == 0
    out = proc.stdout
    assert out.startswith("redundant-approximation (warning, fixable)")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "Use instead:", "## Fix safety",
                    "## Options", "## References"):
        assert heading in out
    assert "全市接待游客约2800万人次左右。" in out
    proc = run(["explain", "redundant-aproximation", "--isolated"])
    assert proc.returncode == 2 and "did you mean 'redundant-approximation'" in proc.stderr


def test_no_command_prints_help_and_exits_2():
    proc = run([])
    assert proc.returncode == 2 and "check" in proc.stdout


def _imported_modules(args) -> set[str]:
    code = ("import sys, runpy; sys.argv = ['factlint', *sys.argv[1:]]\n"
            "from factlint.cli import main\n"
            "try:\n    main(sys.argv[1:])\nfinally:\n    print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"})
    return set(proc.stderr.split())


def test_version_imports_nothing_heavy():
    proc = run(["--version"])
    assert proc.returncode == 0 and proc.stdout.startswith("factlint ")
    mods = _imported_modules(["--version"])
    assert "factlint" in mods
    for heavy in ("cn2an", "rich", "markdown_it", "factlint.engine", "factlint.numerals", "argparse"):
        assert heavy not in mods, heavy


def test_plain_check_does_not_import_rich(tmp_path):
    (tmp_path / "d.txt").write_text(WRONG, encoding="utf-8")
    mods = _imported_modules(["check", "--isolated", str(tmp_path / "d.txt")])
    assert "factlint.engine" in mods and "rich" not in mods and "markdown_it" not in mods


@pytest.mark.parametrize("argv", [
    ["check", "--format", "json", "-j", "2", "--select", "a,b", "--select", "c", "--year", "2024", "a.txt", "b.md"],
    ["check"],
    ["numbers", "--format", "terminal", "-o", "out.txt", "x.txt"],
    ["rules", "--format", "json", "--isolated"],
    ["explain", "total-mismatch", "--config", "f.toml"],
])
def test_a_parser_built_for_one_command_parses_as_the_full_one(argv, capsys, monkeypatch):
    """The command line builds only the named command's options; what it parses, its help and its
    errors are those of the parser with every command."""
    from factlint.cli import build_parser, command_of

    monkeypatch.setenv("COLUMNS", "83")
    assert vars(build_parser(command_of(argv)).parse_args(argv)) == vars(build_parser().parse_args(argv))
    helps = []
    for parser in (build_parser(argv[0]), build_parser()):
        for args in ([argv[0], "--help"], ["--help"], [argv[0], "--no-such-option"]):
            with pytest.raises(SystemExit):
                parser.parse_args(args)
        helps.append(capsys.readouterr())
    assert helps[0] == helps[1]
    assert "usage: factlint" in helps[0].out and "error:" in helps[0].err

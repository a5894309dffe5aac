"""Configuration: where it is found, what it may say, and the errors that name the key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.config import ConfigError, Settings, find_config, glob_regex, load_config, path_matches
from factlint.engine import Linter

ROOT = Path(__file__).resolve().parents[1]
WRONG = "全市规模以上工业企业达到１２６８家，接待游客约2800万人次左右。\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(args, cwd: Path):
    env = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def rules_found(proc) -> list[str]:
    return sorted(d["rule"] for d in json.loads(proc.stdout)["diagnostics"])


# -- finding the file ----------------------------------------------------------------------------
def test_found_upward_from_the_checked_files(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nignore = ["fullwidth-digit"]\n')
    draft = write(tmp_path / "docs" / "2024" / "draft.txt", WRONG)
    assert find_config([str(draft)]) == tmp_path / "pyproject.toml"
    proc = run(["check", "--format", "json", str(draft)], cwd=ROOT)
    assert rules_found(proc) == ["redundant-approximation"]


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    write(tmp_path / "factlint.toml", 'ignore = ["redundant-approximation"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    draft = write(tmp_path / "sub" / "draft.txt", WRONG)
    assert find_config([str(draft)]) == tmp_path / "factlint.toml"


def test_dot_factlint_toml_wins_in_one_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nignore = ["fullwidth-digit"]\n')
    write(tmp_path / "factlint.toml", 'ignore = ["unsourced-superlative"]\n')
    write(tmp_path / ".factlint.toml", 'ignore = ["redundant-approximation"]\n')
    assert find_config([str(tmp_path)]) == tmp_path / ".factlint.toml"


def test_the_nearest_folder_wins(tmp_path):
    write(tmp_path / "factlint.toml", 'ignore = ["fullwidth-digit"]\n')
    write(tmp_path / "a" / "factlint.toml", 'ignore = ["redundant-approximation"]\n')
    draft = write(tmp_path / "a" / "d.txt", WRONG)
    proc = run(["check", "--format", "json", "d.txt"], cwd=tmp_path / "a")
    assert rules_found(proc) == ["fullwidth-digit"]


def test_config_option_overrides_and_isolated_ignores(tmp_path):
    write(tmp_path / "factlint.toml", 'ignore = ["fullwidth-digit"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["fullwidth-digit"]\n')
    write(tmp_path / "d.txt", WRONG)
    assert rules_found(run(["check", "--format", "json", "d.txt"], tmp_path)) == ["redundant-approximation"]
    assert rules_found(run(["check", "--format", "json", "--config", str(other), "d.txt"], tmp_path)) == ["fullwidth-digit"]
    assert rules_found(run(["check", "--format", "json", "--isolated", "d.txt"], tmp_path)) == [
        "fullwidth-digit", "redundant-approximation"]


# -- what it may say -------------------------------------------------------------------------------
def test_every_setting_is_read(tmp_path):
    cfg = write(tmp_path / "factlint.toml", """
select = ["usage", "claims"]
ignore = ["unsourced-superlative"]
extend-select = ["editorial.jiezhi"]
severity = "warning"
year = 2024
packs = ["house/"]
plugins = ["house_rules"]
disable = ["factlint.checks.claims.unsourced_superlative"]
[per-file-ignores]
"old/**/*.md" = ["fullwidth-digit"]
[rules.fullwidth-digit]
severity = "error"
percent-sign = "always"
""")
    s = load_config(cfg)
    assert s.select == ["usage", "claims"] and s.ignore == ["unsourced-superlative"]
    assert s.extend_select == ["editorial.jiezhi"] and s.threshold == "warning" and s.year == 2024
    assert s.packs == [str(tmp_path / "house/")] and s.plugins == ["house_rules"]
    assert s.disable_plugins == ["factlint.checks.claims.unsourced_superlative"]
    assert s.per_file_ignores == {"old/**/*.md": ["fullwidth-digit"]}
    assert s.severity_overrides == {"fullwidth-digit": "error"}
    assert s.rule_options == {"fullwidth-digit": {"percent_sign": "always"}}
    assert s.root == str(tmp_path)


@pytest.mark.parametrize("body,key,problem", [
    ('selekt = ["x"]\n', "selekt", "unknown setting (did you mean 'select'?)"),
    ('select = "fullwidth-digit, x"\n', None, None),  # a string is one name: checked by the engine
    ("ignore = [1]\n", "ignore", "must be a list of non-empty strings"),
    ('severity = "fatal"\n', "severity", "must be one of error, warning, info"),
    ("year = 24\n", "year", "must be a four-digit year"),
    ('year = "2024"\n', "year", "must be a four-digit year"),
    ('per-file-ignores = ["x"]\n', "per-file-ignores", "must be a table"),
    ("[rules.fullwidth-digit]\nseverity = 3\n", "rules.fullwidth-digit.severity", "must be one of"),
    ("[rules]\nfullwidth-digit = 1\n", "rules.fullwidth-digit", "must be a table"),
    ("this is not toml", "", "invalid TOML"),
])
def test_bad_values_name_the_key(tmp_path, body, key, problem):
    cfg = write(tmp_path / "factlint.toml", body)
    if key is None:
        load_config(cfg)
        return
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert info.value.key == key and problem in info.value.problem
    assert str(cfg) in str(info.value)


def test_pyproject_keys_are_named_with_their_table(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", '[tool.factlint]\nseverity = "loud"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.factlint.severity: must be one of"):
        load_config(cfg)


@pytest.mark.parametrize("body,message", [
    ('select = ["fullwidth-digits"]\n', "factlint.toml: select: unknown rule 'fullwidth-digits' (did you mean 'fullwidth-digit'?)"),
    ('ignore = ["no-such-rule"]\n', "factlint.toml: ignore: unknown rule 'no-such-rule'"),
    ('[per-file-ignores]\n"*.md" = ["nope"]\n', "factlint.toml: per-file-ignores.*.md: unknown rule 'nope'"),
    ('[rules.nope]\nseverity = "info"\n', "factlint.toml: rules.nope: unknown rule 'nope'"),
    ('[rules.fullwidth-digit]\ncolour = 1\n', "factlint.toml: rules.fullwidth-digit.colour: unknown option of rule 'fullwidth-digit' (its options: percent-sign)"),
    ('[rules.fullwidth-digit]\npercent-sign = 1\n', "factlint.toml: rules.fullwidth-digit.percent-sign: must be a string, got 1"),
    ('packs = ["missing-folder/"]\n', "missing-folder: pack folder does not exist"),
])
def test_unknown_rules_and_options_exit_2_naming_the_key(tmp_path, body, message):
    write(tmp_path / "factlint.toml", body)
    write(tmp_path / "d.txt", WRONG)
    proc = run(["check", "d.txt"], tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_command_line_mistakes_name_the_option(tmp_path):
    write(tmp_path / "d.txt", WRONG)
    proc = run(["check", "--isolated", "--select", "fullwidth-digit,nope", "d.txt"], tmp_path)
    assert proc.returncode == 2 and "command line: --select: unknown rule 'nope'" in proc.stderr
    proc = run(["check", "--isolated", "--year", "24", "d.txt"], tmp_path)
    assert proc.returncode == 2 and "--year: must be a four-digit year" in proc.stderr


def test_command_line_select_replaces_and_ignore_adds(tmp_path):
    write(tmp_path / "factlint.toml", 'select = ["fullwidth-digit"]\n')
    write(tmp_path / "d.txt", WRONG)
    assert rules_found(run(["check", "--format", "json", "--select", "redundant-approximation", "d.txt"], tmp_path)) == [
        "redundant-approximation"]
    assert rules_found(run(["check", "--format", "json", "--extend-select", "redundant-approximation", "d.txt"],
                           tmp_path)) == ["fullwidth-digit", "redundant-approximation"]
    proc = run(["check", "--format", "json", "--ignore", "fullwidth-digit", "d.txt"], tmp_path)
    assert proc.returncode == 0 and rules_found(proc) == []


def test_rule_severity_and_threshold(tmp_path):
    write(tmp_path / "factlint.toml", 'severity = "error"\n[rules.fullwidth-digit]\nseverity = "error"\n')
    write(tmp_path / "d.txt", WRONG)
    proc = run(["check", "--format", "json", "d.txt"], tmp_path)
    doc = json.loads(proc.stdout)
    assert [(d["rule"], d["severity"]) for d in doc["diagnostics"]] == [("fullwidth-digit", "error")]
    # the command line threshold wins over the file's
    proc = run(["check", "--format", "json", "--severity", "info", "d.txt"], tmp_path)
    assert rules_found(proc) == ["fullwidth-digit", "redundant-approximation"]


def test_rule_options_reach_the_rule(tmp_path):
    text = "增长87.3％，下降2.1％。\n"
    write(tmp_path / "d.txt", text)
    assert rules_found(run(["check", "--format", "json", "--isolated", "d.txt"], tmp_path)) == []
    write(tmp_path / "factlint.toml", '[rules.fullwidth-digit]\npercent-sign = "always"\n')
    assert rules_found(run(["check", "--format", "json", "d.txt"], tmp_path)) == ["fullwidth-digit", "fullwidth-digit"]


def test_year_from_config_reaches_the_context(tmp_path):
    cfg = write(tmp_path / "factlint.toml", "year = 2021\n")
    linter = Linter(load_config(cfg), load_entrypoints=False)
    from factlint.documents import plain_document

    assert linter.context(plain_document("a.txt", "x")).year == 2021


# -- per-file-ignores -------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern,path,expected", [
    ("*.md", "drafts/a.md", True),          # no slash: matches the file name anywhere
    ("*.md", "drafts/a.txt", False),
    ("drafts/*.md", "drafts/a.md", True),
    ("drafts/*.md", "drafts/old/a.md", False),
    ("drafts/**/*.md", "drafts/old/x/a.md", True),
    ("drafts/**/*.md", "drafts/a.md", True),
    ("**/2023/*", "a/b/2023/c.txt", True),
    ("a?.txt", "ab.txt", True),
    ("[ab].txt", "c.txt", False),
])
def test_glob_matching(pattern, path, expected):
    assert path_matches(pattern, path) is expected


def test_per_file_ignores_are_relative_to_the_config(tmp_path):
    write(tmp_path / "factlint.toml", '[per-file-ignores]\n"archive/**" = ["fullwidth-digit"]\n')
    write(tmp_path / "archive" / "2019" / "old.txt", WRONG)
    write(tmp_path / "new.txt", WRONG)
    proc = run(["check", "--format", "json", "."], tmp_path / "archive")  # run from another folder
    assert rules_found(proc) == ["redundant-approximation"]
    proc = run(["check", "--format", "json", "archive", "new.txt"], tmp_path)
    found = [(Path(d["path"]).name, d["rule"]) for d in json.loads(proc.stdout)["diagnostics"]]
    assert sorted(found) == [("new.txt", "fullwidth-digit"), ("new.txt", "redundant-approximation"),
                             ("old.txt", "redundant-approximation")]


def test_glob_regex_is_anchored():
    assert glob_regex("*.md").match("a.md") and not glob_regex("*.md").match("a.md.txt")


def test_settings_defaults():
    s = Settings()
    assert s.select is None and s.threshold == "info" and s.year is None

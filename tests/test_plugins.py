"""Plugins: built-in rules are plugins like any other; third-party plugins come from the
``factlint`` entry-point group (a real package, installed with pip) or from ``plugins = [...]`` in
config; a failing plugin is named; every hook is documented and exercised here."""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from factlint import Rule, Severity, hookimpl, hookspecs
from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.plugins import PluginError, get_plugin_manager, iter_entry_points

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "example_plugin"
HOOKS = sorted(n for n, f in inspect.getmembers(hookspecs, inspect.isfunction) if n.startswith("factlint_"))


# -- the example plugin, installed for real ------------------------------------------------------
@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    """tests/fixtures/example_plugin installed with pip into a folder of its own (the source is
    copied first, so the build leaves nothing in the repository)."""
    base = tmp_path_factory.mktemp("example_plugin")
    src = base / "src"
    shutil.copytree(FIXTURE, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    site = base / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--target", str(site), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build the example plugin here (pip/setuptools unavailable): {proc.stderr[-300:]}")
    assert (site / "factlint_example").is_dir()
    return site


def _run(args, site: Path | None = None, cwd: Path | None = None, stdin: str | None = None, **env):
    full = {**os.environ, **env}
    full.pop("FACTLINT_DISABLE_PLUGIN_AUTOLOAD", None)
    if site is not None:
        full["PYTHONPATH"] = os.pathsep.join([str(site), full.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full, input=stdin, timeout=120)


def test_installed_plugin_is_found_through_its_entry_point(example_site):
    proc = _run(["rules", "--format", "json", "--isolated"], site=example_site)
    assert proc.returncode == 0, proc.stderr
    rules = {r["name"]: r for r in json.loads(proc.stdout)["rules"]}
    assert rules["example.placeholder"]["plugin"] == "example"
    assert rules["example.placeholder"]["severity"] == "error"
    # its data-only pack, returned by factlint_rule_packs, is loaded too
    assert rules["example-pack.gdp"]["fixable"] is True

    proc = _run(["check", "--format", "json", "--isolated", "--stdin-filename", "draft.txt", "-"], site=example_site,
                stdin="全年完成投资XX亿元。全市国内生产总值达到3527.68亿元。\n")
    assert proc.returncode == 1, proc.stderr
    found = {d["rule"]: d for d in json.loads(proc.stdout)["diagnostics"]}
    assert found["example.placeholder"]["column"] == 7
    assert found["example-pack.gdp"]["fix"]["edits"][0]["replacement"] == "全市地区生产总值"

    proc = _run(["check", "--format", "example-count", "--isolated", "-"], site=example_site, stdin="投资XX亿元。\n")
    assert proc.stdout == "1 findings\n"

    # without the package on the path, the rule does not exist
    proc = _run(["explain", "example.placeholder", "--isolated"])
    assert proc.returncode == 2 and "unknown rule" in proc.stderr


def test_entry_points_are_read_like_importlib_metadata(example_site, monkeypatch):
    from importlib.metadata import entry_points

    monkeypatch.syspath_prepend(str(example_site))
    ours = {(n, v) for n, v, _ in iter_entry_points("factlint")}
    theirs = {(ep.name, ep.value) for ep in entry_points(group="factlint")}
    assert ("example", "factlint_example.plugin") in ours
    assert ours == theirs


def test_entry_point_plugins_can_be_blocked(example_site, monkeypatch):
    monkeypatch.syspath_prepend(str(example_site))
    assert "example.placeholder" in Linter(Settings()).all_rules()
    assert "example.placeholder" not in Linter(Settings(disable_plugins=["example"])).all_rules()
    monkeypatch.setenv("FACTLINT_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert "example.placeholder" not in Linter(Settings()).all_rules()


def test_a_broken_entry_point_is_named(tmp_path, monkeypatch):
    dist = tmp_path / "broken_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[factlint]\nbroken = no_such_module_xyz.plugin\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"plugin 'broken' .*broken_plugin 1.0.*cannot be loaded"):
        get_plugin_manager()
    proc = _run(["check", "--isolated", "-"], stdin="文本。\n", PYTHONPATH=str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.startswith("factlint: plugin 'broken'") and "Traceback" not in proc.stderr


# -- plugins named in config -------------------------------------------------------------------
HOUSE_PLUGIN = '''
from factlint import Rule, Severity, hookimpl

class NoHype(Rule):
    """Flags 史上最."""
    name = "house.no-hype"
    severity = Severity.WARNING

    def check(self, ctx):
        i = ctx.text.find("史上最")
        if i >= 0:
            yield self.report(ctx, i, i + 3, "避免“史上最”")

@hookimpl
def factlint_register_rules(register):
    register(NoHype)
'''


def test_plugins_listed_in_config_are_imported(tmp_path):
    (tmp_path / "house_rules.py").write_text(HOUSE_PLUGIN, encoding="utf-8")
    (tmp_path / "factlint.toml").write_text('plugins = ["house_rules"]\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text("这是史上最好的一年。\n", encoding="utf-8")
    proc = _run(["check", "--format", "json", "--select", "house.no-hype", "draft.txt"], cwd=tmp_path,
                PYTHONPATH=str(tmp_path))
    assert proc.returncode == 1, proc.stderr
    assert [d["rule"] for d in json.loads(proc.stdout)["diagnostics"]] == ["house.no-hype"]
    (tmp_path / "factlint.toml").write_text('plugins = ["no_such_house_module"]\n', encoding="utf-8")
    proc = _run(["check", "draft.txt"], cwd=tmp_path)
    assert proc.returncode == 2 and "no_such_house_module" in proc.stderr


# -- failures inside plugins --------------------------------------------------------------------
def _module(name: str, **attrs) -> types.ModuleType:
    mod = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(mod, k, v)
    return mod


class Exploding(Rule):
    """Raises on every document."""

    name = "house.exploding"
    severity = Severity.ERROR

    def check(self, ctx):
        raise RuntimeError("boom")


class Clash(Rule):
    """Takes a built-in name."""

    name = "fullwidth-digit"


def _linter_with(*plugins, settings=None):
    pm = get_plugin_manager(load_entrypoints=False)
    for name, mod in plugins:
        pm.register(mod, name)
    return Linter(settings or Settings(), pm=pm)


def test_a_rule_that_raises_becomes_internal_error_and_the_others_still_run():
    @hookimpl
    def factlint_register_rules(register):
        register(Exploding)

    linter = _linter_with(("house_plugin", _module("house_plugin", factlint_register_rules=factlint_register_rules)))
    result = linter.check_documents([plain_document("a.txt", "共有１２６家企业。")])
    rules = [d.rule for d in result.diagnostics]
    assert "internal-error" in rules and "fullwidth-digit" in rules
    (err,) = [d for d in result.diagnostics if d.rule == "internal-error"]
    assert err.evidence["plugin"] == "house_plugin" and err.evidence["rule"] == "house.exploding"
    assert "house_plugin" in err.message and "house.exploding" in err.message and "boom" in err.message
    assert err.severity is Severity.ERROR


def test_clashing_rule_names_are_a_clear_error():
    @hookimpl
    def factlint_register_rules(register):
        register(Clash)

    with pytest.raises(PluginError, match=r"'fullwidth-digit' is registered twice: by 'factlint.checks.usage.fullwidth_digit'.*'clasher'"):
        _linter_with(("clasher", _module("clasher", factlint_register_rules=factlint_register_rules)))


def test_a_misspelled_hook_fails_loudly():
    @hookimpl
    def factlint_register_rule(register):  # missing "s"
        pass

    mod = _module("typo_plugin", factlint_register_rule=factlint_register_rule)
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(mod, "typo_plugin")
    from factlint.plugins import _check

    with pytest.raises(PluginError, match="typo_plugin"):
        _check(pm)


def test_a_plugin_that_fails_while_registering_is_named():
    @hookimpl
    def factlint_register_rules(register):
        raise ImportError("needs a library")

    with pytest.raises(PluginError, match=r"plugin 'needy' failed in factlint_register_rules: ImportError"):
        _linter_with(("needy", _module("needy", factlint_register_rules=factlint_register_rules)))


def test_builtin_rules_are_plugins_registered_by_module_name():
    pm = get_plugin_manager(load_entrypoints=False)
    names = {pm.get_name(p) for p in pm.get_plugins()}
    for name in ("factlint.checks.usage.fullwidth_digit", "factlint.checks.claims.unsourced_superlative",
                 "factlint.reporters.terminal", "factlint.readers.text", "factlint.packs", "factlint.checks.packrules"):
        assert name in names
    linter = Linter(Settings(disable_plugins=["factlint.checks.usage.fullwidth_digit"]), load_entrypoints=False)
    assert "fullwidth-digit" not in linter.all_rules()


# -- every hook is documented and exercised -------------------------------------------------------
def test_every_hook_is_documented():
    for name in HOOKS:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert len(doc.splitlines()) >= 3, f"{name} needs a docstring"
        params = [p for p in inspect.signature(getattr(hookspecs, name)).parameters]
        for p in params:
            assert f":param {p}:" in doc, f"{name}: document :param {p}:"
        assert "runs" in doc.lower() or "called" in doc.lower(), f"{name}: say when it runs"


def test_every_hook_has_a_test():
    tests = {n for n in globals() if n.startswith("test_hook_")}
    assert {f"test_hook_{h}" for h in HOOKS} <= tests


def test_hook_factlint_register_rules():
    @hookimpl
    def factlint_register_rules(register):
        register(Exploding)

    linter = _linter_with(("r", _module("r", factlint_register_rules=factlint_register_rules)))
    assert linter.all_rules()["house.exploding"] is Exploding
    assert linter.rule_origin["house.exploding"] == "r"


def test_hook_factlint_register_readers():
    from factlint.documents import Document

    def read_upper(data: bytes, path: str) -> Document:
        text = data.decode("utf-8").upper()
        return Document(path=path, source=text, text=text)

    @hookimpl
    def factlint_register_readers(register):
        register((".up",), read_upper)

    linter = _linter_with(("u", _module("u", factlint_register_readers=factlint_register_readers)))
    assert linter.read_bytes(b"abc", "x.up").text == "ABC"


def test_hook_factlint_register_reporters():
    @hookimpl
    def factlint_register_reporters(register):
        register("count", lambda result, options: f"{len(result.diagnostics)}\n")

    linter = _linter_with(("c", _module("c", factlint_register_reporters=factlint_register_reporters)))
    result = linter.check_documents([plain_document("a.txt", "共有１２６家。")])
    assert linter.reporters["count"](result, {}) == f"{len(result.diagnostics)}\n"


def test_hook_factlint_rule_packs(tmp_path):
    (tmp_path / "p.toml").write_text('[lexicon.house-words]\nwords = ["甲", "乙"]\n', encoding="utf-8")

    @hookimpl
    def factlint_rule_packs():
        return [tmp_path]

    linter = _linter_with(("p", _module("p", factlint_rule_packs=factlint_rule_packs)))
    assert linter.knowledge.words("house-words") == {"甲", "乙"}
    assert linter.knowledge.words("superlative-scopes")  # the built-in packs are still there


def test_hook_factlint_register_rule_kinds(tmp_path):
    from factlint.checks.packrules import ExistenceRule, build_existence

    def build_banned(spec, source):
        spec = {**spec, "kind": "existence", "tokens": spec["words"]}
        del spec["words"]
        return build_existence(spec, source)

    @hookimpl
    def factlint_register_rule_kinds(register):
        register("banned", build_banned)

    (tmp_path / "k.toml").write_text('[[rule]]\nname = "house.banned"\nkind = "banned"\nwords = ["某某"]\n',
                                     encoding="utf-8")
    linter = _linter_with(("k", _module("k", factlint_register_rule_kinds=factlint_register_rule_kinds)),
                          settings=Settings(packs=[str(tmp_path)], select=["house.banned"]))
    assert issubclass(linter.all_rules()["house.banned"], ExistenceRule)
    result = linter.check_documents([plain_document("a.txt", "某某单位。")])
    assert [d.rule for d in result.diagnostics] == ["house.banned"]

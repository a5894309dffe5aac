"""The engine: selection, severity, in-document suppressions and the order of findings."""

from __future__ import annotations

import pytest

from factlint import Directive, Document, Rule, Severity
from factlint.config import ConfigError, Settings
from factlint.documents import plain_document
from factlint.engine import Linter, Suppressions

TEXT = "共有１２６家企业，接待游客约2800万人次左右。\n"


def linter(**kwargs) -> Linter:
    return Linter(Settings(**kwargs), load_entrypoints=False)


def rules_of(result) -> list[str]:
    return [d.rule for d in result.diagnostics]


# -- selection -----------------------------------------------------------------------------------
def test_every_default_rule_runs_by_default():
    result = linter().check_text(TEXT)
    assert {"fullwidth-digit", "redundant-approximation"} <= set(rules_of(result))
    names = {r.name for r in result.rules}
    assert "editorial.idiom-typo" in names and "editorial.jiezhi" not in names  # off by default


@pytest.mark.parametrize("select,expected", [
    (["fullwidth-digit"], {"fullwidth-digit"}),
    (["usage"], {"fullwidth-digit", "redundant-approximation", "percentage-point", "multiple-decrease"}),
    (["editorial"], {"editorial.idiom-typo", "editorial.redundant-wording", "editorial.jiezhi"}),
    (["editorial.*"], {"editorial.idiom-typo", "editorial.redundant-wording", "editorial.jiezhi"}),
])
def test_select_by_name_family_and_pack_prefix(select, expected):
    enabled = linter(select=select).enabled_names()
    assert expected <= enabled
    assert all(n in expected or n.split(".")[0] == select[0].rstrip(".*") or
               linter().all_rules()[n].family == select[0] for n in enabled)


def test_all_includes_the_rules_that_are_off_by_default():
    assert "editorial.jiezhi" in linter(select=["ALL"]).enabled_names()


def test_ignore_and_extend_select():
    l = linter(ignore=["fullwidth-digit"], extend_select=["editorial.jiezhi"])
    names = l.enabled_names()
    assert "fullwidth-digit" not in names and "editorial.jiezhi" in names
    assert rules_of(l.check_text(TEXT)) == ["redundant-approximation"]


def test_unknown_selector_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown rule 'fullwidth'"):
        linter(select=["fullwidth"]).validate()


def test_severity_override_and_threshold():
    l = linter(select=["fullwidth-digit", "redundant-approximation"], severity_overrides={"fullwidth-digit": "error"},
               threshold="error")
    result = l.check_text(TEXT)
    assert [(d.rule, d.severity) for d in result.diagnostics] == [("fullwidth-digit", Severity.ERROR)]
    assert result.below_threshold == 1
    assert result.by_severity() == {"error": 1, "warning": 0, "info": 0}


def test_findings_are_sorted_by_place():
    text = "约300人左右。\n共有１２６家。\n"
    result = linter(select=["fullwidth-digit", "redundant-approximation"]).check_text(text)
    assert [(d.line, d.rule) for d in result.diagnostics] == [(1, "redundant-approximation"), (2, "fullwidth-digit")]


def test_per_file_ignores_skip_the_rule_for_matching_files():
    l = linter(select=["fullwidth-digit"], per_file_ignores={"legacy/*.txt": ["fullwidth-digit"]})
    docs = [plain_document("legacy/a.txt", TEXT), plain_document("new/a.txt", TEXT)]
    result = l.check_documents(docs)
    assert [d.path for d in result.diagnostics] == ["new/a.txt"]


def test_rule_options_reach_the_rule_instance():
    l = linter(select=["fullwidth-digit"], rule_options={"fullwidth-digit": {"percent_sign": "always"}})
    (rule,) = l.enabled_rules()
    assert rule.options == {"percent_sign": "always"}
    assert len(l.check_text("增长87.3％。").diagnostics) == 1


# -- suppressions ------------------------------------------------------------------------------------
def doc_with(lines: list[str], directives: list[Directive]) -> Document:
    text = "\n".join(lines) + "\n"
    return Document(path="a.md", source=text, text=text, kind="markdown", directives=tuple(directives))


LINES = [
    "共有１２６家。",           # 1
    "<!-- directive -->",      # 2
    "共有１２７家，约300人左右。",  # 3
    "",                        # 4
    "共有１２８家，约400人左右。",  # 5
    "<!-- directive -->",      # 6
    "共有１２９家，约500人左右。",  # 7
]


def lint(directives):
    l = linter(select=["fullwidth-digit", "redundant-approximation"])
    result = l.check_documents([doc_with(LINES, directives)])
    return sorted((d.line, d.rule) for d in result.diagnostics), result


def test_disable_one_rule_until_enable():
    found, result = lint([Directive("disable", ("fullwidth-digit",), 2), Directive("enable", ("fullwidth-digit",), 6)])
    assert found == [(1, "fullwidth-digit"), (3, "redundant-approximation"), (5, "redundant-approximation"),
                     (7, "fullwidth-digit"), (7, "redundant-approximation")]
    assert result.suppressed == 2


def test_disable_all_until_the_end():
    found, _ = lint([Directive("disable", (), 2)])
    assert found == [(1, "fullwidth-digit")]


def test_enable_one_rule_inside_disable_all():
    found, _ = lint([Directive("disable", (), 2), Directive("enable", ("redundant-approximation",), 6)])
    assert found == [(1, "fullwidth-digit"), (7, "redundant-approximation")]


def test_disable_next_line_skips_blank_lines_and_names_rules():
    found, _ = lint([Directive("disable-next-line", ("redundant-approximation",), 2)])
    assert (3, "redundant-approximation") not in found and (3, "fullwidth-digit") in found
    found, _ = lint([Directive("disable-next-line", (), 4)])  # line 4 is blank: the next text line is 5
    assert not [f for f in found if f[0] == 5]
    found, _ = lint([Directive("disable-next-line", (), 2), Directive("disable-next-line", ("x",), 6)])
    assert not [f for f in found if f[0] == 3] and (7, "fullwidth-digit") in found


def test_suppressions_model_directly():
    doc = doc_with(LINES, [Directive("disable", ("a", "b"), 2), Directive("enable", ("a",), 5)])
    s = Suppressions(doc)
    assert s.hides("a", 3) and s.hides("b", 3) and not s.hides("c", 3)
    assert not s.hides("a", 6) and s.hides("b", 7) and not s.hides("a", 1)


def test_internal_errors_are_never_suppressed():
    class Broken(Rule):
        """Raises."""

        name = "house.broken"

        def check(self, ctx):
            raise ValueError("bad")

    l = linter(select=["fullwidth-digit"])
    l.rule_classes["house.broken"] = Broken
    l.rule_origin["house.broken"] = "house"
    l.settings.select = ["fullwidth-digit", "house.broken"]
    result = l.check_documents([doc_with(LINES, [Directive("disable", (), 1)])])
    assert rules_of(result) == ["internal-error"]
    assert result.diagnostics[0].evidence["rule"] == "house.broken"


def test_repeated_findings_are_reported_once():
    class Twice(Rule):
        """Reports the same span twice."""

        name = "house.twice"

        def check(self, ctx):
            yield self.report(ctx, 0, 1, "x")
            yield self.report(ctx, 0, 1, "x")

    l = linter(select=["fullwidth-digit"])
    l.rule_classes["house.twice"] = Twice
    l.settings.select = ["house.twice"]
    assert rules_of(l.check_text("abc")) == ["house.twice"]


def test_run_scope_rules_see_every_document():
    seen = []

    class Across(Rule):
        """Counts documents."""

        name = "house.across"
        scope = "run"

        def check_run(self, contexts):
            seen.append(len(contexts))
            yield self.report(contexts[-1], 0, 1, f"{len(contexts)} 个文件")

    l = linter()
    l.rule_classes["house.across"] = Across
    l.settings.select = ["house.across"]
    result = l.check_documents([plain_document("a.txt", "甲"), plain_document("b.txt", "乙")])
    assert seen == [2] and [d.path for d in result.diagnostics] == ["b.txt"]


def test_markdown_comments_suppress_end_to_end(tmp_path):
    """The Markdown reader turns the comments into directives; the engine applies them."""
    import json
    import os
    import subprocess
    import sys

    (tmp_path / "d.md").write_text(
        "# 标题\n\n<!-- factlint-disable-next-line fullwidth-digit -->\n共有１２６家。\n\n共有１２７家。\n\n"
        "<!-- factlint-disable -->\n约300人左右。\n<!-- factlint-enable -->\n约400人左右。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "--isolated", "--format", "json",
                           "--select", "fullwidth-digit,redundant-approximation", "d.md"], capture_output=True,
                          text=True, cwd=tmp_path, env={**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"},
                          timeout=120)
    found = [(d["line"], d["rule"]) for d in json.loads(proc.stdout)["diagnostics"]]
    assert found == [(6, "fullwidth-digit"), (11, "redundant-approximation")]


def test_directives_naming_unknown_rules_are_reported():
    result = lint([Directive("disable", ("fullwidth-digits",), 2)])[1]
    assert result.warnings == ["a.md:2: factlint-disable names an unknown rule 'fullwidth-digits' (did you mean 'fullwidth-digit'?)"]


def test_a_checked_document_keeps_only_what_run_level_rules_collected():
    # (memory: a run over many documents holds each one's collected facts, not its figures,
    # claim model, masked text or tables, which rules cache on the context for each other)
    kept = []

    class Across(Rule):
        """Counts figures across documents."""

        name = "house.figures-across"
        scope = "run"

        def collect(self, ctx):
            return len(ctx.quantities)

        def check_run(self, contexts):
            kept.extend(set(vars(c)) for c in contexts)
            return ()

    l = linter()
    l.rule_classes["house.figures-across"] = Across
    l.settings.extend_select = ["house.figures-across"]
    text = "全市地区生产总值完成2856.4亿元，比上年增长5.8%，由上年的2700.1亿元提高到2856.4亿元。\n"
    l.check_documents([plain_document("a.txt", text), plain_document("b.txt", text)])
    assert kept == [{"document", "knowledge", "year", "options", "collected"}] * 2


# -- the garbage collector around a run ------------------------------------------------------------
def test_quiet_gc_leaves_no_young_objects_for_the_collector_to_trace_at_once():
    """The run's objects leave quiet_gc in the oldest generation: restoring the thresholds with
    them still young made the collector trace them all at the next allocation (10-25 ms in the
    middle of the report)."""
    import gc

    from factlint.engine import quiet_gc

    before = gc.get_threshold()
    kept = []
    with quiet_gc():
        assert gc.get_threshold()[0] >= 50_000
        kept.extend([i] for i in range(20_000))
    young = gc.get_count()[0]  # (read before anything else is allocated)
    assert young < 100
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0  # nothing stays frozen: the run's garbage is still collected
    assert len(kept) == 20_000


def test_a_run_restores_the_collector():
    import gc

    before = gc.get_threshold()
    result = linter().check_text("全年投入40.48亿元，增长3.2%。\n" * 50)
    assert result.documents and gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_between_documents_frees_the_cycles_a_document_left():
    import gc
    import weakref

    from factlint.engine import quiet_gc

    class Node:
        pass

    def a_document():
        nodes = [Node() for _ in range(quiet_gc.BETWEEN_MIN)]
        for node in nodes:
            node.me = node  # a cycle: only the collector frees it
        return weakref.ref(nodes[0])

    with quiet_gc() as quiet:
        first = a_document()  # (with what it builds on first use, which every later one shares)
        quiet.between_documents()
        assert first() is not None and gc.get_count()[0] < 100  # frozen, not traced
        second = a_document()
        assert second() is not None  # (not yet: below the run's thresholds)
        quiet.between_documents()
        assert second() is None
        assert gc.get_count()[0] < 100
    gc.collect()
    assert first() is None  # the first document's cycles are freed once the run is over


def test_between_documents_leaves_a_short_drafts_few_objects_to_the_thresholds():
    import gc

    from factlint.engine import quiet_gc

    with quiet_gc() as quiet:
        kept = [[] for _ in range(500)]
        young = gc.get_count()[0]
        quiet.between_documents()
        assert gc.get_count()[0] >= young > 300 and len(kept) == 500  # (not collected)

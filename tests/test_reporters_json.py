"""``--format json`` has exactly the shape of the command-line contract (../shared/spec/cli.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema

from factlint import Rule, Severity
from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import FileError, Linter

ROOT = Path(__file__).resolve().parents[1]

LOCATION = {
    "type": "object",
    "required": ["path", "line", "column", "end_line", "end_column"],
    "properties": {
        "path": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
    },
}
SCHEMA = {
    "type": "object",
    "required": ["version", "diagnostics", "summary"],
    "properties": {
        "version": {"type": "string"},
        "diagnostics": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["path", "line", "column", "end_line", "end_column", "rule", "severity", "message",
                             "evidence", "related", "fix"],
                "properties": {
                    **LOCATION["properties"],
                    "rule": {"type": "string", "minLength": 1},
                    "severity": {"enum": ["error", "warning", "info"]},
                    "message": {"type": "string", "minLength": 1},
                    "evidence": {"type": "object"},
                    "related": {"type": "array", "items": LOCATION},
                    "fix": {
                        "oneOf": [
                            {"type": "null"},
                            {"type": "object", "required": ["description", "edits"], "properties": {
                                "description": {"type": "string"},
                                "edits": {"type": "array", "minItems": 1, "items": {
                                    "type": "object", "required": ["start", "end", "replacement"],
                                    "properties": {"start": {"type": "integer"}, "end": {"type": "integer"},
                                                   "replacement": {"type": "string"}}}},
                            }},
                        ]
                    },
                },
            },
        },
        "summary": {
            "type": "object",
            "required": ["files", "diagnostics", "by_severity"],
            "properties": {
                "files": {"type": "integer"},
                "diagnostics": {"type": "integer"},
                "by_severity": {"type": "object", "required": ["error", "warning", "info"],
                                "properties": {k: {"type": "integer"} for k in ("error", "warning", "info")}},
            },
        },
    },
}


class Related(Rule):
    """Reports the second figure with the first as related, and Decimal evidence."""

    name = "house.related"
    severity = Severity.ERROR

    def check(self, ctx):
        a = ctx.text.index("458")
        b = ctx.text.index("468")
        yield self.report(ctx, b, b + 3, "分项之和为458公里，与“合计468公里”不符",
                          evidence={"expected": Decimal("458.0"), "stated": Decimal("468"), "parts": [Decimal("326"), Decimal("1.50")]},
                          related=[(ctx, a, a + 3)])


def test_cli_json_validates_against_the_contract(tmp_path):
    (tmp_path / "d.txt").write_text("前言。\n共有１２６家企业，接待游客约2800万人次左右，居全国第一。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "--isolated", "--format", "json", "d.txt",
                           "--select", "fullwidth-digit,redundant-approximation,unsourced-superlative"],
                          capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}, timeout=120)
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["summary"] == {"files": 1, "diagnostics": 3, "by_severity": {"error": 0, "warning": 2, "info": 1}}
    first = doc["diagnostics"][0]
    assert first == {
        "path": "d.txt", "line": 2, "column": 3, "end_line": 2, "end_column": 6, "rule": "fullwidth-digit",
        "severity": "warning", "message": "数字“１２６”使用了全角字符，应写作“126”",
        "evidence": {"written": "１２６", "suggested": "126"}, "related": [],
        "fix": {"description": "将“１２６”改为“126”", "edits": [{"start": 6, "end": 9, "replacement": "126"}]},
    }


def test_related_and_exact_decimal_evidence():
    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)
    linter.rule_classes["house.related"] = Related
    linter.settings.select = ["house.related"]
    result = linter.check_documents([plain_document("drafts/report.md", "新建公路326公里、绿道47公里，共458公里；\n合计468公里。")])
    result.errors.append(FileError("bad.txt", "binary file"))
    doc = json.loads(linter.reporters["json"](result, {}))
    jsonschema.validate(doc, SCHEMA)
    (d,) = doc["diagnostics"]
    assert d["evidence"] == {"expected": "458", "stated": "468", "parts": ["326", "1.5"]}
    assert d["related"] == [{"path": "drafts/report.md", "line": 1, "column": 19, "end_line": 1, "end_column": 22}]
    assert (d["line"], d["column"], d["end_column"]) == (2, 3, 6)
    assert doc["errors"] == [{"path": "bad.txt", "message": "binary file"}]


def test_empty_run():
    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)
    doc = json.loads(linter.reporters["json"](linter.check_documents([]), {}))
    jsonschema.validate(doc, SCHEMA)
    assert doc["diagnostics"] == [] and doc["summary"]["files"] == 0


def test_layout_is_the_contract_example_and_reads_back_as_the_document():
    """The report is laid out like cli.md's example (one finding per small block, the location on
    one line, nested values on the line of their key), written by the C encoder; apart from
    whitespace it is ``json.dumps(doc, indent=2)``."""
    from factlint.reporters.json import dumps

    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)
    linter.rule_classes["house.related"] = Related
    linter.settings.select = ["house.related", "fullwidth-digit"]
    result = linter.check_documents([plain_document("drafts/report.md", "新建公路326公里、绿道47公里，共458公里；\n合计468公里，１２６家。")])
    result.errors.append(FileError("bad \"name\".txt", "binary file"))
    text = linter.reporters["json"](result, {})
    doc = json.loads(text)
    assert len(doc["diagnostics"]) == 2
    assert text == dumps(doc)
    lines = text.splitlines()
    assert lines[:4] == ['{', '  "version": "0.1.0",', '  "diagnostics": [', '    {']
    assert lines[4] == '      "path": "drafts/report.md", "line": 2, "column": 3, "end_line": 2, "end_column": 6,'
    assert '      "evidence": {"expected": "458", "stated": "468", "parts": ["326", "1.5"]},' in lines
    assert '      "related": [{"path": "drafts/report.md", "line": 1, "column": 19, "end_line": 1, "end_column": 22}],' in lines
    assert '    {"path": "bad \\"name\\".txt", "message": "binary file"}' in lines
    assert lines[-2].startswith('  "summary": {"files": 1, "diagnostics": 2, "by_severity": {')
    assert lines[-1] == "}"


def test_any_value_is_written_as_json_dumps_writes_it():
    """Values of every JSON type, escapes, and findings of another shape (a reporter plugin's
    as_dict, a future field) read back unchanged."""
    from factlint.reporters.json import dumps

    odd = {"path": "a\n\t\x00“引号”\\.txt", "line": 1, "extra": [1.5, -0.0, 1e300, True, False, None, {"k": []}],
           "severity": Severity.ERROR, "big": 10**30, "nested": {"x": {"y": ["\u2028", "\U0001F600"]}}}
    finding = {"path": "a.txt", "line": 3, "column": 1, "end_line": 3, "end_column": 2, "rule": "r",
               "severity": "info", "message": "“消息”\n第二行", "evidence": {"n": 1.25, "s": ["a", "b"]},
               "related": [], "fix": {"description": "d", "edits": [{"start": 0, "end": 1, "replacement": "\t"}]}}
    for doc in ({"version": "1", "diagnostics": [finding, odd, {}], "errors": [], "summary": {}},
                {"diagnostics": [], "empty": {}, "list": [1, 2], "s": "x"}, {}):
        text = dumps(doc)
        assert json.loads(text) == json.loads(json.dumps(doc, ensure_ascii=False, indent=2))
        assert list(json.loads(text)) == list(doc)


def test_findings_are_written_as_their_as_dict_is():
    """The report writes a finding straight from the Diagnostic (no dictionaries): the block is
    the one its ``as_dict()`` gives, for fixes, related places, exact decimals, escapes, a
    subclass with its own ``as_dict`` and positions that are not plain integers."""
    from dataclasses import dataclass

    from factlint.diagnostics import Diagnostic, Edit, Fix, Location
    from factlint.reporters.json import _block, _Encoder, _finding

    @dataclass(frozen=True, slots=True)
    class Tagged(Diagnostic):
        def as_dict(self):
            return {**Diagnostic.as_dict(self), "tag": "house"}

    loc = Location("a \"b\"\n.txt", 3, 1, 4, 2)
    fix = Fix("将“１”改为\t“1”", (Edit(0, 1, "1\\"), Edit(5, 7, "")))
    cases = [
        Diagnostic("r", Severity.ERROR, "“消息”\n第二行\u2028", loc, 0, 1),
        Diagnostic("r", Severity.INFO, "m", loc, 0, 1, {"expected": Decimal("82.180"), "parts": (Decimal("1E+2"), 3)},
                   (loc, Location("c.txt", 1, 2, 1, 3)), fix, "片段"),
        Diagnostic("r", Severity.WARNING, "m", Location("a.txt", True, 1, 1, 2), 0, 1),
        Diagnostic("r", Severity.WARNING, "m", loc, 0, 1, fix=Fix("d", (Edit(False, 1, "x"),))),
        Tagged("r", Severity.WARNING, "m", loc, 0, 1, fix=fix),
    ]
    value = _Encoder()
    for d in cases:
        assert _finding(d, value, "    ") == _block(d.as_dict(), value, "    ")
    assert '"tag": "house"' in _finding(cases[-1], value, "    ")

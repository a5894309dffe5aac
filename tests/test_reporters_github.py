"""``--format github``: workflow-command annotations with the Actions toolkit's escaping."""

from __future__ import annotations

import re
from pathlib import Path

from _synthetic import run_cli, synthetic_result

from factlint.reporters.github import command, escape_data, escape_property, render

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")


def parse(line: str):
    m = LINE.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), props, m.group(3)


def unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_escaping():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    assert escape_data("a,b:c") == "a,b:c"  # the message keeps , and :
    assert command("notice", "m") == "::notice::m"


def test_one_annotation_per_finding_with_its_severity():
    result = synthetic_result()
    lines = render(result, {}).splitlines()
    assert len(lines) == len(result.diagnostics) + len(result.errors)
    parsed = [parse(line) for line in lines]
    kind, props, message = parsed[0]  # unreadable files come first
    assert kind == "error" and unescape(props["file"]) == "drafts/坏.docx" and "not a Word file" in message
    kinds = [k for k, _, _ in parsed[1:]]
    assert kinds == [{"error": "error", "warning": "warning", "info": "notice"}[str(d.severity)]
                     for d in result.diagnostics]
    for (kind, props, message), d in zip(parsed[1:], result.diagnostics):
        loc = d.location
        assert unescape(props["file"]) == loc.path
        assert (int(props["line"]), int(props["col"]), int(props["endLine"]), int(props["endColumn"])) == (
            loc.line, loc.column, loc.end_line, loc.end_column)
        assert props["title"] == d.rule
        assert unescape(message) == d.message
        assert "\n" not in message and "\r" not in message


def test_newlines_and_percent_in_a_message_stay_on_one_line():
    result = synthetic_result()
    text = render(result, {})
    (line,) = [x for x in text.splitlines() if "with" in x]
    assert line.endswith("::“居全国第一”没有注明来源, with: comma%0A100%25")
    assert line.startswith("::notice file=drafts/稿件 a.txt,line=4,")


def test_property_values_with_commas_and_colons_are_escaped():
    from factlint import Diagnostic, Severity
    from factlint.documents import plain_document
    from factlint.engine import RunResult

    doc = plain_document("C:/drafts/a,b.txt", "合计\n")
    d = Diagnostic(rule="house:rule,x", severity=Severity.WARNING, message="m", location=doc.location(0, 2),
                   start=0, end=2)
    (line,) = render(RunResult(documents=[doc], diagnostics=[d]), {}).splitlines()
    kind, props, _ = parse(line)
    assert props["file"] == "C%3A/drafts/a%2Cb.txt" and props["title"] == "house%3Arule%2Cx"


def test_cli_end_to_end_on_seeds():
    proc = run_cli("check", "--format", "github", "seeds")
    lines = proc.stdout.splitlines()
    if proc.returncode != 2:
        assert (proc.returncode == 1) == bool(lines)
    for line in lines:
        kind, props, message = parse(line)
        assert props["file"].startswith("seeds/") and int(props["line"]) >= 1 and message

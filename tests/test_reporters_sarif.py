"""``--format sarif``: valid SARIF 2.1.0 (checked against the official schema), with rule
metadata, UTF-16 columns, related locations, evidence, fixes and stable fingerprints."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from _synthetic import TEXT_A, empty_result, run_cli, synthetic_result

from factlint.reporters.sarif import artifact_uri, render

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLINT_SHARED", ROOT / ".." / "shared"))
SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def validate(log: dict) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA} (set FACTLINT_SHARED to the shared folder)")
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    problems = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not problems, "\n".join(f"{list(p.path)}: {p.message}" for p in problems[:10])


def sarif(result=None) -> dict:
    return json.loads(render(result or synthetic_result(), {}))


def test_validates_against_the_schema():
    validate(sarif())
    validate(sarif(empty_result()))


def test_the_schema_check_can_fail():
    log = sarif()
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate(log)


def test_rule_metadata_from_the_rule_docs():
    run = sarif()["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert run["tool"]["driver"]["name"] == "factlint"
    total = rules["total-mismatch"]
    assert total["shortDescription"]["text"] == "分项之和与合计不符。"
    assert total["fullDescription"]["text"] == "把列出的分项相加，与文中所说的合计比较。"
    assert "Why is this bad?\n合计算错，读者会对全文数字失去信任。" in total["help"]["text"]
    assert "    新建公路326公里、道路85公里、绿道47公里，合计468公里。" in total["help"]["markdown"]
    assert "Use instead:" in total["help"]["markdown"]
    assert total["defaultConfiguration"]["level"] == "error"
    assert rules["unsourced-superlative"]["defaultConfiguration"]["level"] == "note"
    assert "arithmetic" in total["properties"]["tags"]
    # a rule that is not in result.rules still gets a descriptor, so ruleIndex always resolves
    assert rules["house.overlap"]["shortDescription"]["text"] == "house.overlap"
    for res in run["results"]:
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_levels_locations_and_utf16_columns():
    run = sarif()["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    by_msg = {r["message"]["text"]: r for r in run["results"]}
    total = by_msg["分项之和为458公里，与“合计468公里”不符"]
    assert total["level"] == "error"
    region = total["locations"][0]["physicalLocation"]["region"]
    line2 = TEXT_A.splitlines()[1]
    assert (region["startLine"], region["startColumn"]) == (2, line2.index("合计468") + 1)
    assert region["endColumn"] - region["startColumn"] == len("合计468公里")
    assert region["snippet"]["text"] == "合计468公里"
    loc = total["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "drafts/%E7%A8%BF%E4%BB%B6%20a.txt", "uriBaseId": "%SRCROOT%", "index": 0}
    assert loc["contextRegion"]["snippet"]["text"] == line2
    assert total["properties"]["evidence"] == {"expected": "458", "stated": "468", "parts": ["326", "85", "47"]}
    rel = total["relatedLocations"][0]["physicalLocation"]["region"]
    assert (rel["startLine"], rel["startColumn"]) == (2, line2.index("326") + 1)

    # line 4 starts with 𠀀 (outside the BMP): one code point, two UTF-16 code units
    sup = by_msg["“居全国第一”没有注明来源, with: comma\n100%"]
    assert sup["level"] == "note"
    r = sup["locations"][0]["physicalLocation"]["region"]
    line4 = TEXT_A.splitlines()[3]
    assert r["startColumn"] == line4.index("居全国第一") + 1 + 1
    assert by_msg["数字“１２６”用了全角字符"]["level"] == "warning"


def test_fix_related_file_and_fingerprints():
    log = sarif()
    run = log["runs"][0]
    by_msg = {r["message"]["text"]: r for r in run["results"]}
    fix = by_msg["数字“１２６”用了全角字符"]["fixes"][0]
    rep = fix["artifactChanges"][0]["replacements"][0]
    assert rep["insertedContent"]["text"] == "126"
    assert rep["deletedRegion"]["endColumn"] - rep["deletedRegion"]["startColumn"] == 3
    cross = by_msg["合计9与分项不符"]["relatedLocations"][0]["physicalLocation"]
    assert cross["artifactLocation"]["uri"] == "drafts/b.md"
    prints = [r["partialFingerprints"]["factlint/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)
    assert prints == [r["partialFingerprints"]["factlint/v1"] for r in sarif()["runs"][0]["results"]]
    assert run["invocations"][0]["executionSuccessful"] is False
    note = run["invocations"][0]["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "not a Word file" in note["message"]["text"]


def test_artifact_uris():
    assert artifact_uri("a/b c#1.txt") == {"uri": "a/b%20c%231.txt", "uriBaseId": "%SRCROOT%"}
    absolute = artifact_uri(str(Path("/tmp/稿件.txt").resolve()))
    assert absolute["uri"].startswith("file:///") and "uriBaseId" not in absolute
    assert artifact_uri("<stdin>")["uri"] == "%3Cstdin%3E"


def test_cli_end_to_end_on_seeds():
    proc = run_cli("check", "--format", "sarif", "seeds")
    log = json.loads(proc.stdout)
    validate(log)
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids))
    for res in run["results"]:
        assert ids[res["ruleIndex"]] == res["ruleId"]
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("seeds/")
    if run["results"]:
        assert proc.returncode in (1, 2)
    # every rule of the run carries its documentation
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in run["tool"]["driver"]["rules"])

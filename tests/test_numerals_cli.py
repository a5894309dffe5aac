"""``factlint numbers``: the figure inventory in the JSON shape of the command-line contract."""

from __future__ import annotations

import json
from pathlib import Path

from factlint.cli import main

DRAFT = (
    "帮扶云南省昭通市6个贫困县874个贫困村82.18万贫困人口全部脱贫出列。\n"
    "累计统筹落实帮扶资金40.48亿元，安排1300多名干部开展帮扶。\n"
    "\n"
    "每个村明确3至5条帮扶措施，依托“832”平台销售农产品，2020年12月31日前完成。\n"
)


def run_numbers(tmp_path: Path, capsys, *extra: str) -> dict:
    path = tmp_path / "a.txt"
    path.write_text(DRAFT, encoding="utf-8")
    code = main(["numbers", "--isolated", "--format", "json", str(path), *extra])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def test_contract_fields_values_and_order(tmp_path, capsys):
    rows = run_numbers(tmp_path, capsys)["numbers"]
    texts = [r["text"] for r in rows]
    assert texts == ["6个", "874个", "82.18万", "40.48亿元", "1300多名", "3至5条", "2020年12月31日"]
    by = {r["text"]: r for r in rows}
    assert {k: by["82.18万"][k] for k in ("line", "column", "kind", "value", "unit", "approx", "measure")} == {
        "line": 1, "column": 21, "kind": "number", "value": "821800", "unit": "", "approx": None, "measure": "贫困人口"}
    assert {k: by["40.48亿元"][k] for k in ("line", "kind", "value", "unit", "measure")} == {
        "line": 2, "kind": "money", "value": "4048000000", "unit": "元", "measure": "帮扶资金"}
    assert {k: by["1300多名"][k] for k in ("kind", "value", "unit", "approx", "measure")} == {
        "kind": "number", "value": "1300", "unit": "名", "approx": "more", "measure": "干部"}
    r = by["3至5条"]
    assert (r["line"], r["kind"], r["low"], r["high"], r["unit"]) == (4, "range", "3", "5", "条")
    assert "value" not in r
    d = by["2020年12月31日"]
    assert (d["kind"], d["date"]) == ("date", [2020, 12, 31])
    for row in rows:
        assert row["path"].endswith("a.txt")
        line = DRAFT.split("\n")[row["line"] - 1]
        assert line[row["column"] - 1: row["end_column"] - 1] == row["text"]


def test_names_are_left_out(tmp_path, capsys):
    rows = run_numbers(tmp_path, capsys)["numbers"]
    assert not any("832" in r["text"] for r in rows)


def test_terminal_table(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(DRAFT, encoding="utf-8")
    assert main(["numbers", "--isolated", "--format", "terminal", "--no-color", str(path)]) == 0
    out = capsys.readouterr().out
    assert "82.18万" in out and "821800" in out and "贫困人口" in out and "7 figures" in out


def test_missing_file_is_exit_2_and_others_still_listed(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(DRAFT, encoding="utf-8")
    code = main(["numbers", "--isolated", "--format", "json", str(tmp_path / "missing.txt"), str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert "missing.txt" in captured.err
    assert len(json.loads(captured.out)["numbers"]) == 7

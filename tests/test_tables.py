"""factlint.tables: Markdown pipe tables read into header cells and rows of cell spans."""

from __future__ import annotations

from factlint.tables import cells, markdown_tables

TABLE = ("# 标题\n\n| 县 | 销售额（亿元） | 合作社（家） |\n|---|:---:|---|\n| 安平县 | 9.86 | 368 |\n"
         "| 丰源县 | 8.74 |\n| 合计 | 18.60 | 693 |\n\n正文一段。\n")


def test_header_rows_and_spans():
    (t,) = markdown_tables(TABLE)
    assert t.heads == ("县", "销售额（亿元）", "合作社（家）")
    assert t.labels == ("安平县", "合计")  # (the row with two cells is left out)
    assert t.ragged
    assert [TABLE[a:b].strip() for a, b in t.rows[0]] == ["安平县", "9.86", "368"]
    assert TABLE[t.start:t.end].startswith("| 县 |") and TABLE[t.start:t.end].endswith("| 693 |")


def test_no_table():
    assert markdown_tables("没有表格的正文。\n") == []
    assert markdown_tables("| 只有一行 |\n正文\n") == []  # no separator row
    assert markdown_tables("| a | b |\n|---|---|\n") == []  # a header and no rows
    (t,) = markdown_tables("| a | b |\n|---|---|\n正文\n")  # rows end at the first line without a pipe
    assert t.rows == () and not t.ragged


def test_cells_without_outer_pipes():
    line = "| 安平县 | 9.86 |"
    assert [line[a:b] for a, b in cells(line, 0)] == [" 安平县 ", " 9.86 "]
    assert cells("|a|b", 10) == [(11, 12), (13, 14)]

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


def test_a_column_that_only_numbers_the_rows_is_left_out():
    text = ("| 序号 | 项目名称 | 计划投资（万元） |\n|---|---|---:|\n| 1 | 老旧小区改造 | 28600 |\n"
            "| 2 | 道路微循环 | 18900 |\n| | 合计 | 47500 |\n")
    (t,) = markdown_tables(text)
    assert t.heads == ("项目名称", "计划投资（万元）")
    assert t.labels == ("老旧小区改造", "道路微循环", "合计")
    assert [text[a:b].strip() for a, b in t.rows[0]] == ["老旧小区改造", "28600"]
    # 合计 written in the numbering column, the name cell left empty
    (t,) = markdown_tables(text.replace("| | 合计 |", "| 合计 | |"))
    assert t.labels[-1] == "合计"


def test_a_first_column_of_data_is_kept():
    # a header that is no numbering (年份), or numbers that are no row numbers (面积)
    for text in ("| 年份 | 产值（亿元） | 增速（%） |\n|---|---|---|\n| 2023 | 12.5 | 5.1 |\n| 2024 | 13.1 | 4.8 |\n",
                 "| | 面积 | 产值 |\n|---|---|---|\n| 12.5 | 3 | 4 |\n| 13.1 | 5 | 6 |\n"):
        (t,) = markdown_tables(text)
        assert len(t.heads) == 3


def test_rows_numbered_in_levels_or_with_subtotals_keep_the_first_column():
    """A 序号 column over rows numbered in levels (一、二 over 1、2), or with rows without a number (税收
    收入小计, 其中), is no flat list: the table stays as it is (a review: its subtotals were summed)."""
    for text in (
        "| 序号 | 项目 | 预算数 |\n|---|---|---|\n| 1 | 增值税 | 52.00 |\n| 2 | 企业所得税 | 24.00 |\n"
        "|  | 税收收入小计 | 76.00 |\n| 3 | 非税收入 | 54.00 |\n|  | 合计 | 130.00 |\n",
        "| 序号 | 项目 | 金额 |\n|---|---|---|\n| 一 | 一般公共服务 | 86.4 |\n| 1 | 行政运行 | 72.6 |\n"
        "| 2 | 一般行政管理事务 | 13.8 |\n| 二 | 教育 | 12.6 |\n|  | 合计 | 99.0 |\n",
        "| 序号 | 项目 | 金额 |\n|---|---|---|\n| 1 | 甲 | 1 |\n| 3 | 乙 | 2 |\n| 4 | 丙 | 3 |\n|  | 合计 | 6 |\n",
    ):
        (t,) = markdown_tables(text)
        assert t.heads[0] == "序号"

"""The Markdown reader: only prose reaches the rules, and every character of it maps back to its
line and column in the file."""

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import Directive
from factlint.readers.markdown import read_markdown

SHARED = Path(os.environ.get("FACTLINT_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
NEWS = SHARED / "eval-dev" / "test" / "04_tongling_mayday_news.md"


def md(source: str):
    return read_markdown(source.encode("utf-8"), "t.md")


def kept(source: str) -> list[str]:
    """The prose of each line, with blanked runs collapsed."""
    lines = [" ".join(line.split()) for line in md(source).text.split("\n")]
    return lines[:-1] if source.endswith("\n") else lines


def assert_maps_back(doc, original_lines):
    """Every character rules see is the character at its (line, column) in the file."""
    assert len(doc.text) == len(doc.source)
    for i, ch in enumerate(doc.text):
        if ch in " \n":
            continue
        line, column = doc.position(i)
        assert original_lines[line - 1][column - 1] == ch, (i, line, column, ch)


@pytest.mark.skipif(not NEWS.exists(), reason=f"eval-dev Markdown sample not found at {NEWS}")
def test_real_news_file_with_table_and_code_block():
    data = NEWS.read_bytes()
    doc = read_markdown(data, str(NEWS))
    lines = data.decode("utf-8").splitlines()
    assert_maps_back(doc, lines)
    text = doc.text
    # prose: heading, paragraphs and every table cell
    for phrase in ("桐岭市“五一”假期接待游客312.6万人次", "数据一览", "接待游客（万人次）", "312.6", "260.5",
                   "20.0%", "人均消费（元）", "795", "2.9%", "千方百计提升游客体验"):
        assert phrase in text, phrase
    # cells stay separated
    row = next(line for line in text.split("\n") if "旅游收入（亿元）" in line)
    assert row.split() == ["旅游收入（亿元）", "24.85", "20.12", "23.5%"]
    # not prose: the code block, the table markup, the heading markers
    for gone in ("3126000", "2485000000", "visitors", "```", "|", "#", "---"):
        assert gone not in text, gone
    # columns are code points on the original line
    i = text.index("24.85")
    line, column = doc.position(i)
    assert lines[line - 1].index("24.85") + 1 == column


def test_code_is_blanked():
    src = "前文增长5%。\n\n```python\nx = 2024\n```\n\n    缩进代码 123\n\n正文 `行内 456` 结束\n\n~~~\n789\n~~~\n"
    assert kept(src) == ["前文增长5%。", "", "", "", "", "", "", "", "正文 结束", "", "", "", ""]


def test_markup_characters_are_blanked_prose_kept():
    src = "# 标题 2024 #\n\n## 小节\n\n> 引用 1\n> > 嵌套 2\n\n- 列表 3\n  1. 子项 4\n* **粗体 5** *斜体* _下划_ ~~删除~~\n\n标题二\n===\n\n***\n"
    assert kept(src) == ["标题 2024", "", "小节", "", "引用 1", "嵌套 2", "", "列表 3", "子项 4",
                         "粗体 5 斜体 下划 删除", "", "标题二", "", "", ""]


def test_ordered_list_numbers_are_not_prose():
    doc = md("1. 第一项增长5%\n2. 第二项\n10) 第十项\n")
    assert doc.text.split("\n")[:3] == ["   第一项增长5%", "   第二项", "    第十项"]


def test_links_keep_their_text_only():
    src = "见[统计公报2024](http://stats.gov.cn/2024/1.html \"标题 7\")与![图 8](a/9.png)及<https://x.org/10>，[引用][r]。\n\n[r]: http://x.org/11\n"
    assert kept(src) == ["见 统计公报2024 与 及 ， 引用 。", "", ""]


def test_footnote_references_are_markup():
    assert kept("全市增长5%[^1]，收入[^note]增加。\n\n[^1]: 数据来源：统计局。\n") == ["全市增长5% ，收入 增加。", "", "数据来源：统计局。"]
    assert kept("数组[^ 1]与[^]保持原样\n") == ["数组[^ 1]与[^]保持原样"]


def test_bare_urls_and_emails_in_prose_are_blanked():
    assert kept("详见https://www.gov.cn/2024/0305.htm，或致信12345@qq.com。\n") == ["详见 ，或致信 。"]


def test_html_entities_escapes_and_literal_stars():
    src = "<div>\n块 1\n</div>\n\n行<span>内 2</span>&amp;3 \\*4 5*6 a_b_c ~7\n"
    assert kept(src) == ["", "", "", "", "行 内 2 3 *4 5*6 a_b_c ~7"]


def test_front_matter_yaml_and_toml():
    assert kept("---\ntitle: 2024 报告\ndate: 2024-05-06\n---\n正文 5%\n") == ["", "", "", "", "正文 5%"]
    assert kept("+++\nyear = 2024\n+++\n正文\n") == ["", "", "", "正文"]
    doc = md("---\na: 1\n...\n正文\n")
    assert doc.meta["front_matter"] == (1, 3)
    # a thematic break not closed later is not front matter
    assert kept("---\n正文 1\n") == ["", "正文 1"]


def test_tables_cells_are_prose_and_separated():
    src = "| 指标 | 数值 |\n|:--|--:|\n| 游客 \\| 人次 | 312.6 |\n| 空 | |\n"
    doc = md(src)
    rows = doc.text.split("\n")
    assert rows[0].split() == ["指标", "数值"]
    assert rows[1].strip() == ""
    assert rows[2].split() == ["游客", "|", "人次", "312.6"]
    assert rows[3].split() == ["空"]
    assert_maps_back(doc, src.split("\n"))


def test_lists_and_quotes_in_containers_map_back():
    src = "> 1. 第一项 12\n>    续行 34\n>\n>    | 甲 | 乙 |\n>    |---|---|\n>    | 5 | 6 |\n\n- a\n\n  段落 78\n\t- 制表 9\n"
    doc = md(src)
    assert_maps_back(doc, src.split("\n"))
    for phrase in ("第一项 12", "续行 34", "甲", "乙", "段落 78", "制表 9"):
        assert phrase in doc.text


def test_crlf_markdown_columns():
    src = "# 标题\r\n\r\n全市增长5.2%，\r\n收入24.85亿元。\r\n"
    doc = md(src)
    assert doc.newline == "\r\n"
    assert "\r" not in doc.text
    i = doc.text.index("24.85")
    assert doc.position(i) == (4, 3)
    assert_maps_back(doc, src.split("\n"))


def test_directives():
    src = (
        "<!-- factlint-disable total-mismatch, share-sum -->\n"
        "正文 <!-- factlint-disable-next-line fullwidth-digit -- 引用原文 --> 继续\n"
        "<!-- factlint-enable -->\n\n"
        "```\n<!-- factlint-disable code-is-not-a-directive -->\n```\n\n"
        "<!--\n  factlint-disable\n-->\n"
    )
    doc = md(src)
    assert doc.directives == (
        Directive("disable", ("total-mismatch", "share-sum"), 1),
        Directive("disable-next-line", ("fullwidth-digit",), 2),
        Directive("enable", (), 3),
        Directive("disable", (), 11),
    )
    assert "factlint" not in doc.text


def test_unicode_indent_and_hard_breaks():
    src = "\u3000\u3000全市增长5%。  \n第二行\\\n第三行\n"
    doc = md(src)
    assert doc.text.split("\n") == ["  全市增长5%。  ", "第二行 ", "第三行", ""]
    assert_maps_back(doc, src.split("\n"))


_ALPHABET = st.sampled_from(list("#*_`~[]()<>!|-+=:\\&;. \t\n\r12345abc增长万亿%“”") + ["http://", "<!--", "-->", "```", "---", "| --- |", "&amp;", "[^", "]:", "    ", "1. ", "> "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_markdown_reads_and_maps_back(src):
    if not src.strip():
        return
    doc = read_markdown(src.encode("utf-8"), "h.md")
    if "\n" in src:  # (CR-only files have their CRs turned into LFs)
        assert doc.source == src
    assert doc.text.count("\n") == doc.source.count("\n")
    assert "\r" not in doc.text
    lines = doc.source.split("\n")
    for i, ch in enumerate(doc.text):
        if ch not in " \n":
            line, column = doc.position(i)
            assert lines[line - 1][column - 1] == ch

"""``--format markdown``: a review report for a ticket; checked by rendering it with a real
CommonMark parser (markdown-it-py, with GFM tables)."""

from __future__ import annotations

import re
from pathlib import Path

from _synthetic import empty_result, run_cli, synthetic_result

from factlint.reporters.markdown import code, md, render

ROOT = Path(__file__).resolve().parents[1]


def to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(text)


def test_escaped_text_renders_as_itself():
    hostile = "<script>alert(1)</script> *粗* _斜_ [链接](http://x) | 管道 `代码` ~~删~~ &amp; # 标题 $x$"
    html = to_html(md(hostile))
    assert "<script" not in html and "<em>" not in html and "<a " not in html and "<code>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&amp;amp;" in html
    for start in ("1. 第一", "- 列表", "+ 加", "# 标题"):
        assert to_html(md(start)).startswith("<p>"), start  # never a list or a heading
    assert to_html(code("a``b")) == "<p><code>a``b</code></p>\n"
    assert to_html(code("`x`")) == "<p><code>`x`</code></p>\n"


def test_summary_table_by_rule_and_severity():
    html = to_html(render(synthetic_result(), {}))
    table = html.split("<table>")[1].split("</table>")[0]
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td[^>]*>(.*?)</td>\s*<td>(.*?)</td>", table, re.S)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("<code>total-mismatch</code>", "错误", "2"),
        ("<code>fullwidth-digit</code>", "警告", "1"),
        ("<code>house.overlap</code>", "警告", "1"),
        ("<code>unsourced-superlative</code>", "提示", "2"),
    ]
    assert rows[0][3] == "分项之和与合计不符。"


def test_findings_grouped_by_file_with_quote_evidence_and_related():
    text = render(synthetic_result(), {})
    html = to_html(text)
    assert "共检查 2 个文件，发现 6 处问题（错误 2，警告 2，提示 2）。" in text
    headings = re.findall(r"<h3>(.*?)</h3>", html)
    assert headings == ["drafts/b.md（1 处）", "drafts/稿件 a.txt（5 处）"]
    section = html.split("<h3>drafts/稿件 a.txt（5 处）</h3>")[1].split("<h2>")[0]
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert len(items) == 5
    first = items[0]
    assert "<strong>第 2 行第 25 列</strong> · 错误 · <code>total-mismatch</code>：分项之和为458公里" in first
    assert "<blockquote>\n<p>新建公路326公里、道路85公里、绿道47公里，<code>合计468公里</code>。</p>" in first
    assert "计算依据：expected = 458；stated = 468；parts = 326、85、47" in first
    assert "相关表述（第 2 行）：新建公路<code>326公里</code>、" in first
    assert "可自动修复：改为半角数字" in items[2]
    # hostile draft text is shown, not interpreted
    assert "<script" not in html and "<img" not in html
    assert "__pwned=1&lt;/script&gt;&lt;img src=x onerror=" in items[2]
    assert "<code>居全国第一</code>" in items[4] and "|*_`x`" in items[4]
    assert "drafts/b.md 第 1 行" in items[3]
    assert "drafts/坏.docx：not a Word file" in html.split("无法读取的文件")[-1]


def test_clean_run():
    text = render(empty_result(), {})
    assert "共检查 1 个文件，未发现问题。" in text and "## 汇总" not in text


def test_cli_end_to_end_on_seeds():
    proc = run_cli("check", "--format", "markdown", "seeds")
    assert proc.stdout.startswith("# factlint 审校报告\n")
    html = to_html(proc.stdout)
    if proc.returncode != 0:
        assert "<h2>汇总</h2>" in html and "<table>" in html
        assert re.search(r"<h3>seeds/[^<]+（\d+ 处）</h3>", html)


def test_quotes_of_long_lines_are_cut_to_the_sentence():
    from factlint.documents import plain_document
    from factlint.reporters._report import excerpt

    first = "第一句很长很长" * 10 + "。"
    text = first + "第二句里有合计468公里这一处差错，" + "后面还有很多字" * 5 + "。第三句" * 10
    doc = plain_document("a.txt", text + "\n下一行")
    s = text.index("合计468公里")
    before, span, after = excerpt(doc, s, s + 7)
    assert (before, span) == ("第二句里有", "合计468公里")
    assert after == "这一处差错，" + "后面还有很多字" * 5 + "。"
    run_on = "没有句号的长句子" * 20
    doc = plain_document("b.txt", run_on + "合计468公里" + run_on)
    before, span, after = excerpt(doc, len(run_on), len(run_on) + 7)
    assert before.startswith("…") and len(before) == 61 and after.endswith("…") and len(after) == 61
    short = plain_document("c.txt", "上一行\n短行里的合计468公里。\n下一行")
    s = short.source.index("合计")
    assert excerpt(short, s, s + 7) == ("短行里的", "合计468公里", "。")

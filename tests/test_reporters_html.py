"""``--format html``: the self-contained editorial review report, checked by parsing it (the
browser behaviour is in test_html_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from _synthetic import TEXT_A, TEXT_B, diag, empty_result, run_cli, synthetic_result

from factlint import Severity
from factlint.documents import Document, plain_document
from factlint.engine import RunResult
from factlint.reporters.html import render

ROOT = Path(__file__).resolve().parents[1]


class Page(HTMLParser):
    """Collects tags, the text of each line of each document, marks and cards."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.lines: dict[str, str] = {}  # row id -> text of its .tx cell
        self.marks: list[dict] = []  # {"attrs":..., "text":...}
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._row = None
        self._in_tx = 0
        self._mark_stack: list[dict] = []
        self._raw = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        cls = a.get("class", "").split()
        if tag == "div" and "row" in cls:
            self._row = a["id"]
            self.lines[self._row] = ""
        elif tag == "div" and "tx" in cls:
            self._in_tx = 1
        elif self._in_tx:
            self._in_tx += 1
            if tag in ("a", "span") and ("hl" in cls or "rel" in cls):
                self._mark_stack.append({"attrs": a, "text": "", "row": self._row})
            else:
                self._mark_stack.append(None)
        if tag in ("script", "style"):
            self._raw = tag

    def handle_endtag(self, tag):
        if self._in_tx:
            self._in_tx -= 1
            if self._in_tx and self._mark_stack:
                m = self._mark_stack.pop()
                if m is not None:
                    self.marks.append(m)
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw == "style":
            self.styles.append(data)
        if self._in_tx:
            self.lines[self._row] += data
            for m in self._mark_stack:
                if m is not None:
                    m["text"] += data


def test_self_contained_and_locked_down():
    html = render(synthetic_result(), {})
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    names = {t for t, _ in page.tags}
    assert "link" not in names and "img" not in names and "iframe" not in names
    assert [t for t, _ in page.tags].count("script") == 1 and not any(a.get("src") for t, a in page.tags)
    assert not re.search(r"(?i)\b(?:src|href)\s*=\s*[\"']?(?:https?:|//)", html)
    assert "@import" not in html and "url(" not in "".join(page.styles) and "@font-face" not in html
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp  # only the report's own script may run
    style_digest = base64.b64encode(hashlib.sha256(page.styles[0].encode("utf-8")).digest()).decode()
    assert f"style-src 'sha256-{style_digest}'" in csp
    assert not any("style" in a for _, a in page.tags)  # no inline style attributes (the CSP would drop them)
    assert "@media print" in page.styles[0]


def test_every_line_is_shown_exactly_and_escaped():
    result = synthetic_result()
    html = render(result, {})
    page = Page(html)
    for i, doc in enumerate(result.documents, 1):
        lines = doc.source.split("\n")
        for n, line in enumerate(lines, 1):
            if f"d{i}-L{n}" in page.lines:
                assert page.lines[f"d{i}-L{n}"] == line.rstrip("\r"), (i, n)
    # the hostile line is text in the page, not markup
    assert page.lines["d1-L3"] == TEXT_A.splitlines()[2]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in html


def test_findings_highlighted_in_place_with_overlaps():
    result = synthetic_result()
    page = Page(render(result, {}))
    fid = {d.message: f"f{i}" for i, d in enumerate(result.diagnostics, 1)}
    total, overlap = fid["分项之和为458公里，与“合计468公里”不符"], fid["重叠的一条：<b>不是标签</b>"]
    marks = [m for m in page.marks if m["row"] == "d1-L2" and "hl" in m["attrs"]["class"]]
    covered = [(m["text"], set(m["attrs"]["data-f"].split())) for m in marks]
    # 合计468公里 (error) overlaps 468 (warning): three segments, the middle one carries both
    assert covered == [("合计", {total}), ("468", {total, overlap}), ("公里", {total})]
    middle = marks[1]["attrs"]
    assert "sev-error" in middle["class"] and "sev-warning" in middle["class"]
    assert middle["href"] == f"#{total}"  # the most serious finding first
    # the related statement (326公里) is marked too, for that finding
    rel = [m for m in page.marks if m["row"] == "d1-L2" and m["attrs"].get("data-r")]
    assert [(m["text"], m["attrs"]["data-r"]) for m in rel] == [("326公里", total)]
    # cross-file related statement: marked in the other document
    cross = fid["合计9与分项不符"]
    assert any(m["row"] == "d2-L1" and m["attrs"].get("data-r") == cross and m["text"] == "468" for m in page.marks)
    # the line after an astral character: the span is still cut at the right characters
    line4 = [m["text"] for m in page.marks if m["row"] == "d1-L4" and "hl" in m["attrs"]["class"]]
    assert line4 == ["合计9", "居全国第一"]
    ids = {a.get("id") for _, a in page.tags}
    for f in fid.values():
        assert f in ids and f"m-{f}" in ids  # every finding has its card and its place in the text


def test_cards_beside_the_text_summary_and_filters():
    result = synthetic_result()
    html = render(result, {})
    card = re.search(r'<article class="card sev-error" id="f2">.*?</article>', html).group()
    assert "分项之和为458公里，与“合计468公里”不符" in card
    assert "<dt>expected</dt><dd>458</dd>" in card and "<dt>parts</dt><dd>326、85、47</dd>" in card
    assert 'href="#d1-L2"' in card and "<mark>326公里</mark>" in card
    assert "&lt;b&gt;不是标签&lt;/b&gt;" in html
    assert re.search(r'<div class="row has" id="d1-L2">.*?<div class="notes"><article class="card sev-error" id="f2">', html)
    assert "可自动修复" in html and "“１２６” → “126”" in html
    summary = html.split('<table class="summary">')[1].split("</table>")[0]
    rows = re.findall(r'<tr class="sev-(\w+)"><td><code>([^<]+)</code></td>.*?<td class="n">(\d+)</td>', summary)
    assert rows == [("error", "total-mismatch", "2"), ("warning", "fullwidth-digit", "1"),
                    ("warning", "house.overlap", "1"), ("info", "unsourced-superlative", "2")]
    for sev in ("error", "warning", "info"):
        assert f'<input type="checkbox" class="filter vh" id="show-{sev}" checked>' in html
        assert f'<label class="chip sev-{sev}" for="show-{sev}">' in html
        assert f"#show-{sev}:not(:checked)~main .sev-{sev}:not(.hl)" in html
    assert "drafts/坏.docx" in html.split('id="errors"')[1]


def test_long_documents_fold_stretches_without_findings():
    lines = [f"第{i}段，没有问题的文字。" for i in range(1, 41)]
    lines[19] = "本段合计468公里。"
    doc = plain_document("long.txt", "\n".join(lines) + "\n")
    d = diag(doc, "total-mismatch", Severity.ERROR, "合计468公里", "不符")
    html = render(RunResult(documents=[doc], diagnostics=[d]), {})
    folds = re.findall(r'<details class="fold"><summary>([^<]+)</summary>', html)
    assert folds == ["第 1–17 行，无问题", "第 23–40 行，无问题"]
    assert re.search(r'<div class="row has" id="d1-L20">', html)
    assert html.index('id="d1-L20"') > html.index("</details>")  # not folded
    clean = render(empty_result(), {})
    assert "全文 1 行，无问题" in clean and "没有发现问题" in clean


def test_docx_paragraphs_and_zero_length_findings():
    source = "第一段。\n第二段：合计468公里。"
    doc = Document(path="报告.docx", source=source, text=source, kind="docx")
    d1 = diag(doc, "total-mismatch", Severity.ERROR, "合计468公里", "不符")
    d2 = diag(doc, "internal-error", Severity.ERROR, "第一段", "规则出错", length=0)
    html = render(RunResult(documents=[doc], diagnostics=sorted([d1, d2], key=lambda d: d.sort_key())), {})
    assert "第 2 段第 5 列" in html and "第 1 段第 1 列" in html
    assert '<a class="hl caret sev-error" href="#f1" data-f="f1"' in html
    assert "factlint 的一条规则运行出错" in html  # the engine's pseudo-rule has a summary


def test_cli_end_to_end_writes_the_report(tmp_path):
    out = tmp_path / "report.html"
    proc = run_cli("check", "--format", "html", "--output", str(out), "seeds")
    assert proc.stdout == ""
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".md"))
    for i, path in enumerate(seeds, 1):
        assert f"seeds/{path.name}" in html
        src = path.read_text(encoding="utf-8").split("\n")
        for n, line in enumerate(src, 1):
            if f"d{i}-L{n}" in page.lines:
                assert page.lines[f"d{i}-L{n}"] == line.rstrip("\r")
    if proc.returncode != 0:
        assert page.marks and 'class="card' in html


def test_second_document_text_is_complete():
    result = synthetic_result()
    page = Page(render(result, {}))
    assert page.lines["d2-L1"] == TEXT_B.split("\n")[0]

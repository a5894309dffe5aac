"""Synthetic runs for the reporter tests: documents and diagnostics built directly, so the
reporters are tested independently of which rules exist."""

from __future__ import annotations

from decimal import Decimal

from factlint import Diagnostic, Edit, Fix, Rule, Severity
from factlint.documents import Document, plain_document
from factlint.engine import FileError, RunResult


class TotalRule(Rule):
    """分项之和与合计不符。

    ## What it does
    把列出的分项相加，与文中所说的合计比较。

    ## Why is this bad?
    合计算错，读者会对全文数字失去信任。

    ## Example
    新建公路326公里、道路85公里、绿道47公里，合计468公里。
    Use instead:
    新建公路326公里、道路85公里、绿道47公里，合计458公里。

    ## Options
    无。

    ## References
    GB/T 15835-2011
    """

    name = "total-mismatch"
    severity = Severity.ERROR
    family = "arithmetic"


class WidthRule(Rule):
    """数字用了全角字符。

    ## What it does
    找出数字中的全角数字和全角百分号。

    ## Why is this bad?
    GB/T 15835 要求阿拉伯数字用半角。

    ## Example
    全县１２６家企业。
    Use instead:
    全县126家企业。

    ## Fix safety
    只替换字符，意思不变。
    """

    name = "fullwidth-digit"
    severity = Severity.WARNING
    fixable = True
    family = "usage"


class ClaimRule(Rule):
    """排名、第一等说法没有注明来源。

    ## What it does
    找出“居全国第一”一类说法。
    """

    name = "unsourced-superlative"
    severity = Severity.INFO
    family = "claims"


TEXT_A = (
    "第一行说明。\n"
    "新建公路326公里、道路85公里、绿道47公里，合计468公里。\n"
    "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">全县１２６家企业。\n"
    "𠀀字之后的合计9|*_`x`居全国第一。\r\n"
    "末行\n"
)
TEXT_B = "另一份稿件：合计468公里。\n"


def diag(doc: Document, rule: str, severity: Severity, needle: str, message: str, *, occurrence: int = 0,
         length: int | None = None, **kw) -> Diagnostic:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.source.index(needle, start + 1)
    end = start + (len(needle) if length is None else length)
    return Diagnostic(rule=rule, severity=severity, message=message, location=doc.location(start, end),
                      start=start, end=end, snippet=doc.source[start:end], **kw)


def synthetic_result(with_errors: bool = True) -> RunResult:
    a = plain_document("drafts/稿件 a.txt", TEXT_A)
    b = plain_document("drafts/b.md", TEXT_B, kind="markdown")
    total = a.source.index("326公里")
    wide = a.source.index("１２６")
    diagnostics = [
        diag(a, "total-mismatch", Severity.ERROR, "合计468公里", "分项之和为458公里，与“合计468公里”不符",
             evidence={"expected": Decimal("458"), "stated": Decimal("468.0"),
                       "parts": [Decimal("326"), Decimal("85"), Decimal("47")]},
             related=(a.location(total, total + 5),)),
        # overlaps the finding above
        diag(a, "house.overlap", Severity.WARNING, "468", "重叠的一条：<b>不是标签</b>"),
        diag(a, "fullwidth-digit", Severity.WARNING, "１２６", "数字“１２６”用了全角字符",
             fix=Fix("改为半角数字", (Edit(wide, wide + 3, "126"),))),
        diag(a, "unsourced-superlative", Severity.INFO, "居全国第一", "“居全国第一”没有注明来源, with: comma\n100%"),
        diag(a, "total-mismatch", Severity.ERROR, "合计9", "合计9与分项不符",
             related=(b.location(b.source.index("468"), b.source.index("468") + 3),)),
        diag(b, "unsourced-superlative", Severity.INFO, "合计468公里", "另一份稿件的一条提示"),
    ]
    diagnostics.sort(key=Diagnostic.sort_key)
    errors = [FileError("drafts/坏.docx", "not a Word file (no zip archive)")] if with_errors else []
    return RunResult(documents=[a, b], diagnostics=diagnostics, errors=errors,
                     rules=[TotalRule(), WidthRule(), ClaimRule()])


def empty_result() -> RunResult:
    return RunResult(documents=[plain_document("ok.txt", "全县地区生产总值286.4亿元。\n")], diagnostics=[], errors=[],
                     rules=[TotalRule()])


def run_cli(*args: str, cwd=None):
    """Run ``python -m factlint``; a finished run exits 0 or 1.  Exit 2 is accepted only when it
    comes from rules that crashed (reported as internal-error findings, one stderr line each):
    that is the rule's bug, not the report's, and the report is still complete."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True,
                          cwd=cwd or root, timeout=300)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    crashed_rules = proc.returncode == 2 and lines and all("运行出错" in ln for ln in lines)
    assert proc.returncode in (0, 1) or crashed_rules, proc.stderr
    return proc
